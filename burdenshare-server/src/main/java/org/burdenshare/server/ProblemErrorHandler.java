package org.burdenshare.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.burdenshare.render.Json;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors that Jetty answers itself, before any route (a request line or headers too large, a
 * malformed request): problem+json like every other error, with the same security headers, and no
 * server name or version.
 */
final class ProblemErrorHandler extends ErrorHandler {
  ProblemErrorHandler() {
    setShowServlet(false);
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    WebServer.SECURITY_HEADERS.forEach(response::setHeader);
    response.setContentType(Problem.MEDIA_TYPE);
    response.getOutputStream().write(body(code, request.getRequestURI()));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
    WebServer.SECURITY_HEADERS.forEach(fields::put);
    return ByteBuffer.wrap(body(status, null));
  }

  private static byte[] body(int code, String path) {
    String detail =
        switch (code) {
          case 431 -> "The request's headers are too large.";
          case 414 -> "The request's address is too long.";
          case 413 -> "The request's body is too large; the API takes no bodies.";
          default -> "The request could not be read as HTTP.";
        };
    try {
      return Json.COMPACT.writeValueAsBytes(Problem.of(code, detail, path, List.of()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new byte[0];
    }
  }
}
