# The second explainer, drafted by `explainer scaffold` from plain text, works in a browser with
# no code change: every kind of page loads clean, its charts render, and nothing of the first
# explainer leaks in.
from __future__ import annotations

from pathlib import Path

import pytest

from generators.cli import main
from tests.browser.conftest import Site, render_all_charts
from tests.conftest import TESTS

pytestmark = pytest.mark.browser

ARTICLE = TESTS / "fixtures" / "second" / "article.txt"
HEADLINE = "Millbrook Votes to Rebuild Its Flooded Covered Bridge"
PAGES = ("", "people/", "people/okafor/", "quotes/", "timeline/", "numbers/", "sources/", "about/")


@pytest.fixture(scope="module")
def second_site(serve_explainer, tmp_path_factory: pytest.TempPathFactory) -> Site:
    data_dir: Path = tmp_path_factory.mktemp("second") / "data"
    assert (
        main(["scaffold", str(ARTICLE), "--out", str(data_dir), "--published", "2024-03-14"]) == 0
    )
    return serve_explainer(data_dir)


@pytest.mark.parametrize("path", PAGES)
def test_second_explainer_pages_load_clean(open_page, second_site: Site, path: str) -> None:
    watched = open_page(path, width=375, target=second_site)
    page = watched.page
    assert page.locator("article.md-content__inner h1").count() == 1
    assert HEADLINE in page.title()
    assert "Putin" not in page.locator("body").inner_text()
    rendered = render_all_charts(page)
    if path in ("", "quotes/", "timeline/", "numbers/"):
        assert rendered, f"{path or 'home'}: no chart"
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    watched.assert_clean()
