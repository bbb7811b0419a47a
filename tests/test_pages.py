# Generated pages: content, citations, cross-links, escaping of data text.
from __future__ import annotations

import re

from generators.escaping import escape
from generators.model import Explainer
from generators.site import site_files
from generators.site_config import NAV_LISTS_AT_MOST, site_nav

LINK = re.compile(r"\]\(([^)\s]+)\)")
# The site's Markdown extensions (mkdocs.yml), to read a page as the reader gets it.
EXTENSIONS = ["abbr", "generators.abbr_first_use", "attr_list", "md_in_html", "tables", "toc"]
EXTENSIONS += ["pymdownx.escapeall", "pymdownx.details", "pymdownx.superfences"]


def html_of(markdown: str) -> str:
    """A generated page's Markdown as HTML, by the extensions the site uses."""
    import markdown as python_markdown

    config = {"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}}
    return python_markdown.markdown(markdown, extensions=EXTENSIONS, extension_configs=config)


def pages(explainer: Explainer) -> dict[str, str]:
    return {f.path: str(f.content) for f in site_files(explainer) if f.path.endswith(".md")}


def test_a_page_per_person_with_more_than_a_line_and_per_topic(mini: Explainer) -> None:
    paths = set(pages(mini))
    # Ruiz is quoted, Ode is in an event; the reporter is only the byline: no page of their own.
    assert {"people/ruiz.md", "people/ode.md"} <= paths
    assert "people/reporter.md" not in paths
    assert {f"topics/{t.id}.md" for t in mini.topics} <= paths
    assert {"index.md", "timeline.md", "quotes.md", "agreement.md", "numbers.md"} <= paths
    assert {"glossary.md", "sources.md", "actors.md", "people/index.md", "topics/index.md"} <= paths


def test_every_relative_link_points_at_a_generated_file(mini: Explainer) -> None:
    site = {f.path: str(f.content) for f in site_files(mini)}
    for path, markdown in pages(mini).items():
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        for target in LINK.findall(markdown):
            file = target.split("#", 1)[0]
            if not file:
                continue
            resolved = "/".join(part for part in f"{folder}/{file}".split("/") if part)
            while "/../" in f"/{resolved}":
                resolved = re.sub(r"(^|/)[^/]+/\.\.(/|$)", r"\1", resolved, count=1)
            assert resolved in site, f"{path}: {target} → {resolved}"


def test_a_person_without_a_page_is_an_entry_every_link_to_them_lands_on(mini: Explainer) -> None:
    site = pages(mini)
    entry = html_of(site["people/index.md"])
    assert '<li id="person-reporter"><strong>Pat Writer</strong>, Reporter: Wrote the test' in entry
    assert "[Pat Writer](people/index.md#person-reporter)" in site["index.md"]  # the byline
    assert "[Pat Writer](people/index.md#person-reporter)" in site["sources.md"]
    assert "**[Ana Ruiz](ruiz.md)**" in site["people/index.md"]  # a person with a page
    for path, markdown in site.items():
        assert "reporter.md" not in markdown, path
    assert "people/reporter.md" not in str(site_nav(mini))


def test_key_figures_are_one_card_each(real: Explainer) -> None:
    home = html_of(pages(real)["index.md"])
    cards = home.split('<div class="grid cards">')[1].split("</div>")[0]
    assert cards.count("<li>") == len(real.figures)
    assert " - <strong>" not in cards  # a card run into the previous one's label


def test_person_page_shows_quotes_events_and_links(mini: Explainer) -> None:
    page = pages(mini)["people/ruiz.md"]
    assert "# Ana Ruiz" in page
    assert "“We will start in May\\,”" in page
    assert "[Eastford Town Council](../actors.md#organisation-eastford-council)" in page
    assert "[¶ 2](../sources.md#p2){.cite" in page
    assert "[The ferry deal is agreed](../timeline.md#event-ferry-agreed)" in page
    # Each quote is its own blockquote: a line of text separates consecutive quotes.
    assert "\n\n> “" in page and "\n>\n\n> “" not in page


def test_quotes_page_prints_each_quote_once_by_speaker(mini: Explainer) -> None:
    page = pages(mini)["quotes.md"]
    assert page.count("> “") == len(mini.quotes) == 4
    assert "{ #quote-start-in-may .quote-text }" in page
    assert "via [Said to the reporter](sources.md#channel-interview)" in page
    assert "in full" not in page


def test_timeline_shows_dates_at_their_precision(mini: Explainer) -> None:
    page = pages(mini)["timeline.md"]
    assert page.index("## 1998") < page.index("## 2024")
    assert "**1998**" in page
    assert "**May 2024**, *planned*" in page
    assert '    "in May" after the March 2024 article' in page.replace("\\", "")


def test_agreement_page_splits_common_ground_and_limits(mini: Explainer) -> None:
    page = pages(mini)["agreement.md"]
    common, limits = page.split("## Common ground")[1].split("## The limits")
    assert "The ferry" in common and "The old quarrel" not in common
    assert "The old quarrel" in limits and "**neutral**" in limits


def test_sources_page_indexes_every_paragraph(mini: Explainer) -> None:
    page = pages(mini)["sources.md"]
    for paragraph in ("p1", "p2", "p3", "p4", "caption", "byline", "credits"):
        assert f'<details class="paragraph-uses" id="{paragraph}" markdown>' in page
    assert "Invented for the test suite\\." in page  # background facts are listed


def test_glossary_terms_become_tooltips_on_every_page_that_uses_them(mini: Explainer) -> None:
    for path, markdown in pages(mini).items():
        text, _, definitions = markdown.partition("\n*[")
        for term in ("ferry", "ferries"):
            line = f"*[{term}]: A boat that carries people"
            uses = re.search(rf"\b{term}\b", text) is not None
            assert (line in "\n*[" + definitions) == uses, (path, term)


def test_nav_lists_only_index_pages_past_the_limit(mini: Explainer) -> None:
    count = NAV_LISTS_AT_MOST + 1
    many = [mini.people[0].model_copy(update={"id": f"p{n}"}) for n in range(count)]
    ties = [mini.relations[1].model_copy(update={"source": f"p{n}"}) for n in range(count)]
    nav = site_nav(mini.model_copy(update={"people": many, "relations": ties}))
    assert nav[2] == {"People": "people/index.md"}
    # At the limit, each person with a page is listed (people without one never count).
    nav = site_nav(mini.model_copy(update={"people": many, "relations": ties[1:]}))
    assert len(nav[2]["People"]) == 1 + NAV_LISTS_AT_MOST
    assert nav[4]["Topics"][0] == {"All topics": "topics/index.md"}


def test_nav_lists_people_and_topics_as_sections(mini: Explainer) -> None:
    nav = site_nav(mini, [{"About": "about.md"}])
    assert nav[0] == {"Home": "index.md"}
    assert nav[2]["People"][:2] == [
        {"All people": "people/index.md"},  # the section's own index page
        {"Ana Ruiz": "people/ruiz.md"},
    ]
    assert nav[-1] == {"About": "about.md"}


def test_escape_neutralises_markdown_and_html() -> None:
    assert escape("<script>") == "&lt;script&gt;"
    assert escape("*bold* [x](y) # h") == "\\*bold\\* \\[x\\]\\(y\\) \\# h"
    assert escape("a\nb\x00c") == "a bc"
    assert escape("Tom & Jerry") == "Tom &amp; Jerry"


def test_compiled_templates_are_reused_and_a_broken_cache_folder_is_harmless(
    tmp_path, monkeypatch
) -> None:
    import jinja2

    from generators.pages import base

    assert isinstance(base.environment().bytecode_cache, base._CompiledTemplates)
    sources = {"t.md.j2": "# {{ title }}"}
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()

    def render(title: str) -> str:
        env = jinja2.Environment(
            loader=jinja2.DictLoader(sources),
            bytecode_cache=base._compiled_templates(str(cache_dir)),
        )
        return env.get_template("t.md.j2").render(title=title)

    assert render("A") == "# A"
    written = sorted(cache_dir.iterdir())
    assert len(written) == 1  # a new process loads this instead of compiling
    assert render("B") == "# B" and sorted(cache_dir.iterdir()) == written
    # Other syntax options compile into other files, never into a stale template.
    syntax = base.TEMPLATE_SYNTAX | {"trim_blocks": False}
    monkeypatch.setattr(base, "TEMPLATE_SYNTAX", syntax)
    assert render("C") == "# C"
    monkeypatch.undo()
    assert len(list(cache_dir.iterdir())) == 2
    for file in cache_dir.iterdir():
        file.unlink()
    cache_dir.rmdir()  # the folder vanishes: rendering still works, nothing is written
    assert render("D") == "# D"


def test_relative_links_agree_with_posixpath() -> None:
    import itertools
    import posixpath

    from generators.pages.base import _relative

    paths = [
        "index.md",
        "sources.md",
        "people/xi.md",
        "people/index.md",
        "topics/partnership.md",
        "topics/a/b.md",
        "a/b/c.md",
        "a/b/d.md",
        "a/x.md",
        "assets/charts/map.csv",
    ]
    for path, page in itertools.product(paths, paths):
        expected = posixpath.relpath(path, posixpath.dirname(page) or ".")
        assert _relative(path, page) == expected, (path, page)


ID_SHAPED = re.compile(r"(?<![\w./#(-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\w/-])")


def visible_text(markdown: str) -> str:
    """A page's Markdown without what a reader never sees: front matter, link targets,
    attribute lists, glossary lines and raw HTML tags."""
    text = markdown.split("\n---\n", 1)[-1]
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"\{[^}]*\}", "", text)
    text = re.sub(r"<[^>]+>", "", text)
    return "\n".join(line for line in text.splitlines() if not line.startswith("*["))


def test_no_page_shows_a_record_id(real: Explainer) -> None:
    for path, markdown in pages(real).items():
        assert ID_SHAPED.findall(visible_text(markdown)) == [], path


def test_sources_page_names_what_it_takes_from_each_paragraph(real: Explainer) -> None:
    page = pages(real)["sources.md"]
    takeaway = real.article.takeaways[0]
    assert takeaway.id not in visible_text(page)
    assert 'id="p3" markdown>\n<summary>Paragraph 3 <span class="uses-count">' in page
    assert "- **Key takeaways:** [" in page and "](index.md#takeaways)" in page


def test_timeline_writes_ranges_as_readers_do(real: Explainer) -> None:
    page = pages(real)["timeline.md"]
    ranged = [e for e in real.events if e.end_date]
    assert ranged
    for event in ranged:
        first, last = event.date[-2:].lstrip("0"), event.end_date[-2:].lstrip("0")
        assert f"**{first}–{last} " in page.replace("\\", "")


def test_the_agreement_page_has_one_name(real: Explainer) -> None:
    from generators.pages import AGREEMENT_TITLE, NAV

    assert (AGREEMENT_TITLE, "agreement.md") in NAV
    assert f"# {AGREEMENT_TITLE}\n" in pages(real)["agreement.md"]
    assert f"[{AGREEMENT_TITLE}](agreement.md)" in pages(real)["index.md"]


def test_the_positions_chart_is_shown_once(real: Explainer) -> None:
    shown = [path for path, text in pages(real).items() if 'id="chart-positions"' in text]
    assert shown == ["index.md"]
