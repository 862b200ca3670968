package org.burdenshare.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 has it: what needs quoting is quoted (CR too), and nothing else. */
class PrinterTest {
  @Test
  void csvQuotesCommasQuotesAndLineBreaksOnly() {
    String csv =
        Printer.csv(
            List.of("country", "note", "value"),
            List.of(
                Arrays.asList("DEU", "plain words", Num.of(2.1)),
                Arrays.asList("FRA", "a, b", 1.5),
                Arrays.asList("ITA", "say \"hi\"", null),
                Arrays.asList("ESP", "two\rlines", 3),
                Arrays.asList("PRT", "two\nlines", 4)));
    assertThat(csv)
        .isEqualTo(
            "country,note,value\n"
                + "DEU,plain words,2.1\n"
                + "FRA,\"a, b\",1.5\n"
                + "ITA,\"say \"\"hi\"\"\",\n"
                + "ESP,\"two\rlines\",3\n"
                + "PRT,\"two\nlines\",4\n");
  }

  @Test
  void textThatBeginsLikeAFormulaIsWrittenAsTextButNumbersStayNumbers() {
    String csv =
        Printer.csv(
            List.of("title", "value"),
            List.of(
                Arrays.asList("=2+5", Num.of(-3.5)),
                Arrays.asList("+cmd|' /C calc'!A0", "-3.5"),
                Arrays.asList("-2+3", -2),
                Arrays.asList("@SUM(A1)", "1e5"),
                Arrays.asList("\tTab", "+7"),
                Arrays.asList("plain =2+5", "x")));
    assertThat(csv)
        .isEqualTo(
            "title,value\n"
                + "'=2+5,-3.5\n"
                + "'+cmd|' /C calc'!A0,-3.5\n"
                + "'-2+3,-2\n"
                + "'@SUM(A1),1e5\n"
                + "'\tTab,+7\n"
                + "plain =2+5,x\n");
  }
}
