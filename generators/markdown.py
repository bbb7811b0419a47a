# Escaping for the Markdown we generate: the one place data text becomes page text.
"""Markdown-safe text.

Data strings are untrusted: they may hold HTML, Markdown or template syntax. `escape` makes any
string render as exactly that text. It relies on `pymdownx.escapeall`, which lets a backslash
escape any character; `<` and `&` become entities so no raw HTML survives.
"""

from __future__ import annotations

import re

from markupsafe import Markup

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")


class Markdown(Markup):
    """Text that is already Markdown and must not be escaped again.

    A `Markup` subclass so that Jinja (with autoescape on) passes it, and macro output, through.
    """

    __slots__ = ()


def escape(value: object) -> Markdown:
    """Inline Markdown that renders as `value` exactly, on one line."""
    if isinstance(value, Markup):
        return Markdown(str(value))
    text = _CONTROL.sub("", str(value))
    text = _WHITESPACE.sub(" ", text).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Markdown(
        _PUNCTUATION.sub(lambda m: m.group(1) if m.group(1) in "&;" else "\\" + m.group(1), text)
    )


def attribute(value: object) -> str:
    """Text for a quoted attribute value in attr_list (`{title="…"}`)."""
    text = _WHITESPACE.sub(" ", _CONTROL.sub("", str(value))).strip()
    return text.replace("\\", "\\\\").replace('"', "&quot;").replace("}", "&#125;")
