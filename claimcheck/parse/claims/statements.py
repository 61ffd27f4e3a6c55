"""Statements: the readable proposition of a claim, composed of exact source spans.

A content span is often not a statement by itself: the subject of a relative or reduced clause
is elsewhere ("air strikes last month that U.S. officials said | were staged by …"), the agent
of an infinitive is the source ("Borduria also plans | to train border forces"), a subject
pronoun stands for the source ("Musk said | he plans to …").  :func:`compose` recovers the
missing part from the sentence and returns the statement with the spans it is made of; the
statement is those spans' texts joined by one space, its first letter upper-cased (nothing
else is added or changed, so every word shown can be checked against the article).  A content
that cannot be completed, or whose statement has no predicate or fewer than
``MIN_CONTENT_WORDS`` content words, is no statement (None): it is not a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Sentence, Span
from claimcheck.parse.claims.antecedents import MAX_PARAGRAPHS_BACK, no_person_for
from claimcheck.parse.claims.accusation import (Past, accused_parts, passive_accused_parts, past_form, past_words,
                                                plural_agent)
from claimcheck.parse.claims.cues import ClaimRules, _source_nouns, rules
from claimcheck.parse.claims.surface import (close_quote_after, credit_cut, line_start, open_quote_before, quote_inner,
                                             trim_span)
from claimcheck.text.tokens import LETTER_OR_DIGIT_RUN, STOP_CLUSTER

MIN_CONTENT_WORDS = 4
ANAPHORIC_PREP_WORDS = 8  # content words up to which a text ending "… on it" has nothing "it" can stand for (stop 22)
LONG_ENOUGH = 8  # content words from which a verb is taken for granted (the predicate test is loose)
_RELATIVE = frozenset(("that", "which", "who", "whom"))
_PRONOUN_SOURCES = frozenset(("he", "she", "it", "they", "we", "i", "who", "which", "that", "this", "you"))
# words scanned back over for the antecedent of a relative clause ("air strikes last month |
# that"): a scan stops at a verb, an auxiliary, a clause word or punctuation
_NP_STOP = frozenset("""is are was were be been being has have had do does did will would could should may
might can must shall said says say told by and or but that which who whom whose when where while if as
than then because although though since after before""".split())
_PREPOSITIONS = frozenset("""in on at from to into onto with near across against for about over under between among
after before during without within through towards toward behind beyond""".split())
_SUBJECT_STARTS = frozenset("""the a an this that these those his her its their our my your some any no all each
every both many most several few he she it they we i there one two three""".split())
_INFINITIVE_START = re.compile(r"to\s+[a-z]")
_TOKEN = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Statement:
    """A composed statement: its text and the exact spans it is made of, in reading order."""

    text: str
    parts: tuple[Span, ...]


# the closed-class words of ``STOP_CLUSTER``; the open-class words it also holds ("more",
# "said", "own") are content here
_FUNCTION = STOP_CLUSTER - frozenset("more most very own same said says say according".split())


def content_words(text: str) -> int:
    """The number of words of ``text`` outside the function words (closed-class ``STOP_CLUSTER``)."""
    return sum(1 for w in LETTER_OR_DIGIT_RUN.findall(text.lower()) if w not in _FUNCTION)


def is_proposition(text: str, lex: Lexicons, english: bool = True) -> bool:
    """Does ``text`` read as a proposition: a predicate (``clause:predicate`` or an irregular
    past of ``inflection:past``), at least ``MIN_CONTENT_WORDS`` content words or a short
    complete clause (:func:`short_clause`: "The minister resigned"), and no start that needs
    something before it (a subject gap, a continuation, a preposition, an embedded question, a
    gerund's verb phrase: ``claims.toml``'s ``clause:*``), no end on an anaphoric object
    ("… did see this"), and no caption, photo credit or embedded post (``clause:caption``)?

    From ``LONG_ENOUGH`` content words on, a verb of ``clause:present_verb`` is a predicate too
    ("Analysts expect Microsoft to report …"); a long text with none of the three is a noun
    phrase ("New York Times columnist X and Vice CEO Y at the Z Conference in New York"), no
    proposition (stop 21: until then a long text's predicate was taken for granted).

    ``english=False`` (a text of another language read with the English rules, in an article
    whose language has claim rules of its own): the rules before stop 21, a predicate taken for
    granted from ``LONG_ENOUGH`` content words on and no short clause, caption or anaphor test
    (English verb and pronoun lists do not read it)."""
    r = rules(lex)
    n = content_words(text)
    if not english:
        if n < MIN_CONTENT_WORDS or (n < LONG_ENOUGH and not r.predicate.search(text)
                                     and not past_words(lex).search(text)):
            return False
        head = text.lstrip(" \t\"“‘'«„")
        return not any(p.match(head) for p in (r.subject_gap, r.continuation, r.question, r.preposition,
                                               r.gerund_start, r.credit, r.anaphoric_start))
    if n < MIN_CONTENT_WORDS and not short_clause(text, lex):
        return False
    if not _has_predicate(text, lex) and (n < LONG_ENOUGH or not r.present_verb.search(text)):
        return False
    head = text.lstrip(" \t\"“‘'«„")
    end = r.anaphoric_end.search(text)
    if end is not None and (end.group("prep") is None or content_words(text) <= ANAPHORIC_PREP_WORDS):
        return False  # "… did see this"; a short "… plant a flag on it" (a longer text may hold what "it" is)
    if r.caption.search(text) or r.pronoun_contraction.match(head):
        return False
    if clause_inside_noun_phrase(text, lex):
        return False
    return not any(p.match(head) for p in (r.subject_gap, r.continuation, r.question, r.preposition, r.gerund_start,
                                           r.credit, r.anaphoric_start))


def _has_predicate(text: str, lex: Lexicons) -> bool:
    """Has ``text`` a predicate: a match of ``clause:predicate`` or ``clause:finite_verb`` or an
    irregular past ("broke down", "fled") that no determiner or "to" stands right before (a
    participle used as an adjective, "The unverified photo …", "the United States", is none)?"""
    r = rules(lex)
    for rx in (r.predicate, r.finite_verb, past_words(lex)):
        for m in rx.finditer(text):
            if m.group(0).endswith(("ed", "en")) and _BY_AFTER.match(text, m.end()):
                continue  # "the latest information revealed by X": a participle, not the predicate
            if in_compound(text, m.start()):
                continue  # "sergeant-at-arms", "editor-in-chief": a word of a hyphenated noun
            before = text[max(0, m.start() - 12):m.start()].split()
            if not before or before[-1].lower() not in _NOT_BEFORE_VERB:
                return True
    return False


_BY_AFTER = re.compile(r"\s+by\b")
# a word joined by a hyphen to a preposition or article before it is the last word of a hyphenated
# noun ("sergeant-at-arms", "editor-in-chief", "state-of-the-art", "man-of-war"), never a verb
_COMPOUND_JOINT = re.compile(r"(?<![^\W\d_])(?:at|in|of|on|to|for|by|and|the|a)-$", re.I)


def in_compound(text: str, start: int) -> bool:
    """Does the word at ``start`` of ``text`` stand in a hyphenated noun after a preposition or
    article ("sergeant-at-|arms", "commander-in-|chief")?  Such a word is no verb (issue 9: "As
    sergeant-at-arms, it his job to …" has none: its "arms" was read as one)."""
    return _COMPOUND_JOINT.search(text, max(0, start - 5), start) is not None


def _verbs(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """The finite-looking verbs of ``text`` (``clause:predicate``, ``clause:finite_verb``, an
    irregular past), as (start, end) in order, without the participles :func:`_has_predicate`
    sets aside (before "by", after a determiner or "to")."""
    r = rules(lex)
    out: set[tuple[int, int]] = set()
    for rx in (r.predicate, r.finite_verb, past_words(lex), r.present_verb, _MODAL):
        for m in rx.finditer(text):
            w = m.group(0)
            if w.lower() not in _AUXILIARIES and _BY_AFTER.match(text, m.end()):
                continue  # "the deal made by the council": a participle
            if in_compound(text, m.start()):
                continue  # "sergeant-at-arms": a word of a hyphenated noun
            if w[:1].isupper() and text[:m.start()].strip():
                continue  # "the United States": a name, not a verb
            before = text[max(0, m.start() - 12):m.start()].split()
            if not before or before[-1].lower() not in _NOT_BEFORE_VERB - {"that"} or w.lower() in _AUXILIARIES:
                # "this was …": a demonstrative before an auxiliary is its subject; "the fire that destroyed …":
                # a relative "that" before a verb (it would hide the clause's verb, and the main verb after it
                # would be taken for the clause's)
                out.add((m.start(), m.end()))
    return sorted(out)


_MODAL = re.compile(r"\b(?:cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b",
                    re.I)
_AUXILIARIES = frozenset("is are was were be been being has have had will would can could may might must should shall did does do".split())


_GROUP_GAP = re.compile(r"(?:\s+(?:not|never|also|still|just|already|now|yet|reportedly|allegedly|been|being|be)\b)*\s+")


def clause_inside_noun_phrase(text: str, lex: Lexicons) -> bool:
    """Is ``text`` a noun phrase with a clause inside it: every verb of it stands after a word
    that opens a relative or subordinate clause (``clause:subordinate``, not the text's first
    word), in one verb group ("have circulated", "had been left"), with no verb before that word?
    "The fears of critics who objected to the deal made by the council", "Border guards detain
    migrants who crossed the river" (a caption's present tense is no listed verb) are; "Soldiers
    who did not take part were sent home" (two groups), "The army said that the town fell" are
    not.  Stop 22: such texts came as the content of a cue with an object ("corroborated |
    Royster’s comments …", "downplayed | the threat of X infiltrating …, as warnings … have
    circulated") and as captions; 8 of 200 tune-half claims read."""
    verbs = _verbs(text, lex)
    if not verbs:
        return False
    first = verbs[0][0]
    opener = next((m for m in rules(lex).subordinate.finditer(text, 0, first) if text[:m.start()].strip()), None)
    if opener is None or "," in text[opener.end():first]:
        return False  # "Scorpion stings, although painful, are …": the clause ended before the verb
    prev_end = verbs[0][1]
    for s, e in verbs[1:]:
        if s < prev_end:
            continue
        if not _GROUP_GAP.fullmatch(text, prev_end, s):
            return False  # a second verb group: the clause after the opener has ended, the main verb is here
        prev_end = e
    return True


# a quotation inside a text: its first-person words are its speaker's ("X said “We will …”")
_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"|«[^»]{0,2000}»")
SHORT_CLAUSE_WORDS = 2  # content words of the shortest claim: a subject noun and a verb ("The minister resigned")


def short_clause(text: str, lex: Lexicons) -> bool:
    """Is ``text`` (under ``MIN_CONTENT_WORDS`` content words) a complete clause all the same:
    a subject with a content word of its own, then a finite verb (``clause:finite_verb`` or an
    irregular past), ``SHORT_CLAUSE_WORDS`` content words at least, and no word that needs
    text before it (``clause:short_blocker``: a pronoun, a demonstrative, "the same", "so")?
    "The minister resigned", "The talks have collapsed", "Prices rose" are claims; "the same",
    "However", "any involvement", "He resigned", "That was wrong" are not (the new user's class,
    stop 21: a short attributed statement gave an attribution and no claim)."""
    r = rules(lex)
    if content_words(text) < SHORT_CLAUSE_WORDS or r.short_blocker.search(text):
        return False
    head = text.lstrip(" \t\"“‘'«„")
    if any(p.match(head) for p in (r.subject_gap, r.continuation, r.question, r.preposition, r.gerund_start)):
        return False
    verbs = sorted((*r.finite_verb.finditer(head), *past_words(lex).finditer(head)), key=lambda m: m.start())
    if not verbs or verbs[0].start() == 0:
        return False  # "Repelled by armed women", "Sawed down by …": no subject
    for m in verbs:
        before = head[:m.start()].split()
        if before and before[-1].lower() in _NOT_BEFORE_VERB:
            continue  # "an isolated incident", "to be invasive": no finite verb
        if content_words(head[:m.start()]) >= 1:
            return True  # a subject before the verb
    return False


# a word right before a verb-looking word that makes it no finite verb: a determiner (a participle
# used as an adjective, "an isolated incident") or the infinitive marker ("to be")
_NOT_BEFORE_VERB = frozenset("a an the this that these those his her its their our my your some any no every each to".split())


def completeness(text: str, lexicons: Lexicons) -> float:
    """How complete a claim text is, in [0, 1]: 0 for a fragment (see :func:`is_proposition`);
    otherwise 0.5 plus up to 0.5 for its content words (12 or more earn the full half; over 40,
    a run-on quote, lose it again).  For choosing the text that shows a cluster: the most
    complete member, not a fragment."""
    if not is_proposition(text, lexicons):
        return 0.0
    n = content_words(text)
    score = 0.5 + 0.5 * min(n, 12) / 12
    if n > 40:
        score -= 0.5 * min(n - 40, 40) / 40
    head = text.lstrip(" \t\"“‘'«„")
    return round(score - (0.05 if head[:1].islower() else 0.0) - (HEADLINESE_PENALTY if headlinese(text) else 0.0), 4)


HEADLINESE_WORDS = 5  # a clipped headline: at most this many words, none a function word
HEADLINESE_PENALTY = 0.1


def headlinese(text: str) -> bool:
    """Is ``text`` a headline's clipped words: at most ``HEADLINESE_WORDS`` words and not one
    function word (no article, auxiliary or preposition: "Troops crossed border", "Drones
    supplied")?  Such a text is a proposition, but a body sentence of the same proposition
    reads better ("Sylvania’s troops had crossed the border"): :func:`completeness` ranks it
    lower (issue 9 item 6, text27).  "The minister resigned", "Prices rose in May" are not."""
    words = LETTER_OR_DIGIT_RUN.findall(text.lower())
    return 0 < len(words) <= HEADLINESE_WORDS and not any(w in STOP_CLUSTER for w in words)


def _span(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` with white space and edge punctuation trimmed; None when empty."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


GENITIVE = "’s"
_GEN = object()  # in a list of parts: the part before stands for a possessive pronoun ("his" → "X’s")

# where a mention's head ends and a post-modifier begins ("President X | of Freedonia", "the head |
# of the council", "X | , who …", "a spokesman | for the ministry")
_POST_MODIFIER = re.compile(r"\s+(?:of|from|at|for|in|with|on|to|who|whose|which|that|and|or|&)\b|\s*[,(;:—–\[]|\s+-\s")
_BARE_NAME = re.compile(r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}")
_COORDINATED = re.compile(r"\s(?:and|or|&)\s")


def possessor(sp: Span, lex: Lexicons) -> Span | None:
    """The short form of mention ``sp`` that can carry "’s" for a possessive pronoun it stands
    for ("his troops" → "X’s troops"), as an exact sub-span: the whole mention when it has no
    post-modifier; its head when that ends on a name ("President Ana Ruiz | of Freedonia" →
    "President Ana Ruiz’s"); the "of" complement when the head is titles only and the
    complement a bare name ("President of Freedonia" → "Freedonia’s").  None when there is no
    clean short form ("the head of the Kolno port authority", "Ruiz and Holm"): a possessor
    with its post-modifier before "’s" ("President Ana Ruiz of Freedonia’s troops") garbles
    the statement (the new user's class, stop 23): the caller shows the whole clause where
    source, cue and content follow each other, else makes no claim."""
    last = sp.text.split()[-1] if sp.text.split() else ""
    if _COORDINATED.search(sp.text) or last.endswith(("’s", "'s", "’", "'")):
        return None  # "Ruiz and Holm": "their" is both; "friends of Adler’s": "’s" twice
    m = _POST_MODIFIER.search(sp.text)
    if m is None:
        # "scientists’s": a plural common noun takes no "’s" (only an apostrophe, which is not added)
        return None if last[:1].islower() and last.endswith("s") and not last.endswith("ss") else sp
    head = sp.text[:m.start()].rstrip()
    words = head.split()
    roles = _role_words(lex)
    # a head of a determiner and head nouns only ("The Ministry | of Defence of Freedonia") is no
    # name: "The Ministry’s troops" drops whose ministry it is (the new user's class, stop 24)
    bare_head = all(w.lower().strip(".") in roles or w.lower().strip(".") in _org_words(lex) or
                    w.lower() in ("the", "a", "an") for w in words)
    if words and words[-1][:1].isupper() and words[-1].strip(".").lower() not in roles and not bare_head:
        return Span(sp.start, sp.start + len(head), head)
    if m.group(0).strip() == "of" and all(w.lower().strip(".") in roles or w.lower() in ("the", "a", "an")
                                           for w in words):
        at = m.end()
        while at < len(sp.text) and sp.text[at].isspace():
            at += 1
        name = _BARE_NAME.fullmatch(sp.text, at)
        if name is not None:
            return Span(sp.start + at, sp.start + len(sp.text), sp.text[at:])
    return None


def _role_words(lex: Lexicons) -> frozenset[str]:
    return lex.derive(_build_role_words)


def _org_words(lex: Lexicons) -> frozenset[str]:
    return lex.derive(_build_org_words)


def _build_org_words(lex: Lexicons) -> frozenset[str]:
    """The head words of ``roles.toml`` that make a source an organisation ("ministry", "army"),
    lower-cased: a head made of them and a determiner names no one body."""
    return frozenset(w.lower() for e in lex["roles"] if e.get("type") == "organisation" for w in e["words"])


def _build_role_words(lex: Lexicons) -> frozenset[str]:
    """The head words of ``roles.toml`` that make a source a person ("president", "minister"),
    lower-cased: titles, which are no name."""
    return frozenset(w.lower() for e in lex["roles"] if e.get("type") == "person" for w in e["words"])


def _join(parts: list[Span | None | object], lex: Lexicons | None = None) -> Statement | None:
    """The statement of ``parts``: their texts joined by one space, the first letter upper-cased,
    ``_GEN`` after a part adds "’s" to it, a :class:`Past` before a part shows its first word
    (a gerund) in its finite past form (with ``lex``)."""
    spans = tuple(p for p in parts if isinstance(p, Span))
    if not spans:
        return None
    words: list[str] = []
    past: Past | None = None
    for p in parts:
        if isinstance(p, Span):
            if past is not None and lex is not None:
                head, sep, rest = p.text.partition(" ")
                words.append(past_form(head, lex, past.plural) + sep + rest)
            else:
                words.append(p.text)
            past = None
        elif isinstance(p, Past):
            past = p
        elif p is _GEN and words:
            words[-1] += GENITIVE
    s = ""
    glue, inside = False, False
    for w in words:  # a part that is a quote mark alone: no space inside the marks ("said “We will …”")
        mark = w in ("“", "«", "„", "”", "»", '"')
        closing = mark and (w in ("”", "»") or (w == '"' and inside))
        s = w if not s else s + w if glue or closing else s + " " + w
        glue = mark and not closing
        inside = glue or (inside and not closing)
    s = " ".join(s.split())
    for i, ch in enumerate(s):
        if ch.isalpha():
            s = s[:i] + ch.upper() + s[i + 1:]
            break
        if ch.isalnum():
            break
    return Statement(s, spans)


def trim_content(text: str, content: Span, r: ClaimRules) -> Span | None:
    """The content without what frames it: a wire dateline ("VELMORA (AP) — …"), a leading
    complementiser ("that …"), the speaker of "X cited Y | as saying that C", a dismissal's
    words after it ("… as “utterly false”"), a report noun before the proposition it names
    ("a report that C", "claims that C")."""
    start, end = content.start, content.end
    if r.frame_tail.match(". " + text[start:end], 1):
        return None  # a piece that is a speech tag alone ("Lind told the Herald on Monday.”", stop 23)
    start = strip_dateline(text, start, end, r)
    m = r.cited_as.match(text[start:end])  # "Y as saying that | C"
    if m is not None:
        start += m.end()
    m = r.report_that.search(text, start, end)
    if m is not None and m.start() - start <= 60:
        start = m.end()
    m = r.dismissal_tail.search(text, start, end)
    if m is not None:
        end = m.start()
    m = r.lead_in.match(text[start:end])  # "^": on the slice, not at a position of the article
    if m is not None:
        start += m.end()
    m = r.frame_lead.match(text[start:end])  # "X added in an interview, “…”": the quote
    if m is not None:
        start += m.end()
    m = r.frame_tail.search(text[start:end])  # "“…,” X tweeted.": the quote
    if m is not None:
        end = start + m.start()
    sp = _span(text, start, end)
    return balanced(text, sp) if sp is not None else None


def strip_dateline(text: str, start: int, end: int, r: ClaimRules) -> int:
    """Where ``text[start:end]`` starts after a wire dateline or credit opening it
    (``claims.toml`` ``clause:dateline``: "VELMORA (AP) — ", "KAVAR, March 3 (Reuters) - ",
    "LONDON — "); ``start`` when there is none."""
    m = r.dateline.match(text[start:end])
    return start + m.end() if m is not None and m.end() < end - start else start


_BRACKETS = (("(", ")"), ("[", "]"))


def balanced(text: str, sp: Span) -> Span | None:
    """``sp`` with its brackets closed: an opening bracket left open at its end takes in the
    closing one right after it ("… Army (LNA" + ")"), else the span ends before it; a closing
    bracket without its opening one at its start takes in the opening one right before it, else
    the span starts after it.  None when nothing is left."""
    start, end = sp.start, sp.end
    if end > start:
        seg = text[start:end]
        if "(" not in seg and ")" not in seg and "[" not in seg and "]" not in seg:
            return sp  # no bracket: nothing to close (the loop below would return sp)
    for o, c in _BRACKETS:
        depth, first_open, last_unclosed = 0, -1, []
        for i in range(start, end):
            ch = text[i]
            if ch == o:
                last_unclosed.append(i)
            elif ch == c:
                if last_unclosed:
                    last_unclosed.pop()
                else:
                    depth += 1
                    first_open = i
        if last_unclosed:
            if text[end:end + 1] == c and len(last_unclosed) == 1:
                end += 1
            else:
                end = last_unclosed[0]
        if depth:
            if depth == 1 and start > 0 and text[start - 1] == o:
                start -= 1
            else:
                start = first_open + 1
        if end <= start:
            return None
    return _span(text, start, end) if (start, end) != (sp.start, sp.end) else sp


def _subject_of_source(text: str, a: Attribution, lex: Lexicons) -> Span | None:
    """The source as a subject: its antecedent when it is a pronoun (at most
    ``antecedents.MAX_PARAGRAPHS_BACK`` paragraphs before the content, text27), the first name in
    it when it has a descriptor ("Karl Adler, spokesman of …"), else the whole mention when short;
    None when there is none."""
    src = a.source
    if src is None or src.span is None:
        return None
    mention = src.resolved if src.resolved is not None else src.span
    if mention.text.strip().lower() in _PRONOUN_SOURCES:
        return None
    if src.resolved is not None and src.resolved.end <= a.content.start and len(_PARAGRAPH_BREAK.findall(
            text, src.resolved.end, a.content.start)) > MAX_PARAGRAPHS_BACK:
        return None  # a "she said" resolved paragraphs back: no subject recovered from that far (text27)
    r = rules(lex)
    # "KAVAR (Reuters) - Kavar Co", "(Meridian Press) - Caldoran opposition leader Vera Lind": the name
    cut = credit_cut(text, strip_dateline(text, mention.start, mention.end, r), mention.end, r)
    if cut != mention.start:
        mention = Span(cut, mention.end, text[cut:mention.end])
    nouns = _source_nouns(mention.text, lex)
    if "," in mention.text and nouns:
        s, e, _ = nouns[0]
        return Span(mention.start + s, mention.start + e, mention.text[s:e])
    if len(mention.text.split()) <= 8:
        sp = _span(text, mention.start, mention.end)
        return balanced(text, sp) if sp is not None else None
    return Span(mention.start + nouns[0][0], mention.start + nouns[0][1], nouns[0][2]) if nouns else None


def _relative_antecedent(text: str, sent: Sentence, a: Attribution) -> Span | None:
    """"N that SOURCE said | were …": the noun phrase N before the relative pronoun that opens
    the source's clause, scanned back over words and "of" to a verb, "by", a clause word or
    punctuation.  None when the scan meets another preposition ("militants based in | Syldavia,
    who …": which noun the clause is about is not known)."""
    if a.source is None or a.source.span is None:
        return None
    before = text[sent.start:a.source.span.start]
    toks = [(m.start() + sent.start, m.end() + sent.start, m.group(0)) for m in _TOKEN.finditer(before)]
    if not toks or toks[-1][2].lower() not in _RELATIVE:
        return None
    rel = toks.pop()
    if toks and toks[-1][2] == ",":
        toks.pop()
    first = None
    for s, _, w in reversed(toks):
        low = w.lower()
        if low in _PREPOSITIONS:
            return None
        if low in _NP_STOP or not w[0].isalnum() or (low.endswith("ed") and len(low) > 4):
            break
        first = s
    if first is None:
        return None
    return _span(text, first, rel[0])


def _gap_after_relative(text: str, a: Attribution, head: str) -> bool:
    """Is the source inside a relative clause whose gap the content fills ("air strikes that
    officials said | were staged", "militants who Ruritania says | sneak across …")?"""
    if a.source is None or a.source.span is None or not head[:1].islower():
        return False
    before = _TOKEN.findall(text[max(0, a.source.span.start - 12):a.source.span.start])
    if not before or before[-1].lower() not in _RELATIVE:
        return False
    first = head.split(None, 1)[0].lower() if head.split() else ""
    return first not in _SUBJECT_STARTS


def compose(text: str, content: Span, a: Attribution | None, sent: Sentence | None,
            lex: Lexicons, antecedent: Span | None = None, english: bool = True) -> Statement | None:
    """The statement of a content span (see the module docstring), or None when it cannot be
    completed into a proposition.  ``a`` is the attribution the content belongs to (None for
    an unattributed sentence); ``sent`` the sentence it lies in; ``antecedent`` the person a
    he/she/his/her opening the content stands for when it is not the source."""
    r = rules(lex)
    body = trim_content(text, content, r)
    if body is not None and a is not None:
        body = _without_own_frame(text, body, a, r)
    if body is None:
        return None
    body = trim_span(text, body, r, quotes=False)  # "“Therefore, he …": the connective first, then the subject
    tail = None
    if a is not None:
        split = _interposed_frame(text, body, a, lex)
        if split is not None:
            body, tail = split  # "Acts of protest, X said, | are acts of …": the frame is left out
    parts: list[Span | None | object] | None = [body]
    complete = False  # a clause complete by its frame: no "short clause of a speaker" test below
    if a is not None and sent is not None and a.source is not None and a.source.span is not None:
        parts = _complete(text, body, a, sent, lex, antecedent)
    elif a is not None:
        # no source ("he reportedly …", "she is said to …"): the pronoun needs the person before
        m = r.pronoun_start.match(body.text)
        passive = passive_accused_parts(text, body, a, sent.start, lex) if sent is not None else None
        if passive is not None:
            parts = passive  # "X accused | of shelling Y" (accuser unnamed) → "X shelled Y"
            complete = True  # its agent and deed are stated, however short ("Borduria shelled Vorna")
        elif m is not None:
            word = m.group(0).strip().lower()
            if word not in PERSON_PRONOUNS or word in ("him",) or antecedent is None:
                return None
            rest = _span(text, body.start + m.end(), body.end)
            if word in _POSSESSIVES:
                owner = possessor(antecedent, lex)
                if owner is None:
                    return None  # no clean short form of the person before
                parts = [owner, _GEN, rest]
            else:
                parts = [antecedent, rest]
    if parts is not None and tail is not None:
        parts = [*parts, tail]
    statement = _join(tidy(text, parts, r), lex) if parts is not None else None
    if statement is None or not is_proposition(statement.text, lex, english):
        return None
    if a is not None and (a.source is None or a.source.span is None) and not complete \
            and not impersonal_opening(text, a, sent) and content_words(statement.text) < MIN_CONTENT_WORDS:
        # a short clause is a claim of a speaker; "…, but it is widely believed | the dam was attacked" is
        # the sentence's
        return None
    return statement


_EXPLETIVE_LEAD = re.compile(r"[\s\"“‘'«(]*(?:it\s*)?$", re.I)


def impersonal_opening(text: str, a: Attribution, sent: Sentence | None) -> bool:
    """Does ``a`` open its sentence as an impersonal belief with no source ("It is believed (that)
    C", "It is widely thought C": act ``hedge``, nothing before the cue but the expletive "it")?
    Its content, however short, is the sentence's claim credited to nobody (src26, issue 9: "It is
    believed that the dam was sabotaged" gave no claim, while "It is widely believed that …", one
    content word longer, gave the whole sentence).  A belief frame after a clause of the outlet's
    own ("The cause is unknown, but it is widely believed | the dam was attacked") is not one: that
    sentence stays the claim."""
    if sent is None or a.act != "hedge" or a.source is not None or not sent.start <= a.cue.start < sent.end:
        return False
    return _EXPLETIVE_LEAD.match(text[sent.start:a.cue.start]) is not None


# after a frame inside a content: its own adverbials up to the comma that closes it ("…, the Herald
# reported | on Monday, | left Dovra …")
_FRAME_CLOSE = re.compile(r"(?:\s+(?:on|in|at|during|late|early|last|this|earlier|later|again|also|too)\b[^,;:“”\"]{0,40}?)?"
                          r"\s*,\s*")
_FRAME_OPEN = re.compile(r",\s*[”\"’]?\s*$")
# what opens a text after a frame that is no continuation of the clause before it: an apposition of
# the source ("…, according to X, | a researcher at …"), a relative clause, a number ("X, | 29")
_NOT_CONTINUED = frozenset("a an the this that these those his her its their which who whom whose".split())


def _interposed_frame(text: str, body: Span, a: Attribution, lex: Lexicons) -> tuple[Span, Span | None] | None:
    """A content that holds its own attribution's frame between commas ("Acts of protest, X said,
    are acts of patriotism", "Now, according to the Herald, the rifle will cost $500", "The
    soldiers were at the market, according to an official, when they disappeared"), as the
    statement's spans without the frame: (the clause's first part, its continuation or None).
    The words before the frame are left out when they hold no verb and the words after it open
    a clause of their own ("Now, according to X, | the rifle …"); the words after it are left
    out when they are an apposition, a relative clause or a number ("…, according to X, 29").
    None when the frame is not inside ``body`` between commas.  Stop 23: the frame was shown
    inside the claim text (the speaker inside the claim, the new user's class)."""
    src = a.source.span if a.source is not None else None
    if src is None:
        return None
    lo, hi = min(a.cue.start, src.start), max(a.cue.end, src.end)
    if a.source is not None and a.source.descriptor is not None:
        hi = max(hi, a.source.descriptor.end)
    if not (body.start < lo and hi < body.end) or not _FRAME_OPEN.search(text, body.start, lo):
        return None
    m = _FRAME_CLOSE.match(text, hi, body.end)
    if m is None:
        return None
    before, after = _span(text, body.start, lo), _span(text, m.end(), body.end)
    if before is None or after is None:
        return None
    first = after.text.split()[0].lower() if after.text.split() else ""
    continues = bool(first) and first not in _NOT_CONTINUED and not first[:1].isdigit() \
        and content_words(after.text) >= 1 and len(after.text.split()) >= 2
    if not _has_predicate(before.text, lex):
        if not continues or after.text[:1].isupper():
            return after, None  # "Now, according to X, | the rifle will cost …"
        return before, after  # "Acts of protest, X said, | are acts of patriotism"
    return (before, after) if continues else (before, None)


def tidy(text: str, parts: list[Span | None | object], r: ClaimRules) -> list[Span | None | object]:
    """``parts`` with the edges of the statement trimmed (:mod:`claimcheck.parse.claims.surface`):
    the first part's start (a wire credit, a connective, a quote mark opened and not closed),
    the last part's end (a frame's remains, a quote mark closed and not opened)."""
    if parts and parts[0] is _AS_QUOTED:
        return parts  # a quotation with its speaker: its marks are kept
    idx = [i for i, p in enumerate(parts) if isinstance(p, Span)]
    if not idx:
        return parts
    out = list(parts)
    first, last = idx[0], idx[-1]
    out[first] = trim_span(text, out[first], r, head=True, tail=first == last)  # type: ignore[arg-type]
    if last != first:
        out[last] = trim_span(text, out[last], r, head=False, tail=True)  # type: ignore[arg-type]
    return out


_QUOTE_BEFORE = re.compile(r"[”\"’]\s*,?\s*$")


def _without_own_frame(text: str, body: Span, a: Attribution, r: ClaimRules) -> Span | None:
    """The content without its own attribution's frame when the frame lies inside it right
    after a quotation or at its end (""Our position will not change", envoy X tweeted. "…"",
    "C, the source said": the words before the frame, else those after it); the frames of other speech before or after a quote are cut by
    :func:`trim_content`."""
    src = a.source.span if a.source is not None else None
    lo, hi = a.cue.start, a.cue.end
    if src is not None:
        lo, hi = min(lo, src.start), max(hi, src.end)
    if not (body.start <= lo and hi <= body.end) or src is None:
        return body
    if not _QUOTE_BEFORE.search(text, body.start, lo) and text[hi:body.end].strip(" \t\n.,;:!?\"”’"):
        return body  # "X will reportedly …", "…, according to Y, …": the cue is part of the sentence
    before = _span(text, body.start, lo)
    if before is not None and any(ch.isalnum() for ch in before.text):
        return balanced(text, before)
    after = _span(text, hi, body.end)
    while after is not None and after.text[:1] in ".,;:":
        after = _span(text, after.start + 1, after.end)
    return balanced(text, after) if after is not None else None


def _complete(text: str, body: Span, a: Attribution, sent: Sentence,
              lex: Lexicons, antecedent: Span | None = None) -> list[Span | None | object] | None:
    """The parts of the statement of ``body`` (a content of ``a``): the subject recovered where
    the content lacks it; None when it lacks one that cannot be recovered."""
    r = rules(lex)
    src = a.source.span if a.source is not None else None
    assert src is not None
    head = body.text.lstrip(" \t\"“‘'«„")
    if _gap_after_relative(text, a, head) and src.start < body.start:
        ante = _relative_antecedent(text, sent, a)
        return None if ante is None else [ante, body]  # the subject of the relative clause
    accused = accused_parts(text, body, a, lex, antecedent) if a.act != "deny" else None
    if accused is not None:
        return accused  # "X accused | Y of ordering the arrests" → "Y ordered the arrests"
    if a.act == "deny" and r.gerund_start.match(head) and sent.start <= src.start < body.start:
        # "X denied | carrying out air strikes …": the denier is the gerund's subject, where the
        # gerund's words make a statement of their own (a short one, "supplying weapons to the
        # militia", is resolved to the claim it answers)
        if content_words(body.text) < MIN_CONTENT_WORDS or gerund_blocked(body.text, lex):
            return None  # "denied staging any of his films or having met …": no finite statement (text27)
        # the gerund is shown finite, as an accusation's is: "X denied supplying drones" answers
        # "X supplied drones", the proposition a report of it states
        subj = _subject_of_source(text, a, lex)
        return None if subj is None else [subj, Past(plural_agent(subj.text)), body]
    if r.subject_gap.match(head) or r.continuation.match(head):
        agent = (r.continuation.match(head) or _INFINITIVE_START.match(head)) and sent.start <= src.start < body.start \
            and body.start < sent.end  # not a later sentence of a quotation ("… . So that showed …")
        if not agent:
            return None
        # the source is the agent: "Borduria also plans | to train …", "Petrov, who has backed | but not …"
        if src.text.strip().lower() not in _PRONOUN_SOURCES:
            return [_span(text, src.start, body.end)]
        subj = _subject_of_source(text, a, lex)
        return None if subj is None else [subj, _span(text, src.end, body.end)]
    quoted = head != body.text.lstrip()  # inside a quote "I", "we", "he" are the speaker's
    # a later sentence of a quotation whose first sentence is another attribution's ("“The ministry
    # is unable to confirm these figures. Our own count shows …,” the minister said"): the marks are
    # counted from the paragraph's start
    opening = open_quote_before(text, line_start(text, a.content.start), body.start) if not quoted else None
    if quoted or opening is not None:  # a quotation, or a sentence of one
        if r.first_person.match(head):
            # the speaker put for I/we/my/our where it agrees and the verb allows it ("“We will
            # not withdraw,” the ministry said" → "The ministry will not withdraw"); else the
            # quotation in its marks, its speaker shown beside it, not inside it (text27)
            own = _first_person(text, body, a, lex)
            return own if own is not None else _with_speaker(text, body, a, lex, opening)
        if r.pronoun_start.match(head):
            return None  # "“They ask for …”": someone only the speaker knows
        if r.first_person_word.search(_QUOTED.sub(" ", head)):  # "… and we thank America": the speaker shown where known
            return _with_speaker(text, body, a, lex, opening) or [body]
    if not quoted and _IT.match(head) and r.anaphoric_start.match(head) and _agrees("it", a):
        # "The company said | it had not received …" → "The company had not received …"
        subj = _subject_of_source(text, a, lex)
        rest = _span(text, body.start + (len(body.text) - len(head)) + 2, body.end)
        return None if subj is None or rest is None else [subj, rest]
    m = None if quoted else (r.pronoun_subject.match(head) or r.possessive_subject.match(head)
                             or r.pronoun_start.match(head))
    if m is not None:
        # "X said | he plans …" → "X plans …", "X stated that | his troops …" → "X’s troops …",
        # when the pronoun agrees with the source; else the person before (``antecedent``);
        # without either the content is no claim (a fragment that cannot be completed)
        word = m.group(0).strip().lower()
        if word in ("him", "them"):
            return None  # "urged | them to take up …": an object, the clause's subject is elsewhere
        fronted = body.end <= src.start and a.source is not None and a.source.kind != "named"
        # "His troops left Dovra, said an aide": he/his in a content before a described speaker is
        # someone else (the principal, a person named before), not the aide (stop 23)
        # "She was taken …, according to newspaper X", "firemen, who said | he had been trapped": no
        # he/she stands for an outlet or a plural (text27)
        outlet = word in PERSON_PRONOUNS and a.source is not None and a.source.span is not None \
            and no_person_for((a.source.resolved or a.source.span).text, lex)
        subj = _subject_of_source(text, a, lex) if _agrees(word, a) and not (
            fronted and word in PERSON_PRONOUNS) and not outlet else None
        if subj is None and word in PERSON_PRONOUNS:
            subj = antecedent
        if subj is None:
            return None
        rest = _span(text, body.start + (len(body.text) - len(head)) + m.end(), body.end)
        if word in _POSSESSIVES:
            owner = possessor(subj, lex)
            if owner is None:
                # no clean short form: the whole clause when source, cue and content follow each other
                # ("The head of the port authority said his staff would strike"), else no claim
                whole = _whole_clause(text, body, a, sent, lex)
                return None if whole is None or whole == [body] else whole
            return [owner, _GEN, rest]
        return [subj, rest]
    if a.act in ("assert", "confirm", "hedge") and (not _clause_verb(body.text, a, lex)
                                                    or clause_inside_noun_phrase(body.text, lex)):
        return _whole_clause(text, body, a, sent, lex)
    return [body]


# the cue entries of ``cues.toml`` whose content is a clause, never an object ("X said | the talks
# broke down"; "X found | two life rafts" has an object)
_CLAUSE_CUE_ENTRIES = frozenset(("say", "tell"))


def _clause_verb(content: str, a: Attribution, lex: Lexicons) -> bool:
    """Has ``content`` (right after ``a``'s cue) a verb that makes it a clause, not the cue's
    object: a strict finite verb (``clause:finite_verb``) or an irregular past ("the talks broke
    down", "the boat sank") not after a determiner; after "say" or "tell" any verb of
    :func:`_verbs` ("the troops remain in Dovra", "Freedonia supplies the rebels").  Stop 23: a
    content with a verb the strict test missed was shown with its speaker and cue ("Minister
    Holm said the talks broke down" for "The talks broke down", the new user's class)."""
    r = rules(lex)
    if r.finite_verb.search(content):
        return True
    from claimcheck.parse.patterns import cue_lexicon

    cue = cue_lexicon(lex).lookup(a.cue.text.lower())
    if cue is not None and cue.entry in _CLAUSE_CUE_ENTRIES:
        return bool(_verbs(content, lex)) or _has_predicate(content, lex)
    for m in past_words(lex).finditer(content):
        before = content[:m.start()].split()
        if before and before[-1].lower() not in _NOT_BEFORE_VERB and m.start() > 0:
            return True
    return False


_IT = re.compile(r"it\b(?!['’])", re.I)
# a speech frame opening a content before its quotation (``clause:frame_lead``'s shape): its speaker and verb
_FRAME_SPEAKER = re.compile(r"\s*(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*)\s+(?:also\s+|later\s+|then\s+)?"
                            r"(?P<verb>said|says|added|adds|told|stated|tweeted|wrote|writes|noted|explained|stressed|"
                            r"insisted|continued)\b[^“\"‘.]{0,160}?[,:]\s*(?=[“\"‘])")
_NOT_SPEECH_VERBS = ("according", "in ", "as ", "per ")  # cues that are no verb of their speaker
_AS_QUOTED = object()  # first in a list of parts: a quotation shown with its speaker, its marks kept


def _first_person_rules(lex: Lexicons) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alt(key: str) -> re.Pattern[str]:
        pats = [e["pattern"] for e in lex["claims"] if e["sets"] == key] or [r"(?!x)x"]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    return (alt("statement:first_person_verb"), alt("statement:first_person_possessive"),
            alt("statement:first_person_later"))


_PARAGRAPH_BREAK = re.compile(r"\n\s*")
MAX_SPEAKER_PARAGRAPHS = 1  # the speaker put for I/we: in the quotation's paragraph or the next/previous one
_FIRST_PRONOUN = re.compile(r"(?P<pro>i|we)\s+", re.I)
_PERSON_SPEAKER = ("person",)
_BODY_SPEAKER = ("organisation", "state", "group")  # not an outlet: it quotes someone ("The website quoted “We …”")


def _first_person(text: str, body: Span, a: Attribution, lex: Lexicons) -> list[Span | None | object] | None:
    """The parts of a quotation that opens on I/we/my/our with its speaker in the pronoun's
    place, when the speaker agrees (I, my: a person; we: an organisation, state or group; our:
    not a group) and is no first-person phrase itself ("Because I"), the verb's form is the same for any subject
    (``statement:first_person_verb``: past, modal, did/had) and no first- or second-person
    word follows (``statement:first_person_later``); None otherwise.  Issue 9 item 1 (text27):
    the claim is the proposition, not "X said “We …”" (FINDINGS26 5, the attribution inside the
    claim's text)."""
    verb, poss, later = lex.derive(_first_person_rules)
    src = a.source
    if src is None or src.span is None:
        return None
    lead = len(body.text) - len(body.text.lstrip(" \t\n\"“‘'«„"))
    head = body.text[lead:]
    m = verb.match(head)
    if m is None:  # an irregular past ("I found", "we stood": inflection:past)
        m2 = _FIRST_PRONOUN.match(head)
        m = m2 if m2 is not None and past_words(lex).match(head, m2.end()) else None
    possessive = m is None
    if m is None:
        m = poss.match(head)
        if m is None:
            return None
    pro = m.group("pro").lower()
    start = body.start + lead + m.end("pro")
    _, end = quote_inner(text, start, body.end)
    while end > start and text[end - 1] in ".,;:!?\"”’'":
        end -= 1
    rest = _span(text, start, end)
    if rest is None or later.search(_QUOTED.sub(" ", rest.text)):
        return None
    if pro in ("i", "my"):
        if src.type not in _PERSON_SPEAKER or no_person_for((src.resolved or src.span).text, lex):
            return None
    elif src.type not in _BODY_SPEAKER or (pro == "our" and src.type == "group"):
        return None
    subj = _subject_of_source(text, a, lex)
    if subj is None or rules(lex).pronoun_start.match(subj.text) or later.search(subj.text):
        return None  # "Because I", "my mother": no speaker to put in the pronoun's place
    lo, hi = (subj.end, rest.start) if subj.end <= rest.start else (rest.end, subj.start)
    if len(_PARAGRAPH_BREAK.findall(text, lo, max(lo, hi))) > MAX_SPEAKER_PARAGRAPHS:
        return None  # the speaker named paragraphs away from the words (a "he said" resolved far back)
    if possessive:
        owner = possessor(subj, lex)
        return None if owner is None else [owner, _GEN, rest]
    return [subj, rest]


def _gerund_blockers(lex: Lexicons) -> re.Pattern[str]:
    pats = [e["pattern"] for e in lex["claims"] if e["sets"] == "statement:gerund_blocker"] or [r"(?!x)x"]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


def gerund_blocked(phrase: str, lex: Lexicons) -> bool:
    """Can the denied gerund ``phrase`` ("staging any of his films") not be shown in its finite
    past ("X staged …")?  A negative-polarity word or a second gerund coordinated in it
    (``claims.toml`` ``statement:gerund_blocker``; text27)."""
    return lex.derive(_gerund_blockers).search(phrase) is not None


def _with_speaker(text: str, body: Span, a: Attribution, lex: Lexicons,
                  opening: int | None) -> list[Span | None | object] | None:
    """A quotation whose subject is the speaker ("“We will not withdraw,” the general said"),
    shown in its marks: ``[“, words, ”]`` ("“We will not withdraw”"; before text27 with its
    speaker and cue, "The general said “We will not withdraw”"); the quote marks are the quotation's own (``opening``: where it opens when
    ``body`` is a later sentence of it).  None when the speaker is a pronoun with nothing it
    stands for, or the marks are not found."""
    subj = _subject_of_source(text, a, lex)
    lead = len(body.text) - len(body.text.lstrip(" \t\n\"“‘'«„"))
    cue = a.cue
    said_by_pronoun = a.source is not None and a.source.span is not None \
        and a.source.span.text.strip().lower() in _PRONOUN_SOURCES
    frame = _FRAME_SPEAKER.match(text, a.content.start, body.start + 1) if said_by_pronoun or subj is None else None
    if frame is not None:
        # "X added in an interview, “If we …,” he said": the frame inside the content names the
        # speaker, nearer the quotation than whoever "he" was resolved to
        subj = Span(frame.start("who"), frame.end("who"), frame.group("who"))
        cue = Span(frame.start("verb"), frame.end("verb"), frame.group("verb"))
    elif subj is None or rules(lex).pronoun_start.match(subj.text):
        return None  # "he said", "Her manager posted": whose words they are is not known
    elif not a.cue.text[:1].isalpha() or a.cue.text.lower().startswith(_NOT_SPEECH_VERBS):
        return None  # "according to Reuters": no verb to show the speaker with
    if opening is None:
        opening = body.start + len(body.text) - len(body.text.lstrip())
    mark = text[opening]
    if mark not in "“«„\"":
        return None
    s, e = quote_inner(text, body.start + lead, body.end)
    close = close_quote_after(text, e, a.content.end + 2, mark)
    if close is None or e <= s:
        return None
    for v in a.via if cue is a.cue else ():  # "told | the Kolno Herald": the addressee right after the cue goes with it
        if v.start >= cue.end and not text[cue.end:v.start].strip():
            cue = Span(cue.start, v.end, text[cue.start:v.end])
            break
    # the quotation alone, in its marks: its speaker and cue are the attribution's, shown beside
    # the claim in every view, not inside its text (text27, FINDINGS26 5: 'Bordurian general Max
    # Vogel said "We did not fire a single shell."'); they still decide above whether it is a claim.
    # A quotation too short to read alone ("“We never attacked Kessel”") keeps its speaker for now:
    # extract._first_person_denials reads it as a denial of a deed the article states, else drops it
    quoted = [_AS_QUOTED, Span(opening, opening + 1, mark), Span(s, e, text[s:e]), Span(close, close + 1, text[close])]
    alone = _join(quoted, lex)
    if alone is not None and is_proposition(alone.text, lex) \
            and content_words(lex.derive(_first_person_rules)[2].sub(" ", alone.text)) > MIN_CONTENT_WORDS:
        return quoted  # more than four content words besides I/we/my/you ("“My mom ran out the door”" is too short)
    return [_AS_QUOTED, subj, cue, *quoted[1:]]


def _whole_clause(text: str, body: Span, a: Attribution, sent: Sentence,
                  lex: Lexicons) -> list[Span | None | object] | None:
    """A content with no finite verb right after its cue is the cue's object, not a statement
    ("Rescuers found | two life rafts on Sunday", "X demanded | an inquiry into …"): the
    statement is the whole clause, source, cue and object ("Rescuers found two life rafts on
    Sunday"), a pronoun source replaced by the person or body it stands for.  The content
    alone when source, cue and content are not in that order with nothing between them; None
    (no claim) when the object is a prepositional phrase ("X wrote | in Atlanta") or the
    source opens on a possessive or a gerund ("His friend X described | the scene")."""
    src = a.source.span if a.source is not None else None
    if not a.cue.text[:1].isalpha():
        return [body]  # "Dan Adler: That’s nothing": a colon is no verb to take an object
    if a.cue.text.split()[0].lower().endswith("ing"):
        return None  # "a petition calling on | X to …": a participle makes no clause to complete (stop 22)
    # "Karl Adler, spokesman of the army, corroborated | …": the appositive's closing comma
    between = text[src.end:a.cue.start].strip() if src is not None else ""
    if src is None or not (sent.start <= src.start and src.end <= a.cue.start and a.cue.end <= body.start) \
            or between not in ("", ",") or (between and "," not in src.text) or text[a.cue.end:body.start].strip():
        return [body]
    r = rules(lex)
    if src.text.strip().lower() in _RELATIVE:
        return None  # "…, which would confirm | the fears of …": the clause's subject is the sentence before it
    if r.preposition.match(body.text) or r.pronoun_start.match(src.text) or r.gerund_start.match(src.text):
        return None
    lead = text[sent.start:src.start].split()
    if lead and lead[-1].lower() in _PREPOSITIONS:
        return None  # "The video opens with | a clip of … announcing | …": the "source" is an object, not a clause's subject  # "X wrote | in Atlanta", "His friend X described | …", "Depending | …": nothing to complete
    if src.text.strip().lower() not in _PRONOUN_SOURCES:
        whole = _span(text, credit_cut(text, strip_dateline(text, src.start, body.end, r), body.end, r), body.end)
        return None if whole is None else [balanced(text, whole)]
    subj = _subject_of_source(text, a, lex)
    if subj is None or r.gerund_start.match(subj.text):
        return None
    return [subj, _span(text, a.cue.start, body.end)]


PERSON_PRONOUNS = frozenset(("he", "she", "his", "her", "him"))
_POSSESSIVES = frozenset(("his", "her", "its", "their"))
_NOT_PERSONS = frozenset(("group", "organisation", "state", "outlet", "document"))


def _agrees(pronoun: str, a: Attribution) -> bool:
    """Can ``pronoun`` stand for ``a``'s source: he/she/his/her for a person (a named or
    described one), it/its for an organisation, state, outlet or document, they/their for a
    group, "sources" or a plural noun ("Investigators")?  "Police said | he was arrested": "he"
    is someone else."""
    src = a.source
    if src is None:
        return False
    if pronoun in PERSON_PRONOUNS:
        return src.type == "person" or (src.type == "unknown" and src.kind != "sources_said")
    mention = (src.resolved or src.span).text.strip() if src.span is not None else ""
    if pronoun in ("it", "its"):
        # "The regulator said | it had …": a body the parser could not type, named in the singular
        return src.type in ("organisation", "state", "outlet", "document") or (
            src.type == "unknown" and src.kind != "sources_said" and mention.lower() not in _PRONOUN_SOURCES
            and (src.kind == "named" or mention[-1:].lower() != "s"))  # "Kolno Motors", not "engineers"
    plural = mention.lower().endswith("s") and src.type in ("unknown", "person")  # "Investigators"
    return src.type == "group" or src.kind == "sources_said" or plural


def resolve_pronoun_start(text: str, sent: Span, antecedent: Span | None, lex: Lexicons,
                          english: bool = True) -> Statement | None:
    """An unattributed sentence ``sent`` that opens on a pronoun (``clause:pronoun_start``)
    with the pronoun replaced by ``antecedent`` ("He later made …" → "Karl Adler later made …",
    "His army …" → "Karl Adler’s army …"); None when there is no antecedent or the statement
    is no proposition.  A sentence that opens otherwise is returned as it is."""
    r = rules(lex)
    m = r.pronoun_start.match(sent.text)
    if m is None:
        st = _join([sent])
        return st if st is not None and is_proposition(st.text, lex, english) else None
    if antecedent is None:
        return None
    rest = _span(text, sent.start + m.end(), sent.end)
    word = m.group(0).strip().lower()
    parts: list[Span | None | object] = [antecedent, rest]
    if word in _POSSESSIVES:
        owner = possessor(antecedent, lex)
        if owner is None:
            return None  # no clean short form of the person before: no claim, as without one
        parts = [owner, _GEN, rest]
    st = _join(parts)
    return st if st is not None and is_proposition(st.text, lex, english) else None


_VP_END = re.compile(r"\s(?:during|while|when|after|before|because|as|since|until|unless|if|but|however)\b|[,;:.]")


def take_up_refusal(text: str, consent: Span, parts: tuple[Span, ...], refusal: Span,
                    lex: Lexicons) -> Statement | None:
    """"Russia had refused to supply arms …, however later reports revealed Moscow had agreed
    on condition …": the consent's statement with the refused verb phrase as its complement
    ("Moscow had agreed | to supply arms to the general | on condition …"), composed of exact spans.
    None when the refusal names no verb phrase or the consent has its own complement."""
    r = rules(lex)
    ref = r.refusal.search(text, refusal.start, refusal.end)
    con = r.consent.search(text, consent.start, consent.end)
    if ref is None or con is None:
        return None
    end = _VP_END.search(text, ref.end() + 3, refusal.end)
    vp = _span(text, ref.end(), end.start() if end is not None else refusal.end)
    body = [p for p in (parts or (consent,)) if p.start <= con.start() < p.end]
    if vp is None or not body:
        return None
    host = body[0]
    before = [p for p in (parts or (consent,)) if p.end <= host.start]
    after = [p for p in (parts or (consent,)) if p.start > host.start]
    new = [*before, _span(text, host.start, con.end()), vp, _span(text, con.end(), host.end), *after]
    return _join(new)
