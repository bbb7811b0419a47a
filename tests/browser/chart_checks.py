# What a reader sees of a chart, measured in the browser: its text boxes, and pixel differences.
"""Helpers for the chart browser tests: text boxes of a still or a live chart, the problems a
reader would see in them (text leaving the chart, text on text, text too small), tap targets,
and the share of pixels two screenshots differ by (compared in the page: no image library)."""

from __future__ import annotations

import base64
from typing import Any

from playwright.sync_api import Page

MIN_TEXT_PX = 11
MIN_TAP_PX = 24

# Every text element drawn in the chart's plot now: its words, box and rendered font size.
_TEXT_BOXES = """id => {
    const plot = document.querySelector(`.chart-plot[data-chart="${id}"]`);
    const still = [...plot.querySelectorAll('.chart-still svg')]
        .find(svg => getComputedStyle(svg).display !== 'none');
    const root = still || plot.querySelector('.chart-live') || plot;
    const texts = [...root.querySelectorAll('text')].filter(t =>
        !t.closest('.hoverlayer') && t.textContent.trim() &&
        getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).display !== 'none');
    const frame = plot.getBoundingClientRect();
    return {
        live: !still,
        plot: {x: frame.x, y: frame.y, width: frame.width, height: frame.height},
        texts: texts.map(t => {
            const box = t.getBoundingClientRect();
            const m = t.getScreenCTM();
            const scale = Math.hypot(m.a, m.b);
            return {
                text: t.textContent.replace(/\\s+/g, ' ').trim(),
                x: box.x - frame.x, y: box.y - frame.y, width: box.width, height: box.height,
                size: parseFloat(getComputedStyle(t).fontSize) * scale,
            };
        }).filter(t => t.width > 0),
    };
}"""


def outside(box: dict, plot: dict, x_slack: float, y_slack: float) -> bool:
    """Whether `box` (x, y, width, height) leaves the plot's box by more than the slack."""
    return (
        box["x"] < -x_slack
        or box["y"] < -y_slack
        or box["x"] + box["width"] > plot["width"] + x_slack
        or box["y"] + box["height"] > plot["height"] + y_slack
    )


def text_boxes(page: Page, chart_id: str) -> dict[str, Any]:
    """The plot's box and every text element the chart shows now (still or live)."""
    return page.evaluate(_TEXT_BOXES, chart_id)


def text_problems(shown: dict[str, Any], slack: float = 1.0) -> list[str]:
    """What a reader would trip on: text out of the chart, text over text, text too small."""
    plot = shown["plot"]
    texts = shown["texts"]
    problems = []
    for t in texts:
        if t["size"] < MIN_TEXT_PX - 0.05:
            problems.append(f"{t['text'][:40]!r} is {t['size']:.1f} px")
        if outside(t, plot, slack, slack):
            problems.append(f"{t['text'][:40]!r} leaves the chart")
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if overlap(a, b) > slack:
                problems.append(f"{a['text'][:30]!r} overlaps {b['text'][:30]!r}")
    return problems


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """How far two boxes overlap: the smaller of the overlap's width and height (0: none)."""
    across = min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"])
    down = min(a["y"] + a["height"], b["y"] + b["height"]) - max(a["y"], b["y"])
    return max(0.0, min(across, down))


def moved_texts(before: list[dict], after: list[dict], limit: float = 2.0) -> list[str]:
    """Texts of `before` with no text of the same words within `limit` px in `after`."""
    moved = []
    for t in before:
        same = [u for u in after if u["text"] == t["text"]]
        if not same:
            moved.append(f"{t['text'][:40]!r} is gone")
            continue
        nearest = min(same, key=lambda u: _distance(t, u))
        if _distance(t, nearest) > limit:
            moved.append(
                f"{t['text'][:40]!r} moved {_distance(t, nearest):.1f} px (x {t['x']:.1f}→"
                f"{nearest['x']:.1f}, y {t['y']:.1f}→{nearest['y']:.1f}, width {t['width']:.1f}→"
                f"{nearest['width']:.1f})"
            )
    return moved


def _distance(a: dict[str, float], b: dict[str, float]) -> float:
    """How far apart two boxes of the same words are: their largest edge shift."""
    return max(
        abs(a["x"] - b["x"]), abs(a["y"] - b["y"]), abs(a["x"] + a["width"] - b["x"] - b["width"])
    )


_PIXEL_DIFFERENCE = """async ([a, b]) => {
    const load = async data => {
        // Decoded here, not fetched as a data: URL, which the site's CSP refuses.
        const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
        const blob = new Blob([bytes], {type: 'image/png'});
        const image = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
    };
    const [first, second] = [await load(a), await load(b)];
    if (first.width !== second.width || first.height !== second.height) return 1;
    const {width, height} = first;
    const close = (p, q, i, j) => Math.max(
        Math.abs(p.data[i] - q.data[j]), Math.abs(p.data[i + 1] - q.data[j + 1]),
        Math.abs(p.data[i + 2] - q.data[j + 2])) <= 48;
    // A pixel is unmatched if no pixel of the other picture within 1 px has its colour.
    const unmatched = (p, q) => {
        let count = 0;
        for (let y = 0; y < height; y++) {
            for (let x = 0; x < width; x++) {
                const i = (y * width + x) * 4;
                let found = false;
                for (let dy = -1; dy <= 1 && !found; dy++) {
                    for (let dx = -1; dx <= 1 && !found; dx++) {
                        const u = x + dx, v = y + dy;
                        if (u < 0 || v < 0 || u >= width || v >= height) continue;
                        found = close(p, q, i, (v * width + u) * 4);
                    }
                }
                if (!found) count += 1;
            }
        }
        return count;
    };
    return Math.max(unmatched(first, second), unmatched(second, first)) / (width * height);
}"""


def pixel_difference(page: Page, first: bytes, second: bytes) -> float:
    """The share of pixels of one screenshot whose colour (within 48 of 255 in each channel)
    the other has nowhere within 1 px: what a reader sees change, not anti-aliasing."""
    pair = [base64.b64encode(png).decode() for png in (first, second)]
    return page.evaluate(_PIXEL_DIFFERENCE, pair)


# Every mark of the live chart a reader can tap for its details, with the size of its target:
# a marker's target reaches `hoverdistance` px around it; bars and filled shapes are their box.
_TAP_TARGETS = """id => {
    const live = document.querySelector(`.chart-plot[data-chart="${id}"] .chart-live`);
    const m = live.querySelector('.main-svg').getScreenCTM();
    const scale = Math.hypot(m.a, m.b);
    const reach = live._fullLayout.hoverdistance * scale;
    const found = [];
    live.querySelectorAll('.scatterlayer .trace, .barlayer .trace').forEach((trace, index) => {
        const data = live._fullData[trace.__data__[0].trace.index];
        if (data.hoverinfo === 'skip') return;
        const marks = data.type === 'bar' ? trace.querySelectorAll('.point path')
            : data.hoveron === 'fills' ? trace.querySelectorAll('.js-fill')
            : trace.querySelectorAll('.points path');
        marks.forEach(mark => {
            const box = mark.getBoundingClientRect();
            const around = data.type === 'bar' || data.hoveron === 'fills' ? 0 : 2 * reach;
            found.push({name: data.name, width: Math.max(box.width, around),
                height: Math.max(box.height, around)});
        });
    });
    return found;
}"""


def small_tap_targets(page: Page, chart_id: str) -> list[str]:
    """Marks of the live chart whose tap target is smaller than MIN_TAP_PX square."""
    return [
        f"{t['name']!r}: {t['width']:.0f}×{t['height']:.0f} px"
        for t in page.evaluate(_TAP_TARGETS, chart_id)
        if t["width"] < MIN_TAP_PX or t["height"] < MIN_TAP_PX
    ]


# Every hover label plotly.js can show on the chart, one point after another: its box.
_HOVER_BOXES = """async id => {
    const live = document.querySelector(`.chart-plot[data-chart="${id}"] .chart-live`);
    const frame = document.querySelector(`.chart-plot[data-chart="${id}"]`)
        .getBoundingClientRect();
    const found = [];
    for (const [curve, trace] of live.data.entries()) {
        if (trace.hoverinfo === 'skip') continue;
        const count = (trace.x || []).length;
        for (let point = 0; point < count; point++) {
            if (trace.x[point] === null) continue;
            Plotly.Fx.hover(live, [{curveNumber: curve, pointNumber: point}]);
            const label = live.querySelector('.hoverlayer .hovertext');
            if (!label) continue;
            const box = label.getBoundingClientRect();
            found.push({text: label.textContent.slice(0, 40), x: box.x - frame.x,
                y: box.y - frame.y, width: box.width, height: box.height});
        }
    }
    Plotly.Fx.unhover(live);
    const scale = live.getBoundingClientRect().width / live.offsetWidth;
    return {plot: {width: frame.width, height: frame.height}, labels: found, scale: scale};
}"""


def hover_problems(page: Page, chart_id: str, slack: float = 1.0) -> list[str]:
    """Hover labels of the live chart that leave the chart's box by more than `slack` px.

    A known limit of plotly.js, allowed for and no more: a chart scaled below its design size
    (a column narrower than 343 px, as on a 360 px phone) has a label pushed against its top or
    bottom edge placed by its height as measured through the transform, so it stands out by
    half the height it lost, (1 - scale) × height / 2: about 3 px for a tall label at 0.95.
    """
    shown = page.evaluate(_HOVER_BOXES, chart_id)
    plot, shrink = shown["plot"], max(0.0, 1.0 - shown["scale"])
    problems = []
    for label in shown["labels"]:
        edge = slack + shrink * label["height"] / 2
        if outside(label, plot, slack, edge):
            problems.append(f"hover {label['text']!r} leaves the chart")
    return problems
