"""Internal term lists: those in the config (detection.term_lists) merged with per-department lists that admins
manage through the admin API, stored in the database (table term_lists).

One TermMatcher (detectors/terms.py) is built over all of them and replaced only when a list changes, never per
request. A change commits the list and bumps `settings.term_lists_version` in one transaction; the replica
that made it rebuilds at once and announces it on the change feed (gateway/changes.py), and every replica also
polls the version, so a change holds everywhere within a second with or without Redis. Terms are shown to
admins through the API; logs and audit events carry departments and counts, never a term.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from detectors.terms import MAX_TERM_CHARS, TermMatcher
from detectors.types import Finding
from gateway.changes import ChangeFeed
from gateway.config import TermList
from gateway.errors import BadRequest, Conflict, NotFound
from gateway.storage.tables import settings, term_lists

__all__ = [
    "ALL_DEPARTMENTS",
    "MAX_BODY_BYTES",
    "MAX_TERMS",
    "TOPIC",
    "StoredTermList",
    "TermListStore",
    "clean_terms",
    "department_key",
]

log = logging.getLogger("dlpgate.term_lists")
TOPIC = "term_lists"
VERSION_SETTING = "term_lists_version"
ALL_DEPARTMENTS = "*"
MAX_TERMS = 20_000  # per department
MAX_DEPARTMENT_CHARS = 200
MAX_BODY_BYTES = MAX_TERMS * (MAX_TERM_CHARS * 6 + 4) + 4096  # the longest list as JSON, every char \u-escaped
_DB_PREFIX = "department:"  # matcher list names of stored lists; config names cannot collide (see _name)


@dataclass(frozen=True, slots=True)
class StoredTermList:
    department: str
    terms: tuple[str, ...]
    updated_at: datetime
    updated_by: str


def clean_terms(terms: Sequence[str]) -> list[str]:
    """Stripped, de-duplicated, order kept; refuses blank and over-long terms and over-long lists."""
    if len(terms) > MAX_TERMS:
        raise BadRequest(f"A term list holds at most {MAX_TERMS} terms.")
    out: dict[str, None] = {}
    for i, raw in enumerate(terms):
        term = raw.strip()
        if not term:
            raise BadRequest(f"terms[{i}] is blank.")
        if len(term) > MAX_TERM_CHARS:
            raise BadRequest(f"terms[{i}] is longer than {MAX_TERM_CHARS} characters.")
        out.setdefault(term, None)
    return list(out)


def department_key(department: str) -> str:
    key = department.strip().casefold()
    if not key or len(key) > MAX_DEPARTMENT_CHARS:
        raise BadRequest(f"A department name is 1 to {MAX_DEPARTMENT_CHARS} characters.")
    return key


class TermListStore:
    """The live matcher and which of its lists apply to a department. `find` is what the pipeline calls."""

    def __init__(self, engine: AsyncEngine, configured: Mapping[str, TermList], changes: ChangeFeed | None) -> None:
        self._engine = engine
        self._changes = changes
        self._configured = {
            name: (None if tl.departments is None else frozenset(d.casefold() for d in tl.departments), tl.all_terms())
            for name, tl in configured.items()
        }
        self._stored: dict[str, StoredTermList] = {}
        self._version: int | None = None
        self._lock = asyncio.Lock()
        self.matcher = self._build({})
        if changes is not None:
            changes.register(TOPIC, self.refresh, poll=self.refresh)

    def _build(self, stored: Mapping[str, StoredTermList]) -> TermMatcher:
        lists: dict[str, Collection[str]] = {name: terms for name, (_, terms) in self._configured.items()}
        lists.update({_DB_PREFIX + d: s.terms for d, s in stored.items()})
        return TermMatcher(lists)

    def lists_for(self, department: str | None) -> list[str]:
        """Names of the matcher's lists that apply to a request from `department`."""
        key = (department or "").casefold()
        names = [n for n, (depts, _) in self._configured.items() if depts is None or key in depts]
        names += [_DB_PREFIX + d for d in self._stored if d in (key, ALL_DEPARTMENTS)]
        return names

    def find(self, text: str, lists: Collection[str]) -> Iterator[Finding]:
        return self.matcher.find(text, lists)

    def stored(self) -> list[StoredTermList]:
        return sorted(self._stored.values(), key=lambda s: s.department)

    def configured(self) -> list[tuple[str, frozenset[str] | None, int]]:
        return [(name, depts, len(terms)) for name, (depts, terms) in self._configured.items()]

    async def refresh(self) -> None:
        """Reread the stored lists if their version moved; rebuild the matcher only then."""
        async with self._lock, self._engine.connect() as conn:
            version = await _version(conn)
            if version == self._version:
                return
            rows = (await conn.execute(sa.select(term_lists))).mappings().all()
            stored = {
                r["department"]: StoredTermList(
                    r["department"], tuple(str(t) for t in r["terms"]), r["updated_at"], r["updated_by"]
                )
                for r in rows
            }
            matcher = await asyncio.to_thread(self._build, stored)
            self._stored, self.matcher, self._version = stored, matcher, version
        log.info("term lists loaded", extra={"lists": len(stored), "terms": matcher.size, "version": version})

    async def replace(self, department: str, terms: Sequence[str], *, actor: str) -> tuple[int, int]:
        """Replace a department's stored list; (terms before, terms after)."""
        key = department_key(department)
        cleaned = clean_terms(terms)
        now = datetime.now(UTC)
        try:
            async with self._engine.begin() as conn:
                before = await self._count(conn, key)
                values = {"terms": cleaned, "updated_at": now, "updated_by": actor}
                if before is None:
                    await conn.execute(term_lists.insert().values(department=key, **values))
                else:
                    await conn.execute(term_lists.update().where(term_lists.c.department == key).values(**values))
                await _bump(conn)
        except IntegrityError:
            raise Conflict("That department's term list was created at the same time elsewhere; try again.") from None
        await self._changed()
        return before or 0, len(cleaned)

    async def delete(self, department: str) -> int:
        """Delete a department's stored list; the number of terms it had."""
        key = department_key(department)
        async with self._engine.begin() as conn:
            before = await self._count(conn, key)
            if before is None:
                raise NotFound("That department has no stored term list.")
            await conn.execute(term_lists.delete().where(term_lists.c.department == key))
            await _bump(conn)
        await self._changed()
        return before

    async def _count(self, conn: AsyncConnection, key: str) -> int | None:
        row = (await conn.execute(sa.select(term_lists.c.terms).where(term_lists.c.department == key))).first()
        return None if row is None else len(row[0])

    async def _changed(self) -> None:
        await self.refresh()
        if self._changes is not None:
            await self._changes.publish(TOPIC)


async def _version(conn: AsyncConnection) -> int:
    value = (await conn.execute(sa.select(settings.c.value).where(settings.c.name == VERSION_SETTING))).scalar()
    return int(value or 0)


async def _bump(conn: AsyncConnection) -> None:
    """Increment the version in the database itself (atomic under concurrent changes from several replicas);
    migration 0006 creates the row."""
    bumped = await conn.execute(
        settings.update()
        .where(settings.c.name == VERSION_SETTING)
        .values(value=sa.cast(sa.cast(settings.c.value, sa.Integer) + 1, sa.Text))
    )
    if bumped.rowcount == 0:
        await conn.execute(settings.insert().values(name=VERSION_SETTING, value="1"))
