"""Table definitions. The Alembic revisions in migrations/ create exactly these; a test compares them."""

from __future__ import annotations

import sqlalchemy as sa

__all__ = [
    "admin_events",
    "api_keys",
    "audit_entities",
    "audit_records",
    "audit_reviews",
    "console_sessions",
    "console_signin_failures",
    "doc_fingerprints",
    "documents",
    "metadata",
    "provider_state",
    "settings",
    "term_lists",
]

metadata = sa.MetaData()

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("prefix", sa.String(16), nullable=False),
    sa.Column("user_name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("department", sa.String(200), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_by", sa.String(200), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)

audit_records = sa.Table(
    "audit_records",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("ts", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("key_id", sa.String(32), nullable=True),
    sa.Column("user_name", sa.String(200), nullable=True, index=True),
    sa.Column("role", sa.String(16), nullable=True),
    sa.Column("department", sa.String(200), nullable=True),
    sa.Column("client_addr", sa.String(64), nullable=True),
    sa.Column("endpoint", sa.String(32), nullable=False),
    sa.Column("requested_model", sa.String(256), nullable=True),
    sa.Column("provider_id", sa.String(64), nullable=True),
    sa.Column("decision", sa.String(16), nullable=False, index=True),
    sa.Column("code", sa.String(40), nullable=True),
    sa.Column("rule", sa.String(200), nullable=True),
    sa.Column("entities", sa.JSON, nullable=False),
    sa.Column("spans", sa.JSON, nullable=False),
    sa.Column("excerpt", sa.Text, nullable=True),
    sa.Column("prompt_hmac", sa.String(64), nullable=True),
    sa.Column("policy_revision", sa.String(80), nullable=True),
    sa.Column("decision_id", sa.String(40), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("http_status", sa.Integer, nullable=True),
    sa.Column("upstream_status", sa.Integer, nullable=True),
    sa.Column("latency_ms", sa.Float, nullable=True),
    sa.Column("upstream_ms", sa.Float, nullable=True),
    sa.Column("prompt_tokens", sa.Integer, nullable=True),
    sa.Column("completion_tokens", sa.Integer, nullable=True),
    sa.Column("stream", sa.Boolean, nullable=False, default=False),
    # 0002: monitor mode records what would have happened; a justification is stored scanned and redacted.
    sa.Column("enforced", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("justification", sa.Text, nullable=True),
    sa.Column("would_decision", sa.String(16), nullable=True),
    # 0007: the justification is stored as a skeleton; this is the length of the reason the client sent.
    sa.Column("justification_chars", sa.Integer, nullable=True),
)

admin_events = sa.Table(
    "admin_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("ts", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.String(200), nullable=False),
    sa.Column("before", sa.JSON, nullable=True),
    sa.Column("after", sa.JSON, nullable=True),
    sa.Column("request_id", sa.String(40), nullable=True),
)

provider_state = sa.Table(
    "provider_state",
    metadata,
    sa.Column("provider_id", sa.String(64), primary_key=True),
    sa.Column("enabled", sa.Boolean, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False),
)

settings = sa.Table(
    "settings",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# 0003_documents: registered confidential documents, fingerprints only (see detectors/fingerprint.py).
documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("title", sa.String(300), nullable=False),
    sa.Column("source_type", sa.String(16), nullable=False),
    sa.Column("fingerprints", sa.Integer, nullable=False),
    sa.Column("registered_by", sa.String(200), nullable=False),
    sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
)

doc_fingerprints = sa.Table(
    "doc_fingerprints",
    metadata,
    sa.Column("hash", sa.BigInteger, primary_key=True),
    sa.Column("doc_id", sa.String(32), primary_key=True, index=True),
)

# 0004_console: the web console (gateway/console). Sessions are shared by replicas through the database; only
# a SHA-256 of the random session id is stored. Failed sign-ins are counted per client address, never the key.
console_sessions = sa.Table(
    "console_sessions",
    metadata,
    sa.Column("id_hash", sa.String(64), primary_key=True),
    sa.Column("key_id", sa.String(32), nullable=False, index=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

console_signin_failures = sa.Table(
    "console_signin_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("client_addr", sa.String(64), nullable=False),
    sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_console_signin_failures_addr_ts", "client_addr", "ts"),
)

# A reviewer's verdict on one audit record (the latest wins; each change is also an admin event).
audit_reviews = sa.Table(
    "audit_reviews",
    metadata,
    sa.Column("request_id", sa.String(40), primary_key=True),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("comment", sa.Text, nullable=True),
    sa.Column("reviewer", sa.String(200), nullable=False),
    sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
)

# Keyset paging for the console's review list: each filter column paired with the primary key, newest first.
for _column in ("decision", "user_name", "department", "provider_id", "rule"):
    sa.Index(f"ix_audit_records_{_column}_id", audit_records.c[_column], audit_records.c.id)

# 0005_audit_entities: one row per audit record and entity type, written with the record (gateway/audit.py), so
# the console's entity filter is an index walk: (entity, request_id) newest first, or (entity, decision,
# request_id) with a decision filter. A record's decision never changes after insert, so the copy stays true.
audit_entities = sa.Table(
    "audit_entities",
    metadata,
    sa.Column("request_id", sa.String(40), sa.ForeignKey("audit_records.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("entity", sa.String(40), primary_key=True),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index("ix_audit_entities_entity_id", "entity", "request_id"),
    sa.Index("ix_audit_entities_entity_decision_id", "entity", "decision", "request_id"),
)

# 0006_term_lists: a department's undisclosed terms, replaced whole through the admin API (gateway/term_lists.py);
# `department` is case-folded, "*" applies to every department. Each change bumps settings.term_lists_version.
term_lists = sa.Table(
    "term_lists",
    metadata,
    sa.Column("department", sa.String(200), primary_key=True),
    sa.Column("terms", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False),
)
