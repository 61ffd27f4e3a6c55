"""Where a cue's content lies: part of the frames rung of :mod:`claimcheck.parse.attributions`.

After the cue, its addressee ("told reporters") and adverbials ("on Monday", "in a
statement"; intermediaries among them become ``via``) the content runs to the sentence end,
or through a quotation that closes later in the paragraph (:func:`right_content`); before the
source it runs from the sentence start or the quotation's opening (:func:`left_content`).
"""

from __future__ import annotations

import re

from claimcheck.parse.attributions.grammar import (
    CLAUSE_AUX, CLOSE_Q, CONTENT_CUT, DETS, IRREGULAR_PAST, LEAD, QUOTES, STRAIGHT_Q, VIA_RX,
)
from claimcheck.parse.attributions.phrases import is_outlet, np_forward
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.tokens import Toks, has_words, is_word, starts_quote, trim_end
from claimcheck.parse.patterns import Cue
from claimcheck.text.tokens import STOP_SUBJECT_END


def after_adverbials(doc: Doc, t: Toks, cj: int, d: Draft, cue: Cue) -> int:
    """Character position after the cue, its addressee (tell) and adverbials; vias recorded."""
    text = doc.text
    s = doc.sentences[d.si]
    pos = t.ends[cj - 1]
    if cue.frame == "tell":
        i = t.at(pos)
        if i < len(t.words) and is_word(t.words[i]) and t.words[i].lower() != "that":
            e = np_forward(t, i, len(t.words), doc.words)
            while i < e < len(t.words) and t.words[e].islower() and t.words[e] in doc.frames.media:
                e += 1  # "told a press | conference": an occasion, its head a medium noun (no outlet)
            if e > i:
                if (is_outlet(t, i, e, doc.words) or (t.words[i].lower() == "the" and e - i >= 2 and t.words[i + 1][0].isupper())) \
                        and not _addressee(doc, t, i, e):
                    d.via.append((t.starts[i], t.ends[e - 1]))
                pos = t.ends[e - 1]
            elif t.words[i].islower() and t.words[i].lower() not in STOP_SUBJECT_END:
                pos = t.ends[i]
    skipped = False
    for _ in range(4):
        m = doc.skip.match(text, pos, s.end)
        if not m or m.end() == pos:
            break
        frag = m.group()
        if re.search(r"\b(?:with|to|by)\b", frag, re.I):
            via_in(doc, t, m.start(), m.end(), d)
        pos = m.end()
        skipped = True
    if skipped and (m := _MEDIUM_TAIL.match(text, pos, s.end)) is not None and \
            (m.end() >= trim_end(text, pos, s.end) or _THAT_NEXT.match(text, m.end(), s.end)):
        # "said in a report | published on Monday.": the medium's own modifier, to the end or to
        # the "that" opening the content ("said in a statement | posted on its website that C")
        pos = m.end()
    return pos


# a participle modifying the medium just skipped ("in a report published on Monday", "in a
# statement released late on Tuesday"), when nothing but it follows before the sentence's end
MEDIUM_PARTICIPLES = frozenset(("published", "released", "issued", "posted", "aired", "broadcast", "filed", "sent", "written",
                                "dated"))
_MEDIUM_TAIL = re.compile(rf"\s*(?:{'|'.join(sorted(MEDIUM_PARTICIPLES))})\b"
                          r"(?:(?!\bthat\b)[^,;:\"“”]){0,60}", re.I)
_THAT_NEXT = re.compile(r"\s*that\b", re.I)


def _addressee(doc: Doc, t: Toks, i: int, e: int) -> bool:
    """Are tokens ``i`` to ``e`` a generic addressee ("reporters", "the press"), who hear a
    statement but do not relay it (no via)?"""
    phrase = " ".join(x.lower() for x in t.words[i:e])
    return any(phrase == w for k, ws in doc.words.adverbial_words if k == "addressee" for w in ws)


def via_in(doc: Doc, t: Toks, a: int, b: int, d: Draft) -> None:
    """Add to ``d.via`` each outlet (or anything "cited by") that an intermediary phrase in
    ``text[a:b]`` introduces ("in an interview with X", "quoted by Y"); a medium the speaker
    used ("wrote in a Facebook post": its head a lower-case ``medium`` word of ``phrases.toml``)
    hands nothing on and is no via."""
    for m in VIA_RX.finditer(doc.text, a, b):
        i = t.at(m.end())
        e = np_forward(t, i, len(t.words), doc.words)
        if e > i and (m.group("cited") or is_outlet(t, i, e, doc.words)):
            sp = (t.starts[i], t.ends[e - 1])
            if sp not in d.via:
                d.via.append(sp)


MEDIUM_PREPS = frozenset(("in", "on", "at", "during", "via", "through", "over", "from"))
MEDIUM_BACK = 4  # words between a medium's preposition and a cue word inside it ("in | a written video | statement")
CUE_BACK = 6  # tokens between a verb cue and the medium's preposition ("said late on Sunday | in a statement")
_OPENERS = frozenset(("but", "and", "yet", "so", "later", "earlier", "meanwhile"))
# what follows the head of a medium phrase ("in a blog post | that C", "…, | X said"); a
# clause after it makes the word a verb ("documents from the ministry show | the plan …")
_AFTER_MEDIUM = frozenset(("that", ",", ":", ".", "", "on", "in", "at", "to", "with", "about", "from", "by", "last",
                           "late", "early", "earlier", "this", "yesterday", "today", "—", "–", "(", "\"", "“"))


def in_medium(doc: Doc, si: int, t: Toks, ci: int) -> bool:
    """Is cue token ``ci`` a word of a medium adverbial ("in a blog | post", "in a | statement
    that", ``doc.skip``: ``phrases.toml`` kind ``medium``) that belongs to another speech act: a
    cue word up to ``CUE_BACK`` tokens before its preposition in the same clause ("X said in a
    blog post that C", "X told Y in a statement that C"), or the phrase opening the sentence
    before a comma ("In a blog post, X said C")?  Then the noun is what the statement was made
    in, never a cue of its own, and the words before it never its source (new user, stop 24:
    "said in a blog post" gave a source "a blog"; "said in a statement that C" a second,
    sourceless attribution of C)."""
    p = ci - 1
    while p >= 0 and ci - p <= MEDIUM_BACK and is_word(t.words[p]) and t.words[p].lower() not in MEDIUM_PREPS:
        p -= 1
    if p < 0 or ci - p > MEDIUM_BACK or t.words[p].lower() not in MEDIUM_PREPS:
        return False
    m = doc.skip.match(doc.text, t.starts[p], doc.sentences[si].end)
    if m is None or m.end() < t.ends[ci]:
        return False
    nxt = t.words[ci + 1].lower() if ci + 1 < len(t.words) else ""
    if nxt not in _AFTER_MEDIUM and nxt not in MEDIUM_PARTICIPLES:
        return False  # "leaked documents from the ministry | show the plan …": a verb with its clause
    return _medium_of_a_cue(doc, t, p, m.end())


def medium_participle(doc: Doc, si: int, t: Toks, ci: int) -> bool:
    """Is cue token ``ci`` a participle modifying the medium just before it ("said in a statement
    | posted on its website that C"; ``_MEDIUM_TAIL``)?  It is no cue: the medium's subject is
    no source."""
    return ci > 2 and t.words[ci].lower() in MEDIUM_PARTICIPLES and in_medium(doc, si, t, ci - 1)


def _medium_of_a_cue(doc: Doc, t: Toks, p: int, end: int) -> bool:
    """Does the medium adverbial whose preposition is token ``p`` (ending at character ``end``)
    belong to a speech verb before it, or open the sentence before a comma?"""
    if p == 0 or p == 1 and t.words[0].lower() in _OPENERS:
        return doc.text[end:end + 2].lstrip()[:1] == ","
    for q in range(p - 1, max(-1, p - 1 - CUE_BACK), -1):
        w = t.words[q]
        if not is_word(w):
            return False
        cue = doc.cues.lookup(w)
        if cue is not None and cue.frame in ("verb", "tell"):
            return True
    return False


def right_content(doc: Doc, si: int, t: Toks, cj: int, d: Draft, cue: Cue, rest: int | None = None) -> Draft | None:
    """``d`` with the content after the cue ending at token ``cj`` (from character ``rest`` when
    the adverbials were already read): to the sentence end, through a quotation that closes
    later, before a contrasting clause; the next paragraph after "X said:".  None: no content."""
    text = doc.text
    s = doc.sentences[si]
    pos = rest if rest is not None else after_adverbials(doc, t, cj, d, cue)
    m = LEAD.match(text, pos, s.end)
    a = m.end() if m else pos
    if a >= s.end or not has_words(text, a, s.end):
        if d.act == "decline":  # "X declined comment."
            d.content.append((d.cue[1], d.cue[1]))
            return d
        # "X said:" ending the paragraph: the content is the next paragraph
        nxt = _next_paragraph(doc, si)
        if nxt is None or text[pos:s.end].strip() not in (":", ",", "", "—"):
            return None
        d.content.append(nxt)
        return d
    e = trim_end(text, a, s.end)
    late = _LATE_THAT.match(text, a, e)
    if late is not None and not _FINITE.search(text, a, late.start(1)):
        # "confessed in a phone call with X during his talk show on Y, that C": the adverbials
        # before a late "that" are no part of the content
        a = late.end()
    elif (m := _PLACE_THAT.match(text, a, e)) is not None:
        a = m.end()  # "told a press conference | in Kolno that C": a place named before "that"
    if not starts_quote(text, a) and (m := _ADVERBIAL_COLON.match(text, a, e)) is not None:
        a = m.end()  # "said on Monday in Velmora: “A. B.”": the place is no part of the quotation
    # a quotation opened here and closed in a later sentence of the paragraph
    if starts_quote(text, a):
        for qa, qb in doc.quotes(si):
            if qa == a and qb > e:
                e = qb
                break
            if qa == a and qb < e and _AFTER_QUOTE.match(text, qb, e):
                e = qb  # "shouted “What curfew?” and kept going": the quotation alone
                break
        if e - 1 > a and text[e - 1] in _OPENING_MARKS:
            e = trim_end(text, a, e - 1)  # "X said: “C “.": a mis-typed closing mark, left out
    else:
        m = CONTENT_CUT.search(text, a, e)
        if m and m.start() > a:
            e = m.end(1) if m.group(1) and _closes_here(doc, si, m.end(1)) else m.start()
        e = fronted_clause_end(text, s.start, d.cue[0], a, e)
        if d.src is not None and _FREE_RELATIVE.search(text, max(0, d.src[0] - 6), d.src[0]):
            # "between what X says C and how …": C is the free relative's, up to "and" or a comma
            m = _FREE_RELATIVE_END.search(text, a, e)
            e = trim_end(text, a, m.start()) if m and m.start() > a else e
        if cue.entry not in CLAUSE_ENTRIES and d.act not in ("deny", "decline") and \
                not _THAT.search(text, pos, a) and \
                not text[d.cue[0]:d.cue[1]].lower().split()[-1].startswith(("accus", "charg")):
            # (a denial's or accusation's object keeps the statement it answers: "dismissed a
            # report, which said C", "accused X of lying when it said C")
            e = np_object_end(text, a, e)
    if e <= a:
        return None
    d.content.append((a, e))
    return d


_FREE_RELATIVE = re.compile(r"\bwhat\s+$", re.I)
_FREE_RELATIVE_END = re.compile(r",\s|\s(?:and|but|or)\s")


def _closes_here(doc: Doc, si: int, pos: int) -> bool:
    """Does a quotation of sentence ``si`` close at character ``pos``?"""
    return any(qb == pos for _, qb in doc.quotes(si))


# a sentence opening with a subordinate clause ("While a curfew was announced …, the police
# …", "Contrary to his claim that C, there would be …", "But just as X had Y wondering about Z,
# W has …"): group 1 the opener
_FRONTED = re.compile(r"\s*[“\"]?(?:(?:but|and|yet|so)\s+)?(?:just\s+|even\s+)?"
                      r"(while|although|though|whereas|as|because|since|if|unless|once|when|until|"
                      r"contrary\s+to|despite|unlike)\b", re.I)


def fronted_clause_end(text: str, s0: int, cue0: int, a: int, e: int) -> int:
    """End of a content inside a sentence-opening subordinate clause: at the comma before the
    main clause ("While a curfew was announced from midnight to 6 a.m., authorities did not
    enforce it" → "from midnight to 6 a.m."), when no comma comes between the opener and the
    cue (after "If elected, X said C, …" the cue is in the main clause).  ``e`` otherwise."""
    m = _FRONTED.match(text, s0, cue0)
    if m is None or "," in text[m.end():cue0]:
        return e
    c = _MAIN_CLAUSE.search(text, a, e)
    if c is None or c.start() <= a:
        return e
    return trim_end(text, a, c.start())


# an adverbial phrase the skip pattern left, before a colon and a quotation ("in Velmora: “…",
# "at the rally on the waterfront: “…"): the content is the quotation
_ADVERBIAL_COLON = re.compile(r"(?:in|at|on|from|during|after|before|outside|inside|near|via|by|over)\s"
                              r"[^\"“”«»:;.!?]{1,60}:\s*(?=[\"“«„])", re.I)
# a content opening with a preposition whose adverbials run to a late ", that C" (group 1: the comma)
_PLACE_THAT = re.compile(r"(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+that\s+", re.I)
_LATE_THAT = re.compile(r"(?:in|on|at|with|during|to|from|after|before|over|via|through)\b[^.;:!?\"“”]{0,160}?(,)\s*that\s+",
                        re.I)
# what follows a quotation that is the writer's again: a coordinated or subordinate clause
_AFTER_QUOTE = re.compile(r"\s*,?\s*(?:and|but|as|while|before|after|when|then|because|until)\s+(?!that\b)", re.I)
# cue entries whose content is a clause ("said the army controls the city, including the port"):
# their content is never cut as a noun phrase object
_THAT = re.compile(r"\bthat\b", re.I)
CLAUSE_ENTRIES = frozenset(("say", "tell", "according-to", "say-noun", "impersonal"))
_CLAUSE_OPEN = re.compile(r"(?:that|whether|if|how|what|why|who|when|where|which)\b|[\"“'‘«]", re.I)
_NP_END = re.compile(r",\s+(?:[a-z]{4,}ing|which|who|yet|including|even|another|and\s+[a-z]+ed)\b"
                     r"|\s+(?:because|while|since|after|before|when|although|though|unless)\b"
                     # a new clause with a pronoun subject: "railed against X, he's sought to …",
                     # "want X (they want …)"
                     r"|,\s+(?:he|she|they|we)(?:['’](?:s|ve|d|ll|re))?\s+[a-z]|\s+\((?:he|she|they|we|it)\s")
# "profanities as she hurries closer", "a tightening race as Trump consolidates X", "a note of
# caution, should X attempt …" (searched only where " as " or "should" occurs)
_NP_END_AS = re.compile(r"\s+as\s+(?:he|she|they|we|it|[A-Z][a-z]+)\s+[a-z]+(?:s|ed)\b"
                        r"|,\s+should\s+(?:[A-Z]|the\s|he\s|she\s|they\s|it\s)")
_FINITE = re.compile(r"\b(?:" + "|".join(sorted(CLAUSE_AUX)) + r")\b|(?<!\bthe )(?<!\ba )(?<!\ban )\b[a-z]{3,}ed\b")


def np_object_end(text: str, a: int, e: int) -> int:
    """End of a noun-phrase object that ``text[a:e]`` opens ("endorsed Ana Ruiz for mayor on
    Thursday, another sign of …", "called the hearing because they felt …", "questioning trade
    deals, hurting …"): before a participle clause, a relative or concessive clause, a
    coordinated clause or a subordinator, when no finite verb comes before it (then the content
    is a clause and runs on).  ``e`` when the content opens a clause or nothing cuts it."""
    if _CLAUSE_OPEN.match(text, a):
        return e
    m = _NP_END.search(text, a, e)
    if text.find(" as ", a, e) >= 0 or text.find("should", a, e) >= 0:
        m2 = _NP_END_AS.search(text, a, m.start() if m else e)
        m = m2 or m
    if m is None or m.start() <= a or _FINITE.search(text, a, m.start()):
        return e
    return trim_end(text, a, m.start())


def left_content(doc: Doc, si: int, t: Toks, src_tok: int, d: Draft, sep_tok: int | None = None) -> Draft | None:
    """Content before the source: from the sentence start (or the quotation's opening, when it
    opened in an earlier sentence) to the separator before the source."""
    text = doc.text
    s = doc.sentences[si]
    sep = sep_tok if sep_tok is not None else src_tok - 1
    while sep >= 0 and not is_word(t.words[sep]) and t.words[sep] not in QUOTES:
        sep -= 1
    if sep < 0:
        return _previous_quote(doc, si, d)
    e = t.ends[sep]
    if t.words[sep] in QUOTES:
        e = t.ends[sep]
    e = trim_end(text, s.start, e) if t.words[sep] not in QUOTES else e
    if t.words[sep] in _OPENING_MARKS and sep > 0:
        e = trim_end(text, s.start, t.starts[sep])  # "… our forces “, the statement said": a mis-typed close, left out
    a = s.start
    # skip a lead-in that is not part of the content: "But", "And"
    if e <= a:
        return None
    for qa, qb in doc.quotes(si):
        if qa < s.start < qb <= e + 1:
            a = qa
            break
    if a == doc.para_bounds[s.paragraph][0] and starts_quote(text, a):
        a = run_on_start(doc, s.paragraph, a)  # '“A.¶“B,” X said': the paragraphs it ran over
    if not has_words(text, a, e):
        return None
    d.content.append((a, e))
    # the rest of the sentence after "X said," as a second piece: "“A,” he said. “B.”"
    after = t.ends[-1]
    last = t.at(d.cue[1])
    srcend = d.src[1] if d.src else d.cue[1]
    j = t.at(max(srcend, d.cue[1]))
    while j < len(t.words) and t.words[j] in (",", ":"):
        j += 1
    if j < len(t.words) and t.words[j] in QUOTES | {"“", "«"}:
        b2 = trim_end(text, t.starts[j], after)
        if b2 > t.starts[j]:
            d.content.append((t.starts[j], b2))
    del last
    return d


_OPENING_MARKS = frozenset("“«„‹")
RUN_ON_MAX = 12  # paragraphs a quotation is followed over (:func:`later_speaker`, :func:`run_on_start`)


def runs_on(doc: Doc, p: int) -> bool:
    """Does paragraph ``p`` end inside a quotation it leaves open ('“A.¶“B.”': the journalists'
    convention for a quotation of several paragraphs, each opening with a mark, only the last
    closing)?  False for a paragraph that is no key of ``doc.para_bounds``."""
    if p not in doc.para_bounds:
        return False
    pa, pb = doc.para_bounds[p]
    regs = doc.para_quote_regions(p)
    if not regs or regs[-1][1] != pb:
        return False
    return doc.text[pb - 1] not in CLOSE_Q and doc.text[pb - 1] != '"' and doc.text[pb - 2:pb] != "''"


def runs_into(doc: Doc, p: int) -> bool:
    """Does the quotation left open at the end of paragraph ``p - 1`` (:func:`runs_on`) go on in
    paragraph ``p``, which opens with the same mark (a '“' paragraph never continues a '"' one)?"""
    if p not in doc.para_bounds or not runs_on(doc, p - 1):
        return False
    qa = doc.para_quote_regions(p - 1)[-1][0]
    mark = "''" if doc.text.startswith("''", qa) else doc.text[qa]
    return doc.text.startswith(mark, doc.para_bounds[p][0])


def later_speaker(doc: Doc, p: int, a: int) -> bool:
    """Does the quotation holding character ``a`` of paragraph ``p`` close, there or in a
    paragraph it runs on into (:func:`runs_into`), before a speech tag of its own ('“A. B,” X
    said', '“A?” X asked', '“A” — X')?  Then the later tag's attribution holds it."""
    text = doc.text
    for _ in range(RUN_ON_MAX):
        r = next(((qa, qb) for qa, qb in doc.para_quote_regions(p) if qa <= a < qb), None)
        if r is None:
            return False
        if r[1] != doc.para_bounds[p][1] or not runs_into(doc, p + 1):
            qb = r[1]
            if text[qb - 2:qb - 1] not in (",", "?", "!", "—", "–", "-"):
                return False  # "… B.” The owners left.": a new sentence, no tag
            line_end = text.find("\n", qb)
            tail = text[qb:line_end if line_end >= 0 else len(text)]
            return any(ch.isalpha() for ch in tail[:80])
        p += 1
        a = doc.para_bounds[p][0]
    return False


def run_on_start(doc: Doc, p: int, qa: int) -> int:
    """Where a quotation opening at ``qa``, the first character of paragraph ``p``, began: at the
    first of the paragraphs before it that run on into it (:func:`runs_into`; '“A.¶“B.¶“C,” X
    said' → the start of “A.), else ``qa``."""
    if doc.para_bounds.get(p, (-1, -1))[0] != qa:
        return qa
    for _ in range(RUN_ON_MAX):
        if not runs_into(doc, p) or doc.para_quote_regions(p - 1)[-1][0] != doc.para_bounds[p - 1][0]:
            break  # (nor after a tag: '“A,” X said. “B.¶“C,” Y said.')
        p -= 1
        qa = doc.para_bounds[p][0]
    return qa


def _previous_quote(doc: Doc, si: int, d: Draft) -> Draft | None:
    """"“C?” | Ana said." split by the sentence splitter after "?" or "!": a sentence that is only
    "X said" takes the quotation that closes the previous sentence of its paragraph."""
    if si == 0:
        return None
    s = doc.sentences[si]
    prev = doc.sentences[si - 1]
    if prev.paragraph != s.paragraph or prev.boilerplate:
        return None
    text = doc.text
    e = prev.end
    while e > prev.start and text[e - 1].isspace():
        e -= 1
    if e <= prev.start or (text[e - 1] not in CLOSE_Q and text[e - 1] != '"'):
        return None
    for qa, qb in doc.quotes(si):
        if qb == e and qa < e - 2:
            d.content.append((qa, qb))
            return d
    return None


def _next_paragraph(doc: Doc, si: int) -> tuple[int, int] | None:
    """The span of the paragraph after sentence ``si``'s (None: boilerplate, or none within 40 sentences)."""
    sents = doc.sentences
    p = sents[si].paragraph
    for j in range(si + 1, min(len(sents), si + 40)):
        if sents[j].paragraph != p:
            if sents[j].boilerplate:
                return None
            q = sents[j].paragraph
            a, b = doc.para_bounds[q]
            return (a, trim_end(doc.text, a, b) or b)
    return None


CLAUSE_REACH = 12  # words after "that" within which the clause's finite verb must come
# irregular past tenses: a clause "that came …" is relative (its subject is the "that")
PAST_FIRST = IRREGULAR_PAST | frozenset(("came", "went", "took", "made", "got", "ran", "began", "became", "grew",
                                         "fell", "rose", "left", "brought", "kept", "held", "led", "won", "lost",
                                         "put", "set", "stood", "drew", "gave", "spread", "broke", "hit"))
# the main clause after the comma that closes a fronted clause (``fronted_clause_end``): a
# subject (a pronoun, "there", a determiner or a name and up to four more words, never "and",
# or a bare plural) and a finite verb
_SUBJ_WORDS = r"(?:(?!(?:and|or|nor)\b)[\w.’'-]+\s+){0,4}?"
_MAIN_CLAUSE = re.compile(
    r",[”’\"']{0,2}\s+(?:(?:he|she|it|they|we|I|you|there)\b"
    r"|(?:(?:the|a|an|his|her|its|their|our|this|these|those|[A-Z][\w.’'-]*)\s+" + _SUBJ_WORDS +
    r"|[a-z]{3,}s\s+)(?:" + "|".join(sorted(CLAUSE_AUX | PAST_FIRST)) + r"|[a-z]{3,}ed|[a-z]{3,}s)\b)")


CLAUSE_STOP = frozenset((",", ";", ":", ".", "?", "!", "(", ")"))


def clause_after(t: Toks, i: int) -> bool:
    """Does a finite clause start at token ``i`` (the word after "that")?  Its first word is
    no verb ("that is", "that pledged", "that came": a relative pronoun), and an auxiliary or a
    word in -ed/-es (or in -s after a word that is no determiner) comes within ``CLAUSE_REACH`` words, before a comma or a sentence stop
    ("that growth will slow", "that Trump's statement about X in Chicago is true"); a
    demonstrative ("ruled that case out.") has none."""
    n = len(t.words)
    if i >= n or not is_word(t.words[i]) and t.words[i] not in ("“", '"', "‘"):
        return False
    first = t.words[i].lower()
    if first in CLAUSE_AUX or first in PAST_FIRST or first.endswith("ed"):
        return False
    for x in range(i + 1, min(n, i + 1 + CLAUSE_REACH)):
        w = t.words[x].lower()
        if w in CLAUSE_AUX or is_word(w) and len(w) > 3 and w.endswith(("ed", "es")):
            return True
        if is_word(w) and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ous", "'s", "’s")) and \
                t.words[x - 1].lower() not in DETS and is_word(t.words[x - 1]):
            return True  # "that the law stands" (not "that the laws", a noun after its determiner)
        if w in CLAUSE_STOP:
            return False
    return False


# verbs of giving information: negated ("did not confirm", "didn’t reveal what …", "won't say
# whether …", "has not explained why …") they report a question left unanswered (issue 12, item 5)
WITHHELD = ("confirm", "comment", "respond", "repl", "answer", "return", "reveal", "disclos", "specif",
            "explain", "elaborat", "detail", "identif", "say", "said", "tell", "told", "discuss")


def negation(d: Draft, t: Toks, ci: int, k: int, cue: Cue) -> None:
    """Negation before the cue at token ``ci`` (after the subject at ``k``): "did not confirm",
    "didn’t reveal" (a verb of :data:`WITHHELD`) is a non-answer (``d.act`` becomes decline);
    "did not deny" takes the act the lexicon gives the negated cue (``negated``: a non-answer,
    neither a denial nor a confirmation by that source; issue 9 item 2, stop 26), else a hedge
    ("could not rule out")."""
    neg = any(t.words[x].lower() in ("not", "n't", "never") or t.words[x].lower().endswith(("n't", "n’t"))
              for x in range(max(k + 1, ci - 3), ci))
    if not neg:
        return
    if cue.act in ("confirm", "assert") and d.act != "decline":
        if t.words[ci].lower().startswith(WITHHELD):
            d.act = "decline"
        elif cue.act == "confirm":
            d.act = "decline"
    elif cue.act == "deny":
        d.act = cue.negated or "hedge"


def apposition_right(t: Toks, i: int, e: int, d: Draft) -> None:
    """An apposition, a relative clause or a place modifier in the inverted source of tokens
    ``i``-``e`` ("said Ana Ruiz, the mayor", "said Ana Ruiz, who chairs X", "said one source on
    the panel") becomes ``d.descriptor``."""
    for x in range(i, e):
        if x > i and t.words[x].lower() in ("who", "whose", "on", "in", "at"):
            # "said Ana Lee who …", "said one source on the panel": the modifier describes, the
            # words before it name (so the actor is never a name inside the modifier)
            d.descriptor = (t.starts[x], t.ends[e - 1])
            return
        if t.words[x] == "," and x + 1 < e:
            d.descriptor = (t.starts[x + 1], t.ends[e - 1])
            return


def final_tag(doc: Doc, si: int, t: Toks, cj: int, d: Draft, cue: Cue) -> bool:
    """Does the speech verb ending before token ``cj`` end the sentence, bar adverbials ("said.",
    "said on Friday.", "told reporters.")?  Only a verb or tell cue, not a hedge, ends a final tag: "C, the
    minister, Ana Ruiz, said." has its source between commas after the content (src23)."""
    if cue.frame not in ("verb", "tell") or cue.ambiguous or cue.act == "hedge":
        return False
    rest = after_adverbials(doc, t, cj, Draft(si, d.cue, d.act, None, [], []), cue)
    return rest >= doc.sentences[si].end or not has_words(doc.text, rest, doc.sentences[si].end)


def impersonal_it(t: Toks, st: int, d: Draft, cue: Cue) -> bool:
    """Is "it" at token ``st`` expletive: followed in the cue by a form of "be" and a
    participle ("it is widely believed", "it was long feared", "it has been reported"), not a
    speaking "it" ("it said") nor the subject of an active perfect ("It has shown it knows how":
    "has" or "had" is expletive only with "been" in the cue)?"""
    aux = t.words[st + 1].lower() if st + 1 < len(t.words) else ""
    return cue.act in ("hedge", "assert") and aux in ("is", "was", "has", "had", "are", "were") and \
        (aux not in ("has", "had") or any(x.lower() == "been" for x in t.words[st + 2:t.at(d.cue[1])])) and \
        t.starts[st + 1] >= d.cue[0] and t.words[t.at(d.cue[1]) - 1].lower().endswith(("ed", "ught", "own", "en", "ood"))


def closes_quote(doc: Doc, si: int, t: Toks, k: int) -> bool:
    """Token ``k`` closes a quotation that ends in punctuation ("“C,” | X said")."""
    w_ = t.words[k]
    if w_ not in CLOSE_Q and w_ not in STRAIGHT_Q or k == 0 or t.words[k - 1] not in (",", "?", "!", ".", "—"):
        return False
    end = t.ends[k]
    return any(qb == end and qa < t.starts[k] and not _quoted_title(doc.text, qa, t.starts[k - 1])
               for qa, qb in doc.quotes(si))


_TITLE_BEFORE = re.compile(r"(?:\b(?:of|on|in|to|at|from|for|with|told|watching|hosting)|['’]s)\s*$", re.I)
_SMALL = frozenset(("of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with", "&"))


def _quoted_title(text: str, qa: int, qe: int) -> bool:
    """Is the quotation opening at ``qa`` (its words end at ``qe``) the title of a show, a book
    or a paper after a preposition or a possessive ("On this weekend's broadcast of “Upland
    Sunday,” X said C", "Speaking on “Face the Nation,” X said C"): at most six words, each
    capitalised but the small ones?  Such a title is no quotation of the speaker's."""
    words = text[qa + 1:qe].split()
    if not words or len(words) > 6 or not _TITLE_BEFORE.search(text, max(0, qa - 12), qa):
        return False
    return all(x[:1].isupper() or x.lower() in _SMALL for x in words) and words[0][:1].isupper()


def skip_adverbials(doc: Doc, pos: int, end: int) -> int:
    """Where the text after ``pos`` starts once the adverbials between a cue and its content
    (``doc.skip``: "yesterday", "on Monday", "in a statement") are passed over; ``pos`` when none."""
    for _ in range(4):
        m = doc.skip.match(doc.text, pos, end)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return pos
