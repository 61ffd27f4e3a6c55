"""One long article costs work in proportion to its sentences (perf27).

A new user's article of one sentence repeated 3,000 times on one line took 46 s of CPU (x6 the
time of 1,000 copies) and 30,000 copies did not finish: per-sentence lookups scanned the whole
article (the quote marks from the paragraph's start, a name's other mentions, the article's
proper nouns and attributions, the claims before each claim).  Work is *counted* here, not
timed: the Python lines executed in ``claimcheck`` while the front end (``ingest.pipeline.build``:
sentences, attributions, claims) reads an article of n and of 4n sentences.  Linear code runs
about 4x the lines (a fixed part makes it a little less); the code before the fix ran over 10x
on the repeated sentence.  The loops moved into C by the fix (a regular expression over the
article per name) are not counted by lines, so ``test_lookups_match_the_article_scan`` checks
their results against the scans they replace.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

import pytest

from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument
from claimcheck.lexicons import load_lexicons

GROWTH = 4.6  # lines(4n) / lines(n): linear is at most 4 (plus the margin of a small fixed part's noise)

# units of one article: each is repeated n times (a one-line run, or paragraphs)
UNITS = {
    "repeated sentence, one line": "Ruritania shelled Kessel, officials said. ",
    "quotations and pronouns, paragraphs": ("Karl Adler met officials in Kessel. “We will not withdraw,” he said. "
                                            "Freedonian officials said Ruritania had shelled the town, "
                                            "which its army denied.\n\n"),
    "named openers, one line": "Novak said the convoy reached Kessel. Adler denied that Ruritania sent drones. ",
}
N = 40


def _lines(run: Callable[[], object]) -> int:
    """The Python lines of ``claimcheck``'s modules executed by ``run()``."""
    count = 0

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        nonlocal count
        if event == "line":
            count += 1
        return local

    def call(frame, event, arg):  # noqa: ANN001, ANN202
        return local if "claimcheck" in frame.f_code.co_filename else None

    sys.settrace(call)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


@pytest.fixture(scope="module")
def lex():  # noqa: ANN201
    lexicons = load_lexicons()
    build(RawDocument("warm", "Warm up. Karl Adler said “so.” He left.", "file"), lexicons=lexicons)
    return lexicons


@pytest.mark.parametrize("family", list(UNITS))
def test_work_grows_linearly_in_one_article(family: str, lex) -> None:  # noqa: ANN001
    unit = UNITS[family]
    small = _lines(lambda: build(RawDocument("a", unit * N, "file"), lexicons=lex))
    large = _lines(lambda: build(RawDocument("a", unit * (4 * N), "file"), lexicons=lex))
    assert large / small < GROWTH, f"{family}: {large} lines for 4n sentences, {small} for n ({large / small:.1f}x)"


def _quote_opener(text: str, lo: int, pos: int) -> int | None:
    """The scan :func:`surface.open_quote_before` replaced (from ``lo`` every time)."""
    stack: list[int] = []
    straight = None
    for i in range(lo, pos):
        ch = text[i]
        if ch in "“«„":
            stack.append(i)
        elif ch in "”»":
            if stack:
                stack.pop()
        elif ch == '"':
            straight = i if straight is None else None
    return stack[-1] if stack else straight


@pytest.mark.parametrize("seed", range(6))
def test_lookups_match_the_article_scan(seed: int) -> None:
    """The kept quote-scan states and the line-start bisection give what a scan from the
    paragraph's start and ``str.rfind`` give, for offsets asked in any order (texts of quote
    marks, letters and line breaks longer than a kept step)."""
    from claimcheck.parse.claims import surface

    rnd = random.Random(seed)
    text = "".join(rnd.choice('ab “”«»„"\n') for _ in range(rnd.randint(600, 1500)))
    for _ in range(300):
        lo, pos = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        assert surface.open_quote_before(text, lo, pos) == _quote_opener(text, lo, pos), (lo, pos)
        assert surface.line_start(text, pos) == text.rfind("\n", 0, pos) + 1


def _shorter_unnamed_by_pairs(cs, keys, order):  # noqa: ANN001, ANN202
    """The pairwise walk :func:`origins._shorter_unnamed` replaced."""
    from collections import defaultdict

    by_article = defaultdict(list)
    for k in order:
        if keys[k].startswith("anonymous:"):
            by_article[cs[k].article_id].append(k)
    changed = []
    for ks in by_article.values():
        for k in ks:
            words = set(keys[k].rsplit(":", 1)[1].split())
            for k2 in ks:
                if k2 != k and words < set(keys[k2].rsplit(":", 1)[1].split()):
                    keys[k] = keys[k2]
                    changed.append(k)
                    break
    return changed


@pytest.mark.parametrize("seed", range(6))
def test_shorter_unnamed_matches_the_pairwise_walk(seed: int) -> None:
    """"officials" folded into "Freedonian officials" in one article: the same keys and members
    changed as the pairwise walk, whatever the order and nesting of the descriptions."""
    from types import SimpleNamespace

    from claimcheck.xref.origins import _shorter_unnamed

    rnd = random.Random(seed)
    words = ["freedonian", "senior", "officials", "military", "sources"]
    for _ in range(200):
        n = rnd.randint(0, 20)
        cs = [SimpleNamespace(article_id=rnd.randint(0, 2)) for _ in range(n)]
        keys = ["named:Karl Adler" if rnd.random() < 0.15 else
                f"anonymous:{rnd.randint(0, 1)}:" + " ".join(rnd.sample(words, rnd.randint(0, 4))) for _ in range(n)]
        order = list(range(n))
        rnd.shuffle(order)
        mine, theirs = list(keys), list(keys)
        assert _shorter_unnamed(cs, mine, order) == _shorter_unnamed_by_pairs(cs, theirs, order)
        assert mine == theirs
