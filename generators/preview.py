# Preview with a builder that runs no hook: regenerate the project on a data save, let it reload.
"""`explainer serve --builder zensical`: the assembled project, kept in step with the data.

The project is written once, then the builder's own server serves it. The data folder, the
hand-written docs, the overrides and the config are polled; on a change the project's files
are brought in step, writing only what changed, so the builder rebuilds and reloads the page.
A save that breaks the data keeps the last good pages, with the problems at the top of each
(and in the terminal), until the data is fixed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from generators import loader
from generators.front_matter import FENCE
from generators.output_folder import write_atomically
from generators.problems import DataError, problems_banner
from generators.project import DOCS, OVERRIDES, project_files, refuse_foreign_project
from generators.site import OutputFile

if TYPE_CHECKING:
    from generators.builders import Builder

POLL_SECONDS = 0.1
# What the builder writes into the project: never brought in step, never removed.
BUILDER_OUTPUT = ("site", ".cache")

Snapshot = dict[str, tuple[int, int]]


def snapshot(folders: list[Path]) -> Snapshot:
    """Each file under `folders` (or each file given) with its modification time and size."""
    seen: Snapshot = {}
    for folder in folders:
        paths = folder.rglob("*") if folder.is_dir() else [folder]
        for path in paths:
            try:
                status = path.stat()
            except OSError:  # removed meanwhile
                continue
            if path.is_file():
                seen[str(path)] = (status.st_mtime_ns, status.st_size)
    return seen


def with_banner(markdown: str, report: str) -> str:
    """A page with the data's problems at its top (after its front matter)."""
    banner = problems_banner(report) + "\n\n"
    if markdown.startswith(FENCE):
        end = markdown.find("\n" + FENCE, len(FENCE) - 1)
        if end != -1:
            cut = end + 1 + len(FENCE)
            return markdown[:cut] + banner + markdown[cut:]
    return banner + markdown


def flagged(files: list[OutputFile], report: str) -> list[OutputFile]:
    """The last good project, every page showing the problems."""
    return [
        OutputFile(file.path, with_banner(file.content, report), file.source)
        if file.path.startswith(f"{DOCS}/")
        and file.path.endswith(".md")
        and isinstance(file.content, str)
        else file
        for file in files
    ]


def sync(files: list[OutputFile], out_dir: Path) -> int:
    """Bring `out_dir` in step with `files`: write what differs, remove what is gone (but the
    builder's output). Each file is replaced whole, so the builder never reads half a file.
    Returns how many files changed."""
    changed = 0
    wanted = {file.path for file in files}
    for file in files:
        content = file.content.encode() if isinstance(file.content, str) else file.content
        target = out_dir / file.path
        if target.is_file() and target.read_bytes() == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(content)
        partial.replace(target)
        changed += 1
    for path in sorted(out_dir.rglob("*"), reverse=True):
        relative = path.relative_to(out_dir)
        if relative.parts[0] in BUILDER_OUTPUT or relative.as_posix() in wanted:
            continue
        if path.is_file():
            path.unlink()
            changed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return changed


def _assemble(config: Path, data_dir: Path, builder: Builder) -> list[OutputFile]:
    return project_files(loader.load_explainer(data_dir), config, data_dir, builder)


def serve(config: Path, data_dir: Path, builder: Builder, out_dir: Path, address: str) -> int:
    """Write the project, run the builder's server on it, keep it in step until interrupted."""
    files = _assemble(config, data_dir, builder)  # broken data at the start: the CLI reports it
    write_atomically(files, out_dir, refuse_foreign_project)
    project_dir = config.resolve().parent
    watched = [data_dir, config, project_dir / DOCS, project_dir / OVERRIDES]
    command = [sys.executable, "-m", *builder.serve_command, "--dev-addr", address]
    server = subprocess.Popen(command, cwd=out_dir, env=os.environ.copy())
    # Stopped as a service is (SIGTERM), it stops its builder's server too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"serving {out_dir}/ with {builder.name} at http://{address}/ (Ctrl-C to stop)")
    last = snapshot(watched)
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            now = snapshot(watched)
            if now == last:
                continue
            last = now
            try:
                files = _assemble(config, data_dir, builder)
            except DataError as error:
                report = error.report()
                print(
                    f"the explainer's data has problems; showing the last good version:\n{report}",
                    file=sys.stderr,
                    flush=True,
                )
                sync(flagged(files, report), out_dir)
            except (OSError, UnicodeDecodeError) as error:  # a hand-written file mid-save, say
                print(f"cannot read the project's files yet: {error}", file=sys.stderr, flush=True)
                last = {}  # look again at the next poll
            else:
                changed = sync(files, out_dir)
                print(f"data changed: {changed} files of the project updated", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return 0 if server.returncode in (0, -15, None) else 1
