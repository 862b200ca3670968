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

  /**
   * Beyond this size the log is moved to {@code burdenshare.log.1} (replacing it) when a run
   * starts.
   */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  private LibraryLog() {}

  /**
   * Keeps the log from growing without end (a damaged workbook can add 1.5 MB of library lines): at
   * most this run's lines, the log before, and one older log are kept.
   */
  static void rotate(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        Files.move(
            file,
            file.resolveSibling(FILE + ".1"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (java.io.IOException | SecurityException e) {
      // the log is for bug reports; a run goes on without rotating it
    }
  }

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
      rotate(file);
      System.setProperty(LOG_FILE, file.toString());
    } else {
      System.setProperty(LEVEL, "off");
    }
  }
}
