# Every page of the site, in a real browser: clean console, no other hosts, one h1, a title and a
# description, no sideways scrolling on a phone, zero axe-core violations in both themes, by the
# newest axe-core and by the one Lighthouse runs (axe_versions.py).
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from generators.loader import load_explainer
from generators.site import site_files
from tests.browser.axe_versions import violations
from tests.browser.conftest import Site, render_all_charts
from tests.conftest import DATA, ROOT

pytestmark = pytest.mark.browser


def _site_paths() -> list[str]:
    """Page URLs of the site, from the generated files and the hand-written pages."""
    generated = [f.path for f in site_files(load_explainer(DATA)) if f.path.endswith(".md")]
    written = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")]
    urls = []
    for path in sorted({*generated, *written}):
        stem = path.removesuffix(".md")
        urls.append(
            ""
            if stem == "index"
            else stem.removesuffix("index")
            if stem.endswith("/index")
            else stem + "/"
        )
    return urls


PAGES = _site_paths()


@pytest.mark.parametrize("path", PAGES)
def test_page_on_a_phone_in_light_mode(open_page, path: str) -> None:
    watched = open_page(path, width=375, scheme="light")
    page = watched.page
    render_all_charts(page)
    assert page.locator("h1").count() == 1
    title = page.title()
    assert title.endswith("Putin and Xi: a united front"), title
    assert path == "" or " - " in title, "a page's title names the page, then the site"
    description = page.locator('meta[name="description"]').get_attribute("content") or ""
    assert len(description) >= 40, description
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"scrolls sideways by {overflow}px at 375px"
    assert violations(page) == []
    watched.assert_clean()


@pytest.mark.parametrize("path", PAGES)
def test_page_on_a_desktop_in_dark_mode(open_page, path: str) -> None:
    watched = open_page(path, width=1280, scheme="dark")
    page = watched.page
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    render_all_charts(page)
    assert violations(page) == []
    watched.assert_clean()


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")


def test_every_internal_link_and_anchor_resolves(site: Site) -> None:
    parsed: dict[Path, _Anchors] = {}
    for html in site.root.rglob("*.html"):
        anchors = _Anchors()
        anchors.feed(html.read_text(encoding="utf-8"))
        parsed[html] = anchors
    broken = []
    for html, anchors in parsed.items():
        page_url = site.url + html.relative_to(site.root).as_posix()
        for href in anchors.links:
            target = urljoin(page_url, href)
            if not target.startswith(site.url):
                continue
            parts = urlsplit(target)
            relative = parts.path.removeprefix(urlsplit(site.url).path)
            file = site.root / relative
            if relative == "" or relative.endswith("/"):
                file = file / "index.html"
            if not file.exists():
                broken.append(f"{html.relative_to(site.root)}: {href} (no such file)")
                continue
            if parts.fragment and file.suffix == ".html":
                ids = parsed[file].ids if file in parsed else set()
                if parts.fragment not in ids:
                    broken.append(f"{html.relative_to(site.root)}: {href} (no such anchor)")
    assert broken == []
