# `explainer serve --builder zensical` survives a bad edit as `mkdocs serve` does
# (tests/test_serve.py): the project is kept in step with the data, the last good pages stay.
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_serve import _free_port, a_bad_edit_keeps_the_last_good_site_until_fixed, wait_for


def serve_command(builder: str, address: str, project: Path) -> list[str]:
    if builder == "mkdocs":
        return [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", address]
    options = ["--builder", builder, "--dev-addr", address, "--out", str(project)]
    return [sys.executable, "-m", "generators", "serve", *options]


@pytest.fixture(params=["zensical"])
def server(
    request: pytest.FixtureRequest, mini_dir: Path, tmp_path: Path
) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    port = _free_port()
    log = tmp_path / "serve.log"
    env = os.environ | {"EXPLAINER_DATA": str(mini_dir), "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as output:
        process = subprocess.Popen(
            serve_command(request.param, f"127.0.0.1:{port}", tmp_path / "project"),
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(url + "people/ruiz/", lambda page: "Ana Ruiz" in page, "the first build")
        yield url, process, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_bad_edit_keeps_the_last_good_site_and_recovers(server, mini_dir: Path) -> None:
    a_bad_edit_keeps_the_last_good_site_until_fixed(server, mini_dir, settle=1.0)


def test_a_server_the_plugin_does_not_know_keeps_its_own_watcher(tmp_path: Path) -> None:
    """A newer MkDocs or a fork without MkDocs 1.6's private list of watched paths: plain
    MkDocs behaviour, no error."""
    from types import SimpleNamespace

    from mkdocs.livereload import LiveReloadServer

    from generators.mkdocs_plugin import ExplainerPlugin

    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path))
    del server._watched_paths
    observer = server.observer
    config = SimpleNamespace(docs_dir=str(tmp_path), config_file_path="", theme=None)
    plugin = ExplainerPlugin()
    assert plugin.on_serve(server, config, builder=None) is server  # type: ignore[arg-type]
    assert server.observer is observer
    other = SimpleNamespace(watch=print)  # not a LiveReloadServer at all
    assert plugin.on_serve(other, config, builder=None) is other  # type: ignore[arg-type]
