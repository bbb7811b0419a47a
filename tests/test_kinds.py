# generators.kinds: one registry of record kinds, which every part of the package reads.
from __future__ import annotations

import ast
from pathlib import Path

from generators import crossref, kinds
from generators.model import Explainer
from generators.pages.places import LABELS, SHOWN_AT
from tests.conftest import MINI, ROOT


def test_every_field_of_an_explainer_is_a_kind_with_a_data_file() -> None:
    assert [kind.name for kind in kinds.DATA_KINDS] == list(Explainer.model_fields)
    for kind in kinds.DATA_KINDS:
        annotation = Explainer.model_fields[kind.name].annotation
        assert kind.record in (annotation, *getattr(annotation, "__args__", ())), kind.name


def test_every_kind_has_a_place_in_the_site_and_a_label() -> None:
    """A new kind without a place would link nowhere from the sources page."""
    assert set(SHOWN_AT) == set(LABELS) == set(kinds.BY_NAME)


def test_references_name_kinds_of_the_registry() -> None:
    for kind, fields in crossref.REFERENCES.items():
        assert kind in kinds.BY_NAME
        for targets in fields.values():
            assert set(targets) <= set(kinds.LIST_KINDS), (kind, targets)


def test_every_record_has_a_place_and_a_label(mini: Explainer) -> None:
    from generators.pages.places import Places

    places = Places(mini)
    records = kinds.all_records(mini)
    assert len(places.by_record) == len(records)
    for target, label in places.by_record.values():
        assert target.split("#")[0].endswith(".md") and label


def test_the_loader_reads_one_file_per_data_kind() -> None:
    names = {path.stem for path in MINI.glob("*.yml")}
    assert names == {kind.name for kind in kinds.DATA_KINDS}


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_charts_do_not_import_pages() -> None:
    """Pages embed charts; charts know nothing of pages (not even for type hints)."""
    for module in (ROOT / "generators" / "charts").rglob("*.py"):
        assert not any(name.startswith("generators.pages") for name in _imports(module)), module


def test_the_registry_depends_on_the_model_alone() -> None:
    imported = {n for n in _imports(ROOT / "generators" / "kinds.py") if n.startswith("generators")}
    assert imported == {"generators.model"}
