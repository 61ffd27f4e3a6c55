"""Stance of a text towards a claim: ``corroborate``, ``contradict``, ``observe`` or ``unrelated``.

Rule-based and sentence-level (the cues are data: ``claimcheck/lexicons/stance.toml``).

1. **Topic.** The claim's content words (function words dropped, inflection cut, equivalent
   words merged, see :mod:`claimcheck.xref.textsim`) are weighted: names and numbers count
   more, short words less.  A sentence *addresses* the claim in proportion to the weight of
   the claim's words it contains (``coverage``); spelling variants of long words count through
   a fuzzy match (rapidfuzz ratio ≥ 85) made once per text.
2. **One sentence.** A sentence that addresses the claim is judged by its cues:

   - *contradict*: a hoax/falsity cue (``hoax``: fake, debunked, not true …), a denial
     (``denial``: denies, rejects …), a negation that governs the claim's own words (close
     before them, or after their subject: "the mayor has not resigned"; within one clause, see
     :func:`_local_negation`), or a word of the opposite fact (``antonym``: dead / alive).  When
     the claim itself says that something is fake or denied, these cues agree with it instead
     (polarity flip).
   - *observe*: a hedge (reportedly, allegedly, rumours, may, could not rule out, did not deny
     …), a non-answer (``decline``: neither confirmed nor denied, no comment, unable to confirm
     …), an attribution ("says", "according to", ": report") or a question, with no ``confirm``
     cue (no reason to doubt …).

   The longer reading wins: a cue inside a longer cue of a masking kind is dropped (the "not"
   of "could not rule out", the "denied" of "neither confirmed nor denied"); ``neutral`` cues
   ("without giving details", "not only", "had no idea") only hide the negations inside them.
   - *corroborate*: a plain statement of the claim's words, or a confirmation.

3. **The text.**  A text of at most ``SHORT_TEXT`` characters (a headline) is one unit and
   takes its label (``unrelated`` below ``HEADLINE_FLOOR``).  An article is ``unrelated`` when
   no sentence reaches ``TOPIC_FLOOR`` and the whole text covers less than ``DOC_FLOOR`` of the
   claim; otherwise its evidence sentences (coverage ≥ ``EVIDENCE_RATIO`` × the best) are
   judged one by one and the article label comes from :func:`aggregate`:

   - falsity cues (hoax, denial) anywhere in the text, weighted by where they stand (evidence
     1, lead ``LEAD_WEIGHT``, elsewhere ``NEAR_WEIGHT``/``FAR_WEIGHT``), reaching
     ``FALSITY_MIN`` → ``contradict`` (``corroborate`` for a claim that itself calls something
     false);
   - else hedges (+ half-weighted attributions and questions) per evidence sentence reaching
     ``HEDGE_MIN`` → ``observe``;
   - else ``corroborate`` (``contradict`` for a claim that calls something false).

   Figures and the even/odd tuning check: ``docs/quality_stance.md``.

Use :func:`prepare` once per claim and :func:`judge_prepared` per text when one claim meets many
texts; :func:`judge` does both.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process

from claimcheck.lexicons import Lexicons, or_default
from claimcheck.parse.sentences import split_sentences
from claimcheck.xref.stance_cues import (  # noqa: F401 - re-exported: the stance API
    BOUNDARY_KINDS, CUE_KINDS, LEXICON_KINDS, MASKING_KINDS, SCAN_KINDS, SCHEMA, CueHit, CueRule, Lexicon,
    build_lexicon, entry_regex, find_cues, lexicon,
)
from claimcheck.xref.textsim import Token, content_tokens

Label = Literal["corroborate", "contradict", "observe", "unrelated"]
LABELS: tuple[str, ...] = ("corroborate", "contradict", "observe", "unrelated")


# Thresholds (documented in docs/quality_stance.md; tuned on even rows, checked on odd rows)
HEADLINE_FLOOR = 0.1  # coverage below which a one-sentence text is unrelated
TOPIC_FLOOR = 0.2  # sentence coverage from which a sentence of an article addresses the claim
DOC_FLOOR = 0.25  # coverage of the claim's words by the whole text, for an article to be related
EVIDENCE_RATIO = 0.5  # evidence sentences: coverage ≥ this × the best sentence's coverage
NEGATION_WINDOW = 30  # characters between a negation and the claim word it negates
NEGATION_AFTER = 12  # … or between a claim word (the subject) and a negation after it ("X is not")
# negations that follow the subject they negate ("the mayor has not resigned"); a determiner
# ("no", "none") or a preposition ("without") governs only the phrase it opens
_AFTER_NEGATORS = re.compile(r"^(?:not|never|no longer|cannot|\w+n['’]t|fail(?:s|ed)? to)$", re.IGNORECASE)
FUZZY_CUTOFF = 85  # rapidfuzz ratio for spelling variants of claim words (≥ 5 letters)
SHORT_TEXT = 300  # characters; a text this short (a headline) is judged as one unit
LEAD_SENTENCES = 5  # the lead of an article, where a debunk usually says so


@dataclass(frozen=True, slots=True)
class SentenceStance:
    start: int
    end: int
    label: str
    reason: str
    cue: str | None = None
    coverage: float = 0.0


@dataclass(frozen=True, slots=True)
class StanceResult:
    label: str
    score: float  # relatedness 0..1: the best sentence's coverage of the claim's words
    evidence: tuple[SentenceStance, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PreparedClaim:
    text: str
    tokens: tuple[Token, ...]
    lexicons: Lexicons = field(compare=False, repr=False)  # those it was prepared with
    weights: dict[str, float] = field(default_factory=dict)  # key → weight (max over mentions)
    total: float = 0.0
    keys: frozenset[str] = frozenset()
    long_keys: tuple[str, ...] = ()  # keys long enough for fuzzy matching
    negative: bool = False  # the claim itself says something is false, denied or did not happen
    negated: bool = False  # the claim contains a negation
    reported: bool = False  # the claim is itself about what someone says ("X says Y")
    antonym_sides: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # (claim side, other side)


# ----------------------------------------------------------------------------- claim

# a negation after one of these words negates a subordinate clause, not the claim
_RELATIVE = re.compile(r"\b(?:that|who|which|whose|whom|where|when|after|because|if|to|so|than|"
                       r"despite|without|while|although|though|unless|until|before)\b", re.IGNORECASE)
_CLAIM_NEGATORS = re.compile(r"^(?:not|no|never|nobody|nothing|none|\w+n['’]t)$", re.IGNORECASE)



def prepare(claim: str, lexicons: Lexicons | None = None) -> PreparedClaim:
    """Tokenise a claim once for many :func:`judge_prepared` calls (which use ``lexicons`` too;
    loaded now when None)."""
    lexicons = or_default(lexicons)
    lex = lexicon(lexicons)
    toks = tuple(content_tokens(claim, lex.equivalents, lex.noise, lex.phrases))
    weights: dict[str, float] = {}
    for t in toks:
        weights[t.key] = max(weights.get(t.key, 0.0), t.weight)
    hits = find_cues(claim, ("hoax", "denial", "negation", "report"), lexicons=lexicons)
    sides = []
    keys = frozenset(weights)
    for a, b in lex.antonyms:
        if keys & a:
            sides.append((a, b))
        if keys & b:
            sides.append((b, a))
    return PreparedClaim(
        text=claim,
        tokens=toks,
        lexicons=lexicons,
        weights=weights,
        total=sum(weights.values()),
        keys=keys,
        long_keys=tuple(k for k in weights if len(k) >= 4 and not k.startswith("=") and not k.isdigit()),
        negative=any(h.kind in ("hoax", "denial") for h in hits)
        or any(h.kind == "negation" and _CLAIM_NEGATORS.match(h.text) and not _RELATIVE.search(claim, 0, h.start)
               for h in hits),
        negated=any(h.kind == "negation" for h in hits),
        antonym_sides=tuple(sides),
        reported=any(h.kind == "report" for h in hits),
    )


# ------------------------------------------------------------------------- sentences


@dataclass(slots=True)
class _Sent:
    start: int
    end: int
    tokens: list[Token]
    coverage: float = 0.0
    matched: list[Token] = field(default_factory=list)
    hits: list[CueHit] = field(default_factory=list)
    bounds: list[CueHit] | None = None  # clause boundaries, read when a negation needs them


def _aliases(pc: PreparedClaim, vocab: set[str]) -> dict[str, str]:
    """Text keys that are spelling variants of claim keys (one fuzzy pass per text)."""
    out: dict[str, str] = {}
    missing = [k for k in pc.long_keys if k not in vocab]
    if not missing:
        return out
    cands = [v for v in vocab if len(v) >= 4 and not v.startswith("=") and not v.isdigit()]
    if not cands:
        return out
    long_cands = [v for v in cands if len(v) >= 6]
    for k in missing:
        if len(k) >= 6 and long_cands:
            for v, _score, _i in process.extract(k, long_cands, scorer=fuzz.ratio,
                                                 score_cutoff=FUZZY_CUTOFF, limit=3):
                out.setdefault(v, k)
        if len(k) >= 5:
            # compounds and derivations: "crab" ~ "crabzilla", "weightless" ~ "weightlessness"
            for v in cands:
                if v != k and (v.startswith(k) or (len(v) >= 6 and k.startswith(v))):
                    out.setdefault(v, k)
    return out


def _sentences(pc: PreparedClaim, text: str) -> tuple[list[_Sent], float]:
    lex = lexicon(pc.lexicons)
    spans = [(s.start, s.end) for s in split_sentences(text, lexicons=pc.lexicons)] or [(0, len(text))]
    if len(text) <= SHORT_TEXT:  # a headline or a single statement: one unit
        spans = [(spans[0][0], spans[-1][1])]
    toks = content_tokens(text, lex.equivalents, lex.noise, lex.phrases)
    vocab = {t.key for t in toks}
    alias = _aliases(pc, vocab)
    starts = [s for s, _ in spans]
    sents = [_Sent(s, e, []) for s, e in spans]
    for t in toks:
        i = bisect_right(starts, t.start) - 1
        if i >= 0:
            sents[i].tokens.append(t)
    found_doc: set[str] = set()
    for s in sents:
        seen: set[str] = set()
        for t in s.tokens:
            k = t.key if t.key in pc.weights else alias.get(t.key)
            if k is not None and k in pc.weights:
                s.matched.append(t)
                seen.add(k)
        found_doc |= seen
        s.coverage = sum(pc.weights[k] for k in seen) / pc.total if pc.total else 0.0
    doc_cov = sum(pc.weights[k] for k in found_doc) / pc.total if pc.total else 0.0
    for h in find_cues(text, SCAN_KINDS, lexicons=pc.lexicons):
        i = bisect_right(starts, h.start) - 1
        if i >= 0:
            sents[i].hits.append(h)
    return sents, doc_cov


def _boundaries(s: _Sent, text: str, lexicons: Lexicons) -> list[CueHit]:
    """The ``boundary`` and ``scope_end`` cues of sentence ``s`` (read once, on first need)."""
    if s.bounds is None:
        s.bounds = [CueHit(b.id, b.kind, b.start + s.start, b.end + s.start, b.text, b.weight)
                    for b in find_cues(text[s.start:s.end], BOUNDARY_KINDS, lexicons=lexicons)]
    return s.bounds


def _local_negation(s: _Sent, h: CueHit, text: str, lexicons: Lexicons) -> bool:
    """A negation counts when it governs one of the claim's words: the word follows it closely
    (``NEGATION_WINDOW``) or, for a negation that follows its subject ("the mayor has not …",
    ``NEGATION_AFTER``), precedes it closely; in both cases within one clause: no ``boundary``
    cue between them ("and", "but", "that", "which", "although", a semicolon …), and no
    ``scope_end`` (a comma) between a negation and the words after it ("No one was hurt, the
    ship sank"; but "The mayor, 62, has not resigned")."""
    marks = _boundaries(s, text, lexicons)
    bounds = [(b.start, b.end, b.kind == "boundary") for b in marks]

    def clear(a: int, z: int, rightward: bool) -> bool:
        return not any(a <= ba and bz <= z and (both or rightward) for ba, bz, both in bounds)

    if _in_aside(marks, h):
        return False
    after = _AFTER_NEGATORS.match(" ".join(h.text.split())) is not None
    return any((0 <= t.start - h.end <= NEGATION_WINDOW and clear(h.end, t.start, True))
               or (after and 0 <= h.start - t.end <= NEGATION_AFTER and clear(t.end, h.start, False))
               for t in s.matched)


_ASIDE_OPENERS = frozenset(("who", "which", "whose", "whom"))


def _in_aside(marks: list[CueHit], h: CueHit) -> bool:
    """The negation ``h`` stands in a non-restrictive relative clause (", who had never …,"):
    background to the sentence, it negates nothing the sentence asserts.  Read from the
    nearest ``boundary`` cue before it: a relative pronoun right after a comma."""
    prev = [b for b in marks if b.end <= h.start]
    if len(prev) < 2:
        return False
    rel, comma = prev[-1], prev[-2]
    return rel.text.lower() in _ASIDE_OPENERS and comma.text == "," and rel.start - comma.end <= 1


def _sentence_stance(pc: PreparedClaim, s: _Sent, text: str) -> SentenceStance:
    contra: list[CueHit] = []
    hedge: list[CueHit] = []
    report: list[CueHit] = []
    confirm: list[CueHit] = []
    for h in s.hits:
        if h.kind in ("hoax", "denial"):
            contra.append(h)
        elif h.kind == "negation":
            # a negation of the claim's own words; when the claim is negated in a
            # subordinate clause ("a panel that didn't include women") it is not counted
            if (pc.negative or not pc.negated) and _local_negation(s, h, text, pc.lexicons):
                contra.append(h)
        elif h.kind in ("hedge", "decline"):  # a non-answer takes no side: observe
            hedge.append(h)
        elif h.kind == "question" or (h.kind == "report" and not pc.reported):
            report.append(h)
        elif h.kind == "confirm":
            confirm.append(h)
    antonym = None
    if pc.antonym_sides:
        # a word inside a longer reading ("not fake" is a confirmation) states no opposite fact
        spans = [(h.start, h.end) for h in s.hits if h.kind in MASKING_KINDS]
        keys = {t.key for t in s.tokens if not any(a <= t.start and t.end <= b for a, b in spans)}
        for mine, other in pc.antonym_sides:
            if keys & other and not keys & mine:
                antonym = next(t for t in s.tokens if t.key in other and t.key in keys)
                break

    def mk(label: str, reason: str, cue: str | None) -> SentenceStance:
        return SentenceStance(s.start, s.end, label, reason, cue, round(s.coverage, 4))

    if pc.negative:
        # the claim says it is false: a falsity cue agrees, a confirmation disagrees
        hx = contra
        if hx:
            return mk("corroborate", f"calls it false as the claim does ({hx[0].text!r})", hx[0].text)
        if confirm:
            return mk("contradict", f"confirms what the claim calls false ({confirm[0].text!r})", confirm[0].text)
    else:
        if contra:
            h = contra[0]
            what = {"hoax": "calls it false", "denial": "a denial", "negation": "negates the claim's words"}[h.kind]
            return mk("contradict", f"{what} ({h.text!r})", h.text)
        if antonym is not None:
            return mk("contradict", f"states the opposite ({antonym.surface!r})", antonym.surface)
    if confirm and not hedge:
        return mk("corroborate", f"confirms it ({confirm[0].text!r})", confirm[0].text)
    if hedge:
        return mk("observe", f"hedged ({hedge[0].text!r})", hedge[0].text)
    if report:
        return mk("observe", f"attributed ({report[0].text!r})", report[0].text)
    return mk("corroborate", "states the claim's words without hedging", None)


# ---------------------------------------------------------------------------- article


@dataclass(frozen=True, slots=True)
class ArticleSignals:
    """What an article's sentences say about a claim, summed with a weight per sentence:
    evidence sentences 1, the lead ``LEAD_WEIGHT``, other sentences sharing a claim word
    ``NEAR_WEIGHT``, the rest ``FAR_WEIGHT``."""

    falsity: float  # hoax and denial cues
    negation: float  # negations of the claim's words and opposite facts, evidence only
    confirm: float  # confirmations, evidence and lead
    hedge: float  # hedges and attributions per evidence sentence
    plain: int  # evidence sentences that state the claim plainly
    evidence: int


LEAD_WEIGHT = 0.75
NEAR_WEIGHT = 0.5
FAR_WEIGHT = 0.5
FALSITY_MIN = 1.0  # falsity (+ NEGATION_WEIGHT × negation) from which an article contradicts
NEGATION_WEIGHT = 0.0  # bodies negate many things; tuning found no gain (even and odd halves)
HEDGE_MIN = 0.5  # hedges per evidence sentence from which an article observes


def article_signals(pc: PreparedClaim, sents: list[_Sent], chosen: list[_Sent],
                    judged: list[SentenceStance]) -> ArticleSignals:
    ev = {id(s) for s in chosen}
    falsity = confirm = hedge = negation = 0.0
    for i, s in enumerate(sents):
        w = (1.0 if id(s) in ev else LEAD_WEIGHT if i < LEAD_SENTENCES
             else NEAR_WEIGHT if s.coverage > 0 else FAR_WEIGHT)
        for h in s.hits:
            if h.kind in ("hoax", "denial"):
                falsity += w * h.weight
            elif h.kind == "confirm" and w >= LEAD_WEIGHT:
                confirm += h.weight
            elif id(s) in ev and h.kind in ("hedge", "decline"):
                hedge += h.weight
            elif id(s) in ev and h.kind in ("report", "question"):
                hedge += 0.5 * h.weight
    for j in judged:
        if j.label == "contradict" and j.reason.startswith(("negates", "states the opposite")):
            negation += 1
    plain = sum(1 for j in judged if j.label == "corroborate")
    n = max(1, len(chosen))
    return ArticleSignals(falsity, negation, confirm, hedge / n, plain, len(chosen))


def aggregate(pc: PreparedClaim, sig: ArticleSignals) -> tuple[str, str]:
    """An article's label from its signals; returns (label, reason).

    - falsity cues (+ half a point per negated evidence sentence) ≥ ``FALSITY_MIN`` →
      contradict (for a claim that itself calls something false: corroborate);
    - else hedges and attributions per evidence sentence ≥ ``HEDGE_MIN`` → observe;
    - else corroborate (for a claim that calls something false: contradict).
    """
    contra = sig.falsity + NEGATION_WEIGHT * sig.negation
    figures = (f"falsity {sig.falsity:.2f}, negation {sig.negation:.0f}, "
               f"hedging {sig.hedge:.2f}/sentence over {sig.evidence} evidence sentences")
    if contra >= FALSITY_MIN:
        if pc.negative:
            return "corroborate", f"calls it false, as the claim does ({figures})"
        return "contradict", f"calls it false or denies it ({figures})"
    if sig.hedge >= HEDGE_MIN:
        return "observe", f"reports it with hedges or attributions ({figures})"
    if pc.negative:
        return "contradict", f"states as fact what the claim calls false ({figures})"
    return "corroborate", f"states it without hedging ({figures})"


def judge_prepared(pc: PreparedClaim, text: str) -> StanceResult:
    """Stance of ``text`` towards a prepared claim."""
    if not pc.total or not text.strip():
        return StanceResult("unrelated", 0.0, (), "no content words to compare")
    sents, doc_cov = _sentences(pc, text)
    best = max(s.coverage for s in sents)
    if len(sents) == 1:
        if best < HEADLINE_FLOOR:
            return StanceResult("unrelated", round(best, 4), (), "too few of the claim's words")
        one = _sentence_stance(pc, sents[0], text)
        return StanceResult(one.label, round(best, 4), (one,), one.reason)
    if best < TOPIC_FLOOR and doc_cov < DOC_FLOOR:
        return StanceResult("unrelated", round(best, 4), (), "too few of the claim's words")
    cut = max(TOPIC_FLOOR * 0.5, best * EVIDENCE_RATIO)
    chosen = [s for s in sents if s.coverage >= cut and s.coverage > 0]
    judged = [_sentence_stance(pc, s, text) for s in chosen]
    label, reason = aggregate(pc, article_signals(pc, sents, chosen, judged))
    return StanceResult(label, round(best, 4), tuple(judged), reason)


def judge(claim: str, text: str, lexicons: Lexicons | None = None) -> StanceResult:
    """Stance of ``text`` (a headline or an article) towards ``claim``."""
    return judge_prepared(prepare(claim, lexicons), text)
