"""clusters.status_rank and an index on (run_id, status_rank): the report's first row at once

``report`` lists clusters by status (contradicted, corroborated, single source, unattributed),
then origins, mentions and uid. The status order was a CASE expression in ORDER BY, so SQLite
sorted every cluster of the run before the first row (100,000 articles: ~660,000 rows with their
JSON columns). The rank is now stored with each cluster (``store.queries.STATUS_ORDER``) and
indexed with its run: the database reads the first status group alone, sorts it, and the
first row comes out while the other groups are still unread. Clusters of earlier analyses get
their rank here, once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 00:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_RANKS = {"contradicted": 0, "corroborated": 1, "single_source": 2, "unattributed": 3}  # store.queries.STATUS_ORDER
OTHER = 9


def upgrade() -> None:
    op.add_column("clusters", sa.Column("status_rank", sa.Integer(), nullable=False, server_default=str(OTHER)))
    whens = " ".join(f"WHEN '{s}' THEN {r}" for s, r in _RANKS.items())
    op.execute(sa.text(f"UPDATE clusters SET status_rank = CASE status {whens} ELSE {OTHER} END"))
    op.create_index("ix_clusters_run_id_status_rank", "clusters", ["run_id", "status_rank"])


def downgrade() -> None:
    op.drop_index("ix_clusters_run_id_status_rank", table_name="clusters")
    # in place (SQLite 3.35+, as 0002 needs): a batch copy of ``clusters`` would cascade-delete its members
    op.drop_column("clusters", "status_rank")
