package org.burdenshare.core.releases;

import java.time.Instant;

/**
 * The file a release was read from, so that anyone can fetch the same bytes again and check them.
 *
 * @param file the file's name as the publisher named it (or the bundled file's name)
 * @param bytes its size, or null where it was not recorded (databases written before it was)
 * @param sha256 the SHA-256 of its content, in hex
 * @param address where it was downloaded from, or null for a file the user had on disk
 * @param retrieved when it was downloaded, or null for a file on disk
 * @param kept where the downloaded copy is kept, relative to the data directory, or null
 */
public record Provenance(
    String file, Long bytes, String sha256, String address, Instant retrieved, String kept) {

  /** A file read from disk (or bundled): no address, no download date. */
  public static Provenance local(String file, Long bytes, String sha256) {
    return new Provenance(file, bytes, sha256, null, null, null);
  }

  /** Whether it was downloaded by burdenshare rather than read from disk. */
  public boolean downloaded() {
    return address != null;
  }
}
