"""Authority identifiers for register entries, proposed by reconciliation services and accepted by an editor.

``propose`` asks services that speak the W3C Reconciliation Service API
(``reconcile_services.toml``: Wikidata, lobid-gnd) for candidates for each
register entry that lacks their authority's identifier, and, for a service
that can, the same entity's identifiers in other authority files (VIAF and GND
of a Wikidata item, through the API's data extension). The answer is a
``Proposals`` file for an editor to read. ``accept`` writes the identifiers of
the candidates an editor accepts into the register as ``idno`` elements: a
candidate the service itself marks as a match, or one the editor names. Nothing
is guessed: an entry without a marked or named candidate is left as it is, and
only identifiers a service returned are ever written.
"""

from __future__ import annotations

import ipaddress
import json
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from teikit import __version__
from teikit.batch.outputs import WriteOptions, write_files
from teikit.errors import InputError
from teikit.export.authority import BY_NAME, idno_uri
from teikit.export.entities import entry_label
from teikit.registers import Entry, Registers
from teikit.xml import XML_ID, parse_bytes, read_bytes, tei

SERVICES_FILE = Path(__file__).with_name("reconcile_services.toml")
BATCH = 10
TIMEOUT = 30


@dataclass(frozen=True)
class Service:
    """A reconciliation endpoint, the authority its ids belong to, its types and extension properties."""

    name: str
    endpoint: str
    authority: str
    types: dict[str, str]
    extend: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)

    @property
    def local(self) -> bool:
        """True when the endpoint is on this machine (no network needed)."""
        host = urllib.parse.urlsplit(self.endpoint).hostname or ""
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False


def load_services(names: list[str] | None = None, endpoints: dict[str, str] | None = None) -> list[Service]:
    """The services of reconcile_services.toml (all, or those named), endpoints overridden by name."""
    table = tomllib.loads(SERVICES_FILE.read_text(encoding="utf-8"))
    endpoints = endpoints or {}
    unknown = sorted((set(names or []) | set(endpoints)) - set(table))
    if unknown:
        raise InputError(f"no reconciliation service {', '.join(unknown)}; known: {', '.join(table)}")
    services = []
    for name in names or list(table):
        spec = table[name]
        services.append(Service(name, endpoints.get(name, spec["endpoint"]), spec["authority"],
                                dict(spec["types"]), dict(spec.get("extend", {})), dict(spec.get("dates", {}))))
    return services


@dataclass
class Candidate:
    """One answer of a service: an authority id, its name and description, score and the service's match flag."""

    authority: str
    id: str
    uri: str
    name: str
    description: str
    score: float
    match: bool
    also: dict[str, str] = field(default_factory=dict)


@dataclass
class Proposal:
    """The candidates for one register entry."""

    kind: str
    label: str
    file: str
    candidates: list[Candidate] = field(default_factory=list)

    def matched(self) -> list[Candidate]:
        """Candidates the service marked as a match, at most one per authority (two: none is sure)."""
        found: dict[str, list[Candidate]] = {}
        for candidate in self.candidates:
            if candidate.match:
                found.setdefault(candidate.authority, []).append(candidate)
        return [c[0] for c in found.values() if len(c) == 1]


@dataclass
class Proposals:
    """What the services proposed, by register key."""

    entries: dict[str, Proposal] = field(default_factory=dict)

    def to_json(self) -> bytes:
        data = {"proposals": {key: asdict(p) for key, p in sorted(self.entries.items())}}
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def read(cls, path: Path) -> Proposals:
        """A proposals file as ``propose`` wrote it (InputError when it is not one)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = {
                key: Proposal(p["kind"], p["label"], p["file"], [Candidate(**c) for c in p["candidates"]])
                for key, p in data["proposals"].items()
            }
        except OSError as err:
            raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(f"{path}: not a proposals file of teikit registers reconcile ({err})") from None
        for key, proposal in entries.items():
            if Path(proposal.file).name != proposal.file:
                raise InputError(f"{path}: {key}: register file {proposal.file!r} is not a file name")
            for candidate in proposal.candidates:
                for authority, ident in ((candidate.authority, candidate.id), *candidate.also.items()):
                    if authority not in BY_NAME or not idno_uri(authority, ident):
                        raise InputError(f"{path}: {key}: {authority} {ident!r} is not an identifier teikit knows")
        return cls(entries)


# --- asking ---------------------------------------------------------------------


def query_name(entry: Entry) -> str:
    """The name to ask for: 'Forename Surname' of a structured main name, else the entry's label."""
    label = entry_label(entry.element) or entry.label
    surname, _, forename = label.partition(", ")
    return f"{forename} {surname}" if forename else label


def _post(service: Service, field_name: str, payload: dict[str, Any]) -> dict[str, Any]:
    data = urllib.parse.urlencode({field_name: json.dumps(payload)}).encode()
    request = urllib.request.Request(service.endpoint, data=data, headers={
        "User-Agent": f"teikit/{__version__}", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 (http(s) only, checked)
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        raise InputError(f"{service.name}: {service.endpoint} answered {err.code} {err.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise InputError(f"{service.name}: cannot reach {service.endpoint}: {reason}") from None
    except ValueError:
        raise InputError(f"{service.name}: {service.endpoint} did not answer in JSON") from None
    if not isinstance(answer, dict):
        raise InputError(f"{service.name}: {service.endpoint} did not answer as a reconciliation service does")
    return answer


def _candidates(service: Service, answer: Any) -> list[Candidate]:
    """The well-formed candidates of one query's answer; ids that are not of the service's authority are dropped."""
    found = []
    results = answer.get("result", []) if isinstance(answer, dict) else []
    for result in results if isinstance(results, list) else []:
        if not isinstance(result, dict):
            continue
        uri = idno_uri(service.authority, str(result.get("id", "")))
        match = BY_NAME[service.authority].recognise.match(uri or "")
        if not uri or not match:
            continue
        found.append(Candidate(service.authority, match.group(1), uri,
                               str(result.get("name", "")), str(result.get("description", "") or ""),
                               _score(result.get("score")), result.get("match") is True))
    return found


def _score(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _extend(service: Service, candidates: list[Candidate]) -> None:
    """The same entities' ids in other authority files, from the service's data extension."""
    if not service.extend or not candidates:
        return
    payload = {"ids": [c.id for c in candidates], "properties": [{"id": p} for p in service.extend]}
    rows = _post(service, "extend", payload).get("rows", {})
    for candidate in candidates:
        row = rows.get(candidate.id, {}) if isinstance(rows, dict) else {}
        for prop, authority in service.extend.items():
            cells = row.get(prop, []) if isinstance(row, dict) else []
            values = [str(v.get("str") or v.get("id") or "") for v in cells if isinstance(v, dict)]
            uris = {uri for v in values if (uri := idno_uri(authority, v))}
            if len(uris) == 1:  # two ids for one entity: the editor must look, so none is proposed
                candidate.also[authority] = BY_NAME[authority].recognise.match(uris.pop()).group(1)  # type: ignore[union-attr]


def propose(registers: Registers, services: list[Service], *, kind: str = "person", keys: list[str] | None = None,
            limit: int = 3, allow_network: bool = False) -> Proposals:
    """Ask each service for the entries of one kind that lack its authority's identifier."""
    for service in services:
        if not service.local and not allow_network:
            raise InputError(f"asking {service.name} at {service.endpoint} needs --allow-network "
                             "(teikit goes on the network only when told to)")
    entries = [e for e in registers.of_kind(kind) if keys is None or e.key in keys]
    missing = sorted(set(keys or []) - {e.key for e in entries})
    if missing:
        raise InputError(f"no {kind} entry with key {', '.join(missing)} in {registers.folder}")
    proposals = Proposals()
    for service in services:
        if kind not in service.types:
            continue
        asking = [e for e in entries if not _has_authority(e.element, service.authority)]
        for start in range(0, len(asking), BATCH):
            batch = asking[start:start + BATCH]
            queries = {f"q{i}": _query(service, e, kind, limit) for i, e in enumerate(batch)}
            answers = _post(service, "queries", queries)
            for i, entry in enumerate(batch):
                candidates = _candidates(service, answers.get(f"q{i}"))[:limit]
                _extend(service, candidates)
                if candidates:
                    proposal = proposals.entries.setdefault(
                        entry.key, Proposal(kind, entry_label(entry.element) or entry.label, entry.source))
                    proposal.candidates.extend(candidates)
    return proposals


def _query(service: Service, entry: Entry, kind: str, limit: int) -> dict[str, Any]:
    """One query: the entry's name and type, with its life dates where the service takes them."""
    query: dict[str, Any] = {"query": query_name(entry), "type": service.types[kind], "limit": limit}
    properties = []
    for event, pid in service.dates.items():
        found = entry.element.find(tei(event))
        when = found.get("when") if found is not None else None
        if when:
            properties.append({"pid": pid, "v": when})
    if properties:
        query["properties"] = properties
    return query


def _has_authority(element: etree._Element, authority: str) -> bool:
    return any(BY_NAME[authority].recognise.match(uri) for uri in _idno_uris(element))


def _idno_uris(element: etree._Element) -> list[str]:
    found = (idno_uri(i.get("type"), "".join(i.itertext())) for i in element.iterchildren(tei("idno")))
    return [uri for uri in found if uri]


# --- accepting ------------------------------------------------------------------


def choose(proposals: Proposals, accepted: list[str]) -> dict[str, list[Candidate]]:
    """The candidates to write, by key: ``KEY`` takes the service's marked match(es), ``KEY=AUTHORITY:ID`` one named candidate."""
    chosen: dict[str, list[Candidate]] = {}
    for given in accepted:
        key, _, named = given.partition("=")
        proposal = proposals.entries.get(key)
        if proposal is None:
            raise InputError(f"--accept {given}: no proposal for {key!r}")
        if named:
            authority, _, ident = named.partition(":")
            picked = [c for c in proposal.candidates if c.authority == authority and c.id == ident]
            if not picked:
                offered = ", ".join(f"{c.authority}:{c.id}" for c in proposal.candidates)
                raise InputError(f"--accept {given}: not among the candidates for {key!r} ({offered})")
        else:
            picked = proposal.matched()
            if not picked:
                raise InputError(f"--accept {key}: no candidate is marked as a match; name one as "
                                 f"{key}=AUTHORITY:ID after checking the proposals")
        chosen.setdefault(key, []).extend(picked)
    return chosen


def accept(registers: Registers, proposals: Proposals, accepted: list[str],
           write: WriteOptions = WriteOptions()) -> list[str]:
    """Write the chosen identifiers into the register files; the lines of what was added.

    An identifier the entry already has is skipped; one that contradicts an
    identifier of the same authority already there is an InputError (nothing written).
    The files are written through teikit's writer, all or none: one edited since
    this run read it is kept (KeptError) unless ``write.force``.
    """
    chosen = choose(proposals, accepted)
    trees: dict[Path, etree._ElementTree] = {}
    read: dict[Path, bytes] = {}
    added: list[str] = []
    for key, candidates in chosen.items():
        path = registers.folder / proposals.entries[key].file
        if proposals.entries[key].file not in registers.by_file:
            raise InputError(f"{path}: no such register file (the proposals were made for another register)")
        if path not in trees:
            read[path] = read_bytes(path)
            trees[path] = parse_bytes(read[path], path)
        tree = trees[path]
        element = next((e for e in tree.getroot().iter() if e.get(XML_ID) == key), None)
        if element is None:
            raise InputError(f"{path}: no entry {key!r} (the register changed since the proposals were made)")
        for authority, ident in _identifiers(candidates):
            uri = idno_uri(authority, ident)
            have = [u for u in _idno_uris(element) if BY_NAME[authority].recognise.match(u)]
            if uri in have:
                continue
            if have:
                raise InputError(f"{path}: {key} already has {authority} {have[0]}, not {uri}; nothing written")
            _add_idno(element, authority, ident)
            added.append(f"{key}: {authority} {ident}")
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    write_files("registers reconcile", write,
                [(path, head + etree.tostring(tree, encoding="UTF-8") + b"\n", read[path]) for path, tree in trees.items()])
    return added


def _identifiers(candidates: list[Candidate]) -> list[tuple[str, str]]:
    pairs: dict[str, str] = {}
    for candidate in candidates:
        pairs.setdefault(candidate.authority, candidate.id)
        for authority, ident in candidate.also.items():
            pairs.setdefault(authority, ident)
    return list(pairs.items())


def _add_idno(element: etree._Element, authority: str, ident: str) -> None:
    """Append <idno type=authority>ident</idno>, indented like the entry's other children."""
    idno = etree.Element(tei("idno"), type=authority)
    idno.text = ident
    children = [c for c in element if isinstance(c.tag, str)]
    if children:
        last = children[-1]
        idno.tail = last.tail
        last.tail = (element.text or "\n")
        last.addnext(idno)
    else:
        element.append(idno)
