# The record classes: field rules, dates at their precision, provenance.
from __future__ import annotations

import pytest
from pydantic import ValidationError

from generators.model import FIGURE_UNITS, Event, Figure, Quote, Record, parse_partial_date


def event(**fields: object) -> Event:
    base = {"id": "e", "title": "T", "date": "2021", "description": "D", "sources": ["P1"]}
    return Event.model_validate(base | fields)


@pytest.mark.parametrize(
    ("date", "precision"), [("1969", "year"), ("2021-12", "month"), ("2021-12-15", "day")]
)
def test_event_precision_follows_date(date: str, precision: str) -> None:
    assert event(date=date).precision == precision


def test_year_written_as_number_is_accepted() -> None:
    assert event(date=1969).date == "1969"


@pytest.mark.parametrize("date", ["2021-02-30", "2021-13", "21-12-01", "2021/12/01"])
def test_impossible_or_malformed_dates_are_rejected(date: str) -> None:
    with pytest.raises(ValidationError):
        event(date=date)


def test_end_before_start_is_rejected() -> None:
    with pytest.raises(ValidationError, match="before"):
        event(date="2021-12", end_date="2021-11")


def test_inferred_date_needs_a_note() -> None:
    with pytest.raises(ValidationError, match="date_note"):
        event(date="2021-12", date_basis="inferred")
    assert event(date="2021-12", date_basis="inferred", date_note="last week").date_note


def test_record_needs_sources_or_background() -> None:
    with pytest.raises(ValidationError, match="sources"):
        Record.model_validate({"id": "x"})
    assert Record.model_validate({"id": "x", "background": "Public record."}).background


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError, match="speeker"):
        Quote.model_validate(
            {
                "id": "q",
                "text": "t",
                "speeker": "a",
                "speaker": "a",
                "channel": "c",
                "form": "phrase",
                "about": "x",
                "sources": ["P1"],
            }
        )


def test_quote_must_cite_a_paragraph_even_with_background() -> None:
    with pytest.raises(ValidationError, match="cite"):
        Quote.model_validate(
            {
                "id": "q",
                "text": "t",
                "speaker": "a",
                "channel": "c",
                "form": "phrase",
                "about": "x",
                "background": "heard elsewhere",
            }
        )


@pytest.mark.parametrize("bad", ["P0", "p1", "P1a", "CAPTIONS", ""])
def test_paragraph_ids_have_one_form(bad: str) -> None:
    with pytest.raises(ValidationError):
        Record.model_validate({"id": "x", "sources": [bad]})


def test_partial_dates_split() -> None:
    assert parse_partial_date("2021-12") == (2021, 12, None)
    assert parse_partial_date("2024-02-29") == (2024, 2, 29)
    with pytest.raises(ValueError, match="calendar"):
        parse_partial_date("2023-02-29")


def figure(**fields: object) -> Figure:
    base = {"id": "f", "label": "L", "value": 3, "unit": "count", "measures": "M"}
    return Figure.model_validate(base | {"sources": ["P1"]} | fields)


@pytest.mark.parametrize("unit", ["usd", "eur", "cny", "people", "seats", "km", "km/h", "tonnes"])
def test_units_of_money_measures_and_people_are_known(unit: str) -> None:
    assert figure(unit=unit).unit == unit


@pytest.mark.parametrize(
    ("unit", "meant"),
    [
        ("kilometres", "km"),
        ("kph", "km/h"),
        ("%", "percent"),
        ("dollars", "usd"),
        ("USD", "usd"),
        ("euro", "eur"),
        ("roubles", "rub"),
        ("persons", "people"),
        ("tonne", "tonnes"),
        ("seat", "seats"),
        ("minute", "minutes"),
    ],
)
def test_an_unknown_unit_names_the_unit_meant(unit: str, meant: str) -> None:
    with pytest.raises(
        ValidationError, match=f"is not a unit the site knows \\(did you mean '{meant}'"
    ):
        figure(unit=unit)


def test_a_unit_like_no_other_lists_the_vocabulary() -> None:
    with pytest.raises(ValidationError, match="use one of the units in schemas/figures"):
        figure(unit="flurbs")


def test_the_schema_lists_every_unit_with_titles() -> None:
    schema = Figure.model_json_schema()
    unit = schema["properties"]["unit"]
    assert set(unit["enum"]) == set(FIGURE_UNITS) and "usd" in unit["enum"]
    assert unit["title"] == "Unit"
    assert schema["properties"]["sources"]["title"] == "Article paragraphs"
