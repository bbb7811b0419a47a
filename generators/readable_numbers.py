# Numbers as a reader writes them: 714 million, 1.4 million, 9,000, 70%; never 7.14e+08.
"""`reader_number(value, unit)`: a figure's value in words a reader expects, in its unit;
`figure_value(figure)`: a figure record as pages, charts and tables show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generators.model import Figure

# Large numbers read as a short number and a word, as newspapers write them.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# How a unit follows the number: (after one, after any other number).
_UNITS = {
    "count": ("", ""),
    "percent": ("%", "%"),
    "minutes": (" minute", " minutes"),
    "years": (" year", " years"),
}


def reader_number(value: float, unit: str = "count") -> str:
    """`714e6` → `714 million`, `1.4e6` → `1.4 million`, `9000` → `9,000`, `70, percent` →
    `70%`, `90, minutes` → `90 minutes`. A unit this does not know follows the number as a word."""
    singular, plural = _UNITS.get(unit, (f" {unit}", f" {unit}"))
    number = plain_number(value)
    return number + (singular if abs(value) == 1 else plural)


def plain_number(value: float) -> str:
    """The number alone: thousands separated by commas, a million and above in words, at most
    three significant digits when scaled, and no trailing zeros."""
    sign = "-" if value < 0 else ""
    size = abs(value)
    for scale, word in _SCALES:
        if round(size) >= scale:
            return f"{sign}{_significant(size / scale)} {word}"
    if size == int(size):
        return f"{sign}{int(size):,}"
    decimals = 2 if size < 100 else 1 if size < 1000 else 0
    text = f"{size:,.{decimals}f}".rstrip("0").rstrip(".")
    return sign + text


def _significant(scaled: float) -> str:
    """A scaled number (1 ≤ scaled < 1,000 mostly) with at most three significant digits."""
    decimals = 0 if scaled >= 100 else 1 if scaled >= 10 else 2
    text = f"{scaled:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def figure_value(figure: Figure) -> str:
    """A figure as a reader sees it: its display text, or its value in its unit."""
    if figure.display:
        return figure.display
    prefix = "about " if figure.approximate else ""
    return prefix + reader_number(figure.value, figure.unit)
