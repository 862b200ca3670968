package org.burdenshare.core.measures;

/**
 * How much more one ally would have had to spend to reach a target share of GDP.
 *
 * @param shareOfGdp the published share
 * @param expenditure defence expenditure, current USD (million)
 * @param gdp GDP, current USD (million)
 * @param gdpBasis "published" when the release publishes current-price GDP, "implied-from-share"
 *     when GDP had to be derived as expenditure ÷ share (releases without GDP at current prices)
 * @param gap target × GDP − expenditure, or 0 when the published share already meets the target
 */
public record AllyGap(
    String country,
    String name,
    double shareOfGdp,
    double expenditure,
    double gdp,
    String gdpBasis,
    double gap,
    boolean estimate) {}
