/** What can be asked: the indicators, their units, and whether they may be added over a group. */
package org.burdenshare.core.indicators;
