"""Registered confidential documents: text extraction, registration (fingerprints only), lookup, removal.

The document's text exists only while it is fingerprinted; the database keeps its title, type, who registered
it, and its keyed fingerprints. A prompt that carries a passage of a registered document (verbatim, reflowed,
lightly edited, reversed as a whole or line by line) shares fingerprints with it; MIN_MATCHED shared fingerprints
flag it, with the document id and how many of the prompt's and the document's fingerprints overlap.
"""

from __future__ import annotations

import asyncio
import bisect
import hashlib
import hmac
import logging
import math
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath

import orjson
import sqlalchemy as sa
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from detectors.decode import decoded_layers
from detectors.fingerprint import FingerprintFilter, Fingerprints, fingerprint, fingerprint_readings
from detectors.markup import markup_view
from detectors.types import Entity
from gateway.errors import BadRequest, NotFound, PayloadTooLarge, ServiceUnavailable
from gateway.media import decode_text
from gateway.office_text import OfficeRefused, OfficeTooLarge, office_text
from gateway.pdf_text import PdfRefused, pdf_text
from gateway.storage.tables import doc_fingerprints, documents
from gateway.tasks import cancel_and_wait
from gateway.types import SlotFinding, TextSlot
from gateway.unsafe_chars import UNSAFE_MESSAGE, has_unsafe_char

__all__ = [
    "MAX_DOCUMENT_FREQUENCY",
    "MIN_MATCHED",
    "DerivedView",
    "DocumentInfo",
    "DocumentStore",
    "derived_views",
    "distinctive",
    "extract_text",
]


def distinctive(hits: dict[int, set[str]]) -> dict[int, set[str]]:
    """Only fingerprints rare among registered documents identify one."""
    return {h: docs for h, docs in hits.items() if len(docs) <= MAX_DOCUMENT_FREQUENCY}


log = logging.getLogger("dlpgate.documents")
POLL_SECONDS = 0.5
STALE_SECONDS = 1.0  # the prefilter is trusted this long after the last successful check of the database
GROWTH = 1.25  # the prefilter's capacity over the fingerprints registered when it is built
LOAD_PARTITION = 100_000  # fingerprints read per round trip while building the prefilter
# A copy of the prefilter in Redis (when configured): bits, the ids it covers, its count and an HMAC over them
# with the deployment's secret; written and read together (MULTI).
SNAPSHOT_KEYS = tuple(f"dlpgate:documents:prefilter:{part}" for part in ("bits", "ids", "count", "seal"))
MIN_MATCHED = 6  # shared fingerprints: about 60 characters of common text at the least
# A fingerprint found in more registered documents than this is boilerplate (standard headings, legal phrases
# that every document of a ministry repeats) and does not count towards a match.
MAX_DOCUMENT_FREQUENCY = 3
MAX_DOCUMENT_BYTES = 50 << 20
LOOKUP_CHUNK = 900  # bound on query parameters per statement
INSERT_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    title: str
    source_type: str
    fingerprints: int
    registered_by: str
    registered_at: datetime


def extract_text(filename: str, data: bytes) -> tuple[str, str]:
    """(text, source type) of a .txt, .md, .csv, .docx, .hwpx or .pdf document; anything else is refused.

    Blocking (a .docx, .hwpx or PDF is read in a child process, for up to OfficeLimits.seconds or PdfLimits.seconds):
    call it from a thread. A document over a size bound is a 413, one that cannot be read a 400."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise BadRequest(f"The document is larger than {MAX_DOCUMENT_BYTES} bytes.")
    suffix = PurePath(filename).suffix.lower()
    if suffix in (".txt", ".md", ".csv"):
        return _plain_text(suffix, data), suffix[1:]
    if suffix in (".docx", ".hwpx"):
        try:
            return office_text(suffix, data), suffix[1:]
        except OfficeTooLarge as exc:
            raise PayloadTooLarge(str(exc)) from None
        except OfficeRefused as exc:
            raise BadRequest(str(exc)) from None
    if suffix == ".pdf":
        try:
            return pdf_text(data), "pdf"
        except PdfRefused as exc:
            raise BadRequest(str(exc)) from None
    raise BadRequest(f"Unsupported document type {suffix or '(none)'}: use .txt, .md, .docx, .hwpx or .pdf.")


def _plain_text(suffix: str, data: bytes) -> str:
    """A text file as the text a prompt quoting it carries: UTF-8, else read as an attached file is (gateway/media.py:
    UTF-16 by its byte-order mark or its NUL bytes, CP949). Control characters stay, as request text keeps them (the
    fingerprints read only letters and digits). Read as UTF-8 with replacement characters, a UTF-16 file (Notepad's
    "Unicode") or a CP949 one (a spreadsheet's CSV on Korean Windows) lost its Hangul to U+FFFD, and its fingerprints
    matched no prompt; a file that is none of these is now refused (400)."""
    try:
        return data.decode("utf-8")  # no UTF-16 byte-order mark is UTF-8, and UTF-16 of ASCII only reads the same
    except UnicodeDecodeError:
        pass
    text = decode_text(data)
    if text is None:
        raise BadRequest(
            f"The {suffix} document is not text in UTF-8, UTF-16 or CP949; save it as UTF-8 text and register it again."
        )
    return text


def _split_joined(
    spans: Sequence[tuple[int, int]], starts: Sequence[int], slots: Sequence[TextSlot]
) -> list[tuple[int, int, int]]:
    """(slot, start, end) per slot that matched spans of the joined text touch, in that slot's own offsets."""
    ranges: dict[int, tuple[int, int]] = {}
    for s, e in spans:
        first = bisect.bisect_right(starts, s) - 1
        last = bisect.bisect_right(starts, max(s, e - 1)) - 1
        for i in range(first, last + 1):
            lo = max(s - starts[i], 0)
            hi = min(e - starts[i], len(slots[i].text))
            if hi <= lo:
                continue
            old = ranges.get(i)
            ranges[i] = (min(lo, old[0]), max(hi, old[1])) if old else (lo, hi)
    return [(i, lo, hi) for i, (lo, hi) in sorted(ranges.items())]


@dataclass(slots=True)
class _Index:
    """The prefilter and the ids of the documents whose fingerprints it holds (it may hold more: removed ones)."""

    filter: FingerprintFilter
    doc_ids: set[str]
    source: str  # "database" or "redis"


class DocumentStore:
    """Registered documents in the database (the source of truth), and an in-process prefilter over their
    fingerprints so that a prompt's fingerprints reach the database only when they may be registered.

    The prefilter (a FingerprintFilter, about 2.5 bytes per registered fingerprint with its growth headroom) is
    built from doc_fingerprints at start, in the background; until it is ready, and whenever the last successful
    check of the database is older than STALE_SECONDS, every fingerprint is looked up in the database, as before,
    so a database outage still fails closed. Every POLL_SECONDS a cheap version (count, latest registration,
    total fingerprints) is read; when it changes, the new documents' fingerprints are added, and a removal (or
    outgrowing the filter's capacity) rebuilds it in the background while the old one, a superset, serves.
    A slot whose fingerprints pass the prefilter fewer than MIN_MATCHED times cannot match any document, so an
    unrelated prompt costs no query at all. With Redis, a prefilter built from the database is copied there,
    and a replica that starts (or rebuilds) loads that copy instead of reading the whole table, then catches
    up with the database as above; lookups never go to Redis (a round trip costs more than the filter).
    """

    def __init__(self, engine: AsyncEngine, redis: Redis | None = None) -> None:
        self._engine = engine
        self._redis = redis
        self.built_from: str | None = None  # "redis" or "database": where the live prefilter was loaded from
        self._seal_key = b""  # the deployment's secret: a copy in Redis is trusted only with its seal
        self._index: _Index | None = None
        self._version: tuple[object, ...] | None = None
        self._fresh_at = -math.inf
        self._lock = asyncio.Lock()  # guards changes to the live index; builds happen outside it
        self._task: asyncio.Task[None] | None = None
        self._rebuild: asyncio.Task[None] | None = None
        self._needs_rebuild = False  # the filter holds fingerprints of removed documents, or is over capacity
        self._registered_here: set[str] = set()  # until a sync sees them: not "removed" if it read ids before
        self.queries = 0  # lookup statements issued by find(), for tests and bench

    @property
    def count(self) -> int | None:
        """Registered documents as the prefilter knows them; None until it is built."""
        return None if self._index is None else len(self._index.doc_ids)

    @property
    def ready(self) -> bool:
        """The prefilter may be trusted: built, and the database checked within STALE_SECONDS."""
        return self._index is not None and time.monotonic() - self._fresh_at <= STALE_SECONDS

    async def start(self, key: bytes = b"") -> None:
        """Build and keep the prefilter current in the background; `key` seals the copy in Redis."""
        self._seal_key = key
        self._task = asyncio.create_task(self._poll(), name="dlpgate-documents-poll")

    async def stop(self) -> None:
        await cancel_and_wait((self._task, self._rebuild))

    async def _poll(self) -> None:
        while True:
            try:
                await self.sync()
            except (SQLAlchemyError, OSError) as exc:
                # Lookups go to the database (and fail closed with it) once the prefilter is stale.
                log.warning("document index refresh failed", extra={"error": type(exc).__name__})
            await asyncio.sleep(POLL_SECONDS)

    async def sync(self) -> None:
        """Bring the prefilter up to date with the database (the first call builds it)."""
        built = self._index or await self._from_redis() or await self._build()
        async with self._lock:
            if self._index is None:
                self._index = built
                self.built_from = built.source
        checked = time.monotonic()
        async with self._engine.connect() as conn:
            version = tuple(
                (
                    await conn.execute(
                        sa.select(
                            sa.func.count(),
                            sa.func.max(documents.c.registered_at),
                            sa.func.coalesce(sa.func.sum(documents.c.fingerprints), 0),
                        ).select_from(documents)
                    )
                ).one()
            )
            if version == self._version:
                self._fresh_at = checked
                return
            ids = set((await conn.execute(sa.select(documents.c.id))).scalars())
            async with self._lock:
                index = self._index or built
                added = sorted(ids - index.doc_ids)
                if added:
                    await self._load(conn, index, added)
                removed = index.doc_ids - ids - self._registered_here
                index.doc_ids -= removed
                self._registered_here -= ids
        self._version = version
        self._fresh_at = checked
        if removed or index.filter.count > index.filter.capacity:
            self._needs_rebuild = True
        if self._needs_rebuild:
            self._start_rebuild()

    async def _load(self, conn: AsyncConnection, index: _Index, doc_ids: Sequence[str]) -> None:
        for i in range(0, len(doc_ids), LOOKUP_CHUNK):
            chunk = doc_ids[i : i + LOOKUP_CHUNK]
            q = sa.select(doc_fingerprints.c.hash).where(doc_fingerprints.c.doc_id.in_(chunk))
            hashes = list((await conn.execute(q)).scalars())
            await asyncio.to_thread(index.filter.add, hashes)
            index.doc_ids.update(chunk)

    async def _build(self) -> _Index:
        """A new prefilter from the whole table, sized with GROWTH headroom, then copied to Redis. The ids are
        read first, so the filter holds at least their fingerprints (perhaps those of documents registered
        meanwhile, never those of documents removed before)."""
        async with self._engine.connect() as conn:
            ids = set((await conn.execute(sa.select(documents.c.id))).scalars())
            total = (await conn.execute(sa.select(sa.func.coalesce(sa.func.sum(documents.c.fingerprints), 0)))).scalar()
            built = FingerprintFilter(int(int(total or 0) * GROWTH))
            result = await conn.stream(sa.select(doc_fingerprints.c.hash).execution_options(yield_per=LOAD_PARTITION))
            async for part in result.partitions(LOAD_PARTITION):
                await asyncio.to_thread(built.add, [r[0] for r in part])
        index = _Index(built, ids, "database")
        await self._to_redis(index)
        return index

    async def _to_redis(self, index: _Index) -> None:
        """Copy a prefilter built from the database to Redis, so that other replicas start from it."""
        if self._redis is None or not self._seal_key:
            return
        data, ids, count = index.filter.to_bytes(), orjson.dumps(sorted(index.doc_ids)), index.filter.count
        seal = await asyncio.to_thread(self._seal, data, ids, count)
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                values: tuple[bytes | int, ...] = (data, ids, count, seal)
                for key, value in zip(SNAPSHOT_KEYS, values, strict=True):
                    pipe.set(key, value)
                await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("document prefilter not copied to Redis", extra={"error": type(exc).__name__})

    def _seal(self, data: bytes, ids: bytes, count: int) -> bytes:
        mac = hmac.new(self._seal_key, b"dlpgate documents prefilter\0", hashlib.sha256)
        for part in (str(count).encode(), ids, data):
            mac.update(len(part).to_bytes(8, "big") + part)
        return mac.digest()

    async def _from_redis(self) -> _Index | None:
        """The prefilter another replica built, if Redis has one; the caller checks it against the database."""
        if self._redis is None or not self._seal_key:
            return None
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                for key in SNAPSHOT_KEYS:
                    pipe.get(key)
                data, ids, count, seal = await pipe.execute()
            if data is None or ids is None or count is None or seal is None:
                return None
            expected = await asyncio.to_thread(self._seal, data, ids, int(count))
            if not hmac.compare_digest(expected, seal):
                # Whoever can write to Redis must not be able to blank the filter and so switch detection off.
                log.warning("document prefilter in Redis has a bad seal; building from the database")
                return None
            flt = await asyncio.to_thread(FingerprintFilter.from_bytes, data, int(count))
            return _Index(flt, {str(i) for i in orjson.loads(ids)}, "redis")
        except (RedisError, OSError, ValueError, TypeError) as exc:  # orjson.JSONDecodeError is a ValueError
            log.warning("document prefilter not loaded from Redis", extra={"error": type(exc).__name__})
            return None

    def _start_rebuild(self) -> None:
        if self._rebuild is None or self._rebuild.done():
            self._rebuild = asyncio.create_task(self._rebuild_index(), name="dlpgate-documents-rebuild")

    async def _rebuild_index(self) -> None:
        try:
            # Another replica's copy will do if it holds no removed document (removal is why we rebuild).
            built, live = await self._from_redis(), self._index
            usable = (
                built is not None
                and live is not None
                and built.doc_ids <= live.doc_ids
                and built.filter.capacity >= live.filter.count
            )
            if built is None or not usable:
                built = await self._build()
            async with self._lock, self._engine.connect() as conn:
                live = self._index or built
                # Documents the live index learnt while this one was built (registered here or elsewhere).
                await self._load(conn, built, sorted(live.doc_ids - built.doc_ids))
                built.doc_ids = set(live.doc_ids)
                self._index = built
                self.built_from = built.source
                self._needs_rebuild = False
        except (SQLAlchemyError, OSError) as exc:
            log.warning("document index rebuild failed", extra={"error": type(exc).__name__})

    async def register(self, *, title: str, text: str, source_type: str, actor: str, key: bytes) -> DocumentInfo:
        title = title.strip()[:300]
        if not title:
            raise BadRequest("A document needs a title.")
        if has_unsafe_char(title):  # the CLI's --title or a file name; the admin API's PlainText refuses them first
            raise BadRequest(f"A document title {UNSAFE_MESSAGE}.")
        fps = fingerprint(text, key)
        if len(fps.hashes) < MIN_MATCHED:
            raise BadRequest("The document is too short to fingerprint usefully (a few sentences at least).")
        info = DocumentInfo(
            "doc_" + secrets.token_hex(8), title, source_type, len(fps.hashes), actor, datetime.now(UTC)
        )
        rows = [{"hash": h, "doc_id": info.id} for h in fps.hashes]
        async with self._engine.begin() as conn:
            await conn.execute(
                documents.insert().values(
                    id=info.id,
                    title=info.title,
                    source_type=source_type,
                    fingerprints=info.fingerprints,
                    registered_by=actor,
                    registered_at=info.registered_at,
                )
            )
            for i in range(0, len(rows), INSERT_CHUNK):
                await conn.execute(doc_fingerprints.insert(), rows[i : i + INSERT_CHUNK])
        async with self._lock:  # this replica looks it up at once; the others within POLL_SECONDS
            if self._index is not None:
                self._index.filter.add(list(fps.hashes))
                self._index.doc_ids.add(info.id)
                self._registered_here.add(info.id)
        return info

    async def all(self) -> list[DocumentInfo]:
        async with self._engine.connect() as conn:
            rows = (await conn.execute(sa.select(documents).order_by(documents.c.registered_at))).mappings().all()
        return [
            DocumentInfo(
                r["id"], r["title"], r["source_type"], r["fingerprints"], r["registered_by"], r["registered_at"]
            )
            for r in rows
        ]

    async def remove(self, doc_id: str) -> DocumentInfo:
        found = [d for d in await self.all() if d.id == doc_id]
        if not found:
            raise NotFound("No registered document has that id.")
        async with self._engine.begin() as conn:
            await conn.execute(doc_fingerprints.delete().where(doc_fingerprints.c.doc_id == doc_id))
            await conn.execute(documents.delete().where(documents.c.id == doc_id))
        self._registered_here.discard(doc_id)
        if self._index is not None:
            self._index.doc_ids.discard(doc_id)
            self._needs_rebuild = True
            self._start_rebuild()
        return found[0]

    async def find(self, slots: Sequence[TextSlot], key: bytes) -> list[SlotFinding]:
        """CONFIDENTIAL_DOCUMENT findings for the slots that share enough fingerprints with one document.

        The request's texts are also read joined (one line each, in body order): a document sent in pieces too
        short to match alone (half sentences as content parts, a RAG pipeline's 40-character chunks in an embeddings
        `input` list) matches there, and is reported in every slot that holds part of the matched text. The slots and
        the joined text are also read backwards, whole and line by line: a reversed passage matches in that reading."""
        index = self._index if self.ready else None
        if index is not None and not index.doc_ids:
            return []  # nothing registered: prompts are not even fingerprinted
        texts = [s.text for s in slots]
        starts: list[int] = []
        if len(texts) > 1:
            pos = 0
            for t in texts:
                starts.append(pos)
                pos += len(t) + 1
            texts.append("\n".join(texts))
        views = derived_views(slots)  # the slots without markup that splits words, and their decoded segments
        first_view = len(texts)
        texts.extend(v.text for v in views)
        # The slots and the joined text are read backwards too, whole and line by line (red-team #9 finding 13):
        # each reading is fingerprinted, and, below, looked up only if MIN_MATCHED of it pass the prefilter.
        readings: list[Fingerprints] = []
        read_from: list[int] = []  # the index in `texts` of each reading
        for i, t in enumerate(texts):
            fps = fingerprint_readings(t, key, min_count=MIN_MATCHED) if i < first_view else [fingerprint(t, key)]
            readings.extend(fps)
            read_from.extend([i] * len(fps))
        wanted: set[int] = set()
        for fp in readings:
            if index is None:  # no trustworthy prefilter: the database answers for every fingerprint
                wanted.update(fp.spans)
                continue
            passed = index.filter.passing(list(fp.spans))
            if len(passed) >= MIN_MATCHED:  # fewer cannot match any one document
                wanted.update(passed)
        if not wanted:
            return []
        try:
            hits, totals = await self._lookup(sorted(wanted))
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("The registered-document index is unreachable; nothing was forwarded.") from exc
        out: list[SlotFinding] = []
        found: set[tuple[int, str]] = set()
        for slot_index, fp in zip(read_from, readings, strict=True):
            by_doc: dict[str, list[int]] = {}
            for h in fp.hashes:
                for doc_id in hits.get(h, ()):
                    by_doc.setdefault(doc_id, []).append(h)
            for doc_id, matched in by_doc.items():
                if len(matched) < MIN_MATCHED:
                    continue
                spans = [fp.spans[h] for h in matched]
                score = min(1.0, 0.6 + 0.02 * len(matched))
                n = len(matched)
                detail = f"{doc_id}: {n}/{len(fp.hashes)} of the text, {n}/{totals.get(doc_id, 0)} of the document"
                if slot_index < len(slots):
                    found.add((slot_index, doc_id))
                    places = [(slot_index, min(s for s, _ in spans), max(e for _, e in spans))]
                elif slot_index >= first_view:  # a derived view: back to its slot
                    view = views[slot_index - first_view]
                    places = [(view.slot, *view.place(min(s for s, _ in spans), max(e for _, e in spans)))]
                else:  # the joined text: back to the slots its matched spans fall in
                    places = [p for p in _split_joined(spans, starts, slots) if (p[0], doc_id) not in found]
                for where, start, end in places:
                    out.append(
                        SlotFinding(
                            where, Entity.CONFIDENTIAL_DOCUMENT, start, end, score, "DocumentFingerprints", True, detail
                        )
                    )
        return out

    async def _lookup(self, wanted: Sequence[int]) -> tuple[dict[int, set[str]], dict[str, int]]:
        """(hash -> documents, only distinctive ones; document -> its fingerprint count), one statement a chunk."""
        hits: dict[int, set[str]] = {}
        totals: dict[str, int] = {}
        async with self._engine.connect() as conn:
            for i in range(0, len(wanted), LOOKUP_CHUNK):
                self.queries += 1
                rows = await conn.execute(
                    sa.select(doc_fingerprints.c.hash, doc_fingerprints.c.doc_id, documents.c.fingerprints)
                    .join(documents, documents.c.id == doc_fingerprints.c.doc_id)
                    .where(doc_fingerprints.c.hash.in_(wanted[i : i + LOOKUP_CHUNK]))
                )
                for h, doc_id, total in rows:
                    hits.setdefault(int(h), set()).add(doc_id)
                    totals[doc_id] = int(total)
        return distinctive(hits), totals


@dataclass(frozen=True, slots=True)
class DerivedView:
    """A text read off a slot: the slot without the markup that splits its words (`한<span>빛</span>사업`), or a
    segment of it decoded (base64, hex, percent-encoding ...). `place` maps a span of `text` to the slot's text."""

    slot: int
    text: str
    place: Callable[[int, int], tuple[int, int]]


def derived_views(slots: Sequence[TextSlot]) -> list[DerivedView]:
    """What a registered document could hide behind in the request's texts (red-team #5): markup between its
    characters and encodings, unwrapped as deep as the engine unwraps them and within its decoding budget, shared by
    the request's texts (a text beyond it was refused before documents are looked up)."""
    out: list[DerivedView] = []
    budget = [0]
    for i, slot in enumerate(slots):
        view = markup_view(slot.text)
        if view is not None:
            out.append(DerivedView(i, view.text, view.span))
        out.extend(DerivedView(i, decoded, _whole(span)) for span, decoded in decoded_layers(slot.text, budget=budget))
    return out


def _whole(span: tuple[int, int]) -> Callable[[int, int], tuple[int, int]]:
    """Any span of a decoded segment is reported on the whole encoded segment, as the engine reports it."""
    return lambda _start, _end: span
