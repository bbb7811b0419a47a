# The vendored axe-core is the version its file name says, byte for byte the npm release.
from __future__ import annotations

import base64
import hashlib

from axe_playwright_python.base import AXE_SCRIPT

from tests.browser.axe_versions import AXES, LIGHTHOUSE_AXE, VENDOR, banner_version

# axe-core's own record of its 4.10.2 build (sri-history.json in the npm package), which is the
# tarball whose sha512 the npm registry lists (dist.integrity).
AXE_4_10_2_SRI = "sha256-tRHNnewBx29LKtFyO2a22zfUwutO0ZkHbhgp2e57deM="


def test_vendored_axe_is_the_release_its_name_says() -> None:
    script = LIGHTHOUSE_AXE.read_bytes()
    assert banner_version(script.decode()) == "4.10.2"
    assert LIGHTHOUSE_AXE.name == f"axe-core-{banner_version(script.decode())}.min.js"
    digest = base64.b64encode(hashlib.sha256(script).digest()).decode()
    assert f"sha256-{digest}" == AXE_4_10_2_SRI, "the file is not axe-core 4.10.2's axe.min.js"
    licence = (VENDOR / "axe-core-LICENSE.txt").read_text(encoding="utf-8")
    assert licence.startswith("Mozilla Public License, version 2.0")


def test_the_suite_runs_the_bundled_axe_and_lighthouses() -> None:
    bundled = banner_version(AXE_SCRIPT)
    assert list(AXES) == [bundled, "4.10.2"], "the bundled axe is no longer newer: check both"
