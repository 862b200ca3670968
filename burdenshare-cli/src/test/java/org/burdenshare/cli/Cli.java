package org.burdenshare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process against a data directory and captures what it prints. */
final class Cli {
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(Path dataDir, String... args) {
    return run(dataDir, Map.of(), args);
  }

  /** The same, in an environment (proxy settings, say). */
  static Result run(Path dataDir, Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data-dir");
    all.add(dataDir.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(all.toArray(String[]::new), env, new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  /**
   * A fingerprint of every file in a directory, to show that a command changed nothing. The
   * libraries' log ({@code burdenshare.log}, where a failure's details go instead of the console)
   * is not data, and is left out; nor is the snapshot a command that answered keeps beside the
   * database, a copy of what the database holds made to answer the next command sooner.
   */
  static String fingerprint(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return "absent";
    }
    StringBuilder b = new StringBuilder();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted().toList()) {
        if (p.getFileName().toString().startsWith("burdenshare.log")
            || p.getFileName().toString().equals("burdenshare.snapshot")) {
          continue;
        }
        b.append(dir.relativize(p)).append('=');
        b.append(Files.isRegularFile(p) ? sha256(Files.readAllBytes(p)) : "dir").append('\n');
      }
    }
    return b.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
