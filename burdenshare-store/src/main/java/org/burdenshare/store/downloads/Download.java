package org.burdenshare.store.downloads;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.store.Bundle;
import org.burdenshare.store.Store;
import org.burdenshare.store.StoreException;
import org.burdenshare.store.imports.ImportedRelease;

/**
 * A downloaded file on its way into the database: held in a temporary folder under the publisher's
 * own file name (importers read dates from it), read by an importer exactly as a file on disk, and
 * kept beside the database ({@code downloads/SHA/NAME}) only when its release is written. Closing
 * it removes the temporary copy; a refused download leaves the data directory as it was.
 */
public final class Download implements AutoCloseable {
  /** Where downloaded files are kept, relative to the data directory. */
  public static final String KEPT_IN = "downloads";

  private final Downloads.Response response;
  private final String name;
  private final String sha256;
  private final Path folder;
  private final Path file;

  private Download(Downloads.Response response, String name) {
    this.response = response;
    this.name = name;
    this.sha256 = Bundle.sha256(response.body());
    try {
      this.folder = Files.createTempDirectory("burdenshare-download-");
      this.file = Files.write(folder.resolve(name), response.body());
    } catch (IOException e) {
      throw new StoreException(
          "Could not write the download to a temporary file: " + e.getMessage() + ".", e);
    }
  }

  /**
   * Downloads a file an importer will read.
   *
   * @param what what the importer expects, for the message when a web page came instead (e.g. "an
   *     Excel workbook (.xlsx)")
   */
  public static Download fetch(Downloads downloads, URI address, String what) {
    Downloads.Response r = downloads.get(address);
    if (isWebPage(r)) {
      throw new StoreException(
          "Could not import "
              + address
              + ": the server sent a web page"
              + (r.contentType().isEmpty() ? "" : " (" + r.contentType() + ")")
              + ", not "
              + what
              + ". The address may be out of date, or the publisher's site answered with an error"
              + " or a sign-in page: open it in a browser. Nothing was imported.");
    }
    return new Download(r, fileName(address, r.from()));
  }

  private static boolean isWebPage(Downloads.Response r) {
    if (r.contentType().toLowerCase(Locale.ROOT).contains("html")) {
      return true;
    }
    byte[] b = r.body();
    int i = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      i = 3; // a UTF-8 byte-order mark
    }
    while (i < b.length && Character.isWhitespace(b[i])) {
      i++;
    }
    if (i >= b.length || b[i] != '<') {
      return false;
    }
    String head =
        new String(b, i, Math.min(256, b.length - i), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
  }

  /**
   * The file's name as the publisher gave it: the last part of the address asked for (or of the one
   * that answered, if the first has none), decoded, with anything a file name should not hold
   * replaced.
   */
  static String fileName(URI asked, URI answered) {
    for (URI u : List.of(asked, answered)) {
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      String last = path.substring(path.lastIndexOf('/') + 1);
      last = URLDecoder.decode(last, StandardCharsets.UTF_8).replaceAll("[^A-Za-z0-9._-]", "_");
      if (!last.isEmpty() && !last.startsWith(".")) {
        return last;
      }
    }
    return "download";
  }

  /** The temporary copy, under the publisher's file name. */
  public Path file() {
    return file;
  }

  public URI address() {
    return response.address();
  }

  /**
   * What an importer reads from the file; a refusal names the address rather than the temporary
   * copy, which the user never saw.
   */
  public <T> T read(Function<Path, T> importer) {
    try {
      return importer.apply(file);
    } catch (StoreException e) {
      String m = e.getMessage().replace(file.toString(), response.address().toString());
      throw new StoreException(m, e);
    }
  }

  /** The provenance of this download; {@code kept} where the copy is kept, or null. */
  public Provenance provenance(String kept) {
    return new Provenance(
        name,
        (long) response.body().length,
        sha256,
        response.address().toString(),
        response.retrieved(),
        kept);
  }

  /**
   * Writes a release read from this download into the database (or checks it, with {@code dryRun}),
   * keeping the file beside the database when the release is written: its address, date, size and
   * SHA-256 go into the release's provenance. When nothing is written (the same file imported
   * before, a bundled release reproduced, a refusal), nothing is kept either.
   */
  public Store.ImportOutcome importInto(
      Store store, ImportedRelease r, boolean dryRun, Consumer<String> progress) {
    if (dryRun) {
      return store.importRelease(
          r.withRelease(r.release().withProvenance(provenance(null))), true, progress);
    }
    String kept = KEPT_IN + "/" + sha256.substring(0, 12) + "/" + name;
    Path target = store.directory().resolve(kept);
    List<Path> created = new ArrayList<>();
    boolean keptNow = false;
    try {
      if (!Files.exists(target)) {
        for (Path d = target.getParent();
            d != null && !d.equals(store.directory()) && !Files.exists(d);
            d = d.getParent()) {
          created.add(d);
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(name + ".partial");
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        keptNow = true;
      }
    } catch (IOException e) {
      removeQuietly(target, created);
      throw new StoreException(
          "Could not keep the download in "
              + store.directory().resolve(KEPT_IN)
              + ": "
              + e.getMessage()
              + ". Nothing was imported.",
          e);
    }
    Store.ImportOutcome outcome;
    try {
      outcome =
          store.importRelease(
              r.withRelease(r.release().withProvenance(provenance(kept))), false, progress);
    } catch (RuntimeException e) {
      if (keptNow) {
        removeQuietly(target, created);
      }
      throw e;
    }
    boolean written =
        outcome.action() == Store.ImportAction.ADDED
            || outcome.action() == Store.ImportAction.REPLACED;
    if (!written && keptNow) {
      removeQuietly(target, created);
    }
    return outcome;
  }

  private static void removeQuietly(Path target, List<Path> created) {
    try {
      Files.deleteIfExists(target);
      Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".partial"));
      for (Path d : created) { // innermost first
        Files.deleteIfExists(d);
      }
    } catch (IOException e) {
      // Best effort: a leftover copy of a published file harms nothing.
    }
  }

  @Override
  public void close() {
    try (var all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: the system's temporary folder is cleared in its own time.
    }
  }
}
