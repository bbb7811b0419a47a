# `explainer new NAME`: an empty explainer whose files show, in comments, what a record holds.
"""The starter folder: each data file explains its records in a commented example and holds
the fewest placeholder records that make `explainer check` and a site build pass at once."""

from __future__ import annotations

from pathlib import Path

from generators.scaffold.draft import KINDS
from generators.scaffold.text import slug
from generators.scaffold.write import SOURCE_FILE, NotEmptyError, schema_reference

# kind → (what the file is for, a commented example record, the placeholder records)
STARTER: dict[str, tuple[str, str, str]] = {
    "article": (
        "The article the explainer is built from, and the explainer's own summary of it.",
        """
id: ferry-deal                      # kebab-case, unique
headline: Two river towns agree to share a ferry
publication: The Example Gazette
published: 2024-03-11               # YYYY-MM-DD
dateline: Eastford
url: https://example.org/ferry      # optional
paragraphs: 12                      # how many P1…Pn lines source.txt has
authors: [pat-writer]               # person ids (people.yml)
contributors: [sam-helper]          # optional, person ids
parties: [eastford, westbank]       # two or more actor ids: the story's main parties
summary: What happened, in our own words.
why_it_matters: Why a reader should care, in our own words.
takeaways:                          # one or more
  - id: joint-ferry
    text: The towns will run one ferry between them.
    sources: [P1]                   # every record cites paragraphs P1…, CAPTION, BYLINE, CREDITS
watch:                              # optional: what to watch next
  - id: first-sailing
    text: The first sailing, due in May.
    sources: [P2]
sources: [P1]
""",
        """
id: {slug}
headline: "TODO: the article's headline"
site_title: "TODO: the explainer's own short title (the site name)"
publication: "TODO: the publication"
published: 2000-01-01
dateline: "TODO: the dateline"
paragraphs: 3
authors: [example-reporter]
parties: [example-country, example-organisation]
summary: "TODO: what happened, in the explainer's own words."
why_it_matters: "TODO: why it matters to readers."
takeaways:
  - id: example-takeaway
    text: "TODO: the first thing a reader should take away."
    sources: [P1]
sources: [P1]
""",
    ),
    "people": (
        "People named in the article, and unnamed speakers such as a ministry spokesman.",
        """
- id: ruiz
  name: Ana Ruiz
  short_name: Ms. Ruiz                 # how the article refers to her after the first mention
  role: Mayor of Eastford
  affiliation: eastford-council        # optional, organisation id
  country: eastford                    # optional, country id
  group: other   # official, analyst, journalist, other; or the story's own `groups` in article.yml
  named: true                          # false for a speaker the article does not name
  description: Leads the eastern town and speaks for the deal.
  sources: [P2]
  background: Her first name is public record, not in the article.   # only for outside facts
""",
        """
- id: example-reporter
  name: "TODO: Reporter Name"
  short_name: "TODO: Reporter Name"
  role: Reporter
  group: journalist
  description: "TODO: wrote the article."
  sources: [P1]
- id: example-person
  name: "TODO: Example Person"
  short_name: "TODO: Example Person"
  role: "TODO: role"
  group: other
  description: "TODO: who they are and their part in the story."
  sources: [P1]
""",
    ),
    "countries": (
        "Countries and territories in the story; iso3 places them on the map.",
        """
- id: eastford
  name: Eastford
  iso3: EAF                            # ISO 3166-1 alpha-3 (three capital letters)
  description: The town on the east bank.
  sources: [P1]
""",
        """
- id: example-country
  name: "TODO: Example Country"
  iso3: XXX
  description: "TODO: the country's part in the story."
  sources: [P1]
""",
    ),
    "organisations": (
        "Governments, ministries, agencies, alliances, universities, pollsters, news outlets.",
        """
- id: eastford-council
  name: Eastford Town Council
  short_name: the council              # optional
  kind: government   # government, ministry, agency, alliance, university, pollster, news,
                     # event, other
  country: eastford                    # optional, country id
  description: Runs the eastern town.
  sources: [P2]
""",
        """
- id: example-organisation
  name: "TODO: Example Organisation"
  kind: other
  description: "TODO: what it is and its part in the story."
  sources: [P1]
""",
    ),
    "channels": (
        "How statements reached the article: footage, readout, briefing, translation, statement,"
        " interview.",
        """
- id: interview
  name: Said to the reporter
  kind: interview   # footage, readout, briefing, translation, statement, interview
  via: eastford-council                # optional: person or organisation that passed it on
  description: Words spoken to the reporter.
  sources: [P2]
""",
        """
- id: example-channel
  name: "TODO: how the quotes reached the article"
  kind: interview
  description: "TODO: describe the channel."
  sources: [P1]
""",
    ),
    "topics": (
        "The issues the story turns on; quotes, events, figures and positions point at them.",
        """
- id: ferry
  name: The joint ferry
  summary: What the towns agreed and how the ferry will run.
  question: Will the ferry really start in May?   # optional
  sources: [P1, P2]
""",
        "[]",
    ),
    "quotes": (
        "Direct quotes, copied verbatim (curly quotes and dashes included) from the cited"
        " paragraph.",
        """
- id: start-in-may
  text: We will start in May,          # exactly as printed, between the quote marks
  speaker: ruiz                        # person id
  channel: interview                   # channel id
  form: sentence                       # sentence, or phrase for a quoted fragment
  about: When the ferry starts.
  topics: [ferry]                      # optional
  addressee: ode                       # optional, person id
  event: ferry-agreed                  # optional, event id
  continues: bridge-of-water           # optional: the quote this one continues
  sources: [P2]
""",
        """
- id: example-quote
  text: an example quote
  speaker: example-person
  channel: example-channel
  form: phrase
  about: "TODO: what the quote is about."
  sources: [P1]
""",
    ),
    "events": (
        "What happened or is planned, dated only as precisely as known (YYYY, YYYY-MM,"
        " YYYY-MM-DD).",
        """
- id: first-sailing
  title: First sailing
  date: 2024-05
  end_date: 2024-06                    # optional
  date_basis: inferred                 # stated (default), inferred or background
  date_note: '"in May" after the March 2024 article'   # needed unless stated
  status: planned                      # happened (default) or planned
  place: Eastford pier                 # optional
  countries: [eastford, westbank]      # optional, country ids
  actors: [ruiz]                       # optional: people, countries or organisations
  topics: [ferry]                      # optional
  description: The ferry is due to start.
  sources: [P2]
""",
        """
- id: example-event
  title: "TODO: an event"
  date: 2000-01-01
  description: "TODO: what happened."
  sources: [P1]
""",
    ),
    "figures": (
        "Numbers the article gives: counts, percentages, durations in minutes or years.",
        """
- id: survey-support
  label: of residents back the ferry
  value: 60
  unit: percent                        # count, percent, minutes, years
  approximate: false                   # optional
  display: "60%"                       # optional: how to show it, if not value and unit
  measures: Support for the ferry in a council survey.
  measured_by: westbank                # optional, actor id
  as_of: 2024-03                       # optional date
  topic: ferry                         # optional, topic id
  sources: [P3]
""",
        "[]",
    ),
    "positions": (
        "Each party's stance on a topic, as the article gives it.",
        """
- id: westbank-on-ferry
  actor: westbank
  topic: ferry
  stance: supports   # supports, opposes, criticises, concerned, neutral, does-not-recognise,
                     # does-not-side-with, boycotts, attends
  summary: Westbank backs the joint ferry.
  sources: [P3]
""",
        "[]",
    ),
    "relations": (
        "Typed ties between actors (people, countries, organisations).",
        """
- id: ruiz-leads-eastford
  source: ruiz
  target: eastford-council
  kind: leads   # partners-with, former-adversary-of, rival-of, met-with, leads, works-for,
                # member-of, backs, pressures, boycotts, hosts, courts
  summary: Ruiz heads the Eastford council.
  sources: [P2]
""",
        "[]",
    ),
    "glossary": (
        "Terms a reader may not know; they become tooltips wherever they appear.",
        """
- id: ferry
  term: ferry
  aliases: [ferries]                   # optional
  definition: A boat that carries people across water on a regular route.
  sources: [P1]
""",
        "[]",
    ),
}

SOURCE_TEXT = """Headline: TODO: the article's headline
Replace the line below with the article, one paragraph per line: P1: …, P2: …
(and CAPTION: …, BYLINE: …, CREDITS: … if it has them). `explainer scaffold ARTICLE.txt`
writes this file for you from plain text. Quotes must appear here verbatim.

P1: TODO: the article's first paragraph, with “an example quote” in it.

P2: TODO: the second paragraph.

P3: TODO: the third paragraph.
"""


def starter_files(folder: Path) -> dict[str, str]:
    """File name → text of every file `explainer new` writes into `folder`."""
    files = {}
    for kind in KINDS:
        purpose, example, placeholder = STARTER[kind]
        commented = "\n".join(f"# {line}".rstrip() for line in example.strip("\n").splitlines())
        files[f"{kind}.yml"] = (
            f"# yaml-language-server: $schema={schema_reference(folder, kind)}\n"
            f"# {purpose}\n"
            "# An example record, every field shown (uncomment and adapt, or delete):\n"
            "#\n"
            f"{commented}\n"
            "#\n"
            "# Placeholders so the folder checks and builds at once; replace them:\n"
            + placeholder.strip("\n").replace("{slug}", _slug(folder.name))
            + "\n"
        )
    files[SOURCE_FILE] = SOURCE_TEXT
    return files


def write_starter(folder: Path) -> list[Path]:
    """Create `folder` with the starter files; refuse if it already holds anything."""
    if folder.exists() and not folder.is_dir():
        raise NotEmptyError(f"{folder} is a file, not a folder")
    if folder.exists() and any(folder.iterdir()):
        raise NotEmptyError(f"{folder} already exists and is not empty")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in starter_files(folder).items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def _slug(name: str) -> str:
    return slug(name) if slug(name) != "item" else "new-explainer"
