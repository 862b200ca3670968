package org.burdenshare.store.downloads;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy settings of the environment as curl and most tools read them — {@code https_proxy},
 * {@code http_proxy}, {@code all_proxy} (lower or upper case) and {@code no_proxy} — which Java's
 * own proxy selector ignores (it reads {@code -Dhttps.proxyHost}).
 */
final class EnvironmentProxy extends ProxySelector {
  private final URI https;
  private final URI http;
  private final List<String> exempt;

  private EnvironmentProxy(URI https, URI http, List<String> exempt) {
    this.https = https;
    this.http = http;
    this.exempt = exempt;
  }

  /**
   * The proxy selector the environment asks for, or empty when it names no proxy (then Java's
   * default, which honours the {@code https.proxyHost} system properties, applies).
   */
  static Optional<ProxySelector> of(Map<String, String> env) {
    String all = variable(env, "all_proxy");
    URI https = proxy(variable(env, "https_proxy", all), "https_proxy");
    URI http = proxy(variable(env, "http_proxy", all), "http_proxy");
    if (https == null && http == null) {
      return Optional.empty();
    }
    List<String> exempt = new ArrayList<>();
    String no = variable(env, "no_proxy");
    if (no != null) {
      for (String s : no.split(",")) {
        String h = s.strip().toLowerCase(Locale.ROOT);
        if (!h.isEmpty()) {
          exempt.add(h.startsWith(".") ? h.substring(1) : h);
        }
      }
    }
    return Optional.of(new EnvironmentProxy(https, http, List.copyOf(exempt)));
  }

  private static String variable(Map<String, String> env, String name, String fallback) {
    String v = variable(env, name);
    return v == null ? fallback : v;
  }

  private static String variable(Map<String, String> env, String name) {
    for (String n : List.of(name, name.toUpperCase(Locale.ROOT))) {
      String v = env.get(n);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static URI proxy(String value, String name) {
    if (value == null) {
      return null;
    }
    URI u;
    try {
      u = URI.create(value.contains("://") ? value : "http://" + value);
    } catch (IllegalArgumentException e) {
      throw new org.burdenshare.store.StoreException(
          "The environment variable "
              + name
              + " is not a proxy address: expected e.g. http://proxy.example:3128, found '"
              + value
              + "'.");
    }
    if (u.getHost() == null) {
      throw new org.burdenshare.store.StoreException(
          "The environment variable "
              + name
              + " names no host: expected e.g. http://proxy.example:3128, found '"
              + value
              + "'.");
    }
    return u;
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    for (String e : exempt) {
      if (e.equals("*") || host.equals(e) || host.endsWith("." + e)) {
        return List.of(Proxy.NO_PROXY);
      }
    }
    URI p = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    if (p == null) {
      return List.of(Proxy.NO_PROXY);
    }
    int port = p.getPort() > 0 ? p.getPort() : "https".equals(p.getScheme()) ? 443 : 80;
    // resolved here, when it is used, so that a proxy's address is looked up as late as possible
    return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(p.getHost(), port)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // The download reports the failure itself; there is no other proxy to try.
  }
}
