"""Input files to raw documents: walking folders, reading .txt and .jsonl, sidecar metadata.

A bad file (or a bad JSONL line) becomes a :class:`Skip` with its reason; the rest goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.errors import ArticleError
from claimcheck.ingest.decode import DEFAULT_MAX_BYTES, decode

SUFFIXES = (".txt", ".jsonl")
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


@dataclass(frozen=True, slots=True)
class Skip:
    ref: str
    reason: str


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleError(f"{side}: sidecar is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ArticleError(f"{side}: sidecar must be a JSON object")
    unknown = sorted(set(data) - set(META_FIELDS))
    if unknown:
        raise ArticleError(f"{side}: unknown sidecar keys {unknown} (allowed: {', '.join(META_FIELDS)})")
    return data


def _expand(paths: list[str]) -> Iterator[Path | Skip]:
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield Skip(p, "no such file or folder")
        elif path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith(".meta.json"):
                        continue
                    if name.lower().endswith(SUFFIXES):
                        found = True
                        yield Path(root) / name
            if not found:
                yield Skip(p, f"folder holds no articles ({', '.join(SUFFIXES)} files)")
        elif path.name.endswith(".meta.json"):
            continue
        else:
            yield path


def read_documents(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES,
                   encoding: str | None = None) -> Iterator[RawDocument | Skip]:
    """Every document under ``paths``, in a stable order, or a Skip for what cannot be read."""
    for item in _expand(paths):
        if isinstance(item, Skip):
            yield item
            continue
        ref = str(item)
        try:
            size = item.stat().st_size
            if size > max_bytes:
                raise ArticleError(f"{ref}: {size / 1e6:.1f} MB is larger than the limit of "
                                   f"{max_bytes / 1e6:.0f} MB (--max-size)")
            data = item.read_bytes()
            if item.suffix.lower() == ".jsonl":
                yield from _jsonl(ref, data, encoding)
                continue
            if item.suffix.lower() != ".txt":
                raise ArticleError(f"{ref}: unsupported file type {item.suffix or '(none)'!r} "
                                   f"(supported: {', '.join(SUFFIXES)})")
            text, enc = decode(data, ref, encoding)
            meta = _sidecar(item)
            yield RawDocument(ref, text, "file", enc, meta, "sidecar" if meta else "", ref)
        except ArticleError as exc:
            yield Skip(ref, str(exc))
        except OSError as exc:
            yield Skip(ref, f"{ref}: cannot read: {exc.strerror or exc}")


def _jsonl(ref: str, data: bytes, encoding: str | None) -> Iterator[RawDocument | Skip]:
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
        body = rec.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skip(where, f"{where}: record has no \"text\"")
            continue
        rid = rec.get("id")
        rid = str(rid) if rid is not None and str(rid).strip() else where
        meta = {k: rec[k] for k in META_FIELDS if rec.get(k) not in (None, "")}
        yield RawDocument(rid, body, "record", "utf-8", meta, "record" if meta else "", ref)
    if not any_line:
        raise ArticleError(f"{ref}: empty file")
