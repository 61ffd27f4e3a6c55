"""Every foreign key indexed: articles.supersedes_id and attribution_via.actor_id

A foreign key without an index makes every delete or key update of the parent row scan the
child table (SQLite checks ``ON DELETE SET NULL`` row by row; PostgreSQL does the same scan).
``claimcheck xref`` replaces the actor table on every analysis, so each deleted actor scanned
``attribution_via`` once: 754 CPU-s on a 100,000-article store, 1 s with this index (issue 13).
``articles.supersedes_id`` is scanned the same way when an article version is deleted.

``tests/test_migrations.py::test_every_foreign_key_is_indexed`` lists the foreign keys of the
migrated schema on both dialects and fails on one that no index (or primary key / unique
constraint) leads with.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 18:40:00
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# (index name from the models' naming convention, table, column)
_INDEXES = (
    ("ix_articles_supersedes_id", "articles", "supersedes_id"),
    ("ix_attribution_via_actor_id", "attribution_via", "actor_id"),
)


def upgrade() -> None:
    for name, table, column in _INDEXES:
        op.create_index(name, table, [column])


def downgrade() -> None:
    for name, table, _column in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
