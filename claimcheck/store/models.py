"""The relational schema (SQLAlchemy 2 typed ORM), portable between SQLite and PostgreSQL.

Conventions: 64-bit integer keys that autoincrement on both dialects; a stable text ``uid``
derived from content hashes wherever a row is defined by its content, so that ids survive
re-ingestion and re-analysis; every span stored as ``*_start`` / ``*_end`` character offsets
into ``articles.text`` plus the text it slices to; constraint names from one convention.
Documented column by column in ``docs/schema.md`` and in the ``_data_dictionary`` table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

BigId = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _pk() -> Mapped[int]:
    return mapped_column(BigId, primary_key=True, autoincrement=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


class Run(Base):
    """One ingestion or analysis, with the tool version and settings."""

    __tablename__ = "runs"
    id: Mapped[int] = _pk()
    kind: Mapped[str] = mapped_column(String(20))  # ingest | xref | review | export
    tool_version: Mapped[str] = mapped_column(String(40))
    extractor_version: Mapped[str] = mapped_column(String(60))
    settings: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | done | failed | interrupted | superseded
    summary: Mapped[str | None] = mapped_column(Text)  # JSON counts


class Article(Base):
    """One document; ``text`` is exactly as decoded, all offsets index into it."""

    __tablename__ = "articles"
    id: Mapped[int] = _pk()
    uid: Mapped[str] = mapped_column(String(24), unique=True)  # "a" + content hash prefix
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_key: Mapped[str] = mapped_column(Text, index=True)  # path as given or record id
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), index=True)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_raw: Mapped[str | None] = mapped_column(Text)
    published_precision: Mapped[str | None] = mapped_column(String(10))
    language: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    n_chars: Mapped[int] = mapped_column(Integer)
    n_words: Mapped[int] = mapped_column(Integer)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"), index=True)


class ArticleMetadata(Base):
    """Each metadata value with where it came from (text, sidecar, record, option, detected)."""

    __tablename__ = "article_metadata"
    id: Mapped[int] = _pk()
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text)
    raw: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("article_id", "field"),)


class ArticleLine(Base):
    """Physical lines with their role; boilerplate is kept, flagged, never mined."""

    __tablename__ = "article_lines"
    id: Mapped[int] = _pk()
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(12))  # title | byline | dateline | body | boilerplate
    reason: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("article_id", "idx"),)


class SentenceRow(Base):
    __tablename__ = "sentences"
    id: Mapped[int] = _pk()
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    line_idx: Mapped[int] = mapped_column(Integer)
    boilerplate: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (UniqueConstraint("article_id", "idx"),)


class Actor(Base):
    """A person, organisation, outlet or state; mentions resolve to actors through aliases."""

    __tablename__ = "actors"
    id: Mapped[int] = _pk()
    uid: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text, default="unknown")
    origin: Mapped[str] = mapped_column(String(20), default="auto")  # auto | gazetteer | user


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    id: Mapped[int] = _pk()
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    norm: Mapped[str] = mapped_column(String(200), unique=True)
    origin: Mapped[str] = mapped_column(String(20), default="auto")


class ActorDecision(Base):
    """A human's merge or split of actors, replayed after every re-analysis."""

    __tablename__ = "actor_decisions"
    id: Mapped[int] = _pk()
    action: Mapped[str] = mapped_column(String(10))  # merge | split | reject
    a: Mapped[str] = mapped_column(Text)  # alias norms, stable across re-analysis
    b: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    note: Mapped[str | None] = mapped_column(Text)


class SourceRow(Base):
    """A source as cited (one per kind + normalised name, e.g. anonymous 'U.S. officials')."""

    __tablename__ = "sources"
    id: Mapped[int] = _pk()
    uid: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(15))  # named | anonymous | sources_said
    type: Mapped[str] = mapped_column(Text, default="unknown")
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)


class AttributionRow(Base):
    __tablename__ = "attributions"
    id: Mapped[int] = _pk()
    uid: Mapped[str] = mapped_column(String(24), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(60), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    sentence_idx: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    source_text: Mapped[str | None] = mapped_column(Text)
    source_start: Mapped[int | None] = mapped_column(Integer)
    source_end: Mapped[int | None] = mapped_column(Integer)
    source_kind: Mapped[str | None] = mapped_column(String(15))
    source_type: Mapped[str | None] = mapped_column(Text)
    descriptor: Mapped[str | None] = mapped_column(Text)
    resolved_text: Mapped[str | None] = mapped_column(Text)
    resolved_start: Mapped[int | None] = mapped_column(Integer)
    resolved_end: Mapped[int | None] = mapped_column(Integer)
    cue_text: Mapped[str] = mapped_column(Text)
    cue_start: Mapped[int] = mapped_column(Integer)
    cue_end: Mapped[int] = mapped_column(Integer)
    act: Mapped[str] = mapped_column(String(10))
    content_text: Mapped[str] = mapped_column(Text)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    content_fragments: Mapped[str | None] = mapped_column(Text)  # JSON [[start, end], ...]
    direct_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (UniqueConstraint("article_id", "extractor_version", "idx"),)


class ViaRow(Base):
    """One intermediary in an attribution's chain ("cited by X", "told X")."""

    __tablename__ = "attribution_via"
    id: Mapped[int] = _pk()
    attribution_id: Mapped[int] = mapped_column(ForeignKey("attributions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)


class ClaimRow(Base):
    __tablename__ = "claims"
    id: Mapped[int] = _pk()
    uid: Mapped[str] = mapped_column(String(24), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(60), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    attribution_id: Mapped[int | None] = mapped_column(ForeignKey("attributions.id", ondelete="CASCADE"), index=True)
    sentence_idx: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    actors: Mapped[str | None] = mapped_column(Text)  # JSON list of actor names
    action: Mapped[str | None] = mapped_column(Text, index=True)
    polarity: Mapped[str] = mapped_column(String(10), default="positive")
    modality: Mapped[str] = mapped_column(String(15), default="asserted")
    refers_to: Mapped[str | None] = mapped_column(Text)
    refers_to_raw: Mapped[str | None] = mapped_column(Text)
    reverses_idx: Mapped[int | None] = mapped_column(Integer)  # idx of the claim it reverses
    # the head verb of its main clause (parse.claims.predicate): as written, its span in the article
    # text, its lemma; NULL when none was found (or the claim was stored before revision 0009)
    predicate: Mapped[str | None] = mapped_column(Text)
    predicate_start: Mapped[int | None] = mapped_column(Integer)
    predicate_end: Mapped[int | None] = mapped_column(Integer)
    predicate_lemma: Mapped[str | None] = mapped_column(Text)
    # where it happened (parse.claims.place): the place its words or sentence name, else its article's,
    # as written and its span in the article text; NULL when none was found (or stored before 0010)
    place: Mapped[str | None] = mapped_column(Text)
    place_start: Mapped[int | None] = mapped_column(Integer)
    place_end: Mapped[int | None] = mapped_column(Integer)
    # the exact spans its text is made of (parse.claims.statements), JSON [[start, end, text], ...] in
    # reading order, NULL: its text is its span's; and the first and last sentence (sentences.idx) of the
    # passage shown with it, holding every part and its own sentence (parse.claims.spans); NULL: stored
    # before revision 0011 (its sentence alone is shown)
    parts: Mapped[str | None] = mapped_column(Text)
    passage_first: Mapped[int | None] = mapped_column(Integer)
    passage_last: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("article_id", "extractor_version", "idx"),)


class Cluster(Base):
    """Claims across articles that state the same thing, from one analysis run."""

    __tablename__ = "clusters"
    id: Mapped[int] = _pk()
    uid: Mapped[str] = mapped_column(String(24), index=True)  # stable across runs
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    canonical: Mapped[str] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    actors: Mapped[str | None] = mapped_column(Text)  # JSON
    status: Mapped[str] = mapped_column(String(15), index=True)
    credibility: Mapped[int] = mapped_column(Integer)
    credibility_reasons: Mapped[str] = mapped_column(Text)  # JSON list of sentences
    reason_codes: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON [xref.grade code, ...]
    independent_origins: Mapped[int] = mapped_column(Integer)
    n_articles: Mapped[int] = mapped_column(Integer)
    n_mentions: Mapped[int] = mapped_column(Integer)
    n_denials: Mapped[int] = mapped_column(Integer, default=0)
    n_non_answers: Mapped[int] = mapped_column(Integer, default=0)
    source_kinds: Mapped[str] = mapped_column(Text, default="{}")  # JSON {kind: mentions}
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[name, kind, stance], ...]
    outlets: Mapped[str] = mapped_column(Text, default="[]")  # JSON [outlet, ...]
    article_uids: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON [articles.uid, ...], sorted
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)
    story: Mapped[str | None] = mapped_column(String(24))  # xref.story id over every cluster of the run (NULL: older runs)
    # the report's status order (store.queries.STATUS_ORDER; 9 for another status), indexed with the run
    status_rank: Mapped[int] = mapped_column(Integer, default=9, server_default="9")
    __table_args__ = (UniqueConstraint("run_id", "uid"), Index("ix_clusters_run_id_status_rank", "run_id", "status_rank"))


class ClusterMember(Base):
    __tablename__ = "cluster_members"
    id: Mapped[int] = _pk()
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    stance: Mapped[str] = mapped_column(String(12))  # support | deny | decline | reverse
    origin_key: Mapped[str] = mapped_column(Text)
    origin_label: Mapped[str | None] = mapped_column(Text)  # the origin in words
    origin_reason: Mapped[str | None] = mapped_column(Text)  # why folded into an earlier mention's origin
    similarity: Mapped[float] = mapped_column(Float, default=1.0)


class SourceGrade(Base):
    """Reliability A–F of a source in one analysis run, with reasons."""

    __tablename__ = "source_grades"
    id: Mapped[int] = _pk()
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    grade: Mapped[str] = mapped_column(String(1))
    reasons: Mapped[str] = mapped_column(Text)  # JSON list
    n_corroborated: Mapped[int] = mapped_column(Integer, default=0)
    n_contradicted: Mapped[int] = mapped_column(Integer, default=0)
    n_single: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("run_id", "source_id"),)


class Verdict(Base):
    """A reviewer's decision on a cluster; keyed by the cluster's stable uid."""

    __tablename__ = "verdicts"
    id: Mapped[int] = _pk()
    cluster_uid: Mapped[str] = mapped_column(String(24), index=True)
    verdict: Mapped[str] = mapped_column(String(12))  # confirmed | dismissed | unclear
    reviewer: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    note: Mapped[str | None] = mapped_column(Text)


Index("ix_articles_doc_key_version", Article.doc_key, Article.version)
