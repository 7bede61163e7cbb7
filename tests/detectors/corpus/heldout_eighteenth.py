# ruff: noqa: E501
"""Eighteenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; of heldout_seventeenth.py lines
1-476 (its module docstring, whose labelling conventions this file applies unchanged, its imports, constants, seed,
add(), value makers and disguise helpers; nothing of its cases) and lines 3984-4052 (build(), self_check(), main()).
Other looks: `wc -l` of heldout_seventeenth.py, an `ls` of tests/detectors/corpus/ (file names only), `ls
.venv/bin/python`, `test -e` on this file's name, `git status --short` limited to tests/detectors/corpus/ (names only),
and ruff and mypy on this file (mypy also reports spans.py's own pre-existing error at line 70; this file adds none). No
git log or diff was read. The engine and the evaluation script were neither read nor run against these cases; nothing
here was tuned to the engine. The value makers and the disguises mapd/sino/b64/js/seg/lines/fullwidth/pct/between/
hexa/dash_like/spaced_digits are copied from the seventeenth; the other disguises are new. Values are made up with a
fresh seed (18_2026_0502_3197); resident, alien, business and corporate numbers and card numbers carry real check
digits (check_digits.py), cards in Visa 4, Mastercard 51-55 and a 15-digit 4-6-5 layout; the ISBN, ISSN and EAN-13 /
GTIN values among the hard negatives carry theirs too, and resident-number-shaped negatives (a 7-7 fishing-vessel
number, a coupon number, a spreadsheet example) fail the checksum. Post-October-2020 resident numbers (random last
digit failing the old checksum) appear only for children born since then (어린이집 입소 대기 2022·2023년생, 연말정산
부양가족 2021년생).

New domains (none in the seventeenth's list): 국민연금공단 (반환일시금 청구, 분할연금 청구서 스캔, 추후납부 콜 STT,
외국인 반환일시금 영문 메일, 기준소득월액 공지), 근로복지공단 산재 (요양급여신청서 OCR, 휴업급여 계좌 변경, 사업주
의견서, 재활병원 영문 소견, 급여 산정 교육), 고용센터 실업급여 (수급자 CSV, 실업인정 로그, 조기재취업수당, 개정안),
국세청 연말정산 (부양가족 TSV, 기부금 영수증 대장, 간소화 API 바디, 일정 공지), 선거관리위원회 (투표사무원 markdown,
거소투표 신고, 개표 참관), 병무청 (입영 연기 사유서, 사회복무요원 카톡, 국외여행 허가 영문, 판정검사 일정), 해양경찰·
어선 (승선원 명부, 122 신고 STT, 출입항 점검), 국가보훈부 (보훈급여 계좌, 유족 등록, 보훈의 달), 어린이집 (입소 대기
CSV, 비상연락망, 아이행복카드, 보육료 단가), 공공도서관 (상호대차, 좌석 키오스크 로그, 희망도서, 영문 연체 규정),
여행사 패키지 (여권 명단 TSV, 영문 rooming list, 중국 단체비자, 영문 일정), 렌터카 (대여계약서, 면책금, 영문 국제면허
문의, 반납 체크리스트), 게임사 고객센터 (계정 도용 로그, 미성년자 결제 취소, 패치노트, 쿠폰 번호), 교정시설 (가족 접견,
영치금, 변호인 접견, 형집행법), 산림청 (산불감시원 명단, 숲해설가 수료증, 드론 로그), 예술인복지재단 (창작준비금,
영문 레지던시, 예술활동증명 계약서), 치과·약국 (임플란트 건보 등록, 처방전 OCR, 약국 단톡, 의약품 코드, 영문 복약지도),
아파트 관리사무소 (관리비 자동이체, 장기주차 민원, 층간소음 회의록, 관리비 공지), 은행 여신 (신용대출 심사, 전세자금
서류, 영문 법인 KYC, 금리표), 해외송금·환전 (송금 신청, 환전 영수증, SWIFT MT103), 한국장학재단 (가구원 동의, 근로장학,
대출 금리), 경찰 유실물센터 (습득물 인계, 영문 분실 신고, 유실물법), 교통카드 환불, 스타트업 채용 (이력서 파싱 JSON,
Slack 스레드, 영문 레퍼런스 체크, 채용 공고), 상조·장례식장 (부고, 상조 해지, 요금표), 통신사 대리점 (번호이동,
명의도용, 요금제, 영문 로밍 FAQ), 국립공원 야영장 (예약 CSV, 무통장 환불, 영문 대피소 문의), 세무사 사무소 (법인세
기초자료, 원천세 TSV, 부가세 기한), SaaS 보안관제 (WAF·EDR 로그, VPN 알림, 방화벽 변경), 결혼정보회사 (회원 프로필,
매칭 후기), 건설현장 (출역 명부, 퇴직공제, 안전교육), 전세사기 피해지원 (피해자 결정 신청, 피해자 단톡, 특별법),
공인중개사무소 (전세 특약, 블로그 소개), 청년월세 지원, 우체국 (저축보험 만기환급 테스트 데이터, 반송 택배, 요금표),
대한법률구조공단, 헬스장 PT, 이사업체, 중고거래 사기 신고, 대학병원 임상시험 (스크리닝 메모, 영문 SAE 보고, 모집
공고), 공유오피스 (입주 계약, 출입 게이트 로그), 프랜차이즈 가맹, 학원, 지역 축제 자원봉사, 푸드뱅크, 법인카드 경비,
급여·4대보험 (자격취득, payroll export), 국제 학술대회 (비자 초청장, 등록 데스크, CFP), 재외국민 영사·재외선거, 콜센터
QA, 웨딩홀, 사내 IT 헬프데스크, 전기차 충전 앱 (가입 API, 고장 신고, OCPP 로그), 배달 라이더 (정산 SQL, 사고), 의료기기
렌탈 A/S (UDI), 지자체 민원 챗봇, 공영주차장 감면, 구독 해지, 크라우드펀딩 리워드, 호텔·항공 마일리지, 갤러리 위탁,
외국인 임차인, 항만 셔틀, 수협 위판장, 클라우드 API 고객지원, 해외 결제 차지백, 택배기사 사칭 신고, code snippets
(pytest fixture, nginx, YAML, SQL INSERT, fail2ban, XML). Formats: CSV, TSV, markdown tables, MySQL table output, SQL
INSERT, JSON API bodies and responses, OCPP frames, XML, YAML, nginx config, JS, Python fixtures and bytes reprs, HTTP
request lines and access logs, Set-Cookie headers, application and audit logs, Slack DMs and threads, KakaoTalk and
open-chat copies, STT transcripts, OCR'd forms (spaced labels, fullwidth), HWP copies, e-mails and raw mail bodies
(quoted-printable), meeting notes, SWIFT MT fields, GS1 UDI strings, QR payloads.

Labelling decisions: the seventeenth set's rules (its docstring, which carried the sixteenth's) apply unchanged: PERSON
is the name only, every mention (surname-only "Mr. Kang", given-name-only "Henrik", "Priya" included), not names
inside e-mail local parts, handles (Slack user names, chat nicknames, Okta ids) or placeholders, masked names or
public/historical figures; a rank or title before a name (소장, Dr., Mr., Prof., 故) stays outside the span; LOCATION
runs from the first administrative unit through the building number plus directly following unit detail,
English-order addresses from the unit/street number through the postcode without the country; representative and
short service numbers (15xx/16xx/18xx, 110, 112, 114, 119, 122, 126, 132, 182, 1330, 1350, 1355, 1390, 1396) are not
PHONE_NUMBER; masked values, CIDR blocks, loopback/unspecified and documentation IPs are not labelled, private host IPs
are; foreign passport numbers are never labelled; a driver's licence written with the region name is one span
including it; obfuscated values are one span from the first to the last character of the disguised value, encoded
values are labelled with the entity they encode on the encoded token; placeholders (홍길동, 000000-0000000,
010-0000-0000, user@example.com, the 4111 test card) are never labelled; a surname and given name in separate fields
are two PERSON spans; a Korean name and its romanisation are two spans (so are a Latin-capitals foreign name and its
Hangul transcription); a Hanzi name is PERSON as written; every e-mail address is EMAIL_ADDRESS, role addresses
included; a team's or office's direct line is PHONE_NUMBER; an account held by a company or an institution is
BANK_ACCOUNT. Added or made explicit for this set:
- Foreign phone numbers written with their country code (+46, +61, +1 (347) ...) are PHONE_NUMBER, the "+" and the
  country code inside the span.
- A facility name after the building number ends the LOCATION span (the 장례식장 and its room stay outside); a
  parenthesised facility name after the unit detail stays outside too.
- Addresses at reserved example domains (@example.com, @example.org, hosts under .example / example.net) are
  placeholders, never labelled.
- Never labelled (hard negatives, beyond the seventeenth's list): 보훈번호, 수용번호, 학번, 회원번호, 사번, 도서관
  카드번호, 등기·운송장 번호, 교부번호, 선박번호 (7-7 digits), coupon numbers shaped like a resident number, IRB and
  NCT numbers, award numbers, DOI, reader tag ids (0xA1F3), vehicle plates, case numbers (2025고합117), lawyer
  registration numbers, 중개사무소 등록번호, 정보공개서 등록번호, GTIN/UDI strings, SWIFT fields, OCPP frames, initials
  (G.Y.S.), chat speaker labels ([트레이너A]), authors in a reading list and historical figures (안중근, 유관순, 윤봉길,
  이순신; 세종대왕함 is a ship), and a representative government line given as 110.
- Split values: a resident number split across two JSON fields (rrnFront / rrnBack) is one span from its first to its
  last digit, the JSON between included; a value built in code from string literals ('a' + '@' + 'b') is one span from
  the first character of the first literal's content to the last character of the last literal's content.
- Encoded and re-rendered tokens are labelled on the token: a name as \\uXXXX escapes, as a Python bytes repr
  (\\xea...), as quoted-printable =XX bytes, as UTF-8 read as Windows-1252 (mojibake), in NFD conjoining jamo (a macOS
  file name; the underscores around it stay outside); an e-mail with '@' and '.' as HTML character references, written
  backwards (with a note saying so), with Cyrillic look-alike letters, or percent-encoded twice (%2540); an IPv4
  address with hex octets (0x0a.0x..) or zero-padded octets (010.002...); a resident number in base32.
- Digit sets and marks: Chinese numerals (〇一二...), MATHEMATICAL BOLD digits, keycap emoji (each digit with VS16 and
  U+20E3, the last keycap's marks inside the span), digits each followed by COMBINING LOW LINE (the last mark inside
  the span), emoji used as the group separators, and the Hangul vowel ㅡ typed for the hyphen.

Obfuscation kinds used (40 cases). Common ones a staff member would try (20): fullwidth phone, fullwidth resident
number (OCR), card digits separated by spaces, phone digits separated by dots, account groups on separate lines,
Sino-Korean Hangul digits in an STT phone, Hangul-read resident number with 다시, zero-width spaces in a card number,
zero-width joiners in an e-mail, en-dash resident number, em-dash phone, base64 resident number in an API body, base64
e-mail in a cookie, percent-encoded name in a URL, hex-encoded phone, spaced name syllables, (at)/(dot) e-mail,
골뱅이/점 e-mail, mixed fullwidth groups with spaces (account), mixed Hangul-read and Arabic digit groups (phone).
Kinds not in the seventeenth's list (20): Chinese-numeral alien number, mathematical-bold-digit phone, keycap-emoji
phone, emoji-separator phone, \\uXXXX-escaped name, HTML-character-reference e-mail, base32 resident number, Python
bytes-repr name, mojibake (UTF-8 as cp1252) name, NFD conjoining-jamo name, reversed e-mail, string-concatenation
e-mail, resident number split across JSON fields, quoted-printable name, hex-octet IPv4, zero-padded IPv4,
combining-underline phone, Cyrillic-homoglyph e-mail, ㅡ-for-hyphen phone, double-percent-encoded e-mail."""

from __future__ import annotations

import base64
import json
import random
import unicodedata
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

random.seed(18_2026_0502_3197)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the seventeenth set)
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


def issn(first7: str) -> str:
    """ISSN with its mod-11 check character (weights 8..2, 10 written X)."""
    c = (11 - sum(int(d) * w for d, w in zip(first7, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


# ---------------------------------------------------------------- disguises (copied from the seventeenth set)
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
ZW, ZWJ, NBSP = "\u200b", "\u200d", "\u00a0"


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


def hexa(s: str) -> str:
    return s.encode().hex()


def dash_like(s: str, kind: str) -> str:
    return s.replace("-", DASHES[kind])


def spaced_digits(s: str, sep: str = " ") -> str:
    return sep.join(c for c in s if c != "-")


DASHES = {
    "hyphen": "\u2010",
    "en": "\u2013",
    "em": "\u2014",
    "minus": "\u2212",
}


# ---------------------------------------------------------------- disguises new for this set
HANJA = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
KEYCAP = "\ufe0f\u20e3"
UNDERLINE = "\u0332"
HOMOGLYPH = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"}


def hanja_digits(s: str) -> str:
    """Digits as Chinese numerals (〇一二...), as a Hanja-style form or a Chinese-speaking clerk writes them."""
    return mapd(s, HANJA)


def math_bold(s: str) -> str:
    """Digits as MATHEMATICAL BOLD DIGITs (U+1D7CE..), as a 'fancy text' generator turns them out."""
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def keycap(s: str) -> str:
    """Digits as keycap emoji (digit, VS16, COMBINING ENCLOSING KEYCAP); other characters kept."""
    return "".join(c + KEYCAP if c.isdigit() else c for c in s)


def underline(s: str) -> str:
    """Each character followed by COMBINING LOW LINE, as an 'underlined text' generator writes it."""
    return "".join(c + UNDERLINE for c in s)


def uesc(s: str) -> str:
    """Every character as a JSON/JavaScript \\uXXXX escape (written out, backslashes and all)."""
    return "".join(f"\\u{ord(c):04x}" for c in s)


def html_ent(s: str) -> str:
    """'@' and '.' as HTML decimal character references (name&#64;host&#46;com), letters and digits kept."""
    return "".join(f"&#{ord(c)};" if c in "@." else c for c in s)


def b32(s: str) -> str:
    return base64.b32encode(s.encode()).decode()


def pybytes(s: str) -> str:
    """The UTF-8 bytes as Python prints a bytes object's contents (\\xea\\xb9\\x80...)."""
    return str(s.encode())[2:-1]


def mojibake(s: str) -> str:
    """UTF-8 bytes read as Windows-1252, as a CSV opened with the wrong encoding shows a Korean name."""
    return s.encode().decode("cp1252")


def nfd(s: str) -> str:
    """Hangul decomposed into conjoining jamo (NFD), as a macOS file name carries it; it renders unchanged."""
    out = unicodedata.normalize("NFD", s)
    assert out != s
    return out


def qp(s: str) -> str:
    """Every UTF-8 byte of a non-ASCII string as quoted-printable =XX."""
    return "".join(f"={b:02X}" for b in s.encode())


def hex_ip(ip: str) -> str:
    return ".".join(f"0x{int(o):02x}" for o in ip.split("."))


def pad_ip(ip: str) -> str:
    return ".".join(f"{int(o):03d}" for o in ip.split("."))


def homoglyph(s: str) -> str:
    """Latin a, e, o, c, p in the local part and domain swapped for their Cyrillic look-alikes."""
    out = mapd(s, HOMOGLYPH)
    assert out != s
    return out


def concat(*parts: str) -> str:
    """A value built in code from string literals: 'a' + 'b' + 'c'."""
    return "' + '".join(parts)


def dbl_pct(s: str) -> str:
    """Percent-encoding applied twice (%40 -> %2540), as a redirect parameter carries an address."""
    return pct(s, all_bytes=False).replace("%", "%25")


def eu_dash(s: str) -> str:
    """The Hangul vowel ㅡ typed for the hyphen (it sits on the Korean keyboard where a dash would be)."""
    return s.replace("-", "ㅡ")


# ================================================================ 국민연금공단 (반환일시금, 분할연금, 추후납부, 수급 콜)
r, p, a = rr("640912", 2), mob(), acct("농협")
add(
    "ko",
    P,
    lines(
        "[반환일시금 청구 건 검토 요청 - 지사 접수분]",
        "청구인: 방세희 / 주민등록번호 " + r,
        "청구 사유: 국외이주(캐나다 영주권 취득), 출국 예정일 6월 넷째 주",
        f"연락처 {p}, 지급계좌 농협 {a} (본인 명의)",
        "→ 이민 확인서류 번역본 공증 여부 확인 부탁드립니다. 방세희 님은 창구 재방문 어렵다고 하셨어요.",
    ),
    [(PER, "방세희"), (RRN, r), (PH, p), (ACC, a), (PER, "방세희")],
)

r1, r2 = rr("581103", 1), rr("600227", 2)
add(
    "ko",
    P,
    lines(
        "분할연금 청구서 스캔본 텍스트입니다. 이거 요약해서 심사 메모로 만들어 주세요.",
        "",
        "① 청구인  성 명 : 탁미정 / 주민번호 : " + r2,
        "② 노령연금 수급권자(전 배우자)  성명 : 변상철  주민번호 : " + r1,
        "③ 혼인기간 : 1986. 4. 12. ~ 2009. 9. 30. (협의이혼)",
        "④ 주소 : 충청북도 청주시 흥덕구 직지대로 713 203동 904호",
    ),
    [(PER, "탁미정"), (RRN, r2), (PER, "변상철"), (RRN, r1), (LOC, "충청북도 청주시 흥덕구 직지대로 713 203동 904호")],
)

p1 = mob()
add(
    "ko",
    P,
    lines(
        "상담원: 네 국민연금공단 고객센터 상담원 어유진입니다.",
        "고객: 아 네, 제가 실직 기간에 못 낸 거 추후납부 하려고요. 이름은 국성호고요.",
        "상담원: 국성호 고객님, 본인 확인 위해 생년월일 말씀 부탁드립니다.",
        "고객: 칠사년 팔월 십구일이요.",
        f"상담원: 문자 받으실 번호가 {p1} 맞으실까요?",
        "고객: 네 맞아요. 분할 납부로 해 주세요, 한 24회 정도로.",
    ),
    [(PER, "어유진"), (PER, "국성호"), (PER, "국성호"), (PH, p1)],
)

a1, e1 = ar("870305", 5), "tranminhduc.vn87@gmail.com"
add(
    "mixed",
    P,
    lines(
        "Subject: Lump-sum refund (반환일시금) – departure next month",
        "",
        "Dear NPS officer,",
        "I worked at a furniture factory in Pocheon for 6 years and will go back to Vietnam on 14 July.",
        f"My name is TRAN MINH DUC (쩐 민 득), ARC No. {a1}.",
        "Please send the refund to my KB account or tell me what documents I need.",
        f"You can reply to {e1}. Thank you.",
    ),
    [(PER, "TRAN MINH DUC"), (PER, "쩐 민 득"), (ARN, a1), (MAIL, e1)],
)

add(
    "ko",
    N,
    lines(
        "2025년 국민연금 기준소득월액 상·하한액 안내",
        "- 적용기간: 2025. 7. 1. ~ 2026. 6. 30.",
        "- 하한액 400,000원 / 상한액 6,370,000원",
        "- 관련 근거: 국민연금법 시행령 제5조, 보건복지부 고시 제2025-112호",
        "문의: 국민연금 고객센터 1355 (평일 09:00~18:00)",
    ),
    [],
)

# ================================================================ 근로복지공단 산재 (요양급여, 휴업급여, 사업주 의견)
r, b, p = rr("790514", 1), bz(), mob()
add(
    "ko",
    P,
    lines(
        "요양급여신청서 (OCR 결과, 오탈자 있을 수 있음)",
        "재해자 성명  길재훈      주민등록번호  " + r,
        "사업장명  (주)동해정밀     사업자등록번호  " + b,
        "재해일시  2025.03.18 14:40   재해장소  프레스 2호기 앞",
        "재해경위  금형 교체 중 좌측 검지 압궤",
        f"재해자 휴대전화  {p}",
    ),
    [(PER, "길재훈"), (RRN, r), (BRN, b), (PH, p)],
)

a, r = acct("우체국"), rr("820101", 2)
add(
    "ko",
    P,
    f"휴업급여 지급계좌 변경 요청 들어왔는데 처리 순서 좀 정리해줘. 재해자 소미란({r}) 기존 계좌 해지돼서 우체국 {a}로 바꿔달래. 통장사본은 팩스로 받았고 신분증 사본은 아직.",
    [(PER, "소미란"), (RRN, r), (ACC, a)],
)

b, c = bz(), cr("134811")
add(
    "ko",
    P,
    lines(
        "사업주 의견서 초안 검토 부탁드립니다.",
        "",
        f"당사(주식회사 한결에프앤비, 사업자등록번호 {b}, 법인등록번호 {c})는 근로자 맹주연의",
        "요양 신청과 관련하여 재해 발생 사실을 확인하며, 다만 사고 당일 근무 시작 전 개인 용무 중이었다는 점을 의견으로 제출합니다.",
        "담당: 인사총무팀 과장 하보람",
    ),
    [(BRN, b), (CRN, c), (PER, "맹주연"), (PER, "하보람")],
)

pth, em = pp_new("M"), "occ.health@gangseo-rehab.kr"
add(
    "en",
    P,
    lines(
        "Hi team, the rehab hospital sent this in English, can you turn it into a Korean 진료계획서 summary?",
        "",
        "Patient: Ms. Yoon Chae-rin, Korean passport "
        + pth
        + " (travelling for surgery follow-up is NOT approved yet)",
        "Diagnosis: crush injury, left index finger, s/p K-wire fixation",
        "Plan: 6 weeks OT, review 2025-05-02",
        "Contact: " + em,
    ),
    [(PER, "Yoon Chae-rin"), (PASS, pth), (MAIL, em)],
)

add(
    "ko",
    N,
    lines(
        "산재보험 요양급여 산정 기준 정리 (내부 교육용)",
        "1. 산업재해보상보험법 제40조(요양급여), 제52조(휴업급여)",
        "2. 휴업급여 = 평균임금 × 70% × 요양기간 일수",
        "3. 최저보상기준금액: 2025년 1일 80,880원",
        "4. 사례번호 2024-산재-03317, 2024-산재-04102 참고",
        "근로복지공단 대표번호 1588-0075",
    ),
    [],
)

# ================================================================ 고용센터 실업급여 (수급자격, 실업인정, 조기재취업수당)
rows = [
    ("옥다현", rr("950722", 2), acct("카카오뱅크")),
    ("용건우", rr("890130", 1), acct("토스뱅크")),
    ("염소율", rr("010618", 4), acct("신한")),
]
add(
    "ko",
    P,
    lines(
        "아래 CSV에서 계좌 형식 안 맞는 거 있는지 봐줘",
        "성명,주민번호,은행,계좌번호,실업인정차수",
        *[
            f"{n},{rv},{bk},{av},{i + 2}"
            for i, ((n, rv, av), bk) in enumerate(zip(rows, ["카카오뱅크", "토스뱅크", "신한"], strict=True))
        ],
    ),
    [x for n, rv, av in rows for x in ((PER, n), (RRN, rv), (ACC, av))],
)

ip1 = pub_ip()
add(
    "mixed",
    P,
    lines(
        "실업인정 온라인 신청 중복 건 로그 확인 요청",
        f"2025-04-07T09:12:44+09:00 INFO  claim.submit user=편지호 birth=1993-02-11 src_ip={ip1} round=3 result=OK",
        f"2025-04-07T09:12:51+09:00 WARN  claim.submit user=편지호 birth=1993-02-11 src_ip={ip1} round=3 result=DUPLICATE",
        "같은 IP에서 7초 간격으로 두 번 들어왔는데 본인이 더블클릭한 건지 봐주세요.",
    ),
    [(PER, "편지호"), (IP, ip1), (PER, "편지호"), (IP, ip1)],
)

p, b = mob(), bz()
add(
    "ko",
    P,
    lines(
        "조기재취업수당 신청 상담 메모 (4/9)",
        "- 신청인 사공윤서, 재취업일 3/17, 신규 사업장 (주)바른물류 " + b,
        f"- 연락처 {p} / 오후에만 통화 가능",
        "- 12개월 이상 고용유지 예정 확인서 제출 필요 → 사공윤서 님께 양식 문자 발송함",
    ),
    [(PER, "사공윤서"), (BRN, b), (PH, p), (PER, "사공윤서")],
)

add(
    "ko",
    N,
    lines(
        "구직급여 반복수급 제한 개정안 요약",
        "- 고용보험법 일부개정법률안(의안번호 2203418), 5년 내 3회 이상 수급 시 감액",
        "- 시행 예정 2026. 1. 1.",
        "- 통계: 2024년 반복수급자 49,372명(전년 대비 +3.1%)",
        "- 고용노동부 고객상담센터 1350",
    ),
    [],
)


# ================================================================ 국세청 연말정산 (부양가족, 기부금, 의료비, 간소화 API)
r0, r1, r2, r3 = rr("830419", 1), rr("850902", 2), rn("210315", 4), rr("530808", 2)
add(
    "ko",
    P,
    lines(
        "연말정산 부양가족 명세 엑셀에서 복사했어요. 인적공제 대상 맞는지 체크해 주세요.",
        "관계\t성명\t주민등록번호\t장애인\t비고",
        f"본인\t설태준\t{r0}\tN\t",
        f"배우자\t제갈은비\t{r1}\tN\t연소득 480만원",
        f"자녀\t설아윤\t{r2}\tN\t",
        f"직계존속\t문복순\t{r3}\tY\t주소 다름(부산)",
    ),
    [(PER, "설태준"), (RRN, r0), (PER, "제갈은비"), (RRN, r1), (PER, "설아윤"), (RRN, r2), (PER, "문복순"), (RRN, r3)],
)

r, b = rr("770621", 1), bz()
add(
    "ko",
    P,
    lines(
        "기부금 영수증 발급대장 (사단법인 푸른숲나눔, 고유번호 아님 사업자번호 " + b + ")",
        f"일련번호 2024-0388 | 기부자 봉준석 | 주민등록번호 {r} | 기부금액 1,200,000원 | 유형 지정기부금",
        "→ 봉준석 님이 홈택스 간소화에 안 뜬다고 문의. 제출 누락인지 확인 필요.",
    ),
    [(BRN, b), (PER, "봉준석"), (RRN, r), (PER, "봉준석")],
)

rv, iv = rr("911228", 2), priv_ip()
add(
    "mixed",
    P,
    lines(
        "간소화 자료 조회 API 응답이 500 나는데 바디 좀 봐줘요",
        "```",
        "POST /api/v2/yearend/medical HTTP/1.1",
        "X-Forwarded-For: " + iv,
        js({"taxYear": 2024, "residentNo": rv, "name": "진하윤", "consentType": "DEPENDENT", "items": []}),
        "```",
    ),
    [(IP, iv), (RRN, rv), (PER, "진하윤")],
)

add(
    "ko",
    N,
    lines(
        "[공지] 2024년 귀속 연말정산 일정",
        "· 간소화 자료 일괄제공: 1월 15일 ~ 1월 20일",
        "· 사내 제출 마감: 2월 7일(금) 18시",
        "· 소득세법 제140조, 조세특례제한법 제95조의2 참고",
        "· 홈택스 상담 126, 국세상담센터 문서번호 서면-2024-법규소득-3112",
    ),
    [],
)

# ================================================================ 선거관리위원회 (투표사무원, 거소투표, 개표 참관)
p1, p2, a1, a2 = mob(), mob(), acct("새마을금고"), acct("우리")
add(
    "ko",
    P,
    lines(
        "| 투표구 | 성명 | 연락처 | 수당 계좌 | 비고 |",
        "|---|---|---|---|---|",
        f"| 제3투표구(양지초) | 라성민 | {p1} | 새마을금고 {a1} | 투표관리관 보조 |",
        f"| 제3투표구(양지초) | 함다인 | {p2} | 우리 {a2} | 대학생, 사전교육 불참 |",
        "",
        "위 표 기준으로 투표사무원 위촉장 문구 만들어 줘.",
    ),
    [(PER, "라성민"), (PH, p1), (ACC, a1), (PER, "함다인"), (PH, p2), (ACC, a2)],
)

r, hh = rr("371015", 1), land("055")
add(
    "ko",
    P,
    lines(
        "거소투표신고서 대리 작성 요청 (요양원 입소자)",
        "신고인: 지옥분 (" + r + ")",
        "거소: 경상남도 김해시 율하2로 26, 3층 301호 (은빛요양원)",
        f"요양원 사무실 {hh}, 담당 사회복지사 권도경",
    ),
    [(PER, "지옥분"), (RRN, r), (LOC, "경상남도 김해시 율하2로 26, 3층 301호"), (PH, hh), (PER, "권도경")],
)

add(
    "ko",
    N,
    lines(
        "제9회 전국동시지방선거 개표 참관 안내문 초안 다듬어 줘.",
        "- 참관인은 정당별 6명 이내, 공직선거법 제181조",
        "- 개표소: 시 실내체육관, 개표 개시 예정 18:30",
        "- 문의: 선거관리위원회 대표전화 1390",
        "- 투표용지 일련번호 0000001~0042500",
    ),
    [],
)

# ================================================================ 병무청 (입영 연기, 사회복무요원, 국외여행 허가)
r, p, e = rr("030207", 3), mob(), "kdh0207@naver.com"
add(
    "ko",
    P,
    lines(
        "입영일자 연기 신청 사유서 첨삭 부탁해요",
        "",
        f"저는 기도현({r})입니다. 현재 대학 3학년 재학 중이며 2025년 2학기 교환학생(독일 TU Dresden) 선발로",
        "입영일자를 2026년 3월 이후로 연기하고자 합니다.",
        f"연락처 {p} / 이메일 {e}",
    ),
    [(PER, "기도현"), (RRN, r), (PH, p), (MAIL, e)],
)

p1, p2 = mob(), land("031")
add(
    "ko",
    P,
    lines(
        "[사회복무요원 복무기관 변경 협의] 카톡 대화 내보내기",
        "2025년 4월 3일 오후 2:11, 복무관리 주무관 : 변재윤 요원 건 복지관 쪽 의견 받으셨어요?",
        f"2025년 4월 3일 오후 2:13, 복지관 팀장 : 네 받았습니다. 본인 번호 {p1}로 연락 주셔도 되고요",
        f"2025년 4월 3일 오후 2:14, 복지관 팀장 : 기관 번호는 {p2} 입니다",
        "2025년 4월 3일 오후 2:15, 복무관리 주무관 : 변재윤 요원 어머님 통원 사유라서 빨리 처리할게요",
    ),
    [(PER, "변재윤"), (PH, p1), (PH, p2), (PER, "변재윤")],
)

pth, e = pp("M"), "seojun.pyo@snu.ac.kr"
add(
    "en",
    P,
    lines(
        "Please check my English before I send this to the MMA overseas travel desk:",
        "",
        "I, Pyo Seo-jun (passport " + pth + "), request permission for short-term overseas travel",
        "from 1 to 28 August 2025 to attend the ICML workshop in Vancouver.",
        "I have not yet completed military service; my enlistment is scheduled for February 2026.",
        f"Please contact me at {e}.",
    ),
    [(PER, "Pyo Seo-jun"), (PASS, pth), (MAIL, e)],
)

add(
    "ko",
    N,
    lines(
        "병역판정검사 일정표 (지방병무청 공개 자료 발췌)",
        "검사장 | 기간 | 일일 인원",
        "제1검사장 | 2025-02-03 ~ 2025-03-28 | 320",
        "제2검사장 | 2025-04-01 ~ 2025-06-27 | 280",
        "병무민원상담소 1588-9090, 병역법 제11조",
    ),
    [],
)

# ================================================================ 해양경찰·어선 (승선원 명부, 해양사고 신고, 출입항)
r1, r2, a1 = rr("680930", 1), rr("720411", 1), ar("910812", 5)
add(
    "mixed",
    P,
    lines(
        "어선 출항 전 승선원 명부 정리 (제7대성호, 근해연승)",
        "no | 직책 | 성명 | 등록번호 | 국적",
        f"1 | 선장 | 구만석 | {r1} | KOR",
        f"2 | 기관장 | 은정태 | {r2} | KOR",
        f"3 | 선원 | SETIAWAN BUDI | {a1} | IDN",
        "4 | 선원 | NURHADI | 여권 B7734120 | IDN (외국인등록 신청 중)",
    ),
    [(PER, "구만석"), (RRN, r1), (PER, "은정태"), (RRN, r2), (PER, "SETIAWAN BUDI"), (ARN, a1), (PER, "NURHADI")],
)

p = mob()
add(
    "ko",
    P,
    lines(
        "(122 신고 녹취 STT, 자동 변환)",
        "신고자: 여기 방파제 끝에 사람이 빠졌어요 빨리요",
        "접수자: 위치 어디세요 선생님",
        "신고자: 무슬목 해변 옆 방파제요 저는 육지민이고요 빠진 사람은 일행 성태호",
        f"접수자: 신고자분 번호 {p} 맞으시죠 끊지 말고 기다리세요",
    ),
    [(PER, "육지민"), (PER, "성태호"), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "출입항 신고 시스템 점검 결과",
        "- 선박번호 9507012-6485402 등 12척 AIS 신호 누락",
        "- 어선법 제5조의2, 해양경비법 제14조",
        "- 해양경찰 긴급신고 122, 조치 완료 2025-04-11 16:20",
        "- 시스템 버전 3.14.2.7 → 3.14.3.0 패치",
    ),
    [],
)


# ================================================================ 국가보훈부 (보훈급여 계좌, 유족 등록, 안장 신청)
r, a = rr("490317", 1), acct("국민")
add(
    "ko",
    P,
    lines(
        "보훈급여금 지급계좌 변경신청서 내용 옮겨 적습니다.",
        "국가유공자 성명: 남궁택수 (보훈번호 11-045732 / 주민등록번호 " + r + ")",
        f"변경 후 계좌: 국민은행 {a}, 예금주 남궁택수",
        "사유: 기존 계좌 압류 우려 → 압류방지 전용계좌로 변경",
    ),
    [(PER, "남궁택수"), (RRN, r), (ACC, a), (PER, "남궁택수")],
)

r1, r2, p = rr("520109", 2), rr("780425", 1), mob()
add(
    "ko",
    P,
    lines(
        "유족 등록 신청 상담일지",
        "- 고인: 전몰군경 故 금영식 (1972년 사망)",
        f"- 신청인: 배우자 석정희({r1}), 대리인 장남 금현우({r2})",
        f"- 대리인 연락처 {p}",
        "- 필요서류: 가족관계증명서, 혼인관계증명서 → 석정희 님 거동 불편하여 방문 접수 희망",
    ),
    [(PER, "금영식"), (PER, "석정희"), (RRN, r1), (PER, "금현우"), (RRN, r2), (PH, p), (PER, "석정희")],
)

add(
    "ko",
    N,
    lines(
        "6월 호국보훈의 달 카드뉴스 문구 추천해줘",
        "- 주제: 안중근 의사, 유관순 열사, 윤봉길 의사의 생애",
        "- 국립서울현충원 참배 시간 06:00~18:00",
        "- 보훈상담센터 1577-0606",
        "- 국가유공자 등 예우 및 지원에 관한 법률 제4조",
    ),
    [],
)

# ================================================================ 어린이집 입소·보육료 (대기 명단, 비상연락망, 바우처)
k1, k2, k3 = rn("220506", 3), rn("230114", 4), rr("200825", 4)
m1, m2, m3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "입소 대기 명단(만 2세반) - 원장님 보고용으로 순번대로 정리해줘",
        "순번,원아명,주민등록번호,보호자,보호자 연락처,우선순위",
        f"1,도하람,{k1},도승우,{m1},맞벌이",
        f"2,채시아,{k2},채민경,{m2},다자녀",
        f"3,위서준,{k3},위태양,{m3},일반",
    ),
    [
        (PER, "도하람"),
        (RRN, k1),
        (PER, "도승우"),
        (PH, m1),
        (PER, "채시아"),
        (RRN, k2),
        (PER, "채민경"),
        (PH, m2),
        (PER, "위서준"),
        (RRN, k3),
        (PER, "위태양"),
        (PH, m3),
    ],
)

m1, m2 = mob(), voip()
add(
    "ko",
    P,
    lines(
        "햇살반 비상연락망 (4월 갱신)",
        f"· 모은재 - 엄마 {m1} / 아빠 회사 {m2}",
        "· 알레르기: 땅콩, 복숭아",
        "· 하원 시 할머니(피순자) 인계 가능",
        "모은재 어머님이 번호 바뀌었다고 하셔서 위에 반영했어요.",
    ),
    [(PER, "모은재"), (PH, m1), (PH, m2), (PER, "피순자"), (PER, "모은재")],
)

c, r = cc("4"), rr("900903", 2)
add(
    "ko",
    P,
    lines(
        "아이행복카드 재발급 신청 관련 문의가 왔는데 답변 초안 써줘.",
        f"보호자 탁지현({r}) 님, 기존 카드번호 {c} 분실 신고 완료.",
        "보육료 결제일 전 재발급 가능 여부 문의.",
    ),
    [(PER, "탁지현"), (RRN, r), (CARD, c)],
)

add(
    "ko",
    N,
    lines(
        "2025년 보육료 지원단가 (보건복지부 보육사업안내)",
        "만0세반 584,000원 / 만1세반 515,000원 / 만2세반 426,000원",
        "정원 20명 이하 시설 기준, 시행일 2025-03-01",
        "아이사랑 보육포털 콜센터 1566-3232",
    ),
    [],
)

# ================================================================ 공공도서관 (상호대차, 연체, 희망도서, 대출 로그)
p, e = mob(), "bora.yeom77@hanmail.net"
add(
    "ko",
    P,
    lines(
        "상호대차 신청 누락 건 회신 메일 써 주세요",
        "",
        "신청자: 염보라 (회원번호 2019-004417)",
        f"연락처: {p}, {e}",
        f"신청도서: 『작별하지 않는다』 ISBN {isbn13('978-89-546-8236')}",
        "수령 희망 도서관: 분관(도담도서관)",
    ),
    [(PER, "염보라"), (PH, p), (MAIL, e)],
)

ips = [priv_ip() for _ in range(2)]
add(
    "mixed",
    P,
    lines(
        "도서관 좌석예약 키오스크 로그에서 이상한 거 찾아줘",
        f"[2025-04-10 10:02:13] kiosk-03 ({ips[0]}) LOGIN card=2019004417 name=염보라 seat=B-21",
        f"[2025-04-10 10:02:15] kiosk-03 ({ips[0]}) RESERVE seat=B-21 ok",
        f"[2025-04-10 10:05:40] kiosk-07 ({ips[1]}) LOGIN card=2019004417 name=염보라 seat=C-04",
        "같은 회원이 3분 만에 다른 층 키오스크에서 로그인했어요.",
    ),
    [(IP, ips[0]), (PER, "염보라"), (IP, ips[0]), (IP, ips[1]), (PER, "염보라")],
)

add(
    "ko",
    N,
    lines(
        "이번 달 희망도서 구입 목록 정리",
        f"1. 소년이 온다 / 한강 / 창비 / ISBN {isbn13('978-89-364-3413')}",
        f"2. 불편한 편의점 / 김호연 / 나무옆의자 / ISBN {isbn13('979-11-6157-052')}",
        f"3. 정기간행물 『도서관문화』 ISSN {issn('1228703')}",
        "청구기호 813.7-한15ㅅ, 813.7-김95ㅂ",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Can you summarise the overdue policy below for our English-speaking members?",
        "Loan period: 14 days, one renewal of 7 days. Overdue items block borrowing for the same number of days.",
        f"Example: item 0012004518 (ISBN {isbn13('978-0-14-303943')}) returned 5 days late -> 5-day suspension.",
        "Questions: library help desk, ext. 2201.",
    ),
    [],
)

# ================================================================ 여행사 패키지 (여권 명단, 비자 대행, rooming list)
pa, pb, pc = pp_new("M"), pp("M"), pp_new("M")
add(
    "ko",
    P,
    lines(
        "다낭 3박5일 단체(학부모회) 여권 명단 - 항공사 제출 전 영문 성명 철자 확인 부탁",
        "NO\t한글성명\t영문성명\t여권번호\t만료일",
        f"1\t엄수진\tEOM SUJIN\t{pa}\t2033-07-21",
        f"2\t견태오\tGYEON TAEO\t{pb}\t2029-11-02",
        f"3\t소하윤\tSO HAYUN\t{pc}\t2034-01-15",
    ),
    [
        (PER, "엄수진"),
        (PER, "EOM SUJIN"),
        (PASS, pa),
        (PER, "견태오"),
        (PER, "GYEON TAEO"),
        (PASS, pb),
        (PER, "소하윤"),
        (PER, "SO HAYUN"),
        (PASS, pc),
    ],
)

pa, e = pp("M"), "tour.ops@haneultour.co.kr"
add(
    "en",
    P,
    lines(
        "Dear Reservations, Grand Mercure Da Nang,",
        "Please find the rooming list for group HNT-0525 (check-in 22 May):",
        f"Room 1 TWN: Mr. Gyeon Taeo (passport {pa}) / Ms. Eom Sujin",
        "Room 2 SGL: Ms. So Hayun - late arrival, flight VJ881 lands 23:40",
        f"Kindly confirm to {e}.",
    ),
    [(PER, "Gyeon Taeo"), (PASS, pa), (PER, "Eom Sujin"), (PER, "So Hayun"), (MAIL, e)],
)

r, pa, p = rr("610704", 2), pp("M"), mob()
add(
    "ko",
    P,
    lines(
        "중국 단체비자 신청서 대행 입력값 (고객 전화로 받음)",
        f"성명 엽숙자 / 주민번호 {r} / 여권 {pa} / 직업 주부",
        f"비상연락처 {p} (딸 엽지원)",
        "본적지 입력칸은 빈칸으로 둬도 되는지 영사관 확인 필요",
    ),
    [(PER, "엽숙자"), (RRN, r), (PASS, pa), (PH, p), (PER, "엽지원")],
)

add(
    "en",
    N,
    lines(
        "Itinerary draft for the Hue + Hoi An add-on:",
        "Day 1 VN1544 SGN 07:10 -> HUI 08:35, booking ref 5KQ7ZL",
        "Day 2 Imperial City, tickets 200,000 VND pp",
        "Day 3 transfer to Hoi An, voucher HNT-0525-03",
        "Emergencies: message the tour leader in the group chat, not the hotel desk.",
    ),
    [],
)


# ================================================================ 렌터카 (면허 확인, 사고 면책, 국제면허)
d1, d2, p = dl("제주", named=True), dl("경기"), mob()
add(
    "ko",
    P,
    lines(
        "제주 지점 대여계약서 입력 내용인데 제2운전자 등록 가능한지 봐줘",
        f"제1운전자: 인준혁 / 면허번호 {d1} / 연락처 {p}",
        f"제2운전자: 인채원 / 면허번호 {d2} / 면허 취득 2024.11 (1년 미만)",
        "차종 아반떼 CN7, 대여 5/2 10:00 ~ 5/5 18:00, 완전자차 가입",
    ),
    [(PER, "인준혁"), (DLIC, d1), (PH, p), (PER, "인채원"), (DLIC, d2)],
)

d, c = dl("부산"), cc("53")
add(
    "mixed",
    P,
    lines(
        "사고 면책금 청구 메일 번역 좀 (고객이 외국 거주 교포)",
        "",
        "고객명: 주경민 (Kyungmin Joo)",
        f"운전면허: {d}",
        f"결제카드: {c}",
        "사고일시: 2025-03-29 16:40, 부산 해운대구 주차장 내 후진 중 기둥 접촉",
        "면책금 300,000원 자동 청구 예정이라고 영어로 정중하게 안내해 주세요.",
    ),
    [(PER, "주경민"), (PER, "Kyungmin Joo"), (DLIC, d), (CARD, c)],
)

e = "m.schultz@posteo.de"
add(
    "en",
    P,
    lines(
        "Customer message from the web form, please draft a reply:",
        '"Hello, I will arrive at Incheon on 3 June and want to rent a car for two weeks.',
        "I have a German licence and an International Driving Permit (1949 convention). Is that enough?",
        f'My name is Markus Schultz, email {e}. Thanks!"',
    ),
    [(PER, "Markus Schultz"), (MAIL, e)],
)

add(
    "ko",
    N,
    lines(
        "렌터카 반납 체크리스트 (지점 공용)",
        "- 차량번호 123허4567, 주행거리 48,213km, 연료 7/8",
        "- 하이패스 단말기 번호 HP-2201-0488",
        "- 자동차대여사업 표준약관 제12조",
        "- 고객센터 1899-0000 (24시간)",
    ),
    [],
)

# ================================================================ 게임사 고객센터 (계정 도용, 환불, 결제 카드)
ip1, ip2, e = pub_ip(), pub_ip(), "dkdlel0311@nate.com"
add(
    "mixed",
    P,
    lines(
        "계정 도용 신고 티켓 #GS-558210 로그 요약해서 답변 초안 써줘",
        f"2025-04-12 02:13:55 login ok acct={e} ip={ip1} geo=KR device=Android",
        f"2025-04-12 02:41:07 login ok acct={e} ip={ip2} geo=VN device=Windows",
        "2025-04-12 02:43:30 item.transfer 전설 무기 3종 → 캐릭터 '달빛도적'",
        "신고자 본명 곽예린, 최초 가입 2016년. 2차 인증 미설정.",
    ),
    [(MAIL, e), (IP, ip1), (MAIL, e), (IP, ip2), (PER, "곽예린")],
)

c, r, p = cc("4", sep=" "), rr("080919", 3), mob()
add(
    "ko",
    P,
    lines(
        "미성년자 결제 취소 요청 건",
        f"- 법정대리인: 부 마정훈 ({p})",
        f"- 미성년자: 마시우, 주민등록번호 {r}",
        f"- 결제수단: 신용카드 {c} (부친 명의)",
        "- 3월 결제 18건, 합계 1,284,000원. 민법 제5조 근거 취소 요청",
    ),
    [(PER, "마정훈"), (PH, p), (PER, "마시우"), (RRN, r), (CARD, c)],
)

add(
    "en",
    N,
    lines(
        "Patch notes draft, please polish:",
        "v2.48.1.3 (build 20250415.2) - fixed a crash when opening guild storage",
        "Server maintenance 2025-04-16 06:00-10:00 KST, ticket references GS-558210 to GS-558230 will be answered afterwards",
        "Known issue: error code 0x80070005 on Windows 11 24H2",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "이벤트 쿠폰 번호 형식이 주민번호처럼 보인다고 민원이 들어왔어요. 안내 문구 만들어 주세요.",
        "예시 쿠폰: 250415-7731904 (발급일자-일련번호)",
        "쿠폰은 2025년 4월 15일 발급분으로 개인정보와 무관합니다.",
    ),
    [],
)

# ================================================================ 교정본부 (접견 예약, 영치금, 변호인 접견)
r, p = rr("640228", 2), mob()
add(
    "ko",
    P,
    lines(
        "가족 접견 예약 변경 요청 (민원실 메모)",
        "수용자: 수용번호 2318 / 성명 우태식",
        f"접견 신청인: 모친 염옥자, 주민번호 {r}, 연락처 {p}",
        "변경 희망: 4/18(금) 오전 → 4/21(월) 오후",
        "염옥자 님 휠체어 이용, 장애인 접견실 배정 요청",
    ),
    [(PER, "우태식"), (PER, "염옥자"), (RRN, r), (PH, p), (PER, "염옥자")],
)

a = acct("우체국")
add(
    "ko",
    P,
    f"영치금 입금 안내 문자 초안: [○○교도소] 수용자 봉민재 영치금은 가상계좌가 아닌 우체국 {a}(예금주 ○○교도소)로 입금 바랍니다. 입금자명에 수용번호 4471 기재 필수.",
    [(PER, "봉민재"), (ACC, a)],
)

e, p = "yjcho.law@daehanlaw.kr", land("02")
add(
    "mixed",
    P,
    lines(
        "변호인 접견 신청 메일 (법무법인 대한)",
        "To: 교정시설 민원실",
        "변호사 조예진 (등록번호 제21877호) / 수용자 우태식 사건 (2025고합117)",
        "접견 희망일: 2025-04-22 14:00, 통역 불필요",
        f"회신: {e} / {p}",
    ),
    [(PER, "조예진"), (PER, "우태식"), (MAIL, e), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "형의 집행 및 수용자의 처우에 관한 법률 제41조(접견) 요약해줘.",
        "참고: 같은 법 시행령 제58조, 법무부 예규 제1287호",
        "접견 시간 30분 이내, 월 4회 (미결수용자는 매일)",
        "민원 안내는 법무부 대표 민원 콜센터 1577-2584",
    ),
    [],
)

# ================================================================ 산림청 (산불감시원 채용, 숲해설가 교육, 드론)
r1, r2, a1, a2 = rr("590511", 1), rr("621119", 1), acct("농협"), acct("신협")
add(
    "ko",
    P,
    lines(
        "산불감시원 최종 합격자 인건비 지급 명단 (한글 파일에서 복사)",
        "연번  성명    생년월일/주민번호       담당구역        지급계좌",
        f"1     편만수  {r1}        ○○면 3권역      농협 {a1}",
        f"2     명성길  {r2}        ○○면 5권역      신협 {a2}",
        "※ 명성길 님은 계좌 명의가 배우자로 되어 있어 본인 명의로 재요청함",
    ),
    [(PER, "편만수"), (RRN, r1), (ACC, a1), (PER, "명성길"), (RRN, r2), (ACC, a2), (PER, "명성길")],
)

e, p = "forestguide.yun@gmail.com", mob()
add(
    "ko",
    P,
    lines(
        "숲해설가 전문과정 수료증 재발급 요청 메일",
        "안녕하세요, 2022년 봄학기 수료한 윤슬기입니다. 이사하면서 수료증을 분실했습니다.",
        "우편 주소: 강원특별자치도 춘천시 퇴계로 89 101동 1202호",
        f"연락처 {p}, 회신은 {e}로 부탁드립니다.",
    ),
    [(PER, "윤슬기"), (LOC, "강원특별자치도 춘천시 퇴계로 89 101동 1202호"), (PH, p), (MAIL, e)],
)

add(
    "mixed",
    N,
    lines(
        "산불 감시 드론 비행 로그 요약 부탁",
        "FLIGHT 2025-04-09 13:02 UAV-07 lat 37.8813 lon 127.7298 alt 120m",
        "firmware 01.02.0604, RC link 5.8GHz ch 149",
        "hotspot detected at grid 52SDG 4120 8833, 산림보호법 제31조",
        "산불 신고 119 / 산림청 상황실 1688-3119",
    ),
    [],
)


# ================================================================ 예술인복지재단 (창작준비금, 예술활동증명, 해외 레지던시)
r, a, e = rr("930614", 2), acct("카카오뱅크"), "studio.hyeonseo@gmail.com"
add(
    "ko",
    P,
    lines(
        "창작준비금 신청서 자기소개 부분 다듬어 주세요. 아래 인적사항은 그냥 참고용이에요.",
        f"- 이름 설현서 / 주민번호 {r} / 분야: 시각예술(설치)",
        f"- 지원금 입금 계좌 카카오뱅크 {a}",
        f"- 이메일 {e}",
        "",
        "자기소개: 저는 버려진 산업 자재로 도시의 기억을 재구성하는 설치 작업을 해 왔습니다...",
    ),
    [(PER, "설현서"), (RRN, r), (ACC, a), (MAIL, e)],
)

pa, e = pp_new("M"), "jiho.ryu.sound@proton.me"
add(
    "en",
    P,
    lines(
        "Residency application - applicant details (please check grammar only):",
        "Full name: RYU JIHO",
        "Nationality: Republic of Korea, passport no. " + pa,
        "Discipline: sound art / field recording",
        "Proposed residency: Künstlerhaus Bethanien, Berlin, Sep-Nov 2025",
        "Contact: " + e,
    ),
    [(PER, "RYU JIHO"), (PASS, pa), (MAIL, e)],
)

b, p = bz(), mob()
add(
    "ko",
    P,
    lines(
        "예술활동증명 신청 중 '기획' 분야 증빙으로 낸 계약서 문구 확인 요청",
        f"갑: 극단 물결 (대표 성나래, 사업자등록번호 {b})",
        "을: 무대감독 채윤호",
        "계약기간 2024.09.01 ~ 2024.11.30, 공연명 <바다가 들린다>",
        f"을의 연락처 {p}",
    ),
    [(PER, "성나래"), (BRN, b), (PER, "채윤호"), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "2025 예술인 창작준비금 공고 요약",
        "- 지원금 300만원(1인), 선정 인원 약 20,000명",
        "- 접수 2025. 3. 4. ~ 3. 18., 예술인 복지법 제4조의4",
        "- 공고번호 KAWF-2025-002, 문의 1899-5001",
    ),
    [],
)

# ================================================================ 치과·약국 (임플란트 건보, 처방전 OCR, 조제 기록)
r, h = rr("560730", 1), hi()
add(
    "ko",
    P,
    lines(
        "임플란트 건강보험 적용 사전등록 서류 체크해줘",
        f"수진자: 공병철 / 주민등록번호 {r} / 건강보험증번호 {h}",
        "식립 부위 #36, #46 (평생 2개 한도 중 1개 기사용)",
        "요양기관: ○○치과의원, 담당의 은지혜",
    ),
    [(PER, "공병철"), (RRN, r), (HINS, h), (PER, "은지혜")],
)

r, h = rr("870213", 2), hid()
add(
    "ko",
    P,
    lines(
        "처방전 OCR 텍스트인데 약 이름 오인식 된 거 고쳐줘",
        "처 방 전   교부번호 20250411-00087",
        f"환자 성명 : 기소연   주민등록번호 : {r}",
        f"건강보험 증번호 : {h}",
        "처방의약품 : 아목시실린캡슐500mg 1C tid 5일 / 이부프로펜정200mg 1T tid 3일",
        "의료기관 : 하나이비인후과의원  처방의 : 봉현석",
    ),
    [(PER, "기소연"), (RRN, r), (HINS, h), (PER, "봉현석")],
)

p = mob()
add(
    "ko",
    P,
    lines(
        "약국 단톡방 인수인계 복사",
        "[오전 약사] 도정임 할머니 혈압약 조제분 찾으러 오시면 복약지도 꼭 해 주세요. 자몽주스 드신대요",
        f"[오전 약사] 보호자 아드님 번호 {p} 남겨뒀어요",
        "[오후 약사] 넵 도정임 님 오시면 전화드릴게요",
    ),
    [(PER, "도정임"), (PH, p), (PER, "도정임")],
)

add(
    "ko",
    N,
    lines(
        "의약품 코드 정리 (보험청구용)",
        f"아목시실린캡슐500mg  보험코드 645302140  표준코드 {ean13('880647600301')}",
        f"이부프로펜정200mg  보험코드 641900310  표준코드 {ean13('880631000112')}",
        "약사법 제24조, 요양급여의 적용기준 및 방법에 관한 세부사항 고시 제2025-45호",
    ),
    [],
)

add(
    "en",
    P,
    lines(
        "Pharmacy note to translate for a tourist:",
        "Dispensed to: Ms. Alicia Moreno (US passport, not recorded)",
        "Amoxicillin 500 mg, 1 capsule three times a day for 5 days, finish the whole course.",
        "If a rash appears, stop and call the pharmacist Mr. Ha at the counter number on the receipt.",
    ),
    [(PER, "Alicia Moreno"), (PER, "Ha")],
)

# ================================================================ 아파트 관리사무소 (관리비 이체, 주차, 층간소음, 선거)
a, r = acct("기업"), rr("750506", 1)
add(
    "ko",
    P,
    lines(
        "관리비 자동이체 신청서 수기 입력분 (3월 접수)",
        "동호수 : 108동 1701호",
        f"예금주 : 권상혁  생년월일/주민번호 : {r}",
        f"이체계좌 : IBK기업은행 {a}",
        "이체일 : 매월 25일",
    ),
    [(PER, "권상혁"), (RRN, r), (ACC, a)],
)

p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "방문차량 장기주차 민원 정리",
        f"- 신고자: 302동 801호 탁윤희 ({p1})",
        f"- 대상 차량: 47나 2291, 차주 연락처 {p2} (차량 유리 부착 번호)",
        "- 5일째 방문 등록 없이 주차, 관리규약 제61조에 따라 경고 스티커 부착 예정",
    ),
    [(PER, "탁윤희"), (PH, p1), (PH, p2)],
)

add(
    "ko",
    P,
    lines(
        "층간소음 중재 회의록 (관리사무소 3층 회의실)",
        "참석: 1203호 거주자 노경수, 1303호 거주자 하은별, 관리소장 맹진호",
        "노경수: 밤 11시 이후 의자 끄는 소리가 계속됩니다.",
        "하은별: 아이가 둘이라 최대한 매트 깔았어요. 시간대 기록 주시면 확인할게요.",
        "맹진호 소장: 2주간 소음 일지 작성 후 재협의.",
    ),
    [(PER, "노경수"), (PER, "하은별"), (PER, "맹진호"), (PER, "노경수"), (PER, "하은별"), (PER, "맹진호")],
)

add(
    "ko",
    N,
    lines(
        "4월 관리비 부과 내역 공지문 작성해줘",
        "일반관리비 38,420원 / 청소비 11,200원 / 승강기유지비 3,150원 / 장기수선충당금 21,870원",
        "납부기한 2025-05-25, 공동주택관리법 제23조",
        "관리사무소 내선 101, 고지서 번호 2504-108-1701",
    ),
    [],
)

# ================================================================ 은행 여신 (신용대출 심사, 전세자금, 영문 KYC)
r, b, a = rr("880322", 1), bz(), acct("하나")
add(
    "ko",
    P,
    lines(
        "신용대출 심사 메모 정리 부탁 (여신심사부 공유용)",
        f"차주: 옥재민({r}), 재직처 ㈜바람소프트({b}) 재직 4년 2개월",
        "연소득 6,200만원, DSR 31.4%, 기존 대출 2건",
        f"급여이체 계좌 하나 {a}",
        "특이사항: 옥재민 님 배우자 명의 주택담보대출 있음",
    ),
    [(PER, "옥재민"), (RRN, r), (BRN, b), (ACC, a), (PER, "옥재민")],
)

r1, p = rr("960115", 2), mob()
add(
    "ko",
    P,
    lines(
        "전세자금대출 서류 미비 안내 문자 써줘",
        f"고객: 선유나 ({p}) / 실명번호 {r1}",
        "임차 목적물: 인천광역시 연수구 송도과학로 16번길 33-2 702동 1504호",
        "미비 서류: 확정일자 받은 임대차계약서, 임대인 신분증 사본",
    ),
    [(PER, "선유나"), (PH, p), (RRN, r1), (LOC, "인천광역시 연수구 송도과학로 16번길 33-2 702동 1504호")],
)

c = cr("110111")
add(
    "en",
    P,
    lines(
        "KYC refresh - corporate client (please summarise in Korean for the RM):",
        "Entity: Hanbit Marine Logistics Co., Ltd., corporate registration no. " + c,
        "UBO: Mr. Ki Young-ho (62%), Ms. Ki Da-eun (38%)",
        "Registered office: 5F, 31 Jungang-daero, Jung-gu, Busan 48939, Republic of Korea",
        "Risk rating: medium (trade with high-risk jurisdictions)",
    ),
    [(CRN, c), (PER, "Ki Young-ho"), (PER, "Ki Da-eun"), (LOC, "5F, 31 Jungang-daero, Jung-gu, Busan 48939")],
)

add(
    "ko",
    N,
    lines(
        "가계대출 금리 안내 표 만들어줘",
        "신용대출(1년) 기준금리 3.02% + 가산금리 1.85% = 4.87%",
        "전세자금대출(2년) 3.65% ~ 4.90%",
        "여신거래기본약관 제3조, 금융소비자보호법 제19조",
        "상품코드 LN-2025-0417-03, 고객센터 1599-1111",
    ),
    [],
)

# ================================================================ 해외송금 (외국인 근로자 송금, 환전 영수증)
a1, a2, p = ar("950304", 6), acct("우리"), mob()
add(
    "mixed",
    P,
    lines(
        "해외송금 고객 정보 영문 번역 필요 (창구 → 본부 심사)",
        f"성명: NGUYEN THI HONG (응우옌 티 홍) / 외국인등록번호 {a1}",
        f"출금계좌: 우리 {a2} / 연락처 {p}",
        "수취인: 모친 PHAM THI LAN, Vietcombank, Hai Duong",
        "송금액 USD 1,500, 송금사유: 가족 생활비",
    ),
    [(PER, "NGUYEN THI HONG"), (PER, "응우옌 티 홍"), (ARN, a1), (ACC, a2), (PH, p), (PER, "PHAM THI LAN")],
)

a1 = ar("010920", 7)
add(
    "en",
    P,
    lines(
        "Can you explain this receipt to the customer in simple English?",
        "외화 환전 영수증 / Currency exchange receipt",
        f"Customer: RAHMAN MD ARIFUL, ARC {a1}",
        "KRW 650,000 -> BDT 54,210 @ 0.0834, fee waived",
        "Receipt no. FX-20250412-00315",
    ),
    [(PER, "RAHMAN MD ARIFUL"), (ARN, a1)],
)

add(
    "en",
    N,
    lines(
        "SWIFT field check for an outgoing remittance template:",
        ":20:FT25102ABCD1234",
        ":32A:250412USD1500,00",
        ":57A:BFTVVNVX",
        ":70:/INV/2025-04/0042",
        "Correspondent: Citibank N.A. New York, SWIFT CITIUS33",
    ),
    [],
)


# ================================================================ 한국장학재단 (학자금 대출, 근로장학, 가구원 동의)
r1, r2, r3 = rr("040816", 4), rr("700301", 1), rr("720919", 2)
add(
    "ko",
    P,
    lines(
        "국가장학금 가구원 정보제공 동의 안내 카톡 보내려는데 자연스럽게 고쳐줘",
        f"학생: 명하은({r1})",
        f"부: 명재곤({r2}) - 동의 완료",
        f"모: 지수경({r3}) - 미동의 → 공동인증서 없으셔서 휴대폰 인증으로 안내 필요",
    ),
    [(PER, "명하은"), (RRN, r1), (PER, "명재곤"), (RRN, r2), (PER, "지수경"), (RRN, r3)],
)

a, p = acct("케이뱅크"), mob()
add(
    "ko",
    P,
    lines(
        "근로장학생 근무일지 누락 확인 요청",
        "학생: 반시원 (학번 20231487), 근무처 중앙도서관 자료실",
        "3월 근무시간 38h 중 12h 미승인",
        f"장학금 입금계좌 케이뱅크 {a}, 연락처 {p}",
    ),
    [(PER, "반시원"), (ACC, a), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "학자금 대출 금리 및 상환 안내 (2025-1학기)",
        "· 취업 후 상환 학자금대출 금리 1.7%, 일반 상환 1.7%",
        "· 한국장학재단 설립 등에 관한 법률 제24조의2",
        "· 대출 신청 기간 2025. 1. 20. ~ 5. 13.",
        "· 재단 상담센터 1599-2000",
    ),
    [],
)

# ================================================================ 경찰 유실물센터 (습득물 인계, 분실 신고)
p, r = mob(), rr("991027", 1)
add(
    "ko",
    P,
    lines(
        "습득물 인계 기록 옮김 (지구대 → 유실물센터)",
        "습득일시 2025.04.13 22:10, 습득장소 시내버스 402번 뒷좌석",
        f"습득물: 지갑(검정) - 안에 주민등록증 1매(성명 구태민, {r}), 신용카드 2매, 현금 43,000원",
        f"습득자: 버스기사 최봉주 ({p})",
        "습득자 보상금 청구 의사 있음",
    ),
    [(PER, "구태민"), (RRN, r), (PER, "최봉주"), (PH, p)],
)

pa, e = pp("M"), "s.kwak.travels@outlook.com"
add(
    "en",
    P,
    lines(
        "Lost property report (submitted online, English form)",
        "Name: Kwak Sena",
        "Item: Korean passport, no. " + pa + ", and a brown leather card holder",
        "Where: Seoul Station, AREX platform, around 18:30 on 12 April",
        "Reply to: " + e,
    ),
    [(PER, "Kwak Sena"), (PASS, pa), (MAIL, e)],
)

add(
    "ko",
    N,
    lines(
        "유실물법 요약 부탁해",
        "- 유실물법 제4조(보상금): 물건 가액의 5~20%",
        "- 습득물 공고 기간 6개월 (2025-04-14 공고분, 공고번호 2025-0041872)",
        "- 경찰청 유실물 통합포털 lost112, 민원 182",
    ),
    [],
)

# ================================================================ 교통카드 환불 (잔액 환불, 분실 카드)
c, a = cc("4"), acct("부산")
add(
    "ko",
    P,
    lines(
        "후불교통카드 이중 차감 환불 요청 메일 요약",
        "보낸 사람: 문경호",
        f"카드: {c} (후불 교통 기능 탑재 신용카드)",
        "일자: 4/8 08:12 부산 도시철도 서면역 승차 2회 차감",
        f"환불 계좌: 부산은행 {a}",
    ),
    [(PER, "문경호"), (CARD, c), (ACC, a)],
)

add(
    "ko",
    N,
    lines(
        "선불 교통카드 잔액 환불 수수료 안내",
        "카드번호 1010-0000-1234-5678 형식 예시는 실제 카드가 아닙니다.",
        "잔액 2만원 이하 편의점 환불 수수료 500원, 본사 계좌 환불 시 수수료 없음",
        "고객센터 1644-0088",
    ),
    [],
)

# ================================================================ 스타트업 채용 ATS (이력서 파싱, 면접 일정, 레퍼런스)
e, p = "jaewon.seok.dev@gmail.com", mob()
add(
    "mixed",
    P,
    lines(
        "이력서 파싱 결과가 이상해요. name 필드가 비었는데 원인 찾아줘",
        "```json",
        js(
            {
                "candidate_id": "cand_8f21c",
                "name": "",
                "raw_header": "석재원 | Backend Engineer | " + e + " | " + p,
                "address": "경기도 성남시 분당구 판교역로 166 3층",
                "skills": ["Kotlin", "Spring", "Kafka"],
            }
        ),
        "```",
    ),
    [(PER, "석재원"), (MAIL, e), (PH, p), (LOC, "경기도 성남시 분당구 판교역로 166 3층")],
)

add(
    "mixed",
    P,
    lines(
        "#hiring-backend 슬랙 스레드 요약해줘",
        "minji.k  10:02  내일 2차 면접 석재원 님 14시 맞죠? 면접관 저랑 도윤님",
        "doyoon  10:05  네 그리고 지난주 지원한 Priya Raman 님은 비자 스폰서 필요하다고 하네요",
        "minji.k  10:06  Priya 님은 HR이랑 먼저 얘기해볼게요",
    ),
    [(PER, "석재원"), (PER, "도윤"), (PER, "Priya Raman"), (PER, "Priya")],
)

e1, p1 = "h.lindqvist@nordvik.se", "+46 70 412 88 31"
add(
    "en",
    P,
    lines(
        "Reference check notes - candidate Seok Jaewon",
        "Referee: Henrik Lindqvist, former engineering manager at Nordvik AB",
        f"Contact: {e1}, {p1}",
        "Summary: strong on distributed systems, needs support with stakeholder communication.",
        "Henrik would rehire him.",
    ),
    [(PER, "Seok Jaewon"), (PER, "Henrik Lindqvist"), (MAIL, e1), (PH, p1), (PER, "Henrik")],
)

add(
    "en",
    N,
    lines(
        "Job post draft - Backend Engineer (Payments)",
        "Stack: Kotlin 2.1.0, Spring Boot 3.4.4, PostgreSQL 16.8",
        "Salary band KRW 70M-95M, requisition REQ-2025-0188",
        "Apply at careers page; questions: jobs@example.com",
    ),
    [],
)

# ================================================================ 상조·장례식장 (빈소 안내, 부의금 계좌, 상조 해지)
a, p = acct("농협"), mob()
add(
    "ko",
    P,
    lines(
        "부고 문자 다듬어 줘",
        "[부고] 영업2팀 반지성 과장님 부친상",
        "故 반용팔 님께서 별세하셨기에 삼가 알려드립니다.",
        "빈소: 대구광역시 달서구 구마로 240 ○○장례식장 특실 3호",
        "발인: 4월 17일(목) 07:00",
        f"마음 전하실 곳: 농협 {a} (상주 반지성)",
        f"연락처: {p}",
    ),
    [(PER, "반지성"), (PER, "반용팔"), (LOC, "대구광역시 달서구 구마로 240"), (ACC, a), (PER, "반지성"), (PH, p)],
)

r, c = rr("580612", 2), cc("52")
add(
    "ko",
    P,
    lines(
        "상조 해지 환급금 계산해줘",
        f"가입자 어정순({r}), 상품 '효도 360', 월 33,000원 × 87회 납입",
        f"납입 카드 {c} 자동결제 중지 요청",
        "할부거래법 시행령 해약환급금 기준 적용",
    ),
    [(PER, "어정순"), (RRN, r), (CARD, c)],
)

add(
    "ko",
    N,
    lines(
        "장례식장 이용 요금표 정리",
        "특실(100평) 1일 1,200,000원 / 1호실(60평) 750,000원",
        "안치료 1일 100,000원, 입관실 사용료 200,000원",
        "장사 등에 관한 법률 제29조, 가격표 게시 의무",
        "상담 1588-4444",
    ),
    [],
)


# ================================================================ 통신사 대리점 (번호이동, 미납 요금, 명의도용)
r, p_old, c = rr("810407", 1), mob(), cc("4")
add(
    "ko",
    P,
    lines(
        "번호이동 개통 신청서 (대리점 태블릿 입력값 복사)",
        f"가입자명: 함영재 / 실명확인 {r}",
        f"이동 전 번호: {p_old} (타사)",
        f"요금 납부: 신용카드 {c} 자동납부",
        "설치 주소: 광주광역시 북구 첨단과기로 123 205동 701호",
    ),
    [(PER, "함영재"), (RRN, r), (PH, p_old), (CARD, c), (LOC, "광주광역시 북구 첨단과기로 123 205동 701호")],
)

p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "명의도용 신고 접수 내용 정리해서 보고서 형식으로",
        "신고인 표은서 씨 명의로 본인 모르게 3회선 개통됨 (2025.02 ~ 03)",
        f"- {p1} (2/14 개통, 온라인)",
        f"- {p2} (2/27 개통, 대리점 B)",
        f"- {p3} (3/05 개통, 대리점 B)",
        "신고인 본인 번호는 아직 안 받았음. 경찰 신고 접수증 제출 예정.",
    ),
    [(PER, "표은서"), (PH, p1), (PH, p2), (PH, p3)],
)

add(
    "ko",
    N,
    lines(
        "요금제 비교표 만들어줘",
        "5G 슬림 55,000원 (데이터 12GB) / 5G 베이직 69,000원 (데이터 110GB)",
        "선택약정 25% 할인, 약정 24개월",
        "전기통신사업법 제32조의7, 단말기 모델 SM-S931N / SM-S936N",
        "고객센터 114",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Roaming FAQ for the website (please proofread):",
        "Q. How do I call Korea from abroad? A. Dial +82 then the number without the leading 0, e.g. +82 10 0000 0000.",
        "Q. Emergency in Korea? A. Police 112, fire and ambulance 119, tourist hotline 1330.",
        "Q. Roaming pass price? A. KRW 29,000 for 7 days, 6 GB.",
    ),
    [],
)

# ================================================================ 국립공원 캠핑장 예약 (예약 명단, 환불, 영문 문의)
p1, p2, e1 = mob(), mob(), "campingdad.ahn@naver.com"
add(
    "ko",
    P,
    lines(
        "야영장 예약자 명단 (5/3~5/4) - 우천 취소 안내 문자 돌릴 대상만 뽑아줘",
        "사이트,예약자,연락처,이메일,인원,차량",
        f"A-07,안성범,{p1},{e1},4,12가3456",
        f"A-08,길다솜,{p2},,2,없음",
        "B-11,(단체) 청소년수련관,대표번호 안내,,18,버스",
    ),
    [(PER, "안성범"), (PH, p1), (MAIL, e1), (PER, "길다솜"), (PH, p2)],
)

a, p = acct("대구"), mob()
add(
    "ko",
    P,
    f"환불 요청 왔어: '예약번호 NP250503-0711 예약자 왕소영입니다. 아이가 아파서 취소했는데 카드 결제가 아니라 무통장이라 대구은행 {a}로 환불 부탁드려요. 연락은 {p}로 주세요.' → 위약금 규정 적용해서 답장 써줘",
    [(PER, "왕소영"), (ACC, a), (PH, p)],
)

e = "claire.dubois@orange.fr"
add(
    "en",
    P,
    lines(
        "From: Claire Dubois <" + e + ">",
        "Subject: Jirisan shelter booking for two foreigners",
        "",
        "Hello, my partner Tomas Novak and I would like to stay at Jangteomok shelter on 10 May.",
        "We do not have a Korean phone number. Is it possible to book with a foreign card?",
    ),
    [(PER, "Claire Dubois"), (MAIL, e), (PER, "Tomas Novak")],
)

add(
    "ko",
    N,
    lines(
        "국립공원 대피소 예약 규정",
        "- 예약 오픈: 매월 1일, 15일 10:00 (2주 단위)",
        "- 1인 최대 4명까지, 위약금 이용 2일 전 50%",
        "- 자연공원법 제37조, 공원 입장 시간 04:00~",
        "- 국립공원공단 예약 상담 1670-9201",
    ),
    [],
)

# ================================================================ 세무사 사무소 (법인세, 기장 대행, 원천세)
b1, c1, r = bz(), cr("134511"), rr("690815", 1)
add(
    "ko",
    P,
    lines(
        "법인세 신고 전 기초자료 확인 (세무법인 ○○ 기장팀)",
        f"법인명 ㈜새벽베이커리 / 사업자등록번호 {b1} / 법인등록번호 {c1}",
        f"대표이사 국종훈 ({r})",
        "사업연도 2024.01.01 ~ 2024.12.31, 결산 수정 분개 3건 남음",
    ),
    [(BRN, b1), (CRN, c1), (PER, "국종훈"), (RRN, r)],
)

rows2 = [
    ("제이슨 박", rr("850109", 1), "2,800,000"),
    ("라윤하", rr("010302", 4), "1,950,000"),
    ("TRAN VAN LONG", ar("930715", 5), "2,300,000"),
]
add(
    "mixed",
    P,
    lines(
        "원천세 신고용 사업소득자 명단 - 3.3% 세액 계산 맞는지 검토",
        "성명\t주민(외국인)등록번호\t지급액",
        *[f"{n}\t{v}\t{amt}" for n, v, amt in rows2],
    ),
    [
        (PER, "제이슨 박"),
        (RRN, rows2[0][1]),
        (PER, "라윤하"),
        (RRN, rows2[1][1]),
        (PER, "TRAN VAN LONG"),
        (ARN, rows2[2][1]),
    ],
)

add(
    "ko",
    N,
    lines(
        "부가가치세 신고 기한 정리",
        "- 2025년 1기 확정신고: 2025. 7. 1. ~ 7. 25.",
        "- 부가가치세법 제49조, 국세기본법 제47조의2(무신고가산세)",
        "- 전자세금계산서 승인번호 20250415-41000012-7c9e2d1a 형식",
    ),
    [],
)

# ================================================================ SaaS 보안관제 (WAF, VPN, 계정 탈취)
ip1, ip2, ip3 = pub_ip(), priv_ip(), priv_ip()
add(
    "en",
    P,
    lines(
        "SOC ticket INC-44172 - please write the customer-facing summary",
        f"2025-04-14T03:11:09Z WAF block rule=SQLi-942100 src={ip1} dst={ip2}:443 uri=/api/v1/members?id=1%27%20OR%201=1",
        f"2025-04-14T03:11:12Z WAF block rule=SQLi-942100 src={ip1} dst={ip2}:443",
        f"2025-04-14T03:12:40Z EDR alert host=web-02 ({ip3}) process=curl parent=php-fpm",
    ),
    [(IP, ip1), (IP, ip2), (IP, ip1), (IP, ip2), (IP, ip3)],
)

ip1, e = pub_ip(), "sunwoo.kang@hyunsung-eng.co.kr"
add(
    "mixed",
    P,
    lines(
        "VPN 이상 로그인 알림 메일 초안",
        "수신: 강선우 책임 (" + e + ")",
        f"2025-04-15 01:47 (KST) 계정 sunwoo.kang 이 {ip1} (해외, 네덜란드)에서 VPN 접속 성공",
        "본인 접속이 아니면 즉시 비밀번호 변경 후 보안팀 내선 4119로 연락 바랍니다.",
    ),
    [(PER, "강선우"), (MAIL, e), (IP, ip1)],
)

add(
    "en",
    N,
    lines(
        "Firewall change request FW-2025-0931",
        "allow 10.20.0.0/16 -> 10.30.4.0/24 tcp/5432",
        "deny 0.0.0.0/0 -> 10.30.4.0/24 any",
        "test from 192.0.2.10 and 198.51.100.23 (documentation ranges) before rollout",
        "NTP 127.0.0.1, image nginx:1.27.4-alpine, CVE-2025-23419",
    ),
    [],
)

# ================================================================ 결혼정보회사 (회원 프로필, 매칭 메모)
r, p, e = rr("920505", 2), mob(), "yoonah92@kakao.com"
add(
    "ko",
    P,
    lines(
        "회원 프로필 소개글 좀 예쁘게 써줘 (내부 정보는 빼고)",
        f"[내부] 회원 탁윤아 / {r} / {p} / {e}",
        "[내부] 가입 등급 골드, 담당 매니저 소지민",
        "[소개용] 33세, 초등학교 교사, 주말엔 등산과 베이킹, 반려견 한 마리",
    ),
    [(PER, "탁윤아"), (RRN, r), (PH, p), (MAIL, e), (PER, "소지민")],
)

add(
    "ko",
    P,
    lines(
        "매칭 후기 정리 (3월)",
        "- 남궁현 회원 ↔ 탁윤아 회원: 2회 만남, 남궁현 회원 측 '대화가 편했다'",
        "- 탁윤아 회원 측 '시간 약속 자주 변경' 피드백 → 소지민 매니저가 조율 예정",
    ),
    [(PER, "남궁현"), (PER, "탁윤아"), (PER, "남궁현"), (PER, "탁윤아"), (PER, "소지민")],
)


# ================================================================ 건설현장 출역 (일용근로자 명부, 퇴직공제, 안전교육)
crew = [
    ("봉길수", rr("660902", 1), acct("농협")),
    ("TSEND BAT-ERDENE", ar("880611", 5), acct("하나")),
    ("음재석", rr("710128", 1), acct("국민")),
]
add(
    "mixed",
    P,
    lines(
        "4월 2주차 출역 명부 (형틀팀) - 노무비 지급 전 계좌 확인",
        "이름,등록번호,직종,출역일수,노임 입금계좌",
        *[f"{n},{v},형틀목공,{5 + i},{a}" for i, (n, v, a) in enumerate(crew)],
        "※ TSEND BAT-ERDENE 씨 계좌는 본인 명의 확인 완료",
    ),
    [
        (PER, "봉길수"),
        (RRN, crew[0][1]),
        (ACC, crew[0][2]),
        (PER, "TSEND BAT-ERDENE"),
        (ARN, crew[1][1]),
        (ACC, crew[1][2]),
        (PER, "음재석"),
        (RRN, crew[2][1]),
        (ACC, crew[2][2]),
        (PER, "TSEND BAT-ERDENE"),
    ],
)

r, p = rr("630315", 1), mob()
add(
    "ko",
    P,
    lines(
        "건설근로자 퇴직공제금 청구 대리 요청 문의 답변 써줘",
        f"'아버지 차덕만({r})이 현장 일을 그만두셨는데 퇴직공제금을 제가 대신 청구할 수 있나요? 아버지는 요양병원에 계십니다. 제 번호는 {p}입니다. - 아들 차민규'",
    ),
    [(PER, "차덕만"), (RRN, r), (PH, p), (PER, "차민규")],
)

add(
    "ko",
    N,
    lines(
        "신규 채용자 안전보건교육 일정",
        "- 산업안전보건법 제29조, 시행규칙 별표 4: 건설 일용근로자 4시간",
        "- 교육일 2025-04-21(월) 07:00 현장 식당, 교안 버전 v3.2",
        "- 현장 코드 SITE-2025-017, 공사명 ○○지구 공동주택 신축공사",
    ),
    [],
)

# ================================================================ 전세사기 피해지원 (피해자 결정 신청, 긴급 주거)
r, p, a = rr("940720", 1), mob(), acct("토스뱅크")
add(
    "ko",
    P,
    lines(
        "전세사기 피해자 결정 신청서 작성 도와주세요",
        f"신청인: 위건호 ({r})",
        "임차주택: 서울특별시 강서구 화곡로 68길 15 402호",
        "보증금 2억 1천만원, 임대인 연락두절(2024.12~), 경매개시결정 2025.02.11",
        f"연락처 {p}, 긴급 생계비 입금 계좌 토스뱅크 {a}",
    ),
    [(PER, "위건호"), (RRN, r), (LOC, "서울특별시 강서구 화곡로 68길 15 402호"), (PH, p), (ACC, a)],
)

add(
    "ko",
    P,
    lines(
        "피해자 모임 단톡 공지 요약해줘",
        "방장: 다음 주 화요일 19시 구청 대회의실에서 설명회 있어요. 변호사 석민아 님 오십니다",
        "303호: 저 303호 변하나인데 경매 유예 신청은 다들 하셨나요",
        "방장: 변하나 님 그거 설명회 때 같이 해요",
    ),
    [(PER, "석민아"), (PER, "변하나"), (PER, "변하나")],
)

add(
    "ko",
    N,
    lines(
        "전세사기피해자 지원 및 주거안정에 관한 특별법 주요 내용",
        "- 제3조 피해자 요건: 보증금 5억원 이하",
        "- 제20조 우선매수권, 제25조 공공임대 지원",
        "- 전세피해지원센터 1533-8119",
        "- 국토교통부 보도자료 2025-04-02",
    ),
    [],
)

# ================================================================ 공인중개사무소 (전세 계약, 중개대상물 확인)
r1, r2, a = rr("550905", 2), rr("980317", 1), acct("SC제일")
add(
    "ko",
    P,
    lines(
        "전세 계약서 특약 문구 검토해줘",
        f"임대인: 성옥순 ({r1}) / 임차인: 국지호 ({r2})",
        "목적물: 경기도 고양시 일산동구 중앙로 1275번길 38-4 3층",
        f"보증금 입금 계좌: SC제일은행 {a} (예금주 성옥순)",
        "특약: 잔금일 익일까지 근저당 말소, 미이행 시 계약 해제 및 배액 배상",
    ),
    [
        (PER, "성옥순"),
        (RRN, r1),
        (PER, "국지호"),
        (RRN, r2),
        (LOC, "경기도 고양시 일산동구 중앙로 1275번길 38-4 3층"),
        (ACC, a),
        (PER, "성옥순"),
    ],
)

b, p = bz(), land("031")
add(
    "ko",
    P,
    lines(
        "중개사무소 블로그 소개글 써줘. 하단 정보는 그대로 넣어야 해요.",
        "상호: 햇빛공인중개사사무소 / 대표 공인중개사 맹서윤",
        f"사업자등록번호 {b} / 중개사무소 등록번호 41285-2021-00147",
        f"전화 {p}",
        "주소: 경기도 고양시 일산동구 중앙로 1261 1층 104호",
    ),
    [(PER, "맹서윤"), (BRN, b), (PH, p), (LOC, "경기도 고양시 일산동구 중앙로 1261 1층 104호")],
)

# ================================================================ 청년 월세 지원 (지자체 신청, 서류 보완)
r, a, e = rr("000412", 3), acct("카카오뱅크"), "dnjsgh0412@gmail.com"
add(
    "ko",
    P,
    lines(
        "청년월세 특별지원 서류 보완 요청 메일",
        "",
        f"신청인 주원호({r}) 님, 제출하신 임대차계약서의 주소와 주민등록상 주소가 달라 보완이 필요합니다.",
        "계약서상 주소: 전북특별자치도 전주시 덕진구 권삼득로 22 201호",
        f"월세 지원금은 카카오뱅크 {a}로 지급 예정이며, 회신은 {e}로 부탁드립니다.",
    ),
    [(PER, "주원호"), (RRN, r), (LOC, "전북특별자치도 전주시 덕진구 권삼득로 22 201호"), (ACC, a), (MAIL, e)],
)

add(
    "ko",
    N,
    lines(
        "청년월세 지원 사업 FAQ 초안",
        "Q. 지원 금액은? A. 월 최대 20만원, 최대 12개월",
        "Q. 대상은? A. 만 19~34세, 원가구 중위소득 100% 이하",
        "Q. 신청 기간은? A. 2025. 2. 24. ~ 2026. 2. 23.",
        "Q. 문의처는? A. 마이홈 콜센터 1600-1004",
    ),
    [],
)

# ================================================================ 우체국 보험·택배 (보험금 청구, 반송)
r, a = rr("680120", 2), acct("우체국")
add(
    "ko",
    P,
    lines(
        "우체국 저축보험 만기환급금 청구서 자동입력 테스트 데이터 (운영 데이터 복사본)",
        "계약자=전미숙",
        f"주민번호={r}",
        "상품=무배당 우체국 착한저축보험, 만기일=2025-04-30",
        f"수령계좌=우체국 {a}",
        "청구경로=창구(대리 청구 아님)",
    ),
    [(PER, "전미숙"), (RRN, r), (ACC, a)],
)

p = mob()
add(
    "ko",
    P,
    lines(
        "반송 택배 재발송 안내 문자 만들어줘",
        "받는 분: 하지우 / 주소: 울산광역시 남구 삼산로 274 1208호",
        f"연락처: {p}",
        "반송 사유: 수취인 부재 3회, 등기번호 6080-1234-5678",
    ),
    [(PER, "하지우"), (LOC, "울산광역시 남구 삼산로 274 1208호"), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "우체국 택배 요금표 (방문접수)",
        "극소형(~0.5kg) 4,000원 / 소형(~3kg) 5,000원 / 중형(~7kg) 6,000원",
        "제주 추가 3,000원, 도서산간 별도",
        "등기번호 예시 6080-0000-0000, 고객센터 1588-1300",
    ),
    [],
)

# ================================================================ 대한법률구조공단 (무료 법률상담, 소송 구조)
r, p = rr("740902", 2), mob()
add(
    "ko",
    P,
    lines(
        "법률상담 예약 메모 → 상담 요지 정리 부탁",
        f"내담자 갈은숙({r}), {p}",
        "상담 유형: 임금체불 (3개월분 720만원), 사업주 ㈜미래인테리어 대표 갈현철 (친척 아님)",
        "소송구조 요건: 기준중위소득 125% 이하 해당 여부 확인 필요",
    ),
    [(PER, "갈은숙"), (RRN, r), (PH, p), (PER, "갈현철")],
)

add(
    "ko",
    N,
    lines(
        "법률구조법 제7조(법률구조의 대상) 쉽게 풀어 써줘",
        "관련 판례: 대법원 2019. 5. 30. 선고 2016다205243 판결",
        "공단 상담 전화 132 (유료 아님)",
    ),
    [],
)

# ================================================================ 헬스장·필라테스 (회원 환불, PT 계약)
c, p = cc("4", (4, 4, 4, 4), " "), mob()
add(
    "ko",
    P,
    lines(
        "PT 중도 해지 환불 계산 부탁",
        f"회원 모하린 / {p} / PT 30회 중 11회 사용 / 결제 카드 {c}",
        "계약일 2025-01-06, 해지 요청 2025-04-09",
        "공정위 소비자분쟁해결기준 적용",
    ),
    [(PER, "모하린"), (PH, p), (CARD, c)],
)

add(
    "ko",
    P,
    lines(
        "트레이너 단톡 복사본인데 일정 표로 정리해줘",
        "[트레이너A] 내일 6시 모하린 회원님 PT, 7시 공지석 회원님 체성분 재측정",
        "[매니저] 공지석 회원님 락커 연장 결제 아직이에요",
        "[트레이너A] 넵 말씀드릴게요",
    ),
    [(PER, "모하린"), (PER, "공지석"), (PER, "공지석")],
)

# ================================================================ 이사업체 (견적, 파손 보상)
p, e = mob(), "movingkim.sy@gmail.com"
add(
    "ko",
    P,
    lines(
        "포장이사 견적 요청서 온 거 정리해줘",
        "고객명: 김서영",
        "출발: 대전광역시 유성구 대학로 99 8동 402호 (엘리베이터 있음)",
        "도착: 세종특별자치시 한누리대로 2130 1103동 2201호",
        f"희망일: 5/24(토) 오전 / 연락처 {p} / {e}",
    ),
    [
        (PER, "김서영"),
        (LOC, "대전광역시 유성구 대학로 99 8동 402호"),
        (LOC, "세종특별자치시 한누리대로 2130 1103동 2201호"),
        (PH, p),
        (MAIL, e),
    ],
)

a = acct("경남")
add(
    "ko",
    P,
    f"이사 중 파손된 식탁 보상 합의서 문구 다듬어 줘: '○○익스프레스는 고객 도경태에게 파손 보상금 45만원을 2025년 4월 30일까지 경남은행 {a}(예금주 도경태)로 지급한다.'",
    [(PER, "도경태"), (ACC, a), (PER, "도경태")],
)

# ================================================================ 중고거래 사기 신고 (플랫폼 CS, 경찰 신고)
a, p, ip1 = acct("국민"), mob(), pub_ip()
add(
    "mixed",
    P,
    lines(
        "중고거래 사기 신고 접수 데이터 (CS 어드민 복사)",
        "report_id: FR-77120",
        "reporter: 엄태윤",
        f"suspect_account: 국민 {a} (예금주 표기 '지성우')",
        f"suspect_phone: {p}",
        f"suspect_last_login_ip: {ip1}",
        "item: 닌텐도 스위치 OLED, 32만원 선입금 후 잠적",
    ),
    [(PER, "엄태윤"), (ACC, a), (PER, "지성우"), (PH, p), (IP, ip1)],
)

add(
    "ko",
    N,
    lines(
        "사기 의심 거래 패턴 교육 자료 다듬어 줘",
        "- 안전결제 링크를 외부 URL(예: safe-pay.example.net)로 유도",
        "- 예시 계좌 000-000000-00-000, 예시 번호 010-0000-0000 (실제 아님)",
        "- 경찰청 사이버범죄 신고 182, 더치트 조회 권장",
    ),
    [],
)


# ================================================================ 대학병원 임상시험 (참여자 모집, 스크리닝, 이상사례)
r, h, p = rr("610214", 1), hi(), mob()
add(
    "mixed",
    P,
    lines(
        "임상시험 스크리닝 eCRF 입력 전 원자료 (CRC 메모)",
        "Subject ID: KHU-DM3-0117 / Initials: G.Y.S.",
        f"성명 길용수, 주민등록번호 {r}, 건강보험 {h}",
        "HbA1c 8.1%, eGFR 72, inclusion 1-6 충족, exclusion 4 (최근 3개월 SGLT2i 복용) 확인 필요",
        f"보호자 연락처 {p} (배우자)",
    ),
    [(PER, "길용수"), (RRN, r), (HINS, h), (PH, p)],
)

e = "crc.endocrine@khmc-trial.or.kr"
add(
    "en",
    P,
    lines(
        "SAE initial report - please check the English",
        "Study: DM3-2024-07, site 03",
        "Subject: KHU-DM3-0117 (Mr. Gil Yong-su, 64 y/o male)",
        "Event: hospitalisation for diabetic ketoacidosis on 2025-04-08, resolved 2025-04-12",
        "Reporter: Dr. Seol Min-ju, sub-investigator",
        "Send to sponsor safety desk and cc " + e,
    ),
    [(PER, "Gil Yong-su"), (PER, "Seol Min-ju"), (MAIL, e)],
)

add(
    "ko",
    N,
    lines(
        "임상시험 참여자 모집 공고 문구 (IRB 승인본 그대로 사용)",
        "- 연구명: 제2형 당뇨병 환자 대상 신규 복합제 3상",
        "- IRB 승인번호 KHUH 2024-11-032, ClinicalTrials.gov NCT06123457",
        "- 참여 사례비 회당 50,000원, 총 8회 방문",
        "- 문의: 임상시험센터 대표전화 1566-8282",
    ),
    [],
)

# ================================================================ 공유오피스 (입주 계약, 출입 로그)
b, c, e = bz(), cr("110111"), "ops@pinecone-labs.io"
add(
    "mixed",
    P,
    lines(
        "공유오피스 입주 계약서 요약 (Pinecone Labs)",
        f"입주사: 주식회사 파인콘랩스 / BRN {b} / CRN {c}",
        "대표자: 우지환 (CEO), 담당자: Grace Ahn (COO)",
        f"청구서 수신: {e}",
        "좌석: 6인실 12F-R07, 계약기간 2025.05.01 ~ 2026.04.30",
    ),
    [(BRN, b), (CRN, c), (PER, "우지환"), (PER, "Grace Ahn"), (MAIL, e)],
)

ip1, ip2 = priv_ip(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "출입 게이트 로그에서 태그 복제 의심 건 봐줘",
        f"2025-04-14 08:51:03 gate=12F-A reader={ip1} card=0xA1F3 holder=우지환 result=GRANTED",
        f"2025-04-14 08:51:05 gate=3F-B reader={ip2} card=0xA1F3 holder=우지환 result=GRANTED",
        "2초 차이로 다른 층에서 같은 카드가 찍혔어요.",
    ),
    [(IP, ip1), (PER, "우지환"), (IP, ip2), (PER, "우지환")],
)

# ================================================================ 프랜차이즈 가맹 (가맹계약, 정보공개서)
b, r, a = bz(), rr("800627", 2), acct("기업")
add(
    "ko",
    P,
    lines(
        "가맹계약서 당사자 표시 부분만 확인 부탁드립니다.",
        "가맹본부: ㈜달콤한하루 (대표이사 맹태준)",
        f"가맹점사업자: 명지선 (주민등록번호 {r}), 사업자등록번호 {b}",
        "점포 소재지: 충청남도 천안시 서북구 불당21로 67 1층 102호",
        f"가맹금 반환 계좌: 기업 {a}",
    ),
    [
        (PER, "맹태준"),
        (PER, "명지선"),
        (RRN, r),
        (BRN, b),
        (LOC, "충청남도 천안시 서북구 불당21로 67 1층 102호"),
        (ACC, a),
    ],
)

add(
    "ko",
    N,
    lines(
        "정보공개서 주요 수치 요약",
        "- 가맹점 수 412개 (2024년 말), 평균 매출 3억 1,200만원",
        "- 가맹사업거래의 공정화에 관한 법률 제7조",
        "- 정보공개서 등록번호 20150312-0047, 공정위 가맹사업정보 제공시스템 등재",
    ),
    [],
)

# ================================================================ 학원 (수강생 관리, 학부모 상담)
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "중2 수학반 상담 기록 정리 (학부모 요청)",
        f"학생 변도윤 / 학부모 변창민 {p1}",
        "3월 모의고사 68점 → 목표 85점, 함수 단원 취약",
        f"형 변도현(고1)도 같은 학원, 형제 할인 적용. 비상 연락처 {p2} (어머니)",
    ),
    [(PER, "변도윤"), (PER, "변창민"), (PH, p1), (PER, "변도현"), (PH, p2)],
)

c = cc("55")
add(
    "mixed",
    P,
    lines(
        "학원비 결제 오류 CS 로그",
        f"[ERROR] pg.approve failed: student=변도윤 amount=420000 card={c} code=51 (잔액부족)",
        "[INFO]  retry scheduled at 2025-04-15T10:00:00+09:00",
        "학부모님께 안내 문자 문구 부탁드려요.",
    ),
    [(PER, "변도윤"), (CARD, c)],
)

add(
    "ko",
    N,
    lines(
        "학원 수강료 게시표",
        "중등 수학 주 3회 월 420,000원 (교습시간 월 36시간, 분당 194원)",
        "학원의 설립·운영 및 과외교습에 관한 법률 제15조",
        "교습소 등록번호 제2019-27호, 교육지원청 민원 1396",
    ),
    [],
)

# ================================================================ 지역 축제 자원봉사 (봉사자 명단, 보험 가입)
vols = [("채하연", rr("060330", 4), mob()), ("옥승민", rr("051212", 3), mob())]
add(
    "ko",
    P,
    lines(
        "축제 자원봉사자 상해보험 가입 명단 (보험사 제출용)",
        "성명 | 주민등록번호 | 연락처 | 배치",
        *[f"{n} | {r} | {p} | 안내부스" for n, r, p in vols],
        "미성년자 2명은 보호자 동의서 받음",
    ),
    [x for n, r, p in vols for x in ((PER, n), (RRN, r), (PH, p))],
)

add(
    "ko",
    N,
    lines(
        "봄꽃 축제 운영 계획 요약",
        "기간 2025. 4. 18.(금) ~ 4. 20.(일), 장소 하천 둔치 일원",
        "예상 방문객 12만명, 주차 3,200면",
        "종합상황실 운영, 안전관리계획 재난안전법 제66조의11",
    ),
    [],
)

# ================================================================ 푸드뱅크 (기부 물품, 수혜자)
b, p = bz(), land("051")
add(
    "ko",
    P,
    lines(
        "기부물품 접수증 발급 요청",
        f"기부처: ㈜바다식품 (사업자등록번호 {b}), 담당 편슬기 대리 {p}",
        "품목: 냉동 어묵 120박스 (유통기한 2025-09-30)",
        "기부금품 영수증 발행 필요 (법인세법 시행령 제39조)",
    ),
    [(BRN, b), (PER, "편슬기"), (PH, p)],
)

r, p = rr("470803", 2), mob()
add(
    "ko",
    P,
    lines(
        "신규 수혜자 등록 상담지",
        f"성명 남옥례 / {r} / 독거, 기초생활수급",
        "주소 부산광역시 영도구 절영로 210 2층",
        f"연락처 {p} (이웃 대리 수령 가능: 303호 주민)",
    ),
    [(PER, "남옥례"), (RRN, r), (LOC, "부산광역시 영도구 절영로 210 2층"), (PH, p)],
)

# ================================================================ 법인카드 경비 정산 (영수증, 규정 위반)
c1, c2 = cc("4"), cc("53")
add(
    "mixed",
    P,
    lines(
        "법인카드 사용내역 중 규정 위반 의심 건 골라줘",
        "date,cardholder,card_no,merchant,amount",
        f"2025-04-02,설민호,{c1},○○골프클럽,380000",
        f"2025-04-05,설민호,{c1},편의점,4800",
        f"2025-04-06,노지은,{c2},호텔 라운지 바,212000",
    ),
    [(PER, "설민호"), (CARD, c1), (PER, "설민호"), (CARD, c1), (PER, "노지은"), (CARD, c2)],
)

add(
    "en",
    N,
    lines(
        "Expense policy excerpt for the new hires deck:",
        "1. Meals up to KRW 30,000 per person; alcohol needs director approval.",
        "2. Receipts older than 60 days are rejected (policy FIN-07 rev. 4.2).",
        "3. Mileage: KRW 250/km, claim form EXP-22.",
        "4. Test card for the sandbox ERP: 4111 1111 1111 1111.",
    ),
    [],
)

# ================================================================ 급여·4대보험 (급여명세, 자격 취득)
r, h, a = rr("970821", 2), hi(), acct("신한")
add(
    "ko",
    P,
    lines(
        "신규 입사자 4대보험 자격취득 신고 입력값 검토",
        f"성명 라예은 / 주민등록번호 {r}",
        f"건강보험 피부양자 상실 전 번호 {h}",
        f"급여계좌 신한 {a}",
        "입사일 2025-04-14, 월 보수액 3,200,000원",
    ),
    [(PER, "라예은"), (RRN, r), (HINS, h), (ACC, a)],
)

a = acct("국민")
add(
    "mixed",
    P,
    lines(
        "payroll export 오류 확인",
        "emp_no|name|bank|account|net_pay",
        f"E2025041|라예은|KB|{a}|2,874,310",
        "E2025042|(퇴사)|-|-|0",
        "→ 라예은 님은 신한으로 신청했는데 KB로 나갔어요. 매핑 테이블 확인 부탁",
    ),
    [(PER, "라예은"), (ACC, a), (PER, "라예은")],
)

# ================================================================ 국제 학술대회 (등록, 비자 초청장)
pa, e = pp_new("M"), "hyejin.nam@kaist.ac.kr"
add(
    "en",
    P,
    lines(
        "Visa invitation letter request - please fill the template",
        "Participant: Dr. Nam Hyejin, KAIST",
        f"Korean passport no.: {pa}, valid until 2032-03-14",
        "Event: International Conference on Coastal Engineering, Lisbon, 7-11 Sep 2025",
        f"Email: {e}",
    ),
    [(PER, "Nam Hyejin"), (PASS, pa), (MAIL, e)],
)

e1, e2 = "a.okafor@unilag.edu.ng", "registration@icce2025.org"
add(
    "en",
    P,
    lines(
        "Registration desk issue:",
        f"Prof. Adaeze Okafor ({e1}) paid twice for the early-bird fee.",
        f"She asks that one payment be refunded; reply from {e2}.",
        "Her co-author Mr. Ji-hoon Paik will present instead on Day 3.",
    ),
    [(PER, "Adaeze Okafor"), (MAIL, e1), (MAIL, e2), (PER, "Ji-hoon Paik")],
)

add(
    "en",
    N,
    lines(
        "Call for papers - key dates:",
        "Abstract deadline 15 May 2025, notification 30 June 2025",
        "Proceedings ISSN " + issn("0589087") + ", DOI prefix 10.9753/icce",
        "Keynote: Prof. Robert Dean lecture series (historical), venue Centro de Congressos",
    ),
    [],
)

# ================================================================ 재외국민 영사 서비스 (영문·혼합)
r, pa = rr("750302", 1), pp("M")
add(
    "mixed",
    P,
    lines(
        "영사관 여권 재발급 신청 안내 메일 (재외국민)",
        "Dear Mr. Kang,",
        f"Your application for a new passport (previous no. {pa}) has been received.",
        f"신청인 강태섭 / 주민등록번호 {r}",
        "Please visit the consular section with your local ID (Aadhaar not accepted as proof of Korean nationality).",
    ),
    [(PER, "Kang"), (PASS, pa), (PER, "강태섭"), (RRN, r)],
)

e, p = "sujin.lim.au@gmail.com", "+61 412 908 331"
add(
    "en",
    P,
    lines(
        "Overseas voter registration help (Sydney):",
        "Name: Lim Sujin",
        "Address: Unit 5, 18 Harris Street, Pyrmont NSW 2009, Australia",
        f"Mobile {p}, email {e}",
        "She wants to register before the registration window closes.",
    ),
    [(PER, "Lim Sujin"), (LOC, "Unit 5, 18 Harris Street, Pyrmont NSW 2009"), (PH, p), (MAIL, e)],
)

# ================================================================ 콜센터 QA (녹취 평가, 스크립트)
p, c = mob(), cc("4")
add(
    "ko",
    P,
    lines(
        "콜 QA 평가표 작성해줘 (녹취 STT 일부)",
        "상담사: 네 고객님 성함 말씀해 주시겠어요",
        "고객: 제갈민철이요",
        f"상담사: 제갈민철 고객님, 등록된 번호 {p}로 본인인증 문자 보내드렸습니다",
        f"고객: 카드번호 불러드릴게요 {c}",
        "상담사: (평가 메모) 카드번호 복창 금지 규정 위반 여부 확인",
    ),
    [(PER, "제갈민철"), (PER, "제갈민철"), (PH, p), (CARD, c)],
)

add(
    "ko",
    N,
    lines(
        "콜센터 상담 스크립트 개선안",
        "- 인사: '안녕하십니까, ○○카드 상담사 △△△입니다'",
        "- 본인확인: 생년월일 6자리 + 카드 뒤 4자리",
        "- 대표번호 1588-8100, ARS 메뉴 3-1-2",
    ),
    [],
)

# ================================================================ 웨딩홀 (계약, 하객 명단)
r, a, p = rr("930228", 1), acct("하나"), mob()
add(
    "ko",
    P,
    lines(
        "웨딩홀 계약 변경 요청서",
        f"신랑 공태윤({r}) / 신부 음서희",
        "예식일 2025-10-11(토) 12:30 → 2025-10-18(토) 11:00 변경 희망",
        f"계약금 환불 시 하나은행 {a}, 연락처 {p}",
    ),
    [(PER, "공태윤"), (RRN, r), (PER, "음서희"), (ACC, a), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "웨딩홀 견적 비교",
        "A홀: 식대 68,000원 × 250명, 대관료 0원",
        "B홀: 식대 75,000원 × 200명, 대관료 300만원",
        "견적번호 WQ-2510-0118, WQ-2510-0121",
    ),
    [],
)

# ================================================================ 사내 IT 헬프데스크 (영문)
ip1, e = priv_ip(), "daniel.osei@hanmi-global.com"
add(
    "en",
    P,
    lines(
        "IT ticket #88213 - laptop cannot reach the file server",
        f"User: Daniel Osei ({e}), Finance, 7F",
        f"Assigned IP {ip1} via DHCP, gateway unreachable, DNS 10.0.0.53 responds",
        "Action: reissued certificate, asked Daniel to reboot twice",
    ),
    [(PER, "Daniel Osei"), (MAIL, e), (IP, ip1), (IP, "10.0.0.53"), (PER, "Daniel")],
)

add(
    "en",
    P,
    lines(
        "Onboarding checklist for the new contractor (please reformat as a table):",
        "- Name: Farida Nurlanovna, start 2025-05-06",
        "- Corporate card: not issued",
        "- Laptop asset KR-NB-2204, Okta account farida.n",
        "- Manager: Choi Ha-eun",
        "- Desk phone: 02-6051-2287 (direct line)",
    ),
    [(PER, "Farida Nurlanovna"), (PER, "Choi Ha-eun"), (PH, "02-6051-2287")],
)

add(
    "en",
    N,
    lines(
        "Release notes 4.19.0.2 for the helpdesk bot:",
        "- Fixed: tickets with IDs above 99999 were truncated (e.g. #100231)",
        "- Changed: default SLA 8h -> 6h for P2",
        "- Dependency bump: requests 2.32.3, urllib3 2.4.0",
    ),
    [],
)


# ================================================================ 전기차 충전 앱 (회원 API, 결제, 고장 신고)
e, p, c = "ev.hwang.jw@gmail.com", mob(), cc("4")
add(
    "mixed",
    P,
    lines(
        "회원가입 API 400 에러 원인 찾아줘. 요청 바디:",
        js(
            {
                "memberName": "황재웅",
                "email": e,
                "mobile": p,
                "billingCard": c,
                "vehicle": {"model": "EV6", "plate": "157무2204"},
            }
        ),
        'response: {"code":"INVALID_CARD_EXPIRY","message":"expiry is required"}',
    ),
    [(PER, "황재웅"), (MAIL, e), (PH, p), (CARD, c)],
)

p = mob()
add(
    "ko",
    P,
    lines(
        "충전기 고장 신고 접수 (앱 문의하기)",
        "충전소: 공영주차장 2층 급속 #3, 충전기 ID CP-41190-003",
        "증상: 커넥터 잠금 해제 안 됨, 40분째 차량 출발 불가",
        f"신고자: 노현수 ({p})",
    ),
    [(PER, "노현수"), (PH, p)],
)

add(
    "mixed",
    N,
    lines(
        "OCPP 메시지 로그 정리해줘",
        '[2, "19223201", "StatusNotification", {"connectorId": 3, "errorCode": "ConnectorLockFailure", "status": "Faulted"}]',
        "charger CP-41190-003 firmware 2.0.1.18, OCPP 1.6J",
        "서버 응답 지연 1.2s, 재시도 3회",
    ),
    [],
)

# ================================================================ 배달 라이더 플랫폼 (정산, 보험, 사고)
rid = [
    ("리춘화", ar("920416", 6), acct("카카오뱅크")),
    ("KHAN ASIF", ar("990103", 5), acct("우리")),
    ("기민재", rr("000921", 3), acct("토스뱅크")),
]
add(
    "mixed",
    P,
    lines(
        "라이더 주간 정산 SQL 결과인데 이상한 행 있는지 봐줘",
        "mysql> SELECT rider_name, reg_no, payout_account, amount FROM weekly_payout WHERE week='2025-W15';",
        "+-------------+----------------+------------------+---------+",
        "| rider_name  | reg_no         | payout_account   | amount  |",
        "+-------------+----------------+------------------+---------+",
        *[f"| {n} | {v} | {a} | {amt} |" for (n, v, a), amt in zip(rid, ["612400", "588100", "-12000"], strict=True)],
        "+-------------+----------------+------------------+---------+",
    ),
    [x for n, v, a in rid for x in ((PER, n), (ARN if v[7] in "5678" else RRN, v), (ACC, a))],
)

r, p = rr("910505", 1), mob()
add(
    "ko",
    P,
    lines(
        "라이더 사고 접수 메모 → 산재 처리 가능 여부 검토",
        f"라이더 탁건희({r}), {p}",
        "4/11 21:20 교차로 우회전 차량과 접촉, 오른쪽 발목 골절",
        "소속 배달대행 지사장 표경석, 유상운송보험 가입 확인 필요",
    ),
    [(PER, "탁건희"), (RRN, r), (PH, p), (PER, "표경석")],
)

# ================================================================ 의료기기 A/S (렌탈, 설치)
b, p, e = bz(), mob(), "service@sumbit-medical.co.kr"
add(
    "ko",
    P,
    lines(
        "산소발생기 렌탈 A/S 요청 메일 정리",
        "고객: 곽정례 (보호자 곽민성)",
        "설치 주소: 경상북도 포항시 북구 흥해읍 한동로 558 2동 101호",
        f"보호자 연락처 {p}",
        f"렌탈사: ㈜숨빛메디칼 ({b}) {e}",
    ),
    [
        (PER, "곽정례"),
        (PER, "곽민성"),
        (LOC, "경상북도 포항시 북구 흥해읍 한동로 558 2동 101호"),
        (PH, p),
        (BRN, b),
        (MAIL, e),
    ],
)

add(
    "ko",
    N,
    lines(
        "의료기기 UDI 라벨 읽는 법 정리",
        f"(01)0{ean13('880912345000')}(17)270331(10)LOT2504A",
        "GTIN, 유효기한, 로트번호 순. 의료기기법 제20조",
        "품목허가번호 제허 23-417호",
    ),
    [],
)

# ================================================================ 지자체 민원 챗봇 (대화 로그, 개인정보 마스킹 누락)
r, p = rr("860110", 2), mob()
add(
    "mixed",
    P,
    lines(
        "민원 챗봇 대화 로그에서 마스킹이 안 된 부분 찾아줘",
        "user> 여권 재발급 하려는데 주민번호 " + r + " 로 조회 돼요?",
        "bot> 개인정보는 입력하지 마세요. 본인 인증 후 조회됩니다.",
        f"user> 그럼 문자로 보내주세요 {p}",
        "bot> session_id=ab12f9 masked=false",
    ),
    [(RRN, r), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "챗봇 FAQ 답변 검수",
        "Q. 주민등록번호 뒷자리는 어떻게 생겼나요? A. 예시 000000-0000000 처럼 13자리입니다.",
        "Q. 민원 대표번호는? A. 국민콜 110",
        "Q. 여권 발급 수수료는? A. 복수 10년 58면 53,000원",
    ),
    [],
)

# ================================================================ 공영주차장 감면 (장애인·다자녀 감면 신청)
r, p = rr("790918", 1), mob()
add(
    "ko",
    P,
    lines(
        "공영주차장 정기권 감면 신청 (다자녀 3인)",
        f"신청인 표재형 {r} / {p}",
        "차량 234마 7781, 주소지 대전광역시 서구 둔산로 100 1001호",
        "첨부: 가족관계증명서, 자동차등록증",
    ),
    [(PER, "표재형"), (RRN, r), (PH, p), (LOC, "대전광역시 서구 둔산로 100 1001호")],
)

# ================================================================ 구독 서비스 해지 (영문·혼합)
e, c = "lena.hartmann@web.de", cc("51")
add(
    "en",
    P,
    lines(
        "Cancellation request forwarded by the app store, please draft a reply:",
        f'"I am Lena Hartmann ({e}). I was charged twice on card {c} after cancelling on 2 April.',
        'Please refund the second charge of KRW 14,900."',
    ),
    [(PER, "Lena Hartmann"), (MAIL, e), (CARD, c)],
)

add(
    "mixed",
    N,
    lines(
        "구독 요금 변경 공지 영문 번역",
        "Standard plan KRW 13,500 -> 14,900 from 2025-06-01",
        "Existing subscribers: price protected until 2025-08-31",
        "약관 제14조, 전자상거래법 제17조",
    ),
    [],
)

# ================================================================ 크라우드펀딩 (리워드 배송, 후원자 명단)
bk = [("한소망", mob(), "경기도 파주시 회동길 145 2층"), ("엽준서", mob(), "서울특별시 성동구 왕십리로 83-21 1204호")]
add(
    "ko",
    P,
    lines(
        "리워드 배송 주소 CSV - 택배사 업로드 양식으로 바꿔줘",
        "후원자,연락처,주소,리워드",
        *[f"{n},{p},{a},A세트" for n, p, a in bk],
    ),
    [x for n, p, a in bk for x in ((PER, n), (PH, p), (LOC, a))],
)

add(
    "ko",
    N,
    lines(
        "펀딩 결과 보고서 요약",
        "- 목표 5,000,000원 / 달성 23,480,000원 (469%)",
        "- 후원자 612명, 리워드 A세트 401개",
        "- 운송장 번호 5630 4218 7719 외 611건 일괄 등록 완료",
    ),
    [],
)

# ================================================================ 항공 마일리지·호텔 (영문)
pa, e = pp_new("M"), "yoonseo.baek@hanmail.net"
add(
    "en",
    P,
    lines(
        "Hotel pre-arrival form (guest completed):",
        "Guest name: BAEK YOONSEO",
        f"Nationality: KOR / Passport: {pa}",
        "Arrival 2025-05-30 KE037, departure 2025-06-04",
        f"Email: {e}",
    ),
    [(PER, "BAEK YOONSEO"), (PASS, pa), (MAIL, e)],
)

add(
    "en",
    N,
    lines(
        "Mileage award chart summary:",
        "Seoul-Tokyo economy 15,000 miles one-way, prestige 30,000",
        "Booking class codes: X, I, O; fare basis YLXRTKR",
        "Ticket 180-2401234567 example, record locator ABC123",
    ),
    [],
)

# ================================================================ 기타 코드 조각 (테스트 픽스처에 섞인 운영 데이터)
r, p, e = rr("880808", 2), mob(), "cha.eunbi88@naver.com"
add(
    "mixed",
    P,
    lines(
        "이 pytest fixture 좀 리팩터링 해줘",
        "```python",
        "@pytest.fixture",
        "def member():",
        f'    return Member(name="차은비", rrn="{r}", phone="{p}", email="{e}")',
        "```",
        "(운영 DB에서 그대로 복사한 값이라 나중에 교체 예정)",
    ),
    [(PER, "차은비"), (RRN, r), (PH, p), (MAIL, e)],
)

ip1, ip2 = pub_ip(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "nginx 설정 리뷰 부탁",
        "```nginx",
        "location /admin/ {",
        f"    allow {ip1};   # 원격근무 채다온 집",
        f"    allow {ip2};   # 사내망 관리자 PC",
        "    deny all;",
        "}",
        "```",
    ),
    [(IP, ip1), (PER, "채다온"), (IP, ip2)],
)

a, b = acct("하나"), bz()
add(
    "mixed",
    P,
    lines(
        "거래처 마스터 YAML 검증 스크립트가 실패해요",
        "```yaml",
        "vendor:",
        "  name: 누리인쇄",
        f'  brn: "{b}"',
        "  owner: 석동훈",
        f'  settlement_account: "하나 {a}"',
        "  terms: NET30",
        "```",
    ),
    [(BRN, b), (PER, "석동훈"), (ACC, a)],
)

r, d = rr("830506", 1), dl("대전", named=True)
add(
    "mixed",
    P,
    lines(
        "INSERT 문 문법 오류 봐줘",
        "INSERT INTO driver_verify (name, rrn, license_no, verified_at)",
        f"VALUES ('옥현준', '{r}', '{d}', NOW())",
        "ERROR 1064 (42000): You have an error in your SQL syntax near 'NOW())'",
    ),
    [(PER, "옥현준"), (RRN, r), (DLIC, d)],
)

e1, e2 = "minseo.hwang@daon-design.kr", "accounts@daon-design.kr"
add(
    "mixed",
    P,
    lines(
        "견적서 회신 메일 영어로 써줘",
        f"From: 황민서 <{e1}>",
        f"Cc: {e2}",
        "내용: 로고 리뉴얼 견적 USD 4,800, 착수금 30%, 납기 4주",
        "Client: Mr. Oliver Grant (Grant & Daughters Tea)",
    ),
    [(PER, "황민서"), (MAIL, e1), (MAIL, e2), (PER, "Oliver Grant")],
)

p1, p2 = mob(), mob()
add(
    "mixed",
    P,
    lines(
        "회의록 영어 요약 부탁 (주간 CS 회의)",
        "- VIP 고객 윤채린 님 불만 재접수, 담당자 변경 요청 → Jake가 인계",
        f"- 콜백 번호 {p1} (평일 저녁만)",
        f"- 파트너사 담당자 Ms. Meera Iyer 번호 {p2}",
        "- 다음 회의 4/22",
    ),
    [(PER, "윤채린"), (PER, "Jake"), (PH, p1), (PER, "Meera Iyer"), (PH, p2)],
)

ip1 = pub_ip()
add(
    "mixed",
    P,
    lines(
        "fail2ban 로그 해석해줘",
        f"2025-04-13 04:22:17,511 fail2ban.actions [1022]: NOTICE [sshd] Ban {ip1}",
        f"2025-04-13 04:32:17,902 fail2ban.actions [1022]: NOTICE [sshd] Unban {ip1}",
        "같은 IP가 하루에 6번 밴 됐어요. 영구 차단해도 될까요?",
    ),
    [(IP, ip1), (IP, ip1)],
)

h, r = hid(), rr("540419", 1)
add(
    "mixed",
    P,
    lines(
        "요양급여 청구 XML 검증 오류",
        "<patient>",
        "  <name>변춘식</name>",
        f"  <rrn>{r}</rrn>",
        f"  <insNo>{h}</insNo>",
        "  <claimType>ER</claimType>",
        "</patient>",
        "cvc-complex-type.2.4.a: Invalid content was found starting with element 'claimType'",
    ),
    [(PER, "변춘식"), (RRN, r), (HINS, h)],
)

add(
    "ko",
    P,
    lines(
        "오늘 팀 회의 메모 정리해 줘",
        "- 참석: 곽서진, 노태민, 엽하늘",
        "- 곽서진: 5월 캠페인 예산안 수정본 공유",
        "- 노태민: 신규 협력사 실사 일정 조율 중 (다음 주)",
        "- 엽하늘 결석 (병가)",
    ),
    [(PER, "곽서진"), (PER, "노태민"), (PER, "엽하늘"), (PER, "곽서진"), (PER, "노태민"), (PER, "엽하늘")],
)


# ================================================================ 여러 영역 보충 (남은 양성·음성)
e, p = "jun.heo.art@gmail.com", "+1 (347) 829-4410"
add(
    "en",
    P,
    lines(
        "Gallery consignment form - artist details",
        "Artist: Heo Jun-young (Korean, based in New York)",
        "Studio: 3B, 212 Varet Street, Brooklyn, NY 11206, USA",
        f"Phone {p} / email {e}",
        "Consignment split 50/50, insurance by gallery.",
    ),
    [(PER, "Heo Jun-young"), (LOC, "3B, 212 Varet Street, Brooklyn, NY 11206"), (PH, p), (MAIL, e)],
)

r, a = ar("850923", 6), acct("신한")
add(
    "en",
    P,
    lines(
        "Please write a polite English reminder to this tenant:",
        "Tenant: Ms. Olga Petrenko, ARC " + r,
        "Unit: 1402, 27 Gangnam-daero 102-gil, Gangnam-gu, Seoul 06124",
        f"Rent account (landlord, Shinhan): {a}",
        "Rent for April (KRW 1,150,000) is 12 days overdue.",
    ),
    [(PER, "Olga Petrenko"), (ARN, r), (LOC, "1402, 27 Gangnam-daero 102-gil, Gangnam-gu, Seoul 06124"), (ACC, a)],
)

e, d = "w.kowalski@pkp-logistics.pl", dl("인천")
add(
    "en",
    P,
    lines(
        "Driver assignment for the Incheon port shuttle:",
        "Driver: Mr. Son Gyeong-tae, Korean licence " + d + " (class 1 large)",
        "Client contact: Wojciech Kowalski, " + e,
        "Pickup: Incheon Port Terminal 2, gate C, 06:30",
    ),
    [(PER, "Son Gyeong-tae"), (DLIC, d), (PER, "Wojciech Kowalski"), (MAIL, e)],
)

r, p, a = rr("760830", 2), mob(), acct("수협")
add(
    "mixed",
    P,
    lines(
        "수협 위판장 중매인 정산 메일 (영문 요약 필요)",
        f"중매인: 어복희 / 등록번호 {r} / 정산계좌 수협 {a}",
        f"Contact {p}",
        "Settlement for week 15: 4,210,000 KRW, commission 2.5%",
    ),
    [(PER, "어복희"), (RRN, r), (ACC, a), (PH, p)],
)

ip1, e = pub_ip(), "support-kr@cloudmint.io"
add(
    "mixed",
    P,
    lines(
        "고객사 보안 문의 답변 영어로 써줘",
        f"고객사가 '{ip1} 에서 우리 API로 요청이 폭증했다'고 문의. 확인해 보니 고객사 자체 배치 서버 IP.",
        f"답변 발신: {e}, 담당 엔지니어 제갈태오",
    ),
    [(IP, ip1), (MAIL, e), (PER, "제갈태오")],
)

c, p = cc("4", (4, 6, 5)), mob()
add(
    "mixed",
    P,
    lines(
        "해외 결제 차지백 문의 정리",
        f"Card: {c} (15-digit, issuer 해외)",
        f"Cardholder: 도유진, phone {p}",
        "Merchant: StayLux Paris, amount EUR 612.40, reason code 13.1 (services not provided)",
    ),
    [(CARD, c), (PER, "도유진"), (PH, p)],
)

p = mob()
add(
    "mixed",
    P,
    lines(
        "Slack DM 복사 - 일정 표로 만들어줘",
        "jiwon.h: 다음 주 부산 출장 KTX 예매했어요. 동행은 설가온 님이랑 Ben Carter",
        f"jiwon.h: 현지 기사님 번호 {p} 이고 성함은 왕덕수 기사님",
        "ben.c: Thanks! I'll join from Seoul Station 7:30",
    ),
    [(PER, "설가온"), (PER, "Ben Carter"), (PH, p), (PER, "왕덕수")],
)

r, p = rr("720104", 1), mob()
add(
    "ko",
    P,
    lines(
        "택배기사 사칭 방문 신고 건 요약",
        f"신고자: 주복남({r}), {p}",
        "4/12 오후 3시경 '택배 왔다'며 방문, 신분증 요구하자 도주",
        "인상착의: 40대 남성, 회색 조끼",
    ),
    [(PER, "주복남"), (RRN, r), (PH, p)],
)

add(
    "ko",
    N,
    lines(
        "회의실 예약 현황",
        "대회의실 4/21 10:00-12:00 (전략기획), 소회의실 B 4/21 14:00-15:00",
        "내선 2301, 2302 / 예약 시스템 버전 1.8.3",
        "공지 번호 2025-사내-0412",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "보도자료 문장 다듬어 줘",
        "해양수산부 장관은 4월 15일 부산항 신항을 방문해 스마트 항만 구축 현황을 점검했다.",
        "이날 행사에는 세종대왕함 승조원 대표와 이순신 장군 기념사업회 관계자도 참석했다.",
        "문의: 정부민원안내콜센터 110",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "엑셀 함수 질문: 주민번호 형식 검사하는 수식 만들고 싶어요",
        "A열 예시: 901231-1234567 (테스트용 가짜 값, 체크디지트 안 맞음)",
        '=AND(LEN(A2)=14, MID(A2,7,1)="-")',
        "사번 형식 2025-0042, 부서코드 HR-07",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "택배 분실 보상 기준 표",
        "운송장 번호 | 접수일 | 상태",
        "6894 1120 3357 | 2025-04-02 | 분실 확정",
        "6894 1120 3364 | 2025-04-02 | 배송 완료",
        "택배표준약관 제22조, 최고 보상액 50만원",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Grant report checklist:",
        "- Award number R01-AG071234, period 2023-09-01 to 2026-08-31",
        "- Cite as: Park et al., 2024, doi:10.1093/geronj/gbae041",
        "- Statute reference: 45 CFR 75.309",
        "- Sample participant ID format: P-0001 ... P-0420",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Please convert these dates to Korean format:",
        "2025-04-30, 30/04/2025, April 30 2025, 20250430, 1746000000 (unix)",
        "Also the version tag v2025.04.30-rc1 and build 2504301127",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "Docker compose 환경변수 예시 검토",
        "DB_HOST=db.internal.example",
        "ADMIN_EMAIL=admin@example.org",
        "ADMIN_PHONE=010-0000-0000",
        "BIND=0.0.0.0:8080, HEALTHCHECK=http://127.0.0.1:8080/healthz",
    ),
    [],
)


# ================================================================ obfuscated: common disguises a staff member would try (20)
p = mob()
fp = fullwidth(p)
add(
    "ko",
    OB,
    lines(
        "산재 재해자 보호자한테 받은 카톡인데 답장 써줘",
        f"'남편 진태규 입원 수속은 제가 합니다. 연락은 이 번호로 주세요 {fp} 낮에는 병원에 있어요'",
    ),
    [(PER, "진태규"), (PH, fp)],
)

r = rr("690403", 2)
fr = fullwidth(r)
add(
    "ko",
    OB,
    lines(
        "분할연금 청구서 스캔 OCR 결과 (전각 문자로 인식됨)",
        f"청구인 성명：마순옥　주민등록번호：{fr}",
        "혼인기간：１９８９．０３．０４～２０１６．１１．２０",
    ),
    [(PER, "마순옥"), (RRN, fr)],
)

c = cc("4")
sc = spaced_digits(c)
add(
    "ko",
    OB,
    f"상조 해지하면서 카드 자동결제 끊어달라고 했는데 상담원이 카드번호 다시 불러달래서 문자로 보냈어요: {sc} 이렇게 보내도 되는 거 맞죠? 가입자 이름은 함정자예요.",
    [(CARD, sc), (PER, "함정자")],
)

p = mob()
dp = spaced_digits(p, ".")
add(
    "ko",
    OB,
    lines(
        "캠핑장 예약 게시판 댓글인데 개인정보 있는지 봐줘",
        f"'A-12 사이트 양도합니다. 연락 주세요 {dp} (번호 필터 때문에 점 찍었어요) - 길현정'",
    ),
    [(PH, dp), (PER, "길현정")],
)

a = acct("농협")
la = "\n".join(a.split("-"))
add(
    "ko",
    OB,
    lines(
        "[부고 단톡 복사] 마음 전하실 곳 보냅니다",
        "농협",
        la,
        "예금주 편태석(상주)",
    ),
    [(ACC, la), (PER, "편태석")],
)

p = mob()
hp = sino(p).replace("-", " ")
add(
    "ko",
    OB,
    lines(
        "(국민연금 상담 콜 STT 자동변환)",
        "상담원: 연락받으실 번호 말씀해 주세요",
        f"고객: {hp} 이요",
        "상담원: 네 명재순 고객님 확인됐습니다",
    ),
    [(PH, hp), (PER, "명재순")],
)

r = rr("870412", 1)
hr = sino(r).replace("-", " 다시 ")
add(
    "ko",
    OB,
    lines(
        "(어린이집 입소 상담 전화 STT)",
        "상담교사: 아버님 성함이랑 주민번호 부탁드려요",
        f"보호자: 용재혁이고요 {hr} 입니다",
    ),
    [(PER, "용재혁"), (RRN, hr)],
)

c = cc("53")
zc = ZW.join(c)
add(
    "ko",
    OB,
    lines(
        "학원비 결제 카드 변경 요청 메일 본문 (복사해서 붙임)",
        f"학부모 반정우입니다. 결제 카드를 {zc} 로 바꿔 주세요.",
    ),
    [(PER, "반정우"), (CARD, zc)],
)

e = "sora.heo.pilates@gmail.com"
ze = ZWJ.join(e)
add(
    "ko",
    OB,
    f"필라테스 회원 허소라 님이 보낸 이메일 주소가 자꾸 반송돼요. 주소: {ze} 뭐가 문제인지 알려줘",
    [(PER, "허소라"), (MAIL, ze)],
)

r = rr("920717", 2)
er = dash_like(r, "en")
add(
    "ko",
    OB,
    lines(
        "청년월세 신청서 한글 파일에서 복사한 값인데 형식 검증에 걸려요",
        f"신청인: 봉하윤, 주민등록번호: {er}",
    ),
    [(PER, "봉하윤"), (RRN, er)],
)

p = mob()
mp = dash_like(p, "em")
add(
    "ko",
    OB,
    lines(
        "이사 견적 문의 카톡 (워드에서 복사했다고 함)",
        f"'포장이사 견적 부탁드려요. 기순례고 번호는 {mp} 입니다'",
    ),
    [(PER, "기순례"), (PH, mp)],
)

r = rr("950219", 1)
br = b64(r)
add(
    "mixed",
    OB,
    lines(
        "장학금 신청 API 요청 로그 (payload 인코딩됨)",
        f'POST /v1/scholarship/apply {{"applicant":"연태민","rrn_b64":"{br}","term":"2025-2"}}',
        "→ 응답 422, rrn_b64 디코딩 실패라고 나오는데 왜 그럴까요?",
    ),
    [(PER, "연태민"), (RRN, br)],
)

e = "hyemin.goh@daum.net"
be = b64(e)
add(
    "mixed",
    OB,
    lines(
        "쿠키 값 디버깅 중인데 이 세션이 누구 건지 알 수 있어?",
        f"Set-Cookie: sid=9f2c77ab; uid={be}; Path=/; HttpOnly",
        "사용자명 표시는 고혜민으로 나와요.",
    ),
    [(MAIL, be), (PER, "고혜민")],
)

n = "남궁소연"
pn = pct(n, all_bytes=True)
add(
    "mixed",
    OB,
    lines(
        "검색 로그에 이런 URL이 많이 찍혀요. 무슨 검색인지 알려줘",
        f"GET /admin/members/search?q={pn}&field=name&page=1 200 38ms",
    ),
    [(PER, pn)],
)

p = mob()
xp = hexa(p)
add(
    "mixed",
    OB,
    lines(
        "IoT 도어락 설정 패킷 덤프 해석 부탁",
        f"cmd=0x21 len=13 payload={xp} owner=옥나래",
        "payload가 비상 연락처라는데 맞나요?",
    ),
    [(PH, xp), (PER, "옥나래")],
)

n = "채윤서"
sn = between(n, " ")
add(
    "ko",
    OB,
    f"당근 거래 후기에 이름 띄어쓰기로 적으면 필터 안 걸린대서 이렇게 썼어요: '{sn} 님 친절하세요 강추'. 이거 리뷰 정책 위반인가요?",
    [(PER, sn)],
)

add(
    "en",
    OB,
    lines(
        "Footer text on our volunteer sign-up page, please make it friendlier:",
        "Questions? Write to Kim Dahye at dahye.kim.vol (at) gmail (dot) com",
    ),
    [(PER, "Kim Dahye"), (MAIL, "dahye.kim.vol (at) gmail (dot) com")],
)

add(
    "ko",
    OB,
    lines(
        "중고거래 글에 이렇게 써 놨는데 개인정보 노출인가요?",
        "'직거래 어려우시면 메일 주세요 jsw0422 골뱅이 naver 점 com (지승우)'",
    ),
    [(MAIL, "jsw0422 골뱅이 naver 점 com"), (PER, "지승우")],
)

a = acct("카카오뱅크")
ma = " ".join(fullwidth(g) for g in a.split("-"))
add(
    "ko",
    OB,
    lines(
        "축제 자원봉사 활동비 계좌 받은 거 정리해 줘 (폰에서 이상하게 입력됨)",
        f"봉사자 함예슬 / 카카오뱅크 {ma}",
    ),
    [(PER, "함예슬"), (ACC, ma)],
)

p = mob()
g = p.split("-")
mx = f"{sino(g[0])}-{g[1]}-{sino(g[2])}"
add(
    "ko",
    OB,
    lines(
        "헬스장 양도 글 검수 요청",
        f"'회원권 6개월 양도해요 연락 {mx} 문자만요 (모재훈)'",
    ),
    [(PH, mx), (PER, "모재훈")],
)

# ================================================================ obfuscated: kinds not in the seventeenth's list (20)
a = ar("880215", 6)
ha = hanja_digits(a)
add(
    "mixed",
    OB,
    lines(
        "중국어로 적힌 송금 신청 메모 번역해 줘",
        f"汇款人: 金春花 (김춘화), 外国人登录号 {ha}",
        "收款人: 母亲, 中国银行 延吉支行",
    ),
    [(PER, "金春花"), (PER, "김춘화"), (ARN, ha)],
)

p = mob()
bp = math_bold(p)
add(
    "ko",
    OB,
    lines(
        "인스타 프로필 소개글 복사한 건데 문의 번호가 제대로 들어갔는지 봐줘",
        f"✨ 웨딩 스냅 작가 소하람 ✨ 예약문의 {bp} (카톡 ID 동일)",
    ),
    [(PER, "소하람"), (PH, bp)],
)

p = mob()
kp = keycap(p)
add(
    "ko",
    OB,
    lines(
        "동네 커뮤니티 글 검수: 아이 돌봄 구인",
        f"'하원 도우미 구해요 평일 4시~7시 연락 {kp} 설지아 엄마'",
    ),
    [(PH, kp), (PER, "설지아")],
)

p = mob()
ep = p.replace("-", "💛")
add(
    "ko",
    OB,
    lines(
        "꽃집 홍보 문자 초안 다듬어 줘",
        f"'🌷봄맞이 꽃다발 예약🌷 주문 {ep} 플로리스트 은하진'",
    ),
    [(PH, ep), (PER, "은하진")],
)

n = "옥서윤"
un = uesc(n)
add(
    "mixed",
    OB,
    lines(
        "번역 파일(ko.json)에 이상한 문자열이 들어가 있어요",
        '"greeting.vip": "' + un + ' 고객님, 다시 찾아주셔서 감사합니다",',
        "특정 고객 이름이 하드코딩된 것 같은데 맞나요?",
    ),
    [(PER, un)],
)

e = "minseok.yeom@kakao.com"
he = html_ent(e)
add(
    "mixed",
    OB,
    lines(
        "홈페이지 소스에 이 태그가 있는데 화면엔 뭐가 보이는 거야?",
        f'<a href="mailto:{he}">담당자 염민석에게 문의</a>',
    ),
    [(MAIL, he), (PER, "염민석")],
)

r = rr("030911", 4)
b3 = b32(r)
add(
    "mixed",
    OB,
    lines(
        "QR 코드 안에 이 문자열이 있었대요. 뭔지 알 수 있어요?",
        f"QR payload: SCHL-APPLY|{b3}|2025S2",
        "학생 이름은 구다은이라고 적힌 종이에 붙어 있었어요.",
    ),
    [(RRN, b3), (PER, "구다은")],
)

n = "하태경"
pb = pybytes(n)
add(
    "mixed",
    OB,
    lines(
        "파이썬 로그에 이런 게 찍히는데 무슨 값이야?",
        f"DEBUG payroll.export row=17 name=b'{pb}' bank=shinhan status=pending",
    ),
    [(PER, pb)],
)

n = "전다빈"
mj = mojibake(n)
p = mob()
add(
    "ko",
    OB,
    lines(
        "엑셀에서 CSV 열었더니 이름이 깨졌어요. 원래 이름 뭔지 추정돼요?",
        "순번,이름,연락처",
        f"1,{mj},{p}",
    ),
    [(PER, mj), (PH, p)],
)

n = "구나연"
fn = nfd(n)
add(
    "ko",
    OB,
    lines(
        "맥에서 받은 첨부파일명이 검색이 안 돼요. 파일명 그대로 붙임",
        f"근로장학_근무일지_{fn}_3월.xlsx",
    ),
    [(PER, fn)],
)

e = "taeyang.moh@naver.com"
re_ = e[::-1]
add(
    "ko",
    OB,
    lines(
        "오픈채팅에 이렇게 올렸는데 괜찮을까요? (스팸 봇 피하려고 뒤집어 씀)",
        f"'이력서는 여기로 보내주세요, 거꾸로 읽으세요: {re_} - 모태양'",
    ),
    [(MAIL, re_), (PER, "모태양")],
)

cat = concat("jiyoon.seol", "@", "hanmail.net")
add(
    "mixed",
    OB,
    lines(
        "이 JS 코드 리뷰해줘 (크롤러 방지용이라고 함)",
        "```js",
        f"const contact = '{cat}';",
        "document.getElementById('owner').textContent = '설지윤';",
        "```",
    ),
    [(MAIL, cat), (PER, "설지윤")],
)

r = rr("840626", 1)
front, back = r.split("-")
txt = lines(
    "본인인증 API 요청 바디 검토 (필드가 나뉘어 있음)",
    js({"name": "어건우", "rrnFront": front, "rrnBack": back, "carrier": "SKT"}),
)
add("mixed", OB, txt, [(PER, "어건우"), (RRN, seg(txt, front, back))])

n = "설윤재"
qn = qp(n)
add(
    "mixed",
    OB,
    lines(
        "원본 메일 소스 보기에서 복사했는데 서명 이름이 뭐예요?",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        f"=EA=B0=90=EC=82=AC=ED=95=A9=EB=8B=88=EB=8B=A4. {qn} =EB=93=9C=EB=A6=BC",
    ),
    [(PER, qn)],
)

ip1 = priv_ip()
hx = hex_ip(ip1)
add(
    "en",
    OB,
    lines(
        "Can you explain this line from the print server audit log?",
        f"job 5512 submitted by user vthompson from host {hx} (legacy client writes octets in hex)",
        "Owner of the job: Victoria Thompson, Accounts Payable.",
    ),
    [(IP, hx), (PER, "Victoria Thompson")],
)

ip1 = pub_ip()
pd = pad_ip(ip1)
add(
    "en",
    OB,
    lines(
        "The mainframe export pads every octet, is this the same client as yesterday's incident?",
        f"CLIENT-ADDR={pd} USERID=HWALEE SESSION=00417",
        "Customer: Lee Hwa-young, retail banking.",
    ),
    [(IP, pd), (PER, "Lee Hwa-young")],
)

p = mob()
ul = underline(p)
add(
    "ko",
    OB,
    lines(
        "블로그 글에 밑줄 글꼴로 번호를 넣었는데 검색이 안 된대요",
        f"상담 예약: {ul} (원장 우미경)",
    ),
    [(PH, ul), (PER, "우미경")],
)

e = "grace.park@accessco.com"
hg = homoglyph(e)
add(
    "en",
    OB,
    lines(
        "Our phishing filter missed this reply-to address, can you see why?",
        f"Reply-To: Grace Park <{hg}>",
        "The display name matches our real CFO.",
    ),
    [(PER, "Grace Park"), (MAIL, hg)],
)

p = mob()
up = eu_dash(p)
add(
    "ko",
    OB,
    lines(
        "택시 분실물 신고 문자 받았는데 번호 형식이 이상해요",
        f"'지갑 찾으시면 {up} 로 연락 부탁드려요 표승연입니다'",
    ),
    [(PH, up), (PER, "표승연")],
)

e = "d.mensah@ghana-trade.org"
dpct = dbl_pct(e)
add(
    "en",
    OB,
    lines(
        "Why does the unsubscribe link fail? It is in the access log like this:",
        f"GET /unsubscribe?email={dpct}&list=weekly 400",
        "Our proxy seems to encode the query twice. The subscriber is Mr. Daniel Mensah.",
    ),
    [(MAIL, dpct), (PER, "Daniel Mensah")],
)


def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "eighteenth")


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
    write_heldout(Path(__file__).with_name("heldout_eighteenth.jsonl"), rows)


if __name__ == "__main__":
    main()
