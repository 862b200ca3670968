package org.burdenshare.server;

import java.util.List;

/** A request the API cannot answer: bad parameters (400) or something that does not exist (404). */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<String> suggestions;

  public ApiException(int status, String message, List<String> suggestions) {
    super(message);
    this.status = status;
    this.suggestions = List.copyOf(suggestions);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message, List.of());
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message, List.of());
  }

  public int status() {
    return status;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
