# Which glossary terms a page uses: the abbreviation lines that mark them on that page alone.
"""The glossary as Markdown abbreviations (`*[term]: definition`), matched to each page's words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generators.model import Explainer

WORD = re.compile(r"\w+")
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


@dataclass(frozen=True)
class Abbreviations:
    """The glossary as Markdown abbreviation lines (`*[term]: definition`), found by the words
    of each term so that a page gets only the terms it uses."""

    one_word: dict[str, list[str]]  # the word → its lines
    # first word → (the term's words in order, line), for terms of two words or more
    longer: dict[str, list[tuple[tuple[str, ...], str]]]
    wordless: list[tuple[str, str]]  # (term, line) for terms with no word characters


def glossary_abbreviations(explainer: Explainer) -> Abbreviations:
    """Every glossary term and alias, indexed by its first word."""
    one_word: dict[str, list[str]] = {}
    longer: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    wordless: list[tuple[str, str]] = []
    for term in sorted(explainer.glossary, key=lambda t: t.term.casefold()):
        definition = " ".join(term.definition.split())
        for name in (term.term, *term.aliases):
            # `]` would end the term, and a backslash would stop the line being an abbreviation.
            clean = " ".join(name.replace("]", "").replace("\\", "").split())
            if not clean:
                continue
            line = f"*[{clean}]: {definition}"
            words = tuple(WORD.findall(clean))
            if not words:
                wordless.append((clean, line))
            elif len(words) == 1:
                one_word.setdefault(words[0], []).append(line)
            else:
                longer.setdefault(words[0], []).append((words, line))
    return Abbreviations(one_word, longer, wordless)


def abbreviations_for(markdown: str, glossary: Abbreviations) -> str:
    """The abbreviation lines of the glossary terms that occur in a page's Markdown.

    Every page used to carry the whole glossary, which made the build grow with pages × terms.
    A term occurs if its words occur one after another among the page's words: one-word terms
    by a set of the page's words, longer ones by the runs of words that start where such a
    term's first word is, so the cost grows with the page, not with pages × terms. The test is
    generous (escapes undone, any punctuation between words): a line too many costs nothing.
    """
    text = _SVG.sub(" ", markdown)  # a chart's still: drawing, not words
    text = text.replace("\\", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    lines: set[str] = set()
    if glossary.wordless:
        spaced = " ".join(text.split())
        lines.update(line for term, line in glossary.wordless if term in spaced)
    words = WORD.findall(text)
    page_words = set(words)
    for word in glossary.one_word.keys() & page_words:
        lines.update(glossary.one_word[word])
    firsts = glossary.longer.keys() & page_words
    if firsts:
        # Runs of n words, only where a longer term could start (positions found in C).
        starts = list(compress(count(), map(firsts.__contains__, words)))
        runs: dict[int, set[tuple[str, ...]]] = {}
        for first in firsts:
            for term_words, line in glossary.longer[first]:
                n = len(term_words)
                if n not in runs:
                    runs[n] = {tuple(words[i : i + n]) for i in starts}
                if term_words in runs[n]:
                    lines.add(line)
    # One definition per block: Python-Markdown re-tests the rest of a block after each
    # definition it takes, which is quadratic in the number of lines of one block.
    return "\n\n".join(sorted(lines, key=lambda line: (line.casefold(), line)))
