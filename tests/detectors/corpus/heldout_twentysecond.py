# ruff: noqa: E501
"""Twenty-second blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; the [tool.ruff] section of
pyproject.toml; of heldout_twentyfirst.py lines 1-624 only (module docstring with the labelling conventions, imports,
constants, seed, add(), value makers and disguise helpers; nothing of its cases, lines 625-4058, was read) and lines
4059-4120 (build(), self_check(), main()), with `sed -n`, plus a `grep -n` of def/import lines over the `sed -n 1,624p`
output to copy the value makers by line range. Other looks: `wc -l` of those files, an `ls` of tests/detectors/corpus/
(names only), this file's own .jsonl output read back to check span placement, ruff and mypy on this file. No git
log, git diff or git status was run. The engine and the evaluation script were neither read nor run on these cases;
nothing here was tuned to the engine. The value makers dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/BANK/acct/pp/pp_new/
REGION/dl/hi/hid/priv_ip/pub_ip/grp/digits/issn/ip6/luhn_digit/pick_mob are copied from the twenty-first unchanged;
orcid, cas and bad_brn are new; every disguise helper below is written for this set (none copied). Seed
22_2026_1124_6341; resident, alien, business and corporate numbers and card numbers carry real check digits
(check_digits.py); the one post-October-2020 resident number (random last digit failing the old checksum) is for a child
born in 2023; children born 2000-2004 carry the old checksum. Among the hard negatives the ORCID iDs, CAS numbers,
EAN-13 codes, ISBNs and ISSN carry their check digits; the published gateway test cards pass Luhn; the 3-2-5 order
number is made to FAIL the business-number check.

New domains (none in the twenty-first's list): 헌혈의집, 구립도서관 상호대차, 예비군 훈련 출입, 웨딩홀 계약, 장례식장
빈소, 산후조리원, 어린이집 입소 대기·운영위원회, 학원 수강료 환불, 스터디카페 정기권, 전통시장 상인회, 재건축 조합,
외국인 간병인 매칭, 신혼여행 항공권, 해외 수학여행, 대리운전 기사 등록, 보건소 금연클리닉, 공유오피스, 농산물
직거래, 보이스피싱 피해 신고, 경찰 분실물, 택시 앱 고객센터, 청소대행, 건설현장 일용직 노임, 방문요양, 프랜차이즈
가맹계약, 안경원, 번역 공증, 오토바이 보험, 관리사무소 CCTV, 동창회, 한의원 추나 청구, 소상공인 정책자금, 인터넷
개통, 휴대폰 대리점 외국인 개통, 동대표 선거, 마라톤 대회, 주유소 법인카드, 장애인 콜택시, 개인회생, 보증보험,
신용회복 상담 녹취, 공인중개사 매물, 법원 경매 보증금, 치과 틀니 급여, 약국 팩스, 결혼정보회사 분쟁, 물류센터
지게차, 편의점 근로계약, 해외 봉사단, 조선소 협력업체, 콜센터 QA, 성당 혼인 교리, 꽃배달, 사내 동호회 후원,
어학연수, 캠핑장, 합창단, 자동차 정비소, 외국인 지역 건강보험, 투표사무원 위촉, 케이터링 납품, 가사도우미 앱,
교회 교적부, 해외 학회 출장, 산재 요양, 화물 공동운송, 합병 공고, 외국인 기숙사, 수영강습 자동이체, 다문화가족
한국어교실, 스쿨버스 운전원, 보험 사고접수 ARS, 세탁 수거 플랫폼, 국제운전면허, 조정 동호회; English: visa
invitation letter, alumni donation, US tenancy maintenance, Zendesk, LDIF, Postfix, fail2ban, HR offboarding, vCard,
iCalendar, expat payroll, Sentry, Okta, lost-luggage claim, SIP INVITE, Asterisk CDR, HAR, vendor onboarding, share
purchase agreement, expat clinic intake, car sharing, refunds, Prometheus, HubSpot CSV, gym membership, APIS
correction, UnionPay chargeback, iptables, order apology, tenancy reference, due diligence memo; mixed IT: Redis
MONITOR, Kafka, Terraform state, .env, VPC flow logs, Airflow, Jenkins, Elasticsearch, 세금계산서 API, docker-compose,
Slack DM, Grafana, FastAPI/Pydantic, SQLite dump, Apache access log, TOML, Alertmanager, R data.frame, Jupyter, Cisco
ASA, OpenAPI, protobuf text format, Go/Kotlin/Swift/Rust fixtures, IPv6 log, Outlook, Zendesk macro, Sentry
breadcrumb, 학부모 단톡. Hard negatives (new kinds): 택배 운송장, 법원 사건번호, 사업자번호 꼴 주문번호 (check fails),
GPS 좌표, 전기 고객번호·계량기번호, 의약품 표준코드·약가코드, 요양기관기호, 카드 승인번호 (masked card), 현금영수증·
전자세금계산서 승인번호, 역사 인물 교육자료, 이름 같은 고유어 (하늘, 바다, 이슬, 새봄, 다솜, 한결), 국가기술자격번호,
부동산 고유번호, 자동차 번호판, HS 코드, 혈압 기록, KCD·수가코드, 항공편·PNR, 규정 조항·4단 목차 번호, 주민번호
입력 안내 placeholder, CAS 번호, ISBN, 사원번호·내선, 바둑 기보, 금액, 드라마 가상 인물, 배차번호, 지하철 역번호,
엑셀 셀 범위, 라디오 주파수; published payment test cards, ORCID and Scopus IDs, novel characters, medical and
mathematical eponyms, programming languages and tools named after people, fashion brands named after founders,
English words that are given names (bill, mark, will, pat, rob), browser version strings, statistics eponyms, EAN-13,
DOI/ISSN, racehorse names, opening hours, documentation placeholders (John Doe, example.com, 555-0100, 192.0.2.10),
semantic versions, Nomad job spec, 4-part release tags, courier API invoice numbers, web framework names, GPS tracker
log, Jira keys, SKUs, Nobel laureates, AWS account IDs, colour codes, Excel cell ranges, React keys (epoch ms), team
names from mythology. Formats: KakaoTalk and Slack DMs, STT/ARS transcripts, OCR'd boxes and bank-book scans, HWP
copies, fax covers, markdown tables, CSV, SQL rows, JSON, YAML/TOML/.env, LDIF, vCard, iCalendar, SIP, CDR, HAR,
syslog-style logs (Postfix, fail2ban, iptables, Cisco ASA, Apache), Terraform, protobuf text, R and Jupyter output,
code in Python/Go/Kotlin/Swift/Rust/JS, e-mails, letters, memos, forms and notices.

Labelling decisions: the twenty-first set's rules (its docstring) apply unchanged. Added or made explicit here:
- A vCard ADR or similar structured address: only the street component with its number is LOCATION. An English-order
  address without a postcode runs through the city.
- A phone number inside a sip: URI is PHONE_NUMBER on the number only.
- Never labelled (beyond the twenty-first's list): published payment-gateway test card numbers, placeholder people and
  example.com addresses, courier waybill and invoice numbers, court case numbers, order numbers shaped like business
  numbers, GPS coordinates, utility customer and meter numbers, drug standard and price codes, 요양기관기호, card
  approval numbers, receipt and tax-invoice approval numbers, qualification certificate numbers, property unique numbers,
  vehicle plates, HS codes, KCD and fee codes, flight numbers and PNRs, outline/section numbers and version strings
  that look like IPv4 addresses, CAS numbers, ISBN/ISSN/DOI/ORCID/Scopus IDs, employee numbers, AWS account IDs,
  historical figures, Nobel laureates, fictional characters (novels, dramas), eponyms in medicine and mathematics,
  tools, languages and brands named after people, racehorse and team names.
- Disguise spans: one span from the first to the last character of the disguised value, invisible joiners and
  look-alike characters inside; a value split into string literals concatenated in code runs from the first character
  inside the first literal to the last inside the last (quotes and "+" inside); an encoded value (base64, Ascii85,
  hex, percent, double percent, quoted-printable encoded-word, HTML character references, JSON \\u escapes, Python
  bytes repr escapes) is labelled with the entity it encodes on the encoded token (delimiters such as <~ ~> and b'
  ' outside, the encoded-word's =? ?= inside); a value displayed through a right-to-left override is labelled on the
  stored (reversed) characters, the bidi controls outside; a number read aloud or spelt in Hangul runs from the first
  to the last spoken word; an HTML character-reference span ends with its final ";" (self_check allows it).

Obfuscation kinds (40). Common (20): fullwidth resident number (HWP copy), zero-width spaces in a phone number, minus
signs for hyphens in an account number, card digits separated by spaces, resident number digits separated by dots,
account number broken over lines (OCR), Hangul-read phone number (STT), base64 e-mail, percent-encoded name in a URL,
hex-encoded phone number, spaced name syllables, (at)/(dot) e-mail, 골뱅이/점 e-mail, word joiners in a passport
number, "at"/"dot" spelt out in an e-mail, fullwidth e-mail (IME), Hangul-read driver's licence with 다시, health
insurance number mixing Hangul and Arabic digits, IPv4 defanged with (dot), business number with underscores.
New (20): Arabic-Indic digit phone number, mathematical bold digit card number, Hanja-numeral resident number, MIME
quoted-printable encoded-word name, HTML character reference e-mail, JSON \\u-escaped name, Korean name typed in
English keyboard mode, phone number read in Sino-Korean group units (STT), emoji keycap phone number, e-mail spelt in
Hangul letter names (STT), IPv4 in dotted hexadecimal, resident number with spreadsheet thousands separators, Cyrillic
homoglyph e-mail, combining-strikethrough account number, right-to-left-override reversed phone number, e-mail split
into concatenated string literals, double percent-encoded e-mail, Ascii85 resident number in a PDF stream, Python bytes
repr name, phone number typed with Shift held (number-row symbols)."""

from __future__ import annotations

import base64
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

random.seed(22_2026_1124_6341)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the twenty-first set, which copied them from the twentieth, unchanged)
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



# ---------------------------------------------------------------- value makers new for this set (hard negatives)
def orcid(first15: str) -> str:
    """An ORCID iD with its ISO 7064 mod 11-2 check character, grouped 4-4-4-4."""
    total = 0
    for ch in first15:
        total = (total + int(ch)) * 2
    c = (12 - total % 11) % 11
    x = first15 + ("X" if c == 10 else str(c))
    return "-".join(x[i : i + 4] for i in range(0, 16, 4))


def cas(body: str) -> str:
    """A CAS registry number with its check digit (digits weighted 1, 2, 3 ... from the right, mod 10)."""
    d = body.replace("-", "")
    c = sum(int(x) * (i + 1) for i, x in enumerate(reversed(d))) % 10
    return f"{d[:-2]}-{d[-2:]}-{c}"


def bad_brn() -> str:
    """A 3-2-5 order number that is NOT a valid business number (check digit forced wrong)."""
    v = bz()
    last = str((int(v[-1]) + 3) % 10)
    return v[:-1] + last


# ---------------------------------------------------------------- disguises written for this set
def tr(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
HANGUL_DIGIT = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
ARABIC = {str(d): chr(0x0660 + d) for d in range(10)}
BOLD = {str(d): chr(0x1D7CE + d) for d in range(10)}
HANJA_NUM = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
KEYCAP = {str(d): f"{d}\ufe0f\u20e3" for d in range(10)}
SHIFT_ROW = dict(zip("1234567890-", "!@#$%^&*()_", strict=True))
CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443"}
LETTER_KO = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트".split(),
        strict=True,
    )
)
KEY_CHO = "r R s e E f a q Q t T d w W c z x v g".split()
KEY_JUNG = "k o i O j p u P h hk ho hl y n nj np nl b m ml l".split()
KEY_JONG = ["", *"r R rt s sw sg e f fr fa fq ft fx fv fg a q qt t T d w c z x v g".split()]
UNITS = (("천", 1000), ("백", 100), ("십", 10))


def sep_chars(s: str, sep: str, keep_dash: bool = False) -> str:
    """The characters of `s` with `sep` between them (hyphens dropped unless kept)."""
    return sep.join(c for c in s if keep_dash or c != "-")


def b64e(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def a85(s: str) -> str:
    return base64.a85encode(s.encode()).decode()


def pct_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def hex_utf8(s: str) -> str:
    return s.encode().hex()


def qp_word(s: str) -> str:
    """A MIME encoded-word in quoted-printable form (=?UTF-8?Q?=EA=B9...?=), as a mail header carries a name."""
    return "=?UTF-8?Q?" + "".join(f"={b:02X}" for b in s.encode()) + "?="


def html_refs(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def json_u(s: str) -> str:
    out = json.dumps(s)[1:-1]
    assert out != s
    return out


def bytes_repr(s: str) -> str:
    """The inside of a Python bytes repr (\\xea\\xb9...), as a log line printing raw UTF-8 shows a name."""
    return str(s.encode())[2:-1]


def en_keys(s: str) -> str:
    """Hangul typed with the keyboard left in English mode (2-set layout): 김 -> rla."""
    out: list[str] = []
    for ch in s:
        i = ord(ch) - 0xAC00
        assert 0 <= i < 11172, ch
        out.append(KEY_CHO[i // 588] + KEY_JUNG[i % 588 // 28] + KEY_JONG[i % 28])
    return "".join(out)


def read_group(g: str) -> str:
    """A digit group read as a Sino-Korean number (4821 -> 사천팔백이십일); a leading zero is read digit by digit."""
    if g.startswith("0"):
        return tr(g, HANGUL_DIGIT)
    n, out = int(g), ""
    for unit, p in UNITS:
        d = n // p % 10
        if d:
            out += ("" if d == 1 else HANGUL_DIGIT[str(d)]) + unit
    return out + ("" if n % 10 == 0 else HANGUL_DIGIT[str(n % 10)])


def spell_ko(s: str) -> str:
    """An address spelt letter by letter in Hangul letter names, digits in Sino-Korean (STT of a spelt e-mail)."""
    return " ".join(LETTER_KO.get(c, HANGUL_DIGIT.get(c, "점" if c == "." else c)) for c in s)


def hex_ip(ip: str) -> str:
    return ".".join(f"0x{int(o):02x}" for o in ip.split("."))


def strike(s: str) -> str:
    return "".join(c + "\u0336" for c in s)


def homoglyph(s: str) -> str:
    out = tr(s, CYRILLIC)
    assert out != s
    return out


def thousands(s: str) -> str:
    d = digits(s)
    assert d[0] != "0"
    return f"{int(d):,}"


def double_pct(s: str) -> str:
    return s.replace("@", "%2540")


def ml(*rows: str) -> str:
    return "\n".join(rows)


# ---------------------------------------------------------------- positives: 생활·복지·지역 (Korean)
v1, v2 = rr("870412", 2), pick_mob()
add("ko", P, f"[헌혈의집 전산 이관 요청]\n헌혈자 설하람 / 주민번호 {v1} / 연락처 {v2}\n헌혈증서 재발급 사유를 정중한 안내 문자로 바꿔줘.", [(PER, "설하람"), (RRN, v1), (PH, v2)])
v1 = acct("우체국")
add("ko", P, f"구립도서관 상호대차 연체료 환불 건입니다. 이용자 어지원 님 환불계좌 우체국 {v1}. 환불 완료 안내문 두 줄로 써 주세요.", [(PER, "어지원"), (ACC, v1)])
v1, v2 = dl("경기"), mob()
add("ko", P, f"예비군 훈련 차량 출입 등록표\n성명: 용석진\n운전면허: {v1}\n휴대폰: {v2}\n위 내용으로 부대 출입 신청서 양식 채워줘", [(PER, "용석진"), (DLIC, v1), (PH, v2)])
v1 = "부산광역시 해운대구 센텀중앙로 48, 1203호"
add("ko", P, f"웨딩홀 계약서 초안 검토 부탁드립니다. 신랑 제갈민호, 신부 남궁윤서, 청첩장 회신 주소 {v1}. 위약금 조항이 소비자에게 불리한지 봐 주세요.", [(PER, "제갈민호"), (PER, "남궁윤서"), (LOC, v1)])
v1, v2 = rr("520918", 1), land("031")
add("ko", P, f"장례식장 빈소 배정 메모 — 고인 석혜린 님 부군 인동규({v1}), 상주 연락 {v2}. 부고 문자 초안 만들어줘.", [(PER, "석혜린"), (PER, "인동규"), (RRN, v1), (PH, v2)])
v1, v2 = hi(), rr("930205", 2)
add("ko", P, f"산후조리원 입실 서류: 산모 표수아, 주민등록번호 {v2}, 건강보험증번호 {v1}. 누락된 서류가 뭔지 체크리스트로 정리해줘.", [(PER, "표수아"), (RRN, v2), (HINS, v1)])
v1, v2 = rn("230617", 3), "대전광역시 서구 둔산로 123, 302동 1501호"
add("ko", P, f"어린이집 입소 대기 신청 — 아동 채윤기(2023년생) {v1}, 주소 {v2}. 대기 순번 조회 방법 알려줘.", [(PER, "채윤기"), (RRN, v1), (LOC, v2)])
v1, v2, v3 = mob(), acct("카카오뱅크"), "금다인"
add("ko", P, f"학원 수강료 환불 요청 카톡\n{v3}: 원장님 저 {v3}인데요 환불계좌 카뱅 {v2}이고 연락은 {v1}로 주세요\n→ 환불 규정 설명하는 답장 써줘", [(PER, v3), (PER, v3), (ACC, v2), (PH, v1)])
v1 = cc("9", (4, 4, 4, 4))
add("ko", P, f"스터디카페 정기권 자동결제 실패 로그: member=하상욱 card={v1} result=LIMIT_EXCEEDED\n고객에게 보낼 결제수단 변경 안내 문구 부탁해.", [(PER, "하상욱"), (CARD, v1)])
v1, v2 = bz(), acct("기업")
add("ko", P, f"전통시장 상인회 공동구매 정산표\n상호: 햇살상회 / 사업자등록번호 {v1} / 정산계좌 기업은행 {v2} (예금주 국승희)\n정산 지연 사과문 작성해줘.", [(BRN, v1), (ACC, v2), (PER, "국승희")])
v1 = cr("134811")
add("ko", P, f"재건축 조합 총회 자료에 시공사 법인등록번호 {v1}가 맞는지 등기부 대조 요령 알려줘.", [(CRN, v1)])
v1, v2 = ar("900311", 6), mob()
add("ko", P, f"외국인 간병인 매칭 요청서\n간병인: 응우옌 티 린 (외국인등록번호 {v1})\n보호자: 방세린 {v2}\n근무조건 표로 정리해줘.", [(PER, "응우옌 티 린"), (ARN, v1), (PER, "방세린"), (PH, v2)])
v1 = pp_new()
add("ko", P, f"신혼여행 항공권 예약자 명재훈, 여권번호 {v1}로 발권했는데 영문 철자가 다르게 들어갔어요. 항공사에 보낼 정정 요청 메일 써줘.", [(PER, "명재훈"), (PASS, v1)])
v1, v2 = pp(), rr("010723", 4)
add("ko", P, f"수학여행 인솔 명단(해외) 3학년 위서진 — 여권 {v1}, 주민번호 {v2}. 보호자 동의서 문구 다듬어줘.", [(PER, "위서진"), (PASS, v1), (RRN, v2)])
v1, v2 = dl("서울", named=True), "엄태린"
add("ko", P, f"대리운전 기사 등록 심사: 기사명 {v2}, 면허 {v1} (1종 보통). 보험 가입 확인 절차만 간단히.", [(PER, v2), (DLIC, v1)])
v1, v2 = hid(), "소지환"
add("ko", P, f"보건소 금연클리닉 등록카드 OCR\n┌───────────┐\n│성명 {v2}    │\n│건보증번호 {v1}│\n└───────────┘\n등록 확인 문자 써줘", [(PER, v2), (HINS, v1)])
v1, v2 = land("02"), "서울특별시 마포구 월드컵북로 402, 5층"
add("ko", P, f"공유오피스 입주 신청 — 담당 길민영 대표 직통 {v1}, 사무실 주소 {v2}. 입주 환영 메일 초안 써줘.", [(PER, "길민영"), (PH, v1), (LOC, v2)])
v1 = acct("농협")
add("ko", P, f"농산물 직거래 장터 판매대금 입금 계좌 농협 {v1} (예금주 천유나). 판매자 정산 안내문 만들어줘.", [(ACC, v1), (PER, "천유나")])
v1, v2 = rr("780130", 1, dash=False), mob()
add("ko", P, f"보이스피싱 피해 신고서 작성 도와줘. 피해자 추경민 주민번호 {v1} 연락처 {v2}. 사건 경위는 내가 따로 쓸게.", [(PER, "추경민"), (RRN, v1), (PH, v2)])
v1 = "경상남도 창원시 성산구 중앙대로 151"
add("ko", P, f"경찰서 분실물 습득 신고 메모: 지갑 주인 여운찬(신분증 주소 {v1}). 습득물 반환 안내 공문 써줘.", [(PER, "여운찬"), (LOC, v1)])
v1, v2 = cc("5", (4, 4, 4, 4), " "), "감소희"
add("ko", P, f"택시 앱 고객센터 상담 메모: {v2} 고객 카드 {v1} 이중결제. 취소 처리 안내 답변 부탁.", [(PER, v2), (CARD, v1)])
v1, v2 = voip(), bz()
add("ko", P, f"청소대행 업체 견적서 헤더: 깔끔홈케어 / 사업자번호 {v2} / 상담 {v1} / 담당 빈재성. 견적서 문구 더 전문적으로 바꿔줘.", [(BRN, v2), (PH, v1), (PER, "빈재성")])
v1, v2 = ar("881225", 5), acct("하나")
add("ko", P, f"건설현장 일용직 노임 지급 명세\n| 성명 | 외국인등록번호 | 계좌 |\n|---|---|---|\n| 사공진우 | - | 하나 {v2} |\n| 바트바야르 | {v1} | - |\n두 사람 지급액 합계 계산식 넣어줘", [(PER, "사공진우"), (ACC, v2), (PER, "바트바야르"), (ARN, v1)])
v1, v2 = rr("650809", 2), hi()
add("ko", P, f"방문요양 급여 계약서: 수급자 옥나연({v1}), 건강보험 {v2}. 계약 갱신 안내 문자 만들어줘.", [(PER, "옥나연"), (RRN, v1), (HINS, v2)])
v1 = cr("110111")
add("ko", P, f"프랜차이즈 가맹계약서 갑: 주식회사 한결푸드 (법인등록번호 {v1}). 을: 왕보경. 가맹비 반환 조항 요약해줘.", [(CRN, v1), (PER, "왕보경")])
v1, v2 = mob(), "전라북도 전주시 완산구 팔달로 212, 2층"
add("ko", P, f"안경원 고객카드 이관 — 맹지석, {v1}, {v2}. 시력검사 예약 알림 문구 만들어줘.", [(PER, "맹지석"), (PH, v1), (LOC, v2)])
v1 = pp()
add("ko", P, f"번역 공증 의뢰: 선우하린 여권 사본(여권번호 {v1}) 영문 번역본에 공증 문구 넣어줘.", [(PER, "선우하린"), (PASS, v1)])
v1, v2 = dl("부산"), rr("920314", 1)
add("ko", P, f"렌탈 킥보드 말고 개인 오토바이 보험 가입 문의 — 독고건, 면허 {v1}, 주민번호 {v2}. 필요 서류 안내해줘.", [(PER, "독고건"), (DLIC, v1), (RRN, v2)])
v1, v2 = priv_ip(), "태윤호"
add("ko", P, f"아파트 관리사무소 CCTV NVR 접속 안 됨. 관리과장 {v2}가 {v1}로 접속 시도했다고 함. 점검 순서 알려줘.", [(PER, v2), (IP, v1)])
v1, v2 = mob(), acct("신한")
add("ko", P, f"동창회 회비 안내 초안 — 총무 모가은 {v1}, 회비계좌 신한 {v2}. 더 친근한 말투로 바꿔줘.", [(PER, "모가은"), (PH, v1), (ACC, v2)])
v1 = hid()
add("ko", P, f"한의원 추나 보험 청구 반려 — 환자 경다온 건강보험증 {v1} 자격 조회 오류. 재청구 사유서 써줘.", [(PER, "경다온"), (HINS, v1)])
v1, v2 = bz(), cr("284311")
add("ko", P, f"소상공인 정책자금 신청서 검토: 업체 라온베이커리, 사업자 {v1}; 보증기관 법인번호 {v2}. 빠진 항목 표시해줘.", [(BRN, v1), (CRN, v2)])
v1, v2 = pub_ip(), "염가윤"
add("ko", P, f"인터넷 개통 후 고객 {v2} 댁 공인IP가 {v1}로 잡히는데 포트포워딩이 안 된대요. 안내 스크립트 써줘.", [(PER, v2), (IP, v1)])
v1, v2 = ar("950707", 7), pp()
add("ko", P, f"휴대폰 대리점 외국인 개통 체크 — 고객 누르마토프 알리셰르, 외국인등록증 {v1}. 여권 {v2}는 우즈벡 여권이라 따로 보관. 개통 가능 여부 정리해줘.", [(PER, "누르마토프 알리셰르"), (ARN, v1)])
v1, v2 = rr("850101", 1), "경기도 수원시 영통구 광교중앙로 145, 3102동 801호"
add("ko", P, f"아파트 동대표 선거 후보 등록 서류\n후보자: 피정훈\n주민등록번호: {v1}\n주소: {v2}\n공고문 작성해줘", [(PER, "피정훈"), (RRN, v1), (LOC, v2)])
v1, v2 = mob(), mob()
add("ko", P, f"[마라톤 대회 비상연락망]\n참가자 이서후 {v1}\n보호자 이경란 {v2}\n완주 축하 문자 두 버전으로", [(PER, "이서후"), (PH, v1), (PER, "이경란"), (PH, v2)])
v1 = cc("4", (4, 4, 4, 4))
add("ko", P, f"주유소 법인카드 분실 신고 대행: 카드번호 {v1}, 사용자 도하윤 과장. 분실신고 후 재발급 절차 정리해줘.", [(CARD, v1), (PER, "도하윤")])
v1, v2 = hi(), "충청남도 천안시 서북구 불당대로 87, 1104동 702호"
add("ko", P, f"장애인 콜택시 이용 등록 — 신청인 나예준, 건강보험 {v1}, 주소 {v2}. 등록 완료 안내문 써줘.", [(PER, "나예준"), (HINS, v1), (LOC, v2)])
# ---------------------------------------------------------------- positives: 금융·의료·행정·업무 (Korean)
v1, v2 = rr("760522", 1), acct("국민")
add("ko", P, f"개인회생 신청서 초안 검토\n채무자: 변태식\n주민등록번호: {v1}\n변제금 입금계좌: 국민 {v2}\n채권자 목록 표 양식 만들어줘", [(PER, "변태식"), (RRN, v1), (ACC, v2)])
v1, v2 = cr("110111"), bz()
add("ko", P, f"보증보험 증권 발급 요청 — 계약자 주식회사 다솜건설 (법인 {v1}, 사업자 {v2}). 이행보증 금액 산정 방식 알려줘.", [(CRN, v1), (BRN, v2)])
v1, v2 = rr("690304", 2), mob()
add("ko", P, f"신용회복 상담 녹취 STT\n상담사: 본인 확인 위해 주민번호 불러주세요\n고객: {v1}이요\n상담사: 연락처는요\n고객: {v2}\n→ 상담 요약 작성", [(RRN, v1), (PH, v2)])
v1, v2 = "인천광역시 연수구 컨벤시아대로 165, 2205호", "홍다빈"
add("ko", P, f"공인중개사 매물 등록: 매도인 {v2}, 소재지 {v1}. 매물 소개글 3줄로 써줘.", [(PER, v2), (LOC, v1)])
v1 = acct("새마을금고")
add("ko", P, f"법원 경매 입찰보증금 반환 계좌 새마을금고 {v1}, 입찰자 문세령. 반환 신청서 문구 알려줘.", [(ACC, v1), (PER, "문세령")])
v1, v2 = hi(), rr("480815", 1)
add("ko", P, f"치과 틀니 급여 대상 확인: 어르신 봉길수 ({v2}) 건강보험 {v1}. 본인부담률 설명문 써줘.", [(PER, "봉길수"), (RRN, v2), (HINS, v1)])
v1, v2 = land("053"), "대구광역시 수성구 동대구로 364, 7층"
add("ko", P, f"약국 조제 내역 팩스 표지\n수신: 수성연합의원 원무과\n발신: 누리약국 약사 진하영 ({v1})\n주소: {v2}\n팩스 표지 문구 다듬어줘", [(PER, "진하영"), (PH, v1), (LOC, v2)])
v1, v2 = mob(), cc("5", (4, 4, 4, 4))
add("ko", P, f"결혼정보회사 가입비 환불 분쟁 — 회원 탁재형 {v1}, 결제카드 {v2}. 소비자원 조정 신청서 초안.", [(PER, "탁재형"), (PH, v1), (CARD, v2)])
v1 = dl("경남")
add("ko", P, f"물류센터 단기 지게차 기사 채용: 합격자 편서윤 면허번호 {v1}. 자격 확인 결과 통보 문자 만들어줘.", [(PER, "편서윤"), (DLIC, v1)])
v1, v2 = ar("010203", 8), mob()
add("ko", P, f"편의점 아르바이트 근로계약서 — 근로자 타나카 미유 (외국인등록번호 {v1}, 연락처 {v2}). 주휴수당 조항 설명해줘.", [(PER, "타나카 미유"), (ARN, v1), (PH, v2)])
v1, v2 = pp_new(), "제주특별자치도 제주시 연삼로 473"
add("ko", P, f"해외 봉사단 파견자 서류: 고은비, 여권 {v1}, 국내 연락 주소 {v2}. 파견 서약서 써줘.", [(PER, "고은비"), (PASS, v1), (LOC, v2)])
v1, v2 = bz(), acct("부산")
add("ko", P, f"조선소 협력업체 대금 지급 요청\n업체 바다테크 / 사업자 {v1} / 지급계좌 부산은행 {v2}\n결재 올릴 기안문 써줘", [(BRN, v1), (ACC, v2)])
v1, v2 = priv_ip(), "남기현"
add("ko", P, f"콜센터 상담 QA 시스템 로그인 실패 다수. 상담원 {v2} PC {v1}에서만 발생. 원인 추정해줘.", [(PER, v2), (IP, v1)])
v1, v2 = rr("991111", 2), hi()
add("ko", P, f"성당 혼인 교리 신청서\n신부측: 하예린 {v1}\n건강보험 피부양 확인용 {v2}\n신청서 빈칸 채우는 예시 보여줘", [(PER, "하예린"), (RRN, v1), (HINS, v2)])
v1, v2 = mob(), "광주광역시 북구 우치로 77, 상가 104호"
add("ko", P, f"꽃배달 주문: 받는 분 오채원 {v1}, 배송지 {v2}. 리본 문구 추천해줘.", [(PER, "오채원"), (PH, v1), (LOC, v2)])
v1 = cr("171211")
add("ko", P, f"사내 동호회 후원 협약서에 후원사 법인등록번호 {v1} 표기 위치가 적절한지 봐줘.", [(CRN, v1)])
v1, v2, v3 = rr("040930", 3), pp(), "단우진"
add("ko", P, f"어학연수 출국 학생 명단: {v3}, 2004년생, 주민번호 {v1}, 여권번호 {v2}. 출국 전 안내 메일 초안.", [(PER, v3), (RRN, v1), (PASS, v2)])
v1, v2 = cc("4", (4, 4, 4, 4)), mob()
add("ko", P, f"캠핑장 예약 취소 요청\n예약자: 류시온\n결제카드: {v1}\n연락처: {v2}\n취소 수수료 안내 답변", [(PER, "류시온"), (CARD, v1), (PH, v2)])
v1, v2 = acct("토스뱅크"), "강원특별자치도 춘천시 중앙로 31"
add("ko", P, f"합창단 단원 회비 계좌 토스뱅크 {v1}, 연습실 {v2}. 신입 단원 환영 공지 써줘.", [(ACC, v1), (LOC, v2)])
v1, v2 = dl("대구"), land("053")
add("ko", P, f"자동차 정비소 사고 차량 입고 — 운전자 지서후 면허 {v1}, 보험사 담당 직통 {v2}. 수리 견적 안내 문자.", [(PER, "지서후"), (DLIC, v1), (PH, v2)])
v1, v2 = ar("870120", 5), hi()
add("ko", P, f"외국인 근로자 건강보험 지역가입 문의: 라흐마토프 딜쇼드 외국인등록번호 {v1}, 건보 관리번호 {v2}. 보험료 산정 기준 설명.", [(PER, "라흐마토프 딜쇼드"), (ARN, v1), (HINS, v2)])
v1 = "세종특별자치시 한누리대로 2130, 701동 1802호"
add("ko", P, f"투표사무원 위촉장 발송 주소록 정리 — 함수정 {v1}. 위촉장 문구 부탁.", [(PER, "함수정"), (LOC, v1)])
v1, v2 = bz(), cr("110111")
add("ko", P, f"케이터링 납품 계약 당사자 확인: 공급자 맛나케이터링(사업자 {v1}), 발주처 주식회사 세움(법인 {v2}). 계약서 표지 만들어줘.", [(BRN, v1), (CRN, v2)])
v1, v2 = mob(), pub_ip()
add("ko", P, f"가사도우미 매칭 앱 부정 로그인 의심: 회원 진소율 {v1}, 접속 IP {v2}. 회원에게 보낼 보안 알림 써줘.", [(PER, "진소율"), (PH, v1), (IP, v2)])
v1, v2 = rr("580606", 1), acct("우리")
add("ko", P, f"교회 교적부 정리 요청\n이름: 장로 백상철\n주민번호: {v1}\n헌금 반환계좌: 우리 {v2}\n교적부 엑셀 컬럼 추천해줘", [(PER, "백상철"), (RRN, v1), (ACC, v2)])
v1 = pp_new()
add("ko", P, f"해외 학회 발표 출장 — 연구원 구민찬 여권 {v1} 만료 6개월 미만. 긴급 재발급 절차 알려줘.", [(PER, "구민찬"), (PASS, v1)])
v1, v2 = hid(), "울산광역시 남구 삼산로 261, 9층"
add("ko", P, f"산재 요양 신청 첨부 — 근로자 마태준 건보증 {v1}, 사업장 {v2}. 요양급여 신청서 작성 팁.", [(PER, "마태준"), (HINS, v1), (LOC, v2)])
# ---------------------------------------------------------------- positives: English prompts
v1, v2 = pp(), "Yoon Seo-ah"
add("en", P, f"Please draft a visa invitation letter for our conference speaker {v2} (Korean passport {v1}), arriving 3 March. Keep it under 150 words.", [(PER, v2), (PASS, v1)])
v1, v2 = cc("4", (4, 4, 4, 4), " "), "Tobias Lindqvist"
add("en", P, f"Alumni donation form came back with an error.\nDonor: {v2}\nCard: {v1}\nAmount: USD 250\nWrite a polite note asking him to retry.", [(PER, v2), (CARD, v1)])
v1, v2 = "4417 Marigold Lane, Apt 3B, Plano, TX 75024", "Mariana Okafor"
add("en", P, f"Tenant {v2} at {v1} reported a leaking water heater. Summarise the maintenance ticket for the landlord.", [(PER, v2), (LOC, v1)])
v1, v2 = priv_ip(), pub_ip()
add("en", P, f"pg_stat_activity snapshot:\n pid  | usename | client_addr   | state\n 4412 | dbadmin | {v1} | idle in transaction\n 4420 | etl     | {v2}  | active\nWhich session should I terminate first?", [(IP, v1), (IP, v2)])
v1, v2 = "declan.byrne@kestrelhealth.ie", "+353 87 412 6630"
add("en", P, f"Zendesk ticket #88213 — requester Declan Byrne <{v1}>, callback {v2}. He wants his data export. Draft the reply.", [(PER, "Declan Byrne"), (MAIL, v1), (PH, v2)])
v1 = "ingrid.solberg@fjordlogistics.no"
add("en", P, f"dn: uid=isolberg,ou=people,dc=fjordlogistics,dc=no\ncn: Ingrid Solberg\nmail: {v1}\ntelephoneNumber: +47 912 44 801\nConvert this LDIF entry to JSON.", [(PER, "Ingrid Solberg"), (MAIL, v1), (PH, "+47 912 44 801")])
v1, v2 = pub_ip(), "kwame.mensah@ashantiagri.com"
add("en", P, f"Postfix log:\nNov 24 09:14:02 mx1 postfix/smtpd[2231]: connect from unknown[{v1}]\nNov 24 09:14:03 mx1 postfix/smtp[2240]: to=<{v2}>, status=bounced\nWhy did this bounce?", [(IP, v1), (MAIL, v2)])
v1 = pub_ip()
add("en", P, f"fail2ban banned {v1} after 6 sshd failures. Is that threshold too aggressive for a small office? Suggest a jail.local.", [(IP, v1)])
v1, v2 = rr("910826", 2), "Han Jiyeon"
add("en", P, f"HR offboarding checklist for {v2}: final payslip, Korean resident registration number {v1} for the withholding receipt, laptop return. Turn this into a table.", [(PER, v2), (RRN, v1)])
v1, v2 = "BEGIN:VCARD\nFN:Priya Raman\nTEL;TYPE=cell:+91 98450 27713\nEMAIL:priya.raman@lotusweave.in\nADR:;;58 Residency Road;Bengaluru;;560025;India\nEND:VCARD", "x"
add("en", P, f"{v1}\nMake this vCard import into Outlook; it fails on the ADR line.", [(PER, "Priya Raman"), (PH, "+91 98450 27713"), (MAIL, "priya.raman@lotusweave.in"), (LOC, "58 Residency Road")])
v1 = "omar.haddad@cedarfreight.ae"
add("en", P, f"BEGIN:VEVENT\nSUMMARY:Quarterly review\nORGANIZER;CN=Omar Haddad:mailto:{v1}\nLOCATION:Suite 1402, 12 Sheikh Zayed Road, Dubai\nEND:VEVENT\nWhy does Google Calendar show no organizer?", [(PER, "Omar Haddad"), (MAIL, v1), (LOC, "Suite 1402, 12 Sheikh Zayed Road, Dubai")])
v1, v2 = ar("860514", 5), "Rajesh Iyer"
add("en", P, f"Our Seoul branch needs payroll setup for {v2}. His alien registration number is {v1}. What withholding forms apply?", [(PER, v2), (ARN, v1)])
v1 = cc("37", (4, 6, 5), " ")
add("en", P, f"Sentry event: PaymentDeclined\n  user.name: Fiona McAllister\n  extra.card: {v1}\n  extra.reason: do_not_honor\nHow should we scrub this field before sending to Sentry?", [(PER, "Fiona McAllister"), (CARD, v1)])
v1, v2 = pub_ip(), "svetlana.orlova@northwindmedia.com"
add("en", P, f'Okta System Log: {{"actor": {{"alternateId": "{v2}", "displayName": "Svetlana Orlova"}}, "client": {{"ipAddress": "{v1}"}}, "outcome": "FAILURE"}}\nExplain this MFA failure.', [(MAIL, v2), (PER, "Svetlana Orlova"), (IP, v1)])
v1 = "1650 Harbor View Dr, Unit 12, Santa Cruz, CA 95062"
add("en", P, f"Insurance claim for lost luggage — claimant Benedict Achterberg, home address {v1}. Write the cover letter.", [(PER, "Benedict Achterberg"), (LOC, v1)])
v1, v2 = "Nkechi Obi", "+44 7700 182 455"
add("en", P, f"INVITE sip:{v2.replace(' ', '')}@sip.example.net SIP/2.0\nFrom: \"{v1}\" <sip:nobi@pbx.lagoonbank.co.uk>\nThe callee never rings. What's wrong with this INVITE?", [(PH, v2.replace(" ", "")), (PER, v1)])
v1 = mob()
add("en", P, f"Asterisk CDR export row: src={v1}, dst=2001, clid=\"Camille Rousseau\", duration=312\nIs the caller ID being passed correctly?", [(PH, v1), (PER, "Camille Rousseau")])
v1, v2 = "lucia.ferreira@brisamar.pt", pub_ip()
add("en", P, f'HAR entry: "request": {{"url": "https://shop.example/api/login", "postData": {{"text": "email={v1}"}}}}, "serverIPAddress": "{v2}"\nWhy is the login slow?', [(MAIL, v1), (IP, v2)])
v1, v2 = bz(), "Hiroshi Tanabe"
add("en", P, f"Vendor onboarding: Korean supplier Saebom Components, business registration number {v1}, contact {v2}. Draft the supplier welcome email.", [(BRN, v1), (PER, v2)])
v1 = cr("110111")
add("en", P, f"Our lawyers ask whether corporate registration number {v1} in the share purchase agreement matches the Korean target entity. How do we verify it?", [(CRN, v1)])
v1, v2 = hi(), "Park Minseo"
add("en", P, f"Expat clinic intake: patient {v2}, NHIS card number {v1}. Translate the intake form headings into English.", [(PER, v2), (HINS, v1)])
v1, v2 = dl("서울"), "Kim Dohyun"
add("en", P, f"Car-sharing signup rejected: {v2}, Korean driver's licence {v1}. Write a message explaining the 1-year experience rule.", [(PER, v2), (DLIC, v1)])
v1, v2 = acct("SC제일"), "Gabriel Moreau"
add("en", P, f"Refund request from {v2}: please send KRW 84,000 to his SC First Bank account {v1}. Draft the finance approval note.", [(PER, v2), (ACC, v1)])
v1 = priv_ip()
add("en", P, f"Prometheus alert: InstanceDown for instance=\"{v1}:9100\" job=\"node\" — runbook says ping first. Write the on-call steps.", [(IP, v1)])
v1, v2 = "meera.pillai@tidewell.org", "+1 415 555 2291"
add("en", P, f"HubSpot CSV:\nFirst Name,Last Name,Email,Phone\nMeera,Pillai,{v1},+1 628 304 7719\nWhich column mapping is wrong?", [(PER, "Meera"), (PER, "Pillai"), (MAIL, v1), (PH, "+1 628 304 7719")])
v1 = "Flat 7, 19 Canning Street, Liverpool L8 7NN"
add("en", P, f"Gym membership freeze letter for Connor Whitfield, {v1}. Keep it friendly.", [(PER, "Connor Whitfield"), (LOC, v1)])
v1, v2 = pp_new(), "Lee Hana"
add("en", P, f"Airline APIS correction: passenger {v2}, Korean passport {v1}, DOB 1994-08-02. Write the correction request to the carrier.", [(PER, v2), (PASS, v1)])
v1 = cc("62", (4, 4, 4, 4))
add("en", P, f"Chargeback dispute: cardholder Wang Lihua, UnionPay card {v1}, merchant descriptor KSTAY SEOUL. Draft the dispute summary.", [(PER, "Wang Lihua"), (CARD, v1)])
v1, v2 = pub_ip(), priv_ip()
add("en", P, f"iptables log: IN=eth0 OUT= SRC={v1} DST={v2} PROTO=TCP SPT=51544 DPT=3389\nShould RDP be exposed like this?", [(IP, v1), (IP, v2)])
v1, v2 = "theo.vandenberg@polderbikes.nl", "Theo van den Berg"
add("en", P, f"Please rewrite this apology: 'Dear {v2}, your order to Flat 2, 14 Elm Row, Edinburgh EH7 4AA was delayed.' Reply-to is {v1}.", [(PER, v2), (LOC, "Flat 2, 14 Elm Row, Edinburgh EH7 4AA"), (MAIL, v1)])
# ---------------------------------------------------------------- positives: mixed Korean/English (IT, 업무)
v1, v2 = priv_ip(), "육태민"
add("mixed", P, f"Redis MONITOR 출력인데 누가 FLUSHALL 쳤는지 찾아줘\n1732412345.120 [0 {v1}:52110] \"FLUSHALL\"\n그 시간 당직은 {v2} 님이었음", [(IP, v1), (PER, v2)])
v1, v2 = mob(), "jinwoo.sagong@haneulmart.co.kr"
add("mixed", P, f'Kafka 메시지 스키마 검토: {{"event":"member_joined","name":"사공진우","phone":"{v1}","email":"{v2}"}} 여기서 PII 필드만 Avro로 분리하는 방법?', [(PER, "사공진우"), (PH, v1), (MAIL, v2)])
v1, v2 = rr("830716", 1), acct("국민")
add("mixed", P, f"Terraform state에 평문이 남았어요: tags = {{ owner = \"winston.oh\", note = \"급여담당 오윤석 {v1} / 국민 {v2}\" }}. state 정리 방법 알려줘", [(PER, "오윤석"), (RRN, v1), (ACC, v2)])
v1, v2 = "ops-alert@gureum-cloud.kr", pub_ip()
add("mixed", P, f".env 파일 리뷰 부탁\nALERT_MAIL={v1}\nALLOWED_ORIGIN_IP={v2}\nDB_PASSWORD=changeme\n하드코딩 문제점 짚어줘", [(MAIL, v1), (IP, v2)])
v1, v2 = pub_ip(), priv_ip()
add("mixed", P, f"VPC flow log 해석해줘: 2 123456789012 eni-0a1b2c3d {v1} {v2} 443 49152 6 20 4200 1732412000 1732412060 REJECT OK", [(IP, v1), (IP, v2)])
v1, v2 = "하린 선우", "harin.sunwoo@dalbit.edu"
add("mixed", P, f"Airflow DAG 실패 알림 메일이 {v2}로만 가요. owner 필드에 '{v1}'로 이름이 거꾸로 들어가 있는데 default_args 예시 보여줘", [(MAIL, v2), (PER, v1)])
v1, v2 = cc("54", (4, 4, 4, 4)), "곽도윤"
add("mixed", P, f"Jenkins console에 테스트 카드가 아니라 실제 카드가 찍혔어요 ㅠ\n[INFO] charge ok: holder={v2} pan={v1}\n로그 마스킹 플러그인 추천해줘", [(PER, v2), (CARD, v1)])
v1 = rr("720909", 2)
add("mixed", P, f"Elasticsearch 쿼리 결과 _source: {{\"cust_nm\": \"winter\", \"real_nm\": \"서나연\", \"jumin\": \"{v1}\"}} — 이 인덱스에 ingest pipeline으로 마스킹 걸고 싶음", [(PER, "서나연"), (RRN, v1)])
v1, v2 = bz(), "finance@saemteo-logis.co.kr"
add("mixed", P, f"세금계산서 API payload 검증해줘 → {{\"supplier_brn\": \"{v1}\", \"supplier_email\": \"{v2}\", \"amount\": 1320000}}", [(BRN, v1), (MAIL, v2)])
v1 = cr("110111")
add("mixed", P, f"docker-compose.yml 환경변수에 CORP_REG_NO={v1} 넣어놨는데 이게 민감정보인지, secrets로 빼야 하는지?", [(CRN, v1)])
v1, v2 = ar("920428", 6), "Dilnoza Yusupova"
add("mixed", P, f"외국인 직원 온보딩 Slack DM\n{v2}: hi, my 외국인등록번호 is {v1}, where do I submit it?\n→ 인사팀 답변 템플릿 영어로 써줘", [(PER, v2), (ARN, v1)])
v1, v2 = pp(), "Chloe Kim"
add("mixed", P, f"Grafana annotation에 누가 '{v2} 여권 {v1} 제출 완료' 라고 적어둠;; 대시보드 annotation 삭제 API 알려줘", [(PER, v2), (PASS, v1)])
v1, v2 = dl("인천"), mob()
add("mixed", P, f"렌터카 말고 car subscription 가입 폼 QA: name=권하준, license_no={v1}, mobile={v2}. 유효성 검사 regex 만들어줘 (값은 예시로만)", [(PER, "권하준"), (DLIC, v1), (PH, v2)])
v1, v2 = hi(), "장서율"
add("mixed", P, f"FastAPI response model에 nhis_no 필드가 그대로 나가요: {{\"name\": \"{v2}\", \"nhis_no\": \"{v1}\"}}. Pydantic으로 exclude 하는 법?", [(PER, v2), (HINS, v1)])
v1, v2 = acct("케이뱅크"), "윤재희"
add("mixed", P, f"SQLite dump 일부\nINSERT INTO refunds VALUES(17,'{v2}','케이뱅크','{v1}','pending');\npending 건만 CSV로 뽑는 쿼리 짜줘", [(PER, v2), (ACC, v1)])
v1, v2 = pub_ip(), "hyejin.kwak@orum.io"
add("mixed", P, f"Apache access log 분석: {v1} - {v2} [24/Nov/2025:10:02:11 +0900] \"POST /admin/login HTTP/1.1\" 401 512 — brute force 맞아?", [(IP, v1), (MAIL, v2)])
v1 = "서울특별시 강남구 테헤란로 427, 위워크 12층"
add("mixed", P, f"TOML config 리뷰: [company]\\naddress = \"{v1}\"\\nceo = \"Brian Shin\"\\n— 주소를 config에 두는 게 괜찮은지?", [(LOC, v1), (PER, "Brian Shin")])
v1, v2 = mob(), "나하은"
add("mixed", P, f"Prometheus Alertmanager receiver에 개인 번호가 박혀 있음: sms_to: '{v1}' # {v2} 팀장 개인폰 → 팀 대표 채널로 바꾸는 설정 예시", [(PH, v1), (PER, v2)])
v1, v2 = rr("950322", 1), hid()
add("mixed", P, f"R data.frame 출력\n  name   rrn             nhis\n1 최태오 {v1} {v2}\nstr()로 보면 factor로 읽혀요, character로 바꾸는 법?", [(PER, "최태오"), (RRN, v1), (HINS, v2)])
v1, v2 = cc("4", (4, 4, 4, 4), ""), "마루이 켄지"
add("mixed", P, f"Jupyter cell output에 결제 테스트 결과가 남음: Customer('{v2}', card='{v1}') — notebook 커밋 전에 output 지우는 pre-commit hook?", [(PER, v2), (CARD, v1)])
v1, v2 = pub_ip(), "Ethan Cho"
add("mixed", P, f"Cisco ASA 로그: %ASA-6-113005: AAA user authentication Rejected : reason = Invalid password : server = 10.0.0.5 : user = ecjo : user IP = {v1}\n사용자 {v2} 한테 보낼 안내 써줘", [(IP, "10.0.0.5"), (IP, v1), (PER, v2)])
v1, v2 = "경기도 성남시 분당구 판교역로 166, B동 3층", land("031")
add("mixed", P, f"OpenAPI example 값이 실제 고객 데이터래요\nexample:\n  address: {v1}\n  tel: {v2}\n  owner: 봉하람\n가짜 예시로 교체해줘", [(LOC, v1), (PH, v2), (PER, "봉하람")])
v1, v2 = pp_new(), ar("880915", 5)
add("mixed", P, f"protobuf text format 디버그 출력\nperson {{ name: \"Tuan Nguyen\" passport_kr: \"{v1}\" arc: \"{v2}\" }}\n— 한국 여권이랑 외국인등록번호가 같이 있는 게 이상한데 데이터 검증 로직?", [(PER, "Tuan Nguyen"), (PASS, v1), (ARN, v2)])
v1 = bz()
add("mixed", P, f"Go test fixture: var vendor = Vendor{{Name: \"늘봄상사\", BRN: \"{v1}\"}} — table-driven test로 바꿔줘", [(BRN, v1)])
v1, v2 = cr("134511"), bz()
add("mixed", P, f"Kotlin data class 예시 값 검토: Company(crn = \"{v1}\", brn = \"{v2}\", ceo = \"Jay Moon\") 실존 회사 번호면 안 되는데 확인 방법?", [(CRN, v1), (BRN, v2), (PER, "Jay Moon")])
v1, v2 = "soyeon.baek@hanbit-school.kr", mob()
add("mixed", P, f"학부모 단톡 공지 영어 번역 부탁: '담임 백소연 ({v1}, {v2})에게 체험학습 신청서 제출'", [(PER, "백소연"), (MAIL, v1), (PH, v2)])
v1, v2 = dl("충남"), pp()
add("mixed", P, f"Swift struct mock data에 진짜 면허번호 {v1}랑 여권 {v2}가 들어가 있음 (작성자 Kang Yuri). 안전한 mock 생성기 추천", [(DLIC, v1), (PASS, v2), (PER, "Kang Yuri")])
v1, v2 = hi(), "피지원"
add("mixed", P, f"Rust test에서 assert_eq!(mask(\"{v1}\"), \"***\") 가 실패함. 이 건강보험번호 주인 {v2} 씨 데이터는 테스트에서 빼야겠죠?", [(HINS, v1), (PER, v2)])
v1, v2 = ip6(), "연하람"
add("mixed", P, f"IPv6 접속 로그에 {v1} 가 계속 찍혀요. 사용자 {v2} 집 공유기라는데 차단해도 되나요?", [(IP, v1), (PER, v2)])
v1, v2 = acct("수협"), "Marcus Lee"
add("mixed", P, f"Outlook 메일 번역 부탁 — 'Hi {v2}, 수협 {v1} 계좌로 deposit 보내주세요. 계약금은 환불 불가입니다.'", [(PER, v2), (ACC, v1)])
v1, v2 = "부산광역시 강서구 녹산산업중로 333", "jihu.ra@seaport-parts.com"
add("mixed", P, f"Zendesk 매크로 수정: '주문하신 부품은 {v1} 창고에서 출고됩니다. 문의: {v2}' — 이 문장을 영어로", [(LOC, v1), (MAIL, v2)])
v1, v2 = rr("000229", 4), mob()
add("mixed", P, f"Sentry breadcrumb에 form 값이 그대로 → name=라윤슬&rrn={v1}&tel={v2}. beforeBreadcrumb 필터 코드 써줘", [(PER, "라윤슬"), (RRN, v1), (PH, v2)])
# ---------------------------------------------------------------- positives: more Korean and English
v1, v2 = dl("전남"), dl("광주", named=True)
add("ko", P, f"화물차 공동운송 기사 명부 정리\n1) 석도훈 {v1}\n2) 채민결 {v2}\n면허 유효기간 확인 안내문 써줘", [(PER, "석도훈"), (DLIC, v1), (PER, "채민결"), (DLIC, v2)])
v1, v2 = cr("160111"), cr("110111")
add("ko", P, f"합병 공고문 검토: 존속회사 주식회사 온새미로(법인등록번호 {v1}), 소멸회사 주식회사 가온누리(법인등록번호 {v2}). 채권자 이의제출 기간 문구 확인.", [(CRN, v1), (CRN, v2)])
v1, v2 = ar("930815", 6), "경상북도 구미시 산동읍 첨단기업1로 17"
add("ko", P, f"외국인 기숙사 배정표 — 쩐 반 호아(외국인등록번호 {v1}), 근무지 {v2}. 배정 결과 안내문 베트남어 번역 전에 한국어로 먼저 써줘.", [(PER, "쩐 반 호아"), (ARN, v1), (LOC, v2)])
v1, v2 = cc("4", (4, 4, 4, 4)), "yeseul.cha@mokdong-swim.kr"
add("ko", P, f"수영강습 자동이체 카드 변경 요청 메일: 회원 차예슬, 새 카드 {v1}, 회신 {v2}. 처리 완료 회신 써줘.", [(PER, "차예슬"), (CARD, v1), (MAIL, v2)])
v1, v2 = ar("990101", 7), mob()
add("ko", P, f"다문화가족지원센터 한국어교실 등록\n이름: 마리아 산토스\n외국인등록번호: {v1}\n연락처: {v2}\n등록 환영 문자 써줘", [(PER, "마리아 산토스"), (ARN, v1), (PH, v2)])
v1, v2 = dl("강원"), "권나온"
add("ko", P, f"스쿨버스 운전원 채용 결격사유 조회 동의서: {v2}, 면허번호 {v1}. 동의서 문구 법적으로 문제없는지?", [(PER, v2), (DLIC, v1)])
v1, v2 = "gaeun.mo@bomnal-daycare.kr", "ops@bomnal-daycare.kr"
add("ko", P, f"어린이집 운영위원회 회의록 배포: 위원장 모가은({v1}), 사무국 {v2}. 회의록 요약 3줄.", [(PER, "모가은"), (MAIL, v1), (MAIL, v2)])
v1, v2 = cc("55", (4, 4, 4, 4)), rr("810101", 2)
add("ko", P, f"보험 사고접수 ARS 녹취: 고객 황보은지, 주민번호 {v2}, 자기부담금 결제카드 {v1}. 접수 요약 작성.", [(PER, "황보은지"), (RRN, v2), (CARD, v1)])
v1 = cr("200111")
add("ko", P, f"세탁 수거 플랫폼 입점 심사표 — 운영법인 법인등록번호 {v1}, 대표 탁윤호. 심사 의견 작성해줘.", [(CRN, v1), (PER, "탁윤호")])
v1, v2 = dl("제주"), pp_new()
add("ko", P, f"국제운전면허증 발급 신청: 신청인 좌세영, 국내면허 {v1}, 여권 {v2}. 필요 서류 목록 만들어줘.", [(PER, "좌세영"), (DLIC, v1), (PASS, v2)])
v1, v2 = "treasurer@seoul-rowing.org", cc("4", (4, 4, 4, 4), " ")
add("ko", P, f"조정 동호회 회비 카드결제 오류 — 결제자 도은채 카드 {v2}, 문의처 {v1}. 재결제 안내.", [(PER, "도은채"), (CARD, v2), (MAIL, v1)])
v1, v2 = ar("850630", 5), "aziz.karimov@tashkent-trade.uz"
add("en", P, f"Please draft a tenancy reference for Aziz Karimov (Korean alien registration no. {v1}, email {v2}) who rented from us for two years.", [(PER, "Aziz Karimov"), (ARN, v1), (MAIL, v2)])
v1, v2 = cr("110111"), dl("경기북부")
add("en", P, f"Due diligence memo: Korean subsidiary corporate registration {v1}; its fleet manager Jeon Woojin holds licence {v2}. Summarise the compliance risks.", [(CRN, v1), (PER, "Jeon Woojin"), (DLIC, v2)])
# ---------------------------------------------------------------- hard negatives (new kinds)
add("ko", N, f"택배 운송장 조회가 안 돼요. 운송장번호 {dg(12, '5')} (CJ), 반품 운송장 {dg(12, '6')}. 고객 안내 문구 써줘.", [])
add("ko", N, f"법원 사건번호 2024가합{dg(6, '1')}, 2025나{dg(5, '2')} 두 건의 진행 상황 정리 양식 만들어줘.", [])
add("ko", N, f"주문번호 {bad_brn()} 형식이 사업자번호랑 헷갈린다는 민원. 주문번호 체계를 바꾸자는 기획안 요약해줘.", [])
add("ko", N, f"위치 공유 좌표 37.{dg(4)}, 126.{dg(4)} 근처 맛집 추천 멘트 만들어줘 (좌표는 광장 분수대 기준).", [])
add("ko", N, f"전기요금 고객번호 {dg(10, '0')} / 계량기번호 {dg(8, '1')}: 한전 고객센터 1588-{dg(4, '1')}에 문의하는 절차 정리.", [])
add("ko", N, f"의약품 표준코드 {ean13('880' + dg(9))}와 보험 약가코드 {dg(9, '6')}의 차이를 약대 신입생용으로 설명해줘.", [])
add("ko", N, f"건강보험 요양기관기호 {dg(8, '3')}(의원급)로 청구하는데 반송됨. 요양기관기호 체계 설명해줘.", [])
add("ko", N, f"카드 승인번호 {dg(8, '3')}, 승인일시 2025-11-24 14:02, 카드 4518-****-****-{dg(4)} 매출전표 재출력 방법?", [])
add("ko", N, f"현금영수증 승인번호 {dg(9, '1')}과 전자세금계산서 승인번호 20251124-{dg(8)}-{dg(8)} 보관 기간 알려줘.", [])
add("ko", N, "역사 수업 자료: 세종대왕과 장영실이 측우기를 만든 과정, 이순신의 한산도 대첩을 초등 5학년 눈높이로 정리해줘.", [])
add("ko", N, "자연 관찰 일기 예시 써줘: 하늘은 맑고 바다는 잔잔했다. 이슬이 맺힌 풀잎 위로 새봄이 오고, 다솜 어린 마음으로 한결 따뜻해졌다.", [])
add("ko", N, f"국가기술자격증 자격번호 {dg(2, '1')}{dg(6)}{dg(3)}H 진위확인 서비스 이용 방법 알려줘.", [])
add("ko", N, f"부동산 고유번호 {dg(4, '1')}-{dg(4, '1')}-{dg(6)} 로 등기부 열람하는 방법을 단계별로 정리해줘.", [])
add("ko", N, f"자동차 번호판 {random.randint(10, 399)}가 {dg(4, '1')} 차량 과태료 고지서 이의신청 양식 예시 (차량번호는 회사 업무용).", [])
add("ko", N, f"HS 코드 8471.30-{dg(4)}와 8517.13-{dg(4)} 관세율 비교표 만들어줘.", [])
add("ko", N, f"혈압 기록 정리: 아침 12{random.randint(0, 9)}/8{random.randint(0, 9)}, 저녁 13{random.randint(0, 9)}/7{random.randint(0, 9)}, 맥박 72. 주간 평균 계산해줘.", [])
add("ko", N, "KCD 질병코드 J06.9, M54.5, E11.9 와 수가코드 AA154, AA254 의미 표로 정리해줘.", [])
add("ko", N, f"항공편 KE0{random.randint(10, 99)}, 예약번호(PNR) {random.choice('ABCDEFGH')}{random.choice('JKLMNPQR')}{dg(1, '2')}{random.choice('STUVWXYZ')}{dg(1, '3')}{random.choice('ABCDE')}, 좌석 34K. 좌석 변경 요청 메일 써줘.", [])
add("ko", N, f"사내 규정 제12조의3 제2항 제4호, 시행세칙 {random.randint(2, 9)}.{random.randint(1, 9)}.{random.randint(1, 9)}.{random.randint(1, 9)} 항목 개정안 비교표 만들어줘.", [])
add("ko", N, "주민등록번호 입력칸 안내 문구: '생년월일 6자리(YYMMDD)와 뒷자리 7자리를 ______-_______ 형식으로 입력하세요' 이 문구 더 쉽게 바꿔줘.", [])
add("ko", N, f"화학물질 MSDS 목록: 아세톤 CAS {cas('67-64')}, 에탄올 CAS {cas('64-17')}, 톨루엔 CAS {cas('108-88')}. 보관 주의사항 표로 정리.", [])
add("ko", N, f"도서 목록 ISBN {isbn13('979-11-' + dg(4, '1') + '-' + dg(3))}, {isbn13('978-89-' + dg(4, '1') + '-' + dg(3))} 신간 소개문 써줘.", [])
add("ko", N, f"사원번호 {dg(7, '2')}, 부서코드 HR-{dg(3)}, 내선 {dg(4, '2')} 규칙으로 신규 입사자 계정 명명 규칙 문서 써줘.", [])
add("ko", N, "바둑 기보 해설 부탁: 흑 17-4, 백 16-16, 흑 4-17, 백 3-4 ... 초반 포석 의도 설명해줘.", [])
add("ko", N, f"영수증 합계 1,{dg(3)},{dg(3)}원, 부가세 {dg(3, '1')},{dg(3)}원, 공급가액 확인해서 세금계산서 적요 문구 써줘.", [])
add("ko", N, "드라마 대본 속 가상 인물 소개: 주인공 강하늘빛(가상), 라이벌 도시우(가상), 모두 작가가 만든 캐릭터. 인물 관계도 설명 써줘.", [])
add("ko", N, f"택시 차량번호 대신 배차번호 {dg(6, '1')}, 호출코드 {random.choice('ABCDEFG')}{dg(3)} 만 남기는 개인정보 최소화 방안 정리.", [])
add("ko", N, f"지하철 안내: 2호선 {random.randint(201, 250)}번 역, 9번 출구, 환승 통로 B{random.randint(1, 3)}. 외국인 관광객용 영어 안내문 만들어줘.", [])
add("ko", N, "엑셀 수식 도와줘: =VLOOKUP(B2,$F$2:$H$500,3,FALSE) 결과가 #N/A 나옴. A1:C1000 범위 정리 방법.", [])
add("ko", N, f"라디오 주파수 표: KBS 1FM 93.1MHz, MBC FM4U 91.9MHz, 교통방송 95.1MHz, 송신소 출력 {dg(2, '1')}kW. 청취 안내 카드뉴스 써줘.", [])
add("en", N, "Our QA guide lists the gateway's published test cards 4111 1111 1111 1111 and 5555 5555 5555 4444. Rewrite the section so testers never use real cards.", [])
add("en", N, f"Researcher profile: ORCID iD {orcid(dg(15, '0'))}, Scopus Author ID {dg(11, '5')}. Write a short bio template that links both.", [])
add("en", N, "Book club questions on The Great Gatsby: why does Nick trust Gatsby, and what does Daisy's green light mean to Tom? Give five discussion prompts.", [])
add("en", N, "Explain to a first-year student the difference between Parkinson's disease, Alzheimer's disease and Down syndrome, and why they are named after people.", [])
add("en", N, "Our stack uses Jenkins, Ansible and Julia; the new hire asked whether Ada or Haskell would suit the compiler team. Write a friendly answer.", [])
add("en", N, "Product listing cleanup: Tommy Hilfiger polo, Ralph Lauren chinos, Calvin Klein belt, Hugo Boss blazer. Write SEO titles under 60 characters.", [])
add("en", N, "Please mark the bill as paid, and will you pat the dough flat before you rob it of its air? Fix the grammar of this silly recipe note.", [])
add("en", N, f"Chrome crashes on version 120.0.{dg(4, '6')}.{dg(3, '1')} and Firefox 115.{random.randint(1, 9)}.0esr. Write a bug report template.", [])
add("en", N, f"Statistics homework: the Kaplan-Meier curve and the Cox model gave a hazard ratio of 0.{dg(2)}; the Fourier transform part uses Bayes' rule. Check my reasoning.", [])
add("en", N, f"Shipment EAN-13 barcodes {ean13('880' + dg(9))} and {ean13('880' + dg(9))} fail to scan at the warehouse. What print settings should we check?", [])
add("en", N, f"DOI 10.{dg(4, '1')}/jmr.{dg(4, '2')}.{dg(3)} and ISSN {issn(dg(7, '1'))} — format these as an APA reference for me.", [])
add("en", N, "Racing form guide: Thunder Road, Miss Marigold and Sir Galahad ran at Seoul Race Park; summarise the odds table in plain words.", [])
add("en", N, f"Opening hours sign: Mon-Fri 09:00-18:30, Sat 10:00-14:00, closed {random.randint(1, 28)}-{random.randint(29, 30)} Dec. Make it look nicer.", [])
add("en", N, "Placeholder policy: use John Doe, jane.doe@example.com, 555-0100 and 192.0.2.10 in every demo. Is that enough for our docs?", [])
add("en", N, f"Semantic versioning question: we released 2.{random.randint(10, 40)}.{random.randint(0, 9)} then 2.{random.randint(41, 60)}.0-rc.1. What should the hotfix be called?", [])
add("mixed", N, "Kubernetes 말고 Nomad job spec에서 count = 3, cpu = 500, memory = 1024 로 잡았는데 OOM 남. resources 블록 튜닝 팁?", [])
add("mixed", N, f"Git tag v{random.randint(1, 9)}.{random.randint(0, 20)}.{random.randint(0, 30)}.{random.randint(0, 99)} 로 배포했는데 이게 IP처럼 보인다고 보안팀이 막았어요. 4-part 버전 규칙 설명 자료 써줘.", [])
add("mixed", N, f"택배 API 응답: {{\"invoice_no\": \"{dg(12, '4')}\", \"status\": \"DELIVERED\", \"hub\": \"곤지암HUB\"}} 상태값 한글 매핑 표 만들어줘", [])
add("mixed", N, "Confluence 문서 제목: 'Ruby on Rails vs Django vs Laravel' — 각 프레임워크 장단점을 한 줄씩 요약해줘.", [])
add("mixed", N, f"GPS tracker 로그 lat=35.{dg(5)}, lng=129.{dg(5)}, speed=42km/h — 차량 관제 대시보드 위젯 아이디어 줘", [])
add("mixed", N, "Stripe test mode 카드 4242 4242 4242 4242 로 결제 테스트하는데 3DS가 안 떠요. test card 목록 알려줘", [])
add("mixed", N, f"Jira 티켓 PROJ-{dg(4, '1')}, PROJ-{dg(4, '2')} 의 sprint 이동 이유 요약해줘. reporter는 bot 계정.", [])
add("mixed", N, f"물류 SKU 규칙: KR-{dg(3)}-{dg(4)}-{random.choice('ABC')} 와 바코드 GS1-128 차이? 창고 교육자료로 정리", [])
add("mixed", N, "노벨상 수상자 특강 포스터 문구 영어로: 'Marie Curie와 Alan Turing의 업적에서 배우는 연구 윤리'", [])
add("mixed", N, f"MSDS 번역: Sodium hydroxide CAS {cas('1310-73')}, 취급 시 보호장갑 착용 — 영어 문장 다듬어줘", [])
add("mixed", N, f"AWS account ID {dg(12, '1')} 와 region ap-northeast-2 를 README에 적어도 되나요? 개인정보는 아닌 것 같은데 보안 관점에서?", [])
add("mixed", N, f"Hex color #{dg(6)}, RGB(12, 34, 56), HSL 210° 47% 13% — 브랜드 가이드에 들어갈 색상 설명 문구 써줘", [])
add("mixed", N, f"Excel에서 셀 주소 AB{dg(3, '1')}:AD{dg(3, '5')} 범위에 조건부서식 적용하는 VBA 코드 부탁", [])
add("mixed", N, f"React key warning: <li key={{{dg(13, '1')}}}> 가 중복된대요. Date.now() 말고 뭘 쓰면 되나요?", [])
add("mixed", N, "팀 이름 후보: Team Phoenix, Team Athena, Team Apollo, Team Hermes — 그리스 신화에서 따온 이름 설명 한 줄씩", [])
# ---------------------------------------------------------------- obfuscated: 20 common kinds
v = rr("880517", 1)  # 1 fullwidth digits
d = tr(v, FW)
add("ko", OB, f"한글 문서에서 복사한 거라 숫자가 이상해요. 신청인 주민번호 {d} 인데 반각으로 바꾸는 엑셀 함수 알려줘.", [(RRN, d)])
v = pick_mob()  # 2 zero-width spaces
d = sep_chars(v, "\u200b", keep_dash=True)
add("ko", OB, f"체육센터 강사 연락처 {d} (복붙하면 전화 연결이 안 됨) 왜 그런지 알려줘.", [(PH, d)])
v = acct("하나")  # 3 dash look-alikes
d = v.replace("-", "\u2212")
add("ko", OB, f"관리비 환불계좌 하나 {d} 로 보내달라는데 인터넷뱅킹에 붙여넣기 하면 오류 나요.", [(ACC, d)])
v = cc("4", (4, 4, 4, 4))  # 4 digits separated by spaces
d = sep_chars(v, " ")
add("ko", OB, f"필터 피하려고 띄어 씀 ㅋㅋ 법인카드 {d} 로 숙소 결제해줘 — 이런 메시지 보낸 직원 교육자료 써줘.", [(CARD, d)])
v = rr("910203", 2)  # 5 digits separated by dots
d = sep_chars(v, ".")
add("ko", OB, f"메신저 대화: 인사팀님 제 주번 {d} 이에요 점 빼고 입력해주세요 → 이런 대화 금지 공지 써줘.", [(RRN, d)])
v = acct("국민")  # 6 line breaks between digit groups
d = v.replace("-", "\n")
add("ko", OB, f"OCR로 읽은 통장사본인데 줄이 나뉘었어요:\n예금주 배하린\n{d}\n계좌번호 한 줄로 합치는 파이썬 코드?", [(PER, "배하린"), (ACC, d)])
v = pick_mob()  # 7 Hangul-spelled digits (STT)
d = tr(v, HANGUL_DIGIT).replace("-", " ")
add("ko", OB, f"상담 녹취 STT: 네 제 번호는 {d} 이고요 이름은 여도윤입니다 → 통화 요약해줘", [(PH, d), (PER, "여도윤")])
v = "yuna.cheon@gmail.com"  # 8 base64
d = b64e(v)
add("mixed", OB, f"API 로그에 contact 필드가 base64로 찍혀요: contact={d} — 디코딩 안 하고 마스킹하는 방법?", [(MAIL, d)])
v = "구하은"  # 9 percent-encoding
d = pct_all(v)
add("mixed", OB, f"GET /member/search?name={d}&page=1 — 이 로그 남기지 않게 nginx 설정 바꾸는 법?", [(PER, d)])
v = pick_mob()  # 10 hex
d = hex_utf8(v)
add("mixed", OB, f"IoT 게이트웨이 패킷 payload {d} 를 decode 하면 보호자 연락처라는데 암호화 필요?", [(PH, d)])
v = "한지석"  # 11 spaced name syllables
d = " ".join(v)
add("ko", OB, f"단톡방에 '{d}' 님 미납 회비 있음 이라고 올렸는데 이거 공개 망신 아닌가요? 공지 문구 고쳐줘.", [(PER, d)])
v = "seojun.lim"  # 12 (at)/(dot) e-mail
d = f"{v}(at)daum(dot)net"
add("en", OB, f"Spam-safe footer on our volunteer page: contact {d}. Is this still harvestable? Suggest alternatives.", [(MAIL, d)])
d = "haneul_kwon 골뱅이 naver 점 com"  # 13 골뱅이 e-mail
add("ko", OB, f"유튜브 댓글에 '{d}으로 이력서 보내세요'라고 적힌 걸 봤어요. 이런 채용 공고 사기 판별법?", [(MAIL, d)])
v = pp()  # 14 word joiners inside a passport number
d = "\u2060".join(v)
add("ko", OB, f"여권번호 {d} 를 항공사 웹에 입력하면 '유효하지 않음'이 떠요. 보이지 않는 문자 제거 방법?", [(PASS, d)])
d = "jiwon.seok at outlook dot com"  # 15 spelled-out at/dot e-mail
add("en", OB, f"The speaker wrote her address as {d} in the slides. Write the thank-you email intro for me.", [(MAIL, d)])
v = "minji.oh@kakao.com"  # 16 fullwidth e-mail
d = tr(v, FW)
add("mixed", OB, f"일본어 IME로 쳐서 {d} 가 전각으로 들어갔는데 메일 발송이 실패해요. 원인 설명해줘.", [(MAIL, d)])
v = dl("울산")  # 17 Hangul-spelled driver's licence digits
d = tr(v, HANGUL_DIGIT).replace("-", " 다시 ")
add("ko", OB, f"콜센터 STT: 면허번호는 {d} 입니다 → 상담 기록 양식에 맞게 정리해줘", [(DLIC, d)])
v = hi()  # 18 mixed Hangul and Arabic digits
d = "".join(HANGUL_DIGIT[c] if i % 2 else c for i, c in enumerate(v))
add("ko", OB, f"건강보험 번호를 섞어 써서 보냈어요: {d} 이거 시스템에 입력하는 법 알려줘.", [(HINS, d)])
v = pub_ip()  # 19 defanged IP with (dot)
d = v.replace(".", "(dot)")
add("en", OB, f"Threat intel note: C2 beacon to {d} from the finance laptop. Draft the incident summary.", [(IP, d)])
v = bz()  # 20 digits separated by underscores
d = v.replace("-", "_")
add("ko", OB, f"파일명에 사업자번호를 {d} 처럼 넣었는데 이게 검색에 걸릴까요? 파일명 규칙 추천해줘.", [(BRN, d)])
# ---------------------------------------------------------------- obfuscated: 20 kinds new to this set
v = pick_mob()  # 21 Arabic-Indic digits
d = tr(v, ARABIC)
add("ko", OB, f"아랍어 키보드로 입력된 연락처 {d} 를 고객DB에 넣으려는데 숫자로 인식이 안 돼요. 변환 함수?", [(PH, d)])
v = cc("5", (4, 4, 4, 4), " ")  # 22 mathematical bold digits
d = tr(v, BOLD)
add("mixed", OB, f"인스타 '폰트 변환기'로 꾸민 글에 카드번호 {d} 가 있어요. 이거 신고해야 하나요?", [(CARD, d)])
v = rr("750914", 1)  # 23 Hanja numerals
d = tr(v, HANJA_NUM)
add("ko", OB, f"옛날 족보 정리하다가 한자 숫자로 적힌 주민번호 {d} 를 발견했어요. 엑셀로 옮길 때 주의할 점?", [(RRN, d)])
d = qp_word("탁지안")  # 24 MIME quoted-printable encoded-word
add("mixed", OB, f"메일 헤더가 깨져 보여요: From: {d} <noreply@hr-portal.kr> — 이 인코딩 설명해줘", [(PER, d), (MAIL, "noreply@hr-portal.kr")])
v = "dain.geum@naver.com"  # 25 HTML decimal character references
d = html_refs(v)
add("mixed", OB, f"웹페이지 소스에 연락처가 {d} 로 숨겨져 있어요. 스팸봇 방지 효과가 있나요?", [(MAIL, d)])
d = json_u("제민호")  # 26 JSON \\u escapes
add("mixed", OB, f'로그에 {{"user": "{d}", "action": "withdraw"}} 처럼 찍혀요. ensure_ascii 끄는 법?', [(PER, d)])
d = en_keys("남궁세아")  # 27 Korean name typed in English keyboard mode
add("ko", OB, f"한영 전환을 안 해서 담당자 이름이 '{d}'로 들어갔어요. 거래처 등록 화면에서 일괄 수정하는 방법?", [(PER, d)])
v = pick_mob()  # 28 phone read in Sino-Korean group units (STT)
d = " ".join(read_group(g) for g in v.split("-"))
add("ko", OB, f"음성 메모 받아쓰기: 공사 현장 소장님 번호 {d} 로 내일 아침 연락 → 일정 메모로 정리해줘", [(PH, d)])
v = pick_mob()  # 29 emoji keycap digits
d = tr(v, KEYCAP)
add("ko", OB, f"동네 커뮤니티에 '연락주세요 {d}' 라고 올린 글이 있어요. 개인정보 노출 안내 댓글 써줘.", [(PH, d)])
d = spell_ko("yerin.ha92") + " 골뱅이 지메일 닷컴"  # 30 e-mail spelt in Hangul letter names (STT)
add("ko", OB, f"전화 녹취: 이메일은 {d} 입니다 → 상담 메모 정리", [(MAIL, d)])
v = pub_ip()  # 31 IPv4 in dotted hexadecimal
d = hex_ip(v)
add("en", OB, f"Malware config extracted: c2_host = {d}, port 8443. Explain what this notation means for the SOC report.", [(IP, d)])
v = rr("840612", 1)  # 32 thousands separators from a spreadsheet number format
d = thousands(v)
add("ko", OB, f"엑셀에서 주민번호 칸이 숫자 서식이 돼서 {d} 로 바뀌었어요. 원래 형식으로 되돌리는 방법?", [(RRN, d)])
v = "sohee.gam@hanmail.net"  # 33 Cyrillic homoglyphs in an e-mail
d = homoglyph(v)
add("mixed", OB, f"회신 주소 {d} 로 메일이 안 가요. 복사해 온 주소에 뭔가 이상한 글자가 섞였나?", [(MAIL, d)])
v = acct("신한")  # 34 combining strikethrough
d = strike(v)
add("ko", OB, f"취소선 텍스트 생성기로 적은 계좌 {d} 로 입금하라는 중고거래 글, 사기인지 판단 기준 알려줘.", [(ACC, d)])
v = pick_mob()  # 35 bidi right-to-left override with reversed digits
d = v[::-1]
add("en", OB, f"This chat message displays a normal phone number but copies backwards: \u202e{d}\u202c — explain the trick to our moderators.", [(PH, d)])
add("en", OB, 'Code review: contact = "jaewon.park" + "@" + "protonmail.com" # split so the scanner misses it. Is this acceptable?', [(MAIL, 'jaewon.park" + "@" + "protonmail.com')])  # 36 string concatenation in code
v = "hyunwoo.kim@icloud.com"  # 37 double percent-encoding
d = double_pct(v)
add("en", OB, f"Redirect URL contains next=/unsubscribe?addr={d} after two encoders ran. How do we fix the double encoding?", [(MAIL, d)])
v = rr("790228", 2)  # 38 Ascii85
d = a85(v)
add("en", OB, f"A PDF stream decoded with ASCII85Decode gives the applicant's ID; the raw stream is <~{d}~>. Should DLP scan inside PDF streams?", [(RRN, d)])
d = bytes_repr("변지호")  # 39 Python bytes repr
add("mixed", OB, f"print(name.encode()) 했더니 b'{d}' 가 나와요. 한글로 제대로 출력하려면?", [(PER, d)])
v = pick_mob()  # 40 shifted number-row symbols (Shift held)
while v.endswith("0"):  # a trailing ")" would read as closing punctuation
    v = pick_mob()
d = tr(v, SHIFT_ROW)
add("ko", OB, f"시프트 누른 채로 쳐서 연락처가 '{d}'로 저장됐어요. 원래 번호로 바꾸는 변환표 만들어줘.", [(PH, d)])


WANT = {
    (P, "ko"): 76,
    (P, "en"): 32,
    (P, "mixed"): 32,
    (N, "ko"): 30,
    (N, "en"): 15,
    (N, "mixed"): 15,
    (OB, "ko"): 22,
    (OB, "en"): 8,
    (OB, "mixed"): 10,
}


def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "twentysecond")


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
    write_heldout(Path(__file__).with_name("heldout_twentysecond.jsonl"), rows)


if __name__ == "__main__":
    main()
