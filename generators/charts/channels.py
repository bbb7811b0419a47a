# Chart 5: how we know — from each speaker, through the channel their words reached the article by.
"""An alluvial (Sankey-style) diagram drawn with filled scatter ribbons, so it needs only the
basic plotly.js bundle. Ribbon width is the number of quotes."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from generators import lookup
from generators.charts.base import (
    PALETTE,
    Chart,
    KeyEntry,
    Table,
    field_title,
    layout,
    plotly_text,
    sources_of,
)
from generators.model import Person, Quote

if TYPE_CHECKING:
    from generators.model import Explainer

LEFT, RIGHT, NODE_WIDTH, GAP = 0.0, 1.0, 0.04, 0.35
STEPS = 24


def _stack(weights: dict[str, int]) -> dict[str, tuple[float, float]]:
    """Top and bottom of each node, stacked downwards with gaps."""
    spans: dict[str, tuple[float, float]] = {}
    top = 0.0
    for node, weight in weights.items():
        spans[node] = (top, top + weight)
        top += weight + GAP
    return spans


def _ribbon(
    x0: float, x1: float, a: tuple[float, float], b: tuple[float, float]
) -> tuple[list, list]:
    """A filled band from span `a` at x0 to span `b` at x1 along smooth S-curves."""

    def curve(y0: float, y1: float) -> list[tuple[float, float]]:
        points = []
        for i in range(STEPS + 1):
            t = i / STEPS
            s = t * t * (3 - 2 * t)  # smoothstep
            points.append((round(x0 + (x1 - x0) * t, 4), round(-(y0 + (y1 - y0) * s), 4)))
        return points

    upper = curve(a[0], b[0])
    lower = curve(a[1], b[1])[::-1]
    outline = [*upper, *lower, upper[0]]
    return [p[0] for p in outline], [p[1] for p in outline]


def build(explainer: Explainer) -> Chart:
    """Speakers on the left, channels on the right, one ribbon per (speaker, channel) pair."""
    people = {p.id: p for p in explainer.people}
    channels = {c.id: c for c in explainer.channels}
    labels = lookup.group_labels(explainer)
    groups = list(labels)
    flows = Counter((q.speaker, q.channel) for q in explainer.quotes)
    speakers = sorted(
        {s for s, _ in flows}, key=lambda s: (groups.index(people[s].group), people[s].name)
    )
    used_channels = [c.id for c in explainer.channels if any(ch == c.id for _, ch in flows)]
    left = _stack({s: sum(n for (sp, _), n in flows.items() if sp == s) for s in speakers})
    right = _stack({c: sum(n for (_, ch), n in flows.items() if ch == c) for c in used_channels})
    left_used = {s: left[s][0] for s in speakers}
    right_used = {c: right[c][0] for c in used_channels}
    colours = {s: PALETTE[groups.index(people[s].group) % len(PALETTE)] for s in speakers}
    traces: list[dict[str, Any]] = []
    rows = []
    for speaker in speakers:
        for channel in used_channels:
            count = flows.get((speaker, channel), 0)
            if not count:
                continue
            a = (left_used[speaker], left_used[speaker] + count)
            b = (right_used[channel], right_used[channel] + count)
            left_used[speaker] += count
            right_used[channel] += count
            xs, ys = _ribbon(LEFT + NODE_WIDTH, RIGHT - NODE_WIDTH, a, b)
            label = (
                f"{plotly_text(people[speaker].name)} → "
                f"{plotly_text(channels[channel].name)}: {count} quote{'s' if count != 1 else ''}"
            )
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "x": xs,
                    "y": ys,
                    "fill": "toself",
                    "fillcolor": colours[speaker] + "66",
                    "line": {"width": 0, "color": colours[speaker]},
                    "hoveron": "fills",
                    "text": label,
                    "hoverinfo": "text",
                    "showlegend": False,
                    "name": plotly_text(people[speaker].name),
                }
            )
            quoted = [q for q in explainer.quotes if q.speaker == speaker and q.channel == channel]
            rows.append(
                (
                    people[speaker].name,
                    labels[people[speaker].group],
                    channels[channel].name,
                    count,
                    " ".join(sources_of(*quoted)),
                )
            )
    for spans, names, x0 in (
        (left, {s: people[s].name for s in speakers}, LEFT),
        (right, {c: channels[c].name for c in used_channels}, RIGHT - NODE_WIDTH),
    ):
        for node, (top, bottom) in spans.items():
            colour = colours.get(node, "#777777")
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "x": [x0, x0 + NODE_WIDTH, x0 + NODE_WIDTH, x0, x0],
                    "y": [-top, -top, -bottom, -bottom, -top],
                    "fill": "toself",
                    "fillcolor": colour,
                    "line": {"width": 0, "color": colour},
                    "hoverinfo": "skip",  # its label names it and counts its quotes
                    "showlegend": False,
                    "name": plotly_text(names[node]),
                }
            )
    label_style = {"showarrow": False, "bgcolor": "rgba(128,128,128,0.18)", "borderpad": 2}
    annotations = [
        {
            "x": LEFT + NODE_WIDTH + 0.01,
            "y": -(top + bottom) / 2,
            "text": f"{plotly_text(people[s].name)} ({int(bottom - top)})",
            "xanchor": "left",
            **label_style,
        }
        for s, (top, bottom) in left.items()
    ] + [
        {
            "x": RIGHT - NODE_WIDTH - 0.01,
            "y": -(top + bottom) / 2,
            "text": f"{plotly_text(channels[c].name)} ({int(bottom - top)})",
            "xanchor": "right",
            **label_style,
        }
        for c, (top, bottom) in right.items()
    ]
    total = max([*(b for _, b in left.values()), *(b for _, b in right.values()), 1.0])
    sizes = {c: int(right[c][1] - right[c][0]) for c in used_channels}
    most = max(used_channels, key=lambda c: sizes[c], default=None)
    used_groups = list(dict.fromkeys(people[s].group for s in speakers))
    return Chart(
        id="channels",
        title="How we know: from speaker to page",
        description=(
            (
                f"Most quotes came through {channels[most].name}: {sizes[most]} of "
                f"{len(explainer.quotes)}. "
                if most
                else ""
            )
            + f"{len(explainer.quotes)} quotes from {len(speakers)} speakers reached the article "
            f"through {len(used_channels)} channels. "
            + "; ".join(
                f"{channels[c].name}: {int(right[c][1] - right[c][0])}" for c in used_channels
            )
            + "."
        ),
        sources=sources_of(*explainer.quotes, *(channels[c] for c in used_channels)),
        plot={
            "data": traces,
            "layout": layout(
                xaxis={"visible": False, "range": [-0.01, 1.01], "fixedrange": True},
                yaxis={"visible": False, "range": [-total - 0.3, 0.3], "fixedrange": True},
                annotations=annotations,
                margin={"l": 0, "r": 0, "t": 10, "b": 10},
                showlegend=False,
            ),
        },
        table=Table.titled(
            {
                "speaker": field_title(Quote, "speaker"),
                "group": field_title(Person, "group"),
                "channel": field_title(Quote, "channel"),
                "quotes": "Quotes",  # how many of the speaker's quotes came this way
                "sources": field_title(Quote, "sources"),
            },
            rows,
        ),
        height=max(320, int(total * 26) + 60),
        key=tuple(
            KeyEntry(plotly_text(labels[group]), PALETTE[groups.index(group) % len(PALETTE)])
            for group in used_groups
        ),
    )
