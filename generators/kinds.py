# The registry of record kinds: what each kind is called, where it is kept, how it is linked.
"""Every kind of record an explainer holds, in one table.

The loader, the cross-reference checks, the lookups, the JSON export and schemas, the scaffold,
the pages and their links all read it: a new kind of record is a new row here (and a model
class, and where the site shows it: `generators.pages.places`), not an edit in eight modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators.model import (
    Article,
    Channel,
    Country,
    Event,
    Figure,
    Organisation,
    Person,
    Point,
    Position,
    Quote,
    Relation,
    Term,
    Topic,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pydantic import BaseModel

    from generators.model import Explainer


@dataclass(frozen=True)
class RecordKind:
    """One kind of record: its data file (if it has one), its class, and its names."""

    name: str  # the data file's stem and the Explainer's field: "people"
    record: type[BaseModel]
    noun: str  # one record, in editors' messages: "person"
    plural: str  # several, in counts: "people"
    heading: str  # the records, to readers (where the sources page lists them): "People"
    # The prefix of a record's key in page links (`topic:summit`); "" for actors, whose ids are
    # one set across people, countries and organisations; None for a kind not linked by key.
    link_prefix: str | None = None
    # Where the records are: their own data file (a list, or the article's one record), or,
    # for a kind kept inside the article, the article's list of them.
    file: bool = True
    is_list: bool = True
    in_article: str | None = None

    @property
    def filename(self) -> str:
        return f"{self.name}.yml"

    def count(self, n: int) -> str:
        """`1 person`, `3 people`."""
        return f"{n} {self.noun if n == 1 else self.plural}"

    def records(self, explainer: Explainer) -> Sequence[BaseModel]:
        """The explainer's records of this kind, in data order."""
        if self.in_article is not None:
            return getattr(explainer.article, self.in_article)
        value = getattr(explainer, self.name)
        return value if self.is_list else [value]

    def link_key(self, record_id: str) -> str:
        """The key `Links` knows a record by."""
        return record_id if not self.link_prefix else f"{self.link_prefix}:{record_id}"


KINDS: tuple[RecordKind, ...] = (
    RecordKind("article", Article, "article", "articles", "The story in brief", is_list=False),
    RecordKind(
        "takeaway",
        Point,
        "takeaway",
        "takeaways",
        "Key takeaways",
        file=False,
        in_article="takeaways",
    ),
    RecordKind(
        "watch",
        Point,
        "point to watch",
        "points to watch",
        "What to watch",
        file=False,
        in_article="watch",
    ),
    RecordKind("people", Person, "person", "people", "People", link_prefix=""),
    RecordKind("countries", Country, "country", "countries", "Countries", link_prefix=""),
    RecordKind(
        "organisations",
        Organisation,
        "organisation",
        "organisations",
        "Organisations",
        link_prefix="",
    ),
    RecordKind(
        "channels",
        Channel,
        "channel",
        "channels",
        "How quotes reached the article",
        link_prefix="channel",
    ),
    RecordKind("topics", Topic, "topic", "topics", "Topics", link_prefix="topic"),
    RecordKind("quotes", Quote, "quote", "quotes", "Quotes", link_prefix="quote"),
    RecordKind("events", Event, "event", "events", "Events", link_prefix="event"),
    RecordKind("figures", Figure, "figure", "figures", "Numbers"),
    RecordKind("positions", Position, "position", "positions", "Positions"),
    RecordKind("relations", Relation, "relation", "relations", "Ties"),
    RecordKind("glossary", Term, "glossary term", "glossary terms", "Glossary", link_prefix="term"),
)
BY_NAME: dict[str, RecordKind] = {kind.name: kind for kind in KINDS}
# Kinds with a data file of their own, in the order the loader reads and reports them.
DATA_KINDS: tuple[RecordKind, ...] = tuple(kind for kind in KINDS if kind.file)
# Kinds whose data file is a list of records with ids.
LIST_KINDS: tuple[str, ...] = tuple(kind.name for kind in DATA_KINDS if kind.is_list)
# Kinds whose records pages link to by key (`Links.to`).
LINKED_KINDS: tuple[RecordKind, ...] = tuple(kind for kind in KINDS if kind.link_prefix is not None)
# Kinds whose records are actors of the story (their ids are one set).
ACTOR_KINDS: tuple[str, ...] = ("people", "countries", "organisations")


def all_records(explainer: Explainer) -> list[tuple[str, BaseModel]]:
    """Every record with its kind, in registry then data order (the article's points too)."""
    return [(kind.name, record) for kind in KINDS for record in kind.records(explainer)]
