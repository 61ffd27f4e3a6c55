"""The driver: the top rung of :mod:`claimcheck.parse.attributions`.

One compiled regex (a character trie of every cue form in ``cues.toml`` and ``denials.toml``)
runs once over the article (:func:`_candidates`); the gate drops most matches; the sentences
with a candidate left are tokenised and each candidate read by its frame into a draft; of
nested drafts only the outermost is kept (:func:`_outermost`) and each becomes an
:class:`~claimcheck.model.Attribution` (:func:`_finish`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from claimcheck.model import Attribution, Sentence, Source, Span
from claimcheck.parse.attributions.frames import draft
from claimcheck.parse.attributions.paragraphs import INVERTED_HEAD, colon_head, continue_quote, dash_bylines
from claimcheck.parse.attributions.gate import cue_gate
from claimcheck.parse.attributions.headlines import fix_headline_forms
from claimcheck.parse.attributions.open_frames import open_candidates, open_draft, stop_verbs
from claimcheck.parse.attributions.grammar import (
    CLOSE_Q, COORD, COORD_AND, DECLINE_END, DECLINE_GAP, DECLINE_NEW_CLAUSE, INTERVIEW_RX, INTERVIEW_WORDS,
    denial_object, denial_verdict, skip_regex,
)
from claimcheck.parse.attributions.phrases import is_outlet, np_forward
from claimcheck.parse.attributions.sources import MEMO_MAX, resolve_source
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.refine import refine_source, source_frames
from claimcheck.parse.attributions.relays import build_relays, relay_vias
from claimcheck.parse.attributions.tokens import QUOTE_MARK, Toks, starts_quote, trim_end
from claimcheck.lexicons import Lexicons, or_default
from claimcheck.parse.patterns import Cue, CueLexicon, Words, cue_lexicon, words


def extract_attributions(text: str, sentences: Sequence[Sentence],
                         lexicons: Lexicons | None = None, language: str | None = None) -> tuple[Attribution, ...]:
    """Attributions in ``text``; ``sentences`` as from
    :func:`claimcheck.parse.sentences.split_sentences`, ``lexicons`` from
    :func:`claimcheck.lexicons.load_lexicons` (loaded now when None).  Boilerplate sentences are skipped.
    ``language`` (ISO 639-1; None, ``en`` or ``und`` = English) selects the reader: a language
    with ``lexicons/lang/<code>.toml`` is read by :mod:`.lang` with that lexicon; any other
    language yields nothing (the caller warns, :func:`attribution_language`).
    ``Attribution.sentence`` indexes ``sentences``; every span slices ``text`` exactly.  Never
    raises on text (a malformed window is dropped); lexicon errors propagate as
    :class:`~claimcheck.errors.LexiconError`."""
    if not text or not sentences:
        return ()
    lexicons = or_default(lexicons)
    reader = attribution_language(language, lexicons)
    if reader is None:
        return ()
    if reader != "en":
        from claimcheck.parse.attributions.lang import extract_lang

        return extract_lang(text, sentences, lexicons, reader)
    lex = cue_lexicon(lexicons)
    w = words(lexicons)
    low = text.lower()
    same_len = len(low) == len(text)
    per_sent = _candidates(text, low, sentences, lex)
    _merge_open(per_sent, open_candidates(text, sentences, lex, stop_verbs(lexicons)))
    doc = Doc(text, sentences, w, lex, skip_regex(lexicons), frames=source_frames(lexicons),
              verdict=denial_verdict(lexicons), denial_object=denial_object(lexicons))
    para_first = _paragraphs(doc)
    out: list[Attribution] = []
    maybe_interview = not same_len or any(k in low for k in INTERVIEW_WORDS)
    relays = lexicons.derive(build_relays)
    for si, s in enumerate(sentences):
        if s.boilerplate:
            continue
        drafts, t = _sentence_drafts(doc, si, per_sent.get(si), para_first.get(s.paragraph) == si)
        if not drafts:
            continue_quote(doc, si, out)
            continue
        _share_subjects(drafts)
        drafts = relay_vias(doc, t, drafts, relays)  # "according to X, cited by Y": Y a via
        if t is not None and maybe_interview and _interview_in(low, s, same_len) and \
                INTERVIEW_RX.search(text, s.start, s.end):
            _interview_vias(text, s, t, drafts, w)
        here: list[Attribution] = []
        for d in _outermost(text, drafts):
            att = _finish(doc, d)
            if att is not None:
                here.extend(_split_non_answer(doc, att))
        out.extend(fix_headline_forms(text, s, here, lexicons))  # "X denies, then admits, Y"; "X accused of …"
    if "―" in text or "—" in text or "–" in text or "--" in text:
        out.extend(dash_bylines(doc))
        out.sort(key=lambda a: a.cue.start)
    return tuple(out)


def attribution_language(language: str | None, lexicons: Lexicons) -> str | None:
    """The lexicon that reads an article in ``language``: ``en`` (the English lexicons) for
    None, ``en`` or ``und`` (too little text to tell), the code itself when
    ``lexicons/lang/<code>.toml`` exists (shipped or a user's), else None (no lexicons: nothing
    is read)."""
    code = (language or "und").lower()
    if code in ("en", "und"):
        return "en"
    return code if code in lexicons.languages() else None


def _candidates(text: str, low: str, sentences: Sequence[Sentence],
                lex: CueLexicon) -> dict[int, list[tuple[int, int, Cue]]]:
    """Cue matches per sentence index, as (start, end, cue); none in boilerplate, none across a
    sentence end, none right after a hyphen or an apostrophe."""
    if len(low) == len(text):
        matches = lex.regex.finditer(low)
    else:
        matches = lex.regex_i.finditer(text)
    starts = [s.start for s in sentences]
    per_sent: dict[int, list[tuple[int, int, Cue]]] = {}
    seen = lex.memo  # matched string -> its cue (or None), for the process
    if len(seen) > MEMO_MAX:
        seen.clear()
    for m in matches:
        a, b = m.span()
        if a > 0 and text[a - 1] in "-'’":
            continue
        si = bisect_right(starts, a) - 1
        if si < 0:
            continue
        s = sentences[si]
        if s.boilerplate or b > s.end:
            continue
        raw = text[a:b]
        cue = seen.get(raw, False)  # type: ignore[arg-type]
        if cue is False:
            cue = seen[raw] = lex.lookup(raw)
        if cue is None:
            continue
        per_sent.setdefault(si, []).append((a, b, cue))
    return per_sent


def _merge_open(per_sent: dict[int, list[tuple[int, int, Cue]]],
                opened: dict[int, list[tuple[int, int, Cue]]]) -> None:
    """Add the open-frame candidates (:mod:`.open_frames`) to the lexicon's, in place; one
    that overlaps a lexicon cue is dropped (the lexicon's entry reads it)."""
    for si, extra in opened.items():
        cands = per_sent.setdefault(si, [])
        for a, b, cue in extra:
            if any(c[0] < b and a < c[1] for c in cands):
                continue
            cands.append((a, b, cue))
        cands.sort(key=lambda c: c[0])


def _paragraphs(doc: Doc) -> dict[int, int]:
    """Fill ``doc.para_bounds`` (paragraph → first and last character); return paragraph →
    index of its first sentence."""
    para_first: dict[int, int] = {}
    for i, s in enumerate(doc.sentences):
        p = s.paragraph
        if p not in doc.para_bounds:
            doc.para_bounds[p] = (s.start, s.end)
            para_first[p] = i
        else:
            doc.para_bounds[p] = (doc.para_bounds[p][0], s.end)
    return para_first


def _sentence_drafts(doc: Doc, si: int, cands: list[tuple[int, int, Cue]] | None,
                     first_in_paragraph: bool) -> tuple[list[Draft], Toks | None]:
    """The drafts of sentence ``si``: a colon head when it opens its paragraph, then one per
    candidate cue that passes the gate and its frame; with the sentence's tokens (None when no
    candidate passed the gate, so the sentence was not tokenised)."""
    drafts: list[Draft] = []
    if first_in_paragraph or INVERTED_HEAD.match(doc.text, doc.sentences[si].start):
        d = colon_head(doc, si)  # "WALLACE: …" opening a paragraph, "Said NAME: “…”" anywhere
        if d is not None:
            drafts.append(d)
    if cands:
        cands = [c for c in cands if (c[2].entry.startswith("open-") or cue_gate(doc, si, c[0], c[1], c[2]))
                 and not _in_anonymity_marker(doc, si, c[0], c[1])]
    if not cands:
        return drafts, None
    s = doc.sentences[si]
    t = Toks.of(doc.text, s.start, s.end)
    for a, b, cue in cands:
        try:
            d = open_draft(doc, si, t, a, b, cue) if cue.entry.startswith("open-") else draft(doc, si, t, a, b, cue)
        except IndexError:  # defensive: a malformed window never breaks the article
            d = None
        if d is not None and not (d.act == "hedge" and _MODAL.match(doc.text, d.cue[0], d.cue[1])):
            refine_source(doc, t, d)
            drafts.append(d)
    return drafts, t


def _in_anonymity_marker(doc: Doc, si: int, a: int, b: int) -> bool:
    """Does the cue at characters ``a``-``b`` lie inside a multi-word anonymity marker of
    ``anonymity.toml`` ("an official, who asked | not to be named recalled that C")?  Such a cue
    is the terms the source spoke on, never speech (stop 23: its content "not to be named
    recalled that C" hid the real cue)."""
    s = doc.sentences[si]
    low = doc.text[max(s.start, a - 40):min(s.end, b + 60)].lower()
    off = max(s.start, a - 40)
    return any(m.start() + off <= a and b <= m.end() + off and " " in m.group(0)
               for m in doc.words.marker_regex.finditer(low))


# a belief or perception under a modal ("some countries may see X as Y", "voters would hope")
# is a possibility the writer raises, not a belief anyone reported
_MODAL = re.compile(r"(?:may|might|could|would)\s", re.I)


def _share_subjects(drafts: list[Draft]) -> None:
    """A participle (", adding C") takes the source of the cue before it in the sentence, never
    that of a cue nested in another's content ("X said they want C, but pledged D": X's, not
    "they"), nor when its own clause's subject comes after that cue ("When my mother mentioned
    X, I laughed and said C": "I")."""
    prev_src: Draft | None = None
    for d in sorted(drafts, key=lambda x: x.cue[0]):
        if d.participle and prev_src is not None and not (
                d.own_clause and d.src is not None and d.src[0] >= prev_src.cue[1]):
            d.src, d.descriptor, d.src_end = prev_src.src, prev_src.descriptor, prev_src.src_end
        elif d.src is not None and not d.participle and not _nested(d, drafts):
            prev_src = d


def _nested(d: Draft, drafts: list[Draft]) -> bool:
    """Is draft ``d``'s cue inside the content of another draft of the sentence?"""
    return any(o is not d and any(a <= d.cue[0] and d.cue[1] <= b for a, b in o.content) for o in drafts)


def _interview_vias(text: str, s: Sentence, t: Toks, drafts: list[Draft], w: Words) -> None:
    """An outlet after "in an interview with", "speaking to" ... anywhere in sentence ``s``
    is a via of every draft of the sentence."""
    for m in INTERVIEW_RX.finditer(text, s.start, s.end):
        i = t.at(m.end())
        e = np_forward(t, i, len(t.words), w)
        if e > i and is_outlet(t, i, e, w):
            for d in drafts:
                if (t.starts[i], t.ends[e - 1]) not in d.via:
                    d.via.append((t.starts[i], t.ends[e - 1]))


def _interview_in(low: str, s: Sentence, same_len: bool) -> bool:
    """Can sentence ``s`` hold an INTERVIEW_RX match? (a cheap word test on ``low``)"""
    if not same_len:
        return True
    part = low[s.start:s.end]
    return any(k in part for k in INTERVIEW_WORDS)


def _outermost(text: str, drafts: list[Draft]) -> list[Draft]:
    """Keep attributions not nested in another's content; a sibling ("..., adding C") cuts the
    content before it."""
    drafts = [d for d in drafts if d.content]
    closes: dict[int, int] = {}
    for d in drafts:
        if d.act == "decline":
            _cut_decline(text, d)
        close = _relative_end(text, d)
        if close is not None:
            closes[id(d)] = close
            d.content = [(a, min(b, close)) if a < close else (a, b) for a, b in d.content]
            d.content = [(a, trim_end(text, a, b)) for a, b in d.content if b > a]
    drafts.sort(key=lambda d: -(max(c[1] for c in d.content) - min(c[0] for c in d.content)))
    kept: list[Draft] = []
    for d in drafts:
        inside = None
        for k in kept:
            for (a, b) in k.content:
                if a <= d.cue[0] and d.cue[1] <= b:
                    inside = k
                    break
            if inside:
                break
        if inside is None:
            kept.append(d)
            continue
        accused = _accused_speaker(text, inside, d)
        if accused is not None:
            # "X accused Tehran of lying when it said C": Tehran's statement is Tehran's
            d.anaphor_of = accused
            kept.append(d)
            continue
        cut = _relative_clause(text, inside, d)
        if cut is not None:
            # "X attacked the donors, which he said were corrupt": the relative clause is its
            # speaker's own attribution; the outer content ends before it
            close = closes.get(id(d))
            parts = []
            for a, b in inside.content:
                if a < cut < b:
                    parts.append((a, cut))
                    if close is not None and close < b:
                        parts.append((close, b))  # "said the report, which …, had been leaked"
                else:
                    parts.append((a, b))
            inside.content = [(a, trim_end(text, a, b)) for a, b in parts if b > a]
            kept.append(d)
            continue
        if _answered_allegation(text, inside, d):
            # "X dismissed a blog post alleging C as false": the post alleges C, X denies it
            kept.append(d)
            continue
        if d.src and d.src[0] < d.cue[0] < inside.cue[0] and text[d.src[0]:d.src[1]].lower() in ("who", "which") \
                and text[max(0, d.src[0] - 2):d.src[0]] == ", ":
            # "Ana's relatives, who asked the police to show them the video, watched it, lawyers
            # said": a relative clause inside a content before its cue; that content stays whole
            # (after its cue it ends before the relative, as below: "X believe the report by Y,
            # which stated C, …")
            kept.append(d)
            continue
        if d.src and d.src[0] < d.cue[0]:
            before = next(((a, b) for a, b in inside.content if a <= d.src[0] < b), None)
            if before is not None and before[0] < d.src[0]:
                lead = text[max(0, d.src[0] - 30):d.src[0]]
                if COORD.search(lead) or COORD_AND.search(lead):
                    m = COORD.search(lead) or COORD_AND.search(lead)
                    cut = max(before[0], d.src[0] - (len(lead) - m.start()))  # type: ignore[union-attr]
                    inside.content = [(a, (cut if (a, b) == before else b)) for a, b in inside.content]
                    inside.content = [(a, trim_end(text, a, b)) for a, b in inside.content]
                    inside.content = [(a, b) for a, b in inside.content if b > a] or \
                        ([(inside.cue[1], inside.cue[1])] if inside.act == "decline" else [])
                    kept.append(d)
                    continue
        if d.participle or d.frame == "tell" and d.participle:
            # cut the outer content at the participle's comma
            new = []
            for (a, b) in inside.content:
                if a <= d.cue[0] < b:
                    cut = d.src[0] if d.src and d.src[0] < d.cue[0] and d.src[0] >= a else d.cue[0]
                    while cut > a and (text[cut - 1].isspace() or text[cut - 1] == ","):
                        cut -= 1
                    if text[max(a, cut - 4):cut].lower() in (" and", " but"):
                        cut -= 4
                        while cut > a and (text[cut - 1].isspace() or text[cut - 1] == ","):
                            cut -= 1
                    new.append((a, max(a, cut)))
                else:
                    new.append((a, b))
            inside.content = [c for c in new if c[1] > c[0]]
            if d.src and inside.src:
                d.src = inside.src
                d.descriptor = inside.descriptor
            kept.append(d)
    kept.sort(key=lambda d: d.cue[0])
    return kept


_ACCUSED = re.compile(r"\s*((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+of\b")
_WHEN = re.compile(r"\b(?:when|as|after|because|while|by)\s+$")


def _accused_speaker(text: str, outer: Draft, d: Draft) -> tuple[int, int] | None:
    """The accused party's span when draft ``d`` is the accused's own statement inside an
    accusation ("X accused Tehran of lying when it said C"), else None."""
    if not text[outer.cue[0]:outer.cue[1]].lower().split()[-1].startswith(("accus", "charg")) or d.src is None:
        return None
    m = _ACCUSED.match(text, outer.cue[1])
    if m is None or not (m.end() <= d.src[0]) or not _WHEN.search(text, m.end(), d.src[0]):
        return None
    return m.span(1)


_REL_LEAD = re.compile(r",\s*(?:which|who|whom)\s+$")
# the content of a cue in a relative clause opens with a finite verb or "that" ("which he said
# were corrupt"); "which he called “War on X”" names, it reports nothing
_REL_CONTENT = re.compile(r"(?:that|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does)\b")


def _relative_clause(text: str, outer: Draft, d: Draft) -> int | None:
    """The comma that opens a non-restrictive relative clause holding draft ``d`` ("…, which
    he said were corrupt"), when ``d``'s source (a pronoun or short noun phrase after the
    relative pronoun) and cue lie inside ``outer``'s content after that comma, else None."""
    if d.src is None or d.src[0] >= d.cue[0] or d.src[1] - d.src[0] > 40 or d.participle:
        return None
    m = _REL_LEAD.search(text, max(0, d.src[0] - 12), d.src[0])
    if m is None or not _REL_CONTENT.match(text, d.content[0][0]):
        return None
    cut = m.start()
    if not any(a < cut and d.cue[1] <= b for a, b in outer.content):
        return None
    return cut


_REL_CLOSE = re.compile(r",\s+(?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|"
                        r"did|does|also|then|now)\b|[a-z]+ed\b)")


def _relative_end(text: str, d: Draft) -> int | None:
    """Where the content of a draft inside a non-restrictive relative clause ends: at the comma
    that closes the clause, before the main clause's verb ("The deal, which the mayor said was
    illegal, collapsed"; "…, had been leaked"), else None."""
    if d.src is None or d.src[0] >= d.cue[0] or not d.content or \
            _REL_LEAD.search(text, max(0, d.src[0] - 12), d.src[0]) is None or \
            not _REL_CONTENT.match(text, d.content[0][0]):
        return None
    a, b = d.content[0]
    m = _REL_CLOSE.search(text, a, b)
    return m.end() if m else None


def _answered_allegation(text: str, outer: Draft, d: Draft) -> bool:
    """Is draft ``d`` the allegation a denial answers, nested in the denial's object ("X
    dismissed a blog post by Y alleging C", "X rejected a report, which said C")?  Its cue is a
    participle or follows a relative pronoun, and its source lies inside the denial's content,
    before the cue: both are kept (the claims parser links the denial to the allegation)."""
    if outer.act != "deny" or d.act not in ("assert", "confirm") or d.src is None or d.src[0] >= d.cue[0]:
        return False
    cue = text[d.cue[0]:d.cue[1]].lower()
    before = text[max(d.src[0], d.cue[0] - 6):d.cue[0]].lower().split()
    if not (cue.split()[0].endswith("ing") or before[-1:] in (["which"], ["that"], ["who"])):
        return False
    return any(a <= d.src[0] and d.cue[1] <= b for a, b in outer.content)


def _cut_decline(text: str, d: Draft) -> None:
    """A non-answer's content is its object ("to the allegations", "on the report"): it stops at
    the next clause."""
    a, b = d.content[0]
    if a > d.cue[1] and (DECLINE_GAP.search(text, d.cue[1], a) or DECLINE_NEW_CLAUSE.match(text, a, b)):
        # "declined comment, but X confirmed ...": what follows is another clause, not the object
        d.content[0] = (d.cue[1], d.cue[1])
        return
    m = DECLINE_END.search(text, a, b)
    if m:
        d.content[0] = (a, m.start())


def _finish(doc: Doc, d: Draft) -> Attribution | None:
    text = doc.text
    content = [c for c in d.content if c[1] > c[0]]
    content = [(a, trim_end(text, a, b) if text[b - 1:b] not in CLOSE_Q and text[b - 1:b] != '"' else b) for a, b in content]
    content = sorted(set((a, b) for a, b in content if b > a))
    content = [c for i, c in enumerate(content) if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in content)]
    if not content:
        if d.act != "decline" or not d.content:
            return None
        content = [(d.cue[1], d.cue[1])]
    content = _cited_as_saying(text, d, content)
    lo = min(c[0] for c in content)
    hi = max(c[1] for c in content)
    frags = tuple(Span.of(text, a, b) for a, b in content) if len(content) > 1 else ()
    src: Source | None = None
    if d.src is not None:
        sa, sb = d.src
        if d.src_end is not None and sa < d.src_end <= sb:
            sb = d.src_end
        while sb > sa and not text[sb - 1].isalnum() and text[sb - 1] not in ".)":
            sb -= 1
        while sa < sb and not text[sa].isalnum():
            sa += 1
        if sb > sa:
            span = Span.of(text, sa, sb)
            src = resolve_source(doc, d, span)
    elif d.kind_hint == "sources_said":
        src = Source(None, "sources_said", "unknown")
    cue = Span.of(text, *d.cue)
    direct = starts_quote(text, lo) or (QUOTE_MARK.search(text, lo, min(hi, lo + 3)) is not None and starts_quote(text, content[0][0]))
    vias = []
    for a, b in sorted(set(d.via)):
        while b > a and not text[b - 1].isalnum():
            b -= 1
        if b > a and (a, b) not in vias:
            vias.append((a, b))
    via = tuple(Span.of(text, a, b) for a, b in vias)
    act = "decline" if d.act == "assert" and _reports_non_answer(doc, lo, hi) else d.act
    if act in ("assert", "confirm") and _calls_it_false(doc, content[0]):
        act = "deny"
    elif act == "deny" and _takes_back_denial(doc, cue.text, content[0]):
        act = "confirm"
    return Attribution(src, cue, act, Span.of(text, lo, hi), frags, direct, via, d.si)


# "X cited/quoted Y | as saying (that) C": Y is the speaker, X the intermediary, C the content
_CITING_CUES = frozenset(("cited", "cites", "cite", "citing", "quoted", "quotes", "quote", "quoting"))
_CITED_AS = re.compile(r"([^,;:“”\"()]{1,90}?)\s+as\s+(?:saying|telling|stating|writing|claiming|confirming|warning|"
                       r"adding|arguing|noting|insisting|announcing|reporting)\b(?:\s+(?:reporters|journalists))?"
                       r"(?:\s+that)?\s*,?\s*(?=\S)")


def _cited_as_saying(text: str, d: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"The paper cited a diplomat as saying that C": the draft's source becomes a via, the
    words before "as saying" its source, and the content starts at C (``content`` returned
    cut; ``d`` changed in place).  Any other draft is left as it is."""
    if d.src is None or text[d.cue[0]:d.cue[1]].lower() not in _CITING_CUES or not content:
        return content
    a, b = content[0]
    m = _CITED_AS.match(text, a, b)
    if m is None or m.end() >= b:
        return content
    d.via.append(d.src)
    d.src, d.src_end, d.descriptor, d.resolved, d.anaphor_of, d.kind_hint = m.span(1), None, None, None, None, None
    return [(m.end(), b), *content[1:]]


def _split_non_answer(doc: Doc, att: Attribution) -> tuple[Attribution, ...]:
    """A non-answer whose content runs on into further sentences ("“The council is unable to
    confirm this report. The claims did not come from us,” X said") is two attributions of the
    same source and cue: the ``decline`` over the sentence that holds the non-answer, and an
    ``assert`` over the sentences after it, which state something (issue 12, new-user test).
    Anything else is returned as it is, alone."""
    if att.act != "decline" or att.content.start >= att.content.end:
        return (att,)
    text = doc.text
    lo, hi = att.content.start, att.content.end
    cut = next((s.start for s in doc.sentences if lo < s.start < hi), None)
    if cut is None or not _reports_non_answer(doc, lo, cut) or _reports_non_answer(doc, cut, hi):
        return (att,)
    first_end = cut
    while first_end > lo and text[first_end - 1].isspace():
        first_end -= 1
    if first_end <= lo or not any(ch.isalpha() for ch in text[cut:hi]):
        return (att,)
    frags = att.content_fragments or (att.content,)
    head = [Span.of(text, f.start, min(f.end, first_end)) for f in frags if f.start < first_end]
    tail = [Span.of(text, max(f.start, cut), f.end) for f in frags if f.end > cut]
    one = Attribution(att.source, att.cue, "decline", Span.of(text, lo, head[-1].end),
                      tuple(head) if len(head) > 1 else (), att.direct_quote, att.via, att.sentence)
    two = Attribution(att.source, att.cue, "assert", Span.of(text, tail[0].start, hi),
                      tuple(tail) if len(tail) > 1 else (), att.direct_quote, att.via, att.sentence)
    return (one, two)


def _calls_it_false(doc: Doc, first: tuple[int, int]) -> bool:
    """Does the content's first piece (characters ``first``) call what was reported false
    ("X said the reports were “pure fabrication”", "“That is a lie,” X said", "X called the
    claims a fabrication")?  Then the attribution is a denial, not an assertion: the claims
    parser joins it to the claim it answers (issue 9, stop 23; ``claims.toml``
    ``relation:called_false``)."""
    return doc.verdict is not None and doc.verdict.match(doc.text[first[0]:first[1]]) is not None


WALK_BACK_ENTRIES = frozenset(("walk-back",))  # denials.toml entries that take back a statement


def _takes_back_denial(doc: Doc, cue: str, first: tuple[int, int]) -> bool:
    """Is the cue a walk-back (``denials.toml`` ``walk-back``) whose object is the speaker's own
    denial ("the ministry later walked back its denial")?  Then it confirms what was denied
    (issue 9, stop 23; the claims parser links it to the denial it reverses)."""
    if doc.denial_object is None or doc.denial_object.match(doc.text[first[0]:first[1]]) is None:
        return False
    words = cue.split()
    for k in range(len(words)):  # the cue may hold an adverb before its form ("later walked back its")
        c = doc.cues.lookup(" ".join(words[k:]))
        if c is not None:
            return c.entry in WALK_BACK_ENTRIES
    return False


NON_ANSWER_LEAD = 6  # words of a content's first clause before a non-answer ("the palace did not have …")


def _reports_non_answer(doc: Doc, lo: int, hi: int) -> bool:
    """The content (characters ``lo``-``hi``) opens with a non-answer: a ``decline`` cue of the
    lexicon in its first clause, at most ``NON_ANSWER_LEAD`` words in, quotation marks ignored
    ("X said the palace did not have any information", "told reporters the government had
    “no update”"): the attribution reports that a question went unanswered."""
    head = QUOTE_MARK.sub("", doc.text[lo:hi]).lower()
    m = DECLINE_GAP.search(head)
    head = head[:m.start()] if m else head
    for c in doc.cues.regex.finditer(head):
        cue = doc.cues.lookup(c.group(0))
        if cue is not None and cue.act == "decline" and len(head[:c.start()].split()) <= NON_ANSWER_LEAD:
            return True
    return False
