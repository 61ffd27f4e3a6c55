"""Human decisions on actors survive re-ingest and re-analysis; check and stance commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).parent / "articles"


def cc(db: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *args, "--db", str(db)],
                          capture_output=True, text=True, cwd=db.parent)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def actor_of(db: Path, alias: str) -> dict:
    for a in json.loads(cc(db, "actors", "--format", "json").stdout):
        if alias in a["aliases"]:
            return a
    raise AssertionError(alias)


def test_merge_and_split_survive_reingest(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cc(db, "ingest", str(ARTICLES), "-q")
    assert actor_of(db, "Budanov")["id"] != actor_of(db, "Kyiv")["id"]
    out = cc(db, "actors", "merge", "Budanov", "Kyiv", "--by", "tester", "--note", "speaks for Kyiv").stdout
    assert "recorded by tester" in out
    assert actor_of(db, "Budanov")["id"] == actor_of(db, "Kyiv")["id"]
    # the rules merge "Budanov" into the full name; a human split keeps them apart
    full = "Ukrainian intelligence chief Kyrylo Budanov"
    cc(db, "actors", "split", full, "Budanov", "--by", "tester")
    assert full not in actor_of(db, "Budanov")["aliases"]
    # re-ingest (a changed file, then everything again) and re-analysis keep the decisions
    extra = tmp_path / "extra.txt"
    extra.write_text("Budanov said more drones had arrived in Russia from Iran last week.\n", encoding="utf-8")
    cc(db, "ingest", str(ARTICLES), str(extra), "-q")
    cc(db, "xref")
    assert actor_of(db, "Budanov")["id"] == actor_of(db, "Kyiv")["id"]
    assert full not in actor_of(db, "Budanov")["aliases"]


def test_merge_of_a_name_with_itself_is_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cc(db, "ingest", str(ARTICLES), "-q")
    proc = cc(db, "actors", "merge", "Kyiv", "kyiv", ok=False)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_check_finds_evidence_for_and_against(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    cc(db, "ingest", str(ARTICLES), "-q")
    d = json.loads(cc(db, "check", "Iran supplied drones to Russia", "--format", "json").stdout)
    assert d["claim"] == "Iran supplied drones to Russia"
    assert d["status"] in ("contradicted", "corroborated")
    stances = {e["stance"] for e in d["evidence"]}
    assert "contradict" in stances
    assert stances & {"corroborate", "observe"}
    for e in d["evidence"]:
        assert {"article", "sentence", "stance", "source"} <= set(e)
    none = json.loads(cc(db, "check", "Penguins opened a bakery in Oslo", "--format", "json").stdout)
    assert none["status"] == "no_evidence" and none["evidence"] == []


def test_stance_command_on_pairs_and_on_one_article(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {"id": "a", "claim": "The mayor resigned", "text": "The mayor denied reports that she had resigned, calling them false."},
        {"id": "b", "claim": "The mayor resigned", "text": "The price of wheat rose in Kansas."},
    ]
    pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "stance", str(pairs), "--format", "jsonl"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    got = {json.loads(l)["id"]: json.loads(l)["label"] for l in proc.stdout.splitlines()}
    assert got == {"a": "contradict", "b": "unrelated"}
    art = tmp_path / "art.txt"
    art.write_text("Mayor quits\n\nThe mayor resigned on Monday, the city council confirmed.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "stance", "--claim", "The mayor resigned", str(art)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["label"] in ("corroborate", "observe")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(rows[0]) + '\n{"id": 1}\n' + json.dumps(rows[1]) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "stance", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1
    assert ":2:" in proc.stderr  # the bad line is named, and the lines after it are still judged
    assert [json.loads(l)["id"] for l in proc.stdout.splitlines()] == ["a", "b"]
