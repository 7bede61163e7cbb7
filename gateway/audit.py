"""The audit log: one record per request, durable before anything is forwarded.

Invariant: a record never holds raw prompt text or a detected value. It holds ids, codes, counts, span
positions, a keyed HMAC of the prompt (equal prompts correlate, the text cannot be recovered or
enumerated without the key) and a *skeleton* excerpt: detected values become `<ENTITY>`, words from the
detectors' public context vocabulary stay, every other word becomes `…`. A vocabulary word is kept only when it
holds no digit and spells no number (`이천` is a city and 2000), so no number survives in a skeleton in any script;
an e-mail-like run (`minsu.kim@korea.kr`) is one `…`. The client's justification is kept as such a skeleton too.

Writes go through a group-commit writer: concurrent requests' inserts share one transaction, and each
request waits until its own row is committed. If the commit fails, every waiting request fails closed.
Completion updates (latency, upstream status, tokens) are queued and need not be awaited.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import heapq
import hmac
import logging
import re
import secrets
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from detectors.registry import context_words
from gateway.errors import ServiceUnavailable
from gateway.storage.tables import admin_events, audit_entities, audit_records, settings
from gateway.tasks import cancel_and_wait
from gateway.types import DecisionKind, SlotFinding, TextSlot

__all__ = [
    "DEFAULT_VOCABULARY",
    "AuditLog",
    "AuditRecord",
    "Completion",
    "new_request_id",
    "prompt_hmac",
    "skeleton_excerpt",
    "skeleton_text",
]

log = logging.getLogger("dlpgate.audit")

MAX_BATCH = 256
MAX_EXCERPT_CHARS = 400
MAX_SPANS_STORED = 200
WRITE_TIMEOUT_S = 5.0
COMPLETION_LINGER_S = 0.05
HMAC_SETTING = "audit_hmac_key"
# Public words a skeleton excerpt keeps: these, and the detectors' context words of MIN_CONTEXT_WORD characters or
# more (shorter ones such as 하나, 신한 or 국민 also begin names: 신한솔 would show as 신한…).
MIN_CONTEXT_WORD = 3
_CURATED_VOCABULARY = frozenset(
    {
        "주민등록번호",
        "주민번호",
        "외국인등록번호",
        "여권번호",
        "여권",
        "운전면허",
        "면허번호",
        "면허",
        "사업자등록번호",
        "법인등록번호",
        "건강보험",
        "연락처",
        "전화번호",
        "전화",
        "휴대폰",
        "핸드폰",
        "이메일",
        "메일",
        "계좌번호",
        "계좌",
        "카드번호",
        "카드",
        "주소",
        "성명",
        "이름",
        "생년월일",
        "고객",
        "환자",
        "민원인",
        "담당자",
        "비밀",
        "대외비",
        "name",
        "phone",
        "mobile",
        "email",
        "e-mail",
        "address",
        "account",
        "card",
        "passport",
        "license",
        "licence",
        "ssn",
        "rrn",
        "resident",
        "registration",
        "customer",
        "patient",
        "dob",
        "birth",
        "contact",
        "confidential",
        "secret",
        "user",
        "system",
        "assistant",
        "tool",
    }
)
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
DEFAULT_VOCABULARY = _CURATED_VOCABULARY | frozenset(
    w for w in context_words() if len(w) >= MIN_CONTEXT_WORD and _WORD.fullmatch(w)
)
_SAFE_PUNCT = frozenset(":,.;()[]{}\"'=/-")
# Numbers spelled in words: Hangul sino-Korean numerals (공일공, 천이백삼십사, 팔십오만) and native ones (스물다섯),
# English number words. Digits of any script, hanja numerals (一, 百, 萬) included, are caught by str.isnumeric.
_SINO_NUMERALS = "영공일이삼사오육륙칠팔구십백천만억조"
_NATIVE_NUMERALS = "하나 한 둘 두 셋 세 넷 네 다섯 여섯 일곱 여덟 아홉 열 스물 스무 서른 마흔 쉰 예순 일흔 여든 아흔"
_NUMERAL_WORD = re.compile(
    "(?:[" + _SINO_NUMERALS + "]|" + "|".join(sorted(_NATIVE_NUMERALS.split(), key=len, reverse=True)) + ")+"
)
_ENGLISH_NUMERALS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
    billion trillion""".split()
)
MAX_EMAIL_CHARS = 254
_EMAIL_CHARS = frozenset("._%+-")


def new_request_id() -> str:
    """Time-ordered, unguessable: 12 hex digits of milliseconds, 16 of randomness."""
    return f"req_{int(time.time() * 1000):012x}{secrets.token_hex(8)}"


def prompt_hmac(key: bytes, slots: Sequence[TextSlot]) -> str | None:
    if not slots:
        return None
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for slot in slots:
        mac.update(slot.text.encode("utf-8", "surrogatepass"))
        mac.update(b"\x1f")
    return mac.hexdigest()


EXCERPT_CONTEXT = 40


def _merge_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@functools.cache
def _lengths(vocabulary: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in vocabulary}, reverse=True))


def _vocabulary_prefix(token: str, vocabulary: frozenset[str]) -> str | None:
    """The longest vocabulary word the token starts with (주민등록번호는 -> 주민등록번호: a Korean particle follows),
    by set lookups. A Latin word counts only as the whole token or its plural: `log` is not kept from `logan`."""
    for n in _lengths(vocabulary):
        if n <= len(token) and token[:n] in vocabulary:
            rest = token[n:]
            if rest and token[n - 1].isascii() and rest != "s":
                continue
            return token[:n]
    return None


def skeleton_excerpt(slots: Sequence[TextSlot], findings: Sequence[SlotFinding], vocabulary: frozenset[str]) -> str:
    """A view of where findings sit, with no free text: see the module docstring.

    Linear-logarithmic in the findings however many a hostile text holds (`8503-8503-...` gives tens of thousands):
    the tokens come in order, each token's finding is looked up in a heap of the spans begun so far, and rendering
    stops once the excerpt is longer than it may be stored."""
    parts: list[str] = []
    used = 0
    by_slot: dict[int, list[SlotFinding]] = {}
    for f in findings:
        by_slot.setdefault(f.slot, []).append(f)
    for index, slot_findings in sorted(by_slot.items()):
        text = slots[index].text
        spans = sorted((f.start, f.end, f.entity.value) for f in slot_findings)
        out: list[str] = []
        # Only the neighbourhood of each finding is rendered; everything between collapses to one "…".
        windows = _merge_windows(
            [(max(0, s - EXCERPT_CONTEXT), min(len(text), e + EXCERPT_CONTEXT)) for s, e, _ in spans]
        )
        if windows and windows[0][0] > 0:
            out.append("…")
        length = used
        for _, _, piece in _pieces(text, windows, spans, vocabulary):
            if out and out[-1] == piece and piece[0] in "<…":
                continue
            out.append(piece)
            length += len(piece) + 1
            if length > MAX_EXCERPT_CHARS:
                break
        parts.append(" ".join(out))
        used = sum(len(p) for p in parts) + 3 * (len(parts) - 1)
        if used > MAX_EXCERPT_CHARS:
            break
    excerpt = " | ".join(parts)
    return excerpt[:MAX_EXCERPT_CHARS]


def skeleton_text(text: str, spans: Iterable[tuple[int, int, str]], vocabulary: frozenset[str]) -> str:
    """The whole of a short text as a skeleton (the module docstring's rules), its own spacing kept: `spans` are
    (start, end, entity code) of what the checks found in it. `팀장 승인, 민원 회신 초안` stays as it is when those
    words are in `vocabulary`; `연락처 공일공 천이백삼십사` is `연락처 …`."""
    out: list[str] = []
    pos = 0
    last = ""
    for start, end, piece in _pieces(text, [(0, len(text))], sorted(spans), vocabulary):
        if piece == last and piece[0] in "<…":
            pos = end  # one `…` (one `<ENTITY>`) for a run of them, with the spaces between
            continue
        out.append(text[pos:start])  # between two tokens there is only white space
        out.append(piece)
        pos, last = end, piece
    return "".join(out).strip()


def _pieces(
    text: str, windows: Sequence[tuple[int, int]], spans: list[tuple[int, int, str]], vocabulary: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, what is kept) for every token in `windows` (in order): the entity of the first of the sorted
    `spans` that overlaps it as `<ENTITY>`, a vocabulary word, safe punctuation, or `…`."""
    found = _SpanCursor(spans)
    opaque = _SpanCursor([(s, e, "…") for ws, we in windows for s, e in _email_like(text, ws, we)])
    for m in (m for ws, we in windows for m in _TOKEN.finditer(text, ws, we)):
        start, end = m.span()
        hit = found.first(start, end)
        if hit is not None:
            yield start, end, f"<{hit[2]}>"
        elif opaque.first(start, end) is not None:
            yield start, end, "…"
        else:
            yield start, end, _kept(m.group(0), vocabulary)


def _kept(token: str, vocabulary: frozenset[str]) -> str:
    """What a skeleton keeps of a token no finding covers: the vocabulary word it starts with, unless that holds a
    digit or spells a number; a safe punctuation mark; else `…`. A token with a digit or an underscore (`kim85`,
    `Kim_Minsu`, `2026_조직개편안`) is an identifier: only a vocabulary word written so whole (`biz_no`) is kept."""
    if len(token) == 1:
        return token if token in _SAFE_PUNCT else "…"
    low = token.casefold()
    if low in vocabulary:
        kept: str | None = low
    elif "_" in low or any(c.isnumeric() for c in low):
        return "…"
    else:
        kept = _vocabulary_prefix(low, vocabulary)
    if kept is None or _spells_number(kept):
        return "…"
    return token[: len(kept)]


def _spells_number(word: str) -> bool:
    """A word that is a number: digits of any script, or numerals (Hangul, hanja, English) only."""
    return any(c.isnumeric() for c in word) or bool(_NUMERAL_WORD.fullmatch(word)) or word in _ENGLISH_NUMERALS


def _email_like(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of e-mail-like runs in text[start:end]: letters, digits and `._%+-` on both sides of an `@`. Linear:
    a run is read once, and the search for the next `@` resumes after it."""
    at = text.find("@", start, end)
    floor = start
    while at != -1:
        left = at
        while left > max(floor, at - MAX_EMAIL_CHARS) and (text[left - 1].isalnum() or text[left - 1] in _EMAIL_CHARS):
            left -= 1
        right = at + 1
        limit = min(end, at + 1 + MAX_EMAIL_CHARS)
        while right < limit and (text[right].isalnum() or text[right] in _EMAIL_CHARS or text[right] == "@"):
            right += 1
        if left < at and right > at + 1:
            yield left, right
            floor = right
        at = text.find("@", max(right, at + 1), end)


class _SpanCursor:
    """The first span, in sorted order, that overlaps a token, for tokens that come in increasing order: spans that
    have begun go on a heap by their rank; one that ended before the current token is dead for every later token
    and is popped when it reaches the top."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self._spans = spans
        self._next = 0
        self._begun: list[int] = []

    def first(self, start: int, end: int) -> tuple[int, int, str] | None:
        spans, begun = self._spans, self._begun
        while self._next < len(spans) and spans[self._next][0] < end:
            heapq.heappush(begun, self._next)
            self._next += 1
        while begun and spans[begun[0]][1] <= start:
            heapq.heappop(begun)
        return spans[begun[0]] if begun else None


@dataclass(slots=True)
class AuditRecord:
    id: str
    endpoint: str
    decision: DecisionKind
    decision_id: str = field(default_factory=lambda: "dec_" + secrets.token_hex(8))
    ts: datetime = field(default_factory=lambda: datetime.now(UTC))
    key_id: str | None = None
    user_name: str | None = None
    role: str | None = None
    department: str | None = None
    client_addr: str | None = None
    requested_model: str | None = None
    provider_id: str | None = None
    code: str | None = None
    rule: str | None = None
    entities: dict[str, int] = field(default_factory=dict)
    spans: list[dict[str, Any]] = field(default_factory=list)
    excerpt: str | None = None
    prompt_hmac: str | None = None
    policy_revision: str | None = None
    status: str = "complete"
    http_status: int | None = None
    upstream_status: int | None = None
    latency_ms: float | None = None
    upstream_ms: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    stream: bool = False
    enforced: bool = True
    justification: str | None = None  # a skeleton (gateway/justification.py)
    would_decision: str | None = None
    justification_chars: int | None = None  # the length of the reason as sent

    def row(self) -> dict[str, Any]:
        # Not dataclasses.asdict: that deep-copies every value, and this runs on every request.
        row = {name: getattr(self, name) for name in _RECORD_FIELDS}
        row["decision"] = self.decision.value
        row["spans"] = self.spans[:MAX_SPANS_STORED]
        return row


_RECORD_FIELDS = tuple(f.name for f in fields(AuditRecord))


@dataclass(frozen=True, slots=True)
class Completion:
    request_id: str
    http_status: int
    upstream_status: int | None
    latency_ms: float
    upstream_ms: float | None
    prompt_tokens: int | None
    completion_tokens: int | None


_UPDATE = (
    audit_records.update()
    .where(audit_records.c.id == sa.bindparam("b_id"))
    .values(
        status="complete",
        http_status=sa.bindparam("b_http_status"),
        upstream_status=sa.bindparam("b_upstream_status"),
        latency_ms=sa.bindparam("b_latency_ms"),
        upstream_ms=sa.bindparam("b_upstream_ms"),
        prompt_tokens=sa.bindparam("b_prompt_tokens"),
        completion_tokens=sa.bindparam("b_completion_tokens"),
    )
)


class AuditLog:
    """`sync_engine`: for SQLite, commits run on one dedicated thread with a plain sqlite3 connection (one
    thread hop per batch instead of several per statement through aiosqlite); PostgreSQL uses `engine`."""

    def __init__(
        self, engine: AsyncEngine, *, configured_key: bytes | None = None, sync_engine: Engine | None = None
    ) -> None:
        self._engine = engine
        self._sync_engine = sync_engine
        self._executor = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="dlpgate-audit") if sync_engine is not None else None
        )
        self._configured_key = configured_key
        self.hmac_key: bytes = b""
        self._queue: asyncio.Queue[tuple[AuditRecord, asyncio.Future[None]] | Completion] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.lost_updates = 0

    async def resolve_key(self) -> bytes:
        """The deployment's secret for prompt HMACs and document fingerprints."""
        self.hmac_key = self._configured_key or await self._stored_key()
        return self.hmac_key

    async def start(self) -> None:
        await self.resolve_key()
        self._task = asyncio.create_task(self._run(), name="dlpgate-audit-writer")

    async def _stored_key(self) -> bytes:
        """Without a configured key, one random key is made once and kept in storage for every replica. Replicas
        that start together race to store theirs: the one that loses reads the winner's."""
        query = sa.select(settings.c.value).where(settings.c.name == HMAC_SETTING)
        try:
            async with self._engine.begin() as conn:
                value = (await conn.execute(query)).scalar()
                if value is None:
                    value = secrets.token_hex(32)
                    await conn.execute(settings.insert().values(name=HMAC_SETTING, value=value))
        except sa.exc.IntegrityError:
            async with self._engine.begin() as conn:
                value = (await conn.execute(query)).scalar_one()
        return bytes.fromhex(value)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def stop(self) -> None:
        if self._task is None:
            return
        await self._queue.join()
        await cancel_and_wait((self._task,))
        self._task = None
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        if self._sync_engine is not None:
            self._sync_engine.dispose()

    async def write(self, record: AuditRecord) -> None:
        """Return once the record is committed; raise ServiceUnavailable (fail closed) otherwise."""
        if self._task is None or self._task.done():
            raise ServiceUnavailable("The audit log is not running; nothing was forwarded.")
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((record, fut))
        try:
            await asyncio.wait_for(asyncio.shield(fut), WRITE_TIMEOUT_S)
        except (SQLAlchemyError, OSError, TimeoutError) as exc:
            raise ServiceUnavailable(
                "The audit log cannot be written right now, so nothing was forwarded. Try again shortly."
            ) from exc

    def complete(self, completion: Completion) -> None:
        self._queue.put_nowait(completion)

    async def _run(self) -> None:
        while True:
            first = await self._queue.get()
            batch = [first]
            while len(batch) < MAX_BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            if all(isinstance(item, Completion) for item in batch):
                # Completions need not be durable at once: linger briefly so they share the next insert's
                # commit instead of paying a commit of their own. An insert arriving ends the wait at once.
                try:
                    batch.append(await asyncio.wait_for(self._queue.get(), COMPLETION_LINGER_S))
                except TimeoutError:
                    pass
                while len(batch) < MAX_BATCH and not self._queue.empty():
                    batch.append(self._queue.get_nowait())
            try:
                await self._flush(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _flush(self, batch: Iterable[tuple[AuditRecord, asyncio.Future[None]] | Completion]) -> None:
        inserts = [item for item in batch if isinstance(item, tuple)]
        updates = [item for item in batch if isinstance(item, Completion)]
        params = [
            {
                "b_id": u.request_id,
                "b_http_status": u.http_status,
                "b_upstream_status": u.upstream_status,
                "b_latency_ms": u.latency_ms,
                "b_upstream_ms": u.upstream_ms,
                "b_prompt_tokens": u.prompt_tokens,
                "b_completion_tokens": u.completion_tokens,
            }
            for u in updates
        ]
        rows = [rec.row() for rec, _ in inserts]
        # The console's entity filter reads this side table; it commits with the records or not at all.
        entity_rows = [
            {"request_id": rec.id, "entity": entity, "decision": rec.decision.value, "n": n}
            for rec, _ in inserts
            for entity, n in rec.entities.items()
        ]
        try:
            await self._commit(rows, entity_rows, params)
        except (SQLAlchemyError, OSError) as exc:
            if inserts:
                log.error("audit insert failed", extra={"records": len(inserts), "error": type(exc).__name__})
                for _, fut in inserts:
                    if not fut.done():
                        fut.set_exception(exc)
            if params and not inserts:
                self.lost_updates += len(params)
                log.error("audit completion failed", extra={"records": len(params), "error": type(exc).__name__})
            elif params:
                # The inserts' failure must not cost the completions: retry them on their own.
                await self._flush(updates)
            return
        for _, fut in inserts:
            if not fut.done():
                fut.set_result(None)

    async def _commit(
        self, rows: list[dict[str, Any]], entity_rows: list[dict[str, Any]], params: list[dict[str, Any]]
    ) -> None:
        if self._executor is not None and self._sync_engine is not None:
            engine = self._sync_engine

            def commit() -> None:
                with engine.begin() as conn:
                    if rows:
                        conn.execute(audit_records.insert(), rows)
                    if entity_rows:
                        conn.execute(audit_entities.insert(), entity_rows)
                    if params:
                        conn.execute(_UPDATE, params)

            await asyncio.get_running_loop().run_in_executor(self._executor, commit)
            return
        async with self._engine.begin() as conn:
            if rows:
                await conn.execute(audit_records.insert(), rows)
            if entity_rows:
                await conn.execute(audit_entities.insert(), entity_rows)
            if params:
                await conn.execute(_UPDATE, params)

    async def admin_event(
        self, *, actor: str, action: str, target: str, before: Any, after: Any, request_id: str | None
    ) -> None:
        try:
            async with self._engine.begin() as conn:
                await conn.execute(
                    admin_events.insert().values(
                        ts=datetime.now(UTC),
                        actor=actor,
                        action=action,
                        target=target,
                        before=before,
                        after=after,
                        request_id=request_id,
                    )
                )
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("The audit log cannot be written; the change was not made.") from exc
