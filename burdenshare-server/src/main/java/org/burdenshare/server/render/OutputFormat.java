package org.burdenshare.server.render;

/** How a command prints its answer. */
public enum OutputFormat {
  text,
  csv,
  json
}
