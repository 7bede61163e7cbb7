"""What the admin API and the console accept as text: what PostgreSQL can store and a reader sees as written.

PostgreSQL text holds no NUL character and no lone surrogate, and the driver refuses a query carrying one, which
surfaced as a plain 500 or a false "Audit storage is unreachable" 503 (red-team #10 finding 6: `PUT
/admin/api/term-lists/%00`, `GET /admin/api/audit?user=%00x`). Control characters and bidirectional overrides are no
part of any name, id or filter either, and a right-to-left override in a department renders reversed in the console.
So such input (the characters gateway/unsafe_chars.py names) is refused with a 400 before anything queries the
database:

- every path and query string under /admin, by `AdminInputGuard`, one middleware in front of every admin and console
  route (a route added later is covered too);
- every text field of an admin JSON body, by the `PlainText` type its models use;
- every console form field, by `check_form_text` in the one form reader (gateway/console/web.py), where the line
  breaks and tabs of a comment or a list of terms are allowed.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qsl

from pydantic import AfterValidator, Strict
from pydantic_core import PydanticCustomError
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.errors import BadRequest
from gateway.pipeline import error_response
from gateway.unsafe_chars import UNSAFE_MESSAGE as _MESSAGE
from gateway.unsafe_chars import has_unsafe_char

__all__ = ["ADMIN_PREFIX", "AdminInputGuard", "PlainText", "check_form_text"]

ADMIN_PREFIX = "/admin"


def _plain(value: str) -> str:
    if has_unsafe_char(value):
        raise PydanticCustomError("plain_text", _MESSAGE)
    return value


PlainText = Annotated[str, Strict(), AfterValidator(_plain)]  # a name, title, id or term in an admin JSON body


def check_form_text(fields: dict[str, str]) -> None:
    """A console form's fields: line breaks and tabs are text there (a comment, one term a line), nothing else
    `unsafe_char` (gateway/unsafe_chars.py) names is."""
    for value in fields.values():
        if has_unsafe_char(value, allowed="\t\n\r"):
            raise BadRequest(f"A form field {_MESSAGE}.")


class AdminInputGuard:
    """Refuses a request under /admin whose decoded path or query string holds an unsafe character
    (`has_unsafe_char`), with a 400 JSON error, before any route or dependency runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope.get("path", "")).startswith(ADMIN_PREFIX):
            where = self._unsafe_part(scope)
            if where is not None:
                rid = str(scope.get("state", {}).get("request_id", ""))
                response = error_response(BadRequest(f"The request's {where} {_MESSAGE}."), rid)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    def _unsafe_part(scope: Scope) -> str | None:
        if has_unsafe_char(str(scope.get("path", ""))):
            return "path"
        raw = bytes(scope.get("query_string", b"")).decode("latin-1")
        # as Starlette reads it (percent-escapes as UTF-8, unreadable bytes as U+FFFD)
        for key, value in parse_qsl(raw, keep_blank_values=True):
            if has_unsafe_char(key + value):
                return "query string"
        return None
