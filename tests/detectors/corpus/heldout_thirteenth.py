# ruff: noqa: E501
"""Thirteenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring, value makers and build()/main() of heldout_twelfth.py, whose schema and conventions it copies). The
evaluation script and the detectors were neither read nor run against these cases; nothing here was tuned to the
engine. (Printing the end of heldout_twelfth.py to copy build()/main() also showed the two lines closing its last
case, "[])"; nothing else of its case lists was seen. `git status` listed the names, not the contents, of files
being changed under detectors/.) Values are made up with a fresh seed; resident, alien, business and corporate
numbers and card numbers carry real check digits (check_digits.py). Post-October-2020 resident numbers (random last
digit that fails the old checksum) appear for children born since then (영유아 건강검진, 재외국민 자녀 출생 등록),
carried by context.

New domains: 조달청 나라장터 (입찰 참가, 적격심사, 계약 보증), 특허청 (출원인 코드 신청, 출원 대리), 국토부·차량등록사업소
(자동차 이전등록, 말소), 지자체 주정차 과태료 (의견진술, 감경), 소방 구급활동일지 and 화재 현장 조사, 법무부 보호관찰
(대상자 인계, 사회봉사 명령), 통일부 북한이탈주민 정착지원 (주거 알선, 정착금), 외교부 재외국민 등록·영사 조력,
공정위 하도급 대금 미지급 신고, 국세청 연말정산 간소화 (부양가족, 의료비·기부금 영수증), 건강검진 결과지, 이커머스
반품·환불, 게임사 고객센터 (계정 도용, 환불), 항공사 마일리지 (가족 합산, 양도), 부동산 중개 계약서 (매매·임대차),
한국장학재단 학자금 대출, 고용노동부 임금체불 진정, 전입신고, 하이패스 미납, 렌터카 계약, 아파트 관리사무소 방문차량
등록, 가상자산 거래소 KYC, 동물등록, 헬스장 회원권 양도, 중고거래 사기 신고; Kubernetes manifests and Secrets,
Terraform tfvars, Ansible inventories, docker-compose files, GitHub Actions logs, Prometheus/Alertmanager alerts,
Sentry events, Airflow task logs, DNS zone files, Google Forms CSV exports, Microsoft Teams chats, Jira comments,
Outlook calendar invites, scanned business cards (OCR), vCard/QR payloads, Notion exports, Zoom transcripts, macOS
file names pasted from Finder; English-language visa sponsorship letters, tenancy agreements, airline loyalty
e-mails, game support tickets, clinical trial screening logs and a Canadian payroll change form.

Labelling decisions: the ninth to twelfth sets' rules (copied from heldout_twelfth.py's docstring) apply unchanged:
- PERSON: the name only (no title, honorific, particle or label); every mention, surname-only and given-name-only
  ones included. Names inside e-mail local parts are not separately labelled. Placeholders (홍길동) and masked
  names (김**, 김○○) are not labelled; public figures are not labelled. Handles and login names are not PERSON.
- LOCATION: from the first administrative unit present through the building number, plus unit detail (동/호/층)
  directly following. English-order addresses: from the unit/street number through the city/province/postcode,
  without the country. Bare city, district or facility names are not labelled.
- PHONE_NUMBER: full numbers; 15xx/16xx/18xx representative numbers and short service numbers are not labelled.
- BANK_ACCOUNT: the number only. Order numbers, waybills, case numbers and ticket keys are never labelled.
- Masked values, loopback/unspecified IPs, CIDR blocks and documentation placeholders are not labelled; private
  host IPs are.
- Obfuscated values: the span covers the disguised form from the first to the last character of the value,
  including words, separators, markup, invisible characters, line breaks, quotes/concatenation operators or table
  cells in between. Encoded values are labelled with the entity they encode, on the encoded token. Defanged IPs and
  e-mails are IP_ADDRESS / EMAIL_ADDRESS. A value whose halves sit in different places of one message is one span
  from the first character of the first half to the last character of the second half.
- Hospital patient numbers, policy and claim numbers and foreign passport numbers are not labelled; a 건강보험증
  번호 is KR_HEALTH_INSURANCE.
- A unit detail separated from the building number by a comma ("...로 45, 102동 803호") is still part of the
  LOCATION; a trailing parenthetical (동명, 아파트명) is not. UK addresses run from the house number through the
  postcode; Australian ones through the state and postcode; US ones through the ZIP code.
- A phone number given as the 현금영수증 identifier is PHONE_NUMBER; 현금영수증 승인번호, 카드 승인번호, 국세청
  전자납부번호, 지방세 납부번호, 공탁번호, 등기번호 (우체국), 한전 고객번호, 선거인명부 등재번호, 청약 접수번호,
  PNR/booking references and e-ticket numbers are never labelled.
- Australian BSB, UK sort codes and SWIFT/BIC codes are not labelled; the account number beside them is
  BANK_ACCOUNT; an IBAN is BANK_ACCOUNT as a whole.
- A driver's licence written with the region name instead of the two-digit code ("서울 13-123456-80") is one
  KR_DRIVER_LICENSE span including the region name.
- In a pandas DataFrame print or a markdown table, the row index and column padding are outside the spans.
- A value written with HTML tags, JSON \\u escapes or HTML character references between or instead of its
  characters is one span from the first character of the first tag/escape belonging to it to the last character
  of the last one; tags wrapping the whole value stay outside.
- Jira/Confluence user keys (mkim, jdoe2) are handles, not PERSON; display names that are real names are.
- An IP in dotted-hex or as one integer with a note saying so is IP_ADDRESS on that token; a ROT13 or
  digit-shifted value explained in the text is labelled with the entity it encodes on the shifted token.
- The 국세청 현금영수증 자진발급 code 010-000-1234 is a designated code, not a phone number: a hard negative.
- Version strings with four parts (15.0.4385.2), OIDs and 4-part build numbers are hard negatives.
- 군번, 학번, 수험번호, 사번, 교원 NEIS 사용자 ID, 장기요양인정번호, 요양기관기호, 의사 면허번호, 처방전 교부번호,
  수입신고번호, B/L and container numbers, 개인통관고유부호, 사건번호 (가정법원·경매 included), 민원·분실신고
  접수번호, 분실물 관리번호, 혈액번호, 선원수첩 번호, 택시운전자격 번호, 수용자 번호, 조사구·가구번호 and 증권번호 are
  never labelled (none of them is one of the entities). US ABA routing numbers and Canadian institution/transit
  numbers are not labelled either; the account number beside them is BANK_ACCOUNT.
- A value written reversed, with the reversal explained in the text, is labelled with its entity on the reversed
  token; a value given as a string concatenation in code ("010" + "4417" + ..., 'a' || '@' || 'b') is one span
  from the opening quote of the first piece to the closing quote of the last.
- A phone number written partly in digits and partly in Hangul or English number words is one PHONE_NUMBER span;
  a resident number whose digits are read out in Hangul (공일이..., "다시" for the dash) is KR_RRN on the whole
  spelled-out run; a passport read out as "엠 ... 비 ..." is KR_PASSPORT on the whole run.
- A number written one character per line (an OCR'd vertical field) or split over two lines is one span from the
  first to the last digit, line breaks included. Emoji keycap digits keep their variation selector and keycap mark
  inside the span.
- A value spoken with words between its groups ("앞 네 자리 1234, 가운데 ...", "4909(첫째) 2517(둘째) ...") is one
  span from its first to its last digit; the leading label words and a trailing "(넷째)" stay outside.
- A percent-encoded tel: link is PHONE_NUMBER on the encoded number only ("tel%3A" stays outside); a
  percent-encoded name in a query string is PERSON on the encoded token.
- The "admin@" of "ssh admin@<ip>" is a login, not part of an e-mail; the IP after it is IP_ADDRESS.
- A romanised passport-style name (KIM MINJUN, NGUYEN VAN HUNG) and its Hangul transcription are separate PERSON
  spans; a Korean name written given-name-first in English ("Minjun Kim") or hyphenated ("Yoon Ji-ho") is PERSON as
  written. A name written with spaces between its syllables ("제 갈 윤 서", OCR) is one PERSON span.
- A Korean address written in English order ("302-1104, 55 Olympic-ro, Songpa-gu, Seoul 05510") runs from the
  unit/building number through the postcode, without the country. A company's registered office or workplace
  address is LOCATION like a home address. A 지번 address with 산 runs through the lot number ("...관동리 산 45-2");
  "외 3필지" stays outside.
- A company's 대표전화 written with its full area code (054-..., 031-...) is PHONE_NUMBER; only 15xx/16xx/18xx and
  short numbers (110, 120, 1339, 1345, 1350) are not.
- Securities (증권) account numbers given for a named person are BANK_ACCOUNT; so is the fraud account named in a
  보이스피싱 지급정지 request.
- Test card numbers called so (4111 1111 1111 1111, a payment provider's documented test cards) and resident numbers
  given as placeholders or made-up examples (000000-0000000, 예시) are hard negatives; so is the published ECBS
  sample IBAN when the text calls it an example.
- IPv6 documentation addresses (2001:db8::/32), ::1 and IPv4 documentation ranges (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24) are not labelled; global IPv6 addresses, plain or defanged, are IP_ADDRESS.
- Generic role mailboxes of a real-looking organisation (reports@, alerts@, events@) are EMAIL_ADDRESS;
  example.com addresses and "name@domain.com" template text are placeholders and are not labelled.
Added for this set:
- 입찰공고번호, 조달업체 등록번호 (나라장터), 특허 출원번호·등록번호·출원인 코드, 자동차 등록번호 (번호판) and 차대번호,
  과태료 고지번호, 구급 출동번호, 보호관찰 사건번호, 하나원 교육 기수, 하도급 신고 접수번호, 검진기관 번호, 주문·반품
  번호 and 송장번호, 게임 계정 UID and 캐릭터명, 항공 마일리지 회원번호, 부동산 등기 고유번호, 중개사무소 등록번호,
  법정동코드, 학자금 대출 약정번호, 하이패스 카드번호 (a prepaid toll card, not a payment card), 동물등록번호, Teams
  meeting IDs and passcodes, AWS account IDs and Kubernetes UIDs are never labelled.
- A name written in Hanja (가족관계증명서, 명함) is PERSON on the Hanja run; its Hangul reading beside it is a separate
  PERSON span.
- A name or value pasted from a macOS file name in decomposed Hangul (NFD conjoining jamo) is labelled as it is, on
  the decomposed run.
- A number written in 갖은자 (壹貳參肆…, 계약서 style) is labelled with its entity on the whole run, separators
  included.
- Digits typed with a Hangul ㅡ (U+3161) or ㅇ (for 0) because the IME was in Korean mode, letters O/l for 0/1 (OCR
  or deliberate), strike-through combining marks (U+0336) after each character, or emoji between groups: one span
  from the first to the last character of the value, combining marks included.
- A phone number read out with Sino-Korean place values ("팔천삼백이십일") or with "의"/"에" between groups (STT)
  is one PHONE_NUMBER span from the first to the last number word.
- An e-mail spoken as "골뱅이"/"앳" and "점"/"닷" is one EMAIL_ADDRESS span from the first character of the local part
  to the last character of the domain; an IP read as "10 dot 21 dot ..." or with spaces around the dots is one
  IP_ADDRESS span.
- A passport spelled with NATO words ("M as in Mike, 4 0 7 ...") is one KR_PASSPORT span from the letter to the last
  digit; "as in Mike" is inside it.
- A spreadsheet that dropped a phone number's leading zero (1041772290) still holds a PHONE_NUMBER; a resident
  number shown with thousands separators (9,001,011,234,567) is KR_RRN on the whole token.
- A value given as a list of its groups in code or config (["4517", "2231", ...]) is one span from the opening quote
  of the first group to the closing quote of the last; the brackets stay outside.
- A resident number whose front and back halves sit in two CSV columns is one span from the first digit of the
  front to the last digit of the back, the delimiter (and quotes) included.
- A reverse-DNS name (88.4.21.10.in-addr.arpa) is IP_ADDRESS on its four reversed octets; ".in-addr.arpa" stays
  outside. An IPv4-mapped IPv6 address (::ffff:10.21.4.88) is one IP_ADDRESS span for the whole address.
- A vCard/QR "TEL;TYPE=CELL:+82-10-..." is PHONE_NUMBER on the number only; EMAIL;TYPE=WORK: likewise.
- GPS coordinates (37.5665, 126.9780), HS codes, CAS numbers and epoch timestamps are hard negatives.
"""

from __future__ import annotations

import base64
import json
import random
import unicodedata
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, isbn13, luhn_ok, rrn, rrn_new
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

random.seed(13_2026_1124_8517)

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


US_AREA = [
    "212",
    "213",
    "206",
    "305",
    "312",
    "323",
    "404",
    "415",
    "503",
    "512",
    "614",
    "617",
    "646",
    "702",
    "718",
    "720",
    "781",
    "801",
    "857",
    "917",
    "919",
    "971",
]


def us(pattern: str = "(AAA) MNN-NNNN") -> str:
    """A US number in `pattern`, AAA standing for an area code in use."""
    return fmt(pattern.replace("AAA", random.choice(US_AREA)))


def voip() -> str:
    return fmt("070-MNNN-NNNN")


BANK = {
    "신한": "110-NNN-NNNNNN",
    "국민": "NNNNNN-NN-NNNNNN",
    "우리": "1002-NNN-NNNNNN",
    "하나": "NNN-NNNNNN-NNNNN",
    "농협": "3NN-NNNN-NNNN-NN",
    "농협단위": "NNN-NN-NNNNNN",
    "기업": "NNN-NNNNNN-NN-NNN",
    "카카오뱅크": "3333-NN-NNNNNNN",
    "케이뱅크": "100-NNN-NNNNNN",
    "토스뱅크": "1000-NNNN-NNNN",
    "우체국": "NNNNNN-NN-NNNNNN",
    "새마을금고": "9002-NNNN-NNNN-N",
    "신협": "13N-NNN-NNNNNN",
    "수협": "NNNN-NNNN-NNNN",
    "경남": "NNN-NN-NNNNNN-N",
    "광주": "NNN-NNN-NNNNNN",
    "iM뱅크": "NNN-NN-NNNNNN-N",
    "부산": "NNN-NNNN-NNNN-NN",
    "SC제일": "NNN-NN-NNNNNN",
    "증권": "NNN-NN-NNNNNN",
}


def acct(bank: str) -> str:
    return fmt(BANK[bank])


def pp(letter: str = "M") -> str:
    return letter + dg(8)


def pp_new() -> str:
    return f"M{dg(3)}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{dg(4)}"


def dl(region: str | None = None) -> str:
    r = region or random.choice(
        ["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"]
    )
    return f"{r}-{dg(2)}-{dg(6)}-{dg(2)}"


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
    return f"{random.choice([211, 175, 121, 58, 112, 203, 61, 118, 222, 49, 14, 27, 106, 125, 1, 39, 110, 220])}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(2, 250)}"


def v6() -> str:
    head = random.choice(["2001:2d8", "2001:e60", "2406:5900", "2404:6800", "2001:4430", "240e:3b0"])
    return head + ":" + ":".join(f"{random.randint(1, 0xFFFF):x}" for _ in range(6))


def iban(country: str, bban: str) -> str:
    """IBAN with real mod-97 check digits, grouped by four."""
    num = "".join(str(int(c, 36)) for c in (bban + country + "00").replace(" ", ""))
    raw = f"{country}{98 - int(num) % 97:02d}{bban.replace(' ', '')}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def not_luhn(n: int, first: str = "123456789") -> str:
    while True:
        v = dg(n, first)
        if not luhn_ok(v):
            return v


# ---------------------------------------------------------------- disguises
FW = str.maketrans("0123456789-.@", "０１２３４５６７８９－．＠")
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
NATIVE = dict(zip("0123456789", ["영", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"], strict=True))
EN_WORD = dict(
    zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True)
)
HANJA = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
MATH_BOLD = dict(zip("0123456789", [chr(0x1D7CE + i) for i in range(10)], strict=True))
MONO = dict(zip("0123456789", [chr(0x1D7F6 + i) for i in range(10)], strict=True))
SUPER = dict(zip("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻", strict=True))
LETTER_KO = dict(
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
ZW, ZWJ, ZWNJ, WJ, SHY, NBSP, BOM = "\u200b", "\u200d", "\u200c", "\u2060", "\u00ad", "\u00a0", "\ufeff"
MINUS, FIG_DASH, EN_DASH, KATA_BAR, HYPHEN = "\u2212", "\u2012", "\u2013", "\u30fc", "\u2010"


def fw(s: str) -> str:
    return s.translate(FW)


def between(s: str, sep: str) -> str:
    """`sep` between every two characters of `s` (never before the first or after the last)."""
    return sep.join(s)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def sino(s: str, zero: str = "공") -> str:
    return "".join((zero if c == "0" else SINO[c]) if c.isdigit() else c for c in s)


def native(s: str, sep: str = " ") -> str:
    return sep.join(NATIVE[c] for c in s if c.isdigit())


def en_words(s: str, zero: str = "zero") -> str:
    return " ".join(zero if c == "0" else EN_WORD[c] for c in s if c.isdigit())


def mapd(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pct(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def hx(s: str) -> str:
    return s.encode().hex()


def ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def uesc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def keycap(s: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def js(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def seg(text: str, first: str, last: str) -> str:
    """The stretch of `text` from the first occurrence of `first` to the end of the next `last` after it (a value
    split in two places, or a value whose characters sit in two table cells)."""
    i = text.index(first)
    j = text.index(last, i + len(first)) + len(last)
    return text[i:j]


GAJEUN = dict(zip("0123456789", "零壹貳參肆伍陸柒捌玖", strict=True))
SINO_PLAIN = dict(zip("123456789", "일이삼사오육칠팔구", strict=True))


def strike(s: str) -> str:
    return "".join(c + "\u0336" for c in s)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def positional(group: str) -> str:
    """A 4-digit group read with Sino-Korean place values (8321 -> 팔천삼백이십일), as speech-to-text writes it."""
    out = ""
    for c, unit in zip(group, ["천", "백", "십", ""], strict=True):
        if c != "0":
            out += ("" if c == "1" and unit else SINO_PLAIN[c]) + unit
    return out


def mob_nz() -> str:
    """A mobile number whose last block does not start with 0 (so it can be read with place values)."""
    return fmt("010-MNNN-MNNN")


# ---------------------------------------------------------------- positives: 조달청 나라장터
n1, b1, c1, p1 = "윤태겸", bz(), cr("134811"), land("031")
add(
    "ko",
    P,
    f"[나라장터 적격심사 서류 보완 요청]\n입찰공고번호: R26BK01458823-000\n업체명: (주)한빛이엔씨  사업자등록번호 {b1}  법인등록번호 {c1}\n대표자: {n1}\n본사: 경기도 성남시 분당구 판교역로 192번길 14, 3층\n연락처: {p1}\n→ 윤 대표님께 전화로 보완 기한(11/28) 안내 완료.",
    [(BRN, b1), (CRN, c1), (PER, n1), (LOC, "경기도 성남시 분당구 판교역로 192번길 14, 3층"), (PH, p1), (PER, "윤")],
)
n2, e2, m2 = "마승희", "seunghee.ma@dongbu-tech.co.kr", mob()
add(
    "ko",
    P,
    f"계약 보증금 납부 확인 부탁드립니다. 담당: {n2} 과장 ({m2}, {e2}) / 입찰참가자격 등록번호 20261124-0387은 확인됨",
    [(PER, n2), (PH, m2), (MAIL, e2)],
)
b3, a3 = bz(), acct("기업")
add(
    "ko",
    P,
    f"선금 지급 계좌 변경 신청서\n- 상호: 새솔조경 (사업자 {b3})\n- 변경 후 계좌: IBK기업은행 {a3} (예금주 새솔조경)\n- 첨부: 통장사본 1부, 사용인감계 1부",
    [(BRN, b3), (ACC, a3)],
)
n4, r4 = "도경민", rr("780512", 1)
add(
    "ko",
    P,
    f"공동수급협정서 대표사 변경에 따라 신규 대표자 {n4}(주민등록번호 {r4})의 인감증명서를 제출합니다. 도경민 대표의 서명은 2페이지에 있습니다.",
    [(PER, n4), (RRN, r4), (PER, "도경민")],
)
# 특허청
n5, e5, p5, r5 = "채윤아", "yuna.chae@gmail.com", mob(), rr("910227", 2)
add(
    "ko",
    P,
    f"출원인코드 부여 신청(개인)\n성명(국문) {n5}  성명(영문) CHAE YUNA\n주민등록번호 {r5}\n주소 대전광역시 유성구 대학로 291, 107동 1502호\n전화 {p5}  전자우편 {e5}\n※ 출원번호 10-2026-0158342 관련 대리인 선임 예정",
    [
        (PER, n5),
        (PER, "CHAE YUNA"),
        (RRN, r5),
        (LOC, "대전광역시 유성구 대학로 291, 107동 1502호"),
        (PH, p5),
        (MAIL, e5),
    ],
)
n6, e6, a6 = "Rahul Mehta", "r.mehta@quillpatent.com", ar("880903", 5)
add(
    "en",
    P,
    f"Dear Patent Attorney,\nOur inventor {n6} (Indian national, ARC {a6}) will sign the assignment on Friday. Please send the draft to {e6}. Application no. 10-2026-0091177 remains unchanged.",
    [(PER, n6), (ARN, a6), (MAIL, e6)],
)
# 국토부·차량등록사업소
n7, r7, n7b, r7b = "남궁현우", rr("690314", 1), "변지호", rr("951108", 2)
add(
    "ko",
    P,
    f"자동차 이전등록 신청서 (매매)\n양도인: {n7} / {r7} / 서울특별시 노원구 동일로 1414, 5동 302호\n양수인: {n7b} / {r7b} / 경기도 의정부시 시민로 80\n차량번호 38모 4271  차대번호 KMHL341DBMA205518\n남궁현우 님 인감 날인 확인, 변지호 님 책임보험 가입 확인.",
    [
        (PER, n7),
        (RRN, r7),
        (LOC, "서울특별시 노원구 동일로 1414, 5동 302호"),
        (PER, n7b),
        (RRN, r7b),
        (LOC, "경기도 의정부시 시민로 80"),
        (PER, "남궁현우"),
        (PER, "변지호"),
    ],
)
n8, d8, m8 = "석미란", dl("12"), mob()
add(
    "ko",
    P,
    f"말소등록 대리 위임: 위임받는 사람 {n8}, 운전면허번호 {d8}, 연락처 {m8}. 폐차 인수증명서 번호 2026-0417-00912 첨부.",
    [(PER, n8), (DLIC, d8), (PH, m8)],
)
# 주정차 과태료
n9, m9, e9 = "옥소연", mob(), "okso0713@naver.com"
add(
    "ko",
    P,
    f"의견진술서\n고지번호 2026-11-3017-004521 / 위반일시 2026.10.30 08:12\n진술인 {n9} ({m9})\n주소 인천광역시 연수구 송도과학로 32, 1806호\n내용: 임산부 병원 이송 중 정차였습니다. 진료확인서 첨부. 회신 메일 {e9}",
    [(PER, n9), (PH, m9), (LOC, "인천광역시 연수구 송도과학로 32, 1806호"), (MAIL, e9)],
)
n10, r10 = "편도윤", rr("520820", 1)
add(
    "ko",
    P,
    f"[과태료 감경 신청] 국가유공자 감경(50%) 대상 확인 요청 — 성명 {n10}, 주민번호 {r10}, 보훈번호 별도 제출. 차량 12다 8840은 본인 소유.",
    [(PER, n10), (RRN, r10)],
)
# 소방 구급활동일지
n11, r11, m11 = "설해린", rr("010604", 4), mob()
add(
    "ko",
    P,
    f"구급활동일지 #20261124-0173\n환자: {n11} (여/25) 주민번호 {r11}\n발생장소: 광주광역시 서구 상무중앙로 61 지하 1층 주차장\n보호자 연락처 {m11}\n주호소: 흉통, 호흡곤란 / 이송병원: 전남대병원 응급실",
    [(PER, n11), (RRN, r11), (LOC, "광주광역시 서구 상무중앙로 61 지하 1층"), (PH, m11)],
)
n12, m12 = "기민석", mob()
add(
    "ko",
    P,
    f"화재현장 조사서 관계인 진술: 최초 신고자 {n12}({m12})는 23:40경 1층 음식점 주방에서 연기를 보았다고 진술. 기민석 씨는 건물 관리인임.",
    [(PER, n12), (PH, m12), (PER, "기민석")],
)
# 보호관찰
n13, r13, m13 = "봉수아", rr("030219", 3), mob()
add(
    "ko",
    P,
    f"보호관찰 대상자 인계서\n사건번호 2026고단3312 / 보호관찰 2년, 사회봉사 120시간\n대상자: {n13} ({r13})\n주거: 충청북도 청주시 흥덕구 직지대로 325, 204동 907호\n휴대전화 {m13}\n특이사항: 봉수아는 야간 아르바이트 중(편의점).",
    [(PER, n13), (RRN, r13), (LOC, "충청북도 청주시 흥덕구 직지대로 325, 204동 907호"), (PH, m13), (PER, "봉수아")],
)
n14 = "육정택"
add(
    "ko",
    P,
    f"사회봉사 집행 협력기관 담당자 {n14} 팀장에게 출석부 송부 요청. 대상자 3명 모두 11월 분 이행 완료.",
    [(PER, n14)],
)
# 통일부 북한이탈주민
n15, r15, a15, m15 = "용하람", rr("880101", 2), acct("농협"), mob()
add(
    "ko",
    P,
    f"정착금 지급 요청 (하나원 83기 수료)\n성명 {n15} / 주민등록번호 {r15}\n배정 주소: 강원특별자치도 춘천시 후석로 440, 301동 1204호 (LH 임대)\n지급 계좌: NH농협 {a15}\n신변보호담당관 연락 {m15}",
    [(PER, n15), (RRN, r15), (LOC, "강원특별자치도 춘천시 후석로 440, 301동 1204호"), (ACC, a15), (PH, m15)],
)
n16, m16 = "어지원", mob()
add(
    "ko",
    P,
    f"하나센터 상담일지: {n16} 님 취업 상담(요양보호사 과정 희망). 자녀 학교 전학 문의는 다음 주에. 연락처 {m16}로 문자 안내함.",
    [(PER, n16), (PH, m16)],
)
# 외교부 재외국민
n17, r17, p17, e17 = "라은채", rr("930715", 2), pp(), "eunchae.ra@outlook.com"
add(
    "ko",
    P,
    f"재외국민등록부 변경 신고 (주호치민총영사관)\n성명 {n17} / 주민번호 {r17} / 여권번호 {p17}\n현지 주소: 12 Nguyen Huu Canh, Ward 22, Binh Thanh, Ho Chi Minh City\n이메일 {e17}  현지 전화 +84 90 812 4471",
    [
        (PER, n17),
        (RRN, r17),
        (PASS, p17),
        (LOC, "12 Nguyen Huu Canh, Ward 22, Binh Thanh, Ho Chi Minh City"),
        (MAIL, e17),
        (PH, "+84 90 812 4471"),
    ],
)
n18, k18, p18 = "진보람", rn("240309", 4), pp_new()
add(
    "ko",
    P,
    f"재외국민 자녀 출생 등록: 부 {n18}(여권 {p18})이 딸의 주민등록번호 {k18} 발급 사실을 영사 확인 요청함.",
    [(PER, n18), (PASS, p18), (RRN, k18)],
)
n19, m19 = "Sarah O'Connell", "+82 10-4187-2260"
add(
    "en",
    P,
    f"Consular assistance note: Korean national detained in Dublin, contact person {n19} (partner), mobile {m19}. Passport details to follow via secure channel.",
    [(PER, n19), (PH, m19)],
)
# 공정위 하도급
b20, n20, m20, c20 = bz(), "표세영", land("055"), cr("194211")
add(
    "ko",
    P,
    f"하도급대금 미지급 신고서\n신고인: 세영금속 (사업자 {b20}), 대표 {n20}, 전화 {m20}\n피신고인: 한결중공업(주) 법인등록번호 {c20}, 경상남도 창원시 성산구 완암로 50\n미지급액: 금 87,400,000원 (2026.06~09 납품분)",
    [(BRN, b20), (PER, n20), (PH, m20), (CRN, c20), (LOC, "경상남도 창원시 성산구 완암로 50")],
)
n21, e21 = "국승현", "shkook@hangyeol-hi.com"
add(
    "ko",
    P,
    f"공정위 조사관님, 원사업자 측 실무자 {n21} 차장({e21})이 서면 합의서를 보내왔으나 서명이 없습니다. 접수번호 2026하도0871 건에 추가 제출합니다.",
    [(PER, n21), (MAIL, e21)],
)
# 국세청 연말정산 간소화
n22, r22, n22b, r22b, k22 = "인다혜", rr("870430", 2), "방규리", rr("570911", 2), rn("210117", 3)
add(
    "ko",
    P,
    f"[연말정산] 부양가족 공제 신청서\n근로자: {n22} ({r22})\n- 모 {n22b} {r22b} (기본공제, 경로우대)\n- 자녀 방준우 {k22} (기본공제)\n간소화 자료 제공 동의: 모 동의 완료, 자녀는 미성년자라 근로자가 조회.",
    [(PER, n22), (RRN, r22), (PER, n22b), (RRN, r22b), (PER, "방준우"), (RRN, k22)],
)
c23, n23 = cc("5"), "염태오"
add(
    "ko",
    P,
    f"의료비 세액공제 누락분: {n23} 님 안경 구입(2026.03.14) 카드결제 {c23}, 간소화 미조회 → 영수증 별도 제출 바랍니다.",
    [(PER, n23), (CARD, c23)],
)
b24, n24, r24 = bz(), "선우정민", rr("820625", 1)
add(
    "ko",
    P,
    f"기부금 영수증\n기부자: {n24} / 주민등록번호 {r24}\n기부처: 사단법인 나눔들 (고유번호 아님, 사업자등록번호 {b24})\n금액 1,200,000원 / 기부내용 정기후원(현금)",
    [(PER, n24), (RRN, r24), (BRN, b24)],
)
# 건강검진 결과지
n25, r25, h25 = "주예린", rr("790208", 2), hi()
add(
    "ko",
    P,
    f"일반건강검진 결과통보서\n성명 {n25}  주민등록번호 {r25}  건강보험증번호 {h25}\n판정: 정상B(경계) — 공복혈당 108 mg/dL, LDL 142 mg/dL\n검진기관: 새봄내과의원 (검진기관번호 31100457)",
    [(PER, n25), (RRN, r25), (HINS, h25)],
)
n26, k26, m26 = "모건우", rn("230721", 3), mob()
add(
    "ko",
    P,
    f"영유아 건강검진 4차 결과: 수검자 {n26}({k26}), 보호자 연락처 {m26}. 발달선별검사 '추적검사 요망' — 언어 영역.",
    [(PER, n26), (RRN, k26), (PH, m26)],
)
n27, h27, e27 = "피지안", hi(), "jian.pi@kakao.com"
add(
    "ko",
    P,
    f"검진 결과 재발송 요청합니다. 이름 {n27}, 건강보험증 번호 {h27}, 결과지는 {e27}로 PDF 부탁드려요.",
    [(PER, n27), (HINS, h27), (MAIL, e27)],
)
# 이커머스 반품
n28, m28, a28 = "하태린", mob(), acct("카카오뱅크")
add(
    "ko",
    P,
    f"[반품 접수] 주문번호 202611240087731 / 반품 송장 5523-8810-4417\n고객명 {n28} / {m28}\n회수지: 세종특별자치시 한누리대로 2130, 302동 1101호\n환불 계좌(무통장 결제 건): 카카오뱅크 {a28}",
    [(PER, n28), (PH, m28), (LOC, "세종특별자치시 한누리대로 2130, 302동 1101호"), (ACC, a28)],
)
n29, e29, c29 = "감우진", "woojin.gam@naver.com", cc("4", sep=" ")
add(
    "ko",
    P,
    f"고객님 안녕하세요. 부분취소 처리되지 않은 카드({c29}) 건 재처리 요청드렸습니다. 처리 결과는 {e29} 으로 안내드리겠습니다. — {n29} 고객님 문의 답변",
    [(CARD, c29), (MAIL, e29), (PER, n29)],
)
n30, m30 = "Emily Carter", us()
add(
    "en",
    P,
    f"Return request #RMA-58812: customer {n30}, phone {m30}, pickup at 4410 Maple Ridge Dr, Plano, TX 75024. Item arrived with cracked screen.",
    [(PER, n30), (PH, m30), (LOC, "4410 Maple Ridge Dr, Plano, TX 75024")],
)
# 게임사 고객센터
n31, r31, m31, i31 = "소윤재", rr("050817", 3), mob(), pub_ip()
add(
    "ko",
    P,
    f"[계정 도용 신고] 캐릭터명 달빛검객 / UID 7740218833\n본인확인: {n31}, 생년월일·주민번호 {r31}, 휴대폰 {m31}\n마지막 정상 접속 IP {i31} (본인 주장), 이후 해외 IP 로그인 확인",
    [(PER, n31), (RRN, r31), (PH, m31), (IP, i31)],
)
n32, e32, a32 = "경나래", "nare.kyung@daum.net", acct("토스뱅크")
add(
    "ko",
    P,
    f"미성년자 결제 환불 신청 — 법정대리인 {n32}({e32}). 환불 받을 계좌: 토스뱅크 {a32}. 가족관계증명서 첨부합니다.",
    [(PER, n32), (MAIL, e32), (ACC, a32)],
)
i33, v33, e33 = pub_ip(), v6(), "kenji.w@ymail.jp"
add(
    "en",
    P,
    f"Ticket #GS-40921 (account takeover)\nPlayer email: {e33}\nSuspicious logins: {i33} (Seoul), {v33} (unknown)\nPlayer name on payment: Kenji Watanabe\nAction: password reset + 2FA enforced.",
    [(MAIL, e33), (IP, i33), (IP, v33), (PER, "Kenji Watanabe")],
)
# 항공사 마일리지
n34, n34b, r34, r34b = "왕지후", "왕서하", rr("640122", 1), rr("981005", 2)
add(
    "ko",
    P,
    f"가족 마일리지 합산 신청\n회원(부) {n34} 주민번호 {r34} 회원번호 112 398 457 201\n회원(자녀) {n34b} 주민번호 {r34b}\n가족관계증명서 상 관계 확인. 합산 후 보너스 항공권 KE081 예약 예정.",
    [(PER, n34), (RRN, r34), (PER, n34b), (RRN, r34b)],
)
n35, p35, e35 = "KIL SEOYEON", pp(), "seoyeon.kil@icloud.com"
add(
    "en",
    P,
    f"SKYPASS profile update: name {n35} / passport {p35} (exp. 2033-04-17) / email {e35}. Please merge with the duplicate account created at the kiosk.",
    [(PER, n35), (PASS, p35), (MAIL, e35)],
)
# 부동산 중개 계약서
n36, r36, n36b, r36b, a36 = "추민혁", rr("750619", 1), "양희수", rr("830903", 2), acct("국민")
add(
    "ko",
    P,
    f"부동산 매매계약서\n소재지: 대구광역시 수성구 달구벌대로 2450, 109동 1703호\n매도인 {n36} ({r36}) 주소 위와 같음\n매수인 {n36b} ({r36b}) 주소 대구광역시 북구 칠곡중앙대로 407\n계약금 금 오천만원정은 매도인 계좌(국민 {a36})로 입금함.\n중개사무소 등록번호 27260-2018-00214",
    [
        (LOC, "대구광역시 수성구 달구벌대로 2450, 109동 1703호"),
        (PER, n36),
        (RRN, r36),
        (PER, n36b),
        (RRN, r36b),
        (LOC, "대구광역시 북구 칠곡중앙대로 407"),
        (ACC, a36),
    ],
)
n37, m37, b37 = "빈채원", land("051"), bz()
add(
    "ko",
    P,
    f"임대차 중개대상물 확인설명서 — 개업공인중개사 {n37} (해운대센텀공인중개사사무소, 사업자 {b37}, 전화 {m37}), 소재지 부산광역시 해운대구 센텀중앙로 97, 상가 1층 104호",
    [(PER, n37), (BRN, b37), (PH, m37), (LOC, "부산광역시 해운대구 센텀중앙로 97, 상가 1층 104호")],
)
n38, e38 = "Priya Nair", "priya.nair@hey.com"
add(
    "en",
    P,
    f"Tenancy agreement (monthly rent)\nTenant: {n38}, ARC to be provided\nProperty: 803, 18 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349\nDeposit KRW 20,000,000; rent KRW 1,650,000 on the 25th.\nNotices to {e38}.",
    [(PER, n38), (LOC, "803, 18 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349"), (MAIL, e38)],
)
# Kubernetes / Terraform / Ansible / compose
i39, e39 = priv_ip(), "oncall-dba@hanbit-logis.co.kr"
add(
    "en",
    P,
    f"apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: legacy-oracle\n  annotations:\n    owner: {e39}\nsubsets:\n  - addresses:\n      - ip: {i39}\n    ports:\n      - port: 1521",
    [(MAIL, e39), (IP, i39)],
)
i40, i40b = priv_ip(), priv_ip()
add(
    "en",
    P,
    f'resource "aws_instance" "bastion" {{\n  ami           = "ami-0c9c942bd7bf113a2"\n  instance_type = "t3.micro"\n  private_ip    = "{i40}"\n  tags = {{ Owner = "Bae Sumin", CostCenter = "CC-4410" }}\n}}\n# jump host previously at {i40b}',
    [(IP, i40), (PER, "Bae Sumin"), (IP, i40b)],
)
i41, i41b = pub_ip(), priv_ip()
add(
    "en",
    P,
    f"[dbservers]\npg-primary ansible_host={i41b} ansible_user=deploy\n[vpn]\nwg-edge ansible_host={i41}  # contact: Ryu Hangyeol (ext 4412)",
    [(IP, i41b), (IP, i41), (PER, "Ryu Hangyeol")],
)
e42 = "noreply-alerts@gongsil.kr"
add(
    "en",
    P,
    f'services:\n  mailer:\n    image: bytemark/smtp:latest\n    environment:\n      RELAY_FROM: {e42}\n      ADMIN_PHONE: "+82-10-3318-7702"\n      TZ: Asia/Seoul',
    [(MAIL, e42), (PH, "+82-10-3318-7702")],
)
i43 = pub_ip()
add(
    "en",
    P,
    f"Run ./scripts/smoke.sh\n+ curl -sf https://{i43}:8443/healthz\ncurl: (7) Failed to connect to {i43} port 8443 after 3012 ms: Couldn't connect to server\nError: Process completed with exit code 7.",
    [(IP, i43), (IP, i43)],
)
i44, n44 = priv_ip(), "Kang Hajun"
add(
    "mixed",
    P,
    f"🔥 [FIRING:1] NodeDiskPressure\ninstance={i44}:9100 job=node-exporter\n담당: {n44} (인프라팀) — 디스크 92%, /var/log 정리 필요",
    [(IP, i44), (PER, n44)],
)
e45, i45 = "dohyun.eom@payroute.io", pub_ip()
add(
    "en",
    P,
    f'Sentry event 9f2c41ab: ValueError: invalid bank code\nuser: {{"id": 58812, "email": "{e45}", "ip_address": "{i45}"}}\nrelease: payroute-api@3.14.2',
    [(MAIL, e45), (IP, i45)],
)
a46, n46 = acct("하나"), "천가을"
add(
    "mixed",
    P,
    f"[2026-11-24, 03:12:44 KST] {{task_instance.py:1234}} ERROR - settle_refunds failed for row {{'name': '{n46}', 'bank': 'HANA', 'account_no': '{a46}', 'amount': 38000}}",
    [(PER, n46), (ACC, a46)],
)
i47 = priv_ip()
add(
    "en",
    P,
    f"$ORIGIN corp.internal.\n$TTL 3600\nhr-portal   IN  A   {i47}\nwiki        IN  CNAME hr-portal\n; maintained by Olga Petrova",
    [(IP, i47), (PER, "Olga Petrova")],
)
# Google Forms CSV
n48, m48, e48, n48b, m48b, e48b = "류한결", mob(), "hangyeol99@gmail.com", "배수민", mob(), "sumin.bae@naver.com"
add(
    "mixed",
    P,
    f'"타임스탬프","성명","휴대전화","이메일","참가 세션"\n"2026. 11. 20 오후 3:12:09","{n48}","{m48}","{e48}","B"\n"2026. 11. 20 오후 3:15:47","{n48b}","{m48b}","{e48b}","A, C"',
    [(PER, n48), (PH, m48), (MAIL, e48), (PER, n48b), (PH, m48b), (MAIL, e48b)],
)
n49, r49, a49 = "엄도현", rr("000229", 3), acct("신한")
add(
    "mixed",
    P,
    f"Timestamp,이름,주민등록번호,은행,계좌번호,서명동의\n11/21/2026 9:02:33,{n49},{r49},신한,{a49},동의함",
    [(PER, n49), (RRN, r49), (ACC, a49)],
)
# Teams chat
n50, m50 = "탁정연", mob()
add(
    "ko",
    P,
    f"[오전 10:14] 강하준\n혹시 민원인 {n50} 님 번호 아시는 분? 재조사 일정 잡아야 해서요\n[오전 10:16] 배수민\n{m50} 입니다. 오후에만 통화 가능하시대요",
    [(PER, "강하준"), (PER, "탁정연"), (PER, "배수민"), (PH, m50)],
)
e51, n51 = "gaeul.chun@moef.go.kr", "천가을"
add("ko", P, f"[Teams] {n51} 사무관: 회의록 초안 {e51}로 보내주시면 오늘 중 검토하겠습니다.", [(PER, n51), (MAIL, e51)])
# Jira comments
n52, e52, i52 = "Dmitri Volkov", "d.volkov@contractor.hanbit.io", priv_ip()
add(
    "en",
    P,
    f"DLP-2281 comment by {n52}:\nReproduced on staging ({i52}). The export job mails the CSV to {e52} instead of the shared mailbox. Assigning back to @jkwon.",
    [(PER, n52), (IP, i52), (MAIL, e52)],
)
n53, r53 = "추민혁", rr("880808", 1)
add(
    "mixed",
    P,
    f"HR-512 댓글: 테스트 데이터에 실제 직원 {n53}님 주민번호({r53})가 들어가 있습니다. 즉시 마스킹 후 재업로드 바랍니다. cc @hyang",
    [(PER, n53), (RRN, r53)],
)
# Outlook calendar invites
n54, m54, e54 = "Tomás Herrera", us("+1 AAA-MNN-NNNN"), "tomas.herrera@andesfoods.com"
add(
    "en",
    P,
    f"Subject: Supplier audit – Incheon plant\nWhen: Thu 3 Dec 2026 10:00–12:00 (UTC+09:00) Seoul\nWhere: 인천광역시 서구 정서진남로 58, 2층 대회의실\nOrganizer: {n54} <{e54}>\nMobile if late: {m54}\nMicrosoft Teams meeting ID: 251 774 903 118  Passcode: k7Bv2Q",
    [(LOC, "인천광역시 서구 정서진남로 58, 2층"), (PER, n54), (MAIL, e54), (PH, m54)],
)
n55, e55 = "한서진", "seojin.han@kisti.re.kr"
add(
    "ko",
    P,
    f"제목: [초대] 개인정보 영향평가 착수회의\n일시: 2026년 12월 1일(화) 14:00-15:30\n장소: 대전광역시 유성구 대학로 245, 본관 3층 중회의실\n이끔이: {n55} <{e55}>\n필수 참석자: 정보보호팀 전원",
    [(LOC, "대전광역시 유성구 대학로 245, 본관 3층"), (PER, n55), (MAIL, e55)],
)
# scanned business cards (OCR)
n56, m56, t56, e56 = "윤태겸", mob("."), land("031").replace("-", "."), "tg.yoon@hanbit-enc.co.kr"
add(
    "mixed",
    P,
    f"HANBIT E&C\n{n56}  YOON TAEGYEOM\n전무이사 / Executive Director\nM. {m56}  T. {t56}\nE. {e56}\n경기도 성남시 분당구 판교역로 192번길 14",
    [
        (PER, n56),
        (PER, "YOON TAEGYEOM"),
        (PH, m56),
        (PH, t56),
        (MAIL, e56),
        (LOC, "경기도 성남시 분당구 판교역로 192번길 14"),
    ],
)
n57, e57 = "Aigerim Seitkali", "aigerim@steppe-logistics.kz"
add(
    "en",
    P,
    f"STEPPE LOGISTICS LLP\n{n57}\nHead of Korea Desk\n+7 701 455 2093 | {e57}\n17 Dostyk Ave, Almaty 050010, Kazakhstan",
    [(PER, n57), (PH, "+7 701 455 2093"), (MAIL, e57), (LOC, "17 Dostyk Ave, Almaty 050010")],
)
# 한국장학재단 / 고용노동부 / 전입신고 / 하이패스 / 렌터카
n58, r58, a58 = "길서연", rr("040512", 4), acct("우리")
add(
    "ko",
    P,
    f"학자금 대출 상환 유예 신청 — 채무자 {n58}, 주민등록번호 {r58}, 자동이체 계좌 우리은행 {a58}. 약정번호 2026-1-00458871.",
    [(PER, n58), (RRN, r58), (ACC, a58)],
)
n59, r59, m59, b59, n59b = "감우진", rr("970302", 1), mob(), bz(), "탁정연"
add(
    "ko",
    P,
    f"임금체불 진정서\n진정인: {n59} ({r59}) 연락처 {m59}\n피진정인: 온새미로 카페 (사업자 {b59}) 대표 {n59b}\n사업장 주소: 서울특별시 마포구 월드컵북로 396, 1층\n체불액: 2026년 8~10월 급여 6,840,000원",
    [(PER, n59), (RRN, r59), (PH, m59), (BRN, b59), (PER, n59b), (LOC, "서울특별시 마포구 월드컵북로 396, 1층")],
)
n60, r60, n60b, r60b = "주예린", rr("880212", 2), "모건우", rn("230721", 3)
add(
    "ko",
    P,
    f"전입신고서 (세대원 포함)\n신고인(세대주) {n60} {r60}\n세대원 {n60b} {r60b} (자녀)\n새 주소: 경상남도 창원시 의창구 중앙대로 151, 812동 1204호\n종전 주소: 울산광역시 남구 삼산로 274",
    [
        (PER, n60),
        (RRN, r60),
        (PER, n60b),
        (RRN, r60b),
        (LOC, "경상남도 창원시 의창구 중앙대로 151, 812동 1204호"),
        (LOC, "울산광역시 남구 삼산로 274"),
    ],
)
n61, m61, c61 = "소윤재", mob(), cc("37", (4, 6, 5))
add(
    "ko",
    P,
    f"하이패스 미납 통행료 납부: 차량 54러 2290, 미납 3건 8,400원. 납부자 {n61}({m61}), 결제카드 {c61}. 하이패스 카드번호 9410-2211-0457-8812는 선불카드라 잔액 부족.",
    [(PER, n61), (PH, m61), (CARD, c61)],
)
n62, d62, c62, m62 = "Bakhodir Tursunov", dl("28"), cc("4"), mob()
add(
    "mixed",
    P,
    f"렌터카 임대차 계약서 / Rental Agreement\n임차인(Renter): {n62}\n국내 운전면허번호: {d62}\n결제 카드: {c62}\n휴대폰: {m62}\n차량: 아반떼 CN7 (123하 4581) 대여 11/24 09:00 ~ 11/27 09:00",
    [(PER, n62), (DLIC, d62), (CARD, c62), (PH, m62)],
)
# 관리사무소 / 가상자산 KYC / 동물등록 / 헬스장 / 중고거래
n63, m63 = "국승현", mob()
add(
    "ko",
    P,
    f"방문차량 사전등록: 1204동 803호 세대 방문객 {n63}, 차량 47나 3318, 연락처 {m63}, 11/29(토) 하루.",
    [(PER, n63), (PH, m63)],
)
n64, r64, a64, i64 = "옥소연", rr("990930", 2), acct("케이뱅크"), pub_ip()
add(
    "ko",
    P,
    f"[KYC 수동심사] 회원 {n64} / 실명번호 {r64} / 원화 입출금 계좌 케이뱅크 {a64} / 가입 IP {i64} — 신분증 사진 흐림, 재촬영 요청",
    [(PER, n64), (RRN, r64), (ACC, a64), (IP, i64)],
)
n65, m65 = "진보람", mob()
add(
    "ko",
    P,
    f"동물등록 변경신고(소유자 변경): 동물등록번호 410000012345678, 새 소유자 {n65}, 주소 제주특별자치도 제주시 노형로 411, 3층, 연락처 {m65}",
    [(PER, n65), (LOC, "제주특별자치도 제주시 노형로 411, 3층"), (PH, m65)],
)
n66, n66b, m66, m66b = "표세영", "인다혜", mob(), mob()
add(
    "ko",
    P,
    f"회원권 양도 신청서 — 양도인 {n66}({m66}) → 양수인 {n66b}({m66b}), 잔여 기간 7개월, 양도 수수료 3만원 현장 결제.",
    [(PER, n66), (PH, m66), (PER, n66b), (PH, m66b)],
)
a67, n67, m67 = acct("새마을금고"), "양희수", mob()
add(
    "ko",
    P,
    f"중고거래 사기 피해 신고 (사이버수사대)\n피해자 {n67} / {m67}\n판매자에게 송금한 계좌: 새마을금고 {a67} (예금주 '김철진')\n거래 물품: 아이패드 프로, 금액 870,000원",
    [(PER, n67), (PH, m67), (ACC, a67), (PER, "김철진")],
)
# English documents
n68, p68, a68 = "Nguyen Thi Lan", "C4418271", ar("960714", 6)
add(
    "en",
    P,
    f"To whom it may concern,\nThis letter confirms that {n68} (Vietnamese passport {p68}, Korean ARC {a68}) is employed by Hanbit Logistics Co., Ltd. as a data analyst since 1 March 2025. Ms. Nguyen's annual salary is KRW 46,000,000.",
    [(PER, n68), (ARN, a68), (PER, "Nguyen")],
)
n69, e69 = "Maria Santos", "maria.santos@uhealth.ph"
add(
    "en",
    P,
    f"Screening log – Study HB-204\nSubject 014: {n69}, DOB 1981-07-02, referred by Dr. Kenji Watanabe. Consent e-mailed to {e69}; site phone 02-2072-4415.",
    [(PER, n69), (PER, "Kenji Watanabe"), (MAIL, e69), (PH, "02-2072-4415")],
)
n70, a70 = "Liam Tremblay", fmt("NNNNNNN")
add(
    "en",
    P,
    f"Direct deposit change (Canada)\nEmployee: {n70}\nInstitution 003  Transit 04512  Account {a70}\nAddress: 1804-250 Wellington St W, Toronto, ON M5V 3P6\nEffective next pay period.",
    [(PER, n70), (ACC, a70), (LOC, "1804-250 Wellington St W, Toronto, ON M5V 3P6")],
)
# Zoom transcript / Notion / vCard
m71 = mob()
add(
    "ko",
    P,
    f"00:12:41 --> 00:12:49\n상담사: 네 고객님, 회신 받으실 번호가 {m71} 맞으실까요?\n00:12:50 --> 00:12:53\n고객: 네 맞아요, 방규리입니다.",
    [(PH, m71), (PER, "방규리")],
)
n72, e72, m72 = "Yoon Jiho", "jiho.yoon@gongsil.kr", mob()
add(
    "mixed",
    P,
    f"BEGIN:VCARD\nVERSION:3.0\nFN:{n72}\nORG:공실닷컴;운영팀\nTEL;TYPE=CELL:+82-{m72[1:]}\nEMAIL;TYPE=WORK:{e72}\nADR;TYPE=WORK:;;서울특별시 강남구 테헤란로 427, 11층;;;;\nEND:VCARD",
    [(PER, n72), (PH, "+82-" + m72[1:]), (MAIL, e72), (LOC, "서울특별시 강남구 테헤란로 427, 11층")],
)
n73, e73 = "석미란", "miran.seok@hanmail.net"
add(
    "ko",
    P,
    f"# 봉사자 명단 (Notion export)\n| 이름 | 이메일 | 배치 |\n|---|---|---|\n| {n73} | {e73} | 접수 |\n| 라은채 | eunchae.ra@outlook.com | 안내 |",
    [(PER, n73), (MAIL, e73), (PER, "라은채"), (MAIL, "eunchae.ra@outlook.com")],
)
# ---------------------------------------------------------------- positives: shorter mixed-domain items
for nm, yy, g in [("한서진", "850117", 2), ("윤태겸", "710905", 1), ("설해린", "020311", 4)]:
    v = rr(yy, g, dash=False)
    add("ko", P, f"검진 예약 변경 요청 — {nm} / 주민번호 {v} / 12월 둘째 주 희망", [(PER, nm), (RRN, v)])
a74, n74 = ar("910418", 6), "Olga Petrova"
add(
    "mixed",
    P,
    f"외국인 근로자 건강검진 대상자: {n74} (외국인등록번호 {a74}), 검진일 12/3, 통역 필요(러시아어).",
    [(PER, n74), (ARN, a74)],
)
a75, n75, m75 = ar("840222", 5), "Bakhodir Tursunov", mob()
add(
    "mixed",
    P,
    f"보호관찰소 외국인 대상자 {n75}, 외국인등록번호 {a75}, 휴대전화 {m75} — 통역인 동행 필요.",
    [(PER, n75), (ARN, a75), (PH, m75)],
)
a76 = ar("000101", 8)
add(
    "ko", P, f"재외동포(F-4) 체류자 연말정산: 외국인등록번호 {a76} 로 간소화 조회 가능 여부 문의드립니다.", [(ARN, a76)]
)
a77, n77 = ar("930630", 7), "응우옌 반 흥"
add(
    "ko",
    P,
    f"구급활동일지 보충: 환자 {n77}(외국인등록번호 {a77})은 한국어 소통 곤란, 직장 동료가 통역.",
    [(PER, n77), (ARN, a77)],
)
p78, n78 = pp_new(), "엄도현"
add(
    "ko",
    P,
    f"항공사 마일리지 양도 시 필요서류: {n78} 님 여권 사본(여권번호 {p78}) 확인 완료, 위임장 원본 대기.",
    [(PER, n78), (PASS, p78)],
)
p79, n79 = pp(), "Jeon Minseo"
add(
    "en",
    P,
    f"Visa sponsorship: applicant {n79}, Republic of Korea passport no. {p79}, intended start date 5 January 2027.",
    [(PER, n79), (PASS, p79)],
)
p80 = pp("S")
add("ko", P, f"관용여권 발급 신청(출장): 여권번호 {p80} 기존 여권 반납 예정. 출장지 제네바.", [(PASS, p80)])
p81, n81 = pp(), "채윤아"
add(
    "mixed",
    P,
    f'{{"traveler": "{n81}", "doc_type": "P", "doc_no": "{p81}", "nationality": "KOR", "mileage_tier": "MORNING CALM"}}',
    [(PER, n81), (PASS, p81)],
)
d82, n82 = dl("11"), "변지호"
add("ko", P, f"렌터카 추가운전자 등록 — {n82}, 면허번호 {d82}, 면허 종류 1종 보통", [(PER, n82), (DLIC, d82)])
d83 = dl()
add("ko", P, f"택배 기사 채용 서류 확인: 운전면허 {d83} (2종 보통) 진위확인 결과 '일치'", [(DLIC, d83)])
d84, n84 = "경기 " + dl("13")[3:], "하태린"
add(
    "ko",
    P,
    f"과태료 의견진술: 당시 운전자는 {n84}(운전면허 {d84})이며 소유자와 다름을 신고합니다.",
    [(PER, n84), (DLIC, d84)],
)
d85 = dl("26")
add("en", P, f"Driver on the rental: licence {d85} (Korea, class 1 ordinary), verified at counter.", [(DLIC, d85)])
h86, n86 = hi(), "봉수아"
add(
    "ko", P, f"요양급여 의뢰서 — 피보험자 {n86}, 건강보험증번호 {h86}, 의뢰기관 새봄내과의원", [(PER, n86), (HINS, h86)]
)
h87 = hi()
add("ko", P, f"북한이탈주민 의료급여→건강보험 전환 후 신규 건강보험증 번호: {h87}", [(HINS, h87)])
h88, n88 = hi(), "선우정민"
add("mixed", P, f"insured_name={n88}&nhis_card_no={h88}&exam_type=general", [(PER, n88), (HINS, h88)])
b89, b89b = bz(), bz()
add(
    "ko",
    P,
    f"하도급 관계 확인: 원사업자 사업자번호 {b89}, 수급사업자 {b89b}. 두 곳 모두 휴폐업 조회 '계속사업자'.",
    [(BRN, b89), (BRN, b89b)],
)
b90 = bz()
add(
    "en",
    P,
    f"Vendor onboarding: Korean business registration number {b90}, VAT invoices to be issued monthly.",
    [(BRN, b90)],
)
b91 = bz().replace("-", "")
add("ko", P, f"나라장터 조달업체 등록 정보 수정: 사업자등록번호 {b91} / 업종 추가(정보통신공사업)", [(BRN, b91)])
c92, c92b = cr("110111"), cr("285011")
add("ko", P, f"법인 등기사항 확인: 본점 법인등록번호 {c92}, 합병된 구 법인 {c92b} 말소", [(CRN, c92), (CRN, c92b)])
c93 = crn("1101110" + dg(5), dash=False)
add("mixed", P, f"corp_reg_no: {c93}  # 특허 출원인 법인 (출원인코드 1-2026-041187-3 아님)", [(CRN, c93)])
c94 = cr("160111")
add(
    "en",
    P,
    f"Registered as a stock company in Korea (corporate registration no. {c94}), head office in Daejeon.",
    [(CRN, c94)],
)
# phones
m95 = mob(" ")
add("ko", P, f"게임 고객센터 콜백 요청: {m95} (오후 6시 이후)", [(PH, m95)])
m96 = fmt("+82 10 MNNN NNNN")
add(
    "en",
    P,
    f"Mileage merge request — please call the member back on {m96}, she is in Singapore until Friday.",
    [(PH, m96)],
)
m97 = land("02")
add("ko", P, f"구급대 이송 후 병원 원무과 회신번호 {m97} (내선 없음)", [(PH, m97)])
m98 = voip()
add("ko", P, f"반품 기사님 연락처가 {m98} 로 찍혀 있는데 안 받으시네요. 다른 번호 있을까요?", [(PH, m98)])
m99, n99 = land("064"), "고태산"
add("ko", P, f"재외국민 등록 상담 후 국내 연락처: 부친 {n99} {m99}", [(PER, n99), (PH, m99)])
m100 = fmt("010MNNNNNNN")
add("mixed", P, f"hp_no={m100}, agree_sms=Y, channel=game_event_2026w", [(PH, m100)])
m101 = us("AAA.MNN.NNNN")
add("en", P, f"Customer callback {m101} re: damaged return, prefers text.", [(PH, m101)])
m102 = "+44 7700 918 233"
add("en", P, f"UK contact for the tenancy guarantor: {m102} (mobile).", [(PH, m102)])
# accounts
a103 = acct("우체국")
add("ko", P, f"과태료 환급 계좌: 우체국 {a103} (예금주 본인)", [(ACC, a103)])
a104 = acct("수협")
add("ko", P, f"정착장려금 지급계좌 변경: 수협은행 {a104}", [(ACC, a104)])
a105, n105 = acct("증권"), "왕지후"
add(
    "ko",
    P,
    f"연말정산 연금저축 납입 증명 — {n105} 님 증권 계좌 {a105} 연간 납입액 6,000,000원",
    [(PER, n105), (ACC, a105)],
)
a106 = acct("부산")
add("ko", P, f"하도급 대금 직접지급 요청 계좌: 부산은행 {a106} (수급사업자 명의)", [(ACC, a106)])
a107 = acct("신협")
add("ko", P, f"헬스장 양도 수수료 환불받을 계좌 신협 {a107} 입니다~", [(ACC, a107)])
a108 = iban("DE", fmt("NNNN NNNN NNNN NNNN NN"))
add(
    "en",
    P,
    f"Please wire the deposit refund to IBAN {a108} (BIC COBADEFFXXX), account holder Anna Keller.",
    [(ACC, a108), (PER, "Anna Keller")],
)
a109 = acct("광주")
add("mixed", P, f"refund_account: {{bank: 광주은행, number: '{a109}'}}", [(ACC, a109)])
# cards
c110 = cc("4", sep="")
add("ko", P, f"항공권 결제 카드 {c110} 로 마일리지 적립 누락 건 재처리 요청", [(CARD, c110)])
c111 = cc("53", sep=" ")
add("en", P, f"Chargeback dispute: card {c111}, amount USD 59.99, merchant GAMESTORE*KR.", [(CARD, c111)])
c112 = cc("9", sep="-")
add("ko", P, f"연말정산 신용카드 사용분 누락: 국내 전용카드 {c112} 사용내역 첨부", [(CARD, c112)])
c113 = cc("35", sep="-")
add("mixed", P, f"JCB card {c113} 일본 여행 중 사용, 해외결제 수수료 환급 문의", [(CARD, c113)])
c114 = cc("62", sep=" ")
add("ko", P, f"렌터카 보증금 가승인 카드 {c114} 취소 확인 부탁드립니다.", [(CARD, c114)])
# emails
e115 = "soyeon.ok+refund@gmail.com"
add("en", P, f"Reply-To: {e115}", [(MAIL, e115)])
e116 = "procurement@jeonbuk-edu.kr"
add("ko", P, f"입찰 관련 질의는 {e116} 로만 받습니다.", [(MAIL, e116)])
e117 = "hyunwoo.namgung@kookmin.ac.kr"
add("ko", P, f"학자금 대출 서류 회신처: {e117}", [(MAIL, e117)])
e118 = "claims@skyway-air.co.kr"
add("en", P, f"Mileage claims go to {e118}; attach the boarding pass.", [(MAIL, e118)])
e119 = "t.kim_1987@hanmail.net"
add("ko", P, f"보호관찰 대상자가 제출한 이메일 주소: {e119}", [(MAIL, e119)])
# IPs
i120 = pub_ip()
add(
    "en",
    P,
    f"Nov 24 02:11:09 bastion sshd[2231]: Failed password for invalid user oracle from {i120} port 50122 ssh2",
    [(IP, i120)],
)
i121 = priv_ip()
add("ko", P, f"연말정산 서버 접속기록: 사번 20180412 사용자가 {i121} 에서 부양가족 자료 조회(건수 212)", [(IP, i121)])
v122 = v6()
add("en", P, f"Game login from {v122} flagged as new device.", [(IP, v122)])
i123 = priv_ip()
add("mixed", P, f"PTR 조회 결과 {i123} → hr-db-02.corp.internal", [(IP, i123)])
i124 = "::ffff:" + priv_ip()
add("en", P, f"[warn] client {i124} sent oversized header (8193 bytes)", [(IP, i124)])
# persons and locations
add(
    "ko",
    P,
    "소방 구급활동일지 검토 의견: 구급대원 김도율, 채하온 2인 출동, 채하온 대원이 심폐소생술 실시.",
    [(PER, "김도율"), (PER, "채하온"), (PER, "채하온")],
)
add(
    "ko",
    P,
    "가족관계증명서 발췌 — 본인 權敏在(권민재), 부 權泰植(권태식)",
    [(PER, "權敏在"), (PER, "권민재"), (PER, "權泰植"), (PER, "권태식")],
)
add(
    "mixed",
    P,
    "名刺 OCR: 株式会社ハンビット 代表取締役 朴 智妍 (박지연) / Park Jiyeon",
    [(PER, "朴 智妍"), (PER, "박지연"), (PER, "Park Jiyeon")],
)
add(
    "ko",
    P,
    "하도급 현장 확인 장소: 전북특별자치도 전주시 완산구 효자로 225 (도청 앞)",
    [(LOC, "전북특별자치도 전주시 완산구 효자로 225")],
)
add(
    "ko",
    P,
    "주정차 위반 장소가 아니라 거주지 주차장입니다: 서울 강서구 공항대로 247 (퀸즈파크나인) 지하 주차장",
    [(LOC, "서울 강서구 공항대로 247")],
)
add(
    "ko",
    P,
    "보호관찰 대상자 주거 이전 신고: 경기도 화성시 동탄대로 512, 1203동 604호 → 경기도 오산시 원동 455-3",
    [(LOC, "경기도 화성시 동탄대로 512, 1203동 604호"), (LOC, "경기도 오산시 원동 455-3")],
)
add(
    "ko",
    P,
    "북한이탈주민 주거지원: 충청남도 천안시 서북구 불당34길 12, 402호 배정 (LH 매입임대)",
    [(LOC, "충청남도 천안시 서북구 불당34길 12, 402호")],
)
add(
    "ko",
    P,
    "토지 매매 중개 물건: 강원특별자치도 평창군 대관령면 횡계리 산 112-4 외 2필지",
    [(LOC, "강원특별자치도 평창군 대관령면 횡계리 산 112-4")],
)
add(
    "en",
    P,
    "Ship the replacement controller to Flat 4, 22 Harcourt Road, Leeds LS6 3DG and e-mail the label to ollie.grant@btinternet.com.",
    [(LOC, "Flat 4, 22 Harcourt Road, Leeds LS6 3DG"), (MAIL, "ollie.grant@btinternet.com")],
)
add(
    "en",
    P,
    "Lease address: Unit 7, 88 Beach Road, Bondi NSW 2026; tenant Chloe Nguyen.",
    [(LOC, "Unit 7, 88 Beach Road, Bondi NSW 2026"), (PER, "Chloe Nguyen")],
)
add(
    "ko",
    P,
    "Teams 채팅: @육정택 과장님 어제 말씀하신 민원인 안소율 님 건 회신하셨나요? 안소율 님이 또 전화 주셨어요.",
    [(PER, "육정택"), (PER, "안소율"), (PER, "안소율")],
)
add(
    "en",
    P,
    "Jira: Reporter: Grace Liu · Assignee: Mateo Rossi · Watchers: jkwon, hyang\nGrace, can you share the failing payload?",
    [(PER, "Grace Liu"), (PER, "Mateo Rossi"), (PER, "Grace")],
)
add(
    "mixed",
    P,
    "고객센터 통화 요약: 고객 Anjali Verma 님(인도 국적) 마일리지 소멸 이의 제기, 상담원 오하늘 응대.",
    [(PER, "Anjali Verma"), (PER, "오하늘")],
)
add(
    "ko",
    P,
    "공정위 현장조사 참관인: 한결중공업 법무팀 주태완 부장, 세영금속 측 표세영 대표",
    [(PER, "주태완"), (PER, "표세영")],
)
add("ko", P, "연말정산 문의 — 맞벌이 배우자 곽지수 님이 자녀 공제를 이미 받았다면 중복 불가합니다.", [(PER, "곽지수")])
n125, e125, m125 = "Mateo Rossi", "mateo.rossi@fastwire.it", "+39 347 218 5590"
add(
    "en",
    P,
    f"Outlook invite forwarded by {n125} <{e125}>: dial in on {m125} if Teams fails.",
    [(PER, n125), (MAIL, e125), (PH, m125)],
)
n126, r126, m126, a126 = "곽지수", rr("860517", 2), mob(), acct("하나")
add(
    "ko",
    P,
    f"연말정산 환급금 지급 계좌 변경\n성명 {n126} / 주민번호 {r126} / 연락처 {m126}\n하나은행 {a126}\n사유: 기존 급여계좌 해지",
    [(PER, n126), (RRN, r126), (PH, m126), (ACC, a126)],
)
n127, i127, e127 = "Grace Liu", pub_ip(), "grace.liu@tidepool.sg"
add(
    "en",
    P,
    f"Hi {n127}, your game account was accessed from {i127} on 23 Nov. If this wasn't you, reply to this e-mail ({e127} is the address on file).",
    [(PER, n127), (IP, i127), (MAIL, e127)],
)
n128, d128, r128 = "안소율", dl("15"), rr("920104", 2)
add(
    "ko",
    P,
    f"자동차 등록 명의변경 본인확인: {n128}, 운전면허 {d128}, 주민번호 {r128} — 신분증 진위 확인 완료.",
    [(PER, n128), (DLIC, d128), (RRN, r128)],
)
n129, h129, m129, r129 = "오하늘", hi(), mob(), rr("560722", 1)
add(
    "ko",
    P,
    f"구급활동일지\n환자 {n129}(남/70) 주민번호 {r129} 건강보험 {h129}\n보호자(딸) 연락처 {m129}\n이송: 세종충남대병원",
    [(PER, n129), (RRN, r129), (HINS, h129), (PH, m129)],
)
n129b, a129b, c129b, h129b = "Aigerim Seitkali", ar("950611", 6), cr("110111"), hi()
add(
    "mixed",
    P,
    f"건강보험 직장가입자 자격취득 신고 (외국인)\n사업장: (주)스텝로지스코리아 법인등록번호 {c129b}\n가입자: {n129b} / 외국인등록번호 {a129b}\n취득일 2026.11.17 / 발급 건강보험증 번호 {h129b}",
    [(CRN, c129b), (PER, n129b), (ARN, a129b), (HINS, h129b)],
)
n129c, m129c, e129c = "탁정연", land("02"), "jy.tak@onsaemiro.kr"
add(
    "ko",
    P,
    f"제목: [초대] 임금체불 진정 출석조사\n일시 2026-12-04(금) 10:00\n장소 서울특별시 마포구 마포대로 155, 7층 조사실\n피진정인 {n129c} 대표 (사무실 {m129c}, {e129c})\nTeams 회의 ID 318 552 907 441",
    [(LOC, "서울특별시 마포구 마포대로 155, 7층"), (PER, n129c), (PH, m129c), (MAIL, e129c)],
)
# ---------------------------------------------------------------- obfuscated
m130 = mob_nz()
g = m130.split("-")
v130 = f"공일공 {positional(g[1])} {positional(g[2])}"
add("ko", OB, f"[STT 상담 녹취] 고객: 네 제 번호는 {v130} 이고요, 반품 기사님이 거기로 연락 주시면 돼요.", [(PH, v130)])
m131 = mob()
g = m131.split("-")
v131 = f"{sino(g[0], '영')}의 {sino(g[1], '영')}의 {sino(g[2], '영')}"
add("ko", OB, f"구급 신고 녹취(STT): 신고자 연락처 {v131}, 신고자 성명 류다온.", [(PH, v131), (PER, "류다온")])
e132 = "minseo.jeon"
v132 = f"{e132} 골뱅이 gmail 점 com"
add("ko", OB, f"(음성 상담 기록) 결과지 받을 메일은 {v132} 이라고 하심.", [(MAIL, v132)])
v133 = "yerin.ju 앳 naver 닷 컴"
add("ko", OB, f"Zoom 자막: 네 이메일 {v133} 으로 보내주세요", [(MAIL, v133)])
i134 = priv_ip()
v134 = " dot ".join(i134.split("."))
add(
    "en",
    OB,
    f"[Teams] Ryu Hangyeol: firewall is blocking {v134}, can you whitelist it for the payroll batch?",
    [(PER, "Ryu Hangyeol"), (IP, v134)],
)
i135 = pub_ip()
v135 = " . ".join(i135.split("."))
add("mixed", OB, f"차단 요청 IP: {v135} (스크립트가 못 잡게 띄어 씀)", [(IP, v135)])
i136 = priv_ip()
o = i136.split(".")
v136 = ".".join(reversed(o))
add("en", OB, f"{v136}.in-addr.arpa. 3600 IN PTR payroll-db.corp.internal.", [(IP, v136)])
r137 = rr("890304", 1)
v137 = r137.replace("-", "ㅡ")
add("ko", OB, f"과태료 이의신청서 주민번호란: {v137} (한글 자판 상태로 입력된 것 같습니다)", [(RRN, v137)])
c138 = cr("110111")
v138 = c138.replace("-", "ㅡ")
add("ko", OB, f"입찰 참가 법인등록번호 {v138} 로 조회가 안 됩니다.", [(CRN, v138)])
m139 = mob()
v139 = m139.replace("0", "ㅇ")
add("ko", OB, f"게임 이벤트 당첨자 연락처 {v139} 로 보내주세요ㅎㅎ", [(PH, v139)])
m140 = mob()
v140 = m140.replace("0", "O").replace("1", "l")
add("mixed", OB, f"명함 OCR 결과 — Mobile {v140} / 안소율 팀장", [(PH, v140), (PER, "안소율")])
a141 = acct("농협")
v141 = mapd(a141, GAJEUN)
add("ko", OB, f"부동산 임대차계약서 특약: 잔금은 임대인 명의 농협 계좌 {v141} 로 송금한다.", [(ACC, v141)])
r142 = rr("670811", 2)
v142 = mapd(r142, GAJEUN)
add("ko", OB, f"위임장(한자 기재) 위임인 주민등록번호 {v142}", [(RRN, v142)])
c143 = cc("4", sep=" ")
v143 = strike(c143)
add("ko", OB, f"단톡방에 카드번호 올렸다가 취소선 처리함 → {v143} 이거 괜찮은 건가요?", [(CARD, v143)])
m144 = mob()
g = m144.split("-")
v144 = "🔸".join(g)
add("ko", OB, f"🎁 당첨자 안내: 헬스장 양도 문의는 {v144} 로 문자 주세요", [(PH, v144)])
p145 = pp()
v145 = f"{p145[0]} as in Mike, " + " ".join(p145[1:])
add("en", OB, f"Call transcript: 'My passport number is {v145}, and it expires in 2031.'", [(PASS, v145)])
m146 = mob()
v146 = digits(m146)[1:]
add(
    "mixed",
    OB,
    f"Timestamp,Name,Phone\n11/22/2026 14:03:11,한서진,{v146}\n(구글 시트가 앞자리 0을 지움)",
    [(PER, "한서진"), (PH, v146)],
)
r147 = rr("900101", 1)
v147 = f"{int(digits(r147)):,}"
add(
    "mixed",
    OB,
    f"엑셀 붙여넣기: 소윤재\t{v147}\t2026-11-24 (숫자 서식 때문에 쉼표가 들어감)",
    [(PER, "소윤재"), (RRN, v147)],
)
c148 = cc("52")
g = c148.split("-")
v148 = ", ".join(f'"{x}"' for x in g)
add(
    "en",
    OB,
    f'# terraform.tfvars (do not commit!)\ncorporate_card_groups = [{v148}]\ncard_holder = "Jeon Minseo"',
    [(CARD, v148), (PER, "Jeon Minseo")],
)
r149 = rr("960523", 2)
f149, b149 = r149.split("-")
t149 = f'"2026. 11. 21 오전 9:14:02","인다혜","{f149}","{b149}","동의"'
add(
    "mixed",
    OB,
    f'"타임스탬프","성명","주민번호 앞자리","주민번호 뒷자리","개인정보 동의"\n{t149}',
    [(PER, "인다혜"), (RRN, seg(t149, f149, b149))],
)
n150 = nfd("편도윤")
add("ko", OB, f"첨부: 주정차과태료_의견진술_{n150}.pdf (Finder에서 파일명 복사)", [(PER, n150)])
n151, r151 = nfd("라은채"), nfd("재외국민등록")
add("ko", OB, f"~/Downloads/{r151}_{n151}_여권사본.jpg 파일을 보냈는데 안 열린다고 합니다.", [(PER, n151)])
e152 = "haerin.seol@daum.net"
u, d = e152.split("@")
v152 = f"{u}\n@{d}"
add("mixed", OB, f"명함 스캔 OCR:\n설해린 | 구급대원\n{v152}\n소방서 대표 119", [(PER, "설해린"), (MAIL, v152)])
m153 = mob()
v153 = "-".join(f"`{x}`" for x in m153.split("-"))
add("ko", OB, f"Notion 페이지에 적어둔 번호: {v153} (코드 블록이라 검색 안 됨)", [(PH, v153)])
h154 = hi()
v154 = between(h154, " ")
add("ko", OB, f"건강보험증 번호 불러드릴게요 {v154} 입니다", [(HINS, v154)])
b155 = bz()
v155 = b155.replace("-", ".")
add("ko", OB, f"하도급 신고 사업자번호 {v155} (점으로 구분해 적음)", [(BRN, v155)])
d156 = dl("11")
v156 = d156.replace("-", " 다시 ")
add("ko", OB, f"STT: 면허번호는 {v156} 입니다", [(DLIC, v156)])
a157 = ar("900815", 5)
v157 = a157[:6] + "\n" + a157[7:]
add("mixed", OB, f"외국인등록증 OCR:\n{v157}\nBAKHODIR TURSUNOV", [(ARN, v157), (PER, "BAKHODIR TURSUNOV")])
e158 = "mingyu.pyo@hanbit-logis.co.kr"
v158 = strike(e158)
add("ko", OB, f"Jira 댓글(취소선): 담당자 메일 {v158} → 공용 메일로 변경", [(MAIL, v158)])
s159 = rr("991231", 2)
v159 = "ㅡ".join(
    ["".join(c + " " for c in s159.split("-")[0]).strip(), "".join(c + " " for c in s159.split("-")[1]).strip()]
)
add("ko", OB, f"게임 고객센터 채팅: 본인인증 주민번호 {v159} 이에요", [(RRN, v159)])
m160 = mob()
k160 = m160.split("-")
v160 = f"{k160[0]}-{k160[1]}-{positional(k160[2]) if k160[2][0] != '0' else sino(k160[2])}"
add("ko", OB, f"상담 메모(받아쓰기): 회신 {v160}", [(PH, v160)])
# ---------------------------------------------------------------- hard negatives
NEG = [
    (
        "ko",
        "[나라장터] 입찰공고번호 R26BK01458823-000 (차수 00), 개찰일시 2026-12-02 11:00, 기초금액 1,238,400,000원, 예비가격 범위 ±2%",
    ),
    ("ko", "조달업체 등록번호 20261124-0387 은 경쟁입찰참가자격 등록 완료 상태입니다. 유효기간 2029-11-23."),
    ("ko", "특허 출원번호 10-2026-0158342 / 우선권 주장 10-2025-0091177 / 등록번호 제10-2789012호"),
    ("ko", "출원인코드 1-2026-041187-3 은 법인 출원인용으로 부여되었습니다. 대리인코드 9-2019-100452-1."),
    ("ko", "자동차 이전등록 처리 현황: 차량번호 38모 4271, 차대번호 KMHL341DBMA205518, 최초등록일 2021-05-14"),
    (
        "ko",
        "주정차 위반 과태료 고지번호 2026-11-3017-004521, 납부기한 2026.12.15, 금액 40,000원 (사전납부 시 20% 감경)",
    ),
    ("ko", "구급출동번호 20261124-0173, 출동 23:41:07, 현장도착 23:48:52, 병원도착 00:06:30, 이송거리 7.4km"),
    ("ko", "보호관찰 사건번호 2026보관1187, 사회봉사명령 120시간 중 96시간 이행. 사건번호 2026고단3312 관련."),
    ("ko", "하나원 83기 수료생 정착교육 일정: 12/1~12/12, 지역적응센터 연계 교육 40시간"),
    ("ko", "공정위 하도급 신고 접수번호 2026하도0871 / 사건번호 2026서경1234 / 처리기한 60일"),
    (
        "ko",
        "연말정산 간소화 서비스 1차 개통 2027.1.15, 수정·추가자료 제공 1.20. 의료비 공제 한도 700만원, 신용카드 공제율 15%",
    ),
    (
        "ko",
        "건강검진 참고치: 공복혈당 100 미만 정상, 100~125 공복혈당장애, 126 이상 당뇨 의심. 혈압 120/80 mmHg 미만 정상.",
    ),
    ("ko", "검진기관 번호 31100457, 요양기관기호 31100457, 검진기간 2026.01.01~2026.12.31"),
    ("ko", "주문번호 202611240087731 반품 완료. 회수 송장 5523-8810-4417, 환불 예정일 11/27."),
    ("ko", "게임 계정 UID 7740218833, 캐릭터 '달빛검객' Lv.87, 서버 아르카나-3, 쿠폰 코드 WINTER-2026-8HQ2"),
    ("ko", "스카이패스 회원번호 112 398 457 201, 적립 마일 48,210, 유효기간 2036-12-31 (10년)"),
    ("en", "PNR: 7KQ2ZD  E-ticket: 180-2345678901  Flight KE081 ICN→JFK 24NOV 10:00  Seat 38A"),
    ("ko", "등기사항전부증명서 고유번호 2741-2009-012345, 중개사무소 등록번호 27260-2018-00214"),
    ("ko", "법정동코드 1168010100 (서울특별시 강남구 역삼동), 행정동코드 1168064000"),
    ("ko", "학자금 대출 약정번호 2026-1-00458871, 대출금리 연 1.7%, 거치기간 4년"),
    ("ko", "하이패스 선불카드 번호 9410-2211-0457-8812 잔액 3,200원. 충전은 고속도로 휴게소에서 가능."),
    ("ko", "동물등록번호 410000012345678 (내장형 마이크로칩), 등록일 2026-03-02"),
    ("en", "Microsoft Teams meeting\nMeeting ID: 251 774 903 118\nPasscode: k7Bv2Q\nFor organizers: Meeting options"),
    (
        "en",
        'aws_account_id = "482913075516"\nregion = "ap-northeast-2"\nvpc_cidr = "10.40.0.0/16"\nsubnets = ["10.40.1.0/24", "10.40.2.0/24"]',
    ),
    (
        "en",
        'metadata:\n  name: payroll-api\n  uid: 3f9c2a71-5d0e-4b8e-9a61-0c27f4d8e913\n  resourceVersion: "48211937"\nspec:\n  clusterIP: None\n  ports:\n    - port: 8080',
    ),
    (
        "en",
        "image: registry.k8s.io/kube-apiserver:v1.31.2@sha256:9e1f0c2a4b7d3e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f",
    ),
    ("en", "Windows 11 Enterprise 23H2, OS build 22631.4460, Office 16.0.18129.20158, .NET 8.0.11"),
    (
        "ko",
        "개인정보 보호법 제24조의2(주민등록번호 처리의 제한), 같은 법 시행령 제21조의2, 법률 제19234호(2023.3.14. 일부개정)",
    ),
    ("ko", "「하도급거래 공정화에 관한 법률」 제13조제1항 및 제3항, 공정거래위원회 고시 제2026-7호"),
    ("ko", "주민등록번호 형식 예시: 900101-1234567 (설명용 가상의 번호이며 실제 번호가 아님)"),
    ("ko", "입력 예: 000000-0000000 / 외국인등록번호 예: 000000-5000000 (양식 작성 안내용)"),
    (
        "en",
        "QA note: use Stripe's documented test cards only — 4000 0025 0000 3155 (3DS required) and 3782 822463 10005 (Amex).",
    ),
    ("ko", "결제 테스트용 더미 카드번호 4000-0000-0000-0077 (PG사 문서 기재 테스트 번호)는 운영 환경에서 거절됩니다."),
    ("ko", "고객센터 1588-2001, 게임 고객센터 1644-0818, 분실신고 1599-1111, 정부민원안내 110, 마약·범죄신고 112"),
    ("ko", "현금영수증 자진발급 코드 010-000-1234 로 발급된 건은 추후 본인 번호로 등록할 수 있습니다."),
    ("ko", "세종대왕 동상과 이순신 장군 동상이 있는 광화문광장에서 12월 3일 행사가 열립니다."),
    ("ko", "안중근 의사 기념관(서울 중구)과 김구 선생 묘역(효창공원) 견학 일정표"),
    ("ko", "출장지: 부산 해운대구, 제주시 노형동, 세종특별자치시 일원 (숙박은 각자)"),
    (
        "en",
        "Example request: curl http://192.0.2.44/api/v1/health and ping 198.51.100.23; IPv6 docs prefix 2001:db8::/32.",
    ),
    ("en", "listen 0.0.0.0:8080; upstream 127.0.0.1:9000; allow 10.0.0.0/8; deny all;"),
    ("en", "OID 1.2.410.200004.5.2.1.2 (KISA), SNMP sysObjectID 1.3.6.1.4.1.9.1.1745"),
    ("ko", f"도서 ISBN {isbn13('979-11-6224-581')} / 상품 바코드 8801234567893 / 관리번호 A-2026-0042"),
    ("en", "MAC 3c:22:fb:91:0e:4d  UUID 7b1e9c40-2f33-4d1c-8a55-91e2c0d7b6f1  serial C02ZK1LMMD6M"),
    ("en", "git log: 9f2c41ab Merge PR #2281 (DLP-2281) into release/2026.11.24"),
    ("ko", "마스킹 처리된 조회 결과: 성명 김**, 주민번호 900101-1******, 연락처 010-****-5678, 계좌 110-***-****12"),
    ("en", "Template: Dear {first_name}, please reply to name@domain.com or user@example.com with your order number."),
    ("ko", "계약금 금 오천만원정(₩50,000,000), 중도금 금 일억이천만원정(₩120,000,000), 잔금 2027.02.28"),
    ("en", "Site coordinates 37.5665, 126.9780; elevation 38 m; bearing 127.4°"),
    ("en", "HS code 8471.30-0000, CAS No. 7732-18-5, UN 1263, epoch 1795512345"),
    ("ko", "계좌번호 안내: 신한은행 계좌는 보통 110으로 시작하는 12자리, 우리은행은 1002로 시작하는 13자리입니다."),
    ("ko", "2026년 11월 24일 14:00~16:00 / 2026.12.01(화) / 26-11-24 / 20261124"),
    ("ko", "제1234회 로또 당첨번호 3, 11, 19, 27, 34, 42 + 보너스 8"),
    ("ko", "열차 KTX 101편 (서울 05:30 → 부산 08:08), 버스 472번, 9401번 광역버스"),
    ("en", 'Prometheus: node_filesystem_avail_bytes{mountpoint="/var/log"} 1.0737418e+09, scrape_duration 0.0412'),
    ("en", "Standard references: ISO/IEC 27001:2022, KS X ISO/IEC 27701:2020, RFC 5737, RFC 3849, NIST SP 800-63B"),
    ("ko", "분실물 관리번호 2026-000412, 민원 접수번호 1AA-2611-0048271, 등기번호 1234567890123"),
    ("ko", "국세청 전자납부번호 0126-2611-8840-5521, 지방세 납부번호 11-680-2026-11-1-0048821"),
    ("en", "Order #112-4837261-0093714 shipped via UPS; carrier ref 1ZX9824W0391847720 (tracking unavailable)"),
    ("ko", "통계표: 서울 9,386,034명 / 경기 13,694,685명 / 합계 23,080,719명 (2026년 10월 주민등록인구)"),
    (
        "en",
        "Placeholder formats for the form: account 000-000000-00000, card XXXX-XXXX-XXXX-XXXX, phone 010-0000-0000.",
    ),
]
for lang, text in NEG:
    add(lang, N, text, [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "thirteenth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_thirteenth.jsonl"), build())


if __name__ == "__main__":
    main()
