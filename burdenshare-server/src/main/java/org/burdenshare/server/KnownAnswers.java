package org.burdenshare.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends an API answer already made for the current snapshot, path and query before the router sees
 * the request: the same bytes, ETag and headers the route sent the first time, without routing,
 * parameter checks or a Javalin context per request (most of the server's own work on a repeated
 * question). GET and HEAD only; everything else, and every question not yet answered, goes on to
 * the router, which checks it, answers it and keeps the answer.
 */
final class KnownAnswers implements Filter {
  private final ApiAnswers answers;

  KnownAnswers(ApiAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest req
        && response instanceof HttpServletResponse res
        && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
        && answers.sendKnown(req, res)) {
      return;
    }
    chain.doFilter(request, response);
  }
}
