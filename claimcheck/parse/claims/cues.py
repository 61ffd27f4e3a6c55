"""Claim cues: action classes, polarity and modality cues, proper-noun chunks, and the hits of
one article (every action and name found in one scan each, looked up by span)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.model import Span

if TYPE_CHECKING:
    from claimcheck.parse.claims.statements import Statement
from claimcheck.parse.patterns import char_class, first_chars, gated
from claimcheck.text.calendar import MONTH_WORDS, WEEKDAYS, alternation
from claimcheck.text.tokens import STOP_NAME_START

# Proper-noun chunks: capitalised words, joined by name particles, hyphens and initials; a title
# abbreviation from ``abbreviations.toml`` keeps its full stop ("Gen. Smith", "Gen.Smith").
_PARTICLE = r"(?:al|el|Al|El|bin|ibn|de|da|van|von|of|the|for)"


def _name_regex(lex: Lexicons) -> re.Pattern[str]:
    return lex.derive(_build_name_regex)


def _build_name_regex(lex: Lexicons) -> re.Pattern[str]:
    from claimcheck.parse.sentences import title_abbreviations

    titles = "|".join(sorted((re.escape(t.capitalize()) for t in title_abbreviations(lex)), key=len, reverse=True))
    cap = rf"(?:[A-Z]\.(?:[A-Z]\.)+|(?:{titles})\.(?=\s?[A-Z])|[A-Z][\w’'\-]*)"
    # (?=[A-Zae]): a one-class test that turns most positions away before the alternation
    return re.compile(rf"(?=[A-Zae])(?=[A-Z]|[ae]l-)(?<![\w\-])(?:(?:al|el)-)?{cap}(?:(?<=\.)(?:(?:al|el)-)?{cap}"
                      rf"|[ \-](?:{_PARTICLE}[ \-])?(?:(?:al|el)-)?{cap})*")


_MONTHS = alternation(MONTH_WORDS, capitalised=True)  # "January|…|December|Jan|…|Dec"
_WEEKDAYS = alternation(WEEKDAYS, capitalised=True)
_CALENDAR = re.compile(rf"(?:{_MONTHS}|{_WEEKDAYS})(?:\s+\d{{1,2}})?")
# where a relative or subordinate clause ends: punctuation
_CLAUSE_PUNCT = re.compile(r"[,;:()\u2013\u2014]")
# the conjunctions that open a subordinate clause: a negation after one negates that clause only
_SUBORDINATOR = re.compile(r"\b(?:while|whereas|although|though|because|when|since|until|unless|after|before|"
                           r"whether|if)\b", re.I)




@dataclass(frozen=True, slots=True)
class ClaimRules:
    actions: tuple[tuple[str, re.Pattern[str]], ...]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    expected: re.Pattern[str]
    reversal: re.Pattern[str]
    anaphoric: re.Pattern[str]
    repeat: re.Pattern[str]  # a content that repeats an earlier one ("said the same")
    subject_gap: re.Pattern[str]  # a content that starts without its subject ("were staged …", "to train …")
    continuation: re.Pattern[str]  # a content that starts with a conjunction ("but not joined …")
    question: re.Pattern[str]  # an embedded question ("whether he would …")
    preposition: re.Pattern[str]  # a content that starts with a preposition ("in the afternoon …")
    pronoun_subject: re.Pattern[str]  # a subject pronoun that stands for the source ("he plans …")
    predicate: re.Pattern[str]  # a finite verb or auxiliary: a text without one is no proposition
    report_that: re.Pattern[str]  # a report noun before the proposition it names ("a report that C")
    dismissal_tail: re.Pattern[str]  # a dismissal's words after its object ("… as “utterly false”")
    lead_in: re.Pattern[str]  # a complementiser opening a content ("that …", "saying that …")
    refusal: re.Pattern[str]  # a refusal before the verb phrase refused ("refused | to supply arms")
    consent: re.Pattern[str]  # a consent without its complement ("Moscow had agreed | on condition …")
    called_false: re.Pattern[str]  # "called the reports a fake": a denial of what they report
    accused_of_lying: re.Pattern[str]  # "accused X of lying when it said C": the accuser asserts not-C
    own_part: re.Pattern[str]  # a denial of the denier's own part ("denied any involvement in C")
    # an expression whose negation word negates nothing of the claim ("could not rule out",
    # "did not deny", "no reason to doubt"): the stance.toml entries with scope = "cancels-negation"
    negation_scope: re.Pattern[str]
    dismissal_copula: re.Pattern[str]  # a report called false with a copula ("claims that C | were false")
    # readability (issue 9): what makes a content or sentence no statement, or frames it
    gerund_start: re.Pattern[str]  # "X discussed | facilitating …": a verb phrase without its subject
    possessive_subject: re.Pattern[str]  # "X stated that | his troops …": a possessive for the source
    pronoun_start: re.Pattern[str]  # an unattributed sentence opening on a pronoun ("He later made …")
    frame_lead: re.Pattern[str]  # another speech frame before a quote ("X added in an interview, “…”")
    frame_tail: re.Pattern[str]  # a speech frame after a closing quote ("…,” X tweeted.")
    not_a_speaker: re.Pattern[str]  # "photos showing", a clause read as a source: no attribution
    relative: re.Pattern[str]  # opens a relative clause: a negation inside it is not the claim's
    credit: re.Pattern[str]  # a credit line ("(Reporting by …; Editing by …)", "Photo: …"): no claim
    said_tail: re.Pattern[str]  # a sentence ending on a speech frame ("…, X said."): speech, not the outlet's
    # a possibility left open ("could not rule out", "cannot exclude"): the stance.toml entries
    # with modality = "possible"; the claim's modality is "possible"
    possible: re.Pattern[str]
    dateline: re.Pattern[str]  # a wire dateline opening a content or sentence ("VELMORA (AP) — "): cut from the text
    cited_as: re.Pattern[str]  # "Y as saying that" opening a content of "X cited Y as saying that C": cut
    anaphoric_start: re.Pattern[str]  # "That number could grow …", a referential "It …": needs what it refers to
    finite_verb: re.Pattern[str]  # a strict finite verb: a content without one is its cue's object
    # claim texts, round 3 (issue 9): "X accused Y of DOING C" (cue to content), the gerunds with an
    # irregular past, a wire credit inside a span, a discourse connective opening a text, a frame's end
    accusation: re.Pattern[str]
    past_irregular: re.Pattern[str]
    wire_credit: re.Pattern[str]
    connective: re.Pattern[str]
    trailing_frame: re.Pattern[str]
    first_person: re.Pattern[str]  # a quotation whose subject is the speaker ("We will …"): shown with the speaker
    # claim texts, stop 21 (issue 9): a short clause's words that need text before it, a verb of
    # the present for long texts, captions and photo credits, an anaphoric object at the end
    short_blocker: re.Pattern[str]
    present_verb: re.Pattern[str]
    caption: re.Pattern[str]
    anaphoric_end: re.Pattern[str]
    pronoun_contraction: re.Pattern[str]  # "They’ve also started …": a pronoun with its auxiliary, standing for nobody named
    first_person_word: re.Pattern[str]  # "… and we thank America": a speaker the text does not name
    # claim texts, stop 22 (issue 9): speech inside a free relative of the outlet's own clause
    # ("… to eradicate what it says is a threat"), the words that open a relative or subordinate
    # clause (a text whose only verb lies in one is a noun phrase)
    embedded_source: re.Pattern[str]
    subordinate: re.Pattern[str]


def rules(lex: Lexicons) -> ClaimRules:
    """The action classes and claim cues of ``lex`` compiled (once per object)."""
    return lex.derive(build_rules)


def build_rules(lex: Lexicons) -> ClaimRules:
    """Compile ``actions.toml`` and ``claims.toml`` into :class:`ClaimRules`."""
    actions = tuple((e["id"], re.compile(e["pattern"], re.I)) for e in lex["actions"])
    cues: dict[str, list[str]] = {}
    for e in lex["claims"]:
        cues.setdefault(e["sets"], []).append(e["pattern"])

    def alt(key: str) -> re.Pattern[str]:
        pats = cues.get(key) or [r"(?!x)x"]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    def start(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{alt(key).pattern})(?!\w)", re.I)

    return ClaimRules(actions, alt("polarity:negative"), alt("modality:hypothetical"),
                      alt("modality:expected"), alt("relation:reverse"), alt("relation:anaphoric"),
                      alt("relation:repeat"), start("clause:subject_gap"), start("clause:continuation"),
                      start("clause:question"), start("clause:preposition"), start("clause:pronoun_subject"),
                      alt("clause:predicate"), alt("relation:report_that"), alt("relation:dismissal_tail"),
                      alt("relation:lead_in"), alt("relation:refusal"), alt("relation:consent"),
                      alt("relation:called_false"), alt("relation:accused_of_lying"),
                      alt("relation:own_part"), negation_scope(lex), alt("relation:dismissal_copula"),
                      start("clause:gerund_start"), alt("clause:possessive_subject"),
                      start("clause:pronoun_start"), alt("relation:frame_lead"), alt("relation:frame_tail"),
                      alt("source:not_a_speaker"), alt("clause:relative"), start("clause:credit"), alt("clause:said_tail"),
                      negation_scope(lex, "possible"), alt("clause:dateline"), alt("relation:cited_as_saying"),
                      alt("clause:anaphoric_start"), alt("clause:finite_verb"), alt("relation:accusation"),
                      alt("inflection:past"), alt("clause:wire_credit"), alt("clause:connective"),
                      alt("clause:trailing_frame"), alt("clause:first_person"), alt("clause:short_blocker"),
                      alt("clause:present_verb"), alt("clause:caption"), alt("clause:anaphoric_end"),
                      alt("clause:pronoun_contraction"), alt("clause:first_person_word"),
                      alt("source:embedded"), alt("clause:subordinate"))


SCOPES = frozenset(("cancels-negation",))


def _term_regex(term: str) -> str:
    """A ``stance.toml`` term as a regular expression: words on word boundaries, any white space
    between them, a ``*`` at the end of a word for any ending (the term syntax of that file)."""
    parts = []
    for word in term.strip().split():
        w = re.escape(word.rstrip("*").replace("’", "'")).replace("'", "['’]")
        parts.append(w + (r"\w*" if word.endswith("*") else ""))
    body = r"\s+".join(parts)
    return rf"(?<!\w){body}(?!\w)"


MODALITIES = frozenset(("possible",))


def negation_scope(lex: Lexicons, modality: str | None = None) -> re.Pattern[str]:
    """The terms and regexes of the ``stance.toml`` entries marked ``scope = "cancels-negation"``
    in one case-insensitive pattern (a pattern that never matches when there are none); with
    ``modality``, only those of them that also carry ``modality = …`` with that value.  Raises
    :class:`LexiconError` on an unknown ``scope`` or ``modality`` value."""
    alts: list[str] = []
    for e in lex["stance"]:
        scope = e.get("scope")
        if scope is None:
            continue
        if scope not in SCOPES:
            raise LexiconError(f"{e.label}: unknown scope {scope!r} (allowed: {', '.join(sorted(SCOPES))})")
        mod = e.get("modality")
        if mod is not None and mod not in MODALITIES:
            raise LexiconError(f"{e.label}: unknown modality {mod!r} (allowed: {', '.join(sorted(MODALITIES))})")
        if modality is not None and mod != modality:
            continue
        alts.extend(_term_regex(t) for t in e.get("terms", ()) or ())
        if e.get("regex"):
            alts.append(e["regex"])
    return re.compile("|".join(f"(?:{a})" for a in alts) or r"(?!x)x", re.I)


# Case-insensitive patterns are slow in ``re``; on a text whose lower-casing changes nothing
# but ASCII letters, a case-insensitive pattern without upper-case letters (and without escapes
# naming characters by number, or local flags) matches exactly where the same pattern matches
# the lower-cased text case-sensitively, at the same offsets.  ``_folded`` returns that
# lower-cased text, or None when the text does not qualify (the slow path is then used).
_UNSAFE_FOLD = frozenset("\u0131\u017f")  # ı and ſ: re.IGNORECASE matches them to i and s
_ASCII = frozenset(map(chr, range(128)))


def _folded(text: str) -> str | None:
    low = text.lower()
    if text.isascii():
        return low
    if len(low) != len(text):
        return None
    for c in set(text).difference(_ASCII):
        if c in _UNSAFE_FOLD or c.lower() != c:
            return None
    return low


def _foldable(pattern: str) -> bool:
    """Can ``pattern`` (meant for IGNORECASE) run case-sensitively over a ``_folded`` text?"""
    caseless = all(c.upper() == c for c in set(pattern).difference(_ASCII))  # "’", "—"
    return caseless and pattern == pattern.lower() and \
        re.search(r"\\(?:[0-9xuN]|\\)|\(\?(?![:=!<>P#])", pattern) is None


@dataclass(frozen=True, slots=True)
class _FoldedRules:
    """The cue sets of :class:`ClaimRules` compiled for ``_folded`` text (None: not foldable)."""

    negation: re.Pattern[str] | None
    hypothetical: re.Pattern[str] | None
    expected: re.Pattern[str] | None
    negation_scope: re.Pattern[str] | None = None
    possible: re.Pattern[str] | None = None


def _folded_rules(lex: Lexicons) -> _FoldedRules:
    return lex.derive(_build_folded_rules)


def _build_folded_rules(lex: Lexicons) -> _FoldedRules:
    r = rules(lex)

    def fold(p: re.Pattern[str]) -> re.Pattern[str] | None:
        return re.compile(gated(p.pattern)) if _foldable(p.pattern) else None

    return _FoldedRules(fold(r.negation), fold(r.hypothetical), fold(r.expected), fold(r.negation_scope),
                        fold(r.possible))


def _actions_regex(lex: Lexicons) -> tuple[re.Pattern[str], tuple[str, ...]]:
    return lex.derive(_build_actions_regex)


def _build_actions_regex(lex: Lexicons) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """All action classes in one alternation (one scan per text instead of one per class)."""
    acts = tuple((e["id"], e["pattern"]) for e in lex["actions"])  # rules(lex).actions' patterns, not compiled one by one
    names = tuple(a for a, _ in acts)
    # matched against lower-cased text without IGNORECASE (twice as fast), and tried only where
    # a word starts (four times as fast again): every action pattern starts with a word
    # and only where the word starts with a letter the class (and some class) can start with:
    # a necessary condition of the branch, so no match changes
    parts = []
    for i, (_, pat) in enumerate(acts):
        first = first_chars(pat)
        parts.append(f"(?={char_class(first)})(?P<a{i}>{pat})" if first else f"(?P<a{i}>{pat})")
    first = first_chars("|".join(f"(?:{pat})" for _, pat in acts))
    gate = f"(?={char_class(first)})" if first else ""
    return re.compile(rf"\b(?=\w){gate}(?:{'|'.join(parts)})"), names


def actions_of(text: str, lexicons: Lexicons) -> tuple[str, ...]:
    """The action classes of ``lexicons`` named in ``text``, in lexicon order."""
    rx, names = _actions_regex(lexicons)
    found = {int(m.lastgroup[1:]) for m in re.compile(rx.pattern, re.I).finditer(text) if m.lastgroup}
    return tuple(names[i] for i in sorted(found))


def proper_nouns(text: str, lexicons: Lexicons, sentence_start: bool = True) -> list[tuple[int, int, str]]:
    """Proper-noun chunks as (start, end, text) relative to ``text``; a capitalised function
    word at the start of the text is not a name (title abbreviations from ``lexicons``)."""
    return list(_proper_nouns(text, _name_regex(lexicons)))


SOURCE_MEMO_MAX = 4096


def _source_memo(lex: Lexicons) -> dict[str, tuple[tuple[int, int, str], ...]]:
    return {}


def _source_nouns(text: str, lex: Lexicons) -> tuple[tuple[int, int, str], ...]:
    """:func:`proper_nouns` of a source mention (they repeat: "he", "officials", a name),
    remembered in ``lex`` (at most ``SOURCE_MEMO_MAX`` of them)."""
    memo = lex.derive(_source_memo)
    got = memo.get(text)
    if got is None:
        if len(memo) >= SOURCE_MEMO_MAX:
            memo.clear()
        got = memo[text] = _proper_nouns(text, _name_regex(lex))
    return got


_TRAILING_ACRONYM = re.compile(r"[A-Z]\.[A-Z]\.$")
_POSSESSIVE_S = re.compile(r"[’']s$")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:of|the|for))+$")


_CONTRACTION = re.compile(r"(?:I|You|We|They|He|She|It|That|There|What|Who|Let)['’](?:ve|re|ll|d|m|s)$")
_LOWER_COMPOUND = re.compile(r"-[a-z]")


def _clause_start(text: str, at: int) -> bool:
    """Does the chunk at ``at`` open a sentence, a quotation or a paragraph?  A capitalised
    participle there ("“Putting X and Y aside, …") is the clause's verb, not part of a name."""
    j = at
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "\n.!?\"“‘'(:"


# a name going on in lower case after a one-word head: "of representatives(", "of the interior,"
# (not a place after an adjective: "of eastern Ruritania")
_LOWER_OF_TAIL = re.compile(r" of (?:the )?[a-z][\w\-]*\b(?! +[A-Z])")
_POSSESSIVE_HEAD = re.compile(r"[’']s ([^ ]+)$")


def _cut_possessive_head(text: str, start: int, chunk: str) -> int:
    """Where to cut a chunk "P’s H" whose one-word head H is the first word of a longer name
    written on in lower case ("Velmora’s House of representatives", "Ruritania's Ministry of
    defence"): at the possessive, so the possessor P stays a name and the fragment "P’s H" is
    no actor; 0 to keep the chunk (a head of several words, "P’s National Army", is a name of
    its own; "P’s H of eastern Q" is a place after it)."""
    m = _POSSESSIVE_HEAD.search(chunk)
    if m is None or not _LOWER_OF_TAIL.match(text, start + len(chunk)):
        return 0
    return m.start()


def _proper_nouns(text: str, name_rx: re.Pattern[str]) -> tuple[tuple[int, int, str], ...]:
    # A chunk holds no line break and no white space other than " " (see _name_regex), so the
    # string tests below are the regular expressions they replace.
    out = []
    stop_start = STOP_NAME_START
    calendar = _CALENDAR.fullmatch
    for m in name_rx.finditer(text):
        s = m.start()
        chunk = m.group(0)
        sp = chunk.find(" ")
        hy = chunk.find("-")
        cut = sp if hy < 0 or 0 <= sp < hy else hy
        first = chunk if cut < 0 else chunk[:cut]
        if _CONTRACTION.match(first):
            continue  # "You've", "We're": a pronoun, not a name
        if first in stop_start or (first.endswith("ing") and cut > 0 and _clause_start(text, s)):
            rest = chunk[len(first):].lstrip(" -")
            if not rest or not rest[0].isupper():
                continue
            s += len(chunk) - len(rest)
            chunk = rest
        low_part = _LOWER_COMPOUND.search(chunk)
        if low_part is not None:  # "Russian-made": an adjective; its proper part is kept
            chunk = chunk[:low_part.start()]
            if len(chunk) < 2:
                continue
        if chunk[-1] == "." and not _TRAILING_ACRONYM.search(chunk):
            chunk = chunk.rstrip(".")
        if chunk.endswith(("’s", "'s")):
            chunk = _POSSESSIVE_S.sub("", chunk)
        if chunk.endswith((" of", " the", " for")):
            chunk = _TRAILING_PARTICLES.sub("", chunk)
        if "s " in chunk and (cut_at := _cut_possessive_head(text, s, chunk)):
            chunk = chunk[:cut_at]  # "Velmora’s House of representatives": the place, not "Velmora’s House"
        if len(chunk) < 2 or chunk.isdigit() or calendar(chunk):
            continue  # "July", "Sunday" are dates, not actors
        out.append((s, s + len(chunk), chunk))
    return tuple(out)


def _not_names(lex: Lexicons) -> frozenset[str]:
    """The ``not_a_name`` words of ``names.toml`` (lower case): alone they name no actor."""
    return lex.derive(_build_not_names)


def _build_not_names(lex: Lexicons) -> frozenset[str]:
    return frozenset(w.lower() for e in lex["names"] if e.get("kind") == "not_a_name" for w in e.get("words") or ())


def _without_openers(text: str, nouns: tuple[tuple[int, int, str], ...], acts: list[tuple[int, int, int]],
                     not_names: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    """``nouns`` without a one-word common noun capitalised only because it opens a sentence or
    headline: an event noun an action class matches as a whole ("Talks were held …", "Clashes
    broke out …"), or a ``not_a_name`` word of ``names.toml`` ("Artillery fire hit …",
    "Negotiations resumed …").  Such a word is no actor of a claim (src26: "Talks" was listed by
    ``claimcheck actors``)."""
    spans = {(s, e) for s, e, _ in acts}
    out = []
    for s, e, chunk in nouns:
        if " " not in chunk and "-" not in chunk and _clause_start(text, s) and \
                ((s, e) in spans or chunk.lower().rstrip("’'") in not_names):
            continue
        out.append((s, e, chunk))
    return tuple(out)


def _modality(text: str, reported: bool, lex: Lexicons, low: str | None = None) -> str:
    """The modality of a claim text: ``hypothetical`` (if, whether), ``possible`` (a possibility
    left open: the ``stance.toml`` entries with ``modality = "possible"``), ``expected`` (will,
    plans to), else ``reported`` or ``asserted``.  ``low``: ``_folded(text)`` when the caller has it."""
    r = rules(lex)
    f = _folded_rules(lex)
    hyp = f.hypothetical.search(low) if low is not None and f.hypothetical is not None else r.hypothetical.search(text)
    if hyp:
        return "hypothetical"
    pos = f.possible.search(low) if low is not None and f.possible is not None else r.possible.search(text)
    if pos:  # "could not rule out that …", "cannot exclude …"
        return "possible"
    exp = f.expected.search(low) if low is not None and f.expected is not None else r.expected.search(text)
    if exp:
        return "expected"
    return "reported" if reported else "asserted"



class _Hits:
    """Action-class and proper-noun matches of a whole article, found in one scan each and
    looked up by span (a claim's content, a sentence)."""

    english = True  # the English completion and readability rules apply (parse.claims.lang's hits: False)

    def __init__(self, text: str, lex: Lexicons) -> None:
        self.rules = rules(lex)
        self.fneg = _folded_rules(lex).negation
        self.fscope = _folded_rules(lex).negation_scope
        rx, self.names = _actions_regex(lex)
        self.folded = _folded(text)  # for the negation, modality and date cues
        low = self.folded if self.folded is not None else text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            rx = re.compile(rx.pattern, re.I)
            low = text
        self.acts = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in rx.finditer(low) if m.lastgroup]
        self.act_starts = [a[0] for a in self.acts]
        self.nouns = _without_openers(text, _proper_nouns(text, _name_regex(lex)), self.acts, _not_names(lex))
        self.noun_starts = [n[0] for n in self.nouns]
        self.neg_rx = self.rules.negation  # another language's hits (parse.claims.lang) set its own
        self.scope_rx = self.rules.negation_scope
        self.relative_rx = self.rules.relative  # English clause openers: another language sets its own
        self.subordinate_rx = _SUBORDINATOR
        self.lex = lex

    def source_nouns(self, mention: str) -> tuple[tuple[int, int, str], ...]:
        """The proper nouns of a source mention (:func:`_source_nouns`)."""
        return _source_nouns(mention, self.lex)

    def statement(self, text: str, content: Span) -> Statement | None:
        """A content's statement when the English completion rules find none: None in English
        (another language's hits, :mod:`claimcheck.parse.claims.lang`, read it as it stands)."""
        return None

    def actions(self, start: int, end: int) -> tuple[str, ...]:
        found = set()
        for k in range(bisect_left(self.act_starts, start), len(self.acts)):
            s, e, i = self.acts[k]
            if s >= end:
                break
            if e <= end:
                found.add(i)
        return tuple(self.names[i] for i in sorted(found))

    def negated(self, text: str, start: int, end: int) -> bool:
        """Does a negation govern the span's claim: one in its main clause?  A negation does
        not count inside an expression of :attr:`ClaimRules.negation_scope` ("could not rule
        out"), inside a relative clause (:attr:`ClaimRules.relative`: "backs an administration
        that refuses to …") or inside a subordinate clause ("after the talks did not resume");
        either runs to the next comma, semicolon, colon, bracket or dash, else to the end.  Where
        the negation stands in the main clause it negates it, whatever the distance to the
        action ("had not sold any of its ageing battle tanks")."""
        fneg = self.fneg
        if self.folded is not None and fneg is not None:
            spans = [m.span() for m in fneg.finditer(self.folded, start, end)]
        else:
            spans = [m.span() for m in self.neg_rx.finditer(text, start, end)]
        if not spans:
            return False
        # a negation inside an out-of-scope expression ("could not rule out", "did not deny",
        # "no reason to doubt") is no negation of the claim
        if self.folded is not None and self.fscope is not None and self.scope_rx is self.rules.negation_scope:
            scoped = [m.span() for m in self.fscope.finditer(self.folded, start, end)]
        else:
            scoped = [m.span() for m in self.scope_rx.finditer(text, start, end)]
        neg = [(s, e) for s, e in spans if not any(s < b and a < e for a, b in scoped)]  # overlaps: "n't"
        if not neg:
            return False
        relative = []
        for m in self.relative_rx.finditer(text, start, end):
            b = _CLAUSE_PUNCT.search(text, m.end(), end)
            relative.append((m.start(), b.start() if b is not None else end))
        neg = [(s, e) for s, e in neg if not any(a <= s < b for a, b in relative)]
        # a subordinate clause ("after talks did not resume", "whether he would not …") runs from
        # its conjunction to the next punctuation
        for m in self.subordinate_rx.finditer(text, start, end):
            b = _CLAUSE_PUNCT.search(text, m.end(), end)
            hi = b.start() if b is not None else end
            neg = [(s, e) for s, e in neg if not m.start() <= s < hi]
        return bool(neg)

    def nouns_in(self, start: int, end: int) -> list[str]:
        out = []
        for k in range(bisect_left(self.noun_starts, start), len(self.nouns)):
            s, e, chunk = self.nouns[k]
            if s >= end:
                break
            if e <= end:
                out.append(chunk)
        return out
