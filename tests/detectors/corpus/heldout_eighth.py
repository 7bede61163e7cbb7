# ruff: noqa: E501
"""Eighth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring and build()/main() of heldout_seventh.py, whose schema and conventions it copies). The evaluation
script was only run, never read.

New domains: hospital EMR extracts and discharge summaries (퇴원요약, 간호 인계, 처방전, PACS), school NEIS
records, parent letters (가정통신문) and scholarship forms, 출입국·외국인청 visa and alien-registration files
(체류연장, 결혼이민, 고용허가), 나라장터 procurement bids and contracts with business/corporate numbers,
등기사항전부증명서 (real-estate register) extracts, 택배 delivery complaints, bank call-centre scripts and
voice-phishing reports, card-dispute and chargeback letters, SQL INSERT dumps, COPY blocks and ORM fixtures, nginx
and JSON server logs, YAML/.env/docker-compose configs, Slack/Teams threads, Outlook e-mail threads in English with
US/UK addresses and phones, 건강보험 and private insurance claims (증번호), driver's licences (region-coded, digit
and name forms), passports (old M+8 digits, new M+3 digits+letter+4 digits), rental-car and official-trip lists.

Labelling decisions (same as the seventh set):
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
Added for this set (not covered by the seventh's text): a driver's licence in the older region-name form
("서울 19-384756-21") is labelled including the region name; hospital patient numbers (등록번호/MRN), policy and
claim numbers, 요양기관기호, 등기 고유번호 and foreign passport numbers are not labelled; a 건강보험증 번호 is
labelled KR_HEALTH_INSURANCE.
"""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_check, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

random.seed(8_2025_0611)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


def dg(n: int, first: str = "0123456789") -> str:
    return random.choice(first) + "".join(random.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- generators (synthetic, real check digits)
def rr(yymmdd: str, g: int) -> str:
    return rrn(yymmdd, g, dg(5))


def mob() -> str:
    return f"010-{dg(4, '23456789')}-{dg(4)}"


def seoul() -> str:
    return f"02-{dg(4, '23456789')}-{dg(4)}"


def area(code: str) -> str:
    return f"{code}-{dg(3, '23456789')}-{dg(4)}"


def voip() -> str:
    return f"070-{dg(4, '2345678')}-{dg(4)}"


def pp_old() -> str:
    return "M" + dg(8, "123456789")


def pp_new() -> str:
    return "M" + dg(3, "123456789") + random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dg(4)


def dlic(region: str = "11") -> str:
    return f"{region}-{random.choice(['07', '09', '12', '15', '17', '19', '21', '23'])}-{dg(6)}-{dg(2)}"


def hins() -> str:
    return dg(1, "1234567") + dg(10, "123456789")


def kb() -> str:
    return f"{dg(6, '123456789')}-{dg(2)}-{dg(6)}"


def shinhan() -> str:
    return f"110-{dg(3, '123456789')}-{dg(6)}"


def woori() -> str:
    return f"1002-{dg(3, '123456789')}-{dg(6)}"


def hana() -> str:
    return f"{dg(3, '123456789')}-{dg(6)}-{dg(5)}"


def nh() -> str:
    return f"{random.choice(['301', '302', '351', '352', '356'])}-{dg(4)}-{dg(4)}-{dg(2)}"


def ibk() -> str:
    return f"{dg(3, '123456789')}-{dg(6)}-{dg(2)}-{dg(3)}"


def kakao() -> str:
    return f"3333-{dg(2)}-{dg(7)}"


def toss() -> str:
    return f"1000-{dg(4)}-{dg(4)}"


def post() -> str:
    return f"{dg(6, '123456789')}-{dg(2)}-{dg(6)}"


def mg() -> str:
    return f"9002-{dg(4)}-{dg(4)}-{dg(1)}"


def visa() -> str:
    return card("4" + dg(14))


def master() -> str:
    return card("5" + dg(1, "12345") + dg(13))


def amex() -> str:
    return card("37" + dg(12), groups=(4, 6, 5))


def jcb() -> str:
    return card("35" + dg(1, "2345678") + dg(12))


def pub_ip() -> str:
    return f"{random.choice([211, 175, 121, 58, 112, 220, 59, 118, 223, 114])}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(1, 254)}"


def priv_ip() -> str:
    return random.choice(
        [
            f"10.{random.randint(0, 254)}.{random.randint(0, 254)}.{random.randint(2, 254)}",
            f"192.168.{random.randint(0, 254)}.{random.randint(2, 254)}",
            f"172.{random.randint(16, 31)}.{random.randint(0, 254)}.{random.randint(2, 254)}",
        ]
    )


def nonluhn(digits: str) -> str:
    """A digit string made to FAIL the Luhn check (order and approval numbers in negatives)."""
    if luhn_ok(digits):
        digits = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    assert not luhn_ok(digits)
    return digits


# ---------------------------------------------------------------- obfuscation helpers
_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
_EN = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))
_NATIVE = dict(zip("0123456789", "영 하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉".split(), strict=True))
_CIRC = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
_SUP = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
_HANJA = dict(zip("0123456789", "零一二三四五六七八九", strict=True))


def fullwidth(s: str) -> str:
    return s.translate(_FW)


def interleave(s: str, mark: str) -> str:
    return mark.join(s)


def sino(s: str, dash: str = " ") -> str:
    return "".join(_SINO.get(c, dash) for c in s)


def words(s: str, table: dict[str, str], dash: str = ", ") -> str:
    out: list[str] = []
    for c in s:
        if c in table:
            out.append(table[c])
        else:
            out.append(dash.strip() or "-")
    return " ".join(out)


def mapd(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def bold(s: str) -> str:
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def keycap(s: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def hexs(s: str) -> str:
    return s.encode().hex()


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def html_ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def json_u(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def defang_mail(s: str) -> str:
    local, dom = s.split("@")
    return f"{local} [at] {dom.replace('.', ' [dot] ')}"


def defang_ip(s: str) -> str:
    return s.replace(".", "[.]")


def plain(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


ZW, SHY, NBSP, ZWJ = "\u200b", "\u00ad", "\u00a0", "\u200d"


# ================================================================ POSITIVE
# ---------------------------------------------------------------- hospital EMR / discharge summaries
r1, p1 = rr("620315", 2), mob()
add(
    "ko",
    P,
    f"""퇴원요약지 문장 좀 환자 보호자용으로 쉽게 바꿔 주세요.
---
[퇴원요약] 환자명: 박서연 / 등록번호 00482291 / 주민번호 {r1}
입원 2025-02-11 ~ 퇴원 2025-02-19, 진단 급성 충수염(K35.8), 복강경 충수절제술 시행
주치의: 외과 이도윤 교수 / 보호자(배우자) 연락처 {p1}
퇴원 후 7일째 외래 재진, 발열 38도 이상 시 응급실 내원""",
    [("PERSON", "박서연"), ("KR_RRN", r1), ("PERSON", "이도윤"), ("PHONE_NUMBER", p1)],
)

p1, e1 = "+82 10-" + dg(4, "2345678") + "-" + dg(4), "d.whitfield84@gmail.com"
add(
    "mixed",
    P,
    f"""아래 영문 퇴원 안내를 한국어로 번역해서 가족분께 보내려고 합니다.

DISCHARGE SUMMARY - International Healthcare Center
Patient: Daniel Whitfield (M/41), MRN 2025-00731
Local address: 서울특별시 용산구 이태원로 211, 502호
Contact: {p1} / {e1}
Attending physician: Dr. 한지욱 (Cardiology)
Mr. Whitfield was admitted with chest pain; troponin negative x3. Discharged on aspirin 100 mg.""",
    [
        ("PERSON", "Daniel Whitfield"),
        ("LOCATION", "서울특별시 용산구 이태원로 211, 502호"),
        ("PHONE_NUMBER", p1),
        ("EMAIL_ADDRESS", e1),
        ("PERSON", "한지욱"),
        ("PERSON", "Whitfield"),
    ],
)

h1, p1 = hins(), mob()
add(
    "ko",
    P,
    f"""간호 인계장 양식으로 요약해줘 (SBAR).
환자 최하은(F/67) 701호 2번 베드, 건강보험증번호 {h1}
주소: 경기도 고양시 일산동구 중앙로 1275번길 38-10
당뇨, 인슐린 RI 4u tid, 낙상 고위험. 보호자 아들 정우진 {p1}
야간 혈당 62 → D50 투여 후 118""",
    [
        ("PERSON", "최하은"),
        ("KR_HEALTH_INSURANCE", h1),
        ("LOCATION", "경기도 고양시 일산동구 중앙로 1275번길 38-10"),
        ("PERSON", "정우진"),
        ("PHONE_NUMBER", p1),
    ],
)

r1, r2, r3 = rr("670902", 1), rr("910118", 2), rrn_new("210507", 4, dg(6))
add(
    "ko",
    P,
    f"""EMR에서 뽑은 재원환자 목록인데 병동별로 정렬하고 진료과 통계 내줘.
병동,환자명,성별/나이,주민번호,진료과
71W,오승현,M/58,{r1},내과
72W,윤채원,F/34,{r2},산부인과
PICU,장하람,F/3,{r3},소아청소년과""",
    [("PERSON", "오승현"), ("KR_RRN", r1), ("PERSON", "윤채원"), ("KR_RRN", r2), ("PERSON", "장하람"), ("KR_RRN", r3)],
)

p1 = area("031")
add(
    "ko",
    P,
    f"""수술동의서 대리인 서명란이 맞게 채워졌는지 확인해 주세요.
환자: 장민혁 (의식저하로 본인 서명 불가)
대리인: 장서영 / 관계: 딸 / 연락처 {p1}
설명 의사: 신경외과 권나연
장민혁 님의 수술 위험도는 ASA III으로 설명함.""",
    [("PERSON", "장민혁"), ("PERSON", "장서영"), ("PHONE_NUMBER", p1), ("PERSON", "권나연"), ("PERSON", "장민혁")],
)

r1 = rrn_new("770624", 2, dg(6))
add(
    "ko",
    P,
    f"""원외처방전 내용을 약국 전달용으로 표로 만들어 주세요.
요양기관기호 11100457 / 교부번호 2025-0312-00118
환자 성명 임수빈 / 주민등록번호 {r1}
처방 의료인 강태윤 (면허번호 제48211호)
1) 아목시실린 500mg 1T tid 5일  2) 이부프로펜 200mg 1T prn""",
    [("PERSON", "임수빈"), ("KR_RRN", r1), ("PERSON", "강태윤")],
)

a1, p1 = arn("890214", 6, dg(5)), mob()
add(
    "mixed",
    P,
    f"""Please summarise this consult note for tomorrow's ward round, in Korean.

CONSULT - Nephrology
Pt: Priya Raman, 36F, foreign resident (ARN {a1}), ph {p1}
Ms. Raman reports 3 days of flank pain. Cr 1.8 (baseline 0.9). US: mild R hydronephrosis.
Plan: urology consult, hold NSAIDs. Seen by 신동훈 (R2).""",
    [("PERSON", "Priya Raman"), ("KR_ALIEN_REG", a1), ("PHONE_NUMBER", p1), ("PERSON", "Raman"), ("PERSON", "신동훈")],
)

ac = kb()
add(
    "ko",
    P,
    f"""진료비 과오납 환불 안내 문자를 정중하게 다듬어 주세요.
"조예린 님, 2025.01.08 외래 진료비 중 32,400원이 과다 수납되어 환불해 드립니다.
환불 계좌: 국민은행 {ac} (예금주 조예린) / 처리 예정일 3월 14일"
""",
    [("PERSON", "조예린"), ("BANK_ACCOUNT", ac), ("PERSON", "조예린")],
)

ip1, e1 = priv_ip(), "radiology.kim@snuh-partner.co.kr"
add(
    "ko",
    P,
    f"""PACS 뷰어 접속 장애 보고서를 정리해 주세요.
- 발생: 03/05 08:40, 영상의학과 판독실 3번 PC ({ip1})
- 증상: DICOM 로딩 시 timeout, 재부팅 후 동일
- 보고자: 영상의학과 김태오 ({e1})
- 조치: 네트워크팀 문가은 주임 원격 점검 예정""",
    [("IP_ADDRESS", ip1), ("PERSON", "김태오"), ("EMAIL_ADDRESS", e1), ("PERSON", "문가은")],
)

p1 = area("055")
add(
    "ko",
    P,
    f"""보호자에게 보내는 장기 입원 안내 우편 주소 라벨 만들어 줘.
받는 분: 배성민 님 (환자 배옥순 님의 아드님)
주소: 경상남도 진주시 금산면 장사리 318-4
전화: {p1}""",
    [
        ("PERSON", "배성민"),
        ("PERSON", "배옥순"),
        ("LOCATION", "경상남도 진주시 금산면 장사리 318-4"),
        ("PHONE_NUMBER", p1),
    ],
)

# ---------------------------------------------------------------- school: NEIS, parent letters
r1, p1 = rr("110423", 3), mob()
add(
    "ko",
    P,
    f"""NEIS 학적 기초자료 정정 요청 공문 초안 써 주세요.
학생: 3학년 2반 14번 류도하
주민등록번호: {r1} (가족관계증명서와 생년월일 불일치)
보호자: 류재호 {p1}
주소: 경기도 수원시 영통구 광교중앙로 145, 1203동 801호""",
    [
        ("PERSON", "류도하"),
        ("KR_RRN", r1),
        ("PERSON", "류재호"),
        ("PHONE_NUMBER", p1),
        ("LOCATION", "경기도 수원시 영통구 광교중앙로 145, 1203동 801호"),
    ],
)

p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""가정통신문 회신서 받은 걸 엑셀로 옮기게 표로 정리해줘.
1. 5학년 1반 송유나 - 현장체험학습 참가 동의 / 보호자 송기철 {p1}
2. 5학년 1반 백승우 - 불참(가족여행) / 보호자 노은비 {p2}
3. 5학년 1반 안지후 - 미회신""",
    [
        ("PERSON", "송유나"),
        ("PERSON", "송기철"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "백승우"),
        ("PERSON", "노은비"),
        ("PHONE_NUMBER", p2),
        ("PERSON", "안지후"),
    ],
)

p1 = seoul()
add(
    "mixed",
    P,
    f"""다문화 학부모님께 보낼 안내문을 영어로 번역해 주세요. 원문은 아래와 같습니다.

Dear Ms. Maria Santos Dela Cruz,
(번역 필요) 자녀 유다인 학생의 2학기 학부모 상담이 10월 17일 오후 4시로 잡혔습니다.
담임 교사 구본혁, 교무실 직통 {p1}로 일정 변경 가능합니다.""",
    [("PERSON", "Maria Santos Dela Cruz"), ("PERSON", "유다인"), ("PERSON", "구본혁"), ("PHONE_NUMBER", p1)],
)

ac, r1 = nh(), rr("080930", 4)
add(
    "ko",
    P,
    f"""교육청 장학금 신청서 검토 부탁드립니다. 빠진 항목 있으면 알려 주세요.
신청 학생: 2학년 7반 마서윤 / 주민등록번호 {r1}
학부모: 마정훈 (아버지)
지급 계좌: 농협 {ac} 예금주 마정훈
가구원 수 4명, 기초생활수급 여부: 해당 없음""",
    [("PERSON", "마서윤"), ("KR_RRN", r1), ("PERSON", "마정훈"), ("BANK_ACCOUNT", ac), ("PERSON", "마정훈")],
)

e1, e2 = "tak.minseo@sen.go.kr", "heo.jy1987@sen.go.kr"
add(
    "ko",
    P,
    f"""교원 연수 명단 메일 주소 형식이 맞는지 확인해 주세요.
| 성명 | 담당 | 메일 |
| 탁민서 | 과학 | {e1} |
| 허준영 | 정보 | {e2} |
| 김소율 | 상담 | 미등록 |""",
    [("PERSON", "탁민서"), ("EMAIL_ADDRESS", e1), ("PERSON", "허준영"), ("EMAIL_ADDRESS", e2), ("PERSON", "김소율")],
)

p1 = mob()
add(
    "ko",
    P,
    f"""Wee클래스 상담일지 요약 좀 해 주세요 (교감 보고용).
일시 2025.04.22 5교시 / 내담 학생 이한결(2-3) / 상담교사 편지수
내용: 교우관계 갈등, 수면 부족 호소. 어머니 연락 요청 → {p1}
한결 학생은 다음 주 화요일 추가 상담 예정.""",
    [("PERSON", "이한결"), ("PERSON", "편지수"), ("PHONE_NUMBER", p1), ("PERSON", "한결")],
)

add(
    "ko",
    P,
    """전입학 서류 중 주소 부분만 뽑아서 정리해 주세요.
전입생: 서지호 (초4)
이전 주소: 전라북도 전주시 완산구 효자동2가 1247-3
새 주소: 세종특별자치시 한누리대로 2130, 608동 1502호
전출교: 전주효자초""",
    [
        ("PERSON", "서지호"),
        ("LOCATION", "전라북도 전주시 완산구 효자동2가 1247-3"),
        ("LOCATION", "세종특별자치시 한누리대로 2130, 608동 1502호"),
    ],
)

p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""방과후 신청 명단에서 중복 신청자 찾아 줘.
학년반,이름,강좌,보호자연락처
3-1,전재원,로봇코딩,{p1}
3-4,황보영진,바이올린,{p2}
3-1,전재원,바둑,{p1}""",
    [
        ("PERSON", "전재원"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "황보영진"),
        ("PHONE_NUMBER", p2),
        ("PERSON", "전재원"),
        ("PHONE_NUMBER", p1),
    ],
)

# ---------------------------------------------------------------- immigration (출입국·외국인청)
a1, p1 = arn("930612", 5, dg(5)), mob()
add(
    "ko",
    P,
    f"""체류기간 연장 허가 신청서 검토 의견 작성해 주세요.
성명: NGUYEN VAN HUNG / 국적: 베트남 / 체류자격 E-9
외국인등록번호: {a1}
체류지: 경기도 화성시 향남읍 발안공단로 120
연락처: {p1} / 고용주: (주)동성정밀""",
    [
        ("PERSON", "NGUYEN VAN HUNG"),
        ("KR_ALIEN_REG", a1),
        ("LOCATION", "경기도 화성시 향남읍 발안공단로 120"),
        ("PHONE_NUMBER", p1),
    ],
)

a1, e1 = arn("960305", 6, dg(5)), "hr.team@daesung-tech.co.kr"
add(
    "en",
    P,
    f"""Can you make this e-mail to the immigration office sound more formal?

Hello, this is the HR team of Daesung Tech. Our engineer Tran Thi Mai (ARN {a1}) holds an E-7-1 visa
expiring on 2025-06-30. We would like to apply for an extension before the deadline. Ms. Tran's new
residence is 18 Gwanggyo-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do 16229. Please reply to {e1}.""",
    [
        ("PERSON", "Tran Thi Mai"),
        ("KR_ALIEN_REG", a1),
        ("PERSON", "Tran"),
        ("LOCATION", "18 Gwanggyo-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do 16229"),
        ("EMAIL_ADDRESS", e1),
    ],
)

a1 = arn("020819", 7, dg(5))
add(
    "ko",
    P,
    f"""유학생 D-2 자격 변경 상담 메모를 정리해 주세요.
- 학생: Batbayar Ganbold (몽골, 2002년생), 외국인등록번호 {a1}
- 소속: ○○대학교 기계공학과 3학년
- 요청: 졸업 후 D-10 구직 자격 변경 가능 여부
- 상담자: 외국인청 체류관리과 윤세린 주무관""",
    [("PERSON", "Batbayar Ganbold"), ("KR_ALIEN_REG", a1), ("PERSON", "윤세린")],
)

r1, a1, p1 = rr("800726", 1), arn("940111", 6, dg(5)), mob()
add(
    "ko",
    P,
    f"""결혼이민(F-6) 초청 서류 체크리스트 만들어 주세요. 신청인 정보는 아래와 같습니다.
초청인: 함도현, 주민등록번호 {r1}, 연락처 {p1}
피초청인: PHAM THI LAN, 외국인등록번호 {a1}
주소: 충청북도 청주시 흥덕구 가경로 161번길 20, 103동 405호""",
    [
        ("PERSON", "함도현"),
        ("KR_RRN", r1),
        ("PHONE_NUMBER", p1),
        ("PERSON", "PHAM THI LAN"),
        ("KR_ALIEN_REG", a1),
        ("LOCATION", "충청북도 청주시 흥덕구 가경로 161번길 20, 103동 405호"),
    ],
)

a1, a2, a3 = arn("880420", 5, dg(5)), arn("010203", 7, dg(5)), arn("990715", 6, dg(5))
add(
    "mixed",
    P,
    f"""고용허가 근로자 명단을 국적별로 분류해 주세요.
No | Name | Nationality | ARN | Site
1 | RAHMATOV AZIZ | UZB | {a1} | 김해 2공장
2 | SOKHA CHAN | KHM | {a2} | 김해 1공장
3 | SUWANNA PHROMMA | THA | {a3} | 김해 1공장""",
    [
        ("PERSON", "RAHMATOV AZIZ"),
        ("KR_ALIEN_REG", a1),
        ("PERSON", "SOKHA CHAN"),
        ("KR_ALIEN_REG", a2),
        ("PERSON", "SUWANNA PHROMMA"),
        ("KR_ALIEN_REG", a3),
    ],
)

a1, p1 = arn("850930", 5, dg(5)), voip()
add(
    "ko",
    P,
    f"""체류지 변경신고 처리결과 안내 문자 초안 써줘.
대상: AHMED KARIM (방글라데시), 외국인등록번호 {a1}
신 체류지: 인천광역시 남동구 남동대로 215, 3층
처리일 2025.05.02 / 문의: 인천출입국 체류과 {p1}""",
    [
        ("PERSON", "AHMED KARIM"),
        ("KR_ALIEN_REG", a1),
        ("LOCATION", "인천광역시 남동구 남동대로 215, 3층"),
        ("PHONE_NUMBER", p1),
    ],
)

a1, e1 = arn("970128", 6, dg(5)), "olga.petrenko97@mail.ru"
add(
    "en",
    P,
    f"""Draft a short reply to this applicant, please.

From: {e1}
Subject: D-10 job-seeker visa - documents
Dear officer, my name is Olga Petrenko, alien registration no. {a1}. I graduated from Pusan National
University in February. Which documents should I bring for the D-10 change? Thank you, Olga""",
    [("EMAIL_ADDRESS", e1), ("PERSON", "Olga Petrenko"), ("KR_ALIEN_REG", a1), ("PERSON", "Olga")],
)

# ---------------------------------------------------------------- 나라장터 procurement
b1, c1, p1 = brn("2" + dg(8)), crn("110111" + dg(6)), seoul()
add(
    "ko",
    P,
    f"""나라장터 입찰참가자격 서류 요약표를 만들어 주세요.
업체명: 주식회사 한빛정보통신
사업자등록번호: {b1}
법인등록번호: {c1}
대표자: 고영민 / 본점: 서울특별시 금천구 가산디지털1로 168, 12층
담당: 영업팀 나혜원 과장 {p1}""",
    [
        ("KR_BRN", b1),
        ("KR_CRN", c1),
        ("PERSON", "고영민"),
        ("LOCATION", "서울특별시 금천구 가산디지털1로 168, 12층"),
        ("PERSON", "나혜원"),
        ("PHONE_NUMBER", p1),
    ],
)

b1, b2, b3 = brn("1" + dg(8)), brn("4" + dg(8)), brn("6" + dg(8))
add(
    "ko",
    P,
    f"""개찰결과를 투찰률 순으로 정렬해 주세요. (공고 R25BK00412873)
순위 | 업체명 | 사업자번호 | 투찰금액 | 투찰률
1 | (주)세움이엔씨 | {b1} | 412,300,000 | 87.745%
2 | 대한토건(주) | {b2} | 413,020,000 | 87.898%
3 | 미래환경산업 | {b3} | 415,880,500 | 88.507%""",
    [("KR_BRN", b1), ("KR_BRN", b2), ("KR_BRN", b3)],
)

ac, b1 = ibk(), brn("3" + dg(8))
add(
    "ko",
    P,
    f"""계약보증금 환급 요청 공문 회신 초안 작성 부탁합니다.
계약명: 2025년 청사 방역 소독 용역 / 계약상대자: 청솔방역 (사업자 {b1})
환급 계좌: IBK기업은행 {ac} 예금주 청솔방역 염태준
환급액: 1,250,000원""",
    [("KR_BRN", b1), ("BANK_ACCOUNT", ac), ("PERSON", "염태준")],
)

e1, p1 = "sales02@jinwoo-office.kr", mob()
add(
    "ko",
    P,
    f"""수의계약 견적서 2곳 비교표 만들어 주세요.
[견적1] 진우오피스 / 견적담당 변상철 / {e1} / {p1} / 복합기 임차 월 85,000원
[견적2] 오피스큐브 / 대표번호 1588-3321 / 월 79,000원 (설치비 별도)""",
    [("EMAIL_ADDRESS", e1), ("PERSON", "변상철"), ("PHONE_NUMBER", p1)],
)

c1, b1 = crn("131111" + dg(6)), brn("8" + dg(8))
add(
    "en",
    P,
    f"""Please check this joint-venture summary for the PPS tender before I upload it.

Lead member: Hanul Engineering Co., Ltd. (BRN {b1}, corporate registration no. {c1})
Representative director: Mr. Seo Jae-won
Share: 70% / Partner: Greenbridge Consulting (foreign entity, no Korean registration)""",
    [("KR_BRN", b1), ("KR_CRN", c1), ("PERSON", "Seo Jae-won")],
)

b1, ac = brn("2" + dg(8)), woori()
add(
    "ko",
    P,
    f"""하도급대금 직접지급 합의서 내용 검토해 주세요.
발주기관: ○○구청 / 원도급: 삼영건설(주) / 하도급: 태광설비 (사업자등록번호 {b1}, 대표 길현수)
직불 계좌: 우리은행 {ac}
합의일: 2025.06.02""",
    [("KR_BRN", b1), ("PERSON", "길현수"), ("BANK_ACCOUNT", ac)],
)

# ---------------------------------------------------------------- 등기사항전부증명서 extracts
add(
    "ko",
    P,
    """등기부등본 갑구/을구 내용을 쉬운 말로 요약해 주세요.
[갑구] 순위 2 소유권이전 2019년 7월 3일 매매
  소유자 엄기석 750218-******* 서울특별시 노원구 동일로 1405, 102동 1101호
[을구] 순위 1 근저당권설정 채권최고액 금 240,000,000원
  근저당권자 주식회사 국민은행 / 채무자 엄기석""",
    [("PERSON", "엄기석"), ("LOCATION", "서울특별시 노원구 동일로 1405, 102동 1101호"), ("PERSON", "엄기석")],
)

c1 = crn("180111" + dg(6))
add(
    "ko",
    P,
    f"""법인 소유 부동산 등기 요약해 주세요. 공매 검토용입니다.
[표제부] 경상남도 창원시 의창구 용호동 7-3 대 412㎡
[갑구] 소유자 주식회사 대원산업개발 {c1} 부산광역시 해운대구 센텀중앙로 97, 15층
[갑구] 순위 5 압류 2024년 11월 8일 권리자 창원시""",
    [
        ("LOCATION", "경상남도 창원시 의창구 용호동 7-3"),
        ("KR_CRN", c1),
        ("LOCATION", "부산광역시 해운대구 센텀중앙로 97, 15층"),
    ],
)

add(
    "mixed",
    P,
    """외국인 매수인에게 설명하려고 해요. 아래 등기 요약을 영어로 옮겨 주세요.
Property: 제주특별자치도 서귀포시 안덕면 화순리 1082-5
Owner (갑구): 현승아 (acquired 2021-03-15 by sale)
Mortgage (을구): 농협은행, max secured amount KRW 180,000,000, debtor 현승아""",
    [("LOCATION", "제주특별자치도 서귀포시 안덕면 화순리 1082-5"), ("PERSON", "현승아"), ("PERSON", "현승아")],
)

add(
    "ko",
    P,
    """가압류 등기 내용 확인 부탁드립니다.
순위번호 4 / 가압류 / 2023년 9월 12일 접수 제48812호
청구금액 금 35,000,000원 / 채권자 석진우 인천광역시 연수구 컨벤시아대로 165, 2204호
채무자(소유자) 옥하윤""",
    [("PERSON", "석진우"), ("LOCATION", "인천광역시 연수구 컨벤시아대로 165, 2204호"), ("PERSON", "옥하윤")],
)

add(
    "ko",
    P,
    """전세권설정 등기 내역으로 임차인 보호 여부 판단해 주세요.
[을구] 순위 2 전세권설정 전세금 금 320,000,000원 범위 건물 전부
전세권자 도민아 대전광역시 유성구 대학로 99, 305동 1704호
존속기간 2024년 4월 1일부터 2026년 3월 31일까지""",
    [("PERSON", "도민아"), ("LOCATION", "대전광역시 유성구 대학로 99, 305동 1704호")],
)

# ---------------------------------------------------------------- 택배 delivery complaints
p1 = mob()
add(
    "ko",
    P,
    f"""택배 민원 접수 내용을 본사 보고 양식으로 정리해 주세요.
운송장번호 5689-1234-0071 / 접수 2025.03.21
받는분: 남궁현 / {p1}
주소: 서울특별시 강서구 화곡로 302, 4층 402호
내용: '배송완료' 문자 받았으나 물건 없음. 문 앞 CCTV 확인 요청""",
    [("PERSON", "남궁현"), ("PHONE_NUMBER", p1), ("LOCATION", "서울특별시 강서구 화곡로 302, 4층 402호")],
)

p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""고객이랑 기사님 통화 내용을 요약해서 경위서 초안 만들어 줘.
고객(변지아, {p1}): 경비실에 맡겨 달라고 했는데 계단에 두고 가셨어요. 비 맞아서 박스가 다 젖었어요.
기사(엄태식, {p2}): 경비실이 닫혀 있어서 사진 찍고 문자 드렸습니다.
고객: 문자 못 받았어요. 변지아 앞으로 보상 처리해 주세요.""",
    [("PERSON", "변지아"), ("PHONE_NUMBER", p1), ("PERSON", "엄태식"), ("PHONE_NUMBER", p2), ("PERSON", "변지아")],
)

p1 = "+82 10-" + dg(4, "2345678") + "-" + dg(4)
add(
    "en",
    P,
    f"""Help me reply to this customer politely; the parcel is stuck at the Gunpo hub.

Hi, I ordered a monitor (order #KR-20250408-77361) and tracking hasn't moved for 6 days.
Name: Kevin Mbeki
Address: 25 Olympic-ro 35-gil, Songpa-gu, Seoul 05510
Phone: {p1}
Please call me before redelivery. Thanks, Kevin""",
    [
        ("PERSON", "Kevin Mbeki"),
        ("LOCATION", "25 Olympic-ro 35-gil, Songpa-gu, Seoul 05510"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "Kevin"),
    ],
)

ac = kakao()
add(
    "ko",
    P,
    f"""분실 보상금 지급 요청 건 결재 문서에 들어갈 문구 써주세요.
화물: 전자레인지 1박스(신고가 189,000원), 허브 분류 중 분실 확인
보상 대상: 설하린 고객
입금 계좌: 카카오뱅크 {ac} (예금주 설하린)""",
    [("PERSON", "설하린"), ("BANK_ACCOUNT", ac), ("PERSON", "설하린")],
)

p1 = area("031")
add(
    "ko",
    P,
    f"""반품 회수 지연 민원 답변 좀 다듬어 주세요.
"안녕하세요 채윤호 고객님, 반품 회수 기사가 배정되지 않아 불편을 드렸습니다.
회수지 경기도 용인시 수지구 포은대로 435, 207동 1203호 로 내일 오전 방문 예정이며,
담당 영업소 {p1} 로 연락 주시면 시간 조정 가능합니다.\"""",
    [("PERSON", "채윤호"), ("LOCATION", "경기도 용인시 수지구 포은대로 435, 207동 1203호"), ("PHONE_NUMBER", p1)],
)

p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""오배송 2건 교차 회수 요청 메시지를 기사님께 보낼 수 있게 써 줘.
A건: 받을 사람 왕수아 {p1} 대구광역시 수성구 달구벌대로 2435, 1106호
B건: 받을 사람 모재혁 {p2} 대구광역시 수성구 달구벌대로 2453, 806호
두 송장이 바뀌어 붙은 것으로 보임""",
    [
        ("PERSON", "왕수아"),
        ("PHONE_NUMBER", p1),
        ("LOCATION", "대구광역시 수성구 달구벌대로 2435, 1106호"),
        ("PERSON", "모재혁"),
        ("PHONE_NUMBER", p2),
        ("LOCATION", "대구광역시 수성구 달구벌대로 2453, 806호"),
    ],
)

# ---------------------------------------------------------------- bank call-centre scripts
r1, p1 = rr("840511", 2), mob()
add(
    "ko",
    P,
    f"""콜센터 녹취 STT 결과인데 상담 품질 평가표에 맞게 요약해 주세요.
상담원: 네 고객님, 본인 확인 위해 성함 말씀해 주시겠어요?
고객: 류현아입니다.
상담원: 주민등록번호 앞뒤 전부 불러 주시겠어요?
고객: {r1} 이요.
상담원: 확인됐습니다. 등록된 휴대폰 {p1} 맞으실까요?
고객: 네 맞아요.""",
    [("PERSON", "류현아"), ("KR_RRN", r1), ("PHONE_NUMBER", p1)],
)

ac1, ac2 = hana(), toss()
add(
    "ko",
    P,
    f"""보이스피싱 피해 지급정지 신청서 작성 도와주세요.
피해자: 봉미숙 (68세)
피해 출금 계좌: 하나은행 {ac1}
사기 이용 계좌: 토스뱅크 {ac2} (예금주 '김민수'로 표시됨)
피해액 9,800,000원 / 2025-04-03 14:12 이체""",
    [("PERSON", "봉미숙"), ("BANK_ACCOUNT", ac1), ("BANK_ACCOUNT", ac2), ("PERSON", "김민수")],
)

p1, e1 = mob(), "james.thornton@thorntonlaw.co.uk"
add(
    "en",
    P,
    f"""Turn this call note into a polite follow-up e-mail to the customer.

Call 2025-05-14 10:32 - caller James Thornton (UK national, resident in Seoul), mobile {p1}
Wants to open a KRW savings account; has ARC but no Korean phone under own name until last week.
Send checklist to {e1}. Agent: 하유진""",
    [("PERSON", "James Thornton"), ("PHONE_NUMBER", p1), ("EMAIL_ADDRESS", e1), ("PERSON", "하유진")],
)

c1 = visa()
add(
    "ko",
    P,
    f"""카드 분실신고 스크립트 예시 대화문을 신입 교육용으로 다듬어 줘. (실제 건에서 가져옴)
고객: 카드를 잃어버렸어요. 번호는 {c1} 이에요.
상담원: 네, 공태민 고객님 본인 명의 카드 맞으시죠? 즉시 사용 정지 처리하겠습니다.""",
    [("CREDIT_CARD", c1), ("PERSON", "공태민")],
)

ac, p1 = shinhan(), seoul()
add(
    "ko",
    P,
    f"""대출 상담 기록 요약해 주세요.
고객명 위성준 / 직장 (주)라온소프트, 직장주소 서울특별시 영등포구 국제금융로 10, 23층
급여계좌 신한 {ac} / 직장 전화 {p1}
희망 한도 5천만원, 기존 대출 없음""",
    [
        ("PERSON", "위성준"),
        ("LOCATION", "서울특별시 영등포구 국제금융로 10, 23층"),
        ("BANK_ACCOUNT", ac),
        ("PHONE_NUMBER", p1),
    ],
)

ac1, ac2, ac3 = post(), mg(), kb()
add(
    "ko",
    P,
    f"""착오송금 반환지원 신청 건을 표로 정리해 주세요.
- 송금인: 진서우 / 출금: 우체국 {ac1}
- 수취인 계좌(착오): 새마을금고 {ac2}
- 원래 보내려던 계좌: 국민 {ac3} (예금주 진서영)
- 금액 1,350,000원""",
    [("PERSON", "진서우"), ("BANK_ACCOUNT", ac1), ("BANK_ACCOUNT", ac2), ("BANK_ACCOUNT", ac3), ("PERSON", "진서영")],
)

# ---------------------------------------------------------------- card-dispute letters
c1, p1 = master(), mob()
add(
    "ko",
    P,
    f"""카드 부정사용 이의제기서 문장 다듬어 주세요.
신청인: 방수현 / 연락처 {p1}
카드번호: {c1}
이의 거래: 2025-02-27 03:14 해외 온라인 가맹점 'GLX*DIGITAL' USD 412.00
본인은 해당 시각 수면 중이었으며 카드 실물을 소지하고 있었습니다.""",
    [("PERSON", "방수현"), ("PHONE_NUMBER", p1), ("CREDIT_CARD", c1)],
)

c1, p1 = visa(), "(614) " + dg(3, "2345678") + "-" + dg(4)
add(
    "en",
    P,
    f"""Please make this chargeback letter more concise.

To: Dispute Resolution Team
Cardholder: Elena Vasquez
Card number: {c1}
Billing address: 1420 Maple Ave, Apt 3B, Columbus, OH 43215
Phone: {p1}
I was charged twice (KRW 286,000 each) at a hotel in Busan on 12 March. Only one stay took place.""",
    [
        ("PERSON", "Elena Vasquez"),
        ("CREDIT_CARD", c1),
        ("LOCATION", "1420 Maple Ave, Apt 3B, Columbus, OH 43215"),
        ("PHONE_NUMBER", p1),
    ],
)

c1 = amex()
add(
    "mixed",
    P,
    f"""아래 영문 분쟁 접수 내역 한국어로 요약해줘.
Dispute ID DSP-884120 / Card: AMEX {c1} / Cardmember: Sarah Lindqvist
Reason: merchandise not received (order placed 2025-01-19, merchant stopped responding)""",
    [("CREDIT_CARD", c1), ("PERSON", "Sarah Lindqvist")],
)

c1, ac = jcb(), nh()
add(
    "ko",
    P,
    f"""해외결제 취소 후 환불 지연 민원 금감원 제출용으로 정리해 주세요.
민원인: 국하늘
카드: JCB {c1}
환불받을 계좌(카드사 요청 시): 농협 {ac}
경위: 일본 숙박 예약 취소 확인서 수령 후 45일 경과""",
    [("PERSON", "국하늘"), ("CREDIT_CARD", c1), ("BANK_ACCOUNT", ac)],
)

c1 = card("9410" + dg(11))
add(
    "ko",
    P,
    f"""가맹점 소명자료 요청 답변서 초안 써주세요.
카드사 문의: 회원 명서준 님이 이용한 BC카드 {c1} 결제건(2025.03.02, 64,000원)이
미이용 주장으로 접수되었습니다. 가맹점 측 배송 증빙을 제출 바랍니다.""",
    [("PERSON", "명서준"), ("CREDIT_CARD", c1)],
)

# ---------------------------------------------------------------- SQL dumps / ORM fixtures
r1, r2, p1, p2 = rr("870412", 1), rr("930128", 2), mob(), mob()
add(
    "mixed",
    P,
    f"""이 INSERT 문을 CSV로 바꿔줘. 운영 DB 백업에서 가져온 거예요.
INSERT INTO tb_member (mbr_nm, rrn, hp_no, email, reg_dt) VALUES
('어성훈', '{r1}', '{p1}', 'seonghoon.eo@naver.com', '2024-11-02'),
('차유림', '{r2}', '{p2}', 'yurim_cha@daum.net', '2024-11-03');""",
    [
        ("PERSON", "어성훈"),
        ("KR_RRN", r1),
        ("PHONE_NUMBER", p1),
        ("EMAIL_ADDRESS", "seonghoon.eo@naver.com"),
        ("PERSON", "차유림"),
        ("KR_RRN", r2),
        ("PHONE_NUMBER", p2),
        ("EMAIL_ADDRESS", "yurim_cha@daum.net"),
    ],
)

p1 = mob()
add(
    "en",
    P,
    f"""Why does loaddata fail on this fixture? "field customer.phone: value too long"

[
  {{"model": "crm.customer", "pk": 17, "fields": {{
      "name": "Ji-hoon Paek", "phone": "{p1} ", "email": "jhpaek@kakao.com",
      "address": "88 Teheran-ro, Gangnam-gu, Seoul 06234"}}}}
]""",
    [
        ("PERSON", "Ji-hoon Paek"),
        ("PHONE_NUMBER", p1),
        ("EMAIL_ADDRESS", "jhpaek@kakao.com"),
        ("LOCATION", "88 Teheran-ro, Gangnam-gu, Seoul 06234"),
    ],
)

ac = woori()
add(
    "mixed",
    P,
    f"""UPDATE 문이 0 rows affected 나와요. 뭐가 틀렸나요?
UPDATE pay_account SET acct_no = '{ac}', bank_cd = '020', owner_nm = '탁지원'
 WHERE cust_id = 'C00918273' AND use_yn = 'Y'""",
    [("BANK_ACCOUNT", ac), ("PERSON", "탁지원")],
)

p1, p2 = mob(), mob()
add(
    "en",
    P,
    f"""Convert this Prisma seed to a plain SQL script.

await prisma.staff.createMany({{ data: [
  {{ name: 'Hwang Seo-yeon', email: 'sy.hwang@gwangju-city.kr', mobile: '{p1}' }},
  {{ name: 'Marcus Bell', email: 'marcus.bell@outlook.com', mobile: '{p2}' }},
] }})""",
    [
        ("PERSON", "Hwang Seo-yeon"),
        ("EMAIL_ADDRESS", "sy.hwang@gwangju-city.kr"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "Marcus Bell"),
        ("EMAIL_ADDRESS", "marcus.bell@outlook.com"),
        ("PHONE_NUMBER", p2),
    ],
)

r1, r2 = rr("550803", 1), rr("610219", 2)
add(
    "mixed",
    P,
    f"""pg_dump 결과 일부예요. 탭 구분이라 정렬이 깨지는데 표로 보여주세요.
COPY public.pension_recipient (id, name, rrn, addr) FROM stdin;
1041\t변호철\t{r1}\t강원특별자치도 춘천시 중앙로 77
1042\t선우정희\t{r2}\t강원특별자치도 원주시 단구로 170
\\.""",
    [
        ("PERSON", "변호철"),
        ("KR_RRN", r1),
        ("LOCATION", "강원특별자치도 춘천시 중앙로 77"),
        ("PERSON", "선우정희"),
        ("KR_RRN", r2),
        ("LOCATION", "강원특별자치도 원주시 단구로 170"),
    ],
)

p1 = mob()
add(
    "mixed",
    P,
    f"""MyBatis 로그인데 파라미터 바인딩 순서가 맞는지 봐 주세요.
==>  Preparing: INSERT INTO civil_req (req_nm, req_tel, req_addr, req_mail) VALUES (?, ?, ?, ?)
==> Parameters: 육지훈(String), {p1}(String), 광주광역시 북구 용봉로 77(String), jihun.yuk@gmail.com(String)
<==    Updates: 1""",
    [
        ("PERSON", "육지훈"),
        ("PHONE_NUMBER", p1),
        ("LOCATION", "광주광역시 북구 용봉로 77"),
        ("EMAIL_ADDRESS", "jihun.yuk@gmail.com"),
    ],
)

c1 = master()
add(
    "en",
    P,
    f"""This Rails seed crashes with a validation error on card_number; can you spot why?

Customer.create!(
  full_name: "Olivia Hartley",
  card_number: "{c1}",
  billing_zip: "94110",
  email: "olivia.hartley@icloud.com"
)""",
    [("PERSON", "Olivia Hartley"), ("CREDIT_CARD", c1), ("EMAIL_ADDRESS", "olivia.hartley@icloud.com")],
)

b1, p1 = brn("1" + dg(8)), seoul()
add(
    "mixed",
    P,
    f"""Oracle INSERT ALL 구문을 MySQL 문법으로 바꿔 주세요.
INSERT ALL
  INTO vendor (biz_no, ceo_nm, tel) VALUES ('{b1}', '맹주희', '{p1}')
SELECT * FROM dual;""",
    [("KR_BRN", b1), ("PERSON", "맹주희"), ("PHONE_NUMBER", p1)],
)

# ---------------------------------------------------------------- server logs
ip1, ip2 = pub_ip(), pub_ip()
add(
    "en",
    P,
    f"""Which client is hammering the login endpoint? Summarise from these nginx lines.

{ip1} - - [12/May/2025:03:14:07 +0900] "POST /api/v1/login HTTP/1.1" 401 53 "-" "python-requests/2.31"
{ip1} - - [12/May/2025:03:14:07 +0900] "POST /api/v1/login HTTP/1.1" 401 53 "-" "python-requests/2.31"
{ip2} - - [12/May/2025:03:14:09 +0900] "GET /static/app.js HTTP/1.1" 200 18244 "-" "Mozilla/5.0"
""",
    [("IP_ADDRESS", ip1), ("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2)],
)

ip1, e1 = pub_ip(), "minji.ko@hanmail.net"
add(
    "mixed",
    P,
    f"""JSON 로그에서 에러 원인만 뽑아 주세요.
{{"ts":"2025-05-20T09:01:44+09:00","level":"ERROR","svc":"minwon-api","user":"{e1}","ip":"{ip1}","msg":"첨부파일 업로드 실패: size 31457280 > limit"}}
{{"ts":"2025-05-20T09:01:45+09:00","level":"INFO","svc":"minwon-api","msg":"retry scheduled"}}""",
    [("EMAIL_ADDRESS", e1), ("IP_ADDRESS", ip1)],
)

ip1, ip2 = priv_ip(), pub_ip()
add(
    "en",
    P,
    f"""Explain this sshd log and tell me if I should block the source.

May 21 02:11:03 was01 sshd[22871]: Failed password for invalid user admin from {ip2} port 51622 ssh2
May 21 02:11:05 was01 sshd[22871]: Failed password for invalid user oracle from {ip2} port 51622 ssh2
May 21 02:12:40 was01 sshd[22903]: Accepted publickey for deploy from {ip1} port 40112 ssh2""",
    [("IP_ADDRESS", ip2), ("IP_ADDRESS", ip2), ("IP_ADDRESS", ip1)],
)

p1 = mob()
add(
    "mixed",
    P,
    f"""스프링 에러 로그인데 어떤 값 때문에 validation 이 실패했는지 설명해 주세요.
2025-05-22 14:03:11.204 ERROR 4412 --- [nio-8080-exec-7] c.g.m.web.ApplyController :
MethodArgumentNotValidException: field 'guardianPhone' rejected value [{p1} (모)];
field 'guardianName' rejected value [엄지수]; codes [Pattern.applyForm.guardianPhone]""",
    [("PHONE_NUMBER", p1), ("PERSON", "엄지수")],
)

ip1, e1 = pub_ip(), "parkjh0412@nate.com"
add(
    "ko",
    P,
    f"""이 접근 로그가 개인정보 접속기록 보관 항목(접속자, 일시, 접속지, 수행업무)을 다 갖췄는지 봐 주세요.
2025-05-23 10:22:31 | user=jhpark01 | ip={ip1} | action=DOWNLOAD | target=민원인명부(박정호, {e1}) | rows=1""",
    [("IP_ADDRESS", ip1), ("PERSON", "박정호"), ("EMAIL_ADDRESS", e1)],
)

ip1, ip2 = pub_ip(), priv_ip()
add(
    "en",
    P,
    f"""Kibana export below - group by src and tell me which rule fired most.

@timestamp,src_ip,dst_ip,rule,action
2025-05-24T01:02:03Z,{ip1},{ip2},SQLi-union-select,block
2025-05-24T01:02:09Z,{ip1},{ip2},SQLi-union-select,block""",
    [("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2), ("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2)],
)

# ---------------------------------------------------------------- YAML / .env / compose
ip1, e1, p1 = priv_ip(), "ops-alert@gyeonggi-data.kr", voip()
add(
    "mixed",
    P,
    f""".env 파일 변수명 컨벤션 통일해 주세요 (UPPER_SNAKE).
DB_HOST={ip1}
db_port=5432
adminEmail={e1}
SMS_SENDER_NO={p1}
jwtSecret=${{JWT_SECRET}}""",
    [("IP_ADDRESS", ip1), ("EMAIL_ADDRESS", e1), ("PHONE_NUMBER", p1)],
)

ip1, ip2 = priv_ip(), priv_ip()
add(
    "en",
    P,
    f"""Is this docker-compose network config valid? The app can't reach redis.

services:
  api:
    extra_hosts:
      - "redis.internal:{ip1}"
      - "db.internal:{ip2}"
    networks: [backend]""",
    [("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2)],
)

e1, e2 = "choi.hyunwoo@mois.go.kr", "seo.ara@mois.go.kr"
add(
    "mixed",
    P,
    f"""알림 수신자 YAML 에 들여쓰기 오류가 있는지 봐 주세요.
alerting:
  receivers:
    - name: 최현우
      email: {e1}
    - name: 서아라
       email: {e2}""",
    [("PERSON", "최현우"), ("EMAIL_ADDRESS", e1), ("PERSON", "서아라"), ("EMAIL_ADDRESS", e2)],
)

ip1, ip2, ip3 = priv_ip(), priv_ip(), pub_ip()
add(
    "en",
    P,
    f"""Rewrite this Ansible inventory as YAML.

[web]
web01 ansible_host={ip1}
web02 ansible_host={ip2}
[bastion]
jump ansible_host={ip3} ansible_user=ec2-user""",
    [("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2), ("IP_ADDRESS", ip3)],
)

p1 = mob()
add(
    "mixed",
    P,
    f"""application.yml 에 기본 관리자 계정이 하드코딩 돼 있는데 외부화하는 방법 알려줘요.
app:
  default-admin:
    name: 송재희
    phone: "{p1}"
    dept: 정보화담당관""",
    [("PERSON", "송재희"), ("PHONE_NUMBER", p1)],
)

# ---------------------------------------------------------------- Slack / Teams threads
p1 = mob()
add(
    "ko",
    P,
    f"""슬랙 스레드 요약해서 팀장님께 보고할 3줄로 만들어 줘.
[09:12] 정다은: @장우석 어제 민원인 연락처 받으셨어요?
[09:14] 장우석: 네 {p1} 이고 오후 2시 이후 통화 가능하시대요
[09:15] 정다은: 감사합니다 제가 연락해 볼게요
[09:40] 정다은: 통화 완료, 다음 주 방문 상담으로 잡음""",
    [
        ("PERSON", "정다은"),
        ("PERSON", "장우석"),
        ("PERSON", "장우석"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "정다은"),
        ("PERSON", "정다은"),
    ],
)

ip1 = priv_ip()
add(
    "mixed",
    P,
    f"""Teams 채팅 내용 정리해서 장애 보고서 타임라인 만들어 주세요.
[오후 3:02] Tom Hargreaves: the batch server {ip1} stopped responding again
[오후 3:05] 하도윤: 확인했습니다, 디스크 100% 입니다
[오후 3:11] Tom Hargreaves: thanks Doyoon, can you clear /var/log/archive?
[오후 3:20] 하도윤: 정리 후 정상화됐습니다""",
    [
        ("PERSON", "Tom Hargreaves"),
        ("IP_ADDRESS", ip1),
        ("PERSON", "하도윤"),
        ("PERSON", "Tom Hargreaves"),
        ("PERSON", "Doyoon"),
        ("PERSON", "하도윤"),
    ],
)

e1 = "yoon.seoa@jeonnam.go.kr"
add(
    "mixed",
    P,
    f"""Slack export JSON에서 메시지 본문만 뽑아 줘.
{{"type":"message","user":"U04QX1","user_profile":{{"real_name":"윤서아","email":"{e1}"}},
 "text":"내일 회의 자료는 제가 공유드라이브에 올려둘게요","ts":"1716280012.000200"}}""",
    [("PERSON", "윤서아"), ("EMAIL_ADDRESS", e1)],
)

c1 = visa()
add(
    "ko",
    P,
    f"""실수로 채널에 올린 메시지인데, 지워야 할 부분이 뭔지 짚어 주세요.
#총무팀 | 연미래: 법인카드 {c1} 유효기간 27/08 로 호텔 결제해 두었습니다. 영수증은 내일 드릴게요""",
    [("PERSON", "연미래"), ("CREDIT_CARD", c1)],
)

p1 = mob()
add(
    "ko",
    P,
    f"""신규 입사자 온보딩 스레드 정리 부탁.
하준서: 모니터 배송지 알려주세요
편서윤: 경기도 남양주시 다산순환로 20, 3505동 702호 로 부탁드려요. 연락처 {p1}
하준서: 접수했습니다 서윤님""",
    [
        ("PERSON", "하준서"),
        ("PERSON", "편서윤"),
        ("LOCATION", "경기도 남양주시 다산순환로 20, 3505동 702호"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "하준서"),
        ("PERSON", "서윤"),
    ],
)

ac = kakao()
add(
    "ko",
    P,
    f"""부서 경조사비 모금 공지 문구 다듬어 주세요.
[팀즈 공지] 기획예산과 주무관 맹하은 님 부친상 (4/18 발인)
조의금은 총무 담당 표승원 카카오뱅크 {ac} 로 모아서 전달하겠습니다.""",
    [("PERSON", "맹하은"), ("PERSON", "표승원"), ("BANK_ACCOUNT", ac)],
)

ip1, ip2 = pub_ip(), priv_ip()
add(
    "en",
    P,
    f"""Summarise the incident channel for the post-mortem.

#inc-0521 Priya Nair: WAF shows 40k req/min from {ip1}
#inc-0521 오세진 is not on call today, paging 백지원
#inc-0521 백지원: blocked at ALB, origin {ip2} CPU back to 30%""",
    [
        ("PERSON", "Priya Nair"),
        ("IP_ADDRESS", ip1),
        ("PERSON", "오세진"),
        ("PERSON", "백지원"),
        ("PERSON", "백지원"),
        ("IP_ADDRESS", ip2),
    ],
)

p1 = "+1 917 " + dg(3, "2345678") + " " + dg(4)
add(
    "mixed",
    P,
    f"""뉴욕 사무소와 한 팀즈 대화 번역해 주세요.
Rachel Kim: I'll land at ICN on Thursday, my US number {p1} works on roaming
유승완: 공항 픽업은 제가 갈게요. 도착 게이트 알려주세요
Rachel Kim: Terminal 2, around 5:40pm""",
    [("PERSON", "Rachel Kim"), ("PHONE_NUMBER", p1), ("PERSON", "유승완"), ("PERSON", "Rachel Kim")],
)

# ---------------------------------------------------------------- Outlook threads (English)
p1, p2 = "(312) " + dg(3, "2345678") + "-" + dg(4), "+1 773 " + dg(3, "2345678") + " " + dg(4)
add(
    "en",
    P,
    f"""Please summarise this thread and list the open action items.

From: Margaret O'Connell <m.oconnell@lakeshore-partners.com>
Sent: Tuesday, May 6, 2025 9:14 AM
To: 김도경 <dokyung.kim@kotra-chicago.kr>
Subject: RE: Site visit logistics

Dokyung, the delegation can meet at our office, 233 S Wacker Dr, Suite 4400, Chicago, IL 60606.
If anything changes call my desk {p1} or cell {p2}.
Best, Margaret""",
    [
        ("PERSON", "Margaret O'Connell"),
        ("EMAIL_ADDRESS", "m.oconnell@lakeshore-partners.com"),
        ("PERSON", "김도경"),
        ("EMAIL_ADDRESS", "dokyung.kim@kotra-chicago.kr"),
        ("PERSON", "Dokyung"),
        ("LOCATION", "233 S Wacker Dr, Suite 4400, Chicago, IL 60606"),
        ("PHONE_NUMBER", p1),
        ("PHONE_NUMBER", p2),
        ("PERSON", "Margaret"),
    ],
)

p1 = "+44 117 " + dg(3, "2345678") + " " + dg(4)
add(
    "en",
    P,
    f"""Draft a reply confirming the meeting.

-----Original Message-----
From: Oliver Pennington <o.pennington@bristol-innovation.org.uk>
Subject: Smart-city MoU follow-up
Hi Ms Lee, we'd be glad to host your team at 14 Gloucester Road, Bristol BS7 8AE on 3 June.
My direct line is {p1}. Kind regards, Oliver""",
    [
        ("PERSON", "Oliver Pennington"),
        ("EMAIL_ADDRESS", "o.pennington@bristol-innovation.org.uk"),
        ("PERSON", "Lee"),
        ("LOCATION", "14 Gloucester Road, Bristol BS7 8AE"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "Oliver"),
    ],
)

p1 = "(206) " + dg(3, "2345678") + "-" + dg(4)
add(
    "en",
    P,
    f"""Clean up the signature blocks in this forwarded mail; keep only the body.

---------- Forwarded message ---------
From: Hannah Brooks <hbrooks@pacificfreight.com>
Thanks for the update on the customs hold.
--
Hannah Brooks | Senior Account Manager | Pacific Freight LLC
2101 4th Ave, Seattle, WA 98121 | T {p1}""",
    [
        ("PERSON", "Hannah Brooks"),
        ("EMAIL_ADDRESS", "hbrooks@pacificfreight.com"),
        ("PERSON", "Hannah Brooks"),
        ("LOCATION", "2101 4th Ave, Seattle, WA 98121"),
        ("PHONE_NUMBER", p1),
    ],
)

pp = pp_old()
add(
    "en",
    P,
    f"""Can you check this travel booking request before I send it to the agency?

Traveller: PARK JIYEON (as in passport), passport no. {pp}, DOB 1988-04-12
Route: ICN-FRA-ICN, 9-15 June, economy, aisle
Cost centre: Trade Policy Div. Approver: Director Ahn Byung-ho""",
    [("PERSON", "PARK JIYEON"), ("KR_PASSPORT", pp), ("PERSON", "Ahn Byung-ho")],
)

ac = shinhan()
add(
    "en",
    P,
    f"""Make this vendor onboarding e-mail clearer.

Dear Mr. Fischer,
Please find our remittance details for the translation invoice:
Beneficiary: Lim Chae-won, Shinhan Bank, account no. {ac}, SWIFT SHBKKRSE.
Regards, Chae-won""",
    [("PERSON", "Fischer"), ("PERSON", "Lim Chae-won"), ("BANK_ACCOUNT", ac), ("PERSON", "Chae-won")],
)

p1 = "+44 7" + dg(3, "45789") + " " + dg(6)
add(
    "en",
    P,
    f"""Summarise the reference check notes for HR.

From: Natalie Greene <natalie.greene@nhs-trust-partners.co.uk>
Re: Reference for Dr Joon-ho Baek
I supervised Joon-ho for two years at 45 Hospital Lane, Leeds LS1 3EX. He was reliable.
Happy to talk: {p1}.""",
    [
        ("PERSON", "Natalie Greene"),
        ("EMAIL_ADDRESS", "natalie.greene@nhs-trust-partners.co.uk"),
        ("PERSON", "Joon-ho Baek"),
        ("PERSON", "Joon-ho"),
        ("LOCATION", "45 Hospital Lane, Leeds LS1 3EX"),
        ("PHONE_NUMBER", p1),
    ],
)

p1, p2 = "(617) " + dg(3, "2345678") + "-" + dg(4), "+82 2 2133 " + dg(4)
add(
    "en",
    P,
    f"""Reformat these conference registrations as a table.

1) Dr. Anita Deshpande, Boston Children's Research Inst., anita.deshpande@bcri.org, {p1}
2) 임성혁, Seoul Metropolitan Govt, lim.sh@seoul.go.kr, {p2}
3) Lucas Moreau, lucas.moreau@univ-lyon.fr, (no phone given)""",
    [
        ("PERSON", "Anita Deshpande"),
        ("EMAIL_ADDRESS", "anita.deshpande@bcri.org"),
        ("PHONE_NUMBER", p1),
        ("PERSON", "임성혁"),
        ("EMAIL_ADDRESS", "lim.sh@seoul.go.kr"),
        ("PHONE_NUMBER", p2),
        ("PERSON", "Lucas Moreau"),
        ("EMAIL_ADDRESS", "lucas.moreau@univ-lyon.fr"),
    ],
)

add(
    "en",
    P,
    """Shorten this out-of-office reply, and keep the contact details.

I'm out of office until 2 June. For urgent matters about the Incheon port project please contact
my colleague William Hayes (william.hayes@portlink-global.com). Postal address for documents:
Level 12, 1 Martin Place, Sydney NSW 2000. - Grace""",
    [
        ("PERSON", "William Hayes"),
        ("EMAIL_ADDRESS", "william.hayes@portlink-global.com"),
        ("LOCATION", "Level 12, 1 Martin Place, Sydney NSW 2000"),
        ("PERSON", "Grace"),
    ],
)

# ---------------------------------------------------------------- insurance (건강보험 증번호, 실손)
h1, r1 = hins(), rr("590314", 1)
add(
    "ko",
    P,
    f"""건강보험 자격득실확인서 내용 확인해 주세요. 피부양자 등록 가능한지 보려고요.
가입자: 소재석 / 주민등록번호 {r1}
증번호: {h1} / 사업장명: (주)대륙물산 / 자격취득일 2012-03-02""",
    [("PERSON", "소재석"), ("KR_RRN", r1), ("KR_HEALTH_INSURANCE", h1)],
)

h1, r1, r2 = hins(), rr("650921", 2), rr("980413", 1)
add(
    "ko",
    P,
    f"""피부양자 취득 신고서에 들어갈 가족 정보를 정리해 주세요.
직장가입자 도건우, 건강보험증번호 {h1}
배우자 양미란 {r1}
자녀 도하민 {r2} (대학생, 소득 없음)""",
    [
        ("PERSON", "도건우"),
        ("KR_HEALTH_INSURANCE", h1),
        ("PERSON", "양미란"),
        ("KR_RRN", r1),
        ("PERSON", "도하민"),
        ("KR_RRN", r2),
    ],
)

ac, p1 = hana(), mob()
add(
    "ko",
    P,
    f"""실손보험 청구서 빈칸 채우는 것 도와주세요.
피보험자: 천예나 / 증권번호 2019-0044-781233 / 연락처 {p1}
사고일: 2025-04-02 (발목 인대 파열, 정형외과 통원)
보험금 수령 계좌: 하나은행 {ac} 천예나""",
    [("PERSON", "천예나"), ("PHONE_NUMBER", p1), ("BANK_ACCOUNT", ac), ("PERSON", "천예나")],
)

h1 = hins()
add(
    "mixed",
    P,
    f"""외국인 직원 건강보험 안내를 영어로 바꿔 주세요.
성명 Lucas Moreira / 건강보험증 번호 {h1} / 지역가입자 → 직장가입자 전환 완료(2025.05.01)
보험료는 다음 달 급여부터 공제됩니다.""",
    [("PERSON", "Lucas Moreira"), ("KR_HEALTH_INSURANCE", h1)],
)

h1, p1 = hins(), area("063")
add(
    "ko",
    P,
    f"""장기요양 인정 신청서 검토 부탁드려요.
신청 대상: 길순자 (1938년생), 건강보험 증번호 {h1}
주소: 전북특별자치도 익산시 인북로 32길 15
신청인(자녀): 길영태 {p1}""",
    [
        ("PERSON", "길순자"),
        ("KR_HEALTH_INSURANCE", h1),
        ("LOCATION", "전북특별자치도 익산시 인북로 32길 15"),
        ("PERSON", "길영태"),
        ("PHONE_NUMBER", p1),
    ],
)

# ---------------------------------------------------------------- driver's licences
d1, p1 = dlic("11"), mob()
add(
    "ko",
    P,
    f"""렌터카 임대차계약서 내용 검토해 주세요 (공무 차량 부족으로 임차).
임차인: 권오혁 / 운전면허번호 {d1} / 연락처 {p1}
차량: 쏘나타 12허 3456 / 대여 2025.06.10 09:00 ~ 06.12 18:00""",
    [("PERSON", "권오혁"), ("KR_DRIVER_LICENSE", d1), ("PHONE_NUMBER", p1)],
)

d1 = "서울 " + dlic("11")[3:]
d2 = "경기 " + dlic("13")[3:]
add(
    "ko",
    P,
    f"""공용차량 운행신청서 결재 올리기 전에 빠진 게 있나 봐 줘요.
운전자 1: 추민재 (면허 {d1}, 1종보통)
운전자 2: 노하영 (면허 {d2}, 2종보통)
목적지: 세종청사 / 출발 08:00""",
    [("PERSON", "추민재"), ("KR_DRIVER_LICENSE", d1), ("PERSON", "노하영"), ("KR_DRIVER_LICENSE", d2)],
)

d1 = dlic("22")
add(
    "ko",
    P,
    f"""과태료 이의신청서 문장 좀 다듬어 줘요.
신청인 성명: 모지환 / 운전면허번호: {d1}
위반일시 2025.03.09 21:40, 대구광역시 달서구 월배로 일원 (속도위반)
당시 차량은 도난 신고 상태였습니다.""",
    [("PERSON", "모지환"), ("KR_DRIVER_LICENSE", d1)],
)

d1, p1 = dlic("12"), mob()
add(
    "en",
    P,
    f"""Translate this car-sharing sign-up review into Korean.

Applicant: Daniel Kowalski (resident, F-2 visa)
Korean licence no.: {d1}, class 2 ordinary
Mobile: {p1}. Licence photo matches applicant. Approved by 장예솔.""",
    [("PERSON", "Daniel Kowalski"), ("KR_DRIVER_LICENSE", d1), ("PHONE_NUMBER", p1), ("PERSON", "장예솔")],
)

d1, d2, p1, p2 = dlic("23"), dlic("28"), mob(), mob()
add(
    "ko",
    P,
    f"""배달대행 라이더 등록 명단 중 면허 만료 임박자만 골라 줘.
이름,면허번호,적성검사만료,연락처
곽태웅,{d1},2025-07-31,{p1}
여승주,{d2},2031-02-28,{p2}""",
    [
        ("PERSON", "곽태웅"),
        ("KR_DRIVER_LICENSE", d1),
        ("PHONE_NUMBER", p1),
        ("PERSON", "여승주"),
        ("KR_DRIVER_LICENSE", d2),
        ("PHONE_NUMBER", p2),
    ],
)

# ---------------------------------------------------------------- passports
pp1, pp2, pp3 = pp_new(), pp_old(), pp_new()
add(
    "ko",
    P,
    f"""공무국외출장 명단을 항공사 제출용으로 정리해 주세요.
1. 국장 탁성우 TAK SUNGWOO 여권 {pp1} 만료 2033-02-14
2. 과장 은지혜 EUN JIHYE 여권 {pp2} 만료 2027-09-30
3. 주무관 설도윤 SEOL DOYUN 여권 {pp3} 만료 2034-11-02""",
    [
        ("PERSON", "탁성우"),
        ("PERSON", "TAK SUNGWOO"),
        ("KR_PASSPORT", pp1),
        ("PERSON", "은지혜"),
        ("PERSON", "EUN JIHYE"),
        ("KR_PASSPORT", pp2),
        ("PERSON", "설도윤"),
        ("PERSON", "SEOL DOYUN"),
        ("KR_PASSPORT", pp3),
    ],
)

pp = pp_new()
add(
    "mixed",
    P,
    f"""ESTA 신청서 영문 항목 채우는 것 좀 도와주세요.
Family name: HAN / Given name: SOYEON
Passport number: {pp} / Issuing country: KOR / Date of expiry: 2034-08-21
Address in US: 500 Boylston St, Boston, MA 02116""",
    [("PERSON", "HAN"), ("PERSON", "SOYEON"), ("KR_PASSPORT", pp), ("LOCATION", "500 Boylston St, Boston, MA 02116")],
)

pp, p1 = pp_old(), mob()
add(
    "ko",
    P,
    f"""여권 분실 신고 후 재발급 민원 답변 써 주세요.
민원인: 석가윤 / 분실 여권번호 {pp} / 연락처 {p1}
분실 장소: 인천공항 제1터미널 출국장, 분실신고 접수번호 2025-IC-0412""",
    [("PERSON", "석가윤"), ("KR_PASSPORT", pp), ("PHONE_NUMBER", p1)],
)

pp1, pp2 = pp_new(), pp_new()
add(
    "en",
    P,
    f"""Format this rooming list for the hotel in Hanoi.

Room 1 (twin): KANG MINHO ({pp1}) / LEE JUNSEO ({pp2})
Room 2 (single): Ms. Yoo Hyerim - passport pending, will send Monday""",
    [
        ("PERSON", "KANG MINHO"),
        ("KR_PASSPORT", pp1),
        ("PERSON", "LEE JUNSEO"),
        ("KR_PASSPORT", pp2),
        ("PERSON", "Yoo Hyerim"),
    ],
)

pp, r1 = pp_old(), rr("720506", 2)
add(
    "ko",
    P,
    f"""비자 신청 대행 위임장 내용이 맞는지 봐 주세요.
위임인: 표정숙 / 주민등록번호 {r1} / 여권번호 {pp}
수임인: 여행사 직원 신우람
위임 내용: 주한 중국대사관 비자 신청 및 수령""",
    [("PERSON", "표정숙"), ("KR_RRN", r1), ("KR_PASSPORT", pp), ("PERSON", "신우람")],
)

# ---------------------------------------------------------------- extra positives (mixed domains)
c1, b1, p1 = crn("110114" + dg(6)), brn("1" + dg(8)), voip()
add(
    "ko",
    P,
    f"""입찰 참가 업체 법인 등기 확인 결과를 공문에 넣을 문장으로 써 주세요.
상호: 주식회사 다온시스템 / 법인등록번호 {c1} / 사업자등록번호 {b1}
대표이사 라승원, 사내이사 봉하진 / 본점 경기도 성남시 분당구 판교역로 235, 7층 / 대표전화 {p1}""",
    [
        ("KR_CRN", c1),
        ("KR_BRN", b1),
        ("PERSON", "라승원"),
        ("PERSON", "봉하진"),
        ("LOCATION", "경기도 성남시 분당구 판교역로 235, 7층"),
        ("PHONE_NUMBER", p1),
    ],
)

c1 = crn("120111" + dg(6), dash=False)
add(
    "mixed",
    P,
    f"""Please translate this corporate summary into English for the foreign partner.
[법인 개요] 상호 주식회사 해솔바이오 / 법인등록번호 {c1} (하이픈 없이 등록됨)
대표이사 음지훈 / 설립 2016.09.01 / 본점 인천광역시 연수구 송도과학로 32""",
    [("KR_CRN", c1), ("PERSON", "음지훈"), ("LOCATION", "인천광역시 연수구 송도과학로 32")],
)

h1, h2 = hins(), hins()
add(
    "ko",
    P,
    f"""보건소 산모·신생아 건강관리 지원 신청자 명단 확인 부탁해요.
신청자 경다은 (건강보험증 번호 {h1}), 배우자 직장가입
신청자 초아름 (건강보험증 번호 {h2}), 지역가입""",
    [("PERSON", "경다은"), ("KR_HEALTH_INSURANCE", h1), ("PERSON", "초아름"), ("KR_HEALTH_INSURANCE", h2)],
)

d1, r1 = dlic("25"), rr("870909", 1)
add(
    "ko",
    P,
    f"""교통사고 처리 안내서 내용 중 가해 차량 운전자 정보만 표로 정리해 주세요.
운전자 성명 피도균 / 주민등록번호 {r1} / 운전면허번호 {d1}
주소 대전광역시 서구 둔산로 100, 1402호 / 보험사 접수번호 2025-071-338812""",
    [
        ("PERSON", "피도균"),
        ("KR_RRN", r1),
        ("KR_DRIVER_LICENSE", d1),
        ("LOCATION", "대전광역시 서구 둔산로 100, 1402호"),
    ],
)

p1, p2 = "+82-31-" + dg(3, "2345678") + "-" + dg(4), "+84 90 " + dg(3) + " " + dg(4)
add(
    "en",
    P,
    f"""Translate this e-mail signature block into Korean and keep the numbers.

Nguyen Thi Thu Ha | Overseas Recruitment Coordinator
Office {p1} | Vietnam mobile {p2}
thuha.nguyen@hwaseong-mfg.co.kr""",
    [
        ("PERSON", "Nguyen Thi Thu Ha"),
        ("PHONE_NUMBER", p1),
        ("PHONE_NUMBER", p2),
        ("EMAIL_ADDRESS", "thuha.nguyen@hwaseong-mfg.co.kr"),
    ],
)


# ================================================================ OBFUSCATED
r1 = rr("710823", 2)
o1 = fullwidth(r1)
add(
    "ko",
    OB,
    f"""입원약정서 스캔 OCR 결과인데 오탈자 정리해 주세요.
환자 성명: 곽은정  주민등록번호: {o1}
연대보증인: 곽민철 (관계: 子)""",
    [("PERSON", "곽은정"), ("KR_RRN", o1), ("PERSON", "곽민철")],
)

p1 = mob()
o1 = interleave(p1, ZW)
add(
    "ko",
    OB,
    f"""택배 반송 사유서 문장 다듬어 줘. 필터에 걸려서 번호는 좀 바꿔서 붙였어요.
수취인 여다솜 / 연락처 {o1} / 3회 방문했으나 부재, 경비실 보관 거부""",
    [("PERSON", "여다솜"), ("PHONE_NUMBER", o1)],
)

c1 = visa()
o1 = c1.replace("-", SHY)
add(
    "ko",
    OB,
    f"""카드 이의신청 메일 초안 검토 부탁합니다.
"안녕하세요, 카드번호 {o1} 으로 3월 4일 결제된 해외 승인 2건은 본인이 한 거래가 아닙니다. - 옥지성 드림\"""",
    [("CREDIT_CARD", o1), ("PERSON", "옥지성")],
)

ac = kb()
o1 = " ".join(plain(ac))
add(
    "ko",
    OB,
    f"""상담 녹취 자동요약이 이상하게 나와요. 원문 다시 요약해 주세요.
고객: 환불은 국민은행으로 해 주세요. 계좌번호 불러 드릴게요, {o1} 이요.
상담원: 예금주 성함 확인 부탁드립니다. 고객: 남윤아요.""",
    [("BANK_ACCOUNT", o1), ("PERSON", "남윤아")],
)

r1 = rr("850207", 1)
o1 = "·".join(plain(r1))
add(
    "ko",
    OB,
    f"""교육청 공문 첨부 서식에서 학부모 정보만 뽑아 주세요.
보호자 성명: 피승훈 / 주민등록번호: {o1} / 관계: 부""",
    [("PERSON", "피승훈"), ("KR_RRN", o1)],
)

p1 = mob()
o1 = p1.replace("-", "/")
add(
    "ko",
    OB,
    f"""외국인 근로자 상담 메모 정리 부탁
근로자 NURLAN ABENOV, 사업주 연락 안 됨, 동료 연락처 {o1} (러시아어 가능)""",
    [("PERSON", "NURLAN ABENOV"), ("PHONE_NUMBER", o1)],
)

c1 = master()
o1 = c1.replace("-", "_")
add(
    "en",
    OB,
    f"""Our DLP blocked my ticket, so I wrote the card with underscores. Summarise the dispute:
Customer Fiona Walsh disputes a GBP 89.99 charge on card {o1}; merchant says it's a subscription renewal.""",
    [("PERSON", "Fiona Walsh"), ("CREDIT_CARD", o1)],
)

r1 = rr("530911", 1)
o1 = r1[:7] + "\n" + r1[7:]
add(
    "ko",
    OB,
    f"""PDF에서 복사한 등기 내용인데 줄바꿈이 엉망이에요. 정리해 주세요.
공유자 지분 2분의 1 육만복 {o1} 경상북도 안동시 경동로 612""",
    [("PERSON", "육만복"), ("KR_RRN", o1), ("LOCATION", "경상북도 안동시 경동로 612")],
)

p1 = mob()
o1 = sino(p1, dash=" ")
add(
    "ko",
    OB,
    f"""음성 민원 STT 결과 요약해 주세요.
민원인: 네 저는 팽수민이고요 번호는 {o1} 입니다 꼭 회신 주세요""",
    [("PERSON", "팽수민"), ("PHONE_NUMBER", o1)],
)

r1 = rr("940630", 2)
o1 = sino(r1, dash=" 다시 ")
add(
    "ko",
    OB,
    f"""콜센터 녹취 전사본 맞춤법만 고쳐 주세요.
상담원: 주민번호 불러 주시겠어요?
고객: {o1} 이요. 이름은 탁소은이요.""",
    [("KR_RRN", o1), ("PERSON", "탁소은")],
)

p1 = mob()
o1 = words(p1, _EN, dash="dash")
add(
    "en",
    OB,
    f"""Clean up this voicemail transcript for the case file.
"Hi this is Gregory Hale from the embassy, please call me back on {o1}, thanks.\"""",
    [("PERSON", "Gregory Hale"), ("PHONE_NUMBER", o1)],
)

p1 = mob()
o1 = f"{p1[:3]} 다음에 {sino(p1[4:8], dash='')} 그리고 {p1[9:]}"
add(
    "ko",
    OB,
    f"""학부모 문자 답장 초안 만들어 줘요. 원문: "선생님 저 지민이 엄마 곽보람이에요. 새 번호 {o1} 로 저장해 주세요\"""",
    [("PERSON", "지민"), ("PERSON", "곽보람"), ("PHONE_NUMBER", o1)],
)

ac = kakao()
o1 = words(ac, _NATIVE, dash="다시")
add(
    "ko",
    OB,
    f"""라디오 사연 모금 안내 원고 다듬어 주세요. 숫자 대신 말로 읽도록 적어 뒀어요.
후원 계좌는 카카오뱅크 {o1}, 예금주 기수연입니다.""",
    [("BANK_ACCOUNT", o1), ("PERSON", "기수연")],
)

b1 = brn("5" + dg(8))
o1 = mapd(b1, _CIRC)
add(
    "ko",
    OB,
    f"""입찰 제안서 표지 문구 교정 부탁드려요.
제안사: 누리디지털 / 사업자등록번호 {o1} / 대표 용하람""",
    [("KR_BRN", o1), ("PERSON", "용하람")],
)

p1 = mob()
o1 = mapd(p1, _SUP)
add(
    "ko",
    OB,
    f"""슬랙 프로필 상태 메시지 예쁘게 꾸며 줘. 지금은 "재택 중 | 급한 건 {o1} | 빙수희" 이렇게 돼 있어요""",
    [("PHONE_NUMBER", o1), ("PERSON", "빙수희")],
)

r1 = rr("000101", 3)
o1 = bold(r1)
add(
    "ko",
    OB,
    f"""카드뉴스 문구에서 특수문자 깨지는지 봐 주세요.
신청자: 국지후 / 생년월일 및 주민번호: {o1}""",
    [("PERSON", "국지후"), ("KR_RRN", o1)],
)

r1 = rr("811019", 1)
o1 = b64(r1)
add(
    "mixed",
    OB,
    f"""이 API 요청 바디 디코딩해서 어느 필드가 잘못됐는지 알려줘요.
POST /v2/benefit/apply
{{"applicantName":"범재욱","idEnc":"{o1}","region":"11680"}}""",
    [("PERSON", "범재욱"), ("KR_RRN", o1)],
)

p1 = mob()
o1 = hexs(p1)
add(
    "en",
    OB,
    f"""The SMS gateway config stores the sender as hex. Why does it reject it?
sender_hex: {o1}
sender_name: "Gwangmyeong City Hall\"""",
    [("PHONE_NUMBER", o1)],
)

e1 = "seoyun.jeon92@gmail.com"
o1 = pct(e1)
ip1 = pub_ip()
add(
    "en",
    OB,
    f"""Explain the 500 in this access log line.
{ip1} - - [02/Jun/2025:11:20:44 +0900] "GET /reserve/confirm?email={o1}&slot=14 HTTP/1.1" 500 0""",
    [("IP_ADDRESS", ip1), ("EMAIL_ADDRESS", o1)],
)

e1 = "hyunjoo.bae@korea.kr"
o1 = html_ent(e1)
add(
    "mixed",
    OB,
    f"""HTML 메일 템플릿이 Outlook에서 깨져요. 원인 찾아 주세요.
<p>문의: 배현주 주무관 (<a href="mailto:{o1}">{o1}</a>)</p>""",
    [("PERSON", "배현주"), ("EMAIL_ADDRESS", o1), ("EMAIL_ADDRESS", o1)],
)

p1 = mob()
o1 = json_u(p1)
add(
    "en",
    OB,
    f"""Why does the app show garbage for the guardian phone? Raw JSON from the NEIS bridge:
{{"studentNo":"20514","guardian":"Min Ha-eun","guardianTel":"{o1}"}}""",
    [("PERSON", "Min Ha-eun"), ("PHONE_NUMBER", o1)],
)

r1 = rr("670315", 1)
o1 = f'{r1[:6]}", "rrn_back": "{r1[7:]}'
add(
    "mixed",
    OB,
    f"""필드를 나눠 저장하면 마스킹 안 해도 된다고 들었는데, 이 JSON 검토해 주세요.
{{"name": "변창호", "rrn_front": "{o1}", "phone_masked": "010-****-2231"}}""",
    [("PERSON", "변창호"), ("KR_RRN", o1)],
)

c1 = visa()
g = c1.split("-")
o1 = " | ".join(g)
add(
    "ko",
    OB,
    f"""엑셀에서 카드번호를 4칸으로 나눠 붙였는데 표로 다시 합쳐 주세요.
| 회원명 | 1 | 2 | 3 | 4 |
| 연주희 | {o1} |""",
    [("PERSON", "연주희"), ("CREDIT_CARD", o1)],
)

p1 = mob()
a, b, c = p1.split("-")
o1 = f'{a}" + "{b}" + "{c}'
add(
    "en",
    OB,
    f"""Code review please - is this test constant OK to commit?

private static final String CS_CALLBACK = "{o1}"; // 민원 담당 채소라 주무관""",
    [("PHONE_NUMBER", o1), ("PERSON", "채소라")],
)

r1 = rr("760412", 2)
o1 = r1[::-1]
add(
    "ko",
    OB,
    f"""메모 정리해 주세요. (보안 때문에 주민번호는 거꾸로 적어 둠, 원래 순서로 돌리지 말 것)
의뢰인 시은영, 번호 {o1}, 상담 예약 6/3 14시""",
    [("PERSON", "시은영"), ("KR_RRN", o1)],
)

e1 = "namgung.yerin@daum.net"
o1 = rot13(e1)
add(
    "mixed",
    OB,
    f"""ROT13으로 바꿔 둔 연락처 목록인데, 이메일 형식 검증 정규식 짜 주세요.
남궁예린: {o1}""",
    [("PERSON", "남궁예린"), ("EMAIL_ADDRESS", o1)],
)

e1 = "jw.kang@busan-port.kr"
o1 = defang_mail(e1)
add(
    "en",
    OB,
    f"""Rewrite this contact paragraph for the press release.
For interviews contact Kang Ji-woo, {o1}, weekdays 9-6.""",
    [("PERSON", "Kang Ji-woo"), ("EMAIL_ADDRESS", o1)],
)

ip1, ip2 = pub_ip(), priv_ip()
o1, o2 = defang_ip(ip1), defang_ip(ip2)
add(
    "en",
    OB,
    f"""Summarise this threat-intel note for the CISO.
C2 beacon observed from internal host {o2} to {o1}:443 every 60s since 05-28. Ticket SEC-4412.""",
    [("IP_ADDRESS", o2), ("IP_ADDRESS", o1)],
)

add(
    "ko",
    OB,
    """민원 답변서에서 이름 띄어쓰기가 이상한데 그대로 두고 문장만 고쳐 주세요.
"박 서 윤 님께서 요청하신 정보공개 청구 건은 부분공개로 결정되었습니다.\"""",
    [("PERSON", "박 서 윤")],
)

add(
    "ko",
    OB,
    """옛날 등기부 사본이라 한자가 섞여 있어요. 요약해 주세요.
소유자 金永植 (김영식) 서울특별시 종로구 자하문로 44
1988년 6월 2일 매매로 소유권 이전""",
    [("PERSON", "金永植"), ("PERSON", "김영식"), ("LOCATION", "서울특별시 종로구 자하문로 44")],
)

p1 = mob()
a, b, c = p1.split("-")
o1 = f"{a}-**{b}**-{c}"
add(
    "ko",
    OB,
    f"""마크다운 렌더링이 이상해요. 어디가 문제죠?
- 담당자: **한소망** 주무관
- 연락처: {o1}""",
    [("PERSON", "한소망"), ("PHONE_NUMBER", o1)],
)

p1 = mob()
a, b, c = p1.split("-")
o1 = f'{a}-<span class="blur">{b}</span>-{c}'
add(
    "mixed",
    OB,
    f"""이 HTML에서 blur 클래스가 안 먹는 이유 알려주세요.
<td>보호자 연락처</td><td>{o1}</td><td>금나래</td>""",
    [("PHONE_NUMBER", o1), ("PERSON", "금나래")],
)

pp = pp_old()
o1 = "\u041c" + pp[1:]
add(
    "en",
    OB,
    f"""Validate this visa-form row, the passport field fails the regex.
SURNAME: JEONG | GIVEN: HAYUN | PASSPORT: {o1} | NATIONALITY: KOR""",
    [("PERSON", "JEONG"), ("PERSON", "HAYUN"), ("KR_PASSPORT", o1)],
)

e1 = "sunwoo.lee@korea.kr"
o1 = e1.replace("korea", "k\u03bfrea")
add(
    "en",
    OB,
    f"""Bounce message - why? "550 unknown recipient <{o1}>" (recipient: Lee Sun-woo, MOFA)""",
    [("EMAIL_ADDRESS", o1), ("PERSON", "Lee Sun-woo")],
)

p1 = mob()
o1 = keycap(p1)
add(
    "ko",
    OB,
    f"""인스타 공지 문구 다듬어 주세요.
📣 분실물 찾아가세요! 문의 ☎ {o1} (행정복지센터 맹지수)""",
    [("PHONE_NUMBER", o1), ("PERSON", "맹지수")],
)

r1 = rr("880505", 1)
fill = "qwertyuiopasdfghjk"
o1 = "".join(ch + (fill[i] if i < len(r1) - 1 else "") for i, ch in enumerate(r1))
add(
    "ko",
    OB,
    f"""보안 교육용 예시로 쓰려고 하는데, 아래처럼 섞으면 탐지 안 되는 거 맞죠? 설명 부탁.
사용자 제갈승현 주민번호 {o1}""",
    [("PERSON", "제갈승현"), ("KR_RRN", o1)],
)

r1 = rr("791122", 2)
o1 = f"{r1[:6]} 이고요. 혹시 몰라 나눠서 적습니다. 뒷자리는 {r1[7:]}"
add(
    "ko",
    OB,
    f"""건강보험 피부양자 상담 메모 요약 부탁.
대상자 국선영 님 주민번호 앞자리 {o1} 입니다. 배우자 직장 건보로 등록 희망.""",
    [("PERSON", "국선영"), ("KR_RRN", o1)],
)

p1 = mob()
o1 = mapd(p1, _HANJA)
add(
    "ko",
    OB,
    f"""중국어 안내문 번역 전에 원문 체크해 주세요.
联系人：陆浩然 (육호연) 电话：{o1}""",
    [("PERSON", "陆浩然"), ("PERSON", "육호연"), ("PHONE_NUMBER", o1)],
)

ac = nh()
o1 = "[" + ", ".join(plain(ac)) + "]"
add(
    "en",
    OB,
    f"""Why does this Python refund script send money to the wrong account?
acct_digits = {o1}  # 농협 account of 설지안
acct = "".join(map(str, acct_digits))""",
    [("BANK_ACCOUNT", o1[1:-1]), ("PERSON", "설지안")],
)

p1 = mob()
o1 = p1.replace("0", "O").replace("1", "l")
add(
    "ko",
    OB,
    f"""동호회 회칙 파일 정리 중인데 총무 연락처 줄만 표 형식으로 바꿔 줘.
총무: 하민우 / {o1} (숫자 0은 알파벳 O로 적음)""",
    [("PERSON", "하민우"), ("PHONE_NUMBER", o1)],
)

p1 = mob()
o1, o2 = p1.replace("-", "%2D"), pct("목은서")
add(
    "mixed",
    OB,
    f"""QR코드 URL 파라미터 디코딩해 줘요.
https://m.minwon.go.kr/callback?tel={o1}&nm={o2}""",
    [("PHONE_NUMBER", o1), ("PERSON", o2)],
)

add(
    "en",
    OB,
    """Make this footer look professional.
Questions? Write to daniel.okafor (at) leedsbeckett (dot) ac (dot) uk - Daniel Okafor, visiting researcher""",
    [("EMAIL_ADDRESS", "daniel.okafor (at) leedsbeckett (dot) ac (dot) uk"), ("PERSON", "Daniel Okafor")],
)

o1 = "앞부분은 chaeyoung.min 이고요, 뒤에 골뱅이 붙이고 naver.com"
add(
    "ko",
    OB,
    f"""채팅 내용 정리해 주세요.
민채영: 메일 주소 알려드릴게요. {o1} 입니다.
담당자: 네 회신 드리겠습니다.""",
    [("PERSON", "민채영"), ("EMAIL_ADDRESS", "chaeyoung.min 이고요, 뒤에 골뱅이 붙이고 naver.com")],
)

ip1 = pub_ip()
o1 = str(int.from_bytes(bytes(int(x) for x in ip1.split(".")), "big"))
add(
    "en",
    OB,
    f"""Our SIEM stores IPs as integers. Convert this alert to readable form:
alert_id=88123 src_ip_int={o1} user=kwon.dh rule=impossible-travel""",
    [("IP_ADDRESS", o1)],
)

ip1 = priv_ip()
o1 = ".".join(f"0x{int(x):02X}" for x in ip1.split("."))
add(
    "en",
    OB,
    f"""Is this curl trick valid for reaching the internal host? curl http://{o1}/admin (found in a pentest report by 염시우)""",
    [("IP_ADDRESS", o1), ("PERSON", "염시우")],
)

c1 = master()
o1 = "\n".join(c1.split("-"))
add(
    "ko",
    OB,
    f"""영수증 사진 OCR 결과인데 항목별로 정리해 주세요.
가맹점 한빛문구
카드번호
{o1}
승인금액 27,500""",
    [("CREDIT_CARD", o1)],
)

r1 = rr("630728", 1)
o1 = r1.replace("-", "ㅡ")
add(
    "ko",
    OB,
    f"""민원 접수 카드 내용 옮겨 적어 주세요. 하이픈이 한글 'ㅡ'로 입력돼 있어요.
성명 탁영배 / 주민번호 {o1} / 주소 강원특별자치도 강릉시 경강로 2100""",
    [("PERSON", "탁영배"), ("KR_RRN", o1), ("LOCATION", "강원특별자치도 강릉시 경강로 2100")],
)

ac = woori()
o1 = ac.replace("-", "\u3000")
add(
    "ko",
    OB,
    f"""급여 이체 명세 붙여넣기 했는데 칸이 어긋나요.
직원 봉시현　우리은행　{o1}　2,940,000원""",
    [("PERSON", "봉시현"), ("BANK_ACCOUNT", o1)],
)

o1 = ZWJ.join("여하람")
add(
    "ko",
    OB,
    f"""내부 게시판에 올릴 칭찬 글 다듬어 주세요. 이름에 이상한 문자가 있다고 떠요.
"민원실 {o1} 주무관님이 어르신 서류 작성을 끝까지 도와주셨습니다.\"""",
    [("PERSON", o1)],
)

e1 = "jihye.moon@hanmail.net"
o1 = e1.replace("@", "＠").replace(".", "．")
add(
    "ko",
    OB,
    f"""전각 문자로 입력된 이메일 주소가 회원가입에서 거부돼요. 안내 문구 써주세요.
입력값: {o1} (회원명 문지혜)""",
    [("EMAIL_ADDRESS", o1), ("PERSON", "문지혜")],
)

r1 = rr("920814", 2)
o1 = f"{r1[:6]}','-','{r1[7:]}"
add(
    "mixed",
    OB,
    f"""이 쿼리 결과가 NULL 나오는 이유?
SELECT CONCAT('{o1}') AS rrn, '어수진' AS nm FROM dual;""",
    [("KR_RRN", o1), ("PERSON", "어수진")],
)

p1 = mob()
a, b, c = p1.split("-")
o1 = f'{a}"&"-"&"{b}"&"-"&"{c}'
add(
    "ko",
    OB,
    f"""엑셀 수식이 #VALUE! 나와요. =\"{o1}\" 이 셀 옆에 성명 유채린 있어요.""",
    [("PHONE_NUMBER", o1), ("PERSON", "유채린")],
)

e1 = "gyuri.han@lh-partner.co.kr"
o1 = base64.urlsafe_b64encode(e1.encode()).decode().rstrip("=")
add(
    "en",
    OB,
    f"""The unsubscribe link breaks. Can you tell what the token holds?
https://news.lh.or.kr/unsub?t={o1}""",
    [("EMAIL_ADDRESS", o1)],
)

p1 = mob()
a, b, c = p1.split("-")
o1 = f"{a},{b},{c}"
add(
    "ko",
    OB,
    f"""CSV 전화번호가 세 칸으로 나뉘어 있어요. 합치는 엑셀 수식 알려 줘.
성명,hp1,hp2,hp3
도윤서,{o1}""",
    [("PERSON", "도윤서"), ("PHONE_NUMBER", o1)],
)

add(
    "en",
    OB,
    """Fix the spacing in this name badge list.
- M A R K   T H O M P S O N (speaker)
- 심 재 은 (moderator)""",
    [("PERSON", "M A R K   T H O M P S O N"), ("PERSON", "심 재 은")],
)

add(
    "ko",
    OB,
    """택배 송장 출력 칸이 잘려서 주소가 셀마다 나뉘었어요. 합쳐 주세요.
| 시도 | 시군구 | 도로명 | 건물번호 |
| 부산광역시 | 사하구 | 낙동대로 | 398 |
받는 분: 곽도연""",
    [("LOCATION", "부산광역시 | 사하구 | 낙동대로 | 398"), ("PERSON", "곽도연")],
)

d1 = dlic("11")
o1 = fullwidth(d1)
add(
    "ko",
    OB,
    f"""렌터카 예약 확인서 내용 정리. 면허번호가 전각으로 돼 있어요.
예약자 노승기 / 면허 {o1} / 픽업 제주공항""",
    [("PERSON", "노승기"), ("KR_DRIVER_LICENSE", o1)],
)

pp = pp_new()
o1 = " ".join(pp)
add(
    "ko",
    OB,
    f"""출장자 여권번호를 한 칸씩 띄어서 받았는데 항공사 양식에 맞게 써 줘요.
출장자: 은태호 / 여권번호 {o1}""",
    [("PERSON", "은태호"), ("KR_PASSPORT", o1)],
)

a1 = arn("900917", 5, dg(5))
o1 = bold(a1)
add(
    "ko",
    OB,
    f"""외국인 주민 지원사업 신청서 확인 부탁드립니다.
신청자 KHAN IMRAN / 외국인등록번호 {o1} / 거주지 경기도 안산시 단원구 원곡로 45""",
    [("PERSON", "KHAN IMRAN"), ("KR_ALIEN_REG", o1), ("LOCATION", "경기도 안산시 단원구 원곡로 45")],
)

h1 = hins()
o1 = sino(h1)
add(
    "ko",
    OB,
    f"""ARS 녹취 전사 정리 부탁해요.
고객: 건강보험증 번호는 {o1} 이고요, 이름은 피경숙입니다.""",
    [("KR_HEALTH_INSURANCE", o1), ("PERSON", "피경숙")],
)

b1 = brn("2" + dg(8))
o1 = interleave(b1, ZW)
add(
    "ko",
    OB,
    f"""세금계산서 발행 정보 확인해 주세요.
공급받는자 상호 소담식품 / 등록번호 {o1} / 대표 하은별""",
    [("KR_BRN", o1), ("PERSON", "하은별")],
)

c1 = crn("110111" + dg(6), dash=False)
o1 = words(c1, _EN)
add(
    "en",
    OB,
    f"""Transcribe this call note into the supplier file.
"The corporate registration number, read digit by digit, is {o1}. Contact person Yeon Do-hyun.\"""",
    [("KR_CRN", o1), ("PERSON", "Yeon Do-hyun")],
)

e1 = "kyungmin.oh@gmail.com"
o1 = "kyungmin.oh@gm\u0430il.com"
add(
    "en",
    OB,
    f"""Why does our mail filter mark this sender as spoofed? From: Oh Kyung-min <{o1}>""",
    [("PERSON", "Oh Kyung-min"), ("EMAIL_ADDRESS", o1)],
)

ip1 = priv_ip()
o1 = " . ".join(ip1.split("."))
add(
    "ko",
    OB,
    f"""장애 보고서 초안에 서버 주소가 띄어쓰기로 들어갔는데 그냥 두고 문장만 다듬어 주세요.
DB 서버( {o1} ) 디스크 장애로 09:10~09:42 민원 시스템 중단. 담당 표하린""",
    [("IP_ADDRESS", o1), ("PERSON", "표하린")],
)

p1 = mob()
o1 = p1.replace("-", "—")
add(
    "en",
    OB,
    f"""Fix the dashes in this flyer line: "Volunteer coordinator Jane Whitmore — {o1} — weekdays only\"""",
    [("PERSON", "Jane Whitmore"), ("PHONE_NUMBER", o1)],
)

c1 = visa()
o1 = c1.replace("-", "🔸")
add(
    "ko",
    OB,
    f"""단톡방에 올라온 메시지인데 공지용으로 다듬어 줘 (카드번호는 빼고).
총무 임세아: 회비 결제는 제 카드 {o1} 로 일괄 처리했어요~""",
    [("PERSON", "임세아"), ("CREDIT_CARD", o1)],
)

r1 = rr("050822", 4)
o1 = f'"{r1[:6]}", "{r1[7:]}"'
add(
    "mixed",
    OB,
    f"""이 배열을 어떻게 합쳐서 검증하나요?
student = {{"name": "모다온", "idParts": [{o1}]}}""",
    [("PERSON", "모다온"), ("KR_RRN", o1[1:-1])],
)

e1 = "sehun.gwak@yonsei.ac.kr"
o1 = hexs(e1)
add(
    "en",
    OB,
    f"""Decode the user field in this audit line for me.
2025-06-03T10:11:12Z audit action=export user_hex={o1} rows=312""",
    [("EMAIL_ADDRESS", o1)],
)

p1 = mob()
o1 = interleave(plain(p1), ".")
add(
    "ko",
    OB,
    f"""카톡 프로필 소개글 다듬어 줘: "목공방 운영 중 🪵 주문 문의 {o1} (지성호)\"""",
    [("PHONE_NUMBER", o1), ("PERSON", "지성호")],
)


# ================================================================ NEGATIVE (hard negatives)
def _ean_not_rrn() -> str:
    while True:
        e = ean13("880" + dg(9))
        if rrn_check(e[:12]) != int(e[12]):
            return e


ISBN_A = isbn13("978-89-" + dg(4, "123456789") + "-" + dg(3))
ISBN_B = isbn13("979-11-" + dg(4, "123456789") + "-" + dg(3))
EAN_A = _ean_not_rrn()
EAN_B = _ean_not_rrn()
ORDER16 = nonluhn("2025" + dg(12))
APPROVAL = nonluhn(dg(16, "6789"))

NEG: list[tuple[str, str]] = [
    # ---- hospital / EMR without identifying data
    (
        "ko",
        """퇴원요약지 표준 서식 항목을 정리해 주세요. 필수 항목: 환자 성명, 등록번호, 주민등록번호, 입·퇴원일,
주진단명(KCD 코드), 수술명, 퇴원 시 처방, 추적 관찰 계획. 개인정보 항목은 비식별 처리 기준도 같이 알려 주세요.""",
    ),
    (
        "ko",
        """간호기록 예시 문장 만들어 주세요. 예: "14:00 V/S 120/80-72-20-36.8, SpO2 98% (RA), 통증 NRS 3점,
Tramadol 50mg IV 투여 후 15:00 NRS 1점." 이런 식으로 5개 더.""",
    ),
    (
        "en",
        """Rewrite this ward policy paragraph in plain language: "Patients on the Rapid Response list must be
reviewed by the Night Registrar within 30 minutes; escalation goes through the Critical Care Outreach Team (bleep 4412)
and, after 02:00, through the Duty Consultant." Keep Critical Care Outreach Team capitalised.""",
    ),
    (
        "ko",
        """의무기록 사본 발급 절차 안내문 써 주세요. 근거: 의료법 제21조 제3항, 같은 법 시행규칙 제13조의3.
대리 발급 시 위임장, 신분증 사본, 가족관계증명서 필요. 수수료는 1~5매 1,000원, 6매부터 매당 100원.""",
    ),
    (
        "mixed",
        """EMR 검사 결과 코드표를 보기 좋게 정리해 주세요.
LAB-CBC-001 | WBC | 4.0-10.0 x10^3/uL
LAB-CHM-014 | Creatinine | 0.7-1.3 mg/dL
LAB-CHM-022 | HbA1c | 4.0-6.0 %
LAB-IMM-105 | hs-CRP | <0.3 mg/dL""",
    ),
    # ---- school
    (
        "ko",
        """가정통신문 초안: "학부모님께, 2025학년도 1학기 현장체험학습은 5월 16일(금) 국립중앙박물관으로 갑니다.
참가비 12,000원은 스쿨뱅킹으로 5월 9일 출금됩니다. 회신서는 5월 7일까지 담임 선생님께 제출해 주세요." 존댓말 자연스럽게.""",
    ),
    (
        "ko",
        """NEIS 학교생활기록부 기재요령에서 '창의적 체험활동' 500자 제한 관련 규정 찾아서 요약해 주세요.
학생 개인정보(성명, 주민등록번호, 주소)는 학적 영역에만 기재한다는 부분도 같이.""",
    ),
    (
        "ko",
        """방과후학교 강좌 시간표 표로 만들어 줘.
월 3-4교시 로봇코딩(2층 컴퓨터실) / 화 방송댄스(강당) / 수 바이올린(음악실) / 목 바둑(도서관) / 금 휴강
수강료 분기 90,000원, 교재비 별도 15,000원""",
    ),
    (
        "en",
        """Translate into Korean: "Dear Parents, the Summer Reading Challenge starts on Monday. Each child will
receive a Reading Passport. Please sign the Home-School Agreement and return it by Friday. Thank you, Year 4 Team.\"""",
    ),
    (
        "ko",
        """학생 명렬표 양식 예시 좀 만들어 주세요. 번호, 성명, 성별, 생년월일, 보호자 연락처 열로 하고,
예시 행은 '1 / 홍길동 / 남 / 2015.03.01 / 010-0000-0000' 처럼 가짜로 채워 주세요.""",
    ),
    # ---- immigration
    (
        "ko",
        """체류자격별 필요 서류를 표로 정리해 주세요: E-9(비전문취업), E-7(특정활동), D-2(유학), D-10(구직), F-6(결혼이민).
외국인등록번호, 여권 사본, 표준근로계약서, 재학증명서 등 서류명만 적고 실제 번호는 필요 없습니다.""",
    ),
    (
        "ko",
        """출입국관리법 제31조(외국인등록)와 제36조(체류지 변경의 신고) 조문을 쉬운 말로 풀어 주세요.
체류지 변경 시 14일 이내 신고, 위반 시 과태료 기준도 알려 주세요.""",
    ),
    (
        "en",
        """Summarise the new Hi Korea online appointment rules for the Seoul Southern Immigration Office:
walk-in slots end at 15:00, the Sejong-ro branch handles F-series visas, and the Global Talent Desk handles E-7-4.""",
    ),
    # ---- procurement
    (
        "ko",
        """나라장터 입찰공고 요약해 주세요.
공고번호 R25BK00498812-00 / 공고명 2025년 통합관제센터 CCTV 유지보수 용역
추정가격 412,727,273원 (부가세 별도) / 입찰서 제출 마감 2025-06-18 10:00
근거: 국가를 당사자로 하는 계약에 관한 법률 시행령 제10조, 제42조""",
    ),
    (
        "ko",
        """적격심사 점수표 계산해 주세요. 경영상태 28.5점, 시공경험 14점, 신인도 +1.2점, 입찰가격 45.3점.
통과 기준 92점 이상인지 확인 부탁합니다.""",
    ),
    (
        "ko",
        """제안요청서(RFP)에서 '사업자등록번호', '법인등록번호', '대표자 주민등록번호'를 받는 근거가 있는지 검토해 주세요.
개인정보 최소수집 원칙에 맞게 대표자 주민등록번호는 생략하는 방안으로 문구 제안 바랍니다.""",
    ),
    # ---- real estate register
    (
        "ko",
        """등기사항전부증명서 읽는 법 설명해 주세요. 표제부, 갑구(소유권), 을구(소유권 외 권리) 차이,
'말소사항 포함'과 '현재 유효사항' 차이, 고유번호 1146-2012-004512 같은 번호가 뭘 뜻하는지도.""",
    ),
    (
        "ko",
        """근저당 채권최고액 계산 예시 부탁: 대출 원금 200,000,000원, 설정 비율 120%이면 채권최고액 240,000,000원.
130%일 때와 비교표도 만들어 주세요.""",
    ),
    # ---- delivery
    (
        "ko",
        f"""택배 지연 공지문 다듬어 주세요.
"설 연휴 물량 증가로 1월 24일~1월 31일 접수분은 2~3일 지연될 수 있습니다. 운송장 조회는 홈페이지 또는
고객센터 1588-1255에서 가능합니다. 주문번호(예: {ORDER16[:8]}-{ORDER16[8:14]})를 준비해 주세요.\"""",
    ),
    (
        "mixed",
        """운송장 번호 체계 질문이에요. CJ는 12자리(예: 5689 1234 0071은 가짜 예시), 한진은 12자리,
우체국은 13자리라는데 맞나요? Waybill check digit 계산법도 알려주세요.""",
    ),
    (
        "ko",
        """고객 불만 유형별 답변 템플릿 5개 만들어 주세요: 파손, 분실, 오배송, 지연, 기사 불친절.
고객명은 {고객명}, 연락처는 {연락처} 처럼 변수로 남겨 두세요.""",
    ),
    (
        "en",
        """Draft an apology for late delivery. Order #KR-20250611-88412 was held at the Incheon Gateway due to a
customs document mismatch; new ETA is Friday. Mention our Returns Portal and the Priority Lane service.""",
    ),
    # ---- bank / card
    (
        "ko",
        """은행 콜센터 본인확인 스크립트 개선안 써 주세요. 현재: 성명 → 생년월일 → 주민등록번호 뒷자리 전체 → 계좌 비밀번호 앞 2자리.
주민등록번호 뒷자리 전체와 계좌 비밀번호를 묻지 않는 방식으로 바꾸고 싶습니다.""",
    ),
    (
        "ko",
        """보이스피싱 예방 안내문 써 주세요. '검찰, 금감원은 절대로 계좌 이체나 현금 전달을 요구하지 않습니다',
'의심 시 112 또는 1332로 신고' 문구 넣어 주세요.""",
    ),
    (
        "ko",
        f"""카드 승인 내역 엑셀 정리 부탁해요. 개인정보는 없고 가맹점·금액만 있어요.
승인일시,승인번호,가맹점,금액
2025-03-02 12:11,{APPROVAL[:8]},스타벅스 광화문점,6,300
2025-03-02 19:40,{APPROVAL[8:]},GS25 세종청사점,3,900""",
    ),
    (
        "en",
        """Explain Visa chargeback reason codes 10.4 (Other Fraud - Card Absent), 13.1 (Merchandise Not Received)
and 13.3 (Not as Described) to a new team member, with one example each.""",
    ),
    (
        "ko",
        """카드 결제 테스트용 번호로 4111-1111-1111-1111, 5555-5555-5555-4444 쓰면 되나요?
PG사 샌드박스 설정 방법이랑 같이 알려주세요.""",
    ),
    (
        "ko",
        """계좌번호 유효성 검사 로직 짜 주세요. 은행별 자릿수 — 국민 14자리, 신한 12자리, 우리 13자리, 하나 14자리,
농협 13자리 — 를 기준으로, 하이픈 유무와 상관없이 검사해야 합니다.""",
    ),
    # ---- SQL / code / fixtures
    (
        "en",
        """Review this fixture - all values are fake placeholders:
INSERT INTO member (name, rrn, phone, email) VALUES
('홍길동', '000000-0000000', '010-0000-0000', 'test@example.com');""",
    ),
    (
        "mixed",
        """이 쿼리 성능 튜닝해 주세요.
SELECT o.order_no, o.order_dt, SUM(d.qty * d.unit_price) AS amt
  FROM tb_order o JOIN tb_order_dtl d ON o.order_no = d.order_no
 WHERE o.order_dt BETWEEN '2025-01-01' AND '2025-03-31' AND o.status_cd IN ('10','20')
 GROUP BY o.order_no, o.order_dt HAVING SUM(d.qty * d.unit_price) > 1000000;""",
    ),
    (
        "en",
        """Why does this Django model migration fail?
class Applicant(models.Model):
    name = models.CharField(max_length=50)
    rrn_hash = models.CharField(max_length=64, unique=True)
    phone = models.CharField(max_length=13, validators=[RegexValidator(r'^01[016789]-\\d{3,4}-\\d{4}$')])""",
    ),
    (
        "mixed",
        """Faker 로 한국어 더미데이터 만드는 코드 짜 주세요. fake.name(), fake.ssn(), fake.phone_number(),
fake.address() 쓰고 locale은 ko_KR, 시드는 42로 고정.""",
    ),
    (
        "en",
        """Explain this regex for Korean mobile numbers and suggest improvements:
^(010|011|016|017|018|019)-?\\d{3,4}-?\\d{4}$""",
    ),
    # ---- logs / config
    (
        "en",
        """Our nginx config: is this right for local testing?
server {
    listen 127.0.0.1:8080;
    allow 10.0.0.0/8;
    allow 192.168.0.0/16;
    deny all;
}""",
    ),
    (
        "mixed",
        """버전 관리 정리해 주세요. 현재 운영 v3.12.4, 스테이징 v3.13.0-rc.2, 윈도우 빌드 10.0.19045.4291,
크롬 126.0.6478.127, 내부 라이브러리 버전 4.2.1.8 입니다. 업그레이드 순서 추천 부탁.""",
    ),
    (
        "en",
        """Summarise this k8s event log:
Warning  BackOff  pod/minwon-api-7d9f8c6b5-x2lqp  Back-off restarting failed container
Normal   Pulled   pod/minwon-api-7d9f8c6b5-x2lqp  Container image "registry.local/minwon-api:2.8.1" already present
Warning  Unhealthy pod/minwon-api-7d9f8c6b5-x2lqp  Readiness probe failed: Get "http://0.0.0.0:8080/health": connection refused""",
    ),
    (
        "ko",
        """.env.example 파일 작성해 주세요. 변수: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, SMTP_HOST, ADMIN_EMAIL.
값은 전부 placeholder로: DB_HOST=localhost, ADMIN_EMAIL=admin@example.com 이런 식으로.""",
    ),
    (
        "en",
        """Explain these log levels and when to use each: TRACE, DEBUG, INFO, WARN, ERROR, FATAL. Our Jira ticket is
OPS-1123 and the Confluence page is 'Logging Standard v2'.""",
    ),
    # ---- Slack / Teams / Outlook (no personal data)
    (
        "ko",
        """팀즈 회의록 요약해 주세요.
- 안건1: 하반기 예산 재배정 (정보화사업 3건)
- 안건2: 개인정보 영향평가 일정 - 7월 2주차 착수
- 결정: 예산 조정안 6/20까지 기획예산과 제출""",
    ),
    (
        "en",
        """Make this Slack announcement friendlier: "Reminder: the Main Street office is closed on Friday for the
Independence Day holiday. Use the Victoria Line entrance at Canary Wharf on Monday. - Facilities\"""",
    ),
    (
        "en",
        """Draft an Outlook reply declining the invitation: "The Ministry is unable to attend the Spring Policy
Forum at Lincoln Center on 14 May; we will send written comments on the Green Growth Framework instead.\"""",
    ),
    (
        "en",
        """Proofread: "Our Grace Period policy allows 30 days. Contact the Help Desk or the Customer Care Team.
Ask for the Summer Rose Package when booking the Ocean View Suite at Marina Bay.\"""",
    ),
    # ---- insurance / licences / passports prose
    (
        "ko",
        """건강보험 피부양자 인정 기준을 표로 정리해 주세요. 소득 요건(연 2,000만원 이하), 재산 요건(과표 5.4억 이하),
부양 요건. 근거는 국민건강보험법 시행규칙 별표 1의2.""",
    ),
    (
        "ko",
        """건강보험증 번호가 11자리라는데, 앞자리가 지역/직장 구분인가요? 그리고 모바일 건강보험증 발급 방법 알려 주세요.""",
    ),
    (
        "ko",
        """운전면허 적성검사 안내문 써 주세요. 1종은 10년마다, 70세 이상은 3년마다. 면허번호는 지역코드 2자리-
발급연도 2자리-일련번호 6자리-검증 2자리 구조라는 설명도 넣어 주세요.""",
    ),
    (
        "ko",
        """여권 재발급 안내: 차세대 전자여권은 여권번호가 'M123A4567'처럼 영문+숫자 혼합 형식으로 바뀌었다는 설명을
민원인이 이해하기 쉽게 써 주세요. (예시 번호는 형식 설명용)""",
    ),
    (
        "en",
        """Explain the difference between a Korean Alien Registration Card and the Residence Card rename,
and which visa types (F-4, F-5, E-7) need to renew the card at the Immigration Contact Center 1345.""",
    ),
    # ---- numbers that look like identifiers
    (
        "ko",
        f"""도서관 신착 도서 목록 정리 부탁.
1) 데이터 윤리 입문 / ISBN {ISBN_A} / 22,000원
2) 공공데이터 활용 실무 / ISBN {ISBN_B} / 27,000원""",
    ),
    (
        "ko",
        f"""비품 바코드 정리해 줘요. 복사용지 A4 2500매 바코드 {EAN_A}, 토너 TN-2480 바코드 {EAN_B}
재고 각각 40박스, 12개.""",
    ),
    (
        "ko",
        """판결문 요지 정리해 주세요. 사건 2024가단512345 손해배상(기), 원고 패소.
'개인정보 보호법 제15조 제1항 제2호에 따른 수집이었다'는 피고 주장을 인용. 판결 선고 2025. 2. 13.""",
    ),
    (
        "ko",
        """부품 단가표 환율 반영해 주세요.
품번 010-2231-A7 브래킷 $3.20 / 품번 031-7710-B2 가스켓 $0.85 / 품번 070-4412-C9 센서 $12.40
환율 1,382.50원""",
    ),
    (
        "ko",
        """개인정보 보호법 제24조의2(주민등록번호 처리의 제한) 조문 해설 부탁드립니다.
제1항 각 호, 제2항 암호화 조치, 제3항 대체가입수단 제공 의무까지 나눠서요.""",
    ),
    (
        "ko",
        """민원 통계 요약: 2025년 1분기 접수 12,847건, 처리 12,301건(95.7%), 평균 처리기간 4.2일.
전년 동기 대비 접수 8.1% 증가. 상위 3개 유형: 주차 3,110건, 소음 2,045건, 도로파손 1,322건.""",
    ),
    (
        "ko",
        """사번 체계 개편안 검토 부탁. 현 사번 20190412 형식(입사연월일)에서 'KR-2019-0412' 형식으로 변경.
군번(예: 23-71012345)이나 수험번호(1234567)와 혼동 없도록 접두어를 붙이는 안입니다.""",
    ),
    (
        "en",
        """Turn these meeting times into a table: Seoul 10:00 KST = London 02:00 BST = New York 21:00 EDT (previous day).
Dial-in via Teams; conference ID 482 113 907#.""",
    ),
    (
        "ko",
        """주민등록번호 수집 금지 원칙 관련해서, 회원가입 시 생년월일과 휴대전화 본인인증으로 대체하는
방안에 대한 내부 보고서 목차를 잡아 주세요. 계좌번호와 카드번호는 PG사에 위탁 처리 중입니다.""",
    ),
    (
        "ko",
        """마스킹된 민원 대장 요약해 주세요.
접수 2025-0412 / 민원인 김*수 / 연락처 010-****-3321 / 주민번호 880101-1****** / 내용: 불법 주정차
접수 2025-0413 / 민원인 이*영 / 연락처 010-****-9902 / 내용: 가로등 고장""",
    ),
    (
        "ko",
        """세종대왕과 이순신 장군을 소재로 한 어린이 역사 체험 프로그램 홍보 문구 3개 만들어 주세요.
장소는 광화문광장, 기간은 10월 9일 한글날 전후 일주일.""",
    ),
    (
        "en",
        """Rewrite this for the board: "Revenue grew 12.4% YoY to KRW 48.2bn; EBITDA margin 17.9%; headcount 1,204.
The Phoenix Project and the Atlas Programme were merged under the Digital Office in Q2.\"""",
    ),
    (
        "mixed",
        """온도 센서 로그에서 이상치 찾아 주세요.
2025-06-01 00:00 21.4C 45%
2025-06-01 01:00 21.2C 46%
2025-06-01 02:00 85.0C 0%
2025-06-01 03:00 21.0C 46%""",
    ),
    (
        "ko",
        """공문 번호 체계 질문입니다. '정보화담당관-1234(2025.06.02.)' 형식에서 문서번호가 연도별로 초기화되나요?
그리고 시행일자와 접수일자 차이도 알려 주세요.""",
    ),
    (
        "en",
        """Calculate the loan schedule: principal KRW 150,000,000, 4.35% fixed, 30 years, monthly payments.
Show the first 6 rows and the total interest.""",
    ),
    (
        "ko",
        """주소 표기법 질문이에요. 도로명주소는 '시도 시군구 도로명 건물번호 상세주소(동·호)' 순서이고,
지번주소는 '시도 시군구 읍면동 번지' 순서라고 하는데, 둘을 병기할 때 괄호 규칙 알려 주세요.""",
    ),
    (
        "ko",
        """좌표 변환 부탁합니다. 위도 37.5665, 경도 126.9780 을 TM 좌표로 바꾸고, EPSG:5186 기준 값도 알려 주세요.""",
    ),
    (
        "en",
        """Which of these are valid IPv4 CIDR blocks for our VPC plan: 10.0.0.0/16, 172.16.0.0/12, 192.168.0.0/24,
256.1.1.0/24? Explain the invalid one.""",
    ),
    (
        "ko",
        """전화 응대 매뉴얼 개정안: 대표번호 1577-1000 안내, 야간에는 120 다산콜센터로 연결, 긴급 신고는 112/119.
상담원 이름은 밝히되 개인 휴대전화 번호는 안내하지 않는다는 원칙 추가.""",
    ),
    (
        "en",
        """Proofread the product spec: model SHV-E250S, firmware 5.1.1, serial format SN-2025-XXXX-XXXX,
IMEI field left blank for privacy, battery 3,100mAh.""",
    ),
]
for _lang, _text in NEG:
    add(_lang, N, _text, [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "eighth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_eighth.jsonl"), build())


if __name__ == "__main__":
    main()
