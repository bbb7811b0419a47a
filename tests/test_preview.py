# The project kept in step under `explainer serve --builder zensical`: banner, sync, snapshot.
from __future__ import annotations

from pathlib import Path

from generators.preview import flagged, snapshot, sync, with_banner
from generators.site import OutputFile


def test_the_banner_goes_after_the_front_matter_and_is_escaped() -> None:
    page = with_banner('---\ndescription: "x"\n---\n# Title\n', "a.yml:1:1: <b>bad</b>")
    front, body = page.split("---\n")[1:]
    assert front == 'description: "x"\n'
    assert body.startswith('<div class="admonition failure explainer-data-problems" role="alert">')
    assert "&lt;b&gt;bad&lt;/b&gt;" in body and "<b>" not in body
    assert body.endswith("</div>\n\n# Title\n")
    assert with_banner("# Bare\n", "x").endswith("</div>\n\n# Bare\n")


def test_only_pages_are_flagged() -> None:
    files = [OutputFile("docs/a.md", "# A\n", ""), OutputFile("mkdocs.yml", "x: 1\n", "")]
    flagged_files = flagged(files, "problem")
    assert "problem" in flagged_files[0].content
    assert flagged_files[1] == files[1]


def test_sync_writes_what_changed_and_removes_what_is_gone(tmp_path: Path) -> None:
    first = [OutputFile("docs/a.md", "# A\n", ""), OutputFile("docs/old/b.md", "# B\n", "")]
    assert sync(first, tmp_path) == 2
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("built")  # the builder's own output
    before = (tmp_path / "docs" / "a.md").stat().st_mtime_ns
    assert sync([first[0], OutputFile("docs/c.md", "# C\n", "")], tmp_path) == 2
    assert (tmp_path / "docs" / "a.md").stat().st_mtime_ns == before  # unchanged: not rewritten
    assert not (tmp_path / "docs" / "old").exists()
    assert (tmp_path / "site" / "index.html").read_text() == "built"
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["a.md", "c.md"]


def test_a_snapshot_sees_an_edit(tmp_path: Path) -> None:
    data = tmp_path / "people.yml"
    data.write_text("- id: a\n")
    before = snapshot([tmp_path])
    data.write_text("- id: ab\n")
    assert snapshot([tmp_path]) != before
    assert snapshot([tmp_path / "missing"]) == {}
