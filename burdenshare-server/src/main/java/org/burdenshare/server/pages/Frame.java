package org.burdenshare.server.pages;

import java.util.List;

/**
 * What every page shows around its content: its title (also the heading and the link preview's), a
 * one-line description for link previews, the navigation with the current page marked, the version
 * of the charting library to load, and the page's address and preview image (both null when
 * unknown, as on error pages).
 */
public record Frame(
    String title,
    String description,
    List<NavItem> nav,
    String echartsVersion,
    String notice,
    String url,
    String image) {
  static final List<String[]> NAV =
      List.of(
          new String[] {"/", "Overview"},
          new String[] {"/map", "Map"},
          new String[] {"/ally", "Allies"},
          new String[] {"/compare", "Compare"},
          new String[] {"/guidelines", "2 % and 20 %"},
          new String[] {"/targets", "Targets"},
          new String[] {"/scenarios", "Scenarios"},
          new String[] {"/fairshare", "Fair share"},
          new String[] {"/check", "Check a text"},
          new String[] {"/sources", "Sources"},
          new String[] {"/api/docs", "API"});

  static final String DESCRIPTION =
      "Who pays for NATO: allies' defence spending against the guidelines, from NATO's own"
          + " releases, every figure with its source.";

  public Frame {
    nav = List.copyOf(nav);
  }

  /** The frame of a page whose navigation entry is {@code current} (empty for none). */
  public static Frame of(String title, String current) {
    return new Frame(
        Bounded.text(title),
        DESCRIPTION,
        NAV.stream().map(n -> new NavItem(n[0], n[1], n[0].equals(current))).toList(),
        WebVersions.echarts(),
        null,
        null,
        null);
  }

  /** The same frame with a notice above the content (what the page changed of the question). */
  public Frame withNotice(String text) {
    return new Frame(title, description, nav, echartsVersion, text, url, image);
  }

  /**
   * The same frame with the page's own address and its preview image, for link previews; an address
   * too long to be a link someone shares is left out.
   */
  public Frame withAddress(String address, String previewImage) {
    if (address.length() > 1_000) {
      return this;
    }
    return new Frame(title, description, nav, echartsVersion, notice, address, previewImage);
  }
}
