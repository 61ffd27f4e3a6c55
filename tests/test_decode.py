"""Bytes to text: UTF-8 with/without BOM, UTF-16/32 with BOM, legacy encodings, refusals."""

from __future__ import annotations

import codecs
import gzip
import random

import pytest

from claimcheck.errors import ArticleError
from claimcheck.ingest.decode import decode

FRENCH = "Le ministre a déclaré que les négociations étaient terminées à Noël.\n"
SENTENCE = "The port reopened on Monday, officials said.\r\nFishermen welcomed it.\r\n"


def test_plain_utf8_is_read_as_is() -> None:
    text, enc = decode(FRENCH.encode("utf-8"), "a.txt")
    assert (text, enc) == (FRENCH, "utf-8")


def test_utf8_bom_is_removed_and_recorded() -> None:
    text, enc = decode(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "a.txt")
    assert text == FRENCH
    assert not text.startswith("\ufeff")
    assert enc == "utf-8-sig"


def test_crlf_is_kept() -> None:
    text, _ = decode(SENTENCE.encode("utf-8"), "a.txt")
    assert text == SENTENCE
    assert text.count("\r\n") == 2


@pytest.mark.parametrize("codec,expected", [
    ("utf-16", ("utf-16-le", "utf-16-be")),
    ("utf-16-be", ("utf-16-be",)),
    ("utf-32", ("utf-32-le", "utf-32-be")),
])
def test_utf16_and_utf32_with_bom(codec: str, expected: tuple[str, ...]) -> None:
    data = ("\ufeff" + SENTENCE).encode(codec) if codec.endswith(("-be", "-le")) else SENTENCE.encode(codec)
    text, enc = decode(data, "a.txt")
    assert text == SENTENCE
    assert enc in expected


@pytest.mark.parametrize("data", [b"", b"   \r\n\t \n"], ids=["zero-bytes", "white-space"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(ArticleError, match=r"a\.txt: empty file"):
        decode(data, "a.txt")


@pytest.mark.parametrize("data", [codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n\n", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
                         ids=["utf8-bom-only", "utf8-bom-white-space", "utf16-bom-white-space"])
def test_file_with_only_a_bom_and_white_space_is_empty(data: bytes) -> None:
    # FOUNDATION BUG: decode() tests emptiness on the raw bytes, before the BOM is removed,
    # so a BOM-only file becomes an empty article.
    with pytest.raises(ArticleError, match="empty file"):
        decode(data, "a.txt")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    gzip.compress(b"the port reopened " * 50),
    b"abc\x00def\x00ghi" * 20,
], ids=["png", "gzip", "nul-bytes"])
def test_binary_file_is_refused(data: bytes) -> None:
    with pytest.raises(ArticleError, match=r"^x\.bin: binary file"):
        decode(data, "x.bin")


def test_random_bytes_are_refused_with_the_offending_byte() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(3000))
    with pytest.raises(ArticleError) as info:
        decode(data, "noise.txt")
    msg = str(info.value)
    bad = pytest.raises(UnicodeDecodeError, data.decode, "utf-8").value.start  # the first byte UTF-8 refuses
    assert msg.startswith(f"noise.txt: not UTF-8 text (byte 0x{data[bad]:02x} at {bad})"), msg
    assert "\n" not in msg
    assert msg.endswith("pass --encoding"), msg


FRENCH_ARTICLE = (
    "Le ministre des Affaires étrangères a déclaré mardi que les négociations étaient terminées. "
    "Selon lui, l'accord prévoit un retrait progressif des troupes d'ici à la fin de l'année. "
    "« Nous avons fait ce qu'il fallait », a-t-il ajouté devant la presse à Genève.\n"
) * 3


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_legacy_western_encoding_is_detected(codec: str) -> None:
    text, enc = decode(FRENCH_ARTICLE.encode(codec), "fr.txt")
    assert text == FRENCH_ARTICLE
    assert enc != "utf-8"


def test_short_latin1_text_is_detected_or_refused_never_mangled() -> None:
    # FOUNDATION BUG: on a short latin-1 text charset-normalizer ties cp1250 and cp1252 (same
    # chaos and coherence) and decode() takes the first, so "à" becomes "ŕ".
    try:
        text, _ = decode(FRENCH.encode("latin-1"), "fr.txt")
    except ArticleError as exc:
        assert "\n" not in str(exc) and "--encoding" in str(exc)
    else:
        assert text == FRENCH


def test_cp1251_russian_is_detected() -> None:
    ru = "Министр заявил, что переговоры закончились вчера вечером в Москве.\n"
    text, enc = decode(ru.encode("cp1251"), "ru.txt")
    assert text == ru


def test_utf8_with_a_stray_byte_is_not_decoded_as_mojibake() -> None:
    # FOUNDATION BUG: a UTF-8 file with one undecodable byte falls through to detection, which
    # picks a single-byte code page and yields mojibake ("dÃĐclarÃĐ").  A file whose other
    # non-ASCII bytes are valid UTF-8 is UTF-8 with a bad byte: it must be refused (or at
    # least decoded without mangling the valid characters).
    data = FRENCH.encode("utf-8") + b"\xff\xfe tail of the text.\n"
    try:
        text, _ = decode(data, "mixed.txt")
    except ArticleError as exc:
        assert "0xff" in str(exc)
    else:
        assert "déclaré" in text, f"mangled: {text[:40]!r}"


def test_utf8_with_bad_bytes_among_many_accents_is_refused() -> None:
    data = ("Café déjà vu. " * 20).encode() + b"\x81\x8d" + ("Naïve résumé. " * 20).encode()
    with pytest.raises(ArticleError, match=r"not UTF-8 text \(byte 0x81 at 340\)"):
        decode(data, "mixed.txt")


def test_explicit_encoding_wins() -> None:
    text, enc = decode(FRENCH.encode("latin-1"), "fr.txt", encoding="latin-1")
    assert (text, enc) == (FRENCH, "latin-1")


@pytest.mark.parametrize("encoding,needle", [("utf-8", "cannot decode as utf-8"),
                                             ("no-such-codec", "cannot decode as no-such-codec")])
def test_explicit_encoding_that_fails_is_one_clear_line(encoding: str, needle: str) -> None:
    with pytest.raises(ArticleError) as info:
        decode(FRENCH.encode("latin-1"), "fr.txt", encoding=encoding)
    assert needle in str(info.value)
    assert "\n" not in str(info.value)


def test_bom_followed_by_invalid_bytes_names_the_byte() -> None:
    with pytest.raises(ArticleError, match=r"utf-8 BOM but is not utf-8 \(byte 0xff at 6\)"):
        decode(codecs.BOM_UTF8 + b"abc\xff", "a.txt")
