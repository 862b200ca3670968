package org.burdenshare.server.pages;

/**
 * A link a page shows. Its address is checked when it is made: a path of this site, a fragment, or
 * an http(s) address; anything else (a {@code javascript:} URL from a release's metadata, say)
 * becomes a link to nowhere, so no template has to think about it.
 */
public record Link(String text, String href) {
  public Link {
    href = safe(href);
  }

  static String safe(String href) {
    if (href == null) {
      return "#";
    }
    String h = href.strip();
    boolean local = h.startsWith("/") && !h.startsWith("//") || h.startsWith("#");
    String lower = h.toLowerCase(java.util.Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    return local || web ? h : "#";
  }

  @Override
  public String toString() {
    return text;
  }
}
