# Each chart's table and CSV hold exactly what it plots.
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from generators.charts import build_charts, csv_bytes, plot_json
from generators.charts.base import Chart
from generators.model import Explainer

TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return TAG.sub("", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@pytest.fixture(params=["mini", "real"])
def charts(request: pytest.FixtureRequest) -> dict[str, Chart]:
    explainer: Explainer = request.getfixturevalue(request.param)
    return build_charts(explainer)


def column(chart: Chart, name: str) -> list:
    index = chart.table.columns.index(name)
    return [row[index] for row in chart.table.rows]


def test_all_seven_charts_are_built(real: Explainer) -> None:
    assert set(build_charts(real)) == {
        "timeline", "positions", "network", "map", "channels", "voices", "figures"
    }  # fmt: skip


def test_csv_is_the_table(charts: dict[str, Chart]) -> None:
    for chart in charts.values():
        rows = list(csv.reader(io.StringIO(csv_bytes(chart.table).decode())))
        assert tuple(rows[0]) == chart.table.columns
        expected = [["" if c is None else str(c) for c in row] for row in chart.table.rows]
        assert rows[1:] == expected, chart.id


def test_plot_json_brings_no_plotly_template(charts: dict[str, Chart]) -> None:
    """An empty template: the site script themes each chart for the page's colour scheme."""
    for chart in charts.values():
        assert json.loads(plot_json(chart))["layout"]["template"] == {}, chart.id


def test_timeline_plots_each_row(charts: dict[str, Chart]) -> None:
    chart = charts["timeline"]
    plotted = sorted((t["x"][0], t["x"][-1], plain(t["name"])) for t in chart.plot["data"])
    table = sorted(
        zip(
            column(chart, "drawn_from"),
            column(chart, "drawn_to"),
            column(chart, "topic"),
            strict=True,
        )
    )
    assert plotted == table


def test_timeline_never_draws_a_year_as_a_day(real: Explainer) -> None:
    chart = build_charts(real)["timeline"]
    for row in chart.table.rows:
        date, precision, start, end = row[0], row[2], row[7], row[8]
        if precision == "year":
            assert (start, end) == (f"{date}-01-01", f"{date}-12-31")
        if precision == "month":
            assert start.endswith("-01") and start[:7] == date and end[:7] == date


def test_positions_plot_each_row(charts: dict[str, Chart]) -> None:
    chart = charts["positions"]
    rows = zip(column(chart, "actor"), column(chart, "issue"), column(chart, "stance"), strict=True)
    table = sorted((f"{actor}: {stance.lower()}", stance, issue) for actor, issue, stance in rows)
    for plot in (chart.plot, chart.narrow):
        assert plot is not None
        plotted = sorted(
            (plain(text), t["name"], _issue_of(plain(hover.replace("<br>", " ")), text))
            for t in plot["data"]
            for text, hover in zip(t["text"], t["hovertext"], strict=True)
        )
        assert plotted == table


def _issue_of(hover: str, text: str) -> str:
    """The issue a positions mark's hover label names: "Actor on Issue: stance …"."""
    actor, _, stance = plain(text).partition(": ")
    return hover.removeprefix(f"{actor} on ").partition(f": {stance}")[0]


def test_voices_plot_each_row(charts: dict[str, Chart]) -> None:
    chart = charts["voices"]
    plotted = sorted(
        (t["name"], y, x) for t in chart.plot["data"] for x, y in zip(t["x"], t["y"], strict=True)
    )
    table = sorted(
        zip(column(chart, "group"), column(chart, "speaker"), column(chart, "quotes"), strict=True)
    )
    assert plotted == table


def test_voices_count_every_quote(charts: dict[str, Chart], request) -> None:
    assert sum(column(charts["voices"], "quotes")) == sum(
        sum(t["x"]) for t in charts["voices"].plot["data"]
    )


def test_figures_show_each_row(charts: dict[str, Chart]) -> None:
    chart = charts["figures"]
    shown = [plain(a["text"]) for a in chart.plot["layout"]["annotations"]][::2]
    assert shown == column(chart, "shown_as")


def test_network_draws_each_tie(charts: dict[str, Chart]) -> None:
    chart = charts["network"]
    hover_traces = [  # the arcs' hover marks (the actors' marks are on the names' axis)
        t for t in chart.plot["data"] if t.get("mode") == "markers" and t.get("yaxis") == "y2"
    ]
    plotted = sorted(
        plain(text.replace("<br>", " ")) for t in hover_traces for text in t["hovertext"]
    )
    table = sorted(
        f"{a} {tie} {b} {summary}"
        for a, tie, b, summary in zip(
            column(chart, "from"),
            column(chart, "tie"),
            column(chart, "to"),
            column(chart, "evidence"),
            strict=True,
        )
    )
    assert plotted == table


def test_map_colours_each_row(real: Explainer) -> None:
    chart = build_charts(real)["map"]
    coloured = sorted(
        tuple(plain(t["text"]).split(": ", 1)) for t in chart.plot["data"] if "text" in t
    )
    table = sorted(zip(column(chart, "country"), column(chart, "part_in_story"), strict=True))
    assert coloured == table


def test_map_needs_no_other_host(real: Explainer) -> None:
    chart = build_charts(real)["map"]
    text = plot_json(chart).decode()
    assert "http" not in text and "geo" not in json.loads(text)["layout"]
    assert {t["type"] for t in chart.plot["data"]} == {"scatter"}


def test_channels_draw_each_flow(charts: dict[str, Chart]) -> None:
    chart = charts["channels"]
    ribbons = [plain(t["text"]) for t in chart.plot["data"] if "→" in t.get("text", "")]
    table = [
        f"{s} → {c}: {n} quote{'s' if n != 1 else ''}"
        for s, c, n in zip(
            column(chart, "speaker"), column(chart, "channel"), column(chart, "quotes"), strict=True
        )
    ]
    assert sorted(ribbons) == sorted(table)


def test_only_basic_bundle_trace_types(charts: dict[str, Chart]) -> None:
    for chart in charts.values():
        assert {t["type"] for t in chart.plot["data"]} <= {"scatter", "bar"}, chart.id


def test_charts_follow_the_data(mini: Explainer) -> None:
    figures = [f.model_copy(update={"value": 61.0}) for f in mini.figures]
    changed = mini.model_copy(update={"figures": figures})
    assert column(build_charts(changed)["figures"], "value") == [61.0]


def test_every_figure_is_valid_plotly(charts: dict[str, Chart]) -> None:
    """Plotly's own validators accept every trace and layout attribute the generators write."""
    import plotly.graph_objects as go

    for chart in charts.values():
        document = json.loads(plot_json(chart))
        go.Figure({"data": document["data"], "layout": document["layout"]})
        for size in document["sizes"]:
            go.Figure({"data": size.get("data", document["data"]), "layout": size["layout"]})


def test_takeaways_are_counted_from_the_data(mini: Explainer) -> None:
    """The positions' takeaway counts the issues the two parties agree on: flip one party's
    stance on an issue both take one on, and the count drops by one."""
    from generators.charts.positions import agreement

    first, second = mini.article.parties[:2]
    stances = {(p.actor, p.topic): p.stance for p in mini.positions}
    shared = [t for a, t in stances if a == first and (second, t) in stances]
    same = [t for t in shared if stances[first, t] == stances[second, t]]
    assert same, "the fixture needs an issue both parties agree on"
    assert f"on {len(same)} of the {len(shared)} issues" in agreement(mini)
    flipped = [
        p.model_copy(update={"stance": "opposes"}) if (p.actor, p.topic) == (first, same[0]) else p
        for p in mini.positions
    ]
    changed = mini.model_copy(update={"positions": flipped})
    assert f"on {len(same) - 1} of the {len(shared)} issues" in agreement(changed)
    assert agreement(changed) in build_charts(changed)["positions"].description
