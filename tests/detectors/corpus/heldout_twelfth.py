# ruff: noqa: E501
"""Twelfth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring, value makers and build()/main() of heldout_eleventh.py, whose schema and conventions it copies). The
evaluation script and the detectors were neither read nor run against these cases; nothing here was tuned to the
engine. (After all cases were written, a formatter diff run on heldout_eleventh.py by mistake showed part of that
file's negative list; nothing was taken from it, and the two negatives here that used the same widely published
test card and UPS tracking examples were changed to other values so the sets do not share them.) Values are made up
with a fresh seed; resident, alien, business and corporate numbers and card numbers carry real check digits
(check_digits.py). Post-October-2020 resident numbers (random last digit that fails the old checksum) appear for
children born since then (영유아 예방접종, 어린이집 입소, 가족관계등록부 정정), carried by context.

New domains: 병무청 (입영일자 연기, 사회복무요원 복무·소집해제, 국외여행허가, 병역판정검사), 출입국·외국인청
(체류기간 연장, 외국인등록증 재발급, 출입국사실증명 위임, 체류지 변경), 가정법원 (성년후견, 가족관계등록부 정정,
가사조사), 교육청 (교원 전보 내신, 학교폭력대책심의위원회, 교원 연수, NEIS 로그), 보건소 (영유아 예방접종, 외국인
결핵 검진, 결핵 접촉자, 잠복결핵 치료비, 진료비 수납), 경찰 (교통사고 실황조사서, 습득물, 실종 신고, 보이스피싱
지급정지), 근로복지공단 산재 요양급여, 고용센터 실업급여, 국민연금 노령연금, 농협 여신 심사 (개인·법인),
신협·새마을금고, 증권사 비대면 계좌 개설, 보험사 고지의무 조사, 택배사 CS 로그, 관세 수입신고 and 여행자 휴대품,
대학 입학처 원서 and 교환학생, 병원 EMR 발췌, 약국 처방전 OCR, 통계청 가계동향조사표, 재난지원금 이의신청, 공무원
복무 (연가, 출장 여비), 군 인사기록, 감사원 감사 자료, 국회 자료제출 요구, 어린이집 입소, 공무원연금, 국가보훈 등록,
긴급복지, 장기요양, 법원 경매, 전세보증금 반환보증, 해외송금, 헌혈 이상반응, 교정시설 접견, 어선 승선원 명부 (해양경찰),
대기업 인사팀 (급여 계좌, 퇴직금 중간정산), 카드 분실신고, 구청 여권민원실, 택시운전자격, 공공기관 임용 서류,
금융감독원 민원, 학교 행정실 급식비 환불, 건축허가, 재개발 조합원 명부, 사내 개인정보 접속기록 점검 and 보안관제;
English-language HR onboarding packets and direct-deposit forms (US, UK, Canada), auto and travel insurance claims,
university admissions, a UK police incident report, shipping manifests and customs-broker e-mails, CRM CSV exports,
Slack threads, Python/SQL/JSON/YAML/nginx/log snippets, e-mail threads with signatures, support-desk tickets, a hotel
no-show notice, a hospital discharge header, an IT asset inventory, conference and volunteer rosters, Korean vendor
onboarding; mixed Korean/English API responses, SQL, Zendesk and Slack messages, KYC translations and STT/OCR output.

Labelling decisions: the ninth to eleventh sets' rules (copied from heldout_eleventh.py's docstring) apply unchanged:
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
Added for this set:
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
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

random.seed(12_2025_1124_6093)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers
def dg(n: int, first: str = "0123456789") -> str:
    return random.choice(first) + "".join(random.choice("0123456789") for _ in range(n - 1))


def fmt(pattern: str) -> str:
    """N: any digit, M: 2-9 (first digit of a Korean subscriber block), other characters kept."""
    return "".join(random.choice("0123456789") if c == "N" else random.choice("23456789") if c == "M" else c for c in pattern)


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


US_AREA = ["212", "213", "206", "305", "312", "323", "404", "415", "503", "512", "614", "617", "646", "702", "718", "720", "781", "801", "857", "917", "919", "971"]


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
    r = region or random.choice(["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"])
    return f"{r}-{dg(2)}-{dg(6)}-{dg(2)}"


def hi() -> str:
    return dg(11, "123456789")


def priv_ip() -> str:
    return random.choice([f"10.{random.randint(0, 60)}.{random.randint(0, 254)}.{random.randint(2, 250)}", f"172.{random.randint(16, 31)}.{random.randint(0, 254)}.{random.randint(2, 250)}", f"192.168.{random.randint(0, 99)}.{random.randint(2, 250)}"])


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
EN_WORD = dict(zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True))
HANJA = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
MATH_BOLD = dict(zip("0123456789", [chr(0x1D7CE + i) for i in range(10)], strict=True))
MONO = dict(zip("0123456789", [chr(0x1D7F6 + i) for i in range(10)], strict=True))
SUPER = dict(zip("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻", strict=True))
LETTER_KO = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", ["에이", "비", "씨", "디", "이", "에프", "지", "에이치", "제이", "케이", "엘", "엠", "엔", "피", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트"], strict=True))
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


RRN, ALN, PASS, DLIC, BRN, CRN, HI = "KR_RRN", "KR_ALIEN_REG", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE"
PH, ACC, CARD, EM, IP, PER, LOC = "PHONE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS", "IP_ADDRESS", "PERSON", "LOCATION"

# ================================================================ Korean
# ---------------------------------------------------------------- 병무청
r1, m1 = rr("990718", 1), mob()
add("ko", P, "병무청 입영일자 연기 신청 건 검토 의견 써줘.\n"
    f"- 성명: 박지호 / 주민등록번호: {r1}\n- 연락처: {m1}\n"
    "- 주소: 경기도 고양시 일산동구 중앙로1275번길 38-12, 502호\n"
    "- 사유: 대학원 석사 학위논문 심사(2025. 6. 예정), 재학증명서 첨부\n"
    "병역법 시행령 제129조 요건 충족 여부랑 반려 시 안내 문구도 같이 부탁해.",
    [(PER, "박지호"), (RRN, r1), (PH, m1), (LOC, "경기도 고양시 일산동구 중앙로1275번길 38-12, 502호")])

m1, l1 = mob(), land("02")
add("ko", P, "사회복무요원 복무 부적응 상담 기록인데 보고서 형식으로 정리해줘.\n"
    f"요원 최민서(2002년생, 휴대폰 {m1})는 10월 들어 지각 4회, 무단조퇴 1회. 본인은 야간 아르바이트 때문이라고 진술함.\n"
    f"복무기관 담당자: 자원순환과 정하은 주무관 (☎ {l1}, jeong.haeun@korea.kr)\n"
    "정하은 주무관 의견: 경고 처분보다는 복무기관 내 재배치 희망.",
    [(PER, "최민서"), (PH, m1), (PER, "정하은"), (PH, l1), (EM, "jeong.haeun@korea.kr"), (PER, "정하은")])

r1 = rr("010523", 3)
add("ko", OB, f"소집해제 증명서 재발급 신청서 엑셀 받았는데 주민번호 칸이 {fw(r1)} 이렇게 전각으로 들어와서 시스템 업로드가 안 돼. 신청인은 윤재혁. 전각 숫자를 반각으로 바꾸는 엑셀 수식 좀 알려줘.",
    [(RRN, fw(r1)), (PER, "윤재혁")])

p1, m1 = pp_new(), fmt("+82 10-MNNN-NNNN")
add("ko", P, "국외여행허가 신청(25세 이상 병역미필) 민원 처리 메모:\n"
    f"성명 강태윤 / 여권번호 {p1} / 출국예정 2025-03-02 / 체재국 캐나다(어학연수) / 해외 체류 중 연락처 {m1}\n"
    "보증인 없음. 허가기간 1년 초과 시 추가 서류 뭐가 필요한지 알려줘.",
    [(PER, "강태윤"), (PASS, p1), (PH, m1)])

add("ko", N, "병역법 제60조 및 시행령 제128조 기준으로 입영일자 연기 사유별 최대 기간 표 만들어줘. 재학생(24세까지), 질병, 국외 체재, 가족 사망 등으로 나눠서. "
    "참고로 2025년 현역병 1차 입영일은 2025. 1. 6.이고 민원 상담은 1588-9090, 사이버 민원은 mma.go.kr 접속하면 된다고 안내문에 넣을 거야.",
    [])

m1 = mob()
add("ko", OB, f"복무기관에서 사회복무요원 서가람 비상연락처를 이렇게 적어 보냈어: '{sino(m1)}'. 숫자로 바꿔서 명부에 넣을 때 형식 통일하는 방법 알려줘.",
    [(PER, "서가람"), (PH, sino(m1))])

r1 = rr("011130", 3)
add("ko", P, "병역판정검사 재검 대상자 통보문 초안:\n"
    f"수신: 하도윤 (생년월일 2001.11.30, 주민등록번호 {r1})\n"
    "주소: 대구광역시 수성구 달구벌대로 2461, 101동 1707호 (범어동)\n"
    "판정검사 일시 2025. 2. 11.(화) 08:30, 장소 대구경북지방병무청 제1검사장\n"
    "하도윤 님은 신장 검사 결과 재측정이 필요하여...",
    [(PER, "하도윤"), (RRN, r1), (LOC, "대구광역시 수성구 달구벌대로 2461, 101동 1707호"), (PER, "하도윤")])

# ---------------------------------------------------------------- 출입국·외국인청
a1, b1, m1 = ar("910322", 5), bz(), mob()
add("ko", P, "체류기간 연장허가 신청 서류 누락된 거 있는지 체크해줘.\n"
    "신청인: NGUYEN VAN HUNG (응우옌 반 흥), 국적 베트남, 체류자격 E-9, 만료일 2025-02-14\n"
    f"외국인등록번호: {a1}\n여권번호: C4817265 (베트남 여권)\n"
    f"근무처: (주)대성정밀, 사업자등록번호 {b1}\n근무처 주소: 경상남도 김해시 주촌면 골든루트로 80-16\n"
    f"연락처: {m1}\n제출: 표준근로계약서 사본, 사업자등록증, 숙소 제공 확인서",
    [(PER, "NGUYEN VAN HUNG"), (PER, "응우옌 반 흥"), (ALN, a1), (BRN, b1), (LOC, "경상남도 김해시 주촌면 골든루트로 80-16"), (PH, m1)])

a1, m1 = ar("880917", 5), mob()
add("ko", P, "외국인등록증 재발급 신청 접수 내용 요약:\n"
    f"라흐마트 하디 (Rahmat Hadi), 인도네시아, 외국인등록번호 {a1}\n"
    "체류지: 충청남도 아산시 둔포면 석곡리 412-7\n"
    f"휴대폰: {m1}\n재발급 사유: 분실 (경찰서 분실신고 접수번호 2024-0087731)\n"
    "수수료 3만원 납부 완료. 라흐마트 씨가 영어로 안내받기 원함.",
    [(PER, "라흐마트 하디"), (PER, "Rahmat Hadi"), (ALN, a1), (LOC, "충청남도 아산시 둔포면 석곡리 412-7"), (PH, m1), (PER, "라흐마트")])

a1 = ar("950604", 6)
add("ko", OB, "통역사가 전화로 불러준 걸 받아 적은 메모야. 외국인등록번호: " + between(a1, " ") + " / 이름: 바야르마 (몽골). 이 번호로 체류지 변경신고 이력 조회하는 절차 알려줘.",
    [(ALN, between(a1, " ")), (PER, "바야르마")])

r1, p1, r2, m1 = rr("780214", 2), pp("M"), rr("760930", 1), mob()
add("ko", P, "출입국에 관한 사실증명 대리 발급 위임장 확인 좀 해줘.\n"
    f"위임인: 서은주 (주민등록번호 {r1}, 여권번호 {p1})\n"
    f"수임인: 배우자 남궁현 (주민등록번호 {r2}), 연락처 {m1}\n"
    "위임 사무: 2015.1.1.~2024.12.31. 출입국 사실증명 발급. 위임인 서명 날인 있음.",
    [(PER, "서은주"), (RRN, r1), (PASS, p1), (PER, "남궁현"), (RRN, r2), (PH, m1)])

add("ko", N, "외국인 근로자 대상 안내문 번역 전에 한국어 원문 검토 부탁해. "
    "'체류기간 만료일 전 4개월부터 연장 신청 가능(출입국관리법 제25조). 수수료 6만원. 하이코리아(www.hikorea.go.kr) 또는 외국인종합안내센터 1345. "
    "신청서 외국인등록번호 칸 작성 예시: 000000-5000000' 이 예시 번호 그대로 써도 되는지도 의견 줘.",
    [])

a1 = ar("000815", 7)
add("ko", OB, f"체류지 변경신고 건인데 신청인(마르코 로시, 이탈리아) 등록번호가 양식에 {a1.replace('-', MINUS)} 이렇게 수학 기호 마이너스로 찍혀 있어서 검색이 안 돼. 검색 전에 기호 정규화하는 파이썬 코드 짜줘.",
    [(ALN, a1.replace("-", MINUS)), (PER, "마르코 로시")])

# ---------------------------------------------------------------- 가정법원
m1, r1 = mob(), rr("410305", 1)
add("ko", P, "성년후견개시 심판청구서 초안 문장 다듬어줘.\n"
    f"청구인: 장미경 (사건본인의 장녀), 연락처 {m1}\n"
    f"사건본인: 장석구, 주민등록번호 {r1}\n"
    "사건본인 주소: 전라북도 전주시 완산구 효자로 225, 108동 1203호 (효자동3가)\n"
    "사건본인은 2023년 알츠하이머성 치매 진단을 받았고 현재 요양병원 입원 중이며, 장미경이 후견인으로 지정되기를 희망함.",
    [(PER, "장미경"), (PH, m1), (PER, "장석구"), (RRN, r1), (LOC, "전라북도 전주시 완산구 효자로 225, 108동 1203호"), (PER, "장미경")])

c1, f1 = rn("210917", 4), rr("870203", 1)
add("ko", P, "가족관계등록부 정정허가 신청서 '신청 이유' 작성 도와줘. 딸 이름 한자가 출생신고 때 잘못 기재됨.\n"
    f"사건본인: 문소율 (2021. 9. 17. 출생), 주민등록번호 {c1} — 2020년 10월 이후 부여된 번호라 끝자리가 예전 계산식이랑 안 맞는다고 함\n"
    f"신청인(부): 문승기, 주민등록번호 {f1}\n정정 전 文昭律 → 정정 후 文素律",
    [(PER, "문소율"), (RRN, c1), (PER, "문승기"), (RRN, f1)])

m1 = mob()
spoken = sino(m1).replace("-", " ")
add("ko", OB, f"가사조사 면담 일정 잡아야 하는데 상대방 배수정 씨 번호가 녹취록에 '{spoken}'라고만 돼 있어. 숫자로 바꿔서 문자 발송 양식 만들어줘.",
    [(PER, "배수정"), (PH, spoken)])

add("ko", N, "가사소송 사건 목록 정리: 2024느단10234 (성년후견개시), 2024드합1157 (이혼 및 재산분할), 2024즈기381 (사전처분). "
    "각 사건 기일 2025. 1. 15. 10:30, 2025. 1. 22. 14:00. 당사자 표시는 '청구인 갑', '상대방 을'로 통일하고 가사소송법 제2조 분류 기준도 같이 표로 만들어줘.",
    [])

# ---------------------------------------------------------------- 교육청
ta, tb, tc = mob(), mob(), mob()
add("ko", P, "교원 전보 내신서 취합 표인데 학교급별로 다시 정렬해줘.\n"
    "| 성명 | 소속 | 희망지역 | 휴대폰 | 이메일 |\n|---|---|---|---|---|\n"
    f"| 임성훈 | 갈산초 | 동부 | {ta} | shlim0412@sen.go.kr |\n"
    f"| 전보람 | 신정중 | 강서 | {tb} | boram.jeon@sen.go.kr |\n"
    f"| 고은호 | 목동고 | 남부 | {tc} | ko.eunho@sen.go.kr |",
    [(PER, "임성훈"), (PH, ta), (EM, "shlim0412@sen.go.kr"), (PER, "전보람"), (PH, tb), (EM, "boram.jeon@sen.go.kr"), (PER, "고은호"), (PH, tc), (EM, "ko.eunho@sen.go.kr")])

m1, m2 = mob(), mob()
add("ko", P, "학교폭력대책심의위원회 출석 안내문 발송 대상 확인:\n"
    f"1) 피해학생 보호자 손예림 — {m1}, 주소 인천광역시 연수구 송도과학로 16번길 7, 202동 1101호\n"
    f"2) 관련학생 보호자 백승찬 — {m2}\n"
    "심의일 2024. 12. 3.(화) 15:00, 교육지원청 3층 소회의실. 등기로 보낼 거라 주소 누락된 사람 있으면 알려줘.",
    [(PER, "손예림"), (PH, m1), (LOC, "인천광역시 연수구 송도과학로 16번길 7, 202동 1101호"), (PER, "백승찬"), (PH, m2)])

add("ko", N, "학교폭력 심의 안건 요약 부탁해. 심의번호 2024-강서-0312. 관련학생 A(2학년 3반), 피해학생 B(2학년 5반). "
    "SNS 단체방 내 모욕 발언(2024. 10. 7.~10. 21.), 캡처 14장. 학교폭력예방법 제16조 보호조치, 제17조제1항 제2호 조치 검토. "
    "학생 이름이나 연락처는 비식별 처리된 상태야.",
    [])

e1 = "gong.hyunwoo[at]sen.go[dot]kr"
add("ko", OB, f"교원 직무연수 수강 명단 중에 이메일을 스팸 방지한다고 {e1} 이렇게 써놓은 분이 있어 (공현우 선생님, 발산초). 원래 주소로 복원해서 명단 CSV 만들어줘.",
    [(EM, e1), (PER, "공현우")])

# ---------------------------------------------------------------- 보건소
c1, m1 = rn("230314", 4), mob()
add("ko", P, "예방접종 등록 오류 민원 답변 초안 써줘.\n"
    f"아동: 유다엘 (2023.3.14 출생), 주민등록번호 {c1}\n보호자: 노경숙 (모), {m1}\n"
    "내용: DTaP-IPV 4차를 소아과에서 접종했는데 예방접종도우미 앱에 미접종으로 나옴. 접종기관에서 전산 등록 누락한 것으로 보임.",
    [(PER, "유다엘"), (RRN, c1), (PER, "노경숙"), (PH, m1)])

a1, a2, a3 = ar("930411", 5), ar("870102", 6), ar("990826", 5)
n1, n2, n3 = mob(), mob(), mob()
add("ko", P, "외국인 근로자 결핵 검진 대상자 CSV야. 국적별 인원 집계해줘.\n"
    "성명,국적,외국인등록번호,연락처,사업장\n"
    f"바트볼드 간바타르,몽골,{a1},{n1},동화산업\n"
    f"니마 셰르파,네팔,{a2},{n2},동화산업\n"
    f"쩐 티 투 하,베트남,{a3},{n3},한솔푸드",
    [(PER, "바트볼드 간바타르"), (ALN, a1), (PH, n1), (PER, "니마 셰르파"), (ALN, a2), (PH, n2), (PER, "쩐 티 투 하"), (ALN, a3), (PH, n3)])

m1 = mob()
zw1 = between(m1, ZW)
add("ko", OB, f"결핵 접촉자 조사 명단에서 복사한 번호가 문자 발송 시스템에서 오류 나. 육안으로는 {zw1} 인데 길이가 이상하게 길게 나와. 대상자는 성유나. 원인이 뭔지 알려줘.",
    [(PH, zw1), (PER, "성유나")])

add("ko", N, "보건소 독감 예방접종 안내 문자 문구 다듬어줘: '2024-2025절기 인플루엔자 국가예방접종, 만 65세 이상 2024. 10. 2.~2025. 4. 30. "
    "접종 백신 로트번호 FLU24-K0931, 문의 질병관리청 콜센터 1339 또는 보건소 예방접종실 내선 2214.' 80자 이내로.",
    [])

h1, r1 = hi(), rr("670818", 1)
add("ko", P, f"진료비 수납 창구 문의: 민원인 곽민철 님 건강보험 자격 조회가 안 됨. 건강보험증 번호 {h1}, 주민등록번호 {r1}. "
    "지역가입자에서 직장가입자로 바뀐 지 3일 됐다고 함. 자격 반영까지 보통 며칠 걸리는지, 그동안 본인부담 처리 어떻게 하는지 알려줘.",
    [(PER, "곽민철"), (HI, h1), (RRN, r1)])
# ---------------------------------------------------------------- 경찰
d1, r1, m1 = dl("11"), rr("920607", 2), mob()
add("ko", P, "교통사고 실황조사서 내용 요약해서 사고 경위 3줄로 써줘.\n"
    "일시: 2024. 11. 14. 07:52경\n사고장소: 서울특별시 강서구 공항대로 247 앞 교차로\n"
    f"피의차량 운전자: 차은석 (운전면허번호 {d1})\n"
    f"피해자: 주영란 (보행자, 주민등록번호 {r1}, 연락처 {m1})\n"
    "차은석은 황색신호에 진입했다고 진술, 블랙박스 영상 확보.",
    [(LOC, "서울특별시 강서구 공항대로 247"), (PER, "차은석"), (DLIC, d1), (PER, "주영란"), (RRN, r1), (PH, m1), (PER, "차은석")])

k1, d1, m1 = cc("5"), dl("26"), mob()
add("ko", P, "습득물 접수 대장 입력용으로 정리해줘.\n"
    "습득일시 2024-11-20 21:10 / 습득장소 부산 지하철 1호선 서면역 / 습득자 역무원\n"
    f"내용물: 검정 반지갑 1, 신용카드 1매 (카드번호 {k1}), 운전면허증 1매 (엄태식, {d1}), 현금 32,000원\n"
    f"명함에 적힌 번호 {m1}로 연락했으나 부재중. 분실물 관리번호 LF-2024-117384.",
    [(CARD, k1), (PER, "엄태식"), (DLIC, d1), (PH, m1)])

m1 = mob()
add("ko", P, "실종 신고 접수 내용으로 공개 수배 전단 초안 만들어줘 (보호자 동의 받음).\n"
    "실종자: 우지환 (남, 82세, 치매 진단), 키 165cm, 회색 점퍼\n"
    "거주지: 부산광역시 해운대구 좌동순환로 99, 104동 1503호\n"
    "최종 목격: 2024. 11. 21. 16:40 해운대역 3번 출구 앞\n"
    f"보호자: 우민정 (딸) {m1}",
    [(PER, "우지환"), (LOC, "부산광역시 해운대구 좌동순환로 99, 104동 1503호"), (PER, "우민정"), (PH, m1)])

d1 = dl("12")
sl = d1.replace("-", "/")
add("ko", OB, f"조서 작성하다가 운전면허번호가 {sl} 이렇게 슬래시로 적혀 있는데 (운전자 채하린) 이거 경기 면허 맞지? 면허번호 자리별 의미 설명해줘.",
    [(DLIC, sl), (PER, "채하린")])

add("ko", N, "2024년 3분기 교통사고 통계 보고서 표현 다듬어줘. 관내 교통사고 1,284건(전년 동기 대비 4.1% 감소), 사망 17명, 부상 1,902명. "
    "도로교통법 제44조(음주운전) 위반 212건, 제17조(속도) 위반 3,318건. 사고다발지점 1위 원효로 사거리, 2위 한강대로 일대.",
    [])

m1 = mob()
h1_, h2_ = m1[:8], m1[9:]
t = (f"실종 신고 전화 녹취 요약이야. 실종자는 나진우(79세). 보호자가 처음엔 '{h1_}'까지만 말하고 끊겼다가, 다시 걸어와서 마지막으로 본 장소랑 인상착의를 설명한 뒤 "
     f"'아까 번호 뒷자리는 {h2_}예요'라고 했어. 보호자 연락처 완성해서 신고서 양식에 채워줘.")
add("ko", OB, t, [(PH, seg(t, h1_, h2_)), (PER, "나진우")])

a1, m1 = acct("국민"), mob()
add("ko", P, "보이스피싱 지급정지 요청 공문 초안 작성 부탁해.\n"
    f"피해자: 민경태 (연락처 {m1})\n피해금 입금 계좌: 국민은행 {a1} (예금주 김OO)\n"
    "피해금액 9,800,000원, 이체일시 2024. 11. 19. 13:22. 전기통신금융사기 피해 환급법 제4조에 따른 지급정지 요청.",
    [(PER, "민경태"), (PH, m1), (ACC, a1)])

# ---------------------------------------------------------------- 근로복지공단
r1, b1, a1, m1 = rr("740225", 1), bz(), acct("농협"), mob()
add("ko", P, "산재 요양급여신청서 내용 검토해줘. 사업주 확인 거부 사유도 적어야 돼.\n"
    f"재해자: 원동건 (주민등록번호 {r1}, 연락처 {m1})\n"
    f"사업장: 한결건설 (사업자등록번호 {b1}), 사업주 천수아\n"
    "재해일시: 2024. 10. 28. 10:15, 거푸집 해체 중 추락(약 2.4m), 요추 압박골절\n"
    f"휴업급여 입금 계좌: 농협 {a1}",
    [(PER, "원동건"), (RRN, r1), (PH, m1), (BRN, b1), (PER, "천수아"), (ACC, a1)])

a1 = acct("신한")
f1, s1 = a1[:7], a1[8:]
t = (f"산재 근로자 방지훈 씨가 휴업급여 받을 신한은행 계좌를 알려주면서 보안 때문이라고 앞부분 '{f1}'은 카톡으로, "
     f"요양 승인 안내 받고 나서 나머지 '{s1}'는 문자로 보냈어. 두 개 합쳐서 계좌 등록 요청서에 넣어줘.")
add("ko", OB, t, [(PER, "방지훈"), (ACC, seg(t, f1, s1))])

c1, h1, r1 = cr("134811"), hi(), rr("690512", 2)
add("ko", P, "산재 보험급여 원부 대조 요청:\n"
    f"법인명 주식회사 태성물류, 법인등록번호 {c1}\n"
    f"근로자 변승희, 주민등록번호 {r1}, 건강보험증 번호 {h1}\n"
    "상병명: 우측 회전근개 파열. 건강보험으로 먼저 진료받은 분(2024. 9.~10.) 산재 전환 정산 절차 알려줘.",
    [(CRN, c1), (PER, "변승희"), (RRN, r1), (HI, h1)])

# ---------------------------------------------------------------- 고용센터
r1, a1, m1 = rr("860930", 2), acct("우리"), mob()
add("ko", P, "실업급여 수급자격 인정 신청서 검토: 이직사유 코드 23(경영상 필요에 의한 권고사직) 맞는지 봐줘.\n"
    f"신청인 염지수 / 주민등록번호 {r1} / 휴대폰 {m1}\n"
    f"구직급여 수령 계좌: 우리은행 {a1}\n전 직장: 주식회사 라온디자인 (2019. 3. 4.~2024. 10. 31.)",
    [(PER, "염지수"), (RRN, r1), (PH, m1), (ACC, a1)])

a1 = acct("카카오뱅크")
said = sino(a1, zero="영")
add("ko", OB, f"고용센터 전화 상담에서 수급자 여민호 씨가 계좌를 '카카오뱅크 {said}'라고 불러줬다고 상담 메모에 한글로 적혀 있어. 숫자로 옮겨서 계좌 변경 신청 내용 정리해줘.",
    [(PER, "여민호"), (ACC, said)])

add("ko", N, "실업급여 수급자 교육 자료 요약해줘: 고용보험법 제40조(구직급여 수급 요건), 제45조(기초일액), 1일 상한액 66,000원(2024. 1. 1. 이후 이직자), "
    "실업인정일은 1~4주 단위, 재취업활동 2회 이상. 문의 고용노동부 고객상담센터 1350.",
    [])

# ---------------------------------------------------------------- 국민연금
r1, r2, a1 = rr("591104", 1), rr("620727", 2), acct("우체국")
add("ko", P, "노령연금 청구서 입력 전에 내용 확인 부탁:\n"
    f"수급권자: 추성민, 주민등록번호 {r1}\n배우자: 도혜린, 주민등록번호 {r2} (가급연금액 대상)\n"
    "주소: 강원특별자치도 춘천시 공지로 312-4\n"
    f"연금 수령 계좌: 우체국 {a1} (본인 명의)\n"
    "가입기간 26년 4개월, 조기노령연금 아님.",
    [(PER, "추성민"), (RRN, r1), (PER, "도혜린"), (RRN, r2), (LOC, "강원특별자치도 춘천시 공지로 312-4"), (ACC, a1)])

r1 = rr("580619", 2)
front, back = r1.split("-")
t = ("반환일시금/노령연금 청구인 명단을 PDF에서 복사했더니 주민번호가 두 칸으로 쪼개졌어. 다시 합쳐줘.\n"
     "| 성명 | 생년월일(앞) | 뒷자리 | 청구종류 |\n|---|---|---|---|\n"
     f"| 석진영 | {front} | {back} | 노령연금 |")
add("ko", OB, t, [(PER, "석진영"), (RRN, seg(t, front, back))])

add("ko", N, "국민연금 노령연금 예상 수령액 표 만들어줘. 가입기간 10년/20년/30년, 기준소득월액 200만원/300만원/400만원 조합으로. "
    "2025년 A값 3,089,062원, 최소가입기간 10년(120개월), 연금 수급개시연령 1961~64년생 63세. 국민연금법 제61조, 제63조 참고.",
    [])

# ---------------------------------------------------------------- 농협 여신
r1, b1, a1, m1 = rr("720308", 1), bz(), acct("농협단위"), mob()
add("ko", P, "농업인 운전자금 대출 심사 메모 다듬어줘.\n"
    f"차주: 선우재희 (주민등록번호 {r1}), 개인사업자 '재희농원' 사업자등록번호 {b1}\n"
    "경작지: 경상북도 상주시 외서면 관동리 산 45-2 외 3필지 (배 과수원 2.1ha)\n"
    f"결제계좌: 지역농협 {a1}, 연락처 {m1}\n"
    "신청금액 50,000,000원, 담보 농지 근저당. 선우재희 님 연체 이력 없음.",
    [(PER, "선우재희"), (RRN, r1), (BRN, b1), (LOC, "경상북도 상주시 외서면 관동리 산 45-2"), (ACC, a1), (PH, m1), (PER, "선우재희")])

k1 = cc("5", sep="")
words = f"{k1[:4]}하고 {k1[4:8]} 다음 {k1[8:12]} 끝 {k1[12:]}"
add("ko", OB, f"농협카드 분실 상담 메모가 '카드번호 {words} 이고 명의자는 설지안'이라고 돼 있어. 분실 등록 처리 순서 알려주고 번호는 4자리씩 하이픈으로 정리해줘.",
    [(CARD, words), (PER, "설지안")])

c1, b1, m1 = cr("175611"), bz(), land("054")
add("ko", P, "법인 여신 품의서 '차주 현황' 부분 문장 정리:\n"
    f"상호: 농업회사법인 주식회사 청송애플, 법인등록번호 {c1}, 사업자등록번호 {b1}\n"
    f"대표이사: 마동현, 본점: 경상북도 청송군 진보면 진안로 421, 대표전화 {m1}\n"
    "최근 3년 매출 12억/15억/18억, 시설자금 3억 신청.",
    [(CRN, c1), (BRN, b1), (PER, "마동현"), (LOC, "경상북도 청송군 진보면 진안로 421"), (PH, m1)])

# ---------------------------------------------------------------- 신협·새마을금고
a1, m1 = acct("새마을금고"), mob()
add("ko", P, f"새마을금고 출자금 반환 요청서 작성 도와줘. 조합원 진소율, 출자금 통장 {a1}, 연락처 {m1}. 탈퇴 사유 이사(타 지역 전출). 반환은 같은 통장으로.",
    [(PER, "진소율"), (ACC, a1), (PH, m1)])

add("ko", N, "신협 수신상품 코드표 정리해줘: 비과세예탁금 132-01-0001, 정기예탁금(12개월) 132-02-0012, 자유적립 133-05-0007, 청년희망적금 133-09-0024. "
    "금리 표에서 3.85%, 4.10% 우대 조건도 같이. 상품코드가 계좌번호처럼 보여서 고객 안내문에는 코드 대신 상품명만 쓰고 싶어.",
    [])

a1 = acct("신협")
circ = mapd(a1, CIRCLED)
add("ko", OB, f"신협 대출 이자 자동이체 계좌를 고객(엄지원 님)이 모바일 메모에 {circ} 이렇게 동그라미 숫자로 적어 보냈어. 자동이체 신청서에 넣을 수 있게 바꿔줘.",
    [(PER, "엄지원"), (ACC, circ)])

# ---------------------------------------------------------------- 증권사
r1, a1, c1 = rr("961201", 2), acct("증권"), cr("110111")
add("ko", P, f"비대면 계좌개설 심사 반려 사유 안내 문자 써줘. 고객 한유진(주민등록번호 {r1}), 개설 시도 종합계좌 {a1}, 신분증 진위확인 실패(주민등록증 발급일자 불일치). "
    f"참고로 법인 고객 건(주식회사 메이플랩, 법인등록번호 {c1})은 별도 안내.",
    [(PER, "한유진"), (RRN, r1), (ACC, a1), (CRN, c1)])

e1 = "yuna.seong@hanmail.net"
add("ko", OB, f"증권사 고객센터 웹폼에서 받은 이메일 필드가 HTML 엔티티로 저장됐어: <td>{ent(e1)}</td> 고객명 성윤아. 원문 이메일로 디코딩해서 답장 보내는 방법 알려줘.",
    [(EM, ent(e1)), (PER, "성윤아")])
# ---------------------------------------------------------------- 보험사 고지의무
r1, h1, m1 = rr("810415", 1), hi(), mob()
add("ko", P, "고지의무 위반 조사 보고서 초안 검토해줘.\n"
    f"피보험자: 구태민 (주민등록번호 {r1}), 건강보험증 번호 {h1}, 연락처 {m1}\n"
    "청약일 2022. 5. 10., 청약 전 5년 내 고혈압 투약 사실 미고지 (국민건강보험공단 요양급여내역 확인). 증권번호 L2022-0518834 / 사고번호 C24-1120-0457.\n"
    "구태민 님께 보낼 해지 예고 통지문 문구도 부탁해.",
    [(PER, "구태민"), (RRN, r1), (HI, h1), (PH, m1), (PER, "구태민")])

r1 = rr("900221", 2)
rev = r1[::-1]
add("ko", OB, f"내부 제보 메일에 '피보험자 나혜원 주민번호는 거꾸로 적었음: {rev}'라고 돼 있어. 원래 번호로 되돌리고, 이렇게 보내는 게 개인정보 보호법상 문제 되는지도 알려줘.",
    [(PER, "나혜원"), (RRN, rev)])

add("ko", N, "보험 약관 해석 질문: 상법 제651조(고지의무위반으로 인한 계약해지), 제655조, 표준약관 제14조 '계약 전 알릴 의무'. "
    "해지 가능 기간(안 날부터 1개월, 계약일부터 3년), 보장개시일부터 2년 경과 시 해지 불가 조항을 표로 비교해줘. 예시 증권번호 L0000-0000000.",
    [])

# ---------------------------------------------------------------- 택배 CS
m1, m2 = mob(), voip()
add("ko", P, "택배 CS 채팅 로그 요약해서 클레임 유형 분류해줘.\n"
    "[14:02] 고객: 운송장 5829-1174-0362 물건이 3일째 안 와요\n"
    "[14:03] 상담원: 조회해보니 간선 하차 지연입니다. 받는 분 성함 확인 부탁드려요\n"
    f"[14:04] 고객: 김나연이요. 주소는 대전광역시 유성구 대학로 291, 나동 402호고 번호는 {m1}\n"
    f"[14:05] 상담원: 배송기사 직통 {m2}로 연락 가도록 하겠습니다",
    [(PER, "김나연"), (LOC, "대전광역시 유성구 대학로 291, 나동 402호"), (PH, m1), (PH, m2)])

m1 = mob()
odd = m1.replace("0", "O").replace("-", HYPHEN)
add("ko", OB, f"택배 반품 접수 폼에 고객이 연락처를 {odd} 이렇게 넣었어 (이름 허소담). 영문 O랑 특수 하이픈 때문에 알림톡이 실패하는데, 정규식으로 걸러내는 방법 알려줘.",
    [(PH, odd), (PER, "허소담")])

add("ko", N, "택배 CS 주간 리포트 초안 써줘. 운송장 번호별 지연 건: 6482-3390-1175, 6482-3390-2261, 5517-0928-4410 (각 2일 지연). "
    "주문번호 20241118-0012345 외 12건 반품 회수. 고객센터 1588-1255 응대율 91.3%, 평균 대기 2분 14초.",
    [])

# ---------------------------------------------------------------- 관세
m1, b1 = mob(), bz()
add("ko", P, "해외직구 수입신고 보류 건 안내문 작성 부탁.\n"
    "수입신고번호 43127-24-112983M, B/L HBL2411-88231, 개인통관고유부호 P230019284471\n"
    f"화주: 오세린 / 연락처 {m1} / 배송지 광주광역시 북구 첨단과기로 123, 305동 904호\n"
    f"대행 관세사무소 사업자등록번호 {b1}. 품목: 건강기능식품 7병(자가사용 인정 기준 6병 초과).",
    [(PER, "오세린"), (PH, m1), (LOC, "광주광역시 북구 첨단과기로 123, 305동 904호"), (BRN, b1)])

add("ko", N, "수입신고서 항목 설명해줘: 신고번호 12345-24-123456U, HS 8471.30-0000, B/L MAEU241187652, 컨테이너 MSCU4829175, "
    "세관부호 020(인천세관), 과세가격 USD 48,200, 관세율 8%. 화주 상호는 (주)한빛트레이딩인데 이 회사 통관 이력 정리 양식 만들어줘.",
    [])

p1, m1 = pp_new(), mob()
add("ko", P, f"여행자 휴대품 신고 관련 민원 답변: 입국자 양지우(여권번호 {p1}) 님이 면세범위 초과 물품(명품 가방, USD 2,300) 자진신고 후 감면을 못 받았다고 항의. "
    f"연락처 {m1}. 자진신고 감면 한도(15만원)와 관세법 제96조 설명 넣어서 답변 작성해줘.",
    [(PER, "양지우"), (PASS, p1), (PH, m1)])

# ---------------------------------------------------------------- 대학 입학처
r1, m1, m2 = rr("060412", 4), mob(), mob()
add("ko", P, "수시 원서 접수 오류 건 처리 메모 정리:\n"
    f"지원자: 이서연 (수험번호 2025-1-07731), 주민등록번호 {r1}\n"
    f"지원자 연락처 {m1}, 보호자(부 이강석) {m2}, 이메일 seoyeon.lee06@naver.com\n"
    "학생부종합(지역균형) 지원 중 자기소개서 업로드 실패, 마감 10분 전 접수. 이서연 학생 구제 가능한지.",
    [(PER, "이서연"), (RRN, r1), (PH, m1), (PER, "이강석"), (PH, m2), (EM, "seoyeon.lee06@naver.com"), (PER, "이서연")])

e1 = "yeri.ahn 골뱅이 gmail 닷컴"
add("ko", OB, f"입학 상담 게시판에 학부모 안예리 님이 이메일을 '{e1}'이라고 남겼어. 원래 형식으로 바꿔서 상담 답변 메일 초안 써줘.",
    [(PER, "안예리"), (EM, e1)])

add("ko", N, "2026학년도 수시 모집요강 표 정리해줘: 전형코드 A11(학생부교과), B21(학생부종합), 모집단위 코드 3120(컴퓨터공학), "
    "수험번호 체계 2026-1-00001부터, 원서접수 2025. 9. 8.~9. 12., 문의는 입학처 홈페이지 Q&A. 고등교육법 시행령 제35조.",
    [])

# ---------------------------------------------------------------- 병원 EMR
r1, h1, m1 = rr("550927", 2), hi(), mob()
add("ko", P, "EMR 경과기록 일부야. 보험 청구용 요약으로 바꿔줘.\n"
    f"환자번호 00871234 / 환자명 노순자 / 주민번호 {r1} / 건강보험 {h1}\n"
    "주소: 경기도 부천시 원미구 길주로 17번길 22, 3층\n"
    f"보호자 연락처: {m1} (아들 노재웅)\n"
    "주치의: 신경과 류경모 교수. Dx: 뇌경색(I63.9), tPA 투여 후 중환자실 입원. 노순자 님 MRS 4점.",
    [(PER, "노순자"), (RRN, r1), (HI, h1), (LOC, "경기도 부천시 원미구 길주로 17번길 22, 3층"), (PH, m1), (PER, "노재웅"), (PER, "류경모"), (PER, "노순자")])

r1 = rr("830117", 1, dash=False)
zwj = between(r1, ZWJ)
add("ko", OB, f"EMR에서 복사한 환자 주민번호가 {zwj} 로 보이는데 검색창에 붙이면 결과가 없어. 환자는 황보석진. 숨은 문자 있는지 확인하고 제거하는 방법 알려줘.",
    [(RRN, zwj), (PER, "황보석진")])

add("ko", N, "EMR 입력 템플릿 검토해줘. 기본값이 '환자명: 홍길동 / 주민번호: 000000-0000000 / 연락처: 010-0000-0000 / 주소: 서울특별시 OO구 OO로' 로 되어 있는데, "
    "실수로 기본값 그대로 저장되는 걸 막는 검증 규칙 제안해줘.",
    [])

# ---------------------------------------------------------------- 약국 처방전
r1 = rr("480803", 2)
ocr = f"환 자 성 명 : 제 갈 윤 서   주 민 등 록 번 호 : {r1}"
add("ko", P, "처방전 스캔 OCR 결과가 띄어쓰기가 깨졌어. 항목별로 정리해줘.\n"
    f"{ocr}\n요 양 기 관 기 호 : 31234567   처 방 전 교 부 번 호 : 20241122-00153\n"
    "의 사 성 명 : 우 태 호   면 허 번 호 : 제 87231 호\n처 방 의 약 품 : 암 로 디 핀 5mg 1 일 1 회 30 일",
    [(PER, "제 갈 윤 서"), (RRN, r1), (PER, "우 태 호")])

add("ko", N, "약국 청구 프로그램 오류 문의: 보험코드 645103460(암로디핀베실산염 5mg), 641900350, 처방전 교부번호 20241122-00153, "
    "요양기관기호 31234567, 조제일 2024-11-22. 코드가 단종 처리돼서 대체 코드 찾는 방법 알려줘.",
    [])

# ---------------------------------------------------------------- 통계청
m1 = mob()
add("ko", P, "가계동향조사 조사표 내용 검토해서 누락 항목 표시해줘.\n"
    "조사구번호 1103051-0027, 가구번호 014\n"
    f"응답자: 천상우(가구주), 연락처 {m1}\n"
    "거처 주소: 서울특별시 용산구 한남동 683-12, 201호\n"
    "가구원 3인, 월 소득 구간 5(400~500만원), 주거 형태 전세.",
    [(PER, "천상우"), (PH, m1), (LOC, "서울특별시 용산구 한남동 683-12, 201호")])

add("ko", N, "통계청 조사구 코드 체계 설명해줘. 예: 1103051-0027 (시도 11, 시군구 030, 읍면동 51, 조사구 0027), 행정기관코드 1117010100, "
    "통계법 제33조 비밀의 보호. 2024년 가계동향조사 표본 7,200가구, 응답률 78.4%.",
    [])

# ---------------------------------------------------------------- 재난지원금
r1, a1 = rr("640330", 1), acct("하나")
add("ko", P, "재난지원금 이의신청 처리 결과 통지문 써줘.\n"
    f"신청인 노태준 (주민등록번호 {r1})\n주소: 경상남도 창원시 성산구 중앙대로 151번길 9, 1102호\n"
    f"지급 계좌: 하나은행 {a1}\n"
    "이의신청 사유: 건강보험료 기준일 이후 퇴직으로 소득 감소. 재산정 결과 지급 대상 인정.",
    [(PER, "노태준"), (RRN, r1), (LOC, "경상남도 창원시 성산구 중앙대로 151번길 9, 1102호"), (ACC, a1)])

a1 = acct("토스뱅크")
enc = b64(a1)
add("ko", OB, f"지원금 신청 앱 로그에서 계좌 필드가 base64로 남아 있어: account_no={enc}, holder=모서윤. 디코딩해서 지급 계좌 확인하는 쉘 명령 알려줘.",
    [(ACC, enc), (PER, "모서윤")])

add("ko", N, "재난지원금 지급 기준 안내문 검토: 가구당 소득 하위 88%, 1인 가구 건강보험료 17만원 이하, 지급액 1인당 25만원, "
    "신청기간 2024. 9. 6.~10. 29., 재난안전법 제66조. 문의 콜센터 1670-3400, 지역번호 없이 120.",
    [])
# ---------------------------------------------------------------- 공무원 복무
a1, m1 = acct("기업"), mob()
add("ko", P, f"출장여비 정산 요청서 문장 다듬어줘. 출장자: 기획조정실 김태란 주무관, 연락처 {m1}. 출장지 세종→부산(해양수산부 합동점검), 2024. 11. 12.~11. 13. "
    f"KTX 왕복 107,600원, 숙박 70,000원. 여비 입금 계좌 IBK기업은행 {a1}. 김태란 주무관 본인 명의 확인함.",
    [(PER, "김태란"), (PH, m1), (ACC, a1), (PER, "김태란")])

m1, m2, m3 = mob(), mob(), mob()
add("ko", P, "연가·출장 복무 현황 TSV인데 부서별로 합계 내줘.\n"
    "성명\t직급\t구분\t기간\t비상연락처\n"
    f"박소연\t행정주사\t연가\t11.25~11.27\t{m1}\n"
    f"이준혁\t행정사무관\t국외출장\t11.24~11.30\t{m2}\n"
    f"정다은\t주무관\t병가\t11.26\t{m3}",
    [(PER, "박소연"), (PH, m1), (PER, "이준혁"), (PH, m2), (PER, "정다은"), (PH, m3)])

add("ko", N, "국가공무원 복무규정 제15조(연가일수), 제18조(병가), 제20조(특별휴가) 비교표 만들어줘. 재직기간 1개월~1년 11일, 6년 이상 21일. "
    "공무원 여비 규정 별표 2 기준 숙박비 상한(서울 10만원, 광역시 8만원)도 같이.",
    [])

# ---------------------------------------------------------------- 군 인사기록
r1, m1 = rr("980302", 1), mob()
add("ko", P, "전역 예정 간부 인사기록카드 정리 요청:\n"
    f"군번 18-71234567 / 계급 중사 / 성명 도경민 / 주민등록번호 {r1}\n"
    "본적·주소: 충청북도 청주시 상당구 상당로 314, 6층\n"
    f"부모 연락처(부 도진철): {m1}\n"
    "전역 예정일 2025. 2. 28. 재취업 지원 프로그램 신청 대상.",
    [(PER, "도경민"), (RRN, r1), (LOC, "충청북도 청주시 상당구 상당로 314, 6층"), (PER, "도진철"), (PH, m1)])

r1 = rr("030909", 3)
said = sino(r1).replace("-", " 다시 ")
add("ko", OB, f"병사 면담일지에 주민번호를 숫자 대신 한글로 '{said}'라고 적어 놨어 (병사 신태오). 이런 기록 방식이 보안 규정 위반인지, 그리고 숫자로 변환해서 인사기록과 대조하는 방법 알려줘.",
    [(RRN, said), (PER, "신태오")])

# ---------------------------------------------------------------- 감사원
r1, r2, a1, a2 = rr("680114", 1), rr("710802", 2), acct("농협"), acct("국민")
add("ko", P, "감사 자료에서 부당 수급 의심자 목록 발췌야. 위반 유형별로 분류해줘.\n"
    f"1. 피창민 ({r1}) 농업직불금 중복 수령, 입금계좌 {a1}\n"
    f"2. 봉유경 ({r2}) 실거주 위장, 입금계좌 {a2}\n"
    "지급액 합계 14,320,000원. 감사원법 제31조 변상책임 검토 대상.",
    [(PER, "피창민"), (RRN, r1), (ACC, a1), (PER, "봉유경"), (RRN, r2), (ACC, a2)])

k1 = cc("4", sep="")
inter = f"{k1[0:4]}(첫째) {k1[4:8]}(둘째) {k1[8:12]}(셋째) {k1[12:16]}(넷째)"
add("ko", OB, f"감사 대상 기관 법인카드 사적 사용 건. 제보 문자에 카드번호가 '{inter}' 이렇게 와 있음. 카드 사용자는 총무팀 탁정민 팀장. 사용 내역 요청 공문 초안 써줘.",
    [(CARD, inter[: inter.rindex(k1[12:16]) + 4]), (PER, "탁정민")])

add("ko", N, "감사원 감사결과 처분요구서 요약해줘. 처분요구 번호 제2024-237호, 감사원법 제33조(시정 등의 요구), 제34조. "
    "지적 사항 4건, 회수 요구액 3억 2,100만원. 관련 기관: 한국농어촌공사, 국립농산물품질관리원. 공개 보고서 게재일 2024. 10. 17.",
    [])

# ---------------------------------------------------------------- 국회 자료제출
m1, l1 = mob(), land("02")
add("ko", P, f"국회 자료제출 요구 회신 메일 초안 써줘. 요구 의원실 담당 보좌관 석지훈 (☎ {l1}, 휴대폰 {m1}, jh.seok@assembly.go.kr). "
    "요구 자료: 최근 5년 부처 소관 위원회 회의 개최 현황. 제출 기한 2024. 12. 2.까지, 석지훈 보좌관께 PDF로.",
    [(PER, "석지훈"), (PH, l1), (PH, m1), (EM, "jh.seok@assembly.go.kr"), (PER, "석지훈")])

add("ko", N, "국회 서면질의 답변서 양식 정리해줘: 의안번호 2201234, 질의번호 제22대-행안-0172. "
    "질의 의원: 우원식 의장 관련 일정 참고. 국회법 제128조(보고·서류 등의 제출 요구), 제출 기한 요구일부터 10일. 작성 부서 과장·팀장 결재란 포함.",
    [])

# ---------------------------------------------------------------- 어린이집 입소
c1, c2, m1 = rn("220118", 3), rn("240705", 4), mob()
add("ko", P, "어린이집 입소대기 신청 서류 정리:\n"
    f"첫째 명하준 (2022.1.18) {c1}\n둘째 명하율 (2024.7.5) {c2}\n"
    f"보호자 명재원, 연락처 {m1}\n"
    "맞벌이·다자녀 가점. 둘 다 2020년 10월 이후 출생이라 주민번호 뒷자리가 임의번호임. 형제 동시입소 우선순위 확인 부탁.",
    [(PER, "명하준"), (RRN, c1), (PER, "명하율"), (RRN, c2), (PER, "명재원"), (PH, m1)])

# ---------------------------------------------------------------- 공무원연금
r1, a1 = rr("600725", 1), acct("신한")
add("ko", P, f"공무원연금 퇴직연금 청구서 확인: 청구인 옥상철 (주민등록번호 {r1}), 최종 소속 ○○세무서, 재직기간 33년 2개월, 연금 수령 계좌 신한은행 {a1}. "
    "퇴직일 2024. 12. 31. 연금 개시 연령 확인하고 청구 안내문 써줘.",
    [(PER, "옥상철"), (RRN, r1), (ACC, a1)])

# ---------------------------------------------------------------- 국가보훈
r1, m1 = rr("500415", 1), land("063")
add("ko", P, "국가유공자 등록 신청 서류 체크리스트 만들어줘.\n"
    f"신청인: 맹기섭 (월남전 참전, 주민등록번호 {r1})\n"
    "주소: 전라북도 익산시 인북로 32길 15\n"
    f"연락처: {m1} (자택)\n보훈번호 미부여. 고엽제 후유의증 진단서 제출 예정.",
    [(PER, "맹기섭"), (RRN, r1), (LOC, "전라북도 익산시 인북로 32길 15"), (PH, m1)])

# ---------------------------------------------------------------- 긴급복지
r1, m1 = rr("770611", 2), mob()
l1, l2 = m1[:3], m1[4:]
t = (f"긴급복지 지원 상담 기록: 대상자 금혜진 (주민등록번호 {r1}), 남편 사망 후 소득 상실. "
     f"연락처는 국번 {l1}, 나머지 {l2} (문자 수신만 가능). 생계지원 1개월분 신청.")
add("ko", OB, t, [(PER, "금혜진"), (RRN, r1), (PH, seg(t, l1, l2))])

# ---------------------------------------------------------------- 장기요양
h1, r1 = hi(), rr("361009", 2)
add("ko", P, f"장기요양 등급 재판정 안내문: 수급자 견복순 어르신 (주민등록번호 {r1}), 건강보험증 번호 {h1}, 장기요양인정번호 L1234567890. "
    "현재 3등급, 유효기간 만료 2025. 1. 31. 주소지: 전라남도 순천시 서면 청소년수련원길 12-3. 방문조사 일정 안내 문구 써줘.",
    [(PER, "견복순"), (RRN, r1), (HI, h1), (LOC, "전라남도 순천시 서면 청소년수련원길 12-3")])

# ---------------------------------------------------------------- 법원 경매
add("ko", P, "경매 물건 조사 보고서 요약해줘.\n"
    "사건번호 2024타경10473, 물건번호 1\n소재지: 경기도 성남시 분당구 정자일로 95, 212동 1804호\n"
    "채무자 겸 소유자: 온재석, 채권자: 주식회사 우리은행\n"
    "임차인 탁은비 (전입 2021. 4. 2., 확정일자 有, 보증금 3억). 최저매각가격 7억 1,680만원.",
    [(LOC, "경기도 성남시 분당구 정자일로 95, 212동 1804호"), (PER, "온재석"), (PER, "탁은비")])

# ---------------------------------------------------------------- 전세보증금 반환보증
r1, a1, m1 = rr("930128", 1), acct("케이뱅크"), mob()
add("ko", P, "전세보증금 반환보증 이행청구 서류 검토 부탁해.\n"
    f"임차인: 사공민재 (주민등록번호 {r1}), 연락처 {m1}\n"
    "임차주택: 인천광역시 미추홀구 주안로 104-7, 302호\n"
    f"임대인: 방재순 (연락두절), 보증금 1억 5천만원, 이행청구금 수령 계좌 케이뱅크 {a1}",
    [(PER, "사공민재"), (RRN, r1), (PH, m1), (LOC, "인천광역시 미추홀구 주안로 104-7, 302호"), (PER, "방재순"), (ACC, a1)])
# ---------------------------------------------------------------- 해외송금
r1, p1 = rr("850919", 2), pp("M")
ib = iban("DE", "37040044 0532013000")
add("ko", P, "해외송금 신청서 검토 (유학생 학비 송금):\n"
    f"송금인: 함수경, 주민등록번호 {r1}, 여권번호 {p1}\n"
    f"수취인: Jonas Becker (기숙사 임대인), IBAN {ib}, BIC COBADEFFXXX\n"
    "송금액 EUR 4,800, 송금 사유 유학 경비(지급증빙 없음). 연간 한도 초과 여부 확인해줘.",
    [(PER, "함수경"), (RRN, r1), (PASS, p1), (PER, "Jonas Becker"), (ACC, ib)])

# ---------------------------------------------------------------- 헌혈
m1 = mob()
add("ko", P, f"헌혈자 이상 반응 보고서 문장 정리: 헌혈자 마윤호(26세, 연락처 {m1}), 혈액번호 24-11-082713, 전혈 400mL 채혈 후 5분 경과 시 미주신경성 실신. "
    "마윤호 님 15분 안정 후 귀가. 헌혈의 집 신촌센터, 간호사 용현아 처치.",
    [(PER, "마윤호"), (PH, m1), (PER, "마윤호"), (PER, "용현아")])

# ---------------------------------------------------------------- 교정시설 접견
r1, m1 = rr("690224", 2), mob()
add("ko", P, f"교정시설 일반접견 신청 내용 확인: 수용자 번호 2417, 수용자 성명 국승철. 접견 신청인 국미란(누나), 주민등록번호 {r1}, 연락처 {m1}. "
    "희망 일시 2024. 12. 4. 14:00, 화상접견 아님. 형의 집행 및 수용자의 처우에 관한 법률 제41조 기준 접견 가능 여부 알려줘.",
    [(PER, "국승철"), (PER, "국미란"), (RRN, r1), (PH, m1)])

# ---------------------------------------------------------------- 해양경찰 선원 명부
r1, a1, m1 = rr("660501", 1), ar("900112", 5), mob()
add("ko", P, "어선 출항 전 승선원 명부 확인 (해양경찰 파출소 제출용):\n"
    f"선장 모영길, 주민등록번호 {r1}, 선원수첩 번호 MB-2011-043215, 휴대폰 {m1}\n"
    f"선원 아디 프라스티요 (인도네시아), 외국인등록번호 {a1}\n"
    "선명 제7해성호 (9.77t), 출항 2024. 11. 27. 04:00 목포항. 승선 인원 변동 신고 양식 만들어줘.",
    [(PER, "모영길"), (RRN, r1), (PH, m1), (PER, "아디 프라스티요"), (ALN, a1)])

# ---------------------------------------------------------------- 대기업 인사팀
a1 = acct("하나")
add("ko", P, "급여 계좌 변경 요청 메일 회신 초안 써줘.\n"
    "From: 편지은 <jieun.pyeon@hyosungitx.co.kr>\n"
    f"본문: 인사팀 담당자님, 12월 급여부터 하나은행 {a1}(본인 명의)로 변경 부탁드립니다. 사번 2019034, 통장 사본 첨부.\n"
    "변경 마감일(매월 15일) 지나서 12월분은 기존 계좌로 나간다는 내용으로.",
    [(PER, "편지은"), (EM, "jieun.pyeon@hyosungitx.co.kr"), (ACC, a1)])

r1, a1 = rr("790812", 1), acct("iM뱅크")
add("ko", P, "퇴직금 중간정산 신청서 검토 (무주택자 주택 구입):\n"
    f"신청인: 탁현수 책임, 주민등록번호 {r1}\n"
    "구입 주택: 대구광역시 달서구 월배로 223, 107동 2101호\n"
    f"지급 계좌: iM뱅크 {a1}\n"
    "근로자퇴직급여 보장법 시행령 제3조제1항제1호 해당 여부와 필요한 증빙(매매계약서, 무주택 확인서) 정리해줘.",
    [(PER, "탁현수"), (RRN, r1), (LOC, "대구광역시 달서구 월배로 223, 107동 2101호"), (ACC, a1)])

# ---------------------------------------------------------------- 카드사 분실신고
k1, m1, d1 = cc("9", sep=" "), mob(), dl("13")
add("ko", P, f"카드 분실 신고 통화 요약: 회원 은소희, 분실 카드 {k1} (BC 체크카드), 본인확인은 운전면허 {d1}로 진행. "
    f"재발급 카드는 등록 주소지로 배송, 연락처 {m1}로 알림톡. 분실 신고 전 부정사용 2건(편의점 4,800원, 주유 50,000원) 보상 절차 안내 문구 써줘.",
    [(PER, "은소희"), (CARD, k1), (DLIC, d1), (PH, m1)])

# ---------------------------------------------------------------- 여권 발급 창구
r1, p_old, p_new = rr("020606", 4), pp("M"), pp_new()
add("ko", P, f"구청 여권민원실 메모: 민원인 기하린 (주민등록번호 {r1}) 기존 여권 {p_old} 분실로 재발급 신청, 신규 여권번호 {p_new} 부여됨. "
    "분실 여권 무효화 처리 및 '분실 이력 2회 이상 시 유효기간 제한' 해당 여부 안내문 써줘.",
    [(PER, "기하린"), (RRN, r1), (PASS, p_old), (PASS, p_new)])

# ---------------------------------------------------------------- 택시운전자격
d1, r1, m1 = dl("14"), rr("630915", 1), mob()
add("ko", P, "택시운전자격 취득자 명단 이관용으로 형식 맞춰줘.\n"
    f"성명: 봉준석 / 주민등록번호: {r1} / 운전면허번호: {d1} / 자격번호 24-0318 / 소속: 충남운수(주) / 연락처: {m1}\n"
    "자격시험 합격일 2024. 10. 30., 교육 이수 2024. 11. 8.",
    [(PER, "봉준석"), (RRN, r1), (DLIC, d1), (PH, m1)])

# ---------------------------------------------------------------- 공공기관 채용
r1, m1 = rr("970221", 2), mob()
add("ko", P, "최종 합격자 임용 서류 안내 메일 초안:\n"
    f"수신: 소예진 (sy.jin0221@gmail.com), {m1}\n"
    f"합격자 정보: 주민등록번호 {r1}, 주소 세종특별자치시 한누리대로 2130, 1203동 502호\n"
    "제출서류: 신원조사서, 채용신체검사서, 최종학력증명서. 소예진 님 임용 예정일 2025. 1. 2.",
    [(PER, "소예진"), (EM, "sy.jin0221@gmail.com"), (PH, m1), (RRN, r1), (LOC, "세종특별자치시 한누리대로 2130, 1203동 502호"), (PER, "소예진")])

# ---------------------------------------------------------------- 금감원 민원
k1, a1 = cc("4"), acct("SC제일")
add("ko", P, f"금융감독원 민원 회신 검토: 민원인 어성진, 카드 {k1} 해외 부정결제 3건(USD 1,240) 보상 거부 건. "
    f"카드사는 결제대금 자동이체 계좌 SC제일은행 {a1}에서 이미 출금했다고 함. 여신전문금융업법 제16조 기준 회신 논리 정리해줘.",
    [(PER, "어성진"), (CARD, k1), (ACC, a1)])

# ---------------------------------------------------------------- 학교 행정실
a1, m1 = acct("수협"), mob()
add("ko", P, f"급식비 환불 안내 문자: 3학년 2반 변다인 학생 보호자(변성호 님, {m1})께, 장기결석(11. 4.~11. 22.) 급식비 84,000원을 수협 {a1} 계좌로 12월 5일 환불 예정. 문자 80자 안으로 줄여줘.",
    [(PER, "변다인"), (PER, "변성호"), (PH, m1), (ACC, a1)])

# ---------------------------------------------------------------- 구청 건축 민원
c1, b1, m1 = cr("110111"), bz(), land("031")
add("ko", P, "건축허가 민원 검토 의견 작성:\n"
    "건축주: 간호정, 대지위치: 경기도 용인시 기흥구 보정동 1187-3\n"
    f"시공사: 주식회사 동림종합건설 (법인등록번호 {c1}, 사업자등록번호 {b1}), 현장대리인 연락처 {m1}\n"
    "용도: 제2종 근린생활시설, 연면적 612㎡. 일조권 사선 제한 검토 필요.",
    [(PER, "간호정"), (LOC, "경기도 용인시 기흥구 보정동 1187-3"), (CRN, c1), (BRN, b1), (PH, m1)])

# ---------------------------------------------------------------- 재개발 조합
m1, m2 = mob(), mob()
add("ko", P, "재개발 조합원 총회 소집 통지 발송 명단 일부야. 주소 형식 통일해줘.\n"
    f"1) 봉미숙, 서울 성북구 장위로 21길 8-4, {m1}\n"
    f"2) 육태경, 서울특별시 성북구 장위동 233-41 (반지하), {m2}\n"
    "3) 주식회사 장위개발 (법인 조합원)",
    [(PER, "봉미숙"), (LOC, "서울 성북구 장위로 21길 8-4"), (PH, m1), (PER, "육태경"), (LOC, "서울특별시 성북구 장위동 233-41"), (PH, m2)])

# ---------------------------------------------------------------- 교환학생
p1, m1 = pp("M"), fmt("+82-10-MNNN-NNNN")
add("ko", P, f"교환학생 파견 서류 안내 메일 다듬어줘. 학생 맹서윤 (학번 2021130457), 여권번호 {p1}, 파견교 University of Helsinki, "
    f"연락처 {m1}, 이메일 maengsy21@korea.ac.kr. 비자 신청 전 여권 유효기간 6개월 이상 남았는지 확인하라는 내용 포함.",
    [(PER, "맹서윤"), (PASS, p1), (PH, m1), (EM, "maengsy21@korea.ac.kr")])

# ---------------------------------------------------------------- 사내 보안 점검
ip1, ip2 = priv_ip(), pub_ip()
add("ko", P, f"개인정보 접속기록 점검 결과 보고서 문장 다듬어줘. 11월 18일 새벽 2시경 인사DB에 내부 IP {ip1}에서 대량 조회(3,412건) 발생, "
    f"같은 계정으로 외부 IP {ip2}에서 VPN 접속 이력 있음. 계정 사용자 인사팀 연재민 과장 본인은 부인. 개인정보 보호법 제29조 안전조치 위반 여부 검토.",
    [(IP, ip1), (IP, ip2), (PER, "연재민")])

# ---------------------------------------------------------------- 보건소 결핵 (HI)
h1, m1 = hi(), mob()
add("ko", P, f"잠복결핵 치료비 지원 신청 확인: 대상자 당진우 님, 건강보험증 번호 {h1}, 연락처 {m1}. 치료 기관 보건소 결핵실, 9개월 이소니아지드 요법.",
    [(PER, "당진우"), (HI, h1), (PH, m1)])
# ---------------------------------------------------------------- Korean obfuscated, more disguises
r1 = rr("880530", 1, dash=False)
h = hx(r1)
add("ko", OB, f"개인정보 점검 중 레거시 DB 덤프에서 이런 컬럼을 발견했어: cust_nm='인준호', jumin_hex='{h}'. 이 값이 주민번호를 hex로 인코딩한 건지 확인하는 방법이랑 암호화 조치 권고문 써줘.",
    [(PER, "인준호"), (RRN, h)])

e1 = "dahye.kwon@kakao.com"
q = pct(e1)
qn = pct("권다혜")
add("ko", OB, f"웹 방화벽 로그에 GET /apply/confirm?name={qn}&mail={q}&step=3 이런 요청이 찍혀 있어. 이름이랑 이메일이 URL 인코딩만 된 채 남는 게 문제인지 보안 검토 의견 써줘.",
    [(PER, qn), (EM, q)])

m1 = mob()
u = uesc(m1)
add("ko", OB, f"택배 앱 서버 로그에 수취인 번호가 유니코드 이스케이프로 남아 있어: {{\"rcv_nm\":\"석다온\",\"rcv_tel\":\"{u}\"}} 로그 마스킹 필터를 어떻게 짜야 하는지 알려줘.",
    [(PER, "석다온"), (PH, u)])

a1 = acct("국민")
parts = a1.split("-")
tagged = f"{parts[0]}-<b>{parts[1]}</b>-<span></span>{parts[2]}"
add("ko", OB, f"민원 게시판 HTML 소스에 환불 계좌가 {tagged} 이렇게 태그가 섞여 저장돼 있어 (작성자 한가온). 게시판 노출 전에 계좌를 가리는 필터가 왜 못 잡았는지 설명해줘.",
    [(ACC, tagged), (PER, "한가온")])

ip1 = priv_ip()
df = ip1.replace(".", "[.]")
add("ko", OB, f"보안관제 일일 보고서: 악성코드 감염 의심 단말 {df} (사용자 재무팀 좌은별 대리), C2 서버 통신 시도 14회. 보고서 문장 다듬고 격리 조치 절차 추가해줘.",
    [(IP, df), (PER, "좌은별")])

ip1 = pub_ip()
o = [int(x) for x in ip1.split(".")]
as_int = str((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3])
add("ko", OB, f"방화벽 차단 로그의 src 필드가 정수로 나와: src={as_int} (IPv4를 32비트 정수로 저장한 값). 점 표기로 바꾸는 엑셀 수식이랑 이 주소 차단 사유 보고 문구 써줘.",
    [(IP, as_int)])

k1 = cc("5", sep="")
vert = "\n".join(k1)
add("ko", OB, "카드 발급 신청서 스캔을 OCR 했더니 카드번호 칸이 세로로 한 글자씩 나왔어:\n" + vert + "\n신청인 우채원. 16자리로 이어 붙여서 유효한 번호인지 확인해줘.",
    [(CARD, vert), (PER, "우채원")])

m1 = mob()
bold = mapd(m1, MATH_BOLD)
add("ko", OB, f"중고거래 사기 신고 접수: 판매자가 게시글에 연락처를 {bold} 이렇게 굵은 수학 문자로 적어서 검색 필터를 피했어. 판매자 닉네임 '달빛상점', 실명은 계좌 조회 결과 편성우. 수사 의뢰서 초안 써줘.",
    [(PH, bold), (PER, "편성우")])

m1 = mob()
kc = keycap(m1)
add("ko", OB, f"SNS 홍보물 검수: 담당자 봉하람 주무관이 행사 문의 번호를 이모지 숫자로 '{kc}' 넣었는데, 개인 휴대폰 번호라 공식 번호로 바꾸라고 회신하려고 해. 회신 문구 써줘.",
    [(PER, "봉하람"), (PH, kc)])

a1 = ar("780303", 6)
hj = mapd(a1, HANJA)
add("ko", OB, f"중국 동포 민원인이 신청서에 외국인등록번호를 한자 숫자로 '{hj}'라고 썼어 (성명 리춘화). 접수 담당자가 아라비아 숫자로 다시 받아야 하는지, 그냥 변환해서 입력해도 되는지 알려줘.",
    [(ALN, hj), (PER, "리춘화")])

m1 = mob()
nat = native(m1)
add("ko", OB, f"치매 어르신 실종 예방 인식표 제작 요청: 보호자 번호를 어르신이 외우기 쉽게 '{nat}' 이렇게 우리말 숫자로 새겨 달래. 어르신 성함 명순례. 제작 업체에 보낼 주문서 문구 써줘.",
    [(PH, nat), (PER, "명순례")])

b1 = bz()
shy = between(b1, SHY)
add("ko", OB, f"협력업체 등록 화면에서 사업자번호 {shy} 붙여넣기 하면 '형식 오류'가 떠. 웹 문서에서 복사한 건데 소프트 하이픈 같은 숨은 문자가 섞인 것 같아. 업체 대표는 하지석. 제거 방법 알려줘.",
    [(BRN, shy), (PER, "하지석")])

p1 = pp_new()
spoken = "엠 " + sino(p1[1:4]) + " " + LETTER_KO[p1[4]] + " " + sino(p1[5:])
add("ko", OB, f"국외여행허가 전화 상담 녹취에서 여권번호를 '{spoken}'라고 불렀어 (민원인 여태현). 여권번호 형식(신형)에 맞게 옮겨 적어줘.",
    [(PASS, spoken), (PER, "여태현")])

k1 = cc("4", sep=" ")
g = k1.split(" ")
lb = f"{g[0]} {g[1]}\n{g[2]} {g[3]}"
add("ko", OB, f"고객이 문자로 카드번호를 두 줄로 나눠 보냈어:\n{lb}\n유효기간 08/27, 명의 도은결. 이 내용을 상담 메모에 그대로 붙여도 되는지, 마스킹 규칙 알려줘.",
    [(CARD, lb), (PER, "도은결")])

m1 = mob(sep="")
code = f'"{m1[:3]}" + "{m1[3:7]}" + "{m1[7:]}"'
add("ko", OB, f"신입 개발자 코드 리뷰 중 발견: TEST_PHONE = {code}  # 채보영 팀장님 번호로 알림 테스트\n하드코딩된 개인 연락처 문제 지적하는 리뷰 코멘트 써줘.",
    [(PH, code), (PER, "채보영")])

a1 = acct("신한")
sh = "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in a1)
add("ko", OB, f"내부 감사 중 발견한 메신저 대화: '거래처 송금용 계좌는 신한 {sh} 인데 숫자마다 1씩 더해서 적었으니 하나씩 빼서 보면 됨. 예금주 방은채.' 이게 비인가 송금 지시인지 판단 근거 정리해줘.",
    [(ACC, sh), (PER, "방은채")])

e1 = "mjkang(at)naver(dot)com"
add("ko", OB, f"입찰 문의 게시판 글에 담당자 연락처가 강문정 / {e1} 로 적혀 있어. 원래 주소로 바꾸고 답변 메일 초안 써줘.",
    [(PER, "강문정"), (EM, e1)])

d1 = dl("28")
add("ko", OB, f"법인 차량 운행일지 엑셀에서 운전자 면허번호가 {fw(d1)} 전각으로 들어가 있음 (운전자 설태경). VLOOKUP이 안 먹는 이유랑 해결 방법 알려줘.",
    [(DLIC, fw(d1)), (PER, "설태경")])

c1 = cr("284211")
cf, cb = c1.split("-")
t = ("법인 거래처 마스터 엑셀에서 열이 밀려서 법인등록번호가 두 칸에 나뉘어 들어갔어:\n"
     "| 거래처명 | 법인번호 | (빈칸) | 대표자 |\n|---|---|---|---|\n"
     f"| 주식회사 서해마린 | {cf} | {cb} | 어준영 |\n열 합치는 수식 알려줘.")
add("ko", OB, t, [(CRN, seg(t, cf, cb)), (PER, "어준영")])

h1 = hi()
hw = f"앞 네 자리 {h1[:4]}, 가운데 {h1[4:8]}, 끝 세 자리 {h1[8:]}"
add("ko", OB, f"건강보험 자격 상담 메모: 가입자 맹은지 님 건강보험증 번호를 '{hw}'라고 불러 주셨음. 붙여서 11자리로 조회하는 화면 경로 알려줘.",
    [(PER, "맹은지"), (HI, hw[hw.index(h1[:4]):])])

ip6 = v6()
d6 = ip6.replace(":", "[:]")
add("ko", OB, f"침해사고 보고서 IOC 목록에 IPv6 주소를 {d6} 이렇게 디팡(defang) 처리해서 적었어. 내부 지침상 IPv6 디팡 표기 방법이 맞는지 검토해줘.",
    [(IP, d6)])

m1 = mob()
rv = m1[::-1]
add("ko", OB, f"보이스피싱 조직 메모 압수물에 '연락책 번호 {rv} (거꾸로 읽을 것)'이라고 적혀 있어. 번호를 원래대로 돌리고 통신사실확인자료 요청서에 넣을 문구 써줘.",
    [(PH, rv)])

e1 = "sojin.baek@samsung-fire.co.kr"
lp, dom = e1.split("@")
t = (f"보험 대리점 설계사 백소진 님이 이메일을 메신저로 두 번에 나눠 보냈어. 처음엔 '{lp}' 라고 아이디만 보내고, 10분 뒤 계약서 PDF 얘기하다가 '뒤에는 @{dom}'이라고. "
     "합쳐서 수신자 등록해줘.")
add("ko", OB, t, [(PER, "백소진"), (EM, seg(t, lp, dom))])
# ---------------------------------------------------------------- Korean hard negatives
add("ko", N, "개인정보 마스킹 규칙 맞게 됐는지 봐줘: 성명 김*수, 주민번호 900101-1******, 휴대폰 010-****-5678, 계좌 110-***-***456, "
    "카드 5412-75**-****-3321, 이메일 ki***@naver.com, 주소 서울특별시 종로구 ******. 개인정보의 안전성 확보조치 기준 제7조 기준으로.",
    [])

isbns = [isbn13("979-11-6224-510"), isbn13("978-89-364-7713"), isbn13("979-11-92300-07")]
add("ko", N, f"부서 도서 구입 목록 정리해줘: 『행정법 강의』 ISBN {isbns[0]}, 『개인정보 보호법 해설』 ISBN {isbns[1]}, 『공공데이터 활용 실무』 ISBN {isbns[2]}. "
    "각 28,000원, 32,000원, 19,800원. 예산과목 210-01, 구입일 2024-11-25.",
    [])

add("ko", N, "전산 공지문 작성: 업무포털 클라이언트 v3.14.2 → v3.15.0 업데이트, Windows 빌드 10.0.19045.5131 이상 필수, 한글 2022 버전 12.0.0.4102. "
    "배포 일시 2024-12-01 02:00~04:00, 점검 중 접속 불가. 문의 내선 7242.",
    [])

add("ko", N, "광화문광장 행사 보도자료 다듬어줘: 세종대왕 동상 앞 특설무대, 이순신 장군 동상 주변 안전펜스. 세종대로 일대 및 사직로 일부 구간 교통 통제(2024. 12. 7. 14:00~22:00). "
    "가수 아이유 공연 예정, 서울시 다산콜센터 120 안내.",
    [])

add("ko", N, "개발팀 단위 테스트용 더미 데이터 검토: '테스트용 가상 인물 — 홍길동 / 주민번호 000101-3000000 (실존하지 않는 예시) / 카드 4111-1111-1111-1111 (테스트 카드) / "
    "전화 010-0000-0000'. 이 정도면 실데이터 섞일 위험 없는지 의견 줘.",
    [])

add("ko", N, "물품 관리 대장 엑셀 정리: 물품관리번호 010-24-000317 (노트북), 010-24-000318 (모니터), 020-23-001245 (복합기). "
    "취득일 2024-03-11, 내용연수 5년. 관리번호가 전화번호처럼 보여서 자동 서식이 바뀌는데 막는 방법 알려줘.",
    [])

add("ko", N, "계약서 검토: 주식회사 한빛소프트와 (주)대한정보통신 간 유지보수 계약, 계약번호 제2024-정보-0412호, 계약금액 148,500,000원(부가세 포함), "
    "계약기간 2025. 1. 1.~12. 31. 지방자치단체를 당사자로 하는 계약에 관한 법률 제14조 검토. 지체상금률 0.5/1000.",
    [])

add("ko", N, "방화벽 정책 문서 요약: 허용 대역 10.0.0.0/8, 172.16.0.0/12, 관리망 192.168.0.0/16, 루프백 127.0.0.1, 기본 라우트 0.0.0.0/0, "
    "문서 예시 주소 192.0.2.15 및 2001:db8::10. 정책 ID FW-2024-1187 ~ FW-2024-1203.",
    [])

add("ko", N, "민원 처리 현황 주간 보고: 접수번호 2AA-2411-0001234 외 87건, 처리기한 경과 3건. 정부24 민원 1588-2188, 국민신문고 110. "
    "민원 처리에 관한 법률 시행령 제23조 기준 처리기한 7일.",
    [])

add("ko", N, "주식 공시 요약해줘: 삼성전자(005930) 2024년 3분기 영업이익 9조 1,834억원, SK하이닉스(000660) 7조 300억원. 전자공시 접수번호 20241031000123. 단위 원, 연결 기준.",
    [])

add("ko", N, "도로명 주소 체계 교육 자료: '테헤란로', '세종대로', '월드컵북로' 같은 도로명만으로는 위치를 특정할 수 없고 건물번호가 있어야 함. "
    "우편번호 06236은 강남구 역삼동 일대. 도로명주소법 제9조. 예시 표기 '○○시 ○○구 ○○로 00'.",
    [])

add("ko", N, "협업툴 커밋 로그 정리: commit 9f3c2a7e41b0d5c88e2f1a6b7c3d9e0f12a4b5c6, 태그 release-2024.11.3, 이슈 DLP-4821, DLP-4830. "
    "빌드 번호 1.8.2041.7, 요청 ID 7c9e6679-7425-40de-944b-e07fc1f90ae7.",
    [])

add("ko", N, "보건소 진료 통계: ICD-10 J06.9 412건, I10 388건, E11.9 201건. 요양기관기호 31200451, 청구 기간 2024-10-01~10-31, 총 진료비 48,213,400원. 보고서용 표로 바꿔줘.",
    [])

add("ko", N, "공무원 채용 블라인드 심사 안내: 응시번호 24-0001~24-0312, 성명·출신학교·주민등록번호 등 인적사항은 모두 가림 처리. "
    "평가위원 5인, 면접 일정 2024. 12. 10.~12. 12. 공공기관 블라인드 채용 가이드라인 제5조.",
    [])

add("ko", N, "세입 징수 실적 보고 표 정리: 지방세 징수액 1,284,337,200원, 체납 1,042건, 가상계좌 발급 건수 3,318건, 평균 납부액 387,220원. 2024-11-30 기준. 부서별로 증감률 계산해줘.",
    [])

add("ko", N, "법령 개정 대비표 만들어줘: 개인정보 보호법 제2조제1호, 제15조제1항제2호, 제22조의2, 제28조의2(가명정보의 처리) 및 같은 법 시행령 제14조의2. "
    "시행일 2024. 3. 15. 부칙 제1조.",
    [])

add("ko", N, "택배 CS 매크로 답변 문구 검수: '고객님의 주문(주문번호 ORD-20241125-77812)은 허브 터미널 분류 중이며, 운송장 번호 6104 2287 3351로 조회하실 수 있습니다. "
    "고객센터 1577-1287.' 어색한 부분 고쳐줘.",
    [])
# ================================================================ English
# ---------------------------------------------------------------- HR onboarding
ph1, acc1 = us("(AAA) MNN-NNNN"), dg(10, "123456789")
add("en", P, "Can you turn this onboarding packet into a checklist for payroll?\n"
    "New hire: Megan O'Leary, Senior Data Analyst, start date Jan 6, 2025\n"
    "Home address: 4120 Larkspur Lane, Apt 12, Boise, ID 83704\n"
    f"Mobile: {ph1} | Personal email: megan.oleary88@gmail.com\n"
    f"Direct deposit: Idaho Central Credit Union, routing 324173626, checking account {acc1}\n"
    "Manager: Tomasz Wisniewski. Laptop ships Dec 30.",
    [(PER, "Megan O'Leary"), (LOC, "4120 Larkspur Lane, Apt 12, Boise, ID 83704"), (PH, ph1), (EM, "megan.oleary88@gmail.com"), (ACC, acc1), (PER, "Tomasz Wisniewski")])

a1, acc1, m1 = ar("860227", 5), acct("우리"), mob()
add("en", P, "Please summarise the relocation file for our Seoul office expat:\n"
    "Employee: Daniel Okafor (Nigerian national), E-7 visa\n"
    f"Alien registration no.: {a1}\nPassport: A07734219 (Nigeria)\n"
    "Housing: 1804, 25 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349\n"
    f"Salary account: Woori Bank {acc1}\nKorean mobile: {m1}\n"
    "Daniel asked whether his spouse can be added to the NHIS as a dependant.",
    [(PER, "Daniel Okafor"), (ALN, a1), (LOC, "1804, 25 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349"), (ACC, acc1), (PH, m1), (PER, "Daniel")])

# ---------------------------------------------------------------- insurance claims
p1, p2 = us("(AAA) MNN-NNNN"), us("(AAA) MNN-NNNN")
add("en", P, "Draft a liability summary for this auto claim (claim no. AC-2024-118723, policy PA 7731 0924):\n"
    f"Our insured: Harriet Blake, 77 Chestnut Hill Ave, Brighton, MA 02135, phone {p1}\n"
    f"Other driver: Mateo Alvarez, 2209 Beacon St, Apt 4, Newton, MA 02468, phone {p2}\n"
    "Harriet says Mateo ran the stop sign at Chestnut Hill Ave and Beacon St; the police report is pending.",
    [(PER, "Harriet Blake"), (LOC, "77 Chestnut Hill Ave, Brighton, MA 02135"), (PH, p1), (PER, "Mateo Alvarez"), (LOC, "2209 Beacon St, Apt 4, Newton, MA 02468"), (PH, p2), (PER, "Harriet"), (PER, "Mateo")])

p1, k1 = pp_new(), cc("5")
add("en", P, "Travel insurance claim, please check what documents are still missing:\n"
    f"Claimant: Yoon Ji-ho (Korean passport {p1}), trip Seoul to Lisbon, Oct 3-17, 2024\n"
    f"Medical expenses paid by card {k1}: EUR 1,180 (Hospital da Luz, acute gastroenteritis)\n"
    "Contact: jiho.yoon@outlook.kr. Claim ref TRV-88123.",
    [(PER, "Yoon Ji-ho"), (PASS, p1), (CARD, k1), (EM, "jiho.yoon@outlook.kr")])

# ---------------------------------------------------------------- university admissions
p1, m1 = pp_new(), fmt("+82 10-MNNN-NNNN")
add("en", P, "Admissions office: write a conditional offer email for this international applicant.\n"
    f"Name: Minjun Kim | Passport: {p1} | Date of birth: 2006-04-19\n"
    "Address: 302-1104, 55 Olympic-ro, Songpa-gu, Seoul 05510, Republic of Korea\n"
    f"Phone: {m1} | Email: minjun.kim0419@naver.com\n"
    "Program: BSc Computer Science, conditional on IELTS 6.5 overall.",
    [(PER, "Minjun Kim"), (PASS, p1), (LOC, "302-1104, 55 Olympic-ro, Songpa-gu, Seoul 05510"), (PH, m1), (EM, "minjun.kim0419@naver.com")])

# ---------------------------------------------------------------- police incident report
p1 = fmt("07" + random.choice("5789") + "NN NNNNNN")
add("en", P, "Tidy up this incident report for the case file:\n"
    "Ref CAD 4471-19/11/24. At approx. 23:40 officers attended 14 Ashgrove Road, Leeds LS6 2JR following a report of a burglary.\n"
    f"Victim: Priya Raghunathan (contact {p1}). Suspect described as male, 20s, grey hoodie. "
    "Witness Samuel Whitfield (neighbour) saw a person leaving via the rear garden. PC Laura Finch 4471 attended.",
    [(LOC, "14 Ashgrove Road, Leeds LS6 2JR"), (PER, "Priya Raghunathan"), (PH, p1), (PER, "Samuel Whitfield"), (PER, "Laura Finch")])

# ---------------------------------------------------------------- shipping manifest
p1, p2 = us("+1 AAA-MNN-NNNN"), fmt("+44 7MNN NNNNNN")
add("en", P, "Check this manifest extract for missing consignee data:\n"
    "HAWB,Consignee,Address,Phone,Pieces,Weight\n"
    f"HX2411-0091,Grace Yoon,\"918 W 9th St, Apt 3B, Los Angeles, CA 90015\",{p1},2,14.5kg\n"
    f"HX2411-0092,Kwame Mensah,\"6 Hartley Close, Reading RG2 9QW\",{p2},1,3.2kg\n"
    "HX2411-0093,Pacific Rim Traders Ltd,,,5,88kg",
    [(PER, "Grace Yoon"), (LOC, "918 W 9th St, Apt 3B, Los Angeles, CA 90015"), (PH, p1), (PER, "Kwame Mensah"), (LOC, "6 Hartley Close, Reading RG2 9QW"), (PH, p2)])

b1, l1 = bz(), land("032")
add("en", P, "Reply to the customs broker below and ask for the commercial invoice.\n"
    "---\nHi team, your shipment (B/L MEDUKR4471823) is on hold at Incheon. The importer of record, Sejin Biotech Co., Ltd. "
    f"(business registration no. {b1}) needs to confirm the HS classification.\n"
    f"Best regards,\nIngrid Solberg | Customs Brokerage | Tel {l1} | ingrid.solberg@nordlinelogistics.com",
    [(BRN, b1), (PER, "Ingrid Solberg"), (PH, l1), (EM, "ingrid.solberg@nordlinelogistics.com")])

# ---------------------------------------------------------------- CRM CSV export
p1, p2, p3 = us("(AAA) MNN-NNNN"), us("(AAA) MNN-NNNN"), us("+1 AAA MNN NNNN")
add("en", P, "Dedupe this CRM export by email and tell me which rows are duplicates:\n"
    "contact_id,full_name,email,phone,city\n"
    f"C-10021,Chloe Tanaka-Brooks,chloe.tb@fastmail.com,{p1},Portland\n"
    f"C-10022,Ethan Park,ethan.park@parkandsons.us,{p2},Seattle\n"
    f"C-10023,Chloe Tanaka Brooks,chloe.tb@fastmail.com,{p3},Portland",
    [(PER, "Chloe Tanaka-Brooks"), (EM, "chloe.tb@fastmail.com"), (PH, p1), (PER, "Ethan Park"), (EM, "ethan.park@parkandsons.us"), (PH, p2), (PER, "Chloe Tanaka Brooks"), (EM, "chloe.tb@fastmail.com"), (PH, p3)])

# ---------------------------------------------------------------- Slack thread
ip1, ip2 = pub_ip(), priv_ip()
add("en", P, "Summarise this Slack thread for the incident channel:\n"
    f"[09:12] @dmorales: seeing brute-force attempts on the VPN from {ip1}, 3k failures in 10 min\n"
    f"[09:14] @asingh: that IP hit the jump box {ip2} too, blocking now\n"
    "[09:15] @dmorales: cc Anika Singh, can you loop in Diego Morales' manager? I'm out at 11\n"
    "[09:20] @asingh: done, paged Rachel Kim",
    [(IP, ip1), (IP, ip2), (PER, "Anika Singh"), (PER, "Diego Morales"), (PER, "Rachel Kim")])

# ---------------------------------------------------------------- code snippets
ip1 = priv_ip()
add("en", P, "Why does this script fail with an auth error?\n```python\nimport smtplib\n"
    f"SMTP_HOST = \"{ip1}\"\nSENDER = \"reports@hanulenergy.co.kr\"\nRECIPIENTS = [\"jisoo.han@hanulenergy.co.kr\", \"m.oh@hanulenergy.co.kr\"]\n"
    "server = smtplib.SMTP(SMTP_HOST, 587)\nserver.login(SENDER, os.environ[\"SMTP_PW\"])\n```",
    [(IP, ip1), (EM, "reports@hanulenergy.co.kr"), (EM, "jisoo.han@hanulenergy.co.kr"), (EM, "m.oh@hanulenergy.co.kr")])

k1, k2 = cc("4"), cc("37", groups=(4, 6, 5))
add("en", P, "Fix the syntax error in this migration:\n```sql\nINSERT INTO customers (id, name, email, card_no) VALUES\n"
    f"  (1041, 'Olivia Brennan', 'obrennan@gmail.com', '{k1}'),\n"
    f"  (1042, 'Marcus Reid', 'marcus.reid@yahoo.com', '{k2}')\n  (1043, 'test user', 'test@example.com', NULL);\n```",
    [(PER, "Olivia Brennan"), (EM, "obrennan@gmail.com"), (CARD, k1), (PER, "Marcus Reid"), (EM, "marcus.reid@yahoo.com"), (CARD, k2)])

ph1, ip1 = us("+1-AAA-MNN-NNNN"), pub_ip()
body = js({"user": {"name": "Sofia Marchetti", "email": "sofia.marchetti@libero.it", "phone": ph1, "last_login_ip": ip1, "plan": "pro"}})
add("en", P, f"Write a pydantic model for this API response:\n{body}",
    [(PER, "Sofia Marchetti"), (EM, "sofia.marchetti@libero.it"), (PH, ph1), (IP, ip1)])

ip1, ip6 = priv_ip(), v6()
add("en", P, "Is this Kubernetes alertmanager config valid YAML?\n"
    "receivers:\n  - name: oncall\n    email_configs:\n      - to: nathan.cole@brightpath.io\n"
    "        from: alerts@brightpath.io\n        smarthost: smtp.brightpath.io:587\n"
    f"inhibit_rules: []\n# primary node {ip1}, ipv6 {ip6} (owner: Nathan Cole)",
    [(EM, "nathan.cole@brightpath.io"), (EM, "alerts@brightpath.io"), (IP, ip1), (IP, ip6), (PER, "Nathan Cole")])

ip1, ip2 = pub_ip(), pub_ip()
add("en", P, "Parse these auth log lines and count failures per user:\n"
    f"2024-11-22T03:14:07Z WARN login_failed user=eleanor.voss@cedarhealth.org src={ip1} reason=bad_password\n"
    f"2024-11-22T03:14:09Z WARN login_failed user=eleanor.voss@cedarhealth.org src={ip1} reason=bad_password\n"
    f"2024-11-22T03:15:41Z INFO login_ok user=r.batra@cedarhealth.org src={ip2} mfa=push",
    [(EM, "eleanor.voss@cedarhealth.org"), (IP, ip1), (EM, "eleanor.voss@cedarhealth.org"), (IP, ip1), (EM, "r.batra@cedarhealth.org"), (IP, ip2)])

# ---------------------------------------------------------------- e-mail threads with signatures
ph1, ph2 = us("(AAA) MNN-NNNN"), us("(AAA) MNN-NNNN")
add("en", P, "Make my reply more polite:\n"
    "> From: Rebecca Thornton <rthornton@hollisfield.edu>\n> Sent: Monday, November 18, 2024 4:02 PM\n"
    "> Subject: RE: lab access\n> We still haven't received the signed safety form.\n"
    f"> Rebecca Thornton | Lab Operations Manager | Hollisfield University | {ph1}\n\n"
    f"My draft: Rebecca, I sent it twice. Call me at {ph2} if it's lost again. - Victor Nguyen",
    [(PER, "Rebecca Thornton"), (EM, "rthornton@hollisfield.edu"), (PER, "Rebecca Thornton"), (PH, ph1), (PER, "Rebecca"), (PH, ph2), (PER, "Victor Nguyen")])

k1, ph1 = cc("6011"), us("(AAA) MNN-NNNN")
add("en", P, "Support ticket #58213 - classify urgency and draft a response.\n"
    f"Customer Brandon Hughes wrote: 'You charged my Discover card {k1} twice for order 7781-2290. "
    f"Call me at {ph1} before Friday or I'm filing a dispute.'",
    [(PER, "Brandon Hughes"), (CARD, k1), (PH, ph1)])

# ---------------------------------------------------------------- medical / payroll
ph1 = us("(AAA) MNN-NNNN")
add("en", P, "Convert this discharge summary header into a FHIR Patient resource:\n"
    f"Patient: Dolores Whitaker, DOB 03/11/1951, MRN 00448120\nAddress: 530 Orchard Way, Lancaster, PA 17601\nPhone: {ph1}\n"
    "Attending: Dr. Aaron Feld. Dx: CHF exacerbation.",
    [(PER, "Dolores Whitaker"), (LOC, "530 Orchard Way, Lancaster, PA 17601"), (PH, ph1), (PER, "Aaron Feld")])

acc1, acc2 = dg(8), dg(8)
add("en", P, "Payroll bank change requests for December, check the sort codes are formatted right:\n"
    f"- Hannah Pryce: sort code 20-45-77, account {acc1}\n"
    f"- Oluwaseun Adeyemi: sort code 40-11-62, account {acc2}\n"
    "Both submitted via the HR portal with a voided statement.",
    [(PER, "Hannah Pryce"), (ACC, acc1), (PER, "Oluwaseun Adeyemi"), (ACC, acc2)])

acc1 = dg(7)
add("en", P, f"Direct deposit form from our Toronto hire, please check it: employee Marc-Antoine Leblanc, institution 004, transit 12345, account {acc1}. "
    "Address 88 Queen St W, Unit 1203, Toronto, ON M5H 2N2. Email marc.leblanc@videotron.ca.",
    [(PER, "Marc-Antoine Leblanc"), (ACC, acc1), (LOC, "88 Queen St W, Unit 1203, Toronto, ON M5H 2N2"), (EM, "marc.leblanc@videotron.ca")])

# ---------------------------------------------------------------- Korean entities in English business mail
c1, b1, m1 = cr("110111"), bz(), mob()
add("en", P, "Help me fill in the supplier onboarding form for our Korean vendor:\n"
    f"Legal name: Hanbit Precision Co., Ltd. | Corporate registration no. {c1} | Business registration no. {b1}\n"
    "Registered address: 47, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594\n"
    f"Contact: Mr. Jung Dae-ho (Export Manager), {m1}, daeho.jung@hanbitprecision.co.kr",
    [(CRN, c1), (BRN, b1), (LOC, "47, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594"), (PER, "Jung Dae-ho"), (PH, m1), (EM, "daeho.jung@hanbitprecision.co.kr")])

k1, ph1 = cc("5"), fmt("+61 4NN NNN NNN")
add("en", P, f"Hotel front desk: write a no-show charge notice. Guest Liam Prendergast, booked via phone {ph1}, "
    f"card on file {k1} (exp 09/26). No-show on Nov 23, one night charged per policy.",
    [(PER, "Liam Prendergast"), (PH, ph1), (CARD, k1)])

ip1, ip2, ip3 = priv_ip(), priv_ip(), priv_ip()
add("en", P, "Turn this asset inventory into a markdown table grouped by owner:\n"
    f"hostname=fin-ws-014 ip={ip1} owner=Yasmin Haddad\n"
    f"hostname=fin-ws-015 ip={ip2} owner=Gareth Lloyd\n"
    f"hostname=hr-ws-003 ip={ip3} owner=Yasmin Haddad (loaner)",
    [(IP, ip1), (PER, "Yasmin Haddad"), (IP, ip2), (PER, "Gareth Lloyd"), (IP, ip3), (PER, "Yasmin Haddad")])

add("en", P, "Draft a thank-you email to the speakers and attach the attendee list summary.\n"
    "Speakers: Dr. Helena Marsh (helena.marsh@kcl.ac.uk), Prof. Joon-young Ahn (jyahn@snu.ac.kr)\n"
    "Venue contact: Claire Donnelly, events@thegrandhallbelfast.co.uk\n"
    "Attendees 142, feedback score 4.6/5.",
    [(PER, "Helena Marsh"), (EM, "helena.marsh@kcl.ac.uk"), (PER, "Joon-young Ahn"), (EM, "jyahn@snu.ac.kr"), (PER, "Claire Donnelly"), (EM, "events@thegrandhallbelfast.co.uk")])

d1, r1 = dl("11"), rr("940317", 2)
add("en", P, "Translate into Korean for our fleet insurer: 'The driver at the time of the accident was Ms. Seo Ha-eun, "
    f"Korean driver's licence {d1}, resident registration number {r1}. She was driving the company vehicle with permission.'",
    [(PER, "Seo Ha-eun"), (DLIC, d1), (RRN, r1)])

ph1, ph2 = us("+1 (AAA) MNN-NNNN"), us("+1 (AAA) MNN-NNNN")
add("en", P, "Volunteer roster for the food drive - who is on Saturday?\n"
    "| Name | Phone | Shift |\n|---|---|---|\n"
    f"| Teresa Kowalczyk | {ph1} | Sat AM |\n| Jamal Whitley | {ph2} | Sat PM |\n| (open) | | Sun |",
    [(PER, "Teresa Kowalczyk"), (PH, ph1), (PER, "Jamal Whitley"), (PH, ph2)])
# ---------------------------------------------------------------- English obfuscated
e1 = "billing-alerts@northgate-payrol1.com"
d1 = e1.replace("@", "[@]").replace(".", "[.]")
ip1 = pub_ip()
dip = ip1.replace(".", "[.]")
add("en", OB, f"Write a phishing advisory for staff. IOCs from the SOC ticket: sender {d1}, landing page hxxp://{dip}/login, subject 'Payroll adjustment - action required'. "
    "Reported first by Nora Achterberg in Finance.",
    [(EM, d1), (IP, dip), (PER, "Nora Achterberg")])

k1 = cc("4", sep="")
enc = b64(k1)
add("en", OB, f"Our vendor's webhook sends this, is it PCI compliant? {{\"order\":\"A-55120\",\"cardholder\":\"Ruth Okonkwo\",\"pan_b64\":\"{enc}\",\"exp\":\"11/27\"}}",
    [(PER, "Ruth Okonkwo"), (CARD, enc)])

ph1 = us("AAA-MNN-NNNN")
w = en_words(ph1)
add("en", OB, f"Voicemail transcript from the claims line, please extract a callback number: 'Hi, this is Gordon Pike about claim 55-0912, you can reach me at {w}, thanks.'",
    [(PER, "Gordon Pike"), (PH, w)])

e1 = "fiona dot mcallister at proton dot me"
add("en", OB, f"A job applicant wrote her email as '{e1}' on the paper form (Fiona McAllister). Convert it and add her to the interview schedule for Dec 4.",
    [(EM, e1), (PER, "Fiona McAllister")])

k1 = cc("5", sep=" ")
a, b = k1[:9], k1[10:]
t = (f"Chat log from the payments desk:\n[10:02] customer (Derek Saunders): my card starts {a}\n[10:02] agent: thanks, and the rest?\n"
     f"[10:03] customer: {b}, expiry 04/28\nFlag what the agent did wrong under our PCI script.")
add("en", OB, t, [(PER, "Derek Saunders"), (CARD, seg(t, a, b))])

e1 = "h.ostergaard@velux-partners.dk"
z = between(e1, ZW)
add("en", OB, f"The address {z} bounces from our mailing tool but looks fine when I read it. Recipient: Henrik Ostergaard. What hidden characters could break it?",
    [(EM, z), (PER, "Henrik Ostergaard")])

ph1 = us("(AAA) MNN-NNNN")
tagged = f"{ph1[:6]}<b>{ph1[6:9]}</b>-{ph1[10:]}"
add("en", OB, f"Our CMS saved the on-call number for Dr. Imani Brooks as <p>Call {tagged}</p>. Why does the click-to-call link not work?",
    [(PER, "Imani Brooks"), (PH, tagged)])

e1 = "amelia.hartford@quillstone.co.uk"
u = uesc(e1)
add("en", OB, f"Log line from the signup service: {{\"evt\":\"signup\",\"name\":\"Amelia Hartford\",\"mail\":\"{u}\"}} - write a logstash filter that decodes the escapes.",
    [(PER, "Amelia Hartford"), (EM, u)])

ph1 = fmt("090-MNNN-NNNN")
f1 = fw(ph1)
add("en", OB, f"A Japanese customer typed her phone as {f1} (full-width) in the booking form. Name: Haruka Sato. Normalise it to E.164 for the SMS gateway.",
    [(PH, f1), (PER, "Haruka Sato")])

k1 = cc("4", sep="")
rv = k1[::-1]
add("en", OB, f"An insider reported a colleague keeping card numbers reversed in a spreadsheet to 'hide' them, e.g. {rv} (reverse the digits to get the real PAN; belongs to customer Leonard Fisk). Draft the disciplinary summary.",
    [(CARD, rv), (PER, "Leonard Fisk")])

e1 = "priya.venkat@infosyscorp.in"
h = hx(e1)
add("en", OB, f"Found in a cookie: uid_mail={h} (hex-encoded email of the logged-in user Priya Venkataraman). Is storing this in a cookie a GDPR issue?",
    [(EM, h), (PER, "Priya Venkataraman")])

ip1 = priv_ip()
sp = ip1.replace(".", " . ")
add("en", OB, f"The printer on floor 3 was set up by Owen Castillo with the static address written on the sticker as '{sp}'. Give me the command to ping it and check the open ports.",
    [(PER, "Owen Castillo"), (IP, sp)])

p1 = pp_new()
sp = f"{p1[0]} {p1[1:4]} {p1[4]} {p1[5:]}"
add("en", OB, f"Email from our Korean visiting scholar: 'My passport number is {sp} (sorry, spaces are from my phone)'. Her name is Lee Soo-ah. Fill in the DS-2019 request.",
    [(PASS, sp), (PER, "Lee Soo-ah")])

e1 = "'t.vandermeer' || '@' || 'klm-cargo.nl'"
add("en", OB, f"Refactor this SQL, the DBA says it's obfuscating PII: SELECT 'Tessa van der Meer' AS owner, {e1} AS contact FROM dual;",
    [(PER, "Tessa van der Meer"), (EM, e1)])

acc1 = dg(12, "123456789")
code = f'acct = "{acc1[:4]}" + "{acc1[4:8]}" + "{acc1[8:]}"'
add("en", OB, f"Code review: this refund script has `{code}  # Wells Fargo checking, Gabriel Ortiz` hardcoded. Write the review comment.",
    [(ACC, code[code.index('"'):]), (PER, "Gabriel Ortiz")])

k1 = cc("5", sep="")
t = ("Excel export split the card column when I pasted it, please rejoin:\n"
     "| cardholder | card_first8 | card_last8 |\n|---|---|---|\n"
     f"| Noah Feldman | {k1[:8]} | {k1[8:]} |")
add("en", OB, t, [(PER, "Noah Feldman"), (CARD, seg(t, k1[:8], k1[8:]))])

ph1 = us("+1AAAMNNNNNN")
q = pct("tel:" + ph1)[len(pct("tel:")):]
add("en", OB, f"The click-to-call link in Yusuf Demir's email signature is href=\"tel%3A{q}\". Decode it and tell me if it is a US number.",
    [(PER, "Yusuf Demir"), (PH, q)])
# ---------------------------------------------------------------- English hard negatives
add("en", N, "Write QA steps for the checkout flow using the payment provider's documented test cards only: 5555 5555 5555 4444 (Mastercard, success), 4000 0566 5566 5556 (Visa debit), "
    "4000 0000 0000 0002 (generic decline), any future expiry like 12/34 and any CVC. Never use a real card in staging.",
    [])

add("en", N, "Review this README section: 'Set ADMIN_EMAIL=admin@example.com and BIND_ADDR=192.0.2.10 (or 2001:db8::10 for IPv6). "
    "Support contact in samples: Jane Doe, 555-0100.' Are these safe placeholder values per RFC 5737 and RFC 3849?",
    [])

add("en", N, "Summarise this news paragraph for our briefing: 'Former President Barack Obama and Microsoft co-founder Bill Gates spoke at the climate summit in Dubai, "
    "while Elon Musk joined remotely.' Keep it to two sentences.",
    [])

o16 = not_luhn(16, "4")
add("en", N, f"Our shipping status page shows UPS 1Z4E792V0398127745, FedEx 7749 3912 0456 and DHL 4018273365 as 'in transit'. "
    f"Order number {o16[:4]}-{o16[4:8]}-{o16[8:12]}-{o16[12:]} was split into two parcels. Write a customer notice without exposing tracking details.",
    [])

add("en", N, f"Format these references in APA: ISBN {isbn13('978-0-262-04630')}, DOI 10.1145/3576915.3623157, and RFC 9110. Also the CVE IDs CVE-2024-3094 and CVE-2021-44228.",
    [])

add("en", N, "Release notes: bumped app to 4.12.0, API to v2.3.1-beta.4, Node 20.11.1, OpenSSL 3.0.13; the Windows agent is 10.0.22631.4460. "
    "Closed JIRA tickets PAY-1182, PAY-1190, INC0034412.",
    [])

add("en", N, "HR asked if this is properly redacted before we share it: 'Employee ***** (SSN ***-**-6612), card ending 4821, account ****7730, address on file.' "
    "Anything still identifying?",
    [])

add("en", N, "Traffic advisory draft: 'Main Street will be closed between Elm Avenue and 5th Street from Dec 2-6; detours via Riverside Drive and Oak Boulevard.' "
    "Make it friendlier for the city newsletter.",
    [])

add("en", N, "Compare 42 U.S.C. § 1983, GDPR Art. 17(1)(b) and Recital 65, and Section 7(2) of the UK Data Protection Act 2018 for a training slide.",
    [])

add("en", N, "The sample IBAN from the ECBS documentation, GB82 WEST 1234 5698 7654 32, is failing our validator. It's a published example, not a customer account - is our mod-97 code wrong?",
    [])

add("en", N, "Parse these trace IDs from the logs: 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, request 3fa85f64-5717-4562-b3fc-2c963f66afa6, "
    "timestamp 2024-11-22T03:14:07.512Z, build 2024.11.22.1803.",
    [])

add("en", N, "Inventory SKUs that look like account numbers confuse our DLP: WH-0042-118830-07, WH-0042-118830-08, and pallet IDs 00340123450000012345. "
    "Suggest a naming change.",
    [])

add("en", N, "Fill in the template instructions: 'Applicant name (e.g. John Smith), Date of birth (DD/MM/YYYY), Phone (e.g. +1 XXX-XXX-XXXX), "
    "Email (name@domain.com).' Add a line telling applicants not to send ID scans by email.",
    [])

add("en", N, "Loopback and wildcard addresses in the docker compose: 127.0.0.1:5432, 0.0.0.0:8080, ::1, and the subnet 172.20.0.0/16. "
    "Explain why the healthcheck against localhost fails.",
    [])

add("en", N, "Quarterly metrics for the board deck: 1,284,337 active accounts, ARPU $41.20, churn 2.3%, NPS 47, 14 incidents (P1: 2). "
    "Company contacts: Acme Holdings Inc., Northwind Traders. Make it a one-slide summary.",
    [])
# ================================================================ Mixed Korean / English
# ---------------------------------------------------------------- mixed positives
ip1, m1 = priv_ip(), mob()
add("mixed", P, "NEIS 로그인 오류 로그야. 원인 분석해줘.\n"
    f"[2024-11-18 09:12:44] WARN auth.login failed user_id=t2019034 name=허윤정 ip={ip1} reason=CERT_EXPIRED\n"
    "[2024-11-18 09:12:51] INFO auth.retry user_id=t2019034 method=GPKI\n"
    f"허윤정 선생님 연락처는 {m1}, 교무실 내선 2113.",
    [(PER, "허윤정"), (IP, ip1), (PER, "허윤정"), (PH, m1)])

r1, m1 = rr("880211", 1), mob()
body = js({"applicant": {"name_ko": "권도현", "name_en": "KWON DOHYEON", "rrn": r1, "mobile": m1, "addr": "서울특별시 노원구 동일로 1414, 5층"}})
add("mixed", P, f"증권사 비대면 계좌개설 API 응답인데 이 JSON을 Java DTO로 바꿔줘:\n{body}",
    [(PER, "권도현"), (PER, "KWON DOHYEON"), (RRN, r1), (PH, m1), (LOC, "서울특별시 노원구 동일로 1414, 5층")])

r1, e1 = rr("760403", 2), "haejin.moon@kbstar.com"
add("mixed", P, "INSERT 문 문법 오류 찾아줘:\n"
    f"INSERT INTO loan_app (cust_nm, jumin, email, branch) VALUES ('문해진', '{r1}', '{e1}', '여의도');\n"
    "ERROR 1064 (42000): You have an error in your SQL syntax near '여의도'",
    [(PER, "문해진"), (RRN, r1), (EM, e1)])

a1, p1 = ar("010930", 7), "E12345678"
add("mixed", P, "외국인 유학생 체류 관리 시트 번역해줘 (영어로).\n"
    f"Name: Aziz Karimov / 국적 우즈베키스탄 / 외국인등록번호 {a1} / Passport {p1} (Uzbekistan) / 학과 기계공학과 / 지도교수 오세진 교수\n"
    "체류자격 D-2, 만료 2025-08-31.",
    [(PER, "Aziz Karimov"), (ALN, a1), (PER, "오세진")])

k1, m1 = cc("4"), fmt("+82-10-MNNN-NNNN")
add("mixed", P, f"Zendesk 티켓 한국어로 요약해줘: 'Customer Park Seo-jun called from {m1}. His card {k1} was declined at the Incheon duty free. "
    "He is flying to Frankfurt tonight.' 상담원 메모: 해외 결제 차단 해제 요청.",
    [(PER, "Park Seo-jun"), (PH, m1), (CARD, k1)])

ip1, ip6 = pub_ip(), v6()
add("mixed", P, f"WAF 차단 이벤트 요약 보고서 써줘. src_ip={ip1}, src_ipv6={ip6}, rule=SQLi-942100, target=/minwon/apply.do, "
    "count=1,208, 시간대 02:10~02:40 KST. 공격 IP 소유자는 모름. 차단 정책 유지 필요한지 의견도.",
    [(IP, ip1), (IP, ip6)])

c1, b1, l1 = cr("131111"), bz(), land("031")
add("mixed", P, "Please translate into English for the bank's KYC team:\n"
    f"법인명: 주식회사 한울바이오 (Hanul Bio Inc.), 법인등록번호 {c1}, 사업자등록번호 {b1}\n"
    f"대표이사: 양현모 (CEO), 본점: 경기도 성남시 분당구 판교역로 235, 7층, 대표전화 {l1}\n"
    "실제소유자: 양현모 (지분 62%).",
    [(CRN, c1), (BRN, b1), (PER, "양현모"), (LOC, "경기도 성남시 분당구 판교역로 235, 7층"), (PH, l1), (PER, "양현모")])

p1, m1 = pp("M"), mob()
add("mixed", P, f"출장자 항공권 예약 요청 메일 영어로 써줘. Traveller: LEE JUNHEE (이준희 과장), passport {p1}, exp 2031-05-12, mobile {m1}, "
    "route ICN-SFO-ICN, Dec 9-14, economy flex. 회사 법인카드로 결제.",
    [(PER, "LEE JUNHEE"), (PER, "이준희"), (PASS, p1), (PH, m1)])

h1, r1 = hi(), rr("470920", 1)
add("mixed", P, "EMR export CSV 헤더 정리해줘.\n"
    "pt_id,pt_name,jumin_no,nhis_no,dx_code,admit_dt\n"
    f"A0092381,변종구,{r1},{h1},C16.9,2024-11-02\n"
    "컬럼명을 한국어로 바꾸고 개인정보 컬럼 표시해줘.",
    [(PER, "변종구"), (RRN, r1), (HI, h1)])

a1, m1 = acct("카카오뱅크"), mob()
add("mixed", P, f"Slack 메시지 번역 부탁 (영어로): '@channel 워크숍 참가비 5만원 환불은 총무 권수빈 님 카카오뱅크 {a1}로 보냈어요. 문의는 {m1}.'",
    [(PER, "권수빈"), (ACC, a1), (PH, m1)])

m1, e1 = mob(), "hyejin.cha@lgensol.com"
add("mixed", P, "이메일 서명 영어 버전 만들어줘:\n"
    f"차혜진 | 책임연구원 | LG에너지솔루션 배터리연구소\nM {m1} | E {e1}\n"
    "대전광역시 유성구 문지로 188, R2동 3층",
    [(PER, "차혜진"), (PH, m1), (EM, e1), (LOC, "대전광역시 유성구 문지로 188, R2동 3층")])

d1, r1 = dl("19"), rr("850101", 1)
add("mixed", P, f"회사 차량 사고 보고서 영문 번역: 'Driver 성우진 (license {d1}, RRN {r1}) rear-ended a taxi at 강남대로 사거리 on Nov 20.' 보험사 제출용.",
    [(PER, "성우진"), (DLIC, d1), (RRN, r1)])

ph1, m1 = us("+1 (AAA) MNN-NNNN"), mob()
add("mixed", P, "미국 지사 HR 담당자와 통화 일정 조율 메일 써줘 (영어).\n"
    f"상대: Samantha Ruiz, HR Business Partner, {ph1}, s.ruiz@hanwha-us.com\n"
    f"우리 쪽: 인사팀 구하늘 차장, {m1}. 시차 고려해서 한국 시간 오전 8시 제안.",
    [(PER, "Samantha Ruiz"), (PH, ph1), (EM, "s.ruiz@hanwha-us.com"), (PER, "구하늘"), (PH, m1)])

ip1 = priv_ip()
add("mixed", P, "이 nginx 설정에서 관리자 페이지 접근 제한 제대로 됐는지 봐줘.\n"
    f"location /admin {{\n    allow {ip1};  # 전산팀 백승민 PC\n    deny all;\n}}\n"
    "server_name minwon.example.go.kr;",
    [(IP, ip1), (PER, "백승민")])

r1, a1 = rr("920815", 2), acct("부산")
add("mixed", P, "YAML 테스트 픽스처에 실제 고객 데이터가 들어간 것 같아. 확인해줘.\n"
    f"customer:\n  name: 장소미\n  rrn: \"{r1}\"\n  account: \"{a1}\"  # 부산은행\n  note: \"운영 DB에서 복사함\"",
    [(PER, "장소미"), (RRN, r1), (ACC, a1)])

a1 = ar("970505", 6)
add("mixed", P, f"Translate this notice into Vietnamese-friendly simple English: '응우옌 티 투 님(외국인등록번호 {a1})의 체류기간 연장 허가가 2024. 11. 29. 승인되었습니다. 주소 경상북도 구미시 산동읍 첨단기업1로 17, B동 203호 (기숙사).'",
    [(PER, "응우옌 티 투"), (ALN, a1), (LOC, "경상북도 구미시 산동읍 첨단기업1로 17, B동 203호")])
# ---------------------------------------------------------------- mixed obfuscated
m1 = mob()
mixedw = f"{sino(m1[:3])}-{m1[4:8]}-{en_words(m1[9:])}"
add("mixed", OB, f"콜센터 STT 결과가 '고객님 연락처는 {mixedw} 입니다'로 나왔어. 고객명 Jessica Lim. 숫자로 정규화하는 후처리 규칙 제안해줘.",
    [(PH, mixedw), (PER, "Jessica Lim")])

r1 = rr("930708", 2)
enc = b64(r1)
add("mixed", OB, f"Security review 요청: 모바일 앱이 이렇게 헤더에 보내고 있어 → X-User-Ssn: {enc} (base64 of 주민번호), X-User-Name: 방수아. Is this acceptable under 개인정보 보호법 제24조의2?",
    [(RRN, enc), (PER, "방수아")])

e1 = "junseo.yoo@skhynix.com"
rv = e1[::-1]
add("mixed", OB, f"퇴사자 PC 포렌식 결과 메모장에 '{rv}'라는 문자열이 있었어 (reverse it → 이메일). 퇴사자 유준서 책임의 개인 이메일로 자료 반출한 정황인지 보고서 문장 써줘.",
    [(EM, rv), (PER, "유준서")])

ip1 = priv_ip()
fwip = fw(ip1)
add("mixed", OB, f"사용자가 서버 접속 안 된다고 보낸 캡처 텍스트: 'ssh admin@{fwip} → Could not resolve hostname'. 전각 문자 때문인지 확인해줘. 사용자: 구본재 대리.",
    [(IP, fwip), (PER, "구본재")])

k1 = cc("5", sep="-")
wj = k1.replace("-", f"-{WJ}")
add("mixed", OB, f"Copy-paste from the 카드사 portal gives a 'invalid PAN' error even though it reads {wj}. Cardholder: 추민아. Word joiner 같은 게 끼었나?",
    [(CARD, wj), (PER, "추민아")])

r1 = rr("851224", 1)
sl = f"{r1[:2]}/{r1[2:4]}/{r1[4:6]} - {r1[7:]}"
add("mixed", OB, f"OCR'd 신청서에서 주민번호 칸이 생년월일처럼 {sl} 로 인식됐어. 신청인 남궁태오. Write a regex that would still catch this format.",
    [(RRN, sl), (PER, "남궁태오")])

e1 = "seula.han@kookmin.ac.kr"
lp, dom = e1.split("@")
ko_mail = f"{lp} 앳 {dom.replace('.', ' 쩜 ')}"
add("mixed", OB, f"팟캐스트 전사본에 게스트 연락처가 '{ko_mail}'으로 적혀 있어. Guest: Dr. Han Seul-a. Show notes에 넣을 수 있게 정리하되 이메일은 빼는 게 맞는지도.",
    [(EM, ko_mail), (PER, "Han Seul-a")])

a1 = acct("국민")
dotted = between(digits(a1), ".")
add("mixed", OB, f"Phishing SMS 분석: '[국민은행] 환불 계좌 {dotted} 로 입금 바랍니다 - 고객센터 김영훈' 점 찍어서 필터 우회한 것 같아. 신고 양식 채워줘.",
    [(ACC, dotted), (PER, "김영훈")])

m1 = mob()
nb = m1.replace("-", NBSP)
z = between(nb, ZWNJ)
add("mixed", OB, f"CRM import 실패 row: name='명하은', phone='{z}'. Validator says non-digit characters found. 어떤 문자가 섞였는지 찾아줘.",
    [(PER, "명하은"), (PH, z)])

p1 = pp_new()
hx1 = hx(p1)
add("mixed", OB, f"QR 코드 디코딩 결과가 hex로 나왔어: {hx1} — 출국 심사 테스트 중 실제 여권(소유자 정해윤 주무관)으로 만든 거래. Is this a problem for the pilot?",
    [(PASS, hx1), (PER, "정해윤")])

ip1 = pub_ip()
oct_ = ip1.replace(".", "(dot)")
add("mixed", OB, f"Threat intel 공유 메일에 C2 주소를 {oct_} 형태로 적었어. 우리 SIEM에 넣으려면 어떻게 복원해? 공유자: KISA 담당 여민지 선임.",
    [(IP, oct_), (PER, "여민지")])

c1 = cr("110111")
sup = mapd(c1, SUPER)
add("mixed", OB, f"Contract PDF의 각주에 법인등록번호가 위첨자로 {sup} 이렇게 들어가 있어 (주식회사 세운테크). 텍스트 추출 시 일반 숫자로 바꾸는 Python 코드 알려줘.",
    [(CRN, sup)])

# ---------------------------------------------------------------- mixed hard negatives
add("mixed", N, "API 문서 예시 값 검토: request body { \"name\": \"홍길동\", \"rrn\": \"000000-0000000\", \"email\": \"user@example.com\", \"ip\": \"203.0.113.7\" }. "
    "These are documentation placeholders — 실제 값처럼 보이지 않게 바꿀 필요 있어?",
    [])

add("mixed", N, "Release note 번역: 'dlp-agent 2.8.0 → 2.9.1, kernel module 5.15.0-122-generic, Windows build 10.0.26100.2314. 개인정보 패턴 DB 2024.11.25.01 적용.'",
    [])

add("mixed", N, "통관 서류 용어 설명해줘 in English: 수입신고번호 43127-24-112983M, B/L No. HDMU4471823, Container TGHU8841207, HS Code 3004.90-9000, "
    "Invoice No. INV-2024-0917. 모두 회사 문서 번호야.",
    [])

add("mixed", N, "Summarise 이 기사 in English: '손흥민 선수가 토트넘 홋스퍼에서 통산 170골을 기록했다. 한편 봉준호 감독의 신작은 2025년 개봉 예정이다.'",
    [])

add("mixed", N, "법령 인용 영문 번역: 개인정보 보호법 제23조(민감정보의 처리 제한), 제24조의2(주민등록번호 처리의 제한), 시행령 제18조. → 'Article 23 of the PIPA ...' 형식으로.",
    [])

add("mixed", N, "Jira 티켓 정리해줘: DLP-4821 '주민번호 오탐 (order no. 900101-1234567 형식 주문번호)', DLP-4830 'ISBN 9791162245101 flagged as card', "
    "담당 @jhpark, @mkim. Sprint 2024-W48.",
    [])

add("mixed", N, "테헤란로 / Gangnam-daero 일대 교통 통제 안내문 영어로: 'Due to the marathon on Sunday, Teheran-ro and Gangnam-daero will be closed 07:00-12:00. 문의 120 Dasan Call Center.'",
    [])

add("mixed", N, "Masked export 확인: customer_name='박**', phone='010-****-3321', card='****-****-****-7710', email='p***@gmail.com', ip='211.234.*.*'. Is this masking enough for the vendor?",
    [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "twelfth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_twelfth.jsonl"), build())


if __name__ == "__main__":
    main()
