package org.burdenshare.core.maps;

/** Test only: a subpackage class that uses the root package back (see ArchitectureTest). */
public final class MapsUsingRoot {
  Object back() {
    return org.burdenshare.core.RootUsingMaps.class;
  }
}
