package org.burdenshare.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response: what went wrong, for a person, and
 * the closest names where a name was not known.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<String> suggestions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String detail, String instance, List<String> suggestions) {
    return new Problem(
        status == 404 ? "about:blank" : "urn:burdenshare:problem:invalid-request",
        title(status),
        status,
        detail,
        instance,
        suggestions);
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
