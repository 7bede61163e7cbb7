# ruff: noqa: E501  (case texts are data; long lines and look-alike characters are deliberate)
"""Fourth held-out set: public-sector domains (police, court, tax, hospital/NHIS, school, welfare, immigration,
procurement, HR, IT helpdesk), chat/e-mail/data-dump layouts, red-team obfuscations and hard negatives.

Written blind by an independent tester: detectors/, gateway/, policies/, docs/detection.md and the other corpus
cases were not read; only the helpers of check_digits.py are imported. Every value is synthetic; identifiers
carry real check digits where the format has them (RRN before Oct 2020, alien registration, BRN, CRN, Luhn
cards, EAN-13/ISBN-13, IBAN, passport MRZ).

`python -m tests.detectors.corpus.heldout_fourth` writes heldout_fourth.jsonl next to this file.
Cases are (lang, kind, text, [(entity, exact substring), ...]); each labelled substring is placed at its first
occurrence not overlapping a span already placed, and the slice is asserted equal to the label.

Label decisions (documented so a reviewer can disagree):
- Placeholders (홍길동, 900101-1******, 010-0000-0000, example.com, "John Doe, 123 Main Street, Anytown"),
  fully masked values (김○○, 010-****-****) and NANP fictional 555-01xx numbers in a screenplay are negatives.
  Korean numbers in fiction have no reserved range, so a realistic 010 number in a novel draft is a positive.
- A well-known public test PAN (4242 4242 4242 4242) in a sandbox instruction is a negative.
- Company/helpline numbers (1588/1577/1544/1-800, 112/119/110) are negatives.
- A MAC address is a negative (no MAC entity; flagging it as IP is wrong).
- Given names alone (chat nicknames, fictional characters) are not labelled; full names are.
- An RRN whose front and back halves sit in separate table cells is labelled as ONE span from the first digit of
  the front half to the last digit of the back half (table markup included).
- Encoded values (base64, percent, hex, HTML entities, \\u escapes, decimal-integer IP, MRZ) are labelled as
  the encoded substring with the entity they decode to.
- IPs are labelled whether private or public (IP_ADDRESS is the entity, not "personal IP").
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.jsonl import write_jsonl

OUT = Path(__file__).with_name("heldout_fourth.jsonl")

RRN, ARN, PASS, DL = "KR_RRN", "KR_ALIEN_REG", "KR_PASSPORT", "KR_DRIVER_LICENSE"
BRN, CRN, NHI = "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE"
PH, ACC, CC, EM, IP = "PHONE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS", "IP_ADDRESS"
PER, LOC = "PERSON", "LOCATION"

# --- obfuscation helpers ---------------------------------------------------------------------------------------
_FW = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789-+()@."}
_HG = dict(zip("0123456789", ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], strict=True))
_EN = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))
ZW, SHY = "\u200b", "\u00ad"


def fw(s: str) -> str:
    return s.translate(_FW)


def hangul(s: str, zero: str = "공") -> str:
    return "".join((zero if c == "0" else _HG[c]) if c.isdigit() else c for c in s)


def words(s: str, sep: str = " ") -> str:
    return sep.join(_EN[c] for c in s if c.isdigit())


def between(s: str, ch: str) -> str:
    """Insert ch between every pair of adjacent digits."""
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isdigit() and i + 1 < len(s) and s[i + 1].isdigit():
            out.append(ch)
    return "".join(out)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pct(s: str) -> str:
    return "".join(
        c if c.isascii() and (c.isalnum() or c in "._-") else "".join(f"%{b:02X}" for b in c.encode()) for c in s
    )


def hexenc(s: str) -> str:
    return s.encode().hex()


def html_ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" if c.isdigit() else c for c in s)


def uesc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def bold(s: str) -> str:
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def nodash(s: str) -> str:
    return s.replace("-", "")


def iban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def grouped(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def mrz_check(s: str) -> str:
    val = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(val[c] * w for c, w in zip(s, [7, 3, 1] * 20, strict=False)) % 10)


def ip_int(ip: str) -> str:
    a, b, c, d = (int(x) for x in ip.split("."))
    return str((a << 24) | (b << 16) | (c << 8) | d)


# --- synthetic identifiers -------------------------------------------------------------------------------------
R1 = rrn("850312", 1, "04821")
R2 = rrn("920517", 2, "13308")
R3 = rrn("010923", 4, "25716")
R4 = rrn("770204", 1, "56012")
R5 = rrn("881130", 2, "40927")
R6 = rrn("481105", 2, "18345")
R7 = rrn("590722", 1, "37284")
R8 = rrn("030618", 4, "11906")
R9 = rrn("940228", 2, "50473")
R10 = rrn("700919", 1, "22830")
R11 = rrn("861017", 1, "48152")
R12 = rrn("971201", 2, "26614")
R13 = rrn("680430", 2, "31057")
R14 = rrn("990805", 1, "07739")
R15 = rrn("820615", 2, "44208")
R16 = rrn("930207", 2, "01584")
R17 = rrn("750403", 1, "29315")
R18 = rrn("640125", 2, "70482")
R19 = rrn("910830", 1, "36027")
R20 = rrn("800519", 2, "12649")
R21 = rrn("020317", 3, "08451")
R22 = rrn("870909", 1, "55230")
R23 = rrn("951124", 2, "30816")
R24 = rrn("600606", 1, "04937")
R25 = rrn("570228", 2, "41093")
R26 = rrn("980112", 1, "62741")
R27 = rrn("890514", 2, "17380")
N1 = rrn_new("960825", 1, "508213")
N2 = rrn_new("830927", 2, "174029")
N3 = rrn_new("210415", 4, "839201")
N4 = rrn_new("221108", 3, "402957")
N5 = rrn_new("780311", 1, "936420")
A1 = arn("900215", 5, "11048")
A2 = arn("950730", 6, "20317")
A3 = arn("010512", 7, "40128")
A4 = arn("870303", 5, "33591")
A5 = arn("031120", 8, "20964")
A6 = arn("921014", 6, "15836")
A7 = arn("880621", 5, "42017")
A8 = arn("990903", 6, "31275")
B1 = brn("214860371")
B2 = brn("605812947")
B3 = brn("128347019")
B4 = brn("312058846")
B5 = brn("504271938")
B6 = brn("220819374")
B7 = brn("139205718")
B8 = brn("417036295")
B9 = brn("613920584")
C1 = crn("110111482937")
C2 = crn("134811205836")
C3 = crn("160111073948")
C4 = crn("284311019274")
C5 = crn("110111630581")
C6 = crn("110111729305")
V1 = card("457973018462375")
V2 = card("492181736405127")
V3 = card("411628039475120")
V4 = card("476173049281635")
V5 = card("440393718205461")
M1 = card("540926183746251")
M2 = card("222314078362951")
M3 = card("552033718460294")
M4 = card("531287604192738")
M5 = card("223715098364720")
X1 = card("37624187302915", (4, 6, 5))
X2 = card("34871620591837", (4, 6, 5))
J1 = card("356907183492571")
J2 = card("358812403927165")
U1 = card("621483104857302")
IB1 = iban("DE", "500105175407324931")
IB2 = iban("GB", "NWBK60161331926819")
ISBN_KO = isbn13("979-11-6224-053")
ISBN_EN = isbn13("978-1-4920-5182")
EAN_KO = ean13("880104300185")
EAN_EN = ean13("400638133393")
MRZ_PP = "M73016248"
MRZ_L1 = "PMKORBAEK<<SEUNGHO".ljust(44, "<")
_mrz_core = [MRZ_PP + mrz_check(MRZ_PP), "900315" + mrz_check("900315"), "300101" + mrz_check("300101"), "<" * 14 + "<"]
MRZ_L2 = f"{_mrz_core[0]}KOR{_mrz_core[1]}M{_mrz_core[2]}{_mrz_core[3]}{mrz_check(''.join(_mrz_core))}"
assert len(MRZ_L1) == len(MRZ_L2) == 44

assert not luhn_ok("2024031500012345") and not luhn_ok("5012345678901234")

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, *labels: tuple[str, str]) -> None:
    CASES.append((lang, kind, text, list(labels)))


# =================================================================================================================
# KOREAN — positives
# =================================================================================================================
add(
    "ko",
    "positive",
    f"[사건 발생 보고]\n접수번호: 서초서 2024-01827\n신고자: 정다은 (여, 31세) / 연락처 010-4827-3916\n피의자: 문태호 (남, 주민등록번호 {R1})\n발생장소: 서울특별시 서초구 반포대로 58, 지하 1층 주차장\n요지: 피의자가 주차 문제로 신고자와 언쟁 중 차량 사이드미러를 파손함.\n작성: 경위 윤서진",
    (PER, "정다은"),
    (PH, "010-4827-3916"),
    (PER, "문태호"),
    (RRN, R1),
    (LOC, "서울특별시 서초구 반포대로 58"),
    (PER, "윤서진"),
)
add(
    "ko",
    "positive",
    f"공소사실 요지 정리 부탁드립니다.\n사건 2023고단4172 사기\n피고인 강민재({R4})는 2022. 5.경부터 피해자 서예린에게 코인 투자금 명목으로 돈을 받아 편취하였다. 피해자는 피고인 명의 국민은행 계좌 482701-04-193825로 총 7회에 걸쳐 합계 4,300만 원을 송금하였다. 피고인 주거: 경기도 성남시 분당구 정자일로 95, 1204동 803호",
    (PER, "강민재"),
    (RRN, R4),
    (PER, "서예린"),
    (ACC, "482701-04-193825"),
    (LOC, "경기도 성남시 분당구 정자일로 95, 1204동 803호"),
)
add(
    "ko",
    "positive",
    f"[체납 상담 메모] 납세자 권도윤 씨(사업자등록번호 {B1}, 상호 도윤상사) 2022년 귀속 종합소득세 체납 건. 본인 휴대전화 010-7391-2048로 분할납부 가능 여부 안내함. 사업장 소재지 대전광역시 유성구 대학로 291. 담당: 남궁현우 조사관",
    (PER, "권도윤"),
    (BRN, B1),
    (PH, "010-7391-2048"),
    (LOC, "대전광역시 유성구 대학로 291"),
    (PER, "남궁현우"),
)
add(
    "ko",
    "positive",
    f"진료비 청구서 검토 요청\n환자명: 황보선영\n건강보험증번호: 1-4827301956\n주민등록번호: {R2}\n진단명: 급성 충수염(K35.8)\n입원기간: 2024.02.03~2024.02.09 (6박 7일)\n심사 보류 사유를 정리해 주세요.",
    (PER, "황보선영"),
    (NHI, "1-4827301956"),
    (RRN, R2),
)
add(
    "ko",
    "positive",
    "학생부 정정 요청 건입니다. 3학년 2반 18번 이하윤 학생의 보호자 연락처가 010-2958-4731에서 010-6612-0395로 변경되었습니다. 보호자 성명은 이정훈이며, 주소는 그대로 부산광역시 해운대구 센텀중앙로 79입니다.",
    (PER, "이하윤"),
    (PH, "010-2958-4731"),
    (PH, "010-6612-0395"),
    (PER, "이정훈"),
    (LOC, "부산광역시 해운대구 센텀중앙로 79"),
)
add(
    "ko",
    "positive",
    f"기초생활수급 신청서\n신청인: 최순자 (주민등록번호 {R6})\n세대원: 김영호 (배우자), 김하늘 (손녀, {R3})\n지급계좌: 농협 352-1847-2936-11 (예금주 최순자)\n주소: 전북특별자치도 전주시 완산구 효자로 225",
    (PER, "최순자"),
    (RRN, R6),
    (PER, "김영호"),
    (PER, "김하늘"),
    (RRN, R3),
    (ACC, "352-1847-2936-11"),
    (PER, "최순자"),
    (LOC, "전북특별자치도 전주시 완산구 효자로 225"),
)
add(
    "ko",
    "positive",
    f"체류기간 연장 민원 메모: 응우옌 반 득 씨(베트남, 외국인등록번호 {A1})가 E-9 체류기간 연장 신청. 고용 사업장은 경기도 화성시 향남읍 발안공단로 12 (주)대성정밀, 사업자등록번호 {B2}. 본인 연락처 010-3318-7402.",
    (PER, "응우옌 반 득"),
    (ARN, A1),
    (LOC, "경기도 화성시 향남읍 발안공단로 12"),
    (BRN, B2),
    (PH, "010-3318-7402"),
)
add(
    "ko",
    "positive",
    f"계약 체결 품의\n계약상대자: 주식회사 한빛시스템즈\n법인등록번호: {C1}\n사업자등록번호: {B3}\n대표자: 서정우\n담당자 연락처: 02-6952-3107 / hanbit.sales.kjy@hanbitsys.co.kr\n계약금액: 금 148,500,000원(부가세 포함)",
    (CRN, C1),
    (BRN, B3),
    (PER, "서정우"),
    (PH, "02-6952-3107"),
    (EM, "hanbit.sales.kjy@hanbitsys.co.kr"),
)
add(
    "ko",
    "positive",
    f"신규 임용자 인사기록 등록 요청드립니다.\n- 성명: 배지훈 / 주민등록번호: {N1}\n- 급여계좌: 카카오뱅크 3333-08-4719265\n- 비상연락처: 배은정(모) 010-8820-1347\n- 자택: 세종특별자치시 한누리대로 2130, 507동 1102호",
    (PER, "배지훈"),
    (RRN, N1),
    (ACC, "3333-08-4719265"),
    (PER, "배은정"),
    (PH, "010-8820-1347"),
    (LOC, "세종특별자치시 한누리대로 2130, 507동 1102호"),
)
add(
    "ko",
    "positive",
    "[헬프데스크 #48213] 민원여권과 조은비 주무관 PC(IP 10.41.22.187)에서 VPN 접속 실패. GPKI 인증서 만료 확인 후 재발급 안내함. 처리결과 회신 메일: eunbi.cho@korea.kr",
    (PER, "조은비"),
    (IP, "10.41.22.187"),
    (EM, "eunbi.cho@korea.kr"),
)
add(
    "ko",
    "positive",
    "[박민지] [오후 3:12] 언니 나 계좌번호 보내줄게\n[박민지] [오후 3:12] 신한 110-372-845109 박민지\n[이수현] [오후 3:13] ㅇㅋ 보냄~ 혹시 집주소 다시 알려줘 택배 보내게\n[박민지] [오후 3:14] 인천광역시 연수구 컨벤시아대로 165, 103동 2201호",
    (PER, "박민지"),
    (PER, "박민지"),
    (ACC, "110-372-845109"),
    (PER, "박민지"),
    (PER, "이수현"),
    (PER, "박민지"),
    (LOC, "인천광역시 연수구 컨벤시아대로 165, 103동 2201호"),
)
add(
    "ko",
    "positive",
    "안녕하세요, 디지털정부정책과 황인성 사무관입니다.\n요청하신 협업 자료 송부드립니다.\n\n황인성 | 행정안전부 디지털정부혁신실\nTel. 044-205-2718 | Mobile 010-5529-8130\nE-mail. inseong.hwang@korea.kr\n세종특별자치시 도움6로 42 정부세종청사 중앙동",
    (PER, "황인성"),
    (PER, "황인성"),
    (PH, "044-205-2718"),
    (PH, "010-5529-8130"),
    (EM, "inseong.hwang@korea.kr"),
    (LOC, "세종특별자치시 도움6로 42"),
)
add(
    "ko",
    "positive",
    "상담 녹취록 요약해줘.\n상담원: 본인 확인을 위해 성함 말씀해 주세요.\n고객: 임채원이요.\n상담원: 휴대폰 번호도 부탁드립니다.\n고객: 010-2204-7718입니다. 아 그리고 이메일은 chaewon.lim@naver.com이요.",
    (PER, "임채원"),
    (PH, "010-2204-7718"),
    (EM, "chaewon.lim@naver.com"),
)
add(
    "ko",
    "positive",
    "여권 재발급 신청 접수: 신청인 한도경, 기존 여권번호 M48219375 (분실신고 완료), 신규 발급 여권번호 M702K1938. 수령 알림 연락처 010-9152-3380.",
    (PER, "한도경"),
    (PASS, "M48219375"),
    (PASS, "M702K1938"),
    (PH, "010-9152-3380"),
)
add(
    "ko",
    "positive",
    "교통사고 처리 메모: 가해차량 운전자 장우석, 운전면허번호 서울 21-615209-37, 차량번호 123가4567. 피해자 노승희(010-4471-2093)는 경상으로 인근 병원 이송.",
    (PER, "장우석"),
    (DL, "서울 21-615209-37"),
    (PER, "노승희"),
    (PH, "010-4471-2093"),
)
add(
    "ko",
    "positive",
    f"렌터카 계약서 사본 내용입니다. 운전자: 신예준 / 면허번호 11-19-047382-51 / 결제카드 {V1} / 반납 예정 3월 18일 10시",
    (PER, "신예준"),
    (DL, "11-19-047382-51"),
    (CC, V1),
)
add(
    "ko",
    "positive",
    "건강보험 자격득실 확인 요청 — 가입자 차은서, 건강보험증 번호 72308154096, 직장가입자. 피부양자 등록 여부도 확인 부탁드립니다.",
    (PER, "차은서"),
    (NHI, "72308154096"),
)
add(
    "ko",
    "positive",
    "환불금 입금 요청드립니다. 우리은행 1002-845-372916 예금주 고민석입니다. 문의는 010-6630-2841로 주세요.",
    (ACC, "1002-845-372916"),
    (PER, "고민석"),
    (PH, "010-6630-2841"),
)
add(
    "ko",
    "positive",
    "등기부상 주소는 서울 강남구 역삼동 736-12이고, 실거주지는 경기 고양시 일산동구 장항동 868-3입니다. 소유자 위성민 씨 확인 필요.",
    (LOC, "서울 강남구 역삼동 736-12"),
    (LOC, "경기 고양시 일산동구 장항동 868-3"),
    (PER, "위성민"),
)
add(
    "ko",
    "positive",
    "[Web발신]\n안녕하세요 택배기사입니다. 경북 포항시 남구 지곡로 80 기숙사 B동 앞에 두었습니다. 받는분 구민혁님 / 문의 010-5581-2039",
    (LOC, "경북 포항시 남구 지곡로 80"),
    (PER, "구민혁"),
    (PH, "010-5581-2039"),
)
add(
    "ko",
    "positive",
    f"성명,주민등록번호,연락처,이메일\n탁지원,{R9},010-2749-6618,jiwon.tak@hanmail.net\n편서윤,{R12},010-8305-1194,seoyun_pyeon@naver.com",
    (PER, "탁지원"),
    (RRN, R9),
    (PH, "010-2749-6618"),
    (EM, "jiwon.tak@hanmail.net"),
    (PER, "편서윤"),
    (RRN, R12),
    (PH, "010-8305-1194"),
    (EM, "seoyun_pyeon@naver.com"),
)
add(
    "ko",
    "positive",
    "비상연락망 표 정리 부탁해요.\n| 구분 | 성명 | 직급 | 내선 | 휴대전화 |\n|---|---|---|---|---|\n| 총괄 | 봉준석 | 서기관 | 2731 | 010-7718-4402 |\n| 실무 | 엄소희 | 주무관 | 2735 | 010-3390-8125 |",
    (PER, "봉준석"),
    (PH, "010-7718-4402"),
    (PER, "엄소희"),
    (PH, "010-3390-8125"),
)
add(
    "ko",
    "positive",
    f"INSERT INTO 민원인 (성명, 주민번호, 주소) VALUES ('마동훈', '{R7}', '충청북도 청주시 상당구 상당로 155');",
    (PER, "마동훈"),
    (RRN, R7),
    (LOC, "충청북도 청주시 상당구 상당로 155"),
)
add(
    "ko",
    "positive",
    f"결제 취소 요청드립니다. 카드번호 {M1}, 유효기간 09/27, 소유자 진하영. 승인번호 30184725, 승인일시 2024-03-12 14:22.",
    (CC, M1),
    (PER, "진하영"),
)
add(
    "ko",
    "positive",
    "112 신고 접수 내용: 신고자 성명 미상(남성), 발신번호 010-4418-2097. 현장 주소 대구광역시 수성구 들안로 211 상가 2층. 출동 순경 기태윤, 도착 시각 23:41.",
    (PH, "010-4418-2097"),
    (LOC, "대구광역시 수성구 들안로 211"),
    (PER, "기태윤"),
)
add(
    "ko",
    "positive",
    f"채권자 정미란(서울 송파구 가락동 99-5)과 채무자 주식회사 다온푸드(법인등록번호 {C2}) 사이의 2024카단80213 부동산가압류 신청 사건 결정문 요약해줘.",
    (PER, "정미란"),
    (LOC, "서울 송파구 가락동 99-5"),
    (CRN, C2),
)
add(
    "ko",
    "positive",
    "대학원 학적 조회 결과: 학번 2019315027, 성명 육지호, 지도교수 변상철 교수, 본인 이메일 jiho.yuk@snu.ac.kr. 휴학 이력 1회.",
    (PER, "육지호"),
    (PER, "변상철"),
    (EM, "jiho.yuk@snu.ac.kr"),
)
add(
    "ko",
    "positive",
    f"긴급복지 생계지원 결정 통지 — 대상자 도은정(주민등록번호 {N2}) 귀하, 지원금은 새마을금고 9002-1938-47261 계좌로 입금됩니다.",
    (PER, "도은정"),
    (RRN, N2),
    (ACC, "9002-1938-47261"),
)
add(
    "ko",
    "positive",
    "민원인 요청으로 회신 전화번호 변경: 070-4829-1037 → 031-8008-4521 (평일 9시~18시 통화 가능). 민원인 어경수 씨.",
    (PH, "070-4829-1037"),
    (PH, "031-8008-4521"),
    (PER, "어경수"),
)
add(
    "ko",
    "positive",
    "해외 체류 중인 민원인 반지유 씨가 +82-10-5938-2071로 카톡 주시거나 현지 번호 +1-213-482-7719로 연락 바란다고 합니다.",
    (PER, "반지유"),
    (PH, "+82-10-5938-2071"),
    (PH, "+1-213-482-7719"),
)
add(
    "ko",
    "positive",
    f"응급실 내원 기록\n환자: 석지민 / 주민번호 {R14}\n보호자 연락처: 02-3410-2287 (자택), 010-9047-1185 (휴대)\n의뢰 의원: 성모내과의원 (사업자 {B4})",
    (PER, "석지민"),
    (RRN, R14),
    (PH, "02-3410-2287"),
    (PH, "010-9047-1185"),
    (BRN, B4),
)
add(
    "ko",
    "positive",
    f"부가가치세 경정청구 검토: 청구인 개인사업자 함승우(사업자등록번호 {B5}), 환급계좌 하나은행 391-910284-73607. 청구 사유는 매입세액 누락.",
    (PER, "함승우"),
    (BRN, B5),
    (ACC, "391-910284-73607"),
)
add(
    "ko",
    "positive",
    "보안관제 알림: 2024-03-11 02:14:57 외부 IP 175.223.18.94에서 내부 서버 10.20.5.33 대상으로 SSH 무차별 대입 시도 1,284회 탐지. 서버 관리 담당 모재현 주임에게 통보.",
    (IP, "175.223.18.94"),
    (IP, "10.20.5.33"),
    (PER, "모재현"),
)
add(
    "ko",
    "positive",
    "IPv6 전환 후 접속 불가 신고 — 민원인 단말 주소 2406:5900:2:1f0::4a, 기본 게이트웨이 fe80::1, DNS 응답 없음.",
    (IP, "2406:5900:2:1f0::4a"),
    (IP, "fe80::1"),
)
add(
    "ko",
    "positive",
    "수신자 변경 부탁드려요: 기존 yoonah.kim@gmail.com 대신 yoonah.kim.work@outlook.kr 로 보내주세요. - 김윤아 드림",
    (EM, "yoonah.kim@gmail.com"),
    (EM, "yoonah.kim.work@outlook.kr"),
    (PER, "김윤아"),
)
add(
    "ko",
    "positive",
    "[번역본] 출생증명서\n성명: 마리아 산토스 델라크루즈\n출생일: 1994년 8월 2일\n출생지: 필리핀 케손시티\n부: 호세 델라크루즈\n모: 아나 산토스",
    (PER, "마리아 산토스 델라크루즈"),
    (PER, "호세 델라크루즈"),
    (PER, "아나 산토스"),
)
add(
    "ko",
    "positive",
    "웹소설 원고 맞춤법 검토 부탁해요. '지수는 떨리는 손으로 010-3847-2291을 눌렀다. 신호음이 세 번 울리고 끊겼다.'",
    (PH, "010-3847-2291"),
)
add(
    "ko",
    "positive",
    "간호 인계: 702호 2번 베드 탁영순 님(82세), 낙상 고위험. 보호자(아들) 연락처 010-2291-5570, 야간 연락 가능.",
    (PER, "탁영순"),
    (PH, "010-2291-5570"),
)
add(
    "ko",
    "positive",
    f"임대차계약서 특약 검토: 임대인 국현철({R10}), 임차인 선우진({R11}), 목적물 서울특별시 마포구 월드컵북로 396, 1203호. 보증금은 임대인 계좌 기업은행 284-047391-01-015로 입금.",
    (PER, "국현철"),
    (RRN, R10),
    (PER, "선우진"),
    (RRN, R11),
    (LOC, "서울특별시 마포구 월드컵북로 396, 1203호"),
    (ACC, "284-047391-01-015"),
)
add(
    "ko",
    "positive",
    f"외국인 유학생 장학금 지급 명단\n1. 왕위에(중국) 외국인등록번호 {A2}\n2. 사파로프 다니야르(우즈베키스탄) 외국인등록번호 {A4}\n지급일: 2024. 4. 25.",
    (PER, "왕위에"),
    (ARN, A2),
    (PER, "사파로프 다니야르"),
    (ARN, A4),
)
add(
    "ko",
    "positive",
    f"아동수당 신청: 아동 원서아 (주민등록번호 {N3}), 보호자 원태식 010-5520-8813, 수령 계좌 토스뱅크 1000-4827-3915",
    (PER, "원서아"),
    (RRN, N3),
    (PER, "원태식"),
    (PH, "010-5520-8813"),
    (ACC, "1000-4827-3915"),
)
add(
    "ko",
    "positive",
    "감사 지적사항 회신: 담당자 제갈민호 주무관, 검토자 나윤희 팀장. 문의 044-215-3382.",
    (PER, "제갈민호"),
    (PER, "나윤희"),
    (PH, "044-215-3382"),
)
add(
    "ko",
    "positive",
    f"[조달청 입찰 참가자격 등록]\n상호: 주식회사 청솔이엔씨\n사업자등록번호 {B6}\n법인등록번호 {C3}\n본점 소재지: 강원특별자치도 춘천시 후석로 462\n대표자: 용석진 (010-2735-9048)",
    (BRN, B6),
    (CRN, C3),
    (LOC, "강원특별자치도 춘천시 후석로 462"),
    (PER, "용석진"),
    (PH, "010-2735-9048"),
)
add(
    "ko",
    "positive",
    "검찰 송치 의견서 초안: 피의자 추경민은 2024. 1. 9. 22:30경 광주 북구 용봉동 1142-7 소재 편의점에서 현금 38만 원을 절취하였다.",
    (PER, "추경민"),
    (LOC, "광주 북구 용봉동 1142-7"),
)
add(
    "ko",
    "positive",
    "의료급여 수급자 명단 확인: 엄기순 (의료급여증 번호 2-7719304825), 전화 063-271-4408, 주소 전북 군산시 조촌동 845-2",
    (PER, "엄기순"),
    (NHI, "2-7719304825"),
    (PH, "063-271-4408"),
    (LOC, "전북 군산시 조촌동 845-2"),
)
add(
    "ko",
    "positive",
    "교원 인사 발령 통보: 홍성여고 한서영 교사를 3월 1일자로 이동 발령함. 개인 연락처 010-4102-5593, 메일 seoyoung.han@goe.go.kr",
    (PER, "한서영"),
    (PH, "010-4102-5593"),
    (EM, "seoyoung.han@goe.go.kr"),
)
add(
    "ko",
    "positive",
    f"해외결제 부정사용 의심 신고: 카드 {X1} (삼성 아멕스), 명의자 인동훈, 이상 거래 발생지 싱가포르.",
    (CC, X1),
    (PER, "인동훈"),
)
add(
    "ko",
    "positive",
    f"출국정지 해제 요청 공문 작성해줘. 대상자 여권번호 S73016248, 성명 탁민서, 주민등록번호 {R15}.",
    (PASS, "S73016248"),
    (PER, "탁민서"),
    (RRN, R15),
)

# =================================================================================================================
# KOREAN — hard negatives
# =================================================================================================================
add(
    "ko",
    "negative",
    "관련 판례: 대법원 2019다272855 판결, 서울행정법원 2023구합60123 판결. 근거 법령: 개인정보 보호법 제24조의2 제1항, 같은 법 시행령 제21조의2 및 제29조의5.",
)
add(
    "ko",
    "negative",
    "주문번호 20240315-0001234, 운송장번호 6841-2390-1175 (CJ대한통운), 결제금액 1,284,000원, 배송예정 3/18(월).",
)
add(
    "ko",
    "negative",
    "고객센터 1588-2100 또는 1577-1000으로 문의하시고, 긴급 시 국번없이 112, 119, 정부민원안내콜센터 110번을 이용하세요. 상담시간 평일 09:00~18:00.",
)
add(
    "ko",
    "negative",
    "[작성 예시]\n성명: 홍길동\n주민등록번호: 900101-1******\n연락처: 010-0000-0000\n주소: OO시 OO구 OO로 00\n※ 위 예시를 참고하여 본인 정보를 기재하십시오.",
)
add(
    "ko",
    "negative",
    "오늘 회의에는 국장님, 과장님 두 분과 담당 주무관, 법무담당관실 사무관이 참석했습니다. 결과는 팀장님께 보고드리고 이사님께도 공유할 예정입니다.",
)
add(
    "ko",
    "negative",
    "서울시청 앞에서 출발해 광화문광장을 지나 세종대왕 동상 앞에서 해산하는 일정입니다. 집결 장소는 을지로입구역 2번 출구입니다.",
)
add("ko", "negative", f"참고도서: 『행정법총론』(제12판) ISBN {ISBN_KO}, 상품 바코드 {EAN_KO}, 정가 38,000원.")
add(
    "ko",
    "negative",
    "2024년 제3회 추가경정예산 1,234,567,000원 / 집행기간 2024.03.15.~2024.12.31. / 설명회 14:00~16:30, 정부세종청사 6동 대회의실",
)
add(
    "ko",
    "negative",
    "행정망 보안 에이전트 v5.2.10.4 배포 완료. OID 1.2.410.200004.5.2.1.2 인증서 정책 적용, 빌드 2024.03.15.2",
)
add(
    "ko",
    "negative",
    "첨부파일 SHA-256: 9f2c4a7e01b8d3f65e47a9c02d1b8e73f64a5c9b0e2d7f31a8c6b4e90f5d2a17, 문서ID 3f2b8c1e-7a4d-4e19-9b2c-5d8e1f0a6c73, 접수번호 1AA-2403-0001827",
)
add("ko", "negative", "측정 지점 좌표 37.566535, 126.977969 (WGS84), 고도 38.5m, 측정값 PM2.5 41㎍/㎥.")
add(
    "ko",
    "negative",
    "김장 나눔 행사에 이사장님과 부장님이 참석하셨고, 정부 지원 예산 조정 결과를 한국사회복지협의회에 통보했습니다. 이번 행사는 조금 일찍 마쳤습니다.",
)
add(
    "ko",
    "negative",
    "행정안전부, 한국지능정보사회진흥원(NIA), 국가정보자원관리원 대전센터가 공동으로 추진하며 삼성SDS와 LG CNS 컨소시엄이 참여합니다.",
)
add(
    "ko",
    "negative",
    "민원인 김○○(주민등록번호 ******-*******) 씨의 연락처는 010-****-****로 마스킹 처리되어 있어 원본 확인이 불가합니다.",
)
add(
    "ko",
    "negative",
    "주민등록번호 뒷자리는 수집하지 마십시오. 외국인등록번호, 여권번호, 운전면허번호는 고유식별정보이므로 별도 동의가 필요합니다.",
)
add("ko", "negative", "모델명 SM-S928N, 시리얼 R3CW70BDKQZ, 부품번호 GH82-33212A, 펌웨어 S928NKSU2AXC4.")
add(
    "ko",
    "negative",
    "예산과목 코드 1031-304-210-01(일반회계 > 정보화 > 운영비), 회계연도 2024, 세부사업 코드 7431-302.",
)
add("ko", "negative", "주문번호 240315-0038812 건은 반품 처리되었고, 문서번호 행정안전부-2024-103847로 회신했습니다.")
add("ko", "negative", "사업자등록번호는 000-00-00000 형식(하이픈 포함)으로, 법인등록번호는 13자리 숫자로 입력하세요.")
add("ko", "negative", "로그 조회 기간 20240301000000 ~ 20240331235959, 총 3,482,019건 중 오류 1,204건.")
add("ko", "negative", "내일 테헤란로와 퇴계로 일대, 세종대로 사거리에서 교통 통제가 있으니 을지로 방면으로 우회하세요.")
add("ko", "negative", "2023년 말 기준 등록외국인 수는 1,338,562명이며, 그중 E-9 비자 소지자는 316,018명이다.")
add("ko", "negative", "열차 KTX 035, 8호차 12A석, 승차권번호 81205-0315-10482-37, 출발 09:28 서울역.")
add("ko", "negative", "상병코드 J06.9, 수가코드 AA157, 약품 EDI 코드 643503760, 처방일수 3일.")
add(
    "ko",
    "negative",
    "직원들이 삼삼오오 모여 일일 점검 회의를 했고, 공공기관 공사 일정은 이삼일 밀려 사오일 뒤 재개된다.",
)

# =================================================================================================================
# KOREAN — obfuscated
# =================================================================================================================
P_HG1 = "010-6215-8047"
add(
    "ko",
    "obfuscated",
    f"녹취 전사본입니다.\n고객: 제 번호는 {hangul('010')}에 {hangul('6215')}, {hangul('8047')}이요.\n상담원: 네 확인했습니다.",
    (PH, f"{hangul('010')}에 {hangul('6215')}, {hangul('8047')}"),
)
_r = nodash(R5)
add(
    "ko",
    "obfuscated",
    f"상담원: 주민번호 {hangul(_r[:6])} 다시 {hangul(_r[6:])} 맞으시죠?\n고객: 네 맞아요.",
    (RRN, f"{hangul(_r[:6])} 다시 {hangul(_r[6:])}"),
)
add("ko", "obfuscated", f"주민등록번호：{fw(R13)}\n성　명：채 윤 서", (RRN, fw(R13)), (PER, "채 윤 서"))
add(
    "ko",
    "obfuscated",
    "연락처 0 1 0 6 2 1 8 4 4 7 3 으로 회신 바랍니다 (신청인 편도현)",
    (PH, "0 1 0 6 2 1 8 4 4 7 3"),
    (PER, "편도현"),
)
add(
    "ko",
    "obfuscated",
    f"카드번호 {between(nodash(V2), '.')} 로 결제했는데 두 번 승인됐어요.",
    (CC, between(nodash(V2), ".")),
)
add("ko", "obfuscated", f"피해자 주민등록번호 {between(R17, ZW)} (복사해서 붙여넣음)", (RRN, between(R17, ZW)))
add(
    "ko",
    "obfuscated",
    f"문의 전화: {between('010-3927-4815', SHY)} (담당 송하린)",
    (PH, between("010-3927-4815", SHY)),
    (PER, "송하린"),
)
add("ko", "obfuscated", f'시스템에서 내려받은 값인데 뭔지 확인 좀: rrn_b64 = "{b64(R18)}"', (RRN, b64(R18)))
add(
    "ko",
    "obfuscated",
    f"콜백 URL 오류 확인 부탁: https://minwon.example.go.kr/cb?email={pct('sohee.um@korea.kr')}&name={pct('엄소희')}",
    (EM, pct("sohee.um@korea.kr")),
    (PER, pct("엄소희")),
)
add(
    "ko",
    "obfuscated",
    f"신한은행 계좌번호를 hex로 저장해 뒀어요: {hexenc('110-582-310947')}",
    (ACC, hexenc("110-582-310947")),
)
add("ko", "obfuscated", f"주민등록번호: {R19[:7]}\n{R19[7:]}\n(줄바꿈은 스캔 오류)", (RRN, f"{R19[:7]}\n{R19[7:]}"))
add(
    "ko",
    "obfuscated",
    f"rrn = '{nodash(R20)[:6]}' + /* 뒷자리 */ '{nodash(R20)[6:]}'  # 테스트 데이터 아님, 실제 민원인",
    (RRN, f"{nodash(R20)[:6]}' + /* 뒷자리 */ '{nodash(R20)[6:]}"),
)
add("ko", "obfuscated", f"신청인 주민번호 {R21.replace('-', '–')} 확인 바랍니다.", (RRN, R21.replace("-", "–")))
add("ko", "obfuscated", f"주민번호 {R22.replace('-', ' ')} 인 분 조회해 주세요.", (RRN, R22.replace("-", " ")))
add(
    "ko",
    "obfuscated",
    "서류는 hyunwoo.namgoong 골뱅이 gmail 닷 컴으로 보내주세요.",
    (EM, "hyunwoo.namgoong 골뱅이 gmail 닷 컴"),
)
add("ko", "obfuscated", "보호자 번호 공1공-칠7삼9-2O48 (손글씨 그대로 옮김)", (PH, "공1공-칠7삼9-2O48"))
add(
    "ko",
    "obfuscated",
    f"[스캔 OCR 결과]\n성 명 : 정 다 은\n주민등록번호 : {R16.replace('0', 'O')}\n주 소 : 서울특별시 노원구 동일로 1414",
    (PER, "정 다 은"),
    (RRN, R16.replace("0", "O")),
    (LOC, "서울특별시 노원구 동일로 1414"),
)
add("ko", "obfuscated", f"카드번호 {M3.replace('-', '/')} 유효기간 04/28", (CC, M3.replace("-", "/")))
add("ko", "obfuscated", "여권번호 M 4 1 9 0 2 7 3 6 (띄어쓰기 그대로 입력)", (PASS, "M 4 1 9 0 2 7 3 6"))
add(
    "ko",
    "obfuscated",
    f"국민은행 {hangul('481203')} 공사 {hangul('215907')} 로 보내줘 (예금주 류하은)",
    (ACC, f"{hangul('481203')} 공사 {hangul('215907')}"),
    (PER, "류하은"),
)
add("ko", "obfuscated", f"외국인등록번호 {fw(A3)} 로 조회 시 결과 없음", (ARN, fw(A3)))
add("ko", "obfuscated", "해외에서 전화 주실 땐 +82 (0)10-2716-4438 로 부탁드립니다.", (PH, "+82 (0)10-2716-4438"))
add(
    "ko",
    "obfuscated",
    "침해사고 보고: 공격지 IP 211.36.142[.]77, 피해 단말 10.20.7[.]112 (defang 처리)",
    (IP, "211.36.142[.]77"),
    (IP, "10.20.7[.]112"),
)
add(
    "ko",
    "obfuscated",
    f"민원인 휴대폰: {hangul('01048207731', zero='영')} (받아쓰기)",
    (PH, hangul("01048207731", zero="영")),
)

# =================================================================================================================
# ENGLISH — positives
# =================================================================================================================
add(
    "en",
    "positive",
    "INCIDENT REPORT #24-00318\nReporting Officer: Sgt. Laura Whitfield\nComplainant: Marcus Delgado, DOB 03/14/1987, phone (503) 284-7719\nAddress: 1842 Alder Creek Rd, Apt 3B, Portland, OR 97214\nNarrative: Complainant states his vehicle was broken into overnight.",
    (PER, "Laura Whitfield"),
    (PER, "Marcus Delgado"),
    (PH, "(503) 284-7719"),
    (LOC, "1842 Alder Creek Rd, Apt 3B, Portland, OR 97214"),
)
add(
    "en",
    "positive",
    "Please draft a polite letter to Ms. Hannah Okafor at 27 Wellington Terrace, Leeds LS6 2QP, telling her that her visa appointment has moved to 14 May. Her email is h.okafor@postbox.co.uk.",
    (PER, "Hannah Okafor"),
    (LOC, "27 Wellington Terrace, Leeds LS6 2QP"),
    (EM, "h.okafor@postbox.co.uk"),
)
add(
    "en",
    "positive",
    "Jan 12 03:22:41 fw01 sshd[2214]: Failed password for invalid user oracle from 185.220.101.47 port 51422 ssh2\nJan 12 03:22:43 fw01 sshd[2214]: Accepted publickey for deploy from 10.12.4.88 port 60112 ssh2\nWhat does this mean?",
    (IP, "185.220.101.47"),
    (IP, "10.12.4.88"),
)
add(
    "en",
    "positive",
    "Best regards,\nDavid Chen\nProcurement Lead, Aster Logistics Ltd.\nM: +44 7911 382 604 | T: +44 20 3907 1188\nd.chen@asterlogistics.co.uk",
    (PER, "David Chen"),
    (PH, "+44 7911 382 604"),
    (PH, "+44 20 3907 1188"),
    (EM, "d.chen@asterlogistics.co.uk"),
)
add(
    "en",
    "positive",
    "New hire: Priya Raman, start date April 1. Direct deposit to Chase checking account 483920175. Emergency contact: Arjun Raman, +1 (917) 402-3381.",
    (PER, "Priya Raman"),
    (ACC, "483920175"),
    (PER, "Arjun Raman"),
    (PH, "+1 (917) 402-3381"),
)
add(
    "en",
    "positive",
    f"The customer says they were charged twice; the full card number they sent is {V3} (exp 11/26). Can you write a refund confirmation?",
    (CC, V3),
)
add(
    "en",
    "positive",
    f'{{"user": {{"first_name": "Ethan", "last_name": "Walsh", "email": "ethan.walsh@corvid.io", "last_ip": "73.162.41.209", "card": "{M2}"}}}}',
    (PER, "Ethan"),
    (PER, "Walsh"),
    (EM, "ethan.walsh@corvid.io"),
    (IP, "73.162.41.209"),
    (CC, M2),
)
add(
    "en",
    "positive",
    "contacts:\n  - name: Sofia Marquez\n    phone: +34 612 483 920\n    email: sofia.marquez@telefonica.net\n  - name: Luca Romano\n    phone: +39 347 218 4492",
    (PER, "Sofia Marquez"),
    (PH, "+34 612 483 920"),
    (EM, "sofia.marquez@telefonica.net"),
    (PER, "Luca Romano"),
    (PH, "+39 347 218 4492"),
)
add(
    "en",
    "positive",
    "Summarize: In State v. Kessler, the defendant Raymond Kessler, residing at 409 Birchwood Lane, Dayton, OH 45419, was charged with two counts of wire fraud.",
    (PER, "Raymond Kessler"),
    (LOC, "409 Birchwood Lane, Dayton, OH 45419"),
)
add(
    "en",
    "positive",
    "Claim CLM-2024-88213: patient Gloria Fennimore, DOB 1958-09-02; attending physician Dr. Samuel Ortega. Patient phone 608-271-3394. Please draft the denial appeal.",
    (PER, "Gloria Fennimore"),
    (PER, "Samuel Ortega"),
    (PH, "608-271-3394"),
)
add(
    "en",
    "positive",
    "Student: Tyler Brooks (ID 20231457), GPA 3.42. Parent contact: Karen Brooks, karen.brooks1975@yahoo.com, 214-608-3317.",
    (PER, "Tyler Brooks"),
    (PER, "Karen Brooks"),
    (EM, "karen.brooks1975@yahoo.com"),
    (PH, "214-608-3317"),
)
add(
    "en",
    "positive",
    f"Applicant Nguyen Thi Lan holds Korean alien registration card no. {A6}; please prepare a cover letter for her F-6 visa extension.",
    (PER, "Nguyen Thi Lan"),
    (ARN, A6),
)
add(
    "en",
    "positive",
    "INSERT INTO customers (name, email, phone, last_ip) VALUES ('Oliver Grant', 'ogrant@fastmail.com', '+1-312-908-4471', '98.213.77.140');",
    (PER, "Oliver Grant"),
    (EM, "ogrant@fastmail.com"),
    (PH, "+1-312-908-4471"),
    (IP, "98.213.77.140"),
)
add(
    "en",
    "positive",
    "Traveler: Kim Seo-yeon, Republic of Korea passport M381R2047, departing ICN on KE081 at 10:40.",
    (PER, "Kim Seo-yeon"),
    (PASS, "M381R2047"),
)
add(
    "en",
    "positive",
    "You can reach Mr. Park Jun-ho on his mobile, 010-4418-7725, or by email at junho.park@hanul-tech.co.kr.",
    (PER, "Park Jun-ho"),
    (PH, "010-4418-7725"),
    (EM, "junho.park@hanul-tech.co.kr"),
)
add(
    "en",
    "positive",
    "Ship the signed originals to Lee Min-jung, 427 Teheran-ro, Gangnam-gu, Seoul 06159, Korea.",
    (PER, "Lee Min-jung"),
    (LOC, "427 Teheran-ro, Gangnam-gu, Seoul 06159"),
)
add(
    "en",
    "positive",
    f"Vendor registration: Daehan Precision Co., Ltd. Business Registration No. {B7}, Corporate Registration No. {C4}. Contact: Ms. Yoon Ha-eun, haeun.yoon@daehanprecision.co.kr",
    (BRN, B7),
    (CRN, C4),
    (PER, "Yoon Ha-eun"),
    (EM, "haeun.yoon@daehanprecision.co.kr"),
)
add(
    "en",
    "positive",
    "Blocked client 2a02:8108:1a40:3e2c:9d4:71ff:fe2b:83a1 after 40 failed logins; the lockout was reported by Nina Kowalski from the service desk.",
    (IP, "2a02:8108:1a40:3e2c:9d4:71ff:fe2b:83a1"),
    (PER, "Nina Kowalski"),
)
add(
    "en",
    "positive",
    "[10:02] Jake Moreno: hey can u send me ur address for the invite\n[10:03] Mia Torres: sure it's 88 Harbor View Dr, San Diego, CA 92101\n[10:03] Mia Torres: and my number changed -> 619-407-2283",
    (PER, "Jake Moreno"),
    (PER, "Mia Torres"),
    (LOC, "88 Harbor View Dr, San Diego, CA 92101"),
    (PER, "Mia Torres"),
    (PH, "619-407-2283"),
)
add(
    "en",
    "positive",
    "Tenant: Fiona McAllister, Flat 2, 14 Rose Street, Edinburgh EH2 2PR; mobile 07723 418 905. Draft a rent arrears reminder.",
    (PER, "Fiona McAllister"),
    (LOC, "Flat 2, 14 Rose Street, Edinburgh EH2 2PR"),
    (PH, "07723 418 905"),
)
add(
    "en",
    "positive",
    f"Charge disputed on Amex {X2} belonging to Harold Jennings; merchant refused the chargeback.",
    (CC, X2),
    (PER, "Harold Jennings"),
)
add(
    "en",
    "positive",
    "The rental agent scanned Korean driver's license 12-20-381947-62 for Mr. Choi Dong-hyun before releasing the car.",
    (DL, "12-20-381947-62"),
    (PER, "Choi Dong-hyun"),
)
add(
    "en",
    "positive",
    f"Her resident registration number is {N5}; it was reissued after the 2020 format change, so the last digit won't validate.",
    (RRN, N5),
)
add(
    "en",
    "positive",
    "NHIS health insurance card number 3-2049175836 belongs to beneficiary Jang Mi-rae; please check her coverage for the MRI.",
    (NHI, "3-2049175836"),
    (PER, "Jang Mi-rae"),
)
add(
    "en",
    "positive",
    "employee_id,name,work_email,desk_ip\nE1042,Rachel Gomez,rgomez@nortia.com,10.8.14.201\nE1043,Samuel Idowu,sidowu@nortia.com,10.8.14.202",
    (PER, "Rachel Gomez"),
    (EM, "rgomez@nortia.com"),
    (IP, "10.8.14.201"),
    (PER, "Samuel Idowu"),
    (EM, "sidowu@nortia.com"),
    (IP, "10.8.14.202"),
)
add(
    "en",
    "positive",
    f"From: Thomas Becker <t.becker@vinterra.de>\nSent: Monday, 4 March 2024 09:14\nTo: Anna Lindqvist <anna.lindqvist@nordhavn.se>\nSubject: RE: invoice 55821\n\nAnna, please wire the balance to IBAN {IB1}. Thanks, Thomas",
    (PER, "Thomas Becker"),
    (EM, "t.becker@vinterra.de"),
    (PER, "Anna Lindqvist"),
    (EM, "anna.lindqvist@nordhavn.se"),
    (ACC, IB1),
)
add(
    "en",
    "positive",
    "Our Osaka partner is Mr. Kenta Yamaguchi, mobile +81 90-4821-7736, office +81 6-6341-2208.",
    (PER, "Kenta Yamaguchi"),
    (PH, "+81 90-4821-7736"),
    (PH, "+81 6-6341-2208"),
)
add(
    "en",
    "positive",
    "Summarize this complaint: 'My name is Gregory Walsh and I live at 5 Orchard Close, Bristol BS9 1AB. On 3 Feb your driver reversed into my fence and drove off.'",
    (PER, "Gregory Walsh"),
    (LOC, "5 Orchard Close, Bristol BS9 1AB"),
)
add(
    "en",
    "positive",
    "Draft a termination letter for Kevin O'Donnell (employee #5521); last day March 29. Final pay goes to his Bank of America account 3847 2910 5563.",
    (PER, "Kevin O'Donnell"),
    (ACC, "3847 2910 5563"),
)
add(
    "en",
    "positive",
    "The suspicious sign-in on the minister's shared mailbox came from 91.108.56.130 at 02:14 UTC, then from 2001:4860:7:60a::ff at 02:19.",
    (IP, "91.108.56.130"),
    (IP, "2001:4860:7:60a::ff"),
)
add(
    "en",
    "positive",
    "Supplier contact: Wang Lei, +86 138 1047 2295, wanglei@szkeda-elec.cn. Ask him for the revised quote.",
    (PER, "Wang Lei"),
    (PH, "+86 138 1047 2295"),
    (EM, "wanglei@szkeda-elec.cn"),
)
add(
    "en",
    "positive",
    "Interview panel: Dr. Alicia Moreno (chair), Prof. Kenji Watanabe, and Ms. Olga Petrenko. Candidate: Daniel Afolabi.",
    (PER, "Alicia Moreno"),
    (PER, "Kenji Watanabe"),
    (PER, "Olga Petrenko"),
    (PER, "Daniel Afolabi"),
)
add(
    "en",
    "positive",
    "Emergency contact for the exchange student: Liam O'Brien, 22 Banksia Ave, Toorak VIC 3142, mobile 0412 883 091.",
    (PER, "Liam O'Brien"),
    (LOC, "22 Banksia Ave, Toorak VIC 3142"),
    (PH, "0412 883 091"),
)
add(
    "en",
    "positive",
    f"Reimburse Zhang Wei for the hotel charge on his UnionPay card {U1} and his JCB card {J1}.",
    (PER, "Zhang Wei"),
    (CC, U1),
    (CC, J1),
)
add(
    "en",
    "positive",
    f"Write a reference letter for Emily Novak. Her UK account for the stipend: IBAN {IB2}, sort code 60-16-13.",
    (PER, "Emily Novak"),
    (ACC, IB2),
)
add(
    "en",
    "positive",
    "Helpdesk ticket 77120: user Brian Kowalczyk cannot print; workstation 172.16.40.23, printer 172.16.40.250. Call back on ext. 4412 or on his cell (206) 718-3390.",
    (PER, "Brian Kowalczyk"),
    (IP, "172.16.40.23"),
    (IP, "172.16.40.250"),
    (PH, "(206) 718-3390"),
)

# =================================================================================================================
# ENGLISH — hard negatives
# =================================================================================================================
add(
    "en",
    "negative",
    "INT. DINER - NIGHT\nDETECTIVE: Call me if you remember anything. 555-0147.\nWAITRESS: (pocketing the card) Sure thing, detective.\nCould you punch up this dialogue?",
)
add(
    "en",
    "negative",
    "Fill the form like the sample: John Doe, 123 Main Street, Anytown, USA, john.doe@example.com. Do not use real data in the training slides.",
)
add(
    "en",
    "negative",
    "Upgrade nginx 1.24.0 to 1.25.4, Chrome 122.0.6261.112 to 123.0.6312.58, and the switch firmware to 10.2.3.45 before Friday.",
)
add(
    "en",
    "negative",
    "Run npm install lodash@4.17.21 and clone git@github.com:acme/portal.git, then decorate the service with @Injectable() and restart.",
)
add(
    "en",
    "negative",
    "Request ID 7c9e6679-7425-40de-944b-e07fc1f90ae7, commit 3e1f0b9a2c4d, JWT header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 - why is the token rejected?",
)
add(
    "en",
    "negative",
    f"Order the book ISBN {ISBN_EN} and the replacement filter with barcode {EAN_EN}, SKU HX-4410-BLK.",
)
add(
    "en",
    "negative",
    "Johnson & Johnson, Morgan Stanley, Ford Motor Company and Wells Fargo signed the pledge alongside Goldman Sachs.",
)
add(
    "en",
    "negative",
    "We met outside Union Station, walked to the Lincoln Memorial and then down Pennsylvania Avenue to the Capitol.",
)
add(
    "en",
    "negative",
    "Q3 revenue was $1,284,903.50 as of 03/15/2024; invoice INV-2024-000873 is due 2024-04-14 at 17:00 EST.",
)
add(
    "en",
    "negative",
    "Sensor 14 at 40.712776, -74.005974 reports MAC 00:1A:2B:3C:4D:5E, uptime 14:22:07, temperature 21.4 C.",
)
add(
    "en",
    "negative",
    "Call our customer helpline at 1-800-642-7100, or 1588-3820 for Korean-speaking customers; emergencies 911.",
)
add(
    "en",
    "negative",
    "The Minister, the Deputy Director and the Chief Privacy Officer will attend; the Attorney General's office will send a representative.",
)
add("en", "negative", "In the sandbox use the public test card 4242 4242 4242 4242 with any future expiry and CVC 123.")
add(
    "en",
    "negative",
    "See 42 U.S.C. 1983, Fed. R. Civ. P. 12(b)(6) and 18 U.S.C. 1030(a)(2)(C); the case is No. 2:23-cv-04821.",
)
add("en", "negative", "Tracking: UPS 1Z999AA10123456784, FedEx 7489 2038 4712, USPS 9400 1000 0000 0000 0000 00.")
add("en", "negative", "As described in section 10.1.2.4 of the spec and table 3.2.1.7, retry after 250 ms.")
add("en", "negative", "Send the smoke-test mail to user@example.com or admin@test.invalid and check the bounce logs.")
add(
    "en",
    "negative",
    "We used the Wilson score interval and a Kaplan-Meier estimator; patients with Parkinson's disease or Hodgkin lymphoma were excluded.",
)

# =================================================================================================================
# ENGLISH — obfuscated
# =================================================================================================================
add(
    "en",
    "obfuscated",
    "You can write to Olivia Bennett at olivia dot bennett at harborline dot org if the portal is down.",
    (PER, "Olivia Bennett"),
    (EM, "olivia dot bennett at harborline dot org"),
)
add(
    "en",
    "obfuscated",
    "Contact: Dr. Jane Morrison - j.morrison[at]lakeside-clinic[dot]com",
    (PER, "Jane Morrison"),
    (EM, "j.morrison[at]lakeside-clinic[dot]com"),
)
add(
    "en",
    "obfuscated",
    "my number is four one five, seven seven two, nine zero one eight - text me after 6",
    (PH, "four one five, seven seven two, nine zero one eight"),
)
add(
    "en",
    "obfuscated",
    f"Transcribe the voicemail: 'Hi, it's Daniel, call me back on {words('01056120938', ' ')}.'",
    (PH, words("01056120938", " ")),
)
add("en", "obfuscated", f"debug dump: card_b64={b64(nodash(V4))} exp=1127", (CC, b64(nodash(V4))))
add(
    "en",
    "obfuscated",
    f"Please refund card {nodash(M4)[:2]} {nodash(M4)[2:7]} {nodash(M4)[7:10]} {nodash(M4)[10:]} (he typed it like that).",
    (CC, f"{nodash(M4)[:2]} {nodash(M4)[2:7]} {nodash(M4)[7:10]} {nodash(M4)[10:]}"),
)
add(
    "en",
    "obfuscated",
    f"Card: {nodash(V5)[:4]} {nodash(V5)[4:8]}\n{nodash(V5)[8:12]} {nodash(V5)[12:]}\nName on card: Harold Jennings",
    (CC, f"{nodash(V5)[:4]} {nodash(V5)[4:8]}\n{nodash(V5)[8:12]} {nodash(V5)[12:]}"),
    (PER, "Harold Jennings"),
)
add("en", "obfuscated", "source ip 203 . 248 . 117 . 42 keeps hitting the login page", (IP, "203 . 248 . 117 . 42"))
add(
    "en",
    "obfuscated",
    "IOC list: hxxp://91[.]108[.]56[.]131/login.php and hxxp://185[.]220[.]101[.]9/gate",
    (IP, "91[.]108[.]56[.]131"),
    (IP, "185[.]220[.]101[.]9"),
)
add("en", "obfuscated", f"Her RRN is {R23.replace('-', '—')} per the scanned form.", (RRN, R23.replace("-", "—")))
add(
    "en",
    "obfuscated",
    f"Call {fw('+82')} {fw('10')} {fw('5172')} {fw('0384')} for the interpreter.",
    (PH, f"{fw('+82')} {fw('10')} {fw('5172')} {fw('0384')}"),
)
add(
    "en",
    "obfuscated",
    f"GET /unsubscribe?e={pct('ethan.walsh@corvid.io')}&src=newsletter HTTP/1.1 200",
    (EM, pct("ethan.walsh@corvid.io")),
)
add(
    "en",
    "obfuscated",
    f"payload (hex-encoded email): {hexenc('mark.ellison@quillbyte.net')}",
    (EM, hexenc("mark.ellison@quillbyte.net")),
)
add(
    "en",
    "obfuscated",
    f"reply to liam.obrien{ZW}@{ZW}outlook{ZW}.com please",
    (EM, f"liam.obrien{ZW}@{ZW}outlook{ZW}.com"),
)
add(
    "en",
    "obfuscated",
    "Complainant: Mаrcus Dеlgado (name pasted from the PDF), wants a callback.",
    (PER, "Mаrcus Dеlgado"),
)
add(
    "en",
    "obfuscated",
    f"WAF log: client_ip={ip_int('203.248.117.42')} (decimal) blocked, rule 941100",
    (IP, ip_int("203.248.117.42")),
)
add(
    "en",
    "obfuscated",
    "Her passport number is M-419-027-36 (she added dashes), issued in Seoul.",
    (PASS, "M-419-027-36"),
)
add(
    "en",
    "obfuscated",
    "his cell: (five-oh-three) 284-77-19, ask for Marcus Delgado",
    (PH, "(five-oh-three) 284-77-19"),
    (PER, "Marcus Delgado"),
)
add("en", "obfuscated", f"Call me at {bold('010-6390-2174')} after the meeting.", (PH, bold("010-6390-2174")))

# =================================================================================================================
# MIXED — positives
# =================================================================================================================
add(
    "mixed",
    "positive",
    f'{{"member_id": 10482, "name": "송하린", "rrn": "{R8}", "phone": "010-3927-4815", "addr": "광주광역시 서구 상무중앙로 110"}}',
    (PER, "송하린"),
    (RRN, R8),
    (PH, "010-3927-4815"),
    (LOC, "광주광역시 서구 상무중앙로 110"),
)
add(
    "mixed",
    "positive",
    "Please translate into English: 신청인 성명 위서준, 주소 경기도 수원시 영통구 광교중앙로 145, 연락처 010-3380-2917",
    (PER, "위서준"),
    (LOC, "경기도 수원시 영통구 광교중앙로 145"),
    (PH, "010-3380-2917"),
)
add(
    "mixed",
    "positive",
    "이 로그 분석해줘:\n2024-03-11T02:14:57Z WARN auth failed user=kim.jh src=211.36.142.77 dst=10.20.5.33\n2024-03-11T02:15:03Z WARN auth failed user=kim.jh src=211.36.142.77 dst=10.20.5.33",
    (IP, "211.36.142.77"),
    (IP, "10.20.5.33"),
    (IP, "211.36.142.77"),
    (IP, "10.20.5.33"),
)
add(
    "mixed",
    "positive",
    "담당자:\n  name: 표지원\n  email: jiwon.pyo@korea.kr\n  phone: 044-215-7734\n  dept: 개인정보보호정책과",
    (PER, "표지원"),
    (EM, "jiwon.pyo@korea.kr"),
    (PH, "044-215-7734"),
)
add(
    "mixed",
    "positive",
    f"외국인 근로자 4대보험 취득신고: Name TRAN THI MAI, 외국인등록번호 {A5}, Nationality VNM, 입사일 2024-03-04",
    (PER, "TRAN THI MAI"),
    (ARN, A5),
)
add(
    "mixed",
    "positive",
    f"Draft an English email to our vendor. 담당자는 하성진 부장(사업자등록번호 {B8}), 대금 입금 계좌는 기업은행 284-017395-01-026 입니다.",
    (PER, "하성진"),
    (BRN, B8),
    (ACC, "284-017395-01-026"),
)
add(
    "mixed",
    "positive",
    "@channel 내일 onsite 오시는 Jason Lee님 연락처 010-2281-4093 입니다. pickup은 김포공항 국제선 3번 게이트.",
    (PER, "Jason Lee"),
    (PH, "010-2281-4093"),
)
add(
    "mixed",
    "positive",
    "name,부서,mobile,email\n길서연,정책기획과,010-4471-8820,seoyeon.gil@korea.kr\n어준혁,정보화담당관실,010-5092-1376,junhyuk.eo@korea.kr",
    (PER, "길서연"),
    (PH, "010-4471-8820"),
    (EM, "seoyeon.gil@korea.kr"),
    (PER, "어준혁"),
    (PH, "010-5092-1376"),
    (EM, "junhyuk.eo@korea.kr"),
)
add(
    "mixed",
    "positive",
    "Visa application 검토: 여권번호 S519N7260, Name: CHOI YUNA, DOB 1999-11-02, 주소 서울특별시 동작구 상도로 369",
    (PASS, "S519N7260"),
    (PER, "CHOI YUNA"),
    (LOC, "서울특별시 동작구 상도로 369"),
)
add(
    "mixed",
    "positive",
    "POST /api/v1/applicants  name=남도윤&tel=01029384756&email=doyoon.nam@gmail.com  → 500 Internal Server Error 왜 그래?",
    (PER, "남도윤"),
    (PH, "01029384756"),
    (EM, "doyoon.nam@gmail.com"),
)
add(
    "mixed",
    "positive",
    "| Name | 직급 | Ext | Mobile |\n|---|---|---|---|\n| 전소윤 | 사무관 | 2217 | +82-10-7742-0183 |\n| 맹재훈 | 주무관 | 2219 | +82-10-3318-5520 |",
    (PER, "전소윤"),
    (PH, "+82-10-7742-0183"),
    (PER, "맹재훈"),
    (PH, "+82-10-3318-5520"),
)
add(
    "mixed",
    "positive",
    f"Can you check if this 카드번호 {J2} is valid? 명의자는 옥지훈 님입니다.",
    (CC, J2),
    (PER, "옥지훈"),
)
add(
    "mixed",
    "positive",
    f"applicant = {{'성명': '채윤서', 'rrn': '{R13}', 'bank': '토스뱅크 1000-3921-5847'}}",
    (PER, "채윤서"),
    (RRN, R13),
    (ACC, "1000-3921-5847"),
)
add(
    "mixed",
    "positive",
    "다음 주소로 영문 서류 발송해줘: Jiyoung Noh, 3521 Wilshire Blvd Apt 1204, Los Angeles, CA 90010",
    (PER, "Jiyoung Noh"),
    (LOC, "3521 Wilshire Blvd Apt 1204, Los Angeles, CA 90010"),
)
add(
    "mixed",
    "positive",
    f"이 에러 왜 나?\njava.sql.SQLIntegrityConstraintViolationException: Duplicate entry '{nodash(R27)}' for key 'uk_member_rrn'",
    (RRN, nodash(R27)),
)
add(
    "mixed",
    "positive",
    "From: 곽민정 <minjeong.kwak@nps.or.kr>\n제목: RE: 연금 수급 계좌 변경\n\nHi Daniel, 변경 계좌는 우체국 310452-02-183947 입니다. Thanks.",
    (PER, "곽민정"),
    (EM, "minjeong.kwak@nps.or.kr"),
    (ACC, "310452-02-183947"),
)
add(
    "mixed",
    "positive",
    f"Onboarding checklist for 신입 Andrew Kim (김준영): 주민등록번호 {R26}, payroll account 국민은행 610201-01-482917",
    (PER, "Andrew Kim"),
    (PER, "김준영"),
    (RRN, R26),
    (ACC, "610201-01-482917"),
)
add(
    "mixed",
    "positive",
    "VPN 접속 이력: 14:02 kr-sejong 10.41.22.187 → 203.248.117.42 (user: 함지우 사무관)",
    (IP, "10.41.22.187"),
    (IP, "203.248.117.42"),
    (PER, "함지우"),
)
add(
    "mixed",
    "positive",
    "[Web발신]\n[신한카드] 진하영님 52,000원 일시불 승인 03/12 14:22 (주)스타벅스코리아 누적 1,284,300원",
    (PER, "진하영"),
)
add(
    "mixed",
    "positive",
    "Driver's License No. 부산 19-208374-61, Name: SEO MINHO, 주소 부산광역시 남구 용소로 45",
    (DL, "부산 19-208374-61"),
    (PER, "SEO MINHO"),
    (LOC, "부산광역시 남구 용소로 45"),
)
add(
    "mixed",
    "positive",
    "NHIS 건강보험증번호: 5-1023847561 / insured person: 류하은 / relationship: 본인",
    (NHI, "5-1023847561"),
    (PER, "류하은"),
)
add(
    "mixed",
    "positive",
    f"법인등록번호(Corporate Reg. No.) {C5}, 대표이사 CEO 전태민, HQ: 서울특별시 영등포구 국제금융로 10",
    (CRN, C5),
    (PER, "전태민"),
    (LOC, "서울특별시 영등포구 국제금융로 10"),
)
add(
    "mixed",
    "positive",
    "아래 정보로 영문 재직증명서 작성해줘. 이름 Kang Seo-jun (강서준), 주소 서울특별시 용산구 한강대로77길 12, 전화 02-3701-4482",
    (PER, "Kang Seo-jun"),
    (PER, "강서준"),
    (LOC, "서울특별시 용산구 한강대로77길 12"),
    (PH, "02-3701-4482"),
)
add(
    "mixed",
    "positive",
    "ip: 121.134.27.58 / 접속자: 홍서진 / 단말: LAPTOP-8F2KD / 차단 사유: 해외 우회 접속",
    (IP, "121.134.27.58"),
    (PER, "홍서진"),
)
add(
    "mixed",
    "positive",
    "SELECT * FROM 민원 WHERE 연락처 = '010-6651-2043' AND 이메일 = 'gyuri.son@daum.net';",
    (PH, "010-6651-2043"),
    (EM, "gyuri.son@daum.net"),
)
add(
    "mixed",
    "positive",
    "결혼이민자 상담: 베트남 가족 연락처 +84 912 483 027 (어머니 Le Thi Hoa), 본인 010-7730-2156",
    (PH, "+84 912 483 027"),
    (PER, "Le Thi Hoa"),
    (PH, "010-7730-2156"),
)
add(
    "mixed",
    "positive",
    "이력서 / RESUME\n이름: 어지민 (Jimin Eo)\nE-mail: jimin.eo@kakao.com\nMobile: 010-2840-3371\n주소: 인천광역시 남동구 예술로 198",
    (PER, "어지민"),
    (PER, "Jimin Eo"),
    (EM, "jimin.eo@kakao.com"),
    (PH, "010-2840-3371"),
    (LOC, "인천광역시 남동구 예술로 198"),
)
add(
    "mixed",
    "positive",
    "Sarah Lim: 출장비 정산 계좌 알려주세요\n박태오: 하나 391-284017-50213 박태오 입니다",
    (PER, "Sarah Lim"),
    (PER, "박태오"),
    (ACC, "391-284017-50213"),
    (PER, "박태오"),
)
add(
    "mixed",
    "positive",
    "Please anonymize this minutes: 김도현 과장(010-9921-4308)이 3월 5일 회의에서 budget 증액을 요청함.",
    (PER, "김도현"),
    (PH, "010-9921-4308"),
)
add("mixed", "positive", f"Child's RRN: {N4}, Name: 남궁하준 → 보육료 신청서에 입력할 것", (RRN, N4), (PER, "남궁하준"))
add(
    "mixed",
    "positive",
    f"ARC No. {A7} (외국인등록번호), Name: ABDULLAH KARIMOV, 체류자격 D-2",
    (ARN, A7),
    (PER, "ABDULLAH KARIMOV"),
)
add(
    "mixed",
    "positive",
    "집 공유기 WAN 주소가 2001:2d8:e0b4:1c00:6d1a:f3e2:9b07:44c5 로 나오는데 port forwarding 어떻게 해요?",
    (IP, "2001:2d8:e0b4:1c00:6d1a:f3e2:9b07:44c5"),
)
add(
    "mixed",
    "positive",
    "회신은 peter.schmidt@bmi-partner.de 로 부탁드립니다 (Peter Schmidt 박사, 독일 연방내무부 협력관).",
    (EM, "peter.schmidt@bmi-partner.de"),
    (PER, "Peter Schmidt"),
)
add(
    "mixed",
    "positive",
    f"Refund 요청: 삼성카드(Amex) {X1} 결제 건, cardholder 인동훈, 연락처 +82 10 6623 0419",
    (CC, X1),
    (PER, "인동훈"),
    (PH, "+82 10 6623 0419"),
)
add(
    "mixed",
    "positive",
    f"procurement memo — 낙찰업체: (주)미래로보틱스, BRN {B9}, CRN {C6}, PM: Ms. 신하경 (hakyung.shin@miraerobotics.kr)",
    (BRN, B9),
    (CRN, C6),
    (PER, "신하경"),
    (EM, "hakyung.shin@miraerobotics.kr"),
)
add(
    "mixed",
    "positive",
    f"검사 결과지 translate 부탁: Patient 석지민, RRN {R14}, Dx: pneumonia, 담당의 Dr. 변지후",
    (PER, "석지민"),
    (RRN, R14),
    (PER, "변지후"),
)

# =================================================================================================================
# MIXED — hard negatives
# =================================================================================================================
add(
    "mixed",
    "negative",
    "Error code E-1024-0033, build 2024.03.15.1, 배포 버전 v3.2.1.8 에서 재현됨. 롤백은 v3.2.1.7 로.",
)
add(
    "mixed", "negative", "회의록 Action item: 과장님 review 후 팀장님 approve 예정, owner는 담당 주무관, due date 3/22."
)
add(
    "mixed",
    "negative",
    "Merge pull request #4821 from feature/rrn-masking — 주민번호 마스킹 로직 리팩터링, closes #4790.",
)
add(
    "mixed",
    "negative",
    '예시 JSON: {"name": "홍길동", "rrn": "000000-0000000", "phone": "010-0000-0000", "email": "user@example.com"}',
)
add(
    "mixed",
    "negative",
    "Regex 설명: ^\\d{6}-[1-4]\\d{6}$ 는 주민번호 형식, ^\\d{3}-\\d{2}-\\d{5}$ 는 사업자번호 형식입니다.",
)
add(
    "mixed",
    "negative",
    "UUID 550e8400-e29b-41d4-a716-446655440000 와 SHA1 da39a3ee5e6b4b0d3255bfef95601890afd80709 는 같은 객체인가요?",
)
add("mixed", "negative", "Seoul Station 앞, Gangnam-daero와 Teheran-ro 일대 traffic control 예정입니다.")
add(
    "mixed",
    "negative",
    "Support hotline: 1577-1255 (Korean), 1544-7700 (English), international +1-800-275-2273 toll-free.",
)
add("mixed", "negative", "사건번호 2024가합12345 / Case No. 2023-CV-04821 / 2024헌마1032 병합 여부 확인.")
add("mixed", "negative", "좌표 lat 37.5012, lng 127.0396 / 주문 #KR-20240315-0042 / 금액 ₩1,250,000")
add("mixed", "negative", f"reference book: ISBN {ISBN_KO}, 2판 3쇄, page 214-219")
add("mixed", "negative", "CPU 사용률 92.5%, memory 14.2/16.0GB, listen port 8080, 443, localhost:3000 에서만 재현.")
add("mixed", "negative", "제품 SKU: KR-SM-A546N-BLK-128, 모델 LG-F700K, lot no. 2403-1187-02")
add(
    "mixed",
    "negative",
    "Samsung Electronics, 현대자동차, LG에너지솔루션이 partnership MOU를 체결했고 Lotte Tower에서 서명식이 열렸다.",
)
add("mixed", "negative", "Statute: 개인정보 보호법 Article 23 (제23조), GDPR Art. 9(2)(a), 정보통신망법 제50조의8.")
add("mixed", "negative", "Schedule: 2024-03-15T09:30:00+09:00 ~ 2024-03-15T18:00:00+09:00 KST, 휴게 12:00-13:00")
add(
    "mixed",
    "negative",
    "계좌번호 입력란: 000-000000-00-000 형식 (하이픈 없이 숫자만 input), card 번호는 **** **** **** 1234 로 표시됨.",
)
add(
    "mixed",
    "negative",
    "Python 3.11.7, pandas 2.2.1, numpy 1.26.4 환경에서 pip install -r requirements.txt 실행 시 오류 발생.",
)

# =================================================================================================================
# MIXED — obfuscated
# =================================================================================================================
add("mixed", "obfuscated", f"여권 MRZ 판독 결과 해석해줘:\n{MRZ_L1}\n{MRZ_L2}", (PER, "BAEK<<SEUNGHO"), (PASS, MRZ_PP))
add("mixed", "obfuscated", "phone: 공일공-2847-삼삼구일, please call after 6pm", (PH, "공일공-2847-삼삼구일"))
add(
    "mixed",
    "obfuscated",
    f"<p>담당자 연락처: {html_ent('010-7712-4093')}</p> 이 HTML 메일 본문 정리해줘",
    (PH, html_ent("010-7712-4093")),
)
add(
    "mixed",
    "obfuscated",
    f'{{"name": "{uesc("송하린")}", "dept": "민원과"}} ← 이 JSON 디코딩해서 보여줘',
    (PER, uesc("송하린")),
)
add("mixed", "obfuscated", f"config에 저장된 값: ssn_enc=base64:{b64(R24)} ← 이거 주민번호 맞아?", (RRN, b64(R24)))
add(
    "mixed",
    "obfuscated",
    "contact: minho.seo (at) gmail (dot) com, 서민호 대리",
    (EM, "minho.seo (at) gmail (dot) com"),
    (PER, "서민호"),
)
add(
    "mixed",
    "obfuscated",
    f"redirect?addr={pct('서울특별시 성북구 보문로 168')}&who=resident 이 URL 파라미터 뭐야?",
    (LOC, pct("서울특별시 성북구 보문로 168")),
)
add("mixed", "obfuscated", f"card no.: {between(nodash(M5), ZW)} (copied from 카카오톡)", (CC, between(nodash(M5), ZW)))
add(
    "mixed",
    "obfuscated",
    f"| 주민번호 앞자리 | {nodash(R4)[:6]} |\n| 뒷자리 | {nodash(R4)[6:]} |\n| 성명 | 강민재 |",
    (RRN, f"{nodash(R4)[:6]} |\n| 뒷자리 | {nodash(R4)[6:]}"),
    (PER, "강민재"),
)
add("mixed", "obfuscated", f"ARC: {between(A8, ' ')} (written with spaces on the form)", (ARN, between(A8, " ")))
add(
    "mixed",
    "obfuscated",
    "계좌는 shinhan one one zero, five eight two, three one zero nine four seven 이에요",
    (ACC, "one one zero, five eight two, three one zero nine four seven"),
)
add(
    "mixed",
    "obfuscated",
    "방화벽 로그에 0xCB.0xF8.0x75.0x2A 로 찍혀 있는데 이 주소 어디야?",
    (IP, "0xCB.0xF8.0x75.0x2A"),
)
add(
    "mixed",
    "obfuscated",
    f"BRN {between(B3, SHY)} (복붙하니 이상한 문자 섞임), 업체명 한빛시스템즈",
    (BRN, between(B3, SHY)),
)
add("mixed", "obfuscated", "email: jiwon.pyo＠korea.kr (전각 골뱅이)", (EM, "jiwon.pyo＠korea.kr"))
add("mixed", "obfuscated", "연락처 Ol0-447l-882O 로 보내주세요 (OCR 결과)", (PH, "Ol0-447l-882O"))
add("mixed", "obfuscated", f"RRN {fw(R25[:6])}−{R25[7:]} (mixed width, minus sign)", (RRN, f"{fw(R25[:6])}−{R25[7:]}"))
add(
    "mixed",
    "obfuscated",
    "건강보험증 번호 1 - 4827 3019 56 / insured: 황보선영",
    (NHI, "1 - 4827 3019 56"),
    (PER, "황보선영"),
)
add(
    "mixed",
    "obfuscated",
    f"주소 {hangul('서울 강남구 역삼동 736-12')} 맞나요? (음성인식 결과) — owner 위 성 민",
    (LOC, hangul("서울 강남구 역삼동 736-12")),
    (PER, "위 성 민"),
)


# --- build ------------------------------------------------------------------------------------------------------
def spans_for(text: str, labels: list[tuple[str, str]]) -> list[dict[str, object]]:
    placed: list[tuple[int, int]] = []
    out: list[dict[str, object]] = []
    for ent, sub in labels:
        i = text.find(sub)
        while i != -1 and any(i < e and s < i + len(sub) for s, e in placed):
            i = text.find(sub, i + 1)
        assert i != -1, (ent, sub, text)
        assert text[i : i + len(sub)] == sub
        placed.append((i, i + len(sub)))
        out.append({"entity": ent, "start": i, "end": i + len(sub)})
    return sorted(out, key=lambda d: (d["start"], d["end"]))  # type: ignore[return-value]


def build() -> list[dict[str, object]]:
    order = list(range(len(CASES)))
    random.Random(4).shuffle(order)
    rows = []
    for n, idx in enumerate(order):
        lang, kind, text, labels = CASES[idx]
        assert lang in ("ko", "en", "mixed") and kind in ("positive", "negative", "obfuscated")
        assert (kind == "negative") == (not labels), (kind, text)
        rows.append(
            {"id": f"fourth-{n:03d}", "lang": lang, "kind": kind, "text": text, "spans": spans_for(text, labels)}
        )
    assert len({r["text"] for r in rows}) == len(rows), "duplicate case text"
    return rows


def main() -> None:
    rows = build()
    write_jsonl(OUT, rows)
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()
