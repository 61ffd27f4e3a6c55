"""Source noun phrases with their modifiers, as PolNeAR marks a source: the whole noun phrase,
with an apposition ("Ana Ruiz, president of the union, which …, said"), a relative clause
("The group that organized the rally said") or a reduced relative ("Research conducted by the
centre found").  Helpers of :mod:`claimcheck.parse.attributions.frames`, on a sentence's
:class:`~claimcheck.parse.attributions.tokens.Toks` by token index.
"""

from __future__ import annotations

import re

from claimcheck.parse.attributions.grammar import (
    CLAUSE_AUX, DETS, INTRO, LEAD_ADVERBS, NAME_PARTICLE, NP_INNER, PRONOUNS, QUANT_HEADS, QUOTES, REL,
    TIME_UNITS, VIA_PARTICIPLES,
)
from claimcheck.parse.attributions.phrases import marker_before, marker_ends, np_back, np_forward, right_np, source_like
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.tokens import Toks, is_adverb, is_word
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
                group_head(t.words[r - 1], doc) and doc.cues.forms.get(lw) is None:
            head, mod = r - 1, r  # "Protesters marching through the streets chanted"
        elif lw in PLACE_PREPS and r > 0 and is_word(t.words[r - 1]) and group_head(t.words[r - 1], doc) and \
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
        if not is_word(hw) or hw.lower() in DETS and not (lw == "who" and hw.lower() in QUANT_HEADS) or \
                hw.lower().endswith("ed") and hw.islower() or \
                hw.lower() in CLAUSE_AUX or doc.cues.lookup(hw.lower()) is not None and not (
                    head > 0 and t.words[head - 1].lower() in DETS and lw == "by"):
            return st, st  # (but a cue noun after a determiner heads "The report released by X found")
        q = np_back(t, head, 0, doc.words)
        if q > head:
            return st, st
        if q == 0 or not is_word(t.words[q - 1]) or t.words[q - 1].lower() in CLAUSE_OPENERS:
            return q, mod
        return st, st
    return st, st


PLACE_PREPS = frozenset(("in", "at", "from", "around", "across", "near", "outside", "inside", "throughout"))


def group_head(w_: str, doc: Doc) -> bool:
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
        if not is_word(w_) or w_ in ("that", "whether"):
            return False  # "…, X said, adding that the army was ready": a complement clause's verb (stop 23)
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
        if i < k and (t.words[i].lower() in INTRO or t.words[i].lower() in LEAD_ADVERBS or
                      i + 1 < k and t.words[i + 1] == "," and is_adverb(t.words[i].lower())):  # "Ultimately, X …"
            c = next((x for x in range(i + 1, min(k, i + 9)) if t.words[x] == ","), -1)
            if c < 0:
                break
            i = c + 1
            while i < k and (not is_word(t.words[i]) or t.words[i].lower() in LEAD_ADVERBS):
                i += 1
    i = _past_leading_participle(doc, t, i, k)
    i = _last_clause_subject(t, i, k)
    d.own_clause = True
    d.kind_hint = "participle"
    if i >= k:
        return True
    if t.words[i].lower() in FLOATING or t.words[i].lower() == "who":
        d.src = (t.starts[i], t.ends[i])  # "…, each touting X and saying C", "…, who marched and called for C"
        if t.words[i].lower() == "who" and i >= 2:
            st = np_back(t, i - 2, 0, doc.words)
            if st <= i - 2:
                d.anaphor_of = (t.starts[st], t.ends[i - 2])
        return True
    e = np_forward(t, i, k, doc.words)
    if i < e < k - 1 and t.words[e].lower() == "of" and is_word(t.words[e + 1]):
        e2 = np_forward(t, e + 1, k, doc.words)  # "A group of doctors sent a letter, calling for C"
        if e2 > e + 1:
            e = e2
    forms = doc.cues.forms
    for x in range(i + 1, e):
        lx = t.words[x]
        if lx.islower() and ((lx.endswith("ed") and lx not in doc.words.ed_adjectives) or lx in forms) and \
                not _noun_slot(t.words[x - 1]):
            e = x  # "The harbour master praised the crews and said ...": the subject ends at its verb
            break
        if lx.islower() and _plural_head(t.words[x - 1], doc) and not _noun_slot(lx) and \
                not source_like(lx, doc.words) and not lx.endswith(("'s", "’s")):
            e = x  # "The firms cut prices, saying C": a word after a plural head that is no noun of a source
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
    """The subject a participle or second verb at ``k`` shares is that of the last clause before
    it: "The camera faces the ground, and she becomes upset, shouting C" -> "she", not "The
    camera".  That clause opens with a personal pronoun after "and", "but", a comma or a
    semicolon and before a lower-case verb ("When my mother spoke, I laughed and said C"; "X
    said A; they learned of it and disclosed B"), a floating quantifier before a participle
    after a comma ("A and B vied, each touting X and saying C" -> "each"), or "who" after a
    comma in a relative clause not yet closed ("demonstrators, who have marched and called for
    C" -> "who", as PolNeAR marks it).  ``i`` when there is none."""
    for x in range(k - 2, i, -1):
        w_ = t.words[x].lower()
        if w_ not in ("and", "but", ",", ";") or x + 2 >= k or not is_word(t.words[x + 2]) or \
                not t.words[x + 2].islower():
            continue
        nx = t.words[x + 1].lower()
        if nx in SUBJECT_PRONOUNS and (w_ in ("and", "but") or t.words[x + 3] != ","):
            return x + 1  # (", he said, …": an interposed tag opens no clause)
        if w_ == "," and (nx in FLOATING and t.words[x + 2].endswith("ing") or
                          nx == "who" and "," not in t.words[x + 2:k]):
            return x + 1
    return i


def _plural_head(w_: str, doc: Doc) -> bool:
    """Is ``w_`` a plural noun that can head a subject ("firms", "farmers"; not "news", "press")?"""
    lw = w_.lower()
    return w_.islower() and len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "ings")) and \
        lw not in ("news", "this", "its", "his", "hers", "ours", "theirs", "yours", "was", "has", "does", "is")


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


# floating quantifiers between a subject and its verb ("A and B both said")
FLOATING = frozenset(("both", "all", "each"))


def skip_cited_by(doc: Doc, t: Toks, st: int, d: Draft) -> int:
    """"sources cited by Y claimed": the source is what comes before "cited by", Y a via."""
    if st >= 3 and t.words[st - 1].lower() == "by" and \
            t.words[st - 2].lower() in ("cited", "quoted", "reported", "carried"):
        j = st - 3
        if is_word(t.words[j]):
            s2 = np_back(t, j, 0, doc.words)
            if s2 <= j:
                d.via.append((t.starts[st], d.cue[0]))
                d.src_end = t.ends[j]
                return s2
    return st


# a party and state label after a legislator's name ("R-Ohio", "D-N.Y", "I-Vt")
PARTY_LABEL = re.compile(r"^[RDI]-[A-Z]")


def name_segment(ws: list[str]) -> bool:
    """Are the tokens ``ws`` between two commas a name with its title ("Brigadier General Ana
    Ruiz", "Rep. Ivo Marek (R-Ohio)"): capitalised words, name particles and inner words, and at
    most one short parenthesis?"""
    inside = seen = 0
    for x in ws:
        if x == "(" and not inside and not seen:
            inside, seen = 1, 1
        elif x == ")" and inside:
            inside = 0
        elif inside:
            if not is_word(x) and x != ".":
                return False
        elif not (is_word(x) and (x[0].isupper() or x.lower() in NP_INNER or NAME_PARTICLE.match(x))):
            return False
    return bool(ws) and not inside


def tail_apposition(doc: Doc, t: Toks, j: int) -> int:
    """End (exclusive) of an apposition opening at token ``j`` after a source that ends its
    sentence ("C, according to Ana Ruiz, | a spokeswoman for the campaign."): an article, a
    possessive or a role ("spokeswoman") first, then no verb, quotation or comma up to the sentence's
    end or a relative clause after a comma (", whose …"); ``j`` when there is none, so a clause
    after the comma ("…, the levy is unfair") stays content."""
    n = len(t.words)
    first = t.words[j]
    lf = first.lower()
    w = doc.words
    if not (lf in ("a", "an", "the") or lf.endswith(("'s", "’s")) and len(lf) > 2 or
            first.islower() and (w.types.get(lf) == "person" or lf in w.anon_kind)):
        return j  # "…, more than twice …", "…, and the top 10 percent paid …": no apposition
    forms = doc.cues.forms
    for x in range(j + 1, n):
        w_ = t.words[x]
        lw = w_.lower()
        if w_ == ",":
            return x if x + 1 < n and t.words[x + 1].lower() in ("who", "whose", "which") else j
        if w_ in (".", "!", "?") and all(not is_word(y) for y in t.words[x:]):
            return x
        if not is_word(w_) and w_ not in ("-", "&", "'", "’", ".") or lw in CLAUSE_AUX or lw in REL or \
                w_.islower() and forms.get(lw) is not None and not forms[lw].ambiguous:
            return j
    return j


def anonymity_subject(doc: Doc, si: int, t: Toks, ci: int, a: int) -> tuple[int, int]:
    """"An official speaking on condition of anonymity said C": when a multi-word anonymity
    marker (:func:`~.phrases.marker_before`) ends right before the cue at token ``ci``
    (character ``a``), the token that ends the subject before the marker and, for a relative
    marker ("who asked not to be named", kept in the source as relative clauses are), the
    source's last token; ``(-1, -1)`` when there is no marker."""
    if ci < 2 or t.words[ci - 1].lower() not in marker_ends(doc.words):
        return -1, -1
    lo = doc.sentences[si].start
    marker = marker_before(doc, lo, a)
    if marker <= lo:
        return -1, -1
    return t.at(marker) - 1, ci - 1 if doc.text[marker:marker + 4].lower() == "who " else -1
