"""Policy actions: warn-with-justification and monitor mode in audit records.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        batch.add_column(sa.Column("enforced", sa.Boolean, nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("justification", sa.Text, nullable=True))
        batch.add_column(sa.Column("would_decision", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        batch.drop_column("would_decision")
        batch.drop_column("justification")
        batch.drop_column("enforced")
