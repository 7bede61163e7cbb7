# ruff: noqa: E501
"""Fifteenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases). Read: check_digits.py, spans.py and jsonl.py in full;
of heldout_fourteenth.py its module docstring (whose labelling conventions this file copies unchanged), its imports and
constants, its value makers and disguise helpers (dg ... issn, lines 1-380) and build()/main(). Printing that range also
showed the first lines after it: the heading comment of its first case ("positives: 병무청") and that case's opening
assignment of made-up values. A `grep -n` for the generator's def/constant line numbers also printed a handful of
single lines from inside its cases (a Postgres duplicate-key error with an INSERT, an OCR'd "NAME:" line, "from faker
import Faker", an RRN-masking regex), and printing the lines around its s10() helper and around the faker line showed
three of its hard negatives (a parcel-loss note with order/waybill/return numbers and a 1588 number, a Faker fixture,
the masking regex). Nothing else of its case lists was seen, and no case here copies those. `ls tests/detectors/corpus/`,
`grep -rl jsonl tests` and a `grep -n` of build_corpus.py for "jsonl|heldout" returned file names and four lines
(no test file reads a held-out generator). `git log --oneline -3` showed three commit subjects; `git status --short`
listed the names, not the contents, of files other people are changing under detectors/, docs/ and gateway/. The
evaluation script and the detectors were neither read nor run against these cases; nothing here was tuned to the
engine. Values are made up with a fresh seed; resident, alien, business and corporate numbers and card numbers carry
real check digits (check_digits.py), cards in real issuer ranges (Visa 4, Mastercard 51-55, Amex 37, JCB 3568); ISBN
and EAN-13 among the hard negatives carry theirs too. Post-October-2020 resident numbers (random last digit that fails
the old checksum) appear only for children born since then (소아과 외래, 전입신고 자녀, 재난지원금 손녀, 이중언어
가족 자녀, 홍역 접촉 원아, 아동학대 피해아동), carried by context.

New domains (none in the fourteenth's list): 통계청 조사원 (농림어업총조사 방문일지, 경제총조사 인건비, CAPI 태블릿
로그, 보수교육 문자), 국립병원 외래 (HL7 ADT, 의무기록 사본 발급 OCR, 예약변경 문자, 외국인 통역 요청, 소아 접수),
교정시설 접견 (일반접견 예약, 영치금 환급, 변호인접견 팩스 OCR, 영사접견), 농협 조합원 (가입신청, 배당금 UPDATE,
상호금융 상담 STT, 영농자재 외상 CSV, 직원 서명), 수협 (어선원 재해보험 외국인 선원, 위판대금 정산, 어촌계 가입),
철도 공사 현장 (출입명부 markdown, 작업일보 카톡, 용지보상 협의서, 컨설턴트 VPN), 공항 보안검색 (위해물품 적발,
상주직원 출입증, 외국인 승객 민원, 재검색 민원), 대학병원 임상시험 (피험자 교통비, CRA 서명, SAE 보고, eCRF 감사
로그), 재난지원금 (이의신청 가구원, 카드 충전 취소 STT, 외국인 주민 문의, 중복수급 REPL 출력), 주민센터 (전입신고서,
확정일자, 외국인 체류지 변경, 주민등록증 최초발급), 자동차 등록 (이전등록, 법인차량, 번호판 영치 해제, 외국인 이전
거부), 청소년상담복지센터 (초기상담 접수, 위기 카톡, 사이버상담 신고 로그), 다문화가족센터 (방문 한국어교육,
통번역 봉사 활동비, 이중언어 가족, 운전면허 교실), 해외 공관 영사 (긴급여권, 재외국민등록 변경, 아포스티유,
사건사고, 영사 음성사서함), 국방 조달 (방산업체 등록, 협력업체 보안측정, 절충교역 메일, 하도급 직불), 기상청
관측소 (AWS 부지 임대, 수집 서버 경보, 관측 위탁 인수인계), 보건소 감염병 (수두 신고, 홍역 접촉자 CSV, 쯔쯔가무시
역학조사, 상황실 연락망, 뎅기 모니터링 SMS), 노동청 임금체불 (진정서, 외국인 진정 통역, 대지급금 INSERT, 통화 메모,
감독관 회의록), 국가유산청 (매장유산 발견 신고, 돌봄사업 인건비, 공동발굴 서신), 특허청 (출원서 발명자·대리인,
전자출원 로그인, 상표 이의신청 감면), 공정위 (하도급대금 신고, 가맹 분쟁조정, 해외 본부 대리인), 한전·수도 요금
(복지할인, 누수감면, 챗봇 로그), 지방세 체납 (차량 영치 psql 결과, 예금 압류, 분할납부 STT, 법인 관허사업 제한),
법무부 보호관찰 (개시 신고, 사회봉사 집결 문자, 위치추적 관제 감사 로그, 외국인 대상자 안내), 소방 점검 (작동점검
보고, 완비증명 재발급, 관제 게이트웨이 설정), 국립대 장학 (국가장학금 이의신청, 근로장학생 집계, 추천서, 생활관),
연구재단 과제 (자문료 명단, 실적보고 지연, 학생연구원 인건비, IRIS 이상 로그인), 경찰 (유치인 입감, 스토킹
잠정조치, 음주단속, 아동학대 신고, 외국 영사 통보), 손해보험 보상, 카드사 (부정사용, 채팅 속 카드번호, 가맹점
심사), 저축은행 (대출 심사, 추심 통화, 고정폭 배치 파일), 학교 (해외 수학여행 명단, 학부모 상담, 교육급여, 원어민
교사 연락처), 가정법원 (개명허가, 성년후견), 난민·귀화, 헌혈 이상반응, 장애인 등록, 반려동물 등록, 하이패스 미납,
화장 예약, 화물차 유가보조금 (Java 테스트 픽스처), 청약 부적격 (YAML), 태양광 보조금 (SOAP), 관광통역안내사,
학자금 상환, PR diff 속 픽스처, iCalendar 초대, 제적등본 (한자 이름). Formats: TSV/CSV pastes, markdown and
box-drawing forms, psql grids, SQL UPDATE/INSERT, MySQL dump, JSON logs, YAML, SOAP XML, HL7 v2, Java, Python REPL,
fixed-width batch records, access logs, audit logs, INI config, /proc/net/tcp, DNS zone line, firewall export, raw
mail headers and quoted-printable bodies, e-mail signatures, iCalendar, KakaoTalk and chat transcripts, call-centre
STT, OCR'd forms, meeting notes, git diff.

Labelling decisions: the fourteenth set's rules (copied from heldout_fourteenth.py's docstring) apply unchanged. In
particular: PERSON is the name only, every mention (surname-only "김 교수님", "정 감독관" and given-name-only ones
included), not names inside e-mail local parts, not placeholders, masked names or public/historical figures, not
handles; LOCATION runs from the first administrative unit through the building number plus directly following unit
detail (a comma before 동/호/층 included, a trailing parenthetical not), English-order addresses from the unit/street
number through the postcode without the country; 15xx/16xx/18xx representative numbers and short service numbers
are not PHONE_NUMBER, but a number with a full area code is, whoever answers it; masked values, CIDR blocks,
loopback/unspecified and documentation IPs are not labelled, private host IPs are; foreign passport numbers, 조사구
번호, 수용번호, 사건번호, 공탁번호, 민원 접수번호, 현금영수증·세금계산서 승인번호, 차대번호 and vehicle plates are never
labelled; a driver's licence written with the region name is one span including it; obfuscated values are one span
from the first to the last character of the disguised value, and encoded values are labelled with the entity they
encode on the encoded token. Placeholders (홍길동, 000000-0000000, 010-0000-0000, user@example.com, John Doe,
(555) 555-01xx, 123 Main St, Anytown, the 4111 test card, zero templates) are never labelled. A surname and given name
in separate fields (HL7 PID "BYUN^SEOYUN") are two PERSON spans; an airline-style "WHITMORE/DANIEL" is one. A Korean
name in Hanja (제적등본) and a Chinese name in Hanzi are PERSON as written.
Added or made explicit for this set:
- Public institutions' 1350, 1345, 110, 120, 123, 1339, 1388, 1332, 114 and 1588-/1644-/1670- numbers are hard negatives
  when they stand alone, also when an STT transcript spells them out in Sino-Korean words (일오팔팔에 이일공공).
- A phone-shaped item code (품목코드 031-4501-2200), a 16-digit order number starting with 8 that passes Luhn, a
  13-digit order number starting with a date, 한우 이력번호, 승차권 번호, 법정동코드·도로명코드·건물관리번호, 종목코드 and
  ISIN, 특허 출원·등록번호 and PCT numbers, NCT/KCT registry IDs, MAC addresses and UUIDs, JWT header fields, 사번,
  기록물 분류번호, 계량기·고객번호 (한전), 수용가번호 and four-part version numbers (4.10.12.1, 10.20.30.40-beta) are
  never labelled; an amount with thousands separators that happens to look like an account (총예산 3,333,051,000원) is
  a hard negative.
- Encoded or machine-shaped tokens are labelled on the token: a MySQL X'...' hex literal on the hex digits inside the
  quotes; an IPv4 address printed little-endian in /proc/net/tcp (0B34A8C0) on the eight hex digits; a reverse-DNS
  owner name (112.75.168.192.in-addr.arpa) on the reversed dotted quad; a zero-padded firewall address (010.025.202.135)
  on the padded quad; a quoted-printable display name on the whole =XX run; a ROT13 e-mail in a data attribute on the
  ROT13 string; String.fromCharCode(...) on the comma-separated code run inside the parentheses.
- A name decomposed into conjoining jamo (NFD, a file name copied from macOS), spelled in compatibility jamo
  (ㄱㅏㅇㅁㅣㄴㅅㅓ), typed with the IME left in English mode (유지현 -> dbwlgus) or with dots between syllables
  (나.윤.슬) is PERSON on that token.
- A number whose separators were replaced (minus sign U+2212, hyphen U+2010, the Hangul vowel ㅡ, flower emoji,
  dots in a business number) or whose digits were replaced (갖은자 壹貳參, superscripts, circled digits, Urdu/Persian
  and Thai digits, ㅇ for 0, OCR D/b/g/A/I/T for 0/6/9/4/1/7) is one span over the disguised token; a soft hyphen or
  word joiners inside it are inside the span.
- Spreadsheet damage: a phone number or a 2000s-born resident number whose leading zero Excel dropped is labelled on
  the remaining digits; a resident number split at its dash into two cells by "text to columns" is one span from the
  first digit of the front to the last of the back, the tab between included; a card number sent as four chat
  messages is one span from the first group to the last, the timestamps and speaker tags between included; a
  resident number OCR'd from a 13-box paper form ("| 5 | 8 | ... | 9 |") runs from the first digit to the last, the
  bars between included and the outer bars outside.
- Spoken numbers: Korean STT reading groups as quantities (공일공에 육천오백삼십오에 오천사백오십팔; 백십 다시
  육백오십사 ...), English STT with "double"/"triple", a passport read with Hangul letter names (엠 오공구 ...) or as
  "M as in Mike, nine, eight, ...", an alien registration number read in English words with "dash", and a driving
  licence read with its region name and 에 between groups: one span from the first number word (or letter) to the
  last. "hyunwoo.seo 앳 gmail 닷 com" and a letter-by-letter spaced address are one EMAIL_ADDRESS span.

Obfuscation kinds used (40 cases): 갖은자 account, Korean quantity-reading STT phone, English double/triple STT phone,
Urdu digits, superscript card, circled-digit RRN, NFD file-name name, 한/영 mistyped name in a search log and on
purpose, compatibility-jamo name, quoted-printable name, MySQL hex literal RRN, /proc/net/tcp hex IP, soft hyphen in
an RRN, U+2212/U+2010 dashes, ㅡ dash, ㅇ for zero, emoji separators, account written as an amount, Excel-stripped
leading zeros (phone, RRN), card split over chat messages, 13-box form OCR, Hangul letter-name passport STT, NATO-style
passport, 앳/닷 e-mail, letter-spaced e-mail, ROT13 e-mail, String.fromCharCode e-mail, Thai digits, OCR letter swaps in
a 건강보험증 number, quantity-reading account STT, word joiners in a card, text-to-columns RRN split, dotted name,
zero-padded IP, reverse-DNS IP, spoken licence with region, spoken ARN with "dash", dotted business number with a
circled-digit corporate number.
"""

from __future__ import annotations

import base64
import json
import random
import unicodedata
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
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

random.seed(15_2026_0317_8842)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (as in the fourteenth set)
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


def v6() -> str:
    head = random.choice(["2001:2d8", "2001:e60", "2406:5900", "2001:4430", "2400:cb00"])
    return head + ":" + ":".join(f"{random.randint(1, 0xFFFF):x}" for _ in range(6))


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


# ---------------------------------------------------------------- disguises (fourteenth's, then new ones)
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
LOOK = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
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


# New for this set.
GAJEUN = dict(zip("0123456789", "零壹貳參肆伍陸柒捌玖", strict=True))  # 갖은자, the anti-forgery numerals of 증서
SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
ARABIC_INDIC = dict(zip("0123456789", "٠١٢٣٤٥٦٧٨٩", strict=True))
PERSIAN = dict(zip("0123456789", "۰۱۲۳۴۵۶۷۸۹", strict=True))
OCR_MIX = {"0": "D", "6": "b", "9": "g", "4": "A", "1": "I", "7": "T"}
EN_WORD = dict(
    zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True)
)
LATIN_KO = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [
            "에이",
            "비",
            "씨",
            "디",
            "이",
            "에프",
            "지",
            "에이치",
            "제이",
            "케이",
            "엘",
            "엠",
            "엔",
            "피",
            "알",
            "에스",
            "티",
            "유",
            "브이",
            "더블유",
            "엑스",
            "와이",
            "제트",
        ],
        strict=True,
    )
)
SHY, WJ, NBHY, MINUS = "\u00ad", "\u2060", "\u2011", "\u2212"

_CHO = "rRseEfaqQtTdwWczxvg"
_CHO_KEYS = ["r", "R", "s", "e", "E", "f", "a", "q", "Q", "t", "T", "d", "w", "W", "c", "z", "x", "v", "g"]
_JUNG_KEYS = [
    "k",
    "o",
    "i",
    "O",
    "j",
    "p",
    "u",
    "P",
    "h",
    "hk",
    "ho",
    "hl",
    "y",
    "n",
    "nj",
    "np",
    "nl",
    "b",
    "m",
    "ml",
    "l",
]
_JONG_KEYS = [
    "",
    "r",
    "R",
    "rt",
    "s",
    "sw",
    "sg",
    "e",
    "f",
    "fr",
    "fa",
    "fq",
    "ft",
    "fx",
    "fv",
    "fg",
    "a",
    "q",
    "qt",
    "t",
    "T",
    "d",
    "w",
    "c",
    "z",
    "x",
    "v",
    "g",
]
_CHO_JAMO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG_JAMO = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG_JAMO = [
    "",
    "ㄱ",
    "ㄲ",
    "ㄳ",
    "ㄴ",
    "ㄵ",
    "ㄶ",
    "ㄷ",
    "ㄹ",
    "ㄺ",
    "ㄻ",
    "ㄼ",
    "ㄽ",
    "ㄾ",
    "ㄿ",
    "ㅀ",
    "ㅁ",
    "ㅂ",
    "ㅄ",
    "ㅅ",
    "ㅆ",
    "ㅇ",
    "ㅈ",
    "ㅊ",
    "ㅋ",
    "ㅌ",
    "ㅍ",
    "ㅎ",
]


def _parts(ch: str) -> tuple[int, int, int]:
    i = ord(ch) - 0xAC00
    assert 0 <= i < 11172, ch
    return i // 588, (i % 588) // 28, i % 28


def dubeol(s: str) -> str:
    """Hangul typed with the IME left in English mode (두벌식 keys): 김민준 -> rlaalswns."""
    out = []
    for ch in s:
        if ch == " ":
            out.append(" ")
            continue
        a, b, c = _parts(ch)
        out.append(_CHO_KEYS[a] + _JUNG_KEYS[b] + _JONG_KEYS[c])
    return "".join(out)


def jamo(s: str) -> str:
    """Hangul spelled out in compatibility jamo (ㄱㅣㅁ...), as chat users write to dodge a word filter."""
    out = []
    for ch in s:
        a, b, c = _parts(ch)
        out.append(_CHO_JAMO[a] + _JUNG_JAMO[b] + _JONG_JAMO[c])
    return "".join(out)


def nfd(s: str) -> str:
    """Decomposed Hangul (conjoining jamo), as a file name copied from macOS arrives."""
    return unicodedata.normalize("NFD", s)


def qp(s: str) -> str:
    """Quoted-printable UTF-8 bytes, as a mail body with Content-Transfer-Encoding: quoted-printable has them."""
    return "".join(f"={b:02X}" for b in s.encode())


def hexlit(s: str) -> str:
    return s.encode().hex().upper()


def le_hex_ip(ip: str) -> str:
    """An IPv4 address as /proc/net/tcp prints it: little-endian hexadecimal."""
    return "".join(f"{int(o):02X}" for o in reversed(ip.split(".")))


_UNITS = ["", "십", "백", "천"]


def ko_count(group: str) -> str:
    """A digit group read as a quantity (8234 -> 팔천이백삼십사); leading zeros read as 공."""
    lead = len(group) - len(group.lstrip("0"))
    out = "공" * lead
    rest = group[lead:]
    for k, ch in enumerate(rest):
        d = int(ch)
        u = _UNITS[len(rest) - 1 - k]
        if d == 0:
            continue
        out += ("" if d == 1 and u else SINO[ch]) + u
    return out


def en_spoken(s: str) -> str:
    """Digits read aloud in English with 'double'/'triple' runs, as an English call transcript has them."""
    out, i = [], 0
    ds = digits(s)
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        w = EN_WORD[ds[i]]
        if run == 3:
            out.append(f"triple {w}")
        elif run == 2:
            out.append(f"double {w}")
        else:
            out.extend([w] * run)
        i = j
    return " ".join(out)


def lines(*rows: str) -> str:
    return "\n".join(rows)


# ---------------------------------------------------------------- positives: 통계청 조사원 (농림어업총조사·경제총조사)
n1, n2, n3 = "탁경자", "옥만수", "Nguyen Thi Lan"
p1, p2, p3 = mob(), land("054"), mob()
a1 = "경상북도 의성군 단촌면 하화리 312-4"
a2 = "경상북도 의성군 의성읍 중리리 88"
add(
    "ko",
    P,
    lines(
        "농림어업총조사 3조 조사원 방문일지 붙여넣어요. 재방문 순서만 동선 기준으로 다시 짜줘",
        "조사구\t가구번호\t응답자\t연락처\t소재지\t비고",
        f"4713-0217\t003\t{n1}\t{p1}\t{a1}\t부재 2회, 저녁 7시 이후 가능",
        f"4713-0217\t011\t{n2}\t{p2}\t{a2}\t과수원, 사과 수확철이라 오전 불가",
        f"4713-0219\t004\t{n3}\t{p3}\t-\t며느리분, 한국어 조금. 시아버지 대신 응답",
    ),
    [(PER, n1), (PH, p1), (LOC, a1), (PER, n2), (PH, p2), (LOC, a2), (PER, n3), (PH, p3)],
)

n, r, b, p = "편윤희", rr("870929", 2), acct("우체국"), mob()
add(
    "ko",
    P,
    f"""[경제총조사 조사원 인건비] 원천징수 때문에 주민번호 필요하다고 해서 받은 거예요. 지급조서 양식에 맞게 열 순서 바꿔줘.
성명: {n}
주민등록번호: {r}
지급계좌: 우체국 {b} (본인)
휴대전화: {p}
근무기간: 5.20.~6.28. (실근무 29일)""",
    [(PER, n), (RRN, r), (ACC, b), (PH, p)],
)

ip1, n, p = priv_ip(), "남궁 선", mob()
add(
    "mixed",
    P,
    f"""CAPI 태블릿 동기화 에러 로그인데 원인 좀 봐줄래요?
{{"ts":"2025-09-02T19:41:07+09:00","level":"ERROR","device":"TAB-2231","src_ip":"{ip1}","survey":"ECN-2025","resp":{{"name":"{n}","tel":"{p}"}},"msg":"upload rejected: duplicate household key"}}
{{"ts":"2025-09-02T19:41:09+09:00","level":"WARN","device":"TAB-2231","src_ip":"{ip1}","msg":"retry 1/3"}}""",
    [(IP, ip1), (PER, n), (PH, p), (IP, ip1)],
)

n, p, e = "사공민혁", mob(), "sagong.mh@korea.kr"
add(
    "ko",
    P,
    f"""조사원 교육 안내 문자 초안인데 좀 더 부드럽게 다듬어줘

안녕하세요, 통계청 경인지방통계청 조사지원과 {n} 주무관입니다. 9월 9일(화) 조사원 보수교육은 3층 대회의실에서 진행됩니다. 불참 시 {p} 또는 {e}로 미리 알려주세요.""",
    [(PER, n), (PH, p), (MAIL, e)],
)

# ---------------------------------------------------------------- positives: 국립병원 외래
mrn, fam, giv, bd, p = dg(8), "BYUN", "SEOYUN", "19870412", mob()
h = hi()
add(
    "en",
    P,
    f"""Our interface engine is rejecting this ADT message from the outpatient clinic. Can you spot what's malformed?
MSH|^~\\&|OCS|NMC|EMR|NMC|20250311093512||ADT^A04|MSG{dg(6)}|P|2.5
PID|1||{mrn}^^^NMC^MR||{fam}^{giv}||{bd}|F|||||{p}|||||||||||
IN1|1|NHIS|||||||||||||||||||||||||||||||||||||||||||||{h}""",
    [(PER, fam), (PER, giv), (PH, p), (HINS, h)],
)

n, rel, n2, r, a, p = "감우진", "배우자", "피정란", rr("520314", 2), "서울특별시 도봉구 해등로 173, 102동 1304호", mob()
h = hi()
add(
    "ko",
    P,
    f"""의무기록 사본 발급 신청서 스캔한 거 텍스트로 옮겼어. 빠진 칸 있는지 체크해줘.
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 환  자  성  명 : {n2}        주민등록번호 : {r}
 건강보험증번호 : {h}
 신  청  인     : {n}  (환자와의 관계: {rel})
 신청인 주소    : {a} (창동)
 연  락  처     : {p}
 발급 범위      : 2024.01.01 ~ 2024.12.31 외래기록지, 검사결과지
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━""",
    [(PER, n2), (RRN, r), (HINS, h), (PER, n), (LOC, a), (PH, p)],
)

n, p, h = "어수빈", mob(), hid()
add(
    "ko",
    P,
    f"""외래 예약변경 안내 문자 대상자 한 명 추가해줘: {n} 님, {p}, 건강보험증 번호 {h}, 정신건강의학과 김 교수님 3/18 → 3/25 오전으로 변경""",
    [(PER, n), (PH, p), (HINS, h), (PER, "김")],
)

n, e, ph = "Amara Okafor", "amara.okafor87@gmail.com", "+82 10-" + fmt("MNNN-NNNN")
add(
    "en",
    P,
    f"""Please draft a reply confirming an interpreter for this patient's rheumatology visit.

From: {n} <{e}>
Subject: Interpreter for 14 April appointment
Hello, I have a follow-up at the outpatient clinic on 14 April at 10:30. My Korean is limited; could an English interpreter join? You can reach me at {ph}. Thank you, {n.split()[0]}""",
    [(PER, n), (MAIL, e), (PH, ph), (PER, "Amara")],
)

r_child, n, p = rn("220815", 4), "하은솔", mob()
add(
    "ko",
    P,
    f"""소아청소년과 외래 접수 메모 정리 부탁해요.
- 환아: {n} (2022년 8월생), 주민번호 {r_child}
- 보호자 연락처 {p} (엄마)
- 주호소: 3일째 38도 이상 발열, 해열제 반응 미미
- 전원 여부: 아직 미정""",
    [(PER, n), (RRN, r_child), (PH, p)],
)

# ---------------------------------------------------------------- positives: 교정시설 접견
n1, p1, n2, p2, n3 = "모경태", mob(), "라미순", mob(), "진다현"
add(
    "ko",
    P,
    f"""구치소 일반접견 예약 현황(내일 오전) 표로 만들어줘. 수용번호는 그대로 두고.
09:00 수용번호 2417 / 접견인 {n1} (부) {p1}
09:30 수용번호 0933 / 접견인 {n2} (모) {p2}, 동반 {n3} (누나)
10:00 수용번호 2417 / 변호인 접견으로 변경됨 — 일반접견 취소""",
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3)],
)

n, b, bank = "석은비", acct("하나"), "하나은행"
add(
    "ko",
    P,
    f"""영치금 환급 요청 민원 답변 써줘. 출소한 가족분이 남은 영치금을 어머니 {n} 씨 명의 {bank} {b}로 돌려받고 싶다고 하셨어요. 본인 확인서류 필요하다는 내용 넣어줘.""",
    [(PER, n), (ACC, b)],
)

law, firm_addr, tel, fax, inm = (
    "변정민",
    "대전광역시 서구 둔산중로 78번길 26, 5층 503호",
    land("042"),
    land("042"),
    "유태식",
)
add(
    "ko",
    P,
    f"""팩스로 들어온 변호인접견 신청서 OCR 결과예요. 오타 보정해줘.
변호인접견신청서
변 호 인 : 변호사 {law}
사무소 소재지 : {firm_addr}
전화 : {tel}  팩스 : {fax}
접견 대상 수용자 : {inm} (수용번호 1208)
희망일시 : 2025. 4. 2. 14:00""",
    [(PER, law), (LOC, firm_addr), (PH, tel), (PH, fax), (PER, inm)],
)

n, a, pas_f = "Tran Van Hung", ar("940223", 5), "C" + dg(7)
add(
    "mixed",
    P,
    f"""외국인 수용자 영사접견 요청 공문 영문으로 써줘. 베트남 대사관으로 보낼 거고 요점만.
- 수용자: {n}
- 외국인등록번호: {a}
- 베트남 여권번호: {pas_f}
- 접견 희망: 다음주 중 평일 오후""",
    [(PER, n), (ARN, a)],
)

# ---------------------------------------------------------------- positives: 농협 조합원
n, r, a, b, p = "국정숙", rr("610507", 2), "전라북도 김제시 백구면 석담리 221-7", acct("농협"), mob()
add(
    "ko",
    P,
    f"""조합원 가입신청서 내용 확인 좀. 출자금 이체 계좌랑 주소 형식이 맞는지만 봐줘
성명 {n} / 주민등록번호 {r}
주소 {a}
경작면적 3,305㎡ (논)
출자금 납입 계좌 농협 {b}
휴대폰 {p}""",
    [(PER, n), (RRN, r), (LOC, a), (ACC, b), (PH, p)],
)

rows = [
    ("천봉구", rr("480112", 1, dash=False), acct("농협", plain=True)),
    ("마옥례", rr("530830", 2, dash=False), acct("농협", plain=True)),
]
add(
    "mixed",
    P,
    "배당금 지급 쿼리 돌리기 전에 문법만 봐줘\n"
    + "\n".join(
        f"UPDATE member SET div_amt = 184200, pay_acct = '{b}' WHERE rrn = '{r}' AND name = '{n}';" for n, r, b in rows
    ),
    [lab for n, r, b in rows for lab in ((ACC, b), (RRN, r), (PER, n))],
)

n, p = "봉춘자", mob()
b = acct("농협")
add(
    "ko",
    P,
    f"""상호금융 대출 상담 녹취 요약해줘(STT 원문)
상담원: 네 고객님 성함이 어떻게 되세요
고객: {n}이요
상담원: 연락처 확인차 말씀 부탁드립니다
고객: {p}
상담원: 이자 자동이체는 기존 {b} 계좌로 하시는 거죠
고객: 네 그걸로요""",
    [(PER, n), (PH, p), (ACC, b)],
)

n1, n2 = "황보영길", "제갈미정"
b1, b2 = acct("농협"), acct("농협")
add(
    "ko",
    P,
    f"""영농자재 외상 장부 CSV인데 합계 열 추가해줘
조합원명,품목,수량,금액,결제계좌
{n1},복합비료 20kg,40,784000,{b1}
{n1},상토 50L,25,212500,{b1}
{n2},제초제,6,138000,{b2}""",
    [(PER, n1), (ACC, b1), (PER, n1), (ACC, b1), (PER, n2), (ACC, b2)],
)

n, e, p = "Min-seo Goh", "goh.minseo@nonghyup.com", land("063")
add(
    "en",
    P,
    f"""Tidy up my e-mail signature so it fits the bank's template:
--
{n} | Member Services, Gimje Baekgu Agricultural Cooperative
T {p} | {e}
48, Baeksan-ro, Baekgu-myeon, Gimje-si, Jeollabuk-do 54363""",
    [(PER, n), (PH, p), (MAIL, e), (LOC, "48, Baeksan-ro, Baekgu-myeon, Gimje-si, Jeollabuk-do 54363")],
)
# ---------------------------------------------------------------- positives: 수협 (어선원 보험·위판 대금)
c1, a1, c2, a2, c3, a3 = "Pham Duc Thanh", ar("960704", 5), "Lê Văn Tú", ar("001118", 7), "Ko Ko Aung", ar("910305", 5)
cap, cp = "위판석", mob()
add(
    "mixed",
    P,
    f"""어선원재해보상보험 가입자 명단 엑셀에서 복사한 거예요. 외국인 선원 국적별로 정렬해줘.
선박명\t선원성명\t외국인등록번호\t국적\t직책
제7해성호\t{c1}\t{a1}\t베트남\t갑판원
제7해성호\t{c2}\t{a2}\t베트남\t갑판원
제7해성호\t{c3}\t{a3}\t미얀마\t기관원
선장 {cap} {cp} (계약 문의는 선장에게)""",
    [(PER, c1), (ARN, a1), (PER, c2), (ARN, a2), (PER, c3), (ARN, a3), (PER, cap), (PH, cp)],
)

n, b, brn_ = "도은철", acct("수협"), bz()
add(
    "ko",
    P,
    f"""위판대금 정산 오류 건 보고서 문장 다듬어줘: 8월 12일 새벽 위판분 중 대성수산(사업자 {brn_}, 대표 {n}) 앞 정산금이 수협 {b} 대신 예전 계좌로 나갔고, 반환 요청 중입니다.""",
    [(BRN, brn_), (PER, n), (ACC, b)],
)

n, p, a = "지봉순", mob(), "전라남도 완도군 노화읍 이포리 1046"
add(
    "ko",
    P,
    f"""어촌계 신규 계원 가입 안내문에 들어갈 예시 문장 말고, 이분 실제 접수 내용을 공문 형식으로 바꿔줘:
계원 신청인 {n}, {a} 거주, 연락처 {p}, 전복 양식 경력 6년""",
    [(PER, n), (LOC, a), (PH, p)],
)

# ---------------------------------------------------------------- positives: 철도 공사 현장
rows = [
    ("권태산", "731009", mob(), "A-2217"),
    ("Bakhodir Yusupov", "", mob(), "A-2218"),
    ("염순옥", "680221", mob(), "A-2219"),
]
ar_bak = ar("890613", 5)
add(
    "mixed",
    P,
    f"""현장 출입명부(10/21) 안전교육 미이수자만 뽑아줘
| 출입증 | 성명 | 생년월일/외국인번호 | 연락처 | 안전교육 |
|---|---|---|---|---|
| {rows[0][3]} | {rows[0][0]} | {rows[0][1]} | {rows[0][2]} | 이수 |
| {rows[1][3]} | {rows[1][0]} | {ar_bak} | {rows[1][2]} | 미이수 |
| {rows[2][3]} | {rows[2][0]} | {rows[2][1]} | {rows[2][2]} | 미이수 |""",
    [
        (PER, rows[0][0]),
        (PH, rows[0][2]),
        (PER, rows[1][0]),
        (ARN, ar_bak),
        (PH, rows[1][2]),
        (PER, rows[2][0]),
        (PH, rows[2][2]),
    ],
)

n1, n2, p1 = "서문경호", "용혜린", mob()
add(
    "ko",
    P,
    f"""[카톡 전달] 작업일보 정리 부탁
[오후 5:42] {n1} 소장: 금일 3공구 궤도 부설 120m 완료, 내일 장비 반입 07시
[오후 5:44] {n1} 소장: 덤프 기사 연락처 {p1} 이쪽으로 직접 연락
[오후 5:47] {n2}: 소장님 안전점검표 사진 아직 안 올라왔어요
[오후 5:48] {n1} 소장: 내일 아침에 올림""",
    [(PER, n1), (PER, n1), (PH, p1), (PER, n2), (PER, n1)],
)

n, r, a, b, p = "기순남", rr("570718", 1), "충청남도 아산시 배방읍 공수리 447-2", acct("국민"), mob()
lic2 = dl("충남", named=True)
add(
    "ko",
    P,
    f"""용지보상 협의서 작성해줘. 아래 소유자 정보 그대로 넣고, 보상금액은 공란으로.
토지 소유자: {n} ({r}) — 신분확인 운전면허 {lic2}
편입 토지: {a} 답 1,120㎡ 중 318㎡
보상금 수령 계좌: 국민은행 {b}
연락처: {p}""",
    [(PER, n), (RRN, r), (DLIC, lic2), (LOC, a), (ACC, b), (PH, p)],
)

n, e, ip = "Sophie Laurent", "s.laurent@systra-consult.fr", pub_ip()
add(
    "en",
    P,
    f"""The signalling consultant can't reach the project VPN. Summarise this for the IT desk:
"Hi, this is {n} from the ETCS review team. Since Monday the VPN rejects my login from our Seoul hotel (public IP {ip}). My account is {e}. Could you whitelist it until 31 Oct? Thanks.\"""",
    [(PER, n), (IP, ip), (MAIL, e)],
)

# ---------------------------------------------------------------- positives: 공항 보안검색
n, pas, flt = "채도윤", pp_new("M"), "KE0703"
add(
    "ko",
    P,
    f"""보안검색 위해물품 적발 보고서 초안 다듬어줘.
일시: 2025.07.14 06:52 / 장소: 제2여객터미널 출국장 3번 검색대
승객: {n} (여권 {pas}, {flt} 나리타행)
적발물품: 기내 반입 금지 보조배터리 아님, 라이터형 전자충격기 1점
조치: 임의포기 후 폐기, 경찰 인계 안 함""",
    [(PER, n), (PASS, pas)],
)

n, r, d, com, combrn = "맹상현", rr("880406", 1), dl("인천"), "에어사이드서비스(주)", bz()
add(
    "ko",
    P,
    f"""상주직원 출입증 발급신청 검토 요청
신청인 {n} / 주민등록번호 {r}
운전면허번호 {d} (램프 차량 운전 필요)
소속 {com} 사업자등록번호 {combrn}
구역: 보호구역 A, C""",
    [(PER, n), (RRN, r), (DLIC, d), (BRN, combrn)],
)

n, fp, e = "Daniel Whitmore", "5" + dg(8), "d.whitmore@outlook.com"
add(
    "en",
    P,
    f"""Rewrite this incident note in plain English for the airline's station manager.
Pax WHITMORE/DANIEL MR, UK passport {fp}, refused to remove laptop at lane 14; supervisor called at 11:20. Pax later wrote to us from {e} saying staff were rude. Mr {n.split()[1]} requests CCTV review.""",
    [(PER, "WHITMORE/DANIEL"), (MAIL, e), (PER, "Whitmore")],
)

n, pas, p = "빈서하", pp("M"), mob()
add(
    "ko",
    P,
    f"""김포공항 보안검색 재검색 민원 회신문 써줘. 민원인 {n}님(구여권 {pas}, 연락처 {p})이 임산부 검색 시 배려 부족을 지적하셨습니다. 사과와 개선조치(검색요원 교육) 넣어줘.""",
    [(PER, n), (PASS, pas), (PH, p)],
)

# ---------------------------------------------------------------- positives: 대학병원 임상시험
s1, b1, r1, s2, b2, r2 = "곽나래", acct("신한"), rr("930115", 2), "엄기석", acct("카카오뱅크"), rr("790822", 1)
add(
    "ko",
    P,
    f"""임상시험 피험자 교통비 지급 명단. 기타소득 원천징수 대상자만 표시해줘(3회 이상 방문).
피험자코드,성명,주민등록번호,지급계좌,방문횟수
CT-0412-007,{s1},{r1},신한 {b1},4
CT-0412-011,{s2},{r2},카카오뱅크 {b2},2""",
    [(PER, s1), (RRN, r1), (ACC, b1), (PER, s2), (RRN, r2), (ACC, b2)],
)

n, e, p = "Hyejin Woo", "hyejin.woo@iqvia.com", "+82 2 " + fmt("MNNN NNNN")
add(
    "en",
    P,
    f"""Shorten this CRA signature block for mobile:
Best regards,
{n}, PhD
Senior Clinical Research Associate | Oncology
IQVIA Korea, 21F, 100 Cheonggyecheon-ro, Jung-gu, Seoul 04542
M {p} | E {e}""",
    [(PER, n), (LOC, "21F, 100 Cheonggyecheon-ro, Jung-gu, Seoul 04542"), (PH, p), (MAIL, e)],
)

n, r, h = "육정애", rr("610218", 2), hi()
add(
    "ko",
    P,
    f"""SAE 보고서 초안인데 CIOMS 양식 항목 순서로 재배열해줘. (사내 보고용)
- 대상자: {n} (주민번호 {r}), 건보 {h}
- 사건: 3차 투약 후 D+5 호중구감소성 발열, 응급실 내원 후 입원
- 인과관계: 연구자 판단 관련성 있음(probable)""",
    [(PER, n), (RRN, r), (HINS, h)],
)

n, ip, ip2 = "음재현", priv_ip(), priv_ip()
add(
    "mixed",
    P,
    f"""eCRF 서버 접근기록 감사 요청이 왔어요. 아래 로그에서 비정상 접속 시간대만 표로 정리해줘
2025-05-03 02:14:51 user=eum.jh({n}) action=EXPORT_CSV study=ONC-221 ip={ip}
2025-05-03 02:15:03 user=eum.jh({n}) action=EXPORT_CSV study=ONC-221 ip={ip}
2025-05-03 09:02:44 user=kwak.nr action=VIEW study=ONC-221 ip={ip2}""",
    [(PER, n), (IP, ip), (PER, n), (IP, ip), (IP, ip2)],
)

# ---------------------------------------------------------------- positives: 재난지원금
n, r, m1, r1, m2, r2_, b = "변영자", rr("640912", 2), "최윤호", rr("950303", 1), "최하린", rn("210407", 4), acct("대구")
add(
    "ko",
    P,
    f"""재난지원금 이의신청 처리결과 통보문 써줘. 가구원 수 누락으로 감액 지급된 건이고 추가분은 신청 계좌로 나간다고.
세대주 {n} ({r})
가구원 {m1} ({r1}, 아들), {m2} ({r2_}, 손녀, 2021년생)
지급계좌 대구은행 {b}""",
    [(PER, n), (RRN, r), (PER, m1), (RRN, r1), (PER, m2), (RRN, r2_), (ACC, b)],
)

n, p, cno = "모현숙", mob(), cc("4", sep=" ")
add(
    "ko",
    P,
    f"""재난지원금 신용카드 충전 취소 요청 STT 요약해줘
상담사: 충전하신 카드번호 불러주시겠어요
민원인: {cno}요
상담사: 성함은요
민원인: {n}이요, 핸드폰은 {p}
상담사: 네 확인됐습니다. 취소는 영업일 기준 3일 정도 걸립니다""",
    [(CARD, cno), (PER, n), (PH, p)],
)

n, e, p = "Ayumi Tanaka", "ayumi.tnk@docomo.ne.jp", mob()
add(
    "mixed",
    P,
    f"""외국인 주민 재난지원금 문의 메일 한국어로 번역해줘.
I am {n}, a permanent resident (F-5) living in Busan. My Korean husband applied but I was not counted. Please reply to {e} or call {p}.""",
    [(PER, n), (MAIL, e), (PH, p)],
)

DUP = [("옥채원", rr("990520", 2), acct("경남")), ("갈동수", rr("670101", 1), acct("농협"))]
add(
    "mixed",
    P,
    "지원금 중복수급 점검 스크립트 결과. 중복 사유 설명 문장 붙여줘\n>>> dup_check(df)\n"
    + "\n".join(f"{i}  {n:<6} {r}  {b}  중복(타 시군 수령)" for i, (n, r, b) in enumerate(DUP)),
    [lab for n, r, b in DUP for lab in ((PER, n), (RRN, r), (ACC, b))],
)
# ---------------------------------------------------------------- positives: 주민센터 전입신고·확정일자
hh, r_hh, m, r_m, m2, r_m2 = "선우태민", rr("860219", 1), "문가영", rr("890707", 2), "선우이안", rn("230911", 3)
old_a, new_a, p = "경기도 성남시 분당구 정자일로 95, 301동 702호", "세종특별자치시 한누리대로 2130, 1104동 203호", mob()
add(
    "ko",
    P,
    f"""전입신고서(종이) 스캔 텍스트야. 전산 입력 순서대로 정리해줘.
[세대주] {hh}  {r_hh}   전화 {p}
[전 주소] {old_a}
[현 주소] {new_a} (보람동)
[전입자] 1. {hh} (본인)  2. {m} {r_m} (처)  3. {m2} {r_m2} (자)""",
    [
        (PER, hh),
        (RRN, r_hh),
        (PH, p),
        (LOC, old_a),
        (LOC, new_a),
        (PER, hh),
        (PER, m),
        (RRN, r_m),
        (PER, m2),
        (RRN, r_m2),
    ],
)

lord, lord_r, ten, a, p = "곽필순", rr("551203", 2), "장세린", "부산광역시 수영구 광안해변로 219, 3층", mob()
add(
    "ko",
    P,
    f"""확정일자 부여 민원 메모 정리 부탁. 임대인 {lord}({lord_r}) 명의 {a} 임대차계약서, 임차인 {ten} 씨가 직접 방문, 연락처 {p}. 계약서 간인 누락이라 보완 요청함.""",
    [(PER, lord), (RRN, lord_r), (LOC, a), (PER, ten), (PH, p)],
)

n, p, a = "Oksana Melnyk", mob(), "인천광역시 연수구 함박뫼로 98, 5동 407호"
arn_ = ar("850430", 6)
add(
    "mixed",
    P,
    f"""외국인 체류지 변경신고도 주민센터에서 받는 거 맞지? 이분 서류 체크리스트 만들어줘.
Name: {n}
ARC No.: {arn_}
New address: {a}
Phone: {p}""",
    [(PER, n), (ARN, arn_), (LOC, a), (PH, p)],
)

n, r, e = "염지후", rr("011224", 3), "yeom.jihoo01@naver.com"
add(
    "ko",
    P,
    f"""주민등록증 발급신청 예약 확인 메일 답장 써줘(만 17세 최초발급). 신청자 {n}, 주민번호 {r}, 메일 {e}. 보호자 동반 필요 없다는 거 안내.""",
    [(PER, n), (RRN, r), (MAIL, e)],
)

# ---------------------------------------------------------------- positives: 자동차 등록
sel, sel_r, buy, buy_r, a1, a2 = (
    "어윤기",
    rr("720816", 1),
    "표다은",
    rr("960105", 2),
    "강원특별자치도 춘천시 후석로 462, 101동 1502호",
    "강원특별자치도 원주시 단구로 170",
)
vin = "KMHD" + "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(13))
add(
    "ko",
    P,
    f"""자동차 이전등록 신청서 검토. 양도증명서랑 대조해서 불일치 항목만 알려줘
차대번호 {vin} / 등록번호 12가 3456
양도인 {sel} {sel_r} {a1}
양수인 {buy} {buy_r} {a2}
매매금액 8,400,000원""",
    [(PER, sel), (RRN, sel_r), (LOC, a1), (PER, buy), (RRN, buy_r), (LOC, a2)],
)

corp, crn_, brn_, rep = "㈜한빛렌터카", cr("134811"), bz(), "하종민"
add(
    "ko",
    P,
    f"""법인차량 신규등록 서류 누락 여부 봐줘. 법인명 {corp}, 법인등록번호 {crn_}, 사업자등록번호 {brn_}, 대표이사 {rep}. 위임장은 직원 {rep[0]} 과장이 지참.""",
    [(CRN, crn_), (BRN, brn_), (PER, rep), (PER, rep[0])],
)

n, d, p = "전소율", dl("대전", named=True), mob()
add(
    "ko",
    P,
    f"""번호판 영치 해제 처리 메모 요약. 과태료 완납 확인(가상계좌), 소유자 {n} 본인 방문, 운전면허증 {d} 확인, 연락처 {p}. 번호판 재부착 완료.""",
    [(PER, n), (DLIC, d), (PH, p)],
)

n, d = "Carlos Mendes", dl("경기")
arn_ = ar("830909", 5)
add(
    "en",
    P,
    f"""Explain to this resident, in simple English, why his car registration transfer was rejected (insurance not yet linked).
Applicant: {n}
Alien Registration No.: {arn_}
Korean driver's licence: {d}""",
    [(PER, n), (ARN, arn_), (DLIC, d)],
)

# ---------------------------------------------------------------- positives: 청소년상담복지센터
n, r, gp, gpn = "윤서아", rr("090327", 4), mob(), "윤정호"
add(
    "ko",
    P,
    f"""초기상담 접수지 요약(슈퍼비전용). 식별정보는 내가 나중에 지울게.
내담자 {n} (중3, {r})
주호소: 또래관계 어려움, 등교거부 2주
보호자: 부 {gpn} {gp} — 상담 동의서 서명 완료
위기척도: 중간, 자해 경험 없음""",
    [(PER, n), (RRN, r), (PER, gpn), (PH, gp)],
)

n, p = "하람", mob()
add(
    "ko",
    P,
    f"""위기청소년 카톡 상담 기록 일부야. 슈퍼바이저 보고용 요약 부탁
[23:12] 상담사: {n}아 지금 어디야? 안전한 곳이야?
[23:13] {n}: 편의점 앞이요 집엔 못 들어가요
[23:15] 상담사: 지금 갈 수 있는 쉼터 연결해볼게. 혹시 배터리 나가면 이 번호로 전화해 {p}
[23:16] {n}: 네""",
    [(PER, n), (PER, n), (PH, p), (PER, n)],
)

n, e, ip = "강다온", "daon_k@kakao.com", pub_ip()
add(
    "mixed",
    P,
    f"""사이버상담 게시판 신고 처리 로그. 보고서 문장으로 풀어줘
[report] post_id=88213 writer={e} ({n}) ip={ip} reason=self-harm keyword, escalated=Y""",
    [(MAIL, e), (PER, n), (IP, ip)],
)

# ---------------------------------------------------------------- positives: 다문화가족센터
w, w_ar, hus, p, a = "Nguyễn Thị Hương", ar("980214", 6), "도상철", mob(), "충청북도 음성군 금왕읍 무극로 215, 2층"
add(
    "mixed",
    P,
    f"""방문 한국어교육 신청서 내용인데 방문교사 배정표 양식으로 옮겨줘
결혼이민자: {w} (외국인등록번호 {w_ar})
배우자: {hus}
연락처: {p} (남편 번호)
주소: {a}
희망 요일: 화·목 오전""",
    [(PER, w), (ARN, w_ar), (PER, hus), (PH, p), (LOC, a)],
)

n, b, r = "Maricel Dela Cruz", acct("국민"), ar("870612", 6)
add(
    "mixed",
    P,
    f"""통번역 자원봉사 활동비 지급 명단(9월분)에 한 줄 추가: {n} / {r} / 국민 {b} / 타갈로그어 / 6회""",
    [(PER, n), (ARN, r), (ACC, b)],
)

n, a2, p2 = "Saida Karimova", ar("950118", 6), mob()
chl, chl_r = "장지안", rn("240102", 4)
add(
    "mixed",
    P,
    f"""이중언어 가족환경 조성사업 신청자 정보. 신청 요건(만 12세 이하 자녀) 맞는지 확인해줘.
母: {n} ({a2}) 우즈베키스탄
子: {chl} ({chl_r})
연락처: {p2}""",
    [(PER, n), (ARN, a2), (PER, chl), (RRN, chl_r), (PH, p2)],
)

n, e, e2 = "Rany Chhun", "rany.chhun.kh@gmail.com", "mdfc.eumseong@gmail.com"
add(
    "en",
    P,
    f"""Make this message friendlier before I send it to {e}:
"Dear {n}, your application for the driving licence support class is incomplete. Send a copy of your alien registration card to {e2} by Friday or the seat goes to the next person.\"""",
    [(MAIL, e), (PER, n), (MAIL, e2)],
)

# ---------------------------------------------------------------- positives: 해외 공관 영사 민원
n, op, e, a = "Seung-ah KANG", pp("M"), "kang.seungah@gmail.com", "Apt 4B, 233 West 77th Street, New York, NY 10024"
fee_card = cc("37", (4, 6, 5), " ")
add(
    "en",
    P,
    f"""Draft a reply from the consulate: her passport was stolen; list the documents for an emergency travel certificate.
Name: {n}
Lost passport No.: {op}
Address in NY: {a}, USA
Email: {e}
Fee: USD 53, card on file {fee_card} (Amex)""",
    [(PER, n), (PASS, op), (LOC, a), (MAIL, e), (CARD, fee_card)],
)

n, np_, r, p = "탁윤재", pp_new("M"), rr("770524", 1), "+49 151 " + dg(8)
add(
    "ko",
    P,
    f"""재외국민등록부 기재사항 변경 신고 처리. 아래 내용으로 처리결과 메일 작성해줘
성명 {n} / 주민등록번호 {r} / 여권번호 {np_}
체류지 변경: Frankfurt → Berlin
현지 연락처 {p}""",
    [(PER, n), (RRN, r), (PASS, np_), (PH, p)],
)

n, e, a = "Chloé Martin-Park", "chloe.mpark@orange.fr", "12 rue des Acacias, 75017 Paris"
add(
    "en",
    P,
    f"""Please translate into Korean for the Ministry: The applicant, {n}, requests an apostille on her late father's family relation certificate. Correspondence address: {a}, France; e-mail {e}.""",
    [(PER, n), (LOC, a), (MAIL, e)],
)

n, pas, p = "왕보람", pp_new("M"), "+66 81 " + fmt("NNN NNNN")
add(
    "ko",
    P,
    f"""영사콜센터 연계 사건사고 접수 내용 공관 보고 양식으로 정리
- 피해자: {n} (여권 {pas})
- 내용: 방콕 수쿰빗 숙소에서 여권·현금 도난, 경찰 신고 완료
- 현지 연락처: {p}
- 가족 통보 희망 여부: 희망 안 함""",
    [(PER, n), (PASS, pas), (PH, p)],
)

n1, p1 = "Jae-won Hong", "+1 (213) " + fmt("MNN-NNNN")
add(
    "en",
    P,
    f"""Summarise this voicemail transcript for the duty officer:
"Hi, my name is {n1}, I'm calling about my mother's overseas absentee... sorry, my mother's power of attorney notarisation. Please call me back at {p1}, that's my cell. Thanks.\"""",
    [(PER, n1), (PH, p1)],
)
# ---------------------------------------------------------------- positives: 국방 조달 (방위사업청)
corp, brn_, crn_, rep, mgr, e, p = (
    "(주)대운정밀",
    bz(),
    cr("160111"),
    "봉재석",
    "모하늘",
    "mohaneul@daewoonprec.co.kr",
    land("055"),
)
add(
    "ko",
    P,
    f"""방산업체 경쟁입찰 참가자격 등록 신청 내용. 심사 체크리스트로 만들어줘
업체명: {corp} / 사업자등록번호: {brn_} / 법인등록번호: {crn_}
대표자: {rep}
실무 담당: 품질보증팀 {mgr} 대리 ({p}, {e})
공장 소재지: 경상남도 창원시 성산구 공단로 474""",
    [(BRN, brn_), (CRN, crn_), (PER, rep), (PER, mgr), (PH, p), (MAIL, e), (LOC, "경상남도 창원시 성산구 공단로 474")],
)

ips = [priv_ip() for _ in range(3)]
add(
    "mixed",
    P,
    f"""보안측정 결과 취약 PC 목록 보고서에 넣을 표 만들어줘. (협력업체 내부망)
hostname      ip             owner   finding
DW-DSN-014    {ips[0]:<14} 나성훈   USB 저장매체 통제 미적용
DW-DSN-022    {ips[1]:<14} 구민아   화면보호기 10분 초과
DW-QA-003     {ips[2]:<14} 공용     백신 업데이트 30일 지연""",
    [(IP, ips[0]), (PER, "나성훈"), (IP, ips[1]), (PER, "구민아"), (IP, ips[2])],
)

n, e, p = "Richard Hale", "richard.hale@lockmart-intl.com", "+1-301-" + fmt("MNN-NNNN")
add(
    "en",
    P,
    f"""Summarise this offset-programme e-mail in three Korean bullet points.
From: {n} <{e}>
Date: Tue, 11 Mar 2025 08:14:22 -0400
Subject: RE: Offset credit banking — KF-X follow-on
Please route any questions on the credit valuation to me directly ({p}) rather than to the programme inbox.""",
    [(PER, n), (MAIL, e), (PH, p)],
)

n, r, b = "노태웅", rr("660318", 1), acct("기업")
add(
    "ko",
    P,
    f"""군납 하도급 대금 직불 요청서 문장 다듬어줘. 1차 업체 부도로 2차 협력사 대표 {n}(주민번호 {r}) 명의 기업은행 {b} 계좌로 직접 지급을 요청한다는 내용.""",
    [(PER, n), (RRN, r), (ACC, b)],
)

# ---------------------------------------------------------------- positives: 기상청 관측소
owner, a, b, p = "뇌상길", "강원특별자치도 인제군 기린면 현리 산 112-3", acct("농협"), land("033")
add(
    "ko",
    P,
    f"""자동기상관측장비(AWS) 부지 임대차 계약 갱신 공문 초안 써줘. 토지주 {owner}님, 부지 {a}, 연 임대료 1,200,000원 농협 {b}로 입금, 자택 전화 {p}. 관측소 지점번호 594는 그대로.""",
    [(PER, owner), (LOC, a), (ACC, b), (PH, p)],
)

ip, e = priv_ip(), "aws.admin.kim@korea.kr"
add(
    "mixed",
    P,
    f"""관측자료 수집 서버 경보 메일이에요. 원인 추정 좀 해줘
To: {e}
Subject: [ALERT] station 594 logger unreachable
Body: ping {ip} timeout 5/5 at 03:10 KST; last record 2025-01-17 02:50 (temp -18.3, wind 6.1 m/s)""",
    [(MAIL, e), (IP, ip)],
)

n, p, n2 = "옥다솜", mob(), "피기환"
add(
    "ko",
    P,
    f"""기상관측 협력관(무인관측소 관리 위탁) 교대 인수인계 메모 정리
- 전임 {n2} 주무관 → 신임 {n} 주무관
- 비상연락: {p}
- 적설계 센서 교체 예정 2/3, 업체 방문 시 동행 필요""",
    [(PER, n2), (PER, n), (PH, p)],
)

# ---------------------------------------------------------------- positives: 보건소 감염병
pt, r, a, gp, hos = "차수민", rr("150612", 4), "경기도 화성시 동탄대로 537, 2503동 1802호", mob(), "동탄성심병원"
h = hid()
add(
    "ko",
    P,
    f"""수두 발생 신고서 내용 검토해줘(학교 통보용 요약 필요)
환자 성명: {pt}  주민등록번호: {r}  건강보험증: {h}
주소: {a}
보호자 연락처: {gp}
신고 의료기관: {hos} 소아청소년과
발병일: 2025-04-08, 진단일: 2025-04-10""",
    [(PER, pt), (RRN, r), (HINS, h), (LOC, a), (PH, gp)],
)

rows = [
    ("권다인", rn("210203", 4), mob()),
    ("이로운", rn("201125", 3), mob()),
    ("Gulnara Abdieva", ar("930911", 6), mob()),
]
add(
    "mixed",
    P,
    "홍역 접촉자 관리 CSV야. 능동감시 종료일(노출 후 21일) 열 추가해줘. 노출일 3/2\n성명,등록번호,연락처,구분\n"
    + "\n".join(f"{n},{r},{p},{'원아' if i < 2 else '교사'}" for i, (n, r, p) in enumerate(rows)),
    [
        (PER, rows[0][0]),
        (RRN, rows[0][1]),
        (PH, rows[0][2]),
        (PER, rows[1][0]),
        (RRN, rows[1][1]),
        (PH, rows[1][2]),
        (PER, rows[2][0]),
        (ARN, rows[2][1]),
        (PH, rows[2][2]),
    ],
)

n, p = "구판례", mob()
add(
    "ko",
    P,
    f"""쯔쯔가무시 역학조사서 서술형 항목 다듬어줘. 환자 {n}(78세, 여)은 10월 둘째 주 밭일(들깨 수확) 후 발열·가피 발생, 보호자 딸 휴대폰 {p}로 추가 면담 예정.""",
    [(PER, n), (PH, p)],
)

n, p, e = "진보라", land("031"), "jbr2025@korea.kr"
add(
    "ko",
    P,
    f"""감염병 대응 상황실 연락망 업데이트 — 역학조사관 {n} (내선 4412, 직통 {p}, {e}) 추가, 야간 당직은 격주로.""",
    [(PER, n), (PH, p), (MAIL, e)],
)

n, pas = "Liam O'Connor", "PA" + dg(7)
p = mob()
add(
    "en",
    P,
    f"""Write a short English SMS for a traveller under dengue monitoring: "{n}, this is the Mapo-gu Health Centre. Please report your temperature daily until 20 Aug. Questions: {p}." Don't include his Irish passport number ({pas}).""",
    [(PER, n), (PH, p)],
)

# ---------------------------------------------------------------- positives: 노동청 임금체불
n, r, a, p, emp, ebrn, ea = (
    "소정우",
    rr("980811", 1),
    "광주광역시 북구 첨단과기로 123, 4동 201호",
    mob(),
    "계도현",
    bz(),
    "광주광역시 광산구 하남산단6번로 107",
)
add(
    "ko",
    P,
    f"""임금체불 진정서인데 문장만 정리해줘(내용 바꾸지 말고)
진정인: {n} ({r}) / {a} / {p}
피진정인: 사업주 {emp}, 사업장 ○○테크(사업자등록번호 {ebrn}), {ea}
체불내역: 2024.11~2025.01 임금 7,350,000원, 퇴직금 미지급""",
    [(PER, n), (RRN, r), (LOC, a), (PH, p), (PER, emp), (BRN, ebrn), (LOC, ea)],
)

w, wa, itp, itp_p = "Rahim Uddin", ar("920716", 5), "신미경", mob()
add(
    "mixed",
    P,
    f"""외국인 근로자 진정 조사 일정 안내문 작성. 벵골어 통역 {itp}(연락처 {itp_p}) 동석.
진정인 {w}, 외국인등록번호 {wa}, 체불액 4,120,000원""",
    [(PER, itp), (PH, itp_p), (PER, w), (ARN, wa)],
)

rows = [
    ("서보영", rr("900101", 2, dash=False), acct("우리", plain=True)),
    ("함동욱", rr("851130", 1, dash=False), acct("신협", plain=True)),
]
add(
    "mixed",
    P,
    "대지급금 지급청구 배치 INSERT인데 컬럼 순서 맞는지 봐줘\nINSERT INTO sbst_pay_req (req_no, wrkr_nm, wrkr_rrno, pay_bank, pay_acno, amt) VALUES\n"
    + ",\n".join(
        f"  ('2025-0{i + 3}1{dg(3)}', '{n}', '{r}', '{bk}', '{b}', {dg(7, '123')})"
        for i, ((n, r, b), bk) in enumerate(zip(rows, ["020", "048"], strict=True))
    )
    + ";",
    [lab for n, r, b in rows for lab in ((PER, n), (RRN, r), (ACC, b))],
)

n, p = "Joseph Mwangi", mob()
add(
    "en",
    P,
    f"""Translate this call note into Korean for the case file: Mr. {n.split()[1]} ({n}) phoned on 3 June saying the employer promised to pay the March wages 'next week' for the third time. He asked the inspector to call him at {p} after 6 pm.""",
    [(PER, "Mwangi"), (PER, n), (PH, p)],
)

n, e = "한소망", "sm.han@moel.go.kr"
add(
    "ko",
    P,
    f"""근로감독관 회의록 요약해줘
참석: {n}(팀장), 김 감독관, 정 감독관
1. 체불 사업장 상위 10곳 집중점검 — 다음주 착수
2. 신고인 개인정보 외부 유출 주의 — 보고서 파일은 {e}로만 송부""",
    [(PER, n), (PER, "김"), (PER, "정"), (MAIL, e)],
)

# ---------------------------------------------------------------- positives: 국가유산청 (매장유산·돌봄)
n, r, a, p = "명순철", rr("590403", 1), "경상북도 경주시 황남동 312-1", mob()
add(
    "ko",
    P,
    f"""매장유산 발견 신고 접수 내용 공문으로 정리: 신고인(토지소유자) {n}, 주민번호 {r}, 발견 장소 {a} 주택 신축 터파기 중 기와편 다수, 연락처 {p}. 공사 일시중지 권고함.""",
    [(PER, n), (RRN, r), (LOC, a), (PH, p)],
)

rows = [("인수정", acct("국민"), mob()), ("방경록", acct("새마을금고"), mob())]
add(
    "ko",
    P,
    "문화유산 돌봄사업 모니터링 요원 10월 인건비 지급 명단, 은행별로 나눠줘\n"
    + "\n".join(f"- {n} / {b} / {p}" for n, b, p in rows),
    [lab for n, b, p in rows for lab in ((PER, n), (ACC, b), (PH, p))],
)

n, e, p = "Dr. Helena Fischer", "h.fischer@dainst.de", "+49 30 " + dg(8, "2345678")
add(
    "en",
    P,
    f"""Reply politely that the joint excavation permit is under review. The request came from {n} ({e}, tel. {p}) of the German Archaeological Institute.""",
    [(PER, "Helena Fischer"), (MAIL, e), (PH, p)],
)

# ---------------------------------------------------------------- positives: 특허청 출원
inv, inv_a, agt, agt_e = "설민규", "대전광역시 유성구 대학로 291, 응용공학동 3105호", "남궁혜원", "nkhw@kimpat.co.kr"
add(
    "ko",
    P,
    f"""특허 출원서 발명자·대리인 항목 검토해줘 (출원번호 10-2025-0041187)
【발명자】 성명 {inv} / 주소 {inv_a}
【대리인】 변리사 {agt} / 전자우편 {agt_e}""",
    [(PER, inv), (LOC, inv_a), (PER, agt), (MAIL, agt_e)],
)

n, e, ip = "Takeshi Morimoto", "t-morimoto@shiga-kogyo.co.jp", pub_ip()
add(
    "mixed",
    P,
    f"""특허로 전자출원 로그인 실패 문의(일본 출원인). 한국어로 답변 써줘
---
Applicant: {n}
Contact: {e}
Login from {ip} failed 5 times; certificate expired?""",
    [(PER, n), (MAIL, e), (IP, ip)],
)

n, brn_, p = "표지환", bz(), mob()
add(
    "ko",
    P,
    f"""상표 이의신청 수수료 감면 신청(소기업) 검토: 신청인 {n} (개인사업자 {brn_}), 연락처 {p}. 감면 증빙 누락된 거 뭔지 알려줘.""",
    [(PER, n), (BRN, brn_), (PH, p)],
)
# ---------------------------------------------------------------- positives: 공정위 신고 (하도급·가맹)
rep_n, rep_p, rep_e, tgt, tgt_brn, tgt_crn, tgt_ceo = (
    "경하윤",
    mob(),
    "hyk.design@gmail.com",
    "주식회사 에이치앤비건설",
    bz(),
    cr("110111"),
    "차민석",
)
add(
    "ko",
    P,
    f"""하도급대금 미지급 신고서 사실관계 부분 시간순으로 정리해줘
신고인: {rep_n} (개인사업자, {rep_p}, {rep_e})
피신고인: {tgt} / 사업자등록번호 {tgt_brn} / 법인등록번호 {tgt_crn} / 대표이사 {tgt_ceo}
2024.09 인테리어 설계 용역 계약 → 2024.12 납품 완료 → 2025.03 현재 잔금 2,860만원 미지급""",
    [(PER, rep_n), (PH, rep_p), (MAIL, rep_e), (BRN, tgt_brn), (CRN, tgt_crn), (PER, tgt_ceo)],
)

n, brn_, a = "설하영", bz(), "울산광역시 남구 삼산로 282, 1층 102호"
add(
    "ko",
    P,
    f"""가맹점주 분쟁조정 신청 요지 3줄로: 가맹점주 {n}(사업자 {brn_}, 점포 {a})은 본부의 일방적 영업지역 축소와 인테리어 재시공 강요를 주장.""",
    [(PER, n), (BRN, brn_), (LOC, a)],
)

n, e = "Victoria Lim", "victoria.lim@apacfoods.sg"
add(
    "en",
    P,
    f"""Reply to this overseas franchisor's counsel, {n} ({e}), confirming we received their response to the KFTC information request and the deadline is 14 days.""",
    [(PER, n), (MAIL, e)],
)

# ---------------------------------------------------------------- positives: 한전 요금·수도 요금
n, r, b, p = "주경애", rr("540916", 2), acct("우체국"), mob()
add(
    "ko",
    P,
    f"""전기요금 복지할인(장애인) 신청 접수 메모 정리. 고객번호 0{dg(9)}, 명의자 {n} ({r}), 자동이체 우체국 {b}로 변경 같이 요청, 연락처 {p}.""",
    [(PER, n), (RRN, r), (ACC, b), (PH, p)],
)

n, a, p = "도기쁨", "제주특별자치도 서귀포시 남원읍 태위로 1123-5", mob()
add(
    "ko",
    P,
    f"""수도요금 누수감면 신청서 스캔본 텍스트. 감면 기준(검침량 전월 대비 2배) 맞는지 보고 안내문 써줘
수용가번호: 3{dg(8)}
사용자: {n}
급수장소: {a}
연락처: {p}
누수 수리일: 2025.02.11 (영수증 첨부)""",
    [(PER, n), (LOC, a), (PH, p)],
)

ip, n = pub_ip(), "피승연"
add(
    "mixed",
    P,
    f"""고객센터 챗봇 로그에서 '요금 폭탄' 관련 발화만 뽑아줘
2025-08-04 21:03:11 [{ip}] user({n}): 8월 전기요금이 38만원 나왔는데 누진 때문인가요
2025-08-04 21:03:15 [bot] 하계 누진구간 완화 기간에도 사용량이 많으면…
2025-08-04 21:04:02 [{ip}] user({n}): 상담원 연결""",
    [(IP, ip), (PER, n), (IP, ip), (PER, n)],
)

# ---------------------------------------------------------------- positives: 지방세 체납
rows = [
    ("마경태", rr("700214", 1), "28가1234", 3_420_000),
    ("소미란", rr("811005", 2), "부산 45나 6789", 1_180_500),
    ("Kim Jong-dae", rr("620818", 1), "-", 890_000),
]
add(
    "mixed",
    P,
    "체납자 차량 영치 대상 목록(SQL 결과). 체납액 100만원 이상만 남겨줘\n taxpayer_nm | rrno | car_no | arrears\n-------------+----------------+-----------+---------\n"
    + "\n".join(f" {n:<11} | {r} | {c:<9} | {a}" for n, r, c, a in rows),
    [lab for n, r, c, a in rows for lab in ((PER, n), (RRN, r))],
)

n, b, bank = "함예지", acct("신한"), "신한"
add(
    "ko",
    P,
    f"""예금 압류 통지서 문구 검토: 체납자 {n}의 {bank}은행 {b} 예금채권 중 체납액 2,641,300원 범위 내 압류. 생계비(185만원) 압류금지 안내 문장 빠졌는지 봐줘.""",
    [(PER, n), (ACC, b)],
)

n, p, vacct = "노은별", mob(), acct("농협")
add(
    "ko",
    P,
    f"""분할납부 상담 통화 요약 부탁(STT)
직원: 자동차세 체납분 분할 원하신다고요, 성함이
민원인: {n}이요
직원: 연락처 다시 한번
민원인: {p}
직원: 가상계좌 {vacct}로 매달 25일까지 넣으시면 됩니다""",
    [(PER, n), (PH, p), (ACC, vacct)],
)

n, crn_, brn_ = "(주)대명물산", cr("200111"), bz()
add(
    "ko",
    P,
    f"""법인 지방소득세 체납 관허사업 제한 요청 공문. 대상 법인 {n}, 법인등록번호 {crn_}, 사업자등록번호 {brn_}, 체납액 48,210,000원.""",
    [(CRN, crn_), (BRN, brn_)],
)

# ---------------------------------------------------------------- positives: 법무부 보호관찰
n, r, a, p = "계준호", rr("970402", 1), "대구광역시 달서구 월배로 205, 108동 905호", mob()
add(
    "ko",
    P,
    f"""보호관찰 개시 신고서 내용, 담당관 배정 메모로 바꿔줘
대상자 {n} / {r}
주거지 {a}
연락처 {p}
특별준수사항: 야간(22~06시) 외출 제한, 음주 금지
전자장치 부착 여부: 부착 (장치번호 EM-{dg(6)})""",
    [(PER, n), (RRN, r), (LOC, a), (PH, p)],
)

rows = [("옹진석", mob()), ("Park Dong-hyun", mob()), ("류은채", mob())]
add(
    "mixed",
    P,
    "사회봉사명령 집행 일정표(토요일, 농촌 일손돕기)에 집결 안내 문자 돌릴 거야. 수신자 목록 중복 체크\n"
    + "\n".join(f"{i + 1}. {n} {p}" for i, (n, p) in enumerate(rows)),
    [lab for n, p in rows for lab in ((PER, n), (PH, p))],
)

n, e, ip = "탁민서", "tak.ms@spo.go.kr", priv_ip()
add(
    "mixed",
    P,
    f"""위치추적 관제시스템 접속 로그 감사 의견 써줘
[AUDIT] 2025-06-10 23:41:09 uid={e} name={n} src={ip} op=VIEW_TRACK target=EM-{dg(6)} reason=""
[AUDIT] 2025-06-10 23:41:37 uid={e} name={n} src={ip} op=EXPORT target=EM-{dg(6)} reason=""
사유 미기재 조회 2건""",
    [(MAIL, e), (PER, n), (IP, ip), (MAIL, e), (PER, n), (IP, ip)],
)

n, p = "Aziz Rahimov", mob()
arn_ = ar("990125", 5)
add(
    "en",
    P,
    f"""Write a simple English reminder for a probationer: "Mr {n}, your next interview with the probation officer is on 12 May at 10:00. Bring your alien registration card ({arn_}). If you cannot come, call {p} in advance.\"""",
    [(PER, n), (ARN, arn_), (PH, p)],
)

# ---------------------------------------------------------------- positives: 소방 점검
own, p, a, co, co_brn, co_crn = (
    "사승희",
    mob(),
    "경기도 부천시 원미구 길주로 117, 지하1층",
    "한결소방(주)",
    bz(),
    cr("124611"),
)
add(
    "ko",
    P,
    f"""소방시설 작동점검 결과 보고서 요약해줘 (불량 항목 위주)
대상물: {a} 노래연습장
관계인: {own} ({p})
점검업체: {co} 사업자등록번호 {co_brn} / 법인등록번호 {co_crn}
불량: 비상구 유도등 점등 불량 2, 완강기 지지대 부식 1""",
    [(LOC, a), (PER, own), (PH, p), (BRN, co_brn), (CRN, co_crn)],
)

n, p1, p2 = "원지석", land("051"), mob()
add(
    "ko",
    P,
    f"""다중이용업소 완비증명 재발급 요청 전화 메모: 업주 {n}, 가게 전화 {p1}, 휴대폰 {p2}. 상호 변경으로 재발급, 현장확인 생략 가능 여부 회신 필요.""",
    [(PER, n), (PH, p1), (PH, p2)],
)

ip1, ip2 = priv_ip(), priv_ip()
add(
    "mixed",
    P,
    f"""소방 통합관제 수신기 연동 설정 맞는지 봐줘 (자탐설비 게이트웨이)
[gateway]
panel_host = {ip1}
panel_port = 502
relay_host = {ip2}
notify_to = 119-center@korea.kr""",
    [(IP, ip1), (IP, ip2), (MAIL, "119-center@korea.kr")],
)

# ---------------------------------------------------------------- positives: 국립대 장학
n, r, b, p = "감나연", rr("040709", 4), acct("카카오뱅크"), mob()
add(
    "ko",
    P,
    f"""국가장학금 이의신청 답변 초안. 소득분위 재산정 결과 유지로 결론, 학생 정보:
성명 {n} / 학번 2023{dg(5)} / 주민번호 {r}
환수 없음, 2학기 장학금은 카카오뱅크 {b} 입금 예정
문의 {p}(학생 본인)""",
    [(PER, n), (RRN, r), (ACC, b), (PH, p)],
)

rows = [("모세린", "도서관", 38), ("Ahmed Hassan", "국제교류팀", 40), ("어진우", "학생처", 22)]
accts = [acct("부산"), acct("하나"), acct("광주")]
add(
    "mixed",
    P,
    "근로장학생 10월 근무시간 집계표. 40시간 초과자 없는지 보고 지급계좌 확인\n"
    + "\n".join(f"{n}\t{dept}\t{h}h\t{a}" for (n, dept, h), a in zip(rows, accts, strict=True)),
    [lab for (n, _d, _h), a in zip(rows, accts, strict=True) for lab in ((PER, n), (ACC, a))],
)

n, e = "Ji-hoon Sung", "jh.sung@pusan.ac.kr"
add(
    "en",
    P,
    f"""Proofread this scholarship recommendation closing line: "I recommend {n} without reservation. Should you need further information, please contact me at {e}." — Prof. Yerin Bae""",
    [(PER, n), (MAIL, e), (PER, "Yerin Bae")],
)

n, p, a = "원하율", mob(), "전북특별자치도 전주시 덕진구 백제대로 567, 학생생활관 참빛관 412호"
add(
    "ko",
    P,
    f"""기숙사 장학(생활관비 감면) 대상자 안내문 발송 전에 주소 확인: {n}, {p}, {a}""",
    [(PER, n), (PH, p), (LOC, a)],
)

# ---------------------------------------------------------------- positives: 연구재단 과제
rows = [
    ("나윤석", rr("680927", 1), acct("기업"), "nys@snu.ac.kr"),
    ("Elena Petrova", ar("860515", 6), acct("신한"), "e.petrova@kaist.ac.kr"),
]
add(
    "mixed",
    P,
    "과제 자문위원 자문료 지급 명단 (기타소득). 원천징수 세액 계산 열 붙여줘\n성명|등록번호|계좌|이메일|자문료\n"
    + "\n".join(f"{n}|{r}|{b}|{e}|300000" for n, r, b, e in rows),
    [
        (PER, rows[0][0]),
        (RRN, rows[0][1]),
        (ACC, rows[0][2]),
        (MAIL, rows[0][3]),
        (PER, rows[1][0]),
        (ARN, rows[1][1]),
        (ACC, rows[1][2]),
        (MAIL, rows[1][3]),
    ],
)

pi_, pi_e, pi_p = "성지원", "jwsung@postech.ac.kr", land("054")
add(
    "ko",
    P,
    f"""연차실적 보고서 제출 지연 사유서 다듬어줘. 연구책임자 {pi_} 교수(연락처 {pi_p}, {pi_e}), 참여연구원 {dg(1, "3456")}명 중 박사후연구원 1명 퇴사로 실험 재수행 필요.""",
    [(PER, pi_), (PH, pi_p), (MAIL, pi_e)],
)

n, b, bank = "위수현", acct("SC제일"), "SC제일"
add(
    "ko",
    P,
    f"""학생연구원 인건비 계좌 변경 요청 메일에 답장. 기존 계좌 해지로 {n} 학생 인건비를 {bank}은행 {b}로 변경, 다음 달 지급분부터 적용.""",
    [(PER, n), (ACC, b)],
)

ip, n = pub_ip(), "공태하"
add(
    "mixed",
    P,
    f"""IRIS 과제관리시스템 이상 로그인 알림이에요. 연구자에게 보낼 안내문 써줘
[IRIS] 로그인 알림 — 연구자 {n}님 계정이 2025-02-14 03:22 해외 IP {ip}(Frankfurt, DE)에서 로그인했습니다. 본인이 아니면 비밀번호를 변경하세요.""",
    [(PER, n), (IP, ip)],
)
# ---------------------------------------------------------------- positives: 경찰 (유치장·스토킹·음주단속·학대신고)
n, r, a = "추영민", rr("930604", 1), "서울특별시 관악구 남부순환로 1742, 2층"
add(
    "ko",
    P,
    f"""유치인 입감 기록 양식 맞춰서 정리해줘
입감일시 2025.03.22 01:40 / 죄명 폭행(주취)
유치인 {n} {r}
주거 {a}
소지품: 휴대폰 1, 지갑(현금 23,000원, 신분증), 벨트 — 보관""",
    [(PER, n), (RRN, r), (LOC, a)],
)

vic, vp, off, off_r, off_a = "이솔", mob(), "백진혁", rr("910119", 1), "경기도 안양시 동안구 시민대로 230, 1203동 701호"
add(
    "ko",
    P,
    f"""스토킹 잠정조치(100m 접근금지) 신청서 범죄사실 부분 다듬어줘.
피해자 {vic}({vp})의 의사에 반하여 행위자 {off}({off_r}, 주거 {off_a})는 2025.2.1.부터 같은 달 19일까지 피해자 직장 앞에서 총 9회 기다리고 47회 전화를 걸었다.""",
    [(PER, vic), (PH, vp), (PER, off), (RRN, off_r), (LOC, off_a)],
)

n, d, p = "나호철", dl("경북", named=True), mob()
add(
    "ko",
    P,
    f"""음주운전 단속 결과보고 문장 다듬기: 2025.04.05 23:15 경북 구미시 인동 교차로, 운전자 {n}(면허 {d}, {p}) 호흡측정 0.087%, 면허정지 대상, 차량 임시보관.""",
    [(PER, n), (DLIC, d), (PH, p)],
)

child, chr_, rep_n, rep_p = "한지아", rn("210719", 4), "어린이집 원장 장금순", mob()
add(
    "ko",
    P,
    f"""아동학대 신고 접수서 요약(수사 착수 보고용). 신고자: {rep_n}({rep_p}), 피해아동 {child}({chr_}), 등원 시 팔 멍 발견, 보호자 설명 불일치.""",
    [(PER, "장금순"), (PH, rep_p), (PER, child), (RRN, chr_)],
)

n, e, ph = "Olivia Brennan", "olivia.brennan@state.gov", "+82 2 397 " + dg(4)
add(
    "en",
    P,
    f"""Turn this into a formal note verbale summary: Consular officer {n} ({e}; {ph}) asks to be informed of the detention of a US national arrested in Itaewon on 9 March and requests consular access within 48 hours.""",
    [(PER, n), (MAIL, e), (PH, ph)],
)

# ---------------------------------------------------------------- positives: 보험금 청구 (손해보험사 보상팀)
n, r, h, b = "도하준", rr("780227", 1), hid(), acct("토스뱅크")
add(
    "ko",
    P,
    f"""실손보험금 청구서 누락항목 체크. 피보험자 {n}, 주민번호 {r}, 건강보험증번호 {h}, 수령계좌 토스뱅크 {b}, 진단서는 팩스 수신 예정.""",
    [(PER, n), (RRN, r), (HINS, h), (ACC, b)],
)

n, p, a, d = "Minji Cha", mob(), "2F, 45 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236", dl("서울")
add(
    "en",
    P,
    f"""Claim intake from our English web form; translate to Korean for the adjuster.
Claimant: {n}
Mobile: {p}
Address: {a}
Driver licence: {d}
Accident: rear-ended at a red light, 2 Mar, 08:40, Gangnam-daero""",
    [(PER, n), (PH, p), (LOC, a), (DLIC, d)],
)

vic, vic_p, adj, adj_e = "석수아", mob(), "변동진", "dj.byun@kbinsure.co.kr"
add(
    "ko",
    P,
    f"""대물 합의서 안내 메일 다듬어줘. 수신: 피해자 {vic} 님({vic_p}), 발신: 보상담당 {adj} ({adj_e}). 수리비 1,284,000원 합의, 렌트 5일 인정.""",
    [(PER, vic), (PH, vic_p), (PER, adj), (MAIL, adj_e)],
)

# ---------------------------------------------------------------- positives: 카드사 (분실·부정사용·가맹점)
n, c, p = "황도연", cc("5", sep="-"), mob()
add(
    "ko",
    P,
    f"""부정사용 이의제기 접수 요약. 회원 {n}({p}) 카드 {c}로 3/14 새벽 해외 온라인 결제 3건($412.80 외), 본인 미사용 주장, 카드 즉시 정지 처리.""",
    [(PER, n), (PH, p), (CARD, c)],
)

amex, jcb, n = cc("37", (4, 6, 5), " "), cc("3568", sep=" "), "Grace Yoon"
add(
    "en",
    P,
    f"""A cardholder pasted both of her cards into the chat by mistake. Write a reply telling her we masked the log and she should not share numbers again.
[14:02] {n}: my amex {amex} was declined at the hotel
[14:02] {n}: also tried JCB {jcb} same thing""",
    [(PER, n), (CARD, amex), (PER, n), (CARD, jcb)],
)

n, brn_, b, a = "소경민", bz(), acct("국민"), "경기도 고양시 일산동구 중앙로 1275, 1층 108호"
add(
    "ko",
    P,
    f"""가맹점 신규 가입 심사 메모: 상호 '경민베이커리', 대표 {n}, 사업자 {brn_}, 결제대금 입금계좌 국민 {b}, 매장 {a}. 업종 코드 확인 필요.""",
    [(PER, n), (BRN, brn_), (ACC, b), (LOC, a)],
)

# ---------------------------------------------------------------- positives: 저축은행 (대출 심사·추심)
n, r, comp, comp_brn, sal = "주하나", rr("920808", 2), "○○물류", bz(), acct("하나")
comp_crn = cr("110111")
add(
    "ko",
    P,
    f"""개인신용대출 심사 의견서 초안 다듬어줘. 차주 {n}({r}), 재직 {comp}(사업자 {comp_brn}, 법인 {comp_crn}) 4년차, 급여계좌 하나 {sal} 최근 6개월 입금 일정, DSR 38%.""",
    [(PER, n), (RRN, r), (BRN, comp_brn), (CRN, comp_crn), (ACC, sal)],
)

n, p1, p2 = "맹경수", mob(), land("043")
add(
    "ko",
    P,
    f"""채권추심 통화기록 — 민원 소지 있는 표현 있는지 봐줘
14:05 채무자 {n} 휴대폰 {p1} 부재
14:20 직장 {p2} 연결, 동료에게 '빚 때문에 전화했다' 발언 ← 문제?
14:31 채무자 본인 통화, 25일 일부 상환 약속""",
    [(PER, n), (PH, p1), (PH, p2)],
)

rows = [
    ("우태경", acct("신협", plain=True), rr("750330", 1, dash=False)),
    ("Nguyen Van Minh", acct("국민", plain=True), ar("940908", 5).replace("-", "")),
]
add(
    "mixed",
    P,
    "대출 실행 배치 파일(고정폭) 파싱 코드 짜줘. 샘플 두 줄:\n"
    + "\n".join(f"D{i + 1:04d} {n:<20}{r:<14}{b:<16}{dg(7, '123'):>12}" for i, (n, b, r) in enumerate(rows)),
    [(PER, rows[0][0]), (RRN, rows[0][2]), (ACC, rows[0][1]), (PER, rows[1][0]), (ARN, rows[1][2]), (ACC, rows[1][1])],
)

# ---------------------------------------------------------------- positives: 학교 (수학여행·교육급여·학부모 상담)
rows = [
    ("권도윤", rr("100223", 3), pp_new("M"), mob()),
    ("Sofia Kim", rr("100915", 4), pp("M"), mob()),
    ("지한결", rr("100506", 3), pp_new("M"), mob()),
]
add(
    "mixed",
    P,
    "해외 수학여행(오사카) 여행자보험·항공권 명단(6학년 2반). 여행사 양식에 맞게 '성명/주민번호/여권번호/보호자연락처' 순서로\n"
    + "\n".join(f"{i + 1:02d} {n} {r} 여권 {pa} 보호자 {p}" for i, (n, r, pa, p) in enumerate(rows)),
    [lab for n, r, pa, p in rows for lab in ((PER, n), (RRN, r), (PASS, pa), (PH, p))],
)

n, gn, p = "표서진", "표", mob()
add(
    "ko",
    P,
    f"""학부모 상담 기록 요약. 담임 의견 부분만 정중하게 다듬어줘.
학생 {n} (4학년) / 보호자 어머니 / 연락처 {p}
어머니께서 {n}이가 최근 밤늦게 게임을 한다고 걱정하심. 담임으로서 수업 중 졸음이 잦은 편이라 가정과 협력 필요.""",
    [(PER, n), (PH, p), (PER, n)],
)

n, r, b = "안소희", rr("830621", 2), acct("우리")
add(
    "ko",
    P,
    f"""교육급여(교육활동지원비) 지급 대상 추가 공문. 보호자 {n}({r}), 지급계좌 우리 {b}, 자녀 1명 중학교 재학.""",
    [(PER, n), (RRN, r), (ACC, b)],
)

t, e, p = "Mr. Brian Koh", "briankoh.nes@sen.go.kr", mob()
add(
    "en",
    P,
    f"""Edit the staff directory entry for our native English teacher: {t} — Room 3-2, ext. 214, {e}, personal mobile {p} (emergencies only).""",
    [(PER, "Brian Koh"), (MAIL, e), (PH, p)],
)

# ---------------------------------------------------------------- positives: 가정법원 (개명·후견)
old, new, r, a = "김말순", "김서윤", rr("650412", 2), "충청남도 천안시 서북구 불당대로 130, 801동 1102호"
add(
    "ko",
    P,
    f"""개명허가 신청서 신청취지·이유 문장 다듬어줘
신청인 {old} ({r}), 주소 {a}
신청취지: 신청인의 이름 '말순'을 '서윤'으로 개명하는 것을 허가한다.
이유: 어릴 때부터 놀림을 받아 왔고, 사회생활에서 지속적 불편.""",
    [(PER, old), (RRN, r), (LOC, a), (PER, "말순"), (PER, "서윤")],
)

ward, ward_r, g, g_r, g_p = "탁영순", rr("380917", 2), "탁재민", rr("690102", 1), mob()
add(
    "ko",
    P,
    f"""성년후견 개시 심판청구서 당사자 표시 부분 서식에 맞게 정리.
청구인(아들) {g} ({g_r}) 연락처 {g_p}
사건본인 {ward} ({ward_r}) — 중증 치매, 요양원 입소 중""",
    [(PER, g), (RRN, g_r), (PH, g_p), (PER, ward), (RRN, ward_r)],
)

# ---------------------------------------------------------------- positives: 귀화·난민
n, a, p, pas_f = "Mohammed Al-Saadi", ar("880303", 5), mob(), "Y" + dg(7)
add(
    "mixed",
    P,
    f"""난민인정 심사 면접 일정 통지문(아랍어 번역 전 한국어본) 만들어줘.
신청인: {n}
외국인등록번호: {a}
연락처: {p}
면접일: 2025.05.19 10:00, 서울출입국·외국인청 난민심사과""",
    [(PER, n), (ARN, a), (PH, p)],
)

n, kn, a = "Le Thi Hoa", "이화", ar("900228", 6)
add(
    "mixed",
    P,
    f"""귀화허가 후 한국 이름 등록 안내문. 원래 이름 {n}, 창성창본 후 {kn}로 쓰실 예정, 외국인등록번호 {a}는 주민등록번호 부여 후 효력 상실.""",
    [(PER, n), (PER, kn), (ARN, a)],
)

# ---------------------------------------------------------------- positives: 헌혈·장애인 등록·반려동물·하이패스·화장 예약
n, r, p = "국세윤", rr("000814", 4), mob()
add(
    "ko",
    P,
    f"""헌혈 후 이상반응(미주신경성 실신) 보고 정리: 헌혈자 {n}, 주민번호 {r}, 연락처 {p}. 귀가 후 상태 확인 전화 완료.""",
    [(PER, n), (RRN, r), (PH, p)],
)

n, r, g, gp = "피민호", rr("061030", 3), "피상욱", mob()
add(
    "ko",
    P,
    f"""장애인 등록 신청(발달장애) 진단서 발급 안내 문자: {g} 보호자님, {n}({r}) 학생의 장애정도 심사용 진단서 양식을 보내드립니다. 문의 {gp}""",
    [(PER, g), (PER, n), (RRN, r), (PH, gp)],
)

n, p, a, chip = "오가람", mob(), "서울특별시 성동구 왕십리로 83-21, 1501호", "410" + dg(12)
add(
    "ko",
    P,
    f"""반려동물 등록 변경신고 처리 메모: 소유자 {n}({p}) 주소 {a}로 이전, 동물등록번호 {chip} (내장형), 견종 진돗개.""",
    [(PER, n), (PH, p), (LOC, a)],
)

n, p, c = "함수빈", mob(), cc("4", sep="")
add(
    "ko",
    P,
    f"""하이패스 미납통행료 이의신청 처리결과 문자: {n} 고객님({p}), 등록된 후불 하이패스카드 {c} 잔액부족 처리 오류 확인되어 미납 3건 취소되었습니다.""",
    [(PER, n), (PH, p), (CARD, c)],
)

dec, dec_r, chief, chief_p = "라정식", rr("430511", 1), "라미영", mob()
add(
    "ko",
    P,
    f"""화장 예약 접수 확인 문자 만들어줘. 고인 {dec}({dec_r}), 상주 {chief} ({chief_p}), 3/12 11:00 회차, 승화원 2번로.""",
    [(PER, dec), (RRN, dec_r), (PER, chief), (PH, chief_p)],
)

# ---------------------------------------------------------------- positives: 기타 (화물차 유가보조금·청약·태양광 보조금·통역안내사·학자금 상환)
n, r, card_no, brn_, lic = "용석호", rr("690915", 1), cc("54", sep="-"), bz(), dl("충남")
add(
    "mixed",
    P,
    f"""유가보조금 부정수급 의심 건 Java 테스트 코드인데 실제 데이터가 들어가 있네… 픽스처를 가짜 값으로 바꾸는 리팩터링 해줘
@Test
void detectsSplitFueling() {{
    Driver d = new Driver("{n}", "{r}", "{brn_}", "{lic}");
    FuelCard card = new FuelCard("{card_no}");
    assertTrue(detector.isSuspicious(d, card, txs));
}}""",
    [(PER, n), (RRN, r), (BRN, brn_), (DLIC, lic), (CARD, card_no)],
)

n, e, r = "남경은", "kyungeun.nam@hanmail.net", rr("941201", 2)
add(
    "mixed",
    P,
    f"""청약 당첨자 서류 검증 결과 YAML 형식 맞는지 봐줘
applicant:
  name: {n}
  rrn: "{r}"
  email: {e}
  household_size: 3
  verdict: 부적격(무주택 기간 산정 오류)""",
    [(PER, n), (RRN, r), (MAIL, e)],
)

n, a, brn_, b = "채영호", "전라남도 해남군 황산면 옥동리 772", bz(), acct("농협")
add(
    "mixed",
    P,
    f"""태양광 설치 보조금 SOAP 응답인데 파싱이 안 돼. 어디가 문제야?
<soap:Body><ns2:subsidyResp><applicant>{n}</applicant><bizNo>{brn_}</bizNo><site>{a}</site><payAcct>{b}</payAcct><status>APPROVED</status></ns2:subsidyResp></soap:Body>""",
    [(PER, n), (BRN, brn_), (LOC, a), (ACC, b)],
)

rows = [
    ("Valentina Rossi", "+39 347 " + dg(7), "v.rossi.guide@libero.it"),
    ("陳美玲", "+886 912 " + dg(6), "meiling.chen@gmail.com"),
]
add(
    "mixed",
    P,
    "관광통역안내사 외국인 합격자 연락처, 자격증 수령 안내 메일 수신자로 쓸 거야. CSV 형식 맞춰줘\n"
    + "\n".join(f"{n}; {p}; {e}" for n, p, e in rows),
    [lab for n, p, e in rows for lab in ((PER, n), (PH, p), (MAIL, e))],
)

n, r, comp, brn_ = "제갈준", rr("990303", 1), "(주)스텔라게임즈", bz()
add(
    "ko",
    P,
    f"""학자금대출 의무상환 원천공제 통지 대상 확인: 채무자 {n}({r}), 근무처 {comp}(사업자등록번호 {brn_}). 사업장에 공제 통지서 발송 예정이라고 답변 작성.""",
    [(PER, n), (RRN, r), (BRN, brn_)],
)

diff_n, diff_p, diff_e = "은다래", mob(), "eundarae@gmail.com"
add(
    "mixed",
    P,
    f"""이 PR 리뷰 코멘트 써줘. 테스트 픽스처에 실제 민원인 정보가 들어간 것 같아.
--- a/tests/fixtures/petition.json
+++ b/tests/fixtures/petition.json
@@ -3,5 +3,5 @@
-  "name": "테스트",
-  "phone": "010-0000-0000",
+  "name": "{diff_n}",
+  "phone": "{diff_p}",
+  "email": "{diff_e}",""",
    [(PER, diff_n), (PH, diff_p), (MAIL, diff_e)],
)

n, p, e = "Ingrid Solberg", "+47 " + dg(8, "49"), "ingrid.solberg@nav.no"
add(
    "en",
    P,
    f"""Convert this meeting invite into Korean:
BEGIN:VEVENT
SUMMARY:Bilateral social security agreement — technical talks
ORGANIZER;CN={n}:mailto:{e}
DESCRIPTION:Dial-in for the Oslo side: {p}
DTSTART:20250611T070000Z
END:VEVENT""",
    [(PER, n), (MAIL, e), (PH, p)],
)
n = "金敏俊"
r = rr("410307", 1)
add(
    "mixed",
    P,
    f"""제적등본 OCR 결과에서 인적사항만 표로 만들어줘 (상속인 조회용)
戶主 {n}  出生 檀紀4274年 3月 7日
주민등록번호(전산 이기) {r}""",
    [(PER, n), (RRN, r)],
)

# ================================================================ obfuscated
# 갖은자: account written in the anti-forgery numerals to get it past the messenger's filter
b = acct("수협")
gb = mapd(b, GAJEUN)
n = "방기태"
add(
    "ko",
    OB,
    f"""위판대금 받을 계좌가 메신저에서 자꾸 가려져서 갖은자로 보냈대요. 정산 담당한테 넘길 메모로 정리해줘: 선주 {n}, 수협 {gb}""",
    [(PER, n), (ACC, gb)],
)

# STT: a phone number read as quantities (팔천이백삼십사)
ph = mob()
g = ph.split("-")
spoken = f"공일공에 {ko_count(g[1])}에 {ko_count(g[2])}"
n = "구정남"
add(
    "ko",
    OB,
    f"""임금체불 상담 녹취(STT) 정리해줘
상담원: 연락받으실 번호 말씀해 주세요
진정인: 예 {spoken}이요
상담원: 성함 한 번 더요
진정인: {n}입니다""",
    [(PH, spoken), (PER, n)],
)

# English call transcript with "double"/"triple"
ph = fmt("010-MNN5-5NNN")
sp = en_spoken(ph)
n = "Priya Raman"
add(
    "en",
    OB,
    f"""Clean up this auto-transcript of a call to the consulate helpline:
caller: hi yes my name is {n} I need to change my appointment
agent: sure, best number to reach you?
caller: it's {sp}
agent: thank you""",
    [(PER, n), (PH, sp)],
)

# Urdu/Persian digits typed on the caller's own phone keyboard
ph = mob()
pd = mapd(ph, PERSIAN)
n = "Ayesha Bibi"
add(
    "mixed",
    OB,
    f"""다문화센터 카톡 채널로 온 메시지. 한국어 수업 등록 요청인 것 같은데 번역+등록 정보 정리해줘
"Assalam o alaikum, I am {n}. Please register me Korean class. My number {pd}" """,
    [(PER, n), (PH, pd)],
)

# Superscript digits
c = cc("4", sep=" ")
cs = mapd(c, SUPER)
add(
    "ko",
    OB,
    f"""카드사 상담 채팅 로그 검수. 고객이 필터 피하려고 위첨자로 카드번호를 적었는데, 상담원이 그대로 받아 처리했어요. 보고서 문장 써줘
고객: 카드번호 {cs} 이거 분실신고요
상담원: 확인했습니다. 즉시 정지 처리했습니다.""",
    [(CARD, cs)],
)

# Circled digits
r = rr("720505", 2)
rc = mapd(r, CIRCLED)
n = "모순애"
add(
    "ko",
    OB,
    f"""보호관찰소 민원 게시판 글인데 답변 써줘. 주민번호를 동그라미 숫자로 적어 놨네요.
제목: 남편 보호관찰 기간 문의
작성자: {n}
내용: 남편 주민번호 {rc} 입니다. 기간이 언제 끝나는지 알려주세요""",
    [(PER, n), (RRN, rc)],
)

# macOS file name: decomposed Hangul
n = "봉세라"
nn = nfd(n)
add(
    "ko",
    OB,
    f"""첨부파일 이름들 규칙대로 바꿔줘 (접수일_민원종류_순번)
- 임금체불진정서_{nn}_최종.pdf
- 출퇴근기록_캡처.zip
- 급여명세서_2024-11.jpg""",
    [(PER, nn)],
)

# 한/영 not switched: a search log
n = "유지현"
q = dubeol(n)
ip = priv_ip()
add(
    "mixed",
    OB,
    f"""민원 검색 기능 로그. 검색 결과 0건인 검색어 패턴 분석해줘
{ip} - - [12/Mar/2025:10:14:02 +0900] "GET /minwon/search?q={q}&type=name HTTP/1.1" 200 312 "-" "Mozilla/5.0"
{ip} - - [12/Mar/2025:10:14:19 +0900] "GET /minwon/search?q=%EB%AF%BC%EC%9B%90&type=title HTTP/1.1" 200 8812 "-" "Mozilla/5.0\"""",
    [(IP, ip), (PER, q), (IP, ip)],
)

# deliberate: name typed in English key positions, number in the clear
n = "서동혁"
q = dubeol(n)
p = mob()
add(
    "ko",
    OB,
    f"""[사내 메신저] 외부 AI에 민원인 이름 넣으면 막힌대서 영타로 칠게요ㅋㅋ 민원인 {q}, 연락처 {p}, 자동차 이전등록 서류 반려 사유 안내문 써줘""",
    [(PER, q), (PH, p)],
)

# compatibility jamo
n = "강민서"
jn = jamo(n)
add(
    "ko",
    OB,
    f"""청소년상담 단톡방 공유용으로 내담자 이름은 풀어서 적었어요: {jn} 학생 2회기 상담 내용 요약해줘. 또래 갈등, 부모와 대화 단절, 수면 문제.""",
    [(PER, jn)],
)

# quoted-printable mail body
n = "음다경"
qn = qp(n)
e = "umdk1022@daum.net"
add(
    "mixed",
    OB,
    f"""메일 원문 소스가 깨져 보여요. 이거 무슨 내용인지 디코딩해서 요약해줘
From: {e}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=EC=95=88=EB=85=95=ED=95=98=EC=84=B8=EC=9A=94. {qn}=EC=9E=85=EB=8B=88=EB=8B=A4.""",
    [(MAIL, e), (PER, qn)],
)

# MySQL hex literal
r = rr("860117", 1)
hx = hexlit(r)
add(
    "mixed",
    OB,
    f"""덤프 파일에서 이 INSERT가 복원 중에 에러 나요. 문법 문제인지 봐줘
INSERT INTO `prb_subject` (`id`,`rrn_raw`,`officer`) VALUES (2211,X'{hx}','PO-17');""",
    [(RRN, hx)],
)

# /proc/net/tcp
rip = priv_ip()
hx = le_hex_ip(rip)
add(
    "en",
    OB,
    f"""Which connection here is stuck in CLOSE_WAIT and to which host? (pasted from the AWS logger box)
  sl  local_address rem_address   st tx_queue rx_queue
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000
   1: 0100007F:1F90 {hx}:C3A2 08 00000000:00000001""",
    [(IP, hx)],
)

# soft hyphen from a Word document
r = rr("940612", 2)
rs = r[:9] + SHY + r[9:]
n = "하슬기"
add(
    "ko",
    OB,
    f"""한글 문서에서 복사한 장학생 추천서 인적사항인데 표로 정리해줘: 추천 학생 {n}, 주민등록번호 {rs}, 학과 간호학과 3학년""",
    [(PER, n), (RRN, rs)],
)

# typographic hyphen / minus from a word processor
p = mob()
pm = p.replace("-", MINUS)
p2 = mob()
p2h = p2.replace("-", "\u2010")
add(
    "ko",
    OB,
    f"""보도자료 초안에 담당자 번호가 이상하게 들어가 있어 전화가 안 걸린대요. 원인이 뭔지랑 고친 버전 줘
문의: 감염병관리팀 {pm} / 역학조사반 {p2h}""",
    [(PH, pm), (PH, p2h)],
)

# ㅡ typed for the dash
r = rr("031108", 4)
rj = r.replace("-", "ㅡ")
n = "어채은"
add(
    "ko",
    OB,
    f"""국가장학금 서류 제출 메일 답장. 학생이 보낸 본문: "안녕하세요 {n}입니다 주민번호 {rj} 가구원 동의 완료했습니다" — 추가 서류 없다고 안내""",
    [(PER, n), (RRN, rj)],
)

# ㅇ for zero
p = mob()
pi = p.replace("0", "ㅇ").replace("-", " ")
n = "진솔비"
add(
    "ko",
    OB,
    f"""중고거래 사기 피해 진정 카톡 내용 정리해줘
피해자: 판매자 번호가 {pi} 였고요 이름은 {n}이라고 했어요
피해자: 입금하고 바로 잠수탔어요""",
    [(PH, pi), (PER, n)],
)

# emoji separators
p = mob()
pe = p.replace("-", "🌸", 1).replace("-", "🌼")
add(
    "ko",
    OB,
    f"""청소년 상담 오픈채팅 신고 내용. 성인이 미성년자에게 번호를 꽃 이모지로 끼워서 보냈다고 해요: "언니 번호 {pe} 여기로 연락해 용돈 줄게" — 신고서 작성해줘""",
    [(PH, pe)],
)

# account disguised as an amount
b = acct("카카오뱅크", plain=True)
bm = f"{int(b):,}"
add(
    "ko",
    OB,
    f"""불법사금융 광고 신고 접수할 거야. 광고 문구: "급전 당일 300 가능 / 선입금 {bm}원 (카뱅) 보내시면 바로 진행" — 금액처럼 적었지만 계좌번호 같아. 신고서에 이 점 넣어줘""",
    [(ACC, bm)],
)

# Excel dropped the leading zero
ps = [mob(sep="") for _ in range(2)]
pz = [p[1:] for p in ps]
add(
    "ko",
    OB,
    f"""엑셀에서 연락처가 숫자로 바뀌어서 앞자리 0이 날아갔어요. 문자 발송하게 원래 형식으로 돌리는 수식 알려줘
성명\t연락처
차승우\t{pz[0]}
옥다인\t{pz[1]}""",
    [(PER, "차승우"), (PH, pz[0]), (PER, "옥다인"), (PH, pz[1])],
)

r = rr("050304", 3, dash=False)
rz = r.lstrip("0")
add(
    "ko",
    OB,
    f"""수학여행 보험 명단 CSV 열었더니 주민번호가 이렇게 됐어요. 원래대로 13자리 복구하는 방법?
이름,주민번호
국도현,{rz}""",
    [(PER, "국도현"), (RRN, rz)],
)

# card number sent over several chat messages
c = cc("5", sep="-")
cg = c.split("-")
chat = lines(
    "[오후 3:01] 고객: 카드 정지요",
    f"[오후 3:01] 고객: {cg[0]}",
    f"[오후 3:01] 고객: {cg[1]}",
    f"[오후 3:02] 고객: {cg[2]}",
    f"[오후 3:02] 고객: {cg[3]}",
    "[오후 3:02] 상담원: 확인 중입니다",
)
add(
    "ko",
    OB,
    "분실신고 채팅 상담 이력 요약해줘\n" + chat,
    [(CARD, seg(chat, cg[0], cg[3]))],
)

# 13 boxes of a paper form, OCR'd with a bar per box
r = rr("580214", 1)
boxes = "| " + " | ".join(digits(r)[:6]) + " | - | " + " | ".join(digits(r)[6:]) + " |"
val = boxes[2:-2]
n = "석만길"
add(
    "ko",
    OB,
    f"""농협 조합원 탈퇴 신청서 OCR인데 칸마다 숫자가 나뉘어 나왔어. 정리해줘
성 명 : {n}
주민등록번호 : {boxes}
탈퇴 사유 : 고령으로 영농 중단""",
    [(PER, n), (RRN, val)],
)

# passport read with Hangul letter names
pn = pp_new("M")
spoken = f"{LATIN_KO[pn[0]]} {sino(pn[1:4])} {LATIN_KO[pn[4]]} {sino(pn[5:])}"
n = "채유나"
add(
    "ko",
    OB,
    f"""영사콜센터 통화 STT 요약해줘
상담사: 여권번호 불러주시겠어요
민원인: {spoken}요
상담사: 성함은
민원인: {n}요""",
    [(PASS, spoken), (PER, n)],
)

# NATO-style spelling in English
pn = pp("M")
d = digits(pn)
spoken = f"M as in Mike, {', '.join(EN_WORD[x] for x in d[:4])}, {', '.join(EN_WORD[x] for x in d[4:])}"
add(
    "en",
    OB,
    f"""Summarise this consular call for the log:
Officer: Can you read me the passport number?
Caller: Yes, {spoken}.
Officer: And that's the old green passport?
Caller: Yes, issued 2017.""",
    [(PASS, spoken)],
)

# 앳/닷
e_sp = "hyunwoo.seo 앳 gmail 닷 com"
add(
    "ko",
    OB,
    f"""특허 출원인이 전화로 불러준 메일 주소 받아 적은 메모예요: "{e_sp}" — 출원서 보정 안내 메일 써줘. 출원인 서현우""",
    [(MAIL, e_sp), (PER, "서현우")],
)

# spaced letters
e = "soyeon94@naver.com"
es = " ".join(e)
add(
    "ko",
    OB,
    f"""재난지원금 문의 게시판에 이렇게 띄어서 적어놨어요: {es} 로 답장 달래요. 답변 써줘""",
    [(MAIL, es)],
)

# ROT13 e-mail on a web page
e = "khs.admin@nfs.go.kr"
rot = e.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm"))
add(
    "mixed",
    OB,
    f"""소방서 홈페이지 담당자 메일 링크가 안 열린대요. 스크립트 좀 봐줘
<a class="rot13-mail" data-addr="{rot}">담당자에게 메일</a>
<script>document.querySelectorAll('.rot13-mail').forEach(a => a.href = 'mailto:' + rot13(a.dataset.addr));</script>""",
    [(MAIL, rot)],
)

# String.fromCharCode
e = "ohj.research@nrf.re.kr"
codes = ",".join(str(ord(ch)) for ch in e)
add(
    "en",
    OB,
    f"""This contact link on the grant page renders blank in Safari. Why?
<script>var m = String.fromCharCode({codes}); document.getElementById('pi').innerHTML = '<a href="mailto:' + m + '">PI</a>';</script>""",
    [(MAIL, codes)],
)

# Thai digits
THAI = dict(zip("0123456789", "๐๑๒๓๔๕๖๗๘๙", strict=True))
p = mob()
pt = mapd(p, THAI)
n = "Somchai Boonmee"
add(
    "mixed",
    OB,
    f"""태국인 근로자가 보낸 문자 번역해줘. 번호가 태국 숫자로 되어 있어
"สวัสดีครับ ผม {n} นายจ้างยังไม่จ่ายเงินเดือน โทร {pt}" """,
    [(PER, n), (PH, pt)],
)

# OCR letter confusions on a 건강보험증
h = hi()
while not any(c in h for c in "0694"):
    h = hi()
ho = mapd(h, OCR_MIX)
n = "곽영자"
add(
    "ko",
    OB,
    f"""외래 접수 건강보험증 사진 OCR 결과. 이상한 글자 보정해줘
가입자: {n}
증번호: {ho}
사업장: 지역""",
    [(PER, n), (HINS, ho)],
)

# an account read in quantities
b = acct("신한")
g = b.split("-")
spoken = f"{ko_count(g[0])} 다시 {ko_count(g[1])} 다시 {ko_count(g[2][:3])} {ko_count(g[2][3:])}"
add(
    "ko",
    OB,
    f"""지방세 환급 계좌 확인 통화 STT: "네 신한이고요 {spoken}이요" — 환급 처리 메모 작성해줘. 납세자 맹지수""",
    [(ACC, spoken), (PER, "맹지수")],
)

# word joiners inside a card number
c = cc("4", sep=" ")
cw = WJ.join(c)
add(
    "ko",
    OB,
    f"""재난지원금 충전 카드번호를 복사했는데 붙여넣으면 검색이 안 돼요. 뭔가 숨은 문자가 있는 듯: {cw}""",
    [(CARD, cw)],
)

# spreadsheet split the number at its dash (text to columns)
r = rr("690830", 2)
front, back = r.split("-")
row = f"민원인\t{front}\t{back}\t대전 서구"
add(
    "ko",
    OB,
    f"""텍스트 나누기 하다가 '-' 기준으로 잘려버렸어요. 다시 합치는 수식 알려줘
구분\t주민번호\t(잘린 열)\t주소
{row}""",
    [(RRN, f"{front}\t{back}")],
)

# name with dots between syllables
n = "나윤슬"
nd = ".".join(n)
p = mob()
add(
    "ko",
    OB,
    f"""단톡방에서 이름 검열 피하려고 점 찍어서 쓴 거야: 보호관찰 대상자 {nd}, 연락처 {p}. 면담 일정 잡는 문자 써줘""",
    [(PER, nd), (PH, p)],
)

# zero-padded IPs from a firewall export
ip = priv_ip()
ipz = ".".join(f"{int(o):03d}" for o in ip.split("."))
add(
    "en",
    OB,
    f"""Explain this firewall export line to a non-technical auditor:
permit tcp host {ipz} host 010.000.000.001 eq 1521 log ! added for research grant DB""",
    [(IP, ipz)],
)

# reverse DNS
ip = "192.168." + f"{random.randint(0, 99)}.{random.randint(2, 250)}"
o = ip.split(".")
ptr = ".".join(reversed(o))
add(
    "en",
    OB,
    f"""Why does this PTR record not resolve for the station logger?
{ptr}.in-addr.arpa. 3600 IN PTR aws-594.kma.local.""",
    [(IP, ptr)],
)

# driving licence read aloud with the region name
d = dl("경기", named=True)
reg, rest = d.split(" ")
gd = rest.split("-")
spoken = f"{reg} {sino(gd[0])}에 {sino(gd[1])}에 {sino(gd[2])}"
add(
    "ko",
    OB,
    f"""보험 사고접수 STT 정리: "면허번호요? {spoken}이요. 이름은 황보석이고요" """,
    [(DLIC, spoken), (PER, "황보석")],
)

# alien registration number read in English with "dash"
a = ar("910415", 5)
af, ab = a.split("-")
sp = f"{' '.join(EN_WORD[x] for x in af)}, dash, {' '.join(EN_WORD[x] for x in ab)}"
add(
    "en",
    OB,
    f"""Transcript from the labour office hotline (English line): "My registration card number is {sp}. My name Mehedi Hasan." Please fill the intake form fields.""",
    [(ARN, sp), (PER, "Mehedi Hasan")],
)

# business number with dots instead of dashes, CRN in circled digits
bn = bz()
bd = bn.replace("-", ".")
cn = cr("110111")
cc_ = mapd(cn, CIRCLED)
add(
    "ko",
    OB,
    f"""공정위 신고서 첨부 파일에 피신고인 번호가 이렇게 적혀 있어요. 표준 형식으로 바꿔줘: 사업자 {bd}, 법인 {cc_}""",
    [(BRN, bd), (CRN, cc_)],
)
# ================================================================ hard negatives
add(
    "ko",
    N,
    f"""농림어업총조사 조사구별 응답률 표 요약해줘
조사구번호\t대상가구\t완료\t응답률
4713-0217\t42\t39\t92.9%
4713-0219\t37\t30\t81.1%
4713-0220\t51\t51\t100.0%
조사표 일련번호 범위: 2025-AG-{dg(6)} ~ 2025-AG-{dg(6)}""",
    [],
)

add(
    "en",
    N,
    f"""Our HL7 ACK is being rejected by the EMR. What's wrong with the segment order?
MSH|^~\\&|EMR|NMC|OCS|NMC|20250311093514||ACK^A04|ACK{dg(6)}|P|2.5
MSA|AA|MSG{dg(6)}
ERR|||207^Application internal error^HL70357""",
    [],
)

add(
    "ko",
    N,
    """보고서 각주 인용 형식 통일해줘
1) 「개인정보 보호법」 제24조의2제1항 및 같은 법 시행령 제21조의2
2) 「감염병의 예방 및 관리에 관한 법률」 제11조제1항제2호
3) 질병관리청 고시 제2024-17호(2024. 12. 30.)
4) 대법원 2019. 6. 13. 선고 2018도20655 판결""",
    [],
)

add(
    "ko",
    N,
    f"""사건 목록 정리 — 진행상태만 표로
서울중앙지방법원 2024가단{dg(6, "5")} 손해배상(기) / 변론기일 4.17.
수원지방법원 2025고정{dg(4, "1")} 도로교통법위반(음주운전) / 선고 5.2.
서울가정법원 2025느단{dg(5, "1")} 개명 / 허가
공탁번호 2025금제{dg(4, "1")}호 / 출급 완료""",
    [],
)

sha = "".join(random.choice("0123456789abcdef") for _ in range(64))
add(
    "en",
    N,
    f"""Write release notes from this:
release: dlp-agent 2.14.3.1 (build 20250312.4)
commit {"".join(random.choice("0123456789abcdef") for _ in range(40))}
sha256(dlp-agent-2.14.3.1.msi) = {sha}
changes: fixed proxy auto-config on Windows 11 24H2; bumped OpenSSL to 3.0.15""",
    [],
)

isbns = [
    isbn13(f"978-89-{dg(4, '1')}-{dg(3)}"),
    isbn13(f"979-11-{dg(5, '1')}-{dg(2)}"),
    isbn13(f"978-0-{dg(3, '1')}-{dg(5)}"),
]
add(
    "ko",
    N,
    "국립대 도서관 희망도서 구입 목록, 중복 ISBN 있는지 봐줘\n"
    + "\n".join(f"- ISBN {i}" for i in isbns)
    + f"\n- ISBN {isbns[0]} (재신청)",
    [],
)

eans = [ean13("880" + dg(9)) for _ in range(4)]
add(
    "ko",
    N,
    "하나로마트 행사 상품 바코드 목록. 엑셀에서 지수 표기로 깨지지 않게 불러오는 방법도 알려줘\n"
    + "\n".join(
        f"{e}\t{nm}"
        for e, nm in zip(eans, ["햇사과 5kg", "유기농 쌀 10kg", "한우 불고기 500g", "들기름 350ml"], strict=True)
    ),
    [],
)

add(
    "ko",
    N,
    """민원 안내문 하단 대표번호 모음 표로 만들어줘
고용노동부 1350 / 외국인종합안내센터 1345 / 정부민원안내 110 / 다산콜재단 120
농협 고객센터 1588-2100 / 한국전력 123 / 질병관리청 1339 / 청소년상담 1388
금융감독원 1332 / 공정거래위원회 1670-0007 / 법무부 보호관찰 1644-1414""",
    [],
)

add(
    "ko",
    N,
    """개인정보 입력칸 안내 문구 예시 좀 다듬어줘
- 성명: 홍길동
- 주민등록번호: 000000-0000000 (숫자 13자리)
- 휴대전화: 010-0000-0000
- 이메일: user@example.com
- 사업자등록번호: 000-00-00000""",
    [],
)

add(
    "en",
    N,
    """Our payment sandbox docs list these test values; rewrite the table for the developer portal.
Card: 4111 1111 1111 1111, exp 12/34, CVC 123 (always approves)
Name: John Doe, email john.doe@example.com
Address: 123 Main St, Anytown
Phone: (555) 555-0123""",
    [],
)

add(
    "ko",
    N,
    """배치 로그 타임스탬프 형식 통일해줘 (KST로)
20250312142207 START settle_batch
2025-03-12T05:22:41Z END settle_batch rows=18422
12/03/2025 14:23 report sent
1741760561 (epoch) checkpoint""",
    [],
)

add(
    "ko",
    N,
    f"""공용차량 운행일지 요약
12가 3456 (쏘나타) 3/10 출장 87km
34나 7812 (카니발) 3/11 현장점검 142km
차대번호 KMHL{dg(1, "4")}41B{dg(7)} 정기점검 예정""",
    [],
)

add(
    "ko",
    N,
    """자재 청구서 품목코드가 전화번호처럼 보여서 발주 시스템이 막아요. 코드 체계 설명 문구 써줘
품목코드 031-4501-2200 : PE 배관 DN50
품목코드 051-2207-0300 : 밸브 소켓 20A
품목코드 02-118-0044 : 방수 테이프 (구 코드)""",
    [],
)

add(
    "ko",
    N,
    """국가유산 안내판 문구 다듬어줘. 세종대왕이 훈민정음을 반포한 1446년을 기념하는 한글날, 그리고 이순신 장군의 명량해전(1597) 관련 사적 안내를 함께 싣습니다. 국보 제70호 훈민정음 해례본의 복제본 전시.""",
    [],
)

add(
    "ko",
    N,
    """이사회 김장 나눔 행사 결과 보고 다듬어줘: 박람회 기간 중 조합원 강당에서 김장 3,200포기, 정산 결과 잔액 84,000원은 장학금으로 이월. 한파로 임시 천막 설치, 오전 조기 종료.""",
    [],
)

add(
    "ko",
    N,
    """관측소 이전 후보지 좌표 변환해줘 (WGS84 → EPSG:5186)
후보 A: 37.9012° N, 127.2034° E, 해발 312m
후보 B: 38.0541, 128.1120
기존 TM 좌표 X=215432.18, Y=591204.77""",
    [],
)

add(
    "ko",
    N,
    """재난지원금 집행 현황 보고 문장 다듬어줘. 총예산 3,333,051,000원 중 2,980,114,500원 집행(89.4%), 잔액 352,936,500원은 반납 예정. 대상 12,418가구 중 11,902가구 지급.""",
    [],
)

add(
    "en",
    N,
    """Review this nginx config for the research portal.
server {
  listen 0.0.0.0:443 ssl;
  set_real_ip_from 10.0.0.0/8;
  allow 192.0.2.0/24;   # docs example range
  deny  all;
  proxy_pass http://127.0.0.1:8080;
}""",
    [],
)

add(
    "en",
    N,
    f"""Checksums for the archived survey microdata (no records inside, just the manifest):
md5  {"".join(random.choice("0123456789abcdef") for _ in range(32))}  ecn2025_manifest.json
sha1 {"".join(random.choice("0123456789abcdef") for _ in range(40))}  ecn2025_codebook.pdf""",
    [],
)

add(
    "ko",
    N,
    f"""세금계산서 발행 내역 검증 — 승인번호 자릿수가 맞는지만 봐줘
승인번호 {dg(8, "2")}-{dg(8, "4")}-{dg(8)} 공급가액 1,200,000
승인번호 {dg(8, "2")}-{dg(8, "4")}-{dg(8)} 공급가액 560,000
현금영수증 승인번호 {dg(9, "1")}""",
    [],
)

add(
    "ko",
    N,
    f"""국방 조달 입찰공고 요약: 공고번호 2025{dg(7, "1")}-00, 계약번호 R25TA{dg(8)}, 품목 '전술차량용 타이어', 예가 1,842,000,000원, 개찰 4/22 11:00.""",
    [],
)

add(
    "ko",
    N,
    """특허 진행현황 표 만들어줘
출원번호 10-2025-0041187 / 심사청구 완료
등록번호 10-2701234 / 연차료 납부 4년차
상표 출원 40-2024-0123456 / 공고결정
PCT/KR2024/012345 / 국제조사보고서 수령""",
    [],
)

add(
    "ko",
    N,
    """AWS 관측자료 CSV 일부. 결측치 보간 방법 추천해줘
지점,일시,기온,풍속,습도,기압
594,2025-01-17 02:50,-18.3,6.1,41,1021.7
594,2025-01-17 03:00,-18.6,,40,1021.9
594,2025-01-17 03:10,,5.8,,1022.0""",
    [],
)

add(
    "ko",
    N,
    """보안검색 교육 자료 예시 문장 다듬어줘: 편명 KE0703, 좌석 32A, 탑승권 바코드의 PNR(6자리 영숫자)만 확인하고, 수하물 태그 KE 712345는 별도 대조합니다. 개인 신상은 기록하지 않습니다.""",
    [],
)

add(
    "en",
    N,
    """Summarise the protocol registry entries for the IRB memo:
NCT05512345 — Phase II, recruiting
KCT0009876 — CRIS registration, approved 2024-11-02
MFDS IND approval no. 32841 (2024)
Protocol ONC-221 v3.0 dated 05-Feb-2025""",
    [],
)

add(
    "ko",
    N,
    f"""한전 요금 조회 화면 필드 설명 써줘: 고객번호 0{dg(9)}(10자리), 계량기번호 {dg(2, "1")}-{dg(7)}, 청구년월 2025-07, 사용량 412kWh, 요금 68,420원""",
    [],
)

add(
    "ko",
    N,
    """상담 STT 검수: 대표번호를 숫자로 바꿔줘
상담원: 네 추가 문의는 일오팔팔에 이일공공 농협 고객센터로 하시면 되고요
상담원: 야간에는 일삼오공 고용노동부 상담센터도 가능합니다""",
    [],
)

add(
    "ko",
    N,
    """고객 응대 문구 존댓말로 통일해줘: 고객님 민원인님 선생님 담당자님, 접수하신 건은 주무관님께 전달되었습니다. 조합원님께서는 본인 확인 후 방문해 주세요.""",
    [],
)

add(
    "mixed",
    N,
    """주민번호 컬럼 DDL 리뷰해줘 (데이터는 없음)
CREATE TABLE applicant (
  id BIGINT PRIMARY KEY,
  rrn_enc VARBINARY(256) NOT NULL COMMENT 'AES-256 암호화 주민번호',
  phone_enc VARBINARY(128),
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);""",
    [],
)

add(
    "mixed",
    N,
    """카드번호 Luhn 검증 함수 테스트 케이스 더 짜줘
def luhn_ok(num: str) -> bool: ...
assert luhn_ok("4111111111111111")      # 테스트 카드
assert not luhn_ok("1234567812345678")
assert luhn_ok("0000000000000000")""",
    [],
)

add(
    "ko",
    N,
    """문화유산 관리번호 체계 설명 문서 다듬어줘: 국보 제24호(석굴암 석굴), 보물 제1호, 사적 제1호 순으로 부여되던 지정번호는 2021년 폐지되고, 관리번호 11-0024-000 형식만 내부 관리용으로 남았습니다.""",
    [],
)

add(
    "en",
    N,
    f"""Inventory list for the airport lanes; normalise the MAC format:
Lane 14 scanner  MAC 00:1A:2B:{random.randint(16, 255):02X}:{random.randint(16, 255):02X}:{random.randint(16, 255):02X}  S/N RS-{dg(8)}
Lane 15 scanner  MAC 00-1A-2B-{random.randint(16, 255):02X}-{random.randint(16, 255):02X}-{random.randint(16, 255):02X}  S/N RS-{dg(8)}
asset uuid 3f2b9c1e-{dg(4)}-4{dg(3)}-a{dg(3)}-{dg(12)}""",
    [],
)

add(
    "en",
    N,
    """Which of these are IP addresses and which are version numbers?
firmware 4.10.12.1
SNMP OID 1.3.6.1.4.1.9.9.46
subnet mask 255.255.255.0
gateway 192.0.2.1 (lab doc range)
app version 10.20.30.40-beta""",
    [],
)

add(
    "ko",
    N,
    """우편번호만 정리해줘: 세종 30103, 대전 35208, 과천 13809, 서울 03171. 국번 없이 120, 114 안내는 제외.""",
    [],
)

add(
    "ko",
    N,
    f"""KTX 환불 처리 아니고 통계 요청이에요. 승차권번호 형식 설명: {dg(5, "1")}-{dg(4, "0")}-{dg(5)}-{dg(2)} 은 발매역-일자-일련-순번. 3월 환불 건수 1,284건, 수수료 수입 3,912,400원.""",
    [],
)

add(
    "ko",
    N,
    """법정동코드·도로명코드 매핑 오류 확인: 법정동코드 1168010100 ↔ 도로명코드 116804166040, 건물관리번호 1168010100106940000000001. 코드만 대조해줘.""",
    [],
)

add(
    "ko",
    N,
    """연기금 보유종목 보고서 표 다듬기: 삼성전자(005930, ISIN KR7005930003) 비중 4.1%, SK하이닉스(000660) 2.3%, 현대차(005380) 1.1%.""",
    [],
)

add(
    "ko",
    N,
    """2010년 제010호 문서와 2011년 제011호 공문의 시행일(2010.10.10.)이 같은지 확인. 문서번호 형식 '교무-010'은 바꾸지 말 것.""",
    [],
)

add(
    "ko",
    N,
    f"""근로장학생 근무 집계 — 개인정보 빼고 부서별 합계만
도서관 사번 2021{dg(4)}, 2022{dg(4)} 합계 78시간
학생처 사번 2023{dg(4)} 22시간
국제교류팀 사번 2024{dg(4)} 40시간""",
    [],
)

add(
    "en",
    N,
    """Quick grammar check: "Han Kang's Nobel lecture was quoted by the Minister of Culture at the opening of the National Library exhibition." Is the possessive right?""",
    [],
)

add(
    "ko",
    N,
    """회의록 익명화 버전 다듬어줘
참석: 조사과장, 주무관 3명, 외부 자문위원 1명
1. 장기 미응답 가구 재방문 — 야간 방문 시 2인 1조
2. 조사원 안전사고 보험 갱신 — 총무팀 협의
3. 다음 회의: 4월 둘째 주 화요일""",
    [],
)

add(
    "ko",
    N,
    """보건소 주간 감염병 통계 문장으로: 수두 14건(전주 대비 +3), 쯔쯔가무시 2건, 홍역 0건, 백일해 5건. 집단발생 의심 1건(초등학교, 역학조사 중).""",
    [],
)

add(
    "ko",
    N,
    """임금체불 통계 보고 문장 다듬어줘: 1분기 신고 8,412건, 체불액 512억 3,100만원, 청산율 71.2%. 대지급금 지급 2,104건, 평균 1인당 6,310,000원.""",
    [],
)

add(
    "mixed",
    N,
    """OpenAPI 스펙에서 예시 값만 정리해줘
components:
  schemas:
    Applicant:
      properties:
        name:  {type: string, example: 홍길동}
        phone: {type: string, example: "010-0000-0000"}
        email: {type: string, format: email, example: user@example.com}
        rrn:   {type: string, pattern: '^\\d{6}-\\d{7}$', example: "000000-0000000"}""",
    [],
)

add(
    "ko",
    N,
    """소방 점검표 항목 설명 다듬기: 소화기 압력계 정상범위(0.7~0.98MPa), 유도등 점등, 감지기 작동시험(연기 감지기 3초 이내), 수신기 예비전원 시험. 점검일자 2025.03.15, 점검 차수 2025-1.""",
    [],
)

luhn16 = card("8" + dg(14), (16,), "")
add(
    "ko",
    N,
    f"""온라인몰 주문번호 {luhn16}가 카드번호로 오인돼서 마스킹됐다는 민원. 주문번호 체계(8로 시작, 16자리) 설명하는 답변 써줘.""",
    [],
)

add(
    "ko",
    N,
    f"""주문번호 2503124{dg(6)} 와 2503125{dg(6)}의 배송 상태만 알려달래요. 운송장 {dg(12, "5")}, {dg(12, "6")} — 택배사 조회 링크 안내 문구 써줘.""",
    [],
)

add(
    "en",
    N,
    """Tidy this Dockerfile; the ports look odd.
FROM python:3.11-slim
EXPOSE 8000 5432
ENV DB_HOST=127.0.0.1 DB_PORT=5432 BIND=0.0.0.0
HEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1""",
    [],
)

add(
    "ko",
    N,
    """정보공개청구 처리기간 계산해줘: 접수번호 9123456 (3/4 접수), 10일 이내 결정, 1회 연장 10일. 공휴일 3/1 제외. 청구인 정보는 비공개 처리.""",
    [],
)

add(
    "ko",
    N,
    """한우 이력번호 조회 결과 정리: 이력번호 002 1234 5678 9, 출생 2022.05.14, 도축 2025.02.03, 등급 1++. 농장식별번호 123456.""",
    [],
)

add(
    "en",
    N,
    """Proofread: "Dear Applicant, thank you for your submission (Ref. 2025/ECN/0412). Your file will be reviewed within 14 working days. Please quote the reference in all correspondence." """,
    [],
)

add(
    "ko",
    N,
    """수도요금 인상안 설명자료 문장 다듬기: 가정용 1㎥당 710원 → 780원(9.9%), 하수도 560원 → 620원. 월 평균 사용량 18㎥ 가구 기준 월 2,340원 증가.""",
    [],
)

add(
    "ko",
    N,
    """전입신고 온라인 신청 화면 오류 메시지 문구 다듬어줘: "세대주 확인에 실패했습니다(오류코드 E-1042). 잠시 후 다시 시도하거나 정부24 고객센터(1588-2188)로 문의하세요." """,
    [],
)

add(
    "en",
    N,
    """What do these Korean signboard words mean? 김밥천국, 이마트, 박물관, 정육점, 강남역 출구, 조은약국, 한솥도시락.""",
    [],
)

add(
    "ko",
    N,
    """청소년상담 프로그램 안내 문구: 또래상담자 양성 교육 3월 22일(토) 10시, 대상 중학생 20명, 참가비 무료. 문의는 청소년상담 1388 또는 센터 홈페이지 게시판으로.""",
    [],
)

add(
    "mixed",
    N,
    f"""JWT 만료 문제 디버깅. 헤더만 보면 되지?
alg: RS256, kid: {"".join(random.choice("0123456789abcdef") for _ in range(16))}
exp: 1741763400, iat: 1741759800, iss: https://auth.example.go.kr
에러: token expired 3600s ago""",
    [],
)

add(
    "en",
    N,
    """Explain the difference between these identifiers in our loan system: loan ID LN-2025-000412, application ref APP7788123, product code 110-23 (fixed-rate), branch code 0312.""",
    [],
)

add(
    "ko",
    N,
    f"""교정시설 접견 통계 요약: 일반접견 1,412건, 화상접견 388건, 변호인접견 204건. 수용번호 체계(4자리)와 접견 예약번호 V-2025-{dg(5)} 설명 포함.""",
    [],
)

add(
    "ko",
    N,
    """자동차 등록 민원 안내문 다듬기: 이전등록은 매매일로부터 15일 이내, 기한 경과 시 과태료 최대 50만원. 필요서류: 양도증명서, 인감증명서(매도용), 자동차보험 가입증명서. 문의 국번 없이 120.""",
    [],
)

add(
    "ko",
    N,
    """기록물 이관 목록 정리해줘: 분류번호 BA0123456 (생산연도 2015, 보존기간 30년), BA0123457 (2016, 10년), 철 번호 2016-민원-0042. 비공개 사유 코드 6호는 그대로 둘 것.""",
    [],
)


def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "fifteenth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_fifteenth.jsonl"), build())


if __name__ == "__main__":
    main()
