package org.burdenshare.store.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Release;

/**
 * What an importer says of every release of one publisher's series — publisher, title, id, URL,
 * attribution, licence, printed decimals, notes — as a data file ({@code
 * burdenshare/publishers/DATASET.json}) rather than Java literals, with {@code {name}} placeholders
 * that each import fills from what it read (the edition, the years, the file's name…).
 *
 * @param page the publisher's page that links its newest workbooks, which {@code burdenshare
 *     update} reads; null where there is none
 * @param workbooks a regular expression that a link on that page matches when it is a workbook of
 *     this series (matched against the link's file name)
 * @param importer the import command that reads them ({@code nato}, {@code sipri})
 */
public record PublisherProfile(
    String dataset,
    String publisher,
    String title,
    String idPattern,
    String url,
    String attribution,
    String licence,
    Map<String, Integer> decimals,
    List<String> notes,
    String page,
    String workbooks,
    String importer) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every publisher with a profile, in the order their pages are read. */
  public static final List<String> DATASETS = List.of("nato-defence-expenditure", "sipri-milex");

  /** Every profile. */
  public static List<PublisherProfile> all() {
    return DATASETS.stream().map(PublisherProfile::load).toList();
  }

  public PublisherProfile {
    decimals = Map.copyOf(decimals);
    notes = List.copyOf(notes);
  }

  /** The profile of a dataset, from the jar. */
  public static PublisherProfile load(String dataset) {
    String resource = "/burdenshare/publishers/" + dataset + ".json";
    try (InputStream in = PublisherProfile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No publisher profile " + resource + " in the jar");
      }
      return JSON.readValue(in, PublisherProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Publisher profile " + resource + " unreadable", e);
    }
  }

  /** A text with its {@code {name}} placeholders filled. */
  public static String fill(String text, Map<String, String> values) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (var v : values.entrySet()) {
      out = out.replace("{" + v.getKey() + "}", v.getValue());
    }
    return out;
  }

  /** The default id of a release published on a date: {@code {yyyy}} and {@code {mm}} filled. */
  public String id(LocalDate published) {
    return idPattern
        .replace("{yyyy}", Integer.toString(published.getYear()))
        .replace("{mm}", String.format(Locale.ROOT, "%02d", published.getMonthValue()));
  }

  /**
   * A release of this series.
   *
   * @param values the placeholders' values; {@code title} is added for the attribution
   */
  public Release release(
      String id,
      String title,
      LocalDate published,
      Map<String, String> values,
      Map<String, String> tables,
      List<String> extraNotes,
      Map<String, Definition> definitions) {
    Map<String, String> all = new java.util.LinkedHashMap<>(values);
    all.put("title", title);
    List<String> allNotes = new java.util.ArrayList<>();
    notes.forEach(n -> allNotes.add(fill(n, all)));
    allNotes.addAll(extraNotes);
    return new Release(
        id,
        dataset,
        publisher,
        title,
        published,
        null,
        fill(url, all),
        fill(attribution, all),
        fill(licence, all),
        tables,
        decimals,
        allNotes,
        false,
        false,
        List.of(),
        definitions);
  }
}
