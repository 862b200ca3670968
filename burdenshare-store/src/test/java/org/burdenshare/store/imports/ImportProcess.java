package org.burdenshare.store.imports;

import java.nio.file.Path;
import org.burdenshare.store.ReferenceData;
import org.burdenshare.store.Store;

/** A separate process that imports a SIPRI workbook, for the crash test to kill. */
public final class ImportProcess {
  private ImportProcess() {}

  public static void main(String[] args) {
    Store store = Store.open(Path.of(args[0]), m -> {});
    ImportedRelease r =
        SipriWorkbook.read(
            Path.of(args[1]), ReferenceData.load().countries(), ReleaseDetails.none(), m -> {});
    System.out.println("read");
    System.out.flush();
    store.importRelease(r, false, m -> {});
    System.out.println("done");
  }
}
