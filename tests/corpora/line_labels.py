#!/usr/bin/env python3
"""Per-line role labels of raw pages, derived from their answer keys.

An answer key (the project's gold format) fixes the role of some lines of a page:
its furniture lines, the headings, salutes and signatures of its documents, and
whether there is a collection header, a postscript or notes. Every other line
takes the role the converter's rules give it (``convert --explain``), coarsened
to the labels below, but only where the key confirms the rules around it: a page
where the rules call a line furniture, heading, salute or signature that the key
does not have, find another number of documents, or disagree about the collection
header, postscript or notes, is left out, and the reason is recorded.

    python3 line_labels.py CORPUS_DIR... --out LABELS.jsonl

Each output line is one page: ``{"page": PATH, "kept": bool, "reason": str,
"lines": [[number, label, rules_label, key_label], ...]}`` for its non-blank lines;
``key_label`` is one of ``KEYED`` where the key says so, else "other", on every page.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from teikit.convert.explain import explain
from teikit.convert.run import Converter
from teikit.registers import load_registers

# The converter's roles (``convert --explain``), coarsened to the labels a line labeller learns.
COARSE = {
    "furniture": "furniture", "collection": "collection",
    "heading": "heading", "head": "heading", "number": "heading",
    "mark": "opener", "transmission": "opener", "address": "opener", "dateline": "opener", "meta": "opener",
    "salute": "salute",
    "p": "p", "speaker": "p", "text": "p",
    "closer-salute": "closer", "closing-dateline": "closer",
    "signed": "signed", "postscript": "postscript",
    "citation": "citation", "published": "citation",
    "notes-heading": "notes-heading", "note": "note",
}
LABELS = tuple(sorted(set(COARSE.values())))
# The labels an answer key decides for every line of a page, left out or not.
KEYED = ("furniture", "heading", "salute", "signed")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def page_labels(rows: list[tuple[int, str, str, str]], key: dict, blocks: int) -> tuple[list[list], str]:
    """([number, label, rules label] per non-blank line, reason the page is left out or "")."""
    docs = key.get("documents", [])
    furniture = {_norm(t) for t in key.get("furniture", [])}
    headings = {_norm(d.get("heading")) for d in docs if d.get("heading")}
    salutes = {_norm(d.get("salute")) for d in docs if d.get("salute")}
    signed = [_norm(d.get("signed")) for d in docs if d.get("signed")]
    out: list[list] = []
    problems: list[str] = []
    for number, role, _rule, text in rows:
        rules = COARSE.get(role, "p")
        t = _norm(text)
        if t in furniture:
            keyed = "furniture"
        elif t and t in headings:
            keyed = "heading"
        elif t and (t in salutes or any(s and t.startswith(s) and rules == "salute" for s in salutes)):
            keyed = "salute"
        elif t and any(t == s or (len(t) >= 3 and t in s.split("\n")) or (len(t) > 6 and t in s) for s in signed):
            keyed = "signed"
        else:
            keyed = "other"
        if rules == "furniture" and keyed == "other":
            problems.append(f"line {number}: rules' furniture not in key")
        elif role == "head" and keyed == "other" and not any(t and (t in h or h in t) for h in headings):
            problems.append(f"line {number}: rules' heading not in key")
        elif rules == "salute" and keyed == "other" and not any(s and s in t for s in salutes):
            problems.append(f"line {number}: rules' salute not in key")
        elif rules == "signed" and keyed == "other" and not any(t in s or s in t for s in signed):
            problems.append(f"line {number}: rules' signature not in key")
        out.append([number, rules if keyed == "other" else keyed, rules, keyed])
    labels = Counter(line[1] for line in out)
    if blocks != len(docs) and docs:
        problems.append(f"{blocks} blocks, key has {len(docs)} documents")
    if bool(labels["collection"]) != bool(key.get("collection")):
        problems.append("collection header")
    if bool(labels["postscript"]) != any(d.get("postscript") for d in docs):
        problems.append("postscript")
    if bool(labels["note"]) != any(d.get("notes") for d in docs):
        problems.append("notes")
    found = sum(1 for line in out if line[1] == "salute")
    if found < len(salutes):
        problems.append("salute not found on a line")
    return out, "; ".join(problems)


def label_pages(dirs: Iterable[Path]) -> Iterable[dict]:
    """One record per page with an answer key in the folders given."""
    converter = Converter(load_registers(None))
    for folder in dirs:
        for key_path in sorted(folder.glob("*.gold.json")):
            page = key_path.with_name(key_path.name.removesuffix(".gold.json") + ".txt")
            text = page.read_text(encoding="utf-8")
            key = json.loads(key_path.read_text(encoding="utf-8"))
            rows = explain(converter, text)
            lines, reason = page_labels(rows, key, len(converter.layout(text).blocks))
            yield {"page": f"{folder.name}/{page.name}", "kept": not reason, "reason": reason, "lines": lines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    kept = total = 0
    with args.out.open("w", encoding="utf-8") as out:
        for record in label_pages(args.dirs):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            total += 1
            kept += record["kept"]
    print(f"{kept} of {total} pages labelled, {total - kept} left out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
