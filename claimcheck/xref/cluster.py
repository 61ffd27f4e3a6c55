"""Claims that state one proposition, across articles: blocking, then clustering on representatives.

A cluster is one proposition.  Claims are visited in a fixed content order (most complete
first: an action class, more actors, more content words; then the text; then the uid), and each
joins the cluster whose *representative* (its first, most complete claim) it matches best, or
starts a cluster of its own.  A claim is never compared with any other member, so clusters
cannot chain (A ~ B ~ C with A and C unrelated), and the result does not depend on the order in
which the articles were ingested.

Candidates are narrowed first (blocking): a claim is compared only with representatives that
share an actor and an action group with it (or, without an action class, two actors) and at
least one content word or action class, the representatives sharing most words first; so the
cost grows with the corpus, not its square.

A match needs (:func:`matches`): the same action group (classes listed as ``compatible`` in
``actions.toml`` form one group: bombings ~ air strikes, sabotage ~ attack), actors that agree
(every actor of the claim naming fewer of them is among the other's), for event-like classes
dates within their window, and a similarity of the claims' content words over a threshold
(``xref.toml``).  The words of an action class become one token (``#group``), each actor
mention one token (``@key``), so "bombings" and "air strikes", "Qaddafi" and "Gaddafi" are the
same word.  A denial (act ``deny``) is compared after every other claim and joins the
proposition it denies: its denier counts among its actors, it needs to share one actor with the
representative rather than all, and a lower threshold (``deny``) applies to its words, which
are few ("denied any involvement in the attack").  A claim and its opposite (a denial, or the
other polarity) that both name their subject must name the same one.

Their predicates must meet (:func:`predicates_meet`): the head verbs the claims parser stored
(:mod:`claimcheck.parse.claims.predicate`) have one lemma, one action group, or are listed as
equivalents ("will address the release" / "have agreed on the release" are two propositions);
near copies (similarity from ``predicate_free`` of ``xref.toml`` on) and claims without a stored
predicate are exempt, and a claim whose verb is a denial is compared by its words.

Three more tests (:mod:`claimcheck.xref.evidence`): what two claims share must be rarer than
chance among the articles clustered together (document frequencies, ``evidence`` of
``xref.toml``), so a broad actor, a broad action and common words are not enough; the content
words they share must carry some information of their own (``content_evidence``) unless they
have one subject, so one rare actor and common words said of it are not enough; and a claim
that something is planned, possible or conditional ("is preparing to supply", "could strike")
joins only claims of its kind, not claims that it was done.

Two events are kept apart (stop 26): a nominal event claim ("air strikes against the group") from a
clause whose predicate is not its action (:func:`lacks_predicate`), and two event claims naming kinds
of target they do not share (:func:`targets_differ`: a school, a bridge); a claim whose recipient is
missing joins, among representatives of different recipients, its speaker's side
(:func:`recipient_choice`).

Two events of one kind on different days are kept apart (stop 27): a claim's time is its own date,
else its passage's or its lede's (:mod:`claimcheck.parse.claims.times`), and two claims whose times
exclude one event do not join (:func:`dates_differ`: periods that do not overlap; weekdays that
differ, an undated article's "on Tuesday" too); a member's time vetoes a claim of another time where
the representative states none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from claimcheck.lexicons import Lexicons
from claimcheck.model import ClaimRecord, Span
from claimcheck.parse.claims import rules
from claimcheck.parse.claims.cues import _folded
from claimcheck.parse.claims.dates import date_interval, date_span
from claimcheck.parse.claims.times import claim_time, event_groups, times_conflict
from claimcheck.parse.claims.predicate import lemma_key, phrase_key, predicate_rules
from claimcheck.text.tokens import LETTER_OR_DIGIT_RUN, STOP_CLUSTER, light_stem
from claimcheck.xref.cross_language import Cross, cross_features, cross_match
from claimcheck.xref.evidence import Rarity, is_open, open_at_predicate, rarity
from claimcheck.parse.claims.place import own_places, place_rules
from claimcheck.xref.gazetteer import Place, gazetteer, place_of, place_table, places_differ
from claimcheck.xref.objects import GENERIC_MEETS, GENERIC_MEETS_DENIAL, kinds_differ, kinds_part, object_kinds, target_kinds
from claimcheck.xref.roles import Roles, align_converse, converse_tokens, read_roles, roles
from claimcheck.xref.roles import roles_of as roles_of  # re-exported: read by tests and the lexicon runner

ActorKeys = Callable[[str], Sequence[str]]
PLACES = True  # compare claims' places (parse.claims.place, xref.gazetteer.places_differ); False: never
TIMES = True  # a member's stated day vetoes a claim of another day (assign; stop 27); False: the representative's alone
PREDICATE_OPEN = True  # also read open modality in the stored predicate's verb group (xref.evidence.open_at_predicate)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """``xref.toml``'s ``match`` entry: similarities in 0–1 (``wire_copy`` a 0–100 ratio)."""

    same_action: float
    no_action: float
    wire_copy: float
    max_block: int
    window: int
    deny: float = 0.3
    candidates: int = 12
    content: float = 0.3
    deny_verbs: tuple[str, ...] = ()  # stemmed
    evidence: float | None = None  # nats over ln(n) the shared tokens must carry (xref.evidence); None: not tested
    content_evidence: float | None = None  # nats over ln(n) the shared content words must carry (xref.evidence); None: not tested
    predicate_free: float | None = None  # from this similarity on, predicates that do not meet still may (a near copy); None: never
    predicate_free_plain: float | None = None  # the same for claims without an action class (which join from ``no_action`` on)


def thresholds(lexicons: Lexicons) -> Thresholds:
    """The ``match`` thresholds of ``xref.toml`` (a user file's entry does not replace it:
    the first ``match`` entry wins, as before)."""
    e = next(x for x in lexicons["xref"] if x["id"] == "match")
    return Thresholds(e["same_action"], e["no_action"], e["wire_copy"], e["max_block"], e["window"],
                      e.get("deny") or 0.3, e.get("candidates") or 12, e.get("content") or 0.3,
                      tuple(sorted({light_stem(w.lower()) for w in e.get("deny_verbs") or ()})), e.get("evidence"),
                      e.get("content_evidence"), e.get("predicate_free"), e.get("predicate_free_plain"))


def event_windows(lexicons: Lexicons) -> dict[str, int]:
    """Days within which two claims of an event-like action class can be the same event."""
    return {e["id"]: e["window_days"] for e in lexicons["actions"] if e.get("window_days")}


def action_groups(lexicons: Lexicons) -> dict[str, str]:
    """Each action class → its group: the alphabetically first class of those it is
    ``compatible`` with (transitively), so compatible classes share blocks and match."""
    parent: dict[str, str] = {e["id"]: e["id"] for e in lexicons["actions"]}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for e in lexicons["actions"]:
        for other in e.get("compatible") or ():
            if other in parent:
                a, b = find(e["id"]), find(other)
                parent[max(a, b)] = min(a, b)
    return {k: find(k) for k in parent}


@dataclass(frozen=True, slots=True)
class ActionWords:
    """The words of every action class in one pattern: group ``a<i>`` matches class ``i``,
    whose action group is ``groups[i]``."""

    pattern: re.Pattern[str]
    groups: tuple[str, ...]
    folded: re.Pattern[str] | None = None  # the same, case-sensitive and gated, for a folded text


def action_words(lexicons: Lexicons) -> ActionWords:
    """The words that become a ``#group`` token, for :func:`normalise`.  ``folded``: the same
    pattern without IGNORECASE, behind a test of its possible first characters, when that
    matches a lower-cased text exactly where the case-insensitive one does (the claims
    parser's rule, ``parse.claims.cues._foldable``): several times faster."""
    from claimcheck.parse.claims.cues import _foldable
    from claimcheck.parse.patterns import gated

    groups = action_groups(lexicons)
    alt = "|".join(f"(?P<a{i}>{e['pattern']})" for i, e in enumerate(lexicons["actions"]))
    return ActionWords(re.compile(alt, re.I), tuple(groups[e["id"]] for e in lexicons["actions"]),
                       re.compile(gated(alt)) if all(_foldable(e["pattern"]) for e in lexicons["actions"]) else None)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


CONTAIN_MIN = 4  # words a claim needs before containment counts (short ones match too easily)
CONTAIN_WEIGHT = 0.8
NEAR_COPY_WORDS = 4  # content words two claims must share, besides a near-copy similarity, to join though their object kinds differ
MIN_WORDS = 3  # tokens a claim (not a denial) needs to join another: a fragment ("to calm down") stays alone
WORDED_MIN = 3  # content words a denial needs to join, whoever it names, a claim of the very same words ("ex wife" is too few)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice, or (weighted) containment of the shorter claim in the longer one: a headline that
    restates a long body sentence is the same claim although Dice is low.  Two claims that both
    give numbers and share none of them state different things ("sent 12 drones" / "sent 300
    drones"): 0."""
    na = {w for w in a if w.isdigit()}
    nb = {w for w in b if w.isdigit()}
    if na and nb and not na & nb:
        return 0.0
    d = dice(a, b)
    small = min(len(a), len(b))
    if small < CONTAIN_MIN:
        return d
    return max(d, CONTAIN_WEIGHT * len(a & b) / small)


def claim_day(c: ClaimRecord) -> int | None:
    """The day a claim refers to (the middle of a week, month or year it names,
    :func:`claimcheck.parse.claims.dates.date_interval`), else its article's."""
    span = date_interval(c.refers_to)
    if span is not None:
        return (span[0] + span[1]) // 2
    return c.published.toordinal() if c.published else None


def claim_period(c: ClaimRecord) -> tuple[int, int] | None:
    """The days a claim refers to (first, last ordinal): the period its stated date names (a
    day, week, month or year), else its article's day; None when neither is known."""
    span = date_interval(c.refers_to)
    if span is not None:
        return span
    return (c.published.toordinal(),) * 2 if c.published else None


def days_apart(f: Features, r: Features) -> int | None:
    """Days between the periods two claims refer to (0 when they overlap: "this year" and "in
    March" are no 108 days apart), else between their days; None when either is unknown."""
    if f.period is not None and r.period is not None:
        return max(0, f.period[0] - r.period[1], r.period[0] - f.period[1])
    if f.day is not None and r.day is not None:
        return abs(f.day - r.day)
    return None


def normalise(text: str, actor_mentions: Sequence[tuple[str, str]], actions: ActionWords | None = None) -> list[str]:
    """Stemmed content words, lower-cased; each actor mention becomes one token ``@key``, and
    the words of an action class in ``actions`` (see :func:`action_words`) one token ``#group``."""
    low = text.lower()
    keys = []
    for mention, key in sorted(actor_mentions, key=lambda m: -len(m[0])):
        if mention:  # a whole word: "Syldavia" is not taken out of "pro-Syldavia" ("U.S." is out of "U.S.-led")
            low = _cut_word(low, mention.lower())  # with its possessive ending ("X’s troops": "troops")
            keys.append("@" + key)  # also an actor not named in the span (the agent of "X plans to …")
    found: set[str] = set()
    if actions is not None:
        names = actions.groups

        def cut(m: re.Match[str]) -> str:
            found.add(names[int((m.lastgroup or "a0")[1:])])
            return " "

        fast = actions.folded is not None and _folded(low) == low
        low = (actions.folded if fast else actions.pattern).sub(cut, low)  # type: ignore[union-attr]
    words = [light_stem(w) for w in LETTER_OR_DIGIT_RUN.findall(low) if w not in STOP_CLUSTER]
    return words + sorted(set(keys)) + sorted("#" + g for g in found)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _cut_word(low: str, mention: str) -> str:
    """``low`` with each whole-word occurrence of ``mention``, and its possessive ending, replaced
    by a space: the same as ``re.sub(rf"(?<![\\w-]){re.escape(mention)}(?:['’]s\\b)?(?!\\w)", " ", low)`` (left to right, not
    overlapping, the boundaries read in ``low`` as given), without compiling a pattern per
    mention (a claim's mentions are many and varied: compiling them was a tenth of an ingest)."""
    i = low.find(mention)
    if i < 0:
        return low
    out, start, n = [], 0, len(mention)
    while i >= 0:
        end = i + n
        if (i == 0 or not (_word_char(low[i - 1]) or low[i - 1] == "-")) and (end == len(low) or not _word_char(low[end])):
            if low[end:end + 2] in ("'s", "’s") and (end + 2 == len(low) or not _word_char(low[end + 2])):
                end += 2  # "karl adler’s troops" leaves "troops", not a word "s"
            out.append(low[start:i])
            out.append(" ")
            start = end
            i = low.find(mention, end)
        else:
            i = low.find(mention, i + 1)
    out.append(low[start:])
    return "".join(out)


def _has_word(text: str, mention: str) -> bool:
    """Whether ``mention`` occurs in ``text`` as a whole word: the same as
    ``re.search(rf"(?<![\\w-]){re.escape(mention)}(?!\\w)", text)`` without compiling a pattern
    per mention (one per claim actor: 14 % of a profiled 10k-article analysis)."""
    i, n = text.find(mention), len(mention)
    while i >= 0:
        end = i + n
        if (i == 0 or not (_word_char(text[i - 1]) or text[i - 1] == "-")) and (end == len(text) or not _word_char(text[end])):
            return True
        i = text.find(mention, i + 1)
    return False


ADJUNCTS = True  # :func:`adjunct_spans` marks adjunct words; False: never (for measuring)
ADJUNCT_MARK = "^"  # suffix of a token read in an adjunct: it meets only another adjunct's token
MARK_ALL = False  # mark every word of an adjunct, not only its action class (measured: parts restatements)
MARK_CLAUSE = False  # mark every word of an adjunct that is a clause (:func:`adjunct_clause`; measured, not kept: docs/quality.md)
ADJUNCT_CORE_MIN = 2  # content words the rest of a claim must keep for its adjuncts to be marked
_ADJUNCT_END = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s")
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "isn't", "isn’t",
                       "wasn't", "wasn’t", "aren't", "aren’t", "weren't", "weren’t"))
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")


def _adjunct_pattern(lexicons: Lexicons) -> re.Pattern[str] | None:
    pats = [e["pattern"] for e in lexicons["predicates"] if e["kind"] == "adjunct" and e.get("pattern")]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def adjunct_spans(text: str, lexicons: Lexicons) -> list[tuple[int, int]]:
    """The purpose, motive and cause adjuncts of a claim's ``text`` (``predicates.toml`` kind
    ``adjunct``: "in retaliation for X", "after X", "amid X", "following X"): (start, end) offsets in
    ``text``, from the opener to the next comma, semicolon, colon, bracket or dash (or the end;
    an adjunct opening the claim or a quotation needs one of them: "After seeing his body I picked
    up his gun" has no comma to end it), in order, not overlapping.  An opener after a form of "be" (adverbs in -ly or of
    ``predicates.toml``'s ``adverb`` kind between) is the predicate itself ("the murder was in
    retaliation for …"), no adjunct.  Issue 9, stop 27: the FNC-1 corpus joined Foley's murder
    "in retaliation for US air strikes" with "No Islamic State militants were killed in the
    airstrikes" and an FBI bulletin "… in retaliation for intensified airstrikes" on these words."""
    pat = lexicons.derive(_adjunct_pattern)
    if pat is None:
        return []
    adverbs = predicate_rules(lexicons).adverbs
    out: list[tuple[int, int]] = []
    end = 0
    for m in pat.finditer(text):
        if m.start() < end:
            continue
        before = text[:m.start()]
        w = _WORD_BEFORE.search(before)
        while w is not None and (w.group(1).lower() in adverbs or w.group(1).lower().endswith("ly")):
            before = before[:w.start()]
            w = _WORD_BEFORE.search(before)
        if w is not None and w.group(1).lower() in _BE_FORMS and not before[w.end(1):].strip():
            continue
        stop = _ADJUNCT_END.search(text, m.end())
        if stop is None and (not before.strip() or before.rstrip()[-1] in "\"“‘:"):
            continue  # "After seeing his body I picked up his gun …": an opening adjunct needs its comma
        end = stop.start() if stop else len(text)
        out.append((m.start(), end))
    return out


def adjunct_tokens(text: str, pairs: Sequence[tuple[str, str]], actions: ActionWords,
                   lexicons: Lexicons | None) -> tuple[list[str], frozenset[str], str, frozenset[str]]:
    """The tokens of :func:`normalise` for ``text``, those read only inside an adjunct
    (:func:`adjunct_spans`) marked with :data:`ADJUNCT_MARK` ("retaliation^", "#air_strike^",
    "@key^" for an actor named only there); the keys of the actors so marked; the text outside
    the adjuncts; and its tokens.  By default (:data:`MARK_ALL` False) only the action
    class token of an adjunct is marked: its other words meet any ("Following a bank robbery in
    Vancouver, X was charged with robbery" / "X was charged in Vancouver with robbery").  Unmarked
    (and the whole text) when no adjunct is found, or when
    the rest keeps under :data:`ADJUNCT_CORE_MIN` content words (a fragment that is all adjunct is
    compared as it is)."""
    spans = adjunct_spans(text, lexicons) if lexicons is not None and ADJUNCTS else []
    if not spans:
        whole = normalise(text, pairs, actions)
        return whole, frozenset(), text, frozenset(whole)
    core_text, last, parts = [], 0, []
    for a, b in spans:
        core_text.append(text[last:a])
        parts.append(text[a:b])
        last = b
    core_text.append(text[last:])
    core_s = " ".join(core_text)
    low_core, low_all = core_s.lower(), text.lower()
    in_core = [(m, k) for m, k in pairs if not m or _has_word(low_core, m.lower()) or not _has_word(low_all, m.lower())]
    core = normalise(core_s, in_core, actions)
    if sum(w[:1] not in "@#" for w in core) < ADJUNCT_CORE_MIN:
        whole = normalise(text, pairs, actions)
        return whole, frozenset(), text, frozenset(whole)
    core_keys = {k for _, k in in_core}
    have = set(core)
    adj: list[str] = []
    for part in parts:
        every = MARK_ALL or (MARK_CLAUSE and lexicons is not None and adjunct_clause(part, lexicons))
        low = part.lower()
        named = [(m, k) for m, k in pairs if m and k not in core_keys and _has_word(low, m.lower())]
        adj.extend(w + ADJUNCT_MARK if w[:1] == "#" or every else w for w in normalise(part, named, actions)
                   if w not in have)
    adj = list(dict.fromkeys(adj))
    only = frozenset(w[1:-1] for w in adj if w[:1] == "@" and w.endswith(ADJUNCT_MARK))
    return core + adj, only, core_s, frozenset(core)


def adjunct_clause(part: str, lexicons: Lexicons) -> bool:
    """Is an adjunct (its text from the opener on) a clause with a predicate of its own ("after two
    fighters reportedly contracted the virus", "a day after he shot the gunman"), not a noun phrase
    ("after a complicated five-hour surgery", "following a bank robbery in Vancouver")?  A clause
    states another proposition: every word of it is marked (:func:`adjunct_tokens`); a noun phrase's
    words (a place, a date, the surgery) may be the other claim's own."""
    from claimcheck.parse.claims.predicate import find_predicate

    m = lexicons.derive(_adjunct_pattern).match(part)  # type: ignore[union-attr]
    rest = part[m.end():] if m else part
    return bool(rest.strip()) and find_predicate([Span(0, len(rest), rest)], predicate_rules(lexicons)) is not None


def core_predicate(core: str, lexicons: Lexicons) -> frozenset[str] | None:
    """What the rest of a claim whose action word stands only in an adjunct, and that has no stored
    predicate, may be taken for: ``=key`` and ``~id`` of its first word whose lemma is in a
    ``predicates.toml`` ``equivalent`` group ("militants for murdering an American journalist | in
    retaliation for …": ``~killing``); None when no word is."""
    from claimcheck.parse.claims.predicate import lemma

    pr = predicate_rules(lexicons)
    for w in LETTER_OR_DIGIT_RUN.findall(core):
        if not w.islower():
            continue  # a name ("Islamic State"), not a verb
        key = lemma_key(lemma(w, pr))
        groups = {"~" + eid for eid, keys in pr.equivalents if key in keys}
        if groups:
            return frozenset({"=" + key, *groups})
    return None


@dataclass(frozen=True, slots=True)
class Features:
    """What clustering compares of one claim."""

    keys: tuple[str, ...]  # actor keys (literal readings and what they may stand for), sorted
    mentions: tuple[frozenset[str], ...]  # per actor mention, its keys
    bag: frozenset[str]  # content words, @actor and #action tokens
    words: int  # tokens in the bag: content words, actors and action
    group: str | None  # the action group
    day: int | None
    denial: bool
    cross: Cross | None = None  # for the cross-language test (xref.cross_language); None: not compared so
    negative: bool = False  # the claim's polarity is negative
    subject: frozenset[str] = frozenset()  # keys of the actors named before its first verb (its agent)
    subject_names: frozenset[str] = frozenset()  # those actors' names, casefolded
    subject_words: frozenset[str] = frozenset()  # the content words of its subject phrase ("forces" of "Bordurian forces")
    objects: frozenset[str] = frozenset()  # the kinds of object it names (xref.objects.object_kinds: "jets", "*weapons"); none for an event class
    mode: str | None = None  # the mode of its action word: done, planned, offered, sought (xref.check_mode); None: no action word
    agent: frozenset[str] = frozenset()  # keys of the actors doing the action (:func:`roles_of`); empty: unknown
    patient: frozenset[str] = frozenset()  # keys of the actors it is done to or for
    refers: str | None = None  # the date the claim's own words state (``refers_to``), not its article's
    period: tuple[int, int] | None = None  # the days ``refers`` names (first, last ordinal), else its article's day
    marked: bool = False  # its roles were fixed by a marker ("by", a converse verb's "from"): :func:`roles_conflict`
    receives: bool = False  # its bag holds a receiving verb's ``%<pair>=*`` (xref.roles.converse_tokens)
    open: bool = False  # it says something is planned, possible or conditional, not done (xref.evidence.is_open)
    predicate: frozenset[str] | None = None  # what its predicate may be taken for (:func:`predicate_classes`); None: no predicate
    copula: tuple[str, ...] = ()  # a copula's first content words, stemmed, in order ("is | in charge of security"); (): no copula
    copula_past: bool = False  # its copula is in the past ("was", "were"): a previous state
    place: tuple[Place, ...] = ()  # where it happened: the places its words name, else its stored place (parse.claims.place)
    nominal: bool = False  # an event's action named only as a noun, no predicate ("air strikes against the group"): :func:`lacks_predicate`
    acts: frozenset[str] = frozenset()  # the action classes of its predicate (else, nominal, of its action words): :func:`lacks_predicate`
    targets: frozenset[str] = frozenset()  # the kinds of target an event claim names ("school", "bridge"): :func:`targets_differ`
    side: frozenset[str] = frozenset()  # an agent-only claim's speaker and the actors named in its tag: :func:`recipient_choice`
    span: tuple[int, int] | None = None  # the days its event may lie on (parse.claims.times.claim_time): :func:`dates_differ`
    days: frozenset[int] | None = None  # the weekdays its event may lie on, resolved or not (the same)
    event: bool = False  # its action class is an event's (``window_days`` in actions.toml)
    adjunct_only: bool = False  # its action words stand only in adjuncts ("… in retaliation for air strikes"): :func:`adjunct_event`
    core: frozenset[str] = frozenset()  # its tokens outside its adjuncts (empty: it has none): :func:`core_similarity`


_POSSESSOR = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})’s\s")


def subject_text(text: str, predicate: re.Pattern[str] | None) -> str:
    """The words of ``text`` before its first verb (``claims.toml``'s loose ``predicate`` test,
    a match starting lower-case and not after a hyphen: "Ruritania | was behind …"); "" when
    none is found.  Loose: it may stop early ("Air | strikes …"), which only drops the constraint."""
    if predicate is None:
        return ""
    for m in predicate.finditer(text):
        if text[m.start()].islower() and text[m.start() - 1:m.start()] != "-":  # not "Sweden-based"
            return text[:m.start()]
    return ""


def predicate_at(text: str, verb: str) -> int | None:
    """Where the stored predicate ``verb`` ("delivered") stands in the claim's ``text``: the start
    of its first whole-word occurrence, None when it is not there (a composed text that reworded
    it).  For a claim without an action word (``actions.toml``), the roles are read around its
    predicate (:func:`claimcheck.xref.roles.read_roles`): "Freedonia delivered rifles to Sylvania"
    and "Sylvania delivered rifles to Freedonia" are two propositions whatever was delivered."""
    m = re.search(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", text)
    return m.start() if m else None


def roles_swapped(f: Features, r: Features) -> bool:
    """Do two claims give their actors opposite roles: the agent of each is a patient of the
    other, and they share no agent ("Freedonia sold tanks to Sylvania" / "Sylvania sold tanks
    to Freedonia"; not "tanks were sold to Sylvania by Freedonia", nor "Sylvania received tanks
    from Freedonia")?  False when either claim's roles are unknown."""
    return bool(f.agent & r.patient) and bool(r.agent & f.patient) and not f.agent & r.agent


def roles_conflict(f: Features, r: Features) -> bool:
    """Do two claims give an actor roles that cannot both hold: swapped roles
    (:func:`roles_swapped`), or an actor that a claim whose roles a marker fixed (``marked``: "by",
    a converse verb's "from") makes a patient is the other's agent, and the two share no agent
    ("Sylvania bought tanks from Freedonia" / "Sylvania sold tanks"; "Sylvania was bombed by
    Ruritania" / "Sylvania bombed the port")?  A loose reading alone never conflicts one way
    ("In Granville, Ruritania bombed the port" reads Granville as an agent)."""
    if roles_swapped(f, r):
        return True
    for m, o in ((f, r), (r, f)):
        if m.marked and o.agent & m.patient and not o.agent & m.agent:
            return True
    return False


def dates_differ(f: Features, r: Features) -> bool:
    """Do two claims' times exclude one event (:func:`claimcheck.parse.claims.times.times_conflict`)?
    Their dates, stated or inherited from the passage or lede (parse.claims.times), name periods that
    do not overlap ("2024-05-06" / "2024-05-09" differ; "2024-05" holds "2024-05-06"; "next week" is
    a week, "2024-W06", which holds "2024-02-09"); or, for two event claims (``window_days``), the
    weekdays they may lie on are disjoint where one is unresolved (an undated article's "on Tuesday" /
    "on Wednesday", or / a dated article's Sunday).  A statement's day ("On Tuesday, the military
    announced …") reaches two days back, the edge of a day ("late on Sunday") one day each way, and a
    denial's day ("on Tuesday denied involvement in the bombardment") is no time of the event.  Two
    events of one kind on different days are two propositions, whatever the action class's window
    (stop 27, docs/decisions.md "Two events of one kind on different days")."""
    return times_conflict((f.span, f.days), (r.span, r.days), f.event and r.event)


def features(c: ClaimRecord, actor_keys: ActorKeys, groups: dict[str, str],
             actions: ActionWords, deny_noise: frozenset[str],
             predicate: re.Pattern[str] | None = None, roles: Roles | None = None,
             lexicons: Lexicons | None = None) -> Features:
    """The :class:`Features` of one claim; a denial also names its denier (the source) among
    its actors, and leaves out the words every denial uses (``deny_noise``: "involvement").
    ``predicate`` finds the claim's first verb: the actors named before it are its subject;
    ``roles`` finds its agents and patients (:func:`roles_of`; None: not known); ``lexicons`` gives
    what its stored predicate may be taken for (:func:`predicate_classes`; None: not compared)."""
    denial = c.act == "deny"
    mentions = list(c.actors)
    pairs = [(m, ks[0]) for m in mentions for ks in [tuple(actor_keys(m))] if ks]
    extra = {k for m in mentions for k in tuple(actor_keys(m))[1:]}
    # where it happened ("… the pipeline near Granville"), which the parser keeps out of the claim's
    # actors (src26): compared as the place itself, never as the state a capital may stand for
    where = c.place if c.place and c.place not in c.actors and _has_word(c.text, c.place) else None
    where_keys = (tuple(actor_keys(where))[:1] or ("place:" + " ".join(where.casefold().split()),)) if where else ()
    if where_keys:
        pairs.append((where, where_keys[0]))
    if denial and c.source_name and c.source_name not in mentions:
        mentions.append(c.source_name)  # an actor of the claim, though its words stay as written
        extra.update(actor_keys(c.source_name))
    per = [frozenset(actor_keys(m)) for m in mentions] + ([frozenset(where_keys)] if where_keys else [])
    per = [p for p in per if p]
    text = c.text
    if denial and c.source_name and len(mentions) > len(c.actors):  # the denier named as a word of its own
        text = re.sub(rf"(?<![\w-]){re.escape(c.source_name)}(?![\w-])", " ", text, flags=re.I)
    m = _POSSESSOR.match(text)
    if m is not None and m.group(1) not in c.actors:
        # "Karl Adler’s troops …" for "his troops": the parser put the possessor there, not as
        # an actor of the claim; its words are no content words either
        text = text[m.end():]
    if c.refers_to and (roles is None or c.language not in roles.languages):  # read with the English calendar
        sp = date_span(text)  # the date is compared as a period (dates_differ), not by its words
        if sp is not None:
            text = text[:sp[0]] + " " + text[sp[1]:]
    group = groups.get(c.action) if c.action else None
    reading = None
    converse: tuple[str, ...] = ()
    own = roles.by_language.get(c.language or "") if roles is not None else None
    if own is not None and own.actions is not None and group is not None:  # French, Spanish …: its own words
        at = next((m.start() for m in own.actions.finditer(c.text)
                   if groups.get(own.groups[int((m.lastgroup or "a0")[1:])]) == group), None)
        reading = read_roles(c.text, c.actors, at, own)
    elif roles is not None and group is not None:
        at = next((m.start() for m in actions.pattern.finditer(c.text)  # not "arms" of "sergeant-at-arms"
                   if actions.groups[int((m.lastgroup or "a0")[1:])] == group
                   and c.text[m.start() - 1:m.start()] != "-" and c.text[m.end():m.end() + 1] != "-"), None)
        if at is None and c.predicate:  # the class read from the sentence, no action word in the claim
            at = predicate_at(c.text, c.predicate)
        reading = read_roles(c.text, c.actors, at, roles)
        text, converse = converse_tokens(text, roles, reading.converse, actions.pattern)  # "sold" / "bought … from": one word
    elif roles is not None and c.predicate and c.language not in roles.languages:
        reading = read_roles(c.text, c.actors, predicate_at(c.text, c.predicate), roles)  # "X delivered rifles to Y"
    norm, aside, core, core_bag = adjunct_tokens(text, pairs, actions, lexicons)  # "in retaliation for X": X's words marked
    if denial:
        norm = [w for w in norm if w.rstrip(ADJUNCT_MARK) not in deny_noise]
    adjunct_only = group is not None and "#" + group + ADJUNCT_MARK in norm and "#" + group not in norm
    bag = frozenset(norm) | {"@" + k + (ADJUNCT_MARK if k in aside else "") for k in extra} \
        | ({"#" + group} if group and not adjunct_only else frozenset()) | set(converse)
    said = predicate_classes(c.predicate, c.predicate_lemma, group, lexicons, c.text) if lexicons is not None else None
    if adjunct_only and said is None and lexicons is not None:
        said = core_predicate(core, lexicons)  # "militants for murdering a journalist | in retaliation for …"
    subj = subject_text(c.text, predicate)
    named = [m for m in c.actors if m and _has_word(subj, m)]
    subject = frozenset(k for m in named for k in actor_keys(m))
    doers: tuple[tuple[str, ...], tuple[str, ...]] = (reading.agents, reading.patients) if reading else ((), ())
    return Features(tuple(sorted({k for p in per for k in p})), tuple(per), bag,
                    len(bag), group, claim_day(c), denial, negative=c.polarity == "negative", subject=subject,
                    subject_names=frozenset(m.casefold() for m in named),
                    subject_words=frozenset(w for w in normalise(subj, pairs, actions) if w[:1] not in "@#")
                    if subj and subject else frozenset(),
                    objects=object_kinds(c.text, lexicons, c.actors, len(subj) if subj else None)
                    if lexicons is not None and kinds_part(c.action, lexicons) else frozenset(),
                    mode=action_mode(c, actions, group, lexicons) if lexicons is not None else None,
                    agent=frozenset(k for m in doers[0] for k in actor_keys(m)),
                    patient=frozenset(k for m in doers[1] for k in actor_keys(m)), refers=c.refers_to,
                    **(dict(zip(("span", "days"), claim_time(c.refers_to, c.refers_to_raw, c.text, lexicons, c.sentence_text)))
                       if lexicons is not None else {"span": date_interval(c.refers_to)}),
                    event=lexicons is not None and (c.action or "") in event_groups(lexicons),
                    period=claim_period(c), marked=reading is not None and reading.marked,
                    receives=any(w.endswith("=*") for w in converse),
                    open=is_open(c.modality, c.text, cue := roles.open_modality if roles is not None
                                 and c.language not in roles.languages else None, predicate)
                    or (PREDICATE_OPEN and open_at_predicate(c.text, c.predicate, cue)),
                    predicate=said, adjunct_only=adjunct_only,
                    core=core_bag | ({"#" + group} if group and not adjunct_only else frozenset()) if core != text else frozenset(),
                    copula=copula_words(c.text, c.predicate, c.predicate_lemma, lexicons),
                    copula_past=(c.predicate or "").lower() in PAST_COPULAS,
                    place=claim_places(c, lexicons) if lexicons is not None and PLACES else (),
                    targets=claim_targets(c, group, lexicons) if lexicons is not None and TARGETS else frozenset(),
                    **(predicate_acts(c, group, lexicons) if lexicons is not None and NOMINAL else {}))


def claim_places(c: ClaimRecord, lexicons: Lexicons) -> tuple[Place, ...]:
    """The places (:class:`~claimcheck.xref.gazetteer.Place`) of a claim: every place its own text names
    (:func:`claimcheck.parse.claims.place.own_places`: "held captive in Syria … air strikes in Iraq"
    is in both), else its stored place (its sentence's or its article's, ``ClaimRecord.place``); ()
    without a stored place (then its text names none either).  One lookup per name and lexicon set."""
    if not c.place:
        return ()
    names = own_places(c.text, place_rules(lexicons)) or [c.place]
    cache = lexicons.derive(_place_cache)
    out = []
    for name in names:
        if name not in cache:
            cache[name] = place_of(name, gazetteer(lexicons), place_table(lexicons))
        if cache[name] is not None:
            out.append(cache[name])
    return tuple(out)


def places_apart(a: Sequence[Place], b: Sequence[Place]) -> bool:
    """Do two claims' places (:func:`claim_places`) differ, each of one from each of the other
    (:func:`claimcheck.xref.gazetteer.places_differ`)?  False when either has none."""
    return bool(a) and bool(b) and all(places_differ(x, y) for x in a for y in b)


def _place_cache(lexicons: Lexicons) -> dict[str, Place | None]:
    return {}


NOMINAL = True  # :func:`lacks_predicate` parts; False: never (for measuring)
NOMINAL_LEAD = 4  # words a nominal claim may have before its action word ("The American | airstrikes on Monday")


@dataclass(frozen=True, slots=True)
class _ActionClasses:
    ids: tuple[str, ...]  # class id per alternative of the pattern
    pattern: re.Pattern[str]
    events: frozenset[str]  # the classes with a ``window_days`` (events, not relationships)


def _action_classes(lexicons: Lexicons) -> _ActionClasses:
    ids = tuple(e["id"] for e in lexicons["actions"])
    pat = re.compile("|".join(f"(?P<a{i}>{e['pattern']})" for i, e in enumerate(lexicons["actions"])) or r"(?!x)x", re.I)
    return _ActionClasses(ids, pat, frozenset(e["id"] for e in lexicons["actions"] if e.get("window_days")))


def _classes_in(text: str, ac: _ActionClasses, whole: bool = False) -> frozenset[str]:
    if whole:
        m = ac.pattern.fullmatch(text)
        return frozenset((ac.ids[int((m.lastgroup or "a0")[1:])],)) if m is not None else frozenset()
    return frozenset(ac.ids[int((m.lastgroup or "a0")[1:])] for m in ac.pattern.finditer(text))


def predicate_acts(c: ClaimRecord, group: str | None, lexicons: Lexicons) -> dict[str, object]:
    """The :class:`Features` ``nominal`` and ``acts`` of claim ``c`` (its action group ``group``):
    a claim of an event class (``window_days`` in ``actions.toml``) without a stored predicate whose
    first action word comes within :data:`NOMINAL_LEAD` words of its start, no comma or quotation
    before it, names its action only as a noun ("U.S. air strikes against the militant group":
    nominal, ``acts`` the classes of its action words, {"air_strike"}; not "Militants for murdering a
    journalist in retaliation for air strikes", a fragment of another kind); a claim with a predicate has as
    ``acts`` the classes of its predicate word or lemma ("struck", "bombed": air_strike; "killed":
    attack), or of the action word a light verb takes as object ("launched | air strikes"); none
    for another verb ("succeeded in | killing" is read "killing": attack; "hit", "destroyed": none)."""
    if c.act == "deny" or group is None:
        return {}
    ac = lexicons.derive(_action_classes)
    if not c.predicate:
        first = ac.pattern.search(c.text)
        lead = c.text[:first.start()] if first is not None else ""
        if first is None or len(lead.split()) > NOMINAL_LEAD or any(ch in lead for ch in ",;:\"“”(") \
                or any(w.lower().endswith("ly") for w in lead.split()) or not _noun_like(first.group(0), lexicons):
            return {}  # not the head of the claim's first noun phrase ("militants for murdering …", "rarely discuss")
        loose = rules(lexicons).predicate
        if loose is not None and any(m.start() >= first.end() and c.text[m.start()].islower()
                                     and c.text[m.start() - 1] != "-" for m in loose.finditer(c.text)):
            return {}  # a verb after it all the same (a claim stored without its predicate: "The talks … addressed …")
        acts = _classes_in(c.text, ac)
        return {"nominal": True, "acts": acts} if acts & ac.events else {}
    acts = _classes_in(c.predicate.lower(), ac, True) | _classes_in((c.predicate_lemma or "").lower(), ac, True)
    if phrase_key(c.predicate_lemma or "") in predicate_rules(lexicons).light:
        obj = _object_words(c.text, c.predicate)
        if obj:
            acts |= _classes_in(obj, ac)
    return {"acts": acts}


def _noun_like(word: str, lexicons: Lexicons) -> bool:
    """May an action word (one or more words) be a noun: its first and last words are no past form
    ("bombed", "struck", "blew up": in -ed or an irregular past of ``predicates.toml``) and it does
    not end in -ss ("discuss")?  ("strikes", "air raids", "shelling", "attack", "talks" may.)"""
    pr = predicate_rules(lexicons)
    words = word.lower().split() or [""]

    def past(w: str) -> bool:
        return w.endswith("ed") or (w in pr.irregular and w not in pr.bases and not w.endswith("s"))

    return not (past(words[0]) or past(words[-1]) or words[-1].endswith("ss"))


def lacks_predicate(f: Features, r: Features) -> bool:
    """Does one of two claims name an event's action only as a noun (``nominal``: "U.S. air strikes
    against the militant group") and the other state a predicate of another action class, or of
    none ("U.S. airstrikes killed the leader of the group", "The air strikes on Monday succeeded in
    killing its leader", "… hit fighting positions")?  Then the noun phrase lacks what the clause
    says: two propositions, near copies too (issue 9 item 4, stop 26: the FNC-1 corpus joined the
    Foley video's "U.S. air strikes against the militant group" with the killing of al-Shabab's
    leader).  A clause whose predicate is the action itself ("Ruritanian jets struck the port",
    "launched air strikes against the port") states what the noun phrase names, and may join it."""
    if f.nominal == r.nominal:
        return False
    n, v = (f, r) if f.nominal else (r, f)
    return v.predicate is not None and not v.denial and not n.acts & v.acts


TARGETS = True  # :func:`targets_differ` parts; False: never (for measuring)
RECIPIENTS = True  # :func:`recipient_choice` chooses; False: never (for measuring)
_NAME_RUN = re.compile(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*")


def speaker_side(c: ClaimRecord, actor_keys: ActorKeys) -> frozenset[str]:
    """The actor keys of a claim's speaker: its source's, and those of the names in its sentence
    outside the claim's own words (the tag: "Ruritania's president, Ivan Petrov, said that …" gives
    Ruritania and Ivan Petrov), a possessive's ending aside.  Empty for a claim in the outlet's voice."""
    if not c.source_name:
        return frozenset()
    out = set(actor_keys(c.source_name))
    tag = c.sentence_text.replace(c.text, " ") if c.text in c.sentence_text else ""
    for m in _NAME_RUN.finditer(tag):
        out.update(actor_keys(re.sub(r"['’]s$", "", m.group(0))))
    return frozenset(out)


def recipient_choice(f: Features, matched: Sequence[tuple[int, float]], feats: Sequence[Features]) -> int | None:
    """For a claim of a relationship class (``objects_part`` in ``actions.toml``: arming, training,
    funding …; not an event) naming an agent and no recipient, said by a speaker (``side``: "Ruritania's
    president says Freedonia sent tanks"), the representative it may join among ``matched`` (index,
    similarity; best first) when they name different recipients ("… sent tanks to Ruritania" / "… also sent tanks to Borduria"):
    the best whose recipient is among its speaker's side (:func:`speaker_side`); None (the best
    match, as for any claim) when none is, or the choice is not ambiguous (one recipient or none
    among them, or the best names no recipient either).  The new user's finding, stop 26: the
    headline joined the Borduria cluster, the first one met.  Staying apart when no recipient is
    the speaker's side was tried: it parted one corpus restatement ("Thank God for Sgt at Arms Kevin
    Vickers", read as the arming class)."""
    if not f.side or f.patient or f.denial:
        return None
    recipients = {feats[r].patient for r, _ in matched if feats[r].patient}
    if len(recipients) < 2 or not feats[matched[0][0]].patient:
        return None  # one recipient among them, or the best names none either
    return next((r for r, _ in matched if feats[r].patient & f.side), None)


def claim_targets(c: ClaimRecord, group: str | None, lexicons: Lexicons) -> frozenset[str]:
    """The kinds of target (``objects.toml`` entries with ``target = true``: a school, a bridge, a
    hospital) a claim of an event class (``window_days`` in ``actions.toml``: its stored class, or an
    action word in its text) names, outside its actor
    mentions (:func:`claimcheck.xref.objects.target_kinds`); empty for a denial (compared by its words)."""
    if c.act == "deny" or group is None:
        return frozenset()
    ac = lexicons.derive(_action_classes)
    if c.action not in ac.events and not _classes_in(c.text, ac) & ac.events:
        return frozenset()
    return target_kinds(c.text, lexicons, c.actors)


def targets_differ(f: Features, r: Features) -> bool:
    """Do two claims of one event name different kinds of target: both name one (:func:`claim_targets`)
    and they share none ("Ruritanian jets bombed a school in Kessel" / "… bombed a bridge in Kessel":
    two propositions; "hit a market and a hospital" / "hit the hospital" share one)?  The new user's
    finding, stop 26: the bridge sentence was counted as an origin of the school bombing."""
    return bool(f.targets) and bool(r.targets) and not f.targets & r.targets


PAST_COPULAS = frozenset(("was", "were", "wasn't", "wasn’t", "weren't", "weren’t"))


def copula_words(text: str, verb: str | None, lemma: str | None, lexicons: Lexicons | None = None) -> tuple[str, ...]:
    """What a copula says its subject is: the first :data:`COPULA_WORDS` content words after the
    predicate ``verb`` in ``text``, adverbs aside (``predicates.toml``'s, any word in -ly), stemmed and
    in order ("was director of security operations" → ("director", "secur", "oper"); "is also
    reportedly in talks" → ("talk", …)); () when the lemma is no "be" or the verb is not in the text."""
    if not lemma or lemma_key(lemma) != "be":
        return ()
    adverbs = predicate_rules(lexicons).adverbs if lexicons is not None else frozenset()
    after = _object_words(text, verb) or ""
    return tuple(light_stem(w) for w in LETTER_OR_DIGIT_RUN.findall(after.lower())
                 if w not in STOP_CLUSTER and w not in adverbs and not (w.endswith("ly") and len(w) > 4))[:COPULA_WORDS]


def copulas_differ(f: Features, r: Features) -> bool:
    """Do two claims whose predicates are copulas, one in the past and one in the present, say
    different things of their subjects (a previous state and a present one): the first word after
    neither copula is among the other's :data:`COPULA_WORDS`, and they share fewer than two of them
    ("was director of security operations" / "is in charge of security": one ordinary word shared,
    two propositions; "was captain of the team" / "is a former captain": one)?  False unless both
    are copulas of two tenses: two copulas of one tense that share a word ("were aware the story was
    untrue" / "was a false story"; "was one of the homes" / "was the former home") were more often one
    proposition in other words on the corpus (stop 24)."""
    if not f.copula or not r.copula or f.copula_past == r.copula_past \
            or f.copula[0] in r.copula or r.copula[0] in f.copula:
        return False
    return len(set(f.copula) & set(r.copula)) < 2


def predicate_classes(text: str | None, lemma: str | None, group: str | None,
                      lexicons: Lexicons, claim_text: str | None = None) -> frozenset[str] | None:
    """What a claim's predicate (``text`` as written, its ``lemma``; the claim's action group
    ``group``) may be taken for: ``=key`` its lemma (:func:`claimcheck.parse.claims.predicate.lemma_key`),
    ``#group`` the action group of ``actions.toml`` the verb or its lemma falls in ("attacked",
    "bombed"; a light verb takes its object's, the action word within :data:`LIGHT_OBJECT_REACH` words
    after it in ``claim_text``, "launched an attack", else the claim's ``group`` when the verb is not
    found there), ``~id`` each
    ``predicates.toml`` ``equivalent`` group that holds the lemma.  None without a predicate, and for
    a verb of denial (a one-word lemma of ``denials.toml``): a claim that denies is compared by its words."""
    if not lemma:
        return None
    pr = predicate_rules(lexicons)
    key = lemma_key(lemma)
    if key in lexicons.derive(_denial_keys):
        return None  # "X denied involvement in the shelling" answers a proposition: compared by its words
    out = {"=" + key}
    if key == "be" and COPULA_WORDS and claim_text:  # a copula: what it says the subject is
        after = _object_words(claim_text, text) or ""
        said = [light_stem(w) for w in LETTER_OR_DIGIT_RUN.findall(after.lower()) if w not in STOP_CLUSTER][:COPULA_WORDS]
        if said:
            out = {"=be:" + w for w in said}
    acts = lexicons.derive(action_words)
    for w in {x for x in (text or "", lemma) if x}:
        m = acts.pattern.fullmatch(w.lower())
        if m is not None:
            out.add("#" + acts.groups[int((m.lastgroup or "a0")[1:])])
    if phrase_key(lemma) in pr.light:
        obj = _object_words(claim_text, text) if claim_text else None
        found = acts.pattern.search(obj) if obj else None
        if found is not None:  # "launched an attack", "received military training": its object's class
            out.add("#" + acts.groups[int((found.lastgroup or "a0")[1:])])
        elif obj is None and group:
            out.add("#" + group)
    out.update("~" + eid for eid, keys in pr.equivalents if key in keys or phrase_key(lemma) in keys)
    return frozenset(out)


def _denial_keys(lexicons: Lexicons) -> frozenset[str]:
    """The lemma keys of the one-word denial cues of ``denials.toml`` ("deny", "reject", "dismiss")."""
    return frozenset(lemma_key(x) for e in lexicons["denials"] for x in e.get("lemmas") or () if " " not in x)


COPULA_WORDS = 3  # content words after a copula that stand for its predicate ("is | responsible for safeguarding", "was | director")
LIGHT_OBJECT_REACH = 5  # words after a light verb that may hold its object's action word ("carried out | a 9/11-style attack")
_WORDS_AFTER = re.compile(rf"(?:\W+[\w’'/-]+){{1,{LIGHT_OBJECT_REACH}}}")


def _object_words(claim_text: str, verb: str | None) -> str | None:
    """The words right after ``verb`` in ``claim_text`` (its object), None when it is not found."""
    if not verb:
        return None
    m = re.search(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", claim_text)
    if m is None:
        return None
    w = _WORDS_AFTER.match(claim_text, m.end())
    return w.group(0) if w else ""


def one_transfer(bag: frozenset[str]) -> frozenset[str]:
    """``bag`` with each giving verb of a converse pair (``%supply=deliver``, ``%supply=supply``:
    :func:`claimcheck.xref.roles.converse_tokens`) made the pair's one word (``%supply``).  Used
    only when the two claims' stored predicates meet (:func:`predicates_meet`: one lemma, action
    group or ``predicates.toml`` group of equivalents), so that "Freedonia delivered drones to
    Sylvania" and "Freedonia has supplied drones to Sylvania" share their verb as the predicate
    test already judged; without stored predicates the verbs stay words of their own."""
    if not any(w.startswith("%") for w in bag):
        return bag
    return frozenset(w.split("=", 1)[0] if w.startswith("%") else w for w in bag)


def action_mode(c: ClaimRecord, actions: ActionWords, group: str | None, lexicons: Lexicons) -> str | None:
    """The mode of a claim's action (:func:`claimcheck.xref.check_mode.mode_at`, ``check.toml``'s
    ``mode`` entries: "has offered to | train" offered, "is preparing to | send" planned, "seeks"
    sought, else done), read at its first word of its action group (``actions.toml``); None without
    one (read at the stored predicate, a frame's verb "predicts that Apple will ship" took the
    reported plan for a deed on the dev bodies).  An offer, a plan or a request is another
    proposition than the deed ("Sylvania has offered military training" / "Borduria's troops have
    received military training from Sylvania"), as ``check`` reads them."""
    from claimcheck.xref.check_mode import mode_at

    at = None
    if group is not None:
        at = next((m.start() for m in actions.pattern.finditer(c.text)
                   if actions.groups[int((m.lastgroup or "a0")[1:])] == group), None)
    return None if at is None else mode_at(c.text, at, lexicons)


def near_copy(a: frozenset[str], b: frozenset[str], s: float, th: Thresholds) -> bool:
    """Are two claims (their bags ``a``, ``b`` and similarity ``s``) near copies whose object kinds
    may differ: ``s`` at least ``predicate_free`` of ``xref.toml`` and :data:`NEAR_COPY_WORDS` content
    words (actors and action classes aside) shared.  "The missiles hit Kolvar as he left a meeting
    of the group's top leaders" / "A drone targeted Kolvar as he left a meeting of the group's
    top leaders" (one event, the one pair of the 1,683 corpus bodies the kinds part); not
    "Ruritania delivered 12 jets to Freedonia" / "… 12 howitzers …" (three words shared)."""
    free = th.predicate_free
    return free is not None and s >= free and len(_content(a) & _content(b)) >= NEAR_COPY_WORDS


def predicates_meet(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """May two claims whose predicates are taken for ``a`` and ``b`` (:func:`predicate_classes`)
    state one proposition: the same lemma, one action group, or one group of equivalents; True
    when either has no predicate (the rule without one applies)."""
    return a is None or b is None or bool(a & b)


CORE_NEAR_COPY = True  # a near copy of another predicate is read outside the adjuncts (:func:`core_similarity`); False: on the whole


def core_similarity(f: Features, r: Features, fb: frozenset[str], rb: frozenset[str], s: float) -> float:
    """The similarity of two claims (bags ``fb``, ``rb``, similarity ``s``) read on their words
    outside their adjuncts (``core``, :func:`adjunct_tokens`), for the near-copy exemptions of two
    predicates that do not meet: "FEARS have been raised that IS could target Britain with an EBOLA
    attack after two of the group's fighters reportedly contracted the virus" is no near copy of
    "Some of the group's militants have contracted the deadly Ebola virus" (a fear and its premise,
    the FNC-1 corpus), "Vickers becomes emotional …, a day after he shot …" none of "Vickers shot
    one gunman dead".  Words both claims read in an adjunct count as their own where the rest
    shares at least half the content words of the shorter rest (one proposition and one background
    stated twice: "Culkin was found dead … after police responded to a wellness check" and "Reports
    say Culkin was found dead … after police responded to a wellness check"; not "X recalled its
    envoy after the bombing of the depot" / "X closed its border after the bombing of the depot").
    ``s`` when neither has an adjunct."""
    if not CORE_NEAR_COPY or not (f.core or r.core):
        return s
    fc, rc = (f.core or fb), (r.core or rb)
    a, b = _content(fc), _content(rc)
    both = frozenset()
    if a and b and 2 * len(a & b) >= min(len(a), len(b)):  # the rest is one proposition: its background too
        both = (fb - f.core if f.core else frozenset()) & (rb - r.core if r.core else frozenset())
    return min(s, similarity(fc | both, rc | both))  # never more than the whole: an adjunct left out adds no likeness


def adjunct_event(f: Features, r: Features) -> bool:
    """Do two claims of one action group, one of which names its action only in an adjunct ("IS
    militants for murdering a journalist in retaliation for US air strikes"), fail to show one
    proposition: their predicates (:func:`predicate_classes`, else :func:`core_predicate`) not both
    known and meeting?  The adjunct's event is background, so what is said of it must meet: "no
    credible threats … in retaliation for intensified airstrikes" (a copula) and "No militants were
    killed in the airstrikes" are other propositions; "beheaded a photojournalist in retaliation
    for U.S. airstrikes" (``~killing``) is the same (issue 9, stop 27, the FNC-1 corpus).  Near
    copies are exempt as elsewhere, their similarity read on the words outside the adjuncts
    (``core``): a long adjunct shared is no near copy of the proposition."""
    if not (f.adjunct_only or r.adjunct_only):
        return False
    return not (f.predicate and r.predicate and f.predicate & r.predicate)


def visit_order(claims: Sequence[ClaimRecord], feats: Sequence[Features]) -> list[int]:
    """Indices in the order claims are clustered: other claims before denials, then the most
    complete first (an action class, more actors, more content words), then by text and uid;
    a rule on content, never the order of arrival."""
    return sorted(range(len(claims)), key=lambda i: (
        feats[i].denial, feats[i].group is None, -len(feats[i].mentions), -feats[i].words,
        " ".join(claims[i].text.split()), claims[i].claim_uid))


def blocks_of(f: Features) -> list[tuple[str, ...]]:
    """The candidate blocks of a claim: (action group, actor) per actor; without an action
    class, pairs of near actors ("~", a, b); none without actors."""
    ks = f.keys
    if f.group:
        return [(f.group, k) for k in ks]
    if f.denial and ks:
        return [("?", k) for k in ks]
    return [("~", ks[a], ks[b]) for a in range(len(ks)) for b in range(a + 1, min(len(ks), a + 4))]


DEMONYM_ENDING = 3  # letters a demonym key may add to its state's key ("ruritania" / "ruritanian", "egypt" / "egyptian")


def _subjects_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two subjects' actor names (casefolded) meet where their keys do not: one name the
    other's plus at most ``DEMONYM_ENDING`` letters (a demonym the gazetteer does not know:
    "Ruritanian jets" / "Ruritania")?"""
    return any(len(x) >= 5 and len(y) >= 5 and 0 < abs(len(x) - len(y)) <= DEMONYM_ENDING
               and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def same_subject(f: Features, r: Features) -> bool:
    """Do two claims name one subject: an actor before the first verb of both (or names that
    meet as a demonym does its state, :func:`_subjects_meet`)?"""
    return bool(f.subject and r.subject and (f.subject & r.subject or _subjects_meet(f.subject_names, r.subject_names)))


ADDED_ROLES = True  # :func:`adds_actors` parts; False: never (for measuring)


def adds_actors(f: Features, r: Features, fb: frozenset[str], rb: frozenset[str]) -> bool:
    """Is the shorter of two claims (bags ``fb``, ``rb``) one with no subject actor of its own
    whose every token is in the longer one, whose subject actors it names, and which names other
    actors besides (after its verb)?  Then the shorter is met only as a part of the longer ("the
    weapons showed in the Marsh Front video", a noun phrase whose clause was cut, the object of
    "referring to", inside "Marsh Front videos have showed its fighters driving Ruritanian tanks"):
    the longer's added actors make another event, and the two do not join, as near copies neither
    (a fragment of four or five tokens is a near copy of any claim that holds them; issue 9, stop
    24b, set on the 1,683 corpus bodies, no change on the 600 dev bodies).  A shorter claim with
    its own subject ("Ruritania showed Freedonian weapons in its video") and a longer one adding
    only its speaker ("Her ministry said the weapons were shown …") are not concerned."""
    (small, sb), (large, lb) = sorted(((f, fb), (r, rb)), key=lambda x: len(x[1]))
    if small.subject or not large.subject or not large.subject <= set(small.keys) or not sb <= lb:
        return False  # the longer's own subject added ("Her spokeswoman emailed: …") is a report of the same words
    return bool(set(large.keys) - set(small.keys))


def actors_agree(f: Features, r: Features) -> bool:
    """Same actors where stated: every actor mention of the claim with fewer of them is among
    the other's; a denial needs one actor in common (its denier may be all it names).  Where a
    denial or a negative claim is compared, and both name a subject, they must share a subject
    actor: "Borduria was not involved in the attack on the dam" does not answer "Ruritania was
    behind the explosion of the Borduria dam"."""
    if (f.denial or f.negative or r.negative) and f.subject and r.subject and not f.subject & r.subject \
            and not _subjects_meet(f.subject_names, r.subject_names):
        return False
    if f.denial:
        return bool(set(f.keys) & set(r.keys))
    small, large = (f, r) if len(f.mentions) <= len(r.mentions) else (r, f)
    other = set(large.keys)
    return all(m & other for m in small.mentions)


def matches(f: Features, r: Features, th: Thresholds, windows: dict[str, int], rare: Rarity | None = None) -> float:
    """The similarity of claim ``f`` to representative ``r`` if ``f`` may join its cluster,
    else 0.0 (see the module docstring for the rule).  ``rare``: the document frequencies the
    shared tokens are weighed by (:mod:`claimcheck.xref.evidence`); None: not weighed."""
    if f.cross is not None and r.cross is not None and f.cross.lang != r.cross.lang:
        return cross_match(f, r, th, windows)  # two languages: their own test (xref.cross_language)
    if f.group != r.group and not (f.denial and f.group is None):
        return 0.0
    if not f.denial and f.open != r.open:
        return 0.0  # "is preparing to supply" / "supplied": planned, not done (xref.evidence)
    if f.mode is not None and r.mode is not None and f.mode != r.mode:
        return 0.0  # "has offered to train" / "received training": an offer is not the deed (xref.check_mode)
    if not f.denial and min(f.words, r.words) < MIN_WORDS:
        return 0.0  # a fragment ("to calm down") is the same claim only word for word
    if not actors_agree(f, r) or roles_conflict(f, r) or dates_differ(f, r):
        return 0.0
    w = windows.get(f.group or "")
    gap = days_apart(f, r) if w is not None else None
    if w is not None and gap is not None and gap > w:
        return 0.0
    if f.denial and any(w in r.bag for w in th.deny_verbs):
        return 0.0  # a denial denies an allegation, not a report that someone denied it
    if f.denial:
        limit = th.deny
        if not own_words_met(f, r):
            return 0.0
    else:
        limit = th.same_action if f.group else th.no_action
    fb, rb = align_converse(f.bag, r.bag) if f.receives or r.receives else (f.bag, r.bag)
    if f.predicate and r.predicate and f.predicate & r.predicate:
        fb, rb = one_transfer(fb), one_transfer(rb)  # "delivered" / "supplied": predicates.toml says one
    s = similarity(fb, rb)
    if kinds_differ(f.objects, r.objects, GENERIC_MEETS_DENIAL if f.denial else GENERIC_MEETS) \
            and not near_copy(fb, rb, s, th):
        return 0.0  # "delivered jets" / "delivered howitzers": what was given differs in kind (xref.objects)
    free = th.predicate_free if f.group else th.predicate_free_plain
    if not f.denial and not predicates_meet(f.predicate, r.predicate) \
            and (free is None or core_similarity(f, r, fb, rb, s) < free):
        return 0.0  # "will address the release" / "have agreed on the release": two propositions
    if not f.denial and ADJUNCTS and adjunct_event(f, r) and (free is None or core_similarity(f, r, fb, rb, s) < free):
        return 0.0  # "… murdered a reporter in retaliation for air strikes" / "no threats … in retaliation for air strikes" (stop 27)
    if not f.denial and copulas_differ(f, r) and (free is None or s < free):
        return 0.0  # "was director of security operations" / "is in charge of security" (stop 24)
    if not f.denial and TARGETS and targets_differ(f, r) and not near_copy(fb, rb, s, th):
        return 0.0  # "bombed a school in Kessel" / "bombed a bridge in Kessel": two propositions (stop 26)
    if not f.denial and NOMINAL and lacks_predicate(f, r):
        return 0.0  # "air strikes against the group" / "air strikes killed its leader": two propositions (stop 26)
    if not f.denial and ADDED_ROLES and adds_actors(f, r, fb, rb):
        return 0.0  # "the weapons shown in the video" / "videos showed its fighters driving Ruritanian tanks" (stop 24b)
    if not f.denial and places_apart(f.place, r.place) and (same_subject(f, r) or f.agent & r.agent) \
            and (free is None or s < free):
        return 0.0  # one agent and predicate in two places: two events (stop 24)
    if not f.denial and s >= limit:  # actors and action agree: the other words must too ("sent" / "used")
        fc, rc = _content(fb), _content(rb)
        if fc and rc and similarity(fc, rc) < th.content:
            return 0.0
        if rare is not None and not rare.informative(fb, rb):
            return 0.0  # only common words, a broad actor and action shared (xref.evidence)
        if rare is not None and th.content_evidence is not None and not same_subject(f, r) \
                and not rare.says_enough(fc, rc, th.content_evidence):
            return 0.0  # a rare actor shared, and only common words said of it (xref.evidence)
    return s if s >= limit else 0.0


def reverses_it(f: Features, r: Features) -> bool:
    """Can claim ``f``, which the parser read as reversing claim ``r`` ("Freedonia had refused to
    supply arms …; however later reports revealed its capital had agreed to supply arms"), be the same
    proposition turned round: do they share a content word or an action (``#group`` token or class)?  "Conal never
    mentioned his employer, but believes someone at the firm looked him up online" is a second
    proposition after "but", not the first one reversed: it is clustered as any claim is."""
    return any(w[:1] != "@" for w in f.bag & r.bag) or (f.group is not None and f.group == r.group)


def self_reversal(c: ClaimRecord, r: ClaimRecord) -> bool:
    """Is claim ``c`` its source taking back its own denial ``r`` in the same article ("The
    ministry denied that its troops had crossed the border. … Later, the ministry admitted that a
    unit had entered the territory"; the parser links them, parse/claims/reversal.py), or its own
    claim ("X backtracked on his claims")?  Then it joins ``r``'s cluster whatever words each
    uses (issue 9, stop 23, denials9)."""
    return (c.article_id == r.article_id and (r.act == "deny") != (c.act == "deny")
            and c.source_name is not None and c.source_name == r.source_name)


KIN_MAX = 20  # members of a cluster a denial is compared with besides its representative


@dataclass(slots=True)
class Kin:
    """What a denial may meet of one cluster: its representative and first members (``feats``,
    the representative first, at most ``KIN_MAX`` members besides it, denials left out), and the
    content words with the action group of every member that is no denial (``words``)."""

    feats: list[Features]
    words: set[tuple] = field(default_factory=set)


def words_key(f: Features) -> tuple | None:
    """A claim's action group and content words (actors aside), the key a denial repeating its very
    words meets it by; None under ``WORDED_MIN`` words ("ex wife" is too few)."""
    words = _content(f.bag)
    return (f.group, words) if len(words) >= WORDED_MIN else None


def denial_member_match(f: Features, kin: Kin, th: Thresholds, windows: dict[str, int],
                        rare: Rarity | None = None) -> float:
    """The similarity of denial ``f`` to a cluster (its :class:`Kin`), 0.0 when it may join none:
    1.0 when it repeats the very words of a member, whoever it names ("denied that the tourists are
    told to tip in wine" / "Tourists are told to tip in wine"; actors24), on no other date than the
    representative's; else its similarity to the representative (:func:`matches`), and where that
    is under ``deny``, the best similarity to a member: a denial denies a claim of the cluster,
    which its representative's words may not hold ("Ruritanian jets bombed a school in Kessel"
    joined under "… bombed a bridge in Kessel"; new user's finding, stop 24, deny24b).  One
    mechanism for both ways a denial meets members (the review of stop 26)."""
    rep = kin.feats[0]
    key = words_key(f)
    if key is not None and key in kin.words and not dates_differ(f, rep):
        return 1.0
    s = matches(f, rep, th, windows, rare)
    if s < th.deny:
        s = max([s, *(matches(f, m, th, windows, rare) for m in kin.feats[1:])])
    return s


def own_words_met(f: Features, r: Features) -> bool:
    """Are a denial's own words (its content words past ``deny_noise``, actors and action
    aside) mostly, at least half of them, in representative ``r``'s?  A denial with none
    ("denied any involvement") meets any; the words of its subject phrase are not its own
    where ``r`` names the same subject actor ("Bordurian forces had shelled Vorna" denies
    "Bordurian artillery shelled Vorna").  Applies to every path a denial takes into a cluster,
    the one of its own article included: "Anyone in Mosul had contracted the virus" is no
    denial of "If the cases in Mosul turn out to be the virus, it would mark the first time …"."""
    # the head noun of a subject the representative also names ("Bordurian forces" / "Bordurian
    # artillery", "Borduria"): a word of the actor's phrase, not of what is denied (issue 9, deny25)
    same_doer = bool(f.subject) and bool(f.subject & (r.subject or frozenset(r.keys)))
    own = [w for w in f.bag if w[:1] not in "@#" and not (same_doer and w in f.subject_words)]
    met = sum(w in r.bag for w in own)
    return not own or (2 * met >= len(own) and met >= min(2, len(own)))


def _content(bag: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in bag if w[:1] not in "@#")


def cluster_claims(claims: Sequence[ClaimRecord], actor_keys: ActorKeys,
                   lexicons: Lexicons) -> list[list[int]]:
    """Groups of indices into ``claims`` that state one proposition (deterministic order:
    members by uid, groups by their first member's uid); the same set of claims gives the same
    groups whatever their order.  A claim that reverses an earlier one ("however later reports
    …") joins that claim's group."""
    th = thresholds(lexicons)
    windows = {action_groups(lexicons).get(k, k): v for k, v in event_windows(lexicons).items()}
    groups, actions = action_groups(lexicons), action_words(lexicons)
    noise = deny_noise(lexicons)
    predicate = rules(lexicons).predicate
    agents = roles(lexicons)
    memo: dict[tuple, Features] = {}
    feats = []
    for c in claims:
        key = (c.text, c.actors, c.action, c.act == "deny", c.source_name if c.act == "deny" else None,
               c.refers_to, c.refers_to_raw, c.sentence_text if c.refers_to_raw else None, c.published, c.polarity, c.predicate, c.predicate_lemma, c.place)
        f = memo.get(key)
        if f is None:
            f = memo[key] = features(c, actor_keys, groups, actions, noise, predicate, agents, lexicons)
        feats.append(f)
    feats = cross_features(claims, feats, actor_keys, lexicons)
    if RECIPIENTS:  # an agent-only claim of a relationship class: its speaker's side (recipient_choice)
        feats = [replace(f, side=speaker_side(c, actor_keys))
                 if f.agent and not f.patient and not f.denial and c.source_name and c.action
                 and kinds_part(c.action, lexicons) else f for c, f in zip(claims, feats)]
    rare = rarity(((c.article_id, f.bag) for c, f in zip(claims, feats)), th.evidence) if th.evidence is not None else None
    by_id = {c.claim_id: i for i, c in enumerate(claims)}
    reverses = {i: by_id[c.reverses_claim_id] for i, c in enumerate(claims)
                if c.reverses_claim_id is not None and c.reverses_claim_id in by_id
                and (reverses_it(feats[i], feats[by_id[c.reverses_claim_id]])
                     or self_reversal(c, claims[by_id[c.reverses_claim_id]]))}
    owner = assign(claims, feats, [i for i in visit_order(claims, feats) if i not in reverses], th, windows, rare)
    if HEADLINES:
        owner = headline_joins(claims, feats, owner, lexicons)
    for i in sorted(reverses, key=lambda i: claims[i].claim_uid):
        j, seen = reverses[i], {i}
        while j in reverses and j not in seen:  # a chain of reversals: its first claim
            seen.add(j)
            j = reverses[j]
        owner[i] = owner.get(j, j)
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        out[owner.get(i, i)].append(i)
    res = [sorted(g, key=lambda i: claims[i].claim_uid) for g in out.values()]
    res.sort(key=lambda g: claims[g[0]].claim_uid)
    return res


HEADLINES = True  # :func:`headline_joins` joins; False: never (for measuring)


def is_headline(c: ClaimRecord, lexicons: Lexicons) -> bool:
    """Is a claim read from its article's display text (a headline, dek or caption: the first
    paragraph of its sentence ends as no body sentence does, ``display_text`` of
    ``origins.toml``, and holds the claim's words, case aside: the text a claim shows may be
    capitalised)?"""
    from claimcheck.xref.origin_rules import build_rules, is_display

    first = c.sentence_text.split("\n\n", 1)[0]
    words = set(LETTER_OR_DIGIT_RUN.findall(first.casefold()))
    return bool(words) and set(LETTER_OR_DIGIT_RUN.findall(c.text.casefold())) <= words \
        and is_display(first, lexicons.derive(build_rules))


def headline_joins(claims: Sequence[ClaimRecord], feats: Sequence[Features], owner: dict[int, int],
                   lexicons: Lexicons) -> dict[int, int]:
    """``owner`` with each headline claim left alone in its cluster (:func:`is_headline`: "Talks
    collapsed" of "Spokesman says talks collapsed") moved into the cluster of the body claim of
    its article that it summarises (issue 9, origin27: the headline and "The talks with the union
    had collapsed" were two clusters of one article): a claim of the same article, not display
    text, of the same polarity, openness and action group (or none stated in the headline),
    whose tokens (content words, actors, action) hold every token of the headline's, at least
    two of them; the one adding fewest tokens, then the first by uid.  A headline's words are
    few (under ``MIN_WORDS`` tokens they join nothing else): its own article is what it is about."""
    size: dict[int, int] = defaultdict(int)
    for i in range(len(claims)):
        size[owner.get(i, i)] += 1
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_article[c.article_id].append(i)
    out = dict(owner)
    for i, c in enumerate(claims):
        f = feats[i]
        if owner.get(i, i) != i or size[i] != 1 or f.denial or len(f.bag) < 2 or not is_headline(c, lexicons):
            continue
        fits = [j for j in by_article[c.article_id] if j != i and not feats[j].denial
                and claims[j].polarity == c.polarity and feats[j].open == f.open
                and (f.group is None or feats[j].group == f.group) and f.bag <= feats[j].bag
                and not is_headline(claims[j], lexicons)]
        if fits:
            j = min(fits, key=lambda j: (len(feats[j].bag - f.bag), claims[j].claim_uid))
            out[i] = owner.get(j, j)
    return out


SAME_TEXT = True  # :func:`same_text_key` joins; False: never (for measuring)
SAME_TEXT_WORDS = 5  # words (and :data:`MIN_WORDS` tokens) a claim's text needs for its very words to join it


def same_text_key(c: ClaimRecord, f: Features) -> tuple | None:
    """The key on which two claims of different sentences are one proposition because they are
    worded alike (issue 9, origin27: READER26's Hunter sentence "The only way that ISIS is going
    to harm Americans is by coming through the southern border", one identical text in two
    clusters; "The information had recently been declassified" in two outlets): the claim's words
    (case, punctuation and spacing aside), its polarity, whether it is a denial, the date its
    words state and whether it is open (planned, possible).  What the parser read from the
    sentence around the words (its action class, its place, the article's actors) does not
    part them.  None for a text under :data:`SAME_TEXT_WORDS` words or :data:`MIN_WORDS`
    tokens, and for a denial (which joins what it denies by its own rules)."""
    words = tuple(LETTER_OR_DIGIT_RUN.findall(c.text.casefold()))
    if f.denial or len(words) < SAME_TEXT_WORDS or f.words < MIN_WORDS:
        return None
    return (words, c.polarity, f.refers, f.open)


def _within_window(f: Features, r: Features, windows: dict[str, int]) -> bool:
    """May two claims of one text be one event: for an event-like class of either (a window in
    ``actions.toml``), their days at most the window apart; always otherwise."""
    window = max((windows[g] for g in (f.group, r.group) if g in windows), default=None)
    if window is None:
        return True
    apart = days_apart(f, r)
    return apart is None or apart <= window


def deny_noise(lexicons: Lexicons) -> frozenset[str]:
    """Stemmed words that every denial uses (``deny_noise`` of ``xref.toml``'s ``match``)."""
    e = next(x for x in lexicons["xref"] if x["id"] == "match")
    words = e.get("deny_noise") or ()
    return frozenset(light_stem(w.lower()) for w in words)


def assign(claims: Sequence[ClaimRecord], feats: Sequence[Features], order: Sequence[int],
           th: Thresholds, windows: dict[str, int], rare: Rarity | None = None) -> dict[int, int]:
    """Claim index → the index of its cluster's representative, visiting ``order``.

    A claim whose words, actors, action and (for events) day equal an earlier one's joins it at
    once (a wire copy); otherwise its candidates are the representatives of its blocks sharing
    a content word or action token with it, the ``candidates`` sharing most first, and it joins
    the one it :func:`matches` best (ties: the earlier), or becomes a representative.  A denial
    is compared with a cluster's representative and members (:func:`denial_member_match`): one
    whose words (actors aside) and action are those of a member meets that cluster whoever it
    names, and such clusters are its first candidates; a denial without an action class ("denied
    any involvement") looks among the representatives naming one of its actors in its own article.  A member whose roles are known
    vetoes a claim that swaps them (:func:`roles_conflict`) where the representative's roles are
    not known: a veto only keeps a claim out, it never joins one."""
    owner: dict[int, int] = {}
    pos: dict[int, int] = {}
    same: dict[tuple, int] = {}
    worded: dict[tuple, list[int]] = defaultdict(list)  # words_key of a member → the clusters holding it: a denial's candidates
    postings: dict[tuple, list[int]] = defaultdict(list)
    held: dict[int, list[Features]] = {}  # representative -> its members' distinct known roles
    kin: dict[int, Kin] = {}  # representative -> what a denial may meet of its cluster (denial_member_match)
    worded_text: dict[tuple, list[int]] = defaultdict(list)  # same_text_key → the claims that have it, in ``order``
    timed: dict[int, list[Features]] = {}  # representative -> its members' distinct stated times (dates_differ)
    for i in order:
        f = feats[i]
        dkey = (f.bag, f.group, f.keys, f.denial, f.day if f.group in windows else None, f.agent, f.patient, f.refers,
                f.span, f.days,
                f.open, f.objects, f.mode, f.nominal, f.targets)
        if f.words >= MIN_WORDS and dkey in same:
            owner[i] = owner[same[dkey]]
            continue
        tkey = same_text_key(claims[i], f) if SAME_TEXT else None
        if tkey is not None:
            # the same words on days that exclude one event are two events (dates_differ), also where a
            # member of the cluster states the day (the member veto of the main path)
            hit = next((j for j in worded_text.get(tkey, ()) if _within_window(f, feats[j], windows)
                        and not (dates_differ(f, feats[j])
                                 or (TIMES and any(dates_differ(f, m) for m in timed.get(owner[j], ()))))), None)
            worded_text[tkey].append(i)
            if hit is not None:
                owner[i] = owner[hit]
                if f.span is not None or f.days is not None:
                    stamps = timed.setdefault(owner[i], [])
                    if all((m.span, m.days, m.event) != (f.span, f.days, f.event) for m in stamps):
                        stamps.append(f)
                continue
        tokens = sorted(w for w in f.bag if w[:1] != "@")
        shared: dict[int, int] = {}
        for b in blocks_of(f):
            for t in tokens:
                lst = postings.get((*b, t))
                if lst:
                    for r in lst if len(lst) <= th.max_block else lst[: th.max_block]:
                        shared[r] = shared.get(r, 0) + 1
        if f.denial and f.group is None:
            art = claims[i].article_id
            for k in f.keys:
                for r in postings.get(("@", k), ())[: th.max_block]:
                    if claims[r].article_id == art:
                        shared[r] = shared.get(r, 0) + 1
        key = words_key(f)
        candidates = [r for r, _ in sorted(shared.items(), key=lambda x: (-x[1], pos[x[0]]))[: th.candidates]]
        if f.denial and key is not None:  # a denial of a member's very words, whoever it names: first
            candidates = [*dict.fromkeys([*worded.get(key, ()), *candidates])]
        best, best_s = i, 0.0
        matched: list[tuple[int, float]] = []
        for r in candidates:
            s = denial_member_match(f, kin[r], th, windows, rare) if f.denial else matches(f, feats[r], th, windows, rare)
            if s > best_s and f.agent and any(roles_conflict(f, m) for m in held.get(r, ())):
                s = 0.0  # a member of known roles vetoes the swap its representative, roles unknown, cannot see
            if s > 0 and TIMES and any(dates_differ(f, m) for m in timed.get(r, ())):
                s = 0.0  # a member's day vetoes another day its representative, undated, cannot see (stop 27)
            if f.denial and f.group is None and claims[r].article_id == claims[i].article_id and s < 1.0:
                s = max(s, th.deny) if actors_agree(f, feats[r]) and own_words_met(f, feats[r]) \
                    and not dates_differ(f, feats[r]) else 0.0
            if s > 0:
                matched.append((r, s))
            if s > best_s:
                best, best_s = r, s
        if RECIPIENTS and len(matched) > 1:
            chosen = recipient_choice(f, sorted(matched, key=lambda x: (-x[1], pos[x[0]])), feats)
            if chosen is not None:
                best = chosen
        owner[i] = best
        if best == i:
            pos[i] = len(pos)
            kin[i] = Kin([f])
            for b in blocks_of(f):
                for t in tokens:
                    postings[(*b, t)].append(i)
            for k in f.keys:
                postings[("@", k)].append(i)
        elif not f.denial and len(kin[best].feats) <= KIN_MAX:
            kin[best].feats.append(f)
        if not f.denial and key is not None and key not in kin[best].words:
            kin[best].words.add(key)  # a member's very words are its cluster's too
            worded[key].append(best)
        if f.span is not None or f.days is not None:
            stamps = timed.setdefault(best, [])
            if all((m.span, m.days, m.event) != (f.span, f.days, f.event) for m in stamps):
                stamps.append(f)
        if f.agent and not f.denial:
            kept = held.setdefault(best, [])
            if all((m.agent, m.patient, m.marked) != (f.agent, f.patient, f.marked) for m in kept):
                kept.append(f)
        if f.words >= MIN_WORDS:
            same.setdefault(dkey, i)
    return owner
