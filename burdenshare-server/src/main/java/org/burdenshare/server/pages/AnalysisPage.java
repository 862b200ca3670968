package org.burdenshare.server.pages;

import java.util.List;

/**
 * The pages that analyse rather than list — Targets, Scenarios and Fair share: a form that sets the
 * question, a few sentences that answer it, notes on where the figures come from, a table that
 * leads, and sections with a chart and its table each.
 *
 * @param lead a table shown before the sections, or null
 */
public record AnalysisPage(
    Frame frame,
    ChoiceForm form,
    List<String> summary,
    List<String> notes,
    ShownTable lead,
    List<Section> sections)
    implements PageModel {
  public AnalysisPage {
    summary = List.copyOf(summary);
    notes = List.copyOf(notes);
    sections = List.copyOf(sections);
  }
}
