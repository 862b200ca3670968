package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.burdenshare.core.errors.InvalidQueryException;

/**
 * Turns sentences into claims with the patterns and lexicon of a {@link Language}. The code knows
 * only the slot types (subject, others, count, percent, money, year, hedge, real) and how to turn
 * what they matched into claim-language values; which words and sentence shapes mean what is data.
 */
public final class ClaimReader {
  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{([a-z]+)(\\d?)\\}");
  private static final java.util.regex.Pattern VARIABLE =
      java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)\\}");
  private static final java.util.regex.Pattern INNER_GROUP =
      java.util.regex.Pattern.compile("\\(\\?<([a-z]+)>");

  private final Language language;

  /** The language's ways of writing a date, compiled once rather than for every text. */
  private final Sentences.Datelines datelines;

  private final List<Compiled> patterns = new ArrayList<>();
  private final Map<String, String> subjects = new HashMap<>();
  private final ClaimComposer composer;

  /** A pattern compiled to a regular expression, with the slots it uses. */
  private record Compiled(
      Language.Pattern pattern, java.util.regex.Pattern regex, List<String> slots) {
    /** Whether the shape begins with its subject: it can match only where a subject begins. */
    boolean subjectFirst() {
      return regex.pattern().startsWith("(?<subject>");
    }
  }

  private static final int FLAGS =
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE;

  /**
   * The subjects alone, as the shapes' {subject} slot matches them: where it matches in a sentence
   * is found once and shared by every shape that begins with its subject (most do), instead of each
   * shape looking for a subject at every word.
   */
  private final java.util.regex.Pattern subjectStart;

  public ClaimReader(Language language) {
    this.language = language;
    this.datelines = new Sentences.Datelines(language);
    this.composer = new ClaimComposer(language);
    this.numberWord =
        language.numbers().isEmpty()
            ? null
            : java.util.regex.Pattern.compile(
                ".*\\b(?:"
                    + language.numbers().keySet().stream()
                        .map(java.util.regex.Pattern::quote)
                        .collect(Collectors.joining("|"))
                    + ")\\b.*");
    language.subjects().forEach((k, v) -> subjects.put(WordPatterns.normalise(k), v));
    for (Language.Pattern p : language.patterns()) {
      List<String> slots = new ArrayList<>();
      String regex = expand(p.regex(), slots, 0);
      patterns.add(new Compiled(p, java.util.regex.Pattern.compile(regex, FLAGS), slots));
    }
    subjectStart = java.util.regex.Pattern.compile(slotBody("subject", 0), FLAGS);
  }

  public Language language() {
    return language;
  }

  /** The compositional reader of the same language (built once: it indexes the lexicon). */
  public ClaimComposer composer() {
    return composer;
  }

  /** Rewrites {slot} placeholders into named groups, recursively, prefixing inner group names. */
  private String expand(String regex, List<String> slots, int depth) {
    if (depth > 4) {
      throw new IllegalArgumentException("slots nest too deeply in " + regex);
    }
    Matcher m = PLACEHOLDER.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String type = m.group(1);
      String body = slotBody(type, depth);
      if (depth > 0) {
        // A slot inside a slot matches but does not capture: the outer slot names what it needs,
        // e.g. (?<count>{number}) inside {others}.
        m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        continue;
      }
      String name = type + m.group(2);
      body = INNER_GROUP.matcher(body).replaceAll(g -> "(?<" + name + g.group(1) + ">");
      slots.add(name);
      m.appendReplacement(out, Matcher.quoteReplacement("(?<" + name + ">" + body + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String slotBody(String type, int depth) {
    return switch (type) {
      case "subject" -> WordPatterns.word(language.subjects().keySet());
      case "number", "count" ->
          "\\d[\\d,]*(?:\\.\\d+)?|" + WordPatterns.word(language.numbers().keySet());
      case "scale" -> WordPatterns.alternation(language.scales().keySet());
      case "currency" -> WordPatterns.alternation(language.currencies().keySet());
      case "hedge" -> WordPatterns.word(language.hedges().keySet());
      default -> {
        String body = language.slots().get(type);
        if (body == null) {
          throw new IllegalArgumentException(
              "unknown slot {" + type + "} in language " + language.code());
        }
        yield expand(body, new ArrayList<>(), depth + 1);
      }
    };
  }

  /** The claim a sentence makes, if a pattern reads it. */
  public Optional<Reading> read(String sentence, LocalDate date) {
    String text = WordPatterns.normalise(sentence);
    int[] subjects = null;
    for (Compiled c : patterns) {
      Matcher m = c.regex().matcher(text);
      if (!c.subjectFirst()) {
        Reading r = m.find() ? reading(c, m, date, text) : null;
        if (r != null) {
          return Optional.of(r);
        }
        continue;
      }
      // the first place, left to right, where the shape matches is where find() would stop: it
      // is tried only where a subject begins, seeing the text before and after that place
      subjects = subjects == null ? subjectStarts(text) : subjects;
      for (int at : subjects) {
        m.region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        Reading r = m.lookingAt() ? reading(c, m, date, text) : null;
        if (r != null) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /** Every place where a subject begins in a text, in order (overlapping ones too). */
  private int[] subjectStarts(String text) {
    Matcher m = subjectStart.matcher(text);
    List<Integer> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      out.add(m.start());
      from = m.start() + 1;
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The reading a pattern's match makes; null when a slot holds what it cannot be. */
  private Reading reading(Compiled c, Matcher m, LocalDate date, String text) {
    Map<String, String> vars = new LinkedHashMap<>();
    Map<String, Integer> stated = new LinkedHashMap<>();
    int year = yearMentioned(text, date);
    String op = "=";
    String tolerance = "";
    boolean real = false;
    for (String slot : c.slots()) {
      String value = m.group(slot);
      if (value == null) {
        continue;
      }
      String type = slot.replaceAll("\\d+$", "");
      switch (type) {
        case "subject" -> {
          if (ShapeSlots.othersBefore(language, text, m.start(slot))) {
            return null; // "the rest of the alliance spent …": not the alliance, the others
          }
          vars.put(slot, subject(value));
        }
        case "count" -> vars.put(slot, Integer.toString(number(value)));
        case "percent" -> {
          vars.put(slot, decimal(group(m, slot + "value")) + "%");
          vars.put(slot + "Number", decimal(group(m, slot + "value")));
        }
        case "money" -> {
          String currency = currency(group(m, slot + "currency"), group(m, slot + "currencyword"));
          if (currency.isEmpty()
              && group(m, slot + "scale") == null
              && ShapeSlots.percentAfter(text, m.end(slot + "amount"))) {
            return null; // "spends 96 % more": a percentage is no sum
          }
          String scale =
              group(m, slot + "scale") == null
                  ? ""
                  : language.scales().get(WordPatterns.normalise(group(m, slot + "scale")));
          vars.put(
              slot,
              decimal(group(m, slot + "amount"))
                  + (scale.isEmpty() ? "" : " " + scale)
                  + (currency.isEmpty() ? "" : " " + currency));
          vars.put(
              "moneyIndicator",
              currency.equals("USD") || currency.isEmpty()
                  ? "defence_exp_current_usd"
                  : "defence_exp_national_currency");
        }
        case "year" -> {
          if (group(m, slot + "value") != null) {
            year = Integer.parseInt(group(m, slot + "value"));
          } else if (group(m, slot + "relative") != null) {
            year =
                date.getYear()
                    + language
                        .relativeYears()
                        .getOrDefault(WordPatterns.normalise(group(m, slot + "relative")), 0);
          }
        }
        case "hedge" -> {
          String effect = language.hedges().get(WordPatterns.normalise(value));
          if (effect != null && effect.startsWith("within")) {
            tolerance = " " + effect;
          } else if (effect != null) {
            op = effect;
          }
        }
        case "others" -> {
          String count = group(m, slot + "count");
          if (count != null) {
            stated.put("others", number(count));
          }
        }
        case "real" -> real = true;
        default -> {}
      }
    }
    vars.put("year", Integer.toString(year));
    vars.put("prevYear", Integer.toString(year - 1));
    vars.put("op", op);
    vars.put("tolerance", tolerance);
    vars.put("changeIndicator", real ? "defence_exp_constant_usd" : "defence_exp_current_usd");
    vars.putIfAbsent("moneyIndicator", "defence_exp_current_usd");
    if (vars.containsKey("subject")) {
      vars.put("others", "NATO-" + parenthesise(vars.get("subject")));
    }
    String claimText = substitute(c.pattern().claim(), vars);
    Claim claim;
    try {
      claim = ClaimParser.parse(claimText);
    } catch (InvalidQueryException e) {
      throw new IllegalStateException(
          "pattern " + c.pattern().id() + " made an unreadable claim: " + claimText, e);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (stated.containsKey("others")) {
      counts.put(vars.get("others"), stated.get("others"));
    }
    if (vars.containsKey("count2")) {
      counts.put("NATO", Integer.parseInt(vars.get("count2")));
    }
    return new Reading(c.pattern().id(), claim, counts);
  }

  private static final java.util.regex.Pattern YEAR_MENTIONED =
      java.util.regex.Pattern.compile("\\b(?:in|for|of|during) ((?:19|20)\\d{2})\\b");

  /** A year the sentence mentions anywhere ("in 2019", "last year"), else the claim date's. */
  private int yearMentioned(String text, LocalDate date) {
    Matcher y = YEAR_MENTIONED.matcher(text);
    if (y.find()) {
      return Integer.parseInt(y.group(1));
    }
    for (Map.Entry<String, Integer> e : language.relativeYears().entrySet()) {
      if (text.contains(e.getKey())) {
        return date.getYear() + e.getValue();
      }
    }
    return date.getYear();
  }

  private static String parenthesise(String group) {
    return group.matches("[A-Za-z0-9_]+") ? group : "(" + group + ")";
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String substitute(String template, Map<String, String> vars) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = vars.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("no value for ${" + m.group(1) + "} in " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private String subject(String phrase) {
    String group = subjects.get(WordPatterns.normalise(phrase));
    if (group == null) {
      throw new IllegalStateException("no subject " + phrase);
    }
    return group;
  }

  private int number(String s) {
    String n = WordPatterns.normalise(s).replace(",", "").replace(" ", "");
    Integer word = language.numbers().get(n);
    return word != null ? word : Integer.parseInt(n);
  }

  /** A number as the language writes it, in the claim language's form (1.38, 730000). */
  private String decimal(String s) {
    String n = s.replace("\u00a0", "").replace(" ", "");
    n = language.decimalComma() ? n.replace(".", "").replace(",", ".") : n.replace(",", "");
    return new BigDecimal(n).toPlainString();
  }

  private String currency(String sign, String word) {
    for (String s : new String[] {sign, word}) {
      if (s != null && language.currencies().containsKey(WordPatterns.normalise(s))) {
        return language.currencies().get(WordPatterns.normalise(s));
      }
    }
    return "";
  }

  /** Whether a sentence has figures or spending words that make it worth checking. */
  public boolean checkworthy(String sentence) {
    String text = WordPatterns.normalise(sentence);
    if (DIGIT.matcher(text).matches()) {
      return language.checkworthy().stream().anyMatch(text::contains) || text.contains("%");
    }
    return language.checkworthy().stream().anyMatch(w -> text.contains(w))
        && numberWord != null
        && numberWord.matcher(text).matches();
  }

  private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile(".*\\d.*");

  /**
   * A number word as a whole word anywhere (in the {@code .*} form of the per-word test it stands
   * for, so that it matches the same texts), compiled once instead of once per word and sentence.
   */
  private final java.util.regex.Pattern numberWord;

  /** Splits a text into sentences, keeping abbreviations such as "U.S." inside them. */
  public List<String> sentences(String text) {
    return Sentences.split(text, language);
  }

  /** The first date written in the text ("Nov. 28, 2019", "28 November 2019", "2019-11-28"). */
  public Optional<LocalDate> dateline(String text) {
    return datelines.first(text);
  }
}
