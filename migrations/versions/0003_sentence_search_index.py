"""sentences_fts: a full-text index over body sentences, kept at ingest, for ``check``

``claimcheck check`` retrieves the sentences that may address a claim through this index instead
of judging every sentence of the database.  The index is filled by triggers as sentences are
stored (whoever stores them), and here from the rows already there.  Boilerplate sentences are
not indexed (they are never mined).

- SQLite: an FTS5 table ``sentences_fts(text)`` whose rowid is ``sentences.id`` (porter stemmer,
  diacritics folded), an insert trigger that slices the sentence out of its article and a delete
  trigger.  A SQLite built without FTS5 gets no index: ``check`` then scans (slower, same result).
- PostgreSQL: a table ``sentences_fts(sentence_id, tsv)`` with a GIN index over an English
  ``tsvector``, filled by a trigger function; rows go with their sentence (``ON DELETE CASCADE``).

The index is not part of the ORM models (``db check`` ignores tables named ``*_fts*``); only
:mod:`claimcheck.store.search` reads it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_SQLITE_TOKENIZE = "porter unicode61 remove_diacritics 2"
_SLICE = 'substr(a.text, {s}.start + 1, {s}."end" - {s}.start)'


def _sqlite_has_fts5() -> bool:
    bind = op.get_bind()
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._fts5_probe USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp._fts5_probe")
    except Exception:  # noqa: BLE001 - any failure means: no FTS5 in this build
        return False
    return True


def _upgrade_sqlite() -> None:
    if not _sqlite_has_fts5():
        return
    op.execute(f"CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize='{_SQLITE_TOKENIZE}')")
    op.execute("CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences WHEN NOT new.boilerplate BEGIN "
               f"INSERT INTO sentences_fts(rowid, text) SELECT new.id, {_SLICE.format(s='new')} "
               "FROM articles a WHERE a.id = new.article_id; END")
    op.execute("CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences WHEN NOT old.boilerplate BEGIN "
               "DELETE FROM sentences_fts WHERE rowid = old.id; END")
    op.execute(f"INSERT INTO sentences_fts(rowid, text) SELECT s.id, {_SLICE.format(s='s')} "
               "FROM sentences s JOIN articles a ON a.id = s.article_id WHERE NOT s.boilerplate")


def _upgrade_postgresql() -> None:
    op.execute("CREATE TABLE sentences_fts (sentence_id BIGINT NOT NULL, tsv TSVECTOR NOT NULL, "
               "CONSTRAINT pk_sentences_fts PRIMARY KEY (sentence_id), "
               "CONSTRAINT fk_sentences_fts_sentence_id_sentences FOREIGN KEY (sentence_id) "
               "REFERENCES sentences (id) ON DELETE CASCADE)")
    op.execute("CREATE INDEX ix_sentences_fts_tsv ON sentences_fts USING GIN (tsv)")
    op.execute("CREATE FUNCTION sentences_fts_fill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "INSERT INTO sentences_fts (sentence_id, tsv) "
               f"SELECT NEW.id, to_tsvector('english', {_SLICE.format(s='NEW')}) "
               "FROM articles a WHERE a.id = NEW.article_id; RETURN NULL; END $$")
    op.execute("CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences FOR EACH ROW "
               "WHEN (NOT NEW.boilerplate) EXECUTE FUNCTION sentences_fts_fill()")
    op.execute("INSERT INTO sentences_fts (sentence_id, tsv) "
               f"SELECT s.id, to_tsvector('english', {_SLICE.format(s='s')}) "
               "FROM sentences s JOIN articles a ON a.id = s.article_id WHERE NOT s.boilerplate")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _upgrade_sqlite()
    elif dialect == "postgresql":
        _upgrade_postgresql()
    # other dialects: no index; ``check`` scans


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sentences_fts_insert")
        op.execute("DROP TRIGGER IF EXISTS sentences_fts_delete")
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS sentences_fts_insert ON sentences")
        op.execute("DROP FUNCTION IF EXISTS sentences_fts_fill()")
        op.execute("DROP TABLE IF EXISTS sentences_fts")
