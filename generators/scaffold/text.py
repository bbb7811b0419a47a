# Small text helpers the extraction rules share: quote spans, sentences, clauses, slugs.
"""Find quoted passages and sentence boundaries in a paragraph, and make kebab-case ids."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(words.split())


# Words ending in a full stop that do not end a sentence (real words such as "ill" left out).
ABBREVIATIONS = word_set(
    """
    mr mrs ms dr prof sen rep gov gen lt col sgt capt st mt jr sr inc corp ltd vs u.s u.k
    u.n e.u a.m p.m jan feb mar apr aug sep sept oct nov dec rev det supt cmdr adm ala ariz
    ark calif colo conn fla kan ky mich minn mont neb nev n.h n.j n.m n.y n.c n.d okla ore
    r.i s.c s.d tenn tex vt va wis wyo d.c
    """
)


@dataclass(frozen=True)
class Span:
    """A quoted passage: where its marks are, and the words between them."""

    start: int  # index of the opening mark
    end: int  # index just past the closing mark (the paragraph end if left open)
    text: str  # the words between the marks, exactly as printed
    open: bool = False  # no closing mark: the quote runs on into the next paragraph


def quote_spans(paragraph: str) -> list[Span]:
    """Every passage in curly (“…”) or straight ("…") double quotes, in order."""
    marks = [(m.start(), m.group()) for m in re.finditer(r"[“”\"]", paragraph)]
    spans: list[Span] = []
    opening: int | None = None
    for index, mark in marks:
        if opening is None:
            if mark != "”":  # a stray closing mark cannot open a quote
                opening = index
            continue
        opener = paragraph[opening]
        if (opener == "“" and mark == "”") or (opener == '"' and mark == '"'):
            spans.append(_span(paragraph, opening, index + 1, closed=True))
            opening = None
        elif mark == "“" and opener == "“":
            opening = index  # an unclosed quote followed by a new one: start again
    if opening is not None:
        spans.append(_span(paragraph, opening, len(paragraph), closed=False))
    return [span for span in spans if span.text]


def _span(paragraph: str, start: int, end: int, *, closed: bool) -> Span:
    inner = paragraph[start + 1 : end - 1] if closed else paragraph[start + 1 : end]
    stripped = inner.strip()
    return Span(start, end, stripped, open=not closed)


def sentence_bounds(paragraph: str, protected: list[Span] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence; never splits inside a protected quote span."""
    inside = [(span.start, span.end) for span in protected or []]
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?][”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9])", paragraph):
        stop = match.start()
        if any(a < match.end() < b for a, b in inside):
            continue
        word = re.search(r"([\w.]+)$", paragraph[start : stop + 1].rstrip("."))
        token = word.group(1).lower() if word else ""
        if paragraph[stop] == "." and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(paragraph):
        bounds.append((start, len(paragraph)))
    return bounds


def sentence_at(paragraph: str, position: int, spans: list[Span]) -> tuple[int, int]:
    """The (start, end) of the sentence holding `position`."""
    for start, end in sentence_bounds(paragraph, spans):
        if start <= position < end:
            return start, end
    return 0, len(paragraph)


def slug(text: str, max_words: int = 6) -> str:
    """A kebab-case id from text: `“Old friend,”` → `old-friend`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    return "-".join(words[:max_words]) or "item"


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is not yet taken; records it as taken."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def excerpt(text: str, max_words: int = 12) -> str:
    """The first words of a text, with an ellipsis if cut."""
    words = text.split()
    return " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")


def paragraph_order(paragraph: str) -> int:
    """Reading order of a paragraph id: CAPTION, BYLINE, P1…Pn, CREDITS."""
    if paragraph in ("CAPTION", "BYLINE"):
        return 0 if paragraph == "CAPTION" else 1
    if paragraph.startswith("P"):
        return int(paragraph[1:])
    return 10_000
