# Accessibility checks by two versions of axe-core, as they disagree (PITFALLS.md): the newest
# (axe-playwright-python's bundle) and 4.10.2, the one Lighthouse 12.2.3 runs (vendored here).
"""Run the same axe-core checks with each version and say which version found what."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from axe_playwright_python.base import AXE_SCRIPT
from axe_playwright_python.sync_playwright import Axe

if TYPE_CHECKING:
    from playwright.sync_api import Page

VENDOR = Path(__file__).parent / "vendor"
# The axe-core that Lighthouse 12.2.3 runs (its package.json pins axe-core 4.10.2).
LIGHTHOUSE_AXE = VENDOR / "axe-core-4.10.2.min.js"
OPTIONS = {"resultTypes": ["violations"]}


def banner_version(script: str) -> str:
    """The version axe-core's own banner gives (`/*! axe v4.10.2`)."""
    banner = re.match(r"/\*! axe v(\d+\.\d+\.\d+)\n", script)
    if banner is None:
        raise ValueError("not an axe-core build: no `/*! axe vX.Y.Z` banner")
    return banner[1]


def _axes() -> dict[str, Axe]:
    scripts = (AXE_SCRIPT, LIGHTHOUSE_AXE.read_text(encoding="utf-8"))
    return {banner_version(script): Axe(axe_script=script) for script in scripts}


# By version, newest first.
AXES = _axes()


def violations(page: Page) -> list[str]:
    """Every violation any version finds on the page, each line naming the versions that
    found it (`axe 4.10.2: link-in-text-block (serious): …`)."""
    found: dict[str, list[str]] = {}
    for version, axe in AXES.items():
        result = axe.run(page, options=OPTIONS)
        for v in result.response["violations"]:
            line = f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(
                " ".join(node["target"]) for node in v["nodes"][:5]
            )
            found.setdefault(line, []).append(version)
    return [f"axe {', '.join(versions)}: {line}" for line, versions in found.items()]
