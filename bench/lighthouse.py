# Benchmark: Lighthouse 12 scores of every kind of page, bytes per page, time to first chart.
"""Build the site, serve it gzipped on 127.0.0.1, and audit a page of each kind.

    .venv/bin/python bench/lighthouse.py [--runs 1] [--heavy-runs 3] [--worktree] [--no-lighthouse]

1. `mkdocs build --strict` into bench/out/site with SITE_URL set to the served URL.
2. bench/serve_gzip.py serves it (gzip for text, JS, CSS, JSON, SVG) on a free port.
3. Playwright (Debian Chromium, cold cache per page): bytes transferred per page, first as loaded
   (charts as stills) and then with every chart made interactive (the reader pointed at each,
   so plotly.js and the figures are loaded); the heaviest page joins the audit list.
4. Lighthouse 12.2.3 (bench/node_modules, installed pinned from bench/package-lock.json if
   missing; CHROME_PATH=/usr/bin/chromium), mobile form factor and simulated throttling (its
   defaults): scores, total-byte-weight, LCP, TBT, CLS, and every failing accessibility,
   best-practices and SEO audit with its items. Home and the heaviest page: median of
   --heavy-runs by performance score.
5. Charts' timing (Playwright, cold cache, no throttling): first contentful paint (the chart's
   still is in the page, so it is drawn with the first paint that reaches it), and the time from
   the reader pointing at the first chart to its interactive version (`data-state=rendered`),
   with plotly.js not yet cached and, on a second chart page, cached.
Targets: performance ≥ 95, accessibility, best practices and SEO 100. Results:
bench/out/lighthouse.json, and one LHR per run in bench/out/lighthouse/.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BENCH,
    CHROME_FLAGS,
    CHROMIUM,
    OUT,
    base_env,
    checkout,
    free_port,
    head_commit,
    human_bytes,
    kill_group,
    machine_note,
    mkdocs_build,
    table,
    write_json,
)
from serve_gzip import serve

LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_VERSION = "12.2.3"
LIGHTHOUSE_TIMEOUT = 240
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGE_TIMEOUT_MS = 60_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page")
    parser.add_argument("--heavy-runs", type=int, default=3, help="runs for home and heaviest")
    parser.add_argument("--worktree", action="store_true", help="build the working tree")
    parser.add_argument("--no-lighthouse", action="store_true", help="Playwright parts only")
    parser.add_argument(
        "--cpu-slowdown",
        type=float,
        help="Lighthouse CPU slowdown multiplier (its default: 4; lower on a slow machine)",
    )
    parser.add_argument("--pages", help="only these page kinds, comma-separated (e.g. home,actors)")
    parser.add_argument("--name", default="lighthouse", help="results file bench/out/NAME.json")
    args = parser.parse_args()
    runs = max(1, min(args.runs, 5))
    heavy_runs = max(runs, min(args.heavy_runs, 5))

    if not args.no_lighthouse:
        ensure_lighthouse()
    site = OUT / "site"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    results: dict = {"machine": machine_note(), "url": url}
    with checkout(args.worktree) as project:
        results["commit"] = head_commit(project)
        build = mkdocs_build(project, site, site_url=url, timeout=900)
        if build.returncode != 0:
            print(f"mkdocs build failed:\n{build.log_tail}")
            return 1
        pages = page_kinds(project, site)
    with serve(site, port) as server:
        assert server.url == url
        every_page = sorted(
            "" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
            for p in site.rglob("index.html")
        )
        weights = page_weights(url, every_page)
        results["page_weights"] = weights
        heaviest = max(weights, key=lambda path: weights[path]["interactive_bytes"])
        results["heaviest"] = heaviest
        if heaviest not in pages.values():
            pages[f"heaviest ({heaviest})"] = heaviest
        if args.pages:
            wanted = {kind.strip() for kind in args.pages.split(",")}
            pages = {k: v for k, v in pages.items() if k in wanted or k.split(" (")[0] in wanted}
        results["pages"] = pages
        results["cpu_slowdown"] = args.cpu_slowdown or 4
        chart_pages = {kind: path for kind, path in pages.items() if weights[path]["charts"]}
        results["chart_times"] = chart_times(url, chart_pages)
        if not args.no_lighthouse:
            results["lighthouse"] = {}
            for kind, path in pages.items():
                count = heavy_runs if path in ("", heaviest) else runs
                results["lighthouse"][kind] = audit(url + path, kind, count, args.cpu_slowdown)
    report(results, args.name)
    return 0


def ensure_lighthouse() -> None:
    """Install the pinned Lighthouse into bench/node_modules if it is not there."""
    if LIGHTHOUSE.exists():
        return
    print(f"installing lighthouse@{LIGHTHOUSE_VERSION} into bench/node_modules …", file=sys.stderr)
    command = ["npm", "ci", "--prefix", str(BENCH), "--no-audit", "--no-fund"]
    if not (BENCH / "package-lock.json").exists():
        command = ["npm", "install", "--prefix", str(BENCH), f"lighthouse@{LIGHTHOUSE_VERSION}"]
    subprocess.run(command, check=True, timeout=600)


def page_kinds(project: Path, site: Path) -> dict[str, str]:
    """One URL path per kind of page; the person and topic are the first in the data."""
    person = yaml.safe_load((project / "data" / "people.yml").read_text(encoding="utf-8"))[0]
    topic = yaml.safe_load((project / "data" / "topics.yml").read_text(encoding="utf-8"))[0]
    kinds = {
        "home": "",
        "timeline": "timeline/",
        "person": f"people/{person['id']}/",
        "people index": "people/",
        "quotes": "quotes/",
        "topic": f"topics/{topic['id']}/",
        "topics index": "topics/",
        "agreement": "agreement/",
        "actors": "actors/",
        "numbers": "numbers/",
        "glossary": "glossary/",
        "sources": "sources/",
        "about": "about/",
    }
    return {kind: path for kind, path in kinds.items() if (site / path / "index.html").is_file()}


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=[*CHROME_FLAGS, "--headless=new"], headless=True
    )


# Bytes the page fetched: the document plus every resource, as transferred (gzip, headers).
BYTES_JS = """() => {
  const entries = [...performance.getEntriesByType('navigation'),
                   ...performance.getEntriesByType('resource')];
  return {bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0),
          requests: entries.length,
          charts: document.querySelectorAll('.chart-plot[data-chart]').length};
}"""


def page_weights(base: str, paths: list[str]) -> dict[str, dict]:
    """Per page, cold cache: bytes as loaded, and after every chart is made interactive."""
    from playwright.sync_api import sync_playwright

    weights: dict[str, dict] = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for path in paths:
                context = browser.new_context()
                try:
                    page = context.new_page()
                    page.set_default_timeout(PAGE_TIMEOUT_MS)
                    page.goto(base + path, wait_until="load")
                    page.wait_for_load_state("networkidle")
                    loaded = page.evaluate(BYTES_JS)
                    for plot in page.locator(".chart-plot[data-chart]").all():
                        plot.scroll_into_view_if_needed()
                        plot.hover()
                    with contextlib.suppress(Exception):
                        page.wait_for_function(
                            "() => [...document.querySelectorAll('.chart-plot[data-chart]')]"
                            ".every(p => ['rendered', 'failed'].includes(p.dataset.state))",
                            timeout=30_000,
                        )
                    page.wait_for_load_state("networkidle")
                    interactive = page.evaluate(BYTES_JS)
                    weights[path] = {
                        "loaded_bytes": loaded["bytes"],
                        "loaded_requests": loaded["requests"],
                        "interactive_bytes": interactive["bytes"],
                        "interactive_requests": interactive["requests"],
                        "charts": interactive["charts"],
                    }
                finally:
                    context.close()
        finally:
            browser.close()
    return weights


# Records when the reader first points at a chart and when a chart is first interactive.
WATCH_CHARTS = """
(() => {
  window.__reached = null;
  window.__rendered = null;
  document.addEventListener('pointerover', event => {
    if (window.__reached === null && event.target.closest('.chart-plot')) {
      window.__reached = performance.now();
    }
  }, {capture: true});
  new MutationObserver(() => {
    if (window.__rendered === null &&
        document.querySelector('.chart-plot[data-state="rendered"]')) {
      window.__rendered = performance.now();
    }
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-state']});
})();
"""


def chart_times(base: str, pages: dict[str, str]) -> dict[str, dict]:
    """Per chart page: first paint (still included), and pointing at a chart → interactive."""
    from playwright.sync_api import sync_playwright

    times: dict[str, dict] = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for kind, path in pages.items():
                times[kind] = {"path": path}
                for cache in ("cold", "warm"):
                    context = browser.new_context()  # a new context has an empty cache
                    try:
                        page = context.new_page()
                        page.set_default_timeout(PAGE_TIMEOUT_MS)
                        if cache == "warm":  # plotly.js already fetched on another chart page
                            other = next((p for p in pages.values() if p != path), path)
                            page.goto(base + other, wait_until="load")
                            page.locator(".chart-plot[data-chart]").first.hover()
                            page.wait_for_selector('.chart-plot[data-state="rendered"]')
                        page.add_init_script(WATCH_CHARTS)
                        page.goto(base + path, wait_until="load")
                        plot = page.locator(".chart-plot[data-chart]").first
                        plot.scroll_into_view_if_needed()
                        plot.hover()
                        page.wait_for_function("() => window.__rendered !== null")
                        found = page.evaluate(
                            "() => ({reached: window.__reached, rendered: window.__rendered,"
                            " fcp: performance.getEntriesByName('first-contentful-paint')[0]"
                            "?.startTime})"
                        )
                        times[kind][cache] = found
                    except Exception as error:
                        times[kind][cache] = {"error": str(error).splitlines()[0]}
                    finally:
                        context.close()
        finally:
            browser.close()
    return times


def audit(url: str, kind: str, count: int, cpu_slowdown: float | None = None) -> dict:
    """Run Lighthouse `count` times on one URL; keep the run with the median performance."""
    runs = []
    for index in range(count):
        suffix = f"-cpu{cpu_slowdown:g}" if cpu_slowdown else ""
        lhr = lighthouse_run(
            url, OUT / "lighthouse" / f"{slug(kind)}{suffix}-{index + 1}.json", cpu_slowdown
        )
        if lhr is not None:
            runs.append(lhr)
        score = summarize(lhr)["scores"].get("performance") if lhr else None
        print(f"  lighthouse {kind} run {index + 1}: performance {score}", file=sys.stderr)
    if not runs:
        return {"error": "no Lighthouse run finished"}
    runs.sort(key=lambda lhr: lhr["categories"]["performance"]["score"] or 0)
    chosen = summarize(runs[len(runs) // 2])
    chosen["performance_runs"] = [
        round((lhr["categories"]["performance"]["score"] or 0) * 100) for lhr in runs
    ]
    return chosen


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-")


def lighthouse_run(url: str, output: Path, cpu_slowdown: float | None = None) -> dict | None:
    """One Lighthouse run; Chrome is started by Lighthouse and stopped even on a timeout."""
    output.parent.mkdir(parents=True, exist_ok=True)
    token = f"--bench-run={uuid.uuid4().hex}"  # finds this run's Chrome if it is left behind
    flags = ["--headless=new", *CHROME_FLAGS, token]
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--chrome-flags={' '.join(flags)}",
        "--only-categories=" + ",".join(CATEGORIES),
        "--max-wait-for-load=60000",
        "--quiet",
    ]
    if cpu_slowdown:
        command.append(f"--throttling.cpuSlowdownMultiplier={cpu_slowdown:g}")
    env = base_env(CHROME_PATH=CHROMIUM)
    with subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            _, stderr = process.communicate(timeout=LIGHTHOUSE_TIMEOUT)
        except subprocess.TimeoutExpired:
            kill_group(process)
            stderr = "timed out"
        finally:
            kill_leftover_chrome(token)
    if process.returncode != 0 or not output.exists():
        print(f"  lighthouse failed on {url}: {stderr[-500:]}", file=sys.stderr)
        return None
    return json.loads(output.read_text(encoding="utf-8"))


def kill_leftover_chrome(token: str) -> None:
    """Stop Chrome processes carrying this run's token (chrome-launcher detaches them)."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if token.encode() in cmdline:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(int(proc.name), signal.SIGKILL)


def summarize(lhr: dict | None) -> dict:
    """Scores, key metrics, bytes by resource type and failing audits of one report."""
    if lhr is None:
        return {"scores": {}}
    audits = lhr["audits"]

    def numeric(audit_id: str) -> float | None:
        return audits.get(audit_id, {}).get("numericValue")

    failing: dict[str, list] = {}
    for category in ("accessibility", "best-practices", "seo", "performance"):
        for ref in lhr["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            score = audit.get("score")
            if score is None or audit.get("scoreDisplayMode") in ("manual", "notApplicable"):
                continue
            if score < 1 and (category != "performance" or ref.get("weight", 0) > 0):
                failing.setdefault(category, []).append(
                    {
                        "id": ref["id"],
                        "title": audit["title"],
                        "score": score,
                        "displayValue": audit.get("displayValue"),
                        "weight": ref.get("weight", 0),
                        "items": failing_items(audit),
                    }
                )
    resources = {
        item["resourceType"]: {"requests": item["requestCount"], "bytes": item["transferSize"]}
        for item in (audits.get("resource-summary", {}).get("details") or {}).get("items", [])
    }
    return {
        "url": lhr["finalDisplayedUrl"],
        "lighthouse": lhr["lighthouseVersion"],
        "form_factor": lhr["configSettings"]["formFactor"],
        "scores": {c: round((lhr["categories"][c]["score"] or 0) * 100) for c in CATEGORIES},
        "total_byte_weight": numeric("total-byte-weight"),
        "lcp_ms": numeric("largest-contentful-paint"),
        "fcp_ms": numeric("first-contentful-paint"),
        "tbt_ms": numeric("total-blocking-time"),
        "cls": numeric("cumulative-layout-shift"),
        "speed_index_ms": numeric("speed-index"),
        "resources": resources,
        "failing": failing,
        "runtime_warnings": lhr.get("runWarnings", []),
        "benchmark_index": lhr.get("environment", {}).get("benchmarkIndex"),
        "errored_audits": {
            audit_id: (audit.get("errorMessage") or "")[:160]
            for audit_id, audit in audits.items()
            if audit.get("scoreDisplayMode") == "error"
        },
        "main_thread_ms": numeric("mainthread-work-breakdown"),
        "bootup": [
            {"url": item.get("url"), "scripting_ms": item.get("scripting")}
            for item in (audits.get("bootup-time", {}).get("details") or {}).get("items", [])[:4]
        ],
    }


def failing_items(audit: dict, limit: int = 8) -> list[str]:
    """The elements or URLs an audit flags, as short strings."""
    details = audit.get("details") or {}
    items = details.get("items") or []
    out = []
    for item in items[:limit]:
        node = item.get("node") if isinstance(item, dict) else None
        if isinstance(node, dict):
            label = node.get("snippet") or node.get("selector") or ""
            explanation = node.get("explanation", "").replace("\n", " ")
            out.append(f"{label[:160]} — {explanation[:240]}" if explanation else label[:160])
        elif isinstance(item, dict):
            parts = [
                str(item.get(key))
                for key in ("url", "source", "description", "label", "value", "wastedBytes")
                if item.get(key) not in (None, "")
            ]
            out.append(" ".join(parts)[:240] or json.dumps(item)[:240])
    if len(items) > limit:
        out.append(f"… and {len(items) - limit} more")
    return out


def reach_to_chart(data: dict) -> str:
    """ms from pointing at the chart to its interactive version."""
    if "error" in data:
        return "error"
    return f"{data['rendered'] - data['reached']:.0f}"


def report(results: dict, name: str = "lighthouse") -> None:
    weights = results["page_weights"]
    pages = results["pages"]
    rows = [
        [
            kind,
            "/" + path,
            weights[path]["charts"],
            human_bytes(weights[path]["loaded_bytes"]),
            weights[path]["loaded_requests"],
            human_bytes(weights[path]["interactive_bytes"]),
            weights[path]["interactive_requests"],
        ]
        for kind, path in pages.items()
    ]
    print(
        table(
            ["page", "path", "charts", "bytes on load", "req", "with charts interactive", "req"],
            rows,
            title=f"Bytes transferred per page kind (Playwright, cold cache, gzip;"
            f" {results['commit']}); heaviest of all {len(weights)} pages: /{results['heaviest']}",
        )
    )
    print()
    rows = []
    for kind, found in results["chart_times"].items():
        cold, warm = found.get("cold", {}), found.get("warm", {})
        first_paint = f"{cold['fcp']:.0f}" if cold.get("fcp") else "error"
        rows.append(
            [kind, "/" + found["path"], first_paint, reach_to_chart(cold), reach_to_chart(warm)]
        )
    print(
        table(
            [
                "page",
                "path",
                "first paint, still included: ms",
                "point → interactive, cold: ms",
                "warm: ms",
            ],
            rows,
            title="Charts (Playwright, no throttling): first contentful paint, and from pointing at"
            " the first chart to its interactive version (plotly.js not cached / cached)",
        )
    )
    lighthouse = results.get("lighthouse")
    if lighthouse:
        print()
        rows = []
        for kind, lhr in lighthouse.items():
            if "error" in lhr:
                rows.append([kind, "error", "", "", "", "", "", "", "", ""])
                continue
            s = lhr["scores"]
            perf = str(s["performance"])
            if len(lhr.get("performance_runs", [])) > 1:
                perf += f" ({'/'.join(map(str, lhr['performance_runs']))})"
            rows.append(
                [
                    kind,
                    perf,
                    s["accessibility"],
                    s["best-practices"],
                    s["seo"],
                    human_bytes(lhr["total_byte_weight"]),
                    f"{lhr['lcp_ms']:.0f}",
                    f"{lhr['tbt_ms']:.0f}",
                    f"{lhr['cls']:.3f}",
                    f"{lhr.get('benchmark_index') or 0:.0f}",
                ]
            )
        print(
            table(
                [
                    "page",
                    "perf",
                    "a11y",
                    "best-pr",
                    "SEO",
                    "transferred",
                    "LCP ms",
                    "TBT ms",
                    "CLS",
                    "CPU index",
                ],
                rows,
                title="Lighthouse 12 (mobile, simulated throttling, CPU slowdown"
                f" {results['cpu_slowdown']:g}×; perf = median run, all runs in brackets)",
            )
        )
        print()
        targets = []
        for category, target in TARGETS.items():
            scores = {k: v["scores"].get(category) for k, v in lighthouse.items() if "scores" in v}
            below = [f"{k} {v}" for k, v in scores.items() if v is None or v < target]
            targets.append(
                [
                    f"{category} ≥ {target} on every page",
                    ", ".join(below) or "all pass",
                    "FAIL" if below else "PASS",
                ]
            )
        print(table(["target", "pages below", "result"], targets, title="Targets"))
        results["targets"] = [{"target": t, "below": b, "result": r} for t, b, r in targets]
        print()
        print("Failing audits (score < 1) by category, with the pages they fail on:")
        merged: dict[tuple[str, str], dict] = {}
        for kind, lhr in lighthouse.items():
            for category, audits in lhr.get("failing", {}).items():
                for audit in audits:
                    entry = merged.setdefault(
                        (category, audit["id"]),
                        {
                            "title": audit["title"],
                            "pages": [],
                            "items": audit["items"],
                            "weight": audit.get("weight", 1),
                        },
                    )
                    entry["pages"].append(kind)
        for (category, audit_id), entry in sorted(merged.items()):
            if category == "performance":
                continue
            unweighted = " (weight 0: does not lower the score)" if not entry["weight"] else ""
            print(
                f"- [{category}] {audit_id}{unweighted}: {entry['title']}"
                f" — on {', '.join(entry['pages'])}"
            )
            for item in entry["items"]:
                print(f"      {item}")
        perf = [(k, e) for (c, k), e in sorted(merged.items()) if c == "performance"]
        if perf:
            print("Performance audits below 1 (weighted):")
            for audit_id, entry in perf:
                print(f"- {audit_id}: {entry['title']} — on {', '.join(entry['pages'])}")
        if not merged:
            print("  none")
        errored: dict[str, str] = {}
        for lhr in lighthouse.values():
            errored |= lhr.get("errored_audits", {})
        if errored:
            print(
                "Audits Lighthouse could not run (errors of Lighthouse with this Chromium, not of"
                " the site):"
            )
            for audit_id, message in sorted(errored.items()):
                print(f"- {audit_id}: {message}")
    write_json(name, results)


if __name__ == "__main__":
    raise SystemExit(main())
