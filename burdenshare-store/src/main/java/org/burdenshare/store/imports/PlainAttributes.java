package org.burdenshare.store.imports;

/**
 * Attributes a sheet's cells have by the hundred thousand, read without a String each: a whole
 * number ("3"), a cell's column ("AB12"), a short value made a String once ("s", "str").
 */
interface PlainAttributes {
  /** What the readers return for an attribute the element does not have. */
  int ABSENT = -1;

  /** What they return for one in another form: then read its String. */
  int OTHER = -2;

  /** A whole number of one to nine digits, or {@link #ABSENT} or {@link #OTHER}. */
  int digits(String qName);

  /** The column (0 for A) of a reference of one to three capitals and digits, or ABSENT, OTHER. */
  int column(String qName);

  /** The value, the same String for the same short value, or null for none. */
  String shared(String qName);
}
