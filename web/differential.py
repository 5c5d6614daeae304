#!/usr/bin/env python3
"""The differential test: mutations of every valid document, checked by the crate and by
Python's `jsonschema` against the committed 2020-12 and draft-07 schemas.

Each valid document (the schema fixtures, the valid ToV fixtures, the national ToV and the
examples: the same list as web/test/documents.mjs) gets MUTATIONS mutations, chosen with a
fixed seed: a field dropped, an unknown field added, a value of another type, a blank text,
null, a number out of range or with a fraction, a whole number written as 20.0, a date that
does not exist, an unknown language key in a text. The crate's verdict comes from `cargo run
--example differential`. The only disagreements allowed are the ones docs/schema.md lists under
"What no schema can state", by rule code; the script fails on any other.

    python3 web/differential.py            # 200 mutations of every document
    MUTATIONS=50 python3 web/differential.py
"""

import copy
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
MUTATIONS = int(os.environ.get("MUTATIONS", "200"))

EXAMPLES = [
    ("theory-of-value", "data/national-tov.json"),
    ("theory-of-value", "data/example/tov.json"),
    ("persona-set", "data/example/personas.json"),
    ("census", "data/example/census.json"),
    ("assessment", "data/example/assessment-2025.json"),
    ("assessment", "data/example/assessment-2026.json"),
    ("measurement-plan", "data/example/measurement-plan.json"),
]


def read(path):
    return json.loads((ROOT / path).read_text(encoding="utf-8-sig"))


def valid_documents():
    docs = []
    for p in sorted((ROOT / "tests/fixtures/schema/valid").glob("*.json")):
        docs.append((p.name.split("--")[0], str(p.relative_to(ROOT))))
    for p in sorted((ROOT / "tests/fixtures/valid").glob("*.json")):
        docs.append(("theory-of-value", str(p.relative_to(ROOT))))
    docs.extend(EXAMPLES)
    return [(kind, path, read(path)) for kind, path in docs]


def places(value, pointer=()):
    """Every (path, value) in a document, the document itself first."""
    yield pointer, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from places(v, pointer + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from places(v, pointer + (i,))


def get(doc, path):
    for p in path:
        doc = doc[p]
    return doc


def put(doc, path, value):
    get(doc, path[:-1])[path[-1]] = value


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def mutate(doc, rng):
    """One mutation of a copy of `doc`: (description, mutated document)."""
    doc = copy.deepcopy(doc)
    everything = list(places(doc))
    objects = [(p, v) for p, v in everything if isinstance(v, dict)]
    members = [(p, v) for p, v in everything if p and isinstance(get(doc, p[:-1]), dict)]
    strings = [(p, v) for p, v in everything if p and isinstance(v, str)]
    numbers = [(p, v) for p, v in everything if p and isinstance(v, (int, float)) and not isinstance(v, bool)]
    texts = [(p, v) for p, v in objects if "nl" in v and set(v) <= {"nl", "en"}]
    dates = [(p, v) for p, v in strings if DATE.match(v)]
    choices = ["drop", "add", "retype", "blank", "null", "number", "whole", "date", "language"]
    weights = [4, 2, 4, 3, 2, 3, 2, 2, 2]
    while True:
        what = rng.choices(choices, weights)[0]
        if what == "drop" and members:
            p, _ = rng.choice(members)
            del get(doc, p[:-1])[p[-1]]
            return f"drop {fmt(p)}", doc
        if what == "add" and objects:
            p, v = rng.choice(objects)
            v[rng.choice(["extra", "titel", "notes"])] = "x"
            return f"add a field to {fmt(p)}", doc
        if what == "retype" and members:
            p, v = rng.choice(members)
            other = {str: 7, int: "7", float: "0.5", bool: "true", list: {}, dict: [], type(None): 0}
            put(doc, p, other[type(v)])
            return f"retype {fmt(p)}", doc
        if what == "blank" and strings:
            p, _ = rng.choice(strings)
            put(doc, p, rng.choice(["", " ", "\t\n "]))
            return f"blank {fmt(p)}", doc
        if what == "null" and members:
            p, _ = rng.choice(members)
            put(doc, p, None)
            return f"null at {fmt(p)}", doc
        if what == "number" and numbers:
            p, _ = rng.choice(numbers)
            value = rng.choice([-1, 1.5, 2, 18446744073709551616, 1e20, 0.12345])
            put(doc, p, value)
            return f"number {value} at {fmt(p)}", doc
        if what == "whole" and numbers:
            p, v = rng.choice(numbers)
            if float(v).is_integer():
                put(doc, p, float(v))
                return f"whole number as {float(v)} at {fmt(p)}", doc
        if what == "date" and dates:
            p, _ = rng.choice(dates)
            put(doc, p, rng.choice(["2025-02-30", "2025-13", "0000", "2023-02-29", "2025-6-1", "13-06-2025"]))
            return f"bad date at {fmt(p)}", doc
        if what == "language" and texts:
            p, v = rng.choice(texts)
            v[rng.choice(["fr", "de", "NL"])] = "x"
            return f"unknown language key in {fmt(p)}", doc


def fmt(path):
    return "/" + "/".join(str(p) for p in path)


def allowed_codes():
    """The codes docs/schema.md lists under "What no schema can state"."""
    text = (ROOT / "docs/schema.md").read_text(encoding="utf-8")
    section = text.split("## What no schema can state", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `(TOV\d{3})`", section, re.M))


def main():
    rng = random.Random(16)
    corpus = []
    for kind, path, doc in valid_documents():
        corpus.append((kind, path, "unchanged", doc))
        for _ in range(MUTATIONS):
            what, mutated = mutate(doc, rng)
            corpus.append((kind, path, what, mutated))

    crate = subprocess.run(
        ["cargo", "run", "--quiet", "--all-features", "--example", "differential"],
        cwd=ROOT,
        input="".join(json.dumps({"kind": k, "text": json.dumps(d, ensure_ascii=False)}) + "\n" for k, _, _, d in corpus),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert len(crate) == len(corpus), "the crate answered for every document"

    validators = {}
    for dialect, cls in [("2020-12", jsonschema.Draft202012Validator), ("draft-07", jsonschema.Draft7Validator)]:
        for kind in {k for k, _, _, _ in corpus}:
            schema = read(f"schemas/{dialect}/nl/{kind}.schema.json")
            cls.check_schema(schema)
            validators[(dialect, kind)] = cls(schema)

    allowed = allowed_codes()
    unexplained, explained, agree = [], Counter(), 0
    for (kind, path, what, doc), verdict in zip(corpus, crate):
        verdict = json.loads(verdict)
        for dialect in ["2020-12", "draft-07"]:
            schema_accepts = validators[(dialect, kind)].is_valid(doc)
            if schema_accepts == verdict["accepts"]:
                agree += 1
                continue
            codes = set(verdict["codes"])
            if not schema_accepts and verdict["accepts"] and what.startswith("null at"):
                # The crate reads null as an absent optional field; the schemas leave null out.
                reason = "null"
            elif codes == {"TOV006"} and schema_accepts and re.match(r"number 0\.\d{5,} at .*/share$", what):
                # A share with more than four decimals: the crate's rule, not the schema's.
                reason = "TOV006 (share decimals)"
            elif schema_accepts and codes and codes <= allowed:
                reason = ",".join(sorted(codes))
            else:
                first = next(validators[(dialect, kind)].iter_errors(doc), None)
                unexplained.append(
                    f"{path}: {what}: {dialect} schema {'accepts' if schema_accepts else 'refuses'}"
                    f" ({first.message[:120] if first else ''}), crate {'accepts' if verdict['accepts'] else 'refuses'} {sorted(codes)}"
                )
                continue
            explained[reason] += 1

    total = len(corpus) * 2
    print(f"{len(corpus)} documents ({MUTATIONS} mutations of each of {len(corpus) // (MUTATIONS + 1)} valid ones), "
          f"{total} verdicts per side: {agree} agree, {sum(explained.values())} differ on what no schema can state "
          f"({', '.join(f'{k} {v}' for k, v in sorted(explained.items())) or 'none'}), {len(unexplained)} unexplained")
    for u in unexplained[:40]:
        print("  " + u)
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
