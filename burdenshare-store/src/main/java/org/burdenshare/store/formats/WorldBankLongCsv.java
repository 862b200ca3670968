package org.burdenshare.store.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.Manifest;
import org.burdenshare.store.StoreException;

/**
 * World Bank WDI figures in long form: {@code country_iso3,country_name,year,indicator_code,value}.
 * WDI codes map to our indicators through the manifest; values are kept in the publisher's units
 * (US dollars, persons), never rescaled.
 */
public final class WorldBankLongCsv {
  public static final List<String> HEADER =
      List.of("country_iso3", "country_name", "year", "indicator_code", "value");

  private WorldBankLongCsv() {}

  public static List<Observation> read(
      byte[] content,
      String file,
      Release release,
      Map<String, Manifest.CodeMapping> codes,
      Predicate<String> knownCountry) {
    List<Observation> out = new ArrayList<>();
    for (CsvRows.Row row : CsvRows.read(content, file, HEADER)) {
      String country = row.get("country_iso3");
      if (!knownCountry.test(country)) {
        throw row.problem("country_iso3", "an ISO 3166-1 alpha-3 code of the reference table");
      }
      Manifest.CodeMapping mapping = codes.get(row.get("indicator_code"));
      if (mapping == null) {
        throw row.problem("indicator_code", "one of " + String.join(", ", codes.keySet()));
      }
      out.add(
          new Observation(
              release.id(),
              country,
              TidyCsvFormat.year(row),
              mapping.indicator(),
              mapping.unit(),
              TidyCsvFormat.number(row, "value"),
              false,
              release.tableOf(mapping.indicator())));
    }
    if (out.isEmpty()) {
      throw new StoreException(file + " has a header but no figures.");
    }
    return out;
  }
}
