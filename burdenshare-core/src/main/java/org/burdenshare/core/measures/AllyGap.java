package org.burdenshare.core.measures;

/**
 * How much more one ally would have had to spend, in current US dollars, to reach a target share of
 * GDP.
 *
 * <p>The gap is measured against the GDP implied by the published share (expenditure ÷ share), so
 * that it lifts exactly the share the publisher publishes and judges to the target. NATO's shares
 * are real shares (at constant prices); expenditure ÷ GDP at current prices can differ from them
 * (the Netherlands from 2022 in the 2026 edition), which is why the published current-price GDP is
 * shown beside it but not used.
 *
 * @param shareOfGdp the published share, in percent
 * @param expenditure defence expenditure, current USD (million)
 * @param gdp the GDP implied by the published share: expenditure ÷ share × 100
 * @param publishedGdp the release's own GDP at current prices, or null where it has none
 * @param gap target × GDP − expenditure, or 0 when the published share already meets the target
 */
public record AllyGap(
    String country,
    String name,
    double shareOfGdp,
    double expenditure,
    double gdp,
    Double publishedGdp,
    double gap,
    boolean estimate) {}
