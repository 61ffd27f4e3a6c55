"""clusters.story: the story id of each cluster, given at analysis time

A story groups clusters about the same actors and event (``claimcheck.xref.story``). Its id
depends on every cluster of the analysis, so ``report --format json|jsonl|csv`` had to read
every row once before writing its first; the analysis now stores each cluster's story id and
an unfiltered streamed report writes rows as they are read. Clusters of an analysis made
before this revision keep NULL, and a report over them computes the stories as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 00:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clusters", sa.Column("story", sa.String(24), nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+, as 0002 needs): a batch copy of ``clusters`` would cascade-delete its members
    op.drop_column("clusters", "story")
