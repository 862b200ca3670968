package org.burdenshare.server.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * The form that chooses what a page shows: a GET form, so the choice is in the address and can be
 * shared.
 *
 * @param fields the page's own fields, before the year and the date
 * @param help a line explaining the fields, or null
 * @param year the year chosen, or null when the page has no year
 * @param years the years to choose from, newest first
 * @param estimated the years whose figures are all the publisher's estimates, marked in the list
 * @param places what the place fields offer as the reader types (countries and groups)
 */
public record ChoiceForm(
    String action,
    List<Field> fields,
    String help,
    Integer year,
    List<Integer> years,
    LocalDate asOf,
    List<Integer> estimated,
    List<Place> places) {
  public ChoiceForm {
    fields = List.copyOf(fields);
    years = List.copyOf(years);
    estimated = List.copyOf(estimated);
    places = List.copyOf(places);
  }

  public ChoiceForm(
      String action,
      List<Field> fields,
      String help,
      Integer year,
      List<Integer> years,
      LocalDate asOf,
      List<Integer> estimated) {
    this(action, fields, help, year, years, asOf, estimated, List.of());
  }

  /** The same form, its place fields offering these countries and groups. */
  public ChoiceForm withPlaces(List<Place> offered) {
    return new ChoiceForm(action, fields, help, year, years, asOf, estimated, offered);
  }

  /** The id of the list of places the form's place fields share. */
  public String placesId() {
    return id() + "-places";
  }

  /** A form with the page's own fields and no year. */
  public ChoiceForm(String action, List<Field> fields, String help, LocalDate asOf) {
    this(action, fields, help, null, List.of(), asOf, List.of());
  }

  /** The id of the form's help line: the form's action as a word ("compare-help"). */
  public String id() {
    String word = action.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    return word.isEmpty() ? "form" : word;
  }

  /** A form of only a year (or none) and a date. */
  public static ChoiceForm of(String action, Integer year, List<Integer> years, LocalDate asOf) {
    return new ChoiceForm(action, List.of(), null, year, years, asOf, List.of());
  }

  /** A form of a year and a date, the years of estimates marked. */
  public static ChoiceForm of(
      String action, Integer year, List<Integer> years, LocalDate asOf, List<Integer> estimated) {
    return new ChoiceForm(action, List.of(), null, year, years, asOf, estimated);
  }

  /**
   * A field: a text or number input, or a list to choose from when {@code options} is not empty.
   *
   * @param type the input's type ("text", "number")
   * @param min the least value of a number, or null
   * @param max the greatest value of a number, or null
   * @param step the step of a number, or null
   */
  public record Field(
      String id,
      String label,
      String value,
      String type,
      String min,
      String max,
      String step,
      List<Option> options) {
    public Field {
      options = List.copyOf(options);
    }

    public static Field text(String id, String label, String value) {
      return new Field(id, label, value, "text", null, null, null, List.of());
    }

    /** A country or group, typed with suggestions by name (see {@link ChoiceForm#places}). */
    public static Field place(String id, String label, String value) {
      return new Field(id, label, value, "place", null, null, null, List.of());
    }

    /** A value the form carries on unseen (a choice already made). */
    public static Field hidden(String id, String value) {
      return new Field(id, null, value, "hidden", null, null, null, List.of());
    }

    public boolean isPlace() {
      return "place".equals(type);
    }

    public boolean isHidden() {
      return "hidden".equals(type);
    }

    public static Field number(
        String id, String label, String value, String min, String max, String step) {
      return new Field(id, label, value, "number", min, max, step, List.of());
    }

    public static Field choice(String id, String label, List<Option> options) {
      return new Field(id, label, null, null, null, null, null, options);
    }
  }

  /** One choice of a list. */
  public record Option(String value, String label, boolean selected) {}
}
