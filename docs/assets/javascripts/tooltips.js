// The site's tooltips: a glossary term's definition, a background note. Text from the data is
// in `data-tip` (never `title`, which the theme would read back as HTML) and is shown with
// `textContent`, so it stays text. The tooltip opens below the line being read (above it when
// there is no room), on pointer hover, keyboard focus or a tap, and closes on Escape.
(() => {
  "use strict";
  const GAP = 6;
  let tip = null;
  let owner = null;

  function element() {
    if (!tip || !tip.isConnected) {
      tip = document.createElement("div");
      tip.className = "explainer-tip";
      tip.id = "explainer-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    return tip;
  }

  function place(box, target) {
    const rect = target.getClientRects()[0] || target.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    box.style.maxWidth = `${Math.min(320, width - 2 * GAP)}px`;
    const { offsetWidth: w, offsetHeight: h } = box;
    const left = Math.max(GAP, Math.min(rect.left, width - w - GAP));
    const below = rect.bottom + GAP;
    const top = below + h <= window.innerHeight || rect.top - GAP - h < 0 ? below : rect.top - GAP - h;
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${top + window.scrollY}px`;
  }

  function show(target) {
    const text = target.getAttribute("data-tip");
    if (!text) return;
    const box = element();
    if (owner && owner !== target) owner.removeAttribute("aria-describedby");
    owner = target;
    box.textContent = text;
    box.hidden = false;
    target.setAttribute("aria-describedby", box.id);
    place(box, target);
  }

  function hide() {
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
    if (tip) tip.hidden = true;
  }

  const holder = (event) =>
    event.target instanceof Element ? event.target.closest("[data-tip]") : null;

  document.addEventListener("pointerover", (event) => {
    if (event.pointerType === "touch") return;
    const target = holder(event);
    if (target) show(target);
  });
  document.addEventListener("pointerout", (event) => {
    const target = holder(event);
    if (target && target === owner && !target.contains(event.relatedTarget)) hide();
  });
  document.addEventListener("focusin", (event) => {
    const target = holder(event);
    target ? show(target) : hide();
  });
  document.addEventListener("focusout", (event) => {
    if (holder(event) === owner) hide();
  });
  document.addEventListener("click", (event) => {
    const target = holder(event);
    // A tap on a term shows its definition; a tap elsewhere closes it. Links still navigate.
    if (target && target.tagName === "ABBR") {
      target === owner && !tip.hidden ? hide() : show(target);
    } else if (!target) {
      hide();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  window.addEventListener("scroll", () => owner && tip && !tip.hidden && place(tip, owner), {
    passive: true,
  });
})();
