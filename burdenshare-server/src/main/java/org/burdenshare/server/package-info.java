/**
 * The HTTP server: the JSON API (one endpoint table drives validation and the OpenAPI document),
 * the dashboard pages and the claim checker, with caching, limits and security headers. Depends on
 * {@code store} and {@code core}; never on the CLI.
 */
package org.burdenshare.server;
