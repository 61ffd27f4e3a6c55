"""Headline forms that the cue reader takes for speech in the wrong shape (new user, issue 9, stop 23,
deny23); each a ``claims.toml`` entry with examples:

* ``relation:headline_turn``, "X denies, then admits, Y": X the source of both cues, Y the content
  of both (the cue reader took "then admits, Y" for an inverted tag whose source is Y, and "Y" for
  nothing).  The denial and the admission after it are then one source's reversal
  (:mod:`claimcheck.parse.claims.reversal`).
* ``relation:passive_accusation``, "X accused of DOING Y" ("X was accused of …"): X is the one
  accused, not the one who speaks; the accuser is unnamed (a ``sources_said`` source, as "X is
  alleged to …"), and the claim is "X DID Y" (:func:`claimcheck.parse.claims.accusation.passive_accused_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Sentence, Source, Span


def headline_turn(lex: Lexicons) -> re.Pattern[str]:
    """``claims.toml`` ``relation:headline_turn``, matched against a whole sentence: groups
    ``who`` (the source) and ``what`` (the content)."""
    return lex.derive(_build_turn)


def passive_accusation(lex: Lexicons) -> re.Pattern[str]:
    """``claims.toml`` ``relation:passive_accusation``, matched from a sentence's start: group
    ``who`` (the accused), ``cue`` (the participle); the gerund follows the match."""
    return lex.derive(_build_passive)


def _build_turn(lex: Lexicons) -> re.Pattern[str]:
    return _alt(lex, "relation:headline_turn")


def _build_passive(lex: Lexicons) -> re.Pattern[str]:
    return _alt(lex, "relation:passive_accusation")


def _alt(lex: Lexicons, key: str) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lex["claims"] if e["sets"] == key]
    return re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!x)x", re.I)


def fix_headline_forms(text: str, s: Sentence, atts: Sequence[Attribution], lex: Lexicons) -> list[Attribution]:
    """The attributions ``atts`` of sentence ``s`` with the two forms above read right: a turn's
    cues take its source and content; a passive accusation's "source" (the accused) is dropped
    for an unnamed one.  Others are returned as they are."""
    out = list(atts)
    if not out:
        return out
    seg = text[s.start:s.end]
    m = headline_turn(lex).match(seg)
    if m is not None and m.group("who") and m.group("what"):
        wa, wb = s.start + m.start("who"), s.start + m.end("who")
        ya, yb = s.start + m.start("what"), s.start + m.end("what")
        src = next((a.source for a in out if a.source is not None and a.source.span is not None
                    and a.source.span.start == wa and a.source.span.end == wb), None)
        if src is not None:
            what = Span.of(text, ya, yb)
            out = [replace(a, source=src, content=what, content_fragments=(), direct_quote=False, via=())
                   if wb <= a.cue.start and a.cue.end <= ya else a for a in out]
            out = _turn_cues_kept(text, wb, ya, src, what, out)
    m = passive_accusation(lex).match(seg)
    if m is not None:
        ca, cb = s.start + m.start("cue"), s.start + m.end("cue")
        wa, wb = s.start + m.start("who"), s.start + m.end("who")
        # the accused read as the source, or no source at all: the accuser is unnamed (src26: a
        # sourceless "X accused | of DOING Y" was shown in the outlet's own voice)
        out = [replace(a, source=Source(None, "sources_said", "unknown"))
               if a.cue.start <= ca and a.cue.end == cb and (a.source is None or a.source.span is not None
                                                            and wa <= a.source.span.start and a.source.span.end <= wb)
               else a for a in out]
    return out


# the two cue words of a headline turn and their acts ("denies, then | admits"): a turn says both,
# so a cue the cue reader did not see is added (stop 26, admit26: "Freedonia denies, then admits,
# sending drones to Ruritania" kept the denial alone and lost the admission)
_TURN_CUE = re.compile(r"\b(?P<deny>denies|deny|denied|rejects|rejected)\b|"
                       r"\b(?P<confirm>admits|admit|admitted|confirms|confirm|confirmed|acknowledges|"
                       r"acknowledge|acknowledged)\b", re.I)


def _turn_cues_kept(text: str, start: int, end: int, src: Source, what: Span,
                    atts: list[Attribution]) -> list[Attribution]:
    """``atts`` with an attribution of ``src`` saying ``what`` added for each cue word of the
    turn between ``start`` and ``end`` that none of them has (its act: ``deny`` for deny / reject,
    ``confirm`` for admit / confirm / acknowledge; "retracts" adds nothing), in text order."""
    sentence = next((a.sentence for a in atts), -1)
    added = [Attribution(src, Span.of(text, start + m.start(), start + m.end()),
                         "deny" if m.group("deny") else "confirm", what, sentence=sentence)
             for m in _TURN_CUE.finditer(text[start:end])
             if not any(a.cue.start < start + m.end() and start + m.start() < a.cue.end for a in atts)]
    return sorted([*atts, *added], key=lambda a: a.cue.start) if added else atts
