"""audit_records.justification_chars: the justification is stored as a skeleton (red-team #9 finding 6), and the
record keeps the length of the reason the client sent beside it. Rows written before keep NULL.

A plain ADD COLUMN of a nullable column: SQLite and PostgreSQL both add it without rewriting the table.

Revision ID: 0007_justification_chars
Revises: 0006_term_lists
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_justification_chars"
down_revision = "0006_term_lists"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_records", sa.Column("justification_chars", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        batch.drop_column("justification_chars")
