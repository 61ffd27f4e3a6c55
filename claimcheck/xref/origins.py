"""Origins: who a mention ultimately rests on, and why two mentions rest on the same one.

Every mention has a chain: article → outlet → (the wire it copies) → intermediary → source.
The chain is normalised to its root, its *origin*, and mentions with the same root count once:

* the **publisher** of an article is its outlet, unless the article is a wire's copy (a credit or
  dateline such as "(Reuters)", "— AP", "AFP reported", see ``lexicons/origins.toml``) or shares
  near-identical passages with an earlier article (:func:`copy_roots`), in which case it is the
  wire, or that earlier article's publisher;
* a **named** source is its actor, however many articles quote it ("same speaker");
* a **report** — a named outlet as the source ("the Gazette reported …") or a document with an
  author ("a report by the Gazette") — is its author's origin, whoever relays it (a name the
  actor index does not know is matched by its normalised form to one it knows);
* an **unnamed** source is its description behind the intermediary it was cited through (names
  normalised: "Channel 9" = "Channel 9 News"), else behind the publisher;
* "**sources said**" / "it was reported" is the reports of the intermediary, else the publisher;
* the **own voice** of an article is its publisher; restating what its own sources said, it
  takes their origin; an outlet's own voice on a claim it is also cited for elsewhere is that
  report.

Within a cluster, :func:`trace` also folds an unnamed description into a longer one of
the same article, and a sentence (nearly) identical to an earlier one of another article into
that one's origin.  Every mention gets the origin's key and label, and the reason it was folded
into an origin that an earlier mention already had.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any
from dataclasses import dataclass, field, replace

from claimcheck.model import ArticleText, ClaimRecord
from claimcheck.xref.origin_names import full_names
from claimcheck.xref.origin_rules import (  # noqa: F401  (re-exported: the rules' public names)
    _WORD, HEAD, TAIL, OriginRules, _norm, build_rules, description, document_author, evidence_group, group_voice,
    is_display,
    is_state_organ, is_writer, mark_unresolved, mention_role, non_source_reason, origin_label, refers_back, same_person,
    strip_suffixes, title_words, wire_credit)


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Publisher:
    """Whose voice an article's own voice is: ``key`` (an origin key), ``label`` (in words),
    ``reason`` ("" for the article's own outlet; else "same wire credit (X)" or
    "near-identical text (…)"); for a copy (:func:`copy_roots`), ``first`` is the id of the
    earliest article of its copy group, ``first_published`` that article's date."""

    key: str
    label: str
    reason: str = ""
    first: int | None = None
    first_published: dt.date | None = None


SHINGLE = 3  # words per shingle
MIN_WORDS = 8  # shorter sentences are not passages
NEAR = 0.7  # Jaccard of the shingle sets of two near-identical sentences
MIN_SHARED = 2  # near-identical sentences two articles share to be copies of one story
MAX_SPREAD = 25  # a sentence found in more articles is a template, not a passage
MIN_SHARE = 0.3  # ... and at least this share of the shorter article's passages


def shingles(sentence: str) -> frozenset[str]:
    """The word :data:`SHINGLE`-grams of a sentence (lower-cased words); empty under
    :data:`MIN_WORDS` words."""
    w = _WORD.findall(sentence.lower())  # _norm(sentence).split(): a \w+ word holds no space
    if len(w) < MIN_WORDS:
        return frozenset()
    return frozenset(map(" ".join, zip(*(w[k:] for k in range(SHINGLE)))))  # the w[i:i + SHINGLE]


def near_pairs(sets: Sequence[frozenset[str]], threshold: float = NEAR) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, i < j, of non-empty sets with Jaccard ≥ ``threshold``: exact, by
    prefix filtering (two such sets share one of the rarest ``|s| − ⌈t·|s|⌉ + 1`` elements of
    each) over an inverted index, then verified."""
    freq: Counter[str] = Counter(x for s in sets for x in s)
    index: dict[str, list[int]] = defaultdict(list)
    out: list[tuple[int, int]] = []
    order = sorted((i for i, s in enumerate(sets) if s), key=lambda i: (len(sets[i]), i))
    for i in order:
        out.extend((min(i, j), max(i, j)) for j in _prefix_join(i, sets[i], sets, freq, index, threshold))
    return sorted(out)


def _prefix_join(i: int, s: frozenset[Any], sets: Sequence[Collection[Any]], freq: Counter[Any],
                 index: dict[Any, list[int]], threshold: float, arts: Sequence[int] | None = None,
                 template: Collection[int] = ()) -> Iterator[int]:
    """The sets already indexed that set ``i`` (``s``, its elements) is near to: each ``j`` filed in
    ``index`` under one of the rarest ``|s| − ⌈t·|s|⌉ + 1`` elements of ``s`` (by ``freq``, then
    the element: stable), once, with Jaccard(s, sets[j]) ≥ ``threshold``.  With ``arts`` (each
    set's article), a ``j`` of the same article, or in ``template`` with ``i`` (read when reached:
    the caller may add to it), is passed over before it is verified.  Files
    ``i`` under each element of its prefix as it goes (prefix filtering: two sets that near
    share one of those elements of each, so every pair is met once, by its later set)."""
    ranked = sorted(sorted(s), key=freq.__getitem__)  # by (frequency, element): stable, no Python key
    seen: set[int] = set()
    art = arts[i] if arts is not None else None
    for x in ranked[:len(s) - math.ceil(threshold * len(s) - 1e-9) + 1]:
        for j in index[x]:
            if j in seen:
                continue
            seen.add(j)
            if arts is not None and (arts[j] == art or (i in template and j in template)):
                continue
            t = sets[j]
            if len(t) < threshold * len(s):
                continue
            inter = len(s.intersection(t))
            if inter / (len(s) + len(t) - inter) >= threshold:
                yield j
        index[x].append(i)


def passage_pairs(sets: Sequence[Collection[int]], arts: Sequence[int], threshold: float = NEAR,
                  spread: int = MAX_SPREAD) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, i < j, of sentences of different articles (``arts[i]`` their
    article) with Jaccard ≥ ``threshold`` (:func:`near_pairs`' prefix filter), leaving out every
    pair with a *template*: a sentence near-identical to sentences of more than ``spread``
    other articles.  The same pairs as filtering all of :func:`near_pairs`.

    Sentences given the very same object in ``sets`` (``copy_roots`` gives one array per
    distinct set: copies repeat sentences) are compared as one *group*: two groups are
    near-identical or not as wholes, and a sentence's other articles are those of its group and
    of the groups near it, so whether it is a template is the group's.  A pair of two groups
    already known as templates is not verified (a line repeated by a thousand copies costs a
    thousand verifications, not half a million).  ``sets`` are collections of distinct elements
    (an ``array('q')`` of hashes is 8 bytes an element: only the group being compared is made a
    set)."""
    gid: dict[int, int] = {}  # id of a set object → its group
    gsets: list[Collection[int]] = []
    members: list[list[int]] = []
    for i, s in enumerate(sets):
        if not len(s):
            continue
        g = gid.get(id(s))
        if g is None:
            g = gid[id(s)] = len(gsets)
            gsets.append(s)
            members.append([])
        members[g].append(i)
    del gid
    garts = [{arts[i] for i in m} for m in members]
    # near: a group's articles and those of the groups found near it (until it is a template)
    near: dict[int, set[int]] = {}
    template: set[int] = set()
    for g, a in enumerate(garts):
        if len(a) - 1 > spread:
            template.add(g)
        else:
            near[g] = set(a)
    freq: Counter[int] = Counter()
    for s in gsets:
        freq.update(s)
    index: dict[int, list[int]] = defaultdict(list)
    found: list[tuple[int, int]] = []
    own = range(len(gsets))  # each group its own "article" for the join: it passes over template pairs only
    for g in sorted(own, key=lambda g: (len(gsets[g]), g)):
        for h in _prefix_join(g, frozenset(gsets[g]), gsets, freq, index, threshold, own, template):
            found.append((h, g))
            for a, b in ((g, h), (h, g)):
                if a not in template:
                    got = near[a]
                    got.update(garts[b])
                    if len(got) - 1 > spread:
                        template.add(a)
                        del near[a]
    out: list[tuple[int, int]] = []
    for g, m in enumerate(members):
        if g not in template and len(m) > 1:
            out.extend((i, j) for k, i in enumerate(m) for j in m[k + 1:] if arts[i] != arts[j])
    for g, h in found:
        if g not in template and h not in template:
            out.extend((min(i, j), max(i, j)) for i in members[g] for j in members[h] if arts[i] != arts[j])
    return sorted(out)


def copy_roots(articles: Sequence[ArticleText], threshold: float = NEAR, min_shared: int = MIN_SHARED,
               share: float = MIN_SHARE) -> dict[int, int]:
    """Article id → the id of the earliest article (by date, then uid) it copies, for every
    article that copies one: that shares with an earlier article at least ``min_shared``
    near-identical body sentences, and at least ``share`` of the passage sentences of the
    shorter of the two.  Links are direct (no grouping through a third article); a copy of a
    copy leads to the first.  Articles that copy nothing are absent.

    A sentence near-identical to sentences of more than :data:`MAX_SPREAD` other articles is
    a template, not a passage (:func:`passage_pairs`)."""
    arts: list[int] = []  # per passage sentence: its article index
    idx: list[int] = []  # ... and its index in the article
    sets: list[array[int]] = []  # the shingles' hashes, 8 bytes each (a set of strings: ~90)
    same: dict[bytes, array[int]] = {}  # one array per distinct set (copies repeat sentences)
    n_passages = [0] * len(articles)
    for ai, a in enumerate(articles):
        for si, s in enumerate(a.sentences):
            sh = shingles(s)
            if sh:
                arts.append(ai)
                idx.append(si)
                hashed = array("q", sorted(map(hash, sh)))
                got = same.setdefault(hashed.tobytes(), hashed)
                sets.append(got)
                n_passages[ai] += 1
    del same
    shared: dict[tuple[int, int], set[int]] = defaultdict(set)
    for i, j in passage_pairs(sets, arts, threshold, MAX_SPREAD):
        ai, aj = arts[i], arts[j]
        shared[min(ai, aj), max(ai, aj)].add(idx[i] if ai < aj else idx[j])

    def rank(i: int) -> tuple[int, str]:
        a = articles[i]
        return (a.published.toordinal() if a.published else 10**7, a.uid)

    source: dict[int, int] = {}
    for (ai, aj), sents in sorted(shared.items()):
        if len(sents) < max(min_shared, share * min(n_passages[ai], n_passages[aj])):
            continue
        first, second = sorted((ai, aj), key=rank)
        if second not in source or rank(first) < rank(source[second]):
            source[second] = first
    out: dict[int, int] = {}
    for i in sorted(source):
        root, seen = i, {i}
        while root in source and source[root] not in seen:
            root = source[root]
            seen.add(root)
        out[articles[i].article_id] = articles[root].article_id
    return out


# --------------------------------------------------------------------------- context


@dataclass(frozen=True)
class OriginContext:
    """What tracing needs beyond the claims: actor keys and names (from the actor index), the
    compiled rules, each article's publisher (absent: its outlet), whether a one-word name
    is a common word of these articles (``common_noun``; see :func:`mention_role`), and the
    actor key of the state a demonym names (``state_of``: "the Ruritanian government", whose
    source name is "Ruritanian", speaks for Ruritania)."""

    actor_key: Callable[[str], str | None]
    actor_name: Callable[[str], str] | None = None
    rules: OriginRules | None = None
    publishers: Mapping[int, Publisher] = field(default_factory=dict)
    common_noun: Callable[[str | None], bool] | None = None
    state_of: Callable[[str], str | None] | None = None  # a demonym ("Ruritanian") → its state's actor key
    negation: Any = None  # xref.grade.NegationWords: the negation words member stances read (None: polarity alone)
    known_key: Callable[[str], str | None] | None = None  # principal_of's actor key: None for a name no index knows (else actor_key)
    roles: dict[tuple, str] = field(default_factory=dict, init=False, compare=False, repr=False)  # :meth:`role`'s memo
    entities: dict[str, str] = field(default_factory=dict, init=False, compare=False, repr=False)  # :meth:`entity`'s

    def role(self, c: ClaimRecord) -> str:
        """:func:`mention_role` of ``c`` with these rules and common nouns (its rules' role when
        there are none), once per distinct (own voice, kind, name, intermediary or not): it
        reads nothing else of the mention, and a 10k-article analysis asks it 170,000 times."""
        if self.rules is None:
            return "own" if c.act is None else "source"
        key = (c.act is None, c.source_kind, c.source_name, bool(c.via))
        got = self.roles.get(key)
        if got is None:
            got = self.roles[key] = mention_role(c, self.rules, self.common_noun)
        return got

    def entity(self, name: str) -> str:
        """A normalised key for an outlet, wire, intermediary or author: the actor's name if the
        index knows it, wire aliases made one, outlet suffixes dropped ("Channel 9 News" =
        "Channel 9"; an outlet's other names, ``outlet`` entries of ``origins.toml``, made one:
        "NYT" = "The New York Times").  Once per distinct name."""
        got = self.entities.get(name)
        if got is not None:
            return got
        k = self.actor_key(name)
        base = self.actor_name(k) if k and self.actor_name else name
        if self.rules is None:
            got = k or _norm(name)
        else:
            wire = self.rules.wires.get(_norm(base)) or self.rules.wires.get(_norm(name))
            got = strip_suffixes(wire or base, self.rules)
        self.entities[name] = got
        return got

    def publisher(self, c: ClaimRecord) -> Publisher:
        p = self.publishers.get(c.article_id)
        if p is not None:
            return p
        if not c.outlet:
            return Publisher(f"article:{c.article_uid}", "an article's own voice (no outlet known)")
        if self.rules is None:  # the plain form, as before tracing knew wires
            return Publisher(f"outlet:{self.actor_key(c.outlet) or _norm(c.outlet)}", f"{c.outlet} (own voice)")
        return Publisher(f"outlet:{self.entity(c.outlet)}", f"{c.outlet} (own voice)")


def publishers(articles: Iterable[ArticleText], ctx: OriginContext,
               roots: Mapping[int, int] | None = None) -> dict[int, Publisher]:
    """Each article's publisher: the wire it credits; else, for a copy, the publisher of the
    earliest article of its copy group; else its outlet.  ``roots``: :func:`copy_roots` of the
    same articles in article id order when already drawn (in another process, say)."""
    arts = sorted(articles, key=lambda a: a.article_id)
    rules = ctx.rules
    if rules is None:
        return {}
    out: dict[int, Publisher] = {}
    for a in arts:
        credit = wire_credit(a.head, a.tail, rules)
        if credit:
            out[a.article_id] = Publisher(f"outlet:{ctx.entity(credit[0])}", f"{credit[0]} (wire)",
                                          f"same wire credit ({credit[0]})")
        elif a.outlet:
            out[a.article_id] = Publisher(f"outlet:{ctx.entity(a.outlet)}", f"{a.outlet} (own voice)")
        else:
            out[a.article_id] = Publisher(f"article:{a.uid}", "an article's own voice (no outlet known)")
    by_id = {a.article_id: a for a in arts}
    for aid, root in (copy_roots(arts) if roots is None else roots).items():
        if aid == root:
            continue
        rp, mine = out[root], out[aid]
        src = by_id[root]
        if mine.reason:  # credited itself: the wire it names (and still a copy, for its dates)
            out[aid] = replace(mine, first=root, first_published=src.published)
            continue
        where = f"{src.outlet or 'an article'}, {src.published.isoformat() if src.published else 'undated'}"
        out[aid] = Publisher(rp.key, rp.label, rp.reason or f"near-identical text (the same story as {where})",
                             root, src.published)
    return out


def as_first_copy(claims: Sequence[ClaimRecord], publishers_of: Mapping[int, Publisher],
                  wire_copy: float) -> list[ClaimRecord]:
    """``claims`` (parallel, the same objects where nothing changes) with each claim that a copy
    group (an article and its near-identical copies, :func:`copy_roots`; ``publishers_of``, from
    :func:`publishers`, names each copy's earliest article) carries in several of its articles
    read as of the earliest article of the group that carries it: that claim's publication date
    and stated date (``refers_to``).  One wire text published on three days resolves "on
    Tuesday" against three dates; read so, its copies state one proposition on one date and
    cluster together (issue 9, origins: one wire text in three outlets made two clusters).

    The same claim: the same words (case and spacing aside), else the nearest text of another
    article of the group at a rapidfuzz ratio of at least ``wire_copy`` (0–100, ``xref.toml``),
    of the same voice (attributed or not) and polarity.  Which article is earliest is a rule
    on content (date, then article uid), so the result does not depend on the order of
    ingestion.  Claims carried by one article only are left as they are."""
    group_of: dict[int, int] = {}
    for aid, p in publishers_of.items():
        if p.first is not None:
            group_of[aid] = group_of[p.first] = p.first
    if not group_of:
        return list(claims)
    from rapidfuzz import fuzz, process

    def rank(c: ClaimRecord) -> tuple[int, str, str]:
        return (c.published.toordinal() if c.published else 10**7, c.article_uid, c.claim_uid)

    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        g = group_of.get(c.article_id)
        if g is not None:
            members[g].append(i)
    out = list(claims)
    for g, idx in members.items():
        def kind(c: ClaimRecord) -> tuple[bool, str]:
            return (c.act is None, c.polarity)

        first: dict[tuple[str, tuple[bool, str]], ClaimRecord] = {}
        norm = {i: _norm(claims[i].text) for i in idx}
        for i in sorted(idx, key=lambda i: rank(claims[i])):
            first.setdefault((norm[i], kind(claims[i])), claims[i])
        texts: dict[tuple[bool, str], list[tuple[str, ClaimRecord]]] = defaultdict(list)
        for (t, k), c in sorted(first.items(), key=lambda x: rank(x[1])):
            texts[k].append((t, c))
        for i in idx:
            c = claims[i]
            ref = first[(norm[i], kind(c))]
            if ref.article_id == c.article_id:  # carried first by this article: another's nearly?
                others = [(t, r) for t, r in texts[kind(c)] if r.article_id != c.article_id and rank(r) < rank(c)]
                hit = process.extractOne(norm[i], [t for t, _ in others], scorer=fuzz.ratio,
                                         score_cutoff=wire_copy) if others else None
                if hit is None:
                    continue
                ref = others[hit[2]][1]
            if (ref.published, ref.refers_to) != (c.published, c.refers_to):
                out[i] = replace(c, published=ref.published, refers_to=ref.refers_to)
    return out


# --------------------------------------------------------------------------- one mention


@dataclass(frozen=True, slots=True)
class Origin:
    """Where one mention comes from: the origin ``key`` it counts as, its ``label`` in words,
    and the ``reason`` it was folded into an origin an earlier mention already had ("" for the
    first mention of its origin)."""

    key: str
    label: str
    reason: str = ""
    principal: str | None = None  # the state whose organ the origin is (:func:`principal_of`), else None


def _outlet_names(c: ClaimRecord, ctx: OriginContext) -> list[str]:
    """The normalised outlet names one mention rests on (its publisher, its intermediary, the
    author of a report it cites), for :func:`~claimcheck.xref.origin_names.full_names`."""
    out = []
    pk = ctx.publisher(c).key
    if pk.startswith("outlet:"):
        out.append(pk[7:])
    if c.via:
        out.append(ctx.entity(c.via[0]))
    if c.act is not None and c.source_kind == "named" and ctx.rules is not None:
        name = " ".join((c.source_name or "").split())
        author = document_author(name, ctx.rules)
        if author or c.source_type in ("outlet", "document", "social_media"):
            out.append(ctx.entity(author or name))
    return out


def _root(c: ClaimRecord, ctx: OriginContext,
          full: Mapping[str, str] | None = None) -> tuple[str, str, str, str | None]:
    """(key, label, fold reason, entity) of one mention on its own; the entity (the normalised
    name of a named source or a report's author) is None for other mentions.  ``full``: the
    full outlet name each short form of the mention's article stands for (:mod:`origin_names`)."""
    pub = ctx.publisher(c)
    if full and pub.key.startswith("outlet:") and pub.key[7:] in full:
        pub = Publisher("outlet:" + full[pub.key[7:]], pub.label, pub.reason)
    pub_name = pub.key.split(":", 1)[1]
    pub_where = "an article without outlet" if pub.key.startswith("article:") else pub.label.rsplit(" (", 1)[0]
    via = c.via[0] if c.via else None
    via_key = (ctx.entity(via) if ctx.rules else (ctx.actor_key(via) or _norm(via))) if via else None
    if full and via_key in full:
        via_key = full[via_key]
    name = " ".join((c.source_name or "").split())
    if c.act is None:
        return pub.key, pub.label, pub.reason or "same outlet", None
    if ctx.rules is not None and c.source_kind is not None:
        role = ctx.role(c)
        if role == "own":  # "I", "we": the writer speaking
            return pub.key, pub.label, pub.reason or "same outlet", None
        if role == "vague" and c.source_kind != "sources_said":  # "he" unresolved, "Twitter"
            return (f"reports:{pub.key}", f"an unidentified source ({name}) in {pub_where}",
                    pub.reason or f"same unidentified source in {pub_where}", None)
        if role == "evidence":
            group = evidence_group(name, ctx.rules)
            return (f"evidence:{pub_name}:{group}", f"{name} (evidence shown in {pub_where})",
                    pub.reason or f"the same evidence shown in {pub_where}", None)
    if c.source_kind is None:  # "it was reported that …": reports behind the publisher
        return f"reports:{pub.key}", f"reports in {pub_where}", pub.reason or f"same reports in {pub_where}", None
    if c.source_kind == "named":
        if ctx.rules is None:
            key = ctx.actor_key(c.source_name or "") or _norm(c.source_name)
            return f"named:{key}", f"{name} (named)", "same speaker", None
        author = document_author(name, ctx.rules)
        who = author or name
        entity = ctx.entity(who)
        # the resolver's actor when it knows the name (so that a party to the claim is known),
        # else the normalised name; :func:`trace` makes the two forms of one entity one
        key = f"named:{ctx.actor_key(who) or entity}"
        report = bool(author) or c.source_type in ("outlet", "document", "social_media")
        if report and full and entity in full:  # a short form: the full name's origin
            entity = full[entity]
            key = f"named:{entity}"
        if report:
            return key, f"{who} (report)", f"the same report by {who}, relayed", entity
        if c.source_type in ("organisation", "state") and ctx.state_of is not None:
            state = ctx.state_of(name)  # "the Ruritanian government" (name "Ruritanian") is Ruritania speaking
            if state is not None:
                return f"named:{state}", f"{name} (named)", "the same state, speaking through its government", None
        return key, f"{name} (named)", "same speaker", entity
    if c.source_kind == "anonymous":
        desc = _norm(c.source_name)
        if ctx.rules:
            desc = " ".join(w for w in desc.split() if w not in ("a", "an", "the"))
        if via_key:
            return f"anonymous:{via_key}:{desc}", f"{name} (unnamed, via {via})", f"same unnamed source via {via}", None
        return (f"anonymous:{pub_name}:{desc}", f"{name} (unnamed, in {pub_where})",
                pub.reason or f"same unnamed source in {pub_where}", None)
    if via_key:
        return f"reports:{via_key}", f"reports via {via}", f"same reports via {via}", None
    return f"reports:{pub.key}", f"reports in {pub_where}", pub.reason or f"same reports in {pub_where}", None


_SPOKEN_NAME = re.compile(r"[A-Z][\w’'-]*")
_POSSESSIVE_END = re.compile(r"[’']s?$")


def principal_of(c: ClaimRecord, ctx: OriginContext) -> str | None:
    """The actor key of the state (or other body) a mention's source speaks for as one of its
    organs, officials or spokesmen, else None (issue 9, party26: a government's own bodies are
    no independent sources).  A source is an organ when its words as written hold a
    ``state_organ`` word of ``origins.toml`` (:func:`is_state_organ`: "ministry", "minister",
    "government", "officials", "spokesman", "palace" …); its principal is then

    * the first capitalised word of its description that the actor index knows, or that is a
      demonym (of a gazetteer state, ``ctx.state_of``, or of the shape of the ``state_organ``
      pattern, :func:`_state_word`), other than the speaker's own name: "Syldavia's
      interior ministry", "Syldavian interior minister Eva Horn", "Freedonian officials", "a
      Ruritanian government spokesman" → Syldavia, Syldavia, Freedonia, Ruritania;
    * else the body the parser already named as the source ("the Freedonian defence ministry",
      named "Freedonia");
    * else, for a denial (``act`` ``deny``, or a negative statement: "said the same" of a
      denial) by an organ that names no state ("the presidential
      palace dismissed a report alleging Ruritania was behind …", "the foreign ministry denied
      …"), the first actor of what it denies: the accused answers through its own organs.  An
      assertion by such an organ has no principal (whose palace it is is not written).

    A capital speaking for its state ("Fredville said") is read by the actor index, from the
    gazetteer's ``metonym`` aliases (a user adds their own under ``CLAIMCHECK_LEXICONS``): its
    origin is already ``named:<state>``.  None without rules, for the outlet's own voice and for
    sources that are no organ ("Bordurian rebels", "a Sylvanian historian", "rights groups");
    None too without a state reader (``ctx.state_of``).  ``check``'s context keys any name
    (``check.same_speaker``), so a word like "Western" would pass for a state there: it gives
    ``ctx.known_key``, the store's actor keys (None for a name no index knows), which this rule
    reads instead (origin27: ``check`` and ``report`` read one principal)."""
    if c.act is None or c.source_kind is None or ctx.rules is None or not ctx.rules.state_organs \
            or ctx.state_of is None:
        return None
    text = c.source_span or c.source_name or ""
    if not is_state_organ(text, ctx.rules):
        return None
    key_of = ctx.known_key or ctx.actor_key
    own = key_of(c.source_name) if c.source_kind == "named" and c.source_name else None
    organ_words = ctx.rules.state_organs
    for w in _SPOKEN_NAME.findall(text):
        w = _POSSESSIVE_END.sub("", w)
        if not w or w.lower() in organ_words:
            continue
        k = _state_word(w, ctx)
        if k is not None and (k != own or (c.source_type in ("organisation", "state")
                                           and not is_state_organ(c.source_name, ctx.rules))):
            return k
    if own is not None and c.source_type in ("organisation", "state") and not is_state_organ(c.source_name, ctx.rules):
        return own
    if c.act == "deny" or c.polarity == "negative":
        return next((k for k in map(key_of, c.actors) if k is not None), None)
    return None


def _state_word(w: str, ctx: OriginContext) -> str | None:
    """The actor key a capitalised word of an organ's description names (:func:`principal_of`):
    the index's, a state's for a demonym (``ctx.state_of``), else for a word of the rules'
    demonym shape ("Ruritanian") the known actor whose name it extends by at most three letters
    ("Ruritania"), else the demonym itself (lower-cased, plural ``s`` dropped); None otherwise."""
    key_of = ctx.known_key or ctx.actor_key
    k = key_of(w)
    if k is None and ctx.state_of is not None:
        k = ctx.state_of(w)
    rx = ctx.rules.demonym if ctx.rules is not None else None
    if k is not None or rx is None or not rx.fullmatch(w):
        return k
    base = w[:-1] if w.endswith("s") else w
    for cut in (1, 2, 3):
        k = key_of(base[:-cut])
        if k is not None:
            return k
    return base.lower()


def _one_principal(cs: Sequence[ClaimRecord], keys: list[str], order: Sequence[int],
                   principals: Sequence[str | None]) -> dict[int, str]:
    """Positions of the mentions whose origin is folded into their principal's, each with that
    origin's key: the organs of one principal (:func:`principal_of`) are one origin, the state's
    own name's (``named:<principal>``) when a mention has it, else the first organ's in
    ``order``.  Every mention of an origin one of whose mentions has a principal counts as it."""
    of_key: dict[str, str] = {}
    for k in order:
        if principals[k] is not None:
            of_key.setdefault(keys[k], principals[k])
    target: dict[str, str] = {}
    present = set(keys)
    for k in order:
        p = of_key.get(keys[k])
        if p is not None:
            target.setdefault(p, f"named:{p}" if f"named:{p}" in present else keys[k])
    return {k: target[of_key[keys[k]]] for k in order
            if keys[k] in of_key and keys[k] != target[of_key[keys[k]]]}


def origin_of(c: ClaimRecord, actor_key: Callable[[str], str | None]) -> str:
    """The origin key of one mention on its own, without wire credits, copies or name
    normalisation ("named:<actor>", "anonymous:<via>:<desc>", "reports:<...>", "outlet:<...>"
    or "article:<uid>")."""
    outlet = f"outlet:{actor_key(c.outlet) or _norm(c.outlet)}" if c.outlet else f"article:{c.article_uid}"
    via = [actor_key(v) or _norm(v) for v in c.via]
    if c.act is None:
        return outlet
    if c.source_kind is None:  # "it was reported that …": reports behind the outlet
        return f"reports:{outlet}"
    if c.source_kind == "named":
        key = actor_key(c.source_name or "") or _norm(c.source_name)
        return f"named:{key}"
    if c.source_kind == "anonymous":
        # an unnamed source is known only by its description and by who cited it first
        return f"anonymous:{via[0] if via else outlet.split(':', 1)[1]}:{_norm(c.source_name)}"
    return f"reports:{via[0]}" if via else f"reports:{outlet}"


# --------------------------------------------------------------------------- one cluster


def _copies(cs: Sequence[ClaimRecord], order: list[int], threshold: float) -> dict[int, int]:
    """k → the earlier member of another article whose sentence it (nearly) repeats. Each
    sentence is normalised once; exact copies by lookup, near copies by one rapidfuzz search
    over the distinct earlier sentences."""
    from rapidfuzz import fuzz, process

    first: dict[str, int] = {}
    distinct: list[str] = []
    distinct_k: list[int] = []
    out: dict[int, int] = {}
    for k in order:
        norm = _norm(cs[k].sentence_text)
        k0 = first.get(norm)
        if k0 is None and distinct:
            hit = process.extractOne(norm, distinct, scorer=fuzz.ratio, score_cutoff=threshold)
            if hit is not None:
                k0 = distinct_k[hit[2]]
        if k0 is not None and cs[k0].article_id != cs[k].article_id:
            out[k] = k0
        if norm not in first:
            first[norm] = k
            distinct.append(norm)
            distinct_k.append(k)
    return out


def _shorter_unnamed(cs: Sequence[ClaimRecord], keys: list[str], order: Sequence[int]) -> list[int]:
    """In one article, "officials" and "U.S. officials" on the same claim are one unnamed
    origin: a description contained in another's is the same source, named again more briefly
    (the first such longer description in ``order``).  Changes ``keys`` in place; returns the
    members changed."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for k in order:
        if keys[k].startswith("anonymous:"):
            by_article[cs[k].article_id].append(k)
    changed = []
    for ks in by_article.values():
        # The walk "for each k of ks: the first k2 of ks whose words strictly hold k's takes
        # over", done over the article's distinct keys: each key's strict supersets found once
        # (through the rarest of its words), and the positions in ks of the members holding a
        # key kept as a heap (an entry dropped when its member has moved to another key), so a
        # member costs its key's supersets, not the article's claims (perf27: one article of
        # 3,000 claims made 3,000² comparisons).  Keys only move to a strict superset, never back.
        words: dict[str, frozenset[str]] = {}
        holders: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(ks):
            if keys[k] not in words:
                words[keys[k]] = frozenset(keys[k].rsplit(":", 1)[1].split())
            holders[keys[k]].append(i)  # ascending: already a heap
        having: dict[str, list[str]] = defaultdict(list)  # word -> the keys holding it
        for key, ws in words.items():
            for w in ws:
                having[w].append(key)
        supersets: dict[str, list[str]] = {}
        for i, k in enumerate(ks):
            key = keys[k]
            if key not in supersets:
                mine = words[key]
                pool = min((having[w] for w in mine), key=len) if mine else list(words)
                supersets[key] = [b for b in pool if mine < words[b]]
            first: tuple[int, str] | None = None
            for b in supersets[key]:
                heap = holders[b]
                while heap and keys[ks[heap[0]]] != b:
                    heapq.heappop(heap)
                if heap and (first is None or heap[0] < first[0]):
                    first = (heap[0], b)
            if first is not None:
                keys[k] = first[1]
                heapq.heappush(holders[first[1]], i)
                changed.append(k)
    return changed


def _same_group(cs: Sequence[ClaimRecord], keys: list[str], order: Sequence[int], roles: Sequence[str],
                rules: OriginRules) -> dict[int, str]:
    """Across articles, the same unnamed group of one principal (:func:`group_voice`: "Bordurian
    rebels" in one outlet, "Bordurian rebels" cited by another, or a definite "the rebels" that
    repeats the group its sentence names; a source the parser named after its principal, "EU
    inspectors" read as the EU, is the group as written) is one origin: nothing shows that the two outlets heard
    different members of the group, so a careful reader cannot count them as independent.  Every
    mention of a later such origin takes the first one's key (in ``order``).  Changes ``keys`` in
    place; returns member → reason for the members changed."""
    first: dict[str, str] = {}  # group → the key of its first origin
    names: dict[str, str] = {}  # group → its description as first written in full ("Bordurian rebels")
    changed: dict[int, str] = {}
    for k in order:
        c = cs[k]
        if c.act is None or c.source_kind not in ("anonymous", "named") or roles[k] != "source":
            continue
        # a named source written as a group ("EU inspectors said", read as the EU) is that group too
        written = c.source_span or c.source_name
        if c.source_kind == "named" and (not c.source_span or _norm(c.source_span) == _norm(c.source_name)):
            continue
        group = group_voice(written, c.sentence_text, rules)
        if group is None:
            continue
        target = first.setdefault(group, keys[k])
        if len(description(c.source_span or c.source_name)) >= len(group.split()):
            names.setdefault(group, " ".join(description(c.source_span or c.source_name)))
        old = keys[k]
        if old == target:
            continue
        shown = " ".join((c.source_span or c.source_name or "").split())
        why = (f"the same unnamed group ({names.get(group, group)}) as in another outlet or through another "
               "intermediary: not shown to be independent")
        if len(description(shown)) < len(group.split()):
            why += f" ('{shown}' repeats the group its sentence names)"
        for j in order:
            if keys[j] == old:
                keys[j] = target
                changed[j] = why
    return changed


SAME_WORDS_UNNAMED = True  # :func:`_same_words_unnamed` folds; False: never (for measuring)


def _same_words_unnamed(cs: Sequence[ClaimRecord], keys: list[str], order: Sequence[int],
                        rules: OriginRules) -> dict[int, str]:
    """Across articles, one unnamed description ("a Western official") saying the very same words
    (the claim's text, case and punctuation aside) is one source relayed, not two, when one of
    the two names no intermediary: it takes the other's origin (two intermediaries named, "told
    Channel 9" / "told Radio Tessel", stay two origins) (issue 9, origin27: the case same_unnamed_source_two_outlets, "The information had
    recently been declassified" told to Channel 9 in one article and "adding that …" with the
    intermediary left on the sentence before in the other).  Changes ``keys`` in place; returns
    member → reason for the members changed."""
    first: dict[tuple[str, str], int] = {}
    changed: dict[int, str] = {}
    for k in order:
        if not keys[k].startswith("anonymous:"):
            continue
        desc = keys[k].rsplit(":", 1)[1]
        head = desc.split()[-1].lower() if desc.split() else ""
        if not ({head, head.rstrip("s"), head + "s"} & (rules.state_organs | rules.group_voice)):
            continue  # only a body's voice (an official, a group of one principal: origins.toml's
            # ``state_organ`` and ``group_voice`` words); private persons ("witnesses") and a kind of
            # outlet ("the press") saying the same words in two outlets stay two (stop 27 merge)
        k0 = first.setdefault((desc, _norm(cs[k].text)), k)
        target, old = keys[k0], keys[k]
        if old == target or (cs[k].via and cs[k0].via):
            continue  # two intermediaries named: two origins (the same words told to two broadcasters)
        why = f"the same unnamed source ({desc}) saying the very same words in another article: one source, relayed"
        for j in order:
            if keys[j] == old:
                keys[j] = target
                changed[j] = why
    return changed


def _described_person(cs: Sequence[ClaimRecord], keys: list[str], order: Sequence[int], stances: Sequence[str],
                      roles: Sequence[str], rules: OriginRules) -> list[int]:
    """In one article, "the minister" (or "the foreign minister") on the same claim as "Foreign
    Minister Anna Weller" (or as "Anna Weller", the article's only named person on that side)
    is that person again, named more briefly (:func:`same_person`): a definite description
    (``anaphoric_description``) of one person (the parser's ``source_type`` person), cited
    directly (no intermediary), takes the named person's origin.  A described person whose
    title fits several named persons, or none while there are several, stays apart; so does an
    indefinite one ("a senior official": someone else).  Changes ``keys`` in place; returns the
    members changed."""
    persons: dict[tuple[int, str], list[int]] = defaultdict(list)  # (article, stance) → named persons
    for k in order:
        c = cs[k]
        if c.act is not None and c.source_kind == "named" and c.source_type == "person" and roles[k] == "source" \
                and keys[k].startswith("named:"):
            persons[(c.article_id, stances[k])].append(k)
    changed = []
    for k in order:
        c = cs[k]
        if c.act is None or c.source_kind != "anonymous" or c.source_type != "person" or c.via \
                or roles[k] != "source" or not refers_back(c.source_name, rules):
            continue
        named = persons.get((c.article_id, stances[k]), [])
        distinct = {keys[j] for j in named}
        fits = {keys[j] for j in named if same_person(c.source_name, cs[j].source_name, cs[j].sentence_text, False, rules)}
        if len(fits) != 1 and len(distinct) == 1:
            fits = distinct  # the article's only named person on this side
        if len(fits) == 1:
            keys[k] = next(iter(fits))
            changed.append(k)
    return changed


def _display_voice(cs: Sequence[ClaimRecord], keys: list[str], order: Sequence[int], stances: Sequence[str],
                   roles: Sequence[str], rules: OriginRules) -> dict[int, str]:
    """In one article, display text (a headline, dek or caption: :func:`is_display`) restating a
    claim its body makes is the outlet's summary of that body, never an origin of its own: a
    display mention takes the origin of a body mention of its article on the same side (the one
    whose source and sentence share most words with its source, then the first identified
    source, then the first); with no body mention on that side, the article's first display
    mention.  Every mention of the article that had the display mention's origin follows it
    (its own voice folded into it, say).  Changes ``keys`` in place; returns member → reason
    for the members changed."""
    display = [is_display(c.sentence_text, rules) for c in cs]
    if not any(display):
        return {}
    changed: dict[int, str] = {}
    pos = {k: i for i, k in enumerate(order)}
    of_article: dict[int, list[int]] = defaultdict(list)  # article → its members, in ``order``
    for k in order:
        of_article[cs[k].article_id].append(k)
    for k in order:
        if not display[k]:
            continue
        c = cs[k]
        mine = of_article[c.article_id]
        body = [j for j in mine if not display[j] and stances[j] == stances[k]]
        if body:
            want = set(description(c.source_name)) if c.act is not None else set()

            def fit(j: int) -> tuple[int, int]:
                seen = {w.lower() for w in _WORD.findall(f"{cs[j].source_name or ''} {cs[j].sentence_text}")}
                return (-len(want & seen), roles[j] not in ("source", "evidence"))

            target = min(body, key=lambda j: (*fit(j), pos[j]))
            why = "the article's headline or caption restating its body's source"
        else:
            first = next(j for j in mine if display[j] and stances[j] == stances[k])
            if first == k:
                continue
            target, why = first, "the article's display text, one voice"
        old, new = keys[k], keys[target]
        if old == new:
            continue
        for j in mine:
            if keys[j] == old:
                keys[j] = new
                changed[j] = why
    return changed


def mention_order(c: ClaimRecord) -> tuple[int, str, bool, str, str, str]:
    """The order in which the mentions of a cluster meet their origins, on their content alone
    (never on claim ids, which change with the extractor version): by date, then article (its
    uid is a hash of its text), a mention with a source before the article's own voice, then
    the sentence and the claim's text; the claim uid only breaks a tie of identical texts."""
    return (c.published.toordinal() if c.published else 10**7, c.article_uid, c.act is None,
            " ".join(c.sentence_text.split()), " ".join(c.text.split()), c.claim_uid)


def trace(claims: Sequence[ClaimRecord], members: list[int], stances: list[str],
          ctx: OriginContext, wire_copy: float) -> list[Origin]:
    """The origin of each member of one cluster (parallel to ``members``; ``stances`` too):
    each mention's root (:func:`_root`), then the folds, in :func:`mention_order`:

    * in one article, the same description (case, determiners aside) is one origin whatever
      kind the parser gave it ("Footage" / "the footage"), and so is a shorter unnamed
      description contained in a longer one ("officials" / "U.S. officials");
    * in one article, its own voice, its writer ("I"), and the mentions with no identity of
      their own (``vague`` in :func:`mention_role`: "reports said", an unresolved "he",
      "Twitter") rest on the article's first identified source for the claim (else on its
      first vague one): an article never makes two independent origins out of itself;
    * an outlet's own voice on a claim it is cited for elsewhere is its report;
    * a (nearly) identical sentence of another article (``wire_copy``: a rapidfuzz ratio, 0–100)
      takes that one's origin (even when the two name different speakers: in copies the same
      speaker is often resolved differently, "Yeomans" / "Don Yeomans", an unresolved "he");
    * display text (a headline, dek or caption) takes the origin of its article's body source
      for the claim (:func:`_display_voice`), and a definite description of one person that of
      the named person it repeats (:func:`_described_person`).

    Each mention that shares an origin with an earlier one carries the reason."""
    cs = [claims[i] for i in members]
    roots = [_root(c, ctx) for c in cs]
    pubs = [ctx.publisher(c).key.split(":", 1)[1] for c in cs]
    if ctx.rules is not None and len(cs) > 1:  # short outlet names: the full name they stand for
        names = [_outlet_names(c, ctx) for c in cs]
        full = full_names(((c.article_id, n) for c, ns in zip(cs, names) for n in ns), ctx.rules.short_stop)
        for k, c in enumerate(cs):
            mine = {n: full[(c.article_id, n)] for n in names[k] if (c.article_id, n) in full}
            if mine:
                roots[k] = _root(c, ctx, mine)
                pubs[k] = mine.get(pubs[k], pubs[k])
    keys = [r[0] for r in roots]
    rules = ctx.rules
    roles = [ctx.role(c) for c in cs]
    rank = {"source": 0, "evidence": 0, "vague": 1, "own": 2}
    mo = [mention_order(c) for c in cs]
    order = sorted(range(len(cs)), key=lambda k: (*mo[k][:2], rank[roles[k]], *mo[k][2:]))
    ents = [r[3] for r in roots]
    # one named origin per entity: a bare name takes the actor key another mention of it has
    actor_of: dict[str, str] = {}
    for k in order:
        if ents[k] is not None and keys[k] != f"named:{ents[k]}":
            actor_of.setdefault(ents[k], keys[k])
    for k, e in enumerate(ents):
        if e is not None and keys[k] == f"named:{e}" and e in actor_of:
            keys[k] = actor_of[e]
    labels: dict[str, str] = {}
    for k in sorted(order, key=lambda k: cs[k].act is None):  # a mention with a source names it best
        labels.setdefault(keys[k], roots[k][1])
    how: list[str | None] = [None] * len(cs)
    if rules is not None:  # one description in one article: one origin, whatever its kind
        first_desc: dict[tuple[int, tuple[str, ...]], int] = {}
        for k in order:
            if roles[k] not in ("source", "evidence") or cs[k].via:
                continue
            d = tuple(w.lower() for w in description(cs[k].source_name))
            k0 = first_desc.setdefault((cs[k].article_id, d), k)
            if k0 != k and keys[k] != keys[k0]:
                keys[k], how[k] = keys[k0], "the same source, named again in the article"
    for k in _shorter_unnamed(cs, keys, order):
        how[k] = how[k] or "same unnamed source, named more briefly"
    if rules is not None:
        for k in _described_person(cs, keys, order, stances, roles, rules):
            how[k] = how[k] or "the same person, described again in the article"
    # an article's own voice restating what its sources said rests on those sources; so does a
    # mention credited to the article's own publisher ("…, officials said, AFP reported") and,
    # with the rules, a mention with no identity of its own
    selves = {k for k in range(len(cs)) if ents[k] is not None and ents[k] == pubs[k]}
    identified: dict[int, str] = {}
    vague_first: dict[int, str] = {}
    for k in order:
        c, s = cs[k], stances[k]
        if s != "support" or k in selves or roles[k] == "own":
            continue
        (vague_first if roles[k] == "vague" else identified).setdefault(c.article_id, keys[k])
    for k in order:
        c = cs[k]
        own = roles[k] == "own" or k in selves
        target = identified.get(c.article_id) if own or roles[k] == "vague" else None
        if target is None and own:
            target = vague_first.get(c.article_id)
        if target is not None and keys[k] != target:
            keys[k] = target
            how[k] = ("the article restating its own source" if own
                      else "a source with no identity of its own, in an article that names one")
    if rules is not None:  # an outlet's own voice on a claim it is cited for elsewhere: its report
        named: dict[str, str] = {}
        for k in order:
            if ents[k] is not None and keys[k].startswith("named:"):
                named.setdefault(ents[k], keys[k])
        for k, o in enumerate(keys):
            if o.startswith("outlet:") and o.split(":", 1)[1] in named:
                keys[k], how[k] = named[o.split(":", 1)[1]], "the outlet's own report, relayed elsewhere"
    if rules is not None and rules.group_voice:
        for k, why in _same_group(cs, keys, order, roles, rules).items():
            how[k] = why
    if SAME_WORDS_UNNAMED and rules is not None and len({c.article_id for c in cs}) > 1:
        for k, why in _same_words_unnamed(cs, keys, order, rules).items():
            how[k] = why
    if len({c.article_id for c in cs}) > 1:
        for k, k0 in _copies(cs, order, wire_copy).items():
            if keys[k] != keys[k0]:
                keys[k], how[k] = keys[k0], "near-identical text"
    if rules is not None:  # last: the body's origins are settled
        for k, why in _display_voice(cs, keys, order, stances, roles, rules).items():
            how[k] = why
    principals = [principal_of(c, ctx) for c in cs]
    for k, key in _one_principal(cs, keys, order, principals).items():
        p = principals[k] or next(principals[j] for j in order if keys[j] == key and principals[j])
        who = ctx.actor_name(p) if ctx.actor_name else p
        keys[k], how[k] = key, f"the same state ({who}), speaking through another of its organs or officials"
    principal_by_key: dict[str, str] = {}
    for k in order:
        if principals[k] is not None:
            principal_by_key.setdefault(keys[k], principals[k])
    for k in order:  # the state's own name is its principal too, once one of its organs speaks
        if keys[k].startswith("named:") and keys[k][6:] in principal_by_key.values():
            principal_by_key.setdefault(keys[k], keys[k][6:])
    seen: set[str] = set()
    out: list[Origin | None] = [None] * len(cs)
    for k in order:
        key = keys[k]
        first = key not in seen
        seen.add(key)
        reason = "" if first else (how[k] or roots[k][2])
        out[k] = Origin(key, labels.get(key, key), reason, principal_by_key.get(key))
    return [o for o in out if o is not None]


def trace_origins(claims: Sequence[ClaimRecord], members: list[int], stances: list[str],
                  actor_key: Callable[[str], str | None], wire_copy: float) -> list[str]:
    """The origin keys of :func:`trace` with no context beyond actor keys (no wire credits,
    no copy groups, no name normalisation): parallel to ``members``."""
    return [o.key for o in trace(claims, members, stances, OriginContext(actor_key), wire_copy)]
