package org.burdenshare.server;

/**
 * The interactive API page: Swagger UI from its webjar, started by a script file (no inline
 * script), with its contrast and landmark faults mended (swagger-overrides.css, swagger-init.js).
 */
final class SwaggerPage {
  static final String SWAGGER = "/webjars/swagger-ui/5.34.1";

  static final String HTML =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>burdenshare API</title>
        <link rel="stylesheet" href="%s/swagger-ui.css">
        <link rel="stylesheet" href="/static/swagger-overrides.css">
      </head>
      <body>
        <a class="skip" href="#swagger-ui">Skip to the API reference</a>
        <div id="swagger-ui"></div>
        <script src="%s/swagger-ui-bundle.js"></script>
        <script src="/static/swagger-init.js"></script>
      </body>
      </html>
      """
          .formatted(SWAGGER, SWAGGER);

  private SwaggerPage() {}
}
