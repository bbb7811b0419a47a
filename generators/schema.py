# JSON Schema for each data file, so editors' YAML tooling completes and flags while they type.
"""Generate JSON Schema documents from the model."""

from __future__ import annotations

import json
from typing import Any

from generators.loader import DATA_FILES

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict[str, Any]]:
    """File name → JSON Schema for every data file."""
    result: dict[str, dict[str, Any]] = {}
    for data_file in DATA_FILES:
        record_schema = data_file.record.model_json_schema()
        if data_file.is_list:
            definitions = record_schema.pop("$defs", {})
            schema: dict[str, Any] = {
                "type": "array",
                "items": record_schema,
            }
            if definitions:
                schema["$defs"] = definitions
        else:
            schema = record_schema
        schema = {
            "$schema": SCHEMA_DIALECT,
            "title": f"{data_file.filename}: {data_file.record.__doc__ or ''}".strip(),
            **{k: v for k, v in schema.items() if k != "title"},
        }
        result[f"{data_file.name}.schema.json"] = schema
    return result


def dump(schema: dict[str, Any]) -> str:
    """Stable JSON text for a schema."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
