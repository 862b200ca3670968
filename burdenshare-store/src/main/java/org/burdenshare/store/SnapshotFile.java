package org.burdenshare.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.burdenshare.core.figures.Figures;

/**
 * The snapshot kept beside the database ({@value #FILE}), so that a one-shot command answers
 * without opening DuckDB, parsing the manifest or hashing the bundled files: most of what a cold
 * {@code compare} used to spend its time on.
 *
 * <p>The file is a cache and never the record: it is used only while it names the database file
 * exactly as it is now (size, modification time, file identity and its headers, which DuckDB
 * rewrites at every checkpoint; no write-ahead log beside it) and the same burdenshare (the jar it
 * runs from, or for a build tree its files' sizes and times), and only if its bytes pass their
 * checksum. Anything else — an import since, a new version, a damaged or half-written file, a data
 * directory that cannot be written — and the command reads the database as before. It is written
 * only from a snapshot whose database did not change while it was read.
 */
final class SnapshotFile {
  static final String FILE = "burdenshare.snapshot";

  // Changes whenever the layout of the bytes does (SnapshotCodec) or what a snapshot holds.
  private static final int FORMAT = 1;
  private static final int MAGIC = 0x42534E50; // "BSNP"
  // DuckDB's main header and its two database headers, one rewritten at each checkpoint.
  private static final int HEADER_BYTES = 3 * 4096;

  private SnapshotFile() {}

  /** The kept snapshot of the database in a data directory, if it is the database's current one. */
  static Optional<Figures> read(Path dir) {
    Path kept = dir.resolve(FILE);
    if (!Files.isRegularFile(kept)) {
      return Optional.empty();
    }
    try {
      Optional<String> key = key(dir);
      if (key.isEmpty()) {
        return Optional.empty();
      }
      byte[] all = Files.readAllBytes(kept);
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key.get())) {
        return Optional.empty();
      }
      long checksum = in.readLong();
      int start = all.length - in.available();
      CRC32 crc = new CRC32();
      crc.update(all, start, all.length - start);
      if (crc.getValue() != checksum) {
        return Optional.empty();
      }
      return Optional.of(
          SnapshotCodec.decode(Arrays.copyOfRange(all, start, all.length)).figures());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or damaged: the database answers instead
    }
  }

  /**
   * Where the database is still as {@code before} says, keeps its snapshot; otherwise, or where the
   * directory cannot be written, keeps nothing. Never fails: the file only saves time.
   *
   * @param before the {@link #key} taken before the snapshot was read
   */
  static void keep(Path dir, Optional<String> before, SnapshotParts parts) {
    if (before.isEmpty()) {
      return;
    }
    Path tmp = null;
    try {
      byte[] payload = SnapshotCodec.encode(parts);
      CRC32 crc = new CRC32();
      crc.update(payload);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(before.get());
        out.writeLong(crc.getValue());
        out.write(payload);
      }
      if (!before.equals(key(dir))) {
        return; // the database changed while it was read: this snapshot may be of neither state
      }
      tmp = Files.createTempFile(dir, FILE, ".tmp");
      Files.write(tmp, bytes.toByteArray());
      try {
        // readable by whoever may read the database (a temporary file is its owner's alone)
        Files.setPosixFilePermissions(
            tmp, Files.getPosixFilePermissions(dir.resolve(DataDirectory.DATABASE_FILE)));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its defaults
      }
      Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // a read-only data directory, a full disk: the next command reads the database again
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // best effort
        }
      }
    }
  }

  /**
   * What the snapshot of a data directory's database depends on, as one line; empty when there is
   * no database file, or a write-ahead log beside it (figures not yet in the file, or a writer at
   * work), or it cannot be read.
   */
  static Optional<String> key(Path dir) {
    Path db = dir.resolve(DataDirectory.DATABASE_FILE);
    try {
      if (Files.exists(dir.resolve(DataDirectory.DATABASE_FILE + ".wal"))) {
        return Optional.empty();
      }
      BasicFileAttributes a = Files.readAttributes(db, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return Optional.empty();
      }
      byte[] header = new byte[HEADER_BYTES];
      int n;
      try (InputStream in = Files.newInputStream(db)) {
        n = in.readNBytes(header, 0, header.length);
      }
      CRC32 crc = new CRC32();
      crc.update(header, 0, n);
      return Optional.of(
          "db "
              + a.size()
              + " "
              + a.lastModifiedTime().to(TimeUnit.NANOSECONDS)
              + " "
              + a.fileKey()
              + " "
              + Long.toHexString(crc.getValue())
              + "; "
              + build());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * This burdenshare: the jar its store classes and bundled files come from (path, size, time), or
   * for a build tree (tests, an IDE) the number, sizes and newest time of its files.
   */
  private static String build() throws IOException {
    Path code;
    try {
      code =
          Path.of(SnapshotFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IOException("no code source", e);
    }
    BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
    if (a.isRegularFile()) {
      return "jar " + code + " " + a.size() + " " + a.lastModifiedTime().toMillis();
    }
    long files = 0;
    long size = 0;
    long newest = 0;
    try (Stream<Path> all = Files.walk(code)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        BasicFileAttributes f = Files.readAttributes(p, BasicFileAttributes.class);
        if (f.isRegularFile()) {
          files++;
          size += f.size();
          newest = Math.max(newest, f.lastModifiedTime().toMillis());
        }
      }
    }
    return "tree " + code + " " + files + " " + size + " " + newest;
  }
}
