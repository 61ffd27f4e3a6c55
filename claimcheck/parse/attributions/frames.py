"""Frames: the sixth rung of :mod:`claimcheck.parse.attributions`, one function per frame.

The frame of a cue's lexicon entry decides where its source and content lie (:func:`draft`
dispatches):

* ``verb`` / ``tell`` / ``evaluative`` (:func:`verb_frame`): "X said (that) C", "X told Y C",
  "C, X said", "“C,” said X", ", adding C", "X, who ..., said C";
* ``according`` (:func:`according_frame`): "According to X, C", "C, according to X";
* ``noun`` (:func:`noun_frame`): "the news that C", "Trump's claim that C";
* ``passive`` (:func:`passive_frame`): "it was reported that C", "X reportedly did C".

The frames that belong to a paragraph rather than a cue are the next rung,
:mod:`claimcheck.parse.attributions.paragraphs`.
"""

from __future__ import annotations

import re

from claimcheck.parse.attributions.content import (
    after_adverbials, apposition_right, clause_after, closes_quote, final_tag, fronted_clause_end, impersonal_it, in_medium,
    medium_participle,
    left_content, negation, right_content, skip_adverbials, via_in,
)
from claimcheck.parse.attributions.cue_classes import (
    armed_clause, as_passive, aside_before, bare_participle, clause_follows, request_act, speech_tagged, judging_participle, leading_participle, name_compound, noun_after_verb,
    DATA_VERBS, document_tag, object_then_verb, passive_cue, possessed_frame, possessor_at, quote_tag, verb_reading,
)
from claimcheck.parse.attributions.grammar import (
    AMBIG_BLOCK, BE_FORMS, CLAUSE_AUX, CONTACT_PRONOUNS, DEGREE, DET_BLOCK, DETS, GERUND_PREPS, INTRO, IRREGULAR_PAST, LEAD, POSSESSIVES, PRONOUNS, QUOTES, REL, VIA_PARTICIPLES, NOT_INTERPOSED, after_tag_place, by_participle, quantifier_subject,
)
from claimcheck.parse.attributions.phrases import (
    catenative_at, head_source_like, joined_subject, lead_phrase, lead_time, np_back, place_apposition,
    pp_before_participle,
    right_np, time_back, title_case,
)
from claimcheck.parse.attributions.state import Doc, Draft
from claimcheck.parse.attributions.subjects import (
    PARTY_LABEL, anonymity_subject, chain_subject, gerund_subject, modified_subject, name_before_apposition, name_segment, participle_source,
    skip_cited_by, tail_apposition, tag_at_end,
)
from claimcheck.parse.attributions.tokens import (
    QUOTE_MARK, Toks, has_words, is_adverb, is_word, starts_quote, trim_end,
)
from claimcheck.parse.patterns import Cue

# ----------------------------------------------------------------------------- the cue frames

NUMBER_ADJ = re.compile(r"^\d[\d,.]*(?:-[a-z]+)?$")
PARENTHETICALS = frozenset(("however", "meanwhile", "though", "too", "also", "in particular", "for example", "for instance", "in turn",
                            "moreover", "in contrast", "for his part", "for her part", "for their part", "in response", "instead",
                            "likewise", "by contrast"))


def draft(doc: Doc, si: int, t: Toks, a: int, b: int, cue: Cue) -> Draft | None:
    """The attribution that the cue at characters ``a``-``b`` of sentence ``si`` (tokens ``t``)
    makes, by its frame; None when it makes none (a proper noun, a cue inside a quotation, "cited
    by", no subject, no content)."""
    s = doc.sentences[si]
    ci = t.at(a)
    cj = t.at(b)
    if ci >= len(t.words) or cj <= ci:
        return None
    prev = t.words[ci - 1].lower() if ci > 0 else ""
    cw = t.words[ci]
    if cw[0].isupper() and ci > 0 and not cw.isupper() and prev not in ('"', "“", "'", "‘", "''") \
            and not title_case(t):
        return None  # a proper noun ("the United States")
    for qa, qb in doc.quotes(si):  # cached per paragraph (no scan of the sentence per cue)
        if qa < a and b < qb and not (qa >= s.start and a - qa < 2):
            return None  # a cue inside a quotation is nested in the quotation's attribution
    if ci > 1 and ((cue.ambiguous or cue.frame in ("noun", "possessed")) and in_medium(doc, si, t, ci)
                   or medium_participle(doc, si, t, ci)):
        return None  # "said in a blog | post that C", "said in a | statement that C": the medium of another cue
    if prev in ("as", "first") and (d := as_passive(doc, si, t, ci, cj, cue)) is not None:
        return d  # "As reported by X, C", "C, as first noted in X"
    if cj < len(t.words) and t.words[cj].lower() == "by" and cue.frame not in ("according", "noun", "passive"):
        if cj + 1 < len(t.words) and t.words[cj + 1].lower().endswith("ing") and not cue.ambiguous:
            return verb_frame(doc, si, t, a, b, cue)  # "X responded by using C": a means, no agent
        return passive_by_frame(doc, si, t, ci, cj, cue)  # None for "sources cited by Y", "was reported by Y"
    if cue.frame == "possessed" or doc.cues.possessed and doc.text[a:b].lower() in doc.cues.possessed and \
            possessor_at(t, ci) >= 0:
        return possessed_frame(doc, si, t, ci, cj, cue)  # "his promise to V", "By her own admission, C"
    if cue.frame == "according":
        return according_frame(doc, si, t, ci, cj, cue)
    if cue.frame == "noun":  # "The minister claims that C": the verb after its subject, else the noun
        verb = verb_reading(doc, t, ci, cue)
        return verb and draft(doc, si, t, a, t.ends[ci], verb) or noun_frame(doc, si, t, ci, cj, cue)
    if cue.frame == "passive":
        return passive_frame(doc, si, t, ci, cj, cue)
    if cue.clausal and not clause_follows(doc.text, s.start, s.end, a, b, cue.finite):
        return None  # "seeks a third term", "discussed the budget", "plans to train X": an act or an intention
    if cue.request and request_act(doc.text, s.end, b, speech_tagged(doc, s.start, s.end, a, b)):
        return None  # "asked Y to send fuel", "asked Y for jets", "is considering sending": an act
    return verb_frame(doc, si, t, a, b, cue)


def verb_frame(doc: Doc, si: int, t: Toks, a: int, b: int, cue: Cue) -> Draft | None:
    """A verb cue (frames ``verb``, ``tell``, ``evaluative``) at characters ``a``-``b``: the
    subject before it ("X said C", "X, who ..., said C"), a participle or second verb sharing the
    main clause's subject (", adding C", "X urged A and said C"), or the source after it ("C,
    said X")."""
    ci = t.at(a)
    cj = t.at(b)
    prev = t.words[ci - 1].lower() if ci > 0 else ""
    cat = catenative_at(t.words, ci, doc.words) if prev == "to" or prev.endswith("ly") else -1  # "needs to | tell"
    # verbs: not after a determiner, a possessive or "to"
    if prev in DET_BLOCK and not quantifier_subject(t.words[ci - 2] if ci > 1 else "", prev,
                                                    t.words[cj] if cj < len(t.words) else "", cue.ambiguous,
                                                    doc.text[a:b].lower()) or \
            prev.endswith(("'s", "’s")) and len(prev) > 2 or prev == "to" and cat < 0:
        return None
    if prev == "worth" or prev == "having" and cj + 1 < len(t.words) and t.words[cj].lower() in ("that", "this") \
            and not is_word(t.words[cj + 1]):
        return None  # "it is worth noting that C", "Having said that, …": the writer's own connectives
    if prev in DEGREE and t.words[ci].lower().endswith("ed"):
        return None  # "her proposals were more detailed": a participle after a degree word is an adjective
    if cue.ambiguous and (prev in AMBIG_BLOCK or NUMBER_ADJ.match(prev)):
        return None  # "the 131-page report", "a 10-point plan": a noun after a number adjective
    # extend the cue leftwards over auxiliaries and adverbs ("has not formally", "also")
    k = ci - 1 if cat < 0 else cat - 1
    while k >= 0 and is_word(t.words[k]) and is_adverb(t.words[k]) and \
            not (t.words[k][0].isupper() and k > 0 and t.words[k - 1][0].isupper()):  # "Theresa May said"
        k -= 1
    # "n't" split off ("did n't") and "did not" before the cue stay in the cue
    cue_start = t.starts[k + 1] if k + 1 < ci else a
    k_anon, rel_last = anonymity_subject(doc, si, t, ci, a) if cat < 0 else (-1, -1)
    if k_anon >= 0:  # "An official speaking on condition of anonymity | said C"
        k, cue_start = k_anon, a
    word = t.words[ci].lower()
    # ", adding C"; a gerund after a preposition ("began by saying C", "criticised for claiming C")
    # ", in many cases reporting C": a short prepositional phrase between the comma and the participle
    pp_comma = pp_before_participle(t, k) if word.endswith("ing") and k > 0 and t.words[k].islower() else -1
    participle = word.endswith("ing") and k >= 0 and (t.words[k] == "," or pp_comma > 0 or
                                                      k > 0 and t.words[k].lower() in GERUND_PREPS) \
        and (cue.frame in ("verb", "tell") or judging_participle(doc, t, k, word, cue)) and cue.act != "hedge"
    if word in doc.words.action_verbs and armed_clause(doc, t, k, cj):
        return None  # "troops attacked the village": an act, not speech
    if cue.act == "deny" and word in BE_FORMS:
        return None  # "Her statement that C was false": the subject is what is judged, never a denier
    if cue.ambiguous and _head_of_subject(doc, t, cj):
        return None  # "Several blog posts claimed C", "Command posts in the north reported": a noun
    if noun_after_verb(doc, t, ci, k, word, cue) or name_compound(t, ci, word, cue):
        return None  # "demands answers", "Those are figures": the object or predicate noun of a verb
    if word == "compared" and cj < len(t.words) and t.words[cj].lower() in ("with", "to") and \
            (k < 0 or not is_word(t.words[k])):
        return None  # "…, compared with 11% of …": a comparison, not speech
    d = Draft(si, (cue_start, b), cue.act, None, [], [], frame=cue.frame)
    negation(d, t, ci, k, cue)
    if participle:
        d.participle = True
        return right_content(doc, si, t, cj, d, cue) if participle_source(doc, si, t, k if pp_comma < 0 else pp_comma, d) else None
    if k < 0:
        # no subject: "Said the minister: ...", "Citing the delays, the union …"; "Asked whether X, Y said C" is no one's
        return leading_participle(doc, si, t, ci, cj, d) if word.endswith("ing") else None
    tok = t.words[k]
    if tok.lower() in ("and", "but") and k > 0 and cue.frame in ("verb", "tell", "evaluative") and \
            (not cue.ambiguous or word.endswith("ed") or word in IRREGULAR_PAST):
        # "X urged A and criticized B": the second verb shares the subject of the first
        d.participle = True
        return right_content(doc, si, t, cj, d, cue) if participle_source(doc, si, t, k, d) else None
    src_last = k if rel_last < 0 else rel_last
    if tok in (")", "—", "–"):  # "Sen. Ana Diaz (R-Ga.) said", "Ana Ruiz — a surgeon — has been called"
        k, tok = aside_before(t, k, tok, passive_cue(doc.text[cue_start:b]))
    k2 = time_back(t.words, k, doc.words)
    if k2 != k and k2 >= 0 and is_word(t.words[k2]):
        # "an arbitration panel in 2001 found", "Wells Fargo just this month announced"
        k = src_last = k2
        tok = t.words[k]
    if is_word(tok):
        return _subject_before(doc, si, t, k, src_last, cj, d, cue)
    if tok in ('"', "''") and any(qa == t.starts[k] for qa, _ in doc.quotes(si)):
        return None  # an opening quote: the quoted text starts with the cue word
    if tok == "," and cue.frame == "verb" and not cue.ambiguous and cue.act != "hedge" and \
            not word.endswith("ing") and tag_at_end(doc, t, cj):
        # "C, and D, said one source in the room." / "…, the losses would outstrip the gains, said
        # Ana Ruiz.": a cue followed by nothing but a noun phrase is an inverted tag
        return _inverted(doc, si, t, k, cj, d)
    if tok == ",":
        # "X, apposition, said" / "X, who ..., said" / "X, speaking on condition of anonymity, said"
        dd = _comma_subject(doc, si, t, k, cj, d, cue)
        if dd is not None:
            return dd
    if tok in (",", "”", '"', "''", "»", "—", "–") and not cue.ambiguous and cue.frame == "verb" \
            and cue.act != "hedge" and not word.endswith("ing"):
        return _inverted(doc, si, t, k, cj, d)
    return None


def passive_by_frame(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """"C was echoed by X", "a view echoed by X", "C, first endorsed by X,": the agent after "by"
    is the source, the subject noun phrase before the cue (and its auxiliaries) the content.
    None when the cue is no passive participle, a via participle, or an act of the armed."""
    word = t.words[ci]
    if not by_participle(word) or cue.act == "hedge" or cj + 1 >= len(t.words):
        return None
    k = ci - 1
    be = False
    while k >= 0 and is_word(t.words[k]) and is_adverb(t.words[k]):
        be = be or t.words[k].lower() in BE_FORMS
        k -= 1
    if k < 0:
        return None
    if t.words[k] == "," and not be:
        k -= 1  # "Super PACs, first authorized by court rulings,"
    if k < 0 or not is_word(t.words[k]) or t.words[k].lower() in DETS or t.words[k].lower() in REL:
        return None
    if word.lower() in doc.words.action_verbs and armed_clause(doc, t, k, cj + 1):
        return None
    if not be and t.words[k][0].isupper() and t.words[k + 1] != ",":
        return None  # "Trump responded by using …": an active verb and a means, no agent
    st = np_back(t, k, 0, doc.words)
    e = right_np(doc, t, cj + 1)
    while e + 1 < len(t.words) and t.words[e].lower() == "of" and is_word(t.words[e + 1]):
        e2 = right_np(doc, t, e + 1)  # "by a number of tax experts": the agent keeps its "of"
        if e2 <= e + 1:
            break
        e = e2
    if st > k or e <= cj + 1 or t.words[cj + 1].lower() in DETS and e == cj + 2 or \
            t.words[cj + 1].lower().endswith("ing"):
        return None
    cue_start = t.starts[k + 1] if t.words[k + 1] != "," else t.starts[k + 2]
    d = Draft(si, (cue_start, t.ends[ci]), cue.act, (t.starts[cj + 1], t.ends[e - 1]), [], [], frame=cue.frame)
    d.content.append((t.starts[st], t.ends[k]))
    return d


def _subject_before(doc: Doc, si: int, t: Toks, k: int, src_last: int, cj: int, d: Draft, cue: Cue) -> Draft | None:
    """The subject ends at word token ``k`` (the source at ``src_last``): content on the right
    ("X said C") or on the left ("C, X said"), or both ("“C,” X said, “D”")."""
    s = doc.sentences[si]
    tok = t.words[k]
    lw = tok.lower()
    if lw in REL and lw != "that":
        return _relative_subject(doc, si, t, k, cj, d, cue)
    head = k
    if tok.islower() and tok.endswith("ed") and k >= 2 and t.words[k - 1].lower() in CONTACT_PRONOUNS and \
            is_word(t.words[k - 2]):
        head = k - 2  # "Everyone I interviewed said C": a relative clause without "who"
    st = np_back(t, head, 0, doc.words)
    if st < head and t.words[head].lower() in PRONOUNS and t.words[head].lower() not in REL:
        st = head  # "at 86 she still says", "Lest you assume": a pronoun is a noun phrase of its own
    if 0 < st <= head and t.words[st - 1].lower() in ("all", "both", "half") and t.words[st].lower() in DETS:
        st -= 1  # "all the experts", "both the mayor and …": a predeterminer
    st = joined_subject(t, st, head, doc.words) if st <= head else st
    if st <= head:
        st0 = st
        st, mod = modified_subject(t, st, doc)
        if st < st0:
            d.descriptor = (t.starts[mod], t.ends[src_last])
    if st > head or (head == k and tok.islower() and tok.endswith(("ing", "ed")) and tok not in doc.words.types):
        return None
    if (cue.ambiguous or cue.frame == "evaluative" or cue.act == "hedge") and \
            not passive_cue(doc.text[d.cue[0]:d.cue[1]]) and not head_source_like(t.words, st, head, doc.words):
        return None
    st = skip_cited_by(doc, t, st, d)
    st = lead_time(t, st, src_last)
    if st == src_last and t.words[st].lower() == "it" and impersonal_it(t, st, d, cue):
        # "it is widely reported (that) C": expletive "it", a vague report; "it is widely believed
        # (that) C": an impersonal belief, nobody's word (no source: cues.toml impersonal-belief)
        d.kind_hint = None if cue.act == "hedge" else "sources_said"
        return right_content(doc, si, t, cj, d, cue)
    d.src = (t.starts[st], t.ends[src_last])
    # content on the left ("C, X said") or on the right ("X said C")?
    rest = after_adverbials(doc, t, cj, d, cue)
    if d.act == "decline":
        return right_content(doc, si, t, cj, d, cue, rest)
    if st > 3 and t.words[st - 1] in (",", "”", '"', "''") and cue.frame in ("verb", "tell") and cue.act != "hedge":
        rest = after_tag_place(doc.text, rest, s.end)  # "C, X told reporters | in Kolno on Monday, …"
    if rest >= s.end or not has_words(doc.text, rest, s.end):
        if cue.frame == "evaluative" or cue.ambiguous and not quote_tag(t, st, cue) and (st := document_tag(doc, t, st, src_last, cue, d)) < 0:
            return None  # an ambiguous form ending its sentence is a noun, but for a quotation's tag or "C, records show."
        if doc.text[rest:s.end].strip() == ":":
            return right_content(doc, si, t, cj, d, cue, rest)  # "X added:" ending its paragraph
        if st > 0 and is_word(t.words[st - 1]) and t.words[st - 1].lower() != "as":
            return None  # "X said the inquiry was continuing.": a tag follows a comma, a quote, a dash or "as"
        return left_content(doc, si, t, st, d)
    if bare_participle(doc.text, d.cue):
        return right_content(doc, si, t, cj, d, cue, rest)  # "a “rant,” posts that included one saying C"
    if doc.text[rest:rest + 1] == "," and st > 0 and t.words[st - 1] in (",", "”", '"', "''") and \
            cue.frame in ("verb", "tell") and cue.act != "hedge" and \
            (t.words[st - 1] != "," or st < 2 or t.words[st - 2] in QUOTES or t.words[0].lower() not in INTRO):
        return _left_and_tail(doc, si, t, st, rest, d, cue)
    if st > 0 and cue.frame in ("verb", "tell") and cue.act != "hedge" and \
            closes_quote(doc, si, t, st - 1):
        return _closed_quote_left(doc, si, t, st, rest, d, cue)
    return right_content(doc, si, t, cj, d, cue, rest)


def _relative_subject(doc: Doc, si: int, t: Toks, k: int, cj: int, d: Draft, cue: Cue) -> Draft | None:
    """"X, who ... said C" / "X, which said C": the relative word is the source, its
    antecedent noun phrase the anaphor's."""
    d.src = (t.starts[k], t.ends[k])
    j = k - 1
    if j >= 0 and t.words[j] == ",":
        j -= 1
    if j >= 0 and is_word(t.words[j]):
        st = np_back(t, j, 0, doc.words)
        if st <= j:
            d.anaphor_of = (t.starts[st], t.ends[j])
    r = right_content(doc, si, t, cj, d, cue)
    if r is not None and t.words[j + 1] != "," and object_then_verb(doc, t, r.content[0][0]):
        return None  # "Anyone who has read | the plan knows C": the relative clause is the main verb's subject
    if r is not None and j >= 0 and t.words[j + 1 if j + 1 < k else k] == ",":
        a0, b0 = r.content[0]
        c = doc.text.find(",", a0, b0)
        if c > a0:
            r.content[0] = (a0, c)
    return r


def _left_and_tail(doc: Doc, si: int, t: Toks, st: int, rest: int, d: Draft, cue: Cue) -> Draft | None:
    """"C, X said, adding ..." / "“C,” X said, “D”": the content before the source, and a
    quotation after the cue as a second piece."""
    s = doc.sentences[si]
    tail = right_content(doc, si, t, t.at(rest + 1), Draft(si, d.cue, d.act, None, [], []), cue)
    quoted_tail = tail is not None and tail.content and starts_quote(doc.text, tail.content[0][0])
    if quoted_tail and not QUOTE_MARK.search(doc.text, s.start, t.starts[st]) and \
            t.words[st - 1] == "," and t.words[0].lower() not in INTRO:
        # "She said A, and when pressed, the mother replied, “C”": the quotation is C
        d.content.extend(tail.content)  # type: ignore[union-attr]
        return d
    left_content(doc, si, t, st, d)
    if quoted_tail or tail is not None and tail.content and _interposed(doc, t, st, rest):
        # "Acts of protest, Mr. Obama said, are acts of patriotism": the tag splits one clause
        d.content.extend(tail.content)  # type: ignore[union-attr]
    return d if d.content else None


def _interposed(doc: Doc, t: Toks, st: int, rest: int) -> bool:
    """Does a tag "X said" between commas split one clause: the sentence opens the content (no
    quotation before the tag) and the words after it go on the clause, not a participle or a
    new clause ("adding …", "and …", "but …")?"""
    j = t.at(rest + 1)
    if j >= len(t.words) or st < 2 or t.words[st - 1] != ",":
        return False
    nxt = t.words[j].lower()
    return (not nxt.endswith("ing") or gerund_subject(t, j)) and nxt not in NOT_INTERPOSED \
        and is_word(t.words[j]) and not any(x in QUOTES for x in t.words[:st])

def _closed_quote_left(doc: Doc, si: int, t: Toks, st: int, rest: int, d: Draft, cue: Cue) -> Draft | None:
    """"“C,” she said of the election, …": the quotation before the source is the content (and
    a quotation after the cue a second piece)."""
    left_content(doc, si, t, st, d)
    j = t.at(rest)
    while j < len(t.words) and t.words[j] not in QUOTES:
        j += 1
    if j < len(t.words) and t.words[j - 1] in (",", ":") and starts_quote(doc.text, t.starts[j]):
        tail = right_content(doc, si, t, j, Draft(si, d.cue, d.act, None, [], []), cue, t.starts[j])
        if tail is not None and tail.content:
            d.content.extend(tail.content)
    return d if d.content else None


def _inverted(doc: Doc, si: int, t: Toks, k: int, cj: int, d: Draft) -> Draft | None:
    """Inverted: "“C,” said X" / "C, said X" (token ``k`` separates the content from the cue)."""
    e = right_np(doc, t, cj)
    rel = next((x for x in range(cj + 1, e) if t.words[x].lower() in ("who", "whose")), e)
    if e <= cj or any(t.words[x].lower() in CLAUSE_AUX for x in range(cj, rel)):
        return None  # "…, said the levy will double": a clause after the cue is no source
    d.src = (t.starts[cj], t.ends[e - 1])
    apposition_right(t, cj, e, d)
    return left_content(doc, si, t, cj, d, sep_tok=k)


SUBJECT_PPS = frozenset(("in", "of", "from", "at", "on", "near", "outside", "inside", "across", "around"))
SUBJECT_PP_MAX = 4  # words of a post-modifier between a subject's head and its verb


def _head_of_subject(doc: Doc, t: Toks, cj: int) -> bool:
    """Is an ambiguous cue form ("posts", "report", "claims") the head noun of a subject, because
    the clause's verb follows it, right after or past a short prepositional phrase: an
    auxiliary or an unambiguous cue ("the IMF report stated", "Several blog posts claimed",
    "Command posts in the north reported")?"""
    n = len(t.words)

    def finite(x: int) -> bool:
        lw = t.words[x].lower()
        if lw in CLAUSE_AUX:
            return True
        c = doc.cues.forms.get(lw)
        return c is not None and (not c.ambiguous and c.frame in ("verb", "tell") or lw in DATA_VERBS)  # "figures show"

    if cj >= n:
        return False
    if finite(cj):
        return True
    if t.words[cj].lower() not in SUBJECT_PPS:
        return False
    for x in range(cj + 1, min(n, cj + 1 + SUBJECT_PP_MAX + 1)):
        if not is_word(t.words[x]):
            return False
        if finite(x):
            return x > cj + 1
    return False


def _comma_subject(doc: Doc, si: int, t: Toks, k: int, cj: int, d: Draft, cue: Cue) -> Draft | None:
    """The token before the cue is a comma: look for "X, <apposition|who ...|speaking ...>, cue"."""
    p = k - 1
    depth = 0
    while p >= 0 and t.words[p] != ",":
        if t.words[p] in QUOTES:
            depth += 1
        p -= 1
    if p < 1 or depth or k - p < 2:
        return None
    p = place_apposition(t, p, k)
    first = t.words[p + 1].lower()
    j = p - 1
    if t.words[j] == ")" and j > 2:
        # "Rep. Ana Diaz (D-Ga.), chairwoman of X, said": the parenthesis belongs to the name
        o = j - 1
        while o > 0 and j - o < 8 and t.words[o] != "(":
            o -= 1
        if t.words[o] == "(" and is_word(t.words[o - 1]) and t.words[o - 1][0].isupper():
            j = o - 1
    if first in ("who", "whose") and chain_subject(t, p, k, d):  # "Ana Ruiz, 59, of Ashton, who …, said C"
        return right_content(doc, si, t, cj, d, cue)
    if not is_word(t.words[j]):
        return None
    st = np_back(t, j, 0, doc.words)
    if st > j:
        return None
    if st == j and t.words[st].isdigit():
        # "Ana Ruiz, 59, of Ashton, Md., said": an age after the name belongs to the apposition
        named = name_before_apposition(t, st, j, doc)
        if named is not None:
            st = named
    # "“C,” Ana Ruiz, the mayor, said": the quotation before the source is the content
    quoted_left = st > 0 and cue.frame in ("verb", "tell") and cue.act != "hedge" and closes_quote(doc, si, t, st - 1)
    named = name_before_apposition(t, st, j, doc) if first in ("which", "who", "whose") else None
    tail = st > 1 and t.words[st - 1] == "," and not quoted_left and final_tag(doc, si, t, cj, d, cue)
    if st > 0 and t.words[st - 1] in (",", "”", '"', "''") and not quoted_left and not tail and \
            not (t.words[st - 1] == "," and st - 1 <= 4 and not any(x in QUOTES for x in t.words[:st])) and \
            not lead_phrase(t, st - 1) and not (named is not None and (named == 0 or lead_phrase(t, named - 1))):
        return None
    seg = " ".join(t.words[p + 1:k]).lower()
    if seg in PARENTHETICALS:
        # "Some Democrats, however, question …": a sentence adverb, not an apposition
        d.src = (t.starts[st], t.ends[j])
    elif first in ("who", "whose") and "anonymity" not in seg and "named" not in seg and "identified" not in seg:
        # PolNeAR keeps a relative clause in the source span: "X, who chairs Y, said"
        d.src = (t.starts[st], t.ends[k - 1])
        d.descriptor = (t.starts[p + 1], t.ends[k - 1])
    elif first in ("which", "who", "whose") or first.endswith("ing") or "anonymity" in seg or \
            "named" in seg or "identified" in seg:
        d.src = (t.starts[st], t.ends[j])
        if named is not None:
            # "Ana Ruiz, president of the union, which represents …, said": the name and its apposition
            d.src = (t.starts[named], t.ends[j])
            d.descriptor = (t.starts[st], t.ends[j])
        if "anonymity" in seg or "not to be" in seg or "declined to be" in seg:
            d.kind_hint = "anonymous"
    elif not t.words[p + 1][0].isupper() or first in DETS or first[0].isdigit() or \
            first.endswith(("'s", "’s")) and p + 2 < k and t.words[p + 2].islower():  # "X, Ruiz's running mate, said"
        d.src = (t.starts[st], t.ends[k])
        d.descriptor = (t.starts[p + 1], t.ends[k - 1])
    elif PARTY_LABEL.match(t.words[p + 1]) and all(x == "." for x in t.words[p + 2:k]):  # "Rep. X, R-Ohio, said"
        d.src = (t.starts[st], t.ends[k])
        d.descriptor = (t.starts[p + 1], t.ends[k - 1])
    elif name_segment(t.words[p + 1:k]) and (not t.words[st][0].isupper() or t.words[st].lower() in DETS or
                 t.words[st].endswith(("'s", "’s")) and st < j and t.words[j].islower()):  # "Ruiz's spokesman, Piet Holm,"
        # "the chief of X, Brigadier General Ana Ruiz, told", "The spokeswoman, Lina Ortlieb,
        # said": the name after its descriptor
        d.src = (t.starts[st], t.ends[k])
        d.descriptor = (t.starts[st], t.ends[j])
    else:
        return None
    rest = after_adverbials(doc, t, cj, d, cue)
    if quoted_left or tail:  # "C, the minister, Ana Ruiz, said (on Friday).": C before the source's comma
        return _closed_quote_left(doc, si, t, st, rest, d, cue) if quoted_left else left_content(doc, si, t, st, d)
    if rest >= doc.sentences[si].end or not has_words(doc.text, rest, doc.sentences[si].end):
        return None
    return right_content(doc, si, t, cj, d, cue, rest)


def according_frame(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """"According to X, C" (content after the source) and "C, according to X" (before it, and
    "C, according to X, D" after it too); the cue is tokens ``ci`` to ``cj`` (exclusive)."""
    text = doc.text
    s = doc.sentences[si]
    d = Draft(si, (t.starts[ci], t.ends[cj - 1]), cue.act, None, [], [], frame="according")
    e = right_np(doc, t, cj)
    if e <= cj:
        return None
    # "according to X, C": X ends at the first comma
    for x in range(cj, e):
        if t.words[x] == ",":
            e = x
            break
    lw0 = t.words[cj].lower()
    if e - cj == 1 and t.words[cj].islower() and not (lw0 in PRONOUNS or lw0 in doc.words.anon_kind or
                                                      doc.words.types.get(lw0) in ("person", "group", "organisation") or
                                                      lw0 in doc.words.outlet_words or
                                                      (lw0.endswith("s") and not lw0.endswith("ss"))):
        return None  # "according to plan"
    d.src = (t.starts[cj], t.ends[e - 1])
    via_in(doc, t, t.starts[ci], t.ends[e - 1], d)
    for x in range(cj + 1, e - 1):
        if t.words[x].lower() in VIA_PARTICIPLES and t.words[x + 1].lower() == "by":
            d.src_end = t.ends[x - 1]  # "according to a report seen by the agency": the agency is a via
            break
    if ci == 0 or (ci <= 2 and not any(is_word(x) and x.lower() not in ("and", "but") for x in t.words[:ci])):
        j = e
        while j < len(t.words) and not is_word(t.words[j]) and t.words[j] not in QUOTES:
            j += 1
        if j >= len(t.words):
            return None
        a = t.starts[j]
        end = trim_end(text, a, s.end)
        for qa, qb in doc.quotes(si):
            if qa == a and qb > end:
                end = qb
        d.content.append((a, end))
        return d
    # "C, according to X" (and "C, according to X, D")
    sep = ci - 1
    while sep >= 0 and not is_word(t.words[sep]) and t.words[sep] not in QUOTES:
        sep -= 1
    if sep < 0:
        return None
    a = s.start
    for qa, qb in doc.quotes(si):
        if qa < s.start < qb <= t.ends[sep] + 1:
            a = qa
    d.content.append((a, t.ends[sep]))
    j = e
    while j < len(t.words) and not is_word(t.words[j]):
        j += 1
    ae = tail_apposition(doc, t, j) if j < len(t.words) and e < len(t.words) and t.words[e] == "," else j
    if ae > j:  # "C, according to Ana Ruiz, a spokeswoman for the campaign."
        d.src, d.descriptor = (d.src[0], t.ends[ae - 1]), (t.starts[j], t.ends[ae - 1])
    elif j < len(t.words) and e < len(t.words) and t.words[e] == ",":
        b2 = trim_end(text, t.starts[j], s.end)
        if b2 > t.starts[j]:
            d.content.append((t.starts[j], b2))
    return d


def noun_frame(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """"the news that C", "a New York Times report that C", "Trump's claim that C"."""
    text = doc.text
    s = doc.sentences[si]
    # the cue is the noun (without "that" and the determiner)
    nj = cj - 1
    if t.words[nj].lower() == "that":
        nj -= 1
    ni = nj
    d = Draft(si, (t.starts[ni], t.ends[nj]), cue.act, None, [], [], frame="noun")
    j = ni - 1
    if t.words[cj - 1].lower() == "that" and not clause_after(t, cj):
        return None  # "the report that surfaced was leaked": a relative clause, not the content
    if j >= 0 and (t.words[j][0].isupper() or t.words[j].endswith(("'s", "’s")) and len(t.words[j]) > 2) and is_word(t.words[j]) and \
            t.words[j].lower() not in DETS:  # "The claim that C": no source
        st = np_back(t, j, 0, doc.words)
        if st <= j:
            d.src = (t.starts[st], t.ends[j])
    elif j >= 0 and (t.words[j].lower() in POSSESSIVES or t.words[j].lower() == "her"):
        d.src = (t.starts[j], t.ends[j])  # "his claim that C", "her statement that C"
    if d.src is None and doc.words.anon_kind.get(t.words[ni].lower()) == "sources_said":
        d.kind_hint = "sources_said"  # "following reports that C"
    a = t.ends[cj - 1]
    m = LEAD.match(text, a, s.end)
    a = m.end() if m else a
    if a >= s.end or not has_words(text, a, s.end):
        return None
    end = trim_end(text, a, s.end)
    if ci > 0 and t.words[ci - 1].lower() in ("following", "after", "amid", "despite", "over", "with", "on", "about"):
        c = text.find(",", a, end)
        if c > a:
            end = c
    d.content.append((a, fronted_clause_end(text, s.start, d.cue[0], a, end)))  # "Contrary to his claim that C, …"
    return d


def passive_frame(doc: Doc, si: int, t: Toks, ci: int, cj: int, cue: Cue) -> Draft | None:
    """"It was reported that C" (content after the cue), "X reportedly did C", "X is said to C"
    (the whole clause); the source is unnamed ("sources said"), none for "It is believed that C"."""
    text = doc.text
    s = doc.sentences[si]
    hint = None if cue.act == "hedge" else "sources_said"  # a passive of belief names nobody
    d = Draft(si, (t.starts[ci], t.ends[cj - 1]), cue.act, None, [], [], kind_hint=hint, frame="passive")
    word = t.words[ci].lower()
    if word in ("it",):
        a = skip_adverbials(doc, t.ends[cj - 1], s.end)
        m = LEAD.match(text, a, s.end)
        a = m.end() if m else a
        if not has_words(text, a, s.end):  # "C, it has been reported (yesterday).": the clause before it (stop 23)
            return left_content(doc, si, t, ci, d) if ci > 3 and t.words[ci - 1] == "," else None
        d.content.append((a, trim_end(text, a, s.end)))
        return d
    # "X reportedly did C", "X is said to C": the whole clause is the content
    a = s.start
    e = trim_end(text, a, s.end)
    if e <= a:
        return None
    d.content.append((a, e))
    return d
