# Numbers in an article: percentages, money, durations and counts, each with its sentence.
"""Find the figures an article gives, in this order (a span used once is not read again):

- money: `$4.2 million`, `€300`, `2 billion rubles` → unit `count`, value in the currency's
  units, the amount as printed in `display` and the currency in the label; the model has no
  currency unit, so every money figure is marked for review;
- percentages: `70 percent`, `38%`, `ten per cent` → unit `percent`;
- durations: `25 minutes`, `about an hour and a half`, `137-year-old`, `18 months` → minutes
  (hours × 60) or years (months ÷ 12); days and weeks have no unit in the model, so they are
  counts, marked for review;
- ordinals: `the 37th time` → a count, marked for review;
- counts: any other number written in digits (`2,300 vehicles`, `5 to 2`), not a year, a
  day of the month or a time of day. Numbers in words count only inside the patterns above.

`about`, `nearly`, `roughly`, `more than`… before a number make it approximate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

from generators.scaffold.text import paragraph_order, quote_spans, sentence_at

NUMBER_WORDS = {
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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
}
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
CURRENCIES = {
    "$": "US dollars",
    "€": "euros",
    "£": "pounds",
    "dollars": "dollars",
    "euros": "euros",
    "pounds": "pounds",
    "yuan": "yuan",
    "rubles": "rubles",
    "roubles": "roubles",
}
APPROXIMATE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|some|approximately|an estimated|close to|"
    r"more than|less than|fewer than|over|under|at least|up to)\s+$",
    re.IGNORECASE,
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_MULT = "|".join(MULTIPLIERS)
_UNIT = r"minute|hour|day|week|month|year|decade"

MONEY = (
    re.compile(rf"(?P<cur>[$€£])\s?(?P<n>{_DIGITS})(?:\s(?P<mult>{_MULT})\b)?"),
    re.compile(
        rf"\b(?P<n>{_DIGITS})(?:\s(?P<mult>{_MULT}))?\s(?P<cur>dollars|euros|pounds|yuan|"
        r"rubles|roubles)\b"
    ),
)
PERCENT = re.compile(
    rf"(?<![\w.,])(?P<n>{_DIGITS}|{_WORDS})\s?(?:percent|per cent|%)(?:age points)?",
    re.IGNORECASE,
)
DURATION = (
    re.compile(r"\b(?P<n>an?)\s(?P<unit>hour|year)\sand\sa\shalf\b", re.IGNORECASE),
    re.compile(r"\bhalf\san?\s(?P<unit>hour|year)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<n>\d+(?:\.\d+)?)-(?P<unit>{_UNIT})(?:-old)?\b"),
    re.compile(rf"(?<![\w.,$€£])(?P<n>{_DIGITS}|{_WORDS})\s(?P<unit>{_UNIT})s?\b(?!\s+ago\b)"),
)
ORDINAL = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b")
COUNT = re.compile(
    rf"(?<![\w$€£.,-])(?P<n>{_DIGITS})(?:\s(?P<mult>{_MULT})\b)?(?![\w%-]|[.,:]\d|\s?[ap]\.m\.)"
)


class _Span(TypedDict):
    """Where a number stands in the text."""

    paragraph: str
    start: int
    end: int


@dataclass(frozen=True)
class FigureFound:
    """A number the article gives, with what the rules made of it."""

    paragraph: str
    start: int
    end: int
    phrase: str  # as printed
    value: float
    unit: str  # count, percent, minutes or years
    approximate: bool
    display: str | None
    label: str
    sentence: str
    review: str | None = None


def find_figures(
    body: dict[str, str], skip: dict[str, list[tuple[int, int]]] | None = None
) -> list[FigureFound]:
    """Every figure in the body paragraphs, in reading order; `skip` holds spans taken by dates."""
    found: list[FigureFound] = []
    for paragraph, text in body.items():
        taken = list((skip or {}).get(paragraph, []))
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                figure = _figure(kind, match, text, paragraph)
                if figure is not None:
                    taken.append((match.start(), match.end()))
                    found.append(figure)
    return sorted(found, key=lambda f: (paragraph_order(f.paragraph), f.start))


def number(text: str) -> float:
    """`2,300` → 2300; `4.2` → 4.2; `twelve` → 12; `a`/`an` → 1."""
    cleaned = text.lower().replace(",", "")
    if cleaned in ("a", "an"):
        return 1.0
    if cleaned in NUMBER_WORDS:
        return float(NUMBER_WORDS[cleaned])
    return float(cleaned)


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(("money", pattern) for pattern in MONEY),
    ("percent", PERCENT),
    *(("duration", pattern) for pattern in DURATION),
    ("ordinal", ORDINAL),
    ("count", COUNT),
)


def _figure(kind: str, match: re.Match[str], text: str, paragraph: str) -> FigureFound | None:
    groups = match.groupdict()
    phrase = match.group()
    approximate = bool(APPROXIMATE.search(text[: match.start()]))
    sentence = _sentence(text, match.start())
    label = _label(text, match.start(), match.end(), after_only=kind == "percent")
    common: _Span = {"paragraph": paragraph, "start": match.start(), "end": match.end()}
    if kind == "money":
        value = number(groups["n"]) * MULTIPLIERS.get(groups.get("mult") or "", 1)
        currency = CURRENCIES[groups["cur"]]
        review = (
            "money: the model has no currency unit; recorded as a count with the amount in"
            " `display`"
        )
        return FigureFound(
            **common,
            phrase=phrase,
            value=value,
            unit="count",
            approximate=approximate,
            display=(f"about {phrase}" if approximate else phrase),
            label=f"{currency}: {label}",
            sentence=sentence,
            review=review,
        )
    if kind == "percent":
        return FigureFound(
            **common,
            phrase=phrase,
            value=number(groups["n"]),
            unit="percent",
            approximate=approximate,
            display=None,
            label=label,
            sentence=sentence,
        )
    if kind == "duration":
        return _duration(match, approximate, label, sentence, common)
    if kind == "ordinal":
        return FigureFound(
            **common,
            phrase=phrase,
            value=number(groups["n"]),
            unit="count",
            approximate=False,
            display=phrase,
            label=label,
            sentence=sentence,
            review="an ordinal (the 37th …): check that it counts something worth showing",
        )
    value = number(groups["n"]) * MULTIPLIERS.get(groups.get("mult") or "", 1)
    return FigureFound(
        **common,
        phrase=phrase,
        value=value,
        unit="count",
        approximate=approximate,
        display=None,
        label=label,
        sentence=sentence,
        review="a count: check what it counts and whether it belongs on the numbers page",
    )


def _duration(
    match: re.Match[str], approximate: bool, label: str, sentence: str, common: _Span
) -> FigureFound:
    phrase = match.group()
    unit_word = match.group("unit").lower()
    count = number(match.groupdict().get("n") or "1")
    if "and a half" in phrase.lower():
        count += 0.5
    elif phrase.lower().startswith("half"):
        count = 0.5
    display = f"about {phrase}" if approximate else phrase
    review = None
    if unit_word in ("minute", "hour"):
        value, unit = count * (60 if unit_word == "hour" else 1), "minutes"
    elif unit_word in ("year", "decade", "month"):
        value = count * {"year": 1, "decade": 10, "month": 1 / 12}[unit_word]
        unit = "years"
    else:
        value, unit = count, "count"
        review = f"a duration in {unit_word}s: the model has no such unit, so it is a count"
    return FigureFound(
        **common,
        phrase=phrase,
        value=round(value, 4),
        unit=unit,
        approximate=approximate,
        display=display,
        label=label,
        sentence=sentence,
        review=review,
    )


def _label(text: str, start: int, end: int, *, after_only: bool) -> str:
    """The number's clause: `of Russians now have …` after a percentage, else the words
    around the number (`which the Kremlin said lasted about an hour and a half`)."""
    after = re.split(r"[,;:—–()“”\"]|\.(?:\s|$)", text[end:])[0].split()
    if after_only and len(after) >= 2:
        return " ".join(after[:10])
    before = re.split(r"[,;:—–()“”\"]|\.\s", text[:start])[-1].split()
    return " ".join([*before[-6:], text[start:end], *after[:8]])


def _sentence(text: str, position: int) -> str:
    start, end = sentence_at(text, position, quote_spans(text))
    return text[start:end].strip()
