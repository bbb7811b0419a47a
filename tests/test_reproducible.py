# Reproducible output: the same data gives the same bytes; removed data removes its page.
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generators.loader import load_explainer
from generators.site_config import site_nav
from tests.conftest import DATA, MINI, ROOT


def build(data: Path, out: Path, hash_seed: str = "0") -> None:
    """`explainer build` in a fresh process; the hash seed varies set and dict-of-set order."""
    result = subprocess.run(
        [sys.executable, "-m", "generators", "build", "--data", str(data), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONHASHSEED": hash_seed},
        check=False,
    )
    assert result.returncode == 0, result.stderr


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("data", [MINI, DATA], ids=["mini", "real"])
def test_two_builds_are_byte_identical(data: Path, tmp_path: Path) -> None:
    build(data, tmp_path / "first", hash_seed="1")
    build(data, tmp_path / "second", hash_seed="2")
    first, second = tree(tmp_path / "first"), tree(tmp_path / "second")
    assert {Path(path).suffix for path in first} == {".md", ".json", ".csv"}
    assert list(first) == list(second)
    for path in first:
        assert first[path] == second[path], f"{path} differs between two builds"


def test_rebuilding_in_place_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(MINI, out)
    before = tree(out)
    build(MINI, out)
    assert tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def remove_person(data: Path, person: str) -> None:
    """Delete a person's record and the one reference to them (an event's actors)."""
    people = data / "people.yml"
    records = people.read_text(encoding="utf-8").split("\n- ")
    kept = [record for record in records if not record.startswith(f"id: {person}\n")]
    assert len(kept) == len(records) - 1
    people.write_text("\n- ".join(kept), encoding="utf-8")
    events = data / "events.yml"
    text = events.read_text(encoding="utf-8")
    assert f"actors: [ruiz, {person}]" in text
    events.write_text(text.replace(f"actors: [ruiz, {person}]", "actors: [ruiz]"), "utf-8")


def test_removing_a_person_removes_their_page_and_nav_entry(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    out = tmp_path / "out"
    build(data, out)
    assert (out / "people" / "ode.md").is_file()
    remove_person(data, "ode")
    build(data, out)
    assert not (out / "people" / "ode.md").exists()
    assert "people/ode.md" not in str(site_nav(load_explainer(data)))
    assert "people/ode.md" in str(site_nav(load_explainer(MINI)))
    for page in out.rglob("*.md"):
        assert "ode.md" not in page.read_text(encoding="utf-8"), page
