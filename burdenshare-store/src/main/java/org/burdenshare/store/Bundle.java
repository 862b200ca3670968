package org.burdenshare.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.formats.TidyCsvFormat;
import org.burdenshare.store.formats.WorldBankLongCsv;

/** The releases and supplements that ship in the jar, as the manifest lists them. */
public final class Bundle {
  static final String MANIFEST = "manifest.json";

  private final Manifest manifest;

  private Bundle(Manifest manifest) {
    this.manifest = manifest;
  }

  public static Bundle load() {
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      return new Bundle(json.readValue(Resources.bytes(MANIFEST), Manifest.class));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled manifest is broken", e);
    }
  }

  public Manifest manifest() {
    return manifest;
  }

  /** One bundled release file: its metadata, its bytes and their SHA-256. */
  public record ReleaseFile(
      Manifest.ReleaseEntry entry, Release release, byte[] content, String sha256) {
    /** Parses and validates the figures. */
    public List<Observation> observations(Predicate<String> knownCountry) {
      return switch (entry.format()) {
        case "tidy-csv" ->
            TidyCsvFormat.read(content, entry.file(), release, entry.label(), knownCountry);
        case "worldbank-long-csv" ->
            WorldBankLongCsv.read(
                content, entry.file(), release, entry.indicatorCodes(), knownCountry);
        default -> throw new IllegalStateException("unknown bundled format " + entry.format());
      };
    }
  }

  public List<ReleaseFile> releases() {
    return manifest.releases().stream()
        .map(
            e -> {
              byte[] content = Resources.bytes(e.file());
              return new ReleaseFile(e, toRelease(e), content, sha256(content));
            })
        .toList();
  }

  /** A supplement's bytes. */
  public byte[] bytes(Manifest.Supplement s) {
    return Resources.bytes(s.file());
  }

  /** The SOURCES text that documents a release, kept with it in the database. */
  public String sourcesText(Manifest.ReleaseEntry e) {
    return e.sources() == null
        ? ""
        : new String(Resources.bytes(e.sources()), java.nio.charset.StandardCharsets.UTF_8);
  }

  static Release toRelease(Manifest.ReleaseEntry e) {
    return new Release(
        e.id(),
        e.dataset(),
        e.publisher(),
        e.title(),
        e.published(),
        e.cutoff(),
        e.url(),
        e.attribution(),
        e.licence(),
        e.tables() == null ? java.util.Map.of() : e.tables(),
        e.decimals() == null ? java.util.Map.of() : e.decimals(),
        e.notes() == null ? List.of() : e.notes(),
        true,
        e.isPartial(),
        e.holdings(),
        e.definitions());
  }

  /**
   * The notes bundled with a dataset's files ({@code data/<dataset>/SOURCES.md}): where each file
   * came from, how it was obtained and checked. Empty for a dataset without them or a name that is
   * not a dataset's.
   */
  public static java.util.Optional<String> sourceNotes(String dataset) {
    if (dataset == null || !dataset.matches("[a-z]{1,20}")) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(
          new String(
              Resources.bytes("data/" + dataset + "/SOURCES.md"),
              java.nio.charset.StandardCharsets.UTF_8));
    } catch (IllegalStateException missing) {
      return java.util.Optional.empty();
    }
  }

  /** The manifest's SHA-256: when it changes, bundled releases are written again. */
  static String manifestHash() {
    return sha256(Resources.bytes(MANIFEST));
  }

  /** The SHA-256 of the reference tables (countries, groups) together. */
  static String referenceHash() {
    return sha256(
        (sha256(Resources.bytes(ReferenceData.COUNTRIES))
                + sha256(Resources.bytes(ReferenceData.GROUPS)))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The SHA-256 of the supplements together. */
  String supplementsHash() {
    StringBuilder all = new StringBuilder();
    manifest.supplements().forEach(s -> all.append(sha256(bytes(s))));
    return sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A digest of the bundled files a database is built from (the manifest, the reference tables,
   * everything under {@code data/}): each file's name, size and CRC-32, as a jar's directory lists
   * them — read without inflating or hashing a file. For a build tree (tests, an IDE) the same from
   * the files themselves, so that it is the same digest for the same files either way.
   *
   * @return the digest, or empty if the files cannot be listed
   */
  static java.util.Optional<String> fingerprint() {
    java.net.URL manifest = Bundle.class.getResource("/burdenshare/" + MANIFEST);
    if (manifest == null) {
      return java.util.Optional.empty();
    }
    java.util.TreeMap<String, String> files = new java.util.TreeMap<>();
    try {
      if (manifest.openConnection() instanceof java.net.JarURLConnection jar) {
        jar.setUseCaches(false);
        try (java.util.jar.JarFile file = jar.getJarFile()) {
          file.stream()
              .filter(e -> !e.isDirectory() && fingerprinted(e.getName()))
              .forEach(e -> files.put(e.getName(), e.getSize() + " " + e.getCrc()));
        }
      } else {
        java.nio.file.Path root = java.nio.file.Path.of(manifest.toURI()).getParent().getParent();
        try (var all = java.nio.file.Files.walk(root.resolve("burdenshare"))) {
          for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) all::iterator) {
            String name = root.relativize(f).toString().replace('\\', '/');
            if (java.nio.file.Files.isRegularFile(f) && fingerprinted(name)) {
              byte[] bytes = java.nio.file.Files.readAllBytes(f);
              java.util.zip.CRC32 crc = new java.util.zip.CRC32();
              crc.update(bytes);
              files.put(name, bytes.length + " " + crc.getValue());
            }
          }
        }
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return java.util.Optional.empty();
    }
    StringBuilder all = new StringBuilder();
    files.forEach(
        (name, sizeAndCrc) -> all.append(name).append(' ').append(sizeAndCrc).append('\n'));
    return java.util.Optional.of(
        sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static boolean fingerprinted(String name) {
    return name.equals("burdenshare/" + MANIFEST)
        || name.startsWith("burdenshare/data/")
        || name.startsWith("burdenshare/reference/");
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
