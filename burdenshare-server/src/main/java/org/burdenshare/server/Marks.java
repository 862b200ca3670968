package org.burdenshare.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.server.pages.OverviewPage;
import org.burdenshare.server.pages.Provenance;

/**
 * The marks of headline figures that come from another release than the one the headline names, or
 * from a release published after the chosen date: each such release gets a mark (*, †, ‡…) beside
 * its figures and one note under them naming it and its publication date.
 */
final class Marks {
  private static final String[] SYMBOLS = {"*", "†", "‡", "§", "¶"};
  private final String headline;
  private final Map<String, String> marks = new LinkedHashMap<>();
  private final Map<String, Provenance> sources = new LinkedHashMap<>();

  /**
   * @param headline the id of the release the headline names
   */
  Marks(String headline) {
    this.headline = headline;
  }

  OverviewPage.Stat stat(
      String id, String label, String value, boolean estimate, String unit, Provenance source) {
    String mark = null;
    if (!source.release().equals(headline) || source.later()) {
      mark =
          marks.computeIfAbsent(
              source.release(), k -> SYMBOLS[Math.min(marks.size(), SYMBOLS.length - 1)]);
      sources.put(source.release(), source);
    }
    return new OverviewPage.Stat(id, label, value, estimate, unit, mark, source);
  }

  /** One note per marked release: "† From … (nato-2024-06), published 2024-06-17, after …". */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    marks.forEach((release, mark) -> out.add(mark + " " + sources.get(release).note()));
    return out;
  }
}
