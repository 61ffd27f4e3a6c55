"""Paragraph frames: the rung above :mod:`claimcheck.parse.attributions.frames`.

Three frames belong to a paragraph rather than a cue: a colon after a short name that opens
it (:func:`colon_head`), a quotation signed with a dash (:func:`dash_bylines`), and a sentence
of pure quotation (or the rest of a quotation across sentences) that continues the attribution
before it (:func:`continue_quote`).
"""

from __future__ import annotations

import re

from bisect import bisect_right

from claimcheck.model import Attribution, Source, Span
from claimcheck.parse.attributions.content import later_speaker, runs_into
from claimcheck.parse.attributions.grammar import CLOSE_Q, COLON_HEAD, DASH_BYLINE, DETS
from claimcheck.parse.attributions.sources import classify
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.tokens import QUOTE_MARK, TOKEN, starts_quote, trim_end
from claimcheck.text.calendar import CARDINALS

def colon_head(doc: Doc, si: int) -> Draft | None:
    """"WALLACE: ...", "Poll: ..." at the start of a paragraph; "Said NAME: …" at the start of
    any sentence (the driver decides which sentences to try)."""
    text = doc.text
    s = doc.sentences[si]
    lim = min(s.end, s.start + 80)
    if text.find(":", s.start, lim) < 0:  # no colon, no match (a cheap test first)
        return None
    m = COLON_HEAD.match(text, s.start, lim)
    if not m:
        return _inverted_head(doc, si, lim)
    name = m.group(1)
    if name.lower().rstrip(".") in doc.words.colon_labels or name.split()[0].lower() in doc.words.colon_labels:
        return None
    if text[m.end():m.end() + 1].isdigit():
        return None
    colon = text.index(":", m.end(1))
    p = s.paragraph
    a = m.end()
    e = trim_end(text, a, doc.para_bounds[p][1])
    if e <= a:
        return None
    cue, src = (colon, colon + 1), (m.start(1), m.end(1))
    verb = INVERTED_HEAD.match(text, m.start(1), m.end(1))
    if verb is not None and verb.end() < m.end(1):
        cue = verb.span(1)  # "Said Ellis: “…”": the verb is the cue, the name after it the source
        src = (verb.end(), m.end(1))
    return Draft(si, cue, "assert", src, [(a, e)], [], frame="colon")


def _inverted_head(doc: Doc, si: int, lim: int) -> Draft | None:
    """"Said the minister: “…”", "Added Ana Ruiz, the mayor: “…”": an inverted colon head whose
    source is not a bare name (a name alone is read by :data:`COLON_HEAD`)."""
    text = doc.text
    s = doc.sentences[si]
    v = INVERTED_HEAD.match(text, s.start, lim)
    colon = text.find(":", s.start, lim)
    if v is None or colon < 0 or not text[colon + 1:colon + 2].isspace():
        return None
    head = text[v.end():colon]
    first = head.split()[0] if head.split() else ""
    if not first or QUOTE_MARK.search(head) or len(head.split()) > 8 or \
            not (first[0].isupper() or first.lower() in DETS or first.lower() in CARDINALS):
        return None  # "Said differently: …" is no source
    a = colon + 1
    while a < s.end and text[a].isspace():
        a += 1
    e = trim_end(text, a, doc.para_bounds[s.paragraph][1])
    if e <= a:
        return None
    return Draft(si, v.span(1), "assert", (v.end(), colon), [(a, e)], [], frame="colon")


# a speech verb that opens an inverted colon head: "Said NAME: …", "Added NAME: …"
INVERTED_HEAD = re.compile(r"(Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Replied|Replies)\s+")


def continue_quote(doc: Doc, si: int, out: list[Attribution]) -> None:
    """A sentence of pure quotation with no cue of its own, right after an attribution, continues
    that attribution's content ("floating quote"; issue 12 item 4): the rest of a quotation the
    attribution holds, however many sentences it runs ('X said: “A. B. C. D.”'); a paragraph of
    quotation after the attributed sentence, direct or not ('X said the port was shut.¶“A. B.”');
    a quotation run on over paragraphs, each opening with a quotation mark and only the last
    closing it ('X said: “A.¶“B.¶“C.”').  Never a quotation that closes before a speech tag of
    its own ('… she said. ¶“A. B,” Paul Amsel said.': Paul Amsel's, :func:`later_speaker`)."""
    if not out:
        return
    s = doc.sentences[si]
    text = doc.text
    last = out[-1]
    if last.sentence < 0 or last.sentence >= si:
        return
    ls = doc.sentences[last.sentence]
    a = s.start
    inside = any(qa < a < qb and qa >= last.content.start for qa, qb in doc.quotes(si))
    opens = starts_quote(text, a)
    if not opens and not inside:
        return
    if later_speaker(doc, s.paragraph, a):
        return
    # the sentence before is already this attribution's (its own, or continued)
    chained = last.content.end > doc.sentences[si - 1].start
    near = si - last.sentence <= 3 and (ls.paragraph == s.paragraph or ls.paragraph == s.paragraph - 1)
    if inside and (ls.paragraph == s.paragraph or chained):
        pass  # the rest of a quotation the attribution holds
    elif opens and chained and ls.paragraph < s.paragraph and runs_into(doc, s.paragraph):
        pass  # a quotation run on from the paragraph before
    elif opens and si - last.sentence == 1 and ls.paragraph == s.paragraph - 1 and _one_quotation(doc, si):
        pass  # a paragraph of quotation right after the attributed sentence
    elif ls.paragraph != s.paragraph and not inside and not _one_quotation(doc, si):
        return  # a new paragraph opening with a quoted title: '“Lost Roads” was written in 1990.'
    elif not (near and (last.direct_quote or last.cue.text == ":"
                        or ls.paragraph == s.paragraph and QUOTE_MARK.search(last.content.text)
                        or si - last.sentence <= 2 and ls.paragraph == s.paragraph and (inside or _one_quotation(doc, si)))):
        return
    e = trim_end(text, a, s.end) if text[s.end - 1] not in CLOSE_Q and text[s.end - 1] != '"' else s.end
    if e <= last.content.end:
        return
    frags = list(last.content_fragments) or [last.content]
    frags.append(Span.of(text, a, e))
    out[-1] = Attribution(last.source, last.cue, last.act, Span.of(text, frags[0].start, e),
                          tuple(frags), last.direct_quote, last.via, last.sentence)


def _one_quotation(doc: Doc, si: int) -> bool:
    """Is sentence ``si`` one quotation from its first to its last character (a floating quote:
    '… said he was worried. "What the council did is a disgrace."')?"""
    s = doc.sentences[si]
    e = s.end
    while e > s.start and doc.text[e - 1] in ".!?":
        e -= 1
    return any(qa == s.start and qb >= e - 1 for qa, qb in doc.quotes(si))  # may run on past the sentence


def dash_bylines(doc: Doc) -> list[Attribution]:
    """A quotation signed with a dash and a name: "“C.” ― Ana Ruiz"."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    found: list[Attribution] = []
    for m in DASH_BYLINE.finditer(text):
        ds, de = m.span(1)
        si = bisect_right(starts, ds) - 1
        if si < 0 or doc.sentences[si].boilerplate:
            continue
        # the name runs to the end of its line / sentence
        na, nb = m.span(2)
        while nb > na and not text[nb - 1].isalnum():
            nb -= 1
        line_end = text.find("\n", de)
        rest = text[nb:line_end if line_end >= 0 else len(text)].strip(" .\u00a0")
        if nb <= na or rest and rest[0] not in "“\"«„":  # the line ends, or the next quotation opens
            continue
        close = m.start() + 1
        qa = next((a for a, b in doc.quotes(si) if b == close), None)
        if qa is None:
            for j in range(si, max(-1, si - 30), -1):
                q = next((a for a, b in doc.quotes(j) if b == close), None)
                if q is not None:
                    qa = q
                    break
        if qa is None or close - qa < 3:
            continue
        words_ = [w_ for w_ in TOKEN.findall(text, na, nb) if w_[0].isalnum()]
        kind, typ, actor, _ = classify(words_, doc.words)
        src = Source(Span.of(text, na, nb), kind, typ, None, None, actor)  # type: ignore[arg-type]
        found.append(Attribution(src, Span.of(text, ds, de), "assert", Span.of(text, qa, close), (), True, (), si))
    return found
