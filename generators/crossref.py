# Rules that span records: unique ids, references that resolve, paragraphs that exist.
"""Cross-reference checks over a whole explainer, each problem located in its file."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from generators import kinds
from generators.kinds import ACTOR_KINDS, LIST_KINDS
from generators.problems import Problem
from generators.yamlsource import display_path

if TYPE_CHECKING:
    from pydantic import BaseModel

    from generators.model import Explainer
    from generators.yamlsource import ParsedFile, PathKey

# field → the kinds whose ids it may name (an id of an actor kind may name any actor).
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "article": {
        "authors": ("people",),
        "contributors": ("people",),
        "parties": ACTOR_KINDS,
        "map_focus": ("countries",),
    },
    "people": {"affiliation": ("organisations",), "country": ("countries",)},
    "organisations": {"country": ("countries",)},
    "channels": {"via": ACTOR_KINDS},
    "quotes": {
        "speaker": ("people",),
        "channel": ("channels",),
        "topics": ("topics",),
        "addressee": ("people",),
        "event": ("events",),
        "continues": ("quotes",),
    },
    "events": {"countries": ("countries",), "actors": ACTOR_KINDS, "topics": ("topics",)},
    "figures": {"measured_by": ACTOR_KINDS, "topic": ("topics",)},
    "positions": {"actor": ACTOR_KINDS, "topic": ("topics",)},
    "relations": {"source": ACTOR_KINDS, "target": ACTOR_KINDS},
}


def _noun(target_kinds: tuple[str, ...]) -> str:
    """What an id of these kinds names, in a message: `person`, `actor`."""
    if target_kinds == ACTOR_KINDS:
        return "actor"
    return " or ".join(kinds.BY_NAME[kind].noun for kind in target_kinds)


# Ids a record cannot take because the site already uses them: a person `index` would replace
# the People page (people/index.md), a topic `index` the Topics page.
RESERVED_IDS: dict[str, frozenset[str]] = {
    "people": frozenset({"index"}),
    "topics": frozenset({"index"}),
}


def check(
    explainer: Explainer,
    files: dict[str, ParsedFile],
    indices: dict[str, list[int]] | None = None,
    invalid_ids: dict[str, set[str]] | None = None,
) -> list[Problem]:
    """Every cross-record problem in the explainer.

    It may be a partial bundle, holding only the records that passed validation (the article
    may be missing): `indices` gives each record's place in its file, and `invalid_ids` the ids
    of records that failed, which references may still name without a second complaint.
    """
    ids = {kind: [record.id for record in getattr(explainer, kind)] for kind in LIST_KINDS}
    places = indices or {kind: list(range(len(ids[kind]))) for kind in LIST_KINDS}
    problems = list(_duplicate_ids(ids, places, files))
    problems += _reserved_ids(ids, places, files)
    problems += _references(explainer, ids, places, files, invalid_ids or {})
    if explainer.article is not None:
        problems += _sources(explainer, set(explainer.article.paragraph_ids()), places, files)
        problems += _point_ids(explainer, files)
        problems += _groups(explainer, places, files)
    return problems


def _groups(
    explainer: Explainer, places: dict[str, list[int]], files: dict[str, ParsedFile]
) -> Iterator[Problem]:
    """Each person's group is one article.yml names (or a default one, if it names none)."""
    groups = [group.id for group in explainer.article.people_groups()]
    for place, person in zip(places["people"], explainer.people, strict=True):
        if person.group in groups:
            continue
        path = (place, "group")
        where = "article.yml's `groups`" if explainer.article.groups else "the default groups"
        close = difflib.get_close_matches(person.group, groups, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(groups)}"
        if not explainer.article.groups:
            hint += ", or list the story's own groups under `groups:` in article.yml"
        yield files["people"].problem(
            path, _display("people", path), f"group '{person.group}' is not in {where}", hint
        )


def _records(
    explainer: Explainer, places: dict[str, list[int]]
) -> Iterator[tuple[str, PathKey, BaseModel]]:
    if explainer.article is not None:
        yield "article", (), explainer.article
    for kind in LIST_KINDS:
        for place, record in zip(places[kind], getattr(explainer, kind), strict=True):
            yield kind, (place,), record


def _reserved_ids(
    ids: dict[str, list[str]], places: dict[str, list[int]], files: dict[str, ParsedFile]
) -> Iterator[Problem]:
    for kind, reserved in RESERVED_IDS.items():
        for place, record_id in zip(places[kind], ids[kind], strict=True):
            if record_id in reserved:
                yield files[kind].problem(
                    (place, "id"),
                    f"{kind}[{place}].id",
                    f"id '{record_id}' is taken by a page of the site ({kind}/{record_id})",
                    "choose another id",
                )


def _point_ids(explainer: Explainer, files: dict[str, ParsedFile]) -> Iterator[Problem]:
    """Takeaways and points to watch: one set of ids in article.yml."""
    seen: dict[str, PathKey] = {}
    parsed = files["article"]
    for list_name in ("takeaways", "watch"):
        for index, point in enumerate(getattr(explainer.article, list_name)):
            path = (list_name, index, "id")
            if point.id in seen:
                line = parsed.key_position(seen[point.id])[0]
                yield parsed.problem(
                    path,
                    _display("article", path),
                    f"duplicate id '{point.id}' (first used on line {line})",
                    "give each takeaway and point to watch its own id",
                )
            seen.setdefault(point.id, path)


def _duplicate_ids(
    ids: dict[str, list[str]], places: dict[str, list[int]], files: dict[str, ParsedFile]
) -> Iterator[Problem]:
    first_seen: dict[str, tuple[str, int]] = {}
    for kind in LIST_KINDS:
        actor = kind in ACTOR_KINDS
        seen_here: dict[str, int] = {}
        for index, record_id in zip(places[kind], ids[kind], strict=True):
            parsed = files[kind]
            path = (index, "id")
            if record_id in seen_here:
                line = parsed.key_position((seen_here[record_id], "id"))[0]
                yield parsed.problem(
                    path,
                    f"{kind}[{index}].id",
                    f"duplicate id '{record_id}' (first used on line {line})",
                    "give each record its own id",
                )
            elif actor and record_id in first_seen:
                other_kind, other_index = first_seen[record_id]
                other = files[other_kind]
                line = other.key_position((other_index, "id"))[0]
                yield parsed.problem(
                    path,
                    f"{kind}[{index}].id",
                    f"id '{record_id}' is already used in {other.name}:{line}",
                    "people, countries and organisations share one set of ids",
                )
            seen_here.setdefault(record_id, index)
            if actor:
                first_seen.setdefault(record_id, (kind, index))


def _references(
    explainer: Explainer,
    ids: dict[str, list[str]],
    places: dict[str, list[int]],
    files: dict[str, ParsedFile],
    invalid_ids: dict[str, set[str]],
) -> Iterator[Problem]:
    known = {  # the ids each kind of reference may name, built once
        targets: {i for target in targets for i in (*ids[target], *invalid_ids.get(target, ()))}
        for targets in {targets for fields in REFERENCES.values() for targets in fields.values()}
    }
    for kind, path, record in _records(explainer, places):
        parsed = files[kind]
        for field_name, target_kinds in REFERENCES.get(kind, {}).items():
            for value_path, value in _values(getattr(record, field_name), (*path, field_name)):
                if value in known[target_kinds]:
                    continue
                yield parsed.problem(
                    value_path,
                    _display(kind, value_path),
                    f"unknown {_noun(target_kinds)} '{value}'",
                    _suggest(value, [i for t in target_kinds for i in ids[t]], target_kinds),
                )
    for index, quote in zip(places["quotes"], explainer.quotes, strict=True):
        if quote.continues == quote.id:
            path = (index, "continues")
            yield files["quotes"].problem(
                path, _display("quotes", path), "a quote cannot continue itself"
            )


def _sources(
    explainer: Explainer,
    paragraphs: set[str],
    places: dict[str, list[int]],
    files: dict[str, ParsedFile],
) -> Iterator[Problem]:
    last = f"P{explainer.article.paragraphs}"
    for kind, path, record in _records(explainer, places):
        yield from _cited(kind, path, record, paragraphs, last, files[kind])
    for list_name in ("takeaways", "watch"):
        for index, point in enumerate(getattr(explainer.article, list_name)):
            yield from _cited(
                "article", (list_name, index), point, paragraphs, last, files["article"]
            )


def _cited(
    kind: str,
    path: PathKey,
    record: BaseModel,
    paragraphs: set[str],
    last: str,
    parsed: ParsedFile,
) -> Iterator[Problem]:
    for index, paragraph in enumerate(record.sources):  # type: ignore[attr-defined]
        if paragraph not in paragraphs:
            value_path = (*path, "sources", index)
            yield parsed.problem(
                value_path,
                _display(kind, value_path),
                f"paragraph '{paragraph}' does not exist",
                f"the article has P1…{last}, CAPTION, BYLINE and CREDITS",
            )


def _values(value: object, path: PathKey) -> Iterable[tuple[PathKey, str]]:
    if value is None:
        return []
    if isinstance(value, list):
        return [((*path, index), item) for index, item in enumerate(value)]
    return [(path, str(value))]


def _display(kind: str, path: PathKey) -> str:
    return display_path((kind, *path))


def _suggest(value: str, known: list[str], target_kinds: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"add it to {' or '.join(f'{kind}.yml' for kind in target_kinds)} first"
