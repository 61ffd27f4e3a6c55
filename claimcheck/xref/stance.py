"""Stance of a text towards a claim: ``corroborate``, ``contradict``, ``observe`` or ``unrelated``.

Rule-based and sentence-level (the cues are data: ``claimcheck/lexicons/stance.toml``).

1. **Topic.** The claim's content words (function words dropped, inflection cut, equivalent
   words merged, see :mod:`claimcheck.xref.textsim`) are weighted: names and numbers count
   more, short words less.  A sentence *addresses* the claim in proportion to the weight of
   the claim's words it contains (``coverage``); spelling variants of long words count through
   a fuzzy match (rapidfuzz ratio ≥ 85) made once per text.
2. **One sentence.** A sentence that addresses the claim is judged by its cues:

   - *contradict*: a hoax/falsity cue (``hoax``: fake, debunked, not true …), a denial
     (``denial``: denies, rejects …), a negation within a few words before the claim's own words,
     or a word of the opposite fact (``antonym``: dead / alive).  When the claim itself says
     that something is fake or denied, these cues agree with it instead (polarity flip).
   - *observe*: a hedge (reportedly, allegedly, rumours, may …), an attribution ("says",
     "according to", ": report") or a question, with no ``confirm`` cue.
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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Entry, Lexicons, or_default, schemas
from claimcheck.parse.sentences import split_sentences
from claimcheck.text.tokens import normalise, stem
from claimcheck.xref.textsim import Token, content_tokens, phrase_table

Label = Literal["corroborate", "contradict", "observe", "unrelated"]
LABELS: tuple[str, ...] = ("corroborate", "contradict", "observe", "unrelated")

CUE_KINDS = ("hoax", "denial", "negation", "hedge", "report", "question", "confirm", "decline", "neutral",
             "boundary", "scope_end")
# kinds whose hits hide the shorter hits of other entries inside them (the longer reading wins:
# "could not rule out" is a hedge, not a negation; "neither confirmed nor denied" a non-answer);
# an attribution or a question mark reinterprets nothing
MASKING_KINDS = frozenset(("hoax", "denial", "hedge", "confirm", "decline", "neutral"))
BOUNDARY_KINDS = frozenset(("boundary", "scope_end"))
LEXICON_KINDS = CUE_KINDS + ("equivalent", "antonym")
SCHEMA = schemas.STANCE

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
class CueRule:
    id: str
    kind: str
    weight: float
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class CueHit:
    id: str
    kind: str
    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class Lexicon:
    rules: tuple[CueRule, ...]
    equivalents: dict[str, str]
    antonyms: tuple[tuple[frozenset[str], frozenset[str]], ...]
    noise: frozenset[str]  # normalised stance words, never counted as topic words
    # Fast lookup of terms by their first word, so a text is scanned once (not once per term):
    by_word: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = field(default_factory=dict)
    by_prefix: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    regex_rules: tuple[tuple[int, re.Pattern[str]], ...] = ()
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # multi-word equivalents


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


# ---------------------------------------------------------------------------- lexicon


def _term_regex(term: str) -> str:
    parts = []
    for word in term.strip().split():
        star = word.endswith("*")
        w = re.escape(word.rstrip("*").replace("’", "'"))
        w = w.replace("'", "['’]")
        parts.append(w + (r"\w*" if star else ""))
    body = r"\s+".join(parts)
    return rf"(?<![\w]){body}(?![\w])"


def entry_regex(e: Entry) -> re.Pattern[str]:
    alts = [_term_regex(t) for t in e.get("terms", ()) or ()]
    if e.get("regex"):
        alts.append(e["regex"])
    return re.compile("|".join(f"(?:{a})" for a in alts), re.IGNORECASE)


def _keys_of(terms: Iterable[str], eq: dict[str, str]) -> frozenset[str]:
    out = set()
    for t in terms:
        for tok in content_tokens(t, eq):
            out.add(tok.key)
        w = normalise(t.strip().rstrip("*"))
        out.add(eq.get(w, eq.get(stem(w), stem(w))))
    return frozenset(out)


def lexicon(lexicons: Lexicons) -> Lexicon:
    """The stance cues of ``lexicons`` compiled (once per object)."""
    return lexicons.derive(build_lexicon)


def build_lexicon(lexicons: Lexicons) -> Lexicon:
    """Compile ``stance.toml``; raises :class:`LexiconError` on an unknown kind or an empty cue."""
    entries = lexicons["stance"]
    rules: list[CueRule] = []
    by_word: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    by_prefix: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    regex_rules: list[tuple[int, re.Pattern[str]]] = []
    eq: dict[str, str] = {}
    antonym_entries: list[Entry] = []
    noise: set[str] = set()
    for e in entries:
        kind = e["kind"]
        if kind not in LEXICON_KINDS:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (allowed: {', '.join(LEXICON_KINDS)})")
        terms = e.get("terms", ()) or ()
        if kind in CUE_KINDS:
            if not terms and not e.get("regex"):
                raise LexiconError(f"{e.label}: a cue entry needs 'terms' or 'regex'")
            if any(not t.strip() for t in terms):
                raise LexiconError(f"{e.label}: empty term")
            idx = len(rules)
            rules.append(CueRule(e["id"], kind, float(e.get("weight", 1.0)), entry_regex(e)))
            for t in terms:
                first = _CUE_WORD.match(t.strip().lower().replace("’", "'"))
                if first is None:
                    raise LexiconError(f"{e.label}: term {t!r} does not start with a word")
                pat = re.compile(_term_regex(t), re.IGNORECASE)
                star = t.strip().split()[0].endswith("*") and first.end() == len(t.strip().split()[0]) - 1
                (by_prefix if star else by_word).setdefault(first.group(0), []).append((idx, pat))
            if e.get("regex"):
                regex_rules.append((idx, re.compile(e["regex"], re.IGNORECASE)))
            if kind in ("report", "hedge", "confirm", "denial"):
                for t in terms:
                    if " " not in t.strip():
                        w = normalise(t.rstrip("*"))
                        noise.update((w, stem(w)) if not t.endswith("*") else (w,))
        elif kind == "equivalent":
            if len(terms) < 2:
                raise LexiconError(f"{e.label}: an equivalent entry needs at least two terms")
            key = "=" + e["id"]
            for t in terms:
                if " " in t.strip():
                    eq[" ".join(normalise(x) for x in t.split())] = key
                    continue
                w = normalise(t.rstrip("*"))
                eq[w] = key
                eq.setdefault(stem(w), key)
        else:  # antonym
            if not terms or not e.get("opposite"):
                raise LexiconError(f"{e.label}: an antonym entry needs 'terms' and 'opposite'")
            antonym_entries.append(e)
    antonyms = tuple((_keys_of(a["terms"], eq), _keys_of(a["opposite"], eq)) for a in antonym_entries)
    noise -= {"sources", "report", "reports"}  # these can be topic words too
    return Lexicon(tuple(rules), eq, antonyms, frozenset(noise),
                   {k: tuple(v) for k, v in by_word.items()}, {k: tuple(v) for k, v in by_prefix.items()},
                   tuple(sorted({len(k) for k in by_prefix})), tuple(regex_rules), phrase_table(eq))


_CUE_WORD = re.compile(r"\w+(?:'\w+)*")
_TEXT_WORD = re.compile(r"\w+(?:['’]\w+)*")


def find_cues(text: str, kinds: Iterable[str] | None = None, *, lexicons: Lexicons | None = None) -> list[CueHit]:
    """All cue hits in ``text`` in order of position (each entry's hits do not overlap);
    ``lexicons`` loaded now when None."""
    lex = lexicon(or_default(lexicons))
    want = set(kinds) if kinds is not None else None
    found: list[tuple[int, int, int]] = []  # (start, end, rule index)
    for m in _TEXT_WORD.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        cands = lex.by_word.get(w, ())
        for n in lex.prefix_lengths:
            if n <= len(w):
                more = lex.by_prefix.get(w[:n])
                if more:
                    cands = cands + more
        for idx, pat in cands:
            pm = pat.match(text, m.start())
            if pm and pm.end() > pm.start():
                found.append((pm.start(), pm.end(), idx))
    for idx, pat in lex.regex_rules:
        for pm in pat.finditer(text):
            if pm.end() > pm.start():
                found.append((pm.start(), pm.end(), idx))
    found.sort(key=lambda x: (x[2], x[0], -x[1]))
    kept: list[tuple[int, int, int]] = []
    last: dict[int, int] = {}  # rule index -> position in kept of its last hit
    for start, end, idx in found:
        k = last.get(idx)
        if k is not None and start < kept[k][1]:
            # overlaps an earlier hit of the same entry: one hit over both ("is not true" / "not
            # true"; "declined to confirm" + "confirm or deny")
            kept[k] = (kept[k][0], max(end, kept[k][1]), idx)
            continue
        last[idx] = len(kept)
        kept.append((start, end, idx))
    hits = []
    for start, end, idx in _unmasked(kept, lex.rules):
        r = lex.rules[idx]
        if want is None or r.kind in want:
            hits.append(CueHit(r.id, r.kind, start, end, text[start:end], r.weight))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def _unmasked(found: list[tuple[int, int, int]], rules: tuple[CueRule, ...]) -> list[tuple[int, int, int]]:
    """``found`` (start, end, rule index) without the hits that lie inside a longer hit of
    another entry of a :data:`MASKING_KINDS` kind: "not" inside "could not rule out", "denied"
    inside "neither confirmed nor denied".  Boundary hits are never masked."""
    spans = sorted((a, b, i) for a, b, i in found if rules[i].kind in MASKING_KINDS and b - a > 1)
    starts = [a for a, _, _ in spans]
    out = []
    for a, b, i in found:
        if rules[i].kind not in BOUNDARY_KINDS:
            inside = False
            for k in range(bisect_right(starts, a) - 1, -1, -1):
                sa, sb, j = spans[k]
                if sb >= b and j != i and sb - sa > b - a:
                    inside = True
                    break
                if a - sa > 120:  # no cue phrase is longer
                    break
            if inside:
                continue
        out.append((a, b, i))
    return out


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
    for h in find_cues(text, lexicons=pc.lexicons):
        i = bisect_right(starts, h.start) - 1
        if i >= 0:
            sents[i].hits.append(h)
    return sents, doc_cov


def _local_negation(s: _Sent, h: CueHit) -> bool:
    """A negation counts when it governs one of the claim's words: the word follows it closely
    (``NEGATION_WINDOW``) or, for a negation that follows its subject ("the mayor has not …",
    ``NEGATION_AFTER``), precedes it closely; in both cases within one clause: no ``boundary``
    cue between them ("and", "but", "that", "which", "although", a semicolon …), and no
    ``scope_end`` (a comma) between a negation and the words after it ("No one was hurt, the
    ship sank"; but "The mayor, 62, has not resigned")."""
    bounds = [(b.start, b.end, b.kind == "boundary") for b in s.hits if b.kind in BOUNDARY_KINDS]

    def clear(a: int, z: int, rightward: bool) -> bool:
        return not any(a <= ba and bz <= z and (both or rightward) for ba, bz, both in bounds)

    after = _AFTER_NEGATORS.match(" ".join(h.text.split())) is not None
    return any((0 <= t.start - h.end <= NEGATION_WINDOW and clear(h.end, t.start, True))
               or (after and 0 <= h.start - t.end <= NEGATION_AFTER and clear(t.end, h.start, False))
               for t in s.matched)


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
            if (pc.negative or not pc.negated) and _local_negation(s, h):
                contra.append(h)
        elif h.kind in ("hedge", "decline"):  # a non-answer takes no side: observe
            hedge.append(h)
        elif h.kind == "question" or (h.kind == "report" and not pc.reported):
            report.append(h)
        elif h.kind == "confirm":
            confirm.append(h)
    antonym = None
    if pc.antonym_sides:
        keys = {t.key for t in s.tokens}
        for mine, other in pc.antonym_sides:
            if keys & other and not keys & mine:
                antonym = next(t for t in s.tokens if t.key in other)
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
