"""Frozen values that the ingest front-end and the parsers return.

Every span is a pair of Python string indices into the article text exactly as decoded
(``text[span.start:span.end] == span.text``).  Nothing here touches a database.
"""

from __future__ import annotations

from collections.abc import Mapping
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SpeechAct = Literal["assert", "confirm", "deny", "decline", "hedge"]
SourceKind = Literal["named", "anonymous", "sources_said"]
SourceType = Literal[
    "person", "organisation", "outlet", "document", "state", "social_media", "group", "unknown"
]
Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "hypothetical", "expected", "reported", "possible"]

SPEECH_ACTS: tuple[str, ...] = ("assert", "confirm", "deny", "decline", "hedge")
SOURCE_KINDS: tuple[str, ...] = ("named", "anonymous", "sources_said")
SOURCE_TYPES: tuple[str, ...] = (
    "person", "organisation", "outlet", "document", "state", "social_media", "group", "unknown"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Line:
    """A physical line (paragraph) of the article with its boilerplate verdict."""

    start: int
    end: int
    role: str  # "title", "byline", "dateline", "body", "boilerplate"
    reason: str = ""  # why it is not body text, in words


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the Line it lies in
    boilerplate: bool = False

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class MetaValue:
    """A metadata value with where it came from (``text``, ``sidecar``, ``option``, ``record``)."""

    value: Any
    origin: str
    raw: str | None = None  # the string as found, e.g. "Güncelleme Tarihi: 01 Ekim 2014, 11:20"
    span: tuple[int, int] | None = None  # offsets in the text when origin == "text"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: MetaValue | None = None
    outlet: MetaValue | None = None
    byline: MetaValue | None = None
    published: MetaValue | None = None  # value: datetime.date; raw kept
    published_precision: str | None = None  # "day", "month", "year"
    language: MetaValue | None = None
    url: MetaValue | None = None
    retrieved_at: MetaValue | None = None  # value: ISO 8601 string (a web archive's WARC-Date)
    source_sha256: MetaValue | None = None  # of the raw HTML the text was extracted from

    def value(self, name: str) -> Any:
        mv = getattr(self, name)
        return None if mv is None else mv.value

    def published_date(self) -> dt.date | None:
        v = self.value("published")
        return v if isinstance(v, dt.date) else None


@dataclass(frozen=True, slots=True)
class Source:
    """Who an attribution is to. ``span`` is the mention in this sentence (may be a pronoun);
    ``resolved`` is the antecedent mention when the mention was anaphoric."""

    span: Span | None
    kind: SourceKind
    type: SourceType = "unknown"
    descriptor: Span | None = None
    resolved: Span | None = None
    actor: str | None = None  # display name of the actor it resolves to, if any


@dataclass(frozen=True, slots=True)
class Attribution:
    source: Source | None
    cue: Span
    act: SpeechAct
    content: Span  # outermost extent of the content
    content_fragments: tuple[Span, ...] = ()  # discontinuous content; empty = one piece
    direct_quote: bool = False
    via: tuple[Span, ...] = ()
    sentence: int = -1  # index into Extraction.sentences


@dataclass(frozen=True, slots=True)
class Claim:
    span: Span
    attribution: int | None  # index into Extraction.attributions
    sentence: int = -1
    actors: tuple[str, ...] = ()
    action: str | None = None
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    refers_to: str | None = None  # ISO date, ISO week (2024-W06), month or year string, or None when unknown
    refers_to_raw: str | None = None
    reverses: int | None = None  # index of an earlier claim this one reverses ("however later reports …")
    # the readable proposition ("" = ``span.text``): the texts of ``parts`` joined by one space,
    # its first letter upper-cased, a part that stands for a possessive pronoun followed by "’s"
    # ("his troops" → "Karl Adler’s troops"), an accusation's gerund in its finite past form ("of
    # ordering" → "ordered"), no space inside a quotation's marks ("said “We …”"); ``parts`` are the
    # exact spans it is composed of, in reading order (empty = ``span`` alone).  ``span`` stays the
    # outer extent of the source text.
    statement: str = ""
    parts: tuple[Span, ...] = ()
    denies: int | None = None  # a denial or non-answer: index of the claim whose proposition it answers
    # the head verb of the proposition's main clause, past auxiliaries, modals, a verb of planning or
    # seeming and a speech frame ("is preparing to | supply", "said that the army | left"): an exact span
    # of the article (``text[predicate.start:predicate.end] == predicate.text``) and its lemma
    # ("supply", "leave"); None when the parser found no verb (parse.claims.predicate)
    predicate: Span | None = None
    predicate_lemma: str | None = None
    # where the proposition happened: the first place its own words name, else its sentence's, else the
    # place its article is about, an exact span of the article (parse.claims.place); None: none found
    place: Span | None = None
    # the sentences a reader is shown with it: the first and last index of the run of sentences that
    # holds every part (its span when it has none) and the sentence it was found in (``sentence``), so
    # that every word of ``text`` lies in it (parse.claims.spans); None: ``sentence`` alone
    passage: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        """The claim as a reader is shown it: the composed statement, else the span's text."""
        return self.statement or self.span.text


@dataclass(frozen=True, slots=True)
class Extraction:
    id: str
    text: str
    meta: ArticleMeta
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    content_hash: str = ""
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default_factory=tuple)


def source_to_json(src: Source | None) -> dict[str, Any] | None:
    if src is None or src.span is None:
        return None
    out = src.span.to_json()
    out.update(kind=src.kind, type=src.type, actor=src.actor,
               descriptor=src.descriptor.to_json() if src.descriptor else None,
               resolved=src.resolved.to_json() if src.resolved else None)
    return out


def attribution_to_json(a: Attribution) -> dict[str, Any]:
    """The brief's shape for one attribution (``claimcheck extract --format jsonl``)."""
    cue = a.cue.to_json()
    cue["act"] = a.act
    content = a.content.to_json()
    if a.content_fragments:
        content["fragments"] = [f.to_json() for f in a.content_fragments]
    return {
        "source": source_to_json(a.source),
        "cue": cue,
        "content": content,
        "direct_quote": a.direct_quote,
        "via": [v.to_json() for v in a.via],
        "sentence": a.sentence,
    }


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A stored claim with what cross-referencing needs to know about it (no ORM objects)."""

    claim_id: int
    claim_uid: str
    article_id: int
    article_uid: str
    outlet: str | None
    published: dt.date | None
    text: str
    sentence_text: str
    actors: tuple[str, ...]
    action: str | None
    polarity: str
    modality: str
    refers_to: str | None
    act: str | None = None  # None: the outlet's own voice
    source_id: int | None = None
    source_kind: str | None = None
    source_name: str | None = None
    via: tuple[str, ...] = ()
    reverses_claim_id: int | None = None
    outlet_source_id: int | None = None  # the outlet as a source, for claims in its own voice
    source_type: str | None = None  # person | group | outlet | document | ... (attributions.source_type)
    language: str | None = None  # the article's ISO 639-1 code (None: not detected / not loaded)
    source_span: str | None = None  # the source as written ("NHL deputy commissioner Bill Daly"; xref.grade.speaks_for)
    predicate: str | None = None  # the head verb of the claim as written ("stole"); None: not found or not stored
    predicate_lemma: str | None = None  # its lemma ("steal"), compared in clustering (xref.cluster.predicates_meet)
    place: str | None = None  # where it happened as written ("Dovra"; stated, else its article's), compared in clustering
    # the date expression as written, its own or inherited (parse.claims.times: "on Tuesday"): an undated
    # article's weekday, which ``refers_to`` cannot resolve, is compared in clustering (xref.cluster.dates_differ)
    refers_to_raw: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What origin tracing (``xref.origins``) reads of one article: its head and tail (for a
    credit) and its body sentences (for near-identical passages)."""

    article_id: int
    uid: str
    outlet: str | None
    published: dt.date | None
    head: str
    tail: str
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One cluster of the latest analysis as ``report`` shows it: the one definition of a report
    row, for the store that builds it, the renderers and every JSON output.

    ``sources`` are ``(name, kind, stance)`` triples; ``source_kinds`` counts mentions per
    source kind (``named``, ``anonymous``, ``sources_said``, ``unattributed``); dates are
    publication days. ``article_ids`` (the uids of the articles that mention it) is filled only
    where it is shown (``report --format json``); ``verdict`` is the latest review, if any:
    ``{"verdict", "reviewer", "at" (ISO time), "note"}``.
    """

    cluster: str
    claim: str
    status: str
    credibility: int
    reasons: tuple[str, ...]
    independent_origins: int
    articles: int
    mentions: int
    action: str | None
    actors: tuple[str, ...]
    source_kinds: dict[str, int]
    sources: tuple[tuple[str, str, str], ...]
    outlets: tuple[str, ...]
    denials: int
    non_answers: int
    first_seen: dt.date | None
    last_seen: dt.date | None
    article_ids: tuple[str, ...] | None = None
    verdict: dict[str, Any] | None = None
    # the articles in full where a row must be traceable (report --format json|jsonl|csv):
    # ``{"id" (uid), "ingest_id" (path or JSONL id as ingested), "title", "outlet", "url", "published"}``
    article_refs: tuple[dict[str, Any], ...] | None = None
    # the story the cluster belongs to (clusters about the same actors and event, for display;
    # ``claimcheck.xref.story``), where it is shown (``report``)
    story: str | None = None
    # what programs read of the status instead of the words of ``reasons``
    # (:data:`claimcheck.xref.grade.REASON_CODES`: ``denied_only_by_party``)
    reason_codes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object, keys in this order (``report --format json``,
        ``review --list --format json``, the ``export`` formats); ``story``, ``reason_codes``,
        ``article_ids`` only when set."""
        out: dict[str, Any] = {"cluster": self.cluster}
        if self.story is not None:
            out["story"] = self.story
        out |= {
            "claim": self.claim, "status": self.status, "credibility": self.credibility,
            "reasons": list(self.reasons), "independent_origins": self.independent_origins,
            "articles": self.articles, "mentions": self.mentions, "action": self.action,
            "actors": list(self.actors), "source_kinds": dict(self.source_kinds),
            "sources": [{"name": n, "kind": k, "stance": s} for n, k, s in self.sources],
            "outlets": list(self.outlets), "denials": self.denials, "non_answers": self.non_answers,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
        }
        if self.reason_codes:
            out["reason_codes"] = list(self.reason_codes)
        if self.article_ids is not None:
            out["article_ids"] = list(self.article_ids)
        if self.article_refs is not None:
            out["article_refs"] = [dict(a) for a in self.article_refs]
        out["verdict"] = self.verdict
        return out


@dataclass(frozen=True, slots=True)
class ReportPage:
    """The report rows to show: at most ``limit`` of them (0: no limit); ``more`` is True when
    further rows matched and were left out."""

    rows: tuple[ReportRow, ...]
    limit: int = 0
    more: bool = False
    totals: StatusCounts | None = None  # counts of ALL matching clusters when ``more`` (else None)


UNNAMED_KINDS = ("anonymous", "sources_said")


def rests_on_unnamed(status: str, kinds: Mapping[str, Any]) -> bool:
    """A single-source cluster whose mentions name nobody: anonymous or "sources said" only
    (``kinds``: the cluster's ``{source kind: mentions}``)."""
    return status == "single_source" and not kinds.get("named") and any(kinds.get(k) for k in UNNAMED_KINDS)


@dataclass(frozen=True, slots=True)
class StatusCounts:
    """How many clusters match a report's filters, by status (``by_status``: ``{status: n}``),
    and how many of the single-source ones rest on unnamed sources (``unnamed``): counted in
    the store over every matching cluster, not over the rows shown."""

    by_status: Mapping[str, int]
    unnamed: int = 0

    @property
    def total(self) -> int:
        """All matching clusters."""
        return sum(self.by_status.values())
