# Golden files: everything `explainer build` and `export` write, compared byte for byte.
"""The generated pages' Markdown, each chart's figure JSON and CSV, and the exported data of
the small fixture and of this explainer are kept under tests/golden/. A change to the output
fails here with a diff; after an intended change, `pytest --update-goldens` rewrites them (and
removes the goldens of files no longer generated), and `git diff tests/golden` shows it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, GOLDEN, MINI, UPDATE_HINT, golden_difference, write_golden
from tests.test_broken_data import explainer

EXPLAINERS = {"mini": MINI, "real": DATA}


def tree(folder: Path) -> dict[str, bytes]:
    """Each file under `folder` by its POSIX path, with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def generated(data: Path, tmp_path: Path) -> dict[str, bytes]:
    """What `explainer build` writes for `data`, and `explainer export`'s document."""
    out = tmp_path / "out"
    built = explainer("build", "--data", str(data), "--out", str(out))
    assert built.code == 0, built.stderr
    exported = explainer("export", "--data", str(data))
    assert exported.code == 0, exported.stderr
    return {
        **{f"build/{k}": v for k, v in tree(out).items()},
        "export.json": exported.stdout.encode(),
    }


@pytest.mark.parametrize("name", sorted(EXPLAINERS))
def test_generated_output_is_the_golden_output(
    name: str, tmp_path: Path, update_goldens: bool
) -> None:
    files = generated(EXPLAINERS[name], tmp_path)
    folder = GOLDEN / name
    if update_goldens:
        if folder.is_dir():
            shutil.rmtree(folder)  # files no longer generated lose their goldens too
        for path, content in files.items():
            write_golden(folder / path, content)
        return
    kept = set(tree(folder)) if folder.is_dir() else set()
    missing, stale = sorted(set(files) - kept), sorted(kept - set(files))
    assert not missing and not stale, (
        f"generated but no golden: {missing}; golden but no longer generated: {stale}\n"
        f"{UPDATE_HINT}"
    )
    differences = [
        d for path, content in files.items() if (d := golden_difference(folder / path, content))
    ]
    if differences:
        pytest.fail(
            f"{len(differences)} of {len(files)} files differ from tests/golden/{name}/; "
            f"{UPDATE_HINT}\n\n" + "\n".join(differences[:3]),
            pytrace=False,
        )
