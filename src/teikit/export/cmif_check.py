"""CMIF checked as correspSearch checks it: the CMIF RELAX NG schema (with the
Schematron rules embedded in it) and correspSearch's own Schematron rules.

Both schemas are the TEI Correspondence SIG's, unchanged, in ``schemas/cmif/``.
"""

from __future__ import annotations

from lxml import etree

from teikit.resources import schemas_dir
from teikit.validate import Problem, validate_tree


def cmif_schemas() -> list[str]:
    """The CMIF RELAX NG schema and correspSearch's Schematron rules (paths)."""
    folder = schemas_dir() / "cmif"
    return [str(folder / "cmi-customization.rng"), str(folder / "cmif.sch")]


def check_cmif(tree: etree._ElementTree | etree._Element) -> list[Problem]:
    """The problems correspSearch would find in a CMIF document (errors and warnings; empty: accepted)."""
    if isinstance(tree, etree._Element):
        tree = etree.ElementTree(tree)
    return validate_tree(tree, cmif_schemas(), embedded_rules=True)
