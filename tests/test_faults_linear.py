"""Linear-time text handling: adversarial inputs (runs of end marks, chains of speech verbs,
runs of mixed quotation marks, ...) at 25, 50 and 100 KB.  The time per KB must not grow with
the size (the ratio is taken within one run, so the machine's speed cancels out; the factor is
generous against noise) and no input takes over 2 s at 100 KB.

The whole front end is timed (structure, sentences, attributions, claims: what ``extract``
does), not only the splitter."""

from __future__ import annotations

import os
import time

import pytest

from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument
from claimcheck.lexicons import load_lexicons

UNITS = {
    "dots": ".", "bangs": "!", "question marks": "?", "ellipses": "…", "dot space": ". ",
    "mixed end marks": ".!?….!", "speech chain": "X said Y said Z said ",
    "mixed quotes": "\"'“”‘’«»„‹›", "quoted words": "\"a\" “b” «c» 'd' ", "open quotes": "“",
    "initials": "A. ", "dotted": "U.S.A.", "one word": "a", "parentheses": "((a) ",
    "capitalised": "Said Officials ", "according to": "according to X, ",
    "sentences": "The minister said the army would withdraw. ",
}
SIZES_KB = (25, 50, 100)
GROWTH = 2.5  # time per KB at 100 KB over time per KB at 25 KB: linear is ~1
# The promise is 2 s at 100 KB (the slowest family, "X said Y said", takes ~1.8 s on the CI
# machine when it runs alone); a busy machine gets the slack factor (CLAIMCHECK_TIME_SLACK=1 for
# the bare promise).
LIMIT_S = 2.0 * float(os.environ.get("CLAIMCHECK_TIME_SLACK", "1.5"))


def _text(unit: str, kb: int) -> str:
    n = kb * 1000
    return (unit * (n // len(unit) + 1))[:n]


def _time(unit: str, kb: int, lexicons: object, tries: int) -> float:
    best = float("inf")
    for _ in range(tries):
        t = time.perf_counter()
        build(RawDocument("adversarial", _text(unit, kb), "file"), lexicons=lexicons)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.fixture(scope="module")
def lexicons():  # noqa: ANN201
    lex = load_lexicons()
    build(RawDocument("warm", "Warm up. It said so.", "file"), lexicons=lex)
    return lex


@pytest.mark.slow
@pytest.mark.parametrize("family", list(UNITS))
def test_time_per_kb_does_not_grow(family: str, lexicons: object) -> None:
    unit = UNITS[family]
    times = {kb: _time(unit, kb, lexicons, tries=2 if kb == 100 else 1) for kb in SIZES_KB}
    per_kb = {kb: t / kb for kb, t in times.items()}
    floor = 0.02 / 25  # below 20 ms at 25 KB timing noise dominates: compare against this floor
    growth = per_kb[100] / max(per_kb[25], floor)
    assert growth < GROWTH, f"{family}: {times} (time per KB grew {growth:.1f}x from 25 to 100 KB)"
    assert times[100] < LIMIT_S, f"{family}: {times[100]:.2f} s at 100 KB"
