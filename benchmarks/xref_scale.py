"""Cross-referencing and report cost at 1k, 10k and 100k articles (recombined real sentences).

    /work/venv/bin/python benchmarks/xref_scale.py                 # everything (~15-25 min)
    /work/venv/bin/python benchmarks/xref_scale.py --only xref     # pure cross-referencing only
    /work/venv/bin/python benchmarks/xref_scale.py --only store,report,help
    python benchmarks/xref_scale.py --only real --real-sizes 1000,10000 --out benchmarks/results/xref_scale_real.json

Input.  The 1,683 real bodies of ``../shared/corpus/fnc1_train_bodies.csv`` (next to the
repository root; the script skips with a message when it is absent, and no corpus text enters
the repository) are parsed once with ``claimcheck.api.extract``.  Every claim becomes a pool
entry with the fields of :class:`claimcheck.model.ClaimRecord` (claim text, sentence text,
actors, action, polarity, modality, refers_to, speech act, source kind / name, via chain).
A synthetic article draws its number of claims from the real per-article distribution and its
claims from the pool (seeded RNG), gets one of 200 made-up outlets and a date spread over
three years; claim ids and uids are unique.  Text strings are copied per claim, as a load from
the store would give them.

Stages (each run in a fresh child process, so ``ru_maxrss`` is that size's peak):

* ``xref``: ``api._actor_index(claims, [])`` then ``xref.analyse.analyse(claims, index)``,
  timed as actor index / clustering (``cluster_claims``) / assessment (``assess`` summed over
  clusters) / the rest of ``analyse`` (cluster records, source grades);
* ``store`` (1k, 10k): synthetic JSONL articles of recombined real sentences are ingested with
  ``api.ingest(..., analyse=False)``; then ``load_claim_records``, actor index, ``analyse`` and
  ``write_analysis`` are timed one by one, and ``api.analyse_store`` end to end;
* ``report``: ``claimcheck report --format json|table`` wall time (subprocess, median) on the
  10k store, and on a 100k scale-test database whose cluster rows are the 100k analysis written
  with ``write_analysis`` after a run row (cluster members are left out: ``report`` does not
  read them; the articles/claims tables are empty there);
* ``help``: ``claimcheck --help`` wall time (subprocess, median);
* ``real`` (only with ``--only real``; sizes ``--real-sizes``): real-text variants, the 1,683 real
  bodies copied with names and numbers varied per copy (``benchmarks/check.py``'s generator), so
  claims differ instead of recurring; per size: ``api.ingest`` without cross-referencing
  (``--workers``, default 1), ``api.analyse_store`` alone, ``claimcheck report --format
  json|table`` (time to the first row, to the end, CPU, peak memory; 3 runs) and ``claimcheck
  check`` on 10 claims cut from the corpus; CPU, wall, peak memory and the load average with
  each.  ``--add K``: also ``api.ingest`` of the K next real-text articles into a copy of the
  cross-referenced store (what adding a small batch costs, its analysis included).  A store already ingested is kept (``--workdir``), with its ingest figures in ``--out``.

Writes ``benchmarks/results/xref_scale.json`` and prints a summary.  Intermediate files (claim
pool, JSONL, databases) live in ``--workdir`` (default: a directory under the system temp dir,
kept for reruns).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"
RESULTS = ROOT / "benchmarks" / "results" / "xref_scale.json"
SEED = 20141001
N_OUTLETS = 200
DAYS = 3 * 365
START = 735599  # 2015-01-01 as a proleptic ordinal
_PLACES = ("Northgate", "Riverside", "Harbor", "Eastfield", "Westbrook", "Lakeshore", "Highland", "Baymouth",
           "Stonebridge", "Fairhaven", "Redcliff", "Ashford", "Millbrook", "Kingsport", "Oakridge", "Pinecrest",
           "Silverton", "Brookvale", "Clearwater", "Greyhaven")
_PAPERS = ("Herald", "Times", "Post", "Courier", "Gazette", "Tribune", "Ledger", "Chronicle", "Observer", "Sentinel")
OUTLETS = [f"The {p} {q}" for p in _PLACES for q in _PAPERS][:N_OUTLETS]


def rss_now_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


# --------------------------------------------------------------------------- the pool


def build_pool(workdir: Path) -> Path:
    """Parse the real bodies once; keep claims (as ClaimRecord fields) and sentences."""
    out = workdir / "pool.pkl"
    if out.is_file():
        return out
    csv.field_size_limit(sys.maxsize)
    jsonl = workdir / "fnc1_bodies.jsonl"
    with CORPUS.open(encoding="utf-8", newline="") as fh, jsonl.open("w", encoding="utf-8") as dst:
        for row in csv.DictReader(fh):
            dst.write(json.dumps({"id": f"fnc1-{row['Body ID']}", "text": row["articleBody"]}) + "\n")
    from claimcheck import api
    from claimcheck.ingest.readers import Skip

    t0 = time.perf_counter()
    claims: list[tuple] = []
    per_article: list[int] = []
    sentences: list[str] = []
    sents_per_article: list[int] = []
    for ex in api.extract([str(jsonl)], max_bytes=1 << 30):
        if isinstance(ex, Skip):
            continue
        per_article.append(len(ex.claims))
        body = [s.text_of(ex.text).strip() for s in ex.sentences if not s.boilerplate]
        body = [s for s in body if len(s) > 20]
        sentences.extend(body)
        sents_per_article.append(len(body))
        for c in ex.claims:
            sent = ex.sentences[c.sentence].text_of(ex.text) if 0 <= c.sentence < len(ex.sentences) else c.span.text
            act = kind = name = None
            via: tuple[str, ...] = ()
            if c.attribution is not None:
                a = ex.attributions[c.attribution]
                act = a.act
                via = tuple(v.text for v in a.via)
                src = a.source
                if src is not None and src.span is not None:
                    kind = src.kind
                    name = (src.actor or (src.resolved.text if src.resolved else src.span.text)).strip()
            claims.append((c.span.text, sent, tuple(c.actors), c.action, c.polarity, c.modality, c.refers_to,
                           act, kind, name, via))
    seconds = time.perf_counter() - t0
    jsonl.unlink()
    with out.open("wb") as fh:
        pickle.dump({"claims": claims, "per_article": per_article, "sentences": sentences,
                     "sents_per_article": sents_per_article, "extract_seconds": seconds}, fh)
    return out


def load_pool(workdir: Path) -> dict:
    with (workdir / "pool.pkl").open("rb") as fh:
        return pickle.load(fh)


def _copy(s: str | None) -> str | None:
    return None if s is None else (s + " ")[:-1]  # a distinct object, as a row from the store


def synth_claims(pool: dict, n_articles: int, seed: int = SEED) -> list:
    """ClaimRecords for ``n_articles`` synthetic articles sampled from the real claim pool."""
    import datetime as dt
    import hashlib

    from claimcheck.model import ClaimRecord

    rng = random.Random(seed)
    src_ids: dict[tuple[str, str], int] = {}
    pc, per = pool["claims"], pool["per_article"]
    out = []
    cid = 0
    for a in range(n_articles):
        auid = "a" + hashlib.sha1(f"art{a}".encode()).hexdigest()[:20]
        outlet = OUTLETS[rng.randrange(N_OUTLETS)]
        published = dt.date.fromordinal(START + rng.randrange(DAYS))
        for _ in range(rng.choice(per)):
            text, sent, actors, action, pol, mod, ref, act, kind, name, via = pc[rng.randrange(len(pc))]
            cid += 1
            sid = None
            if kind is not None:
                sid = src_ids.setdefault((kind, name.lower()), len(src_ids) + 1)
            out.append(ClaimRecord(
                claim_id=cid, claim_uid="c" + hashlib.sha1(f"cl{cid}".encode()).hexdigest()[:20],
                article_id=a + 1, article_uid=auid, outlet=outlet, published=published,
                text=_copy(text), sentence_text=_copy(sent), actors=tuple(_copy(x) for x in actors), action=action,
                polarity=pol, modality=mod, refers_to=ref, act=act, source_id=sid, source_kind=kind,
                source_name=_copy(name), via=tuple(_copy(v) for v in via), reverses_claim_id=None))
    return out


# --------------------------------------------------------------------------- children


def child_xref(workdir: Path, n: int, profile: bool) -> dict:
    from collections import Counter

    import claimcheck.xref.actors  # noqa: F401 - imports outside the timed region
    import claimcheck.xref.analyse as an
    from claimcheck import api

    pool = load_pool(workdir)
    claims = synth_claims(pool, n)
    del pool
    rss_input = rss_now_mb()
    timers = {"cluster": 0.0, "assess": 0.0}
    orig_cluster, orig_assess = an.cluster_claims, an.assess

    def cluster_claims(*a, **k):  # noqa: ANN002, ANN003, ANN202
        t = time.perf_counter()
        r = orig_cluster(*a, **k)
        timers["cluster"] += time.perf_counter() - t
        return r

    def assess(*a, **k):  # noqa: ANN002, ANN003, ANN202
        t = time.perf_counter()
        r = orig_assess(*a, **k)
        timers["assess"] += time.perf_counter() - t
        return r

    an.cluster_claims, an.assess = cluster_claims, assess
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    from claimcheck.lexicons import load_lexicons

    lex = load_lexicons()
    index = api._actor_index(claims, [], lex)
    t1 = time.perf_counter()
    result = an.analyse(claims, index, lex)
    t2 = time.perf_counter()
    out: dict = {}
    if prof is not None:
        import io
        import pstats

        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
        out["profile_tottime"] = buf.getvalue()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
        out["profile_cumulative"] = buf.getvalue()
    sizes = sorted(len(c.members) for c in result.clusters)
    if n >= 100_000:  # keep the analysis for the report scale test
        with (workdir / f"analysis-{n}.pkl").open("wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    out.update({
        "articles": n, "claims": len(claims), "actors": len(index.actors()), "clusters": len(result.clusters),
        "largest_cluster": sizes[-1] if sizes else 0,
        "clusters_ge_10": sum(1 for s in sizes if s >= 10), "clusters_ge_100": sum(1 for s in sizes if s >= 100),
        "by_status": dict(Counter(c.status for c in result.clusters)),
        "actor_index_s": t1 - t0, "clustering_s": timers["cluster"], "assessment_s": timers["assess"],
        "rest_s": (t2 - t1) - timers["cluster"] - timers["assess"], "total_s": t2 - t0,
        "rss_input_mb": rss_input, "peak_rss_mb": peak_mb(),
    })
    return out


def write_articles(pool: dict, n: int, path: Path, seed: int = SEED) -> None:
    """``n`` JSONL articles of recombined real sentences, with outlet and date."""
    import datetime as dt

    rng = random.Random(seed + n)
    sents, per = pool["sentences"], pool["sents_per_article"]
    with path.open("w", encoding="utf-8") as fh:
        for a in range(n):
            k = max(1, rng.choice(per))
            body = [sents[rng.randrange(len(sents))] for _ in range(k)]
            text = "\n\n".join(" ".join(body[i:i + 3]) for i in range(0, k, 3))  # paragraphs of 3 sentences
            fh.write(json.dumps({"id": f"synth-{n}-{a}", "title": body[0][:120], "text": text,
                                 "outlet": OUTLETS[rng.randrange(N_OUTLETS)],
                                 "published": dt.date.fromordinal(START + rng.randrange(DAYS)).isoformat()}) + "\n")


def child_ingest(jsonl: str, db: str) -> dict:
    from claimcheck import api
    import claimcheck.ingest.pipeline  # noqa: F401
    import claimcheck.parse  # noqa: F401

    t0 = time.perf_counter()
    s = api.ingest([jsonl], db, max_bytes=1 << 31, analyse=False, workers=1)  # one process: its CPU time is the whole cost
    return {"seconds": time.perf_counter() - t0, "ingested": s.ingested, "skipped": len(s.skipped),
            "peak_rss_mb": peak_mb()}


def child_store(db: str) -> dict:
    """The store side stage by stage, in one session per step as analyse_store does."""
    from claimcheck import __version__, api
    from claimcheck.parse import extractor_version
    from claimcheck.store import analysis as sa
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope
    from claimcheck.xref.analyse import analyse

    engine = api.open_store(db)
    t = {}
    t0 = time.perf_counter()
    with session_scope(engine) as s:
        claims = sa.load_claim_records(s)
        decisions = sa.actor_decisions(s)
    t["load_claim_records_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    from claimcheck.lexicons import load_lexicons

    lex = load_lexicons()
    index = api._actor_index(claims, decisions, lex)
    t["actor_index_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = analyse(claims, index, lex)
    t["analyse_s"] = time.perf_counter() - t0
    with session_scope(engine) as s:
        run_id = repo.start_run(s, "xref", __version__, extractor_version(lex), {"benchmark": True})
    t0 = time.perf_counter()
    with session_scope(engine) as s:
        sa.write_analysis(s, run_id, result)
    t["write_analysis_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with session_scope(engine) as s:
        sa.write_actors(s, index)
    t["write_actors_s"] = time.perf_counter() - t0
    with session_scope(engine) as s:
        repo.finish_run(s, run_id, "done", {})
    t0 = time.perf_counter()
    summary = api.analyse_store(engine)
    t["analyse_store_s"] = time.perf_counter() - t0
    engine.dispose()
    t.update(claims=len(claims), clusters=summary.clusters, by_status=summary.by_status, peak_rss_mb=peak_mb())
    return t


def child_report_db(workdir: Path, n: int, db: str) -> dict:
    """A scale-test database holding the clusters of the n-article analysis."""
    import dataclasses

    from claimcheck import __version__, api
    from claimcheck.store import analysis as sa
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    with (workdir / f"analysis-{n}.pkl").open("rb") as fh:
        result = pickle.load(fh)
    result = dataclasses.replace(result, clusters=tuple(dataclasses.replace(c, members=()) for c in result.clusters),
                                 source_grades={})
    engine = api.open_store(db)
    with session_scope(engine) as s:
        run_id = repo.start_run(s, "xref", __version__, "benchmark", {"benchmark": "report scale test"})
    t0 = time.perf_counter()
    with session_scope(engine) as s:
        sa.write_analysis(s, run_id, result)
        repo.finish_run(s, run_id, "done", {"clusters": len(result.clusters)})
    secs = time.perf_counter() - t0
    engine.dispose()
    return {"clusters": len(result.clusters), "write_seconds": secs}


def child_report_inproc(db: str) -> dict:
    """Where report's time goes: query + dicts, then rendering, in one process."""
    import io

    t = {}
    t0 = time.perf_counter()
    from claimcheck import api
    from claimcheck.report import render
    t["import_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows = api.report(db)
    t["query_rows_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    render.to_json(rows)
    t["render_json_s"] = time.perf_counter() - t0
    from claimcheck.report.theme import make_console

    t0 = time.perf_counter()
    make_console(file=io.StringIO(), width=100).print(render.report_table(rows))
    t["render_table_s"] = time.perf_counter() - t0
    t["rows"] = len(rows)
    return t


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{proc.stderr.strip()[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def wall(cmd: list[str], runs: int) -> dict:
    times = []
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - t0)
        if p.returncode != 0:
            raise SystemExit(f"{cmd} failed: {p.stderr.decode()[-2000:]}")
    return {"runs_s": [round(x, 3) for x in times], "median_s": round(statistics.median(times), 3)}



# --------------------------------------------------------------------------- real-text variants


def real_corpus(n: int, folder: Path) -> Path:
    """``n`` real-text articles in ``folder``: the 1,683 real bodies in turn, copy 0, 1, 2 …, each
    copy with its names and numbers varied (``benchmarks/check.py``'s ``varied``: a capitalised
    word inside a sentence gets a suffix drawn for (copy, word), numbers grow by the copy's
    number), so copies are different articles about different people, not repeats that
    collapse as duplicates; outlets and dates spread."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from check import write_corpus  # one generator for both benchmarks

    if not (folder / "done").is_file():
        write_corpus(n, folder)
        (folder / "done").write_text(str(n))
    return folder


def cpu_now() -> float:
    """CPU seconds (user + system) of this process and its ended children."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def child_real_ingest(folder: str, db: str, workers: int) -> dict:
    """Ingest the real-text corpus without the cross-referencing pass (what ``xref`` then reads)."""
    from claimcheck import api
    import claimcheck.ingest.pipeline  # noqa: F401
    import claimcheck.parse  # noqa: F401

    load0 = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), cpu_now()
    s = api.ingest([folder], db, analyse=False, workers=workers)
    return {"wall_s": time.perf_counter() - t0, "cpu_s": cpu_now() - c0, "ingested": s.ingested,
            "skipped": len(s.skipped), "peak_rss_mb": peak_mb(), "workers": workers,
            "loadavg": [load0, os.getloadavg()[0]]}


def child_real_xref(db: str) -> dict:
    """``api.analyse_store`` on the store: load, actor index, clustering and assessment, write."""
    from claimcheck import api
    import claimcheck.xref.actors  # noqa: F401
    import claimcheck.xref.analyse  # noqa: F401

    engine = api.open_store(db)
    load0 = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), cpu_now()
    summary = api.analyse_store(engine)
    out = {"wall_s": time.perf_counter() - t0, "cpu_s": cpu_now() - c0, "claims": summary.claims,
           "clusters": summary.clusters, "by_status": summary.by_status, "peak_rss_mb": peak_mb(),
           "loadavg": [load0, os.getloadavg()[0]]}
    engine.dispose()
    return out


def write_added(n: int, k: int, folder: Path) -> Path:
    """The ``k`` real-text articles that come after the ``n`` of a store (``benchmarks/check.py``'s
    generator, indices n … n+k−1): new articles to add to it, as one JSONL file."""
    import datetime as dt

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from check import bodies, varied

    src = bodies()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"added-{n}-{k}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n, n + k):
            body_id, text = src[i % len(src)]
            c = i // len(src)
            out.write(json.dumps({"id": f"fnc-{body_id}-{c}", "text": varied(text, c), "outlet": f"Outlet {i % 200:03d}",
                                  "published": (dt.date(2015, 1, 1) + dt.timedelta(days=i % 1000)).isoformat()}) + "\n")
    return path


def child_real_add(db: str, jsonl: str) -> dict:
    """``claimcheck ingest`` of a few new articles into a cross-referenced store, as a user adds
    a batch: the ingest, then the cross-referencing it triggers (``api.ingest`` with analysis)."""
    from claimcheck import api
    import claimcheck.ingest.pipeline  # noqa: F401
    import claimcheck.xref.analyse  # noqa: F401

    load0 = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), cpu_now()
    s = api.ingest([jsonl], db, workers=1)
    return {"wall_s": time.perf_counter() - t0, "cpu_s": cpu_now() - c0, "ingested": s.ingested,
            "peak_rss_mb": peak_mb(), "loadavg": [load0, os.getloadavg()[0]]}


def child_real_command(*cmd: str) -> dict:
    """One run of a ``claimcheck`` command as a user runs it: wall time to the first row of
    its output (the first line after the opening one for JSON, the first line for a table), wall
    and CPU time to its end, and its peak memory (this child has no other children)."""
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    p = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert p.stdout is not None
    first = None
    lines = 0
    for line in p.stdout:
        lines += 1
        if first is None and line.strip() not in (b"", b"[", b"{"):
            first = time.perf_counter() - t0
    err = p.stderr.read() if p.stderr else b""
    rc = p.wait()
    if rc != 0:
        raise SystemExit(f"{cmd} failed: {err.decode()[-2000:]}")
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"first_row_s": first, "wall_s": time.perf_counter() - t0, "cpu_s": ru.ru_utime + ru.ru_stime,
            "peak_rss_mb": ru.ru_maxrss / 1024, "lines": lines, "loadavg": load0}


def real_stage(work: Path, sizes: list[int], cli: list[str], results: dict, out: Path, workers: int,
               add: int = 0) -> None:
    """The real-text figures per size: ingest, cross-referencing alone, adding ``add`` new
    articles to the cross-referenced store (ingest and the analysis it triggers), report and
    check."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from check import corpus_claims

    rt = results.setdefault("real", {})
    claims = corpus_claims(10)
    for n in sizes:
        e = rt.setdefault(str(n), {})
        folder = real_corpus(n, work / f"real-{n}")
        db = work / f"real-{n}.db"
        if not db.is_file() or "ingest" not in e:
            for p in work.glob(f"real-{n}.db*"):
                p.unlink()
            e["ingest"] = run_child("real-ingest", str(folder), str(db), str(workers))
            print(f"real {n}: ingest {e['ingest']}", flush=True)
        e["xref"] = run_child("real-xref", str(db))
        print(f"real {n}: xref {e['xref']}", flush=True)
        out.write_text(json.dumps(results, indent=2, default=str) + "\n")
        if add:  # a batch of new articles into a copy of the cross-referenced store
            copy = work / f"real-{n}-add.db"
            shutil.copyfile(db, copy)
            e[f"add_{add}"] = run_child("real-add", str(copy), str(write_added(n, add, work)))
            copy.unlink()
            print(f"real {n}: adding {add} articles {e[f'add_{add}']}", flush=True)
        for fmt in ("json", "table"):
            rs = [run_child("real-command", json.dumps([*cli, "report", "--db", str(db), "--format", fmt])) for _ in range(3)]
            e[f"report_{fmt}"] = {"runs": rs, "median_first_row_s": statistics.median(r["first_row_s"] for r in rs),
                                  "median_wall_s": statistics.median(r["wall_s"] for r in rs),
                                  "median_cpu_s": statistics.median(r["cpu_s"] for r in rs),
                                  "peak_rss_mb": max(r["peak_rss_mb"] for r in rs)}
            print(f"real {n}: report {fmt} {e[f'report_{fmt}']}", flush=True)
        rs = [run_child("real-command", json.dumps([*cli, "check", c, "--db", str(db), "--format", "json"])) for c in claims]
        e["check"] = {"runs": rs, "median_wall_s": statistics.median(r["wall_s"] for r in rs),
                      "median_cpu_s": statistics.median(r["cpu_s"] for r in rs),
                      "peak_rss_mb": max(r["peak_rss_mb"] for r in rs)}
        print(f"real {n}: check median {e['check']['median_wall_s']:.2f} s wall, "
              f"{e['check']['median_cpu_s']:.2f} s CPU", flush=True)
        out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    ks = sorted(int(x) for x in rt if "xref" in rt[x])
    results["real_ratios"] = {f"{b}/{a}": {
        "articles": b / a,
        "xref_cpu": round(rt[str(b)]["xref"]["cpu_s"] / rt[str(a)]["xref"]["cpu_s"], 2),
        "ingest_cpu": round(rt[str(b)]["ingest"]["cpu_s"] / rt[str(a)]["ingest"]["cpu_s"], 2)}
        for a, b in zip(ks, ks[1:])}


# --------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", default="3,3,2", help="runs per size (median reported)")
    ap.add_argument("--store-sizes", default="1000,10000")
    ap.add_argument("--only", default="xref,profile,store,report,help")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "claimcheck-xref-bench")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--real-sizes", default="1000,10000", help="sizes of the real-text stage (``--only real``)")
    ap.add_argument("--workers", type=int, default=1, help="ingest workers of the real-text stage")
    ap.add_argument("--add", type=int, default=0,
                    help="real-text stage: also time adding this many new articles to a copy of each store")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "xref":
            r = child_xref(Path(rest[0]), int(rest[1]), rest[2] == "1")
        elif kind == "ingest":
            r = child_ingest(rest[0], rest[1])
        elif kind == "store":
            r = child_store(rest[0])
        elif kind == "report-db":
            r = child_report_db(Path(rest[0]), int(rest[1]), rest[2])
        elif kind == "report-inproc":
            r = child_report_inproc(rest[0])
        elif kind == "real-ingest":
            r = child_real_ingest(rest[0], rest[1], int(rest[2]))
        elif kind == "real-xref":
            r = child_real_xref(rest[0])
        elif kind == "real-command":
            r = child_real_command(*json.loads(rest[0]))
        elif kind == "real-add":
            r = child_real_add(rest[0], rest[1])
        else:
            raise SystemExit(f"unknown child {kind}")
        print(json.dumps(r, default=str))
        return 0
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS} (expected ../shared next to the repository)")
        return 0
    only = set(args.only.split(","))
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    results: dict = json.loads(args.out.read_text()) if args.out.is_file() else {}
    cli = [str(Path(sys.executable).with_name("claimcheck"))]
    if only == {"real"}:  # needs no claim pool
        real_stage(work, [int(x) for x in args.real_sizes.split(",")], cli, results, args.out, args.workers,
                   args.add)
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
        print(f"wrote {args.out}")
        return 0
    t0 = time.perf_counter()
    build_pool(work)
    pool = load_pool(work)
    n_claims, n_art = len(pool["claims"]), len(pool["per_article"])
    results["pool"] = {"articles": n_art, "claims": n_claims, "claims_per_article": round(n_claims / n_art, 2),
                       "sentences": len(pool["sentences"]), "extract_seconds": round(pool["extract_seconds"], 1)}
    print(f"pool: {n_claims} claims from {n_art} bodies ({n_claims / n_art:.2f}/article), "
          f"{len(pool['sentences'])} sentences ({time.perf_counter() - t0:.0f} s)", flush=True)
    cli = [str(Path(sys.executable).with_name("claimcheck"))]

    sizes = [int(x) for x in args.sizes.split(",")]
    runs = [int(x) for x in args.runs.split(",")]
    if "xref" in only:
        xr = results.setdefault("xref", {})
        for n, k in zip(sizes, runs):
            rs = []
            for i in range(k):
                r = run_child("xref", str(work), str(n), "0")
                print(f"xref {n}: run {i + 1}: {r['total_s']:.2f} s, peak {r['peak_rss_mb']:.0f} MB", flush=True)
                rs.append(r)
            med = sorted(rs, key=lambda r: r["total_s"])[(len(rs) - 1) // 2]
            stages = ("actor_index_s", "clustering_s", "assessment_s", "rest_s", "total_s")
            xr[str(n)] = {**{k2: med[k2] for k2 in med if k2 not in stages},
                          **{s: round(statistics.median(r[s] for r in rs), 3) for s in stages},
                          "runs_total_s": [round(r["total_s"], 3) for r in rs],
                          "peak_rss_mb": round(max(r["peak_rss_mb"] for r in rs), 1),
                          "rss_input_mb": round(med["rss_input_mb"], 1)}
        ks = sorted(int(x) for x in xr)
        results["xref_ratios"] = {f"{b}/{a}": {
            "articles": b / a, "time": round(xr[str(b)]["total_s"] / xr[str(a)]["total_s"], 2),
            "clustering": round(xr[str(b)]["clustering_s"] / max(xr[str(a)]["clustering_s"], 1e-9), 2),
            "assessment": round(xr[str(b)]["assessment_s"] / max(xr[str(a)]["assessment_s"], 1e-9), 2),
            "actor_index": round(xr[str(b)]["actor_index_s"] / max(xr[str(a)]["actor_index_s"], 1e-9), 2)}
            for a, b in zip(ks, ks[1:])}
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    if "profile" in only:
        r = run_child("xref", str(work), "10000", "1")
        results["profile_10k"] = {"total_s_under_profiler": round(r["total_s"], 2),
                                  "tottime": r["profile_tottime"].splitlines(),
                                  "cumulative": r["profile_cumulative"].splitlines()}
        print(r["profile_tottime"][:4000], flush=True)
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    if "store" in only:
        st = results.setdefault("store", {})
        for n in [int(x) for x in args.store_sizes.split(",")]:
            db = work / f"store-{n}.db"
            entry = st.setdefault(str(n), {})
            if not db.is_file():
                jsonl = work / f"articles-{n}.jsonl"
                write_articles(pool, n, jsonl)
                entry["ingest"] = run_child("ingest", str(jsonl), str(db))
                print(f"store {n}: ingest {entry['ingest']}", flush=True)
            entry["xref"] = run_child("store", str(db))
            print(f"store {n}: {entry['xref']}", flush=True)
            args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    if "report" in only:
        rp = results.setdefault("report", {})
        targets = {}
        db10 = work / "store-10000.db"
        if db10.is_file():
            targets["10000 (ingested store)"] = db10
        big = max(sizes)
        if (work / f"analysis-{big}.pkl").is_file():
            dbb = work / f"report-{big}.db"
            if dbb.exists():
                for p in work.glob(f"report-{big}.db*"):
                    p.unlink()
            rp[f"{big}_build"] = run_child("report-db", str(work), str(big), str(dbb))
            targets[f"{big} (scale-test clusters)"] = dbb
        for label, db in targets.items():
            e = rp.setdefault(label, {})
            e["inproc"] = run_child("report-inproc", str(db))
            for fmt in ("json", "table"):
                e[fmt] = wall(cli + ["report", "--db", str(db), "--format", fmt], 5)
            print(f"report {label}: {e}", flush=True)
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    if "help" in only:
        results["help"] = wall(cli + ["--help"], 15)
        print(f"--help: {results['help']}", flush=True)
    from claimcheck import __version__

    results["machine"] = {"platform": platform.platform(), "python": platform.python_version(),
                          "cpus": os.cpu_count(), "loadavg": os.getloadavg(), "claimcheck": __version__,
                          "date": time.strftime("%Y-%m-%d %H:%M")}
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
