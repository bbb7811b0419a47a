# generators.glossary_marks (which glossary definitions a page gets) and generators.site_config.
from __future__ import annotations

import pytest

from generators.escaping import escape
from generators.glossary_marks import abbreviations_for, glossary_abbreviations
from generators.model import Explainer, Term
from generators.site_config import site_meta


def glossary_of(mini: Explainer, *terms: tuple[str, list[str]]) -> Explainer:
    entries = [
        Term(id=f"t{n}", term=term, aliases=aliases, definition=f"Definition {n}.", sources=["P1"])
        for n, (term, aliases) in enumerate(terms)
    ]
    return mini.model_copy(update={"glossary": entries})


@pytest.mark.parametrize(
    ("page_text", "expected"),
    [
        ("The ferry sails.", ["*[ferry]: Definition 0."]),
        ("ferry at the start", ["*[ferry]: Definition 0."]),
        ("Two ferries and a ferry.", ["*[ferries]: Definition 0.", "*[ferry]: Definition 0."]),
        ("A ferryman is not a ferry term.", ["*[ferry]: Definition 0."]),
        ("No boats here; ferryman only.", []),
        ("Sanctions on R&D <labs>.", ["*[R&D]: Definition 1."]),
        ("It was “Sputnik” again.", ["*[“Sputnik”]: Definition 2."]),
        ("“Sputnik” opens the page.", ["*[“Sputnik”]: Definition 2."]),
        ("The U.S. and its allies.", ["*[U.S.]: Definition 3."]),
        ("A belt and\n road plan.", ["*[belt and road]: Definition 4."]),
    ],
)
def test_a_page_gets_the_definitions_of_the_terms_it_uses(
    mini: Explainer, page_text: str, expected: list[str]
) -> None:
    explainer = glossary_of(
        mini,
        ("ferry", ["ferries"]),
        ("R&D", []),
        ("“Sputnik”", []),
        ("U.S.", []),
        ("belt and road", []),
    )
    markdown = "# Page\n\n" + "\n".join(escape(line) for line in page_text.split("\n"))
    found = abbreviations_for(markdown, glossary_abbreviations(explainer))
    assert found.split("\n\n") == (expected or [""])


def test_definitions_are_one_block_each_and_drop_what_breaks_them(mini: Explainer) -> None:
    explainer = glossary_of(mini, ("back\\slash [x]", []), ("ferry", []))
    found = abbreviations_for("backslash [x] and a ferry", glossary_abbreviations(explainer))
    assert found == "*[backslash [x]: Definition 0.\n\n*[ferry]: Definition 1."


def test_site_meta_comes_from_the_article(mini: Explainer) -> None:
    meta = site_meta(mini)
    assert meta.name == mini.article.headline
    assert meta.description == " ".join(mini.article.summary.split())
    assert meta.copyright.startswith("Built from data drawn from The Test Gazette, 11 March 2024.")
    titled = mini.model_copy(
        update={"article": mini.article.model_copy(update={"site_title": "The ferry deal"})}
    )
    assert site_meta(titled).name == "The ferry deal"


def test_terms_that_share_first_words_are_told_apart(mini: Explainer) -> None:
    long_name = "the very long name of a treaty that nobody ever says in full"
    explainer = glossary_of(
        mini,
        ("Belt and Road Initiative", []),
        ("Belt and Road", []),
        ("belt", []),
        (long_name, []),
    )
    glossary = glossary_abbreviations(explainer)
    found = abbreviations_for("The Belt and Road plan, and the Belt.", glossary)
    assert found == "*[Belt and Road]: Definition 1."
    found = abbreviations_for(f"Once {long_name}; then the very long name of a tree.", glossary)
    assert found == f"*[{long_name}]: Definition 3."
    assert abbreviations_for(f"Once {long_name[:-5]}.", glossary) == ""
