# Chart 1: the relationship over time, each event drawn at the precision its date is known.
"""Events by topic lane; a day is a point, a month or a year a bar spanning that period."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING, Any

from generators import dates, lookup
from generators.charts.base import (
    PALETTE,
    Chart,
    Table,
    hover_text,
    layout,
    plotly_text,
    sources_of,
)

if TYPE_CHECKING:
    from generators.model import Event, Explainer

OTHER = "Other"
RECENT_DAYS = 183  # events starting this close to publication get the zoomed-in panel


def period(event: Event) -> tuple[str, str]:
    """First and last day the event's date (or date range) may fall on, as ISO dates."""
    start = _bounds(event.date)[0]
    end = _bounds(event.end_date or event.date)[1]
    return start, end


def _bounds(value: str) -> tuple[str, str]:
    year, month, day = dates.parse_partial_date(value)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}"
    return value, value


def build(explainer: Explainer) -> Chart:
    """The timeline chart: the long view and, if the story has one, the recent months."""
    events = lookup.events_in_order(explainer)
    topic_names = {t.id: t.name for t in explainer.topics}
    first_topics = {e.topics[0] for e in events if e.topics}
    lanes = [t.name for t in explainer.topics if t.id in first_topics]
    if any(not e.topics for e in events):
        lanes.append(OTHER)
    recent_from = (explainer.article.published - dt.timedelta(days=RECENT_DAYS)).isoformat()
    early = [e for e in events if period(e)[0] < recent_from]
    recent = [e for e in events if period(e)[0] >= recent_from]
    panels = [("x", early), ("x2", recent)] if early else [("x", events)]
    colours = {lane: PALETTE[i % len(PALETTE)] for i, lane in enumerate(lanes)}
    shown = {lane: plotly_text(lane) for lane in lanes}  # lane names as Plotly prints them

    traces: list[dict[str, Any]] = []
    rows = []
    for axis, panel_events in panels:
        for event in panel_events:
            lane = topic_names[event.topics[0]] if event.topics else OTHER
            start, end = period(event)
            when = dates.display(event.date) + (
                f"–{dates.display(event.end_date)}" if event.end_date else ""
            )
            basis = {"stated": "stated", "inferred": "inferred", "background": "background"}[
                event.date_basis
            ]
            hover = hover_text(event.title, f"{when} ({event.precision}, {basis})")
            point = start == end
            day_range = not point and event.precision == "day"
            traces.append(
                {
                    "type": "scatter",
                    "x": [start] if point else [start, end],
                    "y": [shown[lane]] * (1 if point else 2),
                    "mode": "markers" if point else "lines+markers" if day_range else "lines",
                    "name": shown[lane],
                    "legendgroup": shown[lane],
                    "showlegend": False,
                    "xaxis": axis,
                    "line": {"color": colours[lane], "width": 10},
                    "marker": {
                        "color": colours[lane],
                        "size": 12,
                        "symbol": "circle-open" if event.status == "planned" else "circle",
                        "line": {"width": 2, "color": colours[lane]},
                    },
                    "opacity": 0.6 if event.date_basis != "stated" else 1,
                    "hovertext": [hover] * (1 if point else 2),
                    "hoverinfo": "text",
                }
            )
            rows.append(
                (
                    event.date,
                    event.end_date,
                    event.precision,
                    event.date_basis,
                    event.status,
                    lane,
                    event.title,
                    start,
                    end,
                    " ".join(event.sources) or "background",
                )
            )
    for lane in lanes:  # legend entries, one per lane
        traces.append(
            {
                "type": "scatter",
                "x": [None],
                "y": [None],
                "mode": "markers",
                "name": shown[lane],
                "legendgroup": shown[lane],
                "marker": {"color": colours[lane], "size": 10},
                "hoverinfo": "skip",
            }
        )
    figure_layout = layout(
        # Lane names sit above their rows, not beside them, so phones keep the plot's width.
        yaxis={
            "categoryorder": "array",
            "categoryarray": [shown[lane] for lane in reversed(lanes)],
            "showticklabels": False,
            "range": [-0.6, len(lanes) - 0.2],
        },
        showlegend=False,
    )
    figure_layout["annotations"] = [
        {
            "text": shown[lane],
            "xref": "paper",
            "yref": "y",
            "x": 0,
            "y": shown[lane],
            "yshift": 16,
            "xanchor": "left",
            "showarrow": False,
            "font": {"size": 12},
        }
        for lane in lanes
    ]
    if len(panels) == 2:
        early_start = min(period(e)[0] for e in early)
        early_end = max(period(e)[1] for e in early)
        late = panels[1][1]
        late_start = min(period(e)[0] for e in late)
        late_end = max(period(e)[1] for e in late)
        figure_layout["xaxis"] = {
            "domain": [0, 0.36],
            "type": "date",
            "range": [_pad(early_start, -400), _pad(early_end, 400)],
            "tickformat": "%Y",
            "nticks": 4,
        }
        figure_layout["xaxis2"] = {
            "domain": [0.42, 1],
            "type": "date",
            "range": [_pad(late_start, -12), _pad(late_end, 12)],
            "tickformat": "%b %Y",
            "nticks": 4,
        }
        figure_layout["annotations"] += [
            _panel_title("The long view", 0.0),
            _panel_title("Around the article", 0.42),
        ]
        figure_layout["margin"] = {"l": 10, "r": 10, "t": 30, "b": 40}
    else:
        figure_layout["xaxis"] = {"type": "date", "nticks": 6}
    first, last = dates.year(events[0].date), dates.year(events[-1].date)
    inferred = sum(e.date_basis != "stated" for e in events)
    return Chart(
        id="timeline",
        title="The relationship over time",
        description=(
            f"{len(events)} events from {first} to {last}, one row per topic. A dot is an event "
            f"known to the day; a bar spans the month or year an event is known only to. "
            f"{inferred} dates are inferred or from background (drawn faded); "
            f"open circles are planned events."
        ),
        sources=sources_of(*events),
        figure={"data": traces, "layout": figure_layout},
        table=Table(
            (
                "date",
                "end_date",
                "precision",
                "date_basis",
                "status",
                "topic",
                "event",
                "drawn_from",
                "drawn_to",
                "sources",
            ),
            tuple(rows),
        ),
        height=max(320, 70 * len(lanes) + 120),
    )


def _panel_title(text: str, x: float) -> dict[str, Any]:
    return {
        "text": text,
        "font": {"weight": "bold"},
        "xref": "paper",
        "yref": "paper",
        "x": x,
        "y": 1.0,
        "xanchor": "left",
        "yanchor": "bottom",
        "showarrow": False,
    }


def _pad(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
