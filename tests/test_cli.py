# The `explainer` command line: each command, its exit status and its messages.
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generators.cli import main
from generators.output_folder import BUILD_MANIFEST
from tests.conftest import MINI, ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generators", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--data", str(MINI)]) == 0
    assert "OK (3 people, 2 countries" in capsys.readouterr().out


def test_check_reports_problems_without_traceback(mini_dir: Path) -> None:
    quotes = mini_dir / "quotes.yml"
    quotes.write_text(quotes.read_text().replace("speaker: ruiz", "speaker: putn"), "utf-8")
    result = run("check", "--data", str(mini_dir))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "quotes[0].speaker: unknown person 'putn'" in result.stderr
    assert result.stderr.strip().endswith("problems found; nothing was written.")


def test_data_folder_from_environment(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("EXPLAINER_DATA", str(MINI))
    assert main(["check"]) == 0
    assert str(MINI) in capsys.readouterr().out


def test_data_folder_from_the_plugin_in_mkdocs_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a repository whose mkdocs.yml names the data folder, the commands check that one."""
    import shutil

    shutil.copytree(MINI, tmp_path / "stories" / "ferry")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - search\n  - explainer:\n      data: stories/ferry\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EXPLAINER_DATA", str(tmp_path / "elsewhere"))  # MkDocs would not read it
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("stories/ferry: OK (3 people")


def test_missing_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--data", str(tmp_path / "nope")]) == 1
    assert "data folder does not exist" in capsys.readouterr().err


def test_wrong_usage_exits_2() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert run("verify").returncode == 2


def test_build_writes_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "--data", str(MINI), "--out", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    written.remove(BUILD_MANIFEST)  # the build's record of what it wrote, not a page
    assert "index.md" in written and "people/ruiz.md" in written and "topics/ferry.md" in written
    assert "assets/charts/timeline.json" in written and "assets/charts/timeline.csv" in written
    assert f"wrote {len(written)} files" in capsys.readouterr().out


def test_failed_build_leaves_output_untouched(mini_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", "--data", str(MINI), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (mini_dir / "topics.yml").write_text("- id: [broken\n", "utf-8")
    assert main(["build", "--data", str(mini_dir), "--out", str(out)]) == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out-")]


def test_unwritable_output_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generators",
            "build",
            "--data",
            str(MINI),
            "--out",
            str(blocker / "site"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"explainer: {blocker}")
    assert "nothing was changed" in result.stderr and "Traceback" not in result.stderr
    assert blocker.read_text() == "not a folder"


def test_export_is_one_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--data", str(MINI)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document)[:3] == ["article", "people", "countries"]
    assert document["article"][0]["published"] == "2024-03-11"
    quote = document["quotes"][0]
    assert quote["text"] == "a bridge made of water." and quote["speaker"] == "ruiz"
    assert {e["date"] for e in document["events"]} == {"1998", "2024-03-11", "2024-05"}
    figure = document["figures"][0]
    assert (figure["value"], figure["unit"], figure["label"]) == (60, "percent", figure["label"])
    assert all("sources" in record for kind in document.values() for record in kind)


def test_schema_writes_one_file_per_data_file(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    quotes = json.loads((tmp_path / "quotes.schema.json").read_text())
    assert quotes["type"] == "array"
    assert quotes["items"]["additionalProperties"] is False
    assert "speaker" in quotes["items"]["required"]
    assert len(list(tmp_path.glob("*.schema.json"))) == 12


def test_committed_schemas_are_current(tmp_path: Path) -> None:
    main(["schema", "--out", str(tmp_path)])
    for fresh in tmp_path.iterdir():
        committed = ROOT / "schemas" / fresh.name
        assert committed.read_text() == fresh.read_text(), f"run `make schema` ({fresh.name})"


def test_every_data_file_names_its_schema() -> None:
    for folder in (ROOT / "data", MINI):
        for data_file in folder.glob("*.yml"):
            first = data_file.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema=")
            schema = (data_file.parent / first.split("=", 1)[1]).resolve()
            assert schema == (ROOT / "schemas" / f"{data_file.stem}.schema.json").resolve()


def test_verify_passes_on_the_test_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--data", str(MINI), str(MINI / "source.txt")]) == 0
    assert "all 4 quotes found verbatim" in capsys.readouterr().out


def test_verify_reports_a_changed_quote(mini_dir: Path, capsys) -> None:
    quotes = mini_dir / "quotes.yml"
    quotes.write_text(quotes.read_text().replace("already painted", "already  painted"), "utf-8")
    assert main(["verify", "--data", str(mini_dir), str(MINI / "source.txt")]) == 1
    err = capsys.readouterr().err
    assert "quotes[2].text: not found verbatim in P2 (it differs at character 23" in err


def test_verify_reports_a_wrong_paragraph(mini_dir: Path, capsys) -> None:
    quotes = mini_dir / "quotes.yml"
    text = quotes.read_text().replace("  sources: [P4]", "  sources: [P3]")
    quotes.write_text(text, "utf-8")
    assert main(["verify", "--data", str(mini_dir), str(MINI / "source.txt")]) == 1
    assert "it appears in P4: fix `sources`" in capsys.readouterr().err


def test_verify_straight_quotes_do_not_pass(mini_dir: Path, capsys) -> None:
    source = mini_dir / "straight.txt"
    source.write_text((MINI / "source.txt").read_text().replace("’", "'"), "utf-8")
    quotes = mini_dir / "quotes.yml"
    quotes.write_text(quotes.read_text() + QUOTE_WITH_APOSTROPHE, "utf-8")
    assert main(["verify", "--data", str(mini_dir), str(source)]) == 1
    assert "quotes[4].text: not found verbatim in P3" in capsys.readouterr().err


QUOTE_WITH_APOSTROPHE = """- id: westbank-mayor
  text: Westbank’s mayor
  speaker: ode
  channel: interview
  form: phrase
  about: A test of apostrophes.
  sources: [P3]
"""


def test_verify_unreadable_source(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["verify", "--data", str(MINI), str(tmp_path / "missing.txt")]) == 2
    assert "cannot read source text" in capsys.readouterr().err
