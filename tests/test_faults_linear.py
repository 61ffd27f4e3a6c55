"""Linear-time text handling: adversarial inputs (runs of end marks, chains of speech verbs,
runs of mixed quotation marks, ...) must cost time in proportion to their size.

The whole front end is timed (structure, sentences, attributions, claims: what ``extract``
does), not only the splitter.  Each family is timed on one 100 KB text against a floor measured
in the same run: the same family at 10 KB, ten times over (the same number of bytes).  Linear
code takes about as long for both (the ten small ones a little longer: ten times the fixed
cost); quadratic code takes ten times as long for the one large text.  The two are timed back
to back and the pair repeated when it fails, so a machine busy with other work slows both sides
alike and the machine's speed cancels out: no absolute time is asserted (how fast the front end
is, is a benchmark: ``python benchmarks/adversarial.py``).
``test_the_check_fails_on_quadratic_code`` shows the same check failing on quadratic stand-ins.
"""

from __future__ import annotations

import time
from collections.abc import Callable

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
LARGE_KB, SMALL_KB = 100, 10
GROWTH = 2.5  # T(one 100 KB text) / T(ten 10 KB texts): linear is ~1 (or less), quadratic ~10
TRIES = 3  # pairs timed before a family fails: each pair back to back, the smallest ratio counts


def _text(unit: str, kb: int) -> str:
    n = kb * 1000
    return (unit * (n // len(unit) + 1))[:n]


def growth(run: Callable[[str], object], unit: str) -> tuple[float, list[tuple[float, float]]]:
    """The smallest, over at most :data:`TRIES` pairs, of the time ``run`` takes on one
    ``LARGE_KB`` text of ``unit`` over the time it takes on ``LARGE_KB / SMALL_KB`` texts of
    ``SMALL_KB`` (the floor, measured right after it); stops at the first pair under
    :data:`GROWTH`.  Returns it and the ``(large, floor)`` seconds of every pair."""
    large, small = _text(unit, LARGE_KB), _text(unit, SMALL_KB)
    pairs: list[tuple[float, float]] = []
    for _ in range(TRIES):
        t = time.perf_counter()
        run(large)
        t_large = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(LARGE_KB // SMALL_KB):
            run(small)
        pairs.append((t_large, time.perf_counter() - t))
        if pairs[-1][0] / pairs[-1][1] < GROWTH:
            break
    return min(a / b for a, b in pairs), pairs


@pytest.fixture(scope="module")
def front_end() -> Callable[[str], object]:
    lex = load_lexicons()
    build(RawDocument("warm", "Warm up. It said so.", "file"), lexicons=lex)
    return lambda text: build(RawDocument("adversarial", text, "file"), lexicons=lex)


@pytest.mark.slow
@pytest.mark.parametrize("family", list(UNITS))
def test_time_grows_linearly_with_size(family: str, front_end: Callable[[str], object]) -> None:
    ratio, pairs = growth(front_end, UNITS[family])
    assert ratio < GROWTH, (f"{family}: one {LARGE_KB} KB text takes {ratio:.1f}x the time of "
                            f"{LARGE_KB // SMALL_KB} texts of {SMALL_KB} KB (seconds: {pairs})")


def _quadratic(text: str, step: int = 20) -> None:
    """Work that grows with the square of the size: every ``step``-th position scans the text
    before it."""
    for i in range(0, len(text), step):
        text.count("\x00", 0, i)


def _linear(text: str) -> None:
    """The same operations, each over a window of a fixed size (less than the small text)."""
    for i in range(0, len(text), 20):
        text.count("\x00", max(0, i - 2_000), i)


@pytest.mark.slow
def test_the_check_fails_on_quadratic_code(front_end: Callable[[str], object],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above, on stand-ins: quadratic work fails it and the same work in windows of a
    fixed size passes; and the real front end fails it once its sentence splitter is made
    quadratic (the real splitter plus the quadratic scan)."""
    assert growth(_quadratic, "a")[0] >= GROWTH
    assert growth(_linear, "a")[0] < GROWTH
    from claimcheck.text import segment

    real = segment.split_sentences

    def quadratic_splitter(text: str, *args: object, **kwargs: object) -> object:
        _quadratic(text, step=5)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(segment, "split_sentences", quadratic_splitter)
    ratio, pairs = growth(front_end, UNITS["one word"])
    assert ratio >= GROWTH, pairs
