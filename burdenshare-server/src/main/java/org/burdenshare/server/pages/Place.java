package org.burdenshare.server.pages;

/**
 * A country or group a picker offers: the value it puts in the field, and what else it is called
 * (its name in other languages, or its members), which the search also matches.
 */
public record Place(String value, String label) {}
