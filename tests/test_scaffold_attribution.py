# Attribution as news prose writes it: one small invented text per rule.
from __future__ import annotations

import pytest

from generators.scaffold.people import find_people
from generators.scaffold.quotes import find_quotes


def attributed(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(quote text, speaker name, review note) for every quote in the paragraphs."""
    texts = {f"P{n}": text for n, text in enumerate(paragraphs, start=1)}
    people = find_people(texts)
    return [(q.text, q.speaker.name, q.review) for q in find_quotes(texts, people) if q.speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will build it,” said Prime Minister Ravi Anand.", "Ravi Anand"),
        ("“It flew,” said Harbour Trust Operations Manager Ada Quill.", "Ada Quill"),
        ("“We wait,” team member Noor Hadi told the press.", "Noor Hadi"),
        ("Governor of Eastshire Rowan Pike said, “The bridge stays.”", "Rowan Pike"),
        ("Tom Vale, undersecretary to the mayor, said “a table will be set”.", "Tom Vale"),
        ("According to the club’s coach, Ivo Kent, the robot scored “two points”.", "Ivo Kent"),
        ("“It is late,” the State Department said.", "State Department"),
        ("The Harbour Ministry notes, “Tides rise.”", "Harbour Ministry"),
        ("A leaked letter seen by the Tide Post says “claims may be withdrawn”.", "letter"),
        ("It is noted on the Harbour Website that “the pier closed”.", "Harbour Website"),
        ("“We are ready,” a police spokesperson said.", "police spokesperson"),
        ("“No one was hurt,” officials said.", "officials"),
        ("“No one was hurt,” said local police.", "local police"),
        ("“Prices will rise,” Reuters reported.", "Reuters"),
        ("The mayor, Tom Vale, called it “a tragedy”.", "Tom Vale"),
    ],
)
def test_speaker(text: str, speaker: str) -> None:
    found = attributed(text)
    assert len(found) == 1
    assert speaker.lower() in found[0][1].lower(), found


def test_a_title_word_never_gets_the_quote() -> None:
    found = attributed("“We will build it,” said Prime Minister Ravi Anand.")
    assert found[0][1] == "Ravi Anand"
    assert found[0][2] is None


def test_a_possessive_statement_belongs_to_its_owner() -> None:
    found = attributed(
        "Senator Lena Brook issued a statement.",
        "Brook’s statement added, “The pier must stay, without a doubt.”",
    )
    assert found[0][1] == "Lena Brook"


def test_a_new_subject_between_quotes_takes_the_next_quote() -> None:
    found = attributed(
        "“We thank everyone,” said Mayor Ada Quill.",
        "Not all agreed. Senator Lena Brook issued a statement. “I am disappointed.”",
    )
    assert [speaker for _, speaker, _ in found] == ["Ada Quill", "Lena Brook"]
    assert found[1][2]  # guessed: marked for review


def test_a_quote_after_a_colon_keeps_the_sentences_speaker() -> None:
    found = attributed(
        "Mayor Ada Quill defended the plan, promising a “formal update” from Lena Brook soon: "
        "“We are working as quickly as possible.”"
    )
    assert [speaker for _, speaker, _ in found] == ["Ada Quill", "Ada Quill"]


def test_they_points_back_to_the_last_unnamed_speakers() -> None:
    found = attributed(
        "The survey’s authors say the tide is “the quiet problem”.",
        "They urge “swift work on the pier.”",
    )
    assert [speaker for _, speaker, _ in found] == ["Survey’s authors", "Survey’s authors"]
    assert all(review for _, _, review in found)


def test_the_city_is_the_municipality_named_before() -> None:
    found = attributed(
        "The request came from the Municipality of Eastford.",
        "The city argued, “the users pay a fee”.",
    )
    assert found[0][1] == "Municipality of Eastford"


def test_names_and_terms_in_quote_marks_are_not_quotes() -> None:
    found = attributed(
        "The team named their robot “Tidebot.” They listed their town as “Home” on shirts."
    )
    assert found == []


def test_a_quote_with_a_guessed_speaker_is_marked_for_review() -> None:
    found = attributed("Officials will scrap the step to “streamline” the process.")
    assert found[0][1] == "Officials"
    assert found[0][2]


def test_the_company_is_the_company_named_before() -> None:
    found = attributed(
        "Tidewater Corporation said it would rebuild. “We will be back,” the company said."
    )
    assert found[0][1] == "Tidewater Corporation"
    assert found[0][2]


def test_the_minister_is_the_one_minister_named() -> None:
    found = attributed(
        "Environment Minister Lena Brook visited the site.",
        "“We will rebuild,” the minister said.",
    )
    assert found[0][1] == "Lena Brook"
    assert found[0][2]
