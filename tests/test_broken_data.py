# The broken-data corpus: every case fails `check`, `build` and `mkdocs build` the same way.
"""Each folder of tests/corpus/broken/ is one case: the mini fixture with some files replaced.

A case folder holds the data files that differ from tests/fixtures/mini, plus:

- `expected.txt`: exactly what `explainer check` prints on stderr, with the data folder's
  path removed from the front of each file name;
- `delete.txt` (optional): data files to remove, one a line;
- `inflate.txt` (optional): `FILE BYTES` lines; FILE is padded with comment lines to BYTES
  (so megabytes need not be committed).

Every case must exit 1 with exactly its expected lines and no traceback, leave a previous
`explainer build` output byte for byte as it was, and fail a strict MkDocs build with the same
lines, leaving the previous site as it was. The commands run in this process (`cli.main`,
MkDocs' own build); one case per command also runs in a new process, as a user runs it.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

from generators import cli
from generators.loader import load_explainer
from generators.yamlsource import MAX_FILE_BYTES
from tests.conftest import MINI, ROOT, TESTS

CORPUS = TESTS / "corpus" / "broken"
CASES = sorted(case.name for case in CORPUS.iterdir() if case.is_dir())
INSTRUCTIONS = {"expected.txt", "delete.txt", "inflate.txt"}


def make_case(case: str, target: Path) -> Path:
    """Write the data folder of `case` at `target`: mini, then the case's files over it."""
    folder = CORPUS / case
    shutil.copytree(MINI, target)
    for file in folder.iterdir():
        if file.name not in INSTRUCTIONS:
            shutil.copyfile(file, target / file.name)
    for name in _lines(folder / "delete.txt"):
        (target / name).unlink()
    for line in _lines(folder / "inflate.txt"):
        name, size = line.split()
        _inflate(target / name, int(size))
    return target


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _inflate(path: Path, size: int) -> None:
    """Pad a YAML file with comment lines to exactly `size` bytes."""
    content = path.read_bytes()
    line = b"# " + b"padding " * 12 + b"\n"
    lines, rest = divmod(size - len(content), len(line))
    tail = b"#" * (rest - 1) + b"\n" if rest else b""
    path.write_bytes(content + line * lines + tail)
    assert path.stat().st_size == size


def expected(case: str) -> str:
    return (CORPUS / case / "expected.txt").read_text(encoding="utf-8")


@dataclass
class Outcome:
    """How a command ended: its exit status and what it printed."""

    code: int
    stdout: str
    stderr: str


def explainer(*args: str) -> Outcome:
    """`explainer ARGS` in this process (a tenth of the time of a new one), output captured."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = cli.main(list(args))
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code if isinstance(stop.code, int) else 1
    return Outcome(code, stdout.getvalue(), stderr.getvalue())


def mkdocs_build(data: Path, site: Path) -> None:
    """`mkdocs build --strict` of the project's site from `data`, in this process."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXPLAINER_DATA", str(data))
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """A command in a new process, to see what a user sees: the exit status and no traceback."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | (env or {}) | {"NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )


def normalise(output: str, data_dir: Path) -> str:
    return output.replace(f"{data_dir}{os.sep}", "")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file and folder under `folder`, with the bytes of each file."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else b"<dir>"
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output of a successful `explainer build` of the mini fixture."""
    out = tmp_path_factory.mktemp("good-build") / "out"
    result = explainer("build", "--data", str(MINI), "--out", str(out))
    assert result.code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def good_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A strict MkDocs site of the mini fixture."""
    site = tmp_path_factory.mktemp("good-site") / "site"
    mkdocs_build(MINI, site)
    return site


def test_the_corpus_is_complete() -> None:
    assert len(CASES) >= 30
    for case in CASES:
        assert (CORPUS / case / "expected.txt").is_file(), f"{case} has no expected.txt"
        assert len(list((CORPUS / case).iterdir())) > 1, f"{case} changes nothing"


@pytest.mark.parametrize("case", CASES)
def test_check_reports_exactly_the_expected_problems(
    case: str, tmp_path: Path, golden: Callable[[Path, str], None]
) -> None:
    """`expected.txt` is the golden file of `check`'s messages (`--update-goldens` rewrites it)."""
    data = make_case(case, tmp_path / "data")
    result = explainer("check", "--data", str(data))
    assert result.code == 1, result.stdout
    assert result.stdout == ""
    golden(CORPUS / case / "expected.txt", normalise(result.stderr, data))


@pytest.mark.parametrize("case", CASES)
def test_build_leaves_the_previous_output_untouched(
    case: str, tmp_path: Path, good_build: Path
) -> None:
    data = make_case(case, tmp_path / "data")
    out = tmp_path / "out"
    shutil.copytree(good_build, out)
    before = snapshot(out)
    result = explainer("build", "--data", str(data), "--out", str(out))
    assert result.code == 1, result.stdout
    assert normalise(result.stderr, data) == expected(case)
    assert snapshot(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "out"]


@pytest.mark.parametrize("case", CASES)
def test_mkdocs_build_fails_with_the_same_problems(
    case: str, tmp_path: Path, good_site: Path
) -> None:
    data = make_case(case, tmp_path / "data")
    site = tmp_path / "site"
    shutil.copytree(good_site, site)
    before = snapshot(site)
    with pytest.raises(Abort) as error:
        mkdocs_build(data, site)
    problem = error.value.__context__  # MkDocs logs the plugin's error, then aborts
    assert isinstance(problem, PluginError), problem
    headline, report = str(problem).split("\n", 1)
    assert headline == "the explainer's data has problems:"
    assert normalise(report, data.resolve()) + "\n" == expected(case)
    assert snapshot(site) == before


# One case per command in a new process, as a user runs it: exit status 1, no traceback.
FRESH_PROCESS_CASE = "deep-nesting"


@pytest.mark.parametrize(
    "command",
    [
        ["-m", "generators", "check", "--data", "{data}"],
        ["-m", "generators", "build", "--data", "{data}", "--out", "{tmp}/out"],
        ["-m", "mkdocs", "build", "--strict", "--site-dir", "{tmp}/site"],
    ],
    ids=["check", "build", "mkdocs-build"],
)
def test_a_new_process_exits_1_with_the_problems_and_no_traceback(
    command: list[str], tmp_path: Path
) -> None:
    data = make_case(FRESH_PROCESS_CASE, tmp_path / "data")
    args = [arg.format(data=data, tmp=tmp_path) for arg in command]
    result = run(*args, env={"EXPLAINER_DATA": str(data)})
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert expected(FRESH_PROCESS_CASE) in normalise(result.stderr, data.resolve())


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["build", "--bogus"], "unrecognized arguments: --bogus"),
        (["check", "--data"], "argument --data: expected one argument"),
        (["verify"], "the following arguments are required: SOURCE"),
    ],
)
def test_wrong_command_line_exits_2_with_usage(args: list[str], complaint: str) -> None:
    result = explainer(*args)
    assert result.code == 2
    assert result.stderr.startswith("usage: explainer")
    assert complaint in result.stderr


def test_a_large_valid_file_loads_in_reasonable_time(tmp_path: Path) -> None:
    """20,000 glossary records (3.3 MB, under the 5 MB limit) load, and load quickly."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    records = "".join(
        f"- id: term-{n}\n"
        f"  term: term number {n}\n"
        f"  aliases: [alias {n}]\n"
        f"  definition: The definition of term number {n}, written out in a plain sentence.\n"
        f"  sources: [P1]\n"
        for n in range(20_000)
    )
    (data / "glossary.yml").write_text(records, encoding="utf-8")
    start = time.perf_counter()
    explainer = load_explainer(data)
    seconds = time.perf_counter() - start
    assert len(explainer.glossary) == 20_000
    assert (data / "glossary.yml").stat().st_size < MAX_FILE_BYTES
    assert seconds < 30, f"loading 20,000 records took {seconds:.1f} s"
