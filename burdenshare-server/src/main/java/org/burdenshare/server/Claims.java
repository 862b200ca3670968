package org.burdenshare.server;

import static org.burdenshare.server.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.claims.CheckReport;
import org.burdenshare.core.claims.ClaimChecker;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.SentenceCheck;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.render.Json;
import org.burdenshare.render.Num;
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
    app.get(PAGE_PATH, ctx -> page(ctx, null, "", null));
    app.post(PAGE_PATH, this::form);
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

  private void form(Context ctx) {
    String text = ctx.formParam("text");
    LocalDate asOf;
    try {
      asOf = date(ctx.formParam("asOf"));
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
    StringBuilder b = new StringBuilder();
    b.append("<p>Paste a news text. Each sentence that makes a quantitative claim about defence")
        .append(" spending is read, shown in the claim language, and judged against the figures")
        .append(
            " published by the date of the text (the first date found in it, or the date you give).</p>");
    b.append("<form class=\"check\" method=\"post\" action=\"/check\">");
    b.append("<p><label for=\"text\">Text to check</label></p>");
    b.append("<p><textarea id=\"text\" name=\"text\" rows=\"10\" required maxlength=\"1000000\">")
        .append(esc(text))
        .append("</textarea></p>");
    b.append(
            "<p><label for=\"asOf\">Date of the text</label> <input type=\"date\" id=\"asOf\" name=\"asOf\"")
        .append(
            report != null && "given".equals(report.dateSource())
                ? " value=\"" + report.date() + "\""
                : "")
        .append(
            " aria-describedby=\"asof-help\"> <span id=\"asof-help\" class=\"help\">Optional: otherwise the first date in the text.</span></p>");
    b.append("<p><button type=\"submit\">Check</button></p></form>");
    if (error != null) {
      b.append("<p role=\"alert\" class=\"error\">").append(esc(error)).append("</p>");
    }
    if (report != null) {
      b.append("<section aria-labelledby=\"h-results\"><h2 id=\"h-results\">Results</h2>");
      b.append("<p role=\"status\">Judged as of ")
          .append(report.date())
          .append(" (")
          .append(
              switch (report.dateSource()) {
                case "dateline" -> "the date found in the text";
                case "given" -> "the date you gave";
                default -> "today";
              })
          .append("): ")
          .append(report.picked())
          .append(" of ")
          .append(report.sentences())
          .append(" sentences make checkable claims.</p>");
      if (report.message() != null) {
        b.append("<p>").append(esc(report.message())).append("</p>");
      }
      b.append("<ol class=\"claims\">");
      for (SentenceCheck c : report.claims()) {
        String v = c.verdict().toString();
        b.append("<li class=\"claim\"><p><span class=\"badge v-")
            .append(v)
            .append("\">")
            .append(esc(v))
            .append("</span> ")
            .append("<mark class=\"v-")
            .append(v)
            .append("\">")
            .append(esc(c.text()))
            .append("</mark></p>");
        b.append("<p>").append(esc(c.reason())).append("</p>");
        b.append("<details><summary>How it was read and the figures</summary>");
        if (c.claims().size() > 1) {
          b.append("<p>Claims read in this sentence:</p><ul>");
          for (SentenceCheck.ClaimCheck k : c.claims()) {
            String kv = k.judgement().verdict().toString();
            b.append("<li><span class=\"badge v-")
                .append(esc(kv))
                .append("\">")
                .append(esc(kv))
                .append("</span> <code>")
                .append(esc(k.judgement().reading()))
                .append("</code> (")
                .append(esc(k.basis()))
                .append(")</li>");
          }
          b.append("</ul>");
        } else if (c.reading() != null) {
          b.append("<p>Reading: <code>").append(esc(c.reading())).append("</code></p>");
        }
        if (c.release() != null) {
          b.append("<p>Release: <a href=\"/sources#")
              .append(esc(c.release().id()))
              .append("\">")
              .append(esc(c.release().title()))
              .append("</a> (")
              .append(esc(c.releaseChoice()))
              .append(").</p>");
        }
        if (!c.notes().isEmpty()) {
          b.append("<ul>");
          c.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
          b.append("</ul>");
        }
        if (!c.evidence().isEmpty()) {
          b.append(
                  "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Figures used\"><table><caption>Figures used</caption><thead><tr>")
              .append(
                  "<th scope=\"col\">Country</th><th scope=\"col\">Year</th><th scope=\"col\">Indicator</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Unit</th><th scope=\"col\">Release</th></tr></thead><tbody>");
          for (Observation o : c.evidence()) {
            Num n = Num.of(o.value(), o.unit(), o.estimate());
            b.append("<tr><th scope=\"row\">")
                .append(esc(o.country()))
                .append("</th><td>")
                .append(o.year())
                .append("</td><td>")
                .append(esc(o.indicator()))
                .append("</td><td class=\"num\">")
                .append(esc(n.text().replace(" e", "")))
                .append(o.estimate() ? " <abbr title=\"estimate\">e</abbr>" : "")
                .append("</td><td>")
                .append(esc(o.unit()))
                .append("</td><td>")
                .append(esc(o.release()))
                .append("</td></tr>");
          }
          b.append("</tbody></table></div>");
        }
        b.append("</details></li>");
      }
      b.append("</ol></section>");
    }
    ctx.status(error == null ? 200 : 400)
        .contentType("text/html; charset=utf-8")
        .header("Cache-Control", "no-store")
        .result(Html.page("Check a text", PAGE_PATH, b.toString()));
  }
}
