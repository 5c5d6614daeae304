#!/usr/bin/env python3
"""Prints the tables of BENCHMARKS.md from criterion's results of the last run.

Run after `cargo bench --bench movement` (and optionally `--bench parse_validate` and
`--bench estimate`): `python3 benches/ratios.py`. Every ratio compares two figures of the same
run. Criterion's estimate of one iteration is its slope where it has one (linear sampling) and
its mean otherwise (flat sampling).
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def index():
    """Every benchmark of the last run by its full ID (criterion changes some characters of
    an ID in its directory names)."""
    found = {}
    for meta_path in ROOT.glob("**/new/benchmark.json"):
        meta = json.loads(meta_path.read_text())
        estimates = json.loads((meta_path.parent / "estimates.json").read_text())
        point = (estimates.get("slope") or estimates["mean"])["point_estimate"]
        found[meta["full_id"]] = (point / 1e9, meta.get("throughput") or {})
    return found


RESULTS = {}


def load(bench_id):
    """(seconds per iteration, throughput dict) of a benchmark, or None if it did not run."""
    return RESULTS.get(bench_id)


def fmt_time(seconds):
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def mib_per_s(seconds, throughput):
    return throughput.get("Bytes", 0) / seconds / 2**20


def routes():
    value = load("movement/value")
    if value is None:
        return
    size = value[1].get("Bytes", 0)
    print(f"Data set: {size:,} bytes of JSON ({size / 2**20:.1f} MiB).\n")
    print("| route | time | throughput | throughput ÷ `value` | throughput ÷ `jsonschema` |")
    print("|---|---|---|---|---|")
    generic = load("movement/jsonschema")
    for name in ["value", "jsonschema", "crate"]:
        got = load(f"movement/{name}")
        if got is None:
            continue
        t, tp = got
        vs_value = value[0] / t
        vs_generic = generic[0] / t if generic else float("nan")
        print(
            f"| `{name}` | {fmt_time(t)} | {mib_per_s(t, tp):.0f} MiB/s "
            f"| {vs_value:.2f}× | {vs_generic:.2f}× |"
        )
    print()


def scaling():
    routes_ = ["value", "crate", "compare", "estimate"]
    scales = ["1x", "10x", "100x"]
    found = {(r, s): load(f"scaling/{r}/{s}") for r in routes_ for s in scales}
    if not any(found.values()):
        return
    print("| route | 1× | 10× | 100× | 10× ÷ 1× | 100× ÷ 10× |")
    print("|---|---|---|---|---|---|")
    for r in routes_:
        times = [found[(r, s)][0] if found[(r, s)] else None for s in scales]
        cells = [fmt_time(t) if t else "–" for t in times]
        ratio = lambda a, b: f"{b / a:.2f}" if a and b else "–"
        print(
            f"| `{r}` | {' | '.join(cells)} | {ratio(times[0], times[1])} "
            f"| {ratio(times[1], times[2])} |"
        )
    print()


def others():
    rows = [
        ("national-tov/baseline: serde_json::Value", "national ToV: `serde_json::Value`"),
        ("national-tov/parse", "national ToV: parse"),
        ("national-tov/parse + validate", "national ToV: parse + validate"),
        ("estimate-by-people/baseline: 10^3 people", "estimate: 10^3 people"),
        ("estimate-by-people/10^6 people", "estimate: 10^6 people"),
    ]
    found = [(label, load(i)) for i, label in rows]
    if not any(got for _, got in found):
        return
    base = dict(found)
    print("| benchmark | time | time ÷ its baseline |")
    print("|---|---|---|")
    for label, got in found:
        if got is None:
            continue
        if label.startswith("national ToV"):
            ref = base.get("national ToV: `serde_json::Value`")
        else:
            ref = base.get("estimate: 10^3 people")
        ratio = f"{got[0] / ref[0]:.2f}×" if ref else "–"
        print(f"| {label} | {fmt_time(got[0])} | {ratio} |")
    print()



def command_table():
    """The table of `cargo bench --features cli --bench one_document_command`: the command end
    to end per line, beside reading and parsing its files (its baseline, same run)."""
    work = ["check", "compare", "estimate", "render mermaid", "render svg", "render html",
            "render markdown", "cids"]
    sizes = ["10^3", "10^4", "10^5"]
    rows = []
    for w in work:
        times = [load(f"one-document-command/{w}/{n}") for n in sizes]
        base = [load(f"one-document-command/baseline: read {w}/{n}") for n in sizes]
        if any(times):
            rows.append((w, times, base))
    if not rows:
        return
    print("One document: the command end to end\n")
    print("| command | 10^3 | 10^4 | 10^5 | ×, 10^3 → 10^4 | ×, 10^4 → 10^5 "
          "| reading and parsing its files, ×, per step |")
    print("|---|---|---|---|---|---|---|")
    for w, times, base in rows:
        cells = [fmt_time(t[0]) if t else "–" for t in times]
        steps, bsteps = [], []
        for a, b in [(0, 1), (1, 2)]:
            steps.append(f"{times[b][0] / times[a][0]:.1f}" if times[a] and times[b] else "–")
            bsteps.append(f"{base[b][0] / base[a][0]:.1f}" if base[a] and base[b] else "–")
        print(f"| {w} | {' | '.join(cells)} | {steps[0]} | {steps[1]} | {' / '.join(bsteps)} |")
    print()

def one_document():
    """The tables of `cargo bench --bench one_document_rules` and `--bench one_document`: per
    size, the time, and per tenfold step the growth of each line beside the growth of its
    floor or baseline in the same run."""

    def table(title, rows, sizes, floor):
        got = {name: [load(i.format(n=n)) for n in sizes] for name, i in rows}
        if not any(x for xs in got.values() for x in xs):
            return
        base = got.get(floor)
        print(f"{title}\n")
        print("| work | 10^3 | 10^4 | 10^5 | ×, 10^3 → 10^4 | ×, 10^4 → 10^5 "
              f"| growth ÷ growth of {floor}, per step |")
        print("|---|---|---|---|---|---|---|")
        for name, times in got.items():
            cells = [fmt_time(t[0]) if t else "–" for t in times]
            steps = []
            rel = []
            for a, b, i in [(0, 1, 0), (1, 2, 1)]:
                if times[a] and times[b]:
                    g = times[b][0] / times[a][0]
                    steps.append(f"{g:.1f}")
                    if base and base[a] and base[b]:
                        rel.append(f"{g / (base[b][0] / base[a][0]):.2f}")
                    else:
                        rel.append("–")
                else:
                    steps.append("–")
                    rel.append("–")
            print(f"| {name} | {' | '.join(cells)} | {steps[0]} | {steps[1]} | {' / '.join(rel)} |")
        print()

    table(
        "One document: check, compare, estimate",
        [
            ("floor: a bare link check", "one-document-check/floor/{n}"),
            ("check", "one-document-check/{n}"),
            ("compare", "one-document-compare/{n}"),
            ("estimate", "one-document-estimate/{n}"),
        ],
        ["10^3", "10^4", "10^5"],
        "floor: a bare link check",
    )
    table(
        "One document: renderings and export",
        [
            ("baseline: to JSON", "one-document/baseline: to JSON/{n}"),
            ("render mermaid", "one-document/render mermaid/{n}"),
            ("render svg", "one-document/render svg/{n}"),
            ("render html", "one-document/render html/{n}"),
            ("render markdown", "one-document/render markdown/{n}"),
            ("cids", "one-document/cids/{n}"),
            ("cids as a Value", "one-document/cids as a Value/{n}"),
        ],
        ["1000", "10000", "100000"],
        "baseline: to JSON",
    )
    command_table()
    table(
        "One document: the other kinds",
        [
            ("floor: a bare link check", "one-document-check/floor/{n}"),
            ("stories: validate", "more-stories/validate/{n}"),
            ("stories: monitor report", "more-stories/monitor_report/{n}"),
            ("measurements: validate", "more-measurements/validate/{n}"),
            ("measurements: classify", "more-measurements/classify/{n}"),
            ("area figures: validate", "more-areas/validate/{n}"),
            ("area figures: monitor report", "more-areas/monitor_report/{n}"),
            ("persona set: validate", "more-personas/set_validate/{n}"),
            ("census: validate", "more-personas/census_validate/{n}"),
            ("census: merge", "more-personas/census_merge/{n}"),
            ("break-even", "more-personas/break_even/{n}"),
            ("funding: validate", "more-funding/validate/{n}"),
            ("funding: totals", "more-funding/totals/{n}"),
            ("funding: wrong pocket", "more-funding/wrong_pocket/{n}"),
            ("funding: Markdown", "more-funding/funding_markdown/{n}"),
            ("report for the board: HTML", "more-report/html/{n}"),
        ],
        ["10^3", "10^4", "10^5"],
        "floor: a bare link check",
    )


if __name__ == "__main__":
    if not ROOT.exists():
        sys.exit("no criterion results: run `cargo bench --bench movement` first")
    RESULTS.update(index())
    routes()
    scaling()
    others()
    one_document()
