"""The predicate of a claim: the head verb of its main clause, as an exact span and a lemma.

Two claims about one event often differ only in what they say happened: "The video shows the
journalist" / "The militant is suspected of appearing in the videos", "Talks will address the
release of the crew" / "We have agreed on the release".  Clustering compares their predicates
(:func:`claimcheck.xref.cluster.predicates_meet`); this module finds them, rule-based, from the
data of ``predicates.toml``:

1. The claim is read in its parts (``Claim.parts``, the exact spans its statement is made of,
   else its span), joined by one space, every offset mapped back to the article.
2. A clause before the main one is skipped: a claim opening on an ``opener`` ("After …,",
   "According to …,") is read from its first comma on.
3. The first verb of the main clause is found: a word the claims parser's verb patterns take
   (``claims.toml`` ``clause:finite_verb``, ``clause:present_verb``, the irregular past forms), or a
   form of ``predicates.toml``'s ``irregular`` table, or a word in -s after a name or a pronoun and
   before its object; not capitalised, not after a ``determiner`` ("the reported attacks"), not
   one of ``not_a_verb``, not a participle before "by" without an auxiliary ("the strikes carried
   out by …").  A ``relative`` word before it opens a clause of the subject: between commas its
   verbs are skipped, without commas its first verb group is ("The man who shot the soldier | was
   arrested").
4. Its verb group is read past ``auxiliary`` words and ``adverb`` words (any word in -ly too): the
   head is the verb after them ("has | reportedly | sent"), else the last auxiliary (a copula,
   "is responsible": lemma "be").  A ``catenative`` head followed by "to" and a verb hands the
   predicate to that verb ("is preparing to | supply", "is believed to be | responsible": "be").
5. A head that is a verb of speech or thought (an attribution cue's lemma, ``cues.toml``) and is
   followed by a ``frame`` ("said that", "told reporters that", "said: “…") is a frame: the
   predicate is the content's, found by the same steps (two frames deep at most).

The lemma: an ``irregular`` form's base, else the regular rules (-ied/-ies → -y, -ing, -ed, -es,
-s stripped; a doubled final consonant other than l, s, z, f undoubled; an "e" restored after a
short consonant-vowel-consonant stem, "mak" → "make", "stat" → "state").  Clustering compares
lemmas by :func:`lemma_key` (the last "e" dropped), so a stem the rules leave without its "e"
("creat") still meets its base ("create").  A claim in another language than English, or with no
verb found, has no predicate (None): clustering then falls back to its rule without one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.model import Claim, Span

KINDS = frozenset(("auxiliary", "adverb", "catenative", "frame", "light", "not_a_verb", "opener", "relative",
                   "determiner", "irregular", "equivalent", "phrasal", "reduced", "present", "noun_before", "adjunct"))

# a word (with inner apostrophes and hyphens), or a punctuation mark that bounds a clause or a quotation
_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z’'\-]*[A-Za-z])?|[,;:()\"“”«»\u2013\u2014]|[‘](?=\w)")
_QUOTES = frozenset('"“”«»‘')
# a pronoun with its auxiliary ("I’m", "it’s", "they’ve"): the auxiliary's base by its ending
_CONTRACTED = re.compile(r"(?:i|you|we|they|he|she|it|that|there|who|what|this)['’](m|re|s|ve|ll|d)", re.I)
_CONTRACTED_BASE = {"m": "be", "re": "be", "s": "be", "ve": "have", "ll": "will", "d": "would"}
_MODALS = frozenset(("will", "would", "can", "could", "may", "might", "must", "should", "shall", "cannot"))
_BE = "be"
_HAVE = "have"
_DO = "do"
_PRONOUN_SUBJECTS = frozenset(("he", "she", "it", "who", "which", "that"))
_OBJECT_START = frozenset(("to", "the", "a", "an", "that", "his", "her", "its", "their", "our", "him", "them", "it",
                           "up", "out", "off", "down", "on", "in", "into", "us", "me", "this", "these", "those"))
MAX_FRAMES = 2  # speech frames read through ("X said that Y told Z that …")
THATLESS_REACH = 6  # words from a speech verb to the verb of a that-less complement ("said | the two gunmen were …")


@dataclass(frozen=True, slots=True)
class PredicateRules:
    """``predicates.toml`` compiled: word sets by kind, the frame pattern, irregular form → base,
    the verb patterns of the claims parser, and the speech lemmas whose frame is read through."""

    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    catenatives: frozenset[str]  # lemma keys (lemma_key), as are ``light`` and ``speech``
    frame: re.Pattern[str]
    light: frozenset[str]
    not_verbs: frozenset[str]
    openers: frozenset[str]
    relatives: frozenset[str]
    determiners: frozenset[str]
    irregular: dict[str, str]  # form → base (lower case)
    bases: frozenset[str]  # the irregular table's base forms
    verb: re.Pattern[str]  # the claims parser's verb patterns, one alternation, matched on a whole word
    speech: frozenset[str]  # lemmas of attribution cues: a frame after one of them is read through
    equivalents: tuple[tuple[str, frozenset[str]], ...]  # (id, lemma keys) of kind "equivalent"
    phrasal: frozenset[str] = frozenset()  # "take place": a head's lemma and the word after it, one verb
    reduced: frozenset[str] = frozenset()  # lemma keys whose bare participle before "to" opens a reduced relative
    present: frozenset[str] = frozenset()  # base forms that are a present-tense verb before "to" + a verb or "on" + a gerund
    noun_before: frozenset[str] = frozenset()  # words before which an action word in -s is a plural noun ("air strikes | against")
    action: re.Pattern[str] | None = None  # the action words of ``actions.toml``, one alternation (matched on one or two words)


def predicate_rules(lex: Lexicons) -> PredicateRules:
    """``predicates.toml`` compiled (once per lexicon set).  Raises :class:`LexiconError` on an
    unknown ``kind``, an ``irregular`` form that is not ``"base>form|form"``, or a kind that
    needs ``words`` (or ``pattern``) without them."""
    return lex.derive(_build)


def _build(lex: Lexicons) -> PredicateRules:
    from claimcheck.parse.claims.accusation import past_words
    from claimcheck.parse.claims.cues import rules

    words: dict[str, set[str]] = {k: set() for k in KINDS}
    frames: list[str] = []
    irregular: dict[str, str] = {}
    equivalents: list[tuple[str, frozenset[str]]] = []
    for e in lex["predicates"]:
        kind = e["kind"]
        if kind not in KINDS:
            raise LexiconError(f"{e.label}: unknown kind {kind!r} (allowed: {', '.join(sorted(KINDS))})")
        if kind == "frame":
            if not e.get("pattern"):
                raise LexiconError(f"{e.label}: kind 'frame' needs a pattern")
            frames.append(e["pattern"])
        elif kind == "adjunct":  # read by clustering (xref.cluster.adjunct_spans), not by the parser
            if not e.get("pattern"):
                raise LexiconError(f"{e.label}: kind 'adjunct' needs a pattern")
        elif kind == "irregular":
            for f in e.get("forms") or ():
                base, sep, forms = f.partition(">")
                if not sep or not base.strip() or not forms.strip():
                    raise LexiconError(f"{e.label}: form {f!r} is not 'base>form|form'")
                for x in forms.split("|"):
                    irregular.setdefault(x.strip().lower(), base.strip().lower())
        else:
            ws = [w.lower() for w in e.get("words") or ()]
            if not ws:
                raise LexiconError(f"{e.label}: kind {kind!r} needs words")
            if kind == "equivalent":
                equivalents.append((e["id"], frozenset(phrase_key(w) for w in ws)))
            words[kind].update(ws)
    r = rules(lex)
    verb = re.compile("|".join(f"(?:{p.pattern})" for p in (r.finite_verb, r.present_verb, past_words(lex))), re.I)
    speech: set[str] = {"say", "tell", "state", "write", "find", "show", "add", "report"}
    for e in lex["cues"]:
        speech.update(x for x in e.get("lemmas") or () if " " not in x)
    keys = {k: frozenset(phrase_key(w) for w in words[k]) for k in ("catenative", "light")}
    return PredicateRules(frozenset(words["auxiliary"]), frozenset(words["adverb"]), keys["catenative"],
                          re.compile("|".join(f"(?:{p})" for p in frames) or r"(?!x)x", re.I),
                          keys["light"], frozenset(words["not_a_verb"]), frozenset(words["opener"]),
                          frozenset(words["relative"]), frozenset(words["determiner"]), irregular,
                          frozenset(irregular.values()), verb, frozenset(lemma_key(w) for w in speech), tuple(equivalents),
                          frozenset(words["phrasal"]), frozenset(phrase_key(w) for w in words["reduced"]),
                          frozenset(words["present"]), frozenset(words["noun_before"]),
                          re.compile("|".join(f"(?:{e['pattern']})" for e in lex["actions"]) or r"(?!x)x", re.I))


def lemma(word: str, pr: PredicateRules) -> str:
    """The lemma of an English verb form ``word`` (see the module docstring): "stole" → "steal",
    "supplied" → "supply", "planned" → "plan", "staged" → "stage", "making" → "make"."""
    m = _CONTRACTED.fullmatch(word)
    if m is not None:
        return _CONTRACTED_BASE[m.group(1).lower()]  # "it’s": be
    w = word.lower().replace("’", "'")
    if w.endswith("n't") and w not in pr.irregular:
        w = w[:-3]
    got = pr.irregular.get(w) or pr.irregular.get(w.replace("'", "’"))
    if got is not None:
        return got
    if len(w) > 4 and w.endswith(("ied", "ies")):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        return _restore(w[:-3])
    if len(w) > 4 and w.endswith("eed"):
        return w[:-1]  # agreed, freed
    if len(w) > 3 and w.endswith("ed"):
        return _restore(w[:-2])
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_VOWEL = "aeiou"


def _restore(stem: str) -> str:
    """The base of a stem cut from -ed or -ing: a doubled final consonant (not l, s, z, f)
    undoubled ("stopp" → "stop"); an "e" restored after a short stem ending consonant, vowel,
    consonant ("mak" → "make", "stat" → "state"; not w, x, y) or in c, v, single z, "ag", "rg", "ng" (not
    "-ing", "-ong", "-ang", "-ung"), "ur", "ir" ("injur" → "injure", "requir" → "require")."""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in _VOWEL + "lszf":
        return stem[:-1]
    if stem.endswith(("c", "v", "rg", "ag", "ng", "ur", "ir")) and not stem.endswith(("ing", "ong", "ang", "ung")) \
            or (stem.endswith("z") and not stem.endswith("zz")):
        return stem + "e"
    if len(stem) <= 4 and len(stem) >= 3 and stem[-1] not in _VOWEL + "wxy" and stem[-2] in _VOWEL \
            and stem[-3] not in _VOWEL:
        return stem + "e"
    return stem


def lemma_key(lem: str) -> str:
    """What clustering compares of a lemma: lower case, its last "e" dropped after three letters
    ("create" and "creat", "stage" and "stag" meet), a British -is(e)/-ys(e) written -iz/-yz
    ("authorise" and "authorize", "analyse" and "analyze" meet)."""
    w = lem.lower()
    w = w[:-1] if len(w) > 3 and w.endswith("e") else w
    if len(w) > 5 and w.endswith(("is", "ys")):
        w = w[:-1] + "z"
    return w


def phrase_key(lem: str) -> str:
    """:func:`lemma_key` of a lemma's first word, the rest as written ("take place" → "tak place")."""
    first, _, rest = lem.lower().partition(" ")
    return lemma_key(first) + (" " + rest if rest else "")


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int  # offset in the reading string
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def _reading(parts: Sequence[Span]) -> tuple[str, list[tuple[int, int]]]:
    """The parts joined by one space, and per part (its start in the reading, its article start)."""
    out, pos, where = [], 0, []
    for p in parts:
        where.append((pos, p.start))
        out.append(p.text)
        pos += len(p.text) + 1
    return " ".join(out), where


def _to_article(where: list[tuple[int, int]], parts: Sequence[Span], s: int, e: int) -> tuple[int, int] | None:
    for (rs, as_), p in zip(where, parts):
        if rs <= s and e <= rs + len(p.text):
            return as_ + s - rs, as_ + e - rs
    return None


def find_predicate(parts: Sequence[Span], pr: PredicateRules, gerund_finite: bool = False) -> tuple[Span, str] | None:
    """The predicate of a claim made of ``parts`` (exact spans, in reading order): its head verb
    as a span of the article and its lemma; None when no verb is found.  ``gerund_finite``: the
    part after the first is shown with its opening gerund in the past (an accusation, "Y | ordering
    the arrests"), so that gerund is a verb."""
    if not parts:
        return None
    text, where = _reading(parts)
    toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    if gerund_finite and len(parts) > 1:
        first = where[1][0]
        k = next((i for i, t in enumerate(toks) if t.start >= first), None)
        if k is not None and toks[k].low.endswith("ing"):
            got = _to_article(where, parts, toks[k].start, toks[k].end)
            if got is not None:
                return Span(got[0], got[1], toks[k].text), lemma(toks[k].text, pr)
    head = _head(text, toks, 0, pr, 0)
    if head is None:
        return None
    got = _to_article(where, parts, head.start, head.end)
    if got is None:
        return None
    lem = lemma(head.text, pr)
    k = next((x for x, t in enumerate(toks) if t.start == head.start), None)
    if k is not None and k + 1 < len(toks) and f"{lem} {toks[k + 1].low}" in pr.phrasal:
        lem = f"{lem} {toks[k + 1].low}"  # "took place": one verb
    return Span(got[0], got[1], head.text), lem


def _is_word(t: _Tok) -> bool:
    return t.text[0].isalpha()


def _verb_like(toks: list[_Tok], j: int, pr: PredicateRules, relative: bool = False) -> bool:
    """Is token ``j`` a verb the main clause may have (step 3 of the module docstring)?
    ``relative``: a relative clause is open, so a "that" before the word is its relative word."""
    t = toks[j]
    if _is_word(t) and _CONTRACTED.fullmatch(t.text):
        return True  # "I’m flying", "it’s": a subject with its auxiliary
    if not _is_word(t) or not t.text[0].islower():
        return False
    w = t.low
    if w in pr.not_verbs or "-" in w:
        return False
    prev = toks[j - 1].low if j > 0 and _is_word(toks[j - 1]) else ""
    aux = w in pr.auxiliaries
    if prev in pr.determiners and not aux and not (relative and prev == "that"):
        return False  # "the reported attacks", "its claims"
    form = aux or (w in pr.irregular and w not in pr.bases) or pr.verb.fullmatch(w) is not None \
        or (w in pr.present and _plans_ahead(toks, j, prev))
    if not form and w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is")) and j > 0:
        p = toks[j - 1]
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        form = (p.text[0].isupper() and j > 1 or p.low in _PRONOUN_SUBJECTS) and nxt in _OBJECT_START
    if not form or (not aux and w.endswith("ing")):
        return False  # a bare -ing form is no finite verb ("the talks taking place …")
    if not aux and _action_noun(toks, j, pr):
        return False  # "U.S. air strikes | against the group", "the American airstrikes | on Monday": a noun
    if not aux and _participle(w, pr) and j + 1 < len(toks) and toks[j + 1].low == "by":
        return False  # "the strikes carried out by …", "hostages held by …" without an auxiliary: a participle
    return True


def _action_noun(toks: list[_Tok], j: int, pr: PredicateRules) -> bool:
    """Is the word at ``j`` an action word of ``actions.toml`` in -s (alone or with the word before
    it: "air | strikes") followed by a ``noun_before`` word ("against", "on", "near") or by a verb
    ("killed", "were")?  Then it is a plural noun naming the action, not a verb: "U.S. air strikes
    against the militant group" states no predicate, "The Ruritanian airstrikes on Friday killed the
    commander" and "Air strikes killed the commander" have "killed"."""
    w = toks[j].low
    if pr.action is None or not w.endswith("s") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.low not in pr.noun_before and not (_is_word(nxt) and nxt.text[0].islower() and (
            nxt.low in pr.auxiliaries or pr.verb.fullmatch(nxt.low) is not None)):  # not "helps | men"
        return False
    if pr.action.fullmatch(w):
        return True
    return j > 0 and _is_word(toks[j - 1]) and pr.action.fullmatch(f"{toks[j - 1].low} {w}") is not None


def _plans_ahead(toks: list[_Tok], j: int, prev: str) -> bool:
    """Is the ``present`` word at ``j`` ("plan", "aim", "vow") a verb in the present tense: followed by
    "to" and a lower-case word or by "on" and a gerund ("Jan Novak and his team | plan on opening a
    bank", "the rebels | vow to fight"), and not after "to" nor a possessor ("Kolno’s plan to …": a noun;
    after a determiner it is one too, as every verb-looking word is)?"""
    if j + 2 >= len(toks) or prev == "to" or prev.endswith(("'s", "’s")):
        return False
    nxt, after = toks[j + 1], toks[j + 2]
    if not _is_word(after) or not after.text[0].islower():
        return False
    return nxt.low == "to" or (nxt.low == "on" and after.low.endswith("ing") and len(after.low) > 5)


def _participle(w: str, pr: PredicateRules) -> bool:
    """Is lower-case ``w`` a past participle (or past) form: in -ed/-en, or an irregular form."""
    return w.endswith(("ed", "en")) or (w in pr.irregular and w not in pr.bases)


def _aux_base(t: _Tok, pr: PredicateRules) -> str:
    m = _CONTRACTED.fullmatch(t.text)
    if m is not None:
        return _CONTRACTED_BASE[m.group(1).lower()]
    return pr.irregular.get(t.low, t.low)


def _is_aux(t: _Tok, pr: PredicateRules) -> bool:
    return t.low in pr.auxiliaries or (_is_word(t) and _CONTRACTED.fullmatch(t.text) is not None)


def _index(toks: list[_Tok], t: _Tok) -> int:
    return next(x for x, u in enumerate(toks) if u.start == t.start)


def _skip_adverbs(toks: list[_Tok], j: int, pr: PredicateRules) -> int:
    """The first token from ``j`` that is no adverb and no quotation mark ("was “fighting fiercely”")."""
    while j < len(toks) and (toks[j].text in _QUOTES or _is_word(toks[j]) and (
            toks[j].low in pr.adverbs or (toks[j].low.endswith("ly") and len(toks[j].low) > 4))):
        j += 1
    return j


def _group_head(toks: list[_Tok], j: int, pr: PredicateRules) -> int:
    """The head of the verb group starting at token ``j``: past auxiliaries and adverbs (step 4)."""
    cur = j
    while _is_aux(toks[cur], pr):
        n = _skip_adverbs(toks, cur + 1, pr)
        if n >= len(toks) or not _is_word(toks[n]) or not toks[n].text[0].islower():
            return cur
        w = toks[n].low
        base = _aux_base(toks[cur], pr)
        if w in pr.auxiliaries and w not in ("got", "get", "gets") or w in ("be", "been", "being", "have", "having"):
            cur = n
            continue
        if base in _MODALS or base == _DO:
            if w in pr.determiners or w in pr.not_verbs:
                return cur
            return n  # "could strike", "did not send"
        participle = _participle(w, pr) or (base == _BE and w.endswith("ing") and len(w) > 5) \
            or (base == _HAVE and w in pr.bases)  # "has become", "had come"
        if participle and w not in pr.not_verbs:
            return n  # "was killed", "has sent", "is preparing"
        return cur  # a copula or a main "have"/"get": "is responsible", "has a team"
    return cur


def _catenate(toks: list[_Tok], h: int, pr: PredicateRules, depth: int = 0) -> int:
    """A catenative head followed by "to" and a verb, or by "on" / "in" and a gerund, hands the
    predicate to that verb's group."""
    if depth > 2 or lemma_key(lemma(toks[h].text, pr)) not in pr.catenatives:
        return h
    n = _skip_adverbs(toks, h + 1, pr)
    if n + 1 < len(toks) and toks[n].low in ("on", "in") and _is_word(toks[n + 1]) and toks[n + 1].text[0].islower() \
            and toks[n + 1].low.endswith("ing") and len(toks[n + 1].low) > 5 and toks[n + 1].low not in pr.not_verbs:
        return _catenate(toks, n + 1, pr, depth + 1)  # "plan on | opening a bank", "succeeded in | killing": the gerund's verb
    if _participle(toks[h].low, pr) and n < len(toks) and _is_word(toks[n]) and _participle(toks[n].low, pr) \
            and toks[n].text[0].islower() and toks[n].low not in pr.not_verbs:
        return n  # "was reported | wounded", "is believed | killed"
    if n + 1 < len(toks) and toks[n].low == "to" and _is_word(toks[n + 1]) and toks[n + 1].text[0].islower() \
            and toks[n + 1].low not in pr.determiners and toks[n + 1].low not in pr.not_verbs:
        g = _group_head(toks, n + 1, pr)
        return _catenate(toks, g, pr, depth + 1)
    return h


def _head(text: str, toks: list[_Tok], i: int, pr: PredicateRules, depth: int) -> _Tok | None:
    """The head verb of the clause starting at token ``i`` (steps 2 to 5)."""
    if i < len(toks) and toks[i].low in pr.openers:
        comma = next((k for k in range(i + 1, len(toks)) if toks[k].text == ","), None)
        if comma is not None:
            i = comma + 1
    between = False  # inside ", who … ," or ", named after … ,"
    pending = False  # after a relative word without a comma: its first verb group is skipped
    commas = 0  # commas before the main verb: an odd count is an apposition still open
    j = i
    while j < len(toks):
        t = toks[j]
        if not _is_word(t):
            if t.text == ",":
                commas += 1
                between = False
            j += 1
            continue
        if t.low in pr.relatives and j > i and not (t.low == "that" and j == i):
            if toks[j - 1].text == "," or commas % 2:
                between = True
            else:
                pending = True
            j += 1
            continue
        if not _verb_like(toks, j, pr, pending or between):
            j += 1
            continue
        if between:
            j += 1
            continue
        if toks[j - 1].text == "," and commas % 2 and not _is_aux(t, pr) and _participle(t.low, pr):
            between = True  # "X, named after Y, is …": a participle opening an apposition
            j += 1
            continue
        h = _group_head(toks, j, pr)
        if pending:
            pending = False
            j = h + 1
            continue
        if h == j and not _is_aux(t, pr) and j > i and _participle(t.low, pr) and j + 1 < len(toks) \
                and toks[j + 1].low == "to" and lemma_key(lemma(t.text, pr)) in pr.reduced:
            j = _catenate(toks, h, pr) + 1  # "a strike believed to have been carried out by X | is …": a reduced relative
            continue
        h = _catenate(toks, h, pr)
        if depth < MAX_FRAMES and lemma_key(lemma(toks[h].text, pr)) in pr.speech:
            m = pr.frame.match(text, toks[h].end)
            k = next((x for x in range(h + 1, len(toks)) if toks[x].start >= m.end()), None) if m is not None else None
            if k is not None:
                inner = _head(text, toks, k, pr, depth + 1)
                if inner is not None:
                    return inner
            elif m is None:  # "said Adler is ill": a that-less complement, its verb within reach
                first = next((x for x in range(h + 1, min(len(toks), h + 1 + THATLESS_REACH))
                              if not _is_word(toks[x]) or _verb_like(toks, x, pr)), None)
                if first is not None and first > h + 1 and _is_word(toks[first]):
                    inner = _head(text, toks, h + 1, pr, depth + 1)
                    if inner is not None:
                        return inner
        return toks[h]
    return None


def with_predicates(claims: Sequence[Claim], lex: Lexicons, english: bool = True) -> list[Claim]:
    """``claims`` with their ``predicate`` and ``predicate_lemma`` set (:func:`find_predicate` on
    their parts, else their span); unchanged when ``english`` is False (the rules are English)."""
    if not english:
        return list(claims)
    pr = predicate_rules(lex)
    out = []
    for c in claims:
        parts = c.parts or (c.span,)
        gerund = bool(c.parts) and len(parts) > 1 and parts[1].text not in c.text
        got = find_predicate(parts, pr, gerund)
        out.append(c if got is None else replace(c, predicate=got[0], predicate_lemma=got[1]))
    return out
