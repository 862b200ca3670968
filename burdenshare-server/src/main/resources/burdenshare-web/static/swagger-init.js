// Starts Swagger UI on the OpenAPI document; kept in a file so the page needs no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
