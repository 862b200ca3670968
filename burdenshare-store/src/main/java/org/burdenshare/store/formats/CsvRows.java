package org.burdenshare.store.formats;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.burdenshare.store.StoreException;

/**
 * Reads a UTF-8 CSV file with a header row into rows that remember their line numbers, so that
 * every complaint about a cell can name the file, line and column.
 */
public final class CsvRows {
  private static final CsvMapper MAPPER = new CsvMapper();

  /** One data row: its 1-based line in the file and its cells by column name. */
  public record Row(String file, int line, List<String> header, List<String> cells) {
    public String get(String column) {
      int i = header.indexOf(column);
      return i < cells.size() ? cells.get(i).strip() : "";
    }

    /** An error that names this row's place and what was expected in a column. */
    public StoreException problem(String column, String expected) {
      return new StoreException(
          file
              + ", line "
              + line
              + ", column "
              + column
              + ": expected "
              + expected
              + ", found '"
              + get(column)
              + "'.");
    }
  }

  private CsvRows() {}

  /** The data rows of a file whose header must be exactly {@code expectedHeader}. */
  public static List<Row> read(byte[] content, String file, List<String> expectedHeader) {
    return read(content, file, expectedHeader, List.of());
  }

  /**
   * The data rows of a file whose header is {@code expectedHeader}, optionally followed by exactly
   * the {@code optionalColumns} (all of them, in that order).
   */
  public static List<Row> read(
      byte[] content, String file, List<String> expectedHeader, List<String> optionalColumns) {
    String text = decode(content, file);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        MAPPER
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(text)) {
      if (!it.hasNext()) {
        throw new StoreException(file + " is empty: expected a header row " + expectedHeader + ".");
      }
      List<String> header = it.next().stream().map(String::strip).toList();
      List<String> extended = new ArrayList<>(expectedHeader);
      extended.addAll(optionalColumns);
      if (!header.equals(expectedHeader)
          && !(optionalColumns.size() > 0 && header.equals(extended))) {
        throw new StoreException(
            file
                + ", line 1: expected the header "
                + String.join(",", expectedHeader)
                + (optionalColumns.isEmpty()
                    ? ""
                    : " (optionally followed by " + String.join(",", optionalColumns) + ")")
                + ", found "
                + String.join(",", header)
                + ".");
      }
      while (it.hasNext()) {
        int line = it.getCurrentLocation().getLineNr();
        List<String> cells = it.next();
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (cells.size() != header.size()) {
          throw new StoreException(
              file
                  + ", line "
                  + line
                  + ": expected "
                  + header.size()
                  + " columns, found "
                  + cells.size()
                  + ".");
        }
        rows.add(new Row(file, line, header, cells));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(file + " is not a readable CSV file: " + describe(e) + ".", e);
    }
    return rows;
  }

  /**
   * How a file shows it is UTF-16 — a byte-order mark, or (without one, as some exports write it) a
   * zero byte beside most letters of its first kilobytes — or null when it does not.
   */
  private static String utf16(byte[] b) {
    if (b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
            || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return "";
    }
    int n = Math.min(b.length, 4096) & ~1;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (pairs >= 4 && Math.max(evenZeros, oddZeros) * 10 >= pairs * 8) {
      return " without a byte-order mark (a zero byte beside every letter)";
    }
    return null;
  }

  /**
   * The parser's message in the file's terms: its first line and the line and column it names,
   * without the Java that follows ("through reference chain: java.util.ArrayList[2]").
   */
  private static String describe(Exception e) {
    Throwable t = e;
    while (t.getCause() != null
        && !(t instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
      t = t.getCause();
    }
    if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      var where = j.getLocation();
      String what = j.getOriginalMessage();
      what = what == null ? "malformed" : what.lines().findFirst().orElse("malformed");
      return where == null || where.getLineNr() < 1
          ? what
          : what + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
    String m = String.valueOf(e.getMessage());
    return m.lines().findFirst().orElse(m);
  }

  private static String decode(byte[] content, String file) {
    String utf16 = utf16(content);
    if (utf16 != null) {
      throw new StoreException(
          file
              + " is UTF-16 text"
              + utf16
              + ": expected a CSV file encoded in UTF-8. Save it again as \"CSV UTF-8\".");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new StoreException(file + " is not UTF-8 text: expected a CSV file encoded in UTF-8.");
    }
  }
}
