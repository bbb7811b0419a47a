# What a reader sees of each chart on a 375 px phone and a 1280 px desktop, in both themes: text
# that stays in the chart and off other text, at a readable size; hover labels inside the chart;
# and one picture from still to interactive (pixels and text positions).
from __future__ import annotations

import os

import pytest

from tests.browser.chart_checks import (
    hover_problems,
    moved_texts,
    pixel_difference,
    small_tap_targets,
    text_boxes,
    text_problems,
)
from tests.browser.test_charts import CHART_PAGES

pytestmark = pytest.mark.browser

# A 375 px phone and a 1280 px desktop; under MkDocs also a 360 px phone, whose 328 px column is
# what Zensical's theme (15 px narrower) gives at 375 px, so both builders test that column.
WIDTHS = (375, 1280) if os.environ.get("EXPLAINER_BUILDER") == "zensical" else (360, 375, 1280)
MAX_PIXELS_CHANGED = 0.02
MAX_TEXT_MOVE = 2.0


def _reach(page, chart: str) -> None:
    plot = page.locator(f'.chart-plot[data-chart="{chart}"]')
    plot.hover()
    page.wait_for_selector(f'.chart-plot[data-chart="{chart}"][data-state="rendered"]')
    page.mouse.move(0, 0)  # no hover label in the picture
    page.wait_for_timeout(300)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("chart", list(CHART_PAGES))
def test_chart_reads_and_stays_one_picture(open_page, chart: str, width: int, scheme: str) -> None:
    watched = open_page(CHART_PAGES[chart], width=width, scheme=scheme)
    page = watched.page
    plot = page.locator(f'.chart-plot[data-chart="{chart}"]')
    plot.scroll_into_view_if_needed()
    page.wait_for_timeout(100)
    still = text_boxes(page, chart)
    assert not still["live"]
    assert text_problems(still) == []
    before = plot.screenshot()
    _reach(page, chart)
    live = text_boxes(page, chart)
    assert live["live"]
    assert text_problems(live) == []
    assert abs(live["plot"]["height"] - still["plot"]["height"]) <= 1
    assert moved_texts(still["texts"], live["texts"], MAX_TEXT_MOVE) == []
    assert moved_texts(live["texts"], still["texts"], MAX_TEXT_MOVE) == []
    after = plot.screenshot()
    assert pixel_difference(page, before, after) <= MAX_PIXELS_CHANGED
    assert hover_problems(page, chart) == []
    watched.assert_clean()


@pytest.mark.parametrize("chart", list(CHART_PAGES))
def test_every_tap_target_is_big_enough_on_a_phone(open_page, chart: str) -> None:
    watched = open_page(CHART_PAGES[chart], width=375)
    page = watched.page
    page.locator(f'.chart-plot[data-chart="{chart}"]').scroll_into_view_if_needed()
    _reach(page, chart)
    assert small_tap_targets(page, chart) == []
    watched.assert_clean()


def test_chart_font_is_the_page_font(open_page) -> None:
    """The charts' one font stack draws in the same font as the page's body text."""
    page = open_page(CHART_PAGES["voices"]).page
    fonts = page.evaluate(
        """() => {
            const svg = document.querySelector('.chart-still svg');
            const text = svg.querySelector('text');
            const body = getComputedStyle(document.querySelector('.md-typeset p')).fontFamily;
            return [getComputedStyle(text).fontFamily, body.replace(/^_,\\s*/, '')];
        }"""
    )
    assert fonts[0].replace('"', "") == fonts[1].replace('"', "")


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'"
)


@pytest.mark.parametrize("chart", list(CHART_PAGES))
def test_charts_draw_under_the_content_security_policy(browser, site, chart: str) -> None:
    """Our markup and scripts, and plotly.js, break no rule of the site's CSP."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
        "[e.violatedDirective, e.sourceFile, e.sample, e.lineNumber].join(' ')));"
    )
    url = site.url + CHART_PAGES[chart]

    def with_policy(route) -> None:
        response = route.fetch()
        html = response.text().replace(
            "<head>", f'<head><meta http-equiv="Content-Security-Policy" content="{CSP}">', 1
        )
        route.fulfill(response=response, body=html)

    page.route(url, with_policy)
    page.goto(url)
    _reach(page, chart)
    violations = page.evaluate("window.__violations")
    ours = [v for v in violations if "charts.js" in v or "plotly" in v or "chart" in v]
    context.close()
    assert ours == [], ours[:3]
