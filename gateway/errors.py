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
    │   │   └── ReplyModelBlocked             provider_blocked (a reply named a blocked model: provider switched off)
    │   ├── ProviderDisabled              provider_disabled
    │   ├── SensitiveData                 sensitive_data
    │   └── RoutingOverride               routing_override
    ├── Conflict                      409 conflict
    ├── ServiceUnavailable            503 (audit, storage or detection cannot run: fail closed)
    │   └── ScanTimeout               503 scan_timeout (the text was not scanned whole within server.scan_timeout_s)
    └── UpstreamError                 502 upstream_error
        ├── UpstreamTimeout           504 upstream_timeout
        ├── UpstreamRateLimited       429 rate_limit_exceeded
        └── UpstreamRejected          4xx passed on from the provider

Messages never carry prompt text or a detected value: they name the field, rule or data type.
invalid_request() turns a pydantic ValidationError into a BadRequest the same way: the field path (with keys the
gateway does not know shown as `<key>`) and the expected form, from the schema, never from the input.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from gateway.unsafe_chars import UNSAFE_MESSAGE

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
    "ReplyModelBlocked",
    "RoutingOverride",
    "ScanTimeout",
    "SensitiveData",
    "ServiceUnavailable",
    "Unauthorized",
    "UpstreamError",
    "UpstreamRateLimited",
    "UpstreamRejected",
    "UpstreamTimeout",
    "invalid_request",
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


class ReplyModelBlocked(ProviderBlocked):
    """A provider answered as a blocked model (a renamed deployment): the reply is withheld and the provider is
    switched off for every replica (gateway.pipeline), so no later prompt reaches it."""

    def __init__(self, message: str, *, provider_id: str) -> None:
        super().__init__(message)
        self.provider_id = provider_id


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


class ScanTimeout(ServiceUnavailable):
    code = "scan_timeout"


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


# --- validation errors ------------------------------------------------------------------------------------
MAX_VALIDATION_ERRORS = 3

# What each pydantic error type says, in words of the schema only. Pydantic's own messages may quote the input
# (`Input tag 'kim@example.org-850315-1234566' found using 'type'...`, a validator's `Value error, ...`), so
# none is passed on; `{name}` takes only the named context keys, which come from the schema (never `tag`,
# `error`, `actual_length` and the like, which come from the input). A type not listed gets a generic line.
_PROBLEMS: dict[str, str] = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field, not accepted by the gateway",
    "string_type": "must be a string",
    "string_unicode": "must be valid Unicode text",
    "plain_text": UNSAFE_MESSAGE,
    "string_too_short": "must have at least {min_length} character(s)",
    "string_too_long": "must have at most {max_length} character(s)",
    "string_pattern_mismatch": "does not have the expected form",
    "int_type": "must be an integer",
    "int_parsing": "must be an integer",
    "int_parsing_size": "is out of range for an integer",
    "int_from_float": "must be an integer",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "none_required": "must be null",
    "dict_type": "must be a JSON object",
    "model_type": "must be a JSON object",
    "model_attributes_type": "must be a JSON object",
    "list_type": "must be an array",
    "too_short": "must have at least {min_length} item(s)",
    "too_long": "must have at most {max_length} item(s)",
    "greater_than": "must be greater than {gt}",
    "greater_than_equal": "must be greater than or equal to {ge}",
    "less_than": "must be less than {lt}",
    "less_than_equal": "must be less than or equal to {le}",
    "literal_error": "must be {expected}",
    "enum": "must be {expected}",
    "union_tag_invalid": "the value of {discriminator} is not one the gateway accepts (expected {expected_tags})",
    "union_tag_not_found": "the {discriminator} field is missing",
    "json_invalid": "is not valid JSON",
    "json_type": "must be a JSON string, bytes or bytearray",
}
_SCHEMA_CONTEXT = ("min_length", "max_length", "gt", "ge", "lt", "le", "expected", "discriminator", "expected_tags")
MAX_CONTEXT_CHARS = 200


def _hidden(_: str) -> str:
    return "<key>"


def _location(err: ErrorDetails, shown_key: Callable[[str], str], unknown_key: Callable[[str], str]) -> str:
    """The error's path: list positions, and a key only when `shown_key` knows it (`<key>` otherwise); an unknown
    field is shown by `unknown_key` (by default never named, whatever it is)."""
    loc = err["loc"]
    parts = [p if isinstance(p, int) else shown_key(p) for p in loc]
    if err["type"] == "extra_forbidden" and parts:
        parts[-1] = unknown_key(loc[-1]) if isinstance(loc[-1], str) else "<key>"
    return ".".join(str(p) for p in parts)


def _problem(err: ErrorDetails) -> str:
    template = _PROBLEMS.get(err["type"])
    if template is None:
        return "invalid value"
    ctx = err.get("ctx") or {}
    values = {k: str(ctx.get(k, "?"))[:MAX_CONTEXT_CHARS] for k in _SCHEMA_CONTEXT}
    return template.format_map(values)


def invalid_request(
    exc: ValidationError | Sequence[ErrorDetails],
    *,
    what: str = "request",
    shown_key: Callable[[str], str] = _hidden,
    unknown_key: Callable[[str], str] = _hidden,
) -> BadRequest:
    """A 400 for input that failed validation (a pydantic error, or FastAPI's list of them): `Invalid request:
    messages.0.content.<key>.0: ...`, at most MAX_VALIDATION_ERRORS problems, each a path and the expected form;
    `param` is the first path."""
    errors = exc.errors(include_url=False, include_input=False) if isinstance(exc, ValidationError) else exc
    problems = [
        f"{_location(e, shown_key, unknown_key) or 'body'}: {_problem(e)}" for e in errors[:MAX_VALIDATION_ERRORS]
    ]
    param = (_location(errors[0], shown_key, unknown_key) or None) if errors else None
    message = "; ".join(problems) or "the input does not have the expected form"
    return BadRequest(f"Invalid {what}: {message}", param=param)
