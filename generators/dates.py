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


def sort_key(value: str) -> tuple[int, int, int]:
    """Order partial dates: a year sorts before its months, a month before its days."""
    year, month, day = parse_partial_date(value)
    return (year, month or 0, day or 0)


def year(value: str) -> int:
    """The year of a partial date."""
    return parse_partial_date(value)[0]
