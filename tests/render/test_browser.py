"""Rendered pages in a real browser (headless Chromium): offline, footnote links navigate, screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
