# Each chart's still (the SVG drawn at build time) shows what its plot plots.
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from generators.charts import build_charts
from generators.charts.base import STILL_WIDTHS, Chart
from generators.charts.map import BEYOND, PHONE_RATIO
from generators.charts.still import fitted_height, still_svg
from generators.charts.still.axes import plot_axes
from generators.charts.still.text import text_lines
from generators.model import Explainer
from generators.pages.base import Links, chart_block

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
MARKS = {f"{SVG}circle", f"{SVG}rect", f"{SVG}path"}


@pytest.fixture(params=["mini", "real"])
def charts(request: pytest.FixtureRequest) -> dict[str, Chart]:
    explainer: Explainer = request.getfixturevalue(request.param)
    return build_charts(explainer)


def still(chart: Chart, width: int = 760) -> ET.Element:
    return ET.fromstring(still_svg(chart.plot, width, chart.height, name=chart.id))


def data_marks(root: ET.Element) -> list[ET.Element]:
    """The marks inside the clipped plotting area (markers, bars, lines, shapes)."""
    group = root.find(f"{SVG}g[@clip-path]")
    assert group is not None
    return [element for element in group.iter() if element.tag in MARKS]


def texts(root: ET.Element) -> list[str]:
    return ["".join(text.itertext()) for text in root.iter(f"{SVG}text")]


def test_every_still_is_svg_of_its_size(charts: dict[str, Chart]) -> None:
    for chart in charts.values():
        for width in STILL_WIDTHS:
            source = still_svg(chart.plot, width, chart.height, name=chart.id)
            root = ET.fromstring(source)
            assert root.get("viewBox") == f"0 0 {width} {chart.height}", chart.id
            for element in root.iter():
                numbers = [v for k, v in element.attrib.items() if k not in ("font-family", "fill")]
                assert not re.search(r"nan|inf", " ".join(numbers).lower()), chart.id
                for name in ("x", "cx"):
                    if element.get(name) is not None:
                        assert -20 <= float(element.get(name)) <= width + 20, (chart.id, name)
                for name in ("y", "cy"):
                    if element.get(name) is not None:
                        assert -20 <= float(element.get(name)) <= chart.height + 20, chart.id


def test_every_plotted_point_is_a_mark(charts: dict[str, Chart]) -> None:
    chart = charts["positions"]
    points = sum(len(trace["x"]) for trace in chart.plot["data"])
    assert points == len(chart.table.rows)
    assert len(data_marks(still(chart))) == points


def test_bars_are_as_long_as_their_counts(charts: dict[str, Chart]) -> None:
    chart = charts["voices"]
    counts = [count for trace in chart.plot["data"] for count in trace["x"]]
    bars = [float(rect.get("width", 0)) for rect in data_marks(still(chart))]
    assert len(bars) == len(counts)
    per_quote = {round(width / count, 3) for width, count in zip(bars, counts, strict=True)}
    assert max(per_quote) - min(per_quote) < 0.2  # one scale for all bars (0.1 px rounding)


def test_timeline_labels_each_lane_and_orders_its_years(charts: dict[str, Chart]) -> None:
    chart = charts["timeline"]
    lanes = {trace["name"] for trace in chart.plot["data"]}
    written = texts(still(chart))
    assert lanes <= set(written)
    years = [int(text) for text in written if re.fullmatch(r"\d{4}", text)]
    assert years == sorted(years)


def test_each_figure_card_shows_its_value(charts: dict[str, Chart]) -> None:
    chart = charts["figures"]
    written = texts(still(chart))
    for value in chart.plot["layout"]["annotations"][::2]:
        assert "".join(words for line in text_lines(value["text"]) for words, _ in line) in written


def test_map_fills_each_named_country_in_its_colour(real: Explainer) -> None:
    chart = build_charts(real)["map"]
    fills = [mark.get("fill") for mark in data_marks(still(chart)) if mark.tag != f"{SVG}circle"]
    assert fills == [t["fillcolor"] for t in chart.plot["data"] if t.get("fill") == "toself"]


def test_label_text_is_written_as_text_never_as_markup() -> None:
    plot = {
        "data": [],
        "layout": {
            "xaxis": {"visible": False},
            "yaxis": {"visible": False},
            "annotations": [
                {
                    "text": "<b>&lt;script&gt;alert(1)&lt;/script&gt;</b> &amp; Co<br>"
                    '"quoted" <img src=x onerror=alert(1)>',
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0.5,
                    "y": 0.5,
                    "showarrow": False,
                }
            ],
        },
    }
    source = still_svg(plot, 360, 200)
    root = ET.fromstring(source)
    assert "<script" not in source and "<img" not in source
    assert texts(root) == ['<script>alert(1)</script> & Co"quoted" ']


def test_text_lines_read_plotly_markup() -> None:
    assert text_lines("<b>37</b> meetings<br>since 2013") == [
        [("37", True), (" meetings", False)],
        [("since 2013", False)],
    ]


def test_axes_map_values_in_order() -> None:
    plot = {
        "data": [{"type": "scatter", "x": ["1969-03-02", "2021-12-15"], "y": ["b", "a"]}],
        "layout": {
            "xaxis": {"type": "date", "nticks": 4},
            "yaxis": {"categoryorder": "array", "categoryarray": ["a", "b"], "range": [-1, 2]},
        },
    }
    x_axes, y_axes = plot_axes(plot)
    x, y = x_axes["x"], y_axes["y"]
    x.start, x.end, y.start, y.end = 0, 600, 400, 0
    early, late = x.pixel("1969-03-02"), x.pixel("2021-12-15")
    assert early is not None and late is not None and 0 < early < late < 600
    assert y.pixel("a") == pytest.approx(400 * 2 / 3) and y.pixel("b") == pytest.approx(400 / 3)
    labels = [label for _, label in x.ticks()]
    assert labels and all(re.fullmatch(r"\d{4}", label) for label in labels)
    assert len(labels) <= 4


def test_chart_block_holds_one_still_per_width(real: Explainer) -> None:
    chart = build_charts(real)["timeline"]
    block = chart_block(chart, Links(real, "timeline.md"))
    plot = re.search(r'<div class="chart-plot".*?</div></div>', block, re.DOTALL)
    assert plot is not None
    assert plot.group(0).count("<svg ") == len(STILL_WIDTHS)
    ids = re.findall(r'id="([^"]+)"', plot.group(0))
    assert len(ids) == len(set(ids)) == len(STILL_WIDTHS)  # clip paths never collide


def test_filled_shapes_are_written_once_and_placed_in_every_drawing(real: Explainer) -> None:
    chart = build_charts(real)["map"]
    drawings = [ET.fromstring(svg + "</svg>") for svg in chart.stills.split("</svg>")[:-1]]
    assert len(drawings) == len(STILL_WIDTHS)
    shapes = drawings[0].findall(f"{SVG}defs/{SVG}path")
    filled = [t for t in chart.plot["data"] if t.get("fill") == "toself"]
    assert len(shapes) == len(filled)  # every country's outline, once
    assert all(not drawing.findall(f"{SVG}defs") for drawing in drawings[1:])
    ids = {shape.get("id") for shape in shapes}
    for drawing in drawings:
        uses = drawing.findall(f".//{SVG}use")
        assert {use.get(f"{XLINK}href").removeprefix("#") for use in uses} == ids
        assert [use.get("fill") for use in uses] == [t["fillcolor"] for t in filled]
    # The three placements differ only by scale and offset.
    matrices = [drawing.find(f".//{SVG}use").get("transform") for drawing in drawings]
    assert len(set(matrices)) == len(STILL_WIDTHS)


def test_map_is_as_tall_as_it_needs_at_each_width(real: Explainer) -> None:
    charts = build_charts(real)
    chart = charts["map"]
    heights = chart.heights
    assert len(heights) == len(STILL_WIDTHS)
    assert max(heights) <= chart.height
    # On a phone the map frames the story's region, at least PHONE_RATIO as tall as wide.
    assert heights[0] >= STILL_WIDTHS[0] * PHONE_RATIO
    assert list(heights[1:]) == sorted(heights[1:])
    for width, height in zip(STILL_WIDTHS, heights, strict=True):
        plot = chart.plot_at(width)
        assert fitted_height(plot, width, height) == height  # the map fills it exactly
        root = ET.fromstring(still_svg(plot, width, height, name="map"))
        assert root.get("viewBox") == f"0 0 {width} {height}"
    # Charts whose axes have their own scales keep their height (at each design).
    assert all(c.heights[-1] == c.height for c in charts.values() if c.id != "map")


def _map_notes(chart: Chart, width: int) -> list[str]:
    return [note["text"] for note in chart.plot_at(width)["layout"]["annotations"]]


def test_phone_map_frames_the_main_parties_and_names_the_places_beyond(real: Explainer) -> None:
    chart = build_charts(real)["map"]
    phone, wide = chart.plot_at(STILL_WIDTHS[0]), chart.plot_at(STILL_WIDTHS[-1])
    assert phone["data"] is wide["data"]  # one data list: only the frame differs
    (p0, p1), (w0, w1) = phone["layout"]["xaxis"]["range"], wide["layout"]["xaxis"]["range"]
    assert w0 <= p0 and p1 <= w1 and (p1 - p0) < (w1 - w0) / 2
    names = {c.name for c in real.countries}
    parties = {c.name for c in real.countries if c.id in real.article.parties}
    phone_notes = _map_notes(chart, STILL_WIDTHS[0])
    beyond = [n for n in phone_notes if n.startswith(BEYOND)]
    assert len(beyond) == 1
    labelled = set(phone_notes) - set(beyond)
    assert parties <= labelled
    # Every place is either named on the phone's map or named along its foot.
    assert all(name in labelled or name in beyond[0] for name in names)
    assert not any(n.startswith(BEYOND) for n in _map_notes(chart, STILL_WIDTHS[-1]))


def test_map_focus_in_the_data_chooses_the_phone_frame(real: Explainer) -> None:
    before = build_charts(real)["map"]
    default = before.plot_at(STILL_WIDTHS[0])["layout"]["xaxis"]["range"]
    beyond = next(n for n in _map_notes(before, STILL_WIDTHS[0]) if n.startswith(BEYOND))
    far = next(c for c in real.countries if c.name in beyond)  # outside the default frame
    article = real.article.model_copy(update={"map_focus": [far.id]})
    chart = build_charts(real.model_copy(update={"article": article}))["map"]
    framed = chart.plot_at(STILL_WIDTHS[0])["layout"]["xaxis"]["range"]
    assert framed != default and far.name in _map_notes(chart, STILL_WIDTHS[0])


def test_chart_blocks_have_no_style_markup(real: Explainer) -> None:
    """The site's Content-Security-Policy (style-src 'self') forbids style attributes."""
    for chart in build_charts(real).values():
        block = chart_block(chart, Links(real, "index.md"))
        assert "style=" not in block and "<style" not in block, chart.id


def test_settled_figure_leaves_plotly_nothing_to_decide(charts: dict[str, Chart]) -> None:
    for chart in charts.values():
        for width, plot in zip(STILL_WIDTHS, chart.settled, strict=True):
            layout = plot["layout"]
            assert layout["width"] == width and layout["autosize"] is False, chart.id
            assert layout["showlegend"] is False and layout["margin"]["autoexpand"] is False
            axes = [v for k, v in layout.items() if re.fullmatch(r"[xy]axis\d*", k)]
            assert axes, chart.id
            for axis in axes:
                assert axis["autorange"] is False and axis["automargin"] is False, chart.id
                assert len(axis["range"]) == 2 and "scaleanchor" not in axis, chart.id
                if "tickvals" in axis:
                    assert len(axis["tickvals"]) == len(axis["ticktext"]), chart.id


def test_settling_does_not_change_the_picture(charts: dict[str, Chart]) -> None:
    """The still of the settled plot is the still of the plot: settling only writes down."""
    for chart in charts.values():
        for width, plot in zip(STILL_WIDTHS, chart.settled, strict=True):
            height = plot["layout"]["height"]
            drawn = still_svg(chart.plot_at(width), width, height, name=chart.id)
            assert still_svg(plot, width, height, name=chart.id) == drawn, (chart.id, width)


def test_plot_json_holds_every_design(charts: dict[str, Chart]) -> None:
    import json

    from generators.charts import plot_json

    for chart in charts.values():
        document = json.loads(plot_json(chart))
        sizes = document["sizes"]
        assert [size["width"] for size in sizes] == list(STILL_WIDTHS), chart.id
        assert [size["height"] for size in sizes] == list(chart.heights), chart.id
        for size, plot in zip(sizes, chart.settled, strict=True):
            assert size["layout"] == json.loads(json.dumps(plot["layout"])), chart.id


def test_text_stays_inside_every_drawing(charts: dict[str, Chart]) -> None:
    from generators.charts.still.text import text_width

    for chart in charts.values():
        for width, height in zip(STILL_WIDTHS, chart.heights, strict=True):
            drawn = still_svg(chart.plot_at(width), width, height, name=chart.id)
            root = ET.fromstring(drawn)
            for text in root.iter(f"{SVG}text"):
                if text.get("transform"):  # turned labels are checked by their anchor only
                    continue
                size = float(text.get("font-size", 13))
                anchor = text.get("text-anchor", "start")
                for line in text.findall(f"{SVG}tspan[@x]"):
                    words = "".join(line.itertext())
                    bold = line.find(f"{SVG}tspan[@font-weight='bold']") is not None
                    span = text_width(f"<b>{words}</b>" if bold else words, size)
                    x = float(line.get("x", 0))
                    start = {"start": x, "middle": x - span / 2, "end": x - span}[anchor]
                    assert start >= -2 and start + span <= width + 2, (chart.id, width, words)
