"""``claimcheck check``: a typed claim judged against the evidence in the database.

Pure functions; :func:`claimcheck.api.check` feeds them what :mod:`claimcheck.store.search` finds.

1. **The query as a proposition** (:func:`parse_query`): a query with a speech cue is parsed as
   an article is (:func:`claimcheck.parse.parse_article`): "X says C" / "X denies C" give a
   speaker and the content C, its claim the actors, action class and polarity; any other query is
   read with the claims parser's own pieces (its proper-noun chunks and action classes).  The
   *agent* is the first actor of the content: a proper-noun chunk, or in a Title Case headline
   (where capitals say nothing) the first word group that the database knows as an actor's
   alias.  The proposition is *negative* when the query says C did not happen, is false or is
   denied ("did not supply", "denies offering", "… is a hoax": the stance lexicon's cues).
2. **Candidates**: sentences sharing the query's words or naming the agent under any of its
   aliases (the gazetteer's aliases, demonyms and metonyms), from the full-text index, and the
   units stored in them: claims (an attributed claim's content, not its source span),
   attributions that carry no claim (a denial: its source counts among its actors), and whole
   sentences that hold neither.
3. **Evidence** (:func:`judge_units`): a unit addresses the claim when it names the agent (any
   of its words or aliases, or a demonym-like form: "Bordurian" for Borduria) and its action
   (the action word, another form of it, or a word of the same action class), and holds
   ``MIN_COVERAGE`` of the weight of the query's words (:mod:`claimcheck.xref.textsim`: names
   and numbers weigh more; ``MIN_COVERAGE_PARSED`` when agent and action were both recognised)
   and, without them, ``MIN_REST`` of the words other than the agent's.  A different agent
   doing the same thing is not evidence, and (for a sentence-like query) neither is a unit that
   names the agent only where another actor acts ("Ostmark's envoy went to Sylvania": no other
   actor may come before the agent, unless the agent is named after "by"/"from" or is the
   unit's source; :func:`_agent_leads`).  A contrary predicate (a ``stance.toml`` antonym pair:
   "refused" / "agreed") is the same action with the other polarity.  For a headline (agent and action not both
   recognised) a unit may also address it through its article, when the article's candidate
   units together hold enough of the query (:func:`judge_units`).  A unit that states the query
   brings the other members of its ``report`` cluster, and a contrary finding announced by the
   sentence before an own-voice unit turns it against (:mod:`claimcheck.xref.check_context`).
   Its stance toward the positive proposition: a
   non-answer (speech act ``decline``) is no stance; a denial (speech act ``deny``, or a denial
   cue), a falsity cue ("hoax", "fake"; not when the cue is one of the query's own words: "staged
   air strikes"), the opposite fact (antonyms: "alive" for "dead", "agreed" for "refused"), its
   action negated (the claims parser's polarity for the same action class, or a negation of
   the stance lexicon or the claims parser right before the action word with no other content
   word between, or the query's own negating word: "refused" in a unit for "X refused to …"),
   is *against*; the claim's words in
   quotation marks, a hedge (not one in a clause opened after the claim's words: "… on condition
   that a base could be built"), or an attribution cue or question in the outlet's own voice *observe*; anything else (a later
   report reversing an earlier one included: the earlier one is then against) is *for*.  For a
   negative query, for and against swap.
4. **Origins and status** (:func:`assess`): the units are traced to their independent origins
   with :mod:`claimcheck.xref.origins` and the rules ``report`` uses (``origins.toml``: one
   unnamed source through one intermediary, "Channel 9" = "Channel 9 News"; the wire credits and
   copied stories of the evidence's articles), those for and those against apart (a speaker quoted by
   several outlets is one origin, however fully each names them; an article's own voice
   restating its own source is that source; near-identical sentences are one origin); each
   origin takes the stance most of its evidence takes, weighted by coverage (an even split:
   ``mixed``, counted for and against); the status comes from
   :func:`claimcheck.xref.grade.status_from_origins`, the rule ``report`` uses for clusters:
   ``corroborated``, ``contradicted``, ``single_source``, ``unattributed``; ``no_evidence`` when
   no unit addresses the claim.  Evidence all against the typed claim makes it ``contradicted``
   (it is the assertion; a cluster of denials in ``report`` is about the denial instead); an
   origin reporting a claim and its later reversal stands on both sides.  A denial by the
   claim's own agent is named as such.  The status comes with reason codes
   (:mod:`claimcheck.xref.check_status`).  A query negated by a contrary word ("Sylvania
   *refused* to …", the claims parser's negation) is a negative proposition.

Thresholds were chosen on one half of the dev claims (``docs/quality.md``, "check").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.lexicons import Lexicons
from claimcheck.model import ArticleText, ClaimRecord
from claimcheck.xref.check_query import (  # noqa: F401 - re-exported: check's API
    SPEECH_CUES, SUBJECT_WORDS, Proposition, _keys, _words_of, parse_query, query_ngrams, search_terms,
)
from claimcheck.xref.check_mode import action_spans, asked_not_said, mode_of
from claimcheck.xref.check_roles import doer_before, only_received, roles_turned, taken_back_before
from claimcheck.xref.check_values import contrary_value, names_instead, other_place
from claimcheck.xref.check_status import REASON_CODES, reason_codes  # noqa: F401 - re-exported
from claimcheck.xref.objects import claim_kinds, generic_only, kinds_differ, kinds_part
from claimcheck.xref.grade import (
    DENIED_ONLY_BY_PARTY, PartyTurn, StatusJudgement, admission_judgement, origin_tally, party_turns, status_from_origins)
from claimcheck.xref.stance import PreparedClaim, find_cues, lexicon
from claimcheck.xref.textsim import Token, content_tokens

MIN_COVERAGE = 0.6  # share of the query's word weight a unit must hold …
MIN_COVERAGE_PARSED = 0.4  # … when the unit names the query's agent and its action (both recognised)
MIN_REST = 0.34  # share of the weight of the words other than the agent's
NEGATION_WINDOW = 30  # characters from a negation to the claim word it negates
WIRE_COPY = 92.0  # rapidfuzz ratio from which two sentences of different articles are one copy
CANDIDATES = 200  # candidate sentences taken from the full-text index, best ranked first
ARTICLE_COVERAGE = 0.5  # share of the query's weight the candidate units of one article hold together …
UNIT_FLOOR = 0.3  # … then its units holding this share …
ARTICLE_BEST = 0.5  # … and this share of its best unit's address the query too
HEADLINE_WORDS = 12  # an own-voice unit this short and stored without actors is read for its proper nouns
ARTICLE_ONLY_HEADLINES = True  # … for a query whose agent and action were not both recognised

STANCES = ("for", "against", "observe", "decline")
_SHOWN = {"for": "corroborate", "against": "contradict", "observe": "observe", "decline": "no comment",
          "mixed": "mixed"}
_FLIP = {"for": "against", "against": "for"}
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# ----------------------------------------------------------------------------- one unit


@dataclass(frozen=True, slots=True)
class Judged:
    """One unit that addresses the claim: its stance toward the query (:data:`STANCES`, after
    the flip for a negative query), why, and how much of the query's words it holds (0–1)."""

    stance: str
    reason: str
    coverage: float


def _coverage(pc: PreparedClaim, toks: Sequence[Token], agent_keys: frozenset[str]
              ) -> tuple[float, float, list[Token]]:
    """(share of all the query's weight, share of the weight outside the agent's words, matched
    tokens).  A unit that names the agent another way ("Tehran" for Iran, "Bordurian" for
    Borduria) holds the agent's words of the query."""
    found = {t.key for t in toks if t.key in pc.weights}
    matched = [t for t in toks if t.key in pc.weights]
    if agent_keys and any(t.key not in pc.weights and names_agent(t.key, agent_keys) for t in toks):
        found |= agent_keys & pc.weights.keys()
    total = pc.total or 1.0
    rest_total = sum(w for k, w in pc.weights.items() if k not in agent_keys)
    rest = sum(pc.weights[k] for k in found if k not in agent_keys)
    return (sum(pc.weights[k] for k in found) / total,
            rest / rest_total if rest_total else 1.0, matched)


def judge_units(prop: Proposition, records: Sequence[ClaimRecord], lexicons: Lexicons,
                elsewhere: list[int] | None = None) -> list[Judged | None]:
    """The stance of each unit (a stored claim, or a sentence holding none; parallel to
    ``records``) toward the query, or None for a unit that does not address it.  A unit
    addresses the query on its own when it names the query's agent, tells of its action and
    holds enough of its words: ``MIN_COVERAGE`` of their weight and ``MIN_REST`` of the weight
    of the words other than the agent's; or, when the query's agent and action were recognised
    (naming both says more than sharing words), ``MIN_COVERAGE_PARSED`` of their weight.

    Or through its article (a headline is a summary; an article tells it over several
    sentences, in other words): when the candidate units of one article together hold
    ``ARTICLE_COVERAGE`` of the query's weight and ``MIN_REST`` of the words other than the
    agent's, the units of that article that name the agent and tell of the action (a different agent
    or action is not evidence) and hold at least ``UNIT_FLOOR`` of the weight and ``ARTICLE_BEST``
    of its best unit's share address it too, for a query whose agent and action were not both
    recognised (a headline; a sentence-like claim is matched by sentences).  Such a unit states
    part of the claim: it takes a side against it only with an explicit denial or falsity cue;
    one whose stance would come from a negation or an opposite word, or (for a negative query)
    from stating its part plainly, is no evidence.

    The same proposition, not only the same topic (:func:`same_proposition`): a unit whose
    action is in another mode than the query's (a plan, an offer, a request against a deed:
    ``check.toml``), or whose words of the claim are a reporter's question ("Asked if X had …"),
    is no evidence; for a query "X says C" only X's own statements are (their sentence read for
    the coverage: "X publicly denied involvement …" is X's denial of the allegation it answers);
    the indices of units that would address C but are another speaker's go to ``elsewhere``.

    Thresholds: chosen on the tuning half of the dev claims (``benchmarks/check_dev.py``)."""
    lex = lexicon(lexicons)
    pc = prop.prepared
    parsed = bool(prop.agent_keys) and bool(prop.action_key or prop.action)
    facts = []
    # a non-answer with no words of its own ("declined comment"), stored against a claim from
    # elsewhere in its article, answers what its own sentence is about ("… declined comment,
    # but X confirmed C" is about C): its sentence is read
    records = [_on_its_sentence(r) if r.act == "decline" and r.text and r.text not in r.sentence_text else r
               for r in records]
    for r in records:
        toks = content_tokens(r.text + " \n " + " ; ".join(r.actors), lex.equivalents, lex.noise, lex.phrases)
        cov, rest, matched = _coverage(pc, toks, prop.agent_keys)
        if prop.speaker and r.sentence_text != r.text and by_speaker(prop, r):
            # the speaker's own statement: its sentence says what they said ("Ruritania publicly
            # denied involvement in the bombings", stored as a denial of the allegation it answers)
            stoks = content_tokens(r.sentence_text, lex.equivalents, lex.noise, lex.phrases)
            scov, srest, _m = _coverage(pc, stoks, prop.agent_keys)
            cov, rest = max(cov, scov), max(rest, srest)
        agent = not prop.agent_keys or any(names_agent(t.key, prop.agent_keys) for t in toks)
        found = {t.key for t in matched}
        if agent and prop.agent_keys:
            found |= prop.agent_keys & pc.weights.keys()
        if agent and parsed and not _agent_leads(prop, r, toks, lexicons):
            agent = False  # the agent named, but not as the one who acts: not the same proposition
        facts.append((toks, cov, rest, matched, agent, found, _same_action(prop, r, toks, lexicons)))
    by_article: dict[int, list[int]] = {}
    for i, r in enumerate(records):
        by_article.setdefault(r.article_id, []).append(i)
    total = pc.total or 1.0
    rest_total = sum(w for k, w in pc.weights.items() if k not in prop.agent_keys)
    through_article: set[int] = set()
    for members in ([] if parsed and ARTICLE_ONLY_HEADLINES else by_article.values()):
        union: set[str] = set().union(*(facts[i][5] for i in members))
        cov = sum(pc.weights[k] for k in union) / total
        rest = sum(pc.weights[k] for k in union if k not in prop.agent_keys) / rest_total if rest_total else 1.0
        if (cov < ARTICLE_COVERAGE or rest < MIN_REST or not any(facts[i][4] for i in members)
                or not any(facts[i][6] for i in members)):
            continue
        best = max(facts[i][1] for i in members)
        through_article |= {i for i in members
                            if facts[i][4] and facts[i][6]
                            and facts[i][1] >= max(UNIT_FLOOR, ARTICLE_BEST * best)}
    out: list[Judged | None] = []
    for i, r in enumerate(records):
        toks, cov, rest, matched, agent, _found, action = facts[i]
        enough = cov >= MIN_COVERAGE_PARSED if parsed else cov >= MIN_COVERAGE and rest >= MIN_REST
        if not (agent and enough and action) and i not in through_article:
            out.append(None)
            continue
        why = same_proposition(prop, r, toks, matched, lexicons)
        if why is not None:
            if why == "speaker" and elsewhere is not None and r.source_name:
                elsewhere.append(i)
            out.append(None)
            continue
        stance, reason = _stance(prop, r, r.text, [t for t in matched if t.end <= len(r.text)], lexicons)
        if not (agent and enough and action) and (
                reason.startswith(_IMPLICIT_AGAINST) or (prop.negative and stance == "for")):
            # a unit that holds only part of the claim states that part: neither the whole, nor
            # its opposite, nor (for a negative claim) the negation; only an explicit denial or
            # falsity cue takes a side.  It is no evidence either way.
            out.append(None)
            continue
        if prop.negative and stance in _FLIP:
            stance = _FLIP[stance]
            reason += "; the claim says the opposite"
        out.append(Judged(stance, reason, round(cov, 3)))
    _nonexistence(prop, records, out, by_article, lexicons)
    return out


def _on_its_sentence(r: ClaimRecord) -> ClaimRecord:
    """A non-answer's record read on its own sentence (for :func:`judge_units`)."""
    from dataclasses import replace

    return replace(r, text=r.sentence_text, action=None, actors=tuple(a for a in r.actors if a in r.sentence_text))


def same_proposition(prop: Proposition, record: ClaimRecord, toks: Sequence[Token], matched: Sequence[Token],
                     lexicons: Lexicons) -> str | None:
    """Why a unit that addresses the query's topic does not state the same proposition, or None
    when it does: ``"mode"`` (its action is planned, offered or sought where the query's is done,
    or the other way round: :mod:`claimcheck.xref.check_mode`), ``"object"`` (what it says was
    given, sent or used is of another kind than the query's: "sent drones" for "sent troops";
    :mod:`claimcheck.xref.objects`, as clustering reads it; not for an event class; drones are
    evidence for a query about "weapons", "weapons" none for a query about drones, unless one of
    the two denies), ``"question"`` (the claim's
    words are a reporter's question put to its source), ``"direction"`` (it tells the action the
    other way round: the query's agent receives it, :func:`_turned`), ``"patient"`` (it is done to or
    for another actor than the query names, and never to that one: "sent tanks to Ruritania" for
    "sent tanks to Borduria", "shelled Tessel" for "shelled Brill"; :func:`_other_patient`), ``"place"`` (it places the act
    in/at/near another place than the query's: "bombed a market in Kessel" for "… in Brill";
    :func:`claimcheck.xref.check_values.other_place`; a denial of it too), ``"speaker"`` (the query says "X says
    C" and the unit is not X's: an aide's statement is not the president's).  A unit in the
    query's own words states it (as :func:`_stance` reads it)."""
    if _same_words(record.text, prop.text) or _same_words(record.sentence_text, prop.text):
        return None
    if prop.action is not None and unit_mode(prop, record, toks, lexicons) != prop.mode:
        return "mode"  # only for an action class (actions.toml): a noun alone ("expansion") tells no mode
    if prop.objects and kinds_part(prop.action, lexicons) and kinds_differ(
            prop.objects, claim_kinds(record.text, record.actors, lexicons),
            record.act == "deny" or prop.negative or generic_only(prop.objects)):
        return "object"  # "sent troops" / "sent drones": goods of another kind (xref.objects)
    if prop.doer_read and _turned(prop, record, toks, lexicons):
        return "direction"  # "Drones for Ruritania", "Ruritania received drones from Freedonia" (xref.check_roles)
    if prop.doer_read and prop.patient_keys and _other_patient(prop, record, toks, lexicons):
        return "patient"  # "sent tanks to Ruritania" for "sent tanks to Borduria"; "shelled Tessel" for "shelled Brill"
    action_at = next((t.end for t in matched if t.key == prop.action_key and t.end <= len(record.text)), None)
    if other_place(prop.value_terms, record.text, action_at) is not None:
        return "place"  # "bombed a market in Kessel" for "bombed a market in Brill": another act (check_values)
    words = [t.start for t in matched if t.end <= len(record.text) and t.key not in prop.agent_keys]
    if asked_not_said(record.text, record.sentence_text, words, lexicons):
        return "question"
    if prop.speaker and prop.speaker_held and not by_speaker(prop, record):
        return "speaker"
    return None


def _turned(prop: Proposition, record: ClaimRecord, toks: Sequence[Token], lexicons: Lexicons) -> bool:
    """Does the unit tell the query's action the other way round: the query's agent named only as
    the one it is done to or for ("Drones for Ruritania", "Freedonia sent drones to Ruritania"),
    or its doers naming the query's patient and not its agent ("Ruritania received drones from
    Freedonia" for "Ruritania sent drones to Freedonia")?  The unit's own source (the agent
    speaking) and a doer read before the agent ("were trained in Ruritania") are no turn."""
    text = record.text
    starts = [t.start for t in toks if t.end <= len(text) and names_agent(t.key, prop.agent_keys)]
    if any(doer_before(text, s, lexicons) for s in starts):
        return False
    if only_received(text, starts, lexicons):
        return True  # whoever says it: "Freedonia sent troops to Ruritania, Ruritanian officials said"
    if record.source_name and any(names_agent(k, prop.agent_keys) for k in _keys(record.source_name, lexicons)):
        return False
    if not prop.patient_keys:
        return False
    def patient(k: str) -> bool:  # a key naming the query's patient, or the state of its demonym
        return names_agent(k, prop.patient_keys) or any(names_agent(p, frozenset({k})) for p in prop.patient_keys)

    if any(doer_before(text, t.start, lexicons) for t in toks if t.end <= len(text)
           and patient(t.key) and not names_agent(t.key, prop.agent_keys)):
        return True  # "Freedonian pilots were trained in Ruritania" for "Freedonia trained Ruritanian troops"
    spans = action_spans(text, prop.action, [(t.start, t.key) for t in toks if t.end <= len(text)
                                             and t.key == prop.action_key], lexicons)
    return roles_turned(lambda k: names_agent(k, prop.agent_keys), patient,
                        text, unit_actors(record, lexicons), spans[0] if spans else None,
                        lambda a: _keys(a, lexicons), lexicons)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.I)


def _other_patient(prop: Proposition, record: ClaimRecord, toks: Sequence[Token], lexicons: Lexicons) -> bool:
    """Is the unit's action done to or for another actor than the query's: the query names the
    one it is done to ("Freedonia sent tanks to | Borduria", "Borduria shelled | Brill",
    "Ruritania trained | Freedonian pilots"), the unit never names that one (nor its demonym or
    state), and names another actor after its action word ("sent tanks to Ruritania", "shelled
    the town of Tessel")?  Then it tells of another deed, not evidence for or against the query.
    A unit naming no one after its action ("Freedonia sent tanks") is not judged here."""
    text = record.text

    def patient(k: str) -> bool:
        return names_agent(k, prop.patient_keys) or any(names_agent(p, frozenset({k})) for p in prop.patient_keys)

    places = {w for v in prop.value_terms if v.kind == "place" for w in v.value.split()}
    if all(k in places for k in prop.patient_keys):
        return False  # "struck a school in Tarn": a place, judged by check_values.other_place
    inside = [t for t in toks if t.end <= len(text)]
    if any(patient(t.key) for t in inside):
        return False
    spans = action_spans(text, prop.action, [(t.start, t.key) for t in inside if t.key == prop.action_key], lexicons)
    if not spans:
        return False
    at = spans[0]
    source = record.source_name or ""
    if SPEAKER_SIDE and kinds_part(prop.action, lexicons) and not _names_after(record, at, lexicons):
        side = _speaker_state(record, lexicons)
        if side and not any(names_agent(k, prop.agent_keys) or patient(k) for k in side):
            return True  # "Ruritania's president says Freedonia sent tanks": to Ruritania, not to Borduria
    for name in unit_actors(record, lexicons):
        where = text.find(name, at)
        if where >= 0 and _PLACE_BEFORE.search(text, max(0, where - 12), where):
            continue  # "in Merrow": a place, judged by check_values.other_place
        if where < 0 or re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source):
            continue
        keys = _keys(name, lexicons)
        if keys and not any(names_agent(k, prop.agent_keys) for k in keys):
            return True
    return False


SPEAKER_SIDE = True  # :func:`_other_patient` reads a missing recipient as the speaker's state; False: never


def _names_after(record: ClaimRecord, at: int, lexicons: Lexicons) -> bool:
    """Does the unit name an actor after its action word (at ``at``): the one it is done to or for?"""
    return any(record.text.find(n, at) >= 0 for n in unit_actors(record, lexicons))


_ORGAN_NAME = re.compile(r"[A-Z][\w’'-]*")


def _speaker_state(record: ClaimRecord, lexicons: Lexicons) -> frozenset[str]:
    """The keys of the state a unit's source speaks for as one of its organs or officials
    (``state_organ`` of ``origins.toml``, as :func:`claimcheck.xref.origins.principal_of` reads
    it for ``report``: "Ruritania's president", "Ruritanian officials", "the Ruritanian defence
    ministry"), or the state itself named as the source ("Ruritania said"); empty otherwise
    ("rebels", "analysts", the outlet's own voice).  A transfer told with no recipient by such a
    source is read as one to its state's side, as clustering reads it (``recipient_choice``):
    origin27, the new user's "Ruritania's president says Freedonia sent tanks" taken as evidence
    that Freedonia sent tanks to Borduria."""
    from claimcheck.xref.origin_rules import build_rules, is_state_organ

    if record.act is None:
        return frozenset()
    written = record.source_span or record.source_name or ""
    organ = is_state_organ(written, lexicons.derive(build_rules))
    if not organ and record.source_type not in ("state",):
        return frozenset()
    words = [re.sub(r"[’']s?$", "", w) for w in _ORGAN_NAME.findall(written)]
    return frozenset(k for w in words if w for k in _keys(w, lexicons))


def unit_actors(record: ClaimRecord, lexicons: Lexicons) -> tuple[str, ...]:
    """The actors a unit names: those stored with it, or, for an own-voice unit of at most
    ``HEADLINE_WORDS`` words stored without any (a headline: "Freedonia trained Ruritanian
    pilots"; attributed too, "Borduria shells Tessel, officials say", whose claim is part of its
    sentence: origin27), the proper-noun chunks of its text as the claims parser finds them.  (A longer
    sentence without actors is left as stored: read so, "Under Argentine legend …" lost a dev
    claim's evidence on the tuning half.)"""
    if record.actors or len(_WORDS.findall(record.text)) > HEADLINE_WORDS or (
            record.act is not None and record.text == record.sentence_text):
        return tuple(record.actors)
    from claimcheck.parse.claims import proper_nouns

    return tuple(dict.fromkeys(n for _s, _e, n in proper_nouns(record.text, lexicons)))


def admissible(prop: Proposition, record: ClaimRecord, lexicons: Lexicons) -> bool:
    """Whether a member of a ``report`` cluster that ``check`` brings in as evidence
    (:func:`claimcheck.xref.check_context.cluster_evidence`) states the query's proposition: the
    same mode of its action, no question, the query's speaker (:func:`same_proposition`).  The
    clustering may join an offer with the deed ("offered training" / "received training").  A
    non-answer stored against a claim from elsewhere in its article must address the query in
    its own sentence (as :func:`judge_units` reads it)."""
    if record.act == "decline" and record.text and record.text not in record.sentence_text:
        return judge_units(prop, [record], lexicons)[0] is not None
    lex = lexicon(lexicons)
    toks = content_tokens(record.text, lex.equivalents, lex.noise, lex.phrases)
    matched = [t for t in toks if t.key in prop.prepared.weights]
    return same_proposition(prop, record, toks, matched, lexicons) is None


def unit_mode(prop: Proposition, record: ClaimRecord, toks: Sequence[Token], lexicons: Lexicons) -> str:
    """The mode of the query's action as ``record`` tells it (:func:`claimcheck.xref.check_mode.
    mode_of`): at its first telling, by the action word, its contrary or a word of its class."""
    keys = {prop.action_key} if prop.action_key else set()
    for a, b in (_contraries(lexicons) if prop.action_key else ()):
        if prop.action_key in a:
            keys |= b
    starts = [(t.start, t.key) for t in toks if t.end <= len(record.text) and t.key in keys]
    return mode_of(record.text, action_spans(record.text, prop.action, starts, lexicons), lexicons)




def by_speaker(prop: Proposition, record: ClaimRecord) -> bool:
    """Whether ``record`` is the statement of the query's named speaker ("X says C"): its source
    is named, and one of the speaker's names (the typed one and its gazetteer aliases) has all
    its words in the source's name or the other way round ("Petrov" / "President Ivan Petrov"),
    or, for a one-word speaker (a state, an organisation), a word of the source's name is it or
    its demonym ("the Ruritanian foreign ministry" for Ruritania).  An unnamed aide of X is not X."""
    if not prop.speaker or not record.source_name or record.source_kind != "named":
        return False
    src = _words_of(record.source_name)
    for name in (prop.speaker, *prop.speaker_aliases):
        w = _words_of(name)
        if w and (w <= src or src <= w):
            return True
    if len(re.findall(r"\w+", prop.speaker)) == 1 and prop.speaker_keys:
        if any(names_agent(k, prop.speaker_keys) for k in re.findall(r"\w+", record.source_name.lower())):
            return True
        return _speaks_for(prop, record.source_span or "", record.source_name)
    return False


def _speaks_for(prop: Proposition, span: str, name: str) -> bool:
    """Whether a named person's source span gives them as the speaker's (a one-word organisation
    or state): the speaker in a title before the name ("NHL deputy commissioner Bill Daly",
    "Freedonian President Ivan Petrov") or right after it ("Bill Daly of the NHL").  A mention
    elsewhere ("Olga Kern, a critic of the NHL") is not."""
    last = re.findall(r"\w+", name.lower())[-1:] or [""]
    words = re.findall(r"\w+", span.lower())
    if last[0] not in words:
        return False
    at = words.index(last[0])
    before = words[:at]
    if any(names_agent(w, prop.speaker_keys) for w in before):
        return True
    after = words[at + 1:at + 5]
    if after[:1] != ["of"]:
        return False
    after = after[2:] if after[1:2] == ["the"] else after[1:]
    return any(names_agent(w, prop.speaker_keys) for w in after[:2])


NONEXISTENCE = ("no-such",)  # stance.toml entries saying the person or thing the claim is about does not exist


def _nonexistence(prop: Proposition, records: Sequence[ClaimRecord], out: list[Judged | None],
                  by_article: dict[int, list[int]], lexicons: Lexicons) -> None:
    """In an article that addresses the claim, a unit saying that no such person or thing exists
    ("the clinic said no such person works there": :data:`NONEXISTENCE`) is against it, though
    it names neither the agent nor the action (it points back to them).  Sets ``out`` in place."""
    for members in by_article.values():
        found = [out[i] for i in members if out[i] is not None]
        if not found:
            continue
        for i in members:
            if out[i] is not None:
                continue
            hit = next((h for h in find_cues(records[i].text, ("hoax",), lexicons=lexicons) if h.id in NONEXISTENCE),
                       None)
            if hit is None:
                continue
            stance, reason = ("for", f"says no such one exists ({hit.text!r}); the claim says the opposite") \
                if prop.negative else ("against", f"says no such one exists ({hit.text!r})")
            out[i] = Judged(stance, reason, max(j.coverage for j in found if j is not None))


_IMPLICIT_AGAINST = ("its action is negated", "negates it", "states the opposite", "a contrary value")


def _same_words(a: str, b: str) -> bool:
    """``a`` holds the words of ``b`` in the same order, case, quotes and punctuation aside: all
    of them, or, when ``b`` was cut ("… to achieve security and sta..."), its words before the cut."""
    aw = _WORDS.findall(a.lower().replace("’", "'"))
    bw = _WORDS.findall(b.lower().replace("’", "'"))
    if b.rstrip().endswith(("...", "…")) and len(bw) > 5:
        return aw[:len(bw) - 1] == bw[:-1]
    return aw == bw


def _agent_names(prop: Proposition) -> tuple[str, ...]:
    return (prop.agent, *prop.agent_aliases) if prop.agent else ()

def names_agent(key: str, agent_keys: frozenset[str]) -> bool:
    """Whether a word key names the agent: one of its keys, or the demonym-like form of a long
    one ("Bordurian" for Borduria, "Syldavian" for Syldavia: the key less its last letter, plus at
    most three letters)."""
    if key in agent_keys:
        return True
    return any(len(k) >= 5 and len(k) < len(key) <= len(k) + 3 and key.startswith(k[:-1]) for k in agent_keys)


_BY_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.I)


def _agent_leads(prop: Proposition, record: ClaimRecord, toks: Sequence[Token], lexicons: Lexicons) -> bool:
    """Whether the unit's proposition is the agent's: no other actor of the unit is named before
    the agent in its text (the subject comes first: "Moscow agreed …" for Russia), the agent is
    named as the doer after "by"/"from" ("arms supplied by Russia"), or the unit is the agent's
    own statement (its source).  "The general's visit to Ostmark" and "Velia approved the deployment
    of Ostmark-made tanks" name Ostmark, but Ostmark does nothing in them: they are no evidence that
    Ostmark agreed to supply arms.  A unit that does not name the agent in its text, or names no
    other actor, passes (nothing to tell)."""
    text = record.text
    at = next((t.start for t in toks if t.end <= len(text) and names_agent(t.key, prop.agent_keys)), None)
    if at is None:
        return True
    if record.source_name and any(names_agent(k, prop.agent_keys) for k in _keys(record.source_name, lexicons)):
        return True
    if _BY_AGENT.search(text, max(0, at - 12), at) or names_instead(text, _agent_names(prop)) is not None \
            or doer_before(text, at, lexicons):
        return True  # the doer after "by" ("were trained in", check.toml doer); or named as the one it was not
    for name in record.actors:
        if any(names_agent(k, prop.agent_keys) for k in _keys(name, lexicons)):
            continue
        where = text.find(name)
        if 0 <= where < at:
            return False
    return True


def _same_action(prop: Proposition, record: ClaimRecord, toks: Sequence[Token], lexicons: Lexicons) -> bool:
    """Whether a unit tells of the query's action: its action word (or an equivalent, or another
    form of it), its contrary ("agreed" for "refused": a ``stance.toml`` antonym pair, the same
    predicate with the other polarity), or a word of the same action class ("supplied drones" /
    "sent drones": arming).  A query without an action word (a Title Case headline, where no
    verb is guessed) passes unless it has an action class and the unit tells only of other
    classes ("Ruritania to send tanks" is no meeting); a unit telling of no class passes (the
    headline's class may come from a word misread: "Talks To Doctor")."""
    if prop.action_key is None and prop.action is not None:
        from claimcheck.parse.claims import actions_of

        classes = actions_of(record.text, lexicons)
        return not classes or prop.action in classes or record.action == prop.action
    if prop.action_key is None or any(t.key == prop.action_key for t in toks):
        return True
    keys = {t.key for t in toks}
    if any(prop.action_key in a and keys & b for a, b in _contraries(lexicons)):
        return True
    if prop.action is not None:
        from claimcheck.parse.claims import actions_of

        return record.action == prop.action or prop.action in actions_of(record.text, lexicons)
    return False


def _stance(prop: Proposition, record: ClaimRecord, body: str, matched: list[Token],
            lexicons: Lexicons) -> tuple[str, str]:
    """The stance of one unit toward the *positive* proposition, and why (the rules of the
    module docstring, in this order: non-answer, denial, falsity, negated action, opposite
    fact, quotation, hedge, report; else for)."""
    lex = lexicon(lexicons)
    if record.act == "decline":
        return "decline", "no comment or no response: neither a denial nor a confirmation"
    if record.act == "deny":
        return "against", "a denial"
    if _same_words(body, prop.text) or _same_words(record.sentence_text, prop.text):
        # the claim's own words: whatever negation or cue they hold, they state the claim (the
        # query and the sentence are read alike; ``check`` on a cluster's text agrees with it)
        return ("against" if prop.negative else "for"), "the claim's own words"
    own = prop.prepared.keys  # a cue that is one of the query's own words is its topic ("staged air strikes")
    hits = [h for h in find_cues(body, lexicons=lexicons)
            if not (h.kind in ("hoax", "denial") and _keys(h.text, lexicons) & own)
            and not (h.kind == "denial" and taken_back_before(body, h.start, lexicons))]  # "reversing an earlier denial"
    for h in hits:
        if h.kind == "hoax":
            return "against", f"calls it false ({h.text!r})"
        if h.kind == "denial":
            return "against", f"a denial ({h.text!r})"
    if record.polarity == "negative" and record.action is not None and record.action == prop.action:
        return "against", "its action is negated (\"refused to\", \"did not\")"
    toks = content_tokens(body, lex.equivalents, lex.noise, lex.phrases)
    keys = {t.key for t in toks}
    for mine, other in prop.prepared.antonym_sides:
        if keys & other and not keys & mine:
            word = next(t.surface for t in toks if t.key in other)
            if mine & prop.negator_keys:
                # the query is negated by its own contrary word ("refused"): the unit's word
                # ("agreed") states the positive proposition
                return "for", f"states the contrary of the claim's own negation ({word!r})"
            return "against", f"states the opposite ({word!r}: a contrary predicate)"
    neg = _negation(prop, body, toks, matched, hits, lexicons)
    if neg is not None:
        return "against", f"negates it ({neg!r})"
    same = next((t.surface for t in matched if t.key in prop.negator_keys), None)
    if same is not None:
        return "against", f"its action is negated as the claim's is ({same!r})"
    action_at = next((t.end for t in matched if t.key == prop.action_key), None)
    value = contrary_value(prop.value_terms, body, record.published, _agent_names(prop), action_at)
    if value is not None:
        return "against", f"a contrary value: {value}"
    if record.act is None and _quoted(body, matched):
        return "observe", "quotes it (in quotation marks), does not state it"
    for h in hits:
        if h.kind == "hedge" and not _hedges_a_clause_after(body, h, matched):
            return "observe", f"hedged ({h.text!r})"
    if record.act == "hedge":
        return "observe", "hedged by its source"
    if record.act is None and any(h.kind in ("report", "question") for h in hits):
        h = next(h for h in hits if h.kind in ("report", "question"))
        return "observe", f"reported, not stated ({h.text!r})"
    if record.reverses_claim_id is not None:
        return "for", "states it, reversing an earlier report (the earlier one says otherwise)"
    return "for", "states it" if record.act is None else "asserted by its source"


_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|whose|if|unless|because|whether|when|where|while|"
                          r"although|though|so|condition|provided|until)\b", re.I)


def _hedges_a_clause_after(body: str, hedge: Any, matched: list[Token]) -> bool:
    """A hedge after the last of the query's words, in a clause opened after them ("Moscow had
    agreed to supply arms on condition that a base *could be* set up"), hedges that clause, not
    the proposition."""
    last = max((t.end for t in matched), default=None)
    return last is not None and hedge.start >= last and _SUBORDINATE.search(body, last, hedge.start) is not None


def _contraries(lexicons: Lexicons) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The ``stance.toml`` antonym pairs both ways round: (a side, its contrary)."""
    pairs = lexicon(lexicons).antonyms
    return tuple(pairs) + tuple((b, a) for a, b in pairs)


def _negation(prop: Proposition, body: str, toks: list[Token], matched: list[Token],
              hits: Sequence[Any], lexicons: Lexicons | None = None) -> str | None:
    """The negation that negates the unit's predicate, if any: one that comes before the first
    of the query's words that are not the agent's (the action), within ``NEGATION_WINDOW``
    characters of it, with no other content word between them ("Sylvania did not supply
    drones"; not "a family with no daughters will turn …", where the negation belongs to
    "daughters"); a negation further on negates something else ("adopted him so that he would
    not turn into …").  The agent's words after a determiner "no" are no such word: "No
    Freedonian tank has crossed into Ruritania" negates the crossing (stop 25, new-user finding)."""
    rest = [t for t in matched if t.key not in prop.agent_keys]
    if not rest:
        return None
    first = rest[0]
    spans = [(h.start, h.end, h.text) for h in hits if h.kind == "negation"]
    if lexicons is not None:  # the claims parser's negations too ("refused to", "failed to")
        from claimcheck.parse.claims.cues import rules

        spans += [(m.start(), m.end(), m.group()) for m in rules(lexicons).negation.finditer(body, 0, first.start)]
    for start, end, text in spans:
        if end > first.start or first.start - end > NEGATION_WINDOW:
            continue
        det = text.strip().lower() == "no"  # "No Freedonian tank has crossed": the determiner negates the agent's phrase
        if any(end <= t.start and t.end <= first.start and t.key not in prop.negator_keys
               and not (det and t.key in prop.agent_keys) for t in toks):
            continue  # a content word between: the negation is that word's
        if any(start <= t.start < end and t.key in prop.negator_keys for t in toks):
            continue  # the claim's own negating word: the unit says what the claim says
        return text
    return None


_QUOTED = re.compile(r"[“\"][^“”\"]{3,}[”\"]")


def _quoted(body: str, matched: list[Token]) -> bool:
    """Most of the query's words in the unit lie inside double quotation marks: the unit quotes
    the claim (a headline it names, words it reports), it does not state it."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(body)]
    if not spans or not matched:
        return False
    inside = sum(1 for t in matched if any(a <= t.start and t.end <= b for a, b in spans))
    return inside * 3 >= len(matched) * 2


# ------------------------------------------------------------------------ the evidence


@dataclass(frozen=True, slots=True)
class OriginGroup:
    """One independent origin: its key and label, its stance (for / against / observe / decline,
    or ``mixed`` when its evidence is split evenly), and the indices of its evidence."""

    key: str
    label: str
    stance: str
    evidence: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The status of the query from its evidence: ``no_evidence`` or a status of
    :func:`claimcheck.xref.grade.status_from_origins`, with its credibility, reasons and origins
    (each piece of evidence's origin key in ``origin_of``, parallel to the evidence)."""

    status: str
    credibility: int
    reasons: tuple[str, ...]
    origins: tuple[OriginGroup, ...]
    origin_of: tuple[str, ...]
    codes: tuple[str, ...] = ()  # of REASON_CODES
    not_counted: tuple[str, ...] = ()  # origin keys shown but not counted: a party's admission, a denial taken back


def assess(prop: Proposition, records: Sequence[ClaimRecord], judged: Sequence[Judged],
           actor_key: Callable[[str], str | None], lexicons: Lexicons | None = None,
           articles: Sequence[ArticleText] = ()) -> Assessment:
    """Group the evidence (``records`` with their ``judged`` stances, parallel) by independent
    origin and give the status (see the module docstring).  With ``lexicons``, origins are
    traced with the rules ``report`` uses (``origins.toml``: intermediaries and outlets
    normalised, "Channel 9" = "Channel 9 News"; wire credits and copied stories of ``articles``,
    the evidence's articles, as :func:`claimcheck.xref.origins.publishers` reads them)."""
    from claimcheck.xref.origins import OriginContext, build_rules, publishers, trace

    if not records:
        return Assessment("no_evidence", 6, ("nothing in the database addresses this claim "
                                             + _about(prop),), (), (), ("no_evidence",))
    stances = ["support" if j.stance in ("for", "observe") else "deny" if j.stance == "against" else "decline"
               for j in judged]
    key = same_speaker(records, actor_key)
    rules = lexicons.derive(build_rules) if lexicons is not None else None
    base = OriginContext(key, None, rules)
    # the organs of one state are one origin, and a party's, as ``report`` reads them
    # (xref.origins.principal_of): the store's actor keys, None for a name it does not know
    state_of = _state_reader(actor_key, lexicons) if lexicons is not None else None
    ctx = OriginContext(key, None, rules, publishers(articles, base) if rules is not None and articles else {},
                        state_of=state_of, known_key=actor_key)
    keys = [""] * len(records)
    labels: dict[str, str] = {}
    principal_of_key: dict[str, str] = {}
    for side in ("support", "deny", "decline"):
        # traced side by side: an article's own voice restating its own source takes that
        # source's origin only when it says the same thing (a denial it reports is not the source's)
        members = [i for i, st in enumerate(stances) if st == side]
        for i, o in zip(members, trace(records, members, [side] * len(members), ctx, WIRE_COPY)):
            keys[i] = o.key
            labels.setdefault(o.key, o.label)  # trace names each origin by a mention with a source
            if o.principal is not None:
                principal_of_key.setdefault(o.key, o.principal)
    parties = [_party_of(prop, r) for r in records]
    turn = party_turns(records, stances, keys, parties, lambda _r: "agent")
    taken = taken_back(records, keys) | turn.withdrawn
    groups: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(k, []).append(i)
    out: list[OriginGroup] = []
    for k, members in groups.items():
        counted = [i for i in members if i not in taken] or members
        stance = _origin_stance([judged[i] for i in counted])
        sides = {judged[i].stance for i in counted}
        if {"for", "against"} <= sides and any(records[i].reverses_claim_id is not None for i in counted):
            stance = "mixed"  # one origin reporting a claim and its later reversal: both sides stand
        out.append(OriginGroup(k, labels[k], stance, tuple(members)))
    out.sort(key=lambda g: (STANCE_ORDER.get(g.stance, 9), -len(g.evidence), g.key))
    withdrawn = {g.key for g in out if all(i in taken for i in g.evidence)}  # an origin that only denied, then took it back
    # a party's admission is its own word, not an independent origin (xref.grade.party_turns)
    withdrawn |= {g.key for g in out if all(i in turn.counted_out or i in taken for i in g.evidence)}
    # a news medium that could not verify the claim is no party's non-answer (xref.grade.stance_of)
    withdrawn |= {g.key for g in out if all(stances[i] == "decline" and records[i].source_type == "outlet"
                                            for i in g.evidence)}
    tally = origin_tally((shown_stance(g.stance), g.key) for g in out if g.key not in withdrawn)
    support, deny, decline = tally.support, tally.deny, tally.decline
    # a party to the claim: a named origin that is one of the actors the claim names (as
    # ``report`` reads a cluster's claim actors), its agent or another ("Ostmark" in "air strikes
    # were staged by Ostmark and …")
    party_keys = prop.party_keys or prop.agent_keys
    party = {g.key for g in out if g.key.startswith("named:") and party_keys and any(
        records[i].source_name and any(names_agent(w, party_keys) for w in _words_of(records[i].source_name))
        for i in g.evidence)}
    # an organ, official or capital of a party is that party (report's rule: xref.grade._interested
    # with xref.origins.principal_of): "Freedonian officials", "Fredville", "the foreign ministry denied"
    party_actors = {k for k in (actor_key(n) for n in _query_names(prop)) if k is not None}
    party |= {g.key for g in out if principal_of_key.get(g.key) in party_actors
              or (g.key.startswith("named:") and g.key[6:] in party_actors)}

    def interested(origin: str) -> bool:  # a named origin that is the claim's own agent
        return origin in party

    takers = {j for j, r in enumerate(records) if r.reverses_claim_id is not None and r.act != "deny"
              and any(records[d].article_id == r.article_id and keys[d] == keys[j] for d in taken)}
    reversed_ = any(r.reverses_claim_id is not None and j not in takers for j, r in enumerate(records))
    # the articles that assert it through a counted origin, as report counts them (xref.grade)
    asserting_articles = len({r.article_id for i, r in enumerate(records)
                              if stances[i] == "support" and keys[i] in support}) or 1
    judgement: StatusJudgement = status_from_origins(
        support, deny, decline, interested=interested, reversed_=reversed_,
        n_articles=asserting_articles, describe=lambda o: labels.get(o, o))
    status, credibility, reasons = judgement.status, judgement.credibility, list(judgement.reasons)
    codes = list(judgement.codes)
    if deny and not support:
        # the typed claim is the assertion; evidence that is all against it contradicts it (a
        # denial, a debunk, a reversal): not "single_source" with nothing for it.  ``report``
        # never meets this: a cluster of denials only is about the denial (its own text is
        # negative, and ``check`` on that text finds its members for it)
        status = "contradicted"
        parties = [o for o in deny if interested(o)]
        credibility = 6 if len(parties) == len(deny) else 5
        reasons = [f"nothing in the database asserts it; denied, called false or reported otherwise by "
                   f"{len(deny)} origin(s): {', '.join(labels.get(o, o) for o in deny)}"] + [
            r for r in reasons if r.startswith("no comment")]
        if parties and len(parties) == len(deny):
            reasons.append("the denial comes from a party the claim is about: a signal of its own, "
                           "not independent evidence against it")
            codes.append(DENIED_ONLY_BY_PARTY)
    credibility, told, told_codes = admission_judgement(
        status, credibility, PartyTurn(turn.admissions, turn.counted_out, frozenset(taken)),
        lambda i: labels.get(keys[i], keys[i]))
    reasons.extend(told)
    codes = reason_codes(prop, status, support, deny, decline, interested, reversed_,
                         asserting_articles, codes + told_codes)
    return Assessment(status, credibility, tuple(reasons), tuple(out), tuple(keys), tuple(codes),
                      tuple(sorted(withdrawn)))


_NAME = re.compile(r"[A-Z][\w’'-]*")


def _query_names(prop: Proposition) -> tuple[str, ...]:
    """The capitalised words of the query's content (possessives aside) and its agent as read:
    the names whose store keys say which actors the claim is about (:func:`assess`)."""
    words = [re.sub(r"[’']s?$", "", w) for w in _NAME.findall(prop.content or prop.text)]
    return tuple(dict.fromkeys(n for n in (*words, prop.agent) if n))


def principal_names(records: Sequence[ClaimRecord], prop: Proposition) -> set[str]:
    """The names ``check`` asks the store to key besides its evidence's sources, outlets and
    intermediaries (``api.checking``): each capitalised word of a source as written (possessive
    aside, and the word less one to three letters: "Syldavian" → "Syldavia", the state a demonym
    names, as :func:`claimcheck.xref.origins._state_word` reads it) and the query's names
    (:func:`_query_names`), so that an organ's principal and the claim's parties are keyed as
    ``report`` keys them."""
    out: set[str] = set(_query_names(prop))
    for r in records:
        for w in _NAME.findall(f"{r.source_span or ''} {r.source_name or ''}"):
            w = re.sub(r"[’']s?$", "", w)
            out.update(x for x in (w, w[:-1], w[:-2], w[:-3]) if len(x) > 2)
    return out


def _state_reader(actor_key: Callable[[str], str | None], lexicons: Lexicons) -> Callable[[str], str | None]:
    """A demonym ("Ruritanian") → the store's key of the state it names (else the state's name
    lower-cased), None for any other name: ``check``'s ``state_of`` for
    :func:`claimcheck.xref.origins.principal_of` (``report`` reads its actor index instead)."""
    from claimcheck.xref.gazetteer import gazetteer

    gaz = gazetteer(lexicons)

    def state_of(name: str) -> str | None:
        st = gaz.demonym_to_state(name) if name and len(name.split()) == 1 else None
        return (actor_key(st) or st.lower()) if st else None

    return state_of


def _party_of(prop: Proposition, record: ClaimRecord) -> frozenset[str]:
    """``{"agent"}`` when the source of ``record`` speaks for the query's agent (a word of its
    name, or a name before a possessive or a demonym in its words as written: "Freedonia's
    foreign minister Karl Ostrow", "a Sylvanian spokesman"), else empty: the parties of
    :func:`claimcheck.xref.grade.party_turns` for ``check``, whose claim has one agent."""
    keys = prop.party_keys or prop.agent_keys
    if record.act is None or not keys:
        return frozenset()
    words = _words_of(record.source_name or "") | {
        w.lower() for w in re.findall(r"[A-Z][\w-]*", re.sub(r"[’']s\b", "", record.source_span or ""))}
    return frozenset(("agent",)) if any(names_agent(w, prop.agent_keys or keys) for w in words) else frozenset()


def taken_back(records: Sequence[ClaimRecord], keys: Sequence[str]) -> set[int]:
    """Positions in ``records`` of the denials that a later admission among them takes back ("X
    denied C … X later admitted C'": the admission reverses a claim of its article, which the
    parser links only to its own source's denial, parse/claims/reversal.py; the store gives
    ``check`` the link without its target, so the denial is the one of the same article and the
    same origin ``keys``, stored before the admission).  Such a denial is shown with its stance but
    not counted as an origin, as ``report`` grades a cluster since stop 24 (deny24): the party
    no longer disputes the claim."""
    out = set()
    for j, r in enumerate(records):
        if r.reverses_claim_id is None or r.act == "deny":
            continue
        out |= {d for d, x in enumerate(records) if x.act == "deny" and x.article_id == r.article_id
                and keys[d] == keys[j] and x.claim_id < r.claim_id}
    return out


def other_speakers(prop: Proposition, found: Assessment, records: Sequence[ClaimRecord]) -> Assessment:
    """``found`` with a reason (and the code ``other_speakers``) saying that ``records`` state
    the content of "X says C" but are not X's, so they were not counted (:func:`by_speaker`):
    who said it instead, at most five names.  ``found`` unchanged when there are none."""
    if not records or not prop.speaker:
        return found
    who = list(dict.fromkeys((r.source_name or "the outlet's own voice") for r in records))
    shown = ", ".join(who[:5]) + (f" and {len(who) - 5} more" if len(who) > 5 else "")
    reason = (f"{len(records)} statement(s) of this content are not {prop.speaker}'s but {shown}'s: "
              f"not counted as {prop.speaker}'s")
    return Assessment(found.status, found.credibility, (*found.reasons, reason), found.origins,
                      found.origin_of, (*found.codes, "other_speakers"), found.not_counted)


def same_speaker(records: Sequence[ClaimRecord], actor_key: Callable[[str], str | None]
                 ) -> Callable[[str], str | None]:
    """``actor_key`` with the named sources of ``records`` made one where one name's words are
    part of another's ("Bettman" and "NHL Commissioner Gary Bettman"): one speaker, however
    fully each article names them."""
    def words(name: str) -> frozenset[str]:
        return frozenset(re.findall(r"\w+", name.lower()))

    names = sorted({r.source_name for r in records if r.source_kind == "named" and r.source_name},
                   key=lambda n: (-len(words(n)), n))
    canon: dict[str, str] = {}
    roots: list[str] = []
    for n in names:
        w = words(n)
        root = next((r for r in roots if w and w < words(r)), None)
        if root is None:
            roots.append(n)
        else:
            canon[n] = root

    def key(name: str) -> str | None:
        name = canon.get(name, name)
        return actor_key(name) or " ".join(sorted(words(name))) or None

    return key


STANCE_ORDER = {"for": 0, "observe": 1, "mixed": 2, "against": 3, "decline": 4}


def _origin_stance(judged: Sequence[Judged]) -> str:
    """The stance an origin takes: that of most of its evidence, weighted by how closely each
    piece addresses the claim; non-answers only when it says nothing else; an even split is
    ``mixed`` (it counts for and against)."""
    weight = {"for": 0.0, "against": 0.0}
    observe = decline = False
    for j in judged:
        if j.stance in weight:
            weight[j.stance] += j.coverage
        observe |= j.stance == "observe"
        decline |= j.stance == "decline"
    if weight["for"] or weight["against"]:
        if abs(weight["for"] - weight["against"]) < 1e-9:
            return "mixed"
        return "for" if weight["for"] > weight["against"] else "against"
    return "observe" if observe else "decline"


def _about(prop: Proposition) -> str:
    parts = []
    if prop.agent:
        parts.append(f"about {prop.agent}")
    if prop.action:
        parts.append(f"({prop.action.replace('_', ' ')})")
    return " ".join(parts) if parts else "(no sentence holds enough of its words)"


def shown_stance(stance: str) -> str:
    """A stance as ``check`` prints it: corroborate, contradict, observe or no comment."""
    return _SHOWN.get(stance, stance)


def check_json(prop: Proposition, found: Assessment, displays: Sequence[dict[str, Any]],
               judged: Sequence[Judged], limit: int = 20) -> dict[str, Any]:
    """``check``'s answer as JSON: the brief's ``{"claim", "status", "evidence": [{"article",
    "sentence", "stance", "source", ...}]}`` extended with the credibility, the reasons, the
    proposition, and the evidence grouped by origin (``origins``, each listing indices into
    ``evidence``).  Evidence is ordered origin by origin (for, observing, against, no comment);
    at most ``limit`` pieces are shown (0: all), ``more_evidence`` counts the rest."""
    order = [i for g in found.origins for i in sorted(g.evidence, key=lambda i: -judged[i].coverage)]
    shown = order[:limit] if limit else order
    position = {i: n for n, i in enumerate(shown)}
    evidence = []
    for i in shown:
        d = dict(displays[i])
        src = d.get("source")
        d.update(stance=shown_stance(judged[i].stance), reason=judged[i].reason, score=judged[i].coverage,
                 kind=(src or {}).get("kind") or ("sources_said" if src else "unattributed"),
                 origin=found.origin_of[i])
        evidence.append(d)
    origins = [{"origin": g.key, "label": g.label, "stance": shown_stance(g.stance),
                "evidence": [position[i] for i in g.evidence if i in position],
                "pieces": len(g.evidence), "counted": g.key not in found.not_counted} for g in found.origins]
    return {"claim": prop.text, "status": found.status, "credibility": found.credibility,
            "reasons": list(found.reasons), "reason_codes": list(found.codes), "proposition": prop.to_json(),
            "independent_origins": len(origin_tally((shown_stance(g.stance), g.key) for g in found.origins
                                                    if g.key not in found.not_counted).support),
            "origins": origins, "evidence": evidence, "more_evidence": len(order) - len(shown)}
