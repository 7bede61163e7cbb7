"""Web console: server-side sessions, failed sign-ins per client address, review verdicts, and the
(column, id) indexes that keep the console's keyset paging on audit_records fast at a million rows.

Revision ID: 0004_console
Revises: 0003_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_console"
down_revision = "0003_documents"
branch_labels = None
depends_on = None

PAGED_COLUMNS = ("decision", "user_name", "department", "provider_id", "rule")


def upgrade() -> None:
    op.create_table(
        "console_sessions",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_console_sessions_key_id", "console_sessions", ["key_id"])
    op.create_index("ix_console_sessions_expires_at", "console_sessions", ["expires_at"])
    op.create_table(
        "console_signin_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("client_addr", sa.String(64), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_console_signin_failures_addr_ts", "console_signin_failures", ["client_addr", "ts"])
    op.create_table(
        "audit_reviews",
        sa.Column("request_id", sa.String(40), primary_key=True),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in PAGED_COLUMNS:
        op.create_index(f"ix_audit_records_{column}_id", "audit_records", [column, "id"])


def downgrade() -> None:
    for column in PAGED_COLUMNS:
        op.drop_index(f"ix_audit_records_{column}_id", table_name="audit_records")
    for name in ("audit_reviews", "console_signin_failures", "console_sessions"):
        op.drop_table(name)
