package org.burdenshare.cli.render;

/** How a command prints its answer. */
public enum OutputFormat {
  text,
  csv,
  json
}
