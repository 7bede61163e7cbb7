"""Names where a document's layout puts one: a field labelled by a word for a person (read by rule, not from a list:
…자, …인, …원, …사, …관, …생, and …명 for "the name of"), a name right before its owner's mobile or resident number,
and the cells of tables drawn with box characters. Look-alikes: the same layouts holding words."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.recognizers.person import korean_name_ok, noun_with_suffix, person_noun

BLOCK = 0.5


def person_spans(engine: Engine, text: str) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity.value == "PERSON" and f.score >= BLOCK]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # listed labels and titles, and words made with a suffix for people
        ("보호자", True),
        ("소지자", True),
        ("출납원", True),
        ("선원", True),
        ("관세사", True),
        ("영어교사", True),
        ("명의인", True),
        ("연수생", True),
        ("관광객", True),
        ("건물주", True),
        # …명, "the name of", after a word for a person
        ("강사명", True),
        ("소지자명", True),
        # words that end in the same syllables and name no person
        ("숫자", False),
        ("확인", False),
        ("종합병원", False),
        ("회사", False),
        ("중앙도서관", False),
        ("발생", False),
        ("광주", False),
        ("식별자", False),
        ("연수명", False),
        ("상품명", False),
        ("주소", False),
    ],
)
def test_person_noun(word: str, expected: bool) -> None:
    assert person_noun(word) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("방과후 강사 계약서\n강사명: 곽다래\n주소: 경기도 고양시", "곽다래"),
        ("카드 재발급\n│ 소지자   │ 편가을 │", "편가을"),
        ("지역가입자 보험료 조정\n가입자: 이덕배 / 건강보험 32770395929", "이덕배"),
        ("출납원: 남궁찬 (내선 2231)", "남궁찬"),
        # a relative's mark between the label and the name
        ("보호자: 부 석재현 010-5376-3865", "석재현"),
        ("보호자: 모 진옥분", "진옥분"),
        # Latin script after such a label: capitals as passports write them, or a known given name or surname
        ("근로자 1: SOK DARA / 930114-5753059 (캄보디아)", "SOK DARA"),
        ("선원: LIU JIANGUO (중국, 선원수첩 48091943)", "LIU JIANGUO"),
        ("수출대행인: Hans Becker", "Hans Becker"),
        # names listed after a title or a label
        ("참석: 팀장 노승범, 주무관 하예슬·길도현", "길도현"),
        # a licensed profession before a name
        ("한빛관세사무소 | 관세사 우건희", "우건희"),
    ],
)
def test_role_labelled_fields(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        # speakers of a transcript: the label of a line of prose, not of a name
        "상담사: 조회해 보겠습니다",
        "상담사: 성함이 어떻게 되실까요",
        "민원인: 연락은 010-6680-2872로 주세요",
        # a value that is itself a word for a person or a business
        "수임인: 여행사 직원",
        # labels of things: the suffix rule does not read them as people
        "식별자: 정상값\n연산자: 이상함",
        "연수명: 생성형 AI 활용 수업 설계",
        "설명 의사: 신경외과",
        # a title that starts a longer word is no title after a name
        "중소기업 시설자금 대출 심사 메모 — 여신위원회 보고용",
        "외국인 계절근로자 숙소 배정표 (군청)",
        "한빛관세사무소 대표번호",
    ],
)
def test_role_labels_hold_no_words(engine: Engine, text: str) -> None:
    assert person_spans(engine, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a name right before its owner's mobile number, in any grouping
        ("어린이집 차량\n운전기사 표경호 010.6320.8484 (1종 대형)", "표경호"),
        ("고객: 류가온이요 010 6097 3366", "류가온"),
        # a spoken copula between a name and a resident number (call transcripts)
        ("고객: 예 신동수고요 650718-1835214 입니다", "신동수"),
    ],
)
def test_names_before_their_numbers(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "문의처 연락처 010-2222-3333",
        "사무실 010-2222-3333 / 상담실 010-4444-5555",
        "정리했고요 850315-1234566 입니다",
        "서울시 010-2222-3333",
    ],
)
def test_words_before_numbers_are_not_names(engine: Engine, text: str) -> None:
    assert person_spans(engine, text) == []


def test_a_table_drawn_with_box_characters(engine: Engine) -> None:
    text = (
        "장기요양 등급 신청 서류 (한글 표에서 복사)\n"
        "┃ 성명 ┃ 건강보험증번호 ┃ 관계 ┃\n"
        "┣━━━━╋━━━━━━━━╋━━━━┫\n"
        "┃ 봉순임 ┃ 70305947782 ┃ 본인 ┃\n"
        "┃ 봉철호 ┃ 10153186557 ┃ 자녀(신청 대리) ┃"
    )
    found = person_spans(engine, text)
    assert "봉순임" in found
    assert "봉철호" in found
    assert "본인" not in found


def test_a_box_table_of_things_holds_no_names(engine: Engine) -> None:
    text = "│ 품목 │ 수량 │ 단가 │\n│ 정수기 │ 2 │ 150000 │\n│ 공기청정기 │ 1 │ 320000 │"
    assert person_spans(engine, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 대 in the middle of a given name (대호, 대현): a name after a title or label
        ("receivers:\n  - name: oncall\n    # 진대호 주무관\n    sms: 010", "진대호"),
        ("담당: 조대현 (내선 2231)", "조대현"),
        # the late: 고, 故, 망 before a name
        ("신청인: 조말순, 고 조병태의 배우자", "조병태"),
        ("故 박영수 님 유족 연금", "박영수"),
        ("피상속인 망 이춘자의 상속재산", "이춘자"),
        # a found name's spelling in the other script, in brackets
        ("Name 성명: ZHANG WEI (장웨이)", "장웨이"),
        ("성명: 응우옌 반 안 (Nguyen Van An)", "Nguyen Van An"),
        # a directory's common-name attribute
        ("dn: uid=jwha,ou=people\ncn: 하지원\nmail: ha.jiwon@busan.go.kr", "하지원"),
        # an English field label before a pair whose last word is a known surname
        ("new representative director: Hans Becker (German national)", "Hans Becker"),
    ],
)
def test_names_by_form_and_script(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "현대인의 생활 습관 조사: 현대인 1,000명",
        "고 해상도 모니터, 망 분리 정책, 망 사용료를 정산",
        "ZHANG WEI (중국) 외 2명",
        "승객 2: KANG/JUNHO MSTR (소아)",
        "본인 명의 통장 사본도 첨부해 주세요",
        "Re: Grace Period",
        "Server: Apache Tomcat",
    ],
)
def test_those_forms_holding_words(engine: Engine, text: str) -> None:
    found = person_spans(engine, text)
    assert [w for w in found if w not in ("ZHANG WEI", "KANG/JUNHO")] == [], found


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # a noun stem and a morpheme that makes a compound of it
        ("정수기", True),
        ("양육비", True),
        ("배정표", True),
        ("한국인", True),
        ("명의인", True),
        ("이모지", True),
        ("단말기", True),
        # names whose first two syllables spell a noun, with a last syllable no such morpheme
        ("정수빈", False),
        ("이상민", False),
        ("배정훈", False),
    ],
)
def test_noun_with_suffix(word: str, expected: bool) -> None:
    assert noun_with_suffix(word) is expected


@pytest.mark.parametrize(("word", "expected"), [("공장", False), ("설정", False), ("정수", False), ("지우", True)])
def test_two_syllable_nouns_are_not_names(word: str, expected: bool) -> None:
    assert korean_name_ok(word) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a word for a person and a name with only a space between, where the field ends after the name
        ("결과 통보서: 수검자 최민재, 주민등록번호 800116-1070905", "최민재"),
        ("분실자 명태준, 여권번호 M46554715", "명태준"),
        ("피징계자 조태민(사번 K-3391)에게 정직 1개월", "조태민"),
        # names that end as words for people do (…자, …원) are still names by the strict check
        ("신고자 권순자, 회신번호 010-3847-2921", "권순자"),
        ("조의금은 총무 담당 표승원 카카오뱅크 3333-23-9901090 로", "표승원"),
        # a label that is the topic, its name the predicate
        ("고객: 이름은 탁소은이요.", "탁소은"),
        # a KakaoTalk export's speaker, a TeX macro's argument, a TeX table's name column
        ("2024. 11. 30. 오후 9:14, 금하윤 : 언니 우리 아빠 전화가 안 돼", "금하윤"),
        ("\\name{채도경}\n\\phone{010-6684-2124}", "채도경"),
        (
            "\\begin{tabular}{|l|l|}\n\\hline\n성명 & 연락처 \\\\\n"
            "\\hline\n연수아 & 010-3492-6088 \\\\\n\\end{tabular}",
            "연수아",
        ),
    ],
)
def test_names_after_a_space_a_topic_or_in_exports(engine: Engine, text: str, value: str) -> None:
    assert value in person_spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        # a label and a noun with only a space between: a noun phrase
        "보호자 동의서를 받고 신청자 유형별로 분류",
        "상속인 전원의 동의가 필요",
        "납세자 권리",
        "수신자 설정 yaml 검토",
        "가해 차량 운전자 정보만 표로 정리",
        "길태양 님 계정 권한은 어제 바뀌었다",
        "담당자 변경 요청, 작성자 본인 확인, 상담원 연결",
        # an ampersand in prose is no table
        "R&D 성명서 & 보도자료\n연구개발 & 기획",
    ],
)
def test_a_label_and_a_noun_are_a_phrase(engine: Engine, text: str) -> None:
    assert [w for w in person_spans(engine, text) if w != "길태양"] == []
