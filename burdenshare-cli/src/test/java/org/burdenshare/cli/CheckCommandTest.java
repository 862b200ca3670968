package org.burdenshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `burdenshare check` on the example article, its JSON shape, and bad input. */
class CheckCommandTest {
  @TempDir static Path data;
  static final ObjectMapper JSON = new ObjectMapper();
  static Path article;

  @BeforeAll
  static void setUp() throws Exception {
    assertThat(Cli.run(data, "releases").exit()).isZero();
    article =
        Path.of(
            Objects.requireNonNull(
                    CheckCommandTest.class.getResource("/articles/voa-2019-11-28-macron-nato.txt"))
                .toURI());
  }

  @Test
  void anArticlesSentenceInheritsTheCountryTheOneBeforeSpokeOf() throws Exception {
    Path text = Files.createTempFile("article", ".txt");
    Files.writeString(
        text,
        "Brussels, 18 June 2024.\n\nPoland spent 4.12 percent of GDP on defence in 2024, the"
            + " report said. It is now the alliance's top spender relative to its economy.\n");
    Cli.Result r = Cli.run(data, "check", "--article", text.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode claims = JSON.readTree(r.out()).at("/claims");
    assertThat(claims.size()).isEqualTo(2);
    assertThat(claims.get(0).at("/reading").asText()).isEqualTo("share_of_gdp(POL, 2024) = 4.12%");
    assertThat(claims.get(1).at("/reading").asText())
        .isEqualTo("rank(share_of_gdp(NATO, 2024), POL) = 1");
    assertThat(claims.get(1).at("/verdict").asText()).isEqualTo("supported");
    // Each claim of a sentence is kept with its own judgement.
    assertThat(claims.get(1).at("/claims/0/judgement/verdict").asText()).isEqualTo("supported");
    // A year written in one sentence holds for the next one that writes none.
    Path years = Files.createTempFile("article", ".txt");
    Files.writeString(
        years,
        "Brussels, 2 March 2024.\n\nNATO's figures for 2023 were published in July. Poland spent"
            + " 3.9 percent of its GDP on defence.\n");
    JsonNode y =
        JSON.readTree(
            Cli.run(data, "check", "--article", years.toString(), "--format", "json").out());
    assertThat(y.at("/claims/0/reading").asText()).isEqualTo("share_of_gdp(POL, 2023) = 3.9%");
    // Alone, the second sentence says nothing of a country.
    Cli.Result alone =
        Cli.run(
            data,
            "check",
            "It is now the alliance's top spender relative to its economy.",
            "--as-of",
            "2024-06-18",
            "--format",
            "json");
    assertThat(JSON.readTree(alone.out()).at("/claims").size()).isZero();
  }

  @Test
  void aSentenceOfSeveralClaimsIsSupportedOnlyIfAllAre() throws Exception {
    Cli.Result r =
        Cli.run(
            data,
            "check",
            "France is expected to spend 1.9 percent of its GDP on defense in 2023 and Germany"
                + " nearly 1.6 percent.",
            "--as-of",
            "2023-07-31",
            "--format",
            "json");
    JsonNode c = JSON.readTree(r.out()).at("/claims/0");
    assertThat(c.at("/verdict").asText()).isEqualTo("supported");
    assertThat(c.at("/claims").size()).isEqualTo(2);
    assertThat(c.at("/release/id").asText()).isEqualTo("nato-2023-07");
    // each claim keeps the words it rests on
    assertThat(c.at("/claims/0/mentions").toString()).contains("france").contains("1.9 percent");
    assertThat(c.at("/claims/1/mentions").toString()).contains("germany").contains("1.6 percent");
    Cli.Result wrong =
        Cli.run(
            data,
            "check",
            "France is expected to spend 1.9 percent of its GDP on defense in 2023 and Germany"
                + " 1.7 percent.",
            "--as-of",
            "2023-07-31",
            "--format",
            "json");
    JsonNode w = JSON.readTree(wrong.out()).at("/claims/0");
    assertThat(w.at("/verdict").asText()).isEqualTo("contradicted");
    assertThat(w.at("/reading").asText()).isEqualTo("share_of_gdp(DEU, 2023) = 1.7%");
  }

  @Test
  void aCorpusIsCheckedWholeAndAStoppedRunResumes() throws Exception {
    Path dir = Files.createTempDirectory("corpus");
    Path jsonl = dir.resolve("corpus.jsonl");
    String text = Files.readString(article);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      lines.append(
          JSON.writeValueAsString(
                  java.util.Map.of("id", "art-" + i, "date", "2019-11-28", "text", text))
              + "\n");
    }
    Files.writeString(jsonl, lines);
    Path out = dir.resolve("claims.jsonl");
    // an earlier run that stopped after two articles, its last line cut short
    Cli.Result first =
        Cli.run(data, "check", "--corpus", jsonl.toString(), "--out", out.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("Checked 6 articles").contains("articles/s");
    List<String> all = Files.readAllLines(out);
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (String l : all) {
      JsonNode j = JSON.readTree(l);
      ids.add(j.at("/article").asText());
      assertThat(j.at("/date").asText()).isEqualTo("2019-11-28");
    }
    assertThat(ids).hasSize(6);
    long perArticle = all.size() / 6;
    List<String> kept =
        all.stream().filter(l -> l.contains("\"art-0\"") || l.contains("\"art-1\"")).toList();
    Files.writeString(out, String.join("\n", kept) + "\n{\"article\":\"art-2\",\"da");
    Cli.Result resumed =
        Cli.run(data, "check", "--corpus", jsonl.toString(), "--out", out.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("Checking 4 articles").contains("2 done before");
    long complete =
        Files.readAllLines(out).stream().filter(l -> l.startsWith("{") && l.endsWith("}")).count();
    assertThat(complete).isEqualTo(perArticle * 6);
    // a broken line is named, and nothing is written
    Path broken = dir.resolve("broken.jsonl");
    Files.writeString(broken, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": 3}\n");
    Path none = dir.resolve("none.jsonl");
    Cli.Result bad =
        Cli.run(data, "check", "--corpus", broken.toString(), "--out", none.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.jsonl, line 2").contains("\"id\"");
    assertThat(none).doesNotExist();
    // a folder of text files
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("voa.txt"), text);
    Cli.Result texts = Cli.run(data, "check", "--corpus", folder.toString());
    assertThat(texts.exit()).as(texts.err()).isZero();
    assertThat(texts.out()).contains("\"article\":\"voa\"");
  }

  @Test
  void theExampleArticleIsJudgedAsOfItsDateline() throws Exception {
    Cli.Result r = Cli.run(data, "check", "--article", article.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.at("/date").asText()).isEqualTo("2019-11-28");
    assertThat(report.at("/dateSource").asText()).isEqualTo("dateline");
    JsonNode us = null;
    for (JsonNode c : report.at("/claims")) {
      if (c.at("/text").asText().startsWith("The U.S. spends more on defense")) {
        us = c;
      } else {
        assertThat(c.at("/verdict").asText()).as(c.at("/text").asText()).isEqualTo("unverifiable");
        assertThat(c.at("/reason").asText()).isNotBlank();
      }
    }
    assertThat(us).as("the U.S. sentence is picked").isNotNull();
    assertThat(us.at("/verdict").asText()).isEqualTo("supported");
    assertThat(us.at("/release/id").asText()).isEqualTo("nato-2019-06");
    assertThat(us.at("/reading").asText())
        .isEqualTo(
            "sum(defence_exp_current_usd(USA, 2019)) > sum(defence_exp_current_usd(NATO-USA, 2019))");
    assertThat(Math.round(us.at("/left").asDouble())).isEqualTo(730_149);
    assertThat(Math.round(us.at("/right").asDouble())).isEqualTo(305_928);
    assertThat(us.at("/evidence").size()).isEqualTo(28);
    assertThat(us.at("/evidence/0/release").asText()).isEqualTo("nato-2019-06");
    assertThat(us.at("/evidence/0/estimate").asBoolean()).isTrue();
    assertThat(us.at("/notes").toString()).contains("member count stated, 28, is right");
    assertThat(report.at("/picked").asInt()).isLessThan(report.at("/sentences").asInt());
  }

  @Test
  void aSentenceInText() {
    Cli.Result r =
        Cli.run(
            data,
            "check",
            "The U.S. spends more on defense than all other 28 allies combined.",
            "--as-of",
            "2019-11-28");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Verdict: SUPPORTED").contains("730,149").contains("nato-2019-06");
  }

  @Test
  void aClaimInTheClaimLanguage() throws Exception {
    Cli.Result r =
        Cli.run(
            data,
            "check",
            "--claim",
            "count(share_of_gdp(NATO, 2024) >= 2) = 23",
            "--as-of",
            "2024-07-01",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.at("/verdict").asText()).isEqualTo("supported");
    assertThat(j.at("/latest/verdict").asText()).isEqualTo("contradicted");
    assertThat(j.at("/latest/release/id").asText()).isEqualTo("nato-2026-07");
    Cli.Result bad = Cli.run(data, "check", "--claim", "share_of_gdp(USA, 2019) >> 2");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("column 26").contains("^");
  }

  @Test
  void badInputGetsAClearMessageAndNeverAnException(@TempDir Path tmp) throws Exception {
    Cli.Result empty = Cli.run(data, "check", "   ");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("The text is empty");

    Path big = tmp.resolve("big.txt");
    Files.writeString(big, "The U.S. spends a lot. ".repeat(60_000));
    Cli.Result tooBig = Cli.run(data, "check", "--article", big.toString());
    assertThat(tooBig.exit()).isEqualTo(2);
    assertThat(tooBig.err()).contains("at most 1000000");

    Path binary = tmp.resolve("garbage.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(binary, bytes);
    Cli.Result garbage = Cli.run(data, "check", "--article", binary.toString());
    assertThat(garbage.exit()).isEqualTo(2);
    assertThat(garbage.err()).containsAnyOf("not UTF-8", "does not look like text");

    Path nul = tmp.resolve("nul.txt");
    Files.writeString(nul, "\u0000\u0001\u0002\u0003 some \u0000 bytes \u0000\u0000");
    Cli.Result control = Cli.run(data, "check", "--article", nul.toString());
    assertThat(control.exit()).isEqualTo(2);
    assertThat(control.err()).contains("does not look like text");

    Cli.Result missing = Cli.run(data, "check", "--article", tmp.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");

    Cli.Result french =
        Cli.run(
            data,
            "check",
            "Les États-Unis dépensent plus que tous les autres alliés réunis.",
            "--as-of",
            "2019-11-28");
    // read in the language detected, without --language
    assertThat(french.exit()).isZero();
    assertThat(french.out()).contains("[fr]").contains("Verdict: SUPPORTED");

    // a language the reader does not have is named, not guessed
    Cli.Result greek =
        Cli.run(
            data,
            "check",
            "Η Ελλάδα δαπανά το 3,1% του ΑΕΠ για την άμυνα.",
            "--as-of",
            "2024-07-01");
    assertThat(greek.exit()).isZero();
    assertThat(greek.out())
        .contains("UNVERIFIABLE")
        .contains("language not supported (detected: el)");

    Cli.Result unknown = Cli.run(data, "check", "Poland spends 4 % of GDP.", "--language", "tr");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown language 'tr'");

    for (Cli.Result r :
        new Cli.Result[] {empty, tooBig, garbage, control, missing, french, greek, unknown}) {
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
