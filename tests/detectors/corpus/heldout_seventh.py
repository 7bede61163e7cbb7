# ruff: noqa: E501
"""Seventh blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring and build()/main() of heldout_sixth.py, whose schema and conventions it copies).

New domains: police incident reports (사건 경위서, 진술 요약, 교통사고 발생보고), legal aid and court intake
(법률구조공단, 국선변호), tax office refund inquiries (국세청 환급, 경정청구), military personnel records (병적, 예비군),
주민센터 전입신고, 보건소 vaccination and screening records, 고용센터 실업급여, 공무원 연가/출장 신청, local council
minutes, HR disciplinary memos, insurance claims, telecom customer-service transcripts, lease contracts
(임대차계약서), university admissions, Jira tickets, Git diffs with test fixtures, JSON API payloads, pandas
DataFrame printouts, Excel pastes with merged cells, LaTeX and markdown tables, English HR e-mails, KakaoTalk chat
exports with timestamps, voice-memo transcripts with spoken numbers.

Labelling decisions (same as the sixth set):
- PERSON: the name only (no title, honorific, particle or label); every mention, surname-only and given-name-only
  ones included. Names inside e-mail local parts are not separately labelled. Placeholders (홍길동 in a form
  example) and masked names (김**) are not labelled; public figures and historical persons in ordinary prose are
  not labelled.
- LOCATION: from the first administrative unit present through the building number, plus unit detail (동/호/층)
  directly following. English-order addresses: from the unit/street number through the city/province/postcode,
  without the country. Bare city, district or facility names are not labelled.
- PHONE_NUMBER: full numbers; 15xx/16xx/18xx representative numbers and short service numbers (112, 126, 110) are
  not labelled.
- BANK_ACCOUNT: the number only. Order numbers, waybills, 사번, 군번, 수험번호, case numbers and ticket keys are
  never labelled.
- Masked values, loopback/unspecified IPs, CIDR blocks and documentation placeholders (example.com, 4111-1111-...,
  000000-0000000) are not labelled; private host IPs are.
- Obfuscated values: the span covers the disguised form from the first to the last character of the value,
  including words, separators, markup, invisible characters, line breaks, quotes/concatenation operators or table
  cells in between (markup wrapping the whole value is outside the span). Encoded values (base64, hex, percent
  encoding) are labelled with the entity they encode, on the encoded token. Defanged IPs and e-mails are labelled
  IP_ADDRESS / EMAIL_ADDRESS.
"""

from __future__ import annotations

import base64
import random
import urllib.parse
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

random.seed(7_2024_1207)


def dg(n: int, first: str = "0123456789") -> str:
    return random.choice(first) + "".join(random.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- identifiers (synthetic, real check digits)
RRN_A = rrn("960412", 2, dg(5))
RRN_B = rrn("830927", 1, dg(5))
RRN_C = rrn("010603", 4, dg(5))
RRN_D = rrn("750218", 1, dg(5))
RRN_E = rrn("881130", 2, dg(5))
RRN_F = rrn("690705", 1, dg(5))
RRN_G = rrn("920321", 2, dg(5))
RRN_H = rrn("040919", 3, dg(5))
RRN_I = rrn("571024", 2, dg(5))
RRN_J = rrn("800116", 1, dg(5))
RRN_K = rrn("931208", 1, dg(5))
RRN_L = rrn("860504", 2, dg(5))
RRN_M = rrn("990227", 1, dg(5))
RRN_N = rrn("720830", 2, dg(5))
RRN_O = rrn("050311", 4, dg(5))
RRN_P = rrn("640117", 1, dg(5))
RRN_Q = rrn("970815", 2, dg(5))
RRN_R = rrn("810422", 1, dg(5))
RRN_S = rrn("890613", 1, dg(5))
RRN_T = rrn("770909", 2, dg(5))
RRN_NEW1 = rrn_new("220314", 3, dg(6))
RRN_NEW2 = rrn_new("210927", 4, dg(6))
RRN_NEW3 = rrn_new("021119", 3, dg(6))

ARN_A = arn("910507", 5, dg(5))
ARN_B = arn("950822", 6, dg(5))
ARN_C = arn("030115", 7, dg(5))
ARN_D = arn("870303", 5, dg(5))
ARN_E = arn("990930", 6, dg(5))

BRN_A = brn("1" + dg(8))
BRN_B = brn("2" + dg(8))
BRN_C = brn("4" + dg(8))
BRN_D = brn("6" + dg(8))
BRN_E = brn("3" + dg(8))
BRN_F = brn("8" + dg(8))

CRN_A = crn("110111" + dg(6))
CRN_B = crn("131111" + dg(6))
CRN_C = crn("180111" + dg(6))
CRN_D = crn("110114" + dg(6))

CARD_A = card("4518" + dg(11))
CARD_B = card("5365" + dg(11))
CARD_C = card("9410" + dg(11))
CARD_D = card("4673" + dg(11), sep=" ")
CARD_E = card("3762" + dg(10), groups=(4, 6, 5))
CARD_F = card("5409" + dg(11), sep="")
CARD_G = card("4336" + dg(11))
CARD_H = card("5264" + dg(11))
CARD_I = card("4048" + dg(11))
assert all(luhn_ok(c) for c in (CARD_A, CARD_B, CARD_C, CARD_D, CARD_E, CARD_F, CARD_G, CARD_H, CARD_I))

PASS_A = "M" + dg(8, "1234567")
PASS_B = "M" + dg(3) + "B" + dg(4)
PASS_C = "M" + dg(8, "3456789")
PASS_D = "M" + dg(3) + "K" + dg(4)
PASS_E = "M" + dg(8, "5678")

DL_A = f"11-17-{dg(6)}-{dg(2)}"
DL_B = f"26-09-{dg(6)}-{dg(2)}"
DL_C = f"13-20-{dg(6)}-{dg(2)}"
DL_D = f"12-14-{dg(6)}-{dg(2)}"
DL_E = f"28-11-{dg(6)}-{dg(2)}"

HI_A = dg(11, "1234567")
HI_B = dg(11, "5")
HI_C = "1-" + dg(10, "123456789")
HI_D = dg(11, "7")

# bank accounts in the banks' usual groupings
ACC_KB = f"{dg(6, '3456789')}-{dg(2)}-{dg(6)}"
ACC_SH = f"110-{dg(3)}-{dg(6)}"
ACC_WR = f"1002-{dg(3)}-{dg(6)}"
ACC_NH = f"302-{dg(4)}-{dg(4)}-{dg(2)}"
ACC_KK = f"3333-{dg(2)}-{dg(7)}"
ACC_HN = f"{dg(3, '123456789')}-{dg(6)}-{dg(5)}"
ACC_IBK = f"{dg(3, '123456789')}-{dg(6)}-{dg(2)}-{dg(3)}"
ACC_SH2 = f"110-{dg(3)}-{dg(6)}"
ACC_NH2 = f"351-{dg(4)}-{dg(4)}-{dg(2)}"
ACC_KB2 = f"{dg(6, '3456789')}-{dg(2)}-{dg(6)}"
ACC_POST = f"{dg(6, '1')}-{dg(2)}-{dg(6)}"
ACC_TOSS = f"1000-{dg(4)}-{dg(4)}"


def mob() -> str:
    return f"010-{dg(4, '2345679')}-{dg(4)}"


PH = [mob() for _ in range(90)]
PH_SEOUL = f"02-{dg(4, '2345679')}-{dg(4)}"
PH_GG = f"031-{dg(3, '2345679')}-{dg(4)}"
PH_BS = f"051-{dg(3, '2345679')}-{dg(4)}"
PH_070 = f"070-{dg(4, '2345678')}-{dg(4)}"


# ---------------------------------------------------------------- disguises
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
NATIVE = dict(zip("0123456789", ["공", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"], strict=True))
EN = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))


def sino(s: str, sep: str = " ") -> str:
    """Digit-by-digit Sino-Korean reading, groups separated by `sep` (공일공 사팔이일 ...)."""
    return sep.join("".join(SINO[c] for c in g) for g in s.split("-"))


def native(s: str) -> str:
    """Digit-by-digit native-Korean reading (하나 둘 셋), groups separated by commas."""
    return ", ".join(" ".join(NATIVE[c] for c in g) for g in s.split("-"))


def words(s: str, sep: str = ", ") -> str:
    return sep.join(" ".join(EN[c] for c in g) for g in s.split("-"))


def fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def fw_mix(s: str) -> str:
    """Every other digit full-width, as an IME left half-on."""
    out, k = [], 0
    for c in s:
        if c.isdigit():
            out.append(chr(ord(c) + 0xFEE0) if k % 2 else c)
            k += 1
        else:
            out.append(c)
    return "".join(out)


def zw(s: str, ch: str = "\u200b") -> str:
    return ch.join(s)


def spaced(s: str) -> str:
    return " ".join(s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def hexed(s: str) -> str:
    return s.encode().hex()


def pct_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def commas(s: str) -> str:
    d = "".join(c for c in s if c.isdigit())
    return f"{int(d):,}" if d[0] != "0" else d


def bold_groups(s: str, tag: str = "b") -> str:
    """Each dash group wrapped in its own tag; the value's first and last characters stay outside the outer tags."""
    parts = s.split("-")
    return f"</{tag}>-<{tag}>".join(parts)


# ---------------------------------------------------------------- cases
CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ================================================================ positives
# --- police
add(
    "ko",
    P,
    f"사건 경위서 초안인데 시간순으로 다시 정리하고 맞춤법 봐줘.\n\n1. 신고일시: 2024. 11. 16.(토) 23:41\n2. 신고자(피해자): 한소율(여, {RRN_A}) / 연락처 {PH[0]}\n3. 발생장소: 서울특별시 마포구 와우산로 94 앞 노상\n4. 경위: 피해자 한소율은 귀가 중 성명불상 남성에게 휴대전화를 날치기당하였다며 112에 신고함. 현장 도착 시 피해자는 정문 앞 편의점에 대피해 있었음.",
    [
        ("PERSON", "한소율"),
        ("KR_RRN", RRN_A),
        ("PHONE_NUMBER", PH[0]),
        ("LOCATION", "서울특별시 마포구 와우산로 94"),
        ("PERSON", "한소율"),
    ],
)
add(
    "ko",
    P,
    f"피의자 진술 요지를 3줄로 요약해줘.\n\n피의자 권민석(41세, 주거: 인천광역시 부평구 부흥로 264, 3동 802호, 휴대전화 {PH[1]})은 2024. 10. 3. 02:10경 주점 앞에서 피해자 조예린과 시비가 붙어 밀친 사실은 인정하나 주먹으로 때린 사실은 없다고 진술함. 권민석은 당시 만취 상태였다고 함.",
    [
        ("PERSON", "권민석"),
        ("LOCATION", "인천광역시 부평구 부흥로 264, 3동 802호"),
        ("PHONE_NUMBER", PH[1]),
        ("PERSON", "조예린"),
        ("PERSON", "권민석"),
    ],
)
add(
    "ko",
    P,
    f"교통사고 발생보고 양식에 맞게 옮겨줘.\n가해차량: 12가3456 쏘나타, 운전자 배준호 (면허번호 {DL_A}, 연락처 {PH[2]})\n피해차량: 34나7788 모닝, 운전자 송다인 (면허번호 {DL_B}, 연락처 {PH[3]})\n장소: 경기도 용인시 수지구 풍덕천로 120 교차로\n피해: 송다인 경추 염좌 2주 진단",
    [
        ("PERSON", "배준호"),
        ("KR_DRIVER_LICENSE", DL_A),
        ("PHONE_NUMBER", PH[2]),
        ("PERSON", "송다인"),
        ("KR_DRIVER_LICENSE", DL_B),
        ("PHONE_NUMBER", PH[3]),
        ("LOCATION", "경기도 용인시 수지구 풍덕천로 120"),
        ("PERSON", "송다인"),
    ],
)
add(
    "ko",
    P,
    f"실종아동 신고 접수 내용 정리해서 공조요청 문안 만들어줘. 아동 이름 서지우(만 9세), 보호자 모 서현정 {PH[4]}, 최종 목격 장소 대전광역시 서구 둔산로 100 인근 학원 건물, 인상착의 노란 우비.",
    [("PERSON", "서지우"), ("PERSON", "서현정"), ("PHONE_NUMBER", PH[4]), ("LOCATION", "대전광역시 서구 둔산로 100")],
)
add(
    "mixed",
    P,
    f"Translate this incident summary into English for the embassy liaison.\n\n외국인 피해자 Nguyen Thi Lan(외국인등록번호 {ARN_B}, 연락처 {PH[5]})은 2024. 11. 2. 경상남도 김해시 가야로 331 소재 공장 기숙사에서 지갑을 도난당했다고 신고함. 통역은 Nguyen 씨의 동료가 맡음.",
    [
        ("PERSON", "Nguyen Thi Lan"),
        ("KR_ALIEN_REG", ARN_B),
        ("PHONE_NUMBER", PH[5]),
        ("LOCATION", "경상남도 김해시 가야로 331"),
        ("PERSON", "Nguyen"),
    ],
)
# --- legal aid / court
add(
    "ko",
    P,
    f"법률구조 상담신청서 내용인데 쟁점만 뽑아줘.\n\n신청인: 양은비 / 주민등록번호 {RRN_E}\n주소: 광주광역시 북구 우치로 77, 102동 1503호\n연락처: {PH[6]}\n상대방: 문성호 (임대인), 연락처 {PH[7]}\n내용: 계약 만료 후 3개월이 지났는데 보증금 5,000만원을 돌려주지 않음. 문성호는 새 임차인이 들어와야 준다고 함.",
    [
        ("PERSON", "양은비"),
        ("KR_RRN", RRN_E),
        ("LOCATION", "광주광역시 북구 우치로 77, 102동 1503호"),
        ("PHONE_NUMBER", PH[6]),
        ("PERSON", "문성호"),
        ("PHONE_NUMBER", PH[7]),
        ("PERSON", "문성호"),
    ],
)
add(
    "mixed",
    P,
    f"국선변호인 선정청구서 빈칸 채워줘.\n피고인 성명: Batbayar Gantulga (몽골)\n외국인등록번호: {ARN_A}\n주거: 경기도 안산시 단원구 원곡로 45, 2층\n연락처: {PH[8]}\n청구 사유: 한국어 의사소통 곤란, 통역인 필요",
    [
        ("PERSON", "Batbayar Gantulga"),
        ("KR_ALIEN_REG", ARN_A),
        ("LOCATION", "경기도 안산시 단원구 원곡로 45, 2층"),
        ("PHONE_NUMBER", PH[8]),
    ],
)
add(
    "ko",
    P,
    f"지급명령 신청서 당사자 표시 부분 서식대로 정리 부탁.\n채권자 류재현 ({RRN_R}) 서울특별시 강서구 공항대로 247, 7층 705호 / 전화 {PH[9]}\n채무자 주식회사 한빛인테리어 (법인등록번호 {CRN_A}) 대표이사 남궁민수, 경기도 고양시 일산동구 중앙로 1036",
    [
        ("PERSON", "류재현"),
        ("KR_RRN", RRN_R),
        ("LOCATION", "서울특별시 강서구 공항대로 247, 7층 705호"),
        ("PHONE_NUMBER", PH[9]),
        ("KR_CRN", CRN_A),
        ("PERSON", "남궁민수"),
        ("LOCATION", "경기도 고양시 일산동구 중앙로 1036"),
    ],
)
add(
    "ko",
    P,
    f"개인회생 상담 메모야. 변제계획 초안 잡을 때 참고할 항목 리스트로 만들어줘.\n- 채무자 황보영진, 48세, 주민번호 {RRN_P}\n- 월 소득 세후 312만원, 부양가족 2\n- 급여 입금 계좌: 우리은행 {ACC_WR}\n- 연락: {PH[10]} (오후 6시 이후)",
    [("PERSON", "황보영진"), ("KR_RRN", RRN_P), ("BANK_ACCOUNT", ACC_WR), ("PHONE_NUMBER", PH[10])],
)
# --- tax
add(
    "ko",
    P,
    f"종합소득세 환급 지연 민원 답변서 초안 써줘.\n\n민원인: 류하늘 (주민등록번호 {RRN_K})\n사업자등록번호: {BRN_A} (상호: 하늘공방)\n환급계좌: 신한은행 {ACC_SH}\n요지: 5월에 신고했는데 환급금 842,000원이 아직 입금 안 됨. 류하늘 님은 계좌 변경 여부 확인 요청.",
    [("PERSON", "류하늘"), ("KR_RRN", RRN_K), ("KR_BRN", BRN_A), ("BANK_ACCOUNT", ACC_SH), ("PERSON", "류하늘")],
)
add(
    "ko",
    P,
    f"법인세 경정청구 공문 초안 부탁해.\n청구법인: 주식회사 서진테크\n사업자등록번호 {BRN_B}, 법인등록번호 {CRN_B}\n대표자: 안서현\n담당: 재무팀 오세훈 과장 {PH_SEOUL} / sehoon.oh@seojintech.co.kr\n환급받을 계좌: 기업은행 {ACC_IBK}",
    [
        ("KR_BRN", BRN_B),
        ("KR_CRN", CRN_B),
        ("PERSON", "안서현"),
        ("PERSON", "오세훈"),
        ("PHONE_NUMBER", PH_SEOUL),
        ("EMAIL_ADDRESS", "sehoon.oh@seojintech.co.kr"),
        ("BANK_ACCOUNT", ACC_IBK),
    ],
)
add(
    "ko",
    P,
    f"연말정산 부양가족 공제 누락 건 세무서 문의 메일 써줘. 나 정하은({RRN_G})이고 어머니 김옥순({RRN_I}) 기본공제 추가하려고 함. 회신은 haeun.jung88@gmail.com 으로.",
    [
        ("PERSON", "정하은"),
        ("KR_RRN", RRN_G),
        ("PERSON", "김옥순"),
        ("KR_RRN", RRN_I),
        ("EMAIL_ADDRESS", "haeun.jung88@gmail.com"),
    ],
)
add(
    "en",
    P,
    f"Draft a polite follow-up to the NTS about my refund. Details: name Olivia Bennett, alien registration no. {ARN_E}, refund account Hana Bank {ACC_HN}, phone {PH[11]}. I filed on May 29 and still have not received the 1,130,000 KRW refund.",
    [("PERSON", "Olivia Bennett"), ("KR_ALIEN_REG", ARN_E), ("BANK_ACCOUNT", ACC_HN), ("PHONE_NUMBER", PH[11])],
)
# --- military
add(
    "ko",
    P,
    f"병적증명서 발급 대행 위임장 문구 만들어줘.\n위임인: 전우진, 주민등록번호 {RRN_M}, 주소 충청북도 청주시 흥덕구 가경로 161, 104동 1102호\n수임인: 전상철 (부), 연락처 {PH[12]}\n군번 17-71234586, 육군 병장 만기전역",
    [
        ("PERSON", "전우진"),
        ("KR_RRN", RRN_M),
        ("LOCATION", "충청북도 청주시 흥덕구 가경로 161, 104동 1102호"),
        ("PERSON", "전상철"),
        ("PHONE_NUMBER", PH[12]),
    ],
)
add(
    "ko",
    P,
    f"예비군 동원훈련 연기 신청 사유서 다듬어줘. 저는 강지훈이고 연락처 {PH[13]}, 주소 경상북도 포항시 남구 대잠동길 23, 3층입니다. 해외출장(여권번호 {PASS_A})으로 훈련 기간에 국내에 없습니다.",
    [
        ("PERSON", "강지훈"),
        ("PHONE_NUMBER", PH[13]),
        ("LOCATION", "경상북도 포항시 남구 대잠동길 23, 3층"),
        ("KR_PASSPORT", PASS_A),
    ],
)
add(
    "ko",
    P,
    f"병역판정검사 결과 통보 안내문 만들어줘. 대상: 윤도윤 ({RRN_H}), 판정 4급(사회복무요원), 통보 주소 전라북도 전주시 완산구 효자로 225, 연락처 {PH[14]}.",
    [
        ("PERSON", "윤도윤"),
        ("KR_RRN", RRN_H),
        ("LOCATION", "전라북도 전주시 완산구 효자로 225"),
        ("PHONE_NUMBER", PH[14]),
    ],
)
# --- 주민센터
add(
    "ko",
    P,
    f"전입신고서 내용 확인하고 빠진 항목 있는지 봐줘.\n신고인: 고은채 ({RRN_Q}) 전화 {PH[15]}\n전 주소: 서울특별시 성북구 보문로 168, 2층\n현 주소: 경기도 남양주시 다산중앙로 19, 605동 1804호\n세대원: 고하준 (자, {RRN_NEW1})",
    [
        ("PERSON", "고은채"),
        ("KR_RRN", RRN_Q),
        ("PHONE_NUMBER", PH[15]),
        ("LOCATION", "서울특별시 성북구 보문로 168, 2층"),
        ("LOCATION", "경기도 남양주시 다산중앙로 19, 605동 1804호"),
        ("PERSON", "고하준"),
        ("KR_RRN", RRN_NEW1),
    ],
)
add(
    "ko",
    P,
    f"주민센터 민원 메모 정리해서 팀장님 보고용 한 문단으로 써줘: 11/20 방문 민원인 신유나 님({PH[16]})이 사망한 부친 신재식({RRN_F}) 명의 인감 말소 절차 문의. 주소지는 부산광역시 동래구 충렬대로 237번길 14. 가족관계증명서 지참 안내함.",
    [
        ("PERSON", "신유나"),
        ("PHONE_NUMBER", PH[16]),
        ("PERSON", "신재식"),
        ("KR_RRN", RRN_F),
        ("LOCATION", "부산광역시 동래구 충렬대로 237번길 14"),
    ],
)
add(
    "ko",
    P,
    f"기초연금 신청 접수 내역 엑셀 붙여넣은 거야, 누락된 서류만 알려줘\n접수일\t성명\t주민등록번호\t연락처\t서류\n11-25\t이말순\t{RRN_I}\t{PH_BS}\t신청서,통장사본\n11-25\t박용기\t{RRN_F}\t{PH[17]}\t신청서\n11-26\t최정자\t{RRN_T}\t{PH[18]}\t신청서,금융정보동의서",
    [
        ("PERSON", "이말순"),
        ("KR_RRN", RRN_I),
        ("PHONE_NUMBER", PH_BS),
        ("PERSON", "박용기"),
        ("KR_RRN", RRN_F),
        ("PHONE_NUMBER", PH[17]),
        ("PERSON", "최정자"),
        ("KR_RRN", RRN_T),
        ("PHONE_NUMBER", PH[18]),
    ],
)
# --- 보건소
add(
    "ko",
    P,
    f"예방접종 누락 안내 문자 문안 만들어줘.\n대상 아동: 이서아 ({RRN_NEW2}) - MMR 2차 미접종\n보호자: 이도현 {PH[19]}\n주소: 세종특별자치시 한누리대로 2130, 1203동 402호",
    [
        ("PERSON", "이서아"),
        ("KR_RRN", RRN_NEW2),
        ("PERSON", "이도현"),
        ("PHONE_NUMBER", PH[19]),
        ("LOCATION", "세종특별자치시 한누리대로 2130, 1203동 402호"),
    ],
)
add(
    "ko",
    P,
    f"보건소 결핵 검진 결과 통보서 작성 도와줘. 수검자 최민재, 주민등록번호 {RRN_J}, 건강보험증번호 {HI_A}, 흉부 X선 이상소견 없음. 결과지 발송 주소: 강원특별자치도 춘천시 중앙로 42, 5층.",
    [
        ("PERSON", "최민재"),
        ("KR_RRN", RRN_J),
        ("KR_HEALTH_INSURANCE", HI_A),
        ("LOCATION", "강원특별자치도 춘천시 중앙로 42, 5층"),
    ],
)
add(
    "ko",
    P,
    f"치매안심센터 등록 대상자 명단 요약해줘\n1) 박순례 ({RRN_T}) 보호자 딸 {PH[20]}\n2) 김덕배 ({RRN_P}) 보호자 아들 {PH[21]}\n두 분 다 건강보험 {HI_B}, {HI_D} 확인 완료",
    [
        ("PERSON", "박순례"),
        ("KR_RRN", RRN_T),
        ("PHONE_NUMBER", PH[20]),
        ("PERSON", "김덕배"),
        ("KR_RRN", RRN_P),
        ("PHONE_NUMBER", PH[21]),
        ("KR_HEALTH_INSURANCE", HI_B),
        ("KR_HEALTH_INSURANCE", HI_D),
    ],
)
add(
    "mixed",
    P,
    f"Make an English version of this vaccination certificate request.\n성명: Maria Santos / 외국인등록번호 {ARN_B}\n여권번호: {PASS_B}\n접종: 인플루엔자 2024-10-14, 보건소 재발급 요청\n연락처 {PH[22]}",
    [("PERSON", "Maria Santos"), ("KR_ALIEN_REG", ARN_B), ("KR_PASSPORT", PASS_B), ("PHONE_NUMBER", PH[22])],
)
# --- 고용센터
add(
    "ko",
    P,
    f"실업급여 수급자격 신청 내용 정리해서 이직사유 부분만 자연스럽게 고쳐줘.\n성명 임건우 / {RRN_S}\n전 직장: (주)대명물류, 사업자번호 {BRN_C}\n이직일 2024-10-31, 사유: 권고사직(경영상 이유)\n구직급여 입금계좌: 국민은행 {ACC_KB}\n연락처 {PH[23]}",
    [("PERSON", "임건우"), ("KR_RRN", RRN_S), ("KR_BRN", BRN_C), ("BANK_ACCOUNT", ACC_KB), ("PHONE_NUMBER", PH[23])],
)
add(
    "ko",
    P,
    f"고용센터 상담일지 요약 부탁: 내담자 오태윤({PH[24]}) 국민취업지원제도 1유형 참여 희망, 희망 직종 전기기사. 주소지 울산광역시 남구 삼산로 282, 1101호. 참여수당 계좌는 카카오뱅크 {ACC_KK}.",
    [
        ("PERSON", "오태윤"),
        ("PHONE_NUMBER", PH[24]),
        ("LOCATION", "울산광역시 남구 삼산로 282, 1101호"),
        ("BANK_ACCOUNT", ACC_KK),
    ],
)
add(
    "ko",
    P,
    f"육아휴직급여 신청서 사업주 확인란 작성 예시 써줘. 근로자 김나연({RRN_L}), 사업장 주식회사 온누리소프트 사업자등록번호 {BRN_D}, 인사담당 {PH_GG}.",
    [("PERSON", "김나연"), ("KR_RRN", RRN_L), ("KR_BRN", BRN_D), ("PHONE_NUMBER", PH_GG)],
)
# --- 공무원 연가/출장
add(
    "ko",
    P,
    f"출장 신청서 목적 칸 문장 다듬어줘.\n출장자: 기획예산과 주무관 홍나래\n기간: 12/4~12/6, 출장지: 제주 국제컨벤션센터\n비상연락처: {PH[25]}\n법인카드: {CARD_A} (NH)\n목적: 지방재정 포럼 참석하고 우수사례 발표",
    [("PERSON", "홍나래"), ("PHONE_NUMBER", PH[25]), ("CREDIT_CARD", CARD_A)],
)
add(
    "ko",
    P,
    f"연가 신청 사유 공손하게 바꿔줘: '장모님 수술' 이라고만 써놨음. 신청자 문지호, 연가 중 연락처 {PH[26]}, 대리 근무자 양승민 주무관.",
    [("PERSON", "문지호"), ("PHONE_NUMBER", PH[26]), ("PERSON", "양승민")],
)
add(
    "ko",
    P,
    f"국외출장 계획서에 들어갈 출장자 명단 표로 만들어줘.\n- 도시재생과 팀장 박정민, 여권 {PASS_C}, {PH[27]}\n- 도시재생과 주무관 유하린, 여권 {PASS_D}, {PH[28]}\n방문국: 일본 요코하마시청",
    [
        ("PERSON", "박정민"),
        ("KR_PASSPORT", PASS_C),
        ("PHONE_NUMBER", PH[27]),
        ("PERSON", "유하린"),
        ("KR_PASSPORT", PASS_D),
        ("PHONE_NUMBER", PH[28]),
    ],
)
# --- council minutes
add(
    "ko",
    P,
    f"구의회 회의록 발췌인데 민원 내용만 요약해줘.\n\n○위원장: 다음은 청원 제12호 처리 건입니다. 청원인 나윤호 씨, 주소 서울특별시 도봉구 방학로 201, 4동 207호 거주자로, 방학천 산책로 가로등 설치를 요청했습니다. 청원인 연락처는 {PH[29]}로 되어 있습니다.\n○전문위원: 현장 확인 결과 조도 기준 미달입니다.",
    [("PERSON", "나윤호"), ("LOCATION", "서울특별시 도봉구 방학로 201, 4동 207호"), ("PHONE_NUMBER", PH[29])],
)
add(
    "ko",
    P,
    f"군의회 행정사무감사 회의록에서 개인정보 나오는 부분 뭔지 알려주고 요약해줘: '...보조금 수령자 표명희 씨({RRN_N}) 명의 농협 계좌 {ACC_NH}로 2회 중복 지급된 사실이 확인되었으며...'",
    [("PERSON", "표명희"), ("KR_RRN", RRN_N), ("BANK_ACCOUNT", ACC_NH)],
)
# --- HR disciplinary
add(
    "ko",
    P,
    f"징계의결요구서 초안 검토해줘.\n대상자: 영업2팀 대리 차은우 (사번 20190473)\n비위사실: 2024. 9. ~ 10. 기간 중 거래처 담당자 남기현에게 법인카드({CARD_B})로 총 11회 향응 제공\n연락처: {PH[30]}\n요구 징계: 감봉",
    [("PERSON", "차은우"), ("PERSON", "남기현"), ("CREDIT_CARD", CARD_B), ("PHONE_NUMBER", PH[30])],
)
add(
    "en",
    P,
    f"Please tighten this disciplinary memo, keep it neutral.\n\nTo: Daniel Harper\nRe: Final written warning\nDaniel, on November 12 you accessed customer records from an unregistered device (IP 175.223.17.88) outside working hours. This follows the verbal warning given by Priya Raman on October 2. Contact HR at hr-cases@northwind-kr.com or {PH[31]}.",
    [
        ("PERSON", "Daniel Harper"),
        ("PERSON", "Daniel"),
        ("IP_ADDRESS", "175.223.17.88"),
        ("PERSON", "Priya Raman"),
        ("EMAIL_ADDRESS", "hr-cases@northwind-kr.com"),
        ("PHONE_NUMBER", PH[31]),
    ],
)
add(
    "ko",
    P,
    "인사위원회 회의 결과 통지문 써줘. 피징계자 조태민(사번 K-3391)에게 정직 1개월 의결, 통지 주소 경기도 화성시 동탄대로 537, 2204동 901호, 이의신청은 30일 이내. 참고로 신고자는 같은 팀 우서윤.",
    [("PERSON", "조태민"), ("LOCATION", "경기도 화성시 동탄대로 537, 2204동 901호"), ("PERSON", "우서윤")],
)
# --- insurance
add(
    "ko",
    P,
    f"실손보험 청구서 대신 작성해줘.\n피보험자: 박서연, 주민등록번호 {RRN_G}\n진료기관: 분당서울대병원, 진료일 2024-11-08, 본인부담금 187,400원\n결제카드: {CARD_G}\n보험금 수령계좌: 토스뱅크 {ACC_TOSS}\n연락처 {PH[32]}",
    [
        ("PERSON", "박서연"),
        ("KR_RRN", RRN_G),
        ("CREDIT_CARD", CARD_G),
        ("BANK_ACCOUNT", ACC_TOSS),
        ("PHONE_NUMBER", PH[32]),
    ],
)
add(
    "ko",
    P,
    f"자동차보험 사고접수 메모를 보험사 양식 문장으로 바꿔줘: 피보험자 노승철 {PH[33]}, 운전면허 {DL_C}, 상대 운전자 하지민 {PH[34]}, 사고 장소 인천광역시 연수구 컨벤시아대로 165 지하주차장 B2, 후진 중 접촉.",
    [
        ("PERSON", "노승철"),
        ("PHONE_NUMBER", PH[33]),
        ("KR_DRIVER_LICENSE", DL_C),
        ("PERSON", "하지민"),
        ("PHONE_NUMBER", PH[34]),
        ("LOCATION", "인천광역시 연수구 컨벤시아대로 165"),
    ],
)
add(
    "en",
    P,
    f"Summarise this travel insurance claim for the adjuster.\nClaimant: Yoon Seo-jin (Korean passport {PASS_E})\nTravel companion: Ethan Cole, alien reg. {ARN_D}\nIncident: bag stolen at Barcelona Sants on 3 Nov\nReimbursement to card {CARD_D}\nEmail seojin.yoon.travels@outlook.com",
    [
        ("PERSON", "Yoon Seo-jin"),
        ("KR_PASSPORT", PASS_E),
        ("PERSON", "Ethan Cole"),
        ("KR_ALIEN_REG", ARN_D),
        ("CREDIT_CARD", CARD_D),
        ("EMAIL_ADDRESS", "seojin.yoon.travels@outlook.com"),
    ],
)
add(
    "ko",
    P,
    f"상해보험 사망보험금 청구 서류 목록 안내해줘. 피보험자 故 염상훈({RRN_D}), 수익자 배우자 진미경({RRN_N}), 수령계좌 농협 {ACC_NH2}, 연락처 {PH[35]}.",
    [
        ("PERSON", "염상훈"),
        ("KR_RRN", RRN_D),
        ("PERSON", "진미경"),
        ("KR_RRN", RRN_N),
        ("BANK_ACCOUNT", ACC_NH2),
        ("PHONE_NUMBER", PH[35]),
    ],
)
# --- telecom customer service
add(
    "ko",
    P,
    f"상담 녹취 전사본인데 상담 품질 평가 코멘트 써줘.\n\n상담사: 네 고객님, 명의자 성함 말씀 부탁드립니다.\n고객: 심재훈이요.\n상담사: 가입하신 번호가 {PH[36]} 맞으실까요?\n고객: 네.\n상담사: 요금 자동이체 카드 {CARD_C} 로 변경 완료되었습니다. 유심은 서울특별시 송파구 올림픽로 300, 31층 으로 발송해 드릴게요.",
    [
        ("PERSON", "심재훈"),
        ("PHONE_NUMBER", PH[36]),
        ("CREDIT_CARD", CARD_C),
        ("LOCATION", "서울특별시 송파구 올림픽로 300, 31층"),
    ],
)
add(
    "ko",
    P,
    f"통신사 명의도용 신고 접수 내용 요약해줘. 신고인 변지수({RRN_L[:6]}생) 본인 모르게 {PH[37]} 회선이 개통됨. 개통 매장 인터넷 주문 접속 IP 58.229.104.31, 본인 회선은 {PH[38]}. 본인 주민등록번호 {RRN_L} 유출 의심.",
    [
        ("PERSON", "변지수"),
        ("PHONE_NUMBER", PH[37]),
        ("IP_ADDRESS", "58.229.104.31"),
        ("PHONE_NUMBER", PH[38]),
        ("KR_RRN", RRN_L),
    ],
)
add(
    "en",
    P,
    f"Rewrite this chat transcript into a ticket summary.\n\nAgent: Can I have the account holder's name?\nCustomer: Liam O'Connor.\nAgent: And the roaming number you're calling about?\nCustomer: +82 10-{PH[39][4:]}.\nAgent: I've sent the verification link to liam.oconnor@proton.me. Your alien registration number ending is fine, I just need the full one for the record.\nCustomer: {ARN_C}.",
    [
        ("PERSON", "Liam O'Connor"),
        ("PHONE_NUMBER", f"+82 10-{PH[39][4:]}"),
        ("EMAIL_ADDRESS", "liam.oconnor@proton.me"),
        ("KR_ALIEN_REG", ARN_C),
    ],
)
add(
    "ko",
    P,
    f"인터넷 설치 기사 배정 메시지 만들어줘: 고객 길현우 님, 설치 주소 대구광역시 수성구 동대구로 366, 110동 1906호, 연락처 {PH[40]}, 희망일 12/2 오전, 공유기 관리 IP 192.168.0.114 고정 요청.",
    [
        ("PERSON", "길현우"),
        ("LOCATION", "대구광역시 수성구 동대구로 366, 110동 1906호"),
        ("PHONE_NUMBER", PH[40]),
        ("IP_ADDRESS", "192.168.0.114"),
    ],
)
# --- lease contracts
add(
    "ko",
    P,
    f"임대차계약서 특약사항 검토해줘. 당사자 표시 부분 같이 붙여.\n\n임대인: 구본철 ({RRN_D}) 주소: 서울특별시 동작구 상도로 55, 3층 / 전화 {PH[41]}\n임차인: 도하람 ({RRN_C}) 주소: 전라남도 순천시 중앙로 93\n소재지: 서울특별시 동작구 상도로 55, 2층 201호\n보증금 입금계좌: 국민 {ACC_KB2} (예금주 구본철)\n특약: 반려동물 금지, 퇴거 시 도배 원상복구",
    [
        ("PERSON", "구본철"),
        ("KR_RRN", RRN_D),
        ("LOCATION", "서울특별시 동작구 상도로 55, 3층"),
        ("PHONE_NUMBER", PH[41]),
        ("PERSON", "도하람"),
        ("KR_RRN", RRN_C),
        ("LOCATION", "전라남도 순천시 중앙로 93"),
        ("LOCATION", "서울특별시 동작구 상도로 55, 2층 201호"),
        ("BANK_ACCOUNT", ACC_KB2),
        ("PERSON", "구본철"),
    ],
)
add(
    "ko",
    P,
    f"전월세 신고 누락 과태료 안내문 문구 써줘. 계약 당사자: 임대인 성기룡 {PH[42]}, 임차인 탁수빈 {PH[43]}, 주택 소재지 경기도 안양시 동안구 시민대로 230, 803호. 중개사무소 사업자번호 {BRN_E}.",
    [
        ("PERSON", "성기룡"),
        ("PHONE_NUMBER", PH[42]),
        ("PERSON", "탁수빈"),
        ("PHONE_NUMBER", PH[43]),
        ("LOCATION", "경기도 안양시 동안구 시민대로 230, 803호"),
        ("KR_BRN", BRN_E),
    ],
)
add(
    "en",
    P,
    f"Check this English summary of my lease for mistakes.\nLandlord: Mr. Kwon Tae-seok, phone {PH[44]}\nTenant: Sophie Laurent (ARC {ARN_E})\nPremises: Unit 502, 17 Itaewon-ro 27ga-gil, Yongsan-gu, Seoul 04349\nDeposit of KRW 10,000,000 paid to Shinhan {ACC_SH2}. Kwon agreed to fix the boiler before move-in.",
    [
        ("PERSON", "Kwon Tae-seok"),
        ("PHONE_NUMBER", PH[44]),
        ("PERSON", "Sophie Laurent"),
        ("KR_ALIEN_REG", ARN_E),
        ("LOCATION", "Unit 502, 17 Itaewon-ro 27ga-gil, Yongsan-gu, Seoul 04349"),
        ("BANK_ACCOUNT", ACC_SH2),
        ("PERSON", "Kwon"),
    ],
)
# --- university admissions
add(
    "ko",
    P,
    f"수시 원서 접수 확인 메일 초안 써줘.\n지원자: 엄지원 / 주민등록번호 {RRN_O}\n수험번호 2025-10384\n이메일 jiwon.eom05@naver.com / 휴대전화 {PH[45]}\n보호자(모) 연락처 {PH[46]}\n주소 경상남도 창원시 성산구 중앙대로 151, 303동 1202호",
    [
        ("PERSON", "엄지원"),
        ("KR_RRN", RRN_O),
        ("EMAIL_ADDRESS", "jiwon.eom05@naver.com"),
        ("PHONE_NUMBER", PH[45]),
        ("PHONE_NUMBER", PH[46]),
        ("LOCATION", "경상남도 창원시 성산구 중앙대로 151, 303동 1202호"),
    ],
)
add(
    "ko",
    P,
    f"대학원 입학 추천서 제출 안내 메일 다듬어줘. 받는 사람: 추천인 교수님 (winston.baek@snu.ac.kr), 지원자 이름 남가온, 지원자 연락처 {PH[47]}. 마감은 12월 6일 17시.",
    [("EMAIL_ADDRESS", "winston.baek@snu.ac.kr"), ("PERSON", "남가온"), ("PHONE_NUMBER", PH[47])],
)
add(
    "en",
    P,
    f"Draft an admission offer email.\nApplicant: Aisha Rahman, passport no. (Bangladesh) BX0412876, Korean ARC {ARN_C}\nProgram: MS in Data Science, Fall 2025\nEmail: aisha.rahman.bd@gmail.com, mobile {PH[48]}\nScholarship deposit to be paid to her Woori account {ACC_WR}.",
    [
        ("PERSON", "Aisha Rahman"),
        ("KR_ALIEN_REG", ARN_C),
        ("EMAIL_ADDRESS", "aisha.rahman.bd@gmail.com"),
        ("PHONE_NUMBER", PH[48]),
        ("BANK_ACCOUNT", ACC_WR),
    ],
)
add(
    "ko",
    P,
    f"장학금 지급 명단 확인해줘, 학번 말고 계좌 형식 이상한 거 있나?\n학번\t성명\t은행\t계좌번호\n20231187\t채서윤\t신한\t{ACC_SH}\n20231204\t표재민\t카카오뱅크\t{ACC_KK}\n20240015\t방소희\t우체국\t{ACC_POST}",
    [
        ("PERSON", "채서윤"),
        ("BANK_ACCOUNT", ACC_SH),
        ("PERSON", "표재민"),
        ("BANK_ACCOUNT", ACC_KK),
        ("PERSON", "방소희"),
        ("BANK_ACCOUNT", ACC_POST),
    ],
)
# --- Jira tickets
add(
    "mixed",
    P,
    f"이 Jira 티켓 내용 보고 재현 절차 정리해줘.\n\nPAY-4821 [결제] 특정 고객 카드 승인 실패\nReporter: cs.kimyr@mallkorea.co.kr\nDescription: 고객 석동민 ({PH[49]}) 주문 시 카드 {CARD_H} 승인 거절(코드 51). client_ip=121.165.43.209, 동일 카드로 앱에서는 정상.\nPriority: High",
    [
        ("EMAIL_ADDRESS", "cs.kimyr@mallkorea.co.kr"),
        ("PERSON", "석동민"),
        ("PHONE_NUMBER", PH[49]),
        ("CREDIT_CARD", CARD_H),
        ("IP_ADDRESS", "121.165.43.209"),
    ],
)
add(
    "en",
    P,
    f"Turn this Jira bug into a concise description.\n\nOPS-1377 Login lockout for user\nAssignee: Grace Min\nSteps: user jordan.ellis@brightwave.io locked after 5 attempts from 203.246.112.9; internal bastion 10.20.31.45 shows the same.\nComment (Grace Min): called Jordan at {PH[50]}, confirmed not him.",
    [
        ("PERSON", "Grace Min"),
        ("EMAIL_ADDRESS", "jordan.ellis@brightwave.io"),
        ("IP_ADDRESS", "203.246.112.9"),
        ("IP_ADDRESS", "10.20.31.45"),
        ("PERSON", "Grace Min"),
        ("PERSON", "Jordan"),
        ("PHONE_NUMBER", PH[50]),
    ],
)
add(
    "mixed",
    P,
    f"CS-902 티켓 댓글 정리해서 고객 답변으로 바꿔줘.\n> [댓글] 배송지 변경 요청: 충청남도 천안시 서북구 불당대로 140, 1402호 → 수령인 변경 모세린 {PH[51]}\n> [댓글] 환불 계좌 하나은행 {ACC_HN} 확인 완료",
    [
        ("LOCATION", "충청남도 천안시 서북구 불당대로 140, 1402호"),
        ("PERSON", "모세린"),
        ("PHONE_NUMBER", PH[51]),
        ("BANK_ACCOUNT", ACC_HN),
    ],
)
# --- git diffs with fixtures
add(
    "mixed",
    P,
    f'이 PR diff 리뷰해줘. 테스트 픽스처에 실데이터 들어간 것 같은데?\n\n--- a/tests/fixtures/members.json\n+++ b/tests/fixtures/members.json\n@@ -3,6 +3,9 @@\n   {{\n-    "name": "테스트",\n+    "name": "왕지혜",\n+    "rrn": "{RRN_E}",\n+    "phone": "{PH[52]}",\n+    "card": "{CARD_I}"\n   }}',
    [("PERSON", "왕지혜"), ("KR_RRN", RRN_E), ("PHONE_NUMBER", PH[52]), ("CREDIT_CARD", CARD_I)],
)
add(
    "en",
    P,
    f"Explain why this commit was reverted.\n\ncommit 9f2c41e7b0d3a6f1c8e5d4b2a7f9e0c1d3b5a7e9\nAuthor: Hyunwoo Seo <hyunwoo.seo@corp-dev.kr>\n\n    test: add seed user for staging\n\ndiff --git a/seed/users.sql b/seed/users.sql\n+INSERT INTO users (name, email, phone, last_ip) VALUES ('Ji-ho Park', 'jiho.park.94@naver.com', '{PH[53]}', '211.36.142.77');",
    [
        ("PERSON", "Hyunwoo Seo"),
        ("EMAIL_ADDRESS", "hyunwoo.seo@corp-dev.kr"),
        ("PERSON", "Ji-ho Park"),
        ("EMAIL_ADDRESS", "jiho.park.94@naver.com"),
        ("PHONE_NUMBER", PH[53]),
        ("IP_ADDRESS", "211.36.142.77"),
    ],
)
add(
    "mixed",
    P,
    f'이 diff 에서 뭐가 바뀐 건지 설명해줘\n\n-BIZ_REG_NO = "{BRN_F}"\n+BIZ_REG_NO = "{BRN_A}"\n CORP_REG_NO = "{CRN_C}"\n-CEO_NAME = "탁경수"\n+CEO_NAME = "어민정"',
    [("KR_BRN", BRN_F), ("KR_BRN", BRN_A), ("KR_CRN", CRN_C), ("PERSON", "탁경수"), ("PERSON", "어민정")],
)
# --- JSON API payloads
add(
    "mixed",
    P,
    f'이 API 요청 바디에서 필수값 빠진 거 찾아줘.\n\n{{\n  "applicant": {{"name": "봉수아", "rrn": "{RRN_Q}", "mobile": "{PH[54]}"}},\n  "address": {{"road": "서울특별시 은평구 통일로 684, 1동 301호", "zip": "03306"}},\n  "refund": {{"bank": "088", "account": "{ACC_SH2}"}}\n}}',
    [
        ("PERSON", "봉수아"),
        ("KR_RRN", RRN_Q),
        ("PHONE_NUMBER", PH[54]),
        ("LOCATION", "서울특별시 은평구 통일로 684, 1동 301호"),
        ("BANK_ACCOUNT", ACC_SH2),
    ],
)
add(
    "en",
    P,
    f'Why does this webhook payload fail schema validation?\n\n{{"event":"payment.failed","customer":{{"email":"noah.kim@wavemail.net","phone":"+82-10-{PH[55][4:]}","ip":"112.171.58.203"}},"card":{{"number":"{CARD_F}","exp":"09/27"}}}}',
    [
        ("EMAIL_ADDRESS", "noah.kim@wavemail.net"),
        ("PHONE_NUMBER", f"+82-10-{PH[55][4:]}"),
        ("IP_ADDRESS", "112.171.58.203"),
        ("CREDIT_CARD", CARD_F),
    ],
)
add(
    "mixed",
    P,
    f'응답 JSON 구조 설명해줘\n{{"status":200,"data":{{"driver":{{"name":"맹준영","license_no":"{DL_D}","tel":"{PH[56]}"}},"vehicle":"45모1234"}}}}',
    [("PERSON", "맹준영"), ("KR_DRIVER_LICENSE", DL_D), ("PHONE_NUMBER", PH[56])],
)
# --- pandas printouts
add(
    "mixed",
    P,
    f"DataFrame 출력인데 phone 컬럼 형식 통일하는 코드 짜줘\n\n      name           phone            account\n0   하승우   {PH[57]}   {ACC_KB}\n1   국예은   {PH[58]}   {ACC_NH}\n2  Tran Van Minh   {PH[59]}   {ACC_POST}",
    [
        ("PERSON", "하승우"),
        ("PHONE_NUMBER", PH[57]),
        ("BANK_ACCOUNT", ACC_KB),
        ("PERSON", "국예은"),
        ("PHONE_NUMBER", PH[58]),
        ("BANK_ACCOUNT", ACC_NH),
        ("PERSON", "Tran Van Minh"),
        ("PHONE_NUMBER", PH[59]),
        ("BANK_ACCOUNT", ACC_POST),
    ],
)
add(
    "en",
    P,
    "df.head() below, how do I drop rows where ip is private?\n\n   user_id             email              ip\n0     1042   mia.jang@outlook.kr   14.52.207.119\n1     1043   leo.choi@gmail.com    172.16.40.12\n2     1044   eun.seo@kakao.com     39.7.24.180",
    [
        ("EMAIL_ADDRESS", "mia.jang@outlook.kr"),
        ("IP_ADDRESS", "14.52.207.119"),
        ("EMAIL_ADDRESS", "leo.choi@gmail.com"),
        ("IP_ADDRESS", "172.16.40.12"),
        ("EMAIL_ADDRESS", "eun.seo@kakao.com"),
        ("IP_ADDRESS", "39.7.24.180"),
    ],
)
add(
    "mixed",
    P,
    f">>> df[df['gender']=='F']\n     성명         주민번호     건보번호\n3   편수진  {RRN_G}  {HI_A}\n7   소예나  {RRN_L}  {HI_D}\n이 결과에서 나이 컬럼 추가하는 법 알려줘",
    [
        ("PERSON", "편수진"),
        ("KR_RRN", RRN_G),
        ("KR_HEALTH_INSURANCE", HI_A),
        ("PERSON", "소예나"),
        ("KR_RRN", RRN_L),
        ("KR_HEALTH_INSURANCE", HI_D),
    ],
)
# --- Excel with merged cells
add(
    "ko",
    P,
    f"엑셀에서 병합된 셀 복사해서 붙였더니 이렇게 됐어. 세대별로 다시 묶어줘.\n세대주\t세대원\t관계\t주민등록번호\n방성훈\t방성훈\t본인\t{RRN_B}\n\t탁미진\t배우자\t{RRN_E}\n\t방서율\t자\t{RRN_NEW2}\n옥재석\t옥재석\t본인\t{RRN_J}",
    [
        ("PERSON", "방성훈"),
        ("PERSON", "방성훈"),
        ("KR_RRN", RRN_B),
        ("PERSON", "탁미진"),
        ("KR_RRN", RRN_E),
        ("PERSON", "방서율"),
        ("KR_RRN", RRN_NEW2),
        ("PERSON", "옥재석"),
        ("PERSON", "옥재석"),
        ("KR_RRN", RRN_J),
    ],
)
add(
    "ko",
    P,
    f"거래처 목록 엑셀인데 병합셀 풀어서 표로 정리해줘\n거래처명\t사업자번호\t담당자\t연락처\n(주)해솔식품\t{BRN_C}\t마동희\t{PH[60]}\n\t\t용하은\t{PH[61]}\n대성철물\t{BRN_F}\t반기태\t{PH_070}",
    [
        ("KR_BRN", BRN_C),
        ("PERSON", "마동희"),
        ("PHONE_NUMBER", PH[60]),
        ("PERSON", "용하은"),
        ("PHONE_NUMBER", PH[61]),
        ("KR_BRN", BRN_F),
        ("PERSON", "반기태"),
        ("PHONE_NUMBER", PH_070),
    ],
)
# --- LaTeX / markdown
add(
    "mixed",
    P,
    f"이 LaTeX 표 컴파일 에러 나는 이유 알려줘\n\\begin{{tabular}}{{|l|l|l|}}\n\\hline\n성명 & 이메일 & 연락처 \\\\\n\\hline\n연수아 & suah.yeon@postech.ac.kr & {PH[62]} \\\\\n제갈태오 & taeo.jegal@kaist.ac.kr & {PH[63]} \\\\\n\\hline\n\\end{{tabular}}",
    [
        ("PERSON", "연수아"),
        ("EMAIL_ADDRESS", "suah.yeon@postech.ac.kr"),
        ("PHONE_NUMBER", PH[62]),
        ("PERSON", "제갈태오"),
        ("EMAIL_ADDRESS", "taeo.jegal@kaist.ac.kr"),
        ("PHONE_NUMBER", PH[63]),
    ],
)
add(
    "ko",
    P,
    f"해외연수 참가자 마크다운 표 검토해줘\n\n| 이름 | 여권번호 | 만료일 | 비상연락처 |\n|---|---|---|---|\n| 설민호 | {PASS_A} | 2031-04-18 | {PH[64]} |\n| 육소윤 | {PASS_B} | 2029-11-02 | {PH[65]} |",
    [
        ("PERSON", "설민호"),
        ("KR_PASSPORT", PASS_A),
        ("PHONE_NUMBER", PH[64]),
        ("PERSON", "육소윤"),
        ("KR_PASSPORT", PASS_B),
        ("PHONE_NUMBER", PH[65]),
    ],
)
add(
    "mixed",
    P,
    f"README 에 넣을 담당자 표인데 오타 봐줘\n\n| 역할 | 담당 | 연락 |\n|------|------|------|\n| 서버 | 기다온 | daon.ki@infra-team.kr |\n| DB | 라윤석 | {PH[66]} |\n| 운영 서버 | - | 10.40.8.21 |",
    [
        ("PERSON", "기다온"),
        ("EMAIL_ADDRESS", "daon.ki@infra-team.kr"),
        ("PERSON", "라윤석"),
        ("PHONE_NUMBER", PH[66]),
        ("IP_ADDRESS", "10.40.8.21"),
    ],
)
# --- English HR emails
add(
    "en",
    P,
    f"Make this onboarding email friendlier.\n\nHi Chloe,\nWelcome to the Seoul office! Please bring your passport ({PASS_D}) and alien registration card ({ARN_A}) on day one. Payroll will go to the Kookmin account you gave us, {ACC_KB2}. Your buddy is Marcus Webb ({PH[67]}).\nBest,\nHannah Yoo, People Team",
    [
        ("PERSON", "Chloe"),
        ("KR_PASSPORT", PASS_D),
        ("KR_ALIEN_REG", ARN_A),
        ("BANK_ACCOUNT", ACC_KB2),
        ("PERSON", "Marcus Webb"),
        ("PHONE_NUMBER", PH[67]),
        ("PERSON", "Hannah Yoo"),
    ],
)
add(
    "en",
    P,
    f"Shorten this reference-check request.\n\nDear Ms. Ferreira,\nJulian Brooks has listed you as a referee for the Operations Lead role. Could you share your availability for a 15-minute call? You can reach me at evelyn.tran@kestrelhr.com or on my Seoul mobile {PH[68]}.\nKind regards,\nEvelyn Tran",
    [
        ("PERSON", "Ferreira"),
        ("PERSON", "Julian Brooks"),
        ("EMAIL_ADDRESS", "evelyn.tran@kestrelhr.com"),
        ("PHONE_NUMBER", PH[68]),
        ("PERSON", "Evelyn Tran"),
    ],
)
add(
    "en",
    P,
    "Summarise this exit interview email for the file.\n\nFrom: Rachel Stone\nTo: HR\nI am leaving because of the commute. My new address for the final payslip is Apt 12C, 88 Riverside Drive, New York, NY 10024. Personal email: rachel.stone.nyc@icloud.com. Please also cc my manager Tom Alvarez.",
    [
        ("PERSON", "Rachel Stone"),
        ("LOCATION", "Apt 12C, 88 Riverside Drive, New York, NY 10024"),
        ("EMAIL_ADDRESS", "rachel.stone.nyc@icloud.com"),
        ("PERSON", "Tom Alvarez"),
    ],
)
add(
    "en",
    P,
    f"Proofread: 'Dear Mr. Bae, following the hearing on Nov 21, the committee has decided to issue a written reprimand. You may appeal by emailing ethics@hanil-logis.com within 14 days. Your corporate card ending in the number {CARD_E} has been suspended.'",
    [("PERSON", "Bae"), ("EMAIL_ADDRESS", "ethics@hanil-logis.com"), ("CREDIT_CARD", CARD_E)],
)
# --- KakaoTalk exports
add(
    "ko",
    P,
    f"단톡방 내보내기 파일이야. 누가 회비 냈는지 정리해줘.\n\n2024년 11월 23일 토요일\n[육정민] [오후 3:02] 회비 3만원 여기로 보내주세요 {ACC_KK}\n[육정민] [오후 3:02] 카카오뱅크 예금주 육정민\n[하소라] [오후 3:15] 보냈어요!\n[탁건희] [오후 4:40] 저는 내일 보낼게요 혹시 급하면 {PH[69]} 로 연락주세요",
    [
        ("PERSON", "육정민"),
        ("BANK_ACCOUNT", ACC_KK),
        ("PERSON", "육정민"),
        ("PERSON", "육정민"),
        ("PERSON", "하소라"),
        ("PERSON", "탁건희"),
        ("PHONE_NUMBER", PH[69]),
    ],
)
add(
    "ko",
    P,
    f"카톡 대화 캡처 텍스트인데 이 사람이 보낸 정보로 실종 신고 가능한지 봐줘\n\n--------------- 2024년 11월 30일 토요일 ---------------\n2024. 11. 30. 오후 9:14, 금하윤 : 언니 우리 아빠 전화가 계속 안 돼 {PH[70]}\n2024. 11. 30. 오후 9:15, 금하윤 : 아빠 이름 금상철이고 마지막으로 본 게 경기도 파주시 문산읍 당동1로 39 근처래",
    [
        ("PERSON", "금하윤"),
        ("PHONE_NUMBER", PH[70]),
        ("PERSON", "금하윤"),
        ("PERSON", "금상철"),
        ("LOCATION", "경기도 파주시 문산읍 당동1로 39"),
    ],
)
add(
    "ko",
    P,
    f"업무 단톡 내용 회의록으로 바꿔줘\n[선우진] [오전 10:01] 오늘 전입신고 현장확인 대상 주소 공유합니다\n[선우진] [오전 10:01] 서울특별시 중랑구 망우로 353, 지하1층\n[팽지아] [오전 10:03] 세대주 연락처 {PH[71]} 통화 완료했어요",
    [
        ("PERSON", "선우진"),
        ("PERSON", "선우진"),
        ("LOCATION", "서울특별시 중랑구 망우로 353, 지하1층"),
        ("PERSON", "팽지아"),
        ("PHONE_NUMBER", PH[71]),
    ],
)
# --- voice memo (plain digits)
add(
    "ko",
    P,
    f"음성메모 받아쓴 거야, 정리해서 할 일 목록으로 만들어줘: '어 내일 오전에 도창민 씨한테 전화해야 되고 번호는 {PH[72]}, 그리고 계약금은 신한 {ACC_SH} 으로 보내기로 했음, 주소는 경기도 김포시 김포한강4로 125, 3층'",
    [
        ("PERSON", "도창민"),
        ("PHONE_NUMBER", PH[72]),
        ("BANK_ACCOUNT", ACC_SH),
        ("LOCATION", "경기도 김포시 김포한강4로 125, 3층"),
    ],
)
# --- misc new-domain positives
add(
    "ko",
    P,
    f"장애인 활동지원 신청 접수증 만들어줘. 신청인 소민혁({RRN_H}), 대리신청인 모 윤경아 {PH[73]}, 주소 제주특별자치도 제주시 연삼로 473, 2층.",
    [
        ("PERSON", "소민혁"),
        ("KR_RRN", RRN_H),
        ("PERSON", "윤경아"),
        ("PHONE_NUMBER", PH[73]),
        ("LOCATION", "제주특별자치도 제주시 연삼로 473, 2층"),
    ],
)
add(
    "ko",
    P,
    f"산재 요양급여 신청서 재해경위 부분 써줘. 재해자 경태호({RRN_F}) 사업장 {BRN_B} 소속, 2024-11-11 14시경 지게차에 발등 끼임. 건강보험 {HI_C}.",
    [("PERSON", "경태호"), ("KR_RRN", RRN_F), ("KR_BRN", BRN_B), ("KR_HEALTH_INSURANCE", HI_C)],
)
add(
    "en",
    P,
    "Help me reply to this landlord email.\n\nFrom: Gareth Lloyd <g.lloyd@lloydlettings.co.uk>\nThe inspection of Flat 4, 21 Harcourt Road, Bristol BS6 7RD is booked for Monday. Please leave the keys with your neighbour Mrs. Patel if you are out.",
    [
        ("PERSON", "Gareth Lloyd"),
        ("EMAIL_ADDRESS", "g.lloyd@lloydlettings.co.uk"),
        ("LOCATION", "Flat 4, 21 Harcourt Road, Bristol BS6 7RD"),
        ("PERSON", "Patel"),
    ],
)
add(
    "ko",
    P,
    f"긴급재난지원금 이의신청 답변 써줘. 신청인 원다은, 연락처 {PH[74]}, 서버 접수 로그 IP 1.235.88.14, 지급 계좌 우체국 {ACC_POST}, 사업장 법인번호 {CRN_D}.",
    [
        ("PERSON", "원다은"),
        ("PHONE_NUMBER", PH[74]),
        ("IP_ADDRESS", "1.235.88.14"),
        ("BANK_ACCOUNT", ACC_POST),
        ("KR_CRN", CRN_D),
    ],
)
add(
    "ko",
    P,
    f"운전면허 갱신 안내 우편 문구 만들어줘: 대상 빈서준, 면허번호 {DL_E}, 적성검사 기간 2025-01-01~2025-12-31, 주소 전라남도 목포시 영산로 75, 연락처 {PH[75]}.",
    [
        ("PERSON", "빈서준"),
        ("KR_DRIVER_LICENSE", DL_E),
        ("LOCATION", "전라남도 목포시 영산로 75"),
        ("PHONE_NUMBER", PH[75]),
    ],
)
add(
    "mixed",
    P,
    f"서버 접근 로그 이상징후 분석해줘\n2024-11-28T02:13:44+09:00 sshd[2231]: Failed password for admin from 45.133.172.9 port 52214\n2024-11-28T02:13:51+09:00 sshd[2231]: Accepted password for hjlee from 218.38.12.240 port 52301\n계정 hjlee 는 이현지 (hyunji.lee@gov-it.kr, {PH[76]}) 계정임",
    [
        ("IP_ADDRESS", "45.133.172.9"),
        ("IP_ADDRESS", "218.38.12.240"),
        ("PERSON", "이현지"),
        ("EMAIL_ADDRESS", "hyunji.lee@gov-it.kr"),
        ("PHONE_NUMBER", PH[76]),
    ],
)
add(
    "ko",
    P,
    f"다문화가족 지원 사례관리 기록 요약: 결혼이민자 팜티흐엉(외국인등록번호 {ARN_B}), 배우자 석진호 {PH[77]}, 자녀 석하린({RRN_NEW1}). 한국어교실 신청.",
    [
        ("PERSON", "팜티흐엉"),
        ("KR_ALIEN_REG", ARN_B),
        ("PERSON", "석진호"),
        ("PHONE_NUMBER", PH[77]),
        ("PERSON", "석하린"),
        ("KR_RRN", RRN_NEW1),
    ],
)
add(
    "ko",
    P,
    f"학자금 대출 상환 유예 신청 사유서 써줘. 신청자 국지환 {RRN_M}, 군 복무 중(입대 2024-06-17), 연락은 어머니 {PH[78]} 또는 jihwan.kook@daum.net.",
    [("PERSON", "국지환"), ("KR_RRN", RRN_M), ("PHONE_NUMBER", PH[78]), ("EMAIL_ADDRESS", "jihwan.kook@daum.net")],
)
add(
    "ko",
    P,
    f"여권 분실신고 접수증 내용 확인해줘. 분실자 명태준, 여권번호 {PASS_C}, 주민등록번호 {RRN_S}, 분실 장소 서울특별시 중구 세종대로 110 인근, 연락처 {PH[79]}",
    [
        ("PERSON", "명태준"),
        ("KR_PASSPORT", PASS_C),
        ("KR_RRN", RRN_S),
        ("LOCATION", "서울특별시 중구 세종대로 110"),
        ("PHONE_NUMBER", PH[79]),
    ],
)
add(
    "en",
    P,
    f"Rewrite this insurance claim note in plain English.\nPolicyholder: Hiroshi Tanaka, ARC {ARN_D}, claim #CLM-2024-118842\nHospital bill paid with card {CARD_B}\nRefund to KB account {ACC_KB}\nContact: h.tanaka.kr@gmail.com",
    [
        ("PERSON", "Hiroshi Tanaka"),
        ("KR_ALIEN_REG", ARN_D),
        ("CREDIT_CARD", CARD_B),
        ("BANK_ACCOUNT", ACC_KB),
        ("EMAIL_ADDRESS", "h.tanaka.kr@gmail.com"),
    ],
)
add(
    "ko",
    P,
    f"주민센터 인감증명 대리발급 위임장 검토: 위임자 채경민({RRN_B}) 주소 경기도 의정부시 시민로 1, 1층 / 수임자 채윤아({RRN_Q}) 연락처 {PH[80]}",
    [
        ("PERSON", "채경민"),
        ("KR_RRN", RRN_B),
        ("LOCATION", "경기도 의정부시 시민로 1, 1층"),
        ("PERSON", "채윤아"),
        ("KR_RRN", RRN_Q),
        ("PHONE_NUMBER", PH[80]),
    ],
)
add(
    "ko",
    P,
    f"보건소 방문간호 일정표 만들어줘. 대상 어르신: 반옥자 (부산광역시 사하구 낙동대로 398, 2동 105호, {PH_BS}), 건강보험 {HI_B}, 주 1회 혈압 체크.",
    [
        ("PERSON", "반옥자"),
        ("LOCATION", "부산광역시 사하구 낙동대로 398, 2동 105호"),
        ("PHONE_NUMBER", PH_BS),
        ("KR_HEALTH_INSURANCE", HI_B),
    ],
)
add(
    "en",
    P,
    f"Write a short reply to this customer: 'Hi, I'm Sun-hee Ahn. I was double-charged on my card {CARD_I} yesterday. My login IP was 61.78.33.150 if that helps. Phone {PH[81]}.'",
    [("PERSON", "Sun-hee Ahn"), ("CREDIT_CARD", CARD_I), ("IP_ADDRESS", "61.78.33.150"), ("PHONE_NUMBER", PH[81])],
)
add(
    "ko",
    P,
    f"법원 조정 기일 통지서 송달 주소 정리: 신청인 어승현 서울특별시 서초구 반포대로 158, 9층 / 피신청인 주식회사 라온건설 (법인등록번호 {CRN_C}, 사업자 {BRN_E}) 대표 편재성",
    [
        ("PERSON", "어승현"),
        ("LOCATION", "서울특별시 서초구 반포대로 158, 9층"),
        ("KR_CRN", CRN_C),
        ("KR_BRN", BRN_E),
        ("PERSON", "편재성"),
    ],
)
add(
    "ko",
    P,
    f"부가세 환급 지연 관련 세무서 담당자에게 보낼 문자 써줘. 우리 가게 사업자번호 {BRN_D}, 대표 인소라, 환급계좌 기업 {ACC_IBK}, 연락처 {PH[82]}",
    [("KR_BRN", BRN_D), ("PERSON", "인소라"), ("BANK_ACCOUNT", ACC_IBK), ("PHONE_NUMBER", PH[82])],
)
add(
    "mixed",
    P,
    f"pytest 실패 로그 봐줘\nE   AssertionError: assert '{PH[83]}' == '01000000000'\nE    +  where '{PH[83]}' = normalize(user.phone)\nE    user = User(name='태은지', email='eunji.tae@hanmail.net')",
    [
        ("PHONE_NUMBER", PH[83]),
        ("PHONE_NUMBER", PH[83]),
        ("PERSON", "태은지"),
        ("EMAIL_ADDRESS", "eunji.tae@hanmail.net"),
    ],
)
add(
    "ko",
    P,
    f"통신요금 미납 안내 문자 다듬어줘: '[안내] 경하림 고객님, 11월 요금 58,300원이 미납되었습니다. 가상계좌 하나 {ACC_HN} 로 입금 부탁드립니다. 문의 1588-0010'",
    [("PERSON", "경하림"), ("BANK_ACCOUNT", ACC_HN)],
)
add(
    "ko",
    P,
    f"지역아동센터 이용 아동 명단 정리해줘\n- 피예준 (2015년생) 보호자 {PH[84]}, 주소 광주광역시 광산구 첨단중앙로 150, 207동 1103호\n- 함시우 (2016년생) 보호자 {PH[85]}",
    [
        ("PERSON", "피예준"),
        ("PHONE_NUMBER", PH[84]),
        ("LOCATION", "광주광역시 광산구 첨단중앙로 150, 207동 1103호"),
        ("PERSON", "함시우"),
        ("PHONE_NUMBER", PH[85]),
    ],
)
add(
    "en",
    P,
    f"Fix the grammar: 'Per our call, Mr. Carter's ARC number is {ARN_A} and his reimbursement should be sent to Woori {ACC_WR}. He moved to 5F, 42 Seocho-daero 74-gil, Seocho-gu, Seoul 06621 last month.'",
    [
        ("PERSON", "Carter"),
        ("KR_ALIEN_REG", ARN_A),
        ("BANK_ACCOUNT", ACC_WR),
        ("LOCATION", "5F, 42 Seocho-daero 74-gil, Seocho-gu, Seoul 06621"),
    ],
)
add(
    "ko",
    P,
    f"병무청 민원 답변 초안: 민원인 탕진우 님({PH[86]}, jinwoo.tang@naver.com)께서 문의하신 국외여행 허가 연장 건은 여권번호 {PASS_E} 기준으로 2025-03-31까지 연장 처리되었습니다.",
    [
        ("PERSON", "탕진우"),
        ("PHONE_NUMBER", PH[86]),
        ("EMAIL_ADDRESS", "jinwoo.tang@naver.com"),
        ("KR_PASSPORT", PASS_E),
    ],
)
add(
    "ko",
    P,
    f"보험설계사 계약 해지 통보 메일 정리: 받는 분 모현수 설계사 (hyunsoo.mo@lifeplan.co.kr), 미환수 수수료 1,240,000원 입금 요청 계좌 신한 {ACC_SH2}.",
    [("PERSON", "모현수"), ("EMAIL_ADDRESS", "hyunsoo.mo@lifeplan.co.kr"), ("BANK_ACCOUNT", ACC_SH2)],
)
add(
    "mixed",
    P,
    f"CSV 첫 줄들이야, 인코딩 깨진 거 아닌지 봐줘\nname,rrn,ip\n두경호,{RRN_R},222.121.66.45\n여소연,{RRN_N},10.8.2.77",
    [
        ("PERSON", "두경호"),
        ("KR_RRN", RRN_R),
        ("IP_ADDRESS", "222.121.66.45"),
        ("PERSON", "여소연"),
        ("KR_RRN", RRN_N),
        ("IP_ADDRESS", "10.8.2.77"),
    ],
)
add(
    "ko",
    P,
    f"음성 녹음 받아쓰기 교정해줘: '네 여기는 영통구청이고요, 민원인 성함은 호지은 님, 연락처 {PH[87]}, 불법주정차 신고 장소는 경기도 수원시 영통구 광교중앙로 140 앞입니다.'",
    [("PERSON", "호지은"), ("PHONE_NUMBER", PH[87]), ("LOCATION", "경기도 수원시 영통구 광교중앙로 140")],
)
add(
    "ko",
    P,
    f"공익신고 접수 내용 요약: 신고자 옥다인({PH[88]})이 (주)미래환경 (사업자 {BRN_A}) 폐수 무단방류를 신고. 증거사진 메일 dain.ok@protonmail.com 으로 제출.",
    [("PERSON", "옥다인"), ("PHONE_NUMBER", PH[88]), ("KR_BRN", BRN_A), ("EMAIL_ADDRESS", "dain.ok@protonmail.com")],
)
add(
    "en",
    P,
    f"Draft a payroll change confirmation for Noel Duarte: salary account changes from KB {ACC_KB2} to Toss Bank {ACC_TOSS} effective December. Confirmation sent to noel.duarte@meridian-kr.com.",
    [
        ("PERSON", "Noel Duarte"),
        ("BANK_ACCOUNT", ACC_KB2),
        ("BANK_ACCOUNT", ACC_TOSS),
        ("EMAIL_ADDRESS", "noel.duarte@meridian-kr.com"),
    ],
)
add(
    "ko",
    P,
    f"교육청 징계 심의 자료 요약: 대상 교사 변승연, 학부모 민원인 길나은({PH[89]}) 주장에 따르면 2024-10-15 수업 중 폭언. 학교 주소 대전광역시 유성구 대학로 99.",
    [("PERSON", "변승연"), ("PERSON", "길나은"), ("PHONE_NUMBER", PH[89]), ("LOCATION", "대전광역시 유성구 대학로 99")],
)


# ================================================================ obfuscated
O_RRN1 = bold_groups(RRN_T)
add(
    "ko",
    OB,
    f"킥스에서 HTML로 내보낸 사건 경위서라 태그가 섞였어. 태그 지우고 본문만 정리해줘.\n<p>피해자 <b>{O_RRN1}</b> 명세린, 연락처 <b>{bold_groups(PH[2])}</b></p><p>발생지: 서울특별시 구로구 디지털로 300 1층 로비</p>",
    [
        ("KR_RRN", O_RRN1),
        ("PERSON", "명세린"),
        ("PHONE_NUMBER", bold_groups(PH[2])),
        ("LOCATION", "서울특별시 구로구 디지털로 300 1층"),
    ],
)
O_PH_SINO = sino(PH[3])
add(
    "ko",
    OB,
    f"음성메모 받아쓴 거 정리해줘: '아 그 피해자분 성함이 하은결 씨고요, 전화번호는 {O_PH_SINO} 이고, 내일 오후에 다시 진술하러 오신대요.'",
    [("PERSON", "하은결"), ("PHONE_NUMBER", O_PH_SINO)],
)
O_PH_NAT = native(PH[4])
add(
    "ko",
    OB,
    f"할머니가 불러주신 번호 받아 적은 건데 숫자로 바꿔줘: '{O_PH_NAT}' 라고 하셨어. 이름은 봉말자 할머니.",
    [("PHONE_NUMBER", O_PH_NAT), ("PERSON", "봉말자")],
)
O_ACC_SINO = sino(ACC_SH, sep="에 ")
add(
    "ko",
    OB,
    f"전화 상담 녹취 전사: '환급 계좌는요 신한이고 {O_ACC_SINO} 입니다, 예금주 국도윤이요.' → 이 내용으로 환급계좌 변경 확인 문자 써줘",
    [("BANK_ACCOUNT", O_ACC_SINO), ("PERSON", "국도윤")],
)
O_PH_EN = words(PH[5])
add(
    "en",
    OB,
    f'Transcribe this voicemail into a callback note: "Hi, this is Megan Porter from the tenants\' association, please call me back on {O_PH_EN}, thanks."',
    [("PERSON", "Megan Porter"), ("PHONE_NUMBER", O_PH_EN)],
)
add(
    "ko",
    OB,
    "보안 점검 보고서에 넣을 IOC 표 만들어줘. 공격 출발지 211[.]234[.]118[.]57, 피싱 메일 발신자 jiyoung.ha[@]naver[.]com, C2 hxxp://103[.]75[.]190[.]22/gate.php",
    [
        ("IP_ADDRESS", "211[.]234[.]118[.]57"),
        ("EMAIL_ADDRESS", "jiyoung.ha[@]naver[.]com"),
        ("IP_ADDRESS", "103[.]75[.]190[.]22"),
    ],
)
add(
    "ko",
    OB,
    "카톡으로 받은 이메일 주소인데 제대로 된 형식으로 바꿔줘: minseo.kang 골뱅이 naver 점 com (강민서 과장님 개인메일)",
    [("EMAIL_ADDRESS", "minseo.kang 골뱅이 naver 점 com"), ("PERSON", "강민서")],
)
O_RRN_B64 = b64(RRN_J)
add(
    "mixed",
    OB,
    f'API 로그에 이 값이 찍히는데 뭔지 디코딩해서 알려줘, 개인정보면 마스킹 방법도.\n{{"userName":"탁영호","rrnEnc":"{O_RRN_B64}","channel":"web"}}',
    [("PERSON", "탁영호"), ("KR_RRN", O_RRN_B64)],
)
O_PH_HEX = hexed(PH[6])
add(
    "en",
    OB,
    f"What is this hex field in the telecom CDR? msisdn_hex={O_PH_HEX} duration=184 cell=SEL-0412",
    [("PHONE_NUMBER", O_PH_HEX)],
)
O_EMAIL_PCT = urllib.parse.quote("sunwoo.baek@hanmail.net", safe="")
add(
    "en",
    OB,
    f"Why does this unsubscribe link 404? https://news.gwangjin.go.kr/unsub?email={O_EMAIL_PCT}&list=weekly",
    [("EMAIL_ADDRESS", O_EMAIL_PCT)],
)
O_PH_CAT = '"' + '" + "'.join([PH[7][:4], PH[7][4:9], PH[7][9:]]) + '"'
add(
    "mixed",
    OB,
    f'이 파이썬 코드 리팩터링해줘\n\nSUPPORT_NAME = "제갈현"\nSUPPORT_TEL = {O_PH_CAT}\nsend_sms(SUPPORT_TEL, msg)',
    [("PERSON", "제갈현"), ("PHONE_NUMBER", O_PH_CAT[1:-1])],
)
O_RRN_CAT = f'{RRN_S[:6]}" + "-" + "{RRN_S[7:]}'
add(
    "mixed",
    OB,
    f"JS 테스트 코드인데 리뷰해줘\nconst applicant = {{ name: '설하람', rrn: \"{O_RRN_CAT}\" }};\nexpect(validateRrn(applicant.rrn)).toBe(true);",
    [("PERSON", "설하람"), ("KR_RRN", O_RRN_CAT)],
)
O_RRN_COMMA = commas(RRN_R)
add(
    "ko",
    OB,
    f"엑셀에서 주민번호 칸이 숫자 서식이라 이렇게 보여. 원래대로 되돌리는 방법 알려줘\n성명\t주민번호\n위경석\t{O_RRN_COMMA}",
    [("PERSON", "위경석"), ("KR_RRN", O_RRN_COMMA)],
)
O_ACC_COMMA = commas(ACC_KB)
add(
    "ko",
    OB,
    f"지급 명세 엑셀인데 계좌번호가 {O_ACC_COMMA} 처럼 천 단위 쉼표 붙어버렸어. 받는 분은 엄태식. 텍스트 서식으로 바꾸는 법?",
    [("BANK_ACCOUNT", O_ACC_COMMA), ("PERSON", "엄태식")],
)
O_PH_DOT = PH[8].replace("-", ".")
add(
    "ko",
    OB,
    f"명함 정보 연락처 앱에 넣을 수 있게 vCard로 만들어줘: 한울건축사사무소 실장 추다영 / M. {O_PH_DOT} / dayoung.choo@hanularch.kr",
    [("PERSON", "추다영"), ("PHONE_NUMBER", O_PH_DOT), ("EMAIL_ADDRESS", "dayoung.choo@hanularch.kr")],
)
O_ACC_SLASH = ACC_NH.replace("-", "/")
add(
    "ko",
    OB,
    f"고용센터 내부 메모: 수급자 빈가람 구직급여 입금 계좌 농협 {O_ACC_SLASH} 로 변경 요청. 본인확인 완료. → 변경 처리 안내문 작성 부탁",
    [("PERSON", "빈가람"), ("BANK_ACCOUNT", O_ACC_SLASH)],
)
O_PH_US = PH[9].replace("-", "_")
add(
    "ko",
    OB,
    f"첨부파일 이름 규칙이 이상해서 정리하려고 해. 예: 민원_도승희_{O_PH_US}_전입신고.hwp 이런 식인데 개인정보 빼는 규칙 만들어줘",
    [("PERSON", "도승희"), ("PHONE_NUMBER", O_PH_US)],
)
O_ACC_SPLIT = ACC_WR[:9] + "\n" + ACC_WR[9:]
add(
    "ko",
    OB,
    f"문자로 받은 거 줄바꿈이 이상하게 됐는데 계좌 맞는지 봐줘\n[Web발신]\n우리은행 {O_ACC_SPLIT}\n예금주 피상우\n계약금 송금 부탁드립니다",
    [("BANK_ACCOUNT", O_ACC_SPLIT), ("PERSON", "피상우")],
)
O_RRN_CELL = f"{RRN_C[:6]} | {RRN_C[7:]}"
add(
    "ko",
    OB,
    f"주민번호를 앞/뒤 칸으로 나눈 표야. 한 칸으로 합치는 엑셀 수식 알려줘\n\n| 성명 | 앞자리 | 뒷자리 |\n|---|---|---|\n| 나하늘 | {O_RRN_CELL} |",
    [("PERSON", "나하늘"), ("KR_RRN", O_RRN_CELL)],
)
O_RRN_FW = fw(RRN_K)
add(
    "ko",
    OB,
    f"한글 문서에서 복사하니 전각 문자로 나와. 반각으로 바꿔줘: 신청인 마준서 주민등록번호 {O_RRN_FW}",
    [("PERSON", "마준서"), ("KR_RRN", O_RRN_FW)],
)
O_PH_FWM = fw_mix(PH[10])
add(
    "ko",
    OB,
    f"입력값 검증이 안 되는 경우야. 사용자가 {O_PH_FWM} 처럼 반각/전각 섞어서 넣었어 (가입자 용세아). 정규화 코드 짜줘",
    [("PHONE_NUMBER", O_PH_FWM), ("PERSON", "용세아")],
)
O_RRN_ZW = zw(RRN_D)
add(
    "ko",
    OB,
    f"복붙한 주민번호가 검증에서 계속 실패해. 보이지 않는 문자가 있는지 확인해줘: '{O_RRN_ZW}' (제출자 마영길)",
    [("KR_RRN", O_RRN_ZW), ("PERSON", "마영길")],
)
O_EM_ZW = zw("chaeyoung.lim@daum.net", "\u200c")
add(
    "ko",
    OB,
    f"메일 주소가 발송 실패로 돌아왔어. 문제 있는지 봐줘: {O_EM_ZW} 임채영 주무관 주소",
    [("EMAIL_ADDRESS", O_EM_ZW), ("PERSON", "임채영")],
)
add(
    "ko",
    OB,
    f"공지 게시글에 이름을 이렇게 띄어서 썼는데 검색에 안 걸리게 하려던 거래. 이래도 되는지 의견 줘: '당첨자 연 수 빈 님 ({PH[11][:4]}****-{PH[11][-4:]}) 축하드립니다'",
    [("PERSON", "연 수 빈")],
)
O_NAME_ZW = zw("곽도윤")
add(
    "ko",
    OB,
    f"징계 대상자 이름을 검색 안 되게 {O_NAME_ZW} 로 적어서 공문 돌렸대. 팀장 보고용으로 이 방식의 문제점 정리해줘",
    [("PERSON", O_NAME_ZW)],
)
add(
    "ko",
    OB,
    '하이라이트 태그 제거해줘: <span class="hl">최</span>가윤 님의 민원 답변서 / 담당 <mark>엄</mark>정호',
    [("PERSON", "최</span>가윤"), ("PERSON", "엄</mark>정호")],
)
O_PH_MD = f"{PH[12][:4]}**{PH[12][4:8]}**{PH[12][8:]}"
add(
    "ko",
    OB,
    f"노션 페이지 내용인데 서식 빼고 텍스트만 정리해줘\n\n## 비상연락망\n- 시설팀 하재윤: {O_PH_MD}\n- 야간 당직실: 내선 4412",
    [("PERSON", "하재윤"), ("PHONE_NUMBER", O_PH_MD)],
)
O_PH_CODE = "`" + "`-`".join(PH[13].split("-")) + "`"
add(
    "ko",
    OB,
    f"슬랙 메시지 마크다운이 깨졌어: 담당자 구슬기 연락처 {O_PH_CODE} 로 주세요 → 깔끔하게 다시 써줘",
    [("PERSON", "구슬기"), ("PHONE_NUMBER", O_PH_CODE[1:-1])],
)
O_PASS_SP = spaced(PASS_B)
add(
    "ko",
    OB,
    f"여권 사진면을 OCR 했더니 글자 사이에 공백이 들어갔어. 정리해줘: 성명 남궁하윤 / 여권번호 {O_PASS_SP} / 발급일 2023.05.12",
    [("PERSON", "남궁하윤"), ("KR_PASSPORT", O_PASS_SP)],
)
O_CARD_SP = spaced(CARD_F)
add(
    "ko",
    OB,
    f"카드 영수증 OCR 결과야, 숫자만 뽑아줘\n카드번호 {O_CARD_SP}\n승인 28,500원 가맹점 서울식당",
    [("CREDIT_CARD", O_CARD_SP)],
)
O_CARD_EN = words(CARD_A)
add(
    "en",
    OB,
    f'Call-centre transcript, redact the payment details before we share it: "Sure, my card number is {O_CARD_EN}, expiry oh-nine twenty-seven." Customer: Owen Fitzgerald.',
    [("CREDIT_CARD", O_CARD_EN), ("PERSON", "Owen Fitzgerald")],
)
O_CARD_SPLIT = CARD_G[:9] + "\n" + CARD_G[9:]
add(
    "ko",
    OB,
    f"스캔한 법인카드 사용신청서 텍스트가 줄이 끊겼어\n신청자 추민아\n카드번호 {O_CARD_SPLIT}\n용도 출장 숙박비",
    [("PERSON", "추민아"), ("CREDIT_CARD", O_CARD_SPLIT)],
)
O_BRN_DOT = BRN_A.replace("-", ".")
add(
    "ko",
    OB,
    f"세금계산서 공급자 정보 입력하려는데 사업자번호가 {O_BRN_DOT} 로 적혀 있어. 대표자 제서준. 이거 형식 맞춰줘",
    [("KR_BRN", O_BRN_DOT), ("PERSON", "제서준")],
)
O_CRN_SP = f"{CRN_A[:4]} {CRN_A[4:6]}{CRN_A[7:11]} {CRN_A[11:]}"
add(
    "ko",
    OB,
    f"등기부 사진 받아 적은 건데 법인등록번호 띄어쓰기가 이상해: {O_CRN_SP}. 원래 형식으로 바꿔줘",
    [("KR_CRN", O_CRN_SP)],
)
O_HI_SINO = sino(HI_D)
add(
    "ko",
    OB,
    f"보건소 전화 접수 녹취: '건강보험증 번호가 {O_HI_SINO} 이고요, 이름은 곽나래입니다.' 접수 메모로 바꿔줘",
    [("KR_HEALTH_INSURANCE", O_HI_SINO), ("PERSON", "곽나래")],
)
O_ARN_SINO = sino(ARN_A, sep=" 다시 ")
add(
    "ko",
    OB,
    f"통역 통화 받아쓰기: '외국인등록번호 {O_ARN_SINO} 입니다' 신청인 Kim Ngoc Anh. 숫자로 정리해줘",
    [("KR_ALIEN_REG", O_ARN_SINO), ("PERSON", "Kim Ngoc Anh")],
)
O_DL_SLASH = DL_D.replace("-", "/")
add(
    "ko",
    OB,
    f"렌터카 계약서 수기 작성분 옮겨줘: 운전자 방태양, 면허번호 {O_DL_SLASH}, 연락처 {PH[14]}",
    [("PERSON", "방태양"), ("KR_DRIVER_LICENSE", O_DL_SLASH), ("PHONE_NUMBER", PH[14])],
)
add(
    "en",
    OB,
    "Format these contacts for the mailing list: harriet.cho (at) gmail (dot) com, and victor dot nam at yahoo dot co dot kr",
    [("EMAIL_ADDRESS", "harriet.cho (at) gmail (dot) com"), ("EMAIL_ADDRESS", "victor dot nam at yahoo dot co dot kr")],
)
add(
    "ko",
    OB,
    "방화벽 로그를 보고서에 붙이려고 안전하게 바꿨어. 표현 맞는지 봐줘: 내부 단말 192(.)168(.)10(.)57 이 외부 185.220.101[.]34 로 대량 전송",
    [("IP_ADDRESS", "192(.)168(.)10(.)57"), ("IP_ADDRESS", "185.220.101[.]34")],
)
O_PH_ENT = "".join(f"&#{ord(c)};" for c in PH[15])
add(
    "mixed",
    OB,
    f'크롤링한 HTML에 전화번호가 엔티티로 되어 있어. 이거 디코딩하는 코드 짜줘\n<td class="tel">{O_PH_ENT}</td><td class="name">여도훈</td>',
    [("PHONE_NUMBER", O_PH_ENT), ("PERSON", "여도훈")],
)
O_PH_UESC = "".join(f"\\u{ord(c):04x}" for c in PH[16])
add(
    "mixed",
    OB,
    f'JSON 로그에 유니코드 이스케이프로 찍힌 필드 뭔지 알려줘: {{"contact":"{O_PH_UESC}","type":"mobile"}}',
    [("PHONE_NUMBER", O_PH_UESC)],
)
add(
    "ko",
    OB,
    "웹 에디터에서 복사하니 태그가 같이 왔어. 이름만 추출해줘: 담당자 <b>원</b><b>지호</b>, 결재자 <i>신</i>하늘",
    [("PERSON", "원</b><b>지호"), ("PERSON", "신</i>하늘")],
)
add(
    "ko",
    OB,
    "주소 강조 표시된 거 지우고 등기우편 라벨 만들어줘: 받는 분 육태경, 서울특별시 <b>노원구</b> 동일로 1414, <u>3동 1102호</u>",
    [("PERSON", "육태경"), ("LOCATION", "서울특별시 <b>노원구</b> 동일로 1414, <u>3동 1102호")],
)
add(
    "ko",
    OB,
    "PDF 변환하다 주소가 두 줄로 갈렸어. 한 줄로 합쳐줘\n임차인 주소: 경기도 부천시 원미구\n길주로 210, 1005동 803호\n임차인: 심하율",
    [("LOCATION", "경기도 부천시 원미구\n길주로 210, 1005동 803호"), ("PERSON", "심하율")],
)
add(
    "ko",
    OB,
    f"전입신고서 스캔 OCR 결과인데 숫자가 전각이야: 새 주소 인천광역시 서구 청라대로 {fw('204')}, {fw('7')}동 {fw('1501')}호 / 신고인 감우성",
    [("LOCATION", f"인천광역시 서구 청라대로 {fw('204')}, {fw('7')}동 {fw('1501')}호"), ("PERSON", "감우성")],
)
O_KAKAO_PH = f"{PH[17][:3]}\n{PH[17][4:8]}\n{PH[17][9:]}"
add(
    "ko",
    OB,
    f"카톡 대화 내보낸 건데 번호를 줄바꿈으로 쪼개서 보냈네. 번호 하나로 합쳐서 연락처 카드 만들어줘\n[반지우] [오후 2:00] 제 번호 불러드릴게요\n[반지우] [오후 2:01] {O_KAKAO_PH}\n[반지우] [오후 2:02] 문자 주세요",
    [("PERSON", "반지우"), ("PERSON", "반지우"), ("PHONE_NUMBER", O_KAKAO_PH), ("PERSON", "반지우")],
)
O_PASS_KO = "엠 " + sino(PASS_A[1:])
add(
    "ko",
    OB,
    f"출국 전 전화 예약 녹취 정리: '여권번호는 {O_PASS_KO} 이고요, 성함은 도나연입니다.'",
    [("KR_PASSPORT", O_PASS_KO), ("PERSON", "도나연")],
)
O_RRN_KO = sino(RRN_H, sep=" 다시 ")
add(
    "ko",
    OB,
    f"전화로 불러준 주민번호 받아 적은 거야. 숫자로 바꾸고 생년월일 알려줘: {O_RRN_KO} (학생 이름 표하준)",
    [("KR_RRN", O_RRN_KO), ("PERSON", "표하준")],
)
O_PH_LATEX = PH[18].replace("-", "\\text{-}")
add(
    "mixed",
    OB,
    f"LaTeX 명함 템플릿 고쳐줘\n\\name{{채도경}}\n\\phone{{${O_PH_LATEX}$}}\n\\email{{dogyeong.chae@lawfirm-hj.kr}}",
    [("PERSON", "채도경"), ("PHONE_NUMBER", O_PH_LATEX), ("EMAIL_ADDRESS", "dogyeong.chae@lawfirm-hj.kr")],
)
O_RRN_TAB = RRN_N.replace("-", "\t")
add(
    "ko",
    OB,
    f"엑셀 병합셀 풀었더니 주민번호가 두 칸으로 나뉘었어. 합치는 방법?\n성명\t주민번호(앞)\t주민번호(뒤)\n용미란\t{O_RRN_TAB}",
    [("PERSON", "용미란"), ("KR_RRN", O_RRN_TAB)],
)
O_EM_SP = "seungho . yang @ kakao . com"
add(
    "ko",
    OB,
    f"민원 게시판에 스팸 방지한다고 이메일을 이렇게 적어놨어: {O_EM_SP} (작성자 양승호). 회신 메일 주소로 정리해줘",
    [("EMAIL_ADDRESS", O_EM_SP), ("PERSON", "양승호")],
)
O_ACC_US = ACC_SH2.replace("-", "_")
add(
    "mixed",
    OB,
    f"환경변수 이름이 이상한데 리뷰해줘\nREFUND_ACCOUNT=shinhan:{O_ACC_US}\nREFUND_HOLDER=함지성",
    [("BANK_ACCOUNT", O_ACC_US), ("PERSON", "함지성")],
)
O_CARD_DOT = CARD_H.replace("-", ".")
add(
    "en",
    OB,
    f"Customer typed their card as {O_CARD_DOT} in the form and validation failed. Name on card: Freya Lindqvist. Should we accept dots?",
    [("CREDIT_CARD", O_CARD_DOT), ("PERSON", "Freya Lindqvist")],
)
O_CARD_PCT = pct_all(CARD_F)
add(
    "en",
    OB,
    f"Found this in the access log, is it a card number? GET /pay/confirm?pan={O_CARD_PCT}&amt=49000 HTTP/1.1",
    [("CREDIT_CARD", O_CARD_PCT)],
)
O_RRN_HEX = hexed(RRN_B)
add(
    "mixed",
    OB,
    f"DB 덤프의 이 컬럼 값 디코딩해줘. 이름은 한채윤으로 되어 있어\nid=3312 name=한채윤 reg_no_hex={O_RRN_HEX}",
    [("PERSON", "한채윤"), ("KR_RRN", O_RRN_HEX)],
)
O_EM_B64 = b64("gayoung.seo@naver.com")
add(
    "mixed",
    OB,
    f"쿠키 값인데 뭐가 들어있는지 알려줘: last_login_id={O_EM_B64}; theme=dark",
    [("EMAIL_ADDRESS", O_EM_B64)],
)
O_ARN_FW = fw_mix(ARN_E)
add(
    "ko",
    OB,
    f"외국인 근로자 명단 중 Rustam Aliev 씨 외국인등록번호가 {O_ARN_FW} 로 되어 있어서 시스템 등록이 안 돼. 고쳐줘",
    [("PERSON", "Rustam Aliev"), ("KR_ALIEN_REG", O_ARN_FW)],
)
O_PH_NAT2 = native(PH[19])
add(
    "ko",
    OB,
    f"유치원 아이가 말한 엄마 번호 받아쓴 거야: '{O_PH_NAT2}' 라고 함. 아이 이름 감서아. 숫자로 정리해줘",
    [("PHONE_NUMBER", O_PH_NAT2), ("PERSON", "감서아")],
)
O_NAME_DOT = "탁·민·영"
add(
    "ko",
    OB,
    f"이니셜처럼 가운뎃점 찍어서 게시했는데 실명 노출 맞지? 게시물: '2024 친절공무원 선정 – {O_NAME_DOT} 주무관 (민원봉사과)'",
    [("PERSON", O_NAME_DOT)],
)
O_EM_SPACED = "j u n h o . s h i n @ g m a i l . c o m"
add(
    "ko",
    OB,
    f"화상회의 자막에서 주소를 한 글자씩 불러준 게 이렇게 받아졌어: {O_EM_SPACED}. 원래 주소로 써줘 (신준호 교수님)",
    [("EMAIL_ADDRESS", O_EM_SPACED), ("PERSON", "신준호")],
)
O_BRN_CAT = "'" + "' || '-' || '".join([BRN_F[:3], BRN_F[4:6], BRN_F[7:]]) + "'"
add(
    "mixed",
    OB,
    f"이 SQL 왜 느린지 봐줘\nSELECT * FROM vendors WHERE biz_no = {O_BRN_CAT} AND ceo_nm = '하도진';",
    [("KR_BRN", O_BRN_CAT[1:-1]), ("PERSON", "하도진")],
)
O_HI_SPLIT = f"{HI_A[:5]} | {HI_A[5:]}"
add(
    "ko",
    OB,
    f"건강보험증 번호가 표에서 두 칸으로 갈렸어\n| 성명 | 증번호 | (계속) |\n| 엄소희 | {O_HI_SPLIT} |",
    [("PERSON", "엄소희"), ("KR_HEALTH_INSURANCE", O_HI_SPLIT)],
)
O_DL_KO = sino(DL_A, sep=" 다시 ")
add(
    "ko",
    OB,
    f"보험사 사고접수 통화 녹취: '운전면허 번호 {O_DL_KO} 입니다, 이름은 차윤재요.' 접수 양식으로 옮겨줘",
    [("KR_DRIVER_LICENSE", O_DL_KO), ("PERSON", "차윤재")],
)
O_IP_WORDS = "one seven five dot two two three dot one seven dot eight eight"
add(
    "en",
    OB,
    f"Support call transcript: the customer Mateo Ruiz read his router's WAN address as '{O_IP_WORDS}'. Write it as an IP for the ticket.",
    [("PERSON", "Mateo Ruiz"), ("IP_ADDRESS", O_IP_WORDS)],
)
O_PH_SUP = f"{PH[20][:4]}<sup></sup>{PH[20][4:]}"
add(
    "ko",
    OB,
    f"홈페이지 소스에 이런 게 있는데 왜 넣은 걸까? 담당 석하진 <span>{O_PH_SUP}</span>",
    [("PERSON", "석하진"), ("PHONE_NUMBER", O_PH_SUP)],
)
O_CRN_FW = fw(CRN_D)
add(
    "ko",
    OB,
    f"법인 설립 서류 옮겨 적다가 전각으로 쳤어: 법인등록번호 {O_CRN_FW}, 대표이사 소재원. 반각으로 바꿔줘",
    [("KR_CRN", O_CRN_FW), ("PERSON", "소재원")],
)
add(
    "en",
    OB,
    f"Clean up this pasted address, the line breaks came from the PDF:\nTenant: Isabel Moreno\nAddress: Unit 1207,\n33 Teheran-ro 87-gil,\nGangnam-gu, Seoul 06164\nDeposit account: Hana {ACC_HN.replace('-', ' ')}",
    [
        ("PERSON", "Isabel Moreno"),
        ("LOCATION", "Unit 1207,\n33 Teheran-ro 87-gil,\nGangnam-gu, Seoul 06164"),
        ("BANK_ACCOUNT", ACC_HN.replace("-", " ")),
    ],
)


# ================================================================ hard negatives
ISBN_1 = isbn13("978-89-6848-" + "731")
ISBN_2 = isbn13("979-11-92107-" + "48")
EAN_1 = ean13("880" + "1043" + "01275")
EAN_2 = ean13("880" + "9112" + "44803")
NEG: list[tuple[str, str]] = [
    (
        "ko",
        "주문번호 20241118-0004821 건 배송 지연 사과 문자 써줘. 운송장 CJ대한통운 6842-1975-3302, 예상 도착 11/22(금).",
    ),
    (
        "ko",
        "지방공무원법 제48조(성실의 의무)와 제72조 제1항 제3호의 관계를 설명하고, 징계 양정 기준표(별표 1) 어디를 보면 되는지 알려줘.",
    ),
    ("ko", "판례 요약해줘: 서울중앙지방법원 2024가단123456 판결, 항소심 2024나20871, 관련 형사사건 2023고단3381."),
    (
        "mixed",
        f"도서관 희망도서 신청 목록 정리: ISBN {ISBN_1} (행정법 강의), ISBN {ISBN_2} (공공데이터 활용 실무) 각 2권.",
    ),
    (
        "en",
        "Release notes need tidying: v10.4.12 fixes the export bug, 10.4.13-rc.2 adds SSO, build 2024.11.28.1742, schema version 3.17.0.",
    ),
    ("ko", "회의 일정 정리: 2024-12-03 14:00~15:30 1차, 2024. 12. 10.(화) 10시 2차, 마감 12/31 18:00. 표로 만들어줘."),
    ("ko", "예산 집행률 계산해줘: 편성액 1,234,567,890원, 집행액 987,654,321원, 이월 12,345,000원."),
    (
        "mixed",
        "현장 좌표 지도에 찍는 법: 37.5662952, 126.9779451 / 35.1795543, 129.0756416 (WGS84). 카카오맵 URL 형식으로.",
    ),
    (
        "en",
        "Which hash is this? 9b74c9897bac770ffc029102a200c5de and the file sha256 is 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b.",
    ),
    ("mixed", "이 UUID들 중복인지 봐줘: 3f2b8c1e-7d4a-4e9b-b1c6-0a5d2e8f9c47, 6c0e1a2b-9f3d-4b7e-8a15-d2c4f6e8a031"),
    ("ko", f"재고 바코드 목록 엑셀 정리: {EAN_1} 생수 500ml 24입, {EAN_2} 물티슈 100매. 수량 열 추가해줘."),
    ("ko", "부품 발주서 검토: 품번 010-2231-07B 브래킷 40개, 품번 031-0457-11 실링 200개, 모델 SM-S928N 케이스."),
    (
        "ko",
        "개인정보 마스킹 결과 검수해줘. 850315-1****** / 010-****-1234 / k***@naver.com / 김** / 서울시 강남구 ***. 빠진 규칙 있어?",
    ),
    (
        "ko",
        "민원 서식 예시 문구 다듬어줘: '성명: 홍길동 / 주민등록번호: 000000-0000000 / 연락처: 010-0000-0000 / 이메일: xxx@xxx.com'",
    ),
    (
        "en",
        'Proofread the API docs: \'Send a POST to /v1/users with {"email": "user@example.com", "phone": "+82-10-0000-0000"}. Replace jane.doe@example.org with your test account.\'',
    ),
    ("ko", "세종대왕과 장영실이 만든 측우기, 이순신 장군의 한산도 대첩 내용을 초등학생용 3문단으로 써줘."),
    ("ko", "가을 워크숍 장소 추천: 경복궁, 북촌 한옥마을, 부산 해운대, 제주 성산일출봉 중 교통 편한 순서로 정리해줘."),
    (
        "mixed",
        "Jira 티켓 설명 다듬어줘: OPS-2210 배치 작업 타임아웃. cron 0 3 * * *, 평균 처리 42분 → 71분, 재시도 3회.",
    ),
    (
        "en",
        "Explain this pandas output:\n       count      mean       std    min     max\nage   1842.0  41.2731  12.9102   19.0    67.0\nsalary 1842.0 3.41e+06  8.2e+05 2.1e+06 9.8e+06",
    ),
    (
        "mixed",
        "LaTeX 표 정렬 고쳐줘\n\\begin{tabular}{lrr}\n분기 & 매출 & 증감률 \\\\\n1Q & 1,204 & 3.2\\% \\\\\n2Q & 1,377 & 14.4\\% \\\\\n\\end{tabular}",
    ),
    ("en", "What are these? Windows build 10.0.19045.4412, OID 1.2.840.113549.1.1.11, SNMP 1.3.6.1.2.1.1.3.0."),
    ("mixed", "방화벽 규칙 리뷰: allow 10.0.0.0/8 → any:443, deny 0.0.0.0/0 → 22, 로컬 테스트는 127.0.0.1:8080."),
    ("ko", "부대 훈련 일정표 만들어줘: 제7군단 예하 3개 대대, 12/2~12/6 혹한기 훈련, 집결 06:30, 행군 거리 40km."),
    ("ko", "부가가치세 신고 기한이랑 간이과세자 기준 금액(연 매출 1억 400만원) 설명해줘. 국세청 상담은 126 번."),
    ("ko", "구의회 제312회 임시회 제2차 본회의 회의록 형식 정리해줘. 의안번호 2024-187, 2024-188 원안가결."),
    (
        "en",
        "Our payment docs say 'use 4111 1111 1111 1111 with any future expiry for sandbox tests'. Is that OK to show to users?",
    ),
    ("ko", "KTX 예매 내역 정리: 열차 KTX 023, 서울 08:00 → 부산 10:38, 5호차 12A, 예매번호 8841-2207-6613."),
    ("ko", "청약 경쟁률 표: 84A 1,204.3:1, 84B 887:1, 59A 312.5:1 → 그래프로 보여줄 방법"),
    ("en", "Cite properly: 47 U.S.C. § 230(c)(1), and Section 12(b) of the Securities Exchange Act of 1934."),
    (
        "ko",
        "전화번호 정규식 설명해줘: ^01[016789]-?\\d{3,4}-?\\d{4}$ 그리고 주민번호 정규식 ^\\d{6}-[1-4]\\d{6}$ 의 한계.",
    ),
    (
        "ko",
        "보건소 접종 일정 안내문: 인플루엔자 무료접종 대상 2011.1.1.~2024.8.31. 출생아, 65세 이상은 1959.12.31. 이전 출생자.",
    ),
    ("ko", "실업급여 계산해줘: 퇴직 전 3개월 평균임금 일 98,420원, 상한액 66,000원, 소정급여일수 180일이면 총액?"),
    ("ko", "임대차 표준계약서 빈 양식에서 특약 예시만 5개 만들어줘. 임대인 (인), 임차인 (인) 칸은 비워두고."),
    ("ko", "2025학년도 수시 모집요강 요약: 학생부교과 312명, 학생부종합 487명, 논술 150명, 원서접수 9/9~9/13."),
    (
        "mixed",
        "git log 정리해줘\n4e1f0c2 fix: null check in parser\nb7a93d1 chore: bump deps to 2.31.0\n0c5d8e7 feat: add retry (max=5)",
    ),
    (
        "en",
        'Tidy this JSON for the docs: {"order_id": "ORD-20241129-00481", "amount": 129000, "currency": "KRW", "items": 3, "request_id": "a8f5f167f44f4964e6c998dee827110c"}',
    ),
    (
        "en",
        "Polish this HR policy email: 'All staff must complete the annual privacy training by Dec 15. Questions go to the HR Team mailbox. Regards, People Operations.'",
    ),
    ("ko", "음성메모 정리: '내일 오후 세 시 반에 회의, 간식비 삼만 오천 원, 참석 인원 열두 명, 자료는 스무 부 출력'"),
    ("ko", "원주율 소수점 아래 30자리까지 써줘: 3.141592653589793238462643383279 맞아?"),
    ("ko", "생산 LOT 번호 체계 설명: LOT 2411280193457 (2024-11-28, 라인 01, 순번 93457), 유통기한 2026-05-27."),
    (
        "en",
        "Summarise: Ban Ki-moon served as UN Secretary-General from 2007 to 2016; Seoul hosted the 1988 Olympics at Jamsil.",
    ),
    ("ko", "충무로, 을지로, 퇴계로 같은 길 이름이 어떤 인물에서 왔는지 간단히 설명해줘."),
    ("ko", "카톡 공지 다듬어줘: '[공지] 12월 정기회의는 12/12(목) 19:00, 회비 20,000원은 총무에게 현장 납부'"),
    (
        "mixed",
        "엑셀 병합셀 풀어서 부서별 합계 내줘\n부서\t1월\t2월\t3월\n총무과\t1,204\t1,188\t1,310\n\t(소계)\t3,702\t\n민원과\t2,045\t1,997\t2,230",
    ),
    ("en", "Is this a valid IBAN format? DE89 3704 0044 0532 0130 00 - it's from the Wikipedia example."),
    ("ko", "사업자등록번호 형식이 000-00-00000 인 이유랑 앞 세 자리(세무서 코드) 의미를 설명해줘."),
    ("ko", "국번 없이 1577-1000, 1588-2300, 1644-0000 같은 대표번호와 일반 번호 차이가 뭐야?"),
    (
        "mixed",
        "docker 로그 해석해줘: container 7c9d5b6f4a21 exited (137), image registry.local/minwon-api:2024.11.28-rc3, memory 2.1GiB/2GiB",
    ),
    ("ko", "보험 약관 조항 정리: 제3조(보험금의 지급사유), 제5조 제2항, 별표 2 장해분류표 기준 30% 이상."),
    (
        "ko",
        "통신사 요금제 비교표: 5G 슬림 55,000원 10GB, 5G 베이직 75,000원 무제한(속도제어 5Mbps), 결합할인 -11,000원.",
    ),
    ("en", "Check the math in this invoice: INV-2024-11-0387, 14 units x $1,249.00 = $17,486.00, tax 10% = $1,748.60."),
    ("ko", "등기 송달 추적번호 6012-3345-7789-1 조회하는 방법이랑 반송 사유 코드 설명해줘."),
    (
        "mixed",
        "이 정규화 함수 테스트케이스 만들어줘. 입력은 전부 가짜값으로: '010-1234-5678', 'test@test.com', '123456-1234567'.",
    ),
    ("ko", "병무청 공지 요약: 2025년 현역병 입영 일자 본인 선택 접수 1/13~1/17, 입영 부대는 육군훈련소 등 5곳."),
    ("en", "Convert this timestamp list to KST: 1732780800, 1732867200, 2024-11-29T00:00:00Z."),
    ("ko", "전입신고 온라인 처리 절차를 단계별로 알려줘. 정부24 로그인 → 전입신고 → 세대주 확인 순서 맞아?"),
    ("mixed", "RGB/HEX 색상 정리: #1A73E8, #FBBC05, rgb(52, 168, 83). 보고서 차트용으로."),
    ("ko", "교통사고 과실비율 인정기준 차59-1, 차43-7 도표 차이 설명해줘."),
    ("en", "Our Jira board has keys HR-1042, HR-1043 and PAY-77. Suggest a cleaner naming scheme."),
    ("ko", "경위서 쓰는 법 알려줘. 육하원칙으로 예시 하나 써주는데 인물은 'A씨', 'B씨'로만 표현해줘."),
    ("mixed", "MAC 주소랑 IPv6 형식 차이 설명: 00:1A:2B:3C:4D:5E, fe80::1ff:fe23:4567:890a, ::1"),
    ("ko", "국가유공자 예우 관련 법률 제4조 제1항 각 호 대상자 구분을 표로 정리해줘."),
    ("ko", "건강검진 결과 수치 해석: 공복혈당 104 mg/dL, LDL 162, HDL 48, 혈압 132/84, BMI 24.8."),
    (
        "en",
        "Compare these tracking numbers' carriers: 1Z999AA10123456784 (UPS example), 9400 1000 0000 0000 0000 00 (USPS sample).",
    ),
    ("ko", "사내 위키 표 정리: 회의실 A-301 (12석), B-1204 (8석), 화상장비 코드 VC-0207, 예약 내선 4401."),
]
for _lang, _text in NEG:
    add(_lang, N, _text, [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "seventh")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_seventh.jsonl"), build())


if __name__ == "__main__":
    main()
