# ruff: noqa: E501
"""Seventeenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; of heldout_sixteenth.py lines
1-470 (its module docstring, whose labelling conventions this file applies unchanged, its imports, constants, seed,
add(), value makers and disguise helpers; the last line of that range was the heading comment of the sixteenth's
first case group, nothing of its cases) and lines 4260-4320 (build(), self_check(), main()). Other looks: `wc -l` of
those four files, an `ls` of tests/detectors/corpus/ (file names only), `ls .venv/bin/python`, `test -e` on this
file's name, `git status --short` limited to tests/detectors/corpus/ (names only), mypy on spans.py alone (it reports
one error of its own at line 70, which also shows when this file is checked; this file adds none), and ruff and mypy
on this file. No git log or diff was read. The engine and the evaluation script were neither read nor run against
these cases; nothing here was tuned to the engine. The value makers and the disguises mapd/sino/b64/js/seg/lines/
fullwidth/pct/between are copied from the sixteenth; the other disguises are new. Values are made up with a fresh seed
(17_2026_0415_8462); resident, alien, business and corporate numbers and card numbers carry real check digits
(check_digits.py), cards in Visa 4 and Mastercard 51-55 ranges; the ISBN, ISSN, EAN-13 and ISO 6346 container numbers
among the hard negatives carry theirs too. Post-October-2020 resident numbers (random last digit failing the old
checksum) appear only for children born since then (전입 세대원 2022년생, 예방접종 예진표 2023년생).

New domains (none in the sixteenth's list): 농촌진흥청·농업기술센터 (귀농 교육 수료 CSV, 농기계 임대 단톡,
토양검정 API JSON, 농자재 보조금 HWP, 스마트팜 회의록, 자문료 YAML, 벼 품종 시험구표), 기상청 (지진 유감신고 STT,
시민기상관측단 활동비 TSV, 해설 영상 자문 메일, API 키 발급 로그, AWS 유지보수 업체 INSERT, 방문연구원 영문 메일,
METAR/TAF, 태풍 이름, 낙뢰 신고 STT, PTR 역조회, WMO 지점표), 국립중앙의료원 (구급대 인계, 음압격리병동 현황
markdown, 감염관리 교육 메일, 취약계층 진료비 지원, HL7 v2 ADT, FHIR Patient, 국제진료 영문 메일, 장비 자산대장,
반송 메일 헤더), 지방세 체납 (체납자 TSV, 분납 신청서 OCR, 법인 압류 예고, 체납 안내 콜 STT, UPDATE 문, SMS 발송
스크립트, 고지서·통계), 소방 안전점검 (다중이용업소 점검, 소방안전관리자 선임, 화재 피해 임시주거비, 점검 앱 로그,
외국인 업주 영문 통지), 철도 승차권 환불 (환불 메일, 단체 승차권, 카톡 상담, 환불 배치 로그, 예매 API, Korea Rail
Pass 영문 문의, 영문 STT), 대학 입학처 (원서 접수 오류, 장학금 markdown, 면접위원 안내, MySQL \\G 출력, 외국인
전형, 영문 지원자·추천서, 기숙사 영문 요청, git status 파일명), 주민센터 전입신고 (전입신고서 OCR, 세대원 명단,
사실조사 보고, 확정일자 메모, Java 스택트레이스, 영문 전입 문의), 출입국 체류연장 (창구 메모, 고용주 확인서,
결혼이민, 하이코리아 예약 CSV, 체류지 변경, 영문 신청·고용주 서한), 보건소 예방접종 (예진표 OCR, 이상반응 신고,
방문접종 명단, 위탁의료기관 상환, 등록 API, 알림 CSV, 영문 접종증명 요청), 군부대 면회 (면회 명단, 가족 초청 신원확인,
위병소 출입증 대장, 예약 웹 로그), 자동차 검사소 (예약 문자, 재검 메일, 법인 출장검사, 검사결과 XML, 대리 검사
위임장), 수도 요금 (감면 신청, 누수 감면 메일, 카드 자동납부 OCR, 검침 앱 CSV, 영문 세입자 문의), 법원 경매 (입찰
대리 위임장, 잔금 납부, 현황조사 임차인, 알림 봇 코드, 매각물건명세서 양식), 개인회생 (초기 상담, 채권자 목록,
변제금 안내, 채권자 JSON), 학교 급식 (알레르기 학생, 납품업체 계약, 조리실무사 4대보험, VLOOKUP 시트, 식단표),
공항 보안검색 (위해물품 적발, 근무 교대 카톡, 자진포기 확인서 OCR, X-ray 워크스테이션 로그, 영문 사건보고·분실물·
근무표, 수하물 태그 BSM), 국립박물관 단체관람 (학교 단체, 도슨트 배치, 국외 순회전 출장, 특별전 환불 JSON, 국제학교·
도록 환불 영문 메일, 유물 번호·영문 라벨), 보험사 사고접수 (사고 콜 STT, 상대 운전자 카톡, 실손 청구, 치료비
지급보증, 사고접수 curl, 여행자보험 로그, 영문 사고·지급 안내, 콜 메타데이터 hex), and invented ones: 대한적십자사
혈액원 (단체헌혈, 부적격 안내, 지정헌혈, 헌혈증서 기부 API, 외국인 헌혈 문의), 특허청 (출원인 정보 변경, 직무발명
보상금, 특허사무소 메일, 출원 CSV, 미국 대리인 서한, 양도증 영문 주소, 인용문헌), 한전 전기요금·도시가스 (복지할인,
안전점검 부재, 카드 자동납부 통화, 스마트미터 로그인 로그), 장애인 콜택시 (이용 등록, 운전원 채용, 민원, 배차 API),
반려동물 등록 (동물등록 신청, 유기견 입양, 동물병원 영수증 OCR), 예비군 (훈련 연기, 국외여행 신고, 출석 QR 로그),
노인일자리 (참여자 명단, 활동비 계좌 변경, 건강보험 자격). Formats: CSV, TSV and Excel pastes (VLOOKUP, number
format), markdown tables, MySQL vertical (\\G) and table output, SQL INSERT/UPDATE/DDL, JSON (API bodies,
responses, log lines, DB dumps), FHIR, HL7 v2, XML, YAML (config, Kubernetes Deployment), INI-style config, curl
commands, Python code and test fixtures, Java stack trace, nginx config and access logs, application logs, Slack
thread, KakaoTalk and SMS copies, raw mail headers (RFC 2047, quoted-printable), git status output, dig output, OCR'd
forms (HWP/PDF scans, bilingual forms), HWP copies with spaced labels, STT transcripts (Korean and English), meeting
notes, e-mails and letters, METAR/TAF, bag-tag BSM, invoices, reading lists, release notes.

Labelling decisions: the sixteenth set's rules (its docstring) apply unchanged: PERSON is the name only, every mention
(surname-only "표 선생님", "Mr. Hwang", "Ms. Oh" included), not names inside e-mail local parts, handles (Slack user
names, chat nicknames) or placeholders, masked names or public/historical figures; a rank or title before a name
(상병, 소방장, 병장, Dr., Mr.) stays outside the span; LOCATION runs from the first administrative unit through the
building number plus directly following unit detail, English-order addresses from the unit/street number through the
postcode without the country; representative and short service numbers (15xx/16xx/18xx, 110, 119, 120, 121, 123,
1339, 1345, 1303) are not PHONE_NUMBER; masked values, CIDR blocks, loopback/unspecified and documentation IPs are not
labelled, private host IPs are; foreign passport numbers are never labelled; a driver's licence written with the
region name is one span including it; obfuscated values are one span from the first to the last character of the
disguised value, encoded values are labelled with the entity they encode on the encoded token; placeholders (홍길동,
000000-0000000, 010-0000-0000, user@example.com, the 4111 test card) are never labelled; a surname and given name in
separate fields are two PERSON spans; a Korean name and its romanisation are two spans; a Hanzi name is PERSON as
written. Added or made explicit for this set:
- HL7 v2 name components (남궁^서진) are two PERSON spans; a FHIR name is three (family, given, text).
- Every e-mail address is EMAIL_ADDRESS, role and list addresses (hr@..., ward6e-list@...) included; a team's or an
  office's direct line (not a representative or short service number) is PHONE_NUMBER; an account held by a company,
  clinic or trustee is BANK_ACCOUNT.
- A foreign name in Latin capitals and its Hangul transcription (NGUYEN THAO LY, 응우옌 타오 리) are two PERSON spans.
- 현재원 is PERSON where it is a 성명 and an ordinary noun (current headcount) in a negative; rice varieties (신동진,
  조평), typhoon names and the historical figures 장영실, 허준, 김홍도, 신윤복, 정선 are never labelled.
- Never labelled (hard negatives, beyond the sixteenth's list): firmware and software versions shaped like IPv4
  (4.2.0.17, 10.1.3.2, 3.0.12.1), school-menu allergen lists (1.2.5.6.10...), METAR/TAF groups, WMO station numbers and
  coordinates, 승차권·수험·검사·사고접수·증권·과세·전자납부 numbers, 특허 출원/등록/PCT numbers and 특허고객번호 in a
  negative, 한전 고객번호 and meter numbers, 수용가번호, VIN, 등기 고유번호, court case and precedent numbers, 혈액번호,
  15-digit animal registration numbers, bag-tag licence plate numbers, SWIFT BIC, UPS tracking, ISO 6346 containers,
  ISBN/ISSN/DOI/CVE/RFC, SHA-256, Kubernetes image tags, masked DDL comment samples.
- Split values: a number split across markdown table cells is one span from its first to its last digit (the " | "
  separators inside); an account sent in two consecutive chat messages is one span, the line break and the second
  message's header between the parts included (the header is a nickname, no label inside).
- Reversible disguises are labelled on the disguised token: a phone whose dash-separated groups are written in reverse
  order with a note saying so; a PTR query's reversed octets (the four octets only, not ".in-addr.arpa"); an IPv4
  address stored as a 32-bit integer; an e-mail in ROT13; a name typed with the IME left in English mode (두벌식 keys,
  권나은 -> rnjsskdms); a name as loose compatibility jamo (unlike the sixteenth's initial consonants it decodes to one
  name); a phone with the letters O and l for 0 and 1; a phone that a spreadsheet number format turned into
  1,0NN,NNN,NNN (leading zero lost, thousands separators inside the span).
- Encoded tokens: an RFC 2047 encoded word is labelled whole (=?UTF-8?B?...?=); git's octal path escapes are labelled
  on the name's escape run only (the rest of the file name stays outside); a quoted-printable soft line break inside
  an e-mail address (=\\n) is inside its span; a percent-encoded name in a URL is the whole %XX run.
- Digit sets: circled, superscript, subscript and Arabic-Indic digits, English digit words (commas between groups
  inside the span), ideographic full stops in an IPv4 address, fullwidth hyphens between halfwidth digits.

Obfuscation kinds used (40 cases). Common ones a staff member would try (20): fullwidth phone, fullwidth card,
Sino-Korean Hangul digits in an STT phone, Hangul-read resident number with 다시, zero-width spaces in a resident
number and in a passport number, soft hyphens in a name, U+2010 hyphen phone, en-dash alien number, minus-sign
resident number, digits separated by spaces (card), by dots (resident number) and by line breaks (account), spaced
name syllables, base64 resident number in JSON, base64 e-mail in a config, percent-encoded name and e-mail in a URL,
hex-encoded phone, 골뱅이/점 e-mail, (at)/(dot) e-mail. Kinds not in the sixteenth's list (20): loose jamo name, PTR
reversed IP, RFC 2047 encoded-word name, circled-digit resident number, English digit words phone (near its Konglish
STT), git octal-escaped name, Arabic-Indic digits phone, superscript-digit phone, account split over two chat
messages, O/l-for-0/1 phone, subscript-digit account, reversed group order phone with a note, phone split across
table cells, ROT13 e-mail, ideographic-full-stop IP, English-mode-typed (두벌식) name, quoted-printable soft break in
an e-mail, integer IPv4, fullwidth-hyphen-only account, spreadsheet thousands-separator phone."""

from __future__ import annotations

import base64
import codecs
import json
import random
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_check, rrn_new
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

random.seed(17_2026_0415_8462)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the sixteenth set)
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


def not_luhn(n: int, first: str = "123456789") -> str:
    while True:
        v = dg(n, first)
        if not luhn_ok(v):
            return v


def grp(s: str, sizes: tuple[int, ...], sep: str = "-") -> str:
    out, i = [], 0
    for g in sizes:
        out.append(s[i : i + g])
        i += g
    return sep.join(out)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def iso6346(owner_serial: str) -> str:
    """Container number (owner code, category U, six-digit serial) with its ISO 6346 check digit."""
    vals = [n for n in range(10, 39) if n % 11]
    val = {c: vals[i] for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    total = sum((val[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner_serial))
    return owner_serial + str(total % 11 % 10)


def issn(first7: str) -> str:
    """ISSN with its mod-11 check character (weights 8..2, 10 written X)."""
    c = (11 - sum(int(d) * w for d, w in zip(first7, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


# ---------------------------------------------------------------- disguises (copied from the sixteenth set)
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
ZW, NBSP = "\u200b", "\u00a0"


def mapd(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def sino(s: str) -> str:
    return "".join(SINO.get(c, c) for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def js(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def seg(text: str, first: str, last: str) -> str:
    """The stretch of `text` from the first occurrence of `first` to the end of the next `last` after it."""
    i = text.index(first)
    j = text.index(last, i + len(first)) + len(last)
    return text[i:j]


def lines(*rows: str) -> str:
    return "\n".join(rows)


def fullwidth(s: str) -> str:
    """ASCII printable characters in their fullwidth forms (０１２, ＠, ．)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def pct(s: str, all_bytes: bool = False) -> str:
    """Percent-encoding of the UTF-8 bytes (all of them, or only the non-ASCII ones and '@')."""
    return "".join(f"%{b:02X}" if all_bytes or b > 0x7F or b == 0x40 else chr(b) for b in s.encode())


def between(s: str, sep: str) -> str:
    """Each character of `s` with `sep` between (a filler, joiner or space)."""
    return sep.join(s)


# ---------------------------------------------------------------- disguises new for this set
SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
SUB = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
ARABIC_INDIC = dict(zip("0123456789", "٠١٢٣٤٥٦٧٨٩", strict=True))
EN_WORDS = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))
DASHES = {
    "hyphen": "\u2010",
    "nbhyphen": "\u2011",
    "en": "\u2013",
    "em": "\u2014",
    "minus": "\u2212",
    "choon": "\u30fc",
}
SHY, WJ = "\u00ad", "\u2060"

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
KEYS = dict(
    zip(
        "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ",
        "rRseEfaqQtTdwWczxvgkoiOjpuPhynbml",
        strict=True,
    )
)
KEYS.update({"ㅘ": "hk", "ㅙ": "ho", "ㅚ": "hl", "ㅝ": "nj", "ㅞ": "np", "ㅟ": "nl", "ㅢ": "ml"})
KEYS.update({"ㄳ": "rt", "ㄵ": "sw", "ㄶ": "sg", "ㄺ": "fr", "ㄻ": "fa", "ㄼ": "fq", "ㄽ": "ft", "ㄾ": "fx"})
KEYS.update({"ㄿ": "fv", "ㅀ": "fg", "ㅄ": "qt"})


def jamo(s: str) -> list[str]:
    """Hangul syllables split into compatibility jamo (initial, medial, final), other characters kept."""
    out: list[str] = []
    for c in s:
        k = ord(c) - 0xAC00
        if 0 <= k < 11172:
            out += [CHO[k // 588], JUNG[(k % 588) // 28]] + ([JONG[k % 28]] if k % 28 else [])
        else:
            out.append(c)
    return out


def jamo_split(s: str) -> str:
    """A name typed as loose jamo (ㄱㅘㄴㅇ...), as a phone keyboard without composition produces."""
    return "".join(jamo(s))


def qwerty(s: str) -> str:
    """Hangul typed with the IME left in English mode (두벌식 keys): 권나은 -> rnjsskdms."""
    return "".join(KEYS.get(j, j) for j in jamo(s))


def sup(s: str) -> str:
    return mapd(s, SUPER)


def sub(s: str) -> str:
    return mapd(s, SUB)


def circled(s: str) -> str:
    return mapd(s, CIRCLED)


def arabic(s: str) -> str:
    return mapd(s, ARABIC_INDIC)


def en_words(s: str, group_sep: str = ", ") -> str:
    """Digits read out as English words, groups (split at '-') separated by `group_sep`."""
    return group_sep.join(" ".join(EN_WORDS[c] for c in g) for g in s.split("-"))


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def mime_b(s: str) -> str:
    """An RFC 2047 encoded word (=?UTF-8?B?...?=), as a raw mail header carries a Korean display name."""
    return f"=?UTF-8?B?{b64(s)}?="


def git_octal(s: str) -> str:
    """Non-ASCII bytes as the octal escapes git prints for a path when core.quotepath is on."""
    return "".join(f"\\{b:03o}" if b > 0x7F else chr(b) for b in s.encode())


def ip_int(ip: str) -> str:
    a, b, c, d = (int(x) for x in ip.split("."))
    return str(((a * 256 + b) * 256 + c) * 256 + d)


def ptr(ip: str) -> str:
    """The octets in reverse order, as they stand before .in-addr.arpa in a PTR query."""
    return ".".join(reversed(ip.split(".")))


def hexa(s: str) -> str:
    return s.encode().hex()


def o_for_zero(s: str) -> str:
    """0 typed as the capital letter O and 1 as the small letter l (an OCR or typewriter habit)."""
    return s.replace("0", "O").replace("1", "l")


def dash_like(s: str, kind: str) -> str:
    return s.replace("-", DASHES[kind])


def spaced_digits(s: str, sep: str = " ") -> str:
    return sep.join(c for c in s if c != "-")


# ================================================================ 농촌진흥청 · 농업기술센터
n1, n2, n3, n4 = "문태식", "여정란", "구본혁", "탁미영"
r1, r2, r3, r4 = rr("680912", 1), rr("710203", 2), rr("850617", 1), rr("790826", 2)
p1, p2, p3, p4 = mob(), mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "귀농귀촌 창업교육 2기 수강생 명단입니다. 출석률 80% 이상만 골라서 수료증 발급 대장 양식으로 바꿔 주세요.",
        "성명,주민등록번호,휴대폰,출석률,비고",
        f"{n1},{r1},{p1},92%,",
        f"{n2},{r2},{p2},75%,보강 1회",
        f"{n3},{r3},{p3},88%,",
        f"{n4},{r4},{p4},100%,우수 수강생",
    ),
    [
        (PER, n1),
        (RRN, r1),
        (PH, p1),
        (PER, n2),
        (RRN, r2),
        (PH, p2),
        (PER, n3),
        (RRN, r3),
        (PH, p3),
        (PER, n4),
        (RRN, r4),
        (PH, p4),
    ],
)

n1, p1, a1 = "변창수", mob(), "충청북도 괴산군 청천면 사담리 287"
add(
    "ko",
    P,
    lines(
        "[농기계임대사업소 괴산분소 단톡방 내보내기]",
        f"[{n1}] [오전 7:42] 내일 관리기 2대 예약한 {n1}입니다. 청천면 쪽으로 배달도 되나요",
        "[임대사업소 주무관] [오전 8:05] 네 됩니다. 배송지 주소랑 연락처 한 번 더 남겨 주세요",
        f"[{n1}] [오전 8:11] {a1} 창고 앞이고요 {p1} 로 전화 주시면 나가 있을게요",
        "→ 임대 접수 대장(일자/장비/대수/배송지/연락처) 한 줄로 요약해 줘",
    ),
    [(PER, n1), (PER, n1), (PER, n1), (LOC, a1), (PH, p1)],
)

n1, p1, m1, a1 = "도경환", mob(), "dokh0311@hanmail.net", "전라남도 나주시 노안면 학산리 412-3"
add(
    "mixed",
    P,
    "토양검정 의뢰 API 응답인데 status가 RECEIVED에서 안 넘어가요. 필수값 빠진 게 있는지 봐 주세요\n"
    + js(
        {
            "reqId": "SOIL-2024-0412-0087",
            "farmer": {"name": n1, "mobile": p1, "email": m1},
            "parcel": {"addr": a1, "crop": "배", "area_m2": 3305, "pnu": "4617037023104120003"},
            "items": ["pH", "EC", "유기물", "유효인산"],
            "status": "RECEIVED",
        }
    ),
    [(PER, n1), (PH, p1), (MAIL, m1), (LOC, a1)],
)

n1, r1, a1, l1, p1 = "염순덕", rr("520304", 2), acct("농협"), "경상북도 의성군 단밀면 낙정리 55-2", land("054")
add(
    "ko",
    P,
    lines(
        "2024년 소농 농자재 지원사업 보조금 지급 신청서 (한글 파일에서 복사)",
        f"신 청 인 : {n1}          주민등록번호 : {r1}",
        f"주    소 : {l1}",
        f"전화번호 : {p1}",
        f"지급계좌 : 농협 {a1}   예금주 : {n1}",
        "지원 품목 : 비닐 멀칭 20롤, 유기질비료 40포",
        "위 신청서 내용으로 지급 결의 공문 붙임 목록 만들어 줘",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1), (ACC, a1), (PER, n1)],
)

n1, n2, m1, p1 = "주혜린", "강보람", "boram.kang.farm@gmail.com", mob()
add(
    "ko",
    P,
    lines(
        "스마트팜 청년창업 보육센터 운영회의 메모 (4/12)",
        f"- 참석: {n1} 연구사, {n2} 강사(외부), 농촌지도사 2명",
        f"- {n2} 강사 양액 제어 실습 교재 4/19까지 회신 요청 → {m1}",
        f"- {n1[0]} 연구사: 환경센서 교체 견적은 지난번 업체로 받기로, 업체 담당 {p1}",
        "- 다음 회의 4/26(금) 14시 3층 세미나실",
        "정식 회의록 양식으로 다듬어 줄래?",
    ),
    [(PER, n1), (PER, n2), (PER, n2), (MAIL, m1), (PER, n1[0]), (PH, p1)],
)

n1, b1, a1, p1, m1 = "나현철", bz(), acct("기업"), mob(), "hc.na@greenfarm-consult.co.kr"
add(
    "mixed",
    P,
    lines(
        "자문료 지급 자동화 스크립트 설정 파일인데 yaml 파싱 에러 나는 줄 좀 찾아줘",
        "advisors:",
        f"  - name: {n1}",
        "    org: 그린팜경영컨설팅 (개인사업자)",
        f'    biz_no: "{b1}"',
        "    bank: IBK기업은행",
        f'    account: "{a1}"',
        f"    phone: {p1}",
        f"    email: {m1}",
        "   fee: 300000",
        "    tax_rate: 0.088",
    ),
    [(PER, n1), (BRN, b1), (ACC, a1), (PH, p1), (MAIL, m1)],
)

add(
    "ko",
    N,
    lines(
        "올해 벼 품종 비교시험 시험구 배치표입니다. 출수기 빠른 순으로 다시 정렬해 주세요.",
        "시험구 | 품종 | 숙기 | 파종 | 이앙 | 출수기",
        "A-01 | 신동진 | 중만생 | 5/02 | 5/28 | 8/21",
        "A-02 | 새청무 | 중만생 | 5/02 | 5/28 | 8/19",
        "A-03 | 조평 | 중생 | 5/02 | 5/28 | 8/14",
        "A-04 | 해담쌀 | 조생 | 5/02 | 5/28 | 8/02",
        "A-05 | 영호진미 | 중만생 | 5/02 | 5/28 | 8/23",
        "질소 시비량 9kg/10a, 재식거리 30×15cm, 시험포 면적 1,320㎡",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "농약 안전사용 교육 자료 초안 검토 부탁드립니다.",
        "1. PLS(농약 허용물질목록 관리제도): 등록되지 않은 농약은 일률기준 0.01mg/kg 적용",
        "2. 복합비료 21-17-17 은 밑거름 기준 10a당 40kg",
        "3. 농약 등록번호 예시: 제3-2-1047호 (살균제), 제5-1-0219호 (살충제)",
        "4. 문의: 농업기술 종합상담 1544-8572, 농약 중독 응급 119",
        "5. 교육일: 2024. 5. 14.(화) 10:00, 농업기술센터 2층 대강당",
    ),
    [],
)

p1 = mob()
v1 = fullwidth(p1)
add(
    "ko",
    OB,
    lines(
        "귀농 교육 온라인 신청서 엑셀로 받았는데 연락처 칸만 문자 발송이 안 돼요. 왜 그런지 알려줘",
        f"신청번호 0417 / 성명 공민호 / 연락처 {v1} / 희망 과정 : 과수 기초",
    ),
    [(PER, "공민호"), (PH, v1)],
)

v1 = jamo_split("곽현주")
add(
    "ko",
    OB,
    lines(
        "농업경영체 등록 민원인 성명이 시스템에 이렇게 들어가 있어요: " + v1,
        "태블릿 키보드에서 글자가 안 조합된 것 같은데, 원래 이름으로 고쳐서 정정 요청서 문구 써 줘.",
    ),
    [(PER, v1)],
)


# ================================================================ 기상청
n1, p1, l1 = "서미란", mob(), "경상북도 포항시 북구 흥해읍 마산리 118-6"
add(
    "ko",
    P,
    lines(
        "[지진 유감신고 상담 녹취 STT 2024-04-12 02:17]",
        "상담원: 기상청 지진 유감신고 접수입니다.",
        "신고자: 네 여기 흥해읍인데요 방금 창문이 덜덜 떨리고 선반에서 컵이 떨어졌어요.",
        "상담원: 놀라셨겠어요. 성함과 위치 말씀해 주시겠어요?",
        f"신고자: {n1}이고요, 주소는 {l1}이에요.",
        "상담원: 연락 가능한 번호도 부탁드립니다.",
        f"신고자: {p1} 이요.",
        "→ 녹취에서 신고 시각, 체감 진도, 피해 내용만 표로 정리해 줘",
    ),
    [(PER, n1), (LOC, l1), (PH, p1)],
)

n1, n2, n3 = "황보준영", "모은서", "탄지성"
r1, r2, r3 = rr("640521", 1), rr("910730", 2), rr("580214", 1)
a1, a2, a3 = acct("우체국"), acct("카카오뱅크"), acct("신협")
add(
    "ko",
    P,
    lines(
        "시민기상관측단 3월 활동비 지급 명단 (엑셀에서 복사) - 원천징수 대상자만 따로 표시해 주세요",
        "순번\t성명\t주민등록번호\t은행\t계좌번호\t관측일수\t활동비",
        f"1\t{n1}\t{r1}\t우체국\t{a1}\t31\t150,000",
        f"2\t{n2}\t{r2}\t카카오뱅크\t{a2}\t12\t60,000",
        f"3\t{n3}\t{r3}\t신협\t{a3}\t27\t135,000",
    ),
    [(PER, n1), (RRN, r1), (ACC, a1), (PER, n2), (RRN, r2), (ACC, a2), (PER, n3), (RRN, r3), (ACC, a3)],
)

n1, m1, p1 = "천세영", "syc_atmos@snu-mail.ac.kr", land("02")
add(
    "ko",
    P,
    lines(
        "제목: [기상청 대변인실] 봄철 황사 해설 영상 자문 요청드립니다",
        "",
        f"{n1} 교수님께,",
        "기상청 대변인실입니다. 4월 말 공개 예정인 '황사와 미세먼지 구분하기' 해설 영상의 감수를 부탁드리고자 연락드립니다.",
        f"검토용 원고는 {m1} 로 보내 드리겠습니다. 일정 협의는 연구실 번호 {p1} 로 드려도 될까요?",
        "",
        "→ 위 메일 좀 더 정중하게, 감수료(30만원) 안내 문장도 넣어서 다시 써 줘",
    ),
    [(PER, n1), (MAIL, m1), (PH, p1)],
)

n1, m1, i1, i2 = "조하윤", "hayoon.cho@weatherlab.kr", priv_ip(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "기상자료개방포털 API 키 발급 서비스 로그입니다. 같은 사람이 키를 두 번 받은 것 같은데 맞는지 봐 주세요.",
        f"2024-04-12T10:21:33.118+09:00 INFO  KeyIssueService - issued key=ak_7f3e91 plan=basic email={m1} name={n1} src={i1}",
        f"2024-04-12T10:24:07.502+09:00 INFO  KeyIssueService - issued key=ak_c04b2d plan=basic email={m1} name={n1} src={i2}",
        "2024-04-12T10:24:07.530+09:00 WARN  QuotaGuard - duplicate applicant detected, daily limit 10000 calls",
    ),
    [(MAIL, m1), (PER, n1), (IP, i1), (MAIL, m1), (PER, n1), (IP, i2)],
)

b1, c1, n1, n2, p1, m1 = bz(), cr("134811"), "임정규", "석다은", mob(), "daeun.seok@daegi-sensor.co.kr"
add(
    "mixed",
    P,
    lines(
        "방재기상관측장비(AWS) 유지보수 업체 등록 SQL인데 ORA-01722 invalid number 가 나요. 원인 찾아주세요.",
        "INSERT INTO aws_vendor (vendor_nm, biz_reg_no, corp_reg_no, ceo_nm, mgr_nm, mgr_tel, mgr_email, contract_amt)",
        f"VALUES ('(주)대기계측', '{b1}', '{c1}', '{n1}', '{n2}', '{p1}', '{m1}', '48,500,000');",
    ),
    [(BRN, b1), (CRN, c1), (PER, n1), (PER, n2), (PH, p1), (MAIL, m1)],
)

n1, n2, p1, m1, m2 = (
    "Yoon Jiho",
    "Amara Okafor",
    "+82 10-" + fmt("MNNN-NNNN"),
    "jiho.yoon@kma.go.kr",
    "a.okafor@nimet.gov.ng",
)
add(
    "en",
    P,
    lines(
        "Subject: Visiting scientist programme - arrival details",
        "",
        f"Dear Dr. {n2.split()[1]},",
        "Welcome to the KMA numerical weather prediction visiting programme (May 6 - June 28).",
        f"Your host will be Dr. {n1} of the Numerical Modeling Center. He will meet you at Ochang on Monday at 09:30.",
        f"If your flight is delayed, please call him on {p1} or write to {m1}.",
        f"We have your contact as {m2}; please confirm it is still valid.",
        "",
        "Can you make this shorter and add a line about the badge photo we need?",
    ),
    [(PER, n2.split()[1]), (PER, n1), (PH, p1), (MAIL, m1), (MAIL, m2)],
)

add(
    "ko",
    N,
    lines(
        "아래 기상특보 문안 맞춤법만 봐 주세요.",
        "[호우예비특보] 4월 13일(토) 새벽부터 남해안 강수량 30~80mm, 많은 곳 120mm 이상.",
        "이동성 고기압 영향권에서 벗어나 저기압 통과, 순간풍속 20m/s 내외.",
        "관측지점: 서귀포(189), 고산(185), 성산(188) / 기준시각 2024.04.12. 17:00 KST",
        "참고: 조선 세종 때 장영실이 만든 측우기가 세계 최초의 강우량계로 알려져 있습니다.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "교육자료에 넣을 태풍 이름 표를 만들고 싶어요. 우리나라가 낸 이름만 표시해 주세요.",
        "개미, 나리, 장미, 미리내, 노루, 제비, 너구리, 고니, 메기, 독수리",
        "참고로 제14호 태풍 '풀라산', 제15호 '솔릭', 제17호 '제비'는 예시일 뿐 실제 순번과 다를 수 있음.",
        "태풍 이름은 총 140개이며 5개 조, 조당 28개로 순환 사용(세계기상기구 태풍위원회).",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Decode this METAR and TAF for the airport briefing slide, plain English please:",
        "METAR RKSI 120300Z 32008KT 9999 FEW030 SCT200 14/04 Q1021 NOSIG=",
        "TAF RKSI 120500Z 1206/1312 31010KT 9999 FEW030 BECMG 1209/1210 27006KT TEMPO 1303/1306 4000 BR=",
        "Station index 47113, lat 37.4602 lon 126.4407, elevation 7 m.",
    ),
    [],
)

p1 = mob()
v1 = " ".join(sino(g) for g in p1.split("-"))
add(
    "ko",
    OB,
    lines(
        "[낙뢰 피해 신고 STT 자동 전사 결과 - 숫자가 한글로 풀려 나옴]",
        "상담원: 회신 받으실 번호 불러 주세요.",
        f"신고자: {v1} 이요. 과수원 하우스 전기가 다 나갔어요.",
        "상담원: 네, 성함은요?",
        "신고자: 우상철입니다.",
        "→ 전사 결과를 숫자로 바꿔서 피해 접수 양식에 맞춰 줘",
    ),
    [(PH, v1), (PER, "우상철")],
)

i1 = pub_ip()
v1 = ptr(i1)
add(
    "mixed",
    OB,
    lines(
        "레이더 영상 무단 대량 수집이 의심되는 IP를 역방향 조회했더니 이렇게 나왔어요. 차단 요청서에 넣을 IP를 정리해 주세요.",
        "$ dig PTR 조회 결과 붙임 (원래 접속 로그는 정리하다 지워졌어요)",
        ";; QUESTION SECTION:",
        f";{v1}.in-addr.arpa.\t\tIN\tPTR",
        ";; ANSWER SECTION:",
        f"{v1}.in-addr.arpa. 3600\tIN\tPTR\tdynamic-host.isp-example.net.",
    ),
    [(IP, v1), (IP, v1)],
)


# ================================================================ 국립중앙의료원
n1, r1, h1, n2, p1 = "곽도윤", rr("470829", 1), hi(), "진수민", mob()
add(
    "ko",
    P,
    lines(
        "응급의료센터 구급대 인계 메모 (간호사 수기 → 타이핑)",
        f"환자: {n1} / M / {r1}",
        f"건보 증번호 {h1}, 의식 명료, BP 162/94, SpO2 93%",
        f"보호자(배우자) {n2} {p1} - 도착 예정 30분",
        "주호소: 흉통 2시간, 구급대 NTG 1회 투여",
        "→ 위 메모 SBAR 형식으로 바꿔 줘",
    ),
    [(PER, n1), (RRN, r1), (HINS, h1), (PER, n2), (PH, p1)],
)

n1, n2, n3 = "피재욱", "맹소연", "엄기태"
r1, r2, r3 = rr("830115", 1), rr("950402", 2), rr("610918", 1)
p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "음압격리병동 재원 환자 현황입니다. 보호자 연락처 없는 사람 있는지만 알려주세요.",
        "| 병상 | 성명 | 주민등록번호 | 보호자 연락처 | 입원일 |",
        "|---|---|---|---|---|",
        f"| 7W-01 | {n1} | {r1} | {p1} | 4/08 |",
        f"| 7W-02 | {n2} | {r2} | {p2} | 4/10 |",
        f"| 7W-04 | {n3} | {r3} | {p3} | 4/11 |",
        "| 7W-05 | (공실) | - | - | - |",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (PER, n2), (RRN, r2), (PH, p2), (PER, n3), (RRN, r3), (PH, p3)],
)

n1, n2, n3 = "왕지선", "추현도", "설가은"
m1, m2, m3 = "jisun.wang@nmc.or.kr", "hd.choo@nmc.or.kr", "gaeun_seol@naver.com"
add(
    "ko",
    P,
    lines(
        "감염관리실 보수교육(4/10) 미이수자 안내 메일 초안입니다. 수신자별로 개인화된 문장 3개 써 주세요.",
        f"- {n1} 간호사 ({m1}) : 손위생 모듈 미수강",
        f"- {n2} 전공의 ({m2}) : 보호구 착탈의 실습 불참",
        f"- {n3} 파견 방사선사 ({m3}) : 전 과정 미이수, 파견업체 담당자 참조 필요",
    ),
    [(PER, n1), (MAIL, m1), (PER, n2), (MAIL, m2), (PER, n3), (MAIL, m3)],
)

n1, r1, l1, a1, p1 = "봉말순", rr("430607", 2), "서울특별시 중구 다산로 32, 나동 203호", acct("우리"), land("02")
add(
    "ko",
    P,
    lines(
        "공공의료 취약계층 진료비 지원 신청 건 검토 의견 써야 해요. 신청서 요약:",
        f"신청인 {n1}({r1}), 독거, 기초생활수급자(의료급여 1종)",
        f"주소 {l1}",
        f"연락처 {p1} (주민센터 담당 통해서만 통화 가능)",
        f"지원금 입금 계좌 우리은행 {a1}",
        "백내장 수술 본인부담 46만원 지원 요청",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1), (ACC, a1)],
)

r1, l1, p1, p2 = rr("880412", 2), "서울특별시 중랑구 망우로 311, 102동 704호", mob(), mob()
add(
    "mixed",
    P,
    lines(
        "EMR → PACS 인터페이스에서 ADT^A01 메시지가 reject 돼요. PID 세그먼트 필드 수가 맞는지 확인 부탁",
        "MSH|^~\\&|NMC-EMR|NMC|PACS|NMC|20240412093012||ADT^A01|MSG00417|P|2.5",
        "EVN|A01|20240412093000",
        f"PID|1||00871234^^^NMC^MR||남궁^서진||19880412|F|||{l1}^^서울^^02075^KOR||{p1}|||||{r1}",
        f"NK1|1|남궁^현우|FTH||{p2}",
        "PV1|1|I|5W^512^02|||||||IM||||||||||V2404120031",
    ),
    [(PER, "남궁"), (PER, "서진"), (LOC, l1), (PH, p1), (RRN, r1), (PER, "남궁"), (PER, "현우"), (PH, p2)],
)

r1, p1, m1, l1 = rr("021203", 4), mob(), "yunseo.chae02@gmail.com", "경기도 남양주시 다산순환로 20, 5102동 1803호"
add(
    "mixed",
    P,
    "FHIR Patient 리소스 검증에서 identifier.system 이 잘못됐다고 나옵니다. 어디가 틀렸는지 알려줘\n"
    + js(
        {
            "resourceType": "Patient",
            "identifier": [{"system": "urn:oid:2.16.410.100001.3", "value": r1}],
            "name": [{"family": "채", "given": ["윤서"], "text": "채윤서"}],
            "gender": "female",
            "telecom": [{"system": "phone", "value": p1}, {"system": "email", "value": m1}],
            "address": [{"text": l1, "postalCode": "12251"}],
        }
    ),
    [(RRN, r1), (PER, "채"), (PER, "윤서"), (PER, "채윤서"), (PH, p1), (MAIL, m1), (LOC, l1)],
)

p1, p2, m1 = "+1 213-" + fmt("MNN-NNNN"), mob(), "d.hwang.la@outlook.com"
add(
    "en",
    P,
    lines(
        "Hi team, please check my English before I send this to the patient's family.",
        "",
        "Dear Mr. Hwang,",
        "Your father, Hwang Ki-bok, was moved from the ICU to ward 6E this morning and is stable.",
        f"Dr. Seo Yeon-woo, his attending physician, can update you by video at 8 p.m. Korea time. We will call {p1} unless you prefer your Korean number {p2}.",
        f"The discharge summary will be sent to {m1} after Dr. Seo signs it.",
        "",
        "International Healthcare Center, NMC",
    ),
    [(PER, "Hwang"), (PER, "Hwang Ki-bok"), (PER, "Seo Yeon-woo"), (PH, p1), (PH, p2), (MAIL, m1), (PER, "Seo")],
)

add(
    "ko",
    N,
    lines(
        "외래 처방 통계 보고서 표 제목이랑 단위만 통일해 줘.",
        "상병코드 J18.9 (상세불명의 폐렴) 412건, I10 (본태성 고혈압) 1,873건, E11.9 937건",
        "EDI 코드 643304240 (아스피린프로텍트정100mg) 월평균 12,440정",
        "ATC B01AC06, 7병동 712호 세미나실 기준, 2024년 1분기",
        "동의보감 허준 특별전 연계 한방 진료 홍보 문구 2줄 포함",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "의료장비 자산대장 엑셀 정리 중인데 펌웨어 버전 열을 정렬하면 순서가 이상해져요. 버전 순으로 정렬하는 방법?",
        "자산번호\t장비명\t모델\t시리얼\t펌웨어",
        "NMC-ME-2019-0412\t인공호흡기\tHamilton-C6\tSN 3012847\t4.2.0.17",
        "NMC-ME-2021-0088\t환자감시장치\tIntelliVue MX750\tDE71402936\t10.1.3.2",
        "NMC-ME-2022-0150\t제세동기\tLIFEPAK 20e\t47123309\t3.0.12.1",
    ),
    [],
)

r1 = rr("760305", 1)
v1 = ZW.join(r1)
add(
    "ko",
    OB,
    lines(
        "EMR 메모 칸에서 복사한 주민번호가 검색창에 붙여 넣으면 '검색 결과 없음'이 떠요. 뭐가 섞여 있는 거죠?",
        f"환자명 육동찬 / 주민번호 {v1} / 재진",
    ),
    [(PER, "육동찬"), (RRN, v1)],
)

n1, m1 = "명수아", "sua.myung@nmc.or.kr"
v1 = mime_b(n1)
add(
    "mixed",
    OB,
    lines(
        "반송된 메일 원문 헤더입니다. 보낸 사람이 누구인지, 왜 반송됐는지 알려주세요.",
        "Return-Path: <>",
        "Received: from mx2.nmc.or.kr (mx2.nmc.or.kr [10.30.8.21])",
        f"From: {v1} <{m1}>",
        "Subject: =?UTF-8?B?7Jew6rWs7Iuk?= ...",
        "X-Failed-Recipients: ward6e-list@nmc.or.kr",
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox full",
    ),
    [(IP, "10.30.8.21"), (PER, v1), (MAIL, m1), (MAIL, "ward6e-list@nmc.or.kr")],
)


# ================================================================ 지방세 체납
n1, n2 = "기동현", "예미숙"
r1, r2, c1 = rr("690411", 1), rr("740922", 2), cr("284211")
l1, l2, l3 = "인천광역시 미추홀구 인하로 77, 3층", "인천광역시 남동구 구월로 102번길 14", "인천광역시 서구 가좌로 84"
add(
    "ko",
    P,
    lines(
        "고액·상습 체납자 사전안내 대상 (세무과 엑셀 붙여넣기). 체납액 큰 순으로 정렬하고 안내문 발송 순서 정해 줘",
        "납세자\t주민(법인)번호\t주소\t체납액\t최종고지일",
        f"{n1}\t{r1}\t{l1}\t18,420,000\t2023-11-30",
        f"{n2}\t{r2}\t{l2}\t9,770,500\t2024-01-31",
        f"(주)서해정밀\t{c1}\t{l3}\t42,105,200\t2023-09-30",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PER, n2), (RRN, r2), (LOC, l2), (CRN, c1), (LOC, l3)],
)

n1, r1, l1, p1, a1 = "하태민", rr("811025", 1), "대전광역시 유성구 노은동로 218, 1207동 302호", mob(), acct("하나")
add(
    "ko",
    P,
    lines(
        "스캔한 분납 신청서 OCR 결과예요. 오타 고쳐서 민원 처리 시스템 입력용으로 정리해 주세요.",
        "지 방 세  분 납 신 청 서",
        f"성   명 : {n1}     주민등록번호 : {r1}",
        f"주   소 : {l1}",
        f"연 락 처 : {p1}",
        "체납세목 : 자동차세(2023년 1기, 2기) 합계 52만 4천원",
        "분납회차 : 6회 (매월 25일)",
        f"과오납 환급계좌 : 하나은행 {a1}",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1), (ACC, a1)],
)

b1, c1, n1, p1 = bz(), cr("164711"), "전병국", land("031")
add(
    "ko",
    P,
    lines(
        "법인 체납자 압류 예고 통지서 문안 검토 부탁드립니다.",
        "수  신 : (주)한결물산 대표이사 " + n1,
        f"사업자등록번호 : {b1}   법인등록번호 : {c1}",
        "체납액 : 지방소득세(법인) 2023년 귀속분 31,880,000원",
        "위 체납액을 2024. 4. 30.까지 납부하지 않을 경우 지방세징수법 제33조에 따라 예금 및 매출채권을 압류할 예정입니다.",
        f"담당 : 징수과 체납정리팀 {p1}",
    ),
    [(PER, n1), (BRN, b1), (CRN, c1), (PH, p1)],
)

n1, p1 = "표은지", mob()
add(
    "ko",
    P,
    lines(
        "체납 안내 콜 STT입니다. 민원인 요구사항만 3줄로 정리해 줘",
        "직원: 구청 세무과입니다. 재산세 체납 건으로 연락드렸습니다.",
        f"민원인: 아 네 {n1}인데요, 고지서를 이사 가서 못 받았어요.",
        "직원: 현재 주소로 재발송해 드릴까요, 아니면 가상계좌 문자로 보내드릴까요?",
        f"민원인: 문자로 주세요. 번호는 {p1}이고, 분납 되는지도 알려주세요.",
        f"직원: 네 {n1[0]} 선생님, 확인 후 오늘 중으로 문자 드리겠습니다.",
    ),
    [(PER, n1), (PH, p1), (PER, n1[0])],
)

n1, r1, a1 = "마성훈", rr("770301", 1), acct("국민")
add(
    "mixed",
    P,
    lines(
        "이 쿼리 실행하면 0 rows updated 가 나와요. WHERE 조건이 왜 안 맞는지 봐줘",
        "UPDATE tax_arrears",
        f"   SET installment_yn = 'Y', refund_bank = '004', refund_acct = '{a1}', upd_dt = SYSDATE",
        f" WHERE taxpayer_rrn = '{r1.replace('-', '')}'",
        f"   AND taxpayer_nm = '{n1} ';",
    ),
    [(ACC, a1), (RRN, r1.replace("-", "")), (PER, n1)],
)

n1, n2, n3, p1, p2, p3 = "제갈민호", "송이나", "어준혁", mob(), mob(), mob()
add(
    "mixed",
    P,
    lines(
        "체납 안내 문자 일괄발송 스크립트인데 두 번째 사람부터 문자가 안 가요. 버그 찾아주세요.",
        "```python",
        "recipients = [",
        f'    {{"name": "{n1}", "tel": "{p1}", "amount": 1250000}},',
        f'    {{"name": "{n2}", "tel": "{p2}", "amount": 384000}},',
        f'    {{"name": "{n3}", "tel": "{p3}", "amount": 97000}},',
        "]",
        "for r in recipients:",
        "    msg = f\"[구청 세무과] {r['name']}님 지방세 {r['amount']:,}원이 체납되었습니다.\"",
        "    send_sms(r['tel'], msg)",
        "    recipients.remove(r)",
        "```",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

add(
    "ko",
    N,
    lines(
        "지방세 고지서 하단 안내 문구를 쉬운 말로 바꿔 주세요.",
        "전자납부번호 : 11680-1-24-01-0123456   과세번호 : 2024-1168010300-004712",
        "세목코드 101101(재산세-건축물) / 납기 2024.07.31. / 납기후 가산금 3%",
        "지방세기본법 제55조(납부지연가산세) 및 지방세징수법 제22조에 따름",
        "위택스(www.wetax.go.kr), 지방세 상담 ☎ 110",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "구별 체납 현황 표를 보고서용 문장으로 바꿔 줘 (단위: 건, 백만원)",
        "구분,체납건수,체납액,전년대비",
        "중구,4120,3871,-4.2%",
        "동구,6633,5102,+1.8%",
        "미추홀구,12045,11230,+0.6%",
        "연수구,9981,14077,-2.1%",
        "합계,32779,34280,-0.9%",
    ),
    [],
)

a1 = acct("농협")
v1 = "\n".join(a1.split("-"))
add(
    "ko",
    OB,
    lines(
        "과오납 환급 받을 계좌를 민원인이 문자로 보냈는데 줄마다 끊어져 와요. 이어 붙여서 환급 결의서에 넣을 형태로 정리해 줘",
        "[수신 문자 18:42]",
        "환급계좌 보냅니다",
        "농협",
        v1,
        "예금주 반영철 본인입니다",
    ),
    [(ACC, v1), (PER, "반영철")],
)

r1 = rr("590617", 2)
v1 = circled(r1)
add(
    "ko",
    OB,
    lines(
        "체납자 면담 기록지를 워드에서 복사했더니 숫자가 동그라미 숫자로 바뀌었어요. 원래 숫자로 바꿔 주세요.",
        f"면담자 : 석순옥   주민번호 : {v1}",
        "면담일 : 4월 9일 / 내용 : 생계 곤란으로 체납처분 유예 요청",
    ),
    [(PER, "석순옥"), (RRN, v1)],
)


# ================================================================ 소방 안전점검
n1, b1, p1, n2 = "구자경", bz(), mob(), "소방장 한지웅"
add(
    "ko",
    P,
    lines(
        "다중이용업소 불시 안전점검 결과 보고 초안입니다. 지적사항을 개선명령 문구로 바꿔 주세요.",
        "업소명: 달빛노래연습장 (지하 1층, 룸 14개)",
        f"대표자: {n1} / 사업자등록번호 {b1} / 연락처 {p1}",
        "지적사항: ① 비상구 앞 적치물 ② 피난안내도 미부착 ③ 휴대용 비상조명등 3개 불량",
        f"점검자: {n2}",
    ),
    [(PER, n1), (BRN, b1), (PH, p1), (PER, "한지웅")],
)

n1, p1, m1, n2 = "성태오", land("031"), "gwanri_2203@daum.net", "예지훈"
add(
    "ko",
    P,
    lines(
        "아파트 소방안전관리자 선임 신고 기한 경과 안내문 보내려고 합니다. 너무 딱딱하지 않게 써 주세요.",
        f"수신: 푸른마을3단지 관리사무소장 {n1} (사무소 {p1}, {m1})",
        f"내용: 전임 관리자 {n2} 퇴사(3/15) 후 30일 이내 재선임 신고 필요, 현재 미신고",
        "근거: 화재의 예방 및 안전관리에 관한 법률 제26조",
    ),
    [(PER, n1), (PH, p1), (MAIL, m1), (PER, n2)],
)

n1, r1, l1, p1, a1 = "옥성자", rr("500112", 2), "부산광역시 사하구 낙동대로 188번길 9-3, 2층", mob(), acct("부산")
add(
    "ko",
    P,
    lines(
        "주택 화재 피해 주민 임시주거비 지원 결재 올리려고 하는데, 지원 근거 문단이랑 요약표 만들어 줘.",
        f"피해자 : {n1} ({r1})",
        f"피해 주소 : {l1}",
        f"연락처 : {p1} (아들 휴대폰)",
        f"지원금 입금 : 부산은행 {a1}",
        "화재일 4/3 02:40, 원인 전기적 요인 추정, 2층 전소",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1), (ACC, a1)],
)

m1, i1, p1, n1 = "fire.insp07@gyeonggi.go.kr", priv_ip(), mob(), "권다혜"
add(
    "mixed",
    P,
    lines(
        "점검 태블릿 앱이 사진 업로드에서 계속 실패합니다. 아래 로그에서 원인 추정해 주세요.",
        js(
            {
                "ts": "2024-04-11T15:02:44+09:00",
                "level": "ERROR",
                "inspector": m1,
                "device_ip": i1,
                "site": {"name": "한빛요양원", "owner": n1, "owner_tel": p1},
                "error": "UploadTimeout: multipart part 3/5 exceeded 30000ms",
            }
        ),
    ),
    [(MAIL, m1), (IP, i1), (PER, n1), (PH, p1)],
)

add(
    "ko",
    N,
    lines(
        "소방시설 작동점검표 항목명을 표준 용어로 맞춰 주세요.",
        "1. 소화기: 제조번호 SL-2019-048211, 형식승인번호 소16-3, 충압 0.7~0.98MPa",
        "2. 자동화재탐지설비: 감지기 형식 차동식 스포트형 2종, 수신기 P형 1급 10회로",
        "3. 옥내소화전: 방수압 0.17MPa 이상, 방수량 130L/min",
        "4. 적용기준: NFTC 101, NFTC 203 (2022.12.1. 시행)",
        "5. 점검일 2024-04-11, 대상 연면적 4,812.37㎡, 지하 1층/지상 7층",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "소방 안전교육 퀴즈 10문제 만들어 줘. 참고할 숫자들:",
        "화재 신고 119, 범죄 신고 112, 해양 사고 122, 생활안전 민원 120",
        "소화기 사용법 '안-조-쏘-쓸', 옥내소화전 호스 길이 15m, 완강기 최대 사용자 하중 1,500N",
        "2023년 전국 화재 38,659건, 사망 282명 (국가화재정보시스템 통계 기준)",
    ),
    [],
)

p1 = mob()
v1 = dash_like(p1, "hyphen")
add(
    "ko",
    OB,
    lines(
        "점검 결과 알림톡 발송 대상 엑셀에서 이 번호만 형식 오류로 튕겨요. 눈으로 보면 멀쩡한데 왜 그런가요?",
        f"업소명 청솔PC방 / 관계인 경민혁 / 휴대전화 {v1}",
    ),
    [(PER, "경민혁"), (PH, v1)],
)


# ================================================================ 철도 승차권 환불
n1, p1, a1 = "윤채원", mob(), acct("케이뱅크")
add(
    "ko",
    P,
    lines(
        "고객 환불 요청 메일에 대한 답장을 써야 합니다. 요청 내용 요약하고 답장 초안도 부탁해요.",
        "---",
        "안녕하세요. 4월 6일 서울→부산 KTX 023열차를 예매했는데 출발 10분 전에 아이가 아파서 못 탔습니다.",
        "카드 결제(4518-****-****-2231) 취소가 안 된다고 해서, 반환 금액은 계좌로 받고 싶습니다.",
        f"케이뱅크 {a1}, 예금주 {n1}입니다. 연락은 {p1}로 주세요.",
        f"{n1} 드림",
    ),
    [(ACC, a1), (PER, n1), (PH, p1), (PER, n1)],
)

n1, n2, n3, p1, p2, p3 = "장동희", "남궁연", "추민서", mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "장애인복지관 단체 승차권(무궁화 1207열차, 12명) 중 3명 환불 건입니다. 환불 금액 계산표 만들어 줘 (장애인 할인 50%, 출발 3시간 전 취소).",
        f"1) {n1} - 보호자 동반, 연락처 {p1}",
        f"2) {n2} - 단독, 연락처 {p2}",
        f"3) {n3} - 보호자 동반, 연락처 {p3}",
        "1인 정상운임 28,600원",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

n1, p1, k1 = "노지환", mob(), cc("5")
add(
    "ko",
    P,
    lines(
        "역 고객센터 카톡 상담 기록입니다. 카드 결제 취소 요청 전산 입력용으로 정리해 줘",
        "고객: 어제 SRT 수서→광주송정 결제가 두 번 됐어요",
        f"고객: 결제한 카드는 {k1} 이고 예약자는 {n1}이에요",
        "상담사: 확인해 보니 동일 승차권 2건 결제가 맞습니다. 1건 취소 처리하겠습니다.",
        f"고객: 처리되면 {p1}로 문자 주세요",
    ),
    [(CARD, k1), (PER, n1), (PH, p1)],
)

m1, a1, n1 = "leesujin_88@nate.com", acct("SC제일"), "이수진"
add(
    "mixed",
    P,
    lines(
        "야간 환불 배치 로그인데 3건 중 1건이 FAILED 예요. 실패 원인 설명해 주세요.",
        "[2024-04-12 01:00:02] RefundBatch start (target=3)",
        "[2024-04-12 01:00:03] OK     tkt=82104-0406-10234-56 amount=59800 method=CARD",
        f"[2024-04-12 01:00:05] FAILED tkt=82104-0406-11870-02 amount=48800 method=ACCOUNT holder={n1} bank=023 acct={a1} notify={m1} reason=HOLDER_NAME_MISMATCH",
        "[2024-04-12 01:00:06] OK     tkt=82104-0407-00412-77 amount=23700 method=POINT",
        "[2024-04-12 01:00:06] RefundBatch end (ok=2, failed=1)",
    ),
    [(PER, n1), (ACC, a1), (MAIL, m1)],
)

n1, n2, p1, m1 = "방승우", "방하은", mob(), "swbang@kakao.com"
add(
    "mixed",
    P,
    lines(
        "예매 API에 보내는 요청 바디인데 422 에러가 납니다. 스키마 어디가 틀렸는지 알려 주세요.",
        "POST /v2/reservations",
        js(
            {
                "trainNo": "KTX-101",
                "depDate": "2024-05-03",
                "contact": {"phone": p1, "email": m1},
                "passengers": [
                    {"name": n1, "type": "ADULT", "seat": "5-12A"},
                    {"name": n2, "type": "CHILD", "age": "7", "seat": "5-12B"},
                ],
            }
        ),
    ),
    [(PH, p1), (MAIL, m1), (PER, n1), (PER, n2)],
)

n1, m1, p1 = "Keiko Tanabe", "k.tanabe1990@yahoo.co.jp", "+81 90-" + fmt("NNNN-NNNN")
add(
    "en",
    P,
    lines(
        "Please help me answer this customer in simple English.",
        "",
        "Hello, I bought a Korea Rail Pass (5 days) but I broke my leg in Gyeongju and must fly home tomorrow.",
        "Only one day was used. Can I get a partial refund? The pass was paid by credit card.",
        f"My name is {n1}, e-mail {m1}, phone {p1}.",
        "Thank you, Keiko",
    ),
    [(PER, n1), (MAIL, m1), (PH, p1), (PER, "Keiko")],
)

t1 = "82104-0415-" + dg(5) + "-" + dg(2)
add(
    "ko",
    N,
    lines(
        "승차권 재발행 안내문에 들어갈 예시 표기가 맞는지 확인해 주세요.",
        f"승차권번호 {t1} / 열차 KTX 023 / 5호차 12A / 서울 08:00 → 부산 10:39",
        "운임 59,800원, 할인 0원, 결제 59,800원",
        "역 코드: 서울 0001, 대전 0010, 동대구 0015, 부산 0020",
        "철도고객센터 1544-7788 / 1588-7788",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "반환 위약금 규정을 한 장짜리 안내문 표로 만들어 줘",
        "월~목: 출발 1일 전까지 무료, 당일 3시간 전까지 무료, 3시간~출발 전 5%",
        "금~일·공휴일: 출발 2일 전 400원, 1일 전 5%, 당일~3시간 전 10%, 3시간~출발 전 20%",
        "출발 후 20분까지 15%, 60분까지 40%, 도착 전까지 70%",
        "예) 59,800원 승차권, 금요일 출발 30분 전 반환 시 위약금 11,960원",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Can you turn this timetable into a short paragraph for our English website?",
        "KTX 101  Seoul 05:30 -> Busan 08:15  (Car 5, seats 1A-16D reserved for groups)",
        "KTX 103  Seoul 05:58 -> Busan 08:38",
        "SRT 301  Suseo 05:30 -> Busan 08:02",
        "Reservation code format: R-20240415-000318, customer line 1544-7788 (24 h)",
    ),
    [],
)

p1 = mob()
v1 = en_words(p1)
add(
    "en",
    OB,
    lines(
        "Voice-to-text from our English refund hotline came out like this. Please turn it into a ticket summary.",
        "Agent: Can I have a number to call you back?",
        f"Caller: Sure, it's {v1}. That's my Korean SIM.",
        "Agent: And the name on the booking?",
        "Caller: Martin Oduya.",
    ),
    [(PH, v1), (PER, "Martin Oduya")],
)

k1 = cc("4")
v1 = fullwidth(k1)
add(
    "ko",
    OB,
    lines(
        "환불 요청서에 고객이 적은 카드번호를 카드사 취소 화면에 붙여 넣으면 '숫자만 입력' 오류가 납니다. 변환해 주세요.",
        f"결제카드 : {v1}   카드 소유자 : 엄태희",
    ),
    [(CARD, v1), (PER, "엄태희")],
)


# ================================================================ 대학 입학처
n1, r1, p1, p2, m1 = "현승아", rr("060817", 4), mob(), mob(), "seunga0817@naver.com"
add(
    "ko",
    P,
    lines(
        "수시 원서 접수 오류 문의가 들어왔어요. 원서 대행사에 보낼 확인 요청 메일 써 주세요.",
        f"지원자 {n1} (주민번호 {r1}) / 학생 휴대폰 {p1} / 보호자 {p2}",
        f"이메일 {m1}",
        "증상: 결제 완료 문자는 받았는데 마이페이지에 '미접수'로 표시, 수험번호 미부여",
        "지원 전형: 학생부종합(지역균형) 간호학과",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (PH, p2), (MAIL, m1)],
)

n1, n2, n3, a1, a2, a3 = "백도현", "길나래", "범수빈", acct("신한"), acct("토스뱅크"), acct("국민")
add(
    "ko",
    P,
    lines(
        "신입생 성적우수장학금 지급 대상입니다. 은행별로 묶어서 이체 파일 만들 수 있게 정리해 주세요.",
        "| 학과 | 성명 | 은행 | 계좌번호 | 금액 |",
        "|---|---|---|---|---|",
        f"| 기계공학과 | {n1} | 신한 | {a1} | 2,000,000 |",
        f"| 국어국문학과 | {n2} | 토스뱅크 | {a2} | 1,500,000 |",
        f"| 화학과 | {n3} | 국민 | {a3} | 2,000,000 |",
    ),
    [(PER, n1), (ACC, a1), (PER, n2), (ACC, a2), (PER, n3), (ACC, a3)],
)

n1, n2, n3, p1, p2 = "어윤정", "소재민", "빈혜주", land("02"), land("02")
add(
    "ko",
    P,
    lines(
        "면접고사 당일 운영 안내를 면접위원용으로 정리해 줘",
        f"- 1고사실(인문관 301호): 위원장 {n1} 교수 (내선 연결 {p1}), 위원 {n2} 교수",
        f"- 2고사실(인문관 305호): 위원장 {n3} 교수 (연구실 {p2})",
        "- 대기실: 인문관 2층 대강당, 지원자 09:00까지 입실, 휴대폰 수거",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PER, n3), (PH, p2)],
)

n1, r1, p1, m1 = "탁서율", rr("050302", 3), mob(), "tak.seoyul@gmail.com"
add(
    "mixed",
    P,
    lines(
        "원서 DB에서 중복 지원자 확인 중인데 MySQL 결과가 아래처럼 나옵니다. 두 행이 같은 사람인지 판단 근거 정리해 주세요.",
        "mysql> SELECT * FROM applicant WHERE rrn_hash = SHA2('...', 256)\\G",
        "*************************** 1. row ***************************",
        "   apply_no: 2025S0412871",
        f"       name: {n1}",
        f"        rrn: {r1}",
        f"     mobile: {p1}",
        f"      email: {m1}",
        "*************************** 2. row ***************************",
        "   apply_no: 2025S0413009",
        f"       name: {n1}",
        f"        rrn: {r1}",
        "     mobile: NULL",
        f"      email: {m1}",
        "2 rows in set (0.01 sec)",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (MAIL, m1), (PER, n1), (RRN, r1), (MAIL, m1)],
)

a1, p1, m1 = ar("030611", 6), mob(), "nguyen.thao.ly@gmail.com"
add(
    "mixed",
    P,
    lines(
        "외국인 특별전형 지원자 서류 체크리스트입니다. 빠진 서류만 뽑아 주세요.",
        "- Name: NGUYEN THAO LY (응우옌 타오 리), Nationality: Vietnam",
        f"- 외국인등록번호: {a1}",
        "- Passport No.: C4827715 (Vietnam)",
        f"- Mobile: {p1} / E-mail: {m1}",
        "- 제출: TOPIK 4급 성적표, 고교 졸업증명서(아포스티유) / 미제출: 재정능력 입증서류",
    ),
    [(PER, "NGUYEN THAO LY"), (PER, "응우옌 타오 리"), (ARN, a1), (PH, p1), (MAIL, m1)],
)

m1, p1 = "farida.rahman.bd@gmail.com", "+880 17" + fmt("NN-NNNNNN")
add(
    "en",
    P,
    lines(
        "Draft a reply to this applicant: tell her the deadline is 5 p.m. KST and that scans are fine.",
        "",
        "Dear Admissions Office,",
        "I am applying to the Graduate School of Public Health (Fall 2025). My bank statement is still being issued.",
        "Could I upload it after the deadline? I can send a letter from the bank now.",
        "",
        "Best regards,",
        "Farida Rahman",
        f"{m1} | {p1}",
    ),
    [(PER, "Farida Rahman"), (MAIL, m1), (PH, p1)],
)

m1, p1 = "jkwon@chem.postech.ac.kr", "+82-54-" + fmt("MNN-NNNN")
add(
    "en",
    P,
    lines(
        "Proofread the closing part of this recommendation letter, please.",
        "",
        "In my twenty years of teaching I have rarely met a student as careful in the laboratory as Ms. Ha Yerin.",
        "I recommend her without reservation for the integrated MS-PhD track.",
        f"Should you need further information, please contact me at {m1} or {p1}.",
        "",
        "Kwon Jaesung, Professor of Chemistry",
    ),
    [(PER, "Ha Yerin"), (MAIL, m1), (PH, p1), (PER, "Kwon Jaesung")],
)

add(
    "ko",
    N,
    lines(
        "모집요강 요약표에서 숫자 틀린 곳 없는지 검토해 주세요.",
        "전형코드 S21(학생부교과), S32(학생부종합), J10(정시 가군)",
        "모집인원 1,482명 / 지원 21,307명 / 경쟁률 14.38:1",
        "원서 접수 2024.09.09.(월) 10:00 ~ 09.13.(금) 18:00, 전형료 45,000원",
        "수험번호 체계: 25-S21-0001 ~ 25-S21-4120, 고사장 공학관 401호~412호",
        "입학처 대표전화 1588-3014(ARS), 팩스 문의 불가",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "학과별 충원 합격 현황을 그래프용 CSV로 바꿔 줘",
        "간호학과 최초합 30, 충원 41(예비 71번까지)",
        "컴퓨터공학과 최초합 45, 충원 88(예비 133번까지)",
        "경영학과 최초합 60, 충원 102(예비 162번까지)",
        "※ 2025학년도 수시 기준, 등록 마감 2024-12-26 16:00",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Summarise these admission statistics in two sentences for the international office newsletter.",
        "Fall 2024 international applicants: 2,418 (undergraduate 1,604; graduate 814).",
        "Admitted: 731. Enrolled: 402. Top countries: Vietnam 148, China 97, Uzbekistan 41, Mongolia 22.",
        "Application IDs run from INT-24F-00001 to INT-24F-02418; TOPIK level 3 minimum (IELTS 5.5 accepted).",
    ),
    [],
)

m1 = "jeon.haneul05@gmail.com"
v1 = m1.replace("@", " 골뱅이 ").replace(".", " 점 ")
add(
    "ko",
    OB,
    lines(
        "입학처 상담 전화 받아 적은 메모예요. 이메일 주소를 제대로 된 형식으로 고쳐서 회신 메일 써 주세요.",
        f"학생 전하늘, 메일 {v1} 로 서류 보완 안내 요청",
    ),
    [(PER, "전하늘"), (MAIL, v1)],
)

n1 = "소예린"
v1 = git_octal(n1)
add(
    "mixed",
    OB,
    lines(
        "입학 서류 저장소에서 git status 하면 파일명이 이렇게 나와요. 누구 파일인지, 깨진 게 아니라면 원래 이름이 뭔지 알려주세요.",
        "Changes not staged for commit:",
        f'\tmodified:   "docs/{git_octal("자기소개서")}_{v1}.pdf"',
        "\tmodified:   docs/checklist_2025S.xlsx",
    ),
    [(PER, v1)],
)


# ================================================================ 주민센터 전입신고
n1, r1, l1, l2, p1 = (
    "방윤호",
    rr("870225", 1),
    "경기도 화성시 동탄대로 537, 1504동 801호",
    "서울특별시 관악구 봉천로 4길 27, 302호",
    mob(),
)
add(
    "ko",
    P,
    lines(
        "전입신고서 스캔 OCR 결과입니다. 행정시스템 입력 항목 순서(성명-주민번호-전 주소-새 주소-연락처)로 정리해 줘",
        "전 입 신 고 서",
        f"세대주 성명 {n1}   주민등록번호 {r1}",
        f"전 주소 {l2}",
        f"새로운 주소 {l1}",
        f"연락처 {p1}   신고인과의 관계: 본인",
    ),
    [(PER, n1), (RRN, r1), (LOC, l2), (LOC, l1), (PH, p1)],
)

n1, n2, n3 = "봉준석", "여하은", "봉시우"
r1, r2, r3 = rr("890704", 1), rr("920119", 2), rn("220308", 3)
add(
    "ko",
    P,
    lines(
        "세대원 전입 명단이에요. 세대주와의 관계 코드 붙여서 표로 만들어 주세요 (본인 0, 배우자 1, 자녀 2).",
        f"{n1} {r1} 세대주",
        f"{n2} {r2} 처",
        f"{n3} {r3} 자(2022년생)",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (PER, n3), (RRN, r3)],
)

n1, l1, n2, p1 = "육재형", "광주광역시 북구 우치로 95번길 11-2", "맹순례", mob()
add(
    "ko",
    P,
    lines(
        "통장님이 보낸 전입 사실조사 결과 보고를 공문 붙임용 문장으로 바꿔 주세요.",
        f"조사 대상: {n1} (전입일 3/22, 주소 {l1})",
        f"조사 결과: 3회 방문 모두 부재, 1층 거주 집주인 {n2}씨 말로는 2월부터 짐만 있고 사람은 안 산다 함",
        f"집주인 연락처 {p1}, 추가 확인 필요",
    ),
    [(PER, n1), (LOC, l1), (PER, n2), (PH, p1)],
)

n1, p1, l1 = "차민경", mob(), "울산광역시 남구 삼산로 274, 109동 1102호"
add(
    "ko",
    P,
    lines(
        "민원 창구 메모입니다. 확정일자 안내 문자 문구 만들어 줘",
        f"- {n1} 님 전세 계약 ({l1}), 전입+확정일자 동시 신청",
        "- 임대차계약서 원본 지참, 수수료 600원 카드 결제",
        f"- 처리 완료 후 {p1} 로 안내 요청",
    ),
    [(PER, n1), (LOC, l1), (PH, p1)],
)

n1, r1, l1 = "구하람", rr("990530", 2), "세종특별자치시 한누리대로 2130, 605동 204호"
add(
    "mixed",
    P,
    lines(
        "전입신고 온라인 접수 서버에서 이 에러가 반복돼요. 원인 알려주세요.",
        "2024-04-11 16:22:05.331 ERROR [http-nio-8080-exec-7] c.g.m.MoveInController : validation failed",
        f'  payload={{"applicant":"{n1}","rrn":"{r1}","newAddr":"{l1}","moveInDate":"2024-04-31"}}',
        "java.time.DateTimeException: Invalid date 'APRIL 31'",
        "\tat java.base/java.time.LocalDate.create(LocalDate.java:459)",
        "\tat kr.go.minwon.movein.MoveInValidator.check(MoveInValidator.java:88)",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1)],
)

add(
    "ko",
    N,
    lines(
        "주민센터 전입신고 안내 게시물 문구를 간결하게 고쳐 주세요.",
        "신고 기한: 이사한 날부터 14일 이내 (미신고 시 과태료 최대 5만원)",
        "필요 서류: 신분증, 전입신고서(주민등록법 시행규칙 별지 제15호서식)",
        "수수료: 무료 (확정일자 600원)",
        "온라인 신고: 정부24 → 전입신고 → 처리기간 1~2일",
        "예시) 성명 홍길동, 주민등록번호 000000-0000000, 연락처 010-0000-0000",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "통·반별 세대 현황 표를 보고 한 문단으로 요약해 줘",
        "1통 1반 42세대 / 2반 38세대 / 3반 51세대",
        "2통 1반 67세대 / 2반 29세대",
        "3통 1반 102세대 (오피스텔 1동 포함)",
        "전월 대비 전입 31세대, 전출 24세대, 순증 7세대",
    ),
    [],
)

n1 = "황보예진"
v1 = " ".join(n1)
add(
    "ko",
    OB,
    lines(
        "주민등록 등초본 발급 대장에서 이름 검색이 안 되는 건이 있어요. 뭐가 문제인지 알려줘",
        f"발급일 4/11 | 성명 {v1} | 등본 2통 | 수수료 면제(기초수급)",
    ),
    [(PER, v1)],
)

r1 = rr("850913", 2)
v1 = sino(r1[:6]) + " 다시 " + sino(r1[7:])
add(
    "ko",
    OB,
    lines(
        "민원 전화 녹취 자동 전사인데 숫자가 한글로 풀려서 나와요. 전입신고 본인 확인용으로 숫자로 바꿔 주세요.",
        "민원인: 세입자 전입 신고했는지 확인하려고요. 제 주민번호는",
        f"민원인: {v1} 이고요, 이름은 천예슬이요.",
    ),
    [(RRN, v1), (PER, "천예슬")],
)


# ================================================================ 출입국 체류연장
a1, p1, l1 = ar("940318", 5), mob(), "경기도 안산시 단원구 원곡로 45, 301호"
add(
    "ko",
    P,
    lines(
        "체류기간 연장 창구 접수 메모입니다. 보완서류 안내 문자 문구 만들어 주세요.",
        f"신청인: RAHIMOV BEKZOD (우즈베키스탄, E-9) / 외국인등록번호 {a1}",
        f"체류지: {l1} / 휴대폰 {p1}",
        "만료일 2024-05-02, 근로계약 연장 확인서 미첨부, 수수료 6만원 수입인지 미부착",
    ),
    [(PER, "RAHIMOV BEKZOD"), (ARN, a1), (LOC, l1), (PH, p1)],
)

b1, n1, p1, a1 = bz(), "노영식", land("055"), ar("910204", 5)
add(
    "ko",
    P,
    lines(
        "고용주 확인서 내용을 검토해서 누락 항목 알려 주세요.",
        "사업장명: 한림정밀(주) 김해공장",
        f"사업자등록번호: {b1}   대표자: {n1}   담당 전화: {p1}",
        f"근로자: NGUYEN VAN HUNG / 외국인등록번호 {a1} / 직종: 금속 가공",
        "계약기간: 2024.05.10. ~ 2025.05.09. (연장), 월 급여 2,210,000원",
    ),
    [(BRN, b1), (PER, n1), (PH, p1), (PER, "NGUYEN VAN HUNG"), (ARN, a1)],
)

n1, r1, a1, p1 = "편상우", rr("790621", 1), ar("960814", 6), mob()
add(
    "ko",
    P,
    lines(
        "결혼이민(F-6) 체류연장 신청 건입니다. 신원보증서와 혼인관계 증빙을 매칭한 표 만들어 줘",
        f"배우자(국민): {n1} / {r1} / {p1}",
        f"신청인: 마리아 산토스 크루즈 (필리핀) / 외국인등록번호 {a1}",
        "혼인신고일 2021-09-18, 자녀 1명, 가족관계증명서 발급일 2024-04-02",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (PER, "마리아 산토스 크루즈"), (ARN, a1)],
)

a1, a2, a3 = ar("980227", 5), ar("000915", 8), ar("930401", 6)
p1, p2, p3 = mob(), mob(), mob()
add(
    "mixed",
    P,
    lines(
        "하이코리아 방문 예약 명단 CSV인데 예약 시간이 겹치는 사람 찾아 줘",
        "reserve_time,name_en,arc_no,mobile,purpose",
        f"2024-04-16 09:00,TRAN MINH DUC,{a1},{p1},EXTENSION",
        f"2024-04-16 09:00,SULTANOVA DILNOZA,{a2},{p2},ADDRESS_CHANGE",
        f"2024-04-16 09:20,PHAM THI HOA,{a3},{p3},EXTENSION",
    ),
    [
        (PER, "TRAN MINH DUC"),
        (ARN, a1),
        (PH, p1),
        (PER, "SULTANOVA DILNOZA"),
        (ARN, a2),
        (PH, p2),
        (PER, "PHAM THI HOA"),
        (ARN, a3),
        (PH, p3),
    ],
)

a1, l1, m1, n1 = (
    ar("970705", 5),
    "충청남도 아산시 둔포면 아산밸리로 112, 기숙사 B동 214호",
    "hr.dunpo@semitek.co.kr",
    "문지혜",
)
add(
    "mixed",
    P,
    lines(
        "외국인 근로자 체류지 변경 신고를 회사가 대신 하려고 합니다. 필요한 서류 리스트와 안내 메일(영문 병기) 써 주세요.",
        f"Worker: BATBAYAR GANZORIG (Mongolia), ARC {a1}",
        f"New address: {l1}",
        f"회사 담당: 인사팀 {n1} 대리 ({m1})",
    ),
    [(PER, "BATBAYAR GANZORIG"), (ARN, a1), (LOC, l1), (PER, n1), (MAIL, m1)],
)

a1, p1, m1 = ar("950112", 7), mob(), "ahmed.karim.kr@gmail.com"
add(
    "en",
    P,
    lines(
        "Please summarise this e-mail in Korean for the counter staff.",
        "",
        "To the Immigration Office,",
        f"My name is Ahmed Karim, alien registration number {a1}. My D-2 visa ends on 30 April.",
        "My university has not issued the enrolment certificate yet because of the tuition payment delay.",
        f"Can I apply for extension with the payment receipt only? My phone is {p1} and my e-mail is {m1}.",
        "Thank you. Ahmed",
    ),
    [(PER, "Ahmed Karim"), (ARN, a1), (PH, p1), (MAIL, m1), (PER, "Ahmed")],
)

b1, p1, m1 = bz(), land("031"), "hr@daesan-logis.co.kr"
add(
    "en",
    P,
    lines(
        "Check the English of this employer letter.",
        "",
        "Daesan Logistics Co., Ltd. (Business Registration No. " + b1 + ")",
        "We confirm that Mr. Sok Dara has worked at our Icheon warehouse since 3 March 2022 and will continue under a renewed contract.",
        f"For any question, contact our HR manager, Ms. Byun Soyeon, at {p1} or {m1}.",
    ),
    [(BRN, b1), (PER, "Sok Dara"), (PER, "Byun Soyeon"), (PH, p1), (MAIL, m1)],
)

add(
    "ko",
    N,
    lines(
        "체류자격별 연장 수수료 표를 만들어 주세요.",
        "E-9 비전문취업 6만원, D-2 유학 6만원, F-6 결혼이민 6만원, H-2 방문취업 6만원",
        "외국인등록증 재발급 3만원, 체류지 변경 신고 무료(전입일부터 15일 이내)",
        "출입국·외국인정책본부 외국인종합안내센터 1345 (다국어)",
        "접수번호 예시: 2024-0416-00273, 창구 7번~12번",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Make a simple table of these visa extension rules for the English FAQ page.",
        "D-2 (student): up to 2 years per extension; fee KRW 60,000; form No. 34 of the Enforcement Rules.",
        "E-9 (non-professional worker): maximum stay 4 years 10 months; re-entry after 1 month for 'sincere workers'.",
        "F-6 (marriage migrant): 1-3 years; spouse's guarantee letter required.",
        "Call centre 1345, 09:00-22:00 (KST).",
    ),
    [],
)

p1 = mob()
v1 = arabic(p1)
add(
    "mixed",
    OB,
    lines(
        "이집트 유학생이 체류연장 온라인 신청서에 쓴 연락처가 아라비아어 숫자로 들어왔어요. 일반 숫자로 바꿔서 연락처 칸 수정해 주세요.",
        f"Name: MOHAMED SAYED / Phone: {v1} / Visa: D-2",
    ),
    [(PER, "MOHAMED SAYED"), (PH, v1)],
)

a1 = ar("010101", 7)
v1 = dash_like(a1, "en")
add(
    "ko",
    OB,
    lines(
        "외국인등록번호를 조회 화면에 붙여 넣었는데 '형식 오류'가 나요. 원인이 뭔가요?",
        f"민원인 ZHANG WEI의 등록번호 {v1} (워드 문서에서 복사)",
    ),
    [(PER, "ZHANG WEI"), (ARN, v1)],
)


# ================================================================ 보건소 예방접종
n1, r1, n2, p1, l1 = (
    "채다온",
    rn("230914", 4),
    "채승훈",
    mob(),
    "전북특별자치도 전주시 덕진구 기린대로 1055, 203동 1506호",
)
add(
    "ko",
    P,
    lines(
        "영유아 예방접종 예진표 OCR입니다. 접종 등록 시스템 입력 순서대로 다시 적어 줘",
        f"아동 성명 {n1}   주민등록번호 {r1}",
        f"보호자 {n2} (부)   연락처 {p1}",
        f"주소 {l1}",
        "오늘 접종: DTaP-IPV 3차, 최근 발열 없음, 이전 접종 후 이상반응 없음",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (PH, p1), (LOC, l1)],
)

n1, r1, p1 = "선우경자", rr("470305", 2), mob()
add(
    "ko",
    P,
    lines(
        "인플루엔자 예방접종 후 이상반응 신고 내용입니다. 질병관리청 보고 양식 문장으로 바꿔 주세요.",
        f"신고 대상자: {n1} ({r1}), 76세 여",
        "접종일시: 10/21 10:30, 접종 부위 왼쪽 삼각근",
        "증상: 접종 후 6시간 뒤 38.4℃ 발열, 접종 부위 발적 5cm",
        f"연락처: {p1} (딸)",
    ),
    [(PER, n1), (RRN, r1), (PH, p1)],
)

n1, n2, n3 = "도말자", "표영남", "옥귀순"
r1, r2, r3 = rr("380917", 2), rr("410302", 1), rr("360125", 2)
l1, l2, l3 = (
    "강원특별자치도 정선군 임계면 송계리 211",
    "강원특별자치도 정선군 임계면 봉산리 87-1",
    "강원특별자치도 정선군 임계면 도전리 340",
)
add(
    "ko",
    P,
    lines(
        "거동불편 어르신 방문접종 명단입니다. 방문 동선 짜기 좋게 리(里)별로 묶어 주세요.",
        "성명\t주민등록번호\t주소",
        f"{n1}\t{r1}\t{l1}",
        f"{n2}\t{r2}\t{l2}",
        f"{n3}\t{r3}\t{l3}",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PER, n2), (RRN, r2), (LOC, l2), (PER, n3), (RRN, r3), (LOC, l3)],
)

b1, n1, a1 = bz(), "남기석", acct("기업")
add(
    "ko",
    P,
    lines(
        "위탁의료기관 예방접종 비용 상환 신청 내역 검토 부탁드립니다. 금액 계산이 맞는지 봐 주세요.",
        f"기관명: 새봄소아청소년과의원 / 사업자번호 {b1} / 대표원장 {n1}",
        f"상환 계좌: 기업은행 {a1} (예금주 새봄소아청소년과의원)",
        "3월 접종 412건 × 시행비 19,610원 = 8,079,320원",
    ),
    [(BRN, b1), (PER, n1), (ACC, a1)],
)

n1, r1, h1 = "은지호", rr("150606", 3), hid()
add(
    "mixed",
    P,
    lines(
        "예방접종 등록 API 호출에서 400 Bad Request가 나요. 요청 바디 검토해 주세요.",
        "POST https://api.vaccine-reg.example/v1/records",
        "Content-Type: application/json",
        "",
        js(
            {
                "patient": {"name": n1, "rrn": r1, "nhisCardNo": h1},
                "vaccine": {"code": "HPV9", "lot": "U012847", "dose": 2},
                "site": "L-deltoid",
                "administeredAt": "2024-04-11 14:00",
            }
        ),
    ),
    [(PER, n1), (RRN, r1), (HINS, h1)],
)

n1, n2, p1, p2 = "여은호", "기서아", mob(), mob()
add(
    "mixed",
    P,
    lines(
        "접종 예약 알림 문자 CSV 만들었는데 엑셀에서 열면 번호 앞 0이 사라져요. 해결 방법이랑 수정본 주세요.",
        "child_name,guardian_tel,vaccine,due_date",
        f"{n1},{p1},MMR 2차,2024-05-02",
        f"{n2},{p2},일본뇌염 3차,2024-05-07",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2)],
)

add(
    "ko",
    N,
    lines(
        "백신 입고 대장 정리 좀 해 주세요. 유효기간 임박 순으로.",
        "백신명 | 제조사 | 로트번호 | 유효기간 | 수량",
        "인플루엔자 4가 | GC녹십자 | Q10324A | 2025-06-30 | 120",
        "Td | 보령 | TD23K041 | 2025-01-31 | 40",
        "BCG(경피) | 일본BCG | KH2214 | 2024-09-30 | 15",
        "문의: 질병관리청 콜센터 1339",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "표준 예방접종 일정표 요약을 부모 안내문 말투로 써 줘",
        "BCG 생후 4주 이내 / B형간염 0·1·6개월 / DTaP 2·4·6개월, 15~18개월, 만 4~6세",
        "IPV 2·4·6~18개월, 만 4~6세 / MMR 12~15개월, 만 4~6세",
        "국가예방접종 지원 대상 만 12세 이하 (HPV는 만 12~17세 여아)",
    ),
    [],
)

p1 = mob()
v1 = sup(p1)
add(
    "ko",
    OB,
    lines(
        "접종 안내문 한글 파일에서 연락처를 복사했더니 숫자가 위 첨자로 붙어 나와요. 문자 발송용으로 바꿔 주세요.",
        f"보호자 명소윤 님 연락처 {v1}",
    ),
    [(PER, "명소윤"), (PH, v1)],
)

n1 = "탁은별"
v1 = SHY.join(n1)
add(
    "ko",
    OB,
    lines(
        "예방접종 시스템에서 이 아동 이름으로 조회하면 안 나오는데 화면상으로는 멀쩡해 보여요. 왜 그럴까요?",
        f"조회 요청 성명: {v1} / 생년월일 2021-07-14",
    ),
    [(PER, v1)],
)


# ================================================================ 군부대 면회
n1, n2, n3, n4 = "상병 권태윤", "권혁수", "이말녀", "일병 추도겸"
p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "이번 주말 면회 신청 명단이에요. 면회실 좌석 배치표로 만들어 줘 (가족 단위로 묶기)",
        f"1. {n1} - 면회객 {n2}(부) {p1}, {n3}(조모) {p2}",
        f"2. {n4} - 면회객 우소라(여자친구) {p3}",
        "면회 시간 토 10:00~15:00, 외부 음식 반입 가능",
    ),
    [(PER, "권태윤"), (PER, n2), (PH, p1), (PER, n3), (PH, p2), (PER, "추도겸"), (PER, "우소라"), (PH, p3)],
)

n1, n2, n3 = "하정례", "탄경훈", "탄수아"
r1, r2, r3 = rr("680224", 2), rr("650818", 1), rr("010530", 4)
add(
    "ko",
    P,
    lines(
        "부대 개방 행사(가족 초청) 출입자 사전 신원확인 명단입니다. 보안과 제출 양식(성명/주민번호/관계) 표로 바꿔 주세요.",
        f"- 일병 탄지후 가족: 모 {n1} {r1}, 부 {n2} {r2}, 누나 {n3} {r3}",
        "- 차량 1대 (출입증 사전 발급 필요)",
    ),
    [(PER, "탄지후"), (PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (PER, n3), (RRN, r3)],
)

n1, d1, p1 = "어성민", dl("경북", named=True), mob()
add(
    "ko",
    P,
    lines(
        "위병소 면회객 출입증 발급 대장 입력 내용이에요. 누락 칸 있는지 봐 주세요.",
        "일시\t성명\t신분증\t신분증번호\t연락처\t방문 장병",
        f"4/13 09:42\t{n1}\t운전면허증\t{d1}\t{p1}\t병장 어진우",
    ),
    [(PER, n1), (DLIC, d1), (PH, p1), (PER, "어진우")],
)

n1, p1, i1 = "주은채", mob(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "면회 예약 웹 서버 로그인데 같은 사람이 예약 버튼을 여러 번 누른 것 같아요. 중복 요청인지 판단해 주세요.",
        f'{i1} - - [13/Apr/2024:08:01:12 +0900] "POST /visit/reserve HTTP/1.1" 200 512 "name={n1}&tel={p1}&soldier=22-7104xxxx"',
        f'{i1} - - [13/Apr/2024:08:01:13 +0900] "POST /visit/reserve HTTP/1.1" 409 128 "name={n1}&tel={p1}&soldier=22-7104xxxx"',
    ),
    [(IP, i1), (PER, n1), (PH, p1), (IP, i1), (PER, n1), (PH, p1)],
)

add(
    "ko",
    N,
    lines(
        "면회 안내 문자 문구를 짧게 다듬어 주세요.",
        "면회 가능: 토·일·공휴일 09:00~16:00 (평일 불가)",
        "장소: 충성관 1층 면회실 (테이블 1~24번), 주차장 P2 이용",
        "반입 금지: 주류, 도수 있는 음료, 현금 10만원 초과",
        "당직실 문의는 부대 대표번호로, 긴급 시 1303(국방헬프콜)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "생활관 배정 현황 표 합계가 맞는지 확인해 주세요.",
        "1생활관 12명 / 2생활관 11명 / 3생활관 12명 / 4생활관 9명 (격리 1실 포함)",
        "중대 총원 44명, 휴가 3명, 파견 2명, 현재원 39명",
        "훈련 일정: 4/15~4/19 전술훈련, 4/22 사격(영점 25m)",
    ),
    [],
)

a1 = acct("국민")
g1, g2 = a1[:9], a1[9:]
t1 = lines(
    "일병 표준호 어머니가 면회 식사비 환불 계좌를 두 번에 나눠 보내셨어요. 합쳐서 환불 요청서에 넣어 주세요.",
    "[2024-04-13 오후 5:02] 행복한하루: 국민은행이고요",
    f"[2024-04-13 오후 5:02] 행복한하루: {g1}",
    f"[2024-04-13 오후 5:03] 행복한하루: {g2} 예요 예금주 백미애",
)
add("ko", OB, t1, [(PER, "표준호"), (ACC, seg(t1, g1, g2)), (PER, "백미애")])


# ================================================================ 자동차 검사소
n1, p1 = "염동환", mob()
add(
    "ko",
    P,
    lines(
        "정기검사 예약 확인 문자 템플릿에 실제 값 넣어서 보내려는데 글자 수(90byte) 넘는지 봐 줘",
        f"[OO자동차검사소] {n1}님 4/17(수) 10:30 정기검사 예약 완료. 차량 12가3456. 변경은 {p1}로 회신",
    ),
    [(PER, n1), (PH, p1)],
)

n1, m1, p1 = "편지수", "jisu.pyeon@hotmail.com", mob()
add(
    "ko",
    P,
    lines(
        "배출가스 불합격 재검사 안내 메일을 써야 해요. 너무 겁주지 않는 톤으로 부탁해요.",
        f"받는 사람: {n1} 고객님 <{m1}>",
        "내용: 4/11 종합검사 결과 매연 농도 기준 초과(측정 32%, 기준 25%), 10일 이내 재검 시 수수료 면제",
        f"문의처: 검사소 담당 {p1}",
    ),
    [(PER, n1), (MAIL, m1), (PH, p1)],
)

b1, n1, p1 = bz(), "제상철", mob()
add(
    "ko",
    P,
    lines(
        "법인 차량 출장검사 요청 접수 내용입니다. 출장 일정표 만들어 주세요.",
        f"업체명: (주)동진렌탈 / 사업자등록번호 {b1}",
        f"차량 관리 담당: {n1} 과장 {p1}",
        "대상: 승합차 6대, 화물차 3대 / 희망일 4/23~4/25 / 장소: 본사 주차장",
    ),
    [(BRN, b1), (PER, n1), (PH, p1)],
)

n1, p1 = "인해솔", mob()
add(
    "mixed",
    P,
    lines(
        "검사 결과 연계 XML인데 수신 기관에서 스키마 오류라고 회신이 왔어요. 어떤 요소가 문제인지 알려 주세요.",
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<InspectionResult>",
        "  <VIN>KMHD341CBNU123456</VIN>",
        f"  <Owner><Name>{n1}</Name><Tel>{p1}</Tel></Owner>",
        '  <Result code="F">불합격</Result>',
        "  <Item><Name>전조등 광도</Name><Value>11800</Value><Std>15000</Std></Item>",
        '  <Odometer unit="km">184,233</Odometer>',
        "</InspectionResult>",
    ),
    [(PER, n1), (PH, p1)],
)

n1, d1, p1, n2 = "곽민준", dl("인천", named=True), mob(), "곽순자"
add(
    "mixed",
    P,
    lines(
        "대리 검사 위임장 내용 확인해 주세요. 대리인 신분 확인 항목이 다 들어갔나요? (Owner/Agent 영문 병기 양식)",
        f"위임인(Owner): {n2} — 본인 자동차 종합검사를 아래 사람에게 위임함",
        f"대리인(Agent): {n1} / Driver's License No. {d1} / Mobile {p1}",
        "관계: 아들 / 위임일: 2024-04-12",
    ),
    [(PER, n2), (PER, n1), (DLIC, d1), (PH, p1)],
)

add(
    "ko",
    N,
    lines(
        "검사 결과표 수치들을 고객이 이해하기 쉬운 말로 설명해 줘",
        "차대번호 KNAJ2812BM7031245 / 최초등록 2017-03-08 / 주행거리 148,211km",
        "매연 18% (기준 25%), CO 0.3%, HC 120ppm, 제동력 앞축 68% / 좌우차 4%",
        "다음 검사 유효기간 2026-04-10, 검사번호 2024-4112-000871",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "검사 수수료 안내 표를 A4 한 장으로 만들어 주세요.",
        "정기검사 승용 23,000원 / 종합검사(관능+배출) 승용 54,000원 / 재검사 10일 이내 면제",
        "자동차관리법 시행규칙 별표 15의2, 지연 과태료 최대 60만원 (30일 이내 4만원)",
        "검사 예약 콜센터 1577-0990",
    ),
    [],
)

p1 = mob()
v1 = o_for_zero(p1)
add(
    "ko",
    OB,
    lines(
        "검사 접수증을 OCR 했는데 연락처만 문자 발송이 안 돼요. 고쳐서 알려줘",
        f"고객명 : 명재혁   연락처 : {v1}   차종 : 포터2",
    ),
    [(PER, "명재혁"), (PH, v1)],
)


# ================================================================ 수도 요금
n1, r1, l1, p1 = "빈영자", rr("441011", 2), "대구광역시 서구 국채보상로 43길 18-7", land("053")
add(
    "ko",
    P,
    lines(
        "상수도 요금 감면(기초생활수급) 신청서 내용 확인하고 감면 결정 통지문 써 주세요.",
        f"신청인 {n1} / 주민등록번호 {r1}",
        f"급수 주소 {l1}",
        f"연락처 {p1}",
        "수급자 증명서 발급일 2024-04-08, 가구원 1인, 월 사용량 평균 7㎥",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1)],
)

n1, l1, p1, a1 = "석지훈", "경기도 용인시 수지구 풍덕천로 129, 204동 1003호", mob(), acct("우리")
add(
    "ko",
    P,
    lines(
        "누수 감면 민원 메일이에요. 감면 가능 여부 판단에 필요한 추가서류 안내 답장 써 주세요.",
        "---",
        "수도사업소 담당자님께",
        f"저는 {l1}에 사는 {n1}입니다. 3월 고지서가 평소 3배(82㎥)가 나와서 확인해 보니 보일러실 배관이 터져 있었습니다.",
        "설비업체 수리 영수증과 사진 첨부합니다. 이미 낸 요금은 감면되면 환급받고 싶습니다.",
        f"환급계좌: 우리은행 {a1} / 연락처 {p1}",
    ),
    [(LOC, l1), (PER, n1), (ACC, a1), (PH, p1)],
)

n1, k1, p1 = "소경민", cc("5", sep=" "), mob()
add(
    "ko",
    P,
    lines(
        "수도요금 카드 자동납부 신청서 OCR 입니다. 카드사 등록 파일 양식(이름|카드번호|연락처)으로 한 줄 만들어 줘",
        "수도요금 자동납부 신청서 (카드)",
        f"납부자 성명 : {n1}",
        f"카드번호 : {k1}   유효기간 : 08/27",
        f"휴대전화 : {p1}",
        "수용가번호 : 0412-118-0073",
    ),
    [(PER, n1), (CARD, k1), (PH, p1)],
)

n1, n2, l1, l2, p1, p2 = (
    "남명숙",
    "진대호",
    "제주특별자치도 서귀포시 남원읍 태위로 522",
    "제주특별자치도 서귀포시 남원읍 위미리 1877-3",
    mob(),
    mob(),
)
add(
    "mixed",
    P,
    lines(
        "검침 앱 CSV export인데 사용량이 음수로 나온 행이 있어요. 어떤 행인지랑 원인 후보 알려 주세요.",
        "meter_id,customer_nm,addr,tel,prev,curr,usage_m3",
        f"WM-220417,{n1},{l1},{p1},1284,1301,17",
        f"WM-220418,{n2},{l2},{p2},992,987,-5",
    ),
    [(PER, n1), (LOC, l1), (PH, p1), (PER, n2), (LOC, l2), (PH, p2)],
)

add(
    "ko",
    N,
    lines(
        "수도요금 고지서 항목 설명을 쉬운 말로 바꿔 주세요.",
        "수용가번호 0412-118-0073 / 계량기번호 D23-0147782 / 구경 15mm",
        "전월지침 1284 → 당월지침 1301, 사용량 17㎥",
        "상수도 9,520원 + 하수도 10,030원 + 물이용부담금 2,890원 = 22,440원",
        "납기 2024.04.30, 상수도 사업본부 콜센터 121",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "가정용 상수도 요금 단가표로 누진 계산 예시 만들어 주세요.",
        "0~20㎥ 580원, 21~30㎥ 870원, 31㎥ 이상 1,160원 (㎥당)",
        "계량기 구경별 기본요금: 15mm 1,080원, 20mm 3,000원, 25mm 5,200원",
        "예) 42㎥ 사용 시 20×580 + 10×870 + 12×1,160 = 34,220원",
    ),
    [],
)

a1 = acct("신한")
v1 = sub(a1)
add(
    "ko",
    OB,
    lines(
        "누수 감면 환급 요청서의 계좌번호가 아래 첨자로 붙어 있어서 이체 화면에 안 들어가요. 일반 숫자로 바꿔 줘",
        f"예금주 도하림 / 신한 {v1}",
    ),
    [(PER, "도하림"), (ACC, v1)],
)

r1 = rr("620709", 1)
v1 = spaced_digits(r1[:6], ".") + "-" + spaced_digits(r1[7:], ".")
add(
    "ko",
    OB,
    lines(
        "요금 감면 신청자 주민번호를 민원인이 점 찍어서 적었어요. 시스템 입력용으로 정리해 주세요.",
        f"신청인 위성택, 주민번호 {v1}, 장애인 감면 대상",
    ),
    [(PER, "위성택"), (RRN, v1)],
)


# ================================================================ 법원 경매
n1, r1, l1, n2, p1 = "엄주희", rr("760118", 2), "서울특별시 송파구 오금로 307, 5동 902호", "구태형", mob()
add(
    "ko",
    P,
    lines(
        "경매 입찰 대리 위임장을 작성 중입니다. 빠진 기재 사항이 없는지 봐 주세요.",
        "사건번호 2024타경10418 (물건번호 2)",
        f"본인(입찰자): {n1} / 주민등록번호 {r1} / 주소 {l1}",
        f"대리인: {n2} (법무사 사무소 사무장) / 전화 {p1}",
        "첨부: 본인 인감증명서 1통, 입찰보증금 최저가의 10%",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PER, n2), (PH, p1)],
)

n1, a1, p1 = "위준서", acct("하나"), mob()
add(
    "ko",
    P,
    lines(
        "매각허가 결정 후 잔금 납부 관련 통화 메모입니다. 매수인에게 보낼 안내 문자 써 주세요.",
        f"매수인 {n1} (연락처 {p1})",
        "대금지급기한 2024.05.17. / 잔금 384,120,000원, 법원 보관금 계좌로 납부",
        f"매수인 측 대출 실행 계좌: 하나은행 {a1} (본인 명의)",
        "소유권이전등기 촉탁 신청서는 잔금 납부 당일 접수 예정",
    ),
    [(PER, n1), (PH, p1), (ACC, a1)],
)

n1, n2, l1 = "변다정", "함승철", "인천광역시 부평구 부흥로 264, 3층 301호"
add(
    "ko",
    P,
    lines(
        "현황조사보고서 임차인 부분을 표로 정리해 주세요.",
        f"목적물: {l1}",
        f"임차인 1: {n1}, 전입 2021.06.02, 확정일자 2021.06.02, 보증금 1억2천만원",
        f"임차인 2: {n2}, 전입 2023.01.16, 확정일자 없음, 보증금 2천만원/월 45만원",
        "말소기준권리: 2021.09.30. 근저당권(○○은행)",
    ),
    [(LOC, l1), (PER, n1), (PER, n2)],
)

n1, n2 = "현도윤", "채미경"
add(
    "mixed",
    P,
    lines(
        "경매 사건 알림 봇 코드에서 이해관계인 이름이 슬랙 메시지에 그대로 나가요. 어디서 마스킹을 넣어야 할까요?",
        "```python",
        "case = {",
        '    "case_no": "2024타경10418",',
        f'    "debtor": "{n1}",',
        f'    "creditor": "{n2}",',
        '    "sale_date": "2024-05-28",',
        "}",
        "slack.post(channel=\"#auction-alert\", text=f\"{case['case_no']} 채무자 {case['debtor']} 채권자 {case['creditor']}\")",
        "```",
    ),
    [(PER, n1), (PER, n2)],
)

add(
    "ko",
    N,
    lines(
        "경매 물건 정보를 입찰 검토표로 바꿔 주세요.",
        "사건번호 2024타경10418 / 물건번호 2 / 용도 아파트 / 전용 84.97㎡",
        "감정가 512,000,000원 / 최저매각가격 358,400,000원(70%) / 입찰보증금 35,840,000원",
        "매각기일 2024.05.28. 10:00 / 제3별관 211호 경매법정 / 담당 경매5계",
        "등기 고유번호 1146-2009-004812",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "민사집행법 조문 요약 부탁드립니다. 조문 번호만 보고 제목 붙여 주세요.",
        "제84조, 제90조, 제91조 제4항, 제113조, 제142조 제4항, 제268조",
        "관련 대법원 판례 2013다86489, 2021다210195 도 각 한 줄 요약",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "매각물건명세서 작성 예시 양식의 빈칸 설명을 붙여 주세요.",
        "사건: 20○○타경○○○○ 부동산강제경매",
        "채무자: ○○○ / 소유자: ○○○ / 작성일자: 20○○.○○.○○.",
        "최선순위 설정일자: ____ / 배당요구종기: ____",
        "담당 법관 서명란, 경매계장 전화 02-XXXX-XXXX",
    ),
    [],
)

p1 = mob()
gs = p1.split("-")
v1 = "-".join(reversed(gs))
add(
    "ko",
    OB,
    lines(
        "입찰 대리인이 보안 때문에 번호를 거꾸로 적었다고 합니다. 원래 번호로 바꿔서 연락처 칸에 넣어 주세요.",
        f"대리인 길준혁 연락처: {v1} (※ 묶음 순서를 뒤에서부터 적었음, 숫자 자체는 그대로)",
    ),
    [(PER, "길준혁"), (PH, v1)],
)


# ================================================================ 개인회생
n1, r1, p1, k1, k2, a1 = "우태성", rr("860407", 1), mob(), cc("4"), cc("53"), acct("신한")
add(
    "ko",
    P,
    lines(
        "개인회생 초기 상담 메모입니다. 채무 목록 표로 정리하고 상담 요약도 써 주세요.",
        f"상담자 {n1} ({r1}), 휴대폰 {p1}, 월 소득 280만원(급여), 부양가족 2명",
        f"- 신용카드 A사 {k1} 잔액 1,240만원 (연체 4개월)",
        f"- 신용카드 B사 {k2} 잔액 870만원",
        "- 저축은행 신용대출 3,100만원",
        f"- 급여계좌 신한 {a1} (압류 우려)",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (CARD, k1), (CARD, k2), (ACC, a1)],
)

c1, c2, b1, n1, p1 = cr("110111"), cr("180111"), bz(), "모재형", land("02")
add(
    "ko",
    P,
    lines(
        "채권자 목록 작성 중인데 법원 양식(채권자명/법인등록번호/사업자번호/담당자 연락처) 순서로 맞춰 주세요.",
        f"1. ○○카드 주식회사 - 법인등록번호 {c1}, 채권관리팀",
        f"2. ○○저축은행 - 법인등록번호 {c2}, 사업자등록번호 {b1}, 담당 {n1} 과장 {p1}",
        "3. 개인 채권자 1명 (차용증 있음, 이름 확인 중)",
    ),
    [(CRN, c1), (CRN, c2), (BRN, b1), (PER, n1), (PH, p1)],
)

n1, p1, n2, a1 = "반지윤", land("02"), "하성배", acct("우리")
add(
    "ko",
    P,
    lines(
        "변제계획 인가 후 변제금 입금 안내를 채무자에게 문자로 보내려고 해요. 쉽게 써 주세요.",
        f"회생위원: {n1} ({p1})",
        f"채무자: {n2}",
        f"변제금 입금 계좌(회생위원 임치계좌): 우리은행 {a1}",
        "매월 20일, 60회, 월 412,000원",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (ACC, a1)],
)

c1, n1, p1 = cr("134511"), "설태준", mob()
add(
    "mixed",
    P,
    lines(
        "채권자 목록 JSON을 법원 전자소송 업로드 양식(XML)으로 바꾸고 싶어요. 변환 코드 짜 줘",
        js(
            {
                "debtor": {"name": n1, "mobile": p1},
                "creditors": [
                    {"seq": 1, "name": "한빛캐피탈(주)", "crn": c1, "principal": 18400000},
                    {"seq": 2, "name": "○○은행", "crn": None, "principal": 9200000},
                ],
            }
        ),
    ),
    [(PER, n1), (PH, p1), (CRN, c1)],
)

add(
    "ko",
    N,
    lines(
        "변제계획안 표 계산이 맞는지 봐 주세요.",
        "사건번호 2024개회104873 / 채권 총액 52,300,000원",
        "월 가용소득 412,000원 × 36회 = 14,832,000원, 변제율 28.4%",
        "청산가치 9,870,000원 < 총 변제액 → 청산가치 보장 원칙 충족",
        "채무자 회생 및 파산에 관한 법률 제611조, 제614조",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "올해 1분기 개인회생 상담 통계 보고서 문장으로 써 주세요.",
        "상담 1,284건 (전년 동기 대비 +17.2%), 신청 연계 412건",
        "연령대: 20대 18%, 30대 31%, 40대 27%, 50대 이상 24%",
        "평균 채무액 5,830만원, 평균 변제기간 36.8개월",
    ),
    [],
)

k1 = cc("4")
v1 = " ".join(digits(k1))
add(
    "ko",
    OB,
    lines(
        "상담 신청서에 채무자가 카드번호를 한 칸씩 띄워서 적었어요. 카드사 조회용으로 붙여 주세요.",
        f"카드번호: {v1}",
        "카드사: ○○카드 / 명의자: 함도윤",
    ),
    [(CARD, v1), (PER, "함도윤")],
)

r1 = rr("910912", 2)
v1 = b64(r1)
add(
    "mixed",
    OB,
    lines(
        "회생 상담 예약 시스템 DB 덤프 일부인데 rrn_enc 값이 암호화가 맞는지 확인해 주세요.",
        js({"id": 3381, "name": "도은서", "rrn_enc": v1, "consult_at": "2024-04-18T15:00"}),
    ),
    [(PER, "도은서"), (RRN, v1)],
)


# ================================================================ 학교 급식
n1, n2, n3, p1, p2, p3 = "명하준", "석예나", "반도윤", mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "식품 알레르기 학생 명단이에요. 조리실 게시용은 이름 대신 반/번호로, 보건실용은 보호자 연락처 포함으로 두 가지 만들어 줘",
        f"3-2 14번 {n1} : 난류, 우유 (보호자 {p1})",
        f"4-1 07번 {n2} : 땅콩, 호두 - 아나필락시스 이력 (보호자 {p2})",
        f"5-3 21번 {n3} : 새우, 게 (보호자 {p3})",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

b1, c1, n1, a1 = bz(), cr("174811"), "편재석", acct("농협")
add(
    "ko",
    P,
    lines(
        "급식 식재료 납품업체 계약서 요약 부탁드립니다. 계약 정보 표로.",
        f"업체: 농업회사법인 푸른들(주) / 사업자등록번호 {b1} / 법인등록번호 {c1}",
        f"대표자: {n1}",
        f"대금 지급 계좌: 농협 {a1}",
        "계약기간 2024.03.01.~2025.02.28. / 품목 친환경 쌀, 채소류",
    ),
    [(BRN, b1), (CRN, c1), (PER, n1), (ACC, a1)],
)

n1, r1, p1, h1 = "전옥희", rr("730415", 2), mob(), hi()
add(
    "ko",
    P,
    lines(
        "조리실무사 합격자 4대보험 취득 신고 자료예요. 빠진 항목 있는지 봐 주세요.",
        f"성명 {n1} / 주민등록번호 {r1} / 연락처 {p1}",
        f"건강보험증 번호(기존 피부양자) {h1}",
        "입사일 2024-04-15, 주 40시간, 월 보수 2,206,000원",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (HINS, h1)],
)

n1, n2, r1, r2 = "차윤아", "길서준", rr("110523", 4), rr("130907", 3)
add(
    "mixed",
    P,
    lines(
        "급식비 지원 대상 시트에서 VLOOKUP이 #N/A 가 떠요. 수식 고쳐 주세요.",
        "A열: 학생명 / B열: 주민번호 / C열: 지원구분",
        f"A2: {n1}   B2: {r1}   C2: =VLOOKUP(B2,지원대상!$A:$C,3,FALSE)",
        f"A3: {n2}   B3: {r2}   C3: =VLOOKUP(B3,지원대상!$A:$C,3,FALSE)",
        "지원대상 시트 A열은 '주민번호(하이픈 없음)' 형식임",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2)],
)

add(
    "ko",
    N,
    lines(
        "이번 주 식단표를 가정통신문용 표로 만들어 주세요. 알레르기 번호는 그대로 둬요.",
        "월: 차조밥, 쇠고기미역국(5.6.16), 고등어구이(7), 배추김치(9.13)",
        "화: 카레라이스(1.2.5.6.10.12.13.16), 단무지무침(5.6.13), 요구르트(2)",
        "수: 잡곡밥, 돈육김치찌개(5.6.9.10.13), 계란말이(1.5.6), 깍두기(9.13)",
        "알레르기: 1.난류 2.우유 5.대두 6.밀 7.고등어 9.새우 10.돼지고기 12.토마토 13.아황산류 16.쇠고기",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "급식 단가 비교표를 보고 예산 부족분을 계산해 주세요.",
        "1식 단가: 초등 3,320원, 중등 4,180원 (식품비 68%, 인건비 25%, 운영비 7%)",
        "학생 수 812명 × 연 190일, 예산 512,000,000원",
        f"식품 코드 예: A01-0012(쌀 20kg), B02-1187(양파 15kg), 두부 1kg 바코드 {ean13('880' + dg(9))}",
    ),
    [],
)

p1 = mob()
gs = p1.split("-")
t1 = lines(
    "학부모 비상연락망 표를 한글 파일에서 붙였더니 번호가 칸마다 쪼개져요. 한 칸으로 합쳐서 표 다시 만들어 줘",
    "| 반 | 학생 | 보호자 | 연락처 |  |  |",
    "|---|---|---|---|---|---|",
    f"| 2-3 | 함은우 | 어머니 | {gs[0]} | {gs[1]} | {gs[2]} |",
)
add("ko", OB, t1, [(PER, "함은우"), (PH, seg(t1, gs[0] + " |", " " + gs[2]))])


# ================================================================ 공항 보안검색
n1, s1, p1 = "백성민", pp_new("M"), mob()
add(
    "ko",
    P,
    lines(
        "보안검색 중 위해물품 적발 보고서 초안입니다. 사실관계만 남기고 간결하게 고쳐 주세요.",
        "일시: 2024-04-14 06:12 / 장소: 제1여객터미널 출국장 3번 검색대",
        f"승객: {n1} (여권번호 {s1}, 연락처 {p1}) / KE623 마닐라행",
        "내용: 기내 휴대 가방 X-ray 판독 중 맥가이버 칼(날 길이 9cm) 발견, 승객 동의 하에 임의 포기",
        "조치: 위해물품 포기 확인서 작성, 탑승 정상",
    ),
    [(PER, n1), (PASS, s1), (PH, p1)],
)

n1, n2, n3, p1, p2 = "탁준영", "인소희", "왕도현", mob(), mob()
add(
    "ko",
    P,
    lines(
        "보안검색요원 근무 교대 요청 카톡인데, 근무 변경 신청서 양식으로 정리해 줘",
        f"{n1}: 팀장님 4/20 야간 근무 {n2} 씨랑 바꿔도 될까요? 가족 결혼식이라서요",
        f"{n2}: 저는 괜찮습니다. 제 번호 {p2} 로 확정되면 연락 주세요",
        f"{n3} 팀장: 둘 다 보안교육 이수 확인되면 승인할게요. {n1} 씨 번호 {p1} 맞죠?",
    ),
    [(PER, n1), (PER, n2), (PER, n2), (PH, p2), (PER, n3), (PER, n1), (PH, p1)],
)

n1, s1, p1 = "진혜원", pp("M"), mob()
add(
    "mixed",
    P,
    lines(
        "위해물품 포기 확인서(한/영) 스캔 OCR이에요. 항목별로 깔끔하게 정리해 주세요.",
        "위해물품 자진포기 확인서 / Voluntary Surrender Form",
        f"성명 Name : {n1} / JIN HYEWON",
        f"여권번호 Passport No. : {s1}",
        f"연락처 Tel : {p1}",
        "물품 Item : 라이터 3개(기준 초과) / Lighters x3",
        "서명 Signature : (서명)",
    ),
    [(PER, n1), (PER, "JIN HYEWON"), (PASS, s1), (PH, p1)],
)

m1, i1, i2 = "xray.op14@airport-sec.co.kr", priv_ip(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "X-ray 판독 워크스테이션 로그인데 판독 이미지 전송이 끊겨요. 네트워크 문제인지 봐 주세요.",
        f"2024-04-14 06:10:58 [WS-T1-03] operator={m1} login ok from {i1}",
        f"2024-04-14 06:11:40 [WS-T1-03] push image #88213 -> archive {i2}:9443 timeout (5000ms)",
        f"2024-04-14 06:11:45 [WS-T1-03] retry 1/3 -> archive {i2}:9443 timeout (5000ms)",
        "2024-04-14 06:11:51 [WS-T1-03] fallback local cache /var/xray/cache (used 91%)",
    ),
    [(MAIL, m1), (IP, i1), (IP, i2), (IP, i2)],
)

s1, p1 = pp_new("M"), mob()
add(
    "en",
    P,
    lines(
        "Please polish this incident report for the airline's station manager.",
        "",
        "At 14:05 on 14 April, a transfer passenger, Mr. Baek Sungmin (Korean passport "
        + s1
        + "), was selected for secondary screening at Gate 112.",
        "A power bank without capacity marking was found and retained. The passenger was cooperative and boarded OZ204 on time.",
        f"He asked to be contacted on {p1} about collecting the item on his return.",
        "Reported by: Screening Supervisor Lee Dahye",
    ),
    [(PER, "Baek Sungmin"), (PASS, s1), (PH, p1), (PER, "Lee Dahye")],
)

m1, p1 = "oliver.pryce@btinternet.com", "+44 7" + fmt("NNN NNNNNN")
add(
    "en",
    P,
    lines(
        "Reply to this lost-property e-mail, please: we found the tablet and can ship it by EMS if he pays the fee.",
        "",
        "Hi, I left my tablet (grey iPad in a black case) in a tray at security checkpoint 4, Terminal 2, on 12 April around 8 a.m.",
        f"My name is Oliver Pryce. Please contact me at {m1} or {p1}.",
        "Cheers, Oliver",
    ),
    [(PER, "Oliver Pryce"), (MAIL, m1), (PH, p1), (PER, "Oliver")],
)

p1, p2, p3 = mob(), mob(), mob()
add(
    "en",
    P,
    lines(
        "Turn this contractor roster into a clean table (name, shift, phone).",
        f"Checkpoint 2 night shift: Ryu Minseok (lead) {p1}; Anna Kowalczyk {p2}",
        f"Checkpoint 5 day shift: Goh Eunbi {p3}; one vacancy",
        "Break room B-214, radio channel 7",
    ),
    [(PER, "Ryu Minseok"), (PH, p1), (PER, "Anna Kowalczyk"), (PH, p2), (PER, "Goh Eunbi"), (PH, p3)],
)

add(
    "ko",
    N,
    lines(
        "출국장 혼잡 안내 방송 문안 다듬어 주세요.",
        "KE081 뉴욕행 14:30 출발, 탑승구 253번, 탑승 시작 13:50",
        "OZ102 도쿄행 09:10 출발, 탑승구 12번 → 27번으로 변경",
        "보안검색 예상 대기 35분, 1·2번 출국장 혼잡, 5·6번 출국장 이용 권장",
        "수하물 태그 예시 0180 KE 482913 (안내용)",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Summarise this screening statistics table for the monthly report.",
        "March 2024, Terminal 1: passengers screened 2,418,903; items retained 38,214 (liquids 61%, lighters 17%, tools 9%).",
        "Average wait 14.6 min (peak 41 min, 5 March 07:00). Explosive trace detection alarms: 1,204 (all resolved).",
        "Device IDs CT-T1-01 to CT-T1-18, software 4.12.0.3, calibration ref. ECAC CEP 2023/07.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Explain the fields in this bag tag data to a new ground-handling agent.",
        "LPN 0180482913  KE 0081  ICN->JFK  14APR  PNR 6HX4QL  seq 0142",
        "BSM: .V/1LICN .F/KE081/14APR/JFK/Y .N/0180482913001 .W/K/1/23",
        "Gate 253, ETD 14:30 local (UTC+9), aircraft HL8010 (B777-300ER)",
    ),
    [],
)

m1 = "hanna.seo.travel@gmail.com"
v1 = rot13(m1)
add(
    "en",
    OB,
    lines(
        "A passenger sent a complaint about the pat-down and wrote her address in ROT13 'for privacy'. Decode it and draft a polite reply.",
        f"From the web form: name Hanna Seo, reply-to (rot13) {v1}",
        "Message: The officer at checkpoint 3 was rude and did not explain why my bag was opened.",
    ),
    [(PER, "Hanna Seo"), (MAIL, v1)],
)

s1 = pp_new("M")
v1 = ZW.join(s1)
add(
    "ko",
    OB,
    lines(
        "보안검색 보고서에 붙인 여권번호가 출입국 조회에서 '없는 번호'로 나와요. 눈으로 보기엔 맞는데 왜 그런가요?",
        f"승객 윤보라 / 여권번호 {v1} / TW281",
    ),
    [(PER, "윤보라"), (PASS, v1)],
)


# ================================================================ 국립박물관 단체관람
n1, p1, m1 = "곽은정", mob(), "ej.kwak@sen.go.kr"
add(
    "ko",
    P,
    lines(
        "학교 단체관람 신청서예요. 확정 안내 메일을 인솔교사에게 보내려고 합니다. 메일 써 주세요.",
        "학교: 서울○○초등학교 5학년 4개 반 (학생 112명, 인솔 6명)",
        f"대표 인솔교사: {n1} / 휴대폰 {p1} / {m1}",
        "희망일: 5/9(목) 10:00 상설전시관 1층 선사·고대관, 교육 프로그램 '토기 만들기' 2회",
    ),
    [(PER, n1), (PH, p1), (MAIL, m1)],
)

n1, n2, n3, p1, p2, p3 = "봉정희", "하민우", "구슬기", mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "5월 도슨트 자원봉사 배치표 만들 거예요. 요일별로 2명씩 나눠 주세요.",
        f"{n1} {p1} 화·목 가능, 고려관 해설 경력 3년",
        f"{n2} {p2} 수·토 가능, 영어 해설 가능",
        f"{n3} {p3} 화·수·금 가능, 신규(교육 4/30 수료 예정)",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

n1, n2, s1, s2 = "맹지호", "표다빈", pp_new("M"), pp("M")
add(
    "ko",
    P,
    lines(
        "국외 순회전(워싱턴) 유물 수행 출장자 명단이에요. 항공권 발권 요청서 양식으로 정리해 주세요.",
        f"1) 학예연구관 {n1} / 여권 {s1} / 만료 2031-02-17",
        f"2) 보존과학 학예연구사 {n2} / 여권 {s2} / 만료 2026-08-03",
        "출국 6/2 ICN-IAD, 귀국 6/16, 유물 쿠리어 업무 포함",
    ),
    [(PER, n1), (PASS, s1), (PER, n2), (PASS, s2)],
)

k1, n1, p1 = cc("4"), "성하윤", mob()
add(
    "mixed",
    P,
    lines(
        "특별전 유료 예약 취소 건 JSON인데 환불이 두 번 나간 것 같아요. refund 배열 해석해 주세요.",
        js(
            {
                "bookingId": "NMK-SP-240421-0187",
                "visitor": {"name": n1, "tel": p1},
                "payment": {"method": "card", "cardNo": k1, "amount": 36000},
                "refund": [
                    {"at": "2024-04-20T11:02:13", "amount": 36000, "status": "DONE"},
                    {"at": "2024-04-20T11:02:14", "amount": 36000, "status": "DONE"},
                ],
            }
        ),
    ),
    [(PER, n1), (PH, p1), (CARD, k1)],
)

m1, p1 = "d.mensah@isseoul.org", "+82 10-" + fmt("MNNN-NNNN")
add(
    "en",
    P,
    lines(
        "Write a confirmation for this group booking and mention the bag-drop rule.",
        "",
        "Dear Museum Education Team,",
        "We are a Grade 8 class from an international school in Seoul (24 students, 3 teachers) and would like an English-guided tour of the Buddhist Sculpture Gallery on 17 May at 13:00.",
        f"The lead teacher is Daniel Mensah ({m1}, mobile {p1}).",
        "Many thanks, Priya Natarajan, Head of Humanities",
    ),
    [(PER, "Daniel Mensah"), (MAIL, m1), (PH, p1), (PER, "Priya Natarajan")],
)

k1, m1 = cc("53", sep=" "), "s.lindqvist@telia.se"
add(
    "en",
    P,
    lines(
        "Can you draft the refund answer? The online shop charged this visitor twice for the catalogue.",
        "",
        "Hello, I ordered the 'Treasures of Gaya' exhibition catalogue (KRW 35,000) and my card was charged twice.",
        f"Card used: {k1}. Please refund one charge. You can reach me at {m1}.",
        "Best wishes, Sofia Lindqvist",
    ),
    [(CARD, k1), (MAIL, m1), (PER, "Sofia Lindqvist")],
)

add(
    "ko",
    N,
    lines(
        "전시 유물 목록에 국가지정번호 표기가 맞는지 확인해 주세요.",
        "금동 미륵보살 반가사유상 (국보, 구 지정번호 제83호) / 소장품번호 덕수 3312",
        "청자 투각칠보문뚜껑 향로 (국보) / 본관 1208",
        "경천사지 십층석탑 (국보) / 신수 008117",
        "전시실: 2층 사유의 방, 3층 302호 불교조각실",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "조선 회화 특별전 해설 원고를 초등학생 눈높이로 바꿔 주세요.",
        "김홍도의 '씨름'과 신윤복의 '단오풍정'은 조선 후기 풍속화를 대표한다.",
        "정선은 진경산수화를 완성했으며, 대표작 '인왕제색도'는 1751년 작이다.",
        "관람료 무료, 오디오 가이드 대여 3,000원, 전시 기간 2024.4.23.~8.18.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Shorten these English labels to 40 words each.",
        "Gilt-bronze Pensive Bodhisattva, Three Kingdoms period, early 7th century. H. 93.5 cm. National Treasure. Acc. no. Deoksu 3312.",
        "Celadon incense burner with openwork design, Goryeo, 12th century. H. 15.3 cm. Acc. no. Bon-gwan 1208.",
        f"Catalogue ISBN {isbn13('979-11-6810-214')}; ISSN {issn('1975519')}.",
    ),
    [],
)

m1 = "youngsu.byun75@daum.net"
v1 = pct(m1)
add(
    "mixed",
    OB,
    lines(
        "단체관람 예약 확인 링크를 눌렀더니 '잘못된 요청'이 떠요. 이메일 파라미터가 문제인 것 같은데 확인해 줘",
        f"https://reserve.museum.example/group/confirm?bookingId=GRP-0509-12&teacher={pct('변영수', all_bytes=True)}&email={v1}",
    ),
    [(PER, pct("변영수", all_bytes=True)), (MAIL, v1)],
)


# ================================================================ 보험사 사고접수
n1, p1, d1 = "은재현", mob(), dl("경기")
add(
    "ko",
    P,
    lines(
        "자동차 사고 접수 콜 STT예요. 사고 접수 시스템 필드(운전자/연락처/면허번호/사고개요)로 나눠 주세요.",
        "상담사: 사고 접수 도와드리겠습니다. 운전하신 분 성함이요?",
        f"고객: {n1}이요. 제가 운전했어요.",
        "상담사: 운전면허 번호 불러 주시겠어요?",
        f"고객: {d1} 요.",
        f"상담사: 연락처는 지금 거신 {p1} 맞으시죠?",
        "고객: 네. 신호 대기 중에 뒤에서 박았어요. 분당 수내역 사거리요.",
    ),
    [(PER, n1), (DLIC, d1), (PH, p1)],
)

n1, p1, d1 = "노승현", mob(), dl("서울", named=True)
add(
    "ko",
    P,
    lines(
        "피보험자가 카톡으로 보낸 상대 차량 운전자 정보예요. 대물 접수 메모로 정리해 주세요.",
        "[피보험자] 상대방 면허증 사진 찍어서 옮겨 적었어요",
        f"[피보험자] 이름 {n1}, 면허번호 {d1}, 번호 {p1}",
        "[피보험자] 상대 차는 흰색 그랜저고 ○○화재 가입했대요",
    ),
    [(PER, n1), (DLIC, d1), (PH, p1)],
)

n1, r1, a1, p1 = "주미란", rr("690824", 2), acct("새마을금고"), mob()
add(
    "ko",
    P,
    lines(
        "실손 보험금 청구서 내용 확인 후 누락 서류 안내 문자 써 주세요.",
        f"피보험자 {n1} / 주민등록번호 {r1} / 휴대폰 {p1}",
        "청구 내용: 4/2~4/6 ○○병원 입원(요추 염좌), 진료비 영수증·세부내역서 첨부, 진단서 미첨부",
        f"보험금 수령 계좌: 새마을금고 {a1} (본인)",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (ACC, a1)],
)

n1, h1, b1, n2 = "여태민", hid(), bz(), "석호진"
add(
    "ko",
    P,
    lines(
        "교통사고 환자 치료비 지급보증서 작성 건입니다. 병원 원무과에 보낼 공문 초안 써 주세요.",
        f"환자: {n1} / 건강보험 증번호 {h1} (자동차보험 우선 적용, 건보 미적용)",
        f"의료기관: 한결정형외과의원 / 사업자등록번호 {b1} / 원무 담당 {n2}",
        "사고접수번호 2024-0412-778103, 지급보증 한도 5,000,000원",
    ),
    [(PER, n1), (HINS, h1), (BRN, b1), (PER, n2)],
)

n1, p1, d1 = "감하진", mob(), dl("부산")
add(
    "mixed",
    P,
    lines(
        "사고접수 API 요청이 400으로 떨어집니다. licenseNo 형식 문제인지 봐 주세요.",
        "curl -X POST https://claims.insurer.example/api/v3/accidents \\",
        "  -H 'Content-Type: application/json' \\",
        "  -d '"
        + js(
            {
                "driver": {"name": n1, "tel": p1, "licenseNo": d1},
                "location": "부산 해운대구 센텀중앙로 교차로",
                "occurredAt": "2024-04-13T18:40:00+09:00",
            }
        )
        + "'",
    ),
    [(PER, n1), (PH, p1), (DLIC, d1)],
)

s1, m1, n1 = pp_new("M"), "jy.yeom.trip@gmail.com", "염지윤"
add(
    "mixed",
    P,
    lines(
        "여행자보험 휴대품 도난 청구 처리 로그에서 어느 단계가 막혔는지 알려 주세요.",
        f"[claim-svc] 2024-04-15 09:14:02 RECEIVED claim=TRV-88412 insured={n1} passport={s1} email={m1}",
        "[claim-svc] 2024-04-15 09:14:03 DOC_CHECK police_report=MISSING receipt=OK",
        "[claim-svc] 2024-04-15 09:14:03 HOLD reason=POLICE_REPORT_REQUIRED notify=EMAIL",
        "[mailer]    2024-04-15 09:14:05 SMTP 550 mailbox unavailable",
    ),
    [(PER, n1), (PASS, s1), (MAIL, m1)],
)

d1, p1, m1 = dl("서울"), mob(), "m.dubois.seoul@gmail.com"
add(
    "en",
    P,
    lines(
        "Help me reply to this customer in English and list what we still need from him.",
        "",
        "Hello, I had a minor accident in the car park of my apartment in Yongsan yesterday (another car scraped my door).",
        f"I am Mathieu Dubois, Korean driver's licence {d1}. The other driver gave me his insurer's name only.",
        f"Please call {p1} or write to {m1}. Thank you.",
    ),
    [(PER, "Mathieu Dubois"), (DLIC, d1), (PH, p1), (MAIL, m1)],
)

a1, m1 = acct("하나"), "grace.oh.kr@gmail.com"
add(
    "en",
    P,
    lines(
        "Proofread this payout confirmation before I send it.",
        "",
        "Dear Ms. Oh,",
        f"Your travel insurance claim TRV-88502 has been approved. KRW 412,000 will be paid to your Hana Bank account {a1} within three business days.",
        f"A copy of this notice has been sent to {m1}.",
        "Claims Team",
    ),
    [(PER, "Oh"), (ACC, a1), (MAIL, m1)],
)

add(
    "ko",
    N,
    lines(
        "사고 처리 진행 안내 문자 템플릿 검토 부탁드려요.",
        "사고접수번호 2024-0413-001872 / 증권번호 AU24-3301-77120",
        "과실비율 예상 20:80 (분쟁 시 과실비율분쟁심의위원회)",
        "긴급출동 1588-5656, 렌터카 대차 최대 7일, 자기부담금 20만원",
        "차종: 그랜저 IG 2.5 / 수리 견적 1,840,000원",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "약관 조항을 고객 안내용 쉬운 말로 바꿔 주세요.",
        "제10조(보상하지 않는 손해) ① 무면허운전 ② 음주운전(혈중알코올농도 0.03% 이상)",
        "제13조(보험금의 지급절차) 청구서류 접수 후 3영업일 이내 지급",
        "별표 1 상해 급별 한도: 1급 3,000만원 ~ 14급 50만원",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Make this policy summary easier to read for expat customers.",
        "Policy form KA-2024-07, Section III.2: windscreen damage covered up to KRW 1,000,000 per event.",
        "Deductible 20% (min. KRW 200,000, max. KRW 500,000). 24-hour roadside assistance: 1588-5656.",
        "Claims must be filed within 3 years (Commercial Act, Art. 662).",
    ),
    [],
)

p1 = mob()
v1 = hexa(p1)
add(
    "mixed",
    OB,
    lines(
        "콜센터 녹취 메타데이터를 hex 덤프로 받았어요. caller 필드가 뭔지 해석해 주세요.",
        f"call_id=CL-240413-0912  caller_hex={v1}  agent=A1042  duration=00:07:41",
        "caller_name=주건우",
    ),
    [(PH, v1), (PER, "주건우")],
)

m1 = "hyunseo.cha93@naver.com"
v1 = b64(m1)
add(
    "mixed",
    OB,
    lines(
        "보험금 청구 알림 설정 파일인데 이 notify 값이 뭔지 모르겠어요. 디코딩해서 알려 주세요.",
        "[notify]",
        "channel = email",
        f"target_b64 = {v1}",
        "insured = 차현서",
    ),
    [(MAIL, v1), (PER, "차현서")],
)


# ================================================================ 헌혈 (혈액원)
n1, n2, n3, p1, p2, p3 = "선다현", "모준기", "표하랑", mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "단체헌혈 예약 명단이에요. 혈액형별 인원 집계하고 시간대별로 나눠 주세요 (15분 간격, 2명씩).",
        f"{n1} A+ {p1} 전혈",
        f"{n2} O+ {p2} 혈장",
        f"{n3} B- {p3} 전혈 (첫 헌혈)",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

n1, r1, p1 = "옥준희", rr("970219", 1), mob()
add(
    "ko",
    P,
    lines(
        "헌혈 부적격 사유 안내 문자를 부드럽게 고쳐 주세요. 본인 확인 정보는 문자에서 빼고요.",
        f"헌혈자 {n1} ({r1}) / {p1}",
        "사유: 헤모글로빈 12.1g/dL (기준 13.0 미만), 2주 후 재방문 가능",
        "원문: 귀하는 혈색소 수치 미달로 헌혈 부적격 판정되었습니다.",
    ),
    [(PER, n1), (RRN, r1), (PH, p1)],
)

n1, n2, p1 = "임서윤", "임재석", mob()
add(
    "ko",
    P,
    lines(
        "지정헌혈 요청 게시글을 사내 게시판용으로 다듬어 주세요.",
        f"환자: {n1} (8세, 급성림프구성백혈병, ○○대병원 소아혈액종양내과 입원 중)",
        "필요 혈액: 혈소판 (A형), 성분채혈 가능하신 분",
        f"연락: 아버지 {n2} {p1}",
        "지정헌혈 환자 등록번호 2024-0417-33 을 헌혈의집에서 말씀해 주세요",
    ),
    [(PER, n1), (PER, n2), (PH, p1)],
)

n1, r1, m1 = "하지민", rr("020506", 4), "jimin.ha0506@gmail.com"
add(
    "mixed",
    P,
    lines(
        "헌혈증서 기부 등록 API 응답인데 duplicated 에러가 나요. 이미 기부된 증서인지 판단해 주세요.",
        js(
            {
                "result": "ERROR",
                "code": "DUPLICATED_CERT",
                "donor": {"name": n1, "rrn": r1, "email": m1},
                "certNo": "03-24-012847",
                "donatedAt": "2024-03-02",
            }
        ),
    ),
    [(PER, n1), (RRN, r1), (MAIL, m1)],
)

a1, m1 = ar("990921", 6), "chiara.romano.kr@gmail.com"
add(
    "en",
    P,
    lines(
        "Answer this donor question in English: can she donate after living in Italy? (deferral rules attached separately)",
        "",
        "Hello, I am Chiara Romano, a graduate student in Daejeon. I lived in Milan until 2022.",
        f"My alien registration number is {a1}. Am I allowed to donate blood at your centre?",
        f"Please reply to {m1}.",
    ),
    [(PER, "Chiara Romano"), (ARN, a1), (MAIL, m1)],
)

add(
    "ko",
    N,
    lines(
        "혈액원 월간 실적을 보고서 문장으로 써 주세요.",
        "4월 헌혈 12,418건 (전혈 8,102 / 혈장 2,977 / 혈소판 1,339), 목표 대비 97.1%",
        "혈액 보유량 4.2일분 (적정 5일분), O형 3.1일분 '주의' 단계",
        "혈액번호 예시 03-24-012847 (헌혈증서 번호와 동일 체계), 헌혈의집 42곳",
    ),
    [],
)


# ================================================================ 특허청
n1, l1, m1, p1 = "반서진", "대전광역시 서구 둔산로 31번길 24, 1102호", "seojin.ban@ip-mail.kr", mob()
add(
    "ko",
    P,
    lines(
        "출원인 정보 변경 신고서 작성 도와주세요. 변경 전/후 표로 만들어 주세요.",
        "특허고객번호 4-2019-048127-3",
        f"성명 {n1} (변경 없음)",
        f"주소 변경: 세종특별자치시 → {l1}",
        f"전자우편 {m1}, 전화 {p1}",
    ),
    [(PER, n1), (LOC, l1), (MAIL, m1), (PH, p1)],
)

n1, n2, r1, r2, a1, a2 = "곽태호", "설유진", rr("780312", 1), rr("880917", 2), acct("기업"), acct("우리")
add(
    "ko",
    P,
    lines(
        "직무발명 실시보상금 지급 품의서 붙임 표를 만들어 주세요 (기타소득 원천징수 8.8%).",
        f"발명자 1: {n1} / {r1} / 기여율 60% / 기업 {a1}",
        f"발명자 2: {n2} / {r2} / 기여율 40% / 우리 {a2}",
        "대상 특허: 등록 제10-2541877호, 보상 총액 12,000,000원",
    ),
    [(PER, n1), (RRN, r1), (ACC, a1), (PER, n2), (RRN, r2), (ACC, a2)],
)

b1, n1, m1, p1 = bz(), "인가영", "gy.in@hanbit-ip.com", land("02")
add(
    "mixed",
    P,
    lines(
        "특허사무소에서 온 메일이에요. 우리가 해야 할 일만 bullet로 정리해 줘",
        "From: 인가영 변리사 <" + m1 + ">",
        "Subject: [Hanbit IP] OA response due 2024-05-20 / KR 10-2023-0184512",
        "",
        "의견제출통지서(OA) 대응 초안 송부드립니다. Claim 1 amendment 관련 발명자 확인이 필요합니다.",
        f"세금계산서 발행: 한빛국제특허법률사무소, 사업자등록번호 {b1}",
        f"문의: {p1} (direct)",
    ),
    [(PER, n1), (MAIL, m1), (BRN, b1), (PH, p1)],
)

c1, n1, n2, m1, m2 = cr("110111"), "탁윤호", "어다인", "yh.tak@soltech.co.kr", "dain.eo@soltech.co.kr"
add(
    "mixed",
    P,
    lines(
        "출원 관리 시스템 CSV export입니다. 발명자별 출원 건수 집계해 주세요.",
        "app_no,title,applicant,applicant_crn,inventor,inventor_email",
        f'10-2024-0041877,"배터리 열관리 장치",(주)솔테크,{c1},{n1},{m1}',
        f'10-2024-0052210,"전극 코팅 방법",(주)솔테크,{c1},{n2},{m2}',
        f'10-2024-0061034,"셀 적층 지그",(주)솔테크,{c1},{n1},{m1}',
    ),
    [(CRN, c1), (PER, n1), (MAIL, m1), (CRN, c1), (PER, n2), (MAIL, m2), (CRN, c1), (PER, n1), (MAIL, m1)],
)

m1, m2 = "rwhitfield@whitfield-ip.com", "kyungmin.jeon@soltech.co.kr"
add(
    "en",
    P,
    lines(
        "Summarise this letter from our US counsel in Korean, three lines.",
        "",
        "Dear Mr. Jeon,",
        "The USPTO issued a restriction requirement in US 18/402,117. We recommend electing Group I (claims 1-14).",
        f"Please ask the inventor, Dr. Jeon Kyungmin, to confirm by April 30. You can reply to me at {m1}; I have copied {m2}.",
        "Best regards, Robert Whitfield, Whitfield IP LLP",
    ),
    [(PER, "Jeon"), (PER, "Jeon Kyungmin"), (MAIL, m1), (MAIL, m2), (PER, "Robert Whitfield")],
)

l1, l2 = "1203, 88 Hakdong-ro, Gangnam-gu, Seoul 06098", "302-1104, 55 Gwanggyo-ro, Yeongtong-gu, Suwon 16229"
add(
    "en",
    P,
    lines(
        "Check this assignment record for typos before filing.",
        "ASSIGNORS:",
        f"1. CHA Seungwoo, residing at {l1}, Republic of Korea",
        f"2. YEOM Jiae, residing at {l2}, Republic of Korea",
        "ASSIGNEE: Soltech Co., Ltd.",
        "Executed on April 12, 2024.",
    ),
    [(PER, "CHA Seungwoo"), (LOC, l1), (PER, "YEOM Jiae"), (LOC, l2)],
)

add(
    "ko",
    N,
    lines(
        "출원 현황 보고 표 번호 형식이 맞는지 확인해 주세요.",
        "출원번호 10-2024-0041877 / 공개번호 10-2025-0012288 / 등록번호 10-2541877",
        "PCT/KR2024/004512, WO 2024/211834 A1, 우선일 2023.04.14.",
        "IPC H01M 10/613, H01M 10/625 / CPC Y02E 60/10",
        "특허청 고객상담센터 1544-8080",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Format these cited references in a consistent style.",
        "US 10,842,117 B2; US 2021/0184512 A1; JP 2019-112233 A; KR 10-2018-0099412 A",
        "EP 3 412 877 B1; CN 112884512 A",
        "Non-patent: J. Power Sources 512 (2021) 230488, doi:10.1016/j.jpowsour.2021.230488",
    ),
    [],
)


# ================================================================ 한전 전기요금 · 도시가스
n1, r1, l1, p1 = "길순임", rr("480303", 2), "전라남도 순천시 조례동 1580-2, 2층", mob()
add(
    "ko",
    P,
    lines(
        "전기요금 복지할인(장애인) 신청 접수 메모입니다. 처리 결과 안내 문자 만들어 주세요.",
        "고객번호 07-4128-0173-42",
        f"신청인 {n1} / {r1}",
        f"사용 주소 {l1}",
        f"연락처 {p1} / 할인 구분: 장애인(심한 장애), 월 최대 16,000원",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1)],
)

n1, l1, p1 = "어순호", "경상남도 창원시 의창구 원이대로 420, 103동 704호", mob()
add(
    "ko",
    P,
    lines(
        "도시가스 정기 안전점검 부재 세대 안내문 작성 부탁드려요.",
        f"세대: {l1} ({n1} 님)",
        "1차 4/9 부재, 2차 4/12 부재 / 3차 방문 희망일 회신 요청",
        f"세대주 연락처 {p1} (문자만 가능하다고 하심)",
    ),
    [(LOC, l1), (PER, n1), (PH, p1)],
)

n1, k1, p1 = "함지원", cc("4"), mob()
add(
    "ko",
    P,
    lines(
        "전기요금 카드 자동납부 변경 통화 내용이에요. 변경 신청서 입력값만 뽑아 주세요.",
        f"상담사: 고객님 성함이요? / 고객: {n1}이요",
        f"고객: 카드를 바꿨어요. 새 카드 번호 {k1}, 유효기간 11/28이요",
        f"상담사: 변경 완료되면 {p1}로 문자 드릴게요",
    ),
    [(PER, n1), (CARD, k1), (PH, p1)],
)

n1, m1, i1 = "구태오", "taeo.koo@gmail.com", priv_ip()
add(
    "mixed",
    P,
    lines(
        "스마트미터 포털 로그인 실패 로그예요. 계정 잠김 사유를 고객에게 설명하는 문장 써 주세요.",
        f"2024-04-15 21:03:11 WARN  auth: login failed user={m1} (name={n1}) from {i1} reason=BAD_PASSWORD count=4",
        f"2024-04-15 21:03:40 WARN  auth: login failed user={m1} (name={n1}) from {i1} reason=BAD_PASSWORD count=5",
        f"2024-04-15 21:03:40 INFO  auth: account locked user={m1} until=2024-04-15T21:33:40",
    ),
    [(MAIL, m1), (PER, n1), (IP, i1), (MAIL, m1), (PER, n1), (IP, i1), (MAIL, m1)],
)

add(
    "ko",
    N,
    lines(
        "주택용 전기요금 누진 구간 계산 예시를 만들어 주세요.",
        "기본요금: 200kWh 이하 910원 / 201~400kWh 1,600원 / 400kWh 초과 7,300원",
        "전력량요금: 120.0원 / 214.6원 / 307.3원 (kWh당, 하계 7~8월 구간 확대)",
        "고객번호 형식 NN-NNNN-NNNN-NN, 계량기 번호 예: 22-5310-4417",
        "한전 고객센터 123",
    ),
    [],
)


# ================================================================ 장애인 콜택시
n1, r1, l1, p1, n2, p2 = (
    "봉재희",
    rr("750629", 1),
    "광주광역시 서구 상무대로 1011, 104동 1205호",
    mob(),
    "봉미숙",
    mob(),
)
add(
    "ko",
    P,
    lines(
        "특별교통수단(장애인 콜택시) 이용 등록 신청서 검토 부탁해요. 누락 항목 알려 주세요.",
        f"이용자 {n1} / {r1} / 지체장애(심한 장애), 휠체어 사용",
        f"주소 {l1}",
        f"연락처 {p1} / 보호자(누나) {n2} {p2}",
        "주 이용 목적: 투석 병원 통원 (주 3회)",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1), (PER, n2), (PH, p2)],
)

n1, d1, p1 = "은성호", dl("광주", named=True), mob()
add(
    "ko",
    P,
    lines(
        "신규 운전원 채용 서류 확인표 만들어 주세요.",
        f"성명 {n1} / 운전면허 1종 보통 {d1} / 연락처 {p1}",
        "운전경력 12년, 교통안전교육 이수(4/3), 범죄경력 회보서 제출",
    ),
    [(PER, n1), (DLIC, d1), (PH, p1)],
)

n1, n2, p1 = "위명자", "운전원 편도훈", mob()
add(
    "ko",
    P,
    lines(
        "민원 접수 내용으로 답변서 초안 써 주세요. 사과 + 재발 방지 중심으로.",
        f"민원인: {n1} (이용자 본인, {p1})",
        f"내용: 4/11 오전 병원 귀가 배차 때 {n2} 씨가 휠체어 고정을 제대로 안 해서 급정거 때 크게 흔들렸음.",
        "요구: 해당 운전원 교육 및 사과",
    ),
    [(PER, n1), (PH, p1), (PER, "편도훈")],
)

n1, p1, l1 = "탄영미", mob(), "광주광역시 남구 봉선로 87, 2동 301호"
add(
    "mixed",
    P,
    lines(
        "배차 앱 API 응답인데 pickup 좌표가 비어 있어요. 주소로 지오코딩이 실패한 이유를 추정해 줘",
        js(
            {
                "dispatchId": "GJ-240415-0412",
                "passenger": {"name": n1, "phone": p1, "wheelchair": True},
                "pickup": {"address": l1, "lat": None, "lng": None},
                "dropoff": {"poi": "○○병원 인공신장실", "lat": 35.1321, "lng": 126.9022},
            }
        ),
    ),
    [(PER, n1), (PH, p1), (LOC, l1)],
)

add(
    "ko",
    N,
    lines(
        "장애인 콜택시 운영 통계를 한 문단으로 요약해 줘",
        "3월 배차 18,412건, 평균 대기 27분(전월 31분), 최장 대기 2시간 12분",
        "차량 112대(휠체어 리프트 98대), 운전원 164명, 운행 거리 412,880km",
        "요금: 기본 5km 1,500원, 초과 km당 100원 (시외 상한 5,000원)",
        "콜센터 1899-0440",
    ),
    [],
)


# ================================================================ 반려동물 등록
n1, r1, l1, p1 = "석미래", rr("900708", 2), "서울특별시 마포구 월드컵로 212, 101동 302호", mob()
add(
    "ko",
    P,
    lines(
        "동물등록 신청서 입력 도와주세요. 시스템 필드 순서는 소유자-주민번호-주소-연락처-동물정보.",
        f"소유자 {n1}, {r1}",
        f"주소 {l1}",
        f"연락처 {p1}",
        "동물: 개 / 말티푸 / 수컷(중성화) / 2023-02-11생 / 내장형 칩 410100012847551",
    ),
    [(PER, n1), (RRN, r1), (LOC, l1), (PH, p1)],
)

n1, p1, m1 = "감도연", mob(), "doyeon.gam@kakao.com"
add(
    "ko",
    P,
    lines(
        "유기견 입양 신청서 2차 면접 일정 안내 메일 써 주세요.",
        f"신청자 {n1} / {p1} / {m1}",
        "희망 동물: 보호번호 서울-마포-2024-00187 (진돗개 믹스, 2살)",
        "1차 서류 통과, 면접 4/20(토) 11시 보호소 상담실",
    ),
    [(PER, n1), (PH, p1), (MAIL, m1)],
)

b1, k1, n1 = bz(), cc("4", sep=" "), "맹다솜"
add(
    "mixed",
    P,
    lines(
        "동물병원 영수증 OCR 결과예요. 펫보험 청구용으로 항목 정리해 주세요.",
        "○○동물메디컬센터 / 사업자번호 " + b1,
        f"보호자 {n1} / 환자명 콩이(고양이)",
        "진료: 방광염 처치 45,000 / 요검사 32,000 / 처방식 28,000",
        f"CARD {k1} 일시불 105,000",
        "APPROVAL 30412877  2024-04-13 16:42",
    ),
    [(BRN, b1), (PER, n1), (CARD, k1)],
)

add(
    "ko",
    N,
    lines(
        "동물등록 안내문에 넣을 예시 번호들 설명을 달아 주세요.",
        "동물등록번호 15자리 예: 410 100 012 847 551 (410=국가코드, ISO 11784/11785)",
        "광견병 백신 제품 로트 RB-2403-117, 유효기간 2025-09",
        "등록 수수료 내장형 1만원, 외장형 3천원 / 미등록 과태료 1차 20만원",
        "동물보호상담센터 1577-0954",
    ),
    [],
)


# ================================================================ 예비군
n1, r1, p1 = "현재원", rr("960114", 1), mob()
add(
    "ko",
    P,
    lines(
        "예비군 동원훈련 연기 신청 사유서를 정리해 주세요.",
        f"성명 {n1} / 주민등록번호 {r1} / 연락처 {p1}",
        "사유: 훈련 기간(5/13~5/16) 중 국가기술자격 실기시험 응시 (수험표 첨부)",
        "희망: 하반기 보충훈련 편성",
    ),
    [(PER, n1), (RRN, r1), (PH, p1)],
)

n1, s1, p1 = "추경민", pp_new("M"), mob()
add(
    "ko",
    P,
    lines(
        "예비군 국외여행 신고서 내용 확인 부탁드립니다. 빠진 거 있으면 알려 주세요.",
        f"성명 {n1} / 여권번호 {s1} / 연락처 {p1}",
        "여행국: 베트남 (다낭) / 기간 2024.06.01.~06.09. / 목적: 관광",
        "훈련 소집 일정과 겹치지 않음 확인",
    ),
    [(PER, n1), (PASS, s1), (PH, p1)],
)

n1, p1, i1 = "소준혁", mob(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "예비군 훈련장 출석 QR 서버 로그입니다. 같은 사람이 두 번 찍힌 건지 봐 주세요.",
        f"[attend] 2024-04-16 07:58:12 scan ok name={n1} tel={p1} gate=G2 kiosk={i1}",
        f"[attend] 2024-04-16 07:58:14 scan dup name={n1} tel={p1} gate=G2 kiosk={i1} (ignored)",
    ),
    [(PER, n1), (PH, p1), (IP, i1), (PER, n1), (PH, p1), (IP, i1)],
)

add(
    "ko",
    N,
    lines(
        "예비군 훈련 일정 공지문 다듬어 주세요.",
        "1차 4/16~4/18 (작계훈련) 08:30 입소, 2차 5/13~5/16 (동원훈련) 08:00 입소",
        "훈련장: ○○예비군훈련장 2교장, 사격 25m 영점 후 100m/200m/250m",
        "보상비 1일 82,000원, 교통비 별도 / 문의는 대대 행정반 (내선 4412)",
    ),
    [],
)


# ================================================================ 노인일자리
n1, n2, n3 = "도순애", "위판석", "어복례"
r1, r2, r3 = rr("470911", 2), rr("450128", 1), rr("520816", 2)
p1, p2, p3 = mob(), land("063"), mob()
add(
    "ko",
    P,
    lines(
        "노인일자리(공익활동) 참여자 최종 선발 명단입니다. 활동처별로 나눠 주세요.",
        f"{n1} {r1} {p1} - 스쿨존 교통안전 지킴이",
        f"{n2} {r2} {p2} - 공원 환경정비",
        f"{n3} {r3} {p3} - 경로당 급식 지원",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (PER, n2), (RRN, r2), (PH, p2), (PER, n3), (RRN, r3), (PH, p3)],
)

n1, a1, a2 = "표말순", acct("우체국"), acct("농협")
add(
    "ko",
    P,
    lines(
        "활동비 입금 계좌 변경 요청이 들어왔어요. 변경 확인서 문구 써 주세요.",
        f"참여자: {n1} (공원 환경정비)",
        f"변경 전: 우체국 {a1}",
        f"변경 후: 농협 {a2} (본인 명의, 통장 사본 제출)",
    ),
    [(PER, n1), (ACC, a1), (ACC, a2)],
)

n1, n2, h1, h2 = "진귀남", "편옥자", hi(), hid()
add(
    "ko",
    P,
    lines(
        "사회서비스형 참여자 건강보험 자격 확인 결과예요. 직장가입 전환 대상만 골라 주세요.",
        f"{n1} - 건강보험증 번호 {h1} - 지역가입자 세대원",
        f"{n2} - 건강보험증 번호 {h2} - 피부양자",
        "근무 월 60시간 이상 → 직장가입 대상",
    ),
    [(PER, n1), (HINS, h1), (PER, n2), (HINS, h2)],
)


# ================================================================ English positives (수도, 대학 기숙사, 소방, 기상 개발팀, 전입, 보건소)
l1, p1, m1 = "Unit 805, 27 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04348", mob(), "b.okonkwo@protonmail.com"
add(
    "en",
    P,
    lines(
        "A tenant sent this in English about the water bill. Summarise it in Korean for the billing team.",
        "",
        "Hello, I moved into the flat below in February and my first water bill is KRW 148,000, which seems impossible for one person.",
        f"Address: {l1}. I suspect a leak or a wrong meter.",
        f"Please send someone to check. My name is Blessing Okonkwo, phone {p1}, e-mail {m1}.",
    ),
    [(LOC, l1), (PER, "Blessing Okonkwo"), (PH, p1), (MAIL, m1)],
)

a1, m1 = ar("040112", 6), "lin.yuting@stu.cnu.ac.kr"
add(
    "en",
    P,
    lines(
        "Reply to this dormitory request in English: room changes are possible only at semester start.",
        "",
        "Dear Dormitory Office,",
        "My roommate and I have very different schedules. Could I move to a single room in Building 3?",
        f"Name: Lin Yuting (Taiwan), ARC {a1}, student e-mail {m1}.",
        "Thank you!",
    ),
    [(PER, "Lin Yuting"), (ARN, a1), (MAIL, m1)],
)

b1, p1 = bz(), mob()
add(
    "en",
    P,
    lines(
        "Translate our fire-inspection notice for this restaurant owner into plain English and keep the deadline.",
        "",
        "Business: Saffron House (Indian restaurant), 2nd floor",
        f"Owner: Mr. Rajesh Menon, business registration no. {b1}, mobile {p1}",
        "Findings: kitchen hood not cleaned (grease), one extinguisher expired (2014 manufacture), exit sign light off.",
        "Correct within 14 days; re-inspection on 2 May.",
    ),
    [(PER, "Rajesh Menon"), (BRN, b1), (PH, p1)],
)

i1, i2, m1 = priv_ip(), pub_ip(), "minji.kwak@kma-dev.kr"
add(
    "en",
    P,
    lines(
        "Our Slack thread, pasted. Can you write a short incident summary from it?",
        f"[09:12] minji.kwak: radar-ingest on {i1} stopped pulling volumes at 08:40",
        f"[09:14] minji.kwak: firewall shows the upstream {i2} refused TLS, cert expired overnight",
        f"[09:20] ops-bot: paging Kwak Minji ({m1}) as on-call owner",
        "[09:31] minji.kwak: renewed, backlog draining, ETA 20 min",
    ),
    [(IP, i1), (IP, i2), (PER, "Kwak Minji"), (MAIL, m1)],
)

l1, l2, p1 = (
    "1502, 30 Songdo-gwahak-ro, Yeonsu-gu, Incheon 21984",
    "45 Bupyeong-daero, Bupyeong-gu, Incheon 21337",
    mob(),
)
add(
    "en",
    P,
    lines(
        "Explain to this resident in English what documents he needs for the move-in report.",
        "",
        "Hi, I'm Tomasz Nowak. I moved from " + l2 + " to " + l1 + " last week.",
        f"My landlord says I must report the move. Can I do it online? Phone {p1}.",
    ),
    [(PER, "Tomasz Nowak"), (LOC, l2), (LOC, l1), (PH, p1)],
)

a1, h1, p1, m1 = ar("870330", 5), hi(), mob(), "arjun.patel.kr@gmail.com"
add(
    "en",
    P,
    lines(
        "Draft an English answer: the certificate can be issued online via the health portal, or at the centre with ID.",
        "",
        "Good afternoon. I need an English vaccination certificate (MMR and hepatitis B) for my new job abroad.",
        f"I am Arjun Patel, ARC {a1}, NHIS card number {h1}.",
        f"Please call me on {p1} or e-mail {m1}.",
    ),
    [(PER, "Arjun Patel"), (ARN, a1), (HINS, h1), (PH, p1), (MAIL, m1)],
)


# ================================================================ English and mixed hard negatives
add(
    "en",
    N,
    lines(
        "Write release notes from this changelog (user-facing language, no hashes).",
        "v2.14.0 (build 10.0.2417.3) - 2024-04-12",
        "- fix: retry on HTTP 429 from upstream (a3f9c21)",
        "- feat: CSV export adds UTF-8 BOM (e01b7d4)",
        "- chore: bump libxml2 2.12.6, OpenSSL 3.0.13; drop TLS 1.0",
        "Tested on Windows 10.0.19045.4291, Chrome 124.0.6367.91, Ubuntu 22.04.4 LTS.",
        "SHA-256 of installer: 9c1e4f0b77a2d3e85f6a1b0c2d4e6f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Turn this station list into a table for the appendix.",
        "WMO 47108 Seoul, 37.5714N 126.9658E, 86 m",
        "WMO 47159 Busan, 35.1047N 129.0320E, 70 m",
        "WMO 47184 Jeju, 33.5141N 126.5297E, 21 m",
        "Observations at 00, 06, 12, 18 UTC; rain gauge model RG-2.1.0.4; first Korean rain gauge attributed to Jang Yeong-sil (1441).",
    ),
    [],
)

c1 = iso6346("MSCU" + dg(6))
add(
    "en",
    N,
    lines(
        "Check that this invoice summary has no arithmetic errors.",
        "Invoice INV-2024-00418, PO 4500182734, dated 12 Apr 2024",
        "HS 8471.30 laptops x 40 @ USD 612.50 = USD 24,500.00; HS 8528.52 monitors x 40 @ USD 149.00 = USD 5,960.00",
        f"Container {c1}, B/L HDMU4417720, tracking 1Z 4E8 9W1 03 1842 7715",
        "Beneficiary bank SWIFT KOEXKRSE; Incoterms FOB Busan.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Format this reading list in APA style.",
        f"Korea Institute of Public Administration (2019). Public administration in Korea. ISBN {isbn13('978-89-460-7114')}.",
        f"Journal of Korean Meteorology, ISSN {issn('1598385')}, vol. 33, no. 2, pp. 114-129, doi:10.14191/Atmos.2023.33.2.114",
        "RFC 9110 (HTTP Semantics), CVE-2024-3094 (xz backdoor), ISO 8601:2019.",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "nginx 접근 제어 설정 리뷰해 주세요. 문서용 예시 IP만 썼습니다.",
        "location /admin/ {",
        "    allow 10.0.0.0/8;",
        "    allow 192.168.0.0/16;",
        "    allow 203.0.113.25;   # 문서 예시(TEST-NET-3)",
        "    deny  all;",
        "}",
        "upstream api { server 127.0.0.1:8080; server [::1]:8080 backup; }",
        "# health check: curl -s http://0.0.0.0:9000/healthz",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "이 테스트 픽스처가 실제 개인정보를 안 쓰는지 확인 부탁드려요. 전부 더미값이어야 합니다.",
        "```python",
        "DUMMY_CITIZEN = {",
        '    "name": "홍길동",',
        '    "rrn": "000000-0000000",',
        '    "phone": "010-0000-0000",',
        '    "email": "user@example.com",',
        '    "card": "4111-1111-1111-1111",',
        "}",
        "def test_masking():",
        '    assert mask("010-0000-0000") == "010-****-0000"',
        "```",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "배포 YAML에서 리소스 설정이 적절한지 봐 주세요.",
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata: {name: minwon-api, labels: {app: minwon, version: 3.2.10}}",
        "spec:",
        "  replicas: 3",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: api",
        "          image: registry.local/minwon-api:3.2.10-20240412.1",
        "          ports: [{containerPort: 8080}]",
        "          resources: {limits: {cpu: '2', memory: 2Gi}, requests: {cpu: 500m, memory: 1Gi}}",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "민원인 테이블 DDL이에요. 컬럼 코멘트가 개인정보 보호 지침에 맞는지 검토해 주세요. (샘플 값은 이미 마스킹됨)",
        "CREATE TABLE civil_applicant (",
        "  id BIGINT PRIMARY KEY,",
        "  name VARCHAR(50) COMMENT '성명 (예: 김*수)',",
        "  rrn_enc VARBINARY(256) COMMENT '주민번호 암호화 (예: 850101-1******)',",
        "  tel VARCHAR(20) COMMENT '연락처 (예: 010-****-1234)',",
        "  created_at DATETIME DEFAULT CURRENT_TIMESTAMP",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
    ),
    [],
)


# ================================================================ obfuscated (remaining)
m1 = "gracepaik.vol@gmail.com"
v1 = m1.replace("@", " (at) ").replace(".", " (dot) ")
add(
    "en",
    OB,
    lines(
        "A volunteer applicant wrote her e-mail like this on the museum form. Fix it and draft a welcome note.",
        f"Name: Grace Paik / e-mail: {v1} / available Saturdays",
    ),
    [(PER, "Grace Paik"), (MAIL, v1)],
)

r1 = rr("811203", 1)
v1 = dash_like(r1, "minus")
add(
    "ko",
    OB,
    lines(
        "수학 공식 편집기로 만든 서식에서 주민번호를 복사했더니 주민번호 검증이 실패해요. 이유가 뭘까요?",
        f"신청인 성명: 남궁태현, 주민등록번호: {v1}",
    ),
    [(PER, "남궁태현"), (RRN, v1)],
)

i1 = priv_ip()
v1 = i1.replace(".", "。")
add(
    "mixed",
    OB,
    lines(
        "중국 협력업체 엔지니어가 위챗으로 보낸 장비 접속 IP가 이렇게 왔어요. ping이 안 되는데 이유 알려줘",
        f"设备IP：{v1}  账号 admin（请勿外传）",
        "담당자: 王磊 엔지니어",
    ),
    [(IP, v1), (PER, "王磊")],
)

n1 = "권나은"
v1 = qwerty(n1)
add(
    "ko",
    OB,
    lines(
        "민원 접수 폼 이름 칸에 영어로 들어온 건이에요. 한영 전환을 안 하고 친 것 같은데 원래 이름 찾아서 고쳐 주세요.",
        f"접수번호 M-0415-0087 / 성명: {v1} / 민원 유형: 도로 파손 신고",
    ),
    [(PER, v1)],
)

m1 = "sunghoon.yeo@ktmail.kr"
cut = m1.index("@") - 3
v1 = m1[:cut] + "=\n" + m1[cut:]
add(
    "en",
    OB,
    lines(
        "I copied this from the raw source of a complaint e-mail (quoted-printable). Who should we reply to?",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Please reply to my personal address instead of the office one: " + v1,
        "The bus on route 7016 skipped our stop three times this week. - Yeo Sunghoon",
    ),
    [(MAIL, v1), (PER, "Yeo Sunghoon")],
)

i1 = pub_ip()
v1 = ip_int(i1)
add(
    "mixed",
    OB,
    lines(
        "접속 차단 대상 조회 쿼리 결과인데 ip 컬럼이 숫자로 나와요. 사람이 읽을 수 있는 형태로 바꿔서 차단 요청서에 넣어 주세요.",
        "mysql> SELECT user_id, ip_num, reason FROM blocked_access WHERE blocked_at >= '2024-04-15';",
        "+---------+------------+------------------+",
        "| user_id | ip_num     | reason           |",
        "+---------+------------+------------------+",
        f"| 48812   | {v1} | credential-stuff |",
        "+---------+------------+------------------+",
    ),
    [(IP, v1)],
)

a1 = acct("카카오뱅크")
v1 = a1.replace("-", "－")
add(
    "ko",
    OB,
    lines(
        "환불 계좌를 입력했는데 은행 조회에서 계좌번호 오류가 납니다. 숫자는 맞는 것 같은데 뭐가 문제죠?",
        f"예금주 변하늘 / 카카오뱅크 {v1}",
    ),
    [(PER, "변하늘"), (ACC, v1)],
)

p1 = mob()
v1 = f"{int(digits(p1)):,}"
add(
    "mixed",
    OB,
    lines(
        "엑셀 숫자 서식 때문에 연락처가 이렇게 바뀌었어요. 원래 전화번호 형식으로 되돌리는 수식 알려 주세요.",
        "A열(성명)\tB열(연락처, 숫자 서식 #,##0)",
        f"설지안\t{v1}",
    ),
    [(PER, "설지안"), (PH, v1)],
)


# ---------------------------------------------------------------- build, self-check, main
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "seventeenth")


def self_check(rows: list[dict[str, object]], sample_every: int = 8) -> None:
    """Print a sample of spans with their covered text and stop on an empty, padded or mis-typed span; warn where a
    labelled string occurs more often in the text than it was labelled (a missed mention or a wrongly placed one)."""
    assert len(rows) == 240, len(rows)
    want = {
        ("positive", "ko"): 80,
        ("positive", "mixed"): 37,
        ("positive", "en"): 23,
        ("negative", "ko"): 43,
        ("negative", "en"): 13,
        ("negative", "mixed"): 4,
    }
    got = Counter((r["kind"], r["lang"]) for r in rows)
    for k, v in want.items():
        assert got[k] == v, (k, got[k], v)
    assert sum(v for (kind, _), v in got.items() if kind == "obfuscated") == 40
    assert len({r["text"] for r in rows}) == len(rows), "duplicate case text"
    for n, (row, case) in enumerate(zip(rows, CASES, strict=True)):
        text = str(row["text"])
        labels = case[3]
        for s in row["spans"]:  # type: ignore[attr-defined]
            cov = text[s["start"] : s["end"]]
            assert cov and cov == cov.strip(), (row["id"], cov)
            assert cov.rstrip(".,;:)]>\"'") == cov or s["entity"] == LOC, (row["id"], cov)
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
    write_heldout(Path(__file__).with_name("heldout_seventeenth.jsonl"), rows)


if __name__ == "__main__":
    main()
