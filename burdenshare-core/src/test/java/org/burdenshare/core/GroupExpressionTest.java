package org.burdenshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.GroupExpression;
import org.burdenshare.core.groups.GroupExpression.Difference;
import org.burdenshare.core.groups.GroupExpression.Intersection;
import org.burdenshare.core.groups.GroupExpression.Name;
import org.burdenshare.core.groups.GroupExpression.Union;
import org.burdenshare.core.groups.Groups;
import org.junit.jupiter.api.Test;

class GroupExpressionTest {
  private final Groups groups = Fixture.groups();

  @Test
  void groupsAreListedInTheOrderTheyAreDefined() {
    // many definitions, so that a hashed order would all but surely differ from this one
    List<GroupDefinition> defined = new java.util.ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      defined.add(new GroupDefinition("G" + c + c, "group " + c, "USA"));
    }
    java.util.Collections.reverse(defined);
    Groups groups = new Groups(Fixture.groups().countries(), defined);
    List<String> names = groups.definitions().stream().map(GroupDefinition::name).toList();
    List<String> expected = new java.util.ArrayList<>(List.of("NATO", "EU"));
    defined.forEach(d -> expected.add(d.name()));
    assertThat(names).isEqualTo(expected);
  }

  @Test
  void intersectionBindsTighterThanDifferenceAndOperatorsAssociateLeft() {
    assertThat(GroupExpression.parse("NATO-USA&EU"))
        .isEqualTo(
            new Difference(
                new Name("NATO", 1), new Intersection(new Name("USA", 6), new Name("EU", 10))));
    assertThat(GroupExpression.parse("A-B+C"))
        .isEqualTo(new Union(new Difference(new Name("A", 1), new Name("B", 3)), new Name("C", 5)));
  }

  @Test
  void namesMayHaveSpacesAndParenthesesGroup() {
    assertThat(GroupExpression.parse(" ( North Macedonia , USA ) - USA"))
        .isEqualTo(
            new Difference(
                new Union(new Name("North Macedonia", 4), new Name("USA", 22)),
                new Name("USA", 30)));
  }

  @Test
  void errorsNameTheColumnAndWhatWasExpected() {
    assertThatThrownBy(() -> GroupExpression.parse("NATO-"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("column 6")
        .hasMessageContaining("expected a country or group name");
    assertThatThrownBy(() -> GroupExpression.parse("(NATO"))
        .hasMessageContaining("expected a closing parenthesis");
    assertThatThrownBy(() -> GroupExpression.parse("NATO)USA"))
        .hasMessageContaining("column 5")
        .hasMessageContaining("found ')'");
    assertThatThrownBy(() -> GroupExpression.parse("  ")).hasMessageContaining("Empty group");
  }

  @Test
  void natoIsTheMembershipOfTheYearAsked() {
    assertThat(groups.resolve("NATO", 2016).members())
        .containsExactly("CAN", "DEU", "EST", "FRA", "ISL", "POL", "USA");
    assertThat(groups.resolve("NATO", 2017).members()).contains("MNE");
    assertThat(groups.resolve("NATO", 2023).members()).contains("FIN").doesNotContain("SWE");
    assertThat(groups.resolve("NATO", 2024).members()).contains("FIN", "SWE");
    assertThat(groups.resolve("NATO", 1949).members()).containsExactly("CAN", "FRA", "ISL", "USA");
  }

  @Test
  void setAlgebraAndAliases() {
    assertThat(groups.resolve("NATO&EU", 2024).members())
        .containsExactly("DEU", "EST", "FIN", "FRA", "POL", "SWE");
    assertThat(groups.resolve("EU-NATO", 2024).members()).containsExactly("AUT");
    assertThat(groups.resolve("NATO_EUROPE_CANADA", 2019).members())
        .doesNotContain("USA")
        .hasSize(7);
    assertThat(groups.resolve("america+germany", 2019).members()).containsExactly("DEU", "USA");
    assertThat(groups.resolve("nordic", 2019).members()).containsExactly("FIN", "SWE");
  }

  @Test
  void unknownNamesSuggestCloseOnes() {
    assertThatThrownBy(() -> groups.resolve("NATO-Germny", 2019))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'Germny' at column 6")
        .hasMessageContaining("Did you mean Germany");
    // "Germani" is as close to Italian's "Germania", which suggests the English name
    assertThatThrownBy(() -> groups.resolve("NATO-Germani", 2019))
        .hasMessageContaining("Did you mean Name of DEU, Germany?");
  }
}
