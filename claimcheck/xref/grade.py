"""Statuses and Admiralty grades of clusters, and reliability of sources.

Origins (who a mention ultimately rests on) are traced in ``xref/origins.py``.

Credibility of information (1–6) and reliability of sources (A–F) follow the Admiralty code;
every grade carries its reasons in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
import re
from dataclasses import dataclass, field

from claimcheck.model import ClaimRecord
from claimcheck.xref.origins import Origin, OriginContext, origin_of, trace

__all__ = ["CREDIBILITY", "RELIABILITY", "STATUSES", "ClusterResult", "OriginTally", "StatusJudgement", "assess",
           "origin_of", "origin_tally", "source_reliability", "stance_of", "status_from_origins",
           "NegationWords", "member_kind", "member_stances", "negation_words"]

STATUSES = ("contradicted", "corroborated", "single_source", "unattributed")
CREDIBILITY = {1: "confirmed by independent sources", 2: "probably true", 3: "possibly true",
               4: "doubtful", 5: "improbable", 6: "cannot be judged"}
RELIABILITY = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
               "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}


UNVERIFIED = "unverified"  # a member's stance: a news medium says it could not verify the claim


def stance_of(c: ClaimRecord, negative_proposition: bool = False) -> str:
    """support, deny (a denial or the opposite polarity) or decline (no comment / no response).
    In a cluster whose proposition is itself negative (:func:`negative_proposition`: "The army did
    not shell the market, the spokesman said"), a negative member supports it and a positive one
    denies it.  A non-answer whose source is a news medium (``source_type`` ``outlet``: "The
    newswire has not corroborated the report", "the agency could not verify it") is
    :data:`UNVERIFIED`: the medium's note that it could not check the claim, not a party's
    non-answer; it is shown, and counted neither as a non-answer nor as an origin (stop 26,
    admit26: it was shown as "no answer from newswire (named)")."""
    if c.act == "decline":
        return UNVERIFIED if c.source_type == "outlet" else "decline"
    if negative_proposition:
        return "support" if c.polarity == "negative" else "deny"
    if c.act == "deny" or c.polarity == "negative":
        return "deny"
    return "support"


@dataclass(frozen=True, slots=True)
class NegationWords:
    """What :func:`member_stances` reads of a member's own words: ``negator`` (``claims.toml``
    ``polarity:negative`` and ``relation:statement_negation``: "not", "no", "nowhere" …),
    ``negated`` (``relation:statement_negation``: a negation and the word it negates, group
    ``w``) and ``contrastive`` (``relation:contrastive_negation``: "…, but not a bear").
    Compiled once per :class:`~claimcheck.lexicons.Lexicons` by :func:`negation_words`."""

    negator: re.Pattern[str]
    negated: re.Pattern[str]
    contrastive: re.Pattern[str]


def negation_words(lexicons) -> NegationWords:  # noqa: ANN001 - a Lexicons (import cycle)
    """:class:`NegationWords` of ``lexicons`` (derived once)."""
    return lexicons.derive(_build_negation_words)


def _build_negation_words(lexicons) -> NegationWords:  # noqa: ANN001
    def alt(*sets: str) -> re.Pattern[str]:
        pats = [e["pattern"] for e in lexicons["claims"] if e["sets"] in sets] or [r"(?!x)x"]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    negated = [e["pattern"] for e in lexicons["claims"] if e["sets"] == "relation:statement_negation"]
    return NegationWords(alt("polarity:negative", "relation:statement_negation"),
                         re.compile(negated[0] if len(negated) == 1 else r"(?!x)x(?P<w>)", re.I),
                         alt("relation:contrastive_negation"))


_ENGLISH = (None, "en")  # the negation words are English: other languages keep the parser's polarity


def member_kind(c: ClaimRecord, words: NegationWords | None) -> str:
    """What a member says of its claim text: ``decline``; ``denial`` (a denial act); ``positive``;
    ``dismissed`` (negative polarity, but no negation in its own words: "the suggestion that C is
    categorically false" with the text C: a denial of C, issue 9 neg26); ``negative`` (a negative
    statement in its own words: "Rosenberg was not near Kobani").  A negative member whose only
    negation is a contrastive "…, but not Y" states its first proposition: ``positive``.
    Without ``words`` a negative member is ``negative`` (the parser's polarity alone)."""
    if c.act == "decline":
        return "decline"
    if c.act == "deny":
        return "denial"
    if c.polarity != "negative":
        return "positive"
    if words is None or c.language not in _ENGLISH:
        return "negative"
    if not words.negator.search(c.text):
        return "dismissed"
    if not words.negator.search(words.contrastive.sub(" ", c.text)):
        return "positive"
    return "negative"


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NON_WORD = re.compile(r"[\W_]+")


def _speaker(c: ClaimRecord) -> frozenset[str]:
    """The words of a member's source name, case-folded (empty: its outlet's own voice or none)."""
    if c.act is None or not c.source_name:
        return frozenset()
    return frozenset(w.casefold() for w in _LETTERS.findall(c.source_name))


def _same_speaker(a: frozenset[str], b: frozenset[str]) -> bool:
    """One source name's words all in the other's ("Shin Tan, 21" / "Pal Shin Tan, 21")."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def _words(text: str) -> str:
    return " " + _NON_WORD.sub(" ", text.casefold()).strip() + " "


def _negation_outside(c: ClaimRecord, support: Sequence[ClaimRecord], words: NegationWords) -> bool:
    """Does ``c``'s text hold a supporting member's whole text, with no negation inside it (its
    negation is in a sentence or clause added to the proposition: "… Suzy Kolber. These people
    are not allowed at the table")?"""
    mine = _words(c.text)
    for s in support:
        theirs = _words(s.text)
        if len(theirs.split()) >= 4 and theirs in mine and not words.negator.search(theirs):
            return True
    return False


def member_stances(cs: Sequence[ClaimRecord], words: NegationWords | None = None) -> list[str]:
    """The stance of each member of a cluster (issue 9, neg26; READER26's ten clusters shown
    contradicted by a negation that denied nothing).  A member contradicts the cluster only when
    it negates the cluster's proposition itself:

    - a denial act or a dismissed claim (:func:`member_kind`) denies; a non-answer declines;
    - in a cluster whose answering members are all negative statements in their own words
      (:func:`negative_proposition`) they support it (two negative statements agree);
    - otherwise a negative statement (or a denial in a negative quotation) supports when a
      supporting member negates the same word ("was not near Kobani" / "was nowhere near
      Kobani", "no credible intelligence" quoted twice: one statement read twice), and a
      negative statement supports when its speaker is a supporting member's (a speaker
      repeating himself does not contradict himself; one name's words within the other's) or
      when it holds a supporting member's whole text with its negation outside it (a sentence
      added to the proposition); else it denies.

    Without ``words`` this is :func:`stance_of` of each member (the parser's polarity alone)."""
    if words is None:
        negative = negative_proposition(cs)
        return [stance_of(c, negative) for c in cs]
    kinds = [member_kind(c, words) for c in cs]
    said = [k for k in kinds if k != "decline"]
    if said and all(k == "negative" for k in said):
        return [stance_of(c) if k == "decline" else "support" for c, k in zip(cs, kinds)]
    support = [c for c, k in zip(cs, kinds) if k == "positive"]
    negated = {m.group("w").casefold() for c in support for m in words.negated.finditer(c.text)}
    speakers = [w for w in map(_speaker, support) if w]
    out = []
    for c, k in zip(cs, kinds):
        if k == "decline":
            out.append(stance_of(c))
        elif k == "positive":
            out.append("support")
        elif k in ("negative", "denial") and negated & {m.group("w").casefold() for m in words.negated.finditer(c.text)}:
            out.append("support")
        elif k == "negative" and any(_same_speaker(_speaker(c), w) for w in speakers):
            out.append("support")
        elif k == "negative" and _negation_outside(c, support, words):
            out.append("support")
        else:
            out.append("deny")
    return out


def negative_proposition(cs: Sequence[ClaimRecord]) -> bool:
    """Is a cluster of ``cs`` the statement of a negative proposition: every member that answers
    is a negative assertion in its own words (polarity negative, not a denial act, whose text is
    the proposition denied), none asserts the positive?  Its asserting sources are then its
    origins (issue 9: the spokesman's "The army did not shell the market" rests on one origin,
    not on none)."""
    said = [c for c in cs if c.act != "decline"]
    return bool(said) and all(c.polarity == "negative" and c.act != "deny" for c in said)


@dataclass
class ClusterResult:
    members: list[int]  # indices into the claims
    stances: list[str]
    origins: list[str]
    status: str = ""
    credibility: int = 6
    reasons: list[str] = field(default_factory=list)
    reason_codes: list[str] = field(default_factory=list)  # StatusJudgement.codes
    support_origins: list[str] = field(default_factory=list)
    deny_origins: list[str] = field(default_factory=list)
    decline_origins: list[str] = field(default_factory=list)
    traced: list[Origin] = field(default_factory=list)  # parallel to members: key, label, fold reason


def assess(claims: Sequence[ClaimRecord], members: list[int],
           actor_key: Callable[[str], str | None], wire_copy: float,
           context: OriginContext | None = None) -> ClusterResult:
    """Stances, origins (``xref.origins.trace`` with ``context``, by default actor keys alone),
    status and credibility of the cluster of ``claims[i] for i in members``."""
    cs = [claims[i] for i in members]
    stances = member_stances(cs, context.negation if context is not None else None)
    traced = trace(claims, members, stances, context or OriginContext(actor_key), wire_copy)
    origins = [o.key for o in traced]
    r = ClusterResult(members, stances, origins, traced=traced)
    claim_actors = {actor_key(a) for c in cs for a in c.actors} - {None}
    ctx = context or OriginContext(actor_key)
    parties = [speaks_for(c, claim_actors, ctx.actor_key, ctx.state_of) for c in cs]
    turn = party_turns(cs, stances, origins, parties, lambda c: _first_actor(c, ctx.actor_key))
    taken_back, admitted = turn.withdrawn, turn.counted_out
    tally = origin_tally((st, o) for k, (st, o) in enumerate(zip(stances, origins))
                         if k not in taken_back and k not in admitted)
    r.support_origins, r.deny_origins, r.decline_origins = (list(tally.support), list(tally.deny),
                                                            list(tally.decline))
    labels = {o.key: o.label for o in traced}
    _status_and_grade(r, cs, claim_actors, labels)
    _admission_grade(r, cs, turn, labels)
    r.stances = [ADMISSION if k in turn.admissions else WITHDRAWN if k in taken_back else st
                 for k, st in enumerate(stances)]
    return r


ADMISSION = "admission"  # a member's stance: the party the claim is about admits it (not an independent origin)
WITHDRAWN = "withdrawn"  # a member's stance: a denial its party took back by a later admission (not counted)
ADMITTED_BY_PARTY = "admitted_by_party"  # reason code: a party the claim is about admits it
DENIAL_TAKEN_BACK = "denial_taken_back"  # reason code: a denial was taken back by its party's admission


@dataclass(frozen=True, slots=True)
class PartyTurn:
    """What the parties of a claim say of it in a cluster (positions in its members):
    ``admissions`` (a party's confirmation), ``counted_out`` (the admissions left out of the
    independent origins: all of them when another origin asserts the claim, none when the
    party's own word is all that asserts it) and ``withdrawn`` (denials the party took back)."""

    admissions: frozenset[int] = frozenset()
    counted_out: frozenset[int] = frozenset()
    withdrawn: frozenset[int] = frozenset()


_POSSESSIVE = re.compile(r"[’']s?$")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


def speaks_for(c: ClaimRecord, claim_actors: set[str], actor_key: Callable[[str], str | None],
               state_of: Callable[[str], str | None] | None = None) -> frozenset[str]:
    """The actor keys among ``claim_actors`` that the source of mention ``c`` speaks for: the
    source's own actor ("Freedonia"), or a name or demonym in its words as written ("Freedonia's
    foreign minister Karl Ostrow", "Freedonia's", "a Sylvanian spokesman": ``state_of`` reads a
    demonym).  Empty for the outlet's own voice and for a source naming none of them."""
    if c.act is None:
        return frozenset()
    out = set()
    for text in {c.source_name or "", c.source_span or ""}:
        whole = _POSSESSIVE.sub("", text.strip())
        for name in (whole, *(_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall(text))):
            if not name:
                continue
            k = actor_key(name)
            if k is None and state_of is not None and " " not in name:
                k = state_of(name)
            if k is not None and k in claim_actors:
                out.add(k)
    return frozenset(out)


def _first_actor(c: ClaimRecord, actor_key: Callable[[str], str | None]) -> str | None:
    """The actor key of the first actor a claim names (its agent, as the claim is worded: "Freedonia
    had sent drones to Ruritania"); None when it names none."""
    return next((k for k in map(actor_key, c.actors) if k is not None), None)


def party_turns(cs: Sequence[ClaimRecord], stances: Sequence[str], origins: Sequence[str],
                parties: Sequence[frozenset[str]], agent_of: Callable[[ClaimRecord], str | None]) -> PartyTurn:
    """The admissions of a claim by a party it is about, and the denials they take back, among
    the members ``cs`` of a cluster (their ``stances``, origin keys ``origins`` and the parties
    each source speaks for, :func:`speaks_for`).  The rule (stop 26, admit26; the new user's
    "Freedonia denies, then admits, sending drones"):

    - an *admission* is a confirmation (act ``confirm``: admitted, acknowledged, confirmed) that
      supports the claim, by a source speaking for a party that denies the claim in the cluster
      or for the claim's own agent (the first actor it names), by an origin that denies it too,
      or one that reverses a denial (``reverses_claim_id``, the parser's link);
    - a party's denial is *taken back* by an admission of the same party (the same party or the
      same origin) made after it: in the same article, earlier in the text or before a turn the
      article reports ("X denies, then admits"); in another article, published on an earlier
      day.  A denial after the admission stands;
    - the admissions are the party's own word, not an independent origin of the allegation:
      they, and every other mention for the claim of an origin that admits it, are counted out
      of the origins when another origin asserts the claim, and are its one origin when nothing
      else does.  A party's confirmation that neither meets another origin for the claim nor
      takes back a denial is its plain statement, not told as an admission ("X confirmed it is
      using foreign experts", alone).

    Denials taken back by the parser's own link (:func:`withdrawn_denials`) are taken back too."""
    deny_ids = {c.claim_id for c, st in zip(cs, stances) if st == "deny"}
    denials = [k for k, (c, st) in enumerate(zip(cs, stances)) if st == "deny" and c.act == "deny"]
    accused = set().union(*(parties[k] for k in denials)) if denials else set()
    denying = {origins[k] for k in denials}
    admissions = set()
    for k, c in enumerate(cs):
        if stances[k] != "support" or c.act != "confirm":
            continue
        agent = agent_of(c)
        if parties[k] & (accused | ({agent} if agent else set())) or origins[k] in denying or (
                c.reverses_claim_id is not None and c.reverses_claim_id in deny_ids):
            admissions.add(k)
    withdrawn = set(withdrawn_denials(cs, stances))
    for d in denials:
        if any((parties[d] & parties[a] or origins[d] == origins[a]) and _before(cs[d], cs[a]) for a in admissions):
            withdrawn.add(d)
    # an origin that admits is the party's: each of its mentions for the claim is the party's word
    admitting = {origins[k] for k in admissions}
    admissions |= {k for k, st in enumerate(stances) if st == "support" and origins[k] in admitting}
    others = any(st == "support" and k not in admissions for k, st in enumerate(stances))
    if not others and not withdrawn:
        return PartyTurn()  # the party's own statement, nothing it answers or reverses: no admission to tell
    return PartyTurn(frozenset(admissions), frozenset(admissions) if others else frozenset(), frozenset(withdrawn))


def _before(d: ClaimRecord, a: ClaimRecord) -> bool:
    """Was denial ``d`` made before admission ``a`` (see :func:`party_turns`)?"""
    if d.article_id == a.article_id:
        return d.claim_id < a.claim_id or a.reverses_claim_id is not None
    return d.published is not None and a.published is not None and d.published < a.published


def _admission_grade(r: ClusterResult, cs: Sequence[ClaimRecord], turn: PartyTurn, labels: Mapping[str, str]) -> None:
    """:func:`admission_judgement` applied to ``r`` (its credibility, reasons and codes)."""
    r.credibility, reasons, codes = admission_judgement(
        r.status, r.credibility, turn, lambda k: labels.get(r.origins[k], r.origins[k]))
    r.reasons.extend(reasons)
    r.reason_codes.extend(codes)


def admission_judgement(status: str, credibility: int, turn: PartyTurn, label: Callable[[int], str]
                        ) -> tuple[int, list[str], list[str]]:
    """``(credibility, reasons, codes)`` of a claim graded ``status`` / ``credibility`` from its
    independent origins, once a party's admission and the denials it took back (``turn``,
    :func:`party_turns`; ``label`` names the origin of a member) are told: the reasons and codes
    (:data:`DENIAL_TAKEN_BACK`, :data:`ADMITTED_BY_PARTY`) of each, and the grade 2 (probably
    true) for an admitted claim graded lower with nothing left against it (``single_source`` or
    ``corroborated``): the party's admission confirms it, though not independently (1 needs
    independent origins).  The one rule of ``report`` and ``check``."""
    reasons: list[str] = []
    codes: list[str] = []
    for name in sorted({label(k) for k in turn.withdrawn}):
        reasons.append(f"{name} denied it, then admitted it: the denial was taken back (shown, not counted "
                       "against it)")
    if turn.withdrawn:
        codes.append(DENIAL_TAKEN_BACK)
    if not turn.admissions:
        return credibility, reasons, codes
    names = sorted({label(k) for k in turn.admissions})
    how = "not an independent origin of it" if turn.counted_out else "the party's own word is all that asserts it"
    reasons.append(f"admitted by a party the claim is about: {', '.join(names)} ({how})")
    codes.append(ADMITTED_BY_PARTY)
    if turn.counted_out and status in ("single_source", "corroborated") and credibility > 2:
        credibility = 2
        reasons.append("graded 2 (probably true): the party it is about admits it")
    return credibility, reasons, codes


def withdrawn_denials(cs: Sequence[ClaimRecord], stances: Sequence[str]) -> set[int]:
    """Positions in ``cs`` of the denials that a later admission in the cluster takes back
    ("X denied C … X later admitted C'": the admission's ``reverses_claim_id`` is the denial, which
    the parser links only to the same source's denial, parse/claims/reversal.py).  Such a denial
    is shown with its stance but does not count as an origin against the claim (issue 9, stop 24,
    deny24: a party that later admitted was graded "Disputed only by a party")."""
    pos = {c.claim_id: k for k, c in enumerate(cs)}
    out = set()
    for k, c in enumerate(cs):
        d = pos.get(c.reverses_claim_id) if c.reverses_claim_id is not None else None
        if d is not None and stances[d] == "deny" and stances[k] == "support" and cs[d].act == "deny" \
                and c.act != "deny":
            out.add(d)
    return out


@dataclass(frozen=True, slots=True)
class OriginTally:
    """The distinct origins of a claim's mentions by what they do (sorted keys): ``support``
    (asserting or reporting it: its *independent origins*, the figure ``report`` shows and
    ``--min-origins`` filters on), ``deny``, ``decline``; ``every`` all of them (an origin that
    both asserts and denies is in both lists and once here)."""

    support: tuple[str, ...]
    deny: tuple[str, ...]
    decline: tuple[str, ...]
    every: tuple[str, ...]


SUPPORT_STANCES = frozenset(("support", "corroborate", "observe", "mixed"))
DENY_STANCES = frozenset(("deny", "contradict", "mixed"))
DECLINE_STANCES = frozenset(("decline", "no comment"))


def origin_tally(mentions: Iterable[tuple[str, str]]) -> OriginTally:
    """Count the origins of ``(stance, origin key)`` pairs, one per mention: the one count of
    independent origins behind ``report`` (a cluster's members, :func:`assess`), ``show`` (its
    ``mentions_detail``) and ``check`` (its evidence), so they never disagree.  Stances are a
    cluster's (support / deny / decline) or ``check``'s (corroborate / observe / mixed /
    contradict / no comment); a ``mixed`` origin counts on both sides."""
    support: set[str] = set()
    deny: set[str] = set()
    decline: set[str] = set()
    every: set[str] = set()
    for stance, origin in mentions:
        every.add(origin)
        if stance in SUPPORT_STANCES:
            support.add(origin)
        if stance in DENY_STANCES:
            deny.add(origin)
        if stance in DECLINE_STANCES:
            decline.add(origin)
    return OriginTally(tuple(sorted(support)), tuple(sorted(deny)), tuple(sorted(decline)), tuple(sorted(every)))


def _interested(origin: str, claim_actors: set[str], principals: Mapping[str, str] | None = None) -> bool:
    """Is ``origin`` a party to the claim: a named origin that is one of ``claim_actors``, or an
    origin whose principal (``principals``: origin key → the state whose organ it is,
    :func:`claimcheck.xref.origins.principal_of`) is one of them (issue 9, party26: "Syldavia's
    interior ministry", "Freedonian officials", a palace denying what its state is accused of)."""
    kind, _, rest = origin.partition(":")
    if kind == "named" and rest in claim_actors:
        return True
    return bool(principals) and (principals or {}).get(origin) in claim_actors


def _status_and_grade(r: ClusterResult, cs: list[ClaimRecord], claim_actors: set[str],
                      labels: dict[str, str]) -> None:
    principals = {o.key: o.principal for o in r.traced if o.principal is not None}
    judged = status_from_origins(
        r.support_origins, r.deny_origins, r.decline_origins,
        interested=lambda o: _interested(o, claim_actors, principals),
        reversed_=any(c.reverses_claim_id is not None for c in cs),
        # the articles that assert it through a counted origin ("repeated in N articles"), not
        # those of its denials (stop 26: a wire denial in 3 outlets made it "repeated in 4 articles")
        n_articles=len({c.article_id for c, st, o in zip(cs, r.stances, r.origins)
                        if st == "support" and o in r.support_origins}) or 1,
        describe=lambda o: labels.get(o, o))
    r.status, r.credibility = judged.status, judged.credibility
    r.reasons.extend(judged.reasons)
    r.reason_codes.extend(judged.codes)
    r.reasons.extend(f"self-reversal: {name} took back an earlier {what}" for name, what in self_reversed(cs))


def self_reversed(cs: Sequence[ClaimRecord]) -> list[tuple[str, str]]:
    """``(source name, "denial" | "claim")``, sorted, for the members of a cluster ``cs`` whose
    source takes back its own denial ("X denied C … later, X admitted C'") or its own claim ("X
    backtracked on his claims") in the same article: the reversing claim's source is the reversed
    one's (``reverses_claim_id``, parse/claims/reversal.py, issue 9 stop 23)."""
    by_id = {c.claim_id: c for c in cs}
    out = set()
    for c in cs:
        d = by_id.get(c.reverses_claim_id) if c.reverses_claim_id is not None else None
        if d is not None and (d.act == "deny") != (c.act == "deny") and c.source_name and c.source_name == d.source_name:
            out.add((c.source_name, "denial" if d.act == "deny" else "claim"))
    return sorted(out)


# Reason codes: what a program reads of a status where the reasons in words are for people
# (stored with the cluster, read by the exports; never matched in the sentences).
DENIED_ONLY_BY_PARTY = "denied_only_by_party"  # contradicted, and every origin against is a party to it
REASON_CODES = (DENIED_ONLY_BY_PARTY, ADMITTED_BY_PARTY, DENIAL_TAKEN_BACK)


@dataclass(frozen=True, slots=True)
class StatusJudgement:
    """A status (one of :data:`STATUSES`), its credibility grade 1–6, the reasons in words and
    the reason codes (of :data:`REASON_CODES`) that programs read instead of the words."""

    status: str
    credibility: int
    reasons: tuple[str, ...]
    codes: tuple[str, ...] = ()


def status_from_origins(support: Sequence[str], deny: Sequence[str], decline: Sequence[str] = (), *,
                        interested: Callable[[str], bool] = lambda _o: False, reversed_: bool = False,
                        n_articles: int = 1, describe: Callable[[str], str] = str) -> StatusJudgement:
    """The status of a claim from the independent origins that support it, deny it (or report
    the opposite) and decline to comment: the one rule behind ``report`` (a cluster's members)
    and ``check`` (the evidence found for a claim), so the two never disagree.

    - origins for and against: ``contradicted``.  When origins that are no party to the claim
      stand on both sides, the grade weighs them: more such origins for it than against it → 4
      (doubtful: disputed, though more independent origins back it); as many or fewer → 5
      (improbable, "contradicted by other information").  A contradicted claim never gets 1 or
      2, which need independent confirmation and nothing against it (stop 26, admit26: three
      origins for and one against were graded 5, the grade of one for and three against).
      When every origin on one
      side is a party the claim is about (``interested``: the accused party's own denial, or
      its own line asserted), that side is a signal, not evidence, and the grade comes from the
      other side's origins: one of them → 6 (cannot be judged); two or more → 3 (possibly true)
      when they assert the claim, 5 (improbable) when they deny it.  So a claim and its negation
      (the same origins, for and against swapped) get consistent grades: 5 and 5, 6 and 6, or 3
      (or 4) for the side the independent origins back and 5 for the other;
    - two or more origins for, none against: ``corroborated`` (1 when a named origin not party
      to the claim is among them, else 2);
    - one attributed origin for: ``single_source`` (3 named, 4 unnamed or vague);
    - only the outlets' own voice (``outlet:`` / ``article:`` origins): ``unattributed`` (6);
    - nothing for: ``single_source`` when something denies it, else ``unattributed`` (6).

    Origin keys are sorted, distinct strings (``named:…``, ``anonymous:…``, ``reports:…``,
    ``outlet:…``, ``article:…``); ``describe`` names one in words for the reasons; ``reversed_``
    (a later report reverses an earlier one) and ``n_articles`` only add reasons."""
    sup, den = list(support), list(deny)
    reasons: list[str] = []
    codes: list[str] = []
    attributed = [o for o in sup if not o.startswith(("outlet:", "article:"))]
    if sup and den:
        status, credibility = "contradicted", 5
        against_interested = [o for o in den if interested(o)]
        reasons.append(f"asserted by {len(sup)} origin(s): {', '.join(map(describe, sup))}")
        reasons.append(f"denied or reported otherwise by {len(den)} origin(s): {', '.join(map(describe, den))}")
        if reversed_:
            reasons.append("a later report reverses an earlier one")
        for_interested = [o for o in sup if interested(o)]
        if len(sup) - len(for_interested) > len(den) - len(against_interested) > 0:
            credibility = 4
            reasons.append(f"more independent origins assert it ({len(sup) - len(for_interested)}) than deny it "
                           f"({len(den) - len(against_interested)}): doubtful, not improbable")
        if against_interested and len(against_interested) == len(den):
            credibility = 6 if len(sup) < 2 else 3
            reasons.append("the denial comes from a party the claim is about: a signal of its own, "
                           "not independent evidence against it")
            codes.append(DENIED_ONLY_BY_PARTY)
        elif for_interested and len(for_interested) == len(sup):
            credibility = 6 if len(den) < 2 else 5
            reasons.append("it is asserted only by a party the claim is about: a signal of its own, "
                           "not independent evidence for it")
    elif len(sup) >= 2:
        status = "corroborated"
        named = [o for o in sup if o.startswith("named:")]
        credibility = 1 if named and len(sup) - len([o for o in sup if interested(o)]) >= 1 else 2
        if len(sup) >= 3 and not named:
            credibility = 2
        reasons.append(f"{len(sup)} independent origins: {', '.join(map(describe, sup))}")
        if credibility == 1:
            reasons.append("at least one origin is a named, on-record source")
        else:
            reasons.append("no named, on-record source among them")
    elif attributed:
        status = "single_source"
        o = attributed[0]
        reasons.append(f"rests on one origin: {describe(o)}")
        if o.startswith("named:"):
            credibility = 3
            reasons.append("a named source, not confirmed by an independent one")
        else:
            credibility = 4
            reasons.append("an unnamed or vague source, not confirmed by an independent one")
        if n_articles > 1:
            reasons.append(f"repeated in {n_articles} articles, which does not make it independent")
    elif sup:
        status, credibility = "unattributed", 6
        reasons.append(f"stated only in the outlet's own voice ({', '.join(map(describe, sup))}); no source given")
    else:
        # only declines, or only denials: nothing asserts it
        status, credibility = ("single_source" if den else "unattributed"), 6
        reasons.append("only denials or non-answers, nothing asserting it" if den
                       else "only non-answers, nothing asserting it")
    if decline:
        reasons.append(f"no comment or no response from: {', '.join(map(describe, decline))} "
                       "(neither a denial nor a confirmation)")
    return StatusJudgement(status, credibility, tuple(reasons), tuple(codes))


MIN_CHECKED = 2  # claims checked against an independent origin before any grade but F
B_MIN = 3  # independent corroborations for a B (and never a contradiction)
A_MIN = 5  # for an A


def source_reliability(per_source: Mapping[int, Sequence[tuple[str, bool]]],
                       ungraded: Mapping[int, str] | None = None,
                       ) -> dict[int, tuple[str, list[str], tuple[int, int, int]]]:
    """Grade A–F per source from its track record: one ``(outcome, denied only by a party to
    the claim)`` per cluster it asserted something in, ``outcome`` one of ``corroborated``
    (confirmed by another, independent origin), ``contradicted`` (denied by an origin that is
    no party to the claim), ``single_source`` (nothing else bears on it) or ``party`` (the
    source is a party to the claim: no track record).  F until :data:`MIN_CHECKED` claims were
    checked; no A or B on fewer than :data:`B_MIN` independent corroborations.  ``ungraded``:
    sources that are no one source, graded F with the reason given.  Returns per source id
    ``(grade, reasons, (corroborated, contradicted, single))``."""
    out: dict[int, tuple[str, list[str], tuple[int, int, int]]] = {}
    for sid, items in per_source.items():
        corr = sum(1 for s, _ in items if s == "corroborated")
        contra = sum(1 for s, interested in items if s == "contradicted" and not interested)
        single = sum(1 for s, _ in items if s == "single_source")
        party = sum(1 for s, _ in items if s == "party")
        contra_int = sum(1 for _, interested in items if interested)
        reasons = [f"{corr} claim(s) corroborated by independent origins, {contra} contradicted, "
                   f"{single} resting on it alone"]
        if contra_int:
            reasons.append(f"{contra_int} denied only by a party the claim is about (not counted against it)")
        if party:
            reasons.append(f"{party} statement(s) about a claim it is a party to (no track record)")
        if corr + contra < MIN_CHECKED:
            grade = "F"
            reasons.append(f"no basis yet: {corr + contra} of its claims checked against an independent origin, "
                           f"{MIN_CHECKED} needed")
        elif contra == 0:
            grade = "A" if corr >= A_MIN else "B" if corr >= B_MIN else "C"
        elif corr > 2 * contra:
            grade = "C"
        elif corr >= contra:
            grade = "D"
        else:
            grade = "E"
        reasons.insert(0, RELIABILITY[grade])
        out[sid] = (grade, reasons, (corr, contra, single))
    for sid, why in (ungraded or {}).items():
        out[sid] = ("F", [RELIABILITY["F"], f"no basis yet: {why}"], (0, 0, 0))
    return out
