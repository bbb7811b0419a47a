# Benchmark: edit-to-reload under `mkdocs serve --livereload`, over HTTP and in a real browser.
"""Time from saving a data edit to seeing it on the served page.

    .venv/bin/python bench/reload.py [--edits 5] [--worktree] [--no-browser] [--dirty]

Starts `mkdocs serve --livereload` on 127.0.0.1 (a free port) with EXPLAINER_DATA pointing at a
temporary copy of data/ (the real data is never touched). Then, N times each: renames the first
person in the copy's people.yml to a unique marker and
  - HTTP: polls people/<id>/ until the marker is in the HTML;
  - browser: with the page open in Chromium (Playwright), waits until the page has reloaded by
    itself (livereload) and shows the marker.
Prints median and max save→visible times against the 2 s target, and MkDocs' own rebuild times
from the server log. The server is always stopped, every wait is bounded. Results:
bench/out/reload.json.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BIN,
    CHROME_FLAGS,
    CHROMIUM,
    base_env,
    checkout,
    free_port,
    head_commit,
    kill_group,
    machine_note,
    median,
    table,
    write_json,
)

TARGET_SECONDS = 2.0
START_TIMEOUT = 180.0
VISIBLE_TIMEOUT = 30.0
POLL = 0.05
SETTLE = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=5, help="edits per method (max 30)")
    parser.add_argument("--worktree", action="store_true", help="serve the working tree")
    parser.add_argument("--no-browser", action="store_true", help="HTTP polling only")
    parser.add_argument(
        "--dirty", action="store_true", help="serve with --dirty (rebuild changed pages only)"
    )
    args = parser.parse_args()
    edits = max(1, min(args.edits, 30))

    scratch = Path(tempfile.mkdtemp(prefix="explainer-reload-"))
    server: subprocess.Popen | None = None
    log_path = scratch / "serve.log"
    results: dict = {"machine": machine_note()}
    try:
        with checkout(args.worktree) as project:
            results["commit"] = head_commit(project)
            results["dirty"] = args.dirty
            data = scratch / "data"
            shutil.copytree(project / "data", data)
            person_id = yaml.safe_load((data / "people.yml").read_text(encoding="utf-8"))[0]["id"]
            port = free_port()
            base = f"http://127.0.0.1:{port}/"
            page_url = f"{base}people/{person_id}/"
            env = base_env(PYTHONPATH=str(project), EXPLAINER_DATA=str(data), SITE_URL=base)
            with log_path.open("w") as log:
                server = subprocess.Popen(
                    [
                        str(BIN / "mkdocs"),
                        "serve",
                        "--livereload",
                        "--dev-addr",
                        f"127.0.0.1:{port}",
                        *(["--dirty"] if args.dirty else []),
                    ],
                    cwd=project,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            started = time.perf_counter()
            if not wait_for(lambda: fetch(page_url) is not None, START_TIMEOUT, server):
                print(f"mkdocs serve did not start:\n{log_path.read_text()[-3000:]}")
                return 1
            results["startup_seconds"] = time.perf_counter() - started
            print(
                f"serving {base} in {results['startup_seconds']:.1f} s; editing {person_id}",
                file=sys.stderr,
            )
            people = data / "people.yml"
            http = [http_edit(people, person_id, page_url, i, server) for i in range(edits)]
            results["http"] = http
            if not args.no_browser:
                results["browser"] = browser_edits(people, person_id, page_url, edits, server)
            results["rebuild_seconds"] = [
                float(s) for s in re.findall(r"built in ([0-9.]+) seconds", log_path.read_text())
            ]
    finally:
        if server is not None:
            kill_group(server)
        results["log_tail"] = (
            log_path.read_text(errors="replace")[-2000:] if log_path.exists() else ""
        )
        shutil.rmtree(scratch, ignore_errors=True)
    report(results)
    return 0


def fetch(url: str) -> str | None:
    """The page's HTML, or None while the server does not answer 200."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError, TimeoutError):
        return None


def wait_for(condition, timeout: float, server: subprocess.Popen) -> bool:
    """Poll `condition` until true, the timeout passes, or the server exits."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            return False
        if condition():
            return True
        time.sleep(POLL)
    return False


def rename(people: Path, person_id: str, new_name: str) -> None:
    """Set the `name:` of one person in people.yml, keeping the rest of the file as it is."""
    text = people.read_text(encoding="utf-8")
    pattern = re.compile(rf"(^- id: {re.escape(person_id)}\n(?:  .*\n)*?  name: ).*$", re.MULTILINE)
    updated, count = pattern.subn(lambda m: m.group(1) + new_name, text, count=1)
    if count != 1:
        raise RuntimeError(f"no name line found for {person_id} in {people}")
    people.write_text(updated, encoding="utf-8")


def http_edit(people: Path, person_id: str, url: str, index: int, server: subprocess.Popen) -> dict:
    """One edit, then poll the page over HTTP until the new name shows."""
    marker = f"Bench Marker H{index} {uuid.uuid4().hex[:8]}"
    time.sleep(SETTLE)
    saved = time.perf_counter()
    rename(people, person_id, marker)
    polls = 0

    def visible() -> bool:
        nonlocal polls
        polls += 1
        html = fetch(url)
        return html is not None and marker in html

    ok = wait_for(visible, VISIBLE_TIMEOUT, server)
    seconds = time.perf_counter() - saved
    print(f"  http edit {index + 1}: {seconds:.2f} s {'ok' if ok else 'TIMEOUT'}", file=sys.stderr)
    return {"seconds": seconds if ok else None, "ok": ok, "polls": polls}


def browser_edits(
    people: Path, person_id: str, url: str, edits: int, server: subprocess.Popen
) -> list[dict]:
    """Edits with the page open in Chromium: time until livereload shows the new name."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    runs: list[dict] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROME_FLAGS, "--headless=new"], headless=True
        )
        try:
            page = browser.new_page()
            page.set_default_timeout(VISIBLE_TIMEOUT * 1000)
            page.goto(url, wait_until="load")
            for index in range(edits):
                marker = f"Bench Marker B{index} {uuid.uuid4().hex[:8]}"
                time.sleep(SETTLE)
                # A token on window: if it is gone when the marker shows, the page reloaded itself.
                page.evaluate("window.__benchToken = 1")
                saved = time.perf_counter()
                rename(people, person_id, marker)
                seen = False
                reloaded = False
                deadline = saved + VISIBLE_TIMEOUT
                while time.perf_counter() < deadline and server.poll() is None:
                    try:
                        state = page.evaluate(
                            "m => [document.body !== null && document.body.innerText.includes(m),"
                            " window.__benchToken === 1]",
                            marker,
                        )
                    except PlaywrightError:
                        state = [False, True]  # navigating: the context went away mid-call
                    if state[0]:
                        seen, reloaded = True, not state[1]
                        break
                    time.sleep(POLL)
                seconds = time.perf_counter() - saved
                note = ("ok" if seen else "TIMEOUT") + (
                    "" if reloaded or not seen else " (no reload?)"
                )
                print(
                    f"  browser edit {index + 1}: {seconds:.2f} s {note}",
                    file=sys.stderr,
                )
                runs.append(
                    {"seconds": seconds if seen else None, "ok": seen, "reloaded": reloaded}
                )
        finally:
            browser.close()
    return runs


def report(results: dict) -> None:
    rows = []
    targets = []
    for method in ("http", "browser"):
        runs = results.get(method)
        if not runs:
            continue
        times = [r["seconds"] for r in runs if r["ok"]]
        failed = len(runs) - len(times)
        med = median(times) if times else None
        worst = max(times) if times else None
        rows.append([method, len(runs), failed, med, worst, min(times) if times else None])
        passed = bool(times) and not failed and med is not None and med <= TARGET_SECONDS
        targets.append(
            [
                f"{method}: median save→visible ≤ {TARGET_SECONDS:.0f} s at 1×",
                med,
                "PASS" if passed else "FAIL",
            ]
        )
    title = (
        f"Edit → visible under mkdocs serve --livereload ({results.get('commit')};"
        f" server start {results.get('startup_seconds', 0):.1f} s)"
    )
    print(table(["method", "edits", "timeouts", "median s", "max s", "min s"], rows, title=title))
    rebuilds = results.get("rebuild_seconds") or []
    if rebuilds:
        print(
            "\nMkDocs' own build times from the serve log (first is the initial build): "
            + ", ".join(f"{s:.2f}" for s in rebuilds)
        )
    if any(not r.get("reloaded", True) for r in results.get("browser", []) if r["ok"]):
        print("note: some browser edits showed the marker without a page reload")
    print()
    print(table(["target", "measured s", "result"], targets, title="Targets"))
    results["targets"] = [{"target": t, "measured": m, "result": r} for t, m, r in targets]
    write_json("reload", results)


if __name__ == "__main__":
    raise SystemExit(main())
