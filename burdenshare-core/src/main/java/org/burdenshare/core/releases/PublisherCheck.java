package org.burdenshare.core.releases;

import java.time.Instant;
import java.util.List;

/**
 * The last look at the publishers' pages for editions the database does not hold yet ({@code
 * burdenshare update --check}).
 *
 * @param checked when the pages were read
 * @param pages what each page gave, one per publisher
 */
public record PublisherCheck(Instant checked, List<Page> pages) {
  public PublisherCheck {
    pages = List.copyOf(pages);
  }

  /**
   * One publisher's page.
   *
   * @param dataset the series its workbooks are releases of
   * @param address the page read
   * @param problem why the page gave no answer (unreachable, or its layout no longer yields
   *     workbook links), or null when it was read and links were found
   * @param workbooks every workbook link found on the page
   * @param notImported the links no release in the database came from
   */
  public record Page(
      String dataset,
      String address,
      String problem,
      List<String> workbooks,
      List<String> notImported) {
    public Page {
      workbooks = List.copyOf(workbooks);
      notImported = List.copyOf(notImported);
    }
  }

  /** Every link not imported yet, over all pages. */
  public List<String> notImported() {
    return pages.stream().flatMap(p -> p.notImported().stream()).toList();
  }
}
