# `mkdocs serve` survives a bad edit: keeps the last good site, shows the problem, recovers.
from __future__ import annotations

import html
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def wait_for(url: str, condition, what: str) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and condition(page):
            return page
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what} at {url}")


# `mkdocs serve` with a build that breaks where the data checks cannot see: a person whose
# name holds BREAK-GENERATION makes the page renderer raise; BREAK-BUILD adds a generated page
# whose file name the OS refuses, so MkDocs' own build fails after generation succeeded.
FAULTY_SERVE = """
import sys
import generators.site
from generators.site import OutputFile
render = generators.site.site_files
def site_files(explainer):
    files = render(explainer)
    names = " ".join(person.name for person in explainer.people)
    if "BREAK-GENERATION" in names:
        raise RuntimeError("the page renderer broke")
    if "BREAK-BUILD" in names:
        files.append(OutputFile("x" * 300 + ".md", "# Too long\\n", "people.yml"))
    return files
generators.site.site_files = site_files
from mkdocs.__main__ import cli
sys.exit(cli())
"""


@contextmanager
def serving(data_dir: Path, log: Path, ready: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """`mkdocs serve` (with the faults above) of `data_dir`, once its home page holds `ready`."""
    port = _free_port()
    env = os.environ | {"EXPLAINER_DATA": str(data_dir), "NO_MKDOCS_2_WARNING": "1"}
    command = ["serve", "--livereload", "-a", f"127.0.0.1:{port}"]
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-c", FAULTY_SERVE, *command],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for(url, lambda page: ready in page, "the first build")
        time.sleep(1.0)  # let the watcher settle after the first build
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def server(mini_dir: Path, tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    log = tmp_path / "serve.log"
    with serving(mini_dir, log, "Two river towns agree to share a ferry") as (url, process):
        yield url, process, log


def test_bad_edit_keeps_the_last_good_site_and_recovers(server, mini_dir: Path) -> None:
    a_bad_edit_keeps_the_last_good_site_until_fixed(server, mini_dir)


def a_bad_edit_keeps_the_last_good_site_until_fixed(server, mini_dir: Path, settle=0.0) -> None:
    """A save that breaks the data shows the problems over the last good pages; the fix, the
    fixed pages (shared with the Zensical server's test; `settle`: its watcher's first look)."""
    url, process, log = server
    people = mini_dir / "people.yml"
    good = people.read_text()
    time.sleep(settle)
    people.write_text(good.replace("group: other", "group: mayors", 1), encoding="utf-8")
    page = wait_for(url + "people/ruiz/", lambda p: "The data has problems" in p, "the error")
    assert "Ana Ruiz" in page  # the last good content is still served
    assert "people[0].group: group &#x27;mayors&#x27; is not in the default groups" in page
    assert process.poll() is None, "the server stopped"
    assert "people[0].group: group 'mayors' is not in the default groups" in log.read_text()
    assert "Traceback" not in log.read_text()

    people.write_text(good.replace("Ana Ruiz", "Ana Ruiz-Ortega"), encoding="utf-8")
    page = wait_for(url + "people/ruiz/", lambda p: "Ana Ruiz-Ortega" in p, "the fix")
    assert "The data has problems" not in page
    assert process.poll() is None


@pytest.mark.parametrize(
    ("fault", "says"),
    [
        ("BREAK-GENERATION", "RuntimeError: the page renderer broke"),
        ("BREAK-BUILD", "OSError: [Errno 36] File name too long"),
    ],
    ids=["generation", "mkdocs-build"],
)
def test_an_edit_that_breaks_the_build_keeps_the_last_good_site(
    server, mini_dir: Path, fault: str, says: str
) -> None:
    """Not only data the checks refuse: any failure keeps the last good site and says why."""
    url, process, log = server
    people = mini_dir / "people.yml"
    good = people.read_text()
    people.write_text(good.replace("Ana Ruiz", f"Ana Ruiz {fault}"), encoding="utf-8")
    page = wait_for(url + "people/ruiz/", lambda p: "The data has problems" in p, "the error")
    assert "this is the last good version" in page
    assert html.escape(says) in page
    assert "Ana Ruiz" in page and fault not in page.split("</pre>", 1)[1]
    assert process.poll() is None, "the server stopped"
    assert says in log.read_text()
    assert "Traceback" not in log.read_text()

    people.write_text(good.replace("Ana Ruiz", "Ana Ruiz-Ortega"), encoding="utf-8")
    page = wait_for(url + "people/ruiz/", lambda p: "Ana Ruiz-Ortega" in p, "the fix")
    assert "The data has problems" not in page
    assert process.poll() is None


@pytest.mark.parametrize(
    ("broken", "says"),
    [
        (
            ("group: other", "group: mayors"),
            "people[0].group: group 'mayors' is not in the default groups",
        ),
        (("Ana Ruiz", "Ana Ruiz BREAK-GENERATION"), "RuntimeError: the page renderer broke"),
    ],
    ids=["loader", "generation"],
)
def test_serving_broken_data_from_the_start_says_there_is_no_good_version(
    mini_dir: Path, tmp_path: Path, broken: tuple[str, str], says: str
) -> None:
    people = mini_dir / "people.yml"
    good = people.read_text()
    people.write_text(good.replace(*broken, 1), encoding="utf-8")
    log = tmp_path / "serve.log"
    with serving(mini_dir, log, "The data has problems") as (url, process):
        home = fetch(url)
        assert home is not None
        assert "The data has problems: there is no good version yet" in home
        assert html.escape(says) in home
        assert "last good version" not in home + log.read_text()
        assert "pages appear here as soon as the problems above are fixed" in home
        assert "WARNING" not in log.read_text() and "Traceback" not in log.read_text()
        people.write_text(good, encoding="utf-8")
        page = wait_for(url + "people/ruiz/", lambda p: "Ana Ruiz" in p, "the fix")
        assert "The data has problems" not in page
        assert process.poll() is None


def test_a_first_build_that_fails_stops_serve_with_a_sentence(
    mini_dir: Path, tmp_path: Path
) -> None:
    """With no good version to keep, serve cannot start: it says why, without a traceback."""
    people = mini_dir / "people.yml"
    people.write_text(people.read_text().replace("Ana Ruiz", "Ana Ruiz BREAK-BUILD"), "utf-8")
    env = os.environ | {"EXPLAINER_DATA": str(mini_dir), "NO_MKDOCS_2_WARNING": "1"}
    command = ["serve", "--livereload", "-a", f"127.0.0.1:{_free_port()}"]
    result = subprocess.run(
        [sys.executable, "-c", FAULTY_SERVE, *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    said = result.stdout + result.stderr  # MkDocs prints its Abort on stdout, its log on stderr
    assert result.returncode == 1
    assert "mkdocs serve cannot start: the site could not be built from the data: " in said
    assert "OSError: [Errno 36] File name too long" in said
    assert "There is no good version to show yet" in said
    assert "Traceback" not in said


def test_serve_looks_for_edits_every_tenth_of_a_second(
    tmp_path: Path,
) -> None:
    from types import SimpleNamespace

    from mkdocs.livereload import LiveReloadServer

    from generators import mkdocs_plugin

    plugin_object = mkdocs_plugin.ExplainerPlugin()  # no data folder to follow here

    docs, theme, plugin, extra = (tmp_path / name for name in ("docs", "theme", "plugin", "extra"))
    for folder in (docs, theme, plugin, extra):
        folder.mkdir()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: x\n")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(docs))
    server.watch(str(config_file))
    server.watch(str(plugin))  # as another plugin's on_serve may, before ours
    server.watch(str(plugin))
    config = SimpleNamespace(
        docs_dir=str(docs), config_file_path=str(config_file), theme=SimpleNamespace(dirs=[theme])
    )
    assert plugin_object.on_serve(server, config, builder=None) is server  # type: ignore[arg-type]
    server.watch(str(extra))  # as MkDocs then does for `watch:` and the data folder
    assert server.observer.timeout == mkdocs_plugin.WATCH_POLL_SECONDS == 0.1
    scheduled = [emitter.watch.path for emitter in server.observer.emitters]
    # The config file is watched through its folder; theme folders were not watched before.
    expected = [str(docs), str(config_file.parent), str(plugin), str(extra)]
    assert sorted(scheduled) == sorted(expected)
    server.unwatch(str(plugin))  # watched twice, so still watched after one unwatch
    assert str(plugin) in [emitter.watch.path for emitter in server.observer.emitters]


def test_serve_keeps_seeing_edits_after_the_data_folder_is_made_again(
    tmp_path: Path,
) -> None:
    """A `git checkout` of another branch removes the data folder and makes it again."""
    import shutil
    import threading
    from types import SimpleNamespace

    from mkdocs.livereload import LiveReloadServer

    from generators.mkdocs_plugin import ExplainerPlugin

    docs, data = tmp_path / "docs", tmp_path / "data"
    docs.mkdir()
    data.mkdir()
    (data / "people.yml").write_text("[]\n")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: x\n")
    builds = threading.Semaphore(0)
    plugin = ExplainerPlugin()
    plugin.state.data_dir = data  # as on_config, before on_serve, sets it
    server = LiveReloadServer(builder=builds.release, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(docs))
    server.watch(str(config_file))
    config = SimpleNamespace(
        docs_dir=str(docs), config_file_path=str(config_file), theme=SimpleNamespace(dirs=[])
    )
    server = plugin.on_serve(server, config, builder=None)  # type: ignore[arg-type]
    server.watch(str(data))  # as MkDocs then does for the data folder
    serving = threading.Thread(target=server.serve, daemon=True)
    serving.start()

    def rebuilt_after(change) -> bool:
        while builds.acquire(blocking=False):  # forget builds asked for before the change
            pass
        change()
        return builds.acquire(timeout=5)

    try:
        time.sleep(0.5)  # the watchers' first look
        assert rebuilt_after(lambda: (data / "people.yml").write_text("[] # one\n"))
        time.sleep(0.5)

        def remove() -> None:
            shutil.rmtree(data)

        assert rebuilt_after(remove), "the removal was not seen"
        time.sleep(0.5)  # seen gone by every watcher

        def make_again() -> None:
            data.mkdir()
            (data / "people.yml").write_text("[]\n")

        assert rebuilt_after(make_again), "the new folder was not seen"
        time.sleep(0.5)
        assert rebuilt_after(lambda: (data / "people.yml").write_text("[] # two\n")), (
            "an edit in the new folder was not seen"
        )
    finally:
        server.shutdown()
        serving.join(timeout=5)


def test_a_failed_build_falls_back_to_the_last_good_version_then_to_the_problems_alone() -> None:
    from generators.mkdocs_serve import failure_report, falling_back
    from generators.mkdocs_state import AdapterState, Fallback, SiteVersion

    state = AdapterState(last_good=SiteVersion({}, []))
    asked: list[Fallback | None] = []
    first = OSError(36, "File name too long")

    def build(failing: int) -> None:
        asked.append(state.fallback)
        if len(asked) <= failing:
            raise first if len(asked) == 1 else RuntimeError("the last good version fails too")

    falling_back(lambda: build(failing=2), state)()
    report = failure_report(first)
    assert asked == [None, Fallback(report, keep_last_good=True), Fallback(report, False)]
    assert state.fallback is None
    asked.clear()
    with pytest.raises(OSError, match="File name too long"):  # not the data's fault: MkDocs'
        falling_back(lambda: build(failing=3), state)()
    assert len(asked) == 3 and state.fallback is None
