package org.burdenshare.server;

import java.time.LocalDate;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.questions.Burdenshare;
import org.burdenshare.core.questions.YearsOnOffer;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.server.pages.ChoiceForm;
import org.burdenshare.server.pages.Frame;

/**
 * What every page of a year and a date opens with, decided once: the date (the address's, or
 * today), the releases it allows, the years they hold and which are estimates (core's rule, as the
 * API and the command line have it), the year shown, and — when the address asks for a year those
 * releases do not hold — the notice that says the page shows another.
 *
 * @param notice what the page says above its content, or null
 */
record Prelude(
    PageRequest page,
    LocalDate asOf,
    ReleaseChoice choice,
    YearsOnOffer offer,
    int year,
    String notice) {

  /** The prelude of a page about these indicators: the years any of them is held in. */
  static Prelude of(PageRequest page, Engine engine, String... indicators) {
    LocalDate asOf = PageParams.asOf(page.ctx);
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    return of(page, asOf, new Burdenshare(engine).years(choice, indicators));
  }

  /**
   * The prelude over years a page found itself. The year asked for, or else core's default year; a
   * year not on offer (the form's year kept while only the date changed) gives the newest, and the
   * page says so rather than failing.
   */
  static Prelude of(PageRequest page, LocalDate asOf, YearsOnOffer offer) {
    if (offer.isEmpty()) {
      throw new InvalidQueryException("No release had been published by " + asOf + ".");
    }
    ReleaseChoice choice = ReleaseChoice.asOf(asOf);
    Integer asked = PageParams.optionalYear(page.ctx);
    if (asked == null) {
      return new Prelude(page, asOf, choice, offer, offer.defaultYear(), null);
    }
    if (!offer.years().contains(asked)) {
      int newest = offer.years().last();
      return new Prelude(
          page,
          asOf,
          choice,
          offer,
          newest,
          "No release published by "
              + asOf
              + " holds these figures for "
              + asked
              + ". Shown: "
              + newest
              + ", the newest year they hold.");
    }
    return new Prelude(page, asOf, choice, offer, asked, null);
  }

  /** The form of a year and a date, the years of estimates marked. */
  ChoiceForm form(String action) {
    return ChoiceForm.of(action, year, offer.newestFirst(), asOf, offer.estimated());
  }

  /** The page's frame, with the notice when there is one. */
  Frame frame(String title, String nav) {
    Frame f = page.frame(title, nav);
    return notice == null ? f : f.withNotice(notice);
  }
}
