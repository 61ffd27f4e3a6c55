"""Renderables and text formats for report, show, sources, check and actors.

Tables are rich renderables styled by meaning (``report/theme.py``); JSON, CSV and Markdown are
plain strings, deterministic for the same data.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from claimcheck.model import ReportRow
from claimcheck.xref.grade import CREDIBILITY
from claimcheck.report.safe import csv_writer
from claimcheck.report.sides import KIND_LEGEND, kind_word, side_name, side_parts

KIND_ABBR = (("named", "N"), ("anonymous", "A"), ("sources_said", "S"), ("unattributed", "U"))


def kinds_mix(kinds: dict[str, int]) -> str:
    return " ".join(f"{abbr}{kinds[k]}" for k, abbr in KIND_ABBR if kinds.get(k))


def _plain(value: Any) -> Any:
    """JSON for what the encoder does not know: a model value by its ``to_json()``, else text."""
    to_json = getattr(value, "to_json", None)
    return to_json() if callable(to_json) else str(value)


def to_json(data: Any) -> str:
    """Indented JSON; a list is written one compact item a line (the C encoder: fast on
    100,000 rows, and still one record per line for people and for grep). Model values
    (``ReportRow`` …) are written as their ``to_json()``."""
    if isinstance(data, list):
        if not data:
            return "[]\n"
        items = ",\n".join(json.dumps(x, ensure_ascii=False, default=_plain) for x in data)
        return f"[\n{items}\n]\n"
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n"


def report_json(rows: Sequence[ReportRow]) -> str:
    """``report --format json``: a JSON list, one row a line, in :meth:`ReportRow.to_json` shape."""
    return "".join(report_json_chunks(rows))


def report_json_chunks(rows: Sequence[ReportRow], size: int = 1000) -> Iterator[str]:
    """:func:`report_json` in pieces of ``size`` rows, to be written as they are made (100,000
    rows are not joined into one string first)."""
    if not rows:
        yield "[]\n"
        return
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode  # plain trees: no cycles
    for k in range(0, len(rows), size):
        yield ("[\n" if k == 0 else ",\n") + ",\n".join(encode(r.to_json()) for r in rows[k:k + size])
    yield "\n]\n"


def report_jsonl_lines(rows: Sequence[ReportRow]) -> Iterator[str]:
    """``--format jsonl``: one compact JSON object per row, one a line."""
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    for r in rows:
        yield encode(r.to_json()) + "\n"


CSV_FIELDS = ("cluster", "story", "status", "credibility", "claim", "independent_origins", "articles", "mentions", "named",
              "anonymous", "sources_said", "unattributed", "denials", "non_answers", "sources", "actors",
              "first_seen", "last_seen", "verdict", "reasons", "article_ingest_ids", "article_titles",
              "article_outlets", "article_urls", "article_dates")


def _flat_report(r: ReportRow) -> tuple[Any, ...]:
    """A report row as the values of :data:`CSV_FIELDS`."""
    kinds = r.source_kinds
    return (r.cluster, r.story or "", r.status, r.credibility, r.claim, r.independent_origins, r.articles, r.mentions,
            kinds.get("named", 0), kinds.get("anonymous", 0), kinds.get("sources_said", 0),
            kinds.get("unattributed", 0), r.denials, r.non_answers,
            "; ".join(f"{n} ({k}, {st})" for n, k, st in r.sources), "; ".join(r.actors),
            r.first_seen.isoformat() if r.first_seen else "", r.last_seen.isoformat() if r.last_seen else "",
            (r.verdict or {}).get("verdict", ""), " | ".join(r.reasons),
            *("; ".join(str(a.get(k) or "") for a in r.article_refs or ())
              for k in ("ingest_id", "title", "outlet", "url", "published")))


def report_csv(rows: Sequence[ReportRow]) -> str:
    """``report --format csv``: a header and one flat line per cluster (lists joined by ``; ``;
    the article columns list each article in the same order, when the rows carry them)."""
    buf = io.StringIO()
    w = csv_writer(buf, lineterminator="\n")  # formula cells neutralised
    w.writerow(CSV_FIELDS)
    w.writerows(_flat_report(r) for r in rows)
    return buf.getvalue()


def _md(s: str) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def report_markdown(rows: Sequence[ReportRow]) -> str:
    """``report --format markdown``: a pipe table, one row per cluster."""
    out = ["| cluster | status | cred. | origins / articles | sources (N/A/S/U) | denials | non-answers | claim |",
           "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        v = f" — reviewed: {r.verdict['verdict']}" if r.verdict else ""
        out.append(f"| {r.cluster[:8]} | {r.status}{v} | {r.credibility} | {r.independent_origins} / "
                   f"{r.articles} | {kinds_mix(r.source_kinds)} | {r.denials} | {r.non_answers} | "
                   f"{_md(r.claim)} |")
    return "\n".join(out) + "\n"


ID_LEN = 8  # ids in tables and trees; `show` accepts any unique prefix


def short_id(uid: str | None) -> str:
    return (uid or "")[:ID_LEN]


def doc_label(doc: str | None) -> str:
    """A document path as the reader knows it: as given when relative, relative to the working
    directory when under it, else its file name (no absolute temporary paths in output)."""
    import os

    if not doc:
        return "?"
    if "://" in doc or not os.path.isabs(doc):
        return doc
    try:
        rel = os.path.relpath(doc)
    except ValueError:  # another drive on Windows
        return os.path.basename(doc)
    return os.path.basename(doc) if rel.startswith("..") else rel


def clip(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


CLAIM_CHARS = 160  # a table row shows at most this much of a claim; `show` and JSON have it all

REPORT_LEGEND = (
    "cred      Admiralty credibility: 1 confirmed … 5 improbable, 6 cannot judge",
    "orig/art  independent origins / articles reporting it",
    "sources   " + KIND_LEGEND,
)


def _table(**kw: Any):  # noqa: ANN202
    """A table that reads at 80 columns and without colour: a rule under the header, no side
    borders, two spaces between columns."""
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                 header_style="bold", title_justify="left", title_style="bold", **kw)


def _legend(lines: Sequence[str]):  # noqa: ANN202
    """Key lines ``"KEY   text"`` (key and text apart by two spaces or more) as a two-column grid:
    the texts aligned, a wrapped text stays under its text."""
    from rich.table import Table

    pairs = [re.split(r"\s{2,}", line.strip(), maxsplit=1) + [""] for line in lines]
    width = max(len(p[0]) for p in pairs) + 1
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, style="muted")
    grid.add_column(ratio=1, style="muted")
    for key, text, *_ in pairs:
        grid.add_row(key.ljust(width), text)
    return grid


NARROW = 80  # below this many columns the report is stacked: a head line, then the claim wrapped


def _row_meta(r: ReportRow) -> str:
    """The muted line under a claim: source kinds, denials, non-answers, dates seen."""
    meta = [kinds_mix(r.source_kinds) or "no source"]
    if r.denials:
        meta.append(_plural(r.denials, "denial"))
    if r.non_answers:
        meta.append(_plural(r.non_answers, "non-answer"))
    dates = r.first_seen.isoformat() if r.first_seen else ""
    if r.last_seen and r.last_seen != r.first_seen:
        dates += f"…{r.last_seen.isoformat()}"
    if dates:
        meta.append(dates)
    return " · ".join(meta)


def _table_title(n: int, of: int | None) -> str:
    """``Corroboration table: 45 clusters``; cut at a limit (``of``: all that match),
    ``Corroboration table: 10 shown of 72 clusters``."""
    if of is None:
        return f"Corroboration table: {_plural(n, 'cluster')}"
    return f"Corroboration table: {n} shown of {_plural(of, 'cluster')}"


def _wide_table(rows: Sequence[ReportRow], of: int | None = None):  # noqa: ANN202
    from rich.text import Text

    t = _table(title=_table_title(len(rows), of), leading=1)
    t.add_column("id", no_wrap=True, style="muted", min_width=ID_LEN)
    t.add_column("status", min_width=12, max_width=13)
    t.add_column("cred", justify="right", no_wrap=True)
    t.add_column("orig/art", justify="right", no_wrap=True)
    t.add_column("claim", ratio=1, overflow="fold", min_width=24)
    for r in rows:
        st = Text(r.status.replace("_", " "), style=f"claim.{r.status}")
        if r.verdict:
            st.append(f"\n✓ {r.verdict['verdict']}", style="verdict")
        claim = Text(clip(r.claim, CLAIM_CHARS))
        claim.append("\n" + _row_meta(r), style="muted")
        t.add_row(short_id(r.cluster), st, str(r.credibility), f"{r.independent_origins}/{r.articles}", claim)
    return t


def _stacked(rows: Sequence[ReportRow], of: int | None = None):  # noqa: ANN202
    """The table for a narrow terminal: per cluster a head line (id, status, cred, orig/art),
    then the claim and its sources, wrapped at word boundaries (no word dropped)."""
    from rich.padding import Padding
    from rich.text import Text

    out: list[Any] = [Text(_table_title(len(rows), of), style="bold")]
    for r in rows:
        head = Text()
        head.append(short_id(r.cluster), style="muted")
        head.append("  ")
        head.append(r.status.replace("_", " "), style=f"claim.{r.status}")
        if r.verdict:
            head.append(f" ✓ {r.verdict['verdict']}", style="verdict")
        head.append(f" · cred {r.credibility} · orig/art {r.independent_origins}/{r.articles}", style="muted")
        body = Text(clip(r.claim, CLAIM_CHARS))
        body.append("\n" + _row_meta(r), style="muted")
        out.extend([Text(""), head, Padding(body, (0, 0, 0, 2))])
    return out


class _ReportTable:
    """The corroboration table, laid out for the width it is printed at: columns from
    :data:`NARROW` columns up, stacked rows below."""

    def __init__(self, rows: Sequence[ReportRow], of: int | None = None) -> None:
        self.rows, self.of = rows, of

    def __rich_console__(self, console: Any, options: Any):  # noqa: ANN204
        from rich.text import Text

        if options.max_width >= NARROW:
            yield _wide_table(self.rows, self.of)
        else:
            yield from _stacked(self.rows, self.of)
        yield _legend(REPORT_LEGEND) if self.rows else Text("no clusters match", style="muted")


def report_table(rows: Sequence[ReportRow], width: int | None = None, of: int | None = None):  # noqa: ANN201
    """The corroboration table: one row per cluster; under each claim a muted line with the mix
    of source kinds, denials, non-answers and the dates seen. Columns at 80 columns and more;
    below that each cluster is a head line and its claim wrapped at word boundaries, so no word
    is lost at 60 columns; a cut claim ends in "…".  ``of``: the clusters that match when the
    rows were cut at a limit (the title then says "N shown of M")."""
    return _ReportTable(rows, of)


def _highlight(sentence: dict[str, Any], spans: list[tuple[int, int, str]]):  # noqa: ANN202
    from rich.text import Text

    base = sentence["start"]
    t = Text(" ".join(sentence["text"].split(" ")).replace("\n", " "))
    for s, e, style in spans:
        if s is not None and e is not None and base <= s < e <= base + len(sentence["text"]):
            t.stylize(style, s - base, e - base)
    return t


STANCE_STYLE = {"support": "act.confirm", "deny": "act.deny", "decline": "act.decline",
                "corroborate": "act.confirm", "contradict": "act.deny", "observe": "act.hedge",
                "admission": "act.confirm", "withdrawn": "act.hedge", "unverified": "act.hedge"}


def _article_label(a: dict[str, Any]) -> str:
    return f"{a.get('outlet') or 'outlet unknown'}, {a.get('published') or 'undated'}"


_ORIGIN_ROLE = (("support", "asserting"), ("corroborate", "asserting"), ("deny", "denying"),
                ("contradict", "denying"), ("decline", "not answering"), ("observe", "reporting"),
                ("admission", "admitting (a party)"), ("withdrawn", "with a denial taken back"),
                ("unverified", "unable to verify it (a medium)"))


def origins_summary(d: dict[str, Any]) -> str:
    """The head line's origin count: ``1 independent origin for it``, the cluster's stored
    ``independent_origins``, the figure ``report``, the digest, the HTML page and the exports
    print (never recounted from the mentions)."""
    return f"{_plural(d['independent_origins'], 'independent origin')} for it"


def origin_roles(d: dict[str, Any]) -> str:
    """The distinct origins of a cluster's mentions by what they do, numbered as ``show`` numbers
    them: ``3 origins · 1 asserting, 1 denying, 1 not answering`` (empty without mentions)."""
    roles: dict[str, set[str]] = {}
    every: set[str] = set()
    for m in d.get("mentions_detail", []):
        every.add(m["origin"])
        role = dict(_ORIGIN_ROLE).get(m["stance"], m["stance"])
        roles.setdefault(role, set()).add(m["origin"])
    order = [r for _, r in _ORIGIN_ROLE]
    parts = [f"{len(v)} {k}" for k, v in sorted(roles.items(), key=lambda kv: order.index(kv[0])
                                                  if kv[0] in order else len(order))]
    return f"{_plural(len(every), 'origin')} · {', '.join(parts)}" if parts else ""


def show_tree(d: dict[str, Any]):  # noqa: ANN201
    """The provenance tree of one cluster: claim → why → each mention (sentence with the source,
    cue and content highlighted; attribution; origin and article)."""
    from rich.text import Text
    from rich.tree import Tree

    head = Text()
    head.append(d["claim"], style="bold")
    head.append(f"\n{short_id(d['cluster'])}  ", style="muted")
    head.append(d["status"].replace("_", " "), style=f"claim.{d['status']}")
    head.append(f" · credibility {d['credibility']} ({CREDIBILITY.get(d['credibility'], '?')})")
    head.append(f"\n{_plural(d['articles'], 'article')} · {origins_summary(d)}", style="muted")
    tree = Tree(head)
    if d.get("verdict"):
        v = d["verdict"]
        when = (v.get("at") or "")[:16].replace("T", " ")
        tree.add(Text(f"verdict: {v['verdict']} by {v['reviewer']}, {when}" + (f": {v['note']}" if v.get("note") else ""),
                      style="verdict"))
    why = tree.add(Text("why", style="bold"))
    for r in d["reasons"]:
        why.add(r)
    _add_origins(tree, d)
    origins: dict[str, int] = {}
    for m in d["mentions_detail"]:
        origins.setdefault(m["origin"], len(origins) + 1)
    for m in d["mentions_detail"]:
        a = m["article"]
        label = Text()
        label.append(f"[{m['stance']}]", style=STANCE_STYLE.get(m["stance"], ""))
        label.append(f" {_article_label(a)}: ")
        label.append(a["title"] or doc_label(a["doc"]), style="italic")
        node = tree.add(label)
        att = m["attribution"]
        spans = [(m["claim"]["start"], m["claim"]["end"], "span.content")]
        if att:
            if att["source"]:
                spans.append((att["source"]["start"], att["source"]["end"], "span.source"))
            spans.append((att["cue"]["start"], att["cue"]["end"], "span.cue"))
        node.add(_highlight(m["sentence"], spans))
        t = Text()
        if att:
            src = att["source"]
            t.append("source ", style="muted")
            who, suffix = side_parts(src["text"] if src else None, src["kind"] if src else "sources_said")
            t.append(who, style=f"source.{src['kind'] if src else 'sources_said'}")
            if src and src.get("resolved"):
                t.append(f" (= {src['resolved']})")
            t.append(suffix, style="muted")
            t.append(" · cue ", style="muted")
            t.append(f"“{att['cue']['text']}” ({att['cue']['act']})")
            if att["via"]:
                t.append(" · via ", style="muted")
                t.append(" → ".join(v["text"] for v in att["via"]))
        else:
            t.append(side_name(None, "unattributed"), style="muted")
        node.add(t)
        kind = kind_word(m["origin"].split(":", 1)[0] if ":" in m["origin"] else m["origin"])
        node.add(Text(f"origin {origins[m['origin']]} ({kind}) · article {short_id(a['id'])} · "
                      f"{a['url'] or doc_label(a['doc'])}", style="muted"))
    return tree


def _add_origins(tree: Any, d: dict[str, Any]) -> None:
    """The ``origins`` branch of :func:`show_tree`: each origin of the mentions (numbered as the
    mentions below number them) in words, with the mentions folded into it and the reason
    ("same wire credit (X)", "near-identical text", "same unnamed source via X", "same
    speaker").  Nothing for an analysis stored before origins were recorded."""
    from rich.text import Text

    if not any(m.get("origin_label") for m in d["mentions_detail"]):
        return
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in d["mentions_detail"]:
        groups.setdefault(m["origin"], []).append(m)
    branch = tree.add(Text(origin_roles(d), style="bold"))
    for n, (key, ms) in enumerate(groups.items(), 1):
        label = next((m["origin_label"] for m in ms if m.get("origin_label")), key)
        n_art = len({m["article"]["id"] for m in ms})
        node = branch.add(Text(f"origin {n}: {label} · {_plural(len(ms), 'mention')} in {_plural(n_art, 'article')}"))
        for m in ms:
            if m.get("origin_reason"):
                node.add(Text(f"{_article_label(m['article'])}: {m['origin_reason']}", style="muted"))


SOURCES_LEGEND = (
    "grade  Admiralty reliability: A reliable … E unreliable, F no basis yet",
    "att.   attributions to this source",
    "corr. contr. single  its claims corroborated, contradicted, single-source",
)
_COUNTS_REASON = re.compile(r"^\d+ claim\(s\) corroborated by independent origins, \d+ contradicted")


def sources_table(rows: Sequence[dict[str, Any]]):  # noqa: ANN201
    """Sources with grade and counts; the reasons for the grade under each name."""
    from rich.console import Group
    from rich.text import Text

    t = _table(title=f"Sources: {len(rows)}")
    t.add_column("grade", no_wrap=True)
    t.add_column("source", ratio=1, overflow="fold", min_width=24)
    for col in ("att.", "corr.", "contr.", "single"):
        t.add_column(col, justify="right", no_wrap=True)
    for r in rows:
        style = "grade.good" if r["grade"] in "ABC" else "grade.poor" if r["grade"] in "DE" else "grade.unknown"
        cell = Text()
        who, suffix = side_parts(r["name"], r["kind"])
        cell.append(who, style=f"source.{r['kind']}")
        cell.append((suffix[:-1] + " · unresolved)" if suffix else " (unresolved)") if not r.get("resolved", True)
                    else suffix, style="muted")
        for reason in r["reasons"]:  # the counts are in the columns; the rest in words
            if not _COUNTS_REASON.match(reason):
                cell.append(f"\n{reason}", style="muted")
        t.add_row(Text(r["grade"], style=style), cell, str(r["attributions"]), str(r["corroborated"]),
                  str(r["contradicted"]), str(r["single_source"]))
    return Group(t, Text("\n".join(SOURCES_LEGEND), style="muted"))


def check_table(d: dict[str, Any]):  # noqa: ANN201
    """The evidence for and against one claim, grouped by origin (``report/checking.py``)."""
    from claimcheck.report.checking import check_table as table

    return table(d)


def actors_table(actors: Sequence[dict[str, Any]], proposals: Sequence[dict[str, Any]]):  # noqa: ANN201
    from rich.console import Group
    from rich.table import Table

    t = Table(title=f"Actors: {len(actors)}", title_justify="left", pad_edge=False)
    for col in ("name", "type", "aliases"):
        t.add_column(col, overflow="fold")
    for a in actors:
        t.add_row(a["name"], a["type"], ", ".join(a["aliases"]))
    if not proposals:  # no empty table (its title wrapped to the width of four empty columns)
        from rich.text import Text

        return Group(t, Text("Proposed merges (not applied): 0"))
    p = Table(title=f"Proposed merges (not applied): {len(proposals)}", title_justify="left", pad_edge=False)
    for col in ("a", "b", "score", "reason"):
        p.add_column(col, overflow="fold")
    for m in proposals:
        p.add_row(m["a"], m["b"], f"{m['score']:.0f}", m["reason"])
    return Group(t, p)
