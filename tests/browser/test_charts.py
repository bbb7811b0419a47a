# Every chart shows its still at once and becomes interactive when reached for, in both themes,
# on direct load and after instant navigation.
from __future__ import annotations

import pytest

from generators.charts.map import PHONE_RATIO
from tests.browser.conftest import render_all_charts, shown_still

CHART_PAGES = {
    "timeline": "timeline/",
    "positions": "",  # the home page's lead graphic
    "network": "actors/",
    "map": "",
    "channels": "sources/",
    "voices": "quotes/",
    "figures": "numbers/",
}

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("chart", list(CHART_PAGES))
def test_chart_renders_on_direct_load(open_page, chart: str, scheme: str) -> None:
    watched = open_page(CHART_PAGES[chart], scheme=scheme)
    page = watched.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.wait_for_load_state("networkidle")
    # Before the reader reaches for it: the still, one drawing of it, in the theme's colours.
    (still,) = shown_still(page, chart)
    assert still["width"] > 200 and still["height"] > 100
    fills = page.evaluate(
        """id => {
            const text = document.querySelector(`.chart-plot[data-chart="${id}"] .chart-still .t`);
            const probe = document.createElement('span');
            probe.style.color = 'var(--md-default-fg-color)';
            document.body.append(probe);
            const theme = getComputedStyle(probe).color;
            probe.remove();
            return text ? [getComputedStyle(text).fill, theme] : null;
        }""",
        chart,
    )
    if fills:  # every chart but the map labels something in the page's text colour
        assert fills[0] == fills[1]
    assert not [url for url in requested if "plotly" in url]
    assert chart in render_all_charts(page)
    plot = page.locator(f'.chart-plot[data-chart="{chart}"]')
    assert plot.locator("svg.main-svg").count() >= 1
    assert plot.locator(".chart-still").count() == 0, "the still stays under the live chart"
    box = plot.bounding_box()
    assert box is not None and box["width"] > 200
    # The chart's text colour is the theme's.
    colour = page.evaluate(
        """id => {
            const plot = document.querySelector(`.chart-plot[data-chart="${id}"] .chart-live`);
            const css = getComputedStyle(document.body).getPropertyValue('--md-default-fg-color');
            return [plot.layout.font.color, css.trim()];
        }""",
        chart,
    )
    assert colour[0] == colour[1]
    watched.assert_clean()


@pytest.mark.parametrize("chart", list(CHART_PAGES))
def test_chart_renders_after_instant_navigation(open_page, chart: str) -> None:
    start = "glossary/"  # its sidebar links to every chart page
    watched = open_page(start)
    page = watched.page
    page.wait_for_load_state("networkidle")  # instant navigation starts once the sitemap is in
    page.evaluate("window.__no_full_reload = true")
    target = CHART_PAGES[chart]
    link = f'a[href$="/{target}"]' if target else "a.md-header__button.md-logo"
    page.locator(f"{link} >> visible=true").first.click()
    page.wait_for_function(
        "path => location.pathname.endsWith('/' + path)", arg=target, timeout=10000
    )
    page.wait_for_selector(f'.chart-plot[data-chart="{chart}"]')
    assert page.evaluate("window.__no_full_reload === true"), "navigation reloaded the page"
    assert len(shown_still(page, chart)) == 1
    assert chart in render_all_charts(page)
    # Going back and forth must not render twice or leave charts from the previous page behind.
    page.go_back()
    page.wait_for_selector(f'.chart-plot[data-chart="{chart}"]', state="detached")
    page.go_forward()
    page.wait_for_selector(f'.chart-plot[data-chart="{chart}"]')
    render_all_charts(page)
    assert page.locator(f'.chart-plot[data-chart="{chart}"] svg.main-svg').count() >= 1
    assert page.locator(f'.chart-plot[data-chart="{chart}"] .plot-container').count() == 1
    watched.assert_clean()


def test_charts_follow_the_theme_toggle(open_page) -> None:
    watched = open_page("timeline/", scheme="light")
    page = watched.page
    fill = "getComputedStyle(document.querySelector('.chart-still .t')).fill"
    still_before = page.evaluate(fill)
    page.locator("form[data-explainer-palette] label:visible").first.click()
    page.wait_for_function(
        "document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=5000
    )
    assert page.evaluate(fill) != still_before, "the still keeps the light theme's text"
    page.locator("form[data-explainer-palette] label:visible").first.click()
    page.wait_for_function(
        "document.body.getAttribute('data-md-color-scheme') !== 'slate'", timeout=5000
    )
    render_all_charts(page)
    before = page.evaluate("document.querySelector('.chart-live').layout.font.color")
    page.locator("form[data-explainer-palette] label:visible").first.click()
    page.wait_for_function(
        "document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=5000
    )
    page.wait_for_function(
        """before => document.querySelector('.chart-live').layout.font.color !== before""",
        arg=before,
        timeout=5000,
    )
    after = page.evaluate("document.querySelector('.chart-live').layout.font.color")
    css = page.evaluate(
        "getComputedStyle(document.body).getPropertyValue('--md-default-fg-color').trim()"
    )
    assert after == css != before
    watched.assert_clean()


def test_plotly_loads_once_and_only_when_a_chart_is_reached_for(open_page) -> None:
    watched = open_page("glossary/")
    page = watched.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.reload(wait_until="networkidle")
    assert not [url for url in requested if "plotly" in url]
    page.locator('a[href$="/timeline/"] >> visible=true').first.click()
    page.wait_for_selector('.chart-plot[data-chart="timeline"]')
    page.mouse.wheel(0, 2000)  # scrolling past a chart is not reaching for it
    page.wait_for_timeout(500)
    assert not [url for url in requested if "plotly" in url]
    render_all_charts(page)
    page.locator('a[href$="/quotes/"] >> visible=true').first.click()
    page.wait_for_selector('.chart-plot[data-chart="voices"]')
    render_all_charts(page)
    assert len([url for url in requested if "plotly" in url and url.endswith(".js")]) == 1
    assert len([url for url in requested if "plotly" in url and url.endswith(".css")]) == 1
    watched.assert_clean()


def test_chart_resizes_when_its_container_does(open_page) -> None:
    watched = open_page("numbers/", width=1280)
    page = watched.page
    render_all_charts(page)
    width = "document.querySelector('.chart-plot svg.main-svg').getBoundingClientRect().width"
    wide = page.evaluate(width)
    page.set_viewport_size({"width": 400, "height": 800})
    page.wait_for_function(
        f"wide => {width} < wide - 100",
        arg=wide,
        timeout=5000,
    )
    narrow = page.evaluate(width)
    assert narrow <= 400
    # The live chart switched to the design the still would show there (the phone's).
    assert page.evaluate("document.querySelector('.chart-live').layout.width") == 343
    watched.assert_clean()


@pytest.mark.parametrize(("width", "drawn"), [(375, 343), (600, 540), (1280, 688)])
def test_still_drawing_fits_the_column(open_page, width: int, drawn: int) -> None:
    watched = open_page("timeline/", width=width)
    page = watched.page
    (still,) = shown_still(page, "timeline")
    column = page.evaluate("document.querySelector('.chart-plot').getBoundingClientRect().width")
    assert still["drawn"] == drawn
    assert page.locator("#chart-timeline .chart-hint").is_visible()
    assert still["width"] <= column + 0.5
    assert column / drawn >= 0.85 or still["width"] == drawn  # text is never shrunk far
    watched.assert_clean()


def test_chart_data_table_is_there_without_scripts(browser, site) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "timeline/")
    assert len(shown_still(page, "timeline")) == 1  # the chart itself needs no script
    assert not page.locator("#chart-timeline .chart-hint").is_visible()  # nothing to point at
    table = page.locator("#chart-timeline details.chart-table table")
    assert table.count() == 1
    assert page.locator("#chart-timeline a.chart-csv").get_attribute("download") is not None
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_map_fills_its_box_at_every_width(open_page, width: int) -> None:
    watched = open_page("", width=width)
    page = watched.page
    box = page.locator('.chart-plot[data-chart="map"]').bounding_box()
    drawn = page.evaluate(
        """() => [...document.querySelectorAll('.chart-plot[data-chart="map"] .chart-still svg')]
            .filter(svg => getComputedStyle(svg).display !== 'none')
            .map(svg => [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height])"""
    )
    assert box is not None and len(drawn) == 1
    # The box has the shape of the drawing it shows: the map is not letterboxed.
    ((drawn_width, drawn_height),) = drawn
    assert abs(box["height"] / box["width"] - drawn_height / drawn_width) < 0.01
    if width < 450:  # the story's region, framed at least 3:4, and all of it on one screen
        assert box["width"] * PHONE_RATIO <= box["height"] < 600
    render_all_charts(page)
    live = page.evaluate(
        """() => document.querySelector('.chart-plot[data-chart="map"] svg.main-svg')
            .getBoundingClientRect().height"""
    )
    assert abs(live - box["height"]) <= 1  # the interactive map takes the same box
    watched.assert_clean()
