# Benchmark: the same explainer built by MkDocs + Material and by Zensical, side by side.
"""Time both builders on the seed data scaled 1×, 10× (and 100×), runs interleaved.

    .venv/bin/python bench/builders.py [--sizes 1,10,100] [--runs 3] [--worktree]

For each size (synthetic data from bench/synthetic.py): `runs` rounds, each building with both
builders in alternating order (so a slow spell of the shared machine hits both): MkDocs is
`mkdocs build --strict` with the plugin (generation included); Zensical is `explainer site
--builder zensical` (generation and assembly of the project, timed on its own) then
`zensical build --strict` in the fresh project (no cache: the folder is replaced each time).
Medians per builder; the generation share is generation (a fresh process, bench/gen_timing.py)
over the MkDocs build, and `explainer site` over the Zensical total. Results:
bench/out/builders.json.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BIN,
    PYTHON,
    base_env,
    checkout,
    generation_timing,
    head_commit,
    machine_note,
    median,
    mkdocs_build,
    table,
    write_json,
)


def timed(command: list[str], cwd: Path, env: dict[str, str], timeout: float) -> float:
    """Seconds a command takes; an error if it fails."""
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        output = (result.stdout + result.stderr)[-3000:]
        raise RuntimeError(f"{' '.join(command)} failed:\n{output}")
    return seconds


def zensical_build(project: Path, data: Path, out: Path, timeout: float) -> tuple[float, float]:
    """(explainer site seconds, zensical build seconds) for one fresh project."""
    env = base_env(PYTHONPATH=str(project))
    site = [PYTHON, "-m", "generators", "site", "--builder", "zensical"]
    assemble = timed([*site, "--data", str(data), "--out", str(out)], project, env, timeout)
    build = timed([str(BIN / "zensical"), "build", "--strict"], out, env, timeout)
    return assemble, build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1,10,100", help="scale factors, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="rounds per size (median)")
    parser.add_argument("--worktree", action="store_true", help="measure the working tree")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per build")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    runs = max(1, min(args.runs, 10))
    scratch = Path(tempfile.mkdtemp(prefix="explainer-builders-"))
    results: list[dict] = []
    try:
        with checkout(args.worktree) as project:
            commit = head_commit(project)
            sys.path.insert(0, str(project))
            import synthetic

            generation_timing(project, project / "data", scratch / "generated", warm=0)  # compile
            for factor in sizes:
                data = scratch / f"data-{factor}x"
                synthetic.scale(project / "data", data, factor)
                gen = generation_timing(project, data, scratch / "generated", warm=0)
                mkdocs_s: list[float] = []
                site_s: list[float] = []
                zensical_s: list[float] = []
                for run in range(runs):
                    order = ("mkdocs", "zensical") if run % 2 == 0 else ("zensical", "mkdocs")
                    for builder in order:
                        if builder == "mkdocs":
                            build = mkdocs_build(
                                project, scratch / "site", data_dir=data, timeout=args.timeout
                            )
                            if build.returncode != 0:
                                raise RuntimeError(f"mkdocs build failed:\n{build.log_tail}")
                            mkdocs_s.append(build.seconds)
                        else:
                            assemble, built = zensical_build(
                                project, data, scratch / "project", args.timeout
                            )
                            site_s.append(assemble)
                            zensical_s.append(assemble + built)
                    print(
                        f"{factor}× run {run + 1}: mkdocs {mkdocs_s[-1]:.2f} s, zensical "
                        f"{zensical_s[-1]:.2f} s (explainer site {site_s[-1]:.2f} s)",
                        file=sys.stderr,
                    )
                results.append(
                    {
                        "factor": factor,
                        "generation_seconds": gen["cold"]["generate"],
                        "mkdocs_seconds": mkdocs_s,
                        "zensical_seconds": zensical_s,
                        "explainer_site_seconds": site_s,
                    }
                )
                shutil.rmtree(scratch / "site", ignore_errors=True)
                shutil.rmtree(scratch / "project", ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rows = []
    for result in results:
        mkdocs, zensical = median(result["mkdocs_seconds"]), median(result["zensical_seconds"])
        site = median(result["explainer_site_seconds"])
        gen = result["generation_seconds"]
        rows.append(
            [
                f"{result['factor']}×",
                f"{gen:.3f}",
                f"{mkdocs:.2f}",
                f"{gen / mkdocs:.1%}",
                f"{site:.2f}",
                f"{zensical:.2f}",
                f"{site / zensical:.1%}",
                f"{zensical / mkdocs:.2f}",
            ]
        )
    headers = [
        "size",
        "generation s",
        "MkDocs s",
        "gen. share",
        "explainer site s",
        "Zensical s (site + build)",
        "site share",
        "Zensical / MkDocs",
    ]
    print(table(headers, rows, title=f"Builders, medians of {runs} interleaved runs ({commit})"))
    write_json(
        "builders",
        {"commit": commit, "runs": runs, "machine": machine_note(), "results": results},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
