# What a site builder's config takes from the data: name, description, credit line, navigation.
"""`site_meta` and `site_nav`: the parts of `mkdocs.yml` (or any builder's config) that the data
fills in, as the plugin and `explainer site` give them to the builder."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators.pages import NAV
from generators.pages.places import Places

if TYPE_CHECKING:
    from generators.model import Explainer


@dataclass(frozen=True)
class SiteMeta:
    """What the site says about itself: name, description and credit line, from the data."""

    name: str
    description: str
    copyright: str


def site_meta(explainer: Explainer) -> SiteMeta:
    """The site's name, description and credit line, as plain text."""
    article = explainer.article
    published = article.published
    return SiteMeta(
        name=" ".join((article.site_title or article.headline).split()),
        description=" ".join(article.summary.split()),
        copyright=(
            f"Built from data drawn from {' '.join(article.publication.split())}, "
            f"{published.day} {published:%B %Y}. Summaries are our own; quotes are verbatim."
        ),
    )


# Past this many people or topics, the navigation links only their index page: every page
# carries the whole navigation, so listing every record would grow the site with its square.
NAV_LISTS_AT_MOST = 40


def site_nav(explainer: Explainer, hand_written: list | None = None) -> list:
    """MkDocs nav: generated pages (people, topics as sections), then hand-written ones.

    Material prints nav titles as HTML, so names from the data are HTML-escaped here.
    """
    places = Places(explainer)
    people = [(p.name, places.person(p.id)) for p in explainer.people if places.has_page(p.id)]
    topics = [(topic.name, f"topics/{topic.id}.md") for topic in explainer.topics]
    sections = {
        "people/index.md": ("All people", people),
        "topics/index.md": ("All topics", topics),
    }
    nav: list = []
    for title, path in NAV:
        overview, entries = sections.get(path, ("", []))
        if entries and len(entries) <= NAV_LISTS_AT_MOST:
            listed = [{html.escape(name, quote=False): page} for name, page in entries]
            nav.append({title: [{overview: path}, *listed]})
        else:
            nav.append({title: path})
    return nav + list(hand_written or [])
