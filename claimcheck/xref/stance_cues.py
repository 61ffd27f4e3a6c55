"""The stance cue lexicon (``claimcheck/lexicons/stance.toml``) compiled, and the cues found in a text.

Part of :mod:`claimcheck.xref.stance`, which re-exports these names.  A cue is a phrase of a
kind (hoax, denial, negation, hedge, report, question, confirm, decline, neutral, boundary,
scope_end); :func:`find_cues` reads them all in one pass over a text (terms looked up by their
first word, regexes once each) and lets the longer reading win (:func:`_unmasked`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Entry, Lexicons, or_default, schemas
from claimcheck.text.tokens import normalise, stem
from claimcheck.xref.textsim import content_tokens, phrase_table

CUE_KINDS = ("hoax", "denial", "negation", "hedge", "report", "question", "confirm", "decline", "neutral",
             "boundary", "scope_end")
# kinds whose hits hide the shorter hits of other entries inside them (the longer reading wins:
# "could not rule out" is a hedge, not a negation; "neither confirmed nor denied" a non-answer);
# an attribution or a question mark reinterprets nothing
MASKING_KINDS = frozenset(("hoax", "denial", "hedge", "confirm", "decline", "neutral"))
BOUNDARY_KINDS = frozenset(("boundary", "scope_end"))
LEXICON_KINDS = CUE_KINDS + ("equivalent", "antonym")
SCHEMA = schemas.STANCE


@dataclass(frozen=True, slots=True)
class CueRule:
    id: str
    kind: str
    weight: float
    entry: Entry

    @property
    def regex(self) -> re.Pattern[str]:
        """The entry's terms and regex as one pattern (compiled on first use: ``find_cues``
        reads the per-term patterns instead)."""
        return entry_regex(self.entry)


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
    # (rule index, term pattern source): compiled on first use (:func:`_pattern`), so a process
    # that reads a few texts compiles the few patterns their words call for, not all of them
    by_word: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    by_prefix: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    regex_rules: tuple[tuple[int, re.Pattern[str]], ...] = ()
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # multi-word equivalents


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
    by_word: dict[str, list[tuple[int, str]]] = {}
    by_prefix: dict[str, list[tuple[int, str]]] = {}
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
            rules.append(CueRule(e["id"], kind, float(e.get("weight", 1.0)), e))
            for t in terms:
                first = _CUE_WORD.match(t.strip().lower().replace("’", "'"))
                if first is None:
                    raise LexiconError(f"{e.label}: term {t!r} does not start with a word")
                pat = _term_regex(t)
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


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(source: str) -> re.Pattern[str]:
    """A term pattern compiled once per process (case-insensitive)."""
    pat = _PATTERNS.get(source)
    if pat is None:
        pat = _PATTERNS[source] = re.compile(source, re.IGNORECASE)
    return pat


_CUE_WORD = re.compile(r"\w+(?:'\w+)*")
_WORDCHAR = re.compile(r"\w")
_WORD_OR_APOSTROPHE = re.compile(r"[\w'’-]")
SCAN_KINDS = tuple(k for k in CUE_KINDS if k not in BOUNDARY_KINDS)  # read over whole texts
_TEXT_WORD = re.compile(r"\w+(?:['’]\w+)*")


def find_cues(text: str, kinds: Iterable[str] | None = None, *, lexicons: Lexicons | None = None) -> list[CueHit]:
    """All cue hits in ``text`` (of ``kinds``, default all) in order of position (each entry's
    hits do not overlap; a hit inside a longer one of a masking kind is dropped, see
    :func:`_unmasked`); ``lexicons`` loaded now when None.  A regex hit that begins inside a word
    (a pattern that starts at the apostrophe of "n't" or the hyphen of "no-fly", which is fast to
    find) is taken from the word's start."""
    lex = lexicon(or_default(lexicons))
    want = set(kinds) if kinds is not None else None
    scan = None if want is None else want | MASKING_KINDS  # what may mask a wanted hit is read too
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
            if scan is not None and lex.rules[idx].kind not in scan:
                continue
            pm = _pattern(pat).match(text, m.start())
            if pm and pm.end() > pm.start():
                found.append((pm.start(), pm.end(), idx))
    for idx, pat in lex.regex_rules:
        if scan is not None and lex.rules[idx].kind not in scan:
            continue
        for pm in pat.finditer(text):
            if pm.end() > pm.start():
                start = pm.start()
                if start and _WORDCHAR.match(text, start - 1) and _WORD_OR_APOSTROPHE.match(text, start):
                    while start and _WORDCHAR.match(text, start - 1):
                        start -= 1
                found.append((start, pm.end(), idx))
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
