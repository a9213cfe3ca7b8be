#!/usr/bin/env python3
"""Raw pages with answer keys, made from letters of published TEI editions.

Each letter becomes a page as a web copy or a typed transcript would show it:
a heading (or none), the edition's text with its dateline, salutation and
signature on lines of their own, the archival citation, the editorial notes
under a notes heading, and site furniture (navigation bars, breadcrumbs,
download and licence lines, running heads of a printed volume). The layout is
chosen from a hash of the file name, so every run writes the same pages.

The answer key (`NAME.gold.json`, the project's gold format) comes from the
edition's own markup: correspondents, date and place from `correspDesc`,
persons from `persName`/`rs[@type='person']` of the text and notes, notes and
markers as inserted, the citation from `msIdentifier`, and the furniture lines
exactly as inserted.

    python3 pages_from_tei.py TEI_DIR OUT_DIR [--max-blocks N]

Needs Python 3 and lxml.
"""
from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"t": TEI}
HERE = Path(__file__).resolve().parent

# Editions made into pages (folders of TEI_DIR), with the furniture a site of each shows.
EDITIONS = {
    "schnitzler-briefe": {"site": "Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren",
                          "lang": "de", "volume": "BRIEFWECHSEL"},
    "bahr-schnitzler": {"site": "Hermann Bahr – Arthur Schnitzler: Briefwechsel, Aufzeichnungen, Dokumente",
                        "lang": "de", "volume": "BAHR – SCHNITZLER"},
    "tillich-briefe": {"site": "Paul Tillich: Briefwechsel und Korrespondenz", "lang": "de",
                       "volume": "TILLICH · BRIEFE"},
    "escher-briefe": {"site": "Alfred Escher Briefedition", "lang": "de", "volume": "ESCHER · BRIEFE"},
    "suriano": {"site": "The Dispatches of Christofforo Suriano", "lang": "en",
                "volume": "DISPATCHES FROM THE HAGUE"},
}

# A line break kept inside a block (an address in an opener).
BREAK = "\x01"
# Inline elements whose content a reading text leaves out.
SKIP = {"del", "figure", "figDesc", "fw", "gap", "metamark", "head",
        "listPerson", "listPlace", "listOrg", "listBibl", "listEvent", "listWit", "facsimile"}
# In a choice, the reading a web copy shows: the abbreviation as written (an edition's
# expansion may be a gloss, `Doktor / Doctor`), the corrected and the regularised text.
READING = ("abbr", "corr", "reg")
# One-word mentions that name a relation or office, not the person (kept out of `persons`).
NOT_NAMES = {w.strip() for w in (HERE / "not_names.txt").read_text(encoding="utf-8").split() if w.strip()}
# Words that make a correspondent's name the name of a body (a publisher, a bank, a senate).
ORG_WORDS = set((HERE / "org_words.txt").read_text(encoding="utf-8").split())
PLACE_EN = dict(line.split("\t") for line in (HERE / "place_names.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#"))

NAV = {
    "pipe": "Startseite | Briefe | Kalender | Register | Suche | Über das Projekt",
    "gt": "Home > Correspondence > Letters > {title}",
    "guillemet": "Start » Edition » Briefe » {year}",
    "pipe-en": "Home | Letters | Persons | Places | About | Contact",
}
DOWNLOAD = ["Download: TEI-XML (24 KB) | PDF (180 KB)", "XML herunterladen | PDF | Zitieren"]
LICENCE = ["Lizenz: CC BY 4.0 – Transkription und Kommentar: Editionsteam",
           "This transcription is licensed under CC BY-SA 4.0. Transcribed by the project team.",
           "© Alle Rechte vorbehalten. Nachnutzung nach CC BY 4.0 erlaubt."]
NOTES_HEADINGS = ["Notes", "Anmerkungen", "Notes de l'éditeur", ""]
NOTE_STYLES = ["glued", "bracket", "paren", "star", "superscript"]
HEADINGS = ["to", "an", "brief-von", "dash", "from-date", "number-no", "number-dot", "date-first", "none"]
DATELINE = ["top-right", "after-heading", "end"]
MIN_SURNAME = 3  # letters of a surname looked for unmarked in the text ("Bahr", not "Wr")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def ascii_key(text: str) -> str:
    """A surname as a person key: lower-case ASCII letters and digits."""
    text = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))  # no decomposition: Großmann
    return "".join(c for c in text if c.isascii() and c.isalnum())


def squash(text: str) -> str:
    return " ".join(text.split())


def local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


@dataclass
class Note:
    text: str = ""
    persons: list[str] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)  # texts of the person mentions the edition marks


@dataclass
class Block:
    role: str  # p, dateline, opener, salute, closer, signed, postscript, address
    text: str = ""
    persons: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)  # indexes into Letter.notes, in order
    marked: list[str] = field(default_factory=list)  # texts of the person mentions the edition marks


@dataclass
class Letter:
    name: str
    edition: str
    senders: list[tuple[str, str]]  # (display name, key)
    recipients: list[tuple[str, str]]
    date: dict | None
    date_text: str
    place: str | None
    place_text: str
    archive: dict | None
    citation: str | None
    blocks: list[Block]
    notes: list[Note]


class Names:
    """Person ids of one file to their names, from its lists and its header."""

    def __init__(self, root):
        self.by_id: dict[str, tuple[str, list[str]]] = {}  # id -> (surname, name tokens)
        for person in root.iter(f"{{{TEI}}}person"):
            pid = person.get(XML_ID)
            pn = person.find("t:persName", NS)
            if pid and pn is not None:
                surname = pn.find("t:surname", NS)
                text = squash("".join(pn.itertext()))
                sur = squash("".join(surname.itertext())) if surname is not None else surname_of(text)
                self.by_id[pid] = (sur, tokens(text))
        header = root.find("t:teiHeader", NS)
        for pn in header.iter(f"{{{TEI}}}persName", f"{{{TEI}}}name"):
            for rid in ids(pn):
                self.by_id.setdefault(rid, (surname_of(squash("".join(pn.itertext())), pn.get("key")),
                                            tokens("".join(pn.itertext()))))
        # A person the file points at but does not list is named by its fullest mention in the file:
        # the last word of the mention of most words, the shortest such word ("Schelling", not the
        # genitive "Schellings"), so that every mention of one person has one key.
        fullest: dict[str, list[tuple[int, int, str, list[str]]]] = {}
        for el in root.iter(f"{{{TEI}}}persName", f"{{{TEI}}}rs"):
            refs = ids(el)
            if len(refs) == 1 and refs[0] not in self.by_id and (local(el) == "persName" or el.get("type") == "person"):
                words = [w for w in tokens("".join(el.itertext())) if w[:1].isupper() and w not in NOT_NAMES]
                if words:
                    fullest.setdefault(refs[0], []).append((-len(words), len(words[-1]), words[-1], words))
        for rid, forms in fullest.items():
            _, _, sur, words = min(forms)
            if sur.endswith("s") and any(last == sur[:-1] for _, _, last, _ in forms):
                sur = sur[:-1]  # "Franz Overbecks" beside "Overbeck": a genitive
            self.by_id[rid] = (sur, words)
        self.surnames: dict[str, str] = {}  # surname as written -> key, of every person a mention names

    def mention(self, el) -> str | None:
        """The person key of a mention, or None when the words do not name the person."""
        text = squash("".join(t for t in el.itertext()))
        refs = ids(el)
        if len(refs) > 1:
            return None  # a group ("die Großeltern")
        words = [w for w in tokens(text) if w[:1].isupper()]
        if not words:
            return None
        if refs and refs[0] in self.by_id:
            sur, name_tokens = self.by_id[refs[0]]
            if any(shares_stem(w, n) for w in words for n in name_tokens):
                return self.named(sur)
            return None
        if el.get("key") and local(el) == "persName":
            sur = surname_of(text, el.get("key"))
            return self.named(sur) if any(shares_stem(w, n) for w in words for n in tokens(el.get("key"))) else None
        if len(words) == 1 and words[0] in NOT_NAMES:
            return None
        return self.named(re.sub(r"['’]s$", "", words[-1]))

    def named(self, surname: str) -> str | None:
        """The key of a surname, remembered so that the letter's unmarked mentions of it count too."""
        key = ascii_key(surname) or None
        if key:
            self.surnames.setdefault(surname, key)
        return key


def unmarked(text: str, marked: list[str], known: dict[str, str]) -> list[str]:
    """Mentions the edition leaves unmarked of persons its markup or header names in the letter: each
    surname (or its genitive) written in the text more often than in the marked mentions."""
    found = []
    for surname, key in known.items():
        if len(surname) < MIN_SURNAME or not surname[:1].isupper() or surname in NOT_NAMES:
            continue
        word = re.compile(rf"(?<![\w-]){re.escape(surname)}(?:s|['’]s)?(?![\w-])")
        extra = len(word.findall(text)) - sum(len(word.findall(m)) for m in marked)
        found.extend([key] * max(0, extra))
    return found


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def shares_stem(word: str, name: str) -> bool:
    n = min(len(name), 4)
    return len(name) > 1 and word.lower()[:n] == name.lower()[:n] and len(word) >= n


def ids(el) -> list[str]:
    return [r.split("#")[-1] for r in (el.get("ref") or "").split() if r]


def surname_of(text: str, key: str | None = None) -> str:
    """`Bahr, Hermann` -> Bahr; key `Ecklin Daniel` -> Ecklin; `Paul Tillich` -> Tillich."""
    if key:
        return re.sub(r"\(.*?\)", "", key).split()[0]
    text = re.sub(r"\[|\]|\(.*?\)", "", text).strip()
    if "," in text:
        return text.split(",")[0].strip()
    toks = tokens(text)
    return toks[-1] if toks else text


class Reader:
    """One TEI letter to blocks of reading text, notes and person mentions."""

    def __init__(self, root, names: Names):
        self.names = names
        self.notes: list[Note] = []
        self.by_id = {n.get(XML_ID): n for n in root.iter(f"{{{TEI}}}note") if n.get(XML_ID)}
        pointed = {t.split("#")[-1] for p in root.iter(f"{{{TEI}}}ptr") for t in (p.get("target") or "").split()}
        self.pointed = {i for i in pointed if i in self.by_id}
        self.blocks: list[Block] = []
        self.in_closer = False

    def part(self, name: str) -> str:
        """A salutation inside a closer is part of the closing (`Hochachtungsvoll`), not the salute."""
        return "closer" if name == "salute" and self.in_closer else name

    # -- blocks
    def read(self, text_el) -> list[Block]:
        for part in text_el:
            if local(part) in ("front", "body", "back"):
                self.container(part, "p")
        return [b for b in self.blocks if squash(b.text)]

    def container(self, el, role: str) -> None:
        for child in el:
            name = local(child)
            if not name or name in SKIP or (name == "note" and child.get(XML_ID) in self.pointed):
                continue
            if name == "div":
                kind = (child.get("type") or "").lower()
                sub = {"dateline": "dateline", "opener": "opener", "signature": "signed",
                       "postscript": "postscript"}.get(kind, role)
                self.container(child, sub)
            elif name in ("opener", "closer"):
                self.in_closer = name == "closer"
                if any(local(c) in ("p", "ab") for c in child):
                    self.container(child, "p")
                else:
                    self.mixed(child, name, lines=True)
                self.in_closer = False
            elif name == "postscript":
                self.container(child, "postscript")
            elif name in ("dateline", "salute", "signed"):
                self.mixed(child, self.part(name))
            elif name in ("address", "table", "row", "list"):
                self.container(child, role)
            elif name in ("addrLine", "cell", "item", "label"):
                self.mixed(child, "address" if name == "addrLine" else role)
            elif name == "note":
                continue  # a note outside running text that no marker points at
            else:  # a paragraph; in a div the edition calls opener, the last one of more than a word
                paragraphs = [c for c in el if local(c) in ("p", "ab") and len("".join(c.itertext()).split()) > 1]
                last = not paragraphs or child is paragraphs[-1]
                self.mixed(child, ("salute" if last else "p") if role == "opener" else role,
                           lines=role in ("signed", "dateline"), keep_lines=role == "opener")

    def mixed(self, el, role: str, lines: bool = False, keep_lines: bool = False) -> None:
        """A block whose salute, dateline or signature children get lines of their own.

        `lines`: each line break starts a new block; `keep_lines`: line breaks stay in the block."""
        cur = Block(role)
        self.blocks.append(cur)

        def flush():
            nonlocal cur
            cur = Block(role)
            self.blocks.append(cur)

        def walk(node, top: bool):
            if node.text:
                cur.text += node.text
            for child in node:
                name = local(child)
                if top and name in ("salute", "signed", "dateline") and child is not el:
                    flush()
                    sub = Block(self.part(name))
                    self.blocks.append(sub)
                    self.inline(child, sub)
                    flush()
                elif top and name == "lb" and lines and squash(re.sub(r"\x00\d+\x00", "", cur.text)):
                    flush()
                elif top and name == "lb" and keep_lines:
                    cur.text += BREAK
                else:
                    self.inline_child(child, cur)
                if child.tail:
                    cur.text += child.tail

        walk(el, True)

    def inline(self, el, block: Block) -> None:
        if el.text:
            block.text += el.text
        for child in el:
            self.inline_child(child, block)
            if child.tail:
                block.text += child.tail

    def inline_child(self, child, block: Block) -> None:
        name = local(child)
        if not name or name in SKIP:
            return
        if name == "note":
            if child.get(XML_ID) not in self.pointed:
                self.add_note(child, block)
        elif name == "ptr":
            for t in (child.get("target") or "").split():
                if t.split("#")[-1] in self.pointed:
                    self.add_note(self.by_id[t.split("#")[-1]], block)
        elif name == "lb":
            block.text += "" if child.get("break") == "no" else " "
        elif name == "pb":
            block.text += "" if child.get("break") == "no" else " "
        elif name == "space":
            block.text += " "
        elif name == "choice":
            pick = next((c for r in READING for c in child if local(c) == r), None)
            if pick is None:
                pick = next((c for c in child if local(c)), None)
            if pick is not None:
                self.inline(pick, block)
        elif name in ("salute", "signed", "dateline", "p"):
            block.text += " "
            self.inline(child, block)
            block.text += " "
        else:
            if name in ("persName", "rs") and (name == "persName" or child.get("type") == "person"):
                block.marked.append(squash("".join(child.itertext())))
                key = self.names.mention(child)
                if key:
                    block.persons.append(key)
            self.inline(child, block)

    def add_note(self, note_el, block: Block) -> None:
        inner = Block("note")
        self.inline(note_el, inner)
        text = squash(inner.text)
        text = re.sub(r"^\d+\s+", "", text) if note_el.get(XML_ID) in self.pointed else text
        if not text:
            return
        block.notes.append(len(self.notes))
        block.text += f"\x00{len(self.notes)}\x00"
        # notes nested in a note become part of its text
        self.notes.append(Note(re.sub(r"\x00\d+\x00", "", text), inner.persons, inner.marked))


# -- header facts

def correspondents(root) -> tuple[list, list]:
    """(sent, received) lists of (display, key) from correspDesc or the older sender/addressee."""
    desc = root.find(".//t:correspDesc", NS)
    if desc is None:
        return [], []
    title = squash("".join(root.find(".//t:titleStmt/t:title", NS).itertext()))
    sent, recv = [], []
    for action in desc.iterfind("t:correspAction", NS):
        people = [p for p in action if local(p) in ("persName", "name", "orgName")]
        typed = [p for p in people if p.get("type") in ("sender", "addressee")]
        if action.get("type") == "sent" and len(typed) == 2:
            # both correspondents in one action; the title `X an Y` says who wrote
            head = title.split(" an ")[0]
            for p in typed:
                (sent if squash("".join(p.itertext())) in head else recv).append(agent(p))
            continue
        target = sent if action.get("type") == "sent" else recv if action.get("type") == "received" else None
        if target is not None:
            target.extend(agent(p) for p in people)
    for tag, target in (("sender", sent), ("addressee", recv)):
        for holder in desc.iterfind(f"t:{tag}", NS):
            target.extend(agent(p) for p in holder if local(p) in ("persName", "orgName", "name"))
    return [a for a in sent if a], [a for a in recv if a]


def agent(el) -> tuple[str, str] | None:
    text = squash("".join(el.itertext()))
    if not text or text.lower().startswith(("anonym", "unbekannt", "unknown")):
        return None
    display = " ".join(reversed([s.strip() for s in text.split(",", 1)])) if "," in text else text
    if local(el) == "orgName" or ORG_WORDS & set(tokens(text)):
        return display, "org:" + "-".join(tokens(ascii_text(text).lower()))
    return display, ascii_key(surname_of(text, el.get("key")))


def ascii_text(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def sent_date(root) -> tuple[dict | None, str]:
    for path in (".//t:correspDesc/t:correspAction[@type='sent']/t:date", ".//t:correspDesc/t:dateSender/t:date",
                 ".//t:correspDesc/t:correspAction/t:date"):
        d = root.find(path, NS)
        if d is not None:
            value = {k: d.get(k) for k in ("when", "from", "to", "notBefore", "notAfter") if d.get(k)}
            text = squash("".join(d.itertext()))
            return precise(value, text) or None, text
    return None, ""


def precise(value: dict, text: str) -> dict:
    """A date only as precise as the edition knows it: `[1849]` with @when 1849-01-01 is 1849,
    `[Februar 1877?]` is 1877-02, and a range over a whole year or month is that year or month."""
    if set(value) == {"when"} and len(re.findall(r"\d+", text)) == 1:
        return {"when": value["when"][:7] if re.search(r"[^\W\d_]{3,}", text) else value["when"][:4]}
    if set(value) == {"notBefore", "notAfter"} and len(value["notBefore"]) == len(value["notAfter"]) == 10:
        (y1, m1, d1), (y2, m2, d2) = (map(int, value[k].split("-")) for k in ("notBefore", "notAfter"))
        if y1 == y2 and (m1, d1, m2, d2) == (1, 1, 12, 31):
            return {"when": f"{y1:04d}"}
        if (y1, m1) == (y2, m2) and d1 == 1 and d2 == calendar.monthrange(y1, m1)[1]:
            return {"when": f"{y1:04d}-{m1:02d}"}
    return value


def sent_place(root) -> tuple[str | None, str]:
    """The place of sending in its English form, and as the edition writes it."""
    for path in (".//t:correspDesc/t:correspAction[@type='sent']/t:placeName",
                 ".//t:correspDesc/t:correspAction[@type='sent']/t:settlement",
                 ".//t:correspDesc/t:placeSender/t:placeName"):
        p = root.find(path, NS)
        if p is not None:
            text = squash(" ".join(p.itertext()) if p.find("t:lb", NS) is not None else "".join(p.itertext()))
            text = text.strip("[]? ")
            if text and not text.lower().startswith(("s.l", "o.o", "unbekannt")):
                town = re.sub(r"\s*\([^)]*\)$", "", text)  # `Küsnacht (ZH)`: the canton is not the place
                return PLACE_EN.get(town, town), text
    return None, ""


def archive_of(root) -> tuple[dict | None, str | None]:
    ident = root.find(".//t:sourceDesc//t:msIdentifier", NS)
    if ident is None:
        return None, None
    def get(tag):
        el = ident.find(f"t:{tag}", NS)
        return squash("".join(el.itertext())) if el is not None and squash("".join(el.itertext())) else None
    repo = get("repository") or get("institution")
    if not repo:
        return None, None
    shelf = next((squash("".join(i.itertext())) for i in ident.iterfind("t:idno", NS)
                  if i.get("type") in ("shelf", None) and squash("".join(i.itertext()))), None)
    if shelf and shelf.startswith(("ASVe", repo)):
        citation = f"{get('institution') or repo}, {shelf.split(', ', 1)[1]}" if shelf.startswith("ASVe") else shelf
    else:
        citation = ", ".join(x for x in (get("settlement"), repo, get("collection"), shelf) if x)
    folios = re.search(r"\b(?:fol|Bl|Blatt)\.?\s*(\S+)$", shelf or "")
    archive = {"repository": repo, "fond": None, "opis": None, "delo": None,
               "folios": folios.group(1) if folios else None, "form": None, "shelfmark": shelf}
    return archive, citation


def read_letter(path: Path, edition: str) -> Letter:
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                 remove_comments=True, remove_pis=True)).getroot()
    names = Names(root)
    reader = Reader(root, names)
    blocks = reader.read(root.find("t:text", NS))
    sent, recv = correspondents(root)
    known = dict(names.surnames)
    for display, key in sent + recv:
        if not key.startswith("org:") and display:
            known.setdefault(surname_of(display), key)
    for part in [*blocks, *reader.notes]:
        part.persons.extend(unmarked(part.text, part.marked, known))
    date, date_text = sent_date(root)
    archive, citation = archive_of(root)
    return Letter(path.stem, edition, sent, recv, date, date_text, *sent_place(root), archive, citation,
                  blocks, reader.notes)


# -- layout

def pick(name: str, salt: str, options: list):
    digest = hashlib.sha256(f"{salt}:{name}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def marker(style: str, n: int) -> tuple[str, str, str]:
    """(in the text, at the note, intended form) of note n (1-based)."""
    if style == "glued":
        return str(n), f"{n} ", str(n)
    if style == "bracket":
        return f"[{n}]", f"[{n}] ", str(n)
    if style == "paren":
        return f" ({n})", f"({n}) ", str(n)
    if style == "star":
        return "*" * n, "*" * n + " ", "*" * n
    return str(n).translate(SUPERSCRIPT), str(n).translate(SUPERSCRIPT) + " ", str(n)


def heading(form: str, letter: Letter, number: int, date_text: str, lang: str = "de") -> str | None:
    joiner = " und " if lang == "de" else " and "
    s = joiner.join(d for d, _ in letter.senders) or ("Unbekannt" if lang == "de" else "Unknown")
    r = joiner.join(d for d, _ in letter.recipients) or ("Unbekannt" if lang == "de" else "Unknown")
    return {
        "to": f"{s} to {r}",
        "an": f"{s} an {r}",
        "brief-von": f"Brief von {s} an {r}",
        "dash": f"{s} — {r}",
        "from-date": f"From {s} to {r}, {date_text}",
        "number-no": f"No. {number}",
        "number-dot": f"{number}.",
        "date-first": f"{date_text}: {s} an {r}",
        "none": None,
    }[form] if lang == "de" or form in ("to", "dash", "from-date") or form.startswith("number") else {
        "an": f"{s} to {r}", "brief-von": f"Letter from {s} to {r}", "date-first": f"{date_text}: {s} to {r}",
        "none": None}[form]


def render(letter: Letter, max_blocks: int) -> tuple[str, dict]:
    name = f"{letter.edition}_{letter.name}"
    site = EDITIONS[letter.edition]
    blocks = cut(letter.blocks, max_blocks)
    has_dateline = any(b.role == "dateline" for b in blocks)
    form = pick(name, "heading", HEADINGS)
    if form == "none" and not (has_dateline and letter.senders and letter.recipients):
        form = "date-first"
    number = 1 + int(hashlib.sha256(name.encode()).hexdigest()[:6], 16) % 400
    date_text = letter.date_text or "o. D."
    numbered = form.startswith("number")
    # what the text does not say of place and date, the heading (or the line under a number) says
    dateline_text = " ".join(squash(b.text) for b in blocks if b.role == "dateline")
    missing = [letter.place_text] if letter.place_text and letter.place_text not in dateline_text else []
    if not has_dateline and letter.date_text and form not in ("from-date", "date-first"):
        missing.append(letter.date_text)
    suffix = "".join(", " + x for x in missing)
    head = heading(form, letter, number, date_text, site["lang"])
    if head and not numbered and form != "from-date":
        head += suffix
    elif form == "from-date" and suffix:
        head = head.replace(f", {date_text}", f"{suffix}, {date_text}")
    style = pick(name, "notes", NOTE_STYLES)
    notes_heading = pick(name, "notes-heading", NOTES_HEADINGS)
    dl_place = pick(name, "dateline", DATELINE)
    nav = pick(name, "nav", list(NAV))
    running = pick(name, "running", [False, True, False])
    bottom = pick(name, "bottom", [[], [DOWNLOAD[0]], [LICENCE[0]], [DOWNLOAD[1], LICENCE[1]], [LICENCE[2]]])
    year = (letter.date or {}).get("when", (letter.date or {}).get("notBefore", "1900"))[:4] if letter.date else "1900"

    furniture: list[str] = []
    lines: list[str] = []

    def furn(text: str) -> None:
        furniture.append(text)
        lines.extend([text, ""])

    furn(site["site"])
    furn(NAV[nav].format(title=heading("an", letter, number, date_text, site["lang"]), year=year))
    if pick(name, "breadcrumb", [False, True]) and nav != "gt":
        furn(f"Briefe > {year} > {letter.name}")
    if numbered:
        lines.extend([head, ""])
        # a numbered heading is followed by the correspondents line of the edition
        second = heading("an", letter, number, date_text, site["lang"]) + suffix
        lines.extend([second, ""])
    elif head:
        lines.extend([head, ""])

    # blocks in page order, the dateline moved where the layout says
    datelines = [b for b in blocks if b.role == "dateline"]
    rest = [b for b in blocks if b.role != "dateline"]
    if dl_place == "end" and datelines:
        ordered = rest + datelines
    else:
        ordered = datelines + rest

    note_order: list[int] = []
    persons: list[str] = []
    salute = signed = None
    postscript = False
    page_no = 10 + number % 300
    greeting = salute_index(ordered, style)
    for i, b in enumerate(ordered):
        text = "\n".join(squash(line) for line in b.text.split(BREAK) if squash(line))
        plain = re.sub(r"\x00\d+\x00", "", text)  # salute and signature as keyed: without markers
        for idx in b.notes:
            note_order.append(idx)
            shown = marker(style, len(note_order))[0]
            text = text.replace(f"\x00{idx}\x00", shown, 1)
        text = tidy(text, style)
        plain = tidy(plain, style)
        persons.extend(b.persons or addressed(b, i == greeting, letter))
        if i == greeting:
            salute = plain
        if b.role == "signed":
            signed = plain if signed is None else signed
        if b.role == "postscript" and len(text.split()) > 4:  # not a bare place and date
            postscript = True
        if b.role == "dateline" and dl_place == "top-right":
            text = " " * max(4, 60 - len(text)) + text
        if running and i and i % 3 == 0 and b.role == "p":
            page_no += 1
            rh = f"{page_no}    {site['volume']}" if page_no % 2 == 0 else f"{site['volume']} {year}    {page_no}"
            furniture.append(rh)
            lines.extend([rh, ""])
        lines.extend([text, ""])
    if letter.citation:
        lines.extend([letter.citation, ""])
    note_persons: list[str] = []
    if note_order:
        if notes_heading:
            lines.extend([notes_heading, ""])
        for n, idx in enumerate(note_order, 1):
            note = letter.notes[idx]
            lines.append(marker(style, n)[1] + squash(note.text))
            note_persons.extend(note.persons)
        lines.append("")
    for text in bottom:
        furn(text)
    gold = {
        "source": f"{name}.txt",
        "furniture": furniture,
        "collection": None,
        "documents": [{
            "heading": second if numbered else head,
            "kind": "letter",
            "senders": [k for _, k in letter.senders],
            "recipients": [k for _, k in letter.recipients],
            "date": letter.date,
            "date_supplied": date_supplied(letter, has_dateline, blocks),
            "place": letter.place,
            "archive": letter.archive,
            "persons": persons + note_persons,
            "notes": len(note_order),
            "note_markers": [marker(style, n)[2] for n in range(1, len(note_order) + 1)],
            "salute": salute,
            "signed": signed,
            "postscript": postscript,
            "duplicates_removed": 0,
        }],
        "layout": {"heading": form, "notes": style, "notes_heading": notes_heading, "dateline": dl_place,
                   "nav": nav, "running_heads": running, "edition": letter.edition},
    }
    return "\n".join(lines).rstrip() + "\n", gold


def addressed(block: Block, greeting: bool, letter: Letter) -> list[str]:
    """The correspondent a salutation or signature names though the edition marks no name in it
    (`Lieber Bahr,` -> the recipient, `Arth Sch` -> the sender)."""
    people = letter.recipients if greeting else letter.senders if block.role == "signed" else []
    words = [w for w in tokens(re.sub(r"\x00\d+\x00", "", block.text)) if w[:1].isupper()]
    return [key for display, key in people if not key.startswith("org:")
            and any(shares_stem(w, n) for w in words for n in tokens(display))][:1]


def salute_index(blocks: list[Block], style: str) -> int | None:
    """The salutation: the greeting right above the body, not an address line above it."""
    spoken = [(i, b) for i, b in enumerate(blocks) if tidy(re.sub(r"\x00\d+\x00", "", b.text), style)]
    candidates = [i for i, b in spoken if b.role == "salute"]
    following = {i: nxt.role for (i, _), (_, nxt) in zip(spoken, spoken[1:])}
    greetings = [i for i in candidates if following.get(i) == "p"]
    return greetings[-1] if greetings else candidates[0] if candidates else None


def tidy(text: str, style: str) -> str:
    """No space before punctuation, as a web page shows it (a spaced `(1)` marker keeps its space)."""
    lines = [re.sub(r"\s+([.,;:!?])", r"\1", line) if style != "paren" else line for line in text.split("\n")]
    return "\n".join(squash(line) for line in lines if squash(line))


def date_supplied(letter: Letter, has_dateline: bool, blocks: list[Block]) -> bool:
    if not letter.date:
        return False
    if has_dateline:
        return all(squash(b.text).startswith("[") for b in blocks if b.role == "dateline")
    return letter.date_text.startswith("[") or not letter.date_text


def cut(blocks: list[Block], max_blocks: int) -> list[Block]:
    """The letter's first body blocks, keeping its opening and closing parts."""
    body = [i for i, b in enumerate(blocks) if b.role == "p"]
    if len(body) <= max_blocks:
        return blocks
    drop = set(body[max_blocks:])
    return [b for i, b in enumerate(blocks) if i not in drop]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tei_dir", type=Path, help="folder holding one folder of TEI letters per edition")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--max-blocks", type=int, default=8, help="body paragraphs kept of a long letter")
    args = ap.parse_args(argv)
    missing = [args.tei_dir / e for e in EDITIONS if not (args.tei_dir / e).is_dir()]
    if missing:
        print(f"pages_from_tei: error: {missing[0]}: no such folder of TEI letters", file=sys.stderr)
        return 1
    letters = []
    for edition in EDITIONS:
        for path in sorted((args.tei_dir / edition).glob("*.xml")):
            try:
                letters.append(read_letter(path, edition))
            except etree.XMLSyntaxError as e:
                print(f"pages_from_tei: error: {path}: not well-formed XML: {e}", file=sys.stderr)
                return 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for letter in letters:
        text, gold = render(letter, args.max_blocks)
        base = args.out_dir / f"{letter.edition}_{letter.name}"
        Path(f"{base}.txt").write_text(text, encoding="utf-8")
        Path(f"{base}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(letters)} pages written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
