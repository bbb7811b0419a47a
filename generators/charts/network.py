# Chart 3: the actors and their ties — countries, people and organisations with typed relations.
"""An arc diagram: one row per actor, its name as the row's label (so labels never collide, on
any screen), each tie an arc between two rows, coloured by one of three families of tie."""

from __future__ import annotations

import math
from collections import deque
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
from generators.model import Relation

if TYPE_CHECKING:
    from generators.model import Explainer

NODE_SYMBOLS = {"person": "circle", "country": "square", "organisation": "diamond"}
NODE_COLOURS = {"person": PALETTE[0], "country": PALETTE[3], "organisation": PALETTE[4]}
NODE_LABELS = {"person": "People", "country": "Countries", "organisation": "Organisations"}
# The schema's tie kinds in three families a reader can tell apart at a glance.
FAMILIES = {
    "Belongs to or leads": ("leads", "works-for", "member-of", "hosts"),
    "Works with": ("partners-with", "backs", "courts", "met-with"),
    "Stands against": ("rival-of", "former-adversary-of", "pressures", "boycotts"),
}
FAMILY_COLOURS = dict(zip(FAMILIES, ("#8a8a8a", PALETTE[2], PALETTE[1]), strict=True))
FAMILY_OF = {kind: family for family, kinds in FAMILIES.items() for kind in kinds}
MAX_NODES = 60  # beyond this a column of names is too long to read
ROW = 24  # px per actor: a label of one line and a tap target of 24 px
ARC_STEPS = 16


def row_order(nodes: list[str], edges: list[tuple[str, str]], centre: list[str]) -> list[str]:
    """Actors in the order a reader meets them: the story's parties, then whoever is tied to
    them, breadth first, so that most arcs are short (deterministic, linear in ties)."""
    neighbours: dict[str, list[str]] = {n: [] for n in nodes}
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    order: list[str] = []
    parties = [n for n in centre if n in neighbours]
    seen: set[str] = set(parties)
    starts = [parties, *([n] for n in sorted(nodes, key=lambda n: -len(neighbours[n])))]
    for start in starts:
        if any(n in order for n in start):
            continue
        queue = deque(start)
        seen.update(start)
        while queue:
            node = queue.popleft()
            order.append(node)
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
    return order


def arc(row_a: int, row_b: int, span: int) -> tuple[list[float], list[float]]:
    """Half an ellipse from row `row_a` to row `row_b`, as wide as the rows are far apart."""
    reach = math.sqrt(abs(row_b - row_a) / max(span, 1))
    xs, ys = [], []
    for step in range(ARC_STEPS + 1):
        angle = math.pi * step / ARC_STEPS
        xs.append(round(reach * math.sin(angle), 4))
        ys.append(round(row_a + (row_b - row_a) * (1 - math.cos(angle)) / 2, 4))
    return xs, ys


def build(explainer: Explainer) -> Chart:
    """A row per actor with a tie; one line trace per family of tie, one marker trace per kind
    of actor."""
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
    rows = row_order(nodes, [(r.source, r.target) for r in relations], explainer.article.parties)
    row_of = {n: i for i, n in enumerate(rows)}
    label_of = {n: plotly_text(names[n]) for n in rows}
    span = max((abs(row_of[r.source] - row_of[r.target]) for r in relations), default=1)
    traces: list[dict[str, Any]] = []
    for family, colour in FAMILY_COLOURS.items():
        chosen = [r for r in relations if FAMILY_OF[r.kind] == family]
        if not chosen:
            continue
        xs: list[float | None] = []
        ys: list[float | str | None] = []
        tops_x, tops_y = [], []
        for r in chosen:
            arc_x, arc_y = arc(row_of[r.source], row_of[r.target], span)
            xs += [*arc_x, None]
            ys += [*arc_y, None]
            tops_x.append(arc_x[ARC_STEPS // 2])
            tops_y.append(arc_y[ARC_STEPS // 2])
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": plotly_text(family),
                "x": xs,
                "y": ys,
                "yaxis": "y2",
                "line": {"color": colour, "width": 2},
                "hoverinfo": "skip",
            }
        )
        traces.append(  # hover targets at each arc's far point
            {
                "type": "scatter",
                "mode": "markers",
                "name": plotly_text(family),
                "x": tops_x,
                "y": tops_y,
                "yaxis": "y2",
                "marker": {"size": 9, "color": colour, "symbol": "circle-open"},
                "hovertext": [
                    hover_text(
                        f"{names[r.source]} {r.kind.replace('-', ' ')} {names[r.target]}",
                        r.summary,
                    )
                    for r in chosen
                ],
                "hoverinfo": "text",
            }
        )
    for kind, symbol in NODE_SYMBOLS.items():
        chosen_nodes = [n for n in rows if kind_of[n] == kind]
        if not chosen_nodes:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": NODE_LABELS[kind],
                "x": [0] * len(chosen_nodes),
                "y": [label_of[n] for n in chosen_nodes],
                "marker": {"size": 12, "symbol": symbol, "color": NODE_COLOURS[kind]},
                "hovertext": [hover_text(names[n], _ties(degree[n])) for n in chosen_nodes],
                "hoverinfo": "text",
            }
        )
    table_rows = tuple(
        (names[r.source], r.kind.replace("-", " "), names[r.target], r.summary, " ".join(r.sources))
        for r in relations
    )
    families = [f for f in FAMILIES if any(FAMILY_OF[r.kind] == f for r in relations)]
    key = tuple(KeyEntry(plotly_text(f), FAMILY_COLOURS[f], "line") for f in families) + tuple(
        KeyEntry(NODE_LABELS[kind], NODE_COLOURS[kind], symbol)
        for kind, symbol in NODE_SYMBOLS.items()
        if any(kind_of[n] == kind for n in nodes)
    )
    kinds = list(dict.fromkeys(r.kind for r in relations))
    most = max(rows, key=lambda n: (degree[n], -row_of[n])) if rows else ""
    return Chart(
        id="network",
        title="The actors and their ties",
        description=(
            (f"{names[most]} has the most ties: {degree[most]}. " if most else "")
            + f"{len(nodes)} people, countries and organisations linked by {len(relations)} "
            f"ties of {len(kinds)} kinds: " + ", ".join(k.replace("-", " ") for k in kinds) + "."
        ),
        sources=sources_of(*relations),
        plot={
            "data": traces,
            "layout": layout(
                xaxis={"visible": False, "range": [-0.04, 1.04]},
                yaxis={
                    "type": "category",
                    "categoryarray": [label_of[n] for n in reversed(rows)],
                    "showgrid": False,
                    "range": [-0.5, len(rows) - 0.5],
                },
                # The arcs' rows as numbers (top row 0), on the same pixels as the names.
                yaxis2={
                    "overlaying": "y",
                    "visible": False,
                    "range": [len(rows) - 0.5, -0.5],
                },
                margin={"l": 10, "r": 4, "t": 4, "b": 4},
            ),
        },
        table=Table.titled(
            {
                "from": field_title(Relation, "source"),
                "tie": field_title(Relation, "kind"),
                "to": field_title(Relation, "target"),
                "evidence": field_title(Relation, "summary"),
                "sources": field_title(Relation, "sources"),
            },
            table_rows,
        ),
        height=ROW * len(rows) + 8,
        notes=notes,
        key=key,
    )


def _ties(count: int) -> str:
    """`1 tie`, `3 ties` in the article."""
    return f"{count} tie{'' if count == 1 else 's'} in the article"
