# A chart's data as a table for people: the CSV keeps the machine columns, the page does not.
"""`reader_table(table)`: headers from the table's titles (the model's field titles), the key
column first, dates and numbers as readers write them, plotting columns left to the CSV; and
`html_table`, which stacks rows on phones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators import dates
from generators.citations import citation_text
from generators.escaping import html_attribute
from generators.readable_numbers import plain_number

if TYPE_CHECKING:
    from generators.charts.base import Cell, Table

# Columns for programs (codes, plotting positions, what a shown date already says): CSV only.
MACHINE_COLUMNS = frozenset({"iso3", "precision", "drawn_from", "drawn_to"})
# When a table gives a value as readers write it, its raw value and unit are for programs.
SHOWN_VALUE, RAW_VALUE = "shown_as", ("value", "unit")
# The column that names each row, first found first: it leads the table.
KEY_COLUMNS = ("event", "figure", "country", "speaker", "actor", "from")
_ISO_DATE = re.compile(r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$")


@dataclass(frozen=True)
class ReaderTable:
    """What a reader's table shows: headers and rows of text."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def column_title(name: str) -> str:
    """A header for a column its table gives no title: `words_quoted` → `Words quoted`."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def reader_columns(columns: tuple[str, ...]) -> list[str]:
    """The columns a reader sees, the key column first; `end_date` joins `date`."""
    hidden = set(MACHINE_COLUMNS) | {"end_date"}
    if SHOWN_VALUE in columns:
        hidden |= set(RAW_VALUE)
    shown = [c for c in columns if c not in hidden]
    key = next((c for c in KEY_COLUMNS if c in shown), None)
    return [key, *(c for c in shown if c != key)] if key else shown


def reader_table(table: Table) -> ReaderTable:
    """The table as a reader reads it (the CSV keeps every column as it is)."""
    columns = reader_columns(table.columns)
    index = {name: i for i, name in enumerate(table.columns)}
    rows = []
    for row in table.rows:
        cells = []
        for name in columns:
            cell = row[index[name]]
            if name == "date" and "end_date" in index:
                cells.append(_date_cell(cell, row[index["end_date"]]))
            else:
                cells.append(reader_cell(name, cell))
        rows.append(tuple(cells))
    titles = dict(zip(table.columns, table.titles, strict=True)) if table.titles else {}
    headers = tuple(titles.get(name) or column_title(name) for name in columns)
    return ReaderTable(headers, tuple(rows))


def reader_cell(name: str, cell: Cell) -> str:
    """One cell as text: a dash for nothing, dates and numbers as readers write them."""
    if cell is None or cell == "":
        return "—"
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, int | float):
        return plain_number(cell) if abs(cell) >= 10_000 or isinstance(cell, float) else str(cell)
    text = str(cell)
    if name == "sources":
        return citation_text(text.split()) or text
    if _ISO_DATE.match(text) and ("date" in name or name in ("as_of", "when")):
        return dates.display(text)
    return text


def _date_cell(start: Cell, end: Cell) -> str:
    if not isinstance(start, str) or not _ISO_DATE.match(start):
        return reader_cell("date", start)
    known_end = end if isinstance(end, str) and _ISO_DATE.match(end) else None
    return dates.display_range(start, known_end)


def html_table(table: ReaderTable) -> str:
    """The table as HTML; each cell carries its header, which narrow screens show beside it, and
    holds its text in a span that keeps the column at least a dozen characters wide."""
    head = "".join(f'<th scope="col"><span>{html_attribute(h)}</span></th>' for h in table.headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td data-label="{html_attribute(h)}"><span>{html_attribute(c)}</span></td>'
            for h, c in zip(table.headers, row, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    return (
        f'<table class="reader-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )
