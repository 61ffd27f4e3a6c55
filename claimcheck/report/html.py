"""``report --format html``: one self-contained page to mail to an editor.

No network and no external file: the CSS, a small script and every picture (inline SVG) are in
the page. It holds the counts, a timeline of the mentions by publication date, the corroboration
table with filters by status, actor and outlet, and for each cluster its provenance graph
(:mod:`claimcheck.report.graph`), its own timeline, the reviewer's verdict and every sentence
with a link to its article at the sentence's character offsets (``#char=START,END``, RFC 5147).

Opened with ``#selftest`` the page filters itself and writes what it saw into
``<pre id="selftest">`` (JSON), which the browser test reads; ``#open=CLUSTER`` opens that
cluster's details (the full id or any prefix of it that names one cluster, as the 8-character id
the page shows; an ambiguous prefix opens nothing) and shows the clusters of its status (a link to mail, and the test's
screenshot).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from claimcheck.report import graph
from claimcheck.report.sides import KIND_LEGEND, mention_source, side_label

STANCE_COLOUR = {"support": "#2e7d32", "corroborate": "#2e7d32", "deny": "#c62828", "contradict": "#c62828",
                 "decline": "#b26a00", "observe": "#555555", "admission": "#2e7d32", "withdrawn": "#999999",
                 "unverified": "#999999"}
STATUSES = ("contradicted", "corroborated", "single_source", "unattributed")

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222;max-width:1400px}
h1{font-size:1.4em;margin:0 0 .2em} .muted{color:#666} .counts{font-weight:600;margin:.3em 0 1em}
#filters{display:flex;gap:1em;flex-wrap:wrap;align-items:end;margin:1em 0;padding:.6em;background:#f6f6f6}
#filters label{display:flex;flex-direction:column;font-size:.85em}
table{border-collapse:collapse;width:100%} th{text-align:left;border-bottom:2px solid #999;padding:.3em}
tr.cluster td{border-top:1px solid #ddd;padding:.35em .3em;vertical-align:top}
td.num{text-align:right;white-space:nowrap} code{font-size:.9em}
.status{font-weight:600;white-space:nowrap} .contradicted{color:#c62828} .corroborated{color:#2e7d32}
.single_source{color:#9a6700} .unattributed{color:#666} .verdict{color:#1f4fb0;font-weight:600}
details{margin:.2em 0 .8em} summary{cursor:pointer;color:#1f4fb0}
.graphbox{overflow-x:auto;border:1px solid #eee;padding:.3em;margin:.4em 0}
ol.mentions{padding-left:1.3em} ol.mentions li{margin:.35em 0}
.stance{font-weight:600;text-transform:uppercase;font-size:.8em}
.legend span{margin-right:1em;white-space:nowrap}
"""

SCRIPT = """
(function(){
  var errors=[];
  window.addEventListener('error',function(e){errors.push(String(e.message||e));});
  function rows(){return Array.prototype.slice.call(document.querySelectorAll('tr.cluster'));}
  function apply(){
    var st=document.getElementById('f-status').value;
    var actor=document.getElementById('f-actor').value.trim().toLowerCase();
    var outlet=document.getElementById('f-outlet').value;
    var shown=0;
    rows().forEach(function(tr){
      var ok=(!st||tr.dataset.status===st)&&(!actor||tr.dataset.actors.indexOf(actor)>=0)
        &&(!outlet||tr.dataset.outlets.split('|').indexOf(outlet)>=0);
      tr.hidden=!ok; var d=document.getElementById('d-'+tr.dataset.cluster); if(d){d.hidden=!ok;}
      if(ok){shown++;}
    });
    document.getElementById('shown').textContent=shown;
    return shown;
  }
  ['f-status','f-actor','f-outlet'].forEach(function(id){
    var el=document.getElementById(id); el.addEventListener('input',apply); el.addEventListener('change',apply);});
  apply();
  if(location.hash.indexOf('#open=')===0){
    var want=decodeURIComponent(location.hash.slice(6)).trim().toLowerCase();
    var hits=want?rows().filter(function(r){return r.dataset.cluster.indexOf(want)===0;}):[];
    var exact=hits.filter(function(r){return r.dataset.cluster===want;});
    var tr=exact.length?exact[0]:(hits.length===1?hits[0]:null);
    var d=tr?document.getElementById('d-'+tr.dataset.cluster):null;
    if(d&&tr){d.querySelector('details').open=true; document.getElementById('f-status').value=tr.dataset.status; apply();}
  }
  if(location.hash==='#selftest'){
    var st=document.getElementById('f-status'), out={total:rows().length};
    out.by_status={};
    ['contradicted','corroborated','single_source','unattributed'].forEach(function(s){
      st.value=s; out.by_status[s]={visible:apply(),
        expected:rows().filter(function(tr){return tr.dataset.status===s;}).length,
        wrong:rows().filter(function(tr){return !tr.hidden&&tr.dataset.status!==s;}).length};});
    st.value=''; var a=document.getElementById('f-actor'); var first=rows().find(function(tr){return tr.dataset.actors.length>2;});
    if(first){var name=first.dataset.actors.split('|').filter(Boolean)[0]; a.value=name; out.actor={name:name,visible:apply(),
      wrong:rows().filter(function(tr){return !tr.hidden&&tr.dataset.actors.indexOf(name)<0;}).length};}
    a.value=''; out.reset_visible=apply();
    out.graphs=document.querySelectorAll('svg.graph').length; out.errors=errors;
    var pre=document.createElement('pre'); pre.id='selftest'; pre.textContent=JSON.stringify(out);
    document.body.appendChild(pre);
  }
})();
"""


def _article_href(art: Mapping[str, Any], out_dir: str | None) -> str:
    """Where a reader opens an article: its URL, else its file relative to the page's folder."""
    if art.get("url"):
        return str(art["url"])
    doc = str(art.get("doc") or art.get("ingest_id") or "")
    if not doc or "://" in doc or out_dir is None:
        return doc
    path = os.path.abspath(doc)
    return os.path.relpath(path, out_dir) if os.path.exists(path) else doc


def timeline_svg(mentions: Sequence[Mapping[str, Any]], width: int = 640) -> str:
    """Mentions by publication date: a dot per mention, coloured by stance, stacked per day;
    undated mentions counted under the axis."""
    dated = sorted(((dt.date.fromisoformat(m["article"]["published"]), m.get("stance") or "")
                    for m in mentions if (m.get("article") or {}).get("published")), key=lambda x: x[0])
    undated = len(mentions) - len(dated)
    if not dated:
        return f'<p class="muted">no dated mention{"" if undated == 1 else "s"} ({undated} undated)</p>'
    first, last = dated[0][0], dated[-1][0]
    span = max((last - first).days, 1)
    per_day: dict[dt.date, int] = {}
    for day, _ in dated:
        per_day[day] = per_day.get(day, 0) + 1
    top = min(max(per_day.values()), 40)  # dots stacked per day, at most 40 drawn
    axis = 14 + 9 * top
    height = axis + 18
    stacks: dict[dt.date, int] = {}
    dots = []
    for day, stance in dated:
        k = stacks[day] = stacks.get(day, 0) + 1
        if k > top:
            continue
        x = 30 + (width - 60) * ((day - first).days / span if last != first else 0.5)
        dots.append(f'<circle cx="{x:.1f}" cy="{axis - 9 * k + 4:.1f}" r="4" fill="{STANCE_COLOUR.get(stance, "#888")}">'
                    f"<title>{day.isoformat()}: {escape(stance)}</title></circle>")
    labels = [f'<text x="30" y="{axis + 14}" font-size="10">{first.isoformat()}</text>']
    if last != first:
        labels.append(f'<text x="{width - 30}" y="{axis + 14}" font-size="10" text-anchor="end">{last.isoformat()}</text>')
    note = f'<text x="{width / 2:.0f}" y="{axis + 14}" font-size="10" text-anchor="middle" fill="#666">' \
           f'{undated} undated</text>' if undated else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif"><line x1="30" y1="{axis}" x2="{width - 30}" '
            f'y2="{axis}" stroke="#999"/>{"".join(dots)}{"".join(labels)}{note}</svg>')


def _mention_item(m: Mapping[str, Any], out_dir: str | None, origin: int) -> str:
    art = m.get("article") or {}
    sent = m.get("sentence") or {}
    att = m.get("attribution") or {}
    cue = (att.get("cue") or {}).get("text") if att else None
    via = " → ".join(str(v.get("text")) for v in (att.get("via") or [])) if att else ""
    start, end = sent.get("start"), sent.get("end")
    href = _article_href(art, out_dir)
    frag = f"#char={start},{end}" if start is not None and end is not None else ""
    stance = str(m.get("stance") or "")
    where = f"{escape(str(art.get('outlet') or 'outlet unknown'))}, {escape(str(art.get('published') or 'undated'))}"
    return (f'<li><span class="stance" style="color:{STANCE_COLOUR.get(stance, "#555")}">{escape(stance)}</span> '
            f"{escape(side_label(*mention_source(m)))}"
            + (f" · “{escape(str(cue))}”" if cue else "") + (f" · via {escape(via)}" if via else "")
            + f"<br>“{escape(' '.join(str(sent.get('text') or '').split()))}”<br>"
            f'<span class="muted">{where} · <a href={quoteattr(href + frag)}>'
            f"{escape(str(art.get('title') or art.get('doc') or 'article'))}</a>, characters {start}–{end}"
            f" · origin {origin}</span></li>")


def _cluster_rows(c: Mapping[str, Any], out_dir: str | None) -> str:
    from claimcheck.report.render import kinds_mix, origin_roles, origins_summary, short_id

    mentions = c.get("mentions") or []
    g = graph.build(c, mentions)
    numbers: dict[str, int] = {}  # origins numbered as the graph numbers them
    for m in mentions:
        numbers.setdefault(str(m.get("origin")), len(numbers) + 1)
    actors = "|" + "|".join(str(a).lower() for a in c.get("actors") or []) + "|"
    outlets = "|" + "|".join(str(o) for o in c.get("outlets") or []) + "|"
    v = c.get("verdict")
    verdict = (f'<br><span class="verdict">✓ {escape(v["verdict"])}</span>' if v else "")
    verdict_full = (f'<p class="verdict">Reviewed: {escape(v["verdict"])} by {escape(str(v.get("reviewer")))}, '
                    f'{escape(str(v.get("at") or "")[:16])}{": " + escape(v["note"]) if v.get("note") else ""}</p>'
                    if v else '<p class="muted">not reviewed</p>')
    cid = escape(str(c["cluster"]))
    kinds = kinds_mix(c.get("source_kinds") or {})
    return (f'<tr class="cluster" data-cluster="{cid}" data-status="{escape(c["status"])}" '
            f"data-actors={quoteattr(actors)} data-outlets={quoteattr(outlets)}>"
            f"<td><code>{escape(short_id(c['cluster']))}</code></td>"
            f'<td class="status {escape(c["status"])}">{escape(c["status"].replace("_", " "))}{verdict}</td>'
            f'<td class="num">{c["credibility"]}</td><td class="num">{c["independent_origins"]}/{c["articles"]}</td>'
            f"<td>{escape(c['claim'])}<br><span class=\"muted\">{escape(kinds)} · "
            f"{escape(', '.join(c.get('actors') or []))}</span></td></tr>\n"
            f'<tr class="detail" id="d-{cid}"><td></td><td colspan="4"><details><summary>provenance, timeline, '
            f"sentences ({len(mentions)})</summary>{verdict_full}"
            f"<p>{escape(origins_summary(c))} · {escape(origin_roles({'mentions_detail': mentions}))}</p>"
            f"<p>{escape(' · '.join(c.get('reasons') or []))}</p>"
            f'<div class="graphbox">{graph.to_svg(g, "g-" + str(c["cluster"]))}</div>'
            f"{timeline_svg(mentions)}<ol class=\"mentions\">"
            + "".join(_mention_item(m, out_dir, numbers[str(m.get("origin"))]) for m in mentions)
            + "</ol></details></td></tr>\n")


def report_html(clusters: Sequence[Mapping[str, Any]], counts: str, out_dir: str | None = None,
                note: str = "") -> str:
    """The page for ``clusters`` (export-shaped: report rows with ``mentions``); ``counts`` is the
    digest's counts line; ``out_dir`` the folder the page is written to (article links are made
    relative to it)."""
    outlets = sorted({str(o) for c in clusters for o in c.get("outlets") or []})
    actors = sorted({str(a) for c in clusters for a in c.get("actors") or []})
    every = [m for c in clusters for m in c.get("mentions") or []]
    legend = "".join(f'<span><svg width="22" height="8"><line x1="0" y1="4" x2="22" y2="4" stroke="{col}" '
                     f'stroke-width="2"{" stroke-dasharray=" + quoteattr(dash) if dash else ""}/></svg> '
                     f"{graph.STANCE_WORD[s]}</span>" for s, (col, dash) in graph.STANCE_STROKE.items()
                     if s in ("support", "deny", "decline", "observe"))
    options = "".join(f'<option value="{s}">{s.replace("_", " ")}</option>' for s in STATUSES)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>claimcheck report</title><style>" + CSS + "</style></head><body>\n"
            "<h1>claimcheck: corroboration report</h1>"
            f'<p class="counts">{escape(counts)}</p>' + (f'<p class="muted">{escape(note)}</p>' if note else "")
            + "<h2>Mentions over time</h2>" + timeline_svg(every, 900)
            + '<p class="legend muted">edges: ' + legend + " · each origin has its own colour and number "
            "(orig/art counts the independent origins asserting the claim); outlets → via → sources → mentions → "
            "claim</p>"
            '<form id="filters" onsubmit="return false"><label>status<select id="f-status">'
            f'<option value="">all</option>{options}</select></label>'
            '<label>actor<input id="f-actor" list="actors" placeholder="any name"></label>'
            '<datalist id="actors">' + "".join(f"<option value={quoteattr(a.lower())}>" for a in actors)
            + '</datalist><label>outlet<select id="f-outlet"><option value="">all</option>'
            + "".join(f"<option value={quoteattr(o)}>{escape(o)}</option>" for o in outlets)
            + '</select></label><span><span id="shown">0</span> of ' + str(len(clusters)) + " clusters shown</span></form>"
            '<table id="clusters"><thead><tr><th>id</th><th>status</th><th>cred</th><th>orig/art</th>'
            "<th>claim</th></tr></thead><tbody>\n"
            + "".join(_cluster_rows(c, out_dir) for c in clusters)
            + "</tbody></table>\n<p class=\"muted\">cred: Admiralty credibility, 1 confirmed … 5 improbable, "
            "6 cannot judge · orig/art: independent origins / articles · " + escape(KIND_LEGEND) + "</p>\n<script>" + SCRIPT + "</script>\n</body></html>\n")
