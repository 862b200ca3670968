package org.burdenshare.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.countries.Region;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Definition;
import org.burdenshare.core.releases.Edition;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.Holding;
import org.burdenshare.core.releases.Provenance;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.core.releases.Release;
import org.burdenshare.store.SnapshotIo.In;
import org.burdenshare.store.SnapshotIo.Out;

/**
 * A snapshot's parts as bytes and back, field by field with {@link DataOutputStream}: no JSON
 * library and no reflection, so that reading it costs a one-shot command little more than the read.
 * The strings of the figures (release, country, indicator, unit, table) are written once in a table
 * and referred to by number, as a figure repeats them.
 */
final class SnapshotCodec {
  private SnapshotCodec() {}

  static byte[] encode(SnapshotParts parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (Out out = new Out(bytes)) {
      out.writeInt(parts.releases().size());
      for (Release r : parts.releases()) {
        release(out, r);
      }
      Map<String, Integer> table = new LinkedHashMap<>();
      for (Observation o : parts.observations()) {
        for (String s :
            new String[] {o.release(), o.country(), o.indicator(), o.unit(), o.table()}) {
          table.putIfAbsent(s, table.size());
        }
      }
      out.strings(List.copyOf(table.keySet()));
      out.writeInt(parts.observations().size());
      for (Observation o : parts.observations()) {
        out.writeInt(table.get(o.release()));
        out.writeInt(table.get(o.country()));
        out.writeInt(o.year());
        out.writeInt(table.get(o.indicator()));
        out.writeInt(table.get(o.unit()));
        out.writeDouble(o.value());
        out.writeBoolean(o.estimate());
        out.writeInt(table.get(o.table()));
      }
      editions(out, parts.editions());
      lastCheck(out, parts.lastCheck());
      reference(out, parts.reference());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The parts the bytes hold.
   *
   * @throws IOException if they end early
   * @throws RuntimeException if they hold what no snapshot does (a record refuses a value)
   */
  static SnapshotParts decode(byte[] bytes) throws IOException {
    In in = new In(bytes);
    int releaseCount = in.readInt();
    List<Release> releases = new ArrayList<>(releaseCount);
    for (int i = 0; i < releaseCount; i++) {
      releases.add(release(in));
    }
    List<String> table = in.strings().stream().map(String::intern).toList();
    int count = in.readInt();
    List<Observation> observations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      observations.add(
          new Observation(
              table.get(in.readInt()),
              table.get(in.readInt()),
              in.readInt(),
              table.get(in.readInt()),
              table.get(in.readInt()),
              in.readDouble(),
              in.readBoolean(),
              table.get(in.readInt())));
    }
    Editions editions = editions(in);
    PublisherCheck lastCheck = lastCheck(in);
    Groups reference = reference(in);
    if (in.available() != 0) {
      throw new IOException("bytes after the snapshot");
    }
    return new SnapshotParts(releases, observations, editions, lastCheck, reference);
  }

  // ---------------------------------------------------------------- releases

  private static void release(Out out, Release r) throws IOException {
    out.string(r.id());
    out.string(r.dataset());
    out.string(r.publisher());
    out.string(r.title());
    out.date(r.published());
    out.date(r.cutoff());
    out.string(r.url());
    out.string(r.attribution());
    out.string(r.licence());
    out.writeInt(r.tables().size());
    for (Map.Entry<String, String> e : r.tables().entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue());
    }
    out.writeInt(r.decimals().size());
    for (Map.Entry<String, Integer> e : r.decimals().entrySet()) {
      out.string(e.getKey());
      out.writeInt(e.getValue());
    }
    out.strings(r.notes());
    out.writeBoolean(r.bundled());
    out.writeBoolean(r.partial());
    out.writeInt(r.holdings().size());
    for (Holding h : r.holdings()) {
      out.strings(h.indicators());
      out.writeInt(h.fromYear());
      out.writeInt(h.toYear());
      out.strings(h.countries());
    }
    out.writeInt(r.definitions().size());
    for (Map.Entry<String, Definition> e : r.definitions().entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue().table());
      out.string(e.getValue().measure());
      out.string(e.getValue().priceBase());
    }
    Provenance p = r.provenance();
    out.writeBoolean(p != null);
    if (p != null) {
      out.string(p.file());
      out.writeBoolean(p.bytes() != null);
      if (p.bytes() != null) {
        out.writeLong(p.bytes());
      }
      out.string(p.sha256());
      out.string(p.address());
      out.instant(p.retrieved());
      out.string(p.kept());
    }
  }

  private static Release release(In in) throws IOException {
    String id = in.string();
    String dataset = in.string();
    String publisher = in.string();
    String title = in.string();
    LocalDate published = in.date();
    LocalDate cutoff = in.date();
    String url = in.string();
    String attribution = in.string();
    String licence = in.string();
    Map<String, String> tables = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      tables.put(in.string(), in.string());
    }
    Map<String, Integer> decimals = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      decimals.put(in.string(), in.readInt());
    }
    List<String> notes = in.strings();
    boolean bundled = in.readBoolean();
    boolean partial = in.readBoolean();
    List<Holding> holdings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      holdings.add(new Holding(in.strings(), in.readInt(), in.readInt(), in.strings()));
    }
    Map<String, Definition> definitions = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      definitions.put(in.string(), new Definition(in.string(), in.string(), in.string()));
    }
    Provenance provenance = null;
    if (in.readBoolean()) {
      provenance =
          new Provenance(
              in.string(),
              in.readBoolean() ? in.readLong() : null,
              in.string(),
              in.string(),
              in.instant(),
              in.string());
    }
    return new Release(
        id,
        dataset,
        publisher,
        title,
        published,
        cutoff,
        url,
        attribution,
        licence,
        tables,
        decimals,
        notes,
        bundled,
        partial,
        holdings,
        definitions,
        provenance);
  }

  // ---------------------------------------------------------------- editions and the last check

  private static void editions(Out out, Editions editions) throws IOException {
    out.string(editions.dataset());
    out.writeInt(editions.all().size());
    for (Edition e : editions.all()) {
      out.string(e.kind());
      out.string(e.identifier());
      out.string(e.title());
      out.date(e.published());
      out.date(e.cutoff());
      out.string(e.estimateYears());
      out.string(e.url());
      out.string(e.source());
      out.string(e.confidence());
      out.string(e.bundledAs());
      out.string(e.notes());
    }
  }

  private static Editions editions(In in) throws IOException {
    String dataset = in.string();
    List<Edition> all = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      all.add(
          new Edition(
              in.string(),
              in.string(),
              in.string(),
              in.date(),
              in.date(),
              in.string(),
              in.string(),
              in.string(),
              in.string(),
              in.string(),
              in.string()));
    }
    return new Editions(dataset, all);
  }

  private static void lastCheck(Out out, PublisherCheck check) throws IOException {
    out.writeBoolean(check != null);
    if (check == null) {
      return;
    }
    out.instant(check.checked());
    out.writeInt(check.pages().size());
    for (PublisherCheck.Page p : check.pages()) {
      out.string(p.dataset());
      out.string(p.address());
      out.string(p.problem());
      out.strings(p.workbooks());
      out.strings(p.notImported());
    }
  }

  private static PublisherCheck lastCheck(In in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    Instant checked = in.instant();
    List<PublisherCheck.Page> pages = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      pages.add(
          new PublisherCheck.Page(
              in.string(), in.string(), in.string(), in.strings(), in.strings()));
    }
    return new PublisherCheck(checked, pages);
  }

  // ---------------------------------------------------------------- reference data

  private static void reference(Out out, Groups reference) throws IOException {
    List<Country> countries = reference.countries().all();
    out.writeInt(countries.size());
    for (Country c : countries) {
      out.string(c.iso3());
      out.string(c.name());
      out.date(c.natoAccession());
      out.date(c.euAccession());
      out.date(c.euExit());
      out.string(c.region().name());
      out.writeBoolean(c.armedForces());
      out.strings(c.aliases());
    }
    // Without the built-in groups (NATO, EU): Groups adds them itself, and refuses them twice.
    List<GroupDefinition> named =
        reference.definitions().stream().filter(d -> !d.builtIn()).toList();
    out.writeInt(named.size());
    for (GroupDefinition g : named) {
      out.string(g.name());
      out.string(g.description());
      out.string(g.expression());
    }
  }

  private static Groups reference(In in) throws IOException {
    List<Country> countries = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      countries.add(
          new Country(
              in.string(),
              in.string(),
              in.date(),
              in.date(),
              in.date(),
              Region.valueOf(in.string()),
              in.readBoolean(),
              in.strings()));
    }
    List<GroupDefinition> named = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      named.add(new GroupDefinition(in.string(), in.string(), in.string()));
    }
    return new Groups(new Countries(countries), named);
  }
}
