# Deterministic synthetic data: the article's data copied k times, ids and references kept valid.
"""Scale a data folder by a whole factor, for growth benchmarks.

    from synthetic import scale
    counts = scale(Path("data"), Path("/tmp/data-10x"), factor=10)

    .venv/bin/python bench/synthetic.py data /tmp/data-10x 10

Every list record is copied `factor` times; copy k has every id suffixed with `-k` and every
reference rewritten to the same copy's ids (the reference fields come from
`generators.crossref.REFERENCES`, so they follow the schema). `article.yml` stays single, its
authors, contributors and parties pointing at copy 0; paragraph ids are unchanged, so every
`sources` list stays valid. With `distinct_names` (the default), copies after the first get
" k" appended to their display names and glossary terms, as a longer article would have more
distinct names; without it the site repeats copy 0's names. Output is byte-identical for the
same input and factor.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

# Display fields that make records distinct to a reader (not ids, not references).
NAME_FIELDS = ("name", "short_name", "term", "title")
LIST_NAME_FIELDS = ("aliases",)


class _Loader(yaml.SafeLoader):
    """Like the project's loader: dates stay text, so they are written back unchanged."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# libyaml's emitter when PyYAML has it (50× faster at 100×); output is deterministic either way.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def references() -> dict[str, dict[str, Any]]:
    """Reference fields per file kind, from the project's own cross-reference rules."""
    from generators.crossref import REFERENCES

    return REFERENCES


def _suffix(value: Any, copy: int) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [_suffix(item, copy) for item in value]
    return f"{value}-{copy}"


def copy_record(record: dict, kind: str, copy: int, distinct_names: bool = True) -> dict:
    """Copy `copy` of one list record: id and references suffixed, names made distinct."""
    fields = references().get(kind, {})
    out = dict(record)
    out["id"] = _suffix(record["id"], copy)
    for field in fields:
        if field in out:
            out[field] = _suffix(out[field], copy)
    if distinct_names and copy > 0:
        for field in NAME_FIELDS:
            if isinstance(out.get(field), str):
                out[field] = f"{out[field]} {copy}"
        for field in LIST_NAME_FIELDS:
            if isinstance(out.get(field), list):
                out[field] = [f"{item} {copy}" for item in out[field]]
    return out


def scale(source: Path, target: Path, factor: int, distinct_names: bool = True) -> dict[str, int]:
    """Write the data of `source` scaled by `factor` into `target`; return records per file."""
    if factor < 1:
        raise ValueError("factor must be at least 1")
    target.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for path in sorted(source.glob("*.yml")):
        kind = path.stem
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        header = _header(path)
        if kind == "article":
            article = dict(data)
            for field in references().get("article", {}):
                if field in article:
                    article[field] = _suffix(article[field], 0)
            scaled: Any = article
            counts[kind] = 1
        elif isinstance(data, list):
            scaled = [
                copy_record(record, kind, copy, distinct_names)
                for copy in range(factor)
                for record in data
            ]
            counts[kind] = len(scaled)
        else:
            scaled = data
        text = yaml.dump(
            scaled,
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=100,
            default_flow_style=False,
        )
        (target / path.name).write_text(header + text, encoding="utf-8", newline="\n")
    return counts


def _header(path: Path) -> str:
    """The file's leading comment lines (the schema pointer for editors), kept as they are."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(f"{line}\n" for line in lines)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: synthetic.py SOURCE_DIR TARGET_DIR FACTOR", file=sys.stderr)
        raise SystemExit(2)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    result = scale(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
    print(", ".join(f"{count} {kind}" for kind, count in result.items()))
