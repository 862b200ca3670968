package org.burdenshare.server;

import org.burdenshare.server.pages.PageModel;

/**
 * What a page's builder answers its question with: a model to show, or another address. The builder
 * neither writes the response nor fills anything of the router's; {@link Dashboard} turns the
 * result into HTML, JSON, CSV, a preview image or an embed.
 */
sealed interface PageResult {
  /** A model shown by its template ({@link PageModel#template()}), under a title. */
  record Shown(PageModel model, String title) implements PageResult {}

  /** The page is elsewhere (a form that names it): the browser is sent there. */
  record Redirect(String to) implements PageResult {}
}
