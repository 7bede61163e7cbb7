# ruff: noqa: E501
"""Ninth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring and build()/main() of heldout_eighth.py, whose schema and conventions it copies). The evaluation
script was only run, never read. Values are made up with a fresh seed; resident, alien, business and corporate
numbers and card numbers carry real check digits (check_digits.py).

New domains: 기초생활수급 and 장애인 등록 applications (행복e음 notes, 주거급여, 활동지원), 국민연금 letters
(노령·유족·분할연금, 반환일시금), court judgments and 판결문 excerpts (민사·형사·가사, 지급명령, 공탁),
election staff and polling-station lists (투표사무원, 참관인, 거소투표), 119 fire and ambulance dispatch logs and
구급활동일지, public library and sports-centre memberships, 지방세 notices (재산세, 자동차세, 취득세, 환급),
apartment 관리사무소 notices, recruitment and interview score sheets, car registration and traffic fines,
insurance claims in English (NZ/US/UK addresses and phones), Jira tickets and Confluence pages, Excel formulas,
Jupyter outputs and tracebacks, SMS/알림톡/KakaoTalk notifications and exports, and scanned-document OCR output
(broken spacing, l for 1, O for 0).

Labelling decisions (same as the eighth set):
- PERSON: the name only (no title, honorific, particle or label); every mention, surname-only and given-name-only
  ones included. Names inside e-mail local parts are not separately labelled. Placeholders (홍길동 in a form
  example) and masked names (김**, 김○○, 피고인 A) are not labelled; public figures and historical persons in
  ordinary prose are not labelled.
- LOCATION: from the first administrative unit present through the building number, plus unit detail (동/호/층)
  directly following. English-order addresses: from the unit/street number through the city/province/postcode,
  without the country. Bare city, district or facility names are not labelled.
- PHONE_NUMBER: full numbers; 15xx/16xx/18xx representative numbers and short service numbers (112, 119, 120,
  1355, 1345) are not labelled.
- BANK_ACCOUNT: the number only. Order numbers, waybills, 사번, 수험번호, case numbers and ticket keys are never
  labelled.
- Masked values, loopback/unspecified IPs, CIDR blocks and documentation placeholders (example.com, 4111-1111-...,
  000000-0000000) are not labelled; private host IPs are.
- Obfuscated values: the span covers the disguised form from the first to the last character of the value,
  including words, separators, markup, invisible characters, line breaks, quotes/concatenation operators or table
  cells in between (markup wrapping the whole value is outside the span). Encoded values (base64, hex, percent
  encoding, ROT13, a digit shift explained in the text) are labelled with the entity they encode, on the encoded
  token. Defanged IPs and e-mails are labelled IP_ADDRESS / EMAIL_ADDRESS.
- Older region-name driver's licences ("서울 19-384756-21") include the region name; hospital patient numbers,
  policy and claim numbers and foreign passport numbers are not labelled; a 건강보험증 번호 is KR_HEALTH_INSURANCE.
Added for this set:
- Vehicle registration numbers (차량번호 such as "157하 3842"), VINs (차대번호) and plate numbers of other
  countries are NOT personal data here and are never labelled, even next to the owner's name; the owner's name,
  address and numbers around them are labelled as usual.
- A bare apartment unit ("103동 1504호") with no administrative unit or road before it is not a LOCATION.
- Member numbers (library, sports centre), 전자납부번호, 공탁번호, 보훈번호, 자격증 번호, 접수번호 and CAD call ids are
  not labelled; a phone number given only as digits (ANI "01049382716") is labelled; a phone number that a
  spreadsheet has turned into a float (1.049283e+09) is not.
- Names of 구급대원, 면접위원 and other staff named in a pasted document are labelled (they are not public figures);
  a name written with spaces from OCR ("모 재 현") is labelled as written, spaces included.
- A value whose halves are given in different places of one message is labelled as one span from the first
  character of the first half to the last character of the second half, as the obfuscation rule says.
"""

from __future__ import annotations

import base64
import codecs
import random
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_check
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

random.seed(9_2025_0719_3)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers
def dg(n: int, first: str = "0123456789") -> str:
    return random.choice(first) + "".join(random.choice("0123456789") for _ in range(n - 1))


def rr(yymmdd: str, g: int, dash: bool = True) -> str:
    return rrn(yymmdd, g, dg(5), dash=dash)


def fr(yymmdd: str, g: int) -> str:
    return arn(yymmdd, g, dg(5))


def mob() -> str:
    return f"010-{dg(4, '23456789')}-{dg(4)}"


def area(code: str) -> str:
    mid = dg(4, "23456789") if code == "02" and random.random() < 0.5 else dg(3, "2345789")
    return f"{code}-{mid}-{dg(4)}"


def pp_old() -> str:
    return "M" + dg(8)


def pp_new() -> str:
    return "M" + dg(3) + random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + dg(4)


def dlic(region: str = "11") -> str:
    return f"{region}-{random.randint(8, 23):02d}-{dg(6)}-{dg(2)}"


def hins() -> str:
    return f"{random.randint(1, 7)}-{dg(10, '123456789')}"


def kb() -> str:
    return f"{dg(6)}-{dg(2)}-{dg(6)}"


def shinhan() -> str:
    return f"110-{dg(3)}-{dg(6)}"


def woori() -> str:
    return f"1002-{dg(3)}-{dg(6)}"


def hana() -> str:
    return f"{dg(3)}-{dg(6)}-{dg(5)}"


def nh() -> str:
    return f"{random.choice(['302', '301', '351', '356'])}-{dg(4)}-{dg(4)}-{dg(2)}"


def ibk() -> str:
    return f"{dg(3)}-{dg(6)}-{dg(2)}-{dg(3)}"


def kakao() -> str:
    return f"3333-{dg(2)}-{dg(7)}"


def toss() -> str:
    return f"1000-{dg(4)}-{dg(4)}"


def kbank() -> str:
    return f"100-{dg(3)}-{dg(6)}"


def post() -> str:
    return f"{dg(6)}-{dg(2)}-{dg(6)}"


def mg() -> str:
    return f"9{dg(3)}-{dg(4)}-{dg(4)}-{dg(1)}"


def visa(sep: str = "-") -> str:
    return card("4" + dg(14), sep=sep)


def master(sep: str = "-") -> str:
    return card(random.choice(["51", "52", "53", "54", "55"]) + dg(13), sep=sep)


def amex() -> str:
    return card("3" + random.choice("47") + dg(12), groups=(4, 6, 5), sep=" ")


def jcb() -> str:
    return card("35" + dg(13))


def bz() -> str:
    return brn(dg(3, "123456789") + random.choice(["81", "86", "87", "01", "05", "13", "23"]) + dg(4))


def cz() -> str:
    return crn(random.choice(["110111", "131111", "134811", "160111", "194211", "284411"]) + dg(6))


def pub_ip() -> str:
    return f"{random.choice([211, 175, 121, 59, 112, 220, 203, 118])}.{random.randint(16, 250)}.{random.randint(1, 250)}.{random.randint(2, 250)}"


def priv_ip() -> str:
    r = random.random()
    if r < 0.4:
        return f"10.{random.randint(1, 250)}.{random.randint(0, 250)}.{random.randint(2, 250)}"
    if r < 0.7:
        return f"172.{random.randint(16, 31)}.{random.randint(0, 250)}.{random.randint(2, 250)}"
    return f"192.168.{random.randint(0, 99)}.{random.randint(2, 250)}"


# ---------------------------------------------------------------- disguises
_HANGUL = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
_HANJA = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
_EN = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))
_SUP = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
_CIRC = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))


def mapd(s: str, table: dict[str, str], sep: str = "") -> str:
    return sep.join(table.get(c, c) for c in s)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def script(s: str, zero: int) -> str:
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


def keycap(s: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def interleave(s: str, mark: str) -> str:
    return mark.join(s)


def ko_num(n: int) -> str:
    """4-digit place-value reading: 4729 -> 사천칠백이십구 (일 dropped before 천/백/십)."""
    out = ""
    for val, unit in ((1000, "천"), (100, "백"), (10, "십")):
        d, n = divmod(n, val)
        if d:
            out += ("" if d == 1 else _HANGUL[str(d)]) + unit
    return out + (_HANGUL[str(n)] if n else "")


_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_pair(two: str) -> str:
    """Two digits read as a pair: 47 -> forty-seven, 05 -> oh-five, 10 -> ten."""
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return f"oh-{_EN[two[1]]}"
    if a == 1:
        return _TEENS[b]
    return _TENS[a] + ("" if b == 0 else f"-{_EN[two[1]]}")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def hexs(s: str) -> str:
    return s.encode().hex()


def pct(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def html_ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def html_hex(s: str) -> str:
    return "".join(f"&#x{ord(c):x};" for c in s)


def json_u(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def ocr(s: str) -> str:
    return s.replace("0", "O").replace("1", "l")


def shift(s: str, k: int = 1) -> str:
    return "".join(str((int(c) + k) % 10) if c.isdigit() else c for c in s)


# ================================================================ POSITIVE
# ---- 기초생활수급 / 장애인 등록 / 주거급여
r1, r2, r3, t1, p1 = rr("480917", 2), rr("460203", 1), rr("100522", 3), area("061"), mob()
add("ko", P, f"""아래 기초생활수급자 신청서 내용을 표로 정리해 주세요.

[사회보장급여 신청(변경)서]
신청인 성명: 박순자   주민등록번호: {r1}
주소: 전라남도 순천시 중앙로 84, 2층
전화: {t1}   휴대전화: {p1}
가구원: 배우자 김덕배({r2}), 손자 김하늘({r3})
신청 급여: 생계급여, 의료급여""",
    [("PERSON", "박순자"), ("KR_RRN", r1), ("LOCATION", "전라남도 순천시 중앙로 84, 2층"), ("PHONE_NUMBER", t1), ("PHONE_NUMBER", p1),
     ("PERSON", "김덕배"), ("KR_RRN", r2), ("PERSON", "김하늘"), ("KR_RRN", r3)])

p1, a1 = mob(), nh()
add("ko", P, f"""장애인 등록 상담 메모를 민원 회신문 형태로 다듬어 줘.
- 신청인: 윤재석(49세), 보호자 겸 대리인 누나 윤미란 {p1}
- 주소지: 경기도 안산시 단원구 고잔로 112, 503동 1102호
- 장애 유형: 지체, 심한 장애 여부 국민연금공단 장애심사센터 심사 중
- 장애인연금 수령 계좌: 농협 {a1} (예금주 윤재석)""",
    [("PERSON", "윤재석"), ("PERSON", "윤미란"), ("PHONE_NUMBER", p1), ("LOCATION", "경기도 안산시 단원구 고잔로 112, 503동 1102호"),
     ("BANK_ACCOUNT", a1), ("PERSON", "윤재석")])

a1 = woori()
add("mixed", P, f"""이 메일 영어 부분 문법 좀 봐 줘.

받는 사람: 정미경 사회복지사 <mkjung.welfare@gmail.com>
제목: 긴급복지 생계지원 입금 안내 / Emergency living support deposit

긴급복지 생계지원금 1,833,000원을 아래 계좌로 입금할 예정입니다.
The emergency living support of KRW 1,833,000 will be deposited to the account below.
우리은행 {a1} (예금주 / Account holder: Nguyen Thi Lan)""",
    [("PERSON", "정미경"), ("EMAIL_ADDRESS", "mkjung.welfare@gmail.com"), ("BANK_ACCOUNT", a1), ("PERSON", "Nguyen Thi Lan")])

r1, a1, a2, p1 = rr("410330", 2), kb(), nh(), mob()
add("ko", P, f"""행복e음 상담내역에 붙일 문장으로 정리해줘.
2024.06.11 수급자 이옥분(주민번호 {r1}) 내방. 압류방지 전용 통장(행복지킴이통장)으로 변경 요청함.
기존: 국민 {a1} → 변경: 농협 {a2} (행복지킴이)
연락처 {p1} (딸 최은정)""",
    [("PERSON", "이옥분"), ("KR_RRN", r1), ("BANK_ACCOUNT", a1), ("BANK_ACCOUNT", a2), ("PHONE_NUMBER", p1), ("PERSON", "최은정")])

p1 = mob()
add("ko", P, f"""장애인 활동지원 급여 변경 통보서 초안 써 줘.
수급자: 한지우 (2009년생, 활동지원 3구간)
활동지원사 변경: 기존 송미숙 → 신규 강태호 (제공기관 늘봄재가센터, {p1})
활동지원사 자격증 번호 2021-경기-04417
변경 적용일: 2024. 7. 1.""",
    [("PERSON", "한지우"), ("PERSON", "송미숙"), ("PERSON", "강태호"), ("PHONE_NUMBER", p1)])

f1, p1 = fr("880714", 6), mob()
add("en", P, f"""Can you rewrite this case note in simple Korean for the 주민센터 staff?

Client: Maria Santos Dela Cruz, alien registration no. {f1}, married to a Korean national (오상철), separated since March.
Address: 충청남도 천안시 서북구 불당대로 20, 1203호
Phone: {p1}
She is asking about single-parent family support (한부모가족 지원) for her two children.""",
    [("PERSON", "Maria Santos Dela Cruz"), ("KR_ALIEN_REG", f1), ("PERSON", "오상철"), ("LOCATION", "충청남도 천안시 서북구 불당대로 20, 1203호"), ("PHONE_NUMBER", p1)])

b1, a1 = bz(), shinhan()
add("ko", P, f"""주거급여 임차료 대리지급 신청 건입니다. 임대인 정보 빠진 거 없는지 확인해 주세요.
임대인: 서동훈 (임대사업자, 사업자등록번호 {b1})
임대차 주택: 부산광역시 사하구 낙동대로455번길 17, 302호
월 차임: 320,000원
임차료 입금 계좌: 신한 {a1}""",
    [("PERSON", "서동훈"), ("KR_BRN", b1), ("LOCATION", "부산광역시 사하구 낙동대로455번길 17, 302호"), ("BANK_ACCOUNT", a1)])

# ---- 국민연금
r1, a1 = rr("590812", 1), post()
add("ko", P, f"""국민연금 노령연금 지급 결정 통지서 문구를 어르신이 이해하기 쉬운 말로 바꿔 주세요.

수급권자: 장영길 님 ({r1})
주소: 대전광역시 서구 계룡로 637, 108동 1506호
월 지급액: 1,024,370원 (2024년 7월분부터)
지급 계좌: 우체국 {a1}
문의: 국민연금공단 고객센터 1355""",
    [("PERSON", "장영길"), ("KR_RRN", r1), ("LOCATION", "대전광역시 서구 계룡로 637, 108동 1506호"), ("BANK_ACCOUNT", a1)])

f1, a1 = fr("910203", 5), hana()
add("ko", P, f"""외국인 반환일시금 청구서 검토 부탁합니다. 빠진 서류 있으면 알려 주세요.
청구인: NGUYEN VAN HUNG
외국인등록번호: {f1}
여권번호: C4827193 (베트남)
송금 계좌: 하나은행 {a1}
출국 예정일: 2024-07-30 / 가입기간 2018.03~2024.06""",
    [("PERSON", "NGUYEN VAN HUNG"), ("KR_ALIEN_REG", f1), ("BANK_ACCOUNT", a1)])

r1, r2, p1 = rr("620415", 2), rr("590128", 1), mob()
add("mixed", P, f"""분할연금 청구 요건 충족하는지 검토해줘. 신청서 일부야.
청구인 (Claimant): 문혜숙, RRN {r1}
노령연금 수급권자 (전 배우자 / former spouse): 배상철, RRN {r2}
혼인기간 (Marriage period): 1987.03.14 ~ 2009.11.02
연락처 Mobile: {p1}""",
    [("PERSON", "문혜숙"), ("KR_RRN", r1), ("PERSON", "배상철"), ("KR_RRN", r2), ("PHONE_NUMBER", p1)])

p1 = mob()
add("ko", P, f"""유족연금 청구 상담 내용 요약 부탁해.
- 사망자: 고 권오성 (1956년생, 2024.05.02 사망)
- 청구인: 배우자 임순례 {p1}, 자녀 권민재 (minjae.kwon91@naver.com)
- 청구인 주소: 강원특별자치도 원주시 단구로 170, 101동 707호
- 권오성 님 가입기간 312개월""",
    [("PERSON", "권오성"), ("PERSON", "임순례"), ("PHONE_NUMBER", p1), ("PERSON", "권민재"), ("EMAIL_ADDRESS", "minjae.kwon91@naver.com"),
     ("LOCATION", "강원특별자치도 원주시 단구로 170, 101동 707호"), ("PERSON", "권오성")])

pp1 = pp_old()
add("en", P, f"""Draft a polite reply to this pension enquiry, please.

"Dear NPS, I worked in Busan from 2015 to 2021 and have now moved back to Canada. My name is Daniel Cho (조대현) and my Korean passport number was {pp1}. Can I claim my contributions as a lump sum? My address is 1055 Bay Street, Unit 2207, Toronto, ON M5S 3A3. You can reach me at daniel.cho.tor@gmail.com or +1 416-839-2274."
""",
    [("PERSON", "Daniel Cho"), ("PERSON", "조대현"), ("KR_PASSPORT", pp1), ("LOCATION", "1055 Bay Street, Unit 2207, Toronto, ON M5S 3A3"),
     ("EMAIL_ADDRESS", "daniel.cho.tor@gmail.com"), ("PHONE_NUMBER", "+1 416-839-2274")])

# ---- 판결문
add("ko", P, """다음 판결문 요지를 세 줄로 요약해줘.

서 울 중 앙 지 방 법 원
판 결
사 건    2023가단5123847 대여금
원 고    최영호
         서울특별시 마포구 월드컵북로 396, 1204호 (상암동)
피 고    남궁민철
         인천광역시 연수구 컨벤시아대로 165, 2803동 1904호
변 론 종 결   2024. 4. 18.
주 문
1. 피고는 원고에게 35,000,000원 및 이에 대하여 2023. 2. 1.부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.""",
    [("PERSON", "최영호"), ("LOCATION", "서울특별시 마포구 월드컵북로 396, 1204호"), ("PERSON", "남궁민철"),
     ("LOCATION", "인천광역시 연수구 컨벤시아대로 165, 2803동 1904호")])

a1 = ibk()
add("ko", P, f"""판결문 범죄사실 부분인데 보도자료용으로 비식별 처리해줘.
"피고인 A는 성명불상의 보이스피싱 조직원과 공모하여, 2023. 9. 14. 피해자 윤서영에게 전화하여 검사를 사칭하고 '명의가 도용되었으니 안전계좌로 옮겨야 한다'고 거짓말하여, 이에 속은 피해자 윤서영으로 하여금 피고인이 관리하는 기업은행 계좌({a1})로 29,000,000원을 송금하게 하였다."
""",
    [("PERSON", "윤서영"), ("PERSON", "윤서영"), ("BANK_ACCOUNT", a1)])

c1, r1, p1 = cz(), rr("790611", 1), mob()
add("ko", P, f"""지급명령 신청서 청구원인 부분을 다듬어 줘.
채 권 자   주식회사 한빛설비 (법인등록번호 {c1})
           대표이사 오경택
           경상남도 창원시 성산구 중앙대로 151, 5층
채 무 자   신동욱 ({r1})
           경상남도 김해시 김해대로 2232, 1102동 304호
           연락처 {p1}
청구금액  금 7,480,000원 (2023. 11. 배관 공사대금)""",
    [("KR_CRN", c1), ("PERSON", "오경택"), ("LOCATION", "경상남도 창원시 성산구 중앙대로 151, 5층"), ("PERSON", "신동욱"), ("KR_RRN", r1),
     ("LOCATION", "경상남도 김해시 김해대로 2232, 1102동 304호"), ("PHONE_NUMBER", p1)])

add("mixed", P, """Translate this part of the judgment into English for our foreign client (romanise the Korean names):
"원고 Olivia Bennett은 2022. 3. 1. 피고 황보석진과 사이에 서울특별시 용산구 이태원로 211, 3층에 관하여 임대차보증금 1억 원으로 하는 임대차계약을 체결하였다. 피고 황보석진은 계약 종료 후에도 보증금을 반환하지 않고 있다."
""",
    [("PERSON", "Olivia Bennett"), ("PERSON", "황보석진"), ("LOCATION", "서울특별시 용산구 이태원로 211, 3층"), ("PERSON", "황보석진")])

r1, r2, r3, r4 = rr("870304", 2), rr("850921", 1), rr("150707", 4), rr("180212", 3)
add("ko", P, f"""이혼 판결 확정 후 이혼신고서 작성 도와줘. 판결 주문 내용 붙여둘게.
사건 2023드단21145 이혼 등
원고 강수연 ({r1})
피고 전형준 ({r2})
사건본인 전하은 ({r3}), 전도윤 ({r4})
1. 원고와 피고는 이혼한다.
2. 사건본인들의 친권자 및 양육자로 원고를 지정한다.""",
    [("PERSON", "강수연"), ("KR_RRN", r1), ("PERSON", "전형준"), ("KR_RRN", r2), ("PERSON", "전하은"), ("KR_RRN", r3),
     ("PERSON", "전도윤"), ("KR_RRN", r4)])

a1 = kakao()
add("ko", P, f"""공탁금 출급청구 첨부서류 체크리스트 만들어 줘. 참고 정보:
공탁번호 2024금제1187호 (광주지방법원)
피공탁자: 노승희
주소: 광주광역시 북구 서하로 331, 201호
출급금 입금 희망 계좌: 카카오뱅크 {a1}""",
    [("PERSON", "노승희"), ("LOCATION", "광주광역시 북구 서하로 331, 201호"), ("BANK_ACCOUNT", a1)])

# ---- 선거
p1, p2, p3, a1, a2, a3 = mob(), mob(), mob(), kb(), shinhan(), toss()
add("ko", P, f"""제22대 국회의원선거 투표사무원 수당 지급 명단이야. 은행별로 정렬해줘.
| 연번 | 성명 | 소속 | 휴대전화 | 은행 | 계좌번호 |
|---|---|---|---|---|---|
| 1 | 김소희 | 청운효자동 행정복지센터 | {p1} | 국민 | {a1} |
| 2 | 박태민 | 서부교육지원청 | {p2} | 신한 | {a2} |
| 3 | 이나래 | 일반인(공모) | {p3} | 토스뱅크 | {a3} |""",
    [("PERSON", "김소희"), ("PHONE_NUMBER", p1), ("BANK_ACCOUNT", a1), ("PERSON", "박태민"), ("PHONE_NUMBER", p2), ("BANK_ACCOUNT", a2),
     ("PERSON", "이나래"), ("PHONE_NUMBER", p3), ("BANK_ACCOUNT", a3)])

r1, p1 = rr("960821", 2), mob()
add("ko", P, f"""사전투표참관인 신고서 내용인데 결격사유 확인 항목 체크해줘.
참관인 성명: 조은비 / 생년월일 1996.08.21
주민등록번호: {r1}
주소: 경기도 고양시 일산동구 중앙로 1275, 909동 1203호
전화: {p1}
신고 정당: ○○당 고양시병 지역위원회""",
    [("PERSON", "조은비"), ("KR_RRN", r1), ("LOCATION", "경기도 고양시 일산동구 중앙로 1275, 909동 1203호"), ("PHONE_NUMBER", p1)])

p1, p2 = mob(), mob()
add("mixed", P, f"""Merge these two CSV snippets by email and drop duplicates:
name,station,email,phone
유지훈,청운효자동 제1투표소,jihoon.yoo87@naver.com,{p1}
Sarah Kim,사직동 제2투표소,sarah.k.votes@gmail.com,{p2}
---
email,training_done
jihoon.yoo87@naver.com,Y
sarah.k.votes@gmail.com,N""",
    [("PERSON", "유지훈"), ("EMAIL_ADDRESS", "jihoon.yoo87@naver.com"), ("PHONE_NUMBER", p1), ("PERSON", "Sarah Kim"),
     ("EMAIL_ADDRESS", "sarah.k.votes@gmail.com"), ("PHONE_NUMBER", p2), ("EMAIL_ADDRESS", "jihoon.yoo87@naver.com"),
     ("EMAIL_ADDRESS", "sarah.k.votes@gmail.com")])

a1, a2 = mg(), woori()
add("ko", P, f"""선거벽보 첩부 인부 일당 지급 결의서 작성해줘.
1) 고재성 — 새마을금고 {a1} — 3일 × 120,000원
2) 차윤희 — 우리 {a2} — 2일 × 120,000원
원천징수 없음(일용근로소득 비과세 한도 내)""",
    [("PERSON", "고재성"), ("BANK_ACCOUNT", a1), ("PERSON", "차윤희"), ("BANK_ACCOUNT", a2)])

r1, r2 = rr("370519", 2), rr("330104", 1)
add("ko", P, f"""거소투표 신고인 명부 일부야. 요양원 주소랑 신고인 주소 다른 행 찾아 줘.
연번 1 | 성명 맹순덕 | {r1} | 거소: 경상북도 안동시 경동로 641, 3층 (요양원) | 주민등록지: 경상북도 안동시 태사길 28
연번 2 | 성명 채만석 | {r2} | 거소: 경상북도 안동시 경동로 641, 3층 (요양원) | 주민등록지: 경상북도 안동시 경동로 641""",
    [("PERSON", "맹순덕"), ("KR_RRN", r1), ("LOCATION", "경상북도 안동시 경동로 641, 3층"), ("LOCATION", "경상북도 안동시 태사길 28"),
     ("PERSON", "채만석"), ("KR_RRN", r2), ("LOCATION", "경상북도 안동시 경동로 641, 3층"), ("LOCATION", "경상북도 안동시 경동로 641")])

ip1, ip2 = pub_ip(), priv_ip()
add("mixed", P, f"""개표결과 전송 시스템 접속 로그야. 비인가 접속 있는지 봐 줘.
2024-04-10 21:04:11 LOGIN OK user=sgc_jongno01 src={ip2}
2024-04-10 21:06:47 LOGIN FAIL user=sgc_jongno01 src={ip1} reason=not_in_allowlist
2024-04-10 21:06:52 LOGIN FAIL user=admin src={ip1}""",
    [("IP_ADDRESS", ip2), ("IP_ADDRESS", ip1), ("IP_ADDRESS", ip1)])

# ---- 119 화재·구급
p1 = mob()
add("ko", P, f"""119 출동기록을 상황보고 양식으로 바꿔 줘.
접수 2024-06-08 02:47:13 / 신고자 {p1} (아들)
장소: 충청북도 청주시 흥덕구 가경로 161, 102동 1503호
환자: 민경자(여, 81세) 의식 저하, 자발호흡 있음
조치: 산소 투여 후 충북대학교병원 이송 (구급대원 박준혁, 이하늘)""",
    [("PHONE_NUMBER", p1), ("LOCATION", "충청북도 청주시 흥덕구 가경로 161, 102동 1503호"), ("PERSON", "민경자"), ("PERSON", "박준혁"), ("PERSON", "이하늘")])

r1, p1 = rr("730108", 1), mob()
add("ko", P, f"""구급활동일지 직접 입력한 건데 맞춤법만 봐 줘.
환자성명: 탁성민 / 주민번호: {r1}
보호자 연락처: {p1} (배우자 하지연)
발생장소: 제주특별자치도 제주시 연동 291-4
주증상: 흉통, 식은땀 / 이송병원: 제주한라병원""",
    [("PERSON", "탁성민"), ("KR_RRN", r1), ("PHONE_NUMBER", p1), ("PERSON", "하지연"), ("LOCATION", "제주특별자치도 제주시 연동 291-4")])

p1, ip1 = mob().replace("-", ""), priv_ip()
add("mixed", P, f"""Parse these CAD log lines into a table (time, event, caller, address):
2024-06-12T03:14:22+09:00 RECV call_id=240612-0031 caller_ani={p1} addr="대구광역시 달서구 월배로 223, 3층" type=FIRE
2024-06-12T03:15:02+09:00 DISPATCH unit=달서119안전센터-펌프1,구급1
2024-06-12T03:16:40+09:00 NOTE operator=kim.sh console={ip1} msg="연기 다량, 요구조자 1명 추정\"""",
    [("PHONE_NUMBER", p1), ("LOCATION", "대구광역시 달서구 월배로 223, 3층"), ("IP_ADDRESS", ip1)])

b1, t1, p1 = bz(), area("054"), mob()
add("ko", P, f"""화재현장 조사서 중 관계자 진술 부분 요약 부탁.
건물 소유자: 변상우 (상호 상우철물, 사업자등록번호 {b1})
소재지: 경상북도 포항시 북구 중흥로 98
연락처: {t1} / {p1}
진술: "오전 6시쯤 창고 쪽에서 연기가 나서 바로 119에 신고했다. 전기난로는 전날 밤에 껐다." """,
    [("PERSON", "변상우"), ("KR_BRN", b1), ("LOCATION", "경상북도 포항시 북구 중흥로 98"), ("PHONE_NUMBER", t1), ("PHONE_NUMBER", p1)])

p1, p2, p3 = mob(), mob(), mob()
add("ko", P, f"""다수사상자 병원 분산 이송표야. 병원별로 묶어 줘.
1. 황수민(남 34) 중증 → 원광대병원 / 보호자 {p1}
2. 기나연(여 27) 경증 → 익산병원 / 보호자 {p2}
3. 성명미상(남 60대) 사망 추정
4. 엄기태(남 45) 응급 → 원광대병원 / 본인 {p3}""",
    [("PERSON", "황수민"), ("PHONE_NUMBER", p1), ("PERSON", "기나연"), ("PHONE_NUMBER", p2), ("PERSON", "엄기태"), ("PHONE_NUMBER", p3)])

p1 = mob()
add("ko", P, f"""생활안전 출동(동물구조) 결과 회신 문자 써 줘.
신고자 {p1} / 위치: 전라북도 군산시 대학로 88 (아파트 배관 사이 고양이 끼임) / 구조 완료 06:42""",
    [("PHONE_NUMBER", p1), ("LOCATION", "전라북도 군산시 대학로 88")])

# ---- 도서관 · 체육센터
p1, p2 = mob(), mob()
add("ko", P, f"""도서관 회원가입 신청서 엑셀에서 복사했어. 이메일 형식 오류 있는 행 찾아줘.
회원번호\t성명\t생년월일\t휴대전화\t이메일\t주소
L24-00871\t여민서\t2011-03-02\t{p1}\tminseo0302@hanmail.net\t세종특별자치시 한누리대로 2130, 1301동 802호
L24-00872\t채동건\t1978-12-19\t{p2}\tdg.chae@korea.kr\t세종특별자치시 갈매로 388""",
    [("PERSON", "여민서"), ("PHONE_NUMBER", p1), ("EMAIL_ADDRESS", "minseo0302@hanmail.net"), ("LOCATION", "세종특별자치시 한누리대로 2130, 1301동 802호"),
     ("PERSON", "채동건"), ("PHONE_NUMBER", p2), ("EMAIL_ADDRESS", "dg.chae@korea.kr"), ("LOCATION", "세종특별자치시 갈매로 388")])

a1, p1 = kbank(), mob()
add("ko", P, f"""체육센터 수영강습 환불 요청 민원 답변 써줘.
회원: 남기현 (회원번호 SC-2023-15527, {p1})
환불 사유: 어깨 수술로 3개월 수강 불가 (진단서 첨부)
잔여 회차: 14회 / 환불 예정액 92,400원
환불 계좌: 케이뱅크 {a1}""",
    [("PERSON", "남기현"), ("PHONE_NUMBER", p1), ("BANK_ACCOUNT", a1)])

p1 = mob()
add("en", P, f"""Make this overdue notice sound friendlier:
"To: Mr Ahmed Al-Farsi (ahmed.alfarsi@outlook.com)
Our records show that 3 items have been overdue since 20 May 2024. Borrowing is suspended until they are returned. The mobile number we hold for you is {p1}; reply STOP to opt out of text reminders."
""",
    [("PERSON", "Ahmed Al-Farsi"), ("EMAIL_ADDRESS", "ahmed.alfarsi@outlook.com"), ("PHONE_NUMBER", p1)])

c1 = visa()
add("ko", P, f"""헬스장 월회원 정기결제 실패 건이야. 고객한테 보낼 안내 문자 써줘.
회원명 표승아 / 등록카드 {c1} (유효기간 09/27) / 실패사유: 한도초과 / 재시도 6월 15일""",
    [("PERSON", "표승아"), ("CREDIT_CARD", c1)])

ip1, ip2 = priv_ip(), pub_ip()
add("en", P, f"""Our library Wi-Fi flagged a torrent client. Write an incident summary from this:
lease: {ip1} mac=3c:22:fb:91:0e:7d hostname=MINA-LAPTOP member_login=mina.joo@hanmail.net
flow: {ip1}:51413 -> {ip2}:6881 bytes=1.2G""",
    [("IP_ADDRESS", ip1), ("EMAIL_ADDRESS", "mina.joo@hanmail.net"), ("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2)])

r1, a1 = rr("880402", 2), nh()
add("ko", P, f"""체육센터 외부 강사 6월 강사료 지급 내역이야. 원천징수(3.3%) 계산해 줘.
강사: 성유나 (필라테스) / 주민등록번호 {r1}
강의: 24시간 × 50,000원
지급 계좌: 농협 {a1}""",
    [("PERSON", "성유나"), ("KR_RRN", r1), ("BANK_ACCOUNT", a1)])

# ---- 지방세
r1 = rr("680925", 1)
add("ko", P, f"""재산세 고지서 재발급 요청 민원이야. 고지 내용 확인하고 회신문 써 줘.
납세자: 육정민   주민(법인)등록번호: {r1}
주소: 울산광역시 남구 삼산로 274, 1708호
과세물건: 울산광역시 남구 삼산동 1520-7 (주택)
전자납부번호: 31140-2-24-07-1-004582
납부금액: 412,660원 / 납기: 2024.07.31.""",
    [("PERSON", "육정민"), ("KR_RRN", r1), ("LOCATION", "울산광역시 남구 삼산로 274, 1708호"), ("LOCATION", "울산광역시 남구 삼산동 1520-7")])

p1 = mob()
add("ko", P, f"""자동차세 연납 신청 안내 문자 만들어 줘. 대상자 예시 1명:
소유자: 기성훈 / 차량번호: 48러 7291 / 주소: 전북특별자치도 전주시 완산구 효자로 225 / 연락처 {p1}
연납 시 공제율 5% (1월 신청 기준)""",
    [("PERSON", "기성훈"), ("LOCATION", "전북특별자치도 전주시 완산구 효자로 225"), ("PHONE_NUMBER", p1)])

c1, b1, t1 = cz(), bz(), area("02")
add("ko", P, f"""법인 취득세 신고서 검토 부탁해.
신고인: 주식회사 다온물류   법인등록번호 {c1}   사업자등록번호 {b1}
대표자: 선우재민
취득 물건: 경기도 이천시 마장면 덕이로 154 물류창고
담당자: 오하린 과장 {t1} / harin.oh@daonlogis.co.kr""",
    [("KR_CRN", c1), ("KR_BRN", b1), ("PERSON", "선우재민"), ("LOCATION", "경기도 이천시 마장면 덕이로 154"), ("PERSON", "오하린"),
     ("PHONE_NUMBER", t1), ("EMAIL_ADDRESS", "harin.oh@daonlogis.co.kr")])

a1 = ibk()
add("ko", P, f"""지방소득세 환급금 지급 안내문 작성해 줘.
환급 대상자: 맹지수 / 환급 계좌: IBK기업 {a1} / 환급액 87,420원 / 지급 예정일 2024.06.28""",
    [("PERSON", "맹지수"), ("BANK_ACCOUNT", a1)])

f1 = fr("950612", 7)
add("ko", P, f"""외국인 납세자 체납 안내문 영문 번역 부탁.
체납자: BATBAYAR ENKHJARGAL (외국인등록번호 {f1})
체납액: 주민세 개인분 11,000원 외 자동차세 1건
거소: 경기도 화성시 향남읍 발안로 45, 204호""",
    [("PERSON", "BATBAYAR ENKHJARGAL"), ("KR_ALIEN_REG", f1), ("LOCATION", "경기도 화성시 향남읍 발안로 45, 204호")])

r1, r2 = rr("710227", 1), rr("640811", 2)
add("ko", P, f"""고액·상습 체납자 명단 공개 사전안내 대상 검토. 아래 2명 요건 맞는지 봐 줘.
1) 어상훈 ({r1}) 체납액 38,200,000원, 체납 1년 경과, 주소 경기도 평택시 평택로 51
2) 소정란 ({r2}) 체납액 12,900,000원, 분납 중""",
    [("PERSON", "어상훈"), ("KR_RRN", r1), ("LOCATION", "경기도 평택시 평택로 51"), ("PERSON", "소정란"), ("KR_RRN", r2)])

# ---- 관리사무소
a1, p1 = hana(), mob()
add("ko", P, f"""관리비 CMS 자동이체 신청서 접수분이야. 누락 항목 확인해 줘.
동·호수: 103동 1504호
입주자: 염태식
출금계좌: 하나은행 {a1} / 예금주 염태식 (생년월일 720415)
연락처: {p1}
출금일: 매월 25일""",
    [("PERSON", "염태식"), ("BANK_ACCOUNT", a1), ("PERSON", "염태식"), ("PHONE_NUMBER", p1)])

p1, p2 = mob(), mob()
add("ko", P, f"""층간소음 민원 처리 결과 공지문 초안이야. 개인정보 빼고 다시 써줘.
민원인: 702동 1101호 석지혜 ({p1})
상대 세대: 702동 1201호 명재훈 ({p2})
조정 결과: 야간(22시~06시) 소음 자제 및 매트 설치 합의, 석지혜 님 추가 민원 시 층간소음이웃사이센터 연계""",
    [("PERSON", "석지혜"), ("PHONE_NUMBER", p1), ("PERSON", "명재훈"), ("PHONE_NUMBER", p2), ("PERSON", "석지혜")])

p1, p2 = mob(), mob()
add("ko", P, f"""동대표 선거 후보자 안내문 편집해 줘. 글자 수 맞춰서.
기호 1번 도상훈(56) 전 은행 지점장, 현 관리규약개정위원 / 연락처 {p1}
기호 2번 봉미라(48) 현 부녀회 총무, 어린이집 운영위원 / 연락처 {p2}
투표일: 7월 6일(토) 10:00~18:00, 관리동 2층 회의실""",
    [("PERSON", "도상훈"), ("PHONE_NUMBER", p1), ("PERSON", "봉미라"), ("PHONE_NUMBER", p2)])

t1 = area("031")
add("ko", P, f"""이 문자 템플릿이 광고성으로 분류되나요?
[Web발신]
[한솔마을5단지 관리사무소] 금정숙님, 택배보관함 A-12에 물품이 보관되어 있습니다. 7일 이내 수령 바랍니다. 문의 {t1}""",
    [("PERSON", "금정숙"), ("PHONE_NUMBER", t1)])

ip1, p1 = priv_ip(), mob()
add("ko", P, f"""관리사무소 CCTV NVR 접속이 안 돼. 설정값 봐 줘.
NVR 주소: http://{ip1}:8000  (DDNS 안 씀)
관리자 계정: admin / 비번은 따로 전달
설치업체 기사님: 전민호 {p1}""",
    [("IP_ADDRESS", ip1), ("PERSON", "전민호"), ("PHONE_NUMBER", p1)])

# ---- 채용·면접
add("ko", P, """면접 평가표 점수 합산해서 순위 매겨줘.
수험번호 | 성명 | 위원1 | 위원2 | 위원3
2024-07-0012 | 명수아 | 82 | 79 | 85
2024-07-0013 | 곽도현 | 91 | 88 | 90
2024-07-0015 | 은지호 | 75 | 80 | 78
면접위원: 김태완(인사팀장), 외부위원 이정란, 외부위원 Gareth Hughes""",
    [("PERSON", "명수아"), ("PERSON", "곽도현"), ("PERSON", "은지호"), ("PERSON", "김태완"), ("PERSON", "이정란"), ("PERSON", "Gareth Hughes")])

p1, p2 = mob(), mob()
add("mixed", P, f"""Make mail-merge fields for the 최종합격 안내 메일 from this list:
1. 편서윤 — seoyun.pyeon@gmail.com — {p1} — 행정직 9급
2. Jonathan Park — jpark.career@yahoo.com — {p2} — 전산직 9급""",
    [("PERSON", "편서윤"), ("EMAIL_ADDRESS", "seoyun.pyeon@gmail.com"), ("PHONE_NUMBER", p1), ("PERSON", "Jonathan Park"),
     ("EMAIL_ADDRESS", "jpark.career@yahoo.com"), ("PHONE_NUMBER", p2)])

add("en", P, """Summarise the panel's feedback into one short paragraph per candidate:
Candidate 1: Priya Raman (priya.raman@protonmail.com) – strong SQL and data modelling, weaker on stakeholder communication. Panel: Kevin Hwang, 이소라.
Candidate 2: Tomás Ortega – excellent presentation, limited public-sector experience. Kevin thought he was the better culture fit.""",
    [("PERSON", "Priya Raman"), ("EMAIL_ADDRESS", "priya.raman@protonmail.com"), ("PERSON", "Kevin Hwang"), ("PERSON", "이소라"),
     ("PERSON", "Tomás Ortega"), ("PERSON", "Kevin")])

r1, d1 = rr("830119", 1), dlic("12")
add("ko", P, f"""운전직 공무직 채용 지원서 서류심사 체크해줘.
성명: 마동균   주민등록번호: {r1}
운전면허: 1종 대형 {d1} (2019.03 취득)
주소: 인천광역시 부평구 경원대로 1288, 105동 2201호
경력: 시내버스 운전 7년""",
    [("PERSON", "마동균"), ("KR_RRN", r1), ("KR_DRIVER_LICENSE", d1), ("LOCATION", "인천광역시 부평구 경원대로 1288, 105동 2201호")])

r1 = rr("990305", 2)
add("ko", P, f"""가산점 증빙 서류 확인 결과 정리해줘.
- 응시자 방예린: 취업지원대상자(보훈) 10% 가점, 보훈번호 23-114092 확인
- 응시자 소재윤: 장애인 구분모집, 장애인등록증상 주민등록번호 {r1} 본인 일치 확인
- 응시자 도하람: 증빙 미제출""",
    [("PERSON", "방예린"), ("PERSON", "소재윤"), ("KR_RRN", r1), ("PERSON", "도하람")])

r1 = rr("950817", 1)
add("ko", P, f"""신규임용 예정자 신원조사 의뢰서 작성 도와줘.
성명: 육현승(陸炫承) / 주민등록번호: {r1}
등록기준지: 경상남도 진주시 진주대로 1009
주소: 서울특별시 관악구 관악로 145, 302호""",
    [("PERSON", "육현승"), ("PERSON", "陸炫承"), ("KR_RRN", r1), ("LOCATION", "경상남도 진주시 진주대로 1009"), ("LOCATION", "서울특별시 관악구 관악로 145, 302호")])

p1 = mob()
add("ko", P, f"""카톡으로 면접 일정 안내 보내려고. 자연스럽게 다듬어 줘.
"안녕하세요 전서진님, 서구청 인사팀 채다빈 주무관입니다. 6월 20일(목) 14:30 면접 안내드립니다. 문의는 제 업무폰 {p1}로 주세요." """,
    [("PERSON", "전서진"), ("PERSON", "채다빈"), ("PHONE_NUMBER", p1)])

# ---- 자동차 · 과태료
r1 = rr("770503", 1)
add("ko", P, f"""과태료 부과 사전통지서 문구 검토 부탁.
위반일시: 2024.05.27 14:22 / 위반장소: 시청 앞 교차로 / 차량번호: 157하 3842
소유자: 나상진 / 주소: 서울특별시 노원구 동일로 1414, 118동 602호 / 주민등록번호 {r1}
과태료 금액: 40,000원 (의견제출 기한 내 자진납부 시 20% 감경)""",
    [("PERSON", "나상진"), ("LOCATION", "서울특별시 노원구 동일로 1414, 118동 602호"), ("KR_RRN", r1)])

r1, r2, p1, p2 = rr("600718", 1), rr("970225", 2), mob(), mob()
add("ko", P, f"""자동차 이전등록 대리 접수 건입니다. 누락 항목 있나요?
양도인: 함영철 ({r1}) {p1}
양수인: 탁지원 ({r2}) {p2}
자동차등록번호: 27나 1093 / 차대번호 KMHD141ABNU123456
매매금액: 8,500,000원""",
    [("PERSON", "함영철"), ("KR_RRN", r1), ("PHONE_NUMBER", p1), ("PERSON", "탁지원"), ("KR_RRN", r2), ("PHONE_NUMBER", p2)])

d1, p1 = dlic("26"), mob()
add("ko", P, f"""주정차위반 의견진술서 내용이야. 인용 가능성 있는지 봐 줘.
진술인: 천수경 / 운전면허번호 {d1} / 연락처 {p1}
차량: 33거 5120
내용: 모친(82세) 응급 이송 중 병원 정문 앞 3분간 일시 정차. 응급실 접수증 첨부.""",
    [("PERSON", "천수경"), ("KR_DRIVER_LICENSE", d1), ("PHONE_NUMBER", p1)])

f1, p1 = fr("900131", 5), mob()
add("en", P, f"""Help me answer this appeal in Korean, politely:
"Hello, I am Lukas Schneider (ARC {f1}). I received a speeding fine for car 123허4567, but that was a rental car and I had already returned it. My address is 서울특별시 서대문구 연희로 32, 301호 and my phone is {p1}."
""",
    [("PERSON", "Lukas Schneider"), ("KR_ALIEN_REG", f1), ("LOCATION", "서울특별시 서대문구 연희로 32, 301호"), ("PHONE_NUMBER", p1)])

d1, d2 = dlic("11"), dlic("13")
add("mixed", P, f"""공용차량 운행일지 양식에 운전자 면허 확인란 추가하려고. 기존 데이터 예시:
| 일자 | 차량 | 운전자 | 면허번호 | 목적지 |
| 06-03 | 관용 12호 | 조민철 | {d1} | 도청 |
| 06-04 | 관용 12호 | Emily Baek | {d2} | 세종청사 |""",
    [("PERSON", "조민철"), ("KR_DRIVER_LICENSE", d1), ("PERSON", "Emily Baek"), ("KR_DRIVER_LICENSE", d2)])

p1 = mob()
add("ko", P, f"""장애인 전용주차구역 주차표지 발급 신청 안내 문자 써 줘.
신청인: 여상민 (보호자 운전, 차량 62노 4488)
주소: 대구광역시 북구 칠곡중앙대로 424, 207동 1405호
연락처: {p1}""",
    [("PERSON", "여상민"), ("LOCATION", "대구광역시 북구 칠곡중앙대로 424, 207동 1405호"), ("PHONE_NUMBER", p1)])

# ---- insurance claims (English)
add("en", P, """Check this claim form for missing fields before I submit it:
Claimant: Rebecca Thornton
DOB: 04/11/1983
Address: 88 Harbour View Road, Unit 5, Wellington 6011, New Zealand
Phone: +64 21 384 2291
Email: r.thornton83@gmail.com
Policy No.: TRV-88219034
Payout account: ASB 12-3045-0781234-00""",
    [("PERSON", "Rebecca Thornton"), ("LOCATION", "88 Harbour View Road, Unit 5, Wellington 6011"), ("PHONE_NUMBER", "+64 21 384 2291"),
     ("EMAIL_ADDRESS", "r.thornton83@gmail.com"), ("BANK_ACCOUNT", "12-3045-0781234-00")])

pp1, c1 = pp_new(), master()
add("en", P, f"""Tidy this up and translate to Korean:
"Claim for delayed baggage, flight KE0905 on 3 May 2024. Insured: Jung Ha-eun, Korean passport {pp1}. Please refund the excess to my card {c1} (cardholder JUNG HA EUN). Receipts attached."
""",
    [("PERSON", "Jung Ha-eun"), ("KR_PASSPORT", pp1), ("CREDIT_CARD", c1), ("PERSON", "JUNG HA EUN")])

add("en", P, """Summarise this thread in three bullet points:
From: Mark Ellison <mark.ellison@claims-northstar.com>
To: 권도희 <dohee.kwon@hanmail.net>
Subject: RE: Claim CLM-2024-0061874 – water damage

Hi Ms Kwon, the loss adjuster will visit on Thursday. If that time doesn't work, please call me directly on +1 (617) 482-3906.
Best, Mark""",
    [("PERSON", "Mark Ellison"), ("EMAIL_ADDRESS", "mark.ellison@claims-northstar.com"), ("PERSON", "권도희"), ("EMAIL_ADDRESS", "dohee.kwon@hanmail.net"),
     ("PERSON", "Kwon"), ("PHONE_NUMBER", "+1 (617) 482-3906"), ("PERSON", "Mark")])

add("en", P, """Draft a subrogation demand letter using these details:
Our insured: Sophie Martin, 1420 W Addison St, Apt 2F, Chicago, IL 60613, tel. (312) 847-2210
Third party: Daniel Okafor, phone (773) 590-4418, email d.okafor@gmail.com, plate IL CV 48213
Date of loss 03/02/2024, claim # 0457-AUTO-88124, repair estimate $6,412.80""",
    [("PERSON", "Sophie Martin"), ("LOCATION", "1420 W Addison St, Apt 2F, Chicago, IL 60613"), ("PHONE_NUMBER", "(312) 847-2210"),
     ("PERSON", "Daniel Okafor"), ("PHONE_NUMBER", "(773) 590-4418"), ("EMAIL_ADDRESS", "d.okafor@gmail.com")])

h1, a1 = hins(), kb()
add("mixed", P, f"""이 영문 보험금 청구서 한국어로 번역해 줘. 해외 보험사에 낸 거래.
"Insured: 석민호 (Seok Min-ho). Korean National Health Insurance card no. {h1}. Admitted to Severance Hospital on 11 April 2024 for appendectomy. Please pay the benefit to Kookmin Bank account {a1}."
""",
    [("PERSON", "석민호"), ("PERSON", "Seok Min-ho"), ("KR_HEALTH_INSURANCE", h1), ("BANK_ACCOUNT", a1)])

c1 = amex()
add("en", P, f"""Write a reply to this premium dispute e-mail:
"I was charged twice for my home policy renewal on my Amex {c1}. Name on the card: Oliver Grant. 12 Kingsway Road, Flat 4, Leeds LS6 2NP. Please refund the duplicate £384.20."
""",
    [("CREDIT_CARD", c1), ("PERSON", "Oliver Grant"), ("LOCATION", "12 Kingsway Road, Flat 4, Leeds LS6 2NP")])

# ---- Jira / Confluence
r1, ip1 = rr("810126", 1), priv_ip()
add("mixed", P, f"""Rewrite this Jira ticket so it is clearer (내부용이라 고객 정보는 그대로 둬도 됨):
[WELF-2381] 수급자 조회 화면에서 주민번호 검증 오류
Steps to reproduce:
1. Login as qa_welfare01
2. 수급자 검색에 RRN {r1} 입력 (실제 민원인 엄태준 님 데이터)
3. HTTP 500 — see app log on {ip1}
Reporter: 황인영 / Priority: Major / Fix version: 3.8.1""",
    [("KR_RRN", r1), ("PERSON", "엄태준"), ("IP_ADDRESS", ip1), ("PERSON", "황인영")])

p1, p2, p3 = mob(), mob(), mob()
add("mixed", P, f"""Convert this Confluence table to markdown and sort by team:
|| Team || Name || Mobile || Email ||
| 민원시스템 | 우승민 | {p1} | sm.woo@corp-gov.kr |
| DB운영 | 봉재석 | {p2} | js.bong@corp-gov.kr |
| 보안 | Alex Turner | {p3} | alex.turner@corp-gov.kr |""",
    [("PERSON", "우승민"), ("PHONE_NUMBER", p1), ("EMAIL_ADDRESS", "sm.woo@corp-gov.kr"), ("PERSON", "봉재석"), ("PHONE_NUMBER", p2),
     ("EMAIL_ADDRESS", "js.bong@corp-gov.kr"), ("PERSON", "Alex Turner"), ("PHONE_NUMBER", p3), ("EMAIL_ADDRESS", "alex.turner@corp-gov.kr")])

ip1, ip2 = priv_ip(), pub_ip()
add("en", P, f"""Summarise the root cause from these Jira comments:
Jae-won Lim: The nightly batch on {ip1} could not reach the pension API gateway at {ip2}; TLS handshake timed out.
Marta Nowak: Confirmed. The firewall rule only allowed 172.18.30.0/24, and the batch host was moved last week.
Jae-won Lim: Rule updated, re-ran the batch at 02:10, all 48,211 records sent.""",
    [("PERSON", "Jae-won Lim"), ("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2), ("PERSON", "Marta Nowak"), ("PERSON", "Jae-won Lim")])

ip1, ip2, ip3 = priv_ip(), priv_ip(), pub_ip()
add("mixed", P, f"""Confluence 서버 인벤토리 페이지야. 담당자별로 다시 묶어 줘.
| Host | IP | 용도 | 담당 |
| lib-web-01 | {ip1} | 도서관 홈페이지 WAS | 신유진 |
| lib-db-01 | {ip2} | 회원 DB (PostgreSQL 15.4) | 모상욱 |
| lib-ext-gw | {ip3} | 외부 연계 게이트웨이 | 신유진 |""",
    [("IP_ADDRESS", ip1), ("PERSON", "신유진"), ("IP_ADDRESS", ip2), ("PERSON", "모상욱"), ("IP_ADDRESS", ip3), ("PERSON", "신유진")])

c1 = jcb()
add("en", P, f"""Is this log line a PCI issue? Write a short Jira description if so.
2024-06-11 13:02:55 WARN PaymentGateway - auth declined pan={c1} exp=1126 amount=52000 KRW member=sports-center/SC-2024-00311""",
    [("CREDIT_CARD", c1)])

# ---- Excel
r1, r2 = rr("890914", 1), rr("920330", 2)
add("mixed", P, f"""이 엑셀 수식이 왜 #N/A가 나오는지 봐줘.
A열(성명) B열(주민번호) C열(월급여)
A2: 제갈현우   B2: {r1}   C2: 1,240,000
A3: 옥수빈     B3: {r2}   C3: 980,000
E2 수식: =VLOOKUP(D2,$A$2:$C$100,3,FALSE)   D2에는 "제갈현우 " (뒤에 공백)""",
    [("PERSON", "제갈현우"), ("KR_RRN", r1), ("PERSON", "옥수빈"), ("KR_RRN", r2), ("PERSON", "제갈현우")])

r1, r2, r3 = rr("010704", 3), rr("750112", 2), rr("681203", 1, dash=False)
add("ko", P, f"""주민번호에서 생년월일이랑 성별 뽑는 엑셀 수식 좀 만들어 줘. 데이터 예시:
B2 = {r1}
B3 = {r2}
B4 = {r3}   ← 이건 하이픈 없이 들어와 있음""",
    [("KR_RRN", r1), ("KR_RRN", r2), ("KR_RRN", r3)])

add("mixed", P, """HYPERLINK 수식이 메일 앱을 안 열어. 뭐가 문제야?
=HYPERLINK("mailto:"&C2,"메일 보내기")
C2 = yeonwoo.baek@gmail.com
C3 = 담당자 백연우""",
    [("EMAIL_ADDRESS", "yeonwoo.baek@gmail.com"), ("PERSON", "백연우")])

# ---- Jupyter
add("mixed", P, """phone 컬럼이 왜 float으로 읽히는지 알려줘.
In [12]: df.head(3)
Out[12]:
           name         phone                  email
0        진서연  1.049283e+09       sy.jin@kakao.com
1        탁현우  1.057721e+09  hyunwoo.tak@naver.com
2  Olga Petrova  1.031940e+09         olga.p@mail.ru""",
    [("PERSON", "진서연"), ("EMAIL_ADDRESS", "sy.jin@kakao.com"), ("PERSON", "탁현우"), ("EMAIL_ADDRESS", "hyunwoo.tak@naver.com"),
     ("PERSON", "Olga Petrova"), ("EMAIL_ADDRESS", "olga.p@mail.ru")])

add("en", P, """What's wrong here?
---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
Cell In[7], line 3
      1 members = load_members("library_2024.csv")
----> 3 members["yuna.seo@gmail.com"]["phone"]

KeyError: 'yuna.seo@gmail.com'""",
    [("EMAIL_ADDRESS", "yuna.seo@gmail.com"), ("EMAIL_ADDRESS", "yuna.seo@gmail.com")])

r1, r2 = rr("900713", 2), rr("850228", 1)
add("mixed", P, f"""마스킹 함수 짜줘. 지금 출력은 이래:
>>> df[["성명", "주민등록번호"]].head(2)
     성명          주민등록번호
0  어윤정  {r1}
1  빈상훈  {r2}""",
    [("PERSON", "어윤정"), ("KR_RRN", r1), ("PERSON", "빈상훈"), ("KR_RRN", r2)])

ip1, ip2 = pub_ip(), pub_ip()
add("en", P, f"""Why does value_counts show only two rows?
In [4]: logs["client_ip"].value_counts()
Out[4]:
{ip1}    1843
{ip2}      97
Name: client_ip, dtype: int64""",
    [("IP_ADDRESS", ip1), ("IP_ADDRESS", ip2)])

# ---- SMS / 알림톡 / KakaoTalk
a1 = nh()
add("ko", P, f"""이 문자 진짜인지 스미싱인지 봐 줘.
[Web발신]
[국민연금공단] 지경호님 6월 연금 1,084,210원이 농협 {a1}(으)로 입금되었습니다. 문의 1355""",
    [("PERSON", "지경호"), ("BANK_ACCOUNT", a1)])

a1 = kakao()
add("ko", P, f"""카톡 대화 내보내기 한 건데, 회비 입금한 사람만 정리해줘.
2024년 6월 3일 월요일
[임다은] [오후 3:12] 이번 달 회비 카뱅 {a1} 임다은으로 보내주세요~
[손우진] [오후 3:15] 보냈어요!
[표지안] [오후 3:40] 저는 내일 보낼게요ㅠ""",
    [("PERSON", "임다은"), ("BANK_ACCOUNT", a1), ("PERSON", "임다은"), ("PERSON", "손우진"), ("PERSON", "표지안")])

t1 = area("031")
add("ko", P, f"""알림톡 템플릿 심사 반려 사유가 뭘까? 발송 예시:
[대화동 행정복지센터] 변영순 님, 신청하신 긴급복지 지원이 결정되었습니다. 담당: 맞춤형복지팀 안성호 주무관 ({t1})""",
    [("PERSON", "변영순"), ("PERSON", "안성호"), ("PHONE_NUMBER", t1)])

p1, p2 = mob(), mob()
add("ko", P, f"""문자 발송 로그인데 실패 건만 추려 줘.
2024-06-10 09:00:01 | {p1} | [시립도서관] 남궁하윤님 예약도서가 도착했습니다 | 성공
2024-06-10 09:00:01 | {p2} | [시립도서관] 채서진님 예약도서가 도착했습니다 | 실패(결번)""",
    [("PHONE_NUMBER", p1), ("PERSON", "남궁하윤"), ("PHONE_NUMBER", p2), ("PERSON", "채서진")])

p1 = mob()
add("ko", P, f"""이거 보이스피싱 맞지? 엄마한테 온 카톡이야.
엄마 나 폰 액정 깨져서 임시폰이야 {p1} 이 번호로 문자줘
그리고 엄마 신분증 사진이랑 카드 앞뒤 사진 보내줘 ㅠ
(보낸 사람 프로필 이름: 윤하은)""",
    [("PHONE_NUMBER", p1), ("PERSON", "윤하은")])

# ---- OCR
r1, r2 = rr("820607", 1), rr("840219", 2)
add("ko", P, f"""스캔한 주민등록표 등본 OCR 결과야. 표로 정리해 줘.
주 민 등 록 표
( 등 본 )
세대주 성명  모 재 현        세대구성 사유 및 일자  전입 2019-04-02
현주소 경기도 성남시 분당구 정자일로 95 , 1204동 503호
번호  세대주 관계   성 명     주민등록번호
1     본인          모재현    {r1}
2     처            국혜원    {r2}""",
    [("PERSON", "모 재 현"), ("LOCATION", "경기도 성남시 분당구 정자일로 95 , 1204동 503호"), ("PERSON", "모재현"), ("KR_RRN", r1),
     ("PERSON", "국혜원"), ("KR_RRN", r2)])

a1 = kb()
add("ko", P, f"""통장 사본 OCR 결과인데 예금주랑 계좌번호만 뽑아줘.
KB국민은행
예 금 주 : 곽 민 석
계 좌 번 호 : {a1}
개 설 일 : 2017.09.14
※ 본 통장은 압류방지 전용 통장이 아닙니다""",
    [("PERSON", "곽 민 석"), ("BANK_ACCOUNT", a1)])

b1, c1 = bz(), cz()
add("mixed", P, f"""OCR text from a 사업자등록증 — extract the fields as JSON.
사 업 자 등 록 증
( 법인사업자 )
등록번호 : {b1}
법인명(단체명) : 주식회사 푸른숲조경
대 표 자 : 설 경 수
개 업 연 월 일 : 2016 년 03 월 02 일   법인등록번호 : {c1}
사업장 소재지 : 충청남도 아산시 배방읍 희망로 46 , 3층""",
    [("KR_BRN", b1), ("PERSON", "설 경 수"), ("KR_CRN", c1), ("LOCATION", "충청남도 아산시 배방읍 희망로 46 , 3층")])

r1 = rr("660910", 1)
add("ko", P, f"""장애인등록증(복지카드) 스캔 OCR인데 발급일 맞는지 확인해 줘.
장애인등록증
성명  변 지 환
주민등록번호  {r1}
주소  서울특별시 은평구 통일로 684 , 1층
2023. 11. 20.
서울특별시 은평구청장""",
    [("PERSON", "변 지 환"), ("KR_RRN", r1), ("LOCATION", "서울특별시 은평구 통일로 684 , 1층")])

add("ko", P, """판결문 스캔본 OCR인데 당사자 부분만 깔끔하게 다시 써 줘.
원     고   주 식 회 사  대 성 건 설
            대 표 이 사  탁 영 준
피     고   1. 심 은 경
               부산광역시 해운대구 센텀중앙로 97 , 1203호
            2. 심은경의 배우자 노 태 오? (OCR 오류인 듯, 원문은 노태호)""",
    [("PERSON", "탁 영 준"), ("PERSON", "심 은 경"), ("LOCATION", "부산광역시 해운대구 센텀중앙로 97 , 1203호"), ("PERSON", "심은경"),
     ("PERSON", "노 태 오"), ("PERSON", "노태호")])

# ---- more positives across domains
h1 = hins()
add("ko", P, f"""의료급여 수급자 전환 안내문에 들어갈 내용 확인해 줘.
대상자: 도은희 / 기존 건강보험증 번호 {h1} / 전환일 2024.07.01
의료급여 1종, 본인부담 면제 대상""",
    [("PERSON", "도은희"), ("KR_HEALTH_INSURANCE", h1)])

b1, p1 = bz(), mob()
add("ko", P, f"""국민연금 체납 사업장 납부 독려 전화 스크립트 만들어 줘.
사업장: 해오름식당 / 사업자등록번호 {b1} / 대표자 손경애 / 체납 6개월 / 연락처 {p1}""",
    [("KR_BRN", b1), ("PERSON", "손경애"), ("PHONE_NUMBER", p1)])

pp1, r1 = pp_old(), rr("460722", 1)
add("ko", P, f"""영주귀국 재외국민 기초연금 신청 서류 확인해 줘.
신청인: 한봉수 / 주민등록번호 {r1} / 여권번호 {pp1}
귀국일: 2024.03.15 (미국 LA 거주 40년)""",
    [("PERSON", "한봉수"), ("KR_RRN", r1), ("KR_PASSPORT", pp1)])

r1, r2, h1 = rr("850505", 1), rr("930811", 2), hins()
f1 = fr("970404", 6)
add("ko", P, f"""국민연금·건강보험 사업장 취득신고 입력 전에 확인해 줘.
1. 감우진 {r1} 취득일 2024.06.01 월소득 3,200,000
2. 노은별 {r2} 취득일 2024.06.01 월소득 2,700,000 (피부양자 건강보험증 번호 {h1} 이관)
3. PHAM THI MAI {f1} 취득일 2024.06.10 월소득 2,300,000""",
    [("PERSON", "감우진"), ("KR_RRN", r1), ("PERSON", "노은별"), ("KR_RRN", r2), ("KR_HEALTH_INSURANCE", h1), ("PERSON", "PHAM THI MAI"), ("KR_ALIEN_REG", f1)])

p1 = mob()
add("ko", P, f"""장애인 콜택시 예약 내역 확인 문자 문구 써 줘.
이용자: 하정민(휠체어) / 출발: 광주광역시 서구 상무중앙로 110 / 도착: 전남대병원 / 6월 14일 09:30 / 보호자 {p1}""",
    [("PERSON", "하정민"), ("LOCATION", "광주광역시 서구 상무중앙로 110"), ("PHONE_NUMBER", p1)])

r1, r2 = rr("570301", 1), rr("601117", 2)
add("ko", P, f"""부양의무자 금융정보 제공 동의서 받은 내역이야. 누락자 있는지 봐 줘.
수급 신청자: 송갑순
부양의무자 1: 아들 송대현 ({r1}) 동의 O
부양의무자 2: 딸 송미애 ({r2}) 동의 X (연락 두절)""",
    [("PERSON", "송갑순"), ("PERSON", "송대현"), ("KR_RRN", r1), ("PERSON", "송미애"), ("KR_RRN", r2)])

a1 = toss()
add("ko", P, f"""배상명령 신청서 쓰는 중인데 피해 내용 문장 좀 다듬어 줘.
"신청인 최다인은 2024. 1. 9. 중고거래 사기로 토스뱅크 계좌({a1})에 1,350,000원을 송금하였고, 피고인으로부터 물품을 받지 못하였다." """,
    [("PERSON", "최다인"), ("BANK_ACCOUNT", a1)])

add("en", P, """Turn this into a vCard, please:
Name: Hannah Lee
Org: Seongdong-gu Office, Welfare Policy Division
Mobile: +82 10-4827-1936
Email: hannah.lee.sd@gmail.com""",
    [("PERSON", "Hannah Lee"), ("PHONE_NUMBER", "+82 10-4827-1936"), ("EMAIL_ADDRESS", "hannah.lee.sd@gmail.com")])

p1, e1 = mob(), "jh.seok@hanmail.net"
add("ko", P, f"""관리사무소 전기차 충전기 회원 등록 명단 정리해 줘.
- 석재희 / {p1} / {e1} / 충전카드 RF-000231
- 입주자대표 확인: 102동 동대표""",
    [("PERSON", "석재희"), ("PHONE_NUMBER", p1), ("EMAIL_ADDRESS", e1)])

a1, p1 = shinhan(), mob()
add("ko", P, f"""도서관 작은도서관 자원봉사자 활동비 지급 명단이야. 합계 내 줘.
봉사자: 탁소윤 / {p1} / 신한 {a1} / 6월 12시간
(활동비 시간당 10,000원)""",
    [("PERSON", "탁소윤"), ("PHONE_NUMBER", p1), ("BANK_ACCOUNT", a1)])


# ================================================================ OBFUSCATED
# ---- OCR-style letter/digit confusion
r1 = rr("850312", 1)
o1 = ocr(r1)
add("ko", OB, f"""스캔 OCR이라 글자가 좀 깨졌어. 신청인 정보만 표로 정리해 줘.
사회보장급여 신청서
성 명 : 임채원
주민등록번호 : {o1}
주 소 : 경기도 부천시 길주로 2l0 , 3층
신청일 : 2O24 . O6 . l1""",
    [("PERSON", "임채원"), ("KR_RRN", o1), ("LOCATION", "경기도 부천시 길주로 2l0 , 3층")])

p1 = mob()
o1 = p1.translate(str.maketrans("0125", "OlZS"))
add("ko", OB, f"""보안 솔루션이 번호를 자꾸 막아서 글자로 바꿔서 붙여. 이 사람한테 보낼 면접 안내문 써 줘.
지원자 권나윤 / 연락처 {o1} (O는 영, l은 일, Z는 이, S는 오)""",
    [("PERSON", "권나윤"), ("PHONE_NUMBER", o1)])

b1 = bz()
o1 = ocr(b1)
add("ko", OB, f"""사업자등록증 사진에서 OCR로 뽑은 거야. 국세청 상태조회 하게 번호만 정리해 줘.
상호: 늘푸른약국 / 대표: 계은숙 / 등록번호: {o1}""",
    [("PERSON", "계은숙"), ("KR_BRN", o1)])

# ---- broken spacing / split across lines, cells, messages
p1 = mob()
o1 = " ".join(p1)
add("ko", OB, f"""119 신고접수서 스캔 OCR 결과야. 신고자 번호 다시 적어 줘.
신 고 자 전 화 : {o1}
신 고 내 용 : 주 택 화 재 , 2 층 창 문 에 서 연 기""",
    [("PHONE_NUMBER", o1)])

a1 = shinhan()
g = a1.split("-")
o1 = f"{g[0]}-\n{g[1]}-\n{g[2]}"
add("ko", OB, f"""강사료 받을 계좌 알려드려요. 한 줄로 쓰면 메일이 반송돼서 나눠 씁니다.
예금주 민채린 / 신한
{o1}
확인 부탁드려요!""",
    [("PERSON", "민채린"), ("BANK_ACCOUNT", o1)])

p1 = mob()
g = p1.split("-")
o1 = f"{g[0]} | {g[1]} | {g[2]}"
add("ko", OB, f"""엑셀에서 번호를 세 칸으로 나눠 놨어. 합쳐서 문자 발송용 목록 만들어 줘.
| 성명 | 앞 | 중간 | 끝 |
|---|---|---|---|
| 우다현 | {o1} |""",
    [("PERSON", "우다현"), ("PHONE_NUMBER", o1)])

a1 = kakao()
g = a1.split("-")
o1 = f"{g[0]}\n보낸 문자 (오후 2:01): {g[1]}\n보낸 문자 (오후 2:02): {g[2]}"
add("ko", OB, f"""주민이 문자로 나눠 보낸 환급 계좌야. 환급금 지급 요청서에 넣을 수 있게 합쳐 줘.
받은 문자 (오후 1:58): 주무관님 계좌 보내드릴게요 한 번에 보내면 안 간대서요
보낸 문자 (오후 2:01): 카뱅 {o1}
받은 문자 (오후 2:03): 예금주 구현정 입니다""",
    [("BANK_ACCOUNT", o1), ("PERSON", "구현정")])

p1 = mob()
g = p1.split("-")
o1 = f"{g[0]} 하고 {g[1]} 하고 마지막은 {g[2]}"
add("ko", OB, f"""통화 녹취 받아 적은 거야. 민원인 연락처 정리해 줘.
"제 번호는요 {o1}이에요. 이름은 소민혁이고요, 낮에는 전화 못 받아요." """,
    [("PHONE_NUMBER", o1), ("PERSON", "소민혁")])

# ---- Hangul / English / hanja number words
r1 = rr("790215", 2)
o1 = mapd(r1.split("-")[0], _HANGUL) + " 다시 " + mapd(r1.split("-")[1], _HANGUL)
add("ko", OB, f"""음성인식(STT)으로 받은 상담 녹취야. 신청인 정보만 뽑아 줘.
상담원: 성함이랑 주민번호 불러 주세요.
민원인: 석은주고요, {o1}이요.
상담원: 네 확인됐습니다.""",
    [("PERSON", "석은주"), ("KR_RRN", o1)])

mid, last = dg(4, "23456789"), dg(4, "123456789")
o1 = f"공일공에 {ko_num(int(mid))}에 {ko_num(int(last))}"
add("ko", OB, f"""STT 녹취록 정리 부탁. 신고자 연락처 숫자로 바꿔 줘.
접수요원: 신고자분 연락처요?
신고자: {o1}이요. 저 방현수예요.""",
    [("PHONE_NUMBER", o1), ("PERSON", "방현수")])

p1 = mob()
o1 = ", ".join(mapd(x, _EN, " ") for x in p1.split("-"))
add("en", OB, f"""Transcribe this voicemail into a callback note:
"Hi, this is Grace Whitfield about my travel claim. My Korean mobile is {o1}. Please call after six."
""",
    [("PERSON", "Grace Whitfield"), ("PHONE_NUMBER", o1)])

mid, last = dg(4, "23456789"), dg(4, "23456789")
o1 = f"oh-one-oh, {en_pair(mid[:2])} {en_pair(mid[2:])}, {en_pair(last[:2])} {en_pair(last[2:])}"
add("en", OB, f"""Our filter keeps blocking numbers in tickets, so the customer wrote it out. Normalise it for the CRM:
Customer: Ethan Caldwell
Callback: {o1}""",
    [("PERSON", "Ethan Caldwell"), ("PHONE_NUMBER", o1)])

p1 = mob()
o1 = mapd(p1, _HANJA)
add("ko", OB, f"""한자 숫자로 적힌 연락처가 있는데 아라비아 숫자로 바꿔서 명부에 넣어 줘.
투표사무원 편도윤 연락처: {o1}""",
    [("PERSON", "편도윤"), ("PHONE_NUMBER", o1)])

d1 = dlic("11")
o1 = mapd(d1, _HANGUL)
add("ko", OB, f"""운전직 지원자가 서류에 면허번호를 한글로 적었어. 숫자로 바꿔 줘.
지원자: 국지훈 / 면허번호: {o1}""",
    [("PERSON", "국지훈"), ("KR_DRIVER_LICENSE", o1)])

pp1 = pp_new()
o1 = f"M 다음에 {mapd(pp1[1:4], _HANGUL)}, 영문 {pp1[4]}, 그리고 {mapd(pp1[5:], _HANGUL)}"
add("ko", OB, f"""전화로 받은 여권번호 적어 둔 메모야. 여행자보험 청구서에 옮겨 줘.
피보험자 배소율, 여권번호는 {o1}.""",
    [("PERSON", "배소율"), ("KR_PASSPORT", o1)])

p1 = mob()
o1 = "".join(_HANGUL[c] if i % 2 else c for i, c in enumerate(p1.replace("-", "")))
add("ko", OB, f"""관리사무소 단톡방에 올라온 글이야. 번호만 정리해 줘.
"분실물(지갑) 주우신 분 {o1} 으로 연락 주세요 - 808동 주민 연서희" """,
    [("PHONE_NUMBER", o1), ("PERSON", "연서희")])

# ---- other scripts and look-alike digits
a1 = kb()
o1 = fullwidth(a1)
add("ko", OB, f"""전각 문자로 써야 필터에 안 걸린대서 이렇게 보냈어. 지급 요청서에 반각으로 바꿔 넣어 줘.
예금주 소하준 / 국민은행 {o1}""",
    [("PERSON", "소하준"), ("BANK_ACCOUNT", o1)])

a1 = kakao()
o1 = script(a1, 0x0660)
add("mixed", OB, f"""Client sent her refund account in Arabic digits. Convert it for the 체육센터 환불 form:
Name: Layla Haddad
Bank: KakaoBank {o1}""",
    [("PERSON", "Layla Haddad"), ("BANK_ACCOUNT", o1)])

r1 = rr("860723", 1)
o1 = script(r1, 0x1D7CE)
add("ko", OB, f"""SNS 폰트로 적힌 주민번호야. 일반 숫자로 바꿔서 참관인 신고서에 넣어 줘.
참관인 나윤성 {o1}""",
    [("PERSON", "나윤성"), ("KR_RRN", o1)])

p1 = mob()
o1 = mapd(p1, _CIRC)
add("ko", OB, f"""동호회 회원 명단인데 번호가 동그라미 숫자로 돼 있어. 정리해 줘.
회장 길재석 {o1}""",
    [("PERSON", "길재석"), ("PHONE_NUMBER", o1)])

c1 = visa()
o1 = script(c1, 0x0966)
add("mixed", OB, f"""Insurance claim from an Indian customer — the card number came through in Devanagari digits. Convert it and check the Luhn digit:
Cardholder: Arjun Mehta
Card: {o1}""",
    [("PERSON", "Arjun Mehta"), ("CREDIT_CARD", o1)])

p1 = mob()
o1 = keycap(p1)
add("ko", OB, f"""카톡 이모지 숫자로 보내온 번호야 ㅋㅋ 연락처 저장용으로 바꿔 줘.
[주하린] [오후 7:02] 제 번호 {o1} 입니다!""",
    [("PERSON", "주하린"), ("PHONE_NUMBER", o1)])

p1 = mob()
o1 = mapd(p1, _SUP)
add("ko", OB, f"""위첨자로 쓴 번호인데 필터 피하려고 일부러 그랬대. 일반 숫자로 돌려 줘.
119 출동 요청자: 피은영 {o1}""",
    [("PERSON", "피은영"), ("PHONE_NUMBER", o1)])

p1 = mob().replace("-", "")
o1 = script(p1[:3], 0x0660) + "-" + script(p1[3:7], 0x0966) + "-" + fullwidth(p1[7:])
add("mixed", OB, f"""이 번호 글자가 이상해. 일반 숫자로 정규화하는 파이썬 코드랑 결과 알려줘.
contact = "{o1}"   # 연락처 (민원인 도채윤)""",
    [("PHONE_NUMBER", o1), ("PERSON", "도채윤")])

# ---- invisible characters and homoglyphs
r1 = rr("930516", 2)
o1 = interleave(r1, "\u200b")
add("ko", OB, f"""아래 값이 VLOOKUP에서 안 잡혀. 왜 그런지 알려줘.
A2: 예서린
B2: {o1}""",
    [("PERSON", "예서린"), ("KR_RRN", o1)])

o1 = "ga\u00adyoung.shin\u00ad@naver\u00ad.com"
add("ko", OB, f"""이메일 주소 복사하면 발송 실패가 나. 주소 고쳐 줘.
수신자: 신가영 <{o1}>""",
    [("PERSON", "신가영"), ("EMAIL_ADDRESS", o1)])

o1 = "hy\u0435jin.n\u0430m@gm\u0430il.com"
add("en", OB, f"""This address bounces although it looks fine. What's wrong with it?
Policyholder: Hyejin Nam, e-mail {o1}""",
    [("PERSON", "Hyejin Nam"), ("EMAIL_ADDRESS", o1)])

a1 = woori()
o1 = interleave(a1, "\u2060")
add("ko", OB, f"""메신저에서 보낸 계좌번호가 은행 앱에 붙여넣기가 안 된대. 확인해 줘.
예금주 탁수빈 / 우리은행 {o1}""",
    [("PERSON", "탁수빈"), ("BANK_ACCOUNT", o1)])

ip1 = priv_ip()
o1 = ip1.replace(".", "\u200d.\u200d")
add("en", OB, f"""The ping to this address fails when copied from Confluence, but works when typed. Why?
NVR host (관리사무소 CCTV): {o1}""",
    [("IP_ADDRESS", o1)])

# ---- encodings
r1 = rr("870214", 1)
o1 = b64(r1)
add("ko", OB, f"""개발팀이 주민번호를 base64로 넣어서 보냈어. 이게 암호화라고 할 수 있어? 예시 값:
{{"applicant": "변재욱", "rrn_enc": "{o1}"}}""",
    [("PERSON", "변재욱"), ("KR_RRN", o1)])

e1 = "jiwoo.han.0412@gmail.com"
o1 = b64url(e1)
add("en", OB, f"""Decode the uid parameter in this unsubscribe link and tell me whose it is:
https://newsletter.library-seoul.kr/unsub?uid={o1}&list=weekly""",
    [("EMAIL_ADDRESS", o1)])

p1 = mob()
o1 = hexs(p1)
add("mixed", OB, f"""패킷 캡처에서 나온 payload야. 디코딩하면 뭐가 나와?
0000  {o1}  (SMS gateway request body, field 'to')""",
    [("PHONE_NUMBER", o1)])

r1 = rr("911130", 2)
o1 = pct(r1)
add("mixed", OB, f"""이 URL 로그에 개인정보 있어? 있으면 어떤 거야?
GET /welfare/apply/check?name=%EC%9C%A0%EC%84%B8%EB%9D%BC&jumin={o1}&step=2 HTTP/1.1 200""",
    [("PERSON", "%EC%9C%A0%EC%84%B8%EB%9D%BC"), ("KR_RRN", o1)])

c1 = master()
o1 = html_ent(c1)
add("mixed", OB, f"""고객 메일 HTML 소스인데 화면에는 카드번호가 보여. 소스에서 어떻게 숨겨진 건지 설명해 줘.
<p>보험료 환불 카드: {o1}</p>
<p>카드 소유자: 엄지혜</p>""",
    [("CREDIT_CARD", o1), ("PERSON", "엄지혜")])

p1 = mob()
o1 = json_u(p1)
add("en", OB, f"""Pretty-print this JSON from the 119 CAD export and decode the escapes:
{{"call_id": "240612-0044", "caller": "\\uC7A5\\uBBFC\\uD638", "ani": "{o1}", "priority": 2}}""",
    [("PERSON", "\\uC7A5\\uBBFC\\uD638"), ("PHONE_NUMBER", o1)])

e1 = "jaehyun.ko@naver.com"
o1 = rot13(e1)
add("ko", OB, f"""ROT13으로 돌려놓은 거야. 원래 주소로 메일 보내게 풀어 줘.
면접 지원자 고재현 메일: {o1}""",
    [("PERSON", "고재현"), ("EMAIL_ADDRESS", o1)])

r1 = rr("800924", 1)
o1 = shift(r1, 1)
add("ko", OB, f"""필터 때문에 숫자를 하나씩 올려 적었어(각 자리 +1, 9는 0). 원래 번호로 되돌려서 신청서에 넣어 줘.
수급 신청인 어재민 / 주민번호 {o1}""",
    [("PERSON", "어재민"), ("KR_RRN", o1)])

ip1 = pub_ip()
o1 = ".".join(f"0x{int(x):02x}" for x in ip1.split("."))
add("en", OB, f"""Is this the same host as in the firewall alert? The log writes it in hex:
src={o1} dst=lib-web-01 action=deny""",
    [("IP_ADDRESS", o1)])

e1 = "sooah.myung@kakao.com"
o1 = "".join(f"\\x{b:02x}" for b in e1.encode())
add("mixed", OB, f"""Jupyter에서 bytes로 찍혀 나왔어. 사람이 읽을 수 있게 바꿔 줘.
Out[9]: b'{o1}'""",
    [("EMAIL_ADDRESS", o1)])

e1 = "minji.ryu@kakao.com"
o1 = e1.replace("@", "%40")
add("ko", OB, f"""문자에 들어간 링크인데 누구 메일로 가는 거야?
[Web발신] 도서관 희망도서 신청 결과 회신: mailto:{o1}?subject=hope-book""",
    [("EMAIL_ADDRESS", o1)])

p1 = mob()
o1 = html_hex(p1)
add("mixed", OB, f"""알림톡 템플릿 HTML 미리보기에 이상한 문자가 있어. 무슨 뜻이야?
<span class="tel">{o1}</span> 관리사무소 당직자 연결""",
    [("PHONE_NUMBER", o1)])

# ---- reversed
r1 = rr("840608", 2)
o1 = r1[::-1]
add("ko", OB, f"""채용 지원자가 주민번호를 거꾸로 써서 냈어 (본인이 그렇게 하라고 했대). 바로 세워서 신원조사 의뢰서에 넣어 줘.
지원자 윤소라 / 주민번호(역순): {o1}""",
    [("PERSON", "윤소라"), ("KR_RRN", o1)])

e1 = "donghyun.cha@hanmail.net"
o1 = e1[::-1]
add("ko", OB, f"""이 메일 주소 뒤집어서 적은 거래. 원래대로 돌려서 답장 보내게 해 줘.
{o1}  (보낸 사람: 차동현)""",
    [("EMAIL_ADDRESS", o1), ("PERSON", "차동현")])

# ---- markup inside values
p1 = mob()
g = p1.split("-")
o1 = f"{g[0]}-<b>{g[1]}</b>-{g[2]}"
add("ko", OB, f"""관리사무소 홈페이지 공지 HTML이야. 태그 정리해 줘.
<p>분실물 습득 신고: 경비실 또는 입주민 길나래 님({o1})</p>""",
    [("PERSON", "길나래"), ("PHONE_NUMBER", o1)])

r1 = rr("750411", 1)
g = r1.split("-")
o1 = f"{g[0]}</td><td>-</td><td>{g[1]}"
add("mixed", OB, f"""이 HTML 표를 CSV로 바꿔 줘.
<tr><td>안병철</td><td>{o1}</td><td>생계급여</td></tr>""",
    [("PERSON", "안병철"), ("KR_RRN", o1)])

p1 = mob()
g = p1.split("-")
o1 = f"{g[0]}<!-- -->{g[1]}<!-- -->{g[2]}"
add("en", OB, f"""Why does the SMS gateway reject this number from our CMS template?
<td class="mobile">{o1}</td> <td>Claimant: Nadia Rahman</td>""",
    [("PHONE_NUMBER", o1), ("PERSON", "Nadia Rahman")])

o1 = "박<span>서</span>연"
add("ko", OB, f"""크롤링한 게시판 HTML이야. 작성자랑 내용만 뽑아 줘.
<div class="writer">{o1}</div><div class="body">층간소음 때문에 잠을 못 자요. 1203호 확인 부탁드려요.</div>""",
    [("PERSON", o1)])

e1 = "seungwoo.ahn@corp-gov.kr"
o1 = "seungwoo.ahn@<i>corp-gov</i>.kr"
add("en", OB, f"""Strip the tags from this Confluence macro output:
<p>Contact: {o1} (Seungwoo Ahn, DB team)</p>""",
    [("EMAIL_ADDRESS", o1), ("PERSON", "Seungwoo Ahn")])

# ---- code / formulas that build the value
a1 = shinhan()
g = a1.split("-")
o1 = f'{g[0]}" + "-" + "{g[1]}" + "-" + "{g[2]}'
add("mixed", OB, f"""이 코드 실행 결과가 뭐야? 환급 계좌 검증 로직 짜는 중.
owner = "표지훈"
acct = "{o1}"
print(owner, acct)""",
    [("PERSON", "표지훈"), ("BANK_ACCOUNT", o1)])

p1 = mob()
g = p1.split("-")
o1 = f'{g[0]}","-","{g[1]}","-","{g[2]}'
add("mixed", OB, f"""이 엑셀 수식 결과값 알려 주고 더 짧게 바꿔 줘.
A2: 성명 육은비
B2: =CONCATENATE("{o1}")""",
    [("PERSON", "육은비"), ("PHONE_NUMBER", o1)])

p1 = mob()
g = p1.split("-")
o1 = f"{g[0]}\nB5: {g[1]}\nC5: {g[2]}"
add("ko", OB, f"""D5에 =A5&"-"&B5&"-"&C5 넣었는데 앞자리 0이 사라져. 고쳐 줘.
A5: {o1}
E5: 신청인 남윤아""",
    [("PHONE_NUMBER", o1), ("PERSON", "남윤아")])

r1 = rr("880130", 2)
g = r1.split("-")
o1 = ",".join(g[0]) + "]; const back = [" + ",".join(g[1])
add("en", OB, f"""What does this snippet print? Found it in a Jira attachment (WELF-2410).
const front = [{o1}];
console.log(front.join("") + "-" + back.join(""));""",
    [("KR_RRN", o1)])

r1 = rr("680512", 1)
g = r1.split("-")
o1 = f"{g[0]}', '-', '{g[1]}"
add("mixed", OB, f"""이 SQL 결과 컬럼 값이 뭐야?
SELECT CONCAT('{o1}') AS rrn, '고상철' AS name;""",
    [("KR_RRN", o1), ("PERSON", "고상철")])

e1 = "yerin.bang@gmail.com"
o1 = 'yerin", ".bang", "@", "gmail", ".com'
add("mixed", OB, f"""이 노트북 셀 출력 뭐가 나와?
In [3]: "".join(["{o1}"])
# 지원자 방예린 연락 메일""",
    [("EMAIL_ADDRESS", o1), ("PERSON", "방예린")])

# ---- halves in different places, names disguised, defanged, mixed tricks
r1 = rr("520817", 2)
g = r1.split("-")
o1 = f"{g[0]}이고요, 아 그리고 기초연금도 같이 신청하고 싶은데 되나요? 뒷자리는 {g[1]}"
add("ko", OB, f"""주민센터 온라인 상담 채팅 기록이야. 신청인 정보만 뽑아서 서식에 넣어 줘.
민원인: 어머니 대신 수급 신청하려는데요, 어머니 성함은 봉말순이고 주민번호 앞자리는 {o1}이에요.
상담원: 네, 확인 후 연락드리겠습니다.""",
    [("PERSON", "봉말순"), ("KR_RRN", o1)])

add("ko", OB, """판결문 공개용 비식별 검수 중이야. 아래 문장에서 아직 남은 개인정보 찾아 줘.
"피해자 申東旭(남, 41세)은 같은 날 피고인에게 '정 . 하 . 윤 씨가 돈을 받아 갔다'고 진술하였고, 피고인 B는 이를 부인하였다." """,
    [("PERSON", "申東旭"), ("PERSON", "정 . 하 . 윤")])

ip1, ip2 = pub_ip(), priv_ip()
o1, o2 = ip1.replace(".", "[.]"), ip2.replace(".", " dot ")
add("en", OB, f"""Turn this phishing report into a Jira security ticket (keep the IOCs defanged):
Reporter: 임가은 (gaeun.lim[at]korea[dot]kr)
Phishing mail came from hxxp://{o1}/nps-refund/login and the victim's PC was {o2} on the 3rd floor LAN.""",
    [("PERSON", "임가은"), ("EMAIL_ADDRESS", "gaeun.lim[at]korea[dot]kr"), ("IP_ADDRESS", o1), ("IP_ADDRESS", o2)])

c1 = visa()
g = c1.split("-")
o1 = f"{g[0]}, 그 다음 {g[1]}, 또 {g[2]}, 끝 네 자리 {g[3]}"
add("ko", OB, f"""보험료 환불 받을 카드번호를 상담 메모에 이렇게 적어 놨네. 카드번호 형식으로 합쳐 줘.
고객 주예준 / 카드 앞 네 자리 {o1} / 유효기간 08/28""",
    [("PERSON", "주예준"), ("CREDIT_CARD", o1)])

a1, p1 = nh(), mob()
o1 = a1.replace("-", "ㅡ")
o2 = p1.replace("-", "🍀")
add("ko", OB, f"""카톡으로 받은 거 정리해 줘. 동대표 회의 수당 지급용.
[천보람] [오후 8:14] 계좌 농협 {o1} 예요
[천보람] [오후 8:14] 연락처는 {o2}
[천보람] [오후 8:15] 메일은 boram.chun 골뱅이 daum 점 net 입니다""",
    [("PERSON", "천보람"), ("BANK_ACCOUNT", o1), ("PERSON", "천보람"), ("PHONE_NUMBER", o2), ("PERSON", "천보람"),
     ("EMAIL_ADDRESS", "boram.chun 골뱅이 daum 점 net")])

c1 = cz()
g = c1.split("-")
o1 = f"{g[0]}-\n{g[1]}"
add("ko", OB, f"""법인등기부 스캔 OCR인데 줄이 잘렸어. 상호랑 등록번호 정리해 줘.
등기번호 004512     상 호  주식회사 미래환경산업
등록번호 {o1}
본 점  대 전 광 역 시  유 성 구  대 학 로  99 ,  7 층
대표이사  반 태 식""",
    [("KR_CRN", o1), ("LOCATION", "대 전 광 역 시  유 성 구  대 학 로  99 ,  7 층"), ("PERSON", "반 태 식")])

h1 = hins()
g = h1.split("-")
o1 = f"{g[0]}, 그 뒤는 {g[1][:5]} 하고 {g[1][5:]}"
add("ko", OB, f"""보험사 콜센터 메모야. 건강보험증 번호 합쳐서 청구서에 넣어 줘.
피보험자 경수민 / 건강보험증 번호 앞자리 {o1}""",
    [("PERSON", "경수민"), ("KR_HEALTH_INSURANCE", o1)])


# ================================================================ NEGATIVE (hard negatives)
def _ean_not_rrn() -> str:
    """An EAN-13 barcode whose first digits look like a birth date and gender digit but fail the RRN checksum."""
    while True:
        x = ean13("880" + random.choice(["104", "212", "315", "521"]) + random.choice("1234") + dg(5))
        if rrn_check(x[:12]) != int(x[12]):
            return x


_isbn = [isbn13("979-11-6224-" + dg(3)), isbn13("978-89-364-" + dg(4)), isbn13("979-11-90" + dg(3) + "-" + dg(2))]
_eans = [ean13("880" + dg(9)), _ean_not_rrn(), ean13("880" + dg(9))]
_order = card("2024" + dg(11), groups=(16,), sep="")
assert luhn_ok(_order)

NEG: list[tuple[str, str]] = [
    ("ko", """재산세 고지서 항목 설명해 줘. 개인정보는 지웠어.
전자납부번호: 11680-1-24-07-1-0031457
과세표준: 215,400,000원 / 세율 0.15% (1세대 1주택 특례)
재산세 323,100원 + 지방교육세 64,620원 + 도시지역분 301,560원
납기: 2024.07.16 ~ 2024.07.31 / 문의 120 다산콜센터"""),
    ("ko", """판결문 요지 요약해 줘.
사건 2023나2041857 손해배상(기)
원고, 항소인 A
피고, 피항소인 주식회사 B
제1심판결 서울중앙지방법원 2022. 11. 24. 선고 2021가단5198234 판결
주문: 1. 원고의 항소를 기각한다. 2. 항소비용은 원고가 부담한다.
이유: 민법 제750조, 제763조, 제393조에 따라 통상손해의 범위는 ..."""),
    ("ko", """이 조문들 관계를 도식으로 그려 줘.
「국민기초생활 보장법」 제8조제2항(생계급여 선정기준), 같은 법 시행령 제5조의2(소득인정액 산정), 보건복지부 고시 제2024-112호(기준 중위소득), 「장애인복지법」 제32조(장애인 등록)."""),
    ("ko", """국민연금 기준소득월액 변경 내용을 안내문으로 써 줘.
2024년 7월 1일부터 상한액 5,900,000원 → 6,170,000원, 하한액 370,000원 → 390,000원
보험료율 9% (사업장 가입자는 근로자·사용자 각 4.5%)
A값(전체 가입자 평균소득월액): 2,989,237원"""),
    ("ko", """관리사무소 공지문 다듬어 줘.
[택배 보관 안내] 6월 10일(월) 입고 택배 중 운송장 번호 6892-1034-5521, 5510-2293-8847 건은 수취인 미확인으로 경비실에 보관 중입니다. 본인 택배인지 운송장 번호로 확인 후 찾아가세요. 보관 기간 7일."""),
    ("en", """Fill in this claim letter template for me so it reads naturally, leaving the brackets as they are:
Dear [Claimant full name],
We have received your claim [Claim number] under policy [Policy number] dated [DD/MM/YYYY].
Please send your bank details (account name, sort code XX-XX-XX, account number XXXXXXXX) to claims@example.com."""),
    ("mixed", """Write release notes from these Jira keys (한국어 요약도 같이):
DLP-4521 fix OCR spacing normalisation — fixed in v2.14.3 (build 20240612.3)
DLP-4533 bump pdfminer to 20231228, python 3.11.9
WELF-2402 행복e음 연계 API timeout 30s → 60s, hotfix 3.8.2-rc1"""),
    ("ko", f"""작은도서관 신착도서 목록에 ISBN 형식 맞는지 확인해 줘.
1. 혼자 공부하는 파이썬 — ISBN {_isbn[0]}
2. 사회복지행정론 — ISBN {_isbn[1]}
3. 지방세 실무 해설 — ISBN {_isbn[2]}"""),
    ("ko", f"""관리사무소 비품 바코드 목록인데 엑셀에서 지수 표기로 깨졌어. 텍스트로 복원하는 방법 알려줘.
세제 리필 {_eans[0]} / 형광등 LED 18W {_eans[1]} / 종량제봉투 20L {_eans[2]}"""),
    ("ko", """119 상반기 출동 통계 그래프로 만들어 줘.
화재 1,284건 / 구조 8,921건 / 구급 41,337건 / 생활안전 6,402건
평균 현장도착 7분 42초, 골든타임(7분) 내 도착률 63.8%
차량 코드: 펌프-101, 탱크-205, 구급-312"""),
    ("ko", """투표소 안내문 만들어 줘.
제1투표소: 청운초등학교 체육관 / 제2투표소: 사직동 행정복지센터 3층 대회의실 / 제3투표소: 무악동 경로당
투표시간 06:00~18:00, 신분증 지참, 문의 1390"""),
    ("ko", """이번 주 단속 결과 보고서 초안 써 줘. 차량번호는 개인정보 아니라서 그냥 둬도 돼.
불법주정차 단속 83건 (소화전 앞 12건, 횡단보도 27건)
상습 위반 차량: 157하 3842, 48러 7291, 62노 4488 외 3대
과태료 부과 총액 5,240,000원"""),
    ("mixed", """Explain these Excel formulas to a new staff member:
=SUMIFS(D:D, B:B, "생계급여", C:C, ">=2024-01-01")
=TEXT(A2, "000000-0000000")
=IF(LEN(A2)<>14, "형식오류", "OK")
=IFERROR(VLOOKUP(F2, 수급자!$A:$H, 8, FALSE), "")"""),
    ("en", """Interpret these Jupyter results for the weekly report:
Out[21]: (120348, 17)
Out[22]: accuracy=0.9134 precision=0.8872 recall=0.9010 f1=0.8940
Out[23]: array([0.12, 0.47, 0.88, 0.95]) dtype=float64
Wall time: 3min 12s"""),
    ("ko", """이 카톡 알림 스미싱인지 봐 줘.
[CJ대한통운] 고객님의 상품이 배송 완료되었습니다.
운송장번호 6543-2109-8765
배송 관련 문의: 1588-1255"""),
    ("ko", """[Web발신]
[국민연금공단] 2024년 하반기 연금액 인상(3.6%) 안내. 자세한 사항은 공단 홈페이지 또는 고객센터 1355로 문의 바랍니다.
이 문자 공지용으로 쓰려는데 어색한 부분 고쳐 줘."""),
    ("ko", """채용 공고문 다듬어 줘.
○ 채용분야: 공무직(운전원) 2명
○ 접수기간: 2024. 6. 17.(월) ~ 6. 21.(금) 18:00
○ 접수번호 형식: 2024-07-0001 ~
○ 문의: 인사팀 채용 상담 1588-3920 (평일 09:00~18:00)"""),
    ("ko", """직원 교육자료 문단 다듬어 줘.
"주민등록번호는 법령에 근거가 있는 경우에만 수집할 수 있으며(개인정보 보호법 제24조의2), 민원서식에는 생년월일만 받도록 개선해야 합니다. 불가피하게 수집한 경우 뒷자리는 암호화하여 저장하고, 출력물에는 마스킹 처리합니다." """),
    ("en", """Make this paragraph for the claims handbook more concise:
"Adjusters must never paste a claimant's full card number, passport number or home address into the case notes. Use the last four digits of a card and refer to the document by its scan ID instead." """),
    ("ko", """공문 스캔 OCR이야. 문서번호랑 시행일 정리해 줘.
복 지 정 책 과 - l2345 ( 2O24 . O6 . l2 . )
수 신 : 각 읍 · 면 · 동 장
제 목 : 2O24년 하반기 기초생활보장 확인조사 실시 알림
붙 임 : 조사 대상 가구 현황 l부 . 끝 ."""),
    ("ko", """영수증 OCR 결과야. 경비 처리 항목 분류해 줘.
카드번호: 4518-****-****-2207
승인번호: 30184472   일시불
공급가액 18,182원 / 부가세 1,818원 / 합계 20,000원
가맹점: 도서관 구내 카페"""),
    ("ko", """관리비 총괄표 설명문 만들어 줘.
총 세대수 1,248세대 / 전용면적 59.94㎡·84.97㎡
공용관리비 합계 182,447,300원, 세대당 평균 146,191원
장기수선충당금 ㎡당 410원, 전월 대비 +3.2%"""),
    ("mixed", """이 값들이 IP 주소야? 아니면 뭐야?
OID 1.2.840.113549.1.1.11 (sha256WithRSAEncryption)
Windows build 10.0.22631.3737
SNMP sysObjectID 1.3.6.1.4.1.9.1.2494"""),
    ("en", """Review this nginx snippet for the library site:
listen 127.0.0.1:8080;
allow 10.0.0.0/8;
allow 192.168.0.0/16;
deny all;
resolver 0.0.0.0 valid=30s;"""),
    ("ko", f"""관리사무소 공동구매 주문 내역 확인해 줘.
주문번호 {_order} / 결제 2024-06-09 / 상품 방충망 보수 키트 x 42 / 합계 1,176,000원
고객센터 1644-7382"""),
    ("ko", """사건번호 형식 검증 정규식 만들어 줘. 예시:
2024고단1234, 2023노5678, 2024카단80123, 2023드단21145, 2024금제1187호"""),
    ("ko", """이 조문 요약해 줘.
「지방세법」 제111조의2(1세대 1주택에 대한 주택 세율 특례), 같은 법 시행령 제110조의2, 「지방세특례제한법」 제31조의3."""),
    ("en", """Check this API doc example for consistency:
POST /v1/members
{"name": "Hong Gildong", "email": "user@example.com", "card": "4111 1111 1111 1111", "rrn": "000000-0000000", "mobile": "010-XXXX-XXXX"}
All values above are documentation placeholders."""),
    ("ko", """면접 결과 공고문 만들어 줘. 이름은 가렸어.
수험번호 2024-07-0012 김*아 합격
수험번호 2024-07-0013 곽**  합격
수험번호 2024-07-0015 은○○ 예비 1순위"""),
    ("ko", """제22대 총선 우리 구 투표율 정리해 줘.
선거인수 412,880명 / 투표자수 283,417명 / 투표율 68.6%
사전투표율 31.2% (관외 9.8%), 거소투표 1,204명"""),
    ("en", """Summarise this claim status export:
CLM-2024-0061874 | water damage | reserve $18,400 | status OPEN | 2024-05-28
CLM-2024-0061902 | auto | reserve $6,412.80 | status SUBROGATION | 2024-06-02
CLM-2024-0062015 | travel | reserve $1,150 | status CLOSED | 2024-06-07"""),
    ("ko", """상황실 CAD 코드표 정리해 줘.
사건번호 2024-0612-0345 / 출동코드 F-21(주택화재) / 대응 1단계
출동대: 중부119안전센터 펌프-101, 구급-312 / 도착 03:21:40 / 초진 03:48"""),
    ("mixed", """Explain this seat-reservation log (도서관 열람실):
2024-06-12 09:01:17 seat=B-047 session=6f1c2a9e-3b7d-4e1f-9a2c-77d0e5b1c3aa host=127.0.0.1 status=RESERVED
2024-06-12 09:03:55 seat=B-048 session=0b9e4d12-8c55-4f0a-b1e3-2d6a9c7f8e10 host=127.0.0.1 status=EXPIRED"""),
    ("en", """Which of these identifiers should go in the deployment ticket?
commit 9f3c2a17b84e0d6c5a1f2e39d7b4c8a0e6f1d253
image registry.internal/welfare-api@sha256:4b7e1a9c0d3f52e8a6b1c7d9e0f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4
chart version 3.8.2"""),
    ("ko", """물품 목록 품목코드 정리해 줘.
PRD-2024-00871 방화복 상의(95) / PRD-2024-00872 공기호흡기 면체 / 부품번호 4820-113-0097 (밸브 어셈블리)
수량 12 / 단가 384,000원"""),
    ("ko", """민원 안내문에 들어갈 대표번호 목록 정리해 줘.
정부민원안내 110 / 다산콜센터 120 / 외국인종합안내 1345 / 국민연금 1355 / 건강보험 1577-1000 / 복지로 129 / 긴급신고 119·112"""),
    ("ko", """연령대별 기초생활수급자 통계 해석해 줘.
0~19세 12.4% / 20~39세 9.8% / 40~64세 31.7% / 65세 이상 46.1%
전년 대비 수급자 +4.3%, 1인 가구 비율 73.2%"""),
    ("en", """Classify these import lines by HS code for the sports-centre equipment purchase:
8471.30-0000 laptops, 9506.91-1000 gym equipment, 9506.29-0000 swimming accessories, 8528.59-2000 monitors"""),
    ("ko", """다음 주 일정표 만들어 줘.
6/17(월) 09:30 확인조사 교육 / 6/18(화) 14:00~16:00 통합사례회의 / 6/20(목) 10:00 119 합동훈련 / 6/21(금) 17:30 월례회"""),
    ("ko", """마스킹 제대로 됐는지 점검해 줘.
성명: 김*수 / 주민등록번호: 850312-1****** / 연락처: 010-****-5678 / 이메일: kim***@naver.com / 계좌: 110-***-***172"""),
    ("en", """Rewrite for a staff newsletter:
"Under the GDPR and Korea's PIPA, a data subject may request access to, correction of and deletion of their personal data. Requests must be answered within ten days, and refusals must cite the legal basis." """),
    ("ko", """면접 일정표 만들어 줘. 수험번호만 써.
10:00 2024-07-0012 / 10:20 2024-07-0013 / 10:40 2024-07-0015 / 11:00 2024-07-0018
면접장: 본관 3층 소회의실"""),
    ("ko", """관용차 정비 기록 정리해 줘.
차대번호 KMHD141ABNU123456 / 부품번호 58101-2SA70 (브레이크 패드) / 주행거리 84,215km
정비일 2024-06-05 / 비용 238,000원"""),
    ("mixed", """공문 문서번호 형식 설명해 줘 (영문 보고서에 넣을 거야).
Document no. 복지정책과-12345 (2024.06.12.), 선거관리팀-887, 안전총괄과-3021
시행일자 2024. 6. 12. / 보존기간 5년"""),
    ("en", """Is this API doc clear?
GET /v1/members/{member_id}
Headers: Authorization: Bearer <access_token>
Response 200: {"member_id": "L24-00871", "status": "ACTIVE", "expires": "2025-06-30"}"""),
    ("ko", """단체방 공지 다듬어 줘.
[공지] 6월 정기 방역: 6/19(수) 10:00~16:00, 지하주차장 B1~B3 순서. 방역 중 엘리베이터 2호기 운행 중지. 문의는 관리사무소 방문."""),
    ("ko", """취득세 계산 검증해 줘.
취득가액 612,000,000원 × 세율 2.04% = 12,484,800원
지방교육세 0.2% 1,224,000원 / 농어촌특별세 비과세
신고기한 2024.08.05"""),
    ("en", """Explain what this VBA does:
Sub MaskIds()
  Dim c As Range
  For Each c In Range("B2:B500")
    If Len(c.Value) = 14 Then c.Value = Left(c.Value, 8) & "******"
  Next c
End Sub"""),
    ("ko", """민원 접수번호 체계 설명 부탁.
2AA-2406-0012345 (온라인), 1BB-2406-0003381 (방문), 241305-1234567 (구 시스템 임시번호, 날짜 아님)"""),
    ("ko", """도로명주소 건물관리번호가 뭐야? 예시로 설명해 줘.
건물관리번호 1168010100100010000026446 / 우편번호 06234 / 서울 강남구"""),
    ("en", """Map these codes to plain-English descriptions for the claim summary:
ICD-10 S82.201A, M54.5, J18.9; CPT 99213, 73590; revenue code 0450"""),
    ("ko", """법령 스캔본 OCR 교정해 줘.
제 l2조 ( 급 여 의 신 청 ) ① 수 급 권 자 는 ... 제 2l조 제 l항 에 따 라 ...
[ 시 행 2O24 . l . l . ] [ 법 률 제 l9l23호 , 2O22 . l2 . 27 . , 일 부 개 정 ]"""),
    ("mixed", """Asset list for 구민체육센터 — group by type:
S/N 5CD2341XYZ (HP ProBook) / S/N R58N40ABCDE (Galaxy Tab) / 자산번호 IT-2021-0442 / MAC 00:1A:2B:3C:4D:5E"""),
    ("ko", """전자세금계산서 승인번호 형식 확인해 줘.
20240612-41000012-3e8f1a2b / 20240613-41000012-7c0d9b44
공급가액 합계 12,400,000원"""),
    ("en", """Add these to the insurance claim timeline:
Flight KE0905 ICN→LHR, seat 32A, PNR 6XK2LP, baggage tag KE 482713
UPS tracking 1Z999AA10123456784 delivered 2024-05-09"""),
    ("ko", """국민연금 기금 운용 성과 요약해 줘.
2023년 수익률 13.59%, 기금 적립금 1,035조 8천억 원
해외주식 26.9%, 국내주식 14.1%, 대체투자 14.5%"""),
    ("mixed", """Why does this column show numbers instead of dates?
45458 45459 45462 → should be 2024-06-14, 2024-06-15, 2024-06-18
=TEXT(A2,"yyyy-mm-dd")  format code 0.00%"""),
    ("ko", """장애인 등록 절차 안내문 써 줘.
1) 읍면동 행정복지센터 신청 2) 진단서 발급(장애정도심사용) 3) 국민연금공단 심사 4) 결과 통지(30일 이내)
근거: 「장애인복지법」 제32조, 같은 법 시행규칙 제3조"""),
    ("ko", """공직선거법 조문 요약 부탁.
제147조(투표소의 설치), 제148조(사전투표소의 설치), 제161조(투표참관), 제163조(투표소 등의 출입제한)
사전투표 기간: 선거일 전 5일부터 2일간"""),
    ("ko", """체육센터 강습 시간표 표로 만들어 줘.
수영 초급 06:00/07:00/19:00 (월수금) 월 55,000원
필라테스 10:00/20:00 (화목) 월 88,000원
다자녀·장애인 50% 감면, 국가유공자 본인 50% 감면"""),
    ("ko", """관리규약 개정안 비교표 만들어 줘.
제14조(동별 대표자 선출) ② 임기 2년 → 2년(1회 중임)
제31조(관리비 등의 부과) 전기료 누진 구간 200kWh / 400kWh
제58조(층간소음) 22:00~06:00 소음 자제"""),
    ("mixed", """이 CSV 헤더랑 dtype 맞는지 확인해 줘 (no values yet):
member_id:str, name:str, birth_date:date, mobile:str, email:str, address:str, joined_at:datetime
Expected rows ~12,000, file encoding cp949 → utf-8"""),
    ("en", """Translate into Korean for the apartment notice board:
"Parking permits for 2024-H2 are ready. Bring your vehicle registration certificate to the management office between 09:00 and 18:00. Visitor passes are limited to 20 hours per month per unit." """),
]
for _lang, _text in NEG:
    add(_lang, N, _text, [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "ninth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_ninth.jsonl"), build())


if __name__ == "__main__":
    main()
