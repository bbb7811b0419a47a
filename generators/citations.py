# How a block names the article paragraphs it draws on: one short citation, not a row of chips.
"""Citation text: `P1 P2 P3 P8 CAPTION` → `caption, ¶ 1–3, 8`, and the same in words."""

from __future__ import annotations

from collections.abc import Iterable

SPECIAL = {"CAPTION": "photo caption", "BYLINE": "byline", "CREDITS": "credits"}
# Past this many runs a citation names how many paragraphs it draws on, not which.
MOST_RUNS_SHOWN = 4


def paragraph_runs(sources: Iterable[str]) -> list[tuple[int, int]]:
    """The numbered paragraphs among `sources` as runs of consecutive numbers, in order."""
    numbers = sorted({int(p[1:]) for p in sources if p.startswith("P") and p[1:].isdigit()})
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def _specials(sources: Iterable[str]) -> list[str]:
    present = set(sources)
    return [SPECIAL[p] for p in SPECIAL if p in present]


def citation_text(sources: Iterable[str]) -> str:
    """What a citation shows: `¶ 1–3, 8`, `caption, ¶ 4`, or `¶ 25 paragraphs` past a few runs."""
    sources = list(sources)
    runs = paragraph_runs(sources)
    parts = [name.split()[-1] for name in _specials(sources)]
    if len(runs) > MOST_RUNS_SHOWN:
        count = sum(last - first + 1 for first, last in runs)
        parts.append(f"{count} paragraphs")
    elif runs:
        parts.append("¶ " + ", ".join(_named(runs, "–")))
    return ", ".join(parts)


def citation_words(sources: Iterable[str]) -> str:
    """What a citation points at, in words: `article paragraphs 1 to 3 and 8, photo caption`."""
    sources = list(sources)
    runs = paragraph_runs(sources)
    parts = []
    if runs:
        named = _named(runs, " to ")
        noun = "paragraph" if len(named) == 1 and runs[0][0] == runs[0][1] else "paragraphs"
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        parts.append(f"article {noun} {listed}")
    parts += [f"the article's {name}" for name in _specials(sources)]
    return ", ".join(parts)


def _named(runs: list[tuple[int, int]], between: str) -> list[str]:
    """Each run as a reader writes it: `3`, `5, 6` (two are listed), `1–4`."""
    names: list[str] = []
    for first, last in runs:
        if last - first < 2:
            names += [str(n) for n in range(first, last + 1)]
        else:
            names.append(f"{first}{between}{last}")
    return names
