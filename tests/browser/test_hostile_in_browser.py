# Hostile text stays text in the reader's browser, after the theme's scripts have run.
"""The static property test (tests/test_hostile_text.py) reads the HTML we write. This one opens
the pages: every text field holds markup that would act if a script put it back into the page as
HTML (Material's tooltips did, on hover), every element that shows a tooltip is pointed at and
focused, and the DOM is inspected after the theme's scripts ran: no element, attribute, handler,
dialog or request that the templates did not write. The site's Content-Security-Policy is on, so
any inline script or style it refuses is a console error, and fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import Site, watch
from tests.test_hostile_text import write_data

# Markup that acts when it becomes HTML: runs script, asks another host, or hides the page.
PAYLOADS = (
    "<img src=x onerror=alert(1)>",
    "<iframe src=https://example.com/></iframe>",
    "<style>body{display:none}</style>",
    '"><svg onload=alert(1)>',
    "<b onmouseover=alert(1)>x</b>",
)

# What the page adds to itself, recorded from before its first script runs.
RECORD_MUTATIONS = """
window.__added = [];
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === 1) window.__added.push(node);
    }
  }
}).observe(document, { childList: true, subtree: true });
"""

# Elements and attributes that text from the data must never become.
FIND_INJECTED = """
() => {
  const tags = ["IMG", "IFRAME", "STYLE", "B", "OBJECT", "EMBED"];
  const where = ".md-content, .explainer-tip, .md-tooltip, .md-tooltip2";
  const acts = "img,iframe,style,svg[onload],[onerror],[onload],[onmouseover]";
  const suspicious = (el) =>
    (tags.includes(el.tagName) && el.closest(where)) ||
    [...el.attributes].some((a) => a.name.startsWith("on"));
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    if (suspicious(el)) bad.push(el.outerHTML.slice(0, 120));
  }
  for (const el of window.__added) {
    if (el.isConnected && (suspicious(el) || el.querySelector(acts)))
      bad.push("added: " + el.outerHTML.slice(0, 120));
  }
  return bad;
}
"""


def _hostile(key: str, limit: int = 0) -> str:
    """A hostile string for each field: visible text, then markup, varied by field."""
    payload = PAYLOADS[sum(map(ord, key)) % len(PAYLOADS)]
    return f"{key.split('.')[-1]} {payload} end"


@pytest.fixture(scope="module")
def hostile_site(serve_explainer, tmp_path_factory: pytest.TempPathFactory) -> Site:
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    write_data(data_dir, _hostile)
    return serve_explainer(data_dir)


def test_no_tooltip_turns_data_into_markup(browser, hostile_site: Site) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    checked = 0
    try:
        for path in hostile_site.pages():
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.add_init_script(RECORD_MUTATIONS)
            watched = watch(page, hostile_site.url)
            page.goto(hostile_site.url + path, wait_until="load")
            holders = page.locator(".md-main :is([data-tip], [title], abbr)")
            for index in range(holders.count()):
                holder = holders.nth(index)
                if not holder.is_visible():
                    continue
                holder.hover()
                holder.focus()
                tip = page.locator(".explainer-tip")
                if holder.get_attribute("data-tip"):
                    assert tip.is_visible(), f"{path}: no tooltip for {holder.inner_text()!r}"
                    assert tip.text_content() == holder.get_attribute("data-tip")
                checked += 1
            injected = page.evaluate(FIND_INJECTED)
            assert injected == [], f"{path}: {injected[:3]}"
            assert page.evaluate("getComputedStyle(document.body).display") != "none", path
            watched.assert_clean()  # console errors (CSP violations among them), other hosts
            page.close()
    finally:
        context.close()
    assert dialogs == []
    assert checked > 20  # the glossary terms and background notes of every page were pointed at


def test_data_text_is_never_in_a_title(hostile_site: Site) -> None:
    """A theme may read `title` back as HTML; data text lives in `data-tip` instead."""
    for html in Path(hostile_site.root).rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        for payload in PAYLOADS:
            escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            assert f'title="{escaped}' not in text
        assert 'title="definition' not in text and 'title="Not in the article' not in text, html
