package org.burdenshare.store.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.burdenshare.store.StoreException;

/**
 * Opens Excel workbooks defensively: a size limit before anything is read, POI's zip-bomb guards,
 * and one clear message for a file that is truncated, corrupted or of another kind.
 */
public final class Workbooks {
  /**
   * Larger files are refused before they are read: SIPRI's workbook is under 1 MB, NATO's 100 KB.
   */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /**
   * The most a workbook may expand to, all its parts together: SIPRI's workbook expands to under 4
   * MB, NATO's to under 1 MB. Checked while the parts are inflated, before the spreadsheet library
   * reads any, so that a bomb made of many parts each under the ratio and entry guards (50 parts of
   * 95 MB) is refused with the same message by any heap from 512 MB up.
   */
  public static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

  /** The most parts a workbook may hold: NATO's has 50, SIPRI's 21. */
  public static final int MAX_PARTS = 1_000;

  private Workbooks() {}

  /**
   * Opens a workbook from the bytes {@link #bytes} already read (and checked), so that an import
   * reads its file once.
   */
  public static XSSFWorkbook open(Path file, byte[] content) {
    return opened(file, content, XSSFWorkbook::new);
  }

  /**
   * Opens a workbook's package from the bytes {@link #bytes} already read (and checked) without
   * reading its sheets, for the importers that read them as streams of rows.
   */
  static OPCPackage openPackage(Path file, byte[] content) {
    return opened(file, content, OPCPackage::open);
  }

  /** How a workbook or its package is made from its bytes. */
  @FunctionalInterface
  private interface Opener<T> {
    T open(InputStream in) throws IOException, InvalidFormatException;
  }

  /** Opens with POI's zip-bomb guards, turning what POI throws into one message naming the file. */
  private static <T> T opened(Path file, byte[] content, Opener<T> opener) {
    checkPackage(file, content);
    try {
      // A zip bomb inflates far beyond its size; refuse entries that expand more than 100 times
      // or beyond 200 MB.
      ZipSecureFile.setMinInflateRatio(0.01);
      ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
      try (InputStream in = new java.io.ByteArrayInputStream(content)) {
        return opener.open(in);
      }
    } catch (EmptyFileException e) {
      throw new StoreException(file + " is empty: expected an Excel workbook (.xlsx).");
    } catch (UnsupportedFileFormatException
        | org.apache.poi.ooxml.POIXMLException
        | InvalidFormatException e) {
      throw new StoreException(
          file
              + " is not an Excel workbook (.xlsx) — it may be another kind of file renamed, or"
              + " truncated. ("
              + firstLine(e)
              + ")");
    } catch (IOException | RuntimeException e) {
      if (e instanceof StoreException se) {
        throw se;
      }
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("inflate") || m.contains("exceed")) {
        throw new StoreException(
            file
                + " looks like a zip bomb: an entry would expand far beyond its size. Nothing was imported.");
      }
      throw new StoreException(
          file
              + " cannot be read as an Excel workbook (.xlsx): it may be truncated or corrupted. ("
              + firstLine(e)
              + ")");
    }
  }

  /**
   * Checks the zip package before the spreadsheet library reads it, which passes over a damaged
   * part with a log line and reads on, so that a truncated file would be reported as a workbook
   * without the expected tables, and a part with a DOCTYPE as one without a creation date. Every
   * entry must decompress, and no XML part may declare a DOCTYPE (Excel never writes one; it is how
   * entity attacks begin).
   */
  static void checkPackage(Path file, byte[] content) {
    parts(file, content, false);
  }

  /**
   * The parts of a workbook's zip package, inflated, after the checks of {@link #checkPackage}; or
   * null for a file that is not a zip at all (POI says which kind of file it is).
   *
   * @param keep whether to keep the parts' bytes (else only checked, and none returned)
   */
  static Map<String, byte[]> parts(Path file, byte[] content, boolean keep) {
    if (content.length == 0) {
      throw new StoreException(file + " is empty: expected an Excel workbook (.xlsx).");
    }
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      return null;
    }
    if (!hasEndOfDirectory(content)) {
      throw new StoreException(
          file
              + " is truncated: the zip directory at the end of an Excel workbook is missing."
              + " Download it again; nothing was imported.");
    }
    String entry = null;
    boolean inside = false; // reading the entry's bytes, rather than the header after it
    long inflated = 0;
    int parts = 0;
    Map<String, byte[]> found = new LinkedHashMap<>();
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
      byte[] buffer = new byte[8192];
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entry = e.getName();
        // the part's bytes, in an array of the size the zip gives (kept as it is when it was right)
        byte[] part = keep ? new byte[(int) Math.min(Math.max(e.getSize(), 8192), 1 << 20)] : null;
        int filled = 0;
        long expanded = 0;
        if (++parts > MAX_PARTS) {
          throw new StoreException(
              file
                  + " holds more than "
                  + MAX_PARTS
                  + " parts; an Excel workbook of figures holds a few dozen. Nothing was"
                  + " imported.");
        }
        inside = true;
        boolean xml = entry.endsWith(".xml") || entry.endsWith(".rels");
        StringBuilder head = new StringBuilder();
        for (int n; (n = zip.read(buffer)) > 0; ) {
          inflated += n;
          expanded += n;
          if (keep) {
            if (filled + n > part.length) {
              part = java.util.Arrays.copyOf(part, Math.max(part.length * 2, filled + n));
            }
            System.arraycopy(buffer, 0, part, filled, n);
            filled += n;
          }
          if (inflated > MAX_INFLATED_BYTES) {
            throw new StoreException(
                file
                    + " is too large inside: its parts expand to more than "
                    + MAX_INFLATED_BYTES / (1024 * 1024)
                    + " MB (reached in "
                    + entry
                    + ", part "
                    + parts
                    + "), where the workbooks of NATO and SIPRI expand to a few MB. It is a zip"
                    + " bomb, or holds sheets with far more rows than a table of figures (rows"
                    + " added below the tables?). Nothing was imported.");
          }
          if (xml && head.length() < 4096) {
            head.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
          }
        }
        if (xml && head.toString().toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
          throw new StoreException(
              file
                  + " is malformed: its part "
                  + entry
                  + " declares a DOCTYPE, which Excel never writes. Nothing was imported.");
        }
        inside = false;
        // POI's guard, for the importers that no longer open the package with POI: an entry of
        // more than 100 kB that expands more than 100 times
        if (expanded > 100 * 1024
            && e.getCompressedSize() >= 0
            && e.getCompressedSize() < expanded * 0.01) {
          throw new StoreException(
              file
                  + " looks like a zip bomb: an entry would expand far beyond its size. Nothing was"
                  + " imported.");
        }
        if (keep) {
          found.putIfAbsent(
              entry, filled == part.length ? part : java.util.Arrays.copyOf(part, filled));
        }
      }
    } catch (IOException e) {
      throw new StoreException(
          file
              + " is damaged: "
              + (entry == null
                  ? "its first part"
                  : inside ? "its part " + entry : "the part after " + entry)
              + " cannot be decompressed ("
              + firstLine(e)
              + "). Download it again; nothing was imported.");
    }
    return found;
  }

  /** Whether the zip's end-of-central-directory record (PK 5 6) is in its last 64 KiB. */
  private static boolean hasEndOfDirectory(byte[] b) {
    int stop = Math.max(0, b.length - 22 - 65_535);
    for (int i = b.length - 22; i >= stop; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  /** The first line of a library's message, without the Java class names it may carry. */
  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.replaceAll("(?:[a-z0-9_]+\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error):\\s*", "");
  }

  /** A cell's address for messages: Sheet!B12. */
  public static String address(Cell c) {
    return c.getSheet().getSheetName()
        + "!"
        + new CellReference(c.getRowIndex(), c.getColumnIndex()).formatAsString(false);
  }

  /** A cell's text, or "" for blank and numeric cells. */
  public static String text(Cell c) {
    if (c == null) {
      return "";
    }
    CellType t =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return t == CellType.STRING ? c.getStringCellValue().strip() : "";
  }

  public static boolean isNumber(Cell c) {
    if (c == null) {
      return false;
    }
    CellType t =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return t == CellType.NUMERIC;
  }

  /**
   * A numeric cell's value; a cell whose type and content disagree (a corrupted file) names itself.
   */
  public static double number(Cell c) {
    try {
      return c.getNumericCellValue();
    } catch (IllegalStateException | NumberFormatException e) {
      throw new StoreException(
          address(c)
              + ": the cell cannot be read as a number ("
              + e.getMessage()
              + "); the file may be corrupted.");
    }
  }

  /**
   * Runs a reader, turning whatever a damaged file makes the spreadsheet library throw into one
   * message that names the file.
   */
  public static <T> T guarded(java.nio.file.Path file, java.util.function.Supplier<T> reader) {
    try {
      return reader.get();
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException(
          file
              + " cannot be read: "
              + firstLine(e)
              + ". The file may be truncated or corrupted; nothing was imported.");
    }
  }

  /** What an importer does with a workbook once it is open: its figures, from it and its bytes. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(XSSFWorkbook workbook, byte[] bytes);
  }

  /**
   * Opens a workbook the way every import does — its size checked, its package checked, POI's
   * failures turned into one message naming the file — and hands it to the importer.
   */
  public static <T> T importing(java.nio.file.Path file, Reader<T> reader) {
    return guarded(
        file,
        () -> {
          byte[] bytes = bytes(file);
          try (XSSFWorkbook wb = open(file, bytes)) {
            return reader.read(wb, bytes);
          } catch (java.io.IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage());
          }
        });
  }

  /** What an importer that reads sheets as streams does with a workbook's parts. */
  @FunctionalInterface
  interface PackageReader<T> {
    T read(XlsxParts workbook, byte[] bytes);
  }

  /**
   * Opens a workbook's package the way every import does (see {@link #importing}) without reading
   * its sheets into memory, and hands its parts to the importer: the parts the package check
   * inflated, read without POI's package and styles objects ({@link XlsxParts}).
   */
  static <T> T streaming(Path file, PackageReader<T> reader) {
    return guarded(
        file,
        () -> {
          byte[] bytes = bytes(file);
          Map<String, byte[]> parts = parts(file, bytes, true);
          if (parts == null) {
            // not a zip: POI's opening says which kind of file it is (an old .xls, a text...)
            openPackage(file, bytes).revert();
            throw new StoreException(
                file
                    + " is not an Excel workbook (.xlsx) — it may be another kind of file renamed,"
                    + " or truncated.");
          }
          return reader.read(XlsxParts.of(file, parts), bytes);
        });
  }

  /** A file's bytes, after the checks every import makes: it exists, and it is not too large. */
  public static byte[] bytes(java.nio.file.Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new StoreException(file + " does not exist or is not a file.");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new StoreException(
            file + " is " + size + " bytes; files up to " + MAX_BYTES + " bytes are imported.");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new StoreException("Cannot read " + file + ": " + firstLine(e) + ".");
    }
  }

  /** A header cell's year, written as text or as a number ("2019", 2019), or "" for neither. */
  public static String yearText(Cell c) {
    String t = text(c);
    if (t.isEmpty() && isNumber(c)) {
      double v = number(c);
      t = v == Math.rint(v) ? Integer.toString((int) v) : "";
    }
    return t;
  }

  /**
   * The date the workbook says it was created; an error asking for --published when it says none.
   */
  public static java.time.LocalDate created(XSSFWorkbook wb, Path file) {
    java.util.Date created = wb.getProperties().getCoreProperties().getCreated();
    if (created == null) {
      throw new StoreException(
          file + " says nothing of its publication date: give it with --published YYYY-MM-DD.");
    }
    return created.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }
}
