/**
 * Countries and their accession to the alliance: who was a member in which year. Depends on nothing
 * else in burdenshare.
 */
package org.burdenshare.core.allies;
