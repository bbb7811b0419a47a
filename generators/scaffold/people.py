# People named in an article: mentions found by rules, merged into one record per person.
"""Find people and their titles, and merge their mentions (`Xi Jinping` … `Mr. Xi`).

A run of capitalised words is a person when the text says so: a title before it (`Mr.`,
`Prof.`, `President`), a role beside it (`X, a professor at …`; `a Kremlin aide, X`), a
speech verb next to it (`X said`, `said X`), `according to X`, a middle initial, or the
byline and credits. Places, organisations, weekdays and months are never people.
A one-word mention (`Mr. Xi`, `Okafor`) joins the full name whose last (or first) word it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generators.scaffold import places
from generators.scaffold.text import paragraph_order, slug, unique_id, word_set

# Courtesy titles, and the gender they tell (None: they do not).
COURTESY = {"Mr.": "m", "Mrs.": "f", "Ms.": "f", "Miss": "f", "Dr.": None, "Prof.": None}
# Job titles written before a name; abbreviations expand for the role.
JOB_TITLES = {
    "Prime Minister": "Prime Minister",
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
WESTERN = word_set(
    """
    united-states united-kingdom canada australia new-zealand france germany italy spain
    netherlands belgium poland sweden norway finland denmark ireland portugal greece lithuania
    latvia estonia czechia romania austria switzerland hungary
    """
)
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|noted|recalled|"
    "continued|argued|argues|insisted|warned|declared|stated|replied|answered|acknowledged|"
    "conceded|complained|predicted|promised|urged|cautioned|remarked|observed|announced|"
    "stressed|emphasized|emphasised|joked|testified|tweeted|posted|agreed|recounted|suggested|"
    "called|calls|described|describes|addressed"
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
_TITLE = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_TITLED = re.compile(rf"(?<![\w.])(?P<title>{_TITLE})\s+(?P<name>{NAME})")
_PLAIN = re.compile(rf"(?<![\w.’'-])(?P<name>{NAME})")
_SPEECH = re.compile(rf"^\s+(?:{SPEECH_VERBS})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\s+$")
_APPOSITION = re.compile(
    r"^,\s+(?P<text>(?:(?:a|an|the|one of|who|whose)\s+)[^,;:“”\"()]+?)(?=,|;|:|\.(?:\s|$)|$)"
)
_DESCRIPTOR_BEFORE = re.compile(
    r"(?:\b(?:a|an|the)\s+)(?P<text>(?:[\w’'-]+\s+){0,5}?[\w’'-]+),\s+$", re.IGNORECASE
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
            country = self.country()
            if country == "russia":
                return "russian-official"
            if country == "china":
                return "chinese-official"
            if country in WESTERN:
                return "western-official"
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
            if name:
                start = match.start("name")
                mentions.append(
                    NameMention(paragraph, start, start + len(name), name, match.group("title"))
                )
    return mentions


def _plain_mentions(
    body: dict[str, str],
    blocked: dict[str, list[tuple[int, int]]],
    taken: list[NameMention],
    titled: set[str],
) -> list[NameMention]:
    """Runs of capitalised words the text shows to be people, or that end (or start) with a
    name given elsewhere with a title (`Ben Ode` after `Mr. Ode`)."""
    mentions = []
    for paragraph, text in body.items():
        used = [(m.start, m.end) for m in taken if m.paragraph == paragraph]
        used += blocked[paragraph]
        for match in _PLAIN.finditer(text):
            raw = match.group("name")
            role, name = _split_role(_trim_name(raw, allow_roles=True))
            if not name or len(name.split()) < 2 or _trim_name(name) != name:
                continue
            start = match.start() + raw.index(name)
            end = start + len(name)
            if any(a < end and start < b for a, b in used):
                continue
            words = name.split()
            if (
                role
                or words[-1] in titled
                or words[0] in titled
                or _has_person_evidence(text, start, end, name)
            ):
                mentions.append(NameMention(paragraph, start, end, name, role))
    return mentions


def _split_role(name: str | None) -> tuple[str | None, str | None]:
    """`Finance Director Sam Blake` → (`Finance Director`, `Sam Blake`)."""
    if not name:
        return None, name
    words = name.split()
    roles = [i for i, word in enumerate(words[:-2]) if word.lower() in ROLE_NOUNS]
    if not roles:
        return None, name
    cut = roles[-1] + 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _speaking_words(body: dict[str, str]) -> set[str]:
    """Capitalised words right beside a speech verb (`Ito said`, `said Reyes.`): surnames."""
    found = set()
    for text in body.values():
        for match in re.finditer(rf"(?<![\w.’'-])({_TOKEN})\s+(?:said|says|told|added)\b", text):
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
    after, before = text[end:], text[:start]
    if re.search(rf"\s{_INITIAL}\s", f" {name} "):
        return True
    if _SPEECH.match(after) or _SPEECH_BEFORE.search(before):
        return True
    apposition = _APPOSITION.match(after)
    if apposition and _role_like(apposition.group("text")):
        return True
    descriptor = _DESCRIPTOR_BEFORE.search(before)
    return bool(descriptor and _role_like(descriptor.group("text")))


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
    """The full-named person a one-word mention refers to: last name first, then first name."""
    word = mention.tokens[0]
    for position in (-1, 0):
        candidates = [
            p
            for p in persons
            if len(p.mentions[0].tokens) > 1 and p.mentions[0].tokens[position] == word
        ]
        if candidates:
            owner = max(candidates, key=lambda p: _last_before(p, mention))
            others = sorted(p.name for p in candidates if p is not owner)
            note = f"'{mention.name}' could also be {' or '.join(others)}: check its mentions"
            if others and note not in owner.notes:
                owner.notes.append(note)
            return owner
    return None


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
            if role and set(re.findall(r"[a-z]+", role.lower())) & ROLE_NOUNS:
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
    text = re.sub(r"^(?:a|an|the)\s+", "", text.strip())
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
        for match in re.finditer(rf"(?<![\w.’'-]){_TOKEN}(?![\w’'-]*\w)", text):
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
                for match in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w’'-]*\w)", text):
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
    if word in places.ORGANISATION_WORDS or word in TITLES:
        return False
    if re.search(r"\bthe\s+$", text[:start], re.IGNORECASE):
        return False
    after = re.match(rf"^\s+(?:{SPEECH_VERBS})\b", text[end:])
    before = re.search(rf"[”\"]\s*(?:{SPEECH_VERBS})\s+$", text[:start])
    return bool(after or before)


def person_id(person: PersonDraft, taken: set[str]) -> str:
    """A kebab-case id: the name the article shortens it to (`Mr. Xi` → `xi`), else the name."""
    short = [m.tokens[0] for m in person.mentions if person.named and len(m.tokens) == 1]
    base = slug(max(set(short), key=short.count)) if short else slug(person.name, 5)
    if base in taken:
        base = slug(person.name, 5)
    return unique_id(base, taken)
