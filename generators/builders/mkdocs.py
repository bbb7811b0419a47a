# MkDocs (with Material, or ProperDocs): the project's config as it is, without the hook.
"""MkDocs needs nothing changed in an assembled project."""

from __future__ import annotations

from typing import Any

from generators.builders.base import Builder


def adapt_config(config: dict[str, Any]) -> dict[str, Any]:
    """The config unchanged: the assembled project already holds every page."""
    return config


MKDOCS = Builder(
    name="mkdocs",
    build_command=("mkdocs", "build", "--strict"),
    serve_command=("mkdocs", "serve", "--livereload"),
    adapt_config=adapt_config,
)
