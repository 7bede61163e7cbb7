"""One request, stage by stage. Any stage may refuse; none may be skipped; a stage that cannot run fails closed.

    auth -> routing guard -> parse -> validate -> route -> extract -> detect -> decide
         -> audit (durable) -> mask -> forward -> respond -> complete audit

Every request that reaches here gets exactly one audit record, whose id is the x-request-id header.
The record is written before anything is forwarded; if it cannot be written, nothing is.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import unicodedata
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

import orjson
from pydantic import BaseModel, ValidationError
from starlette.responses import Response, StreamingResponse

from detectors import Deadline, ScanIncomplete
from detectors.report import redact
from gateway.api.schemas import ChatRequest, CompletionRequest, EmbeddingRequest, ResponsesRequest
from gateway.audit import AuditRecord, Completion, prompt_hmac, skeleton_excerpt
from gateway.blocklist import BUILTIN_MODEL_PATTERNS
from gateway.errors import (
    BadRequest,
    GatewayError,
    PayloadTooLarge,
    PolicyViolation,
    ProviderBlocked,
    ReplyModelBlocked,
    ScanTimeout,
    SensitiveData,
    ServiceUnavailable,
    UpstreamError,
    invalid_request,
)
from gateway.extract import Extraction, extract, hoisted_sections, reading_sections, shown_key
from gateway.junctions import section_junction_findings, split_number_findings
from gateway.justification import redact_justification
from gateway.masking import mask
from gateway.messages import korean_message, language, refusal_message, warn_message
from gateway.name_fields import name_field_findings
from gateway.overrides import check_body, check_headers
from gateway.policy import UNSCANNABLE_TEXT_RULE, Decision, Verdict, decide, outcome
from gateway.providers import ProviderAdapter, UpstreamCall
from gateway.restore import Restorer, restore_stream
from gateway.schema_context import schema_context_findings
from gateway.services import Services
from gateway.sse import EventSplitter, event_fields
from gateway.stream_usage import StreamMeter, estimate_tokens, reply_text_bytes, with_usage_requested
from gateway.table_headers import borrowed_header_findings
from gateway.types import DecisionKind, Endpoint, Principal, SlotFinding
from gateway.unsafe_chars import has_unsafe_char

__all__ = ["MODEL_WORDS", "RequestContext", "error_response", "handle", "model_label"]

log = logging.getLogger("dlpgate.request")

SCHEMAS: dict[Endpoint, type[BaseModel]] = {
    Endpoint.CHAT: ChatRequest,
    Endpoint.COMPLETIONS: CompletionRequest,
    Endpoint.EMBEDDINGS: EmbeddingRequest,
    Endpoint.RESPONSES: ResponsesRequest,
}
SCAN_IN_THREAD_CHARS = 32_768
MAX_MODEL_LABEL_CHARS = 128
MAX_NUMBER_DIGITS = 8  # digits of a number split by separators that still read as a date (2024-12-26), not an id
_MODEL_NAME = re.compile(r"[A-Za-z0-9_\-.:/@]+")  # what model names look like: no spaces, no Hangul
_MODEL_SEPARATORS = re.compile(r"([\-_.:/@]+)")  # split keeping the separators: tokens at even indexes
_WORD = re.compile(r"[a-z0-9]+")
# Words a blocked model name may show in the audit row. The name is client free text, and a person's name in it
# (`deepseek-minsu.kim.korea.kr`) passes every detector, so its words are allow-listed, not deny-listed: only words
# naming models, their publishers and the routes to them. No common given name belongs here (not max, gemma, kimi).
MODEL_WORDS = frozenset(_WORD.findall(" ".join(BUILTIN_MODEL_PATTERNS).lower())) | frozenset(
    # DeepSeek's model names and the publishers of its derivatives
    "deepseek chat coder reasoner prover math vl vl2 janus moe esft llm distill zero terminus speciale ocr "
    "microsoft perplexity agentica skywork zhihu tngtech tng chimera dsr1 dsv2 dsv3 dpsk r1t r1t2 inclusionai l3lab "
    # providers, aggregators and the path words of their model ids
    "openrouter together togetherai fireworks accounts models azure bedrock groq ollama huggingface hf nvidia nim "
    "vertex ai deepinfra siliconflow novita hyperbolic sambanova cerebras replicate openai anthropic meta mistralai "
    "google unsloth bartowski thebloke mlx community lmstudio "
    # other models and the words around a model's version
    "qwen qwq llama mistral mixtral gpt claude gemini phi sonnet opus haiku base instruct latest preview turbo mini "
    "nano pro lite flash free beta alpha exp experimental small medium large thinking reasoning online nitro "
    "v2 v3 r1 gguf awq gptq fp8 fp16 bf16 int4 int8 exl2 abliterated".split()
)
_RAW_MODEL = re.compile(rb'"model"\s*:\s*"([^"]{0,512})"')


@dataclass(slots=True)
class RequestContext:
    request_id: str
    started: float
    client_addr: str | None
    authorization: str | None
    header_names: tuple[str, ...]
    accept_language: str | None = None
    justification: str | None = None
    principal: Principal | None = None


def error_response(exc: GatewayError, request_id: str) -> Response:
    headers = {"x-request-id": request_id, **exc.headers}
    return Response(
        orjson.dumps(exc.body()), status_code=exc.http_status, media_type="application/json", headers=headers
    )


def _parse(raw: bytes, max_bytes: int) -> dict[str, object]:
    if len(raw) > max_bytes:
        raise PayloadTooLarge(f"The request body is larger than {max_bytes} bytes.")
    if not raw.strip():
        raise BadRequest("The request body is empty; send a JSON object.")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise BadRequest("The request body is not valid JSON (or not valid UTF-8).") from None
    if not isinstance(body, dict):
        raise BadRequest("The request body must be a JSON object.")
    return body


def _validate(endpoint: Endpoint, body: dict[str, object]) -> BaseModel:
    try:
        return SCHEMAS[endpoint].model_validate(body)
    except ValidationError as exc:
        # field names only when the gateway knows them (a client's own key, `{"850315-1234566": 1}`, is `<key>`),
        # and the expected form from the schema, never the input (gateway/errors.py)
        raise invalid_request(exc, shown_key=shown_key) from None


def _version_like(token: str) -> bool:
    """r1, v3, 7b, 70b, 1776, q4, fp8, qwen2: too short to be a name or a number that identifies anyone. A mix of
    letters and digits keeps at most two letters, or letters that are a model word (qwen2, phi3): `kim85`, a surname
    and a birth year, is not a version."""
    digits = sum(c.isdigit() for c in token)
    if not digits:
        return len(token) <= 2
    if digits == len(token):
        return digits <= 4
    letters = "".join(c for c in token if not c.isdigit()).lower()
    return digits <= 4 and (len(letters) <= 2 or letters in MODEL_WORDS)


def model_label(name: str, vocabulary: frozenset[str]) -> str | None:
    """A blocked model name as the audit row may show it: each token of letters and digits kept when it is a model
    word (MODEL_WORDS or `vocabulary`, compared in lower case) or version-like, every other token `*`, the separators
    kept (`deepseek-minsu.kim.korea.kr` -> `deepseek-*.*.*.kr`). None when the name does not look like a model name
    (spaces, Hangul, anything outside `A-Za-z0-9-_.:/@`): the caller withholds it whole."""
    name = name[:MAX_MODEL_LABEL_CHARS]
    if not _MODEL_NAME.fullmatch(name):
        return None
    parts = _MODEL_SEPARATORS.split(name)
    kept = [p.lower() in MODEL_WORDS or p.lower() in vocabulary or _version_like(p) for p in parts[::2]]
    # A number split by separators is one number: 010-1234-5678 or 1002-345-6789 is a phone or an account, though
    # each group alone is short enough to be a version. Longer than a date, every group of the run becomes `*`.
    run: list[int] = []
    for i, token in enumerate([*parts[::2], ""]):
        if token.isdigit():
            run.append(i)
            continue
        if sum(len(parts[2 * j]) for j in run) > MAX_NUMBER_DIGITS:
            for j in run:
                kept[j] = False
        run = []
    return "".join(p if i % 2 or kept[i // 2] else "*" for i, p in enumerate(parts))


def _routed_model_words(svc: Services) -> frozenset[str]:
    """Words of the model names the config routes, client and upstream: an administrator wrote them, no client did."""
    names = [n for p in svc.config.providers for pair in p.models.items() for n in pair]
    return frozenset(_WORD.findall(" ".join(names).lower()))


def _model_label(svc: Services, model: str) -> str:
    """The requested model for the audit row. A blocked name is client text, so it is allow-listed (model_label),
    and anything the detectors still find in what is left is replaced by its type."""
    if rule := svc.blocklist.model_rule(model):
        label = model_label(model, _routed_model_words(svc))
        if label is None:
            return f"<blocked model name withheld; {rule}>"  # free text in a model name is not kept
        return redact(label, svc.engine.scan(label))[:MAX_MODEL_LABEL_CHARS]
    return "<unknown model>"


def _scan(svc: Services, extraction: Extraction, department: str | None, deadline: Deadline) -> list[SlotFinding]:
    lists = svc.terms.lists_for(department)  # config lists and stored ones (gateway/term_lists.py)
    out: list[SlotFinding] = []
    scanned = svc.scanner.scan([slot.text for slot in extraction.slots], deadline)
    deadline.check()
    for i, slot in enumerate(extraction.slots):
        for f in scanned[i]:
            out.append(SlotFinding(i, f.entity, f.start, f.end, f.score, f.recognizer, f.validated))
        if lists:
            for f in svc.terms.find(slot.text, lists):
                out.append(SlotFinding(i, f.entity, f.start, f.end, f.score, f.recognizer, f.validated))
    # a value split over two content parts or messages (900101- | 1234568), or between sections (tools | messages),
    # in the order the request is written and, when it has system messages, in the order of providers that hoist
    # them out of the conversation (user | system | user reaches Anthropic as two adjacent user texts); halves far
    # apart are paired too (앞자리 900101 ... a later message 뒷자리 1234568)
    sections = reading_sections(extraction)
    joined: dict[tuple[int, str, int, int], SlotFinding] = {}
    for order in (sections, hoisted_sections(extraction, sections)):
        if order is None:
            continue
        for piece in (*section_junction_findings(svc.engine, order), *split_number_findings(order)):
            joined.setdefault((piece.slot, piece.entity.value, piece.start, piece.end), piece)
    out.extend(joined.values())
    deadline.check()
    # a header in one text (an earlier message, the system prompt, a tool's description) labels rows in another
    out.extend(borrowed_header_findings(svc.engine, svc.scanner, sections, deadline))
    out.extend(schema_context_findings(svc.engine, extraction))  # {"description": "여권번호", "enum": ["M12345678"]}
    out.extend(name_field_findings(extraction))  # {"role": "user", "name": "Kim_Minsu"}
    return out


async def _scan_within_budget(
    svc: Services, extraction: Extraction, department: str | None, total_chars: int
) -> list[SlotFinding]:
    """The request's texts scanned within server.scan_timeout_s, or ScanIncomplete. A large request is scanned in a
    worker thread, at most server.scan_concurrency at once (the scans share one interpreter lock: more at once only
    slows each, and the event loop with them); waiting for a turn counts against the same deadline. A scan whose
    request is cancelled (shutdown, after server.shutdown_grace_s) is told to stop at its next check instead of
    holding the process until it ends."""
    limit = svc.config.server.scan_timeout_s
    deadline = Deadline(limit)
    if total_chars <= SCAN_IN_THREAD_CHARS:
        return _scan(svc, extraction, department, deadline)
    try:
        async with asyncio.timeout(limit):
            await svc.scan_slots.acquire()
    except TimeoutError:
        raise ScanIncomplete("time") from None
    try:
        return await asyncio.to_thread(_scan, svc, extraction, department, deadline)
    except asyncio.CancelledError:
        deadline.expire()  # the worker thread stops at its next check instead of scanning on for nobody
        raise
    finally:
        svc.scan_slots.release()


def _incomplete_scan_error(
    exc: ScanIncomplete, svc: Services, ctx: RequestContext, record: AuditRecord
) -> GatewayError:
    """A text the engine could not scan whole is refused in every mode (fail closed: nothing was concluded about it).
    Too much or too deeply encoded text is a policy refusal like an image; a scan out of time is a 503."""
    if exc.reason == "time":
        return ScanTimeout(
            f"The request's text was not scanned within {svc.config.server.scan_timeout_s:g} s, so nothing was "
            f"forwarded. Send less text, or split it over several requests. Request id: {ctx.request_id}."
        )
    record.rule = UNSCANNABLE_TEXT_RULE
    lang = language(ctx.accept_language)
    return SensitiveData(
        refusal_message(("encoded_text",), UNSCANNABLE_TEXT_RULE, ctx.request_id, lang, unscannable=True)
    )


def _justification(ctx: RequestContext, limit: int) -> str | None:
    """The x-dlp-justification header, decoded (UTF-8, percent-encoded or raw) and bounded; gateway/justification.py
    checks it as a prompt is checked and stores a skeleton of it. A reason of only spaces or invisible
    characters (`%20%20`, `%E2%80%8B`) is no reason: None, as if the header were missing. Runs of white space become
    one space (so `%0A` cannot forge a line in a log or an export); any other control character is refused."""
    raw = ctx.justification
    if raw is None:
        return None
    # Header values arrive decoded as Latin-1: raw UTF-8 bytes (a Korean reason sent unencoded) are read as UTF-8.
    text = unquote(raw.encode("latin-1", "replace").decode("utf-8", "replace"), errors="replace")
    text = " ".join(text.split())
    if has_unsafe_char(text):
        raise BadRequest("The x-dlp-justification header contains control characters; send plain text.")
    if all(unicodedata.category(ch) in ("Zs", "Cf", "Mn", "Me") or ch in _BLANKS for ch in text):
        return None
    if len(text) > limit:
        raise BadRequest(f"The x-dlp-justification header is longer than {limit} characters.")
    return text


_BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")  # Hangul fillers and the blank braille pattern


def _apply(
    svc: Services,
    ctx: RequestContext,
    record: AuditRecord,
    body: dict[str, object],
    extraction: Extraction,
    decision: Decision,
) -> tuple[dict[str, object], dict[str, str], str | None]:
    """Turn the decision into what is forwarded, the placeholder mapping and the client's reason for a warned request
    (not yet redacted: the caller redacts it before it is stored), or raise the refusal."""
    lang = language(ctx.accept_language)
    reason = (
        _justification(ctx, svc.policies.current.max_justification_chars)
        if (decision.enforced and decision.verdict == Verdict.WARN)
        else None
    )
    kind, would = outcome(decision, justified=reason is not None)
    record.decision = kind
    record.enforced = decision.enforced
    record.would_decision = would.value if would else None
    if not decision.enforced:
        return body, {}, None  # monitor mode: recorded, forwarded unchanged
    if kind == DecisionKind.BLOCKED:
        unscannable = bool(decision.rule and decision.rule.startswith(("unscannable", "token_arrays")))
        raise SensitiveData(
            refusal_message(decision.blocked_by, decision.rule, ctx.request_id, lang, unscannable=unscannable)
        )
    if kind == DecisionKind.WARNED:
        raise SensitiveData(warn_message(decision.blocked_by, decision.rule, ctx.request_id, lang))
    _refuse_unmaskable(ctx, record, extraction, decision, extraction.numbers, NUMBER_RULE, _NUMBER_WHY)
    _refuse_unmaskable(ctx, record, extraction, decision, extraction.media, MEDIA_RULE, _MEDIA_WHY)
    if decision.to_mask:
        return (*mask(body, extraction, decision.to_mask), reason)
    return body, {}, reason


NUMBER_RULE = "number_fields:block"
MEDIA_RULE = "media_fields:block"
_NUMBER_WHY = {
    "ko": "숫자 필드({fields})에 마스킹 대상 정보가 있는데, 숫자는 마스킹할 수 없습니다. ",
    "en": "A number field ({fields}) carries data the policy masks, and a number cannot be masked in place. ",
}
_MEDIA_WHY = {
    "ko": "이미지·오디오·파일의 URL이나 데이터({fields})에 마스킹 대상 정보가 있는데, 이는 마스킹할 수 없습니다. ",
    "en": "An image, audio or file URL or data ({fields}) carries data the policy masks, which cannot be masked "
    "in place. ",
}


def _refuse_unmaskable(
    ctx: RequestContext,
    record: AuditRecord,
    extraction: Extraction,
    decision: Decision,
    slots: frozenset[int],
    rule: str,
    why: dict[str, str],
) -> None:
    """A finding the policy would mask in one of `slots` refuses the request (fail closed). A JSON number cannot
    carry a placeholder (its field takes only numbers); the text of a part's URL or data is read out of it
    (percent- or base64-decoded, gateway/media.py), so a placeholder has nowhere to go, and a URL rewritten around
    one would be forwarded half-masked to fetch something else."""
    hit = [f for f in decision.to_mask if f.slot in slots]
    if not hit:
        return
    codes = tuple(sorted({f.entity.value for f in hit}))
    fields = ", ".join(sorted({extraction.slots[f.slot].path for f in hit})[:3])
    record.rule = rule
    lang = language(ctx.accept_language)
    message = why[lang].format(fields=fields)
    raise SensitiveData(message + refusal_message(codes, rule, ctx.request_id, lang, unscannable=False))


def _fill_from_decision(
    record: AuditRecord, svc: Services, extraction: Extraction, findings: list[SlotFinding], decision: Decision
) -> None:
    record.entities = decision.entities
    record.rule = decision.rule
    record.policy_revision = decision.policy_revision
    acted = {id(f) for f, _ in decision.acted}
    record.spans = [
        {
            "slot": extraction.slots[f.slot].path,
            "entity": f.entity.value,
            "start": f.start,
            "end": f.end,
            "score": round(f.score, 3),
            "recognizer": f.recognizer,
            "acted": id(f) in acted,
            **({"detail": f.detail} if f.detail else {}),
        }
        for f in findings
    ]
    record.prompt_hmac = prompt_hmac(svc.audit.hmac_key, extraction.slots)
    if svc.config.audit.excerpt == "skeleton" and findings:
        record.excerpt = skeleton_excerpt(extraction.slots, findings, svc.vocabulary)


async def handle(
    svc: Services, ctx: RequestContext, endpoint: Endpoint, raw: bytes, *, early_error: GatewayError | None = None
) -> Response:
    record = AuditRecord(
        id=ctx.request_id, endpoint=endpoint.value, decision=DecisionKind.ERROR, client_addr=ctx.client_addr
    )
    written = False
    try:
        principal = await svc.keys.authenticate(ctx.authorization)
        ctx.principal = principal
        _fill_principal(record, principal)
        await svc.limiter.check(principal)
        check_headers(ctx.header_names)
        if early_error is not None:
            raise early_error
        body = _parse(raw, svc.config.server.max_body_bytes)
        check_body(body)
        model = body.get("model")
        if isinstance(model, str):
            record.requested_model = _model_label(svc, model)
        _validate(endpoint, body)
        route = svc.router.resolve(str(body["model"]))
        record.requested_model = route.client_model
        record.provider_id = route.provider_id
        stream = bool(body.get("stream")) and endpoint != Endpoint.EMBEDDINGS
        record.stream = stream

        extraction = extract(body)
        total_chars = sum(len(s.text) for s in extraction.slots)
        if total_chars > svc.config.server.max_text_chars:
            raise PayloadTooLarge(
                f"The request carries more than {svc.config.server.max_text_chars} characters of text."
            )
        t0 = time.perf_counter()
        findings = await _scan_within_budget(svc, extraction, principal.department, total_chars)
        findings += await svc.documents.find(extraction.slots, svc.audit.hmac_key)
        svc.metrics.scan_seconds.observe(time.perf_counter() - t0)
        effective = svc.policies.effective(
            department=principal.department, role=principal.role.value, provider_id=route.provider_id
        )
        decision = decide(findings, extraction, effective)
        _fill_from_decision(record, svc, extraction, findings, decision)
        for entity, count in decision.entities.items():
            svc.metrics.entities.labels(entity).inc(count)

        outgoing, mapping, reason = _apply(svc, ctx, record, body, extraction, decision)
        if reason is not None:  # every check a prompt gets (detectors, term lists, documents), before it is stored
            record.justification = await redact_justification(svc, reason, principal.department)
            record.justification_chars = len(reason)
        # a stream asks for its token counts, so that the quotas are charged, unless its provider refuses
        # `stream_options` (gateway/stream_usage.py)
        outgoing, strip_usage = with_usage_requested(
            endpoint, {**outgoing, "model": route.upstream_model}, stream, upstream_accepts=route.stream_usage
        )
        record.status = "pending"
        await svc.audit.write(record)  # durable before anything leaves; raises (fail closed) otherwise
        written = True
        svc.metrics.decisions.labels(record.decision.value, "none").inc()
        call = UpstreamCall(route, endpoint, outgoing, stream)
        adapter = svc.adapters[route.provider_id]
        restorer = Restorer(mapping, effective.restore_in_tool_calls) if mapping else None
        if stream:
            return await _forward_stream(svc, ctx, record, call, adapter, restorer, extraction, strip_usage)
        return await _forward(svc, ctx, record, call, adapter, restorer, extraction)
    except (GatewayError, ScanIncomplete) as caught:
        exc = caught if isinstance(caught, GatewayError) else _incomplete_scan_error(caught, svc, ctx, record)
        if isinstance(exc, ReplyModelBlocked):
            await svc.switches.quarantine(exc.provider_id, request_id=ctx.request_id)
        if written:
            _complete(svc, ctx, record, exc.http_status, None, None, None, None)
        else:
            if record.decision != DecisionKind.WARNED:
                record.decision = DecisionKind.BLOCKED if isinstance(exc, PolicyViolation) else DecisionKind.ERROR
            record.code = exc.error_code
            record.http_status = exc.http_status
            record.status = "complete"
            record.latency_ms = (time.perf_counter() - ctx.started) * 1000
            try:
                await svc.audit.write(record)
            except ServiceUnavailable as audit_exc:
                exc = audit_exc
            svc.metrics.decisions.labels(record.decision.value, record.code or "none").inc()
        _log(ctx, endpoint, record, exc.http_status)
        svc.metrics.requests.labels(endpoint.value, str(exc.http_status)).inc()
        if language(ctx.accept_language) == "ko" and not isinstance(exc, SensitiveData):
            if (ko := korean_message(exc.error_code, exc.message, ctx.request_id)) is not None:
                exc.message = ko
        return error_response(exc, ctx.request_id)
    except Exception:
        # The one outermost catch-all: an unexpected fault is a 500 with no detail, audited, and logged by type.
        log.exception("unhandled error", extra={"request_id": ctx.request_id, "endpoint": endpoint.value})
        internal = GatewayError(
            f"Internal error; nothing was forwarded unless it was already audited. Request id: {ctx.request_id}."
        )
        if not written:
            record.code, record.http_status, record.status = "internal_error", 500, "complete"
            try:
                await svc.audit.write(record)
            except ServiceUnavailable:
                internal = ServiceUnavailable("The audit log cannot be written; nothing was forwarded.")
        else:
            _complete(svc, ctx, record, 500, None, None, None, None)
        svc.metrics.requests.labels(endpoint.value, "500").inc()
        return error_response(internal, ctx.request_id)


def _fill_principal(record: AuditRecord, principal: Principal) -> None:
    record.key_id = principal.key_id
    record.user_name = principal.user
    record.role = principal.role.value
    record.department = principal.department


def _log(ctx: RequestContext, endpoint: Endpoint, record: AuditRecord, status: int) -> None:
    log.info(
        "request",
        extra={
            "request_id": ctx.request_id,
            "user": record.user_name,
            "endpoint": endpoint.value,
            "decision": record.decision.value,
            "code": record.code,
            "status": status,
            "provider": record.provider_id,
            "rule": record.rule,
            "latency_ms": round((time.perf_counter() - ctx.started) * 1000, 2),
        },
    )


def _complete(
    svc: Services,
    ctx: RequestContext,
    record: AuditRecord,
    http_status: int,
    upstream_status: int | None,
    upstream_ms: float | None,
    prompt_tokens: int | None,
    completion_tokens: int | None,
) -> None:
    svc.audit.complete(
        Completion(
            request_id=record.id,
            http_status=http_status,
            upstream_status=upstream_status,
            latency_ms=(time.perf_counter() - ctx.started) * 1000,
            upstream_ms=upstream_ms,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
    )


def _usage(body: Mapping[str, object]) -> tuple[int | None, int | None]:
    u = body.get("usage")
    if not isinstance(u, dict):
        return None, None
    pt = u.get("prompt_tokens", u.get("input_tokens"))
    ct = u.get("completion_tokens", u.get("output_tokens"))
    return (pt if isinstance(pt, int) else None), (ct if isinstance(ct, int) else None)


async def _charge(
    svc: Services,
    ctx: RequestContext,
    call: UpstreamCall,
    extraction: Extraction,
    prompt_tokens: int | None,
    completion_tokens: int | None,
    reply_bytes: Callable[[], int],
) -> None:
    """Charge a reply against the token quotas: the counts the provider named, and an estimate for each it did not
    (gateway/stream_usage.py), so that a stream without usage, or one broken off before it, is not free."""
    if ctx.principal is None or not svc.limiter.counts_tokens:
        return
    estimated = 0
    if prompt_tokens is None:
        prompt_bytes = sum(len(slot.text.encode("utf-8", "replace")) for slot in extraction.slots)
        estimated += (prompt_tokens := estimate_tokens(prompt_bytes))
    if completion_tokens is None:
        # an embedding has no completion: its usage names only the prompt's tokens
        completion_tokens = 0 if call.endpoint == Endpoint.EMBEDDINGS else estimate_tokens(reply_bytes())
        estimated += completion_tokens
    if estimated:
        log.info(
            "usage estimated",
            extra={"request_id": ctx.request_id, "provider": call.route.provider_id, "estimated_tokens": estimated},
        )
    await svc.limiter.add_tokens(ctx.principal, prompt_tokens + completion_tokens)


def _check_reply_model(svc: Services, provider_id: str, reply_model: object) -> None:
    """A provider that answers as a blocked model (a renamed deployment) is refused after the fact. A `model` that
    is not a name (a list, an object, a number) cannot be checked, so it is refused the same way: fail closed.
    A null `model` names nothing, like a missing one."""
    if reply_model is None:
        return
    if not isinstance(reply_model, str):
        raise ProviderBlocked(
            f"Provider {provider_id!r} answered with a `model` field that is not a model name, so it could not be "
            "checked against the block list; the reply was withheld and the administrators should review this provider."
        )
    if rule := svc.blocklist.model_rule(reply_model):
        raise ReplyModelBlocked(
            f"Provider {provider_id!r} answered with a blocked model (rule {rule}); the reply was withheld and the "
            "provider has been switched off; the administrators should review it.",
            provider_id=provider_id,
        )


async def _forward(
    svc: Services,
    ctx: RequestContext,
    record: AuditRecord,
    call: UpstreamCall,
    adapter: ProviderAdapter,
    restorer: Restorer | None,
    extraction: Extraction,
) -> Response:
    t0 = time.perf_counter()
    try:
        reply = await adapter.send(call)
    finally:
        upstream_ms = (time.perf_counter() - t0) * 1000
        svc.metrics.upstream_seconds.labels(call.route.provider_id).observe(upstream_ms / 1000)
    for model in _models_in(reply.body):
        _check_reply_model(svc, call.route.provider_id, model)
    pt, ct = _usage(reply.body)
    await _charge(svc, ctx, call, extraction, pt, ct, lambda: reply_text_bytes(reply.body))
    body = restorer.tree(reply.body) if restorer is not None else reply.body
    _complete(svc, ctx, record, 200, reply.status, upstream_ms, pt, ct)
    _log(ctx, Endpoint(record.endpoint), record, 200)
    svc.metrics.requests.labels(record.endpoint, "200").inc()
    svc.metrics.request_seconds.labels(record.endpoint).observe(time.perf_counter() - ctx.started)
    return Response(
        orjson.dumps(body),
        status_code=200,
        media_type="application/json",
        headers={"x-request-id": ctx.request_id, "x-dlp-decision": record.decision.value},
    )


async def _forward_stream(
    svc: Services,
    ctx: RequestContext,
    record: AuditRecord,
    call: UpstreamCall,
    adapter: ProviderAdapter,
    restorer: Restorer | None,
    extraction: Extraction,
    strip_usage: bool,
) -> Response:
    t0 = time.perf_counter()
    upstream = await adapter.open_stream(call)
    svc.metrics.upstream_streams_open.inc()
    upstream_ms = (time.perf_counter() - t0) * 1000
    svc.metrics.upstream_seconds.labels(call.route.provider_id).observe(upstream_ms / 1000)

    async def events() -> AsyncIterator[bytes]:
        status = 200
        guard = _StreamModelGuard(svc, call.route.provider_id)
        meter = StreamMeter(strip_usage=strip_usage)
        source = upstream.chunks
        if restorer is not None:
            source = restore_stream(source, restorer, responses_api=call.endpoint == Endpoint.RESPONSES)
        try:
            async for chunk in source:
                # every event, not only the first: a keep-alive comment or a role-only chunk may come first
                ready = b"".join(meter.pass_on(event) for event in guard.feed_events(chunk))
                if ready:
                    yield ready
            rest = meter.pass_on(guard.close())
            if rest:
                yield rest
        except GatewayError as exc:
            status = exc.http_status
            if isinstance(exc, ReplyModelBlocked):
                await svc.switches.quarantine(exc.provider_id, request_id=ctx.request_id)
            yield b"data: " + orjson.dumps(exc.body()) + b"\n\n"
        finally:
            await upstream.close()
            svc.metrics.upstream_streams_open.dec()
            u = upstream.usage
            await _charge(svc, ctx, call, extraction, u.prompt_tokens, u.completion_tokens, lambda: meter.reply_bytes)
            _complete(
                svc,
                ctx,
                record,
                status,
                upstream.status,
                upstream_ms,
                upstream.usage.prompt_tokens,
                upstream.usage.completion_tokens,
            )
            _log(ctx, call.endpoint, record, status)
            svc.metrics.requests.labels(record.endpoint, str(status)).inc()
            svc.metrics.request_seconds.labels(record.endpoint).observe(time.perf_counter() - ctx.started)

    return StreamingResponse(
        events(),
        status_code=200,
        media_type="text/event-stream",
        headers={"x-request-id": ctx.request_id, "x-dlp-decision": record.decision.value, "cache-control": "no-cache"},
    )


class _StreamModelGuard:
    """Checks every `model` a streamed reply names, in every event, before the event is passed on: the stream is
    cut into whole events (an event split between two network reads waits for its end), each `data:` line is
    parsed as JSON (escapes such as `d\\u0065epseek` decoded), and every `model` field at any depth is checked
    against the block list. Events are framed by every line end SSE allows (gateway/sse.py; red-team #9 finding 9:
    `\\r\\r` framing went unread). A blocked name ends
    the stream with an error event; the events before it have gone (a stream cannot be recalled). An event longer
    than MAX_EVENT cannot be held to be checked: the stream is ended instead of passing it on unread."""

    MAX_EVENT = 8 << 20
    # in an event that is not JSON: a `model` key whose value is not a string (nor null) cannot be checked
    RAW_OTHER_MODEL = re.compile(rb'"model"\s*:\s*(?!"|null\b)')

    def __init__(self, svc: Services, provider_id: str) -> None:
        self._svc = svc
        self._provider_id = provider_id
        self._events = EventSplitter()

    def feed(self, chunk: bytes) -> bytes:
        """The stream's bytes up to the end of its last whole event, every event in them checked; the rest waits."""
        return b"".join(self.feed_events(chunk))

    def feed_events(self, chunk: bytes) -> list[bytes]:
        """The whole events the stream has completed with `chunk`, each checked; the rest waits."""
        events = self._events.feed(chunk)
        for event in events:
            self._check(event)
        if self._events.held > self.MAX_EVENT:
            raise UpstreamError(
                f"Provider {self._provider_id!r} sent a stream event longer than {self.MAX_EVENT >> 20} MiB; it could "
                "not be checked against the block list, so the stream was ended."
            )
        return events

    def close(self) -> bytes:
        """What is left when the stream ends (an event with no blank line after it), checked."""
        rest = self._events.drain()
        if rest.strip():
            self._check(rest)
        return rest

    def _check(self, event: bytes) -> None:
        data = b"\n".join(event_fields(event)[1])
        if b"model" not in data and b"\\u" not in data:
            return  # no `model` key, not even an escaped one: nothing to check
        models: list[object]
        try:
            models = _models_in(orjson.loads(data))
        except orjson.JSONDecodeError:
            # not JSON: still read every `"model": "..."` in the raw bytes, as the check before it did
            models = [m.decode("utf-8", "replace") for m in _RAW_MODEL.findall(data)]
            if self.RAW_OTHER_MODEL.search(data):
                models.append(object())  # stands for the value that is not a name: refused below
        for model in models:
            _check_reply_model(self._svc, self._provider_id, model)


_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})  # keys name properties here


def _models_in(node: object, depth: int = 0, parent: object = None) -> list[object]:
    """Every value under a `model` key, at any depth (a reply may carry one per choice or item), whatever its type:
    the check refuses one that is not a name. A JSON Schema property called `model` (a Responses reply echoes its
    tools' parameter schemas) holds a schema, not a name: only a string there is checked."""
    out: list[object] = []
    if depth > 32:
        return out
    if isinstance(node, dict):
        in_schema = parent in _SCHEMA_MAPS
        for k, v in node.items():
            if k == "model" and (isinstance(v, str) or not in_schema):
                out.append(v)
            elif isinstance(v, (dict, list)):
                out.extend(_models_in(v, depth + 1, k))
    elif isinstance(node, list):
        for v in node:
            out.extend(_models_in(v, depth + 1))
    return out
