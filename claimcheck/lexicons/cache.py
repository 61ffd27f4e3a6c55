"""A cache of validated lexicon entries, so a one-shot command (``check``) does not parse and
validate every TOML file again: about 0.04 s of its start-up.

The key is a digest of every lexicon file read (name and bytes, shipped and user), of the code
that validates them (this package's ``__init__.py`` and ``schemas.py``) and of the Python
version; an entry is JSON (never pickle: nothing in a cache file is executed), written to a
temporary file and renamed into place.  The folder is ``$CLAIMCHECK_CACHE``, else
``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``; ``CLAIMCHECK_CACHE=off`` turns the
cache off.  Any failure to read or write (a read-only home, a damaged file) is ignored: the
lexicons are then loaded from their files, as without a cache.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
OFF = "off"


def folder() -> Path | None:
    """Where cache files go, or None when the cache is off."""
    value = os.environ.get("CLAIMCHECK_CACHE")
    if value == OFF:
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimcheck"


def key(files_digest: str) -> str:
    """The cache key of lexicons whose files hash to ``files_digest`` (a sha256 hex digest)."""
    import hashlib

    h = hashlib.sha256(files_digest.encode())
    for name in ("__init__.py", "schemas.py", "cache.py"):
        h.update((HERE / name).read_bytes())
    h.update(sys.version.encode())
    return h.hexdigest()[:32]


def read(cache_key: str) -> dict[str, list[dict[str, Any]]] | None:
    """The entries stored under ``cache_key`` (lexicon name → entries as dicts), or None."""
    where = folder()
    if where is None:
        return None
    try:
        data = json.loads((where / f"lexicons-{cache_key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("key") == cache_key else None


def write(cache_key: str, entries: dict[str, list[dict[str, Any]]]) -> None:
    """Store ``entries`` under ``cache_key`` (atomically; silently not when it cannot)."""
    where = folder()
    if where is None:
        return
    try:
        text = json.dumps({**entries, "key": cache_key}, ensure_ascii=False)
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".lexicons-", suffix=".tmp", dir=where)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, where / f"lexicons-{cache_key}.json")
    except (OSError, TypeError, ValueError):
        try:
            os.unlink(tmp)  # noqa: F821 - defined when mkstemp succeeded
        except (OSError, NameError):
            pass
