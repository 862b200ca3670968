/** The common budgets' cost shares computed from GNI, with caps, matches and fixed shares. */
package org.burdenshare.core.costshares;
