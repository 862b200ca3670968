package org.burdenshare.core;

/** Test only: a root-package class that uses a subpackage (see ArchitectureTest). */
public final class RootUsingMaps {
  static Object uses() {
    return new org.burdenshare.core.maps.MapsUsingRoot();
  }
}
