"""Attribution in languages other than English, read from the language's lexicon.

The English ladder (:mod:`.frames` and the rungs above it) is written around English word
order and closed-class words.  The other languages go through this reader instead: every word
it knows comes from ``lexicons/lang/<code>.toml`` (schema
:data:`claimcheck.lexicons.schemas.LANG`), compiled once per :class:`Lexicons` into a
:class:`Grammar`.  What the file gives and what the reader does with it:

* ``cue`` entries (``act``, ``forms``, ``frame``): the forms as written, matched at word
  boundaries without regard to case by one regex per language; a ``*`` in a form is a gap of at
  most eight words ("wies * zurück").  Frames: ``verb`` (the subject before the cue, or after it
  when the cue follows the content or a fronted adverbial), ``participle`` (", ajoutant que C":
  the subject of the clause before), ``according`` ("selon X, C" / "C, selon X"),
  ``according_after`` ("X zufolge C") and ``impersonal`` ("es hieß, C": nobody's word).
* word kinds: ``auxiliary`` (taken into the cue on its left: "a déclaré", "ha dicho"),
  ``inversion`` (clitic subjects after a hyphen: "a-t-il déclaré", "déclare-t-elle"),
  ``complementizer`` (where the content starts: "que", "dass"), ``boundary`` (a subject never
  runs back past one), ``adverbial`` (a fronted adverbial: the subject follows the verb, "Am
  Montag sagte der Minister"), ``subordinator`` (a tag clause after the content, "…, wie er
  sagte", "…, comme l'a indiqué X"), ``pronoun`` (resolved to the last source), ``determiner``,
  ``anonymity`` (with ``source_kind``), ``intermediary`` ("cité par X": X is a via),
  ``addressee`` ("a déclaré à l'AFP": an outlet after it is a via), ``outlet_word``,
  ``particle`` (inside a name: "al", "von"), ``option`` (``nouns_capitalised``: a noun phrase
  after a cue ends at the first lower-case word that is no determiner and no adjective before
  a noun, "Laut dem Sprecher wurden …") and ``quote`` (a pair of marks, opening then closing:
  « », „ “, ‹ ›).

Of nested attributions only the outermost is kept ("X a dit que Y a nié C" is X's), as in the
English reader; a coordinated or participle cue ("X a nié C et a affirmé D", ", ajoutant que D")
cuts the content of the cue before it and shares its subject.  Every span slices the text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from bisect import bisect_right

from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Sentence, Span
from claimcheck.parse.attributions.lang_grammar import (
    COMPLEMENTIZER_REACH, PUNCT_STOP, SUBJECT_MAX, LangCue, closes, LangDoc, LangDraft, ends_np, fold, outlet_like,
    right_has_words, source_of, source_like, stops, LangToks, trim, grammars,
)


# ----------------------------------------------------------------------------- the reader

def extract_lang(text: str, sentences: Sequence[Sentence], lexicons: Lexicons, code: str) -> tuple[Attribution, ...]:
    """Attributions in ``text`` (language ``code``, which must have ``lang/<code>.toml``):
    ``sentences`` as from :func:`claimcheck.parse.sentences.split_sentences`; boilerplate
    sentences are skipped; every span slices ``text``.  Never raises on text; lexicon errors
    propagate as :class:`LexiconError`."""
    g = grammars(lexicons)[code]
    doc = LangDoc(text, sentences, g)
    for s in sentences:
        p = s.paragraph
        lo, hi = doc.para_bounds.get(p, (s.start, s.end))
        doc.para_bounds[p] = (min(lo, s.start), max(hi, s.end))
    cands = _candidates(doc)
    out: list[Attribution] = []
    for si, cs in sorted(cands.items()):
        s = sentences[si]
        t = LangToks.of(text, s.start, s.end)
        drafts = []
        for a, b, cue in cs:
            try:
                d = _draft(doc, si, t, a, b, cue)
            except IndexError:  # defensive: a malformed window never breaks the article
                d = None
            if d is not None and (d.content or d.act == "decline"):
                drafts.append(d)  # a non-answer may have nothing it declined to talk about
        for d in _outermost(doc, drafts):
            att = _finish(doc, d)
            if att is not None:
                out.append(att)
    return tuple(out)


def _candidates(doc: LangDoc) -> dict[int, list[tuple[int, int, LangCue]]]:
    text, g = doc.text, doc.g
    starts = [s.start for s in doc.sentences]
    found: dict[tuple[int, int], LangCue] = {}
    for m in g.cue_rx.finditer(text):
        key = " ".join(fold(m.group()).split())
        cue = g.forms.get(key)
        if cue is not None:
            found[m.span()] = cue
    for rx, cue in g.gaps:
        for m in rx.finditer(text):
            found.setdefault(m.span(), cue)
    per: dict[int, list[tuple[int, int, LangCue]]] = {}
    taken: list[tuple[int, int]] = []
    for (a, b), cue in sorted(found.items(), key=lambda x: (x[0][0], -x[0][1])):
        if any(x <= a < y for x, y in taken):
            continue  # a shorter form inside a longer one already taken
        si = bisect_right(starts, a) - 1
        if si < 0:
            continue
        s = doc.sentences[si]
        if s.boilerplate or b > s.end:
            continue
        taken.append((a, b))
        per.setdefault(si, []).append((a, b, cue))
    return per


def _in_quote(doc: LangDoc, si: int, a: int, b: int) -> bool:
    return any(qa < a and b <= qb - 1 for qa, qb in doc.quotes(si))


def _draft(doc: LangDoc, si: int, t: LangToks, a: int, b: int, cue: LangCue) -> LangDraft | None:
    if _in_quote(doc, si, a, b):
        return None
    ci, cj = t.at(a), t.at(b)
    if ci >= len(t.words):
        return None
    if cue.frame == "according":
        return _according(doc, si, t, ci, cj, cue)
    if cue.frame == "according_after":
        return _according_after(doc, si, t, ci, cj, cue)
    if cue.frame == "impersonal":
        d = LangDraft(si, (a, b), cue.act, sources_said=True)
        _vias_after(doc, t, cj, d)
        _right(doc, si, t, cj, d)
        if not d.content:
            _left(doc, si, t, ci, d)
        return d
    return _verb(doc, si, t, ci, cj, a, b, cue)


def _verb(doc: LangDoc, si: int, t: LangToks, ci: int, cj: int, a: int, b: int, cue: LangCue) -> LangDraft | None:
    g, text = doc.g, doc.text
    w = t.words
    # the cue takes in auxiliaries and adverbs on its left ("a également déclaré", "a-t-il dit")
    k = ci - 1
    clitic: tuple[int, int] | None = None
    while k >= 0 and ci - k <= 3:
        lw = fold(w[k])
        head = lw.split("-", 1)[0]
        if lw in g.words["auxiliary"]:
            k -= 1
            continue
        if "-" in lw and head in g.words["auxiliary"] and g.clitic_rx is not None:
            m = g.clitic_rx.search(text, t.starts[k] + len(head), t.ends[k])
            if m and m.end() == t.ends[k]:
                clitic = m.span(1)
                k -= 1
                continue
        break
    if k == ci - 1 and k >= 0 and fold(w[k]) in g.words["determiner"]:
        return None  # a noun ("le démenti", "la déclaration")
    d = LangDraft(si, (t.starts[k + 1] if k + 1 < ci else a, b), cue.act)
    if clitic is None and g.clitic_rx is not None:
        m = g.clitic_rx.match(text, b)  # "déclare-t-il"
        if m:
            clitic = m.span(1)
            cj = t.at(m.end())
    if _anonymity_phrase(doc, si):
        d.anonymous = True
    if clitic is not None:  # inverted: « C », a-t-il déclaré
        d.src = clitic
        _vias_after(doc, t, cj, d)
        _left(doc, si, t, k + 1, d)
        return d
    if cue.frame == "participle":
        if k < 0 or w[k] != ",":
            return None
        d.shares = True
        _vias_after(doc, t, cj, d)
        _right(doc, si, t, cj, d)
        return d
    # the chunk before the cue, back to a boundary
    j = k
    while j >= 0 and k - j < SUBJECT_MAX:
        if closes(g, w[j]) and (o := _quoted_name_open(doc, t, j)) is not None:
            j = o - 1  # "Агентство «Интерфакс» сообщает": a quoted name is part of the subject
            continue
        if stops(g, w[j]):
            break
        j -= 1
    chunk = list(range(j + 1, k + 1))
    prev = w[j] if j >= 0 else None
    if "verb_first" in g.words["option"] and not chunk:
        d2 = _verb_subject(doc, si, t, j, cj, d)
        if d2 is not None:
            return d2
    if not chunk and prev == "," and j > 0:
        st = _apposition_subject(doc, t, j)
        if st is not None and right_has_words(t, cj):
            # "Ahmed al-Mismari, porte-parole de l'armée, a nié C"
            d.src = (t.starts[st], t.ends[j - 1])
            _vias_after(doc, t, cj, d)
            _right(doc, si, t, cj, d)
            return d
    if not chunk:
        if prev is not None and (prev in (",", "—", "–") or closes(g, prev)):
            # inverted: "C, dijo el portavoz" / "„C“, sagte er" / «C», dijo
            e = _np_after(doc, t, cj)
            if e > cj:
                d.src = (t.starts[cj], t.ends[e - 1])
                cj = e
            _vias_after(doc, t, cj, d)
            _left(doc, si, t, j, d)
            return d
        if prev is not None and fold(prev) in g.words["boundary"]:
            d.shares = True  # "X a nié C et a affirmé D"
            _vias_after(doc, t, cj, d)
            _right(doc, si, t, cj, d)
            return d
        if prev is None:  # the cue opens the sentence: "Dijo que C", "Sagte der Minister: C"
            e = _np_after(doc, t, cj)
            if e > cj and ends_np(g, t, e):
                d.src = (t.starts[cj], t.ends[e - 1])
                cj = e
            else:
                d.shares = True
            _vias_after(doc, t, cj, d)
            _right(doc, si, t, cj, d)
            return d
        return None
    first = fold(w[chunk[0]])
    if first in g.words["subordinator"]:
        # "…, wie ein Sprecher sagte" / "…, comme l'a indiqué le ministre"
        inner = [x for x in chunk[1:] if fold(w[x]) not in g.words["auxiliary"] and not w[x].endswith(("'", "’"))]
        if inner:
            d.src = (t.starts[inner[0]], t.ends[inner[-1]])
        else:
            e = _np_after(doc, t, cj)
            if e > cj:
                d.src = (t.starts[cj], t.ends[e - 1])
                cj = e
        _vias_after(doc, t, cj, d)
        _left(doc, si, t, j, d)
        if not d.content:  # the tag opens the sentence: "Как сообщил X, C"
            _right(doc, si, t, cj, d)
        return d
    if first in g.words["adverbial"] or all(fold(w[x]) in g.words["adverbial"] or w[x].isdigit() for x in chunk):
        # a fronted adverbial: the subject follows the verb ("Am Montag sagte der Minister, C")
        e = _np_after(doc, t, cj)
        if e > cj:
            d.src = (t.starts[cj], t.ends[e - 1])
            cj = e
        else:
            d.shares = True
        _vias_after(doc, t, cj, d)
        _right(doc, si, t, cj, d)
        return d
    # the subject: the chunk up to an auxiliary ("Der Minister hat am Montag gesagt")
    end = chunk[-1]
    for x in chunk[1:]:
        if fold(w[x]) in g.words["auxiliary"]:
            end = x - 1
            break
    st = chunk[0]
    if prev == "," and j > 0:
        st = _apposition(doc, t, j, st)
    if end < st:
        return None
    d.src = (t.starts[st], t.ends[end])
    if prev is not None and fold(prev) in g.words["boundary"] and "verb_first" in g.words["option"]:
        d.shares = True  # "C، لكن السكان يشككون في D": a new clause with its own subject ends C
    _vias_after(doc, t, cj, d)
    _right(doc, si, t, cj, d)
    if not d.content and prev is not None and (prev == "," or closes(g, prev)) and st == chunk[0]:
        _left(doc, si, t, j, d)  # „C“, der Minister sagte.
    return d


def _verb_subject(doc: LangDoc, si: int, t: LangToks, j: int, cj: int, d: LangDraft) -> LangDraft | None:
    """Verb-subject order (option ``verb_first``, Arabic): "قال الوزير إن C", "، وأكد مصدر أن C",
    "«C»، قال X": the noun phrase right after the cue is the subject; the content follows it,
    else it is the text before the cue.  None when no noun phrase follows the cue."""
    e = _np_after(doc, t, cj)
    if e <= cj:
        return None
    d.src = (t.starts[cj], t.ends[e - 1])
    for m in range(cj + 1, e - 1):
        if fold(t.words[m]) in doc.g.words["intermediary"]:
            # "نقلت الوكالة عن مصدر أن C": the outlet relays (a via), the one after عن spoke
            d.via.append((t.starts[cj], t.ends[m - 1]))
            d.src = (t.starts[m + 1], t.ends[e - 1])
            break
    e = _vias_after(doc, t, e, d)
    _right(doc, si, t, e, d)
    marked = bool(d.content) and e < len(t.starts) and d.content[0][0] > t.starts[e]  # after أن or a colon
    prev = t.words[j] if j >= 0 else None
    if not marked and prev is not None and (prev in (",", "—", "–") or closes(doc.g, prev)):
        d.content = []  # the content came first: "«C»، قال X في مؤتمر صحفي"
        _left(doc, si, t, j, d)
    elif prev is not None and (fold(prev) in doc.g.words["boundary"] or prev == ","):
        d.shares = True  # "وقال سكان إن C، فيما أكدت مصادر D": C ends before this clause (own subject kept)
    d.via = [v for v in d.via if v != d.src]  # (the speaker after عن is no via of itself)
    return d


def _apposition(doc: LangDoc, t: LangToks, comma: int, st: int) -> int:
    """"X, porte-parole de Y, a déclaré": the name before the apposition's comma starts the
    subject when it is short, opens the clause and holds a capitalised word."""
    g, w = doc.g, t.words
    j = comma - 1
    while j >= 0 and comma - j <= 6 and not stops(g, w[j]):
        j -= 1
    seg = range(j + 1, comma)
    if not seg or comma - j > 6 or any(w[x][0].isdigit() for x in seg):
        return st
    if j >= 0 and w[j] not in (",", ";", ":") and fold(w[j]) not in g.words["boundary"]:
        return st
    if j >= 0 and w[j] == ",":
        return st  # two commas back: a list or a clause, not a name and its apposition
    if not any(w[x][0].isupper() for x in seg):
        return st
    return seg[0]


def _apposition_subject(doc: LangDoc, t: LangToks, comma: int) -> int | None:
    """The first token of "NAME, APPOSITION" ending at the comma at token ``comma`` (the one
    before the cue), or None: the apposition runs back to an earlier comma, and the name before
    that comma is short, opens the clause and holds a capitalised word."""
    w = t.words
    p = comma - 1
    while p >= 0 and comma - p <= 10 and w[p] not in PUNCT_STOP and w[p] not in '"«»„“”‹›':
        p -= 1  # (a relative clause is an apposition too: "X, qui a requis l'anonymat, a dit")
    if p <= 0 or w[p] != "," or comma - p < 2:
        return None
    st = _apposition(doc, t, p, p + 1)
    return st if st < p else None


NAME_QUOTE_MAX = 4  # the most words of a quoted name ("«Северный вестник»")


def _quoted_name_open(doc: LangDoc, t: LangToks, close: int) -> int | None:
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


def _quoted_name_close(doc: LangDoc, t: LangToks, op: int) -> int | None:
    """The closing mark of a quoted name opening at token ``op`` (see :func:`_quoted_name_open`)."""
    g, w = doc.g, t.words
    for c in range(op + 1, min(len(w), op + NAME_QUOTE_MAX + 2)):
        if closes(g, w[c]):
            return c if op > 0 and _quoted_name_open(doc, t, c) == op else None
    return None


def _np_after(doc: LangDoc, t: LangToks, i: int) -> int:
    """End (exclusive token index) of the noun phrase that starts at token ``i``: up to a
    punctuation mark, a quotation mark, a complementizer, an addressee or intermediary word;
    in a language whose nouns are capitalised, up to the first lower-case word that is neither
    a determiner nor an adjective before a noun."""
    g, w = doc.g, t.words
    n = len(w)
    e = i
    caps_nouns = "nouns_capitalised" in g.words["option"]
    while e < n:
        lw = fold(w[e])
        if not w[e][0].isalnum() and (c := _quoted_name_close(doc, t, e)) is not None:
            e = c + 1  # "агентство «Интерфакс»"
            continue
        if not w[e][0].isalnum() and w[e] not in ("'", "’", "-"):
            break
        if lw in g.words["complementizer"] or (e > i and (lw in g.words["addressee"] or lw in g.words["boundary"])):
            break
        if e > i and lw in g.words["auxiliary"]:
            break
        if caps_nouns and e > i and w[e][0].islower() and lw not in g.words["determiner"] \
                and lw not in g.words["pronoun"] and not (e + 1 < n and w[e + 1][0].isupper()):
            break
        e += 1
    return e


def _vias_after(doc: LangDoc, t: LangToks, i: int, d: LangDraft) -> int:
    """An outlet after an addressee word right after the cue ("a déclaré à l'AFP") is a via;
    returns the token where what follows starts."""
    g, w = doc.g, t.words
    if i < len(w) and fold(w[i]) in g.words["addressee"]:
        e = _np_after(doc, t, i + 1)
        if e > i + 1 and outlet_like(g, w[i:e]):  # (Arabic writes "to" onto the noun: لوكالة)
            d.via.append((t.starts[i + 1], t.ends[e - 1]))
            return e
    return i


def _anonymity_phrase(doc: LangDoc, si: int) -> bool:
    s = doc.sentences[si]
    low = fold(doc.text[s.start:s.end])
    return any(p in low for p in doc.g.phrases["anonymity"] if doc.g.anon_kind.get(p) == "anonymous")


def _right(doc: LangDoc, si: int, t: LangToks, i: int, d: LangDraft) -> None:
    """The content after token ``i``: past an addressee and up to a complementizer ("que",
    "dass") within reach, or past a colon or comma; to the end of the sentence (or of a
    quotation that runs on into later sentences)."""
    g, w, text = doc.g, t.words, doc.text
    s = doc.sentences[si]
    n = len(w)
    i = _vias_after(doc, t, i, d)
    while i < n and fold(w[i]) in g.words["adverbial"]:
        i += 1  # "a démenti mardi les informations"
    start = i
    for x in range(i, min(n, i + COMPLEMENTIZER_REACH)):
        if fold(w[x]) in g.words["complementizer"]:
            start = x + 1
            break
        if w[x] in (".", ";") or closes(g, w[x]) or w[x] in '«„‹“':
            break
        if x > i and fold(w[x]) in g.words["intermediary"]:
            break
    while start < n and w[start] in (",", ":", "—", "–"):
        start += 1
    if start >= n:
        return
    a = t.starts[start]
    end = trim(text, a, s.end)
    for qa, qb in doc.quotes(si):
        if qa == a and qb > end:
            end = qb
    _intermediary(doc, t, start, d)
    if end > a:
        d.content.append((a, end))


def _left(doc: LangDoc, si: int, t: LangToks, sep: int, d: LangDraft) -> None:
    """The content before token ``sep`` (the comma or closing quote before the tag): from the
    sentence start, or from the opening quotation mark when the quotation began earlier."""
    text = doc.text
    s = doc.sentences[si]
    if sep <= 0:
        return
    end = t.starts[sep]
    if closes(doc.g, t.words[sep]):
        end = t.ends[sep]
    elif sep > 0 and closes(doc.g, t.words[sep - 1]):
        end = t.ends[sep - 1]
    a = s.start
    for qa, qb in doc.quotes(si):
        if qa < s.start < qb <= end + 1:
            a = qa
    end = trim(text, a, end) if not closes(doc.g, text[end - 1:end]) else end
    if end > a:
        d.content.append((a, end))


def _intermediary(doc: LangDoc, t: LangToks, i: int, d: LangDraft) -> None:
    """"… citées par le journal X", "citado por la agencia Y": the noun phrase after an
    intermediary phrase in the source or right after the cue is a via."""
    g, text = doc.g, doc.text
    for lo, hi in ([d.src] if d.src else []) + [(d.cue[1], t.starts[i] if i < len(t.starts) else d.cue[1])]:
        low = fold(text[lo:hi])
        for p in g.phrases["intermediary"] + tuple(g.words["intermediary"]):
            m = re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low)
            if m:
                x = t.at(lo + m.end())
                e = _np_after(doc, t, x)
                if e > x:
                    d.via.append((t.starts[x], t.ends[e - 1]))
                    if d.src and lo == d.src[0] and lo + m.start() > lo:
                        d.src = (lo, trim(text, lo, lo + m.start()))
                break


def _according(doc: LangDoc, si: int, t: LangToks, ci: int, cj: int, cue: LangCue) -> LangDraft | None:
    """"Selon X, C" / "C, selon X" / "Laut X wurden …" / "„C“, so der Minister"."""
    g, text, w = doc.g, doc.text, t.words
    s = doc.sentences[si]
    e = _np_after(doc, t, cj)
    if e <= cj:
        return None
    if not source_like(g, w[cj:e]):
        return None  # "classés selon leur âge"
    d = LangDraft(si, (t.starts[ci], t.ends[cj - 1]), cue.act)
    d.src = (t.starts[cj], t.ends[e - 1])
    _intermediary(doc, t, e, d)
    lead = [x for x in w[:ci] if x[0].isalnum() and fold(x) not in doc.g.words["boundary"]]
    if not lead:
        j = e
        while j < len(w) and w[j] in (",", ":"):
            j += 1
        if j >= len(w):
            return None
        a = t.starts[j]
        end = trim(text, a, s.end)
        for qa, qb in doc.quotes(si):
            if qa == a and qb > end:
                end = qb
        d.content.append((a, end))
        return d
    _left(doc, si, t, ci - 1 if ci > 0 and not w[ci - 1][0].isalnum() else ci, d)
    if e < len(w) and w[e] == ",":
        j = e + 1
        if j < len(w) and w[j][0].isalnum():
            b2 = trim(text, t.starts[j], s.end)
            if b2 > t.starts[j]:
                d.content.append((t.starts[j], b2))
    return d if d.content else None


def _according_after(doc: LangDoc, si: int, t: LangToks, ci: int, cj: int, cue: LangCue) -> LangDraft | None:
    """"Dem Sprecher zufolge wurden …", "…, Angaben des Ministeriums zufolge": the source is
    the noun phrase before the cue."""
    g, text, w = doc.g, doc.text, t.words
    s = doc.sentences[si]
    j = ci - 1
    while j >= 0 and not stops(g, w[j]):
        j -= 1
    if j + 1 > ci - 1:
        return None
    d = LangDraft(si, (t.starts[ci], t.ends[cj - 1]), cue.act)
    d.src = (t.starts[j + 1], t.ends[ci - 1])
    if j < 0:
        k = cj
        while k < len(w) and w[k] in (",", ":"):
            k += 1
        if k < len(w):
            d.content.append((t.starts[k], trim(text, t.starts[k], s.end)))
    else:
        _left(doc, si, t, j, d)
    return d if d.content else None


def _outermost(doc: LangDoc, drafts: list[LangDraft]) -> list[LangDraft]:
    """Keep drafts not nested in another's content; a sharing cue (coordinated or participle)
    cuts the content of the cue before it and takes its subject."""
    drafts.sort(key=lambda d: d.cue[0])
    for i, d in enumerate(drafts):
        if not d.shares:
            continue
        before = [p for p in drafts[:i] if not p.shares or p.src is not None]
        if not before:
            continue
        p = before[-1]
        own = d.src
        if d.src is None:
            d.src = p.src
            d.anonymous = d.anonymous or p.anonymous
        cut = d.cue[0] if own is None else min(d.cue[0], own[0])
        k = cut
        while k > 0 and (doc.text[k - 1].isspace() or doc.text[k - 1] == ","):
            k -= 1
        lead = doc.text[max(0, k - 8):k].split()
        if lead and fold(lead[-1]) in doc.g.words["boundary"]:
            k -= len(lead[-1])
        p.content = [(a, min(b, trim(doc.text, a, k))) if a < cut < b else (a, b) for a, b in p.content]
        p.content = [(a, b) for a, b in p.content if b > a]
    kept: list[LangDraft] = []
    for d in sorted(drafts, key=lambda d: -sum(b - a for a, b in d.content)):
        if not d.content and d.act != "decline":
            continue
        if any(a <= d.cue[0] and d.cue[1] <= b for k in kept for a, b in k.content):
            continue
        kept.append(d)
    kept.sort(key=lambda d: d.cue[0])
    return kept


def _finish(doc: LangDoc, d: LangDraft) -> Attribution | None:
    text = doc.text
    content = sorted({(a, b) for a, b in d.content if b > a})
    if not content and d.act == "decline":
        content = [(d.cue[1], d.cue[1])]  # "отказался от комментариев": an empty content after the cue
    if not content:
        return None
    lo, hi = content[0][0], max(b for _, b in content)
    frags = tuple(Span.of(text, a, b) for a, b in content) if len(content) > 1 else ()
    src = source_of(doc, d)
    direct = text[lo:lo + 1] in '"«„‹“' or any(text[lo:lo + len(o)] == o for o, _ in doc.g.quotes)
    via = tuple(Span.of(text, a, b) for a, b in sorted(set(d.via)) if b > a)
    return Attribution(src, Span.of(text, *d.cue), d.act, Span.of(text, lo, hi), frags, direct, via, d.si)  # type: ignore[arg-type]

