package org.burdenshare.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.burdenshare.server.pages.Bounded;
import org.burdenshare.server.pages.ErrorPage;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.Link;

/**
 * Errors for a person in a browser: a page with the site's navigation, in plain words, with where
 * to go next; programs (the API, the health check, anything not asking for HTML) get problem+json.
 */
final class BrowserErrors {
  private BrowserErrors() {}

  /**
   * A person in a browser asking for a page (not the API, not the health check) gets an error as a
   * page with the navigation, in words for a person; programs get problem+json.
   */
  static boolean wantsPage(Context ctx) {
    String accept = ctx.header("Accept");
    String path = ctx.path();
    return accept != null
        && accept.contains("text/html")
        && !path.startsWith("/api/")
        && !path.equals("/health");
  }

  static void errorPage(Context ctx, int status, String detail) {
    String title;
    String words;
    List<Link> next = new ArrayList<>();
    switch (status) {
      case 404 -> {
        title = "Page not found";
        words =
            "There is no page at "
                + Bounded.text(ctx.path())
                + ". The pages are listed above; an ally's page is at /ally/ followed by its"
                + " three-letter code.";
        next.add(new Link("Germany's page, /ally/DEU", "/ally/DEU"));
      }
      case 414 -> {
        title = "Address too long";
        words = "The address is too long to be a question this site answers. Start again below.";
      }
      case 405 -> {
        title = "Not possible here";
        words = "This site only shows pages; it does not take forms of that kind here.";
      }
      default -> {
        title = "That question cannot be answered";
        words = detail;
      }
    }
    next.add(new Link("Go to the overview", "/"));
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .header("Cache-Control", "no-store")
        .result(Templates.error(new ErrorPage(Frame.of(title, ""), words, next)));
  }
}
