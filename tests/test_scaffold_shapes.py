# Article shapes besides wire copy: web pages with a date line, press releases.
from __future__ import annotations

import datetime as dt

import pytest

from generators.scaffold.source import parse_article


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Monday, May 18, 2015", dt.date(2015, 5, 18)),
        ("Feb. 28, 2007", dt.date(2007, 2, 28)),
        ("Sept. 3, 2019", dt.date(2019, 9, 3)),
        ("18 May 2015", dt.date(2015, 5, 18)),
        ("2015-05-18", dt.date(2015, 5, 18)),
    ],
)
def test_a_date_line_is_the_publication_date_not_a_paragraph(line: str, date: dt.date) -> None:
    source = parse_article(f"A headline of a web page\n\n{line}\n\nThe story begins here.\n")
    assert source.published == date
    assert source.paragraphs == ["The story begins here."]


def test_a_date_inside_a_sentence_is_not_a_date_line() -> None:
    source = parse_article("A headline\n\nIt began on May 18, 2015, in the rain.\n")
    assert source.published is None
    assert len(source.paragraphs) == 1


def test_press_release_furniture_is_not_paragraphs() -> None:
    text = (
        "Agency Opens a Test Range\n\nRELEASE: 07-55\n\nFOR IMMEDIATE RELEASE\n\n"
        "Feb. 28, 2007\n\nLAUREL, Md. —\n\nThe agency opened a test range on Tuesday.\n\n"
        "Contact: Pat Doe\n\nPat Doe (301) 555-0100 pat.doe@example.org\n\n-end-\n"
    )
    source = parse_article(text)
    assert source.paragraphs == ["The agency opened a test range on Tuesday."]
    assert (source.published, source.dateline) == (dt.date(2007, 2, 28), "Laurel, Md.")


def test_a_dateline_opening_the_first_paragraph_stays_in_it() -> None:
    source = parse_article("A headline\n\nMay 1, 2020\n\nLAUREL, Md. — It opened.\n")
    assert source.dateline == "Laurel, Md."
    assert source.paragraphs == ["LAUREL, Md. — It opened."]
