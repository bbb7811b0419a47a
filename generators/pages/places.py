# Where the site shows each record, and how a reader knows it: one table per kind of record.
"""`Places(explainer)`: every record's place in the site (a page path with an anchor) and its
label (the name or title readers know it by), for links and the sources page.

Each kind of the registry (`generators.kinds`) has a row in `SHOWN_AT` and `LABELS`; the
suite fails when a kind has none.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from generators import kinds, lookup
from generators.readable_numbers import figure_value

if TYPE_CHECKING:
    from collections.abc import Callable

    from generators.model import Explainer, Person


def shorten(text: str, limit: int = 60) -> str:
    """`text` cut at a word to at most `limit` characters, with an ellipsis if cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def people_with_pages(explainer: Explainer) -> list[Person]:
    """The people a page of their own has more to say about than the People page's one line:
    quoted, taking part in an event, holding a position or having a tie (in data order). The
    others are an entry on the People page, where every link to them lands."""
    ids = {quote.speaker for quote in explainer.quotes}
    ids |= {actor for event in explainer.events for actor in event.actors}
    ids |= {position.actor for position in explainer.positions}
    ids |= {end for relation in explainer.relations for end in (relation.source, relation.target)}
    return [person for person in explainer.people if person.id in ids]


# kind → (record, places) → the page path and anchor the record is shown at.
SHOWN_AT: dict[str, Callable[[Any, Places], str]] = {
    "article": lambda r, places: "index.md",
    "takeaway": lambda r, places: "index.md#takeaways",
    "watch": lambda r, places: "index.md#watch",
    "people": lambda r, places: places.person(r.id),
    "countries": lambda r, places: f"actors.md#country-{r.id}",
    "organisations": lambda r, places: f"actors.md#organisation-{r.id}",
    "channels": lambda r, places: f"sources.md#channel-{r.id}",
    "topics": lambda r, places: f"topics/{r.id}.md",
    "quotes": lambda r, places: f"quotes.md#quote-{r.id}",
    "events": lambda r, places: f"timeline.md#event-{r.id}",
    "figures": lambda r, places: f"numbers.md#figure-{r.id}",
    "positions": lambda r, places: f"topics/{r.topic}.md#positions",
    "relations": lambda r, places: places.actor(r.source),
    "glossary": lambda r, places: f"glossary.md#term-{r.id}",
}

# kind → (record, places) → how a reader knows the record.
LABELS: dict[str, Callable[[Any, Places], str]] = {
    "article": lambda r, places: "What happened",
    "takeaway": lambda r, places: shorten(r.text),
    "watch": lambda r, places: shorten(r.text),
    "people": lambda r, places: r.name,
    "countries": lambda r, places: r.name,
    "organisations": lambda r, places: r.name,
    "channels": lambda r, places: r.name,
    "topics": lambda r, places: r.name,
    "quotes": lambda r, places: f"“{shorten(r.text)}”",
    "events": lambda r, places: r.title,
    "figures": lambda r, places: f"{figure_value(r)} {r.label}",
    "positions": lambda r, places: f"{places.actor_name(r.actor)} on {places.topic_name(r.topic)}",
    "relations": lambda r, places: (
        f"{places.actor_name(r.source)} {r.kind.replace('-', ' ')} {places.actor_name(r.target)}"
    ),
    "glossary": lambda r, places: r.term,
}


class Places:
    """Every record's place and label in one explainer's site, computed once."""

    def __init__(self, explainer: Explainer) -> None:
        self.explainer = explainer

    @cached_property
    def _actor_names(self) -> dict[str, str]:
        return lookup.actor_names(self.explainer)

    @cached_property
    def _topic_names(self) -> dict[str, str]:
        return {topic.id: topic.name for topic in self.explainer.topics}

    @cached_property
    def _actor_places(self) -> dict[str, str]:
        return {
            record.id: SHOWN_AT[kind](record, self)  # type: ignore[attr-defined]
            for kind in kinds.ACTOR_KINDS
            for record in kinds.BY_NAME[kind].records(self.explainer)
        }

    @cached_property
    def _people_with_pages(self) -> frozenset[str]:
        return frozenset(person.id for person in people_with_pages(self.explainer))

    def has_page(self, person_id: str) -> bool:
        """Whether a person has a page of their own (`people_with_pages`)."""
        return person_id in self._people_with_pages

    def person(self, person_id: str) -> str:
        """Where a person is shown: their page, or else their entry on the People page."""
        if self.has_page(person_id):
            return f"people/{person_id}.md"
        return f"people/index.md#person-{person_id}"

    def actor(self, actor_id: str) -> str:
        """Where an actor (person, country, organisation) is shown."""
        return self._actor_places[actor_id]

    def actor_name(self, actor_id: str) -> str:
        return self._actor_names[actor_id]

    def topic_name(self, topic_id: str) -> str:
        return self._topic_names[topic_id]

    @cached_property
    def by_record(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(kind, id) → (where the record is shown, its label), for every record."""
        return {
            (kind, record.id): (  # type: ignore[attr-defined]
                SHOWN_AT[kind](record, self),
                LABELS[kind](record, self),
            )
            for kind, record in kinds.all_records(self.explainer)
        }

    @cached_property
    def by_link_key(self) -> dict[str, tuple[str, str]]:
        """Link key (`xi`, `topic:summit`) → (where shown, label), for the linked kinds."""
        return {
            kind.link_key(record.id): self.by_record[(kind.name, record.id)]  # type: ignore[attr-defined]
            for kind in kinds.LINKED_KINDS
            for record in kind.records(self.explainer)
        }
