# Shared fixtures: the small test explainer, copied so a test may break it.
from __future__ import annotations

import difflib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generators.loader import load_explainer
from generators.model import Explainer

TESTS = Path(__file__).parent
ROOT = TESTS.parent
MINI = TESTS / "fixtures" / "mini"
DATA = ROOT / "data"
GOLDEN = TESTS / "golden"


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    """A writable copy of the small test explainer's data folder."""
    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture(scope="session")
def mini() -> Explainer:
    return load_explainer(MINI)


@pytest.fixture(scope="session")
def real() -> Explainer:
    return load_explainer(DATA)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the golden files (tests/golden/, the corpus's expected.txt) from the output",
    )


def golden_difference(path: Path, actual: bytes) -> str:
    """Empty when `actual` is the golden file's bytes, else a sentence and a short diff."""
    where = path.relative_to(ROOT)
    if not path.is_file():
        return f"no golden file {where}"
    expected = path.read_bytes()
    if actual == expected:
        return ""
    diff = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        str(where),
        "generated now",
        n=2,
    )
    return f"{where} differs from what is generated now:\n" + "".join(diff)[:3000]


def write_golden(path: Path, actual: bytes) -> None:
    """Rewrite a golden file, only if its bytes change."""
    if not path.is_file() or path.read_bytes() != actual:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)


UPDATE_HINT = "if the change is intended, run `pytest --update-goldens` and review `git diff`"


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def golden(update_goldens: bool) -> Callable[[Path, bytes | str], None]:
    """Compare output with its golden file byte for byte; `--update-goldens` rewrites it."""

    def compare(path: Path, actual: bytes | str) -> None:
        data = actual.encode("utf-8") if isinstance(actual, str) else actual
        if update_goldens:
            write_golden(path, data)
        elif difference := golden_difference(path, data):
            pytest.fail(f"{difference}\n{UPDATE_HINT}", pytrace=False)

    return compare
