package org.burdenshare.core.measures;

import org.burdenshare.core.releases.ReleaseRef;

/**
 * How much more (or less) a group spent than the year before at constant prices, the same allies in
 * both years and both years from one release: a change across two releases would mix their price
 * bases and definitions (2014 of the 2026 edition against 2013 of the June 2019 one).
 *
 * @param release the one release both years come from
 * @param reason why that release ("the release that answers 2014 lacks 2013: …")
 * @param estimate whether either year rests on the publisher's estimates
 */
public record RealChange(
    String group, int year, double percent, boolean estimate, ReleaseRef release, String reason) {}
