# A chart's data as a table for people (issue 14, item 3); the CSV keeps the machine columns.
from __future__ import annotations

from generators.charts.base import Table, csv_bytes
from generators.reader_tables import column_title, html_table, reader_table

TIMELINE = Table(
    ("date", "end_date", "precision", "date_basis", "event", "drawn_from", "sources"),
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
    assert column_title("part_in_story") == "Part in the story"


def test_each_cell_carries_its_header_and_text_stays_text() -> None:
    html = html_table(reader_table(TIMELINE))
    assert '<td data-label="Event"><span>Talks &lt;b&gt;</span></td>' in html
    assert "<b>" not in html
