package org.burdenshare.core.measures;

/**
 * One ally's figure judged against a threshold.
 *
 * @param value the figure as published
 * @param judged the figure at the precision the publisher prints, which is what is compared
 */
public record Standing(
    String country, String name, double value, double judged, boolean estimate) {}
