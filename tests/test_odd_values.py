# Odd or hostile values that used to pass `check` and then broke or misled the site (issue 12).
"""Each case edits the mini fixture the way a tester did and expects one located message
instead of a silent replacement, a traceback, a hang or an unbounded site."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from generators.escaping import escape
from generators.loader import load
from generators.problems import DataError
from generators.verify import verify_quotes
from tests.conftest import MINI


def problems_after(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    """Every problem `check` reports once `old` becomes `new` in one file of the mini data."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    try:
        load(data)
    except DataError as error:
        return [str(problem).split(str(data) + "/")[-1] for problem in error.problems]
    return []


def one(problems: list[str], pattern: str) -> str:
    matching = [p for p in problems if re.search(pattern, p)]
    assert len(matching) == 1, problems
    return matching[0]


# 3: ids that replace a page of the site
@pytest.mark.parametrize(
    ("file", "old"), [("people.yml", "- id: ruiz"), ("topics.yml", "- id: ferry")]
)
def test_an_id_that_names_an_index_page_is_refused(tmp_path: Path, file: str, old: str) -> None:
    problems = problems_after(tmp_path, file, old, "- id: index")
    message = one(problems, r"id 'index' is taken by a page of the site")
    assert re.match(rf"{file}:\d+:\d+: ", message)


# 5: ids longer than a file name can be
@pytest.mark.parametrize("length", [65, 253, 300])
def test_long_ids_are_refused_before_the_build(tmp_path: Path, length: int) -> None:
    problems = problems_after(tmp_path, "topics.yml", "- id: ferry", "- id: " + "a" * length)
    one(problems, rf"topics\.yml:2:\d+: topics\[0\]\.id: id is {length} characters long")


# 6: text a reader cannot see
@pytest.mark.parametrize("blank", ["   ", "\u00a0", "\u200b", "\u3164", "\u200b \u3164"])
def test_names_with_nothing_visible_are_refused(tmp_path: Path, blank: str) -> None:
    problems = problems_after(tmp_path, "people.yml", "name: Ana Ruiz", f'name: "{blank}"')
    one(problems, r"people\.yml:3:\d+: people\[0\]\.name: .*no visible characters")


def test_a_background_note_of_spaces_is_refused(tmp_path: Path) -> None:
    problems = problems_after(
        tmp_path, "topics.yml", "  sources: [P4]", '  sources: [P4]\n  background: "   "'
    )
    one(problems, r"topics\[1\]\.background: .*no visible characters")


# 7: text that sets its own direction is isolated
def test_right_to_left_text_is_isolated_from_the_text_around_it() -> None:
    assert escape("Ana \u202eRuiz") == "<bdi>Ana \u202eRuiz</bdi>"
    assert escape("שלום") == "<bdi>שלום</bdi>"
    assert escape("Ana Ruiz") == "Ana Ruiz"


# 8: years the calendar code cannot hold
@pytest.mark.parametrize("year", ["'0998'", "'0000'", "'0001-01-01'"])
def test_years_before_1000_are_refused(tmp_path: Path, year: str) -> None:
    problems = problems_after(tmp_path, "events.yml", "date: 1998", f"date: {year}")
    one(problems, r"events\[0\]\.date: .* is not a date \(.*the year 1000–9999")


# 9: paragraph counts no article has
@pytest.mark.parametrize("count", ["1000000", "100000000"])
def test_paragraph_counts_are_bounded(tmp_path: Path, count: str) -> None:
    problems = problems_after(tmp_path, "article.yml", "paragraphs: 4", f"paragraphs: {count}")
    one(problems, r"article\.paragraphs: \d+ is over the limit of 1000")


# 10: numbers a reader cannot mean, and what YAML read them as
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (".inf", r"YAML reads '\.inf' as the number inf"),
        ("-.inf", r"YAML reads '-\.inf' as the number -inf"),
        (".nan", r"YAML reads '\.nan' as the number nan"),
        ("1.0e+400", r"inf is not a number a reader can read"),
        ("1e400", r"expected a number, got str '1e400' \(YAML read it as text"),
        ("1e3", r"expected a number, got str '1e3'"),
        ("0x10", r"YAML reads '0x10' as the number 16, .*\(write 16 if that is the number"),
        ("60:00", r"YAML reads '60:00' as the number 3600"),
        ("010", r"YAML reads '010' as the number 8"),
        ("2.0e+15", r"larger than 1e\+15"),
    ],
)
def test_odd_figure_values_are_refused(tmp_path: Path, written: str, expected: str) -> None:
    problems = problems_after(tmp_path, "figures.yml", "value: 60", f"value: {written}")
    one(problems, r"figures\.yml:4:\d+: figures\[0\]\.value: .*" + expected)


def test_a_publication_date_written_as_a_number_is_refused(tmp_path: Path) -> None:
    problems = problems_after(tmp_path, "article.yml", "published: 2024-03-11", "published: 86400")
    one(problems, r"article\.published: .*got int 86400 \(YAML read it as a number\)")


# 11: text fields stay proportionate
def test_a_name_of_four_megabytes_is_refused(tmp_path: Path) -> None:
    problems = problems_after(tmp_path, "people.yml", "name: Ana Ruiz", "name: " + "A" * 4_000_000)
    one(problems, r"people\[0\]\.name: text is 4,000,000 characters long, over the limit of 200")


# 12: only regular files are read
def test_a_folder_where_a_data_file_belongs_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    (data / "people.yml").unlink()
    (data / "people.yml").mkdir()
    with pytest.raises(DataError) as error:
        load(data)
    assert "people.yml:1:1: is a folder, not a file" in error.value.report()


def test_a_pipe_is_refused_without_opening_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    (data / "glossary.yml").unlink()
    os.mkfifo(data / "glossary.yml")  # opening it would wait for a writer forever
    with pytest.raises(DataError) as error:
        load(data)
    assert "glossary.yml:1:1: is not a regular file" in error.value.report()


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null"])
def test_a_link_to_a_device_is_refused(tmp_path: Path, target: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    (data / "glossary.yml").unlink()
    (data / "glossary.yml").symlink_to(target)
    with pytest.raises(DataError) as error:
        load(data)
    assert "glossary.yml:1:1: is not a regular file" in error.value.report()


def test_a_link_out_of_the_data_folder_is_refused_and_one_inside_is_followed(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    outside = tmp_path / "elsewhere.yml"
    shutil.move(data / "glossary.yml", outside)
    (data / "glossary.yml").symlink_to(outside)
    with pytest.raises(DataError) as error:
        load(data)
    assert "glossary.yml:1:1: is a link to a file outside the data folder" in error.value.report()
    shutil.move(outside, data / "terms.yml")
    (data / "glossary.yml").unlink()
    (data / "glossary.yml").symlink_to(data / "terms.yml")
    assert load(data).explainer.glossary


# 16: every problem at once
def test_references_are_checked_even_when_other_records_fail(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    events = data / "events.yml"
    events.write_text(events.read_text().replace("date: 1998", "date: 19988"), encoding="utf-8")
    quotes = data / "quotes.yml"
    text = quotes.read_text()
    quotes.write_text(text.replace("speaker: ruiz", "speaker: ruizz", 1), encoding="utf-8")
    with pytest.raises(DataError) as error:
        load(data)
    report = error.value.report()
    assert "events[0].date: '19988' is not a date" in report
    assert "unknown person 'ruizz' (did you mean 'ruiz'?)" in report


def test_a_failing_record_is_not_reported_again_as_unknown(tmp_path: Path) -> None:
    """A person with a bad group is one problem, not one more per quote that names them."""
    problems = problems_after(tmp_path, "people.yml", "group: other", "group: mayors")
    assert len(problems) == 1, problems


def test_duplicate_takeaway_ids_are_refused(tmp_path: Path) -> None:
    problems = problems_after(tmp_path, "article.yml", "id: first-sailing", "id: joint-ferry")
    one(problems, r"article\.watch\[0\]\.id: duplicate id 'joint-ferry' \(first used on line")


def test_a_curly_quote_closing_a_straight_one_is_reported_where_it_opens(tmp_path: Path) -> None:
    problems = problems_after(tmp_path, "topics.yml", "name: The ferry", 'name: "The old ferry,”')
    one(problems, r"topics\.yml:3:9: this text opens with a straight quote .* curly quote")


# 17
def test_a_large_file_of_plain_records_is_not_taken_for_an_alias_bomb(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    terms = "".join(
        f"- id: term-{n}\n  term: Term {n}\n  definition: A word.\n  sources: [P1]\n"
        for n in range(50_000)
    )
    (data / "glossary.yml").write_text(terms, encoding="utf-8")
    assert len(load(data).explainer.glossary) == 50_000


def test_a_quote_in_another_unicode_normal_form_gets_a_hint(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    loaded = load(data)
    quote = loaded.explainer.quotes[0]
    nfd = "".join(c + "\u0301" if c == "e" else c for c in quote.text)
    paragraphs = {p: nfd.replace("e\u0301", "\u00e9") for p in quote.sources}
    quote_with_accents = quote.model_copy(update={"text": nfd})
    loaded.explainer.quotes[0] = quote_with_accents
    problems = verify_quotes(loaded, paragraphs)
    assert problems and "encoded differently (Unicode NFD versus NFC" in str(problems[0])


# From issue 17's new-user path
def test_a_data_file_under_a_similar_name_is_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    (data / "events.yml").rename(data / "events.yaml")
    with pytest.raises(DataError) as error:
        load(data)
    assert "file is missing (rename events.yaml to events.yml" in error.value.report()


def test_a_file_given_as_the_data_folder_is_called_a_file(tmp_path: Path) -> None:
    file = tmp_path / "README.md"
    file.write_text("# not data\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        load(file)
    assert "is a file, not a data folder" in error.value.report()


def test_a_chart_of_background_facts_only_names_its_sourcing() -> None:
    from generators.charts.base import Chart, Table
    from generators.loader import load_explainer
    from generators.pages.base import Links, chart_block

    chart = Chart(
        id="figures",
        title="A chart",
        description="Of background facts.",
        plot={"data": [], "layout": {}},
        table=Table(("a",), (("x",),)),
        sources=(),
        height=300,
    )
    block = chart_block(chart, Links(load_explainer(MINI)))
    assert "Sources: \n" not in block and "Sources: <" not in block
    assert "From facts outside the article ([background](sources.md#background))." in block
