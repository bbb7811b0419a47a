# People named in an article: mentions found by rules, merged into one record per person.
"""Find people and their titles, and merge their mentions (`Xi Jinping` … `Mr. Xi`).

A run of capitalised words is a person when the text says so: a title before it (`Mr.`,
`Prof.`, `President`), a role beside it (`X, a professor at …`; `a Kremlin aide, X`), a
speech verb next to it (`X said`, `said X`), `according to X`, `who` after it, `by` before
it, a middle initial, a common given name first (`Yuri …`), or the byline and credits.
A run that starts with a role, a place or an organisation gives the name after it (`Governor
of Eastshire X`, `Tide Council X`). Places, organisations, weekdays, months and title words
are never people. A one-word mention (`Mr. Xi`, `Okafor`) joins the full name whose last (or
first) word it is, or one spelt a letter or two differently (marked for review), unless its
title names another office (`Senator Hale` beside `Rep. Ann Hale`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from generators.scaffold import places
from generators.scaffold.given_names import GIVEN_NAMES
from generators.scaffold.text import paragraph_order, slug, unique_id, word_set

# Courtesy titles, and the gender they tell (None: they do not).
COURTESY = {
    "Mr.": "m",
    "Mrs.": "f",
    "Ms.": "f",
    "Miss": "f",
    "Dr.": None,
    "Prof.": None,
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Dr": None,
    "Sir": "m",
    "Dame": "f",
    "Lady": "f",
    "Lord": "m",
}
# Job titles written before a name; abbreviations expand for the role.
JOB_TITLES = {
    "Prime Minister": "Prime Minister",
    "First Lady": "First Lady",
    "Crown Prince": "Crown Prince",
    "Prince": "Prince",
    "Princess": "Princess",
    "Archbishop": "Archbishop",
    "Bishop": "Bishop",
    "Cardinal": "Cardinal",
    "Rabbi": "Rabbi",
    "Sheikh": "Sheikh",
    "Emir": "Emir",
    "Administrator": "Administrator",
    "Chairman": "Chairman",
    "Chairwoman": "Chairwoman",
    "Speaker": "Speaker",
    "Minister": "Minister",
    "Secretary": "Secretary",
    "Undersecretary": "Undersecretary",
    "Director": "Director",
    "Coach": "Coach",
    "Congressman": "Congressman",
    "Congresswoman": "Congresswoman",
    "Assemblyman": "Assemblyman",
    "Assemblywoman": "Assemblywoman",
    "Premier": "Premier",
    "Chief": "Chief",
    "Foreign Minister": "Foreign Minister",
    "Defense Minister": "Defense Minister",
    "Vice President": "Vice President",
    "Secretary of State": "Secretary of State",
    "President": "President",
    "Chancellor": "Chancellor",
    "King": "King",
    "Queen": "Queen",
    "Pope": "Pope",
    "Mayor": "Mayor",
    "Governor": "Governor",
    "Gov.": "Governor",
    "Senator": "Senator",
    "Sen.": "Senator",
    "Representative": "Representative",
    "Rep.": "Representative",
    "Judge": "Judge",
    "Justice": "Justice",
    "General": "General",
    "Gen.": "General",
    "Col.": "Colonel",
    "Capt.": "Captain",
    "Sgt.": "Sergeant",
    "Lt.": "Lieutenant",
    "Detective": "Detective",
    "Det.": "Detective",
    "Officer": "Officer",
    "Councilman": "Councilman",
    "Councilwoman": "Councilwoman",
    "Councilor": "Councilor",
    "Council Member": "Council member",
    "Commissioner": "Commissioner",
    "Superintendent": "Superintendent",
    "Ambassador": "Ambassador",
    "Sheriff": "Sheriff",
    "Rev.": "Reverend",
    "Professor": "Professor",
    "Prof.": "Professor",
    "Dr.": "Doctor",
}
TITLES = {**dict.fromkeys(JOB_TITLES), **COURTESY}
# Nouns that make a phrase a role: `a professor at …`, `the town clerk`.
ROLE_NOUNS = word_set(
    """
    president minister secretary aide adviser advisor spokesman spokeswoman spokesperson
    professor historian economist analyst researcher scientist scholar expert fellow lecturer
    director head chief chairman chairwoman chair leader mayor governor senator official
    officer clerk engineer manager owner farmer teacher student resident lawyer attorney judge
    doctor nurse founder executive editor reporter correspondent member councilman
    councilwoman commissioner ambassador envoy diplomat general colonel dean principal coach
    pastor activist organizer consultant architect developer worker volunteer superintendent
    sheriff deputy representative candidate author writer premier chancellor king queen
    negotiator strategist planner inspector trustee administrator treasurer master captain
    pilot driver guard keeper operator agent broker banker trader investor entrepreneur
    builder carpenter welder electrician plumber mechanic fisherman sailor soldier veteran
    priest rabbi imam bishop mother father parent son daughter wife husband neighbor
    neighbour friend supervisor coordinator specialist technician librarian curator artist
    musician singer actor actress player athlete referee archaeologist physician surgeon
    dentist pharmacist therapist counselor psychologist sociologist demographer
    epidemiologist biologist physicist chemist geologist designer photographer journalist
    columnist producer host anchor partner associate assistant intern auditor accountant
    prosecutor defender trooper firefighter paramedic owner landlord tenant shopkeeper
    commander lieutenant sergeant detective chef economist pollster lobbyist campaigner
    ceo cfo coo cto chairperson administrator undersecretary coauthor co-author barrister
    solicitor mp mep lawmaker legislator congressman congresswoman astronaut cosmonaut
    girlfriend boyfriend fiancé fiancée brother sister widow widower colleague investigator
    goalkeeper striker midfielder winger substitute skipper batsman bowler jockey cyclist
    swimmer runner boxer wrestler golfer rider passenger victim survivor witness customer
    shopper commuter voter patient fan spectator bystander onlooker tourist visitor councillor
    counterpart predecessor successor rival opponent ally hydrologist fly-half scrum-half
    centre center lock prop hooker flanker full-back fullback quarterback pitcher catcher
    shortstop forward defenceman defenseman batter replacement constable forecaster
    """
)
ANALYST_WORDS = word_set(
    """
    professor historian economist analyst researcher scientist scholar expert fellow lecturer
    dean
    """
)
OFFICIAL_WORDS = word_set(
    """
    president minister secretary aide adviser advisor spokesman spokeswoman spokesperson
    official ambassador envoy diplomat premier chancellor king queen general kremlin
    """
)
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|noted|recalled|"
    "continued|argued|argues|insisted|warned|declared|stated|replied|answered|acknowledged|"
    "conceded|complained|predicted|promised|urged|cautioned|remarked|observed|announced|"
    "stressed|emphasized|emphasised|joked|testified|tweeted|posted|agreed|recounted|suggested|"
    "called|calls|described|describes|addressed|notes|note|reads|reasoned|claimed|claims|"
    "reported|reports|recommended|recommends|cautions|warns|insists|explains|stating|saying|"
    "adding|telling|noting|writing|warning|arguing|insisting|calling|claiming|reporting|"
    "recommending|describing|urging"
)
# Nouns that make a phrase a source that speaks without being a person: `the ministry said`,
# `a leaked letter says`, `the report states`.
SOURCE_NOUNS = word_set(
    """
    government ministry department agency office council city town municipality court police
    company committee commission board authority authorities administration website site
    letter report statement document study survey paper newspaper guidance questionnaire memo
    filing complaint ruling judgment judgement lawsuit bill law act notice release website
    campaign group organisation organization union party team club firm bank embassy
    spokesperson spokespeople spokesman spokeswoman officials sources source
    """
)
# Calendar words may end a name (Jo March, Theresa May) but never start one.
CALENDAR_WORDS = word_set(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December
    """
)
NOT_NAME_WORDS = word_set(
    """
    Olympics Olympic Summit Sea Ocean Winter Summer Spring Fall Autumn Eastern Western Northern
    Southern European Pacific Asia Europe Africa Democracy Union Covered Bridge Street Avenue
    Road River Lake Mount County City State States Games Cup War Day Year Square Hall Station
    Island Islands Valley Republic Kingdom Empire Affairs Studies Program God Christmas Easter
    Internet Facebook Twitter
    """
)
FUNCTION_WORDS = word_set(
    """
    The A An In On At By For From With Before After During When While But And Or If As That
    This These Those There Both Even Still Yet So Then Now Since Under Over Once Last Next It
    He She They We I You Our His Her Their Its My Your Who What Where Why How Not No Every
    Each All Some Many Most Few Such Other Another Asked According Meanwhile Also However
    Though Although Because Until Unless Whether Here Later Earlier Today Tonight Yesterday
    Tomorrow Despite Among Against Between Into Through About Around Near Like Unlike Just
    Only
    """
)

# Capital and small letters, Latin-1 and Latin Extended-A included (José Álvarez, Łukasz).
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOWER = "a-zß-öø-ÿĀ-ž"
_TOKEN = (
    rf"(?:O[’'])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:[-'’](?!s\b)[{UPPER}]?[{LOWER}]+)*"
)
_INITIAL = rf"[{UPPER}]\."
NAME = rf"{_TOKEN}(?:\s+(?:{_INITIAL}\s+)*{_TOKEN})*"
# Role nouns that are also given names: in a run of capitalised words, a name's first word.
GIVEN_NAME_ROLES = word_set("Dean Major Earl Guy Chase Pastor Deacon Marshal")
# Words that name a government by its politics, not by its head.
POLITICAL_WORDS = word_set(
    """
    Conservative Labour Labor Liberal Democratic Democrat Republican Socialist Communist Green
    Coalition Federal National Provincial State Regional Local Military Interim Transitional
    Caretaker Unity Minority Majority Central Islamist Nationalist Populist Tory Tories
    """
)
NAME_PARTICLES = word_set("De Di Da Del Della Van Von Le La Du Dos Das Bin Ibn Al El Abu")
_TITLE = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
# `Minister of Fisheries ` / `CEO of the ` right before a run: its first words are the role's.
_OF_ROLE_BEFORE = re.compile(
    r"(?P<role>\b(?:[A-Z][\w’'-]*\s+){0,3}[\w’'-]+\s+(?:of|for|to)(?:\s+the)?)\s+$"
)
_TITLED = re.compile(rf"(?<![\w.])(?P<title>{_TITLE})\s+(?P<name>{NAME})")
_PLAIN = re.compile(rf"(?<![\w.’'-])(?P<name>{NAME})")
_SPEECH = re.compile(rf"^\s+(?:{SPEECH_VERBS})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\s+$")
_APPOSITION = re.compile(
    r"^,\s+(?!(?:and|or|but|with|while|as|whom|which|if|so|then|than|because)\b)"
    r"(?P<text>(?:(?:a|an|the|one of|who|whose|of|at|from)\s+|(?=[a-z])|"
    r"(?=(?:[A-Z][a-z]+\s+){1,3}(?:of|for|at|to)\s))[^,;:“”\"()]+?)"
    r"(?=,|;|:|\.(?:\s|$)|$)"
)
# `X for the Agency, says` / `X of the Agency said`: the speech verb after a short affiliation.
_SPEECH_AFTER_AFFILIATION = re.compile(
    r"^\s+(?:for|of|from|at|with)\s+(?P<org>[^,.;“”\"]{2,80}),\s+(?:" + SPEECH_VERBS + r")\b"
)
# `Riders added into the bill`: a verb of speech used for something else.
_NOT_MOTION = r"(?!\s+(?:into|in|on|up|by|from|for|with|as|to\s+the)\b)"
# The end of a word, a possessive `’s` allowed (`Brook’s statement`).
_WORD_END = r"(?=[’']s\b|(?![\w’'-]*\w))"
# `X of Johns Hopkins University …`, `X, the principal investigator` said as `X … was the …`.
_OF_ORGANISATION = re.compile(
    r"^\s+(?:of|from|at)\s+(?P<org>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w’'.&-]*)*)"
)
_PREDICATE_ROLE = re.compile(
    r"^(?:\s+(?:of|from|at)\s+(?:[^.;]|(?<=[A-Z][a-z])\.|(?<=[A-Z])\.){0,80}?)?,?\s+(?:is|was)\s+"
    r"(?:the|a|an)\s+"
    r"(?P<role>[a-z][^,.;“”\"]{2,60}?)(?=[,.;]|\s+(?:who|which|that|and|in|at|for)\b|$)"
)
_WHO_AFTER = re.compile(r"^,?\s+who\b")
_BY_BEFORE = re.compile(r"\b(?:by)\s+$")
_PRONOUN_LATER = re.compile(r"\b(?:he|she|his|her|him)\b")
# A role ending right before a name: `harbour barrister Nell Grant`, `[former … CEO] Ada`.
_ROLE_RIGHT_BEFORE = re.compile(r"(?P<role>(?:[\w’'-]+\s+){0,3}?(?P<noun>[\w-]+))[\])]?\s+$")
# The organisation a role noun belongs to, written before it: `Tide Council for the Care of`.
_ORGANISATION_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w’'.&-]*){0,8})$"
)
_TITLE_QUALIFIER = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w’'.&-]*\s+){1,3}$")
# A list of two or more runs of two or three capitalised words: `A B, C D and E F`.
_LISTED = rf"{_TOKEN}(?:\s+{_TOKEN}){{1,2}}"
_NAME_LIST = re.compile(
    rf"(?<![\w.])(?:{_LISTED},\s+)+{_LISTED},?\s+(?:and|or)\s+{_LISTED}(?![\w])"
)
_BY_INITIALS = re.compile(rf"\bby\s+(?P<name>[A-Z]{{2,3}}\s+{_TOKEN})\b(?!\s+[{UPPER}])")
# `the Varga government`: the head of a government named by surname.
_NAMED_GOVERNMENT = re.compile(
    rf"\bthe\s+(?P<name>[{UPPER}][{LOWER}]+)\s+(?:government|administration|cabinet)\b"
)
_DESCRIPTOR_BEFORE = re.compile(
    r"(?:\b(?:a|an|the)\s+)(?P<text>(?:[\w’'-]+\s+){0,5}?[\w’'-]+),\s+$", re.IGNORECASE
)
# `Vice President of X, Ivo Kent,` / `The secretary general of the TU (…), Ada Quill,`
_ROLE_CLAUSE_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:a|an|the|Also|also)\s+)(?P<text>[^,;:.“”\"]{3,120}?),\s+$"
)


@dataclass(frozen=True)
class NameMention:
    """One place a person is named."""

    paragraph: str
    start: int
    end: int
    name: str  # the name as printed, without its title
    title: str | None = None

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for t in self.name.split() if not re.fullmatch(_INITIAL, t))


@dataclass
class PersonDraft:
    """A person as far as the rules can tell, with every mention and what needs review."""

    key: str
    mentions: list[NameMention] = field(default_factory=list)
    roles: list[tuple[int, str]] = field(default_factory=list)  # (rank, role): lower is better
    journalist: str | None = None  # "author" or "contributor"
    named: bool = True
    unnamed_name: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        if self.unnamed_name:
            return self.unnamed_name
        full = [m.name for m in self.mentions if len(m.tokens) > 1]
        if full:
            return max(full, key=lambda name: (len(name.split()), len(name)))
        return self.mentions[0].tokens[-1]

    @property
    def surname_only(self) -> bool:
        return self.named and all(len(m.tokens) == 1 for m in self.mentions)

    @property
    def short_name(self) -> str:
        if not self.named:
            words = self.name.lower().split()
            return "the " + next((w for w in words if w in ROLE_NOUNS), " ".join(words))
        for wanted in (COURTESY, TITLES):
            for mention in self.mentions:
                if mention.title in wanted and len(mention.tokens) == 1:
                    return f"{mention.title} {mention.name}"
        if self.surname_only:
            titled = next((m for m in self.mentions if m.title), None)
            return f"{titled.title} {titled.name}" if titled else self.name
        return self.name

    @property
    def role(self) -> str | None:
        if not self.roles:
            return None
        text = min(self.roles, key=lambda item: item[0])[1]
        return text[0].upper() + text[1:]

    @property
    def gender(self) -> str | None:
        for mention in self.mentions:
            if gender := COURTESY.get(mention.title or ""):
                return gender
        return None

    @property
    def paragraphs(self) -> list[str]:
        return sorted({m.paragraph for m in self.mentions}, key=paragraph_order)

    def country(self) -> str | None:
        """The country its role names, by name, adjective or capital."""
        role = self.role or ""
        for mention in places.country_mentions({"role": role}):
            return mention.key
        for name, (_, _, country) in places.KNOWN_ORGANISATIONS.items():
            if country and name in role:
                return country
        return None

    def group(self) -> str:
        if self.journalist:
            return "journalist"
        words = set(re.findall(r"[a-z]+", (self.role or "").lower()))
        if words & ANALYST_WORDS:
            return "analyst"
        if words & OFFICIAL_WORDS:
            # The default groups (model.DEFAULT_GROUPS); an editor names the story's own groups
            # in article.yml's `groups` and moves people into them.
            return "official"
        return "other"


@dataclass
class People:
    """Every person found, and where each was mentioned."""

    persons: list[PersonDraft]

    def mentions(self) -> list[tuple[NameMention, PersonDraft]]:
        pairs = [(m, p) for p in self.persons for m in p.mentions]
        return sorted(pairs, key=lambda pair: (pair[0].paragraph, pair[0].start))

    def at(self, paragraph: str, start: int, end: int) -> PersonDraft | None:
        """The person named within [start, end) of a paragraph (the first, if several)."""
        found = [
            (m.start, p)
            for m, p in self.mentions()
            if m.paragraph == paragraph and start <= m.start and m.end <= end
        ]
        return min(found, key=lambda item: item[0])[1] if found else None

    def in_span(
        self, paragraph: str, start: int, end: int
    ) -> list[tuple[NameMention, PersonDraft]]:
        """Every person mention within [start, end) of a paragraph, in order."""
        return sorted(
            (
                (m, p)
                for m, p in self.mentions()
                if m.paragraph == paragraph and start <= m.start and m.end <= end
            ),
            key=lambda pair: pair[0].start,
        )

    def unnamed(self, description: str, paragraph: str) -> PersonDraft:
        """The unnamed speaker a description names (`a spokesman for the foreign ministry`)."""
        words = description.split()
        if words and words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        name = " ".join(words)
        name = name[0].upper() + name[1:]
        key = f"unnamed:{name.lower()}"
        for person in self.persons:
            if person.key == key:
                break
        else:
            person = PersonDraft(key=key, named=False, unnamed_name=name)
            person.roles.append((5, name))
            self.persons.append(person)
        person.mentions.append(NameMention(paragraph, -1, -1, name))
        return person

    def by_description(self, title: str, country: str | None) -> PersonDraft | None:
        """`the Russian president` → the one person whose role has that title and country."""
        with_title = [p for p in self.persons if p.role and title.lower() in p.role.lower().split()]
        matching = [p for p in with_title if country and p.country() == country]
        if len(matching) == 1:
            return matching[0]
        unknown = [p for p in with_title if p.country() is None]
        if matching or len(unknown) != 1:
            return None
        person = unknown[0]
        if country:
            person.roles.append((1, f"{title.capitalize()} of {places.COUNTRIES[country][0]}"))
            person.notes.append(f"country read from a description ('{title}' of {country})")
        return person


def find_people(
    body: dict[str, str], byline: str | None = None, credits: str | None = None
) -> People:
    """Every person named in the body, the byline and the credits, merged per person."""
    blocked = _blocked_spans(body)
    mentions = _titled_mentions(body)
    titled = {m.tokens[0] for m in mentions if len(m.tokens) == 1} | _speaking_words(body)
    mentions += _plain_mentions(body, blocked, taken=mentions, titled=titled)
    mentions += _pattern_mentions(body, taken=mentions)
    mentions += _listed_mentions(body, blocked, taken=mentions)
    persons = _merge(mentions)
    for person in persons:
        _add_roles(person, body)
    _add_journalists(persons, byline, credits)
    people = People(persons)
    _add_bare_surnames(people, body, blocked)
    return people


def _blocked_spans(body: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Where places and organisations are named: no person starts inside them."""
    blocked: dict[str, list[tuple[int, int]]] = {key: [] for key in body}
    for mention in places.country_mentions(body) + places.organisation_mentions(body):
        blocked[mention.paragraph].append((mention.start, mention.end))
    return blocked


def _titled_mentions(body: dict[str, str]) -> list[NameMention]:
    mentions = []
    for paragraph, text in body.items():
        for match in _TITLED.finditer(text):
            name = _trim_name(match.group("name"))
            title = match.group("title")
            words = (name or "").split()
            while len(words) > 2 and words[0].lower() in ROLE_NOUNS:  # `Chief Constable X Y`
                title = f"{title} {words.pop(0)}"
            name = " ".join(words) or None
            if name:
                start = match.start("name") + match.group("name").index(name)
                if title not in COURTESY:  # `Finance Director`, `U.S. Senator`: the whole role
                    qualifier = _TITLE_QUALIFIER.search(text[: match.start()])
                    if qualifier and qualifier.group().split()[0] not in FUNCTION_WORDS:
                        title = f"{qualifier.group().strip()} {title}"
                mentions.append(NameMention(paragraph, start, start + len(name), name, title))
    return mentions


def _plain_mentions(
    body: dict[str, str],
    blocked: dict[str, list[tuple[int, int]]],
    taken: list[NameMention],
    titled: set[str],
) -> list[NameMention]:
    """Runs of capitalised words the text shows to be people, or that end (or start) with a
    name given elsewhere with a title (`Ben Ode` after `Mr. Ode`). A run that starts with a
    role, a place or an organisation (`Tide Council Omar Reyes`, `Governor of Eastshire
    Rowan Pike`) gives the name after it, the rest being the role."""
    mentions = []
    for paragraph, text in body.items():
        used = [(m.start, m.end) for m in taken if m.paragraph == paragraph]
        for match in _PLAIN.finditer(text):
            found = _name_in_run(text, match.start("name"), match.group("name"))
            if found is None:
                continue
            start, name, role, certain = found
            end = start + len(name)
            if any(a < end and start < b for a, b in used):
                continue
            if any(a <= start < b for a, b in blocked[paragraph]) and role is None:
                continue
            words = name.split()
            if (
                (role and certain)
                or (words[0] in GIVEN_NAMES and len(words) <= 3)
                or words[-1] in titled
                or words[0] in titled
                or _has_person_evidence(text, start, end, name)
            ):
                mentions.append(NameMention(paragraph, start, end, name, role))
    return mentions


def _listed_mentions(
    body: dict[str, str], blocked: dict[str, list[tuple[int, int]]], taken: list[NameMention]
) -> list[NameMention]:
    """Names listed with a person (`tries from Dan Whitcombe, Luis Ferreira and Kofi Mensah`):
    every member of a list shaped like a name is a person when one of them is."""
    mentions = []
    for paragraph, text in body.items():
        known = [(m.start, m.end) for m in taken if m.paragraph == paragraph]
        for listing in _NAME_LIST.finditer(text):
            members = list(re.finditer(rf"{_TOKEN}(?:\s+{_TOKEN}){{1,2}}", listing.group()))
            spans = [(listing.start() + m.start(), listing.start() + m.end()) for m in members]
            if not any(span in known for span in spans):
                continue
            for (start, end), member in zip(spans, members, strict=True):
                name = member.group()
                if (start, end) in known or _trim_name(name) != name:
                    continue
                if any(a < end and start < b for a, b in blocked[paragraph] + known):
                    continue
                mentions.append(NameMention(paragraph, start, end, name))
    return mentions


def _pattern_mentions(body: dict[str, str], taken: list[NameMention]) -> list[NameMention]:
    """Names only a construction shows: `the Varga government` (its head, by surname) and
    initials without full stops after `by` (`a paper by KT Orrin`)."""
    mentions = []
    for paragraph, text in body.items():
        used = [(m.start, m.end) for m in taken if m.paragraph == paragraph]
        patterns = ((_NAMED_GOVERNMENT, "head of the {} government"), (_BY_INITIALS, None))
        for pattern, role in patterns:
            for match in pattern.finditer(text):
                start, end = match.start("name"), match.end("name")
                name = match.group("name")
                surname = name.split()[-1]
                if any(a < end and start < b for a, b in used) or _blocks_name(surname):
                    continue
                if surname in FUNCTION_WORDS | TITLES.keys() | CALENDAR_WORDS | POLITICAL_WORDS:
                    continue
                title = role.format(name) if role else None
                mentions.append(NameMention(paragraph, start, end, name, title))
    return mentions


def _name_in_run(text: str, at: int, run: str) -> tuple[int, str, str | None, bool] | None:
    """(start, name, role before it, whether the role makes it certain) for the person a run
    of capitalised words may name."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", run)]
    while tokens and (tokens[0][1] in FUNCTION_WORDS or tokens[0][1] in TITLES):
        tokens.pop(0)
    words = [word for _, word in tokens]
    cut = 0  # the name starts after the last word that cannot be part of one
    for index in range(len(words) - 1):
        spans = (" ".join(words[j : index + 1]) for j in range(max(0, index - 2), index + 1))
        if any(_blocks_name(span) for span in spans):
            cut = index + 1
    of_role = _OF_ROLE_BEFORE.search(text[:at])
    if of_role and not _role_like(of_role.group("role")):
        of_role = None
    certain = True
    given = [i for i in range(1, len(words) - 1) if words[i] in GIVEN_NAMES]
    if not cut and given and len(words) - given[0] <= 3:  # `Goalkeeper Daniel Moss`
        cut = given[0]
    if of_role and not cut and len(words) >= 3:  # `Minister of Fisheries Lena Brook`
        cut = len(words) - (3 if words[-2] in NAME_PARTICLES else 2)
        certain = False
    name_words = words[cut:]
    while name_words and re.fullmatch(_INITIAL, name_words[-1]):
        name_words.pop()
    if not name_words:
        return None
    name = " ".join(name_words)
    role = " ".join(words[:cut])
    if of_role and cut:
        role = f"{of_role.group('role')} {role}"
    if role and not _role_like(role):
        role = ""
    if _trim_name(name, allow_roles=False) != name or (len(name_words) < 2 and not role):
        return None
    if len(name_words) < 2:
        certain = False  # `Administrator Quill` needs evidence; `… Visitor Hall` none
    return at + tokens[cut][0], name, role or None, certain


def _blocks_name(word: str) -> bool:
    """A word that ends a role, a place or an organisation, never part of a person's name."""
    return (
        (word.lower() in ROLE_NOUNS and word not in GIVEN_NAME_ROLES)
        or word in places.ORGANISATION_WORDS
        or word in NOT_NAME_WORDS
        or _is_place(word)
    )


def _speaking_words(body: dict[str, str]) -> set[str]:
    """Capitalised words right beside a speech verb (`Ito said`, `said Reyes.`): surnames."""
    found = set()
    for text in body.values():
        verb = rf"\s+(?:said|says|told|added)\b{_NOT_MOTION}"
        for match in re.finditer(rf"(?<![\w.’'-])({_TOKEN}){verb}", text):
            found.add(match.group(1))
        for match in re.finditer(rf"[”\"]\s*(?:said|says)\s+({_TOKEN})\b(?!\s+[A-Z])", text):
            found.add(match.group(1))
    return {
        word
        for word in found
        if word not in FUNCTION_WORDS
        and word not in TITLES
        and word not in CALENDAR_WORDS
        and not _is_place(word)
        and word not in places.ORGANISATION_WORDS
    }


def _trim_name(name: str, *, allow_roles: bool = False) -> str | None:
    """Drop sentence-start words and refuse names made of place or calendar words (or of
    organisation words, unless `allow_roles` keeps a role prefix such as `Finance Director`)."""
    words = name.split()
    while words and (words[0] in FUNCTION_WORDS or words[0] in TITLES):
        words.pop(0)
    while words and re.fullmatch(_INITIAL, words[-1]):
        words.pop()
    if not words:
        return None
    if words[0] in CALENDAR_WORDS:
        return None
    if any(word in NOT_NAME_WORDS for word in words):
        return None
    if not allow_roles and any(word in places.ORGANISATION_WORDS for word in words):
        return None
    if any(_is_place(word) for word in words) or _is_place(" ".join(words)):
        return None
    return " ".join(words)


def _is_place(text: str) -> bool:
    for name, _, aliases, adjectives, capitals in places.COUNTRIES.values():
        if text == name or text in aliases or text in adjectives or text in capitals:
            return True
    return text in places.KNOWN_ORGANISATIONS


def _has_person_evidence(text: str, start: int, end: int, name: str) -> bool:
    """What the words around a run say: a speech verb, a role beside it, `who` after it, a
    role noun right before it (`barrister Nell Grant`), `by` before it, a pronoun later on."""
    after, before = text[end:], text[:start]
    if re.search(rf"\s{_INITIAL}\s", f" {name} "):
        return True
    object_of = re.search(r"\b(?:at|of|for|from|with|in|on)\s+(?:the\s+)?$", before)
    if (_SPEECH.match(after) and not object_of) or _SPEECH_BEFORE.search(before):
        return True
    if _SPEECH_AFTER_AFFILIATION.match(after) or _WHO_AFTER.match(after):
        return True
    apposition = _APPOSITION.match(after)
    if apposition and _role_like(apposition.group("text")):
        return True
    if _role_right_before(before) or _role_clause_before(before, after):
        return True
    if _BY_BEFORE.search(before) and len(name.split()) <= 3:
        return True
    sentence_end = re.search(r"[.!?](?:\s|$)", after)
    rest = after[: sentence_end.start()] if sentence_end else after
    if re.match(r"^\s+(?:was|is|had|has|who)\b", after) and _PRONOUN_LATER.search(rest):
        return True
    descriptor = _DESCRIPTOR_BEFORE.search(before)
    return bool(descriptor and _role_like(descriptor.group("text")))


def _role_right_before(before: str) -> str | None:
    """The role a lowercase role noun right before a name gives (`immigration barrister`)."""
    match = _ROLE_RIGHT_BEFORE.search(before)
    if match is None:
        return None
    written = match.group("noun")
    noun = written.lower() if written.lower() in ROLE_NOUNS else written.lower().split("-")[-1]
    if noun not in ROLE_NOUNS or (written[0].isupper() and not written.isupper()):
        return None
    words = match.group("role").split()
    while len(words) > 1 and (
        words[0].lower() in _LEAD_WORDS or (words[0][0].isupper() and words[0] in FUNCTION_WORDS)
    ):
        words.pop(0)
    kept: list[str] = []
    for word in reversed(words):  # the noun and the words that qualify it, back to a verb
        if kept and (word.lower() in _LEAD_WORDS or word.endswith((",", "."))):
            break
        kept.insert(0, word)
    if kept and kept[0][0].isupper():  # `Tide Council for the Care of Piers campaigner`
        first = match.start("role") + match.group("role").rfind(" ".join(kept))
        organisation = _ORGANISATION_BEFORE.search(before[: first + len(kept[0])])
        if organisation:
            kept = [*organisation.group("org").split()[:-1], *kept]
    return " ".join(kept).strip("[]()")


def _role_clause_before(before: str, after: str) -> str | None:
    """`Vice President of X, Ivo Kent,`: a role clause before a name set off by commas."""
    if not re.match(r"^\s*,", after):
        return None
    match = _ROLE_CLAUSE_BEFORE.search(before)
    if match is None or not _role_like(match.group("text")):
        return None
    text = match.group("text").strip()
    if re.search(rf"\b(?:{SPEECH_VERBS})\b", text) or len(text.split()) > 14:
        return None
    lead = r"^(?:(?:according to|also|and|but|meanwhile|however|then)\s+)+"
    return re.sub(lead, "", text, flags=re.IGNORECASE)


_LEAD_WORDS = word_set(
    """
    the a an his her their its our my your like as including with by from of and or but to
    critics said says told former then also while when after before among
    """
)


def _role_like(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & ROLE_NOUNS) or text.split()[0] in ("who", "whose")


def _merge(mentions: list[NameMention]) -> list[PersonDraft]:
    """One person per full name; one-word mentions join the full name they belong to."""
    persons: dict[tuple[str, str], PersonDraft] = {}
    ordered = sorted(mentions, key=lambda m: (paragraph_order(m.paragraph), m.start))
    for mention in (m for m in ordered if len(m.tokens) > 1):
        key = (mention.tokens[0], mention.tokens[-1])
        persons.setdefault(key, PersonDraft(key=" ".join(key))).mentions.append(mention)
    for mention in (m for m in ordered if len(m.tokens) == 1):
        person = _owner(mention, list(persons.values()))
        if person is None:
            key = ("", mention.tokens[0])
            person = persons.setdefault(key, PersonDraft(key=mention.tokens[0]))
        person.mentions.append(mention)
    return list(persons.values())


def _owner(mention: NameMention, persons: list[PersonDraft]) -> PersonDraft | None:
    """The full-named person a one-word mention refers to: last name first, then first name,
    then a surname spelt a letter or two differently (`Ms Lindquist` for Mara Lindqvist).
    A job title unlike the full-named person's (`Senator Hale`, `Rep. Ann Hale`)
    makes another person."""
    word = mention.tokens[0]
    full = [p for p in persons if len(p.mentions[0].tokens) > 1]
    for position in (-1, 0):
        candidates = [p for p in full if p.mentions[0].tokens[position] == word]
        if mention.title in JOB_TITLES and mention.title not in COURTESY:
            office = JOB_TITLES[mention.title]
            candidates = [p for p in candidates if _offices(p) in (set(), {office})]
        if candidates:
            owner = max(candidates, key=lambda p: _last_before(p, mention))
            others = sorted(p.name for p in candidates if p is not owner)
            note = f"'{mention.name}' could also be {' or '.join(others)}: check its mentions"
            if others and note not in owner.notes:
                owner.notes.append(note)
            return owner
    if len(word) >= 5:
        gender = COURTESY.get(mention.title or "")
        close = [
            p
            for p in full
            if difflib.SequenceMatcher(None, p.mentions[0].tokens[-1], word).ratio() >= 0.8
            and p.gender in (None, gender)
            and p.mentions[0].tokens[-1] != word
        ]
        if len(close) == 1:
            note = f"'{mention.name}' read as {close[0].name}, spelt differently: check"
            if note not in close[0].notes:
                close[0].notes.append(note)
            return close[0]
    return None


def _offices(person: PersonDraft) -> set[str]:
    return {
        JOB_TITLES[m.title]
        for m in person.mentions
        if m.title in JOB_TITLES and m.title not in COURTESY
    }


def _last_before(person: PersonDraft, mention: NameMention) -> tuple[int, int]:
    here = (paragraph_order(mention.paragraph), mention.start)
    before = [(paragraph_order(m.paragraph), m.start) for m in person.mentions]
    earlier = [pos for pos in before if pos <= here]
    return max(earlier) if earlier else (-1, -1)


def _add_roles(person: PersonDraft, body: dict[str, str]) -> None:
    """Roles the text gives beside a mention, ranked: apposition with a role noun first."""
    for mention in person.mentions:
        text = body.get(mention.paragraph, "")
        after, before = text[mention.end :], text[: mention.start]
        apposition = _APPOSITION.match(after)
        if apposition and len(mention.tokens) > 1:
            role = _clean_role(apposition.group("text"))
            relative = apposition.group("text").startswith(("who ", "whose "))
            if role and not relative and set(re.findall(r"[a-z]+", role.lower())) & ROLE_NOUNS:
                person.roles.append((0, role))
            elif apposition.group("text").startswith("who "):
                person.roles.append((4, apposition.group("text").removeprefix("who ")))
        if mention.title and mention.title not in TITLES:  # a role before the name
            person.roles.append((1, mention.title))
        if mention.title in JOB_TITLES and mention.title not in COURTESY:
            role = JOB_TITLES[mention.title]
            of_place = re.match(r"^\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", after)
            if of_place and _is_place(of_place.group(1).removeprefix("the ")):
                role += f" of {of_place.group(1)}"
            person.roles.append((1 if role != JOB_TITLES[mention.title] else 2, role))
        right_before = _role_right_before(before) if not mention.title else None
        if right_before:
            person.roles.append((1, right_before))
        clause = _role_clause_before(before, after)
        if clause and not mention.title:
            person.roles.append((1, _clean_role(clause) or ""))
        affiliation = _SPEECH_AFTER_AFFILIATION.match(after) or _OF_ORGANISATION.match(after)
        if affiliation and len(mention.tokens) > 1:
            person.roles.append((3, affiliation.group("org").strip()))  # only where they work
        predicate = _PREDICATE_ROLE.match(after)
        if predicate and len(mention.tokens) > 1 and _role_like(predicate.group("role")):
            person.roles.append((2, predicate.group("role")))
        descriptor = _DESCRIPTOR_BEFORE.search(before)
        if descriptor and _role_like(descriptor.group("text")):
            person.roles.append((1, _clean_role(descriptor.group("text")) or ""))
        elif not mention.title and len(mention.tokens) > 1:
            noun = re.search(r"((?:[A-Za-z][\w’'-]*\s+){0,2}([a-z][\w’'-]*))\s+$", before)
            if noun and noun.group(2) in ROLE_NOUNS:  # `council member Jane Ito`
                words = noun.group(1).split()
                while words and words[0] in FUNCTION_WORDS | {"the", "a", "an"}:
                    words.pop(0)
                person.roles.append((2, " ".join(words)))
    person.roles = [(rank, role) for rank, role in person.roles if role]


def _clean_role(text: str) -> str | None:
    text = re.split(r"\s+(?:who|whose|which|that)\s", text)[0]
    text = re.sub(r"^(?:a|an|the)\s+", "", text.strip(), flags=re.IGNORECASE)
    return text.strip() or None


def _add_journalists(persons: list[PersonDraft], byline: str | None, credits: str | None) -> None:
    authors = _names_in(re.sub(r"^By\s+", "", byline or ""))
    for name in authors:
        person = _journalist(persons, name, "BYLINE")
        person.journalist = "author"
        person.roles.append((0, "Reporter"))
    for sentence in re.split(r"(?<=\.)\s+", credits or ""):
        for name in _names_in(sentence):
            person = _journalist(persons, name, "CREDITS")
            if person.journalist is None:
                person.journalist = "contributor"
                role = "Research contributor" if "research" in sentence else "Contributor"
                person.roles.append((0, role))


def _names_in(text: str) -> list[str]:
    names = []
    for match in _PLAIN.finditer(text):
        name = _trim_name(match.group("name"))
        if name and 2 <= len(name.split()) <= 4:
            names.append(name)
    return names


def _journalist(persons: list[PersonDraft], name: str, paragraph: str) -> PersonDraft:
    tokens = tuple(t for t in name.split() if not re.fullmatch(_INITIAL, t))
    mention = NameMention(paragraph, -1, -1, name)
    for person in persons:
        if person.key == f"{tokens[0]} {tokens[-1]}":
            person.mentions.append(mention)
            return person
    person = PersonDraft(key=f"{tokens[0]} {tokens[-1]}", mentions=[mention])
    persons.append(person)
    return person


def _add_bare_surnames(
    people: People, body: dict[str, str], blocked: dict[str, list[tuple[int, int]]]
) -> None:
    """Full names seen elsewhere, names said once (`Okafor`, `Mr. Xi` → `Xi`), and lone
    capitalised words beside a speech verb."""
    surnames: dict[str, PersonDraft] = {}
    for person in people.persons:
        for mention in person.mentions:
            if person.named and len(mention.tokens) == 1:
                surnames.setdefault(mention.tokens[0], person)
    for person in people.persons:
        if person.named and person.mentions and len(person.mentions[0].tokens) > 1:
            surnames.setdefault(person.mentions[0].tokens[-1], person)
    _add_full_names(people, body)
    used_in = _used_spans(people, body)
    for paragraph, text in body.items():
        used = used_in[paragraph] + blocked[paragraph]
        for match in re.finditer(rf"(?<![\w.’'-]){_TOKEN}{_WORD_END}", text):
            word, start, end = match.group(), match.start(), match.end()
            if any(a < end and start < b for a, b in used):
                continue
            speaker = surnames.get(word)
            if speaker is None and _bare_speaker(text, start, end, word):
                speaker = PersonDraft(key=word)
                people.persons.append(speaker)
                surnames[word] = speaker
            if speaker is not None:
                speaker.mentions.append(NameMention(paragraph, start, end, word))


def _add_full_names(people: People, body: dict[str, str]) -> None:
    """Full names known from one mention, wherever else they appear without evidence."""
    used_in = _used_spans(people, body)
    for person in [p for p in people.persons if p.named]:
        names = {m.name for m in person.mentions if len(m.tokens) > 1 and m.start >= 0}
        for name in sorted(names, key=len, reverse=True):
            for paragraph, text in body.items():
                used = used_in[paragraph]
                for match in re.finditer(rf"(?<![\w.]){re.escape(name)}{_WORD_END}", text):
                    if not any(a < match.end() and match.start() < b for a, b in used):
                        mention = NameMention(paragraph, match.start(), match.end(), name)
                        person.mentions.append(mention)
                        used.append((match.start(), match.end()))


def _used_spans(people: People, body: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Where each paragraph already names a person."""
    used: dict[str, list[tuple[int, int]]] = {paragraph: [] for paragraph in body}
    for mention, _ in people.mentions():
        used.setdefault(mention.paragraph, []).append((mention.start, mention.end))
    return used


def _bare_speaker(text: str, start: int, end: int, word: str) -> bool:
    """A lone capitalised word right beside a speech verb, not a place or a sentence start."""
    if word in FUNCTION_WORDS or word in NOT_NAME_WORDS or word in CALENDAR_WORDS:
        return False
    if _is_place(word):
        return False
    if word in places.ORGANISATION_WORDS or word in TITLES or f"{word}." in TITLES:
        return False
    if re.search(r"\b(?:the|of|for)\s+$", text[:start], re.IGNORECASE):
        return False
    lowered = word.lower()
    if re.match(rf"^\s+[{UPPER}]", text[end:]) or {lowered, lowered[:-1]} & ROLE_NOUNS:
        return False  # `Residents said`
    after = re.match(rf"^\s+(?:{SPEECH_VERBS})\b{_NOT_MOTION}", text[end:])
    before = re.search(rf"[”\"]\s*(?:{SPEECH_VERBS})\s+$", text[:start])
    return bool(after or before)


def person_id(person: PersonDraft, taken: set[str]) -> str:
    """A kebab-case id: the name the article shortens it to (`Mr. Xi` → `xi`), else the name."""
    short = [m.tokens[0] for m in person.mentions if person.named and len(m.tokens) == 1]
    base = slug(max(set(short), key=short.count)) if short else slug(person.name, 5)
    if base in taken:
        base = slug(person.name, 5)
    return unique_id(base, taken)
