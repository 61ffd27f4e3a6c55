"""A SQLite database inside the folder being ingested is not an article: no skip line for it
or its journal files, while other unsupported files are still reported."""

from __future__ import annotations

from pathlib import Path

from claimcheck import api


def _article(folder: Path, name: str) -> None:
    (folder / name).write_text("Harbour reopens the pier\n\nThe pier reopened on Monday, officials said.\n",
                               encoding="utf-8")


def test_the_database_in_the_folder_is_passed_over(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "store.db"
    first = api.ingest([str(tmp_path)], str(db), analyse=False)
    second = api.ingest([str(tmp_path)], str(db), analyse=False)  # the file and its -wal exist now
    for summary in (first, second):
        refs = [ref for ref, _ in summary.skipped]
        assert refs == [str(tmp_path / "notes.pdf")], refs
    assert first.ingested == 1 and second.ingested == 0


def test_another_database_in_the_folder_is_still_reported(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt")
    (tmp_path / "other.db").write_bytes(b"SQLite format 3\x00")
    summary = api.ingest([str(tmp_path)], str(tmp_path / "store.db"), analyse=False)
    assert [ref for ref, _ in summary.skipped] == [str(tmp_path / "other.db")]
