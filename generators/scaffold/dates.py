# Dates in an article, absolute and relative, resolved against the publication date.
"""Find dates and give each the precision the text supports.

Stated: `December 15, 2021` / `15 December 2021` (day), `December 2021` (month), `in 1969` /
`since 2013` (year). Inferred, against the publication date P:

- `on Wednesday`, `Wednesday’s` → the latest Wednesday on or before P (P itself if a
  Wednesday), or the first after P in a sentence that looks ahead (`will`, `expect`);
  `last Wednesday` → the one before P; `next Wednesday` → the first after P;
- `tonight`, `yesterday`, `tomorrow` → P, P − 1 day, P + 1 day (`today` is left out: it
  mostly means "nowadays");
- `this week` → P's month; `last week` / `next week` → the month of P ∓ 7 days (month only:
  the day is not given);
- `this month`, `last month`, `next month` → that month;
- `this year`, `last year`, `next year` → that year;
- `in February` (a month with no year): in a sentence about the future (`will`, `would`,
  `plans`, `expected`, `next`…) the first February on or after P's month, otherwise the
  latest February on or before it; `in February of next year` → February of P's year + 1;
- `March 29`, `29 March` (a day with no year) → the year that puts it nearest to P;
- `last summer`, `this winter`, `next spring` → the year the season began (month unknown);
- `N days/weeks/months/years ago` (N in digits or words, `seventeen`) → P minus that, at day,
  month, month or year precision.

Also `11/3/2008` (month first, as US copy writes it, unless the first number cannot be a month),
and a year before 1800 only after `in`, `by`, `since`, `from`, `until` or `year` (a bare `1612`
is more often a count).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from generators.scaffold.numbers import UNITS as NUMBER_UNITS
from generators.scaffold.numbers import WORDS, number_value
from generators.scaffold.text import paragraph_order, quote_spans, sentence_at

MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name[:3] + ".": n for name, n in MONTHS.items() if len(name) > 4})
MONTHS["Sept."] = 9
WEEKDAYS = {name: number for number, name in enumerate(calendar.day_name)}
# Counts a date phrase may give in words ("three days later", "a week before"): one to twelve.
NUMBER_WORDS = {"a": 1, "an": 1} | {word: n for word, n in NUMBER_UNITS.items() if 1 <= n <= 12}
FUTURE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|expects?|expected|intends?|scheduled|"
    r"due|going to|next|upcoming|coming|hopes? to|is to|are to)\b",
    re.IGNORECASE,
)
# Future tense, told apart from reported speech (`would`): a weekday then lies ahead.
_WILL = re.compile(
    r"\b(?:will|shall|expects?|expected to|(?:is|are) (?:due|scheduled|set|expected|to)|"
    r"plans? to|going to)\b",
    re.IGNORECASE,
)
_MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(WEEKDAYS)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_COUNT = rf"\d+|{WORDS}|" + "|".join(NUMBER_WORDS)

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("numeric", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:1[6-9]|20)\d\d)\b")),
    ("month-day-year", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{_YEAR})\b")),
    ("day-month-year", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b")),
    (
        "month-next-year",
        re.compile(rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b"),
    ),
    ("month-year", re.compile(rf"\b(?P<m>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b")),
    (
        "month-day",
        re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)"),
    ),
    (
        "day-month",
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})\b(?!,?\s*\d)"),
    ),
    (
        "relative-season",
        re.compile(
            r"\b(?P<rel>last|this|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b",
            re.IGNORECASE,
        ),
    ),
    ("relative-weekday", re.compile(rf"\b(?P<rel>last|next|this)\s+(?P<w>{_DAY})\b")),
    ("weekday", re.compile(rf"\b(?P<w>{_DAY})(?:[’']s)?\b")),
    ("relative-day", re.compile(r"\b(?P<rel>tonight|yesterday|tomorrow)\b", re.IGNORECASE)),
    (
        "relative-period",
        re.compile(r"\b(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b", re.IGNORECASE),
    ),
    (
        "ago",
        re.compile(rf"\b(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE),
    ),
    ("month", re.compile(rf"\b(?P<m>{_MONTH})\b(?![’']s\b)(?!\s+\d)")),
    (
        "year",
        re.compile(
            r"(?<=\bin\s|\bby\s)(?P<y>1[67]\d\d)\b"
            r"|(?:(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\byear\s))(?P<y3>1[67]\d\d)\b"
            r"|(?<![\d$,.£€-])\b(?P<y2>(?:18|19|20)\d\d)\b(?![\d%]|,\d|\.\d|s\b|-\d)"
        ),
    ),
)


@dataclass(frozen=True)
class DateFound:
    """A date the text gives, resolved at its true precision."""

    paragraph: str
    start: int
    end: int
    phrase: str  # the words as printed
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    inferred: bool
    note: str | None = None  # how an inferred date was worked out


def find_dates(body: dict[str, str], published: dt.date) -> list[DateFound]:
    """Every date in the body paragraphs, in reading order, each at most once."""
    found: list[DateFound] = []
    for paragraph, text in body.items():
        taken: list[tuple[int, int]] = []
        for kind, pattern in PATTERNS:
            for match in pattern.finditer(text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                resolved = resolve(kind, match, published, _sentence_around(text, match.start()))
                if resolved is None:
                    continue
                date, note = resolved
                taken.append((match.start(), match.end()))
                found.append(
                    DateFound(
                        paragraph,
                        match.start(),
                        match.end(),
                        match.group(),
                        date,
                        inferred=note is not None,
                        note=note,
                    )
                )
    return sorted(found, key=lambda d: (paragraph_order(d.paragraph), d.start))


def resolve(
    kind: str, match: re.Match[str], published: dt.date, sentence: str
) -> tuple[str, str | None] | None:
    """(date, how it was inferred or None if stated) for one match of a pattern."""
    groups = match.groupdict()
    phrase = match.group()
    p = published
    if kind in ("month-day-year", "day-month-year"):
        return _day(int(groups["y"]), MONTHS[groups["m"]], int(groups["d"])), None
    if kind == "month-year":
        return f"{int(groups['y']):04d}-{MONTHS[groups['m']]:02d}", None
    if kind == "year":
        return groups["y"] or groups["y2"] or groups["y3"], None
    if kind == "numeric":  # 11/3/2008: month first (US), unless the first cannot be a month
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
        date = _real_day(int(groups["y"]), month, day)
        if date is None:
            return None
        return date.isoformat(), None
    if kind == "month-next-year":
        year = p.year + {"next": 1, "last": -1, "this": 0}[groups["rel"].lower()]
        return f"{year:04d}-{MONTHS[groups['m']]:02d}", _note(phrase, p, f"{groups['rel']} year")
    if kind == "relative-season":
        return _season(groups["rel"].lower(), groups["season"].lower(), p, phrase)
    if kind in ("month-day", "day-month"):
        month, day = MONTHS[groups["m"]], int(groups["d"])
        candidates = [_real_day(year, month, day) for year in (p.year - 1, p.year, p.year + 1)]
        options = [c for c in candidates if c is not None]
        if not options:
            return None
        nearest = min(options, key=lambda d: abs((d - p).days))
        return nearest.isoformat(), _note(phrase, p, "the year that puts it nearest")
    if kind in ("weekday", "relative-weekday"):
        target = WEEKDAYS[groups["w"]]
        rel = (groups.get("rel") or "").lower()
        back = (p.weekday() - target) % 7
        if rel == "next":
            weekday = p + dt.timedelta(days=(target - p.weekday()) % 7 or 7)
            rule = f"the first {groups['w']} after publication"
        elif rel == "last":
            weekday = p - dt.timedelta(days=back or 7)
            rule = f"the {groups['w']} before publication"
        elif back and _WILL.search(sentence):  # `Forecasters expect rain on Wednesday.`
            weekday = p + dt.timedelta(days=(target - p.weekday()) % 7)
            rule = f"the sentence looks ahead, so the first {groups['w']} after publication"
        else:
            weekday = p - dt.timedelta(days=back)
            rule = f"the latest {groups['w']} on or before publication"
        return weekday.isoformat(), _note(phrase, p, rule)
    if kind == "relative-day":
        shift = {"tonight": 0, "yesterday": -1, "tomorrow": 1}[groups["rel"].lower()]
        return (p + dt.timedelta(days=shift)).isoformat(), _note(phrase, p, "counted in days")
    if kind == "relative-period":
        return _period(groups["rel"].lower(), groups["unit"].lower(), p, phrase)
    if kind == "ago":
        count = groups["n"].lower()
        n = int(NUMBER_WORDS.get(count) or number_value(count) or 0)
        if n == 0:
            return None
        return _ago(n, groups["unit"].lower(), p, phrase)
    if kind == "month":
        month = MONTHS[groups["m"]]
        if groups["m"] == "May" and not re.search(
            r"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom)\s+May\b", sentence
        ):
            return None  # "may" the verb, capitalised at a sentence start
        future = bool(FUTURE.search(sentence))
        if future:
            year = p.year if month >= p.month else p.year + 1
            rule = "the sentence looks ahead, so the first such month from publication on"
        else:
            year = p.year if month <= p.month else p.year - 1
            rule = "the sentence looks back, so the latest such month up to publication"
        return f"{year:04d}-{month:02d}", _note(phrase, p, rule)
    return None


# The months each season starts in (northern hemisphere, as most news copy means).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(rel: str, season: str, p: dt.date, phrase: str) -> tuple[str, str]:
    """`last summer` → the year the latest season of that name to have ended began in;
    `next` the first to begin after publication; `this` the one under way, else this year's."""
    month = SEASONS[season]
    starts = [dt.date(year, month, 1) for year in range(p.year - 2, p.year + 2)]
    ends = [_months_later(start, 3) for start in starts]
    if rel == "last":
        year = max(s.year for s, e in zip(starts, ends, strict=True) if e <= p)
    elif rel == "next":
        year = min(s.year for s in starts if s > p)
    else:
        current = [s.year for s, e in zip(starts, ends, strict=True) if s <= p < e]
        year = current[0] if current else p.year
    return f"{year:04d}", _note(phrase, p, "the year the season began; the month is not given")


def _months_later(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period(rel: str, unit: str, p: dt.date, phrase: str) -> tuple[str, str]:
    if unit == "year":
        year = p.year + {"this": 0, "last": -1, "next": 1}[rel]
        return f"{year:04d}", _note(phrase, p, "counted in years")
    if unit == "week":
        day = p + dt.timedelta(days={"this": 0, "last": -7, "next": 7}[rel])
        return f"{day:%Y-%m}", _note(phrase, p, "the month of that week; the day is not given")
    month_index = p.year * 12 + p.month - 1 + {"this": 0, "last": -1, "next": 1}[rel]
    year, month = divmod(month_index, 12)
    return f"{year:04d}-{month + 1:02d}", _note(phrase, p, "counted in months")


def _ago(n: int, unit: str, p: dt.date, phrase: str) -> tuple[str, str]:
    if unit == "day":
        return (p - dt.timedelta(days=n)).isoformat(), _note(phrase, p, "counted back in days")
    if unit == "year":
        return f"{p.year - n:04d}", _note(phrase, p, "counted back in years")
    days = 7 * n if unit == "week" else 0
    month_index = p.year * 12 + p.month - 1 - (n if unit == "month" else 0)
    if days:
        back = p - dt.timedelta(days=days)
        return f"{back:%Y-%m}", _note(phrase, p, "counted back in weeks; month only")
    year, month = divmod(month_index, 12)
    return f"{year:04d}-{month + 1:02d}", _note(phrase, p, "counted back in months")


def _note(phrase: str, published: dt.date, rule: str) -> str:
    weekday = calendar.day_name[published.weekday()]
    return f'"{phrase}" in an article published on {published.isoformat()} ({weekday}): {rule}'


def _day(year: int, month: int, day: int) -> str:
    real = _real_day(year, month, day)
    return real.isoformat() if real else f"{year:04d}-{month:02d}"


def _real_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _sentence_around(text: str, position: int) -> str:
    start, end = sentence_at(text, position, quote_spans(text))
    return text[start:end]
