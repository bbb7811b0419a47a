# Browser fixtures: the site built once, served on 127.0.0.1, and Debian's Chromium via Playwright.
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import DATA, ROOT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium calls other hosts at start (PITFALLS.md).
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Site:
    """A built site served on loopback."""

    url: str
    root: Path

    def pages(self) -> list[str]:
        """Every page's path relative to the site root, as a browser asks for it."""
        paths = []
        for html in sorted(self.root.rglob("index.html")):
            relative = html.parent.relative_to(self.root).as_posix()
            if relative.startswith("assets"):
                continue
            paths.append("" if relative == "." else relative + "/")
        return paths


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_site(data_dir: Path, site_dir: Path, url: str) -> None:
    env = os.environ | {
        "EXPLAINER_DATA": str(data_dir),
        "SITE_URL": url,
        "NO_MKDOCS_2_WARNING": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def serve(root: Path, port: int) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def serve_explainer(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """Build and serve any data folder's site: `serve_explainer(data_dir) -> Site`."""
    servers: list[ThreadingHTTPServer] = []

    def start(data_dir: Path) -> Site:
        port = _free_port()
        url = f"http://127.0.0.1:{port}/"
        root = tmp_path_factory.mktemp("site")
        build_site(data_dir, root, url)
        servers.append(serve(root, port))
        return Site(url, root)

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def site(serve_explainer) -> Site:
    """The real explainer, built from data/."""
    return serve_explainer(DATA)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make test` (it installs chromium)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@dataclass
class Watched:
    """A page with everything it logged and requested recorded."""

    page: Page
    errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.foreign_requests == [], self.foreign_requests


def watch(page: Page, site_url: str) -> Watched:
    """Record console errors, page errors and failed loads; block and record other hosts."""
    watched = Watched(page)
    own_host = urlsplit(site_url).netloc

    def on_console(message) -> None:
        if message.type == "error":
            watched.errors.append(f"console: {message.text}")

    def on_route(route) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).netloc == own_host:
            route.continue_()
        else:
            watched.foreign_requests.append(url)
            route.abort()

    # Every page is built with the site's Content-Security-Policy: a refused script, style or
    # request is an error here, whatever the browser's own console message says.
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', (e) => console.error("
        "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')))"
    )
    page.on("console", on_console)
    page.on("pageerror", lambda error: watched.errors.append(f"pageerror: {error}"))
    page.on(
        "response",
        lambda response: (
            watched.errors.append(f"HTTP {response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    page.route("**/*", on_route)
    return watched


@pytest.fixture
def open_page(browser: Browser, site: Site) -> Iterator:
    """`open_page(path, width=1280, scheme="light") -> Watched`, closed after the test."""
    contexts = []

    def opener(
        path: str = "", width: int = 1280, scheme: str = "light", target: Site = site
    ) -> Watched:
        context = browser.new_context(
            viewport={"width": width, "height": 800},
            color_scheme=scheme,  # type: ignore[arg-type]
        )
        contexts.append(context)
        page = context.new_page()
        watched = watch(page, target.url)
        page.goto(target.url + path, wait_until="load")
        return watched

    yield opener
    for context in contexts:
        context.close()


def render_all_charts(page: Page, timeout: int = 15000) -> list[str]:
    """Reach for each chart (scroll to it, point at it) and wait until it is interactive."""
    ids = page.eval_on_selector_all(
        ".chart-plot[data-chart]", "els => els.map(e => e.dataset.chart)"
    )
    for chart_id in ids:
        # Locators re-resolve, so a page swapped in by instant navigation meanwhile is fine.
        plot = page.locator(f'.chart-plot[data-chart="{chart_id}"]')
        plot.scroll_into_view_if_needed(timeout=timeout)
        plot.hover(timeout=timeout)
        page.wait_for_selector(
            f'.chart-plot[data-chart="{chart_id}"][data-state="rendered"]', timeout=timeout
        )
    return ids


def shown_still(page: Page, chart_id: str) -> dict:
    """The still drawing a chart shows now: its drawn width (viewBox) and on-screen box."""
    return page.evaluate(
        """id => {
            const svgs = [...document.querySelectorAll(
                `.chart-plot[data-chart="${id}"] .chart-still svg`)];
            const shown = svgs.filter(svg => getComputedStyle(svg).display !== 'none');
            return shown.map(svg => {
                const box = svg.getBoundingClientRect();
                return {drawn: svg.viewBox.baseVal.width, width: box.width, height: box.height};
            });
        }""",
        chart_id,
    )
