"""Messages to staff, in Korean and English (Accept-Language): they name data types and rules, never values."""

from __future__ import annotations

from typing import Literal

from detectors.types import Entity

__all__ = ["Lang", "entity_label", "korean_message", "language", "refusal_message", "warn_message"]

Lang = Literal["ko", "en"]

_LABELS: dict[str, tuple[str, str]] = {
    Entity.KR_RRN: ("a resident registration number", "주민등록번호"),
    Entity.KR_ALIEN_REG: ("an alien registration number", "외국인등록번호"),
    Entity.KR_PASSPORT: ("a passport number", "여권번호"),
    Entity.KR_DRIVER_LICENSE: ("a driver's licence number", "운전면허번호"),
    Entity.KR_BRN: ("a business registration number", "사업자등록번호"),
    Entity.KR_CRN: ("a corporate registration number", "법인등록번호"),
    Entity.KR_HEALTH_INSURANCE: ("a health insurance number", "건강보험 번호"),
    Entity.PHONE_NUMBER: ("a phone number", "전화번호"),
    Entity.BANK_ACCOUNT: ("a bank account number", "계좌번호"),
    Entity.CREDIT_CARD: ("a card number", "카드번호"),
    Entity.EMAIL_ADDRESS: ("an e-mail address", "이메일 주소"),
    Entity.IP_ADDRESS: ("an IP address", "IP 주소"),
    Entity.PERSON: ("a person's name", "사람 이름"),
    Entity.LOCATION: ("a street address", "주소"),
    Entity.CLASSIFICATION_MARKING: ("a classification marking", "비밀 등급 표시"),
    Entity.CONFIDENTIAL_DOCUMENT: ("text from a registered confidential document", "등록된 비공개 문서의 내용"),
    Entity.INTERNAL_TERM: ("an internal term", "내부 용어"),
    "image": ("an image", "이미지"),
    "audio": ("audio", "음성"),
    "file": ("a file", "파일"),
    "token_array": ("token ids", "토큰 ID 배열"),
    "stored_context": ("a conversation kept by the provider", "제공자가 보관하는 대화"),
    "encoded_text": (
        "encoded text (base64, hex or the like) beyond what one scan decodes",
        "한 번의 검사로 풀 수 있는 양이나 깊이를 넘는 인코딩 텍스트(base64, hex 등)",
    ),
}

_HELP = {
    "en": "If you think this is wrong, contact your security team or help desk with the request id.",
    "ko": "잘못 차단되었다고 생각되면 요청 ID를 알려 보안 담당자나 헬프데스크에 문의하세요.",
}


def language(accept_language: str | None) -> Lang:
    """The first of ko/en in the header's preference order; English otherwise."""
    if not accept_language:
        return "en"
    weighted: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        weighted.append((-q, i, tag.strip().lower()))
    for _, _, tag in sorted(weighted):
        if tag.startswith("ko"):
            return "ko"
        if tag.startswith("en"):
            return "en"
    return "en"


def entity_label(code: str, lang: Lang) -> str:
    en, ko = _LABELS.get(code, (code, code))
    return ko if lang == "ko" else en


def _list(codes: tuple[str, ...], lang: Lang) -> str:
    return ", ".join(f"{entity_label(c, lang)} ({c})" for c in codes)


_STORED_CONTEXT = {
    "ko": (
        "이 요청은 제공자가 보관하는 이전 대화(previous_response_id, conversation 또는 item_reference)에 "
        "이어지는데, 게이트웨이는 그 내용을 검사할 수 없어 전달하지 않았습니다 (규칙 {rule}). 대화 전체를 `input` 에 "
        "담아 보내 주세요 (store: false)."
    ),
    "en": (
        "The request continues a conversation the provider keeps (previous_response_id, conversation or "
        "item_reference), which the gateway cannot check, so it was not forwarded (rule {rule}). Send the whole "
        "conversation in `input` (store: false) instead."
    ),
}


def refusal_message(codes: tuple[str, ...], rule: str | None, request_id: str, lang: Lang, *, unscannable: bool) -> str:
    if codes == ("stored_context",):
        rid = "요청 ID" if lang == "ko" else "Request id"
        return f"{_STORED_CONTEXT[lang].format(rule=rule)} {rid}: {request_id}. {_HELP[lang]}"
    what = _list(codes, lang)
    if lang == "ko":
        if unscannable:
            body = f"요청에 검사할 수 없는 {what}이(가) 있어 전달하지 않았습니다 (규칙 {rule}). 텍스트로 보내 주세요."
        else:
            body = (
                f"요청에 {what}이(가) 포함된 것으로 보여 전달하지 않았습니다 (규칙 {rule}). "
                "해당 정보를 지우고 다시 보내 주세요."
            )
        return f"{body} 요청 ID: {request_id}. {_HELP['ko']}"
    if unscannable:
        body = (
            f"The request contains {what}, which the gateway cannot scan, so it was not forwarded "
            f"(rule {rule}). Send the content as text."
        )
    else:
        body = (
            f"The request appears to contain {what}; it was not forwarded (rule {rule}). Remove that data and resend."
        )
    return f"{body} Request id: {request_id}. {_HELP['en']}"


def warn_message(codes: tuple[str, ...], rule: str | None, request_id: str, lang: Lang) -> str:
    what = _list(codes, lang)
    if lang == "ko":
        return (
            f"요청에 {what}이(가) 포함된 것으로 보여 보류했습니다 (규칙 {rule}). 업무상 꼭 필요하면 사유를 "
            "`x-dlp-justification` 헤더에 적어 다시 보내면 전달됩니다 (한글은 UTF-8 퍼센트 인코딩). "
            f"사유는 감사 기록에 남습니다. 요청 ID: {request_id}. {_HELP['ko']}"
        )
    return (
        f"The request appears to contain {what} and was held (rule {rule}). If it is needed for your work, "
        "resend it with the reason in the `x-dlp-justification` header (UTF-8, percent-encoded if not ASCII); "
        f"the reason is recorded in the audit log. Request id: {request_id}. {_HELP['en']}"
    )


# Korean for the other refusals staff meet; sensitive_data has its own, more specific texts above.
_KO_BY_CODE = {
    "provider_blocked": (
        "이 모델은 기관의 차단 목록에 있어 게이트웨이를 통해 사용할 수 없습니다. "
        "GET /v1/models 로 승인된 모델을 확인하세요."
    ),
    "provider_disabled": (
        "이 모델의 제공자는 관리자가 사용을 중지했거나 설정되지 않았습니다. 다른 승인된 모델을 사용하세요."
    ),
    "routing_override": (
        "요청의 필드나 헤더가 전달 대상(주소, 키, 제공자)을 바꾸려 하여 거부되었습니다. 모델 이름만 보내 주세요."
    ),
    "model_not_found": "해당 모델이 없거나 승인되지 않았습니다. GET /v1/models 로 사용 가능한 모델을 확인하세요.",
    "rate_limit_exceeded": "요청 한도를 넘었습니다. 잠시 후 다시 시도하세요.",
    "invalid_api_key": "API 키가 없거나 유효하지 않습니다. `Authorization: Bearer <키>` 를 보내 주세요.",
    "invalid_request": "요청 형식이 올바르지 않습니다. 아래 상세 내용을 확인해 고친 뒤 다시 보내 주세요.",
    "request_too_large": "요청 본문이 허용된 크기보다 큽니다. 내용을 나누어 보내 주세요.",
    "insufficient_role": "이 작업을 할 권한이 이 키에 없습니다.",
    "service_unavailable": (
        "게이트웨이의 저장소나 검사 기능을 지금 사용할 수 없어, 요청을 전달하지 않았습니다. 잠시 후 다시 시도하세요."
    ),
    "scan_timeout": (
        "요청의 텍스트를 제한 시간 안에 모두 검사하지 못해 전달하지 않았습니다. 내용을 줄이거나 나누어 보내 주세요."
    ),
    "upstream_error": "AI 제공자가 오류를 돌려주었거나 응답하지 않았습니다. 잠시 후 다시 시도하세요.",
    "upstream_timeout": "AI 제공자의 응답 시간이 초과되었습니다. 잠시 후 다시 시도하세요.",
}


def korean_message(code: str, english: str, request_id: str) -> str | None:
    """A Korean message for a refusal code, keeping the English detail (rule names, fields) after it."""
    ko = _KO_BY_CODE.get(code)
    if ko is None:
        return None
    return f"{ko} 요청 ID: {request_id}. (상세: {english})"
