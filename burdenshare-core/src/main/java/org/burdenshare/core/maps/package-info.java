/**
 * What a map of the allies is coloured by: one figure per ally and year — share of GDP, real change
 * since a base year, spending per head — each with the release it comes from and whether the
 * publisher estimates it.
 */
package org.burdenshare.core.maps;
