"""Rendered pages in a real browser (headless Chromium): offline, footnote links navigate, screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from teikit.edition import build_edition
from teikit.export.cmif import CmifOptions
from teikit.export.sources import collect_sources
from teikit.registers import load_registers
from teikit.render import RenderOptions, render_paths
from tests.render.chromium import Browser, find_chromium
from tests.render.conftest import LETTER

REAL_SAMPLES = ["schnitzler-briefe/L00081.xml", "escher-briefe/K_0002_Anonym_an_Escher_1877-02-00.xml", "tillich-briefe/L00001.xml",
                "suriano/02_001.xml", "bahr-schnitzler/L041000.xml"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium chromium-driver)")
    session = Browser(executable)
    yield session
    session.close()


def check_page(browser: Browser, page: Path, shots: Path) -> None:
    browser.open(page)
    assert browser.requested_urls() == [page.resolve().as_uri()], "the page fetched something else"
    assert browser.evaluate("document.querySelector('h1.doc-title') !== null")
    notes = browser.evaluate("document.querySelectorAll('a.noteref').length")
    if notes:
        last = browser.evaluate("const a = [...document.querySelectorAll('a.noteref')].pop(); a.click(); a.id")
        target = browser.evaluate("document.querySelector(':target').id")
        assert target == last.replace("noteref-", "note-")
        assert browser.evaluate("Math.abs(document.querySelector(':target').getBoundingClientRect().top) < 5"
                                " || window.scrollY + innerHeight >= document.body.scrollHeight - 5")
        browser.evaluate("document.querySelector(':target a.backref').click()")
        assert browser.evaluate("document.querySelector(':target').id") == last
    mentions = browser.evaluate("document.querySelectorAll('a[href^=\"#idx-\"]').length")
    if mentions:
        key = browser.evaluate("const m = document.querySelector('main a[href^=\"#idx-\"], a[href^=\"#idx-\"]');"
                               " m.click(); m.getAttribute('href')")
        assert browser.evaluate("'#' + document.querySelector(':target').id") == key
    browser.evaluate("location.hash = ''; window.scrollTo(0, 0)")
    assert browser.screenshot(shots / (page.stem + ".png")).stat().st_size > 10_000
    assert browser.requested_urls() == [page.resolve().as_uri()]


def test_the_letter_in_a_browser(browser: Browser, tmp_path: Path) -> None:
    outcome = render_paths([LETTER], tmp_path / "html", RenderOptions("html"))
    assert outcome.failures == []
    page = outcome.written[0]
    check_page(browser, page, tmp_path)
    assert browser.evaluate("document.querySelectorAll('a.noteref').length") == 2


def test_real_tei_in_a_browser(browser: Browser, shared: Path, tmp_path: Path) -> None:
    corpus = shared / "corpus" / "tei-real"
    for sample in REAL_SAMPLES:
        outcome = render_paths([corpus / sample], tmp_path / "html", RenderOptions("html"))
        assert outcome.failures == []
        page = outcome.written[0]
        check_page(browser, page, tmp_path)


def test_an_edition_in_a_browser(browser: Browser, tmp_path: Path) -> None:
    """The index page (wide and narrow) and the letter pages: offline, every link leads somewhere, previous/next."""
    letters = Path(__file__).resolve().parents[1] / "fixtures" / "export" / "letters"
    introduction = tmp_path / "introduction.xml"
    introduction.write_text(
        "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Introduction</title>"
        "<author>A. Editor</author></titleStmt></fileDesc></teiHeader><text><body><p>About these letters.</p>"
        "</body></text></TEI>", encoding="utf-8")
    site = tmp_path / "site"
    outcome = build_edition(collect_sources([letters, introduction]), site, CmifOptions(date="2025-01-01"),
                            load_registers(None))
    assert outcome.exit_code == 0, outcome.failures
    shots = tmp_path / "shots"
    shots.mkdir()
    index = site / "index.html"
    browser.open(index)
    assert browser.requested_urls() == [index.resolve().as_uri()]
    links = browser.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    for link in links:  # every link of the index leads to a file or an anchor of the page
        target, _, anchor = link.partition("#")
        assert Path(target.removeprefix("file://")).is_file(), link
        assert not anchor or browser.evaluate(f"document.getElementById({anchor!r}) !== null"), link
    assert browser.evaluate("document.querySelectorAll('#by-date ol.letters > li').length") == 2  # not the introduction
    assert "Introduction" in browser.evaluate("document.querySelector('#other-texts').textContent")
    assert browser.evaluate("getComputedStyle(document.body).fontFamily") != "Times New Roman"
    assert browser.screenshot(shots / "index.png").stat().st_size > 10_000
    browser.call("Emulation.setDeviceMetricsOverride", session=True, width=390, height=844, deviceScaleFactor=1,
                 mobile=True)
    browser.open(index)
    assert browser.evaluate("document.documentElement.scrollWidth <= innerWidth")  # nothing wider than a phone
    assert browser.screenshot(shots / "index-narrow.png").stat().st_size > 5_000
    browser.call("Emulation.clearDeviceMetricsOverride", session=True)
    first = site / browser.evaluate("document.querySelector('#by-date ol.letters a').getAttribute('href')")
    browser.open(first)
    assert browser.evaluate("document.querySelector('a.nav-prev').hasAttribute('href')") is False
    assert browser.evaluate("document.querySelector('a.nav-index').getAttribute('href')") == "../index.html"
    browser.screenshot(shots / "letter.png")
    browser.events.clear()
    browser.evaluate("document.querySelector('a.nav-next').click()")
    browser.wait_for("Page.loadEventFired")
    second = browser.evaluate("location.href")
    assert second != first.resolve().as_uri() and second.endswith(".html")
    assert browser.evaluate("document.querySelector('a.nav-prev').getAttribute('href')") == first.name
    assert all(url.startswith("file://") for url in browser.requested_urls())
