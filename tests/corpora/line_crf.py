#!/usr/bin/env python3
"""A learned line-role labeller (a linear-chain CRF) compared with the converter's rules.

Reads the labels ``line_labels.py`` wrote, computes shape features of every line
(length, position, blank lines around, indentation, capitals, digits, end
punctuation, lexicon openings, the date and citation grammars, name and
note-marker shapes, repetition on the page) and of its neighbours, trains
python-crfsuite on some corpora and tests on others:

    python3 line_crf.py LABELS.jsonl --root DIR --train A,B --test C,D

Needs python-crfsuite (`pip install python-crfsuite`); the converter does not.

Prints, per test corpus, line-role accuracy on the labelled pages and F1 of the
roles an answer key decides (furniture, heading, salute, signature) on every page,
for (a) the rules, (b) the CRF, (c) the CRF with the rules' role as a feature,
(d) the rules where their rule was certain on the training pages, else (b), (e) the rules
unless (c) is confident of another role.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pycrfsuite

from teikit.convert import furniture as furniture_rules
from teikit.convert import lexicon, patterns
from teikit.convert.dates import parse_dateline
from teikit.convert.dates import DateContext
from teikit.convert.explain import explain
from teikit.convert.run import Converter
from teikit.convert.segment import page_language, split_lines
from teikit.registers import load_registers

from line_labels import COARSE, KEYED


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value > e for e in edges)


def _opening(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon.alternation(kind)})(?!\w)", re.IGNORECASE)


OPENINGS = {kind: _opening(kind) for kind in ("salute", "closing", "address", "furniture", "notes_heading",
                                               "transmission", "date-lead", "relation")}
MONTH = re.compile(rf"(?<!\w)(?:{lexicon.alternation('month')})(?!\w)", re.IGNORECASE)
YEAR = re.compile(r"\b1[5-9]\d\d\b")
INLINE_MARKER = re.compile(r"\[\d{1,2}\]|\(\d{1,2}\)|(?<=[^\W\d_])\d{1,2}\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\*")


def line_features(text: str, context: dict) -> dict[str, object]:
    """The shape features of one line (stripped text; ``context`` holds page-level tests)."""
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    f: dict[str, object] = {
        "words": _bucket(len(words), (1, 2, 4, 8, 14, 25, 50)),
        "caps": _bucket(caps, (0.05, 0.2, 0.5, 0.9)),
        "titled": _bucket(sum(w[:1].isupper() for w in words) / len(words), (0.3, 0.6, 0.9)) if words else 0,
        "digits": _bucket(sum(c.isdigit() for c in text) / len(text), (0, 0.1, 0.3, 0.6)) if text else 0,
        "year": bool(YEAR.search(text)),
        "month": bool(MONTH.search(text)),
        "end": text[-1] if text and not text[-1].isalnum() else ("d" if text[-1:].isdigit() else "a"),
        "first": "u" if text[:1].isupper() else "l" if text[:1].islower() else "d" if text[:1].isdigit() else text[:1],
        "nav": sum(text.count(s) for s in ("|", "›", "»", ">")) >= 2,
        "url": "http" in text or "www." in text or "©" in text,
        "note_line": bool(patterns.NOTE_LINE.fullmatch(text)),
        "numbered": bool(patterns.NUMBERED.match(text)),
        "marker": bool(INLINE_MARKER.search(text)),
        "name": bool(patterns.FULL_NAME.fullmatch(patterns.TRAILING_MARKER.sub("", text))),
        "name_end": bool(patterns.NAME_AT_END.search(text)),
        "heading_pattern": bool(patterns.heading_match(text)),
        "number_line": bool(patterns.match(patterns.NUMBER, text)),
        "postscript": bool(patterns.POSTSCRIPT.match(text)),
        "separator": bool(patterns.SEPARATOR.fullmatch(text)),
        "salute_shape": patterns.is_salute(text),
        "closing_formula": bool(patterns.CLOSING_FORMULA.match(text)),
        "page_number": furniture_rules.page_number(text),
        "running_head": furniture_rules.running_head(text) is not None,
        "repeated": furniture_rules.repeat_key(text) in context["repeats"],
        "dateline": context["is_dateline"](text) if len(words) <= 20 else False,
        "citation": context["is_citation"](text) if len(words) <= 40 else False,
    }
    for kind, rx in OPENINGS.items():
        f[f"opens_{kind}"] = bool(rx.match(text))
    return f


NEIGHBOUR_KEYS = ("words", "caps", "end", "first", "dateline", "citation", "name", "salute_shape", "heading_pattern",
                  "note_line", "blank_before", "blank_after", "rules")


def page_features(text: str, numbers: list[int], rules: dict[int, str] | None, converter: Converter) -> list[dict]:
    """Feature dicts for the page's lines numbered ``numbers`` (non-blank), with neighbours ±1, ±2."""
    lines = split_lines(text)
    dctx = DateContext(lang=page_language(text))
    context = {"repeats": furniture_rules.repeated([ln.stripped for ln in lines]),
               "is_dateline": lambda t: parse_dateline(t, dctx) is not None,
               "is_citation": lambda t: converter.citations.parse_line(t) is not None}
    own = []
    count = len(numbers)
    for i, n in enumerate(numbers):
        line = lines[n - 1]
        f = line_features(line.stripped, context)
        f["blank_before"] = n == 1 or lines[n - 2].blank
        f["blank_after"] = n == len(lines) or lines[n].blank
        f["indent"] = _bucket(len(line.text) - len(line.text.lstrip()), (0, 3, 8))
        f["from_top"] = min(i, 5)
        f["from_end"] = min(count - 1 - i, 5)
        f["where"] = int(10 * i / count)
        if rules is not None:
            f["rules"] = rules[n]
        own.append(f)
    out = []
    for i, f in enumerate(own):
        g = {k: v for k, v in f.items()}
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(own):
                g.update({f"{d}:{k}": own[j][k] for k in NEIGHBOUR_KEYS if k in own[j]})
            else:
                g[f"{d}:edge"] = True
        out.append(g)
    return [_crf(g) for g in out]


def _crf(f: dict[str, object]) -> dict[str, float]:
    """crfsuite attributes: booleans as presence, other values as name=value."""
    out: dict[str, float] = {}
    for k, v in f.items():
        if v is True:
            out[k] = 1.0
        elif v is not False:
            out[f"{k}={v}"] = 1.0
    return out


def corpus_of(page: str) -> str:
    return page.split("/", 1)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("--root", type=Path, action="append", required=True,
                        help="folders holding the corpus folders named in the labels")
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--diff", action="store_true", help="print the lines where (e) departs from the rules")
    parser.add_argument("--confidence", type=float, default=0.9,
                        help="(e): the rules, unless (c) gives another role with this marginal probability")
    args = parser.parse_args(argv)
    train_c, test_c = set(args.train.split(",")), set(args.test.split(","))
    converter = Converter(load_registers(None))
    records = [json.loads(l) for l in args.labels.read_text(encoding="utf-8").splitlines()]

    def page_path(page: str) -> Path:
        return next(r / page for r in args.root if (r / page).is_file())

    data = {}
    for rec in records:
        if corpus_of(rec["page"]) not in train_c | test_c:
            continue
        text = page_path(rec["page"]).read_text(encoding="utf-8")
        numbers = [ln[0] for ln in rec["lines"]]
        rules = {ln[0]: ln[2] for ln in rec["lines"]}
        raw_rules = {n: (role, rule) for n, role, rule, _ in explain(converter, text)}
        data[rec["page"]] = (rec, page_features(text, numbers, None, converter),
                             page_features(text, numbers, rules, converter), raw_rules)
    # which rule names are certain: precision of the rules' label on the training pages
    hits: dict[str, Counter] = defaultdict(Counter)
    for page, (rec, _, _, raw) in data.items():
        if corpus_of(page) in train_c and rec["kept"]:
            for n, label, rules, _ in rec["lines"]:
                hits[raw[n][1]][label == rules] += 1
    certain = {rule for rule, c in hits.items() if c[True] >= 5 and c[False] <= 0.01 * c[True]}
    models = {}
    with tempfile.TemporaryDirectory() as tmp:
        for variant, slot in (("b", 1), ("c", 2)):
            trainer = pycrfsuite.Trainer(verbose=False)
            for page, entry in data.items():
                rec = entry[0]
                if corpus_of(page) in train_c and rec["kept"]:
                    trainer.append(entry[slot], [ln[1] for ln in rec["lines"]])
            trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 200,
                                "feature.possible_transitions": True})
            path = f"{tmp}/{variant}.crf"
            trainer.train(path)
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            models[variant] = tagger
        results: dict[str, dict] = {}
        for page, (rec, fb, fc, raw) in data.items():
            corpus = corpus_of(page)
            if corpus not in test_c:
                continue
            rules = [ln[2] for ln in rec["lines"]]
            b = models["b"].tag(fb)
            c = models["c"].tag(fc)
            sure = [models["c"].marginal(label, i) >= args.confidence for i, label in enumerate(c)]
            d = [r if raw[ln[0]][1] in certain else x for ln, r, x in zip(rec["lines"], rules, b)]
            e = [x if ok else r for r, x, ok in zip(rules, c, sure)]
            preds = {"a": rules, "b": b, "c": c, "d": d, "e": e}
            if args.diff:
                for ln, r, x, ok in zip(rec["lines"], rules, c, sure):
                    if ok and x != r:
                        print(f"{page}:{ln[0]} key={ln[3]} label={ln[1]} rules={r} crf={x}")
            res = results.setdefault(corpus, {"pages": 0, "kept": 0, "lines": 0,
                                              **{v: {"ok": 0, "keyed": Counter()} for v in preds}})
            res["pages"] += 1
            res["kept"] += rec["kept"]
            for v, pred in preds.items():
                for ln, p in zip(rec["lines"], pred):
                    if rec["kept"]:
                        res[v]["ok"] += p == ln[1]
                    truth = ln[3]
                    for role in KEYED:
                        if p == role and truth == role:
                            res[v]["keyed"][(role, "tp")] += 1
                        elif p == role:
                            res[v]["keyed"][(role, "fp")] += 1
                        elif truth == role:
                            res[v]["keyed"][(role, "fn")] += 1
            res["lines"] += len(rec["lines"]) if rec["kept"] else 0
    table = {}
    for corpus, res in sorted(results.items()):
        print(f"== {corpus}: {res['pages']} pages, {res['kept']} labelled, {res['lines']} lines")
        print(f"   {'':3} {'acc':>6} " + " ".join(f"{r:>9}" for r in KEYED))
        for v in "abcde":
            k = res[v]["keyed"]
            f1 = {r: 2 * k[(r, "tp")] / max(1, 2 * k[(r, "tp")] + k[(r, "fp")] + k[(r, "fn")]) for r in KEYED}
            acc = res[v]["ok"] / max(1, res["lines"])
            table.setdefault(corpus, {})[v] = {"acc": acc, **f1}
            print(f"   ({v}) {acc:6.3f} " + " ".join(f"{f1[r]:9.3f}" for r in KEYED))
    print(f"certain rules: {', '.join(sorted(certain))}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
