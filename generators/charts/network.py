# Chart 3: the actors and their ties — countries, people and organisations with typed relations.
"""A deterministic force-directed layout (no randomness, so builds are reproducible)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from generators import lookup
from generators.charts.base import (
    MUTED,
    PALETTE,
    Chart,
    KeyEntry,
    Table,
    hover_text,
    layout,
    plotly_text,
    sources_of,
    wrapped_lines,
)

if TYPE_CHECKING:
    from generators.model import Explainer

NODE_SYMBOLS = {"person": "circle", "country": "square", "organisation": "diamond"}
NODE_LABELS = {"person": "People", "country": "Countries", "organisation": "Organisations"}
MAX_NODES = 60  # beyond this a ring of labels is unreadable
LABEL_LINE = 12  # characters per line of a node's label, so labels fit beside the ring on phones


def positions(
    nodes: list[str], edges: list[tuple[str, str]], centre: list[str]
) -> dict[str, tuple[float, float]]:
    """A radial layout: the story's parties in the middle, everyone else on a ring, each on the
    side of the party they are tied to (deterministic, and linear in the number of ties)."""
    middle = [n for n in centre if n in nodes]
    place: dict[str, tuple[float, float]] = {}
    for index, node in enumerate(middle):
        angle = math.pi - 2 * math.pi * index / max(len(middle), 1)
        place[node] = (round(0.3 * math.cos(angle), 4), round(0.3 * math.sin(angle), 4))
    side: dict[str, list[float]] = {n: [] for n in nodes}
    for a, b in edges:
        if a in place and b not in place:
            side[b].append(place[a][0])
        if b in place and a not in place:
            side[a].append(place[b][0])
    ring = [n for n in nodes if n not in place]

    def lean(node: str) -> float:
        return sum(side[node]) / len(side[node]) if side[node] else 0.0

    left = [n for n in ring if lean(n) < 0]
    neutral = [n for n in ring if lean(n) == 0]
    right = [n for n in ring if lean(n) > 0]
    # Counter-clockwise from the top: left half, then the bottom, then the right half.
    ordered = left + neutral + right
    count = max(len(ordered), 1)
    for index, node in enumerate(ordered):
        angle = math.pi / 2 + 2 * math.pi * (index + 0.5) / count
        place[node] = (round(math.cos(angle), 4), round(0.85 * math.sin(angle), 4))
    return place


def node_label(name: str) -> str:
    """A node's label as Plotly text, wrapped onto lines of about LABEL_LINE characters."""
    return "<br>".join(plotly_text(line) for line in wrapped_lines(name, LABEL_LINE))


def build(explainer: Explainer) -> Chart:
    """Nodes for every actor with a tie; one edge trace per relation kind."""
    names = lookup.actor_names(explainer)
    kind_of = {p.id: "person" for p in explainer.people}
    kind_of |= {c.id: "country" for c in explainer.countries}
    kind_of |= {o.id: "organisation" for o in explainer.organisations}
    all_nodes = list(dict.fromkeys(a for r in explainer.relations for a in (r.source, r.target)))
    degree = {n: len(ties) for n, ties in lookup.relations_by_actor(explainer).items()}
    order = {n: index for index, n in enumerate(all_nodes)}
    kept = set(sorted(all_nodes, key=lambda n: (-degree[n], order[n]))[:MAX_NODES])
    nodes = [n for n in all_nodes if n in kept]
    relations = [r for r in explainer.relations if r.source in kept and r.target in kept]
    notes = (
        (f"Showing the {MAX_NODES} most connected of {len(all_nodes)} actors.",)
        if len(all_nodes) > MAX_NODES
        else ()
    )
    place = positions(nodes, [(r.source, r.target) for r in relations], explainer.article.parties)
    kinds = list(dict.fromkeys(r.kind for r in relations))
    traces = []
    for index, kind in enumerate(kinds):
        chosen = [r for r in relations if r.kind == kind]
        xs: list[float | None] = []
        ys: list[float | None] = []
        for r in chosen:
            xs += [place[r.source][0], place[r.target][0], None]
            ys += [place[r.source][1], place[r.target][1], None]
        colour = PALETTE[index % len(PALETTE)]
        label = kind.replace("-", " ")
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": label,
                "legendgroup": kind,
                "x": xs,
                "y": ys,
                "line": {"color": colour, "width": 2},
                "hoverinfo": "skip",
            }
        )
        traces.append(  # hover targets at each tie's midpoint
            {
                "type": "scatter",
                "mode": "markers",
                "name": label,
                "legendgroup": kind,
                "showlegend": False,
                "x": [(place[r.source][0] + place[r.target][0]) / 2 for r in chosen],
                "y": [(place[r.source][1] + place[r.target][1]) / 2 for r in chosen],
                "marker": {"size": 8, "color": colour, "symbol": "circle-open"},
                "hovertext": [
                    hover_text(f"{names[r.source]} {label} {names[r.target]}", r.summary)
                    for r in chosen
                ],
                "hoverinfo": "text",
            }
        )
    for kind, symbol in NODE_SYMBOLS.items():
        chosen_nodes = [n for n in nodes if kind_of[n] == kind]
        if not chosen_nodes:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": NODE_LABELS[kind],
                "x": [place[n][0] for n in chosen_nodes],
                "y": [place[n][1] for n in chosen_nodes],
                "text": [node_label(names[n]) for n in chosen_nodes],
                "textfont": {"size": 11},
                "textposition": [
                    "middle left"
                    if place[n][0] < -0.01
                    else "middle right"
                    if place[n][0] > 0.01
                    else "top center"
                    for n in chosen_nodes
                ],
                "marker": {"size": 14, "symbol": symbol, "color": MUTED, "line": {"width": 1}},
                "hovertext": [
                    hover_text(f"{names[n]} ({kind})", f"{degree[n]} ties") for n in chosen_nodes
                ],
                "hoverinfo": "text",
            }
        )
    rows = tuple(
        (names[r.source], r.kind.replace("-", " "), names[r.target], r.summary, " ".join(r.sources))
        for r in relations
    )
    hidden = {"visible": False, "showgrid": False, "zeroline": False}
    key = tuple(
        KeyEntry(plotly_text(kind.replace("-", " ")), PALETTE[i % len(PALETTE)], "line")
        for i, kind in enumerate(kinds)
    ) + tuple(
        KeyEntry(NODE_LABELS[kind], MUTED, symbol)
        for kind, symbol in NODE_SYMBOLS.items()
        if any(kind_of[n] == kind for n in nodes)
    )
    return Chart(
        key=key,
        id="network",
        title="The actors and their ties",
        description=(
            f"{len(nodes)} people, countries and organisations linked by {len(relations)} ties "
            f"of {len(kinds)} kinds: " + ", ".join(k.replace("-", " ") for k in kinds) + "."
        ),
        sources=sources_of(*relations),
        figure={
            "data": traces,
            "layout": layout(
                # Room beside the ring (radius 1) for labels of LABEL_LINE characters at 360 px.
                xaxis=hidden | {"range": [-2.4, 2.4], "fixedrange": True},
                yaxis=hidden | {"range": [-1.0, 1.0], "fixedrange": True},
                margin={"l": 0, "r": 0, "t": 10, "b": 10},
            ),
        },
        table=Table(("from", "tie", "to", "evidence", "sources"), rows),
        height=560,
        notes=notes,
    )
