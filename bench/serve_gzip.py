# A tiny threaded static server for a built site, gzipping text as a production host would.
"""Serve a folder on 127.0.0.1 with gzip for text, JavaScript, CSS, JSON and SVG responses.

    .venv/bin/python bench/serve_gzip.py SITE_DIR [--port 8765]

Used by bench/lighthouse.py (in a thread, via `serve()`), or on its own to look at a built site.
Directory URLs serve their index.html, a folder without a trailing slash redirects, missing files
get the site's 404.html with status 404. Responses carry Content-Type, Content-Length, `Vary:
Accept-Encoding` and a short Cache-Control, so a cold-cache run and a warm one differ as on a host.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import mimetypes
import posixpath
import threading
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
    "application/manifest+json",
)
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".mjs": "application/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".csv": "text/csv; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".gz": "application/gzip",
}


def content_type(path: Path) -> str:
    """The Content-Type for a file, by suffix."""
    guessed = mimetypes.guess_type(path.name)[0]
    return TYPES.get(path.suffix) or guessed or "application/octet-stream"


@lru_cache(maxsize=1024)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


def make_handler(root: Path) -> type[BaseHTTPRequestHandler]:
    """A request handler class serving files under `root`."""
    root = root.resolve()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "bench-gzip/1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _resolve(self) -> tuple[Path | None, str | None]:
            url_path = unquote(urlsplit(self.path).path)
            clean = posixpath.normpath(url_path)
            if ".." in clean.split("/"):
                return None, None
            target = (root / clean.lstrip("/")).resolve()
            if not target.is_relative_to(root):
                return None, None
            if target.is_dir():
                if not url_path.endswith("/"):
                    return None, url_path + "/"
                target = target / "index.html"
            return (target if target.is_file() else None), None

        def _serve(self, head: bool) -> None:
            target, redirect = self._resolve()
            if redirect is not None:
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", redirect)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = HTTPStatus.OK
            if target is None:
                status = HTTPStatus.NOT_FOUND
                target = root / "404.html"
                if not target.is_file():
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
            kind = content_type(target)
            body: bytes
            encoding = None
            accepts = self.headers.get("Accept-Encoding", "")
            if kind.startswith(COMPRESSIBLE) and "gzip" in accepts:
                body = _gzipped(str(target), target.stat().st_mtime_ns)
                encoding = "gzip"
            else:
                body = target.read_bytes()
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Cache-Control", "public, max-age=600")
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


class Server:
    """A running server in a daemon thread; use as a context manager so it always stops."""

    def __init__(self, root: Path, port: int = 0) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), make_handler(root))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def serve(root: Path, port: int = 0) -> Server:
    """A server for `root` on 127.0.0.1 (port 0: any free one); start it with `with`."""
    return Server(root, port)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with serve(args.root, args.port) as server:
        print(f"serving {args.root} at {server.url} (Ctrl-C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
