# Chart 2: who stands where — actors × issues, each cell coloured by stance, evidence on hover.
"""A matrix of positions drawn as square markers, one trace per stance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lookup
from generators.charts.base import PALETTE, Chart, Table, layout, plotly_text, sources_of

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
STANCE_SYMBOLS = {"opposes": "x", "criticises": "diamond", "neutral": "circle"}


def build(explainer: Explainer) -> Chart:
    """The positions matrix, actors in data order, topics in data order."""
    names = lookup.actor_names(explainer)
    topics = {t.id: t.name for t in explainer.topics}
    actor_order = list(dict.fromkeys(p.actor for p in explainer.positions))
    with_positions = {p.topic for p in explainer.positions}
    topic_order = [t.id for t in explainer.topics if t.id in with_positions]
    traces = []
    for stance, label in lookup.STANCE_LABELS.items():
        chosen = [p for p in explainer.positions if p.stance == stance]
        if not chosen:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": plotly_text(label),
                "x": [plotly_text(topics[p.topic]) for p in chosen],
                "y": [plotly_text(names[p.actor]) for p in chosen],
                "marker": {
                    "symbol": STANCE_SYMBOLS.get(stance, "square"),
                    "size": 22,
                    "color": STANCE_COLOURS[stance],
                    "line": {"width": 1, "color": "rgba(0,0,0,0.3)"},
                },
                "hovertext": [
                    f"<b>{plotly_text(names[p.actor])}</b> on {plotly_text(topics[p.topic])}: "
                    f"{label.lower()}<br>{plotly_text(p.summary)}<br>"
                    f"Source: {' '.join(p.sources) or 'background'}"
                    for p in chosen
                ],
                "hoverinfo": "text",
            }
        )
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
    figure_layout = layout(
        xaxis={
            "categoryorder": "array",
            "categoryarray": [plotly_text(topics[t]) for t in topic_order],
            "tickangle": -35,
            "automargin": True,
            "side": "top",
        },
        yaxis={
            "categoryorder": "array",
            "categoryarray": [plotly_text(names[a]) for a in reversed(actor_order)],
            "automargin": True,
        },
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "x": 0},
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
    )
    return Chart(
        id="positions",
        title="Who stands where",
        description=(
            f"{len(explainer.positions)} positions of {len(actor_order)} actors on "
            f"{len(topic_order)} issues, as the article reports them; colour and shape show the "
            "stance, and each mark's note gives the evidence."
        ),
        sources=sources_of(*explainer.positions),
        figure={"data": traces, "layout": figure_layout},
        table=Table(("actor", "issue", "stance", "evidence", "sources"), rows),
        height=max(360, 34 * len(actor_order) + 260),
    )
