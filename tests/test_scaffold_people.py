# People as news prose names them: roles before and after a name, merged across mentions.
from __future__ import annotations

import pytest

from generators.scaffold.people import find_people


def names_and_roles(*paragraphs: str) -> dict[str, str | None]:
    texts = {f"P{n}": text for n, text in enumerate(paragraphs, start=1)}
    return {p.name: p.role for p in find_people(texts).persons if p.named}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Harbour Trust Operations Manager Ada Quill said the pier was shut.", "Ada Quill", None),
        ("Governor of Eastshire Rowan Pike said no.", "Rowan Pike", "Governor of Eastshire"),
        ("Minister of Fisheries Lena Brook said it would pass.", "Lena Brook", "Minister of"),
        ("The CEO of the Tide Council Omar Reyes told reporters so.", "Omar Reyes", "CEO"),
        ("Critics like harbour barrister Nell Grant, who sued, agreed.", "Nell Grant", "barrister"),
        ("Tom Vale, undersecretary to the mayor, said nothing.", "Tom Vale", "Undersecretary"),
        ("Deputy Chair of the Pier Board, Ivo Kent, said so.", "Ivo Kent", "Deputy Chair"),
        ("The park was set up by Dean Morrow to teach sailing.", "Dean Morrow", None),
        ("Results appeared in a paper by KT Orrin in 1990.", "KT Orrin", None),
        ("The tax came in under the Varga government.", "Varga", "government"),
    ],
)
def test_names_after_roles_and_before_appositions(text: str, name: str, role: str | None) -> None:
    found = names_and_roles(text)
    assert name in found, found
    if role:
        assert role.lower() in (found[name] or "").lower()


def test_a_title_word_is_never_a_person() -> None:
    found = names_and_roles(
        "Harbour Trust Operations Manager Ada Quill said the pier was shut.",
        "“It was a hard call,” said Operations Manager Quill.",
    )
    assert list(found) == ["Ada Quill"]


def test_a_person_named_only_in_passing_is_found_by_who_or_a_pronoun() -> None:
    found = names_and_roles(
        "In May, Colm Reddy was forced to resign after he lost the files.",
        "They were found at the flat of his friend Mina Vos who lived nearby.",
    )
    assert {"Colm Reddy", "Mina Vos"} <= set(found)


def test_a_different_office_with_the_same_surname_is_another_person() -> None:
    texts = {"P1": "Rep. Ann Hale wrote the bill.", "P2": "Senator Hale stayed away."}
    people = [p for p in find_people(texts).persons if p.named]
    assert sorted(p.name for p in people) == ["Ann Hale", "Hale"]


def test_a_surname_spelt_differently_joins_the_full_name_for_review() -> None:
    texts = {"P1": "Mara Lindqvist, a spokeswoman, said so.", "P2": "Ms Lindquist said more."}
    people = [p for p in find_people(texts).persons if p.named]
    assert [p.name for p in people] == ["Mara Lindqvist"]
    assert any("spelt differently" in note for note in people[0].notes)


def test_things_named_like_people_are_not_people() -> None:
    found = names_and_roles(
        "Riders added into the bill included tax breaks.",
        "The Harbour Repair and Dredging Act passed under the Conservative government.",
        "The Director of the National Tide Survey study spoke.",
    )
    assert found == {}


def test_a_common_given_name_makes_a_run_a_person() -> None:
    found = names_and_roles(
        "It coincided with the day Yuri Lanz lifted off into space.",
        "Goalkeeper Daniel Moss made six saves; Grace Church hosted the parade.",
    )
    assert found == {"Yuri Lanz": None, "Daniel Moss": "Goalkeeper"}


def test_every_name_in_a_list_with_a_person_is_a_person() -> None:
    found = names_and_roles("Tries came from Dan Whitcombe, Obi Larkin and Kofi Mensa.")
    assert {"Dan Whitcombe", "Obi Larkin", "Kofi Mensa"} <= set(found)
    assert names_and_roles("Ships sailed to Port Elda, Cape Morrow and Kessin Bay.") == {}
