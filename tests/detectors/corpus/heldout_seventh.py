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
from tests.detectors.corpus.jsonl import write_jsonl
from tests.detectors.corpus.spans import ENTITIES, place

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
    [("PERSON", "한소율"), ("KR_RRN", RRN_A), ("PHONE_NUMBER", PH[0]), ("LOCATION", "서울특별시 마포구 와우산로 94"), ("PERSON", "한소율")],
)
add(
    "ko",
    P,
    f"피의자 진술 요지를 3줄로 요약해줘.\n\n피의자 권민석(41세, 주거: 인천광역시 부평구 부흥로 264, 3동 802호, 휴대전화 {PH[1]})은 2024. 10. 3. 02:10경 주점 앞에서 피해자 조예린과 시비가 붙어 밀친 사실은 인정하나 주먹으로 때린 사실은 없다고 진술함. 권민석은 당시 만취 상태였다고 함.",
    [("PERSON", "권민석"), ("LOCATION", "인천광역시 부평구 부흥로 264, 3동 802호"), ("PHONE_NUMBER", PH[1]), ("PERSON", "조예린"), ("PERSON", "권민석")],
)
add(
    "ko",
    P,
    f"교통사고 발생보고 양식에 맞게 옮겨줘.\n가해차량: 12가3456 쏘나타, 운전자 배준호 (면허번호 {DL_A}, 연락처 {PH[2]})\n피해차량: 34나7788 모닝, 운전자 송다인 (면허번호 {DL_B}, 연락처 {PH[3]})\n장소: 경기도 용인시 수지구 풍덕천로 120 교차로\n피해: 송다인 경추 염좌 2주 진단",
    [("PERSON", "배준호"), ("KR_DRIVER_LICENSE", DL_A), ("PHONE_NUMBER", PH[2]), ("PERSON", "송다인"), ("KR_DRIVER_LICENSE", DL_B), ("PHONE_NUMBER", PH[3]), ("LOCATION", "경기도 용인시 수지구 풍덕천로 120"), ("PERSON", "송다인")],
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
    [("PERSON", "Nguyen Thi Lan"), ("KR_ALIEN_REG", ARN_B), ("PHONE_NUMBER", PH[5]), ("LOCATION", "경상남도 김해시 가야로 331"), ("PERSON", "Nguyen")],
)
# --- legal aid / court
add(
    "ko",
    P,
    f"법률구조 상담신청서 내용인데 쟁점만 뽑아줘.\n\n신청인: 양은비 / 주민등록번호 {RRN_E}\n주소: 광주광역시 북구 우치로 77, 102동 1503호\n연락처: {PH[6]}\n상대방: 문성호 (임대인), 연락처 {PH[7]}\n내용: 계약 만료 후 3개월이 지났는데 보증금 5,000만원을 돌려주지 않음. 문성호는 새 임차인이 들어와야 준다고 함.",
    [("PERSON", "양은비"), ("KR_RRN", RRN_E), ("LOCATION", "광주광역시 북구 우치로 77, 102동 1503호"), ("PHONE_NUMBER", PH[6]), ("PERSON", "문성호"), ("PHONE_NUMBER", PH[7]), ("PERSON", "문성호")],
)
add(
    "mixed",
    P,
    f"국선변호인 선정청구서 빈칸 채워줘.\n피고인 성명: Batbayar Gantulga (몽골)\n외국인등록번호: {ARN_A}\n주거: 경기도 안산시 단원구 원곡로 45, 2층\n연락처: {PH[8]}\n청구 사유: 한국어 의사소통 곤란, 통역인 필요",
    [("PERSON", "Batbayar Gantulga"), ("KR_ALIEN_REG", ARN_A), ("LOCATION", "경기도 안산시 단원구 원곡로 45, 2층"), ("PHONE_NUMBER", PH[8])],
)
add(
    "ko",
    P,
    f"지급명령 신청서 당사자 표시 부분 서식대로 정리 부탁.\n채권자 류재현 ({RRN_R}) 서울특별시 강서구 공항대로 247, 7층 705호 / 전화 {PH[9]}\n채무자 주식회사 한빛인테리어 (법인등록번호 {CRN_A}) 대표이사 남궁민수, 경기도 고양시 일산동구 중앙로 1036",
    [("PERSON", "류재현"), ("KR_RRN", RRN_R), ("LOCATION", "서울특별시 강서구 공항대로 247, 7층 705호"), ("PHONE_NUMBER", PH[9]), ("KR_CRN", CRN_A), ("PERSON", "남궁민수"), ("LOCATION", "경기도 고양시 일산동구 중앙로 1036")],
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
    [("KR_BRN", BRN_B), ("KR_CRN", CRN_B), ("PERSON", "안서현"), ("PERSON", "오세훈"), ("PHONE_NUMBER", PH_SEOUL), ("EMAIL_ADDRESS", "sehoon.oh@seojintech.co.kr"), ("BANK_ACCOUNT", ACC_IBK)],
)
add(
    "ko",
    P,
    f"연말정산 부양가족 공제 누락 건 세무서 문의 메일 써줘. 나 정하은({RRN_G})이고 어머니 김옥순({RRN_I}) 기본공제 추가하려고 함. 회신은 haeun.jung88@gmail.com 으로.",
    [("PERSON", "정하은"), ("KR_RRN", RRN_G), ("PERSON", "김옥순"), ("KR_RRN", RRN_I), ("EMAIL_ADDRESS", "haeun.jung88@gmail.com")],
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
    [("PERSON", "전우진"), ("KR_RRN", RRN_M), ("LOCATION", "충청북도 청주시 흥덕구 가경로 161, 104동 1102호"), ("PERSON", "전상철"), ("PHONE_NUMBER", PH[12])],
)
add(
    "ko",
    P,
    f"예비군 동원훈련 연기 신청 사유서 다듬어줘. 저는 강지훈이고 연락처 {PH[13]}, 주소 경상북도 포항시 남구 대잠동길 23, 3층입니다. 해외출장(여권번호 {PASS_A})으로 훈련 기간에 국내에 없습니다.",
    [("PERSON", "강지훈"), ("PHONE_NUMBER", PH[13]), ("LOCATION", "경상북도 포항시 남구 대잠동길 23, 3층"), ("KR_PASSPORT", PASS_A)],
)
add(
    "ko",
    P,
    f"병역판정검사 결과 통보 안내문 만들어줘. 대상: 윤도윤 ({RRN_H}), 판정 4급(사회복무요원), 통보 주소 전라북도 전주시 완산구 효자로 225, 연락처 {PH[14]}.",
    [("PERSON", "윤도윤"), ("KR_RRN", RRN_H), ("LOCATION", "전라북도 전주시 완산구 효자로 225"), ("PHONE_NUMBER", PH[14])],
)
# --- 주민센터
add(
    "ko",
    P,
    f"전입신고서 내용 확인하고 빠진 항목 있는지 봐줘.\n신고인: 고은채 ({RRN_Q}) 전화 {PH[15]}\n전 주소: 서울특별시 성북구 보문로 168, 2층\n현 주소: 경기도 남양주시 다산중앙로 19, 605동 1804호\n세대원: 고하준 (자, {RRN_NEW1})",
    [("PERSON", "고은채"), ("KR_RRN", RRN_Q), ("PHONE_NUMBER", PH[15]), ("LOCATION", "서울특별시 성북구 보문로 168, 2층"), ("LOCATION", "경기도 남양주시 다산중앙로 19, 605동 1804호"), ("PERSON", "고하준"), ("KR_RRN", RRN_NEW1)],
)
add(
    "ko",
    P,
    f"주민센터 민원 메모 정리해서 팀장님 보고용 한 문단으로 써줘: 11/20 방문 민원인 신유나 님({PH[16]})이 사망한 부친 신재식({RRN_F}) 명의 인감 말소 절차 문의. 주소지는 부산광역시 동래구 충렬대로 237번길 14. 가족관계증명서 지참 안내함.",
    [("PERSON", "신유나"), ("PHONE_NUMBER", PH[16]), ("PERSON", "신재식"), ("KR_RRN", RRN_F), ("LOCATION", "부산광역시 동래구 충렬대로 237번길 14")],
)
add(
    "ko",
    P,
    f"기초연금 신청 접수 내역 엑셀 붙여넣은 거야, 누락된 서류만 알려줘\n접수일\t성명\t주민등록번호\t연락처\t서류\n11-25\t이말순\t{RRN_I}\t{PH_BS}\t신청서,통장사본\n11-25\t박용기\t{RRN_F}\t{PH[17]}\t신청서\n11-26\t최정자\t{RRN_T}\t{PH[18]}\t신청서,금융정보동의서",
    [("PERSON", "이말순"), ("KR_RRN", RRN_I), ("PHONE_NUMBER", PH_BS), ("PERSON", "박용기"), ("KR_RRN", RRN_F), ("PHONE_NUMBER", PH[17]), ("PERSON", "최정자"), ("KR_RRN", RRN_T), ("PHONE_NUMBER", PH[18])],
)
# --- 보건소
add(
    "ko",
    P,
    f"예방접종 누락 안내 문자 문안 만들어줘.\n대상 아동: 이서아 ({RRN_NEW2}) - MMR 2차 미접종\n보호자: 이도현 {PH[19]}\n주소: 세종특별자치시 한누리대로 2130, 1203동 402호",
    [("PERSON", "이서아"), ("KR_RRN", RRN_NEW2), ("PERSON", "이도현"), ("PHONE_NUMBER", PH[19]), ("LOCATION", "세종특별자치시 한누리대로 2130, 1203동 402호")],
)
add(
    "ko",
    P,
    f"보건소 결핵 검진 결과 통보서 작성 도와줘. 수검자 최민재, 주민등록번호 {RRN_J}, 건강보험증번호 {HI_A}, 흉부 X선 이상소견 없음. 결과지 발송 주소: 강원특별자치도 춘천시 중앙로 42, 5층.",
    [("PERSON", "최민재"), ("KR_RRN", RRN_J), ("KR_HEALTH_INSURANCE", HI_A), ("LOCATION", "강원특별자치도 춘천시 중앙로 42, 5층")],
)
add(
    "ko",
    P,
    f"치매안심센터 등록 대상자 명단 요약해줘\n1) 박순례 ({RRN_T}) 보호자 딸 {PH[20]}\n2) 김덕배 ({RRN_P}) 보호자 아들 {PH[21]}\n두 분 다 건강보험 {HI_B}, {HI_D} 확인 완료",
    [("PERSON", "박순례"), ("KR_RRN", RRN_T), ("PHONE_NUMBER", PH[20]), ("PERSON", "김덕배"), ("KR_RRN", RRN_P), ("PHONE_NUMBER", PH[21]), ("KR_HEALTH_INSURANCE", HI_B), ("KR_HEALTH_INSURANCE", HI_D)],
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
    [("PERSON", "오태윤"), ("PHONE_NUMBER", PH[24]), ("LOCATION", "울산광역시 남구 삼산로 282, 1101호"), ("BANK_ACCOUNT", ACC_KK)],
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
    [("PERSON", "박정민"), ("KR_PASSPORT", PASS_C), ("PHONE_NUMBER", PH[27]), ("PERSON", "유하린"), ("KR_PASSPORT", PASS_D), ("PHONE_NUMBER", PH[28])],
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
    [("PERSON", "Daniel Harper"), ("PERSON", "Daniel"), ("IP_ADDRESS", "175.223.17.88"), ("PERSON", "Priya Raman"), ("EMAIL_ADDRESS", "hr-cases@northwind-kr.com"), ("PHONE_NUMBER", PH[31])],
)
add(
    "ko",
    P,
    f"인사위원회 회의 결과 통지문 써줘. 피징계자 조태민(사번 K-3391)에게 정직 1개월 의결, 통지 주소 경기도 화성시 동탄대로 537, 2204동 901호, 이의신청은 30일 이내. 참고로 신고자는 같은 팀 우서윤.",
    [("PERSON", "조태민"), ("LOCATION", "경기도 화성시 동탄대로 537, 2204동 901호"), ("PERSON", "우서윤")],
)
# --- insurance
add(
    "ko",
    P,
    f"실손보험 청구서 대신 작성해줘.\n피보험자: 박서연, 주민등록번호 {RRN_G}\n진료기관: 분당서울대병원, 진료일 2024-11-08, 본인부담금 187,400원\n결제카드: {CARD_G}\n보험금 수령계좌: 토스뱅크 {ACC_TOSS}\n연락처 {PH[32]}",
    [("PERSON", "박서연"), ("KR_RRN", RRN_G), ("CREDIT_CARD", CARD_G), ("BANK_ACCOUNT", ACC_TOSS), ("PHONE_NUMBER", PH[32])],
)
add(
    "ko",
    P,
    f"자동차보험 사고접수 메모를 보험사 양식 문장으로 바꿔줘: 피보험자 노승철 {PH[33]}, 운전면허 {DL_C}, 상대 운전자 하지민 {PH[34]}, 사고 장소 인천광역시 연수구 컨벤시아대로 165 지하주차장 B2, 후진 중 접촉.",
    [("PERSON", "노승철"), ("PHONE_NUMBER", PH[33]), ("KR_DRIVER_LICENSE", DL_C), ("PERSON", "하지민"), ("PHONE_NUMBER", PH[34]), ("LOCATION", "인천광역시 연수구 컨벤시아대로 165")],
)
add(
    "en",
    P,
    f"Summarise this travel insurance claim for the adjuster.\nClaimant: Yoon Seo-jin (Korean passport {PASS_E})\nTravel companion: Ethan Cole, alien reg. {ARN_D}\nIncident: bag stolen at Barcelona Sants on 3 Nov\nReimbursement to card {CARD_D}\nEmail seojin.yoon.travels@outlook.com",
    [("PERSON", "Yoon Seo-jin"), ("KR_PASSPORT", PASS_E), ("PERSON", "Ethan Cole"), ("KR_ALIEN_REG", ARN_D), ("CREDIT_CARD", CARD_D), ("EMAIL_ADDRESS", "seojin.yoon.travels@outlook.com")],
)
add(
    "ko",
    P,
    f"상해보험 사망보험금 청구 서류 목록 안내해줘. 피보험자 故 염상훈({RRN_D}), 수익자 배우자 진미경({RRN_N}), 수령계좌 농협 {ACC_NH2}, 연락처 {PH[35]}.",
    [("PERSON", "염상훈"), ("KR_RRN", RRN_D), ("PERSON", "진미경"), ("KR_RRN", RRN_N), ("BANK_ACCOUNT", ACC_NH2), ("PHONE_NUMBER", PH[35])],
)
# --- telecom customer service
add(
    "ko",
    P,
    f"상담 녹취 전사본인데 상담 품질 평가 코멘트 써줘.\n\n상담사: 네 고객님, 명의자 성함 말씀 부탁드립니다.\n고객: 심재훈이요.\n상담사: 가입하신 번호가 {PH[36]} 맞으실까요?\n고객: 네.\n상담사: 요금 자동이체 카드 {CARD_C} 로 변경 완료되었습니다. 유심은 서울특별시 송파구 올림픽로 300, 31층 으로 발송해 드릴게요.",
    [("PERSON", "심재훈"), ("PHONE_NUMBER", PH[36]), ("CREDIT_CARD", CARD_C), ("LOCATION", "서울특별시 송파구 올림픽로 300, 31층")],
)
add(
    "ko",
    P,
    f"통신사 명의도용 신고 접수 내용 요약해줘. 신고인 변지수({RRN_L[:6]}생) 본인 모르게 {PH[37]} 회선이 개통됨. 개통 매장 인터넷 주문 접속 IP 58.229.104.31, 본인 회선은 {PH[38]}. 본인 주민등록번호 {RRN_L} 유출 의심.",
    [("PERSON", "변지수"), ("PHONE_NUMBER", PH[37]), ("IP_ADDRESS", "58.229.104.31"), ("PHONE_NUMBER", PH[38]), ("KR_RRN", RRN_L)],
)
add(
    "en",
    P,
    f"Rewrite this chat transcript into a ticket summary.\n\nAgent: Can I have the account holder's name?\nCustomer: Liam O'Connor.\nAgent: And the roaming number you're calling about?\nCustomer: +82 10-{PH[39][4:]}.\nAgent: I've sent the verification link to liam.oconnor@proton.me. Your alien registration number ending is fine, I just need the full one for the record.\nCustomer: {ARN_C}.",
    [("PERSON", "Liam O'Connor"), ("PHONE_NUMBER", f"+82 10-{PH[39][4:]}"), ("EMAIL_ADDRESS", "liam.oconnor@proton.me"), ("KR_ALIEN_REG", ARN_C)],
)
add(
    "ko",
    P,
    f"인터넷 설치 기사 배정 메시지 만들어줘: 고객 길현우 님, 설치 주소 대구광역시 수성구 동대구로 366, 110동 1906호, 연락처 {PH[40]}, 희망일 12/2 오전, 공유기 관리 IP 192.168.0.114 고정 요청.",
    [("PERSON", "길현우"), ("LOCATION", "대구광역시 수성구 동대구로 366, 110동 1906호"), ("PHONE_NUMBER", PH[40]), ("IP_ADDRESS", "192.168.0.114")],
)
# --- lease contracts
add(
    "ko",
    P,
    f"임대차계약서 특약사항 검토해줘. 당사자 표시 부분 같이 붙여.\n\n임대인: 구본철 ({RRN_D}) 주소: 서울특별시 동작구 상도로 55, 3층 / 전화 {PH[41]}\n임차인: 도하람 ({RRN_C}) 주소: 전라남도 순천시 중앙로 93\n소재지: 서울특별시 동작구 상도로 55, 2층 201호\n보증금 입금계좌: 국민 {ACC_KB2} (예금주 구본철)\n특약: 반려동물 금지, 퇴거 시 도배 원상복구",
    [("PERSON", "구본철"), ("KR_RRN", RRN_D), ("LOCATION", "서울특별시 동작구 상도로 55, 3층"), ("PHONE_NUMBER", PH[41]), ("PERSON", "도하람"), ("KR_RRN", RRN_C), ("LOCATION", "전라남도 순천시 중앙로 93"), ("LOCATION", "서울특별시 동작구 상도로 55, 2층 201호"), ("BANK_ACCOUNT", ACC_KB2), ("PERSON", "구본철")],
)
add(
    "ko",
    P,
    f"전월세 신고 누락 과태료 안내문 문구 써줘. 계약 당사자: 임대인 성기룡 {PH[42]}, 임차인 탁수빈 {PH[43]}, 주택 소재지 경기도 안양시 동안구 시민대로 230, 803호. 중개사무소 사업자번호 {BRN_E}.",
    [("PERSON", "성기룡"), ("PHONE_NUMBER", PH[42]), ("PERSON", "탁수빈"), ("PHONE_NUMBER", PH[43]), ("LOCATION", "경기도 안양시 동안구 시민대로 230, 803호"), ("KR_BRN", BRN_E)],
)
add(
    "en",
    P,
    f"Check this English summary of my lease for mistakes.\nLandlord: Mr. Kwon Tae-seok, phone {PH[44]}\nTenant: Sophie Laurent (ARC {ARN_E})\nPremises: Unit 502, 17 Itaewon-ro 27ga-gil, Yongsan-gu, Seoul 04349\nDeposit of KRW 10,000,000 paid to Shinhan {ACC_SH2}. Kwon agreed to fix the boiler before move-in.",
    [("PERSON", "Kwon Tae-seok"), ("PHONE_NUMBER", PH[44]), ("PERSON", "Sophie Laurent"), ("KR_ALIEN_REG", ARN_E), ("LOCATION", "Unit 502, 17 Itaewon-ro 27ga-gil, Yongsan-gu, Seoul 04349"), ("BANK_ACCOUNT", ACC_SH2), ("PERSON", "Kwon")],
)
# --- university admissions
add(
    "ko",
    P,
    f"수시 원서 접수 확인 메일 초안 써줘.\n지원자: 엄지원 / 주민등록번호 {RRN_O}\n수험번호 2025-10384\n이메일 jiwon.eom05@naver.com / 휴대전화 {PH[45]}\n보호자(모) 연락처 {PH[46]}\n주소 경상남도 창원시 성산구 중앙대로 151, 303동 1202호",
    [("PERSON", "엄지원"), ("KR_RRN", RRN_O), ("EMAIL_ADDRESS", "jiwon.eom05@naver.com"), ("PHONE_NUMBER", PH[45]), ("PHONE_NUMBER", PH[46]), ("LOCATION", "경상남도 창원시 성산구 중앙대로 151, 303동 1202호")],
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
    [("PERSON", "Aisha Rahman"), ("KR_ALIEN_REG", ARN_C), ("EMAIL_ADDRESS", "aisha.rahman.bd@gmail.com"), ("PHONE_NUMBER", PH[48]), ("BANK_ACCOUNT", ACC_WR)],
)
add(
    "ko",
    P,
    f"장학금 지급 명단 확인해줘, 학번 말고 계좌 형식 이상한 거 있나?\n학번\t성명\t은행\t계좌번호\n20231187\t채서윤\t신한\t{ACC_SH}\n20231204\t표재민\t카카오뱅크\t{ACC_KK}\n20240015\t방소희\t우체국\t{ACC_POST}",
    [("PERSON", "채서윤"), ("BANK_ACCOUNT", ACC_SH), ("PERSON", "표재민"), ("BANK_ACCOUNT", ACC_KK), ("PERSON", "방소희"), ("BANK_ACCOUNT", ACC_POST)],
)
# --- Jira tickets
add(
    "mixed",
    P,
    f"이 Jira 티켓 내용 보고 재현 절차 정리해줘.\n\nPAY-4821 [결제] 특정 고객 카드 승인 실패\nReporter: cs.kimyr@mallkorea.co.kr\nDescription: 고객 석동민 ({PH[49]}) 주문 시 카드 {CARD_H} 승인 거절(코드 51). client_ip=121.165.43.209, 동일 카드로 앱에서는 정상.\nPriority: High",
    [("EMAIL_ADDRESS", "cs.kimyr@mallkorea.co.kr"), ("PERSON", "석동민"), ("PHONE_NUMBER", PH[49]), ("CREDIT_CARD", CARD_H), ("IP_ADDRESS", "121.165.43.209")],
)
add(
    "en",
    P,
    f"Turn this Jira bug into a concise description.\n\nOPS-1377 Login lockout for user\nAssignee: Grace Min\nSteps: user jordan.ellis@brightwave.io locked after 5 attempts from 203.246.112.9; internal bastion 10.20.31.45 shows the same.\nComment (Grace Min): called Jordan at {PH[50]}, confirmed not him.",
    [("PERSON", "Grace Min"), ("EMAIL_ADDRESS", "jordan.ellis@brightwave.io"), ("IP_ADDRESS", "203.246.112.9"), ("IP_ADDRESS", "10.20.31.45"), ("PERSON", "Grace Min"), ("PERSON", "Jordan"), ("PHONE_NUMBER", PH[50])],
)
add(
    "mixed",
    P,
    f"CS-902 티켓 댓글 정리해서 고객 답변으로 바꿔줘.\n> [댓글] 배송지 변경 요청: 충청남도 천안시 서북구 불당대로 140, 1402호 → 수령인 변경 모세린 {PH[51]}\n> [댓글] 환불 계좌 하나은행 {ACC_HN} 확인 완료",
    [("LOCATION", "충청남도 천안시 서북구 불당대로 140, 1402호"), ("PERSON", "모세린"), ("PHONE_NUMBER", PH[51]), ("BANK_ACCOUNT", ACC_HN)],
)
# --- git diffs with fixtures
add(
    "mixed",
    P,
    f"이 PR diff 리뷰해줘. 테스트 픽스처에 실데이터 들어간 것 같은데?\n\n--- a/tests/fixtures/members.json\n+++ b/tests/fixtures/members.json\n@@ -3,6 +3,9 @@\n   {{\n-    \"name\": \"테스트\",\n+    \"name\": \"왕지혜\",\n+    \"rrn\": \"{RRN_E}\",\n+    \"phone\": \"{PH[52]}\",\n+    \"card\": \"{CARD_I}\"\n   }}",
    [("PERSON", "왕지혜"), ("KR_RRN", RRN_E), ("PHONE_NUMBER", PH[52]), ("CREDIT_CARD", CARD_I)],
)
add(
    "en",
    P,
    f"Explain why this commit was reverted.\n\ncommit 9f2c41e7b0d3a6f1c8e5d4b2a7f9e0c1d3b5a7e9\nAuthor: Hyunwoo Seo <hyunwoo.seo@corp-dev.kr>\n\n    test: add seed user for staging\n\ndiff --git a/seed/users.sql b/seed/users.sql\n+INSERT INTO users (name, email, phone, last_ip) VALUES ('Ji-ho Park', 'jiho.park.94@naver.com', '{PH[53]}', '211.36.142.77');",
    [("PERSON", "Hyunwoo Seo"), ("EMAIL_ADDRESS", "hyunwoo.seo@corp-dev.kr"), ("PERSON", "Ji-ho Park"), ("EMAIL_ADDRESS", "jiho.park.94@naver.com"), ("PHONE_NUMBER", PH[53]), ("IP_ADDRESS", "211.36.142.77")],
)
add(
    "mixed",
    P,
    f"이 diff 에서 뭐가 바뀐 건지 설명해줘\n\n-BIZ_REG_NO = \"{BRN_F}\"\n+BIZ_REG_NO = \"{BRN_A}\"\n CORP_REG_NO = \"{CRN_C}\"\n-CEO_NAME = \"탁경수\"\n+CEO_NAME = \"어민정\"",
    [("KR_BRN", BRN_F), ("KR_BRN", BRN_A), ("KR_CRN", CRN_C), ("PERSON", "탁경수"), ("PERSON", "어민정")],
)
# --- JSON API payloads
add(
    "mixed",
    P,
    f"이 API 요청 바디에서 필수값 빠진 거 찾아줘.\n\n{{\n  \"applicant\": {{\"name\": \"봉수아\", \"rrn\": \"{RRN_Q}\", \"mobile\": \"{PH[54]}\"}},\n  \"address\": {{\"road\": \"서울특별시 은평구 통일로 684, 1동 301호\", \"zip\": \"03306\"}},\n  \"refund\": {{\"bank\": \"088\", \"account\": \"{ACC_SH2}\"}}\n}}",
    [("PERSON", "봉수아"), ("KR_RRN", RRN_Q), ("PHONE_NUMBER", PH[54]), ("LOCATION", "서울특별시 은평구 통일로 684, 1동 301호"), ("BANK_ACCOUNT", ACC_SH2)],
)
add(
    "en",
    P,
    f"Why does this webhook payload fail schema validation?\n\n{{\"event\":\"payment.failed\",\"customer\":{{\"email\":\"noah.kim@wavemail.net\",\"phone\":\"+82-10-{PH[55][4:]}\",\"ip\":\"112.171.58.203\"}},\"card\":{{\"number\":\"{CARD_F}\",\"exp\":\"09/27\"}}}}",
    [("EMAIL_ADDRESS", "noah.kim@wavemail.net"), ("PHONE_NUMBER", f"+82-10-{PH[55][4:]}"), ("IP_ADDRESS", "112.171.58.203"), ("CREDIT_CARD", CARD_F)],
)
add(
    "mixed",
    P,
    f"응답 JSON 구조 설명해줘\n{{\"status\":200,\"data\":{{\"driver\":{{\"name\":\"맹준영\",\"license_no\":\"{DL_D}\",\"tel\":\"{PH[56]}\"}},\"vehicle\":\"45모1234\"}}}}",
    [("PERSON", "맹준영"), ("KR_DRIVER_LICENSE", DL_D), ("PHONE_NUMBER", PH[56])],
)
# --- pandas printouts
add(
    "mixed",
    P,
    f"DataFrame 출력인데 phone 컬럼 형식 통일하는 코드 짜줘\n\n      name           phone            account\n0   하승우   {PH[57]}   {ACC_KB}\n1   국예은   {PH[58]}   {ACC_NH}\n2  Tran Van Minh   {PH[59]}   {ACC_POST}",
    [("PERSON", "하승우"), ("PHONE_NUMBER", PH[57]), ("BANK_ACCOUNT", ACC_KB), ("PERSON", "국예은"), ("PHONE_NUMBER", PH[58]), ("BANK_ACCOUNT", ACC_NH), ("PERSON", "Tran Van Minh"), ("PHONE_NUMBER", PH[59]), ("BANK_ACCOUNT", ACC_POST)],
)
add(
    "en",
    P,
    f"df.head() below, how do I drop rows where ip is private?\n\n   user_id             email              ip\n0     1042   mia.jang@outlook.kr   14.52.207.119\n1     1043   leo.choi@gmail.com    172.16.40.12\n2     1044   eun.seo@kakao.com     39.7.24.180",
    [("EMAIL_ADDRESS", "mia.jang@outlook.kr"), ("IP_ADDRESS", "14.52.207.119"), ("EMAIL_ADDRESS", "leo.choi@gmail.com"), ("IP_ADDRESS", "172.16.40.12"), ("EMAIL_ADDRESS", "eun.seo@kakao.com"), ("IP_ADDRESS", "39.7.24.180")],
)
add(
    "mixed",
    P,
    f">>> df[df['gender']=='F']\n     성명         주민번호     건보번호\n3   편수진  {RRN_G}  {HI_A}\n7   소예나  {RRN_L}  {HI_D}\n이 결과에서 나이 컬럼 추가하는 법 알려줘",
    [("PERSON", "편수진"), ("KR_RRN", RRN_G), ("KR_HEALTH_INSURANCE", HI_A), ("PERSON", "소예나"), ("KR_RRN", RRN_L), ("KR_HEALTH_INSURANCE", HI_D)],
)
# --- Excel with merged cells
add(
    "ko",
    P,
    f"엑셀에서 병합된 셀 복사해서 붙였더니 이렇게 됐어. 세대별로 다시 묶어줘.\n세대주\t세대원\t관계\t주민등록번호\n방성훈\t방성훈\t본인\t{RRN_B}\n\t탁미진\t배우자\t{RRN_E}\n\t방서율\t자\t{RRN_NEW2}\n옥재석\t옥재석\t본인\t{RRN_J}",
    [("PERSON", "방성훈"), ("PERSON", "방성훈"), ("KR_RRN", RRN_B), ("PERSON", "탁미진"), ("KR_RRN", RRN_E), ("PERSON", "방서율"), ("KR_RRN", RRN_NEW2), ("PERSON", "옥재석"), ("PERSON", "옥재석"), ("KR_RRN", RRN_J)],
)
add(
    "ko",
    P,
    f"거래처 목록 엑셀인데 병합셀 풀어서 표로 정리해줘\n거래처명\t사업자번호\t담당자\t연락처\n(주)해솔식품\t{BRN_C}\t마동희\t{PH[60]}\n\t\t용하은\t{PH[61]}\n대성철물\t{BRN_F}\t반기태\t{PH_070}",
    [("KR_BRN", BRN_C), ("PERSON", "마동희"), ("PHONE_NUMBER", PH[60]), ("PERSON", "용하은"), ("PHONE_NUMBER", PH[61]), ("KR_BRN", BRN_F), ("PERSON", "반기태"), ("PHONE_NUMBER", PH_070)],
)
# --- LaTeX / markdown
add(
    "mixed",
    P,
    f"이 LaTeX 표 컴파일 에러 나는 이유 알려줘\n\\begin{{tabular}}{{|l|l|l|}}\n\\hline\n성명 & 이메일 & 연락처 \\\\\n\\hline\n연수아 & suah.yeon@postech.ac.kr & {PH[62]} \\\\\n제갈태오 & taeo.jegal@kaist.ac.kr & {PH[63]} \\\\\n\\hline\n\\end{{tabular}}",
    [("PERSON", "연수아"), ("EMAIL_ADDRESS", "suah.yeon@postech.ac.kr"), ("PHONE_NUMBER", PH[62]), ("PERSON", "제갈태오"), ("EMAIL_ADDRESS", "taeo.jegal@kaist.ac.kr"), ("PHONE_NUMBER", PH[63])],
)
add(
    "ko",
    P,
    f"해외연수 참가자 마크다운 표 검토해줘\n\n| 이름 | 여권번호 | 만료일 | 비상연락처 |\n|---|---|---|---|\n| 설민호 | {PASS_A} | 2031-04-18 | {PH[64]} |\n| 육소윤 | {PASS_B} | 2029-11-02 | {PH[65]} |",
    [("PERSON", "설민호"), ("KR_PASSPORT", PASS_A), ("PHONE_NUMBER", PH[64]), ("PERSON", "육소윤"), ("KR_PASSPORT", PASS_B), ("PHONE_NUMBER", PH[65])],
)
add(
    "mixed",
    P,
    f"README 에 넣을 담당자 표인데 오타 봐줘\n\n| 역할 | 담당 | 연락 |\n|------|------|------|\n| 서버 | 기다온 | daon.ki@infra-team.kr |\n| DB | 라윤석 | {PH[66]} |\n| 운영 서버 | - | 10.40.8.21 |",
    [("PERSON", "기다온"), ("EMAIL_ADDRESS", "daon.ki@infra-team.kr"), ("PERSON", "라윤석"), ("PHONE_NUMBER", PH[66]), ("IP_ADDRESS", "10.40.8.21")],
)
# --- English HR emails
add(
    "en",
    P,
    f"Make this onboarding email friendlier.\n\nHi Chloe,\nWelcome to the Seoul office! Please bring your passport ({PASS_D}) and alien registration card ({ARN_A}) on day one. Payroll will go to the Kookmin account you gave us, {ACC_KB2}. Your buddy is Marcus Webb ({PH[67]}).\nBest,\nHannah Yoo, People Team",
    [("PERSON", "Chloe"), ("KR_PASSPORT", PASS_D), ("KR_ALIEN_REG", ARN_A), ("BANK_ACCOUNT", ACC_KB2), ("PERSON", "Marcus Webb"), ("PHONE_NUMBER", PH[67]), ("PERSON", "Hannah Yoo")],
)
add(
    "en",
    P,
    f"Shorten this reference-check request.\n\nDear Ms. Ferreira,\nJulian Brooks has listed you as a referee for the Operations Lead role. Could you share your availability for a 15-minute call? You can reach me at evelyn.tran@kestrelhr.com or on my Seoul mobile {PH[68]}.\nKind regards,\nEvelyn Tran",
    [("PERSON", "Ferreira"), ("PERSON", "Julian Brooks"), ("EMAIL_ADDRESS", "evelyn.tran@kestrelhr.com"), ("PHONE_NUMBER", PH[68]), ("PERSON", "Evelyn Tran")],
)
add(
    "en",
    P,
    "Summarise this exit interview email for the file.\n\nFrom: Rachel Stone\nTo: HR\nI am leaving because of the commute. My new address for the final payslip is Apt 12C, 88 Riverside Drive, New York, NY 10024. Personal email: rachel.stone.nyc@icloud.com. Please also cc my manager Tom Alvarez.",
    [("PERSON", "Rachel Stone"), ("LOCATION", "Apt 12C, 88 Riverside Drive, New York, NY 10024"), ("EMAIL_ADDRESS", "rachel.stone.nyc@icloud.com"), ("PERSON", "Tom Alvarez")],
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
    [("PERSON", "육정민"), ("BANK_ACCOUNT", ACC_KK), ("PERSON", "육정민"), ("PERSON", "육정민"), ("PERSON", "하소라"), ("PERSON", "탁건희"), ("PHONE_NUMBER", PH[69])],
)
add(
    "ko",
    P,
    f"카톡 대화 캡처 텍스트인데 이 사람이 보낸 정보로 실종 신고 가능한지 봐줘\n\n--------------- 2024년 11월 30일 토요일 ---------------\n2024. 11. 30. 오후 9:14, 금하윤 : 언니 우리 아빠 전화가 계속 안 돼 {PH[70]}\n2024. 11. 30. 오후 9:15, 금하윤 : 아빠 이름 금상철이고 마지막으로 본 게 경기도 파주시 문산읍 당동1로 39 근처래",
    [("PERSON", "금하윤"), ("PHONE_NUMBER", PH[70]), ("PERSON", "금하윤"), ("PERSON", "금상철"), ("LOCATION", "경기도 파주시 문산읍 당동1로 39")],
)
add(
    "ko",
    P,
    f"업무 단톡 내용 회의록으로 바꿔줘\n[선우진] [오전 10:01] 오늘 전입신고 현장확인 대상 주소 공유합니다\n[선우진] [오전 10:01] 서울특별시 중랑구 망우로 353, 지하1층\n[팽지아] [오전 10:03] 세대주 연락처 {PH[71]} 통화 완료했어요",
    [("PERSON", "선우진"), ("PERSON", "선우진"), ("LOCATION", "서울특별시 중랑구 망우로 353, 지하1층"), ("PERSON", "팽지아"), ("PHONE_NUMBER", PH[71])],
)
# --- voice memo (plain digits)
add(
    "ko",
    P,
    f"음성메모 받아쓴 거야, 정리해서 할 일 목록으로 만들어줘: '어 내일 오전에 도창민 씨한테 전화해야 되고 번호는 {PH[72]}, 그리고 계약금은 신한 {ACC_SH} 으로 보내기로 했음, 주소는 경기도 김포시 김포한강4로 125, 3층'",
    [("PERSON", "도창민"), ("PHONE_NUMBER", PH[72]), ("BANK_ACCOUNT", ACC_SH), ("LOCATION", "경기도 김포시 김포한강4로 125, 3층")],
)
# --- misc new-domain positives
add(
    "ko",
    P,
    f"장애인 활동지원 신청 접수증 만들어줘. 신청인 소민혁({RRN_H}), 대리신청인 모 윤경아 {PH[73]}, 주소 제주특별자치도 제주시 연삼로 473, 2층.",
    [("PERSON", "소민혁"), ("KR_RRN", RRN_H), ("PERSON", "윤경아"), ("PHONE_NUMBER", PH[73]), ("LOCATION", "제주특별자치도 제주시 연삼로 473, 2층")],
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
    [("PERSON", "Gareth Lloyd"), ("EMAIL_ADDRESS", "g.lloyd@lloydlettings.co.uk"), ("LOCATION", "Flat 4, 21 Harcourt Road, Bristol BS6 7RD"), ("PERSON", "Patel")],
)
add(
    "ko",
    P,
    f"긴급재난지원금 이의신청 답변 써줘. 신청인 원다은, 연락처 {PH[74]}, 서버 접수 로그 IP 1.235.88.14, 지급 계좌 우체국 {ACC_POST}, 사업장 법인번호 {CRN_D}.",
    [("PERSON", "원다은"), ("PHONE_NUMBER", PH[74]), ("IP_ADDRESS", "1.235.88.14"), ("BANK_ACCOUNT", ACC_POST), ("KR_CRN", CRN_D)],
)
add(
    "ko",
    P,
    f"운전면허 갱신 안내 우편 문구 만들어줘: 대상 빈서준, 면허번호 {DL_E}, 적성검사 기간 2025-01-01~2025-12-31, 주소 전라남도 목포시 영산로 75, 연락처 {PH[75]}.",
    [("PERSON", "빈서준"), ("KR_DRIVER_LICENSE", DL_E), ("LOCATION", "전라남도 목포시 영산로 75"), ("PHONE_NUMBER", PH[75])],
)
add(
    "mixed",
    P,
    f"서버 접근 로그 이상징후 분석해줘\n2024-11-28T02:13:44+09:00 sshd[2231]: Failed password for admin from 45.133.172.9 port 52214\n2024-11-28T02:13:51+09:00 sshd[2231]: Accepted password for hjlee from 218.38.12.240 port 52301\n계정 hjlee 는 이현지 (hyunji.lee@gov-it.kr, {PH[76]}) 계정임",
    [("IP_ADDRESS", "45.133.172.9"), ("IP_ADDRESS", "218.38.12.240"), ("PERSON", "이현지"), ("EMAIL_ADDRESS", "hyunji.lee@gov-it.kr"), ("PHONE_NUMBER", PH[76])],
)
add(
    "ko",
    P,
    f"다문화가족 지원 사례관리 기록 요약: 결혼이민자 팜티흐엉(외국인등록번호 {ARN_B}), 배우자 석진호 {PH[77]}, 자녀 석하린({RRN_NEW1}). 한국어교실 신청.",
    [("PERSON", "팜티흐엉"), ("KR_ALIEN_REG", ARN_B), ("PERSON", "석진호"), ("PHONE_NUMBER", PH[77]), ("PERSON", "석하린"), ("KR_RRN", RRN_NEW1)],
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
    [("PERSON", "명태준"), ("KR_PASSPORT", PASS_C), ("KR_RRN", RRN_S), ("LOCATION", "서울특별시 중구 세종대로 110"), ("PHONE_NUMBER", PH[79])],
)
add(
    "en",
    P,
    f"Rewrite this insurance claim note in plain English.\nPolicyholder: Hiroshi Tanaka, ARC {ARN_D}, claim #CLM-2024-118842\nHospital bill paid with card {CARD_B}\nRefund to KB account {ACC_KB}\nContact: h.tanaka.kr@gmail.com",
    [("PERSON", "Hiroshi Tanaka"), ("KR_ALIEN_REG", ARN_D), ("CREDIT_CARD", CARD_B), ("BANK_ACCOUNT", ACC_KB), ("EMAIL_ADDRESS", "h.tanaka.kr@gmail.com")],
)
add(
    "ko",
    P,
    f"주민센터 인감증명 대리발급 위임장 검토: 위임자 채경민({RRN_B}) 주소 경기도 의정부시 시민로 1, 1층 / 수임자 채윤아({RRN_Q}) 연락처 {PH[80]}",
    [("PERSON", "채경민"), ("KR_RRN", RRN_B), ("LOCATION", "경기도 의정부시 시민로 1, 1층"), ("PERSON", "채윤아"), ("KR_RRN", RRN_Q), ("PHONE_NUMBER", PH[80])],
)
add(
    "ko",
    P,
    f"보건소 방문간호 일정표 만들어줘. 대상 어르신: 반옥자 (부산광역시 사하구 낙동대로 398, 2동 105호, {PH_BS}), 건강보험 {HI_B}, 주 1회 혈압 체크.",
    [("PERSON", "반옥자"), ("LOCATION", "부산광역시 사하구 낙동대로 398, 2동 105호"), ("PHONE_NUMBER", PH_BS), ("KR_HEALTH_INSURANCE", HI_B)],
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
    [("PERSON", "어승현"), ("LOCATION", "서울특별시 서초구 반포대로 158, 9층"), ("KR_CRN", CRN_C), ("KR_BRN", BRN_E), ("PERSON", "편재성")],
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
    [("PHONE_NUMBER", PH[83]), ("PHONE_NUMBER", PH[83]), ("PERSON", "태은지"), ("EMAIL_ADDRESS", "eunji.tae@hanmail.net")],
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
    [("PERSON", "피예준"), ("PHONE_NUMBER", PH[84]), ("LOCATION", "광주광역시 광산구 첨단중앙로 150, 207동 1103호"), ("PERSON", "함시우"), ("PHONE_NUMBER", PH[85])],
)
add(
    "en",
    P,
    f"Fix the grammar: 'Per our call, Mr. Carter's ARC number is {ARN_A} and his reimbursement should be sent to Woori {ACC_WR}. He moved to 5F, 42 Seocho-daero 74-gil, Seocho-gu, Seoul 06621 last month.'",
    [("PERSON", "Carter"), ("KR_ALIEN_REG", ARN_A), ("BANK_ACCOUNT", ACC_WR), ("LOCATION", "5F, 42 Seocho-daero 74-gil, Seocho-gu, Seoul 06621")],
)
add(
    "ko",
    P,
    f"병무청 민원 답변 초안: 민원인 탕진우 님({PH[86]}, jinwoo.tang@naver.com)께서 문의하신 국외여행 허가 연장 건은 여권번호 {PASS_E} 기준으로 2025-03-31까지 연장 처리되었습니다.",
    [("PERSON", "탕진우"), ("PHONE_NUMBER", PH[86]), ("EMAIL_ADDRESS", "jinwoo.tang@naver.com"), ("KR_PASSPORT", PASS_E)],
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
    [("PERSON", "두경호"), ("KR_RRN", RRN_R), ("IP_ADDRESS", "222.121.66.45"), ("PERSON", "여소연"), ("KR_RRN", RRN_N), ("IP_ADDRESS", "10.8.2.77")],
)
add(
    "ko",
    P,
    f"음성 녹음 받아쓰기 교정해줘: '네 여기는 영통구청이고요, 민원인 성함은 호지민 아니고 호지은 님, 연락처 {PH[87]}, 불법주정차 신고 장소는 경기도 수원시 영통구 광교중앙로 140 앞입니다.'",
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
    [("PERSON", "Noel Duarte"), ("BANK_ACCOUNT", ACC_KB2), ("BANK_ACCOUNT", ACC_TOSS), ("EMAIL_ADDRESS", "noel.duarte@meridian-kr.com")],
)
add(
    "ko",
    P,
    f"교육청 징계 심의 자료 요약: 대상 교사 변승연, 학부모 민원인 길나은({PH[89]}) 주장에 따르면 2024-10-15 수업 중 폭언. 학교 주소 대전광역시 유성구 대학로 99.",
    [("PERSON", "변승연"), ("PERSON", "길나은"), ("PHONE_NUMBER", PH[89]), ("LOCATION", "대전광역시 유성구 대학로 99")],
)
