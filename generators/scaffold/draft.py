# What the rules found → records in the project's data format, each citing its paragraph.
"""Assemble a draft explainer: one list of records per data file, each with review notes.

Every record cites the paragraphs it comes from. Text the rules cannot write (summaries,
descriptions, what a quote is about) is a `TODO (review): …` placeholder, never narrative
copied as if it were the explainer's own words; event titles and descriptions, and figure
labels, are the article's words, to be rewritten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators.kinds import BY_NAME, DATA_KINDS
from generators.scaffold import places
from generators.scaffold.dates import FUTURE, DateFound, find_dates
from generators.scaffold.emit import Record
from generators.scaffold.figures import FigureFound, find_figures
from generators.scaffold.people import People, PersonDraft, find_people, person_id
from generators.scaffold.quotes import QuoteDraft, find_quotes
from generators.scaffold.text import paragraph_order, quote_spans, sentence_at, slug, unique_id

if TYPE_CHECKING:
    from collections.abc import Iterable

    from generators.scaffold.source import Source

TODO = "TODO (review):"
# The data files a draft fills, in the loader's order.
KINDS = tuple(kind.name for kind in DATA_KINDS)
# How a quote reached the article, from words in its sentence: (id, name, kind, words).
CHANNELS = (
    ("translation", "A translation", "translation", r"\btranslat"),
    ("footage", "Footage or video", "footage", r"\b(?:footage|televised|broadcast)"),
    (
        "briefing",
        "A briefing for reporters",
        "briefing",
        r"\b(?:briefed|briefing|news conference|press conference|told reporters)",
    ),
    ("readout", "An official account", "readout", r"\breadout\b"),
    ("statement", "A statement", "statement", r"\b(?:statement|wrote|posted|tweeted)"),
    ("interview", "An interview", "interview", r"\b(?:interview|in an interview)"),
)
GENERIC_CHANNEL = ("reported-by-the-article", "Reported by the article", "statement")


@dataclass
class Draft:
    """Every record of a draft explainer, by data file."""

    files: dict[str, list[Record]]

    def review_items(self) -> list[tuple[str, str, str]]:
        """(file, record id, reason) for everything marked for review."""
        return [
            (f"{kind}.yml", record.id, note)
            for kind in KINDS
            for record in self.files[kind]
            for note in record.review
        ]

    def counts(self) -> str:
        """`10 people, 1 country, 0 topics, …`: each kind, singular for one."""
        return ", ".join(BY_NAME[kind].count(len(self.files[kind])) for kind in KINDS[1:])


@dataclass
class _Ids:
    """Ids handed out so far: actors share one set, other kinds have their own."""

    actors: set[str]
    people: dict[int, str]
    countries: dict[str, str]
    organisations: dict[str, str]


def build_draft(source: Source, published: dt.date) -> Draft:
    """Run every rule over the article and assemble the records."""
    body = source.body()
    people = find_people(body, source.byline, source.credits)
    quotes = find_quotes(body, people)
    dates = find_dates(body, published)
    date_spans: dict[str, list[tuple[int, int]]] = {}
    for date in dates:  # `seventeen years ago` is a date and a figure
        if not date.phrase.lower().endswith(" ago"):
            date_spans.setdefault(date.paragraph, []).append((date.start, date.end))
    figures = find_figures(body, date_spans)
    country_mentions = places.country_mentions(body)
    organisation_mentions = places.organisation_mentions(body)
    if source.publication:
        organisation_mentions.append(places.Mention(source.publication, "BYLINE", -1, -1))

    ids = _Ids(set(), {}, {}, {})
    countries = _countries(country_mentions, people, ids)
    organisations = _organisations(organisation_mentions, source, ids)
    person_records = _people(people, quotes, ids, source)
    channels, channel_of = _channels(quotes)
    quote_records = _quotes(quotes, ids, channel_of)
    events = _events(dates, body, published, people, country_mentions, ids)
    figure_records = _figures(figures, body, people, country_mentions, organisation_mentions, ids)
    article = _article(source, published, people, ids, country_mentions, organisation_mentions)
    for record in article.data.pop("_extra_people"):
        person_records.append(record)
    return Draft(
        {
            "article": [article],
            "people": person_records,
            "countries": countries,
            "organisations": organisations,
            "channels": channels,
            "topics": [],
            "quotes": quote_records,
            "events": events,
            "figures": figure_records,
            "positions": [],
            "relations": [],
            "glossary": [],
        }
    )


def _countries(mentions: list[places.Mention], people: People, ids: _Ids) -> list[Record]:
    by_country: dict[str, list[places.Mention]] = {}
    for mention in mentions:
        by_country.setdefault(mention.key, []).append(mention)
    for person in people.persons:
        country = person.country()
        if country and country not in by_country:
            by_country[country] = [
                places.Mention(country, p, -1, -1, by_name=False) for p in person.paragraphs
            ]
    records = []
    for key, found in by_country.items():
        name, iso3 = places.COUNTRIES[key][:2]
        ids.countries[key] = unique_id(key, ids.actors)
        review = [] if any(m.by_name for m in found) else ["named only by an adjective or a city"]
        records.append(
            Record(
                {
                    "id": ids.countries[key],
                    "name": name,
                    "iso3": iso3,
                    "description": f"{TODO} the country's part in the story.",
                    "sources": _paragraphs(m.paragraph for m in found),
                },
                review,
            )
        )
    return records


def _organisations(mentions: list[places.Mention], source: Source, ids: _Ids) -> list[Record]:
    by_name: dict[str, list[places.Mention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.key, []).append(mention)
    records = []
    for name, found in by_name.items():
        ids.organisations[name] = unique_id(slug(name), ids.actors)
        known = places.KNOWN_ORGANISATIONS.get(name)
        publisher = name == source.publication
        kind = "news" if publisher else places.organisation_kind(name)
        country = known[2] if known and known[2] in ids.countries else None
        sources = _paragraphs(m.paragraph for m in found if m.paragraph != "BYLINE")
        data = {
            "id": ids.organisations[name],
            "name": known[0] if known else name,
            "kind": kind,
            "country": ids.countries.get(country) if country else None,
            "description": f"{TODO} what it is and its part in the story.",
            "sources": sources or None,
            "background": "The publication the article appeared in." if not sources else None,
        }
        review = [] if publisher or known else ["organisation found by its name's words: check it"]
        records.append(Record(data, review))
    return records


def _people(people: People, quotes: list[QuoteDraft], ids: _Ids, source: Source) -> list[Record]:
    speakers = {id(q.speaker) for q in quotes}
    records = []
    for person in people.persons:
        if not person.named and id(person) not in speakers:
            continue
        ids.people[id(person)] = person_id(person, ids.actors)
    for person in people.persons:
        if id(person) not in ids.people:
            continue
        review = list(person.notes)
        if person.role is None:
            review.append("no role found in the text")
        if person.surname_only:
            review.append(f"the article gives only '{person.short_name}': add the full name")
        if not person.named:
            review.append("an unnamed speaker: check the description")
        country = person.country()
        affiliation = _affiliation(person, ids)
        if person.journalist and source.publication:
            affiliation = ids.organisations.get(source.publication)
        data = {
            "id": ids.people[id(person)],
            "name": person.name,
            "short_name": person.short_name,
            "role": person.role or f"{TODO} role",
            "affiliation": affiliation,
            "country": ids.countries.get(country) if country else None,
            "group": person.group(),
            "named": False if not person.named else None,
            "description": f"{TODO} who they are and their part in the story.",
            "sources": _paragraphs(person.paragraphs),
        }
        records.append(Record(data, review))
    return records


def _affiliation(person: PersonDraft, ids: _Ids) -> str | None:
    role = person.role or ""
    for name, organisation_id in ids.organisations.items():
        if name in role:
            return organisation_id
    return None


def _channels(quotes: list[QuoteDraft]) -> tuple[list[Record], dict[int, str]]:
    used: dict[str, tuple[str, str, list[str]]] = {}
    channel_of: dict[int, str] = {}
    for quote in quotes:
        channel_id, name, kind = GENERIC_CHANNEL
        for candidate, candidate_name, candidate_kind, words in CHANNELS:
            if re.search(words, quote.sentence, re.IGNORECASE):
                channel_id, name, kind = candidate, candidate_name, candidate_kind
                break
        used.setdefault(channel_id, (name, kind, []))[2].append(quote.paragraph)
        channel_of[id(quote)] = channel_id
    records = []
    for channel_id, (name, kind, paragraphs) in used.items():
        generic = channel_id == GENERIC_CHANNEL[0]
        description = (
            f"{TODO} how these quotes reached the article; it does not say."
            if generic
            else f"{TODO} whose {name.lower().removeprefix('a ').removeprefix('an ')} it was."
        )
        review = (
            ["the article does not say how these words reached it: check the kind"]
            if generic
            else [f"guessed from the word '{kind}' near the quotes: check"]
        )
        data = {
            "id": channel_id,
            "name": name,
            "kind": kind,
            "description": description,
            "sources": _paragraphs(paragraphs),
        }
        records.append(Record(data, review))
    return records, channel_of


def _quotes(quotes: list[QuoteDraft], ids: _Ids, channel_of: dict[int, str]) -> list[Record]:
    taken: set[str] = set()
    quote_ids: dict[int, str] = {}
    records = []
    for quote in quotes:
        quote_ids[id(quote)] = unique_id(slug(quote.text, 5), taken)
        assert quote.speaker is not None
        data = {
            "id": quote_ids[id(quote)],
            "text": quote.text,
            "speaker": ids.people[id(quote.speaker)],
            "addressee": ids.people.get(id(quote.addressee)) if quote.addressee else None,
            "channel": channel_of[id(quote)],
            "form": quote.form,
            "about": f"{TODO} what the quote is about.",
            "continues": quote_ids.get(id(quote.continues)) if quote.continues else None,
            "sources": [quote.paragraph],
        }
        records.append(Record(data, [quote.review] if quote.review else []))
    return records


def _events(
    dates: list[DateFound],
    body: dict[str, str],
    published: dt.date,
    people: People,
    country_mentions: list[places.Mention],
    ids: _Ids,
) -> list[Record]:
    taken: set[str] = set()
    seen: set[tuple[str, str]] = set()
    records = []
    for found in dates:
        if (found.paragraph, found.date) in seen:
            continue
        seen.add((found.paragraph, found.date))
        text = body[found.paragraph]
        start, end = sentence_at(text, found.start, quote_spans(text))
        sentence = text[start:end].strip()
        title = _title(text, (start, end), found.start, found.end)
        review = []
        if found.inferred:
            review.append(f"date inferred from “{found.phrase}”: check it")
        if re.search(r"\b(?:before|after)\s+$", text[: found.start], re.IGNORECASE):
            review.append("the text dates this relative to another event: check the date")
        data = {
            "id": unique_id(slug(title, 6), taken),
            "title": title,
            "date": found.date,
            "date_basis": "inferred" if found.inferred else None,
            "date_note": found.note,
            "status": "planned" if _planned(found, published, sentence) else None,
            "countries": _countries_in(country_mentions, found.paragraph, start, end, ids),
            "actors": _actors_in(people, found.paragraph, start, end, ids),
            "description": sentence,
            "sources": [found.paragraph],
        }
        records.append(Record(data, review))
    if not records:
        data = {
            "id": "article-published",
            "title": "The article is published",
            "date": published.isoformat(),
            "description": f"{TODO} the article gives no dates; replace this placeholder.",
            "background": "The article's publication date.",
        }
        records.append(Record(data, ["no dates found in the text: placeholder event"]))
    return records


def _planned(found: DateFound, published: dt.date, sentence: str) -> bool:
    """After publication, or in the publication's own period and said in the future tense."""
    phrase = found.phrase.lower()
    if phrase.startswith(("last", "yesterday")) or phrase.endswith("ago"):
        return False
    if phrase.startswith(("next", "tomorrow")):
        return True
    own = published.isoformat()[: len(found.date)]
    return found.date > own or (found.date == own and bool(FUTURE.search(sentence)))


def _title(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The clause around a date, as a draft title (the next clause too, if it is that short)."""
    clause = r"[,;:—–()“”\"]"
    before = re.split(clause, text[sentence[0] : start])[-1].split()[-7:]
    rest = re.split(clause, text[end : sentence[1]].rstrip(" .!?"))
    after = rest[0].split()[:5]
    if len(before) + len(after) < 3 and len(rest) > 1:
        after += rest[1].split()[:7]
    words = [*before, text[start:end], *after]
    while len(words) > 1 and words[0].lower() in ("as", "and", "but", "which", "that", "when"):
        words.pop(0)
    title = " ".join(words)
    return title[0].upper() + title[1:]


def _countries_in(
    mentions: list[places.Mention], paragraph: str, start: int, end: int, ids: _Ids
) -> list[str]:
    found = [m.key for m in mentions if m.paragraph == paragraph and start <= m.start < end]
    return [ids.countries[key] for key in dict.fromkeys(found)]


def _actors_in(people: People, paragraph: str, start: int, end: int, ids: _Ids) -> list[str]:
    found = [ids.people.get(id(p)) for _, p in people.in_span(paragraph, start, end)]
    return [actor for actor in dict.fromkeys(found) if actor]


def _figures(
    figures: list[FigureFound],
    body: dict[str, str],
    people: People,
    country_mentions: list[places.Mention],
    organisation_mentions: list[places.Mention],
    ids: _Ids,
) -> list[Record]:
    taken: set[str] = set()
    records = []
    for figure in figures:
        text = body[figure.paragraph]
        start, end = sentence_at(text, figure.start, quote_spans(text))
        data = {
            "id": unique_id(slug(figure.label, 6), taken),
            "label": figure.label,
            "value": figure.value,
            "unit": figure.unit,
            "approximate": True if figure.approximate else None,
            "display": figure.display,
            "measures": f"{TODO} what it measures. The article: {figure.sentence}",
            "measured_by": _according_to(
                text,
                figure.paragraph,
                start,
                end,
                people,
                country_mentions,
                organisation_mentions,
                ids,
            ),
            "sources": [figure.paragraph],
        }
        records.append(Record(data, [figure.review] if figure.review else []))
    return records


def _according_to(
    text: str,
    paragraph: str,
    start: int,
    end: int,
    people: People,
    country_mentions: list[places.Mention],
    organisation_mentions: list[places.Mention],
    ids: _Ids,
) -> str | None:
    """The actor named after `according to` in the sentence, if any."""
    match = re.search(r"according to\s+(?:the\s+|an?\s+)?", text[start:end])
    if match is None:
        return None
    at = start + match.end()
    for _, person in people.in_span(paragraph, at, at + 60):
        return ids.people.get(id(person))
    for mention in organisation_mentions:
        if mention.paragraph == paragraph and at <= mention.start <= at + 2:
            return ids.organisations.get(mention.key)
    for mention in country_mentions:
        if mention.paragraph == paragraph and at <= mention.start <= at + 2:
            return ids.countries.get(mention.key)
    return None


def _article(
    source: Source,
    published: dt.date,
    people: People,
    ids: _Ids,
    country_mentions: list[places.Mention],
    organisation_mentions: list[places.Mention],
) -> Record:
    review: list[str] = []
    extra_people: list[Record] = []
    authors = [ids.people[id(p)] for p in people.persons if p.journalist == "author"]
    contributors = [ids.people[id(p)] for p in people.persons if p.journalist == "contributor"]
    if not authors:
        authors = ["author-to-review"]
        extra_people.append(
            Record(
                {
                    "id": "author-to-review",
                    "name": f"{TODO} author",
                    "short_name": f"{TODO} author",
                    "role": "Reporter",
                    "group": "journalist",
                    "description": f"{TODO} the article's author; no byline was found.",
                    "background": "Placeholder: the text has no 'By …' line.",
                },
                ["no byline found: placeholder author"],
            )
        )
        review.append("no byline found: the author is a placeholder")
    parties = _parties(people, ids, country_mentions, organisation_mentions)
    review.append("parties picked by how often they are mentioned: check them")
    if len(parties) < 2:
        for n in range(len(parties), 2):
            party = f"party-to-review-{n + 1}"
            extra_people.append(
                Record(
                    {
                        "id": party,
                        "name": f"{TODO} party {n + 1}",
                        "short_name": f"party {n + 1}",
                        "role": f"{TODO} role",
                        "group": "other",
                        "description": f"{TODO} one of the story's two main parties.",
                        "background": "Placeholder: the text names too few actors.",
                    },
                    ["placeholder party"],
                )
            )
            parties.append(party)
    for name, value in (
        ("headline", source.headline),
        ("publication", source.publication),
        ("dateline", source.dateline),
    ):
        if not value:
            review.append(f"no {name} found in the text")
    data = {
        "id": slug(source.headline or "article", 5),
        "headline": source.headline or f"{TODO} headline",
        "publication": source.publication or f"{TODO} publication",
        "published": published.isoformat(),
        "dateline": source.dateline or f"{TODO} dateline",
        "url": source.url,
        "paragraphs": len(source.paragraphs),
        "authors": authors,
        "contributors": contributors or None,
        "parties": parties,
        "summary": f"{TODO} what happened, in the explainer's own words.",
        "why_it_matters": f"{TODO} why it matters to readers, in the explainer's own words.",
        "takeaways": [
            {
                "id": "first-takeaway",
                "text": f"{TODO} the first thing a reader should take away.",
                "sources": ["P1"],
            }
        ],
        "sources": ["P1"],
        "_extra_people": extra_people,
    }
    return Record(data, review)


def _parties(
    people: People,
    ids: _Ids,
    country_mentions: list[places.Mention],
    organisation_mentions: list[places.Mention],
) -> list[str]:
    """The two countries named in most paragraphs, else the two actors named in most."""
    countries = Counter(
        ids.countries[key] for key, _ in {(m.key, m.paragraph) for m in country_mentions}
    )
    ranked = [c for c, n in _ranked(countries, country_mentions, ids) if n >= 2]
    if len(ranked) >= 2:
        return ranked[:2]
    actors = Counter(countries)
    for person in people.persons:
        if person.named and not person.journalist and id(person) in ids.people:
            actors[ids.people[id(person)]] = len([p for p in person.paragraphs if p != "CAPTION"])
    for key, _ in {(m.key, m.paragraph) for m in organisation_mentions if m.start >= 0}:
        actors[ids.organisations[key]] += 1
    return [actor for actor, _ in actors.most_common(2)]


def _ranked(
    counts: Counter[str], mentions: list[places.Mention], ids: _Ids
) -> list[tuple[str, int]]:
    first: dict[str, tuple[int, int]] = {}
    for mention in mentions:
        key = ids.countries[mention.key]
        first.setdefault(key, (paragraph_order(mention.paragraph), mention.start))
    return sorted(counts.items(), key=lambda item: (-item[1], first[item[0]]))


def _paragraphs(paragraphs: Iterable[str]) -> list[str]:
    return sorted(set(paragraphs), key=paragraph_order)
