"""Where the files teikit reads at run time live: in the wheel, or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


def _data_dir(packaged: str, checkout: str) -> Path:
    """The packaged copy when installed from a wheel, else the checkout's folder."""
    inside = _PACKAGE / "data" / packaged
    return inside if inside.is_dir() else _CHECKOUT / checkout


def schemas_dir() -> Path:
    """teikit's own schemas: teikit.rng, teikit.xsd, teikit.sch."""
    return _data_dir("schemas", "schemas")


def registers_dir() -> Path:
    """The bundled TEI registers (persons, orgs, places, archives)."""
    return _data_dir("registers", "tei/registers")


def xslt_dir() -> Path:
    """The XSLT 3.0 stylesheets and their CSS."""
    return _PACKAGE / "render" / "xslt"
