"""The console's words in Korean and English. Korean is the default; `?lang=en` (kept in a cookie) switches."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["DEFAULT_LANG", "LANGS", "MESSAGES", "pick_lang", "translator"]

DEFAULT_LANG = "ko"
LANGS = ("ko", "en")

# key: (Korean, English)
_PAIRS: dict[str, tuple[str, str]] = {
    "app": ("dlpgate 보안 콘솔", "dlpgate security console"),
    "nav.overview": ("개요", "Overview"),
    "nav.review": ("검토", "Review"),
    "nav.providers": ("제공자", "Providers"),
    "nav.keys": ("키", "Keys"),
    "signin.title": ("로그인", "Sign in"),
    "signin.key": ("감사자 또는 관리자 키", "Auditor or admin key"),
    "signin.submit": ("로그인", "Sign in"),
    "signin.failed": (
        "키가 유효하지 않거나 콘솔을 사용할 권한이 없습니다.",
        "Invalid key, or the key may not use the console.",
    ),
    "signin.limited": (
        "로그인 실패가 너무 많습니다. 잠시 후 다시 시도하세요.",
        "Too many failed sign-ins. Try again later.",
    ),
    "signin.expired": ("세션이 만료되었습니다. 다시 로그인하세요.", "Your session ended. Sign in again."),
    "signout": ("로그아웃", "Sign out"),
    "signed_in_as": ("로그인 사용자", "Signed in as"),
    "csrf": (
        "양식이 만료되었습니다. 페이지를 새로 고친 후 다시 시도하세요.",
        "The form expired. Reload the page and try again.",
    ),
    "forbidden": ("이 페이지에 대한 권한이 없습니다.", "You do not have access to this page."),
    "notfound": ("찾을 수 없습니다.", "Not found."),
    "error": ("요청을 처리할 수 없습니다", "The request could not be completed"),
    "f.decision": ("결정", "Decision"),
    "f.user": ("사용자", "User"),
    "f.department": ("부서", "Department"),
    "f.provider": ("제공자", "Provider"),
    "f.entity": ("정보 유형", "Entity type"),
    "f.rule": ("규칙", "Rule"),
    "f.since": ("시작일", "From"),
    "f.until": ("종료일", "To"),
    "f.any": ("전체", "Any"),
    "f.apply": ("적용", "Apply"),
    "f.reset": ("초기화", "Reset"),
    "export.csv": ("CSV 내보내기", "Export CSV"),
    "export.jsonl": ("JSONL 내보내기", "Export JSONL"),
    "col.time": ("시각 (UTC)", "Time (UTC)"),
    "col.id": ("요청 ID", "Request id"),
    "col.entities": ("탐지 항목", "Detected"),
    "col.code": ("코드", "Code"),
    "col.review": ("검토", "Review"),
    "col.model": ("모델", "Model"),
    "col.endpoint": ("엔드포인트", "Endpoint"),
    "col.policy": ("정책 개정", "Policy revision"),
    "col.status": ("HTTP 상태", "HTTP status"),
    "col.justification": ("사유 (골격만)", "Justification (skeleton)"),
    "record.justification_chars": ("원문 {n}자", "{n} characters as sent"),
    "next": ("다음 페이지", "Next page"),
    "first": ("처음으로", "First page"),
    "none": ("기록이 없습니다.", "No records."),
    "d.allowed": ("허용", "allowed"),
    "d.masked": ("마스킹", "masked"),
    "d.warned": ("경고", "warned"),
    "d.justified": ("사유 제출", "justified"),
    "d.blocked": ("차단", "blocked"),
    "d.error": ("오류", "error"),
    "record.title": ("요청 기록", "Request record"),
    "record.excerpt": ("마스킹된 발췌", "Redacted excerpt"),
    "record.excerpt_note": (
        "원문과 탐지된 값은 저장되지 않습니다. 강조 표시는 탐지된 위치와 유형입니다.",
        "Neither the prompt nor any detected value is stored; highlights show where and what was found.",
    ),
    "record.spans": ("탐지 구간", "Detected spans"),
    "record.slot": ("위치", "Location"),
    "record.start": ("시작", "Start"),
    "record.end": ("끝", "End"),
    "record.score": ("점수", "Score"),
    "record.recognizer": ("인식기", "Recognizer"),
    "record.acted": ("조치", "Acted on"),
    "record.rule_fired": ("적용된 규칙", "Rule that fired"),
    "review.title": ("검토 의견", "Review"),
    "review.confirmed": ("정탐 확인", "Confirmed"),
    "review.false_positive": ("오탐", "False positive"),
    "review.comment": ("의견 (개인정보 입력 금지)", "Comment (no personal data)"),
    "review.save": ("저장", "Save"),
    "review.saved": ("검토 결과를 저장했습니다.", "Review saved."),
    "review.current": ("현재 판정", "Current verdict"),
    "review.by": ("검토자", "by"),
    "review.pii": (
        "의견에 개인정보가 포함되어 저장 전에 가려졌습니다.",
        "The comment contained personal data; it was redacted before saving.",
    ),
    "overview.title": ("최근 30일 개요", "Last 30 days"),
    "overview.chart": ("일별 차단 및 마스킹 요청", "Blocked and masked requests per day"),
    "overview.entities": ("주요 탐지 유형", "Top entity types"),
    "overview.departments": ("주요 부서 (차단·마스킹·경고)", "Top departments (blocked, masked, warned)"),
    "overview.providers": ("제공자별 사용량", "Provider usage"),
    "overview.decisions": ("결정별 요청 수", "Requests by decision"),
    "count": ("건수", "Count"),
    "p.state": ("상태", "State"),
    "p.on": ("사용", "On"),
    "p.off": ("중지", "Off"),
    "p.blocked": ("차단 목록", "Blocked"),
    "p.changed": ("변경", "Changed"),
    "p.turn_on": ("켜기", "Switch on"),
    "p.turn_off": ("끄기", "Switch off"),
    "p.kind": ("종류", "Kind"),
    "p.host": ("호스트", "Host"),
    "p.models": ("모델", "Models"),
    "p.unavailable": ("사용 불가", "Unavailable"),
    "p.switched": ("제공자 상태를 변경했습니다.", "Provider switched."),
    "p.readonly": ("감사자는 조회만 할 수 있습니다.", "Auditors can view only."),
    "k.create": ("키 만들기", "Create a key"),
    "k.user": ("사용자", "User"),
    "k.role": ("역할", "Role"),
    "k.department": ("부서", "Department"),
    "k.prefix": ("접두어", "Prefix"),
    "k.created": ("생성", "Created"),
    "k.state": ("상태", "State"),
    "k.active": ("사용 중", "active"),
    "k.revoked": ("폐기됨", "revoked"),
    "k.revoke": ("폐기", "Revoke"),
    "k.shown_once": (
        "이 키는 지금 한 번만 표시됩니다. 복사하여 안전하게 전달하세요.",
        "This key is shown once, now. Copy it and hand it over safely.",
    ),
    "k.revoked_ok": ("키를 폐기했습니다.", "Key revoked."),
}

MESSAGES: dict[str, dict[str, str]] = {
    lang: {key: pair[i] for key, pair in _PAIRS.items()} for i, lang in enumerate(LANGS)
}


def pick_lang(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    for candidate in (query, cookie):
        if candidate in LANGS:
            return candidate
    if accept_language and accept_language.strip().lower().startswith("en"):
        return "en"
    return DEFAULT_LANG


def translator(lang: str) -> Callable[[str], str]:
    table = MESSAGES.get(lang, MESSAGES[DEFAULT_LANG])

    def t(key: str) -> str:
        return table.get(key, key)

    return t
