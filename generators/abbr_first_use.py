# A Python-Markdown extension: a glossary term is marked where a page first uses it.
"""`markdown_extensions: [abbr, generators.abbr_first_use]`.

Python-Markdown's `abbr` wraps every occurrence of a term in `<abbr title="…">`. This keeps the
first one in a page's running text and writes later uses, and uses inside charts' data tables
(`details.chart-table`, closed until asked for), as plain text. Readers meet the definition where
they meet the term, as in print ("define on first reference"); pages stop underlining every
repeat; and the theme, which mounts a tooltip per `abbr`, mounts one per term (on the sources
page 97 become 25), which is script time a phone no longer spends.

It also makes `abbr` leave Python-Markdown's placeholders alone. Entities and inline HTML wait in
the text as `\x02wzxhzdk:7\x03` until the end; `abbr` matched terms inside them (a term `:` or
`7`), which broke the placeholder and wrote its raw name onto the page instead of, say, `&lt;`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from markdown import Extension, Markdown, util
from markdown.extensions.abbr import AbbrTreeprocessor
from markdown.treeprocessors import Treeprocessor

HIDDEN_CLASS = "chart-table"  # chart data tables: every term there is written plain
# Headings and links keep their terms plain too: a dotted underline in a title or a link reads as
# noise, and a tooltip there fights the link for the reader's tap.
PLAIN_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a"})


_PLACEHOLDER = re.escape(util.HTML_PLACEHOLDER).replace("%s", "[0-9]+")


class PlaceholderSafeAbbrTreeprocessor(AbbrTreeprocessor):
    """`abbr`'s treeprocessor, with placeholders matched first and left as they are."""

    def run(self, root: ET.Element) -> None:
        if not self.abbrs:
            return
        terms = "|".join(re.escape(term) for term in sorted(self.abbrs, key=len, reverse=True))
        self.RE = re.compile(f"{_PLACEHOLDER}|\\b(?:{terms})\\b")
        titles = self.abbrs  # shared with abbr's blockprocessor, which fills it
        self.abbrs = defaultdict(str, titles)  # a placeholder has no title, so it stays as it is
        try:
            self.iter_element(root)
        finally:
            self.abbrs = titles


class FirstUseTreeprocessor(Treeprocessor):
    """Unwrap every `<abbr>` but the first of each term in running text (not in chart data
    tables, headings or links)."""

    def run(self, root: ET.Element) -> None:
        _keep_first(root, seen=set(), hidden=False)


def _keep_first(parent: ET.Element, seen: set[str], hidden: bool) -> None:
    for child in list(parent):
        if child.tag == "abbr":
            term = " ".join((child.text or "").split()).casefold()
            if hidden or term in seen:
                _unwrap(parent, child)
            else:
                seen.add(term)
            continue
        inside = (
            hidden or child.tag in PLAIN_TAGS or HIDDEN_CLASS in (child.get("class") or "").split()
        )
        _keep_first(child, seen, inside)


def _unwrap(parent: ET.Element, child: ET.Element) -> None:
    """Replace `child` by its text (an `abbr` holds only text), keeping what follows it."""
    index = list(parent).index(child)
    text = (child.text or "") + (child.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text
    parent.remove(child)


class AbbrFirstUseExtension(Extension):
    """Runs after `abbr` (priority 7) and before `toc` (5)."""

    def extendMarkdown(self, md: Markdown) -> None:
        # Markdown's Registry has no .get()
        abbr = md.treeprocessors["abbr"] if "abbr" in md.treeprocessors else None  # noqa: SIM401
        if isinstance(abbr, AbbrTreeprocessor):  # the same terms, shared with its blockprocessor
            terms = abbr.abbrs
            md.treeprocessors.register(PlaceholderSafeAbbrTreeprocessor(md, terms), "abbr", 7)
        md.treeprocessors.register(FirstUseTreeprocessor(md), "abbr_first_use", 6.5)


def makeExtension(**kwargs: object) -> AbbrFirstUseExtension:
    return AbbrFirstUseExtension(**kwargs)
