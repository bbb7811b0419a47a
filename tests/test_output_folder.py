# `explainer build --out`: all or nothing, and never a folder the build did not write.
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generators.problems import DataError
from generators.site import OutputFile, write_atomically
from tests.conftest import MINI, ROOT

FILES = [
    OutputFile("index.md", "# Home\n", "article.yml"),
    OutputFile("people/ana.md", "# Ana\n", "people.yml"),
    OutputFile("assets/charts/a.csv", b"a,b\r\n1,2\r\n", ""),
]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else b"<dir>"
        for path in sorted(folder.rglob("*"))
    }


def test_the_output_folder_gets_the_usual_permissions(tmp_path: Path) -> None:
    write_atomically(FILES, tmp_path / "out")
    (tmp_path / "plain").mkdir()
    mode = (tmp_path / "plain").stat().st_mode
    assert (tmp_path / "out").stat().st_mode == mode  # not mkdtemp's 0700
    assert (tmp_path / "out" / "people").stat().st_mode == mode


def test_a_new_build_replaces_the_old_one_entirely(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_atomically([*FILES, OutputFile("people/gone.md", "# Gone\n", "people.yml")], out)
    write_atomically(FILES, out)
    assert set(tree(out)) == {
        "index.md",
        "people",
        "people/ana.md",
        "assets",
        "assets/charts",
        "assets/charts/a.csv",
    }
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize(
    ("present", "named"),
    [
        ({"mkdocs.yml": "site_name: x\n"}, "mkdocs.yml"),
        ({".git/HEAD": "ref: refs/heads/main\n"}, ".git"),
        ({"docs/notes.txt": "mine\n"}, "docs/notes.txt"),
        ({"index.md": "# mine\n", "data/people.yml": "- id: x\n"}, "data/people.yml"),
    ],
)
def test_a_folder_with_other_files_is_never_replaced(
    tmp_path: Path, present: dict[str, str], named: str
) -> None:
    out = tmp_path / "project"
    for name, content in present.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(content)
    before = tree(out)
    with pytest.raises(DataError) as caught:
        write_atomically(FILES, out)
    assert f"holds files a build does not write, such as {named}" in caught.value.report()
    assert tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["project"]


def test_a_file_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("mine\n")
    with pytest.raises(DataError, match="is a file, not a folder"):
        write_atomically(FILES, tmp_path / "out")
    assert (tmp_path / "out").read_text() == "mine\n"


def test_build_into_the_project_itself_is_refused(tmp_path: Path) -> None:
    """`explainer build --out .` in a project must not swap the project for the output."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "mkdocs.yml").write_text("site_name: x\n")
    result = subprocess.run(
        [sys.executable, "-m", "generators", "build", "--data", str(MINI), "--out", "."],
        capture_output=True,
        text=True,
        cwd=project,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "holds files a build does not write, such as mkdocs.yml" in result.stderr
    assert sorted(path.name for path in project.iterdir()) == ["mkdocs.yml"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["project"]


def test_a_failed_write_leaves_the_old_output(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    write_atomically(FILES, out)
    before = tree(out)
    original = Path.write_text

    def fail_on_people(self: Path, *args, **kwargs):
        if self.name == "ana.md":
            raise OSError(28, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", fail_on_people)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(FILES, out)
    assert tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_a_failed_swap_puts_the_old_output_back(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    write_atomically(FILES, out)
    before = tree(out)
    original = Path.rename

    def fail_on_swap_in(self: Path, target):
        if (
            Path(target) == out.resolve()
            and self.name.startswith(".out-")
            and "-old-" not in self.name
        ):
            raise OSError(16, "Device or resource busy")
        return original(self, target)

    monkeypatch.setattr(Path, "rename", fail_on_swap_in)
    with pytest.raises(OSError, match="busy"):
        write_atomically(FILES, out)
    assert tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]
