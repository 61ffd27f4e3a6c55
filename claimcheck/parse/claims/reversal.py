"""A source that reverses its own denial (issue 9 item 3, stop 23).

"The ministry denied that its troops had crossed the border. … Later, the ministry admitted that
a unit had entered the territory": the admission is the same source conceding what it denied.
Its claim (positive, in the admission's words) reverses the denial's claim
(``Claim.reverses``), whatever words each uses: a source's admission after its own denial in
one article is taken as the reversal of that denial.

Which attributions are admissions and walk-backs is data: the cue's lexicon entry
(``cues.toml`` ``admission``: admitted, acknowledged, conceded; ``denials.toml`` ``walk-back``:
walked back, backtracked on, retracted).  A walk-back whose object is the denial itself ("the
ministry later walked back its denial") admits the denied proposition: its claim is that
proposition, positive, reversing the denial.  Any other walk-back ("walked back his claim that
C", "backtracked on his claims") is a denial of C, read as any denial is, and reverses the same
source's claim of C when it answers one.

The same source: the two attributions' sources resolve to one actor, or their mentions name
the same head noun ("The Freedonian ministry" … "the ministry"), the later's words all in the
earlier's.  The nearest earlier denial of the same source is the one reversed; of several, the
one sharing most content words with the admission.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Claim
from claimcheck.parse.attributions.grammar import denial_object
from claimcheck.parse.patterns import cue_lexicon

ADMISSION_ENTRIES = frozenset(("admission",))
WALK_BACK_ENTRIES = frozenset(("walk-back",))
_WORD = re.compile(r"[^\W\d_]{4,}")
_DETS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "that"))


def entry_of(a: Attribution, lex: Lexicons) -> str | None:
    """The lexicon entry id of attribution ``a``'s cue (None: no entry reads it, e.g. a colon)."""
    words = a.cue.text.split()
    for k in range(len(words)):  # the cue may hold an adverb before its form ("later walked back its")
        cue = cue_lexicon(lex).lookup(" ".join(words[k:]))
        if cue is not None:
            return cue.entry
    return None


def walks_back_denial(a: Attribution, lex: Lexicons) -> bool:
    """Is ``a`` a walk-back whose object is a denial ("the ministry walked back its denial"), read
    as a confirmation of what was denied (parse/attributions/driver.py)?"""
    return a.act == "confirm" and entry_of(a, lex) in WALK_BACK_ENTRIES and \
        denial_object(lex).match(a.content.text) is not None


def _mention(a: Attribution) -> tuple[str | None, list[str]]:
    if a.source is None or a.source.span is None:
        return None, []
    span = a.source.resolved or a.source.span
    words = [w for w in span.text.lower().replace("’", "'").split() if w not in _DETS]
    return a.source.actor, words


def same_source(a: Attribution, b: Attribution) -> bool:
    """Do attributions ``a`` and ``b`` come from one source: the same actor, or mentions with the
    same head noun whose shorter one's words all lie in the longer's ("the ministry" / "The
    Freedonian ministry"; never "the general" / "the ministry")?"""
    actor_a, wa = _mention(a)
    actor_b, wb = _mention(b)
    if not wa or not wb:
        return False
    if actor_a is not None and actor_a == actor_b:
        return True
    if actor_a is not None and actor_b is not None and _state_and_demonym(actor_a, actor_b):
        return True  # "Freedonia denied …" / "The Freedonian defence ministry later admitted …"
    if wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return set(short) <= set(long_)


_DEMONYM_END = re.compile(r"(?:n|an|ian|ese|i|ish)$")


def _state_and_demonym(x: str, y: str) -> bool:
    """Is one actor name the other's demonym: the name and a demonym ending ("Freedonia" /
    "Freedonian", "Ruritania" / "Ruritanian"), a name of five letters or more, one word each?
    (The actor resolver names an organ of a state by its demonym: "The Freedonian ministry" →
    "Freedonian"; issue 9, stop 24.)"""
    short, long_ = sorted((x.lower(), y.lower()), key=len)
    if len(short) < 5 or " " in short or " " in long_ or not long_.startswith(short[:-1]):
        return False
    rest = long_[len(short):] if long_.startswith(short) else long_[len(short) - 1:]
    return 0 < len(rest) <= 3 and _DEMONYM_END.fullmatch(rest) is not None


def link_self_reversals(claims: list[Claim], attributions: Sequence[Attribution], text: str,
                        walked_back: Sequence[int], lex: Lexicons) -> list[Claim]:
    """``claims`` (in span order) with each admission's claim linked to the denial it reverses
    (``reverses``: the index of the denial's claim), and a claim added for each walk-back of a
    denial (attribution indices ``walked_back``: the denied proposition, positive, reversing the
    denial).  The list is re-sorted by span when claims are added; ``denies`` and ``reverses``
    indices are kept pointing at the same claims.  A claim already reversing another is left."""
    out = list(claims)
    for j, c in enumerate(out):  # "X backtracked on his claims": the denial of X's own claim reverses it
        if c.attribution is not None and c.denies is not None and c.reverses is None \
                and attributions[c.attribution].act == "deny" and entry_of(attributions[c.attribution], lex) in WALK_BACK_ENTRIES:
            d = out[c.denies]
            if d.attribution is not None and same_source(attributions[d.attribution], attributions[c.attribution]):
                out[j] = replace(c, reverses=c.denies)
    denials = [k for k, c in enumerate(out) if c.attribution is not None and c.polarity == "negative"
               and attributions[c.attribution].act == "deny" and c.reverses is None]
    if not denials:
        return out
    for j, c in enumerate(out):
        if c.attribution is None or c.reverses is not None or c.polarity != "positive":
            continue
        b = attributions[c.attribution]
        if b.act != "confirm" or entry_of(b, lex) not in ADMISSION_ENTRIES:
            continue
        k = _reversed(out, denials, attributions, b, c)
        if k is not None:
            out[j] = replace(c, reverses=k, actors=tuple(dict.fromkeys(c.actors + out[k].actors)))
    added: list[Claim] = []
    for i in walked_back:
        b = attributions[i]
        k = _reversed(out, denials, attributions, b, None)
        if k is not None:
            d = out[k]
            added.append(replace(d, attribution=i, sentence=b.sentence, polarity="positive", modality="asserted",
                                 denies=None, reverses=k))
    if not added:
        return out
    old = out
    merged = sorted([*((c, True) for c in old), *((c, False) for c in added)],
                    key=lambda x: (x[0].span.start, x[0].attribution if x[0].attribution is not None else -1))
    pos = {id(c): n for n, (c, _) in enumerate(merged)}
    fixed = []
    for c, _ in merged:
        denies = pos[id(old[c.denies])] if c.denies is not None else None
        reverses = pos[id(old[c.reverses])] if c.reverses is not None else None
        fixed.append(replace(c, denies=denies, reverses=reverses))
    return fixed


def _reversed(claims: list[Claim], denials: list[int], attributions: Sequence[Attribution], b: Attribution,
              c: Claim | None) -> int | None:
    """The index of the denial claim that attribution ``b`` (an admission with claim ``c``, or a
    walk-back) reverses: an earlier denial by the same source, the one sharing most content
    words with ``c`` (ties: the nearest); None when there is none."""
    best, best_key = None, None
    words = {w.lower() for w in _WORD.findall(c.text)} if c is not None else set()
    for k in denials:
        d = claims[k]
        a = attributions[d.attribution]  # type: ignore[index]
        if a.cue.start >= b.cue.start or not same_source(a, b):
            continue
        shared = len(words & {w.lower() for w in _WORD.findall(d.text)})
        key = (shared, a.cue.start)
        if best_key is None or key > best_key:
            best, best_key = k, key
    return best
