"""Two tests of clustering beyond word overlap: are the shared words rare enough, and do both
claims say that something happened?

**Rarity.**  Two short claims that share one broad actor ("the U.S."), one broad action group
(``air_strike``) and two common words ("official", "reported") pass the similarity tests of
:func:`claimcheck.xref.cluster.matches`, although nothing they share is particular to one story
("There have been no public statements from U.S. officials on the reported airstrikes" / "A U.S.
official had no reports of the use of chlorine").  Each token of a claim's bag (content word,
``@actor``, ``#action``) is weighed by its rarity among the articles clustered together: its
document frequency ``df`` (the number of articles one of whose claims holds it) over ``n``
articles gives ``ln(n / df)``, the information of finding it.  Two claims may join only when the
tokens they share carry together at least ``ln(n) + margin``: under independence, ``n`` articles
would hold all of them together by chance ``n · Π(df / n) ≤ e^-margin`` times, so sharing them is
not chance.  A claim whose tokens are all in the other (a copy, a shortened copy) needs no more.
Below :data:`MIN_ARTICLES` articles the test is not made.  The counts are a rule on the set of
claims (never on their order): the same articles give the same weights, whatever the order or
batching of ingestion.  They are the whole store's, so adding articles can move a weight, and a
join, anywhere in it (an incremental analysis must recount them or bound their drift).

**What they say.**  The rarity test weighs every shared token, so one rare actor can carry it
alone: "The video then shows the journalist Kalman Dross" and "Vosk is suspected of appearing in
videos that showed the killing of Kalman Dross" share a name found in two articles, and only
common words ("video", "show") besides; "Ruritania's army began its Dovra offensive, capturing
parts of the town" and "Vera Lind was captured by Ruritania's army in the town of Dovra" share two
actors and "town".  Each pair is two propositions about one event, joined by whom they are about,
not by what they say.  So the *content words* two claims share (actor and action tokens aside)
must carry information too, ``ln(n) + content_margin`` nats, with a margin below zero
(``xref.toml``'s ``content_evidence``): one rare word ("memorial", "ransom") or two less common
ones pass.  Claims with one subject (the same actor named before the first verb of both: "Vera
Lind was seized …" / "Vera Lind was captured …") are exempt: they state something of one party,
and the other tests (action, actors, content similarity) compare what.

**Modality.**  "Freedonia is preparing to supply drones to Sylvania" and "Freedonia supplied drones
to Sylvania" share their actors, action and words, but the first says the supply is planned, the
second that it happened: two propositions.  A claim is *open* when the claims parser gave it the
modality ``expected``, ``possible`` or ``hypothetical``, or when its main verb group holds a cue
of the parser's ``modality:expected`` ("will", "plans to") or of ``claims.toml``'s
``role:open_modality`` (a modal verb or a verb of preparing, intending or attempting: "could
strike", "is preparing to supply", "may have used", "tried to seize"), which the parser's
modality does not read (:func:`is_open`).  An open claim joins only open claims, a claim of
something done only claims of something done; a denial is compared by its words, whatever the modality
("denied plans to send troops" answers "will send troops").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MIN_ARTICLES = 50  # below this many articles a document frequency cannot tell a common word (2 of 5 articles) from a rare one


@dataclass(frozen=True, slots=True)
class Rarity:
    """Document frequencies of bag tokens over ``n`` articles, and the ``margin`` (nats) by which
    two claims' shared tokens must exceed ``ln(n)`` (``xref.toml``'s ``match.evidence``)."""

    df: Mapping[str, int]
    n: int
    margin: float

    def information(self, tokens: Iterable[str]) -> float:
        """Σ ln(n / df) over ``tokens`` (nats; a token not counted weighs as one seen once)."""
        n = self.n
        return sum(math.log(n / max(self.df.get(w, 1), 1)) for w in tokens)

    def informative(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """May two claims with these bags be one proposition by what they share: fewer than
        :data:`MIN_ARTICLES` articles (no frequency tells common from rare), every token of the
        smaller bag in the other, or the shared tokens carrying at least ``ln(n) + margin``?"""
        if self.n < MIN_ARTICLES:
            return True
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        if small <= large:
            return True
        return self.information(a & b) >= math.log(self.n) + self.margin

    def says_enough(self, a: frozenset[str], b: frozenset[str], margin: float) -> bool:
        """May two claims whose *content words* (actors and actions aside) are ``a`` and ``b`` be one
        proposition by what they say: fewer than :data:`MIN_ARTICLES` articles, either set empty or
        within the other, or the words they share carrying at least ``ln(n) + margin`` nats
        (``xref.toml``'s ``match.content_evidence``, below zero: a weaker test than
        :meth:`informative`, which a rare actor alone can pass)?"""
        if self.n < MIN_ARTICLES or not a or not b or a <= b or b <= a:
            return True
        return self.information(a & b) >= math.log(self.n) + margin


def rarity(bags: Iterable[tuple[int, frozenset[str]]], margin: float) -> Rarity:
    """The :class:`Rarity` of ``(article id, bag)`` pairs: each token counted once per article
    whose claims hold it.  Raises nothing; an empty input gives ``n = 1``."""
    per: dict[int, set[str]] = {}
    for article, bag in bags:
        per.setdefault(article, set()).update(bag)
    df: Counter[str] = Counter()
    for tokens in per.values():
        df.update(tokens)
    return Rarity(df, max(len(per), 1), margin)


VERB_GROUP_REACH = 3  # words after the first verb of a claim that still belong to its verb group ("is | preparing to supply")


OPEN_MODALITIES = frozenset({"expected", "possible", "hypothetical"})  # the parser's modalities of what is not (yet) done


def is_open(modality: str | None, text: str, cue: re.Pattern[str] | None,
            predicate: re.Pattern[str] | None = None) -> bool:
    """Does a claim leave its predicate open (planned, possible, conditional) rather than say it
    happened?  Its parser ``modality`` is one of :data:`OPEN_MODALITIES`, or a match of ``cue``
    (:attr:`claimcheck.xref.roles.Roles.open_modality`: ``claims.toml``'s ``role:open_modality``
    and ``modality:expected`` patterns, "could", "is preparing to", "will", "plans to") starts in
    its main verb group: from its first verb (``predicate``, ``claims.toml``'s loose
    ``clause:predicate``, a match starting lower-case; a verb that opens a content with a colon,
    a quotation mark or "that" is a frame, and the verb after it counts) to
    :data:`VERB_GROUP_REACH` words after it ("Ruritania | could strike"; "Freedonia | is
    preparing to supply"; not "Obama overestimated what the army could do").  The verb group is
    read as well as the parser's modality because the parser gives a claim it takes from an
    attribution's antecedent the modality ``asserted`` whatever its words ("Two battalions will
    be sent …", repeated by "an official told Channel 5").  Without ``predicate`` the whole
    text is read."""
    if modality in OPEN_MODALITIES:
        return True
    if cue is None:
        return False
    if predicate is None:
        return cue.search(text) is not None
    for m in predicate.finditer(text):
        if not text[m.start()].islower() or text[m.start() - 1:m.start()] == "-":
            continue
        if _FRAME_AFTER.match(text, m.end()):
            continue  # "X said: …", "X said that …": the content's verb is the claim's
        end = m.end()
        for _ in range(VERB_GROUP_REACH):
            w = _NEXT_WORD.match(text, end)
            if w is None:
                break
            end = w.end()
        c = cue.search(text, m.start())
        return c is not None and c.start() < end
    return False


_FRAME_AFTER = re.compile(r"\s*(?:[:\"“‘]|,\s*[\"“‘]|that\b)")
_NEXT_WORD = re.compile(r"\W*\w+")


PREDICATE_GROUP_REACH = 4  # words before a stored predicate that belong to its verb group ("could | not | have | carried out")


def open_at_predicate(text: str, predicate: str | None, cue: re.Pattern[str] | None) -> bool:
    """Does a cue of open modality (``cue``, as for :func:`is_open`) stand in the verb group of the
    claim's stored predicate (the parser's head verb, ``predicate`` as written, first found in
    ``text``): from :data:`PREDICATE_GROUP_REACH` words before it to its end ("fears that militants
    who stole the jets | could carry out an attack": open; the verb group :func:`is_open` reads is
    the frame's, "expressed fears that")?  False without a predicate, a cue, or the predicate in the text."""
    if not predicate or cue is None:
        return False
    m = re.search(rf"(?<![\w-]){re.escape(predicate)}(?![\w-])", text)
    if m is None:
        return False
    start = m.start()
    for _ in range(PREDICATE_GROUP_REACH):
        w = _PREV_WORD.search(text, 0, start)
        if w is None:
            break
        start = w.start()
    c = cue.search(text, start, m.end())
    return c is not None


_PREV_WORD = re.compile(r"\w+\W*$")
