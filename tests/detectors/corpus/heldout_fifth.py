# ruff: noqa: E501
"""Fifth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/ or the other corpus files, apart from check_digits.py and the JSONL schema).

New domains: defence procurement, council minutes, court judgments, lease contracts, traffic fines, pensions and
unemployment benefits, military records, rosters, school and library letters, customs, airline PNRs and boarding
passes, hotel lists, delivery logs, transfer slips, insurance claims, developer artefacts (stack traces, .env, curl,
GraphQL, protobuf text, Jupyter, Excel), emoji chat, ID-card OCR, immigration forms, voice transcripts and
fill-the-template prompts.

Labelling decisions (also in the report):
- PERSON: the name only (no title, honorific, particle or label). Every mention is labelled, including given-name-only
  references. "Surname, Given" and PNR "SURNAME/GIVEN" are one span. Masked names (김**) and canonical placeholders
  (홍길동 in a form example, John Doe) are not labelled.
- LOCATION: from the first administrative unit present through the building number, plus unit detail (동/호/층, Apt,
  Suite) when it directly follows. Bare city, district, station or landmark names are not labelled.
- PHONE_NUMBER: full numbers (mobile, area-code landline, 070, 0504 relay, +82, foreign). Nationwide representative
  numbers (15xx/16xx/18xx-xxxx) and short service numbers (112, 119, 110, 1355) are NOT labelled.
- BANK_ACCOUNT: the number only (not the bank name); IBANs included; SWIFT/BIC codes are not accounts.
- Masked values (010-****-5521, 850314-1******) are not labelled. Loopback/unspecified IPs (127.0.0.1, 0.0.0.0) and
  CIDR network blocks are not labelled; any other host address, private ones included, is.
- Obfuscated values: the span covers the disguised form from its first to its last character (including the
  words, emojis, separators, zero-width joiners or JSON punctuation in between). Encoded values (base64, hex,
  percent-encoding) are labelled with the entity they encode, on the encoded token.
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.jsonl import write_jsonl
from tests.detectors.corpus.spans import ENTITIES, place

random.seed(5005)

# ---------------------------------------------------------------- identifiers (synthetic, real check digits)
RRN_A = rrn("850314", 1, "23456")
RRN_B = rrn("920807", 2, "14853")
RRN_C = rrn("970603", 1, "08214")
RRN_E = rrn("681130", 2, "50927")
RRN_F = rrn("990228", 1, "31742")
RRN_G = rrn("030917", 3, "12648")
RRN_H = rrn("560402", 1, "47105")
RRN_I = rrn("740825", 2, "61093")
RRN_J = rrn("881212", 1, "22847")
RRN_K = rrn("011019", 4, "53016")
RRN_L = rrn("650707", 1, "39520")
RRN_M = rrn("930421", 2, "18364")
RRN_O = rrn("480917", 1, "62031")
RRN_N1 = rrn_new("210415", 3, "482913")
RRN_N2 = rrn_new("230102", 4, "719305")
RRN_N3 = rrn_new("880512", 2, "604318")  # re-issued adult number: new random tail
RRN_N4 = rrn_new("220930", 3, "057142")
RRN_A_PLAIN = RRN_A.replace("-", "")
RRN_M_PLAIN = RRN_M.replace("-", "")

ARN_A = arn("910623", 5, "12345")
ARN_B = arn("030311", 8, "40721")
ARN_C = arn("870909", 6, "21583")
ARN_D = arn("000115", 7, "65032")
ARN_E = arn("950130", 6, "70214")
ARN_F = arn("900214", 6, "33018")
ARN_G = arn("040822", 8, "19475")

BRN_1 = brn("220815396")
BRN_2 = brn("104861234")
BRN_3 = brn("617392048")
BRN_4 = brn("314270583")
BRN_5 = brn("501183927")

CRN_1 = crn("110111482913")
CRN_2 = crn("134811027654")
CRN_3 = crn("284311005212")
CRN_4 = crn("160111038427")
CRN_5 = crn("171211046390")
CRN_5_PLAIN = CRN_5.replace("-", "")

CARD_VISA = card("451842730918264")
CARD_VISA2 = card("401938112746502")
CARD_MC = card("521947302184665")
CARD_MC2 = card("222304718293046")
CARD_AMEX = card("37821540019312", (4, 6, 5))
CARD_JCB = card("356011302154871")
CARD_UP = card("625814093372610")
CARD_DINERS = card("3612840937152", (4, 6, 4))
CARD_VISA_PLAIN = CARD_VISA.replace("-", "")
CARD_MC_PLAIN = CARD_MC.replace("-", "")


def iban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    raw = f"{cc}{98 - n % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


IBAN_DE = iban("DE", "100200300482719365")
IBAN_GB = iban("GB", "BARC20041573920481")
IBAN_FR = iban("FR", "3000400821000123456789X4".replace("X", "7")[:23])


def issn(first7: str) -> str:
    d = [int(c) for c in first7]
    c = (11 - sum(a * w for a, w in zip(d, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


def luhn_fail(payload16: str) -> str:
    """A 16-digit number made to FAIL Luhn (for order numbers)."""
    return payload16 if not luhn_ok(payload16) else payload16[:-1] + str((int(payload16[-1]) + 1) % 10)


ISBN_1 = isbn13("978-89-6848-21")
ISBN_2 = isbn13("978-11-5931-47")
ISBN_3 = isbn13("978-1-4920-7711")
EAN_1 = ean13("880123456789")
EAN_2 = ean13("880974103528")
ISSN_1 = issn("1229681")
ISSN_2 = issn("2005127")

# ---------------------------------------------------------------- obfuscation helpers
KO_DIG = "공일이삼사오육칠팔구"
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
MATH = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
MONO = str.maketrans("0123456789", "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿")


def ko_read(s: str) -> str:
    return "".join(KO_DIG[int(c)] if c.isdigit() else c for c in s)


def fw_mixed(s: str) -> str:
    """Alternate full-width and half-width characters."""
    return "".join(c.translate(FW) if i % 2 == 0 else c for i, c in enumerate(s))


def zwj(s: str) -> str:
    return "\u200d".join(s)


def zwsp(s: str) -> str:
    return "\u200b".join(s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def hexenc(s: str) -> str:
    return s.encode().hex()


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


# ---------------------------------------------------------------- cases
CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]] | None = None) -> None:
    CASES.append((lang, kind, text, labels or []))


P, N, OB = "positive", "negative", "obfuscated"

# ======================================================================= KOREAN POSITIVES
add(
    "ko",
    P,
    f"""[대외비] 방위사업청 계약관리부 협조전
제목: 정비부품 납품 지연 관련 업체 면담 결과
1. 업체: (주)한결정밀 (사업자등록번호 {BRN_1}, 법인등록번호 {CRN_1})
2. 면담자: 품질보증팀 윤서진 차장 (휴대전화 010-4827-1936, sjyoon@hangyeol-prec.co.kr)
3. 검수장소: 경상남도 창원시 성산구 완암로 58
4. 조치: 지체상금 부과 검토 (계약번호 2024-C-0417)""",
    [
        ("KR_BRN", BRN_1),
        ("KR_CRN", CRN_1),
        ("PERSON", "윤서진"),
        ("PHONE_NUMBER", "010-4827-1936"),
        ("EMAIL_ADDRESS", "sjyoon@hangyeol-prec.co.kr"),
        ("LOCATION", "경상남도 창원시 성산구 완암로 58"),
    ],
)

add(
    "ko",
    P,
    """제287회 구의회 임시회 제2차 본회의 회의록
○의장 박정훈: 다음은 5분 자유발언 순서입니다. 최은영 의원 발언대로 나와 주시기 바랍니다.
○최은영 의원: 존경하는 의장님, 지난달 망원동 주민 강도윤 씨께서 보내주신 민원을 소개하겠습니다. 강도윤 씨는 마포구 망원로 74-3 반지하 세대에 거주하시는데 장마철마다 침수 피해를 입고 계십니다.
○의장 박정훈: 최은영 의원 수고하셨습니다.""",
    [
        ("PERSON", "박정훈"),
        ("PERSON", "최은영"),
        ("PERSON", "최은영"),
        ("PERSON", "강도윤"),
        ("PERSON", "강도윤"),
        ("LOCATION", "마포구 망원로 74-3"),
        ("PERSON", "박정훈"),
        ("PERSON", "최은영"),
    ],
)

add(
    "ko",
    P,
    f"""서울중앙지방법원 2023가단512345 손해배상(기)
원  고  정하늘 ({RRN_B})
        서울특별시 관악구 남부순환로 1732, 302호
피  고  주식회사 다온물류 (법인등록번호 {CRN_2})
        대표이사 오태식
주  문  1. 피고는 원고에게 12,400,000원 및 이에 대하여 2023. 4. 1.부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.""",
    [
        ("PERSON", "정하늘"),
        ("KR_RRN", RRN_B),
        ("LOCATION", "서울특별시 관악구 남부순환로 1732, 302호"),
        ("KR_CRN", CRN_2),
        ("PERSON", "오태식"),
    ],
)

add(
    "ko",
    P,
    f"""부동산(아파트) 월세 계약서
1. 부동산의 표시  소재지: 경기도 수원시 영통구 매영로 310, 107동 1504호
2. 계약내용  보증금 금 오천만원정(₩50,000,000) / 차임 월 85만원
임대인  성명: 한지유  주민등록번호: {RRN_E}  전화: 010-9183-2740
임차인  성명: 배준호  주민등록번호: {RRN_F}  전화: 010-5521-0863
차임 입금계좌: KB국민은행 482901-04-173625 (예금주 한지유)""",
    [
        ("LOCATION", "경기도 수원시 영통구 매영로 310, 107동 1504호"),
        ("PERSON", "한지유"),
        ("KR_RRN", RRN_E),
        ("PHONE_NUMBER", "010-9183-2740"),
        ("PERSON", "배준호"),
        ("KR_RRN", RRN_F),
        ("PHONE_NUMBER", "010-5521-0863"),
        ("BANK_ACCOUNT", "482901-04-173625"),
        ("PERSON", "한지유"),
    ],
)

add(
    "ko",
    P,
    """[과태료 부과 사전통지서]
차량번호: 38노 4127 / 차종: 승용
소유자: 임동혁 귀하
주소: 대전광역시 서구 둔산로100번길 27, 3층
위반일시: 2024.03.14. 08:42  위반장소: 갑천대교 남단 교차로
위반내용: 어린이보호구역 속도위반(+23km/h)  과태료: 70,000원
의견진술 기한 내 납부 시 20% 감경""",
    [("PERSON", "임동혁"), ("LOCATION", "대전광역시 서구 둔산로100번길 27, 3층")],
)

add(
    "ko",
    P,
    f"""국민연금 노령연금 지급결정 통지서
수급권자: 서말순 님 (주민등록번호 {RRN_H})
연금월액: 684,370원  최초지급일: 2024.06.25.
지급계좌: NH농협은행 352-0418-2937-13
궁금한 점은 국민연금 고객센터 1355로 문의하시기 바랍니다.""",
    [("PERSON", "서말순"), ("KR_RRN", RRN_H), ("BANK_ACCOUNT", "352-0418-2937-13")],
)

add(
    "ko",
    P,
    f"""실업급여 수급자격 신청서 (고용센터 접수용)
성명: 구민재   주민등록번호: {RRN_J}
이직 사업장: 주식회사 새빛유통 (사업자등록번호 {BRN_2})
이직일: 2024.02.29.  이직사유: 경영상 필요에 의한 권고사직
휴대전화: 010 7730 2148   이메일: minjae.gu88@naver.com
수급계좌: 하나은행 391-910482-73107""",
    [
        ("PERSON", "구민재"),
        ("KR_RRN", RRN_J),
        ("KR_BRN", BRN_2),
        ("PHONE_NUMBER", "010 7730 2148"),
        ("EMAIL_ADDRESS", "minjae.gu88@naver.com"),
        ("BANK_ACCOUNT", "391-910482-73107"),
    ],
)

add(
    "ko",
    P,
    f"""병적증명서 (발급번호 2024-113-004827)
성명: 장우석   주민등록번호: {RRN_C}
군별: 육군  계급: 병장  군번: 17-71234567
복무기간: 2017.03.06. ~ 2018.11.05.  전역사유: 만기전역
주소: 강원특별자치도 춘천시 중앙로2가 45-1""",
    [("PERSON", "장우석"), ("KR_RRN", RRN_C), ("LOCATION", "강원특별자치도 춘천시 중앙로2가 45-1")],
)

add(
    "ko",
    P,
    """제22대 국회의원선거 투표사무원 배치표 (망원1동 제3투표소)
연번 | 성명 | 연락처 | 비고
1 | 지은호 | 010-3391-5074 | 책임사무원
2 | 모가람 | 010-8820-1467 |
3 | 편수아 | 010-2045-7738 | 장애인 안내
4 | 방재원 | 010-6671-0392 | 오후 교대""",
    [
        ("PERSON", "지은호"),
        ("PHONE_NUMBER", "010-3391-5074"),
        ("PERSON", "모가람"),
        ("PHONE_NUMBER", "010-8820-1467"),
        ("PERSON", "편수아"),
        ("PHONE_NUMBER", "010-2045-7738"),
        ("PERSON", "방재원"),
        ("PHONE_NUMBER", "010-6671-0392"),
    ],
)

add(
    "ko",
    P,
    f"""햇살어린이집 입소 확인서
영유아 성명: 여다온 (주민등록번호 {RRN_N1})
보호자 성명: 여승현 (관계: 부)  연락처: 010-4418-2093
주소: 세종특별자치시 한누리대로 2130, 1203동 504호
위 영유아가 2024년 3월 4일 입소하였음을 확인합니다.""",
    [
        ("PERSON", "여다온"),
        ("KR_RRN", RRN_N1),
        ("PERSON", "여승현"),
        ("PHONE_NUMBER", "010-4418-2093"),
        ("LOCATION", "세종특별자치시 한누리대로 2130, 1203동 504호"),
    ],
)

add(
    "ko",
    P,
    f"""[시립중앙도서관] 노윤아 님, 대출하신 『데이터 과학 입문』(ISBN {ISBN_1})의 반납예정일이 3일 지났습니다.
연체일수만큼 대출이 정지되니 빠른 반납 부탁드립니다. 회원번호 2019004417 / 문의 031-8075-4400""",
    [("PERSON", "노윤아"), ("PHONE_NUMBER", "031-8075-4400")],
)

add(
    "ko",
    P,
    """[배달앱 주문 로그] 2024-05-17 19:42:08 주문번호 B2405171942-0083
가게: 한입분식 망포점 / 메뉴: 떡볶이(중) 1, 순대 1 / 결제 23,500원
배달주소: 부산광역시 해운대구 센텀중앙로 79, 2104호
요청사항: 문 앞에 두고 벨 X
주문자 연락처(안심번호): 0504-1382-7716 / 실번호 010-6612-4039""",
    [
        ("LOCATION", "부산광역시 해운대구 센텀중앙로 79, 2104호"),
        ("PHONE_NUMBER", "0504-1382-7716"),
        ("PHONE_NUMBER", "010-6612-4039"),
    ],
)

add(
    "ko",
    P,
    """이체확인증
출금계좌: 신한 110-384-572916
입금은행: 카카오뱅크  입금계좌: 3333-08-4417293
받는분: 추연희   보내는분 통장표시: 표재성
이체금액: 350,000원   수수료: 0원
거래일시: 2024-05-17 14:22:08   거래번호: 20240517142208004471""",
    [
        ("BANK_ACCOUNT", "110-384-572916"),
        ("BANK_ACCOUNT", "3333-08-4417293"),
        ("PERSON", "추연희"),
        ("PERSON", "표재성"),
    ],
)

add(
    "ko",
    P,
    f"""실손의료보험 보험금 청구서
피보험자: 하도경 (주민등록번호 {RRN_I})  연락처 010-3075-9921
사고 내용: 2024.04.02 계단에서 넘어져 우측 발목 골절, 수술 후 5일 입원
청구 서류: 진료비영수증, 진단서(상병코드 S82.6)
보험금 수령계좌: 우리은행 1002-947-382615 (예금주 본인)""",
    [("PERSON", "하도경"), ("KR_RRN", RRN_I), ("PHONE_NUMBER", "010-3075-9921"), ("BANK_ACCOUNT", "1002-947-382615")],
)

add(
    "ko",
    P,
    f"""건강보험 자격득실 확인서
가입자: 심태오 / 주민등록번호 {RRN_L}
건강보험증 번호: 52718304962
취득일 2012.09.01 직장가입자 (사업장: 주식회사 노을테크, 사업자등록번호 {BRN_3})""",
    [("PERSON", "심태오"), ("KR_RRN", RRN_L), ("KR_HEALTH_INSURANCE", "52718304962"), ("KR_BRN", BRN_3)],
)

add(
    "ko",
    P,
    f"""외국인등록 사실증명 발급 신청
성명: 응우옌 반 훙 (NGUYEN VAN HUNG)
외국인등록번호: {ARN_A}
체류자격: E-9 비전문취업 / 체류기간: 2025.08.30까지
근무처: 경기도 안산시 단원구 산단로 163 (사업자등록번호 {BRN_4})
연락처: 010-2836-4401""",
    [
        ("PERSON", "응우옌 반 훙"),
        ("PERSON", "NGUYEN VAN HUNG"),
        ("KR_ALIEN_REG", ARN_A),
        ("LOCATION", "경기도 안산시 단원구 산단로 163"),
        ("KR_BRN", BRN_4),
        ("PHONE_NUMBER", "010-2836-4401"),
    ],
)

add(
    "ko",
    P,
    f"""[스캔 OCR 결과]
자동차운전면허증
1종보통
13-19-047362-81
성명 탁지훈
{RRN_G[:6]}-{RRN_G[7:]}
경기도 고양시 일산동구 중앙로1275번길 38-12
적성검사 2029.01.01~2029.12.31
2019.08.14
경기도남부경찰청장""",
    [
        ("KR_DRIVER_LICENSE", "13-19-047362-81"),
        ("PERSON", "탁지훈"),
        ("KR_RRN", RRN_G),
        ("LOCATION", "경기도 고양시 일산동구 중앙로1275번길 38-12"),
    ],
)

add(
    "ko",
    P,
    """지훈❤️: 자기야 나 이사했어 🏠 택배 이제 여기로 보내줘
지훈❤️: 인천광역시 연수구 송도과학로16번길 33-4, 1102호
나: 오케이👌 계좌도 바뀌었다며?
지훈❤️: ㅇㅇ 토스뱅크 1000-4827-3316 ㅋㅋ 용돈 환영 😘""",
    [
        ("PERSON", "지훈"),
        ("PERSON", "지훈"),
        ("LOCATION", "인천광역시 연수구 송도과학로16번길 33-4, 1102호"),
        ("PERSON", "지훈"),
        ("BANK_ACCOUNT", "1000-4827-3316"),
    ],
)

add(
    "ko",
    P,
    """아래 정보로 자기소개서 첫 문단 좀 써줘. 공손하게.
- 이름: 허윤서 (1998년생)
- 연락처: 010-2957-6610 / yoonseo.heo@kakao.com
- 주소: 광주광역시 북구 용봉로 77
- 지원 직무: 지방공무원 9급 전산직""",
    [
        ("PERSON", "허윤서"),
        ("PHONE_NUMBER", "010-2957-6610"),
        ("EMAIL_ADDRESS", "yoonseo.heo@kakao.com"),
        ("LOCATION", "광주광역시 북구 용봉로 77"),
    ],
)

add(
    "ko",
    P,
    """출장 복명서
출장자: 행정주무관 도재현, 전산주무관 소예린
출장지: 국가정보자원관리원 대전센터
출장 목적: 클라우드 전환 사전 점검
결과: 도재현 주무관이 망분리 구간 방화벽 정책 확인, 소예린 주무관은 백업 주기 점검함""",
    [("PERSON", "도재현"), ("PERSON", "소예린"), ("PERSON", "도재현"), ("PERSON", "소예린")],
)

add(
    "ko",
    P,
    """여행자 휴대품 신고서
성명: 금보라   여권번호: M724B1938
생년월일: 1991.07.22.   직업: 회사원
여행기간: 5일  방문국가: 일본
국내 주소: 서울특별시 송파구 올림픽로 300, 4504호
전화번호: 010-7102-3384""",
    [
        ("PERSON", "금보라"),
        ("KR_PASSPORT", "M724B1938"),
        ("LOCATION", "서울특별시 송파구 올림픽로 300, 4504호"),
        ("PHONE_NUMBER", "010-7102-3384"),
    ],
)

add(
    "ko",
    P,
    f"""자동차등록원부(갑) 발췌
소유자 성명(명칭): 주식회사 빛누리렌탈
법인등록번호: {CRN_3}
사용본거지: 제주특별자치도 제주시 첨단로 242
최초등록일: 2022-03-18   차명: 아이오닉5""",
    [("KR_CRN", CRN_3), ("LOCATION", "제주특별자치도 제주시 첨단로 242")],
)

add(
    "ko",
    P,
    f"""전자세금계산서
공급자  등록번호 {BRN_5}  상호 달빛공방  성명 석지안
        사업장 주소 전라북도 전주시 완산구 전주객사3길 22
        이메일 moonlight.craft@daum.net
공급받는자  등록번호 {BRN_1}  상호 (주)한결정밀
품목: 목재 명판 제작 / 공급가액 1,200,000 / 세액 120,000""",
    [
        ("KR_BRN", BRN_5),
        ("PERSON", "석지안"),
        ("LOCATION", "전라북도 전주시 완산구 전주객사3길 22"),
        ("EMAIL_ADDRESS", "moonlight.craft@daum.net"),
        ("KR_BRN", BRN_1),
    ],
)

add(
    "ko",
    P,
    f"""지방세 체납 안내
납세자: 왕소연 님 ({RRN_M})
체납액: 자동차세 312,480원 (가산금 포함)
납부 가상계좌: IBK기업은행 566-012345-01-017
납부하지 않으시면 재산 압류 절차가 진행됩니다. 담당: 세무과 길현우 (02-2620-3417)""",
    [
        ("PERSON", "왕소연"),
        ("KR_RRN", RRN_M),
        ("BANK_ACCOUNT", "566-012345-01-017"),
        ("PERSON", "길현우"),
        ("PHONE_NUMBER", "02-2620-3417"),
    ],
)

add(
    "ko",
    P,
    """음성비서 전사 로그 (2024-05-12 07:31)
사용자: 헤이 비서, 엄마한테 전화 걸어줘
비서: 연락처 '엄마 (변순자)'로 010-3148-2279에 전화를 걸까요?
사용자: 아니 집 전화로. 051-742-9935
비서: 051-742-9935로 연결합니다.""",
    [
        ("PERSON", "변순자"),
        ("PHONE_NUMBER", "010-3148-2279"),
        ("PHONE_NUMBER", "051-742-9935"),
        ("PHONE_NUMBER", "051-742-9935"),
    ],
)

add(
    "ko",
    P,
    f"""전입신고서 (처리과 메모)
세대주: 천승우 ({RRN_A_PLAIN})
새 주소: 충청북도 청주시 흥덕구 오송읍 오송생명1로 194
전 주소: 충청남도 공주시 신관동 588-12
세대원: 배우자 마하연 ({RRN_N3}), 자녀 천시우 ({RRN_N4})""",
    [
        ("PERSON", "천승우"),
        ("KR_RRN", RRN_A_PLAIN),
        ("LOCATION", "충청북도 청주시 흥덕구 오송읍 오송생명1로 194"),
        ("LOCATION", "충청남도 공주시 신관동 588-12"),
        ("PERSON", "마하연"),
        ("KR_RRN", RRN_N3),
        ("PERSON", "천시우"),
        ("KR_RRN", RRN_N4),
    ],
)

add(
    "ko",
    P,
    """[학부모 안내] 3학년 2반 담임 선우진입니다.
다음 주 수요일 현장체험학습 때 비상연락은 제 업무폰 010-8846-1205로 해 주세요.
남궁하람 어머님께서 차량 봉사 신청해 주셨습니다. 감사합니다!
학부모회장 황보은비 님 메일: eunbi.hwangbo@gmail.com""",
    [
        ("PERSON", "선우진"),
        ("PHONE_NUMBER", "010-8846-1205"),
        ("PERSON", "남궁하람"),
        ("PERSON", "황보은비"),
        ("EMAIL_ADDRESS", "eunbi.hwangbo@gmail.com"),
    ],
)

add(
    "ko",
    P,
    """[운전면허 행정처분 결정 통지]
대상자: 염태준
면허번호: 서울 21-604718-93
처분내용: 벌점 누적(121점)으로 운전면허 취소
주소: 서울특별시 강서구 양천로 583, 1동 807호""",
    [
        ("PERSON", "염태준"),
        ("KR_DRIVER_LICENSE", "서울 21-604718-93"),
        ("LOCATION", "서울특별시 강서구 양천로 583, 1동 807호"),
    ],
)

add(
    "ko",
    P,
    f"""산재보험 요양급여 신청 (사업주 확인란)
재해자: 옥재민 / {RRN_J[:7]}{RRN_J[7:]}
건강보험 가입자번호 80362195047 (지역가입 전환 예정)
사업장: 주식회사 노을테크  사업장 소재지 대구광역시 달서구 성서공단로 11길 62
사업주 연락처 053-582-7140""",
    [
        ("PERSON", "옥재민"),
        ("KR_RRN", RRN_J),
        ("KR_HEALTH_INSURANCE", "80362195047"),
        ("LOCATION", "대구광역시 달서구 성서공단로 11길 62"),
        ("PHONE_NUMBER", "053-582-7140"),
    ],
)

add(
    "ko",
    P,
    """[당근 거래 채팅]
판매자: 유모차 아직 있어요~ 직거래는 울산광역시 남구 삼산로 282 앞에서 가능해요
구매자: 택배로 받을게요. 받는 사람 용하진, 번호 010-5590-3817이요
판매자: 네 입금은 케이뱅크 100-148-392075 로 해주세요 🙏""",
    [
        ("LOCATION", "울산광역시 남구 삼산로 282"),
        ("PERSON", "용하진"),
        ("PHONE_NUMBER", "010-5590-3817"),
        ("BANK_ACCOUNT", "100-148-392075"),
    ],
)

add(
    "ko",
    P,
    """[예비군 훈련 소집 통지]
성명: 빈도훈  훈련일: 2024.06.11.(화) 08:30
소집장소: 경기도 파주시 문산읍 통일로 1680 예비군훈련장
연락처 확인: 070-4822-1937 (본인 인터넷전화)
※ 불참 시 고발 조치될 수 있습니다.""",
    [("PERSON", "빈도훈"), ("LOCATION", "경기도 파주시 문산읍 통일로 1680"), ("PHONE_NUMBER", "070-4822-1937")],
)

add(
    "ko",
    P,
    """네트워크 장애 보고 (정보통신과)
14:02 민원실 PC(172.20.14.57)에서 외부 DNS 질의 실패
14:05 담당자 나은결 주무관이 L3 스위치(172.20.0.1) 재기동
14:20 IPv6 구간 2001:db8:4f2a:10::25 응답 정상 확인""",
    [
        ("IP_ADDRESS", "172.20.14.57"),
        ("PERSON", "나은결"),
        ("IP_ADDRESS", "172.20.0.1"),
        ("IP_ADDRESS", "2001:db8:4f2a:10::25"),
    ],
)

add(
    "ko",
    P,
    f"""카드 분실 신고 접수
신고자: 마동건 / 연락처 010-9204-6671
분실카드: {CARD_VISA} (신한 Deep Dream 체크)
분실 추정 장소: 서울역 3번 출구 부근
즉시 사용정지 처리 완료""",
    [("PERSON", "마동건"), ("PHONE_NUMBER", "010-9204-6671"), ("CREDIT_CARD", CARD_VISA)],
)

add(
    "ko",
    P,
    """여권 재발급 신청 (구청 민원여권과)
신청인: 국채린  기존 여권번호 M48120937 (분실)
긴급연락처: 모친 국영미 010-3325-4810
수령 희망: 등기우편 — 경상북도 포항시 북구 양학천로 120, 202동 1101호""",
    [
        ("PERSON", "국채린"),
        ("KR_PASSPORT", "M48120937"),
        ("PERSON", "국영미"),
        ("PHONE_NUMBER", "010-3325-4810"),
        ("LOCATION", "경상북도 포항시 북구 양학천로 120, 202동 1101호"),
    ],
)

add(
    "ko",
    P,
    """[보훈 대상자 위문 명단]
· 제1호 어성춘 어르신 (95세) — 전라남도 순천시 중앙로 245-7 / 061-752-3308
· 제2호 탁분례 어르신 (91세) — 전라남도 여수시 학동 41-3 / 010-4417-8263""",
    [
        ("PERSON", "어성춘"),
        ("LOCATION", "전라남도 순천시 중앙로 245-7"),
        ("PHONE_NUMBER", "061-752-3308"),
        ("PERSON", "탁분례"),
        ("LOCATION", "전라남도 여수시 학동 41-3"),
        ("PHONE_NUMBER", "010-4417-8263"),
    ],
)

add(
    "ko",
    P,
    f"""사업자 폐업 신고 확인
대표자: 진아름 / 사업자등록번호 {BRN_2} / 주민등록번호 {RRN_K}
사업장: 경기도 의정부시 평화로 525, 2층 201호 (카페 구름정원)
잔여 부가세 환급계좌: 농협 301-2284-1937-41""",
    [
        ("PERSON", "진아름"),
        ("KR_BRN", BRN_2),
        ("KR_RRN", RRN_K),
        ("LOCATION", "경기도 의정부시 평화로 525, 2층 201호"),
        ("BANK_ACCOUNT", "301-2284-1937-41"),
    ],
)

add(
    "ko",
    P,
    """이사회 의사록 (사단법인 푸른나눔)
출석이사: 이사장 맹현주, 이사 채도윤, 이사 함소명, 감사 옥상민
1호 의안: 2023회계연도 결산 승인 — 원안 가결
2호 의안: 사무국장 임명 — 채도윤 이사 추천으로 구슬기 씨 임명""",
    [
        ("PERSON", "맹현주"),
        ("PERSON", "채도윤"),
        ("PERSON", "함소명"),
        ("PERSON", "옥상민"),
        ("PERSON", "채도윤"),
        ("PERSON", "구슬기"),
    ],
)

# ======================================================================= ENGLISH POSITIVES
add(
    "en",
    P,
    """MEMORANDUM FOR RECORD — Contracting Office, Camp Humphreys
SUBJECT: Site visit, generator maintenance contract W91QVN-24-C-0117
1. Contractor POC: Mr. Dwayne Holloway, Field Service Lead (cell +1 910-555-0173, d.holloway@tri-cor-power.com).
2. Inspection address: 4218 Ridgecrest Industrial Pkwy, Fayetteville, NC 28306.
3. Government QAR: SFC Maria Delgado will accompany the contractor on 12 JUN.""",
    [
        ("PERSON", "Dwayne Holloway"),
        ("PHONE_NUMBER", "+1 910-555-0173"),
        ("EMAIL_ADDRESS", "d.holloway@tri-cor-power.com"),
        ("LOCATION", "4218 Ridgecrest Industrial Pkwy, Fayetteville, NC 28306"),
        ("PERSON", "Maria Delgado"),
    ],
)

add(
    "en",
    P,
    """SUMMARY OF JUDGMENT — Case No. 22-cv-04817 (D. Or.)
Plaintiff Rebecca Thornbury alleged that Defendant Cascadia Freight LLC disclosed her home address (913 NE Alberta St, Apt 2B, Portland, OR 97211) to a debt collector.
Held: Summary judgment for Plaintiff on Count II. Ms. Thornbury is awarded statutory damages of $12,500.
Counsel for Plaintiff: Anil Mehta, mehta@pdx-consumerlaw.com.""",
    [
        ("PERSON", "Rebecca Thornbury"),
        ("LOCATION", "913 NE Alberta St, Apt 2B, Portland, OR 97211"),
        ("PERSON", "Thornbury"),
        ("PERSON", "Anil Mehta"),
        ("EMAIL_ADDRESS", "mehta@pdx-consumerlaw.com"),
    ],
)

add(
    "en",
    P,
    """RP/SELK1394Q/SELK1394Q            AA/SU  17MAY24/0722Z   K7Q2ZP
  1.PARK/JIWOO MS   2.LEE/DANIEL MR
  3  KE 017 Y 14JUN 5 ICNLAX HK2  1430 0850
  4 AP SEL 82-2-3785-1120 - HANA TRAVEL - A
  5 APM +82 10-3381-7204/P1
  6 APE jiwoo.park@hanmail.net/P1
  7 TK OK17MAY/SELK1394Q""",
    [
        ("PERSON", "PARK/JIWOO"),
        ("PERSON", "LEE/DANIEL"),
        ("PHONE_NUMBER", "82-2-3785-1120"),
        ("PHONE_NUMBER", "+82 10-3381-7204"),
        ("EMAIL_ADDRESS", "jiwoo.park@hanmail.net"),
    ],
)

add(
    "en",
    P,
    """Guest list — Harbourview Hotel, Busan (arrivals 21 Sep)
Room | Guest | Nationality | Contact
1204 | Ms. Sofia Lindqvist | SE | +46 70 123 45 67
1205 | Mr. Tomasz Wiśniewski | PL | tomasz.wisniewski@onet.pl
1611 | Dr. Aiko Matsuda | JP | +81 90-2841-7730
Late checkout approved for Dr. Matsuda.""",
    [
        ("PERSON", "Sofia Lindqvist"),
        ("PHONE_NUMBER", "+46 70 123 45 67"),
        ("PERSON", "Tomasz Wiśniewski"),
        ("EMAIL_ADDRESS", "tomasz.wisniewski@onet.pl"),
        ("PERSON", "Aiko Matsuda"),
        ("PHONE_NUMBER", "+81 90-2841-7730"),
        ("PERSON", "Matsuda"),
    ],
)

add(
    "en",
    P,
    """Traceback (most recent call last):
  File "/srv/billing/app/notify.py", line 88, in send_receipt
    smtp.sendmail(SENDER, [customer.email], msg.as_string())
smtplib.SMTPRecipientsRefused: {'harold.finch.77@outlook.com': (550, b'5.1.1 <harold.finch.77@outlook.com>: Recipient address rejected')}
During handling of the above exception, customer_id=58213 name='Harold Finch' ip=203.0.113.84""",
    [
        ("EMAIL_ADDRESS", "harold.finch.77@outlook.com"),
        ("EMAIL_ADDRESS", "harold.finch.77@outlook.com"),
        ("PERSON", "Harold Finch"),
        ("IP_ADDRESS", "203.0.113.84"),
    ],
)

add(
    "en",
    P,
    """# .env.production  (DO NOT COMMIT)
APP_ENV=production
DB_HOST=10.24.181.7
DB_USER=svc_claims
ADMIN_CONTACT_EMAIL=priya.raman@claims-desk.io
SMS_FALLBACK_NUMBER=+821055172234
SENTRY_RELEASE=claims-api@3.14.2""",
    [("IP_ADDRESS", "10.24.181.7"), ("EMAIL_ADDRESS", "priya.raman@claims-desk.io"), ("PHONE_NUMBER", "+821055172234")],
)

add(
    "en",
    P,
    """$ curl -X POST https://api.shipfast.dev/v2/recipients \\
    -H 'Content-Type: application/json' \\
    -d '{"name": "Grace Whitfield", "phone": "+1 415 555 0139", "address": "77 Folsom St, Suite 410, San Francisco, CA 94105"}'""",
    [
        ("PERSON", "Grace Whitfield"),
        ("PHONE_NUMBER", "+1 415 555 0139"),
        ("LOCATION", "77 Folsom St, Suite 410, San Francisco, CA 94105"),
    ],
)

add(
    "en",
    P,
    """mutation RegisterVolunteer {
  createVolunteer(input: {
    fullName: "Oluwaseun Adeyemi"
    email: "seun.adeyemi@fastmail.com"
    mobile: "+44 7700 900418"
    shift: EVENING
  }) { id status }
}""",
    [
        ("PERSON", "Oluwaseun Adeyemi"),
        ("EMAIL_ADDRESS", "seun.adeyemi@fastmail.com"),
        ("PHONE_NUMBER", "+44 7700 900418"),
    ],
)

add(
    "en",
    P,
    """# proto-file: contacts.proto  proto-message: AddressBook
people {
  name: "Oliver Brandt"
  id: 4471
  email: "o.brandt@kontor-nord.de"
  phones { number: "+49 40 3318 2290" type: WORK }
}""",
    [("PERSON", "Oliver Brandt"), ("EMAIL_ADDRESS", "o.brandt@kontor-nord.de"), ("PHONE_NUMBER", "+49 40 3318 2290")],
)

add(
    "en",
    P,
    """In [7]: claims.head(3)
Out[7]:
   claim_id        holder            card_last      email
0     C-1021  Megan O'Connell   ...4471   megan.oconnell@gmx.com
1     C-1022  Luis Fernández    ...9038   lfernandez@correo.mx
2     C-1023  Chen Wei          ...2214   chen.wei@163.com""",
    [
        ("PERSON", "Megan O'Connell"),
        ("EMAIL_ADDRESS", "megan.oconnell@gmx.com"),
        ("PERSON", "Luis Fernández"),
        ("EMAIL_ADDRESS", "lfernandez@correo.mx"),
        ("PERSON", "Chen Wei"),
        ("EMAIL_ADDRESS", "chen.wei@163.com"),
    ],
)

add(
    "en",
    P,
    """=IF(B2="Hannah Lowe", HYPERLINK("mailto:hannah.lowe@brightline.org", "email Hannah"), "")
=CONCAT("Ship to: ", "29 Hawthorn Rd, Leeds LS7 4PX")""",
    [
        ("PERSON", "Hannah Lowe"),
        ("EMAIL_ADDRESS", "hannah.lowe@brightline.org"),
        ("PERSON", "Hannah"),
        ("LOCATION", "29 Hawthorn Rd, Leeds LS7 4PX"),
    ],
)

add(
    "en",
    P,
    f"""INTERNATIONAL WIRE CONFIRMATION
Ordering customer: Kenji Watanabe
Debit account: {IBAN_DE}
Beneficiary: Amelie Rousseau
Beneficiary IBAN: {IBAN_FR}   BIC: BNPAFRPP
Amount: EUR 4,750.00   Value date: 2024-05-21   Ref: INV-88213""",
    [("PERSON", "Kenji Watanabe"), ("BANK_ACCOUNT", IBAN_DE), ("PERSON", "Amelie Rousseau"), ("BANK_ACCOUNT", IBAN_FR)],
)

add(
    "en",
    P,
    f"""Travel insurance claim #TI-2024-58812
Insured: Samuel Okafor, DOB 1987-02-14
Incident: lost baggage on flight OZ 202, 03 May 2024
Reimbursement card: {CARD_MC}
Contact: samuel.okafor@protonmail.com / +234 803 555 0192""",
    [
        ("PERSON", "Samuel Okafor"),
        ("CREDIT_CARD", CARD_MC),
        ("EMAIL_ADDRESS", "samuel.okafor@protonmail.com"),
        ("PHONE_NUMBER", "+234 803 555 0192"),
    ],
)

add(
    "en",
    P,
    f"""CERTIFIED TRANSLATION — Application for Extension of Sojourn Period
Surname: HERNANDEZ   Given names: CARLOS ANDRES
Alien Registration No.: {ARN_C}
Address in Korea: 45, Itaewon-ro 27ga-gil, Yongsan-gu, Seoul
Phone: 010-7731-2048   E-mail: carlos.hdz@yahoo.com""",
    [
        ("PERSON", "HERNANDEZ"),
        ("PERSON", "CARLOS ANDRES"),
        ("KR_ALIEN_REG", ARN_C),
        ("LOCATION", "45, Itaewon-ro 27ga-gil, Yongsan-gu, Seoul"),
        ("PHONE_NUMBER", "010-7731-2048"),
        ("EMAIL_ADDRESS", "carlos.hdz@yahoo.com"),
    ],
)

add(
    "en",
    P,
    """Dear Parents,
The Grade 5 field trip to the science museum is on Friday. Please return the permission slip to Ms. Abigail Turner by Wednesday.
If your child needs medication, call the school nurse, Mr. Ravi Shankar, at 02-3498-7720 ext. 214.
Kind regards, Abigail""",
    [("PERSON", "Abigail Turner"), ("PERSON", "Ravi Shankar"), ("PHONE_NUMBER", "02-3498-7720"), ("PERSON", "Abigail")],
)

add(
    "en",
    P,
    """[Assistant transcript]
User: Hey assistant, text Marcus that I'm running late.
Assistant: Sending to Marcus Bell, mobile (646) 555-0187. What should it say?
User: Say "15 minutes, order me the usual".
Assistant: Sent to Marcus.""",
    [("PERSON", "Marcus"), ("PERSON", "Marcus Bell"), ("PHONE_NUMBER", "(646) 555-0187"), ("PERSON", "Marcus")],
)

add(
    "en",
    P,
    """Please fill this onboarding template for our new hire and keep the tone friendly:
Name: Priya Nair
Start date: 3 June
Desk phone: +82 2-6925-4410
Personal email: priyanair.dev@gmail.com
Home address: 1502 Lakeview Terrace, Evanston, IL 60201""",
    [
        ("PERSON", "Priya Nair"),
        ("PHONE_NUMBER", "+82 2-6925-4410"),
        ("EMAIL_ADDRESS", "priyanair.dev@gmail.com"),
        ("LOCATION", "1502 Lakeview Terrace, Evanston, IL 60201"),
    ],
)

add(
    "en",
    P,
    """203.0.113.77 - - [17/May/2024:09:14:02 +0900] "POST /login HTTP/1.1" 200 512 "-" "Mozilla/5.0"
2001:db8:85a3::8a2e:370:7334 - - [17/May/2024:09:14:05 +0900] "GET /profile?id=882 HTTP/1.1" 200 2044
198.51.100.23 - - [17/May/2024:09:14:09 +0900] "GET /favicon.ico HTTP/1.1" 404 0""",
    [("IP_ADDRESS", "203.0.113.77"), ("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"), ("IP_ADDRESS", "198.51.100.23")],
)

add(
    "en",
    P,
    """commit 9f3c2e1b7a4d5c6e8f90a1b2c3d4e5f6a7b8c9d0
Author: Marcus Feld <marcus.feld@devmail.io>
Date:   Fri May 17 10:22:41 2024 +0900

    fix: mask phone numbers in export (reported by Yuki Tanaka)""",
    [("PERSON", "Marcus Feld"), ("EMAIL_ADDRESS", "marcus.feld@devmail.io"), ("PERSON", "Yuki Tanaka")],
)

add(
    "en",
    P,
    """Volunteer roster — Riverside Food Bank, Saturday
08:00-11:00  Fatima Zahra Benali   (+33 6 12 84 55 09)
11:00-14:00  Jonah Whitaker        jonah.w@riverside-vol.org
14:00-17:00  Beatriz Alves Costa   (+55 11 98765-4321)""",
    [
        ("PERSON", "Fatima Zahra Benali"),
        ("PHONE_NUMBER", "+33 6 12 84 55 09"),
        ("PERSON", "Jonah Whitaker"),
        ("EMAIL_ADDRESS", "jonah.w@riverside-vol.org"),
        ("PERSON", "Beatriz Alves Costa"),
        ("PHONE_NUMBER", "+55 11 98765-4321"),
    ],
)

add(
    "en",
    P,
    f"""CUSTOMS DECLARATION — Personal effects
Name of traveller: Daniel Whitmore   Passport (KOR): M39104826
Korean address: 88, Teheran-ro 14-gil, Gangnam-gu, Seoul 06234
Goods declared: 1 laptop (USD 1,899), perfume 2 bottles
Payment of duty by card {CARD_AMEX}""",
    [
        ("PERSON", "Daniel Whitmore"),
        ("KR_PASSPORT", "M39104826"),
        ("LOCATION", "88, Teheran-ro 14-gil, Gangnam-gu, Seoul 06234"),
        ("CREDIT_CARD", CARD_AMEX),
    ],
)

add(
    "en",
    P,
    """Order log — QuickBite (driver app)
#QB-771204  picked 18:05  dropped 18:31
Customer: Elena Petrova  ☎ +7 916 555-12-84
Drop-off: 3120 Wilshire Blvd, Apt 1407, Los Angeles, CA 90010
Note from Elena: "leave with concierge" """,
    [
        ("PERSON", "Elena Petrova"),
        ("PHONE_NUMBER", "+7 916 555-12-84"),
        ("LOCATION", "3120 Wilshire Blvd, Apt 1407, Los Angeles, CA 90010"),
        ("PERSON", "Elena"),
    ],
)

add(
    "en",
    P,
    """NOTICE OF PENALTY CHARGE
Vehicle registered keeper: Mr Gareth Pugh
Address: 14 Cefn Road, Cardiff CF23 9AQ
Contravention: parked in a bus lane, 09:12 on 02/04/2024
Amount: £70 (reduced to £35 if paid within 14 days)""",
    [("PERSON", "Gareth Pugh"), ("LOCATION", "14 Cefn Road, Cardiff CF23 9AQ")],
)

add(
    "en",
    P,
    json.dumps(
        {
            "level": "error",
            "ts": "2024-05-17T01:22:09Z",
            "msg": "payment declined",
            "user": {"name": "Isabella Moretti", "email": "isa.moretti@libero.it"},
            "client_ip": "192.0.2.146",
            "card": CARD_JCB,
        }
    ),
    [
        ("PERSON", "Isabella Moretti"),
        ("EMAIL_ADDRESS", "isa.moretti@libero.it"),
        ("IP_ADDRESS", "192.0.2.146"),
        ("CREDIT_CARD", CARD_JCB),
    ],
)

add(
    "en",
    P,
    """UNEMPLOYMENT INSURANCE — Weekly certification
Claimant: Teresa Villanueva
Mailing address: 602 W Maple Ave, Unit C, Spokane, WA 99201
Direct deposit confirmed. Questions? Reply to ui-help@esd-claims.org or call the claimant at 509-555-0148.""",
    [
        ("PERSON", "Teresa Villanueva"),
        ("LOCATION", "602 W Maple Ave, Unit C, Spokane, WA 99201"),
        ("EMAIL_ADDRESS", "ui-help@esd-claims.org"),
        ("PHONE_NUMBER", "509-555-0148"),
    ],
)

add(
    "en",
    P,
    """Boarding pass scan (BCBP raw):
M1WALSH/NIAMH MS       EQ8R4TN DUBICNEK 0322 141Y034C0078 100
Passenger contact on file: niamh.walsh@eircom.net""",
    [("PERSON", "WALSH/NIAMH"), ("EMAIL_ADDRESS", "niamh.walsh@eircom.net")],
)

add(
    "en",
    P,
    f"""Hi Ahmed, the refund for order 40019-22 went back to your card ending in ...{CARD_VISA2[-4:]}, but our system still shows the full number {CARD_VISA2} in the notes. I've asked Jessica Park to purge it. — Tom""",
    [("PERSON", "Ahmed"), ("CREDIT_CARD", CARD_VISA2), ("PERSON", "Jessica Park"), ("PERSON", "Tom")],
)

add(
    "en",
    P,
    f"""KATUSA service record (excerpt)
Name: Seo, Minho   RRN: {RRN_F}
Unit: 2nd Infantry Division, HHC   Rank: CPL
Home of record: 27, Jungang-daero 214beon-gil, Dong-gu, Busan""",
    [("PERSON", "Seo, Minho"), ("KR_RRN", RRN_F), ("LOCATION", "27, Jungang-daero 214beon-gil, Dong-gu, Busan")],
)

# ======================================================================= MIXED POSITIVES
add(
    "mixed",
    P,
    """[Jira] GOV-4471 개인정보 포함 로그 삭제 요청
Reporter: 권하율 (hayul.kwon@mois-cloud.kr)
Assignee: Ethan Brooks
Description: prod 서버 10.42.7.19의 /var/log/app/audit.log 에 민원인 전화번호 010-2218-5547 평문 저장됨. 즉시 마스킹 바랍니다.""",
    [
        ("PERSON", "권하율"),
        ("EMAIL_ADDRESS", "hayul.kwon@mois-cloud.kr"),
        ("PERSON", "Ethan Brooks"),
        ("IP_ADDRESS", "10.42.7.19"),
        ("PHONE_NUMBER", "010-2218-5547"),
    ],
)

add(
    "mixed",
    P,
    f"""Slack #hr-ops
@hr_ops_01: 신규 입사자 서류 올려요 📎
 - 이름: 류지안 (Jian Ryu)
 - 주민번호: {RRN_K}
 - 급여계좌: 카카오뱅크 3333-14-7720391
@hr_ops_01: 확인 부탁드려요 @payroll-admin""",
    [("PERSON", "류지안"), ("PERSON", "Jian Ryu"), ("KR_RRN", RRN_K), ("BANK_ACCOUNT", "3333-14-7720391")],
)

add(
    "mixed",
    P,
    """# 사용자 정보 조회 API 테스트
$ http GET :8080/api/v1/citizens/8812 Authorization:"Bearer $TOKEN"
{
  "name": "변지호",
  "phone": "010-3917-2046",
  "addr": "서울특별시 은평구 통일로 684, 1동 302호",
  "last_login_ip": "211.36.142.90"
}""",
    [
        ("PERSON", "변지호"),
        ("PHONE_NUMBER", "010-3917-2046"),
        ("LOCATION", "서울특별시 은평구 통일로 684, 1동 302호"),
        ("IP_ADDRESS", "211.36.142.90"),
    ],
)

add(
    "mixed",
    P,
    f"""From: immigration-desk@embassy-liaison.org
To: 출입국외국인청 담당자님
Subject: Visa extension — Ms. Olga Sokolova

안녕하세요, Ms. Sokolova의 외국인등록번호는 {ARN_E} 이고, 현재 주소는 서울특별시 용산구 한남대로 42길 15, 201호 입니다. 연락처 +82 10-6627-1093.""",
    [
        ("EMAIL_ADDRESS", "immigration-desk@embassy-liaison.org"),
        ("PERSON", "Olga Sokolova"),
        ("PERSON", "Sokolova"),
        ("KR_ALIEN_REG", ARN_E),
        ("LOCATION", "서울특별시 용산구 한남대로 42길 15, 201호"),
        ("PHONE_NUMBER", "+82 10-6627-1093"),
    ],
)

add(
    "mixed",
    P,
    """PNR 메모 (여행사 내부)
예약번호 XK4P7D / KE 905 ICN-FRA 2024-07-02
승객 1: KANG/MINSEO MS — 여권 M09283714
승객 2: KANG/JUNHO MSTR (소아) — 여권 M571C2048
보호자 연락처 010-4482-9915, 비상시 영문 메일 minseo.kang@outlook.kr""",
    [
        ("PERSON", "KANG/MINSEO"),
        ("KR_PASSPORT", "M09283714"),
        ("PERSON", "KANG/JUNHO"),
        ("KR_PASSPORT", "M571C2048"),
        ("PHONE_NUMBER", "010-4482-9915"),
        ("EMAIL_ADDRESS", "minseo.kang@outlook.kr"),
    ],
)

add(
    "mixed",
    P,
    f"""ChatGPT에게: 아래 데이터로 'Loan Application Summary'를 영어로 작성해줘.
Applicant: 소하준
RRN: {RRN_J}
Employer: (주)노을테크, BRN {BRN_3}
Monthly income: KRW 4,200,000
Repayment account: 신한은행 140-012-883271""",
    [("PERSON", "소하준"), ("KR_RRN", RRN_J), ("KR_BRN", BRN_3), ("BANK_ACCOUNT", "140-012-883271")],
)

add(
    "mixed",
    P,
    """[Error] UserSyncJob failed
  at kr.go.portal.sync.UserMapper.map(UserMapper.java:142)
  Caused by: DuplicateKeyException: email='taeyang.eom@korea.kr' already exists for user 엄태양 (dept=디지털정부혁신과)
  request from 10.120.33.4 at 2024-05-17T10:02:11+09:00""",
    [("EMAIL_ADDRESS", "taeyang.eom@korea.kr"), ("PERSON", "엄태양"), ("IP_ADDRESS", "10.120.33.4")],
)

add(
    "mixed",
    P,
    f"""Hotel check-in (로비 태블릿 입력 내용)
Guest name: 제갈윤 / JEGAL YOON
Nationality: KOR   Passport: M1846A3027
Card guarantee: {CARD_UP}
Home: 대구광역시 수성구 달구벌대로 2450, 305동 1802호""",
    [
        ("PERSON", "제갈윤"),
        ("PERSON", "JEGAL YOON"),
        ("KR_PASSPORT", "M1846A3027"),
        ("CREDIT_CARD", CARD_UP),
        ("LOCATION", "대구광역시 수성구 달구벌대로 2450, 305동 1802호"),
    ],
)

add(
    "mixed",
    P,
    """카톡 단톡방 '동창회 총무'
민혁🍺: 회비는 KB 918702-01-446218 (예금주 함민혁) 으로 ㄱㄱ
Sarah Cho: 저 해외라 Wise로 보낼게요! my email is sarah.cho.uk@gmail.com 🙏
민혁🍺: 오케이 Sarah 확인하면 연락줄게""",
    [
        ("PERSON", "민혁"),
        ("BANK_ACCOUNT", "918702-01-446218"),
        ("PERSON", "함민혁"),
        ("PERSON", "Sarah Cho"),
        ("EMAIL_ADDRESS", "sarah.cho.uk@gmail.com"),
        ("PERSON", "민혁"),
        ("PERSON", "Sarah"),
    ],
)

add(
    "mixed",
    P,
    f"""Procurement request (조달 요청서)
Vendor: Nordlicht Defence GmbH — contact Lukas Brenner, lukas.brenner@nordlicht-def.de, +49 89 2190 4471
국내 대리점: (주)한빛방산 사업자등록번호 {BRN_4}, 담당 우태경 과장 010-5583-0217""",
    [
        ("PERSON", "Lukas Brenner"),
        ("EMAIL_ADDRESS", "lukas.brenner@nordlicht-def.de"),
        ("PHONE_NUMBER", "+49 89 2190 4471"),
        ("KR_BRN", BRN_4),
        ("PERSON", "우태경"),
        ("PHONE_NUMBER", "010-5583-0217"),
    ],
)

add(
    "mixed",
    P,
    """Excel 수식 검토 부탁드립니다:
=IF(VLOOKUP("명지수",직원명부!A:F,3,FALSE)="", "미등록", "010-7729-3318")
=HYPERLINK("mailto:jisu.myung@seoul.go.kr","명지수 주무관에게 메일")""",
    [
        ("PERSON", "명지수"),
        ("PHONE_NUMBER", "010-7729-3318"),
        ("EMAIL_ADDRESS", "jisu.myung@seoul.go.kr"),
        ("PERSON", "명지수"),
    ],
)

add(
    "mixed",
    P,
    f"""보험금 지급 내역 (Claim payout)
Claim No. CLM-24-009172 / 피보험자 Insured: 남궁성민
Payout account: 하나은행 620-184729-01307
Payout card refund: {CARD_MC2}
Adjuster: Rachel Nam (rachel.nam@hanwha-claims.co.kr)""",
    [
        ("PERSON", "남궁성민"),
        ("BANK_ACCOUNT", "620-184729-01307"),
        ("CREDIT_CARD", CARD_MC2),
        ("PERSON", "Rachel Nam"),
        ("EMAIL_ADDRESS", "rachel.nam@hanwha-claims.co.kr"),
    ],
)

add(
    "mixed",
    P,
    """Meeting notes – 국방부 조달 TF (영문 병기)
Attendees: 대령 위성호 (Col. Wi Seong-ho), LTC Andrew Morales (USFK J4), 사무관 봉하은
Action: Morales 중령 to send spec sheet to ha-eun.bong@mnd.go.kr by 5/24""",
    [
        ("PERSON", "위성호"),
        ("PERSON", "Wi Seong-ho"),
        ("PERSON", "Andrew Morales"),
        ("PERSON", "봉하은"),
        ("PERSON", "Morales"),
        ("EMAIL_ADDRESS", "ha-eun.bong@mnd.go.kr"),
    ],
)

add(
    "mixed",
    P,
    f"""DB 덤프 일부 (users 테이블)
INSERT INTO users (name, jumin, tel, email) VALUES ('도서윤', '{RRN_M_PLAIN}', '01084471920', 'seoyun.do@hanmail.net');
INSERT INTO users (name, jumin, tel, email) VALUES ('Kim Tae-hee', '{RRN_N2}', '+821031184475', 'taehee.k@icloud.com');""",
    [
        ("PERSON", "도서윤"),
        ("KR_RRN", RRN_M_PLAIN),
        ("PHONE_NUMBER", "01084471920"),
        ("EMAIL_ADDRESS", "seoyun.do@hanmail.net"),
        ("PERSON", "Kim Tae-hee"),
        ("KR_RRN", RRN_N2),
        ("PHONE_NUMBER", "+821031184475"),
        ("EMAIL_ADDRESS", "taehee.k@icloud.com"),
    ],
)

add(
    "mixed",
    P,
    f"""Lease agreement (English translation for foreign tenant / 외국인 임차인용)
Premises: 서울특별시 마포구 와우산로 94, 3층 301호
Landlord: 피정숙 (RRN {RRN_E})
Tenant: Lucas Martin (ARN {ARN_D})
Deposit to: 우리은행 1005-302-447819""",
    [
        ("LOCATION", "서울특별시 마포구 와우산로 94, 3층 301호"),
        ("PERSON", "피정숙"),
        ("KR_RRN", RRN_E),
        ("PERSON", "Lucas Martin"),
        ("KR_ALIEN_REG", ARN_D),
        ("BANK_ACCOUNT", "1005-302-447819"),
    ],
)

add(
    "mixed",
    P,
    """Voice memo transcript (STT):
"어 그 Anderson 씨 연락처 말인데요, 영국 번호라 plus 44 아니고 그냥 +44 20 7946 0813 이렇게 저장해 주시고요, 한국 번호는 010-6284-1130이에요." """,
    [("PERSON", "Anderson"), ("PHONE_NUMBER", "+44 20 7946 0813"), ("PHONE_NUMBER", "010-6284-1130")],
)

add(
    "mixed",
    P,
    f"""Customs e-Clearance (UNI-PASS) 수입신고 메모
Importer: 달빛공방 / 대표 석지안 / BRN {BRN_5}
Consignee addr: 전라북도 전주시 완산구 전주객사3길 22
Broker contact: Kevin Yoo 010-3349-8201, kevin.yoo@unipass-broker.kr""",
    [
        ("PERSON", "석지안"),
        ("KR_BRN", BRN_5),
        ("LOCATION", "전라북도 전주시 완산구 전주객사3길 22"),
        ("PERSON", "Kevin Yoo"),
        ("PHONE_NUMBER", "010-3349-8201"),
        ("EMAIL_ADDRESS", "kevin.yoo@unipass-broker.kr"),
    ],
)

add(
    "mixed",
    P,
    f"""법인 설립 체크리스트 ✅
- Company: Blue Harbor Korea 유한회사 (법인등록번호 {CRN_4})
- Representative director: Michael O'Brien
- 본점: 부산광역시 중구 중앙대로 70, 12층
- Tax ID (사업자번호) {BRN_3} — 발급 완료""",
    [
        ("KR_CRN", CRN_4),
        ("PERSON", "Michael O'Brien"),
        ("LOCATION", "부산광역시 중구 중앙대로 70, 12층"),
        ("KR_BRN", BRN_3),
    ],
)

add(
    "mixed",
    P,
    """firewall.log
May 17 09:31:44 fw01 DROP IN=eth0 SRC=185.220.101.47 DST=10.10.3.21 PROTO=TCP DPT=22
May 17 09:31:45 fw01 ACCEPT IN=eth1 SRC=fe80::1c2b:3dff:fe4a:9e10 DST=ff02::1 PROTO=ICMPv6
→ 의심 IP 185.220.101.47 차단 요청 (보안관제 담당 설하진)""",
    [
        ("IP_ADDRESS", "185.220.101.47"),
        ("IP_ADDRESS", "10.10.3.21"),
        ("IP_ADDRESS", "fe80::1c2b:3dff:fe4a:9e10"),
        ("IP_ADDRESS", "ff02::1"),
        ("IP_ADDRESS", "185.220.101.47"),
        ("PERSON", "설하진"),
    ],
)

add(
    "mixed",
    P,
    f"""Payment link 오류 CS
고객: 탁윤희 / card {CARD_DINERS} / email yunhee.tak@nate.com
증상: 'Your card was declined' 반복 — PG사 문의 예정""",
    [("PERSON", "탁윤희"), ("CREDIT_CARD", CARD_DINERS), ("EMAIL_ADDRESS", "yunhee.tak@nate.com")],
)

add(
    "mixed",
    P,
    f"""Teams 메시지 — Re: payroll
Jenny Han: 해외 송금 계좌 다시 보내드려요. UK account {IBAN_GB} (Barclays), 예금주 Jennifer Han
손경호: 네 Jenny 님 확인했습니다. 국내 계좌 기업은행 010-4471-2209-15 는 해지하시는 거죠?""",
    [
        ("PERSON", "Jenny Han"),
        ("BANK_ACCOUNT", IBAN_GB),
        ("PERSON", "Jennifer Han"),
        ("PERSON", "손경호"),
        ("PERSON", "Jenny"),
        ("BANK_ACCOUNT", "010-4471-2209-15"),
    ],
)

add(
    "mixed",
    P,
    f"""[OCR: Residence Card / 외국인등록증]
RESIDENCE CARD
외국인등록번호 {ARN_B}
성명 NAME  TRAN THI MAI
국가 COUNTRY  VIETNAM
체류자격 STATUS  D-4-1
발급일자 2024.03.12""",
    [("KR_ALIEN_REG", ARN_B), ("PERSON", "TRAN THI MAI")],
)

add(
    "mixed",
    P,
    """Delivery app rider chat 🛵
Rider: 손님 도착했는데 공동현관 비번이 안 맞아요 😢
Customer (Jake Lim): 아 죄송해요 #1357* 에요! 주소 경기도 성남시 분당구 황새울로 258, 1304호 맞아요
Rider: 넵 올라갈게요, 혹시 010-2739-4156 번호로 전화드려도 될까요?""",
    [
        ("PERSON", "Jake Lim"),
        ("LOCATION", "경기도 성남시 분당구 황새울로 258, 1304호"),
        ("PHONE_NUMBER", "010-2739-4156"),
    ],
)

# ======================================================================= HARD NEGATIVES — KOREAN
add(
    "ko",
    N,
    """대법원 2021도12345 판결 요지
형법 제347조 제1항의 사기죄는 기망행위로 재물을 교부받는 경우 성립한다. 원심(서울고등법원 2020노4821)은 특정경제범죄 가중처벌 등에 관한 법률 제3조를 적용하였다. 선고일 2023. 11. 30.""",
)

add(
    "ko",
    N,
    """입찰공고 제20240517123-00호
사업명: 2024년 청사 통합보안관제 장비 구매
추정가격: 1,234,560,000원(부가세 별도) / 물품분류번호 43211503 / 세부품명번호 4321150301
개찰일시: 2024-05-31 11:00 / 개찰장소: 국가종합전자조달시스템""",
)

add(
    "ko",
    N,
    """[택배 배송조회]
운송장번호 6824-1739-0452
2024-05-14 18:32 대전HUB 간선상차
2024-05-15 06:10 성남복정 배송출발
2024-05-15 13:47 배송완료 (문 앞)""",
)

add(
    "ko",
    N,
    f"""소장 도서 목록
1. 행정법 강의 (제12판) — ISBN {ISBN_1}
2. 공공데이터 분석 실무 — ISBN {ISBN_2}
3. 월간 지방행정 — ISSN {ISSN_1}
비품 바코드: {EAN_1}, {EAN_2}""",
)

add(
    "ko",
    N,
    """연구과제번호 RS-2024-00412735
특허 출원번호 10-2023-0148213 / 등록번호 제10-2581946호
상표 출원 40-2024-0071128, 디자인 등록 30-1184472""",
)

add(
    "ko",
    N,
    """자주 찾는 전화번호
· 정부민원안내콜센터 110
· 국민건강보험 고객센터 1577-1000
· 국민연금 1355
· ○○카드 분실신고 1588-8100
· 긴급신고 112 / 119""",
)

add(
    "ko",
    N,
    """[작성 예시]
성명: 홍길동
주민등록번호: ______-_______
연락처: 010-XXXX-XXXX
주소: ○○시 ○○구 ○○로 ○○
※ 실제 정보로 바꾸어 작성하십시오.""",
)

add(
    "ko",
    N,
    """민원 처리 결과 (마스킹 적용)
신청인: 김** / 연락처: 010-****-5521 / 주민등록번호: 850314-1******
처리결과: 인용. 세부 내용은 개인정보 보호를 위해 비공개합니다.""",
)

add(
    "ko",
    N,
    """제3차 정책조정회의
일시: 2024. 5. 17.(금) 14:00~15:30 (90분)
장소: 정부세종청사 6동 대회의실
안건: 2025년도 예산안 편성 방향 (총 12억 3,450만원, 전년 대비 4.7% 증가)""",
)

add(
    "ko",
    N,
    """드론 촬영 좌표 기록
P1: 위도 37.566535, 경도 126.977969 (고도 120m)
P2: EPSG:5186 (198056.42, 451923.17)
P3: 35°10'46.2"N 129°04'32.9"E""",
)

add(
    "ko",
    N,
    """이번 행사에는 대통령비서실장, 국무총리, 행정안전부 장관, 서울특별시장, 각 구청장이 참석할 예정이며, 경찰청장은 서면 축사로 대신합니다.""",
)

add(
    "ko",
    N,
    """올해 사업 슬로건: "한결같은 현장 행정, 하늘길 안전, 나라 살림 건전화"
세부과제: 정의로운 전환 지원, 이슬점 관측망 고도화, 강산 녹화 2단계""",
)

add(
    "ko",
    N,
    """세출예산 과목코드 1011-301-01 / 회계단위 0172-08
집행액 983,410,000원 (집행률 87.3%)
전용 승인 번호 2024-재정-0417""",
)

add(
    "ko",
    N,
    """주차 정산 영수증
입차 2024-05-17 08:41 / 출차 18:20 (9시간 39분)
요금 12,000원 / 승인번호 30418827
주차권 0517-2214 / 카드 ****-****-****-4471""",
)

add(
    "ko",
    N,
    """「개인정보 보호법」 제24조의2(주민등록번호 처리의 제한) 제1항에 따라 개인정보처리자는 법령에서 구체적으로 허용한 경우를 제외하고는 주민등록번호를 처리할 수 없다. 위반 시 같은 법 제75조에 따라 3천만원 이하의 과태료.""",
)

add(
    "ko",
    N,
    """접수번호 20240517-0001234
처리기한 2024-05-31
문서번호 디지털정부혁신과-4821 (2024.05.17.)""",
)

add(
    "ko",
    N,
    """판교테크노밸리, 세종정부청사, 광화문광장, 해운대해수욕장 등 주요 거점에서 공공 와이파이 품질을 점검했다. 서울역·부산역·대전역 대합실은 평균 312Mbps.""",
)

add(
    "ko",
    N,
    """인구 현황 (2024년 4월말)
서울특별시 9,386,034명 / 부산광역시 3,293,362명 / 세종특별자치시 386,525명
전월 대비 증감률 -0.04%, +0.11%""",
)

add(
    "ko",
    N,
    """시스템 점검 공지
점검 시간: 05/18 00:00 ~ 05/18 06:00
대상: 전자결재 v4.12.0 → v4.13.1 업그레이드
빌드 번호 2024.05.17.1 (배포 ID 1f2e3d4c)""",
)

add(
    "ko",
    N,
    """차량 정보: 123가4567 / 차대번호 KMHD841CBLU123456 / 형식승인번호 A12-1-00417-0019-1224
정기검사 유효기간 2024-05-01 ~ 2026-04-30""",
)

# ======================================================================= HARD NEGATIVES — ENGLISH
add(
    "en",
    N,
    f"""Order #{luhn_fail("7304182259163041")} shipped via UPS 1Z4F82W30394618275.
Invoice INV-2024-05-00917 total $1,284.50 (tax $104.50). Expected delivery 05/21/2024 by 8:00 PM.""",
)

add(
    "en",
    N,
    """Release notes — v2.4.10.1 (build 10.0.19045.3803)
- Bumped OpenSSL to 3.0.13
- SNMP OID 1.3.6.1.4.1.311.21.7 now parsed
- Server binds to 0.0.0.0:8080; health check on 127.0.0.1:9090
- Default VPC range 10.0.0.0/8 and 172.16.0.0/12 documented""",
)

add(
    "en",
    N,
    """sha256: 9b74c9897bac770ffc029102a200c5de6a1d4a0e5b2d6c8f7e3a19b0c4d2e811
request_id: 3f1c9a2e-7b4d-4e8a-9c12-5d6e7f809a1b
etag: W/"5e3a-1b2c3d4e5f60"
commit 4d2e8111a9c0b7f6""",
)

add(
    "en",
    N,
    """Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmF0Y2giLCJpYXQiOjE3MTU5MDAwMDB9.Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nT25seQ""",
)

add(
    "en",
    N,
    f"""Reading list
- Designing Data-Intensive Applications, ISBN {ISBN_3}
- Journal of Privacy and Confidentiality, ISSN {ISSN_2}
- Barcode on the box: {EAN_2}""",
)

add(
    "en",
    N,
    """Under 18 U.S.C. § 1030(a)(2) and Regulation (EU) 2016/679 Art. 4(1), see also Case C-311/18 and US Patent 11,234,567 B2. Docket No. 22-cv-04817, filed 03/14/2022.""",
)

add(
    "en",
    N,
    """Run time: 2h 14m 37s. Peak memory 3,221 MB. 1,048,576 rows processed at 12,345.67 rows/s. ETA 00:04:12. Temperature 37.5°C, pressure 1013.25 hPa.""",
)

add(
    "en",
    N,
    """The Secretary of Defense met the Mayor of Seoul and the Chief Justice at the Blue House guesthouse; the Prime Minister's spokesperson declined to comment.""",
)

add(
    "en",
    N,
    """Please use the placeholders exactly as shown: {{full_name}}, {{email}}, {{phone}}. Example row: John Doe, user@example.com, +1-XXX-XXX-XXXX.""",
)

add(
    "en",
    N,
    """Meet at Gangnam Station exit 11, then walk to COEX Mall. Later: Incheon International Airport Terminal 2, gate 248, boarding 14:35.""",
)

add(
    "en",
    N,
    """SKU ELX-4410-BLK-XL | UPC 0 12345 67890 5 | HS code 8471.30.0000 | Lot 24E17-0931 | MPN 90NB0Z31-M00410""",
)

add(
    "en",
    N,
    """CVE-2024-3094 (CVSS 10.0) affects xz 5.6.0 and 5.6.1. See RFC 5321 §4.5.3.1 and ISO/IEC 27001:2022 Annex A.8.12.""",
)

add(
    "en",
    N,
    """SWIFT/BIC codes for our correspondent banks: KOEXKRSE, SHBKKRSE, CITIUS33. Routing via Fedwire ABA 021000089 is deprecated.""",
)

add(
    "en",
    N,
    """aws:arn:aws:iam::123456789012:role/batch-runner
s3://logs-prod-ap-northeast-2/2024/05/17/
docker pull ghcr.io/acme/api@sha256:4f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0""",
)

add(
    "en",
    N,
    """Flight KE017 ICN-LAX departs 14:30, arrives 08:50 (+0 day). Seat 32A. Fare basis YLXKR. Equipment B77W. Miles earned 5,973.""",
)

add(
    "en",
    N,
    """Quarterly KPIs: 99.95% uptime, MTTR 42 min, 1,588 tickets closed (up from 1,234), NPS +31. Next review on 2024-07-01 at 10:00 KST.""",
)

# ======================================================================= HARD NEGATIVES — MIXED
add(
    "mixed",
    N,
    """[Release] 민원포털 v3.2.1-rc.4 배포 완료
- Node 20.12.2, Spring Boot 3.2.5
- 빌드 해시 a1b2c3d4e5f60718293a4b5c6d7e8f9012345678
- 배포 시각 2024-05-17T22:00:00+09:00 (KST)""",
)

add(
    "mixed",
    N,
    """GIS layer 변경: 좌표계 EPSG:4326 → EPSG:5179
Bounding box (126.734086, 37.413294) ~ (127.269311, 37.715133)
타일 URL https://tiles.example.go.kr/{z}/{x}/{y}.png""",
)

add(
    "mixed",
    N,
    """고객센터 안내 (Customer Service)
Toll-free 1588-2100 / 1600-1234 / 1899-0001
해외에서: 국가번호 없이는 연결되지 않습니다. 응급 112, fire & ambulance 119""",
)

add(
    "mixed",
    N,
    """PR #4471 리뷰 코멘트: `UserDto.phone` 필드에 `@Pattern(regexp = "^01[016789]-\\\\d{3,4}-\\\\d{4}$")` 검증 추가 필요. 테스트는 `@ParameterizedTest`로 작성해주세요.""",
)

add(
    "mixed",
    N,
    """UUID 충돌 이슈: 0b8f3c1e-2d4a-4f6b-8e9c-1a2b3c4d5e6f 와 0b8f3c1e-2d4a-4f6b-8e9c-1a2b3c4d5e70 이 같은 버킷에 매핑됨. shard key = crc32 % 64""",
)

add(
    "mixed",
    N,
    f"""주문번호 {luhn_fail("2024051718223904")} 결제 완료 (Order confirmed)
상품코드 P-00731-KR, 수량 2, 합계 ₩58,400
Tracking: CJ 5683 2917 4402""",
)

add(
    "mixed",
    N,
    """정책 브리핑 요약: The Minister of the Interior and Safety (행정안전부 장관) and the Vice Minister (차관) announced a KRW 1.2 trillion digital-government package on 2024-05-17.""",
)

add(
    "mixed",
    N,
    """Template 변수 설명
{{applicant_name}} — 신청인 성명
{{rrn}} — 주민등록번호 (예: 000000-0000000)
{{mobile}} — 휴대전화 (예: 010-0000-0000)
{{email}} — 이메일 (예: name@example.com)""",
)

add(
    "mixed",
    N,
    """Kubernetes 이벤트:
pod/api-7d9f8b6c5-x2k4p  OOMKilled  (limit 512Mi)
node ip-10-0-3-21.ap-northeast-2.compute.internal NotReady 3m12s""",
)

add(
    "mixed",
    N,
    """Statute refs: 「전자정부법」 제36조, 「공공기록물 관리에 관한 법률」 시행령 제70조, GDPR Art. 9(2)(h), HIPAA 45 CFR 164.514(b).""",
)

add(
    "mixed",
    N,
    """Test fixtures (tests/fixtures/users.yaml):
  - name: "<REDACTED>"
    phone: "<REDACTED>"
    rrn: "******-*******"
  - name: "${USER_NAME}"
    email: "${USER_EMAIL}" """,
)

add(
    "mixed",
    N,
    """Timestamp 비교: 1715900000 (epoch) = 2024-05-17 07:53:20 UTC = 2024년 5월 17일 16시 53분 KST. Duration 86400s = 1일.""",
)

add(
    "mixed",
    N,
    """Benchmark (M2 Pro, 12-core): 정렬 1,000,000 items in 0.184s; p50 12.7ms, p99 48.3ms; throughput 82,317 req/s. Compared with v1.9.2: +14.2%.""",
)

add(
    "mixed",
    N,
    """회의실 예약 현황 / Room booking
3F 대회의실(Room 301) 09:00-10:30, 5F 소회의실(Room 502) 13:00-14:00
Zoom ID 812 3456 7890 / Passcode 240517""",
)

add(
    "mixed",
    N,
    """MAC 주소 목록 (자산관리): 3C:52:82:1A:7F:04, 00:1B:63:84:45:E6 — 펌웨어 FW 1.0.4.12, 시리얼 SN-KR24-0918273""",
)

add(
    "mixed",
    N,
    """발주 품목: 무전기 배터리 (NSN 6140-01-490-4316) 240EA, 군용 텐트 (NSN 8340-01-548-6520) 12EA. 계약금액 ₩87,600,000, 납기 2024-08-30.""",
)

# ======================================================================= OBFUSCATED — KOREAN
add(
    "ko",
    OB,
    "제 번호요? 공일공에 삼삼팔일, 칠이공사예요. 문자로 주세요.",
    [("PHONE_NUMBER", "공일공에 삼삼팔일, 칠이공사")],
)

RRN_A_MIX = ko_read(RRN_A[:6]) + RRN_A[6:]
add("ko", OB, f"상담원: 본인 확인 위해 주민번호 불러주세요.\n고객: {RRN_A_MIX} 요.", [("KR_RRN", RRN_A_MIX)])

add(
    "ko",
    OB,
    "세로쓰기 메모\n0\n1\n0\n4\n8\n2\n7\n1\n9\n3\n6\n윤서진 차장 번호",
    [("PHONE_NUMBER", "0\n1\n0\n4\n8\n2\n7\n1\n9\n3\n6"), ("PERSON", "윤서진")],
)

add(
    "ko",
    OB,
    "연락처 010📞5521🔥0863 으로 주세요 ㅎㅎ 배준호 드림",
    [("PHONE_NUMBER", "010📞5521🔥0863"), ("PERSON", "배준호")],
)

RRN_B_FW = fw_mixed(RRN_B)
add("ko", OB, f"신청인 주민등록번호: {RRN_B_FW} (전각 혼용 입력)", [("KR_RRN", RRN_B_FW)])

add(
    "ko",
    OB,
    "계좌는요, 국민 48 2901 이고 그다음이 04, 끝이 173625 예요. 예금주 한지유.",
    [("BANK_ACCOUNT", "48 2901 이고 그다음이 04, 끝이 173625"), ("PERSON", "한지유")],
)

add(
    "ko",
    OB,
    "담당자 휴대폰 010·7730·2148 / 사무실 02∙2620∙3417 / 팩스 아닌 직통 031‧8075‧4400",
    [("PHONE_NUMBER", "010·7730·2148"), ("PHONE_NUMBER", "02∙2620∙3417"), ("PHONE_NUMBER", "031‧8075‧4400")],
)

RRN_C_ZWJ = zwj(RRN_C)
add("ko", OB, f"병적 확인 요청 — 대상자 주민번호 {RRN_C_ZWJ} 입니다.", [("KR_RRN", RRN_C_ZWJ)])

split_rrn = f'"jumin1": "{RRN_I[:6]}", "jumin2": "{RRN_I[7:]}"'
add(
    "ko",
    OB,
    f'보험 청구 폼 전송값: {{"name": "하도경", {split_rrn}, "agree": true}}',
    [("PERSON", "하도경"), ("KR_RRN", f'{RRN_I[:6]}", "jumin2": "{RRN_I[7:]}')],
)

name_pct = pct("한지유")
add(
    "ko",
    OB,
    f"민원 접수 링크가 이상해요: https://minwon.example.go.kr/apply?nm={name_pct}&tel=01091832740&step=2",
    [("PERSON", name_pct), ("PHONE_NUMBER", "01091832740")],
)

RRN_E_B64 = b64(RRN_E)
add("ko", OB, f"주민번호(base64 인코딩): {RRN_E_B64}", [("KR_RRN", RRN_E_B64)])

PHONE_B64 = b64("010-4418-2093")
add(
    "ko",
    OB,
    f"로그 필드 x-user-ctx={PHONE_B64} 값이 반복적으로 남습니다. 원인 확인 부탁드립니다.",
    [("PHONE_NUMBER", PHONE_B64)],
)

EMAIL_HEX = hexenc("minjae.gu88@naver.com")
add("ko", OB, f"디버그 덤프: payload_hex={EMAIL_HEX}", [("EMAIL_ADDRESS", EMAIL_HEX)])

add("ko", OB, "거꾸로 적어 둘게요(뒤에서부터 읽기): 6391-7284-010", [("PHONE_NUMBER", "6391-7284-010")])

add("ko", OB, "성명(한자): 姜度允 / 한글 띄어쓰기 입력: 강 도 윤", [("PERSON", "姜度允"), ("PERSON", "강 도 윤")])

add("ko", OB, "메일은 minjae 골뱅이 naver 쩜 com 으로 보내주세요", [("EMAIL_ADDRESS", "minjae 골뱅이 naver 쩜 com")])

add(
    "ko",
    OB,
    "택배 주소: 경기도 성남시 분당구 판교역로 이백삼십오, 에이치스퀘어 엔동 칠층",
    [("LOCATION", "경기도 성남시 분당구 판교역로 이백삼십오, 에이치스퀘어 엔동 칠층")],
)

CARD_VISA_MATH = CARD_VISA.translate(MATH)
add("ko", OB, f"카드번호 {CARD_VISA_MATH} 로 결제해 주세요", [("CREDIT_CARD", CARD_VISA_MATH)])

add("ko", OB, "연락처 010-삼삼팔일-7204 (중간 네 자리는 한글로 썼어요)", [("PHONE_NUMBER", "010-삼삼팔일-7204")])

add(
    "ko",
    OB,
    "[긴급 연락처](tel:+821048271936) 를 누르면 바로 연결됩니다. — 담당 윤서진",
    [("PHONE_NUMBER", "+821048271936"), ("PERSON", "윤서진")],
)

add(
    "ko",
    OB,
    f'<input type="hidden" name="jumin" value="{RRN_H}"><input type="hidden" name="nm" value="서말순">',
    [("KR_RRN", RRN_H), ("PERSON", "서말순")],
)

add(
    "ko",
    OB,
    "통장 뒷자리만 말씀드리면 573... 아니 앞에서부터 할게요. 신한 일일공 다시 삼팔사 다시 오칠이구일육",
    [("BANK_ACCOUNT", "일일공 다시 삼팔사 다시 오칠이구일육")],
)

add(
    "ko",
    OB,
    "면허번호 13ー19ー047362ー81 / 여권 M４８１２０９３７",
    [("KR_DRIVER_LICENSE", "13ー19ー047362ー81"), ("KR_PASSPORT", "M４８１２０９３７")],
)

add(
    "ko",
    OB,
    "주소 알려드릴게요 🏠 서울시 ✨마포구✨ 와우산로 ⑨④, 3층 (엘베 없음)",
    [("LOCATION", "서울시 ✨마포구✨ 와우산로 ⑨④, 3층")],
)

# ======================================================================= OBFUSCATED — ENGLISH
add(
    "en",
    OB,
    "You can reach me at j0hn.sm1th (at) gm4il (dot) com — John Smith",
    [("EMAIL_ADDRESS", "j0hn.sm1th (at) gm4il (dot) com"), ("PERSON", "John Smith")],
)

add(
    "en",
    OB,
    "Call Grace on (415) five-five-five, oh-one-three-nine after six.",
    [("PERSON", "Grace"), ("PHONE_NUMBER", "(415) five-five-five, oh-one-three-nine")],
)

add(
    "en",
    OB,
    "RP/SELK1394Q/  6 SSR CTCE KE HK1/JIWOO.PARK//HANMAIL.NET  7 SSR CTCM KE HK1/821033817204",
    [("EMAIL_ADDRESS", "JIWOO.PARK//HANMAIL.NET"), ("PHONE_NUMBER", "821033817204")],
)

add(
    "en",
    OB,
    "Signed for by J. R. Whitfield on behalf of G. Whitfield (recipient).",
    [("PERSON", "J. R. Whitfield"), ("PERSON", "G. Whitfield")],
)

add(
    "en",
    OB,
    "Our contractor's name is spelled differently on each form: Yoon Seo-jin, Yun Seojin, YOON SEOJIN.",
    [("PERSON", "Yoon Seo-jin"), ("PERSON", "Yun Seojin"), ("PERSON", "YOON SEOJIN")],
)

add(
    "en",
    OB,
    "Suspicious logins came from 0xCB00714D and 3405803853 (same host, hex and integer forms) and ::ffff:203.0.113.77.",
    [("IP_ADDRESS", "0xCB00714D"), ("IP_ADDRESS", "3405803853"), ("IP_ADDRESS", "::ffff:203.0.113.77")],
)

CARD_MC_WORDS = " ".join(
    [
        "five two one nine",
        "four seven three zero",
        "two one eight four",
        "six six five "
        + ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(CARD_MC[-1])],
    ]
)
add(
    "en",
    OB,
    f"Caller read out the card: {CARD_MC_WORDS}. Expiry oh-nine twenty-seven.",
    [("CREDIT_CARD", CARD_MC_WORDS)],
)

add(
    "en",
    OB,
    f"https://pay.example-shop.com/checkout?cc={CARD_MC_PLAIN}&exp=0927&name=Samuel%20Okafor",
    [("CREDIT_CARD", CARD_MC_PLAIN), ("PERSON", "Samuel%20Okafor")],
)

EMAIL_PCT = pct("grace.whitfield@shipfast.dev").replace(".", "%2E")
add("en", OB, f'<a href="mailto:{EMAIL_PCT}?subject=Delivery">Contact recipient</a>', [("EMAIL_ADDRESS", EMAIL_PCT)])

JSON_B64 = b64('{"email":"o.brandt@kontor-nord.de"}')
add("en", OB, f"cookie: session_ctx={JSON_B64}; Path=/; HttpOnly", [("EMAIL_ADDRESS", JSON_B64)])

add(
    "en",
    OB,
    "my new addy is m4rcu5 [at] f3ld [d0t] io, don't let the bots scrape it lol",
    [("EMAIL_ADDRESS", "m4rcu5 [at] f3ld [d0t] io")],
)

PHONE_MONO = "+1 646 555 0187".translate(MONO)
add("en", OB, f"Bio: dm me or text {PHONE_MONO} ✌️", [("PHONE_NUMBER", PHONE_MONO)])

add(
    "en",
    OB,
    "Customer name typed backwards to dodge the filter: notloH enyawD (reverse it).",
    [("PERSON", "notloH enyawD")],
)

add(
    "en",
    OB,
    '{"contact": {"cc": "+44", "area": "7700", "local": "900418"}, "name": "Oluwaseun Adeyemi"}',
    [("PHONE_NUMBER", '+44", "area": "7700", "local": "900418'), ("PERSON", "Oluwaseun Adeyemi")],
)

IBAN_GB_SEP = IBAN_GB.replace(" ", "～")
add(
    "en", OB, f"Beneficiary account: {IBAN_GB_SEP} (copied from a PDF with odd tildes)", [("BANK_ACCOUNT", IBAN_GB_SEP)]
)

CARD_AMEX_VERT = "\n".join(CARD_AMEX.replace("-", ""))
add("en", OB, f"OCR of a vertically embossed card:\n{CARD_AMEX_VERT}\nexp 11/28", [("CREDIT_CARD", CARD_AMEX_VERT)])

add(
    "en",
    OB,
    "Address is one-four-eight-two Maple Ridge Drive, Austin, Texas, seven-eight-seven-four-five.",
    [("LOCATION", "one-four-eight-two Maple Ridge Drive, Austin, Texas, seven-eight-seven-four-five")],
)

add(
    "en",
    OB,
    "Ping h.lowe at brightline dot org — H. Lowe is the shift lead.",
    [("EMAIL_ADDRESS", "h.lowe at brightline dot org"), ("PERSON", "H. Lowe")],
)

add(
    "en",
    OB,
    '=CONCAT("+1 ", "509", "-555-", "0148") is the claimant phone; =PROPER("teresa villanueva") her name.',
    [("PHONE_NUMBER", '+1 ", "509", "-555-", "0148'), ("PERSON", "teresa villanueva")],
)

# ======================================================================= OBFUSCATED — MIXED
RRN_J_SPACED = " ".join(RRN_J.replace("-", ""))
add(
    "mixed",
    OB,
    f"STT 결과 (digits spaced out): 주민번호 {RRN_J_SPACED} 라고 말씀하셨습니다.",
    [("KR_RRN", RRN_J_SPACED)],
)

add(
    "mixed",
    OB,
    "My Korean phone is 공일공-2218-오오사칠, call after 6pm plz 🙏",
    [("PHONE_NUMBER", "공일공-2218-오오사칠")],
)

ARN_C_FW = ARN_C.translate(FW)
add(
    "mixed",
    OB,
    f"Translated form field 'Alien Reg. No.' = {ARN_C_FW} (full-width digits from the Japanese IME)",
    [("KR_ALIEN_REG", ARN_C_FW)],
)

RRN_G_HEX = hexenc(RRN_G)
add("mixed", OB, f"QR 코드 디코딩 결과 hex: {RRN_G_HEX} → 면허증 뒷면 데이터", [("KR_RRN", RRN_G_HEX)])

add(
    "mixed",
    OB,
    "[류지안 프로필](https://intra.example.kr/profile?email=jian.ryu%40mois.go.kr&tel=010-3917-2046)",
    [("PERSON", "류지안"), ("EMAIL_ADDRESS", "jian.ryu%40mois.go.kr"), ("PHONE_NUMBER", "010-3917-2046")],
)

BRN_ZW = zwsp(BRN_3)
add("mixed", OB, f"Vendor BRN (copied from web, has invisible chars): {BRN_ZW}", [("KR_BRN", BRN_ZW)])

CRN_DOTS = CRN_1.replace("-", "·")
add("mixed", OB, f"법인등록번호 CRN {CRN_DOTS} — 가운데점으로 구분됨", [("KR_CRN", CRN_DOTS)])

add(
    "mixed",
    OB,
    "Name on ticket: KIM M.J. (김민*) — full name 김 민 지 confirmed at the counter",
    [("PERSON", "KIM M.J."), ("PERSON", "김 민 지")],
)

add(
    "mixed",
    OB,
    "email 주소: hayul.kwon 앳 mois-cloud 닷 kr (봇 방지용)",
    [("EMAIL_ADDRESS", "hayul.kwon 앳 mois-cloud 닷 kr")],
)

RRN_N2_MIX = RRN_N2[:3] + "🎂" + RRN_N2[3:8] + "👶" + RRN_N2[8:]
add("mixed", OB, f"아기 출생신고 완료 🎉 baby's RRN {RRN_N2_MIX} 이제 등록됨!", [("KR_RRN", RRN_N2_MIX)])

PASS_SPLIT = "M 7 2 4 B 1 9 3 8"
add(
    "mixed",
    OB,
    f"Passport no. (spaced for readability): {PASS_SPLIT} — 금보라",
    [("KR_PASSPORT", PASS_SPLIT), ("PERSON", "금보라")],
)

ACC_JSON = '"bank": "우리은행", "acct_head": "1002", "acct_mid": "947", "acct_tail": "382615"'
add("mixed", OB, f"{{{ACC_JSON}}}", [("BANK_ACCOUNT", '1002", "acct_mid": "947", "acct_tail": "382615')])

add(
    "mixed",
    OB,
    "IPv4 in 한글: 일구이 점 일육팔 점 십 점 사십이 — NAS 접속 주소임",
    [("IP_ADDRESS", "일구이 점 일육팔 점 십 점 사십이")],
)

PHONE_PCT_KR = pct("010-2739-4156 제이크")
add("mixed", OB, f"GET /track?rcv={PHONE_PCT_KR}&v=2 HTTP/1.1", [("PHONE_NUMBER", PHONE_PCT_KR)])

add(
    "mixed",
    OB,
    "DL no. 서울 two-one 604718 nine-three (driver read it out)",
    [("KR_DRIVER_LICENSE", "서울 two-one 604718 nine-three")],
)

HI_B64 = b64("52718304962")
add(
    "mixed",
    OB,
    f"건강보험 번호 필드가 base64로 저장되어 있습니다: hi_no_b64={HI_B64}",
    [("KR_HEALTH_INSURANCE", HI_B64)],
)

add(
    "mixed",
    OB,
    "Signed: 𝐊𝐢𝐦 𝐓𝐚𝐞-𝐡𝐞𝐞 (bold unicode from a Notion page), 연락 𝟬𝟭𝟬-𝟯𝟭𝟭𝟴-𝟰𝟰𝟳𝟱",
    [("PERSON", "𝐊𝐢𝐦 𝐓𝐚𝐞-𝐡𝐞𝐞"), ("PHONE_NUMBER", "𝟬𝟭𝟬-𝟯𝟭𝟭𝟴-𝟰𝟰𝟳𝟱")],
)

add(
    "mixed",
    OB,
    "소포 받는 분 J.H. Lim (임재현), 주소는 below:\n경기도\n성남시 분당구\n황새울로 258\n1304호",
    [("PERSON", "J.H. Lim"), ("PERSON", "임재현"), ("LOCATION", "경기도\n성남시 분당구\n황새울로 258\n1304호")],
)

# ======================================================================= EXTRA POSITIVES (weaker entities)
add(
    "mixed",
    P,
    f"""Dependent registration (건강보험 피부양자 취득신고)
Subscriber 가입자: 원태호 / 건강보험증번호 31904827715
Dependent 피부양자: spouse Maria Santos, 외국인등록번호 {ARN_F}
Address: 인천광역시 남동구 예술로 152, 1201호""",
    [
        ("PERSON", "원태호"),
        ("KR_HEALTH_INSURANCE", "31904827715"),
        ("PERSON", "Maria Santos"),
        ("KR_ALIEN_REG", ARN_F),
        ("LOCATION", "인천광역시 남동구 예술로 152, 1201호"),
    ],
)

add(
    "en",
    P,
    """Certified translation of a Korean driver's licence
Licence No.: 23-18-552019-40   Class: 2nd class ordinary
Name: LIM SORA   Date of issue: 2018-10-02
Address: 31, Gyeongin-ro 600beon-gil, Bupyeong-gu, Incheon""",
    [
        ("KR_DRIVER_LICENSE", "23-18-552019-40"),
        ("PERSON", "LIM SORA"),
        ("LOCATION", "31, Gyeongin-ro 600beon-gil, Bupyeong-gu, Incheon"),
    ],
)

add(
    "mixed",
    P,
    f"""렌터카 대여계약서 (Rental agreement)
임차인 Renter: 하승민 / 운전면허 부산 15-338120-77
제2운전자 Additional driver: Chloe Dubois (international permit)
보증 카드 Deposit card: {CARD_MC2}
반납: 김해공항 지점 2024-06-03 10:00""",
    [
        ("PERSON", "하승민"),
        ("KR_DRIVER_LICENSE", "부산 15-338120-77"),
        ("PERSON", "Chloe Dubois"),
        ("CREDIT_CARD", CARD_MC2),
    ],
)

add(
    "ko",
    P,
    f"""등기사항전부증명서(말소사항 포함) — 법인 발췌
등록번호 {CRN_5}
상호 주식회사 은하수바이오
본점 충청북도 청주시 흥덕구 오송읍 오송생명2로 187
대표이사 공태윤 (주민등록번호 {RRN_L})""",
    [
        ("KR_CRN", CRN_5),
        ("LOCATION", "충청북도 청주시 흥덕구 오송읍 오송생명2로 187"),
        ("PERSON", "공태윤"),
        ("KR_RRN", RRN_L),
    ],
)

add(
    "en",
    P,
    f"""KYC checklist — corporate onboarding
Entity: Eunhasu Bio Co., Ltd. (Korean corporate registration no. {CRN_5_PLAIN})
Business registration no.: {BRN_5}
Ultimate beneficial owner: Gong Tae-yoon, passport M203K8841
Compliance reviewer: Natalie Brooks""",
    [
        ("KR_CRN", CRN_5_PLAIN),
        ("KR_BRN", BRN_5),
        ("PERSON", "Gong Tae-yoon"),
        ("KR_PASSPORT", "M203K8841"),
        ("PERSON", "Natalie Brooks"),
    ],
)

add(
    "ko",
    P,
    """[국민건강보험공단] 2024년 일반건강검진 대상자 안내
대상자: 육미경 님 (건강보험증 번호 61028374519)
검진기관 예약: 1577-1000 또는 검진기관에 직접 문의
주소지: 경상남도 김해시 김해대로 2401, 108동 703호""",
    [
        ("PERSON", "육미경"),
        ("KR_HEALTH_INSURANCE", "61028374519"),
        ("LOCATION", "경상남도 김해시 김해대로 2401, 108동 703호"),
    ],
)

add(
    "mixed",
    P,
    f"""International student record (유학생 관리 시스템)
Student: Nguyen Thi Lan (응우옌 티 란), D-2 visa
ARN 외국인등록번호: {ARN_G}
Emergency contact: +84 912 345 678
Dorm: 대전광역시 유성구 대학로 291, 기숙사 3동 214호""",
    [
        ("PERSON", "Nguyen Thi Lan"),
        ("PERSON", "응우옌 티 란"),
        ("KR_ALIEN_REG", ARN_G),
        ("PHONE_NUMBER", "+84 912 345 678"),
        ("LOCATION", "대전광역시 유성구 대학로 291, 기숙사 3동 214호"),
    ],
)

add(
    "en",
    P,
    """K-ETA / e-Visa application draft
Applicant: Hyun Ji-woo   Passport: M831Q2706 (issued 2023-04-11)
Sponsor in the UK: Oliver Hartley, 12 Kingsley Gardens, Oxford OX2 6JN
Sponsor phone: +44 1865 555 210""",
    [
        ("PERSON", "Hyun Ji-woo"),
        ("KR_PASSPORT", "M831Q2706"),
        ("PERSON", "Oliver Hartley"),
        ("LOCATION", "12 Kingsley Gardens, Oxford OX2 6JN"),
        ("PHONE_NUMBER", "+44 1865 555 210"),
    ],
)

add(
    "ko",
    P,
    f"""상속재산 조회 신청 (안심상속 원스톱)
사망자: 나봉수 (주민등록번호 {RRN_O})
신청인(자녀): 나은영 / 010-6620-3185
상속인 금융계좌: 새마을금고 9003-2841-7730-9""",
    [
        ("PERSON", "나봉수"),
        ("KR_RRN", RRN_O),
        ("PERSON", "나은영"),
        ("PHONE_NUMBER", "010-6620-3185"),
        ("BANK_ACCOUNT", "9003-2841-7730-9"),
    ],
)

add(
    "mixed",
    P,
    f"""query VendorLookup {{
  vendor(brn: "{BRN_4}") {{
    name        # (주)한빛방산
    crn         # "{CRN_4}"
    contact {{ name: "우태경", phone: "010-5583-0217" }}
  }}
}}""",
    [("KR_BRN", BRN_4), ("KR_CRN", CRN_4), ("PERSON", "우태경"), ("PHONE_NUMBER", "010-5583-0217")],
)


# ---------------------------------------------------------------- build
GLUED_OK = {"WALSH/NIAMH"}  # BCBP glues the name to "M1" by design


def build() -> list[dict[str, object]]:
    rows = []
    for n, (lang, kind, text, labels) in enumerate(CASES):
        assert lang in ("ko", "en", "mixed") and kind in (P, N, OB)
        assert (kind == N) == (not labels), (kind, text)
        assert all(e in ENTITIES for e, _ in labels)
        rows.append(
            {"id": f"fifth-{n:03d}", "lang": lang, "kind": kind, "text": text, "spans": place(text, labels, GLUED_OK)}
        )
    return rows


def main() -> None:
    rows = build()
    out = Path(__file__).with_name("heldout_fifth.jsonl")
    write_jsonl(out, rows)
    from collections import Counter

    print(f"wrote {len(rows)} cases to {out}")
    print(Counter((r["kind"], r["lang"]) for r in rows))
    print(Counter(s["entity"] for r in rows for s in r["spans"]))  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
