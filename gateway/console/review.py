"""Reading audit records for the console: filters, keyset pages, exports, one record, reviewers' verdicts.

Paging stays fast at a million records because every query is keyset-ordered on a request id: each equality
filter has a (column, id) index (migration 0004_console), and a date range is turned into a range of ids, which
are time-ordered (`req_` + 12 hex digits of milliseconds, see gateway.audit.new_request_id). With an entity
type, the walk starts in the side table audit_entities instead (migration 0005_audit_entities), on its
(entity, request_id) or (entity, decision, request_id) index, and joins each hit to its record by primary key
(docs/console.md). Records never hold raw values, so nothing read here can show one.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from detectors.types import Entity
from gateway.errors import BadRequest, ServiceUnavailable
from gateway.storage.tables import admin_events, audit_entities, audit_records, audit_reviews

__all__ = [
    "EXPORT_BATCH",
    "PAGE_SIZE",
    "Filters",
    "Segment",
    "Verdict",
    "excerpt_segments",
    "fetch_page",
    "fetch_record",
    "filtered_query",
    "id_bound",
    "iter_export",
    "parse_filters",
    "set_review",
]

PAGE_SIZE = 50
EXPORT_BATCH = 1000
MAX_FILTER_CHARS = 200
_ID_CURSOR = re.compile(r"req_[0-9a-f]{12,40}")
_ENTITY_TOKEN = re.compile(r"<([A-Z][A-Z0-9_]{1,39})>")
KNOWN_DECISIONS = ("allowed", "masked", "warned", "justified", "blocked", "error")


class Verdict(StrEnum):
    """A reviewer's verdict, stored in audit_reviews: a rename is a migration."""

    CONFIRMED = "confirmed"
    FALSE_POSITIVE = "false_positive"


@dataclass(frozen=True, slots=True)
class Filters:
    decision: str | None = None
    user: str | None = None
    department: str | None = None
    provider: str | None = None
    entity: str | None = None
    rule: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive: the whole day

    def query_items(self) -> list[tuple[str, str]]:
        out = []
        for name in ("decision", "user", "department", "provider", "entity", "rule", "since", "until"):
            value = getattr(self, name)
            if value is not None:
                out.append((name, value.isoformat() if isinstance(value, date) else value))
        return out


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    if len(value) > MAX_FILTER_CHARS or any(ord(c) < 32 for c in value):
        raise BadRequest(f"Filter {name!r} must be at most {MAX_FILTER_CHARS} printable characters.")
    return value


def _day(params: Mapping[str, str], name: str) -> date | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"Filter {name!r} must be a date like 2025-01-31.") from None


def parse_filters(params: Mapping[str, str]) -> Filters:
    decision = _text(params, "decision")
    if decision is not None and decision not in KNOWN_DECISIONS:
        raise BadRequest(f"Filter 'decision' must be one of: {', '.join(KNOWN_DECISIONS)}.")
    entity = _text(params, "entity")
    if entity is not None and entity not in Entity.__members__:
        raise BadRequest("Filter 'entity' must be a known entity type.")
    return Filters(
        decision=decision,
        user=_text(params, "user"),
        department=_text(params, "department"),
        provider=_text(params, "provider"),
        entity=entity,
        rule=_text(params, "rule"),
        since=_day(params, "since"),
        until=_day(params, "until"),
    )


def id_bound(day: date) -> str:
    """The smallest request id of a UTC day: ids start with the request's time in milliseconds."""
    ms = int(datetime.combine(day, time(), tzinfo=UTC).timestamp() * 1000)
    return f"req_{ms:012x}"


def filtered_query(f: Filters, *, before: str | None = None) -> sa.Select[Any]:
    """Newest first, by request id; every condition is one that an index (0004_console, 0005) or the key serves.

    Without an entity type the walk is over audit_records, on the index of an equality filter or the key. With
    one, and no filter on user, department, provider or rule, it is over audit_entities, whose rows carry the
    record's decision: (entity, request_id), or (entity, decision, request_id) with a decision filter.
    """
    c = audit_records.c
    key: sa.ColumnElement[str] = c.id
    q = sa.select(audit_records)
    equality = [(c.user_name, f.user), (c.department, f.department), (c.provider_id, f.provider), (c.rule, f.rule)]
    if f.entity is None:
        equality.insert(0, (c.decision, f.decision))
    else:
        e = audit_entities.c
        q = q.select_from(audit_entities.join(audit_records, c.id == e.request_id)).where(e.entity == f.entity)
        if f.decision is not None:
            q = q.where(e.decision == f.decision)
        if not any(value is not None for _, value in equality):
            # Ordered by the side table's id, the walk runs in its index. With a user, department, provider or
            # rule as well, ordering by the record's id lets the walk run in that column's (column, id) index
            # instead, each row's entity checked by a seek: either way no sort, and it stops when the page fills.
            key = e.request_id
    for column, value in equality:
        if value is not None:
            q = q.where(column == value)
    # Bounds go on both ids when the side table is joined, so that either side of a merge join starts at the
    # cursor instead of at the newest record (PostgreSQL would otherwise walk the records' key from the top).
    for k in (c.id, audit_entities.c.request_id) if f.entity is not None else (c.id,):
        if f.since is not None:
            q = q.where(k >= id_bound(f.since))
        if f.until is not None:
            q = q.where(k < id_bound(f.until + timedelta(days=1)))
        if before is not None:
            q = q.where(k < before)
    return q.order_by(key.desc())


def _cursor(before: str | None) -> str | None:
    if before is None or not before:
        return None
    if not _ID_CURSOR.fullmatch(before):
        raise BadRequest("The page cursor is not a request id.")
    return before


async def fetch_page(
    engine: AsyncEngine, f: Filters, before: str | None, limit: int = PAGE_SIZE
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of records and the cursor of the next (None on the last page)."""
    q = filtered_query(f, before=_cursor(before)).limit(limit + 1)
    q = q.add_columns(audit_reviews.c.verdict).outerjoin(
        audit_reviews, audit_reviews.c.request_id == audit_records.c.id
    )
    try:
        async with engine.connect() as conn:
            rows = [dict(r) for r in (await conn.execute(q)).mappings().all()]
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable("Audit storage is unreachable.") from exc
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["id"] if more and rows else None)


async def fetch_record(engine: AsyncEngine, rid: str) -> tuple[dict[str, Any], dict[str, Any] | None] | None:
    if len(rid) > 40:
        return None
    try:
        async with engine.connect() as conn:
            row = (await conn.execute(sa.select(audit_records).where(audit_records.c.id == rid))).mappings().first()
            review = (
                (await conn.execute(sa.select(audit_reviews).where(audit_reviews.c.request_id == rid)))
                .mappings()
                .first()
            )
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable("Audit storage is unreachable.") from exc
    if row is None:
        return None
    return dict(row), (dict(review) if review else None)


async def set_review(
    engine: AsyncEngine, rid: str, verdict: Verdict, comment: str | None, *, reviewer: str, request_id: str
) -> None:
    """Store the verdict (the latest wins) and its admin event in one transaction: no unaudited verdict."""
    now = datetime.now(UTC)
    values = {"verdict": verdict.value, "comment": comment, "reviewer": reviewer, "reviewed_at": now}
    try:
        async with engine.begin() as conn:
            prev = (
                (await conn.execute(sa.select(audit_reviews).where(audit_reviews.c.request_id == rid)))
                .mappings()
                .first()
            )
            if prev is None:
                await conn.execute(audit_reviews.insert().values(request_id=rid, **values))
            else:
                await conn.execute(audit_reviews.update().where(audit_reviews.c.request_id == rid).values(**values))
            await conn.execute(
                admin_events.insert().values(
                    ts=now,
                    actor=reviewer,
                    action="audit.review",
                    target=rid,
                    before={"verdict": prev["verdict"], "comment": prev["comment"]} if prev else None,
                    after={"verdict": verdict.value, "comment": comment},
                    request_id=request_id,
                )
            )
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable("The review could not be stored or audited, so it was not saved.") from exc


async def iter_export(engine: AsyncEngine, f: Filters, limit: int) -> AsyncIterator[dict[str, Any]]:
    """The filtered set, newest first, in keyset batches (no offset, no long-held cursor), at most `limit`."""
    before: str | None = None
    sent = 0
    while sent < limit:
        q = filtered_query(f, before=before).limit(min(EXPORT_BATCH, limit - sent))
        async with engine.connect() as conn:
            rows = (await conn.execute(q)).mappings().all()
        for r in rows:
            yield dict(r)
        sent += len(rows)
        if len(rows) < EXPORT_BATCH:
            return
        before = rows[-1]["id"]


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    entity: bool = field(default=False)


def excerpt_segments(excerpt: str | None) -> list[Segment]:
    """Split a skeleton excerpt into plain text and `<ENTITY>` placeholders, for highlighting."""
    if not excerpt:
        return []
    out: list[Segment] = []
    pos = 0
    for m in _ENTITY_TOKEN.finditer(excerpt):
        if m.start() > pos:
            out.append(Segment(excerpt[pos : m.start()]))
        out.append(Segment(m.group(1), entity=True))
        pos = m.end()
    if pos < len(excerpt):
        out.append(Segment(excerpt[pos:]))
    return out
