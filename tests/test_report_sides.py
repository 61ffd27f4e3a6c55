"""The wording of a source on every screen (``claimcheck/report/sides.py``, issue 14): named,
unnamed, vague ("sources said"), no source phrase at all, the outlet's own voice; and what a
side does to the claim ("asserted by", "denied by", "no answer from")."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api
from claimcheck.report import sides

# (name as stored, kind) -> the words shown
LABELS = [
    (("Ruritania", "named"), "Ruritania (named)"),
    (("Western diplomats", "anonymous"), "Western diplomats (unnamed)"),
    (("The government spokesman", "anonymous"), "the government spokesman (unnamed)"),
    (("The Daily Planet", "named"), "The Daily Planet (named)"),  # a name keeps its capital
    (("Sources", "sources_said"), "sources (vague)"),
    (("later reports", "sources_said"), "later reports (vague)"),
    (("I", "anonymous"), "I (unnamed)"),
    (("  two   officials ", "anonymous"), "two officials (unnamed)"),
    (("(no source)", "sources_said"), "an unsourced report"),  # "It was reported that ..."
    ((None, "sources_said"), "an unsourced report"),
    (("", None), "an unsourced report"),
    (("(no source)", "anonymous"), "an unnamed source"),
    ((None, "unattributed"), "the outlet's own voice"),
    (("Ruritania", "unattributed"), "the outlet's own voice"),
    (("Ruritania", "satellite"), "Ruritania (satellite)"),  # an unknown kind is shown as given
]


@pytest.mark.parametrize(("given", "shown"), LABELS)
def test_side_label(given: tuple[str | None, str | None], shown: str) -> None:
    assert sides.side_label(*given) == shown
    name, suffix = sides.side_parts(*given)
    assert name + suffix == shown and (suffix == "" or suffix.startswith(" ("))


def test_sides_are_grouped_by_what_they_do_in_a_fixed_order() -> None:
    line = sides.sides_line([("Ruritania", "named", "deny"), ("Western diplomats", "anonymous", "support"),
                             ("Osterlich", "named", "decline"), ("Ruritania", "named", "deny"),
                             ("(no source)", "sources_said", "support"), ("Sources", "sources_said", "observe")])
    assert line == ("asserted by an unsourced report and Western diplomats (unnamed) · denied by Ruritania (named)"
                    " · no answer from Osterlich (named) · reported by sources (vague)")


def test_three_on_one_side_and_odd_stances() -> None:
    line = sides.sides_line([("C", "named", "support"), ("B", "named", "corroborate"), ("a", "named", "support"),
                             ("D", "named", "contradict"), ("E", "named", "muse")])
    assert line == "asserted by a (named), B (named) and C (named) · denied by D (named) · muse: E (named)"
    assert sides.sides_line([]) == "no source given"


def test_mention_source_reads_both_shapes() -> None:
    assert sides.mention_source({"attribution": None}) == (None, "unattributed")
    assert sides.mention_source({"attribution": {"source": None, "cue": {}}}) == (None, "sources_said")
    show = {"attribution": {"source": {"text": "U.S. officials", "kind": "anonymous"}}}
    export = {"attribution": {"source": {"name": "Ruritania", "text": "Ruritanian officials", "kind": "named"}}}
    assert sides.mention_source(show) == ("U.S. officials", "anonymous")
    assert sides.mention_source(export) == ("Ruritania", "named")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> str:
    work = tmp_path_factory.mktemp("sides")
    shutil.copytree(seeds_dir, work / "seeds")
    url = f"sqlite:///{work / 'seeds.db'}"
    with contextlib.chdir(work):
        api.ingest(["seeds"], url)
    return url


RAW = ("(no source)", "(no source given)", "(none given)", "[anonymous]", "[sources_said]", "[named]",
       "(sources said)", "(anonymous)")


def _text(renderable: Any, width: int = 100) -> str:
    from claimcheck.report.theme import make_console

    buf = io.StringIO()
    make_console(file=buf, width=width).print(renderable)
    return " ".join(buf.getvalue().split())


def test_no_screen_shows_raw_kinds_or_placeholders(seeds_db: str) -> None:
    """The digest, the table, every ``show`` tree, every review card and the HTML page of the
    seeds word their sources through :mod:`claimcheck.report.sides` only."""
    from claimcheck.report import digest, html, render
    from claimcheck.report.review_card import review_card
    from claimcheck.report.theme import make_console
    from claimcheck.store import export as store_export
    from claimcheck.store.session import session_scope

    rows = api.report(seeds_db)
    texts = {"report": _text(digest.report_screen(rows, show_all=True))}
    vague = [r for r in rows if any(not sides.has_name(n) for n, _, _ in r.sources)]
    assert vague, "the seeds have a side with no source phrase ('It was reported that ...')"
    assert "an unsourced report" in texts["report"]
    for r in rows:
        d = api.show(seeds_db, r.cluster)
        texts[f"show {r.cluster}"] = _text(render.show_tree(d))
        console = make_console(file=io.StringIO(), width=80)
        texts[f"card {r.cluster}"] = _text(review_card(d, 1, 1, console, height=24)[0], 80)
    engine = api.open_store(seeds_db, create=False)
    try:
        with session_scope(engine) as s:
            data = store_export.export_data(s, {})
    finally:
        engine.dispose()
    texts["html"] = html.report_html(data["clusters"], digest.counts_line(rows))
    for where, text in texts.items():
        for raw in RAW:
            assert raw not in text, f"{where}: {raw!r}"
    assert "U.S. officials (unnamed)" in texts["html"] and "Egypt (named)" in texts["html"]
