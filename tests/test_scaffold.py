# The scaffold's extraction rules, one small invented text per rule.
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generators.scaffold import scaffold
from generators.scaffold.dates import find_dates
from generators.scaffold.emit import Record, data_file
from generators.scaffold.figures import find_figures
from generators.scaffold.people import find_people
from generators.scaffold.quotes import find_quotes
from generators.scaffold.source import numbered_text, parse_article
from generators.scaffold.text import quote_spans, sentence_bounds, slug

THURSDAY = dt.date(2024, 3, 14)


def body(*paragraphs: str) -> dict[str, str]:
    return {f"P{n}": text for n, text in enumerate(paragraphs, start=1)}


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) for every quote in the paragraphs."""
    texts = body(*paragraphs)
    people = find_people(texts)
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(texts, people)]


def person(name: str, *paragraphs: str, byline: str | None = None):
    people = find_people(body(*paragraphs), byline)
    return next(p for p in people.persons if p.name == name)


# --- reading the article -------------------------------------------------------------------


WIRE = """Harbor Town Opens Its New Library

By Jo March and Theo Laurence

[The new library on Pier Street, seen from the
water on Monday.]

PORTSMOUTH, N.H. — The new library opened on Monday
after three years of work.

“It is the best room in town,” said Ada Lovell, the head
librarian.

Jo March reported from Portsmouth. Amy Curtis contributed
research.
"""


def test_wire_text_is_split_into_numbered_paragraphs_and_metadata() -> None:
    source = parse_article(WIRE)
    assert source.headline == "Harbor Town Opens Its New Library"
    assert source.byline == "By Jo March and Theo Laurence"
    assert source.caption == "[The new library on Pier Street, seen from the water on Monday.]"
    assert source.paragraphs == [
        "PORTSMOUTH, N.H. — The new library opened on Monday after three years of work.",
        "“It is the best room in town,” said Ada Lovell, the head librarian.",
    ]
    assert source.credits == "Jo March reported from Portsmouth. Amy Curtis contributed research."
    assert source.dateline == "Portsmouth, N.H."


def test_numbered_text_is_read_as_numbered() -> None:
    text = (
        "Headline (as published): A Test\n"
        "Publication: The Test Post, 2024-03-14 (a Thursday), dateline Eastford.\n\n"
        "CAPTION: [A picture.]\n\nBYLINE: By Pat Writer\n\n"
        "P1: First paragraph.\n\nP2: Second one.\n\nCREDITS: Pat Writer reported.\n"
    )
    source = parse_article(text)
    assert (source.headline, source.publication, source.dateline) == (
        "A Test",
        "The Test Post",
        "Eastford",
    )
    assert source.published == THURSDAY
    assert source.paragraphs == ["First paragraph.", "Second one."]
    assert (source.caption, source.byline) == ("[A picture.]", "By Pat Writer")
    assert "P2: Second one." in numbered_text(source)


def test_metadata_lines_at_the_top_of_wire_text() -> None:
    source = parse_article("Published: 2024-03-14\nDateline: Eastford\n\nA paragraph.\n")
    assert (source.published, source.dateline, source.paragraphs) == (
        THURSDAY,
        "Eastford",
        ["A paragraph."],
    )


def test_quote_spans_curly_straight_and_left_open() -> None:
    text = 'She said “one,” then "two" and “three'
    assert [(s.text, s.open) for s in quote_spans(text)] == [
        ("one,", False),
        ("two", False),
        ("three", True),
    ]


def test_sentences_do_not_end_at_titles_initials_or_inside_quotes() -> None:
    text = "Mr. Ode met John Q. Public. “We came. We saw,” he said. Then he left."
    sentences = [text[a:b].strip() for a, b in sentence_bounds(text, quote_spans(text))]
    assert sentences == [
        "Mr. Ode met John Q. Public.",
        "“We came. We saw,” he said.",
        "Then he left.",
    ]


# --- quotes and speakers -------------------------------------------------------------------


def test_quote_then_name_then_said() -> None:
    text = "“The water is rising,” Mr. Ode said. Ben Ode is the harbor master."
    assert speakers(text) == [("The water is rising,", "Ben Ode")]


def test_said_then_name_with_a_title() -> None:
    text = "“We are ready,” said Ana Ruiz, a professor of hydrology at Eastford College."
    assert speakers(text) == [("We are ready,", "Ana Ruiz")]
    assert person("Ana Ruiz", text).role == "Professor of hydrology at Eastford College"


def test_name_said_that_quote() -> None:
    text = "Karl Weiss, the port director, said that the plan was “late but sound.”"
    assert speakers(text) == [("late but sound.", "Karl Weiss")]


def test_according_to_a_person() -> None:
    text = "The ferry was “the pride of the coast,” according to the town clerk, Rosa Vance."
    assert speakers(text) == [("the pride of the coast,", "Rosa Vance")]
    assert person("Rosa Vance", text).role == "Town clerk"


def test_he_said_points_back_to_the_last_named_person() -> None:
    first = "Ben Ode, the harbor master, met the ministers."
    second = "“Nobody will be left behind,” he said."
    assert speakers(first, second) == [("Nobody will be left behind,", "Ben Ode")]


def test_she_said_skips_a_man_named_in_between() -> None:
    text = (
        "Ms. Ruiz, the mayor, spoke after Mr. Ode. “We will pay our share,” she said. "
        "Ana Ruiz has led the town since 2019."
    )
    assert speakers(text) == [("We will pay our share,", "Ana Ruiz")]


def test_quote_continued_in_the_next_paragraph_keeps_its_speaker() -> None:
    first = "“We measured every plank,” Ms. Ruiz said. “Most of them were sound."
    second = "“The rest we will replace by hand.”"
    third = "Ana Ruiz is the town engineer."
    texts = body(first, second, third)
    quotes = find_quotes(texts, find_people(texts))
    assert [q.speaker.name for q in quotes] == ["Ana Ruiz"] * 3
    assert quotes[1].continues is quotes[0] and quotes[2].continues is quotes[1]
    assert quotes[1].span.open and quotes[2].review is None


def test_paragraph_of_quote_alone_continues_the_previous_speaker_for_review() -> None:
    first = "“I doubt it will hold,” said Tomas Berg, an engineer who built the dam."
    second = "“But I would be glad to be wrong.”"
    texts = body(first, second)
    quotes = find_quotes(texts, find_people(texts))
    assert quotes[1].speaker.name == "Tomas Berg" and quotes[1].continues is quotes[0]
    assert quotes[1].review is not None and "P1" in quotes[1].review


def test_told_names_the_addressee() -> None:
    text = "“You have my support,” Mr. Ode told Ms. Ruiz. Ben Ode and Ana Ruiz shook hands."
    texts = body(text)
    people = find_people(texts)
    quote = find_quotes(texts, people)[0]
    assert (quote.speaker.name, quote.addressee.name) == ("Ben Ode", "Ana Ruiz")


def test_possessive_demands_belong_to_the_possessor() -> None:
    text = "The board rejected Mr. Ode’s demands for “full compensation” on Friday. Ben Ode left."
    assert speakers(text) == [("full compensation", "Ben Ode")]


def test_unnamed_spokesman_becomes_an_unnamed_person() -> None:
    text = "“Talks continue” on the port, as a spokeswoman for the ministry put it."
    texts = body(text)
    people = find_people(texts)
    quote = find_quotes(texts, people)[0]
    assert quote.speaker.name == "Spokeswoman for the ministry" and not quote.speaker.named
    assert quote.review is not None


def test_unattributed_quote_is_guessed_and_marked_for_review() -> None:
    text = "Ana Ruiz called the deal a “bridge made of water” at the meeting. Ms. Ruiz left."
    texts = body(text)
    quote = find_quotes(texts, find_people(texts))[0]
    assert quote.speaker.name == "Ana Ruiz"
    plain = "The deal was a “bridge made of water” for the town."
    texts = body(plain)
    quote = find_quotes(texts, find_people(texts))[0]
    assert quote.review == "no speaker found" and not quote.speaker.named


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("We will start in May,", "sentence"),
        ("Is it over?", "sentence"),
        ("a bridge made of water.", "phrase"),
        ("Close coordination", "phrase"),
    ],
)
def test_quote_form(text: str, form: str) -> None:
    texts = body(f"“{text}” Ana Ruiz said.")
    assert find_quotes(texts, find_people(texts))[0].form == form


# --- people --------------------------------------------------------------------------------


def test_full_name_and_courtesy_title_are_one_person() -> None:
    texts = body(
        "President Lin Hao of Taiwan met the envoy.", "Mr. Lin said little.", "Lin Hao left."
    )
    people = find_people(texts).persons
    assert len(people) == 1
    lin = people[0]
    assert (lin.name, lin.short_name, lin.role) == ("Lin Hao", "Mr. Lin", "President of Taiwan")
    assert lin.paragraphs == ["P1", "P2", "P3"]
    assert lin.country() == "taiwan"


def test_professor_title_merges_with_the_full_name() -> None:
    texts = body("Prof. Nora Quist studies tides.", "Professor Quist said the tide was late.")
    people = find_people(texts).persons
    assert [(p.name, p.short_name, p.role) for p in people] == [
        ("Nora Quist", "Professor Quist", "Professor")
    ]


def test_role_from_apposition_gives_country_and_group() -> None:
    text = (
        "Mara Lind, the American assistant secretary of state for trade, arrived in Oslo on Monday."
    )
    lind = person("Mara Lind", text)
    assert lind.role == "American assistant secretary of state for trade"
    assert (lind.country(), lind.group()) == ("united-states", "official")


def test_places_organisations_and_calendar_words_are_not_people() -> None:
    texts = body(
        "The South China Sea and New Delhi came up at Cardiff University on Wednesday, "
        "said the Eastford Town Council."
    )
    assert find_people(texts).persons == []


def test_byline_and_credits_give_authors_and_contributors() -> None:
    texts = body("Nothing happened.")
    people = find_people(texts, "By Jo March and Theo Laurence", "Amy Curtis contributed research.")
    assert [(p.name, p.journalist) for p in people.persons] == [
        ("Jo March", "author"),
        ("Theo Laurence", "author"),
        ("Amy Curtis", "contributor"),
    ]


def test_surname_alone_in_wire_style() -> None:
    texts = body("Lena Park, a welder, joined the crew.", "“It is hard work,” Park said.")
    quote = find_quotes(texts, find_people(texts))[0]
    assert quote.speaker.name == "Lena Park" and quote.review is None


def test_wire_style_without_courtesy_titles() -> None:
    texts = body(
        '"This is a budget for everyone," Mayor Tom Reyes said after the vote.',
        'Council member Jane Ito disagreed. She called it "a shell game."',
        "According to Finance Director Sam Blake, the city has 450 employees.",
        '"We will see," Ito said. "We always do." Reyes left.',
    )
    people = find_people(texts)
    roles = {p.name: p.role for p in people.persons}
    assert roles == {
        "Tom Reyes": "Mayor",
        "Jane Ito": "Council member",
        "Sam Blake": "Finance Director",
    }
    quotes = find_quotes(texts, people)
    assert [q.speaker.name for q in quotes] == ["Tom Reyes", "Jane Ito", "Jane Ito", "Jane Ito"]


# --- dates ---------------------------------------------------------------------------------


def dates(text: str, published: dt.date = THURSDAY) -> list[tuple[str, str, bool]]:
    return [(d.phrase, d.date, d.inferred) for d in find_dates(body(text), published)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("They met on Tuesday.", "2024-03-12"),  # the Tuesday before a Thursday
        ("They met on Thursday.", "2024-03-14"),  # the publication day itself
        ("They met last Thursday.", "2024-03-07"),
        ("They will meet next Monday.", "2024-03-18"),
        ("They met yesterday.", "2024-03-13"),
        ("They met last week.", "2024-03"),  # month only: the day is not given
        ("They met this week.", "2024-03"),
        ("They will meet next month.", "2024-04"),
        ("They met last year.", "2023"),
        ("They will meet next year.", "2025"),
        ("They met in February.", "2024-02"),  # looking back: the latest February
        ("They met in July.", "2023-07"),
        ("They will meet in July.", "2024-07"),  # looking ahead: the next July
        ("They plan to meet in February.", "2025-02"),
        ("They will meet in February of next year.", "2025-02"),
        ("Comments are open until March 29.", "2024-03-29"),
        ("They met three days ago.", "2024-03-11"),
    ],
)
def test_relative_dates_are_resolved_and_inferred(text: str, date: str) -> None:
    [(_, found, inferred)] = dates(text)
    assert (found, inferred) == (date, True)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It opened on March 3, 2021.", "2021-03-03"),
        ("It opened on 3 March 2021.", "2021-03-03"),
        ("It opened in March 2021.", "2021-03"),
        ("It opened in 1887.", "1887"),
        ("They have met every year since 2013, he said.", "2013"),
    ],
)
def test_stated_dates(text: str, date: str) -> None:
    [(_, found, inferred)] = dates(text)
    assert (found, inferred) == (date, False)


def test_inferred_dates_say_how() -> None:
    [found] = find_dates(body("They met on Tuesday."), THURSDAY)
    assert found.note is not None
    assert '"Tuesday" in an article published on 2024-03-14 (Thursday)' in found.note


def test_words_that_are_not_dates() -> None:
    assert dates("May I ask? It has 2,300 seats and 100 today; the 1990s were hard.") == []


# --- figures -------------------------------------------------------------------------------


def figures(text: str) -> list[tuple[float, str, bool]]:
    return [(f.value, f.unit, f.approximate) for f in find_figures(body(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 70 percent of voters agreed.", [(70, "percent", True)]),
        ("Only 38% agreed.", [(38, "percent", False)]),
        ("It will cost about $4.2 million.", [(4_200_000, "usd", True)]),
        ("They paid €300 for it.", [(300, "eur", False)]),
        ("The call lasted about an hour and a half.", [(90, "minutes", True)]),
        ("The detour adds 25 minutes.", [(25, "minutes", False)]),
        ("Work will take 18 months.", [(18, "months", False)]),
        ("The 137-year-old bridge fell.", [(137, "years", False)]),
        ("They met for the 12th time.", [(12, "count", False)]),
        ("It carried 2,300 vehicles a day.", [(2300, "count", False)]),
    ],
)
def test_figures(text: str, expected: list[tuple[float, str, bool]]) -> None:
    assert figures(text) == expected


def test_money_in_a_bare_dollar_sign_and_counts_are_marked_for_review() -> None:
    money, count = find_figures(body("They raised $5 billion from 300 donors."))
    assert money.unit == "usd" and money.display is None
    assert money.review and "check the currency" in money.review and count.review
    (euros,) = find_figures(body("They raised €5 billion."))
    assert euros.unit == "eur" and euros.review is None


def test_dates_are_not_figures() -> None:
    texts = body("On March 3 they met for 2 hours in 2021.")
    taken = {"P1": [(d.start, d.end) for d in find_dates(texts, THURSDAY)]}
    assert [(f.value, f.unit) for f in find_figures(texts, taken)] == [(120, "minutes")]


# --- the draft as data ---------------------------------------------------------------------


def test_written_yaml_reads_back_as_written() -> None:
    tricky = Record(
        {
            "id": "tricky",
            "text": "“Yes: no,” — it’s #1 & 50% 'quoted'",
            "date": "2021-12",
            "number": 1.5,
            "flag": True,
            "sources": ["P1", "CAPTION"],
            "long": " ".join(["word"] * 40),
        },
        ["why this needs a look"],
    )
    text = data_file("../schemas/x.schema.json", ["A comment."], [tricky], single=False)
    assert text.startswith("# yaml-language-server: $schema=../schemas/x.schema.json\n")
    assert "# REVIEW: why this needs a look\n- id: tricky\n" in text
    assert "date: 2021-12\n" in text and "sources: [P1, CAPTION]\n" in text
    [loaded] = yaml.load(text, Loader=yaml.BaseLoader)
    assert loaded["text"] == "“Yes: no,” — it’s #1 & 50% 'quoted'"


def test_article_without_a_date_needs_one() -> None:
    with pytest.raises(ValueError, match="--published"):
        scaffold("A paragraph.\n")


def test_every_record_cites_a_paragraph_or_says_why_not() -> None:
    _, draft = scaffold(WIRE, dt.date(2024, 3, 14))
    for kind, records in draft.files.items():
        for record in records:
            assert record.data.get("sources") or record.data.get("background"), (kind, record)


def test_slug() -> None:
    assert slug("“Old friend,” he said — twice") == "old-friend-he-said-twice"
    assert slug("Renmin University’s School") == "renmin-universitys-school"
