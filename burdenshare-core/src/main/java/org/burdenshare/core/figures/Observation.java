package org.burdenshare.core.figures;

/**
 * One published figure.
 *
 * @param release the id of the release it belongs to
 * @param country ISO3 code, or the publisher's aggregate code (NATO_TOTAL, NATO_EUROPE_CANADA)
 * @param year the year it is for
 * @param indicator the indicator id
 * @param unit the unit as published, e.g. "million USD" or "million USD 2021 prices"
 * @param value the figure as published, never rounded or rescaled
 * @param estimate whether the publisher marks it as an estimate
 * @param table the table or column of the publication it comes from
 */
public record Observation(
    String release,
    String country,
    int year,
    String indicator,
    String unit,
    double value,
    boolean estimate,
    String table) {}
