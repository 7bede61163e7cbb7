"""Synthetic audit records at scale, made inside the database (INSERT ... SELECT, no Python loop), for the
paging tests and bench/console_bench.py. SQLite and PostgreSQL get the same rows.

Row i: id `req_` + 12 hex digits of (START + i * STEP_MS) + 16 hex digits of i, so ids are time-ordered as
the gateway's are; decision from i % 6 (half allowed), user i % 499, department i % 37, provider i % 3 (moduli
chosen so that filters combine without lockstep); entities from i % 4, and one record in RARE_EVERY carries
only KR_PASSPORT (a rare type: the case a JSON text match was slow for). The side table audit_entities is
filled from the JSON as migration 0005 fills it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

__all__ = ["RARE_EVERY", "START", "STEP_MS", "fill", "fill_entities", "fill_records"]

START = datetime(2025, 1, 1, tzinfo=UTC)
STEP_MS = 2_000  # a million rows span about 23 days
RARE_EVERY = 10_007

_COLUMNS = (
    "id, ts, user_name, department, endpoint, provider_id, decision, rule, entities, spans, decision_id, status, "
    "stream, enforced"
)
_DECISION = "CASE i % 6 WHEN 3 THEN 'masked' WHEN 4 THEN 'blocked' WHEN 5 THEN 'warned' ELSE 'allowed' END"
_RULE = "CASE i % 6 WHEN 4 THEN 'entities.KR_RRN:block' ELSE 'entities.KR_RRN:mask' END"
_ENTITIES = (
    f"CASE WHEN i % {RARE_EVERY} = 0 THEN '{{\"KR_PASSPORT\": 1}}' "
    "WHEN i % 4 = 0 THEN '{\"KR_RRN\": 1}' WHEN i % 4 = 1 THEN '{\"EMAIL_ADDRESS\": 2}' WHEN i % 4 = 2 THEN '{}' "
    'ELSE \'{"PHONE_NUMBER": 1, "PERSON": 1}\' END'
)


def _records_sql(dialect: str, first: int, n: int) -> str:
    start_ms = int(START.timestamp() * 1000)
    if dialect == "sqlite":
        rid = f"printf('req_%012x%016x', {start_ms} + i * {STEP_MS}, i)"
        ts = f"strftime('%Y-%m-%d %H:%M:%f', ({start_ms} + i * {STEP_MS}) / 1000.0, 'unixepoch') || '000'"
        series = f"WITH RECURSIVE s(i) AS (SELECT {first} UNION ALL SELECT i + 1 FROM s WHERE i < {first + n - 1}) "
        src, js, true = "s", _ENTITIES, "1"
    else:
        rid = f"'req_' || lpad(to_hex({start_ms}::bigint + i * {STEP_MS}), 12, '0') || lpad(to_hex(i::bigint), 16, '0')"
        ts = f"to_timestamp(({start_ms}::bigint + i * {STEP_MS}) / 1000.0)"
        series = ""
        src, js, true = f"generate_series({first}, {first + n - 1}) AS s(i)", f"({_ENTITIES})::json", "true"
    return (
        f"{series}INSERT INTO audit_records ({_COLUMNS}) SELECT {rid}, {ts}, 'user' || (i % 499), "
        f"'dept' || (i % 37), 'chat.completions', 'prov' || (i % 3), {_DECISION}, {_RULE}, {js}, "
        f"{'(' + repr('[]') + ')::json' if dialect != 'sqlite' else repr('[]')}, 'dec_' || i, 'complete', "
        f"{'false' if dialect != 'sqlite' else '0'}, {true} FROM {src}"
    )


_ENTITIES_SQL = {
    "sqlite": (
        "INSERT INTO audit_entities (request_id, entity, decision, n) "
        "SELECT r.id, j.key, r.decision, j.value FROM audit_records AS r, json_each(r.entities) AS j"
    ),
    "postgresql": (
        "INSERT INTO audit_entities (request_id, entity, decision, n) "
        "SELECT r.id, j.key, r.decision, j.value::int FROM audit_records AS r, json_each_text(r.entities) AS j"
    ),
}


def fill_records(conn: Connection, n: int, *, chunk: int = 200_000) -> None:
    """n audit records (without their audit_entities rows), in chunks that keep each statement modest."""
    for first in range(0, n, chunk):
        conn.execute(sa.text(_records_sql(conn.dialect.name, first, min(chunk, n - first))))


def fill_entities(conn: Connection) -> None:
    conn.execute(sa.text(_ENTITIES_SQL[conn.dialect.name]))


def fill(conn: Connection, n: int) -> None:
    """n records and their side-table rows, then fresh planner statistics."""
    fill_records(conn, n)
    fill_entities(conn)
    conn.execute(sa.text("ANALYZE"))
