# Record anchors never capture a page's own anchors: every id on every page is unique.
"""Records get anchors in their kind's namespace (`#channel-…`, `#event-…`), so a record whose id
is a fixed anchor of the site (`p1`, `background`, `caption`, `organisations`, `y1998`,
`by-topic`) cannot make a second element with that id, nor capture its links."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from generators.pages.base import anchor
from tests.conftest import DATA, MINI
from tests.test_hostile_text import build_site

FIXED_ANCHORS = ("p1", "p2", "background", "caption", "organisations", "y1998", "by-topic")

# One record of each kind with an anchor, for each fixed anchor as its id.
RECORDS = {
    "channels.yml": "- id: {id}\n  name: Channel {n}\n  kind: statement\n"
    "  description: A channel.\n  sources: [P2]\n",
    "countries.yml": "- id: {id}-land\n  name: Land {n}\n  iso3: {iso}\n"
    "  description: A country.\n  sources: [P1]\n",
    "organisations.yml": "- id: {id}\n  name: Organisation {n}\n  kind: other\n"
    "  description: An organisation.\n  sources: [P1]\n",
    "events.yml": "- id: {id}-event\n  title: Event {n}\n  date: 2024\n"
    "  description: An event.\n  sources: [P1]\n",
    "glossary.yml": "- id: {id}-term\n  term: Word{n}\n  definition: A word.\n  sources: [P1]\n",
    "figures.yml": "- id: {id}-figure\n  label: things\n  value: {v}\n  unit: count\n"
    "  measures: A count.\n  sources: [P1]\n",
}

_ID = re.compile(r'\sid="([^"]+)"')


def page_ids(site: Path) -> dict[str, Counter[str]]:
    return {
        page.relative_to(site).as_posix(): Counter(_ID.findall(page.read_text(encoding="utf-8")))
        for page in sorted(site.rglob("*.html"))
    }


def duplicates(ids: dict[str, Counter[str]]) -> list[str]:
    return [f"{page}: #{i} ×{n}" for page, c in ids.items() for i, n in c.items() if n > 1]


@pytest.fixture(scope="module")
def clashing_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("anchors")
    data = root / "data"
    shutil.copytree(MINI, data)
    for file, template in RECORDS.items():
        path = data / file
        # Ids of countries carry a suffix, since countries and organisations share one set.
        extra = "".join(
            template.format(id=fixed, n=n, v=n + 1, iso="XX" + chr(ord("A") + n))
            for n, fixed in enumerate(FIXED_ANCHORS)
        )
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    build_site(data, root / "site")
    return root / "site"


def test_records_named_like_fixed_anchors_make_no_duplicate_id(clashing_site: Path) -> None:
    ids = page_ids(clashing_site)
    assert duplicates(ids) == []
    sources = ids["sources/index.html"]
    assert sources["p1"] == 1 and sources["channel-p1"] == 1 and sources["background"] == 1


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("real-anchors") / "site"
    build_site(DATA, site)
    return site


def test_no_page_of_the_real_site_has_a_duplicate_id(real_site: Path) -> None:
    assert duplicates(page_ids(real_site)) == []


def test_anchors_of_records_are_in_their_kind(tmp_path: Path) -> None:
    assert anchor("p1", "channel") == "channel-p1"
    assert anchor("p1") == "p1"
    with pytest.raises(ValueError):
        anchor("p1", "paragraph")
    with pytest.raises(ValueError):
        anchor("Not An Id", "event")
