"""Web archives (``.warc``, ``.warc.gz``) to HTML pages: one per ``response`` record of an HTML
page, with its target URI and the ``WARC-Date`` it was retrieved at.

Other records (requests, metadata, a response that is not HTML) are counted, not read; a
record that cannot be read is reported and the file goes on.  warcio is imported inside the
function that needs it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.errors import ArticleError, excerpt

SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response: ``ref`` (``FILE#N`` with N the record's 1-based number), its target
    URI, its ``WARC-Date`` (ISO 8601, as in the record) and the HTTP payload bytes."""

    ref: str
    uri: str
    retrieved_at: str
    payload: bytes


@dataclass(frozen=True, slots=True)
class WarcSkip:
    """A record not read: ``ref`` and the reason, in words; ``note`` when nothing is wrong
    (a request, a non-HTML response: counted, not an error)."""

    ref: str
    reason: str
    note: bool = False


def is_warc(name: str) -> bool:
    """True for a file name ending in ``.warc`` or ``.warc.gz`` (any case)."""
    return name.lower().endswith(SUFFIXES)


def _is_html(record) -> bool:  # noqa: ANN001 - a warcio ArcWarcRecord
    ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    return "html" in ctype.lower()


def read_pages(data: bytes, ref: str) -> Iterator[WarcPage | WarcSkip]:
    """The HTML responses of the archive ``data`` (``ref``: its path, for messages), in file
    order, and a :class:`WarcSkip` per other record: other record types and non-HTML responses
    are summed up in one skip per kind at the end; a record that cannot be read is one skip.
    Raises :class:`ArticleError` when ``data`` is not a web archive at all."""
    from warcio.archiveiterator import ArchiveIterator  # heavy: kept out of CLI start-up
    from warcio.exceptions import ArchiveLoadFailed

    others: dict[str, int] = {}
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            where = f"{ref}#{n}"
            try:
                if record.rec_type != "response" or not _is_html(record):
                    kind = record.rec_type if record.rec_type != "response" else "non-HTML response"
                    others[kind] = others.get(kind, 0) + 1
                    record.content_stream().read()  # consume, so a bad payload fails here
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                date = record.rec_headers.get_header("WARC-Date") or ""
                yield WarcPage(where, uri, date, record.content_stream().read())
            except Exception as exc:  # noqa: BLE001 - a bad record must not stop the file
                yield WarcSkip(where, f"{where}: unreadable WARC record ({type(exc).__name__}: {excerpt(exc)})")
    except ArchiveLoadFailed as exc:
        if n == 0:
            raise ArticleError(f"{ref}: not a web archive ({excerpt(exc)})") from None
        yield WarcSkip(f"{ref}#{n + 1}", f"{ref}: the archive breaks after record {n} ({excerpt(exc)})")
    except Exception as exc:  # noqa: BLE001 - a truncated gzip member, say: keep what was read
        yield WarcSkip(f"{ref}#{n + 1}", f"{ref}: the archive breaks after record {n} ({type(exc).__name__}: {excerpt(exc)})")
    for kind, count in sorted(others.items()):
        yield WarcSkip(ref, f"{ref}: {count} {kind} record(s) skipped (not an HTML page)", note=True)
