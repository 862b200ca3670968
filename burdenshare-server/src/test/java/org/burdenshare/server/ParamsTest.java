package org.burdenshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One reading of request values for the API, the pages and the claim check. */
class ParamsTest {
  @Test
  void blankIsAbsentAndGoodValuesParse() {
    assertThat(Params.integer("year", " ", "2024")).isNull();
    assertThat(Params.integer("year", " 2019 ", "2024")).isEqualTo(2019);
    assertThat(Params.number("target", "3.5", "3.5")).isEqualTo(3.5);
    assertThat(Params.date("asOf", "2019-11-28", "2019-11-28"))
        .isEqualTo(LocalDate.of(2019, 11, 28));
  }

  @Test
  void aValueThatDoesNotParseIsA400NamingItAndWhatWasExpected() {
    assertThatThrownBy(() -> Params.integer("year", "20x4", "2024"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage("'year' must be a whole number such as 2024, found '20x4'.");
    assertThatThrownBy(() -> Params.number("target", "NaN", "3.5"))
        .hasMessage("'target' must be a number such as 3.5, found 'NaN'.");
    assertThatThrownBy(() -> Params.date("asOf", "2024-02-30", "2019-11-28"))
        .hasMessage("'asOf' must be a date as YYYY-MM-DD such as 2019-11-28, found '2024-02-30'.");
    assertThatThrownBy(() -> Params.integer("year", "9".repeat(5000), "2024"))
        .hasMessageEndingWith("…'.")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }
}
