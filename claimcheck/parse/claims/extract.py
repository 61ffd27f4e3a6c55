"""The claims of one article: one per attribution with content (denials and non-answers linked
to their antecedent), and the substantive unattributed sentences."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from claimcheck.lexicons import Lexicons
from claimcheck.model import ArticleMeta, Attribution, Claim, Sentence, Span
from claimcheck.parse.claims.answers import (after_non_answer, dismissed_not_denied, withholds_detail, answer_no, answerer_side, definite_deed, names_party, nobody_speaks,
                                             no_proposition, past_second_verb, question_put,
                                             same_deed)
from claimcheck.parse.claims import antecedents
from claimcheck.parse.claims.accusation import past_words
from claimcheck.parse.claims.cues import ClaimRules, _folded, _Hits, _modality, rules
from claimcheck.parse.claims.dates import _date_of
from claimcheck.parse.claims.times import with_times
from claimcheck.parse.claims.place import with_places
from claimcheck.parse.claims.predicate import with_predicates
from claimcheck.parse.claims.reversal import (WALK_BACK_ENTRIES, entry_of, link_self_reversals, same_source,
                                              walks_back_denial)
from claimcheck.parse.claims.spans import with_passage
from claimcheck.parse.claims.statements import (GENITIVE, PERSON_PRONOUNS, _subject_of_source, _verbs, balanced, compose,
                                                is_proposition, resolve_pronoun_start, strip_dateline,
                                                take_up_refusal)
from claimcheck.parse.claims.surface import sentence_pieces, trim_span

MIN_WORDS = 5
_INFINITIVE = re.compile(r"\s*to\s+[a-z]")
# "Asked about X, Y said C": the question put to Y (an attribution without a source whose cue is
# "Asked …", parse/attributions/content.asked_lead) is nobody's claim
_QUESTION_PUT = re.compile(r"(?:asked|pressed|questioned|quizzed)\b", re.I)


def extract_claims(text: str, sentences: Sequence[Sentence], attributions: Sequence[Attribution],
                   meta: ArticleMeta, lexicons: Lexicons,
                   title_span: tuple[int, int] | None = None) -> tuple[Claim, ...]:
    """The claims of one article: one per attribution whose content completes into a statement
    (:mod:`claimcheck.parse.claims.statements`), denials, non-answers and repetitions resolved
    to the claim they answer (``denies``), and the substantive unattributed sentences.  Every
    claim's ``span`` is the outer extent of the spans its statement is made of."""
    r = rules(lexicons)
    from claimcheck.parse.claims.lang import date_reader, hits_for

    language = meta.value("language")
    ctx = _Context(text, sentences, attributions, lexicons, hits_for(text, lexicons, language),
                   meta.published_date(), date_reader(lexicons, language), tuple(s.start for s in sentences))
    out: list[Claim] = []
    covered: set[int] = set()
    answers: list[int] = []
    walked: list[int] = []  # walk-backs of a denial ("walked back its denial")
    unsourced: set[int] = set()  # sentences whose only attributions have no source and no claim
    speech: set[int] = set()  # sentences with an attribution that is speech
    embedded: set[int] = set()  # sentences whose only speech is in a free relative ("what it says is …") and gave no claim
    for i, a in enumerate(attributions):
        if not_a_speaker(a, r):
            continue  # "photos showing X": the sentence is read in the outlet's own voice
        if a.source is None and _QUESTION_PUT.match(a.cue.text):
            continue
        if a.source is not None and a.source.span is not None and nobody_speaks(a.source.span.text, lexicons):
            covered.add(a.sentence)  # "No one denied it": nobody's claim, nor the outlet's (stop 26)
            continue
        covered.add(a.sentence)
        if _in_free_relative(ctx, a, r) or _inside_subject(ctx, a):
            # "released what he claims | to be new evidence", "A man who thought | he had lost X has
            # described …": the speech is part of a clause of the outlet's own, whose verb the content
            # would take in; no claim of it, the sentence is read in the outlet's voice
            embedded.add(a.sentence)
            continue
        if a.act in ("deny", "decline") and _echoes_sourced(a, attributions):
            continue  # "X said in a statement that C": the noun's unsourced reading of X's answer
        if walks_back_denial(a, lexicons) or _turns_on_denial(a, attributions):
            # "later walked back its denial", "X denies, then admits, Y": parse/claims/reversal.py
            walked.append(i)
            speech.add(a.sentence)
            continue
        if a.act == "assert" and _question_answered_no(ctx, a) is not None:
            answers.append(i)  # 'Asked whether C, X said: "No."': a denial of C, resolved below
            speech.add(a.sentence)
            continue
        if a.act in ("deny", "decline") or _answers_earlier(a, r, text):
            answers.append(i)  # resolved once every proposition of the article is known
            speech.add(a.sentence)
            if a.act in ("assert", "confirm") and a.source is not None and a.source.span is not None \
                    and _trailing_verdict(a.content.text, r) is not None:
                covered.update(_content_sentences(ctx, a))  # the quotation's report of C is the speaker's
            continue
        # a quotation of two sentences is two claims, each of the same source and attribution;
        # a content in pieces ("“A,” X said. “B. C.”") is read piece by piece, never with the tag
        made = _piece_claims(ctx, i, [p for f in _pieces_of(ctx, a)
                                      for p in sentence_pieces(f, ctx.sentences, ctx.starts, text)])
        if made and a.source is None and a.act == "hedge":
            # "It is believed that C": nobody is named who believes; the outlet's own voice, a
            # claim read as reported (issue 9, stop 23), never a vague "sources said"
            made = [replace(c, attribution=None) for c in made]
        if made:
            out.extend(made)
            speech.add(a.sentence)
            covered.update(c.sentence for c in made)
            # and the sentence its first part lies in (a speaker, a quote mark recovered from the sentence
            # before its own words): read as the speaker's, as before claims kept their own sentence
            covered.update(ctx.sentence_at(c.span.start, c.sentence) for c in made)
            if a.source is not None and a.source.span is not None:
                # every sentence of a speaker's quotation is the speaker's, never the outlet's
                # own voice, even one that made no claim of its own (issue 12 item 4)
                covered.update(_content_sentences(ctx, a))
        elif a.source is None or a.source.span is None:
            unsourced.add(a.sentence)
        elif r.gerund_start.match(a.content.text.lstrip()):
            unsourced.add(a.sentence)  # "X discussed | facilitating …": an action, not speech
        else:
            speech.add(a.sentence)
    # "It was not made clear whether …": no source, no proposition; the sentence may be one
    sourced = {x.sentence for x in attributions if x.source is not None and x.source.span is not None
               and not r.gerund_start.match(x.content.text.lstrip())}
    covered -= unsourced - sourced - speech
    # speech of its own elsewhere in the sentence keeps it (a claim's own sentence, or its first part's)
    covered -= embedded - speech - {c.sentence for c in out} - {ctx.sentence_at(c.span.start, c.sentence) for c in out}
    targets: dict[int, Claim] = {}
    for i in answers:
        for piece in _coordinated_deeds(ctx, i):
            # "rejected claims that it had supplied drones to X and laid mines in Y": one denial of each
            # deed, each answering its own claim (FINDINGS26, new problem 2)
            at = ctx if piece is None else replace(ctx, attributions=tuple(
                replace(x, content=piece) if k == i else x for k, x in enumerate(ctx.attributions)))
            # a deed of the pair answers the claim naming the denier that holds its words ("laid mines
            # in the Kessel river" / "Sylvanian engineers laid mines in the Kessel river")
            target = _later_answered(out, at.attributions[i], text, before=True) if piece is not None else None
            if target is not None:
                c = replace(target, attribution=i, sentence=attributions[i].sentence, polarity="negative",
                            modality="asserted", reverses=None, denies=None)
            else:
                c, target = _answer_claim(at, i, out)
            if c is not None:
                out.append(c)
                if target is not None:
                    targets[id(c)] = target
    out.extend(_sentence_claims(ctx, covered))
    out = _first_person_denials(ctx, out, targets)
    out.sort(key=lambda c: (c.span.start, c.attribution if c.attribution is not None else -1))
    pos = {id(c): k for k, c in enumerate(out)}
    out = [replace(c, denies=pos.get(id(targets[id(c)]))) if id(c) in targets else c for c in out]
    out = _link_reversals(out, text, sentences, attributions, lexicons)
    out = link_self_reversals(out, attributions, text, walked, lexicons)
    out = with_predicates(out, lexicons, english=ctx.hits.english)  # parse.claims.predicate
    out = with_places(out, text, sentences, lexicons, english=ctx.hits.english)  # parse.claims.place
    out = with_times(out, lexicons, sentences, text, lambda t: ctx.date_of(t, ctx.published, None))  # parse.claims.times: an event's date from its passage or lede
    return tuple(with_passage(out, sentences, text))  # parse.claims.spans: the sentences shown with each


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    sentences: Sequence[Sentence]
    attributions: Sequence[Attribution]
    lex: Lexicons
    hits: _Hits
    published: dt.date | None
    date_of: Callable[[str, dt.date | None, str | None], tuple[str | None, str | None]] = _date_of
    starts: tuple[int, ...] = ()  # the sentences' start offsets, in order
    words: dict[str, object] = field(default_factory=dict)  # lookup tables built on first use (_word_index, _attributions_of)

    def sentence_at(self, pos: int, default: int) -> int:
        """The index of the sentence holding offset ``pos``; ``default`` when none does."""
        k = bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.sentences[k].end else default

    def sentence(self, k: int) -> Sentence | None:
        return self.sentences[k] if 0 <= k < len(self.sentences) else None


def _pieces_of(ctx: _Context, a: Attribution) -> tuple[Span, ...]:
    """The content of ``a`` as its fragments when it runs over several sentences ("“A,” X said.
    “B. C.”": never a piece with the tag between), else whole (a fragmented content inside one
    sentence is read as one, as before)."""
    if a.content_fragments and ctx.sentence_at(a.content.start, -1) != ctx.sentence_at(a.content.end - 1, -2):
        return a.content_fragments
    return (a.content,)


def _content_sentences(ctx: _Context, a: Attribution) -> list[int]:
    """The indices of the sentences that attribution ``a``'s content fragments lie in, each
    counted when a fragment holds a letter of it."""
    out = []
    for f in a.content_fragments or (a.content,):
        k = ctx.sentence_at(f.start, -1)
        while 0 <= k < len(ctx.sentences) and ctx.sentences[k].start < f.end:
            s = ctx.sentences[k]
            if any(ch.isalpha() for ch in ctx.text[max(s.start, f.start):min(s.end, f.end)]):
                out.append(k)
            k += 1
    return out


def _in_free_relative(ctx: _Context, a: Attribution, r: ClaimRules) -> bool:
    """Do ``a``'s source and cue stand in a free relative inside a clause of the outlet's own
    (``claims.toml``'s ``source:embedded``: "Ruritania has offered to train … forces …, stepping up
    efforts to eradicate what it says | is a threat …")?  Such an attribution, when it gives no
    claim, leaves its sentence to be read as the outlet's claim (the new user's lede, stop 22)."""
    sent = ctx.sentence(a.sentence)
    if sent is None or a.source is None or a.source.span is None or not sent.start <= a.source.span.start:
        return False
    for m in r.embedded_source.finditer(ctx.text, sent.start, a.cue.end):
        if m.start() < a.cue.start and m.end() == a.cue.end:  # "what" before the cue (the source may hold it)
            return True
    return False


_DASH_ASIDE = re.compile(r"\s[-–—]\s")


def _inside_subject(ctx: _Context, a: Attribution) -> bool:
    """Does ``a``'s cue stand in a clause that modifies the subject of its sentence, before the
    sentence's own verb, so that the content runs on into the main predicate (stop 22): a
    restrictive relative ("A husband who thought | he had lost a recording … has described the
    moment …"), one set off by dashes ("The bandit - who supposedly targeted | X - was
    humiliated …"), or a participle right after a subject that opens the sentence ("Activists
    demanding | free elections … have been holding …")?  No verb stands between the sentence's
    start and the source."""
    sent = ctx.sentence(a.sentence)
    src = a.source.span if a.source is not None else None
    if sent is None or src is None or not sent.start <= src.start:
        return False
    lead = ctx.text[sent.start:src.start]
    if _verbs(lead, ctx.lex):
        return False
    word = src.text.strip().lower()
    if word in ("who", "which", "that"):
        restrictive = not lead.rstrip().endswith(",")
        return restrictive or bool(_DASH_ASIDE.search(a.content.text))
    cue = a.cue.text.split()
    return (bool(cue) and cue[0].lower().endswith("ing") and not lead.strip(" \t\n\"“‘'")
            and not ctx.text[src.end:a.cue.start].strip() and not _verbs(src.text, ctx.lex))


def _outer(parts: Sequence[Span], text: str) -> Span:
    return Span.of(text, min(p.start for p in parts), max(p.end for p in parts))


def _content_claim(ctx: _Context, i: int, content: Span, negative: bool = False) -> Claim | None:
    """The claim of attribution ``i``'s content, or None when it does not complete into a statement."""
    text, lex, hits = ctx.text, ctx.lex, ctx.hits
    a = ctx.attributions[i]
    if not content.text.strip():
        return None
    sent = ctx.sentence(a.sentence)
    opening = _OPENING_PRONOUN.match(content.text)
    st = compose(text, content, a, sent, lex,
                 antecedent=_person_before(ctx, a.sentence, opening.group(1).lower() if opening else None,
                                           content.start),
                 english=hits.english) or hits.statement(text, content)
    if st is None:
        return None
    span = _outer(st.parts, text)
    body = next((p for p in reversed(st.parts) if len(p.text) > 1), st.parts[-1])  # not a closing quote mark
    reported = a.source is None or a.source.kind == "sources_said" or a.act == "hedge"
    possible = bool(rules(lex).possible.search(a.cue.text))  # the cue itself leaves it open
    # the negation of the content's own words: a recovered subject ("the minister, who | has backed but
    # not joined …") is outside it
    polarity = "negative" if negative or a.act == "deny" or hits.negated(text, body.start, body.end) else "positive"
    # "air strikes … that X said were staged by Y": the sentence names the action
    acts = hits.actions(span.start, span.end) or (hits.actions(sent.start, sent.end) if sent else ())
    # the folded article sliced is the folded content: only ASCII letters change (_folded)
    clow = hits.folded[body.start:body.end] if hits.folded is not None else _folded(body.text)
    refers, raw = ctx.date_of(body.text, ctx.published, clow)
    # the actors the statement names; a possessor put for "his"/"its" ("X’s troops") is a modifier
    # of the subject, not a party of its own, and stays out (the content named none)
    owners = {p for p in st.parts if (p.text + GENITIVE) in st.text and p.start < content.start}
    # nor is the cue, with an addressee, of a quotation shown with its speaker ("X told | the Herald “…”")
    actors = [n for p in st.parts if p not in owners and p.start != a.cue.start for n in hits.nouns_in(p.start, p.end)]
    if (a.act == "deny" or _INFINITIVE.match(content.text)) and a.source is not None and a.source.span is not None:
        # "X denied doing C", "X plans to do C": the source is the one who acts
        actors = [c for _, _, c in hits.source_nouns((a.source.resolved or a.source.span).text)][-1:] + actors
    single = len(st.parts) == 1 and st.parts[0] == span and st.text == span.text
    # a piece of a quotation of several sentences lies in its own sentence: the sentence of its own
    # words, not of a part recovered from elsewhere (a speaker named before it, a quote mark opened there)
    k = a.sentence if sent is not None and sent.start <= body.start < sent.end else ctx.sentence_at(body.start, a.sentence)
    return Claim(span=span, attribution=i, sentence=k, actors=tuple(dict.fromkeys(actors)),
                 action=acts[0] if acts else None, polarity=polarity,
                 modality="possible" if possible else _modality(body.text, reported, lex, clow),
                 refers_to=refers, refers_to_raw=raw,
                 statement="" if single else st.text, parts=() if single else st.parts)


def _piece_claims(ctx: _Context, i: int, pieces: list[Span]) -> list[Claim]:
    """The claims of the sentences of one content (:func:`surface.sentence_pieces`), one per
    sentence; a sentence that is no claim by itself ("The dam is safe for now.": under four
    content words) is read together with the sentence after it, a last one with the one before;
    never more than two sentences: a sentence that is no claim with the next either is left out, so
    that no claim runs over a passage of several propositions (a negation in one of them read as
    the polarity of all: a five-sentence answer of a congressman read as a denial of the sentence
    it held; the FNC-1 corpus re-read, stop 24, fixed stop 26)."""
    text = ctx.text
    made: list[tuple[Span, Claim]] = []
    pending: Span | None = None  # the sentence not yet a claim, to be read with the next
    for p in pieces:
        if pending is not None and any(ch.isalpha() for ch in text[pending.end:p.start]):
            pending = None  # "“A,” X said. “B.”": a piece never reads on over the tag between
        own = p
        if pending is not None:
            p = Span(pending.start, p.end, text[pending.start:p.end])
        c = _content_claim(ctx, i, p)
        if c is None:
            pending = own  # the earlier sentence, read with this one in vain, is left out
            continue
        made.append((p, c))
        pending = None
    if pending is not None and made and not any(ch.isalpha() for ch in text[made[-1][0].end:pending.start]):
        last, _ = made[-1]
        c = _content_claim(ctx, i, Span(last.start, pending.end, text[last.start:pending.end]))
        if c is not None:
            made[-1] = (last, c)
    return [c for _, c in made]


def _answer_claim(ctx: _Context, i: int, claims: list[Claim]) -> tuple[Claim | None, Claim | None]:
    """A denial, non-answer or repetition resolved to the proposition it answers: a claim whose
    span lies inside its content ("dismissed a post alleging C"), else an earlier claim when the
    content is missing or anaphoric ("denied involvement", "said the same"); a denial with a
    content of its own is a negative claim of it ("denied that it had sent troops").  Returns
    the claim (None: nothing to say) and the claim it answers (None: none)."""
    a = ctx.attributions[i]
    r = rules(ctx.lex)
    content = a.content
    q = _question_answered_no(ctx, a) if a.act == "assert" else None
    if q is not None:
        return _no_answer_claim(ctx, i, q, claims)
    if a.act == "decline" and withholds_detail(ctx.text[a.cue.start:a.cue.start + 200], ctx.lex):
        # "did not specify the locations of the attacks", "the demands, which weren't specified": a
        # detail withheld, no proposition left unanswered (deny27)
        return None, None
    if a.act == "deny" and dismissed_not_denied(a.cue.text, content.text, ctx.lex):
        return None, None  # "has dismissed 849 marijuana cases": a court's act, no denial (deny27)
    repeat = bool(r.repeat.match(content.text)) or _confirms_earlier(a, r)
    called_false = a.act not in ("deny", "decline") and bool(r.called_false.match(content.text))
    if a.act not in ("deny", "decline") and _dismisses_report(a, r, ctx.text):
        # "X described the reports that C as baseless", "said claims that C were false": a
        # denial of C, with C's own words
        m = r.dismissal_copula.search(ctx.text, content.start, content.end)
        own = _content_claim(ctx, i, Span.of(ctx.text, content.start, m.start()) if m else content, negative=True)
        return own, None
    cut = _trailing_verdict(content.text, r) if a.act in ("assert", "confirm") and not called_false else None
    if cut is not None:
        # "“A website stated that C. This report is entirely false,” the judge said": the quotation
        # reports C to call it false, a denial of C (kc12597, the FNC-1 corpus re-read; deny27)
        lead = _REPORTED_LEAD.search(content.text, 0, cut)
        start = content.start + (lead.end() if lead is not None else 0)
        own = _content_claim(ctx, i, Span.of(ctx.text, start, content.start + cut), negative=True)
        return own, None
    accusing = a.act not in ("deny", "decline") and not called_false and bool(r.accused_of_lying.match(content.text))
    if accusing:  # "X accused Tehran of lying when it said C": X backs what Tehran denied
        target = _antecedent(claims, a, ctx.attributions, who=content.text.split(" of ", 1)[0])
        return (None, None) if target is None else (
            replace(target, attribution=i, sentence=a.sentence, polarity="positive", modality="asserted",
                    reverses=None, denies=None), None)
    inner = [c for c in claims if c.attribution != i and content.start <= c.span.start and c.span.end <= content.end]
    target = inner[-1] if inner and not repeat and not called_false else None
    if target is None and not repeat and not called_false:
        # a denial or non-answer with content of its own is about that content: it answers a claim
        # only when that claim states it (the denier named, the content's words held), never the
        # nearest claim (issue 9, stop 23, deny23)
        about = _own_content(ctx, a, r)
        if about is not None:
            target = _proposition_answered(claims, a, about.text, ctx.hits.actions(about.start, about.end),
                                           ctx.lex if r.own_part.match(content.text) or a.act == "decline" else None)
            if target is None:
                if a.act == "deny" and not r.own_part.match(content.text):
                    own = _content_claim(ctx, i, content, negative=True)
                    return own, None
                return None, None
    if target is None and a.act == "decline" and _answers_question(ctx, a):
        return None, None  # "But who will play the friend? Sorkin didn't say.": the question's, no claim's
    if target is None and (repeat or called_false or a.act == "decline" or not content.text.strip()
                           or r.anaphoric.search(content.text)):
        if a.act == "deny" and not repeat:
            # "X denied C, calling the claim a lie": the claim named is the one X's denial in the
            # same sentence answers, not the nearest claim naming X (deny24b)
            target = _sentence_denial_target(claims, a, ctx.attributions)
        # a denial or non-answer answers the nearest claim its answerer's side is a party of; a
        # bare one ("declined to comment", "“It's a nonsense”") only such a claim, never merely the
        # nearest, while one that refers back ("the claims", "the matter") may answer the nearest
        # (issue 9 item 3, stop 26)
        # (nor one without a source, "The footage could not be independently verified": the
        # outlet's caveat on what its subject names, the claim before it)
        answer = not repeat and (a.act in ("deny", "decline") or called_false)
        sourced = a.source is not None and a.source.span is not None
        target = target or _antecedent(claims, a, ctx.attributions, repeat,
                                       named=answer and sourced and not (called_false or _refers_back(ctx, a, r)),
                                       lex=ctx.lex if answer else None)
        if answer and target is not None and a.act in ("deny", "decline"):
            # "X denied the reports, saying that Holm wasn't in the area": the reports are those
            # about whom the elaboration names, not the nearest claim (deny27)
            target = _elaborated_target(ctx, a, claims, target)
    if target is None and a.act == "deny" and content.text.strip() and not r.anaphoric.search(content.text):
        own = _content_claim(ctx, i, content, negative=True)
        if _VERBISH.search(_CLAUSE_END.split(content.text, 1)[0]) is None and entry_of(a, ctx.lex) in WALK_BACK_ENTRIES:
            # "backtracked on his claims", "retracted its own article": what is taken back is the
            # source's own earlier claim, never a claim made of the object's words
            return _take_back(claims, i, ctx.attributions)
        bare = _bare_noun_phrase(content.text, r) and not r.called_false.match(content.text)
        if bare:
            # "Freedonia denies drone strikes": a bare noun phrase answers the claim of the article
            # that names the denier and holds its words, before or after it (issue 9, stop 23)
            target = _later_answered(claims, a, ctx.text, whole=True, before=True)
        if own is not None and target is None:
            return own, None
        if bare and target is None:
            # "Borduria denied the attack" / "Kessel was shelled on Sunday": the deed the noun names,
            # reported in the article without the denier (FINDINGS26 2); else it answers no other claim
            target = _same_deed_answered(ctx, claims, i)
            if target is None:
                return None, None
        # "denied the bombing campaign"; a lede's "X denied supplying drones to Y", whose
        # allegation is reported below it, answers that later claim
        if target is None and r.gerund_start.match(content.text.lstrip()):
            # "X denied poisoning the wells": the claim naming X that holds the gerund's object,
            # before or after it, not the nearest claim naming X ("X's jets bombed a school", deny24b)
            target = _later_answered(claims, a, ctx.text, before=True) or _same_deed_answered(ctx, claims, i)
        lead = _WORD4.findall(content.text)[:1]
        if target is None and lead and lead[0].lower() in _REPORT_NOUNS:
            target = _sentence_denial_target(claims, a, ctx.attributions)  # "…, calling the story a lie"
        # a content of its own that states nothing the article asserts answers no claim: never
        # the nearest claim whoever it names ("officials have downplayed the threat of …" is no
        # denial of "The congressman was conveying what he knows"; stop 26)
        target = target or _antecedent(claims, a, ctx.attributions, named=not _refers_back(ctx, a, r), lex=ctx.lex) \
            or _later_answered(claims, a, ctx.text)
        if target is None and len(_content_words(content.text)) <= _VERDICT_WORDS:
            # a bare verdict ("“A lie,” X said", "“It's a nonsense”") names nothing of its own: it
            # answers the allegation just before it, in its sentence or the one before (stop 26)
            target = _adjacent_claim(claims, a, ctx.attributions)
    if target is None and (a.act == "deny" or called_false):
        # "X denied reports that C. Its minister described the reports as nonsense": the only
        # earlier proposition is X's denial of C; the minister denies C too (not no claim at all)
        target = _earlier_denial(claims, a, ctx.attributions)
    if target is None:
        return None, None
    if repeat:
        polarity = target.polarity
    else:
        polarity = "negative" if a.act == "deny" or called_false else target.polarity
    actors = target.actors
    if a.act == "deny" and r.own_part.match(content.text) and a.source is not None and a.source.span is not None:
        # "X denied any involvement in C": the denier is a party to C
        denier = [c for _, _, c in ctx.hits.source_nouns((a.source.resolved or a.source.span).text)][-1:]
        actors = tuple(dict.fromkeys((*actors, *denier)))
    return replace(target, attribution=i, sentence=a.sentence, polarity=polarity, modality="asserted",
                   reverses=None, denies=None, actors=actors), target


_AND = re.compile(r",?\s+and\s+")
_PAST_HEAD = re.compile(r"(?:had\s+|has\s+|have\s+)?[a-z]{2,}ed\b")


def _coordinated_deeds(ctx: _Context, i: int) -> list[Span | None]:
    """The contents of denial ``i`` one per coordinated deed: "that it had supplied drones to X
    and laid mines in Y" gives "it had supplied drones to X" and "laid mines in Y" (a verb right
    after the "and", a verb before it); ``[None]`` (the content as it is) for any other content,
    and for every answer that is not a denial.  The second piece has no subject of its own: the
    statement composer takes the denier's, as for "denied laying mines"."""
    a = ctx.attributions[i]
    if a.act != "deny" or not a.content.text.strip():
        return [None]
    text = a.content.text
    verbs = _verbs(text, ctx.lex)
    past = past_words(ctx.lex)
    for m in _AND.finditer(text):
        # a past verb right after the "and" ("and laid", "and shelled"), not a present form or a noun
        # before a preposition ("and women on", "and suggest the latter")
        nxt = _PAST_HEAD.match(text, m.end()) or past.match(text, m.end())
        if nxt is not None and any(e <= m.start() for _, e in verbs):
            lo, hi = a.content.start, a.content.start + m.end()
            first = Span(lo, lo + m.start(), text[:m.start()])
            second = Span(hi, a.content.end, text[m.end():])
            return [first, second]
    return [None]


def _question_answered_no(ctx: _Context, a: Attribution) -> Span | None:
    """The proposition a bare no answers ('Asked whether Freedonian troops were in Sylvania, the
    minister said: "No, absolutely not."': "Freedonian troops were in Sylvania"), the question
    put at the start of its sentence (``claims.toml`` ``relation:question_put``) when the whole
    content is a no (``relation:answer_no``); None otherwise."""
    if a.source is None or a.source.span is None or not answer_no(a.content.text, ctx.lex):
        return None
    sent = ctx.sentence(a.sentence)
    q = question_put(ctx.text, sent.start, a.cue.start, ctx.lex) if sent is not None else None
    return Span(q[0], q[1], ctx.text[q[0]:q[1]]) if q is not None else None


def _no_answer_claim(ctx: _Context, i: int, q: Span, claims: list[Claim]) -> tuple[Claim | None, Claim | None]:
    """Attribution ``i``'s bare no to the question ``q``: a denial of the claim of another source
    that states every content word of ``q`` (the nearest, before or after it), else a negative
    claim of ``q``'s own words (FINDINGS26, new problem 2: my5/e02's answer was lost)."""
    a = ctx.attributions[i]
    words = _content_words(q.text)
    near = sorted((c for c in claims if c.attribution != i and c.polarity == "positive"),
                  key=lambda c: abs(c.span.start - a.cue.start))
    target = next((c for c in near if len(words) >= 2 and words <= _content_words(c.statement or c.span.text)), None)
    if target is None:
        acts = set(ctx.hits.actions(q.start, q.end))
        target = next((c for c in near if c.action is not None and c.action in acts and len(words) >= 2
                       and len(words & _content_words(c.statement or c.span.text)) >= len(words) - 1), None)
    if target is None:
        return _content_claim(ctx, i, q, negative=True), None
    return replace(target, attribution=i, sentence=a.sentence, polarity="negative", modality="asserted",
                   reverses=None, denies=None), target


_REPORT_LEAD = 40  # characters of a content before the report noun of a dismissal ("the latest reports that")


def _dismisses_report(a: Attribution, r: ClaimRules, text: str | None = None) -> bool:
    """"X described the reports that C as baseless", "called a post alleging C a fabrication",
    "said claims that C were false": a report of C named near the start of the content and a
    dismissal's words after it (``dismissal_tail``, or ``dismissal_copula``).  With the article
    ``text``, also "Claims that C were false" read with the report noun as the cue: the noun
    and "that" lead into the content, whose copula calls it false."""
    m = r.report_that.search(a.content.text)
    if m is not None and m.start() <= _REPORT_LEAD:
        return (r.dismissal_tail.search(a.content.text, m.end()) is not None
                or r.dismissal_copula.search(a.content.text, m.end()) is not None)
    if text is None or not a.content.text.strip() or a.cue.end > a.content.start:
        return False
    m = r.report_that.match(text, a.cue.start, a.content.start + 1)
    return (m is not None and a.content.start - 1 <= m.end() <= a.content.start + 1
            and r.dismissal_copula.search(a.content.text) is not None)


def _confirms_earlier(a: Attribution, r: ClaimRules) -> bool:
    """"X confirmed it", "Y confirmed the reports": a confirmation whose whole content is
    anaphoric repeats the proposition it refers to."""
    return a.act == "confirm" and bool(r.anaphoric.match(a.content.text)) and not r.own_part.match(a.content.text)


def _answers_earlier(a: Attribution, r: ClaimRules, text: str | None = None) -> bool:
    """Is ``a`` (not a denial or non-answer) an answer to an earlier proposition: a repetition
    ("said the same"), a confirmation of "it", the reports called false, an accusation of lying,
    or a dismissal of a named report?"""
    return (any(p.match(a.content.text) for p in (r.repeat, r.called_false, r.accused_of_lying))
            or _confirms_earlier(a, r) or _dismisses_report(a, r, text)
            or (a.act in ("assert", "confirm") and _trailing_verdict(a.content.text, r) is not None))


def _sentence_claims(ctx: _Context, covered: set[int]) -> list[Claim]:
    """The substantive unattributed sentences: an action class or two names, and a proposition."""
    text, hits = ctx.text, ctx.hits
    out = []
    stood_for: dict[int, Span] = {}  # sentence → the antecedent its opening pronoun was resolved to
    for k, s in enumerate(ctx.sentences):
        if s.boilerplate or k in covered:
            continue
        stext = text[s.start:s.end]
        if len(stext.split()) < MIN_WORDS or stext.rstrip(" \t\n)]”\"’'").endswith("?"):
            continue  # a question, also in brackets or quote marks ("(… wouldn’t a hitman have taken …?)")
        names = tuple(dict.fromkeys(hits.nouns_in(s.start, s.end)))
        acts = hits.actions(s.start, s.end)
        if not acts and len(names) < 2:
            continue
        lead = trim_span(text, Span(s.start, s.end, stext), ctx.hits.rules, tail=False, quotes=False).text  # "But …"
        if not is_proposition(lead, ctx.lex, hits.english) or ctx.hits.rules.said_tail.search(stext) \
                or ctx.hits.rules.frame_tail.match(". " + stext, 1):  # "Lind told the Herald on Monday.”": a tag alone
            continue  # a fragment, or speech ("…, X said.") the attribution parser did not read
        if hits.english and ctx.hits.rules.first_person.match(lead.lstrip(" \t\"“‘'«„")):
            continue  # "My phone drives me crazy …": whose words they are is not in the text (a post, a column)
        span = Span(s.start, s.end, stext)
        body = balanced(text, span)  # "1) Study links …", "Reuters) - X has decided …"
        if body is None:
            continue
        cut = strip_dateline(text, body.start, body.end, ctx.hits.rules)  # "VELMORA (AP) — …"
        if cut != body.start:
            body = Span(cut, body.end, text[cut:body.end])
        body = trim_span(text, body, ctx.hits.rules)  # "Separately, …", "(Meridian Press) - …", a lone quote mark
        ante = stood_for.get(k - 1) or _pronoun_antecedent(ctx, k)
        st = resolve_pronoun_start(text, body, ante, ctx.lex, hits.english)
        if st is None:
            continue  # "He later made …" with nobody it can stand for: a fragment, not a claim
        if st.parts[0] is ante:
            stood_for[k] = ante  # "He was in X. He later made …": the same antecedent
        slow = hits.folded[s.start:s.end] if hits.folded is not None else _folded(stext)
        refers, raw = ctx.date_of(stext, ctx.published, slow)
        single = st.parts == (span,)
        out.append(Claim(span=span, attribution=None, sentence=k,
                         actors=names if single else tuple(dict.fromkeys(
                             [n for p in st.parts for n in hits.nouns_in(p.start, p.end)]
                             + hits.nouns_in(body.start, body.end))),  # not a dateline's, a connective's
                         action=acts[0] if acts else None,
                         polarity="negative" if hits.negated(text, s.start, s.end) else "positive",
                         modality=_modality(stext, False, ctx.lex, slow), refers_to=refers, refers_to_raw=raw,
                         statement="" if single else st.text, parts=() if single else st.parts))
    return out


def _pronoun_antecedent(ctx: _Context, k: int) -> Span | None:
    """What the pronoun opening unattributed sentence ``k`` stands for (he, she, his, her
    only): :func:`_person_before` for that pronoun.  None when there is none (the sentence is
    then no claim)."""
    r = rules(ctx.lex)
    s = ctx.sentences[k]
    m = r.pronoun_start.match(ctx.text[s.start:s.end])
    if m is None or m.group(0).strip().lower() not in PERSON_PRONOUNS:
        return None
    return _person_before(ctx, k, m.group(0).strip().lower(), s.start)


_OPENING_PRONOUN = re.compile(r"[\s\"“‘'«„]*(he|she|his|her|him)\b", re.I)


def _person_before(ctx: _Context, k: int, pronoun: str | None = None, upto: int | None = None) -> Span | None:
    """The person a he/she/his/her in sentence ``k`` (at ``upto``, default the sentence's
    start) stands for, when the text before names exactly one person it can be (stop 22, the
    decision in ``docs/decisions.md``): the named person speaking in one of the two sentences
    before (the latest), else the name opening the sentence before when it is no state,
    organisation or outlet of the gazetteer; in either case only when the sentence before
    names no other person (:func:`_other_persons`: "Jan Novak met Karl Adler … . He later …"
    is no claim, where "he" may be either).  The antecedent must also agree and lie near
    (text27, :mod:`claimcheck.parse.claims.antecedents`): no outlet ("according to newspaper
    Il Corriere Kessel"), no name that modifies a group noun ("Kessel police said …"), in the
    pronoun's paragraph or the two before and no heading between, with no noun of the pronoun's gender between ("the
    nun"), and a speaker two sentences back is no antecedent when the sentence between opens on
    another person ("X said … . Vogel, a veteran, has not been charged. He is on paid leave").
    None otherwise: the sentence or content is then no claim."""
    prev = ctx.sentence(k - 1)
    here = ctx.sentences[k] if 0 <= k < len(ctx.sentences) else None
    end = upto if upto is not None else (here.start if here is not None else len(ctx.text))
    for a in _attributions_back_from(ctx, k):  # in sentence order
        if a.sentence >= k:
            continue
        if a.sentence < k - 2:
            break
        if a.source is not None and a.source.span is not None and a.source.kind == "named" \
                and a.source.type == "person":
            who = _subject_of_source(ctx.text, a, ctx.lex)
            if who is None or prev is None or _other_persons(ctx, prev, who):
                return None
            if antecedents.names_an_outlet(a.source.span.text, ctx.lex) or not _near(ctx, a.sentence, k) \
                    or _rival_between(ctx, who, a.source.span, end, pronoun):
                return None
            if a.sentence == k - 2:
                other = _opening_person(ctx, k - 1)
                if other is not None and not _same_person(other, who):
                    return None  # the sentence between is about someone else: either may be meant
            return who
    who = _opening_person(ctx, k - 1)
    if who is None or prev is None or not _near(ctx, k - 1, k) or _rival_between(ctx, who, None, end, pronoun):
        return None
    return None if _other_persons(ctx, prev, who) else who


def _opening_person(ctx: _Context, k: int) -> Span | None:
    """The name opening sentence ``k`` when it can be a person: no state, organisation or
    outlet of the gazetteer, no common noun capitalised, not a modifier of a group noun
    ("Kessel police", :func:`antecedents.modifies_a_noun`), not the name of a speaker that is no
    person; None otherwise."""
    prev = ctx.sentence(k)
    if prev is None or prev.boilerplate:
        return None
    nouns = _nouns_starting_in(ctx, prev.start, prev.end)
    if not nouns or ctx.text[prev.start:nouns[0][0]].strip(" \t\n\"“‘'") not in ("", "The", "the"):
        return None
    s0, e0, name = nouns[0]
    if name.casefold() in _not_persons(ctx.lex) or antecedents.modifies_a_noun(ctx.text, e0, ctx.lex):
        return None
    if len(nouns) > 1 and _NOUN_PHRASE_GAP.fullmatch(ctx.text, e0, nouns[1][0]) \
            and not ctx.hits.rules.finite_verb.search(ctx.text, e0, nouns[1][0]):
        return None  # "North Korean dictator Kim Jong Un’s sister Kim Yo-jong …": which name is the subject is not known
    if " " not in name and "-" not in name and not _named_elsewhere(ctx, re.sub(r"['’]s$", "", name), s0):
        return None  # "Hostages gave him …": a common noun capitalised at the start of a sentence
    if " " not in name and any(rx.fullmatch(name) for rx in antecedents.gender_nouns(ctx.lex, None)):
        return None  # "Nun gives birth": a noun of a person, capitalised, is no name (text27)
    if any(a.source is not None and a.source.span is not None
           and a.source.type not in ("person", "unknown") and name in a.source.span.text for a in _attributions_of(ctx, k)):
        return None  # "Police said …": the sentence's speaker is no person
    return Span(s0, e0, ctx.text[s0:e0])


def _attribution_index(ctx: _Context) -> tuple[dict[int, list[Attribution]], list[int] | None]:
    """``ctx.attributions`` by sentence (each sentence's in their order), and their sentences
    in order when these never decrease (else None); built once per attributions tuple (kept in
    ``ctx.words``; a context :func:`dataclasses.replace`-d with other attributions builds its
    own), so a lookup costs a sentence's attributions, not the article's (perf27)."""
    held = ctx.words.get("by_sentence")
    if held is None or held[0] is not ctx.attributions:  # type: ignore[index]
        index: dict[int, list[Attribution]] = {}
        for a in ctx.attributions:
            index.setdefault(a.sentence, []).append(a)
        order = [a.sentence for a in ctx.attributions]
        ordered = all(x <= y for x, y in zip(order, order[1:]))
        held = ctx.words["by_sentence"] = (ctx.attributions, index, order if ordered else None)
    return held[1], held[2]  # type: ignore[index,return-value]


def _attributions_of(ctx: _Context, k: int) -> list[Attribution]:
    """The attributions of ``ctx.attributions`` whose sentence is ``k``, in their order."""
    return _attribution_index(ctx)[0].get(k, [])


def _attributions_back_from(ctx: _Context, k: int) -> Iterator[Attribution]:
    """``reversed(ctx.attributions)`` from the last attribution of a sentence before ``k``
    on, when the attributions are in sentence order (found by bisection: the later ones are
    skipped without a scan); the whole reversed tuple otherwise."""
    order = _attribution_index(ctx)[1]
    if order is None:
        yield from reversed(ctx.attributions)
        return
    for i in range(bisect_left(order, k) - 1, -1, -1):
        yield ctx.attributions[i]


def _same_person(a: Span, b: Span) -> bool:
    """Do two mentions name one person: overlapping, or one's last word the other's ("Karl Adler" / "Adler")."""
    if a.start < b.end and b.start < a.end:
        return True
    last = {re.sub(r"['’]s$", "", x.text.split()[-1]).casefold() for x in (a, b) if x.text.split()}
    words = [set(re.sub(r"['’]s$", "", w).casefold() for w in x.text.split()) for x in (a, b)]
    return bool(last & words[0] & words[1])


def _near(ctx: _Context, j: int, k: int) -> bool:
    """Is sentence ``j`` (an antecedent's) near sentence ``k``: at most
    ``antecedents.MAX_PARAGRAPHS_BACK`` paragraphs before it, with no heading between (a
    paragraph of one short sentence without closing punctuation, :func:`antecedents.is_heading`:
    "… said X.\n\nKey witness speaks out\n\nHe …" starts another section)?"""
    if not (0 <= j < len(ctx.sentences) and 0 <= k < len(ctx.sentences)):
        return False
    if ctx.sentences[k].paragraph - ctx.sentences[j].paragraph > antecedents.MAX_PARAGRAPHS_BACK:
        return False
    return not any(antecedents.is_heading(ctx.text, ctx.sentences, i) for i in range(j + 1, k))


def _rival_between(ctx: _Context, who: Span, speaker: Span | None, end: int, pronoun: str | None) -> bool:
    """Is there a noun of the pronoun's gender (``antecedent:female`` / ``antecedent:male``;
    either, without ``pronoun``) between antecedent ``who`` and ``end``, outside the speaker's
    words: another person the pronoun may stand for ("… the nun’s convent … she was pregnant")?"""
    lo = max(who.end, speaker.end if speaker is not None else who.end)
    for rx in antecedents.gender_nouns(ctx.lex, pronoun):
        if rx.search(ctx.text, lo, max(lo, end)) is not None:
            return True
    return False


def _nouns_starting_in(ctx: _Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """The article's proper nouns (``ctx.hits.nouns``, ``(start, end, chunk)`` in text order)
    that start in ``[start, end)``, found by bisection on their starts: a lookup costs the
    nouns of the span, not of the article (perf27: a scan of every noun for every sentence made
    ingest quadratic in an article's length)."""
    nouns, starts = ctx.hits.nouns, ctx.hits.noun_starts
    return list(nouns[bisect_left(starts, start):bisect_left(starts, end)])


def _other_persons(ctx: _Context, sent: Sentence, who: Span) -> bool:
    """Does ``sent`` name a person other than ``who``: a name of two words or more (or a person
    of the gazetteer) that is no state, organisation or outlet of the gazetteer and does not
    overlap ``who`` or repeat its last word ("Karl Adler … Adler")?  One-word names are not
    counted (a town, "Kolno", cannot be told from a surname), so "Novak met Adler. He …" is
    still read as Novak."""
    last = who.text.split()[-1].casefold() if who.text.split() else ""
    last = re.sub(r"['’]s$", "", last)
    for s0, e0, name in _nouns_starting_in(ctx, sent.start, sent.end):
        if s0 < who.end and who.start < e0:
            continue
        base = re.sub(r"['’]s$", "", name)
        fold = base.casefold()
        if fold in _not_persons(ctx.lex) or last in fold.split():
            continue
        if len(base.split()) >= 2 or fold in _persons(ctx.lex):
            return True
    return False


# between two names of one noun phrase: lower-case words only ("dictator", "foreign minister"), or a genitive
# (no preposition: "X’s visit to Y" has X for its head)
_NOUN_PHRASE_GAP = re.compile(r"(?:['’]s)?(?:\s+(?!(?:to|of|in|on|at|from|for|with|by|about|into|over|after|before|during|"
                              r"near|against|between|among|under|than|as)\b)[a-z][\w\-]*){0,3}\s+|['’]s\s+")


def _named_elsewhere(ctx: _Context, name: str, at: int) -> bool:
    """Is the one-word ``name`` (opening a sentence at ``at``) a name: written with its capital
    inside a sentence somewhere else in the article, or a person of the gazetteer?"""
    inside, tokens = _word_index(ctx)
    if _WORD.fullmatch(name):  # a whole word: looked up in the article's index, not searched for
        if any(p != at for p in inside.get(name, ())):
            return True
    else:
        for m in re.finditer(rf"(?<=[\w,;:)]\s)(?-i:{re.escape(name)})\b", ctx.text):
            if m.start() != at:
                return True
    if name.casefold() in _persons(ctx.lex):
        return True
    # nowhere else, capitalised or not, and no plural ending ("Adler’s visit …", not "Hostages gave …")
    if name.endswith("s"):
        return False
    low = name.lower()
    if _WORD.fullmatch(low):
        return low not in tokens
    return re.search(rf"\b{re.escape(low)}\b", ctx.text) is None


_WORD = re.compile(r"\w+")
_WORD_INSIDE = re.compile(r"(?<=[\w,;:)]\s)\w+")


def _word_index(ctx: _Context) -> tuple[dict[str, list[int]], frozenset[str]]:
    """The article's words, found in one scan each and kept in ``ctx.words``: word → the
    offsets where it stands inside a sentence (after a word, a comma, semicolon, colon or
    closing parenthesis and one white space: :func:`_named_elsewhere`'s test), and the set of
    all its words (``\\w+`` runs).  For a name that is one whole word, a lookup here finds what
    ``re.finditer(rf"(?<=[\\w,;:)]\\s){name}\\b", text)`` and ``re.search(rf"\\b{name}\\b", text)``
    find, without a scan of the article per sentence (perf27: that scan made ingest quadratic
    in an article's length)."""
    if "inside" not in ctx.words:
        inside: dict[str, list[int]] = {}
        for m in _WORD_INSIDE.finditer(ctx.text):
            inside.setdefault(m.group(), []).append(m.start())
        ctx.words["inside"] = inside
        ctx.words["tokens"] = frozenset(_WORD.findall(ctx.text))
    return ctx.words["inside"], ctx.words["tokens"]  # type: ignore[return-value]


def _persons(lex: Lexicons) -> frozenset[str]:
    return lex.derive(_build_persons)


def _not_persons(lex: Lexicons) -> frozenset[str]:
    return lex.derive(_build_not_persons)


def _gazetteer_names(lex: Lexicons, keep: Callable[[str | None], bool], acronyms: bool) -> frozenset[str]:
    """The casefolded names and aliases (and acronyms, with ``acronyms``) of the gazetteer's
    entries whose actor's type passes ``keep``; an alias takes its actor's type."""
    types = {e["name"]: e.get("type") for e in lex["gazetteer"] if e["kind"] == "actor"}
    out: set[str] = set()
    for e in lex["gazetteer"]:
        if not keep(types.get(e.get("actor") or e["name"]) if e["kind"] == "alias" else e.get("type")):
            continue
        out.update(x.casefold() for x in (e["name"], *(e.get("aliases") or ()),
                                          *((e.get("acronyms") or ()) if acronyms else ())))
    return frozenset(out)


def _build_persons(lex: Lexicons) -> frozenset[str]:
    """Names, aliases and surnames of the gazetteer's persons (casefolded)."""
    names = _gazetteer_names(lex, lambda typ: typ == "person", acronyms=False)
    return names | {x.split()[-1] for x in names}


def _build_not_persons(lex: Lexicons) -> frozenset[str]:
    """Names, aliases and acronyms of the gazetteer's actors that are not persons (casefolded)."""
    return _gazetteer_names(lex, lambda typ: typ not in (None, "person"), acronyms=True)


def not_a_speaker(a: Attribution, r: ClaimRules) -> bool:
    """Is ``a``'s source no speaker (``claims.toml``'s ``source:not_a_speaker``, on the source
    and cue joined by a space): "photos showing X", a clause read as a source?"""
    return a.source is not None and a.source.span is not None and \
        r.not_a_speaker.search(f"{a.source.span.text} {a.cue.text}") is not None


def _turns_on_denial(a: Attribution, attributions: Sequence[Attribution]) -> bool:
    """Is ``a`` the admission of a turn ("X denies, then admits, Y",
    :mod:`claimcheck.parse.attributions.headlines`): a confirmation with the very content span of
    an earlier denial by the same source?  It then reverses that denial, as a walk-back does
    (stop 26, admit26: the turn's admission made no claim, the denial alone was counted)."""
    return a.act == "confirm" and a.source is not None and any(
        b.act == "deny" and b.cue.start < a.cue.start and b.content == a.content and b.source == a.source
        for b in attributions)


def _link_reversals(claims: list[Claim], text: str, sentences: Sequence[Sentence],
                    attributions: Sequence[Attribution], lex: Lexicons) -> list[Claim]:
    """In one sentence, a claim after a contrast marker ("however later reports revealed")
    with the opposite polarity of an earlier claim reverses it and inherits its action.
    Denials and non-answers are linked to their antecedent already and take no part.  A consent
    without its complement takes up the verb phrase refused ("had agreed | to supply arms")."""
    r = rules(lex)
    out = list(claims)

    def own(c: Claim) -> bool:
        if c.attribution is not None and attributions[c.attribution].act in ("deny", "decline"):
            return False
        s = sentences[c.sentence] if 0 <= c.sentence < len(sentences) else None
        return s is not None and s.start <= c.span.start and c.span.end <= s.end

    same: dict[int, list[int]] = {}  # sentence -> its claims' indices, ascending (perf27: not a scan of all claims per claim)
    for j, c in enumerate(out):
        same.setdefault(c.sentence, []).append(j)
    for j in range(1, len(out)):
        b = out[j]
        if not own(b):
            continue
        mates = same[b.sentence]
        for i in reversed(mates[:bisect_left(mates, j)]):
            a = out[i]
            if a.span.end > b.span.start or not own(a):
                continue
            if a.polarity != b.polarity and r.reversal.search(text, a.span.end, b.span.start):
                out[j] = replace(b, reverses=i, action=a.action or b.action,
                                 actors=tuple(dict.fromkeys(a.actors + b.actors)))
                st = take_up_refusal(text, b.span, b.parts, a.parts[-1] if a.parts else a.span, lex)
                if st is not None:
                    out[j] = replace(out[j], statement=st.text, parts=st.parts)
                break
    return out


_RELATIVE_SOURCES = frozenset(("which", "who", "that", "whom"))


def _own_content(ctx: _Context, a: Attribution, r: ClaimRules) -> Span | None:
    """The proposition a denial or non-answer is about when it names one: its own content
    ("neither confirm nor deny | that the men were soldiers"), past a denier's own part ("any
    role in | the deal"); for a non-answer with none, the question put to the source in its
    sentence ("Asked whether the army would withdraw, he declined to comment": "the army
    would withdraw").  None: the answer names nothing of its own (empty, anaphoric: "denied the
    allegations", "any involvement"), and the nearest claim naming the source is what it answers."""
    if a.act not in ("deny", "decline"):
        return None
    text, at = a.content.text, a.content.start
    k = past_second_verb(text) if a.act == "decline" else 0
    text, at = text[k:], at + k  # "did not confirm | or deny | the strike"
    m = r.own_part.match(text)
    # a reported non-answer of the third person whose object is a clause ("said | he could not
    # confirm that Iraqi pilots had joined the group") is about that clause, as one without a
    # subject is; "he would not discuss military operations" names a topic, no proposition (stop 26)
    rest = after_non_answer(text, ctx.lex) if a.act == "decline" and m is None and not a.direct_quote \
        and (not _REFUSAL_LEAD.match(text) or _THIRD_PERSON_LEAD.match(text)) else None
    if rest is not None and _REFUSAL_LEAD.match(text) and not _CLAUSE_OBJECT.match(rest):
        rest = None
    if m is not None:
        text, at = text[m.end():], at + m.end()
    elif rest is not None:
        # "said the club had no update | on the matter": the refusal's own words are no proposition;
        # what it is about follows them ("the matter" refers back; "whether the drones had been
        # delivered" names its own, deny24)
        text, at = rest, at + len(text) - len(rest)
        if r.anaphoric.match(text):
            text = ""
    elif a.act == "deny" or r.anaphoric.search(text) or a.direct_quote or _REFUSAL_LEAD.match(text):
        # a denial's own clause is already its negated claim ("denied that it had sent troops");
        # a non-answer's quoted or first-person content is the refusal itself ("“I will not
        # discuss operational matters”"), not a proposition
        text = ""
    if a.act == "decline" and no_proposition(text, ctx.lex):
        text = ""  # "did not respond | to a request for comment", "had no comment | when contacted by X"
    if a.act == "decline" and not _content_words(text):
        sent = ctx.sentence(a.sentence)
        q = question_put(ctx.text, sent.start, a.cue.start, ctx.lex) if sent is not None else None
        text, at = (ctx.text[q[0]:q[1]], q[0]) if q is not None else ("", at)
    return Span(at, at + len(text), text) if _content_words(text) else None


_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[-'’][A-Z]?[a-z]+)?\b")
_NOT_NAMES = frozenset(("the", "this", "that", "these", "those", "there", "they", "their", "then", "she", "her",
                        "his", "him", "its", "our", "we", "you", "but", "and", "however", "also", "when", "while",
                        "what", "which", "who", "whose", "where", "some", "any", "all", "none", "nobody", "one",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _elaborated_target(ctx: _Context, a: Attribution, claims: list[Claim], target: Claim) -> Claim | None:
    """What an answer that refers back ("X denied the reports", "declined to comment on the
    reports") answers when the same source elaborates it in the same sentence (", saying that
    Holm wasn't in the area"): the nearest earlier positive claim that names a name of the
    elaboration (a capitalised word, not a function word) when ``target`` (the nearest claim)
    names none of them and the article named one of them before the answer; None when no claim
    does (a wrong link is worse than none: "Kurdish sources denied the reports, saying that C2"
    answered a claim about suicide attacks, the FNC-1 corpus re-read, deny27).  ``target``
    unchanged when there is no such elaboration, its names are new to the article ("saying its
    jets were grounded in Brill") or ``target`` names one of them."""
    who = (a.source.resolved or a.source.span).text.lower() if a.source is not None and a.source.span is not None else None
    if who is None:
        return target
    sent = ctx.sentence(a.sentence)
    end = sent.end if sent is not None else a.content.end
    more = [o for o in ctx.attributions if o is not a and o.sentence == a.sentence and o.act in ("assert", "deny")
            and a.content.end <= o.cue.start < end and o.source is not None and o.source.span is not None
            and (o.source.resolved or o.source.span).text.lower() == who]
    if not more:
        return target
    names = {w for w in _NAME.findall(more[0].content.text) if w.lower() not in _NOT_NAMES} - set(
        (a.source.resolved or a.source.span).text.split())
    before = ctx.text[:a.cue.start]
    names = {n for n in names if re.search(rf"\b{re.escape(n)}\b", before)}
    if not names:
        return target

    def names_one(c: Claim) -> bool:
        t = " ".join(p.text for p in c.parts) if c.parts else c.span.text  # a composed claim's own words
        return any(re.search(rf"\b{re.escape(n)}\b", t) for n in names)

    if names_one(target):
        return target
    earlier = sorted((c for c in claims if c.span.end <= a.cue.start and c.polarity == "positive"
                      and c is not target), key=lambda c: -c.span.start)
    return next((c for c in earlier if names_one(c)), None)


def _answers_question(ctx: _Context, a: Attribution) -> bool:
    """Is the non-answer ``a`` bare (no content word) and right after a question the article puts
    ("But who is filling the other role? Sorkin didn't say.", "Where were the drones built? The
    ministry would not say.")?  It answers that question, no claim: the nearest claim of its
    side is another proposition (the FNC-1 corpus re-read, deny27)."""
    if _content_words(a.content.text):
        return False
    prev = ctx.sentence(a.sentence - 1)
    if prev is None:
        return False
    sent = ctx.sentence(a.sentence)
    if sent is not None and any(ch.isalpha() for ch in ctx.text[sent.start:a.cue.start]) \
            and (a.source is None or a.source.span is None or a.source.span.start > a.cue.start
                 or any(ch.isalpha() for ch in ctx.text[sent.start:a.source.span.start])):
        return False  # something stands before the answerer: not a reply to the question
    return ctx.text[prev.start:prev.end].rstrip(" \t\n)]”\"’'").endswith("?")


_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_REPORTED_LEAD = re.compile(r"\b(?:stated|states|said|says|reported|reports|claimed|claims|alleged|alleges|wrote|read|reads)"
                            r"\s+(?:that\s+)?[\"“‘']?")
_VERDICT_MAX = 12  # words of a closing verdict sentence ("This report is entirely false")


def _trailing_verdict(content: str, r: ClaimRules) -> int | None:
    """Where the closing verdict sentence of a quotation starts ("… stated that C. | This report is
    entirely false"): its last sentence, of at most ``_VERDICT_MAX`` words, calls a report false
    (``claims.toml`` ``relation:called_false``), and a sentence stands before it; else None."""
    gaps = list(_SENTENCE_GAP.finditer(content))
    if not gaps:
        return None
    tail = content[gaps[-1].end():].strip(" \t\n\"“”‘’',.")
    if not tail or len(tail.split()) > _VERDICT_MAX or not r.called_false.match(tail):
        return None
    end = gaps[-1].start()
    return end if any(ch.isalpha() for ch in content[:end]) else None


_VERDICT_WORDS = 2  # content words of a bare verdict ("That is an outright lie": "outright", "lie")


def _adjacent_claim(claims: list[Claim], a: Attribution, attributions: Sequence[Attribution]) -> Claim | None:
    """The positive claim of another attribution nearest before ``a``'s cue in ``a``'s sentence or
    the sentence before it ("The government said the group had agreed to release every captive. “A
    lie,” Shekau said."), or None: what a bare verdict answers when no claim names its side."""
    near = [c for c in claims if c.polarity == "positive" and c.span.end <= a.cue.start
            and c.sentence in (a.sentence, a.sentence - 1)
            and (c.attribution is None or attributions[c.attribution].cue != a.cue)]
    return max(near, key=lambda c: c.span.start, default=None)


def _refers_back(ctx: _Context, a: Attribution, r: ClaimRules) -> bool:
    """Does the answer ``a``'s content refer back to a claim in words ("denied the claims",
    "declined to comment on the matter", "could not confirm the details", "said the club had no
    update | on the matter": ``claims.toml`` ``relation:anaphoric``), not answer bare ("declined
    to comment", "did not respond to a request for comment", "“It's a nonsense”")?"""
    text = a.content.text.lstrip(" \t\n\"“‘'")  # "“These rumors are false …”"
    if not text.strip():
        return False
    if r.anaphoric.search(text) is not None:
        return True
    rest = after_non_answer(text, ctx.lex) if a.act == "decline" else None
    return rest is not None and bool(rest.strip()) and r.anaphoric.search(rest) is not None


def _content_words(text: str) -> frozenset[str]:
    """The content words of a proposition, as 5-letter stems ("shelling" / "shelled": "shell"):
    words of three letters or more, function words, report nouns and their modifiers left out."""
    return frozenset(w.lower()[:_STEM] for w in _WORD3.findall(text)
                     if w.lower() not in _FUNCTION and w.lower() not in _REPORT_NOUNS
                     and w.lower() not in _REPORT_MODIFIERS)


def _proposition_answered(claims: list[Claim], a: Attribution, about: str,
                          actions: Sequence[str] = (), lex: Lexicons | None = None) -> Claim | None:
    """The claim stating ``about`` that the answer ``a`` answers: a positive claim of another
    attribution, before the answer (the nearest first) or after it, that names the answering
    source (in its text or actors; "Bordurian" names "Borduria") and holds every content word of
    ``about`` (:func:`_content_words`) or whose action class is one of ``about``'s ``actions``
    ("involvement in the bombings" / "air strikes were staged by X").  With ``lex`` (``a`` denies
    the denier's own part), a definite deed ("any role in | the attack") is also answered by the
    nearest earlier claim that reports that deed without naming the denier; and an earlier claim
    holding two content words of ``about`` or more, all of them, is answered whoever it names
    (:func:`claimcheck.parse.claims.answers.same_deed`; the case ``pro_group_is_not_the_country``).
    None when no claim does: proximity alone links nothing."""
    words = _content_words(about)
    deed = definite_deed(about) if lex is not None else None
    who = (a.source.resolved or a.source.span).text.lower() if a.source is not None and a.source.span is not None else ""
    actor = (a.source.actor or "").lower() if a.source is not None else ""
    earlier = sorted((c for c in claims if c.span.end <= a.cue.start and c.polarity == "positive"),
                     key=lambda c: -c.span.start)
    later = sorted((c for c in claims if c.span.start > a.cue.end and c.polarity == "positive"),
                   key=lambda c: c.span.start)
    for c in [*earlier, *later]:
        low = c.span.text.lower()
        named = (any(x.lower() in who or x.lower() == actor for x in c.actors) or (who and who in low)
                 or (actor and actor in low))
        if not named:
            if len(words) >= 2 and c.span.end <= a.cue.start and words <= _content_words(c.statement or c.span.text):
                return c  # "Asked whether the navy would sail, a navy spokesman declined …": stated, word for word
            if deed is not None and lex is not None and c.span.end <= a.cue.start \
                    and same_deed(deed, c, tuple(actions), lex):
                return c
            continue
        # "any role in | the attack": a definite noun of one word refers to the deed the claim naming
        # the denier reports, whatever its verb ("a pro-X militia blew up the pipeline")
        definite = len(words) == 1 and re.match(r"\s*(?:(?:in|for|of|with|behind)\s+)?the\s", about, re.I) is not None
        if definite or words <= _content_words(c.statement or c.span.text) or (c.action is not None and c.action in actions):
            return c
    return None


_CLAUSE_OBJECT = re.compile(r"\s*(?:that|whether|if)\s", re.I)
_THIRD_PERSON_LEAD = re.compile(r"\s*(?:he|she|it|they)\s+(?![“\"‘'])", re.I)
_REFUSAL_LEAD = re.compile(r"\s*(?:[“\"‘']|(?:i|we|it|there|they|he|she|you|no|nothing)\b)", re.I)
_WORD3 = re.compile(r"[^\W\d_]{3,}")
_FUNCTION = frozenset(("the", "and", "but", "for", "nor", "with", "from", "into", "onto", "over", "under", "about",
                       "that", "this", "these", "those", "there", "their", "them", "they", "its", "his", "her", "our",
                       "was", "were", "are", "been", "being", "has", "have", "had", "will", "would", "could", "should",
                       "can", "may", "might", "must", "did", "does", "not", "any", "some", "all", "who", "which",
                       "whether", "what", "when", "where", "also", "than", "then", "such", "very", "yet"))


def _repeatable(c: Claim, attributions: Sequence[Attribution]) -> bool:
    """Can "said the same" repeat claim ``c``: a statement made in a main clause ("X said C",
    "X denied C"), not a non-answer ("has not corroborated the report") nor what a noun's
    relative clause reports ("the report, …, which said C")?"""
    at = attributions[c.attribution] if c.attribution is not None else None
    if at is None:
        return False
    if at.act == "decline":
        return False
    if any(o is not at and o.content.start <= at.cue.start and at.cue.end <= o.content.end for o in attributions):
        # "X dismissed a blog post | alleging C": what the post alleges is inside X's words, not a
        # statement of its own that someone "said the same" of (text27)
        return False
    return at.source is None or at.source.span is None or at.source.span.text.strip().lower() not in _RELATIVE_SOURCES


def _echoes_sourced(a: Attribution, attributions: Sequence[Attribution]) -> bool:
    """Is ``a`` (a denial or non-answer without a source) a second reading of a sourced
    attribution's content in the same sentence ("X said in a statement | that the reports were
    false": the noun cue "statement" reads the same content with no source)?  It answers
    nothing of its own; the sourced one does."""
    if a.source is not None and a.source.span is not None:
        return False
    return any(o is not a and o.sentence == a.sentence and o.source is not None and o.source.span is not None
               and o.content.start <= a.content.start and a.content.end <= o.content.end for o in attributions)


def _take_back(claims: list[Claim], i: int, attributions: Sequence[Attribution]) -> tuple[Claim | None, Claim | None]:
    """A walk-back of the source's own statement ("X backtracked on his claims"): a denial of the
    nearest earlier positive claim of the same source (:func:`reversal.same_source`), reversing
    it; nothing when the article holds none.  ``i``: the walk-back's attribution index."""
    a = attributions[i]
    for c in sorted(claims, key=lambda c: -c.span.start):
        if c.attribution is None or c.polarity != "positive" or c.span.start >= a.cue.start:
            continue
        if same_source(attributions[c.attribution], a):
            return replace(c, attribution=i, sentence=a.sentence, polarity="negative",
                           modality="asserted", reverses=None, denies=None), c
    return None, None


def _bare_noun_phrase(content: str, r: ClaimRules) -> bool:
    """A denial's content of at most three words of four letters or more and no verb ("drone
    strikes", "the strikes on Velm"): it names what is denied, it states nothing of its own."""
    words = [w for w in _WORD4.findall(content) if w.lower() not in _REPORT_NOUNS and w.lower() not in _REPORT_MODIFIERS]
    return (len(words) <= 3 and len(content.split()) <= 6 and _VERBISH.search(content) is None
            and not r.gerund_start.match(content.lstrip()) and bool(words))


_CLAUSE_END = re.compile(r",|;|\s(?:and|but)\s")
# words that qualify a report noun, not the deed it reports ("the entire report", "the latest claims")
_REPORT_MODIFIERS = frozenset(("entire", "whole", "latest", "recent", "earlier", "previous", "initial", "original",
                               "media", "press", "such", "those", "these", "same", "above"))
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|that|to|[a-z]+ed)\b", re.I)


def _later_answered(claims: list[Claim], a: Attribution, text: str, whole: bool = False,
                    before: bool = False) -> Claim | None:
    """The later claim a denial with a short content of its own answers ("Sylvania denied
    supplying drones to Ruritania. Officials said Sylvania had sent drones to Ruritania."): the
    nearest positive claim after the cue that names the denier (in its text or actors) and holds every
    word of four letters or more of the content past its first (the gerund's verb: "supplying"
    answers "sent"), at least one.  None when there is none or the denier is not named."""
    if a.source is None or a.source.span is None:
        return None
    who = (a.source.resolved or a.source.span).text.lower()
    words = {w.lower() for w in _WORD4.findall(a.content.text)[0 if whole else 1:]} - set(who.split())
    if whole:  # a noun phrase: its report nouns name no part of the deed, its words match by their stem
        words = {w[:_STEM] for w in words if w not in _REPORT_NOUNS and w not in _REPORT_MODIFIERS}
    if not words:
        return None
    # ``whole``: every word of the content counts (a noun phrase, no gerund's verb to skip);
    # ``before``: the nearest earlier claim is tried first, then the later ones
    earlier = sorted((c for c in claims if c.span.end <= a.cue.start and c.polarity == "positive"),
                     key=lambda c: -c.span.start) if before else []
    later = sorted((c for c in claims if c.span.start > a.cue.end and c.polarity == "positive"),
                   key=lambda c: c.span.start)
    # a name's adjective before a noun of the content ("arming Bordurian rebels") may be left out
    # of the claim ("had armed the rebels"), not replaced by another name ("Ruritanian rebels")
    found = _WORD4.findall(a.content.text)[0 if whole else 1:]
    loose = {w.lower() for w, nxt in zip(found, found[1:]) if w[:1].isupper() and nxt[:1].islower()}
    for c in [*earlier, *later]:
        if not (who in c.span.text.lower() or any(who in x.lower() or x.lower() in who for x in c.actors)):
            continue
        held = {w.lower()[:_STEM] if whole else w.lower() for w in _WORD4.findall(c.span.text)}
        if words <= held:
            return c
        if not whole and (words - loose) and words - loose <= held and not _renamed(c.span.text, found, loose):
            return c
    return None


_FIRST_PERSON = re.compile(r"[\s\"“‘']*(?:we|i|our|my)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s|\s(?:and|but|because|since|although|though|while|as|after|before|when|until|so)\s",
                           re.I)


def _first_person_denials(ctx: _Context, claims: list[Claim], targets: dict[int, Claim]) -> list[Claim]:
    """``claims`` with each first-person negated deed of a speaker ('"We did not fire a single
    shell," said general X') read as X's denial of the article's claim of that deed (the nearest
    of another source, :func:`_same_deed_answered`): the claim's span and words become the
    target's, its polarity negative, and ``targets`` maps it to the target (FINDINGS26, new
    problem 2: my4/d04's quote was a claim of its own, outside the Vorna cluster)."""
    out = list(claims)
    for k, c in enumerate(claims):
        if c.polarity != "negative" or c.attribution is None or id(c) in targets:
            continue
        a = ctx.attributions[c.attribution]
        if a.act != "assert" or a.source is None or a.source.span is None:
            continue
        part = next((p for p in (c.parts or (c.span,)) if _FIRST_PERSON.match(p.text)
                     and ctx.hits.negated(ctx.text, p.start, p.end)), None)
        if part is None and _FIRST_PERSON.match(a.content.text) and ctx.hits.negated(ctx.text, a.content.start, a.content.end):
            part = a.content  # its speaker put for "we"/"our" ("Karl Dorn’s men fired no shells", text27)
        if part is None:
            continue
        # the negation and the deed in the quotation's first clause ("We did not fire a single shell"),
        # not a negation anywhere in a long quotation whose later clause names a deed ("We were
        # sceptical about the talks and we never took the ceasefire seriously because they have never
        # stopped attacking": no denial of the girls' abduction; the FNC-1 corpus re-read, deny27)
        cut = _CLAUSE_BREAK.search(part.text, _FIRST_PERSON.match(part.text).end())
        part = Span(part.start, part.start + cut.start(), part.text[:cut.start()]) if cut is not None else part
        if not ctx.hits.negated(ctx.text, part.start, part.end):
            continue
        target = _same_deed_answered(ctx, claims, c.attribution, part)
        if target is None or id(target) in targets:
            continue
        out[k] = replace(target, attribution=c.attribution, sentence=c.sentence, polarity="negative",
                         modality="asserted", reverses=None, denies=None)
        targets[id(out[k])] = target
    # a quotation still shown with its speaker and cue (too short to read alone, statements.
    # _with_speaker) that denies no deed of the article stays a claim in that form: its speaker is
    # its subject ('General Max Vogel said “We did not fire”'); dropping it would lose a party's
    # own statement, a denial among them (stop 27 review of text27: the new user's general and coach)
    return out


def _speaker_inside(ctx: _Context, c: Claim) -> bool:
    """Is ``c`` a quotation shown with its attribution's cue among its parts (``statements.
    _with_speaker``'s fallback for a quotation too short to read alone)?"""
    if c.attribution is None or not c.parts:
        return False
    a = ctx.attributions[c.attribution]
    return len(c.parts) >= 4 and any(p.start == a.cue.start and p.end >= a.cue.end for p in c.parts) \
        and any(len(p.text) == 1 and p.text in "“«„\"" for p in c.parts)


def _same_deed_answered(ctx: _Context, claims: list[Claim], i: int, words: Span | None = None) -> Claim | None:
    """The claim a denial whose content only names a deed ("denied the attack", "denied sending
    troops into Borduria", the headline "General denies shelling") answers when no claim names
    the denier: the nearest positive claim of another source, before the cue then after it,
    whose action class is in the action group of the content's (``actions.toml``, with its
    ``compatible`` classes: "the attack" answers "Kessel was shelled"), an event's class only.  None when the content
    names no action class or no such claim exists (FINDINGS26, new problem 2).  ``words``: where
    the deed is named (default: the content of attribution ``i``)."""
    a = ctx.attributions[i]
    # an event's class only (``window_days``: a strike, an attack, a deployment), whose noun refers to
    # one deed; a relationship's ("the tank deliveries") names its object, which must match (stop 23)
    events = {e["id"] for e in ctx.lex["actions"] if e.get("window_days")}
    words = words or a.content
    acts = set(ctx.hits.actions(words.start, words.end)) & events
    if not acts:
        return None
    for e in ctx.lex["actions"]:
        if e["id"] in acts or acts & set(e.get("compatible") or ()):
            acts |= {e["id"], *(e.get("compatible") or ())}
    who = (a.source.resolved or a.source.span).text.lower() if a.source is not None and a.source.span is not None else None

    def other(c: Claim) -> bool:
        if c.attribution == i or c.polarity != "positive" or c.action not in acts:
            return False
        # the claim's own words carry the deed, not only its sentence ("Our forces were in their barracks")
        if not any(acts & set(ctx.hits.actions(p.start, p.end)) for p in (c.parts or (c.span,))):
            return False
        at = ctx.attributions[c.attribution] if c.attribution is not None else None
        src = at.source if at is not None else None
        return src is None or src.span is None or (src.resolved or src.span).text.lower() != who

    earlier = sorted((c for c in claims if c.span.end <= a.cue.start and other(c)), key=lambda c: -c.span.start)
    later = sorted((c for c in claims if c.span.start > a.cue.end and other(c)), key=lambda c: c.span.start)
    return next(iter([*earlier, *later]), None)


def _renamed(claim: str, found: Sequence[str], loose: set[str]) -> bool:
    """Does ``claim`` put another capitalised word before a noun that a left-out name's
    adjective of the content modifies ("Ruritanian rebels" for "Bordurian rebels")?"""
    for w, nxt in zip(found, found[1:]):
        if w.lower() in loose and re.search(rf"\b[A-Z]\w+\s+{re.escape(nxt)}\b", claim):
            return True
    return False


_STEM = 5  # letters a noun phrase's word and the claim's share ("training" / "trained", "deliveries" / "delivered")
_REPORT_NOUNS = frozenset(("report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                           "accusations", "charge", "charges", "rumour", "rumours", "rumor", "rumors", "story",
                           "stories", "account", "accounts"))


_WORD4 = re.compile(r"[^\W\d_]{4,}")


def _earlier_denial(claims: list[Claim], a: Attribution, attributions: Sequence[Attribution]) -> Claim | None:
    """The claim of the nearest denial made before ``a``'s cue (a negative claim of an
    attribution whose act is ``deny``, placed by that attribution's cue: a lede's denial answers
    an allegation reported below it, "Freedonia denied sending drones. “That is a lie,” its
    minister said. Officials said Freedonia had sent drones"), or None; the positive claim it
    denies in its words when the article has one."""

    def at(c: Claim) -> int:
        return attributions[c.attribution].cue.start if c.attribution is not None else c.span.start

    earlier = [c for c in claims if c.polarity == "negative" and c.attribution is not None
               and attributions[c.attribution].act == "deny" and attributions[c.attribution].cue != a.cue
               and at(c) < a.cue.start]
    c = max(earlier, key=at, default=None)
    # the allegation that denial answers, where the article states it (the positive claim of its words)
    return next((p for p in claims if c is not None and p.span == c.span and p.polarity == "positive"), c)


def _sentence_denial_target(claims: list[Claim], a: Attribution,
                            attributions: Sequence[Attribution]) -> Claim | None:
    """The positive claim that a denial by ``a``'s source earlier in ``a``'s sentence answers
    ("X denied poisoning the wells, calling the claim a lie": the wells claim), or None when
    the sentence holds no such denial or its claim is not among ``claims``."""
    if a.source is None or a.source.span is None:
        return None
    who = (a.source.resolved or a.source.span).text.lower()
    for c in sorted(claims, key=lambda c: -c.span.start):
        at = attributions[c.attribution] if c.attribution is not None else None
        if at is None or at is a or at.act != "deny" or at.sentence != a.sentence or at.cue.start >= a.cue.start \
                or at.source is None or at.source.span is None \
                or (at.source.resolved or at.source.span).text.lower() != who or c.polarity != "negative":
            continue
        return next((p for p in claims if p.span == c.span and p.polarity == "positive" and p.attribution != c.attribution),
                    None)
    return None


def _antecedent(claims: list[Claim], a: Attribution, attributions: Sequence[Attribution],
                repeat: bool = False, who: str | None = None, named: bool = False,
                lex: Lexicons | None = None) -> Claim | None:
    """The claim an anaphoric answer refers to.  A denial or non-answer: the nearest earlier
    positive claim that names the answering source (else the nearest).  A repetition ("said
    the same", "confirmed it"): the nearest compatible earlier claim, of either polarity: of
    those said in a main clause (:func:`_repeatable`, when there are any), the nearest of a
    source of the same type, else the nearest.  ``who``: the party to look for instead of the
    answering source.  ``named``: only a claim that names the party (else None).  With ``lex``,
    a claim names the party only where it is a party of the claim, not its place, and the place
    the source is at is no part of its name (:func:`claimcheck.parse.claims.answers.names_party`:
    "The North Korean embassy in London declined to comment" is about no claim of "Tourists in
    North Korea", nor of London; issue 9 item 3, stop 26)."""
    raw = who if who is not None else (a.source.resolved or a.source.span).text \
        if a.source is not None and a.source.span is not None else ""
    who = raw.strip().lower()
    side = answerer_side(raw.strip(), lex) if lex is not None else raw

    def anchor(c: Claim) -> int:
        at = attributions[c.attribution] if c.attribution is not None else None
        return at.cue.start if at is not None and at.cue.start < a.cue.start else c.span.start

    # never a statement of the answer's own cue: "“We have no comment. C,” X said" splits into a
    # non-answer and the statement C after it, which the non-answer does not answer
    # nor a statement whose cue comes after the answer's ("Freedonia denied the reports, | saying its
    # jets were grounded"; "Washington has not confirmed the claim. | “We ask …,” she said": a subject
    # taken from before the answer's cue makes no earlier statement; deny27)
    earlier = sorted((c for c in claims if c.span.start < a.cue.start and anchor(c) < a.cue.start
                      and (c.attribution is None or (attributions[c.attribution].cue != a.cue
                                                     and attributions[c.attribution].cue.start < a.cue.start))),
                     key=anchor, reverse=True)
    if repeat:
        kind = a.source.type if a.source is not None else None
        said = [c for c in earlier if _repeatable(c, attributions)] or earlier
        for c in said:
            at = attributions[c.attribution] if c.attribution is not None else None
            if at is not None and at.source is not None and at.source.type == kind and kind != "unknown":
                return c
        return said[0] if said else None
    best = None
    for c in earlier:
        if c.polarity != "positive":
            continue
        if best is None:
            best = c
        if lex is not None:
            if names_party(c.span.text, c.actors, side, lex):
                return c
        elif who and (who in c.span.text.lower() or any(who in x.lower() or x.lower() in who for x in c.actors)):
            return c
    return None if named else best
