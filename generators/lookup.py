# Derived views of an explainer that several pages and charts need: groupings and reverse indexes.
"""Pure functions from a validated explainer to the groupings its pages show."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, TypeVar

from generators import dates, kinds

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from pydantic import BaseModel

    from generators.model import Event, Explainer, Position, Quote, Relation

R = TypeVar("R")

# Stances that mark where a partnership stops rather than where it holds.
LIMIT_STANCES = frozenset({"does-not-recognise", "does-not-side-with", "neutral"})

STANCE_LABELS = {
    "supports": "Supports",
    "opposes": "Opposes",
    "criticises": "Criticises",
    "concerned": "Concerned",
    "neutral": "Neutral",
    "does-not-recognise": "Does not recognise",
    "does-not-side-with": "Does not side with",
    "boycotts": "Boycotts",
    "attends": "Attends",
}


def group_labels(explainer: Explainer) -> dict[str, str]:
    """Each group of people's label, by id, in the order the site shows them."""
    return {group.id: group.label for group in explainer.article.people_groups()}


def events_in_order(explainer: Explainer) -> list[Event]:
    """Events by date (a year before its months), then by title."""
    return sorted(explainer.events, key=lambda event: (dates.sort_key(event.date), event.title))


def index_by(records: Iterable[R], keys: Callable[[R], Iterable[str]]) -> dict[str, list[R]]:
    """Records grouped under each of their keys (each key once), keys in order of first use."""
    grouped: dict[str, list[R]] = defaultdict(list)
    for record in records:
        for key in dict.fromkeys(keys(record)):
            grouped[key].append(record)
    return dict(grouped)


def quotes_by_speaker(explainer: Explainer) -> dict[str, list[Quote]]:
    """Quotes grouped by speaker id, speakers in order of first quote."""
    return index_by(explainer.quotes, lambda quote: (quote.speaker,))


def quotes_by_topic(explainer: Explainer) -> dict[str, list[Quote]]:
    """Quotes grouped by topic id, in topic order; a quote may sit under several topics."""
    grouped: dict[str, list[Quote]] = {topic.id: [] for topic in explainer.topics}
    for quote in explainer.quotes:
        for topic in quote.topics:
            grouped[topic].append(quote)
    return {topic: quotes for topic, quotes in grouped.items() if quotes}


def positions_by_topic(explainer: Explainer) -> dict[str, list[Position]]:
    """Positions grouped by topic id, in topic order."""
    grouped: dict[str, list[Position]] = {topic.id: [] for topic in explainer.topics}
    for position in explainer.positions:
        grouped[position.topic].append(position)
    return grouped


def events_by_key(explainer: Explainer) -> dict[str, list[Event]]:
    """Events that involve each actor or concern each topic, keyed by its id, in date order."""
    return index_by(
        events_in_order(explainer), lambda event: (*event.actors, *event.countries, *event.topics)
    )


def positions_by_actor(explainer: Explainer) -> dict[str, list[Position]]:
    """Positions grouped by actor id, in data order."""
    return index_by(explainer.positions, lambda position: (position.actor,))


def relations_by_actor(explainer: Explainer) -> dict[str, list[Relation]]:
    """Relations grouped by each actor they tie, in data order."""
    return index_by(explainer.relations, lambda relation: (relation.source, relation.target))


def citations_by_paragraph(explainer: Explainer) -> dict[str, list[tuple[str, str]]]:
    """For each paragraph id, the (kind, id) of every record that cites it, in data order."""
    cited: dict[str, list[tuple[str, str]]] = {p: [] for p in explainer.article.paragraph_ids()}
    for kind, record in kinds.all_records(explainer):
        for paragraph in record.sources:  # type: ignore[attr-defined]
            cited[paragraph].append((kind, record.id))  # type: ignore[attr-defined]
    return cited


def background_records(explainer: Explainer) -> list[tuple[str, BaseModel]]:
    """Records that carry a fact from outside the article."""
    return [(kind, r) for kind, r in kinds.all_records(explainer) if r.background is not None]  # type: ignore[attr-defined]


def actor_names(explainer: Explainer) -> dict[str, str]:
    """Display name of every actor id."""
    names = {person.id: person.name for person in explainer.people}
    names |= {country.id: country.name for country in explainer.countries}
    names |= {org.id: org.short_name or org.name for org in explainer.organisations}
    return names


def parties_split(explainer: Explainer) -> tuple[list[Position], list[Position]]:
    """The parties' positions split into common ground and the partnership's limits."""
    parties = set(explainer.article.parties)
    positions = [p for p in explainer.positions if p.actor in parties]
    limits = [p for p in positions if p.stance in LIMIT_STANCES]
    limit_topics = {p.topic for p in limits}
    common = [p for p in positions if p.topic not in limit_topics]
    return common, limits
