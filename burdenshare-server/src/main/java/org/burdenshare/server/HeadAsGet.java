package org.burdenshare.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Routes a HEAD request as the GET it asks about. The router sees GET; Jetty, which knows the
 * request is HEAD, sends the status and headers (Content-Type, ETag, Cache-Control…) and no body.
 */
public final class HeadAsGet extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!"HEAD".equals(req.getMethod())) {
      chain.doFilter(req, res);
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(req) {
          @Override
          public String getMethod() {
            return "GET";
          }
        },
        res);
  }
}
