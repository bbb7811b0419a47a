# Writing generated files into a folder: all of them or none, and only over a folder of our own.
"""`write_atomically(files, out_dir)`: the new tree is written beside the folder and swapped in;
a folder holding files a build did not write is refused."""

from __future__ import annotations

import json
import re
import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from generators.site import OutputFile


# What `write_atomically` leaves in each folder it writes: the files it wrote, so that a later
# build replaces only a folder of its own, and every file in it is one it wrote.
BUILD_MANIFEST = ".explainer-build.json"
WRITTEN_BY = "explainer build"


class OutputFolderError(Exception):
    """The output folder is one a build must not replace (a wrong command line, not bad data)."""


def write_atomically(
    files: list[OutputFile], out_dir: Path, refuse: Callable[[Path], None] | None = None
) -> None:
    """Write `files` into `out_dir`, replacing it only once every file is written.

    Only a new or empty folder, or one an earlier build wrote and nobody added to, is
    replaced; any other is an OutputFolderError, and nothing is touched. `refuse` says which
    folders may be replaced when the files are not a build's (`explainer site`'s projects).
    The new tree is written beside `out_dir` in a hidden folder and swapped in by two renames;
    hidden folders that an interrupted build left behind are removed once the new tree is in
    place.
    """
    out_dir = out_dir.resolve()
    (refuse or _refuse_foreign)(out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        _swap_in(files, out_dir)
    except OSError as error:
        # A hidden working folder means nothing to the reader: name the folder they gave.
        if error.filename is not None:
            error.filename = _as_given(Path(error.filename), out_dir)
        if error.filename2 is not None:
            error.filename2 = _as_given(Path(error.filename2), out_dir)
        raise
    _remove_leftovers(out_dir)


def _swap_in(files: list[OutputFile], out_dir: Path) -> None:
    """Write the new tree beside `out_dir`, then put it in the old one's place."""
    # mkdir, not mkdtemp: the folder gets the usual permissions (umask), not mkdtemp's 0700.
    staging = out_dir.with_name(f".{out_dir.name}-{secrets.token_hex(6)}")
    staging.mkdir()
    old = None
    try:
        # The manifest first, so that a build killed while writing leaves a folder known as ours.
        (staging / BUILD_MANIFEST).write_text(manifest(files), encoding="utf-8", newline="\n")
        if out_dir.exists():
            shutil.copymode(out_dir, staging)
        for file in files:
            target = staging / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(file.content, bytes):
                target.write_bytes(file.content)
            else:
                target.write_text(file.content, encoding="utf-8", newline="\n")
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}-old-{secrets.token_hex(6)}")
            out_dir.rename(old)
        staging.rename(out_dir)
    except BaseException:
        if old is not None and not out_dir.exists():
            old.rename(out_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old)


def manifest(files: list[OutputFile]) -> str:
    """The record of a build's files, the same for the same files (no time, no host)."""
    listed = {"written_by": WRITTEN_BY, "files": sorted(file.path for file in files)}
    return json.dumps(listed, indent=2, ensure_ascii=False) + "\n"


def files_written(folder: Path) -> set[str] | None:
    """The files a build recorded writing into `folder`, or None if no build of ours did."""
    try:
        listed = json.loads((folder / BUILD_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(listed, dict) or listed.get("written_by") != WRITTEN_BY:
        return None
    paths = listed.get("files")
    if not isinstance(paths, list) or not all(isinstance(path, str) for path in paths):
        return None
    return {*paths, BUILD_MANIFEST}


def _refuse_foreign(out_dir: Path) -> None:
    """Raise OutputFolderError if `out_dir` is a file, or holds any file a build did not write."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise OutputFolderError(
            f"--out {out_dir}: is a file, not a folder; it is left as it is "
            "(give --out a new or empty folder, or one `explainer build` wrote)"
        )
    ours = files_written(out_dir) or set()
    foreign = sorted(
        relative
        for path in out_dir.rglob("*")
        if (relative := path.relative_to(out_dir).as_posix()) not in ours
        and (path.is_symlink() or not path.is_dir())
    )
    if foreign:
        raise OutputFolderError(
            f"--out {out_dir}: holds files `explainer build` did not write, such as "
            f"{foreign[0]}; nothing was changed (give --out a new or empty folder, or one "
            "`explainer build` wrote; a folder an older version wrote: delete it first)"
        )


def _as_given(path: Path, out_dir: Path) -> str:
    """A path inside one of the hidden working folders, as the path it stands for in `out_dir`."""
    for working in _working_folders(out_dir, [path, *path.parents]):
        return str(out_dir / path.relative_to(working))
    return str(path)


def _working_folders(out_dir: Path, candidates: Iterable[Path]) -> list[Path]:
    """Those of `candidates` named as `write_atomically`'s hidden folders beside `out_dir`."""
    pattern = re.compile(rf"\.{re.escape(out_dir.name)}-(?:old-)?[0-9a-f]{{12}}")
    return [
        path
        for path in candidates
        if path.parent == out_dir.parent and pattern.fullmatch(path.name)
    ]


def _remove_leftovers(out_dir: Path) -> None:
    """Remove the hidden folders beside `out_dir` that a build of ours was killed leaving."""
    try:
        beside = list(out_dir.parent.iterdir())
    except OSError:  # the new tree is in place; the leftovers wait for the next build
        return
    for folder in _working_folders(out_dir, beside):
        if not folder.is_symlink() and folder.is_dir() and files_written(folder) is not None:
            shutil.rmtree(folder, ignore_errors=True)
