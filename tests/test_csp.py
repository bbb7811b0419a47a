# The site's Content-Security-Policy: present on every page, strict, and nothing in the HTML needs
# more. (The browser suite runs every page under it and fails on any violation it logs.)
"""Every page carries one strict policy as a <meta>, ahead of every script and stylesheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import MINI
from tests.test_hostile_text import build_site

_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    site = tmp_path_factory.mktemp("csp-site")
    build_site(MINI, site)
    return {
        page.relative_to(site).as_posix(): page.read_text(encoding="utf-8")
        for page in sorted(site.rglob("*.html"))
    }


def directives(policy: str) -> dict[str, list[str]]:
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_every_page_has_one_strict_policy_before_its_scripts_and_styles(
    pages: dict[str, str],
) -> None:
    assert len(pages) > 10
    for name, html in pages.items():
        policies = _META.findall(html)
        assert len(policies) == 1, name
        policy = directives(policies[0])
        assert policy["default-src"] == ["'none'"]
        for directive in ("script-src", "style-src", "connect-src", "img-src", "font-src"):
            assert "'unsafe-inline'" not in policy[directive] and "*" not in policy[directive]
            assert not any(value.startswith(("http", "//")) for value in policy[directive])
        meta_at = html.index("Content-Security-Policy")
        first_resource = min(html.index("<script"), html.index('<link rel="stylesheet"'))
        assert meta_at < first_resource, name


def test_no_page_holds_what_the_policy_refuses(pages: dict[str, str]) -> None:
    for name, html in pages.items():
        inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)
        assert inline_scripts == [], name
        assert re.findall(r"<[^>]+\sstyle=\"", html) == [], name
        assert re.findall(r"<[^>]+\son[a-z]+=", html) == [], name
        assert "<style" not in html, name
        assert "javascript:" not in html.replace('href="javascript:void(0)"', ""), name


def test_the_theme_reads_no_title_as_html() -> None:
    """Material's `content.tooltips` puts a `title` back into the page as HTML: it stays off,
    and our own tooltips (generators/tooltips.py) show text from `data-tip` instead."""
    config = (Path(__file__).parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    assert "content.tooltips" not in config
    assert "generators.tooltips" in config
