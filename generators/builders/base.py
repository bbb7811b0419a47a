# What a builder needs from an assembled project: its config tweaks, overrides and page rules.
"""The `Builder` record and the config reading both builders share (`mkdocs.yml`, `!ENV`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Builder:
    """One site builder: its name, the command that builds an assembled project, how the
    project's config is adapted for it, the theme overrides it must not get, and an optional
    rule that changes a page's Markdown (its front matter, say) for it."""

    name: str
    build_command: tuple[str, ...]
    serve_command: tuple[str, ...]
    adapt_config: Callable[[dict[str, Any]], dict[str, Any]]
    skip_overrides: frozenset[str] = frozenset()
    adapt_page: Callable[[str], str] | None = field(default=None)


class _ConfigLoader(yaml.SafeLoader):
    """YAML as MkDocs and Zensical read `mkdocs.yml`: `!ENV` resolved from the environment."""


def _env(loader: _ConfigLoader, node: yaml.Node) -> Any:
    """`!ENV VAR` or `!ENV [VAR, OTHER, default]`: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)  # type: ignore[arg-type]
        names, default = items[:-1], items[-1] if len(items) > 1 else None
        if len(items) == 1:
            names = items
    for name in names:
        if name in os.environ:
            value = os.environ[name]
            tag = loader.resolve(yaml.ScalarNode, value, (True, False))
            return loader.construct_object(yaml.ScalarNode(tag, value))
    return default


_ConfigLoader.add_constructor("!ENV", _env)


def read_config(path: Path) -> dict[str, Any]:
    """A project's `mkdocs.yml` as plain data, environment variables resolved."""
    with path.open(encoding="utf-8") as stream:
        config = yaml.load(stream, Loader=_ConfigLoader)  # a SafeLoader subclass
    return config if isinstance(config, dict) else {}


def plugin_entries(plugins: object) -> list[tuple[str, Any]]:
    """mkdocs.yml's `plugins` (a mapping, or a list of names and one-key mappings) as
    (name, options) pairs, in order; options None where a plugin is named alone."""
    if isinstance(plugins, dict):
        return list(plugins.items())
    if not isinstance(plugins, list):
        return []
    return [
        (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        for entry in plugins
        if isinstance(entry, str) or (isinstance(entry, dict) and len(entry) == 1)
    ]


def plugin_data_dir(config_path: Path, plugin: str = "explainer") -> Path | None:
    """The data folder the `explainer` plugin's `data` option names in `config_path` (relative to
    that file's folder), or None if there is no such file, plugin or option."""
    try:
        config = read_config(config_path)
    except (OSError, yaml.YAMLError):
        return None
    for name, options in plugin_entries(config.get("plugins")):
        if name == plugin and isinstance(options, dict) and isinstance(options.get("data"), str):
            return config_path.parent / options["data"]
    return None
