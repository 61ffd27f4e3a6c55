#!/usr/bin/env python3
"""``check`` accuracy on the 77 dev claims, by half, raw and adjudicated.

    python benchmarks/check_dev.py --db /tmp/dev.db            # ingests the 600 dev bodies if missing
    python benchmarks/check_dev.py --db /tmp/dev.db --rows T   # also each claim of half T (tuning)
    python benchmarks/check_dev.py --db /tmp/dev.db --json
    python benchmarks/check_dev.py --db /tmp/dev.db --commands  # also wall and CPU time per command

Runs :func:`claimcheck.api.check` in one process for each claim of
``../shared/eval/xref_fnc1_dev_groups.jsonl`` (the same call as ``claimcheck check``, without a
new Python per claim; ``../shared/eval/score_xref.py`` gives the figure through the command).

**Halves**, fixed once: ``zlib.crc32(claim.encode("utf-8")) % 2 == 0`` is the tuning half ``T``
(rules may be written looking at its errors), odd the held-out half ``H`` (only ever scored).

**Adjudication** (``benchmarks/check_adjudication.toml``): the groups call a claim
``no_evidence`` when no corpus body was *labelled* for it in FNC-1, but bodies labelled for a
sibling headline often address the same event.  The file records, per claim (its index in the
groups file), a verdict read by a person: ``addressed`` (a body of the corpus addresses the
claim, so a status other than ``no_evidence`` is right, and ``no_evidence`` wrong) or
``not_addressed`` (the label stands), with a one-line reason.  For an ``addressed`` claim the
adjudicated figure counts ``corroborated``, ``contradicted``, ``single_source`` and
``unattributed`` as right (which of them is right was not adjudicated).  Both figures are
printed; the raw one is the scorer's.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
import tomllib
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
GROUPS = EVAL / "xref_fnc1_dev_groups.jsonl"
BODIES = EVAL / "xref_fnc1_dev_bodies.jsonl"
ADJUDICATION = ROOT / "benchmarks" / "check_adjudication.toml"
FOUND = ("corroborated", "contradicted", "single_source", "unattributed")


def half(claim: str) -> str:
    """``T`` (tuning) or ``H`` (held out), fixed once by crc32 of the claim text."""
    return "T" if zlib.crc32(claim.encode("utf-8")) % 2 == 0 else "H"


def adjudication(path: Path = ADJUDICATION) -> dict[int, dict]:
    """{group index: {"verdict", "reason"}} from the adjudication file (empty when missing).
    Raises ValueError on an unknown verdict."""
    if not path.exists():
        return {}
    rows = tomllib.loads(path.read_text(encoding="utf-8")).get("claim", [])
    out = {}
    for r in rows:
        if r["verdict"] not in ("addressed", "not_addressed"):
            raise ValueError(f"{path}: claim {r['index']}: unknown verdict {r['verdict']!r}")
        out[int(r["index"])] = r
    return out


def right(expected: str, got: str, verdict: str | None) -> bool:
    """Whether ``got`` is right for a claim labelled ``expected``, given the adjudicated verdict."""
    if expected == "no_evidence" and verdict == "addressed":
        return got in FOUND
    return got == expected


def summary(rows: list[dict], adjudicated: bool) -> dict:
    """Accuracy, recall per expected status and the confusion of ``rows``."""
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    confusion: collections.Counter = collections.Counter()
    for r in rows:
        ok = right(r["expected"], r["got"], r["verdict"] if adjudicated else None)
        per[r["expected"]][0] += ok
        per[r["expected"]][1] += 1
        confusion[f"{r['expected']}->{r['got']}"] += 1
    n = len(rows)
    return {"n": n, "accuracy": round(sum(v[0] for v in per.values()) / max(n, 1), 3),
            "recall": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per.items())},
            "confusion": dict(sorted(confusion.items()))}


def command_times(claims: list[str], db: str) -> dict:
    """Each claim checked as ``python -m claimcheck check CLAIM --db DB --format json`` in a new
    process, as ``score_xref.py`` calls it: the median wall time and the median CPU time (user +
    system of the child, from ``resource.getrusage``), and the 1-minute load average before and
    after (wall time means little on a loaded machine; CPU time does not depend on the load)."""
    import os
    import resource
    import subprocess

    walls, cpus = [], []
    load_before = round(os.getloadavg()[0], 2)
    for claim in claims:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimcheck", "check", claim, "--db", db, "--format", "json"],
                       capture_output=True, check=False)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    walls.sort()
    cpus.sort()
    return {"n": len(claims), "median_wall_s": round(walls[len(walls) // 2], 3),
            "median_cpu_s": round(cpus[len(cpus) // 2], 3), "load_before": load_before,
            "load_after": round(os.getloadavg()[0], 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="SQLite file (the 600 dev bodies are ingested if it is missing)")
    ap.add_argument("--rows", choices=("T", "H", "all"), help="print each claim of this half")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--commands", action="store_true",
                    help="also time each claim as a `python -m claimcheck check` command: median wall and CPU")
    a = ap.parse_args()
    if not GROUPS.exists():
        print(f"skipped: {GROUPS} not found")
        return 0
    from claimcheck import api

    if not Path(a.db).exists():
        api.ingest([str(BODIES)], a.db)
    groups = [json.loads(line) for line in GROUPS.read_text(encoding="utf-8").splitlines() if line.strip()]
    adj = adjudication()
    rows = []
    times = []
    with api.Store(a.db) as store:
        for i, g in enumerate(groups):
            t = time.perf_counter()
            out = api.check(store, g["claim"], limit=0)
            times.append(time.perf_counter() - t)
            rows.append({"index": i, "claim": g["claim"], "expected": g["expected"], "got": out["status"],
                         "half": half(g["claim"]), "verdict": adj.get(i, {}).get("verdict"), "out": out})
    report = {}
    for part in ("T", "H", "whole"):
        chosen = [r for r in rows if part == "whole" or r["half"] == part]
        report[part] = {"raw": summary(chosen, False), "adjudicated": summary(chosen, True)}
    times.sort()
    report["median_s_in_process"] = round(times[len(times) // 2], 3)
    if a.commands:
        report["commands"] = command_times([g["claim"] for g in groups], a.db)
    if a.json:
        print(json.dumps(report, indent=1))
    else:
        for part in ("T", "H", "whole"):
            for kind in ("raw", "adjudicated"):
                s = report[part][kind]
                print(f"{part:5} {kind:11} n {s['n']:2}  accuracy {s['accuracy']:.3f}  " +
                      "  ".join(f"{k} {v}" for k, v in s["recall"].items()))
            print(f"      confusion {report[part]['raw']['confusion']}")
        print(f"median check in process {report['median_s_in_process']} s")
        if a.commands:
            c = report["commands"]
            print(f"as a command ({c['n']} calls): median wall {c['median_wall_s']} s, median CPU {c['median_cpu_s']} s, "
                  f"load average before/after {c['load_before']}/{c['load_after']}")
    if a.rows:
        for r in rows:
            if a.rows != "all" and r["half"] != a.rows:
                continue
            ok = right(r["expected"], r["got"], r["verdict"])
            o = r["out"]
            print(f"\n[{r['index']}] {'OK ' if ok else 'BAD'} {r['expected']} -> {r['got']}  {r['claim']}")
            print(f"   prop {o['proposition']}  reasons {o['reasons'][:2]}")
            for g in o["origins"][:8]:
                ev = o["evidence"][g["evidence"][0]] if g["evidence"] else {}
                print(f"   - {g['stance']:11} {g['label'][:30]:30} n={g['pieces']} art={ev.get('article')} "
                      f"{ev.get('reason', '')[:40]!r} | {ev.get('sentence', '')[:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
