"""FastAPI dependencies as Annotated aliases; roles are checked here, on the server, for every admin call."""

from __future__ import annotations

import ipaddress
from typing import Annotated, Any

from fastapi import Depends, Request
from pydantic import BaseModel

from gateway.audit import new_request_id
from gateway.errors import Forbidden
from gateway.services import Services
from gateway.types import Principal, Role

__all__ = [
    "AdminDep",
    "AuditorDep",
    "ServicesDep",
    "client_addr",
    "declared_names",
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


def declared_names(route: object) -> frozenset[str]:
    """The names a FastAPI route declares: its path, query, header, cookie and body parameters and the fields of
    its body models. A validation error may show these and nothing a client wrote (gateway/errors.py)."""
    names = {"body", "query", "path", "header", "cookie"}
    stack: list[Any] = [getattr(route, "dependant", None)]
    while stack:
        dependant = stack.pop()
        if dependant is None:
            continue
        for p in (
            *dependant.path_params,
            *dependant.query_params,
            *dependant.header_params,
            *dependant.cookie_params,
            *dependant.body_params,
        ):
            names.update((p.name, p.alias))
            annotation = p.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                names.update(annotation.model_fields)
        stack.extend(dependant.dependencies)
    return frozenset(names)


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
