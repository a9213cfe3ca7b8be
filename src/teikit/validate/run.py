"""Validating documents: choosing their schemas, checking them, collecting a report."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from lxml import etree

from teikit.batch.progress import Progress
from teikit.errors import InputError
from teikit.resources import schemas_dir
from teikit.validate.problems import FileResult, Problem, Report, Status
from teikit.validate.rng import RelaxNG
from teikit.validate.schematron import Schematron, saxon_started
from teikit.validate.xmlmodel import SchemaRef, iterate_models, local_copy
from teikit.xml import parse_bytes


class Checker(Protocol):
    """One loaded schema."""

    label: str

    def check(self, tree: etree._ElementTree, lines: list[str] | None = None) -> list[Problem]: ...


@dataclass(frozen=True)
class Options:
    """How to validate: explicit schemas (else the documents' own, else teikit's profile)."""

    schemas: tuple[str, ...] = ()
    embedded_rules: bool = False
    allow_network: bool = False


_SHARE = 8  # files a process takes at a time in parallel runs

_LOADED: dict[tuple[SchemaRef, bool, bool], list[Checker]] = {}


def profile_refs() -> list[SchemaRef]:
    """teikit's own profile: its RELAX NG grammar and its Schematron rules."""
    folder = schemas_dir()
    return [SchemaRef(str(folder / "teikit.rng"), "rng"), SchemaRef(str(folder / "teikit.sch"), "sch")]


def load_checkers(ref: SchemaRef, *, embedded_rules: bool = False, allow_network: bool = False) -> list[Checker]:
    """The checkers for one schema, loaded once per process."""
    key = (ref, embedded_rules, allow_network)
    if key not in _LOADED:
        path = local_copy(ref, allow_network)
        if not path.is_file():
            raise InputError(f"{ref.location}: schema not found")
        checkers: list[Checker] = []
        if ref.kind == "rng":
            grammar = RelaxNG.from_path(path)
            checkers.append(grammar)
            if embedded_rules and (rules := Schematron.embedded_in(grammar.grammar, ref.location)):
                checkers.append(rules)
        elif ref.kind == "xsd":
            from teikit.validate.xsd import XMLSchema  # xmlschema takes a fifth of a second to import

            checkers.append(XMLSchema.from_path(path))
        elif path.suffix.lower() == ".rng":
            rules = Schematron.embedded_in(RelaxNG.from_path(path).grammar, ref.location)
            checkers.extend([rules] if rules else [])
        else:
            checkers.append(Schematron.from_path(path))
        _LOADED[key] = checkers
    return _LOADED[key]


def _refs_for(tree: etree._ElementTree, base: Path | None, options: Options) -> list[SchemaRef]:
    if options.schemas:
        return [SchemaRef.from_location(s) for s in options.schemas]
    return iterate_models(tree, base) or profile_refs()


def _checkers_for(tree: etree._ElementTree, base: Path | None, options: Options) -> list[Checker]:
    found: list[Checker] = []
    for ref in _refs_for(tree, base, options):
        found.extend(load_checkers(ref, embedded_rules=options.embedded_rules, allow_network=options.allow_network))
    return found


def validate_tree(tree: etree._ElementTree, schemas: Sequence[str] | None = None, *, embedded_rules: bool = False) -> list[Problem]:
    """The problems of one parsed document (empty: valid).

    Schemas: ``schemas`` (paths of .rng, .xsd, .sch files), else the document's
    ``<?xml-model?>`` instructions, else teikit's profile. Raises InputError
    when a schema cannot be read.
    """
    base = Path(tree.docinfo.URL) if tree.docinfo.URL else None
    options = Options(tuple(schemas or ()), embedded_rules)
    problems: list[Problem] = []
    for checker in _checkers_for(tree, base, options):
        problems.extend(checker.check(tree))
    return problems


def iterate_files(paths: Iterable[Path]) -> Iterable[Path]:
    """Files as given, and every ``*.xml`` below the folders given, in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.xml") if p.is_file())
        else:
            yield path


@dataclass
class _Loaded:
    path: Path
    tree: etree._ElementTree
    lines: list[str]
    checkers: list[Checker]


def _load(path: Path, options: Options) -> _Loaded | FileResult:
    try:
        data = path.read_bytes()
    except OSError as err:
        return FileResult(str(path), Status.UNREADABLE, [Problem(f"cannot read: {err.strerror or err}")])
    try:
        tree = parse_bytes(data, path)
    except InputError as err:
        text = str(err).removeprefix(f"{path}:")
        line, column, message = (text.split(":", 2) + ["", ""])[:3]
        problem = Problem(message.strip(), int(line or 0), int(column or 0)) if line.isdigit() else Problem(text)
        return FileResult(str(path), Status.MALFORMED, [problem])
    try:
        checkers = _checkers_for(tree, path.resolve(), options)
    except InputError as err:
        return FileResult(str(path), Status.UNREADABLE, [Problem(str(err))])
    lines = data.decode("utf-8", errors="replace").splitlines()
    return _Loaded(path, tree, lines, checkers)


def _validate_file(path: Path, options: Options) -> FileResult:
    item = _load(path, options)
    if isinstance(item, FileResult):
        return item
    problems: list[Problem] = []
    try:
        for checker in item.checkers:
            problems.extend(checker.check(item.tree, item.lines))
    except InputError as err:
        return FileResult(str(item.path), Status.UNREADABLE, [Problem(str(err))])
    status = Status.INVALID if any(p.is_error for p in problems) else Status.VALID
    return FileResult(str(item.path), status, problems, [c.label for c in item.checkers])


def _validate_files(paths: list[Path], options: Options) -> list[FileResult]:
    return [_validate_file(path, options) for path in paths]


def _start_method() -> str:
    """Fork (cheap) unless Saxon already runs in this process: its threads do not survive a fork."""
    from multiprocessing import get_all_start_methods  # parallel runs only: a slow import

    if "fork" in get_all_start_methods() and not saxon_started():
        return "fork"
    return "spawn"


def validate_paths(paths: Iterable[Path], schemas: Sequence[str] | None = None, *, embedded_rules: bool = False,
                   allow_network: bool = False, jobs: int = 1, progress: Progress | None = None) -> Report:
    """Validate files and folders (recursing into ``*.xml``); one bad file never stops the rest.

    A path that does not exist counts as unreadable (exit status 2). A schema
    that cannot be used, or paths that hold no XML file, raise InputError. With
    ``jobs`` > 1 the files are shared out among that many processes. ``progress``
    counts files done.
    """
    started = time.perf_counter()
    options = Options(tuple(schemas or ()), embedded_rules, allow_network)
    for location in options.schemas:  # a schema named on the command line is one error, not one per file
        load_checkers(SchemaRef.from_location(location), embedded_rules=embedded_rules, allow_network=allow_network)
    paths = list(paths)
    files = list(iterate_files(paths))
    if not files:
        raise InputError(f"{', '.join(map(str, paths))}: nothing to validate (no .xml files found)")
    jobs = max(1, min(jobs, len(files)))
    if progress is not None:
        progress.start(len(files))
    if jobs == 1:
        results = []
        for path in files:
            results.append(_validate_file(path, options))
            if progress is not None:
                progress.advance(1)
    else:
        for location in options.schemas:  # simplified once here: forked workers inherit it, spawned ones find it cached
            for checker in load_checkers(SchemaRef.from_location(location), embedded_rules=embedded_rules,
                                         allow_network=allow_network):
                if isinstance(checker, RelaxNG):
                    checker.simplified  # noqa: B018 (built for its side effect)
        from concurrent.futures import ProcessPoolExecutor  # only for parallel runs: a slow import
        from multiprocessing import get_context

        share = max(1, min(_SHARE, -(-len(files) // jobs)))  # small shares keep every process busy to the end
        parts = [files[i:i + share] for i in range(0, len(files), share)]
        with ProcessPoolExecutor(jobs, mp_context=get_context(_start_method())) as pool:
            results = []
            for done in pool.map(_validate_files, parts, [options] * len(parts)):
                results += done
                if progress is not None:
                    progress.advance(len(done))
    return Report(results, time.perf_counter() - started)
