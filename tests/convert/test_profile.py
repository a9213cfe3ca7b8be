"""Source profiles: furniture, headings, citations and a default sender taught in TOML."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.convert.profile import load_profile
from teikit.errors import InputError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "source.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_profile_teaches_furniture_headings_and_citations(tmp_path: Path) -> None:
    profile = load_profile(_write(tmp_path, r"""
[source]
sender = "John Ruskin"
[furniture]
lines = ["Ruskin Online"]
patterns = ['^Vol\. \d+$']
[headings]
patterns = ['^(?P<senders>.+) writes to (?P<recipients>.+)$']
[citations]
patterns = ['^Ruskin Papers, box \d+']
"""))
    assert profile.sender == "John Ruskin"
    assert profile.furniture_rule("ruskin online") == "profile-line"
    assert profile.furniture_rule("Vol. 3") == "profile-pattern"
    assert profile.furniture_rule("Vol. 3 of the letters") is None
    found = profile.heading("Ruskin writes to Acland")
    assert found is not None and found["recipients"] == "Acland"
    assert profile.is_citation("Ruskin Papers, box 12, f. 3")


@pytest.mark.parametrize("text, message", [
    ("[colour]\nx = 1\n", r"unknown section \[colour\]"),
    ("[furniture]\nline = ['a']\n", "unknown key 'line'"),
    ("[furniture]\nlines = 'a'\n", "must be a list of strings"),
    ("[headings]\npatterns = ['(?P<senders>a']\n", "pattern"),
    ("[headings]\npatterns = ['(.+) to (.+)']\n", "names neither"),
    ("[source]\nsender = 3\n", "must be a string"),
    ("not toml at all = = =\n", "not a TOML profile"),
])
def test_a_bad_profile_is_one_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(InputError, match=message) as err:
        load_profile(path)
    assert str(path) in str(err.value)
