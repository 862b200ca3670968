package org.burdenshare.render;

/** How a command prints its answer. */
public enum OutputFormat {
  text,
  csv,
  json
}
