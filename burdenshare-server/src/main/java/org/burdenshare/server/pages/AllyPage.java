package org.burdenshare.server.pages;

/**
 * One ally: when it joined, its share of GDP and equipment share over time, every indicator of the
 * newest release, and how releases revised its share of GDP. The sections are null when the
 * releases hold no defence figures for it ({@code empty} says so).
 *
 * @param empty why there are no figures, or null
 * @param categories the split of spending by category, or null when the release has none
 */
public record AllyPage(
    Frame frame,
    ChoiceForm form,
    String intro,
    String empty,
    Section shares,
    Section categories,
    Section indicators,
    Section revisions)
    implements PageModel {}
