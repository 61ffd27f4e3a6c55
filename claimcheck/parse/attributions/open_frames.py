"""Open frames: cues recognised by their frame rather than by a word of the cue lexicon.

A rung beside :mod:`.frames` (it uses it), below :mod:`.driver`.  The cue lexicon lists the
verbs and nouns of speech and belief; PolNeAR-style attribution also counts one-off predicates
that no lexicon can list.  The **clausal-complement frame** carries them whatever the word:
``SUBJECT VERB-ed that CLAUSE`` ("the court ruled that the law stands", "Republicans were
incensed that C", "the panel concluded that C") — a past-tense verb that is no form of the cue
lexicon, with a finite ``that``-clause after it (:func:`.content.clause_after`) and a subject that can
speak (:func:`.phrases.head_source_like`, as for an ambiguous lexicon cue) is an ``assert``
cue, read by :func:`.frames.verb_frame` (so the subject, its apposition, adverbs and
auxiliaries are found as for "said").  Verbs that take a ``that``-clause or a demonstrative
"that" but report no statement or belief ("ensured", "meant", "ordered", "passed") are the
kind ``complement_stop`` of ``phrases.toml``.

Measured on PolNeAR dev (docs/quality.md, round 6): two other open frames (a possessed cue
noun, "his promises to C"; a labelling passive without an agent, "X was dubbed Y") were
tried and not kept (no gain on the tuning half).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from claimcheck.model import Sentence
from claimcheck.parse.attributions.content import clause_after
from claimcheck.parse.attributions.frames import verb_frame
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.tokens import Toks
from claimcheck.lexicons import Lexicons
from claimcheck.parse.patterns import Cue, CueLexicon, phrase_words

COMPLEMENT = Cue("open-complement", "assert", "verb", True)
COMPLEMENT_RX = re.compile(r"ed\s+that\s+(?=[\w“\"‘'])")  # the word before is read backwards
WORD_BEFORE = re.compile(r"[a-z]+\Z")


def stop_verbs(lex: Lexicons) -> frozenset[str]:
    """The ``complement_stop`` words of ``phrases.toml``, lower-cased, once per object.
    Raises :class:`~claimcheck.errors.LexiconError` as :func:`phrase_words`."""
    return lex.derive(_build_stop)


def _build_stop(lex: Lexicons) -> frozenset[str]:
    return frozenset(phrase_words(lex)["complement_stop"])


def open_candidates(text: str, sentences: Sequence[Sentence], cues: CueLexicon,
                    stop: frozenset[str]) -> dict[int, list[tuple[int, int, Cue]]]:
    """Clausal-complement cue candidates per sentence index, as (start, end, cue) over
    characters of ``text``: a lower-case word in -ed before "that", which is no cue form of
    ``cues`` and not in ``stop``.  None inside boilerplate or across a sentence end."""
    out: dict[int, list[tuple[int, int, Cue]]] = {}
    if " that " not in text:
        return out
    starts = [s.start for s in sentences]
    for m in COMPLEMENT_RX.finditer(text):
        b = m.start() + 2
        wm = WORD_BEFORE.search(text, max(0, b - 30), b)
        if wm is None:
            continue
        a = wm.start()
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "'’-"):
            continue  # part of a longer or capitalised word
        w = wm.group()
        if w in stop or cues.lookup(w) is not None:
            continue
        si = bisect_right(starts, a) - 1
        if si < 0 or sentences[si].boilerplate or b > sentences[si].end:
            continue
        out.setdefault(si, []).append((a, b, COMPLEMENT))
    return out


def open_draft(doc: Doc, si: int, t: Toks, a: int, b: int, cue: Cue) -> Draft | None:
    """The attribution of an open-frame candidate (characters ``a``-``b`` of sentence ``si``,
    tokens ``t``), or None when the frame does not hold: no finite clause after "that", or no
    subject that can speak (:func:`.frames.verb_frame` decides)."""
    ci, cj = t.at(a), t.at(b)
    if ci >= len(t.words) or cj <= ci or not clause_after(t, cj + 1):
        return None
    return verb_frame(doc, si, t, a, b, cue)
