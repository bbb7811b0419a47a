# Chart 7: the key figures as indicator cards, drawn with annotations (no extra trace type).
"""Each figure as a large number with its label, in a grid that reflows by count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.charts.base import (
    PALETTE,
    Chart,
    Table,
    field_title,
    layout,
    plotly_text,
    sources_of,
    wrapped_lines,
)
from generators.model import Figure
from generators.pages import figure_value

if TYPE_CHECKING:
    from generators.model import Explainer

MAX_COLUMNS = 3
CARD_WIDTH_ON_A_PHONE = 160  # px: the narrowest a card gets, on a 375 px screen


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
                "x0": x0 + 0.01,
                "x1": x1 - 0.01,
                "y0": y0 + 0.02,
                "y1": y1 - 0.02,
                "line": {"color": PALETTE[index % len(PALETTE)], "width": 2},
            }
        )
        value = figure_value(figure)
        annotations.append(
            {
                "xref": "paper",
                "yref": "paper",
                "x": middle,
                "y": y0 + (y1 - y0) * 0.58,
                "yanchor": "bottom",
                "xanchor": "center",
                "text": plotly_text(value),
                "showarrow": False,
                "font": {
                    "size": _value_size(value),
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
        figure={
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


def _value_size(text: str) -> int:
    """Font size that keeps the value inside a card on a phone (a bold digit ≈ 0.62 em)."""
    return max(16, min(30, int(CARD_WIDTH_ON_A_PHONE / (0.62 * max(len(text), 1)))))
