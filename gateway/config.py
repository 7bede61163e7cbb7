"""Configuration: the YAML file, `${ENV}` interpolation, validation. The only module that reads policies/.

Invariant: a Config that exists is valid. Every mistake becomes a ConfigError whose lines each name the
file, the key and the problem; the CLI prints them and exits 2, with no traceback.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from detectors.types import Entity

__all__ = [
    "DEFAULT_CONFIG_PATH",
    "Action",
    "AuditSettings",
    "BlockedSettings",
    "Config",
    "ConfigError",
    "ConsoleSettings",
    "DetectionSettings",
    "EntityRule",
    "LimitSettings",
    "OverrideMatch",
    "PolicyOverride",
    "PolicySettings",
    "ProviderSettings",
    "ServerSettings",
    "StorageSettings",
    "TermList",
    "default_policy",
    "load_config",
    "parse_config",
]

DEFAULT_CONFIG_PATH = Path("policies/default.yaml")
MAX_CONFIG_BYTES = 1 << 20
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_PROVIDER_ID = r"^[a-z0-9][a-z0-9_.-]{0,62}$"

# litellm provider names dlpgate accepts as `kind` (plus its own `demo`). A typo in kind is caught at start
# instead of becoming a request-time surprise.
KNOWN_KINDS = frozenset(
    {
        "demo",
        "openai",
        "azure",
        "azure_ai",
        "anthropic",
        "bedrock",
        "vertex_ai",
        "gemini",
        "ollama",
        "ollama_chat",
        "hosted_vllm",
        "vllm",
        "openrouter",
        "deepseek",
        "together_ai",
        "fireworks_ai",
        "groq",
        "mistral",
        "cohere",
        "databricks",
        "watsonx",
        "sagemaker",
        "huggingface",
        "perplexity",
        "xai",
        "cerebras",
        "nvidia_nim",
        "lm_studio",
        "openai_like",
        "text-completion-openai",
        "friendliai",
        "deepinfra",
        "anyscale",
        "replicate",
        "sambanova",
        "novita",
        "hyperbolic",
        "nebius",
        "cloudflare",
    }
)


class ConfigError(Exception):
    """One or more configuration mistakes, one line each: `FILE: KEY: PROBLEM`."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class Action(enum.StrEnum):
    BLOCK = "block"
    MASK = "mask"
    WARN = "warn"
    ALLOW = "allow"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProviderSettings(_Strict):
    id: Annotated[str, Field(pattern=_PROVIDER_ID)]
    kind: str
    api_base: str | None = None
    api_key: SecretStr | None = None
    api_version: str | None = None
    region: str | None = None
    enabled: bool = True
    models: dict[str, str]
    timeout_s: Annotated[float, Field(gt=0, le=600)] = 60.0
    connect_timeout_s: Annotated[float, Field(gt=0, le=60)] = 5.0
    transport: Literal["auto", "passthrough", "litellm"] = "auto"
    # false for an upstream that refuses `stream_options` (older Azure api-versions, some self-hosted servers): its
    # streams are sent without it and charged an estimate (gateway/stream_usage.py)
    stream_usage: bool = True
    requires_key: bool | None = None
    description: str = ""

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        if v not in KNOWN_KINDS:
            raise ValueError(
                f"unknown provider kind {v!r}; use a litellm provider name such as openai, azure, anthropic"
            )
        return v

    @field_validator("api_base")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        parts = urlsplit(v)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("api_base must be an http:// or https:// URL with a host")
        return v.rstrip("/")

    @field_validator("models", mode="before")
    @classmethod
    def _models(cls, v: object) -> object:
        if isinstance(v, list):
            if not all(isinstance(m, str) for m in v):
                raise ValueError("models must be a list of names or a mapping of client name to upstream model")
            return {m: m for m in v}
        return v

    @field_validator("models")
    @classmethod
    def _models_nonempty(cls, v: dict[str, str]) -> dict[str, str]:
        if not v:
            raise ValueError("list at least one model")
        for name, upstream in v.items():
            if not name.strip() or not upstream.strip():
                raise ValueError("model names must not be empty")
        return v

    @property
    def key_required(self) -> bool:
        if self.requires_key is not None:
            return self.requires_key
        return self.kind not in {"demo", "ollama", "ollama_chat", "hosted_vllm", "vllm", "lm_studio"}

    @property
    def has_key(self) -> bool:
        return self.api_key is not None and self.api_key.get_secret_value() != ""


class BlockedSettings(_Strict):
    model_patterns: list[str] = Field(default_factory=list)
    hosts: list[str] = Field(default_factory=list)
    kinds: list[str] = Field(default_factory=list)


class StorageSettings(_Strict):
    database_url: str = "sqlite:///var/dlpgate.db"
    redis_url: str | None = None
    migrate_on_start: bool = True
    # How replicas hear of each other's changes (gateway/changes.py): the database poll that carries them while
    # Redis pub/sub is down or not configured, and the slower one kept as a safety net while it is live.
    change_poll_s: Annotated[float, Field(gt=0, le=1.0)] = 0.25
    change_safety_poll_s: Annotated[float, Field(gt=0, le=3600)] = 5.0

    @field_validator("redis_url")
    @classmethod
    def _redis(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("redis_url must start with redis://, rediss:// or unix://")
        return v

    @field_validator("database_url")
    @classmethod
    def _db(cls, v: str) -> str:
        if not (v.startswith("sqlite:///") or v.startswith(("postgresql://", "postgres://", "postgresql+asyncpg://"))):
            raise ValueError("database_url must start with sqlite:/// or postgresql://")
        return v


class ServerSettings(_Strict):
    max_body_bytes: Annotated[int, Field(ge=1024, le=64 << 20)] = 4 << 20
    max_text_chars: Annotated[int, Field(ge=1024, le=16 << 20)] = 2 << 20
    shutdown_grace_s: Annotated[float, Field(ge=0, le=300)] = 20.0
    scan_timeout_s: Annotated[float, Field(gt=0, le=600)] = 30.0
    scan_concurrency: Annotated[int, Field(ge=1, le=64)] = 2
    trusted_proxies: list[str] = Field(default_factory=list)


class LimitSettings(_Strict):
    """Shared by all replicas through Redis when storage.redis_url is set; per replica otherwise."""

    key_requests_per_minute: Annotated[int, Field(ge=1)] | None = None
    department_requests_per_minute: Annotated[int, Field(ge=1)] | None = None
    key_tokens_per_day: Annotated[int, Field(ge=1)] | None = None
    department_tokens_per_day: Annotated[int, Field(ge=1)] | None = None


class AuditSettings(_Strict):
    hmac_key: SecretStr | None = None
    excerpt: Literal["skeleton", "none"] = "skeleton"


class ConsoleSettings(_Strict):
    """The web console at /admin/ (gateway/console, docs/console.md): session limits and the sign-in limit."""

    session_ttl_s: Annotated[int, Field(ge=1, le=7 * 86400)] = 8 * 3600  # a working day, then sign in again
    idle_timeout_s: Annotated[int, Field(ge=1, le=7 * 86400)] = 30 * 60
    max_failed_signins: Annotated[int, Field(ge=1, le=10_000)] = 5  # per client address and window
    signin_window_s: Annotated[int, Field(ge=1, le=86400)] = 15 * 60
    # auto: Secure when the request came over TLS, directly or from a server.trusted_proxies proxy that says so
    # in X-Forwarded-Proto; always: also behind a TLS proxy whose address is not in trusted_proxies.
    secure_cookie: Literal["auto", "always"] = "auto"


class TermList(_Strict):
    """Undisclosed terms (project code names, system names) for some departments, or for all when omitted."""

    departments: list[str] | None = None
    terms: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(default_factory=list)
    terms_file: str | None = None  # one term a line, `#` comments; read at start

    def all_terms(self) -> list[str]:
        terms = list(self.terms)
        if self.terms_file:
            with open(self.terms_file, encoding="utf-8") as fh:
                terms += [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
        return terms

    def applies_to(self, department: str | None) -> bool:
        return self.departments is None or (department or "").casefold() in {d.casefold() for d in self.departments}


class DetectionSettings(_Strict):
    spacy_models: list[str] = Field(default_factory=list)
    term_lists: dict[str, TermList] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _files_readable(self) -> DetectionSettings:
        for name, tl in self.term_lists.items():
            if tl.terms_file is not None and not os.path.isfile(tl.terms_file):
                raise ValueError(f"term_lists.{name}.terms_file: {tl.terms_file} is not a readable file")
        return self


class EntityRule(_Strict):
    action: Action
    threshold: Annotated[float, Field(ge=0.0, le=1.0)] | None = None


def _entity_rules(v: object) -> object:
    """Accept the short form `KR_RRN: block` next to `PERSON: {action: mask, threshold: 0.6}`."""
    if isinstance(v, Mapping):
        return {k: ({"action": r} if isinstance(r, str) else r) for k, r in v.items()}
    return v


class OverrideMatch(_Strict):
    """Who an override applies to: every listed dimension must match (lists are alternatives)."""

    departments: list[str] | None = None
    roles: list[Literal["staff", "auditor", "admin"]] | None = None
    providers: list[str] | None = None

    def matches(self, *, department: str | None, role: str, provider_id: str | None) -> bool:
        if self.departments is not None and (department or "").casefold() not in {
            d.casefold() for d in self.departments
        }:
            return False
        if self.roles is not None and role not in self.roles:
            return False
        return self.providers is None or provider_id in self.providers


class PolicyOverride(_Strict):
    """Rules for a department, role or provider, applied in order over the base rules (later wins)."""

    name: Annotated[str, Field(min_length=1, max_length=80)]
    match: OverrideMatch
    mode: Literal["enforce", "monitor"] | None = None
    entities: dict[Entity, EntityRule] = Field(default_factory=dict)
    unscannable_parts: Literal["block", "allow"] | None = None
    restore_in_tool_calls: Literal["values", "none", "all"] | None = None
    stored_context: Literal["block", "allow"] | None = None

    @field_validator("entities", mode="before")
    @classmethod
    def _short(cls, v: object) -> object:
        return _entity_rules(v)


class PolicySettings(_Strict):
    revision: str | None = None
    mode: Literal["enforce", "monitor"] = "enforce"
    threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    default_action: Action = Action.ALLOW
    entities: dict[Entity, EntityRule] = Field(default_factory=dict)
    # Entities whose base rule no override may loosen ("nobody sends resident registration numbers").
    locked: list[Entity] = Field(default_factory=list)
    overrides: list[PolicyOverride] = Field(default_factory=list)
    unscannable_parts: Literal["block", "allow"] = "block"
    token_arrays: Literal["block", "allow"] = "block"  # noqa: S105 (a policy word, not a secret)
    # masked values put back into tool-call arguments the model wrote (gateway/restore.py, red-team #9 finding 11)
    restore_in_tool_calls: Literal["values", "none", "all"] = "values"
    # Responses `previous_response_id` / `conversation`: the provider adds turns the gateway never saw (finding 5)
    stored_context: Literal["block", "allow"] = "block"
    max_justification_chars: Annotated[int, Field(ge=10, le=2000)] = 500

    @field_validator("entities", mode="before")
    @classmethod
    def _short(cls, v: object) -> object:
        return _entity_rules(v)

    @model_validator(mode="after")
    def _unique_override_names(self) -> PolicySettings:
        names = [o.name for o in self.overrides]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"policy.overrides: duplicate override name {dupes[0]!r}")
        return self

    def rule_for(self, entity: Entity) -> EntityRule:
        return self.entities.get(entity) or EntityRule(action=self.default_action)

    @functools.cached_property
    def digest(self) -> str:
        """Policy revision recorded in each audit row: explicit, or a hash of the rules (computed once)."""
        if self.revision:
            return self.revision
        return "sha256:" + hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]


def default_policy() -> PolicySettings:
    """The built-in policy; policies/default.yaml states the same rules (a test holds them equal)."""
    block = (
        Entity.KR_RRN,
        Entity.KR_ALIEN_REG,
        Entity.KR_PASSPORT,
        Entity.KR_DRIVER_LICENSE,
        Entity.CREDIT_CARD,
        Entity.BANK_ACCOUNT,
        Entity.KR_HEALTH_INSURANCE,
        Entity.CLASSIFICATION_MARKING,
        Entity.CONFIDENTIAL_DOCUMENT,
        Entity.INTERNAL_TERM,
    )
    mask = (
        Entity.PERSON,
        Entity.PHONE_NUMBER,
        Entity.EMAIL_ADDRESS,
        Entity.LOCATION,
        Entity.KR_BRN,
        Entity.KR_CRN,
        Entity.IP_ADDRESS,
    )
    rules = {e: EntityRule(action=Action.BLOCK) for e in block}
    rules.update({e: EntityRule(action=Action.MASK) for e in mask})
    return PolicySettings(entities=rules, locked=[Entity.KR_RRN, Entity.KR_ALIEN_REG])


class Config(_Strict):
    providers: list[ProviderSettings] = Field(default_factory=list)
    blocked: BlockedSettings = Field(default_factory=BlockedSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    detection: DetectionSettings = Field(default_factory=DetectionSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    policy: PolicySettings = Field(default_factory=default_policy)
    source: str = Field(default="<memory>", exclude=True)

    @model_validator(mode="after")
    def _unique(self) -> Config:
        seen: dict[str, int] = {}
        for i, p in enumerate(self.providers):
            if p.id in seen:
                raise ValueError(f"providers[{i}].id: duplicate provider id {p.id!r} (also providers[{seen[p.id]}])")
            seen[p.id] = i
        owners: dict[str, str] = {}
        for p in self.providers:
            if not p.enabled:
                continue
            for name in p.models:
                key = name.casefold()
                if key in owners:
                    raise ValueError(
                        f"model {name!r} is served by enabled providers {owners[key]!r} and {p.id!r}; "
                        "a model name must resolve to exactly one provider"
                    )
                owners[key] = p.id
        return self


def _interpolate(node: object, path: str, errors: list[str], source: str) -> object:
    if isinstance(node, str):

        def sub(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            value = os.environ.get(name)
            if value is None:
                if default is None:
                    errors.append(
                        f"{source}: {path or '<root>'}: environment variable {name} is not set "
                        f"(write ${{{name}:-}} to allow it to be empty)"
                    )
                    return ""
                return default
            return value

        return _ENV_REF.sub(sub, node)
    if isinstance(node, list):
        return [_interpolate(v, f"{path}[{i}]", errors, source) for i, v in enumerate(node)]
    if isinstance(node, dict):
        return {k: _interpolate(v, f"{path}.{k}" if path else str(k), errors, source) for k, v in node.items()}
    return node


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "<root>"


def parse_config(data: object, source: str = "<memory>") -> Config:
    """Validate an already-loaded YAML tree (interpolating `${ENV}`), or raise ConfigError."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"{source}: <root>: expected a mapping of settings, got {type(data).__name__}"])
    errors: list[str] = []
    tree = _interpolate(data, "", errors, source)
    if errors:
        raise ConfigError(errors)
    if isinstance(tree, dict) and tree.get("policy") is None:
        tree.pop("policy", None)
    try:
        config = Config.model_validate(tree)
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False, include_input=False):
            msg = str(err["msg"]).removeprefix("Value error, ")
            lines.append(f"{source}: {_loc(tuple(err['loc']))}: {msg}")
        raise ConfigError(lines) from None
    return config.model_copy(update={"source": source})


def load_config(path: str | os.PathLike[str]) -> Config:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError([f"{p}: <file>: cannot read config ({exc.strerror or exc})"]) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError([f"{p}: <file>: config is larger than {MAX_CONFIG_BYTES} bytes"])
    try:
        data: Any = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "<file>"
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError([f"{p}: {where}: {problem}"]) from None
    return parse_config(data, str(p))
