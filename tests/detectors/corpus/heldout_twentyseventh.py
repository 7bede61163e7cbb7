# ruff: noqa: E501
"""Twenty-seventh blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; the [tool.ruff] section of
pyproject.toml (a `sed` range from its header, which ran to the end of the file and showed nothing else); of
heldout_twentysixth.py, with `sed -n`, lines 1-1093 (module docstring with the labelling conventions and the previous
domains, hard-negative kinds and obfuscation kinds, imports, constants, seed, WANT, add(), value makers up to
HANJA_NAMES; read as 1-400, 400-800 and 800-1093), lines 1290-1337 (MARK/TAG/put) and lines 2169-2249
(negative_check, build(), self_check(), main()), plus a `grep -n` over the `sed -n 1,1093p` output to locate the
makers (the pattern also matched section-comment, import and seed lines, all inside the permitted range) and a
`grep -n ''` over the `sed -n 1290,1337p` output. The copies were taken with `sed -n 134,1092p`, `sed -n 1291,1333p`
and `sed -n 2169,2249p`, all inside those ranges. No slip: nothing outside the ranges above was read; none of the
twenty-sixth's disguise helpers or cases (lines 1094-1289 and 1338-2168) was seen. Other looks: an `ls` of
tests/detectors/corpus/ (names only), `wc -l` of the twenty-sixth, a check that .venv/bin/python exists, this file's
own .jsonl output read back to check span placement, ruff check and mypy (--follow-imports=silent) on this file. No
git diff, git show, git status or git rev-parse was run. One slip: after the first commit of these two files,
`git log -1 --format=%H -- <this file>` was run once to read that commit's hash (it printed only the hash); this note
was added in a second commit, whose hash was read from the commit command's own output. The engine and the evaluation script were neither
read nor run on these cases; nothing here was tuned to the engine. WANT is the twenty-sixth's (140 positive: 60 ko,
40 en, 40 mixed; 60 hard negative: 25/20/15; 40 obfuscated: 16/12/12); negative_check(), build(), self_check() and
main() are the twenty-sixth's (its lines 2169-2249) with only the row prefix and output file name changed.
Seed 27_2026_1125_8461.

Value makers copied unchanged from the twenty-sixth (its lines 134-1092: imports, constants, seed line, WANT, add()
and every maker from dg to HANJA_NAMES; only the seed, the import list (isbn13 and urllib.parse dropped as unused,
codecs and unicodedata added) and the five section comment lines are changed). New here: KGIV4/kname5 (a fourth list
of given names, redrawn while the name is an everyday word), FAMOUS/kp (any Korean-name maker, redrawn while the name
is that of a well-known public or historical figure) and kps (several names, none inside another), KGIV_KID/kid
(children's names), HFGN4/hfname4 (Turkish, Ukrainian, Indian, French, American, Egyptian and Brazilian names in
Hangul), anyhf, FGN3/fname3, ROADS5/kaddr5 (a fifth road list, sometimes a 번길 road), kaddr_any, JIBUN4/jibun4,
EADDR4/eaddr4 (US, UK and Canadian addresses with an optional unit), ea_any, LOCALS5/MAILDOM5/email5, km (any Korean
personal e-mail), EFIRST4/ELAST4/ename4, en, ens, CORPDOM2/cmail2, us_acct, ROUTING (public bank routing numbers,
never labelled), non_luhn, card16, kids_rrn (a child's resident number: old checksum with 3/4 before 2020, the
post-October-2020 scheme for 2021 on). Every disguise helper (fullwidth, fw_at_dot, circled, nfd, zwsp, md_split,
spaced, sino, boxed, ocr_swap, hangul_mode, arabic_indic, said, soft_hyphens, rot13, qp_wrap, morse,
num_words/ip_words, diacritics, micr, ideo_dots, json_u, py_bytes, b64, c_octal, emv_pan, ip_bin, ip_mapped, vs15,
re_escape_dash) is written for this set without looking at any earlier set's helpers. Resident, alien, business and
corporate numbers and card numbers carry real check digits (check_digits.py); the two children born in 2021 and 2024
carry post-October-2020 numbers; people born 2000-2019 carry the old checksum with gender digit 3/4.

Domains (none in the twenty-sixth's list). Korean: 장애인 활동지원급여 변경, 긴급복지 생계지원 결정, 한부모가족
아동양육비, 주거급여 임차료 계좌 변경, 노인일자리 참여자 명단, 방과후학교 강사 위촉, 교육급여 신청, 학자금 상환유예,
입원약정서 연대보증인, 산재 요양급여 신청, 실업인정 재취업활동, 전입신고 세대주 확인, 공익사업 토지 보상금,
농지취득자격증명, 건축주 명의변경, 개인택시 양도·양수, 의료급여 사례관리, 치매안심센터 등록, 드림스타트 사례회의,
국가장학금 이의신청, 지방세 압류 해제, 증여 취득세 신고, 신용회복 채무조정, 보이스피싱 지급정지, 안심상속
금융거래조회, 사망보험금 청구, 진료기록 사본 위임장, 건강검진 결과 재발송, 초등학교 전입학, 고교 급식비 환급,
유치원 추첨(처음학교로), 어린이집 보육료 결제 오류, 산모·신생아 건강관리, 출생신고·첫만남이용권, 사망신고,
결혼이민자 혼인신고 보완, 주민등록증 재발급, 국제운전면허증 발급, 상수도 요금 감면, 공영주차장 정기권, 체육센터
수강 환불, 도서관 상호대차 로그, 국가유공자 등록, 예비군 훈련 연기, 농업경영체 등록, 어선 등록, 소방안전관리자
선임, 일반음식점 영업신고, 고용허가제 사업장 변경, 귀화 면접 안내, 유학생 시간제취업, 임금체불 진정,
성년후견개시 심판청구, 공탁금 출급, 소유권이전등기, 전세사기피해자 결정, 행복주택 서류 심사, 보금자리론 심사,
혈액원 사후관리, 청년월세 지원. English: direct-deposit onboarding, background-check adjudication, FMLA leave,
workers' compensation first report, COBRA election notice, exit interview, E-2 immigration intake, rental screening,
mortgage pre-approval, auto claim adjuster note, discharge summary, telehealth confirmation, pharmacy prior
authorization, dental recall list, patient-portal account merge, helpdesk password reset, MDM enrollment exception,
income withholding order, tuition reimbursement, corporate card dispute, wire recall, fintech KYC review, account
takeover investigation, e-commerce fraud review, telecom billing escalation, speaker agreement, visa invitation
letter, admissions follow-up, scholarship award letter, jury-duty deferral, deposition scheduling, estate-planning
intake, pet insurance claim, moving order, rental-car damage report, lost-baggage PIR, wedding catering contract,
volunteer roster, referral bonus, secondment to a Korean office. Mixed formats: Jira REST issue JSON, GitLab MR
review of a YAML fixture, Python unittest fixture, pytest assertion diff, Go %+v struct log, Kotlin data-class
toString in a Crashlytics log, C# object initializer, TypeScript Prisma seed, GraphQL variables, curl -d JSON, raw
multipart POST from Burp, OpenAPI example, Alertmanager webhook, HAProxy log, Fluent Bit stdout, Loki logfmt, RFC
5424 syslog, Postfix log, kubectl describe env, docker-compose environment, Jenkins console, Airflow task log, dbt
seed CSV, Google Sheets values JSON, mongosh find(), DynamoDB JSON, cqlsh result, SQLite .mode line, SQL*Plus result,
SOAP envelope, HL7 v2 ADT, FHIR Patient, ISO 20022 pain.001, iCalendar VEVENT, Zendesk ticket JSON, Android logcat
OkHttp body, 전자세금계산서 XML, 오픈뱅킹 실명조회 JSON, 본인인증 callback parameters, CloudTrail event JSON.

Hard-negative kinds (60, none in the twenty-sixth's list). Korean (25): 태풍 이름 (개미·나리·장미·미리내),
반려동물 이름과 동물등록번호 (410…, Luhn-failing), 법정동코드 매핑표, 기상관측 지점번호와 관측값, 공문 문서번호
(부서명-일련번호), 법령 조문 인용, 요양기관기호, DART 공시 접수번호 (14자리), 특허·상표·디자인 등록번호, 고속도로
노선·나들목·기점 거리, 공공 랜드마크 위경도 좌표, 랜드마크 건물명, 강의실·회의실 호수, 공연 좌석 번호, 시험
가답안표, 건강검진 참고치 표, 공공분양 공급 세대표, 이름과 같은 꼴의 일반어 문장 (한결·이슬·하늘·오늘·조건·안건·
표결·선결·반찬·정찬·구슬), 성경 장절·찬송가 번호, 둘레길 구간, 학사일정, KOSIS 통계표 ID, 코스피 시황, 전기요금
누진구간표, 로또 회차·당첨번호. English (20): hurricane and storm names, statute and regulation citations, ICD-10
and CPT codes, HS tariff codes, landmark coordinates, Unix epoch timestamps (ten digits), Discord snowflake IDs, UPC
and SKU codes, bank ABA routing numbers and SWIFT/BIC codes, star and galaxy catalogue IDs, digits of pi and e, SI
units named after scientists, typefaces named after designers, eponymous algorithms and theorems, cocktails named
after people, street names in a traffic advisory (no numbers), screen resolutions, chess openings named after
players with move notation, châteaux and appellations, nutrition-facts panel. Mixed (15): sha256sum manifest, Docker
image digests, i18n message keys with placeholders, DDL without rows, font specimen text, validation regexes, cron
schedule table, analyser benchmark table, public-holiday JSON, port allocation table, licence product keys, numpy
array printout, pytest -v test names, model-evaluation metrics JSON, Kubernetes ResourceQuota YAML.

Obfuscation kinds (40, each used once, none in the twenty-sixth's list). Korean (16): mobile number in fullwidth
digits and hyphens (한글 입력기 전각), account number in circled digits (⓪①…), e-mail with fullwidth ＠ and ．,
Korean name NFD-decomposed into conjoining jamo (macOS file name), Korean name with zero-width spaces between
syllables, Korean name with the surname in Hanja and the given name in Hangul (李서하), Korean name with markdown
emphasis markers between syllables (**김**민**준**), resident number with its halves on two lines, resident number
with a space between every character, alien registration number with the front half written as a birth date in words
(1997년 1월 12일생, 뒷자리 …), business number read in Sino-Korean digits with 다시 for the hyphens, health insurance
number in the one-digit boxes of a paper form (│ rules), driving licence number with OCR confusions (l for 1, B for
8, S for 5), mobile number written backwards, passport number typed with the IME left in Hangul mode (M → ㅡ, S →
ㄴ), road-name address split across three text messages. English (12): phone number in Eastern Arabic-Indic digits,
phone number in a voicemail transcription (words, oh for zero), e-mail with U+00AD soft hyphens, e-mail in ROT13,
name run together in CamelCase in a file name, card number broken by a quoted-printable soft line break, Korean
passport number in Morse code, IPv4 read out in words with "dot", US address split into labelled form fields, name
with diacritics stuffed onto its letters, US account number on a cheque's MICR line (⑆ ⑈), IPv4 with ideographic
full stops (。). Mixed (12): Korean name as JSON \\u escapes, Korean name as a Python UTF-8 bytes literal, resident
number split across two JSON fields, e-mail stored reversed behind a U+202E RLO override, phone number Base64-encoded
in a URL query, phone number as C octal escapes, card number as the BCD bytes of EMV tag 5A, IPv4 as dotted binary
octets, IPv4 as a Java-printed IPv4-mapped IPv6 address (0:0:0:0:0:ffff:xxxx:xxxx), corporate number with a slash in
a REST path, passport number with U+FE0E after every character, driving licence number with regex-escaped hyphens in
a grep command.

Labelling decisions: the twenty-sixth set's rules (as its docstring states them, carrying the earlier sets' forward)
apply unchanged:
- PERSON: the name only, never a title or honorific (주무관, 서기관, 담당, 님, 씨, MD) or a particle; every mention is
  labelled; a lone given name in a salutation or a mention after the full name is labelled; passport-order capitals,
  romanised names in any style and foreign names in Hangul are labelled. Brand, firm, venue, street, storm, typeface,
  algorithm, cocktail, chess-opening and unit names that carry a person's name are never labelled, nor are pets'
  names, user names or role mailboxes (hr@…).
- LOCATION: a Korean road-name or lot-number address from its first character through the building number and any
  unit detail (a parenthesised reference dong included); an English-order Korean address from the unit (Apt …)
  through the postcode; US, UK and Canadian addresses from the house number through the postcode, a unit after the
  street included. Districts without a number, landmarks, rooms, expressway points and coordinates are not addresses.
- PHONE_NUMBER: with its +82/+1/+44 prefix and a US area code's parentheses. IP_ADDRESS: without a :port suffix.
  BANK_ACCOUNT: Korean account numbers and US checking account numbers; routing numbers and SWIFT codes are not
  labelled. KR_DRIVER_LICENSE: with the region name when the region is written as a word (대전 89-…). KR_PASSPORT:
  only Korean passports (M/S and eight digits, or the M123A4567 form); no foreign passport number appears in this set.
  Birth dates, member/patient/case numbers and routing numbers are never labelled.
- Disguise spans (this set): fullwidth, circled, NFD, zero-width-space, variation-selector, soft-hyphen, diacritic,
  Arabic-Indic, ideographic-stop, ROT13, Base64, dotted-binary and IPv4-mapped values on the token as written
  (invisible characters inside, a trailing U+FE0E inside, Base64 padding inside); a value read out in words (Sino-
  Korean with 다시, voicemail digits, IP octets with "dot") and Morse code from the first word or symbol to the last;
  a value whose parts are separated by inserted text (line break, message time stamps, form-field labels, JSON glue
  ", "rrn_back": ", the quoted-printable "=" and line break, the words between a spelled birth date and the back
  half, box rules, markdown markers) from its first character to its last with the insertions inside, the outer box
  rules and the outer ** outside; a reversed value (backwards phone, RLO e-mail) on the reversed token, the RLO/PDF
  controls outside; JSON \\u escapes, UTF-8 \\x bytes and C octal escapes from the first backslash to the last hex or
  octal digit (quotes and b' outside); EMV tag 5A on the PAN bytes only (tag and length outside); the MICR line on
  the account digits only (⑆ routing ⑆, ⑈ and the cheque number outside); the CamelCase name on the name part of
  the file name; the slash-separated corporate number and the regex-escaped licence number on the token, the slash
  or backslashes inside; the OCR-confused licence number and the Hangul-mode passport number on the token as typed."""

from __future__ import annotations

import base64
import codecs
import random
import re
import unicodedata
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

random.seed(27_2026_1125_8461)

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

# ---------------------------------------------------------------- value makers copied unchanged from the twenty-sixth set (its lines 198-369)
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


# ---------------------------------------------------------------- (still copied from the twenty-sixth: its lines 371-532)
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


# ---------------------------------------------------------------- (still copied from the twenty-sixth: its lines 534-707)
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



# ---------------------------------------------------------------- (still copied from the twenty-sixth: its lines 709-848)
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



# ---------------------------------------------------------------- (still copied from the twenty-sixth: the makers it added, its lines 850-1092)
KGIV3 = (
    "서진 유나 건희 예나 준우 시아 태오 하람 지성 나은 도하 린아 재윤 세아 우진 연우 보민 채윤 "
    "정숙 말자 영철 순덕 복남 기남 명자 봉수 금순 창수 재석 옥자 두식 해숙 길례 만식"
).split()


def kname4() -> str:
    """A Korean full name from a third list of given names, redrawn while it is also an everyday word."""
    while True:
        n = random.choice(KSUR) + random.choice(KGIV3)
        if n not in COMMON_WORDS:
            return n


def anyk() -> str:
    """A Korean full name drawn from any of the name makers (old and young generations, rare surnames)."""
    return random.choice((kn, kname3, kname4, kname4, kname3, krare))()


KTITLE = "주무관 사무관 서기관 팀장 과장 주임 실무관 조사관 상담사 담당".split()


def titled() -> tuple[str, str]:
    """A Korean name and a job title that follows it (the title is never part of the label)."""
    return anyk(), random.choice(KTITLE)


HFGN3 = {
    "uz": ["라히모프 자수르", "유수포프 샤흐조드", "카리모바 니고라"],
    "pk": ["무함마드 아르살란", "아이샤 비비", "알리 하이데르"],
    "bd": ["모하마드 라킵 하산", "누스랏 자한"],
    "la": ["분미 시사무트", "캄폰 폼마찬"],
    "kg": ["아시말리에프 에를란", "누르벡 우울루"],
    "tl": ["주앙 다 코스타", "마리아 소아레스"],
}


def hfname3(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Uzbek, Pakistani, Bangladeshi, Lao, Kyrgyz, Timorese)."""
    return random.choice(HFGN3[origin or random.choice(list(HFGN3))])


FGN2 = (
    "RAKHIMOV JASUR|MUHAMMAD ARSALAN|HASAN MD RAKIB|SISAMOUTH BOUNMY|ASYMALIEV ERLAN|DA COSTA JOAO|"
    "NGUYEN THI MAI ANH|TRAN DUC THANH|GONZALES MARIA CRISTINA|SHRESTHA ANIL|BAKIROVA AIZADA|SAYED NUSRAT JAHAN"
).split("|")


def fname2() -> str:
    return random.choice(FGN2)


EFIRST3 = (
    "Marguerite Cornelius Anouk Ravi Siobhan Tobias Esperanza Lachlan Ngozi Hamish Priyanka Ezekiel Mireille "
    "Otto Yasmin Declan Annika Kofi Rosalie Benedikt Juniper Thaddeus Soledad Arjun"
).split()
ELAST3 = (
    "Ellingsworth Adeyemi Marchetti Lundqvist Okonjo Beaumont Fitzgerald Halvorsen Chaudhry Vasquez Underwood "
    "Kirkpatrick Sandoval Whitcombe Oduya Brandt Delgado Ashby Novotny Prescott MacLeod Tanaka-Reid"
).split()


def ename3() -> str:
    return f"{random.choice(EFIRST3)} {random.choice(ELAST3)}"


def anye() -> str:
    """An English-language full name from any of the three lists."""
    return random.choice((ename, ename2, ename3, ename3))()


ROADS4 = [
    ("서울특별시", "마포구", "월드컵북로", "상암동"),
    ("서울특별시", "송파구", "오금로", "방이동"),
    ("서울특별시", "동작구", "상도로", "상도동"),
    ("부산광역시", "해운대구", "좌동순환로", "좌동"),
    ("대구광역시", "북구", "칠곡중앙대로", "읍내동"),
    ("인천광역시", "남동구", "인주대로", "구월동"),
    ("광주광역시", "광산구", "수완로", "수완동"),
    ("대전광역시", "대덕구", "한밭대로", "오정동"),
    ("경기도", "성남시 분당구", "황새울로", "서현동"),
    ("경기도", "화성시", "동탄대로", "청계동"),
    ("경기도", "의정부시", "평화로", "의정부동"),
    ("충청북도", "제천시", "의림대로", "중앙로1가"),
    ("전라남도", "나주시", "빛가람로", "빛가람동"),
    ("경상남도", "진주시", "진양호로", "신안동"),
    ("경상북도", "경주시", "태종로", "성건동"),
    ("제주특별자치도", "제주시", "노형로", "노형동"),
]


def kaddr4(detail: str = "random") -> str:
    """A road-name address from a fourth list of roads, labelled like kaddr (a 번길 road now and then)."""
    sido, sgg, road, dong = random.choice(ROADS4)
    if random.random() < 0.25:
        road = f"{road}{random.randint(1, 9) * 10 + random.choice((0, 5))}번길"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(2, 310)}" + (f"-{random.randint(1, 15)}" if random.random() < 0.2 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 118)}동 {random.randint(2, 24)}0{random.randint(1, 4)}호"
    if mode == "floor":
        return f"{head} {num}, {random.randint(1, 7)}층 {random.randint(1, 7)}0{random.randint(1, 9)}호"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def anyaddr() -> str:
    return random.choice((kaddr, kaddr2, kaddr3, kaddr4, kaddr4))()


JIBUN3 = [
    ("경상북도 청송군 진보면", "진안리"),
    ("전라남도 보성군 벌교읍", "회정리"),
    ("강원특별자치도 정선군 사북읍", "사북리"),
    ("충청남도 예산군 덕산면", "사동리"),
    ("경상남도 하동군 악양면", "정서리"),
    ("전북특별자치도 진안군 마령면", "평지리"),
]


def jibun3() -> str:
    a, b = random.choice(JIBUN3)
    return f"{a} {b} {random.randint(21, 760)}" + (f"-{random.randint(1, 6)}" if random.random() < 0.5 else "")


ENG_KADDR = [
    ("Hwangsaeul-ro", "Bundang-gu, Seongnam-si, Gyeonggi-do", "13595"),
    ("Teheran-ro", "Gangnam-gu, Seoul", "06236"),
    ("Centum jungang-ro", "Haeundae-gu, Busan", "48059"),
    ("Songdogwahak-ro", "Yeonsu-gu, Incheon", "21984"),
    ("Dunsan-ro", "Seo-gu, Daejeon", "35242"),
    ("Itaewon-ro", "Yongsan-gu, Seoul", "04349"),
]


def kaddr_en(unit: bool = False) -> str:
    """A Korean road-name address written in English order (unit first when there is one), through the postcode."""
    road, rest, z = random.choice(ENG_KADDR)
    u = f"Apt {random.randint(1, 25)}0{random.randint(1, 6)}, " if unit else ""
    return f"{u}{random.randint(3, 520)}, {road}, {rest} {z}"


EADDR3 = [
    ("Wexford Gardens", "Bristol", "BS6 7TH", "uk"),
    ("Ashgrove Crescent", "Leeds", "LS6 3PJ", "uk"),
    ("Rue Saint-Denis", "Montréal, QC", "H2X 3K8", "ca"),
    ("Kingsway Ave", "Vancouver, BC", "V5N 2S4", "ca"),
    ("Pelham Lane", "Bethesda, MD", "20814", "us"),
    ("Cedar Bluff Dr", "Knoxville, TN", "37923", "us"),
]


def eaddr3() -> str:
    """A UK, Canadian or US street address through its postcode (UK: no comma before the postcode)."""
    street, city, z, _country = random.choice(EADDR3)
    n = random.randint(2, 4890)
    return f"{n} {street}, {city} {z}"


def anyea() -> str:
    return random.choice((eaddr, eaddr2, eaddr3, eaddr3))()


LOCALS4 = (
    "dayeon.k2 jisub_94 mh.cho.work hyeonjin88 sora.baek0211 gyuri_lee yjh1130 wonbin.p chaeyoung.s taeho_y01 "
    "nuri.kang93 soyeon_ham dj.min.office seorin0707 bk.pyo"
).split()
MAILDOM4 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "nate.com", "hanmail.net", "korea.kr", "icloud.com"]


def email4(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS4)}@{domain or random.choice(MAILDOM4)}"


def anymail() -> str:
    return random.choice((email, email2, email3, email4, email4))()


CORPDOM = [
    "northwind-logistics.com", "brightpath.io", "kestrel-capital.com", "orcaline.co.uk", "meridianhealth.org",
    "hallmarkpartners.com", "tidewater-energy.com", "lumen-bio.com",
]


def cmail(name: str) -> str:
    """A corporate e-mail address built from an English-language name."""
    return mail_of(name, random.choice(CORPDOM), random.choice((".", "_", ".")))


def ukmob() -> str:
    """A UK mobile number outside the 07700 900xxx drama range."""
    return f"+44 7{random.choice('45789')}{dg(2)} {dg(6)}"


CRN_HEADS = ["110111", "131111", "134511", "180111", "160111", "170111", "200111", "284411", "110115"]


def crx() -> str:
    return cr(random.choice(CRN_HEADS))


def anycard() -> str:
    """A Luhn-valid card number: Visa, Mastercard, Amex (4-6-5), JCB, UnionPay or a domestic 9410 card."""
    kind = random.choice(["visa", "mc", "amex", "jcb", "cup", "dom", "mc2"])
    sep = random.choice(["-", " ", "-"])
    if kind == "amex":
        return cc("37", (4, 6, 5), sep)
    return cc({"visa": "4", "mc": "52", "mc2": "54", "jcb": "3562", "cup": "6250", "dom": "9410"}[kind], sep=sep)


def anyacct() -> tuple[str, str]:
    b = random.choice(list(BANK))
    return b, acct(b)


def anyphone() -> str:
    r = random.random()
    if r < 0.55:
        return mob()
    if r < 0.65:
        return mob(".")
    if r < 0.72:
        return mob("")
    if r < 0.85:
        return land(random.choice(["02", "031", "051", "053", "062", "042", "064", "033"]))
    if r < 0.92:
        return voip()
    return intl()


HANJA_NAMES = [
    ("김영수", "金英洙"),
    ("이정희", "李貞姬"),
    ("박상철", "朴相哲"),
    ("최순자", "崔順子"),
    ("정광호", "鄭光浩"),
    ("윤명숙", "尹明淑"),
    ("오병철", "吳炳哲"),
    ("조현숙", "趙賢淑"),
]


# ---------------------------------------------------------------- value makers new for this set
KGIV4 = (
    "시온 라희 준영 서하 윤호 다온 은채 현서 지완 소은 태현 예지 민혁 가윤 성훈 하율 "
    "순임 영숙 종철 복희 정남 귀순 만수 말년 동춘 옥희 춘식 삼순 경순 병호"
).split()


def kname5() -> str:
    """A Korean full name from a fourth list of given names, redrawn while it is also an everyday word."""
    while True:
        n = random.choice(KSUR) + random.choice(KGIV4)
        if n not in COMMON_WORDS:
            return n


FAMOUS = frozenset(
    "왕건 김구 이순신 안중근 유관순 박종철 박정희 유재석 이병철 안창호 이순자 김정숙 김건희 이건희 현빈 원빈".split()
)


def kp() -> str:
    """Any Korean full name (every list, rare surnames and two-syllable names included), never a famous person's."""
    while True:
        n = random.choice((kn, kname3, kname4, kname5, kname5, krare, kn2, kname5))()
        if n not in FAMOUS:
            return n


def kps(n: int) -> list[str]:
    """n different Korean names, none contained in another (so every mention can be labelled unambiguously)."""
    out: list[str] = []
    while len(out) < n:
        v = kp()
        if all(v not in o and o not in v for o in out):
            out.append(v)
    return out


KGIV_KID = "서준 하준 도윤 시우 은우 지호 예준 유준 서아 하윤 지안 이서 아린 시아 나은 채아 로운 이안 유나 하린".split()


def kid(avoid: tuple[str, ...] = ()) -> str:
    """A child's name (given names popular since the 2010s), distinct from the names in `avoid`."""
    while True:
        n = random.choice(KSUR) + random.choice(KGIV_KID)
        if n not in FAMOUS and n not in COMMON_WORDS and all(n not in o and o not in n and n[1:] != o[1:] for o in avoid):
            return n


HFGN4 = {
    "tr": ["메흐메트 일디즈", "아이셰 카야"],
    "ua": ["올렉산드르 코발렌코", "나탈리야 본다렌코"],
    "in": ["라훌 샤르마", "프리야 나이르"],
    "fr": ["카미유 르페브르", "앙투안 모로"],
    "us": ["제니퍼 콜린스", "마이클 하워드"],
    "eg": ["아흐메드 하산", "파티마 엘사예드"],
    "br": ["가브리엘 소자", "아나 페헤이라"],
}


def hfname4(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Turkish, Ukrainian, Indian, French, American, Egyptian, Brazilian)."""
    return random.choice(HFGN4[origin or random.choice(list(HFGN4))])


def anyhf() -> str:
    """A foreign name in Hangul from any of the lists."""
    pick = random.random()
    if pick < 0.3:
        return hfname(random.choice(list(HFGN)))
    if pick < 0.5:
        return hfname2(random.choice(list(HFGN2)))
    if pick < 0.7:
        return hfname3()
    return hfname4()


FGN3 = "KAYA AYSE|KOVALENKO OLEKSANDR|SHARMA RAHUL|LEFEBVRE CAMILLE|SOUZA GABRIEL|HASSAN AHMED|NAIR PRIYA|BONDARENKO NATALIIA".split("|")


def fname3() -> str:
    return random.choice(FGN3)


ROADS5 = [
    ("서울특별시", "종로구", "자하문로", "청운동"),
    ("서울특별시", "강동구", "천호대로", "성내동"),
    ("서울특별시", "영등포구", "국제금융로", "여의도동"),
    ("부산광역시", "동래구", "충렬대로", "온천동"),
    ("부산광역시", "북구", "만덕대로", "덕천동"),
    ("대구광역시", "동구", "아양로", "신암동"),
    ("인천광역시", "서구", "청라대로", "청라동"),
    ("광주광역시", "서구", "상무중앙로", "치평동"),
    ("대전광역시", "중구", "계룡로", "용두동"),
    ("울산광역시", "중구", "번영로", "성남동"),
    ("경기도", "안양시 동안구", "시민대로", "관양동"),
    ("경기도", "부천시", "길주로", "중동"),
    ("경기도", "평택시", "평택로", "평택동"),
    ("충청북도", "청주시 흥덕구", "직지대로", "복대동"),
    ("전라남도", "광양시", "중마로", "중동"),
    ("경상남도", "양산시", "양산대로", "중부동"),
    ("경상북도", "김천시", "시청로", "신음동"),
    ("강원특별자치도", "속초시", "중앙로", "금호동"),
]


def kaddr5(detail: str = "random") -> str:
    """A road-name address from a fifth list of roads (a 번길 road now and then), labelled like kaddr."""
    sido, sgg, road, dong = random.choice(ROADS5)
    if random.random() < 0.2:
        road = f"{road}{random.randint(1, 12) * 10 + random.choice((0, 5))}번길"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(2, 350)}" + (f"-{random.randint(1, 20)}" if random.random() < 0.25 else "")
    mode = random.choice(["apt", "floor", "ref", "none", "apt"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 125)}동 {random.randint(2, 28)}0{random.randint(1, 6)}호"
    if mode == "floor":
        return f"{head} {num}, {random.randint(1, 8)}층"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def kaddr_any() -> str:
    return random.choice((kaddr, kaddr2, kaddr3, kaddr4, kaddr5, kaddr5, kaddr5))()


JIBUN4 = [
    ("경상북도 울릉군 울릉읍", "도동리"),
    ("전라남도 진도군 임회면", "남동리"),
    ("충청북도 단양군 가곡면", "사평리"),
    ("경기도 가평군 설악면", "신천리"),
    ("강원특별자치도 인제군 북면", "원통리"),
    ("경상남도 합천군 가야면", "치인리"),
]


def jibun4() -> str:
    a, b = random.choice(JIBUN4)
    return f"{a} {b} {random.randint(15, 640)}" + (f"-{random.randint(1, 8)}" if random.random() < 0.5 else "")


EADDR4 = [
    ("Brookline Ave", "Boston, MA", "02215"),
    ("Sycamore Grove Ln", "Plano, TX", "75024"),
    ("Old Mill Rd", "Portland, ME", "04103"),
    ("Fenwick Road", "Manchester", "M20 2LL"),
    ("Marlborough St", "Halifax, NS", "B3H 2C5"),
    ("Linden Row", "Ann Arbor, MI", "48104"),
]


def eaddr4(unit: bool = False) -> str:
    """A US, UK or Canadian street address through its postcode, sometimes with a unit after the street."""
    street, city, z = random.choice(EADDR4)
    u = f" {random.choice(['Apt', 'Unit', 'Suite'])} {random.randint(2, 48)}{random.choice('ABC')}" if unit else ""
    return f"{random.randint(3, 9400)} {street}{u}, {city} {z}"


def ea_any() -> str:
    return random.choice((eaddr, eaddr2, eaddr3, eaddr4, eaddr4))()


LOCALS5 = (
    "sohee.jin minsu_kang85 yj.heo0303 dohyun.nam hanbit2000 eunseo.work kbs_jun yerim.ch jaewon0821 "
    "seungah.lim gyeol.k mirae_oh"
).split()
MAILDOM5 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net", "nate.com", "korea.kr", "hotmail.com"]


def email5(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS5)}@{domain or random.choice(MAILDOM5)}"


def km() -> str:
    """Any Korean personal e-mail address, from every local-part list."""
    return random.choice((email, email2, email3, email4, email5, email5))()


EFIRST4 = (
    "Beatrix Cormac Delphine Everett Faustina Gideon Hollis Isadora Jasper Kenji Lorelei Magnus Nerys Osric "
    "Quentin Rowena Silas Tamsin Ulrich Viola Winston Zara"
).split()
ELAST4 = (
    "Abbington Blackburn Carrow Dunmore Eastwood Farrow Greaves Hawthorne Ingram Jessup Kingsley Langford "
    "Merriweather Northcott Pryce Redgrave Stainton Tremaine Vickery Whitlock"
).split()


def ename4() -> str:
    return f"{random.choice(EFIRST4)} {random.choice(ELAST4)}"


def en() -> str:
    """An English-language full name from any of the four lists."""
    return random.choice((anye, ename4, ename4))()


def ens(n: int) -> list[str]:
    """n English names with different first and last names (so a lone first name points to one person)."""
    out: list[str] = []
    while len(out) < n:
        v = en()
        if all(v.split()[0] != o.split()[0] and v.split()[-1] != o.split()[-1] for o in out):
            out.append(v)
    return out


CORPDOM2 = ["harborlane.com", "quillfinch.io", "stonebridge-law.com", "ferncastle.org", "apexmoor.co", "veldtcare.com"]


def cmail2(name: str) -> str:
    return mail_of(name, random.choice(CORPDOM2), random.choice((".", "_", "")))


def us_acct() -> str:
    """A US checking account number (labelled as a bank account)."""
    return dg(random.choice((10, 11, 12)), "123456789")


ROUTING = ["021000021", "026009593", "121000248", "011401533", "071000013"]


def non_luhn(n: int, head: str) -> str:
    """n digits starting with head that fail the Luhn check (for negatives)."""
    while True:
        v = head + dg(n - len(head))
        if not luhn_ok(v):
            return v


def card16() -> str:
    """A Luhn-valid sixteen-digit card number without separators (Visa, Mastercard or domestic 9410)."""
    return cc(random.choice(["4", "52", "54", "9410"]), sep="")


def kids_rrn(year: int) -> str:
    """A resident number for a child born in `year`: old checksum before 2020, the post-October-2020 scheme after."""
    _, b = birth(year, year)
    g = random.choice((3, 4))
    return rn(b, g) if year >= 2021 else rr(b, g)


# ---------------------------------------------------------------- disguise helpers written for this set
FW_OFF = 0xFEE0
SINO = "공일이삼사오육칠팔구"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MORSE = {
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", "M": "--", "S": "...", "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".",
    "F": "..-.", "G": "--.", "H": "....", "J": ".---", "K": "-.-", "L": ".-..", "N": "-.", "P": ".--.", "R": ".-.",
    "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
}
DIACRITIC = str.maketrans("aeiouyAEIOUcnsz", "áëïöüÿÀÉÏÖÜçñšž")


def fullwidth(s: str) -> str:
    """ASCII printable characters as their fullwidth forms (U+FF01-FF5E), as a Korean IME in full-width mode types."""
    return "".join(chr(ord(c) + FW_OFF) if "!" <= c <= "~" else c for c in s)


def fw_at_dot(mail: str) -> str:
    """Only the @ and the dots of an e-mail address in their fullwidth forms."""
    return mail.replace("@", "＠").replace(".", "．")


def circled(s: str) -> str:
    return "".join(CIRCLED[int(c)] if c.isdigit() else c for c in s)


def nfd(s: str) -> str:
    """Hangul syllables decomposed into conjoining jamo (U+1100 block), as macOS stores file names."""
    return unicodedata.normalize("NFD", s)


def zwsp(s: str) -> str:
    return "\u200b".join(s)


def md_split(name: str) -> str:
    """A name with markdown emphasis markers between its syllables: **김**민**준** (the outer ** added by the case)."""
    return "**".join(name)


def spaced(s: str) -> str:
    return " ".join(s)


def sino(s: str, dash: str = " 다시 ") -> str:
    """Digits read in Sino-Korean (공 for zero), hyphens read as 다시."""
    return dash.join("".join(SINO[int(c)] for c in part) for part in s.split("-"))


def boxed(s: str) -> str:
    """Digits in the one-digit boxes of a paper form, as OCR renders the box rules (outer rules added by the case)."""
    return "│".join(c for c in s if c.isdigit())


def ocr_swap(s: str) -> str:
    """OCR confusions on a number: 1 read as l, 8 as B, 5 as S (zero left alone)."""
    return s.translate(str.maketrans("185", "lBS"))


def hangul_mode(s: str) -> str:
    """The passport letter typed while the IME was left in Hangul mode (M -> ㅡ, S -> ㄴ)."""
    return s.translate(str.maketrans("MS", "ㅡㄴ"))


def arabic_indic(s: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def said(s: str) -> str:
    """Digits as a voicemail transcription reads them: words, oh for zero, groups split by commas."""
    return ", ".join(" ".join("oh" if c == "0" else ONES[int(c)] for c in g) for g in re.findall(r"\d+", s))


def soft_hyphens(mail: str) -> str:
    """U+00AD soft hyphens inside the local part and the domain (invisible when rendered)."""
    local, dom = mail.split("@")
    a, b = max(1, len(local) // 2), max(1, dom.index(".") // 2)
    return f"{local[:a]}\u00ad{local[a:]}@{dom[:b]}\u00ad{dom[b:]}"


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def qp_wrap(s: str, at: int) -> str:
    """A quoted-printable soft line break (=, newline) inside a value."""
    return f"{s[:at]}=\n{s[at:]}"


def morse(s: str) -> str:
    return " ".join(MORSE[c] for c in s)


def num_words(n: int) -> str:
    """An octet read the way people say it: 10 ten, 42 forty-two, 168 one sixty-eight, 105 one oh five."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    rest = n % 100
    if rest == 0:
        return f"{ONES[n // 100]} hundred"
    if rest < 10:
        return f"{ONES[n // 100]} oh {ONES[rest]}"
    return f"{ONES[n // 100]} {num_words(rest)}"


def ip_words(ip: str) -> str:
    return " dot ".join(num_words(int(x)) for x in ip.split("."))


def diacritics(name: str) -> str:
    return name.translate(DIACRITIC)


def micr(routing: str, account: str) -> str:
    """A cheque's MICR line: ⑆routing⑆ account⑈ cheque number."""
    return f"⑆{routing}⑆ {account}⑈ {dg(4, '123456789')}"


def ideo_dots(ip: str) -> str:
    return ip.replace(".", "。")


def json_u(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def py_bytes(s: str) -> str:
    return "".join(f"\\x{b:02x}" for b in s.encode("utf-8"))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def c_octal(s: str) -> str:
    return "".join(f"\\{ord(c):03o}" for c in s)


def emv_pan(num: str) -> str:
    """A sixteen-digit card number as the BCD bytes of EMV tag 5A (two digits a byte, bytes spaced)."""
    d = digits(num)
    return " ".join(d[i : i + 2] for i in range(0, len(d), 2))


def ip_bin(ip: str) -> str:
    return ".".join(f"{int(x):08b}" for x in ip.split("."))


def ip_mapped(ip: str) -> str:
    """An IPv4 address as Java prints an IPv4-mapped IPv6 address: 0:0:0:0:0:ffff:a2a:7b7."""
    v = ipv4_int(ip)
    return f"0:0:0:0:0:ffff:{v >> 16:x}:{v & 0xFFFF:x}"


def vs15(s: str) -> str:
    """U+FE0E (variation selector-15) after every character."""
    return "".join(c + "\ufe0e" for c in s)


def re_escape_dash(s: str) -> str:
    return s.replace("-", "\\-")


# ---------------------------------------------------------------- the inline-mark case writer (copied unchanged from the twenty-sixth, its lines 1291-1333)
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


# ---------------------------------------------------------------- positives, Korean (60): welfare, tax, school, hospital, bank and local-office staff
def positives_ko() -> None:
    # 1 장애인 활동지원 급여 변경 신청
    a, b = kps(2)
    put("ko", P, f"""[활동지원급여 변경신청 검토 부탁]
수급자 ⟦PER:{a}⟧ (주민등록번호 ⟦RRN:{rrx(1948, 1962)}⟧)
주소: ⟦LOC:{kaddr5("apt")}⟧
보호자: ⟦PER:{b}⟧(딸) ⟦PH:{mob()}⟧
사유: 독거 전환으로 추가급여 신청. 연금공단 지사 제출 전에 빠진 서류 있는지 확인해 주세요.""")

    # 2 긴급복지 생계지원 결정 통지
    a, t = titled()
    b = kp()
    bank, ac = anyacct()
    put("ko", P, f"""긴급복지 생계지원 결정 통지(안)
| 항목 | 내용 |
|---|---|
| 대상자 | ⟦PER:{b}⟧ |
| 생년월일·번호 | ⟦RRN:{rrx(1960, 1985)}⟧ |
| 지원금 입금계좌 | {bank} ⟦ACC:{ac}⟧ |
| 담당 | 복지정책과 ⟦PER:{a}⟧ {t} (직통 ⟦PH:{land("031")}⟧) |""")

    # 3 한부모가족 아동양육비 신청 (OCR)
    a = kp()
    c = kid((a,))
    put("ko", P, f"""한부모가족 지원 신청서 (스캔본 OCR)
신청인 성명 ⟦PER:{a}⟧ 주민등록번호 ⟦RRN:{rrx(1986, 1996, female=True)}⟧
자녀 성명 ⟦PER:{c}⟧ 주민등록번호 ⟦RRN:{kids_rrn(2016)}⟧
주 소 ⟦LOC:{kaddr_any()}⟧
연락처 ⟦PH:{mob()}⟧ 이메일 ⟦MAIL:{km()}⟧
※ 소득인정액 조사 동의서 첨부 확인 바람""")

    # 4 주거급여 임차료 계좌 변경 (통화 기록)
    a = kp()
    bank1, ac1 = anyacct()
    bank2, ac2 = anyacct()
    put("ko", P, f"""[주거급여 상담 메모 10:42]
⟦PER:{a}⟧ 님 전화(⟦PH:{mob()}⟧). 임대인 바뀌어서 임차료 받는 계좌 변경 요청.
기존 {bank1} ⟦ACC:{ac1}⟧ → 변경 {bank2} ⟦ACC:{ac2}⟧ (새 임대인 명의)
새 임대차계약서 팩스로 받기로 함. 다음 달 지급분부터 반영.""")

    # 5 노인일자리 참여자 명단 (CSV)
    a, b, c = kps(3)
    put("ko", P, f"""연번,성명,생년월일,연락처,활동처
1,⟦PER:{a}⟧,⟦RRN:{rrx(1944, 1956, dash=False)}⟧,⟦PH:{mob()}⟧,{random.choice(["초등학교 급식도우미", "공원 환경정비"])}
2,⟦PER:{b}⟧,⟦RRN:{rrx(1944, 1956)}⟧,⟦PH:{land("02")}⟧,경로당 안전지킴이
3,⟦PER:{c}⟧,⟦RRN:{rrx(1944, 1956)}⟧,⟦PH:{mob()}⟧,도서관 서가정리
→ 노인일자리 참여자 3월 명단입니다. 보험 가입용으로 시니어클럽에 보내도 될까요?""")

    # 6 방과후학교 강사 위촉
    a = kp()
    bank, ac = anyacct()
    bank = bank.replace("은행", "")
    put("ko", P, f"""방과후학교 외부강사 위촉 계약서 (발췌)
강사: ⟦PER:{a}⟧ / 주민등록번호 ⟦RRN:{rrx(1975, 1995)}⟧
주소: ⟦LOC:{kaddr_any()}⟧
강사료 지급 계좌: {bank} ⟦ACC:{ac}⟧ (예금주 ⟦PER:{a}⟧)
휴대전화: ⟦PH:{mob()}⟧
행정실장님, 강사료 원천징수 3.3% 맞는지 봐 주세요.""")

    # 7 교육급여 신청 (행정실 메신저)
    a = kp()
    c = kid((a,))
    put("ko", P, f"""(메신저) 행정실 → 교무실
2학년 3반 ⟦PER:{c}⟧ 학생 교육급여 신청 건이요. 보호자 ⟦PER:{a}⟧ 님 주민번호 ⟦RRN:{rrx(1978, 1990)}⟧,
학생 ⟦RRN:{kids_rrn(2009)}⟧ 로 행복e음 조회하니 대상 맞습니다.
보호자 연락처 ⟦PH:{mob()}⟧ 로 결과 문자 보내 주세요.""")

    # 8 학자금 대출 상환 유예 (상담 채팅)
    a = kp()
    put("ko", P, f"""상담사: 상환유예 신청하실 분 성함과 연락처 부탁드립니다.
고객: ⟦PER:{a}⟧이고요, ⟦PH:{mob()}⟧ 입니다. 이메일은 ⟦MAIL:{km()}⟧
상담사: 실직 증빙으로 고용보험 상실신고서 올려주시면 되고, 본인 확인차 주민번호 뒷자리까지 말씀 부탁드려요.
고객: ⟦RRN:{rrx(1996, 2002)}⟧ 입니다.""")

    # 9 입원 약정서 연대보증인
    a, b = kps(2)
    put("ko", P, f"""입원약정서 (원무과 보관)
환자 성명: ⟦PER:{a}⟧   등록번호: {dg(8)}
환자 주민번호: ⟦RRN:{rrx(1940, 1955)}⟧  건강보험증: ⟦HINS:{hid()}⟧
보호자(연대보증인): ⟦PER:{b}⟧  관계: 아들
보호자 주소: ⟦LOC:{kaddr_any()}⟧
보호자 연락처: ⟦PH:{mob()}⟧ / 직장 ⟦PH:{land(random.choice(["02", "031", "032"]))}⟧""")

    # 10 산재 요양급여 신청
    a = kp()
    w = anyhf()
    biz = bz()
    put("ko", P, f"""요양급여신청서 작성 도와주세요.
재해자 ⟦PER:{a}⟧ / ⟦RRN:{rrx(1968, 1990)}⟧ / ⟦PH:{mob()}⟧
사업장: {random.choice(["한빛정밀", "대영물류", "세진산업"])} (사업자등록번호 ⟦BRN:{biz}⟧)
목격자: 동료 ⟦PER:{w}⟧ (외국인등록번호 ⟦ARN:{arx(1990, 2000)}⟧)
재해 경위: 지게차 후진 중 발등 골절. 사업주 확인 날인 거부하고 있어서 날인 없이 제출 가능한지요?""")

    # 11 실업급여 재취업활동 보고
    a = kp()
    put("ko", P, f"""[고용센터 실업인정 메모]
수급자 ⟦PER:{a}⟧ (본인확인 완료), 2차 실업인정일.
재취업활동: 워크넷 입사지원 2건, 직업훈련 상담 1건.
연락처 ⟦PH:{mob()}⟧, 주소 변경 신고 → ⟦LOC:{kaddr_any()}⟧
다음 인정일 문자 발송 요망.""")

    # 12 전입신고 세대주 확인
    a, b = kps(2)
    put("ko", P, f"""주민센터 메신저)
전입신고 들어왔는데 세대주 확인 좀요.
전입자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1990, 2001)}⟧
세대주 ⟦PER:{b}⟧ ⟦RRN:{rrx(1955, 1970)}⟧
전입지: ⟦LOC:{kaddr_any()}⟧
세대주 본인 동의 문자가 ⟦PH:{mob()}⟧ 로 갔다는데 아직 회신이 없네요.""")

    # 13 토지 수용 보상금 지급
    a = kp()
    bank, ac = anyacct()
    corp = crx()
    put("ko", P, f"""보상금 지급 명세 (공익사업 편입토지)
| 소유자 | 번호 | 소재지 | 지급계좌 |
| ⟦PER:{a}⟧ | ⟦RRN:{rrx(1950, 1965)}⟧ | ⟦LOC:{jibun4()}⟧ | {bank} ⟦ACC:{ac}⟧ |
| (주)다온개발 | ⟦CRN:{corp}⟧ | ⟦LOC:{jibun4()}⟧ | 공탁 예정 |
협의 미성립 1필지 공탁 처리 문구 다듬어 주세요.""")

    # 14 농지취득자격증명
    a = kp()
    put("ko", P, f"""농지취득자격증명 신청서 검토 요청드립니다.
신청인: ⟦PER:{a}⟧ (⟦RRN:{rrx(1962, 1980)}⟧)
신청인 주소: ⟦LOC:{kaddr_any()}⟧
취득 농지: ⟦LOC:{jibun2()}⟧ 답 1,322㎡
연락처: ⟦PH:{mob()}⟧
농업경영계획서에 영농거리 기재가 빠졌습니다. 보완 통지문 초안 부탁해요.""")

    # 15 건축허가 건축주 변경 (법인)
    a, t = titled()
    b = kp()
    corp, biz = crx(), bz()
    put("ko", P, f"""건축주 명의변경 신고 처리 건
변경 전: ⟦PER:{b}⟧ (⟦RRN:{rrx(1958, 1972)}⟧)
변경 후: 주식회사 서해종합건설 법인등록번호 ⟦CRN:{corp}⟧ 사업자등록번호 ⟦BRN:{biz}⟧
대지위치: ⟦LOC:{jibun3()}⟧
건축과 ⟦PER:{a}⟧ {t} 검토 의견 정리 요청""")

    # 16 개인택시 면허 양수
    a, b = kps(2)
    put("ko", P, f"""개인택시 운송사업 양도·양수 인가 신청
양도인 ⟦PER:{a}⟧ 운전면허 ⟦DLIC:{dl()}⟧
양수인 ⟦PER:{b}⟧ 운전면허 ⟦DLIC:{dl(named=True)}⟧ / 주민번호 ⟦RRN:{rrx(1965, 1980)}⟧
양수인 연락처 ⟦PH:{mob()}⟧
무사고 경력 조회 결과 첨부 전이니 결격사유 체크리스트만 먼저 만들어 주세요.""")

    # 17 의료급여 사례관리
    a = kp()
    put("ko", P, f"""의료급여 사례관리 일지
대상: ⟦PER:{a}⟧ / ⟦RRN:{rrx(1952, 1968)}⟧
거주지: ⟦LOC:{kaddr_any()}⟧
외래 이용 연 412회(과다). 약국 3곳 중복 조제 확인. 본인과 통화(⟦PH:{mob()}⟧), 선택의료급여기관 지정 안내함.
다음 방문 시 복약지도 동행 예정.""")

    # 18 치매안심센터 등록
    a, b = kps(2)
    put("ko", P, f"""치매안심센터 등록 카드
대상자 ⟦PER:{a}⟧  주민등록번호 ⟦RRN:{rrx(1938, 1950)}⟧
건강보험증번호 ⟦HINS:{hi()}⟧
주소 ⟦LOC:{kaddr_any()}⟧
주보호자 ⟦PER:{b}⟧ (며느리) ⟦PH:{mob()}⟧
배회감지기 신청 희망. 인지선별검사 MMSE 18점.""")

    # 19 드림스타트 사례관리
    a = kp()
    c = kid((a,))
    put("ko", P, f"""[드림스타트 사례회의 자료]
아동: ⟦PER:{c}⟧ (⟦RRN:{kids_rrn(2018)}⟧)
양육자: ⟦PER:{a}⟧, 연락처 ⟦PH:{mob()}⟧
주소: ⟦LOC:{kaddr_any()}⟧
언어발달 지연 의심 → 바우처 연계. 회의 자료에서 민감정보 줄이는 방향으로 요약해 주세요.""")

    # 20 국가장학금 이의신청
    a = kp()
    put("ko", P, f"""국가장학금 소득구간 이의신청합니다.
성명 ⟦PER:{a}⟧ / 학번 2023{dg(5)} / 연락처 ⟦PH:{mob()}⟧ / 이메일 ⟦MAIL:{km()}⟧
부모님 사업 폐업했는데 반영 안 됐어요. 폐업사실증명 첨부했습니다.
(신청 당시 접속 IP ⟦IP:{pub_ip()}⟧ 로 기록되어 있다고 재단 상담원이 말함)""")

    # 21 지방세 체납 압류 해제
    a = kp()
    bank, ac = anyacct()
    biz = bz()
    put("ko", P, f"""압류 해제 요청 검토
체납자 ⟦PER:{a}⟧ (개인사업자 ⟦BRN:{biz}⟧)
제3채무자: (주)한울유통 법인등록번호 ⟦CRN:{crx()}⟧ (매출채권 압류)
체납액 완납 확인됨. 압류 계좌 {bank} ⟦ACC:{ac}⟧ 해제 통지 나가야 합니다.
납세자 연락처 ⟦PH:{mob()}⟧, 송달 주소 ⟦LOC:{kaddr_any()}⟧""")

    # 22 취득세 신고
    a, b = kps(2)
    put("ko", P, f"""취득세 신고서 (증여)
취득자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1988, 2000)}⟧
증여자 ⟦PER:{b}⟧ ⟦RRN:{rrx(1955, 1968)}⟧
취득물건 소재지 ⟦LOC:{kaddr_any()}⟧
신고인 연락처 ⟦PH:{mob()}⟧
시가표준액 기준이 맞는지, 감정가액 적용 대상인지 판단 부탁드립니다.""")

    # 23 신용회복 채무조정
    a = kp()
    bank, ac = anyacct()
    put("ko", P, f"""채무조정 신청 상담 기록
신청인 ⟦PER:{a}⟧, 주민번호 ⟦RRN:{rrx(1975, 1992)}⟧
연체 카드: ⟦CARD:{anycard()}⟧ (현금서비스 연체 8개월)
변제금 자동이체 계좌: {bank} ⟦ACC:{ac}⟧
연락처 ⟦PH:{mob()}⟧ — 오후에만 통화 가능""")

    # 24 보이스피싱 지급정지
    a = kp()
    bank1, ac1 = anyacct()
    bank2, ac2 = anyacct()
    put("ko", P, f"""[지급정지 요청 접수] 고객 ⟦PER:{a}⟧ 님
피해 계좌(본인): {bank1} ⟦ACC:{ac1}⟧
사기 이용 계좌: {bank2} ⟦ACC:{ac2}⟧ 로 2,800,000원 이체
사기범 연락 번호: ⟦PH:{mob()}⟧ (검사 사칭)
고객 회신 번호: ⟦PH:{mob()}⟧
경찰 사건사고사실확인원 3일 내 제출 안내 완료.""")

    # 25 상속인 금융거래 조회
    a, b = kps(2)
    put("ko", P, f"""안심상속 금융거래조회 결과 안내문 초안
피상속인: 고(故) ⟦PER:{a}⟧ (⟦RRN:{rrx(1942, 1958)}⟧)
신청인(상속인): ⟦PER:{b}⟧ (⟦RRN:{rrx(1968, 1985)}⟧)
결과 통보: 문자(⟦PH:{mob()}⟧) 및 우편(⟦LOC:{kaddr_any()}⟧)
금융감독원 조회 결과는 3주 안에 옵니다. 안내문 문장 부드럽게 고쳐 주세요.""")

    # 26 사망보험금 청구
    a, b = kps(2)
    bank, ac = anyacct()
    put("ko", P, f"""보험금 청구서 접수 확인
피보험자 ⟦PER:{a}⟧ (⟦RRN:{rrx(1950, 1970)}⟧) 사망
수익자 ⟦PER:{b}⟧ (⟦RRN:{rrx(1975, 1995)}⟧) 연락처 ⟦PH:{mob()}⟧
수령 계좌 {bank} ⟦ACC:{ac}⟧
사망진단서 원본 + 가족관계증명서 필요. 빠진 서류 목록 만들어 주세요.""")

    # 27 진료기록 사본 발급 위임
    a, b = kps(2)
    put("ko", P, f"""위 임 장
환자(위임인) ⟦PER:{a}⟧  주민등록번호 ⟦RRN:{rrx(1960, 1985)}⟧  전화 ⟦PH:{mob()}⟧
환자 건강보험증번호 ⟦HINS:{hi()}⟧
대리인(수임인) ⟦PER:{b}⟧  주민등록번호 ⟦RRN:{rrx(1985, 2000)}⟧  관계: 배우자
위 사람에게 본인의 진료기록 사본 발급 신청 권한을 위임합니다.
→ 의무기록실: 위임장 양식 맞는지, 신분증 사본 필요 여부 확인""")

    # 28 건강검진 결과 재발송
    a = kp()
    put("ko", P, f"""건강검진 결과지 반송 건 재발송 요청
수검자 ⟦PER:{a}⟧ / 건강보험증 ⟦HINS:{hid()}⟧
기존 주소(반송): ⟦LOC:{kaddr_any()}⟧
새 주소: ⟦LOC:{kaddr_any()}⟧
이메일로도 받고 싶다고 하심: ⟦MAIL:{km()}⟧""")

    # 29 초등학교 전입학
    a = kp()
    c = kid((a,))
    put("ko", P, f"""전입학 서류 확인(교무행정)
학생: ⟦PER:{c}⟧ ⟦RRN:{kids_rrn(2017)}⟧, 4학년 배정 예정
보호자: ⟦PER:{a}⟧ ⟦PH:{mob()}⟧
거주지(주민등록상): ⟦LOC:{kaddr5("apt")}⟧
전출교에서 학적 서류 오면 반 배정표에 넣겠습니다.""")

    # 30 교육청 급식비 지원
    a = kp()
    c = kid((a,))
    bank, ac = anyacct()
    put("ko", P, f"""고교 급식비 환급 명단(행정실 → 교육청)
학생 ⟦PER:{c}⟧ / 보호자 ⟦PER:{a}⟧ / 환급계좌 {bank} ⟦ACC:{ac}⟧ / 연락처 ⟦PH:{mob()}⟧
1학기 중도 전학으로 미사용분 환급 대상입니다. 공문 붙임 문구 작성 부탁드려요.""")

    # 31 유치원 입학 추첨
    a = kp()
    c = kid((a,))
    put("ko", P, f"""[처음학교로 추첨 결과 문의]
원아 ⟦PER:{c}⟧ (⟦RRN:{kids_rrn(2021)}⟧) 보호자 ⟦PER:{a}⟧입니다.
대기 3번이라고 떴는데 우선모집 자격(다자녀) 반영 안 된 것 같아요.
연락 ⟦PH:{mob()}⟧ / ⟦MAIL:{km()}⟧""")

    # 32 어린이집 보육료 (아이행복카드)
    a = kp()
    c = kid((a,))
    put("ko", P, f"""보육료 결제 오류 민원 정리
보호자 ⟦PER:{a}⟧ 아이행복카드 ⟦CARD:{cc("9410", sep="-")}⟧
아동 ⟦PER:{c}⟧ ({random.choice(["만 2세반", "만 3세반"])})
3월분이 두 번 승인됨 → 어린이집 원장과 통화, 취소 처리 예정
보호자 번호 ⟦PH:{mob()}⟧""")

    # 33 산모신생아 건강관리
    a = kp()
    put("ko", P, f"""산모·신생아 건강관리 서비스 신청
산모 ⟦PER:{a}⟧ ⟦RRN:{rrx(1989, 1998, female=True)}⟧
건강보험증번호 ⟦HINS:{hi()}⟧
출산예정일 다음 달 12일, 서비스 주소 ⟦LOC:{kaddr_any()}⟧
연락처 ⟦PH:{mob()}⟧
본인부담금 유형(가형/통합) 판정 부탁드립니다.""")

    # 34 출생신고·첫만남이용권
    a, b = kps(2)
    c = kid((a, b))
    bank, ac = anyacct()
    put("ko", P, f"""출생신고 + 첫만남이용권 동시 신청
출생아 ⟦PER:{c}⟧ 주민등록번호 ⟦RRN:{kids_rrn(2024)}⟧
부 ⟦PER:{a}⟧ ⟦RRN:{rrx(1988, 1994, female=False)}⟧ / 모 ⟦PER:{b}⟧ ⟦RRN:{rrx(1990, 1996, female=True)}⟧
부모급여 입금 계좌 {bank} ⟦ACC:{ac}⟧
국민행복카드 연결 안내 문자 ⟦PH:{mob()}⟧""")

    # 35 사망신고 안심상속
    a, b = kps(2)
    put("ko", P, f"""사망신고 접수 메모
사망자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1935, 1950)}⟧, 최종 주소 ⟦LOC:{jibun()}⟧
신고인 ⟦PER:{b}⟧(장남) ⟦PH:{mob()}⟧
안심상속 원스톱 같이 신청. 국민연금 미지급 급여 있음 안내.""")

    # 36 혼인신고 (결혼이민자)
    a = kp()
    f = anyhf()
    put("ko", P, f"""혼인신고서 보완 요청
남편 ⟦PER:{a}⟧ 주민등록번호 ⟦RRN:{rrx(1978, 1990, female=False)}⟧ 여권 ⟦PASS:{pp()}⟧
아내 ⟦PER:{f}⟧ 외국인등록번호 ⟦ARN:{arx(1992, 2001)}⟧
혼인요건구비증명서 번역문 번역자 서명 누락 → 보완 요청 문자 ⟦PH:{mob()}⟧""")

    # 37 주민등록증 재발급
    a = kp()
    put("ko", P, f"""주민등록증 재발급 신청 (분실)
신청인 ⟦PER:{a}⟧ / ⟦RRN:{rrx(1970, 1999)}⟧
본인확인 수단: 운전면허증 ⟦DLIC:{dl()}⟧ 지문 대조 일치
수령 방법: 방문 수령, 완료 문자 ⟦PH:{mob()}⟧
분실 신고 후 재발급이라 수수료 5천원 안내""")

    # 38 국제운전면허증 발급
    a = kp()
    put("ko", P, f"""국제운전면허증 발급 대장
성명 ⟦PER:{a}⟧  여권 ⟦PASS:{pp_new()}⟧
국내면허 ⟦DLIC:{dl(named=True)}⟧  면허종별 1종보통
연락처 ⟦PH:{mob()}⟧
여권 영문 성명과 면허증 영문 성명 일치 확인함. 유효기간 1년 안내.""")

    # 39 상수도 요금 감면
    a = kp()
    bank, ac = anyacct()
    home = kaddr_any()
    put("ko", P, f"""상수도 요금 감면(다자녀) 신청
수용가 ⟦PER:{a}⟧
급수 주소 ⟦LOC:{home}⟧
자동납부 계좌 {bank} ⟦ACC:{ac}⟧
연락처 ⟦PH:{land(area_of(home))}⟧
수용가번호 {dg(9)} / 구경 15mm — 감면 적용 시점 확인 부탁""")

    # 40 공영주차장 정기권
    a = kp()
    put("ko", P, f"""공영주차장 월정기권 신청 (시설관리공단)
신청인: ⟦PER:{a}⟧ / 휴대폰 ⟦PH:{mob()}⟧
차량: {random.randint(12, 399)}{random.choice("가나다라마거너더러")} {dg(4)}
자동결제 카드 ⟦CARD:{anycard()}⟧
차량 소유자 운전면허 ⟦DLIC:{dl()}⟧ (장애인 감면 확인용)
거주지 ⟦LOC:{kaddr_any()}⟧ (거주자 우선 대상 확인 필요)""")

    # 41 체육센터 수강 환불
    a = kp()
    bank, ac = anyacct()
    put("ko", P, f"""수영 강습 환불 요청드립니다.
회원명 ⟦PER:{a}⟧, 회원번호 {dg(7)}
발목 수술로 2개월 못 나가게 돼서 잔여분 환불 원해요. 진단서 첨부합니다.
환불 계좌 {bank} ⟦ACC:{ac}⟧, 연락처 ⟦PH:{mob()}⟧""")

    # 42 도서관 상호대차
    a = kp()
    put("ko", P, f"""[도서관 상호대차 신청 로그 확인 요청]
이용자 ⟦PER:{a}⟧ / 이메일 ⟦MAIL:{km()}⟧ / 휴대폰 ⟦PH:{mob()}⟧
신청 접속 IP ⟦IP:{pub_ip()}⟧ — 같은 날 다른 IP ⟦IP:{pub_ip()}⟧ 에서 대출 연장 시도 3회
본인 맞는지 확인 후 계정 잠금 해제 여부 결정""")

    # 43 국가유공자 등록 신청
    a, b = kps(2)
    put("ko", P, f"""국가유공자 등록신청서 접수 (보훈지청)
신청 대상 ⟦PER:{a}⟧ ⟦RRN:{rrx(1948, 1956)}⟧
주소 ⟦LOC:{kaddr_any()}⟧
대리 신청인 ⟦PER:{b}⟧ ⟦PH:{mob()}⟧
병적증명서와 전공상 확인 서류 요청 공문 초안 작성""")

    # 44 예비군 훈련 연기
    a = kp()
    put("ko", P, f"""예비군 훈련 연기 신청 (전자)
성명 ⟦PER:{a}⟧, 연락처 ⟦PH:{mob()}⟧, 이메일 ⟦MAIL:{km()}⟧
현 거주지: ⟦LOC:{kaddr_any()}⟧
사유: 해외 출장(증빙: 출장 명령서). 보충훈련 일정 안내 부탁드립니다.""")

    # 45 농업경영체 등록
    a = kp()
    farm = jibun4()
    put("ko", P, f"""농업경영체 등록(변경) 신청
경영주 ⟦PER:{a}⟧ 주민번호 ⟦RRN:{rrx(1955, 1975)}⟧
경작지 ⟦LOC:{farm}⟧, ⟦LOC:{jibun4()}⟧
직불금 계좌 농협 ⟦ACC:{acct("농협")}⟧
연락처 ⟦PH:{land(area_of(farm))}⟧ / ⟦PH:{mob()}⟧""")

    # 46 어선 등록
    a = kp()
    w = random.choice((hfname("vn"), hfname2("id"), hfname2("mm")))
    put("ko", P, f"""어선 등록 신청 서류 확인
선주 ⟦PER:{a}⟧ (⟦RRN:{rrx(1960, 1978)}⟧), 수산업 사업자 ⟦BRN:{bz()}⟧
주소 ⟦LOC:{jibun4()}⟧
승선 예정 선원: ⟦PER:{w}⟧ ⟦ARN:{arx(1985, 2001)}⟧
선명 제{random.randint(3, 9)}{random.choice(["해성호", "대양호", "금성호"])} / 총톤수 4.9톤
연락처 ⟦PH:{mob()}⟧""")

    # 47 소방안전관리자 선임 신고
    a = kp()
    put("ko", P, f"""소방안전관리자 선임 신고서
대상물: {random.choice(["○○프라자", "세움타워", "센트럴빌딩"])} (2급)
관계인: (주)동진에프엠 법인등록번호 ⟦CRN:{crx()}⟧
선임자: ⟦PER:{a}⟧ ⟦RRN:{rrx(1970, 1990)}⟧ ⟦PH:{mob()}⟧
소재지: ⟦LOC:{kaddr_any()}⟧
14일 이내 신고 기한 지났는지 계산해 주세요.""")

    # 48 식품 영업신고
    a = kp()
    put("ko", P, f"""일반음식점 영업신고 검토
대표자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1980, 1996)}⟧
사업자등록번호 ⟦BRN:{bz()}⟧
영업소 소재지 ⟦LOC:{kaddr_any()}⟧
위생교육 수료증 확인, 건강진단결과서 제출 예정. 연락처 ⟦PH:{mob()}⟧""")

    # 49 고용허가제 사업장 변경
    f1 = anyhf()
    put("ko", P, f"""사업장 변경 신청 처리 (고용센터 외국인력팀)
근로자 ⟦PER:{f1}⟧ 외국인등록번호 ⟦ARN:{arx(1990, 2002)}⟧
현 사업장 사업자번호 ⟦BRN:{bz()}⟧ → 변경 희망
근로자 연락처 ⟦PH:{mob()}⟧ (통역 필요: {random.choice(["베트남어", "네팔어", "크메르어"])})
임금체불 사유 인정 여부 판단 근거 정리해 주세요.""")

    # 50 귀화 면접
    f1 = anyhf()
    put("ko", P, f"""귀화 면접심사 일정 안내 발송 목록
⟦PER:{f1}⟧ / ⟦ARN:{arx(1980, 1995)}⟧ / ⟦PH:{mob()}⟧ / ⟦LOC:{kaddr_any()}⟧
면접일 전 사회통합프로그램 이수증 지참 안내 문구 넣어 주세요.""")

    # 51 유학생 시간제 취업 허가
    f1 = anyhf()
    put("ko", P, f"""시간제취업 허가 신청 (국제교류처 확인)
학생 ⟦PER:{f1}⟧, 외국인등록번호 ⟦ARN:{arx(1999, 2005)}⟧
학교 이메일 ⟦MAIL:{email5(domain="snu.ac.kr")}⟧
근무처 사업자등록번호 ⟦BRN:{bz()}⟧, 주 20시간 이내
TOPIK 3급 확인. 유학생 담당 확인서 서명 부탁드립니다.""")

    # 52 임금체불 진정
    a = kp()
    bank, ac = anyacct()
    put("ko", P, f"""임금체불 진정서 (노동청 제출용)
진정인 ⟦PER:{a}⟧ ⟦PH:{mob()}⟧
피진정인 (주)한솔케이터링 법인등록번호 ⟦CRN:{crx()}⟧ 사업자등록번호 ⟦BRN:{bz()}⟧
체불액 3개월분 6,150,000원. 급여 받던 계좌 {bank} ⟦ACC:{ac}⟧ 거래내역 첨부.
진정 취지 문장 다듬어 주세요.""")

    # 53 성년후견 개시 심판 청구
    a, b = kps(2)
    put("ko", P, f"""성년후견개시 심판청구서(초안)
사건본인 ⟦PER:{a}⟧ (⟦RRN:{rrx(1940, 1952)}⟧)
주소 ⟦LOC:{kaddr_any()}⟧
청구인 겸 후견인 후보자 ⟦PER:{b}⟧ (⟦RRN:{rrx(1965, 1980)}⟧) 연락처 ⟦PH:{mob()}⟧
진단서상 중등도 치매. 청구 취지 부분 법률구조 양식에 맞게 고쳐 주세요.""")

    # 54 공탁금 출급
    a = kp()
    bank, ac = anyacct()
    put("ko", P, f"""공탁금 출급청구서 작성
공탁자: (주)대성토건 ⟦CRN:{crx()}⟧
피공탁자(청구인): ⟦PER:{a}⟧ ⟦RRN:{rrx(1958, 1975)}⟧
출급금 입금 계좌: {bank} ⟦ACC:{ac}⟧
인감증명서 첨부, 연락처 ⟦PH:{mob()}⟧""")

    # 55 소유권 이전 등기
    a, b = kps(2)
    put("ko", P, f"""소유권이전등기 신청(매매) 체크
매도인 ⟦PER:{a}⟧ ⟦RRN:{rrx(1950, 1970)}⟧ 주소 ⟦LOC:{kaddr_any()}⟧
매수인 ⟦PER:{b}⟧ ⟦RRN:{rrx(1980, 1995)}⟧ 주소 ⟦LOC:{kaddr_any()}⟧
부동산 표시 ⟦LOC:{jibun3()}⟧ 대 412㎡
취득세 영수필확인서 아직 없음""")

    # 56 전세사기 피해자 결정 신청
    a = kp()
    put("ko", P, f"""전세사기피해자 결정 신청 접수표
신청인 ⟦PER:{a}⟧ ⟦RRN:{rrx(1990, 2000)}⟧
임차주택 ⟦LOC:{kaddr5("apt")}⟧
보증금 1억 6천, 임대인 연락 두절. 경매 개시 결정 확인.
연락처 ⟦PH:{mob()}⟧ 이메일 ⟦MAIL:{km()}⟧""")

    # 57 행복주택 당첨자 서류
    a = kp()
    put("ko", P, f"""행복주택 예비입주자 서류 심사
⟦PER:{a}⟧ (청년 계층) ⟦RRN:{rrx(1996, 2003)}⟧
건강보험 자격득실: 건강보험증 ⟦HINS:{hi()}⟧ 직장가입 확인
연락 ⟦PH:{mob()}⟧ / ⟦MAIL:{km()}⟧
소득 기준 100% 이하 여부 검토 필요""")

    # 58 보금자리론
    a = kp()
    bank, ac = anyacct()
    put("ko", P, f"""보금자리론 심사 메모
차주 ⟦PER:{a}⟧ ⟦RRN:{rrx(1985, 1995)}⟧
재직회사 사업자등록번호 ⟦BRN:{bz()}⟧ / 법인등록번호 ⟦CRN:{crx()}⟧ (근로소득원천징수영수증 확인)
담보물 ⟦LOC:{kaddr_any()}⟧
원리금 자동이체 {bank} ⟦ACC:{ac}⟧ / 연락처 ⟦PH:{mob()}⟧""")

    # 59 헌혈 혈액원 사후 연락
    a = kp()
    put("ko", P, f"""[혈액원 사후관리] 헌혈자 ⟦PER:{a}⟧ 님 검사 결과 재검 필요 안내
등록 휴대폰 ⟦PH:{mob()}⟧ 연락 안 됨 → 자택 ⟦PH:{land(random.choice(["02", "042", "064"]))}⟧
우편 주소 ⟦LOC:{kaddr_any()}⟧
안내 문구에 검사 항목 이름은 빼 주세요.""")

    # 60 청년 월세 지원
    a = kp()
    bank, ac = anyacct()
    put("ko", P, f"""청년월세 한시 특별지원 신청 보완
신청자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1997, 2004)}⟧
임차 주소 ⟦LOC:{kaddr_any()}⟧
월세 입금 계좌(임대인) {bank} ⟦ACC:{ac}⟧ 이체 내역 3개월치 필요
연락 ⟦MAIL:{km()}⟧ / ⟦PH:{mob()}⟧""")


# ---------------------------------------------------------------- positives, English (40): HR, legal, health, finance, support and operations staff
def positives_en() -> None:
    # 1 onboarding direct deposit
    a, b = ens(2)
    put("en", P, f"""Subject: New hire paperwork - direct deposit
Hi team, ⟦PER:{a}⟧ starts Monday. Direct deposit: routing {random.choice(ROUTING)}, checking ⟦ACC:{us_acct()}⟧.
Home address ⟦LOC:{ea_any()}⟧, cell ⟦PH:{usnum()}⟧.
Please set up payroll before the first cycle. - ⟦PER:{b}⟧, People Ops""")

    # 2 background check adjudication
    a = en()
    put("en", P, f"""Adjudication note (pre-adverse action)
Candidate: ⟦PER:{a}⟧ | ⟦MAIL:{cmail2(a)}⟧ | ⟦PH:{usnum("dash")}⟧
Current address on report: ⟦LOC:{eaddr4(unit=True)}⟧
Finding: county misdemeanor 2014, outside 7-year lookback for this role. Draft the individualized assessment.""")

    # 3 FMLA leave request
    a, b = ens(2)
    put("en", P, f"""FMLA request - intermittent leave
Employee: ⟦PER:{a}⟧ (ID 40{dg(5)}), manager ⟦PER:{b}⟧
Contact during leave: ⟦PH:{usnum("dot")}⟧, personal email ⟦MAIL:{mail_of(a, "gmail.com")}⟧
Certification from provider due in 15 days. Can you draft the designation notice?""")

    # 4 workers' comp claim
    a = en()
    put("en", P, f"""First report of injury - warehouse
Injured worker ⟦PER:{a}⟧, DOB 1987-03-14, home ⟦LOC:{ea_any()}⟧
Phone ⟦PH:{usnum()}⟧. Lifting injury, lower back, reported same shift.
Carrier wants the employer's statement by Friday.""")

    # 5 COBRA notice
    a = en()
    put("en", P, f"""COBRA election notice - mail merge check
Qualified beneficiary: ⟦PER:{a}⟧
Mailing address: ⟦LOC:{eaddr3()}⟧
Coverage ends 06/30; election window 60 days. Confirm the dependents list is blank for this one before we print.""")

    # 6 exit interview notes
    a, b = ens(2)
    first = a.split()[0]
    put("en", P, f"""Exit interview - ⟦PER:{a}⟧ (Sr. Analyst)
⟦PER:{first}⟧ cited lack of promotion path and friction with ⟦PER:{b}⟧.
Forwarding address for final W-2: ⟦LOC:{ea_any()}⟧. Personal cell ⟦PH:{usnum("dash")}⟧.
Summarize themes without quoting verbatim.""")

    # 7 immigration law intake (Korean client)
    k = rstyle("caps")
    put("en", P, f"""Client intake - E-2 treaty investor
Principal applicant: ⟦PER:{k}⟧, Korean passport ⟦PASS:{pp()}⟧
Korean address: ⟦LOC:{kaddr_en(unit=True)}⟧
Mobile ⟦PH:{intl(" ")}⟧, email ⟦MAIL:{km()}⟧
Business plan due before consular interview in Seoul.""")

    # 8 tenant screening
    a = en()
    put("en", P, f"""Rental application #{dg(6)} - screening summary
Applicant: ⟦PER:{a}⟧, current address ⟦LOC:{eaddr4(unit=True)}⟧
Phone ⟦PH:{usnum()}⟧ / ⟦MAIL:{mail_of(a, "outlook.com", "_")}⟧
Income 3.1x rent, no evictions. Reference landlord did not call back.""")

    # 9 mortgage pre-approval
    a, b = ens(2)
    put("en", P, f"""Pre-approval file: ⟦PER:{a}⟧ and ⟦PER:{b}⟧ (co-borrower)
Subject property: ⟦LOC:{ea_any()}⟧
Assets: checking ⟦ACC:{us_acct()}⟧ at First Harbor Bank, 2 months statements received.
Loan officer reachable at ⟦PH:{usnum("dash")}⟧.""")

    # 10 auto insurance adjuster note
    a, b = ens(2)
    put("en", P, f"""Adjuster note - claim {random.randint(10, 99)}-{dg(7)}
Insured ⟦PER:{a}⟧ rear-ended at a light; claimant ⟦PER:{b}⟧ ⟦PH:{usnum()}⟧ alleges neck pain.
Claimant address ⟦LOC:{ea_any()}⟧. Requested medical authorization by email ⟦MAIL:{mail_of(b, "yahoo.com")}⟧.""")

    # 11 discharge summary
    a, b = ens(2)
    put("en", P, f"""DISCHARGE SUMMARY
Patient: ⟦PER:{a}⟧   MRN {dg(8)}
Attending: ⟦PER:{b}⟧, MD
Follow-up: PCP in 7 days. Patient phone ⟦PH:{usnum()}⟧; discharged to home at ⟦LOC:{ea_any()}⟧.
Please rewrite the instructions at a 6th-grade reading level.""")

    # 12 telehealth confirmation
    a = en()
    first = a.split()[0]
    put("en", P, f"""Hi ⟦PER:{first}⟧, your video visit is confirmed for Tue 3:40 PM.
We will text the link to ⟦PH:{usnum("e164")}⟧ and email ⟦MAIL:{mail_of(a, "icloud.com")}⟧.
(Staff: patient ⟦PER:{a}⟧ asked to move to an evening slot - check provider availability.)""")

    # 13 pharmacy prior authorization
    a = en()
    put("en", P, f"""PA request - GLP-1 agonist
Member: ⟦PER:{a}⟧, member ID W{dg(9)}
Member phone ⟦PH:{usnum("dash")}⟧, address ⟦LOC:{eaddr2()}⟧
Step therapy documented: metformin 18 months. Draft the letter of medical necessity.""")

    # 14 dental recall
    a = en()
    put("en", P, f"""Recall list - overdue hygiene (pulled from practice software)
⟦PER:{a}⟧ | last visit 2023-11 | ⟦PH:{usnum()}⟧ | ⟦MAIL:{mail_of(a, "gmail.com", "")}⟧
Write a friendly reminder text under 160 characters.""")

    # 15 patient portal account merge
    a = en()
    put("en", P, f"""Portal duplicate accounts for ⟦PER:{a}⟧:
acct A - login ⟦MAIL:{mail_of(a, "hotmail.com")}⟧, phone ⟦PH:{usnum("dot")}⟧
acct B - login ⟦MAIL:{cmail2(a)}⟧, address ⟦LOC:{ea_any()}⟧
Same DOB. Please confirm merge steps and which email to keep as primary.""")

    # 16 IT helpdesk password reset
    a = en()
    put("en", P, f"""INC{dg(7)} - password reset / MFA re-enrol
Caller: ⟦PER:{a}⟧ (Finance). Verified via callback to ⟦PH:{usnum()}⟧.
Last successful sign-in from ⟦IP:{pub_ip()}⟧; failed attempts from ⟦IP:{pub_ip()}⟧.
Temporary password sent to manager. Close ticket?""")

    # 17 MDM device enrollment
    a = en()
    put("en", P, f"""MDM enrollment exception
Device owner ⟦PER:{a}⟧ ⟦MAIL:{cmail(a)}⟧
Personal phone ⟦PH:{ukmob()}⟧ (BYOD, work profile only)
Enrollment blocked: device last seen at ⟦IP:{pub_ip()}⟧ behind hotel Wi-Fi.""")

    # 18 wage garnishment order
    a = en()
    put("en", P, f"""Income withholding order received
Obligor: ⟦PER:{a}⟧, employee #{dg(5)}
Obligor address per order: ⟦LOC:{ea_any()}⟧
Remit to state disbursement unit; employee's net pay goes to ⟦ACC:{us_acct()}⟧ - confirm we withhold before deposit.""")

    # 19 tuition reimbursement
    a, b = ens(2)
    put("en", P, f"""Tuition reimbursement - spring term
Employee ⟦PER:{a}⟧ submitted grades (A, A-). Approver ⟦PER:{b}⟧.
Reimbursement by ACH to ⟦ACC:{us_acct()}⟧. Questions: ⟦MAIL:{cmail2(a)}⟧""")

    # 20 corporate card chargeback
    a = en()
    put("en", P, f"""Dispute form - corporate card
Cardholder ⟦PER:{a}⟧, card ⟦CARD:{anycard()}⟧
Merchant charged twice for the same hotel night. Cardholder phone ⟦PH:{usnum()}⟧.
Draft the dispute reason text (duplicate processing).""")

    # 21 wire recall
    a = en()
    put("en", P, f"""URGENT wire recall
Originator ⟦PER:{a}⟧ sent USD 48,500 to beneficiary account ⟦ACC:{us_acct()}⟧ (ABA {random.choice(ROUTING)}) after a spoofed email.
Originator callback ⟦PH:{usnum("dash")}⟧. Please prepare the recall request and the FBI IC3 summary.""")

    # 22 fintech KYC onboarding (Korean customer)
    k = rstyle("rr-hyphen")
    put("en", P, f"""KYC review queue - manual
Applicant: ⟦PER:{k}⟧ | ID doc: Korean passport ⟦PASS:{pp_new()}⟧
Address: ⟦LOC:{kaddr_en()}⟧
Phone ⟦PH:{intl()}⟧ | IP at signup ⟦IP:{pub_ip()}⟧ (Seoul, matches)
Selfie liveness passed. Approve?""")

    # 23 account takeover investigation
    a = en()
    put("en", P, f"""ATO investigation - {dg(6)}
Customer ⟦PER:{a}⟧ reports email changed to ⟦MAIL:{mail_of(a, "protonmail.com", "")}⟧ without consent.
Original email ⟦MAIL:{mail_of(a, "gmail.com")}⟧. Session from ⟦IP:{pub_ip()}⟧ added a new card ⟦CARD:{anycard()}⟧.
Lock account and reverse?""")

    # 24 e-commerce fraud review
    a, b = ens(2)
    put("en", P, f"""Order review - high risk
Bill-to ⟦PER:{a}⟧, ⟦LOC:{ea_any()}⟧
Ship-to ⟦PER:{b}⟧, ⟦LOC:{ea_any()}⟧ (freight forwarder)
Card ⟦CARD:{anycard()}⟧, IP ⟦IP:{pub_ip()}⟧, phone ⟦PH:{usnum("e164")}⟧
AVS mismatch. Recommend cancel?""")

    # 25 telecom escalation
    a = en()
    put("en", P, f"""Escalation - billing
Account holder ⟦PER:{a}⟧, service number ⟦PH:{usnum()}⟧
Customer says autopay hit card ⟦CARD:{anycard()}⟧ twice. Alt contact ⟦PH:{usnum("dash")}⟧.
Draft apology + credit note.""")

    # 26 speaker contract
    a, b = ens(2)
    put("en", P, f"""Speaker agreement - payment details
Speaker: ⟦PER:{a}⟧
Honorarium by wire to account ⟦ACC:{us_acct()}⟧, routing {random.choice(ROUTING)}
Travel contact: ⟦PH:{ukmob()}⟧, ⟦MAIL:{mail_of(a, "gmail.com")}⟧
Events lead: ⟦PER:{b}⟧""")

    # 27 conference invitation letter (Korean participant)
    k = rstyle("western-hyphen")
    put("en", P, f"""To the Consular Section,
This letter confirms that ⟦PER:{k}⟧ (passport no. ⟦PASS:{pp()}⟧) is invited to present at our annual symposium.
Home address: ⟦LOC:{kaddr_en(unit=True)}⟧
Contact: ⟦MAIL:{km()}⟧
Please tighten the wording and keep it to one page.""")

    # 28 university admissions
    a = en()
    put("en", P, f"""Admissions - missing document follow-up
Applicant ⟦PER:{a}⟧, app ID {dg(8)}
Mailing address ⟦LOC:{eaddr4()}⟧
Guardian phone ⟦PH:{usnum()}⟧. Transcript not received; send reminder email to ⟦MAIL:{mail_of(a, "gmail.com", "_")}⟧.""")

    # 29 scholarship award
    a, b = ens(2)
    first = a.split()[0]
    put("en", P, f"""Dear ⟦PER:{first}⟧,
Congratulations - you have been selected for the Hollins Foundation award. Funds will be deposited to ⟦ACC:{us_acct()}⟧ on file.
If your address has changed from ⟦LOC:{ea_any()}⟧ please reply.
Warm regards, ⟦PER:{b}⟧
[internal: recipient ⟦PER:{a}⟧]""")

    # 30 jury duty deferral
    a = en()
    put("en", P, f"""HR - jury summons deferral letter
Employee ⟦PER:{a}⟧, juror no. {dg(9)}
Residence on summons: ⟦LOC:{ea_any()}⟧
Employee phone ⟦PH:{usnum()}⟧. Quarter-end close; request deferral to next term.""")

    # 31 deposition scheduling
    a, b = ens(2)
    put("en", P, f"""Re: Deposition of ⟦PER:{a}⟧
Counsel, we propose the 14th at our office. The witness can be reached through her attorney only; do not contact ⟦PH:{usnum("dash")}⟧ directly.
Court reporter confirmation to ⟦MAIL:{cmail2(b)}⟧ (⟦PER:{b}⟧, paralegal).""")

    # 32 estate planning intake
    a, b = ens(2)
    put("en", P, f"""Estate planning intake
Client ⟦PER:{a}⟧, spouse ⟦PER:{b}⟧
Residence ⟦LOC:{ea_any()}⟧
Accounts: checking ⟦ACC:{us_acct()}⟧ (joint), brokerage statements to follow
Client phone ⟦PH:{usnum()}⟧ - prefers calls after 5.""")

    # 33 pet insurance claim
    a = en()
    put("en", P, f"""Pet claim - reimbursement
Policyholder ⟦PER:{a}⟧, pet: Biscuit (beagle)
Reimburse to ⟦ACC:{us_acct()}⟧; address ⟦LOC:{ea_any()}⟧
Vet invoice attached. Policyholder email ⟦MAIL:{mail_of(a, "aol.com")}⟧""")

    # 34 moving company inventory
    a = en()
    put("en", P, f"""Move order - origin/destination
Customer ⟦PER:{a}⟧ ⟦PH:{usnum("dot")}⟧
Origin ⟦LOC:{ea_any()}⟧
Destination ⟦LOC:{ea_any()}⟧
Piano (upright) on 2nd floor - add stair fee. Deposit paid by card ⟦CARD:{anycard()}⟧""")

    # 35 car rental damage report (Korean renter)
    k = rstyle("alt")
    put("en", P, f"""Damage report - rental agreement {dg(9)}
Renter ⟦PER:{k}⟧, Korean licence ⟦DLIC:{dl()}⟧ with IDP, passport ⟦PASS:{pp()}⟧
Scratch rear bumper noted at return. Renter email ⟦MAIL:{km()}⟧, phone ⟦PH:{intl()}⟧.
Card on file ⟦CARD:{anycard()}⟧ - hold or charge?""")

    # 36 airline lost baggage
    k = rstyle("mr")
    put("en", P, f"""PIR file ICN{dg(5)}
Passenger ⟦PER:{k}⟧, passport ⟦PASS:{pp()}⟧
Delivery address in Korea: ⟦LOC:{kaddr_en(unit=True)}⟧
Contact ⟦PH:{intl(" ")}⟧. Bag: black hard-shell, purple strap.""")

    # 37 wedding vendor contract
    a, b = ens(2)
    put("en", P, f"""Catering contract - wedding 9/20
Clients: ⟦PER:{a}⟧ & ⟦PER:{b}⟧
Billing address ⟦LOC:{ea_any()}⟧
Deposit card ⟦CARD:{anycard()}⟧, balance by ACH from ⟦ACC:{us_acct()}⟧
Contact ⟦PH:{usnum()}⟧""")

    # 38 volunteer roster
    a, b, c = ens(3)
    put("en", P, f"""Saturday food bank roster
⟦PER:{a}⟧ - ⟦PH:{usnum("dash")}⟧ - shift lead
⟦PER:{b}⟧ - ⟦PH:{usnum()}⟧ - intake desk
⟦PER:{c}⟧ - ⟦MAIL:{mail_of(c, "gmail.com")}⟧ - driver (own vehicle)
Please send a reminder to all three.""")

    # 39 referral bonus
    a, b = ens(2)
    put("en", P, f"""Referral bonus request
Referrer ⟦PER:{a}⟧ referred ⟦PER:{b}⟧ (hired as SRE, start date 4/1).
Bonus paid after 90 days to ⟦ACC:{us_acct()}⟧. Referrer email ⟦MAIL:{cmail(a)}⟧""")

    # 40 secondment to Korean subsidiary
    a = en()
    put("en", P, f"""Secondment to Seoul office - registration checklist
Assignee ⟦PER:{a}⟧, alien registration no. ⟦ARN:{arx(1980, 1994)}⟧ (issued last week)
Housing in Korea: ⟦LOC:{kaddr_en(unit=True)}⟧
Korean mobile ⟦PH:{intl()}⟧; home-country address ⟦LOC:{ea_any()}⟧
Host entity corporate registration no. ⟦CRN:{crx()}⟧; NHIS card no. ⟦HINS:{hi()}⟧ arrived today.
Next: local payroll account.""")


# ---------------------------------------------------------------- positives, mixed (40): developers' payloads, logs, fixtures and data files
def positives_mixed() -> None:
    # 1 Jira issue REST JSON
    a = kp()
    key = f"CS-{dg(4, '123456789')}"
    put("mixed", P, f"""GET /rest/api/2/issue/{key} 응답인데 description 에 고객 정보가 그대로 들어가 있어요:
{{"key": "{key}", "fields": {{"summary": "환불 지연 문의", "description": "고객명 ⟦PER:{a}⟧ / 연락처 ⟦PH:{mob()}⟧ / 환불계좌 국민 ⟦ACC:{acct("국민")}⟧", "priority": {{"name": "High"}}}}}}
이거 마스킹하는 automation rule 짜 주세요.""")

    # 2 GitLab MR review comment on a fixture
    a = kp()
    put("mixed", P, f"""@reviewer MR !{random.randint(200, 999)} 에서 fixtures/members.yml 에 실데이터가 들어간 것 같습니다:
```yaml
- id: 1042
  name: ⟦PER:{a}⟧
  rrn: "⟦RRN:{rrx(1980, 1995)}⟧"
  phone: "⟦PH:{mob()}⟧"
```
운영 DB 덤프에서 복사한 듯. 가명 데이터로 바꿔야 merge 가능합니다.""")

    # 3 Python unittest fixture dict
    a = kp()
    put("mixed", P, f"""class TestSettlement(unittest.TestCase):
    def setUp(self):
        self.merchant = {{
            "대표자": "⟦PER:{a}⟧",
            "사업자번호": "⟦BRN:{bz()}⟧",
            "법인등록번호": "⟦CRN:{crx()}⟧",
            "정산계좌": "⟦ACC:{acct(random.choice(["신한", "하나", "우리"]))}⟧",
            "email": "⟦MAIL:{km()}⟧",
        }}
# 이 fixture 값 전부 실제 가맹점 거라서 테스트 깨지면 리포트에 노출됨. 대체 방법?""")

    # 4 pytest assertion diff
    a = kp()
    r1 = rrx(1975, 1990)
    put("mixed", P, f"""FAILED tests/test_export.py::test_member_row - AssertionError
E   AssertionError: assert {{'name': '⟦PER:{a}⟧', 'rrn': '⟦RRN:{r1}⟧', 'addr': '⟦LOC:{kaddr_any()}⟧'}} == {{'name': '⟦PER:{a}⟧', 'rrn': '⟦RRN:{r1}⟧'}}
E     Left contains 1 more item: addr
CI 로그가 외부 공개 저장소에 남는데, 이런 diff 출력 끄는 옵션 있나요?""")

    # 5 Go %+v print
    a = kp()
    put("mixed", P, f"""디버그 로그에 struct 가 통째로 찍힙니다:
2025/03/11 09:14:02 applicant: {{Name:⟦PER:{a}⟧ Phone:⟦PH:{mob()}⟧ Email:⟦MAIL:{km()}⟧ Passport:⟦PASS:{pp()}⟧ Verified:true}}
log.Printf("%+v") 대신 String() 메서드에서 마스킹하려면 어떻게?""")

    # 6 Kotlin data class toString
    a = kp()
    put("mixed", P, f"""Crashlytics 로그에 이렇게 남았어요 (Android 앱, 보험 청약 화면):
Fatal Exception: IllegalStateException: invalid state Applicant(name=⟦PER:{a}⟧, residentNo=⟦RRN:{rrx(1970, 1999)}⟧, healthInsuranceNo=⟦HINS:{hi()}⟧, mobile=⟦PH:{mob("")}⟧)
data class toString override 해서 가리는 패턴 알려 주세요.""")

    # 7 C# object initializer
    a = kp()
    put("mixed", P, f"""// TODO 테스트 끝나면 삭제 - 운영 고객 데이터
var customer = new Customer {{
    Name = "⟦PER:{a}⟧",
    Rrn = "⟦RRN:{rrx(1965, 1990)}⟧",
    CardNo = "⟦CARD:{anycard()}⟧",
    Address = "⟦LOC:{kaddr_any()}⟧"
}};
위 코드가 main 브랜치에 올라갔습니다. 히스토리에서 지우는 방법?""")

    # 8 TypeScript seed data
    a, b = kps(2)
    put("mixed", P, f"""// prisma/seed.ts (staging)
const users = [
  {{ name: '⟦PER:{a}⟧', email: '⟦MAIL:{km()}⟧', phone: '⟦PH:{mob()}⟧' }},
  {{ name: '⟦PER:{b}⟧', email: '⟦MAIL:{km()}⟧', phone: '⟦PH:{mob()}⟧' }},
];
스테이징 seed 인데 실제 직원 정보예요. faker 로 바꾸는 코드로 변환해 주세요.""")

    # 9 GraphQL mutation variables
    a = kp()
    put("mixed", P, f"""mutation UpdateRecipient($input: RecipientInput!) {{ updateRecipient(input: $input) {{ id }} }}
variables:
{{"input": {{"name": "⟦PER:{a}⟧", "bankCode": "088", "accountNo": "⟦ACC:{acct("신한")}⟧", "phone": "⟦PH:{mob()}⟧"}}}}
Apollo Studio 에 이 변수 그대로 저장돼 있는데 operation 기록에서 지워지나요?""")

    # 10 curl -d JSON
    a = kp()
    put("mixed", P, f"""재현 명령어입니다:
curl -X POST https://api.example-pg.kr/v1/billing-keys \\
  -H 'Content-Type: application/json' \\
  -d '{{"customerName":"⟦PER:{a}⟧","cardNumber":"⟦CARD:{card16()}⟧","expiry":"2812","birth":"{random.randint(70, 99)}0{random.randint(1, 9)}1{random.randint(0, 8)}","phone":"⟦PH:{mob("")}⟧"}}'
→ 400 INVALID_CARD 가 떠요. 뭐가 문제일까요?""")

    # 11 raw HTTP multipart POST
    a = kp()
    put("mixed", P, f"""Burp 에서 잡은 요청:
POST /apply/submit HTTP/1.1
Host: recruit.example.go.kr
Content-Type: multipart/form-data; boundary=----x9

------x9
Content-Disposition: form-data; name="applicant_name"

⟦PER:{a}⟧
------x9
Content-Disposition: form-data; name="jumin"

⟦RRN:{rrx(1995, 2002)}⟧
------x9--
평문 전송이라 보고서에 쓰려고요. 위험도 평가 문장 작성 부탁.""")

    # 12 OpenAPI example
    a = kp()
    put("mixed", P, f"""openapi.yaml 의 example 이 실제 값입니다 (Swagger UI 공개됨):
components:
  schemas:
    Driver:
      example:
        name: ⟦PER:{a}⟧
        licenseNo: ⟦DLIC:{dl()}⟧
        phone: ⟦PH:{mob()}⟧
example 을 가짜 값으로 바꿔 주세요.""")

    # 13 Alertmanager webhook payload
    a = kp()
    put("mixed", P, f"""알림 채널에 이런 게 떴습니다:
{{"status":"firing","alerts":[{{"labels":{{"alertname":"LoginBruteForce","severity":"warning"}},"annotations":{{"summary":"user ⟦MAIL:{km()}⟧ (⟦PER:{a}⟧) 10분간 실패 42회","source_ip":"⟦IP:{pub_ip()}⟧"}}}}]}}
annotation 에 개인정보 안 넣게 rule 템플릿 고쳐 주세요.""")

    # 14 HAProxy log
    put("mixed", P, f"""haproxy.log 한 줄인데 쿼리스트링에 전화번호가 들어가요:
Mar 11 10:02:11 lb01 haproxy[2231]: ⟦IP:{pub_ip()}⟧:51822 [11/Mar/2025:10:02:11.104] fe_https be_api/api03 0/0/1/12/13 200 512 - - ---- 41/41/3/1/0 0/0 "GET /v1/otp/send?phone=⟦PH:{mob("")}⟧ HTTP/1.1"
로그 포맷에서 query 만 빼는 법?""")

    # 15 Fluent Bit record
    a = kp()
    put("mixed", P, f"""fluent-bit stdout 출력:
[0] app.audit: [1741659722.104512, {{"event"=>"profile_update", "user"=>"⟦PER:{a}⟧", "new_addr"=>"⟦LOC:{kaddr_any()}⟧", "client_ip"=>"⟦IP:{priv_ip()}⟧"}}]
Lua filter 로 new_addr 해시 처리하는 예시 부탁드립니다.""")

    # 16 Loki logfmt
    a = kp()
    put("mixed", P, f"""Grafana Explore 에서 본 로그:
level=info ts=2025-03-11T01:22:09Z caller=signup.go:88 msg="signup ok" name="⟦PER:{a}⟧" email=⟦MAIL:{km()}⟧ remote=⟦IP:{pub_ip()}⟧ dur=84ms
logfmt 라벨에서 email 만 drop 하는 pipeline stage?""")

    # 17 RFC 5424 syslog
    a = kp()
    put("mixed", P, f"""<134>1 2025-03-11T10:15:03.221+09:00 was02 hrapp 4412 AUDIT [meta@32473 user="⟦PER:{a}⟧" ip="⟦IP:{priv_ip()}⟧"] 급여계좌 변경: 하나 ⟦ACC:{acct("하나")}⟧
위 syslog 가 SIEM 으로 그대로 가는데, structured data 필터링 방법?""")

    # 18 Postfix mail log
    put("mixed", P, f"""메일 반송 원인 분석 부탁:
Mar 11 09:40:12 mx1 postfix/smtp[18842]: 4F2A1C0B3D: to=<⟦MAIL:{km()}⟧>, relay=mx.naver.com[125.209.238.100]:25, delay=1.2, dsn=5.1.1, status=bounced (550 5.1.1 user unknown)
Mar 11 09:40:12 mx1 postfix/cleanup[18830]: 4F2A1C0B3D: message-id=<20250311.{dg(6)}@mail.example.kr> client=⟦IP:{priv_ip()}⟧""")

    # 19 kubectl describe pod env
    a = kp()
    put("mixed", P, f"""kubectl describe pod batch-settle-7c9d 출력 일부:
    Environment:
      ADMIN_CONTACT:      ⟦PH:{mob()}⟧
      TEST_ACCOUNT_NO:    ⟦ACC:{acct("우리")}⟧
      TEST_OWNER_NAME:    ⟦PER:{a}⟧
      DB_HOST:            ⟦IP:{priv_ip()}⟧
배치 테스트용으로 넣은 실제 계좌랍니다. Secret 으로 옮기는 매니페스트 예시 주세요.""")

    # 20 docker-compose environment
    a = kp()
    put("mixed", P, f"""docker-compose.yml (로컬 개발용) 그대로 공유합니다
services:
  mock-kyc:
    image: mock-kyc:0.4
    environment:
      - DEFAULT_USER_NAME=⟦PER:{a}⟧
      - DEFAULT_USER_RRN=⟦RRN:{rrx(1985, 1999)}⟧
      - DEFAULT_USER_PASSPORT=⟦PASS:{pp_new()}⟧
      - DEFAULT_USER_LICENSE=⟦DLIC:{dl()}⟧
이 값들 실제 팀원 정보라 커밋하면 안 되죠?""")

    # 21 Jenkins console output
    a = kp()
    put("mixed", P, f"""Jenkins #{random.randint(300, 900)} Console Output
[Pipeline] sh
+ python scripts/notify.py --to ⟦MAIL:{km()}⟧ --sms ⟦PH:{mob()}⟧
[notify] 발송 완료: 수신자 ⟦PER:{a}⟧
Finished: SUCCESS
빌드 로그가 전사 공개라서 인자 마스킹 방법 알려 주세요.""")

    # 22 Airflow task log
    a = kp()
    put("mixed", P, f"""[2025-03-11, 02:00:14 KST] {{{{taskinstance.py:1138}}}} INFO - Dependencies all met
[2025-03-11, 02:00:15 KST] {{{{load_claims.py:57}}}} WARNING - 중복 청구 skip: claimant=⟦PER:{a}⟧ hi_no=⟦HINS:{hi()}⟧ rrn=⟦RRN:{rrx(1950, 1980)}⟧
Airflow 로그가 S3 에 90일 보관되는데, WARNING 메시지에서 식별자 빼 주세요.""")

    # 23 dbt seed CSV
    a, b = kps(2)
    put("mixed", P, f"""seeds/vip_customers.csv 인데 dbt docs 에 노출됩니다:
customer_id,name,phone,email,card_no
C{dg(5)},⟦PER:{a}⟧,⟦PH:{mob()}⟧,⟦MAIL:{km()}⟧,⟦CARD:{anycard()}⟧
C{dg(5)},⟦PER:{b}⟧,⟦PH:{mob()}⟧,⟦MAIL:{km()}⟧,⟦CARD:{anycard()}⟧
seed 대신 source 로 바꾸는 방법?""")

    # 24 Google Sheets API values JSON
    a = kp()
    put("mixed", P, f"""spreadsheets.values.get 응답:
{{"range": "신청자!A2:E3", "majorDimension": "ROWS", "values": [["⟦PER:{a}⟧", "⟦RRN:{rrx(1999, 2005)}⟧", "⟦PH:{mob()}⟧", "⟦LOC:{kaddr_any()}⟧", "승인"], ["⟦PER:{anyhf()}⟧", "⟦ARN:{arx(1996, 2004)}⟧", "⟦PH:{mob()}⟧", "⟦LOC:{kaddr_any()}⟧", "보류"]]}}
Apps Script 로 B열(주민번호·외국인등록번호) 뒷자리 마스킹하는 함수 작성해 주세요.""")

    # 25 mongosh find()
    a = kp()
    put("mixed", P, f"""mongosh> db.members.find({{grade: "VIP"}}).limit(1)
[
  {{
    _id: ObjectId('65ef1c2a9b1e4a0012ab34cd'),
    name: '⟦PER:{a}⟧',
    phone: '⟦PH:{mob()}⟧',
    address: '⟦LOC:{kaddr_any()}⟧',
    lastLoginIp: '⟦IP:{pub_ip()}⟧'
  }}
]
이 필드들 Client-Side Field Level Encryption 적용하려면?""")

    # 26 DynamoDB JSON
    a = kp()
    put("mixed", P, f"""DynamoDB export 한 줄(JSON Lines):
{{"Item":{{"pk":{{"S":"USER#{dg(6)}"}},"name":{{"S":"⟦PER:{a}⟧"}},"alienRegNo":{{"S":"⟦ARN:{arx(1985, 2000)}⟧"}},"phone":{{"S":"⟦PH:{mob()}⟧"}}}}}}
외국인 고객 테이블인데 Athena 로 쿼리하면 평문이 보입니다. 대안?""")

    # 27 cqlsh output
    f1 = anyhf()
    put("mixed", P, f"""cqlsh:hr> SELECT name, arn, phone FROM workers WHERE site = 'gimhae' LIMIT 1;

 name              | arn            | phone
-------------------+----------------+---------------
 ⟦PER:{f1}⟧ | ⟦ARN:{arx(1988, 2001)}⟧ | ⟦PH:{mob()}⟧

(1 rows)
외국인 근로자 테이블 접근권한 분리 방법 문의""")

    # 28 SQLite .mode line
    a = kp()
    put("mixed", P, f"""sqlite> .mode line
sqlite> SELECT * FROM patients WHERE id = 88;
        id = 88
      name = ⟦PER:{a}⟧
     hi_no = ⟦HINS:{hid()}⟧
     phone = ⟦PH:{mob()}⟧
앱 로컬 DB 가 암호화 없이 저장되는 문제, SQLCipher 적용 절차?""")

    # 29 SQL*Plus output
    a = kp()
    put("mixed", P, f"""SQL> SELECT CORP_NM, CORP_REG_NO, BIZ_REG_NO, CEO_NM FROM TB_VENDOR WHERE VENDOR_ID = 'V0192';

CORP_NM              CORP_REG_NO      BIZ_REG_NO     CEO_NM
-------------------- ---------------- -------------- ----------
(주)미래에너지솔루션   ⟦CRN:{crx()}⟧   ⟦BRN:{bz()}⟧   ⟦PER:{a}⟧

대표자 이름은 개인정보인데 협력사 조회 화면에서 빼야 할까요?""")

    # 30 SOAP envelope
    a = kp()
    put("mixed", P, f"""레거시 보험 청약 SOAP 요청이 로그에 남습니다:
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Body>
    <ns:SubmitApplication>
      <ns:InsuredName>⟦PER:{a}⟧</ns:InsuredName>
      <ns:JuminNo>⟦RRN:{rrx(1970, 1995, dash=False)}⟧</ns:JuminNo>
      <ns:Mobile>⟦PH:{mob()}⟧</ns:Mobile>
    </ns:SubmitApplication>
  </soapenv:Body>
</soapenv:Envelope>
SOAPHandler 에서 로깅 전에 치환하는 코드?""")

    # 31 HL7 v2 PID
    a, b = kps(2)
    put("mixed", P, f"""인터페이스 엔진에서 튕긴 ADT 메시지:
MSH|^~\\&|EMR|SNUBH|LIS|SNUBH|20250311101502||ADT^A04|{dg(8)}|P|2.5
PID|1||{dg(8)}^^^HOSP^MR||⟦PER:{a}⟧||19{dg(2)}0{random.randint(1, 9)}1{random.randint(0, 9)}|F|||⟦LOC:{kaddr_any()}⟧||⟦PH:{mob()}⟧
NK1|1|⟦PER:{b}⟧|SPO||⟦PH:{mob()}⟧
PID-11 에 한글 주소가 들어가서 인코딩 오류 나는 것 같아요.""")

    # 32 FHIR Patient
    a = kp()
    put("mixed", P, f"""FHIR 서버에 올라간 Patient 리소스 검토:
{{
  "resourceType": "Patient",
  "identifier": [{{"system": "urn:oid:1.2.410.100110.10.41", "value": "⟦HINS:{hi()}⟧"}}],
  "name": [{{"text": "⟦PER:{a}⟧"}}],
  "telecom": [{{"system": "email", "value": "⟦MAIL:{km()}⟧"}}],
  "address": [{{"text": "⟦LOC:{kaddr_any()}⟧"}}]
}}
건강보험 식별자 system OID 맞게 썼는지 봐 주세요.""")

    # 33 ISO 20022 pain.001
    a = kp()
    put("mixed", P, f"""해외송금 pain.001 파일 검증 실패:
<CdtTrfTxInf>
  <Amt><InstdAmt Ccy="USD">3200.00</InstdAmt></Amt>
  <Dbtr><Nm>⟦PER:{rname("passport")}⟧</Nm></Dbtr>
  <DbtrAcct><Id><Othr><Id>⟦ACC:{acct("하나", plain=True)}⟧</Id></Othr></Id></DbtrAcct>
  <Cdtr><Nm>⟦PER:{a}⟧</Nm></Cdtr>
</CdtTrfTxInf>
Dbtr Nm 이 영문 대문자라 맞는데 왜 reject 될까요?""")

    # 34 iCalendar
    a = en()
    b = kp()
    put("mixed", P, f"""캘린더 초대 .ics 원문이 외부로 전달됐어요:
BEGIN:VEVENT
SUMMARY:인사위원회 (징계 심의 - ⟦PER:{b}⟧ 건)
ORGANIZER;CN=HR Team:mailto:hr@example.co.kr
ATTENDEE;CN=⟦PER:{a}⟧:mailto:⟦MAIL:{cmail(a)}⟧
LOCATION:본사 7층 대회의실
END:VEVENT
제목에 당사자 이름이 들어간 게 문제죠?""")

    # 35 Zendesk ticket JSON
    a = en()
    put("mixed", P, f"""Zendesk 티켓 export:
{{"ticket": {{"id": {dg(6)}, "subject": "배송지 변경 요청", "requester": {{"name": "⟦PER:{a}⟧", "email": "⟦MAIL:{cmail2(a)}⟧"}}, "description": "Please change shipping to ⟦LOC:{kaddr_en(unit=True)}⟧, phone ⟦PH:{intl()}⟧"}}}}
한국 주소 영문 표기 맞는지 확인 부탁""")

    # 36 Android logcat
    a = kp()
    put("mixed", P, f"""adb logcat 에서 발견:
03-11 10:21:44.512  8841  8901 D OkHttp  : {{"name":"⟦PER:{a}⟧","phone":"⟦PH:{mob()}⟧","licenseNo":"⟦DLIC:{dl()}⟧"}}
03-11 10:21:44.690  8841  8901 D OkHttp  : <-- 200 OK https://api.example-rent.kr/v2/verify-license (178ms)
릴리즈 빌드에서도 HttpLoggingInterceptor BODY 레벨이 켜져 있었네요.""")

    # 37 전자세금계산서 XML
    a = kp()
    put("mixed", P, f"""전자세금계산서 XML 파싱 오류 (공급받는자 부분):
<InvoiceeParty>
  <ID>⟦BRN:{bz()}⟧</ID>
  <NameText>개인사업자 ⟦PER:{a}⟧</NameText>
  <SpecifiedPerson><NameText>⟦PER:{a}⟧</NameText></SpecifiedPerson>
  <DefinedContact><URICommunication>⟦MAIL:{km()}⟧</URICommunication></DefinedContact>
</InvoiceeParty>
ID 에 하이픈 넣으면 국세청 검증에서 튕기나요?""")

    # 38 오픈뱅킹 API JSON
    a = kp()
    put("mixed", P, f"""오픈뱅킹 /v2.0/inquiry/real_name 응답 로그:
{{"rsp_code":"A0000","bank_code_std":"004","account_num":"⟦ACC:{acct("국민", plain=True)}⟧","account_holder_name":"⟦PER:{a}⟧","account_holder_info":"{random.randint(60, 99)}1{random.randint(0, 2)}2{random.randint(0, 8)}"}}
실명조회 응답을 저장해도 되는지, 보관 기간 기준 알려 주세요.""")

    # 39 본인인증 callback
    a = kp()
    put("mixed", P, f"""본인인증 콜백 파라미터 (디코딩 후):
RSLT_CD=B000&RSLT_NAME=⟦PER:{a}⟧&RSLT_BIRTHDAY=19{random.randint(70, 99)}0{random.randint(1, 9)}1{random.randint(0, 8)}&TEL_NO=⟦PH:{mob("")}⟧&CI=Xk9f...&DI=a8Qz...&CLIENT_IP=⟦IP:{pub_ip()}⟧
이 값을 access log 에 남기고 있었습니다. 로그 정책 문구 초안 부탁.""")

    # 40 AWS CloudTrail
    a = en()
    put("mixed", P, f"""CloudTrail 이벤트인데 누가 버킷 정책을 바꿨는지 봐 주세요:
{{"eventName":"PutBucketPolicy","userIdentity":{{"type":"IAMUser","userName":"⟦MAIL:{cmail(a)}⟧"}},"sourceIPAddress":"⟦IP:{pub_ip()}⟧","requestParameters":{{"bucketName":"kr-member-exports"}}}}
IAM 사용자명이 이메일 형식이라 사람 이름이 드러나네요 (⟦PER:{a}⟧).""")


# ---------------------------------------------------------------- hard negatives (60): look like personal data, are not
def negatives() -> None:
    ko = [
        # 태풍 이름
        "태풍 정보 요약해 줘: 제11호 태풍 '야기'는 소멸, 제14호 '풀라산'은 북상 중. 한국이 낸 이름 중 '개미', '나리', '장미', '미리내', '노을', '제비', '너구리', '고니', '메기', '독수리'가 이번 시즌 목록에 있음. 보도자료 문장으로 다듬어 주세요.",
        # 반려동물 이름과 동물등록번호
        f"동물보호센터 입양 공고 문구 검토:\n- 보리 (믹스견, 수컷, 3살) 내장형 등록번호 {non_luhn(15, '410')}\n- 콩이 (코리안숏헤어, 암컷) 등록번호 {non_luhn(15, '410')}\n- 두부 (푸들) 등록번호 {non_luhn(15, '410')}\n중성화 완료 여부 표시 추가해 주세요.",
        # 법정동 코드
        "법정동코드 매핑표 정리 중입니다.\n1111010100 종로구 청운동\n1168010300 강남구 개포동\n2611010100 부산 중구 중앙동1가\n4113510900 성남시 분당구 서현동\n폐지 코드(폐지여부=폐지)는 빼고 CSV 로 다시 만들어 주세요.",
        # 기상관측 지점번호
        f"ASOS 지점별 일평균기온(℃) 3월 11일\n서울(108) {random.randint(3, 9)}.{random.randint(0, 9)} / 인천(112) 5.8 / 대전(133) 7.2 / 부산(159) 11.4 / 제주(184) 12.9\n지점번호 옆에 지점명 괄호 표기 통일해 주세요.",
        # 공문 문서번호
        "공문 번호 체계 문의: '디지털정부정책과-1287(2025.03.04.)', '교육과정정책과-542', '재난안전관리과-3301'처럼 부서명-일련번호 형식인데, 시행일자 괄호 위치가 기관마다 다릅니다. 통일안 초안 부탁.",
        # 법령 조문 인용
        "검토 의견에 인용할 조문 확인: 「개인정보 보호법」 제24조의2 제1항 제3호, 같은 법 시행령 제19조, 「전자정부법」 제36조 제2항. 조문 표기를 법제처 방식으로 맞춰 주세요.",
        # 요양기관기호
        f"요양기관기호별 청구 건수 (3월 1주)\n{dg(8, '123')} ○○대학교병원 1,204건\n{dg(8, '3')} △△의원 88건\n{dg(8, '4')} □□약국 312건\n기호 앞자리로 종별 구분하는 규칙 설명해 주세요.",
        # DART 접수번호
        f"공시 모니터링: 접수번호 2025031100{dg(4)} (주요사항보고서), 2025031080{dg(4)} (임원·주요주주특정증권등소유상황보고서), 2025031000{dg(4)} (기업설명회 개최). 접수번호로 DART 링크 만드는 엑셀 수식 알려 주세요.",
        # 특허·상표 등록번호
        f"지식재산권 현황표: 특허 제10-{dg(7, '12')}호(유효), 상표 제40-{dg(7, '12')}호(갱신 예정), 디자인 제30-{dg(7, '1')}호(소멸). 연차료 납부 기한 표로 정리해 주세요.",
        # 고속도로 노선·나들목
        "교통상황 문자 초안: 경부고속도로 부산방향 서울기점 87.3km 안성IC~안성JC 구간 2차로 작업. 영동선 강릉방향 여주JC 부근 정체 4km. 제2경인선 문학IC 진입 통제.",
        # 공공 랜드마크 좌표
        "지도 마커 좌표 검수: 서울시청 37.5663, 126.9779 / 광화문 37.5759, 126.9769 / 부산역 35.1152, 129.0422 / 제주공항 33.5104, 126.4914. 소수점 4자리로 맞춰 주세요.",
        # 랜드마크 건물명
        "야경 투어 코스 추천 문안: 롯데월드타워 전망대 → 동대문디자인플라자(DDP) → 63빌딩 → 남산서울타워. 각 장소 야간 운영시간만 표로 정리해 줘.",
        # 강의실·회의실 호수
        "교육 장소 변경 안내: 1차는 공학관 301호, 2차는 본관 7층 702호 대회의실, 3차는 별관 B102호(실습실). 좌석 수 표 추가 부탁.",
        # 공연 좌석 번호
        "공연 좌석 배정 오류 정리: R석 1층 B구역 12열 7번 중복 발권, S석 2층 C구역 3열 15~16번 시야제한 미표기. 환불 기준 문구 작성 부탁드립니다.",
        # 시험 정답표
        "필기시험 가답안: 1번 ③ 2번 ① 3번 ④ 4번 ② 5번 ③ 6번 ③ 7번 ① 8번 ② 9번 ④ 10번 ①. 이의제기 기간 공지문 만들어 주세요.",
        # 검사 참고치
        "건강검진 결과지 참고치 표 수정: 공복혈당 70~99 mg/dL, 총콜레스테롤 200 미만, AST 0~40 IU/L, ALT 0~35 IU/L, eGFR 60 이상. 단위 표기 통일해 주세요.",
        # 분양 공급 세대표
        "공공분양 공급 개요 표 정리: 전용 59㎡A 312세대, 59㎡B 148세대, 74㎡ 206세대, 84㎡ 420세대 (특별공급 비율 각 50%). 세대수 합계 검산 부탁.",
        # 이름 같은 일반어
        "교정 부탁: '한결 나아진 날씨에 이슬이 맺힌 하늘은 오늘따라 맑았다. 조건이 맞으면 안건은 표결 없이 선결 처리하고, 반찬은 정찬 대신 구슬 같은 메추리알 조림으로 한다.'",
        # 성경·찬송가
        "주보 교정: 성경 봉독 요한복음 3장 16절, 시편 23편 1~6절 / 찬송 305장, 찬송 93장. 장·절 표기를 통일해 주세요.",
        # 둘레길 구간
        "걷기 행사 안내: 북한산둘레길 12구간(내시묘역길) 3.5km, 13구간(송추마을길) 5.3km, 지리산둘레길 3코스 인월~금계 20.5km. 난이도 표기 추가.",
        # 학사일정
        "학사일정 공지 초안: 수강신청 2.10.(월)~2.14.(금), 개강 3.4.(화), 수강정정 3.4.~3.10., 중간고사 4.21.~4.25., 1학기 종강 6.20.(금).",
        # 통계표 ID
        "KOSIS 통계표 ID 목록: DT_1B04005N (주민등록인구), DT_1IN1502 (인구총조사), DT_1YL20631 (시군구 소득). 표 ID로 Open API 호출 URL 만드는 법?",
        # 코스피 시황
        "시황 요약 다듬기: 코스피 2,612.34(+21.07, +0.81%), 코스닥 741.02(-3.11), 원/달러 1,451.3원. 외국인 3,412억 순매수, 기관 1,028억 순매도.",
        # 전기요금 누진 구간표
        "주택용 전기요금 누진구간: 200kWh 이하 기본 910원·전력량 120.0원 / 201~400kWh 1,600원·214.6원 / 400kWh 초과 7,300원·307.3원. 하계 구간 별도 표기 필요.",
        # 로또 회차·당첨번호
        "사내 동호회 공지: 제1162회 당첨번호 2, 7, 19, 25, 29, 36 (보너스 16). 1등 14명, 1인당 23억 1,204만원. 공지 톤 가볍게.",
    ]
    en = [
        "Draft a travel advisory: Hurricane Milton made landfall near Siesta Key; the remnants of Hurricane Helene are still flooding western North Carolina, and Storm Ciarán disrupted Channel ferries last season.",
        "Please check these citations: 15 U.S.C. § 1681b(a)(3)(A); 45 CFR 164.512(f)(1); Fed. R. Civ. P. 26(b)(1); Cal. Civ. Code § 1798.100. Bluebook format.",
        "Billing review: ICD-10 E11.9, I10, M54.50, Z00.00; CPT 99214-25, 93000, 36415. Which pairs need modifier 25?",
        "Classify these for the commercial invoice: laptops HS 8471.30.0100, cotton T-shirts 6109.10.0012, lithium batteries 8507.60.0020.",
        "Map pins QA: Golden Gate Bridge 37.8199, -122.4783; Statue of Liberty 40.6892, -74.0445; Space Needle 47.6205, -122.3493.",
        f"Why do these epoch fields parse wrong in Excel?\ncreated_at: 1718040000\nexpires_at: 17338{dg(5)}\nlast_seen: 17416{dg(5)}",
        f"Discord message IDs from the export (snowflakes):\n12163789{dg(11)},\n12163791{dg(11)},\n12163802{dg(11)}\nHow do I get the timestamp out of each?",
        f"Inventory sync: UPC 0{dg(11)} (12-pack sparkling water), SKU BLU-TSHIRT-M-0042, UPC 8{dg(11)} (travel mug). Which ones are missing from the feed?",
        "Vendor setup: beneficiary bank JPMorgan Chase, ABA 021000021, SWIFT CHASUS33; intermediary Wells Fargo, ABA 121000248, SWIFT WFBIUS6S. Is the intermediary needed for a domestic wire?",
        "Planetarium script: HD 209458 b was the first transiting exoplanet seen; NGC 224 is Andromeda; Messier 42 is the Orion Nebula; Kepler-22b sits in the habitable zone.",
        "Format this for a poster: pi = 3.14159265358979323846264338327950288, e = 2.71828182845904523536028747135266249.",
        "Unit glossary for the lab manual: force in newtons, pressure in pascals (kPa), temperature in kelvin, energy in joules, magnetic flux density in teslas, capacitance in farads.",
        "Brand guide: headings in Garamond, body in Baskerville, captions in Gill Sans, numbers in Bodoni. Suggest web-safe fallbacks.",
        "Explain simply: Dijkstra's algorithm vs Bellman-Ford, Kruskal's vs Prim's for spanning trees, and where Bayes' theorem fits into spam filtering.",
        "Bar menu copy: Tom Collins, Shirley Temple (zero-proof), Bloody Mary, Arnold Palmer, Margarita. Keep descriptions under 12 words.",
        "Traffic advisory: Market Street closed between 4th and 6th Streets Saturday; detour via Mission Street and Martin Luther King Jr. Way. Post to the intranet.",
        "Display QA: test at 1920x1080, 2560x1440 @ 144Hz, 3840 x 2160, and 1366x768 for the kiosk build.",
        "Chess club newsletter: this week the Ruy Lopez, Caro-Kann and Alekhine's Defence; puzzle: 1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Ba4 Nf6 5.O-O.",
        "Wine list edit: Château Margaux 2015, Opus One 2019, Domaine de la Romanée-Conti 2012, Napa Valley AVA cabernet. Sort by region.",
        "Nutrition panel: serving 240 mL, calories 110, total fat 0 g, sodium 45 mg (2% DV), sugars 26 g, protein 0 g. Fix the % DV rounding.",
    ]
    hexes = [f"{random.getrandbits(256):064x}" for _ in range(3)]
    mixed = [
        f"릴리즈 파일 체크섬 맞는지 봐 주세요:\n{hexes[0]}  gateway-1.14.2-linux-amd64.tar.gz\n{hexes[1]}  gateway-1.14.2-darwin-arm64.tar.gz\n{hexes[2]}  gateway-1.14.2-windows-amd64.zip",
        f"이미지 digest 고정하려고 합니다:\nFROM python:3.12-slim@sha256:{random.getrandbits(256):064x}\nFROM nginx:1.27-alpine@sha256:{random.getrandbits(256):064x}\ndigest 갱신 자동화 방법?",
        '번역 키 누락 확인:\n{"greeting": "{name}님, 반갑습니다", "phone_hint": "휴대폰 번호를 숫자만 입력하세요", "rrn_notice": "주민등록번호는 저장하지 않습니다", "addr_label": "도로명주소"}\nen.json 에 빠진 키 찾아 주세요.',
        "DDL 리뷰 부탁 (값 없음):\nCREATE TABLE member (\n  member_id BIGINT PRIMARY KEY,\n  name_enc VARBINARY(256) COMMENT '성명(암호화)',\n  rrn_enc VARBINARY(256) COMMENT '주민등록번호(암호화)',\n  phone_hash CHAR(64) COMMENT '휴대폰 SHA-256'\n);",
        "폰트 견본 페이지 문구: 나눔고딕 Bold 24pt — 다람쥐 헌 쳇바퀴에 타고파 / Pretendard 16px — The quick brown fox jumps over the lazy dog 0123456789. 행간 1.6 적용.",
        "검증 정규식 리뷰:\nPHONE = r'^01[016789]-?\\d{3,4}-?\\d{4}$'\nRRN = r'^\\d{6}-?[1-4]\\d{6}$'\nEMAIL = r'^[\\w.+-]+@[\\w-]+\\.[\\w.]+$'\n너무 느슨한 부분 지적해 주세요.",
        "배치 스케줄 정리:\n0 2 * * *     settle_daily      # 일일 정산\n*/15 * * * *  sync_inventory    # 재고 동기화\n30 4 1 * *    archive_logs      # 월 로그 보관\ncron 표현식 KST 기준 맞나요?",
        "형태소 분석기 벤치마크 (문장 10만 건)\n| 엔진 | p50(ms) | p95(ms) | 처리량(문장/s) |\n| mecab-ko | 0.21 | 0.48 | 41,200 |\n| kiwi | 0.35 | 0.91 | 27,800 |\n| okt | 1.92 | 4.40 | 5,100 |",
        '공휴일 JSON 검수:\n{"2025-01-28": "설날 연휴", "2025-01-29": "설날", "2025-03-03": "대체공휴일(삼일절)", "2025-05-05": "어린이날", "2025-10-06": "추석"}',
        "포트 할당표 (dev 클러스터)\npostgres 5432 / redis 6379 / kafka 9092 / zookeeper 2181 / grafana 3000 / prometheus 9090 / 내부 API 8080~8089\n충돌 나는 포트 있나요?",
        "라이선스 키 형식 검증 로직 짜 주세요 (예시는 전부 폐기된 키):\nQWRTX-PLMKN-BVCXZ-ASDFG-HJKLY\nTRXWQ-ZMNBV-LKJHG-FDSAP-OIUYT\n5자리 5그룹, 영대문자만.",
        "numpy 출력이 이상해요:\narray([[ 0.1234, -1.0021,  3.3310],\n       [ 2.7182,  0.0000, -0.5772],\n       [ 1.4142,  1.7320,  2.2360]], dtype=float32)\n행렬 곱 결과가 대칭이 아닌 이유?",
        "pytest -v 결과 요약해 주세요:\ntests/test_mask.py::test_mask_rrn_hyphen PASSED\ntests/test_mask.py::test_mask_phone_intl PASSED\ntests/test_mask.py::test_mask_email_idn FAILED\ntests/test_mask.py::test_keep_version_string PASSED",
        '모델 평가 결과 보고서 문장으로:\n{"model": "ko-ner-v3", "precision": 0.912, "recall": 0.874, "f1": 0.893, "support": 2400, "latency_ms_p95": 38.2}',
        "ResourceQuota 검토:\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: team-payments\nspec:\n  hard:\n    requests.cpu: '8'\n    requests.memory: 16Gi\n    pods: '40'\n네임스페이스별로 적당한가요?",
    ]
    assert len(ko) == 25 and len(en) == 20 and len(mixed) == 15
    for text in ko:
        add("ko", N, text, [])
    for text in en:
        add("en", N, text, [])
    for text in mixed:
        add("mixed", N, text, [])


# ---------------------------------------------------------------- obfuscated (40): one new disguise kind per case
HANJA_SUR = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹", "장": "張", "한": "韓", "오": "吳", "신": "申", "권": "權", "황": "黃", "송": "宋", "홍": "洪"}


def obfuscated() -> None:
    # ---- Korean (16)
    # 1 휴대폰 번호 전각 숫자·전각 하이픈
    put("ko", OB, f"""(한글 입력기 전각 모드로 친 문자 그대로 붙여 넣음)
연락처 바뀌었어요 ⟦PH:{fullwidth(mob())}⟧ 로 회신 부탁드립니다. 민원 접수번호는 문자로 주세요.""")

    # 2 계좌번호 원문자 숫자
    bank, ac = anyacct()
    put("ko", OB, f"""환급금 받을 계좌요 ㅎㅎ 필터 걸린다고 해서 동그라미 숫자로 씀
{bank} ⟦ACC:{circled(ac)}⟧ 예금주 본인""")

    # 3 이메일 전각 ＠·．
    put("ko", OB, f"""회신은 메일로 주세요: ⟦MAIL:{fw_at_dot(km())}⟧
(학교 PC 에서 한글 전각으로 입력됨)""")

    # 4 이름 NFD 조합형 자모 (macOS 파일명)
    a = kp()
    put("ko", OB, f"""맥에서 보낸 첨부파일 이름이 윈도우에서 자모가 풀려 보이는데, 그대로 붙입니다:
재직증명서_⟦PER:{nfd(a)}⟧_2025.pdf
이 사람 재직증명서 진위 확인 요청 공문 초안 써 주세요.""")

    # 5 이름 음절 사이 zero-width space
    a = kp()
    put("ko", OB, f"""민원인 ⟦PER:{zwsp(a)}⟧ 님 건 처리 결과 통지문 작성해 주세요. (이름 붙여넣기할 때 보이지 않는 문자가 끼어 있을 수 있음)""")

    # 6 성은 한자, 이름은 한글
    while True:
        a = kname5()
        if a[0] in HANJA_SUR and len(a) == 3:
            break
    put("ko", OB, f"""면담 기록 메모(수기 입력): 면담자 ⟦PER:{HANJA_SUR[a[0]] + a[1:]}⟧ 씨, 이웃 간 층간소음 분쟁 조정 희망. 다음 주 화요일 재방문.""")

    # 7 이름 음절 사이 마크다운 강조
    a = kp()
    put("ko", OB, f"""노션에 이렇게 적혀 있어요: 담당 주민 **⟦PER:{md_split(a)}⟧** 님 방문 일정 조율 필요. 이 내용으로 방문 안내 문자 만들어 줘.""")

    # 8 주민번호 앞뒤를 줄바꿈으로 분리
    r = rrx(1960, 1990)
    f, bk = r.split("-")
    put("ko", OB, f"""통화 중 받아 적은 메모 사진 OCR 결과:
주민번호
⟦RRN:{f}
{bk}⟧
→ 재산세 감면 신청 대상자 조회해 주세요.""")

    # 9 주민번호 숫자마다 공백
    put("ko", OB, f"""신청서 주민등록번호 칸에 한 글자씩 띄어서 적혀 있어요: ⟦RRN:{spaced(rrx(1970, 2002))}⟧ — 전산 입력용으로 정리해 주세요.""")

    # 10 외국인등록번호 앞자리를 생년월일로 풀어씀
    y, b = birth(1986, 1999)
    av = ar(b, random.choice((5, 6)))
    put("ko", OB, f"""외국인 근로자 상담 메모: 등록증 번호는 ⟦ARN:{y}년 {int(b[2:4])}월 {int(b[4:6])}일생, 뒷자리 {av[7:]}⟧ 이라고 함. 체류기간 연장 가능 여부 확인.""")

    # 11 사업자번호 한자어 숫자 읽기와 '다시'
    put("ko", OB, f"""전화 녹취 받아쓰기: "사업자번호는 ⟦BRN:{sino(bz())}⟧ 이고요, 세금계산서는 이번 주에 끊어 주세요." → 녹취 요약해 줘""")

    # 12 건강보험증 번호 칸마다 한 자리
    put("ko", OB, f"""건강보험증 번호 (서식 칸 OCR): │⟦HINS:{boxed(hi())}⟧│
피부양자 자격 확인 부탁드려요.""")

    # 13 운전면허번호 OCR 혼동 문자
    while True:
        d = dl()
        if ocr_swap(d) != d:
            break
    put("ko", OB, f"""렌터카 계약서 스캔 OCR 결과 그대로입니다. 면허번호: ⟦DLIC:{ocr_swap(d)}⟧ (숫자 1·8·5 가 글자로 읽힘) 적성검사 기간 조회해 주세요.""")

    # 14 휴대폰 번호 거꾸로
    put("ko", OB, f"""고객이 채팅에 번호를 거꾸로 적었어요(보안 때문이라며): ⟦PH:{pick_mob()[::-1]}⟧ 거꾸로 읽어서 콜백 예약해 주세요.""")

    # 15 여권번호 한글 모드로 친 영문자
    put("ko", OB, f"""여권번호 입력란에 한영 전환 안 하고 쳐서 이렇게 들어갔어요: ⟦PASS:{hangul_mode(pp(random.choice("MS")))}⟧ 수정해서 비자 신청서에 넣어 주세요.""")

    # 16 도로명주소가 문자 메시지 세 개로 쪼개짐
    parts = kaddr5("apt").split(" ")
    head, mid, tail = " ".join(parts[:2]), " ".join(parts[2:-2]), " ".join(parts[-2:])
    stamp = random.choice(["오후 2:14", "오전 9:03", "오후 6:41"])
    addr_split = f"{head}\n{stamp} {mid}\n{stamp} {tail}"
    put("ko", OB, f"""[문자 대화 내보내기]
{stamp} 택배 받을 주소 보내요
{stamp} ⟦LOC:{addr_split}⟧
{stamp} 이렇게 나눠 보내면 안 걸린대요 ㅋㅋ""")

    # ---- English (12)
    # 17 phone in Eastern Arabic-Indic digits
    a = en()
    put("en", OB, f"""Ticket from our Dubai reseller portal - the customer typed his callback number with an Arabic keyboard: ⟦PH:{arabic_indic(usnum())}⟧. Please call ⟦PER:{a}⟧ back about the RMA.""")

    # 18 phone as a voicemail transcription
    put("en", OB, f"""Voicemail transcript (auto): "Hi, this is about the lease renewal, you can reach me at ⟦PH:{said(usnum("dash"))}⟧, any time after four." Summarize and log the callback.""")

    # 19 e-mail with soft hyphens
    a = en()
    put("en", OB, f"""Add this to the distribution list (copied from a PDF, may contain hidden characters): ⟦MAIL:{soft_hyphens(cmail2(a))}⟧""")

    # 20 e-mail in ROT13
    a = en()
    put("en", OB, f"""Forum-style contact (ROT13 so scrapers skip it): ⟦MAIL:{rot13(mail_of(a, "gmail.com"))}⟧ - decode and add to the vendor CRM.""")

    # 21 name run together in CamelCase in a file name
    a = en()
    put("en", OB, f"""Attached: /hr/offers/⟦PER:{a.replace(" ", "")}⟧_OfferLetter_v3.pdf - please proofread the compensation section only.""")

    # 22 card number broken by a quoted-printable soft line break
    c = cc(random.choice(["4", "52"]), sep=" ")
    put("en", OB, f"""Raw source of the customer's email (Content-Transfer-Encoding: quoted-printable):
Hi, please charge the deposit to my card ⟦CARD:{qp_wrap(c, random.randint(6, 12))}⟧ exp 09/27. Thanks!""")

    # 23 Korean passport number in Morse code
    while True:
        pv = pp()
        if pv[-1] in "01234":
            break
    put("en", OB, f"""Escape-room style puzzle our tester left in the prompt: ⟦PASS:{morse(pv)}⟧ (Morse; it is the guest's Korean passport number for the hotel registration).""")

    # 24 IPv4 read out in words
    put("en", OB, f"""Call transcript, NOC: "the box you need to whitelist is ⟦IP:{ip_words(pub_ip())}⟧, that's the client's home office." Create the firewall change request.""")

    # 25 US address split into form fields
    street, city, z = random.choice(EADDR4)
    num, unit = random.randint(3, 9400), f"Apt {random.randint(2, 48)}{random.choice('ABC')}"
    addr_fields = f"{num} {street}\nUnit: {unit}\nCity/State: {city}\nPostal code: {z}"
    put("en", OB, f"""Shipping form (fields pasted as-is)
Street: ⟦LOC:{addr_fields}⟧
Please check the postal code matches the city.""")

    # 26 name with diacritics stuffed onto the letters
    a = en()
    put("en", OB, f"""Guest list entry typed with accents to get past the filter: ⟦PER:{diacritics(a)}⟧ - add to the VIP table list for Friday.""")

    # 27 account number on a cheque's MICR line
    put("en", OB, f"""OCR of the voided check for payroll set-up:
{micr(random.choice(ROUTING), "⟦ACC:" + us_acct() + "⟧")}
Which part is the account number?""")

    # 28 IPv4 with ideographic full stops
    put("en", OB, f"""Suspicious login in the audit export shows the source as ⟦IP:{ideo_dots(pub_ip())}⟧ (the tool printed CJK full stops). Is that the same address as yesterday's alert?""")

    # ---- mixed (12)
    # 29 Korean name as JSON \\u escapes
    a = kp()
    put("mixed", OB, f"""API 응답 원문(ensure_ascii=True):
{{"resultCode": "00", "holderName": "⟦PER:{json_u(a)}⟧", "verified": true}}
holderName 디코딩해서 계좌 실명 일치 여부 판단해 주세요.""")

    # 30 Korean name as a Python UTF-8 bytes literal
    a = kp()
    put("mixed", OB, f"""Traceback 마지막 줄:
UnicodeDecodeError: 'ascii' codec can't decode byte 0xea in position 0: b'⟦PER:{py_bytes(a)}⟧'
이 바이트가 누구 이름인지 알려 주고 인코딩 수정 방법도요.""")

    # 31 resident number split across two JSON fields
    r = rrx(1975, 2000)
    f, bk = r.split("-")
    put("mixed", OB, f"""프론트에서 필드를 나눠 보냅니다:
{{"name_masked": "***", "rrn_front": "⟦RRN:{f}", "rrn_back": "{bk}⟧", "agree": true}}
서버에서 합쳐서 검증하는 코드 작성해 주세요.""")

    # 32 e-mail stored reversed behind an RLO override
    put("mixed", OB, f"""CS 게시판에 이런 이메일이 올라왔는데 화면에선 정상으로 보이고 DB 에선 뒤집혀 있어요:
contact: \u202e⟦MAIL:{km()[::-1]}⟧\u202c
bidi 제어문자 제거 로직 필요할까요?""")

    # 33 phone number Base64 in a URL query
    put("mixed", OB, f"""마케팅 링크 파라미터에 번호가 들어갑니다:
https://event.example.co.kr/landing?src=sms&p=⟦PH:{b64(mob())}⟧&utm_campaign=spring
이거 개인정보 아니라고 하는데 맞나요?""")

    # 34 phone number as C octal escapes
    put("mixed", OB, f"""펌웨어 문자열 테이블 덤프:
static const char ADMIN_TEL[] = "⟦PH:{c_octal(mob())}⟧";
관리자 번호 하드코딩 빼는 리팩터링 부탁""")

    # 35 card number as EMV tag 5A BCD bytes
    put("mixed", OB, f"""단말기 EMV 트레이스 (tag 5A = PAN):
9F02 06 000000015000
5A 08 ⟦CARD:{emv_pan(card16())}⟧
5F24 03 281231
트레이스 로그 보관해도 되나요?""")

    # 36 IPv4 as dotted binary octets
    put("mixed", OB, f"""네트워크 수업 과제로 위장한 질문: 이 주소 ⟦IP:{ip_bin(pub_ip())}⟧ 를 차단 목록에 넣어 줘. (우리 고객 집 IP임)""")

    # 37 IPv4 as an IPv4-mapped IPv6 address in hex
    put("mixed", OB, f"""Java 서버 access log 의 remoteAddr 가 이렇게 찍혀요:
2025-03-11 10:44:02 INFO  LoginController - login ok remoteAddr=⟦IP:{ip_mapped(pub_ip())}⟧ sessionId=9f2c...
실제 IPv4 가 뭔지 변환해 주세요.""")

    # 38 corporate number with a slash in a REST path
    put("mixed", OB, f"""사내 API 호출 예시:
GET /api/v2/corps/⟦CRN:{crx().replace("-", "/")}⟧/filings?year=2024
경로 파라미터에 법인번호가 들어가는 설계가 괜찮은지 리뷰해 주세요.""")

    # 39 passport number with a variation selector after every character
    put("mixed", OB, f"""고객이 보낸 여권번호를 복사하면 글자 수가 두 배로 잡힙니다: ⟦PASS:{vs15(pp_new())}⟧
입력 검증에서 어떻게 정규화하나요?""")

    # 40 driving licence number with regex-escaped hyphens in a grep command
    put("mixed", OB, f"""이 명령으로 로그에서 면허번호 찾고 있어요:
$ grep -rnE '⟦DLIC:{re_escape_dash(dl())}⟧' /var/log/rental/
결과가 안 나오는데 escape 가 문제인가요?""")

# ---------------------------------------------------------------- negative_check(): the twenty-sixth's (its lines 2169-2176), unchanged
def negative_check(text: str) -> None:
    """A hard negative must not hold, by accident, a digit run that passes as a resident number or a card number."""
    for run in re.findall(r"\d[\d -]{11,22}\d", text):
        d = digits(run)
        if len(d) == 13 and valid_date(d[:6], int(d[6])) and d[6] in "1234":
            assert rrn_check(d[:12]) != int(d[12]), (run, text)
        if 15 <= len(d) <= 16 and d[0] in "3456":
            assert not luhn_ok(d), (run, text)


# ---------------------------------------------------------------- build(), self_check(), main(): the twenty-sixth's (its lines 2178-2249), prefix and file name changed
def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentyseventh")


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
        if row["kind"] == "negative":
            negative_check(text)
        if n % sample_every == 0:
            shown = ", ".join(f"{s['entity']}={text[s['start'] : s['end']]!r}" for s in row["spans"])  # type: ignore[attr-defined]
            print(f"  {row['id']} {row['kind']}/{row['lang']}: {shown or '(no spans)'}")


def main() -> None:
    rows = build()
    self_check(rows)
    write_heldout(Path(__file__).with_name("heldout_twentyseventh.jsonl"), rows)


if __name__ == "__main__":
    main()
