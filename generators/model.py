# Typed records of an explainer (pydantic) and the validated bundle that ties them together.
"""The data model: one class per kind of record, one `Explainer` holding them all.

Field-level rules (types, required fields, enums, id and date formats) live on the classes;
rules that span records (references, unique ids, cited paragraphs) live in `crossref.py`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from typing import Annotated, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    WithJsonSchema,
    field_validator,
    model_validator,
)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PARAGRAPH_PATTERN = r"^(?:P[1-9][0-9]*|CAPTION|BYLINE|CREDITS)$"
# Years 1000–9999: what a calendar date in ISO form can hold without a sign or a fifth digit.
DATE_PATTERN = r"^[1-9][0-9]{3}(?:-[0-9]{2}(?:-[0-9]{2})?)?$"

# Bounds that keep a site proportionate to its data: an id is a file and folder name (most
# file systems stop at 255 bytes); a name fits a heading; a paragraph of text fits a page.
MAX_ID_LENGTH = 64
MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 4000
MAX_PARAGRAPHS = 1000  # numbered paragraphs of one article (a long feature has about 150)
MAX_FIGURE = 1e15  # larger than any count, sum of money or distance a news article gives

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH)]
ParagraphId = Annotated[str, StringConstraints(pattern=PARAGRAPH_PATTERN)]

# Characters that show nothing: spaces, format and control characters, and the fillers
# (Hangul, Braille blank) that fonts draw as empty space.
_BLANK_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"}
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")


def is_visible(value: str) -> bool:
    """Whether a reader would see anything of the text: a character that is not blank."""
    return any(
        char not in _FILLERS and unicodedata.category(char) not in _BLANK_CATEGORIES
        for char in value
    )


def _visible(value: str) -> str:
    """Refuse text a reader would not see: empty, or only blanks and invisible characters."""
    if not is_visible(value):
        raise ValueError(
            "has no visible characters (only spaces or invisible marks): write the text,"
            " or remove the field if it is optional"
        )
    return value


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_TEXT_LENGTH), AfterValidator(_visible)
]
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_NAME_LENGTH), AfterValidator(_visible)
]


def _finite_number(value: float) -> float:
    """A number a reader can mean: finite and of a size news gives."""
    if not math.isfinite(value):
        raise ValueError(f"{value} is not a number a reader can read: write a finite number")
    if abs(value) > MAX_FIGURE:
        raise ValueError(f"{value:g} is larger than {MAX_FIGURE:g}: check the number")
    return value


FigureValue = Annotated[float, Strict(), AfterValidator(_finite_number)]


def _calendar_date(value: object) -> object:
    """Take a date only as YYYY-MM-DD text (YAML would read `86400` as a number of seconds)."""
    if not isinstance(value, (str, dt.date)):
        raise ValueError(
            f"expected a date written YYYY-MM-DD, got {type(value).__name__} {value!r}"
            " (YAML read it as a number)"
        )
    if isinstance(value, str) and not re.fullmatch(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}", value):
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD (years 1000–9999)")
    return value


CalendarDate = Annotated[dt.date, BeforeValidator(_calendar_date)]
# YAML reads a bare year (`date: 2013`) as a number: the model takes it as text, and the JSON
# Schema says so, so that an editor's tooling neither flags a year nor lets `2021-13` through.
PartialDate = Annotated[
    str,
    BeforeValidator(lambda value: str(value) if type(value) is int else value),
    StringConstraints(pattern=DATE_PATTERN),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": DATE_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ]
        }
    ),
]

SPECIAL_PARAGRAPHS = ("CAPTION", "BYLINE", "CREDITS")

OrganisationKind = Literal[
    "government",
    "ministry",
    "agency",
    "alliance",
    "university",
    "pollster",
    "news",
    "event",
    "other",
]
ChannelKind = Literal["footage", "readout", "briefing", "translation", "statement", "interview"]
QuoteForm = Literal["sentence", "phrase"]
DateBasis = Literal["stated", "inferred", "background"]
EventStatus = Literal["happened", "planned"]
# What a figure's number is in. Money is a unit per currency (its ISO 4217 code in lower case),
# so that one field says what the number is, no currency can be left without an amount or an
# amount without a currency, and an editor's tooling lists every choice.
FigureUnitName = Literal[
    # plain numbers, shares and what they count
    "count",
    "percent",
    "percentage-points",
    "people",
    "seats",
    "votes",
    # time
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    # distance, area, speed
    "km",
    "miles",
    "metres",
    "feet",
    "hectares",
    "acres",
    "square-km",
    "km/h",
    "mph",
    # mass, volume, temperature
    "tonnes",
    "tons",
    "kg",
    "litres",
    "gallons",
    "barrels",
    "celsius",
    "fahrenheit",
    # money
    "usd",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "rub",
    "inr",
    "chf",
    "aud",
    "cad",
    "nzd",
    "hkd",
    "krw",
    "brl",
    "mxn",
    "try",
    "uah",
    "zar",
    "sek",
    "nok",
    "pln",
    "ils",
]
FIGURE_UNITS: tuple[str, ...] = get_args(FigureUnitName)
MONEY_UNITS = FIGURE_UNITS[FIGURE_UNITS.index("usd") :]
# How editors may write a unit that has another name here: the name to suggest.
UNIT_ALIASES = {
    "%": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "points": "percentage-points",
    "persons": "people",
    "person": "people",
    "sec": "seconds",
    "min": "minutes",
    "h": "hours",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "mile": "miles",
    "meters": "metres",
    "ft": "feet",
    "km2": "square-km",
    "sq km": "square-km",
    "kph": "km/h",
    "kmh": "km/h",
    "miles per hour": "mph",
    "metric tons": "tonnes",
    "kilograms": "kg",
    "liters": "litres",
    "°c": "celsius",
    "°f": "fahrenheit",
    "$": "usd",
    "us$": "usd",
    "dollars": "usd",
    "€": "eur",
    "euros": "eur",
    "£": "gbp",
    "pounds": "gbp",
    "¥": "jpy",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "rmb": "cny",
    "rubles": "rub",
    "roubles": "rub",
    "rupees": "inr",
    "francs": "chf",
    "a$": "aud",
    "c$": "cad",
    "nz$": "nzd",
    "hk$": "hkd",
    "won": "krw",
    "reais": "brl",
    "pesos": "mxn",
    "lira": "try",
    "hryvnia": "uah",
    "rand": "zar",
    "kronor": "sek",
    "kroner": "nok",
    "zloty": "pln",
    "shekels": "ils",
}


def _known_unit(value: object) -> object:
    """Refuse a unit the site cannot write, naming the unit that was probably meant."""
    if not isinstance(value, str) or value in FIGURE_UNITS:
        return value
    written = value.strip().lower()
    meant = UNIT_ALIASES.get(written) or UNIT_ALIASES.get(written.removesuffix("s"))
    if meant is None and written in FIGURE_UNITS:
        meant = written
    if meant is None:
        close = difflib.get_close_matches(written, [*FIGURE_UNITS, *UNIT_ALIASES], n=1, cutoff=0.7)
        meant = UNIT_ALIASES.get(close[0], close[0]) if close else None
    hint = (
        f"did you mean '{meant}'?"
        if meant
        else "use one of the units in schemas/figures.schema.json: count, percent, people, km,"
        " km/h, tonnes, usd, eur, gbp and more; or `count`, saying in the label what is counted"
    )
    raise ValueError(f"{value!r} is not a unit the site knows ({hint})")


FigureUnit = Annotated[FigureUnitName, BeforeValidator(_known_unit)]
Stance = Literal[
    "supports",
    "opposes",
    "criticises",
    "concerned",
    "neutral",
    "does-not-recognise",
    "does-not-side-with",
    "boycotts",
    "attends",
]
RelationKind = Literal[
    "partners-with",
    "former-adversary-of",
    "rival-of",
    "met-with",
    "leads",
    "works-for",
    "member-of",
    "backs",
    "pressures",
    "boycotts",
    "hosts",
    "courts",
]


class Record(BaseModel):
    """Fields every record shares: a stable id and where its facts come from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id = Field(description="Stable kebab-case id, unique within its kind.")
    sources: list[ParagraphId] = Field(
        default_factory=list,
        title="Article paragraphs",
        description="Paragraph ids this record comes from: P1…, CAPTION, BYLINE, CREDITS.",
    )
    background: Text | None = Field(
        default=None,
        description="For facts that are not in the article: a short note of where they are from.",
    )

    @model_validator(mode="after")
    def _has_provenance(self) -> Record:
        if not self.sources and self.background is None:
            raise ValueError("give `sources` (paragraph ids) or a `background` note")
        return self


class Group(BaseModel):
    """A group of people as the site shows them together (a heading, a colour in a chart)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    label: Name = Field(description="What the site calls the group's members: 'Analysts'.")


# The groups an explainer has when its article.yml names none: worded for any story.
DEFAULT_GROUPS = (
    Group(id="official", label="Officials"),
    Group(id="analyst", label="Analysts"),
    Group(id="journalist", label="Journalists"),
    Group(id="other", label="Others"),
)


class Point(Record):
    """One short statement in the explainer's own words: a takeaway or something to watch."""

    text: Text


class Article(Record):
    """The news article the explainer is built from."""

    headline: Name
    site_title: Name | None = Field(
        default=None,
        description="The explainer's own short title, its site name; the headline if not set.",
    )
    publication: Name
    published: CalendarDate
    dateline: Name
    url: str | None = None
    paragraphs: int = Field(
        ge=1,
        le=MAX_PARAGRAPHS,
        strict=True,
        description="Number of numbered paragraphs (P1…Pn) in the source.",
    )
    authors: list[Id] = Field(min_length=1, description="Person ids of the bylined authors.")
    parties: list[Id] = Field(
        min_length=2,
        description="Actor ids of the story's main parties (who agrees, where it stops).",
    )
    map_focus: list[Id] = Field(
        default_factory=list,
        description="Country ids of the region the story is about: what the map frames on a"
        " phone, where the whole span of the story's countries would be too small to read (the"
        " others are named under that frame). Without it, the main parties that are countries"
        " (every country in the story, if none is).",
    )
    contributors: list[Id] = Field(default_factory=list, description="Person ids of contributors.")
    summary: Text = Field(description="What happened, in the explainer's own words.")
    why_it_matters: Text
    takeaways: list[Point] = Field(min_length=1)
    watch: list[Point] = Field(default_factory=list, description="What to watch next.")
    groups: list[Group] = Field(
        default_factory=list,
        description="The groups people are shown in, in this order; a person's `group` names"
        " one. Without it: official, analyst, journalist, other.",
    )

    def people_groups(self) -> tuple[Group, ...]:
        """The groups people may belong to, in the order the site shows them."""
        return tuple(self.groups) or DEFAULT_GROUPS

    def paragraph_ids(self) -> tuple[str, ...]:
        """Every paragraph id a record may cite."""
        return (*(f"P{n}" for n in range(1, self.paragraphs + 1)), *SPECIAL_PARAGRAPHS)


class Country(Record):
    """A country or territory in the story."""

    name: Name = Field(title="Country")
    iso3: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = Field(
        title="ISO code",
        description="ISO 3166-1 alpha-3 code, used to place the country on the map.",
    )
    description: Text


class Organisation(Record):
    """A government body, alliance, university, pollster or other organisation."""

    name: Name
    short_name: Name | None = None
    kind: OrganisationKind
    country: Id | None = None
    description: Text


class Person(Record):
    """A person named in the article, or an unnamed speaker such as a ministry spokesman."""

    name: Name
    short_name: Name = Field(description="How the article refers to them after the first mention.")
    role: Text
    affiliation: Id | None = Field(default=None, description="Organisation id.")
    country: Id | None = Field(default=None, description="Country id.")
    group: Id = Field(
        default="other",
        title="Group",
        description="Id of a group from article.yml's `groups`: who they are.",
    )
    named: bool = Field(default=True, description="False for a speaker the article does not name.")
    description: Text


class Channel(Record):
    """How a statement reached the article: footage, a readout, a briefing, a translation…"""

    name: Name
    kind: ChannelKind
    via: Id | None = Field(default=None, description="Person or organisation that passed it on.")
    description: Text


class Quote(Record):
    """A direct quote, copied verbatim from the article."""

    text: Text = Field(
        description="The quoted words exactly as printed, curly quotes and dashes included."
    )
    speaker: Id = Field(title="Speaker", description="Person id.")
    channel: Id = Field(
        title="Channel", description="Channel id: how the words reached the article."
    )
    form: QuoteForm = Field(
        description="`sentence` for a full statement, `phrase` for a quoted fragment."
    )
    about: Text = Field(description="What the quote is about, in the explainer's own words.")
    topics: list[Id] = Field(default_factory=list)
    addressee: Id | None = Field(default=None, description="Person id of whom it was said to.")
    event: Id | None = Field(default=None, description="Event id of the occasion.")
    continues: Id | None = Field(default=None, description="Quote id this one continues.")

    @model_validator(mode="after")
    def _cited(self) -> Quote:
        if not self.sources:
            raise ValueError("a quote must cite the paragraph it appears in (`sources`)")
        return self


class Event(Record):
    """Something that happened or is planned, dated at its true precision."""

    title: Name = Field(title="Event", description="What happened, as a short heading.")
    date: PartialDate = Field(
        title="Date", description="YYYY, YYYY-MM or YYYY-MM-DD: only as precise as known."
    )
    end_date: PartialDate | None = Field(default=None, title="End date")
    date_basis: DateBasis = Field(
        default="stated",
        title="How the date is known",
        description="`stated` in the article, `inferred` from a relative date, or `background`.",
    )
    date_note: Text | None = Field(
        default=None, description="How an inferred or background date was found."
    )
    status: EventStatus = Field(default="happened", title="Status")
    place: Name | None = None
    countries: list[Id] = Field(default_factory=list)
    actors: list[Id] = Field(
        default_factory=list, description="Ids of people, countries or organisations."
    )
    topics: list[Id] = Field(default_factory=list)
    description: Text

    @field_validator("date", "end_date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is not None:
            parse_partial_date(value)
        return value

    @model_validator(mode="after")
    def _date_explained(self) -> Event:
        if self.date_basis != "stated" and self.date_note is None:
            raise ValueError(f"a date that is {self.date_basis} needs a `date_note` saying how")
        if self.end_date is not None and self.end_date < self.date:
            raise ValueError("`end_date` is before `date`")
        return self

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """How precisely the date is known."""
        return ("year", "month", "day")[self.date.count("-")]


class Figure(Record):
    """A number the article gives: a count, a share, a duration, a distance, a sum of money."""

    label: Name = Field(title="Figure", description="What the number is, as a short phrase.")
    value: FigureValue = Field(title="Value", description="The number, in the unit's units.")
    unit: FigureUnit = Field(
        title="Unit",
        description="What the number is in: count, percent, people, km, km/h, tonnes, …;"
        " money is its currency's code in lower case (usd, eur, gbp, jpy, cny, rub, …).",
    )
    approximate: bool = False
    display: Name | None = Field(default=None, description="How to show it, if not value and unit.")
    measures: Text = Field(title="What it measures", description="What the number measures.")
    measured_by: Id | None = Field(default=None, description="Id of who measured or stated it.")
    as_of: PartialDate | None = None
    topic: Id | None = None


class Topic(Record):
    """An issue the story turns on."""

    name: Name
    summary: Text
    question: Text | None = Field(default=None, description="The question a reader brings to it.")


class Position(Record):
    """An actor's stance on a topic, as the article gives it."""

    actor: Id = Field(title="Actor", description="Id of a person, country or organisation.")
    topic: Id = Field(title="Issue", description="Topic id.")
    stance: Stance = Field(title="Stance")
    summary: Text = Field(
        title="Evidence", description="What the article says of the stance, in own words."
    )


class Relation(Record):
    """A typed tie between two actors."""

    source: Id = Field(title="Who", description="Id of the actor the tie goes from.")
    target: Id = Field(title="With whom", description="Id of the actor the tie goes to.")
    kind: RelationKind = Field(title="Tie")
    summary: Text = Field(
        title="Evidence", description="What the article says of the tie, in own words."
    )


class Term(Record):
    """A glossary entry, also shown as a tooltip where the term appears."""

    term: Name
    aliases: list[Name] = Field(default_factory=list)
    definition: Text


class Explainer(BaseModel):
    """Every validated record of one explainer."""

    model_config = ConfigDict(frozen=True)

    article: Article
    people: list[Person]
    countries: list[Country]
    organisations: list[Organisation]
    channels: list[Channel]
    topics: list[Topic]
    quotes: list[Quote]
    events: list[Event]
    figures: list[Figure]
    positions: list[Position]
    relations: list[Relation]
    glossary: list[Term]


_MONTH_DAYS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str) -> tuple[int, int | None, int | None]:
    """Split a YYYY[-MM[-DD]] date into its parts, raising ValueError if it does not exist."""
    match = _MONTH_DAYS.match(value)
    if match is None:
        raise ValueError(f"'{value}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{value}' has no month {month}")
    if month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"'{value}' is not a day of the calendar") from None
    return year, month, day
