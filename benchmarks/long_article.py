"""Ingest CPU time of ONE long article at n, 2n and 4n sentences (perf27).

The project's standard is that parsing and ingest run in linear time in the input, also on one
long article (a new user's 1.3 MB one-line file of one repeated sentence did not finish in 300 s:
per-sentence lookups that scanned the whole article made ingest quadratic).  This benchmark
writes one article per size into its own directory and times
``python -m claimcheck ingest DIR --db X -q`` in a child process (user + system CPU of the
child, ``resource.getrusage(RUSAGE_CHILDREN)``), after a *floor*: the same command on a
one-sentence article, measured in the same run (start-up, lexicons, store; not per sentence).

Two kinds of article:

* ``repeat``: "Ruritania shelled Kessel, officials said." n times on one line (the adversarial
  file of the report: every sentence one claim, all identical, one paragraph);
* ``varied``: real sentences, paragraph breaks kept: the bodies of
  ``../shared/corpus/fnc1_train_bodies.csv`` (next to the repository root) joined with blank
  lines, in file order, up to n sentences (the repository's ``seeds/*.txt`` cycled when the
  corpus is absent).  No corpus text is written into the repository: the articles live in
  ``--workdir``.

For each kind and size it prints the CPU, the CPU above the floor, milliseconds per sentence,
and the growth ``(cpu(kn) - floor) / (cpu(n) - floor)``, which is k for linear time; the run
fails (exit 1) when a growth exceeds ``--tolerance`` × k (default 1.35: the machine is shared
and CPU time varies by a few per cent).

Usage (from the repository root; ``PYTHONPATH`` picks the tree measured)::

    PYTHONPATH=. python benchmarks/long_article.py                       # n = 1000, both kinds
    PYTHONPATH=. python benchmarks/long_article.py --n 2500 --kinds repeat --out benchmarks/results/long_article.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"
REPEATED = "Ruritania shelled Kessel, officials said."
# a rough sentence count for sizing only (the parser's own split decides what is read)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s|$)")


def repeat_article(n: int) -> str:
    """``REPEATED`` ``n`` times on one line."""
    return " ".join([REPEATED] * n) + "\n"


def _paragraphs() -> list[str]:
    """Paragraphs of real text: the corpus bodies', else the seeds'."""
    out: list[str] = []
    if CORPUS.exists():
        csv.field_size_limit(sys.maxsize)
        with CORPUS.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out.extend(p.strip() for p in row["articleBody"].split("\n") if p.strip())
    else:
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            out.extend(x.strip() for x in p.read_text(encoding="utf-8").split("\n") if x.strip())
    return out


def varied_article(n: int, paragraphs: list[str]) -> tuple[str, int]:
    """Paragraphs in order (cycled) joined by blank lines until about ``n`` sentences; the text
    and its rough sentence count."""
    out, count, k = [], 0, 0
    while count < n:
        p = paragraphs[k % len(paragraphs)]
        out.append(p)
        count += max(1, len(_SENTENCE_END.findall(p)))
        k += 1
    return "\n\n".join(out) + "\n", count


def ingest_cpu(text: str, workdir: Path, name: str) -> float:
    """CPU seconds (user + system) of ``python -m claimcheck ingest`` of ``text`` as one article."""
    d = workdir / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "article.txt").write_text(text, encoding="utf-8")
    db = workdir / f"{name}.db"
    if db.exists():
        db.unlink()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "claimcheck", "ingest", str(d), "--db", str(db), "-q"],
                   check=True, cwd=workdir, env=os.environ.copy())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="the smallest size, in sentences (then 2n, 4n)")
    ap.add_argument("--kinds", default="repeat,varied", help="comma-separated: repeat, varied")
    ap.add_argument("--tolerance", type=float, default=1.35, help="allowed growth over linear (ratio)")
    ap.add_argument("--workdir", type=Path, default=None, help="where the articles and databases go (default: a temp dir)")
    ap.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="long_article_"))
    workdir.mkdir(parents=True, exist_ok=True)
    floor = ingest_cpu(REPEATED + "\n", workdir, "floor")
    print(f"floor (one sentence): {floor:.2f} s CPU")
    results: dict[str, object] = {"floor_cpu_s": round(floor, 2), "n": args.n, "kinds": {}}
    ok = True
    paragraphs = _paragraphs() if "varied" in args.kinds.split(",") else []
    for kind in args.kinds.split(","):
        rows = []
        for k in (1, 2, 4):
            size = args.n * k
            text, count = (repeat_article(size), size) if kind == "repeat" else varied_article(size, paragraphs)
            cpu = ingest_cpu(text, workdir, f"{kind}_{size}")
            rows.append({"sentences": count, "bytes": len(text.encode("utf-8")), "cpu_s": round(cpu, 2),
                         "above_floor_s": round(cpu - floor, 2),
                         "ms_per_sentence": round(1000 * (cpu - floor) / count, 3)})
        base = max(rows[0]["above_floor_s"], 0.01)  # type: ignore[type-var]
        for k, row in zip((1, 2, 4), rows):
            growth = row["above_floor_s"] / base  # type: ignore[operator]
            # sizes of the varied kind are rough: the growth is judged against the sentence ratio
            want = row["sentences"] / rows[0]["sentences"]  # type: ignore[operator]
            row["growth"] = round(growth, 2)
            row["linear_growth"] = round(want, 2)
            if growth > args.tolerance * want:
                ok = False
            print(f"{kind:7s} {row['sentences']:6d} sentences {row['bytes']:8d} B  cpu {row['cpu_s']:6.2f} s  "
                  f"above floor {row['above_floor_s']:6.2f} s  {row['ms_per_sentence']:6.3f} ms/sentence  "
                  f"growth {growth:5.2f} (linear {want:.2f})")
        results["kinds"][kind] = rows  # type: ignore[index]
    results["linear"] = ok
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if not ok:
        print(f"super-linear: a growth exceeds {args.tolerance} x the size ratio", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
