# Chart 4: the countries in the story on a world map drawn from self-hosted Natural Earth data.
"""Country shapes projected in Python (Natural Earth projection) and drawn as filled scatter
traces, so the map needs no geo bundle and fetches no topojson from any host."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from generators import lookup
from generators.charts.base import (
    PALETTE,
    Chart,
    KeyEntry,
    Table,
    layout,
    plotly_text,
    sources_of,
)

if TYPE_CHECKING:
    from generators.model import Explainer

GEODATA = "countries-110m.json"
CATEGORY_ORDER = ("Summit party", "Diplomatic boycott", "Attending", "Named in the story")
CATEGORY_COLOURS = dict(
    zip(CATEGORY_ORDER, (PALETTE[1], PALETTE[0], PALETTE[2], PALETTE[4]), strict=True)
)
LATITUDE_CUTOFF = -58  # Antarctica and the far south carry nothing in a news map


@cache
def world() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 → {name, rings} from the packaged Natural Earth 1:110m data."""
    text = resources.files("generators.geodata").joinpath(GEODATA).read_text(encoding="utf-8")
    return json.loads(text)["countries"]


def project(lon: float, lat: float) -> tuple[float, float]:
    """The Natural Earth projection (Šavrič et al., 2011), in unit-less plot coordinates."""
    phi = math.radians(lat)
    lam = math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return round(x, 3), round(y, 3)


def _outline(rings: list[list[list[float]]]) -> tuple[list[float | None], list[float | None]]:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for ring in rings:
        if max(lat for _, lat in ring) < LATITUDE_CUTOFF:
            continue
        previous_lon = ring[0][0]
        for lon, lat in ring:
            if abs(lon - previous_lon) > 180:  # crosses the antimeridian: start a new piece
                xs.append(None)
                ys.append(None)
            previous_lon = lon
            x, y = project(lon, max(lat, LATITUDE_CUTOFF))
            xs.append(x)
            ys.append(y)
        xs.append(None)
        ys.append(None)
    return xs, ys


def category(explainer: Explainer, country_id: str) -> str:
    """How the map colours a country, from what the data says of it."""
    stances = {p.stance for p in explainer.positions if p.actor == country_id}
    if country_id in explainer.article.parties:
        return "Summit party"
    if "boycotts" in stances:
        return "Diplomatic boycott"
    if "attends" in stances:
        return "Attending"
    return "Named in the story"


def build(explainer: Explainer) -> Chart:
    """World map: every country grey, the story's countries coloured by their part in it."""
    shapes = world()
    named = {c.iso3: c for c in explainer.countries if c.iso3 in shapes}
    topics = {t.id: t.name for t in explainer.topics}
    background_x: list[float | None] = []
    background_y: list[float | None] = []
    for code, shape in shapes.items():
        if code not in named:
            xs, ys = _outline(shape["rings"])
            background_x += xs
            background_y += ys
    traces: list[dict[str, Any]] = [
        {
            "type": "scatter",
            "mode": "lines",
            "x": background_x,
            "y": background_y,
            "fill": "toself",
            "fillcolor": "rgba(150,150,150,0.25)",
            "line": {"color": "rgba(150,150,150,0.5)", "width": 0.5},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": "Other countries",
        }
    ]
    rows = []
    shown_in_legend: set[str] = set()
    for country in sorted(
        named.values(), key=lambda c: (CATEGORY_ORDER.index(category(explainer, c.id)), c.name)
    ):
        part = category(explainer, country.id)
        positions = [p for p in explainer.positions if p.actor == country.id]
        notes = "; ".join(
            f"{lookup.STANCE_LABELS[p.stance].lower()} ({topics[p.topic]})" for p in positions
        )
        xs, ys = _outline(shapes[country.iso3]["rings"])
        colour = CATEGORY_COLOURS[part]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": xs,
                "y": ys,
                "fill": "toself",
                "fillcolor": colour,
                "line": {"color": colour, "width": 0.5},
                "name": part,
                "legendgroup": part,
                "showlegend": part not in shown_in_legend,
                "hoveron": "fills",
                "text": plotly_text(f"{country.name}: {part}"),
                "hoverinfo": "text",
            }
        )
        shown_in_legend.add(part)
        rows.append((country.name, country.iso3, part, notes, " ".join(country.sources)))
    missing = [c.name for c in explainer.countries if c.iso3 not in shapes]
    counts = {part: sum(r[2] == part for r in rows) for part in CATEGORY_ORDER}
    return Chart(
        id="map",
        title="The countries in the story",
        description=(
            "A world map of the countries the article names. "
            + "; ".join(
                f"{part}: " + ", ".join(r[0] for r in rows if r[2] == part)
                for part in CATEGORY_ORDER
                if counts[part]
            )
            + "."
        ),
        sources=sources_of(
            *named.values(),
            *(p for p in explainer.positions if p.actor in {c.id for c in named.values()}),
        ),
        figure={
            "data": traces,
            "layout": layout(
                xaxis={"visible": False, "range": [-2.9, 3.0], "fixedrange": True},
                yaxis={
                    "visible": False,
                    "scaleanchor": "x",
                    "range": [-1.05, 1.45],
                    "fixedrange": True,
                },
                margin={"l": 0, "r": 0, "t": 0, "b": 0},
            ),
        },
        table=Table(("country", "iso3", "part_in_story", "positions", "sources"), tuple(rows)),
        height=420,
        key=tuple(
            KeyEntry(plotly_text(part), CATEGORY_COLOURS[part])
            for part in CATEGORY_ORDER
            if counts[part]
        ),
        notes=(f"Not on the map (no shape in the map data): {', '.join(missing)}.",)
        if missing
        else (),
    )
