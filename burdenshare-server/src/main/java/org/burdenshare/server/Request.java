package org.burdenshare.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.Suggestions;
import org.burdenshare.core.releases.ReleaseChoice;

/**
 * A request to an endpoint, with its parameters validated against the endpoint's declaration:
 * unknown parameters, missing required ones and values of the wrong type are 400s that say what was
 * expected.
 */
public final class Request {
  private final Context ctx;
  private final Endpoint endpoint;
  private final Snapshot snapshot;

  Request(Context ctx, Endpoint endpoint, Snapshot snapshot) {
    this.ctx = ctx;
    this.endpoint = endpoint;
    this.snapshot = snapshot;
    checkNames();
  }

  public Engine engine() {
    return snapshot.engine();
  }

  /** The analyses on the snapshot's figures, with their defaults. */
  public org.burdenshare.core.questions.Burdenshare ask() {
    return new org.burdenshare.core.questions.Burdenshare(snapshot.engine());
  }

  private void checkNames() {
    List<String> known = endpoint.params().stream().map(Param::name).toList();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (!known.contains(e.getKey())) {
        List<String> close = Suggestions.closest(e.getKey(), known);
        throw new ApiException(
            400,
            "Unknown query parameter '"
                + e.getKey()
                + "'."
                + Suggestions.didYouMean(close)
                + (known.isEmpty()
                    ? " This endpoint takes no parameters."
                    : " Accepted: " + String.join(", ", known) + "."),
            close);
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest(
            "Query parameter '" + e.getKey() + "' is given more than once.");
      }
    }
  }

  private Param param(String name) {
    return endpoint.params().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(endpoint.path() + " declares no " + name));
  }

  /** The raw value, the default, or null; a 400 when a required parameter is missing. */
  public String string(String name) {
    Param p = param(name);
    String v =
        endpoint.path().contains("{" + name + "}") ? ctx.pathParam(name) : ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      if (p.required()) {
        throw ApiException.badRequest(
            "Missing query parameter '"
                + name
                + "': "
                + p.description()
                + " For example "
                + name
                + "="
                + p.example()
                + ".");
      }
      return p.defaultValue();
    }
    return v.strip();
  }

  public Integer integer(String name) {
    return Params.integer(name, string(name), param(name).example());
  }

  public Double number(String name) {
    return Params.number(name, string(name), param(name).example());
  }

  public LocalDate date(String name) {
    return Params.date(name, string(name), param(name).example());
  }

  /** The date the question is asked as of, if the endpoint takes one and it was given. */
  public LocalDate asOf() {
    boolean declared = endpoint.params().stream().anyMatch(p -> p.name().equals("asOf"));
    return declared ? date("asOf") : null;
  }

  /** asOf or release, or the newest release; both at once is a 400. */
  public ReleaseChoice choice() {
    LocalDate asOf = date("asOf");
    String release = string("release");
    if (asOf != null && release != null) {
      throw ApiException.badRequest("asOf and release exclude each other: give one of them.");
    }
    if (release != null) {
      return ReleaseChoice.named(release);
    }
    return asOf == null ? ReleaseChoice.latest() : ReleaseChoice.asOf(asOf);
  }
}
