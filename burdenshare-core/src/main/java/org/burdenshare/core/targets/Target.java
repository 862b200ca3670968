package org.burdenshare.core.targets;

import java.time.LocalDate;

/**
 * A spending guideline or pledge, with where and when allies agreed it.
 *
 * @param indicator what it is measured on, or null when no published figures measure it (The
 *     Hague's 1.5 % for defence- and security-related spending)
 * @param threshold the level to reach, in the indicator's unit
 * @param deadline the year it is to be reached by, or null
 * @param kind "pledge", "guideline" or "informal"
 */
public record Target(
    String id,
    String name,
    String indicator,
    double threshold,
    String summit,
    LocalDate agreed,
    Integer deadline,
    String kind,
    String note) {}
