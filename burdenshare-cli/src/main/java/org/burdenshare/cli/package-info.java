/**
 * The {@code burdenshare} command: shared options, the store opened lazily, exit statuses (0
 * answered, 2 a wrong question or input, 1 a bug), where libraries' logs go.
 */
package org.burdenshare.cli;
