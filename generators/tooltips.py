# A Python-Markdown extension: tooltips whose text can never become markup.
"""`markdown_extensions: [generators.tooltips]`, after `abbr` and `attr_list`.

Every `title` in a page (a glossary term's `<abbr>`, a background note's citation) moves to
`data-tip`, which the site's own tooltip script (`docs/assets/javascripts/tooltips.js`) shows
with `textContent`. A theme that reads `title` back as HTML (Material's `content.tooltips`
appends it with `innerHTML`) never sees text from the data, so a definition holding
`<img onerror=…>` stays text whatever the theme does. A glossary term becomes focusable, so a
keyboard reader can open its tooltip too.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

TIP_ATTRIBUTE = "data-tip"


class TooltipTreeprocessor(Treeprocessor):
    """Move each element's `title` to `data-tip`."""

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            title = element.attrib.pop("title", None)
            if title is None:
                continue
            element.set(TIP_ATTRIBUTE, title)
            if element.tag == "abbr":
                element.set("tabindex", "0")


class TooltipExtension(Extension):
    """Runs after `attr_list` (8), `abbr` (7) and the first-use pass (6.5)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(TooltipTreeprocessor(md), "explainer_tooltips", 1)


def makeExtension(**kwargs: object) -> TooltipExtension:
    return TooltipExtension(**kwargs)
