# Numbers in an article: money, percentages, fractions, durations, measures and counts.
"""Find the figures an article gives, in this order (a span used once is not read again):

- money: `$4.2 million`, `US$2.5 billion`, `€300`, `310,000 euros` → the currency's unit
  (`usd`, `eur`, …), the value in its units; marked for review only when the currency is
  unsure (a bare `$` or `dollars`, `pounds`, `francs`, `pesos`, `rupees`);
- percentages: `70 percent`, `38%`, `ten per cent` → unit `percent`;
- fractions: `3/5` → 0.6, `half of`, `half as much` → 0.5, `two-thirds of` → 0.666667 (unit
  `count`, shown as printed);
- durations: `25 minutes`, `about an hour and a half`, `137-year-old`, `seventeen years`,
  `four decades` → minutes (hours × 60, shown as printed), years, seconds, days, weeks,
  months or decades;
- measures: `300 miles`, `480 km`, `60 mph`, `3-billion mile`, `2 tonnes` → the model's unit
  (`miles`, `km`, `mph`, `tonnes`, …);
- compounds: `131-page`, `six-member`, `three-nation` → counts;
- ordinals: `the 37th time` → a count, marked for review;
- counts: a number in digits (`2,300 vehicles`, `74 yeas`; `people`, `seats` or `votes` after
  it make it that unit), not a year, a day of the month,
  a time of day or part of a name (`Apollo 11`, `the A380,`); a number in words (`seven
  astronauts`, `groups of three`, `one or two points`) when a noun follows or it ends a
  phrase such as `all six` or `of three`, never `one of …` or `no one`.

Scales multiply (`714 million`, `two billion`); `about`, `nearly`, `some`, `more than`… before
a number make it approximate; a hedge other than `about` is kept in `display` (`Over 310,000
euros`). Values are plain numbers: 714 million is 714000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generators.scaffold.numbers import DIGITS, SCALE, WORDS, number_value
from generators.scaffold.text import paragraph_order, quote_spans, sentence_at, word_set

# How an amount's currency is written → the model's unit, and why to check it when unsure.
_DOLLARS = "`$` or `dollars` read as US dollars: check the currency"
CURRENCIES: dict[str, tuple[str, str | None]] = {
    "$": ("usd", _DOLLARS),
    "US$": ("usd", None),
    "A$": ("aud", None),
    "C$": ("cad", None),
    "NZ$": ("nzd", None),
    "HK$": ("hkd", None),
    "€": ("eur", None),
    "£": ("gbp", None),
    "¥": ("jpy", None),
    "dollars": ("usd", _DOLLARS),
    "euros": ("eur", None),
    "pounds": ("gbp", "`pounds` read as pounds sterling: check the currency (or a weight)"),
    "yen": ("jpy", None),
    "yuan": ("cny", None),
    "rupees": ("inr", "`rupees` read as Indian rupees: check the currency"),
    "rubles": ("rub", None),
    "roubles": ("rub", None),
    "francs": ("chf", "`francs` read as Swiss francs: check the currency"),
    "pesos": ("mxn", "`pesos` read as Mexican pesos: check the currency"),
}
# How a measure is written → the model's unit.
MEASURES = {
    "mile": "miles",
    "miles": "miles",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "metre": "metres",
    "metres": "metres",
    "meter": "metres",
    "meters": "metres",
    "feet": "feet",
    "foot": "feet",
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "ton": "tons",
    "tons": "tons",
    "kg": "kg",
    "kilograms": "kg",
    "hectares": "hectares",
    "acres": "acres",
    "litres": "litres",
    "liters": "litres",
    "gallons": "gallons",
    "barrels": "barrels",
}
# Durations by the word that names them → the model's unit (hours are counted in minutes).
TIME_UNITS = {
    "second": "seconds",
    "minute": "minutes",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "decade": "decades",
}
# Nouns after a count that name the model's unit for it.
COUNTED = {"people": "people", "persons": "people", "seats": "seats", "votes": "votes"}
APPROXIMATE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|some|approximately|an estimated|close to|"
    r"more than|less than|fewer than|over|under|at least|up to|above|below)\s+$",
    re.IGNORECASE,
)
_NUMBER = rf"(?:{DIGITS}|{WORDS})(?:[\s-](?:{SCALE})\b)*"
_SCALED_DIGITS = rf"(?:{DIGITS})(?:[\s-]?(?:bn|m)\b|[\s-](?:{SCALE})\b)?"
_TIME = r"second|minute|hour|day|week|month|year|decade"
_MEASURE = "|".join(re.escape(m) for m in sorted(MEASURES, key=len, reverse=True))
_CURRENCY_WORD = "dollars|euros|pounds|yen|yuan|rupees|rubles|roubles|francs|pesos"
# Words after a number in words that show it does not count something here.
_NOT_COUNTED = word_set("of another more less than who whom which that thing things way by")

MONEY = (
    re.compile(rf"(?P<cur>(?:US|A|C|NZ|HK)?\$|€|£|¥)\s?(?P<n>{_SCALED_DIGITS})"),
    re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})\s(?P<cur>{_CURRENCY_WORD})\b", re.IGNORECASE),
)
PERCENT = re.compile(
    rf"(?<![\w.,])(?P<n>{DIGITS}|{WORDS})\s?(?:percent|per cent|%)(?:age points)?",
    re.IGNORECASE,
)
FRACTION = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])")
HALF = re.compile(r"\bhalf\b(?=\s+(?:of|as|the|a|an|their|its|all)\b)", re.IGNORECASE)
# `a third of`, `two-thirds of`, `three quarters of`: a share written in words.
SHARE = re.compile(
    r"\b(?P<a>a|one|two|three|four)[\s-](?P<f>thirds?|quarters?|fifths?|tenths?)\b(?=\s+of\b)",
    re.IGNORECASE,
)
SHARES = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
DURATION = (
    re.compile(r"\b(?P<n>an?)\s(?P<unit>hour|year)\sand\sa\shalf\b", re.IGNORECASE),
    re.compile(r"\bhalf\san?\s(?P<unit>hour|year)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<n>\d+(?:\.\d+)?|{WORDS})-(?P<unit>{_TIME})(?:-old)?\b", re.IGNORECASE),
    re.compile(
        rf"(?<![\w.,$€£])(?P<n>{DIGITS}|{WORDS}|an(?=\shour))\s(?P<unit>{_TIME})s?\b",
        re.IGNORECASE,
    ),
)
MEASURE = re.compile(
    rf"(?<![\w.,$€£])(?P<n>{_NUMBER})[\s-]?(?P<unit>{_MEASURE})(?![\w/])", re.IGNORECASE
)
# `6–9 years`, `20 to 30 miles`: the first number of a range takes the second's unit.
RANGE_START = re.compile(
    rf"(?<![\w.,$€£-])(?P<n>{_NUMBER})(?=\s?(?:–|—|-|to|or|and)\s?(?:{_NUMBER})\s?"
    rf"(?P<unit>(?:{_TIME})s?\b|{_MEASURE}(?![\w/])|percent\b|per cent\b|%))",
    re.IGNORECASE,
)
COMPOUND = re.compile(rf"(?<![\w.,-])(?P<n>\d+|{WORDS})-(?P<noun>[a-z]{{3,}})\b", re.IGNORECASE)
ORDINAL = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b")
COUNT = re.compile(
    rf"(?<![\w$€£.,/-])(?P<n>{DIGITS})(?:\s(?P<mult>{SCALE})\b)*"
    rf"(?![\w%/-]|[.,:]\d|\s?[ap]\.m\.)"
)
WORD_COUNT = re.compile(
    rf"(?<![\w-])(?P<n>{WORDS})(?:\s(?P<mult>{SCALE})\b)*(?![\w-])", re.IGNORECASE
)


@dataclass(frozen=True)
class FigureFound:
    """A number the article gives, with what the rules made of it."""

    paragraph: str
    start: int
    end: int
    phrase: str  # as printed
    value: float
    unit: str  # a unit of the model's vocabulary (`FigureUnit`)
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
    """`2,300` → 2300; `4.2` → 4.2; `twelve` → 12; `a`/`an` → 1; `2.5 billion` → 2.5e9."""
    cleaned = text.lower().replace("-", " ").strip()
    if cleaned in ("a", "an"):
        return 1.0
    cleaned = re.sub(r"\s?bn$", " billion", re.sub(r"(?<=\d)\s?m$", " million", cleaned))
    value = number_value(cleaned)
    if value is None:
        raise ValueError(f"not a number: {text!r}")
    return value


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(("money", pattern) for pattern in MONEY),
    ("range", RANGE_START),
    ("percent", PERCENT),
    ("fraction", FRACTION),
    *(("duration", pattern) for pattern in DURATION),
    ("measure", MEASURE),
    ("half", HALF),
    ("share", SHARE),
    ("compound", COMPOUND),
    ("ordinal", ORDINAL),
    ("count", COUNT),
    ("word-count", WORD_COUNT),
)


def _figure(kind: str, match: re.Match[str], text: str, paragraph: str) -> FigureFound | None:
    groups = match.groupdict()
    phrase = match.group()
    before = text[: match.start()]
    hedge = APPROXIMATE.search(before)
    approximate = hedge is not None
    shown = f"{hedge.group().strip()} {phrase}" if hedge is not None else phrase
    sentence = _sentence(text, match.start())
    label = _label(text, match.start(), match.end(), after_only=kind == "percent")

    def found(value: float, unit: str, display: str | None, review: str | None = None):
        return FigureFound(
            paragraph,
            match.start(),
            match.end(),
            phrase,
            round(value, 6),
            unit,
            approximate,
            display,
            label,
            sentence,
            review,
        )

    # `about` is what `approximate` writes; another hedge (`more than`) is kept as printed.
    hedged = shown if hedge is not None and hedge.group().strip().lower() != "about" else None
    if kind == "money":
        written = groups["cur"] if groups["cur"] in CURRENCIES else groups["cur"].lower()
        unit, review = CURRENCIES.get(written, CURRENCIES["$"])
        return found(number(groups["n"]), unit, hedged, review)
    if kind == "range":
        return _range_start(match, text, paragraph)
    if kind == "percent":
        return found(number(groups["n"]), "percent", None)
    if kind == "fraction":
        top, bottom = int(groups["a"]), int(groups["b"])
        if not 0 < top < bottom:
            return None
        return found(top / bottom, "count", shown, "a fraction: check what it is a share of")
    if kind == "half":
        return found(0.5, "count", shown, "a half: check what it is a share of")
    if kind == "share":
        parts = number(groups["a"])
        whole_of = SHARES[groups["f"].lower().removesuffix("s")]
        return found(parts / whole_of, "count", shown, "a share: check what it is a share of")
    if kind == "duration":
        return _duration(match, found, shown)
    if kind == "measure":
        return found(number(groups["n"]), MEASURES[groups["unit"].lower()], hedged)
    if kind == "compound":
        return found(number(groups["n"]), "count", shown)
    if kind == "ordinal":
        review = "an ordinal (the 37th …): check that it counts something worth showing"
        return found(number(groups["n"]), "count", phrase, review)
    if kind == "count" and _part_of_a_name(text, match.start(), match.end()):
        return None
    if kind == "word-count" and not _counts_something(text, match.start(), match.end()):
        return None
    value = number(groups["n"]) * _scale(phrase)
    counted = re.match(r"\s+(\w+)", text[match.end() :])
    unit = COUNTED.get(counted.group(1).lower(), "count") if counted else "count"
    if unit != "count":
        return found(value, unit, None)
    review = "a count: check what it counts and whether it belongs on the numbers page"
    return found(value, "count", None, review)


def _range_start(match: re.Match[str], text: str, paragraph: str) -> FigureFound | None:
    """The first number of a range, read as if its unit followed it (`6` of `6–9 years`)."""
    unit = match.group("unit")
    phrase = f"{match.group('n')} {unit}"
    kind, pattern = next(
        (kind, pattern)
        for kind, pattern in _PATTERNS
        if kind in ("percent", "duration", "measure") and pattern.fullmatch(phrase)
    )
    whole = pattern.fullmatch(phrase)
    if whole is None:
        return None
    figure = _figure(kind, whole, phrase, paragraph)
    if figure is None:
        return None
    approximate = bool(APPROXIMATE.search(text[: match.start()]))
    return FigureFound(
        **{
            **figure.__dict__,
            "start": match.start(),
            "end": match.end(),
            "phrase": match.group(),
            "approximate": approximate,
            "label": _label(text, match.start(), match.end(), after_only=False),
            "sentence": _sentence(text, match.start()),
        }
    )


def _scale(phrase: str) -> float:
    value = 1.0
    for word in re.findall(rf"\b(?:{SCALE})\b", phrase.lower()):
        value *= number_value(f"1 {word}") or 1
    return value


def _duration(match: re.Match[str], found, shown: str) -> FigureFound:
    phrase = match.group().lower()
    unit_word = match.group("unit").lower()
    count = number(match.groupdict().get("n") or "1")
    if "and a half" in phrase:
        count += 0.5
    elif phrase.startswith("half"):
        count = 0.5
    if unit_word == "hour":
        return found(count * 60, "minutes", shown)
    return found(count, TIME_UNITS[unit_word], shown if shown != match.group() else None)


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """`Apollo 11`, `Lista 9 Verde`, `the A380,`: a number that names, not counts."""
    before, after = text[:start], text[end:]
    word = re.search(r"([A-Z][\w-]*)\s$", before)
    sentence_start = re.search(r"(?:^|[.!?]\s+)[A-Z][\w-]*\s$", before)
    if word and not sentence_start and word.group(1) not in _COUNT_LEADS:
        return True
    return bool(re.search(r"\bthe\s$", before) and re.match(r"^(?:[,.;:)]|\s+(?:and|or)\b)", after))


_COUNT_LEADS = word_set("In About Some Over Nearly Almost More By With Only Just")


def _counts_something(text: str, start: int, end: int) -> bool:
    """A number in words counts when a word follows it (`seven astronauts`, `one or two`),
    or it ends `all six` / `of three`; never `one of …`, `no one`, `someone`."""
    before, after = text[:start], text[end:]
    word = text[start:end].lower()
    if word == "one":  # mostly a pronoun: counted only in `one or two`, `one X and one Y`
        return bool(
            re.match(r"^\s+(?:or|to)\s+\w", after) or re.match(r"^\s+\w+\s+and\s+one\b", after)
        )
    if word == "two" and re.search(r"\bthe\s$", before, re.IGNORECASE):
        return False  # `the two countries`: the pair already named
    following = re.match(r"^\s+([\w’'-]+)", after)
    if following and following.group(1).lower() == "of":  # `two of the five bridges`
        return bool(re.match(r"^\s+of\s+(?:the|its|their|our|his|her)\b", after))
    if following:
        return following.group(1).lower() not in _NOT_COUNTED
    return bool(re.search(r"\b(?:all|of|by|the)\s$", before, re.IGNORECASE))


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
