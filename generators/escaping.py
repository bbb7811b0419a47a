# Escaping for the Markdown we generate: the one place data text becomes page text.
"""Markdown-safe text.

Data strings are untrusted: they may hold HTML, Markdown or template syntax. `escape` makes any
string render as exactly that text. It relies on `pymdownx.escapeall`, which lets a backslash
escape any character; `<` and `&` become entities so no raw HTML survives.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from functools import lru_cache

from markupsafe import Markup

# ASCII punctuation but `&` and `;`, which stay as they are to write entities.
_PUNCTUATION = re.compile(r"([!-%'-/:<-@\[-`{-~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")  # C0 and C1, not NEL
# What YAML refuses even inside a quoted string: non-characters and lone surrogates.
_NOT_YAML = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
_WHITESPACE = re.compile(r"\s+")


class Markdown(Markup):
    """Text that is already Markdown and must not be escaped again.

    A `Markup` subclass so that Jinja (with autoescape on) passes it, and macro output, through.
    """

    __slots__ = ()


def clean(value: object) -> str:
    """The text a page shows for `value`: no control characters, whitespace runs as one space."""
    return _WHITESPACE.sub(" ", _CONTROL.sub("", str(value))).strip()


def escape(value: object) -> Markdown:
    """Inline Markdown that renders as `clean(value)` exactly, on one line."""
    if type(value) is Markdown:  # already Markdown (most template output): no copy
        return value
    if isinstance(value, Markup):
        return Markdown(str(value))
    return _escaped(value if type(value) is str else str(value))


@lru_cache(maxsize=16384)
def _escaped(text: str) -> Markdown:
    """`escape` of plain text, remembered: pages repeat the same names and labels many times.

    Text that sets its own direction (right-to-left letters, or controls such as U+202E) is
    isolated in `<bdi>`, so that it cannot reverse the page's text around it.
    """
    escaped = _inline(text)
    return Markdown(f"<bdi>{escaped}</bdi>") if _sets_direction(escaped) else escaped


def _inline(text: str) -> Markdown:
    """Markdown for plain text: entities for `&`, `<` and `>`, a backslash before punctuation."""
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Markdown(_PUNCTUATION.sub(r"\\\1", text))


# Bidirectional classes that change the direction of the text around them.
_DIRECTIONAL = {"R", "AL", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}


def _sets_direction(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(c) in _DIRECTIONAL for c in text)


def attribute(value: object) -> str:
    """Text for a quoted attribute value in attr_list (`{title="…"}`).

    attr_list reads the text after inline Markdown has run over it, so the value is escaped as
    inline Markdown: a link or raw HTML inside it would otherwise end the attribute list early.
    Backslash escapes and entities both come out as the plain character in the attribute.
    """
    if isinstance(value, Markup):
        return str(value)
    return str(_inline(str(value)))


def html_attribute(value: object) -> str:
    """Text for a quoted attribute value in raw HTML (`<div aria-label="…">`)."""
    return html.escape(clean(value), quote=True)


def front_matter_text(value: object) -> Markdown:
    """A YAML string for a page's front matter (`description: …`), holding `value` on one line.

    MkDocs themes print front-matter values into HTML without escaping them (Material's
    `<meta name="description" content="…">`), so the text is HTML-escaped before it is quoted.
    """
    text = _NOT_YAML.sub("", clean(value))
    return Markdown(json.dumps(html.escape(text), ensure_ascii=False))
