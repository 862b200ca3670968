/**
 * The dashboard's page models: one record per page holding what it shows, rendered by the templates
 * in {@code src/main/jte}, which escape every value by its context. Links are checked when they are
 * made ({@link org.burdenshare.server.pages.Link}); text from a request is bounded ({@link
 * org.burdenshare.server.pages.Bounded}). Depends on {@code render} for numbers; knows nothing of
 * HTTP.
 */
package org.burdenshare.server.pages;
