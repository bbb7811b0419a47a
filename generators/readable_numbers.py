# Numbers as a reader writes them: US$2.5 billion, 714 million people, 58,000 km/h, 70%.
"""`reader_number(value, unit)`: a figure's value in words a reader expects, in its unit,
never in scientific notation (every unit of the model's vocabulary is written here);
`figure_value(figure)`: a figure record as pages, charts and tables show it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generators.model import Figure

# Large numbers read as a short number and a word, as newspapers write them.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# How a unit goes with the number: (before it, after one, after any other number).
_UNITS = {
    "count": ("", "", ""),
    "percent": ("", "%", "%"),
    "percentage-points": ("", " percentage point", " percentage points"),
    "people": ("", " person", " people"),
    "seats": ("", " seat", " seats"),
    "votes": ("", " vote", " votes"),
    "seconds": ("", " second", " seconds"),
    "minutes": ("", " minute", " minutes"),
    "hours": ("", " hour", " hours"),
    "days": ("", " day", " days"),
    "weeks": ("", " week", " weeks"),
    "months": ("", " month", " months"),
    "years": ("", " year", " years"),
    "decades": ("", " decade", " decades"),
    "km": ("", " km", " km"),
    "miles": ("", " mile", " miles"),
    "metres": ("", " metre", " metres"),
    "feet": ("", " foot", " feet"),
    "hectares": ("", " hectare", " hectares"),
    "acres": ("", " acre", " acres"),
    "square-km": ("", " sq km", " sq km"),
    "km/h": ("", " km/h", " km/h"),
    "mph": ("", " mph", " mph"),
    "tonnes": ("", " tonne", " tonnes"),
    "tons": ("", " ton", " tons"),
    "kg": ("", " kg", " kg"),
    "litres": ("", " litre", " litres"),
    "gallons": ("", " gallon", " gallons"),
    "barrels": ("", " barrel", " barrels"),
    "celsius": ("", "°C", "°C"),
    "fahrenheit": ("", "°F", "°F"),
    # Money: the symbol news agencies put before the amount, or the currency's name after it.
    "usd": ("US$", "", ""),
    "eur": ("€", "", ""),
    "gbp": ("£", "", ""),
    "jpy": ("¥", "", ""),
    "cny": ("", " yuan", " yuan"),
    "rub": ("", " ruble", " rubles"),
    "inr": ("", " rupee", " rupees"),
    "chf": ("", " Swiss franc", " Swiss francs"),
    "aud": ("A$", "", ""),
    "cad": ("C$", "", ""),
    "nzd": ("NZ$", "", ""),
    "hkd": ("HK$", "", ""),
    "krw": ("", " won", " won"),
    "brl": ("", " real", " reais"),
    "mxn": ("", " Mexican peso", " Mexican pesos"),
    "try": ("", " lira", " lira"),
    "uah": ("", " hryvnia", " hryvnias"),
    "zar": ("", " rand", " rand"),
    "sek": ("", " Swedish crown", " Swedish crowns"),
    "nok": ("", " Norwegian crown", " Norwegian crowns"),
    "pln": ("", " zloty", " zlotys"),
    "ils": ("", " shekel", " shekels"),
}
MONEY_UNITS = frozenset(tuple(_UNITS)[tuple(_UNITS).index("usd") :])


def reader_number(value: float, unit: str = "count") -> str:
    """`714e6, people` → `714 million people`, `2.5e9, usd` → `US$2.5 billion`, `9000` →
    `9,000`, `70, percent` → `70%`, `58000, km/h` → `58,000 km/h`, `4.2, usd` → `US$4.20`.
    A unit this does not know (the model lets none through) follows the number as a word."""
    before, one, many = _UNITS.get(unit, ("", f" {unit}", f" {unit}"))
    number = _cents(value) if unit in MONEY_UNITS else plain_number(value)
    sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    return sign + before + digits + (one if abs(value) == 1 else many)


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
    text = f"{size:,.{decimals}f}"
    return sign + (text.rstrip("0").rstrip(".") if "." in text else text)


def _cents(value: float) -> str:
    """An amount of money: whole units as plain numbers, a small amount with its cents."""
    if abs(value) < 1000 and value != int(value):
        return f"{value:,.2f}"
    return plain_number(value)


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
