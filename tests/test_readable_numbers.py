# Numbers as readers write them (issue 14, item 12).
from __future__ import annotations

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
        (3, "hectares", "3 hectares"),
    ],
)
def test_numbers_read_as_a_reader_writes_them(value: float, unit: str, expected: str) -> None:
    assert reader_number(value, unit) == expected


@pytest.mark.parametrize("value", [7.14e8, 1e21, 1.4e6, 5e-7, 123456789.123, 1e15])
def test_never_scientific_notation(value: float) -> None:
    assert "e" not in plain_number(value).replace("million", "").replace("trillion", "")
