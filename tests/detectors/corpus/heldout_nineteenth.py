# ruff: noqa: E501
"""Nineteenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; of heldout_eighteenth.py lines
1-465 (its module docstring, whose labelling conventions this file applies unchanged, its imports, constants, seed,
add(), value makers and disguise helpers; nothing of its cases) and lines 3780-3848 (build(), self_check(), main()).
One further line of heldout_eighteenth.py, line 466, was shown once by mistake by a `sed -n 460,466p` (a single
assignment of value-maker calls for its first case: no case text, no label); nothing past it was read. Other looks:
`wc -l` of the files above, an `ls` of tests/detectors/corpus/ (file names only, once piped to `grep -c` for this
file's name), `ls .venv/bin/python`, this file's own .jsonl output (read back to review its spans), and ruff and mypy
on this file (mypy also reports spans.py's own pre-existing error at line 70; this file adds none). No git log,
git status or git diff was read. The engine and the evaluation script were neither read nor run against these cases;
nothing here was tuned to the engine. The value makers and the disguises mapd/sino/b64/js/seg/lines/fullwidth/pct/
between/hexa/dash_like/spaced_digits are copied from the eighteenth unchanged; ip6, plain_luhn, isin_kr, imo_no, orcid,
upc_a and the disguises below them are new. Values are made up with a fresh seed (19_2026_1124_5813); resident,
alien, business and corporate numbers and card numbers carry real check digits (check_digits.py), cards in Visa 4,
Mastercard 51-55, a 15-digit 4-6-5 layout and a domestic 9410 prefix; among the hard negatives the ISIN, ORCID, UPC-A
and IMO numbers carry their check digits, the IMEI and ICCID values pass the Luhn check (they are device numbers, not
cards), the 15-digit animal registration number fails it, and the business-number-shaped order number fails the
business-number checksum. Post-October-2020 resident numbers (random last digit failing the old checksum) appear only
for children born since then (전입 세대원 2021년생, 청약 특별공급 자녀 2022·2024년생, 예방접종 대상 2022-2024년생).

New domains (none in the eighteenth's list): 통일부 남북교류협력 (북한주민 접촉 신고, 이산가족 상봉 신청서와 상담
STT, 방북 승인 명단, 시행령 개정), 북한이탈주민 정착지원 (신변보호 인수인계, 정착지원금 계좌), 경찰 교통사고
사실확인원·교통조사 (OCR 신청서, 조사계 단톡, 범칙금 안내, 외국인 승객 영문 메일, 블랙박스 제보), 검찰 송치·범죄피해자
지원 (송치결정서, 구조금, 사건번호 체계, 국선변호 통역, 고소인 문자), 관세청 통관 (직구 통관보류, 영문 관세사 메일,
수입신고필증 OCR), 지자체 청년수당 (지급 대상 엑셀, 체크카드 카톡, 모집 공고), 국립대병원 외래 (진료의뢰서 OCR, 예약센터
STT, EMR HL7 스크립트, 수납 FAQ, 국제진료 영문 메일, 의무기록 사본), 증권사 고객센터 (비대면 개설 로그, 상속 이전,
체결 내역, 외국인 투자자 영문, KYC 디버그 로그), 카드사 분실·부정사용 (분실 STT, 이의제기, 승인 문자, FDS INSERT,
영문 분실 콜), 물류센터 인력 (일용직 명부, Slack 외국인 인력, WMS 로그), 반도체 협력사 (클린룸 출입, 게이트 로그,
장비 이벤트, 영문 협력사 온보딩, 방화벽 로그), 한국연구재단 과제 (참여연구원 변경, 연구비카드, ORCID 입력 오류, 영문
초청장), 보험사 실손 청구·손해사정·콜센터, 법원 가족관계등록 (개명허가, 판결문 공개본, 영문 아포스티유), 주민센터
(전입 세대원, 인감 위임장, 전자민원), 중고차 명의이전 (서류, 영문 VIN·리콜, 딜러 카톡), 노인장기요양, 출입국·외국인
고용허가 (체류연장, 영문 근로자 메일, 체류자격 표), 혈액원, 소방 (구급활동일지, 소방안전관리자 선임, 화재 통계), 한전
복지할인·도시가스, 철도 승차권, 항공 수하물 지연 (영문 PIR, 배송 카톡, 수하물 전문), 대학 국제처 (기숙사 명단, 영문
장학 계좌, 게시판), 주택청약 특별공급, 정수기 렌탈, 저축은행 채권추심, 보건소 (예방접종, 외국인 결핵 검진), 농업인
공익직불금, 국가기술자격 시험, 반려동물 등록, 복권 당첨금, 지방세 (재산세 이의신청, 고지서 번호, 환급 신청), 행정심판,
쇼핑몰 개인정보 유출 (대상자 조회 API, 영문 침해 타임라인, 기자 연락), 해외 주재원 파견 (L-1 서류, 영문 이전 업체),
유소년 축구 아카데미, 데이터센터 출입 (영문 방문 티켓, 스위치 설정, 위협 인텔), 법무사 사무소 (임원 변경 등기, 비용
청구, 외국인투자 법인, 등기부 OCR), 조달청 나라장터 (입찰 참가 업체, XML 연계, 공고, 페이지 소스), 신용보증기금 보증,
국민건강보험공단 (피부양자, 지역보험료 STT, 외국인 가입자, 보험료율), 운전면허시험장 (적성검사 문자 CSV,
국제운전면허, 영문 외국면허 전환, 시험 안내), 구청 여권민원실 (분실신고, 영문성명 변경, 영문 대사관 핫라인), 시내
면세점, 화물운송 지입, 온라인 강의 플랫폼 (영문 export, nginx 로그, 리다이렉트 URL), 모바일 앱 크래시 로그, 사내 인프라
(Helm values), 영문 B2B CRM export, 영문 신원조회, 감사팀 익명 제보, CCTV 열람·공공 와이파이, 어학시험 성적표,
공공기관 블라인드 채용, 택시 호출 플랫폼 기사 등록 (심사 메모, 온보딩 API, 분실물 게시글), 대형마트 멤버십,
보험설계사 위촉, 통계청 가계동향조사, 사내 동호회, 하도급 대금 신고, 주주명부, 산업단지 공장등록, 공무원 출장 여비,
온누리상품권 가맹, 스마트팜 청년농, 산불 재난지원금, 건강검진센터, 치매안심센터, 국민행복카드 바우처, 장애인
활동지원, 착오송금 반환, 공연 예매, 대형폐기물, 출판사 인세, 방송 출연료, 공공 체육시설 대관, 가족센터 결혼이민자,
유학생 시간제취업, 가상자산 거래소, 투자 리딩방 사기 제보, 무인민원발급기 콜백, SI 테스트 fixture, 엑셀 VBA 급여 메일,
레거시 CRM 이관, 텔레그램 봇 webhook, 의료관광 유치, 전자여행허가 초청장, MCN 크리에이터 정산, 다국적 회사 Slack,
국제 행사 통역 봉사, Jira 결제 티켓, 영문 앱 환불, 영문 출장 비자 명단, 영문 GraphQL 주문 응답, 영문 피싱 메일 헤더,
영문 국제학교 입학; hard negatives also from 상권 분석, 초등 독서 교육, 특허 현황, 부동산 번호, 휴대폰 AS, 마스킹 점검,
태풍 공지, 문자 템플릿, 음원 유통 메타데이터, 정규식 테스트, 선박 스케줄, 네트워크 위키, and English vendor lists,
parcel tracking, release notes, legal bases, container/VGM, news digests, mail-merge templates, event identifiers and
bank routing fields. Formats: CSV, TSV, markdown tables, SQL INSERT, JSON API bodies and responses, XML, YAML (Helm
values), TypeScript and Python code, VBA, Android logcat and stack traces, nginx access logs, gateway, firewall,
door-gate and application logs, switch configuration, raw mail headers, a GraphQL response, a Telegram webhook, Slack
DMs and threads, KakaoTalk group chats and open chats, SMS, STT call transcripts, OCR'd forms (spaced labels,
fullwidth), HWP copies, e-mails, consultation and meeting notes, a Jira ticket, HTML page source, baggage telex lines,
semiconductor tool event lines.

Labelling decisions: the eighteenth set's rules (its docstring, which carried the seventeenth's and sixteenth's)
apply unchanged: PERSON is the name only, every mention (surname-only and given-name-only mentions included), not
names inside e-mail local parts, handles or placeholders, masked names or public/historical figures; a rank or title
before a name stays outside the span; LOCATION runs from the first administrative unit through the building number
plus directly following unit detail, English-order addresses from the unit/street number through the postcode without
the country; representative and short service numbers are not PHONE_NUMBER; masked values, CIDR blocks,
loopback/unspecified and documentation IPs are not labelled, private host IPs are; foreign passport numbers are never
labelled; a driver's licence written with the region name is one span including it; obfuscated values are one span
from the first to the last character of the disguised value, encoded values are labelled with the entity they encode
on the encoded token; placeholders are never labelled; a surname and given name in separate fields are two PERSON
spans; a Korean name and its romanisation are two spans; a Hanzi name is PERSON as written; every e-mail address is
EMAIL_ADDRESS, role addresses included; a team's or office's direct line is PHONE_NUMBER; an account held by a company
or an institution is BANK_ACCOUNT; foreign numbers with their country code are PHONE_NUMBER with the "+" inside; a
facility name after the building number ends the LOCATION span; split values are one span from the first to the last
character. Added or made explicit for this set:
- Securities account numbers (증권계좌) and loan account numbers (대출계좌) are BANK_ACCOUNT.
- A 고유번호 of a non-profit club (same layout and check digit as a business registration number) is KR_BRN.
- 080 toll-free customer lines and 120 (the Seoul call centre) are representative numbers, not PHONE_NUMBER.
- A building or complex name after the building number ends the LOCATION span; where a case gives one it follows the
  unit detail in parentheses and stays outside. A LOCATION may start at the city when the province is left out, and a
  second parcel given only as 리 and 지번 after a full address is its own LOCATION span.
- An English-order address spread over adjacent CSV columns (street, city, state, zip) is one LOCATION span from the
  street number to the postcode, the commas included.
- A real name used as a chat speaker label is PERSON; role-only speaker labels ([센터장], [주민], [상담봇], [수하물센터])
  and nicknames or channel names are not.
- Never labelled (hard negatives or unlabelled fields, beyond the eighteenth's list): 개인통관고유부호, 화물관리번호,
  B/L and MRN numbers, 연구자번호, ORCID iDs, 의사 면허번호, 택시·화물운송 자격번호, 수험번호, 혈액번호 and
  헌혈증서 번호, 한전 고객번호, 장기요양 인정번호, 동물등록번호, IMEI and ICCID, 차대번호 (VIN), 특허·상표 출원번호,
  등기부 고유번호, 건축물대장 번호, PNU, 면세 교환권 번호, 포인트카드 번호, 렌탈 계약번호, 예매번호, 승차권 번호, bag
  tags, e-ticket numbers and PNRs, ISIN and stock codes, container and seal numbers, AWS account ids, UUIDs and trace
  ids, MAC addresses, SNMP OIDs, subnet and wildcard masks, Windows build numbers, typhoon names (장미, 미리내, 개미,
  나리), characters of classic tales (심청, 흥부, 놀부, 콩쥐, 팥쥐, 춘향, 홍길동 as a character), public figures in a
  news digest, company and brand names built on people's names (박승철헤어스투디오, 원할머니보쌈, 김가네김밥, 김·장
  법률사무소, Johnson & Johnson, Morgan Stanley, Ben & Jerry's, Dr. Martens, Marks & Spencer, Tim Hortons,
  Hewlett-Packard, Wendy's), template variables (#{고객명}, {{ first_name }}) and the sample contact John Doe / Jane Doe,
  123 Main St, Anytown.
- Wrapped and split disguises: a value written one character per <span> element is one span from its first to its last
  payload character (the outer tags stay outside); an Ascii85 token is labelled inside its <~ ~> delimiters; a phone
  number split across markdown table cells is one span from its first to its last digit, the pipes included; a
  resident number sent in two text messages is one span from its first to its last digit, the second message's header
  included.
- Read-out and re-encoded digits are labelled on the whole read-out: native Korean counting words, English number
  words and the NATO alphabet (the comma or space separators inside); an IPv4 address written as one 32-bit integer or
  defanged with [.] is IP_ADDRESS on that token; a value with a note saying how it was disguised (digits reversed,
  each digit raised by one) is labelled on the disguised token, the note outside.

Obfuscation kinds used (40 cases). Common ones a staff member would try (20): fullwidth card number (OCR), fullwidth
e-mail (HWP), soft hyphens in a resident number, zero-width spaces in a phone, figure-dash account number, minus-sign
alien number, phone digits separated by spaces, card groups on separate lines, resident number digits separated by
dots, Sino-Korean Hangul digits in an STT phone, Hangul-read account number with 다시, base64 phone in JSON,
percent-encoded e-mail (every byte) in a URL, hex-encoded resident number, spaced name syllables, name syllables
separated by dots, [at]/[dot] e-mail, 골뱅이/닷 e-mail, passport characters separated by spaces, phone groups separated
by slashes. Kinds not in the eighteenth's list (20): circled-digit phone, superscript-digit driver's licence,
native-Korean counting-word phone (STT), English number-word card (STT), NATO-alphabet passport (STT), ROT13 e-mail,
dubeolsik keystrokes of a Hangul name (IME left in English mode), reversed account number with a note, HTML hexadecimal
character-reference business number, Ascii85 resident number, digit-shift (+1) alien number with a note,
Arabic-Indic-digit health insurance number, resident number split across two text messages, compatibility-jamo-spelled
name, small-form at sign (U+FE6B) e-mail, IPv4 as a 32-bit integer, defanged IPv4, per-character <span> account
number, OCR letter-for-digit corporate number, phone number split across markdown table cells."""

from __future__ import annotations

import base64
import codecs
import json
import random
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, luhn_ok, rrn, rrn_check, rrn_new
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

random.seed(19_2026_1124_5813)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the eighteenth set)
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


# ---------------------------------------------------------------- value makers new for this set
def ip6() -> str:
    """A global-unicast IPv6 host address under a Korean ISP-style prefix, sometimes zero-compressed."""
    head = random.choice(["2001:2d8", "2001:e60", "2406:5900", "2001:4430", "2407:b800"])
    groups = [f"{random.randint(1, 0xFFFF):x}" for _ in range(6)]
    if random.random() < 0.5:
        return f"{head}:{groups[0]}:{groups[1]}::{groups[4]}:{groups[5]}"
    return f"{head}:" + ":".join(groups)


def plain_luhn(n: int, prefix: str) -> str:
    """A digit string of length n starting with `prefix` that passes the Luhn check (IMEI, ICCID: not cards)."""
    body = prefix + dg(n - 1 - len(prefix))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def isin_kr(code6: str) -> str:
    """ISIN KR7 + six-digit stock code + 00 + the ISIN check digit (letters to numbers, then Luhn)."""
    body = f"KR7{code6}00"
    conv = "".join(str(int(c, 36)) for c in body)
    for c in "0123456789":
        if luhn_ok(conv + c):
            return body + c
    raise AssertionError(body)


def imo_no(six: str) -> str:
    """IMO ship number: six digits weighted 7..2, the last digit of the sum."""
    c = sum(int(x) * w for x, w in zip(six, range(7, 1, -1), strict=True)) % 10
    return f"IMO {six}{c}"


def orcid(first15: str) -> str:
    """ORCID iD with its ISO 7064 11,2 check character."""
    total = 0
    for ch in first15:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    x = first15 + ("X" if r == 10 else str(r))
    return "-".join(x[i : i + 4] for i in range(0, 16, 4))


def upc_a(first11: str) -> str:
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(first11))
    return first11 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- disguises (copied from the eighteenth set)
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
SHY = "\u00ad"
FIGURE_DASH = "\u2012"
NATIVE = dict(zip("0123456789", ["영", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"], strict=True))
EN_WORDS = dict(
    zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True)
)
NATO = {
    "A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
    "H": "Hotel", "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November",
    "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform",
    "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee", "Z": "Zulu",
}  # fmt: skip
SUPERSCRIPT = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
ARABIC_INDIC = dict(zip("0123456789", "٠١٢٣٤٥٦٧٨٩", strict=True))
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]  # fmt: skip
KEYS_CHO = ["r", "R", "s", "e", "E", "f", "a", "q", "Q", "t", "T", "d", "w", "W", "c", "z", "x", "v", "g"]
KEYS_JUNG = ["k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho", "hl", "y", "n", "nj", "np", "nl", "b", "m", "ml", "l"]  # fmt: skip
KEYS_JONG = ["", "r", "R", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq", "ft", "fx", "fv", "fg", "a", "q", "qt", "t", "T", "d", "w", "c", "z", "x", "v", "g"]  # fmt: skip


def _syllables(s: str) -> list[tuple[int, int, int]]:
    out = []
    for ch in s:
        k = ord(ch) - 0xAC00
        assert 0 <= k < 11172, ch
        out.append((k // 588, (k % 588) // 28, k % 28))
    return out


def circled(s: str) -> str:
    """Digits as circled digits (⓪ ① ② ...), other characters kept."""
    return "".join(("\u24ea" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in s)


def superscript(s: str) -> str:
    return mapd(s, SUPERSCRIPT)


def native_ko(s: str) -> str:
    """Each digit read as a native Korean counting word (하나, 둘, 셋 ...; 영 for 0), groups kept apart by spaces."""
    return "  ".join(" ".join(NATIVE[c] for c in part) for part in s.split("-"))


def en_words(s: str) -> str:
    """Each digit as an English word, the groups separated by commas, as an STT engine writes a read-out number."""
    return ", ".join(" ".join(EN_WORDS[c] for c in part) for part in s.split("-"))


def nato(s: str) -> str:
    """A passport number spelt out on the phone: letters in the NATO alphabet, digits as English words."""
    return " ".join(NATO[c] if c.isalpha() else EN_WORDS[c] for c in s)


def rot13(s: str) -> str:
    out = codecs.encode(s, "rot13")
    assert out != s
    return out


def dubeolsik(s: str) -> str:
    """A Hangul name as the keys pressed on a 2-set (dubeolsik) keyboard with the IME left in English mode."""
    return "".join(KEYS_CHO[a] + KEYS_JUNG[b] + KEYS_JONG[c] for a, b, c in _syllables(s))


def jamo_spell(s: str) -> str:
    """A Hangul name spelt out letter by letter in compatibility jamo (ㄱㅣㅁ...)."""
    return "".join(CHO[a] + JUNG[b] + JONG[c] for a, b, c in _syllables(s))


def rev(s: str) -> str:
    return s[::-1]


def html_hex_digits(s: str) -> str:
    """Every digit as an HTML hexadecimal character reference (&#x34;), separators kept."""
    return "".join(f"&#x{ord(c):x};" if c.isdigit() else c for c in s)


def a85(s: str) -> str:
    return base64.a85encode(s.encode()).decode()


def shift1(s: str) -> str:
    """Every digit raised by one (9 wraps to 0), a home-made 'cipher' explained in the message."""
    return "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in s)


def arabic_indic(s: str) -> str:
    return mapd(s, ARABIC_INDIC)


def small_at(s: str) -> str:
    """'@' swapped for SMALL COMMERCIAL AT (U+FE6B), a look-alike."""
    return s.replace("@", "\ufe6b")


def ip_int(ip: str) -> str:
    a, b, c, d = (int(o) for o in ip.split("."))
    return str((a << 24) | (b << 16) | (c << 8) | d)


def defang(ip: str) -> str:
    return ip.replace(".", "[.]")


def span_tags(s: str) -> str:
    """Each character in its own <span>, as an anti-scraping web page renders a number; copied as HTML source."""
    return "".join(f"<span>{c}</span>" for c in s)


def ocr_letters(s: str) -> str:
    """OCR letter-for-digit confusions: 0 read as O, 1 as l, 5 as S, 8 as B."""
    out = mapd(s, {"0": "O", "1": "l", "5": "S", "8": "B"})
    assert out != s
    return out


def inner(s: str, head: str, tail: str) -> str:
    """The part of a wrapped value from its first to its last payload character (wrappers at the ends left out)."""
    assert s.startswith(head) and s.endswith(tail)
    return s[len(head) : len(s) - len(tail)]


# ================================================================ 통일부 남북교류협력 (북한주민 접촉 신고, 이산가족 상봉, 방북 승인)
r, p, m = rr("780415", 1), mob(), "tk.yeom78@naver.com"
add(
    "ko",
    P,
    f"""남북교류협력시스템으로 들어온 북한주민 접촉 신고 건입니다. 누락 항목 있는지 체크하고 보완 요청 문구 써줘요.

[신고인]
성명: 염태경
주민등록번호: {r}
주소: 경기도 고양시 일산동구 중앙로 1275번길 38, 802동 1504호
휴대전화: {p}
전자우편: {m}
소속: (사)한겨레평화나눔 사무국장
[접촉 예정 상대방] 민족경제협력연합회 관계자 (성명 미상)
[접촉 방법] 제3국(중국 단둥) 대면
[접촉 목적] 밀가루 지원 물자 인도 일정 협의""",
    [(PER, "염태경"), (RRN, r), (LOC, "경기도 고양시 일산동구 중앙로 1275번길 38, 802동 1504호"), (PH, p), (MAIL, m)],
)

r, t, p = rr("380927", 1), land("033"), mob()
add(
    "ko",
    P,
    f"""이산가족 상봉 신청서(한글 파일) 내용 붙여요. 적십자 양식 영문 번역본 필요해서 번역 부탁합니다. 이름은 로마자로 바꿔주세요.

1. 신청인: 봉만석 (1938년 9월생, 남)
   주민등록번호 {r}
   주소 강원특별자치도 속초시 청호동 1047-12
   자택 전화 {t} / 자녀(봉지현) 휴대폰 {p}
2. 북측 가족
   - 누나 봉순례 (1934년생 추정), 출생지 함경남도 북청군
   - 남동생 봉만길 (1942년생 추정)
3. 헤어진 경위: 1950년 12월 흥남 철수 때 부친과 단둘이 남하""",
    [
        (PER, "봉만석"),
        (RRN, r),
        (LOC, "강원특별자치도 속초시 청호동 1047-12"),
        (PH, t),
        (PER, "봉지현"),
        (PH, p),
        (PER, "봉순례"),
        (PER, "봉만길"),
    ],
)

pa, pb, pc = pp("M"), pp_new("M"), pp_new("M")
pa1, pb1, pc1 = mob(), mob(), mob()
add(
    "mixed",
    P,
    f"""방북 승인 신청 대상자 명단 CSV인데 markdown 표로 바꾸고 passport expiry 컬럼 추가할 자리만 비워줘.

name_kr,name_en,passport_no,birth,org,mobile
하태윤,HA TAEYUN,{pa},1981-03-02,한겨레평화나눔,{pa1}
설지호,SEOL JIHO,{pb},1990-11-19,한겨레평화나눔,{pb1}
Marguerite Okonkwo,,{pc},1976-06-30,World Relief Partners (Korean national),{pc1}""",
    [
        (PER, "하태윤"),
        (PER, "HA TAEYUN"),
        (PASS, pa),
        (PH, pa1),
        (PER, "설지호"),
        (PER, "SEOL JIHO"),
        (PASS, pb),
        (PH, pb1),
        (PER, "Marguerite Okonkwo"),
        (PASS, pc),
        (PH, pc1),
    ],
)

add(
    "ko",
    N,
    """남북교류협력에 관한 법률 시행령 일부개정령(대통령령 제35812호) 주요 내용 3줄 요약해줘.
- 제9조의2(북한주민 접촉신고): 사후신고 기한 7일 → 10일
- 제16조(반출·반입 승인): 승인 유효기간 1년, 1회 연장 가능
- 부칙: 2025. 12. 1. 시행, 관련 고시 제2025-7호 동시 개정
문의는 남북교류협력지원협회 대표번호 1577-2088, 통일부 교류협력과 문서번호 교류협력과-4471 참고.""",
    [],
)

p = mob()
add(
    "ko",
    OB,
    f"""[이산가족 찾기 상담 STT 자동변환]
상담원: 연락 가능한 번호 불러주시겠어요?
신청인: 아 예 내 핸드폰이 {native_ko(p)} 이거요
상담원: 네 확인했습니다. 북측 가족 성함은요?
→ 위 통화 요약해서 상담일지 한 줄로.""",
    [(PH, native_ko(p))],
)

# ================================================================ 북한이탈주민 정착지원 (신변보호, 정착지원금)
r, p1, p2 = rr("950208", 2), mob(), land("031")
add(
    "ko",
    P,
    f"""신변보호 담당관 인수인계 메모 정리 좀. 표로.

대상: 추예린 (95년생, 2019년 하나원 수료)
주민번호 {r}
거주지: 경기도 안성시 공도읍 서동대로 3871-5, 107동 903호 (LH 임대)
본인 연락처 {p1}
지역 하나센터 담당 {p2}
특이사항: 중국 체류 중 출생 자녀 1명 동반, 최근 취업(요양보호사) — 추 씨 본인 요청으로 월 1회 방문으로 조정""",
    [
        (PER, "추예린"),
        (RRN, r),
        (LOC, "경기도 안성시 공도읍 서동대로 3871-5, 107동 903호"),
        (PH, p1),
        (PH, p2),
        (PER, "추"),
    ],
)

a, p = acct("농협"), mob()
add(
    "mixed",
    P,
    f"""Please translate this into plain Korean for the settlement-support team.

Hi, this is Kang Ryeo-won (강려원). My settlement grant should go to my new NH account {a} from next month, the old Shinhan one is closed.
Call me at {p} if anything is missing. Thank you!""",
    [(PER, "Kang Ryeo-won"), (PER, "강려원"), (ACC, a), (PH, p)],
)

# ================================================================ 경찰 교통사고 사실확인원·교통민원
r, d, p = rr("870721", 1), dl("경기", named=True), mob()
add(
    "ko",
    P,
    f"""교통사고 사실확인원 발급 신청서 스캔(OCR)인데 글자 깨진 거 바로잡아서 정리해줘.

교 통 사 고  사 실 확 인 원  발 급 신 청 서
신 청 인 성 명 : 방현우          주 민 등 록 번 호 : {r}
주    소 : 경기도 화성시 동탄대로 636-3, 1203동 2204호
운전면허번호 : {d}
연 락 처 : {p}
사 고 일 시 : 2025. 10. 14. 18:40경
사 고 장 소 : 동탄순환대로 반송사거리 부근
차 량 번 호 : 38무 4172
용    도 : 보험 청구""",
    [
        (PER, "방현우"),
        (RRN, r),
        (LOC, "경기도 화성시 동탄대로 636-3, 1203동 2204호"),
        (DLIC, d),
        (PH, p),
    ],
)

p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""교통조사계 단톡 내용인데 조사 일정만 뽑아서 달력용으로 정리해.

[오후 2:11] 경사 용다은: 반송사거리 건 상대 운전자 모영훈 씨 연락처 {p1} 맞고요, 내일 10시 출석 가능하답니다
[오후 2:13] 경위 석진영: ㅇㅋ 피해자 쪽은?
[오후 2:15] 경사 용다은: 피해자 어머님 번호 {p2} 로 연락드렸는데 목요일 오후 희망하세요
[오후 2:16] 경위 석진영: 모영훈 조사는 내가 들어갈게""",
    [
        (PER, "용다은"),
        (PER, "모영훈"),
        (PH, p1),
        (PER, "석진영"),
        (PER, "용다은"),
        (PH, p2),
        (PER, "석진영"),
        (PER, "모영훈"),
    ],
)

add(
    "ko",
    N,
    """범칙금 안내문 초안 다듬어줘 (말투 부드럽게).
「도로교통법」 제27조 제1항(보행자 보호의무) 위반, 범칙금 60,000원 · 벌점 10점.
고지서 번호 2025-교-0091827, 단속일시 2025.11.02 08:17:44, 단속장비 번호 GN-CAM-0417,
단속 지점 좌표 37.20114, 127.07392 (동탄 반송초 앞 어린이보호구역).
납부 기한 내 미납 시 과태료 70,000원으로 전환되며 문의는 경찰민원콜센터 182.""",
    [],
)

p, m = fmt("+1 (503) MNN-NNNN"), "olsen.brit@outlook.com"
add(
    "en",
    P,
    f"""Could you draft a polite reply to this? I'm at the traffic investigation desk.

Dear officer,
My name is Britta Olsen, I was the passenger in the taxi that was hit on Nov 3 near Itaewon station. I need the accident confirmation for my travel insurance.
I'm staying at 27 Sinheung-ro 20-gil, Yongsan-gu, Seoul 04337 until the 20th. My US cell is {p} and email {m}.
My passport is American so please tell me whether a copy is enough.
Best, Britta""",
    [
        (PER, "Britta Olsen"),
        (LOC, "27 Sinheung-ro 20-gil, Yongsan-gu, Seoul 04337"),
        (PH, p),
        (MAIL, m),
        (PER, "Britta"),
    ],
)

p = mob()
add(
    "ko",
    OB,
    f"""블랙박스 영상 제보 게시글인데 제보자 회신용 안내 문자 초안 만들어줘.
"반송사거리 사고 장면 찍힌 거 있어요. 용량 커서 카톡으로 보낼게요 {spaced_digits(p)} 로 연락 주세요~ 사례는 필요 없습니다"
""",
    [(PH, spaced_digits(p))],
)


# ================================================================ 검찰 송치·범죄피해자 지원
r, p = rr("011130", 3), mob()
add(
    "ko",
    P,
    f"""송치결정서 초안 중 인적사항 부분인데 문장 어색한 데 고쳐주세요. 내용은 바꾸지 말고.

피 의 자  : 변지아 (辺智雅)
주민등록번호 : {r}
직    업 : 무직 (전 배달대행 라이더)
주    거 : 인천광역시 미추홀구 인하로 105번길 22-4, 2층
등록기준지 : 전라북도 군산시 나운동 821-3
피 해 자  : 탁보람 (연락처 {p})
사건번호 : 인천미추홀경찰서 2025-004417
죄    명 : 사기(전기통신금융사기 관련 계좌 양도)""",
    [
        (PER, "변지아"),
        (PER, "辺智雅"),
        (RRN, r),
        (LOC, "인천광역시 미추홀구 인하로 105번길 22-4, 2층"),
        (LOC, "전라북도 군산시 나운동 821-3"),
        (PER, "탁보람"),
        (PH, p),
    ],
)

r, a, p = rr("690514", 2), acct("우리"), mob()
add(
    "ko",
    P,
    f"""범죄피해자 구조금 신청서 검토 의견 써야 돼. 아래 기재사항 보고 빠진 서류 있으면 알려줘.
- 신청인: 엄태오 (피해자 故 엄수빈의 모)
- 주민등록번호: {r}
- 주소: 대전광역시 서구 계룡로 491번길 86, 가동 301호
- 휴대폰: {p}
- 구조금 수령 계좌: 우리은행 {a} (예금주 엄태오)
- 첨부: 사망진단서, 가족관계증명서 / 미첨부: 수사결과 통지서""",
    [
        (PER, "엄태오"),
        (PER, "엄수빈"),
        (RRN, r),
        (LOC, "대전광역시 서구 계룡로 491번길 86, 가동 301호"),
        (PH, p),
        (ACC, a),
        (PER, "엄태오"),
    ],
)

add(
    "ko",
    N,
    """검찰 사건번호 체계 설명 자료 만들고 있어. 아래 예시들이 각각 뭘 뜻하는지 표로 정리해줘.
2025형제48213 / 2025형제48213-1 / 2025고단3301 / 2025노1187 / 2025초기902 / 2025압제517
송치번호 2025-015522, 접수일 2025.09.30, 처리기한 2026.01.29
(형사소송법 제245조의5, 검찰사건사무규칙 제68조 참고)""",
    [],
)

x, p, m = ar("891102", 6), mob(), "interp.vi@hanmail.net"
add(
    "mixed",
    P,
    f"""피해자 국선변호사 선정 요청 공문 초안 부탁해요. 베트남어 통역 필요.

Victim: NGUYEN THI THU (응우옌 티 투), 여, 외국인등록번호 {x}
체류자격 F-6(결혼이민), 연락처 {p}
통역인: 하린 (베트남어, {m})
사건 개요: 배우자에 의한 상해, 2025.10.22 신고""",
    [(PER, "NGUYEN THI THU"), (PER, "응우옌 티 투"), (ARN, x), (PH, p), (PER, "하린"), (MAIL, m)],
)

r = rr("930817", 1)
front, back = r.split("-")
txt = f"""고소인 팽지유 씨가 담당 수사관 업무폰으로 보낸 문자 두 통입니다. 피의자 특정에 쓸 수 있는 내용만 요약해주세요.
[수신 11:02] 그 사람 주민번호 앞자리 {front}
[수신 11:03] 뒤는 {back} 이에요. 중고나라에서 보낸 신분증 사진에 있던 거예요"""
add("ko", OB, txt, [(PER, "팽지유"), (RRN, seg(txt, front, back))])


# ================================================================ 관세청 세관 통관 (해외직구 통관 보류, 수입신고)
p, m = mob(), "haneul.y@kakao.com"
add(
    "ko",
    P,
    f"""해외직구 통관보류 민원 메일이에요. 답장 초안 써줘 (목록통관 배제 사유 설명 포함).

보낸사람: 염하늘 <{m}>
제목: 통관보류 문의드립니다
안녕하세요. 화물관리번호 25KE0MHJ1207001 건 통관보류 떴는데 이유를 모르겠어요.
개인통관고유부호 P240018823917 로 신청했고 수취인 주소는 부산광역시 해운대구 센텀중앙로 97, B동 1712호 입니다.
연락은 {p} 로 주세요.""",
    [(PER, "염하늘"), (MAIL, m), (LOC, "부산광역시 해운대구 센텀중앙로 97, B동 1712호"), (PH, p)],
)

b, p, m = bz(), fmt("+82 2-MNNN-NNNN"), "j.whitfield@crestline-components.com"
add(
    "en",
    P,
    f"""Summarise this broker e-mail in Korean for the customs clearance team, bullet points.

Hello,
We act for Hanbit Precision Co., Ltd. (business registration no. {b}) as the importer of record for HBL CRSL25110482.
Please direct the post-clearance audit questions to me, Jonathan Whitfield, at {m} or {p}.
Mr. Whitfield will be out Nov 28, in which case contact our Busan desk.
Regards""",
    [(MAIL, m), (BRN, b), (PER, "Jonathan Whitfield"), (PH, p), (PER, "Whitfield")],
)

add(
    "mixed",
    N,
    """수입신고필증 OCR 결과 필드별로 JSON으로 뽑아줘.
신고번호: 41361-25-0274615U   신고일: 2025/11/07   세관.과: 020-14
B/L(AWB)번호: KMTCSHA5518203   화물관리번호: 25KMTC0213A-0041
품명: PRINTED CIRCUIT ASSEMBLY   HS: 8473.30-1000   원산지: CN
순중량: 1,284.5 KG   과세가격(CIF): USD 48,210.00   관세 0%   부가세 10%
Incoterms: FOB Shenzhen, MRN 25KMTC0213A""",
    [],
)

m = "minhyeok.chae@gmail.com"
d = m.replace("@", " 골뱅이 ").replace(".", " 닷 ")
add(
    "ko",
    OB,
    f"""고객센터 게시판 글인데 개인정보 빼고 FAQ용으로 바꿔줘.
"채민혁입니다. 통관 진행상황 메일로 받고 싶어요 {d} 으로 보내주세요 (스팸 때문에 이렇게 씀)"
""",
    [(PER, "채민혁"), (MAIL, d)],
)

# ================================================================ 지자체 청년수당 (신청자 명단, 체크카드, 공고)
rows = []
lab: list[tuple[str, str]] = []
for name, birth, g, bank, addr in [
    ("국세빈", "000611", 4, "신한", "서울특별시 관악구 봉천로 4길 31, 302호"),
    ("길다인", "990203", 2, "카카오뱅크", "서울특별시 은평구 통일로 684, 1동 1107호"),
    ("어재원", "011019", 3, "토스뱅크", "서울특별시 중랑구 망우로 46길 12-7, 지하1층"),
    ("편은서", "980730", 2, "국민", "서울특별시 도봉구 방학로 221, 105동 403호"),
]:
    r, p, a = rr(birth, g), mob(), acct(bank)
    rows.append(f"{name}\t{r}\t{p}\t{bank}\t{a}\t{addr}")
    lab += [(PER, name), (RRN, r), (PH, p), (ACC, a), (LOC, addr)]
add(
    "ko",
    P,
    "청년수당 11월 지급 대상자 엑셀에서 복사했어요. 은행별로 묶어서 이체 파일 양식(은행/계좌/성명)으로 바꿔줘.\n\n성명\t주민등록번호\t휴대폰\t은행\t계좌번호\t주소\n"
    + "\n".join(rows),
    lab,
)

c, p = cc("4", sep=" "), mob()
add(
    "ko",
    P,
    f"""참여자 카톡 문의 + 제 답변 초안이에요. 답변 더 친절하게 다듬어줘요.

[참여자 소윤아] 청년수당 체크카드 잃어버렸는데 카드번호가 {c} 이거였어요. 재발급하면 남은 금액 그대로 있나요?? 번호는 {p}입니다
[담당자] 소윤아님, 분실신고 먼저 하시고 재발급 받으시면 잔액은 이월됩니다.""",
    [(PER, "소윤아"), (CARD, c), (PH, p), (PER, "소윤아")],
)

add(
    "ko",
    N,
    """청년수당 2026년 1차 모집 공고문 요약해줘.
- 대상: 공고일 기준 서울 거주 만 19~34세 미취업 청년 (중위소득 150% 이하)
- 지원: 월 50만원 × 최대 6개월, 청년수당 전용 체크카드로 지급
- 접수: 2026. 2. 3.(화) 10:00 ~ 2. 17.(화) 18:00, 청년몽땅정보통 온라인 접수
- 선정 발표: 2026. 3. 20. 예정 (공고번호 서울시 공고 제2026-214호)
- 문의: 다산콜센터 120 또는 1644-0120 (평일 09~18시)""",
    [],
)

a = acct("하나")
d = a.replace("-", FIGURE_DASH)
add(
    "ko",
    OB,
    f"""[문자 수신] 청년수당 담당자님 통장사본 스캔이 안돼서 계좌 문자로 보내요 하나은행 {d} 예금주 좌서율 입니다
→ 이거 지급계좌 변경 신청서 양식에 맞게 옮겨줘.""",
    [(ACC, d), (PER, "좌서율")],
)

# ================================================================ 국립대병원 외래 (진료의뢰서, 예약 변경, EMR, 국제진료)
r, h, t = rr("520309", 1), hid(), land("062")
add(
    "ko",
    P,
    f"""진료의뢰서 스캔본 OCR 텍스트인데 외래 접수용 요약 만들어줘.

진 료 의 뢰 서
환자 성명: 금하준   주민등록번호: {r}
건강보험증번호: {h}
상병명: 상세불명의 협심증 (I20.9)
의뢰 내용: 운동부하검사상 양성, 관상동맥 CT 및 심장내과 진료 의뢰드립니다.
의뢰 의사: 내과의원 원장 진보람 (면허번호 제81234호)
의료기관: 광주광역시 북구 설죽로 206, 2층   전화 {t}""",
    [
        (PER, "금하준"),
        (RRN, r),
        (HINS, h),
        (PER, "진보람"),
        (LOC, "광주광역시 북구 설죽로 206, 2층"),
        (PH, t),
    ],
)

p = mob()
add(
    "ko",
    P,
    f"""외래 예약센터 통화 녹취 STT예요. 예약 변경 내역만 정리해줘.
상담원: 네 전남대병원 예약센터입니다.
고객: 네 저 감태민인데요 다음주 화요일 신경과 예약을 목요일로 바꾸고 싶어서요
상담원: 감태민 님 본인 확인 위해 생년월일 부탁드립니다
고객: 칠십일년 사월 이일이요
상담원: 네 확인됐고요 변경 안내 문자는 {p} 번호로 가면 될까요
고객: 네 맞아요""",
    [(PER, "감태민"), (PER, "감태민"), (PH, p)],
)

r, p, h = rr("640101", 2, dash=False), mob(sep=""), hi()
code = f"""def to_hl7(p: dict) -> str:
    return "|".join([p["name"], p["rrn"], p["tel"], p["ins_no"]])

patient = {{"name": "육하린", "rrn": "{r}", "tel": "{p}", "ins_no": "{h}", "dept": "NR"}}
print(to_hl7(patient))"""
add(
    "mixed",
    P,
    f"""EMR 연동 스크립트에서 에러 나요. 왜 그런지 알려주고 고쳐줘.

```python
{code}
```
Traceback (most recent call last):
  File "hl7_bridge.py", line 5, in <module>
    print(to_hl7(patient))
  File "hl7_bridge.py", line 2, in to_hl7
    return "|".join([p["name"], p["rrn"], p["tel"], p["ins_no"]])
TypeError: sequence item 3: expected str instance, int found   (ins_no가 int로 들어오는 경우)""",
    [(PER, "육하린"), (RRN, r), (PH, p), (HINS, h)],
)

add(
    "ko",
    N,
    """외래 수납 문의 FAQ 다듬어줘.
Q. 영수증에 찍힌 코드가 뭔가요?
A. 상병코드(KCD-8) 예: J06.9, M54.5 / 수가코드 예: AA154, HA341 / 환자번호(등록번호)는 병원 내부 관리번호(예: 00382917)로 개인정보가 아닙니다.
영수증 번호 R-2025-1107-004821, 수납 창구 3번, 대표번호 1899-0000(ARS 2번)""",
    [],
)

c, p, m = cc("52"), fmt("+971 50 NNN NNNN"), "s.alhamadi@mailbox.ae"
add(
    "en",
    P,
    f"""Please turn this into a short checklist for the international clinic coordinator.

From: Saeed Al-Hamadi <{m}>
Re: deposit for my father's outpatient visit (cardiology, Dec 4)
I authorise the hospital to charge the deposit to my Mastercard {c}, exp 08/28.
My father's passport (UAE) will be presented at reception. I can be reached on WhatsApp {p}.
Thank you, Saeed""",
    [(PER, "Saeed Al-Hamadi"), (MAIL, m), (CARD, c), (PH, p), (PER, "Saeed")],
)

r = rr("770623", 2)
d = r[:3] + SHY + r[3:8] + SHY + r[8:]
add(
    "ko",
    OB,
    f"""의무기록 사본 발급 신청 메일 본문이에요. 신청 요건 충족하는지 봐줘.
"환자 본인 함도윤 (주민번호 {d}) 이고, 2023년 정형외과 수술기록 및 영상CD 요청드립니다. 우편 수령 희망"
""",
    [(PER, "함도윤"), (RRN, d)],
)


# ================================================================ 증권사 고객센터 (비대면 계좌개설, 상속 이전, 외국인 투자자)
r, p, ip, a, sa = rr("880912", 2, dash=False), mob(sep=""), pub_ip(), acct("케이뱅크"), fmt("NNN-NN-NNNNNN")
body = js(
    {
        "reqId": "ONB-20251118-77120",
        "step": "ID_VERIFY",
        "customer": {"name": "선우재희", "rrn": r, "mobile": p},
        "linkedBank": {"code": "089", "account": a},
        "newSecAccount": sa,
        "clientIp": ip,
        "result": "FAIL",
        "reason": "ACCOUNT_HOLDER_MISMATCH",
    }
)
add(
    "ko",
    P,
    f"""비대면 계좌개설 실패 로그예요. 실패 원인 설명하고 고객 안내 멘트 만들어줘.
{body}""",
    [(PER, "선우재희"), (RRN, r), (PH, p), (ACC, a), (ACC, sa), (IP, ip)],
)

r1, r2, r3, sa = rr("430205", 1), rr("700818", 1), rr("730326", 2), fmt("NNNNNNNN-NN")
add(
    "ko",
    P,
    f"""상속 주식 이전 상담 메모인데 다음 상담자가 보기 좋게 정리해줘.
- 피상속인: 故 남궁현 ({r1}), 2025.08.09 사망, 보유 계좌 {sa} (국내주식 3종목)
- 상속인: 장남 남궁도훈 ({r2}), 장녀 남궁서희 ({r3})
- 협의분할 예정, 남궁도훈 님이 대표상속인으로 방문 예정 (12/2 오후)
- 필요서류: 가족관계증명서(상세), 기본증명서, 상속재산분할협의서, 인감증명서""",
    [
        (PER, "남궁현"),
        (RRN, r1),
        (ACC, sa),
        (PER, "남궁도훈"),
        (RRN, r2),
        (PER, "남궁서희"),
        (RRN, r3),
        (PER, "남궁도훈"),
    ],
)

isin = isin_kr("005930")
add(
    "ko",
    N,
    f"""체결 내역 화면 복사한 건데 매매 손익 계산해줘.
종목: 005930 (ISIN {isin})  주문번호 0004182731  원주문번호 0004182010
2025-11-17 09:03:12 매수 120주 @ 71,300  체결번호 20251117-0231887
2025-11-21 14:48:55 매도 120주 @ 74,900  체결번호 20251121-1173402
수수료 0.015%, 거래세 0.15%, 계좌 ***-**-**1234 (마스킹)""",
    [],
)

x, p, m = ar("850311", 5), mob(), "dmitri.volkov.kr@gmail.com"
add(
    "en",
    P,
    f"""Translate into Korean for the back office. Keep the numbers as they are.

Hello, I opened a brokerage account last week but the investor registration is still pending.
Name: Dmitri Volkov
Korean alien registration number: {x}
Phone: {p}, e-mail {m}
Mr. Volkov's residence is 1402, 88 Songdogwahak-ro, Yeonsu-gu, Incheon 21984.""",
    [
        (PER, "Dmitri Volkov"),
        (ARN, x),
        (PH, p),
        (MAIL, m),
        (PER, "Volkov"),
        (LOC, "1402, 88 Songdogwahak-ro, Yeonsu-gu, Incheon 21984"),
    ],
)

r = rr("910428", 1)
h = hexa(r)
add(
    "mixed",
    OB,
    f"""API gateway debug 로그에서 이 필드 뭔지 모르겠어. 디코딩하면 뭐야?
2025-11-19T10:22:41.118+09:00 DEBUG [kyc-proxy] req.body.idv_payload={h} len={len(h)} partner=SEC-NH""",
    [(RRN, h)],
)

# ================================================================ 카드사 분실신고·부정사용 이의제기
c, p = cc("54", groups=(4, 4, 4, 4), sep=" "), mob()
add(
    "ko",
    P,
    f"""분실신고 콜 STT입니다. 상담이력 입력용으로 핵심만.
상담사: 카드 분실 신고 도와드리겠습니다. 성함이요?
고객: 맹지환이요.
상담사: 맹지환 고객님, 분실하신 카드번호 아시면 말씀해주세요.
고객: 앱에 보면 {c} 이거예요.
상담사: 재발급 카드는 등록된 주소 울산광역시 남구 삼산로 274, 1102동 806호 로 배송됩니다. 연락처 {p} 맞으시죠?
고객: 네.""",
    [
        (PER, "맹지환"),
        (PER, "맹지환"),
        (CARD, c),
        (LOC, "울산광역시 남구 삼산로 274, 1102동 806호"),
        (PH, p),
    ],
)

c, ip, m = cc("4"), pub_ip(), "ina.pyo@nate.com"
add(
    "ko",
    P,
    f"""부정사용 이의제기 메일인데 사고조사팀 전달용으로 요약해줘.

발신: 표나래 <{m}>
안녕하세요 11/15 새벽에 제 카드 {c} 로 해외 가맹점(STEAM, Valve Corp) 3건 결제됐어요. 저는 그 시간에 자고 있었고요.
앱 로그인 기록 보니까 접속 IP가 {ip} 로 나오는데 제 IP 아닙니다.
승인번호 30118827, 30118829, 30118830 / 합계 USD 389.97""",
    [(PER, "표나래"), (MAIL, m), (CARD, c), (IP, ip)],
)

add(
    "ko",
    N,
    """이 승인 문자들 보고 이번 달 카드값 합계 계산해줘.
[Web발신] 신한카드(1*2*)승인 표*래 45,000원 일시불 11/02 12:31 스타벅스 누적1,204,300원
[Web발신] 신한카드(1*2*)승인 표*래 12,900원 일시불 11/03 19:07 쿠팡이츠 누적1,217,200원
[Web발신] 신한카드(1*2*)취소 표*래 -12,900원 11/03 19:22 쿠팡이츠
승인번호 48110273 / 고객센터 1544-7000""",
    [],
)

c1, c2, p1, ip1, ip2 = cc("4"), cc("37", groups=(4, 6, 5)), mob(), pub_ip(), ip6()
add(
    "mixed",
    P,
    f"""fraud rule 테스트하려고 INSERT문 만들었는데 문법 오류 찾아줘.

INSERT INTO fds_suspect (cust_nm, card_no, mobile, login_ip, score) VALUES
  ('빈소율', '{c1}', '{p1}', '{ip1}', 87),
  ('Priya Raman', '{c2}', NULL, '{ip2}', 91)
  ('피승원', NULL, NULL, '203.0.113.77', 12);""",
    [(PER, "빈소율"), (CARD, c1), (PH, p1), (IP, ip1), (PER, "Priya Raman"), (CARD, c2), (IP, ip2), (PER, "피승원")],
)

c = cc("4")
d = c.replace("-", "\n")
add(
    "ko",
    OB,
    f"""고객이 채팅으로 카드번호를 이렇게 줄바꿈해서 보냈어요. 분실신고 접수 템플릿에 넣을 수 있게 정리해줘 (카드번호 칸은 비워두고).
고객: 카드번호요
{d}
고객: 이거 정지해주세요""",
    [(CARD, d)],
)

c = cc("4", sep="-")
w = en_words(c)
add(
    "en",
    OB,
    f"""Auto-transcript from the English-line lost-card call. Write the call summary.
Agent: Could you read me the card number, please?
Caller: Sure, it's {w}.
Agent: Thank you, Mr. Lindqvist. The card is now blocked.""",
    [(CARD, w), (PER, "Lindqvist")],
)

# ================================================================ 물류센터 인력 (일용직 출근, 셔틀, WMS)
rows = ["성명,주민번호,휴대폰,급여계좌"]
lab = []
for name, birth, g, bank in [
    ("석다온", "030915", 4, "농협"),
    ("황보미진", "850117", 2, "국민"),
    ("마준기", "991228", 1, "신협"),
]:
    r, p, a = rr(birth, g), mob(), acct(bank)
    rows.append(f"{name},{r},{p},{bank} {a}")
    lab += [(PER, name), (RRN, r), (PH, p), (ACC, a)]
add(
    "ko",
    P,
    "이천 2센터 11/21 야간조 일용직 출근 명부입니다. 일용근로소득 지급명세서 제출용 양식으로 바꿔줘.\n"
    + "\n".join(rows),
    lab,
)

x1, x2, p1, p2 = ar("960405", 5), ar("990812", 7), mob(), mob()
add(
    "mixed",
    P,
    f"""Slack #center-hr 스레드 요약 부탁해요.

@hr.icheon: 내일부터 출근하는 외국인 인력 2명 등록 부탁드려요
  - Tursunov Bakhodir / ARC {x1} / {p1}
  - Chea Sokha / ARC {x2} / {p2}
@shuttle.ops: 셔틀 탑승은 부발역 2번 출구 06:10 입니다. Bakhodir 씨 한국어 가능
@hr.icheon: 👍 안전교육은 Sokha 씨 먼저""",
    [
        (PER, "Tursunov Bakhodir"),
        (ARN, x1),
        (PH, p1),
        (PER, "Chea Sokha"),
        (ARN, x2),
        (PH, p2),
        (PER, "Bakhodir"),
        (PER, "Sokha"),
    ],
)

add(
    "ko",
    N,
    """WMS 오류 로그인데 어디서 재고가 틀어졌는지 봐줘.
2025-11-21 02:14:07 PICK  loc=A-03-12-04 sku=8809123456782 qty=12 wave=W1121-07 worker=W-20931 tote=T0447
2025-11-21 02:14:51 PICK  loc=A-03-12-05 sku=8809123456782 qty=-3 wave=W1121-07 worker=W-20931 tote=T0447
2025-11-21 02:19:30 PACK  invoice=6893 2201 7745 carrier=CJ dock=D-07
2025-11-21 02:20:02 ERROR stock mismatch loc=A-03-12-05 expected=40 actual=43""",
    [],
)

p = mob()
d = ZW.join(p)
add(
    "ko",
    OB,
    f"""오픈채팅 '이천센터 단기알바' 공지 댓글에 이런 게 달렸어요. 무슨 뜻인지랑 답글 추천해줘.
"주말 야간 가능합니다 연락주세요 {d} (번호 복붙하면 안 잡히게 해놨어요 ㅎ)" """,
    [(PH, d)],
)

# ================================================================ 반도체 협력사 (출입 등록, 게이트 로그, 장비, 온보딩)
b, p1, p2, p3 = bz(), mob(), mob(), mob()
add(
    "ko",
    P,
    f"""FAB2 클린룸 출입 신청 명단(협력사)입니다. 출입관리팀 메일 본문으로 정리해줘.

업체명: (주)세진테크 / 사업자등록번호 {b}
현장 책임자: 모영재 과장 {p1}
작업자
 1) 인서아 (1992.03.14) {p2}
 2) 승지오 (1988.11.02) {p3}
작업 기간: 2025.12.01 ~ 12.12, 작업 내용: CMP 슬러리 배관 교체
반입 장비: 토크렌치 2, 누설검사기 1 (반입번호 EQ-25-3318)""",
    [(BRN, b), (PER, "모영재"), (PH, p1), (PER, "인서아"), (PH, p2), (PER, "승지오"), (PH, p3)],
)

ip1, ip2, m = priv_ip(), priv_ip(), "jh.nam@sejin-tech.co.kr"
add(
    "mixed",
    P,
    f"""출입 게이트 서버 로그인데 이상한 거 있으면 짚어줘.
2025-11-20 07:41:02 GATE-F2-03 AUTH_OK badge=SJ-004471 name="남지후" vendor=세진테크 src={ip1}
2025-11-20 07:41:05 GATE-F2-03 NOTIFY mail_to={m} status=SENT
2025-11-20 07:43:19 GATE-F2-05 AUTH_FAIL badge=SJ-004471 name="남지후" reason=ANTI_PASSBACK src={ip2}""",
    [(PER, "남지후"), (IP, ip1), (MAIL, m), (PER, "남지후"), (IP, ip2)],
)

add(
    "en",
    N,
    """Parse these tool event lines into a table (lot, wafer, tool, recipe, step, alarm).
LOT=K5B2417.1 WFR=13 TOOL=ETCH-LAM-07 RCP=VIA_OPEN_v3.2.1 STEP=0420 ALID=0x1F04 CEID=3011
LOT=K5B2417.1 WFR=14 TOOL=ETCH-LAM-07 RCP=VIA_OPEN_v3.2.1 STEP=0420 ALID=0x1F04 CEID=3011
LOT=K5B2419.2 WFR=01 TOOL=CVD-AMAT-12 RCP=TEOS_5K_v1.0.9 STEP=0110 ALID=none CEID=4102
S6F11 DATAID=00218833 RPTID=1001 SV 2025-11-20T03:14:09Z""",
    [],
)

b, p, m = bz(), fmt("+81 90-NNNN-NNNN"), "k.tanabe@yokoda-seiki.co.jp"
add(
    "en",
    P,
    f"""Please summarise this supplier onboarding mail in Korean.

Dear Procurement,
Yokoda Seiki's Korean branch (business registration number {b}) is now set up. Invoices will come from the branch office at 5F, 41 Samsung 1-ro 4-gil, Hwaseong-si, Gyeonggi-do 18449.
Our engineer Kenji Tanabe ({m}, mobile {p}) will handle the install. Tanabe-san speaks basic Korean.
Kind regards, Aiko Mori""",
    [
        (BRN, b),
        (LOC, "5F, 41 Samsung 1-ro 4-gil, Hwaseong-si, Gyeonggi-do 18449"),
        (PER, "Kenji Tanabe"),
        (MAIL, m),
        (PH, p),
        (PER, "Tanabe"),
        (PER, "Aiko Mori"),
    ],
)

ip = priv_ip()
n = ip_int(ip)
add(
    "mixed",
    OB,
    f"""장비 PC 방화벽 로그에서 이 숫자가 source address로 찍혀요. 사람이 읽을 수 있게 바꾸면 어느 장비인지 알 수 있나요?
[FW-FAB2] deny tcp src_addr_int={n} dst_port=445 rule=SMB_BLOCK count=212""",
    [(IP, n)],
)


# ================================================================ 한국연구재단 과제 (참여연구원, 연구비 카드, 협약, 초청장)
p1, p2, m1, m2, a = mob(), mob(), "seoyul.jwa@kaist.ac.kr", "dohyun.lim@postech.ac.kr", acct("하나")
add(
    "ko",
    P,
    f"""참여연구원 변경 신청 사유서 초안 써줘. 아래 내용 반영해서.
- 과제: 차세대 고체전해질 계면 제어 (RS-2025-00218841)
- 제외: 좌서율 (박사과정, 졸업) — 연락처 {p1}, {m1}
- 추가: 임도현 (박사후연구원, 연구자번호 11903847) — {p2}, {m2}
- 임도현 인건비 지급 계좌: 하나은행 {a}
- 변경 적용일: 2025.12.01""",
    [(PER, "좌서율"), (PH, p1), (MAIL, m1), (PER, "임도현"), (PH, p2), (MAIL, m2), (PER, "임도현"), (ACC, a)],
)

c1, c2 = cc("4", sep=""), cc("53", sep="")
add(
    "mixed",
    P,
    f"""연구비카드 사용내역 TSV인데 비목별 합계 내줘 (재료비/회의비/여비).

승인일\t카드번호\t사용자\t가맹점\t금액\t비목
2025-11-03\t{c1}\t봉수아\tSigma-Aldrich Korea\t1,284,000\t재료비
2025-11-05\t{c1}\t봉수아\t한솥도시락 대덕점\t86,000\t회의비
2025-11-11\t{c2}\tEthan Park\tKorean Air\t1,902,300\t여비
2025-11-12\t{c2}\tEthan Park\tMarriott Jeju\t412,000\t여비""",
    [
        (CARD, c1),
        (PER, "봉수아"),
        (CARD, c1),
        (PER, "봉수아"),
        (CARD, c2),
        (PER, "Ethan Park"),
        (CARD, c2),
        (PER, "Ethan Park"),
    ],
)

oid = orcid("000000021825009")
add(
    "ko",
    N,
    f"""연구자 정보 입력 화면 오류 리포트 정리해줘 (개발팀 전달용).
- ORCID 칸에 {oid} 처럼 하이픈 포함 16자리 넣으면 "형식 오류" 뜸
- 과제번호 RS-2025-00218841 검색 시 협약기간 2025.04.01~2028.12.31 대신 2025.04.01~2025.12.31 로 표시
- 간접비 비율 21.3% 가 21.29999% 로 보임
- 브라우저: Chrome 131.0.6778.86, OS Windows 10.0.19045.5131""",
    [],
)

m = "chanhee.ryu@unist.ac.kr"
add(
    "en",
    P,
    f"""Please polish this invitation letter; keep it formal.

Dear Dr. Abebe Tesfaye,
On behalf of the Solid-State Ionics Lab I am pleased to invite you to Korea from 12 to 26 January 2026 for joint experiments.
Your accommodation will be provided at 50 UNIST-gil, Eonyang-eup, Ulju-gun, Ulsan 44919.
For any questions about the visa, please contact me at {m}.
Sincerely,
Prof. Chanhee Ryu (류찬희)""",
    [
        (PER, "Abebe Tesfaye"),
        (LOC, "50 UNIST-gil, Eonyang-eup, Ulju-gun, Ulsan 44919"),
        (MAIL, m),
        (PER, "Chanhee Ryu"),
        (PER, "류찬희"),
    ],
)

# ================================================================ 보험사 실손 청구·손해사정
r, a, p = rr("830507", 2), acct("SC제일"), mob()
add(
    "ko",
    P,
    f"""실손보험 청구 앱에서 올라온 서류 OCR 내용이에요. 청구서 항목별로 정리해줘.

[보험금 청구서]
피보험자: 구민아  주민등록번호: {r}
진료기관: 서울척병원  진료일: 2025.11.06  진단명: 요추 추간판 탈출증
청구금액: 487,300원
보험금 수령계좌: SC제일은행 {a} (예금주 구민아)
연락처: {p}""",
    [(PER, "구민아"), (RRN, r), (ACC, a), (PER, "구민아"), (PH, p)],
)

h, r = hid(), rr("570912", 1)
add(
    "ko",
    P,
    f"""손해사정 메모 문장 다듬어줘.
피보험자 육상철 님({r}, 건강보험 {h})은 2025.10.2 경상북도 의성군 안계면 용기리 412-3 소재 자택 창고에서 낙상.
육상철 님 진술에 따르면 사다리 하단이 미끄러졌다고 함. 현장사진 7매, 구급활동일지 사본 확보. 배우자 진술 추가 필요.""",
    [(PER, "육상철"), (RRN, r), (HINS, h), (LOC, "경상북도 의성군 안계면 용기리 412-3"), (PER, "육상철")],
)

add(
    "ko",
    N,
    """약관 조항 쉬운 말로 바꿔줘.
제4조(보상하지 않는 사항) ① 회사는 다음 각 호의 경우 보험금을 지급하지 않습니다.
1. 정신 및 행동장애(F04~F99). 다만 F04, F05, F06, F07, F17, F32~F42, F43.1, F52, F90~F98은 보상합니다.
2. 습관성 유산, 불임 및 인공수정 관련 합병증(N96~N98)
상품코드 L-2025-SIL-04 / 증권번호 2025-1021-884731 예시 / 약관 개정일 2025.04.01""",
    [],
)

a = acct("부산")
said = sino(a).replace("-", " 다시 ")
add(
    "ko",
    OB,
    f"""보험금 지급계좌 변경 통화 STT 결과입니다. 변경 요청 내용 정리해주세요.
상담사: 변경하실 계좌 불러주세요.
고객: 부산은행이고요 {said} 요.
상담사: 예금주는 고객님 본인 맞으세요?
고객: 네 본인이요.""",
    [(ACC, said)],
)

# ================================================================ 법원 가족관계등록 (개명 허가, 아포스티유)
r = rr("940220", 2)
add(
    "ko",
    P,
    f"""개명허가 신청서(한글)에서 복사한 거예요. 신청 이유 부분 더 설득력 있게 써줘.

사건본인: 한말순 (개명하려는 이름: 한서윤)
주민등록번호: {r}
등록기준지: 충청남도 예산군 덕산면 사동리 118
주소: 충청남도 천안시 서북구 불당21로 67, 903동 1801호
신청 이유: 이름이 시대에 맞지 않아 놀림을 받아왔고, 한서윤이라는 이름으로 10년 이상 사회생활을 해왔음.""",
    [
        (PER, "한말순"),
        (PER, "한서윤"),
        (RRN, r),
        (LOC, "충청남도 예산군 덕산면 사동리 118"),
        (LOC, "충청남도 천안시 서북구 불당21로 67, 903동 1801호"),
        (PER, "한서윤"),
    ],
)

add(
    "ko",
    N,
    """판결문 공개본 요약해줘 (비실명 처리된 상태 그대로).
서울가정법원 2025브1043 개명허가
사건본인: 김○○ (19**년생), 청구인 대리인 변호사 A
주문: 원심판결을 취소하고 사건본인의 이름 "○○"를 "△△"로 개명하는 것을 허가한다.
이유: 가족관계의 등록 등에 관한 법률 제99조, 대법원 2005. 11. 16.자 2005스26 결정 참조""",
    [],
)

pn, p, m = pp_new("M"), fmt("+1 (646) MNN-NNNN"), "yerin.choo.ny@gmail.com"
add(
    "en",
    P,
    f"""Make this e-mail to the Korean consulate shorter and clearer.

Hello, I am Yerin Choo (추예린), a Korean citizen living in New York. I need an apostilled copy of my family relation certificate for a green card filing.
Korean passport no. {pn}. You can reach me at {p} or {m}.
My mailing address is 310 East 46th Street, Apt 12F, New York, NY 10017.""",
    [
        (PER, "Yerin Choo"),
        (PER, "추예린"),
        (PASS, pn),
        (PH, p),
        (MAIL, m),
        (LOC, "310 East 46th Street, Apt 12F, New York, NY 10017"),
    ],
)

# ================================================================ 주민센터 (전입신고 세대원, 인감증명 위임)
r1, r2, r3, r4 = rr("800703", 1), rr("820219", 2), rr("120830", 4), rn("210111", 3)
add(
    "ko",
    P,
    f"""전입신고 세대원 목록인데 전입 세대원 확인서 양식으로 만들어줘.
세대주: 오재성 ({r1})
배우자: 한수정 ({r2})
자녀: 오하은 ({r3}), 오지안 ({r4})
전 주소: 경기도 부천시 원미구 중동로 254번길 18, 3층
새 주소: 세종특별자치시 한누리대로 2130, 604동 1203호
전입일: 2025.11.24""",
    [
        (PER, "오재성"),
        (RRN, r1),
        (PER, "한수정"),
        (RRN, r2),
        (PER, "오하은"),
        (RRN, r3),
        (PER, "오지안"),
        (RRN, r4),
        (LOC, "경기도 부천시 원미구 중동로 254번길 18, 3층"),
        (LOC, "세종특별자치시 한누리대로 2130, 604동 1203호"),
    ],
)

r1, r2, p = rr("480516", 2, dash=False), rr("760124", 1), mob()
add(
    "ko",
    P,
    f"""인감증명 위임장 스캔 OCR 텍스트야. 위임 내용이 제대로 적혔는지 확인해줘.
위 임 장
위임자(본인) 성명 방옥자  주민등록번호 {r1}
수임자(대리인) 성명 방성훈  주민등록번호 {r2}  본인과의 관계: 아들  전화 {p}
위임 사무: 부동산 매도용 인감증명서 발급 (매수자 성명: 하도겸)
※ 방옥자 본인 무인(지장) 날인 확인""",
    [
        (PER, "방옥자"),
        (RRN, r1),
        (PER, "방성훈"),
        (RRN, r2),
        (PH, p),
        (PER, "하도겸"),
        (PER, "방옥자"),
    ],
)

r = rr("860309", 1)
d = spaced_digits(r, ".")
add(
    "ko",
    OB,
    f"""민원인이 전자민원 게시판에 이렇게 썼어요. 답변 초안 부탁해요 (개인정보 게시하지 말라는 안내 포함).
"전입신고 확인 부탁드립니다. 세대주 {d} 입니다. 빨리 처리 부탁드려요" """,
    [(RRN, d)],
)

# ================================================================ 중고차 매매·명의이전
r1, r2, d1 = rr("750612", 1), rr("990305", 2), dl("대구")
add(
    "ko",
    P,
    f"""명의이전 서류 체크리스트 만들어줘. 아래 정보 기준으로.
매도인: 우정민 ({r1}), 대구광역시 수성구 달구벌대로 2435, 101동 702호
매수인: 설하린 ({r2}), 운전면허 {d1}
차량: 2019 쏘나타 DN8, 차대번호 KMHL14JA1KA012345, 등록번호 12가 3456
매매금액: 14,500,000원 / 잔금일 2025.11.29""",
    [
        (PER, "우정민"),
        (RRN, r1),
        (LOC, "대구광역시 수성구 달구벌대로 2435, 101동 702호"),
        (PER, "설하린"),
        (RRN, r2),
        (DLIC, d1),
    ],
)

add(
    "en",
    N,
    """Decode these VINs and tell me which are covered by the recall.
KMHL14JA1KA012345  (Recall 25V-418, campaign code 2W0)
5NPE34AF7KH801122
KNAGM4AD5D5067890
Part no. 58110-L1000, TSB 24-BE-006H, service bulletin rev. 3.1.0""",
    [],
)

x, p, a = ar("910707", 5), mob(), acct("기업")
add(
    "mixed",
    P,
    f"""딜러 카톡인데 잔금 관련 부분만 정리해줘.
[딜러 권지성] 매수인 Alisher Karimov 님 외국인등록번호 {x} 로 이전등록 진행할게요
[딜러 권지성] 잔금은 매도인 계좌 기업은행 {a} 로 부탁드려요
[Alisher] ok 내일 보낼게요. 제 번호 {p}""",
    [(PER, "권지성"), (PER, "Alisher Karimov"), (ARN, x), (PER, "권지성"), (ACC, a), (PER, "Alisher"), (PH, p)],
)


# ================================================================ 노인장기요양 (인정 신청, 요양보호사 배정, 등급 기준)
r, h, p = rr("410303", 2), hi(), mob()
add(
    "ko",
    P,
    f"""장기요양 인정 신청 대리접수 내용이에요. 방문조사 일정 안내 문자 초안도 같이 써줘.
수급 신청자: 맹순이 ({r})
건강보험증 번호: {h}
실거주지: 전라남도 순천시 해룡면 향매로 88-6
대리인: 며느리 서정화, 연락처 {p}
주요 상태: 치매 초기(MMSE 19점), 보행 보조기 사용""",
    [
        (PER, "맹순이"),
        (RRN, r),
        (HINS, h),
        (LOC, "전라남도 순천시 해룡면 향매로 88-6"),
        (PER, "서정화"),
        (PH, p),
    ],
)

p1, p2, p3 = mob(), mob(), land("055")
add(
    "ko",
    P,
    f"""요양보호사 배정 단톡 내용이에요. 이번 주 배정표(어르신/보호사/시간)로 정리해줘.
[센터장] 이번주부터 탁영자 어르신(창원시 의창구 원이대로 362, 1동 204호)은 금소연 선생님이 오전 맡아주세요
[금소연] 네 알겠습니다 제 번호 어르신 댁에 드렸어요 {p1}
[센터장] 오후는 그대로 석미란 샘 {p2}
[센터장] 센터 직통 {p3} 로 변경된 거 보호자분들께 공지 부탁""",
    [
        (PER, "탁영자"),
        (LOC, "창원시 의창구 원이대로 362, 1동 204호"),
        (PER, "금소연"),
        (PER, "금소연"),
        (PH, p1),
        (PER, "석미란"),
        (PH, p2),
        (PH, p3),
    ],
)

add(
    "ko",
    N,
    """장기요양 등급 판정 기준 표로 정리해줘.
1등급 95점 이상 / 2등급 75~95점 미만 / 3등급 60~75점 미만 / 4등급 51~60점 미만 / 5등급 45~51점 미만(치매) / 인지지원등급 45점 미만(치매)
2026년 방문요양 수가: 30분 17,260원, 60분 25,040원, 240분 72,930원 (고시 제2025-219호)
인정번호 형식은 L로 시작하는 11자리(예: L0000000000)로 안내""",
    [],
)

name = "편순덕"
d = " ".join(name)
add(
    "ko",
    OB,
    f"""보호자 민원 게시글인데 답변 써줘.
"저희 어머니 {d} 담당 요양보호사가 자꾸 시간 안 지켜요. 이름 검색될까봐 띄어 씁니다. 센터 바꾸고 싶어요" """,
    [(PER, d)],
)

# ================================================================ 출입국·외국인청 (체류 연장, 고용허가제)
x, b, p, t = ar("930115", 5), bz(), mob(), land("041")
add(
    "mixed",
    P,
    f"""체류기간 연장 서류 체크리스트 만들어줘 (E-9).
근로자: NGUYEN VAN HIEU (응우옌 반 히에우)
외국인등록번호: {x}
여권: 베트남 여권 C4829173 (만료 2029-05)
고용주: 대성주물 / 사업자등록번호 {b} / 담당 함정우 부장 {t}
숙소: 충청남도 아산시 둔포면 아산밸리로 211, 2동 314호 (회사 기숙사)
근로자 연락처: {p}""",
    [
        (PER, "NGUYEN VAN HIEU"),
        (PER, "응우옌 반 히에우"),
        (ARN, x),
        (BRN, b),
        (PER, "함정우"),
        (PH, t),
        (LOC, "충청남도 아산시 둔포면 아산밸리로 211, 2동 314호"),
        (PH, p),
    ],
)

x, p, a = ar("970321", 6), mob(), acct("우리")
add(
    "en",
    P,
    f"""Please answer this worker's e-mail in simple English and tell her which form to use.

Hello HR, I am Rina Sari. My ARC number is {x} and my Woori account for salary is {a}.
I moved last week, new address: 15, Seongseo-ro 71-gil, Dalseo-gu, Daegu 42702 (room 2).
Please call me {p} after 6pm. Thank you, Rina""",
    [
        (PER, "Rina Sari"),
        (ARN, x),
        (ACC, a),
        (LOC, "15, Seongseo-ro 71-gil, Dalseo-gu, Daegu 42702"),
        (PH, p),
        (PER, "Rina"),
    ],
)

add(
    "mixed",
    N,
    """체류자격별 요건 비교표 만들어줘.
E-9 (비전문취업): 최초 3년 + 재고용 1년 10개월, 고용허가제 EPS-TOPIK 200점 만점
E-7-4 (숙련기능인력): 점수제 300점 중 200점 이상, 연봉 2,600만원 이상
D-10 (구직): 6개월, 최대 2년
F-2-7 (점수제 거주): 120점 중 80점 이상
수수료: 체류기간 연장 60,000원, 외국인등록증 재발급 30,000원 (출입국관리법 시행규칙 제72조)""",
    [],
)

x = ar("941030", 5)
d = shift1(x)
add(
    "mixed",
    OB,
    f"""근로자가 보낸 메시지예요. 무슨 말인지 풀어서 알려줘.
"Manager, my ARC number I write safe way: each number +1. {d} . Please fix my insurance"
(※ 근로자 설명: 숫자마다 1씩 더해서 적었음, 9는 0으로)""",
    [(ARN, d)],
)

# ================================================================ 혈액원 (헌혈 부적격 통보, 헌혈 통계)
p = mob()
add(
    "ko",
    P,
    f"""헌혈자 부적격 통보 메모입니다. 전화 안내 스크립트로 바꿔줘 (결과 내용은 부드럽게).
헌혈자: 제갈윤 (1999.07.21), 연락처 {p}
헌혈일 2025.11.08 / 헌혈의집 대학로센터 / 혈액번호 25-08-113377
검사 결과 ALT 수치 기준 초과(82 IU/L)로 해당 혈액 폐기, 재검 권고
제갈윤 님께 헌혈증서는 정상 발급됨 안내""",
    [(PER, "제갈윤"), (PH, p), (PER, "제갈윤")],
)

add(
    "ko",
    N,
    """헌혈 현황 보도자료 문장 다듬어줘.
2025년 10월 전국 헌혈 실적 221,403건 (전년 동월 대비 4.2% 증가), 혈액 보유량 5.8일분(적정 5일분 이상).
혈액형별 보유일수 O형 4.1일, A형 6.3일, B형 7.0일, AB형 5.9일.
헌혈증서 번호 형식(예: 25-31-000000)과 혈액번호 바코드(ISBT 128, 예: =W0000 25 123456)는 개인식별정보가 아닙니다.""",
    [],
)

# ================================================================ 소방 (구급활동일지, 소방안전관리자 선임, 화재 통계)
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""구급활동일지 메모인데 인계용 요약 3줄로.
출동: 2025.11.19 21:47 / 현장: 경기도 남양주시 화도읍 경춘로 2147-11, 2층 노래연습장
환자: 염수호 (남, 50대 추정), 의식 저하, 호흡 있음, 혈당 41 mg/dL
보호자: 배우자 이명숙 {p1} / 신고자(업주) {p2}
처치: 포도당 투여 후 의식 호전, 한양대구리병원 이송""",
    [
        (LOC, "경기도 남양주시 화도읍 경춘로 2147-11, 2층"),
        (PER, "염수호"),
        (PER, "이명숙"),
        (PH, p1),
        (PH, p2),
    ],
)

b, p, m = bz(), mob(), "fire.mgr@hannuri-fm.co.kr"
add(
    "ko",
    P,
    f"""소방안전관리자 선임 신고서 빈칸 채우는 거 도와줘. 아래 정보 있어.
대상물: 한누리타워 (지상 15층, 1급 소방안전관리대상물)
소재지: 경기도 성남시 분당구 판교역로 192번길 14
관계인: (주)한누리FM 사업자등록번호 {b}
선임자: 도경민 (1985.02.11), 자격번호 1급-2019-038817
선임자 연락처 {p}, 이메일 {m}
선임일 2025.12.01""",
    [
        (LOC, "경기도 성남시 분당구 판교역로 192번길 14"),
        (BRN, b),
        (PER, "도경민"),
        (PH, p),
        (MAIL, m),
    ],
)

add(
    "ko",
    N,
    """화재 통계 인포그래픽 문구 만들어줘.
- 2024년 화재 38,659건, 사망 261명, 부상 2,197명, 재산피해 1조 2,305억원
- 주택화재 원인 1위 부주의(음식물 조리 중) 43.7%
- 겨울철(12~2월) 화재 비중 29.8%
- 신고는 119, 화재 예방 상담은 국번 없이 119 (문자 신고도 119)
- 소방시설 설치 및 관리에 관한 법률 제24조(소방안전관리자 선임)""",
    [],
)

# ================================================================ 한전·도시가스 (복지할인, 요금표, 안전점검)
r, p = rr("660424", 1), mob()
add(
    "ko",
    P,
    f"""전기요금 복지할인(장애인) 신청 접수 내용이에요. 처리 메모 형태로 정리.
고객번호: 0612-3340-87 (한전 고객번호)
명의자: 황보석 / 주민번호 {r}
공급 주소: 전라북도 익산시 인북로 32길 7-3
장애 정도: 심한 장애(지체) / 연락처 {p}
할인 적용 희망월: 2025년 12월분""",
    [(PER, "황보석"), (RRN, r), (LOC, "전라북도 익산시 인북로 32길 7-3"), (PH, p)],
)

add(
    "ko",
    N,
    """주택용 전기요금표(저압) 보고 월 350kWh 쓰면 얼마 나오는지 계산해줘.
구간1 200kWh 이하: 기본요금 910원, 전력량요금 120.0원/kWh
구간2 201~400kWh: 기본요금 1,600원, 전력량요금 214.6원/kWh
구간3 400kWh 초과: 기본요금 7,300원, 전력량요금 307.3원/kWh
기후환경요금 9원/kWh, 연료비조정요금 5원/kWh, 부가세 10%, 전력기반기금 3.7%""",
    [],
)

p = mob()
d = p.replace("-", "/")
add(
    "ko",
    OB,
    f"""도시가스 안전점검 부재 안내 스티커에 고객이 이렇게 적어놨대요. 재방문 예약 문자 써줘.
"평일 저녁 7시 이후만 가능 {d} 로 전화 주세요 - 302호" """,
    [(PH, d)],
)


# ================================================================ 철도 (승차권 결제 오류, 환불, 승차권 번호)
c, p, m = cc("4", sep=""), mob(), "jisoo.kwak92@naver.com"
add(
    "ko",
    P,
    f"""코레일톡 결제 오류 문의예요. 답변 템플릿 만들어줘.
회원명: 곽지수
문의: 11/22 서울→부산 KTX 결제가 두 번 됐어요. 카드 {c} 로 59,800원 × 2건.
하나만 취소해 주시고 처리되면 {m} 으로 알려주세요. 급하면 {p}.""",
    [(PER, "곽지수"), (CARD, c), (MAIL, m), (PH, p)],
)

add(
    "ko",
    N,
    """승차권 정보 보고 환불 수수료 계산해줘.
승차권번호 82105-1122-10987-43 / KTX 015 서울 07:28 → 부산 10:05 / 8호차 12A
발권 2025-11-20 13:44, 운임 59,800원, 출발 3시간 전 반환 요청
반환 수수료 규정: 출발 1일 전~3시간 전 5%, 3시간 전~출발 10%, 출발 후 20분까지 15%""",
    [],
)

c, p, m = cc("51"), fmt("+44 7NNN NNNNNN"), "h.ashworth@btinternet.com"
add(
    "en",
    P,
    f"""Reply to this refund request for me, friendly tone.

Hi, I bought two Korail Pass vouchers but the trip got cancelled. The charge was on my Mastercard {c}.
Name on the booking: Harriet Ashworth. UK mobile {p}. E-mail {m}.
Ms. Ashworth is my mum's name too, so don't mix us up :)""",
    [(CARD, c), (PER, "Harriet Ashworth"), (PH, p), (MAIL, m), (PER, "Ashworth")],
)

# ================================================================ 항공사 수하물 지연 (PIR, 배송, 코드)
p, m = fmt("+82 10-MNNN-NNNN"), "lucia.ferraro@libero.it"
add(
    "en",
    P,
    f"""Fill in the delayed-baggage delivery form from this message (table: name / phone / e-mail / address / bag).

Ciao, I am Lucia Ferraro, file ICNKE41873. My bag did not arrive on KE932.
Please deliver it to my hotel: 120 Namdaemun-ro 5-ga, Jung-gu, Seoul 04533, room 1711.
Korean SIM: {p}, e-mail {m}. Bag tag 0180KE882731, black Samsonite 75cm.""",
    [
        (PER, "Lucia Ferraro"),
        (LOC, "120 Namdaemun-ro 5-ga, Jung-gu, Seoul 04533"),
        (PH, p),
        (MAIL, m),
    ],
)

p1, p2 = mob(), mob()
add(
    "mixed",
    P,
    f"""수하물 배송 기사님 카톡이에요. 배송 완료 보고서로 정리해줘.
[배송기사 탁준영] ICNKE41873 건 Jung Minseo(정민서) 고객님 댁 앞입니다
[배송기사 탁준영] 주소 인천광역시 연수구 컨벤시아대로 165, 2304동 1901호 맞는데 부재중이에요. 고객번호 {p1} 통화 안돼요
[수하물센터] 경비실 맡겨주시고 사진 부탁드려요. 고객님께는 제가 {p2}로 다시 연락할게요""",
    [
        (PER, "탁준영"),
        (PER, "Jung Minseo"),
        (PER, "정민서"),
        (PER, "탁준영"),
        (LOC, "인천광역시 연수구 컨벤시아대로 165, 2304동 1901호"),
        (PH, p1),
        (PH, p2),
    ],
)

add(
    "en",
    N,
    """Explain each code in this baggage message for a new agent.
.F/KE932/21NOV/FCO
.N/0180KE882731001
.W/K/1/23
PIR ICNKE41873 OPENED 21NOV25 1942 AGT KE/ICN/LZ04
E-ticket 180-2418837301 / PNR 5XQ7LM / DCS seq 117""",
    [],
)

# ================================================================ 대학 국제처 (기숙사, 장학금 계좌, 유학생 메일)
rows = ["| 성명 | 학번 | 외국인등록번호 | 연락처 | 이메일 |", "|---|---|---|---|---|"]
lab = []
for name, email, birth, g in [
    ("Ganbold Tuvshin", "tuvshin.g@sju.ac.kr", "030214", 7),
    ("Le Thi Mai", "mai.lethi@sju.ac.kr", "040509", 8),
    ("Aziz Rahimov", "a.rahimov@sju.ac.kr", "021127", 7),
]:
    x, p = ar(birth, g), mob()
    rows.append(f"| {name} | 2025{dg(5)} | {x} | {p} | {email} |")
    lab += [(PER, name), (ARN, x), (PH, p), (MAIL, email)]
add(
    "mixed",
    P,
    "겨울학기 기숙사 입사자 명단(markdown)이에요. 방 배정표 만들고 남녀 구분 컬럼 추가해줘 (등록번호 성별 자리로 판단).\n\n"
    + "\n".join(rows),
    lab,
)

x, a, m = ar("011003", 7), acct("하나"), "kojo.mensah@sju.ac.kr"
add(
    "en",
    P,
    f"""Please write a short reply confirming what the scholarship office needs.

Dear Scholarship Office,
I am Kojo Mensah, MSc student in Chemical Engineering. My ARC number is {x}. I opened a Hana Bank account for the scholarship: {a}.
Could you register it? My e-mail is {m}. Thank you.""",
    [(PER, "Kojo Mensah"), (ARN, x), (ACC, a), (MAIL, m)],
)

m = "tran.quoc.bao@gmail.com"
d = m.replace("@", " [at] ").replace(".", " [dot] ")
add(
    "en",
    OB,
    f"""A student posted this on the dorm notice board page. Draft a reply telling him to use the portal instead.
"Anyone selling a rice cooker? contact me {d} — Bao, room B-412" """,
    [(MAIL, d), (PER, "Bao")],
)

# ================================================================ 주택청약 특별공급 (신혼부부 서류, 가점표)
r1, r2, r3, r4 = rr("900416", 1), rr("920905", 2), rn("220317", 4), rn("241108", 3)
add(
    "ko",
    P,
    f"""신혼부부 특별공급 서류 검토 메모 정리해줘 (적격/보완 구분).
신청자: 권태윤 ({r1}) / 배우자: 노은채 ({r2})
자녀: 권서아 ({r3}), 권도윤 ({r4})
혼인신고일: 2021.05.22 (7년 이내 적격)
현 거주지: 경기도 하남시 미사강변한강로 290, 1108동 502호 (2019.03~)
보완: 배우자 건강보험자격득실확인서 미제출""",
    [
        (PER, "권태윤"),
        (RRN, r1),
        (PER, "노은채"),
        (RRN, r2),
        (PER, "권서아"),
        (RRN, r3),
        (PER, "권도윤"),
        (RRN, r4),
        (LOC, "경기도 하남시 미사강변한강로 290, 1108동 502호"),
    ],
)

add(
    "ko",
    N,
    """청약 가점 계산해줘.
무주택기간 9년 4개월(20점 만점 중 20점 구간은 15년 이상), 부양가족 3명(배우자+자녀 2), 청약통장 가입 11년 2개월.
공급 정보: 하남감일 A-3블록 전용 59㎡ 일반공급 214세대, 분양가 4억 8,120만원, 입주 예정 2028년 6월.
공고번호 2025-000513, 당첨자 발표 2025.12.17""",
    [],
)

# ================================================================ 정수기 렌탈 (방문점검, 자동이체, 모델)
p1, p2 = mob(), mob()
add(
    "ko",
    P,
    f"""방문점검 일정 문자 보냈는데 고객 답장까지 붙여요. 일정 확정 문자 다시 써줘.
[발신] 고객님 안녕하세요 코디 하소영입니다. 12/3(수) 14시 정수기 필터 교체 방문 예정입니다. 주소 서울특별시 강서구 화곡로 68길 15, 402호 맞으신가요? 코디 번호 {p1}
[수신 {p2}] 네 맞아요 근데 2시 말고 4시 가능해요? 성진아""",
    [
        (PER, "하소영"),
        (LOC, "서울특별시 강서구 화곡로 68길 15, 402호"),
        (PH, p1),
        (PH, p2),
        (PER, "성진아"),
    ],
)

c, a = cc("4"), acct("새마을금고")
add(
    "ko",
    P,
    f"""자동이체 변경 요청 메모인데 고객 확인 문자 만들어줘.
고객명 도윤희 / 계약번호 CW-2023-0419982
기존 결제: 카드 {c}
변경 결제: 새마을금고 {a} (예금주 도윤희, 본인)
변경 적용: 2026년 1월 청구분부터""",
    [(PER, "도윤희"), (CARD, c), (ACC, a), (PER, "도윤희")],
)

add(
    "ko",
    N,
    """정수기 모델별 필터 교체 주기 표 만들어줘.
CHP-7210N: 세디먼트 4개월 / 프리카본 8개월 / RO 24개월 / 포스트카본 8개월
CP-A601L: 나노트랩 12개월 / 프리카본 6개월
제조번호(시리얼) 예시: 2411CHP72A0031871, 2503CPA6B0004412
렌탈료 월 34,900원(약정 60개월), 방문주기 4개월, 고객센터 1588-5100""",
    [],
)


# ================================================================ 저축은행 채권추심 (위임 목록, 가이드)
rows = ["채무자\t주민번호\t휴대폰\t주소\t대출계좌\t잔액"]
lab = []
for name, birth, g, addr in [
    ("변상철", "710225", 1, "경상남도 김해시 김해대로 2372번길 9, 2층"),
    ("노미경", "790813", 2, "부산광역시 사하구 낙동대로 550번길 31-2"),
    ("윤재필", "680102", 1, "경기도 평택시 포승읍 평택항로 156, 302호"),
]:
    r, p, ln = rr(birth, g), mob(), fmt("NNN-NN-NNNNNN-N")
    rows.append(f"{name}\t{r}\t{p}\t{addr}\t{ln}\t{random.randint(3, 48) * 1_000_000:,}")
    lab += [(PER, name), (RRN, r), (PH, p), (LOC, addr), (ACC, ln)]
add(
    "ko",
    P,
    "추심 위임 목록(엑셀 붙여넣기)입니다. 지역별로 나눠서 담당자 배정용 표로 만들어줘.\n" + "\n".join(rows),
    lab,
)

add(
    "ko",
    N,
    """채권추심 가이드 요약해줘 (신입 교육용).
- 공정채권추심법 제9조: 21시~08시 방문·전화 금지, 1일 2회 초과 연락 제한(채무자 대리인 선임 시 대리인에게만)
- 소멸시효: 상사채권 5년(상법 제64조), 민사채권 10년
- 추심 착수 통지 후 3영업일 경과 후 연락
- 금감원 불법추심 신고 1332, 서민금융콜센터 1397""",
    [],
)

# ================================================================ 보건소 (예방접종 대상 아동, 외국인 결핵 검진, 접종 일정)
r1, r2, r3, p1, p2, p3 = rn("230215", 4), rn("221030", 3), rn("240601", 4), mob(), mob(), mob()
add(
    "ko",
    P,
    f"""접종 누락 아동 명단이에요. 보호자 안내 문자 개별로 만들어줘.
1) 허다은 ({r1}) — MMR 1차 미접종, 보호자(모) {p1}
2) 차이준 ({r2}) — DTaP 4차 미접종, 보호자(부) {p2}
3) 맹하율 ({r3}) — B형간염 3차 미접종, 보호자(모) {p3}""",
    [(PER, "허다은"), (RRN, r1), (PH, p1), (PER, "차이준"), (RRN, r2), (PH, p2), (PER, "맹하율"), (RRN, r3), (PH, p3)],
)

x, p, m = ar("880612", 6), mob(), "tbclinic.interp@gmail.com"
add(
    "mixed",
    P,
    f"""외국인 결핵 검진 결과 통보 내용이에요. 쉬운 한국어 + 영어 병기로 안내문 만들어줘.
성명: Dilnoza Yusupova (딜노자 유수포바)
외국인등록번호: {x}
결과: 흉부 X선 이상 소견 → 객담검사 필요 (2주 내 재방문)
연락처: {p} / 통역 지원: {m}""",
    [(PER, "Dilnoza Yusupova"), (PER, "딜노자 유수포바"), (ARN, x), (PH, p), (MAIL, m)],
)

add(
    "ko",
    N,
    """표준 예방접종 일정 표로 정리해줘.
BCG(피내용) 생후 4주 이내 / B형간염 0·1·6개월 / DTaP 2·4·6개월, 15~18개월, 만 4~6세
IPV 2·4·6개월, 만 4~6세 / MMR 12~15개월, 만 4~6세 / 수두 12~15개월
백신 로트번호 예시: AHAVB863AA, 2025T0419, 제조번호 K41207 (유효기한 2026-08)""",
    [],
)

# ================================================================ 농업인 공익직불금 (신청, 필지 코드)
r, a, p = rr("590820", 1), acct("농협"), land("061")
add(
    "ko",
    P,
    f"""공익직불금 신청서 내용 확인해주세요. 면적직불 대상인지 판단 근거도 같이.
신청인: 국만수 ({r})
주소: 전라남도 해남군 송지면 땅끝해안로 1523-8
경작 농지: 전라남도 해남군 송지면 통호리 산 23-4 (답 4,812㎡), 통호리 677 (전 1,230㎡)
수령 계좌: 농협 {a}
자택 전화: {p}""",
    [
        (PER, "국만수"),
        (RRN, r),
        (LOC, "전라남도 해남군 송지면 땅끝해안로 1523-8"),
        (LOC, "전라남도 해남군 송지면 통호리 산 23-4"),
        (LOC, "통호리 677"),
        (ACC, a),
        (PH, p),
    ],
)

add(
    "ko",
    N,
    """필지 목록 면적 합계랑 지목별 비율 계산해줘.
PNU 4682032025100230004 답 4,812㎡
PNU 4682032025100677000 전 1,230㎡
PNU 4682032025100678001 전 980㎡
농업경영체 등록번호 형식 예시 0000-0000-0000 (빈칸)""",
    [],
)

# ================================================================ 국가기술자격 시험 (본인확인 이의, 수험번호)
d, p = dl("충북", named=True), mob()
add(
    "ko",
    P,
    f"""시험장 본인확인 이의신청 건이에요. 검토 의견 써줘.
응시자: 선예준 / 수험번호 25-3-0412877 / 종목 전기기사 실기
제시 신분증: 운전면허증 {d} (사진 상이 주장)
연락처: {p}
감독위원 의견: 안경 착용 및 체중 변화로 사진과 상이, 현장 재확인 후 응시 허용""",
    [(PER, "선예준"), (DLIC, d), (PH, p)],
)

add(
    "ko",
    N,
    """시험 일정 안내문 정리해줘.
2026년 정기 기사 1회 필기: 원서접수 2026.01.13~01.16, 시험 2026.02.07~03.04, 발표 2026.03.12
수험번호 구성: 연도(2)-회차(1)-일련번호(7), 예) 26-1-0000001
시험장 코드 A0417(서울 강남), B1203(부산)
문의 큐넷 고객센터 1644-8000""",
    [],
)

# ================================================================ 반려동물 등록 (동물등록번호, 등록 대행)
chip = "410" + not_luhn(12, "0123456789")
add(
    "ko",
    N,
    f"""동물등록증 재발급 안내 문구 만들어줘.
동물등록번호 {chip} (내장형 마이크로칩 15자리, ISO 11784)
품종: 말티즈 / 성별: 암컷(중성화) / 등록일: 2022.04.19
변경 신고는 동물보호관리시스템 또는 등록 대행 동물병원에서 (수수료 1,000원)""",
    [],
)

p, p2 = mob(), land("031")
add(
    "ko",
    P,
    f"""동물병원 등록 대행 접수 메모 정리해줘.
소유자: 엄지혜, {p}
주소: 경기도 용인시 수지구 풍덕천로 129, 201동 1302호
반려견 이름: 콩이 (말티즈, 3세)
담당 수의사: 원장 류승택 / 병원 {p2}""",
    [(PER, "엄지혜"), (PH, p), (LOC, "경기도 용인시 수지구 풍덕천로 129, 201동 1302호"), (PER, "류승택"), (PH, p2)],
)

# ================================================================ 복권 당첨금 (수령 상담, 회차)
r, a = rr("730918", 1), acct("우리")
add(
    "ko",
    P,
    f"""당첨금 수령 상담 기록 정리해줘 (세금 계산 포함).
당첨자: 마상훈 ({r}) / 제1197회 2등 당첨금 58,214,300원
수령 계좌: 우리은행 {a}
세율: 3억 이하 22% (소득세 20% + 지방소득세 2%)
본인 신분증 원본 확인 완료""",
    [(PER, "마상훈"), (RRN, r), (ACC, a)],
)

add(
    "ko",
    N,
    """이 로또 번호들 최근 당첨번호랑 몇 개 맞는지 확인해줘.
제1197회 당첨번호: 3, 11, 19, 27, 38, 42 + 보너스 7
내 번호 A: 3 11 20 27 38 45
내 번호 B: 1 11 19 27 33 42
구매일 2025-11-15 19:42, 판매점 일련번호 01234 56789 01234 56789 01234 56789""",
    [],
)


# ================================================================ 지방세 (재산세 이의신청, 전자납부번호)
r, p, m = rr("641117", 2), mob(), "kyunghee.sim@daum.net"
add(
    "ko",
    P,
    f"""재산세 이의신청서 초안이에요. 논리 보강해줘.
신청인: 심경희 ({r})
과세 물건 소재지: 서울특별시 마포구 월드컵북로 44길 21-6, 3층 (다가구주택)
연락처: {p} / 이메일: {m}
주장: 3층 일부(주거용 32㎡)가 사업용으로 잘못 분류되어 세율 적용 오류""",
    [(PER, "심경희"), (RRN, r), (LOC, "서울특별시 마포구 월드컵북로 44길 21-6, 3층"), (PH, p), (MAIL, m)],
)

add(
    "ko",
    N,
    """고지서 번호들이 각각 무슨 의미인지 설명해줘.
전자납부번호 11440-1-25-09-0412877 / 과세번호 2025-09-11440-00218
세목 코드 재산세(건축물) 10101, 지방교육세 10301
납기 2025.09.16~09.30, 가산세 3%, 고지금액 412,380원
가상계좌 납부는 고지서 하단 QR로만 안내 (번호 미기재)""",
    [],
)

# ================================================================ 행정심판 (청구서, 대리인)
p1, p2, m = mob(), land("02"), "admin.haneul@hanmail.net"
add(
    "ko",
    P,
    f"""행정심판 청구서 양식에 맞춰 정리해줘.
청구인: 소재형 (주소: 서울특별시 동대문구 왕산로 214, 11층 1104호, 연락처 {p1})
대리인: 행정사 나하늘 (하늘행정사사무소, 전화 {p2}, {m})
피청구인: ○○구청장
청구 취지: 영업정지 1개월 처분(2025.10.30.)의 취소
청구 이유: 처분 사전통지 누락, 위반 경위 참작 미흡""",
    [
        (PER, "소재형"),
        (LOC, "서울특별시 동대문구 왕산로 214, 11층 1104호"),
        (PH, p1),
        (PER, "나하늘"),
        (PH, p2),
        (MAIL, m),
    ],
)

# ================================================================ 쇼핑몰 개인정보 유출 통지 (대상자 조회, 침해 보고)
m1, m2, p1, p2, ip1, ip2 = "seoa.kim0527@naver.com", "jh_lee1984@gmail.com", mob(sep=""), mob(sep=""), pub_ip(), ip6()
res = js(
    {
        "matched": 2,
        "rows": [
            {
                "member_id": 10448211,
                "email": m1,
                "phone": p1,
                "last_login_ip": ip1,
                "pw_hash": "$2b$12$Kq9wQ0.x7Lh3uF1pZQe2nO",
            },
            {
                "member_id": 10448377,
                "email": m2,
                "phone": p2,
                "last_login_ip": ip2,
                "pw_hash": "$2b$12$0aZ8yR3mT5vB9nE1cD7fGu",
            },
        ],
    }
)
add(
    "ko",
    P,
    f"""유출 대상자 조회 API 응답이에요. 통지 문안 개인별로 만들 때 필요한 필드만 남기는 jq 필터 짜줘.
{res}""",
    [(MAIL, m1), (PH, p1), (IP, ip1), (MAIL, m2), (PH, p2), (IP, ip2)],
)

add(
    "en",
    N,
    """Turn these incident notes into a timeline table.
2025-11-14 02:31 KST  WAF alert CRS 942100 (SQLi), CVE-2023-34362 probe pattern
2025-11-14 02:40 KST  ATT&CK T1190 → T1059.004, CWE-89
2025-11-14 03:05 KST  dump file sha256 9f2c6e1d0b7a4c3e8f5d2b1a0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d
2025-11-14 09:00 KST  PIPC report filed (ref. 2025-PIPC-1187), 72h deadline met""",
    [],
)

# ================================================================ 해외 주재원 파견 (비자 서류, 이전 업체)
pn1, pn2, r1, m, p = pp_new("M"), pp("M"), rr("860222", 1), "hyunwoo.bang@hanwoolmotors.com", fmt("+1 (470) MNN-NNNN")
add(
    "mixed",
    P,
    f"""L-1 비자 서류 패키지 목록 만들어줘. 아래 직원 정보 기준.
Employee: 방현우 (BANG HYUNWOO), 주민번호 {r1}, passport {pn1}
Spouse: 윤가람 (YUN GARAM), passport {pn2}
Assignment: Hanwool Motors Georgia, 2300 Hanwool Pkwy, West Point, GA 31833
Work e-mail {m}, US mobile (after arrival) {p}""",
    [
        (PER, "방현우"),
        (PER, "BANG HYUNWOO"),
        (RRN, r1),
        (PASS, pn1),
        (PER, "윤가람"),
        (PER, "YUN GARAM"),
        (PASS, pn2),
        (LOC, "2300 Hanwool Pkwy, West Point, GA 31833"),
        (MAIL, m),
        (PH, p),
    ],
)

p1, p2, m = fmt("+1 (706) MNN-NNNN"), fmt("+1 (706) MNN-NNNN"), "relo.desk@graebner-relocation.com"
add(
    "en",
    P,
    f"""Summarise for the HR expat team, in Korean, 5 bullets max.

Hi team, the house-hunting trip for Mr. Bang and Mrs. Yun is confirmed for Jan 9-11.
Our consultant Stacy Greer ({p1}) will pick them up at ATL. Lease candidate: 418 Magnolia Ridge Dr, LaGrange, GA 30240.
School visit with the principal, Dr. Howard Pruitt ({p2}), on Jan 10. Questions to {m}.""",
    [
        (PER, "Bang"),
        (PER, "Yun"),
        (PER, "Stacy Greer"),
        (PH, p1),
        (LOC, "418 Magnolia Ridge Dr, LaGrange, GA 30240"),
        (PER, "Howard Pruitt"),
        (PH, p2),
        (MAIL, m),
    ],
)

# ================================================================ 유소년 축구 아카데미 (입단 서류, 경기 기록)
r, p, a = rr("130422", 3), mob(), acct("카카오뱅크")
add(
    "ko",
    P,
    f"""U-13 입단 서류 정리해줘 (보험 가입용 표).
선수: 설도하 ({r}), 포지션 MF
보호자: 설재혁 (부) {p}
회비 환불 계좌: 카카오뱅크 {a} (예금주 설재혁)
주소: 경상북도 포항시 북구 삼호로 265번길 17, 101동 904호""",
    [
        (PER, "설도하"),
        (RRN, r),
        (PER, "설재혁"),
        (PH, p),
        (ACC, a),
        (PER, "설재혁"),
        (LOC, "경상북도 포항시 북구 삼호로 265번길 17, 101동 904호"),
    ],
)

add(
    "ko",
    N,
    """경기 기록지 보고 팀 통계 요약해줘.
U-13 리그 8R vs 울산현대 U-13 2:1 승 (전반 0:1, 후반 2:0), 점유율 57%, 슈팅 14(유효 6)
등번호 7 도움 1 · 등번호 10 골 1 · 등번호 19 골 1, 경고 2(23', 71')
관중 312명, 경기번호 2025-U13-K-0817, 킥오프 14:00""",
    [],
)

# ================================================================ 데이터센터 출입 (방문 신청, 네트워크, 위협 리포트)
p, m, ip1, ip2 = mob(), "s.hollis@northgrid.io", priv_ip(), ip6()
add(
    "en",
    P,
    f"""Convert this access ticket to the YAML format our DC portal accepts.

Visitor: Samuel Hollis (NorthGrid Networks)
Phone: {p}
E-mail: {m}
Purpose: replace PSU in rack C-14, host oob-c14-03 ({ip1}), mgmt v6 {ip2}
Escort: 이재건 (DC ops)
Window: 2025-12-02 22:00-02:00 KST""",
    [(PER, "Samuel Hollis"), (PH, p), (MAIL, m), (IP, ip1), (IP, ip2), (PER, "이재건")],
)

add(
    "en",
    N,
    """Explain each line of this switch config to a junior engineer.
interface Vlan214
 ip address 192.0.2.1 255.255.255.0   ! lab template, real VIP comes from IPAM
 vrrp 14 priority 120
snmp-server view NOC 1.3.6.1.2.1.31.1.1.1 included
mac address-table static 00a0.c914.7b2e vlan 214 interface Gi1/0/24
router bgp 64512
 neighbor 198.51.100.9 remote-as 65001
access-list 10 permit 0.0.0.0 255.255.255.255""",
    [],
)

ip = pub_ip()
d = defang(ip)
add(
    "en",
    OB,
    f"""Rewrite this threat-intel snippet as a short alert for the SOC channel.
IOC (defanged): {d} — credential stuffing against the visitor portal, 1,204 attempts in 40 min, UA python-requests/2.31.0.
Block at the edge and check whether any escort accounts logged in from it.""",
    [(IP, d)],
)


# ================================================================ 법무사 사무소 (임원 변경 등기, 외국인투자 법인, 등기 수수료)
c, r1, r2 = cr("110111"), rr("680930", 1), rr("750201", 2)
add(
    "ko",
    P,
    f"""임원 변경 등기 신청서 초안 검토해줘. 빠진 첨부서류 있으면 알려주고.

등기의 목적: 대표이사 변경
상    호: 주식회사 다온바이오
법인등록번호: {c}
본    점: 서울특별시 금천구 가산디지털1로 168, C동 1207호 (우림라이온스밸리)
퇴임 대표이사: 지성호 ({r1})
취임 대표이사: 반지영 ({r2}), 주소 경기도 광명시 오리로 854, 212동 1401호
원인 및 연월일: 2025년 11월 20일 취임""",
    [
        (CRN, c),
        (LOC, "서울특별시 금천구 가산디지털1로 168, C동 1207호"),
        (PER, "지성호"),
        (RRN, r1),
        (PER, "반지영"),
        (RRN, r2),
        (LOC, "경기도 광명시 오리로 854, 212동 1401호"),
    ],
)

c, b, a, m = cr("134811"), bz(), acct("기업"), "legal@daon-bio.kr"
add(
    "ko",
    P,
    f"""등기 비용 청구서 메일 본문 써줘. 아래 내용 넣어서.
수신: 주식회사 다온바이오 법무팀 ({m})
법인등록번호 {c} / 사업자등록번호 {b}
청구 금액: 등록면허세 등 공과금 412,000원 + 보수 330,000원(부가세 포함)
입금 계좌: 기업은행 {a} (예금주: 법무사 표재훈 사무소)""",
    [(MAIL, m), (CRN, c), (BRN, b), (ACC, a), (PER, "표재훈")],
)

c, b = cr("110115"), bz()
add(
    "en",
    P,
    f"""Please translate this corporate registry summary into English for our foreign investor.

상호: 주식회사 노르딕포레스트코리아 (Nordic Forest Korea Co., Ltd.)
법인등록번호: {c}
사업자등록번호: {b}
대표이사: Henrik Aalto (핀란드 국적), 사내이사: 국윤호
본점: 서울특별시 중구 세종대로 136, 18층""",
    [
        (CRN, c),
        (BRN, b),
        (PER, "Henrik Aalto"),
        (PER, "국윤호"),
        (LOC, "서울특별시 중구 세종대로 136, 18층"),
    ],
)

add(
    "ko",
    N,
    """등기 비용 계산해줘.
임원 변경 등기: 등록면허세 40,200원(과밀억제권역 3배 → 120,600원), 지방교육세 20%, 등기신청수수료 전자 20,000원
본점 이전(관할 외): 등록면허세 112,500원 × 2
접수번호 예시: 2025-052218 (서울중앙지방법원 상업등기소), 처리 예정 3영업일
상업등기법 제54조, 상업등기규칙 제112조""",
    [],
)

c = cr("164811")
d = ocr_letters(c)
add(
    "ko",
    OB,
    f"""등기사항증명서 스캔 OCR이 이상하게 나왔어요. 법인등록번호 제대로 된 숫자로 바꿔서 다시 적어줘.
등 기 사 항 전 부 증 명 서 (말소사항 포함)
등기번호 0O4127
법 인 등 록 번 호 {d}
상 호 주식회사 해솔에너지""",
    [(CRN, d)],
)

# ================================================================ 조달청 나라장터 (입찰 참가, API, 공고)
rows = []
lab = []
for firm, ceo in [("(주)그린라인전기", "도병철"), ("한울통신(주)", "석미경"), ("주식회사 대광ENG", "남궁태식")]:
    b, c, p = bz(), cr(random.choice(["110111", "131111", "161511"])), land(random.choice(["02", "031", "043"]))
    rows.append(f"{firm} | {b} | {c} | {ceo} | {p}")
    lab += [(BRN, b), (CRN, c), (PER, ceo), (PH, p)]
add(
    "ko",
    P,
    "입찰 참가 신청 업체 목록입니다. 적격심사 서류 요청 공문 수신처 목록으로 정리해줘.\n업체명 | 사업자번호 | 법인번호 | 대표자 | 전화\n"
    + "\n".join(rows),
    lab,
)

b, p, m = bz(), mob(sep=""), "bid.team@hanul-telecom.co.kr"
xml = f"""<bidApplication>
  <bidNtceNo>R25BK01184523</bidNtceNo>
  <bizrno>{b}</bizrno>
  <rprsntvNm>석미경</rprsntvNm>
  <chargerNm>구태현</chargerNm>
  <chargerTel>{p}</chargerTel>
  <chargerEmail>{m}</chargerEmail>
</bidApplication>"""
add(
    "mixed",
    P,
    f"""나라장터 연계 XML인데 schema validation 실패해요. 어디가 문제인지 봐줘 (bizrno는 하이픈 없이 10자리여야 함).
{xml}""",
    [(BRN, b), (PER, "석미경"), (PER, "구태현"), (PH, p), (MAIL, m)],
)

add(
    "ko",
    N,
    """입찰 공고 요약해줘.
공고번호 R25BK01184523-000 / 공고명: 2026년 청사 통신망 유지보수 용역
추정가격 412,727,273원(부가세 별도), 기초금액 454,000,000원
입찰 방식: 제한경쟁, 적격심사(협상에 의한 계약 아님)
입찰서 제출 2025.12.08 10:00 ~ 12.10 10:00, 개찰 12.10 11:00
발주번호 204-81-55217(※ 사업자번호 아님, 내부 발주 관리번호)""",
    [],
)

b = bz()
d = html_hex_digits(b)
add(
    "mixed",
    OB,
    f"""입찰 참가 신청 페이지 소스 복사한 건데 사업자번호가 이렇게 나와요. 실제 번호가 뭔지 알려줘.
<td class="bizno">{d}</td>""",
    [(BRN, d)],
)

# ================================================================ 신용보증기금 보증 신청 (대표자, 사업장, 결제 계좌)
r, b, c, a, p = rr("720606", 1), bz(), cr("284211"), acct("국민"), mob()
add(
    "ko",
    P,
    f"""보증 신청 상담 메모 정리해서 심사역 전달용 요약 만들어줘.
기업명: 주식회사 온새미로푸드 / 사업자등록번호 {b} / 법인등록번호 {c}
대표자: 하진섭 ({r}), 연락처 {p}
사업장: 충청북도 청주시 흥덕구 오송읍 오송생명2로 77, 2공장
신청 금액: 운전자금 3억 / 결제 계좌: 국민은행 {a}
하 대표 의견: 원재료(대두) 가격 상승으로 운전자금 부족""",
    [
        (BRN, b),
        (CRN, c),
        (PER, "하진섭"),
        (RRN, r),
        (PH, p),
        (LOC, "충청북도 청주시 흥덕구 오송읍 오송생명2로 77"),
        (ACC, a),
        (PER, "하"),
    ],
)

# ================================================================ 국민건강보험공단 (피부양자, 지역보험료, 외국인 가입자, 요율)
r1, r2, h = rr("520711", 1), rr("550203", 2), hid()
add(
    "ko",
    P,
    f"""피부양자 등록 신청 내용이에요. 요건(소득·재산) 검토 체크리스트 만들어줘.
직장가입자: 봉재원, 건강보험증번호 {h}
피부양자 신청: 부 봉상길 ({r1}), 모 정옥희 ({r2})
부모 주소: 경상남도 진주시 진양호로 401번길 23
부 연금소득 연 1,840만원, 모 소득 없음, 재산세 과표 1억 2천""",
    [
        (PER, "봉재원"),
        (HINS, h),
        (PER, "봉상길"),
        (RRN, r1),
        (PER, "정옥희"),
        (RRN, r2),
        (LOC, "경상남도 진주시 진양호로 401번길 23"),
    ],
)

h, p = hi(), mob()
add(
    "ko",
    P,
    f"""지역보험료 조정 신청 민원 콜 STT 요약해줘.
상담원: 건강보험증 번호 불러주시겠어요?
민원인: {h} 이요. 저 편재민이고요
상담원: 네 편재민 님, 어떤 건으로 연락 주셨어요?
민원인: 폐업했는데 보험료가 그대로 나와서요. 폐업사실증명 팩스로 보냈어요
상담원: 확인 후 {p} 로 결과 안내드리겠습니다""",
    [(HINS, h), (PER, "편재민"), (PER, "편재민"), (PH, p)],
)

x, h, m = ar("900227", 5), hi(), "ahmed.raza.kr@gmail.com"
add(
    "mixed",
    P,
    f"""외국인 지역가입자 민원 메일 답변 써줘 (영어로).
From: Ahmed Raza <{m}>
My health insurance card no. {h}, ARC {x}. I got a bill of 158,000 won but I already left my job in October.
Please check. I live in 안산시 단원구 원곡로 45, 3층 302호.""",
    [(PER, "Ahmed Raza"), (MAIL, m), (HINS, h), (ARN, x), (LOC, "안산시 단원구 원곡로 45, 3층 302호")],
)

add(
    "ko",
    N,
    """2026년 건강보험료율 변경 안내문 다듬어줘.
직장가입자 보험료율 7.09% → 7.19% (근로자·사용자 각 3.595%)
지역가입자 부과점수당 금액 208.4원 → 211.5원
장기요양보험료율: 건강보험료의 12.95% → 13.14%
국민건강보험법 제73조, 시행령 제44조 / 보건복지부 고시 제2025-231호
고객센터 1577-1000""",
    [],
)

h = hi()
d = arabic_indic(h)
add(
    "mixed",
    OB,
    f"""외국인 가입자가 보낸 메시지인데 숫자가 이상해요. 보험증 번호로 바꿔서 읽어줘.
"Salam, my insurance number is {d}. Why is my premium so high?" """,
    [(HINS, d)],
)

# ================================================================ 운전면허시험장 (적성검사 안내, 국제운전면허, 외국 면허 전환)
rows = ["수신번호,성명,면허번호,적성검사 만료일"]
lab = []
for name in ["명재성", "오다빈", "차현석"]:
    p, d = mob(), dl()
    rows.append(f"{p},{name},{d},2025-12-31")
    lab += [(PH, p), (PER, name), (DLIC, d)]
add(
    "ko",
    P,
    "적성검사 만료 안내 문자 발송 대상 CSV예요. 문자 본문(90byte 이내) 만들어주고 대상자별 치환 변수로 바꿔줘.\n"
    + "\n".join(rows),
    lab,
)

d, pn, p = dl("부산", named=True), pp_new("M"), mob()
add(
    "ko",
    P,
    f"""국제운전면허증 발급 신청서 내용 확인해줘.
성명(한글): 진가람  성명(영문): JIN GARAM
국내 운전면허번호: {d}
여권번호: {pn} (영문 성명 일치)
연락처: {p}
방문 예정: 부산남부운전면허시험장 12/5""",
    [(PER, "진가람"), (PER, "JIN GARAM"), (DLIC, d), (PASS, pn), (PH, p)],
)

x, d, m = ar("870414", 6), dl("서울"), "claire.dubois@orange.fr"
add(
    "en",
    P,
    f"""Draft a short answer to this licence-conversion inquiry.

Hello, I'm Claire Dubois. I converted my French licence last year and got Korean licence no. {d}. My ARC is {x}.
I have lost the card, can I get a replacement at Gangnam test centre without an appointment? E-mail {m}.""",
    [(PER, "Claire Dubois"), (DLIC, d), (ARN, x), (MAIL, m)],
)

add(
    "ko",
    N,
    """운전면허 시험 안내 정리해줘.
학과시험 40문항(합격 1종 70점, 2종 60점), 기능시험 코스 300m 이상, 도로주행 5km
수수료: 학과 10,000원, 기능 22,000원, 도로주행 30,000원, 면허증 발급 8,000원
적성검사 주기: 1종 10년(65세 이상 5년, 75세 이상 3년)
면허번호 형식(지역 2자리-발급연도 2자리-일련번호 6자리-확인 2자리)은 예시 00-00-000000-00 로만 표기""",
    [],
)

d = dl("전남")
s = superscript(d)
add(
    "ko",
    OB,
    f"""카페 중고거래 글에 이런 게 있던데, 면허번호 맞나요? 맞으면 신고 양식 작성 도와줘.
"운전 대행 구해요. 면허 있음 ✓ {s} (인증용)" """,
    [(DLIC, s)],
)

# ================================================================ 구청 여권민원실 (분실 신고, 재발급, 통화)
pn, r, p = pp("M"), rr("810517", 2), mob()
add(
    "ko",
    P,
    f"""여권 분실신고서 내용 확인하고 재발급 안내 문자 만들어줘.
성명: 왕수린 / 주민등록번호: {r}
분실 여권번호: {pn} (2019년 발급, 구형)
분실 일시·장소: 2025.11.16 경 인천공항 제1터미널 추정
연락처: {p}""",
    [(PER, "왕수린"), (RRN, r), (PASS, pn), (PH, p)],
)

pn_old, m, p = pp_new("M"), "hwang.serin@gmail.com", mob()
add(
    "mixed",
    P,
    f"""여권 영문성명 변경 문의 메일에 답장 써줘.
안녕하세요, 황세린입니다. 기존 여권({pn_old}) 영문명이 HWANG SERIN인데 이번에 HWANG SE-RIN으로 바꾸고 싶어요.
미국 유학 서류가 전부 하이픈 들어간 표기로 되어 있어서요. 연락처 {p}, 메일 {m}""",
    [(PER, "황세린"), (PASS, pn_old), (PER, "HWANG SERIN"), (PER, "HWANG SE-RIN"), (PH, p), (MAIL, m)],
)

pn = pp("M")
w = nato(pn)
add(
    "en",
    OB,
    f"""Speech-to-text from the embassy hotline. Write the call note.
Caller: My Korean passport number is {w}. I lost it in Lisbon.
Officer: Thank you, I'll register the loss now.""",
    [(PASS, w)],
)

pn = pp_new("M")
s = " ".join(pn)
add(
    "ko",
    OB,
    f"""고객이 채팅으로 여권번호를 이렇게 보냈어요. 출국 정보 등록 템플릿 채워줘 (성명 칸은 비워둬).
고객: 여권번호는 {s} 입니다
고객: 출국 12/20 KE657""",
    [(PASS, s)],
)


# ================================================================ 시내 면세점 (출국 정보, 면세 한도)
pn, p = pp_new("M"), mob()
add(
    "mixed",
    P,
    f"""시내면세점 구매 고객 출국정보 오류 건이에요. 인도장 전달 메모로 정리해줘.
고객명: 노하윤 (NOH HAYUN)
여권번호: {pn}
출국편: OZ102 / 2025-12-03 09:10 ICN→NRT
연락처: {p}
이슈: 출국일 12-30으로 잘못 입력됨, 교환권 No. 0041-2287-1190""",
    [(PER, "노하윤"), (PER, "NOH HAYUN"), (PASS, pn), (PH, p)],
)

add(
    "ko",
    N,
    """면세 한도 FAQ 다듬어줘.
- 내국인 기본 면세 한도 USD 800, 술 2병(2L·USD 400 이하), 향수 100mL, 담배 200개비
- 한도 초과 시 간이세율 20%(일부 품목 다름), 자진신고 시 30% 감면(최대 20만원)
- 상품코드 예: 4005808-15882, 브랜드 코드 LNG-0312
- 교환권 번호는 10~12자리 관리번호로 개인정보 아님""",
    [],
)

# ================================================================ 화물운송 (지입차주 계약, 운송 기사 등록)
d, b, a, p = dl("경남", named=True), bz(), acct("경남"), mob()
add(
    "ko",
    P,
    f"""지입 위수탁 계약서 검토 전에 기사 정보 정리해줘.
위탁자(차주): 염동욱, 개인사업자 {b}
운전면허: {d} (1종 대형)
화물운송 종사자격: 제2016-0048122호
차량: 경남 81사 4417 (25톤 카고)
운송료 입금 계좌: 경남은행 {a}
연락처: {p}""",
    [(PER, "염동욱"), (BRN, b), (DLIC, d), (ACC, a), (PH, p)],
)

# ================================================================ 온라인 강의 플랫폼 (수강생 export, 접속 로그)
rows = ["user_id,full_name,email,last_ip,country"]
lab = []
for name, email, ip in [
    ("Fatima Zahra Benali", "fz.benali@outlook.fr", pub_ip()),
    ("Mateo Quispe", "mateo.quispe@gmail.com", ip6()),
    ("Hyejin Moon", "hyejin.moon@snu.ac.kr", pub_ip()),
]:
    rows.append(
        f"{random.randint(100000, 999999)},{name},{email},{ip},{'MA' if 'Benali' in name else 'PE' if 'Quispe' in name else 'KR'}"
    )
    lab += [(PER, name), (MAIL, email), (IP, ip)]
add(
    "en",
    P,
    "Write a pandas snippet that drops the duplicate learners and keeps the latest login. Sample of the export:\n"
    + "\n".join(rows),
    lab,
)

ip1, ip2 = ip6(), pub_ip()
add(
    "mixed",
    P,
    f"""LMS nginx 접근 로그인데 동시접속 제한 우회한 계정 찾아줘.
{ip1} - sjmoon [19/Nov/2025:20:11:04 +0900] "GET /course/4471/lecture/12 HTTP/2.0" 200 51234 "-" "Mozilla/5.0"
{ip2} - sjmoon [19/Nov/2025:20:11:09 +0900] "GET /course/4471/lecture/12 HTTP/2.0" 200 51234 "-" "Mozilla/5.0 (iPhone)"
{ip1} - sjmoon [19/Nov/2025:20:14:42 +0900] "POST /api/progress HTTP/2.0" 204 0 "-" "Mozilla/5.0\"""",
    [(IP, ip1), (IP, ip2), (IP, ip1)],
)

m = "yuna.ko.study@gmail.com"
e = pct(m, all_bytes=True)
add(
    "ko",
    OB,
    f"""수강 신청 폼 리다이렉트 URL인데 여기서 누구 이메일인지 알 수 있어? 알 수 있으면 로그 마스킹 규칙 추가해야 해서.
https://lms.hangyeol-edu.kr/enroll/complete?c=4471&e={e}&utm_source=kakao""",
    [(MAIL, e)],
)

# ================================================================ 모바일 앱 크래시 로그 (logcat, 회원 데이터)
m, p, ip = "minji.heo.1130@kakao.com", mob(), ip6()
add(
    "mixed",
    P,
    f"""앱 크래시 로그예요. 원인 추정해주고 로그에 개인정보 찍히지 않게 하려면 어디 고쳐야 하는지 알려줘.
11-21 13:02:44.118 E/ProfileSync( 8121): java.lang.IllegalStateException: phone format invalid
11-21 13:02:44.118 E/ProfileSync( 8121):   user={{nick=민지쓰, email={m}, phone={p}, ip={ip}}}
11-21 13:02:44.119 E/ProfileSync( 8121):   at kr.co.haru.sync.ProfileMapper.map(ProfileMapper.kt:88)
11-21 13:02:44.119 E/ProfileSync( 8121):   at kr.co.haru.sync.SyncWorker.doWork(SyncWorker.kt:41)""",
    [(MAIL, m), (PH, p), (IP, ip)],
)

# ================================================================ 사내 인프라 설정 (k8s secret, DB 접속)
ip1, ip2, m = priv_ip(), priv_ip(), "dba-oncall@mirae-card.co.kr"
add(
    "en",
    P,
    f"""Review this Helm values snippet and tell me what's unsafe.

db:
  primary: "postgresql://app_rw:S3cure!pw@{ip1}:5432/cardcore"
  replica: "postgresql://app_ro@{ip2}:5432/cardcore"
alerts:
  oncall: {m}
  escalation: "Kwon Taeyang (DBA lead)"
""",
    [(IP, ip1), (IP, ip2), (MAIL, m), (PER, "Kwon Taeyang")],
)

# ================================================================ B2B CRM export (미국 법인 영업)
rows = ["First Name,Last Name,Title,Email,Phone,Mailing Street,City,State,Zip"]
lab = []
for fn, ln, title, email, street, city, st, z in [
    (
        "Denise",
        "Okafor",
        "VP Procurement",
        "dokafor@brightwater-foods.com",
        "7710 Commerce Park Blvd",
        "Charlotte",
        "NC",
        "28273",
    ),
    (
        "Raymond",
        "Szabo",
        "Plant Manager",
        "ray.szabo@kestrel-mfg.com",
        "455 Industrial Way Suite 200",
        "Toledo",
        "OH",
        "43607",
    ),
]:
    p = fmt("+1 (NNN) MNN-NNNN").replace("(0", "(4").replace("(1", "(7")
    rows.append(f"{fn},{ln},{title},{email},{p},{street},{city},{st},{z}")
    lab += [(PER, fn), (PER, ln), (MAIL, email), (PH, p), (LOC, f"{street},{city},{st},{z}")]
add(
    "en",
    P,
    "Clean this CRM export: split it into accounts and contacts and normalise phone formats.\n" + "\n".join(rows),
    lab,
)

# ================================================================ 신원조회 (미국 자회사 채용, 한국인 후보자)
r, m, p = rr("940731", 1), "jiho.seol.work@gmail.com", mob()
add(
    "en",
    P,
    f"""Our background-check vendor sent this. Summarise what's still missing, in Korean.

Candidate: Jiho Seol (설지호)
Korean resident registration no. (for the criminal record check): {r}
Current address: 9-12, Yeonmujang 5-gil, Seongdong-gu, Seoul 04782
Contact: {m} / {p}
Status: education verified; employment (2 of 3) verified; criminal check pending consent form.""",
    [
        (PER, "Jiho Seol"),
        (PER, "설지호"),
        (RRN, r),
        (LOC, "9-12, Yeonmujang 5-gil, Seongdong-gu, Seoul 04782"),
        (MAIL, m),
        (PH, p),
    ],
)

# ================================================================ 감사팀 내부 제보 (제보 채널, 처리 원칙)
c, b, a = cc("4"), bz(), acct("신한")
add(
    "ko",
    P,
    f"""익명 제보 채널 접수 내용이에요. 조사 착수 보고서 개요 잡아줘.
"구매팀 나상욱 차장이 협력사 (주)명진산업(사업자번호 {b})과 짜고 단가를 부풀리고 있습니다.
명진산업 대표 처남 계좌 신한 {a} 로 매달 돈이 갑니다. 나 차장 법인카드 {c} 로 골프장 결제도 반복됨.
같은 팀 유세진 대리도 알고 있어요." """,
    [(PER, "나상욱"), (BRN, b), (ACC, a), (PER, "나"), (CARD, c), (PER, "유세진")],
)

add(
    "ko",
    N,
    """내부 제보 처리 원칙 요약해줘 (임직원 공지용).
- 공익신고자 보호법 제12조(비밀보장), 제15조(불이익조치 금지)
- 접수 후 7일 내 배정, 60일 내 조사 완료(1회 30일 연장)
- 제보 번호 형식 WB-2025-0412, 처리 현황은 번호로만 조회
- 제보 채널: 사내 포털 > 윤리경영 > 익명제보 (외부 080-022-7700, 수신자부담)""",
    [],
)

# ================================================================ 지자체 CCTV 영상 열람 (신청서, 공공 와이파이 로그)
r, p = rr("870225", 2), mob()
add(
    "ko",
    P,
    f"""CCTV 영상정보 열람 청구서 내용이에요. 열람 가능 여부 판단 근거(개인정보 보호법) 정리해줘.
청구인: 민서영 ({r})
연락처: {p}
청구 사유: 2025.11.17 20시경 차량 파손(주차 중) 확인
촬영 장소: 서울특별시 송파구 오금로 32길 11 앞 (어린이공원 입구 CCTV)
요청 범위: 19:30~20:30""",
    [(PER, "민서영"), (RRN, r), (PH, p), (LOC, "서울특별시 송파구 오금로 32길 11")],
)

p, ip1, ip2 = mob(sep=""), priv_ip(), ip6()
add(
    "mixed",
    P,
    f"""공공 와이파이 인증 서버 로그예요. 같은 MAC으로 여러 번호 인증한 케이스 찾는 쿼리 짜줘.
2025-11-20 18:04:11 AUTH sms_ok msisdn={p} mac=3C:22:FB:91:0A:7E ipv4={ip1} ipv6={ip2} ap=SONGPA-PARK-07
2025-11-20 18:04:13 DHCP ack mac=3C:22:FB:91:0A:7E lease=3600""",
    [(PH, p), (IP, ip1), (IP, ip2)],
)

# ================================================================ 어학시험 (성적표 재발급, 본인확인)
pn, m = pp("M"), "chaeyoung.baek@naver.com"
add(
    "mixed",
    P,
    f"""성적표 재발급 요청 메일 영어로 번역해줘.
안녕하세요, 11월 9일 시험 응시자 백채영(BAEK CHAEYOUNG)입니다. 신분증으로 여권 {pn} 을 제출했는데 성적표에 영문 이름이 BAEK CHAE YOUNG으로 잘못 나왔어요.
수정 후 재발급 부탁드리고 회신은 {m} 으로 주세요. 수험번호 3112-0471-22""",
    [(PER, "백채영"), (PER, "BAEK CHAEYOUNG"), (PASS, pn), (PER, "BAEK CHAE YOUNG"), (MAIL, m)],
)

# ================================================================ 공공기관 블라인드 채용 (지원서 점검)
r, p = rr("980112", 2), mob()
add(
    "ko",
    P,
    f"""블라인드 채용 위반 점검 중인데, 이 지원서 자기소개서에서 가려야 할 부분 표시해줘.
"저는 {r} 생으로... 아버지 길상훈(○○공사 부장)의 영향으로 공직을 꿈꿨고, 현재 대전광역시 유성구 대학로 291 학생 기숙사에서 지내며
준비했습니다. 연락처 {p}" — 지원자 길수아""",
    [(RRN, r), (PER, "길상훈"), (LOC, "대전광역시 유성구 대학로 291"), (PH, p), (PER, "길수아")],
)

# ================================================================ 택시 호출 플랫폼 (기사 등록, 온보딩 API)
d, a, p = dl("대전", named=True), acct("농협"), mob()
add(
    "ko",
    P,
    f"""택시 기사 등록 심사 메모 정리해줘.
기사명: 옥상민 / 연락처 {p}
운전면허: {d} (1종 보통), 택시운전자격 제2011-004871호
정산 계좌: 농협 {a}
차량: 대전 34바 7720 (법인 소속 아님, 개인택시)
특이: 교통사고 경력 조회 이상 없음""",
    [(PER, "옥상민"), (PH, p), (DLIC, d), (ACC, a)],
)

d, r, m, ip = dl("인천"), rr("790506", 1, dash=False), "gh.yeon79@hanmail.net", pub_ip()
body = js({"driverName": "연근호", "licenseNo": d, "rrn": r, "email": m, "signupIp": ip, "vehicle": "인천 31자 1042"})
add(
    "mixed",
    P,
    f"""기사 온보딩 API 요청 바디인데 서버에서 400 나와요. 스펙상 licenseNo는 하이픈 없는 12자리여야 한대. 고쳐줘.
POST /v2/drivers
{body}""",
    [(PER, "연근호"), (DLIC, d), (RRN, r), (MAIL, m), (IP, ip)],
)


# ================================================================ 대형마트 멤버십 (통합 오류)
p, m, mc = mob(), "soyeon.ham@nate.com", grp(not_luhn(16, "9"), (4, 4, 4, 4))
add(
    "ko",
    P,
    f"""멤버십 통합 오류 문의 답변 써줘.
고객: 함소연 / 휴대폰 {p} / 이메일 {m}
포인트카드번호 {mc} (구 카드) 포인트 31,240점이 신규 앱 계정으로 안 넘어옴
요청: 포인트 이관 및 구 카드 해지""",
    [(PER, "함소연"), (PH, p), (MAIL, m)],
)

# ================================================================ 보험설계사 위촉 (위촉 서류)
r, a, p = rr("881207", 2), acct("대구"), mob()
add(
    "ko",
    P,
    f"""설계사 위촉 서류 체크해서 누락 항목 알려줘.
위촉 대상: 채은비 ({r})
주소: 대구광역시 달서구 월배로 214, 1203동 907호
수수료 계좌: 대구은행 {a}
연락처: {p}
제출: 위촉계약서, 개인정보 동의서 / 미제출: 경력증명서, 등록교육 수료증""",
    [(PER, "채은비"), (RRN, r), (LOC, "대구광역시 달서구 월배로 214, 1203동 907호"), (ACC, a), (PH, p)],
)

# ================================================================ 통계청 가계동향조사 (조사원 메모)
p1, p2 = mob(), land("064")
add(
    "ko",
    P,
    f"""가계동향조사 조사원 현장 메모입니다. 응답 거부 사유 분류표에 맞게 정리해줘.
- 표본가구 0417: 제주특별자치도 서귀포시 대정읍 하모항구로 55-2, 응답자 좌경순 님(가구주 배우자) 부재 3회. 자녀 좌민호 씨 {p1} 통해 재방문 약속
- 표본가구 0418: 제주특별자치도 서귀포시 대정읍 일주서로 2319, 고령 1인 가구, 보청기 필요 → 면접조사 대신 전화조사 {p2} 로 시도""",
    [
        (LOC, "제주특별자치도 서귀포시 대정읍 하모항구로 55-2"),
        (PER, "좌경순"),
        (PER, "좌민호"),
        (PH, p1),
        (LOC, "제주특별자치도 서귀포시 대정읍 일주서로 2319"),
        (PH, p2),
    ],
)

# ================================================================ 사내 동호회 (회비 정산)
a, p = acct("토스뱅크"), mob()
add(
    "ko",
    P,
    f"""동호회 단톡 내용인데 회비 미납자 정리해줘.
[총무 반하은] 12월 회비 2만원 {a} (토스뱅크 반하은) 으로 부탁드려요~
[석준호] 입금했습니다
[표지민] 저 이번 달 빠질게요
[총무 반하은] 표지민님은 다음 달에 같이 내주세요. 문의는 {p}""",
    [
        (PER, "반하은"),
        (ACC, a),
        (PER, "반하은"),
        (PER, "석준호"),
        (PER, "표지민"),
        (PER, "반하은"),
        (PER, "표지민"),
        (PH, p),
    ],
)

# ================================================================ 하도급 대금 미지급 신고 (공정위 신고서)
b1, c1, b2, p = bz(), cr("110111"), bz(), mob()
add(
    "ko",
    P,
    f"""하도급 대금 미지급 신고서 초안 정리해줘 (공정위 양식 기준).
신고인: 대광설비(개인사업자) 사업자번호 {b2}, 대표 허동수, {p}
피신고인: 주식회사 서림종합건설, 사업자번호 {b1}, 법인등록번호 {c1}, 대표이사 오태진
미지급 대금: 기성금 2회분 187,000,000원 (2025.08~09)
현장: 경기도 김포시 고촌읍 김포대로 381번길 14 (근린생활시설 신축)""",
    [
        (BRN, b2),
        (PER, "허동수"),
        (PH, p),
        (BRN, b1),
        (CRN, c1),
        (PER, "오태진"),
        (LOC, "경기도 김포시 고촌읍 김포대로 381번길 14"),
    ],
)

# ================================================================ 주주총회 (주주명부)
rows = ["주주명\t주소\t증권계좌\t보유주식수"]
lab = []
for name, addr in [
    ("성기현", "서울특별시 서초구 반포대로 58, 3동 1502호"),
    ("임가윤", "경기도 수원시 영통구 광교중앙로 145, 3301동 2201호"),
]:
    sa = fmt("NNNNN-NN-NNNNNN")
    rows.append(f"{name}\t{addr}\t{sa}\t{random.randint(1, 90) * 100:,}")
    lab += [(PER, name), (LOC, addr), (ACC, sa)]
add(
    "ko",
    P,
    "임시주총 소집통지 우편 발송용 라벨 만들어줘 (이름 + 주소만). 주주명부 일부:\n" + "\n".join(rows),
    lab,
)

# ================================================================ 산업단지 공장등록 (신청서)
c, b, p, m = cr("194211"), bz(), land("054"), "plant.admin@sunwoo-metal.co.kr"
add(
    "ko",
    P,
    f"""공장등록 신청서 내용 요약해줘.
회사명: 선우금속 주식회사 / 법인등록번호 {c} / 사업자등록번호 {b}
공장 소재지: 경상북도 구미시 1공단로 7길 42
업종: 25922 (금속 열처리업)
담당자: 총무팀 피경석 과장, {p}, {m}""",
    [(CRN, c), (BRN, b), (LOC, "경상북도 구미시 1공단로 7길 42"), (PER, "피경석"), (PH, p), (MAIL, m)],
)

# ================================================================ 공무원 출장 여비 정산
c, a = cc("9410", groups=(4, 4, 4, 4)), acct("우체국")
add(
    "ko",
    P,
    f"""출장 여비 정산서 검토해줘. 규정(공무원 여비 규정)상 틀린 부분 있으면 알려주고.
출장자: 주무관 탁은솔 / 2025.11.12~11.14 세종→부산 (해양수산 협의)
숙박비: 70,000원 × 2박 (정부구매카드 {c} 결제)
일비 25,000원 × 3일, 식비 25,000원 × 3일
여비 입금 계좌: 우체국 {a}""",
    [(PER, "탁은솔"), (CARD, c), (ACC, a)],
)

# ================================================================ 온누리상품권 가맹 (전통시장)
b, r, p = bz(), rr("620414", 2), mob()
add(
    "ko",
    P,
    f"""온누리상품권 가맹점 신청서 확인해줘.
상호: 봉순이네 반찬 / 사업자등록번호 {b}
대표자: 차봉순 ({r}) / 휴대폰 {p}
점포 위치: 광주광역시 동구 대인로 59-1, B동 14호 (대인시장)
취급 품목: 반찬, 김치""",
    [(BRN, b), (PER, "차봉순"), (RRN, r), (PH, p), (LOC, "광주광역시 동구 대인로 59-1, B동 14호")],
)

# ================================================================ 스마트팜 청년농 지원사업 (선정자)
r1, r2, a1, a2 = rr("960330", 1), rr("970912", 2), acct("농협"), acct("농협")
add(
    "ko",
    P,
    f"""청년농 스마트팜 지원사업 선정자 2명 정보예요. 보조금 교부 결정 통지서 초안 2부 만들어줘.
1. 함준서 ({r1}) 전라북도 김제시 백산면 공덕로 72-9 / 보조금 계좌 농협 {a1}
2. 오가온 ({r2}) 전라북도 김제시 부량면 벽골제로 441 / 보조금 계좌 농협 {a2}
사업비 각 5억(국비 50%, 도비 15%, 시비 15%, 자부담 20%)""",
    [
        (PER, "함준서"),
        (RRN, r1),
        (LOC, "전라북도 김제시 백산면 공덕로 72-9"),
        (ACC, a1),
        (PER, "오가온"),
        (RRN, r2),
        (LOC, "전라북도 김제시 부량면 벽골제로 441"),
        (ACC, a2),
    ],
)

# ================================================================ 산불 피해 재난지원금 (지급 명단)
r, a, p = rr("450723", 1), acct("농협"), mob()
add(
    "ko",
    P,
    f"""재난지원금 지급 대상 확인 메모 다듬어줘.
피해 주민: 신만덕 ({r}), 경상북도 영덕군 지품면 황장리 322 (주택 전소)
지원금 1,600만원(주택 전파), 입금 계좌 농협 {a}
대리 수령: 장남 신경철 {p} (위임장 첨부)""",
    [(PER, "신만덕"), (RRN, r), (LOC, "경상북도 영덕군 지품면 황장리 322"), (ACC, a), (PER, "신경철"), (PH, p)],
)

# ================================================================ 건강검진센터 (예약)
r, h, p = rr("790830", 2), hid(), mob()
add(
    "ko",
    P,
    f"""검진 예약 확인 문자 만들어줘.
수검자: 은지영 / {r} / 건강보험증 {h}
예약: 2025.12.09(화) 07:30, 위내시경(수면)+대장내시경, 공단 일반검진 포함
연락처: {p}
준비: 전날 21시 이후 금식, 장정결제 수령 필요""",
    [(PER, "은지영"), (RRN, r), (HINS, h), (PH, p)],
)

# ================================================================ 치매안심센터 (등록)
h, p1, p2 = hi(), mob(), mob()
add(
    "ko",
    P,
    f"""치매안심센터 신규 등록 대상자 상담기록을 사례관리 양식으로 옮겨줘.
대상자: 노금례 어르신 (84세), 건강보험 {h}
거주: 충청북도 충주시 연수동산로 12, 201동 305호 (독거)
주보호자: 딸 노은주 {p1} / 부보호자: 사위 강태식 {p2}
MMSE-DS 17점, 배회 1회 (11/2 경찰 인계)""",
    [
        (PER, "노금례"),
        (HINS, h),
        (LOC, "충청북도 충주시 연수동산로 12, 201동 305호"),
        (PER, "노은주"),
        (PH, p1),
        (PER, "강태식"),
        (PH, p2),
    ],
)

# ================================================================ 임신·출산 바우처 (국민행복카드)
c, h, p = cc("55", sep=" "), hi(), mob()
add(
    "ko",
    P,
    f"""국민행복카드 바우처 미적용 민원 답변 써줘.
민원인 옥가윤, 임신 18주, 건강보험 {h}
국민행복카드 {c} 로 산부인과 진료비 결제했는데 바우처 차감 안 되고 일반 결제됨
연락처 {p}""",
    [(PER, "옥가윤"), (HINS, h), (CARD, c), (PH, p)],
)

# ================================================================ 장애인 활동지원 (급여 변경)
r, h, p = rr("010924", 3), hid(), mob()
add(
    "ko",
    P,
    f"""활동지원 급여 변경 신청 내용인데 결정 통지서용 문장으로 써줘.
수급자: 맹도윤 ({r}), 건강보험 {h}
현재 월 120시간 → 신청 180시간 (대학 진학으로 이동 지원 증가)
활동지원사: 길성민 {p}
보호자 의견: 야간 지원 필요""",
    [(PER, "맹도윤"), (RRN, r), (HINS, h), (PER, "길성민"), (PH, p)],
)

# ================================================================ 간편송금 착오송금 반환
a1, a2, p = acct("카카오뱅크"), acct("케이뱅크"), mob()
add(
    "ko",
    P,
    f"""착오송금 반환지원 신청 내용 정리해줘.
송금인: 류하람, {p}
보낸 계좌: 카카오뱅크 {a1}
받은 계좌(착오): 케이뱅크 {a2} (수취인명 표*진 으로 표시)
금액: 1,350,000원 / 송금일시 2025.11.18 22:41""",
    [(PER, "류하람"), (PH, p), (ACC, a1), (ACC, a2)],
)

# ================================================================ 공연 예매 (취소 수수료 분쟁)
c, p = cc("4", sep=""), mob()
add(
    "ko",
    P,
    f"""예매 취소 수수료 분쟁 건인데 고객 응대 답변 써줘.
예매자: 구세아 / {p}
예매번호 T2511-0928174, 뮤지컬 2매 VIP석 (12/24 19:30)
결제 카드 {c} (일시불 338,000원)
취소 요청 12/14 → 관람일 10일 전 수수료 10% 부과에 이의""",
    [(PER, "구세아"), (PH, p), (CARD, c)],
)

# ================================================================ 대형폐기물 배출 신고
p = mob()
add(
    "ko",
    P,
    f"""대형폐기물 배출 신고 카톡 상담이에요. 수거 일정 확정 답장 써줘.
[주민] 장롱 1개, 소파 3인용 버리려고요. 부산광역시 동래구 충렬대로 107번길 33, 3층이에요
[주민] 이름은 도명숙, 연락처 {p}
[상담봇] 수수료 합계 23,000원입니다. 배출 희망일을 선택해주세요""",
    [(LOC, "부산광역시 동래구 충렬대로 107번길 33, 3층"), (PER, "도명숙"), (PH, p)],
)

# ================================================================ 출판사 인세 (작가 지급)
r, a, m = rr("760309", 1), acct("국민"), "yoonseok.writes@gmail.com"
add(
    "ko",
    P,
    f"""인세 지급 명세서 작성해줘 (기타소득 아니고 사업소득 3.3%).
저자: 금윤석 (필명 '해무') / 주민등록번호 {r}
인세 계좌: 국민은행 {a}
이메일: {m}
2025년 하반기 판매 4,112부 × 정가 18,000원 × 인세율 10%""",
    [(PER, "금윤석"), (RRN, r), (ACC, a), (MAIL, m)],
)

# ================================================================ 방송국 출연료 (지급 요청)
r1, r2, a1, a2 = rr("900115", 2), rr("690704", 1), acct("신한"), acct("하나")
add(
    "ko",
    P,
    f"""출연료 지급 요청서 표로 정리해줘.
| 출연자 | 주민번호 | 은행 | 계좌 | 금액 |
| 진세라 (패널) | {r1} | 신한 | {a1} | 300,000 |
| 우병국 (전문가 인터뷰) | {r2} | 하나 | {a2} | 500,000 |
프로그램: 시사토크 '오늘의 쟁점' 11/20 녹화분""",
    [(PER, "진세라"), (RRN, r1), (ACC, a1), (PER, "우병국"), (RRN, r2), (ACC, a2)],
)

# ================================================================ 공공 체육시설 대관
b, p = bz(), mob()
add(
    "ko",
    P,
    f"""체육관 대관 신청서 검토해서 승인 문자 써줘.
단체명: 새벽배드민턴클럽 (고유번호증 {b})
대표자: 명하진 / 연락처 {p}
대관 일시: 매주 화·목 06:00~08:00 (2026.01~03)
시설: 구민체육센터 2층 다목적홀 (코트 4면)""",
    [(BRN, b), (PER, "명하진"), (PH, p)],
)


# ================================================================ 가족센터 (결혼이민자 상담)
x, p, p2 = ar("920618", 6), mob(), mob()
add(
    "mixed",
    P,
    f"""가족센터 상담일지 번역 필요해요 (한국어 → 쉬운 영어, 상담자용).
내담자: Maricel Dela Cruz (마리셀), 필리핀 출신, 외국인등록번호 {x}
배우자: 석용준 ({p2})
내담자 연락처: {p}
주 호소: 시어머니와 갈등, 한국어 교육(중급) 희망, 자녀 어린이집 알림장 이해 어려움""",
    [(PER, "Maricel Dela Cruz"), (PER, "마리셀"), (ARN, x), (PER, "석용준"), (PH, p2), (PH, p)],
)

# ================================================================ 유학생 시간제취업 허가
x, b, m = ar("030403", 7), bz(), "duc.pham.hufs@gmail.com"
add(
    "mixed",
    P,
    f"""시간제취업 확인서 작성 도와줘.
학생: PHAM MINH DUC, 외국인등록번호 {x}, {m}
근무처: 카페 해랑 (사업자등록번호 {b}), 사장님 이름 은하람
근무시간: 주 20시간 (토·일), 시급 10,030원
지도교수: 구성연 교수님 확인 서명 필요""",
    [(PER, "PHAM MINH DUC"), (ARN, x), (MAIL, m), (BRN, b), (PER, "은하람"), (PER, "구성연")],
)

# ================================================================ 가상자산 거래소 고객센터 (출금 정지)
a, ip, p = acct("케이뱅크"), pub_ip(), mob()
add(
    "mixed",
    P,
    f"""출금 정지 해제 요청 티켓 요약해줘 (risk team 전달용).
Ticket #CS-884120 / 회원 국태하 / 연결 계좌 케이뱅크 {a}
2025-11-21 03:12 KST new device login, IP {ip} (VPN 의심), withdrawal 2.1 ETH to 0x9f3c...a81e blocked by rule WD-07
회원 통화 {p}: 본인 해외 출장 중 접속이라고 소명""",
    [(PER, "국태하"), (ACC, a), (IP, ip), (PH, p)],
)

# ================================================================ SI 프로젝트 테스트 fixture (TypeScript)
r, p, c, m = rr("851012", 1), mob(), cc("4", sep=""), "ha.jinwoo@corp-mail.kr"
ts = f"""export const customerFixture = {{
  name: "하진우",
  rrn: "{r}",
  mobile: "{p}",
  email: "{m}",
  cardNo: "{c}",
  address: "서울특별시 영등포구 여의대로 108, 31층",
}};"""
add(
    "mixed",
    P,
    f"""이 테스트 fixture 운영 데이터 복사한 거 같은데 가짜 데이터로 바꾸는 faker 코드 짜줘 (형식은 유지).
```ts
{ts}
```""",
    [(PER, "하진우"), (RRN, r), (PH, p), (MAIL, m), (CARD, c), (LOC, "서울특별시 영등포구 여의대로 108, 31층")],
)

# ================================================================ 엑셀 VBA (급여 명세 메일 발송)
m1, m2, a1, a2 = "sungmin.yoo@dahye-tech.com", "arin.kwak@dahye-tech.com", acct("신한"), acct("기업")
add(
    "mixed",
    P,
    f"""VBA 매크로가 두 번째 줄부터 메일을 안 보내요. 원인 찾아줘.
```vba
' A열 이름, B열 메일, C열 계좌 (시트 "급여")
' 유성민 | {m1} | {a1}
' 곽아린 | {m2} | {a2}
For i = 2 To lastRow
    Set mail = outlook.CreateItem(0)
    mail.To = Sheets("급여").Cells(i, 2).Value
    mail.Subject = "11월 급여명세"
    mail.Send
Next i
```""",
    [(PER, "유성민"), (MAIL, m1), (ACC, a1), (PER, "곽아린"), (MAIL, m2), (ACC, a2)],
)

# ================================================================ 데이터 이관 (구 시스템 CSV)
r1, r2, p1, p2 = rr("660605", 1), rr("710911", 2), land("051"), mob()
add(
    "mixed",
    P,
    f"""legacy CRM → 신규 시스템 migration 중 CSV 파싱이 깨져요. 따옴표 처리 어떻게 해야 하는지 알려줘.
cust_no,name,jumin,tel,addr
C0041,"오세창","{r1}",{p1},"부산광역시 영도구 태종로 105번길 21, 2층"
C0042,"Lim, Sora (임소라)","{r2}",{p2},"부산광역시 수영구 광안해변로 219, 1801호"
ERROR line 3: expected 5 fields, saw 6""",
    [
        (PER, "오세창"),
        (RRN, r1),
        (PH, p1),
        (LOC, "부산광역시 영도구 태종로 105번길 21, 2층"),
        (PER, "Lim, Sora"),
        (PER, "임소라"),
        (RRN, r2),
        (PH, p2),
        (LOC, "부산광역시 수영구 광안해변로 219, 1801호"),
    ],
)

# ================================================================ 텔레그램 봇 webhook (민원 알림)
p, ip = mob(sep=""), pub_ip()
hook = js(
    {
        "update_id": 771204118,
        "message": {
            "from": {"id": 5518820311, "first_name": "Jaeho", "last_name": "Yeon"},
            "text": f"연재호입니다 회신 부탁 {p}",
            "x_forwarded_for": ip,
        },
    }
)
add(
    "mixed",
    P,
    f"""민원 알림 텔레그램 봇 webhook payload인데 python으로 파싱해서 이름이랑 메시지 텍스트만 슬랙으로 넘기는 코드 짜줘.
{hook}""",
    [(PER, "Jaeho"), (PER, "Yeon"), (PER, "연재호"), (PH, p), (IP, ip)],
)

# ================================================================ 의료관광 유치업체 (환자 리스트)
p1, m = fmt("+998 9N NNN NN NN"), "agency@silkroad-medtour.uz"
add(
    "mixed",
    P,
    f"""의료관광 유치업체가 보낸 환자 명단이에요. 병원 코디네이터용 한국어 표로 바꿔줘.
1) Gulnara Abdullaeva — checkup + thyroid US, arrival Dec 2 (OZ574), cell {p1}
2) Timur Abdullaev (her son) — dermatology consult
Agency contact: {m}, coordinator 임채린 (Korean staff in Tashkent)""",
    [(PER, "Gulnara Abdullaeva"), (PH, p1), (PER, "Timur Abdullaev"), (MAIL, m), (PER, "임채린")],
)

# ================================================================ 전자여행허가 초청 (K-ETA 초청인)
r, p, m = rr("820827", 1), mob(), "invite.kim@hanbit-trade.co.kr"
add(
    "mixed",
    P,
    f"""Invitation letter를 한국어/영어 병기로 만들어줘. 초청인 정보는 아래.
초청인: 김한빛 (KIM HANBIT), 주민등록번호 {r}, 한빛무역 대표
Inviter contact: {p}, {m}
피초청인: Oluwaseun Adeyemi (Nigerian passport), business meeting Jan 14-18
Inviter address: 인천광역시 중구 공항동로 296번길 98-30, 5층""",
    [
        (PER, "김한빛"),
        (PER, "KIM HANBIT"),
        (RRN, r),
        (PH, p),
        (MAIL, m),
        (PER, "Oluwaseun Adeyemi"),
        (LOC, "인천광역시 중구 공항동로 296번길 98-30, 5층"),
    ],
)

# ================================================================ MCN 크리에이터 정산
r, a, m = rr("990501", 2), acct("토스뱅크"), "biz.dalbit@gmail.com"
add(
    "mixed",
    P,
    f"""크리에이터 정산 요청 메일 답장 써줘 (원천징수 안내 포함).
Creator: 달빛로그 (본명 진하솜)
주민등록번호 {r} / 정산 계좌 토스뱅크 {a}
business contact {m}
10월 AdSense revenue USD 2,184.37 → 환율 1,392.10 적용 요청""",
    [(PER, "진하솜"), (RRN, r), (ACC, a), (MAIL, m)],
)

# ================================================================ 다국적 회사 사내 Slack (급여 이슈)
a, p = acct("SC제일"), fmt("+65 9NNN NNNN")
add(
    "mixed",
    P,
    f"""Slack DM 내용 요약해서 payroll 팀 티켓으로 만들어줘.
Priyanka Nair 11:02 AM: Hi 지수님, my November salary went to the old account. New one is SC제일 {a}.
우지수 11:05 AM: 확인해볼게요! Priyanka 님 Singapore 번호 {p} 로 연락드려도 돼요?
Priyanka Nair 11:06 AM: yes please""",
    [
        (PER, "Priyanka Nair"),
        (PER, "지수"),
        (ACC, a),
        (PER, "우지수"),
        (PER, "Priyanka"),
        (PH, p),
        (PER, "Priyanka Nair"),
    ],
)

# ================================================================ 통역 봉사 명단 (국제 행사)
rows = []
lab = []
for kr, en, lang in [("탁서윤", "TAK SEOYUN", "ES"), ("모지안", "MO JIAN", "FR"), ("Ana Beatriz Souza", "", "PT")]:
    p, m = mob(), f"{random.choice(['v', 'vol', 'iv'])}{dg(4)}@{random.choice(['naver.com', 'gmail.com', 'daum.net'])}"
    rows.append(f"- {kr}{' / ' + en if en else ''} ({lang}) {p} {m}")
    lab += [(PER, kr)] + ([(PER, en)] if en else []) + [(PH, p), (MAIL, m)]
add(
    "mixed",
    P,
    "국제 행사 통역 봉사자 명단입니다. 언어별로 묶어서 조 편성표 만들어줘.\n" + "\n".join(rows),
    lab,
)

# ================================================================ Jira 티켓 (고객 데이터 포함)
m, ip, c = "rbaek.design@gmail.com", ip6(), cc("52")
add(
    "mixed",
    P,
    f"""Jira 티켓 description 다듬어줘 (고객정보는 그대로 두고 문장만).
PAY-2291 결제 실패 재현
- 고객: 백로운 ({m})
- 카드: {c} (해외 발급 아님)
- 결제 시도 IP {ip}, iOS 18.1, 앱 4.12.0 (build 4120)
- 에러: PG_TIMEOUT after 30s""",
    [(PER, "백로운"), (MAIL, m), (CARD, c), (IP, ip)],
)

# ================================================================ 앱 마켓 환불 (영문)
c, m = cc("4"), "wren.castillo@icloud.com"
add(
    "en",
    P,
    f"""Reply to this refund request, apologetic tone.

Hi, I'm Wren Castillo. Your app charged my Visa {c} twice for the yearly plan on Nov 19.
Account e-mail {m}. Please refund one of them. — W. Castillo""",
    [(PER, "Wren Castillo"), (CARD, c), (MAIL, m), (PER, "Castillo")],
)

# ================================================================ 해외 출장 비자 (영문 명단)
pn1, pn2, pn3 = pp_new("M"), pp_new("M"), pp("M")
add(
    "en",
    P,
    f"""Format this list for the Indian e-Business visa agent (name as in passport / passport no. / role).
1. CHA MINSEOK / {pn1} / process engineer
2. YANG HYEWON / {pn2} / quality manager
3. SEOK DOHYUN / {pn3} / team lead — Mr. Seok travels one day earlier.""",
    [
        (PER, "CHA MINSEOK"),
        (PASS, pn1),
        (PER, "YANG HYEWON"),
        (PASS, pn2),
        (PER, "SEOK DOHYUN"),
        (PASS, pn3),
        (PER, "Seok"),
    ],
)

# ================================================================ GraphQL 응답 (영문 주문 서비스)
p, m, ip = fmt("+1 (312) MNN-NNNN"), "t.nakamura.chi@gmail.com", pub_ip()
gql = js(
    {
        "data": {
            "order": {
                "id": "ord_8QK2L7",
                "customer": {"fullName": "Takeshi Nakamura", "email": m, "phone": p},
                "shipTo": "2211 W Belmont Ave, Chicago, IL 60618",
                "clientIp": ip,
            }
        }
    }
)
add(
    "en",
    P,
    f"""Why does this resolver return the customer's IP to the storefront? Suggest a schema fix.
{gql}""",
    [(PER, "Takeshi Nakamura"), (MAIL, m), (PH, p), (LOC, "2211 W Belmont Ave, Chicago, IL 60618"), (IP, ip)],
)

# ================================================================ 메일 헤더 (피싱 신고 분석)
ip1, ip2, m1, m2 = pub_ip(), priv_ip(), "grace.lim@seorin-law.com", "billing-notice@seorin-1aw.com"
add(
    "en",
    P,
    f"""Analyse these headers from a phishing report and tell me which hop is forged.
Received: from mail.seorin-1aw.com ([{ip1}]) by mx1.seorin-law.com with ESMTPS id 4Xb9; Fri, 21 Nov 2025 09:14:22 +0900
Received: from ws-114.seorin-law.local ({ip2}) by relay.seorin-law.com; Fri, 21 Nov 2025 09:14:25 +0900
From: "Accounts" <{m2}>
To: Grace Lim <{m1}>
Subject: Overdue invoice - action required""",
    [(IP, ip1), (IP, ip2), (MAIL, m2), (PER, "Grace Lim"), (MAIL, m1)],
)

# ================================================================ 국제학교 입학 (영문 서류)
pn, p, m = pp_new("M"), mob(), "jaeyoung.son.family@gmail.com"
add(
    "en",
    P,
    f"""Check this enrolment form for missing fields.
Student: Son Yuna (손유나), Grade 4
Parent/guardian: Son Jaeyoung, Korean passport {pn}
Home: 35 Songdo-dong, Yeonsu-gu, Incheon 21990 (Apt 2104)
Mobile {p} · E-mail {m}""",
    [
        (PER, "Son Yuna"),
        (PER, "손유나"),
        (PER, "Son Jaeyoung"),
        (PASS, pn),
        (LOC, "35 Songdo-dong, Yeonsu-gu, Incheon 21990"),
        (PH, p),
        (MAIL, m),
    ],
)


# ================================================================ hard negatives: 이름 같은 상호·브랜드, 작품 속 인물, 역사 인물, 거리 이름
add(
    "ko",
    N,
    """상권 분석 보고서 문단 다듬어줘.
역 앞 1층 상가는 박승철헤어스투디오, 원할머니보쌈, 김가네김밥, 이디야커피, 정관장 매장이 차지하고 있고 2층에는 김·장 법률사무소 지방 분사무소가 들어와 있다.
반경 500m 내 유동인구 일 41,200명(평일 기준), 임대료 3.3㎡당 월 18만원 수준, 공실률 7.4%.""",
    [],
)

add(
    "ko",
    N,
    """초등 4학년 독서 교육 활동지 만들어줘.
작품: 『심청전』, 『흥부와 놀부』, 『콩쥐팥쥐』, 『홍길동전』, 『춘향전』
활동: 심청이 인당수에 몸을 던진 이유 토론하기 / 놀부의 행동을 오늘날 말로 바꿔보기 / 홍길동이 율도국을 세운 까닭 쓰기
※ 서명란 예시: 이름 ________ (홍길동)""",
    [],
)


# ================================================================ hard negatives: 등록·관리 번호 (특허, 등기 고유번호, 기기 식별번호, 마스킹)
add(
    "ko",
    N,
    """특허 현황 표로 정리해줘.
출원번호 10-2024-0183317 (출원일 2024.12.19) / 공개번호 10-2025-0098214
등록번호 10-2781046 (등록일 2025.09.03), IPC H01M 10/0562, H01M 4/131
PCT/KR2025/004417 국제출원, 우선권 주장 10-2023-0071128
상표 출원 40-2025-0012345 (제9류)""",
    [],
)

add(
    "ko",
    N,
    """부동산 관련 번호들 뭔지 설명 좀.
등기부 고유번호 1101-2019-012345 / 1146-1996-082271
건축물대장 관리번호 11680-100163117
토지이용계획 확인서 발급번호 2025-1168-0041218
개별공시지가 ㎡당 9,812,000원 (2025.01.01 기준)""",
    [],
)

imei1, imei2, iccid = plain_luhn(15, "35"), plain_luhn(15, "35"), plain_luhn(19, "8982")
add(
    "ko",
    N,
    f"""휴대폰 AS 접수 목록인데 단말별로 정리해줘.
단말 1: 갤럭시 S24 / IMEI {imei1} / 증상 충전 불량
단말 2: 아이폰 15 / IMEI {imei2} / 증상 액정 파손
유심 교체: ICCID {iccid}
접수번호 AS-2511-07781, 예상 수리비 148,000원""",
    [],
)

add(
    "ko",
    N,
    """마스킹된 고객 정보가 제대로 가려졌는지 규칙 점검해줘.
고객명 김*수 / 휴대폰 010-****-4471 / 주민번호 900101-1****** / 카드 4518-****-****-2207
계좌 110-***-***789 / 이메일 ki***@n****.com / 주소 서울 강남구 ***로 ** (상세 생략)""",
    [],
)


add(
    "ko",
    N,
    """태풍 정보 요약해서 사내 공지 만들어줘.
제17호 태풍 '장미'는 11/23 09시 현재 오키나와 남쪽 해상에서 북상 중, 중심기압 975hPa, 최대풍속 32m/s.
뒤이어 발생한 제18호 '미리내'는 세력 약함. 지난해 '개미', '나리'와 비슷한 경로 예상.
중심 위치 북위 24.8, 동경 127.4 / 강풍 반경 280km""",
    [],
)

add(
    "ko",
    N,
    """문자 템플릿 변수 치환이 안 돼요. 어디가 문제인지 봐줘.
안녕하세요 #{고객명}님, #{상품명} 배송이 시작되었습니다. 송장번호 #{송장번호}
문의: #{담당자연락처} / 수신거부 080-500-4412
(테스트 발송 결과: "안녕하세요 #{고객명}님" 그대로 나감)""",
    [],
)


# ================================================================ hard negatives (English)
add(
    "en",
    N,
    """Group these vendors by category for the spend report.
Johnson & Johnson (medical supplies), Morgan Stanley (custody), Ben & Jerry's (canteen), Dr. Martens (safety boots),
Marks & Spencer (gift cards), Tim Hortons (event catering), Hewlett-Packard (printers), Wendy's (night-shift meals)
Total FY25: $1,284,330.17 across 8 vendors; PO range 4500182231-4500182298""",
    [],
)

add(
    "en",
    N,
    """Which carrier does each tracking/order number belong to?
112-4839201-7734012 (Amazon order)
1Z 999 AA1 01 2345 6784
7734 1208 9911 (FedEx Express)
9400 1118 9922 3344 5566 77 (USPS)
Return authorisation RMA-25-118204""",
    [],
)

add(
    "en",
    N,
    """Write release notes from this.
commit 9e1c4b7f2a0d83e6b5c1f4a9d7e2b0c6a3f8d1e5 (tag: v2.14.0-rc.3)
image: registry.internal/payments-api@sha256:4b0c1f9e3a7d2c6b8e5f1a0d9c3b7e2f6a4d8c1b5e9f3a7d2c0b6e4f8a1d5c3b
AWS account 418277306591, role arn:aws:iam::418277306591:role/deploy-ci
build 20251121.4 on runner i-0a7f3c9e21b4d8f06, Node 20.11.1, npm 10.2.4""",
    [],
)

add(
    "en",
    N,
    """Summarise the legal basis section in plain English.
Processing relies on GDPR Art. 6(1)(b) and Art. 9(2)(h); US data follows 45 CFR 164.514(b)(2) (Safe Harbor).
See In re Meta Pixel Healthcare Litig., No. 3:22-cv-03580 (N.D. Cal.), and Fed. R. Civ. P. 26(c).
Retention: 36 months per policy DP-07 rev. 4.2.""",
    [],
)

add(
    "en",
    N,
    """Check these container and seal numbers for typos before we file the VGM.
Containers: MSCU1234565, TGHU8830412, CAIU7712096
Seals: ML-KR 4418203, ML-KR 4418204
Booking 254KRPUS1187, vessel MSC ARINA / voyage FA547W, ETD Busan 2025-12-04
VGM 28,410 kg (method 2)""",
    [],
)

add(
    "en",
    N,
    """Turn this into a short news digest for the lobby screen.
Taylor Swift adds a second Tokyo Dome date; Lionel Messi named MLS MVP again; Elon Musk says Starship flight 12 slips to Q1.
Historical note: Abraham Lincoln delivered the Gettysburg Address on 19 November 1863.""",
    [],
)

add(
    "en",
    N,
    """Our mail-merge template sends the placeholders literally. Fix the Jinja syntax.
Dear {{ first_name }} {{ last_name }},
Your order {{ order_id }} ships to {{ shipping_address }}. Questions? Call {{ support_phone }}.
Preview rendered for test contact: "Dear John Doe" / "Jane Doe, 123 Main St, Anytown" (sample data)""",
    [],
)

add(
    "en",
    N,
    """Explain these identifiers in the event payload.
event_id 7c9e6679-7425-40de-944b-e07fc1f90ae7, channel C04QX9T2LMB, user U01H8KJ3ZP2
ts 1732166400.004512 (2024-11-21T05:20:00Z), trace 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
geohash wydm9qy, lat/lon 37.5665, 126.9780""",
    [],
)

add(
    "en",
    N,
    """Convert these bank reference fields into a CSV (no personal data here, just the routing info).
Bank code 088 (Shinhan), 004 (KB Kookmin), 020 (Woori); SWIFT SHBKKRSE, CZNBKRSE, HVBKKRSE
Transfer reference TRF-20251121-000418, amount KRW 12,400,000, value date 2025-11-24
Fee schedule version 2025.3, cut-off 16:30 KST""",
    [],
)

# ================================================================ hard negatives (mixed)
upc = upc_a("88098765432")
add(
    "mixed",
    N,
    f"""음원 유통 메타데이터 검수해줘 (형식 오류만).
Album: 「새벽의 파도」 / UPC {upc} / Label code LC 41872 / Cat. No. DRM-0417
Track 1 ISRC KR-A12-25-00412 (3:41), Track 2 ISRC KR-A12-25-00413 (4:02)
Release 2025-12-05 00:00 KST, P-line ℗ 2025 Dawnrise Music""",
    [],
)

add(
    "mixed",
    N,
    """이 정규식이 주민번호 형식을 제대로 거르는지 테스트 케이스 만들어줘 (예시는 가짜 값만).
```python
RRN = re.compile(r"^\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-?[1-8]\\d{6}$")
assert RRN.match("000000-0000000") is None  # placeholder
assert RRN.match("991231-1******") is None  # masked
```""",
    [],
)

add(
    "mixed",
    N,
    f"""선박 정보 정리해줘 (운항 스케줄표용).
HMM ALGECIRAS {imo_no("981120")}, MMSI 440326000, call sign D7BT
PAN OCEAN '팬 코리아' {imo_no("947455")}, MMSI 440117000
ETA Busan New Port 2025-12-02 06:00, berth HJNC 3, draft 14.2m""",
    [],
)

add(
    "mixed",
    N,
    """Network 팀 위키 문장 다듬어줘.
subnet mask 255.255.255.0 (/24), wildcard 0.0.0.255, 브로드캐스트 주소는 서브넷마다 다름
SNMP OID 1.3.6.1.2.1.1.3.0 (sysUpTime), 1.3.6.1.4.1.9.9.13 (Cisco env mon)
Windows 빌드 10.0.22631.4460, 펌웨어 4.2.1.18, 문서 IP 예시는 203.0.113.0/24만 사용""",
    [],
)


# ================================================================ obfuscated (further common kinds and new kinds, across the domains above)
c = cc("4", sep=" ")
f = fullwidth(c)
add(
    "ko",
    OB,
    f"""공연 예매 취소 요청서 스캔(OCR)인데 전각 문자로 나왔어요. 반각으로 바꿔서 정리해줘.
예매번호：Ｔ２５１１－０９３３０１２
결제카드：{f}
취소사유：관람일 변경""",
    [(CARD, f)],
)

m = "nabi.hyeon@hanmail.net"
f = fullwidth(m)
add(
    "ko",
    OB,
    f"""지방세 환급 신청서 HWP 복사본인데 이메일 칸이 이렇게 나와요. 회신 메일 주소로 쓸 수 있게 바꿔줘.
환급금 통지 받을 전자우편 : {f}
환급 사유 : 이중 납부""",
    [(MAIL, f)],
)

p = mob()
s = sino(p).replace("-", " ")
add(
    "ko",
    OB,
    f"""보험 콜센터 STT인데 번호 부분 숫자로 바꿔서 상담 이력 남겨줘.
상담원: 회신 받으실 번호 말씀해 주세요
고객: {s} 이요
상담원: 네 확인했습니다""",
    [(PH, s)],
)

nm = "구본채"
d = ".".join(nm)
add(
    "ko",
    OB,
    f"""택시 분실물 문의 게시글에 답변 써줘.
"어제 밤 11시쯤 카드지갑 두고 내렸어요 {d} 이름 적힌 사원증 들어있어요. 기사님 연락 부탁드립니다" """,
    [(PER, d)],
)

p = mob()
cp = circled(p)
add(
    "ko",
    OB,
    f"""동호회 오픈채팅 공지에 이렇게 올라왔는데 무슨 번호인지 알려주고 공지 다듬어줘.
"12월 정기모임 참석 여부는 총무 번호 {cp} 로 문자 주세요 (오픈채팅 번호 노출 차단 때문에 이렇게 씀)" """,
    [(PH, cp)],
)

nm = "윤채령"
k = dubeolsik(nm)
add(
    "ko",
    OB,
    f"""사내 메신저 상태 메시지에 한영 전환 안 하고 쳐서 이상하게 들어갔어요. 원래 한글로 뭔지 알려줘.
"[연차] {k} 대리 12/1~12/3 부재, 급한 건 팀 메일로" """,
    [(PER, k)],
)

a = acct("신협")
r_ = rev(a)
add(
    "ko",
    OB,
    f"""회원이 보낸 문자인데 무슨 계좌번호인지 알려줘.
"동호회 회비 환불 계좌예요. 보안 때문에 거꾸로 씁니다 → 신협 {r_} (뒤에서부터 읽으세요)" """,
    [(ACC, r_)],
)

nm = "석하윤"
j = jamo_spell(nm)
add(
    "ko",
    OB,
    f"""학부모 단톡에 이런 메시지가 있어요. 무슨 뜻인지 풀어주고 답장 초안 써줘.
"{j} 엄마예요~ 내일 현장체험학습 도시락 같이 준비하실 분?" """,
    [(PER, j)],
)

a = acct("국민")
h = span_tags(a)
add(
    "ko",
    OB,
    f"""주식 리딩방 투자사기 의심 사이트 소스를 복사했어요. 입금 계좌가 뭔지 알아내서 금감원 제보서에 넣어줘.
<div class="pay-info">국민은행 {h} (예금주 확인 필요)</div>""",
    [(ACC, inner(h, "<span>", "</span>"))],
)

p = mob()
g1, g2, g3 = p.split("-")
table = f"""| 구분 | 앞 | 가운데 | 끝 |
|---|---|---|---|
| 담당자 | {g1} | {g2} | {g3} |"""
add(
    "ko",
    OB,
    f"""스마트팜 교육 안내 회신 메일 표가 이렇게 왔어요. 담당자 연락처를 한 줄로 합쳐서 적어줘.
{table}""",
    [(PH, seg(table, g1, g3))],
)

m = "owen.mercer@fastmail.com"
r13 = rot13(m)
add(
    "en",
    OB,
    f"""A reporter in our Discord wrote this. Decode it and draft a reply offering a call.
"Found the leaked CSV. Reach me off-platform: {r13} (rot13, you know why)" """,
    [(MAIL, r13)],
)

m = "nadia.petrova@proton.me"
s_ = small_at(m)
add(
    "en",
    OB,
    f"""This signature line breaks our mail-merge. Why? Fix the address so it works.
Nadia Petrova | Partnerships | {s_} | Vilnius""",
    [(PER, "Nadia Petrova"), (MAIL, s_)],
)

x = ar("950920", 6)
d = dash_like(x, "minus")
add(
    "mixed",
    OB,
    f"""외국인 근로자 등록 폼에서 이 값이 validation 실패해요. 왜 그런지 알려줘.
arc_no = "{d}"   # copied from a PDF
error: ValueError: invalid ARC format""",
    [(ARN, d)],
)

p = mob()
e = b64(p)
body = js({"event": "callback_request", "contact_b64": e, "channel": "kiosk-07"})
add(
    "mixed",
    OB,
    f"""무인민원발급기 상담 콜백 요청 이벤트인데 contact_b64 디코딩해서 콜백 리스트에 넣는 코드 짜줘.
{body}""",
    [(PH, e)],
)

r = rr("871203", 2)
while a85(r)[0] in ".,;:[<\"'" or a85(r)[-1] in ".,;:)]>\"'":
    r = rr("871203", 2)
a8 = a85(r)
add(
    "mixed",
    OB,
    f"""보험사 레거시 계약 배치 파일에서 이 필드를 발견했어요. encoding이 뭔지, 디코딩하면 뭔지 알려줘.
REC|00417|idv=<~{a8}~>|status=Y""",
    [(RRN, a8)],
)


def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "nineteenth")


def self_check(rows: list[dict[str, object]], sample_every: int = 8) -> None:
    """Print a sample of spans with their covered text and stop on an empty, padded or mis-typed span; warn where a
    labelled string occurs more often in the text than it was labelled (a missed mention or a wrongly placed one)."""
    assert len(rows) == 240, len(rows)
    want = {
        ("positive", "ko"): 80,
        ("positive", "mixed"): 36,
        ("positive", "en"): 24,
        ("negative", "ko"): 40,
        ("negative", "en"): 14,
        ("negative", "mixed"): 6,
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
            html_ref_end = cov.endswith(";") and "&#x" in cov[-8:]  # a character reference ends in ';'
            assert cov.rstrip(".,;:)]>\"'") == cov or s["entity"] == LOC or html_ref_end, (row["id"], cov)
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
    write_heldout(Path(__file__).with_name("heldout_nineteenth.jsonl"), rows)


if __name__ == "__main__":
    main()
