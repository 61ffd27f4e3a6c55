"""Saved web pages to raw documents: main text and metadata through trafilatura.

The stored text is trafilatura's extracted text (deduplication off, so the same page always
gives the same text); every offset indexes into it.  Metadata (title, byline, outlet, date,
canonical URL, language) comes from the page's JSON-LD and meta tags, each value with its
provenance (``html:json-ld``, ``html:meta``, ``html:markup``).  The raw page's SHA-256 is kept
as ``source_sha256``.  A teaser, a consent wall or a page too short to be an article is flagged
(:attr:`PageText.flag`, :func:`page_flag`; the phrases are data, ``lexicons/pages.toml``) and is
stored but never mined.

trafilatura (and lxml) are imported inside the functions that need them: ``claimcheck --help``
does not pay for them.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import ArticleError, LexiconError
from claimcheck.lexicons import Lexicons, or_default
from claimcheck.text.calendar import MONTH_NUMBER, WEEKDAYS

MIN_PROSE_SENTENCES = 2  # an article has at least two sentences of prose ...
MIN_PROSE_WORDS = 20  # ... holding at least this many words (two short Russian sentences hold ~25)
PROSE_SENTENCE_WORDS = 6  # a sentence of prose: at least this many words, ending in . ! ? … or ؟
TEASER_MAX_WORDS = 250  # a page ending on a paywall phrase is a teaser only when this short
CONSENT_MAX_WORDS = 400
CONSENT_MIN_HITS = 2
TAIL = 300  # characters at the end of the main text where a paywall phrase makes a teaser

_SENTENCE = re.compile(r"[^.!?…؟\n]+[.!?…؟]+[\"'”»’)]*")
_NOT_FREE = re.compile(r'"isAccessibleForFree"\s*:\s*"?(?:false|False)"?')
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)
_CONTENT_LANG = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_JSON_LD = re.compile(r"<script\b[^>]*?type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)
_META_CONTENT = re.compile(r"<meta\b[^>]*?content\s*=\s*(\"[^\"]*\"|'[^']*')", re.I)
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_DOCTYPE = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S)


@dataclass(frozen=True, slots=True)
class PageText:
    """What one page gives: its main ``text``, ``metadata`` (field -> value, as the sidecar
    fields of :mod:`claimcheck.ingest.readers`), each field's provenance in ``origins``, the
    raw page's ``sha256`` and a ``flag`` (``""``, or why it is not mined)."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    flag: str = ""


def looks_like_html(text: str) -> bool:
    """True when ``text`` (a decoded ``.txt`` file, say) is an HTML page: it opens with a
    doctype or ``<html>``, or it is mostly markup: at least ten tags, and tags make over 30% of
    its characters or open 60% of its non-blank lines (its first 20,000 characters read)."""
    if _DOCTYPE.match(text[:2000]):
        return True
    head = text[:20000]
    tags = _TAG.findall(head)
    if len(tags) < 10:
        return False
    lines = [ln for ln in head.splitlines() if ln.strip()]
    tagged = sum(ln.lstrip().startswith("<") and _TAG.match(ln.lstrip()) is not None for ln in lines)
    return sum(map(len, tags)) > 0.3 * len(head.strip()) or tagged >= 0.6 * len(lines)


def _json_ld_strings(html: str) -> set[str]:
    """Every string value in the page's JSON-LD blocks (a block that is not JSON is ignored)."""
    out: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            out.add(node.strip())

    for block in _JSON_LD.findall(html):
        try:
            walk(json.loads(block))
        except (json.JSONDecodeError, RecursionError):
            continue
    return out


def _provenance(value: str, ld: set[str], metas: set[str]) -> str:
    v = value.strip()
    if any(v == s or v in s for s in ld if s):
        return "html:json-ld"
    if any(v == s or v in s for s in metas if s):
        return "html:meta"
    return "html:markup"


def _language(html: str, doc_lang: str | None) -> tuple[str | None, str]:
    m = _HTML_LANG.search(html[:5000]) or _CONTENT_LANG.search(html[:20000])
    if m:
        return m.group(1).lower(), "html:markup" if m.re is _HTML_LANG else "html:meta"
    if doc_lang:
        return doc_lang[:2].lower(), "html:meta"
    return None, ""


@dataclass(frozen=True, slots=True)
class PageRules:
    """The phrases of ``pages.toml`` compiled: ``consent`` finds consent-notice phrases anywhere,
    ``paywall`` a paywall phrase at the end of a text (lower case, word boundaries)."""

    consent: re.Pattern[str]
    paywall: re.Pattern[str]


def page_rules(lexicons: Lexicons) -> PageRules:
    """The page rules of ``lexicons`` (``pages.toml``), built once per object.  Raises
    :class:`LexiconError` on an unknown kind."""
    return lexicons.derive(_build_rules)


def _phrase_rx(phrase: str) -> str:
    """A phrase as a regex: words separated by any non-word run; ``*`` is one optional word."""
    words = re.findall(r"\*|[^\W_]+(?:['’-][^\W_]+)*", phrase)
    out = ""
    for i, w in enumerate(words):
        if w == "*":
            out += r"(?:\w+\W+)?"
        else:
            out += re.escape(w) + (r"\W+" if i < len(words) - 1 else "")
    return out


def _build_rules(lexicons: Lexicons) -> PageRules:
    groups: dict[str, list[str]] = {"consent": [], "paywall": []}
    for e in lexicons["pages"]:
        if e["kind"] not in groups:
            raise LexiconError(f"{e.label}: unknown kind {e['kind']!r} (consent, paywall)")
        groups[e["kind"]].extend(_phrase_rx(p.lower()) for p in e["phrases"])
    alt = {k: "|".join(sorted(v, key=len, reverse=True)) or r"(?!)" for k, v in groups.items()}
    return PageRules(re.compile(rf"(?<!\w)(?:{alt['consent']})(?!\w)"),
                     re.compile(rf"(?<!\w)(?:{alt['paywall']})\W*$"))


def prose(text: str) -> tuple[int, int]:
    """``(sentences, words)`` of prose in ``text``: sentences of at least
    ``PROSE_SENTENCE_WORDS`` words that end in sentence punctuation, and the words in them.
    Headlines, link lists, menus and button labels are no prose."""
    n = words = 0
    for m in _SENTENCE.finditer(text):
        w = len(m.group().split())
        if w >= PROSE_SENTENCE_WORDS:
            n, words = n + 1, words + w
    return n, words


def page_flag(text: str, html: str, rules: PageRules) -> str:
    """Why a page's main ``text`` is not mined, or ``""``: a consent wall (under
    ``CONSENT_MAX_WORDS`` words with ``CONSENT_MIN_HITS`` consent phrases), a teaser (under
    ``TEASER_MAX_WORDS`` words ending on a paywall phrase, or marked not free in its JSON-LD),
    or too short (fewer than ``MIN_PROSE_SENTENCES`` sentences of prose or ``MIN_PROSE_WORDS``
    words in them: an error page, an index, a stub).  Length alone never flags a page: a wire
    brief of two or three sentences is an article."""
    low = text.lower()
    words = len(low.split())
    if words < CONSENT_MAX_WORDS and len(rules.consent.findall(low)) >= CONSENT_MIN_HITS:
        return "consent wall: the page holds a cookie or consent notice, not the article"
    if words < TEASER_MAX_WORDS and (rules.paywall.search(low[-TAIL:]) or _NOT_FREE.search(html)):
        return "teaser: the page holds the start of an article behind a paywall or a 'read more' link"
    sentences, prose_words = prose(text)
    if sentences < MIN_PROSE_SENTENCES or prose_words < MIN_PROSE_WORDS:
        return (f"too short: {sentences} sentence(s) of prose, {prose_words} words (an article has at least "
                f"{MIN_PROSE_SENTENCES} and {MIN_PROSE_WORDS})")
    return ""


def byline_names(author: str) -> str:
    """The names of an extracted author field (parts joined by "; "), without the parts that are
    dates or times: a byline "By John Tell, March 6, 2024" comes back from the extractor as
    "John Tell; March 6", and a date is no author.  A part is a date when it holds a digit or is
    made of month and weekday names only (:mod:`claimcheck.text.calendar`; "May Chen" is a name).
    "" when none is left."""
    parts = [p.strip() for p in author.split(";")]
    return "; ".join(p for p in parts if p and not _dateish(p))


def _dateish(part: str) -> bool:
    words = [w.strip(".,") for w in part.lower().split()]
    return bool(re.search(r"\d", part)) or all(w in MONTH_NUMBER or w in WEEKDAYS for w in words)


def extract_page(html: str, ref: str, raw: bytes | None = None, lexicons: Lexicons | None = None) -> PageText:
    """The main text and metadata of one HTML page (``html``: the decoded page; ``raw``: its
    bytes as read, hashed; the text's UTF-8 when None; ``lexicons`` for the page flags, the
    shipped ones when None).  Raises :class:`ArticleError` when the page holds no text at all."""
    import trafilatura  # heavy: kept out of CLI start-up

    raw = html.encode("utf-8", "surrogatepass") if raw is None else raw
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, deduplicate=False, include_comments=False, include_tables=False,
        output_format="python", date_extraction_params={"original_date": True, "extensive_search": False})
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ArticleError(f"{ref}: the HTML page holds no main text")
    ld = _json_ld_strings(html)
    metas = {m[1:-1].strip() for m in _META_CONTENT.findall(html)}
    meta: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, attr in (("title", "title"), ("byline", "author"), ("outlet", "sitename"),
                       ("published", "date"), ("url", "url")):
        value = getattr(doc, attr, None)
        if name == "byline" and isinstance(value, str):
            value = byline_names(value)
        if isinstance(value, str) and value.strip():
            meta[name] = value.strip()
            origins[name] = _provenance(value, ld, metas)
    if "published" in meta and origins["published"] == "html:markup":
        origins["published"] = "html:htmldate"  # found by htmldate in the URL or the page text
    lang, lang_origin = _language(html, getattr(doc, "language", None))
    if lang:
        meta["language"], origins["language"] = lang, lang_origin
    return PageText(text, meta, origins, hashlib.sha256(raw).hexdigest(),
                    page_flag(text, html, page_rules(or_default(lexicons))))
