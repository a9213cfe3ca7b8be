"""Every template mode of the stylesheets is declared, and two templates matching one node are an error."""

from __future__ import annotations

import re

from lxml import etree

from teikit.resources import xslt_dir

XSL = "{http://www.w3.org/1999/XSL/Transform}"


def test_every_mode_is_declared_with_on_multiple_match_fail() -> None:
    used: set[str] = set()
    declared: dict[str, str | None] = {}
    for path in xslt_dir().rglob("*.xsl"):
        root = etree.parse(str(path)).getroot()
        for el in root.iter(f"{XSL}template", f"{XSL}apply-templates"):
            used.update(m for m in (el.get("mode") or "").split() if not m.startswith("#"))
        for mode in root.iter(f"{XSL}mode"):
            declared[mode.get("name") or "#unnamed"] = mode.get("on-multiple-match")
    assert used and used <= set(declared), sorted(used - set(declared))
    assert all(value == "fail" for value in declared.values()), declared
    assert not any(re.search(r"priority=", path.read_text(encoding="utf-8")) for path in xslt_dir().rglob("*.xsl"))
