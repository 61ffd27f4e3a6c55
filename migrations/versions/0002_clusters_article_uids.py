"""clusters: article_uids replaces report_json

A report row is built from the cluster's columns when it is read (``claimcheck.model.ReportRow``),
no longer rendered into ``clusters.report_json`` at analysis time. The one thing that row had
beyond the columns, the uids of the articles that mention the cluster, becomes the JSON column
``article_uids``; existing rows get it from their ``report_json``.

Both steps are plain ``ALTER TABLE`` (no table copy: on SQLite a copied ``clusters`` table would
cascade-delete its members), so SQLite needs ``DROP COLUMN`` (3.35 or newer).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 16:00:00
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_clusters = sa.table("clusters", sa.column("id", sa.Integer), sa.column("report_json", sa.Text),
                     sa.column("article_uids", sa.Text))


def _needs_drop_column() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        import sqlite3

        if sqlite3.sqlite_version_info < (3, 35, 0):
            raise RuntimeError(f"this migration needs SQLite 3.35 or newer (ALTER TABLE DROP COLUMN); "
                               f"Python here has SQLite {sqlite3.sqlite_version}")


def _article_ids(report_json: str | None) -> str:
    try:
        ids = json.loads(report_json or "{}").get("article_ids") or []
    except (ValueError, AttributeError):
        ids = []
    return json.dumps([str(i) for i in ids], ensure_ascii=False)


def upgrade() -> None:
    _needs_drop_column()
    op.add_column("clusters", sa.Column("article_uids", sa.Text(), nullable=False, server_default="[]"))
    bind = op.get_bind()
    fill = (_clusters.update().where(_clusters.c.id == sa.bindparam("cid"))
            .values(article_uids=sa.bindparam("uids")))
    batch: list[dict[str, object]] = []
    for cid, report_json in bind.execute(sa.select(_clusters.c.id, _clusters.c.report_json)).all():
        batch.append({"cid": cid, "uids": _article_ids(report_json)})
        if len(batch) >= 10_000:
            bind.execute(fill, batch)
            batch = []
    if batch:
        bind.execute(fill, batch)
    op.drop_column("clusters", "report_json")


def downgrade() -> None:
    # the rendered rows are not rebuilt here: revision 0001's `report` asks for `claimcheck xref`
    _needs_drop_column()
    op.add_column("clusters", sa.Column("report_json", sa.Text(), nullable=False, server_default="{}"))
    op.drop_column("clusters", "article_uids")
