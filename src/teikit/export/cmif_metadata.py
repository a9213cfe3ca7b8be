"""The CMIF file's own metadata: options, the edition config file, and their checks.

correspSearch needs of every CMIF file a title, an editor with an e-mail
address, the URL the file is published at, a licence (CC BY 4.0 or CC0) and a
publication date. They come from the command line or from the edition's config
file ``teikit.toml`` (so they are typed once)::

    [edition]
    title = "Letters of the Bolshevik leadership"
    editor = "A. Editor"
    email = "editor@example.org"
    url = "https://example.org/letters"
    licence = "cc-by"            # or "cc0"
    publisher = "Example Institute"  # optional; default: the editor

Values are checked when the options are made: an absolute http(s) URL, an
e-mail address, an ISO calendar date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teikit.batch.inputs import read_toml
from teikit.errors import InputError
from teikit.export.sources import SourceFile

CONFIG_FILE = "teikit.toml"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
LICENCES = {"cc-by": CC_BY, "cc0": CC0}
LICENCE_TEXT = {
    CC_BY: "This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0",
    CC0: "This file is dedicated to the public domain under CC0 1.0",
}
# What correspSearch cannot do without, by option name.
REQUIRED = ("editor", "email", "url")
CONFIG_KEYS = ("title", "editor", "email", "url", "licence", "publisher")
EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?::\d+)?(?:[/?#]\S*)?$|^https?://localhost(?::\d+)?(?:[/?#]\S*)?$")


@dataclass(frozen=True)
class CmifOptions:
    """The file's own metadata; values are checked when made (InputError naming the bad one)."""

    title: str | None = None
    editor: str | None = None
    email: str | None = None
    publisher: str | None = None
    url: str | None = None
    file_name: str = "cmif.xml"
    letter_path: str = "html/{name}.html"
    licence: str = CC_BY
    date: str | None = None

    def __post_init__(self) -> None:
        if self.url is not None and not URL.match(self.url):
            raise InputError(f"--url {self.url!r}: not an absolute http(s) URL")
        if self.email is not None and not EMAIL.match(self.email):
            raise InputError(f"--email {self.email!r}: not an e-mail address")
        if self.date is not None:
            iso_day(self.date, "--date")
        if self.licence not in LICENCE_TEXT:
            raise InputError(f"--licence {self.licence!r}: correspSearch takes {', '.join(LICENCES)}")
        for field in (f for f in ("title", "editor", "publisher") if getattr(self, f) is not None):
            if not str(getattr(self, field)).strip():
                raise InputError(f"--{field} is empty")
        if "{name}" not in self.letter_path:
            raise InputError(f"--letter-path {self.letter_path!r}: has no {{name}}")

    def missing(self) -> list[str]:
        """The options correspSearch needs that are not given (``--url``...)."""
        return [f"--{name}" for name in REQUIRED if not getattr(self, name)]

    def require_complete(self) -> None:
        """InputError naming every missing option, and where else it may come from."""
        missing = self.missing()
        if missing:
            keys = ", ".join(m.lstrip("-") for m in missing)
            raise InputError(
                f"a CMIF file for correspSearch needs {', '.join(missing)} "
                f"(give them, or set {keys} under [edition] in {CONFIG_FILE})"
            )

    def letter_url(self, source: SourceFile) -> str | None:
        """The letter's page in the edition at ``url`` (None without a base URL)."""
        if not self.url:
            return None
        return f"{self.url.rstrip('/')}/{self.letter_path.replace('{name}', source.name)}"

    def file_url(self) -> str | None:
        return f"{self.url.rstrip('/')}/{self.file_name}" if self.url else None

    def publication_date(self, today: dt.date | None = None) -> str:
        """``date``, else SOURCE_DATE_EPOCH (reproducible builds), else today (UTC)."""
        if self.date:
            return self.date
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            if not epoch.isdigit():
                raise InputError(f"SOURCE_DATE_EPOCH {epoch!r}: not a number of seconds")
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
        return (today or dt.datetime.now(dt.UTC).date()).isoformat()


def iso_day(value: str, what: str) -> str:
    """value when it is an ISO calendar date (YYYY-MM-DD); else InputError naming what."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise InputError(f"{what} {value!r}: not an ISO date (YYYY-MM-DD)")


def read_config(path: Path) -> dict[str, str]:
    """The [edition] table of a teikit.toml (InputError for bad TOML or unknown keys)."""
    data = read_toml(path)
    table = data.get("edition", {})
    if not isinstance(table, dict):
        raise InputError(f"{path}: [edition] must be a table")
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise InputError(f"{path}: unknown key(s) under [edition]: {', '.join(unknown)} "
                         f"(known: {', '.join(CONFIG_KEYS)})")
    bad = [key for key, value in table.items() if not isinstance(value, str)]
    if bad:
        raise InputError(f"{path}: {', '.join(bad)} must be text (in quotes)")
    return dict(table)


def find_config(given: Path | None) -> Path | None:
    """The config file given, else teikit.toml in the current folder when there is one."""
    if given is not None:
        if not given.is_file():
            raise InputError(f"{given}: no such config file")
        return given
    here = Path(CONFIG_FILE)
    return here if here.is_file() else None


def make_options(config: Path | None = None, **given: Any) -> CmifOptions:
    """Options from the command line (``given``, None where not given) over the config file's values.

    ``licence`` may be a short name (cc-by, cc0) or the licence URL. A bad value
    in the config file is an InputError naming the file.
    """
    found = find_config(config)
    if found is not None:
        configured = read_config(found)
        try:
            _options(configured)
        except InputError as err:
            raise InputError(f"{found}: {str(err).removeprefix('--')}") from None
    else:
        configured = {}
    return _options({**configured, **{key: value for key, value in given.items() if value is not None}})


def _options(values: dict[str, Any]) -> CmifOptions:
    licence = values.get("licence")
    if licence is not None:
        if licence not in LICENCES and licence not in LICENCE_TEXT:
            raise InputError(f"--licence {licence!r}: correspSearch takes {', '.join(LICENCES)}")
        values = {**values, "licence": LICENCES.get(licence, licence)}
    names = {f.name for f in dataclasses.fields(CmifOptions)}
    return CmifOptions(**{key: value for key, value in values.items() if key in names})
