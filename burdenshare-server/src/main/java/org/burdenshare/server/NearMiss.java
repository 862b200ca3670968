package org.burdenshare.server;

import java.util.List;
import org.burdenshare.core.errors.InvalidQueryException;

/**
 * A name in a page's parameter that names nothing, with the closest names: the error page offers
 * each as a link to the same view with that name in its place ("Did you mean Germany?").
 *
 * @param status 400 for a form's parameter, 404 for an address that names no page
 * @param action the page the suggestions go to
 * @param param the parameter the suggestions go in
 */
final class NearMiss extends InvalidQueryException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String action;
  private final String param;

  NearMiss(int status, String message, List<String> suggestions, String action, String param) {
    super(message, suggestions);
    this.status = status;
    this.action = action;
    this.param = param;
  }

  int status() {
    return status;
  }

  String action() {
    return action;
  }

  String param() {
    return param;
  }
}
