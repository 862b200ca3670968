package org.burdenshare.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.SentenceCheck;
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
  private final ClaimReader english = new ClaimReader(Languages.load("en"));

  Claims(Supplier<Snapshot> snapshot) {
    this.snapshot = snapshot;
  }

  /** The body of a check request: a text, or a claim in the claim language, and the claim date. */
  record CheckRequest(String text, String claim, LocalDate asOf) {}

  void register(Javalin app) {
    app.post(API_PATH, this::api);
    app.get(PAGE_PATH, this::linked);
    app.post(PAGE_PATH, ctx -> check(ctx, ctx.formParam("text"), ctx.formParam("asOf")));
  }

  private ClaimChecker checker() {
    return new ClaimChecker(snapshot.get().engine(), english);
  }

  /** The most text one request may ask to check, in characters (a long article is 50,000). */
  static final int MAX_REQUEST_TEXT = 200_000;

  // As many checks at once as there are cores: more would only queue for the CPU and hold their
  // answers in memory. A few more requests (eight per core, each text at most 200,000
  // characters) wait up to WAIT for their turn; beyond them, or after the wait, a request is told
  // to come back.
  private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
  private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(CORES);
  private final java.util.concurrent.Semaphore admitted =
      new java.util.concurrent.Semaphore(CORES * 8);
  static final java.time.Duration WAIT = java.time.Duration.ofSeconds(5);

  private void api(Context ctx) throws IOException {
    CheckRequest req = parse(ctx);
    ctx.header("Cache-Control", "no-store");
    String text = req.claim() != null ? req.claim() : req.text();
    if (text.length() > MAX_REQUEST_TEXT) {
      throw new ApiException(
          413,
          "The text is "
              + text.length()
              + " characters long; one request checks up to "
              + MAX_REQUEST_TEXT
              + ". Send it in parts.",
          List.of());
    }
    if (!admitted.tryAcquire()) {
      throw busy(ctx);
    }
    try {
      if (!running.tryAcquire(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        throw busy(ctx);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(ctx);
    } finally {
      admitted.release();
    }
    try {
      if (req.claim() != null) {
        WebServer.json(
            ctx, checker().claim(req.claim(), req.asOf() == null ? LocalDate.now() : req.asOf()));
      } else {
        WebServer.json(ctx, checker().text(req.text(), req.asOf(), LocalDate.now()));
      }
    } finally {
      running.release();
    }
  }

  private static ApiException busy(Context ctx) {
    ctx.header("Retry-After", "2");
    return new ApiException(
        503, "Every core is checking texts just now: try again in a few seconds.", List.of());
  }

  private static CheckRequest parse(Context ctx) {
    String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
    String body = ctx.body();
    if (type.startsWith("text/plain")) {
      return new CheckRequest(body, null, date(ctx.queryParam("asOf")));
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
        text, claim, date(node.hasNonNull("asOf") ? node.get("asOf").asText() : null));
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

  private void check(Context ctx, String text, String asOfParam) {
    LocalDate asOf;
    try {
      asOf = date(asOfParam);
    } catch (ApiException e) {
      page(ctx, null, text == null ? "" : text, e.getMessage());
      return;
    }
    try {
      page(ctx, checker().text(text, asOf, LocalDate.now()), text, null);
    } catch (InvalidQueryException e) {
      page(ctx, null, text == null ? "" : text, e.getMessage());
    }
  }

  private static void page(Context ctx, CheckReport report, String text, String error) {
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
                                k.basis()))
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
                evidence));
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
    ctx.status(error == null ? 200 : 400)
        .contentType("text/html; charset=utf-8")
        .header("Cache-Control", "no-store")
        .result(Templates.render("check.jte", page));
  }
}
