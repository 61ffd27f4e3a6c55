"""claims.place, place_start, place_end: where each claim happened

The claims parser finds each claim's place: the first place its own words name, else the first its
sentence names, else the place its article is about (``parse.claims.place``), and clustering compares
it: two claims of one agent and predicate in two places, neither within the other, are two events
(``xref.cluster.places_differ``). Stored as written and as a span of the article text (outside the
claim's own span when inherited), so that it can be checked against the article. Claims stored
before this revision have none (NULL): clustering compares no place for them until their articles
are parsed again (a new extractor version, as any change of the lexicons gives).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 17:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

COLUMNS = (("place", sa.Text()), ("place_start", sa.Integer()), ("place_end", sa.Integer()))


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+, as 0002 needs): a batch copy of ``claims`` would cascade-delete what refers to it
    for name, _ in reversed(COLUMNS):
        op.drop_column("claims", name)
