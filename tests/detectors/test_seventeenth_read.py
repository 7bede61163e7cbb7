"""Evidence added after the seventeenth held-out set was read: a surname and title naming again a person found once,
occupations and fire ranks as titles, historical figures, a dictionary noun and its particle, roster rows with a
short field before the phone number, a FHIR HumanName's and an HL7 v2 field's name parts, a resident's name in
brackets after an address; reverse-lookup names and version columns for IP addresses, camelCase keys ending a
context word, banks' short names before their own layouts, and utility customer numbers as harmless labels. The
texts are written for these tests, not copied from the set."""

from __future__ import annotations

import pytest

from detectors import Engine
from detectors.types import Entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def found(engine: Engine, text: str, entity: Entity, threshold: float = 0.5) -> list[str]:
    return [text[f.start : f.end] for f in engine.scan(text) if f.entity is entity and f.score >= threshold]


def names(engine: Engine, text: str) -> list[str]:
    return found(engine, text, Entity.PERSON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("회의 참석: 변서하 연구사, 외부 강사 1명\n- 변 연구사가 시약 견적을 다시 받기로", ["변서하", "변"]),
        ("민원인: 탁지우\n직원: 네 탁 선생님, 확인 후 연락드릴게요", ["탁지우", "탁"]),
        ("담당 곽도윤 과장 부재 시 곽 씨 말로는 내일 온다고", ["곽도윤", "곽"]),
    ],
)
def test_a_surname_and_title_name_again_a_person_found_once(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


def test_a_surname_before_no_title_is_no_mention(engine: Engine) -> None:
    assert names(engine, "주간 회의: 주혜원 연구사 발표. 주 5일 근무제와 주 1회 재택") == ["주혜원"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 맹수현 전공의 (ms@example-hospital.kr) : 교육 미이수", ["맹수현"]),
        ("점검자: 소방장 채도원", ["채도원"]),
        ("현장 지휘: 소방위 남궁 민", []),  # a double surname and one syllable after a rank is not read
        ("안내 담당 역무원 편하늘에게 전달", ["편하늘"]),
    ],
)
def test_occupations_and_fire_ranks_are_titles(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "풍속화 특별전 해설: 김홍도의 '서당'과 신윤복의 '미인도'를 비교해 설명해 주세요.",
        "The museum credits Jang Yeong-sil with the first rain gauge and Heo Jun with Dongui Bogam.",
        "독립운동 수업 자료에 안중근과 윤봉길의 생애를 간단히 정리해 줘.",
    ],
)
def test_historical_figures_in_prose_are_no_records(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_a_label_makes_a_historical_name_someone_named_so(engine: Engine) -> None:
    assert names(engine, "민원인 성명: 신윤복 / 연락처 010-4821-9930") == ["신윤복"]


def test_names_many_people_share_are_no_historical_figures(engine: Engine) -> None:
    assert names(engine, "어제 김정호가 서류를 두고 갔어요. 박지원 씨에게도 전해 주세요.") == ["김정호", "박지원"]


@pytest.mark.parametrize(
    "text",
    ["보고서 표 제목이랑 단위만 맞춰 줘.", "근거 문단이랑 요약표를 붙여 줘.", "점검해 보니 배관이 새고 있었습니다."],
)
def test_a_dictionary_noun_and_its_particle_is_no_name(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_a_name_and_its_particle_in_prose_stays_a_name(engine: Engine) -> None:
    assert names(engine, "어제 석지훈이랑 통화했는데 서류가 빠졌대요.") == ["석지훈"]


def test_a_roster_line_with_a_short_field_before_the_phone(engine: Engine) -> None:
    text = "헌혈 예약 명단\n봉서율 AB+ 010-7120-5583 전혈\n길태준 남 010-3394-2071 혈장"
    assert names(engine, text) == ["봉서율", "길태준"]


def test_a_label_word_before_a_short_field_is_no_roster_name(engine: Engine) -> None:
    assert names(engine, "연락처 주간 010-3957-3227\n담당자 문의 010-3957-3228") == []


def test_fhir_human_name_parts(engine: Engine) -> None:
    text = '{"resourceType": "Patient", "name": [{"family": "염", "given": ["하린"], "text": "염하린"}]}'
    assert names(engine, text) == ["염", "하린", "염하린"]


def test_hl7_name_components(engine: Engine) -> None:
    text = (
        "MSH|^~\\&|EMR|HOSP|ADT|HOSP|20240412093000||ADT^A01|MSG01|P|2.5\n"
        "PID|1||00412233^^^HOSP^MR||선우^다인||19910305|F|||서울특별시 은평구 통일로 684\n"
        "NK1|1|선우^재민|FTH||010-2288-4410\n"
        "PV1|1|I|5W^512^02"
    )
    assert names(engine, text) == ["선우", "다인", "선우", "재민"]


def test_an_hl7_component_outside_a_person_segment_is_no_name(engine: Engine) -> None:
    assert names(engine, "OBX|1|ST|검사^결과||정상") == []


def test_a_residents_name_in_brackets_after_an_address(engine: Engine) -> None:
    text = "세대: 경기도 안산시 단원구 광덕대로 120, 201동 1102호 (국서진 님)\n재방문 요청"
    assert found(engine, text, Entity.LOCATION) == ["경기도 안산시 단원구 광덕대로 120, 201동 1102호"]
    assert names(engine, text) == ["국서진"]


def test_a_reverse_lookup_name_holds_an_address(engine: Engine) -> None:
    text = ";; QUESTION SECTION:\n;51.100.73.203.in-addr.arpa.\t\tIN\tPTR"
    assert found(engine, text, Entity.IP_ADDRESS) == ["51.100.73.203"]


def test_a_version_column_holds_no_addresses(engine: Engine) -> None:
    text = "장비명\t모델\t펌웨어\t관리 IP\n호흡기\tC6\t4.2.0.17\t10.20.30.41\n감시장치\tMX750\t10.1.3.2\t10.20.30.42"
    assert found(engine, text, Entity.IP_ADDRESS) == ["10.20.30.41", "10.20.30.42"]


def test_a_camel_case_key_ends_a_context_word(engine: Engine) -> None:
    text = '{"patientName": "x", "nhisCardNo": "3-5518720364"}'
    assert found(engine, text, Entity.KR_HEALTH_INSURANCE) == ["3-5518720364"]


def test_a_banks_short_name_before_its_own_layout(engine: Engine) -> None:
    text = "수령인 2: 기여율 40% / 우리 1002-318-442907\n대상 특허: 등록 제10-2541877호"
    assert found(engine, text, Entity.BANK_ACCOUNT) == ["1002-318-442907"]


def test_we_before_another_layout_is_no_bank(engine: Engine) -> None:
    assert found(engine, "우리 2024-118-440291 건은 특허 출원번호입니다", Entity.BANK_ACCOUNT) == []


def test_a_water_customer_number_is_no_phone(engine: Engine) -> None:
    text = "납부자 휴대전화 : 010-3203-8328\n수용가번호 : 0412-118-0073"
    assert found(engine, text, Entity.PHONE_NUMBER) == ["010-3203-8328"]


def test_a_name_typed_a_letter_at_a_time_reads_as_a_name(engine: Engine) -> None:
    text = "민원인 성명이 시스템에 이렇게 저장돼 있어요: ㅇㅕㅁㅎㅏㄹㅣㄴ\n정정 요청서 써 줘"
    assert names(engine, text) == ["ㅇㅕㅁㅎㅏㄹㅣㄴ"]


def test_a_name_typed_in_english_mode_after_a_label(engine: Engine) -> None:
    text = "접수번호 M-0415-0102 / 성명: tjdwjddms / 민원 유형: 가로등 고장"
    assert names(engine, text) == ["tjdwjddms"]


@pytest.mark.parametrize("text", ["성명: admin / 권한: 전체", "이름 test 로 가입했어요", "작성자: dkssud"])
def test_latin_words_that_spell_no_name_stay_words(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_git_octal_escapes_of_a_file_name(engine: Engine) -> None:
    name = "\\354\\227\\274\\355\\225\\230\\353\\246\\260"  # 염하린 as git's core.quotepath prints it
    text = f'Changes not staged for commit:\n\tmodified:   "docs/\\354\\236\\220\\352\\270\\260_{name}.pdf"'
    assert names(engine, text) == [name]


def test_a_mobile_number_in_thousands_format_under_a_phone_column(engine: Engine) -> None:
    text = "A열(성명)\tB열(연락처, 숫자 서식 #,##0)\n변서하\t1,052,817,334"
    assert found(engine, text, Entity.PHONE_NUMBER) == ["1,052,817,334"]


@pytest.mark.parametrize(
    "text",
    ["예산 서식 합계 1,052,817,334 (연락처 확인)", "연락처 열 숫자 서식\n1,052,817,334원", "서식 1,052,817,334 건"],
)
def test_an_amount_in_thousands_format_is_no_phone(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.PHONE_NUMBER) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("출입자 명단: 부 탄경수 650818-1911771, 누나 탄미주", ["탄경수", "탄미주"]),
        ("담당 엽지수 주무관에게 확인", ["엽지수"]),
        ("신청인: 림춘옥 (연락처 010-2287-4410)", ["림춘옥"]),
        ("참가자 뇌성민 님 입금 확인", ["뇌성민"]),
        ("담당 탕지훈 대리에게 전달", ["탕지훈"]),
    ],
)
def test_rare_surnames(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "탄소중립 실천 계획 보고",
        "탄원서를 접수했습니다",
        "탕수육과 빙수를 주문",
        "림프절 검사 결과 정상",
        "공무원 연금 문의",
    ],
)
def test_nouns_of_rare_surname_syllables_stay_nouns(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_two_syllables_written_together_with_a_title_are_a_compound_title(engine: Engine) -> None:
    assert names(engine, "확정 안내를 인솔교사에게 보내고 담임교사께도 공유") == []
    assert names(engine, "지훈님, 민수 과장님께 전달 부탁드려요") == ["지훈", "민수"]


def test_a_callers_answer_with_a_copula(engine: Engine) -> None:
    text = "직원: 성함이 어떻게 되세요?\n민원인: 아 네 봉서율인데요, 고지서를 못 받았어요."
    assert names(engine, text) == ["봉서율"]


@pytest.mark.parametrize("text", ["네 정보과입니다", "네, 고객센터입니다", "예 맞습니다 네 홍보팀인데요"])
def test_an_answer_naming_an_office_is_no_name(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Night shift: Goh Eunbi 010-4125-9235; Yeo Minjae on call", ["Goh Eunbi", "Yeo Minjae"]),
        ("The bus skipped our stop again. - Sohn Jiyoung", ["Sohn Jiyoung"]),
        ("Please reply to this address.\nBest wishes,\nIngrid Halvorsen", ["Ingrid Halvorsen"]),
    ],
)
def test_romanised_surnames_and_full_name_sign_offs(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Thanks,\nCustomer Support", "Best regards,\nAccounts Payable", "Kind regards,\nHR Team", "Best,\nThe Team"],
)
def test_a_team_signing_off_is_no_name(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def test_a_two_syllable_field_with_a_code_is_no_name(engine: Engine) -> None:
    assert names(engine, "관측지점: 서귀포(189), 고산(185), 성산(188)") == []
    assert names(engine, "3-2 14번 명하준 : 난류, 우유 (보호자 010-8710-7024)") == ["명하준"]


def test_a_two_syllable_field_before_a_phone_cell_is_a_name(engine: Engine) -> None:
    text = "물품\t습득자\t연락처\t찾은사람\t연락처\n우산\t채윤희\t010-6792-4402\t오건\t010-3856-0128"
    assert "오건" in names(engine, text)


def test_an_e_mail_domain_holding_sec_is_no_section_word(engine: Engine) -> None:
    text = "operator=xray.op14@airport-sec.co.kr login ok from 10.18.17.189"
    assert found(engine, text, Entity.IP_ADDRESS) == ["10.18.17.189"]
    assert found(engine, "See Sec. 1.2.3.4 of the spec", Entity.IP_ADDRESS) == []


@pytest.mark.parametrize("text", ["고객 성명: 7J6E7KeA7J2A 님 확인", '{"applicant": "6rmA7ZWY66+8", "dept": "민원과"}'])
def test_a_three_syllable_name_in_base64(engine: Engine, text: str) -> None:
    assert [f.entity for f in engine.scan(text)] == [Entity.PERSON]


@pytest.mark.parametrize("text", ["token: AbCdEfGh1234", "build id Zm9vYmFyYmF6", "commit 7f3a9c2e1b4d"])
def test_base64_looking_runs_that_spell_no_hangul_word_are_no_names(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize("text", ["고객 성명:\n김하민\n확인 부탁", "성명:\n김\n하\n민\n님 확인"])
def test_a_labels_value_on_the_line_after_its_colon(engine: Engine, text: str) -> None:
    assert len(names(engine, text)) == 1


@pytest.mark.parametrize("text", ["작성자:\n홍보팀", "성명\n김하민은 헤더 아래 줄입니다"])
def test_no_colon_or_no_name_on_the_next_line_is_no_labelled_name(engine: Engine, text: str) -> None:
    assert [n for n in names(engine, text) if n != "김하민"] == [] and found(engine, text, Entity.PERSON, 0.85) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 염서준 파견 방사선사 (sj@example-clinic.kr) : 미이수", ["염서준"]),
        ("김도윤 신임 주무관이 맡습니다", ["김도윤"]),
        ("관련 외부 강사 섭외와 보안 담당 내부 감사", []),
    ],
)
def test_a_qualifier_between_a_name_and_its_title(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("메일 아이디는 gdhong82 이고 도메인은 naver.com 입니다", ["gdhong82 이고 도메인은 naver.com"]),
        ("my mail is gdhong82, and the domain is daum.net", ["gdhong82, and the domain is daum.net"]),
    ],
)
def test_an_e_mail_said_as_its_id_and_its_domain(engine: Engine, text: str, expected: list[str]) -> None:
    assert found(engine, text, Entity.EMAIL_ADDRESS) == expected


@pytest.mark.parametrize("text", ["호스트명은 ws01 이고 도메인은 corp.local", "도메인은 naver.com 입니다"])
def test_a_host_and_its_domain_are_no_e_mail(engine: Engine, text: str) -> None:
    assert found(engine, text, Entity.EMAIL_ADDRESS) == []


@pytest.mark.parametrize("text", ["성명: 봉*서*율", "성명: 봉~서~율", "고객 봉+서+율 님"])
def test_a_name_with_stars_tildes_or_pluses_between_every_syllable(engine: Engine, text: str) -> None:
    assert len(names(engine, text)) == 1


@pytest.mark.parametrize("text", ["성명: 홍*동", "평가: 상*중*하"])
def test_a_masked_name_or_a_scale_is_no_spaced_name(engine: Engine, text: str) -> None:
    assert names(engine, text) == []
