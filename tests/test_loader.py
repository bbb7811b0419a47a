# Loading a data folder: every problem reported at once, located at file:line:col, with a hint.
from __future__ import annotations

from pathlib import Path

import pytest

from generators.loader import load
from generators.problems import DataError


def problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(data_dir)
    return [str(problem) for problem in caught.value.problems]


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_small_explainer_loads(mini_dir: Path) -> None:
    explainer = load(mini_dir).explainer
    assert [q.id for q in explainer.quotes][:2] == ["bridge-of-water", "start-in-may"]


def test_unknown_speaker_is_located_and_suggested(mini_dir: Path) -> None:
    quotes = mini_dir / "quotes.yml"
    replace(quotes, "speaker: ruiz", "speaker: ruis")
    line = line_of(quotes, "speaker: ruis")
    [message] = problems(mini_dir)
    assert message.endswith(
        f"quotes.yml:{line}:3: quotes[0].speaker: unknown person 'ruis' (did you mean 'ruiz'?)"
    )


def test_every_problem_is_reported_at_once(mini_dir: Path) -> None:
    replace(mini_dir / "quotes.yml", "speaker: ruiz", "speaker: nobody-at-all")
    replace(mini_dir / "events.yml", "topics: [old-quarrel]", "topics: [old-quarel]")
    replace(mini_dir / "people.yml", "group: other", "group: mayors")
    found = problems(mini_dir)
    assert any("people[0].group: group 'mayors' is not in the default groups" in p for p in found)
    assert len(found) == 3
    assert any("unknown person 'nobody-at-all' (add it to people.yml first)" in p for p in found)
    assert any("events[0].topics[0]: unknown topic 'old-quarel'" in p for p in found)


def test_unknown_field_suggests_the_right_one(mini_dir: Path) -> None:
    quotes = mini_dir / "quotes.yml"
    replace(quotes, "  speaker: ruiz", "  speeker: ruiz")
    line = line_of(quotes, "speeker")
    found = problems(mini_dir)
    expected = f"quotes.yml:{line}:3: quotes[0].speeker: unknown field 'speeker'"
    assert expected + " (did you mean 'speaker'?)" in "\n".join(found)
    assert any("quotes[0].speaker: missing required field 'speaker'" in p for p in found)


def test_duplicate_ids_name_the_first_line(mini_dir: Path) -> None:
    quotes = mini_dir / "quotes.yml"
    replace(quotes, "id: nobody-misses", "id: bridge-of-water")
    [message] = problems(mini_dir)
    assert "quotes[3].id: duplicate id 'bridge-of-water' (first used on line 2)" in message


def test_actor_ids_are_shared_across_kinds(mini_dir: Path) -> None:
    replace(mini_dir / "organisations.yml", "id: eastford-council", "id: eastford")
    replace(mini_dir / "people.yml", "affiliation: eastford-council", "affiliation: eastford")
    found = problems(mini_dir)
    assert any("id 'eastford' is already used in" in p for p in found)


def test_paragraph_beyond_the_article(mini_dir: Path) -> None:
    replace(mini_dir / "figures.yml", "sources: [P3]", "sources: [P9]")
    [message] = problems(mini_dir)
    assert "figures[0].sources[0]: paragraph 'P9' does not exist (the article has P1…P4" in message


def test_impossible_date(mini_dir: Path) -> None:
    replace(mini_dir / "events.yml", "date: 2024-05", "date: 2024-02-30")
    [message] = problems(mini_dir)
    assert "events[2].date: '2024-02-30' is not a day of the calendar" in message


def test_wrong_type(mini_dir: Path) -> None:
    replace(mini_dir / "figures.yml", "value: 60", "value: sixty")
    [message] = problems(mini_dir)
    assert "figures[0].value: expected a number, got str 'sixty'" in message


def test_yaml_syntax_error_is_located(mini_dir: Path) -> None:
    replace(mini_dir / "topics.yml", "name: The ferry", "name: [The ferry")
    [message] = problems(mini_dir)
    assert "topics.yml:" in message and "YAML syntax error" in message


def test_tab_indentation_gets_a_hint(mini_dir: Path) -> None:
    replace(mini_dir / "topics.yml", "  name: The ferry", "\tname: The ferry")
    [message] = problems(mini_dir)
    assert "indent with spaces, not tabs" in message


def test_duplicate_key(mini_dir: Path) -> None:
    replace(mini_dir / "topics.yml", "  name: The ferry", "  name: The ferry\n  name: Ferry")
    [message] = problems(mini_dir)
    assert "topics[0].name: duplicate key 'name' (first given on line 3)" in message


def test_missing_and_empty_files(mini_dir: Path) -> None:
    (mini_dir / "glossary.yml").unlink()
    (mini_dir / "relations.yml").write_text("# nothing yet\n", encoding="utf-8")
    found = problems(mini_dir)
    assert any("glossary.yml:1:1: file is missing (create " in p for p in found)
    assert any("relations.yml:1:1: file is empty" in p for p in found)


def test_not_utf8(mini_dir: Path) -> None:
    path = mini_dir / "topics.yml"
    path.write_bytes(path.read_bytes().replace(b"ferry", b"f\xe9rry", 1))
    [message] = problems(mini_dir)
    assert "byte 0xe9 is not UTF-8 (save the file as UTF-8)" in message


def test_alias_bomb_is_refused(mini_dir: Path) -> None:
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        prev = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        bomb.append(f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    (mini_dir / "glossary.yml").write_text("\n".join(bomb) + "\n", encoding="utf-8")
    [message] = problems(mini_dir)
    assert "too many values" in message
