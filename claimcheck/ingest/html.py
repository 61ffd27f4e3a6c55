"""Saved web pages to raw documents: main text and metadata through trafilatura.

The stored text is trafilatura's extracted text (deduplication off, so the same page always
gives the same text); every offset indexes into it.  Metadata (title, byline, outlet, date,
canonical URL, language) comes from the page's JSON-LD and meta tags, each value with its
provenance (``html:json-ld``, ``html:meta``, ``html:markup``).  The raw page's SHA-256 is kept
as ``source_sha256``.  A teaser, a consent wall or a page too short to be an article is flagged
(:attr:`PageText.flag`) and is stored but never mined.

trafilatura (and lxml) are imported inside the functions that need them: ``claimcheck --help``
does not pay for them.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import ArticleError

MIN_WORDS = 60  # fewer words of main text: not an article (a stub, an index page, an error page)
TEASER_MAX_WORDS = 250  # a page ending on a paywall phrase is a teaser only when this short
CONSENT_MAX_WORDS = 400

# phrases of consent walls and paywalls (lower case, matched on word boundaries)
_CONSENT = re.compile(
    r"\b(we use cookies|use of cookies|cookie (?:policy|settings|preferences)|accept all|reject all|"
    r"manage (?:consent|preferences|cookies)|your privacy choices|consent to (?:the use|our use)|"
    r"before you continue|by clicking .accept|legitimate interest|our partners (?:use|store))\b")
_TEASER = re.compile(
    r"\b(subscribe (?:now )?to (?:continue|read)|to continue reading|continue reading|read the full (?:story|article)|"
    r"this (?:article|content) is (?:for|available to|reserved for) (?:subscribers|members)|"
    r"already a subscriber|sign in to (?:continue|read)|log in to (?:continue|read)|"
    r"subscribers only|unlock (?:this|the full) (?:article|story)|read more)\W*$")
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


def _flag(text: str, html: str) -> str:
    low = text.lower()
    words = len(low.split())
    if words < CONSENT_MAX_WORDS and len(_CONSENT.findall(low)) >= 2:
        return "consent wall: the page holds a cookie or consent notice, not the article"
    if words < TEASER_MAX_WORDS and (_TEASER.search(low[-300:]) or _NOT_FREE.search(html)):
        return "teaser: the page holds the start of an article behind a paywall or a 'read more' link"
    if words < MIN_WORDS:
        return f"too short: {words} words of main text (an article has at least {MIN_WORDS})"
    return ""


def extract_page(html: str, ref: str, raw: bytes | None = None) -> PageText:
    """The main text and metadata of one HTML page (``html``: the decoded page; ``raw``: its
    bytes as read, hashed; the text's UTF-8 when None).  Raises :class:`ArticleError` when the
    page holds no text at all."""
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
        if isinstance(value, str) and value.strip():
            meta[name] = value.strip()
            origins[name] = _provenance(value, ld, metas)
    if "published" in meta and origins["published"] == "html:markup":
        origins["published"] = "html:htmldate"  # found by htmldate in the URL or the page text
    lang, lang_origin = _language(html, getattr(doc, "language", None))
    if lang:
        meta["language"], origins["language"] = lang, lang_origin
    return PageText(text, meta, origins, hashlib.sha256(raw).hexdigest(), _flag(text, html))
