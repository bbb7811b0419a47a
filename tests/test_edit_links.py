# Edit links in front matter: each page names the file an editor changes, for any builder.
from __future__ import annotations

import yaml

from generators.edit_links import data_edit_url, repo_edit_url, with_edit_links, with_edit_url
from generators.site import OutputFile

EDIT_URI = "https://example.org/repo/edit/main/docs/"


def front_matter(markdown: str) -> dict:
    return yaml.safe_load(markdown.split("---\n")[1])


def test_a_data_file_is_beside_docs_in_the_repository() -> None:
    url = data_edit_url(EDIT_URI, "data")
    assert url("people.yml") == "https://example.org/repo/edit/main/data/people.yml"
    assert data_edit_url(EDIT_URI, None)("people.yml") == ""  # data outside the repository
    assert data_edit_url(None, "data")("people.yml") == ""  # no edit links configured
    assert url("") == ""  # chart data: no source file


def test_odd_characters_in_a_path_are_percent_encoded() -> None:
    assert repo_edit_url(EDIT_URI, '../my data/"x"<y>.yml') == (
        "https://example.org/repo/edit/main/my%20data/%22x%22%3Cy%3E.yml"
    )


def test_the_edit_url_joins_an_existing_front_matter_first() -> None:
    page = '---\ndescription: "A page"\n---\n# Title\n'
    edited = with_edit_url(page, "https://example.org/e?a=1&b=2")
    assert front_matter(edited) == {
        "edit_url": "https://example.org/e?a=1&amp;b=2",  # themes print it as it is
        "description": "A page",
    }
    assert edited.endswith("---\n# Title\n")


def test_a_page_without_front_matter_gets_one() -> None:
    edited = with_edit_url("# Title\n", "")
    assert front_matter(edited) == {"edit_url": ""}
    assert edited.endswith("---\n# Title\n")


def test_only_pages_change() -> None:
    files = [OutputFile("a.md", "# A\n", "people.yml"), OutputFile("c.json", "{}", "")]
    edited = with_edit_links(files, data_edit_url(EDIT_URI, "data"))
    assert front_matter(edited[0].content)["edit_url"].endswith("/data/people.yml")
    assert edited[1] == files[1]
