/* A link that lands on or inside a block shown closed (a paragraph's entry on the sources page) opens
   that block: on load, after instant navigation, on a change of the address's #fragment, and
   when a link to the fragment already in the address is followed again. */
(function () {
  "use strict";

  function reveal() {
    var id = location.hash.slice(1);
    if (!id) return;
    var target = null;
    try {
      target = document.getElementById(decodeURIComponent(id));
    } catch (error) {
      return; /* a malformed #fragment names nothing */
    }
    /* The block itself, or the block the target sits in. Opening it leaves its first line
       where it is, so whatever scrolled to the target (the browser, instant navigation) holds. */
    var block = target && target.closest("details");
    if (block && !block.open) block.open = true;
  }

  window.addEventListener("hashchange", reveal);
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[href*='#']");
    if (link) setTimeout(reveal, 0);
  });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () {
      setTimeout(reveal, 0);
    });
  } else {
    reveal();
  }
})();
