"""The console's plumbing: its route class (sign-in redirects, HTML errors, security headers), the session
dependencies that check roles on the server, CSRF-checked form reading, cookies and template rendering.

Every console response carries a strict Content-Security-Policy (only the gateway's own stylesheet, no
script, no framing) and `Cache-Control: no-store`, so neither a page nor a key shown once lingers in a cache.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

from fastapi import Depends, Request
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse, RedirectResponse, Response

from gateway.api.deps import ServicesDep
from gateway.api.inputs import check_form_text
from gateway.api.openai import read_body
from gateway.console.i18n import pick_lang, translator
from gateway.console.sessions import CONSOLE_ROLES, ConsoleSession, SessionStore, csrf_matches
from gateway.errors import BadRequest, Forbidden, GatewayError
from gateway.services import Services
from gateway.types import Role

__all__ = [
    "LANG_COOKIE",
    "PREFIX",
    "SESSION_COOKIE",
    "TEMPLATES",
    "AdminSession",
    "AuditorSession",
    "ConsoleRoute",
    "SignInRequired",
    "checked_form",
    "is_tls",
    "lang_of",
    "read_form",
    "render",
    "require_console_admin",
    "require_console_auditor",
    "session_store",
    "set_cookie",
]

PREFIX = "/admin"
SESSION_COOKIE = "dlpgate_console"
LANG_COOKIE = "dlpgate_lang"
MAX_FORM_BYTES = 16 * 1024
MAX_FORM_FIELDS = 32
TEMPLATES = Path(__file__).parent / "templates"
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    # Not no-referrer: with it, browsers send `Origin: null` on form posts, and the origin check needs the origin.
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


class SignInRequired(Exception):
    """No live session: the route class answers with a redirect to the sign-in page (saying the session ended
    when the browser still sent one)."""

    def __init__(self, *, ended: bool = False) -> None:
        super().__init__("sign-in required")
        self.ended = ended


def session_store(svc: Services) -> SessionStore:
    return SessionStore(svc.db, svc.config.console)


@functools.cache
def _environment() -> Environment:
    # Built on first use, not at import; autoescape everywhere, and a missing variable is an error.
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def lang_of(request: Request) -> str:
    return pick_lang(
        request.query_params.get("lang"), request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
    )


def render(
    request: Request,
    template: str,
    *,
    session: ConsoleSession | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    lang = lang_of(request)
    t = translator(lang)
    html = (
        _environment()
        .get_template(template)
        .render(
            t=t,
            decision_label=lambda d: t(f"d.{d}") if t(f"d.{d}") != f"d.{d}" else d,  # decisions added later show as-is
            lang=lang,
            session=session,
            path=request.url.path,
            prefix=PREFIX,
            **context,
        )
    )
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") == lang:
        set_cookie(request, response, LANG_COOKIE, lang, http_only=False)
    return response


def _trusted_peer(request: Request, svc: Services) -> bool:
    peer = request.client.host if request.client else None
    if not peer or not svc.config.server.trusted_proxies:
        return False
    try:
        ip = ipaddress.ip_address(peer)
        return any(ip in ipaddress.ip_network(n, strict=False) for n in svc.config.server.trusted_proxies)
    except ValueError:
        return False


def is_tls(request: Request) -> bool:
    """Served over TLS: directly, or by a trusted proxy that says so (X-Forwarded-Proto). As with
    X-Forwarded-For (gateway.api.deps.client_addr), only the rightmost entry, the one our proxy wrote, counts."""
    if request.url.scheme == "https":
        return True
    svc: Services | None = getattr(request.app.state, "services", None)
    proto = request.headers.get("x-forwarded-proto", "").split(",")[-1].strip().lower()
    return proto == "https" and svc is not None and _trusted_peer(request, svc)


def _secure(request: Request) -> bool:
    svc: Services | None = getattr(request.app.state, "services", None)
    return is_tls(request) or (svc is not None and svc.config.console.secure_cookie == "always")


def set_cookie(
    request: Request, response: Response, name: str, value: str, *, max_age: int | None = None, http_only: bool = True
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=PREFIX,
        secure=_secure(request),
        httponly=http_only,
        samesite="strict",
    )


def _error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status, status=status, message=message)


class ConsoleRoute(APIRoute):
    """Turns the console's refusals into pages: no session -> the sign-in page; a GatewayError -> an HTML page
    with its status and safe message (the JSON handlers of the app stay for the APIs)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def console_handler(request: Request) -> Response:
            try:
                response = await handler(request)
            except SignInRequired as exc:
                response = RedirectResponse(f"{PREFIX}/signin{'?ended=1' if exc.ended else ''}", status_code=303)
                if exc.ended:
                    response.delete_cookie(SESSION_COOKIE, path=PREFIX, secure=_secure(request), httponly=True)
            except GatewayError as exc:
                response = _error_page(request, exc.http_status, exc.message)
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            return response

        return console_handler


async def read_form(request: Request) -> dict[str, str]:
    """A urlencoded form, bounded before parsing; the first value of each field."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise BadRequest("Send the form as application/x-www-form-urlencoded.")
    raw = await read_body(request, MAX_FORM_BYTES)
    try:
        fields = parse_qs(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("The form could not be read.") from None
    form = {k: v[0] for k, v in fields.items()}
    check_form_text(form)  # no NUL for PostgreSQL, no bidirectional override for a reader (gateway/api/inputs.py)
    return form


def _same_origin(request: Request) -> bool:
    """A browser names the page a form came from; it must be this host (SameSite cookies are the main guard)."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")


async def checked_form(request: Request, session: ConsoleSession) -> dict[str, str]:
    """The form of a state-changing request, after its CSRF token and origin are checked."""
    form = await read_form(request)
    if not csrf_matches(session.csrf, form.get("csrf")) or not _same_origin(request):
        raise Forbidden(translator(lang_of(request))("csrf"))
    return form


async def _session(request: Request, svc: ServicesDep) -> ConsoleSession:
    cookie = request.cookies.get(SESSION_COOKIE)
    session = await session_store(svc).get(cookie)
    if session is None:
        raise SignInRequired(ended=bool(cookie))
    return session


async def require_console_auditor(session: Annotated[ConsoleSession, Depends(_session)]) -> ConsoleSession:
    if session.principal.role not in CONSOLE_ROLES:
        raise SignInRequired(ended=True)
    return session


async def require_console_admin(
    request: Request, session: Annotated[ConsoleSession, Depends(_session)]
) -> ConsoleSession:
    if session.principal.role != Role.ADMIN:
        raise Forbidden(translator(lang_of(request))("forbidden"))
    return session


AuditorSession = Annotated[ConsoleSession, Depends(require_console_auditor)]
AdminSession = Annotated[ConsoleSession, Depends(require_console_admin)]
