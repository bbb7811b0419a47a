# Numbers as readers write them (issue 14, item 12).
from __future__ import annotations

import re

import pytest

from generators.readable_numbers import plain_number, reader_number


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (7.14e8, "count", "714 million"),
        (1.4e6, "count", "1.4 million"),
        (5e8, "count", "500 million"),
        (9000, "count", "9,000"),
        (37, "count", "37"),
        (70, "percent", "70%"),
        (12.5, "percent", "12.5%"),
        (90, "minutes", "90 minutes"),
        (1, "minutes", "1 minute"),
        (8, "years", "8 years"),
        (2.3e9, "count", "2.3 billion"),
        (1_234_567, "count", "1.23 million"),
        (999_999, "count", "999,999"),
        (999_999.9, "count", "1 million"),
        (4e12, "count", "4 trillion"),
        (-2500, "count", "-2,500"),
        (0.25, "count", "0.25"),
        (1234.56, "count", "1,235"),
        (1999.7, "count", "2,000"),  # rounded to a whole thousand: its zeros stay
        (10.50, "count", "10.5"),
        (3, "hectares", "3 hectares"),
        (2.5e9, "usd", "US$2.5 billion"),
        (300e6, "eur", "€300 million"),
        (40e6, "gbp", "£40 million"),
        (4.2, "usd", "US$4.20"),
        (1999.5, "usd", "US$2,000"),
        (-5e6, "usd", "-US$5 million"),
        (5e9, "cny", "5 billion yuan"),
        (310_000, "rub", "310,000 rubles"),
        (1, "rub", "1 ruble"),
        (714e6, "people", "714 million people"),
        (1, "people", "1 person"),
        (3e9, "miles", "3 billion miles"),
        (58_000, "km/h", "58,000 km/h"),
        (60, "mph", "60 mph"),
        (9000, "seats", "9,000 seats"),
        (2, "tonnes", "2 tonnes"),
        (1, "feet", "1 foot"),
        (36.6, "celsius", "36.6°C"),
        (5, "percentage-points", "5 percentage points"),
        (24, "hours", "24 hours"),
    ],
)
def test_numbers_read_as_a_reader_writes_them(value: float, unit: str, expected: str) -> None:
    assert reader_number(value, unit) == expected


def test_every_unit_of_the_model_is_written() -> None:
    from generators.model import FIGURE_UNITS, MONEY_UNITS
    from generators.readable_numbers import _UNITS
    from generators.readable_numbers import MONEY_UNITS as WRITTEN_AS_MONEY

    assert tuple(_UNITS) == FIGURE_UNITS
    assert set(MONEY_UNITS) == WRITTEN_AS_MONEY


@pytest.mark.parametrize("unit", ["usd", "people", "km/h", "percent", "rub"])
@pytest.mark.parametrize("value", [7.14e8, 1e15, 5e-7, 123456789.123, 0.1])
def test_never_scientific_notation_in_any_unit(value: float, unit: str) -> None:
    assert not re.search(r"\de[+-]?\d", reader_number(value, unit))


@pytest.mark.parametrize("value", [7.14e8, 1e21, 1.4e6, 5e-7, 123456789.123, 1e15])
def test_never_scientific_notation(value: float) -> None:
    assert "e" not in plain_number(value).replace("million", "").replace("trillion", "")
