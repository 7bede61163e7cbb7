# ruff: noqa: E501
"""Twenty-fifth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; the [tool.ruff] section of
pyproject.toml; of heldout_twentyfourth.py lines 1-691 only (module docstring with the labelling conventions and the
previous domains, hard-negative kinds and obfuscation kinds, imports, constants, seed, WANT, add(), value makers; none
of its disguise helpers or cases, lines 692-2195, was read) and lines 2196-2263 (build(), self_check(), main()), with
`sed -n`, plus a `grep -n` of def/constant lines over the `sed -n 1,691p` output to copy the value makers by line
range. Other looks: `wc -l` of those files, an `ls` of tests/detectors/corpus/ (names only), this file's own .jsonl
output read back to check span placement, ruff check and mypy on this file (mypy's one complaint is in spans.py
line 70, not here). No git log, git diff, git show or git status was run. The engine and the evaluation script were
neither read nor run on these cases; nothing here was tuned to the engine. WANT is the twenty-fourth's (140 positive: 60 ko, 40 en, 40 mixed; 60 hard negative: 25/20/15;
40 obfuscated: 16/12/12); build(), self_check() and main() are the twenty-fourth's (its lines 2196-2263) with only
the row prefix and output file name changed. Seed 25_2026_1125_4186.

Value makers copied unchanged from the twenty-fourth (its lines 183-354, 356-517 and 519-690; only the three section
comment lines are reworded): dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/BANK/acct/pp/pp_new/REGION/dl/hi/hid/priv_ip/
pub_ip/grp/digits/issn/ip6/luhn_digit/pick_mob, KSUR/KGIV/kname, EFIRST/ELAST/ROMA_GIVEN/ROMA_SUR/ename/rname, FGN/
fname, ROADS/kaddr, JIBUN/jibun, EADDR/eaddr, MAILDOM/LOCALS/email, birth/rrx/arx, GIV1/KSUR_RARE/kname2/krare, HFGN/
hfname, RR_HYPH/MR_SUR/MR_GIV/ALT_SUR/rstyle, intl, US_AREA/usnum, ROADS2/kaddr2, JIBUN2/jibun2, LOCALS2/MAILDOM2/
email2, mail_of, AREA/area_of, bad_rrn13, ean_not_rrn. New here: KGIV2/kname3 (a second list of given names, young
and old generations), COMMON_WORDS/kn/kn2 (kname/kname2 redrawn while the name is also an everyday word such as
연결, 이별, 오늘, 조건), HFGN2/hfname2 (foreign nationals' names in Hangul: Russian, Cambodian, Indonesian, Myanmar,
Sri Lankan, Kazakh), EFIRST2/ELAST2/ename2, ROADS3/kaddr3 (a third list of road-name addresses), LOCALS3/MAILDOM3/
email3, EADDR2/eaddr2 (US addresses, optionally with an apartment), ipv4_int. Every disguise helper (fullwidth,
between, ko_read, en_read, sino_cardinal, b64, pct_all, hex_ascii, html_hex, html_named, json_u, rot13, utf8_escapes,
mojibake, digit_map with ARABIC_INDIC/CHINESE_DIGIT/CIRCLED, ocr_letters, soft_hyphens, md_escape, nfd, ime_off,
ime_on) and put() (cases written with inline ⟦TAG:value⟧ marks, each mark's position checked against what place()
computes) is written for this set. Resident, alien, business and corporate numbers and card numbers carry real check
digits (check_digits.py); the one child born 2021-2023 carries a post-October-2020 number; people born 2000-2010
carry the old checksum with gender digit 3/4. Card prefixes: Visa 4, Mastercard 52/54, Amex 37 (4-6-5), domestic 9410.

Domains (none in the twenty-fourth's list). Korean: 우체국 금융 해지, 국립병원 진료 예약 변경, 법원 등기국 보정명령,
주택도시보증공사 전세보증 이행청구, 근로복지공단 산재 요양급여, 한국장학재단 상환 유예, 국민연금 외국인 반환일시금,
가정법원 성년후견, 가족센터 통번역, 출입국 사범 단속, 청년월세 지원, 공공와이파이 인증 로그, 도시가스 검침, 상수도
납부방법 변경, 아파트 관리비 카드납부, 학교폭력 심의 보호자 연락, 방과후 강사 채용, 보건복지 콜센터 상담, 해외 파견
공무원 인사, 재외국민 보호 사건, 공항 보호구역 출입증, 교도소 스마트접견, 소년원 사후지도, 산림재해일자리, 운전면허
갱신 과태료, 장애인 보조기기 급여, 나라장터 입찰자격, 전입신고 보류, 대형폐기물 수거, 임금체불 진정, 외국인력
고충상담, 어린이통학버스 운전자, 투표사무원 위촉 카톡, 지방세 체납 법인, 건강검진 미수검, 농지 건축허가, 청사
방문객 대장 OCR, 구직급여 계좌 변경, 동물등록 변경, 치매안심센터 쉼터, 정신건강 위기개입, 결혼이민자 한국어반,
외국인 산재 접수, 여권 재발급, 행정정보공동이용 감사로그, 사회적기업 지정, 긴급복지 현장확인, 보훈급여금 계좌,
예비군 연기 메일, 다함께돌봄센터, 민방위 미이수자, 국민임대 재계약, 지방공무원 시험 편의지원, 다문화 자녀 장학금,
의용소방대 추천, 과태료 운전자 변경, 통장협의회 회의록, 어선원 임금, 국외출장 렌터카, 피부양자 구술 문의. English:
law-firm conflict check, hospital incident report, private-banking KYC refresh, insurance subrogation demand, HR
grievance, I-20 name mismatch, AWS CloudTrail ConsoleLogin, Okta SCIM create-user, Jira CSV export, Intercom chat,
Shopify order CSV, Mailchimp audience export, DocuSign envelope, payroll ACH batch preview, pharmacy refill fax,
expatriate onboarding checklist, Korean vendor onboarding, court interpreter request, USPS change of address, school
nurse log, coworking door/Wi-Fi log, home-health visit YAML, small-claims complaint, job offer letter, reference
check, background-check authorisation, wedding RSVP, card dispute e-mail, Amex reconciliation, VPN ticket with IPv6,
EPS dormitory inspection, visa invitation letter, tenant ledger, card-not-present fraud alert, sleep-study screening
log, NHIS overseas claim, registered-agent notice, bastion access review, car-hire pre-check, notary journal. Mixed
formats: Spring Boot log, GraphQL mutation, Prisma seed, Hibernate exception, Polars print, MongoDB shell, curl JSON
body, Postman environment, Excel tab paste, HL7 ADT^A04, FHIR Patient, iCalendar VEVENT, SOAP envelope, Kubernetes
ConfigMap, SQL UPDATE, quoted CSV, markdown TF notes, LINE chat export, raw MIME headers, git patch of a YAML fixture,
Jupyter output, Fluentd JSON line, HAProxy log, sshd auth log, Zendesk ticket, Google Forms CSV, pytest dict, Go
struct literal, C# initializer, PHP array, TOML config, PDF-to-text with a broken address line, OCR'd 등기사항증명서,
Avro record, DuckDB table, Trello card JSON, SMS gateway pipe log, Grafana Loki line, INI settlement file, Kotlin
toString in a bug report.

Hard-negative kinds (60, none in the twenty-fourth's list). Korean (25): 부동산 고유번호와 등기 접수번호, 태풍 이름
(야기·카눈·힌남노), 인물 이름을 딴 도로명 without building numbers (세종대로·을지로·퇴계로·율곡로), 성씨로 시작하는
일반명사 (김장·이사·박람회·정산), 만화 캐릭터 (둘리·뽀로로·하니), 공문서 문서번호·시행일, 선박명·톤수, 15자리
동물등록번호, 법정동코드 표, 가명 처리된 학폭 당사자 (관련학생 A·B·C), 지역번호 목록, 상수도 요금 단가표, 단지 관리비
통계, 수험번호·고사실 배치, 임반·소반 산림 구획, 교정시설 접견 시간표, 반환일시금 제도 안내, 별표로 가린 카드·계좌,
가스 계량기 기물번호·지침, 공항 보호구역·게이트 번호, 학자금 상환기준 금액, 법령 조문 인용, 시군구 단위 집계, 여행경보
단계, 공공와이파이 AP 관리번호·펌웨어. English (20): processor-published sandbox test card numbers, reserved fictional
555-01XX numbers, ABA routing number and SWIFT code with an empty account field, ICD-10/CPT codes, C.F.R./U.S.C.
citations, AWS account ID in an IAM policy, METAR reports, hurricane names, Bible references (John 3:16), placeholder
party names (John Doe, Richard Roe), Alice/Bob/Eve/Mallory, patent numbers, IRS form names and box numbers, card BIN
ranges, RFC 5737 documentation addresses, eponymous SI units (newton, kelvin, ampere, Ohm's law), US cities that are
given names (Austin, Eugene, Marion, Tyler, Florence), SCIM attribute mapping without values, DocuSign role
placeholders ({{tenant_name}}), HL7 field definitions. Mixed (15): PII-validation regexes, DDL with PII column names
and no rows, API schema with 홍길동 and 010-XXXX-XXXX examples, unit test on fully asterisked values, SHA-256 dedup key
and opaque token, base64 of a JWT header and PNG signature, crontab with Korean comments, i18n validation messages,
ISO country/currency code table, public-agency mascots (해치·꿈돌이·수호랑), container image digest and resource limits,
KMA grid coordinates with a placeholder service key, Prometheus metrics by region, xxd hex dump of a PDF header, ULID
range in a migration log.

Obfuscation kinds (40). Common (20): fullwidth card number (PDF/HWP copy), zero-width spaces (U+200B) between the
digits of a mobile number, resident number with a space between every character, business registration number with
a dot between every digit, resident number read aloud in Sino-Korean digits with 다시 for the hyphen (STT), URL-safe
base64 e-mail in a query parameter, percent-encoded e-mail in a mailto: link, passport number as ASCII hex, [at]/[dot]
e-mail, 골뱅이/쩜 e-mail, card number broken over two lines (OCR), mobile number in English digit words, IPv4 with
(dot), fullwidth Latin e-mail, alien registration number with a space between every character, e-mail as HTML
hexadecimal character references, Korean name with spaces between syllables, JSON \\uXXXX-escaped Korean name,
driver's licence read aloud in Sino-Korean digits (영 for zero), account number with U+FEFF after each hyphen. New (20):
e-mail reversed to defeat scrapers, mobile number with its characters reversed and a note, ROT13 e-mail, e-mail typed
with the Korean IME left on (ㅜㅁㅍㄷㄱ.채ㅡ for naver.com), Korean name typed with the IME off (dubeolsik keys),
Korean name as Python UTF-8 \\xNN byte escapes in a traceback, mojibake (UTF-8 read as Windows-1252) of a Korean
name, e-mail as HTML5 named character references (&commat; &period;), mobile number in Arabic-Indic digits, alien
registration number in ordinary Chinese numerals (〇一二), mobile number split by an inline HTML <span>, markdown
backslash-escaped e-mail, account number with soft hyphens (U+00AD), Korean name in NFD conjoining jamo (macOS file
name), resident number with OCR letter-for-digit swaps (O/l/S/B), mobile number with its groups read as Sino-Korean
cardinals (칠천사백삼십이), IPv4 as a 32-bit decimal integer (INET_ATON), resident number as a JSON array of single
digits (one input box per digit), card number split across four query parameters, mobile number in circled digits
(⓪①②).

Labelling decisions: the twenty-fourth set's rules (its docstring, which carries the earlier sets' forward) apply
unchanged. Made explicit or added here:
- PERSON: a name split across given/family fields (SCIM givenName/familyName, a mailing list's First/Last Name
  columns) is labelled per field; a lone given name (a chat agent, a pupil, an RSVP guest) is labelled; ACH and
  passport-style capitals are labelled; the ⟦TAG⟧ generator never emits a Korean name that is also an everyday word.
  Placeholder names (홍길동 as an API example, John Doe, Richard Roe, Alice and Bob), hurricane and typhoon names,
  mascots and cartoon characters, and Bible books are never labelled. A user name like ci-deploy-runner is not a name.
- LOCATION: an address broken by a PDF line break runs from its first character to its last with the break inside;
  in an HL7 XAD field only the street component is labelled (the ^-separated trailing parts stay outside); a US
  address with an apartment runs through the ZIP code. Aggregates by 시군구 and road names without a building number
  are not addresses.
- BANK_ACCOUNT: a US DFI account number in an ACH preview is labelled; the ABA routing number next to it is not.
- Never labelled (beyond the twenty-fourth's list): processor sandbox card numbers, 555-01XX numbers, RFC 5737
  documentation addresses, routing numbers and SWIFT codes, AWS account IDs, BIN ranges, values masked with asterisks,
  X-placeholders, animal registration numbers, 법정동코드, 부동산 고유번호, meter serials and readings, hashes, ULIDs.
- Disguise spans (added): a reversed or ROT13 value is labelled on the token as written; an IME-mangled name or
  e-mail on the mangled token; UTF-8 \\xNN escapes from the first backslash to the last hex digit; a mojibake or NFD
  name on its whole token; HTML named references from the value's first character to its last; a markdown-escaped
  address with its backslashes; a phone number split by an inline tag from its first digit to its last with the tag
  inside; a card number split across query parameters from its first digit to its last with the &cardN= glue inside;
  a JSON digit array from the first digit to the last (brackets outside); an IPv4 integer on the number; a number read
  as cardinals from 공일공 to its last syllable; digits in another script (fullwidth, Arabic-Indic, Chinese, circled)
  whole; invisible characters (U+200B, U+FEFF, U+00AD) inside the span."""

from __future__ import annotations

import base64
import random
import re
import unicodedata
import urllib.parse
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import (
    arn,
    brn,
    card,
    crn,
    ean13,
    luhn_ok,
    rrn,
    rrn_check,
    rrn_new,
    valid_date,
)
from tests.detectors.corpus.spans import heldout_rows, place, write_heldout

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

random.seed(25_2026_1125_4186)

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


# ---------------------------------------------------------------- value makers copied unchanged from the twenty-fourth set (its lines 183-354)
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


# ---------------------------------------------------------------- (still copied: its lines 356-517)
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


# ---------------------------------------------------------------- (still copied: the makers the twenty-fourth added, its lines 519-690)
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



# ---------------------------------------------------------------- value makers new for this set
KGIV2 = (
    "하준 서아 은우 지안 로운 이서 시윤 아린 유찬 채은 도현 소윤 민재 예서 준혁 다인 승우 지유 태민 수연 "
    "영자 복순 판석 금례 칠성 용팔 점례 봉춘 갑수 순남 기순 만복 원석 향숙 인호 미옥 경태 은희 상욱 선영"
).split()


def kname3() -> str:
    """A Korean full name from a second list of given names (young and old generations)."""
    return random.choice(KSUR) + random.choice(KGIV2)


COMMON_WORDS = frozenset(
    (
        "연결 정결 표결 선결 공결 한결 성별 차별 구별 이별 송별 고별 석별 기별 선별 조율 배율 선율 전율 조건 여건 "
        "안건 용건 인건 강건 문건 표현 구현 오찬 성찬 정찬 예찬 반찬 하늘 마늘 오늘 구슬 이슬 서슬 경솔 반란 전란 "
        "문란 정담 한담 방담 민담 차담 우완 국빈 주빈 구빈 공훈 변혁 이윤"
    ).split()
)


def kn() -> str:
    """kname() redrawn while the name is also an everyday word (연결, 이별, 오늘, 조건...)."""
    while True:
        n = kname()
        if n not in COMMON_WORDS:
            return n


def kn2() -> str:
    """kname2() redrawn while the name is also an everyday word."""
    while True:
        n = kname2()
        if n not in COMMON_WORDS:
            return n


HFGN2 = {
    "ru": ["이바노프 세르게이", "스미르노바 올가", "쿠즈네초프 드미트리", "페트로바 안나"],
    "kh": ["속 찬타", "찬 소피아", "스레이 네앗"],
    "id": ["데위 앙그라이니", "리스키 프라타마", "와휴 헤르만토"],
    "mm": ["흐테 아웅 쪼", "뚜자 윈", "민 뚜 라"],
    "lk": ["쿠마리 라트나야케", "니산 페레라"],
    "kz": ["누르술탄 세이트칼리", "아이게림 베코바"],
}


def hfname2(origin: str) -> str:
    """A foreign national's name written in Hangul (Russian, Cambodian, Indonesian, Myanmar, Sri Lankan, Kazakh)."""
    return random.choice(HFGN2[origin])


EFIRST2 = (
    "Harriet Desmond Marisol Teodor Imogen Rashid Celeste Augustin Wren Bartholomew Ximena Florian Odessa Malik "
    "Genevieve Callum Beatriz Leopold Saoirse Emeka Thandiwe Dmitri Rosalind Ignacio Henrietta"
).split()
ELAST2 = (
    "Featherstone Oyelaran Szymanski Castellano Blackwood Van der Berg Mbeki Achterberg Lindgren Papadopoulos "
    "Drummond Kaczmarek Ferreira Holloway Nwachukwu Thibodeaux Esposito Radcliffe Montgomery Petrossian"
).split()


def ename2() -> str:
    """An English-language full name from a second list (the 'Van der Berg' surname keeps its internal spaces)."""
    last = random.choice(ELAST2)
    if last == "Van":
        last = "Van der Berg"
    while last in ("der", "Berg"):
        last = random.choice(ELAST2)
    return f"{random.choice(EFIRST2)} {last}"


ROADS3 = [
    ("서울특별시", "성북구", "보문로", "삼선동"),
    ("서울특별시", "강서구", "공항대로", "마곡동"),
    ("부산광역시", "금정구", "중앙대로", "구서동"),
    ("인천광역시", "부평구", "부평대로", "부평동"),
    ("대전광역시", "서구", "둔산로", "둔산동"),
    ("광주광역시", "남구", "봉선로", "봉선동"),
    ("경기도", "수원시 팔달구", "효원로", "인계동"),
    ("경기도", "안산시 단원구", "광덕대로", "고잔동"),
    ("경기도", "김해시", "가야로", "삼계동"),
    ("충청남도", "아산시", "번영로", "배방읍"),
    ("전라남도", "순천시", "연향번영길", "연향동"),
    ("경상북도", "구미시", "송정대로", "송정동"),
    ("강원특별자치도", "원주시", "원일로", "중앙동"),
    ("전북특별자치도", "익산시", "인북로", "모현동"),
]


def kaddr3(detail: str = "random") -> str:
    """A road-name address from a third list of roads, labelled like kaddr (the 김해시 row is a deliberate slip of
    the province, left as staff type it)."""
    sido, sgg, road, dong = random.choice(ROADS3)
    if sgg == "김해시":
        sido = "경상남도"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(3, 420)}" + (f"-{random.randint(1, 24)}" if random.random() < 0.3 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 120)}동 {random.randint(3, 22)}0{random.randint(1, 5)}호"
    if mode == "floor":
        return f"{head} {num} {random.randint(1, 5)}층 {random.randint(1, 9)}0{random.randint(1, 4)}호"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


LOCALS3 = (
    "hyeri.jang sm.kwak0630 ujin_lee bora2580 jkpyo.work seulgi.ok yh_cha77 minseo.gong dahye1124 taek.bang "
    "jwham.office sunwoo.eom gaon_do1 eunbi.seok hj.nam2019 kyungsu.ryu"
).split()
MAILDOM3 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "korea.kr", "hanmail.net", "nate.com", "hotmail.com"]


def email3(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS3)}@{domain or random.choice(MAILDOM3)}"


EADDR2 = [
    ("Juniper Hollow Ct", "Sacramento, CA", "95822"),
    ("Bellwether Pkwy", "Madison, WI", "53711"),
    ("Tamarack Ln", "Duluth, MN", "55803"),
    ("Quarry Bend Rd", "Asheville, NC", "28806"),
    ("Saltmarsh Ave", "Savannah, GA", "31405"),
    ("Orchard Terrace", "Spokane, WA", "99203"),
]


def eaddr2(unit: bool = False) -> str:
    street, city, z = random.choice(EADDR2)
    u = f" Apt {random.randint(2, 40)}{random.choice('ABCD')}" if unit else ""
    return f"{random.randint(7, 9870)} {street}{u}, {city} {z}"


def ipv4_int(ip: str) -> int:
    a, b, c, d = (int(x) for x in ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


# ---------------------------------------------------------------- disguise helpers, all written for this set
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fullwidth(s: str) -> str:
    """Every printable ASCII character as its fullwidth form (what an HWP/Word copy with 전각 on gives)."""
    return "".join(FW.get(c, c) for c in s)


def between(s: str, sep: str) -> str:
    """`sep` between every two characters of s (spaces, dots, zero-width characters)."""
    return sep.join(s)


SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))


def ko_read(s: str, dash: str = " 다시 ", zero: str = "공") -> str:
    """Digits read aloud in Sino-Korean, a hyphen read as `dash` (STT transcript style)."""
    out = []
    for c in s:
        if c == "-":
            out.append(dash)
        else:
            out.append(zero if c == "0" else SINO[c])
    return "".join(out)


EN_WORDS = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))


def en_read(s: str, group_sep: str = ", ") -> str:
    """Digits spelt out in English words, groups separated by `group_sep`."""
    return group_sep.join(" ".join(EN_WORDS[c] for c in g) for g in s.split("-"))


def sino_cardinal(n: int) -> str:
    """A number below 10000 read as a Sino-Korean cardinal (7432 -> 칠천사백삼십이)."""
    assert 0 < n < 10000
    out = []
    for unit, name in ((1000, "천"), (100, "백"), (10, "십")):
        q, n = divmod(n, unit)
        if q:
            out.append(("" if q == 1 else SINO[str(q)]) + name)
    if n:
        out.append(SINO[str(n)])
    return "".join(out)


def b64(s: str, urlsafe: bool = False, pad: bool = True) -> str:
    raw = s.encode("utf-8")
    enc = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode("ascii")
    return enc if pad else enc.rstrip("=")


def pct_all(s: str) -> str:
    """Percent-encode every character outside unreserved ASCII (the @ becomes %40)."""
    return urllib.parse.quote(s, safe="")


def hex_ascii(s: str, sep: str = "") -> str:
    return sep.join(f"{b:02x}" for b in s.encode("ascii"))


def html_hex(s: str) -> str:
    return "".join(f"&#x{ord(c):x};" for c in s)


HTML_NAMED = {"@": "&commat;", ".": "&period;", "_": "&lowbar;", "-": "&hyphen;"}


def html_named(s: str) -> str:
    """An address with @ . _ - written as HTML5 named character references."""
    return "".join(HTML_NAMED.get(c, c) for c in s)


def json_u(s: str) -> str:
    """Non-ASCII characters as JSON \\uXXXX escapes (json.dumps with ensure_ascii)."""
    return "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in s)


def rot13(s: str) -> str:
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def utf8_escapes(s: str) -> str:
    """A string's UTF-8 bytes as Python \\xNN escapes (what a bytes repr in a log shows)."""
    return "".join(f"\\x{b:02x}" for b in s.encode("utf-8"))


def mojibake(s: str) -> str:
    """UTF-8 bytes read back as Windows-1252 (bytes undefined there kept as the Latin-1 character)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    res = "".join(out)
    assert res == res.strip(), s
    return res


ARABIC_INDIC = {str(i): chr(0x0660 + i) for i in range(10)}
CHINESE_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
CIRCLED = {"0": "⓪", **{str(i): chr(0x2460 + i - 1) for i in range(1, 10)}}


def digit_map(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr_letters(s: str) -> str:
    """Digits an OCR engine commonly reads as letters (0->O, 1->l, 5->S, 8->B)."""
    return "".join(OCR_SWAP.get(c, c) for c in s)


def soft_hyphens(s: str) -> str:
    """A soft hyphen (U+00AD) after every third character (a PDF's hyphenation hints surviving a copy)."""
    return "".join(c + ("\u00ad" if i % 3 == 2 and i < len(s) - 1 else "") for i, c in enumerate(s))


def md_escape(s: str) -> str:
    """Markdown-escape the punctuation of an address (Slack/Notion export)."""
    return "".join("\\" + c if c in "_.@-" else c for c in s)


def nfd(s: str) -> str:
    """Hangul syllables decomposed into conjoining jamo (a macOS file name)."""
    out = unicodedata.normalize("NFD", s)
    assert out != s
    return out


# two-set (dubeolsik) keyboard: QWERTY key -> compatibility jamo
KEY2JAMO = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnmQWERTOP",
        "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ",
        strict=True,
    )
)
JAMO2KEY = {v: k for k, v in KEY2JAMO.items()}
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
VOWEL_PAIR = {"ㅗㅏ": "ㅘ", "ㅗㅐ": "ㅙ", "ㅗㅣ": "ㅚ", "ㅜㅓ": "ㅝ", "ㅜㅔ": "ㅞ", "ㅜㅣ": "ㅟ", "ㅡㅣ": "ㅢ"}
FINAL_PAIR = {
    "ㄱㅅ": "ㄳ", "ㄴㅈ": "ㄵ", "ㄴㅎ": "ㄶ", "ㄹㄱ": "ㄺ", "ㄹㅁ": "ㄻ", "ㄹㅂ": "ㄼ",
    "ㄹㅅ": "ㄽ", "ㄹㅌ": "ㄾ", "ㄹㅍ": "ㄿ", "ㄹㅎ": "ㅀ", "ㅂㅅ": "ㅄ",
}
SPLIT_FINAL = {v: k for k, v in FINAL_PAIR.items()}
SPLIT_VOWEL = {v: k for k, v in VOWEL_PAIR.items()}


def ime_off(s: str) -> str:
    """Hangul typed with the IME switched to English: the QWERTY keys of each jamo (김민준 -> rlaalswns)."""
    out = []
    for ch in s:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            out.append(ch)
            continue
        cho, rest = divmod(o, 588)
        jung, jong = divmod(rest, 28)
        for j in (CHO[cho], SPLIT_VOWEL.get(JUNG[jung], JUNG[jung]), SPLIT_FINAL.get(JONG[jong], JONG[jong])):
            out.extend(JAMO2KEY[x] for x in j)
    return "".join(out)


def ime_on(s: str) -> str:
    """ASCII typed with the Korean IME left on (dubeolsik automaton): naver.com -> ㅜㅁㅍㄷㄱ.채ㅡ."""
    out: list[str] = []
    cho = jung = jong = ""

    def flush() -> None:
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong)))
        else:
            out.append(cho + jung)
        cho = jung = jong = ""

    for key in s:
        j = KEY2JAMO.get(key) or KEY2JAMO.get(key.lower(), "")
        if not j:
            flush()
            out.append(key)
        elif j in CHO:
            if jung and cho and not jong and j in JONG:
                jong = j
            elif jong and jong + j in FINAL_PAIR:
                jong = FINAL_PAIR[jong + j]
            else:
                flush()
                cho = j
        elif jong:
            carry = jong
            if jong in SPLIT_FINAL:
                jong, carry = SPLIT_FINAL[jong][0], SPLIT_FINAL[jong][1]
            else:
                jong = ""
            flush()
            cho, jung = carry, j
        elif jung and jung + j in VOWEL_PAIR:
            jung = VOWEL_PAIR[jung + j]
        elif jung or not cho:
            flush()
            jung = j
        else:
            jung = j
    flush()
    return "".join(out)


# ---------------------------------------------------------------- writing a case with inline labels
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.DOTALL)
TAG = {
    "RRN": RRN,
    "ARN": ARN,
    "PASS": PASS,
    "DLIC": DLIC,
    "BRN": BRN,
    "CRN": CRN,
    "HINS": HINS,
    "PH": PH,
    "ACC": ACC,
    "CARD": CARD,
    "MAIL": MAIL,
    "IP": IP,
    "PER": PER,
    "LOC": LOC,
}


def put(lang: str, kind: str, marked: str) -> None:
    """Add a case written with ⟦TAG:value⟧ marks: the marks are stripped, each value becomes a label, and the spans
    place() will compute are checked against where the marks stood."""
    labels: list[tuple[str, str]] = []
    where: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = last = 0
    for m in MARK.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        value = m.group(2)
        parts.append(value)
        labels.append((TAG[m.group(1)], value))
        where.append((pos, pos + len(value)))
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    assert "⟦" not in text and "⟧" not in text, text
    got = sorted((int(str(s["start"])), int(str(s["end"]))) for s in place(text, labels))
    assert got == sorted(where), (got, where, text)
    add(lang, kind, text, labels)


# ---------------------------------------------------------------- positives, Korean (60)
def positives_ko() -> None:
    # 1 우체국 금융: 예금 해지 이관 메모
    n, a, p = kn(), acct("우체국"), mob()
    put("ko", P, f"[우체국금융 고객센터 → 총괄국 이관] 고객 ⟦PER:{n}⟧ 님이 돌아가신 모친 명의 통장(⟦ACC:{a}⟧) 해지 요청. 상속인 금융거래 조회 결과 미제출로 보류함. 회신은 ⟦PH:{p}⟧ 로, 오후 3시 이후 통화 원하심.")

    # 2 국립병원 진료 예약 변경 CSV
    marked = []
    for _ in range(3):
        n, r, p = kn(), rrx(1940, 1975), mob("")
        day = f"2025-12-{random.randint(1, 19):02d}"
        marked.append(f"{day},정신건강의학과,⟦PER:{n}⟧,⟦RRN:{r}⟧,⟦PH:{p}⟧,재진")
    put("ko", P, "국립정신건강센터 외래 예약변경 대상 (원무팀 요청, 내부용)\n예약일,진료과,환자명,주민등록번호,연락처,구분\n" + "\n".join(marked))

    # 3 법원 등기소: 법인 변경등기 보정 안내
    law, co_crn, co_brn, rep = kn(), cr("110111"), bz(), kn()
    put("ko", P, f"○○지방법원 등기국 보정명령 요약\n신청대리인: 법무사 ⟦PER:{law}⟧\n상호: 주식회사 한빛물류 (등기번호 기재 생략)\n법인등록번호 ⟦CRN:{co_crn}⟧ / 사업자등록번호 ⟦BRN:{co_brn}⟧\n대표이사 ⟦PER:{rep}⟧의 취임승낙서 인감 불일치 → 7일 내 보정 요망.")

    # 4 주택도시보증공사 전세보증금반환보증
    n, addr, a, p = kname3(), kaddr3("apt"), acct("국민"), mob()
    put("ko", P, f"HUG 전세보증금반환보증 이행청구 접수\n- 청구인: ⟦PER:{n}⟧\n- 임차주택: ⟦LOC:{addr}⟧\n- 보증이행 대금 수령계좌: 국민은행 ⟦ACC:{a}⟧ (예금주 본인)\n- 휴대전화: ⟦PH:{p}⟧\n- 특이: 임대인 연락두절, 경매 개시결정 전")

    # 5 근로복지공단 산재 요양급여
    n, r, b, addr = kn(), rrx(1968, 1990, female=False), bz(), kaddr("floor")
    put("ko", P, f"요양급여신청서 보완 요청 (근로복지공단 ○○지사)\n재해자 성명 ⟦PER:{n}⟧  주민번호 ⟦RRN:{r}⟧\n소속 사업장 사업자번호 ⟦BRN:{b}⟧ (주)대성철강 협력업체\n사업장 소재지 ⟦LOC:{addr}⟧\n재해 경위: 지게차 후진 중 발등 협착, 초진 소견서 누락으로 보완 필요.")

    # 6 한국장학재단 상환 유예
    n, m, a = kname3(), email3(), acct("카카오뱅크")
    put("ko", P, f"안녕하세요, 취업 후 상환 학자금 의무상환 유예 신청했던 ⟦PER:{n}⟧입니다. 실직 증빙(고용보험 상실확인서) 다시 보내드리고, 결과는 ⟦MAIL:{m}⟧ 로 받고 싶어요. 자동이체 계좌도 카카오뱅크 ⟦ACC:{a}⟧ 로 바꿔주세요.")

    # 7 국민연금 반환일시금 (외국인)
    fn, ac, a, p = hfname("ca"), arx(1985, 1996), acct("우리"), mob()
    put("ko", P, f"[국민연금공단 외국인 반환일시금 지급청구]\n청구인 ⟦PER:{fn}⟧ (우즈베키스탄, E-9 만료 출국예정)\n외국인등록번호 ⟦ARN:{ac}⟧\n지급계좌 우리은행 ⟦ACC:{a}⟧\n출국 전 연락처 ⟦PH:{p}⟧\n※ 출국 항공권 사본 첨부, 사회보장협정 미체결국으로 반환 가능.")

    # 8 가정법원 후견
    ward, wr, guardian, addr = kn(), rrx(1935, 1948, female=True), kname3(), kaddr2("apt")
    put("ko", P, f"성년후견개시 심판청구서 초안 검토 부탁드립니다.\n사건본인(피후견인): ⟦PER:{ward}⟧ (⟦RRN:{wr}⟧), 중증 치매로 요양원 입소 중\n청구인 겸 후견인 후보자: 장남 ⟦PER:{guardian}⟧\n사건본인 주소지: ⟦LOC:{addr}⟧\n재산목록은 다음 주 제출 예정입니다.")

    # 9 다문화가족지원센터 통번역
    wife, ac, hus, p = hfname("vn"), arx(1992, 1999), kn(), mob()
    put("ko", P, f"가족센터 통번역 지원 요청서\n결혼이민자: ⟦PER:{wife}⟧ / 외국인등록번호 ⟦ARN:{ac}⟧\n배우자: ⟦PER:{hus}⟧\n요청 내용: 아이 예방접종 문진표 베트남어 통역 (보건소 동행)\n연락처(배우자) ⟦PH:{p}⟧")

    # 10 출입국 사범 단속 보고
    w1, a1, w2, a2, b, addr = hfname("np"), arx(1990, 1999), hfname("th"), arx(1988, 1998), bz(), jibun2()
    put("ko", P, f"출입국·외국인사무소 조사과 단속결과 보고\n일시: 11.21.(금) 06:10 / 장소: ⟦LOC:{addr}⟧ 소재 비닐하우스 농가\n고용주 사업자번호 ⟦BRN:{b}⟧\n적발: ⟦PER:{w1}⟧(⟦ARN:{a1}⟧, 체류기간 도과 41일), ⟦PER:{w2}⟧(⟦ARN:{a2}⟧, 근무처 변경 미신고)\n조치: 출국명령 1, 범칙금 부과 1")

    # 11 청년월세 지원 TSV
    lines = []
    for _ in range(3):
        n, r, bank = kname3(), rrx(1994, 2005), random.choice(["신한", "토스뱅크", "농협"])
        lines.append(f"⟦PER:{n}⟧\t⟦RRN:{r}⟧\t{bank}\t⟦ACC:{acct(bank)}⟧\t{random.choice([200000, 150000, 200000])}")
    put("ko", P, "청년월세 한시 특별지원 11월 지급대상 (엑셀 복사)\n성명\t주민등록번호\t은행\t계좌번호\t지급액\n" + "\n".join(lines))

    # 12 공공와이파이 로그
    ip1, p1, ip2 = pub_ip(), mob(""), priv_ip()
    put("ko", P, f"2025-11-24 08:41:07 [PublicWiFi-AUTH] ssid=Public WiFi Free ap=버스정류장-0312 client_ip=⟦IP:{ip2}⟧ nat=⟦IP:{ip1}⟧ sms_auth=⟦PH:{p1}⟧ result=OK\n2025-11-24 08:41:09 [PublicWiFi-AUTH] session start, 인증 문자 재발송 1회")

    # 13 도시가스 검침 메모
    addr, n, p, c = kaddr("none"), kn(), mob(), cc("52")
    put("ko", P, f"검침원 메모(11월) - ⟦LOC:{addr}⟧ 3회 부재. 계량기 보일러실 안쪽이라 자가검침 요청. 세대주 ⟦PER:{n}⟧ 어르신께 문자 드렸고 번호 ⟦PH:{p}⟧ 맞는지 다음 달 재확인. 요금은 카드 ⟦CARD:{c}⟧ 자동납부 중이라 미납 없음.")

    # 14 상수도 요금 자동이체 변경
    n, a, c = kn(), acct("새마을금고"), cc("9410")
    put("ko", P, f"수도요금 납부방법 변경 신청 (민원 접수번호 생략)\n수용가 명의: ⟦PER:{n}⟧\n기존: 새마을금고 자동이체 ⟦ACC:{a}⟧ → 신규: 카드 자동납부 ⟦CARD:{c}⟧\n적용 시작: 2026년 1월 고지분부터")

    # 15 아파트 관리비 고지
    n, addr, c = kname3(), kaddr2("apt"), cc("54", sep=" ")
    put("ko", P, f"관리사무소 공지 회신\n⟦PER:{n}⟧ 입주민님, ⟦LOC:{addr}⟧ 세대 12월분 관리비는 신청하신 카드 ⟦CARD:{c}⟧로 자동납부됩니다. 장기수선충당금은 임대인 부담이니 영수증 보관 바랍니다.")

    # 16 학교폭력 심의 보호자 연락
    s1, g1, p1, s2, g2, p2 = kn2(), kn(), mob(), kn2(), kname3(), mob()
    put("ko", P, f"학폭심의위원회 개최 안내 문자 발송 목록\n1) 관련학생 ⟦PER:{s1}⟧ - 보호자 ⟦PER:{g1}⟧ ⟦PH:{p1}⟧\n2) 관련학생 ⟦PER:{s2}⟧ - 보호자 ⟦PER:{g2}⟧ ⟦PH:{p2}⟧\n※ 심의 일시·장소는 개별 통지, 학생 실명은 회의록에서 가명 처리")

    # 17 방과후 강사 채용
    n, r, m, p = kname3(), rrx(1978, 1992, female=True), email(), mob()
    put("ko", P, f"2026 방과후학교 외부강사(코딩) 지원서\n성 명: ⟦PER:{n}⟧\n주민등록번호: ⟦RRN:{r}⟧ (성범죄경력 조회 동의)\n이메일: ⟦MAIL:{m}⟧\n휴대폰: ⟦PH:{p}⟧\n경력: 초등 SW교육 3년, 정보처리기사")

    # 18 보건복지 콜센터 상담 요약
    n, p, h = kn(), mob(), hi()
    put("ko", P, f"[상담요약] 민원인 ⟦PER:{n}⟧(남, 70대) 본인부담상한제 환급금 안내문 받고 문의. 건강보험증번호 ⟦HINS:{h}⟧ 확인 후 공단 지사 연결 안내. 콜백 번호 ⟦PH:{p}⟧.")

    # 19 해외 파견 공무원 인사
    n, ps, m = kn(), pp_new("M"), email(domain="korea.kr")
    put("ko", P, f"주제네바대표부 파견(고용휴직) 인사발령 사전 협조\n대상: 행정사무관 ⟦PER:{n}⟧\n관용여권 신청 시 기존 일반여권 ⟦PASS:{ps}⟧ 반납 여부 확인 요망\n본인 메일 ⟦MAIL:{m}⟧ 로 출국 전 건강검진 일정 안내 바람")

    # 20 외교부 재외국민 보호
    n, ps, ph = kname3(), pp("M"), intl(" ")
    put("ko", P, f"[영사콜센터 → 주호찌민총영사관] 재외국민 사건 통보\n우리 국민 ⟦PER:{n}⟧ 씨가 11.22 오토바이 날치기로 여권(⟦PASS:{ps}⟧) 분실. 현지 경찰 신고확인서 발급 대기 중. 로밍 번호 ⟦PH:{ph}⟧ 로 연락 가능, 여행증명서 발급 안내 요망.")

    # 21 공항 출입증 발급
    n, r, d, b, c = kn(), rrx(1975, 1995, female=False), dl("인천"), bz(), cr("120111")
    put("ko", P, f"인천공항 보호구역 출입증 신규 신청 (지상조업 협력사)\n성명 ⟦PER:{n}⟧ | 주민등록번호 ⟦RRN:{r}⟧\n운전면허번호(차량 출입 병행) ⟦DLIC:{d}⟧\n소속사 사업자등록번호 ⟦BRN:{b}⟧ / 법인등록번호 ⟦CRN:{c}⟧\n보안교육 이수일 2025.11.18")

    # 22 교도소 접견 예약
    v, p, inmate = kname3(), mob(), kn()
    put("ko", P, f"스마트접견 예약 확인 요청 건입니다. 접견인 ⟦PER:{v}⟧(배우자), 연락처 ⟦PH:{p}⟧. 수용자 ⟦PER:{inmate}⟧ 와의 12월 둘째 주 화상접견 가능 시간 회신 부탁드립니다.")

    # 23 소년원 보호자
    juv, par, addr = kn2(), kn(), kaddr("apt")
    p = land(area_of(addr))
    put("ko", P, f"소년원 출원 예정자 사후지도 연계표\n보호소년: ⟦PER:{juv}⟧ (17세)\n인수 보호자: 모 ⟦PER:{par}⟧\n귀가 주소: ⟦LOC:{addr}⟧\n보호자 연락처(자택): ⟦PH:{p}⟧")

    # 24 산림 일자리 참여자 명단
    rows = []
    for _ in range(3):
        n, r, a = krare() if random.random() < 0.4 else kn(), rrx(1955, 1966), acct("농협")
        rows.append(f"| ⟦PER:{n}⟧ | ⟦RRN:{r}⟧ | ⟦ACC:{a}⟧ | 숲가꾸기 |")
    put("ko", P, "2026 산림재해일자리(산불예방) 참여자 명단\n| 성명 | 주민등록번호 | 급여계좌(농협) | 사업 |\n|---|---|---|---|\n" + "\n".join(rows))

    # 25 운전면허 적성검사 민원
    n, d, p = kn(), dl("서울", named=True), mob()
    put("ko", P, f"면허 갱신 기간 놓쳐서 과태료 문자 받았는데요, 제 면허번호 ⟦DLIC:{d}⟧ 이고 이름은 ⟦PER:{n}⟧입니다. 해외 체류 기간이라 연기 사유 되는지 알려주세요. ⟦PH:{p}⟧")

    # 26 장애인 보조기기 건강보험
    n, h, addr = kname3(), hid(), kaddr3("ref")
    put("ko", P, f"보조기기 급여 청구서(전동휠체어)\n수급자: ⟦PER:{n}⟧\n건강보험 증번호: ⟦HINS:{h}⟧\n배송지: ⟦LOC:{addr}⟧\n처방 의료기관 확인 완료, 검수 확인서 첨부")

    # 27 조달청 입찰 담당자
    rep, b, c, m = kn(), bz(), cr("134811"), email2()
    put("ko", P, f"나라장터 입찰참가자격 등록 변경 요청\n업체: ㈜그린솔루션\n사업자등록번호: ⟦BRN:{b}⟧\n법인등록번호: ⟦CRN:{c}⟧\n입찰 담당: ⟦PER:{rep}⟧ 과장 (⟦MAIL:{m}⟧)")

    # 28 전입신고 보완
    n, r, addr = kn(), rrx(1988, 1999), kaddr("apt")
    put("ko", P, f"전입신고 처리 보류 사유: 세대주 확인 필요\n전입자 ⟦PER:{n}⟧ (⟦RRN:{r}⟧)\n전입지 ⟦LOC:{addr}⟧\n기존 세대주 서명 누락, 방문 시 신분증 지참 안내")

    # 29 대형폐기물
    addr, p, n = kaddr2("none"), mob(), kn2()
    put("ko", P, f"대형폐기물 수거 누락 민원: ⟦LOC:{addr}⟧ 앞 장롱 1, 소파 1. 신청자 ⟦PER:{n}⟧, 스티커 번호는 사진 첨부. 기사님 도착 전 ⟦PH:{p}⟧ 로 전화 요망.")

    # 30 임금체불 진정
    worker, a, owner, b = kname3(), acct("기업"), kn(), bz()
    put("ko", P, f"진정인 ⟦PER:{worker}⟧은 피진정인 ⟦PER:{owner}⟧(상호 '바른인테리어', 사업자등록번호 ⟦BRN:{b}⟧)으로부터 9~10월 임금 412만 원을 받지 못하였다고 진술함. 체불금 지급 시 입금계좌는 기업은행 ⟦ACC:{a}⟧.")

    # 31 외국인근로자 고충상담 (중국 동포 이름 한글)
    fn, ac, p = hfname("cn"), arx(1970, 1985), mob()
    put("ko", P, f"외국인력상담센터 고충상담 기록\n상담자: ⟦PER:{fn}⟧ (H-2, 식당 근무)\n등록번호: ⟦ARN:{ac}⟧\n내용: 사업주가 외국인등록증을 보관하고 돌려주지 않음. 본인 휴대폰 ⟦PH:{p}⟧ 으로 2차 상담 예약.")

    # 32 어린이 통학버스 운전자
    n, d, h = kn(), dl("경기"), hi()
    put("ko", P, f"어린이통학버스 운전자 안전교육 이수자 등록\n운전자 ⟦PER:{n}⟧ / 면허 ⟦DLIC:{d}⟧ (1종 대형)\n건강검진 결과 제출용 건보번호 ⟦HINS:{h}⟧\n교육일 11.19, 재교육 2027년")

    # 33 선거 투표사무원 위촉 (카톡 대화)
    a1, a2, p = kn(), kname3(), mob()
    put("ko", P, f"[카카오톡 대화] 동행정복지센터 선거팀\n[오전 9:12] ⟦PER:{a1}⟧: 투표사무원 한 분 펑크 나서 대체 인원 구했어요\n[오전 9:13] ⟦PER:{a2}⟧: 오 누구요?\n[오전 9:13] ⟦PER:{a1}⟧: 통장님 추천하신 분인데 번호 ⟦PH:{p}⟧ 이에요. 위촉장 이름 확인만 해주세요")

    # 34 지방세 체납 법인
    c, b, rep, addr = cr("160111"), bz(), kn(), kaddr("floor")
    put("ko", P, f"체납처분 예고 통지 대상(법인)\n법인등록번호 ⟦CRN:{c}⟧ / 사업자 ⟦BRN:{b}⟧\n대표자 ⟦PER:{rep}⟧, 본점 ⟦LOC:{addr}⟧\n체납액 재산세 2,180만 원, 가산금 포함")

    # 35 국가건강검진 미수검
    n, h, p = kn2(), hi(), mob()
    put("ko", P, f"건강검진 미수검자 안내문 반송 건. 수검 대상 ⟦PER:{n}⟧ 님 건강보험증 번호 ⟦HINS:{h}⟧, 주소 불명으로 반송. 휴대전화 ⟦PH:{p}⟧ 로 안내 문자 대체.")

    # 36 건축 인허가 (건축주)
    n, addr, b, c = kname3(), jibun(), bz(), cr("175611")
    p = land(area_of(addr))
    put("ko", P, f"건축허가 신청 검토의견\n건축주: ⟦PER:{n}⟧ (농업인)\n대지위치: ⟦LOC:{addr}⟧\n설계자: (주)○○건축사사무소 (사업자 ⟦BRN:{b}⟧, 법인 ⟦CRN:{c}⟧)\n건축주 연락처 ⟦PH:{p}⟧\n- 농지전용 협의 선행 필요")

    # 37 청사 출입 방문객 대장 (OCR)
    v1, p1, v2, p2 = kn(), mob(), krare(), mob()
    put("ko", P, f"방문객 출입대장 스캔본(OCR)\n일자 방문자 연락처 방문부서 입실 퇴실\n11/24 ⟦PER:{v1}⟧ ⟦PH:{p1}⟧ 세무과 10:05 10:40\n11/24 ⟦PER:{v2}⟧ ⟦PH:{p2}⟧ 건축과 10:12 11:02")

    # 38 실업급여 (고용센터)
    n, a, m = kn(), acct("하나"), email2()
    put("ko", P, f"구직급여 수급자격 인정 후 지급 계좌 변경 요청이 들어왔습니다. 수급자 ⟦PER:{n}⟧, 변경 계좌 하나은행 ⟦ACC:{a}⟧, 통지 메일 ⟦MAIL:{m}⟧. 본인 명의 통장사본 확인 완료했습니다.")

    # 39 반려동물 등록 (소유자)
    n, p, addr = kname3(), mob(), kaddr3("none")
    put("ko", P, f"동물등록 변경신고(소유자 주소 변경)\n소유자 ⟦PER:{n}⟧\n변경 후 주소 ⟦LOC:{addr}⟧\n연락처 ⟦PH:{p}⟧\n동물명 '콩이'(말티즈, 중성화)")

    # 40 치매안심센터 쉼터 이용 (두 글자·희성)
    n1, n2, p = kn2(), krare(), mob()
    put("ko", P, f"치매안심센터 쉼터 대기자 중 ⟦PER:{n1}⟧ 어르신과 ⟦PER:{n2}⟧ 어르신이 같은 시간대 희망하셔서 오전반으로 묶었습니다. 보호자 대표 연락처는 ⟦PH:{p}⟧입니다.")

    # 41 정신건강복지센터 위기개입 (일본인 이름)
    fn, p, case_worker = hfname("jp"), mob(), kn()
    put("ko", P, f"위기개입 기록: 일본 국적 유학생 ⟦PER:{fn}⟧ 씨 기숙사 사감 통해 의뢰. 담당 ⟦PER:{case_worker}⟧ 요원이 1차 면담, 본인 번호 ⟦PH:{p}⟧로 내일 추가 상담 예정.")

    # 42 결혼이민자 한국어교실 (몽골·필리핀)
    m1, m2, p1, p2 = hfname("mn"), hfname("ph"), mob(), mob()
    put("ko", P, f"한국어 초급반 출석부\n1. ⟦PER:{m1}⟧ ⟦PH:{p1}⟧ 결석2\n2. ⟦PER:{m2}⟧ ⟦PH:{p2}⟧ 결석0\n※ 수료 기준 80% 이상")

    # 43 러시아 국적 근로자 산재
    fn, ac, b = hfname2("ru"), arx(1980, 1995), bz()
    put("ko", P, f"산재 최초요양 신청 접수: 재해자 ⟦PER:{fn}⟧ (러시아, E-7), 외국인등록번호 ⟦ARN:{ac}⟧. 사업장 사업자번호 ⟦BRN:{b}⟧. 통역 필요.")

    # 44 여권 재발급 (민원실 메모)
    n, ps_old, p = kn(), pp("M"), mob()
    put("ko", P, f"여권 재발급 신청자 ⟦PER:{n}⟧, 분실 여권번호 ⟦PASS:{ps_old}⟧ 분실신고 선행 완료. 긴급 출국(12/2) 사유로 긴급여권 안내, 연락 ⟦PH:{p}⟧.")

    # 45 행정 시스템 접속 로그(직원)
    n, ip, ip2 = kn(), priv_ip(), priv_ip()
    put("ko", P, f"[행정정보공동이용 감사로그]\n2025-11-20 14:02:11 사용자=⟦PER:{n}⟧(주무관) 접속IP=⟦IP:{ip}⟧ 조회항목=주민등록표등본 사유=기초연금 신청 검토\n2025-11-20 14:05:40 동일 사용자 재접속 IP=⟦IP:{ip2}⟧ (VDI 전환)")

    # 46 사회적기업 인증
    c, b, rep, m = cr("284311"), bz(), kname3(), email3()
    put("ko", P, f"(예비)사회적기업 지정 신청 서류 목록 확인\n- 법인등록번호 ⟦CRN:{c}⟧\n- 사업자등록번호 ⟦BRN:{b}⟧\n- 대표자 ⟦PER:{rep}⟧ / 담당 메일 ⟦MAIL:{m}⟧\n- 정관, 취약계층 고용 명부 누락")

    # 47 긴급복지 생계지원 (구술 기록)
    n, r, addr = kn(), rrx(1960, 1975), kaddr2("ref")
    put("ko", P, f"긴급지원 현장확인 결과: ⟦PER:{n}⟧(⟦RRN:{r}⟧) 씨는 ⟦LOC:{addr}⟧ 반지하에서 혼자 거주. 실직 후 3개월 월세 체납, 생계지원 1개월분 우선 지원 결정.")

    # 48 보훈급여금 수령계좌 변경 (유족)
    n, a, r = kname3(), acct("신협"), rrx(1945, 1958, female=True)
    put("ko", P, f"보훈급여금 수령계좌 변경 신청서\n신청인(유족) ⟦PER:{n}⟧\n주민등록번호 ⟦RRN:{r}⟧\n변경계좌: 신협 ⟦ACC:{a}⟧\n사유: 기존 계좌 압류 방지전용 통장으로 변경")

    # 49 예비군 훈련 연기 (메일 본문)
    n, m, p = kn(), email(), mob()
    put("ko", P, f"보내는 사람: ⟦PER:{n}⟧ <⟦MAIL:{m}⟧>\n제목: 예비군 동원훈련 연기 신청\n\n안녕하십니까, 해외 출장(12/1~12/14)으로 훈련 연기 신청합니다. 출장명령서 첨부했습니다. 급한 연락은 ⟦PH:{p}⟧로 주십시오.")

    # 50 지역아동센터 아동 (자녀 2021년생)
    kid, kr, mom, p = kn2(), rn(f"2{random.randint(1, 3)}{random.randint(1, 12):02d}{random.randint(1, 28):02d}", random.choice((3, 4))), kname3(), mob()
    put("ko", P, f"다함께돌봄센터 신규 등록: 아동 ⟦PER:{kid}⟧ (⟦RRN:{kr}⟧), 보호자 ⟦PER:{mom}⟧ 님 ⟦PH:{p}⟧. 알레르기 없음, 하원 시 조부 동행.")

    # 51 민방위 교육 (TSV, 희성)
    rows = []
    for _ in range(3):
        rows.append(f"⟦PER:{krare()}⟧\t{random.randint(1, 4)}년차\t⟦PH:{mob()}⟧")
    put("ko", P, "민방위 사이버교육 미이수자\n이름\t연차\t휴대폰\n" + "\n".join(rows))

    # 52 공공임대 재계약 (건강보험 자격)
    n, h, addr = kn(), hi(), kaddr3("apt")
    put("ko", P, f"국민임대 재계약 소득·자산 조사 결과 부적합 통보 예정자: ⟦PER:{n}⟧, 주소 ⟦LOC:{addr}⟧, 건보 자격 조회번호 ⟦HINS:{h}⟧ (피부양자 소득 초과).")

    # 53 지방공무원 필기 응시자 문의 (메일 회신)
    n, m = kname3(), email3()
    put("ko", P, f"⟦PER:{n}⟧ 응시자님께,\n문의하신 장애인 편의지원(확대 시험지)은 승인되었습니다. 수험표는 ⟦MAIL:{m}⟧ 로 재발송했습니다.\n인사팀 드림")

    # 54 다문화 자녀 장학금 (인도네시아)
    fn, ac, a = hfname2("id"), arx(1986, 1994), acct("부산")
    put("ko", P, f"다문화가정 자녀 장학금 지급 명단 확인 - 보호자 ⟦PER:{fn}⟧ (외국인등록번호 ⟦ARN:{ac}⟧), 지급계좌 부산은행 ⟦ACC:{a}⟧.")

    # 55 의용소방대 (주소·전화)
    n, addr, p = kn(), kaddr("none"), mob()
    put("ko", P, f"의용소방대원 신규 임명 추천서 - 피추천인 ⟦PER:{n}⟧, 거주지 ⟦LOC:{addr}⟧, 연락처 ⟦PH:{p}⟧. 체력검정 면제 대상(50세 이상).")

    # 56 교통 과태료 이의신청 (운전자 바뀜)
    n1, d, n2, addr = kn(), dl("부산"), kname3(), kaddr2("none")
    put("ko", P, f"과태료 의견진술서: 위반 당시 실제 운전자는 차량 소유자인 저 ⟦PER:{n1}⟧이 아니라 동생 ⟦PER:{n2}⟧입니다. 동생 운전면허번호 ⟦DLIC:{d}⟧, 주소 ⟦LOC:{addr}⟧. 운전자 변경 처리 바랍니다.")

    # 57 주민센터 통장 회의록
    t1, t2, t3 = kn(), kn2(), kname3()
    put("ko", P, f"11월 통장협의회 회의록\n참석: ⟦PER:{t1}⟧(회장), ⟦PER:{t2}⟧, ⟦PER:{t3}⟧ 외 9명\n안건1. 김장나눔 행사 장소 변경 — ⟦PER:{t2}⟧ 통장이 경로당 섭외하기로 함\n안건2. 연말 이웃돕기 성금 모금 방식")

    # 58 어선원 임금 (미얀마 선원)
    fn, ac, a = hfname2("mm"), arx(1993, 1999), acct("수협")
    put("ko", P, f"어선원 임금 입금 확인: ⟦PER:{fn}⟧ / 등록번호 ⟦ARN:{ac}⟧ / 수협 ⟦ACC:{a}⟧ / 10월분 입금 완료, 송출업체 수수료 공제 여부 확인 중")

    # 59 여권·면허 동시 (출장 여비)
    n, ps, d = kn(), pp_new("M"), dl("대전", named=True)
    put("ko", P, f"국외출장 렌터카 예약 요청: 출장자 ⟦PER:{n}⟧ 주무관, 여권 ⟦PASS:{ps}⟧, 국내면허 ⟦DLIC:{d}⟧ (국제운전면허증 발급 완료).")

    # 60 희귀 주소 (지번) + 건강보험 피부양자 구술
    n, h, addr = kname3(), hid(), jibun()
    p = land(area_of(addr))
    put("ko", P, f"어르신 말씀 받아 적음: 이름은 ⟦PER:{n}⟧, 사는 데는 ⟦LOC:{addr}⟧, 집 전화 ⟦PH:{p}⟧, 보험증 번호는 ⟦HINS:{h}⟧ 라 하심. 아들 피부양자 등록 문의.")


# ---------------------------------------------------------------- positives, English (40)
def positives_en() -> None:
    # 1 law-firm conflict check
    c1, c2, adv = ename(), ename2(), rstyle("western-hyphen")
    put("en", P, f"CONFLICT CHECK REQUEST — New matter: breach of supply contract\nProspective client: ⟦PER:{c1}⟧ (individual, sole proprietor)\nAdverse party: Hanbit Components Co., Ltd.; adverse party's managing director ⟦PER:{adv}⟧\nRelated party: ⟦PER:{c2}⟧ (client's former business partner)\nPlease run against all open and closed matters since 2018 and reply to the intake partner by Friday.")

    # 2 hospital incident report
    pt, nurse, mrn_phone = ename2(), ename(), usnum("dash")
    put("en", P, f"INCIDENT REPORT #IR-2025-1187 (Patient Safety)\nUnit: 4 West Med-Surg   Date/time: 11/22/2025 03:40\nPatient: ⟦PER:{pt}⟧, 81 y/o, bed 12B\nReported by: ⟦PER:{nurse}⟧, RN\nDescription: Patient found on floor beside bed; bed alarm was off after transfer. No visible injury, CT head ordered. Daughter notified at ⟦PH:{mrn_phone}⟧ at 04:15.")

    # 3 bank KYC memo (Korean client)
    n, ps, r, addr = rstyle("rr-hyphen"), pp("M"), rrx(1970, 1990), kaddr("apt")
    put("en", P, f"KYC REFRESH MEMO — Private Banking\nCustomer: ⟦PER:{n}⟧ (Korean national, US green card holder)\nID documents on file: Korean passport ⟦PASS:{ps}⟧; Korean resident registration no. ⟦RRN:{r}⟧ (from family relation certificate)\nRegistered address in Korea: ⟦LOC:{addr}⟧\nSource of funds: sale of inherited apartment, documentation adequate. Risk rating unchanged (medium).")

    # 4 insurance subrogation letter
    ins, tort, addr, ph = ename(), ename2(), eaddr(), usnum("paren")
    put("en", P, f"RE: Subrogation demand — Our insured: ⟦PER:{ins}⟧ / Date of loss: 08/14/2025\n\nDear ⟦PER:{tort}⟧,\nOur investigation shows that your vehicle struck our insured's parked car in front of ⟦LOC:{addr}⟧. We have paid $6,480.22 under the collision coverage and hereby demand reimbursement. If you were insured at the time, please forward this letter to your carrier or call me at ⟦PH:{ph}⟧.")

    # 5 HR grievance
    emp, mgr, wit = ename2(), ename(), ename()
    put("en", P, f"Formal grievance summary (confidential)\n⟦PER:{emp}⟧ alleges that her line manager ⟦PER:{mgr}⟧ repeatedly reassigned her overtime shifts to junior staff after she raised a safety concern in September. ⟦PER:{wit}⟧ from Logistics confirmed the roster changes. HR to interview ⟦PER:{mgr}⟧ next week.")

    # 6 student visa I-20 help
    st, ps, m = rstyle("caps"), pp_new("M"), email2()
    put("en", P, f"Hi International Student Office,\nMy I-20 shows my name as ⟦PER:{st}⟧ but my passport ⟦PASS:{ps}⟧ has the given name without the space. Will this be a problem for my F-1 interview at the embassy in Seoul? Please reply to ⟦MAIL:{m}⟧.\nThank you!")

    # 7 AWS CloudTrail (JSON)
    ip = pub_ip()
    put("en", P, f'{{"eventVersion":"1.09","userIdentity":{{"type":"IAMUser","userName":"ci-deploy-runner"}},"eventTime":"2025-11-23T22:14:09Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"ap-northeast-2","sourceIPAddress":"⟦IP:{ip}⟧","userAgent":"Mozilla/5.0","responseElements":{{"ConsoleLogin":"Failure"}},"additionalEventData":{{"MFAUsed":"No"}}}}')

    # 8 Okta SCIM
    g, fam = random.choice(EFIRST2), random.choice(["Oyelaran", "Lindgren", "Drummond", "Ferreira"])
    m, ph = mail_of(f"{g} {fam}", "corp-example.org"), usnum("e164")
    put("en", P, f'POST /scim/v2/Users HTTP/1.1\nContent-Type: application/scim+json\n\n{{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"⟦MAIL:{m}⟧","name":{{"givenName":"⟦PER:{g}⟧","familyName":"⟦PER:{fam}⟧"}},"phoneNumbers":[{{"value":"⟦PH:{ph}⟧","type":"mobile"}}],"active":true}}')

    # 9 Jira export
    rep, assg, cust, ph = ename(), ename2(), ename(), usnum("dot")
    put("en", P, f"Issue key,Summary,Reporter,Assignee,Description\nSUP-4471,\"Refund not received\",⟦PER:{rep}⟧,⟦PER:{assg}⟧,\"Customer ⟦PER:{cust}⟧ says the refund never arrived; callback ⟦PH:{ph}⟧. Check the Stripe payout.\"")

    # 10 Intercom chat
    vis, agent, m = ename2(), random.choice(EFIRST), email3()
    put("en", P, f"Conversation with ⟦PER:{vis}⟧ · via Messenger\n⟦PER:{vis}⟧: hi, I moved and need to update my billing email\n⟦PER:{agent}⟧ (Support): Sure! What's the new address?\n⟦PER:{vis}⟧: ⟦MAIL:{m}⟧\n⟦PER:{agent}⟧ (Support): Done, you'll get a confirmation shortly.")

    # 11 Shopify order CSV
    r1, r2 = ename(), ename2()
    a1, a2, m1, m2 = eaddr2(unit=True), eaddr2(), mail_of(r1, "gmail.com"), mail_of(r2, "yahoo.com", "_")
    put("en", P, f"Name,Email,Financial Status,Shipping Name,Shipping Address,Total\n#1893,⟦MAIL:{m1}⟧,paid,⟦PER:{r1}⟧,\"⟦LOC:{a1}⟧\",84.50\n#1894,⟦MAIL:{m2}⟧,refunded,⟦PER:{r2}⟧,\"⟦LOC:{a2}⟧\",19.00")

    # 12 Mailchimp list
    people = [ename(), ename2(), ename()]
    rows = []
    for person in people:
        first, last = person.split(" ", 1)
        rows.append(f"⟦MAIL:{mail_of(person, random.choice(['gmail.com', 'outlook.com', 'proton.me']))}⟧\t⟦PER:{first}⟧\t⟦PER:{last}⟧\tsubscribed")
    put("en", P, "Email Address\tFirst Name\tLast Name\tStatus\n" + "\n".join(rows))

    # 13 DocuSign envelope
    s1, s2, m1, m2 = ename2(), rstyle("western-hyphen"), email2(), email3()
    put("en", P, f"Envelope ID: 7c1e2f0a-91d4-4b6e-8a51-3f0d2e9c4b17\nStatus: Sent\nRecipients:\n  1. ⟦PER:{s1}⟧ <⟦MAIL:{m1}⟧> — Signer (Landlord)\n  2. ⟦PER:{s2}⟧ <⟦MAIL:{m2}⟧> — Signer (Tenant)\nDocument: Residential Lease Addendum – early termination")

    # 14 payroll ACH preview (CSV)
    e1, e2 = ename(), ename2()
    a1, a2 = dg(10, "123456789"), dg(12, "123456789")
    put("en", P, f"ACH batch preview — PPD credits, effective 11/28\nName,Routing,Account,Type,Amount\n⟦PER:{e1.upper()}⟧,021000021,⟦ACC:{a1}⟧,Checking,2418.33\n⟦PER:{e2.upper()}⟧,111000025,⟦ACC:{a2}⟧,Savings,1906.10")

    # 15 pharmacy refill fax
    pt, dr, ph, fx = ename(), ename2(), usnum("paren"), usnum("dash")
    put("en", P, f"REFILL AUTHORIZATION REQUEST — FAX\nTo: Dr. ⟦PER:{dr}⟧\nPatient: ⟦PER:{pt}⟧   DOB 03/09/1958\nPatient phone: ⟦PH:{ph}⟧\nMedication: lisinopril 20 mg tab, #90, last fill 08/30\nPlease fax back to ⟦PH:{fx}⟧ with approval or denial.")

    # 16 expat employee onboarding in Korea (ARN, health insurance, bank)
    n, ac, h, a = ename2(), arx(1988, 1997), hi(), acct("SC제일")
    put("en", P, f"Onboarding checklist for ⟦PER:{n}⟧ (Seoul office)\n- Alien registration card received: ⟦ARN:{ac}⟧\n- National Health Insurance enrolment confirmed, card no. ⟦HINS:{h}⟧\n- Salary account opened at SC First Bank: ⟦ACC:{a}⟧\n- Pending: tax residency certificate")

    # 17 Korean subsidiary vendor form
    c, b, contact, m = cr("110111"), bz(), rstyle("alt"), email()
    put("en", P, f"Vendor onboarding — Korean entity\nLegal name: Daon Precision Co., Ltd.\nCorporate registration no.: ⟦CRN:{c}⟧\nBusiness registration no.: ⟦BRN:{b}⟧\nAP contact: ⟦PER:{contact}⟧ (⟦MAIL:{m}⟧)\nPayment terms: Net 45")

    # 18 court interpreter request
    intr, ph = ename(), usnum("dash")
    dfd = random.choice(["Nguyen Thi Thu Ha", "Tran Van Hung", "Le Minh Khoa"])
    put("en", P, f"Request for Vietnamese interpreter — arraignment, Dept. 14, 9:00 a.m. Dec 3. Defendant ⟦PER:{dfd}⟧ speaks limited English. Assigned interpreter ⟦PER:{intr}⟧ can be reached at ⟦PH:{ph}⟧ if the calendar moves.")

    # 19 USPS change of address confirmation
    n, old, new = ename(), eaddr(), eaddr2()
    put("en", P, f"Your change of address request is confirmed.\nName: ⟦PER:{n}⟧\nOld address: ⟦LOC:{old}⟧\nNew address: ⟦LOC:{new}⟧\nStart date: 12/01/2025. If you did not request this change, contact us immediately.")

    # 20 school nurse log
    kid, parent, ph = random.choice(EFIRST2), ename(), usnum("paren")
    put("en", P, f"Nurse's office log 11/24 — 10:20 ⟦PER:{kid}⟧ (grade 3) came in with a nosebleed after recess; stopped in 8 min. Called mom ⟦PER:{parent}⟧ at ⟦PH:{ph}⟧, left voicemail. Back to class 10:45.")

    # 21 coworking access log (IPs + names)
    u1, u2, ip1, ip2 = ename(), ename2(), pub_ip(), pub_ip()
    put("en", P, f"[door-controller] 2025-11-24T07:58:12+09:00 badge=4471 holder=\"⟦PER:{u1}⟧\" door=3F-East result=GRANTED\n[wifi-portal] 2025-11-24T08:01:40+09:00 user=\"⟦PER:{u1}⟧\" client=⟦IP:{ip1}⟧ plan=hot-desk\n[wifi-portal] 2025-11-24T08:03:02+09:00 user=\"⟦PER:{u2}⟧\" client=⟦IP:{ip2}⟧ plan=dedicated")

    # 22 home-health visit schedule (YAML)
    cl, aide, addr, ph = ename2(), ename(), eaddr2(unit=True), usnum("dash")
    put("en", P, f"visits:\n  - date: 2025-11-26\n    client: ⟦PER:{cl}⟧\n    address: \"⟦LOC:{addr}⟧\"\n    phone: \"⟦PH:{ph}⟧\"\n    aide: ⟦PER:{aide}⟧\n    tasks: [bathing, med reminder, light housekeeping]")

    # 23 small-claims complaint
    pl, df, addr = ename(), ename2(), eaddr(zip_code=False)
    put("en", P, f"Plaintiff ⟦PER:{pl}⟧ states that defendant ⟦PER:{df}⟧, who resides at ⟦LOC:{addr}⟧, failed to return a security deposit of $1,850 within 30 days of move-out as required by law.")

    # 24 job offer letter (Korean hire, MR romanisation)
    n, m = rstyle("mr"), email3()
    put("en", P, f"Dear ⟦PER:{n}⟧,\nWe are pleased to offer you the position of Research Associate at our Busan lab, starting January 5, 2026. Please sign and return the attached letter to ⟦MAIL:{m}⟧ by December 1.\nSincerely,\nTalent Acquisition")

    # 25 reference check notes
    cand, ref, ph = ename2(), ename(), usnum("e164")
    put("en", P, f"Reference check — candidate ⟦PER:{cand}⟧\nReferee: ⟦PER:{ref}⟧, former director (⟦PH:{ph}⟧)\nNotes: reliable, strong with stakeholders, occasionally over-commits. Would rehire: yes.")

    # 26 background-check consent (Korean DL + passport)
    n, d, ps = rname("passport"), dl(), pp("M")
    put("en", P, f"BACKGROUND CHECK AUTHORIZATION\nApplicant full name (as in passport): ⟦PER:{n}⟧\nPassport No.: ⟦PASS:{ps}⟧\nKorean driver's license No.: ⟦DLIC:{d}⟧\nI authorize the employer to verify my identity and driving record.")

    # 27 wedding RSVP (names in prose, no titles)
    g1, g2, g3 = ename(), ename2(), random.choice(EFIRST)
    put("en", P, f"RSVP update: ⟦PER:{g1}⟧ is confirmed with a plus-one, ⟦PER:{g2}⟧ declined (work trip), and ⟦PER:{g3}⟧ still hasn't answered — can someone nudge her?")

    # 28 credit-card dispute e-mail
    n, c, m = ename(), cc("4", sep=" "), email2()
    put("en", P, f"From: ⟦PER:{n}⟧ <⟦MAIL:{m}⟧>\nSubject: Disputed charge\n\nHi, there's a $312.90 charge from 'SEOULTRIP TOURS' on my card ⟦CARD:{c}⟧ that I did not make. Please block the card and send a replacement.")

    # 29 Amex corporate card reconciliation
    h1, c1, h2, c2 = ename2(), cc("37", (4, 6, 5)), ename(), cc("37", (4, 6, 5))
    put("en", P, f"Corporate card reconciliation — unmatched items\nCardholder | Card | Amount\n⟦PER:{h1}⟧ | ⟦CARD:{c1}⟧ | 1,204.00\n⟦PER:{h2}⟧ | ⟦CARD:{c2}⟧ | 88.15")

    # 30 IT ticket (IPv6)
    u, ip = ename(), ip6()
    put("en", P, f"Ticket #88213 — VPN drops every 10 minutes\nRequester: ⟦PER:{u}⟧\nClient address reported by the gateway: ⟦IP:{ip}⟧\nTried: reinstalling client, switching to wired. Escalating to network team.")

    # 31 foreign worker housing inspection (English report, Korean values)
    w, ac, addr = random.choice(FGN), arx(1990, 1999), kaddr2("none")
    put("en", P, f"Dormitory inspection (EPS) — worker interviewed: ⟦PER:{w}⟧, ARC ⟦ARN:{ac}⟧. Dormitory at ⟦LOC:{addr}⟧ has no separate heating in room 2; employer advised to fix within 14 days.")

    # 32 visa sponsorship letter (passport caps)
    n, ps, emp = rname("passport"), pp_new("M"), ename()
    put("en", P, f"To the Consular Officer,\nThis letter confirms that ⟦PER:{n}⟧, holder of Republic of Korea passport no. ⟦PASS:{ps}⟧, will attend our conference in Denver from March 2 to March 6, 2026. All local expenses will be covered by the organizer.\n⟦PER:{emp}⟧, Program Chair")

    # 33 tenant ledger (Korean name in English, alternate romanisation)
    t, a, ph = rstyle("alt"), acct("신한"), intl()
    put("en", P, f"Tenant ledger note: ⟦PER:{t}⟧ pays rent from Shinhan account ⟦ACC:{a}⟧ on the 25th; reachable on WhatsApp ⟦PH:{ph}⟧. November payment late by 4 days, no fee applied.")

    # 34 fraud alert (card + IP)
    n, c, ip = ename2(), cc("52"), pub_ip()
    put("en", P, f"FRAUD ALERT — card-not-present\nCardholder: ⟦PER:{n}⟧\nPAN: ⟦CARD:{c}⟧\nAttempted from IP ⟦IP:{ip}⟧ (Jakarta), 3 declines in 2 min. Card blocked, customer to be called.")

    # 35 research participant log
    p1, p2, m1, m2 = ename(), ename2(), email(), email3()
    put("en", P, f"Study SLEEP-02 screening log\nID   Name              Contact                Eligible\nS-07 ⟦PER:{p1}⟧   ⟦MAIL:{m1}⟧   Y\nS-08 ⟦PER:{p2}⟧   ⟦MAIL:{m2}⟧   N (shift worker)")

    # 36 health insurance claim for Korean expat (English)
    n, h, ph = rstyle("rr-hyphen"), hid(), intl()
    put("en", P, f"Claim support: ⟦PER:{n}⟧ wants the Korean NHIS to reimburse an ER visit in Toronto. NHIS card number ⟦HINS:{h}⟧. Please call back on ⟦PH:{ph}⟧ (Korea time evenings).")

    # 37 registered agent notice (Korean CRN/BRN)
    c, b, n = cr("180111"), bz(), ename()
    put("en", P, f"Notice of change of registered agent for Mirae Foods USA Inc., a subsidiary of Mirae Foods Co., Ltd. (Korea; corporate reg. ⟦CRN:{c}⟧; business reg. ⟦BRN:{b}⟧). New agent: ⟦PER:{n}⟧.")

    # 38 server access review
    admin, ip1, ip2 = ename(), priv_ip(), pub_ip()
    put("en", P, f"Quarterly access review — bastion host\n- ⟦PER:{admin}⟧ logged in from ⟦IP:{ip1}⟧ (office) and ⟦IP:{ip2}⟧ (home ISP) — approved, MFA enforced\n- Two dormant service accounts removed")

    # 39 international driving permit / Korean licence in English
    n, d, m = rstyle("western-hyphen"), dl(named=True), email()
    put("en", P, f"Car hire pre-check: driver ⟦PER:{n}⟧ will present an IDP together with the Korean licence ⟦DLIC:{d}⟧. Confirmation goes to ⟦MAIL:{m}⟧.")

    # 40 notary journal
    s, w, addr = ename2(), ename(), eaddr2()
    put("en", P, f"Notary journal entry 2025-11-21 14:30\nSigner: ⟦PER:{s}⟧, ID: state driver license (verified)\nSigner address: ⟦LOC:{addr}⟧\nDocument: Durable power of attorney\nCredible witness: ⟦PER:{w}⟧")


# ---------------------------------------------------------------- positives, mixed Korean/English (40)
def positives_mixed() -> None:
    # 1 Spring Boot log
    n, p, r = kn(), mob(), rrx(1980, 1999)
    put("mixed", P, f"2025-11-24 10:15:32.118  WARN 4821 --- [nio-8080-exec-7] k.g.w.YouthRentService : 자격검증 실패 applicant=Applicant(name=⟦PER:{n}⟧, rrn=⟦RRN:{r}⟧, phone=⟦PH:{p}⟧, incomeBand=3) reason=중복수급")

    # 2 GraphQL mutation
    n, m, addr = kname3(), email3(), kaddr3("apt")
    put("mixed", P, f'mutation {{\n  submitHousingGuarantee(input: {{\n    applicantName: "⟦PER:{n}⟧"\n    email: "⟦MAIL:{m}⟧"\n    leaseAddress: "⟦LOC:{addr}⟧"\n    depositKrw: 180000000\n  }}) {{ receiptNo status }}\n}}')

    # 3 Prisma seed (TypeScript)
    n1, n2, p1, p2 = kn(), krare(), mob(), mob()
    put("mixed", P, f"// prisma/seed.ts — 방과후 강사 풀 (staging에 실데이터 넣지 말 것!!)\nawait prisma.instructor.createMany({{\n  data: [\n    {{ name: '⟦PER:{n1}⟧', phone: '⟦PH:{p1}⟧', subject: '로봇' }},\n    {{ name: '⟦PER:{n2}⟧', phone: '⟦PH:{p2}⟧', subject: '바둑' }},\n  ],\n}});")

    # 4 JPA entity toString in an exception
    n, ac, fn = kn(), arx(1990, 1999), hfname2("kh")
    put("mixed", P, f"org.hibernate.exception.ConstraintViolationException: could not execute statement\n  entity=ForeignWorker{{id=2291, nameKo='⟦PER:{fn}⟧', arcNo='⟦ARN:{ac}⟧', employerContact='⟦PER:{n}⟧'}}\n  Caused by: Duplicate entry for key 'uk_arc_no'")

    # 5 Polars print
    a1, a2, b1, b2 = kn2(), kn(), acct("우체국"), acct("우체국")
    put("mixed", P, f"shape: (2, 3)\n┌────────┬────────────────────┬────────────┐\n│ 성명   ┆ 계좌번호           ┆ 반환일시금 │\n│ ---    ┆ ---                ┆ ---        │\n│ str    ┆ str                ┆ i64        │\n╞════════╪════════════════════╪════════════╡\n│ ⟦PER:{a1}⟧ ┆ ⟦ACC:{b1}⟧   ┆ 4120330    │\n│ ⟦PER:{a2}⟧ ┆ ⟦ACC:{b2}⟧   ┆ 2871900    │\n└────────┴────────────────────┴────────────┘")

    # 6 MongoDB shell output
    n, h, p = kname3(), hi(), mob()
    put("mixed", P, f"callcenter> db.consults.find({{ status: '미처리' }}).limit(1)\n[\n  {{\n    _id: ObjectId('6742c9e1a3f0b2d41c8e1f07'),\n    caller: '⟦PER:{n}⟧',\n    nhisNo: '⟦HINS:{h}⟧',\n    phone: '⟦PH:{p}⟧',\n    topic: '산정특례 재등록'\n  }}\n]")

    # 7 curl with JSON body
    n, r, a = kn(), rrx(1996, 2004), acct("토스뱅크")
    put("mixed", P, f"curl -X POST https://api.youth-rent.internal/v1/applications \\\n  -H 'Content-Type: application/json' \\\n  -d '{{\"성명\":\"⟦PER:{n}⟧\",\"주민번호\":\"⟦RRN:{r}⟧\",\"계좌\":{{\"은행\":\"토스뱅크\",\"번호\":\"⟦ACC:{a}⟧\"}}}}'")

    # 8 Postman environment
    m, p = email(domain="korea.kr"), mob()
    put("mixed", P, f'{{\n  "name": "민원포털-dev",\n  "values": [\n    {{"key": "baseUrl", "value": "https://dev-minwon.local", "enabled": true}},\n    {{"key": "testUserEmail", "value": "⟦MAIL:{m}⟧", "enabled": true}},\n    {{"key": "testUserPhone", "value": "⟦PH:{p}⟧", "enabled": true}}\n  ]\n}}')

    # 9 Excel paste with tabs (airport pass)
    rows = []
    for _ in range(2):
        rows.append(f"⟦PER:{kn()}⟧\t⟦RRN:{rrx(1980, 1998)}⟧\t⟦DLIC:{dl()}⟧\t지상조업\tY")
    put("mixed", P, "No\tName\tRRN\tDriver Lic.\t소속\t보안교육\n1\t" + rows[0] + "\n2\t" + rows[1])

    # 10 HL7 ADT^A04
    n, r, p, addr = kn(), rrx(1950, 1970, female=False), mob(), kaddr("none")
    put("mixed", P, f"MSH|^~\\&|OCS|NMC|EMR|NMC|20251124091512||ADT^A04|MSG00918|P|2.5\rPID|1||00418823^^^NMC^MR||⟦PER:{n}⟧||19{r[:6]}|M|||⟦LOC:{addr}⟧^^^^^KR||⟦PH:{p}⟧|||||||⟦RRN:{r}⟧\rPV1|1|O|IM^진료예약")

    # 11 FHIR Patient
    n, r, p, addr, m = kname3(), rrx(1985, 1999, female=True), mob(), kaddr2("apt"), email2()
    put("mixed", P, f'{{\n  "resourceType": "Patient",\n  "identifier": [{{"system": "urn:oid:1.2.410.100.1.1", "value": "⟦RRN:{r}⟧"}}],\n  "name": [{{"text": "⟦PER:{n}⟧"}}],\n  "telecom": [\n    {{"system": "phone", "value": "⟦PH:{p}⟧", "use": "mobile"}},\n    {{"system": "email", "value": "⟦MAIL:{m}⟧"}}\n  ],\n  "address": [{{"text": "⟦LOC:{addr}⟧"}}]\n}}')

    # 12 iCalendar invite
    org, att1, att2 = kn(), kname3(), ename()
    m1, m2, m3 = email(domain="korea.kr"), email3(), mail_of(att2, "unhcr-partner.org")
    put("mixed", P, f"BEGIN:VEVENT\nSUMMARY:재외국민 보호 사례회의\nDTSTART;TZID=Asia/Seoul:20251203T140000\nORGANIZER;CN=⟦PER:{org}⟧:mailto:⟦MAIL:{m1}⟧\nATTENDEE;CN=⟦PER:{att1}⟧;ROLE=REQ-PARTICIPANT:mailto:⟦MAIL:{m2}⟧\nATTENDEE;CN=⟦PER:{att2}⟧;ROLE=OPT-PARTICIPANT:mailto:⟦MAIL:{m3}⟧\nEND:VEVENT")

    # 13 SOAP request (등기)
    c, rep, r = cr("110111"), kn(), rrx(1960, 1980)
    put("mixed", P, f"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <soapenv:Body>\n    <reg:RequestCorpChange>\n      <reg:corpRegNo>⟦CRN:{c}⟧</reg:corpRegNo>\n      <reg:representative>\n        <reg:name>⟦PER:{rep}⟧</reg:name>\n        <reg:residentNo>⟦RRN:{r}⟧</reg:residentNo>\n      </reg:representative>\n    </reg:RequestCorpChange>\n  </soapenv:Body>\n</soapenv:Envelope>")

    # 14 k8s ConfigMap with seeded test data
    n, p, ip = kn2(), mob(), priv_ip()
    put("mixed", P, f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sms-gateway-smoke\ndata:\n  SMOKE_RECEIVER_NAME: \"⟦PER:{n}⟧\"   # 운영팀 실제 담당자 — 교체 필요\n  SMOKE_RECEIVER_PHONE: \"⟦PH:{p}⟧\"\n  SMSC_HOST: \"⟦IP:{ip}⟧\"")

    # 15 SQL UPDATE
    n, a, h = kn(), acct("대구"), hi()
    put("mixed", P, f"-- 장애인 보조기기 급여 계좌 정정 (민원 #2025-4471)\nUPDATE benefit_recipient\n   SET bank_cd = '031', acct_no = '⟦ACC:{a}⟧'\n WHERE nhis_no = '⟦HINS:{h}⟧' AND rcpt_nm = '⟦PER:{n}⟧';")

    # 16 CSV with quoted fields (산재)
    n1, n2, b = kn(), hfname("ca"), bz()
    addr1, addr2 = kaddr("ref"), kaddr2("ref")
    put("mixed", P, f"재해자,주소,사업장,비고\n\"⟦PER:{n1}⟧\",\"⟦LOC:{addr1}⟧\",\"⟦BRN:{b}⟧\",\"추락, 요추 골절\"\n\"⟦PER:{n2}⟧\",\"⟦LOC:{addr2}⟧\",\"⟦BRN:{b}⟧\",\"협착 \"\"경상\"\"\"")

    # 17 Markdown meeting notes (해외 파견)
    lead, dep, ps, m = kn(), kname3(), pp_new("M"), email(domain="korea.kr")
    put("mixed", P, f"## 해외파견 TF weekly (11/24)\n- **Owner**: ⟦PER:{lead}⟧\n- ⟦PER:{dep}⟧ 사무관 OECD 파견: visa appointment 12/4, passport `⟦PASS:{ps}⟧` 유효기간 OK\n- Action: ⟦PER:{dep}⟧ → 주재국 거주증 서류 `⟦MAIL:{m}⟧` 로 공유")

    # 18 LINE chat export (foreign worker)
    fn, boss, p = hfname("th"), kn(), mob()
    put("mixed", P, f"[LINE] Chat history with ⟦PER:{boss}⟧ 사장님\n2025/11/23(Sun)\n19:02\t⟦PER:{fn}⟧\t사장님 salary not yet 😢\n19:10\t⟦PER:{boss}⟧\t내일 보내줄게 tomorrow ok\n19:11\t⟦PER:{fn}⟧\tok my new phone ⟦PH:{p}⟧")

    # 19 Raw MIME e-mail
    n, m_from, m_to, p = kname3(), email3(), email(domain="korea.kr"), mob()
    put("mixed", P, f"Return-Path: <⟦MAIL:{m_from}⟧>\nFrom: \"⟦PER:{n}⟧\" <⟦MAIL:{m_from}⟧>\nTo: <⟦MAIL:{m_to}⟧>\nSubject: =?UTF-8?B?{b64('청년월세')}?= 문의\nContent-Type: text/plain; charset=UTF-8\n\n청년월세 신청했는데 보완 문자를 못 받았어요. 제 번호 ⟦PH:{p}⟧ 입니다.")

    # 20 git patch of a fixture
    n_old, n_new, p = kn(), kname3(), mob()
    put("mixed", P, f"diff --git a/fixtures/guardianship.yaml b/fixtures/guardianship.yaml\n@@ -3,4 +3,4 @@ case:\n   court: 서울가정법원\n-  guardian: ⟦PER:{n_old}⟧\n+  guardian: ⟦PER:{n_new}⟧\n   phone: \"⟦PH:{p}⟧\"")

    # 21 Jupyter cell output
    n, c, b = kn(), cr("110111"), bz()
    put("mixed", P, f"In [14]: df.loc[df['체납액'] > 1e7, ['법인명', '법인등록번호', '사업자번호', '대표자']].head(1)\nOut[14]:\n        법인명      법인등록번호       사업자번호   대표자\n3  (주)성진산업  ⟦CRN:{c}⟧  ⟦BRN:{b}⟧  ⟦PER:{n}⟧")

    # 22 Fluentd JSON log
    ip, p, n = pub_ip(), mob(""), kn()
    put("mixed", P, f'2025-11-24T11:02:09+09:00\tkakao.alimtalk\t{{"tpl":"심의결과안내","to":"⟦PH:{p}⟧","vars":{{"성명":"⟦PER:{n}⟧"}},"result":"실패(카카오 미가입)","src_ip":"⟦IP:{ip}⟧"}}')

    # 23 HAProxy log
    ip1, ip2 = pub_ip(), pub_ip()
    put("mixed", P, f"Nov 24 09:31:55 lb01 haproxy[1123]: ⟦IP:{ip1}⟧:51422 [24/Nov/2025:09:31:55.101] fe_minwon~ be_app/app02 0/0/1/23/24 200 5121 - - ---- 31/31/2/1/0 0/0 \"POST /apply/youth-rent HTTP/1.1\"\nNov 24 09:31:57 lb01 haproxy[1123]: ⟦IP:{ip2}⟧:60218 [24/Nov/2025:09:31:57.410] fe_minwon~ be_app/app01 0/0/0/511/511 502 210 - - ---- 30/30/1/0/0 0/0 \"GET /status HTTP/1.1\"")

    # 24 sshd auth log (romanised Korean user name in comment)
    ip = pub_ip()
    owner = rstyle("caps")
    put("mixed", P, f"Nov 24 02:14:07 gw-bastion sshd[30211]: Failed password for invalid user oracle from ⟦IP:{ip}⟧ port 40112 ssh2\nNov 24 02:14:09 gw-bastion sshd[30211]: Connection closed by ⟦IP:{ip}⟧ port 40112 [preauth]\n# 담당: ⟦PER:{owner}⟧ — 차단 목록 추가 요청")

    # 25 Zendesk ticket (mixed)
    n, m, c = kn(), email(), cc("4", (4, 4, 4, 4), "")
    put("mixed", P, f"Ticket #30918 · Priority: High\nRequester: ⟦PER:{n}⟧ <⟦MAIL:{m}⟧>\n\n관리비 카드 자동납부가 두 번 결제됐어요. card no. ⟦CARD:{c}⟧ 입니다. double charge refund please.")

    # 26 Google Forms responses CSV
    t1, t2 = kname3(), hfname("vn")
    p1, p2 = mob(), mob()
    put("mixed", P, f"Timestamp,이름 (Name),연락처 (Phone),희망 프로그램\n2025/11/20 9:14:03 PM GMT+9,⟦PER:{t1}⟧,⟦PH:{p1}⟧,한국어 중급\n2025/11/21 8:02:40 AM GMT+9,⟦PER:{t2}⟧,⟦PH:{p2}⟧,\"부모교육, 통번역\"")

    # 27 Python test dict
    n, ac, ps = hfname2("kz"), arx(1995, 2003), pp("M")
    spouse = kn()
    put("mixed", P, f"def test_refund_eligibility():\n    claimant = {{\n        \"name\": \"⟦PER:{n}⟧\",\n        \"arc\": \"⟦ARN:{ac}⟧\",\n        \"spouse_name\": \"⟦PER:{spouse}⟧\",\n        \"spouse_passport\": \"⟦PASS:{ps}⟧\",\n    }}\n    assert is_eligible(claimant)  # 카자흐스탄: 협정 미체결")

    # 28 Go struct literal
    n, p, addr = kn(), mob(), kaddr("floor")
    put("mixed", P, f"var sampleMeterReader = Reader{{\n\tName:    \"⟦PER:{n}⟧\", // 도시가스 검침원\n\tPhone:   \"⟦PH:{p}⟧\",\n\tOffice:  \"⟦LOC:{addr}⟧\",\n\tZoneIDs: []int{{31, 32, 35}},\n}}")

    # 29 C# object initializer
    n, d, h = kname3(), dl("경남"), hi()
    put("mixed", P, f"var driver = new BusDriver\n{{\n    Name = \"⟦PER:{n}⟧\",        // 통학버스\n    LicenseNo = \"⟦DLIC:{d}⟧\",\n    NhisNo = \"⟦HINS:{h}⟧\",\n    SafetyTrainingDone = true,\n}};")

    # 30 PHP array
    n, m, p = kn(), email2(), mob()
    put("mixed", P, f"<?php\n// 학교폭력 심의 알림 테스트 — 운영 데이터 복사본\n$guardian = [\n    'name'  => '⟦PER:{n}⟧',\n    'email' => '⟦MAIL:{m}⟧',\n    'phone' => '⟦PH:{p}⟧',\n];")

    # 31 TOML config with admin contact
    n, m, ip = kn(), email(domain="korea.kr"), priv_ip()
    put("mixed", P, f"[admin]\nname = \"⟦PER:{n}⟧\"  # 공공와이파이 운영 담당\nemail = \"⟦MAIL:{m}⟧\"\n\n[radius]\nserver = \"⟦IP:{ip}⟧\"\nport = 1812")

    # 32 PDF-to-text with broken lines (HUG 계약서)
    n, r, addr = kn(), rrx(1975, 1995), kaddr3("apt")
    left, right = addr.split(" ", 2)[0:2], addr.split(" ", 2)[2]
    broken = f"{' '.join(left)}\n{right}"
    put("mixed", P, f"전세보증금반환보증 약정서    Page 2 of 5\n보증채권자(임차인) 성명 ⟦PER:{n}⟧ 주민등록번호\n⟦RRN:{r}⟧ 주소\n⟦LOC:{broken}⟧\nHUG-GUAR-2025-118204    (인)")

    # 33 OCR'd 등기사항증명서 excerpt
    own, r, addr = kn(), rrx(1950, 1975), kaddr2("none")
    put("mixed", P, f"【 갑 구 】 (소유권에 관한 사항)\n순위번호 | 등기목적 | 접 수 | 등기원인 | 권리자 및 기타사항\n3 | 소유권이전 | 2019년5월2일 제18821호 | 2019년3월11일 매매 | 소유자 ⟦PER:{own}⟧ ⟦RRN:{r}⟧\n⟦LOC:{addr}⟧\n거래가액 금 412,000,000원")

    # 34 Avro JSON record
    n, ps, p = kname3(), pp_new("M"), intl()
    put("mixed", P, f'{{"type":"record","name":"OverseasCitizenCase","value":{{"case_id":"MOFA-25-0931","citizen_name":"⟦PER:{n}⟧","passport_no":"⟦PASS:{ps}⟧","roaming_phone":"⟦PH:{p}⟧","country":"PH","status":"OPEN"}}}}')

    # 35 DuckDB query output
    a, b, c2 = kn(), kn(), kn2()
    put("mixed", P, f"D select 성명, 상환유예사유 from loan_defer limit 3;\n┌──────────┬──────────────┐\n│   성명   │ 상환유예사유 │\n├──────────┼──────────────┤\n│ ⟦PER:{a}⟧   │ 실직         │\n│ ⟦PER:{b}⟧   │ 육아휴직     │\n│ ⟦PER:{c2}⟧     │ 질병         │\n└──────────┴──────────────┘")

    # 36 Trello card JSON
    n, m, p = kn(), email3(), mob()
    put("mixed", P, f'{{"name":"청년월세 이의신청 – 재검토","desc":"신청인 ⟦PER:{n}⟧ / ⟦MAIL:{m}⟧ / ⟦PH:{p}⟧\\n부모 소득 합산 제외 요건(독립 2년) 재확인","idList":"5f2b…","labels":["민원","긴급"]}}')

    # 37 SMS gateway result log
    rows = []
    for _ in range(3):
        rows.append(f"{random.randint(100000, 999999)}|⟦PH:{mob('')}⟧|⟦PER:{kn()}⟧|{random.choice(['DELIVERED', 'FAILED:EXPIRED', 'DELIVERED'])}")
    put("mixed", P, "msg_id|receiver|recv_name|result  (상수도 요금 미납 안내)\n" + "\n".join(rows))

    # 38 Grafana Loki line
    ip, n = pub_ip(), kn()
    put("mixed", P, f'{{app="airport-pass", env="prod"}} level=info msg="출입증 발급 승인" approver="⟦PER:{n}⟧" remote_addr=⟦IP:{ip}⟧ pass_type=상시')

    # 39 INI file with bank account for refunds
    n, a, b, c = kname3(), acct("경남"), bz(), cr("194211")
    put("mixed", P, f"; 산림 일자리 수탁기관 정산 설정\n[settlement]\nagency_brn=⟦BRN:{b}⟧\nagency_crn=⟦CRN:{c}⟧\nowner=⟦PER:{n}⟧\nrefund_account=⟦ACC:{a}⟧\nbank=경남은행\n")

    # 40 Kotlin data class in a bug report (card)
    n, c, m = kn(), cc("9410"), email()
    put("mixed", P, f"버그: 결제 실패 로그에 카드번호 평문 노출됨\n```\nPaymentRequest(payer=⟦PER:{n}⟧, cardNo=⟦CARD:{c}⟧, receiptEmail=⟦MAIL:{m}⟧, amount=58200)\n```\n→ masking 필요")


# ---------------------------------------------------------------- hard negatives (60): ko 25, en 20, mixed 15
def negatives() -> None:
    ko = "ko"
    # 1 부동산 고유번호·등기 접수번호
    put(ko, N, f"등기소 안내: 부동산 고유번호 {dg(4, '123')}-{random.randint(1996, 2024)}-{dg(6)} 건은 전산 이기 전 폐쇄등기부에 있어 열람 신청 시 '폐쇄' 체크가 필요합니다. 접수번호 제{random.randint(10000, 49999)}호는 보정 완료.")
    # 2 태풍 이름
    put(ko, N, "제11호 태풍 '야기' 북상에 따라 산림 일자리 참여자 야외작업을 9.6.(금)까지 중지합니다. 지난해 '카눈', '힌남노' 때처럼 임도 유실 구간(제3·7임도)은 출입을 통제하고, 반장별로 작업 재개 여부를 문자 공지할 예정입니다.")
    # 3 인물 이름을 딴 도로명 (건물번호 없음)
    put(ko, N, "12.7.(토) 마라톤 대회로 세종대로·을지로·퇴계로 일부 구간과 충무로역 사거리, 율곡로 창덕궁 앞이 08:00~11:30 전면 통제됩니다. 소월로와 다산로는 우회 가능.")
    # 4 성씨로 시작하는 일반명사
    put(ko, N, "[주민센터 알림] 이번 주 김장 나눔 행사는 우천 시 조정될 수 있습니다. 한파 대비 안전 점검과 이사 철 전입 문의가 몰려 정산 업무는 금요일로 미룹니다. 박람회 참가 신청은 마감되었습니다.")
    # 5 만화 캐릭터 이름
    put(ko, N, "어린이날 행사 부스 배치(안): 둘리·도우너 포토존은 광장 북측, 뽀로로 인형극은 다목적실, 하니 달리기 체험은 운동장 트랙. 캐릭터 사용 승인은 저작권사에 요청 완료.")
    # 6 공문서 문서번호·시행일
    put(ko, N, f"문서번호 복지정책과-{random.randint(10000, 29999)} (2025. 11. 24.) '청년월세 한시 특별지원 사업 추가 모집 알림'을 각 읍면동에 시행하였으니, 접수 현황은 12. 5.(금)까지 붙임 서식으로 제출하여 주시기 바랍니다.")
    # 7 선박명·어선번호
    put(ko, N, "풍랑주의보 해제 후 출항 신고 현황: 제2동해호(9.77톤), 금성호(4.98톤), 제7대영호(29톤) 3척. 어선번호 체계 변경(시도-시군-일련번호)에 따른 선적증서 재발급은 내년 상반기 일괄 진행.")
    # 8 동물등록번호 (15자리)
    put(ko, N, f"유기동물 보호 공고: 믹스견(수컷, 약 3세) 10.28. ○○근린공원 인근에서 구조. 내장형 칩 판독 결과 동물등록번호 410{dg(12)} 조회되나 소유자 정보 미등록 상태로 공고 후 10일간 보호합니다.")
    # 9 법정동코드 표
    put(ko, N, "법정동코드 매핑 테이블 점검 결과\n1111010100 청운동\n1168010100 역삼동\n2635010500 우동\n4113510900 정자동\n→ 폐지 코드 3건 존재, 행정표준코드관리시스템 기준으로 갱신 필요")
    # 10 가명 처리된 학교폭력 당사자
    put(ko, N, "심의 결과 요지: 관련학생 A(2학년)는 서면사과 및 접촉 금지(1호·2호), 관련학생 B·C는 조치 없음. 피해학생 보호조치로 학급 교체는 보호자 의견에 따라 보류. 회의록 내 학생 실명 전부 가명 처리함.")
    # 11 지역번호 목록
    put(ko, N, "콜센터 상담 매뉴얼 부록: 지역번호 안내 — 서울 02, 경기 031, 인천 032, 강원 033, 충남 041, 대전 042, 충북 043, 세종 044, 부산 051, 울산 052, 대구 053, 경북 054, 경남 055, 전남 061, 광주 062, 전북 063, 제주 064.")
    # 12 상수도 요금 단가표
    put(ko, N, "가정용 상수도 요금(㎥당): 1~20㎥ 580원, 21~30㎥ 790원, 31㎥ 이상 1,040원. 하수도 사용료는 상수도 사용량 기준 별도 부과되며, 다자녀 가구 감면은 월 10㎥ 한도입니다.")
    # 13 관리비 통계 (세대 특정 없음)
    put(ko, N, "단지 관리비 분석(10월분): 1,204세대 평균 231,400원, 전년 동월 대비 6.2% 증가. 101~115동 중 112동 공용전기료가 가장 높음(승강기 교체 공사 영향). 세대별 내역은 관리사무소 열람.")
    # 14 수험번호·좌석 배치
    put(ko, N, f"필기시험 고사실 배치: 수험번호 2025-{random.randint(10, 29)}-0001~0030 제1고사실(본관 201호), 0031~0060 제2고사실(본관 202호). 응시자는 09:20까지 입실, 신분증 미지참 시 임시신분증 발급.")
    # 15 산림 경영 구획
    put(ko, N, "숲가꾸기 작업지시서: 제12임반 3소반(면적 4.2ha) 어린나무 가꾸기, 제14임반 1소반 덩굴 제거. 임도 2-3구간 낙석 위험으로 차량 진입 금지, 작업 인원 12명 안전교육 후 투입.")
    # 16 교정시설 접견 시간표
    put(ko, N, "접견 운영 안내: 일반접견 평일 09:00~11:30, 13:30~16:00 (1회 10분 이내), 스마트접견은 2일 전 예약. 접견실 1~6번은 일반, 7번은 변호인 접견 전용. 공휴일 미운영.")
    # 17 반환일시금 제도 안내
    put(ko, N, "반환일시금은 가입기간 10년 미만인 자가 60세에 도달하거나 국외 이주·국적 상실 시 지급되며, 납부한 연금보험료에 3년 만기 정기예금 이자율(연 3.5% 내외)을 더해 산정합니다. 외국인은 협정 체결국 등 요건 충족 시에만 해당.")
    # 18 마스킹된 카드·계좌
    put(ko, N, f"관리비 자동납부 변경 결과 통지: ○○○ 님의 결제수단이 카드(****-****-****-{dg(4)})에서 계좌(신한 110-***-***{dg(3)})로 변경되었습니다. 변경 사항은 다음 달 고지분부터 적용됩니다.")
    # 19 가스 계량기 기물번호·지침
    put(ko, N, f"검침 이상 세대 목록(개인정보 제외본): 기물번호 G4-{random.randint(2015, 2023)}-{dg(6)} 전월 지침 {dg(6)} → 당월 {dg(6)}, 사용량 급증으로 누설 점검 요청. 원격검침기 통신 불량 31대.")
    # 20 공항 보호구역 번호
    put(ko, N, "보호구역 출입증 색상별 허용 구역: 청색 A(여객터미널 출국장), 적색 B(계류장·수하물처리), 황색 C(화물터미널). 게이트 101~132, 230~270은 A 구역. 분실 시 즉시 보안과 신고.")
    # 21 학자금 상환 기준
    put(ko, N, "2026년 취업 후 상환 학자금 상환기준소득은 연 2,726만 원으로, 초과 소득의 20%를 의무상환액으로 부과합니다. 대출 금리는 연 1.7%(변동 없음), 생활비 대출 한도 학기당 175만 원.")
    # 22 법령 조문 인용
    put(ko, N, "성년후견은 「민법」 제9조, 한정후견은 같은 법 제12조에 근거하며, 가정법원 심판 절차는 「가사소송법」 제2조제1항제2호가목에 따른 라류 사건으로 처리됩니다.")
    # 23 시군구별 집계
    put(ko, N, "청년월세 신청 현황(11.20. 기준): 경기도 수원시 2,418건, 경기도 파주시 1,204건, 인천광역시 부평구 987건, 부산광역시 금정구 611건. 시군구별 예산 소진율은 붙임 참조.")
    # 24 여행경보 단계
    put(ko, N, "여행경보 조정 공지: 필리핀 민다나오 일부 지역 3단계(출국권고) 유지, 베트남 전 지역 1단계(여행유의), 네팔 카트만두 2단계(여행자제) 상향. 재외국민 안전공지는 공관 홈페이지 참조.")
    # 25 공공와이파이 AP 현황
    put(ko, N, f"공공와이파이 AP 교체 현황: WF-BUS-0312 외 {random.randint(20, 60)}개소 Wi-Fi 6 장비로 교체 완료(펌웨어 v3.4.12), SSID 'Public WiFi Secure' 전환율 71%. 장애 접수는 운영사 티켓시스템 이용.")

    en = "en"
    # 26 published test card numbers
    put(en, N, "QA checklist — payment sandbox\n- Visa success: 4242 4242 4242 4242 (any CVC, any future date)\n- Mastercard success: 5555 5555 5555 4444\n- Generic decline: 4000 0000 0000 0002\nNever use real cards in the sandbox; these are the processor's published test numbers.")
    # 27 fictional 555-01xx numbers in a training script
    put(en, N, "Call-center roleplay script (training only)\nAGENT: Thank you for calling, how can I help?\nCALLER: My callback number is 555-0142.\nAGENT: Got it, 555-0142. And an alternate?\nCALLER: 555-0199.\n(All numbers are from the reserved fictional 555-01XX range.)")
    # 28 routing numbers and SWIFT in a wire template
    put(en, N, "Incoming wire instructions (template)\nBeneficiary bank: JPMorgan Chase Bank, N.A.\nABA routing: 021000021\nSWIFT/BIC: CHASUS33\nBeneficiary account no.: [to be provided by payee]\nReference: invoice number only.")
    # 29 ICD-10 / CPT codes
    put(en, N, "Coding audit summary, Q3: 412 charts reviewed. Most frequent discrepancies: I10 vs I11.9 (hypertension with heart involvement), E11.65 missing with insulin use, CPT 99214 billed where 99213 supported. Education session scheduled for Dec 9.")
    # 30 statute citations
    put(en, N, "FAQ: F-1 students may work on campus up to 20 hours per week while school is in session (8 C.F.R. § 214.2(f)(9)(i)). Off-campus CPT requires a DSO recommendation under § 214.2(f)(10)(i); see also 42 U.S.C. § 1983 for unrelated civil-rights claims cited in last year's memo.")
    # 31 AWS account IDs in IAM policy
    put(en, N, '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::' + dg(12, "123456789") + ':root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"audit-2025"}}}]}')
    # 32 METAR
    put(en, N, "RKSI 240600Z 32012KT 9999 FEW030 07/M03 Q1024 NOSIG\nRKSS 240600Z 30010G20KT CAVOK 08/M04 Q1023 NOSIG\nRKPC 240600Z 34015KT 9999 SCT025 12/03 Q1021 NOSIG")
    # 33 hurricane names
    put(en, N, "Cat-loss bulletin: Hurricane Helene claims now exceed 18,400 with average severity $11,920; Milton reopened 2,103 files for additional living expense. Beryl subrogation recoveries closed at 61%.")
    # 34 Bible references
    put(en, N, "Chaplaincy schedule, week of Nov 24: Monday reading John 3:16-21, Wednesday Mark 4:35-41, Friday Luke 15:11-32. Memorial service readings: Ruth 1:16 and Matthew 5:4.")
    # 35 placeholder party names in a pleading template
    put(en, N, "PLEADING TEMPLATE — caption block\nJOHN DOE, Plaintiff,\nv.\nRICHARD ROE and DOES 1 through 10, inclusive, Defendants.\nReplace the placeholders with the actual parties before filing; do not file the template.")
    # 36 Alice and Bob
    put(en, N, "Security training slide 7: Alice encrypts the message with Bob's public key; Eve can see the ciphertext but not the plaintext. Mallory, the active attacker, tries to swap Bob's key — which is why the certificate must be verified.")
    # 37 patent numbers
    put(en, N, "Licensing summary: the pool covers US 11,234,567 B2, US 10,987,654 B1 and EP 3 456 789 B1; royalty 1.2% of net sales, capped at $400,000 per year.")
    # 38 IRS form names and lines
    put(en, N, "Payroll FAQ: contractors abroad submit Form W-8BEN (not W-9); we issue 1099-NEC only to US persons paid $600 or more. Employees should check Form W-2 box 12 code DD for employer health coverage.")
    # 39 card BIN ranges
    put(en, N, "fraud_rules.yaml excerpt — block prepaid BINs at checkout:\n  - range: 411111-411199\n  - range: 52992700-52992799\n  - range: 377777\nReview monthly; BIN tables from the scheme's latest file.")
    # 40 RFC 5737 documentation addresses
    put(en, N, "Firewall runbook (example values only): allow TCP/443 from 198.51.100.0/24 to 192.0.2.10; deny all from 203.0.113.0/24. These are RFC 5737 documentation ranges; substitute production values from the CMDB.")
    # 41 eponymous units
    put(en, N, "Lab safety memo: the press is rated to 50 kilonewtons; keep the oven below 450 kelvin and the supply under 5 amperes. Ohm's law calculations for the heater are in appendix B; Celsius readings are fine for logs.")
    # 42 US cities that are also given names
    put(en, N, "Per diem table FY26: Austin $79 M&IE, Denver $92, Eugene $74, Marion $68, Tyler $68, Florence $74. Lodging rates are set separately by season.")
    # 43 Okta SCIM schema (definitions only)
    put(en, N, 'Attribute mapping (SCIM core User): userName <- login, name.givenName <- firstName, name.familyName <- lastName, emails[type eq "work"].value <- email, phoneNumbers[type eq "mobile"].value <- mobilePhone. Push groups disabled.')
    # 44 DocuSign template roles
    put(en, N, "Template 'Lease Renewal v4' roles: Signer 1 = {{landlord_name}}, Signer 2 = {{tenant_name}}, CC = {{agent_email}}. Signing order enforced; reminder after 2 days, expiry after 30 days.")
    # 45 HL7 profile documentation
    put(en, N, "Interface spec: PID-3 patient identifier list (CX), PID-5 patient name (XPN), PID-7 date of birth (TS), PID-11 address (XAD), PID-13 home phone (XTN). PID-19 must stay empty for outbound messages.")
    mx = "mixed"
    # 46 regex patterns for PII validation
    put(mx, N, 'import re\n\n# 개인정보 마스킹용 패턴 (값 없음)\nRRN = re.compile(r"\\d{6}-[1-4]\\d{6}")\nMOBILE = re.compile(r"01[016789]-?\\d{3,4}-?\\d{4}")\nEMAIL = re.compile(r"[\\w.+-]+@[\\w-]+\\.[\\w.]+")')
    # 47 SQL DDL with PII column names
    put(mx, N, "CREATE TABLE guarantee_applicant (\n  id BIGINT PRIMARY KEY,\n  applicant_nm VARCHAR(50) COMMENT '신청인 성명',\n  rrn_enc VARBINARY(256) COMMENT '주민등록번호(암호화)',\n  mobile_enc VARBINARY(128) COMMENT '휴대전화(암호화)',\n  addr_road VARCHAR(200) COMMENT '도로명주소'\n);")
    # 48 placeholder sample values (홍길동, X)
    put(mx, N, '{\n  "applicantName": {"type": "string", "example": "홍길동"},\n  "mobile": {"type": "string", "pattern": "^010-\\\\d{4}-\\\\d{4}$", "example": "010-XXXX-XXXX"},\n  "residentNo": {"type": "string", "description": "주민등록번호 13자리, 저장 시 암호화"}\n}')
    # 49 fully masked values in a unit test
    put(mx, N, 'def test_masking():\n    assert mask_name("가나다") == "가*다"  # 고정 문자열\n    assert mask_phone("010-****-****") == "010-****-****"\n    assert mask_rrn("******-*******").count("*") == 13')
    # 50 hashed identifiers in a log
    put(mx, N, f"2025-11-24 10:02:11 INFO 알림톡 발송 dedup key=sha256:{''.join(random.choice('0123456789abcdef') for _ in range(64))} recipient_token=tok_{''.join(random.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(24))} (원문 미저장)")
    # 51 base64 of non-personal data
    hdr = b64('{"alg":"HS256","typ":"JWT"}', urlsafe=True, pad=False)
    put(mx, N, f"토큰 디버깅 메모: 헤더 부분 {hdr} 는 디코딩하면 알고리즘 정보뿐이고, 페이로드는 서버 로그에 남기지 않음. PNG 첫 바이트 base64는 iVBORw0KGgo= (파일 시그니처).")
    # 52 crontab with Korean comments
    put(mx, N, "# 상수도 요금 고지서 배치\n0 4 1 * * /batch/bill --cycle monthly   # 매월 1일 04시\n15 4 * * 1-5 /batch/retry --max 3    # 평일 재시도\n0 23 28-31 * * /batch/close --if-last-day")
    # 53 i18n validation messages
    put(mx, N, "error.phone.invalid=휴대전화 번호 형식이 올바르지 않습니다. (예: 010-XXXX-XXXX)\nerror.email.invalid=Invalid e-mail format: use name@domain\nerror.rrn.length=주민등록번호는 13자리여야 합니다.\nerror.card.expired=Card expired (MM/YY)")
    # 54 ISO code table
    put(mx, N, "재외국민 시스템 국가코드 매핑\n| ISO | 국가 | 통화 | 시차 |\n|---|---|---|---|\n| VN | 베트남 | VND | -2 |\n| PH | 필리핀 | PHP | -1 |\n| UZ | 우즈베키스탄 | UZS | -4 |\n| MN | 몽골 | MNT | -1 |")
    # 55 public-agency mascots in JSON
    put(mx, N, '{"event":"시민의 날","mascots":["해치","꿈돌이","수호랑","반다비"],"booths":12,"expected_visitors":18000,"note":"캐릭터 탈 인형 4벌 대여, 안전요원 2명 배치"}')
    # 56 K8s resource spec (no addresses)
    put(mx, N, "containers:\n  - name: minwon-api\n    image: registry.local/minwon-api@sha256:9f2c1d7e4b0a8c3f5e6d7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d\n    resources: {limits: {cpu: '2', memory: 4Gi}}  # 메모리 누수 조사 중\n    env: [{name: TZ, value: Asia/Seoul}]")
    # 57 KMA grid request with placeholder key
    put(mx, N, "기상청 단기예보 조회: GET /getVilageFcst?serviceKey=발급키&pageNo=1&numOfRows=1000&dataType=JSON&base_date=20251124&base_time=0500&nx=60&ny=127 (서울 격자). 응답 TMP/POP/SKY만 사용.")
    # 58 Prometheus metrics by region
    put(mx, N, 'wifi_sessions_active{region="서울",ssid="Public WiFi Free"} 18231\nwifi_sessions_active{region="부산",ssid="Public WiFi Free"} 7412\nwifi_auth_fail_total{reason="sms_timeout"} 311')
    # 59 hex dump of a PDF header
    put(mx, N, "첨부파일 손상 확인 (xxd 앞부분)\n00000000: 2550 4446 2d31 2e37 0a25 e2e3 cfd3 0a31  %PDF-1.7.%.....1\n00000010: 2030 206f 626a 0a3c 3c2f 5479 7065 2f43   0 obj.<</Type/C\n→ 헤더 정상, 끝부분 %%EOF 누락")
    # 60 UUID / ULID migration log
    put(mx, N, "마이그레이션 완료: 01JD3Q8Z7K4M2N6P9R1S5T0V3W ~ 01JD3QB4X8Y2Z6A0B3C7D1E5F9 (ULID 범위), 실패 0건, 재처리 큐 비움. 소요 14분 22초.")


# ---------------------------------------------------------------- obfuscated (40): ko 16, en 12, mixed 12
def obfuscated() -> None:
    ko, en, mx = "ko", "en", "mixed"

    # ---- Korean (16)
    # C3 resident number with a space between every character
    n, r = kn(), rrx(1970, 1995)
    put(ko, OB, f"(카톡으로 받은 내용 그대로 붙임) ⟦PER:{n}⟧ 님 주민번호 ⟦RRN:{between(r, ' ')}⟧ 이라고 띄어서 보내셨네요. 산재 신청서에 옮겨 적어 주세요.")

    # C4 business registration number with a dot between every digit
    b, rep = bz(), kname3()
    put(ko, OB, f"체납 법인 대표 ⟦PER:{rep}⟧ 님이 보내온 사업자번호가 ⟦BRN:{between(digits(b), '.')}⟧ 식으로 점이 찍혀 있어 시스템 조회가 안 됩니다. 점 빼고 다시 조회 바랍니다.")

    # C5 resident number read aloud in Sino-Korean digits (STT)
    r, n = rrx(1955, 1970), kn()
    put(ko, OB, f"[콜센터 STT 원문] 상담사: 본인 확인 위해 주민번호 불러 주시겠어요? / 고객: 네 ⟦RRN:{ko_read(r)}⟧ 이요. / 상담사: ⟦PER:{n}⟧ 고객님 확인되었습니다.")

    # C10 골뱅이/쩜 e-mail
    local, dom = random.choice(LOCALS3), random.choice(["naver", "daum", "kakao"])
    put(ko, OB, f"장학재단 상환 안내 메일 주소 바꿔 주세요. ⟦MAIL:{local} 골뱅이 {dom} 쩜 {'net' if dom == 'daum' else 'com'}⟧ 입니다. 스팸 때문에 이렇게 적어요.")

    # C11 card number broken over two lines (OCR of a 자동납부 신청서)
    c, n = cc("4"), kn()
    put(ko, OB, f"관리비 카드 자동납부 신청서 (스캔 OCR)\n신청인 ⟦PER:{n}⟧ 동·호수 기재 생략\n카드번호 ⟦CARD:{c[:10]}\n{c[10:]}⟧ 유효기간 **/**")

    # C17 Korean name with spaces between syllables
    n, p = kn(), mob()
    put(ko, OB, f"소년원 면회 신청 문자: 보호자 ⟦PER:{between(n, ' ')}⟧ 입니다 (이름 검색 막히게 띄어 씀). 연락은 ⟦PH:{p}⟧.")

    # C19 driver's licence read aloud in Sino-Korean digits
    d, n = dl(), kname3()
    put(ko, OB, f"전화 메모: 통학버스 기사 ⟦PER:{n}⟧ 씨 면허번호 불러 주심 → ⟦DLIC:{ko_read(d, dash=' 다시 ', zero='영')}⟧ (받아 적은 그대로, 숫자 변환 필요)")

    # C20 account number with U+FEFF after each hyphen
    a, n = acct("농협"), kn()
    put(ko, OB, f"산림 일자리 급여계좌 변경: ⟦PER:{n}⟧ / 농협 ⟦ACC:{a.replace('-', '-' + chr(0xFEFF))}⟧ (한글 파일에서 복사, 이체 시 오류나면 직접 입력)")

    # N2 phone number with its digits reversed (noted)
    p = pick_mob()
    put(ko, OB, f"교도소 접견 예약 메모 - 접견인 번호는 뒤집어 적어 둠(개인정보 때문): ⟦PH:{p[::-1]}⟧ ← 거꾸로 읽을 것.")

    # N5 Korean name typed with the IME off (dubeolsik keys)
    n = kn()
    put(ko, OB, f"학폭 심의 참석자 명단 입력 중 한영키 안 눌러서 보호자 이름이 ⟦PER:{ime_off(n)}⟧ 로 저장됨. 수정 요청합니다.")

    # N10 alien registration number in ordinary Chinese numerals
    ac, fn = arx(1975, 1990), hfname("cn")
    put(ko, OB, f"중국 동포 ⟦PER:{fn}⟧ 씨가 신청서에 외국인등록번호를 한자 숫자로 ⟦ARN:{digit_map(ac, CHINESE_DIGIT)}⟧ 라고 써 옴. 등록증 사본과 대조 필요.")

    # N13 account number with soft hyphens (PDF copy)
    a, n = acct("우체국", plain=True), kname3()
    put(ko, OB, f"반환일시금 지급 계좌(PDF 복사): 예금주 ⟦PER:{n}⟧, 우체국 ⟦ACC:{soft_hyphens(a)}⟧")

    # N16 mobile number with its groups read as cardinal numbers (STT)
    p = pick_mob()
    spoken = f"공일공 {sino_cardinal(int(p[4:8]))} {sino_cardinal(int(p[9:]))}"
    put(ko, OB, f"[119 녹취 STT] 신고자: 제 번호요? ⟦PH:{spoken}⟧ 이에요. 할머니가 쓰러지셨어요.")

    # N20 mobile number in circled digits (HWP special characters)
    p, n = mob(), kn()
    put(ko, OB, f"방과후 강사 ⟦PER:{n}⟧ 연락처(한글 파일 특수문자): ⟦PH:{digit_map(p, CIRCLED)}⟧")

    # N15 OCR letter-for-digit confusion in a resident number
    while True:
        r = rrx(1950, 1999)
        if sum(c in OCR_SWAP for c in r) >= 3:
            break
    n = kn()
    put(ko, OB, f"등기부 스캔본 OCR 결과 확인 요망: 소유자 ⟦PER:{n}⟧ ⟦RRN:{ocr_letters(r)}⟧ ← 글자로 잘못 인식됨")

    # N4 e-mail typed with the Korean IME left on
    m = email3(random.choice(["sujin.park", "hyeri.jang", "minseo.gong", "kyungsu.ryu"]), random.choice(["naver.com", "gmail.com"]))
    put(ko, OB, f"다문화센터 회원가입 이메일란에 ⟦MAIL:{ime_on(m)}⟧ 라고 들어가 있네요. 한글 자판 상태로 입력한 듯.")

    # ---- English (12)
    # C1 fullwidth card number
    c, n = cc("54"), ename()
    put(en, OB, f"Pasted from the Korean PDF statement — card on file for ⟦PER:{n}⟧: ⟦CARD:{fullwidth(c)}⟧ (fullwidth characters, please normalise before the chargeback form).")

    # C2 zero-width spaces in a mobile number
    p, n = mob(), rstyle("western-hyphen")
    put(en, OB, f"Contact sheet: ⟦PER:{n}⟧ — mobile ⟦PH:{between(p, chr(0x200B))}⟧ (copied from a web form; the search box could not find it).")

    # C9 [at]/[dot] e-mail
    n = ename2()
    local = n.lower().replace(" ", ".")
    put(en, OB, f"Intercom note: ⟦PER:{n}⟧ asked us to write the address as ⟦MAIL:{local} [at] outlook [dot] com⟧ in tickets.")

    # C12 mobile number in English digit words
    p = pick_mob()
    put(en, OB, f"Voicemail transcript: \"Hi, this is about the I-20 extension, please call me back on ⟦PH:{en_read(p)}⟧, thanks.\"")

    # C13 IPv4 with (dot)
    ip = pub_ip()
    put(en, OB, f"Threat intel share: brute-force source ⟦IP:{ip.replace('.', '(dot)')}⟧ seen against the Okta tenant, 412 attempts in 10 min.")

    # C14 fullwidth Latin e-mail
    m, n = email2(), ename()
    put(en, OB, f"DocuSign bounced: recipient ⟦PER:{n}⟧ typed the address with a Korean IME in fullwidth mode: ⟦MAIL:{fullwidth(m)}⟧")

    # C15 alien registration number with a space between every character
    ac, n = arx(1990, 1999), random.choice(FGN)
    put(en, OB, f"HR grievance attachment: employee ⟦PER:{n}⟧ wrote the ARC number as ⟦ARN:{between(ac, ' ')}⟧ on the form.")

    # C16 e-mail as HTML hexadecimal character references
    m = email()
    put(en, OB, f"Scraped from the law-firm bio page source: <a href=\"#\">⟦MAIL:{html_hex(m)}⟧</a>")

    # N1 reversed e-mail (anti-scraping)
    n = ename()
    m = mail_of(n, "gmail.com")
    put(en, OB, f"Mailchimp import failed for ⟦PER:{n}⟧: the sign-up page stores addresses reversed to defeat scrapers ('⟦MAIL:{m[::-1]}⟧'); reverse before import.")

    # N3 ROT13 e-mail
    n = ename2()
    m = mail_of(n, "proton.me")
    put(en, OB, f"Forum post (spoiler-tagged ROT13 so bots can't read it): contact ⟦PER:{n}⟧ at ⟦MAIL:{rot13(m)}⟧ for the tenant association.")

    # N9 Arabic-Indic digits phone
    p = mob()
    put(en, OB, f"Student visa helpdesk chat: the student typed her Korean number on an Arabic keyboard — ⟦PH:{digit_map(p, ARABIC_INDIC)}⟧ — please call after 5 pm.")

    # N17 IPv4 as a 32-bit integer
    ip = pub_ip()
    put(en, OB, f"CloudTrail enrichment table stores sourceIP as an unsigned int: ⟦IP:{ipv4_int(ip)}⟧ (INET_ATON); flagged for impossible travel.")

    # ---- mixed (12)
    # C6 base64 e-mail in a URL query parameter
    m = email()
    put(mx, OB, f"비밀번호 재설정 링크 로그: GET /reset?u=⟦MAIL:{b64(m, urlsafe=True, pad=False)}⟧&exp=1732412400 200 — 사용자 식별값이 base64로만 인코딩돼 있음")

    # C7 percent-encoded e-mail in a mailto link
    m, n = email3(), kn()
    put(mx, OB, f"<a href=\"mailto:⟦MAIL:{pct_all(m)}⟧?subject=%EB%AC%B8%EC%9D%98\">⟦PER:{n}⟧ 주무관에게 문의</a>")

    # C8 ASCII-hex passport number
    ps, n = pp_new("M"), kname3()
    put(mx, OB, f"MRZ 디버그 덤프: holder=⟦PER:{n}⟧ doc_no_hex=⟦PASS:{hex_ascii(ps)}⟧ checksum=ok")

    # C18 JSON \\u-escaped Korean name
    n, p = kn(), mob()
    put(mx, OB, f'{{"applicant":"⟦PER:{json_u(n)}⟧","phone":"⟦PH:{p}⟧","program":"\\ud55c\\uad6d\\uc5b4"}}')

    # N6 UTF-8 byte escapes of a Korean name
    n = kname3()
    put(mx, OB, f"Traceback (most recent call last):\n  ...\nUnicodeDecodeError: 'ascii' codec can't decode byte 0xea — raw value b'⟦PER:{utf8_escapes(n)}⟧' in field guardian_name")

    # N7 mojibake of a Korean name
    n, p = kn(), mob()
    put(mx, OB, f"CSV 인코딩 깨짐 (UTF-8을 ANSI로 열었음): name=⟦PER:{mojibake(n)}⟧, phone=⟦PH:{p}⟧")

    # N8 e-mail as HTML named character references
    m = email2(random.choice(["sj.baek", "b.hyejin", "a.yoon", "hoon_0316", "yeonhee.b"]))
    put(mx, OB, f"민원 회신 템플릿 소스: 문의처 ⟦MAIL:{html_named(m)}⟧ (렌더링하면 정상 주소)")

    # N11 inline HTML tags splitting a phone number
    p, n = mob(), kn()
    put(mx, OB, f"<p>담당자: ⟦PER:{n}⟧ / 연락처: ⟦PH:{p[:4]}<span class=\"hide\">{p[4:8]}</span>{p[8:]}⟧</p>")

    # N12 markdown-escaped e-mail
    m, n = email(random.choice(["mj_park0412", "shin_hr", "leejw.dev", "kwon.minho"])), kn()
    put(mx, OB, f"Notion export: 담당 ⟦PER:{n}⟧ — ⟦MAIL:{md_escape(m)}⟧ (backslash escape 남음)")

    # N14 NFD-decomposed name in a macOS file name
    n = kname3()
    put(mx, OB, f"첨부: ⟦PER:{nfd(n)}⟧_방과후강사_지원서.pdf (Mac에서 올린 파일이라 자소 분리됨)")

    # N18 resident number as a JSON array of single digits (one input box per digit)
    r = rrx(1980, 1999)
    arr = ",".join(digits(r))
    put(mx, OB, f'{{"form":"전입신고","rrn_boxes":[⟦RRN:{arr}⟧],"agree":true}}')

    # N19 card number split across four query parameters
    c = cc("4")
    g = c.split("-")
    put(mx, OB, f"결제 실패 access log: POST /pay?card1=⟦CARD:{g[0]}&card2={g[1]}&card3={g[2]}&card4={g[3]}⟧&amt=58200 500")


def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentyfifth")


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
    write_heldout(Path(__file__).with_name("heldout_twentyfifth.jsonl"), rows)


if __name__ == "__main__":
    main()
