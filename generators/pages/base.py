# What every page module shares: the Page record, the template environment, and links.
"""Shared page machinery: `Page`, the Jinja environment, and `Links` between records."""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import jinja2

from generators import dates
from generators.charts.base import answers_pointer, paragraph_order, plot_area
from generators.citations import citation_text, citation_words
from generators.escaping import Markdown, attribute, escape, front_matter_text
from generators.pages.places import Places
from generators.reader_tables import html_table, reader_table

if TYPE_CHECKING:
    from generators.charts.base import Chart
    from generators.model import Explainer


@dataclass(frozen=True)
class Page:
    """One generated Markdown page and the data file an editor changes to change it."""

    path: str
    markdown: str
    source: str

    @property
    def title(self) -> str:
        for line in self.markdown.splitlines():
            if line.startswith("# "):
                return line[2:].split("{", 1)[0].strip()
        return self.path


# How the page templates are compiled: the compiled code depends on these as much as on the
# templates' text, so they are part of the compiled-template cache's file names.
TEMPLATE_SYNTAX: dict[str, Any] = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    # `{#id}` is Markdown's heading-id syntax, so Jinja comments use other delimiters.
    "comment_start_string": "<#--",
    "comment_end_string": "--#>",
}


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates in Jinja's private per-user folder, so a new process (each
    `mkdocs build`) does not compile them again, as Python keeps .pyc files. Each file is named
    by the template, its text and the environment's syntax options, so an edit to either is
    compiled afresh. A folder that cannot be written costs only the compile."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates(directory: str | None = None) -> jinja2.BytecodeCache | None:
    options = repr(sorted(TEMPLATE_SYNTAX.items())) + "finalize=escape"
    fingerprint = hashlib.sha256(options.encode()).hexdigest()[:16]
    try:
        return _CompiledTemplates(directory, f"__explainer_{fingerprint}_%s.cache")
    except (OSError, RuntimeError):  # no private temporary folder can be made
        return None


@cache
def environment() -> jinja2.Environment:
    """Templates render Markdown; every `{{ value }}` is escaped unless it is already Markdown."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generators", "templates"),
        # Autoescape on so macro output is Markup; `finalize` applies Markdown escaping to the rest.
        finalize=escape,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_compiled_templates(),
        **TEMPLATE_SYNTAX,
    )
    env.filters["attr"] = attribute
    env.filters["anchor"] = anchor
    env.filters["yaml"] = front_matter_text
    env.filters["date"] = dates.display
    env.globals["date_span"] = dates.display_range
    return env


class Links:
    """Where each record lives in the site, and relative Markdown links to it."""

    def __init__(self, explainer: Explainer, page_path: str = "index.md") -> None:
        self.explainer = explainer
        self.page_path = page_path

    def on(self, page_path: str) -> Links:
        """The same links, written relative to another page."""
        links = Links(self.explainer, page_path)
        links.__dict__["places"] = self.places
        return links

    @cached_property
    def places(self) -> Places:
        """Where each record is shown, and its label."""
        return Places(self.explainer)

    def url(self, key: str) -> Markdown:
        """Relative path from the current page to the record `key` (actor id or `kind:id`)."""
        target = self.places.by_link_key[key][0]
        path, _, anchor = target.partition("#")
        relative = _relative(path, self.page_path) if path != self.page_path else ""
        return Markdown(f"{relative}#{anchor}" if anchor else relative)

    def page(self, path: str) -> Markdown:
        """Relative path from the current page to another page of the site."""
        return Markdown(_relative(path, self.page_path))

    def to(self, key: str, text: Any = None) -> Markdown:
        """A Markdown link to a record, named by its name unless `text` is given."""
        label = escape(self.places.by_link_key[key][1] if text is None else text)
        return Markdown(f"[{label}]({self.url(key)})")

    def cite(self, sources: list[str], background: str | None = None) -> Markdown:
        """One compact citation for a block (`¶ 3, 9`), linking to the first paragraph's entry
        on the sources page, and a `background` link if the block draws on outside facts."""
        parts = []
        if sources:
            first = min(sources, key=paragraph_order).lower()
            text = citation_text(sources)
            # The accessible name starts with the visible text (WCAG 2.5.3, label in name).
            words = attribute(f"{text} (sources: {citation_words(sources)})")
            parts.append(
                f'[{escape(text)}]({self.page("sources.md")}#{first}){{.cite aria-label="{words}"}}'
            )
        if background is not None:
            note = attribute("Not in the article: " + background)
            parts.append(
                f"[background]({self.page('sources.md')}#background)"
                f'{{.cite .cite-background title="{note}"}}'
            )
        return Markdown(" ".join(parts))

    def join(self, keys: list[str]) -> Markdown:
        """Links to several records, comma-separated."""
        return Markdown(", ".join(self.to(key) for key in keys))


@lru_cache(maxsize=65536)
def _relative(path: str, from_page: str) -> str:
    """`path` relative to the folder of `from_page` (both normalised site paths, such as
    `people/xi.md`); cached, as every page links to the same few hundred targets. By splitting
    the paths, as `posixpath.relpath` would, but without its two calls to `os.getcwd`."""
    folder = from_page.split("/")[:-1]
    parts = path.split("/")
    common = 0
    for mine, theirs in zip(folder, parts[:-1], strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join([".."] * (len(folder) - common) + parts[common:]) or "."


# The kinds of record that have an anchor of their own: each anchor starts with its kind, so that
# no record id can be a fixed anchor of a page (`#p1`, `#background`, `#y1998`, `#by-topic`).
ANCHOR_KINDS = (
    "person",
    "country",
    "organisation",
    "event",
    "quote",
    "channel",
    "term",
    "figure",
    "group",
)


def anchor(value: object, kind: str | None = None) -> Markdown:
    """An HTML id from a validated record id (kebab-case, so it needs no escaping), in its
    kind's namespace (`event-summit`) when it is a record's."""
    value = str(value)
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
        raise ValueError(f"not a safe anchor: {value!r}")
    if kind is not None:
        if kind not in ANCHOR_KINDS:
            raise ValueError(f"not a kind of anchor: {kind!r}")
        value = f"{kind}-{value}"
    return Markdown(value)


def paragraph_label(paragraph: str) -> str:
    """How a paragraph id reads as a heading: `P3` → `Paragraph 3`."""
    if paragraph.startswith("P"):
        return f"Paragraph {paragraph[1:]}"
    return {"CAPTION": "Photo caption", "BYLINE": "Byline", "CREDITS": "Closing credits"}[paragraph]


def chart_block(chart: Chart, links: Links) -> Markdown:
    """Markdown (with md_in_html) that embeds a chart: plot area, caption, data table, CSV link.

    The plot area holds the chart's stills (SVG, drawn now); the site script swaps in the
    interactive Plotly chart when the reader reaches for it. The caption ends with one citation;
    the table is for people (see `reader_tables`), the CSV keeps every column for programs.
    """
    block = (
        environment()
        .get_template("_chart.md.j2")
        .render(
            chart=chart,
            links=links,
            plot_area=Markdown(plot_area(chart)),
            table=Markdown(html_table(reader_table(chart.table))),
            answers_pointer=answers_pointer(chart),
        )
    )
    return Markdown(block.rstrip("\n"))


def render(template: str, path: str, source: str, explainer: Explainer, **context: Any) -> Page:
    """Render one template to a Page, giving it links relative to its own path."""
    links = Links(explainer, path) if "links" not in context else context.pop("links").on(path)
    charts = context.pop("charts", {})

    def chart(slot: str) -> Markdown:
        return chart_block(charts[slot], links) if slot in charts else Markdown("")

    template_context = {"explainer": explainer, "article": explainer.article, "links": links}
    markdown = (
        environment()
        .get_template(template)
        .render(**template_context, chart=chart, has_chart=charts.__contains__, **context)
    )
    return Page(path=path, markdown=markdown, source=source)
