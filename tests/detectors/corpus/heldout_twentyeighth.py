# ruff: noqa: E501
"""Twenty-eighth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; of pyproject.toml a
`grep -n '^\\[tool.ruff'` (it printed only the three [tool.ruff...] header lines) and `sed -n 81,100p` (the
[tool.ruff] section to the end of the file, nothing else); of heldout_twentyseventh.py, with `sed -n`, lines 1-1339
(module docstring with the labelling conventions and the previous domains, hard-negative kinds and obfuscation kinds,
imports, constants, seed, WANT, add(), every value maker up to kids_rrn; read as 1-400, 400-800 and 800-1339), lines
1511-1555 (MARK/TAG/put) and lines 3033-3114 (negative_check, build(), self_check(), main()), plus a `grep -n` over
the `sed -n 1,1339p` output to locate the makers and a second one over the same output for the import, seed and
section-comment lines, and `sed -n 1336,1339p | cat -A` to see where the last maker ends. The copies were taken
with `sed -n 136,1338p`, `sed -n 1511,1554p` and `sed -n 3033,3114p`, all inside those ranges. No slip: nothing
outside the ranges above was read; none of the twenty-seventh's disguise helpers or cases (lines 1340-1510 and
1556-3032) was seen. Other looks: an `ls` of tests/detectors/corpus/ (names only), `wc -l` of the twenty-seventh and
of the three helper modules, this file's own .jsonl read back (spans marked inline) to check span placement, ruff
check, one `ruff format --check` (not applied: the copied code is kept as it was) and mypy (--follow-imports=silent)
on this file. No git command was run except the final `git add`/`git commit` of these two files. The engine and the
evaluation script were neither read nor run on these cases; nothing here was tuned to the engine. WANT is the
twenty-seventh's (140 positive: 60 ko, 40 en, 40 mixed; 60 hard negative: 25/20/15; 40 obfuscated: 16/12/12);
negative_check(), build(), self_check() and main() are the twenty-seventh's (its lines 3034-3114) with only the row
prefix and output file name changed. Seed 28_2026_1125_3907. Only the twenty-seventh's own lists of domains,
hard-negative kinds and obfuscation kinds were available (its docstring names the twenty-sixth's lists without
repeating them); everything below avoids those and was chosen to be unlike anything an earlier set is likely to hold.

Value makers copied unchanged from the twenty-seventh (its lines 136-1338: imports, constants, seed line, WANT,
add() and every maker from dg to kids_rrn; only the seed, the import list (base64, codecs and unicodedata dropped as
unused, urllib.parse added) and the six section comment lines are changed). New here: KGIV5/KSUR_RARE2/kname6 (a
fifth given-name list and rarer surnames: 어, 돈, 묘, 섭, 순, 시, 음, 빈, 평, 간, 동방, 강전), kq/kqs (any name of
three or more syllables; several with no shared given name), COMPOUND_SUR/giv/sur_of, YOUNG_M/YOUNG_F/MID_M/MID_F/
OLD_M/OLD_F and kg (a name that fits a generation and sex, a parent and child sharing the surname), HFGN5/hfname5/
anyhf2 (Nigerian, Peruvian, German, Polish, Mexican and Kenyan names in Hangul), FGN4, EFIRST5/ELAST5/ename5/ep/eps,
ROADS6/kaddr6 (a sixth road list with officetel rooms and floor-and-room details) and ka, JIBUN5/jibun5/jb,
EADDR5/eaddr5 and eadr (US, UK and Canadian), ENG_KADDR2/kaddr_en2, LOCALS6/email6/kmail, KCORP/kwork (Korean
company mail), CORPDOM3/cmail3, anymob, card_any, hi_ok, KATAKANA_NAMES and tpl (fills «key» placeholders in
brace-heavy texts). Every disguise helper (keycaps, jamo_zero_one, radio, SUPER, DOUBLE, HANJA_NUM, as_quantity,
jamo_parts, english_mode, dictated, CYR, LEET, SMALLCAPS, nato, bold_script, upside_down, braille, house_words,
ip_ec2, ip_signed_bytes, ascii_hex, mojibake) is written for this set without looking at any earlier set's helpers.
Resident, alien, business and corporate numbers and card numbers carry real check digits (check_digits.py); the child
born in 2022 carries a post-October-2020 number; people born 2000-2019 carry the old checksum with gender digit 3/4.

Domains (none in the twenty-seventh's list). Korean: 병역판정검사 일자 변경, 휴가 중 사고 경위서(부대 행정보급관), 민방위
교육 불참 사유서, 지구대 습득물 인계, 교통사고 사실확인원, 112 신고 처리 결과 회신, 학교폭력 전담기구 회의록, 신규 교사
급여계좌 등록, 수학여행 여행자보험 명단, 대학 생활관 입사 서류, 검정고시 응시원서, 외래 예약 변경 문자, 응급실 야간 인계,
장기·조직기증 희망등록, 영유아 예방접종 기록 조회, 난임시술비 지원, 건강보험 피부양자 취득, 요양병원 외박 신청, 은행
대여금고 계약, 해외송금 수취인 정정, 카드 분실 신고·재발급, 저축은행 연체 안내, 청약통장 해지, 학원 CMS 출금동의, IRP
계좌 이전, 외국인 근로자 출국만기보험, 체류기간 연장 허가, 다문화가족 방문교육, 분실 여권 재발급, 세관 유치품 반환,
근로장려금, 연말정산 부양가족 명세, 종합소득세 경정청구, 사업장 이전 정정신고, 법인 설립등기 완료 안내, 나라장터
입찰참가자격 등록, 지자체 보조금 교부 신청, 자원봉사 실적 누락, 투표사무원 위촉, 통장 임명, 대형폐기물 배출 신고,
주정차 과태료 의견진술, 운전면허 적성검사 연기, 자동차 이전등록, 개 물림 사고 민원, 화재 피해 세대 임시주거 지원,
해수욕장 미아 보호, 교정시설 접견 예약, 보호관찰 주거 이전 신고, 법률구조 상담 신청, 국민연금 반환일시금(외국인),
육아휴직 급여, 기초연금 계좌 변경, 국군 간부 급여계좌 변경, 결핵 접촉자 검진 안내, 수술 동의서 보호자 확인, 주택
임대차 신고·확정일자, 재산세 카드 이중결제, 후불 교통카드 과다청구 환불, 민원 포털 비정상 접속 차단. English:
litigation hold notice, telecom subpoena response, non-compete release letter, 401(k) rollover, life-insurance
beneficiary change, short-term disability claim, trip-cancellation claim, homeowners water-damage claim, vendor due
diligence on a Korean supplier, clinical-trial pre-screening log, flu clinic roster, lab-results callback script,
physical-therapy referral, hospice intake call, number port-in validation, chargeback representment, subscription
cancellation chat, hotel folio dispute, airline loyalty account merge, conference registration refund, sole-proprietor
vendor setup, insider-risk offboarding review, GDPR subject access request, CCPA deletion request, lease renewal
reminder, court interpreter request, employment reference check, performance improvement plan, offer letter,
dual-status tax return intake, exchange-student host family placement, alumni donation receipt, gym membership freeze,
appliance warranty claim, medical-records release to an attorney, bankruptcy creditor matrix, CRM lead import, power of
attorney for Korean property, AP payment to a Korean freelancer, internal audit of a Korean subsidiary's payroll data.
Mixed formats: kcat Kafka consumer output, redis-cli MONITOR, PostgreSQL log with bind parameters, mysqlbinlog -v,
Elasticsearch _search hit, Sentry event user context, Datadog JSON log, OpenTelemetry debug exporter span, SQS
receive-message body, terraform plan, Ansible host_vars, PowerShell smoke-test script, Spring application-local.yml,
JUnit builder test, Rust {:#?} print, Swift Optional print, Flutter debugPrint, PHP var_dump, Rails console, Django
loaddata fixture, Laravel log, Node util.inspect output, Redux DevTools diff, admin CSV export, pandas df.head(),
grpcurl response, 실명확인 XML API response, k6 load-test payload, HAR request entry, PG 결제 승인 webhook, Slack export
message, Python exception for a GitHub issue, Google Apps Script execution log, HTTPie request, SQL INSERT migration,
journalctl -o json, Windows event 4625 XML with a helpdesk note, LDIF entry, vCard, airline APIS travelers JSON.

Hard-negative kinds (60, none in the twenty-seventh's lists). Korean (25): 족보 항렬표(돌림자), 버스 정류장 ARS 번호와
노선, 열차 시각표, KS 표준번호, 식품 품목보고번호, 도서 청구기호(KDC), 약제 급여 제품코드·상한금액, 건축물 층별
면적표, 수능 등급컷, 공무원 봉급표, 지하철 역번호·배차간격, 대기질 측정소 값, 민원 접수번호 목록, 농산물 경락가격,
환율 고시표, 표준산업분류 코드, 우편번호(기초구역) 구역표, 시험실 수험번호 배치표, 시군구 인구 통계, 국가기술자격
종목코드·시험일정, 물때표, 성씨가 들어간 상호 목록, 선박 IMO 번호·입출항 예정표, 외래어 지명 표기, A/S 입고 제품
시리얼번호. English (20): NATO phonetic alphabet, flight departures, METAR/TAF, periodic-table excerpt, baseball line
score, recipe scaling, shipping container numbers, federal docket numbers, NDC drug codes, CUSIP/ISIN, parts catalogue
numbers, release-note build numbers, paint colour codes (brands named after people), aircraft tail numbers, eponymous
diseases, ZIP-code demographics, area-code coverage list, Sudoku grid, e-commerce order numbers, mountain elevations.
Mixed (15): ULID/UUID migration log, git log --oneline with tags, HTTP status table, Hangul code-point table, Java
stack trace, MAC address inventory, X.509 OIDs, .NET assembly versions, xxd of a Korean greeting, time-zone offsets
and cron conversion, EXIF without GPS, 두벌식 key-mapping table, feature-flag rollout YAML, EXPLAIN ANALYZE plan, lspci.

Obfuscation kinds (40, each used once, none in the twenty-seventh's lists). Korean (16): mobile number in keycap
emoji (0️⃣1️⃣0️⃣), mobile number with ㅇ for 0 and ㅣ for 1, mobile number read in Korean military radio digits (공,
하나, 둘, 삼, 넷, 오, 여섯, 칠, 팔, 아홉), account number in superscript digits, health-insurance number written as a
quantity with 억 and 만, Korean name typed as loose compatibility jamo (ㄱㅏㄴ...), Korean name typed with the IME in
English mode (두벌식 keys), Korean name written vertically one syllable per line, Korean name in Katakana, passport
number with its letter written 엠, resident number regrouped 4-4-5, resident number in Hanja numerals (〇一二...),
alien registration number with the vowel ㅡ as the hyphen, e-mail dictated in Hangul letter names (speech-to-text:
에스 와이 ... 골뱅이 네이버 닷컴), road-name address with every space removed, driving licence number in double-struck
digits (𝟙𝟚). English (12): US phone as phone-keypad letters, e-mail with Cyrillic homoglyphs, name in leetspeak,
name spelled in the NATO alphabet, name in Unicode small caps, name in mathematical bold script, name upside down, name
in Braille, US address with the house number spelled out, card number with en dashes, e-mail with a percent-encoded @
in a mailto link, IPv4 with zero-padded octets. Mixed (12): Korean name percent-encoded (UTF-8) in a URL query, Korean
name as U+ code points, Korean name as EUC-KR mojibake read as Latin-1, resident number whose leading zero a
spreadsheet dropped, phone number as a JSON array of digits, e-mail assembled with SQL CONCAT and CHAR(64), IPv4 as a
reverse-DNS PTR name, IPv4 inside an EC2-style host name (ip-10-0-3-17), IPv4 as a Java signed byte array, card
number inside magnetic-stripe Track 2 data, card number as xxd -p hex of its ASCII digits, business number built by an
Excel string formula.

Labelling decisions: the twenty-seventh set's rules (as its docstring states them, carrying the earlier sets'
forward) apply unchanged: PERSON on the name only, never a title, honorific or particle, every mention labelled (a
lone given name too); brand, firm, venue, street, disease, paint and ship names that carry a person's name are never
labelled, nor are user names; LOCATION from the first character through the building number and unit detail (a
parenthesised reference dong included), English-order Korean addresses from the unit through the postcode, US/UK/
Canadian addresses from the house number through the postcode; PHONE_NUMBER with its +82/+1/+44 prefix and a US area
code's parentheses; IP_ADDRESS without a :port or /32 suffix; BANK_ACCOUNT for Korean and US accounts, never routing
or SWIFT codes; KR_DRIVER_LICENSE with the region name when written as a word; KR_PASSPORT only for Korean passports;
birth dates (a resident number's front half alone), member, case, order and docket numbers are never labelled.
Disguise spans (this set): keycap, jamo-lookalike, superscript, double-struck, Hanja-numeral, regrouped, ㅡ-hyphen,
Cyrillic, leetspeak, small-caps, bold-script, upside-down, Braille, en-dash, zero-padded, mojibake, leading-zero-lost
and xxd-hex values on the token as written (a licence's region word inside); values read out or spelled (radio digits,
Hangul letter names up to 닷컴/닷넷, NATO words, a house number in words through the postcode) from the first word to
the last, the ' / ' group separators inside; the 억/만 quantity from its first digit to its last; loose jamo and the
English-mode keys on the run as typed; the vertical name from its first syllable to its last, line breaks inside; the
Katakana name with its ・ (様 outside); 엠 with the passport digits; the spaceless address whole; the vanity phone from
its parenthesis; the %40 e-mail from the local part through the domain (mailto: outside); the percent-encoded name from
the first % to the last hex digit; U+ code points from the first U+ to the last hex digit; the digit array from the
first digit to the last (brackets outside); the SQL CONCAT e-mail from the first character of the local part to the
last of the domain, the quotes, commas and CHAR(64) between them inside; the PTR name on the reversed octets
(.in-addr.arpa outside); the EC2 host name on the hyphenated octets (ip- and the domain outside); the Java byte array
from the first number to the last; Track 2 on the PAN only (; and =... outside); the Excel formula from the first digit
to the last, the "&"-"&" glue inside, =" and the closing quote outside."""

from __future__ import annotations

import random
import re
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

random.seed(28_2026_1125_3907)

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

# ---------------------------------------------------------------- value makers copied unchanged from the twenty-seventh set (its lines 200-372)
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


# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 373-535)
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


# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 536-710)
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



# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 711-851)
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



# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 852-1096)
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


# ---------------------------------------------------------------- (still copied from the twenty-seventh: the makers it added, its lines 1097-1338)
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



# ---------------------------------------------------------------- value makers new for this set
KGIV5 = (
    "로아 이준 세린 하온 주안 예솔 도담 지율 서후 은솔 라온 시율 한별 채린 "
    "옥분 순례 갑순 덕자 만길 상만 봉남 용순 복만 칠순 정배 귀남 삼례 무송"
).split()
KSUR_RARE2 = "어 돈 묘 섭 순 시 음 빈 평 간 동방 강전".split()


def kname6() -> str:
    """A Korean full name from a fifth list of given names, now and then with a rare surname (어, 묘, 동방...)."""
    while True:
        sur = random.choice(KSUR_RARE2) if random.random() < 0.3 else random.choice(KSUR)
        n = sur + random.choice(KGIV5)
        if n not in COMMON_WORDS and n not in FAMOUS:
            return n


def kq() -> str:
    """Any Korean full name of three or more syllables (so that a given name can be cut off safely)."""
    while True:
        n = random.choice((kname6, kname6, kp, kname5, kname4, kname3))()
        if len(n) >= 3:
            return n


def kqs(n: int) -> list[str]:
    """n different Korean names (three or more syllables), none inside another and no two sharing a given name."""
    out: list[str] = []
    while len(out) < n:
        v = kq()
        if all(v not in o and o not in v and giv(v) != giv(o) for o in out):
            out.append(v)
    return out


COMPOUND_SUR = ("황보", "남궁", "제갈", "선우", "독고", "사공", "서문", "동방", "강전")


def giv(name: str) -> str:
    """The given name of a Korean full name."""
    return name[2:] if name[:2] in COMPOUND_SUR else name[1:]


HFGN5 = {
    "ng": ["치네두 오코리", "아데볼라 오군레예"],
    "pe": ["루이스 알베르토 키스페", "로사 마마니 차라"],
    "de": ["클라우스 베버", "자비네 호프만"],
    "pl": ["마그달레나 노바크", "카롤 비슈니에프스키"],
    "mx": ["알레한드로 에르난데스", "과달루페 로페스"],
    "ke": ["와지루 카마우", "오티에노 오미노"],
}


def hfname5(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Nigerian, Peruvian, German, Polish, Mexican, Kenyan)."""
    return random.choice(HFGN5[origin or random.choice(list(HFGN5))])


def anyhf2() -> str:
    return random.choice((anyhf, hfname5, hfname5))()


FGN4 = "OKORIE CHINEDU|QUISPE LUIS ALBERTO|WEBER KLAUS|NOWAK MAGDALENA|HERNANDEZ ALEJANDRO|KAMAU WANJIRU".split("|")


def fname4() -> str:
    return random.choice(FGN4)


EFIRST5 = (
    "Anneliese Barnaby Clementine Dashiell Eloise Fitzroy Guinevere Horatio Iona Jethro Kalinda Lysander "
    "Marisela Niamh Percival Quilla Rhiannon Sebastian Tallulah Vaughn"
).split()
ELAST5 = (
    "Ackerley Brightwater Cresswell Dunleavy Ellerby Fairweather Goodhew Hollingsworth Inglewood Jardine "
    "Kettering Lockwood Mayhew Nethercott Oakes Penhaligon Ravenscroft Stirling Tolliver Wainwright"
).split()


def ename5() -> str:
    return f"{random.choice(EFIRST5)} {random.choice(ELAST5)}"


def ep() -> str:
    """An English-language full name from any list, the fifth included."""
    return random.choice((en, ename5, ename5))()


def eps(n: int) -> list[str]:
    """n English names with different first and last names."""
    out: list[str] = []
    while len(out) < n:
        v = ep()
        if all(v.split()[0] != o.split()[0] and v.split()[-1] != o.split()[-1] for o in out):
            out.append(v)
    return out


ROADS6 = [
    ("서울특별시", "서대문구", "연희로", "연희동"),
    ("서울특별시", "광진구", "능동로", "화양동"),
    ("서울특별시", "금천구", "시흥대로", "독산동"),
    ("부산광역시", "연제구", "월드컵대로", "연산동"),
    ("부산광역시", "기장군", "기장대로", "기장읍"),
    ("대구광역시", "중구", "국채보상로", "동인동"),
    ("인천광역시", "미추홀구", "인하로", "용현동"),
    ("광주광역시", "동구", "필문대로", "지산동"),
    ("대전광역시", "동구", "대전로", "삼성동"),
    ("경기도", "남양주시", "경춘로", "금곡동"),
    ("경기도", "김포시", "김포한강로", "장기동"),
    ("경기도", "이천시", "경충대로", "창전동"),
    ("충청남도", "서산시", "중앙로", "읍내동"),
    ("전북특별자치도", "남원시", "춘향로", "도통동"),
    ("경상북도", "영주시", "대학로", "휴천동"),
    ("경상남도", "거제시", "거제중앙로", "고현동"),
    ("강원특별자치도", "동해시", "천곡로", "천곡동"),
    ("제주특별자치도", "서귀포시", "일주동로", "남원읍"),
]


def kaddr6(detail: str = "random") -> str:
    """A road-name address from a sixth list of roads (a 번길 road now and then; an officetel room or a floor and
    room as unit detail), labelled like kaddr."""
    sido, sgg, road, dong = random.choice(ROADS6)
    if random.random() < 0.2:
        road = f"{road}{random.randint(1, 15) * 10 + random.choice((0, 5))}번길"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(3, 460)}" + (f"-{random.randint(1, 18)}" if random.random() < 0.25 else "")
    mode = random.choice(["apt", "room", "ref", "none", "apt", "floorroom"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 130)}동 {random.randint(2, 29)}0{random.randint(1, 6)}호"
    if mode == "room":
        return f"{head} {num}, {random.randint(2, 19)}{random.randint(0, 2)}{random.randint(1, 9)}호"
    if mode == "floorroom":
        return f"{head} {num} {random.randint(2, 6)}층 {random.randint(1, 3)}호"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def ka() -> str:
    """A road-name address from any list, the sixth weighted up."""
    return random.choice((kaddr_any, kaddr6, kaddr6))()


JIBUN5 = [
    ("충청남도 청양군 정산면", "서정리"),
    ("경상북도 봉화군 춘양면", "의양리"),
    ("전라남도 해남군 송지면", "송호리"),
    ("강원특별자치도 홍천군 내촌면", "물걸리"),
    ("경상남도 산청군 시천면", "사리"),
    ("전북특별자치도 무주군 설천면", "소천리"),
]


def jibun5() -> str:
    a, b = random.choice(JIBUN5)
    return f"{a} {b} {random.randint(12, 870)}" + (f"-{random.randint(1, 9)}" if random.random() < 0.5 else "")


def jb() -> str:
    return random.choice((jibun, jibun2, jibun3, jibun4, jibun5, jibun5))()


EADDR5 = [
    ("Gable Point Rd", "Kennewick, WA", "99336"),
    ("Briarcliff Ln", "Decatur, GA", "30033"),
    ("Rosemont Ave", "Pasadena, CA", "91103"),
    ("Thistle Way", "Edinburgh", "EH10 5QG"),
    ("Birchmount Rd", "Toronto, ON", "M1N 3J7"),
    ("Hollins Mill Rd", "Lynchburg, VA", "24503"),
    ("Kestrel Court", "Cardiff", "CF14 2LP"),
]


def eaddr5(unit: bool = False) -> str:
    """A US, UK or Canadian street address (a fifth list), through its postcode, sometimes with a unit."""
    street, city, z = random.choice(EADDR5)
    u = random.choice((f" Apt {random.randint(2, 60)}", f" Unit {random.randint(2, 60)}", f" #{random.randint(2, 60)}")) if unit else ""
    return f"{random.randint(5, 9800)} {street}{u}, {city} {z}"


def eadr() -> str:
    return random.choice((ea_any, eaddr5, eaddr5))()


ENG_KADDR2 = [
    ("Jong-ro", "Jongno-gu, Seoul", "03154"),
    ("Gwangbok-ro", "Jung-gu, Busan", "48953"),
    ("Sangmu-daero", "Seo-gu, Gwangju", "61963"),
    ("Gukchaebosang-ro", "Jung-gu, Daegu", "41911"),
    ("Gyeongin-ro", "Guro-gu, Seoul", "08215"),
    ("Yeonhui-ro", "Seodaemun-gu, Seoul", "03722"),
]


def kaddr_en2(unit: bool = False) -> str:
    """A Korean road-name address in English order from a second list (unit first when there is one)."""
    road, rest, z = random.choice(ENG_KADDR2)
    u = f"#{random.randint(2, 19)}0{random.randint(1, 8)}, " if unit else ""
    return f"{u}{random.randint(4, 380)} {road}, {rest} {z}"


LOCALS6 = "dahee.woo seojun_kr jinah0915 hwan.k.kim yeji.b2 minkyu_p ara.seol0704 gunwoo1988 soyul.t jihye_han.work".split()


def email6(local: str | None = None) -> str:
    return f"{local or random.choice(LOCALS6)}@{random.choice(MAILDOM5)}"


def kmail() -> str:
    """Any Korean personal e-mail address, the sixth local-part list included."""
    return random.choice((km, email6, email6))()


KCORP = ["hanbit-logis.co.kr", "daon-soft.kr", "mirae-fnc.co.kr", "saerom-med.or.kr", "gaon-edu.kr", "nuri-tech.io"]


def kwork(local: str | None = None) -> str:
    """A work e-mail address at a Korean company."""
    return f"{local or random.choice(LOCALS6 + LOCALS5)}@{random.choice(KCORP)}"


CORPDOM3 = ["pinecrest-mutual.com", "lodestar-health.org", "copperleaf.law", "ambergate.co.uk", "wildfern-hr.com", "bluepeak-insure.com"]


def cmail3(name: str) -> str:
    return mail_of(name, random.choice(CORPDOM3), random.choice((".", "_", "")))


def anymob() -> str:
    """A mobile number in any everyday Korean style."""
    r = random.random()
    if r < 0.6:
        return mob()
    if r < 0.75:
        return mob(" ")
    if r < 0.85:
        return mob("")
    if r < 0.93:
        return mob(".")
    return intl(random.choice(("-", " ")))


def card_any() -> str:
    return random.choice((anycard, anycard, card16))()


def hi_ok() -> str:
    """A health-insurance card number whose four-digit groups have no leading zero."""
    while True:
        h = hi()
        if h[3] != "0" and h[7] != "0":
            return h


KATAKANA_NAMES = [
    ("김민준", "キム・ミンジュン"),
    ("이서연", "イ・ソヨン"),
    ("박지호", "パク・チホ"),
    ("최하은", "チェ・ハウン"),
    ("정도윤", "チョン・ドユン"),
    ("강수아", "カン・スア"),
    ("윤재훈", "ユン・ジェフン"),
    ("한예린", "ハン・イェリン"),
]


# ---------------------------------------------------------------- disguise helpers, written for this set
def keycaps(s: str) -> str:
    """Every digit as a keycap emoji (digit, U+FE0F, U+20E3); other characters kept."""
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def jamo_zero_one(s: str) -> str:
    """0 written as the jamo ㅇ and 1 as the vowel ㅣ (chat style); other characters kept."""
    return s.replace("0", "ㅇ").replace("1", "ㅣ")


RADIO = {"0": "공", "1": "하나", "2": "둘", "3": "삼", "4": "넷", "5": "오", "6": "여섯", "7": "칠", "8": "팔", "9": "아홉"}


def radio(s: str) -> str:
    """Digits read out in the Korean military radio convention, groups separated by ' / '."""
    return " / ".join(" ".join(RADIO[c] for c in g) for g in s.split("-"))


SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
DOUBLE = str.maketrans("0123456789", "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡")
HANJA_NUM = str.maketrans("0123456789", "〇一二三四五六七八九")


def as_quantity(d11: str) -> str:
    """An eleven-digit number written as a quantity with 억 and 만 (512억 3,456만 7,890)."""
    return f"{int(d11[:3])}억 {int(d11[3:7]):,}만 {int(d11[7:]):,}"


CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]


def jamo_parts(s: str) -> list[str]:
    """Each Hangul syllable as its compatibility jamo (initial, medial, final when there is one)."""
    out: list[str] = []
    for ch in s:
        code = ord(ch) - 0xAC00
        assert 0 <= code < 11172, ch
        out += [CHO[code // 588], JUNG[(code % 588) // 28]]
        if JONG[code % 28]:
            out.append(JONG[code % 28])
    return out


KEYS = dict(
    zip(
        list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ"),
        "r R s e E f a q Q t T d w W c z x v g k o i O j p u P h hk ho hl y n nj np nl b m ml l rt sw sg fr fa fq ft fx fv fg qt".split(),
        strict=True,
    )
)


def english_mode(s: str) -> str:
    """Hangul typed with the IME left in English mode on a 두벌식 keyboard (김민준 -> rlaalswns)."""
    return "".join(KEYS[j] for j in jamo_parts(s))


HLETTER = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트".split(),
        strict=True,
    )
)
HDIGIT = dict(zip("0123456789", "공 일 이 삼 사 오 육 칠 팔 구".split(), strict=True))
HDOMAIN = {
    "naver.com": "네이버 닷컴",
    "daum.net": "다음 닷넷",
    "gmail.com": "지메일 닷컴",
    "kakao.com": "카카오 닷컴",
    "nate.com": "네이트 닷컴",
    "hanmail.net": "한메일 닷넷",
}


def dictated(mail: str) -> str:
    """An e-mail address as a speech-to-text transcript writes it: Hangul letter names, 점, 언더바, 골뱅이."""
    local, dom = mail.split("@")
    words = []
    for c in local:
        words.append(HLETTER.get(c) or HDIGIT.get(c) or {".": "점", "_": "언더바"}[c])
    return " ".join(words) + " 골뱅이 " + HDOMAIN[dom]


CYR = str.maketrans("aeocpxy", "аеосрху")
LEET = str.maketrans("aeiostAEIOST", "431057431057")
SMALLCAPS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ")
NATO = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec "
        "Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split(),
        strict=True,
    )
)


def nato(name: str) -> str:
    """A name spelled in the NATO alphabet, words of the name separated by ' / '."""
    return " / ".join(" ".join(NATO[c] for c in w.lower() if c.isalpha()) for w in name.split())


def bold_script(s: str) -> str:
    """Letters in MATHEMATICAL BOLD SCRIPT (the 'fancy text' generators' favourite)."""
    return "".join(
        chr(0x1D4D0 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D4EA + ord(c) - 97) if "a" <= c <= "z" else c for c in s
    )


FLIP = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀΌꓤSꓕ∩ΛMX⅄Z",
)


def upside_down(s: str) -> str:
    """Text turned upside down: each letter flipped, the whole string reversed."""
    return s.translate(FLIP)[::-1]


BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", strict=True))


def braille(s: str) -> str:
    """Grade-1 English Braille cells, ⠠ before a capital, words separated by a space."""
    return " ".join("".join(("⠠" if c.isupper() else "") + BRAILLE[c.lower()] for c in w) for w in s.split())


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words_below_100(n: int) -> str:
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")


def house_words(n: int) -> str:
    """A house number in words, title case (4217 -> Four Thousand Two Hundred Seventeen)."""
    parts = []
    if n >= 1000:
        parts.append(f"{ONES[n // 1000]} thousand")
    if n % 1000 >= 100:
        parts.append(f"{ONES[(n % 1000) // 100]} hundred")
    if n % 100:
        parts.append(words_below_100(n % 100))
    return " ".join(parts).title()


KEYPAD = {c: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}.items() for c in letters}


def ip_ec2(ip: str) -> str:
    return ip.replace(".", "-")


def ip_signed_bytes(ip: str) -> str:
    return ", ".join(str(int(o) - 256 if int(o) > 127 else int(o)) for o in ip.split("."))


def ascii_hex(s: str) -> str:
    return s.encode("ascii").hex()


def mojibake(name: str) -> str:
    """A Korean name encoded as EUC-KR and read back as Latin-1 (the classic broken-CSV look)."""
    return name.encode("euc-kr").decode("latin-1")


def tpl(s: str, **kw: str) -> str:
    """Fill «key» placeholders (used where the case text is full of braces)."""
    for k, v in kw.items():
        s = s.replace(f"«{k}»", v)
    assert "«" not in s, s
    return s


YOUNG_M = (
    "민준 지호 도윤 예준 시우 주원 지훈 건우 현우 준서 유준 정우 승현 태윤 하준 은우 로운 시윤 유찬 도현 민재 준혁 "
    "승우 태민 준우 태오 지성 재윤 우진 연우 준영 윤호 민혁 성훈 이준 주안 서후"
).split()
YOUNG_F = (
    "서연 하은 수아 지우 서윤 하린 채원 윤서 다은 예린 수빈 소율 지아 가은 나연 서아 지안 이서 아린 채은 소윤 예서 "
    "다인 지유 유나 예나 시아 나은 린아 세아 채윤 라희 서하 은채 소은 예지 가윤 하율 로아 세린 예솔 은솔 채린"
).split()
MID_M = "동현 성민 재훈 종민 세훈 진영 석진 상욱 경태 인호 원석 재석 창호 태식 희철 영철 대성 준호 병호 성훈".split()
MID_F = "혜진 은지 미경 보경 혜원 경아 수정 정란 연경 수연 선영 은희 미옥 현숙 명숙 지영 영숙 정숙".split()
OLD_M = (
    "영수 상철 광호 병철 기석 영길 덕수 용만 판석 칠성 용팔 봉춘 갑수 만복 봉수 창수 두식 만식 종철 정남 만수 동춘 춘식 "
    "만길 상만 봉남 복만 정배 무송"
).split()
OLD_F = (
    "순자 말순 경자 정희 옥순 춘자 영자 복순 금례 점례 기순 향숙 말자 순덕 명자 금순 옥자 해숙 길례 순임 복희 귀순 "
    "말년 옥희 삼순 경순 옥분 순례 갑순 덕자 용순 칠순 삼례"
).split()
GENERATION = {"young_m": YOUNG_M, "young_f": YOUNG_F, "mid_m": MID_M, "mid_f": MID_F, "old_m": OLD_M, "old_f": OLD_F}


def sur_of(name: str) -> str:
    return name[:2] if name[:2] in COMPOUND_SUR else name[:1]


def kg(gen: str, sur: str | None = None, avoid: tuple[str, ...] = ()) -> str:
    """A Korean full name whose given name fits a generation and sex ('young_f', 'mid_m', 'old_f'...), with the
    surname given (a child or parent sharing it) or drawn (now and then a rare one); never a common word or a
    famous name, never inside or around a name in `avoid`, never sharing a given name with one."""
    while True:
        s = sur or (random.choice(KSUR_RARE + KSUR_RARE2) if random.random() < 0.15 else random.choice(KSUR))
        n = s + random.choice(GENERATION[gen])
        if n in COMMON_WORDS or n in FAMOUS:
            continue
        if all(n not in o and o not in n and giv(n) != giv(o) for o in avoid):
            return n


# ---------------------------------------------------------------- the inline-mark case writer (copied unchanged from the twenty-seventh, its lines 1511-1554)
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
    L = "ko"
    # 1 병무청: 병역판정검사 일자 변경 상담
    n = kg("young_m")
    put(L, P, f"병무청 민원상담 메모를 상담일지 양식으로 정리해 주세요.\n- 병역의무자: ⟦PER:{n}⟧ / 주민번호 ⟦RRN:{rrx(2004, 2006, female=False)}⟧\n- 연락처: ⟦PH:{mob()}⟧\n- 요청: 병역판정검사 일자 변경 (기말고사와 겹침, 희망일 다음 달 둘째 주 이후)\n- 처리: 본인 확인 후 1회 변경 가능 안내, 결과는 문자로 통보 예정")
    # 2 부대 행정보급관: 휴가 중 사고 경위서
    a = kg("young_m")
    b = kg("mid_m", sur_of(a), (a,))
    put(L, P, f"중대 행정보급관입니다. 아래 경위서 초안을 보고서 문체로 다듬어 주세요.\n\n일병 ⟦PER:{a}⟧은(는) 정기휴가 3일 차에 본가(⟦LOC:{kaddr6('apt')}⟧) 인근 횡단보도에서 자전거와 접촉하여 우측 발목 염좌 진단을 받음. 부친 ⟦PER:{b}⟧(⟦PH:{mob()}⟧)이 당일 19시경 중대 당직실로 유선 보고하였고, ⟦PER:{giv(a)}⟧ 일병은 복귀일 변경 없이 의무대 진료 예정임.")
    # 3 구청 민방위: 교육 불참 사유서 접수
    n = kq()
    put(L, P, f"민방위 대원 불참 사유서가 팩스로 들어왔는데 내용 요약 좀 해 주세요.\n\n성명 ⟦PER:{n}⟧ / 주소 ⟦LOC:{ka()}⟧ / 휴대전화 ⟦PH:{anymob()}⟧\n사유: 해외 출장(현장 설치 감독)으로 집합교육 참석 불가, 출장명령서와 여권(⟦PASS:{pp()}⟧) 사본 첨부. 사이버교육 대체 희망.")
    # 4 지구대: 습득물 인계 (체크카드)
    finder, owner = kqs(2)
    put(L, P, f"습득물 접수 보고 문장 정리 부탁합니다.\n\n오늘 14:20 시민 ⟦PER:{finder}⟧(⟦PH:{mob()}⟧) 씨가 버스정류장 벤치에서 지갑을 습득하여 지구대에 인계함. 지갑 안에 체크카드 1매(카드번호 ⟦CARD:{anycard()}⟧, 명의 ⟦PER:{owner}⟧)와 현금 3만 원이 있었음. 카드사 통해 명의인에게 연락 요청 예정.")
    # 5 경찰서 교통조사계: 교통사고 사실확인원
    n = kq()
    put(L, P, f"교통사고 사실확인원 발급 신청서 내용 맞는지 봐주세요.\n신청인: ⟦PER:{n}⟧\n주민등록번호: ⟦RRN:{rrx(1968, 1990)}⟧\n운전면허번호: ⟦DLIC:{dl(named=True)}⟧\n사고일시: 지난달 18일 07:40경, 장소: 시청 사거리\n용도: 보험사 제출용")
    # 6 112 신고 처리 결과 회신 문자
    n = kq()
    put(L, P, f"112 신고 처리 결과 회신 문자 초안입니다. 너무 딱딱하지 않게 고쳐 주세요.\n\n\"⟦PER:{n}⟧님, 어제 22시 접수하신 층간소음 신고(⟦LOC:{kaddr_any()}⟧) 관련하여 현장 출동 후 해당 세대에 주의 조치하였습니다. 추가 피해 시 ⟦PH:{mob()}⟧ 담당 경사에게 바로 연락 주세요.\"")
    # 7 중학교 학교폭력 전담기구 회의록
    s1 = kid()
    s2 = kid((s1,))
    p1 = kg(random.choice(("mid_m", "mid_f")), sur_of(s1), (s1, s2))
    p2 = kg(random.choice(("mid_m", "mid_f")), sur_of(s2), (s1, s2, p1))
    put(L, P, f"학교폭력 전담기구 회의록 요약본을 만들어야 해요. 아래 메모를 표로 정리해 주세요.\n\n관련 학생: 2학년 3반 ⟦PER:{s1}⟧, 2학년 5반 ⟦PER:{s2}⟧\n보호자: ⟦PER:{p1}⟧(⟦PH:{mob()}⟧), ⟦PER:{p2}⟧(⟦PH:{mob()}⟧)\n사안: 단체 대화방 내 따돌림 의심, 양측 진술서 제출 완료\n결정: 학교장 자체해결 요건 검토, 보호자 동의 여부 다음 주 확인")
    # 8 교육지원청: 신규 교사 급여계좌 등록
    fem = random.random() < 0.6
    n = kg("young_f" if fem else "young_m")
    bank, ac = anyacct()
    put(L, P, f"신규 임용 교사 급여 등록 요청 메일 정리해주세요.\n\n안녕하세요, 3월 1일자 신규 임용된 ⟦PER:{n}⟧입니다. 급여 계좌를 {bank}은행 ⟦ACC:{ac}⟧로 등록 부탁드립니다. 주민등록번호는 ⟦RRN:{rrx(1996, 1999, female=fem)}⟧이고 연락은 ⟦MAIL:{kmail()}⟧로 주시면 됩니다.")
    # 9 고등학교: 수학여행 여행자보험 가입 명단
    st: list[str] = []
    for _ in range(3):
        st.append(kg(random.choice(("young_m", "young_f")), avoid=tuple(st)))
    put(L, P, "수학여행 여행자보험 가입 명단인데 보험사 양식(성명, 주민번호 순)으로 바꿔 주세요.\n" + "\n".join(f"{i + 1}. 2-4 ⟦PER:{s}⟧ ⟦RRN:{kids_rrn(2008)}⟧" for i, s in enumerate(st)) + "\n※ 주민번호 뒷자리 확인 완료, 제출 기한 금요일")
    # 10 대학 생활관: 입사 서류 확인
    n = kg(random.choice(("young_m", "young_f")))
    par = kg(random.choice(("mid_m", "mid_f")), sur_of(n), (n,))
    put(L, P, f"생활관 입사 서류 누락 안내 메일을 써야 합니다.\n학생: ⟦PER:{n}⟧ (경영학과 1학년), 본인 ⟦PH:{mob()}⟧, 보호자 ⟦PER:{par}⟧ ⟦PH:{mob()}⟧\n주소지: ⟦LOC:{jb()}⟧\n누락 서류: 결핵 검진 결과서, 건강보험증 사본(증번호 ⟦HINS:{hi()}⟧ 확인 필요)")
    # 11 교육청: 검정고시 응시원서
    n = kq()
    put(L, P, f"검정고시 응시원서 검토 결과 회신해야 해요.\n\n응시자 ⟦PER:{n}⟧ (⟦RRN:{rrx(1979, 1988)}⟧) / 주소 ⟦LOC:{ka()}⟧\n사진 규격 미달로 재제출 필요, 접수 마감 전까지 방문 또는 등기 제출 가능하다고 안내해 주세요.")
    # 12 병원 원무과: 외래 예약 변경 문자
    n = kq()
    put(L, P, f"⟦PER:{n}⟧ 환자분 외래 예약이 교수님 학회 일정으로 변경돼서 문자 보내려고 합니다. 번호 ⟦PH:{mob()}⟧, 기존 목요일 오전 10시 → 다음 주 월요일 오후 2시 30분. 정중하게 한 문단으로 써 주세요.")
    # 13 응급실 인계장
    pt = kg("old_f")
    gd = kg("mid_m", avoid=(pt,))
    put(L, P, f"응급실 야간 인계 메모 정리 부탁해요.\n- 환자: ⟦PER:{pt}⟧ ({random.randint(70, 88)}세 여), 주민번호 ⟦RRN:{rrx(1937, 1955, female=True)}⟧\n- 건강보험 ⟦HINS:{hid()}⟧\n- C.C: 어지러움, 낙상 후 좌측 고관절 통증\n- 보호자: 아들 ⟦PER:{gd}⟧ ⟦PH:{mob()}⟧ (도착 예정 02시)\n- Plan: Hip X-ray, 정형외과 consult")
    # 14 보건소: 장기기증 희망등록
    n = kq()
    put(L, P, f"장기·조직기증 희망등록 신청서 입력 전 확인 좀 해 주세요.\n성명: ⟦PER:{n}⟧\n주민등록번호: ⟦RRN:{rrx(1980, 1998)}⟧\n주소: ⟦LOC:{ka()}⟧\n이메일: ⟦MAIL:{kmail()}⟧\n등록 구분: 뇌사 시 장기기증, 사후 각막 기증")
    # 15 보건소: 영유아 예방접종 기록 조회
    mom = kg(random.choice(("young_f", "mid_f")))
    baby = kid((mom,))
    put(L, P, f"예방접종 내역 조회 요청 응대 메모입니다.\n어머니 ⟦PER:{mom}⟧ 님(⟦PH:{mob()}⟧)이 아이 ⟦PER:{baby}⟧(⟦RRN:{kids_rrn(2022)}⟧)의 MMR 2차 접종 기록이 누락됐다고 문의. 위탁의료기관 전산 입력 지연으로 보이며 확인 후 회신 예정.")
    # 16 보건소: 난임시술비 지원 신청
    h = kg("mid_m")
    w = kg("mid_f", avoid=(h,))
    bank, ac = anyacct()
    put(L, P, f"난임부부 시술비 지원 신청 서류 검토 내용 정리해 주세요.\n부: ⟦PER:{h}⟧ ⟦RRN:{rrx(1984, 1990, female=False)}⟧\n모: ⟦PER:{w}⟧ ⟦RRN:{rrx(1986, 1992, female=True)}⟧\n지원금 입금 계좌: {bank} ⟦ACC:{ac}⟧ (예금주 ⟦PER:{w}⟧)\n모 건강보험증 번호 ⟦HINS:{hi()}⟧, 건강보험료 본인부담금 기준 충족, 진단서 유효기간 확인 필요")
    # 17 회사 인사팀: 건강보험 피부양자 취득 신고
    emp = kg(random.choice(("mid_m", "mid_f")))
    dep = kg("old_f", avoid=(emp,))
    put(L, P, f"피부양자 자격취득 신고 요청 메일 답장 써 주세요.\n\n팀장님, 이번에 모친 ⟦PER:{dep}⟧(⟦RRN:{rrx(1950, 1958, female=True)}⟧)을 제 건강보험 피부양자로 올리려고 합니다. 제 건강보험증 번호는 ⟦HINS:{hi()}⟧입니다. 가족관계증명서는 내일 제출하겠습니다. - ⟦PER:{emp}⟧ 드림")
    # 18 요양병원: 외박 신청서
    pt = kg(random.choice(("old_m", "old_f")))
    gd = kg("mid_f", avoid=(pt,))
    put(L, P, f"요양병원 외박 신청서를 간호기록에 옮길 수 있게 정리해 주세요.\n환자명 ⟦PER:{pt}⟧ / 환자 건강보험증 ⟦HINS:{hid()}⟧ / 외박 기간 토~일 1박 / 체류지 ⟦LOC:{kaddr_any()}⟧ / 인솔 보호자 ⟦PER:{gd}⟧(딸) ⟦PH:{land(area_of('서울'))}⟧, ⟦PH:{mob()}⟧ / 복용약 2일분 지참")
    # 19 은행 창구: 대여금고 신규 계약
    n = kq()
    put(L, P, f"대여금고 신규 계약 체크리스트 작성 도와주세요.\n- 고객 ⟦PER:{n}⟧, 실명번호 ⟦RRN:{rrx(1958, 1975)}⟧\n- 신분증: 운전면허증 ⟦DLIC:{dl(named=True)}⟧\n- 이용료 출금계좌 ⟦ACC:{acct('우리')}⟧\n- 비상연락처 ⟦PH:{mob()}⟧\n- 금고 규격 중형, 연 이용, 열쇠 2개 수령 서명 완료")
    # 20 은행 외환: 해외송금 수취인 정보 변경
    n = kq()
    rc = anyhf2()
    put(L, P, f"해외송금 정정 요청 건 처리 메모입니다.\n송금인 ⟦PER:{n}⟧(여권번호 ⟦PASS:{pp()}⟧), 출금계좌 ⟦ACC:{acct('하나')}⟧\n수취인 ⟦PER:{rc}⟧ 이름 철자 오류로 정정 요청, 중계은행 수수료 발생 가능 고지함.")
    # 21 카드사 상담: 분실 신고 및 재발급
    n = kq()
    put(L, P, f"카드 분실 신고 상담 이력 요약해줘.\n고객 ⟦PER:{n}⟧, 본인 확인 휴대폰 ⟦PH:{anymob()}⟧\n분실 카드 ⟦CARD:{card_any()}⟧ 즉시 사용정지 처리\n재발급 카드 수령지: ⟦LOC:{ka()}⟧\n최근 3일 해외 승인 시도 2건 있음 → 부정사용 조사팀 이관")
    # 22 저축은행: 연체 안내 문자
    n = kq()
    put(L, P, f"⟦PER:{n}⟧ 고객님께 보낼 연체 안내 문자 다듬어 주세요. 내용: 이번 달 25일 약정일 이자 미납, 가상계좌 아니고 본인 명의 상환계좌 ⟦ACC:{acct(random.choice(['농협', '새마을금고', '신협']))}⟧에 잔액을 채워 주시면 자동 출금됩니다. 문의는 여신관리팀.")
    # 23 은행: 주택청약종합저축 해지
    n = kq()
    put(L, P, f"청약통장 해지 상담 기록입니다. 고객 ⟦PER:{n}⟧(⟦RRN:{rrx(1970, 1985)}⟧)이 당첨 이력 없이 해지 요청, 해지 시 납입 인정회차 소멸 안내함. 해지금 입금 계좌 ⟦ACC:{acct('국민')}⟧. 민원 소지 있으니 안내 문구 정리 부탁.")
    # 24 학원: CMS 자동이체 출금동의
    par = kq()
    put(L, P, f"CMS 출금동의서 내용을 이용기관 시스템에 옮기려고 합니다. 표로 정리해 주세요.\n이용기관: 늘품수학학원 (사업자등록번호 ⟦BRN:{bz()}⟧)\n납부자: ⟦PER:{par}⟧ / 출금은행 카카오뱅크 / 계좌 ⟦ACC:{acct('카카오뱅크')}⟧\n납부자 연락처: ⟦PH:{mob()}⟧\n출금일: 매월 10일, 금액 32만 원")
    # 25 증권사: IRP 이전 신청
    n = kq()
    put(L, P, f"IRP 계좌 이전 신청 접수 내용 확인 부탁드립니다.\n가입자 ⟦PER:{n}⟧ / 생년월일 포함 실명번호 ⟦RRN:{rrx(1966, 1978)}⟧ / 연락처 ⟦PH:{mob()}⟧\n이전 받을 계좌: 신한은행 IRP ⟦ACC:{acct('신한')}⟧\n이전 사유: 수익률 불만, 상담 시 해지 아닌 이전임을 재확인함")
    # 26 고용센터: 외국인 근로자 출국만기보험 청구
    w = anyhf2()
    put(L, P, f"출국만기보험 청구 서류 안내 문자를 쉬운 한국어로 써 주세요.\n근로자: ⟦PER:{w}⟧ / 외국인등록번호 ⟦ARN:{arx(1988, 1999)}⟧ / 휴대전화 ⟦PH:{mob()}⟧\n사업장: (주)한결정밀 (사업자번호 ⟦BRN:{bz()}⟧, 법인등록번호 ⟦CRN:{crx()}⟧)\n수령 계좌: 국민은행 ⟦ACC:{acct('국민')}⟧\n출국 예정일 확인서 필요")
    # 27 행정사: 체류기간 연장 허가 신청
    w = anyhf2()
    put(L, P, f"체류기간 연장 신청서 작성 전 고객 정보 정리한 것입니다. 빠진 서류 있는지 봐주세요.\n- 성명: ⟦PER:{w}⟧\n- 외국인등록번호: ⟦ARN:{arx(1990, 2001)}⟧\n- 체류지: ⟦LOC:{ka()}⟧\n- 연락처: ⟦PH:{mob()}⟧\n- 체류자격 E-9, 사업장 변경 이력 1회")
    # 28 가족센터: 다문화가족 방문교육 신청
    wife = anyhf2()
    hus = kq()
    put(L, P, f"방문교육 신청 접수 내용을 방문지도사 배정표에 옮겨 주세요.\n결혼이민자 ⟦PER:{wife}⟧ (⟦ARN:{arx(1994, 2002)}⟧), 배우자 ⟦PER:{hus}⟧, 연락처 ⟦PH:{mob()}⟧\n주소 ⟦LOC:{jb()}⟧\n희망: 한국어교육 주 2회 오전, 자녀 생활지도 병행")
    # 29 구청 여권과: 분실 여권 재발급
    n = kq()
    put(L, P, f"여권 분실 재발급 민원 처리 메모 정리해 주세요. 신청인 ⟦PER:{n}⟧(⟦RRN:{rrx(1975, 1995)}⟧), 분실 여권번호 ⟦PASS:{pp_new()}⟧ 분실신고 처리함. 최근 5년 내 2회 분실로 사유서 추가 제출, 연락처 ⟦PH:{mob()}⟧.")
    # 30 세관: 유치품 반환
    n = kq()
    put(L, P, f"세관 유치품 반환 안내 답변서 초안 다듬어줘요.\n\n⟦PER:{n}⟧ 님(여권 ⟦PASS:{pp()}⟧)께서 입국 시 유치하신 물품(주류 3병)은 보관 기간 내 출국 시 반환 가능합니다. 반환 희망일 하루 전까지 ⟦PH:{mob()}⟧로 연락드린 담당자에게 출국 항공편을 알려 주세요.")
    # 31 세무서: 근로장려금 신청 상담
    n = kq()
    bank, ac = anyacct()
    put(L, P, f"근로장려금 반기 신청 상담 내용입니다. 안내 문자로 요약해 주세요. 신청자 ⟦PER:{n}⟧, 주민번호 ⟦RRN:{rrx(1960, 1972)}⟧, 환급 계좌 {bank} ⟦ACC:{ac}⟧. 재산 요건 충족 여부는 전세보증금 확인 후 결정.")
    # 32 회사 경영지원팀: 연말정산 부양가족 명세
    emp = kg("mid_m")
    fa = kg("old_m", sur_of(emp), (emp,))
    mo = kg("old_f", avoid=(emp, fa))
    ch = kg(random.choice(("young_m", "young_f")), sur_of(emp), (emp, fa, mo))
    put(L, P, f"연말정산 부양가족 명세를 표로 만들어 주세요.\n근로자 ⟦PER:{emp}⟧\n- 부 ⟦PER:{fa}⟧ ⟦RRN:{rrx(1948, 1955, female=False)}⟧ (경로우대)\n- 모 ⟦PER:{mo}⟧ ⟦RRN:{rrx(1950, 1957, female=True)}⟧\n- 자녀 ⟦PER:{ch}⟧ ⟦RRN:{kids_rrn(2015)}⟧\n의료비 공제는 부 ⟦PER:{fa}⟧ 님 것만 신청")
    # 33 세무사 사무실: 종합소득세 경정청구
    n = kq()
    put(L, P, f"경정청구서 첨부 메모입니다. 고객 ⟦PER:{n}⟧(⟦RRN:{rrx(1972, 1988)}⟧), 사업자등록번호 ⟦BRN:{bz()}⟧, 업종 통신판매업. 기부금 영수증 누락분 반영, 환급 계좌는 ⟦ACC:{acct('기업')}⟧. 청구 사유 문장 정리해 주세요.")
    # 34 세무서: 사업장 이전 정정신고
    n = kq()
    old, new = kaddr_any(), kaddr6("room")
    put(L, P, f"사업자등록 정정신고(사업장 이전) 처리 결과 통지문 초안 부탁합니다.\n대표자 ⟦PER:{n}⟧ / 등록번호 ⟦BRN:{bz()}⟧\n종전 사업장: ⟦LOC:{old}⟧\n이전 사업장: ⟦LOC:{new}⟧\n임대차계약서 확인 완료, 관할 세무서 변경 없음")
    # 35 법무사: 법인 설립 등기 완료 안내
    rep = kq()
    put(L, P, f"법인설립 등기 완료 안내 메일 다듬어 주세요.\n\n⟦PER:{rep}⟧ 대표님, 주식회사 도담푸드 설립등기가 완료되었습니다. 법인등록번호는 ⟦CRN:{crx()}⟧입니다. 본점 소재지는 ⟦LOC:{kaddr6('floorroom')}⟧로 등기되었고, 사업자등록 신청은 내일 진행하겠습니다.")
    # 36 조달청 나라장터: 입찰참가자격 등록
    rep = kq()
    mgr = kq()
    put(L, P, f"나라장터 입찰참가자격 등록 신청서 검토 의견 써 주세요.\n상호: (주)새론이엔지\n사업자등록번호: ⟦BRN:{bz()}⟧\n법인등록번호: ⟦CRN:{crx()}⟧\n대표자: ⟦PER:{rep}⟧\n입찰 담당자: ⟦PER:{mgr}⟧ 과장 / ⟦PH:{land('031')}⟧ / ⟦MAIL:{kwork()}⟧\n공장등록증 유효기간 확인 필요")
    # 37 군청: 보조금 교부 신청서 검토
    n = kq()
    put(L, P, f"보조금 교부신청서 검토 결과를 내부 결재용으로 요약해 주세요. 보조사업자: 하람마을 영농조합법인(법인등록번호 ⟦CRN:{crx()}⟧), 대표 ⟦PER:{n}⟧, 보조금 전용계좌 ⟦ACC:{acct('농협')}⟧. 자부담 증빙 미흡으로 보완 요청 예정.")
    # 38 자원봉사센터: 봉사시간 인증 누락
    vs = kqs(3)
    phs = [mob() for _ in vs]
    put(L, P, "지난 주말 하천 정화 봉사 실적이 1365에 누락된 분들입니다. 일괄 입력 요청 공문 붙임 명단으로 정리해 주세요.\n" + "\n".join(f"⟦PER:{v}⟧ / ⟦PH:{p}⟧ / 4시간" for v, p in zip(vs, phs, strict=True)))
    # 39 선관위: 투표사무원 위촉
    n = kq()
    put(L, P, f"투표사무원 위촉 동의서 내용 확인 부탁드립니다. 성명 ⟦PER:{n}⟧, 주민등록번호 ⟦RRN:{rrx(1965, 1990)}⟧, 수당 입금 계좌 ⟦ACC:{acct('우체국')}⟧(우체국), 휴대전화 ⟦PH:{mob()}⟧. 사전투표 첫날 배치 희망.")
    # 40 동 주민센터: 통장 임명 추천서
    n = kq()
    put(L, P, f"통장 임명 추천서 내용으로 임명장 발급 대장 한 줄 만들어 주세요. 12통 통장 후보 ⟦PER:{n}⟧, 주소 ⟦LOC:{kaddr6('apt')}⟧, 연락처 ⟦PH:{mob()}⟧, 거주기간 9년, 임기 2년.")
    # 41 구청 청소행정과: 대형폐기물 배출 신고
    n = kq()
    put(L, P, f"대형폐기물 수거 일정 변경 안내 문자를 써야 합니다. 신고인 ⟦PER:{n}⟧, 배출 장소 ⟦LOC:{kaddr_any()}⟧ 1층 출입구 옆, 품목 장롱 1, 매트리스 1. 수거일이 목요일에서 금요일로 변경. 연락처 ⟦PH:{mob()}⟧.")
    # 42 시청 교통과: 과태료 의견진술
    n = kq()
    put(L, P, f"주정차 위반 과태료 의견진술서 접수 내용 정리 좀.\n진술인 ⟦PER:{n}⟧, 운전면허 ⟦DLIC:{dl()}⟧, 주소 ⟦LOC:{ka()}⟧\n내용: 환자 이송 중 약국 앞 2분 정차, 처방전 및 약국 영수증 첨부\n검토 의견: 긴급 사유 인정 여부 판단 필요")
    # 43 도로교통공단: 적성검사 연기
    n = kq()
    put(L, P, f"면허 적성검사 연기 신청 답변입니다. 문장 다듬어 주세요.\n\n⟦PER:{n}⟧ 님, 해외 체류(⟦DLIC:{dl(named=True)}⟧ 면허) 사유로 신청하신 적성검사 연기가 승인되었습니다. 귀국 후 3개월 이내 가까운 운전면허시험장에서 검사를 받으시면 됩니다. 문의 회신은 ⟦MAIL:{kmail()}⟧로 드렸습니다.")
    # 44 차량등록사업소: 자동차 이전등록
    s_, b_ = kqs(2)
    put(L, P, f"자동차 이전등록 신청서 검토용으로 양도인·양수인 정보 나눠서 정리해 주세요.\n양도인 ⟦PER:{s_}⟧ ⟦RRN:{rrx(1960, 1980)}⟧\n양수인 ⟦PER:{b_}⟧ ⟦RRN:{rrx(1985, 1999)}⟧, 사용본거지 ⟦LOC:{ka()}⟧\n양수인 운전면허 ⟦DLIC:{dl()}⟧\n책임보험 가입 확인 완료")
    # 45 구청 동물보호팀: 개 물림 사고 민원
    n = kq()
    put(L, P, f"개 물림 사고 민원 회신문 써야 해요. 민원인 ⟦PER:{n}⟧(⟦PH:{mob()}⟧)은 ⟦LOC:{jb()}⟧ 자택 앞에서 목줄 없는 개에게 종아리를 물림. 견주 확인되어 과태료 부과 절차 진행 중이라고 안내해 주세요.")
    # 46 구청 재난안전과: 화재 피해 주민 임시주거 지원
    n = kq()
    bank, ac = anyacct()
    put(L, P, f"화재 피해 세대 긴급지원 지급 결의서 적요 작성 도와주세요. 피해자 ⟦PER:{n}⟧, 피해 주택 ⟦LOC:{kaddr6('apt')}⟧, 임시주거비 입금계좌 {bank} ⟦ACC:{ac}⟧, 연락처 ⟦PH:{mob()}⟧. 숙박시설 7일분.")
    # 47 해양경찰 파출소: 해수욕장 미아 보호
    par = kg("mid_m")
    ch = kid((par,))
    ch = sur_of(par) + giv(ch)
    put(L, P, f"해수욕장 미아 보호 일지 정리 부탁합니다. 15:10 3번 망루 앞에서 울고 있던 아동 ⟦PER:{ch}⟧(7세) 보호 조치, 안내방송 후 15:32 아버지 ⟦PER:{par}⟧(⟦PH:{mob()}⟧) 인계 완료. 신분 확인은 가족관계 앱 화면으로 함.")
    # 48 교도소 민원실: 접견 예약
    v, inmate = kqs(2)
    put(L, P, f"일반접견 예약 확인 문자 보내려는데 틀린 데 없는지 봐주세요.\n\"⟦PER:{v}⟧님, ⟦PER:{inmate}⟧ 수용자와의 접견이 목요일 10:30으로 예약되었습니다. 신분증 지참, 20분 전 도착. 예약자 번호 ⟦PH:{mob()}⟧\"\n접견인 주민번호 ⟦RRN:{rrx(1960, 1995)}⟧ 조회 완료")
    # 49 보호관찰소: 주거지 변경 신고
    n = kq()
    put(L, P, f"보호관찰 대상자 주거이전 신고 처리 보고서 요약해 주세요. 대상자 ⟦PER:{n}⟧, 변경 주거지 ⟦LOC:{ka()}⟧, 연락처 ⟦PH:{mob()}⟧, 변경 사유 직장 이전. 다음 면담일 월요일 14시.")
    # 50 법률구조공단: 상담 신청 접수
    n = kq()
    put(L, P, f"법률상담 신청서 요약입니다.\n신청인 ⟦PER:{n}⟧ / 연락처 ⟦PH:{anymob()}⟧ / 이메일 ⟦MAIL:{kmail()}⟧ / 주소 ⟦LOC:{ka()}⟧\n상담 분야: 임금체불 아닌 보증금 반환(임대인 연락 두절)\n소득 기준 확인 서류 미제출 → 보완 안내 필요")
    # 51 국민연금공단: 외국인 반환일시금
    w = anyhf2()
    put(L, P, f"반환일시금 지급 청구 접수 메모 정리 부탁드립니다. 청구인 ⟦PER:{w}⟧, 외국인등록번호 ⟦ARN:{arx(1985, 1998)}⟧, 출국 예정 다음 달 3일, 수령 계좌 하나은행 ⟦ACC:{acct('하나')}⟧. 사회보장협정 해당 국가 아님.")
    # 52 고용센터: 육아휴직 급여 신청
    n = kq()
    put(L, P, f"육아휴직 급여 신청 상담 내용을 처리 지침에 맞게 정리해줘요.\n신청자 ⟦PER:{n}⟧ (⟦RRN:{rrx(1988, 1995)}⟧)\n사업장 사업자등록번호 ⟦BRN:{bz()}⟧ / 법인등록번호 ⟦CRN:{crx()}⟧\n급여 계좌 ⟦ACC:{acct('토스뱅크')}⟧(토스뱅크)\n휴직 기간 6개월, 배우자 동시 휴직 여부 확인 필요")
    # 53 주민센터: 기초연금 수급 계좌 변경
    put(L, P, f"기초연금 계좌 변경 신청서를 받았는데 사회보장정보시스템에 입력할 항목만 뽑아 주세요. 수급자 ⟦PER:{kg('old_f')}⟧, 주민번호 ⟦RRN:{rrx(1938, 1958, female=True)}⟧, 변경 계좌 ⟦ACC:{acct('새마을금고')}⟧(새마을금고), 대리 신청인 아들.")
    # 54 국군재정관리단: 급여 계좌 변경
    put(L, P, f"간부 급여계좌 변경 요청 전화 내용입니다. 하사 ⟦PER:{kg(random.choice(('young_m', 'young_f')))}⟧, 변경 계좌 국민은행 ⟦ACC:{acct('국민')}⟧, 연락처 ⟦PH:{mob()}⟧. 이번 달 급여부터 반영 가능한지 답변 문장 만들어 주세요.")
    # 55 보건소 결핵관리: 접촉자 검진 안내
    cs = kqs(2)
    put(L, P, "결핵 접촉자 검진 안내 문자 대상자 목록입니다. 개인별 안내 문자 3개 써 주세요. (환자 정보는 빼고)\n" + "\n".join(f"- ⟦PER:{c}⟧ ⟦PH:{mob()}⟧ 직장 동료" for c in cs) + f"\n- ⟦PER:{anyhf2()}⟧ ⟦PH:{mob()}⟧ 같은 라인 외국인 근로자, 외국인등록번호 ⟦ARN:{arx(1992, 2002)}⟧ (통역 필요)")
    # 56 병원 수술실: 수술 동의서 보호자 확인
    pt = kg("old_m")
    gd = kg("old_f", avoid=(pt,))
    put(L, P, f"수술 동의서 서명 확인 메모입니다. 환자 ⟦PER:{pt}⟧(⟦RRN:{rrx(1940, 1960, female=False)}⟧), 건강보험 ⟦HINS:{hi()}⟧, 환자 의식 명료하나 보호자 동석 요청 → 배우자 ⟦PER:{gd}⟧ ⟦PH:{mob()}⟧ 동석 서명. 마취 동의서 별도.")
    # 57 주민센터: 임대차 신고·확정일자
    lr, te = kqs(2)
    put(L, P, f"주택 임대차 신고 접수 내용을 확정일자 부여 대장 형식으로 바꿔 주세요. 임대인 ⟦PER:{lr}⟧, 임차인 ⟦PER:{te}⟧(⟦PH:{mob()}⟧), 임대 목적물 ⟦LOC:{kaddr6('room')}⟧, 보증금 1억 2천만 원, 계약기간 2년.")
    # 58 구청 세무과: 재산세 카드 납부 오류
    n = kq()
    put(L, P, f"재산세 카드 이중결제 민원 답변 초안 다듬어 주세요.\n\n⟦PER:{n}⟧ 님께서 ⟦CARD:{card_any()}⟧ 카드로 두 번 결제된 건은 확인 결과 1건이 취소 처리되었으며, 카드사 사정에 따라 3~5영업일 후 반영됩니다. 추가 문의는 ⟦PH:{mob()}⟧ 로 회신 드리겠습니다.")
    # 59 교통공사: 후불교통카드 과다청구 환불
    n = kq()
    put(L, P, f"교통카드 과다청구 환불 처리 메모입니다. 고객 ⟦PER:{n}⟧, 후불 교통 기능 신용카드 ⟦CARD:{card_any()}⟧, 하차 태그 누락으로 최대 요금 부과 4건. 환불은 카드 청구 취소 대신 계좌 ⟦ACC:{acct('경남')}⟧ 입금 요청.")
    # 60 시청 정보통신과: 민원 포털 비정상 접속 차단
    n = kq()
    put(L, P, f"민원 포털 비정상 접속 차단 요청 공문 초안입니다. 문장 다듬어 주세요.\n\n민원인 ⟦PER:{n}⟧(⟦MAIL:{kmail()}⟧) 계정으로 새벽 시간대 ⟦IP:{pub_ip()}⟧ 에서 로그인 실패 37회, ⟦IP:{pub_ip()}⟧ 에서 성공 1회 확인. 본인은 접속 사실 없다고 진술하여 계정 잠금 및 IP 차단 조치 요청함.")


# ---------------------------------------------------------------- positives, English (40)
def positives_en() -> None:
    L = "en"
    # 1 legal: litigation hold notice
    a, b, c = eps(3)
    put(L, P, f"Can you tighten this litigation hold notice? Custodians: ⟦PER:{a}⟧ (⟦MAIL:{cmail3(a)}⟧), ⟦PER:{b}⟧ (⟦MAIL:{cmail3(b)}⟧) and ⟦PER:{c}⟧. Preserve all Slack, email and shared-drive material relating to the Harlow Street warehouse lease from January onward. Do not delete or auto-archive anything until Legal releases the hold.")
    # 2 telecom legal compliance: subpoena response
    n = ep()
    put(L, P, f"Drafting our subpoena response cover letter. Subscriber of record: ⟦PER:{n}⟧, service address ⟦LOC:{eadr()}⟧, MSISDN ⟦PH:{usnum('dash')}⟧. Session logs show the account assigned ⟦IP:{pub_ip()}⟧ during the requested window. Please make the letter say we are producing records only for the dates in the subpoena.")
    # 3 HR: non-compete release letter
    n = ep()
    put(L, P, f"Please draft a short letter releasing ⟦PER:{n}⟧ from the non-compete in their separation agreement, effective immediately. Send it to the home address on file: ⟦LOC:{eaddr5(unit=True)}⟧. Keep the confidentiality clause intact.")
    # 4 retirement plan admin: 401(k) rollover
    n = ep()
    put(L, P, f"Rollover request summary for the plan administrator:\nParticipant: ⟦PER:{n}⟧\nReceiving IRA account: ⟦ACC:{us_acct()}⟧ (routing {random.choice(ROUTING)})\nMailing address: ⟦LOC:{eadr()}⟧\nPhone: ⟦PH:{usnum('paren')}⟧\nDirect rollover, no withholding. Please check nothing is missing.")
    # 5 life insurance: beneficiary change
    ins, b1, b2 = eps(3)
    put(L, P, f"Beneficiary change form, policy LF-{dg(7)}. Insured: ⟦PER:{ins}⟧. New primary beneficiaries: ⟦PER:{b1}⟧ (60%) and ⟦PER:{b2}⟧ (40%). Contact on file ⟦PH:{usnum('dot')}⟧, ⟦LOC:{eadr()}⟧. Can you write the confirmation letter?")
    # 6 disability insurer: short-term disability claim
    n, dr = eps(2)
    put(L, P, f"STD claim intake note — claimant ⟦PER:{n}⟧, best number ⟦PH:{usnum('paren')}⟧, email ⟦MAIL:{cmail2(n)}⟧. Attending physician Dr. ⟦PER:{dr}⟧ expects return to work in six weeks after knee surgery. Summarize for the adjuster in three bullets.")
    # 7 travel insurance: trip cancellation claim (Korean traveller)
    n = rstyle(random.choice(["rr-hyphen", "western-hyphen", "caps"]))
    put(L, P, f"Trip cancellation claim from a Korean traveller — please draft the acknowledgement.\nInsured: ⟦PER:{n}⟧\nPassport: ⟦PASS:{pp()}⟧\nCard charged for the tour: ⟦CARD:{anycard()}⟧\nKorean driving licence (rental-car add-on): ⟦DLIC:{dl(named=True)}⟧\nEmail: ⟦MAIL:{kmail()}⟧\nReason: hospitalisation of a parent two days before departure.")
    # 8 homeowners insurance: water damage
    n = ep()
    put(L, P, f"Adjuster note to clean up: Spoke with insured ⟦PER:{n}⟧ at ⟦PH:{usnum('dash')}⟧. Supply line to the dishwasher failed; water damage to kitchen subfloor and basement ceiling at ⟦LOC:{eadr()}⟧. Mitigation vendor on site yesterday. Insured asks whether ALE covers a hotel for three nights.")
    # 9 procurement: vendor due diligence on a Korean supplier
    d = rstyle("western-hyphen")
    put(L, P, f"Vendor due-diligence notes for our new Korean supplier, Sori Acoustics Co., Ltd. Business registration no. ⟦BRN:{bz()}⟧, corporate registration no. ⟦CRN:{crx()}⟧. Representative director ⟦PER:{d}⟧, contact ⟦MAIL:{kwork()}⟧. Financial statements reviewed, no adverse media. Turn this into a one-paragraph approval memo for procurement.")
    # 10 clinical research: pre-screening log
    ps = eps(3)
    put(L, P, "Clean up this pre-screening call log for the study coordinator:\n" + "\n".join(f"- ⟦PER:{p}⟧, ⟦PH:{usnum(random.choice(['paren', 'dash']))}⟧ — {r}" for p, r in zip(ps, ["eligible, consent visit Tuesday", "A1c too high, not eligible", "left voicemail twice"], strict=True)))
    # 11 occupational health: flu clinic roster
    ps = eps(3)
    put(L, P, "Flu clinic roster for the 3rd floor — make it a table with a time column:\n" + "\n".join(f"⟦PER:{p}⟧ <⟦MAIL:{cmail(p)}⟧> {t}" for p, t in zip(ps, ["9:00", "9:10", "9:20"], strict=True)))
    # 12 lab: results callback
    n = ep()
    put(L, P, f"Write a callback script for the nurse: patient ⟦PER:{n}⟧, DOB on file, phone ⟦PH:{usnum('paren')}⟧. Lipid panel back, LDL elevated, provider wants a follow-up visit within four weeks. Do not leave results on voicemail.")
    # 13 outpatient rehab: physical therapy referral
    n, dr = eps(2)
    put(L, P, f"Referral received for ⟦PER:{n}⟧, ⟦LOC:{eadr()}⟧, mobile ⟦PH:{usnum('dash')}⟧. Referring provider ⟦PER:{dr}⟧, PA-C. Dx rotator cuff tendinopathy, 2x/week for 6 weeks. Please draft the welcome call notes.")
    # 14 hospice: intake call
    pt, cg = eps(2)
    put(L, P, f"Hospice intake call summary needed. Patient ⟦PER:{pt}⟧, 84, lives with daughter and primary caregiver ⟦PER:{cg}⟧ at ⟦LOC:{eadr()}⟧. Caregiver cell ⟦PH:{usnum('paren')}⟧. Family requests the first visit on Thursday morning.")
    # 15 telecom: number port-in validation
    n = ep()
    put(L, P, f"Port-in request failed validation. Customer ⟦PER:{n}⟧ wants to move ⟦PH:{usnum('e164')}⟧ from their old carrier; service address on the form ⟦LOC:{eadr()}⟧ doesn't match the losing carrier's record. Web form submitted from ⟦IP:{pub_ip()}⟧. Draft the message asking the customer to confirm the billing address on their old account.")
    # 16 payments: chargeback representment
    n = ep()
    put(L, P, f"Help me write the representment letter. Cardholder ⟦PER:{n}⟧ disputed an order as not received. Card ⟦CARD:{anycard()}⟧, order placed from ⟦IP:{pub_ip()}⟧, shipped to ⟦LOC:{eadr()}⟧ with signature confirmation. Customer email ⟦MAIL:{cmail2(n)}⟧ also confirmed delivery in a chat.")
    # 17 SaaS support: subscription cancellation
    n = ep()
    put(L, P, f"Chat transcript to summarize:\nAgent: Thanks, ⟦PER:{n.split()[0]}⟧. Can you confirm the email on the account?\nCustomer: ⟦MAIL:{cmail(n)}⟧\nAgent: And the card to refund?\nCustomer: ⟦CARD:{card_any()}⟧\nAgent: Done — pro-rated refund issued, cancellation effective end of cycle.")
    # 18 hotel: folio dispute
    n = ep()
    put(L, P, f"Guest ⟦PER:{n}⟧ disputes a minibar charge on folio 88{dg(5)}. Card on file ⟦CARD:{anycard()}⟧, billing address ⟦LOC:{eadr()}⟧. Housekeeping log shows the fridge was restocked after an inventory error. Please draft a reply removing the charge.")
    # 19 airline loyalty: account merge for a Korean member
    n = rstyle("caps")
    put(L, P, f"Loyalty desk: member asks to merge two accounts. Name on passport: ⟦PER:{n}⟧, passport ⟦PASS:{pp_new()}⟧. Contact ⟦PH:{intl(' ')}⟧, ⟦MAIL:{kmail()}⟧. Older account was opened with a typo in the given name. Write the merge confirmation.")
    # 20 events: conference registration refund
    n = ep()
    put(L, P, f"Refund note for registrations: ⟦PER:{n}⟧ (⟦MAIL:{cmail3(n)}⟧) cannot travel; refund the full-conference pass to the card used, ⟦CARD:{anycard()}⟧, minus the $75 processing fee. Turn this into a polite email.")
    # 21 accounts payable: vendor onboarding (sole proprietor)
    n = ep()
    put(L, P, f"New vendor setup — sole proprietor ⟦PER:{n}⟧, remit-to address ⟦LOC:{eadr()}⟧, ACH to checking account ⟦ACC:{us_acct()}⟧, ABA {random.choice(ROUTING)}. Remittance advice to ⟦MAIL:{cmail(n)}⟧. W-9 received. Check the record before I submit it to AP.")
    # 22 insider risk: offboarding data-exfiltration review
    n = ep()
    put(L, P, f"Insider-risk review before ⟦PER:{n}⟧'s last day: 312 files copied to a USB drive on Tuesday, auto-forwarding to ⟦MAIL:{mail_of(n, 'gmail.com', '')}⟧ set up last week, VPN sessions from ⟦IP:{pub_ip()}⟧ outside working hours. Summarize the findings neutrally for HR and Legal.")
    # 23 privacy office: GDPR access request
    n = ep()
    put(L, P, f"We received a subject access request from ⟦PER:{n}⟧, ⟦LOC:{eaddr5()}⟧, email ⟦MAIL:{cmail(n)}⟧. Draft the acknowledgement with the one-month deadline and the ID verification step.")
    # 24 privacy office: CCPA deletion request
    n = ep()
    put(L, P, f"CCPA deletion request ticket: requester ⟦PER:{n}⟧, ⟦MAIL:{cmail2(n)}⟧, ⟦PH:{usnum('dot')}⟧. Verified via email link. Write the response confirming deletion except records we must keep for tax purposes.")
    # 25 property management: lease renewal
    n = ep()
    put(L, P, f"Lease renewal reminder for ⟦PER:{n}⟧, unit at ⟦LOC:{eaddr4(unit=True)}⟧. Current rent $2,150; renewal offer $2,230 for 12 months. Tenant's number ⟦PH:{usnum('paren')}⟧. Write a friendly letter with a response deadline.")
    # 26 courts: interpreter request for a Korean-speaking party
    n = rstyle("mr")
    put(L, P, f"Please draft an interpreter request for Case No. 24-CV-{dg(5)}. Respondent ⟦PER:{n}⟧ speaks Korean; contact through counsel or directly at ⟦PH:{usnum('dash')}⟧. Hearing is set for the 14th at 1:30 p.m., courtroom 4B.")
    # 27 HR: employment reference check
    cand, r1, r2 = eps(3)
    put(L, P, f"Reference check notes for ⟦PER:{cand}⟧:\n1) ⟦PER:{r1}⟧, former manager, ⟦PH:{usnum('paren')}⟧ — strong on client work, sometimes late with reports.\n2) ⟦PER:{r2}⟧, peer, ⟦PH:{ukmob()}⟧ — great collaborator.\nSummarize for the hiring manager.")
    # 28 HR: performance improvement plan
    n, mgr = eps(2)
    put(L, P, f"Tone check on this PIP memo: \"⟦PER:{n}⟧, over the last quarter three client deliverables missed agreed deadlines. Over the next 60 days you will meet weekly with ⟦PER:{mgr}⟧...\" Send copies to ⟦MAIL:{cmail(n)}⟧ and the HRBP.")
    # 29 recruiting: offer letter
    n = ep()
    put(L, P, f"Offer letter details: candidate ⟦PER:{n}⟧, ⟦LOC:{eadr()}⟧, personal email ⟦MAIL:{mail_of(n, 'gmail.com')}⟧. Title Senior Actuarial Analyst, start date the first Monday of next month, base $128,000. Please write the letter.")
    # 30 CPA firm: US return for a Korean dual-status taxpayer
    n = rstyle("western-hyphen")
    put(L, P, f"Engagement intake for a dual-status return: taxpayer ⟦PER:{n}⟧ moved from Seoul in June. Korean resident registration no. ⟦RRN:{rrx(1982, 1992)}⟧, passport ⟦PASS:{pp_new()}⟧, prior Korean address ⟦LOC:{kaddr_en2(unit=True)}⟧, email ⟦MAIL:{kmail()}⟧. Which treaty positions and forms should the checklist include?")
    # 31 exchange programme: host family placement
    st = rstyle(random.choice(["rr-hyphen", "alt"]))
    h1, h2 = eps(2)
    put(L, P, f"Placement letter: exchange student ⟦PER:{st}⟧ from Daejeon will live with ⟦PER:{h1}⟧ and ⟦PER:{h2}⟧ at ⟦LOC:{eadr()}⟧ from August. Host family phone ⟦PH:{usnum('paren')}⟧. Include the school bus info and the monthly check-in schedule.")
    # 32 university advancement: donation receipt
    n = ep()
    put(L, P, f"Gift receipt: donor ⟦PER:{n}⟧, ⟦LOC:{eadr()}⟧, $500 to the scholarship fund, charged to ⟦CARD:{anycard()}⟧. No goods or services provided. Please format the receipt text.")
    # 33 fitness club: membership freeze
    n = ep()
    put(L, P, f"Member ⟦PER:{n}⟧ wants a three-month medical freeze. Dues card ⟦CARD:{card_any()}⟧, phone ⟦PH:{usnum('dash')}⟧. Policy: $10/month freeze fee. Draft the confirmation text.")
    # 34 consumer goods: appliance warranty claim
    n = ep()
    put(L, P, f"Warranty claim W-{dg(6)}: customer ⟦PER:{n}⟧, ⟦LOC:{eadr()}⟧, ⟦PH:{usnum('paren')}⟧, ⟦MAIL:{cmail2(n)}⟧. Dryer stopped heating at 11 months. Tech visit approved. Write the appointment confirmation.")
    # 35 medical records: release to attorney
    pt, atty = eps(2)
    put(L, P, f"HIM request: release records for ⟦PER:{pt}⟧ to attorney ⟦PER:{atty}⟧, ⟦LOC:{eadr()}⟧, fax ⟦PH:{usnum('dash')}⟧. Signed authorization covers ER visit and follow-up only. Draft the cover sheet.")
    # 36 bankruptcy: creditor matrix entries
    ps = eps(2)
    put(L, P, "Format these for the creditor matrix (name, address, one per block):\n" + "\n".join(f"⟦PER:{p}⟧, ⟦LOC:{eadr()}⟧" for p in ps) + "\nCreditors with no street address go on a separate sheet.")
    # 37 sales ops: CRM lead import
    ps = eps(3)
    put(L, P, "Clean these leads before CRM import (split first/last):\n" + "\n".join(f"{p} | {m} | {t}" for p, m, t in [(f"⟦PER:{p}⟧", f"⟦MAIL:{cmail3(p)}⟧", f"⟦PH:{usnum(random.choice(['dot', 'dash', 'paren']))}⟧") for p in ps]))
    # 38 cross-border legal: power of attorney for Korean property
    n = rstyle(random.choice(["rr-hyphen", "caps"]))
    put(L, P, f"Draft an English power of attorney so my client's sister can sell his apartment in Korea. Principal: ⟦PER:{n}⟧, Korean RRN ⟦RRN:{rrx(1965, 1978)}⟧, Korean driver's licence ⟦DLIC:{dl()}⟧ (ID used at the consulate), property ⟦LOC:{kaddr_en(unit=True)}⟧.")
    # 39 accounts payable: paying a Korean freelance contractor
    n = rstyle("western-hyphen")
    put(L, P, f"AP query: invoice from freelance translator ⟦PER:{n}⟧ asks for payment to account ⟦ACC:{acct('우리')}⟧ at Woori Bank, SWIFT HVBKKRSE, payee address ⟦LOC:{kaddr_en2()}⟧. Can you draft the reply explaining our 30-day terms and the wire fee split?")
    # 40 internal audit: payroll master-data sample at the Korean subsidiary
    n = ep()
    put(L, P, f"Internal audit sample #14, Korean subsidiary payroll master data (entity Daon Soft Korea Ltd., corporate registration no. ⟦CRN:{crx()}⟧): employee ⟦PER:{n}⟧, alien registration no. ⟦ARN:{arx(1980, 1994)}⟧, National Health Insurance no. ⟦HINS:{hi()}⟧, salary account ⟦ACC:{acct('SC제일')}⟧ (SC First Bank), mobile ⟦PH:{mob()}⟧. Bank account changed twice in Q3 without a ticket. Write the audit observation.")


# ---------------------------------------------------------------- positives, mixed Korean-English developer material (40)
def positives_mixed() -> None:
    L = "mixed"
    # 1 kcat consumer output (택배 주문 이벤트)
    n = kq()
    put(L, P, tpl("order-events 토픽 consumer가 역직렬화 에러 냅니다. kcat 출력 붙일게요, 어느 필드 타입이 문제인지 봐주세요.\n\n$ kcat -b kafka-2:9092 -t order-events -C -o -1 -e\n{\"eventId\":\"9f2c1e7a\",\"type\":\"SHIPPING_CREATED\",\"receiver\":{\"name\":\"⟦PER:«n»⟧\",\"phone\":\"⟦PH:«ph»⟧\",\"address\":\"⟦LOC:«ad»⟧\"},\"boxCount\":\"2\",\"createdAt\":1732510333}\n% Reached end of topic order-events [3] at offset 88213", n=n, ph=mob(), ad=ka()))
    # 2 Redis MONITOR
    e = kmail()
    put(L, P, f"세션이 왜 두 번 써지는지 모르겠어요. redis-cli MONITOR 일부입니다.\n\n1732511002.118 [0 ⟦IP:{priv_ip()}⟧:53122] \"HSET\" \"sess:8e1f\" \"email\" \"⟦MAIL:{e}⟧\" \"last_ip\" \"⟦IP:{pub_ip()}⟧\"\n1732511002.121 [0 ⟦IP:{priv_ip()}⟧:40318] \"HSET\" \"sess:8e1f\" \"email\" \"⟦MAIL:{e}⟧\" \"ttl\" \"1800\"\n로드밸런서 뒤 두 인스턴스가 같은 키를 쓰는 것 같은데 맞나요?")
    # 3 PostgreSQL log with bind parameters (본인확인 실패)
    n = kq()
    put(L, P, f"본인확인 INSERT가 check constraint에 걸립니다. postgres 로그예요.\n\n2025-11-25 10:14:03.552 KST [41822] ERROR:  new row for relation \"identity_check\" violates check constraint \"rrn_format\"\n2025-11-25 10:14:03.552 KST [41822] DETAIL:  parameters: $1 = '⟦PER:{n}⟧', $2 = '⟦RRN:{rrx(1990, 1999, dash=False)}⟧', $3 = 'N'\n\n제약조건이 하이픈 포함 형식만 허용하는 것 같은데 정규식 어떻게 바꾸면 될까요?")
    # 4 mysqlbinlog -v
    n = kq()
    put(L, P, f"어제 삭제된 회원 복구하려고 binlog 뽑았어요. 이걸 INSERT 문으로 바꿔 주세요.\n\n### DELETE FROM `shop`.`members`\n### WHERE\n###   @1=58213\n###   @2='⟦PER:{n}⟧'\n###   @3='⟦PH:{mob('')}⟧'\n###   @4='⟦MAIL:{kmail()}⟧'\n###   @5='2023-04-02 11:20:15'")
    # 5 Elasticsearch _search hit
    n = kq()
    put(L, P, tpl("민원 검색에서 주소 하이라이트가 안 됩니다. _search 결과 hit 하나예요.\n\n{\n  \"_index\": \"minwon-2025.11\",\n  \"_id\": \"Qm3-7ZMB\",\n  \"_score\": 7.41,\n  \"_source\": {\n    \"applicant\": \"⟦PER:«n»⟧\",\n    \"contact\": \"⟦PH:«ph»⟧\",\n    \"site_address\": \"⟦LOC:«ad»⟧\",\n    \"category\": \"도로파손\"\n  }\n}\n\nhighlight 설정에 site_address를 넣었는데도 안 나와요. nori 분석기 문제일까요?", n=n, ph=land('031'), ad=kaddr6('none')))
    # 6 Sentry event
    n = kq()
    put(L, P, tpl("Sentry에 이런 이벤트가 계속 쌓여요. user context에 실명이 들어가면 안 되는데 어디서 넣는지 찾아주세요.\n\n\"user\": {\"id\": \"u_77120\", \"email\": \"⟦MAIL:«e»⟧\", \"ip_address\": \"⟦IP:«ip»⟧\", \"name\": \"⟦PER:«n»⟧\"},\n\"exception\": {\"values\": [{\"type\": \"TypeError\", \"value\": \"Cannot read properties of undefined (reading 'zipCode')\"}]}", e=kmail(), ip=pub_ip(), n=n))
    # 7 Datadog log: PG 결제 오류
    put(L, P, tpl("Datadog에서 결제 실패 로그 찍힌 거 보니 카드번호가 평문이에요. 마스킹 미들웨어 어디에 넣어야 할지 봐주세요.\n\n{\"service\":\"payment-api\",\"status\":\"error\",\"message\":\"PG approve failed: code=CD1021\",\"http\":{\"method\":\"POST\",\"url_details\":{\"path\":\"/v2/payments/approve\"}},\"request_body\":{\"cardNo\":\"⟦CARD:«c»⟧\",\"expiry\":\"2811\",\"amount\":49000,\"buyerTel\":\"⟦PH:«ph»⟧\"}}", c=card16(), ph=mob('')))
    # 8 OpenTelemetry span attributes
    put(L, P, f"otel collector debug exporter 출력인데, http.request.body 속성은 빼고 싶어요. processor 설정 예시 부탁해요.\n\nSpan #12\n    Trace ID       : 4bf92f3577b34da6a3ce929d0e0e4736\n    Name           : POST /api/v1/members\nAttributes:\n     -> enduser.id: Str(⟦MAIL:{kmail()}⟧)\n     -> net.sock.peer.addr: Str(⟦IP:{pub_ip()}⟧)\n     -> http.request.body: Str({{\"mobile\":\"⟦PH:{mob()}⟧\",\"agree\":true}})")
    # 9 SQS message body (정산)
    n = kq()
    put(L, P, tpl("정산 워커가 이 메시지에서 KeyError 납니다. aws sqs receive-message 결과입니다.\n\n{\n    \"Messages\": [{\n        \"MessageId\": \"c1d7f2a0-5b0e-4f0b-9d5e-1e0a3b7c2f11\",\n        \"Body\": \"{\\\"sellerName\\\":\\\"⟦PER:«n»⟧\\\",\\\"bizNo\\\":\\\"⟦BRN:«b»⟧\\\",\\\"corpNo\\\":\\\"⟦CRN:«c»⟧\\\",\\\"payoutAccount\\\":\\\"⟦ACC:«a»⟧\\\",\\\"bank\\\":\\\"088\\\"}\"\n    }]\n}\n\n코드는 body['seller_name']으로 읽고 있어요.", n=n, b=bz(), c=crx(), a=acct('신한')))
    # 10 Terraform plan
    put(L, P, f"terraform plan 결과에 개인 메일이랑 집 IP가 그대로 나와서 PR에 올리기 애매합니다. sensitive 처리 방법 알려주세요.\n\n  # aws_security_group_rule.admin_ssh will be created\n  + resource \"aws_security_group_rule\" \"admin_ssh\" {{\n      + description = \"ssh from home - ⟦MAIL:{kmail()}⟧\"\n      + from_port   = 22\n      + cidr_blocks = [\"⟦IP:{pub_ip()}⟧/32\"]\n    }}")
    # 11 Ansible host_vars
    n = kq()
    put(L, P, f"host_vars 파일 정리 중인데, 담당자 정보는 vault로 옮기는 게 맞죠? 구조 제안해 주세요.\n\n# host_vars/db-prod-02.yml\nansible_host: ⟦IP:{priv_ip()}⟧\nowner_name: \"⟦PER:{n}⟧\"\nowner_phone: \"⟦PH:{mob()}⟧\"\npostgres_version: 15")
    # 12 PowerShell smoke-test script
    put(L, P, f"배포 후 스모크 테스트용 PowerShell 스크립트인데, 제 실제 정보가 박혀 있어요. 값을 환경변수에서 읽게 바꿔 주세요.\n\n$Body = @{{\n    name  = '⟦PER:{kq()}⟧'\n    rrn   = '⟦RRN:{rrx(1991, 1998)}⟧'\n    phone = '⟦PH:{mob('')}⟧'\n}} | ConvertTo-Json\nInvoke-RestMethod -Uri \"$BaseUrl/api/v1/identity/verify\" -Method Post -Body $Body -ContentType 'application/json'")
    # 13 Spring application-local.yml fixture
    n = kq()
    put(L, P, f"application-local.yml에 테스트 회원을 넣어뒀는데 @ConfigurationProperties 바인딩이 안 돼요.\n\napp:\n  seed-member:\n    name: ⟦PER:{n}⟧\n    email: ⟦MAIL:{kmail()}⟧\n    address: \"⟦LOC:{ka()}⟧\"\n    health-insurance-no: \"⟦HINS:{hi()}⟧\"\n\n클래스 필드명은 healthInsuranceNo 입니다.")
    # 14 JUnit builder
    put(L, P, f"이 테스트가 가끔 실패해요. 뭐가 문제일까요?\n\n@Test\nvoid 외국인_회원_가입() {{\n    Member m = Member.builder()\n        .name(\"⟦PER:{anyhf2()}⟧\")\n        .foreignerNo(\"⟦ARN:{arx(1990, 2002)}⟧\")\n        .mobile(\"⟦PH:{mob()}⟧\")\n        .build();\n    assertThat(validator.validate(m)).isEmpty();\n}}\n\nforeignerNo 검증이 7번째 자리를 5~8만 허용하는데 가끔 다른 값이 생성되는 것 같아요.")
    # 15 Rust {:#?}
    n = kq()
    put(L, P, f"serde로 역직렬화한 결과 {{:#?}} 출력입니다. address가 None이어야 하는데 값이 들어가요.\n\nCustomer {{\n    id: 3312,\n    name: \"⟦PER:{n}⟧\",\n    phone: Some(\n        \"⟦PH:{mob()}⟧\",\n    ),\n    address: Some(\n        \"⟦LOC:{jb()}⟧\",\n    ),\n}}")
    # 16 Swift console (iOS)
    n = kq()
    put(L, P, f"iOS에서 Optional 출력이 이렇게 나옵니다. 화면엔 Optional(...)이 그대로 보여요. 어떻게 고쳐요?\n\nprint(\"수령인: \\(order.receiverName), 연락처: \\(order.receiverTel)\")\n→ 수령인: Optional(\"⟦PER:{n}⟧\"), 연락처: Optional(\"⟦PH:{mob()}⟧\")")
    # 17 Flutter debugPrint
    put(L, P, f"Flutter에서 결제 폼 상태 debugPrint 결과예요. 카드번호 입력 포매터가 공백을 두 번 넣는 버그가 있어요.\n\nI/flutter (18821): PaymentForm{{holder: ⟦PER:{kq()}⟧, cardNumber: ⟦CARD:{cc('4', sep=' ')}⟧, raw: 16 digits, installment: 0}}\n\nTextInputFormatter 코드 봐주실래요?")
    # 18 PHP var_dump
    n = kq()
    v = acct('부산')
    put(L, P, f"레거시 PHP 환불 모듈 var_dump 결과입니다. string 길이가 이상하게 나와요(UTF-8 때문?).\n\narray(3) {{\n  [\"refund_name\"]=>\n  string({len(n.encode())}) \"⟦PER:{n}⟧\"\n  [\"refund_bank\"]=>\n  string(6) \"부산\"\n  [\"refund_account\"]=>\n  string({len(v)}) \"⟦ACC:{v}⟧\"\n}}")
    # 19 Rails console
    n = kq()
    put(L, P, f"Rails console에서 User 찾으니 이렇게 나와요. phone 정규화 콜백이 안 도는 것 같아요.\n\nirb(main):004> User.find_by(email: \"⟦MAIL:{kmail()}⟧\")\n=> #<User id: 9120, name: \"⟦PER:{n}⟧\", phone: \"⟦PH:{mob(' ')}⟧\", created_at: \"2025-11-20 08:11:42\">")
    # 20 Django fixture
    put(L, P, tpl("loaddata 할 때 IntegrityError 나요. fixture 일부 붙입니다.\n\n[\n  {\n    \"model\": \"clinic.patient\",\n    \"pk\": 17,\n    \"fields\": {\n      \"name\": \"⟦PER:«n»⟧\",\n      \"rrn\": \"⟦RRN:«r»⟧\",\n      \"insurance_no\": \"⟦HINS:«h»⟧\",\n      \"doctor\": 3\n    }\n  }\n]\n\ndoctor pk 3이 fixture에 없어서 그런 걸까요?", n=kq(), r=rrx(1955, 1975), h=hi()))
    # 21 Laravel log
    put(L, P, tpl("라라벨 로그예요. validation 실패 원인이 뭔지 봐주세요.\n\n[2025-11-25 09:02:17] production.ERROR: The business_no field format is invalid. {\"input\":{\"company\":\"다온상사\",\"business_no\":\"⟦BRN:«b»⟧ \",\"corp_no\":\"⟦CRN:«c»⟧\",\"ceo\":\"⟦PER:«n»⟧\",\"tel\":\"⟦PH:«t»⟧\"},\"userId\":211}\n\n정규식은 /^\\d{3}-\\d{2}-\\d{5}$/ 입니다.", b=bz(), c=crx(), n=kq(), t=land('02')))
    # 22 Node util.inspect
    put(L, P, f"카셰어링 앱 회원 객체를 console.log로 찍은 거예요. address.detail이 [Object]로 나와서 안 보이는데, 전체 보려면?\n\n{{\n  user: {{ name: '⟦PER:{kq()}⟧', mobile: '⟦PH:{mob()}⟧', email: '⟦MAIL:{kmail()}⟧', license: '⟦DLIC:{dl()}⟧' }},\n  address: {{ road: '⟦LOC:{kaddr6('none')}⟧', detail: [Object] }}\n}}")
    # 23 Redux DevTools diff
    put(L, P, f"Redux DevTools diff인데 signup/updateField 액션이 두 번 dispatch 돼요.\n\nsignup › form › name: '' => '⟦PER:{kq()}⟧'\nsignup › form › rrnFront: '' => '{rrx(1995, 1999)[:6]}'\nsignup › form › passportNo: '' => '⟦PASS:{pp()}⟧'\n\nuseEffect 의존성 배열 문제일까요?")
    # 24 admin CSV export
    rows = []
    for _ in range(3):
        rows.append(f"⟦PER:{kq()}⟧,⟦PH:{mob()}⟧,⟦MAIL:{kmail()}⟧,\"⟦LOC:{ka()}⟧\"")
    put(L, P, "관리자 페이지 회원 CSV 내보내기 결과인데 엑셀에서 열면 주소가 깨져요. BOM 문제 맞나요?\n\nname,mobile,email,address\n" + "\n".join(rows))
    # 25 pandas DataFrame
    ns = kqs(3)
    banks = random.sample(["국민", "신한", "우리", "하나", "농협"], 3)
    put(L, P, "환급 대상자 df.head() 출력이에요. account 컬럼 앞자리 0이 날아가는 문제 해결 방법 알려주세요.\n\n      name bank          account  amount\n" + "\n".join(f"{i}  ⟦PER:{n}⟧   {b}  ⟦ACC:{acct(b)}⟧   {random.randint(12, 98) * 1000}" for i, (n, b) in enumerate(zip(ns, banks, strict=True))))
    # 26 grpcurl / protobuf text
    put(L, P, f"grpcurl 응답인데 foreigner_no가 비어야 정상인데 채워져 있어요.\n\n$ grpcurl -d '{{\"id\": 4411}}' member.internal:443 member.v1.MemberService/GetMember\n{{\n  \"name\": \"⟦PER:{anyhf2()}⟧\",\n  \"foreignerNo\": \"⟦ARN:{arx(1985, 1999)}⟧\",\n  \"phone\": \"⟦PH:{intl('')}⟧\"\n}}")
    # 27 XML API response (실명확인)
    put(L, P, f"실명확인 API XML 응답을 파싱하는데 resultCode가 00인데도 실패로 떨어져요. 파서 코드 같이 봐주세요.\n\n<response>\n  <header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header>\n  <body>\n    <name>⟦PER:{kq()}⟧</name>\n    <juminNo>⟦RRN:{rrx(1970, 1990, dash=False)}⟧</juminNo>\n    <matchYn>Y</matchYn>\n  </body>\n</response>")
    # 28 k6 load-test script payload (전자계약 API)
    put(L, P, tpl("k6 부하테스트 스크립트인데 payload에 실제 거래처 값이 들어가 있어요. SharedArray로 더미 데이터 읽게 고쳐 주세요.\n\nexport default function () {\n  const payload = JSON.stringify({\n    companyName: '주식회사 누리테크',\n    bizRegNo: '⟦BRN:«b»⟧',\n    corpRegNo: '⟦CRN:«c»⟧',\n    signer: '⟦PER:«n»⟧',\n    signerEmail: '⟦MAIL:«e»⟧',\n  });\n  http.post(`${BASE}/v1/contracts`, payload, { headers: { 'Content-Type': 'application/json' } });\n  sleep(1);\n}", b=bz(), c=crx(), n=kq(), e=kwork()))
    # 29 HAR entry
    put(L, P, f"HAR 파일에서 로그인 요청 하나 뽑았어요. X-Forwarded-For가 두 개 들어가는 이유가 궁금합니다.\n\n\"request\": {{\n  \"method\": \"POST\",\n  \"url\": \"https://m.example-shop.kr/api/login\",\n  \"headers\": [{{\"name\": \"X-Forwarded-For\", \"value\": \"⟦IP:{pub_ip()}⟧, ⟦IP:{priv_ip()}⟧\"}}],\n  \"postData\": {{\"mimeType\": \"application/json\", \"text\": \"{{\\\"loginId\\\":\\\"⟦MAIL:{kmail()}⟧\\\",\\\"password\\\":\\\"********\\\"}}\"}}\n}}")
    # 30 PG webhook (card unmasked)
    put(L, P, tpl("PG사 결제 승인 웹훅 본문인데 카드번호 마스킹이 안 된 채로 와요. PG사에 문의할 메일 초안 + 우리 쪽 임시 조치 알려주세요.\n\n{\"eventType\":\"PAYMENT_APPROVED\",\"orderId\":\"ORD-88213\",\"approvedAt\":\"2025-11-25T10:31:07+09:00\",\"card\":{\"number\":\"⟦CARD:«c»⟧\",\"issuer\":\"KB\",\"installment\":0},\"customer\":{\"name\":\"⟦PER:«n»⟧\",\"mobile\":\"⟦PH:«p»⟧\"}}", c=anycard(), n=kq(), p=mob('')))
    # 31 Slack export JSON
    put(L, P, tpl("슬랙 export에서 CS 채널 메시지 하나예요. 이런 메시지를 자동으로 찾아 경고하는 봇을 만들고 싶어요.\n\n{\"type\":\"message\",\"user\":\"U04QK7\",\"text\":\"고객 ⟦PER:«n»⟧님 환불 계좌 ⟦ACC:«a»⟧ (기업은행) 로 처리 부탁드려요. 연락처 ⟦PH:«p»⟧\",\"ts\":\"1732497201.003900\"}", n=kq(), a=acct('기업'), p=mob()))
    # 32 GitHub issue with stack trace
    put(L, P, f"오픈소스 라이브러리에 이슈 올리려는데, 개인정보 지우고 영어로 다시 써 주세요.\n\n예외 메시지:\nValueError: invalid checksum for '⟦RRN:{rrx(1986, 1996)}⟧' (name='⟦PER:{kq()}⟧')\n  File \"/app/venv/lib/python3.12/site-packages/krid/validate.py\", line 88, in check\n  File \"/app/members/forms.py\", line 41, in clean_rrn\n라이브러리 버전 2.3.1, 체크섬 계산이 2020년 10월 이후 번호에 안 맞는 듯합니다.")
    # 33 Google Apps Script execution log
    put(L, P, f"구글 시트 자동화 Apps Script 실행 로그인데, 행이 하나씩 밀려서 기록돼요. 원인 찾아 주세요.\n\n오전 10:02:14\t알림\t실행이 시작됨\n오전 10:02:15\t정보\trow 14 → [⟦PER:{kq()}⟧, ⟦PH:{mob()}⟧, ⟦LOC:{ka()}⟧, 신청완료]\n오전 10:02:15\t정보\trow 15 → [, , , ]\n오전 10:02:16\t알림\t실행이 완료됨")
    # 34 HTTPie request
    put(L, P, f"HTTPie로 보낸 요청이 400을 받아요. 한글 필드 인코딩 문제일까요?\n\n$ http --form POST https://api.example-rent.kr/v1/drivers \\\n    Authorization:\"Bearer $TOKEN\" \\\n    name='⟦PER:{kq()}⟧' license_no='⟦DLIC:{dl()}⟧' phone='⟦PH:{mob()}⟧'\n\nHTTP/1.1 400 Bad Request\n{{\"error\": \"license_no: invalid region code\"}}")
    # 35 SQL INSERT (인사 마이그레이션)
    n1, n2 = kqs(2)
    put(L, P, f"인사 DB 마이그레이션 스크립트예요. 이 INSERT들을 COPY용 TSV로 바꿔주세요.\n\nINSERT INTO emp (emp_no, name, rrn, pay_account) VALUES\n  ('E2025031', '⟦PER:{n1}⟧', '⟦RRN:{rrx(1988, 1999)}⟧', '⟦ACC:{acct('국민')}⟧'),\n  ('E2025032', '⟦PER:{n2}⟧', '⟦RRN:{rrx(1988, 1999)}⟧', '⟦ACC:{acct('우리')}⟧'),\n  ('E2025033', '⟦PER:{anyhf2()}⟧', '⟦ARN:{arx(1990, 2000)}⟧', '⟦ACC:{acct('하나')}⟧');  -- 외국인은 rrn 컬럼에 외국인등록번호")
    # 36 journalctl JSON
    put(L, P, f"sshd 로그를 journalctl -o json으로 보면 이렇게 나와요. jq로 실패한 접속 IP만 뽑는 명령 알려주세요.\n\n{{\"_SYSTEMD_UNIT\":\"sshd.service\",\"MESSAGE\":\"Failed password for invalid user admin from ⟦IP:{pub_ip()}⟧ port 50122 ssh2\",\"__REALTIME_TIMESTAMP\":\"1732499811223344\"}}\n{{\"_SYSTEMD_UNIT\":\"sshd.service\",\"MESSAGE\":\"Accepted publickey for deploy from ⟦IP:{priv_ip()}⟧ port 41822 ssh2\",\"__REALTIME_TIMESTAMP\":\"1732499902118800\"}}")
    # 37 Windows Event 4625 + helpdesk note
    n = kq()
    put(L, P, f"보안 이벤트 4625가 한 사용자에게 몰립니다. 헬프데스크 메모랑 같이 보고 원인 추정해 주세요.\n\n<EventData>\n  <Data Name=\"TargetUserName\">jkim02</Data>\n  <Data Name=\"LogonType\">3</Data>\n  <Data Name=\"IpAddress\">⟦IP:{priv_ip()}⟧</Data>\n</EventData>\n\n헬프데스크 메모: 재무팀 ⟦PER:{n}⟧ 대리(내선 아님, 휴대폰 ⟦PH:{mob()}⟧) 노트북 비밀번호 변경 후 계정 잠김 반복.")
    # 38 LDIF
    n = kq()
    put(L, P, f"LDAP에 넣을 LDIF인데 한글 cn이 base64로 안 바뀌어 있어서 에러 나요. 고쳐진 버전 만들어 주세요.\n\ndn: uid=dev031,ou=people,dc=example,dc=kr\nobjectClass: inetOrgPerson\ncn: ⟦PER:{n}⟧\nmail: ⟦MAIL:{kwork()}⟧\nmobile: ⟦PH:{mob()}⟧\npostalAddress: ⟦LOC:{kaddr6('floorroom')}⟧")
    # 39 vCard
    n = kq()
    put(L, P, f"vcf 파일을 연락처 앱에서 가져오면 이름이 깨져요. CHARSET 문제인지 봐주세요.\n\nBEGIN:VCARD\nVERSION:3.0\nFN:⟦PER:{n}⟧\nTEL;TYPE=CELL:⟦PH:{intl('-')}⟧\nEMAIL:⟦MAIL:{kmail()}⟧\nADR;TYPE=HOME:;;⟦LOC:{kaddr_en2(unit=True)}⟧;;;;\nEND:VCARD")
    # 40 airline PNR API (Korean passenger)
    put(L, P, tpl("항공 예약 API 응답에서 APIS 정보 파싱하다 에러 납니다. documentNumber가 null일 때 처리를 어떻게 하죠?\n\n\"travelers\": [\n  {\"id\": \"1\", \"fullName\": \"⟦PER:«n»⟧\", \"documents\": [{\"documentType\": \"PASSPORT\", \"number\": \"⟦PASS:«p»⟧\", \"issuanceCountry\": \"KR\"}], \"contact\": {\"phone\": \"⟦PH:«ph»⟧\"}},\n  {\"id\": \"2\", \"documents\": [{\"documentType\": \"PASSPORT\", \"number\": null}]}\n]", n=rname("passport"), p=pp_new(), ph=intl('')))


# ---------------------------------------------------------------- hard negatives (25 ko, 20 en, 15 mixed), no label
def negatives() -> None:
    K, E, M = "ko", "en", "mixed"
    # ---- Korean
    # 1 족보 항렬표 (돌림자만, 인명 없음)
    add(K, N, "종친회 족보 편찬 자료인데 항렬표를 표로 정리해 주세요.\n25세: 鍾(종) - 金 변\n26세: 洙(수) - 水 변\n27세: 植(식) - 木 변\n28세: 炳(병) - 火 변\n29세: 在(재) - 土 변\n오행 상생 순서(금→수→목→화→토)에 따라 돌림자를 정한 것이라는 설명도 한 줄 넣어 주세요.", [])
    # 2 버스 노선·정류장 ARS 번호
    add(K, N, "버스 정류장 안내문 문구 다듬어 주세요.\n정류장: 시립도서관 앞 (ARS 23-187)\n경유 노선: 간선 472, 지선 6714, 마을 종로12\n첫차 05:10 / 막차 23:40, 배차간격 평일 8~12분, 주말 12~15분\n공사 기간 중 임시 정류장은 맞은편 23-188로 이전합니다.", [])
    # 3 KTX 열차 시각표
    add(K, N, "출장 일정표에 넣을 열차 시각 정리해 주세요.\nKTX 101 서울 05:15 → 부산 07:54\nKTX 123 서울 09:00 → 부산 11:38\nSRT 315 수서 10:30 → 목포 12:51\nITX-새마을 1003 용산 07:46 → 익산 10:40\n왕복 모두 특실 가능 여부 확인 필요.", [])
    # 4 KS 규격번호 목록
    add(K, N, "조달 규격서에 인용할 KS 표준 번호가 맞는지 봐주세요.\n- KS X 1001 (정보교환용 부호계)\n- KS C IEC 60335-1 (가정용 전기기기 안전)\n- KS F 2257-1 (건축 부재의 내화 시험방법)\n- KS M ISO 9001 (품질경영시스템)\n- KS B 0161 (표면 거칠기)", [])
    # 5 식품 품목보고번호·표시사항
    add(K, N, f"수출용 라벨 번역 전에 한글 표시사항 검토 부탁드려요.\n제품명: 국산콩 두부 300g\n식품유형: 두부\n품목보고번호: 2019{dg(4)}0{dg(5)}\n소비기한: 제조일로부터 14일\n원재료: 대두(국산) 98%, 응고제(염화마그네슘)\n보관: 0~10℃ 냉장", [])
    # 6 도서관 청구기호 (KDC)
    add(K, N, "추천도서 목록 청구기호 순으로 정렬해 주세요.\n813.7 ㅎ294ㅅ\n325.211 ㄱ562ㅁ\n004.73 ㅂ113ㅍ\n911.05 ㅇ921ㅈ\n516.75 ㅊ334ㄷ\n청구기호 뒤 저자기호는 그대로 두세요.", [])
    # 7 약제 급여 코드·상한금액
    add(K, N, f"약제급여목록 변경분을 표로 만들어 주세요.\n제품코드 6450{dg(1)}1230 / 상한금액 312원 → 298원\n제품코드 6420{dg(1)}5020 / 상한금액 1,105원 → 1,050원\n제품코드 6470{dg(1)}8810 / 급여 삭제\n적용일: 다음 달 1일", [])
    # 8 건축물 층별 면적표
    add(K, N, "건축물대장 층별 개요를 보고서용 표로 바꿔 주세요.\n지하1층 주차장 1,204.52㎡\n1층 근린생활시설 612.30㎡\n2층 업무시설 598.77㎡\n3층 업무시설 598.77㎡\n옥탑 계단실 32.40㎡\n연면적 3,046.76㎡, 건폐율 58.91%, 용적률 199.40%", [])
    # 9 수능 등급컷
    add(K, N, "가채점 기준 등급컷 표를 학생 안내용으로 정리해 주세요.\n국어(언어와 매체) 1등급 원점수 88 / 표준점수 133\n수학(미적분) 1등급 원점수 85 / 표준점수 137\n영어 1등급 90점 이상(절대평가)\n탐구 생활과 윤리 1등급 원점수 47 / 표준점수 68", [])
    # 10 공무원 봉급표
    add(K, N, "공무원 봉급표 일부를 엑셀 붙여넣기 좋게 탭 구분으로 바꿔 주세요.\n9급 1호봉 2,000,900원 / 2호봉 2,032,400원 / 3호봉 2,067,000원\n8급 1호봉 2,052,800원 / 2호봉 2,089,900원\n7급 1호봉 2,270,300원\n인상률 3.0% 반영 전 금액입니다.", [])
    # 11 지하철 역번호·배차간격
    add(K, N, "역사 안내판 문구 검토해 주세요.\n2호선 222 강남 / 3호선 340 고속터미널 / 9호선 923 신논현\n출근 시간대(07:00~09:00) 배차 2분 30초, 평시 5분\n막차: 내선 00:48, 외선 00:51\n환승 소요시간 약 4분", [])
    # 12 대기질 측정값
    add(K, N, f"대기질 측정 결과 보도자료 문장으로 바꿔 주세요.\n측정소 111121 / PM10 {random.randint(30, 80)}㎍/㎥ / PM2.5 {random.randint(15, 40)}㎍/㎥ / O3 0.031ppm\n측정소 131113 / PM10 {random.randint(30, 80)}㎍/㎥ / PM2.5 {random.randint(15, 40)}㎍/㎥ / O3 0.027ppm\n예보 등급: 보통, 내일 오후 한때 나쁨", [])
    # 13 민원 접수번호 목록
    add(K, N, "이번 주 처리 지연 민원 접수번호만 뽑았어요. 처리기한 순으로 정렬해 주세요.\n2AA-2511-0438721 (처리기한 11/28)\n2AA-2511-0401093 (처리기한 11/26)\n1AB-2511-0522187 (처리기한 12/02)\n2AA-2511-0399640 (처리기한 11/26)\n지연 사유는 부서 간 이송 2회.", [])
    # 14 가락시장 경락가격
    add(K, N, "오늘 경락가격 동향 문자 만들어 주세요.\n배추 10kg 상품 12,400원 (전일 대비 +6.2%)\n무 20kg 상품 18,900원 (-3.1%)\n양파 15kg 21,300원 (+1.4%)\n사과(부사) 10kg 48,700원 (보합)", [])
    # 15 환율 고시표
    add(K, N, "환율 고시표를 직원 출장비 정산 안내에 쓰게 정리해 주세요.\nUSD 매매기준율 1,398.50 / 현찰 살 때 1,422.97\nJPY(100) 912.44 / 현찰 살 때 928.40\nEUR 1,463.12 / 현찰 살 때 1,492.23\n고시 회차 27회, 기준 시각 11:02", [])
    # 16 한국표준산업분류 코드
    add(K, N, "사업자 업종 선택 안내문에 예시 코드 넣어 주세요.\n47912 전자상거래 소매 중개업\n56111 한식 일반 음식점업\n62010 컴퓨터 프로그래밍 서비스업\n73303 사진 처리업\n85501 일반 교과 학원\n제10차 개정 기준입니다.", [])
    # 17 우편번호 구역표 (번지 없는 동 이름만)
    add(K, N, "우편물 구분 작업 안내문에 넣을 기초구역 번호표 정리해 주세요.\n06236 역삼1동 일부\n06164 삼성2동 일부\n04349 이태원1동 일부\n48059 우동 일부\n35242 둔산2동 일부\n※ 건물번호별 세부 구역은 우정사업본부 자료를 따릅니다.", [])
    # 18 수험번호 좌석 배치표 (이름 없음)
    add(K, N, "시험실 좌석 배치표를 출력용으로 정리해 주세요.\n제3시험실(본관 204호)\n수험번호 2025-11-0431 ~ 2025-11-0458 (28명)\n제4시험실(본관 205호)\n수험번호 2025-11-0459 ~ 2025-11-0486 (28명)\n감독관 2인, 입실 08:10 완료, 휴대전화는 교탁 앞 보관함에 제출", [])
    # 19 시군구별 인구 통계
    add(K, N, "인구 동향 보고서용 문장으로 요약해 주세요.\n관내 총인구 312,408명 (전월 대비 -214명)\n세대수 151,992세대, 세대당 인구 2.06명\n65세 이상 비율 21.7%, 외국인 주민 8,311명\n출생 97명, 사망 188명", [])
    # 20 국가기술자격 종목코드·시험일정
    add(K, N, "자격증 준비반 공지에 시험 일정표 넣어 주세요.\n정보처리기사(종목코드 1320) 필기 3회: 원서접수 7/22~7/25, 시험 8/9~9/1\n전기기사(1150) 실기: 11/2 시행\n산업안전기사(2350) 필기 합격 기준 평균 60점, 과목당 40점 이상", [])
    # 21 조석표 (물때)
    add(K, N, "갯벌 체험 안전 안내문에 넣을 물때 정리해 주세요.\n11월 27일(음 10.7) 조금\n만조 05:41 (612cm) / 17:58 (587cm)\n간조 11:52 (241cm) / 23:59 (268cm)\n체험 가능 시간: 간조 전후 2시간", [])
    # 22 성씨가 들어간 상호 목록
    add(K, N, "상가 입점 업체 안내판 문구를 가나다순으로 정리해 주세요.\n김가네 김밥 / 박가부대찌개 / 이가네 반찬가게 / 최고당 약국 / 홍두깨 칼국수 / 정가네 곱창\n층별 위치는 1층 동편, 2층 서편으로 나눠 주세요.", [])
    # 23 선박 IMO 번호와 항해 일정
    add(K, N, "항만 입출항 예정표를 날짜순으로 바꿔 주세요.\nHMM ALGECIRAS (IMO 9863297) 입항 11/28 06:00 신항 3부두\nSINOKOR TIANJIN (IMO 9355549) 출항 11/28 14:30\nPAN OCEAN 호 (IMO 9706633) 묘박지 대기 중\n도선 신청 마감 전일 17:00", [])
    # 24 외래어 지명 표기 용례
    add(K, N, "보도자료 외래어 표기 통일 기준 확인 부탁해요.\n뉴욕(New York), 상트페테르부르크(Saint Petersburg), 로스앤젤레스(Los Angeles), 샌프란시스코(San Francisco), 퀘벡(Québec), 뮌헨(München)\n인명이 아닌 지명만 정리한 것입니다.", [])
    # 25 A/S 접수표 (제품 시리얼, 고객정보 없음)
    add(K, N, f"A/S 입고 현황을 모델별로 집계해 주세요.\nS/N KR3A{dg(7)}X 모델 RF85C-9101 냉장고 / 증상 성에\nS/N KR2B{dg(7)}Z 모델 WD12T-5620 세탁기 / 증상 탈수 소음\nS/N KR3A{dg(7)}Y 모델 RF85C-9101 냉장고 / 증상 소음\n부품 재고: 팬모터 4, 도어 가스켓 2", [])
    # ---- English
    # 1 NATO phonetic alphabet
    add(E, N, "Make a laminated cheat sheet for the call centre: Alfa, Bravo, Charlie, Delta, Echo, Foxtrot, Golf, Hotel, India, Juliett, Kilo, Lima, Mike, November, Oscar, Papa, Quebec, Romeo, Sierra, Tango, Uniform, Victor, Whiskey, X-ray, Yankee, Zulu. Add a note that agents should use these when reading back order codes.", [])
    # 2 departures board
    add(E, N, "Turn this into a travel advisory for staff: UA 892 SFO–ICN departs 11:05, gate G98; KE 024 ICN–SFO arrives 09:40, terminal 2; AA 281 DFW–HND delayed to 12:15; DL 159 MSP–ICN on time, gate F4. Check-in closes 60 minutes before departure.", [])
    # 3 METAR / TAF
    add(E, N, "Explain this weather report for our field crew in plain English:\nMETAR KSEA 251853Z 18012G22KT 10SM -RA BKN025 OVC040 09/06 A2992\nTAF KSEA 251720Z 2518/2618 19015G25KT P6SM -RA OVC030 FM260300 21010KT P6SM BKN035", [])
    # 4 periodic table excerpt
    add(E, N, "Format for a chemistry quiz: Carbon C 6 12.011; Nitrogen N 7 14.007; Oxygen O 8 15.999; Sodium Na 11 22.990; Chlorine Cl 17 35.45; Iron Fe 26 55.845; Copper Cu 29 63.546. Columns: name, symbol, atomic number, standard atomic weight.", [])
    # 5 box score
    add(E, N, "Write a two-sentence recap for the newsletter: Harbor City Gulls 5, Ridgeview Miners 3. Line: Gulls 0-2-0-1-0-0-2-0-x, 9 hits, 1 error; Miners 1-0-0-0-2-0-0-0-0, 7 hits, 0 errors. Attendance 11,482. Time of game 2:51.", [])
    # 6 recipe
    add(E, N, "Scale this to 48 servings for the company picnic: 2 lb ground beef, 1 can (15 oz) kidney beans, 1 can (28 oz) crushed tomatoes, 2 tbsp chili powder, 1 tsp cumin, 1 onion. Simmer 45 minutes at low heat. Serves 6.", [])
    # 7 container numbers
    add(E, N, "Reconcile the container list with the bill of lading: MSCU 472981 3, TGHU 884120 7, CMAU 301776 4, HLXU 652093 0. Seal numbers: ML-KR 2291034, ML-KR 2291035. Flag any container not on the B/L.", [])
    # 8 federal docket numbers
    add(E, N, "Put these hearings in a calendar table: 1:24-cv-03817 status conference, Dec 3, 10:00 a.m.; 2:23-cr-00412 sentencing, Dec 5, 2:00 p.m.; 3:25-bk-10928 341 meeting, Dec 9, 9:30 a.m.; 1:25-mc-00077 motion hearing, Dec 11.", [])
    # 9 NDC codes
    add(E, N, "Make a formulary update table: NDC 0071-0155-23 atorvastatin 10 mg tablet, tier 1; NDC 0093-7146-56 metformin ER 500 mg, tier 1; NDC 50090-4631-0 apixaban 5 mg, tier 3 with prior authorization; NDC 0169-4060-12 semaglutide pen, tier 4.", [])
    # 10 CUSIP / ISIN
    add(E, N, "Tidy this holdings list for the quarterly statement: Apple Inc. CUSIP 037833100 / ISIN US0378331005, 120 sh; Microsoft Corp. CUSIP 594918104 / ISIN US5949181045, 80 sh; Samsung Electronics ISIN KR7005930003, 200 sh.", [])
    # 11 parts catalogue
    add(E, N, "Reformat as a parts table: P/N 4471-220-01 gasket kit, qty 12; P/N WH-1000XM5/B headphones, qty 3; P/N 93A-7712-0040 bearing, qty 40; model SM-S928N replacement back glass, qty 5. Add a reorder column (yes if qty < 10).", [])
    # 12 release notes
    add(E, N, "Write customer-facing release notes: v4.12.0 (build 4120.883) adds SSO for Okta; v4.12.1 (build 4121.902) fixes CSV export timeouts; v4.13.0-rc.2 introduces the new audit log. Minimum supported client 4.10.3.", [])
    # 13 paint colours
    add(E, N, "Make a finish schedule for the lobby: walls Benjamin Moore Chantilly Lace OC-65, accent Sherwin-Williams Naval SW 6244, trim Farrow & Ball Wevet No. 273, ceiling Behr Ultra Pure White 1850. Eggshell on walls, semi-gloss on trim.", [])
    # 14 aircraft tail numbers
    add(E, N, "Summarize the maintenance board: N731BA (B737-800) A-check due Dec 4; HL8355 (A321neo) cabin PA fault, deferred MEL 23-31-01; N512FX (B767F) engine borescope complete; C-FTJO cleared for service.", [])
    # 15 eponymous diseases
    add(E, N, "Plain-language glossary for the benefits guide: Alzheimer's disease, Parkinson's disease, Crohn's disease, Hodgkin lymphoma, Tourette syndrome, Raynaud's phenomenon, Bell's palsy, Hashimoto's thyroiditis. One sentence each, no medical advice.", [])
    # 16 ZIP code demographics
    add(E, N, "Make a chart caption from this: ZIP 98402 population 7,914, median age 36.1; ZIP 43215 population 13,582, median age 31.4; ZIP 27603 population 38,017, median age 35.0; ZIP 80302 population 30,221, median age 28.7.", [])
    # 17 area code coverage
    add(E, N, "For the sales territory map, list which regions these area codes cover: 206 (Seattle), 312 (Chicago Loop), 415 (San Francisco), 617 (Boston), 702 (Las Vegas), 919 (Raleigh-Durham). No phone numbers needed, just the codes and regions.", [])
    # 18 Sudoku
    add(E, N, "Check whether this Sudoku row set is valid:\n5 3 0 | 0 7 0 | 0 0 0\n6 0 0 | 1 9 5 | 0 0 0\n0 9 8 | 0 0 0 | 0 6 0\n8 0 0 | 0 6 0 | 0 0 3\n4 0 0 | 8 0 3 | 0 0 1\n(0 means empty).", [])
    # 19 e-commerce order numbers
    add(E, N, "Group these returns by reason: order 112-4803921-7736214 wrong size; order 113-0092817-5521903 damaged; order 114-7719204-3380112 arrived late; order 111-5520473-9921087 wrong size. Count per reason.", [])
    # 20 mountain peaks
    add(E, N, "Make a trivia card: Denali 20,310 ft (6,190 m); Mount Whitney 14,505 ft; Mount Rainier 14,411 ft; Mount Hood 11,249 ft; Mount Washington 6,288 ft. Sort from highest to lowest and add the state for each.", [])
    # ---- mixed
    # 1 UUID / ULID migration log
    add(M, N, "마이그레이션 로그에서 실패한 레코드만 뽑는 awk 알려주세요.\n[migrate] ok   01JD2X8K4M3Q9V7T0ZB5N6C1RA\n[migrate] FAIL 5f0c2b1e-8a4d-4f3a-9c1b-7e2d0a6b9f44 (fk violation)\n[migrate] ok   01JD2X8K4N0B2W6P9QF3M7Y8HD\n[migrate] FAIL 0d9e7c6a-1b2f-4e3d-8a5c-6f4b3a2e1d0c (duplicate key)", [])
    # 2 git log text (hashes, tags)
    add(M, N, "릴리스 노트 초안 만들어 주세요. git log --oneline 결과예요.\n9c3e1f2 (tag: v2.8.0) chore: bump version\n4a7b0d9 feat(api): 주문 취소 사유 코드 추가\n1e5f8c3 fix(batch): 정산 배치 타임존 버그 수정\n0b2d6a7 refactor: 결제 모듈 패키지 분리\n7f4c9e1 (tag: v2.7.3) docs: README 한글화", [])
    # 3 HTTP status code table
    add(M, N, "API 에러 응답 가이드에 넣을 표 한국어로 설명 붙여 주세요.\n400 Bad Request\n401 Unauthorized\n403 Forbidden\n404 Not Found\n409 Conflict\n422 Unprocessable Entity\n429 Too Many Requests\n503 Service Unavailable", [])
    # 4 Unicode code point table (syllables, not names)
    add(M, N, "한글 음절 범위 체크 함수 주석에 넣을 표 검토해 주세요.\n가 U+AC00 (첫 음절)\n각 U+AC01\n나 U+B098\n다 U+B2E4\n힣 U+D7A3 (마지막 음절)\n총 11,172자, 초성 19 × 중성 21 × 종성 28", [])
    # 5 Java stack trace without data
    add(M, N, "이 스택트레이스 원인 분석 부탁해요.\njava.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null\n\tat com.example.order.util.Masker.mask(Masker.java:42)\n\tat com.example.order.api.OrderController.detail(OrderController.java:118)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)", [])
    # 6 MAC address inventory
    add(M, N, "자산 관리 시트에 옮길 장비 목록인데 MAC 주소 형식을 콜론 구분으로 통일해 주세요.\nAP-3F-01  B4-FB-E4-2A-91-0C\nAP-3F-02  b4fb.e42a.9177\nSW-CORE   00:1A:2B:3C:4D:5E\nPRN-2F    3C2AF4119D08", [])
    # 7 X.509 OIDs
    add(M, N, "인증서 파싱 코드에서 OID 매핑 테이블 맞는지 봐주세요.\n2.5.4.3 commonName\n2.5.4.10 organizationName\n2.5.29.17 subjectAltName\n1.2.840.113549.1.1.11 sha256WithRSAEncryption\n1.3.6.1.5.5.7.3.1 serverAuth", [])
    # 8 .NET assembly versions
    add(M, N, "빌드 후 어셈블리 버전이 안 바뀌어요. csproj랑 AssemblyInfo 같이 봐주세요.\n[assembly: AssemblyVersion(\"2.4.0.0\")]\n[assembly: AssemblyFileVersion(\"2.4.17.310\")]\n<PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" />\n<Version>2.4.17</Version>", [])
    # 9 hexdump of a Korean word
    add(M, N, "UTF-8 BOM이 붙었는지 확인하려고 xxd 했어요. 해석해 주세요.\n00000000: efbb bfec 9588 eb85 95ed 9598 ec84 b8ec  ................\n00000010: 9a94 0a                                  ...\n(파일 내용은 '안녕하세요' 한 줄입니다)", [])
    # 10 time zone offsets
    add(M, N, "스케줄러 설정에서 타임존 변환 맞는지 확인해 주세요.\nAsia/Seoul +09:00\nAmerica/Los_Angeles -08:00 (PST)\nEurope/London +00:00\ncron 0 9 * * 1-5 (KST 기준) → UTC 0 0 * * 1-5\n2025-11-25T09:00:00+09:00 = 2025-11-25T00:00:00Z", [])
    # 11 EXIF metadata without GPS
    add(M, N, "업로드 이미지에서 EXIF 지우기 전에 어떤 태그가 있는지 정리해 주세요.\nMake: SAMSUNG\nModel: SM-S928N\nDateTimeOriginal: 2025:11:20 14:03:11\nExposureTime: 1/120\nFNumber: 1.7\nISOSpeedRatings: 50\nGPS: (none)", [])
    # 12 두벌식 key mapping table
    add(M, N, "한/영 전환 실수 교정 기능 만들려고요. 매핑 표가 맞는지 봐주세요.\nr→ㄱ, s→ㄴ, e→ㄷ, f→ㄹ, a→ㅁ, q→ㅂ, t→ㅅ, d→ㅇ, w→ㅈ, c→ㅊ, z→ㅋ, x→ㅌ, v→ㅍ, g→ㅎ\nk→ㅏ, o→ㅐ, i→ㅑ, j→ㅓ, p→ㅔ, u→ㅕ, h→ㅗ, y→ㅛ, n→ㅜ, b→ㅠ, m→ㅡ, l→ㅣ\n예: dkssud → 안녕", [])
    # 13 feature flag rollout
    add(M, N, "피처 플래그 설정 리뷰 부탁해요.\nflags:\n  new-checkout:\n    enabled: true\n    rollout: 25\n    segments: [beta-testers, internal]\n  kr-address-autocomplete:\n    enabled: false\n    rollout: 0\n  dark-mode: {enabled: true, rollout: 100}", [])
    # 14 EXPLAIN ANALYZE
    add(M, N, "쿼리가 느린 이유 분석해 주세요.\nSeq Scan on orders  (cost=0.00..184233.10 rows=5210 width=96) (actual time=0.041..912.553 rows=4981 loops=1)\n  Filter: ((status)::text = 'PAID'::text)\n  Rows Removed by Filter: 6120442\nPlanning Time: 0.188 ms\nExecution Time: 913.207 ms", [])
    # 15 lspci output
    add(M, N, "서버에 GPU가 인식됐는지 lspci 결과 해석해 주세요.\n00:02.0 VGA compatible controller [0300]: Intel Corporation Device [8086:a780] (rev 04)\n01:00.0 3D controller [0302]: NVIDIA Corporation AD102GL [L40S] [10de:26b9] (rev a1)\n02:00.0 Ethernet controller [0200]: Intel Corporation Ethernet Controller X710 [8086:1572] (rev 02)", [])


# ---------------------------------------------------------------- obfuscated (16 ko, 12 en, 12 mixed): forty disguise kinds, each used once
def obfuscated() -> None:
    K, E, M = "ko", "en", "mixed"
    # ---- Korean (16)
    # 1 mobile number in keycap emoji
    v = keycaps(pick_mob())
    put(K, OB, f"단톡방 공지에 제 번호 올릴 때 필터에 걸려서 이렇게 썼는데 보기 괜찮나요? 행사 당일 급한 일 있으면 연락 주세요 → ⟦PH:{v}⟧ (운영팀장)")
    # 2 mobile with ㅇ for 0 and ㅣ for 1
    while True:
        m = mob()
        if "1" in m[4:]:
            break
    put(K, OB, f"중고거래 앱에서 번호 쓰면 글이 가려져서 이렇게 적었어요. 문장 자연스럽게 다듬어 주세요: 직거래는 주말 오전만 가능하고 문자 먼저 주세요 ⟦PH:{jamo_zero_one(m)}⟧")
    # 3 phone read in military radio digits
    put(K, OB, f"당직 무전 기록을 일지로 옮겨 주세요.\n\"통신보안. 여기는 본부 상황실. 전입 예정 간부 비상연락망 불러준다. 번호 ⟦PH:{radio(pick_mob())}⟧. 이상.\"\n\"수신 양호. 복창 완료. 이상.\"")
    # 4 account number in superscript digits
    put(K, OB, f"환불 계좌를 문서 각주처럼 위첨자로 넣었더니 자동 검열에 안 걸리더라고요. 이 안내문 문장만 다듬어 주세요: 환불은 농협 ⟦ACC:{acct('농협').translate(SUPER)}⟧ (예금주 본인)로 진행됩니다.")
    # 5 health insurance number written as a quantity
    put(K, OB, f"건강보험증 번호를 숫자 말고 금액처럼 적어서 보내면 안 걸린대서요. 이렇게 쓰면 상대가 알아볼까요? \"보험증 번호는 ⟦HINS:{as_quantity(hi_ok())}⟧ 이렇게 붙여 읽으면 돼\"")
    # 6 Korean name typed as loose compatibility jamo
    n = kq()
    put(K, OB, f"자판이 고장 나서 자모가 안 합쳐진 채로 입력됐는데, 수강 신청 변경 메일 문장 좀 다듬어 주세요. 신청자: ⟦PER:{''.join(jamo_parts(n))}⟧ / 변경 강좌: 토요 캘리그라피 → 화요 수채화")
    # 7 Korean name typed in English mode
    while True:
        n = kq()
        if all("가" <= c <= "힣" for c in n):
            break
    put(K, OB, f"한영 전환 안 하고 쳐서 이름이 이렇게 들어갔어요. 시스템에 이대로 저장됐는데 민원 회신 문구만 만들어 주세요. 민원인 성명: ⟦PER:{english_mode(n)}⟧, 처리 결과: 가로등 교체 완료.")
    # 8 Korean name written vertically
    n = kq()
    vert = "\n".join(n)
    put(K, OB, f"세로 현수막 시안 문구 검토해 주세요. 가운데 줄이 수상자 이름이에요.\n\n축\n⟦PER:{vert}⟧\n수\n상\n\n(올해의 봉사왕)")
    # 9 Korean name in Katakana
    _, kana = random.choice(KATAKANA_NAMES)
    put(K, OB, f"일본 여행사에서 보낸 객실 배정표인데 한국 이름이 가타카나로 되어 있어요. 한국어 안내문으로 바꿔 주세요. 1203호: ⟦PER:{kana}⟧ 様 (2박, 조식 포함)")
    # 10 passport number with its letter as a Hangul letter name
    v = pp()
    put(K, OB, f"비자 대행 신청서 메모입니다. 여권번호는 영문자 대신 한글로 적어 뒀어요: ⟦PASS:엠{v[1:]}⟧. 발급일은 작년 3월, 유효기간 10년. 대행 수수료 안내 문자 써 주세요.")
    # 11 resident number regrouped 4-4-5
    d = digits(rrx(1970, 1995))
    put(K, OB, f"등록번호 자리 나누기를 바꾸면 안 걸린다길래 이렇게 보내봤어요. 받는 분이 헷갈리지 않게 안내 문장 붙여 주세요: ⟦RRN:{grp(d, (4, 4, 5))}⟧")
    # 12 resident number in Hanja numerals (old register transcription)
    put(K, OB, f"제적등본 옛 한자 기록을 옮겨 적은 건데 한글 공문에 들어갈 표현으로 바꿔 주세요.\n本籍 慶尙北道\n住民登錄番號 ⟦RRN:{rrx(1936, 1948).translate(HANJA_NUM)}⟧\n父 未詳 / 母 未詳")
    # 13 alien registration number with the vowel ㅡ as the hyphen
    put(K, OB, f"외국인 근로자 숙소 배정 메모에서 등록번호를 한글 자판으로 쳐서 하이픈이 'ㅡ'로 들어갔어요. 메모 문장만 정리해 주세요: 202호 배정, 외국인등록번호 ⟦ARN:{arx(1990, 2001).replace('-', 'ㅡ')}⟧, 입주일 다음 주 월요일.")
    # 14 e-mail dictated in Hangul letter names (speech-to-text)
    while True:
        e = random.choice((email, email2, email3, email4, email5))()
        if e.split("@")[1] in HDOMAIN:
            break
    put(K, OB, f"콜센터 STT 변환 결과인데 이메일 주소가 이렇게 나왔어요. 상담 요약으로 정리해 주세요.\n상담사: 회신 받으실 메일 주소 불러주시겠어요?\n고객: 네, ⟦MAIL:{dictated(e)}⟧ 이요.\n상담사: 확인했습니다.")
    # 15 road-name address with every space removed
    a = "".join(kaddr6("apt").replace(",", "").split())
    put(K, OB, f"택배 송장 출력기가 띄어쓰기를 다 없애서 이렇게 찍혀요. 기사님께 보낼 안내 문구 써 주세요. 배송지: ⟦LOC:{a}⟧ / 부재 시 경비실")
    # 16 driving licence number in double-struck digits
    put(K, OB, f"SNS에 렌터카 인증 글 쓸 때 면허번호를 이 글꼴로 바꾸면 검색에 안 잡힌대요. 글 다듬어 주세요: 오늘 제주 도착! 면허 ⟦DLIC:{dl(named=True).translate(DOUBLE)}⟧ 로 픽업 완료 🚗")
    # ---- English (12)
    # 1 phone number as phone-keypad letters
    word = random.choice(["DOGWALK", "PETSITS", "TAXHELP", "CARWASH", "FIXROOF"])
    put(E, OB, f"Vendor form for a freelancer — the phone field just says: cell ⟦PH:({random.choice(US_AREA)}) {word[:3]}-{word[3:]}⟧. Can you write the onboarding email asking them to confirm the numeric version?")
    # 2 e-mail with Cyrillic homoglyphs
    n = ep()
    put(E, OB, f"Our allow-list check failed on this address and I can't see why: ⟦MAIL:{cmail3(n).translate(CYR)}⟧. Write a short note to IT asking them to add it for the onboarding portal.")
    # 3 name in leetspeak
    n = ep()
    put(E, OB, f"Draft a reply to this support ticket signed '⟦PER:{n.translate(LEET)}⟧' — they say their loyalty points vanished after the app update. Keep it friendly.")
    # 4 name spelled in the NATO alphabet
    n = random.choice((ename, ename4, ename5))()
    put(E, OB, f"Call transcript excerpt, please summarize: Caller spelled the policyholder's name as ⟦PER:{nato(n)}⟧ and asked for the claim status on the windshield replacement.")
    # 5 name in Unicode small caps
    n = ep()
    put(E, OB, f"A candidate wrote their name in small caps on the application form: ⟦PER:{n.lower().translate(SMALLCAPS)}⟧. Draft the interview invitation for Thursday 2 p.m.")
    # 6 name in mathematical bold script
    n = ep()
    put(E, OB, f"This came in through the web chat display-name field: ⟦PER:{bold_script(n)}⟧. They want to change the delivery date on order 55-208. Write the agent's reply.")
    # 7 name upside down
    n = ep()
    put(E, OB, f"Someone signed the feedback form upside down as a joke: ⟦PER:{upside_down(n)}⟧. Write a polite thank-you for their comments about the parking shuttle.")
    # 8 name in Braille
    n = ep()
    put(E, OB, f"The accessibility team pasted the Braille label from the locker: ⟦PER:{braille(n)}⟧. Draft the notice telling the locker holder it will be reassigned next week.")
    # 9 US address with the house number spelled out
    street, city, z = random.choice(EADDR5[:3] + EADDR5[5:6])
    num = random.randint(1100, 9800)
    put(E, OB, f"The claimant typed the loss location with the number spelled out: ⟦LOC:{house_words(num)} {street}, {city} {z}⟧. Please write the inspection scheduling email.")
    # 10 card number with en dashes (word-processor autocorrect)
    put(E, OB, f"Pasted from the Word form the customer filled in: card ⟦CARD:{anycard().replace('-', '–').replace(' ', '–')}⟧, exp 09/28. Draft the reply explaining we can't take card details by email.")
    # 11 e-mail with a percent-encoded @ in a mailto link
    n = ep()
    put(E, OB, f"Our newsletter footer renders this link literally: <a href=\"mailto:⟦MAIL:{cmail2(n).replace('@', '%40')}⟧\">contact</a>. Rewrite the footer so it shows a plain contact button.")
    # 12 IPv4 with zero-padded octets
    ip = pub_ip()
    padded = ".".join(f"{int(o):03d}" for o in ip.split("."))
    put(E, OB, f"The firewall export lists the blocked source as ⟦IP:{padded}⟧ (zero-padded). Write a short incident note for the change-advisory board.")
    # ---- mixed (12)
    # 1 Korean name percent-encoded in a URL query
    n = kq()
    put(M, OB, f"nginx access log인데 이 요청이 왜 404인지 봐주세요.\nGET /member/search?name=⟦PER:{urllib.parse.quote(n)}⟧&page=1 HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0\"")
    # 2 Korean name as U+ code points
    n = kq()
    cps = " ".join(f"U+{ord(c):04X}" for c in n)
    put(M, OB, f"폰트 렌더링 버그 재현용으로 문자 코드를 뽑아뒀어요. 이 문자열이 특정 기기에서 네모로 보인대요: ⟦PER:{cps}⟧. 어떤 글리프가 빠진 건지 추정해 주세요.")
    # 3 Korean name as EUC-KR mojibake
    while True:
        n = kq()
        try:
            mj = mojibake(n)
        except UnicodeEncodeError:
            continue
        if "\xad" not in mj and "\xa0" not in mj:
            break
    put(M, OB, f"레거시 시스템에서 받은 CSV를 열었더니 이름이 이렇게 깨져요. 인코딩 뭘로 열어야 하나요?\ncust_id,name,grade\n10482,⟦PER:{mj}⟧,VIP")
    # 4 resident number whose leading zero Excel dropped
    d = digits(rrx(2001, 2006))
    put(M, OB, f"엑셀에서 숫자 서식으로 바뀌면서 앞자리 0이 사라졌어요. pandas로 읽을 때 dtype 지정 어떻게 하죠?\nrow 17: jumin = ⟦RRN:{d.lstrip('0')}⟧ (float64로 읽힘)")
    # 5 phone number as a JSON array of digits
    put(M, OB, f"보안 점검 때 걸리지 않게 하려고 앱에서 번호를 배열로 내려보내더라고요. 클라이언트에서 다시 합치는 코드 짜 주세요.\n{{\"contact\": [⟦PH:{', '.join(digits(pick_mob()))}⟧], \"type\": \"mobile\"}}")
    # 6 e-mail assembled with SQL CHAR(64)
    local, dom = kmail().split("@")
    put(M, OB, f"DLP 스캐너 우회하려고 누가 뷰를 이렇게 만들어 놨네요. 결과 값이 뭐가 되는지 알려주세요.\nCREATE VIEW v_contact AS SELECT CONCAT('⟦MAIL:{local}', CHAR(64), '{dom}⟧') AS admin_mail;")
    # 7 IPv4 as a reverse-DNS PTR name
    ip = pub_ip()
    rev = ".".join(reversed(ip.split(".")))
    put(M, OB, f"dig -x 결과인데 PTR 레코드가 우리 고객 회선으로 나옵니다. 보고서 문장 만들어 주세요.\n;; QUESTION SECTION:\n;⟦IP:{rev}⟧.in-addr.arpa.\tIN\tPTR\n;; ANSWER SECTION: (none)")
    # 8 IPv4 inside an EC2-style host name
    ip = priv_ip()
    put(M, OB, f"쿠버네티스 노드 이름이 이렇게 나오는데 어느 서브넷인지 알려주세요: ip-⟦IP:{ip_ec2(ip)}⟧.ap-northeast-2.compute.internal NotReady 3h12m")
    # 9 IPv4 as a Java signed byte array
    while True:
        ip = pub_ip()
        if any(int(o) > 127 for o in ip.split(".")):
            break
    put(M, OB, f"InetAddress.getAddress() 찍어보니 음수가 나와요. 이게 원래 어떤 주소인지, 그리고 부호 없는 값으로 바꾸는 코드 알려주세요.\nSystem.out.println(Arrays.toString(addr.getAddress()));\n→ [⟦IP:{ip_signed_bytes(ip)}⟧]")
    # 10 card number inside magnetic-stripe Track 2 data
    pan = card16()
    put(M, OB, f"POS 단말 디버그 로그에 트랙2 데이터가 남아요. 이거 PCI 위반이죠? 로그 레벨 조정 방법 알려주세요.\n[MSR] track2=;⟦CARD:{pan}⟧=2811{dg(3)}{dg(8)}?")
    # 11 card number as xxd -p hex of its ASCII digits
    pan = card16()
    put(M, OB, f"패킷 캡처에서 평문 전송 의심 구간을 xxd -p로 뽑았어요. 어떤 값인지 디코딩해 보고 암호화 필요 여부 판단해 주세요.\n⟦CARD:{ascii_hex(pan)}⟧\n0d0a")
    # 12 business number built by an Excel formula
    b = bz()
    p1, p2, p3 = b.split("-")
    put(M, OB, f"거래처 시트에서 사업자번호가 이런 수식으로 들어가 있어요. 값으로 변환하는 VBA 짜 주세요.\nC2: =\"⟦BRN:{p1}\"&\"-\"&\"{p2}\"&\"-\"&\"{p3}⟧\"")


# ---------------------------------------------------------------- negative_check(): the twenty-seventh's (its lines 3034-3041), unchanged
def negative_check(text: str) -> None:
    """A hard negative must not hold, by accident, a digit run that passes as a resident number or a card number."""
    for run in re.findall(r"\d[\d -]{11,22}\d", text):
        d = digits(run)
        if len(d) == 13 and valid_date(d[:6], int(d[6])) and d[6] in "1234":
            assert rrn_check(d[:12]) != int(d[12]), (run, text)
        if 15 <= len(d) <= 16 and d[0] in "3456":
            assert not luhn_ok(d), (run, text)


# ---------------------------------------------------------------- build(), self_check(), main(): the twenty-seventh's (its lines 3044-3114), prefix and file name changed
def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentyeighth")


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
    write_heldout(Path(__file__).with_name("heldout_twentyeighth.jsonl"), rows)


if __name__ == "__main__":
    main()
