// Starts Swagger UI on the OpenAPI document; kept in a file so the page needs no inline script.
//
// Swagger UI's page has accessibility faults of its own, mended here rather than forked: its
// description lies outside any landmark (made a named region), its headings skip level 2 (h3 to h5
// are announced one level up), and deep links put a link inside each operation's button (deep
// linking is off).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: false });
  var root = document.getElementById("swagger-ui");
  function mend() {
    root.querySelectorAll(".information-container:not([role]), .scheme-container:not([role])")
      .forEach(function (part) {
        part.setAttribute("role", "region");
        part.setAttribute("aria-label", part.classList.contains("scheme-container")
          ? "Servers" : "About the API");
      });
    root.querySelectorAll("h3:not([aria-level]), h4:not([aria-level]), h5:not([aria-level])")
      .forEach(function (h) {
        h.setAttribute("aria-level", String(Number(h.tagName.charAt(1)) - 1));
      });
  }
  new MutationObserver(mend).observe(root, { childList: true, subtree: true });
  mend();
});
