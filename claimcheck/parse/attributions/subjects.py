"""Source noun phrases with their modifiers, as PolNeAR marks a source: the whole noun phrase,
with an apposition ("Ana Ruiz, president of the union, which …, said"), a relative clause
("The group that organized the rally said") or a reduced relative ("Research conducted by the
centre found").  Helpers of :mod:`claimcheck.parse.attributions.frames`, on a sentence's
:class:`~claimcheck.parse.attributions.tokens.Toks` by token index.
"""

from __future__ import annotations

import re

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.parse.attributions.grammar import (
    BE_FORMS, CLAUSE_AUX, DETS, INTRO, IRREGULAR_PAST, LEAD_ADVERBS, NP_INNER, PRONOUNS, QUOTES, REL,
    TIME_UNITS, VIA_PARTICIPLES,
)
from claimcheck.parse.attributions.phrases import joined_subject, np_back, np_forward, right_np
from claimcheck.parse.attributions.state import Doc, Draft, SourceFrames
from claimcheck.parse.attributions.tokens import Toks, is_word
from claimcheck.parse.patterns import words
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
        elif lw.endswith("ing") and w_.islower() and r > 0 and len(lw) > 4 and is_word(t.words[r - 1]) and \
                _group_head(t.words[r - 1], doc) and doc.cues.forms.get(lw) is None:
            head, mod = r - 1, r  # "Protesters marching through the streets chanted"
        elif lw in PLACE_PREPS and r > 0 and is_word(t.words[r - 1]) and _group_head(t.words[r - 1], doc) and \
                not _adverbial_pp(t, r, st, doc):
            head, mod = r - 1, r  # "Political observers in Ohio and around the country say"
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


PLACE_PREPS = frozenset(("in", "at", "from", "around", "across", "near", "outside", "inside", "throughout"))


def _group_head(w_: str, doc: Doc) -> bool:
    """Is ``w_`` the head of an unnamed group ("observers", "Drivers", "residents")?  Its place
    or a participle after it is then a modifier of the source, not an adverbial."""
    lw = w_.lower()
    return doc.words.anon_kind.get(lw) == "anonymous" and lw.endswith("s") or \
        doc.words.types.get(lw) == "group" and lw not in PRONOUNS and lw not in ("them", "us")


def _adverbial_pp(t: Toks, r: int, st: int, doc: Doc) -> bool:
    """Is the phrase from the preposition at ``r`` to ``st`` a medium or a time ("in a
    statement", "on Tuesday")?"""
    media = doc.frames.media
    seg = [x.lower() for x in t.words[r + 1:st + 1] if is_word(x)]
    return any(x in TIME_UNITS or x in media for x in seg)


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


def gerund_subject(t: Toks, j: int) -> bool:
    """Does the word in -ing at token ``j`` open a gerund subject, an auxiliary or modal coming
    within eight words before any comma ("…, he said, replacing the mayor would be harder"),
    not a participle clause ("…, he said, adding that C")?"""
    for x in range(j + 1, min(len(t.words), j + 9)):
        w_ = t.words[x].lower()
        if not is_word(w_):
            return False
        if w_ in CLAUSE_AUX:
            return True
    return False


def chain_subject(t: Toks, p: int, k: int, d: Draft) -> bool:
    """"Ana Ruiz, 59, of Ashton, Md., who watched it, said C" (the comma before "who" at token
    ``p``, the one before the cue at ``k``): the name, its age and place and the relative clause
    are ``d``'s source (PolNeAR keeps the relative clause), the name its actor.  False (``d``
    untouched) when no such chain opens the clause."""
    chain = apposition_chain(t, p)
    if chain is None:
        return False
    d.src = (t.starts[chain[0]], t.ends[k - 1])
    d.descriptor = (t.starts[chain[1] + 2], t.ends[k - 1])
    return True


def apposition_chain(t: Toks, p: int) -> tuple[int, int] | None:
    """(first, last token) of a capitalised name opening the clause when the tokens before the
    comma at ``p`` are that name followed by an age and/or a place between commas ("Ana Ruiz,
    59, of Ashton, Md.", "Ana Ruiz, of Ashton,"); None otherwise.  Only ages and "of"/"from"
    places count, so a chain of clauses is never read as one source."""
    q = p
    seen = False
    while q > 0:
        r = q - 1
        while r >= 0 and t.words[r] != ",":
            r -= 1
        seg = t.words[r + 1:q]
        if r < 0:
            n0 = r + 1
            if seen and seg and all(is_word(x) and x[0].isupper() or x == "." for x in seg) and len(seg) <= 5 and \
                    seg[0].lower() not in DETS and seg[0].lower() not in _NOT_NAME_START:
                return n0, q - 1
            return None
        if len(seg) == 1 and seg[0].isdigit():
            seen, q = True, r  # an age
        elif seg and seg[0].lower() in ("of", "from") and len(seg) <= 5 and \
                all(is_word(x) and x[0].isupper() or x == "." for x in seg[1:]):
            seen, q = True, r  # "of Ashton"
        elif seg and len(seg) <= 3 and all(is_word(x) and x[0].isupper() or x == "." for x in seg) and \
                r > 1 and t.words[r - 1] != "," and any(t.words[x].lower() in ("of", "from") for x in range(max(0, r - 5), r)):
            q = r  # the state after a town: "of Ashton, | Md."
        else:
            return None
    return None


_NOT_NAME_START = frozenset(("in", "on", "at", "after", "before", "but", "and", "when", "while", "as", "if"))


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
    i = _past_leading_participle(doc, t, i, k)
    i = _last_clause_subject(t, i, k)
    d.kind_hint = "participle"
    if i >= k:
        return True
    e = np_forward(t, i, k, doc.words)
    forms = doc.cues.forms
    for x in range(i + 1, e):
        lx = t.words[x]
        if lx.islower() and ((lx.endswith("ed") and lx not in doc.words.ed_adjectives) or lx in forms) and \
                not _noun_slot(t.words[x - 1]):
            e = x  # "The harbour master praised the crews and said ...": the subject ends at its verb
            break
    if e > i:
        d.src = (t.starts[i], t.ends[e - 1])
        if e + 1 < k and t.words[e] == "(":
            # "Attorney General Ana Ruiz (D), the governor's rival, called …, saying C"
            c = next((x for x in range(e + 1, min(k, e + 8)) if t.words[x] == ")"), -1)
            if c > e:
                d.src = (t.starts[i], t.ends[c])
                e = c + 1
        a = apposition_after(t, e, k)
        if a is not None:
            # "Ana Ruiz, a former party chair, criticized X, saying C": the apposition too
            d.src = (t.starts[i], t.ends[a - 1])
            d.descriptor = (t.starts[e + 1], t.ends[a - 1])
        elif e + 2 < k and t.words[e] == "," and t.words[e + 1].lower() in ("which", "who", "whose"):
            # "The authors of the report, which include two unions, combed … and found C":
            # PolNeAR keeps a relative clause between commas in the source
            c = next((x for x in range(e + 2, min(k, e + 30)) if t.words[x] == ","), -1)
            if c > e + 2 and not any(x in QUOTES for x in t.words[e:c]):
                d.src = (t.starts[i], t.ends[c - 1])
                d.descriptor = (t.starts[e + 1], t.ends[c - 1])
    return True


SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))


def _last_clause_subject(t: Toks, i: int, k: int) -> int:
    """The subject a participle at ``k`` shares is that of the last clause before it: "The
    camera faces the ground, and she becomes upset, shouting C" -> "she", not "The camera".
    A personal pronoun after "and" / "but" opens that clause; ``i`` when there is none."""
    for x in range(k - 2, i, -1):
        if t.words[x].lower() in ("and", "but") and t.words[x + 1].lower() in SUBJECT_PRONOUNS and \
                x + 2 < k and is_word(t.words[x + 2]) and t.words[x + 2].islower():
            return x + 1
    return i


def _noun_slot(prev: str) -> bool:
    """Is the word after ``prev`` a noun, not a verb: after a determiner, a preposition of a noun
    phrase or a possessive ("The authors of the report | combed …", "its reported cost")?"""
    lp = prev.lower()
    return lp in DETS or lp in NP_INNER or lp.endswith(("'s", "’s"))


def _past_leading_participle(doc: Doc, t: Toks, i: int, k: int) -> int:
    """The first token of the main clause's subject when the clause opens with a participle
    phrase set off by commas ("Chastened by the polls, as well as by the costs, Karsten revised
    his plan, promising C" -> "Karsten"): the first comma after which a noun phrase is followed
    by a lower-case word (its verb); ``i`` itself when token ``i`` is no participle."""
    w0 = t.words[i] if i < k else ""
    lw0 = w0.lower()
    by_next = i + 1 < k and t.words[i + 1].lower() == "by"  # "Stung by the defeat, …"
    if not (is_word(w0) and (lw0.endswith(("ed", "en", "ing")) and len(lw0) > 4 or by_next)) or \
            lw0 in doc.words.types or lw0 in INTRO or doc.text.find(w0, 0, t.starts[i]) >= 0:
        return i  # "Speaking at …" is an INTRO word; a word seen before is a name ("Bowden")
    for c in range(i + 1, k - 1):
        if t.words[c] != ",":
            continue
        nx = t.words[c + 1]
        if not is_word(nx) or not (nx[0].isupper() or nx.lower() in DETS):
            continue
        e = np_forward(t, c + 1, k, doc.words)
        e = next((x for x in range(c + 2, e) if t.words[x].islower() and not _noun_slot(t.words[x - 1]) and (
            t.words[x].endswith("ed") and t.words[x] not in doc.words.ed_adjectives or
            t.words[x] in doc.cues.forms)), e)  # the subject ends at its verb ("the unions walked out")
        if c + 1 < e < k and is_word(t.words[e]) and t.words[e].islower() and \
                t.words[e] not in ("and", "or", "of", "in", "on", "at", "for", "to", "with", "by", "from"):
            return c + 1
    return i


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
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.](?:,[^—–\n]{0,30}?)?(?:\s*\([^)]{1,30}\))?\s*(?:--|—|–)\s*(?=\S)")
# an interrupting adverbial between commas ("X, in a statement, said"): not part of the source
# ... but where a person is from is an apposition PolNeAR keeps ("Ana Ruiz, from Ashton,
# Maryland, said"); where the person spoke is the cue's ("X, in Velmora on Monday, said")
PLACE_OPENERS = frozenset(("from", "of"))
ADVERBIAL_OPENERS = frozenset(("in", "at", "on", "after", "before", "during", "while", "with", "over",
                               "through", "via", "upon", "following", "amid", "earlier", "later", "today",
                               "yesterday", "however", "meanwhile", "too", "also", "though", "then"))
# pronouns of quantity before a name whose clause is the subject ("Everything X says is a lie")
FREE_RELATIVES = frozenset(("everything", "anything", "nothing", "something", "what", "whatever", "all"))
# floating quantifiers between a subject and its verb ("A and B both said")
FLOATING = frozenset(("both", "all", "each"))
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
                text[da:da + 1].islower() and doc.cues.forms.get(first) is None and _group_head(head, doc):
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
    # a second verb ("… and was later described as C") shares no subject either
    d.src, d.descriptor, d.src_end, d.kind_hint, d.participle = None, None, None, "sources_said", False
