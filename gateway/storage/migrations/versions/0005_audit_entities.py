"""audit_entities: one row per audit record and entity type, so the console filters by entity type through an
index instead of matching the entities JSON text. Existing records are copied from their entities JSON.

Revision ID: 0005_audit_entities
Revises: 0004_console
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_audit_entities"
down_revision = "0004_console"
branch_labels = None
depends_on = None

BACKFILL = {
    "sqlite": (
        "INSERT INTO audit_entities (request_id, entity, decision, n) "
        "SELECT r.id, j.key, r.decision, CAST(j.value AS INTEGER) FROM audit_records AS r, json_each(r.entities) AS j"
    ),
    "postgresql": (
        "INSERT INTO audit_entities (request_id, entity, decision, n) "
        "SELECT r.id, j.key, r.decision, j.value::int FROM audit_records AS r, json_each_text(r.entities) AS j"
    ),
}


def upgrade() -> None:
    op.create_table(
        "audit_entities",
        sa.Column("request_id", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("request_id", "entity"),
        sa.ForeignKeyConstraint(["request_id"], ["audit_records.id"], ondelete="CASCADE"),
    )
    # Copied before the indexes exist: one sorted build each is faster than growing them row by row.
    op.execute(BACKFILL[op.get_bind().dialect.name])
    op.create_index("ix_audit_entities_entity_id", "audit_entities", ["entity", "request_id"])
    op.create_index("ix_audit_entities_entity_decision_id", "audit_entities", ["entity", "decision", "request_id"])


def downgrade() -> None:
    op.drop_table("audit_entities")
