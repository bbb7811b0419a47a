# Times generation (load → pages and charts → write) inside one fresh Python process.
"""Run by the other benchmarks in a subprocess; prints one JSON object on stdout.

    python bench/gen_timing.py --project DIR --data DIR --out DIR [--warm N] [--profile FILE]

`cold` is the first call in the process (template compilation and lazy imports included), as the
MkDocs plugin pays it once per `mkdocs build`; `warm` repeats it, as `mkdocs serve` does per edit.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import shutil
import statistics
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project", required=True, type=Path)
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--warm", type=int, default=3, help="warm repeats after the cold one")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of one warm run here")
    parser.add_argument("--top", type=int, default=25, help="profile lines to report")
    args = parser.parse_args()
    sys.path.insert(0, str(args.project.resolve()))

    start = time.perf_counter()
    from generators import loader, output_folder, site

    import_seconds = time.perf_counter() - start

    def once() -> dict:
        t0 = time.perf_counter()
        explainer = loader.load_explainer(args.data)
        t1 = time.perf_counter()
        files = site.site_files(explainer)
        t2 = time.perf_counter()
        output_folder.write_atomically(files, args.out)
        t3 = time.perf_counter()
        return {
            "load": t1 - t0,
            "render": t2 - t1,
            "write": t3 - t2,
            "generate": t2 - t0,
            "total": t3 - t0,
            "files": len(files),
            "bytes": sum(
                len(f.content if isinstance(f.content, bytes) else f.content.encode())
                for f in files
            ),
            "records": _records(explainer),
        }

    try:
        cold = once()
        warm = [once() for _ in range(max(args.warm, 0))]
        result: dict = {
            "import": import_seconds,
            "cold": cold,
            "warm": {
                key: statistics.median(run[key] for run in warm)
                for key in ("load", "render", "write", "generate", "total")
            }
            if warm
            else None,
            "warm_runs": len(warm),
        }
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            site.site_files(loader.load_explainer(args.data))
            profiler.disable()
            profiler.dump_stats(args.profile)
            stream = io.StringIO()
            stats = pstats.Stats(profiler, stream=stream)
            stats.sort_stats("cumulative").print_stats(args.top)
            result["profile_top"] = _top_functions(stats, args.top)
            result["profile_text"] = stream.getvalue()
    finally:
        shutil.rmtree(args.out, ignore_errors=True)
    print(json.dumps(result))
    return 0


def _records(explainer: object) -> int:
    """Records in the bundle: the article plus every list record."""
    count = 1
    for name in type(explainer).model_fields:  # type: ignore[attr-defined]
        value = getattr(explainer, name)
        if isinstance(value, list):
            count += len(value)
    return count


def _top_functions(stats: pstats.Stats, top: int) -> list[dict]:
    """The functions with the most cumulative time, as plain data."""
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{_short(filename)}:{line}({name})",
                "calls": calls,
                "tottime": tottime,
                "cumtime": cumtime,
            }
        )
    rows.sort(key=lambda row: row["cumtime"], reverse=True)
    return rows[:top]


def _short(filename: str) -> str:
    for marker in ("/site-packages/", "/generators/", "/lib/python"):
        if marker in filename:
            head = "generators/" if marker == "/generators/" else ""
            return head + filename.split(marker, 1)[1]
    return filename


if __name__ == "__main__":
    raise SystemExit(main())
