package org.burdenshare.server;

import java.util.Objects;
import org.burdenshare.core.Engine;

/**
 * The figures a server answers from, with an id that changes whenever they do: responses are
 * immutable for one snapshot, which is what makes ETags and caching honest.
 */
public record Snapshot(Engine engine, String id) {
  public Snapshot {
    Objects.requireNonNull(engine);
    Objects.requireNonNull(id);
  }

  /**
   * A snapshot whose id is the fingerprint of its figures and releases: a corrected release keeps
   * its id, publication date and number of figures, but not its fingerprint.
   */
  public static Snapshot of(Engine engine) {
    return new Snapshot(engine, String.format("%016x", engine.figures().fingerprint()));
  }
}
