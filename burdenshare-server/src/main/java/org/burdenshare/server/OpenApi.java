package org.burdenshare.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.burdenshare.render.Json;

/** Builds the OpenAPI 3 document from the endpoint declarations that also validate requests. */
final class OpenApi {
  private OpenApi() {}

  static ObjectNode document(List<Endpoint> endpoints, String version) {
    ObjectNode doc = Json.COMPACT.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "burdenshare API");
    info.put("version", version);
    info.put(
        "description",
        "Read-only JSON about NATO burden sharing. Every answer names the release(s) it used and"
            + " flags estimates; errors are application/problem+json (RFC 9457).");
    info.putObject("license").put("name", "Apache-2.0");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : endpoints) {
      ObjectNode get = paths.putObject(e.path()).putObject("get");
      get.put("summary", e.summary());
      get.put("description", e.description());
      get.putArray("tags").add(e.tag());
      get.put("operationId", e.path().replace(Api.PREFIX + "/", "").replaceAll("[^A-Za-z]", "_"));
      ArrayNode params = get.putArray("parameters");
      for (Param p : e.params()) {
        ObjectNode n = params.addObject();
        boolean inPath = e.path().contains("{" + p.name() + "}");
        n.put("name", p.name());
        n.put("in", inPath ? "path" : "query");
        n.put("required", inPath || p.required());
        n.put("description", p.description());
        ObjectNode schema = n.putObject("schema");
        switch (p.type()) {
          case "date" -> schema.put("type", "string").put("format", "date");
          default -> schema.put("type", p.type());
        }
        if (p.defaultValue() != null) {
          schema.put("default", p.defaultValue());
        }
        n.put("example", p.example());
      }
      ObjectNode responses = get.putObject("responses");
      responses
          .putObject("200")
          .put("description", "The answer, with the release(s) it used and its evidence.")
          .putObject("content")
          .putObject("application/json")
          .putObject("schema")
          .put("type", "object");
      for (String status : List.of("400", "404")) {
        responses
            .putObject(status)
            .put("description", status.equals("400") ? "A parameter is wrong." : "Not found.")
            .putObject("content")
            .putObject(Problem.MEDIA_TYPE)
            .putObject("schema")
            .put("$ref", "#/components/schemas/Problem");
      }
    }
    claimsCheck(paths);
    ObjectNode problem = doc.putObject("components").putObject("schemas").putObject("Problem");
    problem.put("type", "object");
    ObjectNode props = problem.putObject("properties");
    for (String s : List.of("type", "title", "detail", "instance")) {
      props.putObject(s).put("type", "string");
    }
    props.putObject("status").put("type", "integer");
    props.putObject("suggestions").put("type", "array").putObject("items").put("type", "string");
    return doc;
  }

  /** The one endpoint that takes a body, described by hand. */
  private static void claimsCheck(ObjectNode paths) {
    ObjectNode post = paths.putObject(Claims.API_PATH).putObject("post");
    post.put("summary", "Check claims in a text, or one claim in the claim language");
    post.put(
        "description",
        "Body: application/json {\"text\": \"...\", \"asOf\": \"2019-11-28\"} or {\"claim\":"
            + " \"count(share_of_gdp(NATO, 2024) >= 2) = 23\", \"asOf\": \"2024-07-01\"}, or"
            + " text/plain with ?asOf=. Each check-worthy sentence gets text, verdict, reading,"
            + " evidence, release and reason. Texts up to 1,000,000 characters.");
    post.putArray("tags").add("claims");
    post.put("operationId", "claims_check");
    ObjectNode content = post.putObject("requestBody").put("required", true).putObject("content");
    ObjectNode props =
        content
            .putObject("application/json")
            .putObject("schema")
            .put("type", "object")
            .putObject("properties");
    props.putObject("text").put("type", "string");
    props.putObject("claim").put("type", "string");
    props.putObject("asOf").put("type", "string").put("format", "date");
    content.putObject("text/plain").putObject("schema").put("type", "string");
    ObjectNode responses = post.putObject("responses");
    responses
        .putObject("200")
        .put("description", "The verdicts.")
        .putObject("content")
        .putObject("application/json")
        .putObject("schema")
        .put("type", "object");
    responses
        .putObject("400")
        .put("description", "Empty, too long, binary or malformed input.")
        .putObject("content")
        .putObject(Problem.MEDIA_TYPE)
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }
}
