package org.burdenshare.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the libraries' own log lines go (POI on a damaged workbook, Jetty and Javalin when
 * serving): to {@code burdenshare.log} in the data directory, never to the console, where the user
 * reads one message per failure in burdenshare's words. The file is what to attach to a bug report.
 */
final class LibraryLog {
  static final String FILE = "burdenshare.log";
  // slf4j-simple reads its settings once, when the first logger is made; these must be set before.
  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private LibraryLog() {}

  /**
   * Sends library logs to the data directory's log file, or switches them off when that cannot be
   * written (the command's own message says why the directory is unusable). A setting made
   * beforehand (by a test, or -D on the command line) is kept.
   */
  static void sendTo(Path dataDir) {
    if (System.getProperty(LOG_FILE) != null) {
      return;
    }
    Path file = dataDir.resolve(FILE);
    boolean writable;
    try {
      Files.createDirectories(dataDir);
      writable = Files.isWritable(dataDir) && (!Files.exists(file) || Files.isWritable(file));
    } catch (java.io.IOException | SecurityException e) {
      writable = false;
    }
    if (writable) {
      System.setProperty(LOG_FILE, file.toString());
    } else {
      System.setProperty(LEVEL, "off");
    }
  }
}
