# Shared fixtures: the small test explainer, copied so a test may break it.
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generators.loader import load_explainer
from generators.model import Explainer

TESTS = Path(__file__).parent
ROOT = TESTS.parent
MINI = TESTS / "fixtures" / "mini"
DATA = ROOT / "data"


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
