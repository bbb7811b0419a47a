# Chart 7: the key figures as indicator cards, drawn with annotations (no extra trace type).
"""Each figure as a large number with its label, in a grid that reflows by count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.charts.base import (
    PALETTE,
    STILL_WIDTHS,
    Chart,
    Table,
    field_title,
    layout,
    plotly_text,
    sources_of,
    wrapped_lines,
)
from generators.model import Figure
from generators.readable_numbers import figure_value

if TYPE_CHECKING:
    from generators.model import Explainer

MAX_COLUMNS = 3
CARD_GAP = 0.01  # of the chart's width: the space each side of a card's frame
CARD_PADDING = 4  # px: the frame and a little air each side of a card's text
DIGIT_WIDTH = 0.62  # em: a bold digit, about the widest character of a value
SMALLEST_VALUE, LARGEST_VALUE = 16, 30  # px: the value's font size
VALUE_HEIGHT = 60  # px: the room above a card's label for the value's lines (a line ≈ 1.25 em)


def build(explainer: Explainer) -> Chart:
    """Indicator cards: value on top, what it counts below."""
    figures = explainer.figures
    columns = 2 if len(figures) == 4 else min(MAX_COLUMNS, max(1, len(figures)))
    rows_count = -(-len(figures) // columns)
    annotations = []
    shapes = []
    for index, figure in enumerate(figures):
        column, row = index % columns, index // columns
        x0, x1 = column / columns, (column + 1) / columns
        y1 = 1 - row / rows_count
        y0 = 1 - (row + 1) / rows_count
        middle = (x0 + x1) / 2
        shapes.append(
            {
                "type": "rect",
                "xref": "paper",
                "yref": "paper",
                "x0": x0 + CARD_GAP,
                "x1": x1 - CARD_GAP,
                "y0": y0 + 0.02,
                "y1": y1 - 0.02,
                "line": {"color": PALETTE[index % len(PALETTE)], "width": 2},
            }
        )
        value = figure_value(figure)
        value_lines, value_size = _value_lines(plotly_text(value), columns)
        annotations.append(
            {
                "xref": "paper",
                "yref": "paper",
                "x": middle,
                "y": y0 + (y1 - y0) * 0.58,
                "yanchor": "bottom",
                "xanchor": "center",
                "text": "<br>".join(value_lines),
                "showarrow": False,
                "font": {
                    "size": value_size,
                    "color": PALETTE[index % len(PALETTE)],
                    "weight": "bold",
                },
            }
        )
        annotations.append(
            {
                "xref": "paper",
                "yref": "paper",
                "x": middle,
                "y": y0 + (y1 - y0) * 0.52,
                "yanchor": "top",
                "xanchor": "center",
                "text": "<br>".join(wrapped_lines(plotly_text(figure.label), 22)),
                "showarrow": False,
                "font": {"size": 12},
            }
        )
    rows = tuple(
        (
            figure.label,
            figure.value,
            figure.unit,
            figure_value(figure),
            figure.measures,
            " ".join(figure.sources) or "background",
        )
        for figure in figures
    )
    return Chart(
        id="figures",
        title="The story in numbers",
        description="; ".join(f"{figure_value(f)}: {f.label}" for f in figures) + ".",
        sources=sources_of(*figures),
        plot={
            "data": [],
            "layout": layout(
                xaxis={"visible": False},
                yaxis={"visible": False},
                annotations=annotations,
                shapes=shapes,
                margin={"l": 0, "r": 0, "t": 0, "b": 0},
                showlegend=False,
            ),
        },
        table=Table.titled(
            {
                "figure": field_title(Figure, "label"),
                "value": field_title(Figure, "value"),
                "unit": field_title(Figure, "unit"),
                "shown_as": "Value",  # the value in its unit, as the page shows it
                "measures": field_title(Figure, "measures"),
                "sources": field_title(Figure, "sources"),
            },
            rows,
        ),
        height=180 * rows_count,
    )


def _value_lines(text: str, columns: int) -> tuple[list[str], int]:
    """The value's lines and font size, so that it fits inside a card on a phone: on one line
    if it can be read there at the smallest size, else its words over lines that can."""
    card = STILL_WIDTHS[0] * (1 / columns - 2 * CARD_GAP) - 2 * CARD_PADDING

    def size(line: str) -> int:
        return min(LARGEST_VALUE, int(card / (DIGIT_WIDTH * max(len(line), 1))))

    if size(text) >= SMALLEST_VALUE:
        return [text], size(text)
    lines = wrapped_lines(text, int(card / (DIGIT_WIDTH * SMALLEST_VALUE)))
    tallest = int(VALUE_HEIGHT / (1.25 * len(lines)))
    return lines, max(SMALLEST_VALUE, min(tallest, *(size(line) for line in lines)))
