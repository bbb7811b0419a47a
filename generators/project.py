# A self-contained project for a site builder: pages, hand-written docs, overrides and config.
"""`explainer site`: everything a builder needs in one folder, with no hook to run.

The generated pages and chart files join the hand-written `docs/`; the theme overrides are
copied (less those a builder must not get); the config is the project's own, with the
navigation, site name, description and credit line filled in (HTML-escaped once, as the
theme prints them) and no hook or watched source folders. Every page carries its edit link in
its front matter. Written all at once or not at all; a hand-written page at a generated page's
path is refused.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generators.builders.base import plugin_entries, read_config
from generators.edit_links import data_edit_url, repo_edit_url, with_edit_links, with_edit_url
from generators.problems import DataError, Problem
from generators.site import OutputFile, site_files
from generators.site_config import site_meta, site_nav

if TYPE_CHECKING:
    from generators.builders import Builder
    from generators.model import Explainer

CONFIG_NAME = "mkdocs.yml"
DOCS = "docs"
OVERRIDES = "overrides"
# A project folder `explainer site` wrote (and may replace) holds this file.
MARKER = ".explainer-site"
MARKER_TEXT = "Written by `explainer site`; the next run replaces this whole folder.\n"
# Keys that name things outside the assembled project (hooks, the source folders).
DROPPED_KEYS = ("hooks", "watch", "docs_dir", "site_dir")
# The plugin that generates the pages: the assembled project already holds them.
GENERATING_PLUGIN = "explainer"


def derived_config(
    config: dict[str, Any], explainer: Explainer, has_overrides: bool
) -> dict[str, Any]:
    """The project's config with the data's name, description, credit line and navigation,
    pointing at the assembled folders (builder-neutral: no hook, no watched sources)."""
    derived = {key: value for key, value in config.items() if key not in DROPPED_KEYS}
    if "plugins" in derived:
        derived["plugins"] = _without_generating_plugin(derived["plugins"])
    meta = site_meta(explainer)
    derived["site_name"] = html.escape(meta.name)
    derived["site_description"] = html.escape(meta.description)
    derived["copyright"] = html.escape(meta.copyright)
    derived["docs_dir"] = DOCS
    theme = dict(derived.get("theme") or {})
    if has_overrides:
        theme["custom_dir"] = OVERRIDES
    derived["theme"] = theme
    derived["nav"] = site_nav(explainer, config.get("nav") or [])
    return derived


def _without_generating_plugin(plugins: object) -> list[Any] | dict[str, Any]:
    """mkdocs.yml's plugins (a list of names or one-key mappings, or a mapping) less ours."""
    if isinstance(plugins, dict):
        return {name: options for name, options in plugins.items() if name != GENERATING_PLUGIN}
    return [
        name if options is None else {name: options}
        for name, options in plugin_entries(plugins)
        if name != GENERATING_PLUGIN
    ]


def config_text(config: dict[str, Any], builder: Builder) -> str:
    """The derived config as YAML, with a header saying where it comes from."""
    header = (
        f"# Written by `explainer site --builder {builder.name}` from the project's mkdocs.yml\n"
        "# and the explainer's data: edit those and run it again, not this file.\n"
    )
    return header + yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=100)


def _folder_files(folder: Path) -> list[tuple[str, Path]]:
    """(relative path, file) for every file under `folder`, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(
        (path.relative_to(folder).as_posix(), path) for path in folder.rglob("*") if path.is_file()
    )


def _clashes(generated: list[OutputFile], hand_written: list[tuple[str, Path]]) -> None:
    paths = {path for path, _ in hand_written}
    clashes = sorted(file.path for file in generated if file.path in paths)
    if clashes:
        problem = Problem(
            DOCS,
            1,
            1,
            "",
            "generated pages would overwrite hand-written ones: " + ", ".join(clashes),
            "rename or remove the hand-written file",
        )
        raise DataError([problem])


def project_files(
    explainer: Explainer, config_path: Path, data_dir: Path, builder: Builder
) -> list[OutputFile]:
    """Every file of the assembled project, relative to its root, in a stable order."""
    project_dir = config_path.resolve().parent
    config = read_config(config_path)
    edit_uri = config.get("edit_uri")
    data_dir = data_dir.resolve()
    data_in_repo = (
        data_dir.relative_to(project_dir).as_posix()
        if data_dir.is_relative_to(project_dir)
        else None
    )
    generated = with_edit_links(site_files(explainer), data_edit_url(edit_uri, data_in_repo))
    hand_written = _folder_files(project_dir / config.get("docs_dir", DOCS))
    _clashes(generated, hand_written)
    pages: list[OutputFile] = list(generated)
    for path, file in hand_written:
        if path.endswith(".md"):
            text = with_edit_url(file.read_text(encoding="utf-8"), repo_edit_url(edit_uri, path))
            pages.append(OutputFile(path, text, ""))
        else:
            pages.append(OutputFile(path, file.read_bytes(), ""))
    if builder.adapt_page is not None:
        adapt = builder.adapt_page
        pages = [
            OutputFile(page.path, adapt(page.content), page.source)
            if page.path.endswith(".md") and isinstance(page.content, str)
            else page
            for page in pages
        ]
    files = [OutputFile(f"{DOCS}/{page.path}", page.content, page.source) for page in pages]
    custom_dir = (config.get("theme") or {}).get("custom_dir")
    overrides = _folder_files(project_dir / custom_dir) if custom_dir else []
    files += [
        OutputFile(f"{OVERRIDES}/{path}", file.read_bytes(), "")
        for path, file in overrides
        if path not in builder.skip_overrides
    ]
    config = builder.adapt_config(derived_config(config, explainer, bool(custom_dir)))
    files.append(OutputFile(CONFIG_NAME, config_text(config, builder), ""))
    files.append(OutputFile(MARKER, MARKER_TEXT, ""))
    return files


def refuse_foreign_project(out_dir: Path) -> None:
    """Raise DataError unless `out_dir` is new, empty, or a project `explainer site` wrote."""
    if not out_dir.exists():
        return
    if out_dir.is_dir() and (not any(out_dir.iterdir()) or (out_dir / MARKER).is_file()):
        return
    what = "is a file, not a folder" if not out_dir.is_dir() else "is not a project it wrote"
    problem = Problem(
        str(out_dir),
        1,
        1,
        "",
        f"{what}; it is left as it is",
        "give --out a new or empty folder, or one an earlier `explainer site` wrote",
    )
    raise DataError([problem])
