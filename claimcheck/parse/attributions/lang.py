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

from collections.abc import Sequence

from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Sentence, Span
from claimcheck.parse.attributions.lang_grammar import (
    COMPLEMENTIZER_REACH, SUBJECT_MAX, LangCue, LangDoc, LangDraft, LangToks, candidates, closes, ends_np, fold,
    grammars, right_has_words, source_like, source_of, stops, trim,
)
from claimcheck.parse.attributions.lang_phrases import (
    adverbial_lead, apposition, apposition_subject, in_quote, intermediary, name_apposition, np_after,
    quote_opens_sentence, quoted_name_open, skip_adverbials, vias_after,
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
    cands = candidates(doc)
    out: list[Attribution] = []
    for si, cs in sorted(cands.items()):
        s = sentences[si]
        t = LangToks.of(text, s.start, s.end)
        drafts = []
        for a, b, cue, gap, gap2 in cs:
            try:
                d = _draft(doc, si, t, a, b, cue, gap, gap2)
            except IndexError:  # defensive: a malformed window never breaks the article
                d = None
            if d is not None and (d.content or d.act == "decline"):
                drafts.append(d)
        for d in _outermost(doc, drafts):
            att = _finish(doc, d)
            if att is not None:
                out.append(att)
    return tuple(out)


def _draft(doc: LangDoc, si: int, t: LangToks, a: int, b: int, cue: LangCue,
           gap: tuple[int, int] | None = None, gap2: tuple[int, int] | None = None) -> LangDraft | None:
    if in_quote(doc, si, a, b):
        return None
    ci, cj = t.at(a), t.at(b)
    if gap2 is not None and gap2[1] > gap2[0] and gap is not None and cue.frame == "verb":
        return _two_gaps(doc, si, t, ci, cj, a, b, cue, gap, gap2)
    if gap is not None and gap[1] > gap[0] and cue.frame == "verb":
        return _separable(doc, si, t, ci, cj, a, b, cue, gap)
    if ci >= len(t.words):
        return None
    if cue.frame == "according":
        if gap is not None and gap[1] > gap[0]:
            return _compound_according(doc, si, t, a, b, cue, gap)
        return _according(doc, si, t, ci, cj, cue)
    if cue.frame == "according_after":
        return _according_after(doc, si, t, ci, cj, cue)
    if cue.frame == "impersonal":
        d = LangDraft(si, (a, b), cue.act, sources_said=True)
        vias_after(doc, t, cj, d)
        _right(doc, si, t, cj, d)
        if not d.content:
            _left(doc, si, t, ci, d)
        return d
    return _verb(doc, si, t, ci, cj, a, b, cue)


def _separable(doc: LangDoc, si: int, t: LangToks, ci: int, cj: int, a: int, b: int, cue: LangCue,
               gap: tuple[int, int]) -> LangDraft | None:
    """A separable verb around a gap ("teilte das Ministerium mit, C", "räumte am Freitag Fehler
    ein", "lehnte er jedoch ab"): the cue is its first word.  The gap opens with the subject when
    it opens with a pronoun, or with a determiner or capitalised word and nothing speaks before
    the verb; what follows the particle is the content, else what is left of the gap."""
    g, w = doc.g, t.words
    first_end = t.ends[ci]
    gi, gj = t.at(gap[0]), t.at(gap[1])  # gap tokens gi..gj-1
    d = _verb(doc, si, t, ci, ci + 1, a, first_end, cue)
    if d is None:
        return None
    d.content = [c for c in d.content if c[1] <= a]  # "C, fügte er hinzu": the content before stays
    x = gi
    while x < gj and (fold(w[x]) in g.words["auxiliary"]):
        x += 1
    subj_in_gap = x < gj and (fold(w[x]) in g.words["pronoun"] or
                              (d.src is None and (fold(w[x]) in g.words["determiner"] or w[x][0].isupper())))
    if subj_in_gap:
        e = min(np_after(doc, t, x), gj) if fold(w[x]) not in g.words["pronoun"] else x + 1
        old = d.src
        d.src = (t.starts[x], t.ends[e - 1])
        d.shares = False
        x = e
        if old is not None and old[1] <= t.starts[ci] and fold(w[x - 1]) in g.words["pronoun"] and not d.content:
            d.content.append(old)  # "Einen Rücktritt lehnte er ab": the fronted object is the content
            return d
        if d.content:
            return d
    if right_has_words(t, cj):
        _right(doc, si, t, cj, d)
        return d
    while x < gj and (fold(w[x]) in g.words["auxiliary"] or fold(w[x]) in g.words["adverbial"]):
        x += 2 if fold(w[x]) in g.words["adverbial"] and x + 1 < gj and w[x + 1][0].isupper() else 1
    while gj > x and fold(w[gj - 1]) in g.words["auxiliary"]:
        gj -= 1
    if gj > x:
        d.content.append((t.starts[x], t.ends[gj - 1]))
    return d


def _two_gaps(doc: LangDoc, si: int, t: LangToks, ci: int, cj: int, a: int, b: int, cue: LangCue,
              gap: tuple[int, int], gap2: tuple[int, int]) -> LangDraft | None:
    """A verb split around two gaps ("geht [die Polizei] von [einem Anschlag] aus"): the subject
    as for one gap (:func:`_separable`: before the verb, or opening the first gap), and the
    content is the second gap, what the verb's preposition governs."""
    if gap[1] > gap[0]:
        d = _separable(doc, si, t, ci, cj, a, b, cue, gap)
    else:
        d = _verb(doc, si, t, ci, ci + 1, a, t.ends[ci], cue)
    if d is None:
        return None
    if d.src is not None and gap[0] <= d.src[0] < gap[1] < d.src[1]:
        # "geht die Polizei von X aus": the subject after the verb ends with the first gap
        end = max((e for e in t.ends if d.src[0] < e <= gap[1]), default=None)
        if end is not None:
            d.src = (d.src[0], end)
    gi, gj = t.at(gap2[0]), t.at(gap2[1])
    while gj > gi and fold(t.words[gj - 1]) in doc.g.words["auxiliary"]:
        gj -= 1
    if gj <= gi:
        return None
    d.content = [c for c in d.content if c[1] <= a] + [(t.starts[gi], t.ends[gj - 1])]
    return d


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
    caps_nouns = "nouns_capitalised" in g.words["option"]
    if k == ci - 1 and k >= 0 and fold(w[k]) in g.words["determiner"] and not (caps_nouns and w[ci][0].islower()):
        return None  # a noun ("le démenti", "la déclaration"; in German only a capitalised one)
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
        vias_after(doc, t, cj, d)
        _left(doc, si, t, k + 1, d)
        return d
    if cue.frame == "participle":
        if k < 0 or w[k] != ",":
            return None
        d.shares = True
        vias_after(doc, t, cj, d)
        _right(doc, si, t, cj, d)
        return d
    # the chunk before the cue, back to a boundary
    j = k
    while j >= 0 and k - j < SUBJECT_MAX:
        if closes(g, w[j]) and (o := quoted_name_open(doc, t, j)) is not None:
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
        st = apposition_subject(doc, t, j)
        if st is not None and right_has_words(t, cj):
            # "Ahmed al-Mismari, porte-parole de l'armée, a nié C"
            d.src = (t.starts[st], t.ends[j - 1])
            vias_after(doc, t, cj, d)
            _right(doc, si, t, cj, d)
            return d
    if not chunk and prev == "," and adverbial_lead(g, w, j):
        # "Sin embargo, rechazó C" / "Además, dijo el ministro que C": a sentence adverb, no content
        e = np_after(doc, t, cj)
        if e > cj and e < len(w) and (fold(w[e]) in g.words["complementizer"] or w[e] in (",", ":")) \
                and source_like(g, w[cj:e]):
            d.src = (t.starts[cj], t.ends[e - 1])
            _right(doc, si, t, e, d)
        else:
            d.shares = True
            _right(doc, si, t, cj, d)
        return d
    if not chunk:
        if prev is not None and (prev in (",", "—", "–") or closes(g, prev)):
            # inverted: "C, dijo el portavoz" / "„C“, sagte er" / «C», dijo
            cj = vias_after(doc, t, cj, d)
            e = np_after(doc, t, cj)
            if e > cj:
                d.src = (t.starts[cj], t.ends[name_apposition(g, t, e) - 1])
                quoted = quote_opens_sentence(doc, si, t, j)
                if e < len(w) and (fold(w[e]) in g.words["complementizer"] or
                                   w[e] in (",", ":") and right_has_words(t, e + 1) and not quoted and
                                   (closes(g, prev) or adverbial_lead(g, w, j))) or \
                        closes(g, prev) and not quoted and right_has_words(t, e):
                    # "Im Interview mit der „Zeit“ sagte der Minister, C"; "„X“ nannte Y die Vorwürfe C"
                    _right(doc, si, t, e, d)
                    return d
                cj = e
            vias_after(doc, t, cj, d)
            _left(doc, si, t, j, d)
            return d
        if prev is not None and fold(prev) in g.words["boundary"]:
            d.shares = True  # "X a nié C et a affirmé D"
            vias_after(doc, t, cj, d)
            _right(doc, si, t, cj, d)
            return d
        if prev is None:  # the cue opens the sentence: "Dijo que C", "Sagte der Minister: C"
            e = np_after(doc, t, cj)
            if e > cj and ends_np(g, t, e):
                d.src = (t.starts[cj], t.ends[e - 1])
                cj = e
            else:
                d.shares = True
            vias_after(doc, t, cj, d)
            _right(doc, si, t, cj, d)
            return d
        return None
    first = fold(w[chunk[0]])
    if len(chunk) == 1 and first in g.words["determiner"] and (chunk[0] == 0 or not w[chunk[0] - 1][0].isalnum()):
        # a fronted demonstrative object, the subject after the verb: "Das bestätigte ein Sprecher"
        e = np_after(doc, t, cj)
        if e > cj:
            d.src = (t.starts[cj], t.ends[e - 1])
            d.content.append((t.starts[chunk[0]], t.ends[chunk[0]]))
            return d
    if first in g.words["subordinator"]:
        # "…, wie ein Sprecher sagte" / "…, comme l'a indiqué le ministre"
        d.tag = True
        inner = [x for x in chunk[1:] if fold(w[x]) not in g.words["auxiliary"] and not w[x].endswith(("'", "’"))]
        if inner:
            d.src = (t.starts[inner[0]], t.ends[inner[-1]])
        else:
            e = np_after(doc, t, cj)
            if e > cj:
                d.src = (t.starts[cj], t.ends[e - 1])
                cj = e
        vias_after(doc, t, cj, d)
        _left(doc, si, t, j, d)
        if not d.content:  # the tag opens the sentence: "Как сообщил X, C"
            _right(doc, si, t, cj, d)
        return d
    lead = 0
    while lead < len(chunk) and (fold(w[chunk[lead]]) in g.words["adverbial"] or w[chunk[lead]].isdigit()):
        lead += 1
    if 0 < lead < len(chunk) and np_after(doc, t, cj) == cj and source_like(g, [w[x] for x in chunk[lead:]]):
        # the adverbial, then the subject, then the verb: "Ayer Juan Pérez dijo que C"
        chunk = chunk[lead:]
        first = fold(w[chunk[0]])
    elif first in g.words["adverbial"] or all(fold(w[x]) in g.words["adverbial"] or w[x].isdigit() for x in chunk):
        # a fronted adverbial: the subject follows the verb ("Am Montag sagte der Minister, C")
        e = np_after(doc, t, cj)
        if e > cj:
            d.src = (t.starts[cj], t.ends[e - 1])
            cj = e
        else:
            d.shares = True
        vias_after(doc, t, cj, d)
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
        st = apposition(doc, t, j, st)
    if end < st:
        return None
    d.src = (t.starts[st], t.ends[end])
    if prev is not None and fold(prev) in g.words["boundary"] and "verb_first" in g.words["option"]:
        d.shares = True  # "C، لكن السكان يشككون في D": a new clause with its own subject ends C
    vias_after(doc, t, cj, d)
    _right(doc, si, t, cj, d)
    if not d.content and end < chunk[-1] and not right_has_words(t, cj):
        # verb-final after an auxiliary: "Die Regierung hat [die Vorwürfe] zurückgewiesen."
        x = end + 2
        while x <= chunk[-1] and fold(w[x]) in g.words["auxiliary"]:
            x += 1
        if x <= chunk[-1]:
            d.content.append((t.starts[x], t.ends[chunk[-1]]))
    if not d.content and prev is not None and (prev == "," or closes(g, prev)) and st == chunk[0]:
        _left(doc, si, t, j, d)  # „C“, der Minister sagte.
    return d


def _anonymity_phrase(doc: LangDoc, si: int) -> bool:
    s = doc.sentences[si]
    low = fold(doc.text[s.start:s.end])
    return any(p in low for p in doc.g.phrases["anonymity"] if doc.g.anon_kind.get(p) == "anonymous")


def _verb_subject(doc: LangDoc, si: int, t: LangToks, j: int, cj: int, d: LangDraft) -> LangDraft | None:
    """Verb-subject order (option ``verb_first``, Arabic): "قال الوزير إن C", "، وأكد مصدر أن C",
    "«C»، قال X": the noun phrase right after the cue is the subject; the content follows it,
    else it is the text before the cue.  None when no noun phrase follows the cue."""
    e = np_after(doc, t, cj)
    if e <= cj:
        return None
    d.src = (t.starts[cj], t.ends[e - 1])
    for m in range(cj + 1, e - 1):
        if fold(t.words[m]) in doc.g.words["intermediary"]:
            # "نقلت الوكالة عن مصدر أن C": the outlet relays (a via), the one after عن spoke
            d.via.append((t.starts[cj], t.ends[m - 1]))
            d.src = (t.starts[m + 1], t.ends[e - 1])
            break
    e = vias_after(doc, t, e, d)
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


def _right(doc: LangDoc, si: int, t: LangToks, i: int, d: LangDraft) -> None:
    """The content after token ``i``: past an addressee and up to a complementizer ("que",
    "dass") within reach, or past a colon or comma; to the end of the sentence (or of a
    quotation that runs on into later sentences)."""
    g, w, text = doc.g, t.words, doc.text
    s = doc.sentences[si]
    n = len(w)
    i = vias_after(doc, t, i, d)
    i = skip_adverbials(g, w, i)  # "a démenti mardi les …", "negó este martes …", "behauptete dagegen, …"
    if i < n and fold(w[i]) in g.words["addressee"]:
        e = np_after(doc, t, i + 1)  # "dijo a los periodistas que C"
        if e < n and fold(w[e]) in g.words["complementizer"]:
            i = e
    start = i
    x, reach = i, i + COMPLEMENTIZER_REACH
    while x < min(n, reach):
        low = fold(text[t.starts[x]:s.end])
        phrase = next((p for p in g.phrases["intermediary"] if low.startswith(p)), None)
        if phrase is not None:  # "сообщает со ссылкой на источники, что C": the via's phrase, then on
            x = max(x + 1, np_after(doc, t, t.at(t.starts[x] + len(phrase))))
            reach = x + COMPLEMENTIZER_REACH
            continue
        if fold(w[x]) in g.words["complementizer"]:
            start = x + 1
            break
        if w[x] in (".", ";") or closes(g, w[x]) or w[x] in '«„‹“':
            break
        if x > i and fold(w[x]) in g.words["intermediary"]:
            break
        lx = fold(w[x])
        if w[x][0].islower() and lx not in g.words["adverbial"] and lx not in g.words["auxiliary"] \
                and lx not in g.words["determiner"] and lx not in g.words["pronoun"]:
            break  # a content word first: a later "que" is a relative ("tener análisis que …")
        x += 1
    while start < n and w[start] in (",", ":", "—", "–"):
        start += 1
    if start >= n:
        return
    a = t.starts[start]
    end = trim(text, a, s.end)
    for qa, qb in doc.quotes(si):
        if qa == a and qb > end:
            end = qb
    for x in range(start + 1, n - 1):
        if w[x] == "," and fold(w[x + 1]) in g.words["subordinator"] and t.ends[x] <= end:
            end = trim(text, a, t.starts[x])  # "C, comme l'en accusent X": the tag is not C
            break
    intermediary(doc, t, start, d)
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


def _according(doc: LangDoc, si: int, t: LangToks, ci: int, cj: int, cue: LangCue) -> LangDraft | None:
    """"Selon X, C" / "C, selon X" / "Laut X wurden …" / "„C“, so der Minister"."""
    g, text, w = doc.g, doc.text, t.words
    s = doc.sentences[si]
    e = np_after(doc, t, cj)
    if e <= cj:
        return None
    if not source_like(g, w[cj:e]):
        return None  # "classés selon leur âge"
    d = LangDraft(si, (t.starts[ci], t.ends[cj - 1]), cue.act)
    d.src = (t.starts[cj], t.ends[e - 1])
    intermediary(doc, t, e, d)
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


def _compound_according(doc: LangDoc, si: int, t: LangToks, a: int, b: int, cue: LangCue,
                        prefix: tuple[int, int]) -> LangDraft | None:
    """"Nach Polizeiangaben wurden …", "Nach UN-Angaben sind …": the source is the first part of
    the compound, the content the rest of the sentence (or the sentence before the cue)."""
    text = doc.text
    s = doc.sentences[si]
    d = LangDraft(si, (a, b), cue.act, src=prefix)
    j = t.at(b)
    while j < len(t.words) and t.words[j] in (",", ":"):
        j += 1
    ci = t.at(a)
    lead = [x for x in t.words[:ci] if x[0].isalnum()]
    if not lead and j < len(t.words):
        d.content.append((t.starts[j], trim(text, t.starts[j], s.end)))
    elif lead:
        _left(doc, si, t, ci - 1 if not t.words[ci - 1][0].isalnum() else ci, d)
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
    cues = [d.cue for d in drafts]
    for d in sorted(drafts, key=lambda d: -sum(b - a for a, b in d.content)):
        if not d.content and d.act != "decline":
            continue
        if d.tag and any(c != d.cue and any(a <= c[0] and c[1] <= b for a, b in d.content) for c in cues):
            continue  # "X a nié C, comme l'en accusent Y": the tag answers X's cue, X's is kept
        if any(a <= d.cue[0] and d.cue[1] <= b for k in kept for a, b in k.content):
            continue
        kept.append(d)
    kept.sort(key=lambda d: d.cue[0])
    return kept


def _finish(doc: LangDoc, d: LangDraft) -> Attribution | None:
    text = doc.text
    content = sorted({(a, b) for a, b in d.content if b > a})
    if not content:
        if d.act != "decline":
            return None
        content = [(d.cue[1], d.cue[1])]  # "n'a pas souhaité commenter.": a non-answer without object
    lo, hi = content[0][0], max(b for _, b in content)
    frags = tuple(Span.of(text, a, b) for a, b in content) if len(content) > 1 else ()
    src = source_of(doc, d)
    direct = text[lo:lo + 1] in '"«„‹“' or any(text[lo:lo + len(o)] == o for o, _ in doc.g.quotes)
    via = tuple(Span.of(text, a, b) for a, b in sorted(set(d.via)) if b > a)
    return Attribution(src, Span.of(text, *d.cue), d.act, Span.of(text, lo, hi), frags, direct, via, d.si)  # type: ignore[arg-type]

