package org.burdenshare.server.pages;

/**
 * The 2 % and 20 % guidelines together: how many allies met each and both, and each ally's share of
 * GDP against its equipment share.
 *
 * @param release the release of the shares of GDP
 * @param equipmentRelease the release of the equipment shares, when it is another one (a partial
 *     release holds shares of GDP only, or no release published by the date holds the equipment
 *     shares: then it is marked as later); null when the same release holds both
 */
public record GuidelinesPage(
    Frame frame,
    ChoiceForm form,
    String summary,
    ReleaseNote release,
    ReleaseNote equipmentRelease,
    Chart chart,
    ShownTable table)
    implements PageModel {}
