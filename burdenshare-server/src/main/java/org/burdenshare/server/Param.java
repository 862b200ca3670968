package org.burdenshare.server;

/**
 * A query parameter of an API endpoint: its name, type (string, integer, number, date), whether it
 * is required, its default, and an example. One list of these drives both the validation of
 * requests and the OpenAPI document, so the two cannot disagree.
 */
public record Param(
    String name,
    String type,
    boolean required,
    String defaultValue,
    String description,
    String example) {

  public static Param required(String name, String type, String description, String example) {
    return new Param(name, type, true, null, description, example);
  }

  public static Param optional(
      String name, String type, String defaultValue, String description, String example) {
    return new Param(name, type, false, defaultValue, description, example);
  }

  static final Param AS_OF =
      optional(
          "asOf",
          "date",
          null,
          "Answer with what had been published by this date: the newest release published on or"
              + " before it that covers the year. Excludes release.",
          "2019-11-28");
  static final Param RELEASE =
      optional(
          "release",
          "string",
          null,
          "Answer from exactly this release. Excludes asOf.",
          "nato-2019-06");
  static final Param YEAR = required("year", "integer", "The year.", "2019");
  static final Param GROUP =
      optional(
          "group",
          "string",
          "NATO",
          "A country, group or set expression (NATO-USA, NATO&EU); NATO means the members of the"
              + " year asked.",
          "NATO");
}
