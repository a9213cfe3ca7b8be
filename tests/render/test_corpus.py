"""Any TEI renders: every file of the shared tei-real corpus, to HTML and to text."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.render import RenderOptions, render_paths
from tests.render.page import read_page


@pytest.mark.slow
@pytest.mark.parametrize("to", ["html", "text"])
def test_every_real_tei_file_renders_quietly(shared: Path, tmp_path: Path, to: str,
                                             capfd: pytest.CaptureFixture[str]) -> None:
    corpus = shared / "corpus" / "tei-real"
    outcome = render_paths([corpus], tmp_path, RenderOptions(to))  # type: ignore[arg-type]
    # CMIF files hold letters' metadata without their text: each is refused with one line
    refused = outcome.failures
    assert len(refused) == 12 and all("/cmif/" in e and "(a CMIF file" in e for e in refused), refused
    assert outcome.done == len(outcome.written) == 232 - len(refused)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""  # no warnings from Saxon either
    outputs = outcome.written
    assert all(p.stat().st_size > 0 for p in outputs)
    if to == "html":
        for path in outputs:
            page = read_page(path.read_text(encoding="utf-8"))
            local = {h[1:] for h in page.hrefs if h.startswith("#")}
            assert local <= set(page.ids), path
            assert len(page.ids) == len(set(page.ids)), path
            assert page.misnested == [] and page.resources == [], path


def test_elements_without_a_template_show_their_content(tmp_path: Path) -> None:
    source = tmp_path / "odd.xml"
    source.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Odd</title></titleStmt>'
        "</fileDesc></teiHeader><text><body><p>before <madeUp>inside <hi>it</hi></madeUp> after</p>"
        '<floatingText><body><p>floating</p></body></floatingText></body></text></TEI>', encoding="utf-8")
    for to, expected in (("html", '<p class="p">before inside <span class="hi rend-italic">it</span> after</p>'),
                         ("text", "before inside it after")):
        outcome = render_paths([source], tmp_path / to, RenderOptions(to))  # type: ignore[arg-type]
        assert outcome.failures == []
        written = outcome.written[0]
        rendered = written.read_text(encoding="utf-8")
        assert expected in rendered and "floating" in rendered
