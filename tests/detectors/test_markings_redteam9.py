"""Red-team #9, finding 3 (docs/redteam-9.md): classification markings in ordinary phrasings and simple disguises.

Every example of the finding, followed by the excerpt of the marked document as the report's script sent it, scores
CLASSIFICATION_MARKING at the blocking threshold; the everyday uses of the same words stay below it.
"""

from __future__ import annotations

import unicodedata

import pytest

from detectors import Engine, Entity
from detectors.normalize import normalize

BLOCKING = 0.5
EXCERPT = "\n2027 조직 개편 추진계획(안): 본부 3개를 2개로 통합, 감축 정원 147명."

# (text, the marking): the finding's table, then its "More engine misses" list.
FINDING = [
    ("2급 비밀 보고서 요약해줘", "2급 비밀"),
    ("Ⅱ급 비밀 문서야. 핵심만 정리해줘", "Ⅱ급 비밀"),
    ("III급 비밀 문서 요약", "III급 비밀"),
    ("보안등급: 비밀\n제목: 조직개편안", "비밀"),
    ("문서번호,보안등급,제목,요지\n17,비밀,조직개편안,감축 정원 147명", "비밀"),
    ("doc_id,grade,title\n17,대외비,조직개편안", "대외비"),
    ("This memo is marked CONFIDENTIAL, please summarize it", "CONFIDENTIAL"),
    ("The following memo is classified Secret.", "Secret"),
    ("이 보고서 오른쪽 위에 대외비 도장 찍혀있는데 그대로 요약해줘", "대외비"),
    ("ㄷㅐㅇㅗㅣㅂㅣ 문서입니다. 요약해줘", "ㄷㅐㅇㅗㅣㅂㅣ"),
    ("대❤️외❤️비 문서 요약해줘", "대❤️외❤️비"),
    ("秘密", "秘密"),
    ("등급: 秘密", "秘密"),
    ("🆂🅴🅲🆁🅴🆃", "🆂🅴🅲🆁🅴🆃"),
    ("🇸 🇪 🇨 🇷 🇪 🇹", "🇸 🇪 🇨 🇷 🇪 🇹"),
    ("비밀로 분류된 문서야. 요약해줘", "비밀"),
    ("비밀 문서를 요약해줘", "비밀"),
    ("대외비로 관리되는 자료인데 요약 좀", "대외비"),
    ("이건 비밀 자료라서 조심해서 요약해", "비밀"),
    ("비밀등급 II급", "비밀등급 II급"),
    ("Confidential & Proprietary", "Confidential & Proprietary"),
    ("Restricted - do not distribute", "do not distribute"),
    ("TLP:RED", "TLP:RED"),
    ("TLP:AMBER", "TLP:AMBER"),
    ("TLP:AMBER+STRICT", "TLP:AMBER+STRICT"),
    ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("NOT FOR PUBLIC RELEASE", "NOT FOR PUBLIC RELEASE"),
    ("공개불가", "공개불가"),
    ("배포 금지 - 내부 검토용", "배포 금지"),
    ("열람 제한", "열람 제한"),
    ("C0NF1D3NT14L memo", "C0NF1D3NT14L"),
    ("C O N F I D E N T I A L memo", "C O N F I D E N T I A L"),
]

# The same rules in the forms a next attempt would take.
VARIANTS = [
    ("II급 비밀\n작전 계획", "II급 비밀"),
    ("다음은 2급 비밀로 분류된 보고서입니다. 요약해 주세요", "2급 비밀"),
    ("3급비밀 문서 요약 좀", "3급비밀"),
    ("2급 비밀 보고서 요약해줘. 참고로 3급 비밀도 있음", "2급 비밀"),  # a second grade is no list of the scheme
    ("| 문서번호 | 보안등급 | 제목 |\n|---|---|---|\n| 17 | 비밀 | 조직개편안 |", "비밀"),
    ("아래 엑셀 요약해줘\n문서번호\t보안등급\t제목\n17\t대외비\t조직개편안", "대외비"),
    ('id,title,classification\n1,Reorg plan,CONFIDENTIAL\n2,"Budget, 2027",SECRET', "SECRET"),
    ('{"보안등급": "비밀", "제목": "조직개편안"}', "비밀"),
    ("security_level: SECRET\ntitle: reorg", "SECRET"),
    ('This report is marked "Confidential". Summarize it.', "Confidential"),
    ("It's stamped SECRET on every page, can you translate it?", "SECRET"),
    ("이 문서는 비밀입니다. 요약해 주세요", "비밀"),
    ("비밀 자료임", "비밀"),
    ("아래 비밀 문서 번역해줘", "비밀"),
    ("대외비라고 적힌 문서를 요약해줘", "대외비"),
    ("Please summarize this TLP:RED report", "TLP:RED"),
    ("TLP:AMBER — indicators of compromise for campaign X", "TLP:AMBER"),
    ("이 보고서는 TLP:AMBER+STRICT 입니다", "TLP:AMBER+STRICT"),
    ("대💥외💥비 자료", "대💥외💥비"),
    ("🅲🅾🅽🅵🅸🅳🅴🅽🆃🅸🅰🅻", "🅲🅾🅽🅵🅸🅳🅴🅽🆃🅸🅰🅻"),
    ("🇨🇴🇳🇫🇮🇩🇪🇳🇹🇮🇦🇱", "🇨🇴🇳🇫🇮🇩🇪🇳🇹🇮🇦🇱"),
    ("S3CR3T report", "S3CR3T"),
    ("CONFIDENTIAL memo: Q3 layoffs", "CONFIDENTIAL"),
    ("외부 배포 금지\n2027 조직 개편", "외부 배포 금지"),
    ("[배포 금지] 내부 검토용", "배포 금지"),
    ("이 보고서는 외부 배포 금지입니다", "외부 배포 금지"),
    ("Company Confidential - Do Not Distribute", "Company Confidential"),
    ("OFFICIAL SENSITIVE", "OFFICIAL SENSITIVE"),
    ("秘密 문서 요약해줘", "秘密"),
]

ORDINARY = [
    # 비밀 as an everyday word
    "비밀번호 재설정 방법",
    "우리끼리 비밀로 해줘",
    "비밀로 해줘, 엄마한테는 말하지 마",
    "비밀 이야기를 하나 해줄게",
    "비밀의 숲 시즌2 줄거리 요약해줘",
    "비밀 유지 서약서 양식 만들어줘",
    "비밀글 설정 방법을 알려줘",
    "비밀 댓글로 달아줘",
    "비밀 폴더 만드는 법",
    "비밀 메모장 앱 추천해줘",
    "비밀 일기 내용을 요약해줘",
    "비밀 파일 정리해줘",
    "오늘 회의 내용 정리해줘. 참고로 비밀 프로젝트 이름은 블루버드야",
    "우리 가게 일급비밀 레시피 알려줄게",
    # the scheme asked about, not material held
    "이 문서의 보안등급 기준을 설명해줘",
    "3급 비밀 취급 인가 절차를 설명해 줘",
    "보안업무규정상 II급 비밀의 보호기간은 얼마인가요?",
    "II급 비밀과 III급 비밀의 차이를 알려줘",
    "I급 비밀, II급 비밀, III급 비밀로 나뉜다",
    "II급 비밀은 무엇인가요?",
    "2급 비밀 관련 규정 알려줘",
    "III급 비밀까지 열람 가능한 권한이 필요해요",
    "비밀 문서는 어떻게 관리하나요?",
    "비밀 문서를 정리하는 방법 알려줘",
    "대외비 자료를 정리하는 방법 알려줘",
    "대외비 표시가 있는 문서는 AI에 입력하지 마세요",
    "대외비 도장 찍는 방법 알려줘",
    # a table that explains the levels, and tables whose columns are no grade
    "등급,설명,예시\n대외비,외부 공개 금지,인사안\n비밀,누설 시 국가안보 위해,작전계획",
    "번호,구분,제목,작성자\n1,비밀,문의드립니다,홍길동\n2,공개,배송 문의,김철수",
    "name,grade,score\n홍길동,A,90\n김철수,B,85",
    # copyright lines and settings, not headings of a marked document
    "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "무단전재 및 재배포 금지",
    "ⓒ 한겨레신문사 무단 전재 및 배포 금지",
    "열람 제한 해제 신청은 어떻게 하나요?",
    "열람 제한: 이 게시판은 관리자만 볼 수 있습니다",
    "공개불가 - 개인정보 포함",
    "정보공개불가 사유를 설명해 주세요",
    "공개 불가 판정을 받은 이유가 궁금합니다",
    # English: everyday words, a privacy policy, documentation, definitions and instructions
    "The secret sauce of our onboarding is a good buddy system.",
    "Our privacy policy explains that your data is kept confidential and is classified as confidential information.",
    "Restricted access: only administrators can view this page.",
    "This is confidential between us, but the party is on Friday.",
    "Please keep this secret between us.",
    "How do I mark a document as confidential in Word?",
    "A document is classified as SECRET if its unauthorized disclosure could cause serious damage.",
    "Documents marked top secret were found at the residence, the indictment says.",
    "Please make sure this document is marked CONFIDENTIAL before sending.",
    "If the file is marked SECRET, do not upload it.",
    "The press release is not for public release until Monday, please proofread it.",
    "The Confidential and Proprietary Information clause in section 7 is too broad; rewrite it.",
    "Confidentiality & privacy: we never sell your data.",
    "## Restricted\nThese endpoints need admin scope.",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db",
    # TLP: asked about, or the protocol explained with its colours, or a level that allows sharing
    "What does TLP:RED mean?",
    "What is the difference between TLP:RED and TLP:AMBER?",
    "TLP:RED, TLP:AMBER, TLP:GREEN and TLP:CLEAR: explain when to use each level of the Traffic Light Protocol.",
    "The protocol has four labels:\n- TLP:RED: named recipients only\n- TLP:AMBER: limited disclosure\n"
    "- TLP:GREEN: community\n- TLP:CLEAR: public",
    "이 자료는 TLP:AMBER의 뜻을 설명한 것입니다",
    "TLP:GREEN\nShare within the community.",
    "TLP:CLEAR",
    # flags and symbol letters read as letters, not as markings
    "🇰🇷 대한민국 화이팅",
    "🅿️ 주차 가능",
]


def _blocking(engine: Engine, text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in engine.scan(text)
        if f.entity == Entity.CLASSIFICATION_MARKING and f.score >= BLOCKING
    ]


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace("\ufe0f", "")


@pytest.mark.parametrize(("text", "marking"), FINDING)
def test_finding_examples_block(engine: Engine, text: str, marking: str) -> None:
    spans = _blocking(engine, text + EXCERPT)
    assert any(_fold(marking) == _fold(span) for span in spans), spans


@pytest.mark.parametrize(("text", "marking"), FINDING)
def test_finding_examples_block_without_the_excerpt(engine: Engine, text: str, marking: str) -> None:
    spans = _blocking(engine, text)
    assert any(_fold(marking) == _fold(span) for span in spans), spans


@pytest.mark.parametrize(("text", "marking"), VARIANTS)
def test_variants_block(engine: Engine, text: str, marking: str) -> None:
    spans = _blocking(engine, text)
    assert any(_fold(marking) == _fold(span) for span in spans), spans


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_stays_below_blocking(engine: Engine, text: str) -> None:
    assert _blocking(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ㄷㅐㅇㅗㅣㅂㅣ", "대외비"),  # ㅗ ㅣ is ㅚ
        ("ㄱㅜㅓㄴㅎㅏㄴ", "권한"),  # ㅜ ㅓ is ㅝ
        ("ㄷㅏㄹㄱ", "닭"),  # ㄹ ㄱ is the final ㄺ
        ("ㅇㅏㄴㅈㅏ", "안자"),  # ㄴ before a vowel starts the next syllable
        ("ㄱㅏㅂㅅㅣ", "갑시"),  # ㅂ ㅅ: ㅅ before a vowel starts the next syllable
        ("ㅋㅋ", "ㅋㅋ"),  # no syllable to make (NFKC turns them into conjoining jamo)
    ],
)
def test_compatibility_jamo_compose_as_a_keyboard_does(text: str, expected: str) -> None:
    assert unicodedata.normalize("NFKC", normalize(text).text) == unicodedata.normalize("NFKC", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🆂🅴🅲🆁🅴🆃", "SECRET"),  # negative squared, U+1F170-1F189
        ("🅒🅞🅝", "CON"),  # negative circled, U+1F150-1F169
        ("🇸 🇪 🇨 🇷 🇪 🇹", "S E C R E T"),  # regional indicators, U+1F1E6-1F1FF
        ("🇰🇷 대한민국", "KR 대한민국"),  # a flag reads as its country's code
        ("🄲🄾🄽", "CON"),  # squared letters, which NFKC maps already
    ],
)
def test_letters_drawn_as_symbols_read_as_letters(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_symbol_letters_map_back_to_their_characters() -> None:
    text = "x 🆂🅴🅲🆁🅴🆃 y"
    norm = normalize(text)
    start = norm.text.index("SECRET")
    assert norm.span(start, start + 6) == (2, 8)


def test_new_rules_stay_linear_on_hostile_input(engine: Engine) -> None:
    # many near-misses and many markings of each new kind: counted by output, timed in bench/
    text = (
        "문서번호,보안등급,제목\n"
        + "17,비밀,조직개편안\n" * 2_000
        + "TLP:RED " * 2_000
        + "대❤외❤비 " * 2_000
        + "2급 비밀 " * 2_000
        + "이건 비밀 자료라서 " * 2_000
        + "the memo is marked SECRET " * 2_000
        + "Restricted - " * 2_000
    )
    assert len(_blocking(engine, text)) > 2_000
