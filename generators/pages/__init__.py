# Every generated page of an explainer: one function per page kind, data in, Markdown out.
"""Render the explainer's pages from validated data."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from generators import dates, kinds, lookup
from generators.escaping import Markdown, escape
from generators.pages.base import Links, Page, paragraph_label, render
from generators.readable_numbers import figure_value

if TYPE_CHECKING:
    from generators.charts.base import Chart
    from generators.model import Explainer

__all__ = ["NAV", "Page", "render_pages"]

# The one name of the page on where the story's parties agree and where they part.
AGREEMENT_TITLE = "Where they agree"
# Site navigation for the generated pages, in reading order (title, path).
NAV: tuple[tuple[str, str], ...] = (
    ("Home", "index.md"),
    ("Timeline", "timeline.md"),
    ("People", "people/index.md"),
    ("Quotes", "quotes.md"),
    ("Topics", "topics/index.md"),
    (AGREEMENT_TITLE, "agreement.md"),
    ("Countries and organisations", "actors.md"),
    ("By the numbers", "numbers.md"),
    ("Glossary", "glossary.md"),
    ("Sources and method", "sources.md"),
)


def render_pages(explainer: Explainer, charts: dict[str, Chart] | None = None) -> list[Page]:
    """Every generated page, in a stable order. `charts` maps a chart slot to its chart."""
    links = Links(explainer)
    common = {
        "links": links,
        "charts": charts or {},
        "figure_value": figure_value,
        "agreement_title": AGREEMENT_TITLE,
        "stance_label": lookup.STANCE_LABELS.__getitem__,
        "topic_keys": lambda ids: [f"topic:{i}" for i in ids],
        "topic_name": {t.id: t.name for t in explainer.topics}.__getitem__,
    }
    pages = [
        _home(explainer, common),
        _timeline(explainer, common),
        *_people(explainer, common),
        _quotes(explainer, common),
        *_topics(explainer, common),
        _agreement(explainer, common),
        _actors(explainer, common),
        render("numbers.md.j2", "numbers.md", "figures.yml", explainer, **common),
        render(
            "glossary.md.j2",
            "glossary.md",
            "glossary.yml",
            explainer,
            terms=sorted(explainer.glossary, key=lambda t: t.term.casefold()),
            **common,
        ),
        _sources(explainer, common),
    ]
    return pages


def _years(explainer: Explainer) -> dict[str, int]:
    years = [dates.year(event.date) for event in explainer.events]
    return {"first_year": min(years, default=0), "last_year": max(years, default=0)}


def _home(explainer: Explainer, common: dict) -> Page:
    return render(
        "index.md.j2",
        "index.md",
        "article.yml",
        explainer,
        figures=explainer.figures,
        **_years(explainer),
        **common,
    )


def _timeline(explainer: Explainer, common: dict) -> Page:
    ordered = lookup.events_in_order(explainer)
    by_year = [(y, list(g)) for y, g in groupby(ordered, key=lambda e: dates.year(e.date))]
    return render(
        "timeline.md.j2",
        "timeline.md",
        "events.yml",
        explainer,
        events_by_year=by_year,
        **_years(explainer),
        **common,
    )


def _people(explainer: Explainer, common: dict) -> list[Page]:
    places = common["links"].places
    by_speaker = lookup.quotes_by_speaker(explainer)
    events = lookup.events_by_key(explainer)
    positions = lookup.positions_by_actor(explainer)
    relations = lookup.relations_by_actor(explainer)
    labels = lookup.group_labels(explainer)
    groups = list(labels)
    ordered = sorted(explainer.people, key=lambda p: groups.index(p.group))
    by_group = [(g, list(people)) for g, people in groupby(ordered, key=lambda p: p.group)]
    pages = [
        render(
            "people_index.md.j2",
            "people/index.md",
            "people.yml",
            explainer,
            people_by_group=by_group,
            has_page=places.has_page,
            group_label=labels.__getitem__,
            quote_counts={speaker: len(quotes) for speaker, quotes in by_speaker.items()},
            **common,
        )
    ]
    for person in (person for person in explainer.people if places.has_page(person.id)):
        pages.append(
            render(
                "person.md.j2",
                f"people/{person.id}.md",
                "people.yml",
                explainer,
                person=person,
                quotes=by_speaker.get(person.id, []),
                events=events.get(person.id, []),
                positions=positions.get(person.id, []),
                relations=relations.get(person.id, []),
                **common,
            )
        )
    return pages


def _quotes(explainer: Explainer, common: dict) -> Page:
    return render(
        "quotes.md.j2",
        "quotes.md",
        "quotes.yml",
        explainer,
        by_speaker=list(lookup.quotes_by_speaker(explainer).items()),
        **common,
    )


def _topics(explainer: Explainer, common: dict) -> list[Page]:
    pages = [render("topics_index.md.j2", "topics/index.md", "topics.yml", explainer, **common)]
    positions = lookup.positions_by_topic(explainer)
    quotes = lookup.quotes_by_topic(explainer)
    events = lookup.events_by_key(explainer)
    figures = lookup.index_by(explainer.figures, lambda f: (f.topic,) if f.topic else ())
    for topic in explainer.topics:
        pages.append(
            render(
                "topic.md.j2",
                f"topics/{topic.id}.md",
                "topics.yml",
                explainer,
                topic=topic,
                positions=positions[topic.id],
                quotes=quotes.get(topic.id, []),
                events=events.get(topic.id, []),
                figures=figures.get(topic.id, []),
                **common,
            )
        )
    return pages


def _agreement(explainer: Explainer, common: dict) -> Page:
    common_ground, limits = lookup.parties_split(explainer)
    parties = explainer.article.parties
    names = lookup.actor_names(explainer)
    ties = [r for r in explainer.relations if r.source in parties and r.target in parties]
    return render(
        "agreement.md.j2",
        "agreement.md",
        "positions.yml",
        explainer,
        common=_by_topic(explainer, common_ground),
        limits=_by_topic(explainer, limits),
        ties=ties,
        party_names=" and ".join(names[p] for p in parties),
        **common,
    )


def _by_topic(explainer: Explainer, positions: list) -> list[tuple[str, list]]:
    order = {topic.id: index for index, topic in enumerate(explainer.topics)}
    ordered = sorted(positions, key=lambda p: order[p.topic])
    return [(topic, list(group)) for topic, group in groupby(ordered, key=lambda p: p.topic)]


def _actors(explainer: Explainer, common: dict) -> Page:
    return render(
        "actors.md.j2",
        "actors.md",
        "countries.yml",
        explainer,
        relations=lookup.relations_by_actor(explainer),
        positions_of=lookup.positions_by_actor(explainer),
        **common,
    )


def _sources(explainer: Explainer, common: dict) -> Page:
    links: Links = common["links"].on("sources.md")
    quotes_by_channel: dict[str, list] = {}
    for quote in explainer.quotes:
        quotes_by_channel.setdefault(quote.channel, []).append(quote)
    places = links.places

    def record_link(kind: str, record_id: str) -> Markdown:
        target, label = places.by_record[(kind, record_id)]
        return Markdown(f"[{escape(label)}]({links.page(target)})")

    rank = {name: index for index, name in enumerate(kinds.BY_NAME)}

    def uses(records: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
        """What the site takes from one paragraph: each kind's heading with the (kind, id) of
        each of its records, kinds in registry order."""
        ordered = sorted(records, key=lambda record: rank[record[0]])
        return [
            (kinds.BY_NAME[kind].heading, list(group))
            for kind, group in groupby(ordered, key=first)
        ]

    return render(
        "sources.md.j2",
        "sources.md",
        "article.yml",
        explainer,
        quotes_by_channel=quotes_by_channel,
        background=lookup.background_records(explainer),
        citations=[
            (paragraph, uses(records))
            for paragraph, records in lookup.citations_by_paragraph(explainer).items()
        ],
        record_link=record_link,
        paragraph_label=paragraph_label,
        **common,
    )


def first(pair: tuple[str, str]) -> str:
    return pair[0]
