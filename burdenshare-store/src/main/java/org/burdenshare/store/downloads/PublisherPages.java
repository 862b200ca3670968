package org.burdenshare.store.downloads;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.StoreException;
import org.burdenshare.store.imports.PublisherProfile;

/**
 * What is new on the publishers' pages: the workbook links each page (named in its publisher's
 * profile) holds, and those that no release in the database came from.
 *
 * <p>A link counts as imported when a release was downloaded from that address, or was read from a
 * file of that name, or holds the edition the bundled catalogue lists under that file name (the
 * bundled releases were made from the publisher's workbooks, not downloaded).
 */
public final class PublisherPages {
  private static final Pattern HREF =
      Pattern.compile("(?i)\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

  private PublisherPages() {}

  /**
   * Reads every publisher's page and compares its links with the releases held.
   *
   * @param pages the page to read for a dataset instead of its profile's (a mirror, a test)
   */
  public static PublisherCheck check(
      Downloads downloads, List<PublisherProfile> profiles, Map<String, URI> pages, Figures held) {
    List<PublisherCheck.Page> found = new ArrayList<>();
    for (PublisherProfile p : profiles) {
      URI page = pages.get(p.dataset());
      if (page == null && p.page() == null) {
        continue;
      }
      if (page == null) {
        page = URI.create(p.page());
      }
      found.add(checkOne(downloads, p, page, held));
    }
    return new PublisherCheck(Instant.now(), found);
  }

  /**
   * The same check with what is not imported worked out again, without reading the pages again
   * (after {@code update} imported what it found).
   */
  public static PublisherCheck recheck(PublisherCheck check, Figures held) {
    return new PublisherCheck(
        check.checked(),
        check.pages().stream()
            .map(
                p ->
                    new PublisherCheck.Page(
                        p.dataset(),
                        p.address(),
                        p.problem(),
                        p.workbooks(),
                        p.workbooks().stream()
                            .filter(l -> !imported(URI.create(l), p.dataset(), held))
                            .toList()))
            .toList());
  }

  private static PublisherCheck.Page checkOne(
      Downloads downloads, PublisherProfile p, URI page, Figures held) {
    String html;
    try {
      Downloads.Response r = downloads.get(page);
      html = new String(r.body(), StandardCharsets.UTF_8);
      page = r.from();
    } catch (StoreException e) {
      String m = e.getMessage().replace(" Nothing was imported.", "");
      return new PublisherCheck.Page(p.dataset(), page.toString(), m, List.of(), List.of());
    }
    List<String> links =
        workbookLinks(html, page, Pattern.compile(p.workbooks())).stream()
            .map(URI::toString)
            .toList();
    if (links.isEmpty()) {
      return new PublisherCheck.Page(
          p.dataset(),
          page.toString(),
          "The page links no workbook any more: its layout may have changed, so this is not"
              + " \"nothing new\". Look at it in a browser, and import a workbook you find there"
              + " with 'burdenshare import "
              + p.importer()
              + " ADDRESS'.",
          List.of(),
          List.of());
    }
    List<String> notImported =
        links.stream().filter(l -> !imported(URI.create(l), p.dataset(), held)).toList();
    return new PublisherCheck.Page(p.dataset(), page.toString(), null, links, notImported);
  }

  /**
   * The links of a page whose file name matches a pattern, resolved against the page's address,
   * each once, in the page's order.
   */
  static List<URI> workbookLinks(String html, URI page, Pattern fileName) {
    Set<URI> out = new LinkedHashSet<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      String href = raw.strip().replace("&amp;", "&").replace(" ", "%20");
      URI link;
      try {
        link = page.resolve(href);
      } catch (IllegalArgumentException e) {
        continue; // not an address
      }
      String scheme = String.valueOf(link.getScheme()).toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http"))
          && fileName.matcher(name(link)).matches()) {
        out.add(link);
      }
    }
    return List.copyOf(out);
  }

  /** The file name a link ends in, decoded. */
  static String name(URI link) {
    String path = link.getRawPath() == null ? "" : link.getRawPath();
    return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
  }

  /** Whether a release in the database came from a link (see the class's comment). */
  public static boolean imported(URI link, String dataset, Figures held) {
    String name = name(link);
    for (Release r : held.releases()) {
      var p = r.provenance();
      if (p != null
          && (link.toString().equals(p.address())
              || r.dataset().equals(dataset) && name.equalsIgnoreCase(p.file()))) {
        return true;
      }
    }
    Editions editions = held.editions();
    if (!editions.dataset().equals(dataset)) {
      return false;
    }
    for (Editions.Entry e : editions.entries(held.releases())) {
      String url = e.edition().url();
      if (e.heldBy() != null && url != null && mentions(url, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the catalogue's list of addresses and file names ("a ; b ; c") names a file. */
  private static boolean mentions(String urls, String name) {
    for (String part : urls.split(";")) {
      String u = part.strip();
      if (u.startsWith("now ")) {
        u = u.substring(4).strip();
      }
      String last = u.substring(u.lastIndexOf('/') + 1);
      if (last.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
