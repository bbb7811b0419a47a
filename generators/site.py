# An explainer's pages and charts → the files a site builder reads, written all or nothing.
"""Turn a validated explainer into output files, and write them atomically."""

from __future__ import annotations

import html
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress, count
from pathlib import Path
from typing import TYPE_CHECKING

from generators.charts import build_charts, csv_bytes, figure_json
from generators.collector import without_cycle_collection
from generators.pages import NAV, Page, render_pages
from generators.problems import DataError, Problem

if TYPE_CHECKING:
    from generators.model import Explainer


@dataclass(frozen=True)
class OutputFile:
    """One generated file: its path in the site, its content, and the data file behind it."""

    path: str
    content: str | bytes
    source: str


WORD = re.compile(r"\w+")
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


@dataclass(frozen=True)
class Abbreviations:
    """The glossary as Markdown abbreviation lines (`*[term]: definition`), found by the words
    of each term so that a page gets only the terms it uses."""

    one_word: dict[str, list[str]]  # the word → its lines
    # first word → (the term's words in order, line), for terms of two words or more
    longer: dict[str, list[tuple[tuple[str, ...], str]]]
    wordless: list[tuple[str, str]]  # (term, line) for terms with no word characters


def glossary_abbreviations(explainer: Explainer) -> Abbreviations:
    """Every glossary term and alias, indexed by its first word."""
    one_word: dict[str, list[str]] = {}
    longer: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    wordless: list[tuple[str, str]] = []
    for term in sorted(explainer.glossary, key=lambda t: t.term.casefold()):
        definition = " ".join(term.definition.split())
        for name in (term.term, *term.aliases):
            # `]` would end the term, and a backslash would stop the line being an abbreviation.
            clean = " ".join(name.replace("]", "").replace("\\", "").split())
            if not clean:
                continue
            line = f"*[{clean}]: {definition}"
            words = tuple(WORD.findall(clean))
            if not words:
                wordless.append((clean, line))
            elif len(words) == 1:
                one_word.setdefault(words[0], []).append(line)
            else:
                longer.setdefault(words[0], []).append((words, line))
    return Abbreviations(one_word, longer, wordless)


def abbreviations_for(markdown: str, glossary: Abbreviations) -> str:
    """The abbreviation lines of the glossary terms that occur in a page's Markdown.

    Every page used to carry the whole glossary, which made the build grow with pages × terms.
    A term occurs if its words occur one after another among the page's words: one-word terms
    by a set of the page's words, longer ones by the runs of words that start where such a
    term's first word is, so the cost grows with the page, not with pages × terms. The test is
    generous (escapes undone, any punctuation between words): a line too many costs nothing.
    """
    text = _SVG.sub(" ", markdown)  # a chart's still: drawing, not words
    text = text.replace("\\", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    lines: set[str] = set()
    if glossary.wordless:
        spaced = " ".join(text.split())
        lines.update(line for term, line in glossary.wordless if term in spaced)
    words = WORD.findall(text)
    page_words = set(words)
    for word in glossary.one_word.keys() & page_words:
        lines.update(glossary.one_word[word])
    firsts = glossary.longer.keys() & page_words
    if firsts:
        # Runs of n words, only where a longer term could start (positions found in C).
        starts = list(compress(count(), map(firsts.__contains__, words)))
        runs: dict[int, set[tuple[str, ...]]] = {}
        for first in firsts:
            for term_words, line in glossary.longer[first]:
                n = len(term_words)
                if n not in runs:
                    runs[n] = {tuple(words[i : i + n]) for i in starts}
                if term_words in runs[n]:
                    lines.add(line)
    # One definition per block: Python-Markdown re-tests the rest of a block after each
    # definition it takes, which is quadratic in the number of lines of one block.
    return "\n\n".join(sorted(lines, key=lambda line: (line.casefold(), line)))


@without_cycle_collection
def site_files(explainer: Explainer) -> list[OutputFile]:
    """Every generated file of the site, in a stable order: pages, then chart data."""
    glossary = glossary_abbreviations(explainer)
    charts = build_charts(explainer)
    pages: list[Page] = render_pages(explainer, charts)
    files = [
        OutputFile(
            page.path,
            f"{page.markdown.rstrip()}\n\n{abbreviations_for(page.markdown, glossary)}\n",
            page.source,
        )
        for page in pages
    ]
    for chart in charts.values():
        files.append(OutputFile(chart.json_path, figure_json(chart), ""))
        files.append(OutputFile(chart.csv_path, csv_bytes(chart.table), ""))
    return files


@dataclass(frozen=True)
class SiteMeta:
    """What the site says about itself: name, description and credit line, from the data."""

    name: str
    description: str
    copyright: str


def site_meta(explainer: Explainer) -> SiteMeta:
    """The site's name, description and credit line, as plain text."""
    article = explainer.article
    published = article.published
    return SiteMeta(
        name=" ".join((article.site_title or article.headline).split()),
        description=" ".join(article.summary.split()),
        copyright=(
            f"Built from data drawn from {' '.join(article.publication.split())}, "
            f"{published.day} {published:%B %Y}. Summaries are our own; quotes are verbatim."
        ),
    )


# Past this many people or topics, the navigation links only their index page: every page
# carries the whole navigation, so listing every record would grow the site with its square.
NAV_LISTS_AT_MOST = 40


def site_nav(explainer: Explainer, hand_written: list | None = None) -> list:
    """MkDocs nav: generated pages (people, topics as sections), then hand-written ones.

    Material prints nav titles as HTML, so names from the data are HTML-escaped here.
    """
    people = [(person.name, f"people/{person.id}.md") for person in explainer.people]
    topics = [(topic.name, f"topics/{topic.id}.md") for topic in explainer.topics]
    sections = {
        "people/index.md": ("All people", people),
        "topics/index.md": ("All topics", topics),
    }
    nav: list = []
    for title, path in NAV:
        overview, entries = sections.get(path, ("", []))
        if entries and len(entries) <= NAV_LISTS_AT_MOST:
            listed = [{html.escape(name, quote=False): page} for name, page in entries]
            nav.append({title: [{overview: path}, *listed]})
        else:
            nav.append({title: path})
    return nav + list(hand_written or [])


def write_atomically(
    files: list[OutputFile], out_dir: Path, refuse: Callable[[Path], None] | None = None
) -> None:
    """Write `files` into `out_dir`, replacing it only once every file is written.

    A folder that holds anything a build does not write (hand-written pages, a project) is
    never replaced: that is a DataError, and nothing is touched. `refuse` (raising DataError)
    says which folders may be replaced when the files are not a build's.
    """
    out_dir = out_dir.resolve()
    (refuse or _refuse_foreign)(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    # mkdir, not mkdtemp: the folder gets the usual permissions (umask), not mkdtemp's 0700.
    staging = out_dir.with_name(f".{out_dir.name}-{secrets.token_hex(6)}")
    staging.mkdir()
    old = None
    try:
        if out_dir.exists():
            shutil.copymode(out_dir, staging)
        for file in files:
            target = staging / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(file.content, bytes):
                target.write_bytes(file.content)
            else:
                target.write_text(file.content, encoding="utf-8", newline="\n")
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}-old-{secrets.token_hex(6)}")
            out_dir.rename(old)
        staging.rename(out_dir)
    except BaseException:
        if old is not None and not out_dir.exists():
            old.rename(out_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old)


GENERATED_SUFFIXES = (".md", ".json", ".csv")


def _refuse_foreign(out_dir: Path) -> None:
    """Raise DataError if `out_dir` exists and holds what a build would not have written."""
    if not out_dir.exists():
        return
    foreign = next(
        (
            path
            for path in (out_dir.rglob("*") if out_dir.is_dir() else [out_dir])
            if path == out_dir
            or path.name.startswith(".")
            or path.is_symlink()
            or (not path.is_dir() and path.suffix not in GENERATED_SUFFIXES)
        ),
        None,
    )
    if foreign is not None:
        what = (
            "is a file, not a folder"
            if foreign == out_dir
            else f"holds files a build does not write, such as {foreign.relative_to(out_dir)}"
        )
        problem = Problem(
            str(out_dir),
            1,
            1,
            "",
            f"{what}; it is left as it is",
            "give --out a new or empty folder, or one an earlier build wrote",
        )
        raise DataError([problem])
