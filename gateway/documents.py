"""Registered confidential documents: text extraction, registration (fingerprints only), lookup, removal.

The document's text exists only while it is fingerprinted; the database keeps its title, type, who registered
it, and its keyed fingerprints. A prompt that carries a passage of a registered document (verbatim, reflowed,
lightly edited) shares fingerprints with it; MIN_MATCHED shared fingerprints flag it, with the document id and
how many of the prompt's and the document's fingerprints overlap.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import PurePath
from xml.etree import ElementTree

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from detectors.fingerprint import Fingerprints, fingerprint
from detectors.types import Entity
from gateway.errors import BadRequest, NotFound, ServiceUnavailable
from gateway.storage.tables import doc_fingerprints, documents
from gateway.types import SlotFinding, TextSlot

__all__ = ["MAX_DOCUMENT_FREQUENCY", "MIN_MATCHED", "DocumentInfo", "DocumentStore", "distinctive", "extract_text"]


def distinctive(hits: dict[int, set[str]]) -> dict[int, set[str]]:
    """Only fingerprints rare among registered documents identify one."""
    return {h: docs for h, docs in hits.items() if len(docs) <= MAX_DOCUMENT_FREQUENCY}


POLL_SECONDS = 1.0
MIN_MATCHED = 6  # shared fingerprints: about 60 characters of common text at the least
# A fingerprint found in more registered documents than this is boilerplate (standard headings, legal phrases
# that every document of a ministry repeats) and does not count towards a match.
MAX_DOCUMENT_FREQUENCY = 3
MAX_DOCUMENT_BYTES = 50 << 20
MAX_XML_BYTES = 200 << 20
LOOKUP_CHUNK = 900  # bound on query parameters per statement
INSERT_CHUNK = 5000
_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    title: str
    source_type: str
    fingerprints: int
    registered_by: str
    registered_at: datetime


def _xml_text(data: bytes, paragraph_tags: tuple[str, ...], text_tags: tuple[str, ...]) -> str:
    if len(data) > MAX_XML_BYTES:
        raise BadRequest("The document is too large to register.")
    parts: list[str] = []
    # ElementTree does not resolve external entities; a bounded size stops entity-expansion bombs.
    for elem in ElementTree.fromstring(data).iter():  # noqa: S314 - trusted-size XML from an admin's upload
        tag = elem.tag.rsplit("}", 1)[-1]
        if tag in text_tags and elem.text:
            parts.append(elem.text)
        elif tag in paragraph_tags:
            parts.append("\n")
    return "".join(parts)


def extract_text(filename: str, data: bytes) -> tuple[str, str]:
    """(text, source type) of a .txt, .md, .docx or .hwpx document; anything else is refused."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise BadRequest(f"The document is larger than {MAX_DOCUMENT_BYTES} bytes.")
    suffix = PurePath(filename).suffix.lower()
    if suffix in (".txt", ".md", ".csv"):
        return data.decode("utf-8", errors="replace"), suffix[1:]
    if suffix in (".docx", ".hwpx"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as zf:
                if suffix == ".docx":
                    return _xml_text(zf.read("word/document.xml"), ("p",), ("t",)), "docx"
                sections = sorted(n for n in zf.namelist() if re.fullmatch(r"Contents/section\d+\.xml", n))
                if not sections:
                    raise BadRequest("The .hwpx file has no Contents/section*.xml.")
                return "\n".join(_xml_text(zf.read(n), ("p",), ("t",)) for n in sections), "hwpx"
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
            raise BadRequest(f"The {suffix} file could not be read.") from exc
    raise BadRequest(f"Unsupported document type {suffix or '(none)'}: use .txt, .md, .docx or .hwpx.")


class DocumentStore:
    """`count` is polled every POLL_SECONDS so a document registered through another replica is looked up
    here within a second; while it is 0, prompts are not fingerprinted at all."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self.count: int | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.refresh()
        self._task = asyncio.create_task(self._poll(), name="dlpgate-documents-poll")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(POLL_SECONDS)
            try:
                await self.refresh()
            except (SQLAlchemyError, OSError):
                self.count = None  # unknown: look up every request until the database answers again

    async def refresh(self) -> None:
        async with self._engine.connect() as conn:
            self.count = int((await conn.execute(sa.select(sa.func.count()).select_from(documents))).scalar() or 0)

    async def register(self, *, title: str, text: str, source_type: str, actor: str, key: bytes) -> DocumentInfo:
        title = title.strip()[:300]
        if not title:
            raise BadRequest("A document needs a title.")
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
        await self.refresh()
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
            raise NotFound(f"No registered document {doc_id!r}.")
        async with self._engine.begin() as conn:
            await conn.execute(doc_fingerprints.delete().where(doc_fingerprints.c.doc_id == doc_id))
            await conn.execute(documents.delete().where(documents.c.id == doc_id))
        await self.refresh()
        return found[0]

    async def find(self, slots: Sequence[TextSlot], key: bytes) -> list[SlotFinding]:
        """CONFIDENTIAL_DOCUMENT findings for the slots that share enough fingerprints with one document."""
        if self.count == 0:
            return []
        per_slot: list[Fingerprints] = [fingerprint(s.text, key) for s in slots]
        wanted = sorted({h for fp in per_slot for h in fp.hashes})
        if not wanted:
            return []
        hits: dict[int, set[str]] = {}
        try:
            async with self._engine.connect() as conn:
                for i in range(0, len(wanted), LOOKUP_CHUNK):
                    chunk = wanted[i : i + LOOKUP_CHUNK]
                    rows = await conn.execute(
                        sa.select(doc_fingerprints.c.hash, doc_fingerprints.c.doc_id).where(
                            doc_fingerprints.c.hash.in_(chunk)
                        )
                    )
                    for h, doc_id in rows:
                        hits.setdefault(int(h), set()).add(doc_id)
                hits = distinctive(hits)
                matched_docs = sorted({d for docs in hits.values() for d in docs})
                totals: dict[str, int] = {}
                for i in range(0, len(matched_docs), LOOKUP_CHUNK):
                    q = sa.select(documents.c.id, documents.c.fingerprints).where(
                        documents.c.id.in_(matched_docs[i : i + LOOKUP_CHUNK])
                    )
                    totals.update({str(k): int(v) for k, v in (await conn.execute(q)).all()})
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("The registered-document index is unreachable; nothing was forwarded.") from exc
        out = []
        for index, fp in enumerate(per_slot):
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
                out.append(
                    SlotFinding(
                        index,
                        Entity.CONFIDENTIAL_DOCUMENT,
                        min(s for s, _ in spans),
                        max(e for _, e in spans),
                        score,
                        "DocumentFingerprints",
                        True,
                        detail,
                    )
                )
        return out
