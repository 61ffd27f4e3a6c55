"""claims.predicate, predicate_start, predicate_end, predicate_lemma: the head verb of each claim

The claims parser finds each claim's predicate, the head verb of its main clause past auxiliaries,
modals, a verb of planning or seeming and a speech frame (``parse.claims.predicate``), and
clustering compares it: a claim joins a cluster only when its predicate meets the
representative's (``xref.cluster.predicates_meet``). Stored as written, as a span of the article
text and as a lemma. Claims stored before this revision have none (NULL): clustering reads them
by its rule without a predicate until their articles are parsed again (a new extractor version,
as any change of the lexicons gives).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 14:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

COLUMNS = (("predicate", sa.Text()), ("predicate_start", sa.Integer()), ("predicate_end", sa.Integer()),
           ("predicate_lemma", sa.Text()))


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+, as 0002 needs): a batch copy of ``claims`` would cascade-delete what refers to it
    for name, _ in reversed(COLUMNS):
        op.drop_column("claims", name)
