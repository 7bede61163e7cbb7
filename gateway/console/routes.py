"""The console's pages under /admin/: sign-in, review, overview, providers and keys.

Roles are checked on the server for every page by the session dependencies (gateway.console.web); every
state-changing form carries the session's CSRF token. The console reads and writes through the same stores as
the admin API (switches, keys, audit), so a switch made here holds for staff requests as the API's does.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import orjson
from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response, StreamingResponse

from detectors.types import Entity
from gateway.api.deps import ServicesDep, client_addr, request_id
from gateway.console import review as rv
from gateway.console.i18n import translator
from gateway.console.overview import daily_chart_svg, load_overview
from gateway.console.sessions import CONSOLE_ROLES, csrf_matches
from gateway.console.web import (
    PREFIX,
    SESSION_COOKIE,
    TEMPLATES,
    AdminSession,
    AuditorSession,
    ConsoleRoute,
    checked_form,
    lang_of,
    read_form,
    render,
    session_store,
    set_cookie,
)
from gateway.errors import BadRequest, Conflict, NotFound, Unauthorized
from gateway.justification import redact_comment
from gateway.services import Services
from gateway.types import Role

__all__ = ["router"]

router = APIRouter(prefix=PREFIX, route_class=ConsoleRoute, include_in_schema=False)
SIGNIN_COOKIE = "dlpgate_signin"  # the sign-in form's own CSRF token, before there is a session
MAX_KEY_CHARS = 200
MAX_COMMENT_CHARS = 1000
EXPORT_MAX_ROWS = 1_000_000
EXPORT_COLUMNS = (
    "id",
    "ts",
    "user_name",
    "role",
    "department",
    "endpoint",
    "requested_model",
    "provider_id",
    "decision",
    "code",
    "rule",
    "entities",
    "excerpt",
    "http_status",
    "enforced",
    "would_decision",
    "policy_revision",
    "decision_id",
)
STATIC = {"console.css": "text/css; charset=utf-8"}


def _redirect(path: str) -> RedirectResponse:
    return RedirectResponse(PREFIX + path, status_code=303)


@router.get("")
@router.get("/")
async def home() -> Response:
    return _redirect("/overview")


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in STATIC:
        raise NotFound("No such file.")
    body = (TEMPLATES.parent / "static" / name).read_bytes()
    return Response(body, media_type=STATIC[name], headers={"cache-control": "max-age=3600"})


# --- sign-in ----------------------------------------------------------------------------------------------
def _signin_page(request: Request, *, error: str | None = None, status_code: int = 200) -> Response:
    token = secrets.token_urlsafe(24)
    ended = error is None and request.query_params.get("ended") == "1"
    response = render(request, "signin.html", status_code=status_code, error=error, ended=ended, csrf=token)
    set_cookie(request, response, SIGNIN_COOKIE, token, max_age=3600)
    return response


@router.get("/signin")
async def signin_form(request: Request) -> Response:
    return _signin_page(request)


async def _signin_failed(request: Request, svc: Services, addr: str, reason: str, key_id: str | None) -> None:
    """Count the failure for the address and audit it: the address and why, never what was typed."""
    await session_store(svc).record_failure(addr)
    await svc.audit.admin_event(
        actor="anonymous",
        action="console.signin_failed",
        target=addr,
        before=None,
        after={"reason": reason, "key_id": key_id},
        request_id=request_id(request),
    )


@router.post("/signin")
async def signin(request: Request, svc: ServicesDep) -> Response:
    t = translator(lang_of(request))
    form = await read_form(request)
    expected = request.cookies.get(SIGNIN_COOKIE)
    if not expected or not csrf_matches(expected, form.get("csrf")):
        return _signin_page(request, error=t("csrf"), status_code=403)
    addr = client_addr(request, svc) or "unknown"
    store = session_store(svc)
    if await store.recent_failures(addr) >= store.max_failures:
        await svc.audit.admin_event(
            actor="anonymous",
            action="console.signin_limited",
            target=addr,
            before=None,
            after={"reason": "rate_limited"},
            request_id=request_id(request),
        )
        return _signin_page(request, error=t("signin.limited"), status_code=429)
    key = form.get("key", "").strip()
    if not key or len(key) > MAX_KEY_CHARS:
        await _signin_failed(request, svc, addr, "invalid_key", None)
        return _signin_page(request, error=t("signin.failed"), status_code=401)
    try:
        principal = await svc.keys.authenticate(f"Bearer {key}")
    except Unauthorized:
        await _signin_failed(request, svc, addr, "invalid_key", None)
        return _signin_page(request, error=t("signin.failed"), status_code=401)
    if principal.role not in CONSOLE_ROLES:
        await _signin_failed(request, svc, addr, "role", principal.key_id)
        return _signin_page(request, error=t("signin.failed"), status_code=403)
    session_id, _ = await store.create(principal)
    await svc.audit.admin_event(
        actor=principal.user,
        action="console.signin",
        target=principal.key_id,
        before=None,
        after={"role": principal.role.value, "client_addr": addr},
        request_id=request_id(request),
    )
    response = _redirect("/overview" if principal.role == Role.ADMIN else "/review")
    set_cookie(request, response, SESSION_COOKIE, session_id, max_age=int(store.ttl.total_seconds()))
    response.delete_cookie(SIGNIN_COOKIE, path=PREFIX)
    return response


@router.post("/signout")
async def signout(request: Request, svc: ServicesDep, session: AuditorSession) -> Response:
    await checked_form(request, session)
    await session_store(svc).delete(request.cookies.get(SESSION_COOKIE))
    await svc.audit.admin_event(
        actor=session.principal.user,
        action="console.signout",
        target=session.principal.key_id,
        before=None,
        after=None,
        request_id=request_id(request),
    )
    response = _redirect("/signin")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


# --- review -----------------------------------------------------------------------------------------------
def _filter_options(svc: Services) -> dict[str, Any]:
    return {
        "decisions": rv.KNOWN_DECISIONS,
        "entities": sorted(Entity.__members__),
        "providers": sorted(svc.router.entries),
    }


@router.get("/review")
async def review_list(request: Request, svc: ServicesDep, session: AuditorSession) -> Response:
    filters = rv.parse_filters(request.query_params)
    rows, next_cursor = await rv.fetch_page(svc.db, filters, request.query_params.get("before"))
    query = filters.query_items()
    return render(
        request,
        "review.html",
        session=session,
        rows=rows,
        filters=filters,
        options=_filter_options(svc),
        next_url=f"?{urlencode([*query, ('before', next_cursor)])}" if next_cursor else None,
        first_url=f"?{urlencode(query)}" if request.query_params.get("before") else None,
        export_csv=f"{PREFIX}/review/export?{urlencode([*query, ('format', 'csv')])}",
        export_jsonl=f"{PREFIX}/review/export?{urlencode([*query, ('format', 'jsonl')])}",
    )


def _csv_cell(value: Any) -> str:
    """A cell a spreadsheet will show, never run: a leading =, +, - or @ would start a formula."""
    text = value.isoformat() if isinstance(value, datetime) else ("" if value is None else str(value))
    if isinstance(value, dict | list):
        text = orjson.dumps(value).decode()
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


async def _export_lines(svc: Services, filters: rv.Filters, fmt: str) -> AsyncIterator[bytes]:
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(EXPORT_COLUMNS)
        async for row in rv.iter_export(svc.db, filters, EXPORT_MAX_ROWS):
            writer.writerow([_csv_cell(row.get(col)) for col in EXPORT_COLUMNS])
            if buf.tell() > 64 * 1024:
                yield buf.getvalue().encode()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue().encode()
        return
    async for row in rv.iter_export(svc.db, filters, EXPORT_MAX_ROWS):
        yield orjson.dumps({col: row.get(col) for col in EXPORT_COLUMNS}) + b"\n"


@router.get("/review/export")
async def review_export(request: Request, svc: ServicesDep, session: AuditorSession) -> Response:
    fmt = request.query_params.get("format", "csv")
    if fmt not in ("csv", "jsonl"):
        raise BadRequest("format must be csv or jsonl.")
    filters = rv.parse_filters(request.query_params)
    await svc.audit.admin_event(
        actor=session.principal.user,
        action="audit.export",
        target=fmt,
        before=None,
        after=dict(filters.query_items()),
        request_id=request_id(request),
    )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(
        _export_lines(svc, filters, fmt),
        media_type=media,
        headers={"content-disposition": f'attachment; filename="dlpgate-audit-{stamp}.{fmt}"'},
    )


def _back_link(request: Request) -> str:
    """The list the reviewer came from, when it was a review page of this console (never another site)."""
    ref = request.query_params.get("from", "")
    parts = urlsplit(ref)
    if ref and not parts.scheme and not parts.netloc and parts.path == f"{PREFIX}/review":
        return ref
    return f"{PREFIX}/review"


@router.get("/review/{rid}")
async def review_record(request: Request, rid: str, svc: ServicesDep, session: AuditorSession) -> Response:
    found = await rv.fetch_record(svc.db, rid)
    if found is None:
        raise NotFound(translator(lang_of(request))("notfound"))
    record, verdict = found
    return render(
        request,
        "record.html",
        session=session,
        r=record,
        review=verdict,
        segments=rv.excerpt_segments(record.get("excerpt")),
        saved=request.query_params.get("saved") == "1",
        redacted=request.query_params.get("redacted") == "1",
        back=_back_link(request),
    )


@router.post("/review/{rid}")
async def review_save(request: Request, rid: str, svc: ServicesDep, session: AuditorSession) -> Response:
    form = await checked_form(request, session)
    found = await rv.fetch_record(svc.db, rid)
    if found is None:
        raise NotFound("No audit record has that request id.")
    try:
        verdict = rv.Verdict(form.get("verdict", ""))
    except ValueError:
        raise BadRequest("verdict must be confirmed or false_positive.") from None
    comment = form.get("comment", "").strip() or None
    redacted = False
    if comment is not None:
        if len(comment) > MAX_COMMENT_CHARS:
            raise BadRequest(f"The comment is longer than {MAX_COMMENT_CHARS} characters.")
        # Reviewers never see raw values, but one might type one, or the record's internal terms or a registered
        # document's text: the comment gets the checks a prompt of the record's department gets, redacted first.
        checked = await redact_comment(svc, comment, found[0].get("department"))
        comment, redacted = checked, checked != comment
    await rv.set_review(svc.db, rid, verdict, comment, reviewer=session.principal.user, request_id=request_id(request))
    return _redirect(f"/review/{rid}?saved=1" + ("&redacted=1" if redacted else ""))


# --- overview ---------------------------------------------------------------------------------------------
@router.get("/overview")
async def overview(request: Request, svc: ServicesDep, session: AuditorSession) -> Response:
    ov = await load_overview(svc.db)
    t = translator(lang_of(request))
    chart = daily_chart_svg(ov, t("overview.chart"), {"blocked": t("d.blocked"), "masked": t("d.masked")})
    return render(request, "overview.html", session=session, ov=ov, chart=chart)


# --- providers --------------------------------------------------------------------------------------------
def _providers(svc: Services) -> list[dict[str, Any]]:
    out = []
    for pid, entry in svc.router.entries.items():
        state = svc.switches.state[pid]
        base = entry.api_base
        out.append(
            {
                "id": pid,
                "kind": entry.settings.kind,
                "host": urlsplit(base).hostname if base else None,
                "enabled": state.enabled,
                "usable": svc.router.is_enabled(pid),
                "blocked_rule": entry.blocked_rule,
                "unavailable": entry.unavailable_reason(),
                "models": sorted(entry.settings.models),
                "updated_at": state.updated_at,
                "updated_by": state.updated_by,
            }
        )
    return out


@router.get("/providers")
async def providers(request: Request, svc: ServicesDep, session: AuditorSession) -> Response:
    return render(
        request,
        "providers.html",
        session=session,
        providers=_providers(svc),
        done=request.query_params.get("done") == "1",
        error=None,
    )


@router.post("/providers/{provider_id}")
async def switch_provider(request: Request, provider_id: str, svc: ServicesDep, session: AdminSession) -> Response:
    form = await checked_form(request, session)
    wanted = form.get("enabled")
    if wanted not in ("true", "false"):
        raise BadRequest("enabled must be true or false.")
    try:
        await svc.switches.set_enabled(
            provider_id, wanted == "true", actor=session.principal.user, request_id=request_id(request)
        )
    except Conflict as exc:
        return render(
            request,
            "providers.html",
            session=session,
            providers=_providers(svc),
            done=False,
            error=exc.message,
            status_code=409,
        )
    svc.metrics.providers_enabled.labels(provider_id).set(1 if svc.router.is_enabled(provider_id) else 0)
    return _redirect("/providers?done=1")


# --- keys -------------------------------------------------------------------------------------------------
async def _keys_page(
    request: Request,
    svc: Services,
    session: AuditorSession,
    *,
    new_key: dict[str, str] | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "keys.html",
        session=session,
        keys=await svc.keys.list(),
        roles=[r.value for r in Role],
        new_key=new_key,
        error=error,
        revoked=request.query_params.get("revoked") == "1",
        status_code=status_code,
    )


@router.get("/keys")
async def keys(request: Request, svc: ServicesDep, session: AdminSession) -> Response:
    return await _keys_page(request, svc, session)


@router.post("/keys")
async def create_key(request: Request, svc: ServicesDep, session: AdminSession) -> Response:
    form = await checked_form(request, session)
    try:
        role = Role(form.get("role", ""))
        key, info = await svc.keys.create(
            user=form.get("user", ""),
            role=role,
            department=form.get("department", "").strip() or None,
            created_by=session.principal.user,
        )
    except ValueError as exc:
        return await _keys_page(request, svc, session, error=str(exc), status_code=400)
    await svc.audit.admin_event(
        actor=session.principal.user,
        action="key.create",
        target=info.id,
        before=None,
        after={"user": info.user, "role": info.role.value, "department": info.department},
        request_id=request_id(request),
    )
    # Shown on this response only (no redirect, no-store): the database keeps just its hash.
    return await _keys_page(
        request, svc, session, new_key={"id": info.id, "key": key, "user": info.user}, status_code=201
    )


@router.post("/keys/{key_id}/revoke")
async def revoke_key(request: Request, key_id: str, svc: ServicesDep, session: AdminSession) -> Response:
    await checked_form(request, session)
    await svc.keys.revoke(key_id)
    await svc.audit.admin_event(
        actor=session.principal.user,
        action="key.revoke",
        target=key_id,
        before={"revoked": False},
        after={"revoked": True},
        request_id=request_id(request),
    )
    return _redirect("/keys?revoked=1")
