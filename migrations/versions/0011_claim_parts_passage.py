"""claims.parts, passage_first, passage_last: the spans a claim's text is made of, and the sentences shown with it

A claim's text is composed of exact spans of its article (``parse.claims.statements``): the speaker
of a quotation named in the sentence after it, the subject of a relative clause, the person a
pronoun stands for, the proposition a denial answers are recovered parts that keep their own spans,
often outside the sentence the claim was found in. ``parts`` keeps them (JSON ``[[start, end,
text], ...]`` in reading order; NULL: the claim's text is its span's), and ``passage_first`` /
``passage_last`` are the indices of the first and last sentence of the run that holds every part
and the sentence it was found in: the passage shown beside it, so that every word shown can be
checked against the article (issue 9 item 1; ``benchmarks/claim_spans.py``). Claims stored before
this revision have none (NULL): their sentence (``sentence_idx``) alone is shown, as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 20:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

COLUMNS = (("parts", sa.Text()), ("passage_first", sa.Integer()), ("passage_last", sa.Integer()))


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+, as 0002 needs): a batch copy of ``claims`` would cascade-delete what refers to it
    for name, _ in reversed(COLUMNS):
        op.drop_column("claims", name)
