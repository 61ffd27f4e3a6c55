"""Source noun phrases with their modifiers, as PolNeAR marks a source: the whole noun phrase,
with an apposition ("Ana Ruiz, president of the union, which …, said"), a relative clause
("The group that organized the rally said") or a reduced relative ("Research conducted by the
centre found").  Helpers of :mod:`claimcheck.parse.attributions.frames`, on a sentence's
:class:`~claimcheck.parse.attributions.tokens.Toks` by token index.
"""

from __future__ import annotations

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.parse.attributions.grammar import (
    BE_FORMS, CLAUSE_AUX, DETS, INTRO, IRREGULAR_PAST, LEAD_ADVERBS, NP_INNER, PRONOUNS, QUOTES, REL,
    VIA_PARTICIPLES,
)
from claimcheck.parse.attributions.phrases import np_back, np_forward, right_np
from claimcheck.parse.attributions.state import Doc, Draft, SourceFrames
from claimcheck.parse.attributions.tokens import TOKEN, Toks, is_word
from claimcheck.text.calendar import CARDINALS

# words after which a noun phrase opens a clause (so a subject may start there)
CLAUSE_OPENERS = frozenset("and but while because as although though if when since so".split())
# nouns whose "that" opens their content, never a relative clause ("reports that X said")
COMPLEMENT_NOUNS = frozenset("""fact idea news notion view belief claim claims report reports suggestion
possibility hope hopes fear fears concern concerns assertion argument sign signs evidence proof word
allegation allegations rumor rumors rumour rumours statement statements""".split())


def modified_subject(t: Toks, st: int, doc: Doc) -> tuple[int, int]:
    """Start of a clause-opening subject whose head noun is modified by a relative clause
    ending right before the noun phrase at ``st`` — "The group that organized the rally said",
    "Officials who met the mayor said", "Research conducted by the centre found", "A study
    released on Tuesday by the institute shows" — so the source is the whole phrase, not the
    object inside the clause.  Returns (start, first token of the modifier); ``(st, st)`` when
    there is none."""
    lo = max(0, st - 12)
    for r in range(st - 1, lo - 1, -1):
        w_ = t.words[r]
        if not is_word(w_) or w_ in QUOTES:
            return st, st
        lw = w_.lower()
        head = mod = -1
        if lw in REL and r > 0 and is_word(t.words[r - 1]):
            if lw == "that" and (t.words[r - 1].lower() in COMPLEMENT_NOUNS or not (
                    any(is_word(x) and x.lower() not in DETS for x in t.words[r + 1:st])
                    or t.words[st].islower() and t.words[st] not in DETS and t.words[st] not in PRONOUNS)):
                return st, st  # "reports that the minister said": a content clause, no relative
            head, mod = r - 1, r
        elif lw == "by" and r < st:
            # a reduced passive relative: "conducted by", "being released on Tuesday by"
            p = next((x for x in range(r - 1, max(lo, r - 5) - 1, -1)
                      if t.words[x].islower() and t.words[x].endswith(("ed", "en", "wn"))), -1)
            if p > 0 and is_word(t.words[p - 1]) and t.words[p].lower() not in VIA_PARTICIPLES:
                head = p - 2 if t.words[p - 1].lower() == "being" and p > 1 else p - 1
                mod = head + 1
        if head < 0:
            continue
        hw = t.words[head]
        if not is_word(hw) or hw.lower() in DETS or hw.lower().endswith("ed") and hw.islower() or \
                hw.lower() in CLAUSE_AUX or doc.cues.lookup(hw.lower()) is not None:
            return st, st
        q = np_back(t, head, 0, doc.words)
        if q > head:
            return st, st
        if q == 0 or not is_word(t.words[q - 1]) or t.words[q - 1].lower() in CLAUSE_OPENERS:
            return q, mod
        return st, st
    return st, st


def name_before_apposition(t: Toks, st: int, j: int, doc: Doc) -> int | None:
    """Start of a capitalised name that opens the clause right before the comma at ``st - 1``
    when the tokens ``st``-``j`` are an apposition to it (they open lower-case or with a
    determiner or an age: "Ana Ruiz, president of the union", "Ana Ruiz, 59,"); None otherwise."""
    if st < 2 or t.words[st - 1] != "," or not is_word(t.words[st - 2]) or not t.words[st - 2][0].isupper():
        return None
    first = t.words[st]
    if not (first.islower() or first.lower() in DETS or first.isdigit()) or first.lower() in REL:
        return None
    n0 = np_back(t, st - 2, 0, doc.words)
    if n0 > st - 2 or not all(t.words[x][0].isupper() or not is_word(t.words[x]) or t.words[x].lower() in NP_INNER
                              for x in range(n0, st - 1)):
        return None
    if n0 > 0 and is_word(t.words[n0 - 1]):
        return None  # the name must open the clause
    return n0


def apposition_after(t: Toks, e: int, k: int) -> int | None:
    """End (exclusive, the closing comma's index) of an apposition between commas right after
    a subject ending before token ``e`` ("Ana Ruiz, a former party chair, said"), before
    token ``k``; None when the words after the comma are no apposition."""
    if e + 1 >= k or t.words[e] != "," or t.words[e - 1][:1].islower():
        return None
    first = t.words[e + 1]
    if not (first.islower() and first.lower() not in REL and not first.lower().endswith("ing")
            or first.lower() in DETS or first.endswith(("'s", "’s")) and len(first) > 2):
        return None
    for x in range(e + 2, min(k, e + 20)):
        w_ = t.words[x]
        if w_ in QUOTES or w_ in (";", ":") or w_.lower() in REL or w_.lower() in CLAUSE_AUX:
            return None
        if w_ == ",":
            return x if x > e + 1 and x + 1 < k and is_word(t.words[x + 1]) and \
                t.words[x + 1].lower() not in ("and", "or", "&") else None
    return None


def participle_source(doc: Doc, si: int, t: Toks, k: int, d: Draft) -> bool:
    """", adding ...", ", saying ...": the source is the subject of the main clause."""
    i = 0
    while i < k and (not is_word(t.words[i]) or t.words[i].lower() in ("but", "and", "however", "meanwhile", "also")):
        i += 1
    # an opening adverbial ("On Thursday, however, Trump spoke ..., promising"): skip to its comma
    for _ in range(2):
        if i < k and (t.words[i].lower() in INTRO or t.words[i].lower() in LEAD_ADVERBS):
            c = next((x for x in range(i + 1, min(k, i + 9)) if t.words[x] == ","), -1)
            if c < 0:
                break
            i = c + 1
            while i < k and (not is_word(t.words[i]) or t.words[i].lower() in LEAD_ADVERBS):
                i += 1
    d.kind_hint = "participle"
    if i >= k:
        return True
    e = np_forward(t, i, k, doc.words)
    forms = doc.cues.forms
    for x in range(i + 1, e):
        lx = t.words[x]
        if lx.islower() and ((lx.endswith("ed") and lx not in doc.words.ed_adjectives) or lx in forms):
            e = x  # "The harbour master praised the crews and said ...": the subject ends at its verb
            break
    if e > i:
        d.src = (t.starts[i], t.ends[e - 1])
        a = apposition_after(t, e, k)
        if a is not None:
            # "Ana Ruiz, a former party chair, criticized X, saying C": the apposition too
            d.src = (t.starts[i], t.ends[a - 1])
            d.descriptor = (t.starts[e + 1], t.ends[a - 1])
    return True


TAG_PREPS = frozenset(("in", "on", "at", "of", "to", "for", "from"))


def tag_at_end(doc: Doc, t: Toks, cj: int) -> bool:
    """Is the cue ending before token ``cj`` followed only by a source noun phrase to the end of
    the sentence ("…, said Ana Ruiz.", "…, said one source in the room.")?  The lower-case words
    of its head (before a preposition or an apposition) must be determiners, numbers, roles or
    source nouns (so "said the event brought back memories" is a clause, not a source)."""
    if cj >= len(t.words) or not is_word(t.words[cj]):
        return False
    first = t.words[cj]
    if not (first[0].isupper() or first.lower() in DETS or first.lower() in CARDINALS or first[0].isdigit()) or \
            first.lower() in ("that", "it", "this", "these", "those") or first.lower() in INTRO:
        return False  # "said parents still want …", "said of the plan": no source after the cue
    e = right_np(doc, t, cj)
    rel = next((x for x in range(cj + 1, e) if t.words[x].lower() in ("who", "whose")), e)
    w = doc.words
    head_end = next((x for x in range(cj + 1, rel) if t.words[x] in TAG_PREPS or t.words[x] == ","), rel)
    return e > cj and all(not is_word(x) for x in t.words[e:]) and \
        all(not is_word(x) or not x.islower() or x in DETS or x in CARDINALS or x in NP_INNER
            or x in w.types or x in w.anon_kind for x in t.words[cj:head_end])


# ----------------------------------------------------------------------------- refining a draft's source

FRAME_KINDS = ("experiencer", "appearance")
# irregular passive participles of cue verbs ("was told", "is known", "were shown")
IRREGULAR_PARTICIPLES = IRREGULAR_PAST | {"known", "seen", "heard", "written", "shown", "given", "spoken"}
# words that end a cue phrase after its verb ("is expected to", "was described as")
CUE_TAILS = frozenset(("to", "that", "as", "of", "about", "on", "for", "in"))


def source_frames(lex: Lexicons) -> SourceFrames:
    """The word classes of ``source_frames.toml`` in ``lex``, compiled once per object.  Raises
    :class:`LexiconError` on an entry of an unknown kind."""
    return lex.derive(_build_frames)


def _build_frames(lex: Lexicons) -> SourceFrames:
    got: dict[str, set[str]] = {k: set() for k in FRAME_KINDS}
    for e in lex["source_frames"]:
        kind = e.get("kind")
        if kind not in got:
            raise LexiconError(f"{e.label}: 'kind' must be one of {', '.join(FRAME_KINDS)}, got {kind!r}")
        got[kind].update(" ".join(str(w).lower().split()) for w in e.get("words", ()))
    return SourceFrames(frozenset(got["experiencer"]), frozenset(got["appearance"]))


def refine_source(doc: Doc, t: Toks, d: Draft) -> None:
    """Drop a subject that is no source, in place (``source_frames.toml``): the subject of a
    passive cue with no agent ("A curfew was announced", "The minister was told that C":
    an unnamed ``sources_said`` attribution, no span) unless the participle is an attitude
    (``experiencer``: "were incensed that C"); the subject of "seem" / "appear" with no
    speech verb after it ("Melania seems to have left": the writer's impression, no source)."""
    if d.src is None or d.src[1] > d.cue[0] or d.frame not in ("verb", "tell", "evaluative"):
        return
    cue_words = [x.lower() for x in TOKEN.findall(doc.text, d.cue[0], d.cue[1]) if x[0].isalnum()]
    while len(cue_words) > 1 and cue_words[-1] in CUE_TAILS:
        cue_words.pop()
    if not cue_words:
        return
    last = cue_words[-1]
    fr = doc.frames
    nxt = t.at(d.cue[1])
    if last in fr.appearance:
        j = nxt + (nxt < len(t.words) and t.words[nxt].lower() == "to")
        if j < len(t.words) and doc.cues.forms.get(t.words[j].lower()) is not None:
            return  # "appeared to suggest that C": the speech verb's subject speaks
        if not d.participle:
            d.src, d.descriptor, d.src_end, d.kind_hint = None, None, None, None
        return
    passive = any(x in BE_FORMS for x in cue_words[:-1]) and \
        (last.endswith(("ed", "en", "wn")) or last in IRREGULAR_PARTICIPLES)
    if not passive or last in fr.experiencer:
        return
    if nxt < len(t.words) and t.words[nxt].lower() == "by":
        return  # "was echoed by X": the agent's frame
    # a second verb ("… and was later described as C") shares no subject either
    d.src, d.descriptor, d.src_end, d.kind_hint, d.participle = None, None, None, "sources_said", False
