# A chart's data as a table for people (issue 14, item 3); the CSV keeps the machine columns.
from __future__ import annotations

import pytest

from generators.charts import build_charts
from generators.charts.base import Table, csv_bytes, field_title
from generators.model import Event, Explainer, Figure
from generators.reader_tables import column_title, html_table, reader_table

TIMELINE = Table.titled(
    {
        "date": "Date",
        "end_date": "End date",
        "precision": "Precision",
        "date_basis": "How the date is known",
        "event": "Event",
        "drawn_from": "Drawn from",
        "sources": "Article paragraphs",
    },
    (
        ("2021-12-07", "2021-12-08", "day", "stated", "Talks <b>", "2021-12-07", "P1 P2 P3 P8"),
        ("1969", None, "year", "background", "A clash", "1969-01-01", "P21"),
    ),
)


def test_headers_in_words_key_column_first_machine_columns_left_to_the_csv() -> None:
    table = reader_table(TIMELINE)
    assert table.headers == ("Event", "Date", "How the date is known", "Article paragraphs")
    assert table.rows[0] == ("Talks <b>", "7–8 December 2021", "stated", "¶ 1–3, 8")
    assert table.rows[1][1] == "1969"
    csv = csv_bytes(TIMELINE).decode()
    assert csv.startswith("date,end_date,precision,date_basis,event,drawn_from,sources")


def test_numbers_and_titles_read_as_words() -> None:
    table = reader_table(Table(("figure", "value", "part_in_story"), (("A", 7.14e8, None),)))
    assert table.rows == (("A", "714 million", "—"),)
    assert table.headers == ("Figure", "Value", "Part in story")
    assert column_title("words_quoted") == "Words quoted"


def test_headers_are_the_model_fields_titles() -> None:
    assert field_title(Event, "date_basis") == "How the date is known"
    assert field_title(Figure, "sources") == "Article paragraphs"  # inherited from Record
    with pytest.raises(LookupError, match=r"Figure\.as_of has no title"):
        field_title(Figure, "as_of")


def test_titles_go_one_to_a_column() -> None:
    with pytest.raises(ValueError, match="2 columns but 1 titles"):
        Table(("a", "b"), (), ("A",))


@pytest.mark.parametrize("fixture", ["mini", "real"])
def test_every_chart_gives_each_column_a_title_a_reader_understands(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    explainer: Explainer = request.getfixturevalue(fixture)
    for slot, chart in build_charts(explainer).items():
        table = chart.table
        assert len(table.titles) == len(table.columns), slot
        for title in reader_table(table).headers:
            assert title[:1].isupper() and "_" not in title, (slot, title)


def test_each_cell_carries_its_header_and_text_stays_text() -> None:
    html = html_table(reader_table(TIMELINE))
    assert '<td data-label="Event"><span>Talks &lt;b&gt;</span></td>' in html
    assert "<b>" not in html
