package org.burdenshare.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {
  record Holder(
      String id, Map<String, Integer> decimals, Set<String> countries, List<String> order) {}

  @Test
  void theSameValueIsWrittenTheSameWhateverTheOrderOfItsMapsAndSets() {
    Map<String, Integer> ab = new LinkedHashMap<>();
    ab.put("share_of_gdp", 2);
    ab.put("defence_exp_current_usd", 0);
    Map<String, Integer> ba = new LinkedHashMap<>();
    ba.put("defence_exp_current_usd", 0);
    ba.put("share_of_gdp", 2);
    Set<String> xy = new LinkedHashSet<>(List.of("POL", "DEU"));
    Set<String> yx = new LinkedHashSet<>(List.of("DEU", "POL"));
    Holder one = new Holder("r", ab, xy, List.of("a", "b"));
    Holder two = new Holder("r", ba, yx, List.of("a", "b"));

    assertThat(one.toString()).isNotEqualTo(two.toString()); // what the fingerprint used
    assertThat(CanonicalText.of(one)).isEqualTo(CanonicalText.of(two));
    // a list keeps its order, and a different value is written differently
    assertThat(CanonicalText.of(new Holder("r", ab, xy, List.of("b", "a"))))
        .isNotEqualTo(CanonicalText.of(one));
    assertThat(CanonicalText.of(new Holder("r", Map.of("share_of_gdp", 1), xy, List.of())))
        .isNotEqualTo(CanonicalText.of(new Holder("r", Map.of("share_of_gdp", 2), xy, List.of())));
  }
}
