# Dates and figures as news prose writes them: one small invented text per rule.
from __future__ import annotations

import datetime as dt

import pytest

from generators.scaffold.dates import find_dates
from generators.scaffold.numbers import number_value, plain

SATURDAY = dt.date(2008, 10, 4)


def dates_in(text: str) -> list[str]:
    return [d.date for d in find_dates({"P1": text}, SATURDAY)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,300", 2300),
        ("4.2", 4.2),
        ("sixty", 60),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("714 million", 714e6),
        ("2.5 billion", 2.5e9),
        ("two billion", 2e9),
        ("seventeen", 17),
        ("half", 0.5),
    ],
)
def test_number_values(text: str, value: float) -> None:
    assert number_value(text) == value


def test_plain_numbers_never_use_scientific_notation() -> None:
    assert [plain(714e6), plain(1.4e6), plain(9000), plain(0.25)] == [
        "714,000,000",
        "1,400,000",
        "9,000",
        "0.25",
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 10/1/2008, the Senate voted.", "2008-10-01"),
        ("On 25/9/2008, it was signed.", "2008-09-25"),
        ("In May, the minister resigned.", "2008-05"),
        ("“Seventeen years ago, this was not possible,” she said.", "1991"),
        ("The town was founded in 1709.", "1709"),
    ],
)
def test_dates(text: str, date: str) -> None:
    assert dates_in(text) == [date]


def test_an_old_bare_four_digit_number_is_a_count_not_a_year() -> None:
    assert dates_in("A survey of 1709 schoolchildren found it.") == []
