"""What the renderer takes: TEI and teiCorpus; other XML and CMIF files are refused with one line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from teikit.cli import main
from teikit.render import RenderOptions, render_paths
from tests.render.page import read_page

TEI = "http://www.tei-c.org/ns/1.0"


def letter(title: str, body: str, desc: str = "") -> str:
    return (f"<TEI xmlns='{TEI}'><teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt></fileDesc>"
            f"<profileDesc>{desc}</profileDesc></teiHeader><text><body>{body}</body></text></TEI>")


def test_a_tei_corpus_renders_every_document_with_ids_of_its_own(tmp_path: Path) -> None:
    note = "<note place='foot'>a note</note>"
    corpus = tmp_path / "corpus.xml"
    corpus.write_text(f"<teiCorpus xmlns='{TEI}'><teiHeader><fileDesc><titleStmt><title>Both</title></titleStmt>"
                      f"</fileDesc></teiHeader>{letter('First', f'<p>one{note}</p>')}"
                      f"{letter('Second', f'<p>two{note}</p>')}</teiCorpus>", encoding="utf-8")
    (html,) = render_paths([corpus], tmp_path / "html", RenderOptions("html")).written
    (text,) = render_paths([corpus], tmp_path / "text", RenderOptions("text")).written
    page = html.read_text(encoding="utf-8")
    parsed = read_page(page)
    assert page.count('<article class="tei-document" id="d') == 2 and "<title>Both</title>" in page
    assert len(parsed.ids) == len(set(parsed.ids)) and {h[1:] for h in parsed.hrefs if h.startswith("#")} <= set(parsed.ids)
    printed = text.read_text(encoding="utf-8")
    assert "First" in printed and "Second" in printed and "one[1]" in printed and "two[1]" in printed


def test_cmif_and_other_xml_are_refused_with_one_line(tmp_path: Path) -> None:
    desc = "<correspDesc><correspAction type='sent'><persName>A</persName></correspAction></correspDesc>"
    cmif = tmp_path / "cmif.xml"
    cmif.write_text(letter("Letters", "<p/>", desc * 2), encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text("<html><body><p>not TEI</p></body></html>", encoding="utf-8")
    good = tmp_path / "good.xml"
    good.write_text(letter("Good", "<p>words</p>", desc), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(cmif), str(other), str(good), "--to", "text",
                                       "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0] == (f"teikit: error: {cmif}: not rendered: the metadata of 2 letter(s) without their text "
                        "(a CMIF file; teikit export reads it)")
    assert lines[1].startswith(f"teikit: error: {other}: not rendered: the root element is html in no namespace")
    assert lines[2].startswith("teikit: rendered 1 document(s): 1 file(s) written, 2 failed")
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == ["good.txt"]


def test_an_empty_reference_shows_what_it_points_at(tmp_path: Path) -> None:
    source = tmp_path / "ref.xml"
    source.write_text(letter("Ref", "<p>see (<ref target='1889-09-08' type='diary'/>) and "
                                    "<ref target='https://example.org/x'/></p>"), encoding="utf-8")
    for to in ("html", "text"):
        (out,) = render_paths([source], tmp_path / to, RenderOptions(to)).written  # type: ignore[arg-type]
        assert out is not None
        shown = out.read_text(encoding="utf-8")
        assert "(1889-09-08)" in shown.replace('<span class="ref type-diary">', "").replace("</span>", "")
        assert "https://example.org/x" in shown and "()" not in shown
