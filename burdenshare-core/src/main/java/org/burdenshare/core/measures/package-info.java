/**
 * The answers to questions on figures (comparisons, shares, guidelines, gaps, rankings, tables,
 * revisions) as records that carry their release and evidence, and the arithmetic they share.
 */
package org.burdenshare.core.measures;
