# Chart 4: the countries in the story on a world map drawn from self-hosted Natural Earth data.
"""Country shapes projected in Python (Natural Earth projection) and drawn as filled scatter
traces, so the map needs no geo bundle and fetches no topojson from any host."""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from generators import lookup
from generators.charts.base import (
    PALETTE,
    STILL_WIDTHS,
    Chart,
    KeyEntry,
    Table,
    field_title,
    hover_text,
    layout,
    plotly_text,
    sources_of,
)
from generators.charts.still import fitted_height, settled
from generators.charts.still.furniture import PAGE_GROUND
from generators.charts.still.text import LINE_HEIGHT, text_width
from generators.model import Country

if TYPE_CHECKING:
    from generators.model import Explainer

GEODATA = "countries-110m.json"
# Colours of the map's categories, in their order: main parties first, "named" last.
CATEGORY_PALETTE = (PALETTE[1], PALETTE[0], PALETTE[2], PALETTE[3], PALETTE[7], PALETTE[4])
WORLD_X = (-2.9, 3.0)  # the world's projected extent, Antarctica left out
WORLD_Y = (-1.05, 1.45)
LATITUDE_CUTOFF = -58  # Antarctica and the far south carry nothing in a news map


@cache
@cache
def world() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 → {name, rings} from the packaged Natural Earth 1:110m data, read once per
    process; each ring a tuple of (longitude, latitude) pairs, so that what is computed from it
    (its pieces, its projection) is computed once too (a `mkdocs serve` rebuild pays nothing)."""
    text = resources.files("generators.geodata").joinpath(GEODATA).read_text(encoding="utf-8")
    countries = json.loads(text)["countries"]
    for shape in countries.values():
        shape["rings"] = tuple(tuple(tuple(point) for point in ring) for ring in shape["rings"])
    return countries


# A ring of a country's outline, as (longitude, latitude) pairs; a country's rings.
Ring = tuple[tuple[float, ...], ...]
Rings = tuple[Ring, ...]


def project(lon: float, lat: float) -> tuple[float, float]:
    """The Natural Earth projection (Šavrič et al., 2011), in unit-less plot coordinates."""
    phi = math.radians(lat)
    lam = math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return round(x, 3), round(y, 3)


def _outline(rings: Rings) -> tuple[list[float | None], list[float | None]]:
    xs, ys = _projected_outline(rings)
    return list(xs), list(ys)


@cache
def _projected_outline(rings: Rings) -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
    xs: list[float | None] = []
    ys: list[float | None] = []
    for ring in rings:
        if max(lat for _, lat in ring) < LATITUDE_CUTOFF:
            continue
        for piece in _pieces(ring):  # a ring across the antimeridian is drawn as its pieces
            for x, y in _projected(piece):
                xs.append(x)
                ys.append(y)
            xs.append(None)
            ys.append(None)
    return tuple(xs), tuple(ys)


MAIN_PARTY = "Main party"
NAMED = "Named in the article"
LABEL_SIZE = 12  # px: a place's name on the map
TAP = 24  # px: the tap target around each place (WCAG 2.5.8)
SMALL = 10  # px: a country narrower and shorter than this on a phone is marked by a ring
PADDING = 0.08  # of the view's extent, around the story's countries
PHONE_RATIO = 0.75  # a phone's frame of the story's region is at least this tall for its width
MAIN_RING = 0.1  # a piece of a country smaller than this share of its largest is not framed
BEYOND = "Beyond this view: "  # leads the names of the places a phone's frame leaves out


def map_issue(explainer: Explainer) -> str | None:
    """The issue on which most countries other than the main parties take a position."""
    countries = {c.id for c in explainer.countries} - set(explainer.article.parties)
    counts = Counter(p.topic for p in explainer.positions if p.actor in countries)
    return counts.most_common(1)[0][0] if counts else None


def category(explainer: Explainer, country_id: str) -> str:
    """How the map colours a country, worded from the data: a main party, its stance on the
    map's issue, or named in the article."""
    if country_id in explainer.article.parties:
        return MAIN_PARTY
    issue = map_issue(explainer)
    topics = {t.id: t.name for t in explainer.topics}
    for position in explainer.positions:
        if position.actor == country_id and position.topic == issue:
            return f"{lookup.STANCE_LABELS[position.stance]}: {topics[issue]}"
    return NAMED


@cache
def _projected(ring: Ring) -> list[tuple[float, float]]:
    return [project(lon, max(lat, LATITUDE_CUTOFF)) for lon, lat in ring]


def _area_centre(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """A ring's area (unsigned) and centroid, in projected units."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not area:
        return 0.0, 0.0, 0.0
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def _centre(rings: Rings) -> tuple[float, float]:
    """The projected centre of a country's largest piece (area-weighted; a ring that crosses
    the antimeridian is cut there, as drawn), where its name goes."""
    best: tuple[float, float, float] = (0.0, 0.0, -1.0)
    for piece in (piece for ring in rings for piece in _pieces(ring)):
        area, cx, cy = _area_centre(_projected(piece))
        if area > best[2] and area:
            best = (cx, cy, area)
    return round(best[0], 4), round(best[1], 4)


def _extent(rings: Rings) -> tuple[float, float, float, float]:
    points = [point for ring in rings for point in _projected(ring)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), max(xs), min(ys), max(ys)


def _main_extent(rings: Rings) -> tuple[float, float, float, float]:
    """The extent of a country's main body: its pieces of at least MAIN_RING of its largest
    (so a far-off island or a sliver across the antimeridian does not stretch the frame)."""
    pieces = [piece for ring in rings for piece in _pieces(ring)]
    areas = [_area_centre(_projected(piece))[0] for piece in pieces]
    largest = max(areas, default=0.0)
    main = [piece for piece, area in zip(pieces, areas, strict=True) if area >= MAIN_RING * largest]
    return _extent(tuple(main) or rings)


@cache
def _pieces(ring: Ring) -> tuple[Ring, ...]:
    """A ring cut where it crosses the antimeridian into pieces that each end on it (so that
    each, filled, closes along the map's edge), as the map draws it."""
    pieces: list[list[tuple[float, ...]]] = [[ring[0]]]
    for previous, point in pairwise(ring):
        if abs(point[0] - previous[0]) > 180:
            edge = 180.0 if previous[0] > 0 else -180.0
            unwrapped = point[0] + 2 * edge  # the next point's longitude, beyond the edge
            step = unwrapped - previous[0]
            share = (edge - previous[0]) / step if step else 0.0
            lat = round(previous[1] + share * (point[1] - previous[1]), 3)
            pieces[-1].append((edge, lat))
            pieces.append([(-edge, lat)])
        pieces[-1].append(point)
    if len(pieces) > 1 and ring[0] == ring[-1]:  # the first and last pieces are one
        pieces[0] = pieces.pop() + pieces[0]
    return tuple(tuple(piece) for piece in pieces)


def focus(explainer: Explainer, named: dict[str, Any]) -> list[str]:
    """The codes of the countries a phone's map frames: the article's `map_focus`, else its main
    parties that are countries on the map, else every country on the map."""
    codes = {country.id: code for code, country in named.items()}
    for ids in (explainer.article.map_focus, explainer.article.parties):
        chosen = [codes[i] for i in ids if i in codes]
        if chosen:
            return chosen
    return list(named)


def phone_frame(explainer: Explainer, named: dict[str, Any]) -> tuple[list[float], list[float]]:
    """The phone's frame: the focus countries, and whole any other country it would cut."""
    extents = {code: _main_extent(world()[code]["rings"]) for code in named}
    chosen = [extents[code] for code in focus(explainer, named)]
    (x0, x1), (y0, y1) = phone_view(chosen)
    cut = [
        extent
        for code, extent in extents.items()
        if extent[0] < x1 and x0 < extent[1] and extent[2] < y1 and y0 < extent[3]
    ]
    return phone_view(chosen + cut)


def phone_view(
    extents: list[tuple[float, float, float, float]],
) -> tuple[list[float], list[float]]:
    """The story's region framed for a phone: its extent with a margin, made at least
    PHONE_RATIO as tall as wide (more of the land above and below, within the world)."""
    (x0, x1), (y0, y1) = view(extents)
    need = (x1 - x0) * PHONE_RATIO
    if y1 - y0 < need:
        middle = (y0 + y1) / 2
        y0, y1 = middle - need / 2, middle + need / 2
        if y1 > WORLD_Y[1]:
            y0, y1 = y0 - (y1 - WORLD_Y[1]), WORLD_Y[1]
        if y0 < WORLD_Y[0]:
            y0, y1 = WORLD_Y[0], min(WORLD_Y[1], y1 + WORLD_Y[0] - y0)
    return [round(x0, 3), round(x1, 3)], [round(y0, 3), round(y1, 3)]


def view(extents: list[tuple[float, float, float, float]]) -> tuple[list[float], list[float]]:
    """The x and y ranges that show the story's countries, with a margin, within the world."""
    x0, x1 = min(e[0] for e in extents), max(e[1] for e in extents)
    y0, y1 = min(e[2] for e in extents), max(e[3] for e in extents)
    pad_x, pad_y = (x1 - x0) * PADDING, (y1 - y0) * PADDING
    return (
        [max(WORLD_X[0], x0 - pad_x), min(WORLD_X[1], x1 + pad_x)],
        [max(WORLD_Y[0], y0 - pad_y), min(WORLD_Y[1], y1 + pad_y)],
    )


def place_labels(
    places: list[tuple[str, float, float]],
    to_px: Any,
    size: tuple[int, int],
    taken: list[tuple[float, float, float, float]] | None = None,
) -> list[dict[str, Any]]:
    """Annotations naming each place, each where it overlaps no other name (nor a box already
    `taken`) and stays inside the drawing: on the place, or beside, above or below it (first
    that fits; greedy, in the given order). A place with no room keeps its ring and its hover
    label."""
    width, height = size
    taken = list(taken or [])
    notes = []
    for text, x, y in places:
        px, py = to_px(x, y)
        wide = text_width(text, LABEL_SIZE) + 4
        tall = LABEL_SIZE * 1.25
        gap = TAP / 2
        candidates = (
            ("center", "middle", px - wide / 2, py - tall / 2),
            ("left", "middle", px + gap, py - tall / 2),
            ("right", "middle", px - gap - wide, py - tall / 2),
            ("center", "bottom", px - wide / 2, py - gap - tall),
            ("center", "top", px - wide / 2, py + gap),
        )
        for xanchor, yanchor, left, top in candidates:
            box = (left, top, left + wide, top + tall)
            inside = box[0] >= 1 and box[1] >= 1 and box[2] <= width - 1 and box[3] <= height - 1
            if inside and not any(_overlaps(box, other) for other in taken):
                taken.append(box)
                shift_x = {"left": gap, "right": -gap}.get(xanchor, 0)
                shift_y = {"bottom": gap, "top": -gap}.get(yanchor, 0)
                notes.append(
                    {
                        "text": text,
                        "x": x,
                        "y": y,
                        "xshift": shift_x,
                        "yshift": shift_y,
                        "xanchor": xanchor,
                        "yanchor": yanchor,
                        "showarrow": False,
                        "font": {"size": LABEL_SIZE},
                        "bgcolor": PAGE_GROUND,
                        "borderpad": 1,
                    }
                )
                break
    return notes


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def build(explainer: Explainer) -> Chart:
    """A map of the story's countries: the region they span, every other country grey, each of
    theirs coloured by its part and named on the map; small ones marked by a ring."""
    shapes = world()
    named = {c.iso3: c for c in explainer.countries if c.iso3 in shapes}
    topics = {t.id: t.name for t in explainer.topics}
    parts = {code: category(explainer, c.id) for code, c in named.items()}
    order = list(dict.fromkeys([MAIN_PARTY, *sorted(set(parts.values()) - {NAMED}), NAMED]))
    order = [part for part in order if part in parts.values()]
    colours = {part: CATEGORY_PALETTE[i % len(CATEGORY_PALETTE)] for i, part in enumerate(order)}
    x_range, y_range = (
        view([_extent(shapes[code]["rings"]) for code in named]) if named else (WORLD_X, WORLD_Y)
    )
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
            "name": "Other countries",
        }
    ]
    countries = sorted(named.values(), key=lambda c: (order.index(parts[c.iso3]), c.name))
    rows = []
    for country in countries:
        part = parts[country.iso3]
        xs, ys = _outline(shapes[country.iso3]["rings"])
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": xs,
                "y": ys,
                "fill": "toself",
                "fillcolor": colours[part],
                "line": {"color": colours[part], "width": 0.5},
                "name": plotly_text(part),
                "text": plotly_text(f"{country.name}: {part}"),
                "hoverinfo": "skip",
            }
        )
        positions = [p for p in explainer.positions if p.actor == country.id]
        notes = "; ".join(
            f"{lookup.STANCE_LABELS[p.stance].lower()} ({topics[p.topic]})" for p in positions
        )
        rows.append((country.name, country.iso3, part, notes, " ".join(country.sources)))
    centres = {c.iso3: _centre(shapes[c.iso3]["rings"]) for c in countries}
    base_layout = layout(
        xaxis={"visible": False, "range": x_range, "fixedrange": True},
        yaxis={"visible": False, "scaleanchor": "x", "range": y_range, "fixedrange": True},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        hovermode="closest",
    )
    phone_x, phone_y = phone_frame(explainer, named) if named else (x_range, y_range)
    phone_layout = base_layout | {
        "xaxis": base_layout["xaxis"] | {"range": phone_x},
        "yaxis": base_layout["yaxis"] | {"range": phone_y},
    }
    layouts = [phone_layout, *[base_layout] * (len(STILL_WIDTHS) - 1)]
    # The smallest scale any design draws the map at decides which places need a ring.
    narrow_scale = min(
        _px_per_unit({"data": traces, "layout": layout_}, width)
        for layout_, width in zip(layouts, STILL_WIDTHS, strict=True)
    )
    small = [
        c.iso3
        for c in countries
        if max(
            (_extent(shapes[c.iso3]["rings"])[1] - _extent(shapes[c.iso3]["rings"])[0]),
            (_extent(shapes[c.iso3]["rings"])[3] - _extent(shapes[c.iso3]["rings"])[2]),
        )
        * narrow_scale
        < SMALL
    ]
    traces.append(  # rings that make small places visible, in their colour
        {
            "type": "scatter",
            "mode": "markers",
            "name": "Small places",
            "x": [centres[code][0] for code in small],
            "y": [centres[code][1] for code in small],
            "marker": {
                "size": 12,
                "symbol": "circle-open",
                "color": [colours[parts[code]] for code in small],
                "line": {"width": 2, "color": [colours[parts[code]] for code in small]},
            },
            "hoverinfo": "skip",
        }
    )
    traces.append(  # a tap target on each place, with its hover label
        {
            "type": "scatter",
            "mode": "markers",
            "name": "Places",
            "x": [centres[c.iso3][0] for c in countries],
            "y": [centres[c.iso3][1] for c in countries],
            "marker": {"size": TAP, "color": "rgba(0,0,0,0)"},
            "hovertext": [hover_text(row[0], row[2], row[3]) for row in rows],
            "hoverinfo": "text",
        }
    )
    places = [(plotly_text(c.name), *centres[c.iso3]) for c in countries]
    designs = tuple(
        _labelled({"data": traces, "layout": layout_}, width, places)
        for layout_, width in zip(layouts, STILL_WIDTHS, strict=True)
    )
    missing = [c.name for c in explainer.countries if c.iso3 not in shapes]
    counts = Counter(row[2] for row in rows)
    return Chart(
        id="map",
        title="The countries in the story",
        description=(
            "A map of the countries the article names. "
            + "; ".join(
                f"{part}: " + ", ".join(r[0] for r in rows if r[2] == part)
                for part in order
                if counts[part]
            )
            + "."
        ),
        sources=sources_of(
            *named.values(),
            *(p for p in explainer.positions if p.actor in {c.id for c in named.values()}),
        ),
        plot=designs[-1],
        designs=designs,
        table=Table.titled(
            {
                "country": field_title(Country, "name"),
                "iso3": field_title(Country, "iso3"),
                "part_in_story": "Part in the story",
                "positions": "Positions",
                "sources": field_title(Country, "sources"),
            },
            rows,
        ),
        height=420,
        key=tuple(KeyEntry(plotly_text(part), colours[part]) for part in order),
        notes=(f"Not on the map (no shape in the map data): {', '.join(missing)}.",)
        if missing
        else (),
    )


def _px_per_unit(plot: dict[str, Any], width: int) -> float:
    height = fitted_height(plot, width, 420)
    layout_ = settled(plot, width, height)["layout"]
    x0, x1 = layout_["xaxis"]["range"]
    return width / (x1 - x0)


def _labelled(
    base: dict[str, Any], width: int, places: list[tuple[str, float, float]]
) -> dict[str, Any]:
    """The map at `width` with its places named where the names fit; the places its frame
    leaves out are named along its foot."""
    height = fitted_height(base, width, 420)
    ranges = settled(base, width, height)["layout"]
    (x0, x1), (y0, y1) = ranges["xaxis"]["range"], ranges["yaxis"]["range"]

    def to_px(x: float, y: float) -> tuple[float, float]:
        return (x - x0) / (x1 - x0) * width, (y1 - y) / (y1 - y0) * height

    outside = [name for name, x, y in places if not (x0 <= x <= x1 and y0 <= y <= y1)]
    beyond = beyond_note(outside, width, height)
    taken = [beyond[1]] if beyond else []
    notes = place_labels(places, to_px, (width, height), taken)
    if beyond:
        notes.append(beyond[0])
    return {"data": base["data"], "layout": base["layout"] | {"annotations": notes}}


def beyond_note(
    names: list[str], width: int, height: int
) -> tuple[dict[str, Any], tuple[float, float, float, float]] | None:
    """An annotation along the map's foot naming the places outside its frame, wrapped to the
    width, and the box it takes (for the place names to keep off); none if nothing is outside."""
    if not names:
        return None
    lines = [BEYOND + names[0]]
    for name in names[1:]:
        longer = f"{lines[-1]}, {name}"
        if text_width(longer + ",", LABEL_SIZE) + 8 <= width:
            lines[-1] = longer
        else:
            lines[-1] += ","
            lines.append(name)
    text = "<br>".join(lines) + "."
    wide = max(text_width(line, LABEL_SIZE) for line in lines) + 8
    tall = len(lines) * LABEL_SIZE * LINE_HEIGHT + 6
    note = {
        "text": text,
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": 0,
        "xanchor": "left",
        "yanchor": "bottom",
        "align": "left",
        "showarrow": False,
        "font": {"size": LABEL_SIZE},
        "bgcolor": PAGE_GROUND,
        "borderpad": 1,
    }
    return note, (0.0, height - tall, wide, float(height))
