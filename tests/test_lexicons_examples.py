"""One parametrised test over EVERY lexicon file: each entry's ``examples`` fire and its
``counterexamples`` do not, each run through the parser function that uses that lexicon
(trafilatura's with/without lists; dateparser's ``param`` tables).

``RUNNERS`` maps a lexicon (file stem) to ``(fires(entry, example) -> bool)``; a lexicon file
added without a runner here fails :func:`test_every_lexicon_file_has_a_runner`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimcheck.lexicons import HERE, Entry, load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.claims import actions_of, rules
from claimcheck.parse.patterns import entry_forms
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])  # the shipped files only, whatever CLAIMCHECK_LEXICONS says


def _atts(sentence: str):  # noqa: ANN202
    return extract_attributions(sentence, split_sentences(sentence, lexicons=LEX), LEX)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


# --------------------------------------------------------------------------- one runner per lexicon

def _cue(e: Entry, s: str) -> bool:
    """An attribution whose cue is one of the entry's forms, with the entry's act; for a
    ``decline`` entry also one whose content opens with a form ("“We are investigating,” a
    spokesman said": the content reports the non-answer, parse/attributions/driver.py
    ``_reports_non_answer``)."""
    forms = set(entry_forms(e))

    def mine(a) -> bool:  # noqa: ANN001
        cue = _norm(a.cue.text)
        if e["act"] == "decline" and any(_norm(a.content.text).lstrip("\"“'‘ ").startswith(f) for f in forms):
            return True
        return any(f in cue or (" " in f and cue in f.split()) for f in forms if "*" not in f) or any(
            w in cue for f in forms if "*" in f for w in f.split() if w not in ("*", "not", "has", "have", "did"))

    return any(mine(a) and a.act == e["act"] for a in _atts(s))


def _anonymity(e: Entry, s: str) -> bool:
    return e["kind"] in [a.source.kind for a in _atts(s) if a.source]


def _role(e: Entry, s: str) -> bool:
    return e["type"] in [a.source.type for a in _atts(s) if a.source]


def _outlet(e: Entry, s: str) -> bool:
    return any(a.via for a in _atts(s))


def _label(e: Entry, s: str) -> bool:
    """The colon is read as an attribution cue: an example is a colon after a short name that
    is no label ("Poll: ..."); a counterexample is a label line ("UPDATE: ...")."""
    return any(a.cue.text == ":" for a in _atts(s))


def _lang_atts(code: str, sentence: str):  # noqa: ANN202
    return extract_attributions(sentence, split_sentences(sentence, lexicons=LEX), LEX, language=code)


def _lang(e: Entry, s: str) -> bool:
    """An entry of ``lang/<code>.toml`` does what its kind says in the sentence, read as that
    language: a cue is the cue of an attribution with the entry's act; an anonymity word makes
    its source kind; an intermediary, addressee or outlet word a via; a pronoun or inverted
    clitic the source; a complementizer the word just before a content; a determiner, particle
    or boundary word lies in or right before a source; a portfolio word or a compound title's head
    lies in a source and not in its actor; an auxiliary opens a cue; an adverbial
    or subordinator stands before the cue with the source after it or inside the tag; a quote
    pair opens or closes a direct quotation."""
    from claimcheck.parse.attributions.lang import grammars
    from claimcheck.parse.attributions.lang_grammar import fold

    code = e.file.removesuffix(".toml")
    if e["kind"] in ("action", "negation", "agent_marker", "name_prefix", "demonym", "demonym_ending",
                     "role_passive", "role_converse", "role_clause_break"):
        return _lang_claim(e, s, code)
    g = grammars(LEX)[code]
    atts = _lang_atts(code, s)
    kind = e["kind"]
    words = {_norm(w) for w in e.get("words", ())}
    if kind == "cue":
        rxs = [g.cue_rx] + [rx for rx, _ in g.gaps]
        spans = [m.span() for rx in rxs for m in rx.finditer(s)
                 if (g.forms.get(" ".join(fold(m.group()).split())) or next(c for r, c in g.gaps if r is rx)).entry == e["id"]]
        return any(a.act == e["act"] and any(x < a.cue.end and a.cue.start < y for x, y in spans) for a in atts)
    if kind == "anonymity":
        return any(a.source is not None and a.source.kind == e["source_kind"] for a in atts)
    if kind in ("intermediary", "addressee", "outlet_word"):
        return any(a.via for a in atts)
    if kind in ("pronoun", "inversion"):
        return any(a.source is not None and a.source.span is not None and _norm(a.source.span.text) in words
                   for a in atts)
    if kind == "complementizer":
        return any(any(_norm(s[:a.content.start]).endswith(" " + w) or _norm(s[:a.content.start]).endswith(w)
                       for w in words) for a in atts)
    if kind in ("determiner", "particle", "role", "np_link"):
        return any(a.source is not None and a.source.span is not None and
                   words & set(re.findall(r"\w+'|\w+", _norm(a.source.span.text))) for a in atts)
    if kind == "boundary":  # before the cue or the source, or where the content after a subject starts
        return any(any(_norm(s[:a.cue.start]).rstrip().endswith(" " + w) or
                       (a.source is not None and a.source.span is not None and
                        _norm(s[:a.source.span.start]).rstrip().endswith(" " + w)) or
                       _norm(a.content.text).split()[:1] == [w] for w in words) for a in atts)
    if kind == "auxiliary":
        return any(_norm(a.cue.text).split()[0].split("-")[0] in words for a in atts)
    if kind in ("adverbial", "subordinator"):
        return any(a.source is not None and any(w in re.findall(r"\w+", _norm(s[:a.cue.end])) for w in words)
                   for a in atts)
    if kind in ("portfolio", "role_head"):  # in the source's words, and cut off its actor
        def holds(text: str) -> bool:
            toks = re.findall(r"\w+", _norm(text))
            if kind == "role_head":
                return any(t.endswith(w) for t in toks for w in words)
            return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", _norm(text)) for w in words)
        return any(a.source is not None and a.source.span is not None and a.source.actor is not None and
                   holds(a.source.span.text) and not holds(a.source.actor) for a in atts)
    if kind == "title":  # a title is no actor: with no name the source is a role (anonymous), else the name
        def titled(text: str) -> bool:
            return bool(words & set(re.findall(r"[\w-]+", _norm(text)))) or any(
                " " in w and w in _norm(text) for w in words)
        return any(a.source is not None and a.source.span is not None and titled(a.source.span.text) and (
            (a.source.kind == "anonymous" and a.source.actor is None) or
            (a.source.kind == "named" and a.source.actor is not None and not titled(a.source.actor))) for a in atts)
    if kind == "quote":
        return any(a.direct_quote and e["words"][0] in s for a in atts)
    if kind == "option":
        return bool(atts)
    raise AssertionError(f"{e.label}: no runner for kind {kind!r}")


def _agent_marked(s: str, mentions: list[str], markers: frozenset[str]) -> bool:
    """The agent :func:`agent_of` picks is not the first actor named: a marker put it first."""
    from claimcheck.parse.claims.lang import agent_of

    i = agent_of(s, mentions, markers)
    return i is not None and len(mentions) > 1 and s.lower().find(mentions[i].lower()) > min(
        s.lower().find(m.lower()) for m in mentions)


def _lang_claim(e: Entry, s: str, code: str) -> bool:
    """A claim rule of ``lang/<code>.toml``: an action entry names its class in the sentence, a
    negation makes it negative, an agent marker makes the actor after it the agent, a name
    prefix is written onto a word long enough to be a name."""
    from claimcheck.parse.claims.lang import actions_in, claim_rules, names_in, negated_in, passive_agent_words

    if e["kind"] == "action":
        return e["action"] in actions_in(s, LEX, code)
    if e["kind"] == "negation":
        return negated_in(s, LEX, code)
    if e["kind"] == "name_prefix":  # a word of the sentence is one of its clitics on a name of 3+ letters
        from claimcheck.parse.claims.lang import name_prefixes

        return any(w.startswith(p) and len(w) > len(p) + 2 for w in re.findall(r"[^\W\d_]+", s)
                   for p in name_prefixes(LEX, code) if p in e["words"])
    names = [n for _, _, n in names_in(s, claim_rules(LEX)[code])]
    if e["kind"] in ("role_passive", "role_converse", "role_clause_break"):  # the first actor named is the patient
        from claimcheck.xref.cluster import action_groups
        from claimcheck.xref.roles import read_roles, roles

        own = roles(LEX).by_language[code]
        at = next((m.start() for m in own.actions.finditer(s)), None) if own.actions is not None else None
        r = read_roles(s, names, at, own)
        return len(names) > 1 and bool(r.agents) and r.patients[:1] == tuple(names[:1]) and bool(action_groups(LEX))
    if e["kind"] == "demonym":  # the sentence names the entry's state through one of its words
        return e["state"] in names
    if e["kind"] == "demonym_ending":  # an inflected form (not a base) of some demonym names its state
        from claimcheck.parse.claims.lang import demonym_forms

        bases = {w.lower() for x in LEX["lang/" + code] if x["kind"] == "demonym" for w in x["words"]}
        forms = demonym_forms(LEX, code)
        return any(w.lower() in forms and w.lower() not in bases and forms[w.lower()] in names
                   for w in re.findall(r"[^\W\d_]+", s))
    return _agent_marked(s, names, passive_agent_words(LEX, code))


_SETS = {"polarity:negative": "negation", "modality:hypothetical": "hypothetical", "modality:expected": "expected",
         "relation:reverse": "reversal", "relation:anaphoric": "anaphoric", "relation:repeat": "repeat",
         "clause:subject_gap": "subject_gap", "clause:continuation": "continuation", "clause:question": "question",
         "clause:preposition": "preposition", "clause:pronoun_subject": "pronoun_subject",
         "clause:predicate": "predicate", "relation:report_that": "report_that",
         "relation:dismissal_tail": "dismissal_tail", "relation:lead_in": "lead_in",
         "relation:refusal": "refusal", "relation:consent": "consent",
         "relation:called_false": "called_false", "relation:accused_of_lying": "accused_of_lying",
         "relation:own_part": "own_part", "relation:dismissal_copula": "dismissal_copula", "clause:gerund_start": "gerund_start",
         "clause:possessive_subject": "possessive_subject", "clause:pronoun_start": "pronoun_start",
         "relation:frame_lead": "frame_lead", "relation:frame_tail": "frame_tail",
         "source:not_a_speaker": "not_a_speaker", "clause:relative": "relative", "clause:credit": "credit", "clause:said_tail": "said_tail",
         "clause:dateline": "dateline", "relation:cited_as_saying": "cited_as",
         "clause:anaphoric_start": "anaphoric_start", "clause:finite_verb": "finite_verb",
         "relation:accusation": "accusation", "inflection:past": "past_irregular", "clause:wire_credit": "wire_credit",
         "clause:connective": "connective", "clause:trailing_frame": "trailing_frame",
         "clause:first_person": "first_person", "clause:short_blocker": "short_blocker",
         "clause:present_verb": "present_verb", "clause:caption": "caption", "clause:anaphoric_end": "anaphoric_end",
         "clause:pronoun_contraction": "pronoun_contraction", "clause:first_person_word": "first_person_word",
         "source:embedded": "embedded_source", "clause:subordinate": "subordinate"}


def _claim_cue(e: Entry, s: str) -> bool:
    """The entry's pattern matches and so does the compiled cue set it belongs to."""
    if e["sets"] == "role:passive_agent":  # read by the cross-language test of clustering
        from claimcheck.parse.claims import proper_nouns
        from claimcheck.parse.claims.lang import passive_agent_words

        names = [n for _, _, n in proper_nouns(s, LEX)]
        return _agent_marked(s, names, passive_agent_words(LEX, None))
    if e["sets"] == "role:converse_source":  # read by the roles test of English clustering
        from claimcheck.parse.claims import proper_nouns
        from claimcheck.xref.cluster import roles, roles_of

        names = [n for _, _, n in proper_nouns(s, LEX)]
        agents, patients = roles_of(s, names, 0, roles(LEX))  # the first named is the patient
        return bool(re.search(e["pattern"], s, re.I)) and len(names) > 1 and patients[:1] == tuple(names[:1])
    if e["sets"] == "role:clause_break":  # a "by" past a clause break names an agent that fixes nothing
        from claimcheck.parse.claims import proper_nouns
        from claimcheck.xref.cluster import action_words
        from claimcheck.xref.roles import read_roles, roles

        names = [n for _, _, n in proper_nouns(s, LEX)]
        at = next((m.start() for m in action_words(LEX).pattern.finditer(s)), None)
        r = read_roles(s, names, at, roles(LEX))
        return bool(r.agents) and not r.marked and bool(re.search(e["pattern"], s, re.I))
    if e["sets"] == "role:converse_pair":  # a giving verb's subject gives; a receiving verb's receives from the actor after "from"
        from claimcheck.parse.claims import proper_nouns
        from claimcheck.xref.roles import read_roles, roles

        names = [n for _, _, n in proper_nouns(s, LEX)]
        m = re.search(e["pattern"], s, re.I)
        if m is None or not names:
            return False
        r = read_roles(s, names, m.start(), roles(LEX))
        if m.group("give") is not None:
            return r.agents[:1] == tuple(names[:1])
        return r.converse and bool(r.agents) and r.patients[:1] == tuple(names[:1])
    if e["sets"] == "role:open_modality":  # a claim asserted by the parser is open for clustering
        from claimcheck.xref.evidence import is_open
        from claimcheck.xref.roles import roles

        return bool(re.search(e["pattern"], s, re.I)) and is_open("asserted", s, roles(LEX).open_modality)
    if e["sets"] == "role:passive_verb":  # the actor before a passive action word is its patient
        from claimcheck.parse.claims import proper_nouns
        from claimcheck.xref.cluster import action_words, roles, roles_of

        names = [n for _, _, n in proper_nouns(s, LEX)]
        at = next((m.start() for m in action_words(LEX).pattern.finditer(s)), None)
        agents, patients = roles_of(s, names, at, roles(LEX))
        return at is not None and not agents and bool(patients)
    if e["sets"] == "role:subordinate_lead":  # a name in the lead is not the subject of the main clause
        from claimcheck.parse.claims import proper_nouns
        from claimcheck.xref.cluster import roles

        lead = roles(LEX).lead.match(s)
        return lead is not None and bool(re.match(e["pattern"], s, re.I)) and any(
            k < lead.end() for k, _, _ in proper_nouns(s, LEX))
    if e["sets"] == "relation:denial_object":  # read by the attribution driver on a walk-back's content
        from claimcheck.parse.attributions.grammar import denial_object

        return bool(re.search(e["pattern"], s, re.I)) and denial_object(LEX).match(s) is not None
    if e["sets"] == "relation:question_put":  # read by parse/claims/answers.question_put, from a sentence's start
        from claimcheck.parse.claims.answers import question_put

        return question_put(s, 0, len(s), LEX) is not None
    if e["sets"] == "relation:answer_no":  # read by parse/claims/answers.answer_no, a whole content
        from claimcheck.parse.claims.answers import answer_no

        return answer_no(s, LEX)
    if e["sets"] == "relation:detail_withheld":  # read by parse/claims/answers.withholds_detail, from a cue on
        from claimcheck.parse.claims.answers import withholds_detail

        return withholds_detail(s, LEX)
    if e["sets"] == "relation:dismissed_not_denied":  # read by parse/claims/answers.dismissed_not_denied
        from claimcheck.parse.claims.answers import dismissed_not_denied

        return dismissed_not_denied("dismissed", s, LEX)
    if e["sets"] == "relation:no_proposition":  # read by parse/claims/answers.no_proposition, a whole content
        return re.fullmatch(e["pattern"], s, re.I) is not None
    if e["sets"] == "relation:deed":  # one deed per entry, read by parse/claims/answers.same_deed
        from claimcheck.parse.claims.answers import deeds

        return dict(deeds(LEX))[e["id"]].search(s) is not None
    if e["sets"] in ("relation:locative_mention", "relation:source_locative", "source:nobody",
                     "relation:speaker_word"):  # parse/claims/answers
        from claimcheck.parse.claims import answers

        if e["sets"] == "relation:speaker_word":  # a word of the source that names no side
            return answers.side_units(s, LEX) == ((), ())

        if e["sets"] == "relation:locative_mention":  # the text before a mention that makes it a place
            return answers.names_party(s + "Freedonia said", ("Freedonia",), "Freedonia", LEX) is False
        if e["sets"] == "relation:source_locative":  # the place the source is at is cut off
            return answers.answerer_side(s, LEX) != s
        return answers.nobody_speaks(s, LEX)
    if e["sets"] in ("relation:headline_turn", "relation:passive_accusation"):  # read by the attribution driver
        from claimcheck.parse.attributions import headlines

        rx = headlines.headline_turn(LEX) if e["sets"] == "relation:headline_turn" else headlines.passive_accusation(LEX)
        return bool(re.search(e["pattern"], s, re.I)) and rx.match(s) is not None
    if e["sets"].startswith("statement:first_person"):  # read by parse/claims/statements._first_person (text27)
        from claimcheck.parse.claims.statements import _first_person_rules

        verb, poss, later = _first_person_rules(LEX)
        rx = {"statement:first_person_verb": verb, "statement:first_person_possessive": poss}.get(e["sets"], later)
        return bool(re.search(e["pattern"], s, re.I)) and rx.search(s) is not None
    if e["sets"] == "statement:gerund_blocker":  # read by parse/claims/statements.gerund_blocked (text27)
        from claimcheck.parse.claims.statements import gerund_blocked

        return bool(re.search(e["pattern"], s, re.I)) and gerund_blocked(s, LEX)
    if e["sets"].startswith("antecedent:"):  # read by parse/claims/antecedents (text27)
        from claimcheck.parse.claims import antecedents, proper_nouns

        if e["sets"] == "antecedent:name_modifier":  # after the sentence's first name
            first = proper_nouns(s, LEX)[:1]
            return bool(first) and antecedents.modifies_a_noun(s, first[0][1], LEX)
        if e["sets"] == "antecedent:outlet_before_name":
            return antecedents.names_an_outlet(s, LEX)
        if e["sets"] == "antecedent:plural_person":
            return antecedents.no_person_for(s, LEX)
        pronoun = "she" if e["sets"] == "antecedent:female" else "he"
        return any(rx.search(s) for rx in antecedents.gender_nouns(LEX, pronoun))
    if e["sets"] in ("relation:statement_negation", "relation:contrastive_negation"):  # read by xref.grade
        from claimcheck.xref.grade import negation_words

        w = negation_words(LEX)
        rx = w.negated if e["sets"] == "relation:statement_negation" else w.contrastive
        return bool(re.search(e["pattern"], s, re.I)) and rx.search(s) is not None
    return bool(re.search(e["pattern"], s, re.I)) and bool(getattr(rules(LEX), _SETS[e["sets"]]).search(s))


def _action(e: Entry, s: str) -> bool:
    return e["id"] in actions_of(s, LEX)


def _abbreviation(e: Entry, s: str) -> bool:
    """The sentence stays whole with the lexicon's abbreviations."""
    return len(split_sentences(s, lexicons=LEX)) == 1 and any(
        re.search(rf"(?<![\w.]){re.escape(t)}\.", s, re.I) for t in e["tokens"])


def _boilerplate(e: Entry, s: str) -> bool:
    """The example, as a line of an article, gets the role of its kind."""
    from claimcheck.ingest.structure import analyse

    text = (f"Port reopens after long repairs\n\n{s}\n\nThe minister said on Monday that the port would "
            "reopen after the repairs were finished, and traffic would resume.")
    st = analyse(text, LEX)
    (line,) = [ln for ln in st.lines if text[ln.start:ln.end].strip() == s]
    want = {"date_labels": "dateline", "byline_markers": "byline"}.get(e["kind"], "boilerplate")
    return line.role == want


def _furniture(e: Entry, s: str) -> bool:
    """Every sentence of the example is furniture and one of them is the entry's
    (:func:`claimcheck.ingest.furniture.furniture_of`, as the ingest pipeline reads them)."""
    from claimcheck.ingest.furniture import furniture_of

    ids = [furniture_of(s[x.start:x.end], LEX) for x in split_sentences(s, lexicons=LEX)]
    return bool(ids) and None not in ids and e["id"] in ids


def _language(e: Entry, s: str) -> bool:
    """An article made of the example (repeated to pass the evidence floor) is in the language."""
    from claimcheck.ingest.language import detect

    return detect(" ".join([s] * 5), LEX) == e["id"]


def _name(e: Entry, s: str) -> bool:
    """"A = B": both sides get the same key (the transliteration key for a ``translit``,
    ``script`` or ``script_rewrite`` rule; the consonant skeleton for a ``skeleton`` rule); a
    ``not_a_name`` or ``opener`` example is a mention that is no name (an ``opener``'s "A = B": the
    opener before a name is no word of it); an ``opener_suffix`` example "WORD | SENTENCES" is a
    word those sentences use as a common word; a ``place_joiner`` or ``outlet_word`` example "A = B"
    is two mentions resolved as one actor (a counterexample: two actors), a ``demonym_ending``
    example "A = B" two claim mentions the actor index reads as one actor."""
    from claimcheck.xref.gazetteer import normalise, translit_key
    from claimcheck.xref.names import name_rules, skeleton_key

    if e["kind"] == "self_reference":  # the article naming its own outlet or writer
        from claimcheck.xref.names import is_self_reference

        return is_self_reference(s, name_rules(LEX))
    if e["kind"] in ("place_joiner", "outlet_word", "place_head"):  # "A = B": two mentions resolved as one actor
        from claimcheck.xref.actors import ActorResolver, Mention

        a, _, b = s.partition(" = ")
        assert b, f"{e.label}: example {s!r} must read 'A = B'"
        return len(ActorResolver(lexicons=LEX).resolve([Mention(a), Mention(b)]).actors) == 1
    if e["kind"] == "demonym_ending":  # "A = B": the two mentions in one store are one actor
        from claimcheck.xref.index import build_actor_index

        a, _, b = s.partition(" = ")
        assert b, f"{e.label}: example {s!r} must read 'A = B'"
        ix = build_actor_index([], [a, b], lexicons=LEX)
        return ix.literal_key(a) == ix.literal_key(b)
    if e["kind"] == "opener_suffix":  # "WORD | SENTENCE | ...": the sentences make WORD a common word
        from claimcheck.xref.names import common_words, fold

        word, *texts = [x.strip() for x in s.split("|")]
        sentences = [x for t in texts for x in t.split(". ") if x]
        rules = name_rules(LEX)
        return fold(word) in common_words({word}, sentences, rules.not_name, rules.opener_suffixes)
    if e["kind"] in ("not_a_name", "opener") and " = " not in s:
        # a mention that is no name (the example) or is one (a counterexample)
        from claimcheck.xref.gazetteer import gazetteer
        from claimcheck.xref.names import is_name

        return not is_name(s, name_rules(LEX), frozenset(gazetteer(LEX).by_acronym))
    a, _, b = s.partition(" = ")
    assert b, f"{e.label}: example {s!r} must read 'A = B'"
    if e["kind"] == "skeleton":
        return skeleton_key(normalise(a, LEX), name_rules(LEX)) == skeleton_key(normalise(b, LEX), name_rules(LEX))
    f = translit_key if e["kind"] in ("translit", "script", "script_rewrite") else normalise
    return f(a, LEX) == f(b, LEX)


def _gazetteer(e: Entry, s: str) -> bool:
    """The example, as the subject of a verb, resolves to the entry's actor."""
    from claimcheck.xref.actors import ActorResolver, Mention

    actor = e["actor"] if e["kind"] == "alias" else e["name"]
    (a,) = ActorResolver(lexicons=LEX).resolve([Mention(s, is_subject=True)]).actors
    return a.known and a.name == actor


def _stance(e: Entry, s: str) -> bool:
    """A cue entry is found in the sentence; an ``equivalent`` pair "A | B" shares the entry's
    key; an ``antonym`` pair "A | B" is judged a contradiction."""
    from claimcheck.xref import stance
    from claimcheck.xref.textsim import content_tokens

    if e["kind"] in stance.CUE_KINDS:
        return e["id"] in {h.id for h in stance.find_cues(s, lexicons=LEX)}
    a, _, b = s.partition("|")
    assert b, f"{e.label}: example {s!r} must read 'A | B'"
    if e["kind"] == "antonym":
        return stance.judge(a.strip(), b.strip(), LEX).label == "contradict"
    lex = stance.lexicon(LEX)

    def keys(text: str) -> set[str]:
        return {t.key for t in content_tokens(text, lex.equivalents, lex.noise)}

    return "=" + e["id"] in keys(a) & keys(b)


def _xref(e: Entry, s: str) -> bool:
    """"A / B": the two claims are similar enough to be one (``same_action``)."""
    from claimcheck.xref.cluster import normalise, similarity, thresholds

    a, _, b = s.partition(" / ")
    assert b, f"{e.label}: example {s!r} must read 'A / B'"
    sim = similarity(frozenset(normalise(a, [])), frozenset(normalise(b, [])))
    return sim >= thresholds(LEX).same_action


BRIEF = ("Ministers from the two neighbouring states signed a border agreement on Wednesday, officials said. "
         "The deal redraws a contested stretch of the frontier that both sides have claimed for decades.")


def _page(e: Entry, s: str) -> bool:
    """A ``consent`` example, as a page's whole main text, makes it a consent wall; a ``paywall``
    example, as the last line of a short article, makes it a teaser."""
    from claimcheck.ingest.html import page_flag, page_rules

    rules = page_rules(LEX)
    if e["kind"] == "consent":
        return page_flag(s, "", rules).startswith("consent wall")
    assert not page_flag(BRIEF, "", rules)
    return page_flag(f"{BRIEF}\n{s}", "", rules).startswith("teaser")


def _phrase(e: Entry, s: str) -> bool:
    """A word of the entry in the sentence changes the parse: for ``ed_adjective`` and
    ``knowing`` it stays in a source; for ``relay``, ``relay_tag``, ``citing``, ``quoting`` and ``relay_relative`` the relay
    it names is a via, never a source; for the others it is left out of every content."""
    found = [w for w in e["words"] if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s, re.I)]
    atts = _atts(s)
    if e["kind"] in ("action_verb", "armed_party"):
        # the sentence's action verb is no cue (an act, not speech)
        return bool(found) and not any(a.cue.text.lower().split()[-1] in
                                       {w for x in LEX["phrases"] if x["kind"] == "action_verb" for w in x["words"]}
                                       for a in atts)
    if e["kind"] == "catenative":
        # "X needs to explain C": the catenative word is part of a cue whose source is X
        return any(w in a.cue.text.lower().split() and a.source is not None for a in atts for w in found)
    if e["kind"] == "complement_stop":
        # "X ensured that C": the verb before a that-clause is no cue
        return bool(found) and not any(w in a.cue.text.lower() for a in atts for w in found)
    if e["kind"] in ("relay", "relay_tag", "citing", "quoting", "relay_relative"):
        # the relay is a via of the speaker's attribution, never a source (nor "which") of its own
        vias = {v.text.lower() for a in atts for v in a.via}
        sources = {a.source.span.text.lower() for a in atts if a.source is not None and a.source.span is not None}
        return bool(found) and bool(vias) and not vias & sources and "which" not in sources
    if not found or not atts:
        return False
    if e["kind"] in ("ed_adjective", "knowing"):
        return any(a.source is not None and a.source.span is not None
                   and any(w in a.source.span.text.lower() for w in found) for a in atts)
    return not any(w in a.content.text.lower() for a in atts for w in found)


def _origins(e: Entry, s: str) -> bool:
    """A ``wire``/``credit`` example, read as an article, is credited (to that wire; by that
    credit); an ``intermediary_suffix`` or ``report_noun`` example "A = B" names one entity on
    both sides (so does an ``outlet`` one), an ``evidence`` one the same kind of evidence, a
    ``not_a_short_form`` one a short form kept from its full name; a ``not_a_source``,
    ``common_noun`` or ``not_a_speaker`` example is no (named) source; a ``first_person``
    example is the writer; a ``display_text`` example is a headline, dek or caption (a
    counterexample a body sentence); a ``state_organ`` example is a source description that
    names a state's organ or official (a counterexample one that does not); a ``group_voice`` example
    is an unnamed group of one principal (a counterexample is not); an ``anaphoric_description`` example "DESCRIPTION = NAMED
    (ITS SENTENCE)" is that named person again, the article's only one on the claim."""
    from claimcheck.xref import origins

    rules = LEX.derive(origins.build_rules)
    if e["kind"] in ("wire", "credit"):
        got = origins.wire_credit(s[:origins.HEAD], s[-origins.TAIL:], rules,
                                  only=e["id"] if e["kind"] == "credit" else None)
        return got is not None and (e["kind"] == "credit" or got[0] == e["names"][0])
    if e["kind"] in ("not_a_source", "common_noun", "not_a_speaker"):
        return origins.non_source_reason(s, "named", rules) is not None
    if e["kind"] == "first_person":
        return origins.is_writer(s, rules)
    if e["kind"] == "display_text":  # a headline, dek or caption: no body sentence's end
        return origins.is_display(s, rules)
    if e["kind"] == "state_organ":  # a source description that is a state's organ or official
        return origins.is_state_organ(s, rules)
    if e["kind"] == "group_voice":  # an unnamed group of one principal ("Bordurian rebels")
        return origins.group_voice(s, None, rules) is not None
    a, _, b = s.partition(" = ")
    if e["kind"] == "anaphoric_description":  # "DESCRIPTION = NAMED (ITS SENTENCE)": one person
        named, _, sentence = b.partition(" (")
        return origins.same_person(a, named, sentence.removesuffix(")"), True, rules)
    assert b, f"{e.label}: example {s!r} must read 'A = B'"
    if e["kind"] == "evidence":
        ga = origins.evidence_group(a, rules)
        return ga is not None and ga == origins.evidence_group(b, rules)
    if e["kind"] == "not_a_short_form":  # a short form the entry's words keep from its full name
        from claimcheck.xref.origin_names import is_short_form

        sa, sb = origins.strip_suffixes(a, rules), origins.strip_suffixes(b, rules)
        return is_short_form(sa, sb) and not is_short_form(sa, sb, rules.short_stop)
    if e["kind"] == "report_noun":
        author = origins.document_author(a, rules)
        return author is not None and origins.strip_suffixes(author, rules) == origins.strip_suffixes(b, rules)
    return origins.strip_suffixes(a, rules) == origins.strip_suffixes(b, rules)


def _source_frame(e: Entry, s: str) -> bool:
    """An ``experiencer`` entry keeps the subject before its participle as the source ("were
    incensed that C"); an ``appearance`` entry leaves its attribution with no source span
    ("Melania seems to have left")."""
    ws = {w.lower() for w in e["words"]}

    def last(a) -> str:  # noqa: ANN001 - the cue's last word before "to", "that", "as"
        cw = [x for x in re.findall(r"[\w']+", a.cue.text.lower()) if x not in ("to", "that", "as", "of", "about")]
        return cw[-1] if cw else ""

    atts = [a for a in _atts(s) if last(a) in ws]
    if e["kind"] == "experiencer":
        return any(a.source is not None and a.source.span is not None and a.source.span.end <= a.cue.start
                   for a in atts)
    return any(a.source is None or a.source.span is None for a in atts)


def _check(e: Entry, s: str) -> bool:
    """A ``question`` entry matches; a ``doer`` or ``recipient`` entry matches right before a
    capitalised word; a ``mode`` entry puts a word after it in its mode
    (:func:`claimcheck.xref.check_mode.mode_at`, as ``check`` reads a unit)."""
    from claimcheck.xref import check_mode

    if e["kind"] == "question":
        return any(rx.search(s) for eid, rx in check_mode.rules(LEX).questions if eid == e["id"])
    if e["kind"] in ("doer", "recipient"):  # right before a capitalised word
        r = check_mode.rules(LEX)
        pats = [rx for eid, rx in (r.doers if e["kind"] == "doer" else r.recipients) if eid == e["id"]]
        return any(rx.search(s, 0, m.start()) for rx in pats for m in re.finditer(r"\b[A-Z]\w+", s))
    if e["kind"] == "taken_back":  # right before a denial word
        pats = [rx for eid, rx in check_mode.rules(LEX).taken_back if eid == e["id"]]
        return any(rx.search(s, 0, m.start()) for rx in pats for m in re.finditer(r"\bden(?:ial|ials|ied|ying)\b", s))
    cues = [c for c in check_mode.mode_cues(s, LEX) if c[2] == e["id"]]
    return any(check_mode.mode_at(s, m.start(), LEX, cues) == e["mode"] for m in re.finditer(r"\w+", s))


def _object(e: Entry, s: str) -> bool:
    """The sentence names the entry's kind of object (:func:`claimcheck.xref.objects.object_kinds`,
    the subject read as clustering reads it: an agent-like kind counts only after it)."""
    from claimcheck.parse.claims import rules
    from claimcheck.xref.cluster import subject_text
    from claimcheck.xref.objects import object_kinds, target_kinds

    if e.get("target"):
        return e["id"] in target_kinds(s, LEX)  # a kind of target (xref.objects.target_kinds)
    subject = subject_text(s, rules(LEX).predicate)
    return e["id"] in {k.lstrip("*") for k in object_kinds(s, LEX, (), len(subject) if subject else None)}


def _predicate(e: Entry, s: str) -> bool:
    """An ``equivalent`` example "A / B": the predicates of the two claims meet
    (:func:`claimcheck.xref.cluster.predicates_meet`); an ``adjunct`` example "claim | adjunct": the
    adjuncts clustering reads (:func:`claimcheck.xref.cluster.adjunct_spans`); any other kind's "claim | lemma": the
    claim's predicate has that lemma (:func:`claimcheck.parse.claims.predicate.find_predicate`)."""
    from claimcheck.model import Span
    from claimcheck.parse.claims.predicate import find_predicate, predicate_rules

    pr = predicate_rules(LEX)
    if e["kind"] == "equivalent":
        from claimcheck.xref.cluster import predicate_classes, predicates_meet

        a, _, b = s.partition(" / ")
        assert b, f"{e.label}: example {s!r} must read 'A / B'"
        got = [find_predicate([Span(0, len(x), x)], pr) for x in (a, b)]
        assert all(got), f"{e.label}: no predicate in {s!r}"
        return predicates_meet(*(predicate_classes(p[0].text, p[1], None, LEX) for p in got))
    if e["kind"] == "adjunct":  # "claim | adjunct / adjunct" ("-": none), as clustering reads them
        from claimcheck.xref.cluster import adjunct_spans

        claim, _, want = s.rpartition(" | ")
        assert claim, f"{e.label}: example {s!r} must read 'claim | adjunct'"
        got_spans = [claim[a:b].strip() for a, b in adjunct_spans(claim, LEX)]
        return got_spans == ([] if want == "-" else want.split(" / "))
    claim, _, want = s.rpartition(" | ")
    assert claim, f"{e.label}: example {s!r} must read 'claim | lemma'"
    got = find_predicate([Span(0, len(claim), claim)], pr)
    return got is not None and got[1] == want


def _place(e: Entry, s: str) -> bool:
    """"sentence | place": the first place mention of the sentence is that place
    (:func:`claimcheck.parse.claims.place.place_mentions`); "sentence | -": it has none."""
    from claimcheck.parse.claims.place import place_mentions, place_rules

    sentence, _, want = s.rpartition(" | ")
    assert sentence, f"{e.label}: example {s!r} must read 'sentence | place'"
    got = [m.text for m in place_mentions(sentence, place_rules(LEX))]
    if e["kind"] == "locative" and want in got[:1]:  # where it happened, and no actor of the claim (src26)
        from claimcheck.ingest.pipeline import build
        from claimcheck.ingest.readers import RawDocument

        ex = build(RawDocument("t.txt", f"A report\n\n{sentence}.\n", "file"), lexicons=LEX)
        return bool(ex.claims) and not any(want in c.actors for c in ex.claims)
    return not got if want == "-" else want in got[:1]


def _time(e: Entry, s: str) -> bool:
    """Kind ``edge``: a date expression as written, in which ``day_edge`` (parse.claims.times) reads
    the edge of its day by one of this entry's words.  Kinds ``said``/``denied``: "claim text | date
    expression", the date read by ``statement_time`` as a statement's (a denial's) day."""
    from claimcheck.parse.claims.times import day_edge, statement_time

    if e["kind"] in ("said", "denied"):
        text, _, raw = s.rpartition(" | ")
        assert text, f"{e.label}: example {s!r} must read 'text | date expression'"
        return statement_time(text, raw, LEX) == e["kind"]
    words = {w.lower() for w in e["words"]}
    return e["kind"] == "edge" and day_edge(s, LEX) and bool(words & set(re.findall(r"[\w-]+", s.lower())))


RUNNERS: dict[str, Callable[[Entry, str], bool]] = {
    "abbreviations": _abbreviation,
    "actions": _action,
    "anonymity": _anonymity,
    "boilerplate": _boilerplate,
    "check": _check,
    "claims": _claim_cue,
    "cues": _cue,
    "denials": _cue,
    "furniture": _furniture,
    "gazetteer": _gazetteer,
    "labels": _label,
    "languages": _language,
    "names": _name,
    "objects": _object,
    "origins": _origins,
    "outlets": _outlet,
    "pages": _page,
    "phrases": _phrase,
    "places": _place,
    "predicates": _predicate,
    "roles": _role,
    "source_frames": _source_frame,
    "stance": _stance,
    "times": _time,
    "xref": _xref,
}


def _cases() -> list:  # noqa: ANN202 - pytest params
    out = []
    for name in sorted(LEX.entries):
        for e in LEX[name]:
            out += [pytest.param(name, e, s, True, id=f"{name}:{e.index + 1}:ex:{s[:30]}") for s in e.examples]
            out += [pytest.param(name, e, s, False, id=f"{name}:{e.index + 1}:counter:{s[:30]}")
                    for s in e.counterexamples]
    return out


@pytest.mark.parametrize("name, entry, sentence, fires", _cases())
def test_lexicon_examples(name: str, entry: Entry, sentence: str, fires: bool) -> None:
    got = (_lang if name.startswith("lang/") else RUNNERS[name])(entry, sentence)
    assert got is fires, f"{entry.label}: {'does not fire on' if fires else 'fires on'} {sentence!r}"


def test_every_lexicon_file_has_a_runner() -> None:
    assert sorted(RUNNERS) == sorted(p.stem for p in HERE.glob("*.toml")) == \
        sorted(n for n in LEX.entries if not n.startswith("lang/"))
    # every per-language file is run by _lang, whose kinds are those of the schema
    assert sorted("lang/" + p.stem for p in (HERE / "lang").glob("*.toml")) == \
        sorted(n for n in LEX.entries if n.startswith("lang/"))


# entries whose effect no sentence shows: the resolver's thresholds (numbers, tested in
# tests/xref/test_actors.py) and a metonym alias kept for its key only
WITHOUT_EXAMPLES = {"names.toml": {"auto_merge", "propose", "token_floor", "block_cap", "window", "partial_cap"},
                    "gazetteer.toml": {"Elysee Palace"}}


def test_every_entry_has_examples() -> None:
    missing = [e.label for es in LEX.entries.values() for e in es if not e.examples
               and (e.get("id") or e.get("name")) not in WITHOUT_EXAMPLES.get(e.file, ())]
    assert not missing, missing
