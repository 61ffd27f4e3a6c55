"""Claim texts read by a person: a fixed random sample of the claims in a database built from
the seeds, the 600 FNC-1 dev bodies and the 1,683 FNC-1 train bodies of ``../shared/corpus``,
each printed with its sentence, its source and cue, so that a reader can count the texts that
are not readable propositions (issue 9).  The figures this sampling gives are hand counts; they
are recorded in ``docs/quality.md`` with the criteria used.

    python benchmarks/claim_reading.py build --db /tmp/reading.db        # ingest the three corpora
    python benchmarks/claim_reading.py sample --db /tmp/reading.db --half tune -n 50 --seed 1
    python benchmarks/claim_reading.py sample --db /tmp/reading.db --half held -n 100 --seed 2026
    python benchmarks/claim_reading.py counts --db /tmp/reading.db       # claims per corpus and half

The articles are split once by a stable hash of their ingest id (``half_of``: sha256 of
``"claim-reading:" + id``, first byte even = ``tune``, odd = ``held``); rules are written while
reading samples of the ``tune`` half only, and the ``held`` half is read once, at the end.  Ids:
the seed's file name, the dev record's id (``dev-<Body ID>``), ``fnc1-<Body ID>`` for the corpus.
``sample`` reads the claims of the newest extractor version in the database.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "eval" / "xref_fnc1_dev_bodies.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"


def half_of(doc_id: str) -> str:
    """The half (``"tune"`` or ``"held"``) an article belongs to, by a stable hash of its id."""
    return "tune" if hashlib.sha256(f"claim-reading:{doc_id}".encode()).digest()[0] % 2 == 0 else "held"


def corpus_of(doc_id: str) -> str:
    """Which of the three corpora an ingest id comes from."""
    if doc_id.startswith("fnc1-"):
        return "corpus"
    if doc_id.startswith("dev-"):
        return "dev600"
    return "seeds"


def write_inputs(folder: Path) -> list[Path]:
    """The three corpora as files to ingest: the seeds' ``.txt`` files copied, the dev bodies
    and the corpus bodies as JSONL records ``{"id", "text"}``."""
    out = []
    seeds = folder / "seeds"
    seeds.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        (seeds / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    out.append(seeds)
    if DEV.is_file():
        dst = folder / "dev600.jsonl"
        with DEV.open(encoding="utf-8") as fh, dst.open("w", encoding="utf-8") as w:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    w.write(json.dumps({"id": f"dev-{d['id']}", "text": d["text"]}, ensure_ascii=False) + "\n")
        out.append(dst)
    if CORPUS.is_file():
        csv.field_size_limit(sys.maxsize)
        dst = folder / "corpus.jsonl"
        with CORPUS.open(encoding="utf-8", newline="") as fh, dst.open("w", encoding="utf-8") as w:
            for row in csv.DictReader(fh):
                w.write(json.dumps({"id": f"fnc1-{row['Body ID']}", "text": row["articleBody"]},
                                   ensure_ascii=False) + "\n")
        out.append(dst)
    return out


def build(db: Path, workers: int = 1) -> int:
    """Ingest the three corpora into ``db`` with the ``claimcheck`` of this checkout; returns
    the command's exit status."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_inputs(Path(tmp))
        cmd = [sys.executable, "-m", "claimcheck", "ingest", "--db", str(db), "-q", "--workers", str(workers),
               *map(str, paths)]
        return subprocess.call(cmd)


def _key(path: str) -> str:
    """The ingest id of an article: a seed file's name (its folder path aside), else the record id."""
    return Path(path).name if path.endswith(".txt") else path


def rows(db: Path) -> list[dict]:
    """Every claim of the newest extractor version of the current articles, with its article id,
    sentence, and attribution (source, cue, act), ordered by article and claim index."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    version = con.execute("SELECT extractor_version FROM claims ORDER BY id DESC LIMIT 1").fetchone()[0]
    q = """
    SELECT a.doc_key, a.text AS article, c.idx, c.text, c.start, c.end, c.polarity, c.modality,
           s.start AS s_start, s.end AS s_end, t.source_text, t.cue_text, t.act
    FROM claims c JOIN articles a ON a.id = c.article_id
    LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence_idx
    LEFT JOIN attributions t ON t.id = c.attribution_id
    WHERE c.extractor_version = ? AND a.is_current
    ORDER BY a.doc_key, c.idx"""
    out = []
    for r in con.execute(q, (version,)):
        d = dict(r)
        d["id"] = _key(d.pop("doc_key"))
        art = d.pop("article")
        d["sentence"] = art[d["s_start"]:d["s_end"]] if d["s_start"] is not None else ""
        out.append(d)
    con.close()
    return out


def sample(all_rows: list[dict], half: str, n: int, seed: int) -> list[dict]:
    """``n`` claims drawn at random (``random.Random(seed)``) from the articles of ``half``
    (``tune``, ``held`` or ``all``)."""
    pool = [r for r in all_rows if half == "all" or half_of(r["id"]) == half]
    return random.Random(seed).sample(pool, min(n, len(pool)))


def show(picked: list[dict]) -> None:
    for k, r in enumerate(picked, 1):
        src = f"{r['source_text']} | {r['cue_text']} | {r['act']}" if r["cue_text"] else "(own voice)"
        print(f"[{k}] {r['id']} #{r['idx']} ({corpus_of(r['id'])}; {r['polarity']}, {r['modality']}; {src})")
        print(f"    CLAIM: {r['text']}")
        sent = " ".join(r["sentence"].split())
        print(textwrap.indent(textwrap.fill(f"SENT: {sent}", 110), "    "))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="ingest the seeds, the dev bodies and the corpus into --db")
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("--workers", type=int, default=1)
    s = sub.add_parser("sample", help="print a fixed random sample of claims with their sentences")
    s.add_argument("--db", type=Path, required=True)
    s.add_argument("--half", choices=("tune", "held", "all"), default="tune")
    s.add_argument("-n", type=int, default=50)
    s.add_argument("--seed", type=int, default=1)
    c = sub.add_parser("counts", help="claims per corpus and half")
    c.add_argument("--db", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "build":
        if args.db.exists():
            print(f"{args.db}: exists; remove it first", file=sys.stderr)
            return 1
        return build(args.db, args.workers)
    if not args.db.is_file():
        print(f"{args.db}: no such database (run build first)", file=sys.stderr)
        return 1
    all_rows = rows(args.db)
    if args.cmd == "counts":
        counts: dict[tuple[str, str], int] = {}
        for r in all_rows:
            key = (corpus_of(r["id"]), half_of(r["id"]))
            counts[key] = counts.get(key, 0) + 1
        for (corpus, half), n in sorted(counts.items()):
            print(f"{corpus:8} {half:5} {n:6}")
        print(f"{'all':14} {len(all_rows):6}")
        return 0
    show(sample(all_rows, args.half, args.n, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
