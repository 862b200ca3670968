package org.burdenshare.store;

import java.util.List;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.releases.Editions;
import org.burdenshare.core.releases.PublisherCheck;
import org.burdenshare.core.releases.Release;

/**
 * What a snapshot is made of, before it is indexed into a {@link Figures}: read from the database
 * by {@link SnapshotReader}, or from the file {@link SnapshotFile} keeps beside it.
 *
 * @param releases in the database's order of precedence
 * @param observations in the order the database returned them
 * @param reference the reference countries and groups the figures were read with
 * @param lastCheck the last look at the publishers' pages, or null if none
 */
record SnapshotParts(
    List<Release> releases,
    List<Observation> observations,
    Editions editions,
    PublisherCheck lastCheck,
    Groups reference) {

  SnapshotParts {
    releases = List.copyOf(releases);
    observations = List.copyOf(observations);
  }

  Figures figures() {
    return new Figures(releases, observations, reference, editions, lastCheck);
  }
}
