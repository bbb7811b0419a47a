# Chart 2: who stands where — each issue with the actors' stances on it, evidence on hover.
"""Small multiples: one list per issue, each actor's stance as a mark (shape and colour) and in
words; on a phone one column of issues, on wider screens two."""

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
from generators.model import Position

if TYPE_CHECKING:
    from generators.model import Explainer

STANCE_COLOURS = {
    "supports": PALETTE[2],
    "attends": PALETTE[5],
    "criticises": PALETTE[1],
    "opposes": PALETTE[1],
    "boycotts": PALETTE[4],
    "concerned": PALETTE[7],
    "neutral": PALETTE[6],
    "does-not-recognise": PALETTE[3],
    "does-not-side-with": PALETTE[0],
}
STANCE_SYMBOLS = {
    "supports": "circle",
    "attends": "circle-open",
    "opposes": "x",
    "criticises": "diamond",
    "boycotts": "square",
    "concerned": "triangle-up",
    "neutral": "circle-open",
    "does-not-recognise": "x",
    "does-not-side-with": "diamond-open",
}
TWO_COLUMNS_FROM = 650  # px: a design this wide has room for two columns of issues
HEADING = 26  # px: an issue's name
LINE = 22  # px: one actor's stance
GAP = 10  # px between issues


def issue_columns(groups: list[list[Position]], columns: int) -> list[list[list[Position]]]:
    """Issues in reading order, cut into `columns` runs of about equal height."""
    total = sum(HEADING + LINE * len(g) + GAP for g in groups)
    runs: list[list[list[Position]]] = [[]]
    height = 0
    for group in groups:
        size = HEADING + LINE * len(group) + GAP
        if runs[-1] and len(runs) < columns and height + size / 2 > total / columns * len(runs):
            runs.append([])
        runs[-1].append(group)
        height += size
    return runs


def plot(explainer: Explainer, columns: int) -> tuple[dict[str, Any], int]:
    """The lists in `columns` columns, and the height they need (y is in pixels, downwards)."""
    names = lookup.actor_names(explainer)
    topics = {t.id: t.name for t in explainer.topics}
    groups = [
        [p for p in explainer.positions if p.topic == t.id]
        for t in explainer.topics
        if any(p.topic == t.id for p in explainer.positions)
    ]
    runs = issue_columns(groups, columns)
    placed: dict[str, list[tuple[float, float, Position]]] = {}
    annotations = []
    height = 0
    for column, run in enumerate(runs):
        y = 0
        for group in run:
            annotations.append(
                {
                    "text": plotly_text(topics[group[0].topic]),
                    "font": {"weight": "bold"},
                    "x": column / len(runs),
                    "y": y + HEADING / 2,
                    "xref": "x",
                    "yref": "y",
                    "xanchor": "left",
                    "showarrow": False,
                }
            )
            y += HEADING
            for position in group:
                placed.setdefault(position.stance, []).append(
                    (column / len(runs) + 0.001, y + LINE / 2, position)
                )
                y += LINE
            y += GAP
        height = max(height, y)
    traces = []
    for stance, label in lookup.STANCE_LABELS.items():
        marks = placed.get(stance, [])
        if not marks:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": plotly_text(label),
                "x": [x for x, _, _ in marks],
                "y": [y for _, y, _ in marks],
                "text": [
                    f"{plotly_text(names[p.actor])}: {plotly_text(label.lower())}"
                    for *_, p in marks
                ],
                "textposition": "middle right",
                "cliponaxis": False,
                "marker": {
                    "symbol": STANCE_SYMBOLS.get(stance, "square"),
                    "size": 12,
                    "color": STANCE_COLOURS[stance],
                    "line": {"width": 2, "color": STANCE_COLOURS[stance]},
                },
                "hovertext": [
                    hover_text(
                        f"{names[p.actor]} on {topics[p.topic]}: {label.lower()}",
                        p.summary,
                        f"Source: {' '.join(p.sources) or 'background'}",
                    )
                    for *_, p in marks
                ],
                "hoverinfo": "text",
            }
        )
    hidden = {"visible": False, "showgrid": False}
    return {
        "data": traces,
        "layout": layout(
            xaxis=hidden | {"range": [-0.01, 1]},
            yaxis=hidden | {"range": [height, 0]},
            annotations=annotations,
            margin={"l": 8, "r": 0, "t": 0, "b": 0},
        ),
    }, height


def agreement(explainer: Explainer) -> str:
    """A one-line takeaway counted from the data: how often the story's two parties agree."""
    parties = explainer.article.parties
    if len(parties) < 2:
        return ""
    names = lookup.actor_names(explainer)
    first, second = parties[0], parties[1]
    stances = {(p.actor, p.topic): p.stance for p in explainer.positions}
    shared = [t for a, t in stances if a == first and (second, t) in stances]
    same = sum(stances[first, t] == stances[second, t] for t in shared)
    if not shared:
        return ""
    return (
        f"{names[first]} and {names[second]} take the same stance on {same} of the "
        f"{len(shared)} issues the article places both on. "
    )


def build(explainer: Explainer) -> Chart:
    """The positions, issue by issue, in data order."""
    names = lookup.actor_names(explainer)
    topics = {t.id: t.name for t in explainer.topics}
    actors = list(dict.fromkeys(p.actor for p in explainer.positions))
    wide, wide_height = plot(explainer, 2)
    narrow, narrow_height = plot(explainer, 1)
    rows = tuple(
        (
            names[p.actor],
            topics[p.topic],
            lookup.STANCE_LABELS[p.stance],
            p.summary,
            " ".join(p.sources),
        )
        for p in explainer.positions
    )
    issues = len({p.topic for p in explainer.positions})
    return Chart(
        id="positions",
        title="Who stands where",
        description=(
            agreement(explainer) + f"{len(explainer.positions)} positions of {len(actors)} "
            f"actors on {issues} issues, as the article reports them; each stance is named "
            "and marked by shape and colour, and each mark's note gives the evidence."
        ),
        sources=sources_of(*explainer.positions),
        plot=wide,
        table=Table.titled(
            {
                "actor": field_title(Position, "actor"),
                "issue": field_title(Position, "topic"),
                "stance": field_title(Position, "stance"),
                "evidence": field_title(Position, "summary"),
                "sources": field_title(Position, "sources"),
            },
            rows,
        ),
        height=int(wide_height) + 4,
        narrow=narrow,
        narrow_height=int(narrow_height) + 4,
        narrow_below=TWO_COLUMNS_FROM,
        key=tuple(
            KeyEntry(plotly_text(label), STANCE_COLOURS[s], STANCE_SYMBOLS.get(s, "square"))
            for s, label in lookup.STANCE_LABELS.items()
            if any(p.stance == s for p in explainer.positions)
        ),
    )
