# Benchmark: how much of the curated data `explainer scaffold` finds on its own, and how cleanly.
"""Score the scaffold's draft of an article against the hand-curated data of the same article.

    .venv/bin/python bench/scaffold_score.py [ARTICLE] [--data DIR] [--details]

ARTICLE defaults to ../shared/seed/article.md, DIR to data/. The draft goes through the same
path as `explainer scaffold` (written to a temporary folder and loaded by the project's loader),
then each category is matched one to one:

- quotes: same text (exactly, after trimming); "with speaker" also needs the same person;
- people: same name, same surname (last word), or, for unnamed speakers, most of the words;
- dates: distinct event dates; "from the text" leaves out curated dates marked `background`
  (public record the article does not give); events: same date and a shared paragraph;
- figures: same value.

Recall = matched / curated, precision = matched / drafted. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generators.loader import load_explainer  # noqa: E402
from generators.model import Explainer, Person  # noqa: E402
from generators.scaffold import scaffold, write_draft  # noqa: E402

DEFAULT_ARTICLE = ROOT.parent / "shared" / "seed" / "article.md"
C = TypeVar("C")
D = TypeVar("D")
STOPWORDS = {"the", "a", "an", "of", "for", "at", "in", "on", "and", "to", "mr", "ms", "mrs"}


@dataclass(frozen=True)
class Score:
    """One row of the table."""

    category: str
    curated: int
    drafted: int
    matched_curated: int
    matched_drafted: int
    misses: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()

    @property
    def recall(self) -> float:
        return self.matched_curated / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        return self.matched_drafted / self.drafted if self.drafted else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    parser.add_argument("--data", default=str(ROOT / "data"), help="curated data folder")
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    article = Path(args.article)
    if not article.is_file():
        print(f"{article}: no such article", file=sys.stderr)
        return 2
    curated = load_explainer(args.data)
    drafted = draft_of(article)
    scores = score(curated, drafted)
    print(f"scaffold of {article.name} against {args.data}\n")
    print(table(scores))
    if args.details:
        for row in scores:
            for label, items in (("missed", row.misses), ("extra", row.extras)):
                for item in items:
                    print(f"  {row.category}: {label}: {item}")
    return 0


def draft_of(article: Path) -> Explainer:
    """The scaffold's draft, written and loaded exactly as `explainer scaffold` does."""
    source, draft = scaffold(article.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        write_draft(Path(folder), source, draft, article.name, force=True)
        return load_explainer(folder)


def score(curated: Explainer, drafted: Explainer) -> list[Score]:
    """Every row of the table."""
    curated_people = {p.id: p for p in curated.people}
    drafted_people = {p.id: p for p in drafted.people}

    def same_speaker(a: str, b: str) -> bool:
        return same_person(curated_people[a], drafted_people[b])

    rows = [
        _matched("quotes", curated.quotes, drafted.quotes, lambda c, d: c.text == d.text),
        _matched(
            "quotes with speaker",
            curated.quotes,
            drafted.quotes,
            lambda c, d: c.text == d.text and same_speaker(c.speaker, d.speaker),
        ),
        _matched("people", curated.people, drafted.people, same_person),
    ]
    all_dates = sorted({e.date for e in curated.events})
    text_dates = sorted({e.date for e in curated.events if e.date_basis != "background"})
    drafted_dates = sorted({e.date for e in drafted.events})
    rows.append(_matched("dates (all)", all_dates, drafted_dates, str.__eq__))
    rows.append(_matched("dates (from the text)", text_dates, drafted_dates, str.__eq__))
    rows.append(
        _matched(
            "events (date + paragraph)",
            curated.events,
            drafted.events,
            lambda c, d: c.date == d.date and bool(set(c.sources) & set(d.sources)),
            one_to_one=False,
        )
    )
    rows.append(
        _matched("figures", curated.figures, drafted.figures, lambda c, d: c.value == d.value)
    )
    return rows


def same_person(a: Person, b: Person) -> bool:
    """Same name, same surname, or (unnamed speakers) most of the same words."""
    if _words(a.name) == _words(b.name):
        return True
    if a.named and b.named:
        return _surname(a) == _surname(b)
    first, second = _content(a.name), _content(b.name)
    shared = len(first & second)
    return shared >= 2 and shared * 3 >= 2 * min(len(first), len(second))


def _surname(person: Person) -> str:
    short = _words(person.short_name)
    return short[-1] if len(short) == 2 and short[0] in STOPWORDS else _words(person.name)[-1]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _content(text: str) -> set[str]:
    return {word for word in _words(text) if word not in STOPWORDS}


def _matched(
    category: str,
    curated: Sequence[C],
    drafted: Sequence[D],
    same: Callable[[C, D], bool],
    *,
    one_to_one: bool = True,
) -> Score:
    """Match curated to drafted items (greedily, one to one unless told otherwise)."""
    used: set[int] = set()
    hit_curated: list[bool] = []
    hit_drafted = [False] * len(drafted)
    for item in curated:
        found = False
        for index, candidate in enumerate(drafted):
            if (one_to_one and index in used) or not same(item, candidate):
                continue
            found = True
            hit_drafted[index] = True
            if one_to_one:
                used.add(index)
                break
        hit_curated.append(found)
    return Score(
        category,
        len(curated),
        len(drafted),
        sum(hit_curated),
        sum(hit_drafted),
        tuple(_show(c) for c, hit in zip(curated, hit_curated, strict=True) if not hit),
        tuple(_show(d) for d, hit in zip(drafted, hit_drafted, strict=True) if not hit),
    )


def _show(item: object) -> str:
    if isinstance(item, str):
        return item
    for field in ("text", "name", "title", "label"):
        value = getattr(item, field, None)
        if value:
            date = getattr(item, "date", None)
            value = f"{date} {value}" if date else value
            return value if len(value) < 90 else value[:87] + "…"
    return str(item)


def table(scores: list[Score]) -> str:
    """The scores as a Markdown table."""
    lines = [
        "| category | curated | drafted | matched | recall | precision |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in scores:
        lines.append(
            f"| {row.category} | {row.curated} | {row.drafted} | {row.matched_curated} | "
            f"{row.recall:.0%} | {row.precision:.0%} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
