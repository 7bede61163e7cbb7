# ruff: noqa: E501
"""Fourteenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases). Read: check_digits.py, spans.py and jsonl.py in full;
of heldout_thirteenth.py only its module docstring, its imports and constants, its value makers and disguise helpers
(dg ... mob_nz) and build()/main(), whose schema and conventions this file copies. Printing the helper range also
showed the first lines after it: the heading comment of its first case ("positives: 조달청 나라장터") and that case's
opening assignment of made-up values; nothing else of its case lists was seen. `ls tests/detectors/corpus/` and
`grep -l` over tests/ and bench/ for the generators' names returned file names only (no test or bench file names a
held-out generator). `git log --oneline -5` showed five commit subjects, one of which mentions that table headers
use the engine's keyword index; nothing was done with it. (`git status --short` listed the names, not the
contents, of files other agents are changing under detectors/ and tests/detectors/.) The evaluation script and the
detectors were neither read nor run against these cases; nothing here was tuned to the engine. Values are made up with a fresh seed; resident,
alien, business and corporate numbers and card numbers carry real check digits (check_digits.py); ISBN, ISSN,
EAN-13, ISO 6346 container numbers, UPU S10 item numbers and IMEIs among the hard negatives carry theirs too.
Post-October-2020 resident numbers (random last digit that fails the old checksum) appear for children born since
then (어린이집 입소대기·원아명부·예방접종, 실종아동, 긴급복지 가구원), carried by context.

New domains: 병무청 (병역판정검사 연기, 사회복무요원 배정, 입영통지서 재발송, 국외이주 병역연기, 직장 예비군),
국민연금 (노령연금 청구, 외국인 반환일시금, 추후납부, 사업장 자격취득신고, 분할연금, 상담 STT), 고용센터 실업급여
(이직확인서, 구직활동 인정, 부정수급 조사 회의록, 계좌 변경, 조기재취업수당 배치, 팀 주간회의), 출입국 체류연장
(F-6·D-2·E-9 연장, 사업장 변경, 하이코리아 예약, 외국인등록증 OCR), 119 신고 (신고 STT, 문자신고, 통역 3자 통화,
병원 인계, 문 개방 출동), 학교 행정실 (방과후 강사 계약, 급식비 환불, 비상연락망, 체육관 대관, 교육공무직 4대보험,
전학생 서류), 법원 등기 (법인설립·임원변경 등기, 소유권이전등기, 전자소송, 외국계 자회사 서신), 군 인사 (전역예정
간부 취업지원, 인사기록카드 OCR, 관사 배정, 장병내일준비적금), 세관 통관 (특송 통관 보류, 여행자 휴대품, 관세 환급,
관세사 메일 서명, 해외직구 이의), 어린이집 (입소대기, 아이행복카드 보육료, 원아명부, 교사 채용, 차량 운행 일지),
보훈 (유족 등록, 위탁병원, 참전유공자 명예수당, 보훈급여 계좌 SQL), 지하철 유실물 (습득 지갑, 분실자 연락, 영문
문의, 카톡 상담, 습득 휴대폰), 선거관리 (투표사무원 위촉, 선거비용 보전, 사전투표 참관인, 내부망 IPS, 개표·투표율),
국책은행·정책금융 (기업은행 시설자금, 산업은행 이관 쿼리, 주택금융공사 보금자리론, 수출입은행 영문 서신, 서민금융
햇살론 STT, 신용보증기금), 경찰 (교통사고 사실확인원, 112 처리결과, 실종아동, 중고거래 사기 수사보고서, 외국인
피해 진술, 보이스피싱·불법대출 광고), 지자체 복지 (기초연금, 긴급복지, 에너지바우처, 활동지원사, 한부모 양육비,
청년월세, 인감 위임장, 다문화 통번역), 건강보험 (피부양자, 지역보험료 조정, 외국인 체납, 장기요양 신청), 근로복지공단
산재, 우정사업본부 (예금 압류 해제, 등기소포 분실, EMS 추적), LH 국민임대, 공익직불금, 해경 선박 출입항, 산불감시원,
교원 연수, 공공도서관, 예술인 창작준비금, 국립공원 대피소, 전기차 보조금, 가계동향조사, 국외출장 여비, 법률구조,
공무원연금, 결핵 역학조사, 소상공인 정책자금·폐업지원, 국립대 입학처, 지방공무원 채용, 여권 재발급·자동출입국심사,
운전면허 적성검사, HUG 전세보증, 금융민원, KTX 환불, 국민신문고 이송, KOICA 워크숍, 해외 컨설턴트 계약, DS-160,
일본 부처 협업. Formats: CSV/TSV pastes, psql result grids, SQL INSERT/UPDATE, Oracle/Postgres errors, JSON logs
and API responses, Kafka messages, Python dicts and REPL output, Spring properties, Alertmanager YAML, LDIF, nginx
and sshd logs, IPS alerts, raw e-mail headers, e-mail signatures, meeting minutes, KakaoTalk/chatbot transcripts,
call-centre and 119 STT, OCR'd ID cards and forms, HWP/markdown/box-drawing tables, HTML exports and form source.

Labelling decisions: the ninth to thirteenth sets' rules (copied from heldout_thirteenth.py's docstring) apply
unchanged. In particular: PERSON is the name only, every mention (surname-only and given-name-only ones included),
not names inside e-mail local parts, not placeholders, masked names or public/historical figures, not handles;
LOCATION runs from the first administrative unit through the building number plus directly following unit detail
(a comma before 동/호/층 included, a trailing parenthetical not), English-order addresses from the unit/street
number through the postcode without the country; 15xx/16xx/18xx representative numbers and short service numbers
are not PHONE_NUMBER, but a number with a full area code is, whoever answers it; masked values, CIDR blocks,
loopback/unspecified and documentation IPs are not labelled, private host IPs are; foreign passport numbers, UK sort
codes, SWIFT/BIC codes, 군번, 수험번호, 선원수첩 번호, 조사구 번호, 개인통관고유부호, 수입신고번호, B/L and container
numbers, 사건번호, 공탁번호, 민원 접수번호, 분실물 관리번호, 현금영수증·세금계산서 승인번호 and 차대번호 are never labelled;
the 국세청 designated code 010-000-1234 is a hard negative; a driver's licence written with the region name is one
span including it; obfuscated values are one span from the first to the last character of the disguised value, and
encoded values are labelled with the entity they encode on the encoded token.
Added or made explicit for this set:
- Representative numbers and placeholders: public institutions' 1355, 1350, 1345, 110, 120, 125, 112, 119 and
  1588-/1577- numbers are hard negatives when they stand alone; office extensions (내선 4321) and video-meeting IDs
  are never labelled. Placeholders are never labelled: 홍길동, 000000-0000000, 010-0000-0000, user@example.com,
  John Doe / john.doe@example.com, (555) 555-01xx, "123 Main St, Anytown", the 4111 1111 1111 1111 test card, and
  format templates written with zeros (000-00-00000, 00-000000).
- 보훈번호, 사회복무 복무기관코드, 등기부 고유번호, 등기신청사건번호, 보육교사 자격증 번호, 수출신고번호, 상품권 PIN,
  정부24 신청번호, 국민신문고·새올 접수번호, 승차권 번호, EMS/등기 번호 (S10), IMEI (Luhn-valid, still not a card),
  ISBN/ISSN/DOI, EAN-13 barcodes (880...), 13-digit order numbers starting with a date, 법정동코드·도로명코드, 종목코드
  and ISIN, Korean bank codes, CAS numbers, 품목허가번호, device serials and MAC addresses, Jira keys, SHA/commit
  hashes, OIDs and four-part version numbers are never labelled.
- A surname and given names in separate form fields (DS-160 "Surname: JEON / Given names: SEUNGHO") are two PERSON
  spans. A Mongolian/Vietnamese name and its Hangul transcription are separate PERSON spans; a Japanese name in kanji
  is PERSON as written.
- A hotel's or government complex's name before an English-order address stays outside the LOCATION; a room/flat
  number written before the street number is inside.
- Markup splitting a value (HTML <td> cells, markdown `code`/**bold** around some of its groups, HWP table borders
  between groups): one span from the first character of the value to the last, markup between included; a tag or
  marker that opens before the first character or closes after the last stays outside even when it wraps only one
  group.
- A value in a URL query string is labelled on its (percent-encoded) token: a name as %EB%B0%A9..., a resident
  number with %2D, an e-mail with %40; the parameter name and "=" stay outside.
- A JSON body serialised with ensure_ascii (\\uXXXX for Hangul, digits and punctuation as they are) is labelled on
  the escaped run of each value; an RFC 2047 encoded-word display name (=?UTF-8?B?...?=) is PERSON on the whole
  encoded-word; a Python bytes repr (b'\\xea\\xb3...') is PERSON on the \\x run inside the quotes.
- Look-alike letters for digits (O 0, l 1, S 5, Z 2, B 8), Cyrillic homoglyphs inside an e-mail, full-width digits,
  emoji keycaps, mathematical double-struck digits, negative-circled dingbat digits, and a phone number mixing Hangul,
  Hanja and Arabic digits: one span over the disguised token.
- Speech with fillers between a number's groups ("공일공에 어… 이팔삼일에 그 ...") is one span from the first to the
  last number word; "다시" read for a dash is inside.
- A value whose parts sit in different sentences (front and back of a resident number; an e-mail's local part and
  "골뱅이 뒤는" domain) is one span from the first character of the first part to the last of the second.
- Zero-width spaces and a line break inside a value are inside the span; Excel CONCATENATE pieces run from the
  opening quote of the first piece to the closing quote of the last.
- A passport read over the phone and written lower-case with spaces ("m 0 9 8 k 2 3 5 3") is one KR_PASSPORT span.
- "name [at] domain [dot] go [dot] kr" is one EMAIL_ADDRESS span; an IPv4 stored as one integer (inet_aton) with a
  note saying so is IP_ADDRESS on the integer; a resident number in a base64 cookie value is KR_RRN on the base64
  token; HTML hexadecimal character references (&#x30;...) are KR_RRN on the whole run.
- GPS and TM (EPSG:5186) coordinates, statute and 고시 citations, case numbers, budget amounts, election counts and
  turnout percentages are hard negatives.

Obfuscation kinds used: STT with fillers, value split over sentences, OCR look-alike letters, Cyrillic homoglyphs,
English number words ("oh one oh"), reversed resident number, digit-by-digit spacing, full-width digits (Japanese
IME), emoji keycaps, markdown pieces, HTML table cells, URL query string percent-encoding, JSON \\u escapes, base64
cookie, RFC 2047 encoded-word, Python bytes repr, mixed Hangul/Hanja/Arabic digits, Sino-Korean account with 다시,
zero-width spaces, HWP table cell borders, Excel CONCATENATE, line break inside a value (OCR), [at]/[dot], integer
IP, mathematical double-struck digits, dingbat digits, e-mail split over sentences, lower-case spaced passport,
Sino-Korean 건강보험증 번호 in STT, full-width business number, alien registration number wrapped over two OCR lines,
HTML hexadecimal character references.
"""

from __future__ import annotations

import base64
import json
import random
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

random.seed(14_2026_1124_3071)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers
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
    "산업": "020-NNNN-NNNN-NNN",
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


# ---------------------------------------------------------------- disguises
FW = str.maketrans("0123456789-.@", "０１２３４５６７８９－．＠")
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
HANJA = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
EN_WORD = dict(
    zip("0123456789", ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True)
)
SUB = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True))
DOUBLE = dict(zip("0123456789", [chr(0x1D7D8 + i) for i in range(10)], strict=True))
DINGBAT = dict(zip("0123456789", ["⓿", "➊", "➋", "➌", "➍", "➎", "➏", "➐", "➑", "➒"], strict=True))
PAREN = dict(zip("123456789", "⑴⑵⑶⑷⑸⑹⑺⑻⑼", strict=True))
LOOK = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
ZW, NBSP = "\u200b", "\u00a0"


def fw(s: str) -> str:
    return s.translate(FW)


def mapd(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def sino(s: str) -> str:
    return "".join(SINO.get(c, c) for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pct(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def uesc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def keycap(s: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def js(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def seg(text: str, first: str, last: str) -> str:
    """The stretch of `text` from the first occurrence of `first` to the end of the next `last` after it."""
    i = text.index(first)
    j = text.index(last, i + len(first)) + len(last)
    return text[i:j]


def mime_b(s: str) -> str:
    """An RFC 2047 encoded-word, as a raw e-mail header carries a Korean display name."""
    return f"=?UTF-8?B?{b64(s)}?="


def iso6346(owner_serial: str) -> str:
    """A container number (4 letters + 6 digits) with its ISO 6346 check digit."""
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    total = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner_serial))
    return owner_serial + str(total % 11 % 10)


def issn(first7: str) -> str:
    s = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


# ---------------------------------------------------------------- positives: 병무청
n, r, p, p2, e = "석지훈", rr("020517", 3), mob(), mob(), "sjh0517@naver.com"
add(
    "ko",
    P,
    f"""[민원 요약 부탁드립니다]
민원인: {n} ({r})
연락처: {p} / {e}
내용: 미국 어학연수 중이라 2025년 병역판정검사를 연기하고 싶다고 함. 재학증명서는 12/3까지 제출 예정.
지훈 님 본인이 아니라 모친이 대신 전화하셨고 모친 번호는 {p2}임. 답변 초안 3줄로 써줘.""",
    [(PER, n), (RRN, r), (PH, p), (MAIL, e), (PER, "지훈"), (PH, p2)],
)

r1, r2, a1, a2, p1, p2 = (
    rr("990823", 1),
    rr("001109", 3),
    "경기도 안산시 단원구 고잔로 76",
    "인천광역시 부평구 부평대로 283, 1203호",
    mob(),
    mob(),
)
add(
    "ko",
    P,
    f"""사회복무요원 복무기관 배정 명단인데 열 순서 맞춰서 정리해줘 (엑셀 붙여넣기)
복무기관코드,성명,주민등록번호,주소,휴대전화
B-3310,변재민,{r1},"{a1} (고잔동)",{p1}
B-3310,육태오,{r2},"{a2}",{p2}""",
    [(PER, "변재민"), (RRN, r1), (LOC, a1), (PH, p1), (PER, "육태오"), (RRN, r2), (LOC, a2), (PH, p2)],
)

n, r, a, p = "마동현", rr("030211", 3), "대구광역시 수성구 달구벌대로 2431, 104동 1502호", mob()
add(
    "ko",
    P,
    f"""[병무청 챗봇 상담 이관 건]
상담원: 입영통지서 재발송 원하시면 성함과 주민등록번호 말씀해 주세요.
민원인: {n}이고요 {r} 입니다
민원인: 이사해서 주소가 바뀌었어요. {a}로 보내주세요
민원인: 연락은 {p}로 주세요
→ 주소 변경 처리 후 재발송 안내 문구 작성 요청""",
    [(PER, n), (RRN, r), (LOC, a), (PH, p)],
)

ip1, ip2, e = pub_ip(), priv_ip(), "kwon.dh@mma.go.kr"
add(
    "mixed",
    P,
    f"""병무민원포털 로그인 오류 로그인데 원인 좀 봐줘
{js({"ts": "2024-11-21T09:14:22+09:00", "level": "ERROR", "svc": "mma-portal-auth", "client_ip": ip1, "upstream": ip2 + ":8443", "msg": "certificate chain validation failed", "notify": e})}""",
    [(IP, ip1), (IP, ip2), (MAIL, e)],
)

n, pno, a, p, e = (
    "Daniel Seo",
    pp_new(),
    "4127 Linden Ave, Apt 3B, Fort Lee, NJ 07024",
    fmt("(201) MNN-NNNN"),
    "dseo.fortlee@gmail.com",
)
add(
    "en",
    P,
    f"""Please help me reply to this inquiry in plain English.

"Hello, my name is {n} (Korean name 서준혁). I hold Korean passport {pno} and I have lived in the US since age 9.
I would like to apply for the overseas-resident postponement of military service (국외이주 병역연기). My address is
{a}. You can reach me at {p} or {e}. Thank you."
""",
    [(PER, n), (PER, "서준혁"), (PASS, pno), (LOC, a), (PH, p), (MAIL, e)],
)

b, n, p, p2 = bz(), "반도윤", land("055"), mob()
add(
    "ko",
    P,
    f"""직장 예비군 편성 대상 업체 확인 요청
- 업체명: ㈜한빛정밀 (사업자등록번호 {b})
- 예비군 담당: 총무팀 {n} 과장 ({p}, 휴대 {p2})
- 편성 인원 54명, 12월 중 현장 점검 희망
메일 문구 좀 공손하게 다듬어줘""",
    [(BRN, b), (PER, n), (PH, p), (PH, p2)],
)

# ---------------------------------------------------------------- 국민연금
n, r, ac, a = "편서윤", rr("590412", 2), acct("농협"), "전북특별자치도 익산시 무왕로 1142, 3동 201호"
add(
    "ko",
    P,
    f"""노령연금 청구 상담 기록 (한글 표 복사)
| 구분 | 내용 |
|---|---|
| 성명 | {n} |
| 주민등록번호 | {r} |
| 수령계좌 | NH농협 {ac} (본인) |
| 주소 | {a} |
| 특이사항 | 배우자 사망으로 유족연금과 중복 여부 확인 필요 |
위 내용으로 청구서 작성 안내문 만들어줘""",
    [(PER, n), (RRN, r), (ACC, ac), (LOC, a)],
)

n, x, ac, p, e = "Tran Van Minh", ar("880304", 5), acct("우리"), "+84 912 " + fmt("NNN NNN"), "tvminh88@yahoo.com.vn"
add(
    "mixed",
    P,
    f"""반환일시금 신청서 영어로 번역된 거 확인 좀 해줘
Name: {n} / 외국인등록번호: {x}
Departure date: 2024-12-15 (E-9 expired)
Refund account (Korea): Woori Bank {ac}
Contact after departure: {p}, {e}
Passport (Viet Nam): C{dg(7)}""",
    [(PER, n), (ARN, x), (ACC, ac), (PH, p), (MAIL, e)],
)

n, r, p = "정지아", rr("760925", 2), land("063")
add(
    "ko",
    P,
    f"""추후납부 신청 전화 메모 정리
- 신청인 {n}님, 주민번호 {r}
- 2009~2013 경력단절 기간 추납 희망, 60회 분할
- 자택 {p}, 오후 3시 이후 통화 가능
- 지아 씨 본인 요청으로 안내문은 우편 말고 문자로""",
    [(PER, n), (RRN, r), (PH, p), (PER, "지아")],
)

b, r1, r2, r3 = bz(), rr("950117", 1, dash=False), rr("010628", 4, dash=False), rr("870730", 2, dash=False)
add(
    "ko",
    P,
    f"""사업장가입자 자격취득신고 파일(TSV) 검증해줘. 사업자등록번호는 {b} 이야
순번\t성명\t주민등록번호\t취득일\t월소득액
1\t국세린\t{r1}\t2024-11-01\t2,650,000
2\t함지원\t{r2}\t2024-11-01\t2,400,000
3\t엄채윤\t{r3}\t2024-11-11\t3,100,000""",
    [(BRN, b), (PER, "국세린"), (RRN, r1), (PER, "함지원"), (RRN, r2), (PER, "엄채윤"), (RRN, r3)],
)

r, ac, p = rr("640202", 1), acct("국민"), mob()
add(
    "mixed",
    P,
    f"""이 SQL 왜 에러나? ORA-01722 떠
INSERT INTO NPS_CLAIM (CLAIM_ID, NM, RRNO, BANK_CD, ACCT_NO, TEL_NO, ADDR)
VALUES ('C20241124-0031', '계민철', '{r}', '004', '{ac}', '{p}', '강원특별자치도 춘천시 후석로 201');""",
    [(PER, "계민철"), (RRN, r), (ACC, ac), (PH, p), (LOC, "강원특별자치도 춘천시 후석로 201")],
)

r1, r2, p = rr("620815", 1), rr("650301", 2), mob()
add(
    "ko",
    P,
    f"""분할연금 상담 일지
청구인 여승아({r2})는 2019년 이혼, 전 배우자 천시원({r1})의 노령연금 수급 개시로 분할연금 청구.
혼인기간 1991.3~2019.6. 승아 님 연락처 {p}. 천시원 측에는 통지 불필요.
→ 분할 비율 계산식이랑 안내 문구 부탁""",
    [(PER, "여승아"), (RRN, r2), (PER, "천시원"), (RRN, r1), (PER, "승아"), (PH, p), (PER, "천시원")],
)

# ---------------------------------------------------------------- 고용센터 실업급여
b, n, r, p = bz(), "하주완", rr("910506", 1), land("031")
add(
    "ko",
    P,
    f"""이직확인서 내용이 수급자격 요건에 맞는지 봐줘
사업장: 주식회사 동진물류 / 사업자번호 {b} / 인사담당 {p}
피보험자: {n} ({r})
이직사유 코드 23 (경영상 필요에 의한 권고사직), 피보험단위기간 412일
주완 씨는 권고사직 확인서 따로 제출함""",
    [(BRN, b), (PH, p), (PER, n), (RRN, r), (PER, "주완")],
)

n, e, p = "인서현", "hr@sejinfood.co.kr", land("032")
add(
    "ko",
    P,
    f"""구직활동 인정 여부 판단 도와줘
수급자 {n}님이 제출한 구직활동: 11/18 ㈜세진푸드 면접
면접 확인을 위해 회사 인사팀 {e}, {p}로 연락해봤는데 답이 없음.
서현 님께 추가 증빙 요청하는 문자 초안 작성해줘""",
    [(PER, n), (MAIL, e), (PH, p), (PER, "서현")],
)

c, ac, n = cc("5"), acct("신한"), "모은재"
add(
    "ko",
    P,
    f"""부정수급 조사 회의록 (11/22)
- 대상: {n} (수급기간 2024.5~2024.10)
- 쟁점: 수급 중 사업소득 발생 여부. 신한은행 {ac}로 8월부터 매월 입금
- 카드사 자료: 본인 명의 {c} 로 사업용 물품 구매 정황
- 차기: 은재 씨 출석조사 12/4 (월)
요약해서 보고서 형식으로""",
    [(PER, n), (ACC, ac), (CARD, c), (PER, "은재")],
)

n, x, e, p = "Priya Raman", ar("900218", 6), "priya.raman.kr@outlook.com", mob()
add(
    "en",
    P,
    f"""Can you help me answer this email from a foreign worker?

"Dear Employment Center, I am {n} (ARC {x}), an E-7 visa holder. My company closed last month.
Am I eligible for unemployment benefits? Please reply to {e} or call {p}. — Priya"
""",
    [(PER, n), (ARN, x), (MAIL, e), (PH, p), (PER, "Priya")],
)

ac, n = acct("카카오뱅크"), "도경민"
add(
    "ko",
    P,
    f"""실업급여 계좌 변경 요청 카톡 캡처 내용
[오후 2:14] {n}: 안녕하세요 계좌 바꾸고 싶은데요
[오후 2:14] {n}: 카카오뱅크 {ac} 예금주 {n}입니다
[오후 2:16] 상담사: 확인했습니다. 본인 명의 통장 사본도 첨부해 주세요
이거 처리 절차 문서로 정리해줘""",
    [(PER, n), (PER, n), (ACC, ac), (PER, n)],
)

r, ac, ip = rr("940611", 2), acct("기업"), priv_ip()
add(
    "mixed",
    P,
    f"""조기재취업수당 지급 배치 로그에서 이 레코드만 실패했어. 이유 알려줘
{js({"batch": "EI-EARLY-REEMP-20241124", "worker_host": ip, "rec": {"name": "빈아름", "rrn": r, "bank": "IBK", "acct": ac, "amount": 4_218_000}, "err": "ACCT_HOLDER_MISMATCH"})}""",
    [(IP, ip), (PER, "빈아름"), (RRN, r), (ACC, ac)],
)

# ---------------------------------------------------------------- 출입국 체류연장
x, a, p = ar("970722", 6), "경상남도 김해시 활천로 155, 2층", mob()
add(
    "mixed",
    P,
    f"""체류기간연장허가 신청서 OCR 결과야. 오타 있으면 고쳐줘
성명 Name: NGUYEN THI THU HA (응우옌 티 투 하)
외국인등록번호 ARC No.: {x}
국적 Nationality: VIET NAM
체류자격 Status: F-6-1
국내 주소 Address in Korea: {a}
전화 Tel: {p}""",
    [(PER, "NGUYEN THI THU HA"), (PER, "응우옌 티 투 하"), (ARN, x), (LOC, a), (PH, p)],
)

x, e, p = ar("010309", 7), "b.karimov@snu.ac.kr", "+998 90 " + fmt("NNN NN NN")
add(
    "en",
    P,
    f"""Draft a reply to the immigration office for our student.

Student: Bekzod Karimov, D-2 (Ph.D.), ARC {x}
Extension requested until 2026-02-28. Enrollment certificate attached.
Student e-mail {e}; family contact in Tashkent {p}.
Mr. Karimov's tuition is paid through the BK21 scholarship.""",
    [(PER, "Bekzod Karimov"), (ARN, x), (MAIL, e), (PH, p), (PER, "Karimov")],
)

b, x1, x2, n, p = bz(), ar("930114", 5), ar("950830", 5), "표준호", land("041")
add(
    "ko",
    P,
    f"""E-9 근로자 사업장 변경 신고서 초안 검토
사업주: 표준호 (㈜충남금속, 사업자 {b}, 전화 {p})
근로자 1: SOK DARA / {x1} (캄보디아)
근로자 2: HENG VIBOL / {x2} (캄보디아)
변경 사유: 사업장 이전(천안→아산). {n} 대표 확인 완료""",
    [(PER, n), (BRN, b), (PH, p), (PER, "SOK DARA"), (ARN, x1), (PER, "HENG VIBOL"), (ARN, x2), (PER, n)],
)

x, p = ar("860405", 6), "+63 917 " + fmt("NNN NNNN")
add(
    "mixed",
    P,
    f"""하이코리아 방문예약 관련 채팅 번역 부탁 (타갈로그 섞임)
Customer: Hello po, I'm Maria Cristina Dela Paz, ARC {x}. Hindi ko ma-book yung visit sa Suwon office.
Customer: My number in PH is {p}, Korean number nawala na po.
Agent: 예약 대행 가능 여부 확인해 드릴게요.""",
    [(PER, "Maria Cristina Dela Paz"), (ARN, x), (PH, p)],
)

r, x, a = rr("810917", 1), ar("960228", 6), "충청북도 청주시 흥덕구 2순환로 1126, 101동 907호"
add(
    "ko",
    P,
    f"""결혼이민(F-6) 체류연장 서류 체크리스트 만들어줘
- 배우자(국민): 소윤재, {r}
- 외국인 배우자: 잔다르마 오윤바트 (몽골), {x}
- 주소: {a}
- 윤재 씨 소득금액증명 2023년분 누락""",
    [(PER, "소윤재"), (RRN, r), (PER, "잔다르마 오윤바트"), (ARN, x), (LOC, a), (PER, "윤재")],
)

# ---------------------------------------------------------------- 119 신고
p, a = mob(), "경상북도 영천시 화북면 자천리 512-3"
add(
    "ko",
    P,
    f"""119 신고 녹취 STT 결과 요약해줘
[발신번호 {p}]
신고자: 여기 아버지가 숨을 잘 못 쉬세요
접수요원: 주소 말씀해 주세요
신고자: {a}요, 파란 지붕 집이에요
접수요원: 환자분 성함이요?
신고자: 진태섭이요 일흔여덟이세요""",
    [(PH, p), (LOC, a), (PER, "진태섭")],
)

n, r, p, h = "용다은", rr("580121", 2), mob(), hi()
add(
    "ko",
    P,
    f"""병원 인계 메모 다듬어줘
- 환자: {n} / {r} (신분증 확인), 건강보험증 {h}
- 주호소: 어지럼, 구토. 혈압 182/104
- 보호자(아들) {p}, 도착 예정 20분
- 다은 님 와파린 복용 중""",
    [(PER, n), (RRN, r), (HINS, h), (PH, p), (PER, "다은")],
)

p, a = mob(), "서울특별시 노원구 동일로 1405, 7동 1103호"
add(
    "ko",
    P,
    f"""119 문자신고 원문인데 상황실 전파용으로 정리해줘
"청각장애인입니다 {a} 에 불나요 연기 많아요 저 혼자 있어요 문자로만 가능 {p}"
수신 22:41""",
    [(LOC, a), (PH, p)],
)

p, a = "+1 " + fmt("312-MNN-NNNN"), "30 Eulji-ro, Jung-gu, Seoul 04533"
add(
    "en",
    P,
    f"""Translate this 119 interpreter-assisted call log into Korean.
Caller: Sarah Whitfield, US tourist, callback {p}
Location: Lotte Hotel, {a}, room 1712
Patient: her husband, Mark Whitfield, 64, chest pain since 30 min.
Sarah says Mark has a stent (2019).""",
    [(PER, "Sarah Whitfield"), (PH, p), (LOC, a), (PER, "Mark Whitfield"), (PER, "Sarah"), (PER, "Mark")],
)

a, p1, p2 = "광주광역시 북구 우치로 88, 302호", mob(), land("062")
add(
    "ko",
    P,
    f"""생활안전 출동 (문 개방) 요청 건 보고서 양식으로
요청자: 세입자 위하진 ({p1}) — 고령 모친 연락 두절
장소: {a}
집주인 금나래 씨 연락처 {p2}, 비밀번호 모름
경찰 공동대응 요청함""",
    [(PER, "위하진"), (PH, p1), (LOC, a), (PER, "금나래"), (PH, p2)],
)

# ---------------------------------------------------------------- 학교 행정실
n, r, ac, a, e = (
    "채하람",
    rr("880613", 2),
    acct("하나"),
    "경기도 고양시 일산동구 중앙로 1261, 803호",
    "haram.coding@gmail.com",
)
add(
    "ko",
    P,
    f"""방과후학교 강사 계약서 빈칸 채워줘
강사명: {n}
주민등록번호(원천징수용): {r}
주소: {a}
강사료 입금 계좌: 하나은행 {ac}
이메일: {e}
과목: 코딩(스크래치), 주 2회""",
    [(PER, n), (RRN, r), (LOC, a), (ACC, ac), (MAIL, e)],
)

a1, a2, a3 = acct("국민"), acct("우체국"), acct("토스뱅크")
add(
    "ko",
    P,
    f"""급식비 환불 대상 엑셀 검증 (3학년 2반)
학생명\t보호자\t은행\t계좌번호\t환불액
김도하\t김상철\tKB국민\t{a1}\t48,300
성유나\t변미경\t우체국\t{a2}\t51,750
탁시온\t탁영훈\t토스뱅크\t{a3}\t48,300
계좌번호 자리수 맞는지 확인해줘""",
    [
        (PER, "김도하"),
        (PER, "김상철"),
        (ACC, a1),
        (PER, "성유나"),
        (PER, "변미경"),
        (ACC, a2),
        (PER, "탁시온"),
        (PER, "탁영훈"),
        (ACC, a3),
    ],
)

p1, p2, p3 = mob(), mob(), mob()
add(
    "ko",
    P,
    f"""1학년 4반 비상연락망 정리해서 가나다순으로
이름 / 보호자 연락처
허윤슬 / {p1} (모)
강태린 / {p2} (부)
남궁별 / {p3} (조모)""",
    [(PER, "허윤슬"), (PH, p1), (PER, "강태린"), (PH, p2), (PER, "남궁별"), (PH, p3)],
)

ip, e = pub_ip(), "jiwoo.parent@daum.net"
add(
    "mixed",
    P,
    f"""학교 홈페이지 게시판 스팸 차단하려는데 이 로그 보면 어떤 IP 막아야 해?
2024-11-23 21:07:55 POST /board/free/write 200 ip={ip} ua="Mozilla/5.0" writer_mail={e} len=18233
2024-11-23 21:07:58 POST /board/free/write 200 ip={ip} ua="Mozilla/5.0" writer_mail={e} len=18233""",
    [(IP, ip), (MAIL, e), (IP, ip), (MAIL, e)],
)

n, p = "선우다인", mob()
add(
    "ko",
    P,
    f"""체육관 야간 대관 신청 승인 공문 초안
신청 단체: 한울 배드민턴 동호회 (회원 28명)
대표자: {n} ({p})
사용 기간: 2025.1.6.~2025.2.28. 매주 화·목 19:00~21:00
선우다인 대표께 사용료 납부 안내 포함""",
    [(PER, n), (PH, p), (PER, n)],
)

n, r, h = "황보수아", rr("970214", 2), hi()
add(
    "ko",
    P,
    f"""신규 교직원(교육공무직) 4대보험 취득 서류
- 성명 {n}, 주민번호 {r}
- 건강보험증 번호 {h} (부모 피부양자에서 전환)
- 직종: 교무행정사, 2025.3.1. 임용
수아 선생님께 보낼 제출서류 안내 메일 써줘""",
    [(PER, n), (RRN, r), (HINS, h), (PER, "수아")],
)


# ---------------------------------------------------------------- 법원 등기
c, r, a = cr("110111"), rr("750330", 1), "서울특별시 성동구 아차산로 113, 5층 502호"
add(
    "ko",
    P,
    f"""법인설립등기 완료 후 등기사항 요약 (고객사 안내용)
상호: 주식회사 누리온테크
법인등록번호: {c}
본점: {a}
대표이사: 태서준 ({r})
자본금 금 50,000,000원 / 1주 금액 5,000원
등기부 고유번호 1101-2024-0{dg(5)} 은 고객 안내문에서 빼줘""",
    [(CRN, c), (LOC, a), (PER, "태서준"), (RRN, r)],
)

r1, r2, a1, a2 = (
    rr("680505", 1),
    rr("840919", 2),
    "부산광역시 해운대구 좌동순환로 87, 205동 1801호",
    "부산광역시 수영구 광안해변로 219",
)
add(
    "ko",
    P,
    f"""소유권이전등기 신청서 등기의무자/권리자 란 검토
등기의무자: 옥지성 ({r1}) 주소 {a1}
등기권리자: 설재형 ({r2}) 주소 {a2}
등기원인: 2024년 10월 28일 매매
지성 씨 인감증명서 발급일이 3개월 지났는지 확인 부탁""",
    [(PER, "옥지성"), (RRN, r1), (LOC, a1), (PER, "설재형"), (RRN, r2), (LOC, a2), (PER, "지성")],
)

e, p, ac = "lawyer.maeng@lawfirm-hanul.kr", land("02"), acct("신한")
add(
    "ko",
    P,
    f"""전자소송 소장 작성 중인데 원고 정보 부분 서식 맞춰줘
원고 맹보람 (송달 이메일 {e}, 전화 {p})
소송비용 환급 계좌: 신한 {ac} (예금주 맹보람)
피고: 주식회사 ○○건설 (대표이사 미상)""",
    [(PER, "맹보람"), (MAIL, e), (PH, p), (ACC, ac), (PER, "맹보람")],
)

c, b = cr("131111"), bz()
add(
    "mixed",
    P,
    f"""임원변경등기 API 응답인데 필드 설명 좀 달아줘
{js({"corpRegNo": c, "bizRegNo": b, "corpName": "주식회사 동남바이오", "changes": [{"type": "취임", "role": "사내이사", "name": "은도하", "date": "2024-11-15"}, {"type": "사임", "role": "감사", "name": "경하윤", "date": "2024-11-15"}]})}""",
    [(CRN, c), (BRN, b), (PER, "은도하"), (PER, "경하윤")],
)

c, b, a, e = cr("110115"), bz(), "1102, 12 Teheran-ro 4-gil, Gangnam-gu, Seoul 06236", "h.becker@becker-gmbh.de"
add(
    "en",
    P,
    f"""Please proofread this letter to our Korean registry agent.

Dear Attorney Kang,
We confirm the details of our Korean subsidiary, Becker Korea Yuhan Hoesa:
- corporate registration no. {c}, business registration no. {b}
- registered office {a}
- new representative director: Hans Becker (German national)
Please send the certified copy to {e}.""",
    [(PER, "Kang"), (CRN, c), (BRN, b), (LOC, a), (PER, "Hans Becker"), (MAIL, e)],
)

# ---------------------------------------------------------------- 군 인사
p1, p2, e1, e2 = mob(), mob(), "yeah.seungmin@gmail.com", "cjy_0412@naver.com"
add(
    "ko",
    P,
    f"""전역예정 간부 취업지원 명단 (11월) — 기업 매칭용으로 열 정리
계급,성명,군번,전역예정일,휴대전화,이메일
대위,예승민,10-7{dg(5)},2025-02-28,{p1},{e1}
중사,최주연,18-7{dg(6)},2025-03-31,{p2},{e2}""",
    [(PER, "예승민"), (PH, p1), (MAIL, e1), (PER, "최주연"), (PH, p2), (MAIL, e2)],
)

r, d, a = rr("930806", 1), dl("충남"), "충청남도 계룡시 장안로 46, 101동 304호"
add(
    "ko",
    P,
    f"""인사기록카드 스캔 OCR인데 필드별로 정리해줘
성 명 : 함 준 혁    주민등록번호 : {r}
현 주 소 : {a}
운전면허 : 1종 보통 {d}
병 과 : 통신   임관 : 2016.03.01""",
    [(PER, "함 준 혁"), (RRN, r), (LOC, a), (DLIC, d)],
)

a, p = "경기도 파주시 문산읍 통일로 1680, 관사 3동 201호", mob()
add(
    "ko",
    P,
    f"""전입 간부 관사 배정 통보 문자 초안
수신: 중위 현시우 ({p})
배정 관사: {a}
입주 가능일 12/2, 열쇠는 시설대 수령. 시우 중위 가족(배우자) 동반 입주 확인 요망""",
    [(PER, "현시우"), (PH, p), (LOC, a), (PER, "시우")],
)

ac1, ac2 = acct("기업"), acct("국민")
add(
    "ko",
    P,
    f"""장병내일준비적금 만기 해지 명단 검증
병장 방다현 — IBK {ac1} — 만기 2024-12-09
상병 옥재원 — KB {ac2} — 만기 2025-01-17
계좌번호 형식 은행별로 맞는지만 봐줘""",
    [(PER, "방다현"), (ACC, ac1), (PER, "옥재원"), (ACC, ac2)],
)

# ---------------------------------------------------------------- 세관 통관
p, a = mob(), "울산광역시 남구 삼산로 274, 1502호"
add(
    "ko",
    P,
    f"""특송 통관 보류 안내 문자 다듬어줘
수취인 노하은님 ({p}), 배송지 {a}
품명: 건강기능식품 7병 (자가사용 인정 기준 6병 초과)
개인통관고유부호 P{dg(12)}. 하은 님께 요건확인 또는 반송 선택 안내""",
    [(PER, "노하은"), (PH, p), (LOC, a), (PER, "하은")],
)

pno, p = pp(), mob()
add(
    "mixed",
    P,
    f"""여행자 휴대품 신고 누락 건 경위서 요약
입국일 2024-11-19 KE0082 (JFK→ICN)
여행자: 길예준, 여권 {pno}, 연락처 {p}
미신고 물품: 명품 가방 1점 ($3,200). 자진신고 감면 미적용
예준 씨 이의제기 의사 있음""",
    [(PER, "길예준"), (PASS, pno), (PH, p), (PER, "예준")],
)

b, c, ac = bz(), cr("171111"), acct("기업")
add(
    "ko",
    P,
    f"""관세 환급 신청 내용 확인
신청업체: ㈜대성정공 (사업자등록번호 {b}, 법인등록번호 {c})
환급 금액: 18,420,500원 (간이정액환급)
환급금 수령 계좌: IBK기업은행 {ac}
수출신고번호 4{dg(4)}-24-{dg(6)}X 외 12건""",
    [(BRN, b), (CRN, c), (ACC, ac)],
)

b, p, f, e = bz(), land("032"), land("032"), "customs@hanbit-cs.co.kr"
add(
    "ko",
    P,
    f"""관세사 사무소 메일 서명 정리해서 답장 템플릿에 넣어줘
--
한빛관세사무소 | 관세사 우건희
사업자등록번호 {b}
T. {p}  F. {f}
E. {e}
인천광역시 중구 공항로 272, 3층""",
    [(PER, "우건희"), (BRN, b), (PH, p), (PH, f), (MAIL, e), (LOC, "인천광역시 중구 공항로 272, 3층")],
)

c = cc("4", sep=" ")
add(
    "ko",
    P,
    f"""해외직구 과세가격 이의신청 — 결제 증빙 설명
구매자: 제갈현우
결제수단: 해외결제 비자카드 {c}, 결제액 USD 187.40 (배송비 포함)
판매자 인보이스 금액과 카드 청구액 차이 설명 문구 써줘""",
    [(PER, "제갈현우"), (CARD, c)],
)

# ---------------------------------------------------------------- 어린이집
r1, r2, p1, p2 = rn("220418", 4), rn("210907", 3), mob(), mob()
add(
    "ko",
    P,
    f"""0세반·1세반 입소대기 명단 정리 (2020년 10월 이후 출생이라 주민번호 뒷자리 임의번호임)
1. 봉하린 {r1} / 모 {p1} / 맞벌이
2. 이로운 {r2} / 부 {p2} / 다자녀
순위 산정 기준표에 맞게 점수 매겨줘""",
    [(PER, "봉하린"), (RRN, r1), (PH, p1), (PER, "이로운"), (RRN, r2), (PH, p2)],
)

c = cc("9", sep="-")
add(
    "ko",
    P,
    f"""보육료 결제 오류 문의 답변
학부모 김세라 님 아이행복카드 {c} 로 11월 보육료 결제가 두 번 승인됨.
승인번호 {dg(8)}, {dg(8)}. 세라 님께 취소 안내 문자 써줘""",
    [(PER, "김세라"), (CARD, c), (PER, "세라")],
)

r1, r2, a = rn("230102", 3), rn("221225", 4), "경기도 화성시 동탄대로 537, 1108동 602호"
add(
    "ko",
    P,
    f"""원아명부.csv 인코딩 깨진 거 고쳐줘
반,원아명,주민등록번호,주소
햇살반,도이안,{r1},"{a}"
햇살반,소은유,{r2},"경기도 화성시 동탄순환대로 120"
(두 아이 모두 2020.10 이후 출생)""",
    [(PER, "도이안"), (RRN, r1), (LOC, a), (PER, "소은유"), (RRN, r2), (LOC, "경기도 화성시 동탄순환대로 120")],
)

r, p, e = rr("960530", 2), mob(), "yerin.teacher@naver.com"
add(
    "ko",
    P,
    f"""보육교사 채용 서류 접수 확인 메일 써줘
지원자 한예린 / {r} / {p} / {e}
보육교사 2급 자격증 제2021-{dg(6)}호
예린 님 면접 12/5(목) 14시""",
    [(PER, "한예린"), (RRN, r), (PH, p), (MAIL, e), (PER, "예린")],
)

r, p = rn("240311", 3), mob()
add(
    "ko",
    P,
    f"""예방접종 미완료 원아 보호자 안내
원아 채온유(주민번호 {r}, 2024년생 신규 부여 번호) — MMR 1차 미접종
보호자 채민혁 ({p})
온유 보호자분께 보건소 접종 안내 문자""",
    [(PER, "채온유"), (RRN, r), (PER, "채민혁"), (PH, p), (PER, "온유")],
)

# ---------------------------------------------------------------- 보훈
r, ac, a = rr("520103", 2), acct("농협"), "전라남도 순천시 연향3로 14-2"
add(
    "ko",
    P,
    f"""국가유공자 유족 등록 신청 — 보훈급여 계좌 포함 요약
신청인: 조말순 ({r}), 고 조병태의 배우자
보훈번호 {dg(2)}-{dg(6)} (고인)
주소: {a}
급여 수령: 농협 {ac}""",
    [(PER, "조말순"), (RRN, r), (PER, "조병태"), (LOC, a), (ACC, ac)],
)

h, p = hi(), land("042")
add(
    "ko",
    P,
    f"""보훈 위탁병원 진료 의뢰서 작성
대상자: 국가유공자 오세창 (건강보험증번호 {h})
의뢰 병원: 대전 ○○병원 재활의학과, 문의 {p}
세창 어르신 거동 불편으로 보호자 동행""",
    [(PER, "오세창"), (HINS, h), (PH, p), (PER, "세창")],
)

r1, r2 = rr("310715", 1), rr("330228", 1)
add(
    "ko",
    P,
    f"""참전유공자 명예수당 지급 대상 (읍면동 취합분)
| 성명 | 주민등록번호 | 주소 |
| 독고찬 | {r1} | 강원특별자치도 홍천군 내촌면 도관리 381 |
| 김말봉 | {r2} | 강원특별자치도 홍천군 서석면 풍암리 1102-5 |
표 형식 맞춰서 시스템 업로드 양식으로 바꿔줘""",
    [
        (PER, "독고찬"),
        (RRN, r1),
        (LOC, "강원특별자치도 홍천군 내촌면 도관리 381"),
        (PER, "김말봉"),
        (RRN, r2),
        (LOC, "강원특별자치도 홍천군 서석면 풍암리 1102-5"),
    ],
)

ac = acct("우체국")
add(
    "mixed",
    P,
    f"""이 UPDATE 문 실행 전에 검토 좀
UPDATE MPVA_PAY_ACCT
   SET BANK_CD = '071', ACCT_NO = '{ac}', DPSTR_NM = '나정숙'
 WHERE MERIT_NO = '{dg(2)}-{dg(6)}' AND PAY_YM = '202412';
-- 대상자 나정숙 님 계좌 변경 요청(11/20)""",
    [(ACC, ac), (PER, "나정숙"), (PER, "나정숙")],
)

# ---------------------------------------------------------------- 지하철 유실물
d, n, a, c = dl("서울"), "손태민", "서울특별시 관악구 봉천로 412, 202호", cc("5", sep=" ")
add(
    "ko",
    P,
    f"""유실물 습득물 목록 입력용으로 정리 (2호선 신도림역 습득)
- 검정 반지갑 1점
- 운전면허증: {n}, {d}, 주소 {a}
- 신용카드 1매 {c} (뒷면 서명 있음)
- 현금 32,000원""",
    [(PER, n), (DLIC, d), (LOC, a), (CARD, c)],
)

p = mob()
add(
    "ko",
    P,
    f"""분실자 연락 문자 보내기 전에 내용 확인
유실물 관리번호 20241124-0{dg(4)} (에어팟 프로)
분실 신고자 장서하 님 {p}
서하 님께 시청역 유실물센터 방문 안내, 신분증 지참""",
    [(PER, "장서하"), (PH, p), (PER, "서하")],
)

pno, e = pp_new(), "junseo.yoo@illinois.edu"
add(
    "en",
    P,
    f"""Help me reply to this lost-and-found email (Seoul Metro).
"Hi, I'm Junseo Yoo, an exchange student. I left my Korean passport ({pno}) in a blue folder on Line 2
around 6 pm on Nov 22, near Hongik Univ. station. Please contact me at {e}. Thanks, Junseo"
""",
    [(PER, "Junseo Yoo"), (PASS, pno), (MAIL, e), (PER, "Junseo")],
)

p = mob(" ")
add(
    "ko",
    P,
    f"""유실물센터 카톡 상담 이력 요약
고객: 어제 7호선에 노트북 가방 두고 내렸어요 ㅠ
상담: 성함이랑 연락처요
고객: 류가온이요 {p}
고객: 가방 안에 가온 이름 적힌 명함 있어요""",
    [(PER, "류가온"), (PH, p), (PER, "가온")],
)

# ---------------------------------------------------------------- 선거관리
r1, r2, ac1, ac2 = rr("790224", 2), rr("850917", 1), acct("새마을금고"), acct("신협")
add(
    "ko",
    P,
    f"""투표사무원 위촉 명단 (수당 지급용) 양식 검토
성명/주민번호/계좌
마은별/{r1}/새마을금고 {ac1}
탁준서/{r2}/신협 {ac2}
※ 수당 지급 후 주민번호는 파기""",
    [(PER, "마은별"), (RRN, r1), (ACC, ac1), (PER, "탁준서"), (RRN, r2), (ACC, ac2)],
)

ac, b, p = acct("농협"), bz(), mob()
add(
    "ko",
    P,
    f"""선거비용 보전청구서 첨부 내역 정리
회계책임자: 석윤호 ({p})
선거비용 수입·지출 계좌: 농협 {ac}
인쇄물 제작업체: 새솔인쇄 (사업자 {b}), 공보 12,000부
윤호 회계책임자에게 영수증 원본 보완 요청""",
    [(PER, "석윤호"), (PH, p), (ACC, ac), (BRN, b), (PER, "윤호")],
)

p, a = mob(), "경상남도 창원시 의창구 중앙대로 151"
add(
    "ko",
    P,
    f"""사전투표 참관인 신고서 내용 확인
정당: ○○당 / 참관인: 국다온 / 연락처 {p}
주소: {a}
참관 장소: 의창동 사전투표소. 다온 님 교대 시간 13시""",
    [(PER, "국다온"), (PH, p), (LOC, a), (PER, "다온")],
)

ip1, ip2, e = priv_ip(), priv_ip(), "secops@nec.go.kr"
add(
    "mixed",
    P,
    f"""내부망 IPS 탐지 알림인데 오탐인지 봐줘
[ALERT] 2024-11-24 03:12:09 sig=ET SCAN Nmap src={ip1} dst={ip2} dport=445 action=block
notify: {e}""",
    [(IP, ip1), (IP, ip2), (MAIL, e)],
)


# ---------------------------------------------------------------- 국책은행·정책금융
b, c, r, ac = bz(), cr("150111"), rr("670812", 1), acct("기업")
add(
    "ko",
    P,
    f"""중소기업 시설자금 대출 심사 메모 — 여신위원회 보고용으로 요약
차주: ㈜정우테크 (사업자 {b} / 법인 {c})
대표이사 설동건 ({r}), 연대보증 없음(제도 폐지)
결제계좌: 기업은행 {ac}
신청 한도 30억, 담보: 공장 (충청남도 아산시 둔포면 아산밸리로 177)""",
    [(BRN, b), (CRN, c), (PER, "설동건"), (RRN, r), (ACC, ac), (LOC, "충청남도 아산시 둔포면 아산밸리로 177")],
)

r1, r2, ac1, ac2 = rr("810101", 1, dash=False), rr("790505", 2, dash=False), acct("산업"), acct("산업")
add(
    "mixed",
    P,
    f"""마이그레이션 검증 쿼리 결과가 이상해. 왜 중복 나와?
SELECT cust_no, cust_nm, rrn, acct_no FROM kdb_cust WHERE cust_no IN ('K00918','K00918');
 cust_no | cust_nm | rrn           | acct_no
---------+---------+---------------+------------------
 K00918  | 진하늘  | {r1} | {ac1}
 K00918  | 진하늘  | {r2} | {ac2}""",
    [(PER, "진하늘"), (RRN, r1), (ACC, ac1), (PER, "진하늘"), (RRN, r2), (ACC, ac2)],
)

r1, r2, a, ac = rr("890322", 1), rr("910708", 2), "세종특별자치시 한누리대로 2150, 1203동 801호", acct("우리")
add(
    "ko",
    P,
    f"""보금자리론 신청서 심사 체크 (주택금융공사)
신청인: 구태윤 {r1} / 배우자: 맹소희 {r2}
담보주택: {a}
연소득 합산 71,200,000원, DTI 38.4%
상환 계좌: 우리 {ac}
소희 씨 재직증명 제출 완료""",
    [(PER, "구태윤"), (RRN, r1), (PER, "맹소희"), (RRN, r2), (LOC, a), (ACC, ac), (PER, "소희")],
)

e, p = "c.okafor@afreximbank-partners.com", "+234 803 " + fmt("NNN NNNN")
add(
    "en",
    P,
    f"""Polish this reply for the trade-finance desk (Korea Eximbank).
"Dear Mr. Okafor, thank you for your call. Our officer Ms. Yoon Haneul will handle the buyer credit file.
Kindly send the signed term sheet to her; she will reply to you at {e}. For urgent matters, we will call you at {p}."
Also fix grammar in the last sentence.""",
    [(PER, "Okafor"), (PER, "Yoon Haneul"), (MAIL, e), (PH, p)],
)

p = mob()
add(
    "ko",
    P,
    f"""햇살론 상담 통화 STT 결과에서 상담 요지만 뽑아줘
상담사: 서민금융진흥원입니다. 성함 확인 부탁드립니다.
고객: 배정란이요.
상담사: 배정란 고객님 연락받으실 번호가 {p} 맞으세요?
고객: 네 맞아요. 제가 카드론이 두 개 있어서요...""",
    [(PER, "배정란"), (PER, "배정란"), (PH, p)],
)

r1, r2, ac1, ac2, p1 = rr("720614", 1), rr("980228", 2), acct("기업"), acct("기업"), mob()
add(
    "mixed",
    P,
    f"""이 파이썬 코드 리팩토링 해줘 (고객 데이터 이관 스크립트)
customers = [
    {{"name": "방우석", "rrn": "{r1}", "acct": "{ac1}", "tel": "{p1}"}},
    {{"name": "추서영", "rrn": "{r2}", "acct": "{ac2}", "tel": None}},
]
for c in customers:
    migrate(c)""",
    [(PER, "방우석"), (RRN, r1), (ACC, ac1), (PH, p1), (PER, "추서영"), (RRN, r2), (ACC, ac2)],
)

# ---------------------------------------------------------------- 경찰
d1, d2, p1, p2 = dl("경기"), dl("인천", named=True), mob(), mob()
add(
    "ko",
    P,
    f"""교통사고 사실확인원 초안 문장 다듬어줘
일시: 2024.11.20. 08:42 / 장소: 경인로 ○○사거리
갑 운전자: 엄태경 (면허 {d1}, {p1}) — 12가{dg(4)} 쏘나타
을 운전자: 한소망 (면허 {d2}, {p2}) — 34나{dg(4)} 모닝
태경 씨 신호위반 인정""",
    [(PER, "엄태경"), (DLIC, d1), (PH, p1), (PER, "한소망"), (DLIC, d2), (PH, p2), (PER, "태경")],
)

p, a = mob(), "대전광역시 중구 대종로 488, 3층"
add(
    "ko",
    P,
    f"""112 신고 처리결과 회신 문자 작성
신고자 {p} (익명 요청) — 층간소음 및 고성
발생지: {a}
현장 조치: 경고 및 계도. 재발 시 경범죄 처벌 안내""",
    [(PH, p), (LOC, a)],
)

r, p = rn("210620", 3), mob()
add(
    "ko",
    P,
    f"""실종아동 신고 접수 내용 정리 (긴급)
아동: 석도윤 (만 3세, 주민번호 {r} — 2020.10 이후 부여라 뒷자리 체계 다름)
보호자: 부 석재현 {p}
인상착의: 노란 우비, 파란 장화. 도윤이 마지막 목격 15:20 놀이터""",
    [(PER, "석도윤"), (RRN, r), (PER, "석재현"), (PH, p), (PER, "도윤")],
)

ip, e, ac, c = pub_ip(), "lucky7.trade@protonmail.com", acct("케이뱅크"), cc("4")
add(
    "mixed",
    P,
    f"""중고거래 사기 사건 수사보고서 초안 - 증거 항목 표로
1) 피의자 접속 IP: {ip} (2024-11-02 22:10 KST)
2) 연락 이메일: {e}
3) 입금 계좌: 케이뱅크 {ac} (명의인 추가 확인 필요)
4) 피해자 카드 결제: {c} — 결제 취소 요청""",
    [(IP, ip), (MAIL, e), (ACC, ac), (CARD, c)],
)

p, e, a = "+44 7" + fmt("NNN NNNNNN"), "olivia.grant.uk@gmail.com", "Room 808, 115 Yanghwa-ro, Mapo-gu, Seoul 04037"
add(
    "en",
    P,
    f"""Summarise this victim statement for the Korean case file.
I, Olivia Grant, a British tourist, was staying at {a}. On 21 Nov my phone was snatched near Hongdae.
My UK mobile is {p} and e-mail {e}. Ms. Grant requests a copy of the police report in English.""",
    [(PER, "Olivia Grant"), (LOC, a), (PH, p), (MAIL, e), (PER, "Grant")],
)

# ---------------------------------------------------------------- 지자체 복지
r, ac, a = rr("560930", 1), acct("농협"), "경상북도 안동시 풍천면 갈전리 1045"
add(
    "ko",
    P,
    f"""기초연금 신청서 입력 전 확인
신청자 경만수 ({r}), 단독가구
주소 {a}
수령계좌 농협 {ac}
만수 어르신 자녀 부양 여부는 심사 대상 아님 — 안내문에 반영""",
    [(PER, "경만수"), (RRN, r), (LOC, a), (ACC, ac), (PER, "만수")],
)

r1, r2, r3 = rr("770411", 2), rr("050919", 3), rn("210101", 4)
add(
    "ko",
    P,
    f"""긴급복지 생계지원 가구원 표 (주민센터 → 시청 보고)
관계 | 성명 | 주민등록번호
본인 | 인가영 | {r1}
자녀 | 인시후 | {r2}
자녀 | 인채아 | {r3} (2021년생, 신규체계)
가영 씨 실직(11/1) 사유로 3개월 지원""",
    [(PER, "인가영"), (RRN, r1), (PER, "인시후"), (RRN, r2), (PER, "인채아"), (RRN, r3), (PER, "가영")],
)

c, p = cc("5", sep=" "), mob()
add(
    "ko",
    P,
    f"""에너지바우처 카드 재발급 안내 문자
대상: 탁말자 어르신 (보호자 {p})
기존 국민행복카드 {c} 분실 신고 완료, 재발급 후 잔액 이관 예정
말자 어르신이 직접 방문 어려우면 대리 신청 가능 안내 포함""",
    [(PER, "탁말자"), (PH, p), (CARD, c), (PER, "말자")],
)

p, ac = mob(), acct("부산")
add(
    "ko",
    P,
    f"""장애인 활동지원사 급여 정정 요청 정리
활동지원사: 변정우 ({p})
급여계좌: 부산은행 {ac}
10월분 야간 가산 누락 4시간. 정우 선생님께 정정 예정일 회신""",
    [(PER, "변정우"), (PH, p), (ACC, ac), (PER, "정우")],
)

# ---------------------------------------------------------------- 건강보험
h, r1, r2 = hi(), rr("900715", 1), rr("611203", 2)
add(
    "ko",
    P,
    f"""피부양자 자격취득 신고 — 반려 사유 설명해줘
직장가입자: 남궁혁 ({r1}), 건강보험증번호 {h}
피부양자 신청: 모 최옥순 ({r2})
반려사유: 피부양자 재산 과표 5.4억 초과. 혁 님께 지역가입 전환 안내""",
    [(PER, "남궁혁"), (RRN, r1), (HINS, h), (PER, "최옥순"), (RRN, r2), (PER, "혁")],
)

h, p, a = hi(), mob(), "전라남도 여수시 좌수영로 80, 102동 1005호"
add(
    "ko",
    P,
    f"""지역가입자 보험료 조정 신청 회신 초안
가입자: 이덕배 / 건강보험 {h} / {p}
주소: {a}
폐업(2024.9) 사실 반영하여 10월분부터 조정""",
    [(PER, "이덕배"), (HINS, h), (PH, p), (LOC, a)],
)

x, h = ar("920811", 5), hi()
add(
    "mixed",
    P,
    f"""외국인 지역가입자 체납 안내문 영어/한국어 병기로
Name 성명: ZHANG WEI (장웨이)
ARC 외국인등록번호: {x}
NHIS No. 건강보험번호: {h}
Arrears 체납액: KRW 428,600 (Aug–Oct)""",
    [(PER, "ZHANG WEI"), (PER, "장웨이"), (ARN, x), (HINS, h)],
)

# ---------------------------------------------------------------- 행정기관 IT 운영
ip1, ip2, ip3 = pub_ip(), pub_ip(), pub_ip()
add(
    "mixed",
    P,
    f"""민원포털 nginx 로그인데 같은 IP에서 몇 번 들어왔는지 세줘
{ip1} - - [24/Nov/2024:10:01:12 +0900] "GET /minwon/apply HTTP/1.1" 200 5123
{ip2} - - [24/Nov/2024:10:01:13 +0900] "POST /minwon/apply HTTP/1.1" 302 0
{ip1} - - [24/Nov/2024:10:01:15 +0900] "GET /minwon/status HTTP/1.1" 200 2210
{ip3} - - [24/Nov/2024:10:01:19 +0900] "GET /favicon.ico HTTP/1.1" 404 153""",
    [(IP, ip1), (IP, ip2), (IP, ip1), (IP, ip3)],
)

ip, e = priv_ip(), "jhpyo@korea.kr"
add(
    "en",
    P,
    f"""Explain this SIEM alert and suggest a response.
{js({"rule": "Multiple failed logins followed by success", "src_ip": ip, "user": e, "count": 17, "window": "5m", "host": "gw-vpn-02"})}""",
    [(IP, ip), (MAIL, e)],
)

ip1, ip2, e, p = priv_ip(), priv_ip(), "yoonjae.so@korea.kr", land("044")
add(
    "ko",
    P,
    f"""방화벽 정책 신청서 문구 다듬어줘
신청자: 정보화담당관실 소윤재 주무관 ({e}, {p})
출발지 {ip1} → 목적지 {ip2} TCP/5432
사유: 통계 DB 이관 작업 (2024.12.2.~12.6.)""",
    [(PER, "소윤재"), (MAIL, e), (PH, p), (IP, ip1), (IP, ip2)],
)

ip, e, p = priv_ip(), "dba.admin@gyeonggi.go.kr", mob()
add(
    "mixed",
    P,
    f"""application.properties 에서 뭐가 보안상 문제야?
spring.datasource.url=jdbc:tibero:thin:@{ip}:8629:GGDB
spring.datasource.username=gg_app
spring.datasource.password=Gg!2024app
alert.mail.to={e}
alert.sms.to={p}""",
    [(IP, ip), (MAIL, e), (PH, p)],
)

r, p = rr("830405", 2), mob()
add(
    "en",
    P,
    f"""What does this Postgres error mean?
ERROR:  duplicate key value violates unique constraint "citizen_pkey"
DETAIL:  Key (rrn)=({r}) already exists.
STATEMENT:  INSERT INTO citizen (rrn, name, phone) VALUES ('{r}', '원미래', '{p}')""",
    [(RRN, r), (RRN, r), (PER, "원미래"), (PH, p)],
)

p1, p2, e1, e2 = mob(), mob(), "daeho.jin@busan.go.kr", "seoyeon.ra@busan.go.kr"
add(
    "mixed",
    P,
    f"""alertmanager 수신자 설정 yaml 검토 부탁
receivers:
  - name: oncall-primary
    # 진대호 주무관
    email_configs: [{{to: {e1}}}]
    sms: "{p1}"
  - name: oncall-secondary
    # 라서연 주무관
    email_configs: [{{to: {e2}}}]
    sms: "{p2}\"""",
    [(PER, "진대호"), (MAIL, e1), (PH, p1), (PER, "라서연"), (MAIL, e2), (PH, p2)],
)

v = v6()
add(
    "en",
    P,
    f"""Why does this deploy step fail?
$ ssh deploy@[{v}] 'systemctl restart minwon-api'
ssh: connect to host {v} port 22: Connection timed out
Error: Process completed with exit code 255.""",
    [(IP, v), (IP, v)],
)

p1, p2, e = land("051"), mob(), "ha.jiwon@busan.go.kr"
add(
    "mixed",
    P,
    f"""LDAP export(LDIF)에서 퇴직자 계정 찾는 스크립트 짜줘. 샘플:
dn: uid=jwha,ou=people,dc=busan,dc=go,dc=kr
cn: 하지원
mail: {e}
telephoneNumber: {p1}
mobile: {p2}
employeeType: retired""",
    [(PER, "하지원"), (MAIL, e), (PH, p1), (PH, p2)],
)

ip = pub_ip()
add(
    "mixed",
    P,
    f"""auth.log 에서 이거 무차별 대입 맞지?
Nov 24 02:11:41 was01 sshd[20931]: Failed password for invalid user oracle from {ip} port 51122 ssh2
Nov 24 02:11:44 was01 sshd[20931]: Failed password for invalid user oracle from {ip} port 51122 ssh2""",
    [(IP, ip), (IP, ip)],
)


# ---------------------------------------------------------------- English-language staff work
e1, e2, p1, p2 = (
    "m.lindqvist@sida.se",
    "a.mensah@ghs.gov.gh",
    "+46 70 " + fmt("NNN NN NN"),
    "+233 24 " + fmt("NNN NNNN"),
)
add(
    "en",
    P,
    f"""Turn this KOICA workshop registration list into a table (name, country, e-mail, phone).
1. Mr. Erik Lindqvist — Sweden — {e1} — {p1}
2. Dr. Abena Mensah — Ghana — {e2} — {p2}
3. Ms. Nilufar Rashidova — Uzbekistan — (e-mail pending) — (no phone)""",
    [
        (PER, "Erik Lindqvist"),
        (MAIL, e1),
        (PH, p1),
        (PER, "Abena Mensah"),
        (MAIL, e2),
        (PH, p2),
        (PER, "Nilufar Rashidova"),
    ],
)

a, e = "Flat 4, 27 Ashgrove Road, Bristol BS6 6LY", "tom.fairley@fairley-consult.co.uk"
sort_code, uk_acct = f"{dg(2)}-{dg(2)}-{dg(2)}", dg(8, "123456789")
add(
    "en",
    P,
    f"""Check this consultancy contract annex for missing fields.
Consultant: Thomas Fairley, {a}, United Kingdom
Payment: Barclays, sort code {sort_code}, account {uk_acct}
Correspondence: {e}
Client: Ministry of Oceans and Fisheries, Republic of Korea""",
    [(PER, "Thomas Fairley"), (LOC, a), (ACC, uk_acct), (MAIL, e)],
)

pno, a, p = pp_new(), "Gwacheon Government Complex, 47 Gwanmun-ro, Gwacheon-si, Gyeonggi-do 13809", mob()
add(
    "en",
    P,
    f"""Fill in the DS-160 worksheet for my business trip (I'll paste it myself).
Surname: JEON / Given names: SEUNGHO
Passport number: {pno}, issued 2023-05-17, expires 2033-05-17
Work address: {a}
Mobile: {p}""",
    [(PER, "JEON"), (PER, "SEUNGHO"), (PASS, pno), (LOC, "47 Gwanmun-ro, Gwacheon-si, Gyeonggi-do 13809"), (PH, p)],
)

c, p = cc("3", (4, 6, 5), sep=" "), "+1 " + fmt("646-MNN-NNNN")
add(
    "en",
    P,
    f"""Draft a response to this customer complaint (state bank, English desk).
"I'm Rachel Kim, a US citizen. Your ATM at Gimpo airport charged my Amex {c} twice for KRW 300,000.
I'm back in New York; call me at {p}." — please apologise and explain the refund timeline.""",
    [(PER, "Rachel Kim"), (CARD, c), (PH, p)],
)

x, a = ar("850912", 6), "203-1402, 88 Jungang-ro, Seo-gu, Daejeon 35230"
add(
    "en",
    P,
    f"""Translate into Korean for the district office.
To whom it may concern: I, Oksana Petrenko (ARC {x}), residing at {a},
request a certificate of residence for my daughter's school enrollment. — O. Petrenko""",
    [(PER, "Oksana Petrenko"), (ARN, x), (LOC, a), (PER, "Petrenko")],
)

# ---------------------------------------------------------------- 우정사업본부
r, ac = rr("701010", 1), acct("우체국")
add(
    "ko",
    P,
    f"""압류 해제 요청서 처리 절차 알려줘
예금주: 황우람 ({r})
계좌: 우체국 {ac}
압류 해제 결정문 수령(법원), 해제 금액 전액. 우람 고객 방문 예정 11/27""",
    [(PER, "황우람"), (RRN, r), (ACC, ac), (PER, "우람")],
)

p1, p2, a1, a2 = mob(), mob(), "전라북도 군산시 나운로 67", "서울특별시 강서구 공항대로 247, 9층"
add(
    "ko",
    P,
    f"""등기소포 분실 민원 답변 초안
발송인: 강민규 {p1}, {a1}
수취인: 주식회사 바른세무 담당 신유정 {p2}, {a2}
배달 완료 처리됐으나 수취인 미수령 주장. 민규 님께 조사 결과 회신 예정일 안내""",
    [(PER, "강민규"), (PH, p1), (LOC, a1), (PER, "신유정"), (PH, p2), (LOC, a2), (PER, "민규")],
)

# ---------------------------------------------------------------- 근로복지공단 산재
r, b, a, ac = rr("681126", 1), bz(), "경기도 시흥시 공단1대로 204", acct("국민")
add(
    "ko",
    P,
    f"""요양급여 신청서 요약 (재해 경위 포함)
재해자: 왕덕수 ({r})
사업장: ㈜삼원프레스 (사업자 {b}) / {a}
재해일시: 2024.11.14. 10:20 프레스 작업 중 좌측 수지 압궤
휴업급여 계좌: 국민 {ac}""",
    [(PER, "왕덕수"), (RRN, r), (BRN, b), (LOC, a), (ACC, ac)],
)

x, p = ar("940317", 5), mob()
add(
    "mixed",
    P,
    f"""외국인 근로자 산재 상담 통역 메모 (네팔어)
Worker: Bishnu Tamang, ARC {x}, phone {p}
Injury: fall from scaffold, 11/19. Employer says "개인 과실".
비슈누 씨 본인은 공단에 직접 신청하길 원함""",
    [(PER, "Bishnu Tamang"), (ARN, x), (PH, p), (PER, "비슈누")],
)

# ---------------------------------------------------------------- LH 임대주택
r, a, p = rr("880130", 2), "경기도 남양주시 다산순환로 20, 6105동 1203호", mob()
add(
    "ko",
    P,
    f"""국민임대 재계약 대상자 안내문 개인화
계약자: 엄소라 ({r})
주택: {a}
연락처 {p}
소득 기준 초과(120.4%)로 할증 임대료 적용 예정 — 소라 님께 이의신청 절차 안내""",
    [(PER, "엄소라"), (RRN, r), (LOC, a), (PH, p), (PER, "소라")],
)

ac, p = acct("하나"), mob()
add(
    "ko",
    P,
    f"""임대보증금 반환 계좌 확인 메일
퇴거자 고은찬 님 ({p}) 보증금 반환 계좌 하나 {ac}
원상복구비 공제 후 잔액 송금 예정. 은찬 님 확인 회신 부탁 문구""",
    [(PER, "고은찬"), (PH, p), (ACC, ac), (PER, "은찬")],
)

# ---------------------------------------------------------------- 농정·해양·산림
r, ac = rr("620418", 1), acct("농협")
add(
    "ko",
    P,
    f"""공익직불금 신청 필지 검토
신청인 곽순철 ({r}), 농협 {ac}
필지 1: 전라남도 해남군 산이면 대진리 443-2 (논 2,310㎡)
필지 2: 전라남도 해남군 산이면 대진리 451 (밭 980㎡)
순철 씨 실경작 확인서 미제출""",
    [
        (PER, "곽순철"),
        (RRN, r),
        (ACC, ac),
        (LOC, "전라남도 해남군 산이면 대진리 443-2"),
        (LOC, "전라남도 해남군 산이면 대진리 451"),
        (PER, "순철"),
    ],
)

p1, p2 = mob(), "+86 138 " + fmt("NNNN NNNN")
add(
    "mixed",
    P,
    f"""선박 출입항 신고 선원명부 정리 (해경 파출소)
선명: 제7대성호 / 선장 하봉수 {p1}
선원: LIU JIANGUO (중국, 선원수첩 {dg(8)}) 연락처 {p2}
봉수 선장 출항 예정 04:30""",
    [(PER, "하봉수"), (PH, p1), (PER, "LIU JIANGUO"), (PH, p2), (PER, "봉수")],
)

r, p = rr("600714", 1), mob()
add(
    "ko",
    P,
    f"""산불감시원 채용 합격자 안내 문자
합격자: 두만석 (주민번호 {r}) 연락처 {p}
근무지: 영동군 양강면 초소, 2025.2.1.~5.15.
만석 님 배치교육 1/27(월) 10시""",
    [(PER, "두만석"), (RRN, r), (PH, p), (PER, "만석")],
)

# ---------------------------------------------------------------- 교육·문화
e, p = "lee.sohyun@sen.go.kr", mob()
add(
    "ko",
    P,
    f"""교원 직무연수 신청 누락 문의 회신
신청자: 서울○○중 이소현 교사 ({e}, {p})
연수명: 생성형 AI 활용 수업 설계 (30시간)
소현 선생님 신청 기록이 없어 추가 접수로 처리""",
    [(PER, "이소현"), (MAIL, e), (PH, p), (PER, "소현")],
)

p, e = mob(), "booklover_jy@hanmail.net"
add(
    "ko",
    P,
    f"""도서관 연체 안내 메일 보내려는데 톤 부드럽게
회원: 남주연 님 ({p}, {e})
연체 도서 3권, 14일 경과. 상호대차 도서 포함
주연 님 대출정지 해제 조건 안내""",
    [(PER, "남주연"), (PH, p), (MAIL, e), (PER, "주연")],
)

r, ac, e = rr("910302", 2), acct("신한"), "ahreum.draws@gmail.com"
add(
    "ko",
    P,
    f"""예술인 창작준비금 지원 신청자 서류 보완 요청
신청자: 빈하람 (일러스트레이터) {r}
지원금 계좌: 신한 {ac}
이메일: {e}
예술활동증명 유효기간 만료 — 하람 님께 갱신 후 재제출 요청""",
    [(PER, "빈하람"), (RRN, r), (ACC, ac), (MAIL, e), (PER, "하람")],
)

p = mob()
add(
    "ko",
    P,
    f"""국립공원 대피소 예약 취소 환불 문의 답변
예약자 정다솔 ({p}) — 세석대피소 12/14 2인
기상 악화로 통제 시 전액 환불. 다솔 님께 환불 일정 안내""",
    [(PER, "정다솔"), (PH, p), (PER, "다솔")],
)

# ---------------------------------------------------------------- 가족·복지·환경
r, ac, p = rr("870909", 2), acct("카카오뱅크"), mob()
add(
    "ko",
    P,
    f"""한부모가족 아동양육비 신청 접수 메모
신청인 류해솔 ({r}), 자녀 2명
양육비 계좌: 카카오뱅크 {ac}
연락처 {p}. 해솔 님 소득조사 동의서 서명 누락""",
    [(PER, "류해솔"), (RRN, r), (ACC, ac), (PH, p), (PER, "해솔")],
)

d, r = dl("경남"), rr("850120", 1)
add(
    "ko",
    P,
    f"""전기차 구매보조금 신청서 검토
신청자: 탁윤성 ({r})
운전면허번호: {d}
차종: 아이오닉5, 출고 예정 2024.12.
윤성 씨 거주기간 요건(90일) 충족 여부 확인""",
    [(PER, "탁윤성"), (RRN, r), (DLIC, d), (PER, "윤성")],
)

b, c, p = bz(), cr("194211"), land("055")
add(
    "ko",
    P,
    f"""법인 전기화물차 보조금 신청 서류 목록
신청법인: ㈜그린로지스 (사업자등록번호 {b} / 법인등록번호 {c})
담당: 물류팀 현도윤 대리 {p}
도윤 대리에게 차량 운행계획서 양식 송부""",
    [(BRN, b), (CRN, c), (PER, "현도윤"), (PH, p), (PER, "도윤")],
)

# ---------------------------------------------------------------- 통계·출장·법률
p, a = mob(), "인천광역시 연수구 컨벤시아대로 165, 2805동 402호"
add(
    "ko",
    P,
    f"""가계동향조사 조사원 방문 기록 정리
조사원: 국지혜 (010 번호로 연락: {p})
조사 가구: {a} (조사구 번호 {dg(7)}-{dg(2)})
11/23 부재, 11/24 응답 완료""",
    [(PER, "국지혜"), (PH, p), (LOC, a)],
)

c1, c2, q1, q2 = cc("5", sep="-"), cc("4", sep="-"), pp(), pp_new()
add(
    "ko",
    P,
    f"""국외출장 여비 정산서 — 카드 사용 내역 표로
출장자: 사무관 왕지훈 (여권 {q1}) / 주무관 용다해 (여권 {q2})
항공권: 정부구매카드 {c1} 1,842,300원
현지 숙박: 개인카드(왕지훈) {c2} USD 612.00
지훈 사무관 개인카드 사용분은 사후 청구""",
    [(PER, "왕지훈"), (PASS, q1), (PER, "용다해"), (PASS, q2), (CARD, c1), (PER, "왕지훈"), (CARD, c2), (PER, "지훈")],
)

r, p, a = rr("730525", 2), mob(), "광주광역시 서구 상무중앙로 110, 1101호"
add(
    "ko",
    P,
    f"""법률구조 신청 상담 기록 (임금 체불 아님, 보증금 반환)
신청인: 도미숙 ({r}), 연락처 {p}
주소: {a}
상대방: 임대인 (주소 불명). 미숙 님 소송구조 요건 충족""",
    [(PER, "도미숙"), (RRN, r), (PH, p), (LOC, a), (PER, "미숙")],
)

r, ac = rr("580803", 1), acct("우리")
add(
    "ko",
    P,
    f"""공무원연금 퇴직연금 수급자 계좌 변경 처리
수급자 맹태수 ({r}) 전직 ○○시청 행정6급
변경 계좌: 우리 {ac}
태수 님 본인 확인 완료(영상통화)""",
    [(PER, "맹태수"), (RRN, r), (ACC, ac), (PER, "태수")],
)

# ---------------------------------------------------------------- 역학조사·소상공인·입시·채용
p1, p2, a = mob(), mob(), "경기도 용인시 수지구 풍덕천로 129, 4층"
add(
    "ko",
    P,
    f"""결핵 접촉자 조사 명단 (보건소 역학조사반)
지표환자 근무지: {a}
접촉자 1: 은하율 {p1} (같은 사무실)
접촉자 2: 진보겸 {p2} (회의 동석 11/12)
하율 님, 보겸 님께 검진 안내 문자 발송 문안""",
    [(LOC, a), (PER, "은하율"), (PH, p1), (PER, "진보겸"), (PH, p2), (PER, "하율"), (PER, "보겸")],
)

p, r = mob(), rr("990311", 2)
add(
    "mixed",
    P,
    f"""이 Kafka 메시지 스키마 검토해줘 (감염병 신고 연계)
{js({"eventType": "REPORT_CREATED", "disease": "MPOX", "patient": {"nm": "함예나", "rrn": r, "tel": p}, "reporterOrg": "A0{dg(7)}"})}""",
    [(PER, "함예나"), (RRN, r), (PH, p)],
)

b, p, ac = bz(), mob(), acct("기업")
add(
    "ko",
    P,
    f"""소상공인 정책자금 대리대출 신청 정리
업체: 하늘분식 (사업자 {b}), 대표 추민아 {p}
대출 실행 계좌: 기업 {ac}
민아 대표 신용점수 확인 필요""",
    [(BRN, b), (PER, "추민아"), (PH, p), (ACC, ac), (PER, "민아")],
)

b1, b2 = bz(), bz()
add(
    "ko",
    P,
    f"""희망리턴패키지 폐업지원 신청 업체 목록
| 상호 | 사업자등록번호 | 대표자 |
| 다온공방 | {b1} | 윤새롬 |
| 브레드앤 | {b2} | 석하은 |
폐업 예정일 칼럼 추가해서 다시 만들어줘""",
    [(BRN, b1), (PER, "윤새롬"), (BRN, b2), (PER, "석하은")],
)

e, p = "seoa.parent@naver.com", mob()
add(
    "ko",
    P,
    f"""국립대 입학처 — 수시 서류 미제출 안내
수험생 옥서아 (수험번호 2025{dg(6)}) 보호자 연락처 {p}, 이메일 {e}
서아 학생 학교생활기록부 온라인 제공 미동의로 서류 직접 제출 필요""",
    [(PER, "옥서아"), (PH, p), (MAIL, e), (PER, "서아")],
)

e, p = "hyunwoo.na@gmail.com", mob()
add(
    "ko",
    P,
    f"""지방공무원 경력경쟁 채용 면접 일정 안내 메일
수신: 나현우 님 ({e})
면접일시 12/10(화) 14:20, 도청 별관 3층
문의 회신은 담당자 휴대폰 말고 본 메일로. 현우 님 비상연락처 {p} 확인됨""",
    [(PER, "나현우"), (MAIL, e), (PER, "현우"), (PH, p)],
)


# ---------------------------------------------------------------- 여권·면허·전세·금융민원 외
pno, p = pp(), mob()
add(
    "ko",
    P,
    f"""여권 분실 신고 후 재발급 안내 (구청 여권과)
신고인: 방서진, 분실 여권번호 {pno} (2019년 발급, 구형)
연락처 {p}
서진 님 긴급여권 필요 여부 확인 — 출국 12/1""",
    [(PER, "방서진"), (PASS, pno), (PH, p), (PER, "서진")],
)

pno, r = pp_new(), rr("000419", 4)
add(
    "ko",
    P,
    f"""자동출입국심사 등록 오류 문의 답변
신청인 계하온 ({r}), 차세대 전자여권 {pno}
지문 인식 실패 3회. 하온 님께 출입국 사무소 방문 등록 안내""",
    [(PER, "계하온"), (RRN, r), (PASS, pno), (PER, "하온")],
)

d, a = dl("대구", named=True), "대구광역시 달서구 월배로 223, 105동 1704호"
add(
    "ko",
    P,
    f"""운전면허 적성검사 미필 안내문 (도로교통공단 양식)
성명: 모태희
면허번호: {d}
주소: {a}
적성검사 기간 2024.12.31.까지, 태희 님 미필 시 과태료 3만원""",
    [(PER, "모태희"), (DLIC, d), (LOC, a), (PER, "태희")],
)

r, a, ac = rr("900228", 1), "서울특별시 은평구 통일로 684, 2동 304호", acct("국민")
add(
    "ko",
    P,
    f"""전세보증금 반환보증 이행청구 서류 요약 (HUG)
청구인: 표지환 ({r})
임차주택: {a}
보증금 2억 1천만원, 계약만료 2024.10.31.
이행 대금 수령 계좌 국민 {ac}
지환 님 임차권등기명령 완료""",
    [(PER, "표지환"), (RRN, r), (LOC, a), (ACC, ac), (PER, "지환")],
)

c, p = cc("5", sep=""), mob()
add(
    "ko",
    P,
    f"""금융민원 요지 정리 (금감원 이첩용)
민원인 강나윤 ({p})
카드번호 {c} 로 해외 부정결제 7건 발생, 카드사가 보상 거절
나윤 님 주장: 카드는 본인 소지, 해외 출국 이력 없음""",
    [(PER, "강나윤"), (PH, p), (CARD, c), (PER, "나윤")],
)

b, c, n = bz(), cr("284411"), "위태건"
add(
    "ko",
    P,
    f"""보증 심사 의견서 초안 (신용보증기금)
기업명: 주식회사 에이치엠솔루션
사업자등록번호 {b} / 법인등록번호 {c}
대표자 {n}, 업력 6년, 매출 42억
태건 대표 개인 신용 양호""",
    [(BRN, b), (CRN, c), (PER, n), (PER, "태건")],
)

c = cc("4", sep=" ")
add(
    "ko",
    P,
    f"""KTX 승차권 환불 민원 답장
고객 이나래 님, 11/20 서울→부산 승차권 결제 카드 {c}
열차 지연(58분)으로 지연배상 요청. 나래 님께 배상 기준 안내""",
    [(PER, "이나래"), (CARD, c), (PER, "나래")],
)

p, e = mob(), "gyeol.cho@hotmail.com"
add(
    "ko",
    P,
    f"""국민신문고 민원 이송 통지 문안
민원인 조결 님({p}, {e})께서 제기하신 '○○천 산책로 가로등 고장' 민원을 소관기관인 구청으로 이송합니다.
조결 님께 처리기한 연장 사유 포함해서 써줘""",
    [(PER, "조결"), (PH, p), (MAIL, e), (PER, "조결")],
)

r, a = rr("541117", 2), "충청남도 공주시 웅진로 73"
add(
    "ko",
    P,
    f"""인감증명 대리발급 위임장 검토
위임인: 채복순 ({r}), 주소 {a}
수임인: 아들 채동민 (직접 방문)
복순 어르신 요양병원 입원 중 — 위임장 자필 서명 여부 확인""",
    [(PER, "채복순"), (RRN, r), (LOC, a), (PER, "채동민"), (PER, "복순")],
)

# ---------------------------------------------------------------- 회의록·메일 서명·통화 녹취
p1, p2 = land("044"), mob()
add(
    "ko",
    P,
    f"""회의록 정리 부탁 (고용센터 실업급여팀 주간회의, 11/25)
참석: 팀장 노승범, 주무관 하예슬·길도현
1. 부정수급 의심 3건 — 도현 주무관 담당, 현장 확인 12/3
2. 민원 전화 폭주 대응 — 임시 회선 {p1} 개설
3. 예슬 주무관 출산휴가(12/16~) 대직자 지정 / 긴급 연락 {p2}""",
    [(PER, "노승범"), (PER, "하예슬"), (PER, "길도현"), (PER, "도현"), (PH, p1), (PER, "예슬"), (PH, p2)],
)

p1, p2, e = land("042"), mob(), "sbyoon@kdb.co.kr"
add(
    "mixed",
    P,
    f"""이 메일 영어로 번역해줘 (서명 포함)
안녕하세요, 지난주 논의한 녹색금융 공동 세미나 건으로 연락드립니다. 일정은 12월 둘째 주로 제안드립니다.

윤상범 드림
KDB산업은행 녹색금융부 | 차장
T {p1} | M {p2} | {e}""",
    [(PER, "윤상범"), (PH, p1), (PH, p2), (MAIL, e)],
)

r, p = rr("650718", 1), mob()
add(
    "ko",
    P,
    f"""콜센터 녹취 STT (국민연금 상담) 요지 정리
상담사: 본인 확인을 위해 성함과 주민등록번호 말씀해 주세요
고객: 예 신동수고요 {r} 입니다
상담사: 연락처는 {p} 맞으세요
고객: 네 그 번호요 근데 제가 연금을 조기에 받을 수 있나 해서""",
    [(PER, "신동수"), (RRN, r), (PH, p)],
)

p, e = voip(), "contact@dreamfarm.kr"
add(
    "ko",
    P,
    f"""농산물 공공급식 납품업체 연락처 정리
드림팜 영농조합 대표 석진우 — 인터넷전화 {p}, {e}
진우 대표 12월 납품 단가 조정 요청""",
    [(PER, "석진우"), (PH, p), (MAIL, e), (PER, "진우")],
)

x1, x2, p = ar("990505", 5), ar("970120", 6), mob()
add(
    "mixed",
    P,
    f"""외국인 계절근로자 숙소 배정표 (군청)
이름 | ARC | 숙소
Ariunbold Ganbaatar | {x1} | 1동 101호
Oyunchimeg Batbayar | {x2} | 2동 203호
관리자 연락처 {p} (우진농장 맹대호)""",
    [(PER, "Ariunbold Ganbaatar"), (ARN, x1), (PER, "Oyunchimeg Batbayar"), (ARN, x2), (PH, p), (PER, "맹대호")],
)

h1, h2 = hi(), hi()
add(
    "ko",
    P,
    f"""장기요양 등급 신청 서류 (한글 표에서 복사)
┃ 성명 ┃ 건강보험증번호 ┃ 관계 ┃
┃ 봉순임 ┃ {h1} ┃ 본인 ┃
┃ 봉철호 ┃ {h2} ┃ 자녀(신청 대리) ┃
표 다시 그려줘""",
    [(PER, "봉순임"), (HINS, h1), (PER, "봉철호"), (HINS, h2)],
)

ip, e = pub_ip(), "n.sato@mlit.go.jp"
add(
    "en",
    P,
    f"""Help me write a short reply: the Japanese ministry counterpart can't reach our file server.
From: Naoko Sato <{e}>
"We tried to upload the joint-study dataset from {ip} but the SFTP server returned 'connection refused'.
Could your IT team whitelist our address?" """,
    [(PER, "Naoko Sato"), (MAIL, e), (IP, ip)],
)

a, p = "12 Rue des Lilas, 69003 Lyon", "+33 6 " + fmt("NN NN NN NN")
add(
    "en",
    P,
    f"""Translate into Korean: letter from a French national whose child was born in Korea.
I am Sophie Laurent, now back in France ({a}). I need a copy of the birth report
filed at Mapo-gu office in 2022. Phone: {p}. Regards, Sophie Laurent""",
    [(PER, "Sophie Laurent"), (LOC, a), (PH, p), (PER, "Sophie Laurent")],
)

e1, e2 = "j.mwangi@unhcr-partners.org", "dongha.kim@moj.go.kr"
add(
    "en",
    P,
    f"""Summarise this thread for my director.
From: James Mwangi <{e1}>
To: Kim Dongha <{e2}>
Re: refugee status interview — the applicant's interpreter cancelled; James proposes 3 Dec instead.
Dongha replied the Incheon office can do 4 Dec at 10:00.""",
    [(PER, "James Mwangi"), (MAIL, e1), (PER, "Kim Dongha"), (MAIL, e2), (PER, "James"), (PER, "Dongha")],
)

r, p = rr("670309", 2), mob()
add(
    "ko",
    P,
    f"""다문화가족 통번역 서비스 신청서 내용 요약
신청인(한국인 배우자): 오경숙 {r}, {p}
통역 언어: 러시아어, 상담 일시 12/6
경숙 님 배우자 병원 동행 통역 요청""",
    [(PER, "오경숙"), (RRN, r), (PH, p), (PER, "경숙")],
)

ip1, ip2 = priv_ip(), priv_ip()
add(
    "mixed",
    P,
    f"""CCTV 통합관제센터 NVR 장애 보고서 써줘
- 장애 장비: NVR-07 ({ip1}), 카메라 32대 영상 끊김
- 백업 경로 NVR-08 ({ip2})로 절체 완료 (11/24 04:10)""",
    [(IP, ip1), (IP, ip2)],
)

n, p = "Nguyen Van Hieu", mob()
add(
    "mixed",
    P,
    f"""고용허가제 사업주 교육 출석부 (엑셀 붙여넣기)
교육일	사업장	사업주	연락처	비고
11/26	한솔농원	최길수	{p}	외국인 {n} 고용
출석부 형식으로 정리해줘""",
    [(PER, "최길수"), (PH, p), (PER, n)],
)

b, e, p = bz(), "tax@saerom-acc.co.kr", land("053")
add(
    "ko",
    P,
    f"""지방세 환급 신청 대리인 정보 확인
대리인: 새롬세무회계 세무사 한지석 ({b})
연락처 {p} / {e}
지석 세무사에게 위임장 원본 요청""",
    [(PER, "한지석"), (BRN, b), (PH, p), (MAIL, e), (PER, "지석")],
)

r, p = rr("021230", 4), mob()
add(
    "ko",
    P,
    f"""청년월세 지원 신청자 주소 불일치 확인 요청
신청인 문채린 ({r}), {p}
주민등록 주소와 임대차계약서 주소 상이 — 서울특별시 동작구 상도로 369, 402호(계약서)
채린 님 전입신고 예정일 회신 필요""",
    [(PER, "문채린"), (RRN, r), (PH, p), (LOC, "서울특별시 동작구 상도로 369, 402호"), (PER, "채린")],
)

p = fmt("+82 10-MNNN-NNNN")
add(
    "en",
    P,
    f"""Rewrite politely: "Ms. Aigerim Nurlanovna, your Korean language test result is ready. Call {p} (our office
mobile) to book the pickup. Aigerim, bring your ARC." """,
    [(PER, "Aigerim Nurlanovna"), (PH, p), (PER, "Aigerim")],
)

p1, p2, d = fmt("02-MNNN-NNNN"), mob("."), dl("경기북부")
add(
    "ko",
    P,
    f"""어린이집 차량 운행 일지 연락처 칸 정리
운전기사 표경호 {p2} (1종 대형 {d}) / 동승보호자 소은별
비상시 원장실 {p1}
경호 기사님 12월 차량 점검일 확인""",
    [(PER, "표경호"), (PH, p2), (DLIC, d), (PER, "소은별"), (PH, p1), (PER, "경호")],
)


# ---------------------------------------------------------------- obfuscated
p = mob()
sp = f"{sino(p[:3])}에 어… {sino(p[4:8])}에 그 {sino(p[9:])}"
add(
    "ko",
    OB,
    f"""119 신고 STT 원문인데 회신번호만 숫자로 바꿔줘
접수요원: 다시 연락드릴 번호 불러주세요
신고자: {sp}요
접수요원: 네 확인했습니다""",
    [(PH, sp)],
)

r = rr("850315", 1)
t = f"""병무청 콜센터 녹취 요약 부탁
민원인: 제 주민번호 앞자리는 {r[:6]}이고요. 아 잠깐만요, 카드 꺼낼게요. 뒷자리는 {r[7:]}이에요.
상담사: 재검 일정 조회해 드리겠습니다."""
add("ko", OB, t, [(RRN, seg(t, r[:6], r[7:]))])

r = rr("491105", 1)
lr = mapd(r, LOOK)
add(
    "mixed",
    OB,
    f"""보훈 대상자 카드 OCR 결과가 이상하게 나왔어. 주민번호 칸: {lr}
O→0, l→1, S→5, Z→2, B→8 로 바꿔서 원래 번호 복원하고 유족 명단이랑 대조해줘""",
    [(RRN, lr)],
)

e = "sora.kim" + "@" + "n" + CYR["a"] + "ver.com"
add(
    "mixed",
    OB,
    f"""유실물 온라인 신고 폼에 이메일이 {e} 로 들어왔는데 메일 발송이 계속 실패해. 왜 그래?
(복사해서 붙여넣은 거라 글자가 이상한 듯)""",
    [(MAIL, e)],
)

p = mob()
ew = f"{' '.join(EN_WORD[c] for c in p[:3])}, {' '.join(EN_WORD[c] for c in p[4:8])}, {' '.join(EN_WORD[c] for c in p[9:])}"
add(
    "en",
    OB,
    f"""Interpreter transcript (119), convert the callback number to digits:
Caller: My Korean number is {ew}. Please hurry.
Interpreter: 신고자 한국 번호 불러줬습니다.""",
    [(PH, ew)],
)

r = rr("610722", 2)
rv = r[::-1]
add(
    "ko",
    OB,
    f"""국민연금 채팅 상담 로그 — 고객이 주민번호를 거꾸로 써서 보냈어
고객: 보안 때문에 거꾸로 적어요 {rv}
상담사: 확인 후 안내드리겠습니다
이거 정상 번호로 돌려서 조회 요청서에 넣어줘""",
    [(RRN, rv)],
)

c = cc("5", sep="")
spc = " ".join(c)
add(
    "ko",
    OB,
    f"""특송 관세 납부 대행 요청 메일 원문
"카드번호 {spc} 로 결제해 주세요. 유효기간 08/27"
이 메일 답장 써줘 (대행 불가 안내)""",
    [(CARD, spc)],
)

p = mob()
fp = fw(p)
add(
    "mixed",
    OB,
    f"""체류연장 예약 문의 (일본 국적, 일본어 키보드로 작성)
「高橋美咲です。電話番号は{fp}です。」
번역하고 예약 확인 문자 보내줘""",
    [(PER, "高橋美咲"), (PH, fp)],
)

ac = acct("토스뱅크")
kc = keycap(ac)
add(
    "ko",
    OB,
    f"""실업급여 수급자 카톡 메시지 (이모지 숫자로 보냄)
"계좌 바꿔주세요 토스 {kc} 에요 😊"
계좌번호 숫자로 정리해서 변경 신청서에 넣을 수 있게""",
    [(ACC, kc)],
)

r = rr("080402", 3)
md = f"`{r[:6]}`-**{r[7:]}**"
add(
    "ko",
    OB,
    f"""학교 행정실 노션에서 복사한 전학생 서류 체크리스트
- 학생: 차민결
- 주민번호: {md}
- 전출교 공문 수신 완료""",
    [(PER, "차민결"), (RRN, r[:6] + "`-**" + r[7:])],
)

p = mob()
cells = f"<td>{p[:3]}</td><td>{p[4:8]}</td><td>{p[9:]}</td>"
add(
    "mixed",
    OB,
    f"""선관위 투표사무원 명단 HTML 내보내기 일부야. 전화번호 칸이 세 칸으로 쪼개졌는데 합쳐줘
<tr><td>현주원</td>{cells}</tr>""",
    [(PER, "현주원"), (PH, cells[4:-5])],
)

nm, r, e = "방서진", rr("920304", 2), "seojin.bang@korea.kr"
qn, qr, qe = pct(nm), r[:6] + "%2D" + r[7:], e.replace("@", "%40")
add(
    "mixed",
    OB,
    f"""민원 조회 URL이 로그에 이렇게 남았는데 개인정보 노출이야?
GET /minwon/lookup?nm={qn}&rrno={qr}&mail={qe}&type=02 HTTP/1.1""",
    [(PER, qn), (RRN, qr), (MAIL, qe)],
)

nm, a = "오진희", "경기도 성남시 분당구 판교역로 166, 3층"
blob = json.dumps({"applicant": nm, "addr": a, "status": "RECEIVED"})
add(
    "mixed",
    OB,
    f"""어린이집 입소 신청 API 응답 원문이 이렇게 나와. 한글로 디코딩해서 보여줘
{blob}""",
    [(PER, json.dumps(nm)[1:-1]), (LOC, json.dumps(a)[1:-1])],
)

r = rr("951221", 1)
b = b64(r)
add(
    "mixed",
    OB,
    f"""WAS 로그에 쿠키가 이렇게 찍혀. uinfo 값이 base64로 된 주민번호던데 로그 마스킹 필요하지?
Cookie: JSESSIONID=8F2A{dg(8)}; uinfo={b}; lang=ko""",
    [(RRN, b)],
)

nm, e = "안지호", "jiho.ahn@korea.kr"
mb = mime_b(nm)
add(
    "en",
    OB,
    f"""Why does the subject look broken in our ticketing system? Raw header:
From: {mb} <{e}>
Subject: =?UTF-8?B?{b64("보훈급여 지급 문의")}?=
Date: Mon, 25 Nov 2024 09:12:44 +0900""",
    [(PER, mb), (MAIL, e)],
)

nm = "계다인"
by = "".join(f"\\x{x:02x}" for x in nm.encode())
add(
    "mixed",
    OB,
    f"""파이썬에서 이름을 출력하면 이렇게 나와. 인코딩 문제 맞지?
>>> print(row["name"].encode())
b'{by}'
>>> print(row["grade"])
3""",
    [(PER, by)],
)

p = mob()
mix = f"{p[:4]}{sino(p[4])}{HANJA[p[5]]}{p[6:8]}-{p[9]}{HANJA[p[10]]}{sino(p[11])}{p[12]}"
add(
    "ko",
    OB,
    f"""지하철 유실물 게시판에 이렇게 글이 올라왔는데 연락처 맞나 봐줘
"지갑 주우신 분 {mix} 로 연락 주세요 사례함" """,
    [(PH, mix)],
)

ac = acct("신한")
sa = f"{sino(ac[:3])} 다시 {sino(ac[4:7])} 다시 {sino(ac[8:])}"
add(
    "ko",
    OB,
    f"""서민금융 상담 STT에서 입금 계좌 부분 숫자로 바꿔줘
고객: 신한은행이고요 {sa} 예요
상담사: 예금주 본인 맞으시죠""",
    [(ACC, sa)],
)

r = rr("770601", 2)
zr = ZW.join([r[:3], r[3:6], r[6], r[7:10], r[10:]])
add(
    "ko",
    OB,
    f"""웹페이지에서 복사한 민원 신청 내용인데 검색이 안 돼. 주민번호 칸: {zr}
왜 Ctrl+F로 안 찾아지는지 설명해줘""",
    [(RRN, zr)],
)

c = cc("4", sep="")
hw = f"{c[:4]} │ {c[4:8]} │ {c[8:12]} │ {c[12:]}"
add(
    "ko",
    OB,
    f"""한글(HWP) 표에서 카드번호 칸이 네 칸으로 나뉘어 있어. 합쳐서 한 칸으로
│ 카드번호 │ {hw} │
│ 소지자   │ 편가을 │""",
    [(CARD, hw), (PER, "편가을")],
)

r = rr("890912", 1)
fx = f'"{r[:6]}","-","{r[7:]}"'
add(
    "mixed",
    OB,
    f"""엑셀 수식이 왜 값을 못 불러와?
=CONCATENATE({fx})
위 셀이 C2 (성명: 하태경)""",
    [(RRN, fx), (PER, "하태경")],
)

ac = acct("신한")
lb = ac[:8] + "\n" + ac[8:]
add(
    "ko",
    OB,
    f"""스캔한 산재 휴업급여 청구서 OCR 결과, 계좌번호가 줄바꿈으로 잘렸어
예금주: 남기철  은행: 신한  계좌번호: {lb}
청구 기간: 2024.10.1.~10.31.""",
    [(PER, "남기철"), (ACC, lb)],
)

e_at = "sunhee.kang [at] mofa [dot] go [dot] kr"
add(
    "en",
    OB,
    f"""A colleague wrote her address like this to avoid spam bots: {e_at}
Please format a contact card for Ms. Kang Sunhee with it.""",
    [(MAIL, e_at), (PER, "Kang Sunhee")],
)

ipa = priv_ip()
o = [int(x) for x in ipa.split(".")]
ipint = str((o[0] << 24) + (o[1] << 16) + (o[2] << 8) + o[3])
add(
    "mixed",
    OB,
    f"""DB에 접속 IP가 정수(inet_aton)로 저장돼 있어. 이거 어느 대역인지 알려줘
| login_id | src_ip_int | login_at |
| ops_jkim | {ipint} | 2024-11-24 08:01:33 |""",
    [(IP, ipint)],
)

ac = acct("우리")
dbl = mapd(ac, DOUBLE)
add(
    "ko",
    OB,
    f"""보이스피싱 문자 캡처 텍스트, 수사 의뢰서에 넣을 거야
"[검찰청] 귀하 명의 계좌가 범죄에 연루되어 안전계좌 우리 {dbl} 로 이체 바랍니다"
지급정지 요청 공문 초안도""",
    [(ACC, dbl)],
)

p = mob()
db = mapd(p, DINGBAT)
add(
    "ko",
    OB,
    f"""불법 대출 광고 전단 문구 (신고용). "무직자 당일대출 ☎ {db} 김실장"
광고 전화번호 이용중지 요청 공문 써줘""",
    [(PH, db)],
)

t = """선거관리위원회 담당자한테 메일 주소 받았는데 헷갈려서. 아이디는 gaeun.oh 이고요, 골뱅이 뒤는 nec.go.kr 이에요.
이걸로 참관인 신고서 보내는 메일 써줘"""
add("ko", OB, t, [(MAIL, seg(t, "gaeun.oh", "nec.go.kr"))])

pno = pp_new()
sp_p = " ".join(pno.lower())
add(
    "mixed",
    OB,
    f"""출장자 여권번호를 전화로 받아 적은 메모: 여권 {sp_p} (소문자로 적음)
항공권 예약 시스템 형식(대문자, 공백 없음)으로 바꿔줘""",
    [(PASS, sp_p)],
)

h = hi()
sh = f"{sino(h[:4])} {sino(h[4:8])} {sino(h[8:])}"
add(
    "ko",
    OB,
    f"""건보공단 콜 STT: 피보험자 번호 부분만 숫자로
고객: 건강보험증 번호는 {sh} 입니다
상담사: 조회해 보겠습니다""",
    [(HINS, sh)],
)

b = bz()
fb = fw(b)
add(
    "mixed",
    OB,
    f"""일본 거래처 PDF에서 복사한 한국 법인 정보가 전각 문자라 시스템에 안 들어가:
取引先: 株式会社ソウルテック 事業者登録番号 {fb}
반각으로 바꿔서 세관 신고 서식에 맞춰줘""",
    [(BRN, fb)],
)

x = ar("930611", 6)
x2 = x[:9] + "\n" + x[9:]
add(
    "mixed",
    OB,
    f"""외국인등록증 OCR (줄이 밀렸음)
NAME: RAHMAN NUSRAT
REG.NO {x2}
VISA E-9  ISSUE 2022.08.14""",
    [(PER, "RAHMAN NUSRAT"), (ARN, x2)],
)

r = rr("040708", 4)
hxr = "".join(f"&#x{ord(c):x};" for c in r)
add(
    "mixed",
    OB,
    f"""학교 홈페이지 신청폼 HTML 소스에 이게 hidden 필드로 박혀 있어. 보안 취약점이야?
<input type="hidden" name="rrno" value="{hxr}">""",
    [(RRN, hxr)],
)


# ---------------------------------------------------------------- hard negatives
def s10(serial8: str, prefix: str = "EE", country: str = "KR") -> str:
    """A UPU S10 item number (EMS/registered post) with its check digit."""
    s = sum(int(c) * w for c, w in zip(serial8, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{prefix}{serial8}{c}{country}"


add(
    "ko",
    N,
    f"""택배 분실 민원 답변에 넣을 번호들 정리해줘
- 주문번호: 2024112{dg(9)}
- CJ대한통운 운송장번호: {dg(12, "56")}
- 반품 접수번호: RT-20241124-{dg(5)}
- 고객센터 1588-1255 (평일 09~18시)""",
    [],
)

add(
    "ko",
    N,
    """개인정보 처리 근거 조항 목록 표로 만들어줘
「개인정보 보호법」 제15조제1항제3호, 제24조의2제1항, 같은 법 시행령 제19조
「주민등록법」 제29조제2항, 법률 제19841호(2023. 12. 26. 일부개정)
「병역법」 제11조의2 및 같은 법 시행규칙 제7조의3""",
    [],
)

add(
    "ko",
    N,
    f"""사건번호 형식별로 관할 법원 구분해줘
2024가단{dg(6)}, 2024나{dg(5)}, 2024타경{dg(5)}, 2023고합{dg(3)}, 2024드단{dg(5)}, 2024카단{dg(6)}
등기신청사건번호 제{dg(5)}호(2024.11.22. 접수)""",
    [],
)

add(
    "mixed",
    N,
    """배치 작업 시간표 cron으로 바꿔줘
- 매일 02:30 KST (UTC 17:30) 연금 지급 대상 추출
- 매월 25일 09:00 지급 파일 전송, 실패 시 09:30, 10:00 재시도
- 2024-12-31 23:59:59 까지 구버전 병행 운영""",
    [],
)

add(
    "en",
    N,
    """Which of these builds are affected by the advisory?
- Windows 10 22H2 build 10.0.19045.5131
- Chrome 131.0.6778.86 / Edge 131.0.2903.63
- Hancom Office 2022 12.0.0.3650
- OpenSSL 3.0.13, nginx 1.24.0""",
    [],
)

i1, i2, i3 = isbn13("978-89-" + dg(4) + "-" + dg(3)), isbn13("979-11-" + dg(5) + "-" + dg(2)), issn(dg(7))
add(
    "ko",
    N,
    f"""도서관 희망도서 구입 목록 형식 맞춰줘
1) ISBN {i1} 『공공데이터 활용 실무』
2) ISBN {i2} 『행정법 총론(제14판)』
3) 정기간행물 ISSN {i3} 『지방행정』 2024년 11월호""",
    [],
)

add(
    "ko",
    N,
    """2025년 예산 요구안 합계 검산해줘
- 인건비 1,284,530,000원
- 운영비 312,407,500원
- 보훈급여 지급 3,041,226,780원
- 예비비 50,000,000원
합계가 4,688,164,280원 맞는지""",
    [],
)

add(
    "ko",
    N,
    """민원 안내문 하단 문의처 정리 (대표번호만)
국민연금공단 국번 없이 1355 / 고용노동부 고객상담센터 1350 / 병무청 1588-9090
외국인종합안내센터 1345 / 정부민원안내콜센터 110 / 보훈상담센터 1577-0606""",
    [],
)

add(
    "ko",
    N,
    """신청서 작성 예시 칸에 들어갈 문구 검토 (예시값이라 실제 정보 아님)
성명: 홍길동 / 주민등록번호: 000000-0000000
휴대전화: 010-0000-0000 / 이메일: user@example.com
주소: (예시) ○○시 ○○구 ○○로 00""",
    [],
)

e13 = ean13("880" + dg(9))
add(
    "ko",
    N,
    f"""물품 입고 목록 정리해줘 (어린이집 급식 납품)
- 상품 바코드 {e13} 유기농 두유 190ml × 24
- 모델명 SM-X210N 태블릿 2대 (교사용)
- 품목코드 FD-2024-{dg(4)}, 납품일 2024-11-25""",
    [],
)

add(
    "ko",
    N,
    """119 상황실 지도 좌표 변환 요청
출동 지점 WGS84 위도 37.51342, 경도 127.10012 → TM(EPSG:5186) 좌표로
다른 지점: 35.17944, 129.07556 / 33.49962, 126.53119""",
    [],
)

add(
    "en",
    N,
    f"""Are these integrity values consistent with the release notes?
sha256: {random.getrandbits(256):064x}
git commit: {random.getrandbits(160):040x}
build id: {random.getrandbits(128):032x}""",
    [],
)

add(
    "ko",
    N,
    f"""통관 진행 상황 요약 (수입 화물)
수입신고번호 {dg(5)}-24-{dg(6)}M, B/L No. HDMU{dg(7)}
컨테이너 {iso6346("MSCU" + dg(6))}, HS 8471.30-0000, 관세율 0% (ITA)
운송 차량 82다{dg(4)}""",
    [],
)

add(
    "mixed",
    N,
    """SNMP 모니터링 OID 정리해줘
sysUpTime 1.3.6.1.2.1.1.3.0 / ifInOctets 1.3.6.1.2.1.2.2.1.10
지침서 3.2.1.4항 및 부록 4.1.2.7 참고""",
    [],
)

add(
    "en",
    N,
    """Review this firewall rule set for mistakes:
allow 10.0.0.0/8 -> any:443
allow 172.16.0.0/12 -> any:8443
deny 0.0.0.0/0 -> any:22
health check: 127.0.0.1:8080, docs examples use 192.0.2.10 and 203.0.113.5""",
    [],
)

add(
    "mixed",
    N,
    r"""주민번호 마스킹 정규식 맞는지 봐줘
RRN_RE = re.compile(r"(\d{6})[-\s]?([1-8])\d{6}")
masked = RRN_RE.sub(r"\1-\2******", text)
테스트 입력은 따로 안 넣을게""",
    [],
)

add(
    "ko",
    N,
    f"""전자세금계산서/현금영수증 번호 구분 설명해줘
세금계산서 승인번호 20241125-{dg(8)}-{dg(8)}
현금영수증 승인번호 {dg(9)}, 국세청 자진발급 식별번호 010-000-1234""",
    [],
)

add(
    "ko",
    N,
    f"""지하철 유실물 일일 집계표 정리
관리번호 2024-11-24-{dg(5)} 휴대폰 (2호선 역코드 0222)
관리번호 2024-11-24-{dg(5)} 우산 (5호선 역코드 2535)
보관 기간 7일 경과분 경찰서 이관 예정""",
    [],
)

add(
    "ko",
    N,
    """개표 결과 표 검산 부탁
투표구 | 선거인수 | 투표수 | 무효
제1투표구 | 12,408 | 8,931 | 102
제2투표구 | 9,877 | 7,015 | 88
관내사전 | — | 5,402 | 41""",
    [],
)

add(
    "ko",
    N,
    """119 출동 통계 보고서 문장 다듬어줘
2024년 3분기 구급 출동 41,285건(전년 대비 3.4%↑), 평균 현장 도착 7분 52초,
심정지 이송 612건, 병원 선정 지연 10분 초과 1,203건""",
    [],
)

add(
    "ko",
    N,
    """병역판정검사 일정표 공지문으로 바꿔줘
- 2025.2.3.(월)~2.28.(금) 서울지방병무청 (08:30 입실)
- 2025.3.4.(화)~3.21.(금) 부산·울산지방병무청
- 재신체검사 대상자는 통지서 수령 후 14일 이내 일정 변경 가능""",
    [],
)

add(
    "ko",
    N,
    """국민연금 기본연금액 산식 설명 부탁
기본연금액 = 1.2 × (A + B) × (1 + 0.05n/12), A값 2,989,237원(2024년), 가입기간 20년 초과 1년마다 5% 가산
예상 월 수령액 812,400원, 부양가족연금 연 293,500원""",
    [],
)

add(
    "ko",
    N,
    f"""온누리상품권 모바일 PIN 등록이 안 돼요 (민원 답변 작성용)
상품권 PIN {not_luhn(16)} (16자리) 입력 시 '유효하지 않은 번호' 오류
발행일 2024-11-01, 권종 10,000원""",
    [],
)

add(
    "en",
    N,
    """Why does this fail in CI?
git clone git@github.com:moel-it/ei-benefit-api.git
npm install @types/node@20.11.5 @nestjs/core@10.3.2
@app.route("/health") returns 503""",
    [],
)

add(
    "ko",
    N,
    """체류자격별 연장 수수료 표 만들어줘
E-9-1 / H-2-1 / D-2-2 / F-6-1 / E-7-4
체류기간 연장 수수료 60,000원, 외국인등록증 재발급 30,000원""",
    [],
)

add(
    "ko",
    N,
    """보훈번호랑 군번 표기 규칙 설명해줘. 형식 예시만 있어 (실제 번호 아님)
보훈번호: 00-000000 형식 / 군번: 00-00000000 (입대연도 2자리 + 8자리)""",
    [],
)

add(
    "ko",
    N,
    """연기금 투자 종목 코드 정리
005930 보통주, 000660 보통주, 035420 보통주, 373220 보통주
ETF 069500, 252670 / 채권 KR103502GE97""",
    [],
)

add(
    "ko",
    N,
    """회의실 예약 안내 (정부세종청사 6동)
3층 302호 소회의실 내선 4321, 12층 대회의실 내선 2114
화상회의 ID 824 9917 3306, 암호 0917""",
    [],
)

add(
    "ko",
    N,
    """법정동코드랑 우편번호 매핑 검증
1168010100 역삼동 — 06234, 06236
4113510900 삼평동 — 13487
도로명코드 116803122010 (테헤란로)""",
    [],
)

add(
    "ko",
    N,
    """어린이집 12월 행사 일정 공지문
12/6(금) 10:00~11:30 김장 체험 / 12/19(목) 15:00 성탄 발표회 (학부모 참관 14:40 입장)
12/24(화)~12/26(목) 방학, 12/27(금) 09:00 정상 등원""",
    [],
)

add(
    "ko",
    N,
    f"""주문번호가 주민번호처럼 보인다고 민원이 들어왔어. 형식 설명 답변 써줘
주문번호 {"241125" + "0" + dg(6)} (앞 6자리 주문일자, 뒤 7자리 일련번호)""",
    [],
)

imei = card("35" + dg(12), (15,), "")
add(
    "ko",
    N,
    f"""습득 휴대폰 통신사 조회 요청 공문
기종: 갤럭시 S23, 색상 그린
IMEI {imei} (단말기 식별번호)
습득 장소: 3호선 열차 내, 습득 일시 2024-11-23 18:42""",
    [],
)

add(
    "ko",
    N,
    f"""국제우편 추적 안내 문구 작성
EMS 번호 {s10(dg(8))}, 등기 {s10(dg(8), "RR")}
접수 2024.11.20. 인천 국제우편물류센터 발송""",
    [],
)

add(
    "en",
    N,
    """Translate this legal basis into Korean.
Under Article 23(1) and Article 24-2 of the Personal Information Protection Act (Act No. 19234, amended 14 Mar 2023)
and Presidential Decree No. 33723, resident registration numbers may be processed only where a statute requires it.""",
    [],
)

add(
    "ko",
    N,
    """부서 회의록 정리 (참석자 실명 빼고 직위만)
- 과장: 예산 조정안 12/2까지 재제출
- 팀장: 민원 응대 매뉴얼 개정 (3장 4절)
- 주무관 2명: 시스템 점검 11/30(토) 09~13시
다음 회의 12/9 14:00 본관 2층 201호""",
    [],
)

add(
    "en",
    N,
    f"""Summarise this latency report.
req_id=9f{dg(6)} path=/api/v2/claims method=POST status=201 dur_ms=184 port=8443
req_id=9f{dg(6)} path=/api/v2/claims/stats method=GET status=200 dur_ms=2911 port=8443
p95=1204ms p99=3380ms window=2024-11-24T00:00Z/2024-11-24T23:59Z""",
    [],
)

add(
    "en",
    N,
    """Inventory list for the new branch, make it a CSV:
- switch SN FOC2413X0KZ, MAC 00:1A:2B:3C:4D:5E
- laptop SN 5CG3281QWT, asset tag KDB-IT-02231
- printer SN VNB3K21456, firmware 2.8.0.11""",
    [],
)

add(
    "ko",
    N,
    """회계 계정과목 코드 매핑표 검토
1101-0001 현금 / 1103-0210 보통예금 / 2101-0104 미지급금 / 4101-3300 보조금수익
예산과목 1031-301 일반수용비, 1031-302 공공요금""",
    [],
)

add(
    "ko",
    N,
    """고시 개정 이력 표로 정리
고용노동부고시 제2024-71호(2024. 10. 14.) → 제2024-88호(2024. 11. 22.)
행정안전부 예규 제287호, 관보 제20871호 게재""",
    [],
)

add(
    "ko",
    N,
    """학교 시간표 엑셀 정리 (2학년 3반)
월: 1교시 국어(204호) 2교시 수학(204호) 3교시 과학(실험실2)
학번 체계: 2024 입학 → 2024xxxx (학년·반·번호 4자리)""",
    [],
)

add(
    "ko",
    N,
    f"""공탁 사건 처리 현황 요약
2024금제{dg(4)}호 (변제공탁), 2024금제{dg(4)}호 (집행공탁) — 공탁금 합계 18,400,000원
출급 청구 기한 2034.11.(10년)""",
    [],
)

add(
    "en",
    N,
    """Add these hotline numbers to the English FAQ page:
Immigration Contact Center 1345 (20 languages), Dasan Call Center 120, Police 112, Fire/Ambulance 119,
Korea Customs smuggling report 125, National Pension Service 1355 (press 5 for English).""",
    [],
)

add(
    "en",
    N,
    """Is this form template OK? It only shows placeholder values.
Name: John Doe | Email: john.doe@example.com | Phone: (555) 555-0123
Card: 4111 1111 1111 1111 (test card) | Address: 123 Main St, Anytown""",
    [],
)

add(
    "en",
    N,
    """Convert these epoch timestamps to KST:
1732406400, 1732492799, 1700000000000 (ms)
and ISO 2024-11-24T15:00:00Z, 2024-11-25T00:00:00+09:00""",
    [],
)

add(
    "mixed",
    N,
    """이 diff 리뷰해줘 (설정 키만 바뀜)
-  mask.rrn.enabled: false
+  mask.rrn.enabled: true
+  mask.phone.pattern: "010-****-####"
+  retention.days: 1825""",
    [],
)

add(
    "ko",
    N,
    f"""KTX 예매 내역 정리 (출장)
열차 KTX 0{dg(2)}, 2024-12-03 07:{dg(2, "012345")} 서울 → 부산
좌석 5호차 12A, 승차권 번호 {dg(5)}-{dg(4)}-{dg(5)}-{dg(2)}
운임 59,800원 (법인 정산)""",
    [],
)

add(
    "ko",
    N,
    f"""카드 영수증 스캔 정리 (마스킹된 상태 그대로)
카드번호 5412-****-****-{dg(4)} 승인번호 {dg(8)}
일시불 128,000원 / 가맹점번호 {dg(9)}""",
    [],
)

add(
    "ko",
    N,
    """민원 처리 결과 통지서 양식 점검 — 이미 마스킹 돼 있음
민원인 김** / 주민번호 900101-1****** / 연락처 010-****-5678
마스킹 규칙이 지침이랑 맞는지만 봐줘""",
    [],
)

add(
    "en",
    N,
    f"""Cite these in APA style:
Journal of Public Administration, ISSN {issn(dg(7))}, 52(3), 211–240. doi:10.1080/{dg(8)}.2024.{dg(7)}
Korean Social Security Studies, ISSN {issn(dg(7))}, vol. 40 no. 2""",
    [],
)

add(
    "ko",
    N,
    """측량 성과 좌표 표 변환 (EPSG:5186)
기준점 A: X 552,314.205 / Y 198,741.882
기준점 B: X 551,902.770 / Y 199,015.431
면적 1,284.6㎡, 둘레 143.27m""",
    [],
)

add(
    "ko",
    N,
    """선거 투표율 추이 요약 문장으로
07시 1.9% → 09시 8.4% → 13시 29.2% → 18시 62.7% (최종 63.5%)
사전투표율 31.28% (전국 평균 대비 +1.3%p)""",
    [],
)

add(
    "ko",
    N,
    """사업자등록번호 구성 설명 자료 (교육용, 실제 번호 없음)
총 10자리: 앞 3자리 세무서 코드, 가운데 2자리 개인·법인 구분, 뒤 4자리 일련번호, 마지막 1자리 검증번호
표기 예: 000-00-00000""",
    [],
)

add(
    "ko",
    N,
    """집회 신고 관할 정리
세종대로 일대(광화문광장~시청 앞), 여의대로 국회 앞, 서초대로 법원삼거리
각 구간 관할 경찰서와 신고 접수 기한(720시간 전~48시간 전) 표로""",
    [],
)

add(
    "ko",
    N,
    """문화재 안내판 문구 교정
이순신 장군 동상(1968년 건립)과 세종대왕 동상(2009년)은 광화문광장의 상징이다.
훈민정음 반포 1446년, 한산도대첩 1592년""",
    [],
)

add(
    "en",
    N,
    """Refactor this test fixture; it only uses generated fake data.
from faker import Faker
fake = Faker("ko_KR")
rows = [{"name": fake.name(), "phone": fake.phone_number()} for _ in range(100)]
assert len(rows) == 100""",
    [],
)

add(
    "ko",
    N,
    f"""관용차량 등록 현황
차량번호 12무{dg(4)} / 차대번호 KMHL{dg(2)}1B{dg(2)}U{dg(6)} / 2023년식
차량번호 34무{dg(4)} / 차대번호 KNAE{dg(2)}1C{dg(2)}P{dg(6)} / 2024년식""",
    [],
)

add(
    "ko",
    N,
    f"""세관 검사 의뢰 품목 정리
CAS No. 64-17-5 (에탄올), 7647-01-0 (염산)
식약처 품목허가번호 제{dg(6)}호, HS 2207.10-1000""",
    [],
)

add(
    "en",
    N,
    """Explain the difference between these bank codes for our remittance guide:
SWIFT/BIC KODBKRSE (KDB), IBKOKRSE (IBK), NACFKRSE (NongHyup)
Korean bank codes 002, 003, 011 and the clearing cut-off 16:30 KST""",
    [],
)

add(
    "mixed",
    N,
    f"""Jira 이슈 요약해줘
EIB-{dg(4)} 실업급여 신청 화면 타임아웃 (Priority: High, Sprint 24.11.2)
EIB-{dg(4)} 구직활동 첨부파일 10MB 제한 상향 — PR #{dg(4)} merged into release/3.8.1""",
    [],
)

add(
    "ko",
    N,
    f"""민원 접수번호 형식 통일안
국민신문고 1AA-2411-{dg(7)}, 새올 2024-{dg(7)}, 정부24 신청번호 {grp(not_luhn(16), (4, 4, 4, 4))}
접수번호로 민원인을 특정할 수 없도록 하는 방안 검토""",
    [],
)


def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "fourteenth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_fourteenth.jsonl"), build())


if __name__ == "__main__":
    main()
