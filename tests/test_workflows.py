# The GitHub workflows are valid and call the make targets the README documents.
from __future__ import annotations

import re
import tomllib

import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text())


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^(make \w+)$", quick_start, flags=re.MULTILINE)


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_readme_quick_start_is_two_commands() -> None:
    assert readme_commands() == ["make serve", "make test"]


def test_ci_runs_the_readme_test_command_on_push_and_pull_request() -> None:
    workflow = load("ci.yml")
    triggers = workflow[True]  # YAML 1.1 reads the bare key `on` as true
    assert "push" in triggers and "pull_request" in triggers
    assert "make test" in [step.get("run") for step in steps(workflow)]
    assert "make test" in readme_commands()


def test_ci_script_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    assert "make test" in script


def test_pages_builds_strict_and_deploys_with_the_official_actions() -> None:
    workflow = load("pages.yml")
    used = [step.get("uses", "") for step in steps(workflow)]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in used)
    assert any(u.startswith("actions/deploy-pages@") for u in used)
    assert "make site" in [step.get("run") for step in steps(workflow)]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^site:.*\n(\t.*\n)*\t\$\(BIN\)/mkdocs build --strict", makefile, re.M)
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_actions_are_pinned_and_pip_is_cached() -> None:
    for name in ("ci.yml", "pages.yml", "lock-refresh.yml"):
        workflow = load(name)
        for step in steps(workflow):
            if "uses" in step:
                assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", step["uses"]), step["uses"]
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["cache"] == "pip"
                assert step["with"]["cache-dependency-path"] == "requirements.lock"


def locked() -> dict[str, list[str]]:
    """Each package in requirements.lock (normalised name) with the hashes it may install from."""
    lock = (ROOT / "requirements.lock").read_text()
    pins = re.findall(r"^([A-Za-z0-9][\w.-]*)==\S+((?: \\\n\s+--hash=sha256:\w+)*)", lock, re.M)
    return {normalise(name): re.findall(r"sha256:(\w+)", hashes) for name, hashes in pins}


def normalise(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9][\w.-]*", requirement)
    assert name, requirement
    return re.sub(r"[-_.]+", "-", name.group()).lower()


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["test"],
        *project["build-system"]["requires"],
    ]
    pins = locked()
    missing = [r for r in wanted if normalise(r) not in pins]
    assert not missing, f"not in requirements.lock (run `make lock`): {missing}"
    assert all(pins.values()), [name for name, hashes in pins.items() if not hashes]


def test_every_install_comes_from_the_lock() -> None:
    makefile = (ROOT / "Makefile").read_text()
    rule = re.search(r"^\$\(BIN\)/\.installed: (.*)\n((?:\t.*\n)+)", makefile, re.M)
    assert rule and "$(LOCK)" in rule.group(1).split(), "the venv stamp must depend on the lock"
    installs = [line for line in rule.group(2).splitlines() if "pip install" in line]
    assert installs[0].endswith("--require-hashes -r $(LOCK)")
    assert all("--require-hashes" in line or "--no-deps" in line for line in installs)
    assert re.search(r"^LOCK := requirements\.lock$", makefile, re.M)
