"""The reason a client gives in `x-dlp-justification`, as the audit log keeps it, and reviewers' comments.

The reason is free text from the client, kept for auditors, so it gets every check a prompt gets before it is
stored: the detectors (personal data, classification markings), the term lists that apply to the sender's
department, and the registered confidential documents. A check that cannot run (the document index is unreachable)
raises, and the request fails as it would for its prompt: nothing unchecked is stored, and nothing is forwarded.

What the checks miss would still be stored raw (a number spelled 공일공 천이백삼십사, a romanised name such as
`Kim_Minsu`: red-team #9 finding 6), so the reason is stored as a skeleton (gateway.audit.skeleton_text): what the
checks found becomes its type (`<KR_RRN>`, `<INTERNAL_TERM>`), words of the audit vocabulary and of the everyday
words of a reason below (팀장 승인, 민원 회신 초안 작성) stay, and every other word, every number in digits or
numeral words and every identifier-like token becomes `…`. The audit record keeps the reason's length beside it.

A reviewer's comment in the console is an auditor's own text: it is stored with what the checks find replaced.
"""

from __future__ import annotations

import functools

from detectors import Finding
from detectors.report import redact
from gateway.audit import skeleton_text
from gateway.services import Services
from gateway.types import TextSlot

__all__ = ["JUSTIFICATION_WORDS", "redact_comment", "redact_justification"]

# Everyday words of a reason for sending, kept in the stored skeleton. Public words only: no name, no word that
# spells a number (이사, 조사, 공사 are numerals as well: a test keeps them out), and Latin words are kept only whole.
JUSTIFICATION_WORDS = frozenset(
    """
    팀장 부장 과장 차장 실장 국장 본부장 센터장 원장 대표 임원 선임 책임 수석 주임 사원 직원 담당 부서 팀원 본인
    상사 관리자 요청자 신청자 민원 민원인 고객사 거래처 협력사 기관 부처 본부 지사 지점 센터
    승인 결재 허가 지시 요청 의뢰 협조 회신 답변 안내 문의 상담 응대 처리 검토 확인 점검 조회 작성 초안 보고 보고서
    자료 문서 공문 회의 회의록 요약 정리 번역 교정 분석 통계 감사 업무 긴급 급히 필요 필요함 목적 관련 대응
    용도 사유 내부 외부 공유 제출 발송 전달 테스트 개발 운영 장애 계약 청구 정산 환불 배송 접수 기안 결과 법무
    인사 재무 회계 영업 홍보 교육 연구 보안 준비 예정 진행 완료 위해 위한 대한 통해 따라
    때문 때문에 이메일 회신용 작성용 업무용 보고용 검토용 확인용 제출용 발표 자료용 양식 서식 신청서 계획 계획서
    결과보고 제안서 안내문 답변서 메일 공지 고지 통지 요청서 확인서 내역 목록 명단 현황 이력 기록 일정
    approved approval approve manager director lead team head request requested reply response answer draft
    summary summarize review report translate translation support ticket urgent internal audit legal compliance
    test testing debug debugging investigation incident analysis complaint customer service business work task
    needed required necessary purpose per for the to of and or in on with by from as is are was this that my our
    please case issue letter email mail document documents meeting notes minutes
    """.split()
)


@functools.cache
def _vocabulary(base: frozenset[str]) -> frozenset[str]:
    return base | JUSTIFICATION_WORDS


async def _findings(svc: Services, text: str, department: str | None) -> list[Finding]:
    """What the prompt checks find in `text`: detectors, the department's term lists, registered documents."""
    findings = list(svc.engine.scan(text))
    if lists := svc.terms.lists_for(department):
        findings.extend(svc.terms.find(text, lists))
    for f in await svc.documents.find([TextSlot("justification", text)], svc.audit.hmac_key):
        findings.append(Finding(f.entity, f.start, f.end, f.score, f.recognizer, f.validated))
    return findings


async def redact_justification(svc: Services, text: str, department: str | None) -> str:
    """`text` as the audit record stores it: the skeleton the module docstring describes."""
    spans = [(f.start, f.end, f.entity.value) for f in await _findings(svc, text, department)]
    return skeleton_text(text, spans, _vocabulary(svc.vocabulary))


async def redact_comment(svc: Services, text: str, department: str | None) -> str:
    """`text` with everything the prompt checks would find in it replaced by its type."""
    return redact(text, await _findings(svc, text, department))
