# generators.mkdocs_state: what the MkDocs adapter keeps between `mkdocs serve` rebuilds.
from __future__ import annotations

import jinja2

from generators.mkdocs_state import MemoryBytecodeCache


def test_theme_templates_compile_once_across_rebuilds(monkeypatch) -> None:
    cache = MemoryBytecodeCache()
    sources = {"page.html": "<title>{{ title | e }}</title>"}
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counting_compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting_compile)
    for _ in range(3):  # a new environment per rebuild, as MkDocs makes
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
        assert env.get_template("page.html").render(title="<b>") == "<title>&lt;b&gt;</title>"
    assert compiled == ["page.html"]
    sources["page.html"] = "<title>{{ title }}!</title>"  # an edited template compiles again
    env = jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
    assert env.get_template("page.html").render(title="x") == "<title>x!</title>"
    assert compiled == ["page.html", "page.html"]
