/**
 * Named groups (NATO, EU, BALTICS…) and set expressions over them (NATO-USA, NATO&amp;EU), resolved
 * for a year. Depends on {@code allies}.
 */
package org.burdenshare.core.groups;
