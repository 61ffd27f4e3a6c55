"""clusters.reason_codes: the status reasons a program reads, as codes, not words

``xref.grade.status_from_origins`` gives each status its reasons in words (for people) and,
since this revision, reason codes (``denied_only_by_party``: contradicted, and every origin
against it is a party the claim is about). The ClaimReview export reads the code instead of
matching the words. Clusters of an analysis made before this revision get the code from the
words they were stored with, once, here.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 21:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# the sentence xref.grade stored with such a cluster before the code existed
_PARTY_ONLY = "the denial comes from a party the claim is about%"


def upgrade() -> None:
    op.add_column("clusters", sa.Column("reason_codes", sa.Text(), nullable=False, server_default="[]"))
    op.execute(sa.text("UPDATE clusters SET reason_codes = '[\"denied_only_by_party\"]' "
                       "WHERE status = 'contradicted' AND credibility_reasons LIKE :words")
               .bindparams(words='%"' + _PARTY_ONLY + '"%'))


def downgrade() -> None:
    # in place (SQLite 3.35+, as 0002 needs): a batch copy of ``clusters`` would cascade-delete its members
    op.drop_column("clusters", "reason_codes")
