# Generated pages: content, citations, cross-links, escaping of data text.
from __future__ import annotations

import re

from generators.markdown import escape
from generators.model import Explainer
from generators.site import NAV_LISTS_AT_MOST, site_files, site_nav

LINK = re.compile(r"\]\(([^)\s]+)\)")


def pages(explainer: Explainer) -> dict[str, str]:
    return {f.path: str(f.content) for f in site_files(explainer) if f.path.endswith(".md")}


def test_one_page_per_person_and_topic(mini: Explainer) -> None:
    paths = set(pages(mini))
    assert {f"people/{p.id}.md" for p in mini.people} <= paths
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


def test_person_page_shows_quotes_events_and_links(mini: Explainer) -> None:
    page = pages(mini)["people/ruiz.md"]
    assert "# Ana Ruiz" in page
    assert "“We will start in May\\,”" in page
    assert "[Eastford Town Council](../actors.md#eastford-council)" in page
    assert "[P2](../sources.md#p2){.cite" in page
    assert "[The ferry deal is agreed](../timeline.md#ferry-agreed)" in page
    # Each quote is its own blockquote: a line of text separates consecutive quotes.
    assert "\n\n> “" in page and "\n>\n\n> “" not in page


def test_quotes_page_groups_by_speaker_and_topic(mini: Explainer) -> None:
    page = pages(mini)["quotes.md"]
    by_speaker, by_topic = page.split("## By topic")
    assert by_speaker.count("> “") == 4
    assert "{ #start-in-may .quote-text }" in by_speaker
    assert "### The old quarrel {#topic-old-quarrel}" in by_topic
    assert "via [Said to the reporter](sources.md#interview)" in by_speaker


def test_timeline_shows_dates_at_their_precision(mini: Explainer) -> None:
    page = pages(mini)["timeline.md"]
    assert page.index("## 1998") < page.index("## 2024")
    assert "**1998**" in page
    assert "**May 2024** · *planned*" in page
    assert '*date inferred: "in May" after the March 2024 article*' in page.replace("\\", "")


def test_agreement_page_splits_common_ground_and_limits(mini: Explainer) -> None:
    page = pages(mini)["agreement.md"]
    common, limits = page.split("## Common ground")[1].split("## Where the partnership stops")
    assert "The ferry" in common and "The old quarrel" not in common
    assert "The old quarrel" in limits and "**neutral**" in limits


def test_sources_page_indexes_every_paragraph(mini: Explainer) -> None:
    page = pages(mini)["sources.md"]
    for paragraph in ("p1", "p2", "p3", "p4", "caption", "byline", "credits"):
        assert f"{{#{paragraph}}}" in page
    assert "Invented for the test suite\\." in page  # background facts are listed


def test_glossary_terms_become_tooltips_on_every_page_that_uses_them(mini: Explainer) -> None:
    for path, markdown in pages(mini).items():
        text, _, definitions = markdown.partition("\n*[")
        for term in ("ferry", "ferries"):
            line = f"*[{term}]: A boat that carries people"
            uses = re.search(rf"\b{term}\b", text) is not None
            assert (line in "\n*[" + definitions) == uses, (path, term)


def test_nav_lists_only_index_pages_past_the_limit(mini: Explainer) -> None:
    many = [mini.people[0].model_copy(update={"id": f"p{n}"}) for n in range(NAV_LISTS_AT_MOST + 1)]
    nav = site_nav(mini.model_copy(update={"people": many}))
    assert nav[2] == {"People": "people/index.md"}
    assert nav[4]["Topics"][0] == {"All topics": "topics/index.md"}


def test_nav_lists_people_and_topics_as_sections(mini: Explainer) -> None:
    nav = site_nav(mini, [{"About": "about.md"}])
    assert nav[0] == {"Home": "index.md"}
    assert nav[2]["People"][:2] == [
        {"All people": "people/index.md"},
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
