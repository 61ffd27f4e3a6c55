"""The cue gate: the fifth rung of :mod:`claimcheck.parse.attributions`.

Most cue matches are no attribution ("the state", "her report", a cue inside a quotation).
:func:`cue_gate` turns them away by reading a few characters before the cue, so only sentences
with a remaining candidate are tokenised and read by the frames.
"""

from __future__ import annotations

import re

from claimcheck.parse.attributions.grammar import (
    AMBIG_BLOCK, CONTACT_PRONOUNS, DET_BLOCK, GERUND_PREPS, POSS, REL, by_participle, passive_participle, quantifier_subject,
)
from claimcheck.parse.attributions.phrases import catenative_at, head_source_like, marker_before, time_back
from claimcheck.parse.attributions.state import Doc
from claimcheck.parse.attributions.tokens import TOKEN, has_contraction, is_adverb, is_word, split_contractions
from claimcheck.parse.patterns import Cue

PREV_WINDOWS = (40, 100)
GATE_HEAD = 8  # words read back for a head before a preposition ("Video of the incident | shows")  # characters read before a cue: first a short window, then a longer one
NEXT_BY = re.compile(r"\s*[Bb][Yy](?![\w'’\-&.])")
INVERT_PUNCT = frozenset([",", "”", '"', "''", "»", "—", "–"])


def cue_gate(doc: Doc, si: int, a: int, b: int, cue: Cue) -> bool:
    """:func:`_gate`, and a cue right after a multi-word anonymity marker always let through ("An
    official speaking anonymously | said": draft reads the subject before the marker)."""
    return _gate(doc, si, a, b, cue) or marker_before(doc, doc.sentences[si].start, a) > doc.sentences[si].start


def _gate(doc: Doc, si: int, a: int, b: int, cue: Cue) -> bool:
    """A cheap necessary condition of :func:`~claimcheck.parse.attributions.frames.draft`: False
    only when ``draft`` would return None for the cue at characters ``a``-``b`` of sentence
    ``si``.  It reads the few tokens before the cue (a window of
    ``PREV_WINDOWS`` characters) instead of tokenising the sentence, so most candidates that
    are nouns ("the state", "her report"), sit inside a quotation or lack a subject are
    rejected before any sentence is tokenised.  ``tests/parse/test_gate.py`` checks the
    implication on text."""
    text = doc.text
    s = doc.sentences[si]
    for qa, qb in doc.quotes(si):
        if qa < a and b < qb and not (qa >= s.start and a - qa < 2):
            return False
    frame = cue.frame
    if frame in ("according", "noun", "passive"):
        return True
    if frame == "possessed" or doc.cues.possessed and _possessed(doc, s.start, a, b):
        return frame != "possessed" or _possessed(doc, s.start, a, b)  # "the senator's plan would …"
    if NEXT_BY.match(text, b, s.end):
        return by_participle(text[a:b].split()[-1]) or not cue.ambiguous  # "was echoed by X", "responded by V-ing"
    if text[a].isupper() and not text[a:b].isupper():
        return True  # the proper-noun test needs the whole sentence
    for width in PREV_WINDOWS:
        lo = a - width
        if lo <= s.start:
            lo = s.start
            whole = True
        else:
            whole = False
            while lo < a and not text[lo].isspace():
                lo += 1  # start on a token boundary
        prev_toks = TOKEN.findall(text, lo, a)
        if has_contraction(text, lo, a):
            prev_toks = split_contractions(prev_toks)
        if whole or len(prev_toks) > 2:
            break
    if not prev_toks:  # the cue opens its sentence: a leading participle ("citing C, X …") is draft's to read
        return not whole or text[a:b].lower().endswith("ing")
    prev = prev_toks[-1].lower()
    cat = catenative_at(prev_toks, len(prev_toks), doc.words) if prev == "to" or prev.endswith("ly") else -1
    if prev in DET_BLOCK and not _quantifier(doc, s.end, prev_toks, a, b, cue) or \
            prev.endswith(("'s", "’s")) and len(prev) > 2 or prev == "to" and cat < 0:
        return False
    ambiguous = cue.ambiguous
    if ambiguous and prev in AMBIG_BLOCK:
        return False
    k = len(prev_toks) - 1 if cat < 0 else cat - 1
    while k >= 0 and is_word(prev_toks[k]) and is_adverb(prev_toks[k]):
        k -= 1
    if k < 0:  # no subject before the cue (or the window is too short to tell); a leading participle
        return not whole or text[a:b].lower().endswith("ing")  # after adverbs: "Also citing C, X …"
    k2 = time_back(prev_toks, k, doc.words)
    if k2 != k:
        if k2 < 0:
            return not whole
        k = k2
    tok = prev_toks[k]
    if tok[0].isalnum():
        lw = tok.lower()
        if lw in ("and", "but") and k > 0 and frame in ("verb", "tell", "evaluative"):
            return True
        if lw in REL and lw != "that":
            return True
        if lw in GERUND_PREPS and k > 0 and text[a:b].lower().endswith("ing"):
            return True  # "responded by publicly warning C": a gerund after adverbs, draft's to read
        if tok.islower() and tok.endswith(("ing", "ed")) and tok not in doc.words.types and \
                not (tok.endswith("ed") and k > 0 and prev_toks[k - 1].lower() in CONTACT_PRONOUNS):
            return False  # ("everyone I interviewed said": draft decides)
        if (ambiguous or frame == "evaluative" or cue.act == "hedge") and \
                not passive_participle(prev, text[a:b].lower()) and \
                not head_source_like(prev_toks, k - GATE_HEAD, k, doc.words, any_prep=True):
            # the head may lie before a short window ("Others in the African-American community
            # have | opposed"): read the longest window before saying no
            return not whole and width < PREV_WINDOWS[-1] and \
                _wide_head(doc, s.start, a, len(prev_toks) - 1 - k)
        return True
    if tok == "," or tok == ")" or tok in ("—", "–") and text.count(tok, s.start, a) >= 2:
        return True  # (a dash closing an aside: "X — a surgeon — has been called")
    if tok.lower() in ("and", "but") and k > 0 and frame in ("verb", "tell", "evaluative"):
        return True
    if tok in ('"', "''"):
        return True  # an opening or a closing quote: draft decides
    return tok in INVERT_PUNCT and not ambiguous and frame == "verb" and cue.act != "hedge"


def _possessed(doc: Doc, start: int, a: int, b: int) -> bool:
    """Is the cue at ``a``-``b`` a possessed noun (``CueLexicon.possessed``) with a possessive
    among the three tokens before it ("his", "Ana Ruiz's", "her own")?"""
    if doc.text[a:b].lower() not in doc.cues.possessed:
        return False
    toks = TOKEN.findall(doc.text, max(start, a - 40), a)[-3:]
    return any(x.lower() in POSS or len(x) > 2 and x.endswith(("'s", "’s", "s'", "s’")) for x in toks)


def _quantifier(doc: Doc, end: int, prev_toks: list[str], a: int, b: int, cue: Cue) -> bool:
    """:func:`~.grammar.quantifier_subject` on the gate's window: the quantifier is the last token
    before the cue, the next token is read after ``b`` (up to the sentence's ``end``)."""
    m = TOKEN.search(doc.text, b, end)
    before = prev_toks[-2] if len(prev_toks) > 1 else ""
    return quantifier_subject(before, prev_toks[-1], m.group() if m else "", cue.ambiguous, doc.text[a:b].lower())


def _wide_head(doc: Doc, start: int, a: int, back: int) -> bool:
    """The head test of :func:`cue_gate` on the longest window before the cue (characters from
    ``start``, the sentence's, or ``PREV_WINDOWS[-1]`` before ``a``), the candidate head being
    the word ``back`` tokens before the window's last."""
    toks = split_contractions(TOKEN.findall(doc.text, max(start, a - PREV_WINDOWS[-1]), a))
    k = len(toks) - 1 - back
    return k >= 0 and head_source_like(toks, k - GATE_HEAD, k, doc.words, any_prep=True)
