package org.burdenshare.core.countries;

/** Where a country lies, as the alliance's own groupings use it ("Europe and Canada"). */
public enum Region {
  EUROPE,
  NORTH_AMERICA,
  OTHER
}
