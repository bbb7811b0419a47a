# A glossary term is marked where the page first uses it, plain after that and in data tables.
from __future__ import annotations

import markdown

PAGE = """\
<details class="chart-table" markdown>
<summary>Show the data</summary>

| event |
| --- |
| NATO talks |

</details>

NATO met. Later, **NATO** and the *Kremlin* spoke; nato again, and the Kremlin.

- The Kremlin said so.

*[NATO]: The North Atlantic Treaty Organization.
*[nato]: The North Atlantic Treaty Organization.
*[Kremlin]: The fortress in Moscow.
"""


def convert(text: str) -> str:
    return markdown.markdown(
        text, extensions=["abbr", "md_in_html", "tables", "generators.abbr_first_use"]
    )


def test_first_use_in_running_text_is_marked_the_rest_plain() -> None:
    html = convert(PAGE)
    assert html.count("<abbr") == 2
    table, text = html.split("</details>")
    assert "<abbr" not in table and "NATO talks" in table
    assert '<p><abbr title="The North Atlantic Treaty Organization.">NATO</abbr> met.' in text
    assert "<strong>NATO</strong>" in text and "nato again" in text
    assert '<em><abbr title="The fortress in Moscow.">Kremlin</abbr></em>' in text
    assert "and the Kremlin.</p>" in text and "<li>The Kremlin said so.</li>" in text


def test_text_around_an_unwrapped_term_is_kept_in_order() -> None:
    html = convert("A NATO b NATO c *NATO* d NATO\n\n*[NATO]: x\n")
    assert html == '<p>A <abbr title="x">NATO</abbr> b NATO c <em>NATO</em> d NATO</p>'


def test_terms_never_match_inside_placeholders() -> None:
    # Entities wait in the text as placeholders (`\x02wzxhzdk:0\x03`) until the end; a term made
    # of a placeholder's characters (`:`, a number) used to break them open onto the page.
    html = convert("a &lt; b: c and 3 &amp; 4, then 1.\n\n*[:]: Colon.\n*[0]: Zero.\n*[1]: One.\n")
    assert "wzxhzdk" not in html and "\x02" not in html
    assert "a &lt; b: c and 3 &amp; 4" in html
    assert '<abbr title="One.">1</abbr>' in html


def test_headings_and_links_keep_their_terms_plain() -> None:
    html = convert(
        "# NATO summit\n\nSee [the NATO page](x.md).\n\nThe NATO allies met.\n\n"
        "*[NATO]: The North Atlantic Treaty Organization.\n"
    )
    assert html.count("<abbr") == 1
    assert "<h1>NATO summit</h1>" in html and '<a href="x.md">the NATO page</a>' in html
    assert '<p>The <abbr title="The North Atlantic Treaty Organization.">NATO</abbr> allies' in html
