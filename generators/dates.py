# Dates at their true precision: shown, sorted and compared without inventing days.
"""Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) for display and ordering."""

from __future__ import annotations

import calendar

from generators.model import parse_partial_date


def display(value: str) -> str:
    """`1969` → `1969`, `2021-12` → `December 2021`, `2021-12-15` → `15 December 2021`."""
    year, month, day = parse_partial_date(value)
    if month is None:
        return str(year)
    if day is None:
        return f"{calendar.month_name[month]} {year}"
    return f"{day} {calendar.month_name[month]} {year}"


def display_range(start: str, end: str | None = None) -> str:
    """A date or a range as a reader writes it: `7–8 December 2021`, not the end date in full."""
    if end is None or end == start:
        return display(start)
    first, last = display(start).split(), display(end).split()
    shared = 0
    while shared < min(len(first), len(last)) - 1 and first[-1 - shared] == last[-1 - shared]:
        shared += 1
    head, tail = first[: len(first) - shared], last
    joiner = "–" if len(head) == 1 and len(tail) - shared == 1 else " – "
    return " ".join(head) + joiner + " ".join(tail)


def sort_key(value: str) -> tuple[int, int, int]:
    """Order partial dates: a year sorts before its months, a month before its days."""
    year, month, day = parse_partial_date(value)
    return (year, month or 0, day or 0)


def year(value: str) -> int:
    """The year of a partial date."""
    return parse_partial_date(value)[0]
