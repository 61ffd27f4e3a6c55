"""cluster_members: origin_label and origin_reason

Each mention of a cluster records its origin in words and why it counts under an origin an
earlier mention already had ("same wire credit (X)", "near-identical text", "same unnamed source
via X", "same speaker"), for ``claimcheck show``.  Both columns are nullable: rows of earlier
analyses have neither until the next ``claimcheck xref``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 17:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cluster_members", sa.Column("origin_label", sa.Text(), nullable=True))
    op.add_column("cluster_members", sa.Column("origin_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cluster_members") as batch:
        batch.drop_column("origin_reason")
        batch.drop_column("origin_label")
