"""``claimcheck ingest`` on SQLite against PostgreSQL: wall time, client CPU and server CPU.

    python benchmarks/pg_ingest.py --pg postgresql+psycopg://claimcheck@127.0.0.1:5499/bench
    python benchmarks/pg_ingest.py --pg URL --runs 3 --corpus fnc1 --corpus dev --workers 2

Issue 13, item 6: the PostgreSQL ingest within 1.3x of SQLite's wall time on the same ingest.
Each run is the console command ``claimcheck ingest --db DB --workers N FILE`` (cross-referencing
included, as a user runs it) in a child process, into a fresh database: a new SQLite file, or
the PostgreSQL database given with its ``public`` schema dropped and made again (everything in
that database is lost: give a database of its own).  SQLite and PostgreSQL runs alternate, so a
change of the machine's load falls on both.  The corpora:

* ``fnc1``: the 1,683 bodies of ``../shared/corpus/fnc1_train_bodies.csv`` (written to a
  temporary JSONL file as ``benchmarks/ingest.py`` writes them);
* ``dev``: the 600 bodies of ``../shared/eval/xref_fnc1_dev_bodies.jsonl``.

Per dialect and corpus, the median of the runs of: wall seconds; client CPU seconds (the command
and its parsing workers, from ``wait4``); the client's peak resident memory (the largest of the
command and its workers, ``ru_maxrss``); server CPU seconds (PostgreSQL only: the
postmaster's own and reaped children's CPU plus its live children's, from ``/proc``, so the
server must run on this machine); and the ratio PostgreSQL / SQLite of the median wall and of
the median total CPU.  Writes ``benchmarks/results/pg_ingest.json``.  Without ``--pg`` (or
``$CLAIMCHECK_BENCH_PG_URL``) it prints why and exits 0; so it does when a corpus is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "xref_fnc1_dev_bodies.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "pg_ingest.json"
TARGET = 1.3  # PostgreSQL's wall time at most this many times SQLite's (issue 13, item 6)
_TICK = os.sysconf("SC_CLK_TCK")


def _ingest_module():  # noqa: ANN202 - benchmarks/ingest.py, for its corpus writer
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "benchmarks" / "ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def reset_pg(url: str) -> int:
    """Empty the PostgreSQL database (a new ``public`` schema); the postmaster's pid (the parent
    of this connection's backend)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
            backend = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            postmaster = _ppid(int(backend))  # while the backend lives
    finally:
        engine.dispose()
    return postmaster


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # fields from the 3rd (state) on


def _ppid(pid: int) -> int:
    fields = _stat(pid)
    if fields is None:
        raise SystemExit(f"pg_ingest: cannot read /proc/{pid}/stat: the server must run on this machine")
    return int(fields[1])


def server_cpu(postmaster: int) -> float:
    """CPU seconds used so far by the server: the postmaster (its own and its reaped children's)
    and its live children (backends, background workers)."""
    f = _stat(postmaster)
    if f is None:
        raise SystemExit(f"pg_ingest: postmaster {postmaster} is gone")
    ticks = sum(int(x) for x in f[11:15])  # utime, stime, cutime, cstime
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            c = _stat(int(entry.name))
            if c is not None and int(c[1]) == postmaster:
                ticks += int(c[11]) + int(c[12])
    return ticks / _TICK


def one_run(db: str, path: Path, workers: int, postmaster: int | None) -> dict:
    """One ``claimcheck ingest`` into ``db``; wall, client and server CPU seconds."""
    cmd = [sys.executable, "-m", "claimcheck", "ingest", "--db", db, "--workers", str(workers), str(path)]
    env = {**os.environ, "CLAIMCHECK_DB": ""}
    s0 = server_cpu(postmaster) if postmaster else 0.0
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # the command's and its reaped workers' usage
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    client = usage.ru_utime + usage.ru_stime
    if proc.returncode not in (0, 1):  # 1: some record skipped, reported on stderr
        raise SystemExit(f"pg_ingest: {' '.join(cmd)} exited {proc.returncode}:\n{stderr[-2000:]}")
    server = 0.0
    if postmaster:
        time.sleep(1.0)  # the command's backends exit after it closes its connections
        server = server_cpu(postmaster) - s0
    return {"wall_s": round(wall, 3), "client_cpu_s": round(client, 3), "server_cpu_s": round(server, 3),
            "cpu_s": round(client + server, 3), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "load": round(os.getloadavg()[0], 2)}


def median(runs: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", default=os.environ.get("CLAIMCHECK_BENCH_PG_URL"),
                    help="PostgreSQL URL of a database this benchmark may empty")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", action="append", choices=["fnc1", "dev"], help="default: both")
    ap.add_argument("--label", default="", help="recorded with the results (e.g. before / after)")
    ap.add_argument("--out", type=Path, default=RESULTS, help=f"default: {RESULTS.relative_to(ROOT)}")
    args = ap.parse_args()
    if not args.pg:
        print("pg_ingest: skipped: no PostgreSQL URL (--pg or $CLAIMCHECK_BENCH_PG_URL)")
        return
    corpora = args.corpus or ["fnc1", "dev"]
    bench = _ingest_module()
    results: dict = {"label": args.label, "python": platform.python_version(), "workers": args.workers,
                     "runs": args.runs, "corpora": {}}
    with tempfile.TemporaryDirectory(prefix="pg-ingest-") as tmp:
        paths: dict[str, Path] = {}
        for name in corpora:
            if name == "fnc1":
                if not bench.CORPUS.exists():
                    print(f"pg_ingest: skipped fnc1: {bench.CORPUS} not found")
                    continue
                paths[name] = Path(tmp) / "fnc1.jsonl"
                bench.write_jsonl(bench.CORPUS, paths[name])
            elif DEV.exists():
                paths[name] = DEV
            else:
                print(f"pg_ingest: skipped dev: {DEV} not found")
        for name, path in paths.items():
            runs: dict[str, list[dict]] = {"sqlite": [], "postgresql": []}
            for k in range(args.runs):
                db = Path(tmp) / f"{name}-{k}.db"
                runs["sqlite"].append(one_run(str(db), path, args.workers, None))
                db.unlink()
                postmaster = reset_pg(args.pg)
                runs["postgresql"].append(one_run(args.pg, path, args.workers, postmaster))
                print(f"{name} run {k + 1}: sqlite {runs['sqlite'][-1]}  postgresql {runs['postgresql'][-1]}",
                      flush=True)
            med = {d: {key: median(r, key) for key in ("wall_s", "client_cpu_s", "server_cpu_s", "cpu_s", "peak_rss_mb")}
                   for d, r in runs.items()}
            ratio_wall = round(med["postgresql"]["wall_s"] / med["sqlite"]["wall_s"], 3)
            ratio_cpu = round(med["postgresql"]["cpu_s"] / med["sqlite"]["cpu_s"], 3)
            results["corpora"][name] = {"runs": runs, "median": med, "pg_over_sqlite_wall": ratio_wall,
                                        "pg_over_sqlite_cpu": ratio_cpu}
    print(f"\n{'corpus':8} {'dialect':11} {'wall s':>8} {'client CPU s':>13} {'server CPU s':>13} {'CPU s':>8} "
          f"{'client peak MB':>15}")
    for name, res in results["corpora"].items():
        for d, m in res["median"].items():
            print(f"{name:8} {d:11} {m['wall_s']:8.2f} {m['client_cpu_s']:13.2f} {m['server_cpu_s']:13.2f} "
                  f"{m['cpu_s']:8.2f} {m['peak_rss_mb']:15.0f}")
        ok = "met" if res["pg_over_sqlite_wall"] <= TARGET else "not met"
        print(f"{name:8} PostgreSQL / SQLite: wall {res['pg_over_sqlite_wall']:.2f}x ({ok}, target <= {TARGET}x), "
              f"CPU {res['pg_over_sqlite_cpu']:.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
