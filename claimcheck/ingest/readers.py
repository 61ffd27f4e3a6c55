"""Input files to raw documents: walking folders, reading .txt, .jsonl, .html/.htm and web
archives (.warc, .warc.gz), sidecar metadata.

A bad file (or a bad JSONL line, or a bad WARC record) becomes a :class:`Skip` with its reason;
the rest goes on.  A file of another type in a folder is a Skip too (unless
``quiet_unsupported``), so nothing is left out unsaid.
"""

from __future__ import annotations

import dataclasses
import json
import re
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.errors import LINE_CHARS, ArticleError, excerpt
from claimcheck.ingest.decode import DEFAULT_MAX_BYTES, decode, forced_encoding_warning
from claimcheck.ingest.html import extract_page, looks_like_html
from claimcheck.lexicons import Lexicons, load_lexicons

SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")
HTML_SUFFIXES = (".html", ".htm")
META_FIELDS = ("title", "url", "outlet", "published", "byline", "language")


@dataclass(frozen=True, slots=True)
class RawDocument:
    id: str  # the JSONL record's id, or the file path as given
    text: str
    origin: str  # "file" or "record"
    encoding: str = "utf-8"
    metadata: dict[str, Any] = field(default_factory=dict)  # from the record or the sidecar
    metadata_origin: str = ""  # "record" or "sidecar"
    path: str = ""
    meta_origins: dict[str, str] = field(default_factory=dict)  # per field, wins over metadata_origin
    retrieved_at: str = ""  # ISO 8601, when a web archive says when the page was fetched
    source_sha256: str = ""  # of the raw page, when the text was extracted from HTML
    flag: str = ""  # why the document is stored but not mined (a teaser, a consent wall), or ""
    warning: str = ""  # why the decoded text looks wrong (a forced --encoding), or ""


@dataclass(frozen=True, slots=True)
class Skip:
    ref: str
    reason: str
    note: bool = False  # nothing wrong (a WARC request record, say): counted, not an error

    def __post_init__(self) -> None:
        # every skip line is one printable line of bounded length, whatever a reader's message held
        object.__setattr__(self, "reason", excerpt(self.reason, LINE_CHARS))


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


MB = 1024 * 1024  # the unit of --max-size: the CLI turns its MB into bytes as max_size * MB


def size_text(n_bytes: int, other: int | None = None) -> str:
    """``n_bytes`` in the unit of ``--max-size`` as a person reads it: "0.5 MB" (not "1 MB" for
    0.5), "20 MB", "1.25 MB"; under 0.1 MB in KB ("50 KB"), under 1 KB in bytes ("10 bytes").
    With ``other`` (a size it is compared with) a value that would print the same as ``other``
    is given in bytes, so "X is larger than Y" never prints two equal figures."""
    def text(n: int) -> str:
        if n >= MB // 10:
            return f"{round(n / MB, 2):g} MB"
        if n >= 1024:
            return f"{round(n / 1024, 1):g} KB"
        return f"{n} byte" + ("" if n == 1 else "s")
    out = text(n_bytes)
    if other is not None and other != n_bytes and out == text(other):
        return f"{n_bytes:,} bytes"
    return out


def read_regular(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, never blocking on anything else.

    The file is opened without blocking (``O_NONBLOCK``: a FIFO with no writer does not wait)
    and checked on the open descriptor, so a path swapped for a pipe or device in between is
    still refused.  Raises :class:`ArticleError` for a FIFO, device, socket or folder (the kind
    named), or a file over ``max_bytes`` bytes; ``OSError`` when it cannot be opened or read.
    """
    ref = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(ref, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(f"{ref}: {_kind(st.st_mode)}, not a regular file")
        if st.st_size > max_bytes:
            raise ArticleError(f"{ref}: {size_text(st.st_size, max_bytes)} is larger than the limit of "
                               f"{size_text(max_bytes)} (--max-size)")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > max_bytes:  # grew while being read
                raise ArticleError(f"{ref}: larger than the limit of {size_text(max_bytes)} (--max-size)")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not side.exists():
        return {}
    try:
        data = json.loads(read_regular(side, 1 << 20).decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleError(f"{side}: sidecar is not valid JSON: {excerpt(exc)}") from None
    if not isinstance(data, dict):
        raise ArticleError(f"{side}: sidecar must be a JSON object")
    unknown = sorted(set(data) - set(META_FIELDS))
    if unknown:
        raise ArticleError(f"{side}: unknown sidecar keys {unknown} (allowed: {', '.join(META_FIELDS)})")
    return data


# a web address given as a path: nothing is fetched over the network (the page is saved and ingested)
_URL = re.compile(r"^(?:https?|ftp)://", re.I)
URL_NOT_FETCHED = "a URL: web pages are not fetched; save the page and ingest the file"


def _supported(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def _unsupported(path: Path) -> Skip:
    suffix = "".join(path.suffixes[-2:]) if path.name.lower().endswith(".gz") else path.suffix
    return Skip(str(path), f"{path}: unsupported file type {suffix or '(none)'!r} "
                           f"(supported: {', '.join(SUFFIXES)})")


def _expand(paths: list[str], quiet_unsupported: bool = False,
            exclude: frozenset[str] = frozenset()) -> Iterator[Path | Skip]:
    """Every file under ``paths`` once, in order of first appearance: a file named twice, or
    named and also inside a folder given ("ingest A A", "ingest A A/x.txt", "ingest A ./A"), is read
    once (by real path), so an ingest counts each article once."""
    seen: set[str] = set()
    for item in _expand_all(paths, quiet_unsupported, exclude):
        key = os.path.realpath(item) if isinstance(item, Path) else f"skip:{item.ref}\x00{item.reason}"
        if key not in seen:
            seen.add(key)
            yield item


def _expand_all(paths: list[str], quiet_unsupported: bool = False,
                exclude: frozenset[str] = frozenset()) -> Iterator[Path | Skip]:
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield Skip(p, URL_NOT_FETCHED if _URL.match(p) else "no such file or folder")
        elif path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith(".meta.json"):
                        continue
                    if exclude and os.path.realpath(os.path.join(root, name)) in exclude:
                        continue  # the database being written (and its journal files), inside the folder
                    if _supported(name):
                        found = True
                        yield Path(root) / name
                    elif not quiet_unsupported:
                        yield _unsupported(Path(root) / name)
            if not found:
                yield Skip(p, f"folder holds no articles ({', '.join(SUFFIXES)} files)")
        elif path.name.endswith(".meta.json"):
            continue
        else:
            yield path


class _LazyLexicons:
    """The lexicons given, or the shipped ones loaded on first use (once per read)."""

    def __init__(self, lexicons: Lexicons | None) -> None:
        self.value = lexicons

    def get(self) -> Lexicons:
        if self.value is None:
            self.value = load_lexicons()
        return self.value


def read_documents(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES,
                   encoding: str | None = None, *, quiet_unsupported: bool = False,
                   exclude: frozenset[str] = frozenset(), lexicons: Lexicons | None = None) -> Iterator[RawDocument | Skip]:
    """Every document under ``paths``, in a stable order, or a Skip for what cannot be read
    (and, in a folder, for a file of an unsupported type, unless ``quiet_unsupported``).
    Files whose real path is in ``exclude`` (the database being written) are passed over
    silently when met inside a folder.  ``lexicons`` flag web pages (``pages.toml``); when None
    they are loaded at the first HTML page."""
    lex = _LazyLexicons(lexicons)
    for item in _expand(paths, quiet_unsupported, exclude):
        if isinstance(item, Skip):
            yield item
            continue
        ref = str(item)
        try:
            data = read_regular(item, max_bytes)
            name = item.name.lower()
            if name.endswith(".jsonl"):
                yield from _jsonl(ref, data, encoding, lex)
                continue
            if name.endswith((".warc", ".warc.gz")):
                yield from _warc(ref, data, lex)
                continue
            if not _supported(name):
                raise ArticleError(_unsupported(item).reason)
            meta = _sidecar(item)
            text, enc = decode(data, ref, encoding)
            warning = forced_encoding_warning(data, text, encoding) if encoding else ""
            if name.endswith(HTML_SUFFIXES) or looks_like_html(text):
                doc = _html_document(ref, text, "file", meta, "sidecar", enc, data, lex=lex)
                yield dataclasses.replace(doc, warning=warning) if warning else doc
                continue
            yield RawDocument(ref, text, "file", enc, meta, "sidecar" if meta else "", ref, warning=warning)
        except ArticleError as exc:
            yield Skip(ref, str(exc))
        except OSError as exc:
            yield Skip(ref, f"{ref}: cannot read: {excerpt(exc.strerror or exc)}")


def _jsonl(ref: str, data: bytes, encoding: str | None, lex: _LazyLexicons) -> Iterator[RawDocument | Skip]:
    text, _ = decode(data, ref, encoding)
    any_line = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        any_line = True
        where = f"{ref}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(where, f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield Skip(where, f"{where}: a record must be a JSON object")
            continue
        body, page = rec.get("text"), rec.get("html")
        if isinstance(page, str) and page.strip() and not (isinstance(body, str) and body.strip()):
            body = None
        elif not isinstance(body, str) or not body.strip():
            yield Skip(where, f"{where}: {_no_text(body, page)}")
            continue
        field_name, value = ("html", page) if body is None else ("text", body)
        if "\x00" in value:
            yield Skip(where, f"{where}: \"{field_name}\" holds a NUL character at offset {value.find(chr(0))}: "
                              "binary data, not text")
            continue
        rid = rec.get("id")
        rid = str(rid) if rid is not None and str(rid).strip() else where
        meta = {k: rec[k] for k in META_FIELDS if rec.get(k) not in (None, "")}
        if body is None or looks_like_html(body):
            try:
                yield _html_document(rid, page if body is None else body, "record", meta, "record", "utf-8", None, ref, lex=lex)
            except ArticleError as exc:
                yield Skip(where, f"{where}: {exc}")
            continue
        yield RawDocument(rid, body, "record", "utf-8", meta, "record" if meta else "", ref)
    if not any_line:
        raise ArticleError(f"{ref}: empty file")


_JSON_TYPES = ((bool, "a boolean"), (int, "a number"), (float, "a number"), (list, "an array"), (dict, "an object"))


def _json_type(value: Any) -> str:
    """The JSON type of a decoded value, with an article: "a number", "an array" (bool before int:
    ``True`` is an int to Python, a boolean to JSON)."""
    return next((name for typ, name in _JSON_TYPES if isinstance(value, typ)), type(value).__name__)


def _no_text(body: Any, page: Any) -> str:
    """Why a JSONL record gives no article text: a field of the wrong type is named as such
    (``"text": 42`` -> '"text" must be a string, not a number (42)'), an empty one as empty,
    and only a record with neither field (or both null) as having none."""
    for name, value in (("text", body), ("html", page)):
        if value is not None and not isinstance(value, str):
            return f"\"{name}\" must be a string, not {_json_type(value)} ({excerpt(json.dumps(value))})"
    if isinstance(body, str) or isinstance(page, str):
        return "\"text\" is empty" if isinstance(body, str) else "\"html\" is empty"
    return "record has no \"text\" (or \"html\")"


def _html_document(ref: str, html: str, origin: str, given: dict[str, Any], given_origin: str,
                   encoding: str, data: bytes | None, path: str = "", retrieved_at: str = "", *,
                   lex: _LazyLexicons) -> RawDocument:
    """An HTML page as a document: its extracted text, the page's metadata with provenance,
    and ``given`` (sidecar, record or archive metadata), which wins over the page's."""
    page = extract_page(html, ref, data, lex.get())
    meta = {**page.metadata, **given}
    origins = {**page.origins, **{k: given_origin for k in given}}
    return RawDocument(ref, page.text, origin, encoding, meta, given_origin if given else "html", path or ref,
                       origins, retrieved_at, page.sha256, page.flag)


def _warc(ref: str, data: bytes, lex: _LazyLexicons) -> Iterator[RawDocument | Skip]:
    """Every HTML response of a web archive as a document (``FILE#N``), with its target URI as
    the URL and its WARC-Date as ``retrieved_at``; every other record a Skip."""
    from claimcheck.ingest.warc import WarcPage, read_pages

    for item in read_pages(data, ref):
        if not isinstance(item, WarcPage):
            yield Skip(item.ref, item.reason, item.note)
            continue
        try:
            given = {"url": item.uri} if item.uri else {}
            html, enc = decode(item.payload, item.ref, None)
            yield _html_document(item.ref, html, "record", given, "warc", enc, item.payload, ref, item.retrieved_at, lex=lex)
        except ArticleError as exc:
            yield Skip(item.ref, str(exc) if item.ref in str(exc) else f"{item.ref}: {exc}")
