"""One raw document to one :class:`Extraction`: structure, metadata, sentences, parse.

The same front-end serves ``ingest`` (stored) and ``extract`` (printed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from claimcheck.errors import ArticleError
from claimcheck.ingest import language
from claimcheck.ingest.readers import RawDocument
from claimcheck.ingest.structure import analyse, parse_date
from claimcheck.lexicons import Lexicons, or_default
from claimcheck.model import ArticleMeta, Extraction, MetaValue
from claimcheck.parse.sentences import split_sentences


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _meta_value(name: str, value: Any, origin: str, lexicons: Lexicons) -> tuple[MetaValue, str | None]:
    """A metadata value given by a user (option, sidecar, record), validated."""
    if name == "published":
        if isinstance(value, (dt.date, dt.datetime)):
            d = value.date() if isinstance(value, dt.datetime) else value
            return MetaValue(d, origin, d.isoformat()), "day"
        raw = str(value)
        try:
            d = dt.date.fromisoformat(raw[:10]) if len(raw) >= 10 else None
        except ValueError:
            d = None
        if d is not None:
            return MetaValue(d, origin, raw), "day"
        parsed = parse_date(raw, lexicons)
        if parsed is None:
            raise ArticleError(f"published {raw!r} ({origin}) is not a date")
        return MetaValue(parsed[0], origin, raw), parsed[1]
    if not isinstance(value, str):
        raise ArticleError(f"{name} {value!r} ({origin}) must be a string")
    return MetaValue(value.strip(), origin, value), None


def build(doc: RawDocument, overrides: dict[str, Any] | None = None, *,
          lexicons: Lexicons | None = None) -> Extraction:
    """Analyse one document with ``lexicons`` (:func:`claimcheck.lexicons.load_lexicons`; loaded
    now when None: pass one object in a loop).
    ``overrides`` (command-line options) win over the sidecar or record, which win over what
    is read from the text; each value keeps its origin.  Raises :class:`ArticleError` on a bad
    metadata value."""
    from claimcheck.parse import parse_article  # the parsers, kept out of CLI start-up

    lexicons = or_default(lexicons)
    text = doc.text
    st = analyse(text, lexicons)
    fields: dict[str, MetaValue | None] = {
        "title": st.title, "byline": st.byline, "outlet": st.outlet, "published": st.published,
        "url": None, "language": None,
    }
    precision = st.published_precision
    for source, origin in ((doc.metadata, doc.metadata_origin or "record"), (overrides or {}, "option")):
        for name, value in source.items():
            if value is None or name not in fields:
                continue
            try:
                mv, prec = _meta_value(name, value, origin, lexicons)
            except ArticleError as exc:
                raise ArticleError(f"{doc.id}: {exc}") from None
            fields[name] = mv
            if name == "published":
                precision = prec
    if fields["language"] is None:
        body = " ".join(text[ln.start:ln.end] for ln in st.lines if ln.role == "body")
        fields["language"] = MetaValue(language.detect(body, lexicons), "detected")
    meta = ArticleMeta(title=fields["title"], outlet=fields["outlet"], byline=fields["byline"],
                       published=fields["published"], published_precision=precision,
                       language=fields["language"], url=fields["url"])
    sentences = tuple(split_sentences(text, st.lines, lexicons=lexicons))
    attributions, claims = parse_article(text, sentences, meta, lexicons)
    return Extraction(id=doc.id, text=text, meta=meta, lines=st.lines, sentences=sentences,
                      attributions=attributions, claims=claims, content_hash=content_hash(text),
                      encoding=doc.encoding)
