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
    KeyEntry,
    Table,
    field_title,
    hover_text,
    layout,
    plotly_text,
    sources_of,
)
from generators.model import Event

if TYPE_CHECKING:
    from generators.model import Explainer

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


STATED = "#3b8bd0"  # a date the article gives: a blue that reads on light and dark grounds
NOT_STATED = PALETTE[1]  # a date inferred from the text or taken from background
DAY_MARK = "#8a8a8a"  # the article's own day: a line in a grey that reads on both themes
ROW = 46  # px per topic row: its name above, its marks below
MARK = 12  # px: a day's dot
NARROWEST = 343  # px: the narrowest design, where dots are most crowded


# How each kind of date is told to a reader pointing at an event.
DATE_BASIS_WORDS = {
    "stated": "date given in the article",
    "inferred": "date worked out from the article",
    "background": "date from outside the article",
}


def build(explainer: Explainer) -> Chart:
    """The timeline chart: the long view and, if the story has one, the recent months."""
    events = lookup.events_in_order(explainer)
    topic_names = {t.id: t.name for t in explainer.topics}
    first_topics = {e.topics[0] for e in events if e.topics}
    lanes = [t.name for t in explainer.topics if t.id in first_topics]
    if any(not e.topics for e in events):
        lanes.append(OTHER)
    row_of = {lane: len(lanes) - 1 - i for i, lane in enumerate(lanes)}  # first lane on top
    published = explainer.article.published.isoformat()
    recent_from = (explainer.article.published - dt.timedelta(days=RECENT_DAYS)).isoformat()
    early = [e for e in events if period(e)[0] < recent_from]
    recent = [e for e in events if period(e)[0] >= recent_from]
    panels = [("x", early), ("x2", recent)] if early else [("x", events)]
    shown = {lane: plotly_text(lane) for lane in lanes}  # lane names as Plotly prints them
    axes = _axes(panels, published)

    traces: list[dict[str, Any]] = []
    rows = []
    for axis, panel_events in panels:
        days_per_mark = _days_per_px(axes["xaxis" + axis[1:]]) * (MARK + 1)
        lifts = _lifts(panel_events, topic_names, days_per_mark)
        for event in panel_events:
            lane = topic_names[event.topics[0]] if event.topics else OTHER
            start, end = period(event)
            when = dates.display_range(event.date, event.end_date)
            basis = DATE_BASIS_WORDS[event.date_basis]
            hover = hover_text(event.title, f"{when}: {basis}", lane)
            point = start == end
            day_range = not point and event.precision == "day"
            colour = STATED if event.date_basis == "stated" else NOT_STATED
            y = row_of[lane] + lifts.get(event.id, 0.0)
            traces.append(
                {
                    "type": "scatter",
                    "x": [start] if point else [start, end],
                    "y": [y] * (1 if point else 2),
                    "mode": "markers" if point else "lines+markers" if day_range else "lines",
                    "name": shown[lane],
                    "xaxis": axis,
                    "line": {"color": colour, "width": 8},
                    "marker": {
                        "color": colour,
                        "size": MARK,
                        "symbol": "circle-open" if event.status == "planned" else "circle",
                        "line": {"width": 2, "color": colour},
                    },
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
    plot_layout = layout(
        # Lane names sit above their rows, not beside them, so phones keep the plot's width.
        yaxis={"visible": False, "range": [-0.6, len(lanes) - 0.25]},
        margin={"l": 10, "r": 10, "t": 44 if len(panels) == 2 else 26, "b": 30},
        **axes,
    )
    plot_layout["annotations"] = [
        {
            "text": shown[lane],
            "xref": "paper",
            "yref": "y",
            "x": 0,
            "y": row_of[lane],
            "yshift": 15,
            "xanchor": "left",
            "yanchor": "middle",
            "showarrow": False,
        }
        for lane in lanes
    ]
    day_axis = panels[-1][0]
    plot_layout["shapes"] = [
        {
            "type": "rect",
            "xref": day_axis,
            "yref": "paper",
            "x0": published,
            "x1": _pad(published, 1),
            "y0": 0,
            "y1": 1,
            "fillcolor": DAY_MARK,
            "line": {"color": DAY_MARK, "width": 1},
        }
    ]
    plot_layout["annotations"].append(
        {
            "text": plotly_text(f"The article: {dates.display(published)}"),
            "xref": day_axis,
            "yref": "paper",
            "x": published,
            "y": 1,
            "xanchor": "right"
            if _paper_x(axes["xaxis" + day_axis[1:]], published) > 0.5
            else "left",
            "yanchor": "bottom",
            "showarrow": False,
        }
    )
    if len(panels) == 2:
        plot_layout["annotations"] += [
            _panel_title("The long view", 0.0),
            _panel_title("Around the article", 0.42),
        ]
    first, last = dates.year(events[0].date), dates.year(events[-1].date)
    inferred = sum(e.date_basis != "stated" for e in events)
    return Chart(
        id="timeline",
        title=f"{first} to {last}: the story over time",
        description=(
            f"{len(events)} events from {first} to {last}, one row per topic; the line marks "
            f"the article's day, {dates.display(published)}. A dot is an event known to the "
            f"day; a bar spans the month or year an event is known only to; open circles are "
            f"planned events. {inferred} dates are inferred or from background."
        ),
        sources=sources_of(*events),
        plot={"data": traces, "layout": plot_layout},
        table=Table.titled(
            {
                "date": field_title(Event, "date"),
                "end_date": field_title(Event, "end_date"),
                "precision": "How precise the date is",
                "date_basis": field_title(Event, "date_basis"),
                "status": field_title(Event, "status"),
                "topic": "Topic",  # the row of the chart: the event's first topic
                "event": field_title(Event, "title"),
                "drawn_from": "Drawn from",
                "drawn_to": "Drawn to",
                "sources": field_title(Event, "sources"),
            },
            rows,
        ),
        height=ROW * len(lanes) + (74 if len(panels) == 2 else 56),
        key=(
            KeyEntry("Date given in the article", STATED, "circle"),
            KeyEntry("Date inferred or from background", NOT_STATED, "circle"),
            *(
                (KeyEntry("Planned", STATED, "circle-open"),)
                if any(e.status == "planned" for e in events)
                else ()
            ),
        ),
    )


def _axes(panels: list[tuple[str, list[Event]]], published: str) -> dict[str, Any]:
    """The date axes: one for all events, or the long view beside the months around the article."""
    if len(panels) == 1:
        events = panels[0][1]
        low = min([period(e)[0] for e in events] + [published])
        high = max([period(e)[1] for e in events] + [published])
        span = (dt.date.fromisoformat(high) - dt.date.fromisoformat(low)).days
        pad = max(span // 20, 10)
        return {"xaxis": {"type": "date", "range": [_pad(low, -pad), _pad(high, pad)]}}
    early, late = panels[0][1], panels[1][1]
    early_start = min(period(e)[0] for e in early)
    early_end = max(period(e)[1] for e in early)
    late_start = min([period(e)[0] for e in late] + [published])
    late_end = max([period(e)[1] for e in late] + [published])
    return {
        "xaxis": {
            "domain": [0, 0.36],
            "type": "date",
            "range": [_pad(early_start, -400), _pad(early_end, 400)],
            "tickformat": "%Y",
            "nticks": 4,
        },
        "xaxis2": {
            "domain": [0.42, 1],
            "type": "date",
            "range": [_pad(late_start, -12), _pad(late_end, 12)],
            "tickformat": "%b %Y",
            "nticks": 4,
        },
    }


def _paper_x(axis: dict[str, Any], day: str) -> float:
    """Where `day` sits across the whole plot (0 left, 1 right) on a date axis."""
    low, high = (dt.date.fromisoformat(v[:10]) for v in axis["range"])
    d0, d1 = axis.get("domain", [0, 1])
    share = (dt.date.fromisoformat(day) - low).days / max((high - low).days, 1)
    return d0 + share * (d1 - d0)


def _days_per_px(axis: dict[str, Any]) -> float:
    """Days per pixel of a date axis on the narrowest design (about: margins of 20 px)."""
    low, high = (dt.date.fromisoformat(v[:10]) for v in axis["range"])
    d0, d1 = axis.get("domain", [0, 1])
    return (high - low).days / max((NARROWEST - 20) * (d1 - d0), 1)


def _lifts(events: list[Event], topic_names: dict[str, str], days: float) -> dict[str, float]:
    """Row offsets that keep a lane's dots apart: a dot closer than `days` to the last one
    drawn at its height moves up or down a quarter row, in turn."""
    lifts: dict[str, float] = {}
    last: dict[tuple[str, float], dt.date] = {}
    for event in events:
        start, end = period(event)
        if start != end:
            continue
        lane = topic_names[event.topics[0]] if event.topics else OTHER
        day = dt.date.fromisoformat(start)
        for lift in (0.0, 0.26, -0.26):
            previous = last.get((lane, lift))
            if previous is None or (day - previous).days >= days:
                break
        lifts[event.id] = lift
        last[(lane, lift)] = day
    return lifts


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
        "yshift": 20,
    }


def _pad(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
