"""FastAPI dependencies as Annotated aliases; roles are checked here, on the server, for every admin call."""

from __future__ import annotations

import ipaddress
from typing import Annotated

from fastapi import Depends, Request

from gateway.audit import new_request_id
from gateway.errors import Forbidden
from gateway.services import Services
from gateway.types import Principal, Role

__all__ = [
    "AdminDep",
    "AuditorDep",
    "ServicesDep",
    "client_addr",
    "get_services",
    "request_id",
    "require_admin",
    "require_auditor",
]


async def get_services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


ServicesDep = Annotated[Services, Depends(get_services)]


def request_id(request: Request) -> str:
    rid = getattr(request.state, "request_id", None)
    if not isinstance(rid, str):
        rid = new_request_id()
        request.state.request_id = rid
    return rid


def client_addr(request: Request, svc: Services) -> str | None:
    peer = request.client.host if request.client else None
    forwarded = request.headers.get("x-forwarded-for")
    if peer and forwarded and svc.config.server.trusted_proxies:
        try:
            peer_ip = ipaddress.ip_address(peer)
            trusted = any(peer_ip in ipaddress.ip_network(n, strict=False) for n in svc.config.server.trusted_proxies)
        except ValueError:
            trusted = False
        if trusted:
            # The rightmost entry is the address our trusted proxy saw; anything left of it the client could write.
            return forwarded.split(",")[-1].strip()[:64]
    return peer


async def _principal(request: Request, svc: ServicesDep) -> Principal:
    return await svc.keys.authenticate(request.headers.get("authorization"))


async def require_auditor(principal: Annotated[Principal, Depends(_principal)]) -> Principal:
    if principal.role not in (Role.AUDITOR, Role.ADMIN):
        raise Forbidden("This needs an auditor or admin key.")
    return principal


async def require_admin(principal: Annotated[Principal, Depends(_principal)]) -> Principal:
    if principal.role != Role.ADMIN:
        raise Forbidden("This needs an admin key.")
    return principal


AuditorDep = Annotated[Principal, Depends(require_auditor)]
AdminDep = Annotated[Principal, Depends(require_admin)]
