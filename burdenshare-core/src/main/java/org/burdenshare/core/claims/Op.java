package org.burdenshare.core.claims;

/** How the two sides of a claim compare. */
public enum Op {
  GT(">"),
  GE(">="),
  LT("<"),
  LE("<="),
  EQ("="),
  NE("!=");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code left op right} holds, with {@code tolerance} (absolute) for = and !=. */
  public boolean holds(double left, double right, double tolerance) {
    return switch (this) {
      case GT -> left > right;
      case GE -> left >= right - 1e-12;
      case LT -> left < right;
      case LE -> left <= right + 1e-12;
      case EQ -> Math.abs(left - right) <= tolerance + 1e-12;
      case NE -> Math.abs(left - right) > tolerance + 1e-12;
    };
  }

  static Op of(String symbol) {
    for (Op op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    throw new IllegalArgumentException(symbol);
  }
}
