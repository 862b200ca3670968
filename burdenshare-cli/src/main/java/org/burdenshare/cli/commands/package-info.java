/** One class per command; each parses its options, asks core, and presents the answer. */
package org.burdenshare.cli.commands;
