# Countries and organisations named in an article: a small built-in gazetteer and name rules.
"""Find countries (by name, short form, adjective or capital) and organisations (by the words
their names end or start with, such as University, Ministry, Council, Center)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generators.scaffold.text import word_set

# id: (name, ISO 3166-1 alpha-3, other names, adjectives, capitals and seats of government)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "united-states": (
        "United States",
        "USA",
        ("U.S.", "America", "United States of America"),
        ("American",),
        ("Washington",),
    ),
    "united-kingdom": (
        "United Kingdom",
        "GBR",
        ("Britain", "Great Britain", "U.K."),
        ("British",),
        ("London",),
    ),
    "russia": ("Russia", "RUS", (), ("Russian",), ("Moscow",)),
    "china": ("China", "CHN", (), ("Chinese",), ("Beijing",)),
    "ukraine": ("Ukraine", "UKR", (), ("Ukrainian",), ("Kyiv", "Kiev")),
    "taiwan": ("Taiwan", "TWN", (), ("Taiwanese",), ("Taipei",)),
    "india": ("India", "IND", (), ("Indian",), ("New Delhi",)),
    "japan": ("Japan", "JPN", (), ("Japanese",), ("Tokyo",)),
    "south-korea": ("South Korea", "KOR", (), ("South Korean",), ("Seoul",)),
    "north-korea": ("North Korea", "PRK", (), ("North Korean",), ("Pyongyang",)),
    "australia": ("Australia", "AUS", (), ("Australian",), ("Canberra",)),
    "new-zealand": ("New Zealand", "NZL", (), (), ("Wellington",)),
    "canada": ("Canada", "CAN", (), ("Canadian",), ("Ottawa",)),
    "mexico": ("Mexico", "MEX", (), ("Mexican",), ("Mexico City",)),
    "brazil": ("Brazil", "BRA", (), ("Brazilian",), ("Brasília",)),
    "argentina": ("Argentina", "ARG", (), ("Argentine",), ("Buenos Aires",)),
    "france": ("France", "FRA", (), ("French",), ("Paris",)),
    "germany": ("Germany", "DEU", (), ("German",), ("Berlin",)),
    "italy": ("Italy", "ITA", (), ("Italian",), ("Rome",)),
    "spain": ("Spain", "ESP", (), ("Spanish",), ("Madrid",)),
    "portugal": ("Portugal", "PRT", (), ("Portuguese",), ("Lisbon",)),
    "netherlands": ("Netherlands", "NLD", (), ("Dutch",), ("Amsterdam", "The Hague")),
    "belgium": ("Belgium", "BEL", (), ("Belgian",), ("Brussels",)),
    "ireland": ("Ireland", "IRL", (), ("Irish",), ("Dublin",)),
    "poland": ("Poland", "POL", (), ("Polish",), ("Warsaw",)),
    "belarus": ("Belarus", "BLR", (), ("Belarusian",), ("Minsk",)),
    "sweden": ("Sweden", "SWE", (), ("Swedish",), ("Stockholm",)),
    "norway": ("Norway", "NOR", (), ("Norwegian",), ("Oslo",)),
    "finland": ("Finland", "FIN", (), ("Finnish",), ("Helsinki",)),
    "denmark": ("Denmark", "DNK", (), ("Danish",), ("Copenhagen",)),
    "switzerland": ("Switzerland", "CHE", (), ("Swiss",), ("Bern",)),
    "austria": ("Austria", "AUT", (), ("Austrian",), ("Vienna",)),
    "greece": ("Greece", "GRC", (), ("Greek",), ("Athens",)),
    "hungary": ("Hungary", "HUN", (), ("Hungarian",), ("Budapest",)),
    "czechia": ("Czechia", "CZE", ("Czech Republic",), ("Czech",), ("Prague",)),
    "romania": ("Romania", "ROU", (), ("Romanian",), ("Bucharest",)),
    "serbia": ("Serbia", "SRB", (), ("Serbian",), ("Belgrade",)),
    "moldova": ("Moldova", "MDA", (), ("Moldovan",), ("Chisinau",)),
    "lithuania": ("Lithuania", "LTU", (), ("Lithuanian",), ("Vilnius",)),
    "latvia": ("Latvia", "LVA", (), ("Latvian",), ("Riga",)),
    "estonia": ("Estonia", "EST", (), ("Estonian",), ("Tallinn",)),
    "armenia": ("Armenia", "ARM", (), ("Armenian",), ("Yerevan",)),
    "azerbaijan": ("Azerbaijan", "AZE", (), ("Azerbaijani",), ("Baku",)),
    "kazakhstan": ("Kazakhstan", "KAZ", (), ("Kazakh",), ("Astana",)),
    "mongolia": ("Mongolia", "MNG", (), ("Mongolian",), ("Ulaanbaatar",)),
    "turkey": ("Turkey", "TUR", ("Türkiye",), ("Turkish",), ("Ankara",)),
    "iran": ("Iran", "IRN", (), ("Iranian",), ("Tehran",)),
    "iraq": ("Iraq", "IRQ", (), ("Iraqi",), ("Baghdad",)),
    "syria": ("Syria", "SYR", (), ("Syrian",), ("Damascus",)),
    "israel": ("Israel", "ISR", (), ("Israeli",), ("Jerusalem",)),
    "lebanon": ("Lebanon", "LBN", (), ("Lebanese",), ("Beirut",)),
    "saudi-arabia": ("Saudi Arabia", "SAU", (), ("Saudi",), ("Riyadh",)),
    "qatar": ("Qatar", "QAT", (), ("Qatari",), ("Doha",)),
    "united-arab-emirates": ("United Arab Emirates", "ARE", ("U.A.E.",), ("Emirati",), ()),
    "yemen": ("Yemen", "YEM", (), ("Yemeni",), ()),
    "egypt": ("Egypt", "EGY", (), ("Egyptian",), ("Cairo",)),
    "libya": ("Libya", "LBY", (), ("Libyan",), ("Tripoli",)),
    "sudan": ("Sudan", "SDN", (), ("Sudanese",), ("Khartoum",)),
    "ethiopia": ("Ethiopia", "ETH", (), ("Ethiopian",), ("Addis Ababa",)),
    "kenya": ("Kenya", "KEN", (), ("Kenyan",), ("Nairobi",)),
    "nigeria": ("Nigeria", "NGA", (), ("Nigerian",), ("Abuja",)),
    "south-africa": ("South Africa", "ZAF", (), ("South African",), ("Pretoria",)),
    "afghanistan": ("Afghanistan", "AFG", (), ("Afghan",), ("Kabul",)),
    "pakistan": ("Pakistan", "PAK", (), ("Pakistani",), ("Islamabad",)),
    "bangladesh": ("Bangladesh", "BGD", (), ("Bangladeshi",), ("Dhaka",)),
    "sri-lanka": ("Sri Lanka", "LKA", (), ("Sri Lankan",), ("Colombo",)),
    "nepal": ("Nepal", "NPL", (), ("Nepali", "Nepalese"), ("Kathmandu",)),
    "myanmar": ("Myanmar", "MMR", ("Burma",), (), ()),
    "thailand": ("Thailand", "THA", (), ("Thai",), ("Bangkok",)),
    "vietnam": ("Vietnam", "VNM", (), ("Vietnamese",), ("Hanoi",)),
    "philippines": ("Philippines", "PHL", (), ("Philippine", "Filipino"), ("Manila",)),
    "indonesia": ("Indonesia", "IDN", (), ("Indonesian",), ("Jakarta",)),
    "malaysia": ("Malaysia", "MYS", (), ("Malaysian",), ("Kuala Lumpur",)),
    "singapore": ("Singapore", "SGP", (), ("Singaporean",), ()),
    "cuba": ("Cuba", "CUB", (), ("Cuban",), ("Havana",)),
    "venezuela": ("Venezuela", "VEN", (), ("Venezuelan",), ("Caracas",)),
    "colombia": ("Colombia", "COL", (), ("Colombian",), ("Bogotá",)),
    "chile": ("Chile", "CHL", (), ("Chilean",), ("Santiago",)),
    "peru": ("Peru", "PER", (), ("Peruvian",), ("Lima",)),
}

# How an organisation's name ends (or starts, before "of"), and the kind it suggests.
ORGANISATION_WORDS: dict[str, str] = {
    "University": "university",
    "College": "university",
    "School": "university",
    "Institute": "university",
    "Ministry": "ministry",
    "Department": "agency",
    "Agency": "agency",
    "Authority": "agency",
    "Administration": "agency",
    "Commission": "agency",
    "Service": "agency",
    "Office": "agency",
    "Bureau": "agency",
    "Council": "government",
    "Municipality": "government",
    "Parliament": "government",
    "Congress": "government",
    "Senate": "government",
    "Assembly": "government",
    "Government": "government",
    "Alliance": "alliance",
    "Times": "news",
    "Post": "news",
    "Journal": "news",
    "Gazette": "news",
    "Ledger": "news",
    "News": "news",
    "Press": "news",
    "Center": "other",
    "Centre": "other",
    "Committee": "other",
    "Board": "other",
    "Bank": "other",
    "Fund": "other",
    "Foundation": "other",
    "Association": "other",
    "Society": "other",
    "Union": "other",
    "Party": "other",
    "Company": "other",
    "Corporation": "other",
    "Engineering": "other",
    "Group": "other",
    "Hospital": "other",
    "Court": "other",
    "Police": "other",
    "Church": "other",
    "Museum": "other",
    "Library": "other",
    "Diner": "other",
    "Organization": "other",
    "Organisation": "other",
    "Securities": "other",
    "Capital": "other",
    "Partners": "other",
    "Holdings": "other",
    "Industries": "other",
    "Airlines": "other",
    "Airways": "other",
    "Ferries": "other",
    "Railways": "other",
    "Motors": "other",
    "Technologies": "other",
    "Systems": "other",
    "Pharmaceuticals": "other",
    "Trust": "other",
    "Inc.": "other",
    "Ltd": "other",
    "Ltd.": "other",
    "plc": "other",
    "LLC": "other",
}
# Organisations known by one name, and the country they belong to.
KNOWN_ORGANISATIONS: dict[str, tuple[str, str, str | None]] = {
    "Kremlin": ("The Kremlin", "government", "russia"),
    "White House": ("The White House", "government", "united-states"),
    "Pentagon": ("The Pentagon", "ministry", "united-states"),
    "NATO": ("NATO", "alliance", None),
    "European Union": ("European Union", "alliance", None),
    "United Nations": ("United Nations", "other", None),
    # News agencies and broadcasters, often a quote's source.
    "Reuters": ("Reuters", "news", None),
    "Associated Press": ("Associated Press", "news", None),
    "AFP": ("AFP", "news", None),
    "Agence France-Presse": ("Agence France-Presse", "news", None),
    "Bloomberg": ("Bloomberg", "news", None),
    "Xinhua": ("Xinhua", "news", "china"),
    "TASS": ("TASS", "news", "russia"),
    "Interfax": ("Interfax", "news", "russia"),
    "BBC": ("BBC", "news", "united-kingdom"),
    "CNN": ("CNN", "news", "united-states"),
    "Al Jazeera": ("Al Jazeera", "news", "qatar"),
    "Yonhap": ("Yonhap", "news", "south-korea"),
    "Kyodo": ("Kyodo", "news", "japan"),
}
NOT_ORGANISATIONS = frozenset({"Olympic", "Olympics", "Summit", "Sea", "Winter", "Summer"})


@dataclass(frozen=True)
class Mention:
    """Where in a paragraph a country or organisation is named."""

    key: str  # country id, or the organisation's name
    paragraph: str
    start: int
    end: int
    by_name: bool = True  # False when only an adjective or a capital names it


def country_mentions(paragraphs: dict[str, str]) -> list[Mention]:
    """Every mention of a country in the gazetteer, by name, adjective or capital."""
    mentions: list[Mention] = []
    for key, named, other in _country_patterns():
        for paragraph, text in paragraphs.items():
            for match in re.finditer(named, text):
                mentions.append(Mention(key, paragraph, match.start(), match.end()))
            if other:
                for match in re.finditer(other, text):
                    mentions.append(
                        Mention(key, paragraph, match.start(), match.end(), by_name=False)
                    )
    return _without_overlaps(mentions)


@functools.cache
def _country_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
    """(id, pattern for its names, pattern for its adjectives and capitals), compiled once."""
    patterns = []
    for key, (name, _, aliases, adjectives, capitals) in COUNTRIES.items():
        other = _alternation((*adjectives, *capitals)) if adjectives or capitals else None
        patterns.append((key, _alternation((name, *aliases)), other))
    return patterns


def organisation_mentions(paragraphs: dict[str, str]) -> list[Mention]:
    """Every organisation named by a known name or by the words its name is built from."""
    cap = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w&.-]*(?:[’'](?!s\b)\w+)*"
    words = "|".join(ORGANISATION_WORDS)
    ending = re.compile(rf"\b(?:{cap}\s+){{1,4}}(?:{words})\b")
    starting = re.compile(
        rf"\b(?:{words})\s+(?:of|for|on)\s+(?:the\s+)?{cap}(?:\s+(?:and\s+)?{cap}){{0,4}}"
    )
    known = _alternation(tuple(KNOWN_ORGANISATIONS))
    mentions: list[Mention] = []
    for paragraph, text in paragraphs.items():
        for pattern in (known, starting, ending):
            for match in re.finditer(pattern, text):
                name = _clean_organisation(match.group())
                if name:
                    start = match.start() + match.group().find(name.split()[0])
                    mentions.append(Mention(name, paragraph, start, start + len(name)))
    return _without_overlaps(mentions)


def organisation_kind(name: str) -> str:
    """The organisation kind its name suggests (`other` when unsure)."""
    if name in KNOWN_ORGANISATIONS:
        return KNOWN_ORGANISATIONS[name][1]
    for word in reversed(name.split()):
        if word in ORGANISATION_WORDS:
            return ORGANISATION_WORDS[word]
    return "other"


def _clean_organisation(name: str) -> str | None:
    words = name.split()
    while words and words[0] in ("The", "A", "An", "In", "At", "By", "For", "From", "With"):
        words.pop(0)
    while words and words[0].lower() in _FUNCTION_WORDS:
        words.pop(0)
    if len(words) < 1 or any(word in NOT_ORGANISATIONS for word in words):
        return None
    cleaned = " ".join(words)
    if cleaned.endswith(".") and not re.search(r"(?:\b[A-Z]\.|Inc\.|Ltd\.|Co\.|Corp\.)$", cleaned):
        cleaned = cleaned[:-1]  # the sentence's full stop, not an abbreviation's
    if cleaned in ORGANISATION_WORDS or any(cleaned == c[0] for c in COUNTRIES.values()):
        return None
    return cleaned


_FUNCTION_WORDS = word_set(
    """
    the a an in at by for from with before after during when while but and or if as that this
    these those there both even still yet so then now since under over once last next
    """
)


def _alternation(names: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(name) for name in ordered)
    return re.compile(rf"(?<![\w.])(?:{body})(?!\w)")


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap (`South China Sea` over `China`)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.paragraph, m.start, -(m.end - m.start))):
        last = kept[-1] if kept else None
        if last and last.paragraph == mention.paragraph and mention.start < last.end:
            continue
        kept.append(mention)
    return kept
