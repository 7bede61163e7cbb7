# ruff: noqa: E501
"""Sixteenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, the other held-out generators or their .jsonl files, corpus.jsonl, build_corpus.py or
handwritten.py). Read: check_digits.py, spans.py and jsonl.py in full; of heldout_fifteenth.py lines 1-145 (its module
docstring, whose labelling conventions this file applies unchanged, its imports, constants and seed) and lines 146-560
(add(), its value makers and disguise helpers dg ... lines). Printing that range also showed its last five lines: the
heading comment of the fifteenth's first case ("positives: 통계청 조사원 (농림어업총조사·경제총조사)") and that case's
opening assignment of three made-up names and three phone makers; nothing else of its case lists was seen and no case
here copies them. `wc -l` of the fifteenth, a `grep -n` for its "def build|def main|if __name__" line numbers and a
print of lines 3196-3205 (build() and main()) were the only other looks at it. `test -e` on this file's two output
names, `ls .venv/bin/python` and an empty `git status --short | head -0` were run, and ruff and mypy on this file
alone; a last `git status --short` listed the names, not the contents, of files other people are changing under
detectors/, docs/, scripts/ and tests/detectors/; no git log or diff was read. The evaluation script and the
detectors were neither read nor run against these cases; nothing here was tuned to the engine. The value makers and the disguises sino/b64/js/seg/nfd/mapd are copied from the fifteenth; the other
disguises below are new. Values are made up with a fresh seed; resident, alien, business and corporate numbers and
card numbers carry real check digits (check_digits.py), cards in real issuer ranges (Visa 4, Mastercard 51-55, and
the domestic 94xx prepaid/local-currency ranges of 아이행복카드 and 지역사랑상품권); ISBN, ISSN, EAN-13, IMO and UPU S10
numbers among the hard negatives carry theirs too. Post-October-2020 resident numbers (random last digit that fails
the old checksum) appear only for children born since then (119 영아 이송, 보육료 자격 신청 아동, 산후조리원 신생아),
carried by context.

New domains (none in the fifteenth's list): 해양경찰 (수상레저 안전교육 수료자 CSV, 해양사고 신고 STT, 낚시어선 승선자
명부, 순경 체력시험 이의신청, VTS 레이더 Grafana 알림, 외국 요트 사고 일지, VTS ConfigMap), 산림청 산불감시원 (4대보험
취득 명단, 급여계좌 변경 카톡, 감시초소 근무일지, CCTV 동기화 cron 메일), 병무청 사회복무요원 (배정 통지 HWP, 병가
메일, 복무이탈 보고, 복무 앱 OCR, 거꾸로 쓴 주민번호), 국세청 근로장려금 (상담 STT, 가구원 psql, 환급계좌 OCR, pytest
픽스처, JIRA 환급 지연), 고용센터 실업급여 (수급자격 OCR, 구직활동 CSV, 부정수급 제보, Oracle INSERT, 계좌 변경 STT),
건강보험공단 요양급여 (산소치료 요양비, 장기요양 인정신청, 섬 지역 경감, Airflow 청구 검증 로그), 우체국 택배·예금·
보험 (분실 소포, 사망자 예금 상속, 입원급여금, Go 테이블 테스트, 택배 웹훅, EMS 미국·호주), 선거관리위원회
(투표사무원 markdown, 사전투표 참관인, 회계책임자, Terraform VPN 허용 목록, 수당 CSV BOM, 국제 참관인 명단, 게시판
HTML 엔티티), 국가보훈부 (국가유공자 유족 등록, 보훈병원 문자, 해외 거주 후손, 중국 공증 번역본), 교육청
방과후강사 (CSV BOM, 경력조회 동의서, 강사료 엑셀, LDIF), 지하철 유실물 (습득 보고, 인계대장 TSV), 항만 출입
(상시 출입증, 하역작업자 면허 명단, 외국인 선원 상륙허가, 미군 화물검사 출입, 게이트 사고 보고, CCTV 열람 감사로그,
게이트 리더기 bytes 로그, 한자 숫자 면허), 복권 (2등 지급 신청, 1등 상담 메모, .env, +1 암호 연락처, DDoS 보고),
공공도서관 (회원가입 로그, 상호대차 연체 문자, 비밀번호 찾기 nginx 로그, EZproxy 로그, 교환학생 회원증, HTML 엔티티
연락처), 119 구급일지 (구급활동일지, 병원 인계, 영아 이송, Kafka 출동 메시지, 띄어 쓴 이름), 민방위 (편성 명단, 사이버교육
이수, 한글 채움 문자), 어린이집 보육료 (자격 신청·아이행복카드, 비상연락망 markdown, 처우개선비 계좌, VLOOKUP 시트,
키캡 이모지 단톡, 수식 속 번호), 국민연금 반환일시금 (사망, 국외이주, 베트남·우즈베크 근로자, CONCAT 수식), 주택도시보증
공사 전세보증 (보증 신청, 이행청구 통화, HAR, URL 인코딩, 외국인 문의), LH 임대주택 (행복주택 서류, 누수 분쟁, 청약 JIRA,
ES 민원 문서, 취소선 번호, ZWJ 이름), 외교부 여권 재발급 (분실신고, 재발급 안내, 영문 민원 메일, PDF 줄바꿈 메일,
키릴 문자 여권번호), 법률구조공단 (임금체불 상담, 소송구조 결정문 PDF, Postman 환경, 이주노동자 영문 접수, PDF
줄바꿈 계좌), 인사혁신처 채용 (응시원서 DB, 면접위원 수당, Kubernetes Secret stringData/base64, Spring yml, 원어민
편집자 CV, IPv4-mapped 로그), 세관 통관 (목록통관 배제, 관세 환급, 직구 주문확인서, 수입신고 보정), 캠핑장 예약 (결제
중복, 현장결제 환불, Sentry 이벤트, 독일인 예약, 영문 환불 요청, 수학 굵은 숫자 카드), 스포츠센터 회원 (수영 강습 OCR,
회원권 양도, Slack export, 영문 등록, RLO 번호, 이모지 이름), 병원 간병인 (매칭 안내, 간병비 정산, 중국 동포 등록증,
pytest 실패 출력, 필리핀 간병인, 한글로 풀어 쓴 주민번호 문자, 그리스 문자 이름), 장례식장 (부고 계좌, 빈소·장지, vCard,
영문 부고·서명, 세로쓰기 위패 OCR), 배달앱 고객센터 (안심번호 상담, 라이더 정산, protobuf 주문, 라이더 markdown, 영문
오배송 항의, 구두점 섞인 리뷰, 콩글리시 숫자 STT, \\u 이스케이프 로그), and invented ones: 농지연금, 청년월세, 공공
산후조리원, 렌터카, 아파트 관리비 자동이체, 공인중개 매매계약, 국립공원 대피소, 지역사랑상품권, 택시 운수종사자
자격, 자원봉사센터, 중고거래 사기 신고, 해외 송금 수취. Formats: CSV (with and without a UTF-8 BOM), TSV, markdown
tables, psql grid, Oracle INSERT, HWP copy with odd spacing, PDF copy with broken line wraps, OCR'd screenshots and
forms, Excel pastes with VLOOKUP/CONCAT/& formulas, KakaoTalk and open-chat transcripts, Slack lines and a Slack
export JSON, Jira tickets, HAR request bodies and URLs, Kubernetes Secret (stringData and base64 data) and ConfigMap
YAML, Terraform locals, protobuf text format, LDIF, vCard, Postman environment, GraphQL variables, Sentry event, Airflow
and Kafka console output, Go and Python test code, pytest failure output, .env, Spring application.yml, nginx and
EZproxy access logs, audit logs, cron mail, Grafana alert, e-mails and e-mail signatures, call-centre STT, meeting
notes.

Labelling decisions: the fifteenth set's rules (its docstring, itself copying the fourteenth's) apply unchanged: PERSON
is the name only, every mention (surname-only "변 주무관", "Mr. Oh", "Ms. Santos" included), not names inside e-mail
local parts, handles (Slack user names, LDAP uid) or placeholders, masked names or public/historical figures;
LOCATION runs from the first administrative unit through the building number plus directly following unit detail,
English-order addresses from the unit/street number through the postcode without the country; representative and
short service numbers are not PHONE_NUMBER; masked values, CIDR blocks, loopback/unspecified and documentation IPs are
not labelled, private host IPs are; foreign passport numbers are never labelled; a driver's licence written with the
region name is one span including it; obfuscated values are one span from the first to the last character of the
disguised value, encoded values are labelled with the entity they encode on the encoded token; placeholders
(홍길동, 000000-0000000, 010-0000-0000, user@example.com, John Doe, (555) 555-01xx, 123 Main St, Anytown, the 4111 test
card) are never labelled; a surname and given name in separate fields are two PERSON spans; a Hanja/Hanzi name is
PERSON as written. Added or made explicit for this set:
- LDIF sn:/givenName: and vCard N:family;given are two PERSON spans each, besides the cn:/FN: full name; a Hanzi name
  with its Hangul reading in brackets (金春花 (김춘화)) and a Korean name with its romanisation (조명숙, Myungsook Cho)
  are two PERSON spans; a rank or title before a name (SSG Reyes, Lt. Moon) stays outside the span.
- A 050x 안심번호 (0504-NNNN-NNNN, the delivery app's relay number) is PHONE_NUMBER; foreign numbers in E.164 or
  national form (+1 661-..., (213) ..., +49 151 ..., +870 satellite) are PHONE_NUMBER.
- An OCR'd resident number with spaces around the dash (560718 - 2370089) is one span including the spaces.
- Never labelled (hard negatives): 개인통관고유부호 (P + 12 digits), 국민연금 사업장관리번호, 요양기관기호, 장기요양기관
  기호 and 어린이집 시설코드 (11 digits, the health-insurance shape), 보험(EDI)코드, 수입신고번호 and HS codes, IMO
  and MMSI numbers, UPU S10 item numbers (EE...KR, RR...KR), ISSN, 견적번호 shaped like a 신한 account (110-NNN-NNNNNN),
  a 13-digit 주문번호 that passes the resident-number checksum, 16-digit tracking/order numbers that pass Luhn
  (starting with 4 and with 6), an EAN-13 barcode whose first six digits are a valid date, birth-date ranges
  (230101-231231), zero-template passport formats (M000A0000), the sandbox cards 4000 0000 0000 3220 and
  5555 5555 5555 4444, the user part of a connection URL (app@127.0.0.1), 청구기호 author marks (김82ㅇ) and company
  names carrying a person's name (김정문알로에, Paul Hastings LLP, Philip Morris International).
- Names reduced to their initial consonants (ㄱㅁㅅ 고객) are not labelled: they cannot be decoded to one person.
- Reversible disguises are labelled on the disguised token when the text itself gives the key or the disguise is
  mechanical: a digit string written backwards with a note that it is reversed (the reversed token, dash where it
  falls); digits each shifted by +1 with the "subtract one" instruction beside them; digits typed with Shift held
  ()!)_...) ; a number whose characters are stored reversed behind a RIGHT-TO-LEFT OVERRIDE (the span covers the stored
  digits, the U+202E/U+202C controls stay outside).
- Spreadsheet formulas: =CONCAT("860604","-","1613955") and ="010-"&"8274"&"-0861" are one span from the first digit
  of the first string literal to the last digit of the last one, quotes, commas and & between included.
- Layout breaks inside a value are inside its span: a PDF line wrap in an account number (the newline) or an e-mail
  address (the inserted hyphen and newline), a name OCR'd from vertical writing (one syllable per line, newlines
  included).
- Fillers inside a value are inside its span: spaces, zero-width joiners or emoji between a name's syllables, Hangul
  filler U+3164 between a resident number's digits, combining long-stroke overlays (the last one included), keycap
  sequences (the final U+20E3 included).
- Encoded tokens are labelled on the token: JSON \\u escapes, percent-encoding (the whole %XX run; an e-mail with only
  %40 encoded is the whole address), Python bytes \\x escapes (inside b'...'), HTML decimal and hex entities (the
  whole &#...; run), base32 and base64 values, an IPv4-mapped IPv6 address in hex (::ffff:7974:5eb0, whole token), a
  defanged IP (110[.]160[.]78[.]3, whole token).
- Homoglyphs: an e-mail with Cyrillic letters, an English name with Greek omicron/alpha and a passport number whose
  letter is Cyrillic М are labelled with the entity they imitate.
- Digit readings and digit sets: native Korean numerals (하나 둘 셋 ... 공), Hangul-spelled English digits (제로 원
  투), Sino-Korean digits written out with 다시 at the dash, plain Chinese numerals (〇一二, not 갖은자), Sino-Korean
  Hangul alternating with Chinese numerals (공一공), mathematical monospace and bold digits, fullwidth digits mixed
  with halfwidth ones and a fullwidth e-mail address: one span from the first to the last character.

Obfuscation kinds used (40 cases; new unless marked): Chinese numerals RRN, Hangul/Chinese alternating phone,
monospace-digit account, fullwidth/halfwidth mixed RRN, keycap-emoji phone, PDF-wrapped account, a different
punctuation mark between every digit, reversed RRN with a note, +1-shifted phone with the key, HTML-entity digits,
CONCAT-formula RRN, native-Korean-numeral account STT, syllables separated by spaces (near the fifteenth's dotted
name), Hangul-filler RRN, strikethrough-overlay phone, vertical-writing name, HTML-entity name, Shift-held phone,
Chinese-numeral driver's licence with region name, Sino-Korean digits written out (near the fifteenth's Korean
number readings), emoji between a name's syllables (near its emoji separators), Konglish-digit phone STT, JSON \\u
escaped name, percent-encoded name and e-mail, Python bytes escapes, RLO-reversed phone, ZWJ inside a name (near its
word joiners), mathematical-bold card, base64 RRN and e-mail in a Kubernetes Secret, &-concatenated formula phone,
PDF-hyphenated e-mail, Cyrillic-letter passport, base32 e-mail, [at] (dot) e-mail (near its 앳/닷), Cyrillic
look-alike e-mail, Greek look-alike name, IPv4-mapped IPv6 hex, defanged IPs, HTML-hex-entity mailto, fullwidth
e-mail. Six kinds stay near kinds of the fifteenth's list (spaces between syllables, written Sino-Korean digits,
emoji between syllables, ZWJ, [at]/(dot), Chinese numerals next to its 갖은자)."""

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

random.seed(16_2026_0402_5139)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the fifteenth set)
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


# ---------------------------------------------------------------- disguises (copied from the fifteenth set)
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


def nfd(s: str) -> str:
    """Decomposed Hangul (conjoining jamo), as a file name copied from macOS arrives."""
    return unicodedata.normalize("NFD", s)


def lines(*rows: str) -> str:
    return "\n".join(rows)


# ---------------------------------------------------------------- disguises new for this set
HANZI = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))  # plain Chinese numerals (not 갖은자)
MATH_BOLD = {str(i): chr(0x1D7CE + i) for i in range(10)}  # 𝟎𝟏𝟐
MATH_MONO = {str(i): chr(0x1D7F6 + i) for i in range(10)}  # 𝟶𝟷𝟸
NATIVE = dict(zip("0123456789", ["공", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"], strict=True))
KONGLISH = dict(
    zip("0123456789", ["제로", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인"], strict=True)
)
SHIFTED = dict(zip("1234567890-", "!@#$%^&*()_", strict=True))  # US keyboard with Shift held
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "M": "М", "K": "К"}
GREEK = {"o": "ο", "a": "α", "i": "ι", "n": "η", "v": "ν"}
HF, ZWJ, STRIKE, RLO, PDFC = "\u3164", "\u200d", "\u0336", "\u202e", "\u202c"


def hanzi(s: str) -> str:
    return mapd(s, HANZI)


def fullwidth(s: str) -> str:
    """ASCII printable characters in their fullwidth forms (０１２, ＠, ．)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def half_full(s: str, pattern: str) -> str:
    """Every digit whose position in `pattern` is 'F' made fullwidth, the rest left halfwidth (a pasted mix)."""
    out, k = [], 0
    for c in s:
        if c.isdigit():
            out.append(chr(ord(c) + 0xFEE0) if pattern[k % len(pattern)] == "F" else c)
            k += 1
        else:
            out.append(c)
    return "".join(out)


def keycap(s: str) -> str:
    """Digits as keycap emoji (1️⃣ = digit, U+FE0F, U+20E3); other characters kept."""
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def punct_between(s: str, seps: str) -> str:
    """The digits of `s` with a different punctuation mark between each pair, cycling through `seps`."""
    ds = digits(s)
    out = [ds[0]]
    for k, c in enumerate(ds[1:]):
        out.append(seps[k % len(seps)] + c)
    return "".join(out)


def plus1(s: str) -> str:
    """Every digit shifted up by one (9 -> 0), the 'add one to each digit' code of a chat leak."""
    return "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in s)


def html_dec(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def html_hex(s: str) -> str:
    return "".join(f"&#x{ord(c):x};" for c in s)


def u_esc(s: str) -> str:
    """JSON / Java \\uXXXX escapes of every character (ensure_ascii output)."""
    return "".join(f"\\u{ord(c):04x}" for c in s)


def pct(s: str, all_bytes: bool = False) -> str:
    """Percent-encoding of the UTF-8 bytes (all of them, or only the non-ASCII ones and '@')."""
    return "".join(f"%{b:02X}" if all_bytes or b > 0x7F or b == 0x40 else chr(b) for b in s.encode())


def pybytes(s: str) -> str:
    """The escape run Python prints for a UTF-8 bytes object (b'\\xea\\xb9...'), without b'...'."""
    return "".join(f"\\x{b:02x}" for b in s.encode())


def b32(s: str) -> str:
    return base64.b32encode(s.encode()).decode()


def native(s: str, sep: str = " ") -> str:
    return sep.join(NATIVE[c] for c in digits(s))


def konglish(s: str, sep: str = " ") -> str:
    return sep.join(KONGLISH[c] for c in digits(s))


def strike(s: str) -> str:
    """Combining long stroke overlay after every character: a 'crossed out' number that still reads."""
    return "".join(c + STRIKE for c in s)


def mapped_v6(ip: str) -> str:
    """An IPv4 address as an IPv4-mapped IPv6 address in hex groups (::ffff:c0a8:0a0c)."""
    o = [int(x) for x in ip.split(".")]
    return f"::ffff:{o[0] * 256 + o[1]:x}:{o[2] * 256 + o[3]:x}"


def defang(ip: str) -> str:
    return ip.replace(".", "[.]")


def between(s: str, sep: str) -> str:
    """Each character of `s` with `sep` between (a filler, joiner or emoji)."""
    return sep.join(s)


# ---------------------------------------------------------------- positives (ko): 해양경찰
n1, n2, n3 = "염태식", "구나연", "설동찬"
p1, p2, p3 = mob(), mob(), mob()
a1 = "부산광역시 수영구 광안해변로219번길 15, 302호"
a2 = "경상남도 통영시 도남로 87-3"
a3 = "전라남도 여수시 돌산읍 강남해안로 41"
add(
    "ko",
    P,
    lines(
        "수상레저 조종면허 안전교육 수료자 명단 정리 중인데 중복 행 좀 찾아주세요",
        "교육일자,성명,생년월일,휴대전화,주소,면허종류",
        f'2024-05-18,{n1},1987-03-02,{p1},"{a1}",일반조종2급',
        f'2024-05-18,{n2},1992-11-20,{p2},"{a2}",요트',
        f'2024-05-18,{n3},1979-07-09,{p3},"{a3}",일반조종1급',
        f'2024-05-18,{n1},1987-03-02,{p1},"{a1}",일반조종2급',
    ),
    [
        (PER, n1),
        (PH, p1),
        (LOC, a1),
        (PER, n2),
        (PH, p2),
        (LOC, a2),
        (PER, n3),
        (PH, p3),
        (LOC, a3),
        (PER, n1),
        (PH, p1),
        (LOC, a1),
    ],
)

n1, n2 = "봉재만", "봉은서"
p1 = fmt("010 MNNN NNNN")
add(
    "ko",
    P,
    lines(
        "[해양사고 신고 STT 원문 / 상황실 녹취 자동변환 - 요약 부탁]",
        "상황요원: 네 해양경찰 상황실입니다.",
        "신고자: 여보세요 여기 배가 엔진이 꺼져가지고요 지금 떠내려가고 있어요",
        "상황요원: 선박명이랑 선장님 성함 말씀해 주세요.",
        f"신고자: 배 이름은 은서호고요 선장은 저 {n1}입니다. 딸이 {n2}라서 배 이름을 그렇게 지었어요",
        "상황요원: 지금 거신 번호 말고 연락 가능한 번호 있으세요?",
        f"신고자: 딸 번호 {p1} 이쪽으로 해주세요",
        "상황요원: 현재 위치 GPS 보이시면 불러주세요.",
        "신고자: 34도 44분 북위, 127도 52분... 돌산 앞바다요",
    ),
    [(PER, n1), (PER, n2), (PH, p1)],
)

n1, n2, n3 = "천상욱", "하미란", "전보경"
d1 = dl("경남", named=True)
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "낚시어선 승선자 명부(출항 전 신고) 사진 찍은 거 옮겨 적었습니다. 양식에 맞게 표로 바꿔주세요",
        "선명: 제7대성호 / 출항: 05:10 삼천포항",
        f"1. {n1} 1968.04.11 {p1} 신분증: 운전면허 {d1}",
        f"2. {n2} 1975.12.30 {p2} 신분증: 주민등록증",
        f"3. {n3} 2001.06.17 (연락처 미기재, {n2} 동행)",
    ),
    [(PER, n1), (PH, p1), (DLIC, d1), (PER, n2), (PH, p2), (PER, n3), (PER, n2)],
)

n1 = "모규현"
e1 = "mgh0731@naver.com"
p1 = mob()
add(
    "ko",
    P,
    lines(
        "제목: 해양경찰 순경 공채 체력시험 결과 이의신청",
        "",
        "담당자님 안녕하세요. 응시번호 20412번 응시자입니다.",
        "5월 22일 체력시험 윗몸일으키기 측정이 기계 오류로 중단되었는데 0점 처리되어 있습니다. 재측정이 가능한지 회신 부탁드립니다.",
        f"성명 {n1} / 연락처 {p1} / 회신 메일 {e1}",
    ),
    [(PER, n1), (PH, p1), (MAIL, e1)],
)

# ---------------------------------------------------------------- positives (ko): 산림청 산불감시원
n1, n2, n3 = "우순덕", "지만호", "여봉구"
r1, r2, r3 = rr("620305", 2), rr("580917", 1), rr("610122", 1)
b1, b2, b3 = acct("농협"), acct("농협"), acct("우체국")
add(
    "ko",
    P,
    lines(
        "산불감시원 합격자 4대보험 취득신고용 명단입니다. 탭 구분 그대로 붙여요. 성별 열 추가해서 다시 정리해줘",
        "연번\t성명\t주민등록번호\t급여계좌(은행)\t배치초소",
        f"1\t{n1}\t{r1}\t{b1}(농협)\t기린면 제2초소",
        f"2\t{n2}\t{r2}\t{b2}(농협)\t상남면 제1초소",
        f"3\t{n3}\t{r3}\t{b3}(우체국)\t인제읍 이동감시",
    ),
    [(PER, n1), (RRN, r1), (ACC, b1), (PER, n2), (RRN, r2), (ACC, b2), (PER, n3), (RRN, r3), (ACC, b3)],
)

n1 = "소정애"
b1 = acct("새마을금고")
add(
    "ko",
    P,
    lines(
        "[카톡 캡처 옮김]",
        f"{n1} 감시원: 주무관님 지난번 적어드린 농협 계좌가 압류 걸린 통장이라 급여 들어오면 안된대요ㅠㅠ",
        f"{n1} 감시원: 새마을금고 {b1} 로 바꿔주실수 있나요 예금주 저에요",
        "나: 네 변경신청서 한 장만 써주시면 됩니다",
        "→ 이 대화 내용으로 급여계좌 변경 사유서 초안 써줘",
    ),
    [(PER, n1), (PER, n1), (ACC, b1)],
)

n1, n2 = "길영배", "함수옥"
p1, p2 = mob(), land("033")
a1 = "강원특별자치도 인제군 기린면 현리 산 45-2"
add(
    "ko",
    P,
    lines(
        "산불감시 근무일지 (4/14 일)",
        f"- 감시초소: {a1} (해발 620m)",
        f"- 근무자: {n1} (09:00~18:00), 교대 {n2}",
        "- 13:40 북동쪽 능선 연기 발견 → 확인결과 농업 부산물 소각, 면사무소 통보",
        f"- 비상연락: {n1} {p1} / 면사무소 산업팀 {p2}",
        "위 일지를 주간 보고 양식 문장으로 바꿔주세요.",
    ),
    [(LOC, a1), (PER, n1), (PER, n2), (PER, n1), (PH, p1), (PH, p2)],
)

# ---------------------------------------------------------------- positives (ko): 병무청 사회복무요원
n1 = "추현우"
r1 = rr("010823", 3)
a1 = "대구광역시 달서구 월배로 214, 105동 1802호"
add(
    "ko",
    P,
    lines(
        "사 회 복 무 요 원   복 무 기 관   배 정   통 지",
        "",
        f"성      명 :  {n1}",
        f"주민등록번호 :  {r1}",
        f"주      소 :  {a1}",
        "복 무 기 관 :  대구광역시 달서구청 (사회복지과)",
        "소 집 일 자 :  2024. 7. 15.",
        "",
        "한글에서 복사했더니 띄어쓰기가 이상해요. 정상 띄어쓰기로 고쳐서 다시 써줘.",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1)],
)

n1, n2 = "나태윤", "반"
p1 = mob()
e1 = "ty.na2002@gmail.com"
add(
    "ko",
    P,
    lines(
        "보낸사람: 나태윤 <ty.na2002@gmail.com>",
        "받는사람: 복무관리 담당",
        "",
        f"{n2} 주무관님께, 사회복무요원 {n1}입니다. 허리디스크 수술 때문에 6/3~6/14 병가 신청합니다.",
        "진단서와 입원확인서는 첨부했고, 수술 병원은 계명대 동산병원입니다.",
        f"급한 일 있으시면 {p1}로 연락주세요.",
    ),
    [(PER, "나태윤"), (MAIL, e1), (PER, n2), (PER, n1), (PH, p1)],
)

n1, n2 = "용석진", "변"
p1 = mob()
add(
    "ko",
    P,
    lines(
        "복무이탈 보고서 초안 좀 다듬어 주세요.",
        f"○ 대상: 사회복무요원 {n1} (복무기관: ○○노인복지관)",
        "○ 내용: 2024.9.2.(월)~9.4.(수) 무단 결근 3일, 연락 두절",
        f"○ 조치: 9.3. 담당 {n2} 주무관이 본인 휴대전화({p1}) 및 자택 방문 시도, 미접촉",
        f"○ 향후: {n1} 요원 출근 시 경위서 징구 후 병무청 통보 예정",
    ),
    [(PER, n1), (PER, n2), (PH, p1), (PER, n1)],
)

# ---------------------------------------------------------------- positives (ko): 국세청 근로장려금
n1 = "편정숙"
p1 = mob()
b1 = acct("국민")
add(
    "ko",
    P,
    lines(
        "[상담 STT 자동 전사 — 근로장려금 반기 신청]",
        "상담사: 본인 확인을 위해 성함 말씀 부탁드립니다.",
        f"고객: {n1}이요.",
        "상담사: 연락 받으실 번호는요?",
        f"고객: {p1}요.",
        f"고객: 환급 계좌는 국민은행 {b1} 이걸로 해주세요. 작년엔 다른 통장이었는데.",
        "상담사: 네 계좌 변경은 홈택스에서 본인인증 후 가능하시고요...",
        "→ 상담 이력 요약 3줄로",
    ),
    [(PER, n1), (PH, p1), (ACC, b1)],
)

n1, n2, n3 = "권대성", "권서하", "남궁선영"
r1, r2, r3 = rr("790611", 1), rr("120304", 4), rr("810227", 2)
add(
    "ko",
    P,
    lines(
        "가구원 조회 결과인데 자녀장려금 대상 여부 판단 도와줘",
        " hshld_no  | rel  |  nm      |  jumin          | inc_amt",
        "-----------+------+----------+-----------------+---------",
        f" H24-88120 | 본인 | {n1}   | {r1}  | 21400000",
        f" H24-88120 | 자녀 | {n2}   | {r2}  |        0",
        f" H24-88120 | 배우자| {n3} | {r3}  |  6200000",
        "(3 rows)",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (PER, n3), (RRN, r3)],
)

n1 = "엄기순"
r1 = rr("560718", 2)
b1 = acct("우체국")
p1 = land("063")
ocr_r = r1.replace("-", " - ")
add(
    "ko",
    P,
    lines(
        "스캔본 OCR 결과입니다. 오타 정리해서 신청서 필드별로 나눠주세요",
        "근로.자녀장려금 환급계좌 변경 신청서",
        f"성 명 | {n1}     주민등록번호 | {ocr_r}",
        f"계좌 : 우체국 {b1}   예금주 {n1}",
        f"전화 {p1}   ※ 본인 외 계좌 불가",
    ),
    [(PER, n1), (RRN, ocr_r), (ACC, b1), (PER, n1), (PH, p1)],
)

# ---------------------------------------------------------------- positives (ko): 고용센터 실업급여
n1 = "제갈준"
r1 = rr("850402", 1)
a1 = "경기도 안산시 단원구 원곡로 55, 3층"
p1 = mob()
b1 = bz()
add(
    "ko",
    P,
    lines(
        "수급자격 인정신청서 OCR (노이즈 있음)",
        f"성명: {n1}   주민번호: {r1}",
        f"주 소 : {a1}",
        f"연 락 처 : {p1}",
        f"이직 사업장 : (주)대원정밀  사업자번호 {b1}",
        "이직사유 : 경영상 해고(권고사직)  | 이직일 2024.02.29",
        "~~ 서명 ~~ ?? 인",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1), (PH, p1), (BRN, b1)],
)

n1, n2 = "현미숙", "방우진"
b1, b2 = bz(), bz()
add(
    "ko",
    P,
    lines(
        "실업인정 구직활동 내역 CSV야. 같은 회사에 두 번 지원한 사람 있는지 봐줘",
        "수급자,지원일,회사명,사업자등록번호,방법",
        f"{n1},2024-03-04,한빛물류,{b1},워크넷",
        f"{n1},2024-03-11,한빛물류,{b1},방문",
        f"{n2},2024-03-06,세진테크,{b2},이메일",
    ),
    [(PER, n1), (BRN, b1), (PER, n1), (BRN, b1), (PER, n2), (BRN, b2)],
)

n1, n2 = "장도희", "마성철"
e1 = "whistle.kr@proton.me"
p1 = mob()
b1 = bz()
add(
    "ko",
    P,
    lines(
        "From: whistle.kr@proton.me",
        "Subject: 실업급여 부정수급 제보",
        "",
        f"{n1}씨가 실업급여 받으면서 남편 {n2} 명의 가게(사업자 {b1})에서 매일 일하고 있습니다.",
        f"확인하시려면 가게 번호 말고 {n1}씨 휴대폰 {p1}로 전화해보세요. 낮에 가게에서 받습니다.",
        "제보자 신원은 밝히지 말아주세요.",
    ),
    [(MAIL, e1), (PER, n1), (PER, n2), (BRN, b1), (PER, n1), (PH, p1)],
)

# ---------------------------------------------------------------- positives (ko): 건강보험공단 요양급여
n1 = "이복녀"
h1 = hi()
b1 = acct("농협")
add(
    "ko",
    P,
    lines(
        "가정산소치료 요양비 청구 건 검토 메모",
        f"- 수진자: {n1} / 건강보험증번호 {h1}",
        "- 처방기간: 2024.01.01~2024.03.31 (3개월)",
        f"- 지급계좌: 농협 {b1} (수진자 본인)",
        "- 누락서류: 산소치료 처방전 원본",
        "→ 보완요청 공문 문구 만들어줘",
    ),
    [(PER, n1), (HINS, h1), (ACC, b1)],
)

n1, n2 = "국말순", "국현철"
h1 = hid()
a1 = "충청북도 괴산군 칠성면 쌍곡로 1182-4"
p1, p2 = land("043"), mob()
add(
    "ko",
    P,
    lines(
        "장기요양 인정신청 접수 내용 (대리 신청)",
        f"신청인(수급예정자): {n1}, 1938년생, 건강보험 {h1}",
        f"거주지: {a1}",
        f"대리인: {n2} (아들), 휴대폰 {p2}",
        f"자택전화 {p1} 는 청력 문제로 통화 어려움",
        "방문조사 일정 안내 문자 초안 부탁",
    ),
    [(PER, n1), (HINS, h1), (LOC, a1), (PER, n2), (PH, p2), (PH, p1)],
)

n1 = "도영자"
r1 = rr("600914", 2)
a1 = "전라남도 신안군 흑산면 예리1길 23"
add(
    "ko",
    P,
    lines(
        "섬 지역 보험료 경감 적용 누락 민원이에요.",
        f"가입자 {n1}({r1}) 주소지 {a1} 로 2019년부터 거주 중인데 경감(50%)이 2023년분부터 빠졌다고 합니다.",
        "전산상 주소 변경 이력 확인해야 할 항목 정리해줘.",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1)],
)

# ---------------------------------------------------------------- positives (ko): 우체국
n1, n2 = "탁정민", "방서윤"
a1 = "서울특별시 노원구 동일로 1405, 12동 807호"
a2 = "제주특별자치도 서귀포시 중정로 62-7"
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "택배 분실 민원 답변서 써주세요. 운송장 6071-2234-8890 (등기소포)",
        f"보내는 분: {n1} / {a1} / {p1}",
        f"받는 분: {n2} / {a2} / {p2}",
        "내용물: 한약 파우치 60포 (신고가액 32만원)",
        f"{n2}님이 3일째 미수령, 배송조회상 '배달완료' 처리됨",
    ),
    [(PER, n1), (LOC, a1), (PH, p1), (PER, n2), (LOC, a2), (PH, p2), (PER, n2)],
)

n1, n2 = "석규남", "석아람"
b1 = acct("우체국")
r2 = rr("880219", 2)
add(
    "ko",
    P,
    lines(
        "사망자 예금 상속인 지급 건 처리 순서 알려줘",
        f"피상속인: {n1} (2024.04.02 사망) / 우체국 보통예금 {b1}",
        f"청구인: 장녀 {n2} ({r2}), 상속인 3명 중 1명이 대표 청구",
        "제출: 가족관계증명서, 상속인 전원 동의서(인감)",
    ),
    [(PER, n1), (ACC, b1), (PER, n2), (RRN, r2)],
)

n1 = "맹순자"
b1 = acct("우체국")
h1 = hi()
add(
    "ko",
    P,
    lines(
        "우체국보험 입원급여금 청구 건 서류 체크해줘",
        f"피보험자 {n1}, 건강보험 자격 {h1}, 입원 2024.6.3~6.11 (9일)",
        f"보험금 수령계좌 {b1} (우체국)",
        "진단명 폐렴(J18.9), 청구액 270,000원",
    ),
    [(PER, n1), (HINS, h1), (ACC, b1)],
)

# ---------------------------------------------------------------- positives (ko): 선거관리위원회
n1, n2, n3, n4 = "가은별", "채동욱", "위경희", "소병철"
p1, p2, p3, p4 = mob(), mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "투표사무원 위촉 명단 (제3투표구) — 마크다운 표 그대로",
        "| 연번 | 성명 | 소속 | 휴대전화 | 비고 |",
        "|---|---|---|---|---|",
        f"| 1 | {n1} | 동주민센터 | {p1} | 책임사무원 |",
        f"| 2 | {n2} | 동주민센터 | {p2} | |",
        f"| 3 | {n3} | 일반인 | {p3} | 장애인 안내 |",
        f"| 4 | {n4} | 교사 | {p4} | {n1} 대체 가능 |",
        "위촉장 발송 안내문 작성해줘",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3), (PER, n4), (PH, p4), (PER, n1)],
)

n1 = "탁유진"
r1 = rr("940512", 2)
a1 = "광주광역시 북구 용봉로 77, 2동 1104호"
p1 = mob()
add(
    "ko",
    P,
    lines(
        "사전투표 참관인 신고서 내용 확인 부탁",
        f"정당 추천: ○○당 북구을 지역위원회 / 참관인 성명 {n1}",
        f"생년월일·주민번호: {r1}",
        f"주소: {a1}",
        f"전화: {p1}",
        "참관 투표소: 용봉동 사전투표소 (1일차 오전조)",
        "※ 정당 당원 여부 기재 누락 → 보완 필요한지?",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1), (PH, p1)],
)

n1, n2 = "방철규", "은다혜"
r1 = rr("710830", 1)
b1 = acct("신협")
p1 = mob()
add(
    "ko",
    P,
    lines(
        "후보자 회계책임자 선임신고 검토",
        f"후보자: {n2} / 회계책임자: {n1} ({r1}), 연락처 {p1}",
        f"정치자금 수입·지출 예금계좌: 신협 {b1} (예금주: 후보자 {n2} 회계책임자 {n1})",
        "→ 예금주 표기가 규정 서식에 맞는지 확인해줘",
    ),
    [(PER, n2), (PER, n1), (RRN, r1), (PH, p1), (ACC, b1), (PER, n2), (PER, n1)],
)

# ---------------------------------------------------------------- positives (ko): 보훈처 국가유공자
n1, n2 = "하만춘", "하정임"
r1, r2 = rr("320405", 1), rr("640119", 2)
a1 = "경상북도 영천시 금호읍 원기리 312-1"
add(
    "ko",
    P,
    lines(
        "국가유공자 등록 신청서(유족) — 한글 파일 내용 복사",
        "1. 전몰·순직자(참전자) 인적사항",
        f"   성명 : {n1}        주민등록번호 : {r1}",
        "   참전 : 6·25전쟁 (1951.3 ~ 1953.7) 육군 제9사단",
        "2. 신청인(유족)",
        f"   성명 : {n2}  관계 : 자녀  주민등록번호 : {r2}",
        f"   주소 : {a1}",
        "검토 의견 한 문단으로 작성해줘",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (LOC, a1)],
)

n1 = "계상철"
p1, p2 = mob(), land("02")
add(
    "ko",
    P,
    lines(
        "보훈병원 예약변경 안내 문자 발송 전 검수 부탁",
        f"[중앙보훈병원] {n1}님, 6/19(수) 10:30 정형외과 진료가 6/26(수) 14:00로 변경되었습니다. 문의 {p2}",
        f"수신번호: {p1}",
    ),
    [(PER, n1), (PH, p2), (PH, p1)],
)
# ---------------------------------------------------------------- positives (ko): 교육청 방과후강사
n1, n2, n3 = "봉하윤", "차민석", "금수정"
r1, r2, r3 = rr("890723", 2), rr("930108", 1), rr("770412", 2)
p1, p2, p3 = mob(), mob(), mob()
e1, e2, e3 = "hayoon.art@naver.com", "chams_coding@daum.net", "sjkeum77@hanmail.net"
b1, b2, b3 = acct("신한"), acct("카카오뱅크"), acct("하나")
add(
    "ko",
    P,
    "\ufeff"
    + lines(
        "강사명,주민등록번호,휴대폰,이메일,과목,강사료계좌",
        f"{n1},{r1},{p1},{e1},미술,신한 {b1}",
        f"{n2},{r2},{p2},{e2},코딩,카카오뱅크 {b2}",
        f"{n3},{r3},{p3},{e3},바이올린,하나 {b3}",
    )
    + "\n\n위 CSV(엑셀에서 UTF-8 BOM으로 저장함) 읽는 파이썬 코드 짜줘. 첫 열 이름이 깨져서 나와요.",
    [
        (PER, n1),
        (RRN, r1),
        (PH, p1),
        (MAIL, e1),
        (ACC, b1),
        (PER, n2),
        (RRN, r2),
        (PH, p2),
        (MAIL, e2),
        (ACC, b2),
        (PER, n3),
        (RRN, r3),
        (PH, p3),
        (MAIL, e3),
        (ACC, b3),
    ],
)

n1 = "엽지훈"
r1 = rr("860930", 1)
a1 = "인천광역시 연수구 컨벤시아대로 165, 1203동 502호"
add(
    "ko",
    P,
    lines(
        "성범죄·아동학대 경력 조회 동의서 (방과후학교 외부강사)",
        f"본인 {n1}(주민등록번호 {r1})은(는) 아동·청소년의 성보호에 관한 법률 제56조에 따라 경력조회에 동의합니다.",
        f"주소: {a1}",
        "2024년 2월 26일   동의자 (서명)",
        "— 이거 학교별로 이름만 바꿔서 10장 만들 수 있게 양식화해줘",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1)],
)

n1, n2 = "왕소라", "노재형"
b1 = bz()
k1, k2 = acct("국민"), acct("토스뱅크")
add(
    "ko",
    P,
    lines(
        "엑셀에서 복사한 강사료 지급 내역인데 원천징수 3.3% 계산 열 수식 만들어줘",
        "강사\t구분\t사업자번호\t은행\t계좌\t시수\t단가",
        f"{n1}\t개인\t-\t국민\t{k1}\t24\t40000",
        f"{n2}\t사업자(노스텝 에듀)\t{b1}\t토스뱅크\t{k2}\t32\t45000",
    ),
    [(PER, n1), (ACC, k1), (PER, n2), (BRN, b1), (ACC, k2)],
)

# ---------------------------------------------------------------- positives (ko): 지하철 유실물
n1 = "신가람"
d1 = dl("서울")
p1 = mob()
add(
    "ko",
    P,
    lines(
        "유실물 습득 보고 (2호선 시청역 승강장)",
        "습득물: 갈색 반지갑 1개",
        f"- 운전면허증 1매 (성명 {n1}, 면허번호 {d1})",
        "- 체크카드 2매, 현금 23,000원, 영수증 다수",
        f"- 명함 속 연락처 {p1} 로 문자 발송함 (미응답)",
        "유실물센터 인계 문서로 정리 부탁",
    ),
    [(PER, n1), (DLIC, d1), (PH, p1)],
)

n1, n2, n3 = "채윤희", "오건", "육상민"
p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "유실물 인계대장(5월 3주) 그대로 붙여넣어요",
        "접수번호\t습득일\t물품\t습득자\t습득자연락처\t찾은사람\t연락처",
        f"L24-05-0311\t05-13\t아이패드\t{n1}\t{p1}\t{n2}\t{p2}",
        "L24-05-0317\t05-14\t우산\t역무원\t-\t미수령\t-",
        f"L24-05-0322\t05-15\t여권지갑\t{n3}\t{p3}\t경찰이관\t-",
        "미수령 건만 골라서 경찰 이관 목록 만들어줘",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

# ---------------------------------------------------------------- positives (ko): 항만 출입
n1 = "맹호석"
r1 = rr("750628", 1)
b1 = bz()
cr1 = cr("180111")
p1 = mob()
add(
    "ko",
    P,
    lines(
        "항만 출입증(상시) 발급 신청 내용 검토 — 부산항 신선대부두",
        f"신청인: {n1} / {r1} / {p1}",
        f"소속: 동진해운물류(주) (사업자등록번호 {b1}, 법인등록번호 {cr1})",
        "출입목적: 컨테이너 검수 / 차량: 82다4471 (1톤)",
        "보안교육 이수일: 2024.03.08",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (BRN, b1), (CRN, cr1)],
)

n1, n2, n3 = "반승호", "임채원", "곽도현"
d1, d2, d3 = dl("부산"), dl("경남"), dl("울산")
add(
    "ko",
    P,
    lines(
        "부두 하역작업자 차량 출입 등록 명단 (면허 대조 완료)",
        f"{n1}  면허 {d1}  지게차",
        f"{n2}  면허 {d2}  트랙터",
        f"{n3}  면허 {d3}  승용(출퇴근)",
        "→ 게이트 시스템 입력용 CSV로 바꿔줘 (이름,면허번호,차종)",
    ),
    [(PER, n1), (DLIC, d1), (PER, n2), (DLIC, d2), (PER, n3), (DLIC, d3)],
)

# ---------------------------------------------------------------- positives (ko): 복권
n1 = "심재웅"
r1 = rr("680215", 1)
b1 = acct("농협")
a1 = "경기도 평택시 비전5로 20-14"
add(
    "ko",
    P,
    lines(
        "당첨금 지급 신청서 (2등) 내용 확인",
        f"성명 {n1}  주민등록번호 {r1}",
        f"주소 {a1}",
        f"수령계좌 농협 {b1}",
        "당첨 회차: 제1124회 / 당첨금 세전 62,314,200원",
        "세후 금액 계산해주고 안내문 써줘",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1), (ACC, b1)],
)

n1, n2 = "오말례", "오준태"
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "1등 당첨자 상담 메모 (비공개)",
        f"- 당첨자 {n1}(70대), 아들 {n2} 동행",
        f"- 본인 연락처 {p1}, 아들 {p2}",
        "- 재무설계 상담 희망, 언론 노출 절대 원치 않음",
        "→ 내부 보고용으로 개인 식별정보 빼고 요약해줘",
    ),
    [(PER, n1), (PER, n2), (PH, p1), (PH, p2)],
)

# ---------------------------------------------------------------- positives (ko): 공공도서관
n1 = "주하린"
p1 = mob()
e1 = "harin.ju@kakao.com"
a1 = "세종특별자치시 한누리대로 2130, 604동 1501호"
ip1 = pub_ip()
add(
    "ko",
    P,
    lines(
        "도서관 회원가입 오류 로그입니다. 왜 실패했는지 봐주세요",
        f"2024-08-02 21:14:07 [WARN] join.submit ip={ip1} name={n1} birth=2009-04-30 guardian_required=true",
        f"2024-08-02 21:14:07 [WARN] join.submit phone={p1} email={e1}",
        f"2024-08-02 21:14:07 [ERROR] addr_validate failed: '{a1}' -> juso API timeout",
    ),
    [(IP, ip1), (PER, n1), (PH, p1), (MAIL, e1), (LOC, a1)],
)

n1, n2, n3 = "하은솔", "원지섭", "경미래"
p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "상호대차 연체 문자 발송 대상 (3건)",
        f"{n1} {p1} 『불편한 편의점』 연체 12일",
        f"{n2} {p2} 『코스모스』 연체 5일",
        f"{n3} {p3} 『채식주의자』 연체 31일 → 대출정지",
        "문자 문구를 연체일수별로 다르게 만들어줘",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n3), (PH, p3)],
)

# ---------------------------------------------------------------- positives (ko): 119 구급일지
n1, n2 = "백순애", "백동수"
a1 = "대전광역시 중구 대흥로 121번길 8, 2층"
p2 = mob()
add(
    "ko",
    P,
    lines(
        "구급활동일지 서술란 문장 다듬어줘",
        f"출동장소: {a1}",
        f"환자: {n1}(여/81) 의식 저하, 혈압 80/50, 혈당 42",
        f"보호자: {n2}(아들) {p2} — 신고자, 당뇨약 복용 후 식사 거름 진술",
        "처치: 포도당 투여 후 의식 회복, 충남대병원 이송(12:48 도착)",
    ),
    [(LOC, a1), (PER, n1), (PER, n2), (PH, p2)],
)

n1 = "현태오"
r1 = rr("970311", 1)
p1 = land("041")
add(
    "ko",
    P,
    lines(
        "[구급대 → 병원 응급실 이송 전 연락 메모]",
        f"환자 {n1} 남 27세, 신분증으로 확인한 주민번호 {r1}",
        "오토바이 단독사고, 좌측 대퇴부 변형, GCS 15",
        f"천안 단국대병원 응급실 {p1} 수용 가능 확인 (14:02)",
        "→ 인계 보고 양식으로",
    ),
    [(PER, n1), (RRN, r1), (PH, p1)],
)

n1, n2 = "도하늘", "도윤재"
r1 = rn("230419", 4)
p1 = mob()
a1 = "경기도 화성시 동탄순환대로 830, 3205동 1201호"
add(
    "ko",
    P,
    lines(
        "영아 호흡곤란 출동 건 (소아 이송)",
        f"환자: {n1} (2023.04.19생, 여) 주민번호 {r1} — 보호자 제시 건강보험 앱 화면",
        f"보호자: 부 {n2} {p1}",
        f"장소: {a1}",
        "SpO2 88% → 산소 투여 후 95%, 한림대동탄성심병원 이송",
        "이거 일지 형식으로 다시 써줘",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (PH, p1), (LOC, a1)],
)

# ---------------------------------------------------------------- positives (ko): 민방위
n1, n2, n3 = "윤태곤", "성기호", "류정환"
a1 = "울산광역시 남구 삼산로 274, 101동 303호"
a2 = "울산광역시 남구 삼산로 274, 104동 1107호"
a3 = "울산광역시 남구 돋질로 190"
p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "민방위대 편성 명단 통장님이 보내주신 거 표로 정리해줘",
        f"1반 {n1} {a1} {p1}",
        f"1반 {n2} {a2} {p2}",
        f"2반 {n3} {a3} {p3} (반장)",
    ),
    [(PER, n1), (LOC, a1), (PH, p1), (PER, n2), (LOC, a2), (PH, p2), (PER, n3), (LOC, a3), (PH, p3)],
)

n1 = "성주완"
r1 = rr("900106", 1)
e1 = "jw.seong@hanmail.net"
add(
    "ko",
    P,
    lines(
        "받은 메일입니다. 답장 써주세요.",
        "---",
        "민방위 사이버교육 이수했는데 미이수로 나와서 훈련 통지서가 또 왔습니다. 이수증 캡처 첨부합니다.",
        f"이름 {n1}, 주민번호 {r1}, 답장은 {e1}로 주세요.",
    ),
    [(PER, n1), (RRN, r1), (MAIL, e1)],
)

# ---------------------------------------------------------------- positives (ko): 어린이집 보육료
n1, n2 = "구시우", "구본혁"
r1, r2 = rn("210311", 3), rr("880524", 1)
c1 = cc("9410")
add(
    "ko",
    P,
    lines(
        "보육료 자격 신청 건 전산 입력값 (누락 찾아줘)",
        f"아동: {n1} / {r1} (2021.03.11생)",
        f"보호자: {n2} / {r2}",
        f"아이행복카드: {c1}",
        "어린이집: 숲속햇살어린이집 (가정) / 이용시간: 종일반",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (CARD, c1)],
)

n1, n2, n3, n4 = "모다온", "모성훈", "선하율", "선지은"
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "| 반 | 원아 | 보호자 | 관계 | 비상연락 |",
        "|---|---|---|---|---|",
        f"| 햇님반 | {n1} | {n2} | 부 | {p1} |",
        f"| 햇님반 | {n3} | {n4} | 모 | {p2} |",
        "",
        "비상연락망 업데이트했어요. 보호자한테 보낼 확인 요청 문자 만들어줘",
    ),
    [(PER, n1), (PER, n2), (PH, p1), (PER, n3), (PER, n4), (PH, p2)],
)

n1, n2 = "탁윤정", "배슬기"
k1, k2 = acct("기업"), acct("우리")
add(
    "ko",
    P,
    lines(
        "보육교사 처우개선비 지급 계좌 변경분",
        f"· {n1} 교사: 기업 {k1}",
        f"· {n2} 교사: 우리 {k2} (기존 계좌 해지)",
        "구청 제출용 변경 사유서 문구",
    ),
    [(PER, n1), (ACC, k1), (PER, n2), (ACC, k2)],
)

# ---------------------------------------------------------------- positives (ko): 국민연금 반환일시금
n1, n2 = "노기철", "노수경"
r1, r2 = rr("611109", 1), rr("900517", 2)
b2 = acct("하나")
add(
    "ko",
    P,
    lines(
        "사망 반환일시금 청구 — 수급요건 검토 부탁",
        f"가입자: {n1} ({r1}), 가입기간 7년 2개월, 2024.05.20 사망",
        f"청구인: 자녀 {n2} ({r2}) — 배우자 없음, 부모 사망",
        f"입금계좌: 하나은행 {b2} (청구인 명의)",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (ACC, b2)],
)

n1 = "기은채"
r1 = rr("820206", 2)
pp1 = pp("M")
a1 = "1420 W 8th Ave, Apt 305, Vancouver, BC V6H 1E1"
add(
    "ko",
    P,
    lines(
        "국외이주 반환일시금 청구서 검토",
        f"청구인 {n1} / 주민번호 {r1} / 여권번호 {pp1}",
        f"이주지 주소: {a1}, Canada",
        "이주 확인 서류: 캐나다 영주권 카드 사본",
        "→ 누락 서류 있는지 체크리스트로",
    ),
    [(PER, n1), (RRN, r1), (PASS, pp1), (LOC, a1)],
)

# ---------------------------------------------------------------- positives (ko): 주택도시보증공사 전세보증
n1, n2 = "강필수", "연수아"
r1, r2 = rr("580303", 1), rr("950821", 2)
a1 = "서울특별시 강서구 화곡로 302, 2층 201호"
b2 = acct("케이뱅크")
add(
    "ko",
    P,
    lines(
        "전세보증금반환보증 신청 건 (임대인 동의 불요 상품)",
        f"목적물: {a1}",
        f"임대인: {n1} ({r1})",
        f"임차인: {n2} ({r2}), 보증금 2억 1천만원, 계약 2024.03.02~2026.03.01",
        f"보증채무 이행 시 지급계좌: 케이뱅크 {b2}",
        "심사 체크포인트 정리",
    ),
    [(LOC, a1), (PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (ACC, b2)],
)

n1, n2 = "피영은", "장"
p1 = mob()
add(
    "ko",
    P,
    lines(
        "보증이행 청구 상담 통화 메모",
        f"14:20 임차인 {n1}님 전화 ({p1}). 임대인이 연락 두절, 계약종료 후 2개월 경과.",
        f"임차권등기명령 신청 여부 물어보심 → {n2} 대리가 절차 안내 예정.",
        f"{n1}님 불안해하셔서 오늘 중 회신 약속함.",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PER, n1)],
)

# ---------------------------------------------------------------- positives (ko): LH 임대주택
n1 = "용하은"
e1 = "hae.yong@naver.com"
p1 = mob()
a1 = "경기도 시흥시 은계중앙로 111, 705동 1304호"
add(
    "ko",
    P,
    lines(
        "행복주택 예비입주자 서류 회신 메일 답장 초안",
        "> 안녕하세요 서류제출 대상자 안내받았는데요, 소득증빙을 아직 못 뗐습니다. 기한 연장 되나요?",
        f"> {n1} / {p1} / {e1}",
        f"> 현 거주지 {a1}",
    ),
    [(PER, n1), (PH, p1), (MAIL, e1), (LOC, a1)],
)

n1, n2 = "마금옥", "방동진"
a1 = "경상남도 김해시 율하2로 102, 503동 1001호"
a2 = "경상남도 김해시 율하2로 102, 503동 1101호"
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "관리사무소 접수 누수 민원 — 위층 아래층 분쟁",
        f"피해세대: {a1} {n1} ({p1})",
        f"원인추정세대: {a2} {n2} ({p2})",
        "욕실 천장 누수, 3/12 점검 시 윗집 욕조 배관 실리콘 노후 확인",
        "LH 하자보수팀에 보낼 요청서로 써줘",
    ),
    [(LOC, a1), (PER, n1), (PH, p1), (LOC, a2), (PER, n2), (PH, p2)],
)
# ---------------------------------------------------------------- positives (ko): 외교부 여권 재발급
n1 = "채하준"
r1 = rr("991030", 1)
pp1 = pp("M")
p1 = mob()
a1 = "서울특별시 성북구 보문로 168, 3층"
add(
    "ko",
    P,
    lines(
        "여권 분실신고서 작성 내용 (민원실 대리 작성분) 맞춤법 확인",
        f"성명 {n1} / 주민등록번호 {r1}",
        f"분실 여권번호 {pp1} (2019년 발급, 복수여권)",
        f"분실 일시·장소: 2024.07.21 인천공항 제1터미널 3층 / 연락처 {p1}",
        f"주소 {a1}",
    ),
    [(PER, n1), (RRN, r1), (PASS, pp1), (PH, p1), (LOC, a1)],
)

n1 = "연서진"
pp1, pp2 = pp("M"), pp_new("M")
e1 = "seojin.yeon@gmail.com"
add(
    "ko",
    P,
    lines(
        "여권 재발급 완료 안내 메일 초안 (구여권 번호와 신여권 번호 둘 다 써야 함)",
        f"수신: {e1}",
        f"{n1}님, 신청하신 차세대 전자여권이 발급되었습니다.",
        f"- 기존 여권: {pp1} (효력 상실)",
        f"- 신규 여권: {pp2} / 유효기간 2034.08.11",
        "수령 시 기존 여권을 지참해 주세요.",
    ),
    [(MAIL, e1), (PER, n1), (PASS, pp1), (PASS, pp2)],
)

# ---------------------------------------------------------------- positives (ko): 법률구조공단
n1 = "곽은수"
p1 = mob()
b1 = bz()
a1 = "경기도 김포시 대곶면 대명항로 418-26"
add(
    "ko",
    P,
    lines(
        "법률상담 신청 내용 요약해서 사건 분류해줘",
        f"신청인 {n1}({p1}) — 2023.11~2024.04 6개월 임금 1,240만원 미지급",
        f"사업장: 한결금속 (사업자 {b1}), {a1}",
        "노동청 체불임금확인서 발급받음, 사업주 연락 안 됨",
    ),
    [(PER, n1), (PH, p1), (BRN, b1), (LOC, a1)],
)

n1, n2 = "소윤서", "탁동규"
a1 = "충청남도 아산시 배방읍 희망로 46번길 12, 204호"
a2 = "충청남도 천안시 서북구 불당21로 67"
add(
    "ko",
    P,
    lines(
        "소송구조 결정문(PDF)에서 당사자 부분만 복사 — 줄바꿈이 이상하게 됐어요, 정리해줘",
        f"원    고   {n1}",
        f"           {a1}",
        f"피    고   {n2}",
        f"           {a2}",
        "주    문   원고에 대하여 이 법원 2024가소5512 사건의 소송구조를 한다.",
    ),
    [(PER, n1), (LOC, a1), (PER, n2), (LOC, a2)],
)

# ---------------------------------------------------------------- positives (ko): 인사혁신처 채용
n1, n2 = "엄지성", "권나래"
r1, r2 = rr("960214", 1), rr("980707", 2)
e1, e2 = "jiseong96@naver.com", "narae.kwon@gmail.com"
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "응시원서 DB 추출본 — 중복 응시 의심 2건",
        "응시번호|성명|주민번호|이메일|휴대폰|직렬",
        f"71020334|{n1}|{r1}|{e1}|{p1}|행정(일반)",
        f"71020981|{n1}|{r1}|{e1}|{p1}|행정(교육)",
        f"71031207|{n2}|{r2}|{e2}|{p2}|세무",
        "중복 응시 처리 규정 알려줘",
    ),
    [
        (PER, n1),
        (RRN, r1),
        (MAIL, e1),
        (PH, p1),
        (PER, n1),
        (RRN, r1),
        (MAIL, e1),
        (PH, p1),
        (PER, n2),
        (RRN, r2),
        (MAIL, e2),
        (PH, p2),
    ],
)

n1, n2 = "홍세린", "남기태"
k1, k2 = acct("국민"), acct("신한")
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "면접위원 위촉 및 수당 지급 명단",
        f"1) {n1} (○○대 행정학과 교수) {p1} / 국민 {k1}",
        f"2) {n2} (前 ○○시 부시장) {p2} / 신한 {k2}",
        "수당 1일 30만원, 기타소득 원천징수 후 지급 — 지급조서 양식 만들어줘",
    ),
    [(PER, n1), (PH, p1), (ACC, k1), (PER, n2), (PH, p2), (ACC, k2)],
)

# ---------------------------------------------------------------- positives (ko): 세관 통관
n1 = "기하람"
p1 = mob()
a1 = "서울특별시 송파구 오금로 290, 106동 702호"
pc = "P" + dg(12)
add(
    "ko",
    P,
    lines(
        "해외직구 통관보류 민원 답변 — 목록통관 배제 사유",
        f"수하인 {n1} / 개인통관고유부호 {pc} / 연락처 {p1}",
        f"배송지 {a1}",
        "품목: 건강기능식품 8병 (6병 초과로 일반수입신고 대상)",
    ),
    [(PER, n1), (PH, p1), (LOC, a1)],
)

n1 = "봉수민"
b1 = acct("SC제일")
bz1 = bz()
cr1 = cr("110111")
add(
    "ko",
    P,
    lines(
        "관세 환급 신청 (반품 재수출) 서류 확인",
        f"신청인: 수민트레이딩 주식회사 대표이사 {n1} / 사업자등록번호 {bz1} / 법인등록번호 {cr1}",
        f"환급금 입금계좌: SC제일은행 {b1}",
        "수출신고필증 번호 41234-24-0012345X 첨부",
    ),
    [(PER, n1), (BRN, bz1), (CRN, cr1), (ACC, b1)],
)

# ---------------------------------------------------------------- positives (ko): 캠핑장 예약
n1 = "전우람"
p1 = mob()
c1 = cc("5243")
add(
    "ko",
    P,
    lines(
        "자연휴양림 캠핑장 예약 결제 오류 문의 내역",
        f"예약자 {n1} ({p1}) / 사이트 A-14 / 8.15~8.17 2박",
        f"결제 카드 {c1} 승인 2회 중복 → 1건 취소 요청",
        "환불 처리 안내 문자 써줘",
    ),
    [(PER, n1), (PH, p1), (CARD, c1)],
)

n1 = "우다경"
b1 = acct("카카오뱅크")
p1 = mob()
add(
    "ko",
    P,
    lines(
        "[캠핑장 카톡 채널 상담]",
        "고객: 우천으로 당일 취소했는데 현장결제라 카드취소가 안된대요 계좌로 받을 수 있을까요",
        f"고객: 카카오뱅크 {b1} {n1}입니다",
        f"고객: 혹시 몰라 번호 남겨요 {p1}",
        "상담원: 확인 후 안내드리겠습니다.",
        "→ 환불 규정(우천 시) 정리해서 답변 만들어줘",
    ),
    [(ACC, b1), (PER, n1), (PH, p1)],
)

# ---------------------------------------------------------------- positives (ko): 스포츠센터
n1 = "육지호"
p1 = mob()
a1 = "광주광역시 서구 상무중앙로 61, 1502호"
add(
    "ko",
    P,
    lines(
        "구민 스포츠센터 수영 강습 신규 회원 등록 카드(손글씨 OCR)",
        f"성 명: {n1}   생년월일: 1988. 2. 14",
        f"주 소: {a1}",
        f"H.P: {p1}",
        "강습: 새벽 6시 중급 / 사물함 필요 O",
    ),
    [(PER, n1), (LOC, a1), (PH, p1)],
)

n1, n2 = "현수빈", "인재혁"
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    lines(
        "회원권 양도 신청 (헬스 12개월 잔여 7개월)",
        f"양도인 {n1} {p1} → 양수인 {n2} {p2}",
        "양도 수수료 2만원 납부 확인. 양수인 사진 등록 필요.",
        f"{n2}님께 보낼 등록 안내 문자 만들어줘",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PH, p2), (PER, n2)],
)

# ---------------------------------------------------------------- positives (ko): 병원 간병인
n1, n2 = "석복희", "진춘매"
a2 = ar("710913", 6)
p2 = mob()
add(
    "ko",
    P,
    lines(
        "간병인 매칭 확정 안내 (정형외과 병동 712호)",
        f"환자: {n1} 님 (82세, 고관절 수술 후)",
        f"간병인: {n2} (중국 동포, 외국인등록번호 {a2}) {p2}",
        "근무: 24시간 상주, 1일 13만원, 9/2부터",
        "보호자에게 보낼 안내 문자 작성",
    ),
    [(PER, n1), (PER, n2), (ARN, a2), (PH, p2)],
)

n1, n2 = "림옥순", "백진영"
b1 = acct("신한")
h1 = hi()
add(
    "ko",
    P,
    lines(
        "간병비 지원사업(시범) 정산 서류",
        f"환자 {n2} (건강보험 {h1}), 입원 14일, 간병인 {n1}",
        f"간병비 입금: 신한 {b1} (간병인 명의)",
        "지원액 = 일 6만원 × 14일 — 정산서 표로 정리",
    ),
    [(PER, n2), (HINS, h1), (PER, n1), (ACC, b1)],
)

# ---------------------------------------------------------------- positives (ko): 장례식장
n1, n2, n3 = "봉만석", "봉재원", "봉재희"
b2, b3 = acct("농협"), acct("국민")
p2 = mob()
add(
    "ko",
    P,
    lines(
        "부고 문자 문구 다듬어 주세요",
        f"[부고] {n1}님께서 별세하셨기에 삼가 알려드립니다.",
        "빈소: ○○장례식장 특2호실 / 발인: 10월 12일(토) 07:00",
        f"상주: 장남 {n2}, 차남 {n3}",
        f"마음 전하실 곳: 농협 {b2} ({n2}), 국민 {b3} ({n3})",
        f"연락처: {n2} {p2}",
    ),
    [(PER, n1), (PER, n2), (PER, n3), (ACC, b2), (PER, n2), (ACC, b3), (PER, n3), (PER, n2), (PH, p2)],
)

n1, n2 = "천순임", "천태호"
a1 = "충청북도 청주시 상당구 미원면 운암리 산 12-3"
p1 = mob()
add(
    "ko",
    P,
    lines(
        "빈소 배정표 + 장지 정보 (운영팀 공유용)",
        f"- 3호실: 故 {n1} (향년 89세) / 상주 {n2} {p1}",
        f"- 장지: 선영 {a1}",
        "- 버스 1대 07:00 출발",
    ),
    [(PER, n1), (PER, n2), (PH, p1), (LOC, a1)],
)

# ---------------------------------------------------------------- positives (ko): 배달앱 고객센터
n1 = "선우진"
sp = fmt("0504-MNNN-NNNN")
a1 = "서울특별시 관악구 봉천로 545, 3층"
add(
    "ko",
    P,
    lines(
        "[배달앱 상담 이력] 음식 누락 환불",
        f"고객명 {n1} / 안심번호 {sp}",
        f"배달지 {a1}",
        "누락: 치즈볼 1, 콜라 1.25L → 부분환불 5,500원",
        "가게 사장님께 보낼 누락 확인 요청 메시지 써줘",
    ),
    [(PER, n1), (PH, sp), (LOC, a1)],
)

n1, n2 = "노하진", "맹석주"
k1, k2 = acct("토스뱅크"), acct("케이뱅크")
add(
    "ko",
    P,
    lines(
        "라이더 정산 계좌 오류 건 (입금 반송)",
        f"라이더 {n1}: 토스뱅크 {k1} → 예금주 불일치로 반송",
        f"라이더 {n2}: 케이뱅크 {k2} → 해지 계좌",
        "재등록 안내 문구 만들어줘",
    ),
    [(PER, n1), (ACC, k1), (PER, n2), (ACC, k2)],
)

# ---------------------------------------------------------------- positives (ko): 기타 새 도메인
n1 = "여만길"
r1 = rr("510720", 1)
a1 = "전라북도 김제시 진봉면 심포리 887"
add(
    "ko",
    P,
    lines(
        "농지연금 가입 상담 — 담보농지 및 가입자 정보",
        f"가입자 {n1} ({r1}), 영농경력 42년",
        f"담보농지 {a1} 답 3,305㎡",
        "월지급금 종신형/기간형 비교표 만들어줘",
    ),
    [(PER, n1), (RRN, r1), (LOC, a1)],
)

n1 = "명지유"
a1 = "서울특별시 동대문구 휘경로 24-3, 302호"
b1 = acct("우리")
add(
    "ko",
    P,
    lines(
        "청년월세 특별지원 신청 확인 요청",
        f"신청자 {n1} (만 24세) / 임차주택 {a1} / 월세 45만원",
        f"지원금 입금계좌 우리 {b1}",
        "부모 소득 확인 서류 누락 여부 알려줘",
    ),
    [(PER, n1), (LOC, a1), (ACC, b1)],
)

n1, n2 = "채수연", "이서후"
r2 = rn("240902", 3)
p1 = mob()
add(
    "ko",
    P,
    lines(
        "산후조리원 신생아실 입실 기록 (공공산후조리원)",
        f"산모 {n1} {p1} / 신생아 {n2} (2024.09.02생 남) 주민번호 {r2}",
        "출생 체중 3.21kg, BCG 접종 예정",
        "입실 안내문 써줘",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (RRN, r2)],
)

n1 = "반도윤"
d1 = dl("제주", named=True)
c1 = cc("5412")
p1 = mob()
add(
    "ko",
    P,
    lines(
        "렌터카 대여 계약서 입력값 확인",
        f"운전자 {n1} / 면허 {d1} / {p1}",
        f"보증금 결제 카드 {c1}",
        "차량 아반떼 CN7, 3/8 09:00 ~ 3/10 18:00, 완전자차",
    ),
    [(PER, n1), (DLIC, d1), (PH, p1), (CARD, c1)],
)

n1 = "왕준서"
b1 = acct("부산")
a1 = "부산광역시 해운대구 센텀중앙로 97, 102동 3701호"
add(
    "ko",
    P,
    lines(
        "관리비 자동이체 신청서 (관리사무소)",
        f"세대 {a1} / 세대주 {n1}",
        f"이체계좌 부산은행 {b1} 매월 25일",
        "기존 카드 자동납부 해지 요청 포함 — 처리 순서 정리",
    ),
    [(LOC, a1), (PER, n1), (ACC, b1)],
)

n1, n2 = "심덕배", "차은영"
r1, r2 = rr("570108", 1), rr("840613", 2)
a1 = "경기도 용인시 수지구 풍덕천로 129, 205동 1702호"
bz1 = bz()
add(
    "ko",
    P,
    lines(
        "아파트 매매계약서 특약 문구 검토해줘 (공인중개사무소 초안)",
        f"소재지: {a1}",
        f"매도인 {n1} ({r1}) / 매수인 {n2} ({r2})",
        f"중개업소: 풍덕천부동산 (등록번호 41465-2019-00087, 사업자 {bz1})",
        "특약: 잔금일까지 매도인 근저당 말소 조건",
    ),
    [(LOC, a1), (PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (BRN, bz1)],
)

n1, n2, n3 = "도세찬", "구예린", "기한솔"
p1 = mob()
add(
    "ko",
    P,
    lines(
        "국립공원 대피소 예약 대기자 승격 알림 보내야 해요",
        f"세석대피소 10/5(토) 1명 취소 → 대기1번 {n1}({p1}) 승격",
        f"동반 {n2}, {n3} 님은 대기 유지",
        "알림 문구 만들어줘",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (PER, n3)],
)

n1 = "임보람"
c1 = cc("9420")
p1 = mob()
add(
    "ko",
    P,
    lines(
        "지역사랑상품권(카드형) 분실 재발급 접수",
        f"성명 {n1} / 휴대폰 {p1}",
        f"분실카드 {c1} → 잔액 183,400원 이관 요청",
        "재발급 처리 절차 알려줘",
    ),
    [(PER, n1), (PH, p1), (CARD, c1)],
)

n1 = "국태만"
r1 = rr("650925", 1)
d1 = dl("대구")
add(
    "ko",
    P,
    lines(
        "택시운전 자격 취득자 등록 (운수종사자 관리시스템 입력 전 확인)",
        f"성명 {n1} / 주민등록번호 {r1}",
        f"운전면허 {d1} (1종 보통)",
        "자격번호 22-2024-003127, 소속 대성교통(법인)",
    ),
    [(PER, n1), (RRN, r1), (DLIC, d1)],
)

n1, n2 = "설다온", "함지원"
p1, p2 = mob(), mob()
e1 = "daon.seol@daum.net"
add(
    "ko",
    P,
    lines(
        "자원봉사센터 연탄 나눔 봉사자 확정 명단",
        f"팀장 {n1} {p1} {e1}",
        f"팀원 {n2} {p2} (고등학생, 보호자 동의서 제출)",
        "봉사시간 인증 안내 메일 초안",
    ),
    [(PER, n1), (PH, p1), (MAIL, e1), (PER, n2), (PH, p2)],
)
# ================================================================ positives (mixed)
# 인사혁신처 채용 시스템: Kubernetes Secret (stringData, plain)
n1 = "모지웅"
p1 = mob()
e1 = "jiwoong.mo@korea.kr"
r1 = rr("930419", 1)
ip1 = priv_ip()
add(
    "mixed",
    P,
    lines(
        '스테이징에 이 시크릿 apply 하면 `error: error validating data: unknown field "stringdata"` 나요. 뭐가 틀렸죠?',
        "```yaml",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: recruit-notify",
        "  namespace: gosi-stg",
        "type: Opaque",
        "stringdata:",
        f'  DB_HOST: "{ip1}"',
        f'  OPS_CONTACT: "{n1} {p1}"',
        f'  SMTP_FROM: "{e1}"',
        f'  SMOKE_TEST_RRN: "{r1}"   # 내 주민번호로 테스트함, 나중에 지울 것',
        "```",
    ),
    [(IP, ip1), (PER, n1), (PH, p1), (MAIL, e1), (RRN, r1)],
)

# 선관위 내부망: Terraform locals
n1, n2, n3 = "한지석", "추예나", "변상혁"
i1, i2, i3 = pub_ip(), pub_ip(), pub_ip()
add(
    "mixed",
    P,
    lines(
        "terraform plan 에서 for_each 키 중복 에러가 나요",
        "```hcl",
        "locals {",
        "  vpn_admins = {",
        f'    "{n1}" = "{i1}"  # 팀장 재택',
        f'    "{n2}" = "{i2}"',
        f'    "{n3}" = "{i3}"  # 선거일 당직',
        f'    "{n1}" = "{i1}"',
        "  }",
        "}",
        'resource "ncloud_access_control_group_rule" "vpn" {',
        "  for_each = local.vpn_admins",
        "}",
        "```",
    ),
    [(PER, n1), (IP, i1), (PER, n2), (IP, i2), (PER, n3), (IP, i3), (PER, n1), (IP, i1)],
)

# 배달앱: protobuf text format
n1, n2 = "연하람", "길태호"
p1, p2 = mob(), mob()
a1 = "서울특별시 마포구 독막로 331, 1108호"
add(
    "mixed",
    P,
    lines(
        "주문 이벤트 디버그 덤프인데 rider 필드가 왜 비어 보이는지 모르겠어요",
        "order_event {",
        '  order_id: "B2408-77120031"',
        "  customer {",
        f'    name: "{n1}"',
        f'    phone: "{p1}"',
        f'    address: "{a1}"',
        "  }",
        "  rider {",
        f'    display_name: "{n2}"',
        f'    phone: "{p2}"',
        "    vehicle: MOTORBIKE",
        "  }",
        "  status: PICKED_UP",
        "}",
    ),
    [(PER, n1), (PH, p1), (LOC, a1), (PER, n2), (PH, p2)],
)

# 교육청 LDAP: LDIF
n1, sn1, gn1 = "금도현", "금", "도현"
e1 = "kdh0412@sen.go.kr"
t1, m1 = land("02"), mob()
add(
    "mixed",
    P,
    lines(
        "ldapadd 하면 `ldap_add: Invalid syntax (21)` 떠요. 어느 줄이 문제일까요?",
        "dn: uid=kdh0412,ou=teachers,ou=afterschool,dc=sen,dc=go,dc=kr",
        "objectClass: inetOrgPerson",
        f"cn: {n1}",
        f"sn: {sn1}",
        f"givenName: {gn1}",
        f"mail: {e1}",
        f"telephoneNumber: {t1}",
        f"mobile: {m1}",
        "employeeType: 방과후강사",
    ),
    [(PER, n1), (PER, sn1), (PER, gn1), (MAIL, e1), (PH, t1), (PH, m1)],
)

# 장례식장 상조: vCard
fn1 = "표경환"
p1 = mob()
e1 = "pkh.funeral@naver.com"
a1 = "경기도 고양시 일산동구 중앙로 1275, 3층"
add(
    "mixed",
    P,
    lines(
        "아이폰에서 이 연락처 파일 가져오기 하면 주소가 안 들어가요",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:표;경환;;;",
        f"FN:{fn1}",
        "ORG:한마음상조;장례지도팀",
        "TITLE:장례지도사 1급",
        f"TEL;TYPE=CELL:{p1}",
        f"EMAIL:{e1}",
        f"ADR;TYPE=WORK:;;{a1};;;;",
        "END:VCARD",
    ),
    [(PER, "표"), (PER, "경환"), (PER, fn1), (PH, p1), (MAIL, e1), (LOC, a1)],
)

# HUG 전세보증: HAR request body
n1 = "소하영"
r1 = rr("970128", 2)
p1 = mob()
a1 = "인천광역시 부평구 부평대로 88, 1203호"
body = js({"applicant": {"name": n1, "rrn": r1, "mobile": p1}, "house": {"addr": a1, "deposit": 180000000}})
har = js(
    {
        "request": {
            "method": "POST",
            "url": "https://khug.example.internal/api/v2/guarantee/apply",
            "postData": {"mimeType": "application/json", "text": body},
        },
        "response": {"status": 500, "statusText": "Internal Server Error"},
    }
)
add(
    "mixed",
    P,
    "개발자도구에서 HAR 떠서 붙였어요. 500 나는 이유 추정해줘\n" + har,
    [(PER, n1), (RRN, r1), (PH, p1), (LOC, a1)],
)

# LH 청약: Jira ticket
n1, n2, n3 = "장하율", "장민기", "고"
r1, r2 = rr("020715", 4), rr("710322", 1)
add(
    "mixed",
    P,
    lines(
        "LHAPT-2291  [청약접수] 세대원 주민번호 검증 실패 (2000년대생)",
        "Type: Bug   Priority: High   Assignee: 고 책임   Reporter: 콜센터 2팀",
        "Description:",
        f"세대원 {n1}({r1}) 등록 시 '유효하지 않은 주민등록번호' 오류. 세대주 {n2}({r2})는 정상.",
        "성별자리 4 처리 로직 확인 요망.",
        f"Comment ({n3} 책임): 재현됨. 3,4 분기 누락 → hotfix 브랜치 생성",
    ),
    [(PER, n3), (PER, n1), (RRN, r1), (PER, n2), (RRN, r2), (PER, n3)],
)

# 스포츠센터 앱: Slack export JSON
n1, n2 = "Seo Jaemin", "탁민우"
p2 = mob()
msgs = [
    {
        "user": "U04QF2J7K",
        "user_name": "jaemin.seo",
        "ts": "1717383201.008119",
        "text": f"<@U02M1> 회원 {n2}님 휴대폰 {p2} 중복가입 2건 병합 부탁",
    },
    {"user": "U02M1", "user_name": "ops-bot", "ts": "1717383255.001100", "text": f"merge request queued by {n1}"},
]
add(
    "mixed",
    P,
    "슬랙 내보내기 JSON인데 이걸 pandas로 읽어서 user별 메시지 수 세는 코드 부탁\n" + js(msgs),
    [(PER, n2), (PH, p2), (PER, n1)],
)

# 어린이집: Excel formula paste
n1, n2 = "황보서아", "황보진"
p1 = mob()
add(
    "mixed",
    P,
    lines(
        "엑셀 수식이 #N/A 나와요. 시트 내용 복붙합니다",
        "A\tB\tC\tD",
        "원아명\t보호자\t연락처\t수식",
        f"{n1}\t{n2}\t{p1}\t=VLOOKUP(A3,'보육료명단'!A:F,6,FALSE)",
        "→ #N/A",
    ),
    [(PER, n1), (PER, n2), (PH, p1)],
)

# 선관위: CSV (BOM, English headers)
n1, n2 = "피수경", "엄태준"
r1, r2 = rr("660503", 2), rr("731117", 1)
k1, k2 = acct("농협"), acct("대구")
add(
    "mixed",
    P,
    "\ufeff"
    + lines(
        "name,rrn,bank,account,allowance",
        f"{n1},{r1},NH,{k1},150000",
        f"{n2},{r2},DGB,{k2},150000",
    )
    + "\n\npd.read_csv 했더니 컬럼명이 '\\ufeffname'으로 나옵니다. 투표사무원 수당 지급용이에요",
    [(PER, n1), (RRN, r1), (ACC, k1), (PER, n2), (RRN, r2), (ACC, k2)],
)

# 배달앱 라이더: Markdown table
n1, n2 = "Park Sungmin", "라윤석"
d1, d2 = dl("서울"), dl("경기")
p1, p2 = mob(), mob()
add(
    "mixed",
    P,
    lines(
        "라이더 온보딩 검수표입니다. license_no 형식 검증 정규식 만들어줘",
        "| rider_id | name | license_no | phone |",
        "|---|---|---|---|",
        f"| R-30112 | {n2} | {d1} | {p1} |",
        f"| R-30115 | {n1} | {d2} | {p2} |",
    ),
    [(PER, n2), (DLIC, d1), (PH, p1), (PER, n1), (DLIC, d2), (PH, p2)],
)

# 병무청 복무 앱: OCR'd screenshot with noise
n1 = "어진혁"
p1 = mob()
r1 = rr("031204", 3)
add(
    "mixed",
    P,
    lines(
        "앱 화면 캡처를 OCR 했더니 이렇게 나왔어요. 필드 정리해주세요",
        "9:41 .ıl LTE ▢",
        "< 복무정보  My Service",
        f"Name | 성명   {n1}",
        f"ID No. ‖ {r1}",
        f"Phone  {p1}  [수정]",
        "복무기관 Agency: 수원시 장안구청 ||| 잔여 복무일 211일",
        "— — —  ⌂ 홈   ☰ 메뉴",
    ),
    [(PER, n1), (RRN, r1), (PH, p1)],
)

# 항만: 외국인 선원 상륙허가 (foreign passports not labelled)
n1, n2 = "Arnel Dizon", "Ramil Bautista"
fpp1, fpp2 = "P" + dg(7) + "A", "P" + dg(7) + "B"
n3 = "차동건"
p3 = mob()
e3 = "dgcha@hanbit-shipping.co.kr"
add(
    "mixed",
    P,
    lines(
        "승무원 상륙허가 신청 (MV HANBIT GLORY, 부산 감천항 입항 6/11)",
        f"1. {n1} / PHILIPPINES / Passport {fpp1} / 2nd Officer",
        f"2. {n2} / PHILIPPINES / Passport {fpp2} / AB",
        f"선박대리점 담당: {n3} {p3} {e3}",
        "상륙 목적: 휴양, 기간 72시간 — 신청서 영문 번역 부탁",
    ),
    [(PER, n1), (PER, n2), (PER, n3), (PH, p3), (MAIL, e3)],
)

# 국세청 근로장려금 시스템: pytest fixture
n1, n2 = "공미숙", "공지후"
r1, r2 = rr("770830", 2), rr("080211", 3)
add(
    "mixed",
    P,
    lines(
        "이 픽스처로 테스트 돌리면 `AssertionError: expected 1 child` 가 나와요",
        "```python",
        "@pytest.fixture",
        "def household():",
        "    return Household(",
        f'        head=Member(name="{n1}", rrn="{r1}", income=18_300_000),',
        "        children=[",
        f'            Member(name="{n2}", rrn="{r2}", income=0),  # 운영DB에서 복사',
        "        ],",
        "    )",
        "```",
    ),
    [(PER, n1), (RRN, r1), (PER, n2), (RRN, r2)],
)

# 고용센터: SQL INSERT
n1 = "오세빈"
r1 = rr("891006", 1)
b1 = bz()
k1 = acct("기업")
add(
    "mixed",
    P,
    lines(
        "이 INSERT가 ORA-12899 value too large 에러 납니다. 어느 컬럼이 문제죠?",
        "INSERT INTO UB_CLAIM (CLAIM_NO, APPL_NM, APPL_RRN, LAST_BIZ_NO, PAY_ACCT, PAY_BANK)",
        f"VALUES ('UB2024-0419-1182', '{n1}', '{r1}', '{b1}', '{k1}', 'IBK기업은행');",
    ),
    [(PER, n1), (RRN, r1), (BRN, b1), (ACC, k1)],
)

# 공공도서관: nginx access log
i1, i2 = pub_ip(), pub_ip()
e1, e2 = "minseo.lee07@gmail.com", "hjkwak.92@naver.com"
add(
    "mixed",
    P,
    lines(
        "비밀번호 찾기 API에 같은 IP에서 요청이 몰려요. 차단 규칙 짜줘",
        f'{i1} - - [12/Mar/2024:02:14:51 +0900] "GET /member/findpw?email={e1} HTTP/1.1" 200 512 "-" "python-requests/2.31"',
        f'{i1} - - [12/Mar/2024:02:14:52 +0900] "GET /member/findpw?email={e2} HTTP/1.1" 404 98 "-" "python-requests/2.31"',
        f'{i2} - - [12/Mar/2024:02:15:03 +0900] "GET /search?q=%ED%95%9C%EA%B0%95 HTTP/1.1" 200 10233 "-" "Mozilla/5.0"',
    ),
    [(IP, i1), (MAIL, e1), (IP, i1), (MAIL, e2), (IP, i2)],
)

# 복권 API: .env
n1 = "나경준"
e1 = "kj.na@lotto-ops.co.kr"
p1 = mob()
ip1 = priv_ip()
add(
    "mixed",
    P,
    lines(
        "도커 컨테이너에서 .env 값이 안 읽혀요. 파일 그대로 붙입니다",
        "DB_URL=jdbc:mariadb://" + ip1 + ":3306/lotto",
        "ALERT_SMS_TO=" + p1,
        "ALERT_MAIL_TO=" + e1,
        f"# 담당 {n1} (야간 장애 시 문자 먼저)",
        "WINNER_FILE_DIR=/data/winners",
    ),
    [(IP, ip1), (PH, p1), (MAIL, e1), (PER, n1)],
)

# 우체국 예금: Go table test
n1, n2 = "봉지안", "석태웅"
k1, k2 = acct("우체국", plain=True), acct("우체국", plain=True)
add(
    "mixed",
    P,
    lines(
        "Go 테이블 테스트인데 두 번째 케이스만 실패해요",
        "```go",
        "var cases = []struct{ owner, acct string; ok bool }{",
        f'    {{"{n1}", "{k1}", true}},',
        f'    {{"{n2}", "{k2}", true}},',
        "}",
        "```",
        "에러: checkDigit mismatch",
    ),
    [(PER, n1), (ACC, k1), (PER, n2), (ACC, k2)],
)

# 캠핑장 결제: Sentry event
c1 = cc("4")
e1 = "camper.hong88@naver.com"
ip1 = pub_ip()
n1 = "홍재석"
ev = {
    "event_id": "9f1c2a7be05b4f0c8a3e6d1f22c4b7a0",
    "level": "error",
    "exception": {"values": [{"type": "PGError", "value": f"카드 승인 실패: card_no={c1} holder={n1}"}]},
    "user": {"email": e1, "ip_address": ip1},
    "tags": {"site": "A-14", "pg": "inicis"},
}
add(
    "mixed",
    P,
    "센트리 이벤트 하나 붙여요. PG 오류 원인 추정해줘\n" + json.dumps(ev, ensure_ascii=False, indent=2),
    [(CARD, c1), (PER, n1), (MAIL, e1), (IP, ip1)],
)

# 건보 요양급여: Airflow task log
r1, r2 = rr("450817", 2), rr("500203", 1)
h1, h2 = hi(), hi()
add(
    "mixed",
    P,
    lines(
        "에어플로 태스크 로그입니다. 왜 reject 되는지 봐주세요",
        "[2024-06-03, 02:10:11 KST] {taskinstance.py:1138} INFO - Executing <Task(PythonOperator): validate_claims>",
        f"[2024-06-03, 02:10:14 KST] {{validate.py:88}} WARNING - reject row: rrn={r1} hi_no={h1} reason=자격상실일 이후 청구",
        f"[2024-06-03, 02:10:14 KST] {{validate.py:88}} WARNING - reject row: rrn={r2} hi_no={h2} reason=자격상실일 이후 청구",
        "[2024-06-03, 02:10:15 KST] {taskinstance.py:1400} INFO - Marking task as SUCCESS",
    ),
    [(RRN, r1), (HINS, h1), (RRN, r2), (HINS, h2)],
)

# 119: Kafka message
n1 = "양순이"
p1 = mob()
a1 = "경상북도 안동시 풍산읍 하리길 37"
msg = js({"dispatch_id": "D20240711-0452", "caller": {"name": n1, "phone": p1}, "scene": a1, "type": "낙상"})
add(
    "mixed",
    P,
    lines(
        "kafka-console-consumer 출력인데 한글이 깨지는지 확인해주세요",
        "$ kafka-console-consumer --topic ems.dispatch --from-beginning --max-messages 1",
        msg,
        "Processed a total of 1 messages",
    ),
    [(PER, n1), (PH, p1), (LOC, a1)],
)

# 지역화폐: GraphQL mutation
n1 = "유하람"
p1 = mob()
c1 = cc("9490")
add(
    "mixed",
    P,
    lines(
        'GraphQL 변수 타입 에러 — Variable "$input" got invalid value',
        "mutation Register($input: RegisterInput!) { register(input: $input) { id } }",
        "variables:",
        js({"input": {"name": n1, "mobile": p1, "cardNo": c1, "region": "성남"}}),
    ),
    [(PER, n1), (PH, p1), (CARD, c1)],
)

# 법률구조공단: Postman environment
n1 = "맹서린"
e1 = "seorin.maeng@klac.or.kr"
p1 = mob()
r1 = rr("850119", 2)
env = {
    "name": "klac-intake-dev",
    "values": [
        {"key": "baseUrl", "value": "https://intake-dev.klac.internal"},
        {"key": "testerName", "value": n1},
        {"key": "testerEmail", "value": e1},
        {"key": "testerPhone", "value": p1},
        {"key": "testerRrn", "value": r1},
    ],
}
add(
    "mixed",
    P,
    "포스트맨 환경 파일 팀에 공유해도 될까요? 내용 검토해줘\n" + json.dumps(env, ensure_ascii=False, indent=1),
    [(PER, n1), (MAIL, e1), (PH, p1), (RRN, r1)],
)

# LH 민원: Elasticsearch hit
n1 = "권태희"
p1 = mob()
a1 = "대구광역시 동구 신서로 95, 301동 1204호"
hit = {
    "_index": "lh-voc-2024.05",
    "_id": "aZ3k",
    "_source": {"writer": n1, "tel": p1, "addr": a1, "body": "현관 도어락 고장 3주째"},
}
add(
    "mixed",
    P,
    "ES에서 검색 결과 하나 뽑았어요. 이 문서가 왜 match 안 되는지 (query는 addr.keyword)\n" + js(hit),
    [(PER, n1), (PH, p1), (LOC, a1)],
)

# 간병인: 중국동포 (Hanzi name) and ARN
n1, n1k = "金春花", "김춘화"
a1 = ar("690311", 6)
p1 = mob()
add(
    "mixed",
    P,
    lines(
        "간병인 등록증 사본 옮겨 적은 거예요 (중국어 이름 병기)",
        f"성명: {n1} ({n1k})  국적: 中国",
        f"외국인등록번호: {a1}",
        f"연락처: {p1}  체류자격: F-4",
        "등록증 뒷면 체류기간 2026.05.30 — 만료 알림 설정해줘",
    ),
    [(PER, n1), (PER, n1k), (ARN, a1), (PH, p1)],
)

# 국민연금 반환일시금: 베트남 근로자
n1 = "Tran Van Duc"
a1 = ar("960402", 5)
k1 = acct("우리")
p1 = mob()
add(
    "mixed",
    P,
    lines(
        "출국 예정 외국인 반환일시금 청구 (고용허가제 E-9)",
        f"청구인: {n1} / 외국인등록번호 {a1}",
        f"지급계좌: 우리은행 {k1} (출국 전 입금 희망) / 연락처 {p1}",
        f"출국 예정일 2024.08.30, 항공권 사본 제출. {n1} 씨한테 보낼 영문 안내문 작성해줘",
    ),
    [(PER, n1), (ARN, a1), (ACC, k1), (PH, p1), (PER, n1)],
)

# 우체국 EMS: US recipient
n1, n2 = "진미경", "Daniel Whitfield"
a2 = "4827 Calloway Dr, Apt 12B, Bakersfield, CA 93312"
p1 = mob()
p2 = "+1 661-384-2975"
add(
    "mixed",
    P,
    lines(
        "EMS 발송 내역 — 미국 세관 보류 통보 받음",
        f"발송인: {n1} ({p1})",
        f"수취인: {n2}, {a2}, USA, Tel {p2}",
        "내용품: Dried laver (김) 2kg, Red pepper paste 1kg — 고추장 육류성분 문제인지?",
    ),
    [(PER, n1), (PH, p1), (PER, n2), (LOC, a2), (PH, p2)],
)

# 외교부: 영문 메일 인용
n1 = "Yoon Ha-eun"
pp1 = pp_new("M")
e1 = "haeun.yoon.mtl@gmail.com"
add(
    "mixed",
    P,
    lines(
        "재외국민 민원 메일 받았어요. 한국어로 요약하고 답장 초안 써줘",
        "> Dear Consular Section,",
        f"> My name is {n1} and my passport ({pp1}) was damaged by water. Can I apply for reissuance by mail from Montreal?",
        f"> Please reply to {e1}. Thank you.",
    ),
    [(PER, n1), (PASS, pp1), (MAIL, e1)],
)

# 세관: 해외직구 주문확인서
n1 = "Jiwon Kang"
a1 = "18, Olympic-ro 35-gil, Songpa-gu, Seoul 05510"
p1 = "+82-10-" + fmt("MNNN-NNNN")
pc = "P" + dg(12)
add(
    "mixed",
    P,
    lines(
        "직구 주문확인 메일인데 관부가세 얼마 나올지 계산해줘",
        "Order #114-2278361-0093318 confirmed",
        f"Ship to: {n1}, {a1}, Republic of Korea",
        f"Phone: {p1}  Customs ID: {pc}",
        "Items: Vitamin D3 x4 ($62.40), Fish oil x2 ($38.00) / Shipping $12.99",
    ),
    [(PER, n1), (LOC, a1), (PH, p1)],
)

# 캠핑장: 외국인 예약
n1, n2 = "Lena Hoffmann", "Jonas Becker"
e1 = "lena.hoffmann@posteo.de"
p1 = "+49 151 " + dg(8, "123456789")
add(
    "mixed",
    P,
    lines(
        "외국인 예약 문의 — 영어로 답장해줘. 개인정보는 예약시스템에 입력할 거라 정리도 부탁",
        f"예약자: {n1} (동반 {n2}), 2인 텐트, 10/3~10/5",
        f"이메일 {e1} / 휴대폰 {p1}",
        "렌터카 없이 버스로 온다고 함 → 정류장 안내 필요",
    ),
    [(PER, n1), (PER, n2), (MAIL, e1), (PH, p1)],
)

# 간병 매칭 시스템: pytest failure output
n1 = "옥은비"
p1 = mob()
h1 = hi()
add(
    "mixed",
    P,
    lines(
        "pytest 실패 출력입니다. 원인 알려줘",
        "______________________ test_match_caregiver ______________________",
        f"    patient = Patient(name='{n1}', hi_no='{h1}', phone='{p1}')",
        ">   assert matcher.match(patient).caregiver is not None",
        "E   AttributeError: 'NoneType' object has no attribute 'caregiver'",
        "tests/test_matcher.py:41: AttributeError",
    ),
    [(PER, n1), (HINS, h1), (PH, p1)],
)

# 해양경찰: Grafana alert
n1 = "피동혁"
p1 = mob()
ip1 = priv_ip()
add(
    "mixed",
    P,
    lines(
        "그라파나 알림 메시지 템플릿 한글 깨짐 수정해줘. 실제 발송된 문자:",
        "[FIRING:1] VTS-레이더 수집 지연 (instance=" + ip1 + ":9100)",
        f"on-call: {n1} ({p1})",
        "summary: radar_ingest_lag_seconds > 30 for 5m",
    ),
    [(IP, ip1), (PER, n1), (PH, p1)],
)

# 산림청: cron mail
n1 = "우태민"
e1 = "taemin.woo@forest.go.kr"
ip1 = priv_ip()
add(
    "mixed",
    P,
    lines(
        "크론 메일이 매일 와요. 원인 찾아줘",
        "From: Cron Daemon <root@fire-watch01>",
        f"To: {e1}",
        "Subject: Cron <root@fire-watch01> /opt/cctv/sync.sh",
        "",
        f"rsync: connection unexpectedly closed ({ip1}) — 담당자 {n1} 확인 바람",
        "rsync error: error in rsync protocol data stream (code 12)",
    ),
    [(MAIL, e1), (IP, ip1), (PER, n1)],
)

# 인사혁신처: Spring application.yml
n1 = "노은채"
e1 = "eunchae.noh@korea.kr"
ip1 = priv_ip()
add(
    "mixed",
    P,
    lines(
        "스프링 부트 application.yml 에서 mail 설정이 안 먹어요",
        "spring:",
        "  datasource:",
        f"    url: jdbc:postgresql://{ip1}:5432/recruit",
        "  mail:",
        "    host: smtp.korea.kr",
        f"    username: {e1}",
        "recruit:",
        "  notify:",
        f'    sender-name: "인사혁신처 채용관리과 {n1}"',
    ),
    [(IP, ip1), (MAIL, e1), (PER, n1)],
)

# 보훈처: 해외 거주 유공자 후손
n1, n1e = "조명숙", "Myungsook Cho"
a1 = "2215 Wilshire Blvd, Unit 408, Los Angeles, CA 90057"
p1 = "(213) " + fmt("MNN-NNNN")
add(
    "mixed",
    P,
    lines(
        "독립유공자 후손 해외거주 확인 — 영문 서신 작성 부탁",
        f"후손: {n1} (영문 {n1e}), 미국 거주",
        f"주소: {a1}",
        f"전화: {p1}",
        "필요서류: 거주확인서, 가족관계 입증서류",
    ),
    [(PER, n1), (PER, n1e), (LOC, a1), (PH, p1)],
)

# 택배 API: webhook body
n1 = "표하윤"
p1 = mob()
a1 = "경기도 파주시 문발로 242, 2층"
wh = js(
    {
        "event": "DELIVERY_FAILED",
        "waybill": "6892-1145-7730",
        "receiver": {"name": n1, "tel": p1, "addr": a1},
        "reason": "수취인 부재",
    }
)
add(
    "mixed",
    P,
    "우체국 택배 웹훅 body 예시인데 서명 검증이 실패합니다. HMAC 계산 코드 봐줘\n" + wh,
    [(PER, n1), (PH, p1), (LOC, a1)],
)

# 항만 보안: CCTV 열람 감사 로그
n1, n2 = "변가람", "하태수"
i1 = priv_ip()
bz1 = bz()
cr1 = cr("180111")
add(
    "mixed",
    P,
    lines(
        "CCTV 열람 감사로그에서 이상한 거 있나 봐줘",
        f"2024-04-09T23:12:44+09:00 user=gatesec02 ({n1}) src={i1} action=EXPORT cam=GATE-3 range=21:00-22:00",
        f"2024-04-09T23:13:02+09:00 user=gatesec02 ({n1}) src={i1} action=EXPORT cam=GATE-4 range=21:00-22:00",
        f"요청 근거: 화물 도난 신고 (신고인 {n2}, 신항물류(주) 사업자 {bz1}, 법인 {cr1})",
    ),
    [(PER, n1), (IP, i1), (PER, n1), (IP, i1), (PER, n2), (BRN, bz1), (CRN, cr1)],
)
# ================================================================ positives (en)
n1 = "Minho Baek"
pp1 = pp("M")
a1 = "3319 Larchmont Ave, Apt 2, Cleveland, OH 44109"
p1 = "(216) " + fmt("MNN-NNNN")
add(
    "en",
    P,
    lines(
        "Please proofread this reply before I send it.",
        "",
        "Dear Mr. Baek,",
        f"We received your report that Korean passport {pp1} was lost in transit. Because the old passport has been",
        "invalidated, please visit the Consulate in Chicago with two photos. We will mail the new passport to",
        f"{a1} once issued. If anything changes, call us back or we will call you at {p1}.",
        f"Regards, Consular Section (re: {n1})",
    ),
    [(PER, "Baek"), (PASS, pp1), (LOC, a1), (PH, p1), (PER, n1)],
)

n1 = "Chloe Martin"
c1 = cc("4", sep=" ")
e1 = "chloe.m.travels@outlook.com"
add(
    "en",
    P,
    lines(
        "Customer wrote this to our campsite booking inbox. Summarize and tell me what to refund.",
        "---",
        "Hi, I booked pitch C-07 for 2 nights but the site was flooded when we arrived and we left after one night.",
        f"The deposit was charged twice to my card {c1}. Please refund one charge.",
        f"Thanks, {n1} ({e1})",
    ),
    [(CARD, c1), (PER, n1), (MAIL, e1)],
)

n1 = "Ethan Kowalski"
a1 = ar("910315", 5)
p1 = mob()
e1 = "ekowalski.esl@gmail.com"
add(
    "en",
    P,
    lines(
        "Membership form from the district sports center (English version). Turn it into a Korean form entry.",
        f"Full name: {n1}",
        f"Alien Registration No.: {a1}",
        f"Mobile: {p1}   Email: {e1}",
        "Program: Adult swimming (beginner), Tue/Thu 20:00",
    ),
    [(PER, n1), (ARN, a1), (PH, p1), (MAIL, e1)],
)

n1, n2 = "SSG Marcus Reyes", "Kim Dae-sung"
e1, e2 = "marcus.reyes2.mil@army.mil", "ds.kim@pyeongtaekport.kr"
p1, p2 = "010-" + fmt("MNNN-NNNN"), land("031")
add(
    "en",
    P,
    lines(
        "Subject: Port access for cargo inspection team — Pyeongtaek",
        "",
        f"Mr. Kim, requesting a temporary pass for SSG Reyes and two inspectors on 14 May. POC is {n1.split(' ', 1)[1]}",
        f"({e1}, {p1}).",
        "",
        f"> Approved. Passes can be collected at Gate 1. Questions to {e2} or {p2} — {n2}, Port Security.",
        "Please make the reply above sound more formal.",
    ),
    [(PER, "Kim"), (PER, "Reyes"), (PER, "Marcus Reyes"), (MAIL, e1), (PH, p1), (MAIL, e2), (PH, p2), (PER, n2)],
)

n1 = "Aisha Rahman"
a1 = "Apt 402, 27, Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349"
p1 = mob()
add(
    "en",
    P,
    lines(
        "Complaint from the delivery app's English chat — draft an apology and a coupon offer.",
        "Customer: My order was left at the wrong building AGAIN. This is the third time.",
        f"Customer: Address is {a1}. The rider keeps going to 55-gil instead of 55ga-gil.",
        f"Customer: Name {n1}, phone {p1}. Please fix the map pin.",
    ),
    [(LOC, a1), (PER, n1), (PH, p1)],
)

n1 = "Harriet Osei"
e1 = "harriet.osei@protonmail.com"
p1 = "+44 7911 " + dg(6, "123456789")
a1 = "Flat 3, 19 Clarendon Road, Leeds LS2 9NT"
add(
    "en",
    P,
    lines(
        "CV header for the native-speaker English editor position (MPM open recruitment). Reformat to our template.",
        f"{n1}",
        f"{a1}, United Kingdom",
        f"{e1} | {p1}",
        "Experience: 6 years editing government publications (UK Civil Service)",
    ),
    [(PER, n1), (LOC, a1), (MAIL, e1), (PH, p1)],
)

n1 = "Oliver Grant"
a1 = "58 Hawthorne Street, Brunswick VIC 3056"
p1 = "+61 412 " + dg(6, "123456789")
add(
    "en",
    P,
    lines(
        "EMS tracking inquiry (English). What should I tell him?",
        f"From: {n1}",
        f"My parcel from Seoul (EMS) has been 'held at customs' for 9 days. Recipient {n1}, {a1}, Australia.",
        f"Please call {p1}. Sender was my sister in Incheon.",
    ),
    [(PER, n1), (PER, n1), (LOC, a1), (PH, p1)],
)

n1 = "Bakhodir Yusupov"
a1 = ar("930704", 5)
k1 = acct("하나")
add(
    "en",
    P,
    lines(
        "[STT transcript, NPS foreign-language line, auto-translated]",
        f"Agent: May I have your name? Caller: {n1}.",
        f"Agent: Your alien registration number? Caller: {a1}.",
        f"Caller: I leave Korea next month, please pay the lump-sum refund to Hana Bank {k1}.",
        "Agent: You will need your departure ticket and passport copy.",
        "Summarize this call for the case file.",
    ),
    [(PER, n1), (ARN, a1), (ACC, k1)],
)

i1, i2 = priv_ip(), pub_ip()
e1 = "sangwoo.ji@lh-infra.co.kr"
add(
    "en",
    P,
    lines(
        "From our #infra-alerts Slack channel — what's going on here?",
        f"[09:12] monitor-bot: HTTP 502 from upstream {i1}:8080 (lease-portal)",
        f"[09:13] sangwoo: restarting pods now. if it happens again page me, {e1}",
        f"[09:21] monitor-bot: 1,204 failed logins from {i2} in 5m",
        "[09:22] sangwoo: blocking it at the WAF",
    ),
    [(IP, i1), (MAIL, e1), (IP, i2)],
)

n1 = "Lee Soojin"
r1 = rr("870912", 2)
p1 = mob()
add(
    "en",
    P,
    lines(
        "JIRA PAY-4471: Refund stuck in PENDING for tax-credit applicant",
        f"Steps: Open applicant {n1} (RRN {r1}), click Refund > Retry.",
        f"Expected: status PAID. Actual: PENDING, SMS not sent to {p1}.",
        f"Note from QA: same on staging with {n1}'s record copied from prod (should we be doing that?)",
    ),
    [(PER, n1), (RRN, r1), (PH, p1), (PER, n1)],
)

n1 = "Grace Han"
e1 = "grace.han@hanbitfuneral.co.kr"
p1, p2 = land("02"), mob()
add(
    "en",
    P,
    lines(
        "Translate this e-mail signature block into Korean, keep the layout.",
        "--",
        f"{n1}",
        "International Family Liaison | Hanbit Funeral Services",
        f"T {p1} | M {p2}",
        f"{e1}",
    ),
    [(PER, n1), (PH, p1), (PH, p2), (MAIL, e1)],
)

n1, n2, n3 = "Tomasz Nowak", "Amara Okonkwo", "Lucía Ferrer"
e1, e2, e3 = "t.nowak@odihr-mission.org", "amara.o@odihr-mission.org", "lferrer@odihr-mission.org"
p1, p2, p3 = mob(), mob(), mob()
add(
    "en",
    P,
    lines(
        "International observer accreditation list for the NEC — sort by surname please",
        "name,email,local_mobile,team",
        f"{n1},{e1},{p1},Seoul-2",
        f"{n2},{e2},{p2},Busan-1",
        f"{n3},{e3},{p3},Seoul-1",
    ),
    [(PER, n1), (MAIL, e1), (PH, p1), (PER, n2), (MAIL, e2), (PH, p2), (PER, n3), (MAIL, e3), (PH, p3)],
)

i1, i2 = pub_ip(), v6()
e1, e2 = "jw.park@snu.ac.kr", "h.nakamura@keio.jp"
add(
    "en",
    P,
    lines(
        "EZproxy log from the public library's e-resources gateway. Are these two accounts being shared?",
        f'{i1} - {e1} [03/Jun/2024:22:41:10 +0900] "GET https://www.jstor.org/stable/4123311 HTTP/1.1" 200',
        f'{i2} - {e1} [03/Jun/2024:22:41:55 +0900] "GET https://www.jstor.org/stable/4123318 HTTP/1.1" 200',
        f'{i1} - {e2} [03/Jun/2024:22:43:02 +0900] "GET https://muse.jhu.edu/article/70212 HTTP/1.1" 200',
    ),
    [(IP, i1), (MAIL, e1), (IP, i2), (MAIL, e1), (IP, i1), (MAIL, e2)],
)

n1, n2 = "Maricel Santos", "Park Young-ja"
a1 = ar("780221", 6)
p1 = mob()
add(
    "en",
    P,
    lines(
        "Dear ward manager,",
        f"Our caregiver {n1} (ARC {a1}) will take over the night shift for patient {n2} in room 508 from Monday.",
        f"Ms. Santos can be reached at {p1}. Please add her to the ward visitor list.",
        "— Haneul Care Agency",
        "(Please check this is polite enough.)",
    ),
    [(PER, n1), (ARN, a1), (PER, n2), (PER, "Santos"), (PH, p1)],
)

n1, n2 = "Robert Hayes", "Susan Hayes"
k1 = acct("신한")
p1 = mob()
add(
    "en",
    P,
    lines(
        "Funeral notice for an American family — check the English",
        f"It is with deep sorrow that we announce the passing of {n1}.",
        "The wake is held at Seoul National University Hospital Funeral Hall, Room 7.",
        f"Contact: {n2} ({p1}). For condolence gifts: Shinhan Bank {k1} (Susan Hayes).",
    ),
    [(PER, n1), (PER, n2), (PH, p1), (ACC, k1), (PER, "Susan Hayes")],
)

n1 = "Wei Lin"
a1 = ar("020815", 8)
e1 = "weilin.exchange@yonsei.ac.kr"
a2 = "Room 312, 50 Yonsei-ro, Seodaemun-gu, Seoul 03722"
add(
    "en",
    P,
    lines(
        "Library card application (exchange student). Is an ARC enough as ID?",
        f"Applicant: {n1}",
        f"ARC: {a1}",
        f"Email: {e1}",
        f"Address: {a2}",
    ),
    [(PER, n1), (ARN, a1), (MAIL, e1), (LOC, a2)],
)

n1 = "Sanjay Thapa"
a1 = ar("940117", 5)
b1 = bz()
cr1 = cr("134111")
p1 = mob()
add(
    "en",
    P,
    lines(
        "Legal aid intake (English) — classify the case",
        f"Client: {n1}, Nepal, E-9 visa, ARC {a1}, phone {p1}",
        f"Employer: Daesung Agro Co., Ltd. (business reg. no. {b1}, corporate reg. no. {cr1}), pig farm in Icheon",
        f"Issue: {n1} was injured (left hand) and dismissed; employer refuses to report the accident.",
    ),
    [(PER, n1), (ARN, a1), (PH, p1), (BRN, b1), (CRN, cr1), (PER, n1)],
)

n1, n2 = "Nadia Petrova", "Mr. Oh"
a1 = ar("890530", 6)
a2 = "Unit 1502, 88, Songdo-daero, Yeonsu-gu, Incheon 21984"
add(
    "en",
    P,
    lines(
        "Inquiry to the HUG English desk — answer in simple English",
        f"I am {n1} (ARC {a1}). My jeonse contract ends in July for {a2}.",
        "The landlord, Mr. Oh, says he cannot return the deposit until a new tenant comes.",
        "Is my deposit guaranteed? I bought the guarantee in 2022.",
    ),
    [(PER, n1), (ARN, a1), (LOC, a2), (PER, "Oh")],
)

n1, n2 = "Jung Hoseok", "Ahn Mirae"
d1 = dl("부산")
p1 = mob()
add(
    "en",
    P,
    lines(
        "Incident report — Gate 2, Busan New Port (draft, improve wording)",
        f"At 02:40 a truck driver, {n1} (Korean licence {d1}), attempted entry with an expired pass.",
        f"Guard {n2} refused entry and called the haulage company. Driver contact: {p1}.",
        f"No further action. {n1} left at 02:55.",
    ),
    [(PER, n1), (DLIC, d1), (PER, n2), (PH, p1), (PER, n1)],
)

n1 = "Pieter de Vries"
e1 = "p.devries@sy-windrose.nl"
p1 = "+870 " + dg(9, "7")
n2 = "Lt. Moon Jae-hyeok"
p2 = mob()
add(
    "en",
    P,
    lines(
        "KCG Jeju — incident log entry (English, for the Dutch embassy)",
        f"Sailing yacht WINDROSE, skipper {n1} ({e1}, sat phone {p1}), reported rudder failure 14 NM SW of Marado.",
        f"Patrol vessel 3012 towed the yacht to Hwasun port. Liaison officer: {n2[4:]}, {p2}.",
    ),
    [(PER, n1), (MAIL, e1), (PH, p1), (PER, "Moon Jae-hyeok"), (PH, p2)],
)

n1 = "Kwon Sehee"
k1 = acct("우체국")
add(
    "en",
    P,
    lines(
        "Incoming wire instructions from a Canadian university — is the beneficiary block correct?",
        f"Beneficiary: {n1}",
        f"Account: {k1}",
        "Bank: Korea Post (SWIFT SHBKKRSE via intermediary) — check SWIFT",
        "Purpose: scholarship stipend",
    ),
    [(PER, n1), (ACC, k1)],
)

e1, e2 = "yj.ahn@kcg.go.kr", "hs.min@kcg.go.kr"
i1, i2 = priv_ip(), priv_ip()
add(
    "en",
    P,
    lines(
        "ConfigMap for the vessel-tracking alert service — why isn't ALERT_TO picked up?",
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: vts-alert",
        "data:",
        f'  ALERT_TO: "{e1},{e2}"',
        f'  AIS_FEED_HOST: "{i1}"',
        f'  AIS_BACKUP_HOST: "{i2}"',
    ),
    [(MAIL, e1), (MAIL, e2), (IP, i1), (IP, i2)],
)

n1 = "Fatima Al-Sayed"
a1 = ar("850923", 6)
h1 = hi()
add(
    "en",
    P,
    lines(
        "Discharge summary (English) — shorten for the patient's employer",
        f"Patient: {n1}   ARC: {a1}   NHIS No.: {h1}",
        "Admitted 2024-02-11 with community-acquired pneumonia; treated with IV antibiotics; discharged 2024-02-17.",
        "Fit to return to light duties from 2024-02-26.",
    ),
    [(PER, n1), (ARN, a1), (HINS, h1)],
)
# ================================================================ obfuscated (ko)
# 1. Chinese numerals (一二三, not 갖은자) in a notarised translation
n1 = "여춘자"
r1 = rr("530312", 2)
h1 = hanzi(r1).replace("-", "－")
add(
    "ko",
    OB,
    lines(
        "중국 공증처에서 번역한 가족관계 공증서에 주민번호가 한자 숫자로 적혀 있어요. 보훈 유족 등록에 그대로 써도 되나요?",
        f"母亲：{n1}（韩国居民登录号码：{h1}）",
        "※ 공증번호 (2024)沪东证字第 3317号",
    ),
    [(PER, n1), (RRN, h1)],
)

# 2. Sino-Korean Hangul and Chinese numerals mixed (공一공) in a chat to get past a filter
p1 = mob()
mix = "".join((sino(c) if k % 2 == 0 else hanzi(c)) if c.isdigit() else c for k, c in enumerate(p1))
add(
    "ko",
    OB,
    lines(
        "[중고거래 사기 신고 접수 — 피해자가 캡처한 판매자 메시지]",
        f"판매자: 앱 채팅은 필터 걸리니까 이걸로 문자주세요 {mix}",
        "판매자: 입금 확인되면 바로 택배 보냅니다",
        "→ 경찰 제출용 진술 요지 정리",
    ),
    [(PH, mix)],
)

# 3. Monospace mathematical digits in an account number
k1 = acct("우체국")
mk = mapd(k1, MATH_MONO)
add(
    "ko",
    OB,
    lines(
        "고객이 카톡으로 보낸 계좌번호가 복사가 이상하게 돼요. 검색해도 안 잡히고요",
        f"'우체국 {mk} 로 보내주세요 예금주 본인'",
        "이거 일반 숫자로 바꾸는 방법 있나요?",
    ),
    [(ACC, mk)],
)

# 4. Fullwidth and halfwidth digits mixed in one RRN (HWP paste)
n1 = "국정호"
r1 = rr("790101", 1)
hf = half_full(r1, "FHHFFHFHHHFFH")
add(
    "ko",
    OB,
    lines(
        "한글 문서에서 복사한 명부인데 숫자 폭이 제각각이라 엑셀 정렬이 안 돼요",
        f"성 명 ： {n1}",
        f"주민등록번호 ： {hf}",
        "소 속 ： 제2민방위대",
    ),
    [(PER, n1), (RRN, hf)],
)

# 5. Keycap emoji digits
n1 = "윤슬"
p1 = mob()
kc = keycap(p1)
add(
    "ko",
    OB,
    lines(
        "[어린이집 학부모 단톡방]",
        f"{n1}맘: 내일 체험학습 차량 늦으면 제 번호로 연락주세요 {kc}",
        "선생님: 네 어머님 확인했습니다~",
        "→ 단톡 내용에서 연락처 목록 뽑아줘",
    ),
    [(PER, n1), (PH, kc)],
)

# 6. Account number broken by a PDF line wrap (hyphen at the end of the line, newline included in the span)
n1 = "하봉춘"
k1 = acct("국민")
cut = k1.index("-", 7) + 1
wrapped = k1[:cut] + "\n" + k1[cut:]
add(
    "ko",
    OB,
    lines(
        "결정문 PDF에서 복사했더니 줄이 이렇게 끊겨요. 문장 이어붙여 줘",
        f"3. 피신청인은 신청인 {n1}에게 위 금원을 신청인 명의 계좌(국민은행 {wrapped})로 지급하라.",
    ),
    [(PER, n1), (ACC, wrapped)],
)

# 7. A different punctuation mark between every digit
p1 = mob()
pb = punct_between(p1, ".,/;:'~^_")
add(
    "ko",
    OB,
    lines(
        "배달앱 리뷰 신고 들어온 건. 전화번호 노출 리뷰라 블라인드 대상인지 판단해줘",
        f"★☆☆☆☆ 사장님이 전화를 안 받으세요 직접 연락주실분 {pb} 여기로 (고객센터는 답이 없음)",
    ),
    [(PH, pb)],
)

# 8. Reversed digit string, with the note that it is reversed
n1 = "선재민"
r1 = rr("040921", 3)
rv = r1[::-1]
add(
    "ko",
    OB,
    lines(
        "사회복무요원이 보낸 카톡인데 이대로 복무 시스템에 입력해도 되나요?",
        f"요원 {n1}: 주무관님 제 주민번호 보안상 거꾸로 적어요 {rv}",
        f"요원 {n1}: 뒤에서부터 읽으시면 됩니다",
    ),
    [(PER, n1), (RRN, rv), (PER, n1)],
)

# 9. Every digit shifted by one, the key given in the same message (labelled: decodable from the text alone)
p1 = mob()
sh = plus1(p1)
add(
    "ko",
    OB,
    lines(
        "복권 고액당첨자 상담 예약 메모 (당첨자 요청으로 암호처럼 적음)",
        f"연락처: {sh}  ← 각 자리 숫자에서 1씩 빼서 걸 것 (9는 8, 0은 9)",
        "상담일: 금요일 오후 2시, 동행 1명",
    ),
    [(PH, sh)],
)

# 10. HTML numeric entities for the digits of a phone number
p1 = mob()
he = html_dec(p1)
add(
    "ko",
    OB,
    lines(
        "도서관 홈페이지 '담당자 연락처'를 스팸봇 때문에 엔티티로 바꿔 놨는데 화면에 제대로 나오는지 봐줘",
        f'<li>독서동아리 지원 담당: 임 사서 <span class="tel">{he}</span></li>',
    ),
    [(PER, "임"), (PH, he)],
)

# 11. Resident number hidden in a spreadsheet CONCAT formula (span: first digit of the first literal to the last digit of the last)
n1 = "표재석"
r1 = rr("860604", 1)
front, back = r1.split("-")
formula = f'=CONCAT("{front}","-","{back}")'
add(
    "ko",
    OB,
    lines(
        "반환일시금 청구 명단 엑셀 셀 수식이 그대로 보여요. 값으로 바꾸는 법?",
        f"B7: {n1}",
        f"C7: {formula}",
        "D7: 2024-08-30 (출국 예정)",
    ),
    [(PER, n1), (RRN, seg(formula, front, back))],
)

# 12. Account read in native Korean numerals (하나 둘 셋)
n1 = "강옥희"
k1 = acct("신한")
nv = native(k1)
add(
    "ko",
    OB,
    lines(
        "[실업급여 콜 STT — 계좌 변경]",
        f"고객: 이름은 {n1}이고요 계좌 불러드릴게요",
        f"고객: 신한이고 {nv} 이에요",
        "상담사: 네 확인 후 변경 처리하겠습니다",
        "→ 상담내용 요약",
    ),
    [(PER, n1), (ACC, nv)],
)

# 13. Name typed with spaces between the syllables
n1 = "도은결"
sp = between(n1, " ")
p1 = mob()
add(
    "ko",
    OB,
    lines(
        "구급일지 메모 (이름이 개인정보 필터에 걸려서 띄어 씀)",
        f"환자 {sp} (남/34) 자전거 낙차, 좌측 쇄골 통증",
        f"보호자 연락 {p1}",
    ),
    [(PER, sp), (PH, p1)],
)

# 14. Hangul filler U+3164 between the digits of a resident number
n1 = "염광수"
r1 = rr("820717", 1)
fl = between(r1, HF)
add(
    "ko",
    OB,
    lines(
        "민방위 교육 이수자 명단 파일에서 이 행만 검색이 안 됩니다. 왜 그럴까요?",
        f"12\t{n1}\t{fl}\t이수",
    ),
    [(PER, n1), (RRN, fl)],
)

# 15. Struck-through digits (combining long stroke) that still read
n1 = "설미진"
p1 = mob()
st = strike(p1)
add(
    "ko",
    OB,
    lines(
        "[임대주택 입주민 오픈채팅]",
        f"{n1}: 관리소 야간 당직 기사님 번호 공유해요 {st} (취소선 했으니 괜찮겠죠?)",
        "→ 이 채팅 공지로 올려도 되는지 판단해줘",
    ),
    [(PER, n1), (PH, st)],
)

# 16. Name written vertically (OCR of a 위패 / 근조 리본, one syllable per line)
n1 = "천만길"
vt = "\n".join(n1)
add(
    "ko",
    OB,
    lines(
        "위패 사진을 OCR 했더니 세로쓰기라 한 글자씩 줄이 바뀌었어요. 빈소 안내판 문구로 바꿔줘",
        "故",
        vt,
        "之 靈 位",
        "(3호실 · 발인 11월 2일)",
    ),
    [(PER, vt)],
)

# 17. HTML numeric entities for a Korean name
n1, n2 = "박서연", "민태규"
e1 = html_dec(n1)
p2 = mob()
add(
    "ko",
    OB,
    lines(
        "선관위 홈페이지 게시판 원문 HTML인데 작성자 이름이 이상하게 보인대요",
        f'<td class="writer">{e1}</td><td class="title">투표소 장애인 경사로 문의</td>',
        f"<!-- 답변자: {n2} 주무관 / 내선 없으면 {p2} -->",
    ),
    [(PER, e1), (PER, n2), (PH, p2)],
)

# 18. Phone typed with Shift held (US keyboard: 0->), 1->! ...)
p1 = mob()
sf = mapd(p1, SHIFTED)
add(
    "ko",
    OB,
    lines(
        "택배 기사님이 배송앱 메모에 남긴 건데 고객 번호라고 합니다. 무슨 번호예요?",
        f"메모: 부재중. 경비실 맡김. 고객님 번호 {sf} 쉬프트 눌린채로 입력됨 ㅠ",
    ),
    [(PH, sf)],
)

# 19. Driver's licence with its region name, digits in Chinese numerals
n1 = "김영화"
d1 = dl("경기", named=True)
hz = d1.split(" ", 1)[0] + " " + hanzi(d1.split(" ", 1)[1])
add(
    "ko",
    OB,
    lines(
        "항만 출입 신청서 (중국 동포 작업자 자필, 한자 숫자로 기재) — 전산 입력용으로 변환해줘",
        f"성명: {n1}",
        f"운전면허번호: {hz}",
        "차량: 없음",
    ),
    [(PER, n1), (DLIC, hz)],
)

# 20. Resident number spelled digit by digit in Sino-Korean words, in writing
n1 = "맹덕순"
r1 = rr("480505", 2)
f_, b_ = r1.split("-")
sw = f"{sino(f_)} 다시 {sino(b_)}"
add(
    "ko",
    OB,
    lines(
        "[간병인 → 보호자 문자]",
        f"병원 원무과에서 어머님({n1}님) 주민번호 물어봐서요 혹시 맞나요? {sw}",
        "→ 원무과 전달용으로 확인 요청 답장 써줘",
    ),
    [(PER, n1), (RRN, sw)],
)

# 21. Name with an emoji between the syllables
n1 = "구서윤"
em = between(n1, "🌸")
p1 = mob()
add(
    "ko",
    OB,
    lines(
        "[스포츠센터 요가반 단톡 공지]",
        f"이번 달 총무는 {em}님이에요~ 회비 문의는 {p1} 로!",
        "→ 이 공지 홈페이지 게시판용으로 다듬어줘",
    ),
    [(PER, em), (PH, p1)],
)

# 22. Digits read in English words written in Hangul (제로 원 투)
p1 = mob()
kg = konglish(p1)
add(
    "ko",
    OB,
    lines(
        "[배달앱 라이더 음성메모 STT]",
        f"아 고객님이 공동현관 비번 안 알려주셔서요 고객님 번호가 {kg} 맞는지 확인 좀 해주세요",
        "→ 라이더 문의 분류해줘",
    ),
    [(PH, kg)],
)

# ================================================================ obfuscated (mixed)
# 23. JSON \u escapes of a Korean name (ensure_ascii log output)
n1 = "변하린"
ue = u_esc(n1)
p1 = mob()
add(
    "mixed",
    OB,
    lines(
        "배달앱 주문 API 로그에서 고객 이름이 이렇게 찍혀요. 로그 정책상 괜찮은 건가요?",
        '{"ts":"2024-07-02T19:41:07+09:00","level":"INFO","msg":"order.created","customer":{"name":"'
        + ue
        + '","phone":"'
        + p1
        + '"}}',
    ),
    [(PER, ue), (PH, p1)],
)

# 24. Percent-encoded name and e-mail in a HAR query string
n1 = "성나은"
pn = pct(n1)
e1 = "naeun.sung@gmail.com"
pe = pct(e1)
add(
    "mixed",
    OB,
    lines(
        "HUG 보증조회 페이지 HAR에서 GET 요청 URL만 뽑았어요. 개인정보가 URL에 실리는 게 문제인지?",
        f'"url": "https://www.khug.or.kr/api/guarantee/lookup?applicantName={pn}&email={pe}&type=JEONSE"',
    ),
    [(PER, pn), (MAIL, pe)],
)

# 25. Python bytes repr of a UTF-8 name in a gate log
n1 = "탁세영"
pb = pybytes(n1)
ip1 = priv_ip()
add(
    "mixed",
    OB,
    lines(
        "항만 게이트 리더기 로그에서 디코딩 에러가 나요",
        f"2024-05-30 06:02:11 gate-2 {ip1} UnicodeDecodeError while reading holder=b'{pb}' card=HB-22-0931",
        "cp949로 디코딩하는 부분 고쳐줘",
    ),
    [(IP, ip1), (PER, pb)],
)

# 26. Right-to-left override: the digits are stored reversed and display in order (span: the stored digits)
p1 = mob()
stored = p1[::-1]
add(
    "mixed",
    OB,
    lines(
        "슬랙에서 복사한 메시지를 엑셀에 붙이니까 번호가 거꾸로 들어가요",
        f"[10:02] hyejin: 스포츠센터 회원 민원인 번호예요 {RLO}{stored}{PDFC} 콜백 부탁",
        "어떻게 된 거죠?",
    ),
    [(PH, stored)],
)

# 27. Zero-width joiners between the syllables of a name
n1 = "공태린"
zj = between(n1, ZWJ)
r1 = rr("000322", 4)
add(
    "mixed",
    OB,
    lines(
        "JIRA LHAPT-2307 세대원 검색이 안 됨",
        f"Steps: search '{zj}' → 0 results, but DB has the row (rrn {r1}).",
        "Expected: 1 result. 아마 이름에 보이지 않는 문자가 들어간 듯?",
    ),
    [(PER, zj), (RRN, r1)],
)

# 28. Mathematical bold digits in a card number
c1 = cc("53", sep=" ")
bc = mapd(c1, MATH_BOLD)
add(
    "mixed",
    OB,
    lines(
        "캠핑장 예약 슬랙 채널에 손님 카드번호가 올라왔어요 (굵은 글씨 폰트로 변환돼서)",
        f"[14:20] front-desk: guest card {bc} exp 08/27 — 노쇼 위약금 청구용",
        "이거 지워야 하는 거 맞죠? 정책 문구 써줘",
    ),
    [(CARD, bc)],
)

# 29. Base64 in a Kubernetes Secret's data (encoded values labelled on the token)
r1 = rr("940823", 2)
e1 = "yerin.jo@korea.kr"
br, be = b64(r1), b64(e1)
add(
    "mixed",
    OB,
    lines(
        "이 Secret 디코딩 해보면 뭐가 들어있는지 알려줘 (채용 시스템 스테이징)",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: recruit-e2e",
        "type: Opaque",
        "data:",
        f"  E2E_RRN: {br}",
        f"  E2E_MAIL: {be}",
    ),
    [(RRN, br), (MAIL, be)],
)

# 30. Phone split into string pieces joined with & in an Excel formula
n2 = "마하준"
p1 = mob()
a_, b_, c_ = p1.split("-")
fx = f'="{a_}-"&"{b_}"&"-{c_}"'
add(
    "mixed",
    OB,
    lines(
        "보육료 명단 엑셀 D열이 수식이라 필터가 안 먹어요",
        f"A12: {n2}   B12: 햇살반   D12: {fx}",
    ),
    [(PER, n2), (PH, seg(fx, a_, c_))],
)

# 31. E-mail address hyphenated across a PDF line break
n1 = "Choi Yunseo"
e1 = "yunseo.choi.paris@gmail.com"
cut = e1.index(".choi") + 3
wr = e1[:cut] + "-\n" + e1[cut:]
add(
    "mixed",
    OB,
    lines(
        "여권 재발급 신청서(PDF) 텍스트 복사본 — 메일주소가 끊겼어요",
        f"Applicant / 신청인: {n1}",
        f"E-mail / 전자우편: {wr}",
        "Purpose / 사유: 훼손 (damaged)",
    ),
    [(PER, n1), (MAIL, wr)],
)

# 32. Passport number whose letter is Cyrillic М
n1 = "남궁하람"
pp1 = pp("M")
cy = "М" + pp1[1:]
add(
    "mixed",
    OB,
    lines(
        "여권번호 검증 API가 이 값만 INVALID_FORMAT 돌려줘요. 눈으로 보면 멀쩡한데?",
        f'{{"name": "{n1}", "passport_no": "{cy}", "result": "INVALID_FORMAT"}}',
    ),
    [(PER, n1), (PASS, cy)],
)

# ================================================================ obfuscated (en)
# 33. Base32 e-mail in a config file
e1 = "d.okafor.kr@gmail.com"
bb = b32(e1)
add(
    "en",
    OB,
    lines(
        "Found this in the volunteer-portal config. What is it and should it be here?",
        "[notify]",
        f"fallback_recipient_b32 = {bb}",
        "retry = 3",
    ),
    [(MAIL, bb)],
)

# 34. [at] (dot) e-mail
e1 = "sophie.lindqvist [at] outlook (dot) com"
add(
    "en",
    OB,
    lines(
        "Forum post on the library's English Q&A board — should we hide it?",
        f'"Lost my library card near the 3rd floor study room. If found please write to {e1}. Thanks!"',
    ),
    [(MAIL, e1)],
)

# 35. Cyrillic look-alike letters inside an e-mail
e0 = "maria.lopez.seoul@gmail.com"
ec = "".join(CYR.get(c, c) if k in (1, 3, 7, 9) else c for k, c in enumerate(e0))
add(
    "en",
    OB,
    lines(
        "Our e-mail validator accepts this address but mail bounces. Why?",
        f"registrant_email: {ec}",
        "bounce: 550 5.1.1 recipient address rejected",
    ),
    [(MAIL, ec)],
)

# 36. Greek omicron / alpha inside an English name
n0 = "Jonathan Fowler"
ng = n0.replace("o", GREEK["o"], 1).replace("a", GREEK["a"], 1)
p1 = mob()
add(
    "en",
    OB,
    lines(
        "Why doesn't our blocklist match this caregiver agency record? The name is on the list.",
        f"caregiver_name={ng}; phone={p1}; agency=BlueBird Care",
    ),
    [(PER, ng), (PH, p1)],
)

# 37. IPv4-mapped IPv6 address in hex groups
ip1 = pub_ip()
mv = mapped_v6(ip1)
add(
    "en",
    OB,
    lines(
        "Login audit from the recruitment portal — is this an IPv6 attacker?",
        f"2024-03-02T01:14:09Z auth.fail user=admin src={mv} attempts=37",
    ),
    [(IP, mv)],
)

# 38. Defanged IP in a threat report
ip1, ip2 = pub_ip(), pub_ip()
d1, d2 = defang(ip1), defang(ip2)
add(
    "en",
    OB,
    lines(
        "Draft of our incident note for the lottery site DDoS — tidy up the English",
        f"Top sources (defanged): {d1} (41%), {d2} (17%). Both are residential broadband in Gyeonggi.",
    ),
    [(IP, d1), (IP, d2)],
)

# 39. HTML entities in a mailto link
e1 = "h.nakamura.lab@gmail.com"
eh = html_hex(e1)
add(
    "en",
    OB,
    lines(
        "Our CMS turned this contact link into entities. Does it still work?",
        f'<a href="mailto:{eh}">Contact the exchange coordinator</a>',
    ),
    [(MAIL, eh)],
)

# 40. Fullwidth e-mail
n1 = "Diego Alvarado Ruiz"
e1 = "d.alvarado.ruiz@yahoo.com"
fw = fullwidth(e1)
add(
    "en",
    OB,
    lines(
        "Copied from a Japanese-keyboard form, our system rejects it:",
        f"Name: {n1}",
        f"Email: {fw}",
    ),
    [(PER, n1), (MAIL, fw)],
)


# ================================================================ hard negatives: check-digit helpers for non-personal identifiers
def issn(first7: str) -> str:
    s = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


def s10(prefix: str, serial8: str, country: str = "KR") -> str:
    """UPU S10 item identifier (EMS/등기): two letters, eight digits, mod-11 check digit, country code."""
    s = sum(int(c) * w for c, w in zip(serial8, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{prefix}{serial8}{c}{country}"


def imo(first6: str) -> str:
    s = sum(int(c) * w for c, w in zip(first6, range(7, 1, -1), strict=True))
    return f"IMO {first6}{s % 10}"


# ================================================================ hard negatives (ko)
add(
    "ko",
    N,
    lines(
        "택배 분실 민원 답변 초안 다듬어줘",
        f"고객님, 문의하신 소포(등기번호 {fmt('60712NNNNNNNN')})는 5월 14일 13:20 '배달준비' 이후 스캔 기록이 없습니다.",
        f"주문번호 {fmt('2024051NNNNNNNNN')} 건과 함께 손해배상 청구가 접수되었으며, 처리 결과는 영업일 기준 7일 내 안내드립니다.",
        "추가 문의는 우체국 고객센터 1588-1300으로 연락 주시기 바랍니다.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "근로장려금 환수 안내문에 넣을 법령 근거 문장 써줘",
        "근거: 「조세특례제한법」 제100조의3, 제100조의8 제2항, 같은 법 시행령 제100조의2 제1항 및 별표 11의2",
        "「국세기본법」 제47조의4(납부지연가산세), 국세청 고시 제2024-17호",
    ),
    [],
)

b1 = isbn13("978-89-364-3817")
b2 = isbn13("978-89-5464-704")
b3 = isbn13("979-11-6812-223")
add(
    "ko",
    N,
    lines(
        "신착도서 목록 정리 (청구기호 정렬 부탁)",
        f"· 『작은 것들의 신』 ISBN {b1} / 청구기호 843.6-로72ㅈ",
        f"· 『우리가 빛의 속도로 갈 수 없다면』 ISBN {b2} / 청구기호 813.7-김82ㅇ",
        f"· 『도서관의 역사』 ISBN {b3} / 청구기호 020.9-박55ㄷ",
        f"정기간행물: 『도서관문화』 ISSN {issn('1225' + '093')}",
    ),
    [],
)

bar = ean13("880314" + dg(6))
add(
    "ko",
    N,
    lines(
        "지하철 유실물 중 개봉 안 된 상품 목록 (폐기 여부 판단)",
        f"- 생수 2L 묶음 바코드 {bar}",
        f"- 건전지 AA 4입 바코드 {ean13('880' + dg(9))}",
        "- 우산 3개 (바코드 없음)",
        "유통기한 지난 건 폐기, 나머지 기부 — 분류 기준 만들어줘",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "도서관리 시스템 업데이트 공지문 써줘",
        "현재 버전 KOLAS III 3.2.11.204 → 3.2.12.17 (2024.06 정기패치)",
        "DB 스키마 v47 → v48, 반납기 펌웨어 2.0.9-rc3 동시 배포",
        "작업 시간: 6/22(토) 22:00 ~ 6/23(일) 06:00",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "119 신고 접수 통계 로그인데 시간대별로 묶어줘",
        "접수번호 2024071214330 / 접수시각 20240712143305 / epoch 1720762385 / 구급3 출동",
        "접수번호 2024071214519 / 접수시각 20240712145122 / epoch 1720763482 / 펌프1 출동",
        "접수번호 2024071215027 / 접수시각 20240712150244 / epoch 1720764164 / 구급1 출동",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "산불 발생 위치 보고 (지도 표시용 좌표 변환해줘)",
        "발생지: 강원 인제군 기린면 일대 야산",
        "WGS84: 37.93012, 128.31457 / TM(중부원점) X=312045.17, Y=553210.84",
        "피해 면적 약 1.2ha, 진화 헬기 3대(산림 2, 소방 1), 주불 진화 16:40",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "개표결과 파일 무결성 확인 절차 문서로 정리해줘",
        "파일: result_2024_22_gu.csv (1,287,334 bytes)",
        "SHA-256: 9c1e5b7a40f3d2e6b8a7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4",
        "업로드 ID: 3f6c2b1e-8d4a-4c7b-9e2f-0a1b2c3d4e5f",
        "서명 인증서 일련번호: 4A:1F:09:C3:77:2E:B0:5D",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "국민연금 사업장 가입 현황 표 요약해줘 (사업장명은 익명 처리된 자료)",
        f"사업장관리번호 {fmt('NNNNNNNNNN1')} / 업종 제조 / 가입자 47명",
        f"사업장관리번호 {fmt('NNNNNNNNNN1')} / 업종 도소매 / 가입자 12명",
        f"사업장관리번호 {fmt('NNNNNNNNNN2')} / 업종 건설 / 가입자 208명",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "통관 지연 안내 문자 템플릿 검토",
        f"[관세청] 김○○ 고객님, 개인통관고유부호 P{dg(12)} 로 신고된 화물이 검사 대상으로 지정되었습니다.",
        f"화물관리번호 24KEJL{dg(4)}I-0001-001 / 문의 125 (관세청 고객지원센터)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "민원 안내 페이지 하단 연락처 블록 정리해줘",
        "정부민원안내콜센터 110 / 국민건강보험공단 1577-1000 / 국민연금 1355",
        "고용노동부 고객상담센터 1350 / 법률구조공단 132 / 외교부 영사콜센터 1588-4034 (유료)",
        "해양경찰 긴급신고 122 / 산불신고 119 / 정부24 1588-2188",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "방과후강사 지원서 '작성 예시' 페이지 문구 검토",
        "성명: 홍길동 (예시)",
        "주민등록번호: 000000-0000000",
        "휴대전화: 010-0000-0000",
        "이메일: user@example.com",
        "※ 위 예시를 지우고 본인 정보를 입력하세요.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "마스킹 제대로 됐는지 검수해줘 (외부 제출용 명단)",
        "1. 김*수 / 850315-1****** / 010-****-7712 / 신한 110-***-***482",
        "2. 이*영 / 920708-2****** / 010-83**-**05 / 카드 5412-****-****-3318",
        "3. 박** / ******-******* / 비공개",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "현충일 추념식 사회자 멘트 초안 다듬어줘",
        "오늘 우리는 나라를 위해 목숨을 바친 순국선열과 호국영령을 기립니다.",
        "이순신 장군의 '필사즉생'의 정신과, 안중근 의사·유관순 열사의 숭고한 희생을 되새기며,",
        "대통령께서 헌화와 분향을 하시겠습니다. 이어 국가보훈부 장관의 추념사가 있겠습니다.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "지역축제 협찬사 목록 가나다순 정렬",
        "김정문알로에, 정관장, 최가네 김밥, 박가부대, 조아제약, 이천쌀 영농조합, 김해 한림면 농협, 윤선생영어",
        "장소: 박달재 휴게소 앞 광장 / 후원: 신한카드, 한진택배",
    ),
    [],
)

o1 = rr("850312", 1, dash=False)
add(
    "ko",
    N,
    lines(
        "배달앱 주문 취소 건 정리 — 주문번호별로 환불 상태 표 만들어줘",
        f"주문번호 {o1} 환불완료 18,500원 (가게 사정 취소)",
        f"주문번호 {fmt('5513NNNNNNNNN')} 환불대기 23,000원",
        "※ 주문번호는 가맹점코드 6자리+단말기 1자리+일련번호 6자리 체계",
    ),
    [],
)

tr = card("4" + dg(14), (16,), "")
add(
    "ko",
    N,
    lines(
        "국제특송 배송조회 안내 문자 만들어줘",
        f"운송장(추적)번호: {tr}",
        "발송국: 미국 → 인천 통관 → 우체국 인계 예정",
        "조회: 택배사 홈페이지 '배송조회' 메뉴",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "주민센터 소식지 원고 맞춤법 봐줘",
        "올해도 김장 나눔 행사가 열립니다! 이사 오신 분들도 환영합니다.",
        "박수로 봉사자분들을 맞아주시고, 정수기 점검은 행사 전날 마칩니다.",
        "한국인과 외국인 주민 모두 함께하는 자리, 문의는 주민센터로 오세요. 성함은 현장에서 적어주세요.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "법률구조 사건 진행 현황 표로 정리",
        "2024가단512347 (서울중앙지법) 대여금 — 1차 변론 7/10",
        "2024카합20931 (수원지법) 가압류 — 인용",
        "접수번호 2024-서울-018822 / 구조결정 2024-구-4471",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "렌터카 반납 점검표 옮겨 적었어요. 누락 항목 체크",
        "차량번호 38하4172 / 차대번호 KMHL341DBPA219054 / 주행 41,220km",
        "연료 7/8, 외관 스크래치 없음, 블랙박스 SD 정상",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "요양급여 청구 반송 사유 정리 (기관용 안내)",
        "요양기관기호 31201234 / 청구번호 2405-00081 / 명세서 12건",
        "반송 사유: 보험코드 645301220(약제) 상한금액 초과, 행위코드 AA157 중복",
        "장기요양기관 기호 21168000153 (방문요양) 연계 청구 확인 필요",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "해양사고 선박 정보 영문 보고서로 변환해줘",
        f"선명: 제7해성호 / {imo('912874')} / MMSI 440{dg(6)} / 총톤수 29톤",
        "사고: 기관 고장 표류, 예인 완료 (승선원 전원 무사)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "수입신고 보정 요청 건 요약",
        f"수입신고번호 {dg(5, '1234')}-24-{dg(6)}U / 품목번호(HS) 2106.90-9099 / 세율 8%",
        "보정 사유: 원산지 표시 누락, 과세가격 USD 1,240.00",
        "관할: 인천공항세관 특송통관과",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "회의록 정리 (청년월세 지원 TF 2차)",
        "참석: 주거복지과장, 팀장, 주무관 2명, 외부 자문위원 1명",
        "안건 1. 신청 서류 간소화 — 부모 소득 서류 생략 범위",
        "안건 2. 지급 시기 — 매월 25일 일괄 지급",
        "결정: 8월 공고, 9월 접수 개시",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "복권 당첨결과 게시 문구 다듬어줘",
        "제1131회 당첨번호: 1, 7, 15, 23, 38, 44 + 보너스 12",
        "1등 9명 (각 2,874,311,042원) / 2등 71명 / 자동 6, 수동 3",
        "1등 배출점: 판매점코드 11680-0042, 41131-0193",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "개인정보 교육 자료 한 장 요약해줘",
        "주민등록번호는 YYMMDD-GNNNNNN 형식이며, 뒷자리 첫 숫자(G)는 성별과 출생 세기를 나타낸다.",
        "2020년 10월 이후 부여분은 뒷자리 2~7번째가 임의번호로 바뀌어 지역 정보가 사라졌다.",
        "외국인등록번호는 G가 5~8이다. 전화번호는 010-XXXX-XXXX로 표기한다.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "필기시험 응시자 고사실 배정 현황 집계해줘",
        "응시번호 71020334~71020363 → 제3고사실 (30명)",
        "응시번호 71020364~71020393 → 제4고사실 (30명)",
        "시험장 코드 SE-11-027, 결시자 4명",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "산불감시 CCTV 장비 현황 — 업데이트 필요한 것만 골라줘",
        "카메라 #12 펌웨어 10.2.31.7 (최신 10.2.40.1)",
        "카메라 #15 펌웨어 10.2.40.1",
        "NVR 모델 DS-9632NI-M8, 펌웨어 4.62.210",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "보육료 지원 대상 연령 기준 표 만들어줘",
        "0세반: 230101-231231 출생아",
        "1세반: 220101-221231 출생아",
        "만3세(누리): 200101-201231 출생아",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "견적서 목록 — 견적번호로 중복 제출 찾기",
        f"견적번호 110-{dg(3)}-{dg(6)} / (주)한빛조경 / 산불감시초소 보수 / 4,200,000원",
        f"견적번호 110-{dg(3)}-{dg(6)} / 대성건설 / 산불감시초소 보수 / 4,380,000원",
        "※ 견적번호 앞 3자리는 발주부서 코드(110 = 산림재해과)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "민방위 대피시설 목록 지도 표시용으로 정리",
        "시설번호 S11-680-0123 / 지하 2층 주차장 / 수용 1,240명",
        "시설번호 S11-680-0127 / 지하철 역사 / 수용 3,800명",
        "시설번호 S11-680-0131 / 공공청사 지하 / 수용 610명",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "어린이집 현황 공공데이터 컬럼 설명 써줘",
        "시설코드 11680000123 | 인가일 2014-03-01 | 정원 49 | 현원 44 | 유형 국공립",
        "시설코드 11680000417 | 인가일 2019-09-01 | 정원 20 | 현원 18 | 유형 가정",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "상담 메모에 초성만 남겼는데 이걸로 누군지 알 수 있을까 걱정돼요. 문장 다듬어줘",
        "ㄱㅁㅅ 고객 — 실업인정일 변경 요청, 다음 주 화요일로",
        "ㅎㅈㅇ 고객 — 조기재취업수당 문의",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "연령대별 실업급여 신규 신청자 (4월) 차트용 데이터",
        "20대 21,304 / 30대 24,118 / 40대 22,907 / 50대 27,665 / 60대 이상 31,402",
        "전년 동월 대비 +3.2%, 지급액 1조 1,027억원",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "유실물 습득 장소 통계 정리",
        "2호선 3412편성 7호차 3건 / 5호선 5221편성 2호차 1건 / 9호선 급행 9105편성 5호차 2건",
        "습득 시각 대부분 출근 시간대 (07:30~09:00)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "여권 안내 FAQ 답변 써줘",
        "Q. 여권번호 형식이 바뀌었나요?",
        "A. 2021년 12월 이후 발급된 차세대 전자여권은 'M000A0000' 형식(영문 1자 + 숫자 3자 + 영문 1자 + 숫자 4자)이고,",
        "   이전 여권은 'M00000000' 형식입니다. 구여권은 유효기간까지 사용 가능합니다.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "병역판정검사 일정표 정리",
        "대구경북병무지청 제1검사장: 3/4~3/29, 1일 220명, 검사 코드 D-11",
        "신체등급 1~3급 현역, 4급 보충역(사회복무요원), 5급 전시근로역",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "개표 현황 집계표 합계 맞는지 검산해줘",
        "선거구 코드 2211203 / 투표소 코드 1101-0032 / 선거인수 12,418 / 투표수 8,907",
        "후보 기호1 4,120 / 기호2 3,985 / 무효 102 / 기권 3,511",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "구급차 무전 교신 규칙 정리",
        "호출부호: 인제구급1, 인제구급2 / 채널: 소방 공통 CH 3 (주파수 비공개)",
        "병원 선정 시 상황실 경유, 도착 예정 시간은 '분' 단위로 보고",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "캠핑장 예약 현황 요약",
        "CAMP-20240815-0031 A-14 2박 전기사용 / CAMP-20240815-0032 B-02 1박",
        "취소 대기 7건, 우천 예보로 8/16 취소율 상승 예상",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "스포츠센터 락커 배정 엑셀 정리",
        "회원번호 20240311 → 락커 A-112 / 회원번호 20240317 → 락커 A-113",
        "회원번호 20240402 → 락커 B-007 (비밀번호 초기값 0000)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "근로장려금 지급 통계 보도자료 초안 다듬어줘",
        "2024년 정기분 근로장려금 291만 가구에 총 4조 9,710억원 지급 (가구당 평균 171만원)",
        "단독가구 176만, 홑벌이 75만, 맞벌이 40만 가구",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "사내 공지 오탈자 봐줘",
        "다음 주 월요일 정기 이사회 개최 — 안건: 조직 개편, 임원 보수 한도",
        "신임 이사 선임 건은 차기 회의로 연기. 장소 본관 대회의실, 정시 시작.",
        "주차는 지하 2층, 방문증은 안내데스크에서 수령.",
    ),
    [],
)

# ================================================================ hard negatives (en)
add(
    "en",
    N,
    lines(
        "QA checklist for the campsite payment page — are these the right sandbox cards?",
        "Visa success: 4111 1111 1111 1111 (any future expiry, CVC 123)",
        "Visa 3DS: 4000 0000 0000 3220",
        "Mastercard decline: 5555 5555 5555 4444 with amount ending .02",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Polish this API docs example for the library membership endpoint:",
        "POST /v1/members",
        '{"name": "John Doe", "email": "user@example.com", "address": "123 Main St, Anytown", "phone": "(555) 555-0123"}',
        "Response: 201 Created with a member_id.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Deployment note for the election results portal — make it more concise",
        "Release 2024.04.10-2 deployed from commit 7c3e9a1f2b4d6e8f0a1b3c5d7e9f1a2b3c4d5e6f.",
        "Artifact sha256: 5f2b9c0e1d3a4b6c8e7f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d.",
        "Trace id 0af7651916cd43dd8448eb211c80319c; rollback tag r2024.04.09-1.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Reading list for the port-security training course (format as APA):",
        f"- Maritime Security: A Practical Guide, ISBN {isbn13('978-0-12-803672')}",
        f"- Port Management and Operations, ISBN {isbn13('978-1-138-64392')}",
        f"- Journal of Transportation Security, ISSN {issn('1938775')}",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Changelog for the lottery draw app — summarize for management",
        "v1.24.3.110: fixed rounding in prize split",
        "v1.24.4.2: new RNG audit export; schema 7.1.0; min Android API 26",
        "Build 240611.1402 signed with cert serial 0x5A3C19",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Tour script for foreign visitors at Gwanghwamun — check the English",
        "Here stands Admiral Yi Sun-sin, who defeated the Japanese navy in 1592, and behind him King Sejong,",
        "who created Hangul in 1443. Abraham Lincoln once said democracy is government of, by and for the people;",
        "the President of Korea addresses the nation from near here on Liberation Day.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Firewall runbook excerpt — rewrite in plain language",
        "Allow 10.0.0.0/8 and 172.16.0.0/12 internally; deny all else.",
        "Examples in this document use 192.0.2.10, 198.51.100.7 and 203.0.113.25 (documentation ranges).",
        "Health checks bind to 127.0.0.1:8080 and 0.0.0.0:9100.",
    ),
    [],
)

ord16 = card("6" + dg(14), (16,), "")
add(
    "en",
    N,
    lines(
        "Customer asked where their EMS parcel is. Explain the tracking numbers in simple English:",
        f"Korea Post EMS: {s10('EE', dg(8))}",
        "UPS (US leg): 1Z999AA10123456784",
        f"Marketplace order no.: {ord16} (16 digits, not a card number)",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Is this masking good enough for the external audit sample?",
        "SSN ***-**-6789 | card ending 4821 | email j***@g***.com | phone +82-10-****-**31",
        "RRN 880101-2****** | name: K. (redacted)",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Sponsor list for the international sports festival — alphabetize",
        "Johnson & Johnson, Morgan Stanley, Hyundai Motor, Kia, Lotte, Samsung, Ford Foundation,",
        "Wells Fargo, Paul Hastings LLP, Philip Morris International (declined)",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Add citations to this privacy FAQ answer:",
        "Under Article 24 of the Personal Information Protection Act, resident registration numbers may be",
        "processed only when a statute requires it (see also Art. 17 GDPR; 42 U.S.C. § 1983 is unrelated).",
        "Effective date: 2023-09-15T00:00:00+09:00.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Movie-night flyer for the international residents' library club — fix the grammar",
        "Call (555) 555-0199 in the film to reach the fictional detective!",
        "Screening at the Anytown Public Library set replica, 7 pm, 3rd floor. Free popcorn.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Why do these requests take 3 s? (sanitized access log)",
        "req_id=8f14e45f-ceea-467a-9575-5c7e2f3a1b90 ts=1717400012 dur_ms=3120 port=8443 status=200",
        "req_id=c9f0f895-fb98-4b91-99f5-1c6b7a0d8e21 ts=1717400015 dur_ms=2987 port=8443 status=200",
        "session=0x7FA3C2D1 pool=4/16 gc_pause_ms=2810",
    ),
    [],
)

# ================================================================ hard negatives (mixed)
add(
    "mixed",
    N,
    lines(
        "주민번호·전화번호 마스킹 함수 테스트 케이스 더 만들어줘",
        "```python",
        'RRN = re.compile(r"(\\d{6})-(\\d)\\d{6}")',
        'def mask(s): return RRN.sub(r"\\1-\\2******", s)',
        'assert mask("000000-0000000") == "000000-0******"',
        'assert mask("010-0000-0000") == "010-0000-0000"',
        "```",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "이 DDL에 컬럼 코멘트 한글로 달아줘",
        "CREATE TABLE applicant (",
        "  id BIGINT PRIMARY KEY,",
        "  name VARCHAR(50) NOT NULL,      -- 성명",
        "  rrn_enc VARBINARY(256),          -- 주민등록번호(암호화)",
        "  mobile CHAR(13),                 -- 010-XXXX-XXXX",
        "  zipcode CHAR(5)",
        ");",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "이 설정 파일 공개 저장소에 올려도 되는지 봐줘",
        "```json",
        '{"env": "local", "db": "postgres://app:app@127.0.0.1:5432/dev", "admin": "admin@example.com",',
        ' "tenant": "6f1d9a20-3c4b-4e8a-9b2f-7d6e5c4b3a21", "nps_workplace_id": "'
        + fmt("NNNNNNNNNN1")
        + '", "timeout_ms": 3000}',
        "```",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "EMS 반송 건 영문 안내 써줘",
        f"EMS {s10('EE', dg(8))} / Return to sender: address unknown (수취인 불명)",
        f"등기 {s10('RR', dg(8))} 동봉 서류 반환, 재발송 요금 USD 18.50",
    ),
    [],
)


# ---------------------------------------------------------------- build, self-check, main
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "sixteenth")


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
    for n, (row, case) in enumerate(zip(rows, CASES, strict=True)):
        text = str(row["text"])
        labels = case[3]
        for s in row["spans"]:  # type: ignore[attr-defined]
            cov = text[s["start"] : s["end"]]
            assert cov and cov == cov.strip(), (row["id"], cov)
            assert cov.rstrip(".,;:)]>\"'") == cov or s["entity"] == LOC or cov.startswith("&#"), (row["id"], cov)
            assert cov.lstrip(".,;:[<\"'") == cov or cov.startswith("::ffff:"), (row["id"], cov)
            assert cov[0] != "(" or s["entity"] == PH, (row["id"], cov)
            if s["entity"] in (RRN, ARN) and row["kind"] == "positive":
                d = digits(cov)
                assert len(d) == 13, (row["id"], cov)
                if s["entity"] == RRN and not (d[6] in "34" and d[:2] in ("20", "21", "22", "23", "24", "25")):
                    assert rrn_check(d[:12]) == int(d[12]), (row["id"], cov)
            if s["entity"] == CARD and row["kind"] == "positive":
                assert luhn_ok(cov), (row["id"], cov)
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
    write_heldout(Path(__file__).with_name("heldout_sixteenth.jsonl"), rows)


if __name__ == "__main__":
    main()
