"""A source profile: what a user teaches teikit about one source, in a TOML file.

    [source]
    sender = "John Ruskin"            # who wrote the letters when a heading names only the recipient
    collection = "Letters of John Ruskin"

    [furniture]
    lines = ["Back to the letters", "Ruskin Online"]     # exact lines (case-insensitive)
    patterns = ['^Vol\\. \\d+$']                          # regular expressions matched at the start

    [headings]
    patterns = ['^(?P<senders>.+) writes to (?P<recipients>.+)$']   # named groups senders, recipients

    [citations]
    patterns = ['^Ruskin Papers, box \\d+']              # lines that cite the original

Unknown sections or keys, wrong types and bad regular expressions are errors that name the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from teikit.batch.inputs import read_toml
from teikit.errors import InputError

_KEYS = {
    "source": {"sender", "collection"},
    "furniture": {"lines", "patterns"},
    "headings": {"patterns"},
    "citations": {"patterns"},
}


@dataclass(frozen=True)
class Profile:
    """What a profile adds to the converter's own rules."""

    sender: str | None = None
    collection: str | None = None
    furniture_lines: frozenset[str] = frozenset()
    furniture_patterns: tuple[re.Pattern[str], ...] = ()
    heading_patterns: tuple[re.Pattern[str], ...] = ()
    citation_patterns: tuple[re.Pattern[str], ...] = ()
    name: str = field(default="", compare=False)

    def furniture_rule(self, text: str) -> str | None:
        """'profile-line' or 'profile-pattern' when the profile names this line as furniture."""
        if text.strip().casefold() in self.furniture_lines:
            return "profile-line"
        if any(rx.match(text.strip()) for rx in self.furniture_patterns):
            return "profile-pattern"
        return None

    def heading(self, text: str) -> re.Match[str] | None:
        """The first heading pattern of the profile that matches the line."""
        for rx in self.heading_patterns:
            found = rx.match(text.strip())
            if found:
                return found
        return None

    def is_citation(self, text: str) -> bool:
        return any(rx.match(text.strip()) for rx in self.citation_patterns)


NO_PROFILE = Profile()


def _strings(path: Path, section: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{path}: [{section}] {key} must be a list of strings")
    return value


def _compiled(path: Path, section: str, values: list[str], *, groups: bool = False) -> tuple[re.Pattern[str], ...]:
    out = []
    for value in values:
        try:
            rx = re.compile(value)
        except re.error as err:
            raise InputError(f"{path}: [{section}] pattern {value!r}: {err}") from None
        if groups and not {"senders", "recipients"} & set(rx.groupindex):
            raise InputError(f"{path}: [{section}] pattern {value!r} names neither a 'senders' nor a 'recipients' group")
        out.append(rx)
    return tuple(out)


def load_profile(path: Path) -> Profile:
    """Read a profile; any problem is an InputError naming the file."""
    data = read_toml(path, "TOML profile")
    for section, body in data.items():
        if section not in _KEYS or not isinstance(body, dict):
            raise InputError(f"{path}: unknown section [{section}] (known: {', '.join(_KEYS)})")
        unknown = set(body) - _KEYS[section]
        if unknown:
            raise InputError(f"{path}: [{section}] unknown key {sorted(unknown)[0]!r}")
    source = data.get("source", {})
    for key in ("sender", "collection"):
        if key in source and not isinstance(source[key], str):
            raise InputError(f"{path}: [source] {key} must be a string")
    furniture = data.get("furniture", {})
    return Profile(
        sender=source.get("sender"),
        collection=source.get("collection"),
        furniture_lines=frozenset(s.strip().casefold() for s in
                                  _strings(path, "furniture", "lines", furniture.get("lines", []))),
        furniture_patterns=_compiled(path, "furniture", _strings(path, "furniture", "patterns",
                                                                   furniture.get("patterns", []))),
        heading_patterns=_compiled(path, "headings", _strings(path, "headings", "patterns",
                                                               data.get("headings", {}).get("patterns", [])),
                                   groups=True),
        citation_patterns=_compiled(path, "citations", _strings(path, "citations", "patterns",
                                                                 data.get("citations", {}).get("patterns", []))),
        name=str(path),
    )
