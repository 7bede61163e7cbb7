"""Admin and audit API (contract): provider switches, audit records, keys. Roles checked in deps."""

from __future__ import annotations

import asyncio
import base64
import binascii
import re
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, StrictBool, ValidationError
from sqlalchemy.exc import SQLAlchemyError

from gateway.api.deps import AdminDep, AuditorDep, ServicesDep, request_id
from gateway.api.inputs import PlainText
from gateway.api.openai import read_body
from gateway.documents import MAX_DOCUMENT_BYTES, extract_text
from gateway.errors import BadRequest, NotFound, ServiceUnavailable, invalid_request
from gateway.services import Services
from gateway.storage.tables import admin_events, audit_records
from gateway.term_lists import MAX_BODY_BYTES, department_key
from gateway.types import DecisionKind, Role

__all__ = [
    "DocumentUpload",
    "KeyCreate",
    "ProviderPatch",
    "TermListBody",
    "router",
]

router = APIRouter(prefix="/admin/api")
MAX_PAGE = 500


class ProviderPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: StrictBool


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    user: PlainText
    role: Literal["staff", "auditor", "admin"]
    department: PlainText | None = None


def _field_of(model: type[BaseModel]) -> Callable[[str], str]:
    """For a validation error: the model's own field names are shown, anything else is `<key>`."""

    def shown(key: str) -> str:
        return key if key in model.model_fields else "<key>"

    return shown


_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _field_like(key: str) -> str:
    """An unknown field in an admin body is named when it looks like a field name (`departments`, a typo an admin
    should see); anything else (a term, a title) is `<key>`, as error messages reach client logs."""
    return key if _FIELD_NAME.fullmatch(key) else "<key>"


def _provider_view(svc: Services, pid: str) -> dict[str, Any]:
    entry = svc.router.entries[pid]
    state = svc.switches.state[pid]
    base = entry.api_base
    return {
        "id": pid,
        "kind": entry.settings.kind,
        "host": urlsplit(base).hostname if base else None,
        "enabled": state.enabled,
        "usable": svc.router.is_enabled(pid),
        "configured_enabled": entry.settings.enabled,
        "blocked_rule": entry.blocked_rule,
        "blocked_models": sorted(entry.blocked_models),
        "unavailable_reason": entry.unavailable_reason(),
        "models": sorted(entry.settings.models),
        "transport": entry.transport,
        "updated_at": state.updated_at.isoformat() if state.updated_at else None,
        "updated_by": state.updated_by,
    }


@router.get("/providers")
async def list_providers(svc: ServicesDep, _: AuditorDep) -> dict[str, Any]:
    return {"data": [_provider_view(svc, pid) for pid in svc.router.entries]}


@router.patch("/providers/{provider_id}")
async def patch_provider(
    provider_id: str, patch: ProviderPatch, request: Request, svc: ServicesDep, admin: AdminDep
) -> dict[str, Any]:
    before, after = await svc.switches.set_enabled(
        provider_id, patch.enabled, actor=admin.user, request_id=request_id(request)
    )
    svc.metrics.providers_enabled.labels(provider_id).set(1 if svc.router.is_enabled(provider_id) else 0)
    return {**_provider_view(svc, provider_id), "before": {"enabled": before}, "after": {"enabled": after}}


def _record_view(row: Any) -> dict[str, Any]:
    out = dict(row)
    for k in ("ts",):
        if isinstance(out.get(k), datetime):
            out[k] = out[k].isoformat()
    out["request_id"] = out.pop("id")
    out["user"] = out.pop("user_name")
    return out


@router.get("/audit")
async def list_audit(
    svc: ServicesDep,
    _: AuditorDep,
    decision: Annotated[DecisionKind | None, Query()] = None,
    user: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[datetime | None, Query()] = None,
    until: Annotated[datetime | None, Query()] = None,
    provider: Annotated[str | None, Query(max_length=64)] = None,
    before: Annotated[str | None, Query(max_length=40, description="cursor: request id to page after")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
) -> dict[str, Any]:
    q = sa.select(audit_records).order_by(audit_records.c.id.desc()).limit(limit)
    if decision is not None:
        q = q.where(audit_records.c.decision == decision.value)
    if user is not None:
        q = q.where(audit_records.c.user_name == user)
    if since is not None:
        q = q.where(audit_records.c.ts >= since)
    if until is not None:
        q = q.where(audit_records.c.ts < until)
    if provider is not None:
        q = q.where(audit_records.c.provider_id == provider)
    if before is not None:
        q = q.where(audit_records.c.id < before)
    try:
        async with svc.db.connect() as conn:
            rows = (await conn.execute(q)).mappings().all()
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable("Audit storage is unreachable.") from exc
    data = [_record_view(r) for r in rows]
    return {"data": data, "next": data[-1]["request_id"] if len(data) == limit else None}


@router.get("/audit/{rid}")
async def get_audit(rid: str, svc: ServicesDep, _: AuditorDep) -> dict[str, Any]:
    try:
        async with svc.db.connect() as conn:
            row = (await conn.execute(sa.select(audit_records).where(audit_records.c.id == rid))).mappings().first()
    except (SQLAlchemyError, OSError) as exc:
        raise ServiceUnavailable("Audit storage is unreachable.") from exc
    if row is None:
        raise NotFound("No audit record has that request id.")
    return _record_view(row)


@router.get("/events")
async def list_events(
    svc: ServicesDep, _: AuditorDep, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50
) -> dict[str, Any]:
    async with svc.db.connect() as conn:
        rows = (
            (await conn.execute(sa.select(admin_events).order_by(admin_events.c.id.desc()).limit(limit)))
            .mappings()
            .all()
        )
    return {
        "data": [{**dict(r), "ts": r["ts"].isoformat() if isinstance(r["ts"], datetime) else r["ts"]} for r in rows]
    }


@router.get("/keys")
async def list_keys(svc: ServicesDep, _: AdminDep) -> dict[str, Any]:
    keys = await svc.keys.list()
    return {
        "data": [
            {
                "id": k.id,
                "prefix": k.prefix,
                "user": k.user,
                "role": k.role.value,
                "department": k.department,
                "created_at": k.created_at.isoformat(),
                "created_by": k.created_by,
                "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None,
            }
            for k in keys
        ]
    }


@router.post("/keys", status_code=201)
async def create_key(body: KeyCreate, request: Request, svc: ServicesDep, admin: AdminDep) -> dict[str, Any]:
    try:
        key, info = await svc.keys.create(
            user=body.user, role=Role(body.role), department=body.department, created_by=admin.user
        )
    except ValueError as exc:
        raise BadRequest(str(exc)) from None
    await svc.audit.admin_event(
        actor=admin.user,
        action="key.create",
        target=info.id,
        before=None,
        after={"user": info.user, "role": info.role.value, "department": info.department},
        request_id=request_id(request),
    )
    return {"id": info.id, "key": key, "user": info.user, "role": info.role.value, "department": info.department}


@router.delete("/keys/{key_id}")
async def revoke_key(key_id: str, request: Request, svc: ServicesDep, admin: AdminDep) -> dict[str, Any]:
    info = await svc.keys.revoke(key_id)
    await svc.audit.admin_event(
        actor=admin.user,
        action="key.revoke",
        target=key_id,
        before={"revoked": False},
        after={"revoked": True},
        request_id=request_id(request),
    )
    return {"id": info.id, "revoked_at": info.revoked_at.isoformat() if info.revoked_at else None}


@router.get("/policy")
async def get_policy(svc: ServicesDep, _: AuditorDep) -> dict[str, Any]:
    store = svc.policies
    return {
        "revision": store.current.digest,
        "mode": store.current.mode,
        "loaded_at": store.loaded_at.isoformat(),
        "source": store.path,
        "last_reload_errors": list(store.last_error),
        "policy": store.current.model_dump(mode="json"),
    }


@router.post("/policy/reload")
async def reload_policy(request: Request, svc: ServicesDep, admin: AdminDep) -> dict[str, Any]:
    before = svc.policies.current.digest
    result = await svc.policies.reload_and_announce()
    if result.errors:
        raise BadRequest("The new policy was refused; the previous one stays in force: " + " | ".join(result.errors))
    if result.changed:
        await svc.audit.admin_event(
            actor=admin.user,
            action="policy.reload",
            target="policy",
            before={"revision": before},
            after={"revision": result.revision},
            request_id=request_id(request),
        )
    return {"changed": result.changed, "revision": result.revision}


class DocumentUpload(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: PlainText
    filename: PlainText
    content_base64: str


@router.get("/documents")
async def list_documents(svc: ServicesDep, _: AuditorDep) -> dict[str, Any]:
    return {
        "data": [
            {
                "id": d.id,
                "title": d.title,
                "source_type": d.source_type,
                "fingerprints": d.fingerprints,
                "registered_by": d.registered_by,
                "registered_at": d.registered_at.isoformat(),
            }
            for d in await svc.documents.all()
        ]
    }


@router.post("/documents", status_code=201)
async def register_document(request: Request, svc: ServicesDep, who: AuditorDep) -> dict[str, Any]:
    # Read the body ourselves, bounded: base64 of the largest accepted document plus the JSON around it.
    raw = await read_body(request, MAX_DOCUMENT_BYTES * 4 // 3 + 4096)
    try:
        body = DocumentUpload.model_validate_json(raw)
    except ValidationError as exc:
        raise invalid_request(
            exc, what="document upload", shown_key=_field_of(DocumentUpload), unknown_key=_field_like
        ) from None
    try:
        data = base64.b64decode(body.content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise BadRequest("content_base64 is not valid base64.") from None
    text, kind = await asyncio.to_thread(extract_text, body.filename, data)  # .pdf/.docx/.hwpx: in a child process
    info = await svc.documents.register(
        title=body.title, text=text, source_type=kind, actor=who.user, key=svc.audit.hmac_key
    )
    await svc.audit.admin_event(
        actor=who.user,
        action="document.register",
        target=info.id,
        before=None,
        after={"title": info.title, "fingerprints": info.fingerprints},
        request_id=request_id(request),
    )
    return {"id": info.id, "title": info.title, "fingerprints": info.fingerprints, "source_type": kind}


@router.delete("/documents/{doc_id}")
async def remove_document(doc_id: str, request: Request, svc: ServicesDep, who: AuditorDep) -> dict[str, Any]:
    info = await svc.documents.remove(doc_id)
    await svc.audit.admin_event(
        actor=who.user,
        action="document.remove",
        target=info.id,
        before={"title": info.title},
        after=None,
        request_id=request_id(request),
    )
    return {"id": info.id, "removed": True}


# Term lists (role admin): a department's stored list, merged with the config's lists (gateway/term_lists.py).
# The terms go back to admins here; audit events and logs carry the department and counts only.


class TermListBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    terms: list[PlainText]


@router.get("/term-lists")
async def list_term_lists(svc: ServicesDep, _: AdminDep) -> dict[str, Any]:
    stored = [
        {
            "department": s.department,
            "source": "database",
            "terms": len(s.terms),
            "updated_at": s.updated_at.isoformat() if isinstance(s.updated_at, datetime) else s.updated_at,
            "updated_by": s.updated_by,
        }
        for s in svc.terms.stored()
    ]
    configured = [
        {"name": name, "source": "config", "departments": sorted(depts) if depts is not None else None, "terms": n}
        for name, depts, n in svc.terms.configured()
    ]
    return {"data": stored + configured}


@router.get("/term-lists/{department}")
async def get_term_list(department: str, svc: ServicesDep, _: AdminDep) -> dict[str, Any]:
    key = department_key(department)
    found = [s for s in svc.terms.stored() if s.department == key]
    if not found:
        raise NotFound("That department has no stored term list.")
    s = found[0]
    updated_at = s.updated_at.isoformat() if isinstance(s.updated_at, datetime) else s.updated_at
    return {"department": s.department, "terms": list(s.terms), "updated_at": updated_at, "updated_by": s.updated_by}


@router.put("/term-lists/{department}")
async def replace_term_list(department: str, request: Request, svc: ServicesDep, admin: AdminDep) -> dict[str, Any]:
    raw = await read_body(request, MAX_BODY_BYTES)
    try:
        body = TermListBody.model_validate_json(raw)
    except ValidationError as exc:
        raise invalid_request(
            exc, what="term list", shown_key=_field_of(TermListBody), unknown_key=_field_like
        ) from None
    key = department_key(department)
    before, after = await svc.terms.replace(key, body.terms, actor=admin.user)
    await svc.audit.admin_event(
        actor=admin.user,
        action="term_list.replace",
        target=key,
        before={"terms": before},
        after={"terms": after},
        request_id=request_id(request),
    )
    return {"department": key, "before": {"terms": before}, "after": {"terms": after}}


@router.delete("/term-lists/{department}")
async def delete_term_list(department: str, request: Request, svc: ServicesDep, admin: AdminDep) -> dict[str, Any]:
    key = department_key(department)
    before = await svc.terms.delete(key)
    await svc.audit.admin_event(
        actor=admin.user,
        action="term_list.delete",
        target=key,
        before={"terms": before},
        after=None,
        request_id=request_id(request),
    )
    return {"department": key, "deleted": True, "before": {"terms": before}}
