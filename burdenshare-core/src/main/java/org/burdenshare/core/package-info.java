/**
 * The questions burdenshare answers about published defence-expenditure figures, as pure functions
 * of a {@link org.burdenshare.core.figures.Figures} snapshot: {@link org.burdenshare.core.Engine}
 * and the errors a wrong question gets. Pure Java: nothing here reads files, runs SQL or speaks
 * HTTP, and nothing here depends on the store, server or CLI modules.
 */
package org.burdenshare.core;
