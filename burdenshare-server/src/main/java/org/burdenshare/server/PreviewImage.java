package org.burdenshare.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.burdenshare.render.Json;
import org.burdenshare.server.pages.Chart;

/**
 * The image a link preview shows (og:image): a page's first chart drawn on the server, 1200 × 630,
 * with its title and whole source line. Bars for rankings and maps (the year shown, highest first),
 * lines for series over years (one measure per axis, guidelines on the axis, estimates dashed);
 * other charts show their title and source only.
 */
final class PreviewImage {
  private PreviewImage() {}

  static {
    // drawing needs no display; set before the first use of AWT, once
    System.setProperty("java.awt.headless", "true");
  }

  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  private static final Color INK = new Color(0x1a1a1a);
  private static final Color MUTED = new Color(0x4a4a4a);
  private static final Color BAND = new Color(0x12263a);
  private static final Color[] PALETTE = {
    new Color(0x1f4e79), new Color(0xc55a11), new Color(0x2e7d32), new Color(0x6a1b9a)
  };
  private static final Color BELOW = new Color(0xb4481a);

  static byte[] png(Chart chart, String pageTitle) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(BAND);
      g.fillRect(0, 0, WIDTH, 64);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
      g.drawString("burdenshare", 40, 43);
      int after = 40 + g.getFontMetrics().stringWidth("burdenshare") + 16;
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
      g.drawString("who pays for the alliance", after, 43);
      Map<String, Object> spec = chart == null ? Map.of() : spec(chart);
      String title = String.valueOf(spec.getOrDefault("title", pageTitle));
      String source = String.valueOf(spec.getOrDefault("source", ""));
      if ("map".equals(spec.get("type"))) {
        Map<?, ?> year =
            (Map<?, ?>) ((Map<?, ?>) spec.get("years")).get(String.valueOf(spec.get("year")));
        title = title + ", " + spec.get("year");
        source = String.valueOf(year.get("source"));
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        ((List<?>) year.get("areas"))
            .stream()
                .map(a -> (List<?>) a)
                .sorted((a, b) -> Double.compare(number(b.get(1)), number(a.get(1))))
                .forEach(
                    a -> {
                      names.add(String.valueOf(a.get(3)));
                      values.add(number(a.get(1)));
                    });
        bars(g, names, values, "share".equals(spec.get("metric")) ? 2.0 : null);
      } else if ("bar".equals(spec.get("type")) && Boolean.TRUE.equals(spec.get("horizontal"))) {
        List<?> series = (List<?>) spec.get("series");
        List<Double> values = new ArrayList<>();
        for (Object v : (List<?>) ((Map<?, ?>) series.get(0)).get("data")) {
          values.add(v == null ? 0 : number(v));
        }
        List<String> names =
            ((List<?>) spec.get("categories")).stream().map(String::valueOf).toList();
        Object below = spec.get("below");
        bars(g, names, values, below == null ? null : number(below));
      } else if (spec.get("categories") != null && spec.get("series") != null) {
        lines(g, spec);
      }
      g.setColor(INK);
      g.setFont(shrunk(g, title, WIDTH - 80, Font.BOLD, 32));
      g.drawString(title, 40, 112);
      // the source whole, on as many lines as it takes (two at most at this size)
      g.setColor(MUTED);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
      List<String> sourceLines = wrap(g, source, WIDTH - 80);
      for (int i = 0; i < sourceLines.size(); i++) {
        g.drawString(sourceLines.get(i), 40, HEIGHT - 14 - 19 * (sourceLines.size() - 1 - i));
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The highest values as bars, with names and values; below a guideline in orange. */
  private static void bars(Graphics2D g, List<String> names, List<Double> values, Double below) {
    int n = Math.min(names.size(), 12);
    if (n == 0) {
      return;
    }
    double max = values.stream().limit(n).mapToDouble(Double::doubleValue).max().orElse(1);
    int top = 140;
    int row = (HEIGHT - 70 - top) / n;
    int left = 300;
    int right = WIDTH - 140;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.min(20, row - 6)));
    for (int i = 0; i < n; i++) {
      double v = values.get(i);
      int y = top + i * row;
      g.setColor(INK);
      g.drawString(fit(g, names.get(i), left - 50), 40, y + row - 10);
      g.setColor(below != null && v < below ? BELOW : PALETTE[0]);
      int w = (int) Math.round((right - left) * Math.max(0, v) / max);
      g.fillRect(left, y + 4, w, row - 8);
      g.setColor(INK);
      g.drawString(
          String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.2f", v), left + w + 8, y + row - 10);
    }
  }

  /**
   * Up to four series over the categories (years), as the page draws them: one measure per axis (a
   * second measure on its own axis at the right, named), each axis from zero and reaching the
   * guideline drawn on it, the publisher's estimates dashed, the legend whole.
   */
  private static void lines(Graphics2D g, Map<String, Object> spec) {
    List<?> categories = (List<?>) spec.get("categories");
    List<?> series = (List<?>) spec.get("series");
    int left = 130;
    int right = WIDTH - 130;
    int top = 190;
    int bottom = HEIGHT - 110;
    double[] max = new double[2];
    for (Object s : series) {
      int axis = axis(s);
      for (Object v : (List<?>) ((Map<?, ?>) s).get("data")) {
        if (v != null) {
          max[axis] = Math.max(max[axis], number(v));
        }
      }
    }
    List<Map<?, ?>> guidelines = new ArrayList<>();
    if (spec.get("lines") instanceof List<?> ls) {
      for (Object l : ls) {
        Map<?, ?> line = (Map<?, ?>) l;
        int axis = line.get("axis") instanceof Number n ? n.intValue() : 0;
        max[axis] = Math.max(max[axis], number(line.get("value")) * 1.1);
        guidelines.add(line);
      }
    }
    if (max[0] <= 0 || categories.size() < 2) {
      return;
    }
    g.setColor(new Color(0xc8c8c8));
    g.drawLine(left, bottom, right, bottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    g.setColor(MUTED);
    g.drawString(String.valueOf(categories.get(0)), left, bottom + 22);
    String last = String.valueOf(categories.get(categories.size() - 1));
    g.drawString(last, right - g.getFontMetrics().stringWidth(last), bottom + 22);
    axis(g, left, top, bottom, max[0], String.valueOf(spec.getOrDefault("yName", "")), false);
    if (max[1] > 0) {
      axis(g, right, top, bottom, max[1], String.valueOf(spec.getOrDefault("yName2", "")), true);
    }
    for (Map<?, ?> line : guidelines) {
      int axis = line.get("axis") instanceof Number n ? n.intValue() : 0;
      int y = bottom - (int) Math.round((bottom - top) * number(line.get("value")) / max[axis]);
      g.setColor(MUTED);
      g.setStroke(
          new BasicStroke(
              2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8, 6}, 0));
      g.drawLine(left, y, right, y);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
      g.drawString(String.valueOf(line.get("label")), left + 8, y - 6);
    }
    int legendX = left;
    int legendY = top - 40;
    boolean anyEstimate = false;
    for (int k = 0; k < Math.min(series.size(), PALETTE.length); k++) {
      Map<?, ?> s = (Map<?, ?>) series.get(k);
      List<?> data = (List<?>) s.get("data");
      List<?> estimates = s.get("estimates") instanceof List<?> e ? e : List.of();
      int axis = axis(s);
      g.setColor(PALETTE[k]);
      int px = -1;
      int py = -1;
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i) == null) {
          px = -1;
          continue;
        }
        int x = left + (right - left) * i / (categories.size() - 1);
        int y = bottom - (int) Math.round((bottom - top) * number(data.get(i)) / max[axis]);
        boolean estimate = i < estimates.size() && Boolean.TRUE.equals(estimates.get(i));
        anyEstimate |= estimate;
        g.setStroke(
            estimate
                ? new BasicStroke(
                    4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10, 8}, 0)
                : new BasicStroke(4f));
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        px = x;
        py = y;
      }
      g.setStroke(new BasicStroke(4f));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
      String name = s.get("name") + (axis == 1 ? " (right axis)" : "");
      int w = g.getFontMetrics().stringWidth(name) + 36;
      if (legendX + w > WIDTH - 40) {
        legendX = left;
        legendY += 24;
      }
      g.drawLine(legendX, legendY - 6, legendX + 22, legendY - 6);
      g.drawString(name, legendX + 28, legendY);
      legendX += w + 12;
    }
    if (anyEstimate) {
      g.setColor(MUTED);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
      g.drawString("Dashed: the publisher's estimates.", left, bottom + 44);
    }
  }

  private static int axis(Object series) {
    return ((Map<?, ?>) series).get("axis") instanceof Number n && n.intValue() == 1 ? 1 : 0;
  }

  /** An axis from zero to its top, both ends labelled, its measure named at the top. */
  private static void axis(
      Graphics2D g, int x, int top, int bottom, double max, String unit, boolean onTheRight) {
    g.setColor(new Color(0xc8c8c8));
    g.setStroke(new BasicStroke(1f));
    g.drawLine(x, top, x, bottom);
    g.setColor(MUTED);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    String high = String.format(Locale.ROOT, max >= 100 ? "%,.0f" : "%.1f", max);
    int hw = g.getFontMetrics().stringWidth(high);
    int zw = g.getFontMetrics().stringWidth("0");
    g.drawString(high, onTheRight ? x + 10 : x - 10 - hw, top + 6);
    g.drawString("0", onTheRight ? x + 10 : x - 10 - zw, bottom + 6);
    int uw = g.getFontMetrics().stringWidth(unit);
    // the measure's name above the plot, where no guideline's label can fall on it
    g.drawString(unit, onTheRight ? x - uw : x, top - 10);
  }

  /** The font at the given size, or smaller until the text fits the width (down to 20). */
  private static Font shrunk(Graphics2D g, String text, int width, int style, int size) {
    Font f = new Font(Font.SANS_SERIF, style, size);
    while (size > 20 && g.getFontMetrics(f).stringWidth(text) > width) {
      size -= 2;
      f = new Font(Font.SANS_SERIF, style, size);
    }
    return f;
  }

  /** The words of a text in lines no wider than the width. */
  private static List<String> wrap(Graphics2D g, String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (g.getFontMetrics().stringWidth(tried) > width && line.length() > 0) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  private static String fit(Graphics2D g, String text, int width) {
    if (g.getFontMetrics().stringWidth(text) <= width) {
      return text;
    }
    String t = text;
    while (!t.isEmpty() && g.getFontMetrics().stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }

  private static double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
      return n.doubleValue();
    }
    return 0;
  }

  private static Map<String, Object> spec(Chart chart) {
    try {
      return Json.COMPACT.readValue(chart.json(), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
