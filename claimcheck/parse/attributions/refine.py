"""Refining a drafted source: the sixth rung of :mod:`claimcheck.parse.attributions`, between
the subjects and the source classification.  Words read into a subject that are not the source
(a clitic, a dateline, an adverbial, a time phrase), a subject read short or from the wrong
phrase, the subject of an agentless passive or of "seem" (no source), and the agent after a
passive's complement ("was called a charlatan by fellow physicians").  Helpers of
:mod:`claimcheck.parse.attributions.driver`, on a sentence's
:class:`~claimcheck.parse.attributions.tokens.Toks` by token index.
"""

from __future__ import annotations

import re

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.parse.attributions.grammar import (
    BE_FORMS, CLAUSE_AUX, DETS, IRREGULAR_PAST, PRONOUNS, TIME_UNITS, WEEKDAYS,
)
from claimcheck.parse.attributions.phrases import joined_subject, np_back, np_forward, source_like
from claimcheck.parse.attributions.state import Doc, Draft, SourceFrames
from claimcheck.parse.attributions.subjects import CLAUSE_OPENERS, FLOATING, group_head
from claimcheck.parse.attributions.tokens import Toks, is_word
from claimcheck.parse.patterns import words

FRAME_KINDS = ("experiencer", "appearance")
# irregular passive participles of cue verbs ("was told", "is known", "were shown")
IRREGULAR_PARTICIPLES = IRREGULAR_PAST | {"known", "seen", "heard", "written", "shown", "given", "spoken"}
# words that end a cue phrase after its verb ("is expected to", "was described as")
CUE_TAILS = frozenset(("to", "that", "as", "of", "about", "on", "for", "in"))


TAIL_PREPS = frozenset(("in", "on", "at", "during", "via", "through"))


def _cut_adverbial_tail(doc: Doc, t: Toks, d: Draft) -> None:
    """A subject ending in a medium or a time phrase before its cue ("Officials in a statement
    said", "The mayor on Tuesday said"): the phrase is an adverbial of the cue, not part of the
    source, which ends before the preposition (in place)."""
    a, b = d.src  # type: ignore[misc]
    if d.descriptor is not None:
        return
    last = doc.text[max(a, b - 16):b].rsplit(None, 1)[-1].lower() if b > a else ""
    if not (last in doc.frames.media or last in TIME_UNITS):
        return  # the common case, decided on the string alone
    i, j = t.at(a), t.at(b) - 1
    if j < i:
        return
    if i >= 2 and t.words[i - 1].lower() in TAIL_PREPS and is_word(t.words[i - 2]) and t.words[i - 2][0].isupper() \
            and all(x.lower() in DETS or x.islower() for x in t.words[i:j + 1]):
        # "Ana Ruiz in an interview said": the phrase read as the subject is the medium
        st = np_back(t, i - 2, 0, doc.words)
        if st <= i - 2:
            d.src = (t.starts[st], t.ends[i - 2])
        return
    if j > i and t.words[j].lower() in WEEKDAYS and t.words[j][0].isupper() and is_word(t.words[j - 1]) \
            and t.words[j - 1].lower() not in DETS and t.words[j - 1].lower() not in TAIL_PREPS:
        # "County officials Tuesday rejected …": a bare weekday is the cue's time, not the source's (deny27)
        d.src = (a, t.ends[j - 1])
        return
    if j - i < 2:
        return
    for p in range(j - 1, i, -1):
        lp = t.words[p].lower()
        if lp in TAIL_PREPS:
            if all(is_word(x) and (x.lower() in DETS or x.islower() or x[0].isupper() and x.lower() in TIME_UNITS)
                   for x in t.words[p + 1:j + 1]) and is_word(t.words[p - 1]):
                d.src = (a, t.ends[p - 1])
            return
        if not is_word(t.words[p]):
            return


# a pronoun with an auxiliary clitic ("I've", "we're", "they'd"): the pronoun is the source
CLITIC = re.compile(r"^(?:i|we|you|they|he|she|it)(['’](?:ve|re|m|d|ll|s))$", re.I)
# a dateline before the subject: "WASHINGTON -- ", "VELMORA, March 3 (AP) — "
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.](?:,[^—–\n]{0,30}?)?(?:\s*\([^)]{1,30}\))?\s*(?:--|—|–)\s*(?=\S)"
                      # "CORSICANA (October 14, 2014) County officials": a parenthesised date, no dash (deny27)
                      r"|^[A-Z][A-Z.'’ -]*[A-Z.]\s*\((?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\)\s*(?=[A-Z])")
# an interrupting adverbial between commas ("X, in a statement, said"): not part of the source
# ... but where a person is from is an apposition PolNeAR keeps ("Ana Ruiz, from Ashton,
# Maryland, said"); where the person spoke is the cue's ("X, in Velmora on Monday, said")
PLACE_OPENERS = frozenset(("from", "of"))
ADVERBIAL_OPENERS = frozenset(("in", "at", "on", "after", "before", "during", "while", "with", "over",
                               "through", "via", "upon", "following", "amid", "earlier", "later", "today",
                               "yesterday", "however", "meanwhile", "too", "also", "though", "then"))
# pronouns of quantity before a name whose clause is the subject ("Everything X says is a lie")
FREE_RELATIVES = frozenset(("everything", "anything", "nothing", "something", "what", "whatever", "all"))
ORDINAL_TIME = frozenset(("first", "second", "third", "fourth", "fifth", "last", "next", "only", "every",
                          "each", "one", "same"))
NUMBER_TAIL = frozenset(("million", "billion", "trillion", "thousand", "hundred"))


def _trim_source(doc: Doc, t: Toks, d: Draft) -> None:
    """Words read into a subject that are not the source (in place): a pronoun's clitic ("I've"
    -> "I"), a dateline ("WASHINGTON -- President X"), an adverbial between commas ("X, in a
    statement, said" -> "X"), a time phrase ("the first time X said" -> "X"), a free relative
    ("Everything X says" -> "X"), the end of an amount ("$20 million experts say" -> "experts"),
    and a floating quantifier read as the subject ("A and B both said" -> "A and B")."""
    text = doc.text
    a, b = d.src  # type: ignore[misc]
    seg = text[a:b]
    m = CLITIC.match(seg) if ("'" in seg or "’" in seg) and len(seg) < 8 else None
    if m:
        d.src = (a, b - len(m.group(1)))
        return
    m = DATELINE.match(seg) if seg[:2].isupper() else None
    if m and m.end() < len(seg):
        a = a + m.end()
        d.src = (a, b)
    if d.descriptor is not None:
        da = d.descriptor[0]
        first = text[da:d.descriptor[1]].split(None, 1)[0].lower() if d.descriptor[1] > da else ""
        gap = text[a:da]
        head = gap.split()[-1] if gap.split() else ""
        if first.endswith("ing") and gap.strip() and not gap.rstrip().endswith(",") and \
                text[da:da + 1].islower() and doc.cues.forms.get(first) is None and group_head(head, doc):
            # "Protesters marching through the streets chanted": the group, not its participle
            end = a + len(gap.rstrip())
            d.src, d.descriptor = (a, end), None
            return
        rest = text[da:d.descriptor[1]].split()
        place = len(rest) > 1 and first in PLACE_OPENERS and \
            next((x for x in rest[1:] if x.lower() not in DETS), "")[:1].isupper()
        if first in ADVERBIAL_OPENERS and not place and gap.rstrip().endswith(",") and d.descriptor[1] >= b - 1:
            end = a + len(gap.rstrip()) - 1
            while end > a and text[end - 1].isspace():
                end -= 1
            if end > a:
                d.src, d.descriptor = (a, end), None
                return
    low = text[a:b].lower()
    first = low.split(None, 1)[0] if low.strip() else ""
    if "time" not in low and first not in FREE_RELATIVES and first not in FLOATING and \
            not text[max(0, a - 2):a].strip().endswith("$"):
        return  # the common case, decided on the string alone
    i, j = t.at(a), t.at(b) - 1
    if j < i or i >= len(t.words):
        return
    ws = [x.lower() for x in t.words[i:j + 1]]
    if "time" in ws[:-1]:
        x = ws.index("time")
        if x + 1 < len(ws) and (ws[x - 1:x] and ws[x - 1] in ORDINAL_TIME or x == 0) and \
                (t.words[i + x + 1][0].isupper() or ws[x + 1] in PRONOUNS):
            d.src = (t.starts[i + x + 1], b)
            return
    if len(ws) >= 2 and ws[0] in FREE_RELATIVES and (t.words[i + 1][0].isupper() or ws[1] in PRONOUNS) and \
            ws[1] not in DETS:
        d.src = (t.starts[i + 1], b)
        return
    if i > 0 and t.words[i - 1] == "$" and ws[0][:1].isdigit():
        x = 1
        while x < len(ws) and ws[x] in NUMBER_TAIL:
            x += 1
        if x < len(ws):
            d.src = (t.starts[i + x], b)
        return
    if i == j and ws[0] in FLOATING and i > 0 and is_word(t.words[i - 1]) and t.ends[j] <= d.cue[0] and \
            t.words[i - 1].lower() not in ("and", "but", "or", "that", "we", "they", "you") and \
            t.at(d.cue[0]) == j + 1:
        st = np_back(t, i - 1, 0, doc.words)
        if st <= i - 1:
            st = joined_subject(t, st, i - 1, doc.words)
            if st == 0 or not is_word(t.words[st - 1]) or t.words[st - 1].lower() in CLAUSE_OPENERS:
                d.src = (t.starts[st], t.ends[i - 1])


INCLUDING = re.compile(r",\s+including\s+[^,;:“”\"]{1,100}?,\s*(?:\w+ly\s+|also\s+|have\s+|has\s+)*$")
NAME_JOINERS = frozenset(("to", "for", "on", "of", "and", "&"))
PERCEPTION = frozenset(("heard", "seen", "watched", "shown", "filmed", "recorded"))


def _mend_source(doc: Doc, t: Toks, d: Draft) -> None:
    """A subject read short or from the wrong phrase (in place): "Other unions, including A and
    B, have endorsed C" keeps its "including" phrase (PolNeAR marks it); "X can be heard
    yelling C" is X, not "heard"; "she said at a news conference announcing C": a participle
    after a medium shares the speaker of the sentence, not the medium."""
    text = doc.text
    a, b = d.src  # type: ignore[misc]
    gap = text[b:d.cue[0]]
    if gap.startswith(",") and "including" in gap:
        m = INCLUDING.match(gap)
        if m:
            d.src = (a, b + gap.rindex(",", 0, m.end()))
            # the head decides kind and actor ("Several lawmakers, including Ana Ruiz" is no Ana Ruiz)
            d.descriptor = (b + gap.index("including"), d.src[1])
        return
    prev = text[max(0, a - 24):a].rsplit(None, 1)[-1:] if text[a:a + 1].isupper() else []
    i = t.at(a) if prev and (prev[0] in NAME_JOINERS or prev[0][:1].isupper()) else 0
    if i >= 2 and (
            t.words[i - 1] in NAME_JOINERS and t.words[i - 2][:1].isupper() and is_word(t.words[i - 2]) or
            t.words[i - 1][:1].isupper() and is_word(t.words[i - 1])):
        # "The Alliance to Reclaim Our Schools (AROS) said": one title-case name across "to"
        x = i
        joined = False
        while x > 0 and t.words[x - 1].lower() not in TIME_UNITS and (
                t.words[x - 1][:1].isupper() and is_word(t.words[x - 1]) or
                t.words[x - 1] in NAME_JOINERS and x > 1 and t.words[x - 2][:1].isupper()
                and is_word(t.words[x - 2]) and t.words[x - 2].lower() not in TIME_UNITS):
            joined = joined or t.words[x - 1] in NAME_JOINERS
            x -= 1
        if t.words[x].lower() in DETS:
            x += 1
        if x > 0 and t.words[x - 1].lower() in DETS:
            x -= 1
        if joined and x < i - 1 and (x == 0 or not is_word(t.words[x - 1]) or
                                     t.words[x - 1].lower() in CLAUSE_OPENERS):
            d.src = (t.starts[x], b)
            return
    low = text[a:b].lower() if b - a < 9 else ""
    if low in PERCEPTION:
        i = t.at(a)
        x = i - 1
        while x >= 0 and is_word(t.words[x]) and t.words[x].lower() in CLAUSE_AUX | BE_FORMS | {"can", "could"}:
            x -= 1
        if x < i - 1 and x >= 0 and is_word(t.words[x]):
            st = np_back(t, x, 0, doc.words)
            if st <= x:
                d.src = (t.starts[st], t.ends[x])
        return
    cue0 = text[d.cue[0]:d.cue[1]].split(None, 1)[0].lower() if d.cue[1] > d.cue[0] else ""
    if not cue0.endswith("ing") or gap.strip():
        return
    last = text[max(a, b - 16):b].rsplit(None, 1)[-1].lower() if b > a else ""
    if last in doc.frames.media:
        d.participle = True  # the sentence's speaker (driver._share_subjects), else this phrase


def late_agent(doc: Doc, t: Toks, j: int) -> tuple[int, int] | None:
    """(index of "by", end of the agent's noun phrase) when a passive cue's complement starting
    at token ``j`` is followed within six words by "by" and a noun phrase that can speak ("has
    been called a charlatan by fellow physicians", "was described as reckless by the mayor");
    None when a comma, a quotation, "that" or a clause's auxiliary comes first, or the phrase
    after "by" is a gerund or no source ("was called a fraud by a wide margin")."""
    n = len(t.words)
    for x in range(j + 1, min(n - 1, j + 7)):
        w_ = t.words[x]
        lw = w_.lower()
        if not is_word(w_) or lw == "that" or lw in CLAUSE_AUX:
            return None
        if lw != "by":
            continue
        nx = t.words[x + 1]
        if not is_word(nx) or nx.lower().endswith("ing"):
            return None
        e = np_forward(t, x + 1, n, doc.words)
        if e + 1 < n and t.words[e].lower() == "of" and is_word(t.words[e + 1]):
            e = max(e, np_forward(t, e + 1, n, doc.words))  # "by a group of doctors"
        if e <= x + 1 or not source_like(t.words[e - 1], doc.words) or t.words[e - 1].lower() in TIME_UNITS:
            return None
        return x, e
    return None


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
    media = frozenset(dict(words(lex).adverbial_words).get("medium", ()))
    return SourceFrames(frozenset(got["experiencer"]), frozenset(got["appearance"]), media)


def refine_source(doc: Doc, t: Toks, d: Draft) -> None:
    """Drop a subject that is no source, in place (``source_frames.toml``): the subject of a
    passive cue with no agent ("A curfew was announced", "The minister was told that C":
    an unnamed ``sources_said`` attribution, no span) unless the participle is an attitude
    (``experiencer``: "were incensed that C"); the subject of "seem" / "appear" with no
    speech verb after it ("Melania seems to have left": the writer's impression, no source)."""
    if d.src is None or d.src[1] > d.cue[0] or d.frame not in ("verb", "tell", "evaluative"):
        return
    _cut_adverbial_tail(doc, t, d)
    _trim_source(doc, t, d)
    _mend_source(doc, t, d)
    cue_words = doc.text[d.cue[0]:d.cue[1]].lower().split()
    while len(cue_words) > 1 and cue_words[-1] in CUE_TAILS:
        cue_words.pop()
    if not cue_words:
        return
    last = cue_words[-1]
    fr = doc.frames
    if len(cue_words) == 1 and last not in fr.appearance:
        return  # "said", "told": no passive, no appearance
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
    agent = late_agent(doc, t, nxt)
    if agent is not None:
        # "X has been called a charlatan by fellow physicians": the agent after the complement speaks
        by, e = agent
        d.src, d.descriptor, d.src_end, d.kind_hint, d.participle = (t.starts[by + 1], t.ends[e - 1]), None, None, None, False
        d.content = [(a, min(b, t.starts[by])) for a, b in d.content if a < t.starts[by]]
        while d.content and not doc.text[d.content[-1][0]:d.content[-1][1]].strip():
            d.content.pop()
        d.content = [(a, a + len(doc.text[a:b].rstrip())) for a, b in d.content]
        return
    # a second verb ("… and was later described as C") shares no subject either
    d.src, d.descriptor, d.src_end, d.kind_hint, d.participle = None, None, None, "sources_said", False
