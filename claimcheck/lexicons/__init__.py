"""Lexicons are data: TOML files in this folder, loaded into frozen entries and validated.

:func:`load_lexicons` reads and validates every file once into one frozen :class:`Lexicons`,
which the caller (the library call layer, a benchmark, a test) passes down to the parsers and
cross-referencing functions; each compiles what it needs from it (:meth:`Lexicons.derive`).
There is no process-wide copy of lexicon data, so a test with its own lexicons builds its own
object and clears nothing.  The schemas of all files are in :mod:`claimcheck.lexicons.schemas`.

Each file has a ``[meta]`` table (``description``) and a list of ``[[entry]]`` tables. Every
entry may carry ``examples`` and ``counterexamples`` (sentences the entry must / must not fire
on); one parametrised test runs them all.

Users extend a lexicon without touching code: put a file with the same name in a folder named by
``CLAIMCHECK_LEXICONS`` (several folders separated by ``os.pathsep``); its entries are added to
the shipped ones.  An unknown key, a missing field, a value of the wrong type or an empty
pattern raises :class:`claimcheck.errors.LexiconError` naming the file and the entry.

Attribution in languages other than English reads one file per language, ``lang/<code>.toml``
(ISO 639-1 code, schema :data:`claimcheck.lexicons.schemas.LANG`), named ``lang/<code>`` in
:class:`Lexicons`; a user adds a language by putting ``lang/<code>.toml`` in a user folder.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from claimcheck.errors import LexiconError
from claimcheck.lexicons.schemas import COMMON, LANG_PREFIX, SCHEMAS, Schema, schema_of

HERE = Path(__file__).parent

COMMON_FIELDS = COMMON  # kept for callers of the old name


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: its fields, where it came from, and its example sentences."""

    file: str
    index: int
    fields: tuple[tuple[str, Any], ...]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]

    def get(self, key: str, default: Any = None) -> Any:
        for k, v in self.fields:
            if k == key:
                return v
        return default

    def __getitem__(self, key: str) -> Any:
        for k, v in self.fields:
            if k == key:
                return v
        raise KeyError(key)

    @property
    def label(self) -> str:
        name = self.get("id") or self.get("name") or self.get("pattern") or self.get("lemma")
        return f"{self.file}: entry {self.index + 1}" + (f" ({name!r})" if name else "")


def user_folders() -> tuple[Path, ...]:
    """The folders named by ``CLAIMCHECK_LEXICONS`` (separated by ``os.pathsep``), in order."""
    return tuple(Path(f) for f in os.environ.get("CLAIMCHECK_LEXICONS", "").split(os.pathsep) if f)


def lexicon_paths(name: str, folders: Iterable[Path] | None = None) -> list[Path]:
    """The shipped file and any user files of the same name in ``folders`` (by default those of
    ``CLAIMCHECK_LEXICONS``), in load order."""
    paths = [HERE / f"{name}.toml"]
    for folder in user_folders() if folders is None else folders:
        p = Path(folder) / f"{name}.toml"
        if p.is_file():
            paths.append(p)
    return paths


def _check(path: Path, i: int, raw: dict[str, Any], schema: Schema) -> Entry:
    full = {**COMMON, **schema}
    where = f"{path.name}: entry {i + 1}"
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: not a table")
    ident = raw.get("id") or raw.get("pattern") or raw.get("lemma") or raw.get("name")
    if ident:
        where += f" ({ident!r})"
    for key in raw:
        if key not in full:
            raise LexiconError(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(full))})")
    for key, (typ, required) in full.items():
        if key not in raw:
            if required:
                raise LexiconError(f"{where}: missing {key!r}")
            continue
        val = raw[key]
        if not isinstance(val, typ):
            tname = typ.__name__ if isinstance(typ, type) else "/".join(t.__name__ for t in typ)
            raise LexiconError(f"{where}: {key!r} should be {tname}, got {val!r}")
        if isinstance(val, str) and not val.strip() and key not in ("note", "replace"):  # a rewrite may delete
            raise LexiconError(f"{where}: {key!r} is empty")
        if isinstance(val, list) and key in ("examples", "counterexamples"):
            if not all(isinstance(x, str) and x.strip() for x in val):
                raise LexiconError(f"{where}: {key!r} must be a list of non-empty strings")
        if key in ("pattern", "regex") and isinstance(val, str):
            try:
                re.compile(val)
            except re.error as exc:
                raise LexiconError(f"{where}: bad regular expression {val!r}: {exc}") from None
    fields = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in raw.items()
                   if k not in ("examples", "counterexamples"))
    return Entry(path.name, i, fields, tuple(raw.get("examples", ())), tuple(raw.get("counterexamples", ())))


def load_entries(name: str, schema: Schema | None = None,
                 folders: Iterable[Path] | None = None) -> tuple[Entry, ...]:
    """Load and validate ``name.toml`` (+ user extensions) against its schema.

    ``schema`` maps a field name to ``(type or tuple of types, required)``; by default the one
    of :data:`claimcheck.lexicons.schemas.SCHEMAS`.  Raises :class:`LexiconError` (naming the
    file and the entry) on a missing or malformed file or entry, or a name without a schema.
    ``folders``: the user folders (by default those of ``CLAIMCHECK_LEXICONS``).
    """
    if schema is None:
        schema = schema_of(name)
        if schema is None:
            raise LexiconError(f"{name}.toml: no schema for this lexicon (known: {', '.join(sorted(SCHEMAS))})")
    out: list[Entry] = []
    paths = lexicon_paths(name, folders)
    if name.startswith(LANG_PREFIX) and not paths[0].is_file():
        paths = paths[1:]  # a language only a user folder has
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise LexiconError(f"{path}: lexicon file not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{path}: not valid TOML: {exc}") from None
        for key in data:
            if key not in ("meta", "entry"):
                raise LexiconError(f"{path.name}: unknown top-level key {key!r} (use [meta] and [[entry]])")
        entries = data.get("entry", [])
        if not isinstance(entries, list):
            raise LexiconError(f"{path.name}: 'entry' must be an array of tables ([[entry]])")
        out.extend(_check(path, i, raw, schema) for i, raw in enumerate(entries))
    return tuple(out)


def load_meta(name: str) -> dict[str, Any]:
    """The ``[meta]`` table of the shipped ``name.toml``."""
    data = tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))
    return dict(data.get("meta", {}))


T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Lexicons:
    """Every lexicon, validated: built once by :func:`load_lexicons` (the CLI, the library
    call layer, a benchmark or a test) and passed down to the parsers and cross-referencing
    functions that use it.  There is no process-wide copy: two objects built from different
    folders never share anything.

    ``entries`` maps a lexicon name (the file stem) to its entries, shipped first, then those
    of the user folders.  The compiled forms (tries, regexes, word sets, the gazetteer) are
    built from it on first use by the module that owns each one (:meth:`derive`) and kept in
    this object for its lifetime."""

    entries: Mapping[str, tuple[Entry, ...]]
    folders: tuple[Path, ...]
    digest: str  # sha256 prefix of every file read (shipped and user), in load order
    _derived: dict[Callable[[Lexicons], Any], Any] = field(default_factory=dict, init=False, repr=False)

    def __getitem__(self, name: str) -> tuple[Entry, ...]:
        """The entries of lexicon ``name``; KeyError for an unknown name."""
        return self.entries[name]

    def languages(self) -> tuple[str, ...]:
        """ISO 639-1 codes of the languages with an attribution lexicon of their own
        (``lang/<code>.toml``, shipped or in a user folder), sorted.  English has none: its
        lexicons are the top-level files."""
        return tuple(sorted(n[len(LANG_PREFIX):] for n in self.entries if n.startswith(LANG_PREFIX)))

    def derive(self, build: Callable[[Lexicons], T]) -> T:
        """``build(self)``, computed once per object (``build`` is a module-level compiler such
        as :func:`claimcheck.parse.patterns.build_cue_lexicon`).  Raises what ``build`` raises,
        :class:`LexiconError` on a lexicon whose values make no sense."""
        try:
            return self._derived[build]
        except KeyError:
            value = self._derived[build] = build(self)
            return value


def or_default(lexicons: Lexicons | None) -> Lexicons:
    """``lexicons``, or when None a new :func:`load_lexicons` (the files read now, and their
    compiled forms built again on first use: pass one object down instead in a loop)."""
    return lexicons if lexicons is not None else load_lexicons()


def language_names(folders: Iterable[Path]) -> list[str]:
    """Lexicon names (``lang/<code>``) of the per-language files, shipped (``lang/*.toml`` here)
    or in ``folders`` (their ``lang/`` subfolder), sorted by code."""
    codes = {p.stem for p in (HERE / "lang").glob("*.toml")}
    for folder in folders:
        codes |= {p.stem for p in (Path(folder) / "lang").glob("*.toml")}
    return [LANG_PREFIX + c for c in sorted(codes)]


def load_lexicons(extra_dirs: Iterable[Path | str] | None = None) -> Lexicons:
    """Load and validate every lexicon: the shipped files plus the same-named files found in
    ``extra_dirs`` (by default the folders of ``CLAIMCHECK_LEXICONS``).  Raises
    :class:`LexiconError` naming the file and the entry on the first malformed one."""
    import hashlib

    folders = user_folders() if extra_dirs is None else tuple(Path(d) for d in extra_dirs)
    names = sorted(SCHEMAS) + language_names(folders)
    h = hashlib.sha256()
    for name in names:
        for path in lexicon_paths(name, folders):
            if path.is_file():
                h.update(name.encode() if name.startswith(LANG_PREFIX) else path.name.encode())
                h.update(path.read_bytes())
    from claimcheck.lexicons import cache

    cache_key = cache.key(h.hexdigest())
    cached = cache.read(cache_key)
    entries = _from_cache(cached, names) if cached is not None else None
    if entries is None:  # validated from the files, then kept for the next process
        entries = {name: load_entries(name, schema_of(name), folders) for name in names}
        cache.write(cache_key, _to_cache(entries))
    return Lexicons(MappingProxyType(entries), folders, h.hexdigest()[:10])


def _to_cache(entries: Mapping[str, tuple[Entry, ...]]) -> dict[str, list[dict[str, Any]]]:
    return {name: [{"file": e.file, "index": e.index, "fields": [[k, v] for k, v in e.fields],
                    "examples": list(e.examples), "counterexamples": list(e.counterexamples)} for e in es]
            for name, es in entries.items()}


def _from_cache(data: dict[str, Any], names: list[str]) -> dict[str, tuple[Entry, ...]] | None:
    """Entries as :func:`load_entries` builds them (a list value of a field is a tuple), or None
    when the cached data does not hold exactly ``names``."""
    if sorted(k for k in data if k != "key") != sorted(names):
        return None
    try:
        return {name: tuple(Entry(e["file"], e["index"],
                                  tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in e["fields"]),
                                  tuple(e["examples"]), tuple(e["counterexamples"])) for e in data[name])
                for name in names}
    except (KeyError, TypeError, ValueError):
        return None
