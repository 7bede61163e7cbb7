"""Held-out PERSON cases, written before the bare-name recognizer was tuned and never tuned on.

`python -m tests.detectors.corpus.heldout_person` writes heldout_person.jsonl (same shape as corpus.jsonl);
`bench/evaluate_detection.py --corpus tests/detectors/corpus/heldout_person.jsonl` scores it. All names are
fictitious. (lang, kind, text, [(entity, exact substring), ...]).
"""

from __future__ import annotations

from pathlib import Path

from tests.detectors.corpus.jsonl import write_jsonl

OUT = Path(__file__).with_name("heldout_person.jsonl")

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("ko", "positive", "내일 오전까지 장우진에게 예산안 파일 넘겨줘.", [("PERSON", "장우진")]),
    ("ko", "positive", "어제 회의에서 윤슬기가 제안한 내용을 정리해 줘.", [("PERSON", "윤슬기")]),
    ("ko", "positive", "이 메일은 조은비한테도 참조로 보내야 해.", [("PERSON", "조은비")]),
    ("ko", "positive", "서지우의 출장 보고서를 요약해 주세요.", [("PERSON", "서지우")]),
    ("ko", "positive", "권나래는 다음 주부터 휴가입니다.", [("PERSON", "권나래")]),
    ("ko", "positive", "오늘 강태오랑 점심 먹으면서 일정 얘기했어.", [("PERSON", "강태오")]),
    ("ko", "positive", "임채윤을 프로젝트 담당으로 추가해 줘.", [("PERSON", "임채윤")]),
    ("ko", "positive", "남궁민께 감사 인사 메일 초안 써 줘.", [("PERSON", "남궁민")]),
    ("ko", "positive", "정예린과 박선영이 같이 작성한 초안입니다.", [("PERSON", "정예린"), ("PERSON", "박선영")]),
    (
        "ko",
        "positive",
        "회의록\n- 일시: 11월 20일\n- 참석: 한도윤, 문가은, 백승현\n- 안건: 예산 조정",
        [("PERSON", "한도윤"), ("PERSON", "문가은"), ("PERSON", "백승현")],
    ),
    (
        "ko",
        "positive",
        "번호,성명,부서\n1,송하린,총무과\n2,노지환,기획과",
        [("PERSON", "송하린"), ("PERSON", "노지환")],
    ),
    (
        "ko",
        "positive",
        "보낸 사람: 김도연\n받는 사람: 이하람\n제목: 자료 요청",
        [("PERSON", "김도연"), ("PERSON", "이하람")],
    ),
    ("ko", "positive", "홍유나 씨가 어제 전화로 문의한 건 처리됐나요?", [("PERSON", "홍유나")]),
    ("ko", "positive", "신재민이 작성한 코드 리뷰해 줘.", [("PERSON", "신재민")]),
    ("ko", "positive", "최수아한테 받은 자료를 표로 만들어 줘.", [("PERSON", "최수아")]),
    ("ko", "positive", "다음 발표는 황보영진 차례입니다.", [("PERSON", "황보영진")]),
    ("mixed", "positive", "Please send the draft to 양지호 by Friday.", [("PERSON", "양지호")]),
    ("en", "positive", "Can you forward this to Marcus Whitfield before noon?", [("PERSON", "Marcus Whitfield")]),
    ("en", "positive", "Hannah Okoro asked for the updated budget sheet.", [("PERSON", "Hannah Okoro")]),
    ("en", "positive", "cc: Derek Liu, Ingrid Svensson", [("PERSON", "Derek Liu"), ("PERSON", "Ingrid Svensson")]),
    (
        "en",
        "positive",
        "From: Sean O'Brien\nTo: Priya Raman\nSubject: travel claim",
        [("PERSON", "Sean O'Brien"), ("PERSON", "Priya Raman")],
    ),
    ("en", "positive", "Summarise the notes Chloe Bennett took at the vendor meeting.", [("PERSON", "Chloe Bennett")]),
    (
        "en",
        "positive",
        "id,name,team\n7,Nathan Brooks,finance\n8,Olivia Grant,legal",
        [("PERSON", "Nathan Brooks"), ("PERSON", "Olivia Grant")],
    ),
    (
        "en",
        "positive",
        "Meeting notes: Rebecca Stone presented the roadmap; Victor Hale raised concerns.",
        [("PERSON", "Rebecca Stone"), ("PERSON", "Victor Hale")],
    ),
    ("en", "positive", "Hi Jonathan, thanks for the quick reply.", [("PERSON", "Jonathan")]),
    ("en", "positive", "Ask Ms. Delgado whether the contract was signed.", [("PERSON", "Delgado")]),
    ("ko", "negative", "정부가 발표한 디지털 전환 계획을 요약해 줘.", []),
    ("ko", "negative", "이번 주 회의는 목요일로 미뤄졌습니다.", []),
    ("ko", "negative", "한국은행 보고서의 핵심 내용을 정리해 주세요.", []),
    ("ko", "negative", "삼성전자와 현대자동차의 3분기 실적을 비교해 줘.", []),
    ("ko", "negative", "서울역에서 만나서 같이 이동하자.", []),
    ("ko", "negative", "조사결과를 공유드리니 검토 부탁드립니다.", []),
    ("ko", "negative", "신청서를 제출한 이용자에게 안내 문자를 보내 주세요.", []),
    ("ko", "negative", "지원금을 받은 기업의 명단을 정리해 줘.", []),
    ("ko", "negative", "전문가의 의견을 반영해서 수정했습니다.", []),
    ("ko", "negative", "강남구청 민원실 운영 시간을 알려줘.", []),
    ("ko", "negative", "안전교육 자료에 소화기 사용법을 추가해 줘.", []),
    ("ko", "negative", "고용노동부 지침이 변경되었습니다.", []),
    ("en", "negative", "May we move the review to next Tuesday?", []),
    ("en", "negative", "April sales grew faster than March.", []),
    ("en", "negative", "Grace period ends on the first of the month.", []),
    ("en", "negative", "Will you mark the document as final?", []),
    ("en", "negative", "Amazon Web Services and Google Cloud both offer this.", []),
    ("en", "negative", "The office moved to Victoria Station last year.", []),
    ("en", "negative", "Hope this helps with the Jordan trade report.", []),
    ("en", "negative", "Bill Payment Service is down for maintenance.", []),
    ("en", "negative", "Apple Park and Main Street are both in the dataset.", []),
    ("en", "negative", "Summer Intern Program applications close in June.", []),
]


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, (lang, kind, text, labelled) in enumerate(CASES):
        spans = []
        for entity, value in labelled:
            start = text.index(value)
            spans.append({"entity": entity, "start": start, "end": start + len(value)})
        out.append({"id": f"held-{i:03d}", "lang": lang, "kind": kind, "text": text, "spans": spans})
    return out


def main() -> None:
    write_jsonl(OUT, build())


if __name__ == "__main__":
    main()
