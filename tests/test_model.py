# The record classes: field rules, dates at their precision, provenance.
from __future__ import annotations

import pytest
from pydantic import ValidationError

from generators.model import Event, Quote, Record, parse_partial_date


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
