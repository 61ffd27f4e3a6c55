"""Noun phrases, vias and word-order tests of the reader in :mod:`.lang`: one rung below it.

Where a noun phrase after a cue ends (:func:`np_after`), an apposition before a cue
(:func:`apposition_subject`), an outlet after an addressee or an intermediary phrase as a via
(:func:`vias_after`, :func:`intermediary`), adverbials skipped before a content
(:func:`skip_adverbials`).  Every word they test comes from the language's :class:`Grammar`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.parse.attributions.lang_grammar import (
    PUNCT_STOP, Grammar, LangDoc, LangDraft, LangToks, closes, fold, outlet_like, stops, trim,
)


def in_quote(doc: LangDoc, si: int, a: int, b: int) -> bool:
    return any(qa < a and b <= qb - 1 for qa, qb in doc.quotes(si))


def adverbial_lead(g: Grammar, w: Sequence[str], j: int) -> bool:
    """Are the words before token ``j`` (a comma before a cue) all adverbials or auxiliaries
    used as adverbs ("Sin embargo,", "Par ailleurs,", "Zudem,")?"""
    lead = [fold(x) for x in w[:j] if x[0].isalnum()]
    return bool(lead) and all(x in g.words["adverbial"] or x in g.words["auxiliary"] for x in lead)


def name_apposition(g: Grammar, t: LangToks, e: int) -> int:
    """End of a source after a cue, past ", Name Name," ("a déclaré le chef de la délégation,
    Samir Aït-Ahmed, à son arrivée")."""
    w = t.words
    if e < len(w) and w[e] == ",":
        x = e + 1
        while x < len(w) and w[x][0].isalnum() and (w[x][0].isupper() or fold(w[x]) in g.words["particle"]):
            x += 1
        if x > e + 1 and w[x - 1][0].isupper() and (x >= len(w) or not w[x][0].isalnum()):
            return x
    return e


def quote_opens_sentence(doc: LangDoc, si: int, t: LangToks, j: int) -> bool:
    """Does the token ``j`` (before a cue) close a quotation that opened at the sentence start
    or earlier ("« C », a déclaré X")?"""
    if j > 0 and t.words[j] == ",":
        j -= 1  # « C », a-t-il dit
    if not closes(doc.g, t.words[j]):
        return False
    end = t.ends[j]
    first = t.starts[0] if t.starts else doc.sentences[si].start
    return any(qb == end and qa <= first for qa, qb in doc.quotes(si))


def apposition(doc: LangDoc, t: LangToks, comma: int, st: int) -> int:
    """"X, porte-parole de Y, a déclaré": the name before the apposition's comma starts the
    subject when it is short, opens the clause and holds a capitalised word."""
    g, w = doc.g, t.words
    j = comma - 1
    while j >= 0 and comma - j <= 8 and not stops(g, w[j]):
        j -= 1
    seg = range(j + 1, comma)
    if not seg or comma - j > 8 or any(w[x][0].isdigit() for x in seg):
        return st
    if fold(w[seg[0]]) in g.words["adverbial"]:
        return st  # "En Madrid, el portavoz X dijo": a fronted adverbial, not a name and its apposition
    capped = [x for x in seg if any(c.isupper() for c in w[x])]
    if not (len(capped) >= 2 or fold(w[seg[0]]) in g.words["determiner"] or capped and capped[0] != 0 or
            len(seg) == 1 or any(fold(w[x]) in g.anon_kind or fold(w[x]) in g.words["role"] for x in seg)):
        return st  # "Interrogé par la radio publique, …": a participle phrase, not a name
    if j >= 0 and w[j] not in (",", ";", ":") and fold(w[j]) not in g.words["boundary"]:
        return st
    if j >= 0 and w[j] == ",":
        return st  # two commas back: a list or a clause, not a name and its apposition
    if not any(w[x][0].isupper() for x in seg):
        return st
    return seg[0]


def apposition_subject(doc: LangDoc, t: LangToks, comma: int) -> int | None:
    """The first token of "NAME, APPOSITION" ending at the comma at token ``comma`` (the one
    before the cue), or None: the apposition runs back to an earlier comma, and the name before
    that comma is short, opens the clause and holds a capitalised word."""
    w = t.words
    p = comma - 1
    while p >= 0 and comma - p <= 10 and w[p] not in PUNCT_STOP and w[p] not in '"«»„“”‹›':
        p -= 1  # (a relative clause is an apposition too: "X, qui a requis l'anonymat, a dit")
    if p <= 0 or w[p] != "," or comma - p < 2:
        return None
    st = apposition(doc, t, p, p + 1)
    return st if st < p else None


OPENING = frozenset('«„‹“"‚')


NAME_QUOTE_MAX = 4  # the most words of a quoted name ("«Северный вестник»")


def quoted_name_open(doc: LangDoc, t: LangToks, close: int) -> int | None:
    """The opening mark of a quoted name that ends at token ``close`` ("агентство «Интерфакс»",
    "газете «Северный вестник»"): at most ``NAME_QUOTE_MAX`` words, the first capitalised, none
    a sentence mark, and a word right before the opening mark.  None for a quoted statement."""
    g, w = doc.g, t.words
    for o in range(close - 1, max(-1, close - NAME_QUOTE_MAX - 2), -1):
        if w[o] == '"' or any(w[o] == op for op, _ in g.quotes):
            inner = w[o + 1:close]
            if (inner and inner[0][:1].isupper() and all(x[0].isalnum() or x in "-." for x in inner)
                    and o > 0 and w[o - 1][0].isalnum()):
                return o
            return None
        if not (w[o][0].isalnum() or w[o] in "-."):
            return None
    return None


def quoted_name_close(doc: LangDoc, t: LangToks, op: int) -> int | None:
    """The closing mark of a quoted name opening at token ``op`` (see :func:`quoted_name_open`)."""
    g, w = doc.g, t.words
    for c in range(op + 1, min(len(w), op + NAME_QUOTE_MAX + 2)):
        if closes(g, w[c]):
            return c if op > 0 and quoted_name_open(doc, t, c) == op else None
    return None


def np_after(doc: LangDoc, t: LangToks, i: int) -> int:
    """End (exclusive token index) of the noun phrase that starts at token ``i``: up to a
    punctuation mark, a quotation mark, a complementizer, an addressee or intermediary word;
    in a language whose nouns are capitalised, up to the first lower-case word that is neither
    a determiner nor an adjective before a noun."""
    g, w = doc.g, t.words
    n = len(w)
    e = i
    caps_nouns = "nouns_capitalised" in g.words["option"]
    dets = g.words["determiner"]
    while e < n:
        lw = fold(w[e])
        if e > i and w[e] in OPENING and fold(w[e - 1]) in g.words["outlet_word"]:
            q = e + 1  # a quoted name after an outlet word: le quotidien « Le Monde »
            while q < n and not closes(g, w[q]) and q - e < 8:
                q += 1
            if q < n and closes(g, w[q]):
                e = q + 1
                continue
        if not w[e][0].isalnum() and (c := quoted_name_close(doc, t, e)) is not None:
            e = c + 1  # "агентство «Интерфакс»"
            continue
        if not w[e][0].isalnum() and w[e] not in ("'", "’", "-"):
            break
        if lw in g.words["complementizer"] or (e > i and (lw in g.words["boundary"] or lw in g.words["adverbial"] and w[e][0].islower() or
                                                          lw in g.words["addressee"] and lw not in dets)):
            break
        if e > i and lw in g.words["auxiliary"]:
            break
        if caps_nouns and e > i and lw not in g.words["outlet_word"]:
            if w[e][0].islower() and lw not in dets and lw not in g.words["pronoun"] and lw not in g.words["np_link"] \
                    and not (e + 1 < n and w[e + 1][0].isupper()):
                break
            if lw in dets and lw not in g.words["np_link"] and w[e - 1][0].isupper():
                break  # "Konzernchef Erik Lund | die Vorwürfe": a new noun phrase
        e += 1
    return e


def vias_after(doc: LangDoc, t: LangToks, i: int, d: LangDraft) -> int:
    """An outlet after an addressee word right after the cue ("a déclaré à l'AFP") is a via;
    returns the token where what follows starts."""
    g, w = doc.g, t.words
    if i < len(w) and fold(w[i]) in g.words["addressee"]:
        e = np_after(doc, t, i + 1)
        head = [x for x in w[i + 1:e] if fold(x) not in g.words["determiner"]][:1]
        if e > i + 1 and head and (outlet_like(g, head) or outlet_like(g, w[i:i + 1])):  # (Arabic: لوكالة)
            d.via.append((t.starts[i + 1], t.ends[e - 1]))
            return e
    return i


def skip_adverbials(g: Grammar, w: Sequence[str], i: int) -> int:
    """Token ``i`` moved past adverbials, auxiliaries used as adverbs and the commas around
    them ("mardi", "este martes", ", sin embargo,", "dagegen")."""
    n = len(w)
    while i < n:
        lw = fold(w[i])
        if lw in g.words["adverbial"] or lw in g.words["auxiliary"] and lw not in g.words["determiner"]:
            i += 1
        elif lw in g.words["determiner"] and i + 1 < n and fold(w[i + 1]) in g.words["adverbial"]:
            i += 2
        elif w[i] == "," and i + 1 < n and fold(w[i + 1]) in g.words["adverbial"]:
            i += 1
        else:
            break
    return i


def intermediary(doc: LangDoc, t: LangToks, i: int, d: LangDraft) -> None:
    """"… citées par le journal X", "citado por la agencia Y": the noun phrase after an
    intermediary phrase in the source, right after the cue or before both is a via."""
    g, text = doc.g, doc.text
    regions = ([d.src] if d.src else []) + [(d.cue[1], t.starts[i] if i < len(t.starts) else d.cue[1])]
    if t.starts and (not d.src or d.src[0] > t.starts[0]):
        regions.append((t.starts[0], min(d.cue[0], d.src[0]) if d.src else d.cue[0]))  # "Dans un entretien avec X, Y a dit"
    for lo, hi in regions:
        low = fold(text[lo:hi])
        for p in g.phrases["intermediary"] + tuple(g.words["intermediary"]):
            m = re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low)
            if m:
                x = t.at(lo + m.end())
                e = min(np_after(doc, t, x), max(x, t.at(hi)) if hi > lo + m.end() else len(t.words))
                if e > x:
                    d.via.append((t.starts[x], t.ends[e - 1]))
                    if d.src and lo == d.src[0] and lo + m.start() > lo:
                        d.src = (lo, trim(text, lo, lo + m.start()))
                break
