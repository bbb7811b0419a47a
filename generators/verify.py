# Fact-check quotes against a source text in the numbered-paragraph format (`P1: …`).
"""Check that each quote appears verbatim in a paragraph it cites."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from generators.problems import Problem

if TYPE_CHECKING:
    from generators.loader import Loaded

_PARAGRAPH_LINE = re.compile(r"^(P[1-9][0-9]*|CAPTION|BYLINE|CREDITS):\s?(.*)$")


def parse_source(text: str) -> dict[str, str]:
    """Paragraph id → paragraph text, from lines such as `P3: …`."""
    paragraphs: dict[str, str] = {}
    for line in text.splitlines():
        match = _PARAGRAPH_LINE.match(line.strip())
        if match:
            paragraphs[match.group(1)] = match.group(2)
    return paragraphs


def verify_quotes(loaded: Loaded, paragraphs: dict[str, str]) -> list[Problem]:
    """A problem for every quote not found verbatim in any paragraph it cites."""
    problems: list[Problem] = []
    quotes_file = loaded.files["quotes"]
    for index, quote in enumerate(loaded.explainer.quotes):
        missing = [p for p in quote.sources if p not in paragraphs]
        if any(quote.text in paragraphs[p] for p in quote.sources if p in paragraphs):
            continue
        path = (index, "text")
        if missing and len(missing) == len(quote.sources):
            message = f"cited paragraph {', '.join(missing)} is not in the source text"
            problems.append(quotes_file.problem(path, f"quotes[{index}].text", message))
            continue
        found_in = [p for p, text in paragraphs.items() if quote.text in text]
        cited = [paragraphs[p] for p in quote.sources if p in paragraphs]
        nfc = unicodedata.normalize("NFC", quote.text)
        hint = (
            f"it appears in {', '.join(found_in)}: fix `sources`"
            if found_in
            else _NORMALISATION_HINT
            if any(nfc in unicodedata.normalize("NFC", text) for text in cited)
            else _closest_hint(
                quote.text, [paragraphs[p] for p in quote.sources if p in paragraphs]
            )
        )
        problems.append(
            quotes_file.problem(
                path,
                f"quotes[{index}].text",
                f"not found verbatim in {', '.join(quote.sources)}",
                hint,
            )
        )
    return problems


_NORMALISATION_HINT = (
    "the words match, but their accented letters are encoded differently (Unicode NFD versus"
    " NFC: a letter and a separate accent, or one character): copy the quote again from the"
    " source, or save both files as NFC"
)


def _closest_hint(quote: str, texts: list[str]) -> str:
    """Point at the first character where the quote stops matching the nearest passage."""
    best_length, best_passage = 0, ""
    for text in texts:
        for start in range(len(text)):
            length = 0
            while (
                length < len(quote)
                and start + length < len(text)
                and text[start + length] == quote[length]
            ):
                length += 1
            if length > best_length:
                best_length, best_passage = length, text[start : start + len(quote)]
    if best_length == 0:
        return "check quote marks, apostrophes (’) and dashes (—) against the source"
    source_has = best_passage[best_length : best_length + 12]
    data_has = quote[best_length : best_length + 12]
    return (
        f"it differs at character {best_length + 1}: the source has {source_has!r}"
        f" where the data has {data_has!r}"
    )
