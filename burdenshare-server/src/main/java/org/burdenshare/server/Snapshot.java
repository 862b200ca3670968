package org.burdenshare.server;

import java.util.Objects;
import org.burdenshare.core.Engine;
import org.burdenshare.core.releases.Release;

/**
 * The figures a server answers from, with an id that changes whenever they do: responses are
 * immutable for one snapshot, which is what makes ETags and caching honest.
 */
public record Snapshot(Engine engine, String id) {
  public Snapshot {
    Objects.requireNonNull(engine);
    Objects.requireNonNull(id);
  }

  /** A snapshot whose id is derived from its releases and the number of figures. */
  public static Snapshot of(Engine engine) {
    StringBuilder b = new StringBuilder();
    for (Release r : engine.dataset().releases()) {
      b.append(r.id()).append('@').append(r.published()).append(';');
    }
    b.append(engine.dataset().observationCount());
    return new Snapshot(engine, Integer.toHexString(b.toString().hashCode()));
  }
}
