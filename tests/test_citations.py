# One compact citation per block (issue 14, item 5).
from __future__ import annotations

import pytest

from generators.citations import citation_text, citation_words, paragraph_runs


def test_runs_of_consecutive_paragraphs() -> None:
    assert paragraph_runs(["P8", "P1", "P2", "P3", "CAPTION"]) == [(1, 3), (8, 8)]


@pytest.mark.parametrize(
    ("sources", "text", "words"),
    [
        (["P3"], "¶ 3", "article paragraph 3"),
        (["P3", "P9"], "¶ 3, 9", "article paragraphs 3 and 9"),
        (
            ["CAPTION", "P1", "P2", "P3", "P8"],
            "caption, ¶ 1–3, 8",
            "article paragraphs 1 to 3 and 8, the article's photo caption",
        ),
        (
            ["P5", "P6", "P12", "P13", "P14"],
            "¶ 5, 6, 12–14",
            "article paragraphs 5, 6 and 12 to 14",
        ),
        (["BYLINE"], "byline", "the article's byline"),
        ([f"P{n}" for n in (1, 3, 5, 7, 9)], "5 paragraphs", "article paragraphs 1, 3, 5, 7 and 9"),
    ],
)
def test_citation_says_what_it_points_at(sources: list[str], text: str, words: str) -> None:
    assert citation_text(sources) == text
    assert citation_words(sources) == words
