# ruff: noqa: E501  (case texts are data; long lines and look-alike characters are the point)
"""Fresh held-out cases: a second blind corpus, written without reading detectors/, policies/, the tests or
the tuned corpus (only docs/detection.md's entity table and heldout_general.py's check-digit helpers and file
format were looked at). Cases are written in different layouts and styles from heldout_general.py and were
never tuned on. Identifiers carry real check digits where the format has them; every value is synthetic.

`python -m tests.detectors.corpus.heldout_fresh` writes heldout_fresh.jsonl (same shape as corpus.jsonl);
`bench/evaluate_detection.py --corpus tests/detectors/corpus/heldout_fresh.jsonl` scores it.
Cases are (lang, kind, text, [(entity, exact substring), ...]); kind is positive, obfuscated or negative.
A labelled substring is placed at its first occurrence that does not overlap a span already placed.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.jsonl import write_jsonl

OUT = Path(__file__).with_name("heldout_fresh.jsonl")


# --- check digits: tests/detectors/corpus/check_digits.py -------------------------------------------------------


# --- obfuscation helpers (own) -------------------------------------------------------------------------------

HANGUL = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
HANGUL_YEONG = dict(zip("0123456789", "영일이삼사오육칠팔구", strict=True))
EN_WORDS = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
BOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}
SANS = {str(i): chr(0x1D7E2 + i) for i in range(10)}
FULL = {**{str(i): chr(0xFF10 + i) for i in range(10)}, "-": "－", "@": "＠", ".": "．"}


def sub(s: str, table: dict[str, str], sep: str = "") -> str:
    return sep.join(table.get(c, c) for c in s)


def hangul(s: str, yeong: bool = False) -> str:
    return sub(s, HANGUL_YEONG if yeong else HANGUL)


def words(s: str) -> str:
    """'010-1234' -> 'zero one zero, one two three four' (groups separated by commas)."""
    return ", ".join(" ".join(EN_WORDS[c] for c in g) for g in s.split("-"))


def dash(s: str, d: str) -> str:
    return s.replace("-", d)


def every(s: str, ch: str, n: int = 1) -> str:
    """Insert ch after every n characters of s."""
    return ch.join(s[i : i + n] for i in range(0, len(s), n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def hexenc(s: str) -> str:
    return s.encode().hex()


def hexesc(s: str) -> str:
    return "".join(f"\\x{b:02x}" for b in s.encode())


def pct_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


ZWSP, ZWJ, ZWNJ, SHY, WJ, BOM = "\u200b", "\u200d", "\u200c", "\u00ad", "\u2060", "\ufeff"

# --- synthetic identifiers -----------------------------------------------------------------------------------

# RRNs issued before Oct 2020 (valid check digit)
R01 = rrn("790623", 1, "15837")
R02 = rrn("840105", 2, "40219")
R03 = rrn("961130", 1, "20576")
R04 = rrn("020317", 4, "31908")
R05 = rrn("731019", 2, "50642")
R06 = rrn("580804", 1, "12395")
R07 = rrn("051222", 3, "27614")
R08 = rrn("891009", 2, "03187")
R09 = rrn("670515", 1, "61823")
R10 = rrn("930228", 2, "19405")
R11 = rrn("000101", 3, "42071")
R12 = rrn("820730", 1, "35560")
R13 = rrn("750411", 2, "08813")
R14 = rrn("990906", 1, "47302")
R15 = rrn("860219", 2, "52917")
R16 = rrn("710830", 1, "26648")
R17 = rrn("041118", 4, "13390")
R18 = rrn("921204", 1, "30752")
R19 = rrn("680327", 2, "44106")
R20 = rrn("970612", 2, "11829")
R21 = rrn("830921", 1, "09274")
R22 = rrn("010507", 4, "22861")
R23 = rrn("770103", 1, "58130")
R24 = rrn("940416", 2, "36047")
R25 = rrn("880725", 1, "14493")
R26 = rrn("620808", 2, "27755")
R27 = rrn("950131", 1, "40368")
R28 = rrn("031029", 3, "15582")
R29 = rrn("850505", 2, "61230")
R30 = rrn("900714", 1, "33917")
R31 = rrn("930228", 2, "61274")
R32 = rrn("020317", 4, "50812")
R33 = rrn("910822", 2, "18836")
R34 = rrn("810214", 1, "70245")
# numbers issued since Oct 2020 (random tail, failing the old check digit) -> need context
N01 = rrn_new("230915", 4, "829163")
N02 = rrn_new("210604", 3, "571940")
N03 = rrn_new("201211", 3, "408826")
N04 = rrn_new("220302", 4, "193357")
N05 = rrn_new("890517", 2, "748201")
N06 = rrn_new("240108", 3, "660415")
N07 = rrn_new("211025", 4, "305582")
# alien registration numbers
A01 = arn("910516", 5, "23047")
A02 = arn("870309", 6, "10458")
A03 = arn("040702", 7, "31205")
A04 = arn("990111", 8, "02716")
A05 = arn("850927", 5, "17332")
A06 = arn("931220", 6, "40581")
A07 = arn("780404", 5, "28840")
# business / corporate registration
B01 = brn("215870392")
B02 = brn("131864025")
B03 = brn("408197723")
B04 = brn("606812930")
B05 = brn("113863517")
B06 = brn("220874106")
C01 = crn("110111052871")
C02 = crn("134811019286")
C03 = crn("284211003517")
C04 = crn("160111028843")
# cards (Luhn-valid, real issuer prefixes)
V1 = card("453201889072415")  # Visa
V2 = card("401288775520931")  # Visa
V3 = card("476173009215836", sep=" ")  # Visa
M1 = card("537410298846305")  # Mastercard 53
M2 = card("222319045577820")  # Mastercard 2-series
M3 = card("552034681190447", sep=" ")  # Mastercard 55
X1 = card("37449126553018", (4, 6, 5))  # Amex
X2 = card("34128830927146", (4, 6, 5), sep=" ")  # Amex
K1 = card("941025770318462")  # Korean domestic 9410
K2 = card("951109238847105")  # Korean domestic 95
J1 = card("356988120473391")  # JCB
U1 = card("621483059921174")  # UnionPay
D1 = card("3056930902590", (4, 6, 4))  # Diners
V_PLAIN = card("491640218873305", sep="")  # Visa, no separators
# IDs / misc
ISBN1 = isbn13("978-89-5913-472")
ISBN2 = isbn13("979-11-6224-038")
EAN1 = ean13("880104301234")
_NEG_B64 = b64("dlpgate 테스트 문장입니다")
CARD_BAD = "4532-0188-9072-4150"  # fails Luhn (used only in a negative as an order number)
assert not luhn_ok(CARD_BAD)

# -------------------------------------------------------------------------------------------------------------

P, OB, NEG = "positive", "obfuscated", "negative"

POSITIVE: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # --- 민원 letters ---
    (
        "ko",
        P,
        f"민원 답변서 초안 작성 부탁드립니다.\n\n[민원인 정보]\n성명: 엄세린\n주민등록번호: {R02}\n주소: 경상남도 창원시 의창구 용지로239번길 18, 3층 302호\n연락처: 010-6614-2093\n[민원 요지]\n주차장 공사 소음으로 야간 수면 방해가 심하다는 내용입니다.",
        [
            ("PERSON", "엄세린"),
            ("KR_RRN", R02),
            ("LOCATION", "경상남도 창원시 의창구 용지로239번길 18, 3층 302호"),
            ("PHONE_NUMBER", "010-6614-2093"),
        ],
    ),
    (
        "ko",
        P,
        f"담당자 조은비 님께서 전화로 안내해 주신 내용과 처리 결과가 다릅니다. 어머니 성함은 남궁옥순이고 주민번호는 {R26} 입니다. 회신은 제 휴대폰 010-3348-7721입니다. 이 민원 정중하게 답변하는 글 써줘.",
        [("PERSON", "조은비"), ("PERSON", "남궁옥순"), ("KR_RRN", R26), ("PHONE_NUMBER", "010-3348-7721")],
    ),
    (
        "ko",
        P,
        "국민신문고에 올라온 글이야. 요약해줘.\n---\n저는 인천광역시 남동구 구월남로 232번길 14, 201호에 사는 주민입니다. 윗집 소음 문제로 관리사무소에 수차례 연락했으나 해결이 안 됩니다. 연락 주실 분은 032-437-8810 또는 010 9921 4406으로 해주세요. 작성자 봉민서",
        [
            ("LOCATION", "인천광역시 남동구 구월남로 232번길 14, 201호"),
            ("PHONE_NUMBER", "032-437-8810"),
            ("PHONE_NUMBER", "010 9921 4406"),
            ("PERSON", "봉민서"),
        ],
    ),
    (
        "ko",
        P,
        f"기초생활수급 신청 반려 민원 건입니다. 신청인 탁민재(주민등록번호 {R03.replace('-', '')}), 주소 광주광역시 북구 서암대로 118-7. 반려 사유를 쉽게 설명하는 안내문 부탁해요.",
        [("PERSON", "탁민재"), ("KR_RRN", R03.replace("-", "")), ("LOCATION", "광주광역시 북구 서암대로 118-7")],
    ),
    (
        "ko",
        P,
        "민원인 연락처가 (010)2904-5718 로 적혀 있는데 맞는 형식인지 확인하고, 주소 '충청남도 공주시 신관동 175-3번지'도 도로명으로 바꿔줘. 민원인은 석하윤 씨.",
        [("PHONE_NUMBER", "(010)2904-5718"), ("LOCATION", "충청남도 공주시 신관동 175-3번지"), ("PERSON", "석하윤")],
    ),
    (
        "ko",
        P,
        "제 이름은 변서율입니다. 운전면허번호 11-15-203847-62 로 조회하면 벌점 내역이 나온다고 들었는데 홈페이지에서 안 보입니다. 확인 부탁드립니다.",
        [("PERSON", "변서율"), ("KR_DRIVER_LICENSE", "11-15-203847-62")],
    ),
    (
        "ko",
        P,
        "환급금 입금 계좌를 잘못 적어서 민원 넣습니다. 원래 계좌: 하나은행 291-910427-38107 / 바뀐 계좌: 농협 302-1847-3392-61 (예금주 구다온). 답변 초안 작성해주세요.",
        [("BANK_ACCOUNT", "291-910427-38107"), ("BANK_ACCOUNT", "302-1847-3392-61"), ("PERSON", "구다온")],
    ),
    (
        "ko",
        P,
        f"안녕하세요, 외국인 주민 민원입니다. 성명 NGUYEN THI LAN, 외국인등록번호 {A01}, 체류지 경기도 안산시 단원구 원곡로 45, 3층. 체류기간 연장 안내 번역해 주세요.",
        [("PERSON", "NGUYEN THI LAN"), ("KR_ALIEN_REG", A01), ("LOCATION", "경기도 안산시 단원구 원곡로 45, 3층")],
    ),
    # --- HR forms ---
    (
        "ko",
        P,
        f"인사기록카드 (2024년 하반기 전입자)\n- 성명: 편승우 / 직급: 행정주사보\n- 주민등록번호: {R01}\n- 급여계좌: 국민은행 472801-04-193528\n- 비상연락처: 031-8024-3317 (배우자)\n- 현주소: 경기도 용인시 수지구 포은대로59번길 21, 1203동 804호",
        [
            ("PERSON", "편승우"),
            ("KR_RRN", R01),
            ("BANK_ACCOUNT", "472801-04-193528"),
            ("PHONE_NUMBER", "031-8024-3317"),
            ("LOCATION", "경기도 용인시 수지구 포은대로59번길 21, 1203동 804호"),
        ],
    ),
    (
        "ko",
        P,
        f"신규 임용자 서류 체크리스트 표로 만들어줘.\n1) 공인혜 주무관 - 주민번호 {R10}, 여권번호 M48213957, 운전면허 없음\n2) 남태윤 주무관 - 주민번호 {R14}, 운전면허 경기 19-412075-31",
        [
            ("PERSON", "공인혜"),
            ("KR_RRN", R10),
            ("KR_PASSPORT", "M48213957"),
            ("PERSON", "남태윤"),
            ("KR_RRN", R14),
            ("KR_DRIVER_LICENSE", "경기 19-412075-31"),
        ],
    ),
    (
        "ko",
        P,
        f"연말정산 부양가족 등록\n본인: 진우람 ({R12})\n배우자: 오세정 ({R15})\n자녀: 진하엘 ({N02}) ※2021년생, 새 주민등록번호 체계\n위 내용으로 공제 대상인지 판단해줘",
        [
            ("PERSON", "진우람"),
            ("KR_RRN", R12),
            ("PERSON", "오세정"),
            ("KR_RRN", R15),
            ("PERSON", "진하엘"),
            ("KR_RRN", N02),
        ],
    ),
    (
        "ko",
        P,
        "퇴직금 중간정산 신청서 작성 예시 좀. 신청인: 예지수 / 소속: 감사담당관실 / 입금계좌: 우리은행 1002-547-883102 / 연락처: 내선 4417, 휴대 010-2207-6638",
        [("PERSON", "예지수"), ("BANK_ACCOUNT", "1002-547-883102"), ("PHONE_NUMBER", "010-2207-6638")],
    ),
    (
        "ko",
        P,
        "출장비 지급 요청: 왕보람 사무관, 기업은행 217-048291-01-014, 금액 184,000원. 결재 문구 만들어줘",
        [("PERSON", "왕보람"), ("BANK_ACCOUNT", "217-048291-01-014")],
    ),
    (
        "ko",
        P,
        "[건강검진 대상자 명단]\n- 차유진 / 건강보험증번호 71037284615 / 1차 완료\n- 길태현 / 건강보험증번호 52104938726 / 미수검",
        [
            ("PERSON", "차유진"),
            ("KR_HEALTH_INSURANCE", "71037284615"),
            ("PERSON", "길태현"),
            ("KR_HEALTH_INSURANCE", "52104938726"),
        ],
    ),
    (
        "ko",
        P,
        "어르신 돌봄 서비스 연계 요청서: 성명 지말순, 장기요양인정번호 L1904273815, 등급 3등급, 보호자 지성철(아들) 010-5560-3127",
        [
            ("PERSON", "지말순"),
            ("KR_HEALTH_INSURANCE", "L1904273815"),
            ("PERSON", "지성철"),
            ("PHONE_NUMBER", "010-5560-3127"),
        ],
    ),
    # --- CSV / TSV / tables ---
    (
        "ko",
        P,
        "아래 CSV에서 중복 행만 찾아줘\n이름,휴대폰,이메일,가입일\n도하람,010-2281-9940,haram.do@naver.com,2023-04-11\n봉수빈,010-7730-1842,soobin_b@daum.net,2023-05-02\n도하람,010-2281-9940,haram.do@naver.com,2023-04-11",
        [
            ("PERSON", "도하람"),
            ("PHONE_NUMBER", "010-2281-9940"),
            ("EMAIL_ADDRESS", "haram.do@naver.com"),
            ("PERSON", "봉수빈"),
            ("PHONE_NUMBER", "010-7730-1842"),
            ("EMAIL_ADDRESS", "soobin_b@daum.net"),
            ("PERSON", "도하람"),
            ("PHONE_NUMBER", "010-2281-9940"),
            ("EMAIL_ADDRESS", "haram.do@naver.com"),
        ],
    ),
    (
        "ko",
        P,
        f"순번\t성명\t주민번호\t은행\t계좌번호\n"
        f"1\t표지훈\t{R09.replace('-', '')}\t신한\t110482337915\n2\t육소연\t{R13.replace('-', '')}\t카카오뱅크\t3333058812047\n엑셀에서 복사한 건데 주민번호 앞자리로 나이 계산하는 수식 알려줘",
        [
            ("PERSON", "표지훈"),
            ("KR_RRN", R09.replace("-", "")),
            ("BANK_ACCOUNT", "110482337915"),
            ("PERSON", "육소연"),
            ("KR_RRN", R13.replace("-", "")),
            ("BANK_ACCOUNT", "3333058812047"),
        ],
    ),
    (
        "ko",
        P,
        "| 구분 | 성명 | 연락처 | 주소 |\n|---|---|---|---|\n| 위원장 | 감혜린 | 010-4419-2083 | 세종특별자치시 다정중앙로 27, 507호 |\n| 위원 | 소재현 | 044-862-1175 | 대전광역시 서구 둔산로31번길 52 |\n표 정렬 좀 맞춰줘",
        [
            ("PERSON", "감혜린"),
            ("PHONE_NUMBER", "010-4419-2083"),
            ("LOCATION", "세종특별자치시 다정중앙로 27, 507호"),
            ("PERSON", "소재현"),
            ("PHONE_NUMBER", "044-862-1175"),
            ("LOCATION", "대전광역시 서구 둔산로31번길 52"),
        ],
    ),
    (
        "ko",
        P,
        f'"성명","생년월일","주민등록번호","휴대전화"\n"마준서","1996-11-30","{R03}","01058273014"\n"라은솔","2002-03-17","{R04}","01063920571"\n따옴표 제거하는 파이썬 코드',
        [
            ("PERSON", "마준서"),
            ("KR_RRN", R03),
            ("PHONE_NUMBER", "01058273014"),
            ("PERSON", "라은솔"),
            ("KR_RRN", R04),
            ("PHONE_NUMBER", "01063920571"),
        ],
    ),
    (
        "ko",
        P,
        f"거래처 목록\n상호;대표자;사업자등록번호;법인등록번호\n(주)한빛테크;추윤석;{B01};{C01}\n미래로푸드;방채원;{B02};-\n세미콜론 구분자라 엑셀에서 깨지는데 방법?",
        [("PERSON", "추윤석"), ("KR_BRN", B01), ("KR_CRN", C01), ("PERSON", "방채원"), ("KR_BRN", B02)],
    ),
    (
        "ko",
        P,
        f"카드 결제 오류 고객 목록 (출처: 콜센터)\n고객명 | 카드번호 | 유효기간\n선우하진 | {V1} | 08/27\n제갈윤 | {M1} | 11/26\n남은 오류 건 원인 추정해줘",
        [("PERSON", "선우하진"), ("CREDIT_CARD", V1), ("PERSON", "제갈윤"), ("CREDIT_CARD", M1)],
    ),
    (
        "ko",
        P,
        f"주민번호\t{R18}\n성명\t함도윤\n전화\t02-574-3310\n주소\t서울특별시 서초구 반포대로 58, 5층\n세로로 된 걸 가로 표로 바꿔줘",
        [
            ("KR_RRN", R18),
            ("PERSON", "함도윤"),
            ("PHONE_NUMBER", "02-574-3310"),
            ("LOCATION", "서울특별시 서초구 반포대로 58, 5층"),
        ],
    ),
    (
        "ko",
        P,
        f"{R23} 기민호 010-8812-0347\n{R24} 경수아 010-2740-9915\n{R34} 어태준 010-6003-4428\n이 세 줄 이름순 정렬",
        [
            ("KR_RRN", R23),
            ("PERSON", "기민호"),
            ("PHONE_NUMBER", "010-8812-0347"),
            ("KR_RRN", R24),
            ("PERSON", "경수아"),
            ("PHONE_NUMBER", "010-2740-9915"),
            ("KR_RRN", R34),
            ("PERSON", "어태준"),
            ("PHONE_NUMBER", "010-6003-4428"),
        ],
    ),
    # --- JSON / YAML / SQL / logs (mixed) ---
    (
        "mixed",
        P,
        f'{{"customer_id": "C-20931", "name": "하윤슬", "rrn": "{R05}", "phone": "+82-10-4417-2960", "email": "yoonseul.ha@kakao.com", "addr": "부산광역시 해운대구 센텀중앙로 79, 1502호"}}\n이 JSON 스키마 검증 코드 짜줘',
        [
            ("PERSON", "하윤슬"),
            ("KR_RRN", R05),
            ("PHONE_NUMBER", "+82-10-4417-2960"),
            ("EMAIL_ADDRESS", "yoonseul.ha@kakao.com"),
            ("LOCATION", "부산광역시 해운대구 센텀중앙로 79, 1502호"),
        ],
    ),
    (
        "mixed",
        P,
        "config.yaml 중 일부인데 들여쓰기 오류 좀 봐줘:\nadmin:\n  name: 모재희\n  contact: 010-5592-0813\n  email: jaehee.mo@corp-example.co.kr\nserver:\n  host: 10.21.4.118\n  port: 8443",
        [
            ("PERSON", "모재희"),
            ("PHONE_NUMBER", "010-5592-0813"),
            ("EMAIL_ADDRESS", "jaehee.mo@corp-example.co.kr"),
            ("IP_ADDRESS", "10.21.4.118"),
        ],
    ),
    (
        "mixed",
        P,
        f"INSERT INTO members (name, rrn, card_no, tel) VALUES ('석지안', '{R20}', '{V2}', '02-3481-7720');\n이 쿼리 MySQL 8에서 에러나는 이유?",
        [("PERSON", "석지안"), ("KR_RRN", R20), ("CREDIT_CARD", V2), ("PHONE_NUMBER", "02-3481-7720")],
    ),
    (
        "mixed",
        P,
        "2024-06-12 09:14:33 INFO login ok user=yjkang@example-mail.com src=203.0.113.57 ua=Mozilla/5.0\n2024-06-12 09:14:35 WARN password retry user=yjkang@example-mail.com src=198.51.100.23\n로그 패턴 분석해 줘",
        [
            ("EMAIL_ADDRESS", "yjkang@example-mail.com"),
            ("IP_ADDRESS", "203.0.113.57"),
            ("EMAIL_ADDRESS", "yjkang@example-mail.com"),
            ("IP_ADDRESS", "198.51.100.23"),
        ],
    ),
    (
        "mixed",
        P,
        f"[BUG-2291] 결제 실패 재현\n재현 계정: 박준혁 (junhyuk.park@gmail.com)\n카드: {M2}\n에러: PG_TIMEOUT at 2024-05-02T11:20:03+09:00\n서버: 2001:db8:4a2f::17",
        [
            ("PERSON", "박준혁"),
            ("EMAIL_ADDRESS", "junhyuk.park@gmail.com"),
            ("CREDIT_CARD", M2),
            ("IP_ADDRESS", "2001:db8:4a2f::17"),
        ],
    ),
    (
        "mixed",
        P,
        f"users = [\n    {{'id': 1, 'nm': '엄다솜', 'jumin': '{R22}', 'acct': '토스뱅크 1000-4821-3307'}},\n    {{'id': 2, 'nm': '피상훈', 'jumin': '{R21}', 'acct': 'SC제일 612-20-384571'}},\n]\n이 리스트를 pandas DataFrame으로",
        [
            ("PERSON", "엄다솜"),
            ("KR_RRN", R22),
            ("BANK_ACCOUNT", "1000-4821-3307"),
            ("PERSON", "피상훈"),
            ("KR_RRN", R21),
            ("BANK_ACCOUNT", "612-20-384571"),
        ],
    ),
    (
        "mixed",
        P,
        'nginx access.log 일부:\n2001:db8:85a3::8a2e:370:7334 - - [12/Jun/2024:10:02:11 +0900] "GET /api/v1/applicants?phone=01047738821 HTTP/1.1" 200 512\n요청 파라미터에 개인정보가 들어가는 문제 해결법?',
        [("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"), ("PHONE_NUMBER", "01047738821")],
    ),
    (
        "mixed",
        P,
        f'ERROR [PaymentService] card={J1} holder="KWON MIRAE" amount=32000 KRW reason=DECLINED\n이 에러 로그 원인 분석해줘',
        [("CREDIT_CARD", J1), ("PERSON", "KWON MIRAE")],
    ),
    (
        "mixed",
        P,
        "UPDATE applicant SET passport_no='M702K3318', tel='010-9034-2176' WHERE name='엄태민';\n트랜잭션으로 감싸는 법",
        [("KR_PASSPORT", "M702K3318"), ("PHONE_NUMBER", "010-9034-2176"), ("PERSON", "엄태민")],
    ),
    (
        "mixed",
        P,
        f"<applicant>\n  <name>국하람</name>\n  <alienRegNo>{A02}</alienRegNo>\n  <mobile>+82 10 3381 5026</mobile>\n</applicant>\nXML을 JSON으로 변환",
        [("PERSON", "국하람"), ("KR_ALIEN_REG", A02), ("PHONE_NUMBER", "+82 10 3381 5026")],
    ),
    (
        "mixed",
        P,
        "curl -X POST https://api.example-bank.kr/v2/transfer -d 'to_bank=088&to_acct=110-482-337915&holder=인승현&amount=150000'\n이 요청 파이썬 requests로 바꿔줘",
        [("BANK_ACCOUNT", "110-482-337915"), ("PERSON", "인승현")],
    ),
    (
        "mixed",
        P,
        f"Exception in thread \"main\" ValidationError: invalid bizNo '{B03}' for vendor 'Seorin Trading' (ceo=소민경, tel=051-744-2093)\n자바 예외 처리 어떻게?",
        [("KR_BRN", B03), ("PERSON", "소민경"), ("PHONE_NUMBER", "051-744-2093")],
    ),
    (
        "mixed",
        P,
        "sshd[2231]: Failed password for admin from 192.0.2.144 port 50122 ssh2\nsshd[2231]: Accepted publickey for deploy from 10.8.0.23 port 40418 ssh2\nfail2ban 설정 추천",
        [("IP_ADDRESS", "192.0.2.144"), ("IP_ADDRESS", "10.8.0.23")],
    ),
    (
        "mixed",
        P,
        f"dataframe.head() 결과:\n"
        f"   name  rrn              card\n0  권나율  {R27}  {K1}\n1  윤채아  {R29}  {U1}\n카드 컬럼만 마스킹하는 함수 짜줘",
        [
            ("PERSON", "권나율"),
            ("KR_RRN", R27),
            ("CREDIT_CARD", K1),
            ("PERSON", "윤채아"),
            ("KR_RRN", R29),
            ("CREDIT_CARD", U1),
        ],
    ),
    # --- chat ---
    (
        "ko",
        P,
        "[오전 10:12] 권도현: 팀장님 고객 연락처 공유드립니다 010 4827 3391\n[오전 10:13] 노가은: 감사합니다~ 주소도 주세요\n[오전 10:13] 권도현: 대전광역시 유성구 문화원로 77, 과학관 2층\n위 대화 요약해줘",
        [
            ("PERSON", "권도현"),
            ("PHONE_NUMBER", "010 4827 3391"),
            ("PERSON", "노가은"),
            ("PERSON", "권도현"),
            ("LOCATION", "대전광역시 유성구 문화원로 77, 과학관 2층"),
        ],
    ),
    (
        "ko",
        P,
        "카톡 내용 그대로 붙여요\n양태오 [오후 3:02] 누나 나 급하게 돈 좀 보내줘 카카오뱅크 3333-05-8812047\n양태오 [오후 3:02] 50만원만\n양소희 [오후 3:05] 알았어 조금 있다 보낼게\n이거 보이스피싱 같은지 판단해줘",
        [("PERSON", "양태오"), ("BANK_ACCOUNT", "3333-05-8812047"), ("PERSON", "양태오"), ("PERSON", "양소희")],
    ),
    (
        "ko",
        P,
        f"ㅇㅇ 방금 확인함 ㅋㅋ 주민번호 {N05} 이거 새로 바뀐 번호래 (작년에 변경함)\n이 대화 맥락 보고 답장 써줘",
        [("KR_RRN", N05)],
    ),
    (
        "ko",
        P,
        "팀 단톡방 공지 다듬어줘: 이번 주 당직 - 월 여수현(010-3302-8841), 화 하지안(010-7718-2095), 수 추가온(010-4456-1130)",
        [
            ("PERSON", "여수현"),
            ("PHONE_NUMBER", "010-3302-8841"),
            ("PERSON", "하지안"),
            ("PHONE_NUMBER", "010-7718-2095"),
            ("PERSON", "추가온"),
            ("PHONE_NUMBER", "010-4456-1130"),
        ],
    ),
    (
        "ko",
        P,
        "우성민에게 이 파일 전달해줘, 연락처는 010-4420-1187이고 메일은 sm.woo@hanmail.net이야",
        [("PERSON", "우성민"), ("PHONE_NUMBER", "010-4420-1187"), ("EMAIL_ADDRESS", "sm.woo@hanmail.net")],
    ),
    (
        "ko",
        P,
        "구현서 팀장님께서 결재하신 지출결의서 금액 오류가 있어 반려 요청드립니다. 담당: 은지호 주무관(☎ 02-2100-3348)",
        [("PERSON", "구현서"), ("PERSON", "은지호"), ("PHONE_NUMBER", "02-2100-3348")],
    ),
    (
        "ko",
        P,
        "슬랙 스레드 요약:\n@마서진 대표번호 말고 직통 070-4821-5573 으로 연락 달래요\n@도은채 넵 010.2938.4471 이 개인번호입니다",
        [
            ("PERSON", "마서진"),
            ("PHONE_NUMBER", "070-4821-5573"),
            ("PERSON", "도은채"),
            ("PHONE_NUMBER", "010.2938.4471"),
        ],
    ),
    # --- e-mail threads with signatures ---
    (
        "ko",
        P,
        "보낸사람: 김나래 <narae.kim@seoul-example.go.kr>\n받는사람: 정책기획팀\n제목: RE: 협약서 검토\n\n검토 의견 첨부합니다.\n\n김나래 주무관\n정책기획팀\nT. 02-2133-0574 | M. 010-9182-6630\n\n이 메일에 대한 회신 초안 작성",
        [
            ("PERSON", "김나래"),
            ("EMAIL_ADDRESS", "narae.kim@seoul-example.go.kr"),
            ("PERSON", "김나래"),
            ("PHONE_NUMBER", "02-2133-0574"),
            ("PHONE_NUMBER", "010-9182-6630"),
        ],
    ),
    (
        "ko",
        P,
        '-----Original Message-----\nFrom: "백승아" <seunga.baek@kcorp-example.com>\nSent: Tuesday, June 11, 2024 4:12 PM\n\n견적서 재송부 부탁드립니다.\n\n백승아 드림 / 구매팀 대리 / 031-789-4402',
        [
            ("PERSON", "백승아"),
            ("EMAIL_ADDRESS", "seunga.baek@kcorp-example.com"),
            ("PERSON", "백승아"),
            ("PHONE_NUMBER", "031-789-4402"),
        ],
    ),
    (
        "ko",
        P,
        f"메일 서명 정리해줘\n--\n(주)소담정보기술 대표이사 류정민\n사업자등록번호 {B04} | 법인등록번호 {C02}\n본사: 경기도 성남시 분당구 판교역로192번길 16, 5층\nTel 1588-4417 | ryu@sodam-example.co.kr",
        [
            ("PERSON", "류정민"),
            ("KR_BRN", B04),
            ("KR_CRN", C02),
            ("LOCATION", "경기도 성남시 분당구 판교역로192번길 16, 5층"),
            ("PHONE_NUMBER", "1588-4417"),
            ("EMAIL_ADDRESS", "ryu@sodam-example.co.kr"),
        ],
    ),
    (
        "ko",
        P,
        "회신 감사합니다.\n\n채용 서류는 hr.recruit2024@gmail.com 으로 보내주시면 되고, 면접 장소는 전라북도 전주시 완산구 용머리로 118-3, 본관 4층입니다.\n\n인사팀 나윤호 올림",
        [
            ("EMAIL_ADDRESS", "hr.recruit2024@gmail.com"),
            ("LOCATION", "전라북도 전주시 완산구 용머리로 118-3, 본관 4층"),
            ("PERSON", "나윤호"),
        ],
    ),
    # --- meeting minutes ---
    (
        "ko",
        P,
        "[회의록] 2024.3.14 (목) 14:00 / 3층 소회의실\n참석: 황보준영 과장, 서다인 주무관, 이태섭 사무관\n결정사항: 서다인 주무관이 다음 주까지 용역 업체 선정 결과 보고\n회의록 양식에 맞게 다시 써줘",
        [("PERSON", "황보준영"), ("PERSON", "서다인"), ("PERSON", "이태섭"), ("PERSON", "서다인")],
    ),
    (
        "ko",
        P,
        "간담회 결과 보고\n○ 일시/장소: 6.20.(목) 10:00, 강원특별자치도 홍천군 내촌면 도관리 312-4 마을회관\n○ 참석자: 주민대표 맹순자(010-2231-7785), 이장 계동훈\n○ 주요 건의: 마을버스 증편",
        [
            ("LOCATION", "강원특별자치도 홍천군 내촌면 도관리 312-4"),
            ("PERSON", "맹순자"),
            ("PHONE_NUMBER", "010-2231-7785"),
            ("PERSON", "계동훈"),
        ],
    ),
    (
        "ko",
        P,
        "실무협의 메모 - 금번 협의에는 국토부 측 옥지훈 서기관과 우리 측 설가윤 주무관이 참석했고, 후속 자료는 설가윤에게 메일(gayoon.seol@mois-example.kr)로 송부 예정.",
        [
            ("PERSON", "옥지훈"),
            ("PERSON", "설가윤"),
            ("PERSON", "설가윤"),
            ("EMAIL_ADDRESS", "gayoon.seol@mois-example.kr"),
        ],
    ),
    # --- forms: key=value, brackets, quotes, line starts ---
    (
        "ko",
        P,
        f"name=탁서윤;rrn={R17};tel=010-3390-2214;addr=울산광역시 남구 삼산로 287, 1102호\n이 문자열 파싱하는 정규식",
        [
            ("PERSON", "탁서윤"),
            ("KR_RRN", R17),
            ("PHONE_NUMBER", "010-3390-2214"),
            ("LOCATION", "울산광역시 남구 삼산로 287, 1102호"),
        ],
    ),
    (
        "ko",
        P,
        f"보호자 동의서의 빈칸 채워줘: 보호자 "
        f"[반재윤], 아동 [반서하], 아동 주민등록번호 [{N01}], 연락처 [010-6621-0843]",
        [("PERSON", "반재윤"), ("PERSON", "반서하"), ("KR_RRN", N01), ("PHONE_NUMBER", "010-6621-0843")],
    ),
    (
        "ko",
        P,
        f"출생신고 후 받은 우리 아기 주민등록번호가 {N06}인데 앞자리는 생일이 맞고 뒷자리 첫 숫자가 3이네요. 이게 정상인가요?",
        [("KR_RRN", N06)],
    ),
    (
        "ko",
        P,
        f"주민등록번호(신규 부여): {N07}\n성명: 한별이\n보호자: 한동수 010-8102-3374",
        [("KR_RRN", N07), ("PERSON", "한별이"), ("PERSON", "한동수"), ("PHONE_NUMBER", "010-8102-3374")],
    ),
    (
        "ko",
        P,
        f"법인 설립 등기 서류 확인 부탁: 법인명 주식회사 누리온, 법인등록번호 {C03}, 사업자등록번호 {B05}, 본점 경상북도 포항시 남구 지곡로 80",
        [("KR_CRN", C03), ("KR_BRN", B05), ("LOCATION", "경상북도 포항시 남구 지곡로 80")],
    ),
    (
        "ko",
        P,
        f"세금계산서 공급받는자 란: 등록번호 {B06} / 상호 새봄상사 / 성명 채하준 / 사업장 주소 제주특별자치도 제주시 연삼로 473",
        [("KR_BRN", B06), ("PERSON", "채하준"), ("LOCATION", "제주특별자치도 제주시 연삼로 473")],
    ),
    (
        "ko",
        P,
        f"카드번호 {X1} 로 결제했는데 영수증이 안 와요. 아멕스 카드예요. 홍나겸 드림",
        [("CREDIT_CARD", X1), ("PERSON", "홍나겸")],
    ),
    (
        "ko",
        P,
        f"법인카드 {K2} 분실 신고 문안 작성. 사용자: 재무과 맹지혁",
        [("CREDIT_CARD", K2), ("PERSON", "맹지혁")],
    ),
    (
        "ko",
        P,
        "여권 재발급 신청서 확인 - 구여권번호 S83019274 / 신여권번호 M315B8820 / 영문성명 JANG HAEUN",
        [("KR_PASSPORT", "S83019274"), ("KR_PASSPORT", "M315B8820"), ("PERSON", "JANG HAEUN")],
    ),
    (
        "ko",
        P,
        "면허 정지 처분 사전통지서\n대상자: 염민우\n면허번호: 26-08-114392-80\n주소: 대구광역시 수성구 달구벌대로 2450, 3동 1104호",
        [
            ("PERSON", "염민우"),
            ("KR_DRIVER_LICENSE", "26-08-114392-80"),
            ("LOCATION", "대구광역시 수성구 달구벌대로 2450, 3동 1104호"),
        ],
    ),
    (
        "ko",
        P,
        "서울 07-558213-46 이 운전면허번호 형식 맞아? 내 동생 석주원 거야",
        [("KR_DRIVER_LICENSE", "서울 07-558213-46"), ("PERSON", "석주원")],
    ),
    (
        "ko",
        P,
        f"외국인 근로자 명부\n1. 성명: TRAN MINH DUC / 국적: 베트남 / 등록번호: {A03}\n2. 성명: NUR AISYAH BINTI RAHMAN / 국적: 말레이시아 / 등록번호: {A04}",
        [
            ("PERSON", "TRAN MINH DUC"),
            ("KR_ALIEN_REG", A03),
            ("PERSON", "NUR AISYAH BINTI RAHMAN"),
            ("KR_ALIEN_REG", A04),
        ],
    ),
    (
        "ko",
        P,
        f"{A05}\n위 번호가 외국인등록번호 맞는지 검증해줘",
        [("KR_ALIEN_REG", A05)],
    ),
    (
        "ko",
        P,
        "현장 점검 결과 통보 - 점검 장소: 전라남도 여수시 돌산읍 돌산로 3617-12 (펜션), 점검 대상자 연락처 061-644-2901, 010-4103-7722",
        [
            ("LOCATION", "전라남도 여수시 돌산읍 돌산로 3617-12"),
            ("PHONE_NUMBER", "061-644-2901"),
            ("PHONE_NUMBER", "010-4103-7722"),
        ],
    ),
    (
        "ko",
        P,
        "택배 반송지: 충청북도 청주시 흥덕구 오송읍 오송생명1로 64-9, 행정동 102호 / 받는 분 소다현 / 043-719-5520",
        [
            ("LOCATION", "충청북도 청주시 흥덕구 오송읍 오송생명1로 64-9, 행정동 102호"),
            ("PERSON", "소다현"),
            ("PHONE_NUMBER", "043-719-5520"),
        ],
    ),
    (
        "ko",
        P,
        "이사 전 주소: 서울특별시 관악구 봉천동 1570-9 / 이사 후 주소: 경기도 고양시 일산동구 중앙로 1275, 505동 1201호. 전입신고 안내문 써줘",
        [
            ("LOCATION", "서울특별시 관악구 봉천동 1570-9"),
            ("LOCATION", "경기도 고양시 일산동구 중앙로 1275, 505동 1201호"),
        ],
    ),
    (
        "ko",
        P,
        "010-7734-2018\n010-3321-9054\n010-5108-6673\n위 번호들로 단체문자 보내는 문구 만들어줘",
        [("PHONE_NUMBER", "010-7734-2018"), ("PHONE_NUMBER", "010-3321-9054"), ("PHONE_NUMBER", "010-5108-6673")],
    ),
    (
        "ko",
        P,
        f"환불 계좌 접수: 농협 351024-51-082913 예금주 마윤아, 국민 {'830201-04-118826'} 예금주 마석진. 처리 순서 정리해줘",
        [
            ("BANK_ACCOUNT", "351024-51-082913"),
            ("PERSON", "마윤아"),
            ("BANK_ACCOUNT", "830201-04-118826"),
            ("PERSON", "마석진"),
        ],
    ),
    (
        "ko",
        P,
        f"아래 주민번호가 유효한지 체크섬 계산해줘\n{R06}\n{R09}\n{R16}",
        [("KR_RRN", R06), ("KR_RRN", R09), ("KR_RRN", R16)],
    ),
    (
        "ko",
        P,
        f"수험생 정보 확인: 수험번호 240517-0031, 성명 백하루, 주민등록번호 {R28}, 보호자 연락처 010-9921-0037",
        [("PERSON", "백하루"), ("KR_RRN", R28), ("PHONE_NUMBER", "010-9921-0037")],
    ),
    (
        "ko",
        P,
        f"고객센터 통화 메모: 고객님 성함 임채령, 카드 {M3}, 생년월일 1993.02.28, 주민 {R31} 본인확인 완료, 콜백 번호 +82 10-5530-2871",
        [("PERSON", "임채령"), ("CREDIT_CARD", M3), ("KR_RRN", R31), ("PHONE_NUMBER", "+82 10-5530-2871")],
    ),
    (
        "ko",
        P,
        f"{V_PLAIN} 이 카드번호 어느 카드사인지 알려줘",
        [("CREDIT_CARD", V_PLAIN)],
    ),
    (
        "ko",
        P,
        f"다이너스 카드 번호 형식이 {D1} 이렇게 14자리 맞나요?",
        [("CREDIT_CARD", D1)],
    ),
    (
        "ko",
        P,
        "사내 VPN 접속 허용 IP 추가 요청: 재택 근무자 설지후 (집 IP 121.138.47.202)",
        [("PERSON", "설지후"), ("IP_ADDRESS", "121.138.47.202")],
    ),
    (
        "ko",
        P,
        f"건강보험 자격 득실 확인서 요청 - 가입자 목하늘, 보험증번호 1-0429318746, 주민번호 {R19}",
        [("PERSON", "목하늘"), ("KR_HEALTH_INSURANCE", "1-0429318746"), ("KR_RRN", R19)],
    ),
    # --- mixed dev tickets / notes ---
    (
        "mixed",
        P,
        f"JIRA OPS-771: 개인정보 노출 신고\n- Reporter: 한결 Lee\n- 노출 위치: /admin/export?fmt=csv\n- 샘플 row: 공유진,{R30},gj.kong@outlook.com,010-2745-8830\n- 조치: export API 권한 체크 추가",
        [
            ("PERSON", "한결 Lee"),
            ("PERSON", "공유진"),
            ("KR_RRN", R30),
            ("EMAIL_ADDRESS", "gj.kong@outlook.com"),
            ("PHONE_NUMBER", "010-2745-8830"),
        ],
    ),
    (
        "mixed",
        P,
        "PR review: `test_user.py`에 실제 같은 데이터 넣지 마세요 → email='minji.seo@naver.com', phone='01032847719' 이런 거요. faker로 바꿔주세요. — 리뷰어 온세훈",
        [("EMAIL_ADDRESS", "minji.seo@naver.com"), ("PHONE_NUMBER", "01032847719"), ("PERSON", "온세훈")],
    ),
    (
        "mixed",
        P,
        f"Hi 지우, 고객 resident registration number is {N03} (issued after Oct 2020 so checksum won't validate). 이거 validation 로직 어떻게 바꿔야 해?",
        [("PERSON", "지우"), ("KR_RRN", N03)],
    ),
    (
        "mixed",
        P,
        "Customer escalation — name: 최소율 (Choi Soyul), account: KB국민 659301-01-447210, phone: +82-2-3704-1186. Please draft an apology in English.",
        [
            ("PERSON", "최소율"),
            ("PERSON", "Choi Soyul"),
            ("BANK_ACCOUNT", "659301-01-447210"),
            ("PHONE_NUMBER", "+82-2-3704-1186"),
        ],
    ),
    (
        "mixed",
        P,
        "Firewall rule request\n- requester: 라도윤 (doyoon.ra@mofe-example.go.kr)\n- source: 172.16.40.12/32\n- dest: 2001:db8:100:20::5\n- port: 443",
        [
            ("PERSON", "라도윤"),
            ("EMAIL_ADDRESS", "doyoon.ra@mofe-example.go.kr"),
            ("IP_ADDRESS", "172.16.40.12"),
            ("IP_ADDRESS", "2001:db8:100:20::5"),
        ],
    ),
    (
        "mixed",
        P,
        f"Visa application checklist for 도민혁: passport no. M927C1045, RRN {R11}, address 경기도 화성시 동탄대로 537, 2701호",
        [
            ("PERSON", "도민혁"),
            ("KR_PASSPORT", "M927C1045"),
            ("KR_RRN", R11),
            ("LOCATION", "경기도 화성시 동탄대로 537, 2701호"),
        ],
    ),
    (
        "mixed",
        P,
        f"Invoice 수신자 정보 입력해줘. Company: 누리온 Co., Ltd. / Business Reg. No.: {B05} / Contact: Ms. 선예린 / Tel: 055-281-4470 / Email: yerin.sun@nurion-example.kr",
        [
            ("KR_BRN", B05),
            ("PERSON", "선예린"),
            ("PHONE_NUMBER", "055-281-4470"),
            ("EMAIL_ADDRESS", "yerin.sun@nurion-example.kr"),
        ],
    ),
    (
        "mixed",
        P,
        f"ALERT user_id=88213 rrn_hash=sha256:ab12… raw_rrn={R08} leaked to log file /var/log/app.log — 이 로그 삭제 절차 알려줘",
        [("KR_RRN", R08)],
    ),
    (
        "mixed",
        P,
        "Driver info for the rental: 이름 방준서, Korean driver's license 13-21-587301-44, mobile 010 6617 2049",
        [("PERSON", "방준서"), ("KR_DRIVER_LICENSE", "13-21-587301-44"), ("PHONE_NUMBER", "010 6617 2049")],
    ),
    (
        "mixed",
        P,
        f"Vendor master data (SAP):\nVENDOR_NAME=Hanul Logistics|CEO=심재현|BIZ_NO={B01.replace('-', '')}|BANK=KEB Hana|ACCT=29191042738107|TEL=0313417720",
        [
            ("PERSON", "심재현"),
            ("KR_BRN", B01.replace("-", "")),
            ("BANK_ACCOUNT", "29191042738107"),
            ("PHONE_NUMBER", "0313417720"),
        ],
    ),
    (
        "mixed",
        P,
        "Please summarise this NHIS record in English: 가입자 "
        "천다은, 건강보험 번호 82037716450, 자격취득일 2019-03-02, 주소 부산광역시 동래구 충렬대로 237, 8층",
        [
            ("PERSON", "천다은"),
            ("KR_HEALTH_INSURANCE", "82037716450"),
            ("LOCATION", "부산광역시 동래구 충렬대로 237, 8층"),
        ],
    ),
    (
        "mixed",
        P,
        f"Alien Registration Card — Name: OKONKWO CHIDERA, ARC No. {A06}, Sojourn status: E-9. 체류자격 설명해줘",
        [("PERSON", "OKONKWO CHIDERA"), ("KR_ALIEN_REG", A06)],
    ),
    (
        "ko",
        P,
        "보조금 지급 계좌 변경 신청: 기업은행 010-193847-01-027 (예금주 탁윤희). 변경 사유: 기존 계좌 해지",
        [("BANK_ACCOUNT", "010-193847-01-027"), ("PERSON", "탁윤희")],
    ),
    (
        "ko",
        P,
        "어제 정다슬에게 받은 자료 중에 부산광역시 영도구 태종로 105번길 33(동삼동) 주소가 틀렸대. 다슬 씨 번호 010-4182-2275로 다시 확인해봐",
        [
            ("PERSON", "정다슬"),
            ("LOCATION", "부산광역시 영도구 태종로 105번길 33"),
            ("PERSON", "다슬"),
            ("PHONE_NUMBER", "010-4182-2275"),
        ],
    ),
    (
        "mixed",
        P,
        "명함 정보 엑셀로 옮겨줘: 황재원 Jaewon Hwang / Senior Manager / M +82 (0)10-4471-2938 / E jw.hwang@hanbit-example.com",
        [
            ("PERSON", "황재원"),
            ("PERSON", "Jaewon Hwang"),
            ("PHONE_NUMBER", "+82 (0)10-4471-2938"),
            ("EMAIL_ADDRESS", "jw.hwang@hanbit-example.com"),
        ],
    ),
    (
        "ko",
        P,
        f"[개인정보 열람 청구서]\n청구인: 노은결   생년월일: 2002.03.17\n주민등록번호 앞 6자리-뒤 7자리: {R32}\n주소: 경기도 수원시 팔달구 인계로166번길 12, 101동 202호\n전화: 031)228-4471",
        [
            ("PERSON", "노은결"),
            ("KR_RRN", R32),
            ("LOCATION", "경기도 수원시 팔달구 인계로166번길 12, 101동 202호"),
            ("PHONE_NUMBER", "031)228-4471"),
        ],
    ),
    # --- English ---
    (
        "en",
        P,
        "Dear Ms. Harper,\n\nThank you for your call yesterday. As discussed, the signed contract should be returned to our office by Friday.\n\nRegards,\nDaniel Okafor\nProcurement Lead\ndaniel.okafor@brightlane-example.com | +1 (415) 555-0134",
        [
            ("PERSON", "Harper"),
            ("PERSON", "Daniel Okafor"),
            ("EMAIL_ADDRESS", "daniel.okafor@brightlane-example.com"),
            ("PHONE_NUMBER", "+1 (415) 555-0134"),
        ],
    ),
    (
        "en",
        P,
        "Hi Priya,\n\nCould you update the shipping address for order 7741 to 1427 Maple Ridge Drive, Apt 3B, Columbus, OH 43215? The customer, Lucas Whitfield, can be reached at lucas.whitfield@example.org.\n\nThanks,\nMegan",
        [
            ("PERSON", "Priya"),
            ("LOCATION", "1427 Maple Ridge Drive, Apt 3B, Columbus, OH 43215"),
            ("PERSON", "Lucas Whitfield"),
            ("EMAIL_ADDRESS", "lucas.whitfield@example.org"),
            ("PERSON", "Megan"),
        ],
    ),
    (
        "en",
        P,
        f"Please charge the conference fee to my card {X2}, expiry 09/28, name on card Tomasz Wielgus.",
        [("CREDIT_CARD", X2), ("PERSON", "Tomasz Wielgus")],
    ),
    (
        "en",
        P,
        "Meeting notes (June 4): Aisha Bello presented the pilot results; Kenji Morimoto will circulate the revised budget. Action: Rachel Dunmore to book the venue.",
        [("PERSON", "Aisha Bello"), ("PERSON", "Kenji Morimoto"), ("PERSON", "Rachel Dunmore")],
    ),
    (
        "en",
        P,
        "Our new Seoul liaison is Oliver Brandt; his Korean mobile is +82 10 2934 7718 and office line +82-2-6250-3109.",
        [("PERSON", "Oliver Brandt"), ("PHONE_NUMBER", "+82 10 2934 7718"), ("PHONE_NUMBER", "+82-2-6250-3109")],
    ),
    (
        "en",
        P,
        "Best regards,\n\nSofia Lindqvist\nHead of Partnerships\n88 Harbour Street, Suite 400, Sydney NSW 2000\nsofia.l@northwind-example.com.au",
        [
            ("PERSON", "Sofia Lindqvist"),
            ("LOCATION", "88 Harbour Street, Suite 400, Sydney NSW 2000"),
            ("EMAIL_ADDRESS", "sofia.l@northwind-example.com.au"),
        ],
    ),
    (
        "en",
        P,
        f"The applicant's Korean passport number is M61088421 and her resident registration number is {R33}. Please verify both before issuing the permit.",
        [("KR_PASSPORT", "M61088421"), ("KR_RRN", R33)],
    ),
    (
        "en",
        P,
        "Ticket #5512 from Ethan Calloway: cannot log in from 203.0.113.201 since this morning; reply to ethan.calloway@fastmail-example.com.",
        [
            ("PERSON", "Ethan Calloway"),
            ("IP_ADDRESS", "203.0.113.201"),
            ("EMAIL_ADDRESS", "ethan.calloway@fastmail-example.com"),
        ],
    ),
    (
        "en",
        P,
        "Refund details: beneficiary Grace Nakamura, Shinhan Bank account 110-293-558104, contact (212) 555-0187.",
        [("PERSON", "Grace Nakamura"), ("BANK_ACCOUNT", "110-293-558104"), ("PHONE_NUMBER", "(212) 555-0187")],
    ),
    (
        "en",
        P,
        "Hello Mr. Fairbanks, your interview is scheduled at 2250 Riverside Avenue, Floor 12, Austin, TX 78741. Call me at 512-555-0199 if you are running late. — Hannah",
        [
            ("PERSON", "Fairbanks"),
            ("LOCATION", "2250 Riverside Avenue, Floor 12, Austin, TX 78741"),
            ("PHONE_NUMBER", "512-555-0199"),
            ("PERSON", "Hannah"),
        ],
    ),
    (
        "en",
        P,
        f"Employee onboarding form\nFull name: Marcus Ellery\nDate of birth: 1988-07-25\nResident registration no.: {R25}\nPersonal email: m.ellery88@gmail.com",
        [("PERSON", "Marcus Ellery"), ("KR_RRN", R25), ("EMAIL_ADDRESS", "m.ellery88@gmail.com")],
    ),
    (
        "en",
        P,
        f"Can you check if this card number is valid? {V3} — it belongs to my colleague Ruth Castellano.",
        [("CREDIT_CARD", V3), ("PERSON", "Ruth Castellano")],
    ),
    (
        "en",
        P,
        "Server inventory: web01 fe80::1c3a:9ff:fe21:7b04 (owner: Victor Mensah), db01 192.168.10.45 (owner: Ingrid Solberg)",
        [
            ("IP_ADDRESS", "fe80::1c3a:9ff:fe21:7b04"),
            ("PERSON", "Victor Mensah"),
            ("IP_ADDRESS", "192.168.10.45"),
            ("PERSON", "Ingrid Solberg"),
        ],
    ),
    (
        "en",
        P,
        f"For the wire: Woori Bank, account no. 1002-871-224506, account holder Kim Dohyun, company registration {C04}.",
        [("BANK_ACCOUNT", "1002-871-224506"), ("PERSON", "Kim Dohyun"), ("KR_CRN", C04)],
    ),
    (
        "en",
        P,
        f"Foreign resident record: Name Maria Fernanda Lopes, alien registration number {A07}, phone 010-3187-4402.",
        [("PERSON", "Maria Fernanda Lopes"), ("KR_ALIEN_REG", A07), ("PHONE_NUMBER", "010-3187-4402")],
    ),
    (
        "en",
        P,
        "Patient: Samuel Adeyemi; NHIS insurance card no. 63120487551; emergency contact Joyce Adeyemi, +44 7700 900123.",
        [
            ("PERSON", "Samuel Adeyemi"),
            ("KR_HEALTH_INSURANCE", "63120487551"),
            ("PERSON", "Joyce Adeyemi"),
            ("PHONE_NUMBER", "+44 7700 900123"),
        ],
    ),
    (
        "en",
        P,
        f"RRN: {N04} (new-format number issued in 2022). Applicant: Chloe Park.",
        [("KR_RRN", N04), ("PERSON", "Chloe Park")],
    ),
]

# --- obfuscated ----------------------------------------------------------------------------------------------

_O_PHONE1 = "010-4723-8819"
_O_B64_RRN = b64(f"주민등록번호: {R07}")
_O_B64_CARD = b64(f"card={V1}")
_O_B64B64 = b64(b64(f"RRN {R21}"))
_O_HEX = hexenc(f"jumin={R16}")
_O_PCT = pct_all(f"주민번호 {R13}")
_O_XESC = hexesc("tel:010-8834-2217")
_O_B64URL = b64url(f'{{"sub":"88213","card":"{M1}"}}')
_O_B64_ACCT = b64("국민은행 472801-04-193528 으로 입금")
_O_B64_EMAIL = b64("contact: haneul.mok@naver.com")

OBFUSCATED: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # full-width
    (
        "ko",
        OB,
        "연락처 ０１０－４７２３－８８１９ 로 회신 부탁드립니다",
        [("PHONE_NUMBER", "０１０－４７２３－８８１９")],
    ),
    ("ko", OB, f"주민등록번호：{sub(R08, FULL)}\n이거 어디 양식에 쓰는지 알려줘", [("KR_RRN", sub(R08, FULL))]),
    ("ko", OB, f"카드 {sub(K1, FULL)} 분실", [("CREDIT_CARD", sub(K1, FULL))]),
    (
        "mixed",
        OB,
        "mail: ｊｉｓｏｏ．ｙｅ＠ｎａｖｅｒ．ｃｏｍ 로 보내주세요",
        [("EMAIL_ADDRESS", "ｊｉｓｏｏ．ｙｅ＠ｎａｖｅｒ．ｃｏｍ")],
    ),
    ("ko", OB, f"사업자번호 {sub(B02, FULL)} 조회", [("KR_BRN", sub(B02, FULL))]),
    # zero-width / invisible
    (
        "ko",
        OB,
        f"휴대폰 010{ZWSP}-{ZWSP}5529{ZWSP}-{ZWSP}0418 으로 연락 바랍니다",
        [("PHONE_NUMBER", f"010{ZWSP}-{ZWSP}5529{ZWSP}-{ZWSP}0418")],
    ),
    ("ko", OB, f"주민번호 {every(R12, ZWJ)} 확인해줘", [("KR_RRN", every(R12, ZWJ))]),
    ("ko", OB, f"카드번호 {every(M2, SHY, 2)} 결제 취소 요청", [("CREDIT_CARD", every(M2, SHY, 2))]),
    ("ko", OB, f"외국인등록번호 {every(A02, WJ, 3)}", [("KR_ALIEN_REG", every(A02, WJ, 3))]),
    (
        "mixed",
        OB,
        f"acct: 신한 {every('110-482-337915', ZWNJ, 2)} pls transfer",
        [("BANK_ACCOUNT", every("110-482-337915", ZWNJ, 2))],
    ),
    ("ko", OB, f"주민번호{BOM}{R23.replace('-', BOM)}", [("KR_RRN", R23.replace("-", BOM))]),
    # separators
    ("ko", OB, f"제 번호 {' '.join('01039275184')} 입니다", [("PHONE_NUMBER", " ".join("01039275184"))]),
    (
        "ko",
        OB,
        f"주민등록번호 {' '.join(R18.replace('-', ''))} 로 조회해 주세요",
        [("KR_RRN", " ".join(R18.replace("-", "")))],
    ),
    ("ko", OB, "연락처는 010/7731/2048 입니다", [("PHONE_NUMBER", "010/7731/2048")]),
    ("ko", OB, f"주민번호 {R08.replace('-', '_')} (밑줄로 씀)", [("KR_RRN", R08.replace("-", "_"))]),
    (
        "ko",
        OB,
        f"카드 번호 알려드릴게요\n{V1.replace('-', chr(10))}\n유효기간 03/27",
        [("CREDIT_CARD", V1.replace("-", "\n"))],
    ),
    (
        "ko",
        OB,
        f"주민등록번호 {R09[:2]}.{R09[2:4]}.{R09[4:6]}.{R09[7:]}",
        [("KR_RRN", f"{R09[:2]}.{R09[2:4]}.{R09[4:6]}.{R09[7:]}")],
    ),
    ("ko", OB, f"카드 {' '.join(V2.replace('-', ''))} 입니다", [("CREDIT_CARD", " ".join(V2.replace("-", "")))]),
    ("ko", OB, f"주민번호 앞자리 {R20[:6]} 뒷자리 {R20[7:]}", [("KR_RRN", f"{R20[:6]} 뒷자리 {R20[7:]}")]),
    ("ko", OB, f"주민등록번호:\n{R22[:6]}-\n{R22[7:]}\n위 사람 주소 변경", [("KR_RRN", f"{R22[:6]}-\n{R22[7:]}")]),
    ("ko", OB, f"주민번호 {R27[:6]}\n-{R27[7:]} (줄바꿈 주의)", [("KR_RRN", f"{R27[:6]}\n-{R27[7:]}")]),
    ("ko", OB, "전화 (010) (4471) (2938) 로 주세요", [("PHONE_NUMBER", "(010) (4471) (2938)")]),
    ("ko", OB, "계좌 카카오뱅크 3333 . 05 . 8812047 로 입금", [("BANK_ACCOUNT", "3333 . 05 . 8812047")]),
    # dash look-alikes
    (
        "ko",
        OB,
        f"연락처 010{chr(0x2010)}6031{chr(0x2010)}7745",
        [("PHONE_NUMBER", f"010{chr(0x2010)}6031{chr(0x2010)}7745")],
    ),
    ("ko", OB, f"주민번호 {dash(R29, chr(0x2011))}", [("KR_RRN", dash(R29, chr(0x2011)))]),
    ("ko", OB, f"카드 {dash(M1, chr(0x2012))}", [("CREDIT_CARD", dash(M1, chr(0x2012)))]),
    (
        "ko",
        OB,
        f"입금계좌 우리은행 {dash('1002-547-883102', chr(0x2013))}",
        [("BANK_ACCOUNT", dash("1002-547-883102", chr(0x2013)))],
    ),
    (
        "ko",
        OB,
        f"폰 010{chr(0x2014)}2284{chr(0x2014)}9061",
        [("PHONE_NUMBER", f"010{chr(0x2014)}2284{chr(0x2014)}9061")],
    ),
    ("ko", OB, f"주민등록번호 {dash(R30, chr(0x2015))}", [("KR_RRN", dash(R30, chr(0x2015)))]),
    ("ko", OB, f"외국인등록번호 {dash(A05, chr(0x2212))}", [("KR_ALIEN_REG", dash(A05, chr(0x2212)))]),
    ("ko", OB, f"사업자등록번호 {dash(B03, chr(0xFE63))}", [("KR_BRN", dash(B03, chr(0xFE63)))]),
    (
        "ko",
        OB,
        f"대표 휴대폰 010{chr(0xFF0D)}8823{chr(0xFF0D)}1057",
        [("PHONE_NUMBER", f"010{chr(0xFF0D)}8823{chr(0xFF0D)}1057")],
    ),
    # Hangul-spelled digits and mixtures
    ("ko", OB, "제 번호는 공일공 칠이팔삼 구일공사 입니다", [("PHONE_NUMBER", "공일공 칠이팔삼 구일공사")]),
    ("ko", OB, "전화 영일영-사사칠구-삼이일팔 로 주세요", [("PHONE_NUMBER", "영일영-사사칠구-삼이일팔")]),
    ("ko", OB, f"주민번호 {hangul(R14)}", [("KR_RRN", hangul(R14))]),
    (
        "ko",
        OB,
        "(통화 녹취) 네 번호 불러드릴게요 공일공에 사칠이삼에 팔팔일구요",
        [("PHONE_NUMBER", "공일공에 사칠이삼에 팔팔일구")],
    ),
    ("ko", OB, "연락처 010-칠칠삼일-2048 (숫자 반 한글 반)", [("PHONE_NUMBER", "010-칠칠삼일-2048")]),
    ("ko", OB, f"카드 {hangul(V2, yeong=True)}", [("CREDIT_CARD", hangul(V2, yeong=True))]),
    ("ko", OB, "계좌번호 삼삼삼삼 공오 팔팔일이공사칠 카카오뱅크", [("BANK_ACCOUNT", "삼삼삼삼 공오 팔팔일이공사칠")]),
    # English words
    (
        "en",
        OB,
        "Call me on zero one zero, four seven two three, eight eight one nine after 6pm.",
        [("PHONE_NUMBER", "zero one zero, four seven two three, eight eight one nine")],
    ),
    ("en", OB, f"Card: {words(V1)}", [("CREDIT_CARD", words(V1))]),
    # encodings
    ("mixed", OB, f"로그에 이런 값이 찍혀 있는데 디코딩하면 뭐야? {_O_B64_RRN}", [("KR_RRN", _O_B64_RRN)]),
    ("mixed", OB, f"payload={_O_B64_CARD}&ts=1718150400", [("CREDIT_CARD", _O_B64_CARD)]),
    ("mixed", OB, f"이중 인코딩된 토큰: {_O_B64B64}", [("KR_RRN", _O_B64B64)]),
    ("mixed", OB, f"hex dump: {_O_HEX}", [("KR_RRN", _O_HEX)]),
    ("mixed", OB, f"GET /search?q={_O_PCT} HTTP/1.1", [("KR_RRN", _O_PCT)]),
    ("mixed", OB, f'b"{_O_XESC}" 이 바이트열 디코딩해줘', [("PHONE_NUMBER", _O_XESC)]),
    ("mixed", OB, f"JWT payload 부분: eyJhbGciOiJIUzI1NiJ9.{_O_B64URL}.sig 해석해줘", [("CREDIT_CARD", _O_B64URL)]),
    ("mixed", OB, f"첨부 메모(base64): {_O_B64_ACCT}", [("BANK_ACCOUNT", _O_B64_ACCT)]),
    (
        "mixed",
        OB,
        "redirect?email=kim.jiwoo%40naver.com&phone=010%2D5527%2D3018",
        [("EMAIL_ADDRESS", "kim.jiwoo%40naver.com"), ("PHONE_NUMBER", "010%2D5527%2D3018")],
    ),
    ("mixed", OB, f"X-User-Note: {_O_B64_EMAIL}", [("EMAIL_ADDRESS", _O_B64_EMAIL)]),
    # circled / superscript / math digits
    ("ko", OB, f"폰번호 {sub('010-6617-2049', CIRCLED)}", [("PHONE_NUMBER", sub("010-6617-2049", CIRCLED))]),
    ("ko", OB, f"주민번호 {sub(R24, SUPER)}", [("KR_RRN", sub(R24, SUPER))]),
    ("mixed", OB, f"tel {sub('010-3381-5026', BOLD)}", [("PHONE_NUMBER", sub("010-3381-5026", BOLD))]),
    ("ko", OB, f"카드번호 {sub(J1, SANS)}", [("CREDIT_CARD", sub(J1, SANS))]),
    # e-mail spelling
    ("mixed", OB, "메일은 dahye.ko at gmail dot com 으로 주세요", [("EMAIL_ADDRESS", "dahye.ko at gmail dot com")]),
    ("mixed", OB, "회신: minseok.yoo[at]kakao[.]com", [("EMAIL_ADDRESS", "minseok.yoo[at]kakao[.]com")]),
    (
        "en",
        OB,
        "Reach me at rachel.dunmore (at) outlook (dot) com",
        [("EMAIL_ADDRESS", "rachel.dunmore (at) outlook (dot) com")],
    ),
    ("mixed", OB, "이메일 seoyeon_lim 골뱅이 naver.com", [("EMAIL_ADDRESS", "seoyeon_lim 골뱅이 naver.com")]),
    ("mixed", OB, "contact: jihoon . bae @ daum . net", [("EMAIL_ADDRESS", "jihoon . bae @ daum . net")]),
    # letter look-alikes / mixed tricks
    ("ko", OB, "번호 O1O-5527-3O18 (영문 O로 적음)", [("PHONE_NUMBER", "O1O-5527-3O18")]),
    (
        "ko",
        OB,
        f"주민번호 {sub(R17[:6], FULL)}-{R17[7:]} (앞자리만 전각)",
        [("KR_RRN", f"{sub(R17[:6], FULL)}-{R17[7:]}")],
    ),
    ("mixed", OB, f"IP: 203{ZWSP}.0{ZWSP}.113{ZWSP}.88", [("IP_ADDRESS", f"203{ZWSP}.0{ZWSP}.113{ZWSP}.88")]),
    ("ko", OB, "+８２ １０ ２９３４ ７７１８ 로 연락", [("PHONE_NUMBER", "+８２ １０ ２９３４ ７７１８")]),
]

# --- negatives -----------------------------------------------------------------------------------------------

NEGATIVE: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("ko", NEG, "주문번호 2024061512345678 배송 조회가 안 된다는 민원 답변 써줘", []),
    ("ko", NEG, "송장번호 6894 2210 3357 (CJ대한통운) 배송 지연 사과문 작성", []),
    ("ko", NEG, "접수번호 1AA-2406-0012873 민원의 처리기한을 계산해줘", []),
    ("ko", NEG, "사건번호 2024가합12345 판결 요지를 3줄로 요약", []),
    ("ko", NEG, "서울고등법원 2023나2048817 손해배상 사건 쟁점 정리", []),
    ("mixed", NEG, f"참고도서 ISBN {ISBN1}, {ISBN2} 목록 정리", []),
    ("ko", NEG, "「개인정보 보호법」 제24조의2 및 같은 법 시행령 제21조의2를 비교해 줘", []),
    ("ko", NEG, "「주민등록법」 제7조의4(주민등록번호의 부여) 조문 해설", []),
    ("ko", NEG, "일정: 2024. 3. 15.(금) 14:00~16:30, 2024-03-18T09:00:00+09:00 재개", []),
    ("mixed", NEG, "릴리스 v2.10.3-rc.1, build 20240611.4, Python 3.11.9, Node 20.14.0", []),
    (
        "en",
        NEG,
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 matches the release tarball.",
        [],
    ),
    (
        "mixed",
        NEG,
        "request_id=a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607 trace_id=4bf92f3577b34da6a3ce929d0e0e4736 처리 지연",
        [],
    ),
    ("ko", NEG, "위도 35.1796, 경도 129.0756 지점에 관측소 설치 예정", []),
    ("ko", NEG, "좌표 N 37°33′59″ E 126°58′41″ 기준 반경 2km", []),
    ("ko", NEG, "총 사업비 1,234,567,890원 중 국비 617,283,945원, 지방비 617,283,945원", []),
    ("ko", NEG, "품번 010-2231-4410 브래킷 20개, 품번 010-2231-4411 볼트 200개 발주서 양식", []),
    ("ko", NEG, "예산과목 1031-301-210-01 집행 잔액 확인", []),
    ("ko", NEG, "결재문서번호 기획조정실-4721 (2024.06.12.) 시행", []),
    ("ko", NEG, "공고 제2024-318호 입찰 참가자격 요약", []),
    ("ko", NEG, "이번 주 구내식당 메뉴는 김치찌개와 제육볶음입니다. 한국어 메뉴판을 영어로 번역해 주세요.", []),
    ("en", NEG, "Project Phoenix kickoff: Blue Ocean Strategy, Agile Sprint Review and the Summer Bridge Program.", []),
    ("en", NEG, "Q3 revenue rose 12.4% to KRW 3.2 trillion; EPS was 1,845 won and capex 410 billion.", []),
    ("ko", NEG, "123456-1234567 같은 더미값으로 주민번호 형식 검증 정규식 테스트 코드를 만들어 줘", []),
    ("ko", NEG, "주민번호는 000000-0000000 형태로 전부 마스킹해서 보내주세요", []),
    ("mixed", NEG, "S/N 4C0D-11E8-9A2F 장비 펌웨어 업데이트", []),
    ("en", NEG, "USPS tracking 9400 1000 0000 0000 0000 00 shows delivered.", []),
    ("ko", NEG, "근무시간 09:00-18:00, 점심 12:00-13:00, 유연근무 07:00-10:00 출근", []),
    ("ko", NEG, "내선 4521번으로 돌려 주세요라는 안내멘트 녹음 원고 작성", []),
    ("ko", NEG, "여권 발급 수수료는 10년 복수여권 58면 기준 50,000원, 26면 47,000원입니다", []),
    ("ko", NEG, "운전면허 적성검사 주기: 일반 10년, 65세 이상 5년, 75세 이상 3년", []),
    ("ko", NEG, "계좌이체 수수료 500원, 카드 결제 한도 3,000,000원, 할부 2~12개월", []),
    ("ko", NEG, "2024년 건강보험료율 7.09%, 장기요양보험료율 12.95%", []),
    ("mixed", NEG, "OID 2.16.840.1.101.3.4.2.1 은 SHA-256 알고리즘 식별자", []),
    ("en", NEG, "Invoice INV-2024-000871 total USD 12,480.00, due 2024-08-15, PO 4500127783.", []),
    ("ko", NEG, f"상품 바코드(EAN-13) {EAN1} 재고 수량 확인", []),
    ("ko", NEG, "종목코드 005930, 035720, 000660 수익률 비교해 줘", []),
    ("ko", NEG, "법정동코드 1168010100 의 자릿수별 의미 설명", []),
    ("mixed", NEG, "KS X ISO/IEC 27001:2022 인증 갱신 심사 일정", []),
    ("ko", NEG, "로또 1123회 당첨번호 3, 7, 12, 21, 33, 41 보너스 9", []),
    ("ko", NEG, "마라톤 기록 2:08:37, 하프 1:01:12, 10km 28:45", []),
    ("ko", NEG, "회계 전표번호 2024-0612-000381 증빙 누락", []),
    ("en", NEG, "Commit 7d2c9e1 merged into release/2024.06; see PR #4821 and issue #4790.", []),
    ("ko", NEG, "HS코드 8471.30-0000 수입 통관 절차", []),
    ("ko", NEG, "자산관리번호 IT-2021-00473 노트북 반납", []),
    ("mixed", NEG, "모델명 SM-S928N, 펌웨어 S928NKSU2AXE3, 베이스밴드 S928NKSU2AXE3", []),
    ("ko", NEG, "채용공고 번호 2024-HR-0731, 접수기간 07.01~07.15", []),
    ("mixed", NEG, "CVE-2024-3094 xz-utils 백도어 영향도 분석 보고서", []),
    ("ko", NEG, "월별 민원 건수: 1월 1,204 / 2월 987 / 3월 1,566 / 4월 2,013", []),
    ("en", NEG, "The Digital Government Forum and the Open Data Award ceremony will share one stage.", []),
    ("ko", NEG, "오늘 하늘이 맑고 이슬도 일찍 말라서 현장 점검을 예정대로 진행함", []),
    ("ko", NEG, "문의는 국민신문고 누리집이나 정부민원안내 콜센터를 이용하세요", []),
    ("ko", NEG, "정산 금액 4,532,015원(부가세 포함) 다음 달 10일 입금 예정", []),
    ("ko", NEG, "수험번호 240517-0031 응시자 좌석 배치표 만들기", []),
    ("ko", NEG, "서버 포트 8080, 8443, 9200 방화벽 오픈 요청서", []),
    ("ko", NEG, "정부 조직도: 19부 3처 19청 6위원회 현황 정리", []),
    ("en", NEG, "md5 e99a18c428cb38d5f260853678922e03 and crc32 0x9AE0DAAF for the backup file.", []),
    ("mixed", NEG, f"base64 예제: SGVsbG8sIHdvcmxkIQ== 와 {_NEG_B64} 디코딩 원리 설명", []),
    ("en", NEG, "Brand colours: #1A73E8, #FBBC04, #34A853; hex dump 48656c6c6f20776f726c64.", []),
    ("ko", NEG, f"주문번호 {CARD_BAD.replace('-', '')} 취소 요청 건", []),
    ("ko", NEG, "민원 처리 현황 2024.06.01.~2024.06.30. 총 3,318건, 평균 4.2일 소요", []),
    ("ko", NEG, "회의실 예약 3층 301호, 5층 502호 (본관), 화상회의 ID 884 2913 7750", []),
    ("ko", NEG, "이번 분기 박물관 관람객 수가 작년 대비 12% 증가했습니다", []),
    ("en", NEG, "Version 10.0.19045.4529 of Windows fails to apply update 5039211.", []),
    ("ko", NEG, "전년 대비 증감률 -3.21%, 2023년 1,089,210명 → 2024년 1,054,247명", []),
]

CASES = POSITIVE + OBFUSCATED + NEGATIVE


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, (lang, kind, text, labelled) in enumerate(CASES):
        spans: list[dict[str, object]] = []
        taken: list[tuple[int, int]] = []
        for entity, value in labelled:
            pos = text.find(value)
            while pos >= 0 and any(pos < e and s < pos + len(value) for s, e in taken):
                pos = text.find(value, pos + 1)
            if pos < 0:
                raise ValueError(f"case {i}: {value!r} not found free in {text!r}")
            taken.append((pos, pos + len(value)))
            assert text[pos : pos + len(value)] == value
            spans.append({"entity": entity, "start": pos, "end": pos + len(value)})
        assert lang in ("ko", "en", "mixed"), i
        assert kind in ("positive", "obfuscated", "negative"), i
        assert (kind == "negative") == (not spans), i
        spans.sort(key=lambda s: (s["start"], s["end"]))
        out.append({"id": f"fresh-{i:03d}", "lang": lang, "kind": kind, "text": text, "spans": spans})
    return out


def main() -> None:
    cases = build()
    write_jsonl(OUT, cases)
    # re-read and check every span's substring
    for line, case in zip(OUT.read_text(encoding="utf-8").splitlines(), cases, strict=True):
        back = json.loads(line)
        for s in back["spans"]:
            assert back["text"][s["start"] : s["end"]] == case["text"][s["start"] : s["end"]]
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
