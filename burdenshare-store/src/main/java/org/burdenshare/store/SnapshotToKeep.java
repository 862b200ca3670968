package org.burdenshare.store;

import java.nio.file.Path;
import java.util.Optional;
import org.burdenshare.core.figures.Figures;

/**
 * A snapshot read from the database, which a one-shot command keeps beside it ({@link
 * SnapshotFile}) once it has answered: a command that fails leaves the data directory as it was.
 */
public final class SnapshotToKeep {
  private final Path dir;
  private final Optional<String> before;
  private final SnapshotParts parts;
  private final Figures figures;

  SnapshotToKeep(Path dir, Optional<String> before, SnapshotParts parts) {
    this.dir = dir;
    this.before = before;
    this.parts = parts;
    this.figures = parts.figures();
  }

  public Figures figures() {
    return figures;
  }

  /**
   * Keeps the snapshot for the next command, if the database is still as it was read and the data
   * directory can be written. Never fails, and says nothing: the file only saves time.
   */
  public void keep() {
    SnapshotFile.keep(dir, before, parts);
  }
}
