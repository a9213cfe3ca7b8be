"""The HTML page of a letter in the shape teikit writes."""

from __future__ import annotations

import re

from tests.render.page import read_page


def test_a_self_contained_html5_page(letter_html: str) -> None:
    page = read_page(letter_html)
    assert letter_html.startswith("<!DOCTYPE HTML>")
    assert '<meta charset="utf-8">' in letter_html
    assert "<style>" in letter_html and "@media print" in letter_html
    assert page.resources == []
    assert not re.search(r"url\(|@import|https?://[^\"<]*\.(css|js|woff2?)", letter_html)


def test_ids_unique_local_links_resolve_blocks_nested_validly(letter_html: str) -> None:
    page = read_page(letter_html)
    assert len(page.ids) == len(set(page.ids))
    local = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert local and set(local) <= set(page.ids)
    assert page.misnested == []


def test_header_block(letter_html: str) -> None:
    header = letter_html.split("</header>")[0]
    assert '<h1 class="doc-title">M. I. Kalinin to I. V. Stalin</h1>' in header
    assert re.search(r'href="#idx-kalinin"[^>]*>M\. I\. Kalinin</a><span class="arrow"[^>]*> → </span><a[^>]*>I\. V\. Stalin', header)
    assert '<time class="date" datetime="1924-08">[August 1924]</time>' in header
    assert "RTsKhIDNI, f. 78, op. 7, d. 210, fols 1-2 (today RGASPI)" in header
    assert "<dd>Autograph</dd>" in header
    assert "Bolshevik leadership Correspondence. 1912-1927</i>" in header
    assert "ed. A.V.Kvashonkin, L.P.Kosheleva" in header
    assert '"Proletarian Revolution". 1936. No. 7. S. 167.' in header


def test_editorial_signs(letter_html: str) -> None:
    assert 'title="supplied by the editors: undated">[August 1924]</span>' in letter_html
    assert '<span class="supplied" title="supplied by the editors">[were]</span>' in letter_html
    assert '<span class="gap" title="gap: omitted">[...]</span>' in letter_html
    assert '<span class="choice" title="sic: predeterines">predetermines</span>' in letter_html
    assert '<del class="del">and</del> <ins class="add" title="added: above">or</ins>' in letter_html
    assert '<span class="hi rend-italic">special</span>' in letter_html
    assert '<span class="hi rend-underline">unusual</span>' in letter_html
    assert '<span class="lb" title="line break"></span>' in letter_html
    assert '<span class="pb" title="page break">p. 2</span>' in letter_html
    assert '<span class="foreign" lang="ru">Сталин и Зиновьев</span>' in letter_html


def test_footnotes_numbered_and_linked_both_ways(letter_html: str) -> None:
    for n in (1, 2):
        assert f'<a class="noteref" id="noteref-{n}" href="#note-{n}" role="doc-noteref"><sup>{n}</sup></a>' in letter_html
        assert f'<li id="note-{n}"><a class="backref" href="#noteref-{n}"' in letter_html
    assert 'id="note-3"' not in letter_html  # the unanchored note stays at the end of the text
    assert '<span class="note-label">3</span> A note whose marker' in letter_html
    assert '<sup class="note-marker-orphan" title="note marker without a note">*</sup>' in letter_html


def test_index_of_the_entries_used(letter_html: str) -> None:
    index = letter_html.split('<section class="index"')[1]
    persons = re.findall(r'<li id="idx-(\w+)">', index.split("<h3>Organisations")[0])
    assert persons == ["kalinin", "kamenev", "kuibyshev", "lebedev", "stalin", "trotsky", "zinoviev"]
    assert '<span class="idx-name">Stalin, Iosif</span><span class="idx-dates"> (1878–1953)</span>' in index
    assert '<span class="idx-variant">Сталин</span>' in index
    assert '<a class="idx-authority" href="https://www.wikidata.org/wiki/Q855">Wikidata</a>' in index
    assert '<a class="idx-authority" href="https://viaf.org/viaf/61624811">VIAF</a>' in index
    assert '<span class="idx-cert"> unconfirmed</span>' in index
    assert 'id="idx-central_committee"' in index and 'id="idx-moscow"' in index
    assert 'id="idx-RTsKhIDNI"' not in index  # archives are in the header, not mentioned in the text
    stalin = index.split('id="idx-stalin"')[1].split("</li>")[0]
    assert stalin.count("↑") == 3  # correspondent, salutation, note 1


def test_lang_from_xml_lang(letter_html: str) -> None:
    assert letter_html.startswith('<!DOCTYPE HTML><html lang="en">')
    assert read_page(letter_html).langs.count("ru") == 1
