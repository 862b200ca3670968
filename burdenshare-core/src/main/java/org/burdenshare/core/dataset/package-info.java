/**
 * The in-memory snapshot of every figure of every release, and release selection: which release
 * answers a question for an indicator, year and set of countries. Depends on {@code releases},
 * {@code allies}, {@code groups}, {@code indicators}.
 */
package org.burdenshare.core.dataset;
