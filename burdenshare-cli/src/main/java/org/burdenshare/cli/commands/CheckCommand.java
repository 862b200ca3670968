package org.burdenshare.cli.commands;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.burdenshare.cli.ReleaseOptions;
import org.burdenshare.core.Engine;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.Judgement;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.Languages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    sortOptions = false,
    description = {
      "Check quantitative claims about defence spending against the figures published when they"
          + " were made: a sentence, an article (--article FILE), or a claim in the claim language"
          + " (--claim). Each gets a verdict (supported, contradicted, misleading, unverifiable),"
          + " the reading in the claim language, the figures with their release and estimate"
          + " flags, and the margin.",
      "Examples:",
      "  burdenshare check \"The U.S. spends more on defense than all other 28 allies combined.\""
          + " --as-of 2019-11-28",
      "  burdenshare check --article story.txt",
      "  burdenshare check --corpus articles.jsonl --out claims.jsonl",
      "  burdenshare check --claim \"count(share_of_gdp(NATO, 2024) >= 2) = 23\" --as-of"
          + " 2024-07-01"
    })
public final class CheckCommand extends AnswerCommand {
  /** Articles larger than this are refused before they are read. */
  @Override
  public Integer call() {
    if (input.corpus != null) {
      ClaimChecker checker = checker(root.engine());
      var articles = CorpusRun.read(input.corpus, asOf);
      CorpusRun.run(articles, checker, out, root.out(), root.err());
      return 0;
    }
    if (out != null) {
      throw new InvalidQueryException("--out goes with --corpus: the other inputs print answers.");
    }
    return super.call();
  }

  static final long MAX_FILE_BYTES = ClaimChecker.MAX_TEXT * 4L;

  static final class Input {
    @Parameters(paramLabel = "SENTENCE", description = "A sentence to check, in quotes.")
    String sentence;

    @Option(
        names = "--article",
        paramLabel = "FILE",
        description = "A text file to check sentence by sentence.")
    Path article;

    @Option(names = "--claim", paramLabel = "CLAIM", description = "A claim in the claim language.")
    String claim;

    @Option(
        names = "--corpus",
        paramLabel = "PATH",
        description =
            "A folder of .txt articles, or a JSONL file of {\"id\", \"date\", \"text\"}: every"
                + " article is checked, on all cores, one JSON line per sentence with a claim (with"
                + " its article id) written to --out (or standard output).")
    Path corpus;
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "With --corpus: the JSONL file to append results to. A run that stopped resumes: articles"
              + " already in the file are skipped.")
  Path out;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = ReleaseOptions.DateConverter.class,
      description =
          "The date the claim was made (YYYY-MM-DD): it is judged on what had been published by"
              + " then. Default: for an article, the first date in its text; otherwise today.")
  LocalDate asOf;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description =
          "The language of the text (en, de, es, fr, it, nl, pl). Default: each sentence's language"
              + " is detected, and the answer says which it was read as.")
  String language;

  private ClaimChecker checker(Engine engine) {
    if (language != null) {
      Languages.load(language); // an unknown code is told which languages there are
    }
    return ClaimChecker.of(engine, Languages.readers(), language);
  }

  @Override
  protected Rendered answer(Engine engine) {
    ClaimChecker checker = checker(engine);
    LocalDate today = LocalDate.now();
    if (input.claim != null) {
      Judgement j = checker.claim(input.claim, asOf == null ? today : asOf);
      return render(
          List.of(
              new Row(
                  input.claim,
                  j.verdict().toString(),
                  j.reading(),
                  j.reason(),
                  j.release() == null ? null : j.release().id(),
                  j.releaseChoice(),
                  j.notes(),
                  j.evidence(),
                  j.latest(),
                  List.of(),
                  null,
                  false,
                  j.quote(),
                  List.of())),
          j,
          null);
    }
    CheckReport report;
    if (input.article != null) {
      report = checker.text(read(input.article), asOf, today);
    } else {
      report = checker.text(input.sentence, asOf == null ? today : asOf, today);
    }
    List<Row> rows =
        report.claims().stream()
            .map(
                c ->
                    new Row(
                        c.text(),
                        c.verdict().toString(),
                        c.reading(),
                        c.reason(),
                        c.release() == null ? null : c.release().id(),
                        c.releaseChoice(),
                        c.notes(),
                        c.evidence(),
                        c.latest(),
                        c.claims(),
                        c.language(),
                        !c.coverage().complete(),
                        c.quote(),
                        c.related()))
            .toList();
    Rendered r = render(rows, report, report);
    return r;
  }

  private record Row(
      String text,
      String verdict,
      String reading,
      String reason,
      String release,
      String releaseChoice,
      List<String> notes,
      List<Observation> evidence,
      Judgement.Latest latest,
      List<SentenceCheck.ClaimCheck> claims,
      String language,
      boolean partly,
      String quote,
      List<SentenceCheck.Related> related) {}

  private static Rendered render(List<Row> rows, Object json, CheckReport report) {
    Rendered r = new Rendered(json);
    if (report != null) {
      r.header(
          "Checked as of "
              + report.date()
              + " ("
              + switch (report.dateSource()) {
                case "dateline" -> "the date found in the text";
                case "given" -> "--as-of";
                default -> "today";
              }
              + "): "
              + report.picked()
              + " of "
              + report.sentences()
              + " sentences make checkable claims.");
      if (report.message() != null) {
        r.header(report.message());
      }
    }
    for (Row row : rows) {
      r.footer("");
      r.footer(
          "“" + row.text() + "”" + (row.language() == null ? "" : "  [" + row.language() + "]"));
      r.footer(
          "  Verdict: "
              + row.verdict().toUpperCase(java.util.Locale.ROOT)
              + (row.partly() ? " (partly checked)" : ""));
      if (row.claims().size() > 1) {
        r.footer("  Claims read:");
        for (var c : row.claims()) {
          r.footer(
              "    "
                  + c.judgement().verdict().toString().toUpperCase(java.util.Locale.ROOT)
                  + "  "
                  + c.judgement().reading()
                  + "  ("
                  + c.basis()
                  + ")");
        }
        r.footer("  Deciding: " + row.reading());
        for (var c : row.claims()) {
          if (c.judgement().quote() != null) {
            r.footer("  Quote: " + c.judgement().quote());
          }
        }
      } else {
        if (row.reading() != null) {
          r.footer("  Reading: " + row.reading());
        }
        if (row.quote() != null) {
          r.footer("  Quote: " + row.quote());
        }
      }
      r.footer("  " + row.reason());
      if (!row.related().isEmpty()) {
        r.footer("  Figures that bear on this:");
        for (SentenceCheck.Related f : row.related()) {
          r.footer("    " + related(f));
        }
      }
      if (row.release() != null) {
        r.footer("  Release: " + row.release() + " (" + row.releaseChoice() + ")");
      }
      for (Observation o : row.evidence().stream().limit(6).toList()) {
        r.footer(
            "    "
                + o.country()
                + " "
                + o.year()
                + " "
                + o.indicator()
                + " = "
                + Num.of(o.value(), o.unit(), o.estimate()).text()
                + " "
                + o.unit());
      }
      if (row.evidence().size() > 6) {
        r.footer(
            "    … and "
                + (row.evidence().size() - 6)
                + " more figures (--format json lists them all)");
      }
      row.notes().forEach(n -> r.footer("  Note: " + n));
      if (row.latest() != null && !row.latest().changed()) {
        r.footer(
            "  The newest release, "
                + row.latest().release().id()
                + ", agrees: "
                + row.latest().verdict()
                + ".");
      }
    }
    r.csvColumns("text", "verdict", "reading", "reason", "release");
    rows.forEach(x -> r.csvRow(x.text(), x.verdict(), x.reading(), x.reason(), x.release()));
    return r;
  }

  /** "Germany 2019 share_of_gdp = 1.36 percent (estimate), nato-2019-06". */
  private static String related(SentenceCheck.Related f) {
    return f.name()
        + " "
        + f.year()
        + " "
        + f.indicator()
        + " = "
        + Num.of(f.value(), f.unit(), false).text()
        + " "
        + f.unit()
        + (f.estimate() ? " (estimate)" : "")
        + ", "
        + f.release().id()
        + (f.publishedAfter() ? " (published after the claim date)" : "");
  }

  static String read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new InvalidQueryException("Cannot read " + file + ": there is no such file.");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new InvalidQueryException(
            file
                + " is "
                + Files.size(file)
                + " bytes; articles up to "
                + MAX_FILE_BYTES
                + " bytes are checked.");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidQueryException(file + " is not UTF-8 text: give a plain-text article.");
    } catch (IOException e) {
      throw new InvalidQueryException("Cannot read " + file + ": " + e.getMessage() + ".");
    }
  }
}
