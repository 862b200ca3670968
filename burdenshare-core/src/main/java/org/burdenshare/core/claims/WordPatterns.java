package org.burdenshare.core.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Regular expressions for lists of words as the readers match them: whole words only, and a long
 * list as a tree of letters ("germany?" for "german" and "germany"), which a matcher walks once
 * where it would try each word in turn; and the one normal form texts and words are compared in.
 */
final class WordPatterns {
  private WordPatterns() {}

  /** Whole words only: "us" must not match inside "Belarus". */
  static String word(java.util.Collection<String> words) {
    return "(?<![\\p{L}])(?:" + trie(words) + ")(?![\\p{L}])";
  }

  /**
   * The same alternation as {@link #alternation}, longest first, written as a tree of the words'
   * letters ("g(?:erman(?:y|)|re(?:ece|ek))"): a list of 150 subjects tried word after word at
   * every place a word could start was half the time of checking an article; the tree tries one
   * letter per branch. It matches what the list matches and prefers the same word: the words that
   * match at one place are each a prefix of the next longer one, so they lie on one path of the
   * tree, where the longer is tried first (a word that ends at a branch is its last, empty,
   * alternative). Words that differ only in case, or letters that fold to the same under Unicode
   * case-insensitive matching, keep the list.
   */
  static String trie(java.util.Collection<String> words) {
    Node root = new Node();
    for (String w : words) {
      if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
        return alternation(words);
      }
      Node n = root;
      for (int i = 0; i < w.length(); ) {
        int c = w.codePointAt(i);
        i += Character.charCount(c);
        int folded = Character.toLowerCase(Character.toUpperCase(c));
        Node next = n.children.get(folded);
        if (next != null && next.codePoint != c) {
          return alternation(words); // two letters that match the same text
        }
        if (next == null) {
          next = new Node();
          next.codePoint = c;
          n.children.put(folded, next);
        }
        n = next;
      }
      n.word = true;
    }
    return root.rest();
  }

  /** A node of {@link #trie}: the letter that leads to it, and whether a word ends here. */
  private static final class Node {
    int codePoint;
    boolean word;
    final Map<Integer, Node> children = new java.util.TreeMap<>();

    /**
     * What may follow this node, longest first: each letter with what follows it, then nothing if a
     * word ends here. Groups only where the words branch: every group is state that a matcher
     * resets each time it is used.
     */
    String rest() {
      List<String> alternatives = new ArrayList<>();
      for (Node child : children.values()) {
        alternatives.add(child.letter() + child.rest());
      }
      if (alternatives.isEmpty()) {
        return "";
      }
      if (alternatives.size() == 1) {
        String only = alternatives.get(0);
        return !word ? only : only.length() == 1 ? only + "?" : "(?:" + only + ")?";
      }
      return "(?:" + String.join("|", alternatives) + (word ? "|" : "") + ")";
    }

    /** The letter, as a regular expression: a space stands for any run of spaces. */
    private String letter() {
      if (codePoint == ' ') {
        return "\\s+";
      }
      return codePoint < 128 && Character.isLetterOrDigit(codePoint)
          ? String.valueOf((char) codePoint)
          : String.format(Locale.ROOT, "\\x{%x}", codePoint);
    }
  }

  /** Longest first, so that "the united states" wins over "united states". */
  static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }

  /**
   * A text in lower case, with typographic quotes and no-break spaces as plain ones, and each run
   * of white space ({@code \s+}: space, tab, line and page breaks) as one space, stripped. (Written
   * as a loop: every sentence is normalised, and a regular expression's replacement cost more than
   * the rest of the reading of a short sentence.)
   */
  static String normalise(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case '\u00a0' -> c = ' ';
        case '’' -> c = '\'';
        case '“', '”' -> c = '"';
        default -> {}
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    if (space) {
      b.append(' ');
    }
    return b.toString().strip();
  }
}
