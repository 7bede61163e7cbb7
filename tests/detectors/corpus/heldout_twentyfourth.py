# ruff: noqa: E501
"""Twenty-fourth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; the [tool.ruff] section of
pyproject.toml; of heldout_twentythird.py lines 1-498 only (module docstring with the labelling conventions and the
previous domains, hard-negative kinds and obfuscation kinds, imports, constants, seed, WANT, add(), value makers; none
of its disguise helpers or cases, lines 499-2000, was read) and lines 2001-2068 (build(), self_check(), main()), with
`sed -n`, plus a `grep -n` of def/constant lines over the `sed -n 1,498p` output to copy the value makers by line
range. Other looks: `wc -l` of those files, an `ls` of tests/detectors/corpus/ (names only), this file's own .jsonl
output read back to check span placement, ruff check and mypy on this file (mypy's one complaint is in spans.py line
70, not here). No git log, git diff, git show or git status was run. The engine and the evaluation script were
neither read nor run on these cases; nothing here was tuned to the engine. WANT is the twenty-third's (140 positive:
60 ko, 40 en, 40 mixed; 60 hard negative: 25/20/15; 40 obfuscated: 16/12/12); build(), self_check() and main() are the
twenty-third's (its lines 2001-2068) with only the row prefix and output file name changed.

Value makers copied unchanged from the twenty-third (its lines 163-497): dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/BANK/
acct/pp/pp_new/REGION/dl/hi/hid/priv_ip/pub_ip/grp/digits/issn/ip6/luhn_digit/pick_mob and KSUR/KGIV/kname, EFIRST/
ELAST/ROMA_GIVEN/ROMA_SUR/ename/rname, FGN/fname, ROADS/kaddr, JIBUN/jibun, EADDR/eaddr, MAILDOM/LOCALS/email, birth/
rrx/arx (only the two section comment lines were reworded). New here: kname2 (two-syllable names),
krare (rare surnames), HFGN/hfname (foreign nationals' names written in Hangul: Vietnamese, Chinese, Japanese, Central
Asian, Mongolian, Filipino, Thai, Nepali), rstyle (romanised Korean names: RR with hyphen in either order,
McCune-Reischauer with breves, older surname spellings, spaced capitals), intl (+82 mobiles), usnum (North American
numbers outside 555), ROADS2/kaddr2 and JIBUN2/jibun2 (more road-name and lot-number addresses), LOCALS2/email2 and
mail_of (more e-mail addresses), AREA/area_of (landline area code matching an address's province), bad_rrn13 (13-digit
tracking numbers with month 13-19) and ean_not_rrn (880-prefixed EAN-13 that does not also pass as a resident number),
for hard negatives. Every disguise helper (fullwidth, interleave, read_digits, mixed_read, math_mono, keycap,
caesar_digits, qp, b32, b64, codes, css_escape, java_u, compat_jamo, hexs, encoded_word, html_dec) is written for this
set. Seed 24_2026_1125_7352. Resident, alien, business and corporate numbers and card numbers carry real check digits
(check_digits.py); the three children born 2021-2024 carry post-October-2020 numbers (tail failing the old checksum);
people born 2000-2010 carry the old checksum with gender digit 3/4. Card prefixes are Visa 4, Mastercard 52/54, Amex
37 (4-6-5) and domestic 9410. Among the hard negatives the EAN-13 and ISBN-13 carry their check digits, the 13-digit
registered-mail numbers cannot be resident numbers, and the ISIN/CUSIP, CAS numbers and case citations are real
public identifiers.

Domains (none in the twenty-third's list): 지방의회 회의록, 농협 조합원 가입, 문화재 발굴 인부 출역부, 공항 보안검색
특이사항, 철도 유실물, 자원봉사센터 등록, 청소년 상담일지, 법률구조 상담 신청, 노인일자리 참여자 명단, 장학재단
생활비 대출, 국가유공자 위탁병원, 외국인 계절근로자 배정, 공공도서관 회원 시스템, 환경미화원 근무표, 시청 당직
일지, 119 신고 녹취, 교육청 학부모 민원, 국세 체납 법인, 지역사랑상품권 가맹점, 전세사기 피해 상담, 재난지원금
이의신청, 학교 급식 알레르기 명단, 개인택시 면허 양수, 수산물 원산지 단속, 국립공원 대피소 환불, 병역판정 재검,
공무원연금 계좌 변경, 인감증명 위임장, 건강보험 피부양자, 돌봄교실 강사 위촉, 공영주차장 정기권, 상수도 다자녀
감면, 마을버스 재정지원, 출산지원금, 주거급여 주택조사, 출장 여비 정산, 한국어교실, 가족센터 통번역, 평생학습관
수강, 체육관 대관, 불법 전단 단속, 공유재산 대부, 장애인 콜택시, 방문건강관리, 희귀질환 의료비, 청년창업센터,
공공와이파이 장애, 구청 홈페이지 관리자 로그, 관용차 운전원, 국외출장 여권, 유학생 장학, 고용허가 기숙사 점검,
어르신 도시락 배달, 이장 수당, 공용차량 사고, 무인민원발급기, 동호회 회비 카톡, 어린이집 입소대기, 도로 파손
민원 회신, 청소년 쉼터; English: immigration-lawyer intake, admissions CRM CSV, auto FNOL, freelancer invoice,
radiology referral, GitHub issue traceback, Salesforce export, Twilio log, chargeback rebuttal, Zoom attendee
report, international driving permit, tenant screening, APIS manifest, hotel folio, certificate of employment,
ride-share incident, bank fraud alert, helpdesk ticket, GuardDuty finding, fail2ban, Apache access log, recruiter
notes, donation pledge, clinical-trial screening log, field-trip slip, volunteer background check, court service
list, collision statement, exchange-student record, jeonse pre-approval, vendor master, customs declaration,
medical-tourism e-mail, Okta log, Jenkins env dump, Teams chat, podcast release, gym cancellation, EMS handover,
library card; mixed: Django fixture, SQL INSERT, nested wallet JSON, HL7 SIU, vCard, XML 민원회신, YAML on-call,
Excel paste, pytest, log4j, Airflow alert, Slack export, Notion table, Jira, HTTPie, tfvars, Ansible inventory,
application.properties, Kotlin/Swift/Rust tests, Dockerfile LABEL, .env, protobuf text, Elasticsearch hits, Redis
MONITOR, nginx log, Kafka consumer, pandas and R prints, e-mail headers, KakaoTalk export, OCR'd lease, meeting
notes, CSV, Sentry event, Firestore export, MyBatis mapper, PostgreSQL COPY, git commit.

Hard-negative kinds (60, none in the twenty-third's list): 관용차 번호판, 법원 사건번호, 13자리 등기번호 (not a valid
resident number), 880 EAN-13 바코드, ISBN-13, 언론 속 공인 (작가·감독·선수, 한강 pun), 사람 이름을 딴 상호
(김가네·원할머니·놀부·정관장), 사람 이름처럼 보이는 지명 (김포·이천·정선·홍천·하남·고성), 사람 이름 같은 기관명
(한마음·다온·새롬·은빛나래), 성만 남긴 비실명 (김○○·이△△), 연령요건 생년월일 기준일, 지급 실적 통계 next to 연락·
계좌, 역사 인물 (유관순·안중근·이순신), 고전 소설 인물 (성춘향·이몽룡·심청·흥부), 의안번호·회차, 택배 운송장번호,
공공시설 GPS 좌표, IPv4처럼 보이는 펌웨어 버전, 요양급여·약제 코드 next to 건강보험, 병역판정 등급 통계, 연금기금
공시 next to 계좌, 급식 알레르기 번호 열 (5.6.9.10.13), 민원실 대기번호, 예약번호 형식 안내, 면허·주민번호 언급만
있는 구비서류 안내; politicians and celebrities in a press digest, brands named after people (Ben & Jerry's, Tim
Hortons, Johnnie Walker), eponymous diseases, US case citations (Miranda v. Arizona), GL account codes next to
"account number", CAS numbers, NDC codes, ISIN/CUSIP, VINs, UPS/FedEx tracking numbers, dotted firmware/build numbers,
vanity toll-free company numbers, literary characters (Elizabeth Bennet), eponymous awards (Fulbright, Rhodes), DOI/
arXiv/PMID, Zoom meeting ID and passcode, flight and bag-tag numbers, lottery numbers, FIPS and census tract codes,
eponymous algorithms and languages (Dijkstra, Pascal, Ada); mixed: APA citations with surname and initials, voice
assistant names (Siri, Alexa, Bixby), spreadsheet formulas and cell ranges, HS codes, KSCO/KSIC codes, bus routes and
ARS stop numbers, romanised place names that look like given names (Sejong, Jinju), titles containing names ('82년생
김지영', 'Kim's Convenience'), specimen IDs, tax item codes with totals, eponymous algorithms in a wiki, zero-filled
dummy values and example.com in an API spec, transit firmware and route counts, budget account code next to
'account', equipment serial and KPI figures.

Labelling decisions: the twenty-third set's rules (its docstring, which carries the earlier sets' forward) apply
unchanged. Made explicit or added here:
- PERSON: a foreign national's name written in Hangul is one span with its internal spaces; a romanised Korean name
  in any style (hyphenated given name, McCune-Reischauer breves and apostrophes, spaced capitals) is one span; a
  Korean name transcribed in katakana (with the middle dot) is one span. Chat speakers, @-mentions, e-mail display
  names, signatures and table cells are labelled like prose. Public figures named in news, historical and literary
  figures, surname-only masked names, citation surnames with initials and titles of works are never labelled.
- LOCATION: a Korean address inside English text follows the Korean rule; an English-order address without a
  postcode runs through the city. A vCard ADR street component is labelled in Korean order (road then number).
- PHONE_NUMBER: a foreign mobile (+66) is labelled like +82/+1; vanity company toll-free numbers are not.
- Never labelled (beyond the twenty-third's list): vehicle plates, court case numbers, registered-mail and parcel
  tracking numbers, EAN/ISBN/ISSN, VINs, NDC/CAS/ISIN/CUSIP, Zoom meeting IDs and passcodes, bag tags, firmware
  versions that look like IPv4, allergen code runs, coordinates of public facilities, zero-filled dummy values and
  example.com addresses, birth-date cut-offs in rules.
- Disguise spans (added): a value split across two sentences runs from its first digit to its last, the words between
  inside; a number spoken with "and then" likewise; a value with a noted decoy digit is labelled as written, decoy
  included; a Caesar-shifted value is labelled on the shifted token; a String.fromCharCode or SQL CHAR() argument list
  runs from the first code to the last; CSS escapes from the first backslash to the last hex digit; Java \\uXXXX
  escapes whole; an Excel concatenation from the value's first character to its last with the "&" glue inside; a
  document.write e-mail from the local part's first character to the domain's last with quotes and + inside; an RFC
  2047 encoded-word whole (=?UTF-8?B?...?=); each quoted-printable value (name, address) on its encoded token with the
  ASCII parts inside; keycap emoji from the first digit to the last enclosing keycap; a vertical name from its first
  syllable to its last with the line breaks inside; base32 with its padding; a percent-encoded address whole.

Obfuscation kinds (40). Common (20): fullwidth-digit mobile number (HWP copy), word joiners (U+2060) in a resident
number, card number with every digit spaced, alien registration number with dots between the digits, mobile number
read aloud in Sino-Korean digits (STT), base64 resident number in JSON, percent-encoded Korean address in a URL,
ASCII-hex phone number, (at)/(dot) e-mail, 골뱅이/점 e-mail, account number broken over lines (bank-book OCR), spaced
Hangul name syllables, " dot "/" at " e-mail, fullwidth business registration number, zero-width non-joiner in a
passport number, IPv4 defanged with [.], health insurance number with a space between every digit, English name in
letter-spaced capitals, e-mail as HTML decimal character references, driver's licence with middle dots for hyphens.
New (20): mobile number with digits alternately Arabic and Sino-Korean, resident number split across two sentences,
account number with a decoy digit added and the removal noted, card number in Unicode mathematical monospace digits,
name written vertically one syllable per line (envelope scan), phone number with every digit Caesar-shifted by 3 and a
note, name spelt in Hangul compatibility jamo, mobile number in keycap emoji, e-mail as base32, e-mail built with
JavaScript String.fromCharCode, e-mail assembled by document.write, phone number spoken with "and then" between the
groups, display name as an RFC 2047 encoded-word, quoted-printable e-mail body (name, address), resident number
concatenated in an Excel formula, phone number as a SQL CHAR() code list, phone number as CSS content escapes, alien
registration number in Chinese financial numerals (大写), Korean name transcribed in katakana, name as Java \\uXXXX
escapes in a .properties file."""

from __future__ import annotations

import base64
import random
import urllib.parse
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import (
    arn,
    brn,
    card,
    crn,
    ean13,
    isbn13,
    luhn_ok,
    rrn,
    rrn_check,
    rrn_new,
    valid_date,
)
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

random.seed(24_2026_1125_7352)

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


# ---------------------------------------------------------------- value makers copied from the twenty-third set (its lines 163-497) unchanged
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


# ---------------------------------------------------------------- (still copied: the makers the twenty-third added)
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


# ---------------------------------------------------------------- value makers new for this set
GIV1 = "솔 별 훈 결 찬 란 혁 빈 슬 담 율 건 현 완 늘".split()
KSUR_RARE = "즙 견 탄 빙 옹 묵 뇌 편 팽 승 판 초 낭 내 사공 서문".split()


def kname2() -> str:
    """A two-syllable Korean name: one-syllable surname and one-syllable given name."""
    return random.choice([s for s in KSUR if len(s) == 1]) + random.choice(GIV1)


def krare() -> str:
    """A Korean name with a rare surname."""
    return random.choice(KSUR_RARE) + random.choice(KGIV)


HFGN = {
    "vn": ["응우옌 반 훙", "쩐 티 란", "팜 민 뚜언", "레 티 투 하", "호앙 반 남", "부 티 흐엉"],
    "cn": ["장웨이민", "류샤오옌", "왕리핑", "천젠궈", "자오메이링"],
    "jp": ["사토 하루카", "다나카 유이치", "야마모토 아야", "스즈키 겐타"],
    "ca": ["압둘라예프 보부르", "카리모바 딜노자", "유수포바 마디나", "토흐타로프 아자마트"],
    "mn": ["바트바야르 간볼드", "도르지 엥흐자르갈", "어트겅바야르 솔롱고"],
    "ph": ["마리아 로사 산토스", "제프리 델라크루스", "크리스틴 레예스"],
    "th": ["솜차이 분마", "니빠폰 삭다", "와랏 분쏨"],
    "np": ["비카스 타파", "수닐 구룽", "람 바하두르 라이", "사비타 마가르"],
}


def hfname(origin: str) -> str:
    """A foreign national's name as written in Hangul (Vietnamese, Chinese, Japanese, Central Asian, Mongolian,
    Filipino, Thai, Nepali)."""
    return random.choice(HFGN[origin])


RR_HYPH = (
    "Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Hyun-woo Ye-rin Jun-seo Su-bin Jeong-woo Seung-hyun Tae-yoon "
    "Na-yeon Dong-hyun Hye-jin Sung-min Eun-ji Jae-hoon Hye-won Chang-ho Kyung-a"
).split()
MR_SUR = "Pak Yi Kim Ch'oe Chŏng Kang Cho Yun Chang Im Han O Sŏ Sin Kwŏn Hwang An Song Yu Chŏn Hong Ko Mun".split()
MR_GIV = "Sŏng-ho Hyŏn-suk Kyŏng-a Yŏng-su Myŏng-suk Chŏng-min Sŭng-hyŏn Tŏk-su Ch'un-ja Chae-hun Hye-wŏn Tong-hyŏn".split()
ALT_SUR = "Rhee Chung Choe Yi Pak Gim Kang Yun Ko Noh Yoo Bae".split()


def rstyle(style: str) -> str:
    """A romanised Korean name in one of several styles: 'rr-hyphen' (Kim Min-jun), 'western-hyphen' (Min-jun Kim),
    'mr' (McCune-Reischauer with breves), 'alt' (older surname spellings, Rhee Jiho) or 'caps' (KIM MIN JUN)."""
    if style == "rr-hyphen":
        return f"{random.choice(ROMA_SUR)} {random.choice(RR_HYPH)}"
    if style == "western-hyphen":
        return f"{random.choice(RR_HYPH)} {random.choice(ROMA_SUR)}"
    if style == "mr":
        return f"{random.choice(MR_SUR)} {random.choice(MR_GIV)}"
    if style == "alt":
        return f"{random.choice(ALT_SUR)} {random.choice(ROMA_GIVEN)}"
    return f"{random.choice(ROMA_SUR).upper()} {random.choice(RR_HYPH).upper().replace('-', ' ')}"


def intl(sep: str = "-") -> str:
    """A Korean mobile number with the +82 prefix (leading 0 dropped)."""
    m = pick_mob()
    return f"+82{sep}10{sep}{m[4:8]}{sep}{m[9:]}"


US_AREA = ["206", "312", "415", "503", "614", "617", "702", "718", "919", "971", "404", "512"]


def usnum(style: str = "paren") -> str:
    """A North American number outside the 555 range: 'paren' (206) 438-1190, 'dash', 'dot' or 'e164'."""
    a = random.choice(US_AREA)
    ex = fmt("MNN")
    while ex == "555":
        ex = fmt("MNN")
    line = dg(4)
    if style == "paren":
        return f"({a}) {ex}-{line}"
    if style == "dash":
        return f"{a}-{ex}-{line}"
    if style == "dot":
        return f"{a}.{ex}.{line}"
    return f"+1 {a} {ex} {line}"


ROADS2 = [
    ("강원특별자치도", "강릉시", "경강로", "임당동"),
    ("경상북도", "안동시", "경동로", "안기동"),
    ("전라남도", "목포시", "영산로", "용당동"),
    ("제주특별자치도", "제주시", "연북로", "노형동"),
    ("충청남도", "공주시", "웅진로", "웅진동"),
    ("인천광역시", "강화군", "강화대로", "강화읍"),
    ("경기도", "파주시", "문산역로", "문산읍"),
    ("서울특별시", "중랑구", "망우로", "상봉동"),
    ("부산광역시", "영도구", "태종로", "영선동"),
    ("울산광역시", "동구", "방어진순환도로", "방어동"),
    ("전북특별자치도", "군산시", "대학로", "미룡동"),
    ("경상남도", "통영시", "통영해안로", "항남동"),
    ("충청북도", "충주시", "중원대로", "연수동"),
    ("대구광역시", "달서구", "월배로", "진천동"),
]


def kaddr2(detail: str = "random") -> str:
    """A road-name address from a second list of roads (same labelling as kaddr)."""
    sido, sgg, road, dong = random.choice(ROADS2)
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(2, 390)}" + (f"-{random.randint(2, 19)}" if random.random() < 0.3 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 112)}동 {random.randint(2, 19)}0{random.randint(1, 4)}호"
    if mode == "floor":
        return f"{head} {num}, {random.randint(2, 6)}층"
    if mode == "ref":
        return f"{head} {num}({dong})"
    return f"{head} {num}"


JIBUN2 = [
    ("전라남도 완도군 노화읍", "이포리"),
    ("경상남도 남해군 창선면", "지족리"),
    ("충청북도 괴산군 청천면", "사담리"),
    ("강원특별자치도 양구군 해안면", "현리"),
    ("경기도 연천군 미산면", "백석리"),
    ("전북특별자치도 부안군 변산면", "격포리"),
    ("경상북도 의성군 단밀면", "낙정리"),
    ("충청남도 서천군 한산면", "지현리"),
]


def jibun2() -> str:
    a, b = random.choice(JIBUN2)
    return f"{a} {b} {random.randint(11, 880)}" + (f"-{random.randint(1, 9)}" if random.random() < 0.6 else "")


LOCALS2 = (
    "tkdwls0917 yeonhee.b gold_moon kjs1203 hyunah.lee sunny_oh dbswl22 mjpark.work cheolsu.k nari0505 "
    "b.hyejin wldms99 sj.baek hoon_0316 a.yoon"
).split()
MAILDOM2 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "korea.kr", "icloud.com", "hanmail.net", "yahoo.co.kr"]


def email2(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS2)}@{domain or random.choice(MAILDOM2)}"


def mail_of(name: str, domain: str, sep: str = ".") -> str:
    """An e-mail address built from an English or romanised name (first.last@domain)."""
    parts = name.lower().replace("-", "").split()
    return f"{parts[0]}{sep}{parts[-1]}@{domain}"


AREA = {
    "서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042", "울산": "052",
    "세종": "044", "경기": "031", "강원": "033", "충청북도": "043", "충북": "043", "충청남도": "041", "충남": "041",
    "전북": "063", "전라남도": "061", "전남": "061", "경상북도": "054", "경북": "054", "경상남도": "055", "경남": "055",
    "제주": "064",
}


def area_of(addr: str) -> str:
    """The landline area code of the province an address starts with."""
    return next(v for k, v in AREA.items() if addr.startswith(k))


def bad_rrn13() -> str:
    """Thirteen digits that cannot be a resident number (month 13-19), for tracking-number negatives."""
    return f"6{random.randint(0, 9)}{random.randint(13, 19)}{dg(9)}"


def ean_not_rrn() -> str:
    """A Korean EAN-13 (prefix 880) whose thirteen digits do not also pass as a resident number."""
    while True:
        e = ean13("880" + dg(9))
        if not (valid_date(e[:6], int(e[6])) and rrn_check(e[:12]) == int(e[12])):
            return e


# ---------------------------------------------------------------- disguise helpers (all written for this set)
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-@.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
SINO_YEONG = dict(zip("0123456789", "영일이삼사오육칠팔구", strict=True))
CN_FIN = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖", strict=True))
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]


def fullwidth(s: str) -> str:
    return "".join(FW.get(c, c) for c in s)


def interleave(s: str, filler: str) -> str:
    """Put `filler` between every two characters (zero-width characters, spaces, dots, hyphens)."""
    return filler.join(s)


def read_digits(s: str, table: dict[str, str], keep_dash: str | None = None) -> str:
    """Digits replaced by words or other numerals; a hyphen kept as `keep_dash` or dropped when None."""
    out = []
    for c in s:
        if c.isdigit():
            out.append(table[c])
        elif c == "-" and keep_dash is not None:
            out.append(keep_dash)
    return "".join(out)


def mixed_read(s: str) -> str:
    """Every other digit written as its Sino-Korean word, the rest left Arabic (typed to dodge a pattern)."""
    out, k = [], 0
    for c in s:
        if c.isdigit():
            out.append(SINO[c] if k % 2 else c)
            k += 1
        else:
            out.append(c)
    return "".join(out)


def math_mono(s: str) -> str:
    """Digits as MATHEMATICAL MONOSPACE DIGIT characters (U+1D7F6..)."""
    return "".join(chr(0x1D7F6 + int(c)) if c.isdigit() else c for c in s)


def keycap(s: str) -> str:
    """Digits as keycap emoji (digit, VS16, COMBINING ENCLOSING KEYCAP); other characters dropped."""
    return "".join(c + "\ufe0f\u20e3" for c in s if c.isdigit())


def caesar_digits(s: str, k: int) -> str:
    return "".join(str((int(c) + k) % 10) if c.isdigit() else c for c in s)


def qp(s: str) -> str:
    """Quoted-printable of the UTF-8 bytes of every non-ASCII character (spaces kept as they are)."""
    return "".join(c if c.isascii() else "".join(f"={b:02X}" for b in c.encode()) for c in s)


def b32(s: str) -> str:
    return base64.b32encode(s.encode()).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def codes(s: str, sep: str = ",") -> str:
    """Decimal code points joined (String.fromCharCode / CHAR() argument lists)."""
    return sep.join(str(ord(c)) for c in s)


def css_escape(s: str) -> str:
    """CSS escapes, each code point in hex followed by a space; the final space dropped."""
    return " ".join(f"\\{ord(c):x}" for c in s)


def java_u(s: str) -> str:
    return "".join(f"\\u{ord(c):04X}" for c in s)


def compat_jamo(name: str) -> str:
    """A Hangul name spelt out letter by letter in compatibility jamo (ㄱㅣㅁ...)."""
    out = []
    for ch in name:
        i = ord(ch) - 0xAC00
        if 0 <= i < 11172:
            out.append(CHO[i // 588] + JUNG[(i % 588) // 28] + JONG[i % 28])
        else:
            out.append(ch)
    return "".join(out)


def hexs(s: str) -> str:
    return s.encode().hex()


def encoded_word(s: str) -> str:
    """An RFC 2047 encoded-word (UTF-8, B encoding), as a mail client writes a non-ASCII display name."""
    return f"=?UTF-8?B?{b64(s)}?="


def html_dec(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


# ---------------------------------------------------------------- positives, Korean
def positives_ko() -> None:
    # 지방의회 회의록: 위원 발언 속 민원인
    n, a, p = kname(), kaddr2("apt"), pick_mob()
    add(
        "ko",
        P,
        f"제287회 ○○군의회 임시회 산업건설위원회 회의록(속기 초안)\n○위원장: 다음 안건 전에 민원 하나 짚고 가겠습니다.\n○위원: 지난주 {a}에 거주하시는 {n} 어르신께서 옹벽 균열 때문에 세 번째로 전화를 주셨습니다. 본인 휴대전화 {p}로 결과를 꼭 알려 달라고 하셨고요.\n○건설교통과장: 현장 확인 후 서면으로 보고드리겠습니다.",
        [(LOC, a), (PER, n), (PH, p)],
    )
    # 농협 조합원 가입신청서 (양식 복사)
    n, r, a, p, ac = kname(), rrx(1952, 1974), jibun2(), mob(), acct("농협")
    add(
        "ko",
        P,
        f"┌ 조합원 가입신청서 ────────────────┐\n│ 성    명 │ {n}            │\n│ 주민등록번호 │ {r}   │\n│ 주    소 │ {a} │\n│ 휴대전화 │ {p}          │\n│ 출자금 이체계좌 │ 농협 {ac} │\n└──────────────────────────┘\n위 본인은 ○○농업협동조합 정관에 동의하며 조합원 가입을 신청합니다.",
        [(PER, n), (RRN, r), (LOC, a), (PH, p), (ACC, ac)],
    )
    # 문화재 발굴 인부 출역부 (엑셀 탭 붙여넣기)
    rows = [(kname(), rrx(1955, 1970), b, acct(b)) for b in ("우체국", "국민", "신협")]
    body = "\n".join(f"{i + 1}\t{x[0]}\t{x[1]}\t{x[2]}\t{x[3]}\t{random.randint(8, 21)}" for i, x in enumerate(rows))
    labels: list[tuple[str, str]] = []
    for r_rows in rows:
        labels += [(PER, r_rows[0]), (RRN, r_rows[1]), (ACC, r_rows[3])]
    add("ko", P, f"○○리 유물산포지 시굴조사 11월 출역부 (노임 지급용)\n연번\t성명\t주민등록번호\t은행\t계좌번호\t출역일수\n{body}\n※ 일당 143,000원, 소득세 원천징수 후 지급", labels)
    # 공항 보안검색 적발 보고
    n, pn, ph, st = kname(), pp_new("M"), intl(" "), kname2()
    add(
        "ko",
        P,
        f"[보안검색 특이사항 보고] 11.18(월) 06:42 제2여객터미널 3번 검색대\n- 대상 승객: {n} (여권 {pn}), KE621 마닐라행\n- 내용: 기내 휴대수하물에서 보조배터리 32,000mAh 2개 발견, 승객 동의 하에 위탁 전환\n- 승객 연락처: {ph}\n- 보고자: 보안검색요원 {st}",
        [(PER, n), (PASS, pn), (PH, ph), (PER, st)],
    )
    # 철도 유실물 (메신저)
    n, c, p, d = kname(), cc("9410"), pick_mob(), dl()
    add(
        "ko",
        P,
        f"[유실물센터] 어제 KTX 137열차 7호차 선반에서 나온 반지갑 건입니다. 안에 신한 체크카드 {c} 한 장, 운전면허증(면허번호 {d}, 성명 {n}) 한 장 있어요. 주인으로 보이는 분이 {p}로 전화 주셔서 내일 대전역에서 수령하기로 했습니다.",
        [(CARD, c), (DLIC, d), (PER, n), (PH, p)],
    )
    # 자원봉사센터 등록 (key: value)
    n, p, e, a = kname2(), mob(), email2(), kaddr("ref", short=True)
    add(
        "ko",
        P,
        f"자원봉사자 신규 등록 요청\n이름: {n}\n생년월일: 1998.07.02\n휴대폰: {p}\n이메일: {e}\n주소: {a}\n희망 활동: 무료급식 배식, 주말\n메모: 본인이 1365 아이디 분실했다고 함",
        [(PER, n), (PH, p), (MAIL, e), (LOC, a)],
    )
    # 청소년 상담 일지
    s, g, gp, c = kname(), kname(), pick_mob(), kname()
    add(
        "ko",
        P,
        f"청소년상담복지센터 상담일지 (비공개)\n내담자: {s}(중2, 가명 아님)\n주호소: 교우관계 어려움, 야간 외출 반복\n보호자: 모 {g} / {gp} — 상담 내용 공유는 동의받은 범위만\n상담자: {c} 상담사\n다음 회기: 11/27 16:00",
        [(PER, s), (PER, g), (PH, gp), (PER, c)],
    )
    # 법률구조공단 상담 신청 (OCR, 줄 끊김)
    n, r, a, o = kname(), rrx(1961, 1985), kaddr("apt"), kname()
    p = land(area_of(a))
    add(
        "ko",
        P,
        f"법률상담 신청서\n신 청 인  성명 {n}\n주민등록번호 {r}\n주소 {a}\n전화 {p}\n상대방  성명 {o} (임대인)\n상담요지  보증금 반환 지연, 계약 종료 후 4개월 경\n과, 내용증명 발송함",
        [(PER, n), (RRN, r), (LOC, a), (PH, p), (PER, o)],
    )
    # 노인일자리 참여자 명단 (CSV, 따옴표 필드)
    rows2 = [(krare(), rrx(1940, 1957), land("054")), (kname(), rrx(1940, 1957), mob())]
    body = "\n".join(f'"{i + 1}","{x[0]}","{x[1]}","{x[2]}","공익활동(스쿨존 교통지원)"' for i, x in enumerate(rows2))
    labels = []
    for r_rows2 in rows2:
        labels += [(PER, r_rows2[0]), (RRN, r_rows2[1]), (PH, r_rows2[2])]
    add("ko", P, f'"연번","성명","주민등록번호","연락처","사업유형"\n{body}', labels)
    # 장학재단 (메일 답장)
    n, r, ac, e = kname(), rrx(2002, 2005, dash=False), acct("카카오뱅크"), email()
    add(
        "ko",
        P,
        f"{n} 학생 안녕하세요, 장학재단 생활비 대출 담당입니다.\n보내주신 주민등록번호 {r}와 가족관계증명서의 번호가 일치하지 않아 실행이 보류되었습니다. 대출금 입금 계좌는 카카오뱅크 {ac}로 확인됩니다. 서류 재제출은 {e}로 회신 주셔도 됩니다.",
        [(PER, n), (RRN, r), (ACC, ac), (MAIL, e)],
    )
    # 국가유공자 위탁병원 진료 (보훈 감면)
    n, h, p, d = kname(), hi(), land("062"), kname()
    add(
        "ko",
        P,
        f"위탁병원 진료의뢰 회신\n국가유공자 {n} 님(상이 6급)의 건강보험증 번호 {h}로 조회한 결과 감면 대상 자격이 확인됩니다. 진료비 청구 시 보훈 감면 코드 적용 부탁드립니다.\n문의: 원무과 {d} / {p}",
        [(PER, n), (HINS, h), (PER, d), (PH, p)],
    )
    # 외국인 계절근로자 배정표
    w = [(hfname("vn"), "베트남", arx(1988, 1999)), (hfname("ph"), "필리핀", arx(1985, 1999)), (hfname("vn"), "베트남", arx(1990, 1999))]
    farm, fp = kname(), mob()
    body = "\n".join(f"{x[0]}\t{x[1]}\t{x[2]}" for x in w)
    labels = []
    for r_w in w:
        labels += [(PER, r_w[0]), (ARN, r_w[2])]
    add("ko", P, f"2025 상반기 외국인 계절근로자 농가 배정(2차)\n농가주: {farm} ({fp}) / 작목: 고추·배추\n성명\t국적\t외국인등록번호\n{body}", [(PER, farm), (PH, fp), *labels])
    # 공공도서관 회원 (시스템 문의)
    n, p, e = kname(), mob(""), email2()
    add(
        "ko",
        P,
        f"안녕하세요, 통합도서관 시스템 유지보수 업체입니다. 회원 한 분이 가입이 안 된다고 하셔서 확인 부탁드립니다. 입력값: 이름={n}, 휴대폰={p}, 이메일={e}. 휴대폰 본인인증에서 '이미 등록된 번호' 오류가 납니다.",
        [(PER, n), (PH, p), (MAIL, e)],
    )
    # 환경미화원 근무표 (마크다운)
    crew = [(kname(), mob()), (kname2(), mob()), (krare(), mob())]
    body = "\n".join(f"| {z} | {x[0]} | {x[1]} | {d} |" for z, x, d in zip(("1구역", "2구역", "3구역"), crew, ("화", "목", "토"), strict=True))
    labels = []
    for r_crew in crew:
        labels += [(PER, r_crew[0]), (PH, r_crew[1])]
    add("ko", P, f"### 12월 1주 환경미화원 근무표\n| 구역 | 성명 | 비상연락 | 휴무 |\n|---|---|---|---|\n{body}\n\n※ 폭설 시 새벽 4시 비상소집", labels)
    # 시청 당직 일지
    a1, n1, p1, a2, n2, dj = kaddr("floor"), kname(), pick_mob(), kaddr2("ref"), kname(), kname()
    add(
        "ko",
        P,
        f"당직 근무일지 (11.23. 토)\n22:14 {a1} 상가 주민 {n1}(☎ {p1}) 인근 노래방 소음 신고 → 경찰 이첩\n01:37 {a2} 앞 가로등 고장, 신고자 {n2} 씨는 연락처 남기지 않음\n당직책임관 {dj} (서명)",
        [(LOC, a1), (PER, n1), (PH, p1), (LOC, a2), (PER, n2), (PER, dj)],
    )
    # 119 신고 녹취 (STT)
    a, n, p = kaddr("ref"), kname(), pick_mob()
    add(
        "ko",
        P,
        f"[119 종합상황실 녹취 STT]\n접수: 119입니다. 어디십니까?\n신고자: 여기 {a}요, 1층 식당 주방에서 연기가 나요.\n접수: 신고자분 성함이 어떻게 되세요?\n신고자: {n}입니다. 제 번호는 {p}이고요.\n접수: 네, 출동했습니다. 건물 밖으로 나가 계세요.",
        [(LOC, a), (PER, n), (PH, p)],
    )
    # 교육청 민원 (학부모 메일)
    pa, e, ch, t, p = kname(), email(), kname(), kname(), mob()
    add(
        "ko",
        P,
        f"보낸사람: {pa} <{e}>\n받는사람: 교육지원청 민원실\n제목: 방과후 강사 교체 요청\n\n저희 아이 {ch}(3학년 2반)이 담임 {t} 선생님께 말씀드렸는데도 해결이 안 되어 메일 드립니다. 통화 가능한 번호는 {p}입니다.",
        [(PER, pa), (MAIL, e), (PER, ch), (PER, t), (PH, p)],
    )
    # 국세 체납 (법인 명단)
    r1 = (kname(), bz(), cr("110111"), kaddr("floor"))
    r2 = (kname(), bz(), cr("134811"), kaddr2("floor"))
    add(
        "ko",
        P,
        f"고액·상습 체납 법인 현장징수 대상 (내부 검토용)\n1) ㈜한결산업 대표 {r1[0]} / 사업자 {r1[1]} / 법인 {r1[2]} / {r1[3]} / 체납 3억 1,200만원\n2) ㈜다온물류 대표 {r2[0]} / 사업자 {r2[1]} / 법인 {r2[2]} / {r2[3]} / 체납 1억 8,750만원",
        [(PER, r1[0]), (BRN, r1[1]), (CRN, r1[2]), (LOC, r1[3]), (PER, r2[0]), (BRN, r2[1]), (CRN, r2[2]), (LOC, r2[3])],
    )
    # 지역화폐 가맹점 등록
    n, b, a, ac = kname(), bz(), kaddr("none"), acct("부산")
    p = land(area_of(a))
    add(
        "ko",
        P,
        f"지역사랑상품권 가맹점 등록 신청서 (온라인 접수분 출력)\n상호: 영도할매국밥\n대표자: {n}\n사업자등록번호: {b}\n사업장 소재지: {a}\n정산 계좌: 부산은행 {ac} (예금주 {n})\n가게 전화: {p}",
        [(PER, n), (BRN, b), (LOC, a), (ACC, ac), (PER, n), (PH, p)],
    )
    # 전세사기 피해 상담 메모
    ll, lr, a, ac, br = kname(), rrx(1968, 1990), kaddr2("apt"), acct("하나"), kname()
    bp = land(area_of(a))
    add(
        "ko",
        P,
        f"전세피해지원센터 상담 메모\n- 피해 주택: {a}\n- 임대인 {ll}, 계약서상 주민번호 {lr} (현재 연락 두절)\n- 보증금 1억 6천 송금 계좌: 하나 {ac}\n- 중개사무소 대표 {br} 공인중개사 ☎ {bp}\n- 경매 개시 결정 여부 확인 필요",
        [(LOC, a), (PER, ll), (RRN, lr), (ACC, ac), (PER, br), (PH, bp)],
    )
    # 재난지원금 이의신청
    n, r, f, ac = kname(), rrx(1958, 1980), kname(), acct("우체국")
    add(
        "ko",
        P,
        f"재난지원금 이의신청 접수(방문)\n신청인 {n}({r})은 세대원 {f}의 건강보험료 산정이 잘못되어 지급 대상에서 빠졌다고 주장함. 지급 결정 시 우체국 {ac}로 입금 희망. 담당 확인 후 3일 내 회신.",
        [(PER, n), (RRN, r), (PER, f), (ACC, ac)],
    )
    # 학교 급식 알레르기 명단
    kids = [(kname(), mob()), (kname2(), mob()), (hfname("cn"), mob())]
    body = "\n".join(f"{c}\t{x[0]}\t{al}\t{x[1]}" for c, x, al in zip(("1-3", "2-1", "4-2"), kids, ("①난류 ⑤대두", "⑥밀", "③우유 ⑨새우"), strict=True))
    labels = []
    for r_kids in kids:
        labels += [(PER, r_kids[0]), (PH, r_kids[1])]
    add("ko", P, f"2학기 급식 알레르기 관리 학생 명단 (영양교사용)\n학년반\t이름\t알레르기\t보호자 연락처\n{body}", labels)
    # 개인택시 면허 양수
    n, r, d, s, p = kname(), rrx(1962, 1978, female=False), dl("서울", named=True), kname(), pick_mob()
    add(
        "ko",
        P,
        f"개인택시 운송사업 양도·양수 인가 신청 검토\n양수인: {n} (주민등록번호 {r})\n운전면허: 1종 보통 {d}\n양도인: {s} — 질병으로 양도, 진단서 첨부\n양수인 연락처 {p} / 무사고 경력 증명 미제출",
        [(PER, n), (RRN, r), (DLIC, d), (PER, s), (PH, p)],
    )
    # 수산물 원산지 단속
    n, b, c_, a = kname(), bz(), cr("194211"), jibun2()
    p = land(area_of(a))
    add(
        "ko",
        P,
        f"원산지 표시 위반 적발 보고\n업소: ㈜○○수산 (사업자등록번호 {b}, 법인등록번호 {c_})\n대표: {n}\n소재지: {a}\n위반: 일본산 참돔을 국내산으로 표시 (수조 POP)\n업소 전화 {p}, 현장 확인서 서명 받음",
        [(BRN, b), (CRN, c_), (PER, n), (LOC, a), (PH, p)],
    )
    # 국립공원 대피소 예약 환불 민원
    n, c, p = kname(), cc("52"), pick_mob()
    add(
        "ko",
        P,
        f"국립공원 예약 환불 요청드립니다. 세석대피소 12/7 2인 예약인데 결제가 두 번 됐어요. 결제 카드는 {c}이고 예약자는 {n}, 연락처 {p}입니다. 한 건은 취소해 주세요.",
        [(CARD, c), (PER, n), (PH, p)],
    )
    # 병역 판정검사 재검
    n, r, a, p, h = kname(), rrx(2004, 2006, female=False), kaddr("apt"), mob(), hid()
    add(
        "ko",
        P,
        f"병역판정검사 재신체검사 신청 (지방병무청 제출 전 검토)\n성명 {n} / 주민등록번호 {r}\n주소 {a}\n연락처 {p}\n첨부: 진단서(건강보험 {h}, 십자인대 파열)",
        [(PER, n), (RRN, r), (LOC, a), (PH, p), (HINS, h)],
    )
    # 공무원연금 지급계좌 변경
    n, r, a1, a2, p = kname(), rrx(1955, 1964), acct("국민"), acct("농협"), land("02")
    add(
        "ko",
        P,
        f"퇴직연금 지급계좌 변경 신청\n수급자: {n}\n주민등록번호: {r}\n기존 계좌: 국민 {a1}\n변경 계좌: 농협 {a2}\n자택 전화: {p}\n※ 본인 서명 확인, 통장 사본 첨부",
        [(PER, n), (RRN, r), (ACC, a1), (ACC, a2), (PH, p)],
    )
    # 인감증명 대리발급 위임장
    wn, wr, wa, dn, dr, dp = kname(), rrx(1935, 1950), kaddr2("none"), kname(), rrx(1965, 1980), mob()
    add(
        "ko",
        P,
        f"위 임 장\n위임자  성명: {wn}  주민등록번호: {wr}\n        주소: {wa}\n대리인  성명: {dn}  주민등록번호: {dr}  연락처: {dp}\n위임자와의 관계: 자\n위 사람에게 인감증명서 발급 신청에 관한 권한을 위임합니다.",
        [(PER, wn), (RRN, wr), (LOC, wa), (PER, dn), (RRN, dr), (PH, dp)],
    )
    # 건강보험 피부양자 등록 (회사 담당자 메신저)
    e, h, sp, sr, ch = kname(), hi(), kname(), rrx(1988, 1994, female=True), kname()
    _, cb = birth(2021, 2023)
    crr = rn(cb, random.choice((3, 4)))
    add(
        "ko",
        P,
        f"[사내 메신저] 인사팀 ▶ 총무팀\n{e} 대리 피부양자 추가 건이요. 직원 건강보험증 번호 {h}, 배우자 {sp}({sr}), 자녀 {ch}({crr}) 두 명 등록 요청합니다. 가족관계증명서는 메일로 보냈어요.",
        [(PER, e), (HINS, h), (PER, sp), (RRN, sr), (PER, ch), (RRN, crr)],
    )
    # 돌봄교실 강사 위촉
    n, r, ac, e, a = kname(), rrx(1975, 1992, female=True), acct("신협"), email2(), kaddr("apt", short=True)
    add(
        "ko",
        P,
        f"초등 돌봄교실 프로그램 강사 위촉 서류 확인\n• 강사명: {n}\n• 주민등록번호: {r}\n• 강사료 계좌: 신협 {ac}\n• 이메일: {e}\n• 주소: {a}\n• 성범죄경력 조회 동의서: 제출",
        [(PER, n), (RRN, r), (ACC, ac), (MAIL, e), (LOC, a)],
    )
    # 공영주차장 정기권 민원
    n, p, c = kname(), mob(), cc("54")
    add(
        "ko",
        P,
        f"공영주차장 월 정기권을 자동결제로 해 뒀는데 해지 후에도 {c} 카드로 두 달째 빠져나갑니다. 차량은 123누4567 이고 신청자 명의는 {n}입니다. {p}로 연락 부탁드려요.",
        [(CARD, c), (PER, n), (PH, p)],
    )
    # 상수도 요금 감면
    n, a, ac, p = kname(), kaddr("ref"), acct("새마을금고"), mob()
    add(
        "ko",
        P,
        f"상수도 요금 다자녀 감면 신청\n수용가 성명: {n}\n급수 주소: {a}\n자동이체: 새마을금고 {ac}\n연락처: {p}\n세대원 5인(자녀 3) — 주민등록표 등본 확인",
        [(PER, n), (LOC, a), (ACC, ac), (PH, p)],
    )
    # 마을버스 재정지원
    cn, bn, rep, ac, e = cr("164811"), bz(), kname(), acct("기업"), email2(local="dasan.bus")
    add(
        "ko",
        P,
        f"마을버스 운송업체 재정지원금 교부 대상\n업체명: ㈜다산교통\n법인등록번호: {cn}\n사업자등록번호: {bn}\n대표이사: {rep}\n지원금 입금계좌: IBK기업 {ac}\n정산 담당 메일: {e}",
        [(CRN, cn), (BRN, bn), (PER, rep), (ACC, ac), (MAIL, e)],
    )
    # 출산지원금
    mo, mr, bb, ac = kname(), rrx(1989, 1996, female=True), kname(), acct("토스뱅크")
    _, bd = birth(2024, 2024)
    br_ = rn(bd, random.choice((3, 4)))
    add(
        "ko",
        P,
        f"출산지원금 신청(온라인) 검토 요청\n신청인(모): {mo}, {mr}\n출생아: {bb}, {br_}\n지급 계좌: 토스뱅크 {ac}\n→ 출생신고일 기준 6개월 거주요건 충족 여부 확인 바랍니다.",
        [(PER, mo), (RRN, mr), (PER, bb), (RRN, br_), (ACC, ac)],
    )
    # 주거급여 현장조사서 (스캔 OCR)
    n, a, r, inv = kname(), kaddr2("apt"), rrx(1950, 1970), kname()
    add(
        "ko",
        P,
        f"주 거 급 여  주 택 조 사 서\n신청인 {n}     주민등록번호 {r}\n소재지 {a}\n구조 철근콘크리트  면적 39.6㎡  임차료 월 28만원\n조사일 2024. 11. 12.   조사자 {inv}  (인)",
        [(PER, n), (RRN, r), (LOC, a), (PER, inv)],
    )
    # 출장 여비 정산 (메신저)
    n, c1, c2, ac, d = kname(), cc("9410"), cc("4"), acct("우리"), dl("제주")
    add(
        "ko",
        P,
        f"[오후 4:05] {n} : 여비 정산 질문이요ㅠ KTX는 법인카드 {c1}로 끊었고 숙박은 제 개인카드 {c2}로 결제했어요. 개인 결제분은 우리 {ac}로 환급받으면 되나요?\n[오후 4:06] {n} : 아 그리고 제주 렌터카 계약서에 제 면허번호 {d} 적혀 있는데 이것도 증빙으로 내요?\n[오후 4:07] 회계팀 : 네 영수증 첨부해서 올려주세요",
        [(PER, n), (CARD, c1), (CARD, c2), (ACC, ac), (PER, n), (DLIC, d)],
    )
    # 외국인 주민 한국어교실 (몽골)
    st, ar_, p, te = hfname("mn"), arx(1985, 1999), mob(), kname()
    add(
        "ko",
        P,
        f"다문화 한국어교실 수강생 변경 알림\n{st} 씨(몽골, 외국인등록번호 {ar_})가 중급반으로 옮깁니다. 본인 휴대폰은 {p}이고 결석 시 문자로 연락 달라고 했습니다. 중급반 담당 {te} 강사님께 전달 부탁드려요.",
        [(PER, st), (ARN, ar_), (PH, p), (PER, te)],
    )
    # 가족센터 통번역 서비스 요청 (필리핀)
    w_, ar_, p, h_ = hfname("ph"), arx(1986, 1998), pick_mob(), kname()
    add(
        "ko",
        P,
        f"통번역 서비스 요청서\n요청인: {w_} (외국인등록번호 {ar_})\n언어: 타갈로그어\n내용: 자녀 초등학교 입학 상담 동행 통역\n연락처: {p}\n배우자: {h_}\n희망일: 12월 둘째 주 오전",
        [(PER, w_), (ARN, ar_), (PH, p), (PER, h_)],
    )
    # 평생학습관 수강신청 (엑셀)
    ppl = [(kname(), mob(), email()), (kname(), mob(), email2()), (krare(), mob(), email())]
    body = "\n".join(f"{x[0]}\t{x[1]}\t{x[2]}\t스마트폰 활용(초급)" for x in ppl)
    labels = []
    for r_ppl in ppl:
        labels += [(PER, r_ppl[0]), (PH, r_ppl[1]), (MAIL, r_ppl[2])]
    add("ko", P, f"성명\t휴대폰\t이메일\t강좌\n{body}", labels)
    # 체육관 대관
    n, b, p, e = kname(), bz(), mob(), email2()
    add(
        "ko",
        P,
        f"구민체육관 대관 신청 (배드민턴 클럽)\n단체명: 새벽콕 클럽 / 고유번호증 대신 사업자등록번호 {b} 제출\n대표자 {n}, 휴대전화 {p}, 전자우편 {e}\n사용일시: 매주 토 06:00~09:00 (3면)",
        [(BRN, b), (PER, n), (PH, p), (MAIL, e)],
    )
    # 불법 광고물 전단 단속
    n, p, ac = kname(), mob(), acct("SC제일")
    add(
        "ko",
        P,
        f"불법 전단지 수거 내용 (사진 판독)\n'당일 급전 OK! 신용불량 가능 / 상담 {n} 실장 {p} / 선입금 SC제일 {ac}'\n→ 전화번호 이용중지 요청 및 수사의뢰 예정",
        [(PER, n), (PH, p), (ACC, ac)],
    )
    # 공유재산 대부계약
    n, r, a, ac = kname(), rrx(1950, 1972), jibun(), acct("농협")
    add(
        "ko",
        P,
        f"공유재산(밭) 대부계약 갱신\n대부받는 자: {n} ({r})\n주소: {a}\n대부료 환급 계좌: 농협 {ac}\n대부 기간 2025.1.1.~2029.12.31.",
        [(PER, n), (RRN, r), (LOC, a), (ACC, ac)],
    )
    # 장애인 콜택시 이용 등록
    n, a, p, gp = kname(), kaddr("apt"), mob(), land("053")
    add(
        "ko",
        P,
        f"특별교통수단 이용자 등록 — {n} 님 (휠체어 사용)\n거주지: {a}\n본인 연락처: {p}\n보호자(자택): {gp}\n주 이용 목적: 투석 병원 통원 (주 3회)",
        [(PER, n), (LOC, a), (PH, p), (PH, gp)],
    )
    # 방문건강관리 기록
    n, h, a, gp = kname(), hid(), kaddr2("ref"), mob()
    add(
        "ko",
        P,
        f"방문건강관리 기록지\n대상자: {n} (독거, 82세)\n건강보험: {h}\n주소: {a}\n혈압 152/94, 혈당 188 — 복약 순응도 낮음\n긴급 연락: 딸 {gp}",
        [(PER, n), (HINS, h), (LOC, a), (PH, gp)],
    )
    # 희귀질환 의료비 지원
    n, r, h, ac = kname(), rrx(1970, 1999), hi(), acct("경남")
    add(
        "ko",
        P,
        f"희귀질환자 의료비 지원 신청 — 환자 {n}, 주민번호 {r}, 건강보험증번호 {h}. 본인부담금 환급은 경남은행 {ac}로. 소득 재산 조사 결과 지원 기준 충족.",
        [(PER, n), (RRN, r), (HINS, h), (ACC, ac)],
    )
    # 청년창업 공간 입주기업
    n, c_, b, e, p = kname(), cr("110111"), bz(), email2(), mob()
    add(
        "ko",
        P,
        f"청년창업센터 입주기업 협약 정보\n- 기업명: ㈜로컬브루\n- 법인등록번호 {c_} / 사업자등록번호 {b}\n- 대표 {n} ({e}, {p})\n- 입주 호실: 4층 407호",
        [(CRN, c_), (BRN, b), (PER, n), (MAIL, e), (PH, p)],
    )
    # 공공 와이파이 장애 신고 회신
    n, p, i1, i2 = kname(), mob(), priv_ip(), pub_ip()
    add(
        "ko",
        P,
        f"{n} 님, 공공와이파이 접속 장애 신고 건 회신드립니다. 신고하신 단말은 {i1}로 할당되었으나 AP 게이트웨이({i2})에서 인증 세션이 만료되어 끊긴 것으로 확인됩니다. 추가 문의는 {p}로 연락드리겠습니다.",
        [(PER, n), (IP, i1), (IP, i2), (PH, p)],
    )
    # 구청 홈페이지 관리자 로그
    i1, i2, i3, e = pub_ip(), pub_ip(), ip6(), email2(local="webadmin.gu", domain="korea.kr")
    add(
        "ko",
        P,
        f"[2024-11-03 02:14:55] 관리자 로그인 실패 계정={e} 접속IP={i1} 사유=비밀번호 불일치(5회)\n[2024-11-03 02:15:02] 계정 잠금 처리 계정={e}\n[2024-11-03 02:31:40] 관리자 로그인 시도 접속IP={i2} 사유=허용되지 않은 IP\n[2024-11-03 02:33:12] 관리자 로그인 성공 계정={e} 접속IP={i3} (모바일, IPv6)",
        [(MAIL, e), (IP, i1), (MAIL, e), (IP, i2), (MAIL, e), (IP, i3)],
    )
    # 관용차 운전원 등록
    n, d, p = kname(), dl(), mob()
    add(
        "ko",
        P,
        f"관용차량 운전원 추가 등록 요청합니다. 운전원 {n}, 면허번호 {d} (1종 보통), 휴대폰 {p}. 보험사 운전자 범위 변경도 같이 부탁드립니다.",
        [(PER, n), (DLIC, d), (PH, p)],
    )
    # 국외출장 여권 정보
    a, pa, b, pb = kname(), pp("M"), kname(), pp_new("M")
    e1, e2 = email(domain="korea.kr"), email2(domain="korea.kr")
    add(
        "ko",
        P,
        f"국외출장(싱가포르) 항공권 발권용 여권 정보\n1. {a} 주무관 — 여권번호 {pa}, {e1}\n2. {b} 주무관 — 여권번호 {pb}, {e2}\n영문 성명은 여권과 동일하게 기재 바랍니다.",
        [(PER, a), (PASS, pa), (MAIL, e1), (PER, b), (PASS, pb), (MAIL, e2)],
    )
    # 외국인 유학생 장학 (중국)
    n, ar_, e, p = hfname("cn"), arx(2000, 2004), email2(), mob()
    add(
        "ko",
        P,
        f"국제교류처 ▶ 학생지원팀\n외국인 유학생 성적우수장학 대상자 {n} 학생(외국인등록번호 {ar_})의 장학금 입금이 반송되었습니다. 학생 이메일 {e}, 휴대폰 {p}로 계좌 재확인 안내 부탁드립니다.",
        [(PER, n), (ARN, ar_), (MAIL, e), (PH, p)],
    )
    # 고용허가제 근로자 숙소 점검 (네팔)
    w1, a1, w2, a2, boss, bp, site = hfname("np"), arx(1990, 1999), hfname("np"), arx(1992, 2001), kname(), mob(), jibun2()
    add(
        "ko",
        P,
        f"외국인근로자 기숙사 점검 결과 (고용센터 제출용)\n사업장: ○○축산 / {site}\n사업주 {boss} ({bp})\n- {w1} (외국인등록번호 {a1}): 컨테이너 숙소, 난방기 미설치\n- {w2} (외국인등록번호 {a2}): 동일 숙소, 소화기 없음\n→ 시정 요구 14일",
        [(LOC, site), (PER, boss), (PH, bp), (PER, w1), (ARN, a1), (PER, w2), (ARN, a2)],
    )
    # 노인 무료급식 도시락 배달 명단
    ds = []
    for _ in range(2):
        da = kaddr(random.choice(["apt", "none"]))
        ds.append((kname(), da, land(area_of(da))))
    ds.append((kname2(), kaddr2("apt"), mob()))
    body = "\n".join(f"{x[0]} 어르신\t{x[1]}\t{x[2]}" for x in ds)
    labels = []
    for r_ds in ds:
        labels += [(PER, r_ds[0]), (LOC, r_ds[1]), (PH, r_ds[2])]
    add("ko", P, f"[도시락 배달 명단 — 화요일 B코스]\n{body}\n※ 부재 시 문 앞 보냉가방, 두 번 연속 부재면 동 주민센터에 안부 확인 요청", labels)
    # 이장 수당 지급
    rows3 = [(kname(), rrx(1950, 1968, female=False), acct("농협")), (krare(), rrx(1952, 1970), acct("우체국"))]
    body = "\n".join(f"{v}\t{x[0]}\t{x[1]}\t{x[2]}" for v, x in zip(("상리", "하리"), rows3, strict=True))
    labels = []
    for r_rows3 in rows3:
        labels += [(PER, r_rows3[0]), (RRN, r_rows3[1]), (ACC, r_rows3[2])]
    add("ko", P, f"12월 이·통장 수당 지급 명세\n마을\t이장\t주민등록번호\t계좌\n{body}\n(기본수당 40만원 + 회의참석수당 2회)", labels)
    # 공용차 교통사고 처리
    other, od, op, drv = hfname("ca"), dl("경기", named=True), mob(), kname()
    add(
        "ko",
        P,
        f"공용차량 사고 경위서\n11.14. 08:50 시청 앞 교차로에서 우회전 중 상대 차량과 접촉. 운전자 {drv} 주무관.\n상대 운전자: {other} (운전면허 {od}), 연락처 {op}. 쌍방 보험 접수, 인명 피해 없음.",
        [(PER, drv), (PER, other), (DLIC, od), (PH, op)],
    )
    # 무인민원발급기 결제 오류
    n, c, p = kname(), cc("4", (4, 4, 4, 4), " "), pick_mob()
    add(
        "ko",
        P,
        f"무인민원발급기에서 가족관계증명서 뽑는데 카드 결제만 되고 출력이 안 됐어요. 카드번호 {c}, 11월 20일 오후 2시쯤 ○○역 발급기입니다. {n}이고 환불은 {p}로 연락주세요.",
        [(CARD, c), (PER, n), (PH, p)],
    )
    # 공무원 동호회 회비 (카톡 내보내기)
    tr, ac, m1, p1 = kname(), acct("토스뱅크"), kname(), mob()
    add(
        "ko",
        P,
        f"2024년 11월 21일 목요일\n[{tr}] [오후 12:31] 산악회 12월 회비 3만원 토스뱅크 {ac} 으로 보내주세요~\n[{m1}] [오후 12:40] 입금했습니다! 그리고 신입 회원 연락처 {p1} 단톡방 초대 부탁드려요\n[{tr}] [오후 12:41] 넵",
        [(PER, tr), (ACC, ac), (PER, m1), (PH, p1), (PER, tr)],
    )
    # 어린이집 입소 (일본인 어머니)
    mo, ch, e, p = hfname("jp"), kname(), email2(), mob()
    _, cb = birth(2021, 2022)
    cr_ = rn(cb, random.choice((3, 4)))
    add(
        "ko",
        P,
        f"국공립어린이집 입소대기 확인 요청\n보호자 {mo} 님(일본 국적)께서 자녀 {ch}({cr_})의 대기 순번이 바뀌었다고 문의하셨습니다. 회신은 {e} 또는 {p}로 부탁드립니다.",
        [(PER, mo), (PER, ch), (RRN, cr_), (MAIL, e), (PH, p)],
    )
    # 민원 회신 초안 (한글 문서)
    n, a, e, p = kname(), kaddr("ref"), email(), mob()
    add(
        "ko",
        P,
        f"수신: {n} 귀하 ({a})\n제목: 도로 파손 민원에 대한 회신\n1. 귀하께서 전자우편({e})으로 제출하신 민원에 대한 답변입니다.\n2. 해당 구간은 12월 중 보수 예정이며, 추가 문의는 {p}(민원인 요청 번호)로 안내드리겠습니다.",
        [(PER, n), (LOC, a), (MAIL, e), (PH, p)],
    )
    # 청소년 쉼터 입소 (태국 출신 청소년)
    y, g, gp = hfname("th"), kname(), fmt("+66 8M NNN NNNN")
    add(
        "ko",
        P,
        f"쉼터 입소 보고: {y}(17세, 태국 국적) 긴급 입소. 보호자 의붓아버지 {g} 씨와 연락 시도했으나 미수신, 모친 해외 번호 {gp}로 문자 남김. 경찰 실종 신고 여부 확인 중.",
        [(PER, y), (PER, g), (PH, gp)],
    )


# ---------------------------------------------------------------- positives, English
def positives_en() -> None:
    # immigration lawyer intake (client living in Korea)
    c, ar_, ph, e = fname(), arx(1984, 1996), intl(" "), email(domain="gmail.com")
    add(
        "en",
        P,
        f"INTAKE — Hartwell & Seo Immigration Law (Seoul office)\nClient: {c}\nKorean ARC no.: {ar_}\nCurrent status: E-9, employer change requested twice\nPhone (KakaoTalk): {ph}\nEmail: {e}\nConflict check: none. Retainer sent 11/19.",
        [(PER, c), (ARN, ar_), (PH, ph), (MAIL, e)],
    )
    # university admissions CRM export (CSV, quoted)
    a1, a2 = ename(), rstyle("western-hyphen")
    m1, m2 = mail_of(a1, "outlook.com"), mail_of(a2, "gmail.com", "_")
    p1, p2 = usnum("dash"), intl("")
    add(
        "en",
        P,
        f'"applicant_id","full_name","email","phone","program","stage"\n"A25-00412","{a1}","{m1}","{p1}","MS Data Science","Interview"\n"A25-00418","{a2}","{m2}","{p2}","MS Data Science","Docs pending"',
        [(PER, a1), (MAIL, m1), (PH, p1), (PER, a2), (MAIL, m2), (PH, p2)],
    )
    # insurance FNOL call notes
    cl, ph, loc, wt, wp = ename(), usnum("paren"), eaddr(), ename(), usnum("dot")
    od, odl = rstyle("western-hyphen"), dl()
    add(
        "en",
        P,
        f"FNOL — Auto, claim opened 11/21 09:12\nCaller/insured: {cl}, callback {ph}\nLoss location: in front of {loc}\nDescription: rear-ended at a red light, bumper and trunk damage, no injuries reported.\nOther driver: {od}, a visiting student, showed a Korean driver's licence no. {odl}.\nWitness: {wt} (gave number {wp}), did not stay for police.",
        [(PER, cl), (PH, ph), (LOC, loc), (PER, od), (DLIC, odl), (PER, wt), (PH, wp)],
    )
    # contractor invoice from a Korean freelancer
    n, b, ac, e = rstyle("rr-hyphen"), bz(), acct("신한"), email2()
    add(
        "en",
        P,
        f"INVOICE #2024-117\nFrom: {n} (sole proprietor, business reg. no. {b})\nFor: UX research, 38 hours @ KRW 85,000\nPayment to: Shinhan Bank, account {ac}, SWIFT SHBKKRSE\nQuestions: {e}",
        [(PER, n), (BRN, b), (ACC, ac), (MAIL, e)],
    )
    # radiology referral letter
    pt, loc, ph, dr = ename(), eaddr(), usnum("paren"), ename()
    add(
        "en",
        P,
        f"Dear Dr. {dr},\nI am referring {pt} (DOB 03/14/1971) for an MRI of the left knee following a fall on ice. Home address on file: {loc}. Best contact is the mobile {ph}; the patient prefers afternoon appointments.\nKind regards,\nFamily Medicine Clinic",
        [(PER, dr), (PER, pt), (LOC, loc), (PH, ph)],
    )
    # GitHub issue with stack trace
    u, e, i = ename(), email("leejw.dev", "gmail.com"), priv_ip()
    add(
        "en",
        P,
        f"### Bug: export crashes for some users\nRepro: log in as the affected user and click Export.\n```\nTraceback (most recent call last):\n  File \"app/export.py\", line 88, in build_rows\n    row = serialize(user)\n  File \"app/export.py\", line 41, in serialize\n    raise ValueError(f\"bad locale for {{user!r}}\")\nValueError: bad locale for User(id=5521, name='{u}', email='{e}')\n```\nWorker host: {i}",
        [(PER, u), (MAIL, e), (IP, i)],
    )
    # Salesforce contact export
    c1, c2 = ename(), rstyle("alt")
    e1, e2 = mail_of(c1, "brightpath.io"), mail_of(c2, "hanbit-logis.co.kr")
    p1, p2 = usnum("e164"), intl()
    add(
        "en",
        P,
        f"Id,Name,Title,Email,Phone,Account.Name\n0035g00000Xy1AaAAJ,{c1},Procurement Lead,{e1},{p1},BrightPath Inc\n0035g00000Xy1AbAAJ,{c2},Export Manager,{e2},{p2},Hanbit Logistics",
        [(PER, c1), (MAIL, e1), (PH, p1), (PER, c2), (MAIL, e2), (PH, p2)],
    )
    # Twilio logs
    f1, t1, f2 = intl(""), usnum("e164").replace(" ", ""), intl("")
    add(
        "en",
        P,
        f"2024-11-20T03:11:08Z SM8f2c1a delivered From={f1} To={t1} Segments=1 Price=-0.0790\n2024-11-20T03:11:41Z SM8f2c9d undelivered From={f2} To={t1} ErrorCode=30006 (landline or unreachable)",
        [(PH, f1), (PH, t1), (PH, f2), (PH, t1)],
    )
    # chargeback dispute evidence
    n, c, loc, i, e = ename(), cc("52"), eaddr(), pub_ip(), ""
    e = mail_of(n, "yahoo.com")
    add(
        "en",
        P,
        f"Chargeback rebuttal — reason code 10.4 (fraud, card-absent)\nCardholder: {n}\nCard: {c}\nBilling address (AVS match Y): {loc}\nOrder placed from IP {i}, same device as 3 prior undisputed orders\nConfirmation sent to {e}",
        [(PER, n), (CARD, c), (LOC, loc), (IP, i), (MAIL, e)],
    )
    # Zoom attendee report
    at = [ename(), rstyle("western-hyphen"), ename()]
    doms = ["northfield.edu", "gmail.com", "cityhall.gov"]
    ems = [mail_of(a, d) for a, d in zip(at, doms, strict=True)]
    body = "\n".join(f"{a},{m},11/21/2024 10:0{k} AM,11/21/2024 11:2{k} AM,{80 - k}" for k, (a, m) in enumerate(zip(at, ems, strict=True)))
    labels = []
    for a, m in zip(at, ems, strict=True):
        labels += [(PER, a), (MAIL, m)]
    add("en", P, f"Attendee Report\nMeeting ID,Topic\n812 4471 9920,Tenant Rights Webinar\nName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n{body}", labels)
    # international driving permit application (Korean licence)
    n, d, pn, ph = rstyle("caps"), dl(), pp_new("M"), intl()
    add(
        "en",
        P,
        f"INTERNATIONAL DRIVING PERMIT — APPLICATION (for holders of a Korean licence)\nName as in passport: {n}\nKorean driver's licence no.: {d}\nPassport no.: {pn}\nMobile: {ph}\nCategories requested: B",
        [(PER, n), (DLIC, d), (PASS, pn), (PH, ph)],
    )
    # tenant screening report
    ap, cur, ph, ll, lp = ename(), eaddr(), usnum("paren"), ename(), usnum("dash")
    add(
        "en",
        P,
        f"TENANT SCREENING SUMMARY\nApplicant: {ap}\nCurrent address: {cur} (2 yrs)\nPhone: {ph}\nPrior landlord reference: {ll}, {lp} — 'paid on time, left unit clean'\nCredit band: B, no evictions on record.",
        [(PER, ap), (LOC, cur), (PH, ph), (PER, ll), (PH, lp)],
    )
    # airline APIS manifest
    pax = [(rstyle("caps"), pp("M")), (rstyle("caps"), pp_new("M"))]
    body = "\n".join(f"{k + 1:02d}  {x[0]:<22}  KOR  {x[1]}  {['F', 'M'][k % 2]}" for k, x in enumerate(pax))
    labels = []
    for r_pax in pax:
        labels += [(PER, r_pax[0]), (PASS, r_pax[1])]
    add("en", P, f"APIS PAX LIST  OZ202 ICN-LAX  21NOV\nSEQ NAME                    NAT  DOC NO     SEX\n{body}", labels)
    # hotel folio
    g, c, loc, e = ename(), cc("37", (4, 6, 5), " "), eaddr(), ""
    e = mail_of(g, "icloud.com")
    add(
        "en",
        P,
        f"GUEST FOLIO — Room 1412\nGuest: {g}\nHome address: {loc}\nPayment on file: AMEX {c}\nE-folio to: {e}\nNights: 3 · Rate: 219.00 · Incidentals: 46.50",
        [(PER, g), (LOC, loc), (CARD, c), (MAIL, e)],
    )
    # employment certificate for a Korean employee
    n, r, pn, b, c_ = rstyle("rr-hyphen"), rrx(1986, 1993), pp("M"), bz(), cr("134811")
    add(
        "en",
        P,
        f"CERTIFICATE OF EMPLOYMENT\nThis is to certify that {n} (Resident Registration No. {r}, Passport No. {pn}) has been employed full-time by Sejin Precision Co., Ltd. (Business Registration No. {b}, Corporate Registration No. {c_}) since March 2019 as a senior engineer.\nIssued for: visa application to the Embassy of Canada.",
        [(PER, n), (RRN, r), (PASS, pn), (BRN, b), (CRN, c_)],
    )
    # ride-share incident report
    rd, dv, ph, loc = ename(), ename(), usnum("dot"), eaddr(zip_code=False)
    add(
        "en",
        P,
        f"Safety incident #88213 — rider {rd} reports driver {dv} took a long detour and refused to end the trip. Pickup: {loc}. Rider can be reached at {ph}. Driver account paused pending review.",
        [(PER, rd), (PER, dv), (LOC, loc), (PH, ph)],
    )
    # Korean bank fraud alert to a foreign customer
    n, ac, c, ar_ = fname(), acct("하나"), cc("4"), arx(1980, 1995)
    add(
        "en",
        P,
        f"[Hana Bank] Dear {n}, unusual overseas withdrawals were attempted on your account {ac} and debit card {c}. Both have been suspended. To reactivate, visit a branch with your Alien Registration Card ({ar_}).",
        [(PER, n), (ACC, ac), (CARD, c), (ARN, ar_)],
    )
    # helpdesk ticket
    rq, e, ph, ag = ename(), "", usnum("dash"), ename()
    e = mail_of(rq, "fastmail.com")
    add(
        "en",
        P,
        f"Ticket #40917 · Priority: Normal\nRequester: {rq} <{e}>\nSubject: Can't reset password\nBody: I changed phones and no longer receive the SMS code. My new number is {ph}.\n— Assigned to {ag}",
        [(PER, rq), (MAIL, e), (PH, ph), (PER, ag)],
    )
    # GuardDuty finding (JSON)
    ri, pi, u = pub_ip(), priv_ip(), email2(local="ci-deployer", domain="hanbit-logis.co.kr")
    add(
        "en",
        P,
        f'{{"type": "UnauthorizedAccess:EC2/SSHBruteForce", "severity": 5, "resource": {{"instanceDetails": {{"networkInterfaces": [{{"privateIpAddress": "{pi}"}}]}}}}, "service": {{"action": {{"networkConnectionAction": {{"remoteIpDetails": {{"ipAddressV4": "{ri}", "country": {{"countryName": "Korea"}}}}}}}}, "additionalInfo": {{"notifiedOwner": "{u}"}}}}}}',
        [(IP, pi), (IP, ri), (MAIL, u)],
    )
    # fail2ban log
    ips = [pub_ip() for _ in range(3)]
    add(
        "en",
        P,
        f"2024-11-22 04:01:17,552 fail2ban.actions [912]: NOTICE [sshd] Ban {ips[0]}\n2024-11-22 04:03:40,108 fail2ban.actions [912]: NOTICE [sshd] Ban {ips[1]}\n2024-11-22 05:01:17,560 fail2ban.actions [912]: NOTICE [sshd] Unban {ips[0]}\n2024-11-22 05:12:09,331 fail2ban.actions [912]: NOTICE [nginx-botsearch] Ban {ips[2]}",
        [(IP, ips[0]), (IP, ips[1]), (IP, ips[0]), (IP, ips[2])],
    )
    # Apache access log with e-mail in the query string
    i1, i2, e = pub_ip(), pub_ip(), email2(local="sunny_oh", domain="gmail.com")
    add(
        "en",
        P,
        f'{i1} - - [22/Nov/2024:10:14:03 +0900] "GET /newsletter/unsubscribe?email={e}&src=footer HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n{i2} - - [22/Nov/2024:10:14:09 +0900] "GET /favicon.ico HTTP/1.1" 404 196 "-" "Mozilla/5.0"',
        [(IP, i1), (MAIL, e), (IP, i2)],
    )
    # recruiter note (MR romanisation)
    cnd, e, ph = rstyle("mr"), email2(local="sh.pak.dev", domain="gmail.com"), intl(" ")
    add(
        "en",
        P,
        f"Candidate notes — Staff Backend Engineer\n{cnd} (prefers the McCune-Reischauer spelling on the offer letter). Currently at a Busan fintech, 9 yrs. Reach via {e} or {ph} after 7pm KST. Comp expectation discussed; next: panel on Tue.",
        [(PER, cnd), (MAIL, e), (PH, ph)],
    )
    # alumni donation pledge
    n, c, loc, ph = ename(), cc("4", (4, 4, 4, 4), " "), eaddr(), usnum("paren")
    add(
        "en",
        P,
        f"PLEDGE FORM — Class of 1998 Scholarship Fund\nDonor: {n}\nMailing address: {loc}\nPhone: {ph}\nMonthly gift: $50 charged to card {c}, exp 09/27\nAnonymous in donor list: yes",
        [(PER, n), (LOC, loc), (PH, ph), (CARD, c)],
    )
    # clinical trial screening log (Seoul site)
    s1, h1, p1 = rstyle("western-hyphen"), hid(), intl()
    s2, h2, p2 = rstyle("alt"), hi(), intl()
    add(
        "en",
        P,
        f"Screening log — Protocol KX-204, Site 03 (Seoul)\n| Subject | NHIS card no. | Contact | Outcome |\n|---|---|---|---|\n| {s1} | {h1} | {p1} | eligible, consented |\n| {s2} | {h2} | {p2} | screen fail (eGFR) |",
        [(PER, s1), (HINS, h1), (PH, p1), (PER, s2), (HINS, h2), (PH, p2)],
    )
    # field trip permission slip
    st, pa, ph = ename(), ename(), usnum("dash")
    add(
        "en",
        P,
        f"FIELD TRIP PERMISSION — Science Museum, Dec 6\nStudent: {st}    Grade: 5\nParent/guardian: {pa}\nEmergency phone: {ph}\nAllergies/medication: peanut (EpiPen in backpack)\nSignature: ____________",
        [(PER, st), (PER, pa), (PH, ph)],
    )
    # volunteer background check
    n, loc, ph, e = ename(), eaddr(), usnum("dot"), ""
    e = mail_of(n, "protonmail.com", "_")
    add(
        "en",
        P,
        f"Volunteer background check request\nFull legal name: {n}\nResidential address (last 3 yrs): {loc}\nPhone: {ph}\nEmail for results: {e}\nRole: weekend food pantry driver",
        [(PER, n), (LOC, loc), (PH, ph), (MAIL, e)],
    )
    # court e-filing service list
    a1, a2 = ename(), ename()
    e1, e2 = mail_of(a1, "quinlanlaw.com"), mail_of(a2, "legalaid-nw.org")
    l1 = eaddr()
    add(
        "en",
        P,
        f"SERVICE LIST\n{a1}, Esq. — counsel for Plaintiff — {e1} — {l1}\n{a2}, staff attorney — counsel for Defendant (legal aid) — {e2}\nService by e-mail per stipulation dated 10/02/2024.",
        [(PER, a1), (MAIL, e1), (LOC, l1), (PER, a2), (MAIL, e2)],
    )
    # traffic accident report in Korea (English for foreign driver)
    d1, dlic, d2, ph, loc = rstyle("rr-hyphen"), dl(), ename(), intl(), kaddr("none")
    add(
        "en",
        P,
        f"Traffic collision statement (English translation)\nDriver A: {d1}, Korean licence {dlic}\nDriver B: {d2} (US citizen, SOFA status), mobile {ph}\nPlace: {loc}, 2nd lane, approx. 18:40\nDriver B states Driver A changed lanes without signalling.",
        [(PER, d1), (DLIC, dlic), (PER, d2), (PH, ph), (LOC, loc)],
    )
    # ESL programme record for an exchange student
    st, pn, e, hf, loc = rstyle("western-hyphen"), pp_new("M"), email2(), ename(), eaddr()
    add(
        "en",
        P,
        f"Exchange Student Record — Spring term\nStudent: {st} (Korea)\nPassport: {pn}\nStudent email: {e}\nHost family: {hf}, {loc}\nLevel placement: B1 (upper)",
        [(PER, st), (PASS, pn), (MAIL, e), (PER, hf), (LOC, loc)],
    )
    # mortgage pre-approval for a foreign employee in Korea
    n, ar_, ac, c_ = fname(), arx(1980, 1992), acct("국민"), cr("110111")
    add(
        "en",
        P,
        f"Pre-approval memo (jeonse loan, foreign resident)\nApplicant: {n}, ARC {ar_}\nSalary account: KB Kookmin {ac} (12 months of deposits verified)\nEmployer: Daehan Mobility Co., Ltd., corporate registration no. {c_}\nDecision: approved up to KRW 180M subject to insurance guarantee.",
        [(PER, n), (ARN, ar_), (ACC, ac), (CRN, c_)],
    )
    # vendor onboarding for a Korean supplier
    b, c_, ac, ct = bz(), cr("134811"), acct("기업"), rstyle("rr-hyphen")
    e, ph = mail_of(ct, "seonam-pack.co.kr"), land("031")
    add(
        "en",
        P,
        f"Vendor master — new supplier\nLegal name: Seonam Packaging Co., Ltd.\nBusiness registration no.: {b}\nCorporate registration no.: {c_}\nRemit-to: Industrial Bank of Korea, acct {ac}\nAR contact: {ct}, {e}, tel {ph}",
        [(BRN, b), (CRN, c_), (ACC, ac), (PER, ct), (MAIL, e), (PH, ph)],
    )
    # customs declaration
    n, pn, loc, ph = rstyle("caps"), pp("M"), kaddr("apt"), intl("")
    add(
        "en",
        P,
        f"COMMERCIAL INVOICE / CUSTOMS DECLARATION\nConsignee: {n}\nPassport (personal import): {pn}\nDelivery address: {loc}\nTel: {ph}\nContents: used books (12), personal effects — no commercial value",
        [(PER, n), (PASS, pn), (LOC, loc), (PH, ph)],
    )
    # medical tourism coordinator e-mail
    pt, pn, h, co = rstyle("western-hyphen"), pp_new("M"), hid(), ename()
    add(
        "en",
        P,
        f"Hi {co},\nConfirming the health check-up package for {pt} on Dec 3. She is a Korean citizen living in Vancouver, passport {pn}; her Korean NHIS number {h} is still active, so the insured rate applies to the endoscopy.\nBest, International Patient Center",
        [(PER, co), (PER, pt), (PASS, pn), (HINS, h)],
    )
    # Okta system log
    e, i, dn = email2(local="b.hyejin", domain="hanbit-logis.co.kr"), pub_ip(), rstyle("western-hyphen")
    add(
        "en",
        P,
        f'{{"eventType": "user.session.start", "outcome": {{"result": "FAILURE", "reason": "INVALID_CREDENTIALS"}}, "actor": {{"alternateId": "{e}", "displayName": "{dn}"}}, "client": {{"ipAddress": "{i}", "geographicalContext": {{"city": "Incheon"}}}}}}',
        [(MAIL, e), (PER, dn), (IP, i)],
    )
    # Jenkins build log leaking env
    e, i = email2(local="mjpark.work", domain="gmail.com"), priv_ip()
    add(
        "en",
        P,
        f"[Pipeline] sh\n+ env | sort\nBUILD_NUMBER=4412\nDEPLOY_HOST={i}\nGIT_AUTHOR_EMAIL={e}\nGIT_BRANCH=origin/release-2.8\nJOB_NAME=portal-backend\n[Pipeline] }}",
        [(IP, i), (MAIL, e)],
    )
    # Teams chat export
    a, b, ph = ename(), ename(), usnum("paren")
    add(
        "en",
        P,
        f"{a}  11/22 3:02 PM\ncan someone cover the front desk tomorrow morning?\n{b}  11/22 3:05 PM\nI can. If anything comes up call my cell {ph}\n{a}  11/22 3:06 PM\nthanks!!",
        [(PER, a), (PER, b), (PH, ph), (PER, a)],
    )
    # podcast guest release form
    n, e, loc = ename(), "", eaddr()
    e = mail_of(n, "gmail.com")
    add(
        "en",
        P,
        f"GUEST APPEARANCE RELEASE\nI, {n}, grant Civic Hour Podcast the right to record and distribute my interview.\nEmail: {e}\nMailing address for honorarium check: {loc}\nDate: 11/18/2024",
        [(PER, n), (MAIL, e), (LOC, loc)],
    )
    # gym membership cancellation
    n, c, ph = ename(), cc("54", (4, 4, 4, 4), ""), usnum("dash")
    add(
        "en",
        P,
        f"Hello, I'm writing to cancel my membership effective immediately. Name on the account is {n}. Please stop billing my card {c} — I was charged again on Nov 1 after the freeze. You can call me at {ph}.",
        [(PER, n), (CARD, c), (PH, ph)],
    )
    # EMS handover note
    pt, loc, kin, kp = ename(), eaddr(), ename(), usnum("paren")
    add(
        "en",
        P,
        f"EMS HANDOVER — Unit 14\nPt: {pt}, ~70 M, found on kitchen floor at {loc}\nGCS 14, BP 168/92, BGL 4.1\nNext of kin: daughter {kin}, {kp} (notified en route)",
        [(PER, pt), (LOC, loc), (PER, kin), (PH, kp)],
    )
    # public library card application
    n, loc, e, ph = ename(), eaddr(), "", usnum("dot")
    e = mail_of(n, "hotmail.com")
    add(
        "en",
        P,
        f"Library card application (online)\nName: {n}\nAddress: {loc}\nEmail: {e}\nPhone: {ph}\nPreferred branch: Eastside\nI agree to be responsible for materials borrowed on this card.",
        [(PER, n), (LOC, loc), (MAIL, e), (PH, ph)],
    )


# ---------------------------------------------------------------- positives, mixed (Korean with code, logs, English)
def positives_mixed() -> None:
    # Django fixture
    n, e, p = kname(), email(), mob()
    add(
        "mixed",
        P,
        f'[\n  {{"model": "volunteers.member", "pk": 17, "fields": {{"name": "{n}", "email": "{e}", "phone": "{p}", "center": "○○구 자원봉사센터", "active": true}}}}\n]',
        [(PER, n), (MAIL, e), (PH, p)],
    )
    # SQL INSERT with Korean values
    n, r, a = kname(), rrx(1960, 1990), kaddr("apt")
    add(
        "mixed",
        P,
        f"INSERT INTO tb_legal_aid_applicant (app_no, nm, rrno, addr, reg_dt)\nVALUES ('LA-2024-08812', '{n}', '{r}', '{a}', NOW());",
        [(PER, n), (RRN, r), (LOC, a)],
    )
    # nested JSON from a local-currency app API
    n, p, c = kname(), mob(""), cc("9410", (4, 4, 4, 4), "")
    add(
        "mixed",
        P,
        f'{{"result": "OK", "data": {{"wallet": {{"owner": {{"name": "{n}", "mobile": "{p}"}}, "linkedCard": {{"number": "{c}", "issuer": "BC", "status": "ACTIVE"}}, "balance": 48200}}}}, "message": "지역화폐 충전 완료"}}',
        [(PER, n), (PH, p), (CARD, c)],
    )
    # HL7 SIU (보건소 진료 예약)
    fam, giv = random.choice(ROMA_SUR).upper(), random.choice(ROMA_GIVEN).upper()
    h, p = hi(), mob("")
    add(
        "mixed",
        P,
        f"MSH|^~\\&|PHC_EMR|보건소|SCHED|HOSP|202411220930||SIU^S12|MSG00091|P|2.5\nSCH|A77812||||||금연클리닉 상담^^^||||^^30^202411261400\nPID|1||{h}^^^NHIS^HC||{fam}^{giv}||19770412|M|||||{p}",
        [(HINS, h), (PER, f"{fam}^{giv}"), (PH, p)],
    )
    # vCard (농협 조합원)
    n, p, e, st = kname(), mob(), email2(), f"중앙로 {random.randint(10, 300)}"
    add(
        "mixed",
        P,
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nORG:○○농협;조합원\nTEL;TYPE=CELL:{p}\nEMAIL:{e}\nADR;TYPE=HOME:;;{st};홍성군;충청남도;32215;KR\nNOTE:영농회장, 2025 대의원\nEND:VCARD",
        [(PER, n), (PH, p), (MAIL, e), (LOC, st)],
    )
    # XML 전자문서 수신자
    n, a, p = kname(), kaddr2("apt"), mob()
    add(
        "mixed",
        P,
        f'<?xml version="1.0" encoding="UTF-8"?>\n<민원회신>\n  <수신자>\n    <성명>{n}</성명>\n    <주소>{a}</주소>\n    <연락처>{p}</연락처>\n  </수신자>\n  <처리결과 code="02">이송</처리결과>\n</민원회신>',
        [(PER, n), (LOC, a), (PH, p)],
    )
    # YAML on-call roster
    a, ea, pa, b, eb, pb = kname(), email2(domain="korea.kr"), mob(), kname(), email(domain="korea.kr"), mob()
    add(
        "mixed",
        P,
        f"# 시스템 장애 대응 당번 (12월)\noncall:\n  - week: 49\n    name: {a}\n    email: {ea}\n    phone: \"{pa}\"\n  - week: 50\n    name: {b}\n    email: {eb}\n    phone: \"{pb}\"\nescalation_after_min: 15",
        [(PER, a), (MAIL, ea), (PH, pa), (PER, b), (MAIL, eb), (PH, pb)],
    )
    # Excel paste, English headers, Korean values (계절근로자)
    w = [(hfname("vn"), arx(1990, 1999), mob()), (hfname("ca"), arx(1987, 1998), mob())]
    body = "\n".join(f"{k + 1}\t{x[0]}\t{x[1]}\t{x[2]}\tE-8" for k, x in enumerate(w))
    labels = []
    for r_w in w:
        labels += [(PER, r_w[0]), (ARN, r_w[1]), (PH, r_w[2])]
    add("mixed", P, f"No\tName(KOR)\tARC No\tMobile\tVisa\n{body}", labels)
    # pytest dict (ARN + passport)
    n, ar_, pn = rstyle("caps"), arx(1975, 1995), pp("M")
    add(
        "mixed",
        P,
        f'def test_visa_extension_payload():\n    # 실제 민원인 데이터로 재현 (나중에 지울 것)\n    payload = {{"name_en": "{n}", "arc": "{ar_}", "spouse_passport": "{pn}", "type": "F-6"}}\n    assert build_request(payload).status == "READY"',
        [(PER, n), (ARN, ar_), (PASS, pn)],
    )
    # log4j line with Korean message
    i, e = pub_ip(), email()
    add(
        "mixed",
        P,
        f"2024-11-22 14:03:11.902 WARN  [http-nio-8080-exec-7] c.g.minwon.AuthFilter - 비정상 로그인 시도 감지: user={e}, remoteAddr={i}, attempts=7\n2024-11-22 14:03:12.015 INFO  [http-nio-8080-exec-7] c.g.minwon.AuthFilter - 계정 임시 잠금",
        [(MAIL, e), (IP, i)],
    )
    # Airflow failure e-mail
    e, i, n = email2(local="hoon_0316", domain="korea.kr"), priv_ip(), kname()
    add(
        "mixed",
        P,
        f"Subject: Airflow alert: dag=재난지원금_일일집계 task=load_to_dw FAILED\nTo: {e}\nTry 3 out of 3\nHost: {i}\nLog: psycopg2.OperationalError: could not connect to server\n담당: {n} (데이터팀)",
        [(MAIL, e), (IP, i), (PER, n)],
    )
    # Slack export JSON
    a, b, p = kname(), kname(), mob()
    add(
        "mixed",
        P,
        f'[{{"user_name": "{a}", "ts": "1732251001.000200", "text": "민원인 번호 {p} 로 콜백 부탁드려요"}}, {{"user_name": "{b}", "ts": "1732251063.000400", "text": "네 제가 할게요 :+1:"}}]',
        [(PER, a), (PH, p), (PER, b)],
    )
    # Notion markdown table
    rows = [(kname(), email2(), "Backend"), (rstyle("western-hyphen"), email(), "QA"), (kname2(), email2(), "PM")]
    body = "\n".join(f"| {x[0]} | {x[2]} | {x[1]} |" for x in rows)
    labels = []
    for r_rows in rows:
        labels += [(PER, r_rows[0]), (MAIL, r_rows[1])]
    add("mixed", P, f"## 정부24 개편 TF 연락망\n| Name | Role | Email |\n| --- | --- | --- |\n{body}", labels)
    # Jira comment with card number
    n, c = kname(), cc("4", (4, 4, 4, 4), " ")
    add(
        "mixed",
        P,
        f"PAY-2291 [결제 실패 재현]\n@{n} 고객이 알려준 카드 {c} 로 staging에서 결제하면 PG 응답이 'INVALID_MERCHANT'로 옵니다. Steps to reproduce 첨부했어요.",
        [(PER, n), (CARD, c)],
    )
    # HTTPie command
    p, e, n = mob(""), email2(), kname()
    add(
        "mixed",
        P,
        f"$ http POST https://api.example-gov.kr/v2/members name='{n}' phone={p} email={e} consent:=true\nHTTP/1.1 201 Created\n{{\"id\": 40012, \"status\": \"pending\"}}",
        [(PER, n), (PH, p), (MAIL, e)],
    )
    # terraform.tfvars
    i1, i2, e = pub_ip(), priv_ip(), email2(local="a.yoon", domain="korea.kr")
    add(
        "mixed",
        P,
        f'# 운영 환경 변수 (커밋 금지!!)\nadmin_allow_cidrs = ["{i1}/32"]\ndb_private_ip     = "{i2}"\nalarm_email       = "{e}"\nenv               = "prod"',
        [(IP, i1), (IP, i2), (MAIL, e)],
    )
    # Ansible inventory
    h1, h2, n = priv_ip(), priv_ip(), kname()
    add(
        "mixed",
        P,
        f"[was]\nwas01 ansible_host={h1}\nwas02 ansible_host={h2}\n\n[all:vars]\nansible_user=deploy\n# 담당자: {n} (인프라팀) — 비밀번호는 볼트에",
        [(IP, h1), (IP, h2), (PER, n)],
    )
    # Spring application.properties
    e, ac = email(), acct("국민")
    add(
        "mixed",
        P,
        f"spring.mail.username={e}\nrefund.test.account={ac}\nrefund.test.bank=004\n# ↑ 환불 테스트용 실제 계좌 (민원인 동의 받음)",
        [(MAIL, e), (ACC, ac)],
    )
    # Kotlin test
    n, p = kname(), mob()
    add(
        "mixed",
        P,
        f'@Test\nfun `보호자 연락처 마스킹`() {{\n    val guardian = Guardian(name = "{n}", phone = "{p}")\n    assertEquals("010-****-****", guardian.maskedPhone())\n}}',
        [(PER, n), (PH, p)],
    )
    # Swift struct
    n, pn, d = kname(), pp_new("M"), dl()
    add(
        "mixed",
        P,
        f'let sample = Traveler(\n    nameKo: "{n}",\n    passportNo: "{pn}",\n    driverLicense: "{d}",\n    nationality: .kor\n) // TODO: 샘플 데이터로 교체',
        [(PER, n), (PASS, pn), (DLIC, d)],
    )
    # Rust test
    e, c = email2(), cc("52", (4, 4, 4, 4), "")
    add(
        "mixed",
        P,
        f'#[test]\nfn parses_refund_request() {{\n    let raw = r#"{{"email":"{e}","card":"{c}","reason":"중복결제"}}"#;\n    assert!(parse(raw).is_ok());\n}}',
        [(MAIL, e), (CARD, c)],
    )
    # Dockerfile
    n, e = rstyle("rr-hyphen"), email2(local="tkdwls0917")
    add(
        "mixed",
        P,
        f'FROM python:3.12-slim\nLABEL maintainer="{n} <{e}>"\nLABEL org.opencontainers.image.description="민원 접수 챗봇 백엔드"\nCOPY . /app\nCMD ["gunicorn", "app:create_app()"]',
        [(PER, n), (MAIL, e)],
    )
    # .env file
    ac, b, c_ = acct("하나"), bz(), cr("110111")
    add(
        "mixed",
        P,
        f"# 정산 모듈 .env (로컬)\nSETTLE_BANK_CODE=081\nSETTLE_ACCOUNT_NO={ac}\nMERCHANT_BIZ_NO={b}\nMERCHANT_CORP_NO={c_}\nPG_MODE=test",
        [(ACC, ac), (BRN, b), (CRN, c_)],
    )
    # protobuf text format
    n, r = kname(), rrx(1970, 1999)
    add(
        "mixed",
        P,
        f'applicant {{\n  name: "{n}"\n  resident_no: "{r}"\n  category: BASIC_PENSION\n}}\nreceived_at {{ seconds: 1732240000 }}',
        [(PER, n), (RRN, r)],
    )
    # Elasticsearch hits
    a, pa, b, pb = kname(), mob(), krare(), mob()
    add(
        "mixed",
        P,
        f'"hits": [\n  {{"_index": "minwon-2024.11", "_source": {{"신청인": "{a}", "연락처": "{pa}", "제목": "불법주정차 신고"}}}},\n  {{"_index": "minwon-2024.11", "_source": {{"신청인": "{b}", "연락처": "{pb}", "제목": "가로수 전지 요청"}}}}\n]',
        [(PER, a), (PH, pa), (PER, b), (PH, pb)],
    )
    # Redis MONITOR
    p, n, i = mob(""), kname(), priv_ip()
    add(
        "mixed",
        P,
        f'1732250112.442101 [0 {i}:51422] "HSET" "otp:session:7f3a" "phone" "{p}" "name" "{n}"\n1732250112.442350 [0 {i}:51422] "EXPIRE" "otp:session:7f3a" "180"',
        [(IP, i), (PH, p), (PER, n), (IP, i)],
    )
    # nginx log with UTF-8 query
    i, n = pub_ip(), kname()
    add(
        "mixed",
        P,
        f'{i} - - [22/Nov/2024:09:41:27 +0900] "GET /api/search?q={n}&type=member HTTP/2.0" 200 1840 "https://library.example.go.kr/" "Mozilla/5.0 (iPhone)" rt=0.042',
        [(IP, i), (PER, n)],
    )
    # Kafka consumer output
    n, ar_, p = hfname("th"), arx(1985, 1999), mob()
    add(
        "mixed",
        P,
        f'% Reached end of topic alien-registration [2] at offset 88213\n{{"event":"ADDRESS_CHANGED","name":"{n}","arc":"{ar_}","phone":"{p}","office":"수원출입국"}}',
        [(PER, n), (ARN, ar_), (PH, p)],
    )
    # pandas DataFrame print
    rows4 = [(kname(), mob(), 3), (kname(), mob(), 1), (hfname("vn"), mob(), 2)]
    body = "\n".join(f"{k}  {x[0]}  {x[1]}  {x[2]}" for k, x in enumerate(rows4))
    labels = []
    for r_rows4 in rows4:
        labels += [(PER, r_rows4[0]), (PH, r_rows4[1])]
    add("mixed", P, f">>> df[['이름', '연락처', '미납개월']].head(3)\n   이름  연락처  미납개월\n{body}", labels)
    # R data.frame
    a, ra, b, rb = kname(), rrx(1990, 1999), kname(), rrx(1990, 1999)
    add(
        "mixed",
        P,
        f'> survey <- data.frame(name = c("{a}", "{b}"), rrn = c("{ra}", "{rb}"), score = c(4, 5))\n> nrow(survey)\n[1] 2',
        [(PER, a), (PER, b), (RRN, ra), (RRN, rb)],
    )
    # e-mail headers with a Korean display name
    n, e, t = kname(), email(), email2(domain="korea.kr")
    add(
        "mixed",
        P,
        f'Return-Path: <{e}>\nFrom: "{n}" <{e}>\nTo: {t}\nSubject: RE: 지방세 환급 계좌 확인\nX-Mailer: NaverMail\n\n네, 맞습니다. 감사합니다.',
        [(MAIL, e), (PER, n), (MAIL, e), (MAIL, t)],
    )
    # KakaoTalk export (English UI)
    a, b, p, loc = kname(), kname2(), pick_mob(), kaddr2("apt")
    add(
        "mixed",
        P,
        f"Talk_2024.11.22 21:14-1.txt\nDate Saved : 2024-11-22 21:14\n\n--------------- Friday, November 22, 2024 ---------------\n[{a}] [9:02 PM] 전입 서류 보낼 주소 알려주세요\n[{b}] [9:05 PM] {loc} 이에요\n[{b}] [9:05 PM] 급하면 {p}로 전화 주세요",
        [(PER, a), (PER, b), (LOC, loc), (PER, b), (PH, p)],
    )
    # OCR'd 임대차계약서 (PDF to text, broken lines)
    ll, lr, tn, tr_, loc, lp = kname(), rrx(1960, 1980), kname(), rrx(1990, 1999), kaddr("apt"), mob()
    add(
        "mixed",
        P,
        f"주택임대차표준계약서 p.2/3\n[임대인] 성명 {ll} 주민등록번호 {lr}\n전화 {lp}\n[임차인] 성명 {tn} 주민등록번호 {tr_}\n1. 부동산의 표시 소재지 {loc}\n임차할 부분 전부   면적 59.9㎡\n-- OCR confidence 0.87 --",
        [(PER, ll), (RRN, lr), (PH, lp), (PER, tn), (RRN, tr_), (LOC, loc)],
    )
    # Teams meeting minutes mixed
    a, b, e = kname(), rstyle("western-hyphen"), email2(domain="korea.kr")
    add(
        "mixed",
        P,
        f"Meeting notes — 국립공원 예약 시스템 개선 (11/21)\nAttendees: {a}, {b}, vendor PM\n- 예약 취소 수수료 정책: keep as-is until Q1\n- Action: {b} to send API spec to {e} by Fri",
        [(PER, a), (PER, b), (PER, b), (MAIL, e)],
    )
    # CSV with quoted Korean fields
    r1, r2 = (kname(), acct("수협"), jibun2()), (kname(), acct("수협"), jibun2())
    add(
        "mixed",
        P,
        f'name,account,address,boat\n"{r1[0]}","{r1[1]}","{r1[2]}","○○호(2.9t)"\n"{r2[0]}","{r2[1]}","{r2[2]}","△△호(4.1t)"',
        [(PER, r1[0]), (ACC, r1[1]), (LOC, r1[2]), (PER, r2[0]), (ACC, r2[1]), (LOC, r2[2])],
    )
    # Sentry event JSON
    i, e, u = pub_ip(), email2(), kname()
    add(
        "mixed",
        P,
        f'{{"event_id": "9c1e0f", "level": "error", "message": "KeyError: \'주소\'", "user": {{"ip_address": "{i}", "email": "{e}", "username": "{u}"}}, "tags": {{"service": "재난지원금-api"}}}}',
        [(IP, i), (MAIL, e), (PER, u)],
    )
    # Firestore export (taxi licence)
    n, d, p = kname(), dl(named=True), mob()
    add(
        "mixed",
        P,
        f'taxi_drivers/kd_88120 => {{ name: "{n}", licenseNo: "{d}", phone: "{p}", company: "○○운수", updatedAt: Timestamp(seconds=1732200000) }}',
        [(PER, n), (DLIC, d), (PH, p)],
    )
    # MyBatis mapper with hard-coded test values
    r, h = rrx(1945, 1960), hi()
    add(
        "mixed",
        P,
        f'<select id="findVisitTarget" resultType="VisitTarget">\n  SELECT * FROM tb_visit_health\n  WHERE rrno = #{{rrno}} <!-- test: {r} -->\n    AND nhis_no = #{{nhisNo}} <!-- test: {h} -->\n</select>',
        [(RRN, r), (HINS, h)],
    )
    # PostgreSQL COPY output (체납 법인)
    b1, c1, b2, c2 = bz(), cr("110111"), bz(), cr("284411")
    add(
        "mixed",
        P,
        f"COPY tb_arrears_corp (corp_nm, brno, crno, amt) FROM stdin;\n㈜해든건설\t{b1}\t{c1}\t312000000\n㈜미래수산\t{b2}\t{c2}\t87500000\n\\.",
        [(BRN, b1), (CRN, c1), (BRN, b2), (CRN, c2)],
    )
    # Korean git commit with a pasted test record
    n, e, p = kname(), email2(), mob()
    add(
        "mixed",
        P,
        f"commit 3fa91c2\nAuthor: {n} <{e}>\nDate:   Fri Nov 22 18:02:44 2024 +0900\n\n    fix: 휴대폰 번호 정규화 버그 수정\n\n    재현 데이터: {p} (하이픈 포함 입력 시 중복 저장)",
        [(PER, n), (MAIL, e), (PH, p)],
    )


# ---------------------------------------------------------------- hard negatives
def negatives() -> None:
    # ---- Korean (25)
    add("ko", N, f"관용차량 배차표 (12월 1주)\n- 12가 {dg(4, '123456789')} 쏘나타 하이브리드: 월·수 기획예산과\n- 38도 {dg(4, '123456789')} 스타리아: 화·목 복지정책과\n- 205호 {dg(4, '123456789')} 전기 포터: 금 청소행정과\n차량 번호 확인 후 키 수령, 운행일지 필수 작성", [])
    add("ko", N, f"법무팀 소송 현황\n- 2024가단{dg(6, '123456789')} 손해배상(기) — 1심 진행, 다음 변론 12.10.\n- 2023구합{dg(5, '123456789')} 영업정지처분취소 — 항소심\n- 2024타경{dg(5, '123456789')} 부동산임의경매 — 배당요구 종기 확인\n사건번호로 대법원 나의사건검색에서 조회 가능", [])
    add("ko", N, f"등기우편 반송 현황 (11월)\n등기번호 {bad_rrn13()} — 수취인 부재 3회\n등기번호 {bad_rrn13()} — 이사불명\n등기번호 {bad_rrn13()} — 수취거절\n※ 등기번호만 기재, 수취인 정보는 원본 대장 참조", [])
    e1, e2 = ean_not_rrn(), ean_not_rrn()
    add("ko", N, f"원산지 표시 점검 품목 (대형마트 ○○점)\n1) 냉동 고등어 필렛 400g — 바코드 {e1} — 노르웨이산 표시 적정\n2) 마른 오징어 5미 — 바코드 {e2} — 원산지 미표시 → 시정명령\n품목 번호는 POS 스캔값 그대로", [])
    i1, i2 = isbn13("979-11-" + dg(4) + "-" + dg(3)), isbn13("978-89-" + dg(4) + "-" + dg(3))
    add("ko", N, f"공공도서관 희망도서 구입 목록 (12월)\n- 『지역 소멸과 작은 도서관』 ISBN {i1}\n- 『어촌의 사계절』 ISBN {i2}\n번호 오류 시 국립중앙도서관 서지정보로 재확인 바랍니다.", [])
    add("ko", N, "[언론 동향 요약 11.22.]\n- 한강 작가 노벨문학상 수상 후 지역 서점 매출 급증… 시립도서관 대출 대기 400명 넘어\n- 봉준호 감독 신작 촬영지로 우리 시 옛 양조장 검토 중이라는 보도\n- 손흥민 선수 자선 축구교실, 시민운동장 대관 문의 들어옴\n→ 보도자료 배포 여부는 홍보담당관 판단", [])
    add("ko", N, "지역화폐 가맹점 업종별 현황 (음식점 상위)\n김가네 김밥 12곳, 원할머니보쌈 7곳, 놀부부대찌개 5곳, 이삭토스트 9곳, 정관장 4곳\n→ 프랜차이즈 직영점은 가맹 제외 대상인지 재확인 필요", [])
    add("ko", N, "12월 출장 계획: 월 김포(항공청 회의) → 화 이천(물류센터 점검) → 수 정선·홍천(산림 현장) → 목 하남 → 금 고성(DMZ 평화길 협의). 숙박은 고성만 1박.", [])
    add("ko", N, "노인일자리 수행기관 목록: 한마음복지관, 다온노인복지센터, 새롬시니어클럽, 은빛나래 경로당 연합회, 소망지역아동센터. 기관별 참여 인원은 별첨.", [])
    add("ko", N, f"판결문 공개본 요지: 원고 김○○은 피고 이△△에게 보증금 반환을 청구하였고, 법원은 피고가 원고에게 {random.randint(50, 180)},000,000원을 지급하라고 판결하였다. 당사자 성명은 비실명 처리됨. 사건번호 2023가합{dg(5, '123456789')}.", [])
    add("ko", N, "2025학년도 지역인재 장학금 연령 요건 안내\n- 생년월일 2004.03.01. 이후 출생자\n- 단, 병역 이행자는 복무기간만큼 연장 (최대 2001.03.01. 출생자까지)\n- 문의: 장학재단 콜센터", [])
    add("ko", N, "재난지원금 3차 지급 실적 (11.30. 기준)\n지급 세대 48,211 / 지급액 14,463,300,000원 / 이의신청 1,204건 (연락 두절 88건 포함)\n계좌 입금 91.2%, 지역화폐 충전 8.8%", [])
    add("ko", N, "국가유공자 예우 교육 자료 (초등 5학년)\n1. 유관순 열사와 3·1 운동\n2. 안중근 의사의 하얼빈 의거\n3. 이순신 장군과 명량 해전\n활동지: 내가 만약 그 시대에 살았다면?", [])
    add("ko", N, "독서교실 12월 주제: 고전 속 인물 다시 읽기 — 성춘향과 이몽룡, 심청과 심학규, 흥부와 놀부. 인물 관계도를 그려 오세요.", [])
    add("ko", N, f"제{random.randint(280, 330)}회 ○○시의회 제2차 정례회 의사일정\n- 의안번호 제2024-{random.randint(100, 199)}호 ○○시 청년 기본 조례 일부개정조례안\n- 의안번호 제2024-{random.randint(200, 260)}호 2025년도 예산안\n본회의 12.16.(월) 10:00", [])
    add("ko", N, f"주민센터 물품 배송 조회\nCJ대한통운 운송장 {dg(12, '5')} — 배송 완료\n한진택배 운송장 {dg(12, '4')} — 간선 하차\n우체국택배 {bad_rrn13()} — 접수\n(운송장 번호는 물품 추적용)", [])
    add("ko", N, "국립공원 탐방로 입구 좌표 (안내판 교체용)\n- 백무동 탐방지원센터 35.3618, 127.6432\n- 중산리 탐방지원센터 35.2790, 127.7400\n위치 정보 오차 ±5m, 공공데이터로 공개된 값", [])
    add("ko", N, "보안검색 장비 점검표\nX-ray 1호기 펌웨어 4.2.11.7 → 4.2.12.3 업데이트 완료\n문형 금속탐지기 2호기 펌웨어 2.0.8.1 (최신)\n폭발물 흔적탐지기 소프트웨어 버전 10.4.1.16", [])
    add("ko", N, "건강보험 요양급여 청구 코드 확인\n- 진찰료 초진 AA154, 재진 AA254\n- 약제 코드 642102570 (보험 상한가 변경 12.1.)\n- 행위 코드 C3811 검사료\n건강보험심사평가원 고시 기준", [])
    add("ko", N, "병역판정검사 신체등급 분포 (2024 상반기, 우리 청)\n1급 12.1% / 2급 41.3% / 3급 30.2% / 4급 11.8% / 5급 3.1% / 6급 0.4% / 7급(재검) 1.1%\n평균 BMI 23.4, 검사 인원 8,412명", [])
    add("ko", N, "공무원연금기금 운용 현황 (공시)\n적립금 12조 3,456억원, 연간 수익률 5.42%\n연금 계좌 수 약 62만, 지급 건수 월 55만 건\n※ 개별 수급자 정보 없음", [])
    add("ko", N, "12월 중식 식단표 (알레르기 유발 식품 번호 표기)\n월: 현미밥, 돈육김치찌개 5.6.9.10.13, 계란말이 1\n화: 카레라이스 2.5.6.10.13.16, 깍두기 9.13\n수: 잔치국수 5.6.13.18, 단호박찜", [])
    add("ko", N, f"민원실 대기 현황 (14:30)\n대기번호 0{random.randint(300, 499)}번 → 3번 창구\n대기번호 0{random.randint(500, 699)}번 → 여권 창구\n현재 대기 인원 17명, 평균 대기 11분", [])
    add("ko", N, f"국립공원 대피소 예약 안내 — 예약번호 R{random.randint(240101, 241231)}-{dg(4)} 형식으로 문자 발송됩니다. 예약 번호 분실 시 홈페이지에서 조회하세요. 대피소 전화 연결은 운영하지 않습니다.", [])
    add("ko", N, "택시 면허 양수 신청 시 구비서류 안내\n1. 양도양수 계약서 원본\n2. 운전경력증명서 (무사고 기간 확인)\n3. 건강진단서 (6개월 이내)\n4. 면허번호와 주민등록번호가 기재된 서류는 개인정보 보호를 위해 창구에서만 접수합니다.", [])
    # ---- English (20)
    add("en", N, "Morning press digest: Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin; Taylor Swift's tour added two Tokyo dates; Elon Musk said the Starship launch would slip to spring. No action needed for our office.", [])
    add("en", N, "Cafeteria vendor shortlist for the new staff canteen: Ben & Jerry's (freezer unit), Tim Hortons (coffee kiosk), Auntie Anne's (pretzels), Wendy's (grill). Johnnie Walker was removed from the event bar list per policy.", [])
    add("en", N, "Grant summary: the programme funds respite care for families affected by Alzheimer's disease, Parkinson's disease and Huntington's disease, with a smaller pilot for Crohn's disease support groups.", [])
    add("en", N, "Legal aid training, session 3 readings: Miranda v. Arizona, 384 U.S. 436 (1966); Gideon v. Wainwright, 372 U.S. 335 (1963); Goldberg v. Kelly, 397 U.S. 254 (1970). Bring questions about the right to counsel.", [])
    add("en", N, "Chart of accounts update: account 6100-200 (Travel - Domestic) splits into 6100-210 (Airfare) and 6100-220 (Lodging). Account number 2150-000 (Accrued Payroll) is unchanged. Please re-map open POs before close.", [])
    add("en", N, "Hazmat inventory — Building C store room\nAcetone, CAS 67-64-1, 20 L\nSodium hypochlorite, CAS 7681-52-9, 40 L\nIsopropyl alcohol, CAS 67-63-0, 12 L\nNumbers verified against the SDS binder.", [])
    add("en", N, "Formulary change notice: metformin 500 mg tablets NDC 0093-1048-01 replaced by NDC 0591-2411-10; atorvastatin 20 mg NDC 0378-3950-77 remains preferred. Contact the pharmacy number on the intranet with questions.", [])
    add("en", N, "Pension fund holdings extract: ISIN US0378331005 (Apple Inc.) 1.2%; ISIN KR7005930003 (Samsung Electronics) 2.8%; CUSIP 594918104 (Microsoft) 1.9%. Weights as of Oct 31.", [])
    add("en", N, "Fleet list — motor pool\n1HGCV1F34LA012345  2020 Honda Accord  Dept: Parks\n5YJ3E1EA7KF317000  2019 Tesla Model 3  Dept: IT\nVIN numbers only; vehicles are not assigned to individuals.", [])
    add("en", N, f"Shipment tracking for the office supply order: UPS 1Z{dg(6)}03{dg(8)}, FedEx tracking number {dg(12, '7')}. Delivery window Tuesday 9-12.", [])
    add("en", N, "Release checklist: bump firmware from 3.1.20.8 to 3.1.21.0, confirm the kiosk app reports build 2.4.118.9, and keep the bootloader at 1.0.7.3. Do not change the NTP server setting.", [])
    add("en", N, "Vendor call list for the office move: 1-800-GOT-JUNK (bulk removal), 1-800-FLOWERS (opening day), 1-888-NEW-DESK (furniture). These are company lines, not personal contacts.", [])
    add("en", N, "Book club, January pick: Pride and Prejudice. Questions: is Elizabeth Bennet fair to Mr. Darcy in the first half? What does Charlotte Lucas's choice say about money? Bring your own copy.", [])
    add("en", N, "Admissions newsletter: this year's cohort includes two Fulbright alumni, a Rhodes Scholar and a recipient of the Gates Cambridge award. Nobel laureate lectures resume in March.", [])
    add("en", N, "References: doi:10.1038/s41586-023-06291-2; arXiv:2403.01234; PMID 37891234; ISSN 2041-1723. Citation counts pulled from Crossref on 11/20.", [])
    add("en", N, f"Join Zoom Meeting\nMeeting ID: {dg(3, '89')} {dg(4)} {dg(4)}\nPasscode: {dg(6)}\nOne tap mobile: use the Zoom dial-in list on the intranet. The meeting ID is not a phone number.", [])
    add("en", N, f"Airport ops note: flight KE{random.randint(600, 699)} gate 27, bag tag {dg(10, '0')} rerouted via transfer belt 4; lost-and-found batch LF-{dg(6)}. No passenger details recorded here.", [])
    add("en", N, f"Powerball results for Nov 20: {', '.join(str(x) for x in sorted(random.sample(range(1, 70), 5)))} and Powerball {random.randint(1, 26)}. The jackpot rolls to $312 million.", [])
    add("en", N, "Census work area: FIPS 53033 (King County), tracts 0081.02, 0082.00 and 0092.00; block group 2. Use these numbers in the field assignment tool only.", [])
    add("en", N, "Engineering onboarding: our stack uses the Dijkstra shortest-path module, the Levenshtein distance helper and a Kalman filter for GPS smoothing; the old Pascal and Ada services were retired last year.", [])
    # ---- mixed (15)
    add("mixed", N, "연구용역 보고서 참고문헌 정리: Kim, J.-H., & Lee, S. (2021). Local fiscal autonomy. Korean Journal of Public Administration, 59(2), 1-28. / Park, M. et al. (2019). 이하 APA 7판 형식 유지.", [])
    add("mixed", N, "민원 챗봇 벤치마킹: Siri, Alexa, Bixby, Cortana 대비 우리 '똑똑이'의 의도 인식률 비교 — Alexa는 한국어 미지원으로 제외.", [])
    add("mixed", N, '재난지원금 집계표 수식 점검: =SUMIF(C2:C2451,"지급",F2:F2451), =COUNTIFS(D:D,"이의신청",E:E,">=2024-11-01"), =VLOOKUP(A2,\'세대원\'!A:F,6,FALSE) — 셀 참조만 확인, 개인 데이터 시트는 별도.', [])
    add("mixed", N, "수산물 원산지 단속 품목 HS code: 냉동 고등어 0303.54-0000, 활 넙치 0301.99-1020, 건조 오징어 0307.49-2010. 수입신고번호와 혼동 주의.", [])
    add("mixed", N, "노인일자리 직종 분류: KSCO 9412 (청소원), KSIC C10712 (떡류 제조), KSIC N75330 (경비 서비스). 분류코드만 시스템 입력.", [])
    add("mixed", N, "버스 노선 변경 안내: 간선 471, 지선 7011, 광역 M6117 — 정류소 ARS 번호 23-287, 23-291 폐지. 문의는 120 다산콜.", [])
    add("mixed", N, "외국인 주민 안내문 번역 시 지명 로마자 표기: Gimpo, Icheon, Sejong, Jinju, Yeosu, Hanam — 인명처럼 보여도 모두 지명입니다.", [])
    add("mixed", N, "공공도서관 DVD 신착: '82년생 김지영', '응답하라 1988', 'Kim's Convenience' 시즌 1, '김비서가 왜 그럴까' — 대출 기간 7일.", [])
    add("mixed", N, f"보건소 검체 관리: specimen ID S24-{dg(9)}, rack 12 / slot B7, 수거 14:20. 검체번호와 바코드만 기재하며 대상자 정보는 LIS에서만 조회.", [])
    add("mixed", N, "국세 체납 통계 (세목 코드별): 10 종합소득세 1,204억, 31 부가가치세 2,877억, 41 법인세 955억. 체납 건수 합계 48,113건.", [])
    add("mixed", N, "개발 위키 — 알고리즘 정리: Dijkstra 최단경로, Bellman-Ford, Floyd-Warshall 비교 / Haskell, Julia, Ada 언어로 작성된 레거시 모듈 목록.", [])
    add("mixed", N, "API 명세 예시 값 (더미): phone \"010-0000-0000\", email \"user@example.com\", rrn \"000000-0000000\" — 실제 값 입력 금지, 형식 설명용.", [])
    add("mixed", N, "교통카드 정산 리포트: route M6117 승차 12,034건, 7011번 4,112건; terminal firmware v5.2.0.14; 오류 코드 E-0412 31건.", [])
    add("mixed", N, "전세사기 피해 통계 브리핑: 피해자 결정 1,402건 (가결 1,211 / 부결 191), 평균 보증금 1억 4,300만원. 'account' 탭은 예산 계정 코드(310-02)임.", [])
    add("mixed", N, "공항 보안검색 KPI: 시간당 처리 312명, 재검색률 4.1%, X-ray 오탐 0.8% — 장비 S/N XR-2291-0043, 소프트웨어 7.10.2.", [])


# ---------------------------------------------------------------- obfuscated
KATAKANA = ["キム・ミンジュン", "パク・ソヨン", "イ・ジフン", "チェ・ユナ", "チョン・ヒョヌ"]


def obfuscated() -> None:
    # ---- common kinds (20)
    # 1 fullwidth-digit mobile number (copied out of an HWP table)
    n, p = kname(), pick_mob()
    v = fullwidth(p)
    add("ko", OB, f"자원봉사자 {n} 님 연락처 {v} (한글 파일 표에서 복사)로 12월 배식 일정 문자 부탁드립니다.", [(PER, n), (PH, v)])
    # 2 word joiners (U+2060) between the digits of a resident number
    n, r = kname(), rrx(1965, 1985)
    v = interleave(r, "\u2060")
    add("ko", OB, f"노인일자리 참여자 {n} 주민등록번호 {v} 확인 부탁드려요. 복사하면 자꾸 깨져서 그대로 붙였습니다.", [(PER, n), (RRN, v)])
    # 3 card number with every digit spaced
    c = cc("4", (4, 4, 4, 4), "")
    v = interleave(c, " ")
    add("en", OB, f"Caller read the card back slowly for the refund: {v}. Expiry 08/27. Please process the duplicate-charge reversal.", [(CARD, v)])
    # 4 alien registration number with dots between the digits
    n, a = hfname("np"), arx(1988, 1998)
    v = interleave(digits(a), ".")
    add("ko", OB, f"고용허가 근로자 {n} 외국인등록번호: {v} (스캔본 판독이 어려워 점으로 구분해 적음)", [(PER, n), (ARN, v)])
    # 5 mobile number read aloud in Sino-Korean digits (STT)
    p = pick_mob()
    v = " ".join(read_digits(g, SINO) for g in p.split("-"))
    add("ko", OB, f"[녹취 STT] 신고자: 제 번호요? {v}이요. 문자로 접수번호 보내 주세요.", [(PH, v)])
    # 6 base64 resident number in JSON
    n, r = kname(), rrx(1980, 1999)
    v = b64(r)
    add("mixed", OB, f'{{"applicant": "{n}", "rrn_b64": "{v}", "note": "암호화 대신 base64로만 인코딩됨 — 보안점검 지적사항"}}', [(PER, n), (RRN, v)])
    # 7 percent-encoded Korean address in a URL
    a = kaddr2("apt")
    v = urllib.parse.quote(a)
    add("mixed", OB, f"GET /map/geocode?addr={v}&output=json HTTP/1.1\nHost: gis.example.go.kr\n# 전입 주소 좌표 변환 요청 로그", [(LOC, v)])
    # 8 ASCII-hex phone number in a debug dump
    p = usnum("dash")
    v = hexs(p)
    add("en", OB, f"DEBUG sms.gateway payload dst_hex={v} len={len(p)} encoding=ascii status=queued", [(PH, v)])
    # 9 (at)/(dot) e-mail
    n = ename()
    e = mail_of(n, "gmail.com")
    v = e.replace("@", "(at)").replace(".", "(dot)")
    add("en", OB, f"Please send the signed lease to {n}, {v} — they asked us not to write the address plainly on the flyer.", [(PER, n), (MAIL, v)])
    # 10 골뱅이/점 e-mail
    loc_, dom = random.choice(LOCALS2), random.choice(["naver", "daum"])
    v = f"{loc_.replace('.', ' 점 ')} 골뱅이 {dom} 점 net" if dom == "daum" else f"{loc_.replace('.', ' 점 ')} 골뱅이 {dom} 점 com"
    add("ko", OB, f"회신 메일 주소 불러드릴게요. {v} 입니다. 스팸 걸릴까 봐 이렇게 적었어요.", [(MAIL, v)])
    # 11 account number broken over lines (bank-book OCR)
    ho, ac = kname2(), acct("국민")
    v = ac[:9] + "\n" + ac[9:]
    add("ko", OB, f"통장 사본 OCR 결과\n예금주 {ho}\n계좌번호 {v}\n은행 KB국민", [(PER, ho), (ACC, v)])
    # 12 spaced Hangul name syllables
    n, p = kname(), mob()
    v = interleave(n, " ")
    add("ko", OB, f"수신인: {v} 님 (동명이인 검색 피하려고 띄어 씀), 연락처 {p}", [(PER, v), (PH, p)])
    # 13 e-mail with ' dot ' / ' at ' words
    n = ename()
    e = mail_of(n, "outlook.com")
    v = e.replace(".", " dot ").replace("@", " at ")
    add("en", OB, f"Forum post: 'Selling my spare parking permit, DM or write to {v}.' Moderator flagged it for containing contact info.", [(MAIL, v)])
    # 14 fullwidth business registration number
    n, b = kname(), bz()
    v = fullwidth(b)
    add("ko", OB, f"원산지 위반 업소 대표 {n}, 사업자등록번호 {v} (전각 문자로 입력되어 검색 안 됨)", [(PER, n), (BRN, v)])
    # 15 zero-width non-joiner inside a passport number
    n, pn = kname(), pp_new("M")
    v = pn[:4] + "\u200c" + pn[4:]
    add("mixed", OB, f"출장자 {n} passport_no='{v}' → 발권 시스템 validation error (숨은 문자)", [(PER, n), (PASS, v)])
    # 16 defanged IPv4 with [.]
    i = pub_ip()
    v = i.replace(".", "[.]")
    add("en", OB, f"IOC share: brute-force source {v} (defanged), first seen 2024-11-21 23:04 KST, 1,840 attempts against the portal.", [(IP, v)])
    # 17 health insurance number with a space between every digit
    n, h = kname(), hi()
    v = interleave(h, " ")
    add("ko", OB, f"방문간호 대상자 {n}, 건강보험증 번호 {v} (보험증 사진 보고 한 자씩 입력)", [(PER, n), (HINS, v)])
    # 18 English name letter-spaced in capitals
    n, p = ename(), usnum("paren")
    v = "  ".join(interleave(part.upper(), " ") for part in n.split())
    add("en", OB, f"Banner draft for the retirement party: CONGRATULATIONS  {v}! RSVP to {p}.", [(PER, v), (PH, p)])
    # 19 e-mail as HTML decimal character references
    e = email2()
    v = html_dec(e)
    add("mixed", OB, f'<p>담당자 문의: <a href="mailto:{v}">{v}</a></p>\n<!-- 스팸 방지용 엔티티 인코딩 -->', [(MAIL, v), (MAIL, v)])
    # 20 driver's licence number with middle dots instead of hyphens
    n, d = kname(), dl()
    v = d.replace("-", "·")
    add("mixed", OB, f'{{"driver": "{n}", "license": "{v}", "vehicle": "관용 12가 3456"}}', [(PER, n), (DLIC, v)])
    # ---- kinds new for this set (20)
    # 21 mobile number with digits alternately Arabic and Sino-Korean words
    n, p = kname(), pick_mob()
    v = mixed_read(p)
    add("ko", OB, f"당근마켓 거래 글: 직거래만, 연락 {v} ({n}) — 숫자 그대로 쓰면 글이 삭제돼서요", [(PH, v), (PER, n)])
    # 22 resident number split across two sentences
    n, r = kname(), rrx(1975, 1995)
    front, back = r.split("-")
    v = f"{front}이고요. 뒷자리는 {back}"
    add("ko", OB, f"[상담 채팅] {n}: 주민번호 앞자리는 {v}입니다. 한 번에 쓰면 차단된다고 해서 나눠서 보내요.", [(PER, n), (RRN, v)])
    # 23 account number with a decoy digit added and the removal noted
    ac = acct("우리")
    v = ac + "7"
    add("ko", OB, f"환급 계좌: 우리은행 {v} — 맨 끝 7은 일부러 붙인 거니 빼고 입력해 주세요.", [(ACC, v)])
    # 24 card number in Unicode mathematical monospace digits
    c = cc("54")
    v = math_mono(c)
    add("en", OB, f"Pasted from a styled PDF: card on file {v}, cardholder requested a new statement.", [(CARD, v)])
    # 25 name written vertically, one syllable per line (envelope address block)
    n, a = kname(), kaddr("none")
    v = "\n".join(n)
    add("ko", OB, f"세로쓰기 봉투 스캔\n{v}\n귀하\n\n{a}", [(PER, v), (LOC, a)])
    # 26 Caesar shift of every digit with a note
    p = pick_mob()
    v = caesar_digits(p, 3)
    add("ko", OB, f"비상연락처 (각 자리 +3 해서 적음, 받을 때 3씩 빼세요): {v}", [(PH, v)])
    # 27 compatibility-jamo spelling of a name
    n, p = kname(), mob()
    v = compat_jamo(n)
    add("ko", OB, f"청소년상담 메모: 내담자 이름은 {v}(자모 분리), 보호자 번호 {p}. 실명 노출 금지 요청.", [(PER, v), (PH, p)])
    # 28 mobile number in keycap emoji
    n, p = kname(), pick_mob()
    v = keycap(p)
    add("ko", OB, f"[오후 7:20] {n} : 제 번호 {v} 여기로 연락주세요 🙏", [(PER, n), (PH, v)])
    # 29 e-mail as base32
    e = email()
    v = b32(e)
    add("en", OB, f"Recovery contact stored as base32 in the legacy table: recovery_b32={v} (user asked for account unlock).", [(MAIL, v)])
    # 30 e-mail built with String.fromCharCode
    e = email2()
    v = codes(e)
    add("en", OB, f"<script>var c = String.fromCharCode({v}); document.getElementById('contact').textContent = c;</script>", [(MAIL, v)])
    # 31 e-mail assembled by document.write
    loc_, dom = random.choice(LOCALS), random.choice(["gmail.com", "naver.com"])
    v = f"{loc_}' + '@' + '{dom}"
    add("en", OB, f"<p>Volunteer coordinator: <script>document.write('{v}');</script></p>", [(MAIL, v)])
    # 32 phone number spoken with 'and then' between the groups
    n, p = ename(), usnum("dash")
    a_, b_, c_ = p.split("-")
    v = f"{a_}, and then {b_}, and then {c_}"
    add("en", OB, f"Voicemail transcript: Hi, this is {n} about the tenant hearing. My number is {v}. Call me back after five.", [(PER, n), (PH, v)])
    # 33 display name as an RFC 2047 encoded-word
    n, e = kname(), email()
    v = encoded_word(n)
    add("en", OB, f"Received: from mail.example.net\nFrom: {v} <{e}>\nSubject: complaint follow-up\nDate: Fri, 22 Nov 2024 09:14:02 +0900", [(PER, v), (MAIL, e)])
    # 34 quoted-printable body (name, address, phone)
    n, a, p = kname(), kaddr("apt"), mob()
    vn, va = qp(n), qp(a)
    add("mixed", OB, f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n=EC=84=B1=EB=AA=85: {vn}\n=EC=A3=BC=EC=86=8C: {va}\n=EC=A0=84=ED=99=94: {p}", [(PER, vn), (LOC, va), (PH, p)])
    # 35 resident number concatenated in an Excel formula
    n, r = kname(), rrx(1955, 1975)
    front, back = r.split("-")
    v = f'{front}"&"-"&"{back}'
    add("mixed", OB, f'엑셀 셀 D7 수식: ="{v}"  ← 성명 {n}, 수식으로 쪼개서 넣어 둔 주민번호', [(RRN, v), (PER, n)])
    # 36 phone number as SQL CHAR() code list
    p = mob()
    v = codes(p)
    add("mixed", OB, f"-- 관리자 콘솔 로그\nUPDATE tb_member SET tel = CHAR({v}) WHERE mem_id = 'u88120'; -- 필터 우회 시도 의심", [(PH, v)])
    # 37 phone number as CSS content escapes
    p = mob()
    v = css_escape(p)
    add("mixed", OB, f'.contact-tel::after {{ content: "{v}"; }} /* 크롤러가 전화번호 못 긁게 CSS로 출력 — 담당자 휴대폰 */', [(PH, v)])
    # 38 alien registration number in Chinese financial numerals
    n, a = hfname("cn"), arx(1985, 1999)
    v = read_digits(a, CN_FIN, keep_dash="-")
    add("mixed", OB, f"중국인 근로자 {n} 씨가 메모지에 적어 준 외국인등록번호: {v} (大写数字로 씀)", [(PER, n), (ARN, v)])
    # 39 Korean name transcribed in katakana by the Japanese side
    v, e = random.choice(KATAKANA), email2()
    add("mixed", OB, f"자매도시 교류단 명단 (일본 측 작성본 그대로)\n参加者: {v}  / 連絡先: {e}\n→ 한글 성명 확인 후 여행자보험 가입", [(PER, v), (MAIL, e)])
    # 40 name as Java \\uXXXX escapes in a .properties file
    n, p = kname(), mob()
    v = java_u(n)
    add("mixed", OB, f"# messages_ko.properties (native2ascii 변환본)\nsupport.manager.name={v}\nsupport.manager.tel={p}", [(PER, v), (PH, p)])


def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentyfourth")


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
    write_heldout(Path(__file__).with_name("heldout_twentyfourth.jsonl"), rows)


if __name__ == "__main__":
    main()
