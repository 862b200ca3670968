package org.burdenshare.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database lives. In order: the --data-dir option, the BURDENSHARE_DATA_DIR environment
 * variable, $XDG_DATA_HOME/burdenshare, and $HOME/.local/share/burdenshare.
 */
public final class DataDirectory {
  public static final String ENV = "BURDENSHARE_DATA_DIR";
  public static final String DATABASE_FILE = "burdenshare.duckdb";

  private DataDirectory() {}

  /** The directory to use; {@code option} may be null. */
  public static Path resolve(Path option, Map<String, String> env) {
    if (option != null) {
      return option.toAbsolutePath().normalize();
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "burdenshare").toAbsolutePath().normalize();
    }
    // $HOME as the environment gives it (the XDG convention); Java's user.home comes from the
    // password database and ignores HOME=… on the command line
    String home = env.get("HOME");
    if (home == null || home.isBlank()) {
      home = System.getProperty("user.home");
    }
    return Path.of(home, ".local", "share", "burdenshare");
  }

  /** Creates the directory if needed and checks that files can be written in it. */
  static void ensureWritable(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw unusable("Cannot create the data directory ", dir, e);
    }
    if (!Files.isDirectory(dir)) {
      throw new StoreException(
          "The data directory " + dir + " is not a directory. Choose another with --data-dir.");
    }
    try {
      Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw unusable("Cannot write to the data directory ", dir, e);
    }
  }

  private static StoreException unusable(String what, Path dir, Exception e) {
    return new StoreException(
        what
            + dir
            + " ("
            + describe(e)
            + "). Choose a writable directory with --data-dir or "
            + ENV
            + ".");
  }

  static String describe(Exception e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
