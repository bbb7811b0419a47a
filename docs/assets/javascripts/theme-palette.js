// Material for MkDocs' palette script (partials/javascripts/palette.html, MIT licence), served as
// a file so that the Content-Security-Policy refuses inline scripts: applies the reader's stored
// light/dark choice before the page is painted. It runs right after the header's toggle.
var palette = __md_get("__palette");
if (palette && palette.color) {
  if ("(prefers-color-scheme)" === palette.color.media) {
    var media = matchMedia("(prefers-color-scheme: light)"),
      input = document.querySelector(
        media.matches
          ? "[data-md-color-media='(prefers-color-scheme: light)']"
          : "[data-md-color-media='(prefers-color-scheme: dark)']",
      );
    (palette.color.media = input.getAttribute("data-md-color-media")),
      (palette.color.scheme = input.getAttribute("data-md-color-scheme")),
      (palette.color.primary = input.getAttribute("data-md-color-primary")),
      (palette.color.accent = input.getAttribute("data-md-color-accent"));
  }
  for (var [key, value] of Object.entries(palette.color))
    document.body.setAttribute("data-md-color-" + key, value);
}

// The light/dark toggle (overrides/partials/palette.html), as Material's palette component runs
// it, without that component's whole-page restyles on load: with no stored choice, the palette
// whose media query matches (the reader's system setting, followed while they choose none); a
// choice is stored as Material stores it, so Material's own script reads it too.
(function () {
  var form = document.querySelector("form[data-explainer-palette]");
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input"));
  var body = document.body;

  function matching() {
    for (var i = 0; i < inputs.length; i++) {
      if (matchMedia(inputs[i].getAttribute("data-md-color-media")).matches) return i;
    }
    return 0;
  }

  function chosen() {
    var stored = __md_get("__palette");
    if (stored && typeof stored.index === "number") {
      return Math.max(0, Math.min(stored.index, inputs.length - 1));
    }
    return null;
  }

  function colour(input) {
    return {
      media: input.getAttribute("data-md-color-media"),
      scheme: input.getAttribute("data-md-color-scheme"),
      primary: input.getAttribute("data-md-color-primary"),
      accent: input.getAttribute("data-md-color-accent"),
    };
  }

  // Attributes are set only where they change: a change on <body> restyles the whole page.
  function show(index) {
    var colours = colour(inputs[index]);
    for (var key in colours) {
      var name = "data-md-color-" + key;
      if (body.getAttribute(name) !== colours[key]) body.setAttribute(name, colours[key]);
    }
    inputs[index].checked = true;
    inputs.forEach(function (input, i) {
      var label = input.nextElementSibling;
      if (label && label.tagName === "LABEL" && label.hidden !== (i !== index)) {
        label.hidden = i !== index;
      }
    });
    return colours;
  }

  function choose(index) {
    body.setAttribute("data-md-color-switching", "");
    __md_set("__palette", { index: index, color: show(index) });
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        body.removeAttribute("data-md-color-switching");
      });
    });
  }

  var stored = chosen();
  show(stored === null ? matching() : stored);
  form.addEventListener("change", function (event) {
    var index = inputs.indexOf(event.target);
    if (index >= 0) choose(index);
  });
  form.addEventListener("keydown", function (event) {
    var index = inputs.indexOf(event.target);
    if (event.key !== "Enter" || index < 0) return;
    var next = (index + 1) % inputs.length;
    inputs[next].click();
    inputs[next].focus();
  });
  inputs.forEach(function (input) {
    var media = matchMedia(input.getAttribute("data-md-color-media"));
    var follow = function () {
      if (chosen() === null) show(matching());
    };
    if (media.addEventListener) media.addEventListener("change", follow);
  });
})();
