"""Registered confidential documents: their metadata and keyed fingerprints (never their text).

Revision ID: 0003_documents
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_documents"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("source_type", sa.String(16), nullable=False),
        sa.Column("fingerprints", sa.Integer, nullable=False),
        sa.Column("registered_by", sa.String(200), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "doc_fingerprints",
        sa.Column("hash", sa.BigInteger, nullable=False),
        sa.Column("doc_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("hash", "doc_id"),
    )
    op.create_index("ix_doc_fingerprints_doc_id", "doc_fingerprints", ["doc_id"])


def downgrade() -> None:
    op.drop_table("doc_fingerprints")
    op.drop_table("documents")
