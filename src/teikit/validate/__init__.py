"""Validate TEI against RELAX NG (lxml), XML Schema (xmlschema) and ISO Schematron (Saxon).

``validate_tree`` checks one parsed document; ``validate_paths`` checks files
and folders and returns a ``Report``. Without explicit schemas a document is
checked against the schemas its ``<?xml-model?>`` instructions name, else
against teikit's own profile (``schemas/teikit.rng`` and ``teikit.sch``).
"""

from teikit.validate.problems import FileResult as FileResult
from teikit.validate.problems import Problem as Problem
from teikit.validate.problems import Report as Report
from teikit.validate.problems import Status as Status
from teikit.validate.run import iterate_files as iterate_files
from teikit.validate.run import validate_paths as validate_paths
from teikit.validate.run import validate_tree as validate_tree
