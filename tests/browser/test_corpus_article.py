# A real article nobody here wrote (../shared/corpus), drafted by `explainer scaffold` and built
# with no code change, read in a browser on a phone: every kind of page it has loads clean.
from __future__ import annotations

from pathlib import Path

import pytest

from generators.cli import main
from tests.browser.conftest import Site, render_all_charts
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

CORPUS = ROOT.parent / "shared" / "corpus"
ARTICLE = CORPUS / "14-uk-asylum-questionnaire.txt"
# Words of the seed story that must not leak into another explainer's pages.
SEED_WORDS = ("Putin", "Xi Jinping", "Kremlin", "Beijing", "Summit party", "united front")


@pytest.fixture(scope="module")
def corpus_site(serve_explainer, tmp_path_factory: pytest.TempPathFactory) -> Site:
    if not ARTICLE.is_file():
        pytest.skip("the corpus is not on this machine")
    data_dir: Path = tmp_path_factory.mktemp("corpus-site") / "data"
    assert main(["scaffold", str(ARTICLE), "--out", str(data_dir)]) == 0
    return serve_explainer(data_dir)


def test_every_page_kind_reads_on_a_phone(open_page, corpus_site: Site) -> None:
    kinds: dict[str, str] = {}
    for path in corpus_site.pages():
        kind = path.split("/", 1)[0] if path.count("/") > 1 else path
        kinds.setdefault(kind, path)  # one page of each kind: the home, a person, a topic, …
    assert len(kinds) >= 8, kinds
    for path in kinds.values():
        watched = open_page(path, width=375, target=corpus_site)
        page = watched.page
        assert page.locator("article.md-content__inner h1").count() == 1, path
        text = page.locator("body").inner_text()
        assert not [word for word in SEED_WORDS if word in text], path
        render_all_charts(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        watched.assert_clean()
