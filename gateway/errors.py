"""Every error the gateway shows a client, each with its HTTP status, contract code and a safe message.

    GatewayError                      500 internal_error
    ├── BadRequest                    400 invalid_request_error (bad JSON, unknown field, bad shape)
    │   └── PayloadTooLarge           413 request_too_large
    ├── Unauthorized                  401 invalid_api_key
    ├── Forbidden                     403 insufficient_role
    ├── NotFound                      404 not_found
    │   └── ModelNotFound             404 model_not_found
    ├── PolicyViolation               403 type dlp_policy_violation
    │   ├── ProviderBlocked               provider_blocked
    │   ├── ProviderDisabled              provider_disabled
    │   ├── SensitiveData                 sensitive_data
    │   └── RoutingOverride               routing_override
    ├── Conflict                      409 conflict
    ├── ServiceUnavailable            503 (audit, storage or detection cannot run: fail closed)
    └── UpstreamError                 502 upstream_error
        ├── UpstreamTimeout           504 upstream_timeout
        ├── UpstreamRateLimited       429 rate_limit_exceeded
        └── UpstreamRejected          4xx passed on from the provider

Messages never carry prompt text or a detected value: they name the field, rule or data type.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "BadRequest",
    "Conflict",
    "Forbidden",
    "GatewayError",
    "ModelNotFound",
    "NotFound",
    "PayloadTooLarge",
    "PolicyViolation",
    "ProviderBlocked",
    "ProviderDisabled",
    "RoutingOverride",
    "SensitiveData",
    "ServiceUnavailable",
    "Unauthorized",
    "UpstreamError",
    "UpstreamRateLimited",
    "UpstreamRejected",
    "UpstreamTimeout",
]

HELP = "Contact your security team or help desk with the request id if you think this is wrong."


class GatewayError(Exception):
    status: ClassVar[int] = 500
    type: ClassVar[str] = "server_error"
    code: ClassVar[str] = "internal_error"

    def __init__(self, message: str, *, param: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.param = param
        self.headers = headers or {}

    @property
    def http_status(self) -> int:
        return self.status

    @property
    def error_code(self) -> str:
        return self.code

    def body(self) -> dict[str, object]:
        return {"error": {"message": self.message, "type": self.type, "code": self.error_code, "param": self.param}}


class BadRequest(GatewayError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class PayloadTooLarge(BadRequest):
    status = 413
    code = "request_too_large"


class Unauthorized(GatewayError):
    status = 401
    type = "invalid_request_error"
    code = "invalid_api_key"


class Forbidden(GatewayError):
    status = 403
    type = "permission_error"
    code = "insufficient_role"


class NotFound(GatewayError):
    status = 404
    type = "invalid_request_error"
    code = "not_found"


class ModelNotFound(NotFound):
    code = "model_not_found"


class Conflict(GatewayError):
    status = 409
    type = "invalid_request_error"
    code = "conflict"


class PolicyViolation(GatewayError):
    status = 403
    type = "dlp_policy_violation"
    code = "policy_violation"


class ProviderBlocked(PolicyViolation):
    code = "provider_blocked"


class ProviderDisabled(PolicyViolation):
    code = "provider_disabled"


class SensitiveData(PolicyViolation):
    code = "sensitive_data"


class RoutingOverride(PolicyViolation):
    code = "routing_override"


class ServiceUnavailable(GatewayError):
    status = 503
    type = "server_error"
    code = "service_unavailable"


class UpstreamError(GatewayError):
    status = 502
    type = "upstream_error"
    code = "upstream_error"


class UpstreamTimeout(UpstreamError):
    status = 504
    code = "upstream_timeout"


class UpstreamRateLimited(UpstreamError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class UpstreamRejected(UpstreamError):
    """The provider refused the request (4xx other than 429); its status is passed on."""

    type = "invalid_request_error"

    def __init__(self, message: str, *, status: int, code: str | None = None) -> None:
        super().__init__(message)
        self._status = status
        self._code = code or "upstream_rejected"

    @property
    def http_status(self) -> int:
        return self._status

    @property
    def error_code(self) -> str:
        return self._code
