# Benchmark: how generation and the full build grow with 10× and 100× the article's data.
"""Build synthetic data sets (bench/synthetic.py) at each size and time generation and MkDocs.

    .venv/bin/python bench/growth.py [--sizes 1,10,100] [--runs 1] [--build-timeout 900]

For each size: check the scaled data with `explainer check` (timed: it is what an editor waits
for), time generation in a fresh process (load + render, cold as in a build, and warm as on a
serve rebuild), run `mkdocs build --strict` with EXPLAINER_DATA pointing at it (wall time and
peak RSS from /usr/bin/time -v, else the group's VmHWM sampled once a second, which also covers
a build killed at the timeout), and count pages and bytes. The largest size is profiled with
cProfile. Targets: generation ≤ 10 % of the full build at every size, and linear growth (the
cost of each added record roughly constant from size to size: the dearest step ≤ 1.5× the
cheapest; fixed costs make the smallest size's cost per record higher). Before the sizes, one
generation compiles the fresh checkout's bytecode and templates. Results: bench/out/growth.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    OUT,
    TIME,
    checkout,
    explainer_check,
    generation_timing,
    head_commit,
    human_bytes,
    machine_note,
    median,
    mkdocs_build,
    site_size,
    table,
    write_json,
)

GENERATION_SHARE_TARGET = 0.10
# "Roughly constant" µs per record: the dearest size may cost at most this much more per record
# than the cheapest.
LINEAR_TOLERANCE = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1,10,100", help="scale factors, comma-separated")
    parser.add_argument(
        "--runs", type=int, default=1, help="generations and mkdocs builds per size (median)"
    )
    parser.add_argument("--worktree", action="store_true", help="measure the working tree")
    parser.add_argument("--build-timeout", type=float, default=900, help="seconds per build")
    parser.add_argument("--top", type=int, default=25, help="profile lines to print")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    runs = max(1, min(args.runs, 10))

    scratch = Path(tempfile.mkdtemp(prefix="explainer-growth-"))
    results: list[dict] = []
    profile: dict = {}
    try:
        with checkout(args.worktree) as project:
            commit = head_commit(project)
            sys.path.insert(0, str(project))
            import synthetic

            # The first process in a fresh checkout compiles the project's bytecode and page
            # templates, as any first run does; it is reported apart, so that the sizes compare.
            first_run = generation_timing(project, project / "data", scratch / "generated", warm=0)
            for factor in sizes:
                data = scratch / f"data-{factor}x"
                start = time.perf_counter()
                counts = synthetic.scale(project / "data", data, factor)
                synth_s = time.perf_counter() - start
                start = time.perf_counter()
                ok, output = explainer_check(project, data)
                check_s = time.perf_counter() - start
                print(f"{factor}×: {output.splitlines()[-1] if output else ''}", file=sys.stderr)
                if not ok:
                    print(f"synthetic {factor}× data does not pass `explainer check`:\n{output}")
                    return 1
                largest = factor == sizes[-1]
                # `runs` fresh processes, as many as mkdocs builds; the median one is kept.
                gens = [
                    generation_timing(
                        project,
                        data,
                        scratch / "generated",
                        warm=0 if largest else 3,
                        profile=OUT / f"growth-{factor}x.prof" if largest and not i else None,
                        timeout=args.build_timeout * 4,
                    )
                    for i in range(runs)
                ]
                gen = sorted(gens, key=lambda g: g["cold"]["generate"])[len(gens) // 2]
                if largest and "profile_top" not in gen:
                    gen |= {key: gens[0][key] for key in ("profile_top", "profile_text")}
                if largest:
                    profile = {
                        "factor": factor,
                        "top": gen.pop("profile_top"),
                        "text": gen.pop("profile_text"),
                    }
                builds = []
                for _ in range(runs):
                    build = mkdocs_build(
                        project, scratch / "site", data_dir=data, timeout=args.build_timeout
                    )
                    builds.append(build)
                    print(
                        f"  mkdocs build {build.seconds:.1f} s, exit {build.returncode}",
                        file=sys.stderr,
                    )
                    if build.returncode != 0:
                        break
                ok_build = all(b.returncode == 0 for b in builds)
                size = site_size(scratch / "site", gzip_text=False) if ok_build else None
                shutil.rmtree(scratch / "site", ignore_errors=True)
                records = sum(counts.values())
                results.append(
                    {
                        "factor": factor,
                        "records": records,
                        "records_by_file": counts,
                        "synthesis_seconds": synth_s,
                        "check_seconds": check_s,
                        "generation": gen,
                        "mkdocs_seconds": median([b.seconds for b in builds]),
                        "mkdocs_ok": ok_build,
                        "mkdocs_log_tail": builds[-1].log_tail if not ok_build else "",
                        "peak_rss_kb": max((b.peak_rss_kb or 0) for b in builds) or None,
                        "site": size.as_dict() if size else None,
                    }
                )
                shutil.rmtree(data, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    report(results, profile, commit, runs, args.top, first_run)
    return 0


def report(
    results: list[dict], profile: dict, commit: str, runs: int, top: int, first_run: dict
) -> None:
    """Print the tables and targets and write bench/out/growth.json."""
    rows = []
    for r in results:
        gen = r["generation"]
        cold = gen["cold"]["generate"]
        with_import = cold + gen["import"]
        full = r["mkdocs_seconds"]
        site = r["site"] or {}
        rows.append(
            [
                f"{r['factor']}×",
                r["records"],
                r["check_seconds"],
                cold,
                (gen["warm"] or {}).get("generate"),
                full if r["mkdocs_ok"] else f"FAIL ≥{full:.0f}",
                f"{'' if r['mkdocs_ok'] else '≤'}{cold / full:.1%}",
                f"{'' if r['mkdocs_ok'] else '≤'}{with_import / full:.1%}",
                human_bytes((r["peak_rss_kb"] or 0) * 1024) if r["peak_rss_kb"] else "-",
                site.get("pages"),
                human_bytes(site.get("bytes")),
                f"{cold / r['records'] * 1e6:.0f}",
                f"{full / r['records'] * 1e6:.0f}",
            ]
        )
    print(
        table(
            [
                "size",
                "records",
                "check s",
                "gen cold s",
                "gen warm s",
                "mkdocs s",
                "gen share",
                "gen+import share",
                "peak RSS",
                "pages",
                "site bytes",
                "gen µs/rec",
                "mkdocs µs/rec",
            ],
            rows,
            title=f"Growth ({commit}; generation and mkdocs: median of {runs}; peak RSS of the"
            f" mkdocs process via {'/usr/bin/time -v' if TIME.exists() else 'sampled VmHWM'})",
        )
    )
    print()
    print(
        table(
            [
                "size",
                "load s",
                "render s",
                "write s",
                "gen files",
                "gen bytes",
                "load µs/rec",
                "render µs/rec",
            ],
            [
                [
                    f"{r['factor']}×",
                    r["generation"]["cold"]["load"],
                    r["generation"]["cold"]["render"],
                    r["generation"]["cold"]["write"],
                    r["generation"]["cold"]["files"],
                    human_bytes(r["generation"]["cold"]["bytes"]),
                    f"{r['generation']['cold']['load'] / r['records'] * 1e6:.0f}",
                    f"{r['generation']['cold']['render'] / r['records'] * 1e6:.0f}",
                ]
                for r in results
            ],
            title="Generation phases (cold, fresh process)",
        )
    )
    print()
    targets = []
    for r in results:
        share = r["generation"]["cold"]["generate"] / r["mkdocs_seconds"]
        measured = f"{share:.1%}" if r["mkdocs_ok"] else f"≤{share:.1%} (build did not finish)"
        targets.append(
            [
                f"generation ≤ 10 % of full build at {r['factor']}×",
                measured,
                "PASS" if r["mkdocs_ok"] and share <= GENERATION_SHARE_TARGET else "FAIL",
            ]
        )
    per_record = [r["generation"]["cold"]["generate"] / r["records"] for r in results]
    if len(per_record) > 1:
        # Linear growth is a constant cost per added record; fixed costs (the charts' stills,
        # the pages that every explainer has) weigh on the smallest size's cost per record.
        marginal = [
            (b["generation"]["cold"]["generate"] - a["generation"]["cold"]["generate"])
            / (b["records"] - a["records"])
            for a, b in itertools.pairwise(results)
        ]
        growth = max(marginal) / min(marginal) if min(marginal) > 0 else float("inf")
        targets.append(
            [
                f"generation linear (µs per added record: max ≤ {LINEAR_TOLERANCE}× min)",
                f"{growth:.2f}× ({' → '.join(f'{p * 1e6:.0f}' for p in marginal)} µs/rec)",
                "PASS" if growth <= LINEAR_TOLERANCE else "FAIL",
            ]
        )
        targets.append(
            [
                "(info) generation µs/record",
                " → ".join(f"{p * 1e6:.0f}" for p in per_record),
                "-",
            ]
        )
        full_per_record = [r["mkdocs_seconds"] / r["records"] for r in results]
        targets.append(
            [
                "(info) full build µs/record",
                " → ".join(f"{p * 1e6:.0f}" for p in full_per_record),
                "-",
            ]
        )
    print(table(["target", "measured", "result"], targets, title="Targets"))
    print(
        f"(The first generation in the fresh checkout, at 1× with bytecode and page templates"
        f" compiled: {first_run['import']:.2f} s import + {first_run['cold']['generate']:.3f} s;"
        " not in the tables.)"
    )
    if profile:
        print()
        largest = results[-1]
        gen = largest["generation"]["cold"]["generate"]
        print(
            f"At {profile['factor']}×: generation {gen:.1f} s vs mkdocs build"
            f" {largest['mkdocs_seconds']:.1f} s → MkDocs (Markdown → HTML, nav, theme, search"
            f" index) takes {1 - gen / largest['mkdocs_seconds']:.0%} of the build."
        )
        print(
            table(
                ["function", "calls", "tottime s", "cumtime s"],
                [
                    [row["function"][-80:], row["calls"], row["tottime"], row["cumtime"]]
                    for row in profile["top"][:top]
                ],
                title=f"cProfile of generation at {profile['factor']}× (warm), top by cumulative",
            )
        )
    write_json(
        "growth",
        {
            "machine": machine_note(),
            "commit": commit,
            "results": results,
            "first_run": first_run,
            "targets": [{"target": t, "measured": m, "result": res} for t, m, res in targets],
            "profile": profile,
        },
    )
    print(f"\n{json.dumps({'wrote': str(OUT / 'growth.json')})}")


if __name__ == "__main__":
    raise SystemExit(main())
