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

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
