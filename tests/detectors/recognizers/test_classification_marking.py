"""Classification markings: scored by where they stand, not by the word."""

from __future__ import annotations

import unicodedata

import pytest

from detectors import Engine, Entity
from detectors.recognizers.classification_marking import is_banner, is_bracketed, is_self_declaration, near_edge

BLOCKING = 0.5

MARKED = [
    ("대외비\n\n2026년 예산 편성 방향 보고", "대외비"),
    ("[대외비] 인사 계획안", "대외비"),
    ("【대외비】 2027 조직개편안", "대외비"),
    ("※ 취급주의", "취급주의"),
    ("Ⅱ급비밀", "Ⅱ급비밀"),
    ("  - II급 비밀 -  \n작전 계획 요약", "II급 비밀"),
    ("Ⅲ급 비밀\n보고서 본문", "Ⅲ급 비밀"),
    ("2급비밀", "2급비밀"),
    ("비공개(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호)\n심의 결과", "비공개"),
    ("SECRET//NOFORN\nThe operation begins at dawn.", "SECRET"),
    ("TOP SECRET", "TOP SECRET"),
    ("CONFIDENTIAL\nQ3 restructuring plan", "CONFIDENTIAL"),
    ("회의록\n안건 정리\n이 문서는 대외비입니다", "대외비"),
    ("대외비: 2026 예산안 초안", "대외비"),
    ("대외비 (2026.12.31까지)\n본문", "대외비"),
    ("[보안]\n서버 접속 정보", "보안"),
    ("FOR OFFICIAL USE ONLY\nAgenda", "FOR OFFICIAL USE ONLY"),
    ("사내한정 | 영업전략 2027", "사내한정"),
    ("ＣＯＮＦＩＤＥＮＴＩＡＬ\n본문", "CONFIDENTIAL"),
    # in a field that holds the classification, in markup, in hanja, in angle brackets
    ("문서 정보\n보안등급: 대외비\n2026 예산 편성안을 요약해줘", "대외비"),
    ('{"title": "조직개편", "문서등급": "대외비"}', "대외비"),
    ("| 보안등급 | 대외비 |\n| 작성 | 기획과 |", "대외비"),
    ("---\nclassification: CONFIDENTIAL\n---\nbody text here", "CONFIDENTIAL"),
    ("<doc><classification>SECRET</classification><body>x</body></doc>", "SECRET"),
    ("<p>요약해줘</p><b>대외비</b><p>내용</p>", "대외비"),
    ("對外秘 문서 요약", "對外秘"),
    ("二級 秘密 문서입니다", "二級 秘密"),
    ("〈대외비〉 예산안", "대외비"),
    ("보안등급,대외비\n조직개편안", "대외비"),
    ("소스: &lt;대외비&gt; 조직 개편안", "대외비"),
    ("對外祕 문서", "對外祕"),
    ("(S//NF) The convoy departs at 0400.", "(S//NF)"),
    ("Handling: FOUO\nAgenda follows", "FOUO"),
    # red-team #5: the marking said of the text at hand, spelled apart, at the end of a title line, or disguised
    ("대외비 문서입니다. 예산 검토 요청", "대외비"),
    ("이건 대외비 자료라서 조심해 주세요\n2027 인력 운영안", "대외비"),
    ("대외비! 외부 공유 금지", "대외비"),
    ("대·외·비 문서 요약해줘", "대·외·비"),
    ("대-외-비 보고서", "대-외-비"),
    ('"대외비" 표시가 된 보고서를 요약해줘', "대외비"),
    ("2026 업무계획 / 대외비\n1. 추진 배경", "대외비"),
    ("본 문서는 대외비로 분류됨", "대외비"),
    ("S E C R E T\nops plan", "S E C R E T"),
    ("please summarise: S.E.C.R.E.T. annex", "S.E.C.R.E.T"),
    ("ꜱᴇᴄʀᴇᴛ", "ꜱᴇᴄʀᴇᴛ"),
    ("TOPSECRET", "TOPSECRET"),
    ("C0NFIDENTIAL", "C0NFIDENTIAL"),
    ("this draft is s3cret, summarise it", "s3cret"),
    ("For internal use only", "For internal use only"),
    ("This document is confidential.\nQ3 numbers follow.", "confidential"),
    # red-team #6: a document noun after the marking on a title line or in brackets, slashes, mixed hanja, $ for S
    ("대외비 문서\n\n2026년 예산 집행 계획", "대외비"),
    ("[대외비 문서] 집행 계획", "대외비"),
    ("대외비문서", "대외비"),
    ("2급비밀 문서", "2급비밀"),
    ("대/외/비 보고서", "대/외/비"),
    ("대외秘 자료", "대외秘"),
    ("$ECRET", "$ECRET"),
    ("Top-Secret", "Top-Secret"),
    ("TS//SCI\nbriefing notes", "TS//SCI"),
    ("ㄷㅐㅇㅚㅂㅣ 문서입니다", "ㄷㅐㅇㅚㅂㅣ"),
    # red-team #7
    ("사업계획_대외비_v3.pptx 요약해줘", "대외비"),
    ("사업계획_CONFIDENTIAL.pdf 내용 요약", "CONFIDENTIAL"),
    ("아래 대외비 자료 요약해줘", "대외비"),
    ("아래 대외비인 계획서를 요약해줘", "대외비"),  # red-team #8: a copula or a classification verb before the noun
    ("첨부한 대외비로 분류된 자료 요약", "대외비"),
    ("대외비 대외비\n2025 사업계획 초안", "대외비"),  # the marking twice on its line is still a banner
    ("첨부한 대외비 보고서를 표로 정리해 줘", "대외비"),
    ("Please summarize this CONFIDENTIAL report for me", "CONFIDENTIAL"),
    ("Q3 results\n\nCompany Confidential", "Company Confidential"),
    ("PRIVATE & CONFIDENTIAL\nDear Mr Kim,", "PRIVATE & CONFIDENTIAL"),
    ("Proprietary & Confidential - do not forward", "Proprietary & Confidential"),
    ("대ㆍ외ㆍ비", "대ㆍ외ㆍ비"),
    ("[대외   비] 2027 인사안", "대외   비"),
    ("社外秘\n2026年 事業計画", "社外秘"),
    ("【対外秘】 조직 개편안", "対外秘"),
    ("绝密 会议纪要", "绝密"),
    ("비밀 II급\n작전 계획 요약", "비밀 II급"),
    ("사외비 문서입니다. 요약해 주세요", "사외비"),
    ("ϹONFIDENTIAL", "ϹONFIDENTIAL"),
    # red-team #8 F2: work asked for on marked material without a demonstrative, a hyphenated footer, encodings
    ("대외비 보고서 요약해줘: 내년 예산안은 3% 삭감 예정", "대외비"),
    ("대외비 자료를 영어로 번역 부탁해요", "대외비"),
    ("대외비 문건 좀 요약", "대외비"),
    ("대외비라서 외부 유출 금지인데 요약만 해줘", "대외비"),
    ("대외비이지만 핵심만 정리해 주세요", "대외비"),
    ("This is Company-Confidential. Summarize the plan.", "Company-Confidential"),
    ("&#45824;&#50808;&#48708; 보고서 요약", "&#45824;&#50808;&#48708;"),
    ("%EB%8C%80%EC%99%B8%EB%B9%84 문서 요약", "%EB%8C%80%EC%99%B8%EB%B9%84"),
]

CASUAL = [
    "비밀번호 재설정 방법을 알려줘",
    "The secret to good kimchi is patience.",
    "This is confidential between us, but the party is on Friday.",
    "오늘 비공개 회의가 있었다고 들었어요",
    "대외비 자료는 AI에 입력하지 말라는 공지가 있었습니다",
    "보안 점검 결과를 요약해줘",
    "기밀유지계약서(NDA) 검토 부탁드립니다",
    "3급 비밀 취급 인가 절차를 설명해 줘",
    "What does 'restricted' mean in a stock grant?",
    "Our internal tools are slow; any tips?",
    "비밀 이야기를 하나 해줄게",
    "secret santa gift ideas under 30,000 won",
    "문서 분류 기준을 설명해줘: 대외비와 비밀의 차이",
    "<p>The secret to good kimchi</p>",
    "(C) 2024 Acme Corp. All rights reserved.",
    "(U) This paragraph is unclassified.",
    "대외비 문서 관리 규정에 대해 알려줘",
    "대외비 등급 기준이 뭐예요?",
    "정보공개 여부: 공개 / 비공개",
    "This email and any attachments are confidential and intended solely for the addressee.",
    "Is this document confidential? How would I check?",
    "The top secret recipe for kimchi is patience.",
    "보안업무규정상 대외비와 비밀의 차이를 설명해 줘",
    "마감: 금요일 / 담당: 기획과",
    "공기·밀도 측정 결과를 정리해 줘",
    "내부·용역 계약 현황",
    "Top Secret! is a 1984 comedy film. Summarize its plot.",
    "a/b/c 대/외 비교 분석",
    # red-team #7: the levels named by code or by a scheme, and ordinary headings
    "    SECRET = 3",
    "class Level(Enum):\n    PUBLIC = 0\n    CONFIDENTIAL = 2",
    "enum Level { PUBLIC, INTERNAL, SECRET }",
    "levels = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL']",
    "if doc.level == Level.SECRET: deny()",
    '<select><option value="1">공개</option><option value="3">대외비</option></select>',
    "보안 등급 체계: 1. 공개 2. 대외비 3. 비밀",
    "## Restricted\nThese endpoints need admin scope.",
    '"Secret."\nShe smiled.',
    "this is highly confidential between us, but the party is on Friday",
    # red-team #8: asking about the scheme is not work on marked material
    "대외비 문서 작성 요령을 알려줘",
    "대외비는 어떤 뜻인가요?",
    "대외비 문서는 어떻게 분류하나요?",
    "대외비라서 AI에 넣으면 안 되는 거죠?",
]


@pytest.mark.parametrize(("text", "marking"), MARKED)
def test_markings_score_at_blocking_level(text: str, marking: str) -> None:
    hits = [f for f in Engine().scan(text) if f.entity == Entity.CLASSIFICATION_MARKING and f.score >= BLOCKING]
    spans = [unicodedata.normalize("NFKC", text[f.start : f.end]) for f in hits]
    assert any(unicodedata.normalize("NFKC", marking) in span or span in marking for span in spans), spans
    assert all(0.5 <= f.score <= 1.0 for f in hits)


@pytest.mark.parametrize("text", CASUAL)
def test_casual_use_stays_below_blocking(text: str) -> None:
    hits = [f for f in Engine().scan(text) if f.entity == Entity.CLASSIFICATION_MARKING and f.score >= BLOCKING]
    assert hits == []


def test_is_banner() -> None:
    assert is_banner("== 대외비 ==", 3, 6)
    assert is_banner("SECRET//NOFORN", 0, 6)
    assert not is_banner("오늘 대외비 회의", 3, 6)


def test_is_bracketed() -> None:
    assert is_bracketed("[대외비] 안", 1, 4)
    assert is_bracketed("※대외비", 1, 4)
    assert not is_bracketed("그 대외비 자료", 2, 5)


def test_is_self_declaration() -> None:
    text = "본 자료는 대외비임"
    assert is_self_declaration(text, 6, 9)
    assert not is_self_declaration("대외비 자료는 입력 금지", 0, 3)


def test_near_edge() -> None:
    text = "a\nb\nc\nd\ne\nf\ng\nh"
    assert near_edge(text, 0) and near_edge(text, len(text) - 1)
    assert not near_edge(text, text.index("d"))


def test_linear_on_hostile_input() -> None:
    # many near-misses: every pattern must fail fast; counted by output, timed in bench/
    text = ("비 밀 " * 20_000) + ("급 " * 20_000) + ("[" * 10_000)
    hits = Engine().scan(text)
    assert isinstance(hits, tuple)
