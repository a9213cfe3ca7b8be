"""Quick paths of the converter give what the plain computation gives, on every page of the test corpora.

Each quick path (a look before an expression, a cache, a count done in C) is held
to the plain way of computing the same thing over the real and synthetic pages in
``tests/fixtures/corpus``; the byte-for-byte comparison of whole runs is in
``test_cli_convert.py`` (one process against several).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from teikit.convert import audit
from teikit.convert.archives import _FOND, CitationParser
from teikit.convert.names_rules import LOOK_BACK, _address_before, _address_may_end_at
from teikit.convert.names_tokens import _line_tokens, tokenize
from teikit.registers import load_registers

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def pages() -> list[str]:
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(CORPUS.rglob("*.txt"))]
    assert len(texts) > 300
    return texts


def test_the_quick_look_for_a_form_of_address_misses_none_the_whole_expression_finds(pages: list[str]) -> None:
    found = 0
    for text in pages:
        for word in re.finditer(r"\S+", text):
            start = word.start()
            if _address_before().search(text, max(0, start - LOOK_BACK), start):
                found += 1
                assert _address_may_end_at(text, start), text[max(0, start - LOOK_BACK):start + 20]
    assert found > 50  # the corpora hold many: "Herr Kessler", "Mr. Thompson", "тов. Сидоров"


def test_the_quick_look_says_no_before_a_word_after_no_form_of_address() -> None:
    assert not _address_may_end_at("the old house stood", 8)
    assert not _address_may_end_at("Weber", 0)
    assert _address_may_end_at("Herr Weber", 5)
    assert _address_may_end_at("HERR  Weber", 6)  # any case, any blanks


def test_a_text_read_again_gives_the_same_tokens_and_a_list_of_its_own(pages: list[str]) -> None:
    text = pages[0]
    first = tokenize(text)
    first.clear()  # a caller may change its list
    again = tokenize(text)
    assert again and again == tokenize(text + " ")
    assert again is not tokenize(text)


def test_a_text_read_line_by_line_gives_the_tokens_of_one_reading_of_the_whole(pages: list[str]) -> None:
    for text in pages:
        assert tokenize(text) == list(_line_tokens.__wrapped__(text))
    mended = "Tr[otsk] y.\n3[inaida] and 3\n[inaida]"  # words mended on a line, none across a line end
    assert [t.norm for t in tokenize(mended)] == ["trotsky", ".", "zinaida", "and", "3", "inaida"]


def test_the_audit_counts_letters_and_digits_as_counting_each_character_would(pages: list[str]) -> None:
    for text in pages:
        assert audit._chars([text, text[::2]]) == Counter(c for c in text + text[::2] if c.isalnum())


def test_a_citation_head_is_looked_for_only_where_a_fond_is_named_and_every_head_names_one(pages: list[str]) -> None:
    parser = CitationParser(load_registers())
    heads = 0
    for text in pages:
        for line in text.splitlines():
            if parser._head.search(line):
                heads += 1
                assert _FOND.search(line), line
    assert heads > 20  # "RGASPI. F. 17. Op. 3. D. 1045. L. 11" and the like
