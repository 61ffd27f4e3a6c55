"""Command results written out in the format asked for: the format dispatch, truncation notes and
skip counting of ``extract``, ``stance``, ``report`` and ``review --list``.

Each ``write_*`` function takes the streams to write to (the CLI passes ``sys.stdout`` and
``sys.stderr``) and streams where the input streams: a line of JSONL goes out as soon as its
article is parsed, and a skipped input is named on ``err`` when it is met.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the CLI reads TABLE_LIMIT for its help text: this module stays light to import
    from claimcheck.model import ReportPage, ReportRow

TABLE_LIMIT = 200  # rows of the report table by default: more is for scripts and exports


def _skip(err: TextIO, item: Any) -> None:
    """``claimcheck: skipped PATH: reason``: the input named even when the reason does not."""
    ref = str(getattr(item, "ref", "") or "")
    reason = item.reason if not ref or ref in item.reason else f"{ref}: {item.reason}"
    err.write(f"claimcheck: skipped {reason}\n")


def write_extractions(items: Iterable[Any], fmt: str, out: TextIO, err: TextIO) -> int:
    """Write parse results as ``jsonl`` (one object a line, as they come), ``json`` (one list at
    the end) or ``table`` (a rich table per article); an item that is not an
    :class:`~claimcheck.model.Extraction` (a ``Skip``, with ``.reason``) is named on ``err``.
    Returns the number of skipped inputs."""
    from claimcheck.model import Extraction
    from claimcheck.report.extraction import extraction_table, extraction_to_json
    from claimcheck.report.theme import make_console

    skipped = 0
    docs = []
    unread: dict[str, int] = {}  # languages without attribution lexicons -> articles
    console = make_console(file=out) if fmt == "table" else None
    for item in items:
        if isinstance(item, Extraction) and any(NO_LEXICONS in w for w in item.warnings):
            lang = item.meta.value("language") or "und"
            unread[lang] = unread.get(lang, 0) + 1
        if isinstance(item, Extraction):
            for w in item.warnings:  # a record's bad metadata value, ignored: one line naming the record
                if w.startswith(WARNING):
                    err.write(f"claimcheck: warning: {item.id}: {w[len(WARNING):]}\n")
        if not isinstance(item, Extraction):
            if getattr(item, "note", False):  # a web archive's request record, say: no error
                err.write(f"claimcheck: note: {item.reason}\n")
                continue
            skipped += 1
            _skip(err, item)
        elif fmt == "jsonl":
            out.write(json.dumps(extraction_to_json(item), ensure_ascii=False) + "\n")
        elif fmt == "json":
            docs.append(extraction_to_json(item))
        else:
            console.print(extraction_table(item))  # type: ignore[union-attr]
    if fmt == "json":
        out.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    if unread:
        err.write(language_warning(unread) + "\n")
    return skipped


NO_LEXICONS = "has no attribution lexicons"  # in an article's warning (claimcheck.ingest.pipeline)
WARNING = "warning: "  # an article's warning printed on stderr (claimcheck.ingest.pipeline.WARNING)


def language_warning(langs: dict[str, int]) -> str:
    """The one warning line of a batch for the languages without attribution lexicons
    (``langs``: code -> number of articles)."""
    which = ", ".join(f"{lang} ({n} article{'s' if n > 1 else ''})" for lang, n in sorted(langs.items()))
    return f"warning: no attribution lexicons for {which}: no attributions were read in them"


def write_stances(rows: Iterable[Any], fmt: str, out: TextIO, err: TextIO) -> int:
    """Write stance judgements (``{"id", "label", ...}`` dicts) as ``jsonl`` or as ``table``
    (``id<TAB>label`` lines, each flushed); a ``Skip`` is named on ``err``. Returns the number
    of skipped lines or files."""
    skipped = 0
    for row in rows:
        if not isinstance(row, dict):
            skipped += 1
            _skip(err, row)
        elif fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            out.write(f"{row['id']}\t{row['label']}\n")
            out.flush()
    return skipped


def report_limit(fmt: str, limit: int | None) -> int:
    """The number of report rows to show: ``limit`` when given (0: all), else
    :data:`TABLE_LIMIT` for the table and all rows for the formats meant for scripts."""
    if limit is not None:
        return limit
    return TABLE_LIMIT if fmt == "table" else 0


def write_report(page: ReportPage, fmt: str, out: TextIO, err: TextIO, show_all: bool = False,
                 by_story: bool = False) -> None:
    """Write a page of the report as ``table`` (the digest, the table and the counts again;
    one-mention unattributed rows folded unless ``show_all``), ``json``, ``jsonl``, ``csv`` or
    ``markdown``; when rows were left out, say so on ``err`` first.  ``by_story`` (table and
    markdown): one heading and table per story, its clusters together."""
    if page.more:
        err.write(f"claimcheck: showing the first {page.limit} clusters; --limit 0 shows all, "
                  "--format json|csv gives all to scripts\n")
    if by_story and fmt in ("table", "markdown"):
        write_stories(page.rows, fmt, out)
        return
    if fmt == "table":
        from claimcheck.report.digest import report_screen
        from claimcheck.report.theme import make_console

        make_console(file=out).print(report_screen(page.rows, page.more, show_all, page.totals))
        return
    write_rows(page.rows, fmt, out)


def write_rows(rows: Sequence[ReportRow], fmt: str, out: TextIO) -> None:
    """Report rows (``report``, ``review --list``) as ``table``, ``json``, ``jsonl``, ``csv`` or
    ``markdown``."""
    from claimcheck.report import render

    if fmt == "json":
        out.writelines(render.report_json_chunks(rows))
    elif fmt == "jsonl":
        out.writelines(render.report_jsonl_lines(rows))
    elif fmt == "csv":
        out.write(render.report_csv(rows))
    elif fmt == "markdown":
        out.write(render.report_markdown(rows))
    else:
        from claimcheck.report.theme import make_console

        make_console(file=out).print(render.report_table(rows))


def story_groups(rows: Sequence[ReportRow]) -> list[list[ReportRow]]:
    """Consecutive rows of one story (``rows`` as :func:`claimcheck.api.report_page` regroups
    them with ``by_story``), each group in its order."""
    groups: list[list[ReportRow]] = []
    for r in rows:
        if groups and groups[-1][0].story == r.story and r.story is not None:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def story_heading(group: Sequence[ReportRow]) -> str:
    """"story s1a2b3c4 · 3 clusters · Sylvania, Freedonia · arming": the story's short id, its
    size, the actors its clusters name most (at most four) and their action classes."""
    from collections import Counter

    actors = Counter(a for r in group for a in r.actors)
    names = [a for a, _ in sorted(actors.items(), key=lambda x: (-x[1], x[0]))[:4]]
    actions = sorted({r.action for r in group if r.action})
    parts = [f"story {(group[0].story or '')[:9]}", f"{len(group)} cluster{'s' if len(group) != 1 else ''}"]
    if names:
        parts.append(", ".join(names))
    if actions:
        parts.append(", ".join(actions))
    return " · ".join(parts)


def write_stories(rows: Sequence[ReportRow], fmt: str, out: TextIO) -> None:
    """``report --by-story`` as ``table`` or ``markdown``: per story, a heading
    (:func:`story_heading`) and the table of its clusters."""
    from claimcheck.report import render

    groups = story_groups(rows)
    if fmt == "markdown":
        out.write("\n".join(f"### {story_heading(g)}\n\n{render.report_markdown(g)}" for g in groups))
        return
    from claimcheck.report.theme import make_console

    console = make_console(file=out)
    for g in groups:
        console.print(story_heading(g), style="bold", markup=False, highlight=False)
        console.print(render.report_table(g))


STREAMED_FORMATS = ("json", "jsonl", "csv")  # report formats written row by row as rows are read


def write_rows_stream(rows: Iterable[ReportRow], fmt: str, out: TextIO) -> None:
    """Report rows from an iterator (``api.report_stream``) as ``json``, ``jsonl`` or ``csv``,
    each written as it comes: the same bytes as :func:`write_rows` over the same rows, without
    the whole document in memory.  Nothing is written before the first row is read, so an error
    raised by the iterator's first step (a missing database) leaves ``out`` empty."""
    from claimcheck.report import render

    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode  # plain trees: no cycles
    it = iter(rows)
    first = next(it, None)
    if fmt == "csv":
        w = render.csv_writer(out, lineterminator="\n")  # formula cells neutralised, as report_csv
        w.writerow(render.CSV_FIELDS)
        if first is not None:
            w.writerow(render._flat_report(first))  # noqa: SLF001 - the one definition of a CSV line
            for r in it:
                w.writerow(render._flat_report(r))  # noqa: SLF001
        return
    if first is None:
        out.write("[]\n" if fmt == "json" else "")
        return
    if fmt == "jsonl":
        out.write(encode(first.to_json()) + "\n")
        out.writelines(encode(r.to_json()) + "\n" for r in it)
        return
    out.write("[\n" + encode(first.to_json()))
    out.writelines(",\n" + encode(r.to_json()) for r in it)
    out.write("\n]\n")
