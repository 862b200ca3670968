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
 * with its title and source line. Bars for rankings and maps (the year shown, highest first), lines
 * for series over years; other charts show their title and source only.
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
        lines(
            g,
            (List<?>) spec.get("categories"),
            (List<?>) spec.get("series"),
            String.valueOf(spec.getOrDefault("yName", "")));
      }
      g.setColor(INK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
      g.drawString(fit(g, title, WIDTH - 80), 40, 112);
      g.setColor(MUTED);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
      g.drawString(fit(g, source, WIDTH - 80), 40, HEIGHT - 24);
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

  /** Up to four series over the categories (years), on one axis from zero. */
  private static void lines(Graphics2D g, List<?> categories, List<?> series, String unit) {
    int left = 130;
    int right = WIDTH - 60;
    int top = 160;
    int bottom = HEIGHT - 90;
    double max = 0;
    for (Object s : series) {
      for (Object v : (List<?>) ((Map<?, ?>) s).get("data")) {
        if (v != null) {
          max = Math.max(max, number(v));
        }
      }
    }
    if (max <= 0 || categories.size() < 2) {
      return;
    }
    g.setColor(new Color(0xc8c8c8));
    g.drawLine(left, bottom, right, bottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    g.setColor(MUTED);
    g.drawString(String.valueOf(categories.get(0)), left, bottom + 22);
    // the axis runs from zero: its two ends say so
    g.drawLine(left, top, left, bottom);
    String high = String.format(Locale.ROOT, max >= 100 ? "%,.0f" : "%.1f", max);
    g.drawString(high, left - 10 - g.getFontMetrics().stringWidth(high), top + 6);
    g.drawString("0", left - 10 - g.getFontMetrics().stringWidth("0"), bottom + 6);
    g.drawString(fit(g, unit, 300), left + 8, top + 22);
    String last = String.valueOf(categories.get(categories.size() - 1));
    g.drawString(last, right - g.getFontMetrics().stringWidth(last), bottom + 22);
    g.setStroke(new BasicStroke(4f));
    for (int k = 0; k < Math.min(series.size(), PALETTE.length); k++) {
      Map<?, ?> s = (Map<?, ?>) series.get(k);
      List<?> data = (List<?>) s.get("data");
      g.setColor(PALETTE[k]);
      int px = -1;
      int py = -1;
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i) == null) {
          px = -1;
          continue;
        }
        int x = left + (right - left) * i / (categories.size() - 1);
        int y = bottom - (int) Math.round((bottom - top) * number(data.get(i)) / max);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        px = x;
        py = y;
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
      g.drawString(fit(g, String.valueOf(s.get("name")), 250), left + 10 + 270 * k, top - 10);
    }
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
