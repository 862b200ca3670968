/**
 * Who carries whom: shares of spending against shares of GDP and population, rank correlations
 * (Olson and Zeckhauser's test), concentration.
 */
package org.burdenshare.core.fairshare;
