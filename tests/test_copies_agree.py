# Files copied from other projects agree with the versions installed from the lock.
from __future__ import annotations

import difflib
import hashlib
import os
import re
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import material
import plotly.offline
import pytest

from tests.conftest import ROOT

VENDORED_PLOTLY = ROOT / "docs" / "assets" / "vendor"
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
OVERRIDES = ROOT / "overrides"
MATERIAL_HEADER = "{#-\n  This file was automatically generated - do not edit\n-#}\n"

# Our changes to each copied Material template, as (Material's text, ours): the test undoes them
# and then expects Material's installed original. Change a copy, add its change here.
CHANGES: dict[str, list[tuple[str, str]]] = {
    "partials/footer.html": [
        ("{{ page.previous_page.title | e }}", "{{ page.previous_page.title | striptags | e }}"),
        ("{{ page.next_page.title | e }}", "{{ page.next_page.title | striptags | e }}"),
    ],
    "partials/search.html": [
        ('role="dialog">', 'role="dialog" aria-label="Search this site">'),
    ],
    # The edit link from the page's front matter (generators/edit_links.py).
    "partials/actions.html": [
        ("{% if page.edit_url %}", "{% if edit_url %}"),
        ('<a href="{{ page.edit_url }}"', '<a href="{{ edit_url }}"'),
        ('{% if "/blob/" in page.edit_url %}', '{% if "/blob/" in edit_url %}'),
        ("{{ page.edit_url | replace(part, 'raw') }}", "{{ edit_url | replace(part, 'raw') }}"),
    ],
    # The light/dark toggle, run by theme-palette.js instead of Material's script.
    "partials/palette.html": [
        (
            '<form class="md-header__option" data-md-component="palette">',
            '<form class="md-header__option" data-explainer-palette>',
        ),
    ],
    # main.html copies one block of base.html.
    "main.html": [
        ("{{ page.meta.title }}", "{{ page.meta.title | striptags | e }}"),
        ("{{ page.title | striptags }}", "{{ page.title | striptags | e }}"),
        (
            "{% elif page.title and not page.is_homepage %}",
            '{#- Zensical leaves page.is_homepage empty; the home page\'s url is "" in both'
            " builders. -#}\n{% elif page.title and not (page.is_homepage or not page.url) %}",
        ),
    ],
}


# Templates that replace Material's inline scripts with the same code served as files
# (docs/assets/javascripts/theme-*.js, reformatted): the SHA-256 of the Material original that
# each was ported from. When Material changes one, port the change and update its hash here.
PORTED: dict[str, str] = {
    "partials/javascripts/base.html": (
        "d6113712bc4deb30b4bd810ee0dfc28b6f04d2f88cc0016c0f1766eac7b762b6"
    ),
    "partials/javascripts/content.html": (
        "3722e156f0f6339de39fbbfc178b6e401d1a4fb890f189ac5b80c2504bda7dcf"
    ),
    "partials/javascripts/palette.html": (
        "8790389765ea6036effddba548b15093bb05bdc75624eaeaf8b13f3c24be4ab5"
    ),
}


def vendored_plotly_version() -> str:
    """The version plotly.js's own banner gives in the bundle the site ships."""
    (bundle,) = VENDORED_PLOTLY.glob("plotly-*.min.js")
    banner = re.search(r"plotly\.js \(.*\) v(\d+\.\d+\.\d+)", bundle.read_text()[:300])
    assert banner, bundle
    assert bundle.name == f"plotly-basic-{banner[1]}.min.js", bundle.name
    return banner[1]


def test_plotly_schema_is_the_vendored_plotly_js() -> None:
    """The tests validate figures against the schema of the plotly.js that the site ships."""
    assert plotly.offline.get_plotlyjs_version() == vendored_plotly_version(), (
        "the plotly package's schema is not the vendored plotly.js's: lock the plotly release "
        "that bundles it, or vendor the plotly.js it bundles"
    )


def test_chart_script_loads_the_vendored_bundle() -> None:
    script = (ROOT / "docs" / "assets" / "javascripts" / "charts.js").read_text()
    assert f"assets/vendor/plotly-basic-{vendored_plotly_version()}.min.js" in script


def undo(ours: str, changes: list[tuple[str, str]]) -> str:
    """Our copy with our changes taken out again."""
    for theirs, mine in changes:
        assert mine in ours, f"change no longer in our copy: {mine}"
        ours = ours.replace(mine, theirs)
    return ours


def block(template: str, name: str) -> str:
    """A Jinja block's body, dedented."""
    found = re.search(rf"{{% block {name} %}}\n(.*?)\n\s*{{% endblock %}}", template, re.S)
    assert found, name
    return textwrap.dedent(found[1])


def material_and_ours(relative: str) -> tuple[str, str]:
    """Material's installed original and our copy with our changes undone, comparable."""
    ours = (OVERRIDES / relative).read_text()
    if relative == "main.html":
        original = (MATERIAL_TEMPLATES / "base.html").read_text()
        return block(original, "htmltitle"), undo(block(ours, "htmltitle"), CHANGES[relative])
    assert MATERIAL_HEADER in ours, f"{relative}: keep Material's header to mark the copy's start"
    copy = MATERIAL_HEADER + ours.split(MATERIAL_HEADER, 1)[1]
    return (MATERIAL_TEMPLATES / relative).read_text(), undo(copy, CHANGES[relative])


def test_every_override_is_listed() -> None:
    on_disk = {p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.html")}
    assert on_disk == set(CHANGES) | set(PORTED)
    assert not set(CHANGES) & set(PORTED)


@pytest.mark.parametrize("relative", sorted(PORTED))
def test_scripts_ported_from_material_follow_the_installed_material(relative: str) -> None:
    original = (MATERIAL_TEMPLATES / relative).read_bytes()
    assert hashlib.sha256(original).hexdigest() == PORTED[relative], (
        f"Material {material.__version__} changed {relative}: port the change to the script "
        f"that overrides/{relative} loads, then update its hash in PORTED"
    )


@pytest.mark.parametrize("relative", sorted(CHANGES))
def test_copied_material_templates_match_the_installed_material(relative: str) -> None:
    original, ours = material_and_ours(relative)
    diff = "".join(
        difflib.unified_diff(
            original.splitlines(keepends=True),
            ours.splitlines(keepends=True),
            f"material {material.__version__}",
            f"overrides/{relative}",
        )
    )
    assert not diff, (
        f"Material's {relative} moved since we copied it: copy it again, re-apply our changes\n"
        + diff
    )


PIP = [sys.executable, "-m", "pip", "--quiet"]


def test_an_installed_wheel_points_at_schemas_that_exist(tmp_path: Path) -> None:
    """A wheel outside any checkout writes `$schema` paths to the schemas it installed."""
    subprocess.run(
        [
            *PIP,
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [*PIP, "--python", str(python), "install", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # The installed package first, this venv's dependencies after it (not its editable checkout).
    probe = (
        "import sys; sys.path.append(sys.argv[1]); "
        "from pathlib import Path; from generators.scaffold.write import schema_reference; "
        "import generators; assert generators.__file__.startswith(sys.prefix); "
        "print(schema_reference(Path(sys.argv[2]), 'quotes'))"
    )
    outside = tmp_path / "newsroom" / "bridge"
    outside.mkdir(parents=True)
    result = subprocess.run(
        [str(python), "-c", probe, sysconfig.get_path("purelib"), str(outside)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": ""},
    )
    schema = Path(result.stdout.strip())
    assert schema.is_absolute() and schema.is_file(), schema
    assert schema.read_bytes() == (ROOT / "schemas" / "quotes.schema.json").read_bytes()
    assert not schema.is_relative_to(ROOT)
