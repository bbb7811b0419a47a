# Every page read as a reader reads it, at a phone's and a desktop's width, in both themes: no
# Markdown showing through, tables that fit, no glossary marks in headings or links, no ids, a
# measure of at most 80 characters, and a title at least as heavy and dark as the body text.
from __future__ import annotations

import pytest

from tests.browser.test_every_page import PAGES

pytestmark = pytest.mark.browser

VIEWS = [(375, "light"), (375, "dark"), (1280, "light"), (1280, "dark")]
LONGEST_LINE = 80  # characters
NARROWEST_CELL = 12  # characters

# Everything is measured in one pass in the page; each problem is a sentence naming its place.
READ_THE_PAGE = """([longest, narrowest]) => {
  const problems = [];
  const article = document.querySelector('article.md-content__inner');
  const where = el => (el.closest('[id]') ? '#' + el.closest('[id]').id : el.tagName) + ': ';
  for (const details of article.querySelectorAll('details')) details.open = true;
  const skip = 'code, pre, script, style, svg, .chart-still, .md-content__button';

  // Markdown that did not render: `**`, `{.`, a backslash before punctuation, a list marker
  // starting a line inside a paragraph.
  for (const block of article.querySelectorAll('p, li, td, th, h1, h2, h3, h4, figcaption')) {
    if (block.closest(skip)) continue;
    const text = block.textContent;
    const found = [/\\*\\*/, /\\{[.#:]/, /\\\\[!-\\/:-@\\[-`{-~]/, /\\n\\s*[-*+]\\s+\\S/]
      .filter(pattern => pattern.test(text));
    if (found.length) problems.push(where(block) + 'Markdown shows: ' + text.trim().slice(0, 80));
  }
  // Tables: no cell narrower than about 12 characters, no table wider than its column.
  for (const table of article.querySelectorAll('table')) {
    const column = table.parentElement.getBoundingClientRect().width;
    const width = table.getBoundingClientRect().width;
    if (width > column + 1) problems.push(where(table) + `table ${width}px in ${column}px`);
    for (const cell of table.querySelectorAll('td, th')) {
      const box = cell.getBoundingClientRect();
      const em = parseFloat(getComputedStyle(cell).fontSize);
      if (box.width > 0 && box.width < narrowest * em * 0.5)
        problems.push(where(cell) + `cell ${Math.round(box.width)}px: ${cell.textContent}`);
    }
  }
  // Glossary marks belong in running text, not in headings or links.
  for (const abbr of document.querySelectorAll(
      'h1 abbr, h2 abbr, h3 abbr, h4 abbr, h5 abbr, h6 abbr, a abbr'))
    problems.push(where(abbr) + 'glossary mark in a heading or link: ' + abbr.textContent);
  // No record id (word-word-word) in what a reader sees.
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(skip)) continue;
    const id = node.textContent.match(/(?<![\\w./-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\\w/-])/);
    if (id) problems.push(where(node.parentElement) + 'an id shows: ' + id[0]);
  }
  // A measure of at most `longest` characters for paragraphs that fill their lines.
  const canvas = document.createElement('canvas').getContext('2d');
  for (const block of article.querySelectorAll('p, li')) {
    if (block.closest(skip + ', figure, table, .grid')) continue;
    const text = block.textContent.replace(/\\s+/g, ' ').trim();
    const style = getComputedStyle(block);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const perChar = canvas.measureText(text).width / Math.max(text.length, 1);
    const perLine = block.getBoundingClientRect().width / perChar;
    if (text.length > perLine && perLine > longest)
      problems.push(where(block) + `lines of about ${Math.round(perLine)} characters`);
  }
  // The title is at least as heavy and as dark (as far from the ground) as the body text.
  const rgba = value => (value.match(/[\\d.]+/g) || []).map(Number);
  const ground = rgba(getComputedStyle(document.body).backgroundColor);
  const luminance = ([r, g, b, a = 1]) => {
    const mixed = [r, g, b].map((c, i) => c * a + ground[i] * (1 - a));
    const linear = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    const [R, G, B] = mixed.map(linear);
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const contrast = el => {
    const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(ground)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  const h1 = article.querySelector('h1');
  const body = [...article.querySelectorAll('p')].find(p => !p.closest('figure, .grid'));
  if (h1 && body) {
    const weight = el => Number(getComputedStyle(el).fontWeight);
    if (weight(h1) < weight(body)) problems.push(`h1 weight ${weight(h1)} < body ${weight(body)}`);
    if (contrast(h1) < contrast(body) - 0.01)
      problems.push(`h1 contrast ${contrast(h1).toFixed(2)} < body ${contrast(body).toFixed(2)}`);
  }
  return problems;
}"""


@pytest.mark.parametrize(("width", "scheme"), VIEWS, ids=[f"{w}-{s}" for w, s in VIEWS])
@pytest.mark.parametrize("path", PAGES)
def test_page_reads_well(open_page, path: str, width: int, scheme: str) -> None:
    page = open_page(path, width=width, scheme=scheme).page
    problems = page.evaluate(READ_THE_PAGE, [LONGEST_LINE, NARROWEST_CELL])
    assert problems == [], "\n".join(problems)
