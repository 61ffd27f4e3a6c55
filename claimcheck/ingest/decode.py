"""Bytes to text, exactly once: the decoded string is what every offset indexes into."""

from __future__ import annotations

import codecs

from claimcheck.errors import ArticleError, excerpt

import re

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news article is never this long; 20 MB is a runaway file

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _refuse_nul(text: str, name: str) -> str:
    """``text``, refused when it holds a NUL character anywhere (PostgreSQL cannot store one and
    SQLite's text functions stop at it): the same on both dialects, at decode time."""
    at = text.find("\x00")
    if at >= 0:
        raise ArticleError(f"{name}: a NUL character at offset {at}: binary data, not text")
    return text


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``: :func:`_decode`, refused when the text holds a NUL
    character anywhere (raises ArticleError, as for every text that cannot be read)."""
    text, enc = _decode(data, name, encoding)
    return _refuse_nul(text, name), enc


def _decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read directly; otherwise the
    encoding is detected with charset-normalizer and refused when the detection is weak.
    Binary data (NUL bytes in a non-UTF-16 file) is refused.  Line endings are kept as they are.
    """
    if not data.strip():
        raise ArticleError(f"{name}: empty file")
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise ArticleError(f"{name}: cannot decode as {encoding}: {excerpt(exc)}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
                if not text.strip():
                    raise ArticleError(f"{name}: empty file")
                return text, enc + "-sig" if enc == "utf-8" else enc
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: starts with a {enc} BOM but is not {enc} "
                                   f"(byte 0x{data[exc.start + len(bom)]:02x} at {exc.start + len(bom)})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _UTF8_MULTIBYTE.search(data):
        # valid UTF-8 sequences around a bad byte: a damaged UTF-8 file, not another encoding
        raise ArticleError(f"{name}: not UTF-8 text (byte 0x{data[first_bad]:02x} at {first_bad}) although the "
                           "rest is UTF-8, so the file looks damaged; fix it or pass --encoding")
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None or best.chaos > 0.2 or best.encoding in ("utf_8",):
        raise ArticleError(f"{name}: not UTF-8 text (byte 0x{data[first_bad]:02x} at {first_bad}) "
                           "and no other encoding fits; pass --encoding")
    # on short texts several single-byte code pages tie; prefer the Western ones
    for m in matches:
        if m.encoding in _PREFERRED and m.chaos <= best.chaos + 0.01:
            best = m
            break
    try:
        text = data.decode(best.encoding)
    except UnicodeDecodeError:
        raise ArticleError(f"{name}: not UTF-8 text (byte 0x{data[first_bad]:02x} at {first_bad}); "
                           f"detected {best.encoding} does not decode it either; pass --encoding") from None
    if sum(1 for c in text[:5000] if ord(c) < 32 and c not in "\r\n\t\f") > 5:
        raise ArticleError(f"{name}: binary file (control characters), not text")
    return text, best.encoding


# a byte string is "ASCII-heavy" when at least this share of its bytes is printable ASCII or
# white space; its text "looks wrong" when at least this share of its non-space characters is not
# ASCII (the mark of a two-byte code forced on one-byte text: "Ruritania" read as UTF-16 is 畒楲...)
_ASCII_HEAVY = 0.8
_MOSTLY_FOREIGN = 0.5


def forced_encoding_warning(data: bytes, text: str, encoding: str) -> str:
    """One line saying why ``text`` (``data`` decoded with the user's ``--encoding``) looks
    wrong, or "" when it looks right.  The user's choice is kept: the line is a warning.

    Two signs, from the bytes alone (no language model): the bytes are valid UTF-8 that reads
    differently (a UTF-8 file forced to UTF-16 or cp1252 gives CJK or "Ã©" mojibake), or the
    bytes are mostly ASCII but the text mostly is not.  A text the forced encoding cannot decode
    at all is refused by :func:`decode` (an ArticleError), not warned about."""
    try:
        as_utf8 = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        as_utf8 = None
    forced = text.lstrip("\ufeff")
    if as_utf8 is not None and as_utf8.strip() and as_utf8 != forced:
        at = next((i for i, (a, b) in enumerate(zip(as_utf8, forced)) if a != b), min(len(as_utf8), len(forced)))
        at = max(0, at - 4)
        return (f"--encoding {encoding}: the file is valid UTF-8 and reads differently as {encoding} "
                f"({forced[at:at + 12]!r} instead of {as_utf8[at:at + 12]!r}); kept {encoding} as asked")
    sample = data[:20_000]
    ascii_bytes = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 13))
    chars = [c for c in text[:20_000] if not c.isspace()]
    foreign = sum(1 for c in chars if ord(c) >= 128)
    if sample and ascii_bytes >= _ASCII_HEAVY * len(sample) and chars and foreign >= _MOSTLY_FOREIGN * len(chars):
        return (f"--encoding {encoding}: the bytes are mostly ASCII but read as {encoding} the text is mostly "
                f"not ({text.strip()[:12]!r}); kept {encoding} as asked")
    return ""
