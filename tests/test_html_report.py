"""``report --format html`` and ``show --format dot|svg`` (issue 14 item 2).

The page is checked as a file (self-contained: no external script, style, image or font) and in
a real browser: headless Chromium (Debian's ``chromium``; ``.ci/run`` installs it) opens it with
``#selftest``, the page's script runs the filters and writes what it saw into the DOM, and the
test reads the dumped DOM: no script errors, each status filter shows exactly its rows, the actor
filter too. A screenshot of the air-strikes cluster opened is kept in ``tests/artefacts/``
(refreshed in ``docs/html_report.png`` with ``CLAIMCHECK_UPDATE_GOLDEN=1``). Where Chromium is
not installed the browser tests skip and say so.
"""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api
from claimcheck.report import graph

REPO = Path(__file__).resolve().parent.parent
ARTEFACTS = REPO / "tests" / "artefacts"
UPDATE = bool(os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"))
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--enable-logging=stderr", "--v=0")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("html")
    shutil.copytree(seeds_dir, work / "seeds")
    url = f"sqlite:///{work / 'seeds.db'}"
    cwd = os.getcwd()
    os.chdir(work)
    try:
        api.ingest(["seeds"], url)
        page = work / "report.html"
        summary = api.report_html(url, api.ReportFilters(), str(page))
    finally:
        os.chdir(cwd)
    rows = api.report(url)
    airstrikes = next((r for r in rows if r.status == "contradicted" and "staged by egypt" in r.claim.lower()), None)
    return {"work": work, "url": url, "page": page, "summary": summary, "rows": rows, "airstrikes": airstrikes}


def test_the_page_is_self_contained(seeded: dict[str, Any]) -> None:
    text = seeded["page"].read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "</html>" in text
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)=", text), "an external resource"
    assert "@import" not in text and "url(" not in text
    assert text.count('<tr class="cluster"') == len(seeded["rows"])
    assert text.count('class="graph"') == len(seeded["rows"]), "a provenance graph per cluster"
    assert "#char=" in text, "sentences link to their article at their offsets"
    assert f"{len(seeded['rows'])} clusters" in seeded["summary"]


def test_existing_page_needs_overwrite(seeded: dict[str, Any]) -> None:
    from claimcheck.errors import UsageError

    with pytest.raises(UsageError, match="overwrite"):
        api.report_html(seeded["url"], api.ReportFilters(), str(seeded["page"]))
    with pytest.raises(UsageError, match="needs a file"):
        api.report_html(seeded["url"], api.ReportFilters(), None)


def test_airstrikes_graph_shows_assertion_and_denial(seeded: dict[str, Any]) -> None:
    c = seeded["airstrikes"]
    if c is None:
        pytest.skip("the seeds' air-strikes claim is not a contradicted cluster in this version")
    d = api.show(seeded["url"], c.cluster)
    g = graph.build(d, d["mentions_detail"])
    sources = {n.label: n for n in g.nodes if n.layer == "source"}
    assert any("U.S. officials" in name and n.stance == "support" for name, n in sources.items()), sources
    assert any(name.lower().startswith("egypt") and n.stance == "deny" for name, n in sources.items()), sources
    assert len(graph.origins_in(g)) >= 2, "independent origins are told apart"
    svg = api.show_graph(seeded["url"], c.cluster[:8], "svg")
    assert svg.startswith("<?xml") and "U.S. officials" in svg and 'class="edge deny"' in svg
    dot = api.show_graph(seeded["url"], c.cluster, "dot")
    assert dot.startswith("digraph provenance {") and "U.S. officials" in dot and "style=dashed" in dot


def test_show_graph_formats_on_the_cli(seeded: dict[str, Any], cli) -> None:  # noqa: ANN001
    c = seeded["rows"][0].cluster
    for fmt, head in (("dot", "digraph"), ("svg", "<?xml")):
        code, out, err = cli("show", c, "--db", seeded["url"], "--format", fmt)
        assert code == 0 and out.startswith(head), err


def chromium() -> str:
    found = os.environ.get("CLAIMCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("headless Chromium is not installed here (apt-get install chromium; .ci/run installs it)")
    return found


def run_chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180)


def test_the_page_works_in_chromium(seeded: dict[str, Any], tmp_path: Path) -> None:
    url = seeded["page"].as_uri() + "#selftest"
    proc = run_chromium(["--virtual-time-budget=10000", "--dump-dom", url], tmp_path / "profile")
    m = re.search(r'<pre id="selftest">(.*?)</pre>', proc.stdout, re.S)
    assert m, f"the page's self-test did not run (exit {proc.returncode}): {proc.stderr[-1500:]}"
    got = json.loads(htmllib.unescape(m.group(1)))
    console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line and
               re.search(r"error|uncaught", line, re.I)]
    assert got["errors"] == [] and not console, (got["errors"], console)
    assert got["total"] == len(seeded["rows"]) and got["reset_visible"] == got["total"]
    for status, seen in got["by_status"].items():
        assert seen["visible"] == seen["expected"] and seen["wrong"] == 0, (status, seen)
    assert got["actor"]["visible"] >= 1 and got["actor"]["wrong"] == 0, got["actor"]
    assert got["graphs"] == len(seeded["rows"])


def test_a_screenshot_is_kept(seeded: dict[str, Any], tmp_path: Path) -> None:
    c = seeded["airstrikes"] or seeded["rows"][0]
    shot = tmp_path / "html_report.png"
    url = seeded["page"].as_uri() + f"#open={c.cluster}"
    proc = run_chromium(["--virtual-time-budget=10000", "--window-size=1280,1400", f"--screenshot={shot}", url],
                        tmp_path / "profile")
    assert shot.is_file() and shot.stat().st_size > 10_000, proc.stderr[-1500:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ARTEFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTEFACTS / "html_report.png")
    if UPDATE:
        shutil.copy(shot, REPO / "docs" / "html_report.png")


def _opened_by(seeded: dict[str, Any], fragment: str, profile: Path) -> list[str]:
    """The clusters whose details the page has open after loading with ``#open=FRAGMENT``."""
    url = seeded["page"].as_uri() + f"#open={fragment}"
    proc = run_chromium(["--virtual-time-budget=5000", "--dump-dom", url], profile)
    assert "</html>" in proc.stdout, proc.stderr[-1500:]
    return re.findall(r'<tr class="detail" id="d-([^"]+)"[^>]*>\s*<td></td>\s*<td[^>]*>\s*<details open=""',
                      proc.stdout)


@pytest.mark.parametrize("how", ["full", "shown", "shown-upper", "twelve", "shortest-unique", "ambiguous", "unknown"])
def test_open_takes_the_id_the_page_shows(seeded: dict[str, Any], tmp_path: Path, how: str) -> None:
    """``#open=`` with the 8-character id the page shows (or any prefix naming one cluster) opens
    that cluster, as the full id does; a prefix two clusters share, or no cluster's, opens none."""
    ids = [r.cluster for r in seeded["rows"]]
    target = ids[0]

    def unique(n: int) -> bool:
        return sum(1 for c in ids if c.startswith(target[:n])) == 1

    shortest = next(n for n in range(1, len(target) + 1) if unique(n))
    fragment, want = {
        "full": (target, [target]), "shown": (target[:8], [target]), "shown-upper": (target[:8].upper(), [target]),
        "twelve": (target[:12], [target]), "shortest-unique": (target[:shortest], [target]),
        "ambiguous": (target[:1], [] if len(ids) > 1 else [target]), "unknown": ("kzzzzzzz", []),
    }[how]
    assert _opened_by(seeded, fragment, tmp_path / "profile") == want
