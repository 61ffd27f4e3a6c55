"""The per-article function and the pool of processes that runs it.

:func:`parse_document` is everything ingest does to one article before the database: plain data
in (a :class:`RawDocument`: the decoded text and its metadata), plain data out (an
:class:`Extraction`, or a :class:`Skip` for an article that cannot be read), no shared state but
the lexicons, every value picklable.  So it can run anywhere: in this process, in the worker
processes of :class:`Parser`, or under a distributed engine (``benchmarks/distributed.py`` runs
it through a Dask bag; :func:`parse_bytes` takes the undecoded bytes).  Whatever runs it, one
writer stores the results in order (``store.bulk.write_batch``): SQLite allows one writer, and
the order keeps versions and duplicates the same as a one-process ingest.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
from collections.abc import Sequence
from typing import Any

from claimcheck.errors import ArticleError, ClaimcheckError
from claimcheck.ingest.readers import RawDocument, Skip
from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import Extraction

# below this many articles to parse in a batch, a pool costs more (start-up, pickling) than it saves
POOL_MIN_DOCS = 16


def parse_document(doc: RawDocument, overrides: dict[str, Any] | None, lexicons: Lexicons) -> Extraction | Skip:
    """One document through the front-end (``pipeline.build``): structure, metadata, sentences,
    attributions, claims.  A user-facing error (a bad metadata value) gives a :class:`Skip`
    with the reason (the ingest reports it and goes on) instead of raising."""
    from claimcheck.ingest.pipeline import build

    try:
        return build(doc, overrides, lexicons=lexicons)
    except ClaimcheckError as exc:  # a bad metadata value, say: this article only
        return Skip(doc.id, str(exc))


def parse_bytes(doc_id: str, data: bytes, metadata: dict[str, Any] | None = None,
                lexicons: Lexicons | None = None) -> Extraction | Skip:
    """:func:`parse_document` from the bytes of a plain-text article (encoding detected as
    ``ingest`` does) and its metadata (``title``, ``outlet``, ``published``, ``url``,
    ``byline``, ``language``), for a distributed engine's map.  ``lexicons`` default to the
    built-in ones (loaded once per process)."""
    from claimcheck.ingest.decode import decode

    try:
        text, encoding = decode(data, doc_id)
    except ArticleError as exc:
        return Skip(doc_id, str(exc))
    meta = {k: v for k, v in (metadata or {}).items() if v not in (None, "")}
    doc = RawDocument(doc_id, text, "record", encoding, meta, "record" if meta else "", doc_id)
    return parse_document(doc, None, lexicons if lexicons is not None else _default_lexicons())


_DEFAULT: list[Lexicons] = []


def _default_lexicons() -> Lexicons:
    if not _DEFAULT:
        _DEFAULT.append(load_lexicons())
    return _DEFAULT[0]


# a worker process's lexicons and overrides, set once by the pool's initializer
_WORKER: dict[str, Any] = {}


def _init_worker(lexicons: Lexicons, overrides: dict[str, Any] | None) -> None:
    import signal
    import sys

    _WORKER["lexicons"], _WORKER["overrides"] = lexicons, overrides
    # a worker reports through its results only: an interrupted or killed ingest must not print
    # the workers' tracebacks (Ctrl-C is the parent's to handle; it stops the pool)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the worker
    _exit_with_parent()


def _exit_with_parent() -> None:
    """A worker whose ingest was killed (SIGKILL: no chance to stop its pool) would wait for
    work forever: a thread ends the worker within a second of its parent's death."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="claimcheck-parent-watch", daemon=True).start()


def _parse_in_worker(doc: RawDocument) -> bytes:
    return pack(parse_document(doc, _WORKER["overrides"], _WORKER["lexicons"]))


class _ModelPickler(pickle.Pickler):
    """Pickles the model's frozen dataclasses as their class and field values, rebuilt by the
    class itself: a third of the time of the default path (which asks ``dataclasses.fields``
    for every object and sets each field again by ``object.__setattr__``), the same objects."""

    def reducer_override(self, obj: object) -> Any:
        get = _MODEL_FIELDS.get(type(obj))
        if get is None:
            return NotImplemented
        values = get(obj)
        return type(obj), values if isinstance(values, tuple) and _MODEL_ARITY[type(obj)] > 1 else (values,)


def _model_fields() -> tuple[dict[type, Any], dict[type, int]]:
    import dataclasses
    from operator import attrgetter

    from claimcheck import model

    getters, arity = {}, {}
    for cls in vars(model).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__:
            fields = dataclasses.fields(cls)
            if fields and all(f.init and not f.kw_only for f in fields):  # rebuilt by position
                getters[cls], arity[cls] = attrgetter(*(f.name for f in fields)), len(fields)
    return getters, arity


_MODEL_FIELDS, _MODEL_ARITY = _model_fields()


def pack(result: Extraction | Skip) -> bytes:
    """``result`` as bytes for another process (:func:`unpack` gives it back, equal)."""
    out = io.BytesIO()
    _ModelPickler(out, pickle.HIGHEST_PROTOCOL).dump(result)
    return out.getvalue()


def unpack(data: bytes) -> Extraction | Skip:
    """The result :func:`pack` packed."""
    return pickle.loads(data)  # noqa: S301 - bytes from our own worker processes


def default_workers() -> int:
    """The number of cores this process may run on (``--workers`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class Pending:
    """The results of one :meth:`Parser.submit`, in input order (:meth:`get` waits)."""

    def __init__(self, compute: Any) -> None:
        self._compute = compute

    def get(self) -> list[Extraction | Skip]:
        return self._compute()


# a small made-up article that calls on every parser: see warm_up
_WARM_TEXT = ("Talks fail in the capital\n\nBy Ann Other\n\nMarch 3, 2021\n\n"
              "The minister said on Monday that the talks had failed. \"We will not sign it,\" an official "
              "told reporters, speaking on condition of anonymity. The government denied the report.\n")


def warm_up(lexicons: Lexicons, overrides: dict[str, Any] | None = None) -> None:
    """Parse a small made-up article here, once, before a pool of workers is forked: the rules
    the parsers compile on first use (regular expressions, lexicon look-ups, the date parser;
    about 0.3 CPU-s) are then built once and inherited by every worker instead of built in each.
    Nothing it computes changes what any later article gives (every parser is a function of its
    text and the lexicons)."""
    parse_document(RawDocument("warm-up", _WARM_TEXT, "record", "utf-8", {}, "", "warm-up"), overrides, lexicons)


class Aside:
    """``fn(*args)`` run in a forked process while this one goes on (:meth:`get` waits for its
    result).  The arguments are inherited by the fork, not pickled; only the result comes back
    pickled.  Where there is no fork, or the process cannot be started or fails, :meth:`get`
    runs ``fn`` here: the result is the same, only later.  :meth:`cancel` stops the process
    (call it in a ``finally``: an interrupted caller leaves nothing running)."""

    def __init__(self, fn: Any, *args: Any) -> None:
        self._fn, self._args, self._proc, self._recv = fn, args, None, None
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        ctx = multiprocessing.get_context("fork")
        try:
            self._recv, send = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(target=_aside_child, args=(send, fn, args), daemon=True,
                                     name="claimcheck-aside")
            self._proc.start()
            send.close()
        except OSError:  # no process to be had (limits): done here, in get()
            self.cancel()

    def get(self) -> Any:
        ok, value = False, None
        if self._recv is not None:
            try:
                ok, value = self._recv.recv()
            except (EOFError, OSError):  # the process died: done here
                ok = False
        self.cancel()
        return value if ok else self._fn(*self._args)

    def cancel(self) -> None:
        if self._recv is not None:
            self._recv.close()
            self._recv = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc.join()
            self._proc = None


def _aside_child(send: Any, fn: Any, args: tuple) -> None:
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's, as in the pool's workers
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the process
    try:
        result = (True, fn(*args))
    except BaseException:  # noqa: BLE001 - the parent computes it again and raises there
        result = (False, None)
    try:
        send.send(result)
    except (OSError, ValueError):  # the parent is gone or gave up
        pass


class Parser:
    """Runs :func:`parse_document` over batches of documents, in this process (``workers=1``,
    or a batch smaller than :data:`POOL_MIN_DOCS`) or in ``workers`` processes started on the
    first large batch.  Results come back in input order.  Use it in a ``with`` block (the pool
    is closed at the end).  Raises ValueError for ``workers < 1``."""

    def __init__(self, workers: int, lexicons: Lexicons, overrides: dict[str, Any] | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers, self.lexicons, self.overrides = workers, lexicons, overrides
        self._pool: Any = None

    def submit(self, docs: Sequence[RawDocument]) -> Pending:
        """Start parsing ``docs``; the pool works while the caller writes the previous batch."""
        docs = list(docs)
        if self.workers == 1 or len(docs) < POOL_MIN_DOCS:
            return Pending(lambda: [parse_document(d, self.overrides, self.lexicons) for d in docs])
        if self._pool is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            if method == "fork":
                warm_up(self.lexicons, self.overrides)
            self._pool = multiprocessing.get_context(method).Pool(
                self.workers, initializer=_init_worker, initargs=(self.lexicons, self.overrides))
        chunk = max(1, len(docs) // (self.workers * 4))
        result = self._pool.map_async(_parse_in_worker, docs, chunksize=chunk)
        return Pending(lambda: [unpack(b) for b in result.get()])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc and exc[0] is not None and self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        self.close()
