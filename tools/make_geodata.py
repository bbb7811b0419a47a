# Developer tool: turn Natural Earth 1:110m countries (npm `world-atlas`, TopoJSON) into the
# compact GeoJSON-like file the map chart reads. Run once when updating map data:
#   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
#   pip install pycountry && python tools/make_geodata.py package/countries-110m.json
"""Decode TopoJSON arcs into polygon rings keyed by ISO 3166-1 alpha-3 code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "generators" / "geodata" / "countries-110m.json"
# Natural Earth ids that are not ISO numeric codes, or have no ISO entry.
EXTRA = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale_x + shift_x, 2), round(y * scale_y + shift_y, 2)))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text())
    arcs = decode_arcs(topology)
    countries: dict[str, dict] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = EXTRA.get(name)
        if code is None and "id" in geometry:
            match = pycountry.countries.get(numeric=geometry["id"])
            code = match.alpha_3 if match else None
        if code is None:
            print(f"skipped {name}", file=sys.stderr)
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring(arcs, polygon[0]) for polygon in polygons]  # outer rings only
        countries[code] = {"name": name, "rings": rings}
    document = {
        "source": "Natural Earth 1:110m (public domain), via npm world-atlas@2.0.2",
        "countries": dict(sorted(countries.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"wrote {len(countries)} countries, {OUT.stat().st_size:,} bytes to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
