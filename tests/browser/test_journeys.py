# What readers do: search, switch theme, move around with instant navigation, read a tooltip.
from __future__ import annotations

import pytest

from generators.loader import load_explainer
from generators.pages.places import Places
from tests.browser.conftest import SEARCH_UI, render_all_charts
from tests.conftest import DATA

pytestmark = pytest.mark.browser


def search(page, query: str) -> list[str]:
    page.wait_for_load_state("networkidle")
    opener = page.locator(SEARCH_UI.opener).first
    if opener.is_visible():  # phones (and Zensical): the search icon opens the dialog
        opener.click()
    box = page.locator(SEARCH_UI.box)
    box.click()
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(SEARCH_UI.result, timeout=10000)
    return page.locator(SEARCH_UI.result).all_inner_texts()


def test_search_finds_a_person_by_surname(open_page) -> None:
    watched = open_page("", width=1280)
    results = search(watched.page, "Radchenko")
    assert any("Sergey Radchenko" in text for text in results), results
    watched.assert_clean()


def test_search_finds_a_glossary_term(open_page) -> None:
    watched = open_page("timeline/", width=375)
    results = search(watched.page, "benevolent neutrality")
    assert any("Glossary" in text or "benevolent" in text.lower() for text in results), results
    first = watched.page.locator(SEARCH_UI.link).first
    target = (first.get_attribute("href") or "").split("#")[0]
    first.click()
    watched.page.wait_for_url(target + "**")
    assert watched.page.locator("article.md-content__inner h1").is_visible()
    watched.assert_clean()


def test_theme_toggle_persists_across_pages(open_page) -> None:
    watched = open_page("quotes/", scheme="light")
    page = watched.page
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "default"
    page.locator("form[data-explainer-palette] label:visible").first.click()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.goto(page.url.replace("quotes/", "glossary/"), wait_until="load")  # a full page load
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.locator("form[data-explainer-palette] label:visible").first.click()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "default"
    watched.assert_clean()


def test_instant_navigation_keeps_the_page_working(open_page) -> None:
    watched = open_page("glossary/")
    page = watched.page
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__no_full_reload = true")
    for target in ("people/", "quotes/", "timeline/", "sources/"):
        page.locator(f'nav.md-nav--primary a[href$="/{target}"] >> visible=true').first.click()
        page.wait_for_function("t => location.pathname.endsWith('/' + t)", arg=target)
        page.wait_for_selector(f'link[rel=canonical][href$="/{target}"]', state="attached")
        render_all_charts(page)
    assert page.evaluate("window.__no_full_reload === true")
    # The page still works: search opens and the theme toggles.
    results = search(page, "Ushakov")
    assert any("Ushakov" in text for text in results)
    watched.assert_clean()


def test_glossary_term_shows_its_tooltip(open_page) -> None:
    """On hover, on keyboard focus and on a tap: the definition, as text, below the term."""
    watched = open_page("people/rogozin/", width=1280)
    page = watched.page
    term = page.locator("article abbr[data-tip]").first
    definition = term.get_attribute("data-tip")
    assert definition
    tooltip = page.locator(".explainer-tip[role=tooltip]")
    term.hover()
    tooltip.wait_for(state="visible", timeout=5000)
    assert tooltip.text_content() == definition
    assert term.get_attribute("aria-describedby") == tooltip.get_attribute("id")
    below = tooltip.bounding_box()["y"] >= term.bounding_box()["y"] + term.bounding_box()["height"]
    above = (
        tooltip.bounding_box()["y"] + tooltip.bounding_box()["height"] <= term.bounding_box()["y"]
    )
    assert below or above, "the tooltip covers the line being read"
    page.mouse.move(0, 0)
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden", timeout=5000)
    term.focus()
    tooltip.wait_for(state="visible", timeout=5000)
    watched.assert_clean()


def test_glossary_term_opens_its_tooltip_on_a_tap(open_page) -> None:
    watched = open_page("people/rogozin/", width=375)
    page = watched.page
    term = page.locator("article abbr[data-tip]").first
    term.scroll_into_view_if_needed()
    term.dispatch_event("click")
    tooltip = page.locator(".explainer-tip[role=tooltip]")
    tooltip.wait_for(state="visible", timeout=5000)
    box = tooltip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    watched.assert_clean()


def test_person_link_leads_to_their_page(open_page) -> None:
    watched = open_page("quotes/")
    page = watched.page
    page.wait_for_load_state("networkidle")
    page.locator('article a[href$="/people/radchenko/"]').first.click()
    page.wait_for_selector("h1:has-text('Sergey Radchenko')")
    assert page.locator("article blockquote").count() >= 2
    watched.assert_clean()


def test_a_link_to_a_person_without_a_page_lands_on_their_entry(open_page) -> None:
    """From the sources page's byline, on a phone: the People page, scrolled to the entry."""
    explainer = load_explainer(DATA)
    places = Places(explainer)
    person = next(p.id for p in explainer.people if not places.has_page(p.id))
    entry_id = places.person(person).split("#")[1]
    watched = open_page("sources/", width=375)
    page = watched.page
    page.wait_for_load_state("networkidle")
    page.locator(f'article a[href$="people/#{entry_id}"]').first.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=entry_id)
    entry = page.locator(f"li#{entry_id}")
    entry.wait_for(state="visible")
    header = page.locator("header.md-header").bounding_box()
    box = entry.bounding_box()
    assert header and box
    assert header["y"] + header["height"] <= box["y"] < 800, "the entry is hidden or off screen"
    watched.assert_clean()


@pytest.mark.parametrize("how", ["instant navigation", "direct load", "same page"])
def test_a_citation_opens_its_paragraphs_entry_on_the_sources_page(open_page, how: str) -> None:
    """A ¶ citation lands on the paragraph's entry, shown closed until then: it is open, its
    records visible, its line below the header, on a phone."""
    watched = open_page("topics/taiwan/" if how != "same page" else "sources/", width=375)
    page = watched.page
    page.wait_for_load_state("networkidle")
    cite = page.locator("article a.cite[href*='#p']").first
    paragraph = (cite.get_attribute("href") or "").split("#")[1]
    if how == "direct load":
        page.goto(page.url.split("topics/")[0] + f"sources/#{paragraph}", wait_until="load")
    else:
        if how == "same page":
            page.locator(f"details#{paragraph}").scroll_into_view_if_needed()
        cite.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=paragraph)
    entry = page.locator(f"details#{paragraph}")
    page.wait_for_function("id => document.getElementById(id).open", arg=paragraph, timeout=5000)
    entry.locator("ul li").first.wait_for(state="visible", timeout=5000)
    header = page.locator("header.md-header").bounding_box()
    page.wait_for_timeout(500)  # whatever scrolls after load has scrolled
    box = entry.locator("summary").bounding_box()
    assert header and box
    assert header["y"] + header["height"] <= box["y"] + 1 < 800, "the entry is hidden or off screen"
    others = page.evaluate("document.querySelectorAll('details.paragraph-uses[open]').length")
    assert others == 1, "only the cited paragraph opens"
    watched.assert_clean()


def test_the_theme_follows_the_system_until_the_reader_chooses(open_page) -> None:
    """No stored choice: the system's dark setting gives the dark theme at once; a choice made
    with the keyboard is kept over the system's on the next page."""
    watched = open_page("timeline/", width=375, scheme="dark")
    page = watched.page
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "slate"
    visible = page.locator("form[data-explainer-palette] label:visible")
    assert visible.count() == 1
    assert visible.get_attribute("title") == "Switch to light mode"
    checked = page.locator("form[data-explainer-palette] input:checked")
    checked.focus()
    page.keyboard.press("Enter")
    assert page.evaluate(scheme) == "default"
    page.goto(page.url.replace("timeline/", "glossary/"), wait_until="load")
    assert page.evaluate(scheme) == "default"
    assert page.locator("form[data-explainer-palette] label:visible").get_attribute("title") == (
        "Switch to dark mode"
    )
    watched.assert_clean()
