# Direct quotes and who said them, by the attribution rules newsrooms write with.
"""Find every quoted passage and its speaker.

Rules, tried in order for each quote (the first that names a speaker wins):

1. a quote that opens the paragraph after one left open (wire style) continues it;
2. right after the quote: `“…,” X said` / `“…,” said Prime Minister X, a …` / `“…,” team
   member X told Y` / `“…,” he said` / `“…,” a spokesman for Y said` / `“…,” the State
   Department said`;
3. earlier in the same sentence: `X said (that) “…”` / `X, a professor at …, said … “…”` /
   `X’s demands for “…”` / `X’s statement added, “…”` / `he said … “…”` / `they urge
   “…”` (the last unnamed speaker) / `the Agency notes, “…”` (an organisation) / `a leaked
   letter says “…”` (a source) / `it is noted on the X that “…”` (a document);
4. anywhere in the sentence: `according to X`, `as X put it`;
5. a quote that starts a sentence and has no attribution of its own goes to the subject of the
   sentence before when a new person was named there, else continues the quote before it (same
   paragraph, or the previous paragraph's last quote when it opens the paragraph);
6. otherwise a guess, marked for review: after a colon, the sentence's speaker; the subject of
   the clause (a person, `the Russian president` resolved to the one president whose country is
   not otherwise known, or a role noun such as `officials`), the speaker of the sentence's
   previous quote, the sentence's subject, the last person in focus.

`he said` / `she said` points back to the last person in focus: the latest speaker or
sentence subject, skipping people whose `Mr.`/`Ms.` does not match the pronoun. `the city`,
`the ministry` stand for the organisation last named with that word (`Municipality of X`).
Quoted names and terms (`named their robot “…”`, `listed as “…”`, `the words “…”`) are not
quotes. Marked for review besides the guesses: pronouns, descriptions, organisations and
unnamed speakers, a quote continued from another paragraph without an open quote mark, and a
surname that fits more than one person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators.scaffold import places
from generators.scaffold.people import ROLE_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, TITLES, People
from generators.scaffold.text import Span, paragraph_order, quote_spans, sentence_bounds

if TYPE_CHECKING:
    from generators.scaffold.people import PersonDraft

_TITLE = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_VERB = rf"(?:{SPEECH_VERBS})"
_GAP = re.compile(rf"^[\s,]*(?:(?:{_TITLE})\s+)?$")
# `“…,” team member X told` / `“…,” said Harbour Trust manager X`: a role phrase before the name.
_ROLE_GAP = re.compile(r"^[\s,]*(?:[\w’'.&-]+\s+){1,6}$")
_AFTER_NAME = re.compile(rf"^(?:,[^,“”\"]*,|,)?\s+{_VERB}\b")
_TOLD = re.compile(rf"^\s+(?:told|tells|asked)\s+(?:(?:{_TITLE})\s+)?$")
_VERB_FIRST = re.compile(rf"^[\s,]*{_VERB}\s+(?:(?:{_TITLE})\s+)?$")
_PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:(?P<a>he|she)\s+{_VERB}|{_VERB}\s+(?P<b>he|she))\b")
_PRONOUN_BEFORE = re.compile(rf"\b(?P<p>[Hh]e|[Ss]he)\s+{_VERB}\b")
_DESCRIPTION = r"(?:a|an|the)\s+(?:[^,.;:“”\"]|(?<=[A-Z])\.){1,80}?"
_DESCRIBED_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<a>{_DESCRIPTION})\s+{_VERB}|{_VERB}\s+(?P<b>{_DESCRIPTION})(?=[,.;]|$))\b"
)
# `“…,” officials said` / `“…,” said local officials`: a bare plural or source noun.
_BARE_AFTER = re.compile(
    rf"^[\s,]*(?:(?!(?:a|an|the)\s)(?P<a>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+{_VERB}"
    rf"|{_VERB}\s+(?!(?:a|an|the)\s)(?P<b>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)(?=[,.;]|$))\b"
)
_DESCRIBED_BEFORE = re.compile(rf"(?P<d>\b{_DESCRIPTION})\s+{_VERB}\b", re.IGNORECASE)
_AS_PUT = re.compile(
    rf"\bas\s+(?P<d>{_DESCRIPTION}|[A-Z][^,.;:“”\"]{{1,60}}?)\s+(?:put it|said|says)\b"
)
_ACCORDING = re.compile(r"\baccording to\s+")
_POSSESSIVE = re.compile(
    r"[’']s\s+(?:demands?|words|calls?|phrase|remarks?|promises?|pledges?|description|message|"
    r"terms?|slogan|view|vow|warning)\s+(?:for\s+|of\s+|that\s+)?$"
    rf"|[’']s\s+(?:[a-z-]+\s+){{0,2}}(?:statement|letter|post|message|spokes\w+|office|"
    rf"campaign|website|account|tweet|email|e-mail)\s+(?:{_VERB})[\s,:]*$"
)
# `It is noted on the Harbour Website that “…”`: a document as the speaker.
_NOTED_IN = re.compile(
    r"\b(?:is|was|are|were)\s+(?:noted|stated|written|said|reported|explained)\s+(?:on|in|by)\s+"
    r"(?P<d>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,5})\s+(?:that\s+)?"
)
# `officials will scrap the step to “…”`: a plural or role noun opening the clause.
_SUBJECT_NOUN = re.compile(
    r"^(?:(?:and|but|while)\s+)?(?P<d>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?(?P<n>[a-z]+))\s+"
    r"(?:will|would|have|has|had|are|is|were|was|must|may|might|can|could|should|plan|want|"
    r"intend|hope|aim|need)\b",
    re.IGNORECASE,
)
# Words before a name that make it an object, not the subject: `seen by the Tide Post says`.
_OBJECT_OF = r"\b(?:by|in|to|from|of|for|at|with|on|told|tell|tells)\s+(?:the\s+)?$"
# A sentence opening with a name that is not a person's: `The Harbour Herald cited …`.
_NAMED_SUBJECT = re.compile(
    r"^\s*(?P<name>(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})\s+[a-z]+(?:ed|s)\b"
)
_THEY_BEFORE = re.compile(rf"\b(?:[Tt]hey)\s+{_VERB}\b")
# A quoted name or term, not words someone said: `named their robot “…”`, `listed as “…”`.
_NAMED_AS = re.compile(
    r"\b(?:(?:named|titled|dubbed|nicknamed)(?:\s+(?:their|its|his|her|the)\s+[\w’'-]+)?|"
    r"known as|listed (?:[\w’']+\s+){0,3}as|the words?|"
    r"the term|the phrase|the name|the so-called|the stamp|a stamp)\s+$"
)
# `the city argued`: the organisation last named that a definite noun stands for.
ORGANISATION_NOUNS = {
    "city": ("Municipality", "City", "Council", "Town"),
    "town": ("Municipality", "Town", "Council"),
    "municipality": ("Municipality",),
    "council": ("Council",),
    "ministry": ("Ministry",),
    "department": ("Department",),
    "agency": ("Agency",),
    "company": ("Company", "Corporation", "Inc."),
    "university": ("University",),
    "court": ("Court",),
    "party": ("Party",),
    "committee": ("Committee",),
    "commission": ("Commission",),
    "board": ("Board",),
}
_CLAUSE_BREAK = re.compile(r"(?:[,;—–]\s*(?:and|but|while|whereas)?|\b(?:and|but))\s+")
_DESCRIBED_SUBJECT = re.compile(
    r"^\s*(?:and|but)?\s*the\s+(?P<adj>[A-Z][\w-]+\s+)?(?P<title>[a-z]+)\b"
)


@dataclass
class QuoteDraft:
    """A quoted passage and what the rules made of it."""

    paragraph: str
    span: Span
    sentence: str
    speaker: PersonDraft | None = None
    addressee: PersonDraft | None = None
    continues: QuoteDraft | None = None
    review: str | None = None

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def form(self) -> str:
        """`sentence` if it starts with a capital and ends with . , ? or !, else `phrase`."""
        text = self.text
        return "sentence" if text[:1].isupper() and text[-1:] in ".,?!" else "phrase"


class _Focus:
    """The people in focus, latest last: whom `he said` and `she said` point back to."""

    def __init__(self) -> None:
        self.people: list[PersonDraft] = []
        self.groups: list[PersonDraft] = []  # unnamed speakers and sources: whom `they` means

    def add(self, person: PersonDraft | None) -> None:
        if person is not None and not person.named:
            self.groups.append(person)
        if person is not None:
            if person in self.people:
                self.people.remove(person)
            self.people.append(person)

    def pronoun(self, word: str) -> PersonDraft | None:
        gender = "f" if word.lower() == "she" else "m"
        for person in reversed(self.people):
            if person.gender in (None, gender) and not person.journalist:
                return person
        return None


def find_quotes(body: dict[str, str], people: People) -> list[QuoteDraft]:
    """Every quote in the body paragraphs, in reading order, each with its speaker."""
    drafts: list[QuoteDraft] = []
    focus = _Focus()
    last_of_previous: QuoteDraft | None = None
    organisations = tuple(places.organisation_mentions(body))
    for paragraph, text in body.items():
        spans = [s for s in quote_spans(text) if not _NAMED_AS.search(text[: s.start])]
        here: list[QuoteDraft] = []
        for start, end in sentence_bounds(text, spans):
            focus.add(_subject(people, paragraph, text, start, end))
            in_sentence = [s for s in spans if start <= s.start < end]
            for index, span in enumerate(in_sentence):
                previous = in_sentence[index - 1] if index else None
                following = in_sentence[index + 1] if index + 1 < len(in_sentence) else None
                draft = QuoteDraft(paragraph, span, text[start:end].strip())
                context = _Context(text, paragraph, start, end, previous, following, organisations)
                earlier = here[-1] if here else last_of_previous
                _attribute(draft, context, people, focus, earlier, at_start=not here)
                notes = draft.speaker.notes if draft.speaker else []
                ambiguous = [n for n in notes if "could also be" in n]
                if ambiguous and not draft.review:
                    draft.review = f"speaker: {ambiguous[0]}"
                focus.add(draft.speaker)
                here.append(draft)
        drafts += here
        last_of_previous = here[-1] if here else None
    return drafts


@dataclass(frozen=True)
class _Context:
    text: str
    paragraph: str
    start: int  # the sentence
    end: int
    previous: Span | None  # the quote before this one in the sentence
    following: Span | None
    organisations: tuple[places.Mention, ...] = ()

    def head(self, span: Span) -> tuple[int, int]:
        return (self.previous.end if self.previous else self.start), span.start

    def tail(self, span: Span) -> tuple[int, int]:
        return span.end, (self.following.start if self.following else self.end)


def _attribute(
    draft: QuoteDraft,
    context: _Context,
    people: People,
    focus: _Focus,
    earlier: QuoteDraft | None,
    *,
    at_start: bool,
) -> None:
    span, text = draft.span, context.text
    head_start, head_end = context.head(span)
    opens_sentence = not text[head_start:head_end].strip() and context.previous is None
    if at_start and opens_sentence and earlier and earlier.span.open and span.start == 0:
        if _after(draft, context, people, focus) and not draft.review and earlier.review:
            for part in _chain(earlier):  # the speaker is named only now: fill it in
                part.speaker, part.review = draft.speaker, None
        _continue(draft, earlier, None)
        return
    for rule in (_after, _before, _anywhere):
        if rule(draft, context, people, focus):
            return
    if opens_sentence and earlier is not None and _subject_changed(draft, earlier, focus):
        draft.speaker = focus.people[-1]
        draft.review = "no attribution: speaker taken as the subject of the sentence before"
        return
    if opens_sentence and earlier is not None:
        review = None
        if earlier.paragraph != draft.paragraph:
            review = (
                f"no attribution of its own: read as continuing the quote in {earlier.paragraph}"
            )
        _continue(draft, earlier, review)
        return
    _guess(draft, context, people, focus, earlier)


def _subject_changed(draft: QuoteDraft, earlier: QuoteDraft, focus: _Focus) -> bool:
    """Someone else was named as a sentence's subject since the earlier quote."""
    latest = focus.people[-1] if focus.people else None
    if latest is None or latest is earlier.speaker or not latest.named:
        return False
    return draft.paragraph == earlier.paragraph or draft.span.start > 0


def _continue(draft: QuoteDraft, earlier: QuoteDraft, review: str | None) -> None:
    draft.speaker, draft.addressee, draft.continues = earlier.speaker, earlier.addressee, earlier
    draft.review = review or earlier.review


def _after(draft: QuoteDraft, context: _Context, people: People, focus: _Focus) -> bool:
    """`“…,” X said` and its variants, right after the closing mark."""
    text, paragraph = context.text, context.paragraph
    start, end = context.tail(draft.span)
    tail = text[start:end]
    for mention, person in people.in_span(paragraph, start, end):
        gap, rest = text[start : mention.start], text[mention.end : end]
        role_gap = _ROLE_GAP.match(gap) and _role_words(gap)
        if (_GAP.match(gap) or role_gap) and _AFTER_NAME.match(rest):
            draft.speaker = person
            draft.addressee = _addressee(people, context, mention.end)
            return True
        verb_first = re.match(rf"^[\s,]*{_VERB}\s+(?P<role>.*)$", gap, re.DOTALL)
        role = verb_first.group("role") if verb_first else ""
        if _VERB_FIRST.match(gap) or (_ROLE_GAP.match(role) and _role_words(role)):
            draft.speaker = person
            return True
        break
    for organisation in context.organisations:  # `“…,” Reuters reported`
        if organisation.paragraph == paragraph and start <= organisation.start < end:
            gap, rest = text[start : organisation.start], text[organisation.end : end]
            if re.fullmatch(r"[\s,]*(?:the\s+)?", gap) and re.match(rf"^\s+{_VERB}\b", rest):
                draft.speaker = people.unnamed(organisation.key, paragraph)
                draft.review = "an organisation as the speaker: check who spoke for it"
                return True
    pronoun = _PRONOUN_AFTER.match(tail)
    if pronoun:
        word = pronoun.group("a") or pronoun.group("b")
        return _by_pronoun(draft, focus, word)
    bare = _BARE_AFTER.match(tail)
    if bare and _role_words(bare.group("a") or bare.group("b")):
        description = bare.group("a") or bare.group("b")
        draft.speaker = people.unnamed(description, draft.paragraph)
        draft.review = "unnamed speaker: check the description and whether the article names them"
        return True
    described = _DESCRIBED_AFTER.match(tail)
    if described:
        description = described.group("a") or described.group("b")
        named = people.in_span(paragraph, start + described.end(), end)  # `…, Helen Marsh`
        if named and re.fullmatch(r"\s*,\s*", text[start + described.end() : named[0][0].start]):
            draft.speaker = named[0][1]
            return True
        return _by_description(draft, people, description, context)
    return False


def _before(draft: QuoteDraft, context: _Context, people: People, focus: _Focus) -> bool:
    """`X said (that) “…”`, `X’s demands for “…”`, `he said … “…”` earlier in the sentence."""
    text, paragraph = context.text, context.paragraph
    start, end = context.head(draft.span)
    head = text[start:end]
    speakers = [
        (mention, person)
        for mention, person in people.in_span(paragraph, start, end)
        if _AFTER_NAME.match(text[mention.end : end])
    ]
    if speakers:
        mention, person = speakers[-1]
        draft.speaker = person
        draft.addressee = _addressee(people, context, mention.end)
        return True
    for organisation in reversed(context.organisations):
        if organisation.paragraph == paragraph and start <= organisation.start < end:
            object_of = re.search(_OBJECT_OF, text[start : organisation.start])
            if _AFTER_NAME.match(text[organisation.end : end]) and not object_of:
                draft.speaker = people.unnamed(organisation.key, paragraph)
                draft.review = "an organisation as the speaker: check who spoke for it"
                return True
            break
    mentions = people.in_span(paragraph, start, end)
    if mentions and _POSSESSIVE.match(text[mentions[-1][0].end : end]):
        draft.speaker = mentions[-1][1]
        return True
    pronouns = list(_PRONOUN_BEFORE.finditer(head))
    if pronouns:
        return _by_pronoun(draft, focus, pronouns[-1].group("p"))
    if _THEY_BEFORE.search(head) and focus.groups:
        draft.speaker = focus.groups[-1]
        draft.review = f"'they' read as {draft.speaker.name}, the last unnamed speaker"
        return True
    noted = list(_NOTED_IN.finditer(head))
    if noted:
        draft.speaker = people.unnamed(noted[-1].group("d"), draft.paragraph)
        draft.review = "the quote is from a document or website the text names: check"
        return True
    for described in _DESCRIBED_BEFORE.finditer(head):
        if _by_description(draft, people, described.group("d"), context, strict=True):
            return True
    return False


def _anywhere(draft: QuoteDraft, context: _Context, people: People, focus: _Focus) -> bool:
    """`according to X` or `as X put it` anywhere in the sentence."""
    text, paragraph = context.text, context.paragraph
    sentence = text[context.start : context.end]
    for match in _ACCORDING.finditer(sentence):
        at = context.start + match.end()
        after = text[at : context.end]
        lead = re.match(rf"^(?:{_DESCRIPTION},\s+|(?:{_TITLE})\s+)?", after)
        name_start = at + (lead.end() if lead else 0)
        found = people.in_span(paragraph, name_start, context.end)
        if found and found[0][0].start <= name_start + 1:
            draft.speaker = found[0][1]
            return True
    for match in _AS_PUT.finditer(sentence):
        at = context.start + match.start("d")
        found = people.in_span(paragraph, at, context.start + match.end("d"))
        if found:
            draft.speaker = found[0][1]
            return True
        if _by_description(draft, people, match.group("d"), context):
            return True
    return False


def _guess(
    draft: QuoteDraft,
    context: _Context,
    people: People,
    focus: _Focus,
    earlier: QuoteDraft | None,
) -> None:
    """No attribution found: take the likeliest person and say so."""
    text, paragraph = context.text, context.paragraph
    start, end = context.head(draft.span)
    clause_start = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        clause_start = match.start()
    head = text[start:end]
    if head.rstrip().endswith(":"):  # `X defended …: “…”`: the sentence's speaker goes on
        said_before = context.previous is not None and earlier and earlier.span == context.previous
        subject = _subject(people, paragraph, text, context.start, context.end)
        speaker = earlier.speaker if said_before and earlier else subject
        named = _NAMED_SUBJECT.match(text[context.start : end])
        if speaker is None and named and not people.in_span(paragraph, context.start, end):
            speaker = people.unnamed(named.group("name"), paragraph)  # `The Herald cited …:`
        if speaker is not None:
            draft.speaker = speaker
            draft.review = "a quote after a colon: speaker taken as the sentence's speaker"
            return
    clause = people.in_span(paragraph, clause_start, end)
    if clause:
        draft.speaker = clause[0][1]
        draft.review = "no attribution: speaker guessed as the subject of the clause"
        return
    described = _DESCRIBED_SUBJECT.match(text[clause_start:end].lstrip(",;—– "))
    if described:
        adjective = (described.group("adj") or "").strip()
        country = _country_of(adjective) if adjective else None
        person = people.by_description(described.group("title"), country)
        if person:
            draft.speaker = person
            draft.review = (
                f"speaker read from a description ('the {adjective} {described.group('title')}')"
            )
            return
    noun = _SUBJECT_NOUN.match(text[clause_start:end].lstrip(",;—– "))
    if noun and _role_words(noun.group("n")):
        draft.speaker = people.unnamed(noun.group("d"), paragraph)
        draft.review = "no attribution: speaker guessed as the clause's subject"
        return
    if context.previous is not None and earlier is not None and earlier.span == context.previous:
        draft.speaker = earlier.speaker
        draft.review = "no attribution: speaker taken from the quote before it in the sentence"
        return
    in_sentence = people.in_span(paragraph, context.start, context.end)
    if in_sentence:
        draft.speaker = in_sentence[0][1]
        draft.review = "no attribution: speaker guessed as the first person in the sentence"
        return
    if focus.people:
        draft.speaker = focus.people[-1]
        draft.review = "no attribution: speaker guessed as the last person in focus"
        return
    draft.speaker = people.unnamed("unidentified speaker", paragraph)
    draft.review = "no speaker found"


def _by_pronoun(draft: QuoteDraft, focus: _Focus, word: str) -> bool:
    person = focus.pronoun(word)
    if person is None:
        return False
    draft.speaker = person
    draft.review = f"'{word}' read as {person.name}, the last person in focus"
    return True


def _by_description(
    draft: QuoteDraft,
    people: People,
    description: str,
    context: _Context,
    *,
    strict: bool = False,
) -> bool:
    """`a spokesman for the ministry said` → an unnamed speaker (or the one person meant);
    `the ministry said` → the ministry last named; `the i reported` → a short source name."""
    words = description.split()
    if not _role_words(description):
        short = 1 <= len(words) <= 3 and words[0].lower() in ("a", "an", "the")
        organisation = [o for o in places.KNOWN_ORGANISATIONS if o in description]
        if not organisation and not (strict and short):
            return False
        if organisation:
            description = f"spokesperson for {description}"
    adjective = re.match(r"^(?:a|an|the)\s+([A-Z][\w-]+)\s+([a-z]+)$", description.strip())
    if adjective:
        person = people.by_description(adjective.group(2), _country_of(adjective.group(1)))
        if person:
            draft.speaker = person
            draft.review = f"speaker read from a description ('{description.strip()}')"
            return True
    meant = _person_meant(description, people)
    if meant is not None:
        draft.speaker = meant
        draft.review = f"'{description.strip()}' read as {meant.name}, the one so described"
        return True
    named = _organisation_meant(description, context)
    if named:
        draft.speaker = people.unnamed(named, draft.paragraph)
        draft.review = f"'{description.strip()}' read as {named}, named before: check"
        return True
    draft.speaker = people.unnamed(description.strip(), draft.paragraph)
    draft.review = "unnamed speaker: check the description and whether the article names them"
    return True


def _person_meant(description: str, people: People) -> PersonDraft | None:
    """`the minister` → the one named person whose role has that noun, if only one has."""
    match = re.fullmatch(r"\s*the\s+(?:[a-z-]+\s+)?([a-z]+)\s*", description, re.IGNORECASE)
    if match is None or match.group(1).lower() not in ROLE_NOUNS:
        return None
    noun = match.group(1).lower()
    found = [
        p
        for p in people.persons
        if p.named and not p.journalist and noun in re.findall(r"[a-z]+", (p.role or "").lower())
    ]
    return found[0] if len(found) == 1 else None


def _organisation_meant(description: str, context: _Context) -> str | None:
    """`the city` → the organisation named last before it whose name has a matching word."""
    match = re.fullmatch(r"\s*the\s+([a-z]+)\s*", description, re.IGNORECASE)
    if match is None or match.group(1).lower() not in ORGANISATION_NOUNS:
        return None
    wanted = ORGANISATION_NOUNS[match.group(1).lower()]
    here = (paragraph_order(context.paragraph), context.start)
    earlier = [
        m
        for m in context.organisations
        if (paragraph_order(m.paragraph), m.start) < here and set(m.key.split()) & set(wanted)
    ]
    if not earlier:
        return None
    return max(earlier, key=lambda m: (paragraph_order(m.paragraph), m.start)).key


def _role_words(text: str) -> bool:
    """Whether a phrase names a role or a source (`team member`, `officials`, `the letter`)."""
    for word in re.findall(r"[a-z-]+", text.lower()):
        for form in (word, word.removesuffix("s"), word.removesuffix("es")):
            if form in ROLE_NOUNS or form in SOURCE_NOUNS:
                return True
    return False


def _addressee(people: People, context: _Context, after: int) -> PersonDraft | None:
    """`X told Y`: the person named right after `told`."""
    for mention, person in people.in_span(context.paragraph, after, context.end):
        if _TOLD.match(context.text[after : mention.start]) or _told_after_apposition(
            context.text[after : mention.start]
        ):
            return person
        return None
    return None


def _told_after_apposition(gap: str) -> bool:
    return bool(re.match(rf"^,[^,“”\"]*,\s+(?:told|tells)\s+(?:(?:{_TITLE})\s+)?$", gap))


def _subject(people: People, paragraph: str, text: str, start: int, end: int) -> PersonDraft | None:
    """The person a sentence opens with (after an introductory phrase, if any)."""
    found = people.in_span(paragraph, start, end)
    if not found:
        return None
    mention, person = found[0]
    lead = text[start : mention.start]
    intro = re.match(r"\s*(?:[^,“”\"]{1,60},\s+)?", lead)
    rest = lead[intro.end() if intro else 0 :].split()
    # Nothing but a title or a role before the name: `Council member Jane Ito disagreed.`
    if not rest or (len(rest) <= 4 and (rest[-1] in TITLES or rest[-1].lower() in ROLE_NOUNS)):
        return person
    if mention.title and " ".join(rest).endswith(mention.title) and len(rest) <= 6:
        return person  # `Secretary of State John Kerry …`
    if len(rest) <= 3 and all(w[:1].isupper() and w not in TITLES for w in rest):
        return person  # `Passenger Ivo Kent, 70, said …`
    return None


def _country_of(adjective: str) -> str | None:
    for key, (name, _, aliases, adjectives, _) in places.COUNTRIES.items():
        if adjective in (name, *aliases, *adjectives):
            return key
    return None


def _chain(draft: QuoteDraft) -> list[QuoteDraft]:
    """A quote and the quotes it continues, back to the first."""
    chain = [draft]
    while chain[-1].continues is not None:
        chain.append(chain[-1].continues)
    return chain
