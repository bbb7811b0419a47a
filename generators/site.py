# An explainer's pages and charts → the files a site builder reads, written all or nothing.
"""Turn a validated explainer into output files, and write them atomically."""

from __future__ import annotations

import html
import json
import re
import secrets
import shutil
from dataclasses import dataclass
from itertools import compress, count
from pathlib import Path
from typing import TYPE_CHECKING

from generators.charts import build_charts, csv_bytes, figure_json
from generators.collector import without_cycle_collection
from generators.pages import NAV, Page, render_pages

if TYPE_CHECKING:
    from collections.abc import Iterable

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


# What `write_atomically` leaves in each folder it writes: the files it wrote, so that a later
# build replaces only a folder of its own, and every file in it is one it wrote.
BUILD_MANIFEST = ".explainer-build.json"
WRITTEN_BY = "explainer build"


class OutputFolderError(Exception):
    """The output folder is one a build must not replace (a wrong command line, not bad data)."""


def write_atomically(files: list[OutputFile], out_dir: Path) -> None:
    """Write `files` into `out_dir`, replacing it only once every file is written.

    Only a new or empty folder, or one an earlier build wrote and nobody added to, is
    replaced; any other is an OutputFolderError, and nothing is touched. The new tree is
    written beside `out_dir` in a hidden folder and swapped in by two renames; hidden folders
    that an interrupted build left behind are removed once the new tree is in place.
    """
    out_dir = out_dir.resolve()
    _refuse_foreign(out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        _swap_in(files, out_dir)
    except OSError as error:
        # A hidden working folder means nothing to the reader: name the folder they gave.
        if error.filename is not None:
            error.filename = _as_given(Path(error.filename), out_dir)
        if error.filename2 is not None:
            error.filename2 = _as_given(Path(error.filename2), out_dir)
        raise
    _remove_leftovers(out_dir)


def _swap_in(files: list[OutputFile], out_dir: Path) -> None:
    """Write the new tree beside `out_dir`, then put it in the old one's place."""
    # mkdir, not mkdtemp: the folder gets the usual permissions (umask), not mkdtemp's 0700.
    staging = out_dir.with_name(f".{out_dir.name}-{secrets.token_hex(6)}")
    staging.mkdir()
    old = None
    try:
        # The manifest first, so that a build killed while writing leaves a folder known as ours.
        (staging / BUILD_MANIFEST).write_text(manifest(files), encoding="utf-8", newline="\n")
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


def manifest(files: list[OutputFile]) -> str:
    """The record of a build's files, the same for the same files (no time, no host)."""
    listed = {"written_by": WRITTEN_BY, "files": sorted(file.path for file in files)}
    return json.dumps(listed, indent=2, ensure_ascii=False) + "\n"


def files_written(folder: Path) -> set[str] | None:
    """The files a build recorded writing into `folder`, or None if no build of ours did."""
    try:
        listed = json.loads((folder / BUILD_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(listed, dict) or listed.get("written_by") != WRITTEN_BY:
        return None
    paths = listed.get("files")
    if not isinstance(paths, list) or not all(isinstance(path, str) for path in paths):
        return None
    return {*paths, BUILD_MANIFEST}


def _refuse_foreign(out_dir: Path) -> None:
    """Raise OutputFolderError if `out_dir` is a file, or holds any file a build did not write."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise OutputFolderError(
            f"--out {out_dir}: is a file, not a folder; it is left as it is "
            "(give --out a new or empty folder, or one `explainer build` wrote)"
        )
    ours = files_written(out_dir) or set()
    foreign = sorted(
        relative
        for path in out_dir.rglob("*")
        if (relative := path.relative_to(out_dir).as_posix()) not in ours
        and (path.is_symlink() or not path.is_dir())
    )
    if foreign:
        raise OutputFolderError(
            f"--out {out_dir}: holds files `explainer build` did not write, such as "
            f"{foreign[0]}; nothing was changed (give --out a new or empty folder, or one "
            "`explainer build` wrote; a folder an older version wrote: delete it first)"
        )


def _as_given(path: Path, out_dir: Path) -> str:
    """A path inside one of the hidden working folders, as the path it stands for in `out_dir`."""
    for working in _working_folders(out_dir, [path, *path.parents]):
        return str(out_dir / path.relative_to(working))
    return str(path)


def _working_folders(out_dir: Path, candidates: Iterable[Path]) -> list[Path]:
    """Those of `candidates` named as `write_atomically`'s hidden folders beside `out_dir`."""
    pattern = re.compile(rf"\.{re.escape(out_dir.name)}-(?:old-)?[0-9a-f]{{12}}")
    return [
        path
        for path in candidates
        if path.parent == out_dir.parent and pattern.fullmatch(path.name)
    ]


def _remove_leftovers(out_dir: Path) -> None:
    """Remove the hidden folders beside `out_dir` that a build of ours was killed leaving."""
    try:
        beside = list(out_dir.parent.iterdir())
    except OSError:  # the new tree is in place; the leftovers wait for the next build
        return
    for folder in _working_folders(out_dir, beside):
        if not folder.is_symlink() and folder.is_dir() and files_written(folder) is not None:
            shutil.rmtree(folder, ignore_errors=True)
