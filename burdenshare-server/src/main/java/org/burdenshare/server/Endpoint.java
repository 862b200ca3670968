package org.burdenshare.server;

import java.util.List;
import java.util.function.Function;

/**
 * One read-only API endpoint: where it is, what it answers, its parameters, and the function that
 * answers a validated request from the current snapshot.
 */
public record Endpoint(
    String path,
    String tag,
    String summary,
    String description,
    List<Param> params,
    Function<Request, Object> answer) {
  public Endpoint {
    params = List.copyOf(params);
  }
}
