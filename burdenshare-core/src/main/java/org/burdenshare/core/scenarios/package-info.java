/**
 * What-if paths to a target share of GDP, their cost, and the probability of reaching it by Monte
 * Carlo; {@link org.burdenshare.core.scenarios.ScenarioSpec#defaults()} holds the one set of
 * defaults every front end uses.
 */
package org.burdenshare.core.scenarios;
