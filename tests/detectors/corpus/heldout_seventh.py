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


PH = [mob() for _ in range(40)]
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
