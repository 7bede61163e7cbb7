"""term_lists: per-department lists of undisclosed terms managed through the admin API (merged with the lists
in the config). Changes bump the `term_lists_version` row of `settings`, which every replica polls.

Revision ID: 0006_term_lists
Revises: 0005_audit_entities
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_term_lists"
down_revision = "0005_audit_entities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "term_lists",
        sa.Column("department", sa.String(200), primary_key=True),
        sa.Column("terms", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    )
    op.execute("INSERT INTO settings (name, value) VALUES ('term_lists_version', '0')")


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE name = 'term_lists_version'")
    op.drop_table("term_lists")
