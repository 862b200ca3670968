package org.burdenshare.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.Readers;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.render.Json;
import org.burdenshare.render.Num;
import org.burdenshare.server.pages.CheckPage;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;
import org.burdenshare.store.Languages;

/**
 * Claim checking over HTTP: {@code POST /api/v1/claims/check} for programs, and the dashboard page
 * Check a text, where a pasted text comes back with its checkable sentences marked by verdict.
 */
final class Claims {
  static final String API_PATH = Api.PREFIX + "/claims/check";
  static final String PAGE_PATH = "/check";

  private final Supplier<Snapshot> snapshot;

  Claims(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  /**
   * The body of a check request: a text, or a claim in the claim language, the claim date, and the
   * text's language (null: each sentence's is detected).
   */
  record CheckRequest(String text, String claim, LocalDate asOf, String language) {}

  void register(Javalin app) {
    app.post(API_PATH, this::api);
    app.get(PAGE_PATH, this::linked);
    app.post(PAGE_PATH, this::posted);
  }

  /**
   * The readers of every language, built when the server starts (they load seven language files and
   * index them): a request never waits for them.
   */
  private final Readers readers = Languages.readers();

  private ClaimChecker checker(String language) {
    if (language != null && !Languages.known(language)) {
      throw ApiException.badRequest(
          "Unknown language '"
              + language
              + "': give one of "
              + String.join(", ", readers.codes())
              + ", or none to have each sentence's detected.");
    }
    return ClaimChecker.of(snapshot.get().engine(), readers, language);
  }

  /** The one limits policy of the API and the form: size, concurrency and time. */
  private final CheckLimits limits = new CheckLimits();

  private void api(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    try (CheckLimits.Admission admission = limits.admit(ctx)) {
      CheckRequest req = parse(ctx, admission.body(ctx));
      String text = req.claim() != null ? req.claim() : req.text();
      ClaimChecker checker = checker(req.claim() != null ? null : req.language());
      Object answer =
          admission.check(
              text.length(),
              () ->
                  req.claim() != null
                      ? checker.claim(
                          req.claim(), req.asOf() == null ? LocalDate.now() : req.asOf())
                      : checker.text(req.text(), req.asOf(), LocalDate.now()));
      WebServer.json(ctx, answer);
    }
  }

  private static CheckRequest parse(Context ctx, String body) {
    String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
    if (type.startsWith("text/plain")) {
      return new CheckRequest(
          body, null, date(ctx.queryParam("asOf")), blankToNull(ctx.queryParam("language")));
    }
    if (!type.startsWith("application/json")) {
      throw ApiException.badRequest(
          "Send the text as application/json {\"text\": \"...\", \"asOf\": \"2019-11-28\"} or as"
              + " text/plain with ?asOf=YYYY-MM-DD.");
    }
    JsonNode node;
    try {
      node = Json.COMPACT.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("The body is not valid JSON: expected {\"text\": \"...\"}.");
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("The body must be a JSON object such as {\"text\": \"...\"}.");
    }
    String text = node.hasNonNull("text") ? node.get("text").asText() : null;
    String claim = node.hasNonNull("claim") ? node.get("claim").asText() : null;
    if ((text == null) == (claim == null)) {
      throw ApiException.badRequest(
          "Give exactly one of \"text\" (sentences) or \"claim\" (the claim language).");
    }
    return new CheckRequest(
        text,
        claim,
        date(node.hasNonNull("asOf") ? node.get("asOf").asText() : null),
        blankToNull(node.hasNonNull("language") ? node.get("language").asText() : null));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(String s) {
    return Params.date("asOf", s, "2019-11-28");
  }

  // ------------------------------------------------------------------ the page

  /** The longest text a link carries: a few sentences, so that the address stays usable. */
  static final int MAX_LINKED_TEXT = 2_000;

  /**
   * The page, empty, or checking the text its address carries ({@code /check?text=…&asOf=…}): a
   * check that can be linked to and gives the same verdicts when the link is opened.
   */
  private void linked(Context ctx) {
    String text = ctx.queryParam("text");
    if (text == null || text.isBlank()) {
      page(ctx, null, "", null);
      return;
    }
    if (text.length() > MAX_LINKED_TEXT) {
      page(
          ctx,
          null,
          "",
          "A link can carry a text of up to "
              + MAX_LINKED_TEXT
              + " characters; this one has "
              + text.length()
              + ". Paste the text in the form instead.");
      return;
    }
    check(ctx, text, ctx.queryParam("asOf"));
  }

  /**
   * The form's post, under the API's limits: a text over the size limit, or too many at once, is
   * refused with the form shown again and the reason.
   */
  private void posted(Context ctx) {
    try (CheckLimits.Admission admission = limits.admit(ctx)) {
      Map<String, String> form = form(admission.body(ctx));
      String text = form.get("text");
      try {
        check(ctx, text, form.get("asOf"), admission);
      } catch (ApiException e) {
        // the text as posted is shown again only when it is within the limit
        String shown = text == null || text.length() > CheckLimits.MAX_TEXT ? "" : text;
        page(ctx, null, shown, e.getMessage(), e.status());
      }
    }
  }

  /** An application/x-www-form-urlencoded body's fields (the first of each name). */
  private static Map<String, String> form(String body) {
    Map<String, String> fields = new java.util.HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      fields.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return fields;
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("The form's fields are not URL-encoded.");
    }
  }

  private void check(Context ctx, String text, String asOfParam) {
    try (CheckLimits.Admission admission = limits.admit(ctx)) {
      check(ctx, text, asOfParam, admission);
    } catch (ApiException e) {
      page(ctx, null, text == null ? "" : text, e.getMessage(), e.status());
    }
  }

  private void check(Context ctx, String text, String asOfParam, CheckLimits.Admission admission) {
    LocalDate asOf;
    try {
      asOf = date(asOfParam);
    } catch (ApiException e) {
      page(ctx, null, text == null ? "" : text, e.getMessage());
      return;
    }
    try {
      ClaimChecker checker = checker(null);
      int length = text == null ? 0 : text.length();
      page(
          ctx,
          admission.check(length, () -> checker.text(text, asOf, LocalDate.now())),
          text,
          null);
    } catch (InvalidQueryException e) {
      page(ctx, null, text == null ? "" : text, e.getMessage());
    }
  }

  private static void page(Context ctx, CheckReport report, String text, String error) {
    page(ctx, report, text, error, error == null ? 200 : 400);
  }

  private static void page(Context ctx, CheckReport report, String text, String error, int status) {
    CheckPage.Results results = null;
    if (report != null) {
      List<CheckPage.Sentence> sentences = new ArrayList<>();
      for (SentenceCheck c : report.claims()) {
        List<CheckPage.Claim> claims =
            c.claims().size() > 1
                ? c.claims().stream()
                    .map(
                        k ->
                            new CheckPage.Claim(
                                k.judgement().verdict().toString(),
                                k.judgement().reading(),
                                k.basis(),
                                k.judgement().quote()))
                    .toList()
                : List.of();
        List<CheckPage.Figure> evidence = new ArrayList<>();
        for (Observation o : c.evidence()) {
          Num n = Num.of(o.value(), o.unit(), o.estimate());
          evidence.add(
              new CheckPage.Figure(
                  o.country(),
                  o.year(),
                  o.indicator(),
                  n.text().replace(" e", ""),
                  o.estimate(),
                  o.unit(),
                  o.release()));
        }
        List<CheckPage.Figure> related = new ArrayList<>();
        for (SentenceCheck.Related f : c.related()) {
          related.add(
              new CheckPage.Figure(
                  f.name(),
                  f.year(),
                  f.indicator(),
                  Num.of(f.value(), f.unit(), false).text(),
                  f.estimate(),
                  f.unit(),
                  f.release().id()));
        }
        sentences.add(
            new CheckPage.Sentence(
                c.verdict().toString(),
                c.text(),
                c.reason(),
                claims,
                c.reading(),
                c.release() == null
                    ? null
                    : new Link(c.release().title(), "/sources#" + c.release().id()),
                c.releaseChoice(),
                c.notes(),
                evidence,
                c.quote(),
                related,
                c.language(),
                c.language() == null
                    ? null
                    : java.util.Locale.forLanguageTag(c.language())
                        .getDisplayLanguage(java.util.Locale.ENGLISH)));
      }
      String source =
          switch (report.dateSource()) {
            case "dateline" -> "the date found in the text";
            case "given" -> "the date you gave";
            default -> "today";
          };
      results =
          new CheckPage.Results(
              report.date(),
              source,
              report.picked(),
              report.sentences(),
              report.message(),
              sentences);
    }
    LocalDate given = report != null && "given".equals(report.dateSource()) ? report.date() : null;
    String link =
        report != null && text != null && text.length() <= MAX_LINKED_TEXT
            ? PAGE_PATH
                + "?text="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                // the date it was judged as of, so that the link gives the same verdicts later
                + "&asOf="
                + report.date()
            : null;
    CheckPage page =
        new CheckPage(
            Frame.of("Check a text", PAGE_PATH),
            text == null ? "" : text,
            given,
            error,
            results,
            link == null ? null : new Link("Link to this check", link));
    ctx.status(status).header("Cache-Control", "no-store");
    if ("json".equals(ctx.queryParam("format"))) {
      // the page model, as every page gives it: what the page shows
      try {
        ctx.contentType("application/json").result(Json.PRETTY.writeValueAsString(page));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(Templates.render(page));
  }
}
