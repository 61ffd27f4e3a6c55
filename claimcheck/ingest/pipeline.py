"""One raw document to one :class:`Extraction`: structure, metadata, sentences, parse.

The same front-end serves ``ingest`` (stored) and ``extract`` (printed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import Any

from claimcheck.errors import ArticleError, UsageError
from claimcheck.ingest import language
from claimcheck.ingest.furniture import flag_sentences
from claimcheck.ingest.readers import RawDocument
from claimcheck.ingest.structure import analyse, parse_date
from claimcheck.lexicons import Lexicons, or_default
from claimcheck.model import ArticleMeta, Attribution, Extraction, MetaValue
from claimcheck.parse.sentences import split_sentences

_LANG_CODE = re.compile(r"^[a-z]{2,3}$")
# an article's warning that is printed as a ``warning:`` line (not a ``note:``) on stderr
WARNING = "warning: "


def content_hash(text: str, outlet: str | None = None, url: str | None = None) -> str:
    """The article's identity in the store (``articles.content_hash``, 64 hex characters): the
    SHA-256 of the decoded text, and, when the article has an outlet or a URL, of them too.  A
    wire story carried by three outlets is three articles (one origin, told by the analysis),
    not one text stored once; the same file ingested twice still adds nothing.  A text with
    neither is hashed alone, as before (a copy under another file name is a duplicate)."""
    data = text.encode("utf-8", "surrogatepass")
    if outlet or url:
        data += "\x00outlet={}\x00url={}".format(outlet or "", url or "").encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def identity_hash(text: str, metadata: Any) -> str:
    """:func:`content_hash` of ``text`` with the outlet and URL of ``metadata`` (an ArticleMeta,
    or a reader's dict of given metadata, whose non-text values are ignored)."""
    if isinstance(metadata, ArticleMeta):
        outlet, url = metadata.value("outlet"), metadata.value("url")
    else:
        outlet, url = metadata.get("outlet"), metadata.get("url")
    return content_hash(text, outlet if isinstance(outlet, str) else None, url if isinstance(url, str) else None)


# a publication date given by a user (option, sidecar, record) must fall in [EARLIEST_PUBLISHED,
# today + FUTURE_TOLERANCE_DAYS]: the tolerance covers time zones ahead of this machine's clock and
# an embargoed article dated tomorrow; before 1800 there is no news article to check
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)
FUTURE_TOLERANCE_DAYS = 2


def published_value(value: Any, origin: str, lexicons: Lexicons,
                    today: dt.date | None = None) -> tuple[MetaValue, str | None]:
    """A publication date given by a user (``origin``: "option", "record", "sidecar"): the
    value (a ``datetime.date``, its raw string kept) and its precision ("day", "month", "year").
    Raises :class:`ArticleError` quoting the value when it is no date ("yesterday-ish",
    "2024-13-45") or falls outside [``EARLIEST_PUBLISHED``, ``today`` + ``FUTURE_TOLERANCE_DAYS``]
    ("3024-01-01", "1700-01-01"); ``today`` defaults to this machine's date."""
    if isinstance(value, (dt.date, dt.datetime)):
        d = value.date() if isinstance(value, dt.datetime) else value
        mv, prec = MetaValue(d, origin, d.isoformat()), "day"
    elif not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ArticleError(f"published {value!r} ({origin}) is not a date (a string YYYY-MM-DD, or a date in words)")
    else:
        raw = str(value).strip()
        try:
            d = dt.date.fromisoformat(raw[:10]) if len(raw) >= 10 else None
        except ValueError:
            d = None
        if d is not None:
            mv, prec = MetaValue(d, origin, str(value)), "day"
        else:
            parsed = parse_date(raw, lexicons) if raw else None
            if parsed is None and re.fullmatch(r"[1-9]\d{3}", raw):  # a year the date parser does not read: 3024
                parsed = (dt.date(int(raw), 1, 1), "year")
            if parsed is None:
                raise ArticleError(f"published {value!r} ({origin}) is not a date (YYYY-MM-DD, or a date in words)")
            mv, prec = MetaValue(parsed[0], origin, str(value)), parsed[1]
    today = today or dt.date.today()
    latest = today + dt.timedelta(days=FUTURE_TOLERANCE_DAYS)
    if mv.value > latest:
        raise ArticleError(f"published {mv.raw!r} ({origin}) is in the future (after {latest.isoformat()})")
    if mv.value < EARLIEST_PUBLISHED:
        raise ArticleError(f"published {mv.raw!r} ({origin}) is before {EARLIEST_PUBLISHED.year}: not a news article's date")
    return mv, prec


def check_overrides(overrides: dict[str, Any], lexicons: Lexicons | None = None) -> None:
    """Validate ``--published`` (given for every article) before anything is read: raises
    :class:`UsageError`, one line naming the option and quoting the value ("--published
    '3024' is in the future (after 2026-12-03)"), for what :func:`published_value` refuses."""
    if overrides.get("published") is None:
        return
    try:
        published_value(overrides["published"], "option", or_default(lexicons))
    except ArticleError as exc:
        raise UsageError("--" + str(exc).replace(" (option)", "")) from None


def _meta_value(name: str, value: Any, origin: str, lexicons: Lexicons) -> tuple[MetaValue, str | None]:
    """A metadata value given by a user (option, sidecar, record), validated."""
    if name == "published":
        return published_value(value, origin, lexicons)
    if not isinstance(value, str):
        raise ArticleError(f"{name} {value!r} ({origin}) must be a string")
    if name == "language":
        code = value.strip().lower()
        if not _LANG_CODE.match(code):
            raise ArticleError(f"language {value!r} ({origin}) is not an ISO 639 code such as 'fr' or 'es'")
        return MetaValue(code, origin, value), None
    return MetaValue(value.strip(), origin, value), None


def build(doc: RawDocument, overrides: dict[str, Any] | None = None, *,
          lexicons: Lexicons | None = None) -> Extraction:
    """Analyse one document with ``lexicons`` (:func:`claimcheck.lexicons.load_lexicons`; loaded
    now when None: pass one object in a loop).
    ``overrides`` (command-line options) win over the sidecar or record, which win over what
    is read from the text; each value keeps its origin.  Raises :class:`ArticleError` on a bad
    metadata value."""
    from claimcheck.parse import parse_article  # the parsers, kept out of CLI start-up
    from claimcheck.parse.attributions import attribution_language

    lexicons = or_default(lexicons)
    text = doc.text
    st = analyse(text, lexicons)
    fields: dict[str, MetaValue | None] = {
        "title": st.title, "byline": st.byline, "outlet": st.outlet, "published": st.published,
        "url": None, "language": None,
    }
    precision = st.published_precision
    warnings: list[str] = [f"{WARNING}{doc.warning}"] if doc.warning else []
    for source, origin in ((doc.metadata, doc.metadata_origin or "record"), (overrides or {}, "option")):
        for name, value in source.items():
            if value is None or name not in fields:
                continue
            try:
                mv, prec = _meta_value(name, value, doc.meta_origins.get(name, origin) if source is doc.metadata
                                       else origin, lexicons)
            except ArticleError as exc:
                if source is not doc.metadata:
                    raise ArticleError(f"{doc.id}: {exc}") from None
                # a bad value in a record or sidecar costs that value, not the article: stored
                # without it (a date from the text, if any, stays), with one warning line
                what = "read from the text" if fields.get(name) is not None else "unknown"
                warnings.append(f"{WARNING}{exc}: ignored, {name} {what}")
                continue
            fields[name] = mv
            if name == "published":
                precision = prec
    if fields["language"] is None:
        body = " ".join(text[ln.start:ln.end] for ln in st.lines if ln.role == "body")
        fields["language"] = MetaValue(language.detect(body, lexicons), "detected")
    if doc.retrieved_at and _after_retrieval(fields["published"], doc.retrieved_at):
        warnings.append(f"publication date {fields['published'].raw or fields['published'].value!s} "  # type: ignore[union-attr]
                        f"is later than the page was retrieved ({doc.retrieved_at}): dropped")
        fields["published"], precision = None, None
    lang = fields["language"].value if fields["language"] else "und"
    if attribution_language(lang, lexicons) is None:
        warnings.append(f"language {lang!r} has no attribution lexicons: no attributions are read")
    elif lang != "en" and fields["published"] is not None and fields["published"].origin == "text":
        fields["published"], precision = _in_language(fields["published"], precision, lang, lexicons)
    meta = ArticleMeta(title=fields["title"], outlet=fields["outlet"], byline=fields["byline"],
                       published=fields["published"], published_precision=precision,
                       language=fields["language"], url=fields["url"],
                       retrieved_at=MetaValue(doc.retrieved_at, "warc") if doc.retrieved_at else None,
                       source_sha256=MetaValue(doc.source_sha256, "html") if doc.source_sha256 else None)
    lines = st.lines
    if doc.flag:  # a teaser or a consent wall: stored, every line boilerplate, never mined
        lines = tuple(dataclasses.replace(ln, role="boilerplate", reason=doc.flag) for ln in lines)
        warnings.append(f"not mined: {doc.flag}")
    sentences = tuple(split_sentences(text, lines, lexicons=lexicons))
    if not doc.flag:  # page furniture and repeated sentences: kept with their offsets, never mined
        lines, sentences = flag_sentences(text, lines, sentences, lexicons)
    attributions, claims = parse_article(text, sentences, meta, lexicons) if not doc.flag else ((), ())
    attributions = own_outlet(attributions, meta.value("outlet"), lexicons)
    return Extraction(id=doc.id, text=text, meta=meta, lines=lines, sentences=sentences,
                      attributions=attributions, claims=claims, content_hash=identity_hash(text, meta),
                      encoding=doc.encoding, warnings=tuple(warnings))


def own_outlet(attributions: tuple[Attribution, ...], outlet: str | None,
               lexicons: Lexicons) -> tuple[Attribution, ...]:
    """The attributions with the article's references to itself read as such (``names.toml``'s
    ``self_reference``: "this newspaper", "this website", "our reporter"): a source that names
    the article's outlet or writer is the outlet, ``Source(kind="named", type="outlet",
    actor=outlet)`` (its span kept), or, when the article's outlet is unknown, the article's own
    voice (no source: "this newspaper" in two articles is not one origin); an intermediary that
    does ("told this newspaper") is dropped from the via chain: the source spoke to the outlet
    itself, there is none between.  Other attributions are returned as they are (the same
    objects, in the same order, so claims' indices still hold)."""
    from claimcheck.xref.names import is_self_reference, name_rules

    rules = name_rules(lexicons)
    if rules.self_reference is None:
        return attributions
    out = []
    for a in attributions:
        src, via = a.source, a.via
        if src is not None and src.span is not None and (
                is_self_reference(src.span.text, rules)
                or src.resolved is not None and is_self_reference(src.resolved.text, rules)):
            src = (dataclasses.replace(src, kind="named", type="outlet", actor=outlet.strip(), descriptor=None)
                   if outlet and outlet.strip() else None)
        if via and any(is_self_reference(v.text, rules) for v in via):
            via = tuple(v for v in via if not is_self_reference(v.text, rules))
        out.append(a if src is a.source and via is a.via else dataclasses.replace(a, source=src, via=via))
    return tuple(out)


def _in_language(published: MetaValue, precision: str | None, lang: str,
                 lexicons: Lexicons) -> tuple[MetaValue, str | None]:
    """A publication date read from the text, parsed again with dateparser told the article's
    language (``02/03/2021`` is 2 March in French, ``3. März`` is German): the value and
    precision of that reading when it gives one, else as they were."""
    got = parse_date(published.raw or "", lexicons, language=lang) if published.raw else None
    if got is None:
        return published, precision
    return MetaValue(got[0], published.origin, published.raw, published.span), got[1]


def _after_retrieval(published: MetaValue | None, retrieved_at: str) -> bool:
    """True when ``published`` (a date) falls after the day of ``retrieved_at`` (ISO 8601)."""
    if published is None or not isinstance(published.value, dt.date):
        return False
    try:
        retrieved = dt.date.fromisoformat(retrieved_at[:10])
    except ValueError:
        return False
    return published.value > retrieved
