"""Cross-referencing of all claims: clusters, their statuses and grades, and source grades.

Pure: claim records in, an :class:`Analysis` out; deterministic (the same input gives the same
clusters, statuses and uids, whatever the order of the input).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.model import ClaimRecord
from claimcheck.parse.claims import completeness
from claimcheck.xref.cluster import cluster_claims, thresholds
from claimcheck.xref.grade import ClusterResult, assess, member_kind, negation_words, source_reliability
from claimcheck.xref.index import ActorIndex
from claimcheck.xref.origins import (
    ArticleText, OriginContext, OriginRules, Publisher, as_first_copy, build_rules, non_source_reason, publishers)


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class ClusterOut:
    uid: str
    canonical: str
    action: str | None
    actors: tuple[str, ...]
    status: str
    credibility: int
    reasons: tuple[str, ...]
    independent_origins: int
    n_articles: int
    first_seen: object
    last_seen: object
    members: tuple[tuple[int, str, str, str, str], ...]  # (claim_id, stance, origin key, origin label, fold reason)
    sources: tuple[tuple[str, str, str], ...]  # (name, kind, stance), distinct, by stance then name
    outlets: tuple[str, ...]
    kinds: tuple[tuple[str, int], ...]  # mentions per source kind (+ "unattributed")
    n_denials: int  # the independent origins that deny it (xref.grade: a wire denial copied in
    n_non_answers: int  # three outlets is one; a denial taken back is none), and that do not answer
    article_uids: tuple[str, ...] = ()
    reason_codes: tuple[str, ...] = ()  # xref.grade.REASON_CODES of the status
    story: str | None = None  # xref.story id, drawn among every cluster of the analysis


@dataclass(frozen=True, slots=True)
class Analysis:
    clusters: tuple[ClusterOut, ...]
    source_grades: dict[int, tuple[str, list[str], tuple[int, int, int]]]
    settings: dict


READABLE_WORDS = 14  # among equally complete texts, the one nearest this many words reads best


def _canonical(claims: Sequence[ClaimRecord], r: ClusterResult, lexicons: Lexicons) -> str:
    """The text that shows a cluster: its most complete member
    (:func:`claimcheck.parse.claims.completeness`: a proposition, not a fragment; more content
    words up to a run-on quote; a headline's clipped words, "Troops crossed border", count less),
    of those that state it in its own words: the members that assert it and those that deny it
    in its own words (a denial act, or a claim called false:
    :func:`claimcheck.xref.grade.member_kind`), not a whole sentence that calls it false ("The
    suggestion that C is categorically false", neg26); else of all.  Ties go to a member that
    asserts it, then an attributed claim, then a length near ``READABLE_WORDS``, then the text,
    then the uid.  A rule on the members' content, so the same members give the same text
    whatever order they arrived in.  Issue 9 item 6 (text27): a headline fragment of an
    admission was shown while the wire denials beside it said "Sylvania’s troops had crossed the
    border"."""
    words = negation_words(lexicons)
    asserting = {claims[i].claim_uid for i, s in zip(r.members, r.stances) if s in ("support", "admission")}
    cands = [claims[i] for i in r.members if claims[i].claim_uid in asserting
             or member_kind(claims[i], words) in ("denial", "dismissed")] or [claims[i] for i in r.members]
    scored = {t: completeness(t, lexicons) for t in {" ".join(c.text.split()) for c in cands}}
    best = min(cands, key=lambda c: (-scored[" ".join(c.text.split())], c.claim_uid not in asserting,
                                     c.act is None, abs(len(c.text.split()) - READABLE_WORDS),
                                     " ".join(c.text.split()), c.claim_uid))
    # whole: the stored text is data (JSON, CSV, the exported file); displays cut it themselves
    return " ".join(best.text.split())


# how a cluster's sources are listed: those for it first (a party's admission and a denial it took
# back, xref.grade.party_turns, after those that answer it)
STANCE_ORDER = ("support", "deny", "decline", "admission", "withdrawn", "unverified")


_NAME_WORDS = re.compile(r"\w+")


def _sources(cs: Sequence[ClaimRecord], stances: Sequence[str],
             origins: Sequence[str] = ()) -> tuple[tuple[str, str, str], ...]:
    """The distinct ``(name, kind, stance)`` of a cluster's attributed members, by a rule on
    their content: by stance (:data:`STANCE_ORDER`), then name (case-folded), then kind; never
    by claim or cluster ids, which change with the extractor version.  With ``origins`` (each
    member's origin key), a name all of whose words are in another name of the same origin,
    kind and stance is that source named more briefly, and is left out ("Aide" of a headline
    beside "A senior aide to Bordurian President Ivan Petrov": one source, not two; stop 26)."""
    rank = {s: i for i, s in enumerate(STANCE_ORDER)}
    keyed = {(c.source_name or "(no source)", c.source_kind or "sources_said", s, o)
             for c, s, o in zip(cs, stances, origins or [""] * len(cs)) if c.act is not None}
    words = {x[0]: frozenset(w.casefold() for w in _NAME_WORDS.findall(x[0])) for x in keyed}
    found = {x[:3] for x in keyed if not origins or not any(
        y != x and y[1:] == x[1:] and words[x[0]] and words[x[0]] < words[y[0]] for y in keyed)}
    return tuple(sorted(found, key=lambda x: (rank.get(x[2], len(rank)), x[0].casefold(), x[0], x[1])))


def article_publishers(articles: Sequence[ArticleText], index: ActorIndex, lexicons: Lexicons,
                       roots: Mapping[int, int] | None = None) -> dict[int, Publisher]:
    """Article id → its :class:`~claimcheck.xref.origins.Publisher` (wire credits and copies,
    :func:`claimcheck.xref.origins.publishers`; ``roots``: the copies already drawn), for
    :func:`analyse`'s ``publishers``: the articles' texts can then be freed before the claims
    are clustered."""
    return publishers(articles, OriginContext(index.key, index.name, lexicons.derive(build_rules)), roots)


def analyse(claims: Sequence[ClaimRecord], index: ActorIndex, lexicons: Lexicons,
            articles: Sequence[ArticleText] = (), publishers_of: Mapping[int, Publisher] | None = None) -> Analysis:
    """Clusters of the claims that state the same thing, each assessed (origins, stances,
    status), with the thresholds of ``lexicons``; and the sources' reliability over the
    clusters.  ``articles`` (head, tail and sentences of the articles of the claims) give the
    wire credits and copies of :func:`claimcheck.xref.origins.publishers`, or
    ``publishers_of`` gives them already drawn (:func:`article_publishers`); without either
    each article is its outlet's."""
    claims = sorted((_principal_named(c, index) for c in claims), key=lambda c: c.claim_uid)
    th = thresholds(lexicons)
    actor_name = index.name
    rules = lexicons.derive(build_rules)
    record = _TrackRecord(index, rules, claims)
    if publishers_of is None:
        publishers_of = article_publishers(articles, index, lexicons)
    ctx = OriginContext(index.key, index.name, rules, publishers_of,
                        common_noun=lambda name: record.common_noun(name) is not None,
                        state_of=_state_of(index, lexicons), negation=negation_words(lexicons))
    # a claim repeated by copies of one story is clustered as of its earliest copy (its date,
    # its stated date): one wire text published on three days is one proposition
    groups = cluster_claims(as_first_copy(claims, publishers_of, th.wire_copy), index.claim_keys, lexicons)
    out: list[ClusterOut] = []
    one = {}.setdefault  # one object per distinct origin key, label and reason across clusters (memory)
    for g in groups:
        r = assess(claims, g, index.key, th.wire_copy, ctx)
        cs = [claims[i] for i in g]
        dates = sorted(c.published for c in cs if c.published)
        keys = []
        for c in cs:
            for a in c.actors:
                for k in index.claim_keys(a):
                    if k not in keys:
                        keys.append(k)
        actors = tuple(actor_name(k) for k in keys[:8])
        actions = [c.action for c in cs if c.action]
        action = max(sorted(set(actions)), key=actions.count) if actions else None
        uid = "k" + hashlib.sha256(cs[0].claim_uid.encode()).hexdigest()[:20]
        out.append(ClusterOut(
            uid=uid, canonical=_canonical(claims, r, lexicons), action=action, actors=actors, status=r.status,
            credibility=r.credibility, reasons=tuple(r.reasons),
            independent_origins=len(r.support_origins), n_articles=len({c.article_id for c in cs}),
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            members=tuple((c.claim_id, one(s, s), one(o.key, o.key), one(o.label, o.label), one(o.reason, o.reason))
                          for c, s, o in zip(cs, r.stances, r.traced)),
            sources=_sources(cs, r.stances, r.origins),
            outlets=tuple(sorted({c.outlet for c in cs if c.outlet})),
            kinds=tuple(sorted(Counter((c.source_kind or "sources_said") if c.act is not None else "unattributed"
                                       for c in cs).items())),
            n_denials=len(r.deny_origins), n_non_answers=len(r.decline_origins),
            article_uids=tuple(sorted({c.article_uid for c in cs})), reason_codes=tuple(r.reason_codes)))
        record.add(uid, cs, r, set(keys))
    return Analysis(tuple(with_stories(out)), record.grades(), {"thresholds": asdict(th)})


def _principal_named(c: ClaimRecord, index: ActorIndex) -> ClaimRecord:
    """``c`` with a named source that is one place adjective ("Freedonian", of "the Freedonian
    defence ministry said" in an article that never writes "Freedonia") shown as the place the
    actor index reads it as ("Freedonia", named in another article): the parser's principal, which
    it could not name from the article alone (src26).  Any other claim is returned as it is."""
    name = c.source_name
    if c.source_kind != "named" or not name or " " in name or not name[:1].isupper():
        return c
    key = index.key(name)
    place = index.name(key) if key else None
    if not place or place == name or " " in place or not name.startswith(place) or len(name) - len(place) > 3:
        return c
    from dataclasses import replace

    return replace(c, source_name=place)


def _state_of(index: ActorIndex, lexicons: Lexicons):  # noqa: ANN202 - Callable[[str], str | None]
    """A demonym source name ("Ruritanian", of "the Ruritanian government") → the actor key of
    the state it names (the index's, by a mention of it or by its name, even when only its
    capital was mentioned; else the state's name lower-cased), for
    :class:`~claimcheck.xref.origins.OriginContext`; None for any other name."""
    from claimcheck.xref.gazetteer import gazetteer

    gaz = gazetteer(lexicons)
    memo: dict[str, str | None] = {}
    known: dict[str, str] | None = None  # a gazetteer actor's name → its key in the index

    def state_of(name: str) -> str | None:
        nonlocal known
        if name not in memo:
            st = gaz.demonym_to_state(name) if name and len(name.split()) == 1 else None
            if st is not None and known is None:
                known = {a.name: a.key for a in index.actors() if a.origin == "gazetteer"}
            memo[name] = (index.key(st) or (known or {}).get(st) or st.lower()) if st else None
        return memo[name]

    return state_of


def with_stories(clusters: Sequence[ClusterOut]) -> list[ClusterOut]:
    """``clusters`` each with its story id (:func:`claimcheck.xref.story.stories` over all of
    them, read from what a report row shows: text, actors, action, mentions, articles), so a
    report of every cluster need not read them all before its first row.  The story is set on
    the objects themselves: they are :func:`analyse`'s own, not yet shared (a copy of each
    cluster cost a tenth of the assessment; frozen guards them once returned)."""
    from claimcheck.xref.story import StoryItem, stories, story_words

    story_of = stories([StoryItem(c.uid, c.actors, c.action, len(c.members), c.n_articles,
                                  story_words(c.canonical, c.actors)) for c in clusters])
    for c in clusters:
        object.__setattr__(c, "story", story_of[c.uid])
    return list(clusters)


class _TrackRecord:
    """What each source said that was checked against independent origins: one outcome per
    source and cluster (``corroborated``: another origin asserts it too and no independent
    origin denies it; ``contradicted``: an origin that is not a party to the claim denies it;
    ``single_source``: nothing else bears on it; ``party``: the source is a party to the
    claim, so what it says about it is no track record).  Sources that are no one source
    ("officials", "sources", a pronoun, a common noun) are not graded: :attr:`ungraded`.

    A named source's track record is its resolved actor's: "X", "Gen.X" and "Y X", which the
    actor index makes one actor, are one record (one outcome per cluster), and every source
    row of that actor gets its grade."""

    def __init__(self, index: ActorIndex, rules: OriginRules, claims: Sequence[ClaimRecord]) -> None:
        self.index = index
        self.rules = rules
        self.claims = claims
        self.outcomes: dict[int | str, dict[str, tuple[str, bool]]] = defaultdict(dict)
        self.members: dict[int | str, dict[int, str]] = defaultdict(dict)  # record → {source id: name}
        self.ungraded: dict[int, str] = {}
        self._usage: tuple[Counter[str], Counter[str]] | None = None
        self._common: dict[str | None, str | None] = {}  # name → :meth:`common_noun`
        self._why: dict[tuple[str | None, str | None], str | None] = {}  # (kind, name) → why it is not graded

    def _record(self, sid: int, kind: str, name: str | None) -> int | str:
        """The track record a source row counts in: its actor's for a named source the index
        resolves, else its own."""
        key = self.index.key(name) if kind == "named" and name else None
        rec: int | str = f"actor:{key}" if key else sid
        self.members[rec][sid] = name or ""
        return rec

    def common_noun(self, name: str | None) -> str | None:
        """Why a one-word name is a common noun of these articles ("Health", "Rights"): written
        in lower case at least three times and more often than capitalised inside a sentence.
        Once per distinct name."""
        if name in self._common:
            return self._common[name]
        why = self._common[name] = self._common_noun(name)
        return why

    def _common_noun(self, name: str | None) -> str | None:
        words = (name or "").split()
        if len(words) != 1 or not words[0].isalpha() or words[0].isupper():
            return None
        if self._usage is None:
            lower: Counter[str] = Counter()
            capital: Counter[str] = Counter()
            for sent in {c.sentence_text for c in self.claims}:
                for i, w in enumerate(_TOKEN.findall(sent)):
                    if w.islower():
                        lower[w] += 1
                    elif i and w[0].isupper():
                        capital[w.lower()] += 1
            self._usage = (lower, capital)
        w = words[0].lower()
        low, cap = self._usage[0][w], self._usage[1][w]
        if low >= 3 and low > cap:
            return (f"{name!r} is used as a common noun in these articles ({low} times in lower case, "
                    f"{cap} capitalised inside a sentence), not a named source")
        return None

    def _gradable(self, sid: int, kind: str | None, name: str | None) -> bool:
        if sid in self.ungraded:
            return False
        if (kind, name) not in self._why:  # a rule on the kind and name alone: once per distinct pair
            self._why[(kind, name)] = self._not_graded(kind, name)
        why = self._why[(kind, name)]
        if why:
            self.ungraded[sid] = why
            return False
        return True

    def _not_graded(self, kind: str | None, name: str | None) -> str | None:
        why = non_source_reason(name, kind, self.rules) or (self.common_noun(name) if kind == "named" else None)
        if why is None and kind == "anonymous":
            why = (f"an unnamed description ({name!r}) stands for different people in different articles: "
                   "it is counted per origin, not graded as one source")
        elif why is None and kind not in ("named", None):
            why = (f"{name!r} stands for different sources in each article: it is counted per origin, "
                   "not graded as one source")
        elif why is not None:
            why += " (left unresolved)"
        return why

    def add(self, uid: str, cs: Sequence[ClaimRecord], r: ClusterResult, claim_actors: set[str]) -> None:
        principals = {o.key: o.principal for o in r.traced if o.principal is not None}

        def party(origin: str) -> bool:  # the claim's actor, or one of its organs (grade._interested)
            kind, _, rest = origin.partition(":")
            return (kind == "named" and rest in claim_actors) or principals.get(origin) in claim_actors

        deny_party = [o for o in r.deny_origins if party(o)]
        deny_indep = [o for o in r.deny_origins if not party(o)]
        for c, s, o in zip(cs, r.stances, r.origins):
            if s != "support":
                continue
            own_voice = c.act is None
            sid = c.outlet_source_id if own_voice else c.source_id
            if sid is None:
                continue
            kind = "named" if own_voice else (c.source_kind or "sources_said")
            name = c.outlet if own_voice else c.source_name
            if not self._gradable(sid, kind, name):
                continue
            rec = self._record(sid, kind, name)
            if uid in self.outcomes.get(rec, {}):
                continue  # one outcome per actor and cluster, however many of its names speak in it
            others = [x for x in r.support_origins if x != o]
            if not own_voice and ((kind == "named" and self.index.key(c.source_name or "") in claim_actors)
                                  or principals.get(o) in claim_actors):
                outcome = "party"
            elif deny_indep:
                outcome = "contradicted"
            elif others:
                outcome = "corroborated"
            else:
                outcome = "single_source"
            self.outcomes[rec][uid] = (outcome, bool(deny_party) and not deny_indep)

    def items(self) -> dict[int | str, list[tuple[str, bool]]]:
        """Per track record (an ``actor:<key>`` or a source id), its outcomes ``(outcome, denied
        only by a party to the claim)`` in cluster order."""
        return {rec: [v for _, v in sorted(d.items())] for rec, d in self.outcomes.items()}

    def grades(self) -> dict[int, tuple[str, list[str], tuple[int, int, int]]]:
        """Per source id, the grade of its track record (:func:`source_reliability`), with a
        reason naming the other spellings of its actor when there are any; ungraded sources F."""
        graded = source_reliability(self.items(), self.ungraded)
        out: dict[int, tuple[str, list[str], tuple[int, int, int]]] = {}
        for rec, names in self.members.items():
            if rec not in graded:
                continue
            grade, reasons, counts = graded[rec]
            spellings = sorted(set(names.values()), key=lambda n: (n.casefold(), n))
            if len(spellings) > 1:
                reasons = [*reasons, f"one actor's track record, cited as: {', '.join(spellings)}"]
            for sid in names:
                if sid not in self.ungraded:
                    out[sid] = (grade, reasons, counts)
        for sid, why in self.ungraded.items():
            out[sid] = graded[sid]
        return out
