# Numbers as news prose writes them: digits, words (sixty, twenty-five, a dozen) and scales.
"""Read a number written in digits or in words: `2,300`, `4.2`, `sixty`, `twenty-five`,
`a dozen`, `half`, with an optional scale (`714 million`, `2.5 billion`)."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SPECIAL = {"a dozen": 12, "dozen": 12, "half": 0.5, "a half": 0.5, "a quarter": 0.25}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
# `seventeen`, `twenty`, `twenty-five`, `a dozen`; scales are read separately.
WORDS = rf"(?:(?:{_TEN})(?:[-\s](?:{_UNIT}))?|{_UNIT}|a dozen|dozen)"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = "|".join(SCALES)
NUMBER = rf"(?:{DIGITS}|{WORDS})(?:\s+(?:{SCALE})\b)*"


def number_value(text: str) -> float | None:
    """The value of a number as written (`2,300`, `twenty-five`, `2.5 billion`), or None."""
    words = text.lower().replace(",", "").split()
    if not words:
        return None
    joined = " ".join(words)
    if joined in SPECIAL:
        return float(SPECIAL[joined])
    value = _head(words[:2]) if len(words) > 1 else None
    if value is not None:
        words = [" ".join(words[:2]), *words[2:]]
    else:
        value = _head(words[0].replace("-", " ").split())
    if value is None:
        return None
    for scale in words[1:]:
        if scale not in SCALES:
            return None
        value *= SCALES[scale]
    return value


def _head(words: list[str]) -> float | None:
    if len(words) == 1:
        word = words[0]
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            return float(word)
        if word in UNITS:
            return float(UNITS[word])
        if word in TENS:
            return float(TENS[word])
        if word == "dozen":
            return 12.0
        return None
    if len(words) == 2 and words[0] in TENS and words[1] in UNITS and UNITS[words[1]] < 10:
        return float(TENS[words[0]] + UNITS[words[1]])
    if words == ["a", "dozen"]:
        return 12.0
    return None


def plain(value: float) -> str:
    """A value as a reader writes it, never in scientific notation: 714000000 → `714,000,000`."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.10f}".rstrip("0").rstrip(".")
