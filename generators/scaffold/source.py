# Plain-text article → numbered paragraphs and the metadata the text gives.
"""Read an article as it comes: the numbered `P1: …` format or plain wire text.

Wire text: blank lines separate paragraphs, hard-wrapped lines are joined with one space, a
paragraph wholly in [brackets] is the photo caption, a short "By …" paragraph the byline, and
closing paragraphs that only credit reporters ("reported from", "contributed research") the
credits. A short first line without a final full stop is the headline; `Key: value` lines at
the top (Headline, Publication, Published, Dateline, URL) are metadata.

Web copy and press releases: a paragraph that is only a date (`Monday, May 18, 2015`,
`Feb. 28, 2007`, `2015-05-18`) gives the publication date; release numbers (`RELEASE: 07-55`),
`FOR IMMEDIATE RELEASE`, contact blocks (`Contact:`, `Media contact`, a name with a phone
number or e-mail address) and end marks (`-end-`, `###`) are not paragraphs; a dateline
(`LAUREL, Md. —`) on a line of its own or opening the first paragraph is read as the dateline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

_NUMBERED_LINE = re.compile(r"^(P[1-9][0-9]*|CAPTION|BYLINE|CREDITS):\s?(.*)$")
_META_LINE = re.compile(
    r"^(headline|title|publication|publisher|published|date|dateline|url)\b[^:]*:\s*(.+)$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_BYLINE = re.compile(r"^By\s+[A-Z]")
_CREDIT = re.compile(
    r"\b(reported from|contributed (?:research|reporting|to this report)|"
    r"additional reporting|reporting by|editing by|written by|research by)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^([A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z.]*\.?)?)\s*(?:\([^)]*\))?\s*[—–-]+(?:\s|$)"
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
# A paragraph that is only a date: the page's date line.
_DATE_LINE = re.compile(
    rf"^(?:{_WEEKDAY})?(?:(?P<m>{_MONTH_NAMES})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_NAMES})\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\.?$"
)
# Press-release furniture: release numbers, embargo lines, contacts, end marks.
_RELEASE = re.compile(
    r"^(?:(?:NEWS\s+)?RELEASE\b(?:\s*(?:NO\.|NUMBER|#))?\s*:?\s*[\w./-]*$"
    r"|FOR\s+(?:IMMEDIATE\s+)?RELEASE\b.{0,60}$|EMBARGOED\b.{0,80}$)",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"^(?:(?:media|press|news)\s+)?contacts?\s*(?::|$)", re.IGNORECASE)
_PHONE_OR_MAIL = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|[\w.+-]+@[\w-]+\.[\w.]+")
_END_MARK = re.compile(r"^(?:-+\s*end\s*-+|#{3,}|-30-|\*{3,})$", re.IGNORECASE)


@dataclass
class Source:
    """An article split into numbered paragraphs, with whatever metadata it carries."""

    paragraphs: list[str]
    caption: str | None = None
    byline: str | None = None
    credits: str | None = None
    headline: str | None = None
    publication: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)

    def texts(self) -> dict[str, str]:
        """Paragraph id → text, in reading order: CAPTION, BYLINE, P1…Pn, CREDITS."""
        texts: dict[str, str] = {}
        if self.caption:
            texts["CAPTION"] = self.caption
        if self.byline:
            texts["BYLINE"] = self.byline
        texts.update({f"P{n}": text for n, text in enumerate(self.paragraphs, start=1)})
        if self.credits:
            texts["CREDITS"] = self.credits
        return texts

    def body(self) -> dict[str, str]:
        """The paragraphs a reader reads for the story: CAPTION and P1…Pn."""
        return {key: text for key, text in self.texts().items() if key not in ("BYLINE", "CREDITS")}


def parse_article(text: str) -> Source:
    """Split an article into paragraphs and metadata, whichever format it is in."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    if any(_NUMBERED_LINE.match(line.strip()) for line in text.splitlines()):
        return _parse_numbered(text)
    return _parse_wire(text)


def numbered_text(source: Source) -> str:
    """The article in the numbered format `explainer verify` reads."""
    header = [f"Headline: {source.headline or 'unknown'}"]
    published = source.published.isoformat() if source.published else "unknown date"
    header.append(
        f"Publication: {source.publication or 'unknown'}, {published}, "
        f"dateline {(source.dateline or 'unknown').rstrip('.')}."
    )
    header.append("Paragraphs numbered by `explainer scaffold`; the text is as given.")
    lines = [f"{key}: {value}" for key, value in source.texts().items()]
    return "\n".join(header) + "\n\n" + "\n\n".join(lines) + "\n"


def _parse_numbered(text: str) -> Source:
    source = Source(paragraphs=[])
    for line in text.splitlines():
        stripped = line.strip()
        match = _NUMBERED_LINE.match(stripped)
        if match:
            key, value = match.group(1), " ".join(match.group(2).split())
            if key.startswith("P"):
                source.paragraphs.append(value)
            else:
                setattr(source, key.lower(), value)
        elif not source.paragraphs:
            _read_meta(stripped, source)
    return source


def _parse_wire(text: str) -> Source:
    source = Source(paragraphs=[])
    lines = text.splitlines()
    while lines and (not lines[0].strip() or _read_meta(lines[0].strip(), source)):
        lines.pop(0)
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", "\n".join(lines))]
    blocks = [block for block in blocks if block]
    if blocks and source.headline is None and _looks_like_headline(blocks[0]):
        source.headline = blocks.pop(0)
    while blocks and _read_meta(blocks[0], source):
        blocks.pop(0)
    credits: list[str] = []
    while blocks and _CREDIT.search(blocks[-1]) and len(blocks[-1]) < 400:
        credits.insert(0, blocks.pop())
    source.credits = " ".join(credits) or None
    for block in blocks:
        if _furniture(block, source):
            continue
        if block.startswith("[") and block.endswith("]") and source.caption is None:
            source.caption = block
        elif _BYLINE.match(block) and len(block) < 200 and source.byline is None:
            source.byline = block
        else:
            source.paragraphs.append(block)
    if source.paragraphs and source.dateline is None:
        match = _DATELINE.match(source.paragraphs[0])
        if match:
            source.dateline = _title_case(match.group(1).strip())
    return source


def _furniture(block: str, source: Source) -> bool:
    """Take a date line, dateline, release number, contact block or end mark out of the
    paragraphs (reading what it tells); False for a paragraph of the story."""
    if _date_line(block, source):
        return True
    if _RELEASE.match(block) or _END_MARK.match(block) or _CONTACT.match(block):
        return True
    if len(block) < 200 and _PHONE_OR_MAIL.search(block) and not block.endswith((".", "”", '"')):
        return True
    dateline = _DATELINE.match(block)
    if dateline and dateline.end() >= len(block.rstrip()):
        source.dateline = source.dateline or _title_case(dateline.group(1).strip())
        return True
    return False


def _date_line(block: str, source: Source) -> bool:
    """A paragraph that is only a date: the publication date, unless one is already known."""
    match = _DATE_LINE.match(block.strip())
    if match is None:
        return False
    if source.published is None:
        source.published = _date_of(match)
    return True


def _date_of(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    if groups["iso"]:
        try:
            return dt.date.fromisoformat(groups["iso"])
        except ValueError:
            return None
    month_name = groups["m"] or groups["m2"]
    month = list(calendar.month_abbr).index(month_name[:3])
    try:
        return dt.date(int(groups["y"] or groups["y2"]), month, int(groups["d"] or groups["d2"]))
    except ValueError:
        return None


def _looks_like_headline(block: str) -> bool:
    return (
        len(block.split()) <= 20
        and not block.endswith((".", "”", '"'))
        and not block.startswith("[")
        and not _BYLINE.match(block)
    )


def _read_meta(line: str, source: Source) -> bool:
    """Take a `Key: value` metadata line into `source`; False if it is not one."""
    match = _META_LINE.match(line)
    if match is None or len(line) > 300:
        return False
    key, value = match.group(1).lower(), match.group(2).strip()
    if key in ("headline", "title"):
        source.headline = value
    elif key in ("publication", "publisher"):
        source.publication = value.split(",")[0].strip()
        _read_date(value, source)
        dateline = re.search(r"\bdateline\s+([^.,;]+)", value, re.IGNORECASE)
        if dateline:
            source.dateline = dateline.group(1).strip()
    elif key in ("published", "date"):
        _read_date(value, source)
    elif key == "dateline":
        source.dateline = value.rstrip(".")
    elif key == "url":
        source.url = value
    return True


def _read_date(value: str, source: Source) -> None:
    match = _ISO_DATE.search(value)
    if match:
        try:
            source.published = dt.date.fromisoformat(match.group(1))
        except ValueError:
            source.notes.append(f"'{match.group(1)}' is not a calendar date")


def _title_case(dateline: str) -> str:
    """`MILLBROOK, Vt.` → `Millbrook, Vt.`; `NEW YORK` → `New York`."""
    place, _, rest = dateline.partition(",")
    words = [word.capitalize() if word.isupper() else word for word in place.split()]
    return " ".join(words) + (f",{rest}" if rest else "")
