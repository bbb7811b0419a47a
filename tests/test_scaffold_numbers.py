# Dates and figures as news prose writes them: one small invented text per rule.
from __future__ import annotations

import datetime as dt
import re

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
        ("On 11/3/2008, the board voted.", "2008-11-03"),
        ("On 25/9/2008, it was signed.", "2008-09-25"),
        ("In May, the minister resigned.", "2008-05"),
        ("“Nineteen years ago, this was not possible,” she said.", "1989"),
        ("The town was founded in 1612.", "1612"),
        ("It opens on 5 November.", "2008-11-05"),
        ("The pier shut before last summer.", "2008"),
        ("It closed last winter.", "2007"),
    ],
)
def test_dates(text: str, date: str) -> None:
    assert dates_in(text) == [date]


def test_an_old_bare_four_digit_number_is_a_count_not_a_year() -> None:
    assert dates_in("A poll of 1612 pupils found it.") == []


def figures_in(text: str) -> list[tuple[float, str, str | None]]:
    from generators.scaffold.figures import find_figures

    return [(f.value, f.unit, f.display) for f in find_figures({"P1": text})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost US$2.5 billion.", [(2.5e9, "usd", None)]),
        ("It cost A$3bn.", [(3e9, "aud", None)]),
        ("Over 310,000 euros were owed.", [(310_000, "eur", "Over 310,000 euros")]),
        ("A £40m fund and 5 billion yuan.", [(40e6, "gbp", None), (5e9, "cny", None)]),
        ("It paid 310,000 rubles.", [(310_000, "rub", None)]),
        ("About 714 million people voted.", [(714e6, "people", None)]),
        ("The hall has 9,000 seats.", [(9000, "seats", None)]),
        ("Seven people and 74 yeas.", [(7, "people", None), (74, "count", None)]),
        ("Some three billion people live there.", [(3e9, "people", None)]),
        ("All nine sailors and all five on deck.", [(9, "count", None), (5, "count", None)]),
        (
            "They drove about 300 miles (480 km).",
            [(300, "miles", None), (480, "km", None)],
        ),
        ("The ship made 30 mph.", [(30, "mph", None)]),
        ("It flew at 58,000 km/h.", [(58_000, "km/h", None)]),
        ("A probe flew 3-billion mile.", [(3e9, "miles", None)]),
        ("It carried 2 tonnes and 40 kg.", [(2, "tonnes", None), (40, "kg", None)]),
        ("More than 20 miles of road.", [(20, "miles", "More than 20 miles")]),
        ("It weighed 20 to 30 tonnes.", [(20, "tonnes", None), (30, "tonnes", None)]),
        (
            "A 131-page report and a six-member team.",
            [(131, "count", "131-page"), (6, "count", "six-member")],
        ),
        ("Children aged 6–9 years took part.", [(6, "years", None), (9, "years", None)]),
        ("It took four decades.", [(4, "decades", None)]),
        ("It lasted two weeks and 73 seconds.", [(2, "weeks", None), (73, "seconds", None)]),
        ("The vote needed 3/5 of the seats.", [(0.6, "count", "3/5")]),
        ("Nearly half of the boats.", [(0.5, "count", "Nearly half")]),
        ("It scored one or two points.", [(1, "count", None), (2, "count", None)]),
        ("Two-thirds of members agreed.", [(0.666667, "count", "Two-thirds")]),
    ],
)
def test_figures(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert figures_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One of the ships sank.",
        "No one was hurt.",
        "The two countries met.",
        "It flew aboard Kestrel 4 over the bay.",
        "The home of the A380, which flew here.",
        "Deputies of Lista 9 Verde spoke.",
    ],
)
def test_numbers_that_do_not_count_anything(text: str) -> None:
    assert figures_in(text) == []


def test_every_unit_the_scaffold_writes_is_one_the_model_knows() -> None:
    from generators.model import FIGURE_UNITS
    from generators.scaffold.figures import COUNTED, CURRENCIES, MEASURES, TIME_UNITS

    written = {u for u, _ in CURRENCIES.values()} | {*MEASURES.values(), *TIME_UNITS.values()}
    assert written | set(COUNTED.values()) <= set(FIGURE_UNITS)


@pytest.mark.parametrize(
    ("text", "review"),
    [
        ("It cost US$2.5 billion and €3 million.", [None, None]),
        ("It drove 300 miles at 60 mph.", [None, None]),
        ("It cost $4 million.", ["`$` or `dollars` read as US dollars: check the currency"]),
        (
            "It cost 40 pounds.",
            ["`pounds` read as pounds sterling: check the currency (or a weight)"],
        ),
    ],
)
def test_a_unit_is_marked_for_review_only_when_unsure(text: str, review: list[str | None]) -> None:
    from generators.scaffold.figures import find_figures

    assert [f.review for f in find_figures({"P1": text})] == review


def test_figure_values_are_written_as_plain_numbers() -> None:
    from generators.scaffold.emit import Record, data_file

    text = data_file(
        "s.json", [], [Record({"id": "a", "value": 714e6, "share": 2.5e-05})], single=False
    )
    assert "value: 714000000\n" in text and "share: 0.000025\n" in text
    assert not re.search(r"\de[+-]\d", text)


def test_a_weekday_in_a_sentence_that_looks_ahead_is_the_next_one() -> None:
    assert dates_in("Forecasters expect more rain on Wednesday.") == ["2008-10-08"]
    assert dates_in("He said on Wednesday that it would rain.") == ["2008-10-01"]
