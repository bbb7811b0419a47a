# The whole validated explainer as one JSON document, for other tools.
"""JSON export: one key per record kind, each a list of records with all their fields."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generators.loader import DATA_FILES

if TYPE_CHECKING:
    from generators.model import Explainer


def export(explainer: Explainer) -> dict[str, list[dict[str, Any]]]:
    """Every record kind → its records as JSON-ready objects (the article is a one-item list)."""
    document: dict[str, list[dict[str, Any]]] = {}
    for data_file in DATA_FILES:
        value = getattr(explainer, data_file.name)
        records = value if data_file.is_list else [value]
        document[data_file.name] = [record.model_dump(mode="json") for record in records]
    return document


def export_json(explainer: Explainer) -> str:
    """The export as stable, human-readable JSON text."""
    return json.dumps(export(explainer), indent=2, ensure_ascii=False) + "\n"
