package org.burdenshare.core.releases;

/**
 * What a publisher called an indicator's figures in one release: the table as printed, the measure
 * it names (NATO's 2026 edition reports "Core defence expenditure", earlier editions "Defence
 * expenditure"), and the price base. Two releases' figures for one indicator can differ because the
 * publisher corrected them or because the tables measure something else under another name; this is
 * what tells the two apart.
 *
 * @param table the table number and title as printed, or null when the release does not record it
 * @param measure what is measured, in the publisher's words, or null when not recorded
 * @param priceBase the price base ("current prices and exchange rates", "2015 prices"), or null
 */
public record Definition(String table, String measure, String priceBase) {
  public static final String NOT_RECORDED = "not recorded";

  public static Definition notRecorded() {
    return new Definition(null, null, null);
  }

  public String tableOrNotRecorded() {
    return table == null ? NOT_RECORDED : table;
  }

  public String measureOrNotRecorded() {
    return measure == null ? NOT_RECORDED : measure;
  }

  /**
   * The measure as it reads inside a sentence: "core defence expenditure", but "GDP" kept as it is
   * written; "not recorded" when the release does not say.
   */
  public String measureInText() {
    String m = measureOrNotRecorded();
    return m.length() > 1 && Character.isLowerCase(m.charAt(1))
        ? Character.toLowerCase(m.charAt(0)) + m.substring(1)
        : m;
  }
}
