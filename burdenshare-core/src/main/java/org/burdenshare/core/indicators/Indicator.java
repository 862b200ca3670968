package org.burdenshare.core.indicators;

import java.util.Objects;

/**
 * What is measured. The unit of each figure travels with the figure itself (releases differ: NATO's
 * constant prices are 2015 prices in 2019 and 2024, 2021 prices in 2026), so the indicator holds
 * what does not change between releases.
 *
 * @param id the identifier used in files, commands and the API
 * @param name a short label for tables and charts
 * @param definition what it means, in a sentence
 * @param additive whether figures of several countries may be added up (money, people) or not
 *     (shares, per-capita figures, changes)
 */
public record Indicator(String id, String name, String definition, boolean additive) {
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }
}
