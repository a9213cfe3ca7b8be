#!/usr/bin/env python3
"""A learned line-role labeller (a linear-chain CRF) compared with the converter's rules.

Reads the labels ``line_labels.py`` wrote, computes the shape features of
``line_features.py`` for every line, trains python-crfsuite on some corpora and
tests on others (figures and findings: docs/line-labeller.md):

    python3 line_crf.py LABELS.jsonl --root DIR --train A,B --test C,D

Needs python-crfsuite (`pip install python-crfsuite`); the converter does not.

Prints, per test corpus, line-role accuracy on the labelled pages and F1 of the
roles an answer key decides (furniture, heading, salute, signature) on every page,
for (a) the rules, (b) the CRF, (c) the CRF with the rules' role as a feature,
(d) the rules where their rule was certain on the training pages, else (b), (e) the rules
unless (c) is confident of another role, (f) the rules, and furniture where (b) is confident
of it, (g) as (f) with a CRF trained on the roles the keys decide (furniture, heading, salute,
signature, other) on every page.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pycrfsuite

from teikit.convert.explain import explain
from teikit.convert.dates import DateContext, parse_dateline
from teikit.convert.run import Converter
from teikit.convert.segment import page_language, split_lines
from teikit.registers import load_registers

from line_features import page_features
from line_labels import KEYED

# L1 and L2 penalties and iterations of crfsuite's L-BFGS training.
PARAMS = {"c1": 1.0, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}
# How sure (f) and (g) must be of furniture to take a line as furniture.
FURNITURE_CONFIDENCE = 0.9


def without_furniture(text: str, labels: list[list]) -> tuple[str, list[str]] | None:
    """The page with its furniture lines taken out, and the labels of the lines left (None: no furniture).

    Trained on these too, a model does not learn that a page's first and last lines are furniture
    because the pages it learns from always open and close with a site's lines."""
    furniture = {line[0] for line in labels if line[1] == "furniture"}
    if not furniture:
        return None
    kept = [ln for ln in split_lines(text) if ln.number not in furniture]
    return "\n".join(ln.text for ln in kept), [line[1] for line in labels if line[0] not in furniture]


def train(xseqs: list[list[dict[str, float]]], yseqs: list[list[str]], model: Path) -> None:
    """Train a CRF on feature and label sequences and write it to ``model``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseqs, yseqs):
        trainer.append(x, y)
    trainer.set_params(PARAMS)
    trainer.train(str(model))


def features(text: str, rules: dict[int, tuple[str, str]] | None, converter: Converter) -> list[dict[str, float]]:
    """The labeller's features of each non-blank line, with the rules' role and rule (variant c) if given."""
    lines = split_lines(text)
    context = DateContext(lang=page_language(text))
    out = page_features(lines, is_dateline=lambda t: parse_dateline(t, context) is not None,
                        is_citation=lambda t: converter.citations.parse_line(t) is not None)
    if rules is None:
        return out
    numbers = [ln.number for ln in lines if not ln.blank]
    for i, (n, f) in enumerate(zip(numbers, out)):
        for d in (-2, -1, 0, 1, 2):
            if 0 <= i + d < len(numbers):
                f[f"{d}:rules={rules[numbers[i + d]][0]}"] = 1.0
        f[f"rule={rules[n][1]}"] = 1.0
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
    parser.add_argument("--save", type=Path, help="write the model of (b) here (for convert_with_model.py)")
    parser.add_argument("--confusion", action="store_true", help="print (b)'s confusions")
    parser.add_argument("--diff", action="store_true", help="print the lines where (f) departs from the rules")
    parser.add_argument("--confidence", type=float, default=FURNITURE_CONFIDENCE,
                        help="(e): the rules, unless (c) gives another role with this marginal probability")
    args = parser.parse_args(argv)
    train_c, test_c = set(args.train.split(",")), set(args.test.split(","))
    converter = Converter(load_registers(None))
    records = [json.loads(l) for l in args.labels.read_text(encoding="utf-8").splitlines()]

    def page_path(page: str) -> Path:
        return next(r / page for r in args.root if (r / page).is_file())

    data = {}
    texts = {}
    for rec in records:
        if corpus_of(rec["page"]) not in train_c | test_c:
            continue
        text = texts[rec["page"]] = page_path(rec["page"]).read_text(encoding="utf-8")
        raw_rules = {n: (role, rule) for n, role, rule, *_ in explain(converter, text)}
        rules = {ln[0]: (ln[2], raw_rules[ln[0]][1]) for ln in rec["lines"]}
        data[rec["page"]] = (rec, features(text, None, converter), features(text, rules, converter), raw_rules)
    # which rule names are certain: precision of the rules' label on the training pages
    hits: dict[str, Counter] = defaultdict(Counter)
    for page, (rec, _, _, raw) in data.items():
        if corpus_of(page) in train_c and rec["kept"]:
            for n, label, rules, _ in rec["lines"]:
                hits[raw[n][1]][label == rules] += 1
    certain = {rule for rule, c in hits.items() if c[True] >= 5 and c[False] <= 0.01 * c[True]}
    models = {}
    with tempfile.TemporaryDirectory() as tmp:
        for variant, slot in (("b", 1), ("c", 2), ("g", 1)):
            xseqs, yseqs = [], []
            for page, entry in data.items():
                rec = entry[0]
                if corpus_of(page) in train_c and (rec["kept"] or variant == "g"):
                    xseqs.append(entry[slot])  # (g): the key's own roles, on every page
                    yseqs.append([ln[3] if variant == "g" else ln[1] for ln in rec["lines"]])
                    bare = without_furniture(texts[page], rec["lines"]) if variant == "b" else None
                    if bare:
                        xseqs.append(features(bare[0], None, converter))
                        yseqs.append(bare[1])
            path = f"{tmp}/{variant}.crf"
            train(xseqs, yseqs, Path(path))
            if variant == "b" and args.save:
                args.save.write_bytes(Path(path).read_bytes())
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
            models["b"].set(fb)
            f = ["furniture" if x == "furniture" and models["b"].marginal(x, i) >= FURNITURE_CONFIDENCE else r
                 for i, (r, x) in enumerate(zip(rules, b))]
            models["g"].set(fb)
            g_tags = models["g"].tag(fb)
            g = ["furniture" if x == "furniture" and models["g"].marginal(x, i) >= FURNITURE_CONFIDENCE else r
                 for i, (r, x) in enumerate(zip(rules, g_tags))]
            preds = {"a": rules, "b": b, "c": c, "d": d, "e": e, "f": f, "g": g}
            if args.diff:
                for ln, r, x in zip(rec["lines"], rules, f):
                    if x != r:
                        print(f"{page}:{ln[0]} key={ln[3]} label={ln[1]} rules={r} crf={x}")
            res = results.setdefault(corpus, {"pages": 0, "kept": 0, "lines": 0,
                                              **{v: {"ok": 0, "keyed": Counter()} for v in preds}})
            res["pages"] += 1
            if args.confusion:
                for ln, x in zip(rec["lines"], b):
                    if rec["kept"] and x != ln[1]:
                        res.setdefault("confusion", Counter())[(ln[1], x)] += 1
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
        for v in "abcdefg":
            k = res[v]["keyed"]
            f1 = {r: 2 * k[(r, "tp")] / max(1, 2 * k[(r, "tp")] + k[(r, "fp")] + k[(r, "fn")]) for r in KEYED}
            acc = res[v]["ok"] / max(1, res["lines"])
            table.setdefault(corpus, {})[v] = {"acc": acc, **f1}
            print(f"   ({v}) {acc:6.3f} " + " ".join(f"{f1[r]:9.3f}" for r in KEYED))
    if args.confusion:
        for corpus, res in sorted(results.items()):
            print(corpus, res.get("confusion", Counter()).most_common(15))
    print(f"certain rules: {', '.join(sorted(certain))}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
