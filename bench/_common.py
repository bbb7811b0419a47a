# Shared helpers of the benchmark scripts: paths, checkouts, timed builds, tables, JSON results.
"""Helpers the bench/*.py scripts share. Nothing here is imported by the project itself."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
BIN = Path(sys.executable).parent
PYTHON = sys.executable
TIME = Path("/usr/bin/time")
CHROMIUM = "/usr/bin/chromium"
# Debian Chromium here must not try other hosts (see shared/PITFALLS.md).
CHROME_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt", ".map"}


def base_env(**extra: str) -> dict[str, str]:
    """The environment for a project subprocess: quiet Material, no inherited data folder."""
    env = {k: v for k, v in os.environ.items() if k not in {"EXPLAINER_DATA", "SITE_URL"}}
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.update(extra)
    return env


@contextlib.contextmanager
def checkout(worktree: bool) -> Iterator[Path]:
    """The project to measure: a fresh clone of HEAD (a clean checkout), or the working tree."""
    if worktree:
        yield ROOT
        return
    parent = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    try:
        subprocess.run(
            ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(parent / "project")],
            check=True,
            timeout=120,
        )
        yield parent / "project"
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def head_commit(project: Path) -> str:
    """The commit a checkout is at, marked dirty if the working tree has changes."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit}{'+dirty' if dirty else ''}"


@dataclass
class BuildRun:
    """One `mkdocs build --strict`: wall time, peak memory of the process, exit status."""

    seconds: float
    peak_rss_kb: int | None
    returncode: int
    log_tail: str


def mkdocs_build(
    project: Path,
    site_dir: Path,
    data_dir: Path | None = None,
    site_url: str | None = None,
    timeout: float = 1800,
) -> BuildRun:
    """Run a strict build in a fresh process; peak RSS via /usr/bin/time -v when present."""
    env = base_env(PYTHONPATH=str(project))
    if data_dir is not None:
        env["EXPLAINER_DATA"] = str(data_dir)
    if site_url is not None:
        env["SITE_URL"] = site_url
    shutil.rmtree(site_dir, ignore_errors=True)
    command = [str(BIN / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", str(site_dir)]
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as handle:
        time_file = Path(handle.name)
    try:
        if TIME.exists():
            command = [str(TIME), "-v", "-o", str(time_file), *command]
        start = time.perf_counter()
        sampled: dict[int, int] = {}
        try:
            returncode, output = run_group(command, project, env, timeout, sampled)
        except subprocess.TimeoutExpired:
            peak = max(sampled.values(), default=None)
            note = f"timed out after {timeout} s (peak RSS sampled once a second)"
            return BuildRun(time.perf_counter() - start, peak, -1, note)
        seconds = time.perf_counter() - start
        peak = _peak_from_time(time_file) if TIME.exists() else None
        if peak is None:
            peak = max(sampled.values(), default=None)
        tail = "\n".join(output.strip().splitlines()[-15:])
        return BuildRun(seconds, peak, returncode, tail)
    finally:
        time_file.unlink(missing_ok=True)


def run_group(
    command: list[str],
    cwd: Path,
    env: dict[str, str],
    timeout: float,
    sampled_peaks: dict[int, int] | None = None,
) -> tuple[int, str]:
    """Run a command in its own process group; on timeout kill the whole group, then re-raise.

    Every second, the peak RSS (VmHWM) of each process in the group is noted in `sampled_peaks`,
    so a build that is killed still has a memory figure.
    """
    sampled_peaks = {} if sampled_peaks is None else sampled_peaks
    with subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    ) as process:
        deadline = time.monotonic() + timeout
        chunks: list[str] = []
        reader = threading.Thread(target=lambda: chunks.append(process.stdout.read()), daemon=True)
        reader.start()
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise subprocess.TimeoutExpired(command, timeout)
                try:
                    process.wait(timeout=min(1.0, remaining))  # returns as soon as it exits
                    break
                except subprocess.TimeoutExpired:
                    group_peak_kb(process.pid, sampled_peaks)
        except BaseException:
            kill_group(process)
            raise
        finally:
            reader.join(timeout=10)
        return process.returncode, "".join(chunks)


def group_peak_kb(pgid: int, peaks: dict[int, int]) -> None:
    """Note the peak RSS (kB) of every live process in a process group."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            if os.getpgid(int(proc.name)) != pgid:
                continue
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[int(proc.name)] = max(peaks.get(int(proc.name), 0), int(line.split()[1]))


def kill_group(process: subprocess.Popen) -> None:
    """Stop a process started with start_new_session=True and everything it started."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _peak_from_time(path: Path) -> int | None:
    with contextlib.suppress(OSError):
        for line in path.read_text().splitlines():
            if "Maximum resident set size" in line:
                return int(line.rsplit(":", 1)[1])
    return None


def generation_timing(
    project: Path,
    data_dir: Path,
    out_dir: Path,
    warm: int = 3,
    profile: Path | None = None,
    timeout: float = 1800,
) -> dict:
    """Time load → site_files → write in a fresh process (see bench/gen_timing.py)."""
    command = [
        PYTHON,
        str(BENCH / "gen_timing.py"),
        "--project",
        str(project),
        "--data",
        str(data_dir),
        "--out",
        str(out_dir),
        "--warm",
        str(warm),
    ]
    if profile is not None:
        command += ["--profile", str(profile)]
    with subprocess.Popen(
        command,
        cwd=project,
        env=base_env(PYTHONPATH=str(project)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except BaseException:
            kill_group(process)
            raise
    if process.returncode != 0:
        raise RuntimeError(f"generation failed:\n{stderr[-3000:]}")
    return json.loads(stdout)


def explainer_check(project: Path, data_dir: Path, timeout: float = 600) -> tuple[bool, str]:
    """Run `explainer check` on a data folder; (passed, its output)."""
    done = subprocess.run(
        [PYTHON, "-m", "generators", "check", "--data", str(data_dir)],
        cwd=project,
        env=base_env(PYTHONPATH=str(project)),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done.returncode == 0, (done.stdout + done.stderr).strip()


@dataclass
class SiteSize:
    """What a built site weighs on disk, and gzipped as a server would send its text files."""

    files: int
    pages: int
    bytes: int
    gzip_text_bytes: int
    html_bytes: int

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def site_size(site_dir: Path, gzip_text: bool = True) -> SiteSize:
    """Count files, HTML pages (404.html included) and bytes of a built site."""
    files = pages = total = html = gz = 0
    for path in site_dir.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        files += 1
        total += size
        if path.suffix == ".html":
            pages += 1
            html += size
        if gzip_text and path.suffix in TEXT_SUFFIXES:
            gz += len(gzip.compress(path.read_bytes(), compresslevel=6))
        elif gzip_text:
            gz += size
    return SiteSize(files, pages, total, gz, html)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def human_bytes(count: float | None) -> str:
    if count is None:
        return "-"
    for unit in ("B", "kB", "MB", "GB"):
        if abs(count) < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} GB"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], title: str = "") -> str:
    """A plain-text table with right-aligned numbers, for stdout and the README."""
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    numeric = [all(_is_number(row[i]) for row in rows) and bool(rows) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        parts = [
            cell.rjust(width) if is_num else cell.ljust(width)
            for cell, width, is_num in zip(row, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    lines = [title] if title else []
    lines += [line(cells[0]), "  ".join("-" * w for w in widths)]
    lines += [line(row) for row in cells[1:]]
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return "-" if value is None else str(value)


def _is_number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)) or value is None


def write_json(name: str, data: object) -> Path:
    """Write results to bench/out/<name>.json and return the path."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def machine_note() -> dict:
    """What the numbers were measured on: cores, load, Python, when."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpus": os.cpu_count(),
        "loadavg_1m": round(load[0], 2),
        "python": sys.version.split()[0],
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
