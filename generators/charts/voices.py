# Chart 6: whose words the article quotes, grouped by affiliation.
"""Quotes and quoted words per speaker, one bar colour per group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generators import lookup
from generators.charts.base import (
    PALETTE,
    Chart,
    KeyEntry,
    Table,
    field_title,
    hover_text,
    layout,
    plotly_text,
    sources_of,
)
from generators.model import Person, Quote

if TYPE_CHECKING:
    from generators.model import Explainer


NARROW_ROW = 46  # px per speaker on a phone: the name, and under it the bar
NARROW_BAR = 0.55  # the bar's share of its row on a phone: 25 px, a tap target


def build(explainer: Explainer) -> Chart:
    """Horizontal bars: number of quotes per speaker, grouped and coloured by group."""
    people = {p.id: p for p in explainer.people}
    by_speaker = lookup.quotes_by_speaker(explainer)
    labels = lookup.group_labels(explainer)
    groups = list(labels)
    speakers = sorted(
        by_speaker,
        key=lambda s: (groups.index(people[s].group), -len(by_speaker[s]), people[s].name),
    )
    rows = []
    traces: list[dict[str, Any]] = []
    key: list[KeyEntry] = []
    for index, group in enumerate(groups):
        in_group = [s for s in speakers if people[s].group == group]
        if not in_group:
            continue
        counts = [len(by_speaker[s]) for s in in_group]
        words = [sum(len(q.text.split()) for q in by_speaker[s]) for s in in_group]
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": plotly_text(labels[group]),
                "x": counts,
                "y": [plotly_text(people[s].name) for s in in_group],
                "marker": {"color": PALETTE[index % len(PALETTE)]},
                "hovertext": [
                    hover_text(
                        people[s].name,
                        people[s].role,
                        f"{c} quote{'s' if c != 1 else ''}, {w} words",
                    )
                    for s, c, w in zip(in_group, counts, words, strict=True)
                ],
                "hoverinfo": "text",
            }
        )
        key.append(KeyEntry(plotly_text(labels[group]), PALETTE[index % len(PALETTE)]))
        rows += [
            (labels[group], people[s].name, c, w)
            for s, c, w in zip(in_group, counts, words, strict=True)
        ]
    quotes = explainer.quotes
    names = [plotly_text(people[s].name) for s in reversed(speakers)]
    x_axis = {"title": {"text": "Direct quotes"}, "dtick": 1, "rangemode": "tozero"}
    wide = {
        "data": traces,
        "layout": layout(
            xaxis=x_axis,
            yaxis={"categoryorder": "array", "categoryarray": names, "automargin": True},
            barmode="stack",
            margin={"l": 10, "r": 10, "t": 10, "b": 56},
        ),
    }
    # On a phone the names go above their bars, so the bars keep the column's width.
    narrow = {
        "data": [trace | {"width": NARROW_BAR} for trace in traces],
        "layout": layout(
            xaxis=x_axis,
            yaxis={"categoryorder": "array", "categoryarray": names, "showticklabels": False},
            barmode="stack",
            margin={"l": 10, "r": 10, "t": 10, "b": 56},
            annotations=[
                {
                    "text": name,
                    "xref": "paper",
                    "yref": "y",
                    "x": 0,
                    "y": name,
                    "yshift": NARROW_ROW * NARROW_BAR / 2 + 9,
                    "xanchor": "left",
                    "showarrow": False,
                }
                for name in names
            ],
        ),
    }
    most = max(speakers, key=lambda s: len(by_speaker[s]), default=None)
    return Chart(
        id="voices",
        title="Whose words the article quotes",
        description=(
            (
                f"{people[most].name} is quoted most: {len(by_speaker[most])} of "
                f"{len(quotes)} quotes. "
                if most
                else ""
            )
            + f"{len(quotes)} direct quotes from {len(speakers)} speakers, grouped by "
            "affiliation. "
            + "; ".join(
                f"{label}: {sum(r[2] for r in rows if r[0] == label)} quotes"
                for label in dict.fromkeys(r[0] for r in rows)
            )
            + "."
        ),
        sources=sources_of(*quotes),
        plot=wide,
        table=Table.titled(
            {
                "group": field_title(Person, "group"),
                "speaker": field_title(Quote, "speaker"),
                "quotes": "Quotes",  # how many quotes
                "words_quoted": "Words quoted",
            },
            rows,
        ),
        height=36 * len(speakers) + 86,
        narrow=narrow,
        narrow_height=NARROW_ROW * len(speakers) + 76,
        key=tuple(key),
    )
