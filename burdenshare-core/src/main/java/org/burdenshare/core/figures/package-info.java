/**
 * The figures: every figure of every release in memory, as the store read them at one moment (a
 * snapshot), and release selection: which release answers a question for an indicator, year and set
 * of countries. (A "dataset" is a publisher's series, the {@code dataset} of a release, never
 * these.) Depends on {@code releases}, {@code countries}, {@code groups}, {@code indicators}.
 */
package org.burdenshare.core.figures;
