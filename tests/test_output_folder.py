# `explainer build --out`: all or nothing, and never a folder the build did not write.
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generators.cli import main
from generators.output_folder import BUILD_MANIFEST, OutputFolderError, write_atomically
from generators.site import OutputFile
from tests.conftest import MINI, ROOT

FILES = [
    OutputFile("index.md", "# Home\n", "article.yml"),
    OutputFile("people/ana.md", "# Ana\n", "people.yml"),
    OutputFile("assets/charts/a.csv", b"a,b\r\n1,2\r\n", ""),
]


def tree(folder: Path) -> dict[str, bytes]:
    """Every entry under `folder` but the build's own record of what it wrote."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else b"<dir>"
        for path in sorted(folder.rglob("*"))
        if path.name != BUILD_MANIFEST
    }


def tree_of(files: list[OutputFile], folder: Path) -> dict[str, bytes]:
    """What `tree` reads from a folder that holds exactly `files`."""
    written = {
        file.path: file.content if isinstance(file.content, bytes) else file.content.encode()
        for file in files
    }
    folders = {parent.as_posix() for path in written for parent in Path(path).parents}
    return dict(sorted({**dict.fromkeys(folders - {"."}, b"<dir>"), **written}.items()))


def explainer(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generators", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        check=False,
    )


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
    assert (out / BUILD_MANIFEST).is_file()
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
    with pytest.raises(OutputFolderError) as caught:
        write_atomically(FILES, out)
    assert f"holds files `explainer build` did not write, such as {named}" in str(caught.value)
    assert tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["project"]


def test_a_file_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("mine\n")
    with pytest.raises(OutputFolderError, match="is a file, not a folder"):
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
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "holds files `explainer build` did not write, such as mkdocs.yml" in result.stderr
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


@pytest.mark.parametrize(
    "hand_written",
    [{"notes.md": "# My notes\n"}, {"table.csv": "a,b\n"}, {"config.json": "{}\n"}],
    ids=["md", "csv", "json"],
)
def test_hand_written_pages_and_data_are_never_replaced(
    tmp_path: Path, hand_written: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Files a build could have written, but did not: only a folder we wrote may be replaced."""
    out = tmp_path / "mine"
    out.mkdir()
    for name, content in hand_written.items():
        (out / name).write_text(content)
    before = tree(out)
    assert main(["build", "--data", str(MINI), "--out", str(out)]) == 2
    assert tree(out) == before
    name = next(iter(hand_written))
    assert f"holds files `explainer build` did not write, such as {name}" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mine"]


def test_a_file_added_to_an_earlier_build_is_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_atomically(FILES, out)
    (out / "people" / "my-notes.md").write_text("# kept\n")
    before = tree(out)
    with pytest.raises(OutputFolderError, match=r"such as people/my-notes\.md"):
        write_atomically(FILES, out)
    assert tree(out) == before


def test_an_empty_folder_is_written_into(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    write_atomically(FILES, tmp_path / "out")
    assert (tmp_path / "out" / "people" / "ana.md").read_text() == "# Ana\n"


KILL_AT_THE_SECOND_RENAME = """
import os, signal, sys
from pathlib import Path
from generators.output_folder import write_atomically
from generators.site import OutputFile
original = Path.rename
def rename(self, target):
    if Path(target).name == "out":  # the new tree about to take the old one's place
        os.kill(os.getpid(), signal.SIGKILL)
    return original(self, target)
Path.rename = rename
write_atomically([OutputFile("index.md", "# New\\n", "article.yml")], Path(sys.argv[1]))
"""


def test_a_build_killed_between_its_renames_is_recovered_by_the_next(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_atomically(FILES, out)
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AT_THE_SECOND_RENAME, str(out)],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert killed.returncode == -9
    assert not out.exists()
    assert len([path for path in tmp_path.iterdir() if path.name.startswith(".out-")]) == 2
    write_atomically(FILES, out)
    assert tree(out) == tree_of(FILES, out)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_a_hidden_folder_of_someone_else_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / ".out-0123456789ab").mkdir()
    (tmp_path / ".out-0123456789ab" / "mine.txt").write_text("mine\n")
    write_atomically(FILES, tmp_path / "out")
    assert (tmp_path / ".out-0123456789ab" / "mine.txt").read_text() == "mine\n"


def test_build_out_a_file_is_a_wrong_command_line(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# mine\n")
    result = explainer("build", "--data", str(MINI), "--out", str(readme), cwd=tmp_path)
    assert result.returncode == 2
    assert f"explainer: --out {readme}: is a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert readme.read_text() == "# mine\n"


def test_an_unwritable_output_folder_is_named_as_given(tmp_path: Path) -> None:
    result = explainer("build", "--data", str(MINI), "--out", "/proc/nope", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("explainer: /proc/nope: ")
    assert "/proc/." not in result.stderr and "Traceback" not in result.stderr
