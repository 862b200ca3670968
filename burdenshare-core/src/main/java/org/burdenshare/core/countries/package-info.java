/**
 * Every country the figures name (174: the allies and the others SIPRI and the World Bank cover),
 * and their accession to the alliance: who was a member in which year. Depends on nothing else in
 * burdenshare.
 */
package org.burdenshare.core.countries;
