package org.burdenshare.server;

import io.javalin.http.Context;
import org.burdenshare.server.pages.DataTable;
import org.burdenshare.server.pages.Frame;
import org.burdenshare.server.pages.PageModel;
import org.burdenshare.server.pages.ShownTable;

/**
 * A page's question: the request it was asked by, read and never written. The helpers here make the
 * parts every page needs from the address alone (its frame, the CSV address of a table).
 */
final class PageRequest {
  final Context ctx;

  PageRequest(Context ctx) {
    this.ctx = ctx;
  }

  /** A table of the page model, offered as CSV at this page's address with the same rows. */
  ShownTable shown(DataTable t) {
    String rest = PageParams.queryWithout(ctx, "format", "table");
    return new ShownTable(
        t,
        ctx.path()
            + "?"
            + (rest.isEmpty() ? "" : rest + "&")
            + "format=csv&table="
            + PageParams.enc(t.id()));
  }

  /** The page's frame: its title, where it sits in the navigation, and its own address. */
  Frame frame(String title, String nav) {
    Frame f = Frame.of(title, nav);
    String query = ctx.queryString();
    String address =
        ctx.scheme() + "://" + ctx.host() + ctx.path() + (query == null ? "" : "?" + query);
    return f.withAddress(address, address + (query == null ? "?" : "&") + "format=png");
  }

  /** The page is this model, under its frame's title. */
  PageResult show(PageModel model, Frame frame) {
    return new PageResult.Shown(model, frame.title());
  }

  /** The page is elsewhere. */
  PageResult redirect(String to) {
    return new PageResult.Redirect(to);
  }
}
