# `explainer scaffold` and `explainer new` on the command line: exit status, messages, files.
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generators import cli
from generators.cli import main
from generators.loader import DATA_FILES, load_explainer
from generators.scaffold.write import schema_reference
from tests.conftest import DATA, ROOT, TESTS

ARTICLE = TESTS / "fixtures" / "second" / "article.txt"
SEED = ROOT.parent / "shared" / "seed" / "article.md"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generators", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_scaffold_prints_the_review_list_and_next_steps(tmp_path: Path, capsys) -> None:
    out = tmp_path / "draft"
    assert main(["scaffold", str(ARTICLE), "--out", str(out), "--published", "2024-03-14"]) == 0
    printed = capsys.readouterr().out
    assert f"wrote a draft to {out}/ (10 people" in printed
    assert "items to review, each marked '# REVIEW:' in its file:" in printed
    assert "  quotes.yml it-is-a-beautiful-old: 'he' read as Peter Lindqvist" in printed
    assert f"explainer verify --data {out} {out}/source.txt" in printed
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted([*(f.filename for f in DATA_FILES), "source.txt"])


def test_scaffold_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("scaffold", str(ARTICLE), "--out", str(tmp_path), "--published", "2024-03-14")
    assert result.returncode == 2
    assert "is not empty (use --force" in result.stderr and "Traceback" not in result.stderr
    forced = run(
        "scaffold", str(ARTICLE), "--out", str(tmp_path), "--published", "2024-03-14", "--force"
    )
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--published", "2024-03-14"], "cannot read the article"),
        ([str(ARTICLE)], "no publication date: pass --published YYYY-MM-DD"),
        ([str(ARTICLE), "--published", "14/03/2024"], "is not a date in the form YYYY-MM-DD"),
    ],
)
def test_scaffold_wrong_usage_exits_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = run("scaffold", *args, "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_scaffold_without_paragraphs_is_a_data_problem(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Published: 2024-03-14\n", encoding="utf-8")
    result = run("scaffold", str(empty), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "no paragraphs found" in result.stderr


def test_scaffold_fails_loudly_if_its_own_draft_does_not_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = cli.scaffold

    def broken(text: str, published: object = None):  # a bug: a quote by nobody
        source, draft = real(text, published)
        draft.files["quotes"][0].data["speaker"] = "nobody"
        return source, draft

    monkeypatch.setattr(cli, "scaffold", broken)
    out = tmp_path / "out"
    assert main(["scaffold", str(ARTICLE), "--out", str(out), "--published", "2024-03-14"]) == 1
    err = capsys.readouterr().err
    assert "quotes[0].speaker: unknown person 'nobody'" in err
    assert "wrote a draft that does not validate: a bug" in err


def test_schema_comment_is_relative_inside_the_project(tmp_path: Path) -> None:
    assert schema_reference(ROOT / "tests" / "fixtures" / "x", "people") == (
        "../../../schemas/people.schema.json"
    )
    assert schema_reference(tmp_path, "people") == str(ROOT / "schemas" / "people.schema.json")


def test_new_starts_a_folder_that_checks_verifies_and_builds(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "my-story"
    assert main(["new", str(folder)]) == 0
    printed = capsys.readouterr().out
    assert f"created {folder}/ with 13 files" in printed
    assert f"explainer scaffold ARTICLE.txt --out {folder} --force" in printed
    assert main(["check", "--data", str(folder)]) == 0
    assert main(["verify", "--data", str(folder), str(folder / "source.txt")]) == 0
    assert main(["build", "--data", str(folder), "--out", str(tmp_path / "pages")]) == 0
    people = (folder / "people.yml").read_text(encoding="utf-8")
    assert people.startswith("# yaml-language-server: $schema=")
    assert "#   short_name: Ms. Ruiz" in people  # the commented example record
    assert load_explainer(folder).article.id == "my-story"


def test_new_explainer_builds_a_strict_site(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    assert main(["new", str(folder)]) == 0
    env = os.environ | {"EXPLAINER_DATA": str(folder), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "s")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_examples_in_new_files_are_valid_records(tmp_path: Path) -> None:
    """Uncommenting an example gives a record the model accepts (references aside)."""
    assert main(["new", str(tmp_path / "s")]) == 0
    for data_file in DATA_FILES:
        text = (tmp_path / "s" / data_file.filename).read_text(encoding="utf-8")
        block = text.split("#\n", 2)[1]
        example = "\n".join(line.removeprefix("# ") for line in block.splitlines())
        data = yaml.safe_load(example)
        record = data if not data_file.is_list else data[0]
        data_file.record.model_validate(record)


def test_new_refuses_an_existing_folder(tmp_path: Path) -> None:
    (tmp_path / "x.yml").write_text("", encoding="utf-8")
    result = run("new", str(tmp_path))
    assert result.returncode == 2
    assert "already exists and is not empty" in result.stderr


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not on this machine")
def test_seed_article_draft_finds_every_curated_quote_and_speaker(tmp_path: Path) -> None:
    out = tmp_path / "seed"
    assert main(["scaffold", str(SEED), "--out", str(out)]) == 0
    draft, curated = load_explainer(out), load_explainer(DATA)
    surname = {p.id: p.name.split()[-1] for p in (*draft.people, *curated.people)}
    drafted = {q.text: surname[q.speaker] for q in draft.quotes if q.speaker in surname}
    for quote in curated.quotes:
        assert quote.text in drafted, quote.id
        if curated.people[[p.id for p in curated.people].index(quote.speaker)].named:
            assert drafted[quote.text] == surname[quote.speaker], quote.id
    assert main(["verify", "--data", str(out), str(SEED)]) == 0


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not on this machine")
def test_benchmark_prints_the_score_table() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scaffold_score.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "| category | curated | drafted | matched | recall | precision |" in result.stdout
    for category in ("quotes with speaker", "people", "dates (from the text)", "figures"):
        assert f"| {category} |" in result.stdout


def test_next_steps_print_commands_that_run_as_printed(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "my story"
    assert main(["new", str(folder)]) == 0
    printed = capsys.readouterr().out
    check = next(line for line in printed.splitlines() if " check --data " in line)
    words = shlex.split(check.split(". ", 1)[1])
    assert Path(words[0]).is_file(), words[0]  # the venv's explainer, not a bare name
    assert words[1:] == ["check", "--data", str(folder)]
    result = subprocess.run(words, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_counts_say_one_in_the_singular() -> None:
    from generators.kinds import BY_NAME

    counted = [(1, "countries"), (1, "quotes"), (2, "people"), (1, "glossary"), (2, "relations")]
    assert [BY_NAME[kind].count(n) for n, kind in counted] == [
        "1 country",
        "1 quote",
        "2 people",
        "1 glossary term",
        "2 relations",
    ]


def test_scaffold_and_new_say_when_the_folder_is_a_file(tmp_path: Path, capsys) -> None:
    file = tmp_path / "notes.md"
    file.write_text("mine", encoding="utf-8")
    assert main(["scaffold", str(ARTICLE), "--out", str(file), "--published", "2024-03-14"]) == 2
    assert main(["new", str(file)]) == 2
    errors = capsys.readouterr().err
    assert errors.count(f"{file} is a file, not a folder") == 2
    assert file.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("command", "opening"), [("scaffold", "Draft a data folder"), ("new", "Start an explainer")]
)
def test_subcommand_help_has_a_description(command: str, opening: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert f"\n\n{opening}" in result.stdout  # a sentence after the usage lines
