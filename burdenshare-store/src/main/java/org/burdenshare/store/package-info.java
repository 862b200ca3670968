/**
 * The figures on disk: the DuckDB database (created from the bundled releases, migrated, read into
 * a {@link org.burdenshare.core.figures.Figures}, written by imports), the read-only SQL console,
 * exports. Depends on {@code core}; nothing here knows of HTTP or the command line.
 */
package org.burdenshare.store;
