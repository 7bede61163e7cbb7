# ruff: noqa: E501
"""Twenty-third blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; the [tool.ruff] section of
pyproject.toml; of heldout_twentysecond.py lines 1-327 only (module docstring with the labelling conventions and the
previous domains and obfuscation kinds, imports, constants, seed, add(), value makers; none of its disguise helpers or
cases, lines 328-925, was read) and lines 926-988 (build(), self_check(), main()), with `sed -n`, plus a `grep -n` of
def/constant lines over the `sed -n 1,327p` output to copy the value makers by line range. Other looks: `wc -l` of
those files, an `ls` of tests/detectors/corpus/ (names only), this file's own .jsonl output read back to check span
placement, ruff and mypy on this file (mypy's one complaint is in spans.py line 70, not here). No git log, git diff,
git show or git status was run. The engine and the evaluation script were neither read nor run on these cases;
nothing here was tuned to the engine. The twenty-second's WANT dict lay outside the lines read, so WANT is defined
here (140 positive: 60 ko, 40 en, 40 mixed; 60 hard negative: 25/20/15; 40 obfuscated: 16/12/12); self_check() and
main() are the twenty-second's (lines 930-988) with only the output file name changed.

Value makers dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/BANK/acct/pp/pp_new/REGION/dl/hi/hid/priv_ip/pub_ip/grp/digits/
issn/ip6/luhn_digit/pick_mob are copied from the twenty-second (its lines 130-301) unchanged. New: kname/ename/rname/
fname (Korean, English, romanised Korean and foreign-national names), kaddr/jibun/eaddr (road-name, lot-number and
English-order addresses), email, birth/rrx/arx (resident and alien numbers whose gender digit follows the birth
century), intl, usnum (North American numbers outside the 555 range), iso6346 and imo (container and ship numbers with
their check digits, for hard negatives). Every disguise helper below is written for this set (none copied). Seed
23_2026_1125_4817. Resident, alien, business and corporate numbers and card numbers carry real check digits
(check_digits.py); the one post-October-2020 resident number (tail failing the old checksum) is for a child born in
2022; people born 2000-2010 carry the old checksum with gender digit 3/4. Card prefixes are Visa 4, Mastercard 52/54,
Amex 37 and domestic 9 (9410). Among the hard negatives the container numbers and IMO numbers carry their check
digits; the KRX codes, SWIFT/BIC and ABA routing numbers, CVEs, OIDs and METAR groups are real public identifiers.

Domains (none in the twenty-second's list): 병무청 입영일자 연기, 세무서 부가세 환급, 학교 생활기록부, 선관위 후보자
추천인 명부, 출입국 체류연장·사업장 변경·결혼이민·난민 면접, 공공임대 청약, 소방 구급활동일지, 지자체 민원콜 녹취,
우체국 등기소포 분실, 교정시설 접견·영치금, 국민연금 반환일시금, 고용센터 실업급여, 해양경찰 승선원 명부, 보훈 유족
등록, 산불전문예방진화대 채용, 기상청 AWS 부지 위탁, 항만출입증, 국립대 등록금 분할납부, 공무원 인사기록카드, 감사
보조금 부적정 지급, 검찰 진술조서 요지, 전입신고 메신저, 운전면허 적성검사 문자, 여권 분실신고, 장애정도 심사,
기초연금, 청년 월세 지원, 자동차세 카드 자동납부, 과태료 이의신청, 법인지방소득세 경정청구, 변제공탁, 개명,
보호관찰 면담, 국가장학금 이의신청, 동물등록 변경, 농업경영체 등록, 어촌계 가입, 민방위 통지 반송, 국선변호인 청구,
보건소 예방접종, 치매안심센터, 행정심판청구, 정보공개청구, 공익신고, 자연휴양림 환불, 고속도로 미납통행료, 영사확인,
공무원 면접 명단, 긴급복지 지원, 문화누리카드, 선박등록, 에너지바우처, 해기사 면허, 국가배상, 의료급여, 공설
자연장지; English: consular letter, hospital HL7 ADT, FHIR Patient/Coverage, git commit trailers, billing traceback,
nginx error log, CRM SQL/CSV, liaison-office YAML, investor vCard, overstay notice, foreign graduate stipend, IMO FAL
crew list, port gate badge log, VPN brute-force incident, vendor-master audit workpaper, foreign witness statement,
year-end tax refund, NPS lump-sum refund, job-seeker allowance, Kubernetes pod log, Windows event 4625, CloudTrail,
tcpdump, SMTP headers, port-state control minutes, support chat, travel-insurance claim, car-rental licence check,
scholarship form, breach notice, Get-ADUser, payment webhook, foreign payroll, court interpreter, OCR'd passport
application, election observers, fire-tanker volunteers, discharge summary, traveller declaration; mixed IT: nested
JSON API, SQL with Korean columns, app logs, YAML fixtures, XML with Korean elements, Java stack trace, HL7 with a
Korean name, FHIR Coverage, pytest fixture, curl, spreadsheet paste, Korean git commit, Slack, Postman environment,
shell script, Jira, vendor e-mail, Kubernetes Secret, GraphQL, CSV, INI, markdown minutes, SMS gateway log, firewall
log, JS test, MongoDB shell, Avro record, Go/C#/PHP/Ruby/PowerShell literals, fixed-width HR record, bank transfer
message, LaTeX letter, HTML form, Android logcat, OpenAPI example, observatory staff table, NVR syslog.

Hard-negative kinds (60, none in the twenty-second's list): 공공기관 대표·단축번호 next to 연락처, 성씨로 시작하는 일반어
(김장, 이사회, 박수, 최우수, 정상회의, 조사, 한정식, 장기기증), 인물 이름을 딴 도로명(번지 없음), 태풍 이름, 기상관측
지점번호·관측값, 주식 종목코드, 의약품 제조번호·LOT (YYMMDD-꼴), MGRS 군사좌표, 특허 출원·등록·공개번호, 법령
공포번호, 나라장터 공고·계약번호, 성취기준 코드·NEIS 학교코드, 공문서 문서번호, 예산 과목코드, 개표 결과(기호·
득표), 국민신문고 신청번호, 도서 청구기호·등록번호, 홍길동 작성 예시 서식, 인물 이름을 딴 함정명, 법정동코드,
산불위험지수·임도 노선·도엽번호, 소방 활동 통계, 워크넷 구인인증번호, 이름 같은 일반어 (보람, 슬기, 누리, 미소,
나래, 온유), 어린이 캐릭터 (뽀로로, 둘리, 짱구, 펭수); SWIFT/BIC and ABA routing numbers next to "account number",
CVE IDs and CVSS scores, SNMP and X.500 OIDs (2.5.4.3), RFC 5737 documentation addresses with netmasks and a default
route, ISO 6346 container numbers with IMO and MMSI numbers, METAR/TAF, Windows build numbers, commit SHAs and
Change-Ids, music catalogue numbers (BWV, K., Op.), botanical author citations, ISO/NIST/RFC control IDs, city names
alone, trace/span/request IDs and epoch seconds, grant and contract numbers, Atlantic hurricane names, template
placeholders ({{customer_name}}, ${PHONE}, %(email)s), JSON Schema patterns for personal fields, UN/LOCODE port
calls with berth and voyage numbers, eponymous SI units and constants, NOTAM/runway/squawk/ATIS, scripture
references whose book names are given names (John, Matthew, Luke, Mark); 배포 로그 build/request IDs and epoch ms,
선석 배정표 (vessel names, IMO, voyage), KS/IEC standard numbers, header-only blank form CSV, salted hashes of
identifiers, fully masked values, hardware model numbers, pod names and image digests, the IPv6 documentation prefix
2001:db8::/32 and ::/0, 우편번호 with districts only, KOSIS table IDs, base64/hex of ordinary non-personal text, cron
expressions, train/seat numbers and lost-property IDs, regression statistics.

Labelling decisions: the twenty-second set's rules (its docstring, which carries the twenty-first's forward) apply
unchanged. Made explicit or added here:
- PERSON: every full name of a private person (Korean, romanised either order, foreign nationals as written in
  capitals), titles and honorifics (님, 씨, 어르신, 주무관님, 대원, 과장) outside; each mention is labelled. An HL7 XPN
  name FAMILY^GIVEN is one span with the caret inside. A deceased person's name (수목장 고인) is labelled.
- LOCATION: a Korean road-name or lot-number address runs from the province (full or short form) through the
  building or lot number, with any 동/호/층 detail and a directly following parenthesised reference dong inside; an
  English-order address runs through the postcode when one is given; a vCard ADR labels only its street component
  with the number. Road names without numbers, districts, postcodes and 법정동코드 are never labelled.
- PHONE_NUMBER includes a country prefix (+82, +1, +44, +90) and parentheses round an area code; numbers without
  separators in logs are labelled whole. Public institutions' representative and short numbers (1355, 1588-xxxx,
  110, 122) are not labelled. IP_ADDRESS is the address only (a tcpdump ".port" suffix outside). BANK_ACCOUNT is the
  number only (bank name outside). KR_DRIVER_LICENSE includes a spelt-out region name when the number is written so.
- Never labelled (beyond the twenty-second's list): 수용번호, 응시·접수번호, 동물등록번호, masked vehicle plates, HL7
  birth dates, RFC 5737 documentation addresses, netmasks and 0.0.0.0, OIDs, container/IMO/MMSI numbers, patent and
  statute numbers, KRX codes, SWIFT/BIC and ABA routing numbers, hashes, fully masked values.
- Disguise spans (added): a value split across table cells or ruled form boxes runs from its first to its last
  character with the separators inside; a JSON digit array from the first digit to the last; a name with HTML tags
  inside from its first to its last syllable, the tags inside; a .reg hex(2) value covers the UTF-16LE bytes of the
  value (the 00,00 terminator outside); git octal escapes cover the name's escapes only; an NFD name covers the
  decomposed jamo; ROT13, reversed, leetspeak, OCR-confused, IME-typed and base64url values are labelled on the
  transformed token; a value spoken in words (Sino-Korean, military radio numerals, English words, NATO alphabet)
  runs from the first to the last spoken word, 다시 and pause commas inside.

Obfuscation kinds (40). Common (20): fullwidth-digit mobile number (HWP copy), zero-width spaces in a resident
number, card number with every digit spaced, alien registration number with dots between the digits, resident number
read aloud in Sino-Korean digits (STT), base64 resident number in JSON, percent-encoded Korean name in a URL, ASCII-hex
e-mail, (at)/(dot) e-mail, 골뱅이/점 e-mail, account number broken over lines (bank-book OCR), spaced Hangul name
syllables, [at]/[dot] e-mail, fullwidth corporate registration number, soft hyphens in a passport number, IPv4
defanged with [.], driver's licence read aloud in Hangul with 다시, IPv4 with spaces around the dots, English name in
letter-spaced capitals, health insurance number with a hyphen between every digit. New (20): ROT13 e-mail, reversed
resident number (naive "encryption"), leetspeak English name, phone number spoken in English words, account number in
military radio numerals (하나 둘 삼 넷 ...), circled-digit phone number, superscript-digit health insurance number,
NOSPAM filler inside an e-mail, card number split across markdown table cells, phone number as unpadded URL-safe
base64, e-mail as UTF-16LE hex in a Windows .reg export, name in git core.quotePath octal escapes, passport number in
the NATO alphabet with digits as words, Hanja-written name (old family register), e-mail typed with the Hangul IME
switched on, business number in ruled form boxes, OCR letter-for-digit confusions in an account number, resident
number as a JSON digit array, NFD-decomposed Hangul name (macOS file name), HTML tags inside a name (rich-text paste)."""

from __future__ import annotations

import base64
import codecs
import json
import random
import unicodedata
import urllib.parse
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, luhn_ok, rrn, rrn_check, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"
RRN, ARN, PASS, DLIC, BRN, CRN, HINS = (
    "KR_RRN",
    "KR_ALIEN_REG",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "KR_BRN",
    "KR_CRN",
    "KR_HEALTH_INSURANCE",
)
PH, ACC, CARD, MAIL, IP, PER, LOC = (
    "PHONE_NUMBER",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PERSON",
    "LOCATION",
)

random.seed(23_2026_1125_4817)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []

WANT = {
    (P, "ko"): 60,
    (P, "en"): 40,
    (P, "mixed"): 40,
    (N, "ko"): 25,
    (N, "en"): 20,
    (N, "mixed"): 15,
    (OB, "ko"): 16,
    (OB, "en"): 12,
    (OB, "mixed"): 12,
}


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the twenty-second set, which copied them from the twenty-first, unchanged)
def dg(n: int, first: str = "0123456789") -> str:
    return random.choice(first) + "".join(random.choice("0123456789") for _ in range(n - 1))


def fmt(pattern: str) -> str:
    """N: any digit, M: 2-9 (first digit of a Korean subscriber block), other characters kept."""
    return "".join(
        random.choice("0123456789") if c == "N" else random.choice("23456789") if c == "M" else c for c in pattern
    )


def rr(yymmdd: str, g: int, dash: bool = True) -> str:
    return rrn(yymmdd, g, dg(5), dash=dash)


def rn(yymmdd: str, g: int) -> str:
    return rrn_new(yymmdd, g, dg(6))


def ar(yymmdd: str, g: int) -> str:
    return arn(yymmdd, g, dg(5))


def bz() -> str:
    return brn(dg(9, "123456789"))


def cr(head: str = "110111") -> str:
    return crn(head + dg(6))


def cc(prefix: str = "4", groups: tuple[int, ...] = (4, 4, 4, 4), sep: str = "-") -> str:
    return card(prefix + dg(sum(groups) - 1 - len(prefix)), groups, sep)


def mob(sep: str = "-") -> str:
    return fmt(f"010{sep}MNNN{sep}NNNN")


def land(area: str = "02") -> str:
    return fmt(f"{area}-MNN-NNNN") if area == "02" and random.random() < 0.3 else fmt(f"{area}-MNNN-NNNN")


def voip() -> str:
    return fmt("070-MNNN-NNNN")


BANK = {
    "신한": "110-NNN-NNNNNN",
    "국민": "NNNNNN-NN-NNNNNN",
    "우리": "1002-NNN-NNNNNN",
    "하나": "NNN-NNNNNN-NNNNN",
    "농협": "3NN-NNNN-NNNN-NN",
    "기업": "NNN-NNNNNN-NN-NNN",
    "카카오뱅크": "3333-NN-NNNNNNN",
    "케이뱅크": "100-NNN-NNNNNN",
    "토스뱅크": "1000-NNNN-NNNN",
    "우체국": "NNNNNN-NN-NNNNNN",
    "새마을금고": "9002-NNNN-NNNN-N",
    "신협": "13N-NNN-NNNNNN",
    "수협": "NNNN-NNNN-NNNN",
    "부산": "NNN-NNNN-NNNN-NN",
    "대구": "NNN-NN-NNNNNN-N",
    "광주": "NNN-NNN-NNNNNN",
    "경남": "NNN-NN-NNNNNNN",
    "SC제일": "NNN-NN-NNNNNN",
}


def acct(bank: str, plain: bool = False) -> str:
    v = fmt(BANK[bank])
    return v.replace("-", "") if plain else v


def pp(letter: str = "M") -> str:
    return letter + dg(8)


def pp_new(letter: str = "M") -> str:
    return f"{letter}{dg(3)}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{dg(4)}"


REGION = {
    "서울": "11",
    "부산": "12",
    "경기": "13",
    "강원": "14",
    "충북": "15",
    "충남": "16",
    "전북": "17",
    "전남": "18",
    "경북": "19",
    "경남": "20",
    "제주": "21",
    "대구": "22",
    "인천": "23",
    "광주": "24",
    "대전": "25",
    "울산": "26",
    "경기북부": "28",
}


def dl(region: str | None = None, named: bool = False) -> str:
    """Region code (or name), two-digit year of first issue, six-digit serial, two check digits."""
    r = region or random.choice(list(REGION))
    head = r if named else REGION[r]
    yy = f"{random.choice(list(range(0, 25)) + list(range(88, 100))):02d}"
    return f"{head} {yy}-{dg(6)}-{dg(2)}" if named else f"{head}-{yy}-{dg(6)}-{dg(2)}"


def hi() -> str:
    return dg(11, "123456789")


def hid() -> str:
    h = hi()
    return f"{h[0]}-{h[1:]}"


def priv_ip() -> str:
    return random.choice(
        [
            f"10.{random.randint(0, 60)}.{random.randint(0, 254)}.{random.randint(2, 250)}",
            f"172.{random.randint(16, 31)}.{random.randint(0, 254)}.{random.randint(2, 250)}",
            f"192.168.{random.randint(0, 99)}.{random.randint(2, 250)}",
        ]
    )


def pub_ip() -> str:
    first = random.choice([211, 175, 121, 58, 112, 61, 118, 222, 49, 14, 27, 106, 125, 39, 110, 220, 59, 183])
    return f"{first}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(2, 250)}"


def grp(s: str, sizes: tuple[int, ...], sep: str = "-") -> str:
    out, i = [], 0
    for g in sizes:
        out.append(s[i : i + g])
        i += g
    return sep.join(out)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def issn(first7: str) -> str:
    """ISSN with its mod-11 check character (weights 8..2, 10 written X)."""
    c = (11 - sum(int(d) * w for d, w in zip(first7, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


def ip6() -> str:
    """A global-unicast IPv6 host address under a Korean ISP-style prefix, sometimes zero-compressed."""
    head = random.choice(["2001:2d8", "2001:e60", "2406:5900", "2001:4430", "2407:b800"])
    groups = [f"{random.randint(1, 0xFFFF):x}" for _ in range(6)]
    if random.random() < 0.5:
        return f"{head}:{groups[0]}:{groups[1]}::{groups[4]}:{groups[5]}"
    return f"{head}:" + ":".join(groups)

def luhn_digit(body: str) -> str:
    return next(c for c in "0123456789" if luhn_ok(body + c))

def pick_mob() -> str:
    """A mobile number whose groups have no leading zero and no repeated block (reads naturally aloud)."""
    while True:
        v = mob()
        if v[4] != "0" and v[9] != "0" and v[4:8] != v[9:13]:
            return v


# ---------------------------------------------------------------- value makers new for this set
KSUR = (
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 "
    "구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 "
    "탁 국 어 은 편 용 예 경 봉 황보 남궁 제갈 선우 독고"
).split()
KGIV = (
    "민준 서연 지호 하은 도윤 수아 예준 지우 시우 서윤 주원 하린 지훈 채원 건우 윤서 현우 다은 예린 준서 수빈 유준 "
    "소율 정우 지아 승현 가은 태윤 나연 동현 혜진 성민 은지 재훈 미경 영수 순자 말순 경자 상철 광호 정희 옥순 병철 "
    "종민 기석 현숙 명숙 영길 춘자 덕수 용만 보경 세훈 혜원 진영 창호 태식 경아 수정 정란 대성 희철 석진 연경 두리"
).split()


def kname() -> str:
    """A Korean full name: surname (one or two syllables) plus a given name (mostly two syllables)."""
    sur = random.choice(KSUR)
    giv = random.choice(KGIV) if random.random() < 0.93 else random.choice("솔 별 훈 결 윤 찬 란 혁 빈".split())
    return sur + giv


EFIRST = (
    "Olivia Marcus Priya Daniel Hannah Tomasz Aisha Connor Rafael Ingrid Samuel Leila Patrick Yuki Grace Nikolai "
    "Fatima Ethan Chloe Diego Amara Lucas Sofia Oliver Nadia Victor Elena Kwame Isabel Brendan Maeve Anders Lucia"
).split()
ELAST = (
    "Hartley Okafor Lindqvist Moreno Whitfield Nakamura Kowalski Brennan Castellanos Abernathy Delacroix Haddad "
    "Iwasaki Jablonski Kerrigan Lombardi Novak Ortega Pemberton Quinlan Rasmussen Sutherland Thorne Valdez Wexler "
    "Yilmaz Zimmerman Ashworth Fairbanks Gallagher"
).split()
ROMA_GIVEN = (
    "Minjun Seoyeon Jiho Haeun Doyun Jiwoo Siwoo Hyunwoo Yerin Junseo Subin Jeongwoo Seunghyun Taeyoon Nayeon "
    "Donghyun Hyejin Sungmin Eunji Jaehoon Sehun Hyewon Changho Kyunga Sujeong"
).split()
ROMA_SUR = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Jeon Hong Ko Moon".split()


def ename() -> str:
    return f"{random.choice(EFIRST)} {random.choice(ELAST)}"


def rname(order: str = "given-first") -> str:
    """A romanised Korean name, given name first (Western order) or surname first in capitals (passport order)."""
    g, s = random.choice(ROMA_GIVEN), random.choice(ROMA_SUR)
    return f"{g} {s}" if order == "given-first" else f"{s.upper()} {g.upper()}"


FGN = (
    "NGUYEN VAN HUNG|TRAN THI LAN|PHAM MINH TUAN|BATBAYAR GANBOLD|DORJ ENKHJARGAL|RAHMAN MOHAMMAD ABDUR|"
    "KHURSHIDA AKTER|IVANOV ALEKSEI PETROVICH|ZHANG WEIMIN|LIU XIAOYAN|SOK CHANTHA|RATNAYAKE KUMARI|"
    "SANTOS MARIA LOURDES|ABDULLAEV BOBUR|WIJAYA DEWI ANGGRAINI|THAPA BIKASH|HTET AUNG KYAW|OKONKWO CHIDI"
).split("|")


def fname() -> str:
    return random.choice(FGN)


ROADS = [
    ("서울특별시", "노원구", "동일로", "상계동"),
    ("서울특별시", "은평구", "통일로", "불광동"),
    ("서울특별시", "관악구", "남부순환로", "봉천동"),
    ("부산광역시", "사하구", "낙동대로", "하단동"),
    ("대구광역시", "수성구", "달구벌대로", "범어동"),
    ("인천광역시", "연수구", "컨벤시아대로", "송도동"),
    ("광주광역시", "북구", "설죽로", "일곡동"),
    ("대전광역시", "유성구", "대학로", "궁동"),
    ("울산광역시", "남구", "삼산로", "달동"),
    ("세종특별자치시", "", "한누리대로", "보람동"),
    ("경기도", "고양시 일산동구", "중앙로", "장항동"),
    ("경기도", "용인시 수지구", "포은대로", "풍덕천동"),
    ("강원특별자치도", "춘천시", "공지로", "효자동"),
    ("충청북도", "청주시 상당구", "상당로", "북문로2가"),
    ("충청남도", "천안시 동남구", "충절로", "신부동"),
    ("전북특별자치도", "전주시 완산구", "팔달로", "중앙동"),
    ("전라남도", "여수시", "시청로", "학동"),
    ("경상북도", "포항시 북구", "중흥로", "죽도동"),
    ("경상남도", "창원시 의창구", "원이대로", "용호동"),
    ("제주특별자치도", "서귀포시", "중정로", "서귀동"),
]


def kaddr(detail: str = "random", short: bool = False) -> str:
    """A Korean road-name address (labelled whole: province through building number and any unit detail that follows,
    a parenthesised reference dong included)."""
    sido, sgg, road, dong = random.choice(ROADS)
    if short:
        sido = sido.replace("특별자치시", "").replace("특별자치도", "").replace("특별시", "").replace("광역시", "")
        sido = {"경기도": "경기", "충청북도": "충북", "충청남도": "충남", "전라남도": "전남", "경상북도": "경북", "경상남도": "경남"}.get(sido, sido)
    head = " ".join(x for x in (sido, sgg, road) if x)
    num = f"{random.randint(1, 480)}" + (f"-{random.randint(1, 30)}" if random.random() < 0.25 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 115)}동 {random.randint(1, 25)}0{random.randint(1, 6)}호"
    if mode == "floor":
        return f"{head} {num} {random.randint(2, 9)}층"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


JIBUN = [
    ("경상북도 영덕군 강구면", "강구리"),
    ("전라남도 신안군 증도면", "대초리"),
    ("강원특별자치도 평창군 진부면", "하진부리"),
    ("충청남도 태안군 근흥면", "신진도리"),
    ("경기도 양평군 서종면", "문호리"),
    ("전북특별자치도 고창군 심원면", "하전리"),
]


def jibun() -> str:
    a, b = random.choice(JIBUN)
    return f"{a} {b} {random.randint(1, 999)}-{random.randint(1, 12)}"


EADDR = [
    ("Maple Ridge Dr", "Columbus, OH", "43215"),
    ("Harbor View Rd", "Tacoma, WA", "98402"),
    ("Willow Creek Ln", "Raleigh, NC", "27603"),
    ("Larkspur Ave", "Boulder, CO", "80302"),
    ("Chestnut St", "Burlington, VT", "05401"),
    ("Prospect Hill Rd", "Lexington, MA", "02421"),
]


def eaddr(zip_code: bool = True) -> str:
    street, city, z = random.choice(EADDR)
    base = f"{random.randint(12, 4890)} {street}, {city}"
    return f"{base} {z}" if zip_code else base.rsplit(",", 1)[0]


MAILDOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "korea.kr", "outlook.com"]
LOCALS = (
    "jh.seo mj_park0412 haneul.kim sy1987 dkchoi yoon.gs ksh7731 leejw.dev moonbi88 hwang.tk rlawjdgh "
    "parkjisoo.k shin_hr joo.mk93 cyk2002 ohsj kwon.minho ryu.dg hongjy.work yeon77"
).split()


def email(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS)}@{domain or random.choice(MAILDOM)}"


def birth(y_lo: int, y_hi: int) -> tuple[int, str]:
    """A birth year between y_lo and y_hi and the date as YYMMDD."""
    y = random.randint(y_lo, y_hi)
    return y, f"{y % 100:02d}{random.randint(1, 12):02d}{random.randint(1, 28):02d}"


def rrx(y_lo: int = 1950, y_hi: int = 1999, female: bool | None = None, dash: bool = True) -> str:
    """An old-scheme resident number for someone born between y_lo and y_hi (gender digit 1/2, or 3/4 from 2000)."""
    y, b = birth(y_lo, y_hi)
    fem = random.random() < 0.5 if female is None else female
    g = (4 if fem else 3) if y >= 2000 else (2 if fem else 1)
    return rr(b, g, dash=dash)


def arx(y_lo: int = 1965, y_hi: int = 1999) -> str:
    """An alien registration number for someone born between y_lo and y_hi (5/6, or 7/8 from 2000)."""
    y, b = birth(y_lo, y_hi)
    g = random.choice((7, 8)) if y >= 2000 else random.choice((5, 6))
    return ar(b, g)


# ---------------------------------------------------------------- disguise helpers (all written for this set)
HANGUL_DIGIT = "공일이삼사오육칠팔구"
RADIO_DIGIT = ["공", "하나", "둘", "삼", "넷", "오", "여섯", "칠", "팔", "아홉"]
EN_DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NATO = {"M": "Mike", "S": "Sierra", "R": "Romeo", "G": "Golf", "D": "Delta"}
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def fullwidth(s: str) -> str:
    """ASCII digits, letters and hyphens as their fullwidth forms (a value copied out of a HWP table)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def interleave(s: str, joiner: str) -> str:
    """`joiner` between every two characters of `s` (invisible characters, dots, spaces)."""
    return joiner.join(s)


def hangul_read(s: str, dash_word: str = " 에 ") -> str:
    """Digits read one by one in Sino-Korean (STT); a hyphen becomes `dash_word`."""
    out = []
    for c in s:
        out.append(HANGUL_DIGIT[int(c)] if c.isdigit() else dash_word.strip() if c == "-" else c)
    return " ".join(out) if dash_word.strip() else "".join(out)


def radio_read(s: str) -> str:
    """Digits read in military radio numerals (하나 둘 삼 넷 오 여섯 칠 팔 아홉 공); a hyphen becomes 다시."""
    return " ".join(RADIO_DIGIT[int(c)] if c.isdigit() else "다시" for c in s)


def words_read(s: str) -> str:
    """Digits spoken in English words; a hyphen becomes a pause comma after the previous word."""
    parts: list[str] = []
    for c in s:
        if c.isdigit():
            parts.append(EN_DIGIT[int(c)])
        elif parts:
            parts[-1] += ","
    return " ".join(parts)


def nato_read(s: str) -> str:
    return " ".join(NATO[c] if c.isalpha() else EN_DIGIT[int(c)] for c in s)


def mapdigits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


def pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def asciihex(s: str) -> str:
    return s.encode("utf-8").hex()


def reg_hex(s: str) -> str:
    """UTF-16LE bytes as a Windows .reg export writes a hex(2) value (comma separated)."""
    return ",".join(f"{b:02x}" for b in s.encode("utf-16-le"))


def git_octal(s: str) -> str:
    """Non-ASCII bytes as git's core.quotePath octal escapes."""
    return "".join(c if c.isascii() else "".join(f"\\{b:03o}" for b in c.encode("utf-8")) for c in s)


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def leet(s: str) -> str:
    return s.translate(str.maketrans("aeiost", "431057"))


def ocr_confuse(s: str) -> str:
    """What a poor OCR makes of a printed number: 0 as O, 1 as l, 8 as B, 5 as S (alternate occurrences)."""
    sub = {"0": "O", "1": "l", "8": "B", "5": "S"}
    out, flip = [], True
    for c in s:
        if c in sub and flip:
            out.append(sub[c])
            flip = False
        else:
            out.append(c)
            flip = flip or c in sub
    return "".join(out)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# Hangul two-set (dubeolsik) keyboard: what an ASCII string becomes when typed with the Korean IME switched on.
DUBEOL = dict(zip("qwertyuiopasdfghjklzxcvbnm", "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ", strict=True))
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
VV = {"ㅗㅏ": "ㅘ", "ㅗㅐ": "ㅙ", "ㅗㅣ": "ㅚ", "ㅜㅓ": "ㅝ", "ㅜㅔ": "ㅞ", "ㅜㅣ": "ㅟ", "ㅡㅣ": "ㅢ"}
CC = {"ㄱㅅ": "ㄳ", "ㄴㅈ": "ㄵ", "ㄴㅎ": "ㄶ", "ㄹㄱ": "ㄺ", "ㄹㅁ": "ㄻ", "ㄹㅂ": "ㄼ", "ㄹㅅ": "ㄽ", "ㄹㅌ": "ㄾ", "ㄹㅍ": "ㄿ", "ㄹㅎ": "ㅀ", "ㅂㅅ": "ㅄ"}


def ime_typed(s: str) -> str:
    """`s` typed on a Korean keyboard with the Hangul IME on: letters become jamo and the IME composes syllables."""
    out: list[str] = []
    cho = jung = jong = ""

    def flush() -> None:
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong)))
        else:
            out.append(cho + jung)
        cho = jung = jong = ""

    for ch in s:
        j = DUBEOL.get(ch)
        if j is None:
            flush()
            out.append(ch)
        elif j in CHO or j in JONG:  # consonant
            if cho and jung and not jong and j in JONG:
                jong = j
            elif cho and jung and jong and jong + j in CC:
                jong = CC[jong + j]
            else:
                flush()
                cho = j
        else:  # vowel
            if cho and jung and jong:
                split = next((k for k, v in CC.items() if v == jong), None)
                keep, move = (split[0], split[1]) if split else ("", jong)
                jong = keep
                flush()
                cho, jung = move, j
            elif jung and not jong and jung + j in VV:
                jung = VV[jung + j]
            elif cho and not jung:
                jung = j
            else:
                flush()
                jung = j
    flush()
    return "".join(out)


assert ime_typed("dkssud") == "안녕" and ime_typed("gksrmf") == "한글" and ime_typed("rhks") == "관"


# ---------------------------------------------------------------- value makers new for this set (hard negatives)
def iso6346(owner: str, serial6: str) -> str:
    """A freight container number (three-letter owner code + U, six-digit serial, ISO 6346 check digit)."""
    vals: dict[str, int] = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = owner + "U" + serial6
    total = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return f"{code}{total % 11 % 10}"


assert iso6346("CSQ", "305438") == "CSQU3054383"


def imo(first6: str) -> str:
    """An IMO ship number: six digits weighted 7..2, sum mod 10 as the seventh."""
    return "IMO " + first6 + str(sum(int(d) * w for d, w in zip(first6, range(7, 1, -1), strict=True)) % 10)


# ================================================================ hard negatives (60)
def negatives() -> None:
    # ---- Korean (25)
    add("ko", N, "[자주 묻는 연락처] 국민연금 상담은 ☎1355, 실업급여·고용센터는 1350, 정부민원안내콜센터는 국번 없이 110, 병무상담센터 1588-9090, 해양 긴급신고는 122번으로 연락 주세요. 개인 휴대폰 번호로는 안내하지 않습니다.", [])
    add("ko", N, "동네 소식지 12월호: 김장 나눔 행사는 토요일, 이사회 의결로 경로당 보수 예산 확정. 최우수 자원봉사단에 박수를! 정상회의 기간 교통 통제, 한정식 가게 위생 조사 결과 양호, 장기기증 희망등록 캠페인도 진행합니다.", [])
    add("ko", N, "11월 30일 마라톤 대회로 세종대로, 충무로, 퇴계로, 율곡로, 을지로 일부 구간이 07시부터 12시까지 통제됩니다. 우회 도로는 서울시 교통정보센터 누리집 참고.", [])
    add("ko", N, "기상청 태풍 통계: 2022년 제11호 힌남노, 2020년 제9호 마이삭과 제10호 하이선, 2023년 제6호 카눈이 잇달아 상륙해 남해안 피해가 컸습니다. 태풍 이름은 회원국이 제출한 140개를 순환 사용합니다.", [])
    add("ko", N, L(
        "지점번호 | 지점명 | 기온(℃) | 습도(%) | 현지기압(hPa)",
        "108 | 서울 | 3.2 | 61 | 1021.4",
        "159 | 부산 | 9.8 | 48 | 1019.7",
        "133 | 대전 | 2.1 | 70 | 1020.9",
        "185 | 고산 | 11.4 | 66 | 1018.2",
    ), [])
    add("ko", N, "국민연금기금 국내주식 상위 보유 종목(2024년 3분기 공시 기준): 005930 삼성전자, 000660 SK하이닉스, 005380 현대차, 035420 NAVER, 051910 LG화학. 종목번호 6자리는 한국거래소 단축코드입니다.", [])
    add("ko", N, "구급차 의약품 재고 점검: 생리식염수 제조번호 231125-0042 (유효기간 2026.03.04.), 에피네프린 LOT 240305-A17, 포도당 주사 LOT 240611-B02. 유효기간 3개월 이내 품목 없음.", [])
    add("ko", N, "동계 전술훈련 집결지 좌표(MGRS): 1중대 52S CG 81234 45678, 2중대 52S CG 80977 46102, 본부 52S DG 10233 09871. 무전 호출부호는 독수리-1, 독수리-2.", [])
    add("ko", N, "산학협력단 특허 현황: 출원번호 10-2023-0123456(심사중), 등록번호 10-2561234, 공개번호 10-2024-0056789. 직무발명 보상금 산정 기준은 규정 제12조 참조.", [])
    add("ko", N, "이번 개정은 법률 제19345호(2023. 4. 18. 공포), 같은 법 시행령은 대통령령 제33612호, 시행규칙은 행정안전부령 제412호로 공포되었습니다. 부칙 제2조의 경과조치 확인 바랍니다.", [])
    add("ko", N, "나라장터 입찰공고번호 R24BK00412345-000 (재공고 R24BK00412345-001), 계약번호 20241125123-00, 기초금액 187,000,000원. 개찰일시 12.2. 11:00.", [])
    add("ko", N, "생활기록부 세특 작성 시 성취기준 코드를 병기하세요. 예) [9국01-02] 토의하기, [10수학02-03] 이차방정식, [12생윤03-01]. 학교코드(NEIS) 7010569 기준 일괄 업로드.", [])
    add("ko", N, "관련 문서: 감사원-5123(2024.11.20.) 「기관 정기감사 결과 통보」, 기획재정부 예산총괄과-4412(2024.11.22.). 회신 기한 2024. 12. 6.(금)까지.", [])
    add("ko", N, "예산 과목: 회계 1000 일반회계 / 분야 050 교육 / 부문 051 유아 및 초중등교육 / 세부사업 1131-301 / 편성목 210-01 일반운영비. 총액 412,300천원.", [])
    add("ko", N, "제3선거구 개표 결과: 기호 1번 48.2%, 기호 2번 45.9%, 기호 3번 5.9%. 선거인수 123,456명, 투표수 81,220표, 투표율 65.8%. 개표소는 구민체육관.", [])
    add("ko", N, "국민신문고 민원 신청번호 1AA-2411-0123456 은 처리기관 지정 후 1AA-2411-0123456-1 로 이송되었습니다. 처리기한 2024-12-09.", [])
    add("ko", N, "분실 도서 목록: 청구기호 813.7 김64ㄴ v.2 c.3, 325.1 박34ㅅ, 911.05 이15ㅎ. 등록번호 EM0041231, EM0041299. 변상 기준은 자료관리규정 별표 2.", [])
    add("ko", N, "(작성 예시) 성명: 홍길동 / 주민등록번호: 000000-0000000 / 주소: ○○시 ○○구 ○○로 00 / 연락처: 010-0000-0000 — 예시를 지우고 본인 정보를 적어 제출하세요.", [])
    add("ko", N, "관함식 참가 함정: 세종대왕함(DDG-991), 율곡이이함(DDG-992), 안중근함(SS-073), 독도함(LPH-6111), 해양경찰 3015함. 관람 신청은 해군 누리집에서.", [])
    add("ko", N, "법정동코드 조회 결과: 1168010100 서울특별시 강남구 역삼동, 3017011200 대전광역시 유성구 궁동, 4113510900 경기도 성남시 분당구 정자동. 행정동코드와 혼동 주의.", [])
    add("ko", N, "산불위험지수 예보(11.25.): 강원 영동 높음(78), 경북 북부 다소높음(63). 임도 제12-3호선 통행 제한, 산림 도엽번호 376062·376063 구역 입산 통제.", [])
    add("ko", N, "11월 4주 소방 활동 통계: 119 신고 2,341건, 화재 출동 87건(펌프 1호·2호차), 구급 이송 1,204건, 구조 212건. 전주 대비 구급 이송 4.1% 증가.", [])
    add("ko", N, "워크넷 구인인증번호 K120012411250001(조리원), K151122411220017(시설관리) 두 건은 채용 완료되어 마감 처리함. 구직자 알선 번호는 별도 관리.", [])
    add("ko", N, "슬기로운 직장생활 교육 후기: 보람찬 하루였다는 의견이 많았고, 미소 친절 운동과 누리집 개편 안내, 나래 공원 산책 프로그램, 온유한 말하기 실습이 호응을 얻었습니다.", [])
    add("ko", N, "어린이날 소방서 체험행사: 뽀로로 소방차 포토존, 둘리와 함께하는 안전교육, 짱구 인형극, 펭수 풍선 나눔. 선착순 200명, 보호자 동반 필수.", [])

    # ---- English (20)
    add("en", N, "Wire instructions for the conference fee: beneficiary bank KEB Hana, SWIFT/BIC KOEXKRSE; US correspondent JPMorgan Chase, ABA routing number 021000021. Your own account number is never required on this form.", [])
    add("en", N, "Patch status: CVE-2024-3094 (xz backdoor, CVSS 10.0) not affected; CVE-2024-6387 (regreSSHion, 8.1) patched on 2024-07-03; CVE-2023-44487 (HTTP/2 rapid reset, 7.5) mitigated at the load balancer.", [])
    add("en", N, "SNMP walk notes: sysUpTime is 1.3.6.1.2.1.1.3.0, ifDescr 1.3.6.1.2.1.2.2.1.2; the X.500 commonName attribute OID is 2.5.4.3 and countryName is 2.5.4.6 - neither is a host address.", [])
    add("en", N, L(
        "interface GigabitEthernet0/1",
        " ip address 198.51.100.1 255.255.255.0",
        "!",
        "ip route 0.0.0.0 0.0.0.0 203.0.113.254",
        "! addresses above are RFC 5737 documentation ranges used in the training lab",
    ), [])
    c1, c2, i1, i2 = iso6346("MSK", dg(6)), iso6346("HDM", dg(6)), imo("9321" + dg(2)), imo("9501" + dg(2))
    add("en", N, f"Container discharge list: {c1} (40HC, reefer), {c2} (20GP). Vessel {i1}, MMSI 440{dg(6)}; feeder {i2}. Number of units released: 2.", [])
    add("en", N, "METAR RKSI 250900Z 32008KT 9999 FEW030 08/M02 Q1023 NOSIG= TAF RKPC 250500Z 2506/2612 36012KT 9999 SCT025 TEMPO 2512/2516 -SHRA=", [])
    add("en", N, "Release notes: rebuilt on Windows 11 build 22631.2861, commit 3f9c2a1e7d4b6c08e5a9f1d2b3c4e5f60718293a, Change-Id: I8f2e1d0c9b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e, pipeline #48213.", [])
    add("en", N, "Concert programme: Bach Cello Suite No. 1, BWV 1007; Mozart Eine kleine Nachtmusik, K. 525; Beethoven Piano Sonata No. 14, Op. 27 No. 2. Tickets numbered 1-420.", [])
    add("en", N, "Seed list for the arboretum: Pinus densiflora Siebold & Zucc., Abies koreana E.H.Wilson, Quercus mongolica Fisch. ex Ledeb., Forsythia koreana (Rehder) Nakai.", [])
    add("en", N, "Control mapping: ISO/IEC 27001:2022 A.5.15 -> NIST SP 800-53 Rev. 5 AC-2(4) and AC-3; mail relay conforms to RFC 5321 and RFC 6376 (DKIM).", [])
    add("en", N, "Weather desk: heavy snow expected in Denver, Cheyenne and Salt Lake City tonight; Portland and Seattle stay wet. Flights via Anchorage may be delayed.", [])
    add("en", N, '{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","request_id":"c0a8012e-6f1d-4b4e-9c1a-2f7e5d3b9a10","ts":1732496011,"latency_ms":182}', [])
    add("en", N, "Funding acknowledgement: supported by NSF award 2312345 and DOE contract DE-AC02-05CH11231; grant number KRF-2023-R1A2C1004321 covered travel.", [])
    add("en", N, "Hurricane season recap: Beryl became the earliest Category 5, Helene caused catastrophic flooding inland, and Milton intensified rapidly in the Gulf. Francine and Debby also made landfall.", [])
    add("en", N, "Hi {{customer_name}}, your appointment is confirmed. We will text ${PHONE} and e-mail %(email)s 24 hours before. Reply STOP to opt out. -- template v3, do not send raw", [])
    add("en", N, L(
        '{"$schema": "https://json-schema.org/draft/2020-12/schema",',
        ' "properties": {',
        '  "rrn": {"type": "string", "pattern": "^\\\\d{6}-[1-4]\\\\d{6}$"},',
        '  "phone": {"type": "string", "pattern": "^01[016789]-\\\\d{3,4}-\\\\d{4}$"},',
        '  "email": {"type": "string", "format": "email"}}}',
    ), [])
    add("en", N, "Port call schedule: KRPUS (Busan New Port, berth 2-3) ETA 26 Nov 06:00, voyage 0123E; then KRINC berth 7 on 28 Nov, voyage 0123W; final call CNSHA.", [])
    add("en", N, "Unit check: 1 pascal = 1 newton per square metre; 0 kelvin = -273.15 degrees Celsius; the Avogadro constant is 6.02214076e23 per mole and 1 hertz is one cycle per second.", [])
    add("en", N, "NOTAM A1234/24 RKSI RWY 15L/33R CLSD 2411260100-2411260500. Squawk 7700 only for emergencies; ATIS on 128.65 MHz. Runway 34 in use at RKSS.", [])
    add("en", N, "Sunday readings: John 3:16-21, Matthew 5:9, Luke 10:25-37 and Mark 12:31. Choir rehearsal at 9; hymn numbers 23, 405 and 512.", [])

    # ---- mixed (15)
    add("mixed", N, L(
        "[배포로그] build #20241125.7 started by pipeline scheduler",
        "  request_id=7d3f9a2c-1b4e-4c6d-8e0f-2a1b3c4d5e6f  epoch_ms=1732500123456",
        "  image=registry.local/mma/enlist-api:3.14.0  status=200  duration=41.2s",
    ), [])
    add("mixed", N, "선석 배정표: HMM ALGECIRAS (IMO 9863297) 2선석 ETA 11/26 06:00, voyage 0041W / 현대 프라이드 3선석 ETA 11/27 13:00, voyage 0117E. 도선 신청 번호는 별도 공지.", [])
    add("mixed", N, "조달 규격서 인증 요건: KS X ISO/IEC 27001:2023, KS C IEC 61000-4-2(정전기), KS B 6001, GS인증 1등급. 시험성적서 번호는 제출 시 기재.", [])
    add("mixed", N, L(
        "성명,주민등록번호,연락처,계좌번호,이메일",
        ",,,,",
        ",,,,",
        "# 빈 양식입니다. 작성 후 암호화(ZIP AES-256)하여 제출. 샘플 데이터 넣지 말 것",
    ), [])
    add("mixed", N, "가명처리 결과 확인: rrn_hash=sha256:9f2c4e1a7b3d5f60818293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8, phone_hash=hmac:3c1e9a77f0b24d58 (salt 별도 보관, 원문 복원 불가).", [])
    add("mixed", N, "마스킹 검증 OK → 주민번호 ******-*******, 휴대폰 010-****-****, 사업자번호 ***-**-*****, 카드 ****-****-****-****. 원본값 로그 미기록 확인.", [])
    add("mixed", N, "GPU 서버 도입 사양: NVIDIA A100-SXM4-80GB x8, Intel Xeon Gold 6338, DDR5-4800 1TB, 모델번호 PowerEdge XE8545. 납품 시 시리얼번호 목록 제출.", [])
    add("mixed", N, "kubectl get pods -n minwon → minwon-api-5d8f7c9b6d-x7k2p (Running), image digest sha256:4a1c9e7f2b3d5a6c8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d 배포 완료.", [])
    add("mixed", N, "IPv6 실습 주소는 문서용 대역 2001:db8::/32 만 사용 (예: 2001:db8:10::1). 기본 경로 ::/0 은 라우터 설정 예시일 뿐 실제 장비 주소 아님.", [])
    add("mixed", N, "배달 구역 안내: 우편번호 34141 (대전 유성구 일부), 48058 (부산 해운대구 일부), 63534 (제주 서귀포시 일부). 집배코드는 우정사업본부 API로 조회.", [])
    add("mixed", N, "KOSIS 통계표 ID DT_1B04005N(주민등록인구), DT_1YL20631(시군구 고용률) 를 API key 없이 조회하면 error code 20 반환. 조회 기간 2015~2024.", [])
    add("mixed", N, "인코딩 테스트 문자열: base64 7YWM7Iqk7Yq4IOuplOyLnOyngOyeheuLiOuLpA== 는 '테스트 메시지입니다', hex 68656c6c6f20776f726c64 는 'hello world'. 개인정보 아님.", [])
    add("mixed", N, "배치 스케줄: CRON_TZ=Asia/Seoul '0 9 * * 1-5' 실업급여 알림, '30 2 1 * *' 월간 통계, '*/15 * * * *' 헬스체크. 서버 시간 UTC+09:00.", [])
    add("mixed", N, "철도 유실물 접수: KTX 101열차 3호차 12A 좌석, SRT 305열차 7호차 5D 좌석에서 우산·태블릿 습득. 습득물 관리번호 LOST-1125-07, LOST-1125-08.", [])
    add("mixed", N, "회귀분석 결과 (n=1,234): β=0.412 (SE 0.051), t=8.08, p<0.001, 95% CI [0.312, 0.512], R²=0.274, AIC 3021.55. 표 2 참조.", [])


def L(*xs: str) -> str:
    return "\n".join(xs)


# ================================================================ positives, Korean (60)
def positives_ko() -> None:
    # 1 병무청 입영일자 연기 신청서 (form copied out of a HWP file)
    n, r, a, p, m = kname(), rrx(2001, 2004, female=False), kaddr("apt"), mob(), email("ipyoung.kim03", "naver.com")
    add("ko", P, L(
        "[입영일자 연기 신청서] 아래 내용 검토 후 반려 사유 있으면 알려주세요",
        f"성    명 : {n}",
        f"주민등록번호 : {r}",
        f"주    소 : {a}",
        f"연 락 처 : {p} / 전자우편 {m}",
        "연기 사유 : 대학원 진학(석사 1학기) 재학증명서 첨부",
    ), [(PER, n), (RRN, r), (LOC, a), (PH, p), (MAIL, m)])

    # 2 세무서 환급금 계좌 신고 — 전화 메모
    n, b, ac, p = kname(), bz(), acct("농협"), land("031")
    add("ko", P, f"오전 10시 통화) {n} 사장님 부가세 환급 건. 사업자 {b} 폐업 전 환급금은 농협 {ac} 으로 받고 싶다고 하심. 서류 미비라 다시 연락드리기로 함 ☎ {p}",
        [(PER, n), (BRN, b), (ACC, ac), (PH, p)])

    # 3 학교 생활기록부 인적·학적사항 (markdown table)
    st, r, g, gp, a = kname(), rrx(2008, 2009), kname(), mob(), kaddr("ref")
    add("ko", P, L(
        "| 구분 | 내용 |",
        "|---|---|",
        f"| 학생 성명 | {st} |",
        f"| 주민등록번호 | {r} |",
        f"| 주소 | {a} |",
        f"| 보호자(모) | {g} / {gp} |",
        "| 특기사항 | 2학년 1학기 전입 |",
    ), [(PER, st), (RRN, r), (LOC, a), (PER, g), (PH, gp)])

    # 4 선관위 후보자 추천인 명부 (CSV)
    n1, a1, n2, a2 = kname(), kaddr("none"), kname(), kaddr("apt")
    add("ko", P, L(
        "연번,성명,주소,서명여부",
        f"1,{n1},\"{a1}\",O",
        f"2,{n2},\"{a2}\",O",
        "※ 선거구 외 거주자 여부 재확인 요망",
    ), [(PER, n1), (LOC, a1), (PER, n2), (LOC, a2)])

    # 5 출입국 체류기간 연장 상담 메모
    f, arn_, p, b = fname(), arx(1988, 1996), mob(), bz()
    add("ko", P, f"체류연장 상담(E-9) — {f}, 외국인등록번호 {arn_}. 고용주 사업자등록번호 {b} 근로계약 갱신 확인됨. 본인 휴대폰 {p} 로 보완서류 안내 문자 발송 예정.",
        [(PER, f), (ARN, arn_), (BRN, b), (PH, p)])

    # 6 공공임대 청약 신청 확인서
    n, r, sp, a, ac = kname(), rrx(1986, 1994), kname(), kaddr("apt"), acct("우리")
    add("ko", P, L(
        "국민임대주택 예비입주자 신청 확인",
        f"신청자: {n} ({r})",
        f"배우자: {sp}",
        f"현거주지: {a}",
        f"청약통장: 우리은행 {ac}",
        "신청 유형: 신혼부부 우선공급",
    ), [(PER, n), (RRN, r), (PER, sp), (LOC, a), (ACC, ac)])

    # 7 소방 구급활동일지
    n, h, gp, a = kname(), hi(), mob(), kaddr("floor")
    add("ko", P, f"[구급활동일지] 출동 14:22 현장도착 14:31 / 환자 {n}(67세) 흉통 호소 / 건강보험증번호 {h} / 보호자(딸) {gp} / 발생장소 {a} / 이송병원 지역응급의료센터",
        [(PER, n), (HINS, h), (PH, gp), (LOC, a)])

    # 8 지자체 민원 전화 녹취 (STT, 숫자는 전사자가 아라비아 숫자로)
    n, p, a = kname(), mob(), kaddr("apt")
    add("ko", P, L(
        "상담원: 네 구청 민원콜입니다.",
        f"민원인: 아 예 저 {n}인데요, 우리 아파트 앞 가로등이 또 나갔어요.",
        "상담원: 주소 말씀해 주시겠어요?",
        f"민원인: {a}요.",
        "상담원: 처리되면 문자 드릴게요. 연락처는요?",
        f"민원인: {p}입니다.",
    ), [(PER, n), (LOC, a), (PH, p)])

    # 9 우체국 택배 분실 신고
    s, sp_, sa, rcv, rp, ra = kname(), mob(), kaddr("none"), kname(), mob(), kaddr("apt")
    add("ko", P, f"등기소포 분실 접수 건 정리합니다. 보내는 분 {s}({sp_}, {sa}) → 받는 분 {rcv}({rp}, {ra}). 운송장 조회상 배달완료로 나오나 수령 못 했다고 함. 손해배상 청구서 양식 송부 바람.",
        [(PER, s), (PH, sp_), (LOC, sa), (PER, rcv), (PH, rp), (LOC, ra)])

    # 10 교정시설 접견 신청
    n, r, inmate, p = kname(), rrx(1960, 1975), kname(), land("055")
    add("ko", P, L(
        "□ 일반접견 신청서(전화예약분)",
        f"  - 접견인: {n} / 주민등록번호 {r} / 관계: 모",
        f"  - 수용자: {inmate} (수용번호 2317)",
        f"  - 연락처: {p}",
        "  - 희망일: 11. 28.(목) 오전",
    ), [(PER, n), (RRN, r), (PER, inmate), (PH, p)])

    # 11 국민연금 상담 기록
    n, r, ac = kname(), rrx(1962, 1964), acct("국민")
    add("ko", P, f"상담일 2024-11-21 / 상담유형: 반환일시금 / 가입자 {n} (주민번호 {r}) 해외이주로 반환일시금 청구 문의. 지급계좌 국민은행 {ac} 등록 요청. 여권 사본 추가 제출 필요 안내함.",
        [(PER, n), (RRN, r), (ACC, ac)])

    # 12 고용센터 실업급여 수급자격 (key=value 내보내기)
    n, r, c, b, ac = kname(), rrx(1990, 1998, dash=False), cr("134511"), bz(), acct("카카오뱅크")
    add("ko", P, f"수급자격신청 이름={n} 주민번호={r} 이직사업장_법인등록번호={c} 이직사업장_사업자번호={b} 이직사유=계약만료 지급계좌=카카오뱅크:{ac}",
        [(PER, n), (RRN, r), (CRN, c), (BRN, b), (ACC, ac)])

    # 13 해양경찰 승선원 명부
    c1, r1, c2, r2, f3, a3 = kname(), rrx(1965, 1980), kname(), rrx(1975, 1990), fname(), arx(1985, 1995)
    add("ko", P, L(
        "제503 ○○호 승선원 명부 (출항신고 첨부)",
        "직책\t성명\t주민/외국인등록번호",
        f"선장\t{c1}\t{r1}",
        f"기관장\t{c2}\t{r2}",
        f"선원\t{f3}\t{a3}",
    ), [(PER, c1), (RRN, r1), (PER, c2), (RRN, r2), (PER, f3), (ARN, a3)])

    # 14 보훈 유족 등록 신청
    n, r, a, h = kname(), rrx(1955, 1962, female=True), kaddr("ref"), hid()
    add("ko", P, f"국가유공자 유족 등록신청 접수. 신청인 {n}, 주민등록번호 {r}, 주소 {a}. 보훈병원 진료 연계용 건강보험증 번호 {h} 확인. 고인과의 관계: 배우자.",
        [(PER, n), (RRN, r), (LOC, a), (HINS, h)])

    # 15 산림청 산불감시원 채용 이력서
    n, r, a, d, p = kname(), rrx(1958, 1966, female=False), jibun(), dl("강원", named=True), mob()
    add("ko", P, L(
        "2025 산불전문예방진화대 지원서",
        f"성명 {n}  주민등록번호 {r}",
        f"주소 {a}",
        f"운전면허 1종보통 ({d})",
        f"휴대전화 {p}",
        "경력: 前 영림단 6년",
    ), [(PER, n), (RRN, r), (LOC, a), (DLIC, d), (PH, p)])

    # 16 기상청 관측소 관리 위탁 계약
    n, a, ac, b = kname(), jibun(), acct("수협"), bz()
    add("ko", P, f"무인 기상관측소(AWS) 부지 관리 위탁계약 — 수탁자 {n}, 소재지 {a}, 사업자등록번호 {b}. 관리비 지급계좌 수협 {ac}. 계약기간 2025.1.1.~12.31.",
        [(PER, n), (LOC, a), (BRN, b), (ACC, ac)])

    # 17 항만 출입증 발급 신청
    n, c, d, p = kname(), cr("180111"), dl("부산"), mob()
    add("ko", P, L(
        "항만출입증(상시) 발급신청",
        "소속: (주)동해물류 / 법인등록번호 " + c,
        f"신청인: {n}",
        f"운전면허번호: {d}",
        f"휴대전화: {p}",
        "출입구역: 신항 3부두, 차량번호 부산 98사 ****",
    ), [(CRN, c), (PER, n), (DLIC, d), (PH, p)])

    # 18 국립대 등록금 분할납부 — 이메일
    st, par, ac, p = kname(), kname(), acct("신한"), mob()
    add("ko", P, L(
        "학생지원팀 담당자님께,",
        f"저는 행정학과 3학년 {st}의 아버지 {par}입니다. 등록금 4회 분할납부 신청하였는데 1회차를 이중 납부하였습니다.",
        f"환불은 신한은행 {ac} (예금주 {par})로 부탁드립니다. 문의는 {p}로 주세요.",
    ), [(PER, st), (PER, par), (ACC, ac), (PER, par), (PH, p)])

    # 19 공무원 인사기록카드
    n, r, a, ps, ep = kname(), rrx(1980, 1990), kaddr("apt", short=True), pp_new(), land("02")
    add("ko", P, f"[인사기록카드 발췌] 성명:{n} / 주민등록번호:{r} / 현주소:{a} / 여권번호:{ps}(관용) / 비상연락처:{ep}",
        [(PER, n), (RRN, r), (LOC, a), (PASS, ps), (PH, ep)])

    # 20 감사 자료 — 부적정 지급 내역
    rows = [(kname(), acct(bk), bk) for bk in ("하나", "새마을금고", "부산")]
    add("ko", P, L(
        "<표 3> 보조금 부적정 지급 내역(단위: 천원)",
        "수령인 | 입금계좌 | 금액",
        *[f"{n} | {bk} {ac} | {random.randint(300, 4800):,}" for n, ac, bk in rows],
    ), [x for n, ac, _ in rows for x in ((PER, n), (ACC, ac))])

    # 21 검찰 진술조서 요약
    n, r, a, p, sus = kname(), rrx(1970, 1985), kaddr("none"), mob(), kname()
    add("ko", P, f"진술조서 요지: 진술인 {n}(주민등록번호 {r}, 주거 {a}, 연락처 {p})은 2024. 9. 3. 피의자 {sus} 씨로부터 투자 명목으로 3천만 원을 송금하였다고 진술함.",
        [(PER, n), (RRN, r), (LOC, a), (PH, p), (PER, sus)])

    # 22 주민센터 전입 — 카톡 대화 복사
    n, a, p = kname(), kaddr("apt"), mob()
    add("ko", P, L(
        "[오후 3:12] 민원대 담당: 전입신고 하신 분 주소 확인 부탁드려요",
        f"[오후 3:14] {n}: {a}입니다",
        f"[오후 3:14] {n}: 확정일자도 같이 부탁드려요 연락처 {p}",
    ), [(PER, n), (LOC, a), (PER, n), (PH, p)])

    # 23 운전면허시험장 갱신 안내 문자
    n, d, p = kname(), dl(), mob()
    add("ko", P, f"[Web발신] {n}님 운전면허({d}) 적성검사 기간이 2025.01.31. 만료됩니다. 문의 시 본 번호({p}) 인증 필요.",
        [(PER, n), (DLIC, d), (PH, p)])

    # 24 여권민원실 분실신고
    n, r, ps = kname(), rrx(1992, 1999), pp_new()
    add("ko", P, f"여권 분실신고서 처리요청: 분실자 {n}, 주민번호 {r}, 분실 여권번호 {ps}. 분실 장소 미상, 재발급 동시 신청.",
        [(PER, n), (RRN, r), (PASS, ps)])

    # 25 장애인 등록 상담
    n, r, gp, h = kname(), rrx(2005, 2010), mob(), hid()
    add("ko", P, f"장애정도 심사 서류 접수. 대상자 {n}({r}) 발달장애, 보호자 연락처 {gp}, 건강보험 {h}. 진단서 발급일 6개월 이내 확인 필요.",
        [(PER, n), (RRN, r), (PH, gp), (HINS, h)])

    # 26 기초연금 신청 (녹취 요약)
    n, r, ac, a = kname(), rrx(1948, 1958), acct("우체국"), jibun()
    add("ko", P, L(
        "▶ 기초연금 방문신청 녹취 요약",
        f"- 신청인 {n} 어르신, 주민등록번호 {r}",
        f"- 수급계좌 우체국 {ac}",
        f"- 실거주지 {a} (주민등록지와 상이)",
    ), [(PER, n), (RRN, r), (ACC, ac), (LOC, a)])

    # 27 청년 월세 지원 신청 — 엑셀 붙여넣기
    n1, p1, b1, a1 = kname(), mob(), "토스뱅크", acct("토스뱅크")
    n2, p2, b2, a2 = kname(), mob(), "케이뱅크", acct("케이뱅크")
    add("ko", P, L(
        "접수번호\t성명\t휴대폰\t은행\t계좌번호\t결과",
        f"Y-0412\t{n1}\t{p1}\t{b1}\t{a1}\t적합",
        f"Y-0413\t{n2}\t{p2}\t{b2}\t{a2}\t소득초과",
    ), [(PER, n1), (PH, p1), (ACC, a1), (PER, n2), (PH, p2), (ACC, a2)])

    # 28 외국인 근로자 고용허가 — 사업장 변경
    b, f, a_, p = bz(), fname(), arx(1990, 1999), land("043")
    add("ko", P, f"사업장 변경 신청 (사업자등록번호 {b}) 근로자 {f} / 외국인등록번호 {a_} / 사유: 휴업. 사업주 연락처 {p}",
        [(BRN, b), (PER, f), (ARN, a_), (PH, p)])

    # 29 결혼이민 — 가족관계
    h_, r, w, a_, a = kname(), rrx(1975, 1985, female=False), fname(), arx(1990, 1998), kaddr("ref")
    add("ko", P, f"결혼이민(F-6) 체류자격 변경 사전검토. 배우자(국민) {h_} {r}, 신청인 {w} {a_}, 동거지 {a}. 혼인신고일 2023.05.12.",
        [(PER, h_), (RRN, r), (PER, w), (ARN, a_), (LOC, a)])

    # 30 난민 신청자 면담 메모 (통역 배석)
    f, a_, p = fname(), arx(1985, 1995), mob()
    add("ko", P, f"난민면접 일정 변경 통보 대상: {f}, 외국인등록번호 {a_}, 연락처 {p}. 통역인(러시아어) 배정 완료.",
        [(PER, f), (ARN, a_), (PH, p)])

    # 31 자동차세 자동납부 카드 변경
    n, c, p = kname(), cc("9", sep=" "), mob()
    add("ko", P, f"자동차세 연납 자동이체 카드 변경 요청 — 납세자 {n}, 변경카드 {c}, 유효기간 08/27. 확인 후 {p}로 회신.",
        [(PER, n), (CARD, c), (PH, p)])

    # 32 과태료 이의신청서
    n, a, d, p = kname(), kaddr("floor"), dl("경기", named=True), mob()
    add("ko", P, L(
        "과태료 부과 이의신청서",
        f"신청인 성명: {n}",
        f"주소: {a}",
        f"운전면허번호: {d}",
        f"전화: {p}",
        "이의 사유: 당일 차량을 지인에게 대여하였음",
    ), [(PER, n), (LOC, a), (DLIC, d), (PH, p)])

    # 33 지방세 환급 — 법인
    c, b, n, ac = cr("284211"), bz(), kname(), acct("기업")
    add("ko", P, f"법인지방소득세 경정청구 환급: 법인등록번호 {c}, 사업자등록번호 {b}, 대표이사 {n}, 환급계좌 IBK {ac}",
        [(CRN, c), (BRN, b), (PER, n), (ACC, ac)])

    # 34 공탁 — 피공탁자 주소불명
    n, r, a = kname(), rrx(1968, 1979), kaddr("none")
    add("ko", P, f"변제공탁 신청 검토: 피공탁자 {n}(주민등록번호 {r})의 최후 주소지 {a}. 수령 거절로 공탁 진행.",
        [(PER, n), (RRN, r), (LOC, a)])

    # 35 개명 신청
    old, new, r = kname(), kname(), rrx(1995, 2001)
    add("ko", P, f"개명 후 주민등록 정정 요청: 종전 이름 {old} → 변경 이름 {new}, 주민등록번호 {r} (법원 허가결정문 첨부)",
        [(PER, old), (PER, new), (RRN, r)])

    # 36 보호관찰 면담
    n, a, p, h = kname(), kaddr("apt"), mob(), hi()
    add("ko", P, f"보호관찰 대상자 {n} 정기면담(11/19). 주거지 {a} 변동 없음. 휴대폰 {p}. 치료명령 연계 위해 건강보험증번호 {h} 확인함.",
        [(PER, n), (LOC, a), (PH, p), (HINS, h)])

    # 37 국가장학금 이의신청 이메일
    n, m, p, ac = kname(), email("jangsoo.h", "gmail.com"), mob(), acct("하나")
    add("ko", P, L(
        "제목: 국가장학금 소득구간 이의신청합니다",
        f"안녕하세요 경영학부 {n}입니다. 가구원 소득이 잘못 반영된 것 같아 이의신청합니다.",
        f"회신 메일 {m} / 전화 {p}",
        f"장학금 입금 계좌: 하나 {ac}",
    ), [(PER, n), (MAIL, m), (PH, p), (ACC, ac)])

    # 38 반려동물 등록 (등록번호 15자리는 라벨 없음)
    n, a, p = kname(), kaddr("apt"), mob()
    add("ko", P, f"동물등록 변경신고: 소유자 {n}, 주소 {a}, 연락처 {p}, 동물등록번호 410{dg(12)} (내장형).",
        [(PER, n), (LOC, a), (PH, p)])

    # 39 농업인 등록 — 농지 지번
    n, r, a, ac = kname(), rrx(1955, 1970), jibun(), acct("농협")
    add("ko", P, f"농업경영체 등록: 경영주 {n}({r}), 경작 농지 {a} 외 2필지, 직불금 계좌 {ac}(농협)",
        [(PER, n), (RRN, r), (LOC, a), (ACC, ac)])

    # 40 어촌계 가입
    n, r, ac, a = kname(), rrx(1963, 1975, female=True), acct("수협"), jibun()
    add("ko", P, f"어촌계 신규 가입 심사 — 가입희망자 {n} / {r} / 수협 {ac} / 거주 {a} (거주 2년 경과)",
        [(PER, n), (RRN, r), (ACC, ac), (LOC, a)])

    # 41 민방위 교육 통지 반송
    n, a, p = kname(), kaddr("apt"), land("032")
    add("ko", P, f"민방위 교육 통지서 반송분 재확인: {n} 대원, 주민등록상 주소 {a} 수취인불명. 자택 {p} 로 연락 시도 예정.",
        [(PER, n), (LOC, a), (PH, p)])

    # 42 국선변호 신청
    n, r, a, p = kname(), rrx(1985, 1999, female=False), kaddr("floor"), mob()
    add("ko", P, L(
        "국선변호인 선정 청구서",
        "사    건: 2024고단1234 사기",
        f"피 고 인: {n} ({r})",
        f"주    거: {a}",
        f"연 락 처: {p}",
        "청구사유: 기초생활수급자",
    ), [(PER, n), (RRN, r), (LOC, a), (PH, p)])

    # 43 보건소 예방접종 — 2022년생 (2020.10. 이후 발급 주민번호)
    child, r, par, p = kname(), rn(f"22{random.randint(1, 12):02d}{random.randint(1, 28):02d}", 4), kname(), mob()
    add("ko", P, f"예방접종 누락 안내 대상: 아동 {child}({r}), 보호자 {par} {p}. MMR 2차 미접종.",
        [(PER, child), (RRN, r), (PER, par), (PH, p)])

    # 44 치매안심센터 등록
    n, a, h, gp = kname(), kaddr("ref"), hi(), mob()
    add("ko", P, f"치매안심센터 등록 카드 — 대상자 {n}, 주소 {a}, 건강보험증번호 {h}, 주보호자(아들) {gp}. 배회 이력 있음(배회감지기 신청).",
        [(PER, n), (LOC, a), (HINS, h), (PH, gp)])

    # 45 행정심판 청구서
    n, a, p, m = kname(), kaddr("none"), mob(), email("ahnlaw.k", "daum.net")
    add("ko", P, L(
        "행정심판청구서",
        f"청구인  {n}",
        f"        {a}",
        f"        전화 {p}  전자우편 {m}",
        "피청구인 ○○시장",
        "청구취지 영업정지 1개월 처분을 취소한다.",
    ), [(PER, n), (LOC, a), (PH, p), (MAIL, m)])

    # 46 정보공개청구 — 메일 전달
    n, m, p = kname(), email(), mob()
    add("ko", P, f"---------- 전달된 메일 ----------\n보낸사람: {n} <{m}>\n청구인 연락처: {p}\n청구내용: 2023년 관내 CCTV 설치 예산 집행내역 일체",
        [(PER, n), (MAIL, m), (PH, p)])

    # 47 공익신고 (부패)
    n, p, acc_, b, c = kname(), mob(), kname(), bz(), cr("134811")
    add("ko", P, f"공익신고 접수 요지 — 신고자 {n}(연락처 {p}, 신분비공개 요청). 피신고자 {acc_} 과장이 납품업체(사업자등록번호 {b}, 법인등록번호 {c})로부터 금품을 수수하였다는 내용.",
        [(PER, n), (PH, p), (PER, acc_), (BRN, b), (CRN, c)])

    # 48 자연휴양림 예약 취소 환불
    n, p, c = kname(), mob(), cc("54")
    add("ko", P, f"숲나들e 예약취소 환불 건: 예약자 {n}, 휴대폰 {p}. 결제카드 {c} 로 부분취소가 안 되어 수기 환불 요청합니다.",
        [(PER, n), (PH, p), (CARD, c)])

    # 49 고속도로 미납 통행료
    n, p, c, d = kname(), mob(), cc("4", sep=""), dl("경북")
    add("ko", P, f"미납통행료 납부 상담: 차주 {n} ({p}) 본인확인 면허번호 {d}, 카드번호 {c} 로 결제 시도 중 오류. 차량번호는 고지서 참조.",
        [(PER, n), (PH, p), (DLIC, d), (CARD, c)])

    # 50 재외국민 영사확인
    n, ps, m, a = kname(), pp(), email("mj.overseas", "gmail.com"), eaddr()
    add("ko", P, f"영사확인 신청(우편): {n}, 여권번호 {ps}, 현지주소 {a}, 이메일 {m}. 위임장 원본 도착 확인.",
        [(PER, n), (PASS, ps), (LOC, a), (MAIL, m)])

    # 51 공무원 채용 면접 명단
    n1, p1, m1 = kname(), mob(), email()
    n2, p2, m2 = kname(), mob(), email()
    add("ko", P, L(
        "응시번호 / 성명 / 휴대전화 / 이메일",
        f"10021 / {n1} / {p1} / {m1}",
        f"10034 / {n2} / {p2} / {m2}",
    ), [(PER, n1), (PH, p1), (MAIL, m1), (PER, n2), (PH, p2), (MAIL, m2)])

    # 52 교도소 영치금 입금 문의
    n, ac, inmate = kname(), acct("기업"), kname()
    add("ko", P, f"영치금 오입금 반환 요청: 입금자 {n}, 출금계좌 기업은행 {ac}, 수용자 {inmate} 앞으로 잘못 보냈다고 함.",
        [(PER, n), (ACC, ac), (PER, inmate)])

    # 53 긴급복지 지원 결정
    n, r, a, ac = kname(), rrx(1972, 1983), kaddr("apt"), acct("대구")
    add("ko", P, f"긴급지원 결정 통지서 발송 목록\n1) {n} / {r} / {a} / 생계지원 1개월 / 대구은행 {ac}",
        [(PER, n), (RRN, r), (LOC, a), (ACC, ac)])

    # 54 문화누리카드 재발급
    n, c, p = kname(), cc("9410"), mob()
    add("ko", P, f"문화누리카드 분실 재발급 — {n}님 기존카드 {c} 정지 처리, 새 카드 배송지 변경 없음. 안내 문자 {p}",
        [(PER, n), (CARD, c), (PH, p)])

    # 55 선박 등록 신청 (법인)
    c, n, a = cr("204811"), kname(), kaddr("floor")
    add("ko", P, f"선박등록신청서 기재사항 확인: 소유자 ○○수산 주식회사(법인등록번호 {c}), 대표이사 {n}, 본점 {a}",
        [(CRN, c), (PER, n), (LOC, a)])

    # 56 에너지바우처
    n, a, p = kname(), jibun(), land("061")
    add("ko", P, f"에너지바우처 하절기 잔액 이월 문의 {n} 어르신 댁({a}), 유선 {p}. 등유 구매카드로 전환 희망.",
        [(PER, n), (LOC, a), (PH, p)])

    # 57 해기사 면허 갱신
    n, r, p = kname(), rrx(1960, 1972, female=False), mob()
    add("ko", P, f"해기사 면허 갱신 (3급 항해사) 신청자 {n}, 주민등록번호 {r}, 승무경력증명 첨부, 연락처 {p}.",
        [(PER, n), (RRN, r), (PH, p)])

    # 58 국가배상 청구
    n, r, a, ac = kname(), rrx(1978, 1988), kaddr("ref"), acct("광주")
    add("ko", P, L(
        "국가배상금 지급신청서 기재 요약",
        f"○ 신청인: {n}({r})",
        f"○ 주소: {a}",
        "○ 사고내용: 도로 포트홀로 인한 타이어 파손",
        f"○ 지급받을 계좌: 광주은행 {ac}",
    ), [(PER, n), (RRN, r), (LOC, a), (ACC, ac)])

    # 59 의료급여 수급권자 상담
    n, h, p = kname(), hid(), mob()
    add("ko", P, f"의료급여 2종 전환 상담 {n}님 (건강보험증 {h}) 본인부담 보상금 문의, 회신 {p}",
        [(PER, n), (HINS, h), (PH, p)])

    # 60 공설 수목장 사용 신청
    n, dec, a, p = kname(), kname(), kaddr("apt"), mob()
    add("ko", P, f"공설자연장지(수목장) 사용허가 신청: 신청인 {n}(고인 {dec}의 장남), 주소 {a}, 연락처 {p}. 안치 희망일 12/3.",
        [(PER, n), (PER, dec), (LOC, a), (PH, p)])


def intl(p: str) -> str:
    """A Korean number in international form: +82 and the leading 0 dropped."""
    return "+82 " + p[1:]


def usnum(area: str, paren: bool = False) -> str:
    """A North American number outside the 555 fiction range."""
    while True:
        v = fmt("MNN-NNNN")
        if not v.startswith("555"):
            return f"+1 ({area}) {v}" if paren else f"+1 {area} {v}"


# ================================================================ positives, English (40)
def positives_en() -> None:
    # 1 embassy letter — visa extension for a Korean national
    n, ps, m, p = rname(), pp(), email("jiwoo.travels", "gmail.com"), intl(mob())
    add("en", P, L(
        "To the Consular Section,",
        f"I am writing on behalf of {n} (passport no. {ps}), whose residence permit expires on 14 December.",
        f"Please direct any queries to {m} or {p}.",
        "Kind regards, Office of International Affairs",
    ), [(PER, n), (PASS, ps), (MAIL, m), (PH, p)])

    # 2 HL7 v2 ADT message from a hospital interface engine (PID-19 carries the resident number)
    sur, giv, r, p = random.choice(ROMA_SUR).upper(), random.choice(ROMA_GIVEN).upper(), rrx(1950, 1970, dash=False), mob(sep="")
    nm = f"{sur}^{giv}"
    add("en", P, L(
        "MSH|^~\\&|EMR|SNUH|LIS|SNUH|20241125081530||ADT^A04|MSG00412|P|2.5.1",
        f"PID|1||00918273^^^SNUH^MR||{nm}||19{r[:6]}|{'M' if r[6] == '1' else 'F'}|||||{p}|||||{r}",
        "PV1|1|E|ER^01^A|||||||||||||||V0091827",
    ), [(PER, nm), (PH, p), (RRN, r)])

    # 3 FHIR Patient resource with a health insurance identifier
    n, h, p, m = rname(), hi(), intl(mob()), email("sh.clinic", "kakao.com")
    add("en", P, json.dumps({
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:1.2.410.100110.10.41.1", "type": {"text": "NHIS card"}, "value": h}],
        "name": [{"use": "official", "text": n}],
        "telecom": [{"system": "phone", "value": p}, {"system": "email", "value": m}],
        "gender": "female",
    }, indent=1), [(HINS, h), (PER, n), (PH, p), (MAIL, m)])

    # 4 git commit trailers
    n1, m1, n2, m2 = ename(), email("o.hartley.dev", "outlook.com"), rname(), email("hyejin.dev", "gmail.com")
    add("en", P, L(
        "commit 7f3a91c2d0b84e6f9a1c5d2e8b7f6a4c3d2e1f09",
        "",
        "    Fix pension refund rounding for partial months",
        "",
        f"    Reported-by: {n1} <{m1}>",
        f"    Co-authored-by: {n2} <{m2}>",
    ), [(PER, n1), (MAIL, m1), (PER, n2), (MAIL, m2)])

    # 5 Python traceback with a customer record in the exception message
    n, c, m = ename(), cc("54"), email("m.okafor", "yahoo.com")
    add("en", P, L(
        "Traceback (most recent call last):",
        '  File "/srv/billing/charge.py", line 88, in settle',
        "    gateway.capture(order)",
        f"billing.errors.DeclinedError: capture failed for Customer(name='{n}', pan='{c}', email='{m}') code=05",
    ), [(PER, n), (CARD, c), (MAIL, m)])

    # 6 nginx error log with the client IP and an e-mail in the query string
    ip, m = pub_ip(), email("kwon.minho", "naver.com")
    add("en", P, f'2024/11/25 02:14:07 [error] 2231#2231: *88123 upstream timed out (110: Connection timed out) while reading response header, client: {ip}, server: eminwon.local, request: "GET /api/lookup?email={m} HTTP/1.1"',
        [(IP, ip), (MAIL, m)])

    # 7 SQL INSERT into a customers table
    n, m, p, c = ename(), email("nadia.q", "protonmail.com"), usnum("617"), cc("4")
    add("en", P, f"INSERT INTO customers (full_name, email, phone, card_number, created_at) VALUES ('{n}', '{m}', '{p}', '{c}', '2024-11-25 10:02:11');",
        [(PER, n), (MAIL, m), (PH, p), (CARD, c)])

    # 8 YAML contact for an overseas office
    n, m, p, a = ename(), email("whitfield.c", "gmail.com"), usnum("919", paren=True), eaddr()
    add("en", P, L(
        "liaison_office:",
        "  region: us-east",
        "  contact:",
        f"    name: {n}",
        f"    email: {m}",
        f'    phone: "{p}"',
        f'    mailing_address: "{a}"',
    ), [(PER, n), (MAIL, m), (PH, p), (LOC, a)])

    # 9 vCard of a foreign investor
    n, p, m = ename(), "+44 7911 " + fmt("NNNNNN"), email("lombardi.inv", "icloud.com")
    st = f"{random.randint(3, 88)} Wharf Road"
    add("en", P, L(
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{n}",
        f"TEL;TYPE=cell:{p}",
        f"EMAIL:{m}",
        f"ADR;TYPE=work:;;{st};London;;N1 7GR;United Kingdom",
        "END:VCARD",
    ), [(PER, n), (PH, p), (MAIL, m), (LOC, st)])

    # 10 overstay memo from an immigration office
    f, a_, p = fname(), arx(1984, 1994), mob()
    add("en", P, f"Overstay notice: {f}, ARC {a_}, last registered mobile {p}. Employer reports absence since 02 Nov; voluntary departure interview scheduled.",
        [(PER, f), (ARN, a_), (PH, p)])

    # 11 foreign graduate student writes to the university finance office
    n, a_, ac, p = ename(), arx(1996, 1999), acct("하나"), mob()
    add("en", P, L(
        "Dear Finance Office,",
        f"My name is {n} (alien registration no. {a_}), a PhD student in materials science.",
        f"Could the stipend for November be sent to my Hana Bank account {ac}? My phone is {p}.",
        "Thank you.",
    ), [(PER, n), (ARN, a_), (ACC, ac), (PH, p)])

    # 12 crew list (IMO FAL form 5)
    c1, p1, c2, p2 = rname("surname-first"), pp(), rname("surname-first"), pp_new()
    add("en", P, L(
        "IMO FAL FORM 5 - CREW LIST | Vessel: HANBADA STAR | Port of arrival: KRPUS",
        "No. | Family name, given names | Rank | Passport",
        f"1 | {c1} | Master | {p1}",
        f"2 | {c2} | Chief Engineer | {p2}",
    ), [(PER, c1), (PASS, p1), (PER, c2), (PASS, p2)])

    # 13 port gate access log
    n, ip1, ip2 = ename(), priv_ip(), priv_ip()
    add("en", P, L(
        f"2024-11-25T06:01:44+09:00 gate-7 badge=HB-20931 holder=\"{n}\" reader={ip1} result=GRANTED",
        f"2024-11-25T06:01:52+09:00 gate-7 badge=HB-20931 holder=\"{n}\" reader={ip2} result=GRANTED lane=2",
    ), [(PER, n), (IP, ip1), (PER, n), (IP, ip2)])

    # 14 security incident report
    ip1, ip2, n, m = pub_ip(), pub_ip(), ename(), email("soc.duty", "korea.kr")
    add("en", P, L(
        "INCIDENT SUMMARY #IR-2024-117",
        f"Brute-force attempts against the VPN portal originated from {ip1} and {ip2} between 01:10 and 01:55 KST.",
        f"Reported by {n} ({m}). Both sources blocked at the perimeter.",
    ), [(IP, ip1), (IP, ip2), (PER, n), (MAIL, m)])

    # 15 audit workpaper on a vendor
    b, c, ac, m = bz(), cr("110111"), acct("SC제일"), email("ar.team", "hanbit-eng.co.kr")
    add("en", P, f"Workpaper 4.2 — Vendor master check: BRN {b}, corporate reg. no. {c}, payee account (SC First) {ac}; remittance advice sent to {m}. No exceptions noted.",
        [(BRN, b), (CRN, c), (ACC, ac), (MAIL, m)])

    # 16 witness statement summary (foreign witness)
    f, a_, a, p = fname(), arx(1990, 1999), kaddr("apt"), mob()
    add("en", P, f"Witness: {f}; ARC {a_}; residing at {a}; tel {p}. States she saw the delivery van reverse into the bollard at approx. 21:40.",
        [(PER, f), (ARN, a_), (LOC, a), (PH, p)])

    # 17 foreign resident's tax refund request
    n, a_, ac, m = ename(), arx(1980, 1990), acct("국민"), email("t.jablonski", "gmail.com")
    add("en", P, f"Subject: Year-end tax settlement refund\n\nHello, I am {n}, ARC number {a_}. The refund should go to KB Kookmin {ac}. Please reply to {m}.",
        [(PER, n), (ARN, a_), (ACC, ac), (MAIL, m)])

    # 18 pension lump-sum refund consultation (foreign worker)
    f, a_, ac, p = fname(), arx(1987, 1995), acct("우리"), mob()
    add("en", P, L(
        "NPS lump-sum refund — counselling note (EN)",
        f"- Client: {f}",
        f"- ARC: {a_}",
        f"- Refund account: Woori {ac}",
        f"- Contact: {p}",
        "- Departure date confirmed 2024-12-20 (ticket copy received)",
    ), [(PER, f), (ARN, a_), (ACC, ac), (PH, p)])

    # 19 unemployment benefit for an English teacher
    n, a_, p, a = ename(), arx(1988, 1993), mob(), kaddr("apt")
    add("en", P, f"Job-seeker allowance intake: {n} (ARC {a_}), former hagwon instructor, lives at {a}, phone {p}. Needs F-series visa check before eligibility.",
        [(PER, n), (ARN, a_), (LOC, a), (PH, p)])

    # 20 Kubernetes pod log
    ip, m = priv_ip(), email("lee.jw", "korea.kr")
    add("en", P, L(
        "complaint-api-7c9d8f6b5-x2klp complaint-api {\"level\":\"warn\",\"ts\":1732496011.52,\"msg\":\"rate limited\",",
        f"  \"remote_addr\":\"{ip}\",\"user\":\"{m}\",\"path\":\"/v2/petitions\"}}",
    ), [(IP, ip), (MAIL, m)])

    # 21 Windows security event 4625
    n, ip = ename(), pub_ip()
    add("en", P, L(
        "An account failed to log on.",
        "Subject: Security ID: NULL SID",
        f"Account For Which Logon Failed: Account Name: {n}  Account Domain: MOFA",
        "Failure Reason: Unknown user name or bad password.",
        f"Network Information: Workstation Name: -  Source Network Address: {ip}  Source Port: 51544",
    ), [(PER, n), (IP, ip)])

    # 22 CloudTrail record
    m, ip = email("dev.ops.yk", "gmail.com"), pub_ip()
    add("en", P, json.dumps({
        "eventName": "ConsoleLogin",
        "userIdentity": {"type": "IAMUser", "userName": m},
        "sourceIPAddress": ip,
        "responseElements": {"ConsoleLogin": "Success"},
    }), [(MAIL, m), (IP, ip)])

    # 23 tcpdump excerpt
    ip1, ip2 = priv_ip(), pub_ip()
    add("en", P, L(
        f"09:41:02.118233 IP {ip1}.50412 > {ip2}.443: Flags [S], seq 2210394771, win 64240, length 0",
        f"09:41:02.131907 IP {ip2}.443 > {ip1}.50412: Flags [S.], seq 991002317, ack 2210394772, win 65160, length 0",
    ), [(IP, ip1), (IP, ip2), (IP, ip2), (IP, ip1)])

    # 24 SMTP headers
    ip, n, m, n2, m2 = pub_ip(), ename(), email("k.rasmussen", "hotmail.com"), rname(), email("seo.hy", "korea.kr")
    add("en", P, L(
        f"Received: from mail-out.example-isp.net ([{ip}]) by mx1.korea.kr with ESMTPS id 4Xb2k; Mon, 25 Nov 2024 09:12:40 +0900",
        f"From: \"{n}\" <{m}>",
        f"To: {n2} <{m2}>",
        "Subject: Re: inspection schedule",
    ), [(IP, ip), (PER, n), (MAIL, m), (PER, n2), (MAIL, m2)])

    # 25 meeting notes
    n1, n2, p2 = ename(), rname(), mob()
    add("en", P, f"Minutes — port-state control debrief, 22 Nov. Present: {n1} (flag state surveyor), {n2} (PSC officer, mobile {p2}). Actions: re-inspect lifeboat davit within 14 days.",
        [(PER, n1), (PER, n2), (PH, p2)])

    # 26 Teams chat — customer pastes card number
    n, c = ename(), cc("37", (4, 6, 5), " ")
    add("en", P, L(
        "[10:02] Support Bot: How can we help with your refund?",
        f"[10:03] {n}: the charge was on my amex {c}, exp 09/26",
        "[10:03] Support Bot: Please do not share full card numbers here.",
    ), [(PER, n), (CARD, c)])

    # 27 travel insurance claim for a Korean resident
    n, h, p = rname(), hid(), intl(mob())
    add("en", P, f"Claim form (section B): insured person {n}; NHIS no. {h}; contact {p}; hospital: Cebu Doctors' Hospital, admitted 3 Nov.",
        [(PER, n), (HINS, h), (PH, p)])

    # 28 car-rental licence check
    n, d, ps = rname("surname-first"), dl(), pp()
    add("en", P, f"Rental agreement RA-55102: driver {n}, Korean driving licence {d}, passport {ps}. International permit not required for domestic rental.",
        [(PER, n), (DLIC, d), (PASS, ps)])

    # 29 scholarship application (English-order Korean address)
    n, m, p = rname(), email("yerin.app", "gmail.com"), intl(mob())
    a = f"{random.randint(10, 290)} Daehak-ro, Yuseong-gu, Daejeon 34141"
    add("en", P, L(
        "Applicant details",
        f"Name: {n}",
        f"Address: {a}",
        f"E-mail: {m}",
        f"Mobile: {p}",
    ), [(PER, n), (LOC, a), (MAIL, m), (PH, p)])

    # 30 breach notice listing an affected user
    m, ip = email("choi.dk", "nate.com"), ip6()
    add("en", P, f"Breach notification draft: the affected account {m} was accessed from {ip} on 18 Nov. We recommend resetting the password and enabling 2FA.",
        [(MAIL, m), (IP, ip)])

    # 31 CRM CSV export
    n1, m1, p1 = ename(), email("g.fairbanks", "gmail.com"), usnum("503")
    n2, m2, p2 = rname(), email("doyun.k", "naver.com"), intl(mob())
    add("en", P, L(
        "Full Name,Email,Phone,City",
        f"{n1},{m1},{p1},Portland",
        f"{n2},{m2},{p2},Busan",
    ), [(PER, n1), (MAIL, m1), (PH, p1), (PER, n2), (MAIL, m2), (PH, p2)])

    # 32 PowerShell Get-ADUser output
    n, m, p = ename(), email("a.sutherland", "mofa.go.kr"), land("02")
    add("en", P, L(
        "PS C:\\> Get-ADUser asutherland -Properties mail,telephoneNumber",
        f"DisplayName     : {n}",
        f"mail            : {m}",
        f"telephoneNumber : {p}",
        "Enabled         : True",
    ), [(PER, n), (MAIL, m), (PH, p)])

    # 33 payment webhook that logged the full PAN
    c, m, ip = cc("4"), email("buyer.hk", "gmail.com"), pub_ip()
    add("en", P, f'webhook payload={{"type":"charge.failed","data":{{"card":{{"number":"{c}","exp":"11/27"}},"billing_email":"{m}","client_ip":"{ip}"}}}}',
        [(CARD, c), (MAIL, m), (IP, ip)])

    # 34 payroll for foreign staff
    f1, a1, ac1 = fname(), arx(1985, 1995), acct("신한")
    f2, a2, ac2 = fname(), arx(1985, 1995), acct("국민")
    b, c = bz(), cr("124311")
    add("en", P, L(
        f"Employer BRN: {b}  Corporate registration no.: {c}",
        "Name\tARC\tBank account\tNet pay",
        f"{f1}\t{a1}\tShinhan {ac1}\t2,310,000",
        f"{f2}\t{a2}\tKB {ac2}\t2,145,500",
    ), [(BRN, b), (CRN, c), (PER, f1), (ARN, a1), (ACC, ac1), (PER, f2), (ARN, a2), (ACC, ac2)])

    # 35 court interpreter booking
    n, p, m = ename(), mob(), email("interp.novak", "gmail.com")
    add("en", P, f"Interpreter booked for hearing on 5 Dec (Courtroom 403): {n}, Czech/English, mobile {p}, {m}.",
        [(PER, n), (PH, p), (MAIL, m)])

    # 36 OCR'd passport application form
    sur, giv, ps, r = random.choice(ROMA_SUR).upper(), random.choice(ROMA_GIVEN).upper(), pp_new(), rrx(1980, 1999)
    add("en", P, L(
        "PASSPORT APPLICATION (OCR)",
        f"Full name  {sur} {giv}",
        f"Previous passport No.  {ps}",
        f"Resident registration No.  {r}",
    ), [(PER, f"{sur} {giv}"), (PASS, ps), (RRN, r)])

    # 37 election observer accreditation
    n, ps, m = rname(), pp(), email("observer.kr", "gmail.com")
    add("en", P, f"Accreditation list (international observers): {n} — passport {ps} — {m} — assigned to polling district 12.",
        [(PER, n), (PASS, ps), (MAIL, m)])

    # 38 forest-fire volunteer roster
    n1, p1, d1 = rname(), mob(), dl("강원")
    n2, p2, d2 = rname(), mob(), dl("경북")
    add("en", P, L(
        "Volunteer drivers (water tanker) — Uljin deployment",
        f"* {n1} | {p1} | licence {d1}",
        f"* {n2} | {p2} | licence {d2}",
    ), [(PER, n1), (PH, p1), (DLIC, d1), (PER, n2), (PH, p2), (DLIC, d2)])

    # 39 discharge summary
    n, h, a, p = rname(), hi(), kaddr("none"), mob()
    add("en", P, f"DISCHARGE SUMMARY\nPatient: {n}  NHIS: {h}\nHome address: {a}\nNext of kin phone: {p}\nDiagnosis: community-acquired pneumonia, resolved.",
        [(PER, n), (HINS, h), (LOC, a), (PH, p)])

    # 40 customs declaration
    n, ps, p, a = rname("surname-first"), pp(), mob(), kaddr("apt")
    add("en", P, f"Traveller declaration: {n}, passport {ps}, phone {p}, address in Korea {a}. Declared: 2 bottles of liquor.",
        [(PER, n), (PASS, ps), (PH, p), (LOC, a)])


# ================================================================ positives, mixed (40)
def positives_mixed() -> None:
    # 1 nested JSON from a 병무 민원 API
    n, r, p, m = kname(), rrx(2002, 2004, female=False), mob(), email("soldier.k04", "naver.com")
    add("mixed", P, json.dumps({"applicant": {"name": n, "rrn": r, "contact": {"mobile": p, "email": m}}, "type": "입영연기", "status": "접수"}, ensure_ascii=False),
        [(PER, n), (RRN, r), (PH, p), (MAIL, m)])

    # 2 SQL INSERT into a 민원 table with Korean column names
    n, r, a = kname(), rrx(1970, 1990), kaddr("apt")
    add("mixed", P, f"INSERT INTO 민원신청 (신청인명, 주민번호, 주소, 접수채널) VALUES ('{n}', '{r}', '{a}', 'WEB');",
        [(PER, n), (RRN, r), (LOC, a)])

    # 3 application log lines
    n, ip, p = kname(), pub_ip(), mob(sep="")
    add("mixed", P, L(
        f"2024-11-25 09:13:44.201 INFO  [민원접수] user={n} ip={ip} channel=mobile",
        f"2024-11-25 09:13:44.389 DEBUG [SMS] to={p} template=RECEIPT_OK",
    ), [(PER, n), (IP, ip), (PH, p)])

    # 4 YAML fixture for a 입영 batch job
    n, r, d = kname(), rrx(2003, 2004, female=False), f"{REGION['충남']}-23-{dg(6)}-{dg(2)}"
    add("mixed", P, L(
        "# fixtures/enlistment_2025Q1.yaml — 운영 데이터 복사본, 커밋 금지",
        "- id: 1",
        f"  성명: {n}",
        f"  주민등록번호: \"{r}\"",
        "  입영부대: 육군훈련소",
        f"  운전면허: \"{d}\"  # 운전병 특기 신청",
    ), [(PER, n), (RRN, r), (DLIC, d)])

    # 5 XML with Korean element names
    n, r, a, p = kname(), rrx(1985, 1995), kaddr("ref"), land("042")
    add("mixed", P, f"<신청서 version=\"1.2\"><신청인><성명>{n}</성명><주민등록번호>{r}</주민등록번호><주소>{a}</주소><전화>{p}</전화></신청인><신청종류>체류지변경</신청종류></신청서>",
        [(PER, n), (RRN, r), (LOC, a), (PH, p)])

    # 6 Java stack trace with a value in the message
    r = rrx(1975, 1999)
    n = kname()
    add("mixed", P, L(
        f"java.lang.IllegalArgumentException: 주민번호 검증 실패: {r} (성명={n})",
        "\tat kr.go.nps.member.RrnValidator.validate(RrnValidator.java:57)",
        "\tat kr.go.nps.member.MemberService.register(MemberService.java:212)",
    ), [(RRN, r), (PER, n)])

    # 7 HL7 with a Korean name in PID-5
    n, h, p = kname(), hi(), mob()
    add("mixed", P, f"MSH|^~\\&|OCS|보훈병원|PACS|보훈병원|20241125101500||ORM^O01|A88123|P|2.3\nPID|1||{h}^^^NHIS||{n}||19480211|M|||||{p}",
        [(HINS, h), (PER, n), (PH, p)])

    # 8 FHIR Coverage with a health insurance number
    n, h = kname(), hid()
    add("mixed", P, json.dumps({"resourceType": "Coverage", "subscriberId": h, "beneficiary": {"display": n}, "payor": [{"display": "국민건강보험공단"}]}, ensure_ascii=False),
        [(HINS, h), (PER, n)])

    # 9 Python test fixture for the 체류연장 API
    f, a_, ps = fname(), arx(1992, 1999), pp()
    p = mob()
    add("mixed", P, L(
        "def test_extension_request_ok(client):",
        "    # TODO 실제 민원인 데이터 — 가명처리 필요",
        f'    body = {{"name": "{f}", "arc": "{a_}", "spouse_passport": "{ps}", "phone": "{p}"}}',
        '    assert client.post("/api/v1/stay/extend", json=body).status_code == 201',
    ), [(PER, f), (ARN, a_), (PASS, ps), (PH, p)])

    # 10 curl command with a card number
    c, p = cc("54"), mob()
    add("mixed", P, f"curl -X POST https://pay.internal/api/charge -H 'Content-Type: application/json' -d '{{\"cardNo\":\"{c}\",\"amount\":52000,\"buyerTel\":\"{p}\",\"memo\":\"국립대 기숙사비\"}}'",
        [(CARD, c), (PH, p)])

    # 11 spreadsheet paste with business and corporate numbers
    b1, c1, n1 = bz(), cr("110111"), kname()
    b2, c2, n2 = bz(), cr("160111"), kname()
    add("mixed", P, L(
        "업체명\tBRN\tCRN\t대표자\tRemark",
        f"(주)한빛해운\t{b1}\t{c1}\t{n1}\t선석 임대",
        f"서해예선(주)\t{b2}\t{c2}\t{n2}\ttug",
    ), [(BRN, b1), (CRN, c1), (PER, n1), (BRN, b2), (CRN, c2), (PER, n2)])

    # 12 git commit message in Korean with a trailer
    n, m = kname(), email("ujin.lee", "korea.kr")
    add("mixed", P, L(
        "fix(benefit): 실업급여 지급계좌 자릿수 검증 오류 수정",
        "",
        "카카오뱅크 13자리 계좌가 거부되던 문제.",
        "",
        f"Reported-by: {n} <{m}>",
    ), [(PER, n), (MAIL, m)])

    # 13 Slack message about a server
    ip, n, p = pub_ip(), kname(), mob()
    add("mixed", P, f"@channel 선거 개표지원 서버 {ip} 에서 502 계속 납니다. 당직은 {n} 주무관님 ({p}) 입니다, 직접 연락 주세요.",
        [(IP, ip), (PER, n), (PH, p)])

    # 14 Postman environment with a real test account
    m, p, r = email("test.real.user", "hanmail.net"), mob(), rrx(1988, 1995, dash=False)
    add("mixed", P, json.dumps({"name": "운영-민원포털", "values": [
        {"key": "loginId", "value": m, "enabled": True},
        {"key": "mobile", "value": p, "enabled": True},
        {"key": "jumin", "value": r, "enabled": True},
    ]}, ensure_ascii=False), [(MAIL, m), (PH, p), (RRN, r)])

    # 15 shell script with a hard-coded recipient
    m, r = email("audit.report", "korea.kr"), rrx(1966, 1975)
    add("mixed", P, L(
        "#!/bin/bash",
        "# 월간 감사자료 자동 발송 (임시)",
        f'RCPT="{m}"',
        f'SAMPLE_RRN="{r}"   # 샘플 추출 검증용 — 삭제 예정',
        'python3 export.py --month "$1" | mail -s "감사자료" "$RCPT"',
    ), [(MAIL, m), (RRN, r)])

    # 16 Jira ticket
    n, p, a = kname(), mob(), kaddr("floor")
    add("mixed", P, L(
        "EMINWON-4412 [Bug] 주소 검색 결과 동·호 누락",
        f"Steps: 신청인 {n} ({p}) 계정으로 로그인 → 주소 '{a}' 입력 → 저장",
        "Expected: 층 정보 유지 / Actual: 도로명까지만 저장됨",
    ), [(PER, n), (PH, p), (LOC, a)])

    # 17 e-mail to a vendor
    n, m, p, b, c = ename(), email("k.yilmaz", "marinetech.com.tr"), "+90 532 " + fmt("NNN NN NN"), bz(), cr("180111")
    add("mixed", P, L(
        f"Dear {n},",
        "항만 CCTV 유지보수 계약 관련하여 아래 정보로 세금계산서를 발행해 주십시오.",
        f"- 공급받는자 사업자등록번호: {b} (법인등록번호 {c})",
        f"Your contact on file: {m} / {p}",
    ), [(PER, n), (BRN, b), (CRN, c), (MAIL, m), (PH, p)])

    # 18 Kubernetes Secret with stringData
    m, p = email("oncall.harbor", "gmail.com"), mob()
    add("mixed", P, L(
        "apiVersion: v1",
        "kind: Secret",
        "metadata: {name: alert-contacts, namespace: port-ops}",
        "stringData:",
        f"  ONCALL_EMAIL: {m}",
        f"  ONCALL_SMS: \"{p}\"   # 야간 당직자 개인폰",
    ), [(MAIL, m), (PH, p)])

    # 19 GraphQL response
    n, a, p = kname(), kaddr("apt"), mob()
    add("mixed", P, json.dumps({"data": {"applicant": {"displayName": n, "address": {"full": a}, "phone": p, "housingType": "국민임대"}}}, ensure_ascii=False),
        [(PER, n), (LOC, a), (PH, p)])

    # 20 CSV with English headers and Korean values
    n1, r1, p1 = kname(), rrx(1985, 1995), mob()
    n2, r2, p2 = kname(), rrx(1985, 1995), mob()
    add("mixed", P, L(
        "seq,name,rrn,mobile,supply_type",
        f"1,{n1},{r1},{p1},신혼희망",
        f"2,{n2},{r2},{p2},생애최초",
    ), [(PER, n1), (RRN, r1), (PH, p1), (PER, n2), (RRN, r2), (PH, p2)])

    # 21 INI file
    n, m, ip = kname(), email("aws.station", "korea.kr"), priv_ip()
    add("mixed", P, L(
        "[station]",
        "id=AWS-512",
        "name=대관령 관측소",
        f"manager={n}",
        f"manager_email={m}",
        f"logger_ip={ip}",
    ), [(PER, n), (MAIL, m), (IP, ip)])

    # 22 markdown 회의록
    n1, n2, p2, m1 = kname(), kname(), mob(), email()
    add("mixed", P, L(
        "## 회의록 — 해양경찰 VTS 장비 교체 kickoff",
        f"- 참석: {n1}(PM, {m1}), {n2}(vendor, {p2})",
        "- Action items: 장비 반입 일정 확정 (D-14)",
    ), [(PER, n1), (MAIL, m1), (PER, n2), (PH, p2)])

    # 23 SMS gateway log
    p1, p2 = mob(sep=""), mob(sep="")
    add("mixed", P, L(
        f"[SMSGW] 2024-11-25 07:00:01 to={p1} result=DELIVERED msg=\"[선관위] 투표소 위치 안내\"",
        f"[SMSGW] 2024-11-25 07:00:01 to={p2} result=FAILED(2001) msg=\"[선관위] 투표소 위치 안내\"",
    ), [(PH, p1), (PH, p2)])

    # 24 firewall log with a user name
    ip1, ip2, n = priv_ip(), pub_ip(), kname()
    add("mixed", P, f"Nov 25 08:44:12 fw01 kernel: DROP IN=eth0 SRC={ip1} DST={ip2} PROTO=TCP DPT=3389 user=\"{n}\" 부서=감사담당관실",
        [(IP, ip1), (IP, ip2), (PER, n)])

    # 25 JS regex test with real data
    c, m = cc("4"), email("card.owner.h", "gmail.com")
    add("mixed", P, L(
        "// 카드번호/이메일 마스킹 정규식 테스트 (운영 로그에서 발췌)",
        f"const samples = ['{c}', '{m}'];",
        "samples.forEach(s => console.log(mask(s)));",
    ), [(CARD, c), (MAIL, m)])

    # 26 MongoDB shell output
    n, p, a = kname(), mob(), kaddr("apt")
    add("mixed", P, f"> db.applicants.find({{status: '보완요청'}}).limit(1)\n{{ \"_id\" : ObjectId(\"6743f1a2c9e77b0012ab34cd\"), \"name\" : \"{n}\", \"phone\" : \"{p}\", \"addr\" : \"{a}\" }}",
        [(PER, n), (PH, p), (LOC, a)])

    # 27 Avro JSON record
    f, a_, p = fname(), arx(1990, 1999), mob()
    add("mixed", P, json.dumps({"schema": "kr.go.immigration.StayExtension", "record": {"applicantName": f, "arcNo": a_, "tel": p, "비고": "서류보완"}}, ensure_ascii=False),
        [(PER, f), (ARN, a_), (PH, p)])

    # 28 Go struct literal
    n, d = kname(), dl("서울")
    add("mixed", P, L(
        "var seed = []Driver{",
        f'\t{{Name: "{n}", License: "{d}", Unit: "119구급대"}},',
        "}",
    ), [(PER, n), (DLIC, d)])

    # 29 C# object initializer
    n, ps, p = kname(), pp_new(), mob()
    add("mixed", P, f'var officer = new Employee {{ Name = "{n}", PassportNo = "{ps}", Mobile = "{p}", Dept = "감사원 국제협력담당관실" }};',
        [(PER, n), (PASS, ps), (PH, p)])

    # 30 PHP array
    n, ac = kname(), acct("경남")
    add("mixed", P, f"<?php\n$refund = ['name' => '{n}', 'bank' => '경남은행', 'account' => '{ac}', 'reason' => '등록금 과오납'];",
        [(PER, n), (ACC, ac)])

    # 31 Ruby hash
    n, h = kname(), hi()
    add("mixed", P, f"patient = {{ name: '{n}', nhis_no: '{h}', ward: '5병동' }}\nputs patient.to_json",
        [(PER, n), (HINS, h)])

    # 32 PowerShell with an alien registration number
    f, a_ = fname(), arx(1985, 1999)
    add("mixed", P, f'$arc = "{a_}"  # {f} 체류연장 재처리\nInvoke-RestMethod -Uri "https://hikorea.local/api/reprocess" -Method Post -Body @{{ arc = $arc }}',
        [(ARN, a_), (PER, f)])

    # 33 fixed-width 인사 interface record
    n, r, ac = kname(), rrx(1975, 1995, dash=False), acct("농협", plain=True)
    rec = f"HR01{n:<6}{r} {ac:<16}20241125"
    add("mixed", P, L(
        "# layout: type(4) name(6) rrn(13) filler(1) account(16) date(8)",
        rec,
    ), [(PER, n), (RRN, r), (ACC, ac)])

    # 34 bank transfer 전문
    n, ac, p = kname(), acct("신협"), mob()
    add("mixed", P, f"[TX 0200] 수취계좌={ac} 수취인={n} 금액=000001250000 의뢰인연락처={p} 적요=산불감시원인건비",
        [(ACC, ac), (PER, n), (PH, p)])

    # 35 LaTeX letter
    n, a, p = kname(), kaddr("apt"), mob()
    add("mixed", P, L(
        "\\begin{letter}{" + n + " 귀하 \\\\ " + a + "}",
        "\\opening{안녕하십니까,}",
        f"국립대학교 등록금 반환 결정을 안내드립니다. 문의: {p}",
        "\\end{letter}",
    ), [(PER, n), (LOC, a), (PH, p)])

    # 36 HTML form with value attributes
    n, r, m, d = kname(), rrx(1990, 1999), email(), dl("대전")
    add("mixed", P, f'<form action="/submit"><input name="name" value="{n}"><input name="rrn" value="{r}"><input name="license_no" value="{d}"><input type="email" name="email" value="{m}"></form>',
        [(PER, n), (RRN, r), (DLIC, d), (MAIL, m)])

    # 37 Android logcat
    p, m = mob(), email("app.user.s", "gmail.com")
    add("mixed", P, f"11-25 10:21:33.412  8812  8840 D LoginActivity: 본인인증 성공 phone={p} email={m}",
        [(PH, p), (MAIL, m)])

    # 38 OpenAPI example with real data
    n, b, c = kname(), bz(), cr("110111")
    add("mixed", P, L(
        "components:",
        "  schemas:",
        "    Vendor:",
        "      example:",
        f"        ceo: {n}",
        f"        brn: \"{b}\"",
        f"        crn: \"{c}\"",
        "        # 예시값은 실제 협력사 정보로 작성됨 → 교체 필요",
    ), [(PER, n), (BRN, b), (CRN, c)])

    # 39 Notion-style table of observatory staff
    n1, p1, ip1 = kname(), mob(), priv_ip()
    n2, p2, ip2 = kname(), mob(), priv_ip()
    add("mixed", P, L(
        "관측소 | 담당자 | 연락처 | Logger IP",
        f"울릉도 | {n1} | {p1} | {ip1}",
        f"흑산도 | {n2} | {p2} | {ip2}",
    ), [(PER, n1), (PH, p1), (IP, ip1), (PER, n2), (PH, p2), (IP, ip2)])

    # 40 NVR syslog from a port CCTV
    ip, n, ip2 = priv_ip(), kname(), pub_ip()
    add("mixed", P, f"<134>Nov 25 03:12:09 nvr-gate2 hikvision: remote playback by operator \"{n}\" from {ip2} via relay {ip} (채널 07 부두 진입로)",
        [(PER, n), (IP, ip2), (IP, ip)])


# ================================================================ obfuscated (40)
def obfuscated() -> None:
    # ---- common kinds (20)
    # C1 fullwidth-digit mobile number (HWP table copy)
    n, p = kname(), fullwidth(mob())
    add("ko", OB, f"소방안전교육 강사 섭외 — 강사 {n}, 휴대전화 {p} (한글 표에서 복사)", [(PER, n), (PH, p)])

    # C2 zero-width spaces inside a resident number
    n, r = kname(), rrx(1970, 1995)
    z = interleave(r, "\u200b")
    add("ko", OB, f"보훈대상자 확인요청: {n} 주민번호 {z} 로 조회 부탁드립니다.", [(PER, n), (RRN, z)])

    # C3 card number with every digit spaced
    c = " ".join(digits(cc("4")))
    n = ename()
    add("en", OB, f"Caller read the card slowly: {c}, expiry 04/28, cardholder {n}.", [(CARD, c), (PER, n)])

    # C4 alien registration number with dots between the digits
    f, a_ = fname(), arx(1988, 1999)
    d = ".".join(digits(a_))
    add("mixed", OB, f"ARC 번호 (점 구분 입력됨): {d} / 성명 {f} — 시스템이 형식 오류로 반려", [(ARN, d), (PER, f)])

    # C5 resident number read aloud in Sino-Korean digits (STT)
    r = rrx(1960, 1990)
    spoken = hangul_read(r)
    add("ko", OB, f"[상담 녹취 STT] 네 본인 확인을 위해서 주민번호 불러 드릴게요 {spoken} 이요 네 맞습니다", [(RRN, spoken)])

    # C6 base64 resident number in a JSON payload
    r = rrx(1975, 1999)
    t = b64(r)
    add("mixed", OB, f'{{"svc":"nps-refund","payload":{{"jumin_b64":"{t}","채널":"모바일"}}}}', [(RRN, t)])

    # C7 percent-encoded Korean name in a URL
    n = kname()
    q = pct(n)
    add("mixed", OB, f"GET /minwon/search?applicant={q}&type=%EC%A0%84%EC%9E%85 HTTP/1.1 → 200 (검색 로그)", [(PER, q)])

    # C8 ASCII hex e-mail
    m = email("harbor.ops.k", "gmail.com")
    h = asciihex(m)
    add("en", OB, f"debug: contact field stored as hex -> {h} (decode before export)", [(MAIL, h)])

    # C9 (at)/(dot) e-mail
    local, dom = "v.castellanos", "protonmail.com"
    m = f"{local}(at){dom.replace('.', '(dot)')}"
    add("en", OB, f"Volunteer coordinator: reach me at {m} - no phone calls please.", [(MAIL, m)])

    # C10 골뱅이/점 e-mail
    m = "hyewon.seo 골뱅이 naver 점 com"
    add("ko", OB, f"민원인이 메일 주소를 {m} 이라고 불러주셨습니다. 회신 부탁드립니다.", [(MAIL, m)])

    # C11 account number broken over lines (OCR of a bank book)
    ac = acct("국민")
    broken = ac[:7] + "\n" + ac[7:]
    n = kname()
    add("ko", OB, f"[통장사본 OCR]\n예금주 {n}\n계좌번호 {broken}\n국민은행 ○○지점", [(PER, n), (ACC, broken)])

    # C12 spaced Hangul name syllables
    n = kname()
    sp = " ".join(n)
    add("ko", OB, f"교정시설 접견 대기 명단 호명: {sp} 님, 3번 접견실로 오세요.", [(PER, sp)])

    # C13 [at]/[dot] e-mail
    m = "p.kerrigan[at]outlook[dot]ie"
    add("en", OB, f"Please cc {m} on the inspection report (external auditor).", [(MAIL, m)])

    # C14 fullwidth corporate registration number
    c = fullwidth(cr("110111"))
    add("ko", OB, f"법인등록번호: {c} ※ 전자공시 서식에서 복사 시 전각 문자로 들어감", [(CRN, c)])

    # C15 soft hyphens in a passport number
    ps = pp()
    s = interleave(ps, "\u00ad")
    n = kname()
    add("mixed", OB, f"출장자 {n} 여권번호 {s} (Word 문서에서 복사, 자동 하이픈)", [(PER, n), (PASS, s)])

    # C16 defanged IPv4 with [.]
    ip = pub_ip()
    d = ip.replace(".", "[.]")
    add("en", OB, f"IOC shared with partner CERT: C2 callback to {d} over 443/tcp, first seen 2024-11-21.", [(IP, d)])

    # C17 driver's licence read aloud in Hangul with 다시 for the hyphens
    dlv = dl()
    spoken = hangul_read(dlv, " 다시 ")
    n = kname()
    add("ko", OB, f"(녹취) {n}: 면허번호요? {spoken} 입니다.", [(PER, n), (DLIC, spoken)])

    # C18 IPv4 with spaces around the dots
    ip = priv_ip()
    s = ip.replace(".", " . ")
    add("mixed", OB, f"CCTV 녹화서버 접속 주소는 {s} 입니다 (메신저 자동링크 방지용 띄어쓰기)", [(IP, s)])

    # C19 English name in spaced capitals
    n = ename()
    s = "  ".join(" ".join(part.upper()) for part in n.split())
    add("en", OB, f"Signature block (scanned, letter-spaced): {s} / Senior Surveyor", [(PER, s)])

    # C20 health insurance number with a hyphen between every digit
    h = "-".join(hi())
    n = kname()
    add("ko", OB, f"{n}님 건강보험증 번호 {h} 로 자격조회 요청합니다.", [(PER, n), (HINS, h)])

    # ---- new kinds (20)
    # N1 ROT13 e-mail
    m = email("sunghoon.lim", "gmail.com")
    r13 = rot13(m)
    add("en", OB, f"# contact obfuscated with rot13 to dodge scrapers\nowner: {r13}", [(MAIL, r13)])

    # N2 reversed resident number (a naive "encryption" in code)
    r = rrx(1980, 1999)
    rev = r[::-1]
    add("mixed", OB, f'# 임시 암호화(역순 저장) — 복호화는 [::-1]\nencrypted_rrn = "{rev}"', [(RRN, rev)])

    # N3 leetspeak English name
    n = ename()
    lt = leet(n)
    add("en", OB, f"Forum report: user posting as '{lt}' keeps harassing staff; the handle is the person's real name in leetspeak.", [(PER, lt)])

    # N4 phone number read in English words (call transcript)
    p = pick_mob()
    w = words_read(p)
    add("en", OB, f"Agent: Can I get a callback number? Caller: sure, it's {w}. Agent: thank you.", [(PH, w)])

    # N5 account number in military radio numerals
    ac = acct("농협")
    rd = radio_read(ac)
    add("ko", OB, f"[무전 기록] 여기는 본부, 위로금 입금 계좌 불러준다. 농협 {rd}. 이상.", [(ACC, rd)])

    # N6 circled digits phone number (flyer)
    p = mob()
    cd = mapdigits(p, CIRCLED)
    n = kname()
    add("ko", OB, f"산림보호 자원봉사 모집 ❘ 문의: 담당 {n} {cd}", [(PER, n), (PH, cd)])

    # N7 superscript digits health insurance number
    h = hi()
    sp = mapdigits(h, SUPER)
    add("ko", OB, f"건강보험증번호 {sp} (서식 각주 스타일이 적용되어 위첨자로 붙여넣어짐)", [(HINS, sp)])

    # N8 anti-spam filler inside an e-mail
    m = "dk.brennanNOSPAM@gmail.com"
    add("en", OB, f"Contact the race director at {m} (remove NOSPAM).", [(MAIL, m)])

    # N9 card number split across table cells
    c = cc("54")
    cells = " | ".join(c.split("-"))
    n = kname()
    add("mixed", OB, f"| 카드소유자 | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n| {n} | {cells} |", [(PER, n), (CARD, cells)])

    # N10 URL-safe base64 without padding (phone number in a link)
    p = mob()
    t = b64url_nopad(p)
    add("mixed", OB, f"본인확인 링크: https://m.gov.local/verify?u={t}&exp=1732600000 (문자 발송 템플릿)", [(PH, t)])

    # N11 UTF-16LE hex in a Windows .reg export
    m = email("ctrl.room.j", "outlook.com")
    hx = reg_hex(m)
    add("en", OB, f"[HKEY_CURRENT_USER\\Software\\HarborCam\\Notify]\n\"AlertMail\"=hex(2):{hx},00,00", [(MAIL, hx)])

    # N12 git core.quotePath octal escapes in a file name
    n = kname()
    oc = git_octal(n)
    add("mixed", OB, f'$ git status --short\n?? "docs/{git_octal("인사")}/{oc}_{git_octal("이력서")}.hwp"', [(PER, oc)])

    # N13 passport number in the NATO alphabet with digits as words
    ps = pp()
    nt = nato_read(ps)
    add("en", OB, f"Radio check, passport for the crew transfer: {nt}. Confirm, over.", [(PASS, nt)])

    # N14 Hanja-written name (old family register)
    hanja = random.choice(["朴成勳", "崔英淑", "金昌浩", "李貞蘭", "鄭大成"])
    add("ko", OB, f"제적등본 판독: 본적 경상북도 安東郡, 戶主 {hanja}, 昭和 拾五年 出生. 유족 확인용.", [(PER, hanja)])

    # N15 e-mail typed with the Hangul IME switched on
    m = "minsu.gwak@naver.com"
    ko_typed = ime_typed(m)
    add("ko", OB, f"회신 주소를 한글 자판으로 잘못 입력하셨네요: {ko_typed} (영문으로 바꿔서 다시 보내 주세요)", [(MAIL, ko_typed)])

    # N16 business number in ruled form boxes
    b = digits(bz())
    boxed = "|".join(b[:3]) + "|-|" + "|".join(b[3:5]) + "|-|" + "|".join(b[5:])
    add("ko", OB, f"[세금계산서 스캔] 공급자 등록번호 |{boxed}|  상호 ○○해양", [(BRN, boxed)])

    # N17 OCR letter-for-digit confusions in an account number
    ac = acct("우리")
    oc2 = ocr_confuse(ac)
    n = kname()
    add("ko", OB, f"[OCR 결과] 예금주 {n} 우리은행 {oc2} (인식률 71%)", [(PER, n), (ACC, oc2)])

    # N18 resident number as a JSON digit array (validator test input)
    r = rrx(1985, 1999)
    arr = ", ".join(digits(r))
    add("mixed", OB, f'{{"case": "checksum", "주민번호_digits": [{arr}], "expect": true}}', [(RRN, arr)])

    # N19 NFD-decomposed Hangul name (macOS file name)
    n = kname()
    d = nfd(n)
    add("mixed", OB, f"첨부파일명: 2024_체류연장_{d}_여권사본.pdf (Mac에서 업로드)", [(PER, d)])

    # N20 HTML tags inside a name (rich-text paste)
    n = kname()
    tagged = n[0] + "<span style=\"color:#000\">" + n[1:-1] + "</span>" + n[-1] if len(n) >= 3 else n[0] + "<b></b>" + n[1:]
    add("mixed", OB, f'<p>접견 신청자: {tagged} (붙여넣기 서식 유지됨)</p>', [(PER, tagged)])


def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentythird")


def self_check(rows: list[dict[str, object]], sample_every: int = 8) -> None:
    """Print a sample of spans with their covered text and stop on an empty, padded or mis-typed span; warn where a
    labelled string occurs more often in the text than it was labelled (a missed mention or a wrongly placed one)."""
    assert len(rows) == 240, len(rows)
    got = Counter((r["kind"], r["lang"]) for r in rows)
    for k, v in WANT.items():
        assert got[k] == v, (k, got[k], v)
    assert sum(v for (kind, _), v in got.items() if kind == "obfuscated") == 40
    assert len({r["text"] for r in rows}) == len(rows), "duplicate case text"
    per_type = Counter(s["entity"] for r in rows for s in r["spans"])  # type: ignore[attr-defined]
    assert all(per_type[e] >= 10 for e in (RRN, ARN, PASS, DLIC, BRN, CRN, HINS, PH, ACC, CARD, MAIL, IP, PER, LOC)), per_type
    for n, (row, case) in enumerate(zip(rows, CASES, strict=True)):
        text = str(row["text"])
        labels = case[3]
        for s in row["spans"]:  # type: ignore[attr-defined]
            cov = text[s["start"] : s["end"]]
            assert cov and cov == cov.strip(), (row["id"], cov)
            assert cov.rstrip(".,;:)]>\"'") == cov or s["entity"] == LOC or (cov.endswith(";") and cov.startswith("&#")), (row["id"], cov)
            assert cov.lstrip(".,;:[<\"'") == cov, (row["id"], cov)
            assert cov[0] != "(" or s["entity"] == PH, (row["id"], cov)
            if s["entity"] in (RRN, ARN) and row["kind"] == "positive":
                d = digits(cov)
                assert len(d) == 13, (row["id"], cov)
                if s["entity"] == ARN:
                    assert d[6] in "5678" and (
                        13
                        - sum(int(a) * w for a, w in zip(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True))
                        % 11
                    ) % 10 == int(d[12]), (row["id"], cov)
                elif not (d[6] in "34" and d[:2] in ("20", "21", "22", "23", "24", "25")):
                    assert rrn_check(d[:12]) == int(d[12]), (row["id"], cov)
            if s["entity"] == CARD and row["kind"] == "positive":
                assert luhn_ok(cov), (row["id"], cov)
            if s["entity"] == BRN and row["kind"] == "positive":
                assert brn(digits(cov)[:9]) == cov, (row["id"], cov)
            if s["entity"] == CRN and row["kind"] == "positive":
                assert crn(digits(cov)[:12]) == cov, (row["id"], cov)
        spans = row["spans"]
        for sub in {sub for _, sub in labels}:
            i = text.find(sub)
            while i >= 0:
                if all(i + len(sub) <= t["start"] or i >= t["end"] for t in spans):  # type: ignore[attr-defined]
                    print(
                        f"  note {row['id']}: unlabelled occurrence of {sub!r} at {i}: ...{text[max(0, i - 15) : i + len(sub) + 15]!r}"
                    )
                i = text.find(sub, i + 1)
        if n % sample_every == 0:
            shown = ", ".join(f"{s['entity']}={text[s['start'] : s['end']]!r}" for s in row["spans"])  # type: ignore[attr-defined]
            print(f"  {row['id']} {row['kind']}/{row['lang']}: {shown or '(no spans)'}")


def main() -> None:
    rows = build()
    self_check(rows)
    write_heldout(Path(__file__).with_name("heldout_twentythird.jsonl"), rows)


if __name__ == "__main__":
    main()
