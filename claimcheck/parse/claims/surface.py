"""The edges of a claim text (issue 9): what a reader should not be shown at the start or the
end of a statement, cut by narrowing its exact spans (offsets into the article never change):

- a wire credit near the start of a span, with whatever stands before it ("(Meridian Press) -
  Caldoran opposition leader …", ``claims.toml`` ``clause:wire_credit``), wherever the span
  comes from: a source mention, a content, a sentence, a whole clause;
- a discourse connective opening the text ("Separately,", "Meanwhile,", "However,", "In
  addition,", "But …"; ``clause:connective``);
- the remains of a speech frame at its end ("…, he", a trailing comma, semicolon or dash;
  ``clause:trailing_frame``);
- quote marks without their pair, and a pair that encloses the whole text (whether it was a
  quotation is the attribution's ``direct_quote``).

And :func:`sentence_pieces`: a content that runs over several sentences of the article (a
quotation of two sentences) is one claim per sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from claimcheck.model import Sentence, Span
from claimcheck.parse.claims.cues import ClaimRules

_OPEN = "“«„"
_CLOSE = "”»"
_SPACE = " \t\n\r\u00a0"
_CREDIT_LEAD = 200  # characters from a span's start within which a wire credit is cut


def credit_cut(text: str, start: int, end: int, r: ClaimRules) -> int:
    """Where ``text[start:end]`` starts after a wire credit in its first ``_CREDIT_LEAD``
    characters (its opening bracket may stand right before ``start``: "Meridian Press) - X"
    of "(Meridian Press) - X"); ``start`` when there is none or nothing would be left."""
    lo = start - 1 if start > 0 and text[start - 1] == "(" else start
    m = r.wire_credit.search(text, lo, min(end, start + _CREDIT_LEAD))
    if m is None or m.end() >= end or m.end() <= start:
        return start
    return m.end()


def _quotes(s: str, e: int, text: str) -> tuple[int, int] | None:
    """One step of quote trimming of ``text[s:e]``; None when nothing is to be cut."""
    seg = text[s:e]
    first, last = seg[:1], seg[-1:]
    opens = sum(seg.count(c) for c in _OPEN)
    closes = sum(seg.count(c) for c in _CLOSE)
    if first in _OPEN and last in _CLOSE and opens == closes and _encloses(seg, _OPEN, _CLOSE):
        return s + 1, e - 1
    if first in _OPEN and opens > closes:
        return s + 1, e
    if last in _CLOSE and closes > opens:
        return s, e - 1
    straight = seg.count('"')
    if first == '"' and last == '"' and straight == 2:
        return s + 1, e - 1
    if straight % 2 == 1:
        if first == '"':
            return s + 1, e
        if last == '"':
            return s, e - 1
    # single quotes: ‘ only opens; ’ and ' also write apostrophes, so only a closing mark after
    # punctuation at the very end, or an opening one at the very start, is read as a quote
    closing_single = len(seg) > 1 and last in "’'" and seg[-2] in ",.!?"
    if first in "‘'" and closing_single:
        return s + 1, e - 1
    if first == "‘" and "’" not in seg.replace("’s", "").rstrip("’"):
        return s + 1, e
    if first == "'" and len(seg) > 1 and seg[1].isupper() and not any(seg[i - 1] in ",.!?" for i in range(2, len(seg))
                                                                       if seg[i] == "'"):
        return s + 1, e
    if closing_single and first not in "‘'":
        return s, e - 1
    return None


def _encloses(seg: str, opens: str, closes: str) -> bool:
    """Does the opening mark at the start of ``seg`` pair with the closing one at its end?"""
    depth = 0
    for i, ch in enumerate(seg):
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth -= 1
            if depth == 0 and i < len(seg) - 1:
                return False
    return depth == 0


def trim_edges(text: str, start: int, end: int, r: ClaimRules, head: bool = True,
               tail: bool = True, quotes: bool = True) -> tuple[int, int]:
    """``(start, end)`` narrowed past what a reader should not be shown (the module docstring):
    at the start when ``head``, at the end when ``tail``; quote marks (with ``quotes``) on both
    when both, else those without their pair on the side trimmed.
    Returns the span unchanged when nothing would be left."""
    s, e = start, end
    for _ in range(8):
        before = (s, e)
        while s < e and text[s] in _SPACE:
            s += 1
        while e > s and text[e - 1] in _SPACE:
            e -= 1
        if s >= e:
            return start, end
        if head:
            s = credit_cut(text, s, e, r)
            m = r.connective.match(text[s:e])
            if m is not None and m.end() < e - s:
                s += m.end()
        if tail:
            m = r.trailing_frame.search(text[s:e])
            if m is not None and m.start() > 0:
                e = s + m.start()
        if not quotes:
            pass
        elif head and tail:
            q = _quotes(s, e, text)
            if q is not None:
                s, e = q
        elif tail and text[e - 1:e] in _CLOSE and sum(text[s:e].count(c) for c in _CLOSE) > \
                sum(text[s:e].count(c) for c in _OPEN):
            e -= 1
        elif head and text[s:s + 1] in _OPEN and sum(text[s:e].count(c) for c in _OPEN) > \
                sum(text[s:e].count(c) for c in _CLOSE):
            s += 1
        if (s, e) == before:
            break
    while s < e and text[s] in _SPACE:
        s += 1
    while e > s and text[e - 1] in _SPACE:
        e -= 1
    return (s, e) if e > s else (start, end)


def trim_span(text: str, sp: Span, r: ClaimRules, head: bool = True, tail: bool = True,
              quotes: bool = True) -> Span:
    """:func:`trim_edges` of a span, as a span (``sp`` itself when nothing is cut)."""
    s, e = trim_edges(text, sp.start, sp.end, r, head, tail, quotes)
    return sp if (s, e) == (sp.start, sp.end) else Span(s, e, text[s:e])


def sentence_pieces(content: Span, sentences: Sequence[Sentence], starts: Sequence[int],
                    text: str) -> list[Span]:
    """``content`` cut where an article sentence starts inside it ("“We will not withdraw. Our
    troops will stay,” the general said": two pieces); ``starts`` are the sentences' start
    offsets in order.  The content alone when it lies in one sentence."""
    k = bisect_right(starts, content.start)
    cuts = []
    while k < len(sentences) and sentences[k].start < content.end:
        cuts.append(sentences[k].start)
        k += 1
    if not cuts:
        return [content]
    out = []
    lo = content.start
    for c in [*cuts, content.end]:
        if text[lo:c].strip():
            out.append(Span(lo, c, text[lo:c]))
        lo = c
    return out


def open_quote_before(text: str, lo: int, pos: int) -> int | None:
    """The offset of the quote mark that opens the quotation ``pos`` lies in, scanning
    ``text[lo:pos]`` (curly marks paired, straight double marks by parity); None when ``pos``
    is outside a quotation.

    The scan's state is kept (:class:`_QuoteScan`, for the last text seen) every
    ``_QUOTE_STEP`` characters from ``lo``, so the calls for the claims of one paragraph cost
    the paragraph once, not once per claim (perf27: a one-line article of n sentences cost n²)."""
    if pos <= lo:
        return None
    scan = _QUOTE_SCAN
    if scan is None or scan.text is not text:
        scan = _QuoteScan(text)
        globals()["_QUOTE_SCAN"] = scan
    return scan.opener(lo, pos)


_QUOTE_STEP = 256  # characters between two kept states of a quote scan
# a quote scan's state: (the stack of open curly marks as nested (offset, rest) pairs, or None; the open straight mark or None)
_QuoteState = tuple[tuple | None, int | None]


class _QuoteScan:
    """:func:`open_quote_before`'s scans of one text: for each start ``lo`` scanned from, the
    state after every ``_QUOTE_STEP`` characters, up to the farthest offset scanned."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.states: dict[int, list[_QuoteState]] = {}  # lo -> the state at lo + k * _QUOTE_STEP
        self.newlines: list[int] | None = None

    def opener(self, lo: int, pos: int) -> int | None:
        states = self.states.setdefault(lo, [(None, None)])
        k = min((pos - lo) // _QUOTE_STEP, len(states) - 1)
        stack, straight = states[k]
        text = self.text
        i = lo + k * _QUOTE_STEP
        while i < pos:
            stop = min(pos, lo + (k + 1) * _QUOTE_STEP)
            for j in range(i, stop):
                ch = text[j]
                if ch in _OPEN:
                    stack = (j, stack)
                elif ch in _CLOSE:
                    if stack is not None:
                        stack = stack[1]
                elif ch == '"':
                    straight = j if straight is None else None
            i = stop
            if i == lo + (k + 1) * _QUOTE_STEP:
                k += 1
                if k == len(states):
                    states.append((stack, straight))
        if stack is not None:
            return stack[0]
        return straight

    def line_start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1``, by bisection on the text's line breaks."""
        if self.newlines is None:
            self.newlines = [i for i, ch in enumerate(self.text) if ch == "\n"]
        k = bisect_left(self.newlines, pos)
        return self.newlines[k - 1] + 1 if k > 0 else 0


_QUOTE_SCAN: _QuoteScan | None = None


def line_start(text: str, pos: int) -> int:
    """The offset of the start of the line ``pos`` lies in (``text.rfind("\\n", 0, pos) + 1``),
    found by bisection on the text's line breaks (kept with :func:`open_quote_before`'s scans)."""
    scan = _QUOTE_SCAN
    if scan is None or scan.text is not text:
        scan = _QuoteScan(text)
        globals()["_QUOTE_SCAN"] = scan
    return scan.line_start(pos)


def close_quote_after(text: str, pos: int, hi: int, mark: str) -> int | None:
    """The offset of the first mark closing a quotation opened by ``mark`` in ``text[pos:hi]``;
    None when there is none."""
    want = '"' if mark == '"' else _CLOSE
    for i in range(max(pos, 0), min(hi, len(text))):
        if text[i] in want:
            return i
    return None


def quote_inner(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without quote marks, white space and a comma at its edges (the
    words of a quotation)."""
    s, e = start, end
    while s < e and (text[s] in _SPACE or text[s] in _OPEN or text[s] == '"'):
        s += 1
    while e > s and (text[e - 1] in _SPACE or text[e - 1] in _CLOSE or text[e - 1] in ',;:"'):
        e -= 1
    return s, e
