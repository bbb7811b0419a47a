# Label text for the still: Plotly's small HTML subset, measured and written as SVG <text>.
"""Split Plotly label text into lines and bold runs, estimate its width, write SVG text."""

from __future__ import annotations

import html
import re

FONT_SIZE = 13
CHAR_WIDTH = 0.5  # average glyph width of a system sans-serif, in ems: for laying out text
LINE_HEIGHT = 1.3
# The font's ascent and descent in ems (Helvetica's and its metric twins Arial and Liberation
# Sans): where a block of text set by its top or bottom edge has its baseline, as in plotly.js.
ASCENT = 0.905
DESCENT = 0.212
_TAG = re.compile(r"<(/?)(b|br|i|em|strong)\s*/?>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")


def text_lines(text: object) -> list[list[tuple[str, bool]]]:
    """Plotly label text as lines of (words, bold) runs: `<br>` breaks, `<b>` bolds, tags go."""
    lines: list[list[tuple[str, bool]]] = [[]]
    bold = False
    position = 0
    source = str(text)
    for match in _TAG.finditer(source):
        _add_run(lines[-1], source[position : match.start()], bold)
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "br":
            lines.append([])
        elif tag in ("b", "strong"):
            bold = not closing
        position = match.end()
    _add_run(lines[-1], source[position:], bold)
    return lines


def _add_run(line: list[tuple[str, bool]], raw: str, bold: bool) -> None:
    words = html.unescape(_ANY_TAG.sub("", raw))
    if words:
        line.append((words, bold))


def text_width(text: object, size: float = FONT_SIZE) -> float:
    """Estimated width in px of Plotly label text: its longest line."""
    return (
        max(
            (
                sum(len(words) * (1.06 if bold else 1.0) for words, bold in line)
                for line in text_lines(text)
            ),
            default=0,
        )
        * CHAR_WIDTH
        * size
    )


def xml(text: str) -> str:
    return html.escape(text, quote=True)


def num(value: float) -> str:
    """A coordinate with at most one decimal: the still's pixels need no more."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"


def element(tag: str, *, empty: bool = True, **attributes: object) -> str:
    """An SVG element (empty, or only its start tag); `stroke_width=2` writes stroke-width="2",
    floats are rounded to tenths."""
    written = " ".join(
        f'{name.replace("_", "-")}="{num(value) if isinstance(value, float) else xml(str(value))}"'
        for name, value in attributes.items()
        if value is not None
    )
    return f"<{tag} {written}{'/' if empty else ''}>"


def svg_text(
    text: object,
    x: float,
    y: float,
    *,
    size: float = FONT_SIZE,
    anchor: str = "start",
    baseline: str = "middle",
    colour: str | None = None,
    rotate: float = 0,
) -> str:
    """A <text> element; `y` is where `baseline` (top, middle, bottom) of the whole block sits."""
    lines = text_lines(text)
    step = size * LINE_HEIGHT
    block = step * (len(lines) - 1)
    first = {
        "top": y + size * ASCENT,
        "middle": y - block / 2 + size * (ASCENT - DESCENT) / 2,
        "bottom": y - block - size * DESCENT,
    }[baseline]
    svg_anchor = {"left": "start", "center": "middle", "right": "end"}.get(anchor, anchor)
    paint = f' fill="{xml(colour)}"' if colour else ' class="t"'
    turn = f' transform="rotate({num(rotate)} {num(x)} {num(y)})"' if rotate else ""
    spans = []
    for index, line in enumerate(lines):
        runs = "".join(
            f'<tspan font-weight="bold">{xml(words)}</tspan>' if bold else xml(words)
            for words, bold in line
        )
        spans.append(f'<tspan x="{num(x)}" y="{num(first + index * step)}">{runs}</tspan>')
    return (
        f'<text font-size="{num(size)}" text-anchor="{svg_anchor}"{paint}{turn}>'
        + "".join(spans)
        + "</text>"
    )
