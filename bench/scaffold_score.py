# Benchmark: how much of the curated data `explainer scaffold` finds on its own, and how cleanly.
"""Score the scaffold's drafts: the seed against its curated data, the corpus against its gold.

    .venv/bin/python bench/scaffold_score.py [--details]
    .venv/bin/python bench/scaffold_score.py ARTICLE [--data DIR] [--details]

Without ARTICLE: the seed (../shared/seed/article.md against data/) and every article of
../shared/corpus/ (each `NN-slug.txt` against its `NN-slug.json`), a table per article, then the
corpus's totals, then the totals of the articles written for the tests in tests/fixtures/web/
(same format). Each draft goes through the same path as `explainer scaffold` (written to a
temporary folder and loaded by the project's loader); the publication date is the one the
scaffold reads from the text (the gold's is used, and said, only when it finds none).

Against the corpus's gold (its README): a quote counts when its text contains the gold span
(recall: gold quotes found; precision: drafted quotes that hold a gold span); "with speaker"
also needs the gold speaker (a named person: the same full name; an organisation or unnamed
speaker: the gold's last word among the drafted speaker's words); people: the full name
(precision over the named people drafted, the author placeholder left out); dates: a drafted
date (events and the publication date) equal to the gold date or starting with it; figures: a
drafted value equal to the gold value.

Against curated data (ARTICLE with --data, and the seed), each category is matched one to one:

- quotes: same text (exactly, after trimming); "with speaker" also needs the same person;
- people: same name, same surname (last word), or, for unnamed speakers, most of the words;
- dates: distinct event dates; "from the text" leaves out curated dates marked `background`
  (public record the article does not give); events: same date and a shared paragraph;
- figures: same value.

Recall = matched / curated, precision = matched / drafted. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
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
CORPUS = ROOT.parent / "shared" / "corpus"
INVENTED = ROOT / "tests" / "fixtures" / "web"  # articles written for the tests, same format
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
    parser.add_argument("article", nargs="?", help="one article (default: the seed and corpus)")
    parser.add_argument("--data", default=str(ROOT / "data"), help="curated data folder")
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    if args.article:
        article = Path(args.article)
        if not article.is_file():
            print(f"{article}: no such article", file=sys.stderr)
            return 2
        gold = article.with_suffix(".json")
        if gold.is_file() and args.data == parser.get_default("data"):
            _report(f"{article.name} against its gold answers", *_gold_scores(article), args)
        else:
            scores = score(load_explainer(args.data), draft_of(article)[0])
            _report(f"scaffold of {article.name} against {args.data}", scores, None, args)
        return 0
    if DEFAULT_ARTICLE.is_file():
        scores = score(load_explainer(ROOT / "data"), draft_of(DEFAULT_ARTICLE)[0])
        _report(f"seed: {DEFAULT_ARTICLE.name} against data/", scores, None, args)
    articles = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    totals: list[list[Score]] = []
    for article in articles:
        scores, note = _gold_scores(article)
        totals.append(scores)
        _report(f"corpus: {article.name} against its gold answers", scores, note, args)
    if totals:
        _report(f"corpus: all {len(totals)} articles", summed(totals), None, args, misses=False)
    invented = []
    for article in sorted(INVENTED.glob("*.txt")):
        scores, note = _gold_scores(article)
        invented.append(scores)
        if args.details:
            _report(f"invented: {article.name} against its gold answers", scores, note, args)
    if invented:
        title = f"invented web copy (tests/fixtures/web): all {len(invented)} articles"
        _report(title, summed(invented), None, args, misses=False)
    if not articles and not DEFAULT_ARTICLE.is_file():
        print("neither the seed article nor the corpus is on this machine", file=sys.stderr)
        return 2
    return 0


def _report(
    title: str,
    scores: list[Score],
    note: str | None,
    args: argparse.Namespace,
    *,
    misses: bool = True,
) -> None:
    print(f"### {title}\n")
    if note:
        print(f"({note})\n")
    print(table(scores) + "\n")
    if args.details and misses:
        for row in scores:
            for label, items in (("missed", row.misses), ("extra", row.extras)):
                for item in items:
                    print(f"  {row.category}: {label}: {item}")
        print()


def _gold_scores(article: Path) -> tuple[list[Score], str | None]:
    gold = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    drafted, note = draft_of(article, fallback=dt.date.fromisoformat(gold["published"]))
    return score_gold(gold, drafted), note


def draft_of(article: Path, fallback: dt.date | None = None) -> tuple[Explainer, str | None]:
    """The scaffold's draft, written and loaded exactly as `explainer scaffold` does; the
    publication date is the text's own, else `fallback` (and a note saying so)."""
    text = article.read_text(encoding="utf-8")
    note = None
    try:
        source, draft = scaffold(text)
    except ValueError:
        if fallback is None:
            raise
        source, draft = scaffold(text, fallback)
        note = "no publication date found in the text: the gold's was used"
    with tempfile.TemporaryDirectory() as folder:
        write_draft(Path(folder), source, draft, article.name, force=True)
        return load_explainer(folder), note


def score_gold(gold: dict, drafted: Explainer) -> list[Score]:
    """Every row of the table, for a draft against a corpus article's gold answers."""
    people = {p.id: p for p in drafted.people}
    named_gold = set(gold["people"])
    drafted_named = [p for p in people.values() if p.named and not p.name.startswith("TODO")]

    def spoken(g: dict, q: object) -> bool:
        return g["text"] in _flat(q.text)

    def said_by(g: dict, q: object) -> bool:
        speaker = people[q.speaker]
        return spoken(g, q) and _same_speaker(g["speaker"], speaker, g["speaker"] in named_gold)

    drafted_dates = sorted({e.date for e in drafted.events} | {str(drafted.article.published)})
    rows = [
        _matched("quotes", gold["quotes"], drafted.quotes, spoken, one_to_one=False),
        _matched("quotes with speaker", gold["quotes"], drafted.quotes, said_by, one_to_one=False),
        _matched("people", gold["people"], drafted_named, lambda g, p: _name(g) == _name(p.name)),
        _matched("dates", gold["dates"], drafted_dates, _same_date, one_to_one=False),
        _matched(
            "figures",
            gold["figures"],
            drafted.figures,
            lambda g, f: math.isclose(g, f.value, rel_tol=1e-9),
            one_to_one=False,
        ),
    ]
    return rows


def _same_speaker(gold: str, speaker: Person, named: bool) -> bool:
    """A named gold speaker: the same full name; else the gold's head word among the drafted
    speaker's words (`UK government` ~ `the government`)."""
    if named:
        return speaker.named and _name(gold) == _name(speaker.name)
    return _words(gold)[-1] in _words(speaker.name)


def _same_date(gold: str, drafted: str) -> bool:
    return drafted == gold or drafted.startswith(gold + "-")


def _name(text: str) -> tuple[str, ...]:
    return tuple(_words(text))


def _flat(text: str) -> str:
    return " ".join(text.split())


def summed(per_article: list[list[Score]]) -> list[Score]:
    """Rows added up over articles (same categories, same order)."""
    rows = []
    for same in zip(*per_article, strict=True):
        rows.append(
            Score(
                same[0].category,
                sum(r.curated for r in same),
                sum(r.drafted for r in same),
                sum(r.matched_curated for r in same),
                sum(r.matched_drafted for r in same),
            )
        )
    return rows


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
    if isinstance(item, (str, int, float)):
        return str(item)
    if isinstance(item, dict):
        return f"{item['speaker']}: {item['text']}"
    speaker = getattr(item, "speaker", None)
    if speaker and getattr(item, "text", None):
        return f"[{speaker}] {item.text[:80]}"
    if getattr(item, "value", None) is not None and getattr(item, "label", None):
        return f"{item.value:g} {item.unit}: {item.label[:60]}"
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
