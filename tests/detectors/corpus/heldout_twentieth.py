# ruff: noqa: E501
"""Twentieth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; of heldout_nineteenth.py lines
1-566 (its module docstring, whose labelling conventions this file applies unchanged, its imports, constants, seed,
add(), value makers and disguise helpers; nothing of its cases, lines 567-4053, was read) and lines 4054-4123 (build(),
self_check(), main()), both with `sed -n`; a `grep -n` over the `sed -n 1,566p` output to find the helpers' line
numbers. Other looks: `wc -l` of the files above, an `ls` of tests/detectors/corpus/ (file names only), the version of
.venv/bin/python, the [tool.ruff] section of pyproject.toml (line length and rule selection, found with grep), this
file's own .jsonl output (read back to review every span with its context), and ruff and mypy on this file (mypy also
reports spans.py's own pre-existing error at line 70; this file adds none). No git log, git status or git diff was
read. The engine and the evaluation script were neither read nor run against these cases; nothing here was tuned to
the engine. The value makers dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/acct/pp/pp_new/dl/hi/hid/priv_ip/pub_ip/grp/
digits/issn/ip6 and the disguises mapd/sino/b64/js/lines/fullwidth/pct/between/hexa/dash_like/spaced_digits (with
their tables SINO, ZW, DASHES, SHY, CHO, JUNG, JONG) are copied from the nineteenth unchanged; gs1, cas, mob_nz and the
disguises below them are new. Values are made up with a fresh seed (20_2026_1124_7391); resident, alien, business and
corporate numbers and card numbers carry real check digits (check_digits.py), cards in Visa 4, Mastercard 52/55, a
15-digit 4-6-5 layout (37) and a domestic 9430 prefix; among the hard negatives the CAS registry numbers, the EAN-13
drug barcodes, the GS1 SSCC-18 and GTIN-14, the ISBN-13s and the ISSN carry their check digits, and the published
payment-gateway test card numbers pass the Luhn check (they are documentation values, not cards). Post-October-2020
resident numbers (random last digit failing the old checksum) appear only for children born since then (유치원 추첨
대기 2020년 12월생·2021년생, 산후조리원 신생아 2025년생, 영유아검진 2023년생, 연말정산 자녀 2021년생); a child born in
June 2020 and all older people carry the old checksum.

New domains (none in the nineteenth's list): 병무청 (병역판정검사 일자 변경, 사회복무요원 소집 명단), 예비군 동원훈련
연기, 군부대 면회 신청, 주한미군 기지 출입증 (협력업체), 국군병원 의무기록 사본, 국가보훈 유족 등록, 민방위 교육 과태료,
학교 급식 알레르기 조사, 수학여행 여행자보험, 방과후학교 강사 채용, 학교생활기록부 정정 민원, 교복 구입비 지원,
어린이집 등하원 알림 앱, 유치원 입학 추첨 (처음학교로), 원어민 영어교사 주거수당 (영문), 학원 셔틀 기사, 학위논문
심사 사례비, 학자금 대출 상환유예, 도서관 상호대차 연체; 주정차 과태료 의견진술, 무단투기 신고 포상금, 긴급복지
생계지원, 기초연금, 행복주택 입주자, 주민참여예산, 자원봉사센터 (1365), 빈집 정비, 경로당 냉난방비, 반지하 침수방지시설,
통장 위촉, 청소년 쉼터, 플리마켓 셀러, 공영주차장 정기권, 평생학습관 외국인 주민 한국어교실; 법원 경매 권리신고,
개인회생 채권자목록, 공탁금 출급, 지급명령, 가사조정, 법률구조공단 외국인 임금체불, 영문 소액사건 안내; 치과 교정
CRM, 약국 처방전, 산후조리원 환불, 간병인 매칭, 라식 동의서, 정신건강복지센터 사례관리, 응급실 외국인 관광객 (영문),
한의원 자동차보험 청구, 재활병동 보호자 상주, 영유아검진, 병원 EMR 쿼리; 해외송금, 전세자금대출, 퇴직연금 IRP 이전,
새마을금고 출자금, 편의점 가맹점 정산, 외국인 송금 앱 KYC, 영문 AML 경보, 상조 해약환급, 주택담보대출 심사, 외국인
주택담보대출 (영문), 휴면예금; 편의점 아르바이트 근로계약, 배달 라이더 사고, 홈쇼핑 주문, 꽃배달, 가구 배송·설치,
안경원, 웨딩홀 계약, 중고거래 사기 피해, 영문 반품 환불, 명품 리셀 검수, 반찬 정기배송, 헬스장 PT 환불; 자동차부품
공장 안전보건교육, 식품공장 보건증, 조선소 외국인 기숙사, 화학공장 중대재해, 영문 8D 품질 클레임, 건설근로자 노무비,
SMT 라인 MES; 라디오 사연 경품, 정정보도 청구, 다큐 초상권 동의, 유튜브 협찬 계약, 웹툰 연재 계약, 영문 보도사진
라이선스; 통신 명의도용, 인터넷 설치 배정, 상수도 누수 감면, 알뜰폰 셀프개통, 지역난방 카드 자동납부; 투표사무원 위촉,
정치후원금 영수증, 연말정산 부양가족, 실업인정, 국민연금 반환일시금, 산재 요양급여, 전기차 보조금, 내용증명, 교회
기부금 영수증; English IT operations (.env, Terraform plan, Sentry, .mailmap, Redis, Airflow, Okta, OpenVPN, LDIF,
Prometheus on-call, Asterisk CDR, Postfix, WHOIS), mixed IT and data work (Elasticsearch, pg_dump, Kafka, Jenkins,
Zendesk, Zoom webinar export, SAML, 전자세금계산서 XML, Apps Script, 그룹웨어 조직도, protobuf debug output, OpenAPI
example values, hard-coded VIP dict, 로밍 고객센터, Slack DM); foreign visitors and residents (숙박 명부, 게스트하우스
영문 예약, 농촌 계절근로자, 난민 신청자, 다문화 자녀 입학, 외국인 임차인 영문 계약 검토, 관광객 지갑 분실, 선원
crew list, 크루즈 승선객 명단). Hard negatives from 화학물질 MSDS, 수입 품목분류, 법정동코드, 등산로 안내판, 법인카드
영수증, 원내 약품 마스터, 지방재정 예산서, R&D 협약, 희귀질환 통계, 과학 수행평가, 초등 수학 문장제, 마라톤 교통통제,
설 선물세트 매출, 냉동기 점검, 지방 출장 동선, 캐릭터 라이선스, 어린이 경제교실, 사내 체육대회, 교회 주보, 운항 지연,
인증 현황, 지역 산업 통계, 협력병원 목록, 외국인 생활안내, 회의실 예약, 재난방송, 조례 개정, 물류 라벨, 급식 발주,
민원 서식, 모바일 청구서 시안, 버스 노선 개편, 공문 접수 목록, 지진 보고, 앱 심사 반려, 실거래가 동향, 공공와이파이,
판례 요약, 고객센터 FAQ, 부대 기념식, 오픈마켓 상품명 소명, 축사, 택배 분실, 엑셀 VLOOKUP, 가습기 설명서, 신입 네트워크
교육, and English DevOps retros, payment test docs, IBAN help articles, brand stock counts, a bookshop display,
localised placeholder names, CVE triage, a genetics leaflet, a university press release, reference formatting, plus
mixed travel time-zone tables, GeoJSON shelters, a CI log and KCD/ICD mapping. Formats: CSV, TSV, pipe- and
slash-separated rows, markdown tables, Oracle SQL with its result grid, pg_dump COPY, JSON API bodies and logs,
Elasticsearch hits, Kafka messages, Sentry events, GeoJSON, YAML (OpenAPI), XML (전자세금계산서, SAML), LDIF, protobuf
text format, .env, Terraform plans, redis-cli MONITOR, Airflow tracebacks, Okta system logs, OpenVPN status files,
Prometheus alerts, Asterisk CDR CSV, Postfix logs, WHOIS, git shortlog, Jenkins console output, Apps Script, Python,
KYC/IDV/MES/payment logs, proxy access logs, raw mail headers and quoted-printable sources, HTML source, KakaoTalk and
Slack chats, SMS, Instagram DM, forum posts, STT call transcripts, OCR'd forms and prescriptions, HWP copies, e-mails,
consultation, case and meeting notes, an 8D report, a crew list.

Labelling decisions: the nineteenth set's rules (its docstring, which carried the eighteenth's and earlier sets')
apply unchanged: PERSON is the name only, every mention (surname-only and given-name-only mentions included), not
names inside e-mail local parts, handles or placeholders, masked names or public/historical figures; a rank or title
before a name stays outside the span; LOCATION runs from the first administrative unit through the building number
plus directly following unit detail, English-order addresses from the unit/street number through the postcode without
the country; representative and short service numbers (15xx, 080, 120, 1330 ...) are not PHONE_NUMBER; masked values,
CIDR blocks, loopback/unspecified and documentation IPs are not labelled, private host IPs are; foreign passport
numbers are never labelled; a driver's licence written with the region name is one span including it; obfuscated
values are one span from the first to the last character of the disguised value, encoded values are labelled with the
entity they encode on the encoded token; placeholders are never labelled; a surname and given name in separate fields
are two PERSON spans; a Korean name and its romanisation are two spans; a Hanzi name is PERSON as written; every e-mail
address is EMAIL_ADDRESS, role addresses included; a team's or office's direct line is PHONE_NUMBER; an account held by
a company or an institution is BANK_ACCOUNT, securities and loan accounts included; a building or complex name after
the building number ends the LOCATION span; a real name used as a chat speaker label is PERSON; foreign numbers with
their country code are PHONE_NUMBER with the "+" inside. Added or made explicit for this set:
- Retirement-pension (IRP) accounts are BANK_ACCOUNT.
- A business registration number written as ten bare digits (the <ID> of a tax-invoice XML) is KR_BRN.
- Numbers with their separators stripped by a system (CSV, CDR, Redis, JSON) are labelled as written; a landline dialled
  without a hyphen is PHONE_NUMBER. The called team line in a call record is a direct line, so PHONE_NUMBER.
- VPN virtual addresses (10.8.0.x) are private host IPs and labelled; a public IP seen in a log is labelled whatever its
  owner (a Tor exit included).
- An English-order address with a floor or unit after the street ("152 Teheran-ro, 14F, ...") is one span from the
  street number to the postcode; when the unit comes first ("302, 18 Itaewon-ro ...") the span starts at the unit. A
  second address field holding only the unit (JSON addr2, detail) stays outside.
- A mother's name in "○○○ 아기" (the newborn not yet named) is PERSON (the mother's name).
- A Hanja name on a family record card and its Hangul reading are two PERSON spans.
- Never labelled (hard negatives or unlabelled fields, beyond the nineteenth's list): 군번, vehicle plate numbers, 보험사
  접수번호, 운송장 and 주문번호, CAS and UN numbers, HS codes, 법정동코드, 국가지점번호, card approval and merchant
  numbers, 세금계산서 승인번호, 약품 표준코드·보험코드, KCD/ICD-10 and EDI codes, 예산 과목 codes, R&D 과제·협약번호,
  요양기관기호, KSIC codes, ISO/KS/KC certificate numbers, GS1 SSCC/GTIN, 조례·고시·법률 numbers, court case numbers of
  published judgments, 전자결재 문서번호, bus routes and ARS stop numbers, 기상청 지점번호, flight numbers and aircraft
  registrations, CVE/GHSA ids, DOI and arXiv ids, gene names and rs ids, the published test card numbers (4242 4242 4242
  4242 ...) and the standard documentation IBANs, a form's placeholder e-mail hint (name@company.com) and localised
  placeholder names (Max/Erika Mustermann, 山田太郎, Juan Pérez, Fulano de Tal, Joe Bloggs, 홍길동), textbook names
  (철수, 영희, 민수), characters (뽀로로, 둘리, 고길동, 짱구, 하니, Harry Potter, Sherlock Holmes, Peter Rabbit,
  Paddington), people on banknotes and coins, eponymous diseases, units and awards (파킨슨병, Crohn's, 뉴턴, 옴, 켈빈,
  Nobel, Fulbright, Turing Award), institutions named after people (Johns Hopkins, Stanford, Carnegie Mellon), software
  named like people (Jenkins, Julia, Ada, Alexa, Ruby), brands built on names (정관장, 박카스, 김정문알로에, 송월타월,
  한샘, 이삭토스트, Ralph Lauren, Tommy Hilfiger, Calvin Klein, Jack Daniel's, Johnnie Walker, Dr. Pepper, Dell, Ford),
  brand names that are given names (한결, 다온, 하람), streets named after people without a building number (세종대로,
  퇴계로, 을지로, 충무로, 율곡로, 다산로), towns whose names look like names (김포, 이천, 정선, 문경, 남원, 장성 ...),
  food words that are surnames (김, 배, 감, 밤, 조), chat nicknames, Instagram handles and VPN common names.
- Disguise spans: keycap digits end with the final U+20E3; a right-to-left-override value runs from U+202E through
  U+202C; a quoted-printable soft line break ("=" and newline) inside a value is inside its span; a value split into
  JSON array elements is one span from its first to its last digit (quotes and commas inside); a JSON \\u-escaped
  address or name, an RFC 2047 encoded-word (the whole =?UTF-8?Q?...?=), a double percent-encoded name and an e-mail
  with &commat;/&period; references are labelled on the encoded token (both occurrences when it is repeated); combining
  low lines belong to the digit before them; a phone number whose leading 0 a spreadsheet dropped is PHONE_NUMBER on
  the ten remaining digits; read-outs (Sino-Korean group numbers with 에, IPv4 octets read in Sino-Korean with 점, an
  e-mail spelt in Hangul letter names with 골뱅이 and 닷컴) are labelled on the whole read-out.

Obfuscation kinds used (40 cases). Common ones a staff member would try (20): fullwidth resident number (HWP copy),
zero-width spaces inside a card number, soft hyphens inside a phone number, en-dash business number, account digits
separated by spaces, health insurance digits separated by dots, phone groups on separate chat lines, Sino-Korean Hangul
digits in an alien number with 다시 (STT), base64 e-mail in a log, percent-encoded Korean name in a URL, hex-encoded
phone number, spaced name syllables, (at)/(dot) e-mail, 골뱅이/닷 e-mail, fullwidth passport number, word joiners
inside a resident number, Hangul-read card number (STT), name syllables on separate lines, fullwidth digits in an
address, IPv4 with "dot" words. Kinds not in the nineteenth's list (20): keycap-emoji phone, mathematical-bold-digit
card number, Hanja-numeral resident number, financial Hanja (갖은자) account number, RFC 2047 encoded-word name in a
mail header, JSON \\u-escaped address (and name), quoted-printable soft line break inside a corporate number,
spreadsheet-dropped leading zero of a mobile number, octal dotted IPv4, IPv4 octets read in Sino-Korean with 점 (STT),
e-mail typed with the Korean IME left on, e-mail spelt in Hangul letter names (STT), phone read as Sino-Korean group
numbers (STT), e-mail hidden with HTML named character references (&commat;, &period;), combining low line under
alien-number digits, Cyrillic-homoglyph e-mail, Hangul filler (U+3164) between name syllables, passport number
reversed inside a right-to-left override, driver's licence split into JSON array elements, double percent-encoded
name."""

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

random.seed(20_2026_1124_7391)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the nineteenth set)
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


# ---------------------------------------------------------------- disguises (copied from the nineteenth set)
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


# ---------------------------------------------------------------- disguise tables (copied from the nineteenth set)
SHY = "\u00ad"
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]  # fmt: skip


# ---------------------------------------------------------------- value makers new for this set
def gs1(body: str) -> str:
    """A GS1 number (GTIN-14, SSCC-18, GLN) with its mod-10 check digit (weights 3,1 from the right)."""
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def cas(body: str) -> str:
    """A CAS Registry Number with its check digit (digits weighted 1, 2, 3 ... from the right, sum mod 10)."""
    c = sum(int(x) * (i + 1) for i, x in enumerate(reversed(body))) % 10
    return f"{body[:-2]}-{body[-2:]}-{c}"


def mob_nz() -> str:
    """A mobile number whose middle and last groups have no leading zero (so each group reads as one number)."""
    while True:
        v = mob()
        if v[9] != "0":
            return v


# ---------------------------------------------------------------- disguises new for this set
WJ = "\u2060"
HF = "\u3164"
FW_DIGITS = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
HANJA_DIGITS = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
GATJJA = dict(zip("0123456789", "零壹貳參肆伍陸柒捌玖", strict=True))
SINO_UNIT = dict(zip("0123456789", ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], strict=True))
LETTER_KO = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        ["에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트"],
        strict=True,
    )
)
CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445", "y": "\u0443", "i": "\u0456"}
KEY_JAMO = dict(zip("qwertasdfgzxcvyuiophjklbnm", "ㅂㅈㄷㄱㅅㅁㄴㅇㄹㅎㅋㅌㅊㅍㅛㅕㅑㅐㅔㅗㅓㅏㅣㅠㅜㅡ", strict=True))
VOWEL_PAIRS = {"ㅗㅏ": "ㅘ", "ㅗㅐ": "ㅙ", "ㅗㅣ": "ㅚ", "ㅜㅓ": "ㅝ", "ㅜㅔ": "ㅞ", "ㅜㅣ": "ㅟ", "ㅡㅣ": "ㅢ"}
FINAL_PAIRS = {"ㄱㅅ": "ㄳ", "ㄴㅈ": "ㄵ", "ㄴㅎ": "ㄶ", "ㄹㄱ": "ㄺ", "ㄹㅁ": "ㄻ", "ㄹㅂ": "ㄼ", "ㄹㅅ": "ㄽ", "ㄹㅌ": "ㄾ", "ㄹㅍ": "ㄿ", "ㄹㅎ": "ㅀ", "ㅂㅅ": "ㅄ"}  # fmt: skip


def fw_digits(s: str) -> str:
    """Only the digits in their fullwidth forms, as a word processor's 'fullwidth numbers' setting leaves them."""
    return mapd(s, FW_DIGITS)


def keycap(s: str) -> str:
    """Digits as keycap emoji (digit, VS16, COMBINING ENCLOSING KEYCAP), other characters kept."""
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def math_bold(s: str) -> str:
    """Digits as MATHEMATICAL BOLD DIGITs (U+1D7CE...), as a 'fancy font' generator writes them."""
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def hanja_digits(s: str) -> str:
    return mapd(s, HANJA_DIGITS)


def gatjja(s: str) -> str:
    """Digits in the financial Hanja numerals (갖은자: 壹貳參...), zero as 零."""
    return mapd(s, GATJJA)


def mime_q(s: str) -> str:
    """An RFC 2047 encoded-word in the Q encoding, as a raw mail header carries a Korean display name."""
    return "=?UTF-8?Q?" + "".join(f"={b:02X}" if b > 0x7F or b in (0x3D, 0x3F, 0x5F) else ("_" if b == 0x20 else chr(b)) for b in s.encode()) + "?="


def json_u(s: str) -> str:
    """The string as json.dumps writes it with ensure_ascii on: every non-ASCII character as a \\uXXXX escape."""
    out = json.dumps(s)[1:-1]
    assert out != s
    return out


def qp_break(s: str, at: int) -> str:
    """A quoted-printable soft line break ('=' and a newline) inserted after `at` characters, as a mail client wraps."""
    return s[:at] + "=\n" + s[at:]


def octal_ip(ip: str) -> str:
    """Each octet in octal with a leading 0 (0323.042...), a form the inet_aton parsers still accept."""
    return ".".join(f"0{int(o):o}" for o in ip.split("."))


def sino_num(n: int) -> str:
    """A number below 10,000 read in Sino-Korean (사천팔백이십일; 일 dropped before 십/백/천 as spoken)."""
    assert 0 < n < 10000
    out = ""
    for unit, p in (("천", 1000), ("백", 100), ("십", 10)):
        d = n // p % 10
        if d:
            out += ("" if d == 1 else SINO_UNIT[str(d)]) + unit
    return out + SINO_UNIT[str(n % 10)]


def sino_ip(ip: str) -> str:
    """An IPv4 address read out in Sino-Korean, octet by octet, with 점 for each dot (an STT transcript)."""
    return " 점 ".join(sino_num(int(o)) if int(o) else "영" for o in ip.split("."))


def sino_groups(phone: str) -> str:
    """A phone number read group by group as numbers (공일공에 사천팔백이십일에 ...), as an STT engine writes it."""
    head, *rest = phone.split("-")
    return "에 ".join([sino(head)] + [sino_num(int(g)) for g in rest])


def ime_ko(s: str) -> str:
    """Latin letters typed with the Korean 2-set IME left on: the keys become jamo and compose into syllables."""
    out: list[str] = []
    cho = jung = jong = ""

    def flush() -> None:
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong)))
        else:
            out.append(cho + jung)
        cho = jung = jong = ""

    for ch in s:
        j = KEY_JAMO.get(ch)
        if j is None:
            flush()
            out.append(ch)
        elif j in JUNG:
            if jong:
                carry = jong
                if jong not in CHO:
                    pair = next(k for k, v in FINAL_PAIRS.items() if v == jong)
                    jong, carry = pair[0], pair[1]
                else:
                    jong = ""
                flush()
                cho, jung = carry, j
            elif jung and jung + j in VOWEL_PAIRS:
                jung = VOWEL_PAIRS[jung + j]
            elif jung:
                flush()
                jung = j
            else:
                jung = j
        elif cho and jung and not jong and j in JONG:
            jong = j
        elif jong and jong + j in FINAL_PAIRS:
            jong = FINAL_PAIRS[jong + j]
        else:
            flush()
            cho = j
    flush()
    return "".join(out)


def spell_ko(local: str) -> str:
    """An e-mail local part spelt out as an STT engine writes a caller's letters: 제이 아이 ... 점, digits in Sino-Korean."""
    return " ".join(LETTER_KO[c] if c.isalpha() else "점" if c == "." else "언더바" if c == "_" else SINO[c] for c in local)


def named_refs(s: str) -> str:
    """'@' and '.' written as the HTML5 named character references &commat; and &period;, as a page hides an address."""
    return s.replace("@", "&commat;").replace(".", "&period;")


def low_line(s: str) -> str:
    """Each digit followed by COMBINING LOW LINE (U+0332), as underlined rich text turns into plain text."""
    return "".join(c + "\u0332" if c.isdigit() else c for c in s)


def homoglyph(s: str) -> str:
    """Latin letters swapped for Cyrillic look-alikes (а е о с р х у і)."""
    out = mapd(s, CYRILLIC)
    assert out != s
    return out


def rlo(s: str) -> str:
    """The value stored reversed between RIGHT-TO-LEFT OVERRIDE and POP DIRECTIONAL FORMATTING: it displays in the
    right order but the stored characters run backwards."""
    return "\u202e" + s[::-1] + "\u202c"


def dpct(s: str) -> str:
    """Double percent-encoding: every UTF-8 byte as %XX, then each '%' encoded again as %25."""
    return "".join(f"%25{b:02X}" for b in s.encode())


def qp(s: str) -> str:
    """Quoted-printable body text: every non-ASCII byte and '=' as =XX, ASCII kept."""
    return "".join(f"={b:02X}" if b > 0x7F or b == 0x3D else chr(b) for b in s.encode())


def dot_words(ip: str) -> str:
    return " dot ".join(ip.split("."))


# ================================================================ positive cases
# ---------------------------------------------------------------- 병무청 · 예비군 · 군 병원 · 보훈 · 민방위
v_rrn, v_ph, v_ph2 = rr("060913", 3), mob(), mob()
v_loc = "서울특별시 은평구 통일로 684, 3동 1102호"
add(
    "ko",
    P,
    lines(
        "아래 민원 메일 회신 초안 좀 써줘. 검사일 변경은 1회만 가능하고 재변경은 안 된다는 내용 꼭 넣어서.",
        "",
        "---",
        "보낸사람: 한도윤 <doyun.h0913@naver.com>",
        "제목: 병역판정검사 일자 변경 요청드립니다",
        "",
        f"안녕하세요. 2025년 병역판정검사 대상자 한도윤(주민등록번호 {v_rrn})입니다. 통지서에는 3월 18일 서울지방병무청으로",
        "되어 있는데 그 주에 대학 실기시험이 있어 4월 이후로 변경 가능할지 문의드립니다.",
        f"현재 주소는 {v_loc} (녹번동, 힐스테이트)이고, 연락은 {v_ph}로 주시거나 안 되면 어머니 번호 {v_ph2}로 주셔도 됩니다.",
        "감사합니다.",
    ),
    [(PER, "한도윤"), (MAIL, "doyun.h0913@naver.com"), (PER, "한도윤"), (RRN, v_rrn), (LOC, v_loc), (PH, v_ph), (PH, v_ph2)],
)

sa = [("문태호", rr("030527", 3, dash=False), mob(""), "구로구청 복지정책과"), ("설지환", rr("020114", 3, dash=False), mob(""), "서울특별시립 구로노인종합복지관"), ("피경민", rr("040802", 3, dash=False), mob(""), "구로구 시설관리공단 체육시설팀")]
add(
    "ko",
    P,
    lines(
        "사회복무요원 소집 예정자 명단인데 복무기관별로 묶어서 표로 다시 만들어줘. 주민번호는 앞 6자리만 남기고.",
        "성명,주민등록번호,휴대전화,복무기관,소집일",
        f"{sa[0][0]},{sa[0][1]},{sa[0][2]},{sa[0][3]},2025-02-10",
        f"{sa[1][0]},{sa[1][1]},{sa[1][2]},{sa[1][3]},2025-02-10",
        f"{sa[2][0]},{sa[2][1]},{sa[2][2]},{sa[2][3]},2025-03-04",
    ),
    [(PER, sa[0][0]), (RRN, sa[0][1]), (PH, sa[0][2]), (PER, sa[1][0]), (RRN, sa[1][1]), (PH, sa[1][2]), (PER, sa[2][0]), (RRN, sa[2][1]), (PH, sa[2][2])],
)

v_ph, v_brn, v_tel = mob(), bz(), land("031")
add(
    "ko",
    P,
    lines(
        "[예비군 연기 신청 카톡 문의 – 요약해서 대대 행정반에 보고할 문장으로 바꿔줘]",
        "",
        "오전 9:12 변재석: 안녕하세요 3월 2차 동원훈련 대상자 변재석입니다",
        "오전 9:12 변재석: 회사 해외출장 때문에 연기하려고 하는데 재직증명서에 회사 사업자번호 들어가야 하나요?",
        "오전 9:15 행정보급관: 네 사업자등록번호랑 회사 대표번호 있어야 됩니다",
        f"오전 9:17 변재석: 사업자번호 {v_brn} 이고 회사 인사팀 직통은 {v_tel} 입니다",
        f"오전 9:17 변재석: 제 번호는 {v_ph} 이구요",
        "오전 9:20 행정보급관: 변 예비군님 출장명령서도 같이 팩스로 보내주세요",
    ),
    [(PER, "변재석"), (PER, "변재석"), (PER, "변재석"), (PER, "변재석"), (BRN, v_brn), (PH, v_tel), (PER, "변재석"), (PH, v_ph), (PER, "변")],
)

v_ph1, v_ph2, v_ph3 = mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "다음 주 토요일 면회 신청 들어온 거 정리 좀. 신병 기준으로 묶고 차량 있는 사람 따로 표시해줘.",
        "",
        "| 신병 | 면회객 | 관계 | 연락처 | 차량번호 |",
        "|---|---|---|---|---|",
        f"| 이병 나건우 | 나정숙 | 모 | {v_ph1} | 38나 1127 |",
        f"| 이병 나건우 | 나은비 | 누나 | {v_ph2} | - |",
        f"| 이병 곽시온 | 곽대용 | 부 | {v_ph3} | 157허 8832 |",
    ),
    [(PER, "나건우"), (PER, "나정숙"), (PH, v_ph1), (PER, "나건우"), (PER, "나은비"), (PH, v_ph2), (PER, "곽시온"), (PER, "곽대용"), (PH, v_ph3)],
)

v_pp, v_pp2, v_dl = pp_new("M"), pp("M"), dl("경기", named=True)
add(
    "mixed",
    P,
    lines(
        "Please translate this access request into English for the USFK Pass & ID office and keep the table.",
        "",
        "캠프 험프리스 출입증 신청 (협력업체 ㈜태성설비, 배관 보수 공사)",
        "",
        "| 성명 | 영문 성명 | 여권번호 | 운전면허 | 비고 |",
        "|---|---|---|---|---|",
        f"| 오병철 | OH BYUNGCHUL | {v_pp} | {v_dl} | 차량 운전자 |",
        f"| 추민혁 | CHU MINHYEOK | {v_pp2} | - | 동승 |",
        "",
        "출입 기간 2025.04.07 ~ 2025.05.30, 담당 감독관 Sgt. Rivera",
    ),
    [(PER, "오병철"), (PER, "OH BYUNGCHUL"), (PASS, v_pp), (DLIC, v_dl), (PER, "추민혁"), (PER, "CHU MINHYEOK"), (PASS, v_pp2), (PER, "Rivera")],
)

v_rrn, v_loc, v_ph = rr("990321", 1), "대구광역시 동구 아양로 212-5, 2층", mob()
add(
    "ko",
    P,
    lines(
        "국군대구병원 의무기록 사본 발급 신청서 OCR 결과야. 오타 고쳐서 정리해줘.",
        "",
        "의 무 기 록 사 본 발 급 신 청 서",
        f"환자 성명 : 염도혁      주민등록번호 : {v_rrn}",
        "군번 : 19-76013482     입원기간 : 2019.11.02 ~ 2019.12.20",
        f"주 소 : {v_loc}",
        f"연락처 : {v_ph}",
        "신청인 : 본인 (염도혁)   용도 : 보험 청구",
    ),
    [(PER, "염도혁"), (RRN, v_rrn), (LOC, v_loc), (PH, v_ph), (PER, "염도혁")],
)

v_rrn1, v_rrn2, v_acc, v_loc = rr("391120", 1), rr("450703", 2), acct("우체국"), "전라남도 나주시 다시면 가흥리 412"
add(
    "ko",
    P,
    lines(
        "국가유공자 유족 등록 신청 건인데 아래 메모를 보훈지청 내부 보고서 문체로 다듬어줘.",
        "",
        f"- 고인: 주갑수 (주민 {v_rrn1}), 6·25 참전, 2024.12. 사망",
        f"- 신청인: 배우자 탁순례 ({v_rrn2}), 주소 {v_loc}",
        f"- 보상금 수령 계좌: 우체국 {v_acc} (예금주 탁순례)",
        "- 장남 주영배 씨가 대리 방문, 가족관계증명서 제출 완료",
        "- 탁 여사님 청력 저하로 전화보다 장남 통해 연락 요망",
    ),
    [(PER, "주갑수"), (RRN, v_rrn1), (PER, "탁순례"), (RRN, v_rrn2), (LOC, v_loc), (ACC, v_acc), (PER, "탁순례"), (PER, "주영배"), (PER, "탁")],
)

v_loc, v_ph = "경기도 하남시 미사강변한강로 135, 다동 708호", mob()
add(
    "ko",
    P,
    f"민방위 교육 미참석 과태료 의견제출서야. 요지만 3줄로 요약해줘: '저는 하남시 민방위대원 엄태경입니다. 교육일(6/14)에 부친 수술로 병원에 있었고 진단서 첨부합니다. 주소 {v_loc}, 연락처 {v_ph}. 과태료 부과를 재고해 주시기 바랍니다. 엄태경 올림'",
    [(PER, "엄태경"), (LOC, v_loc), (PH, v_ph), (PER, "엄태경")],
)

# ---------------------------------------------------------------- 학교 · 교육청 · 어린이집 · 도서관
v_p1, v_p2, v_p3, v_p4 = mob(), mob(), mob(), mob()
add(
    "ko",
    P,
    lines(
        "급식 알레르기 조사 엑셀 붙여넣은 거야. 알레르기 유발식품 번호별로 학생 묶어서 영양사 선생님께 보낼 표 만들어줘.",
        "",
        "반\t번호\t학생명\t알레르기(번호)\t보호자\t보호자 연락처",
        f"3-2\t4\t구하린\t1,5(난류,대두)\t구본철\t{v_p1}",
        f"3-2\t11\t맹서율\t6(밀)\t지수연\t{v_p2}",
        f"3-4\t7\t석준호\t9,13(새우,복숭아)\t석미란\t{v_p3}",
        f"3-5\t22\t용다인\t없음(우유 불내증)\t용재광\t{v_p4}",
    ),
    [(PER, "구하린"), (PER, "구본철"), (PH, v_p1), (PER, "맹서율"), (PER, "지수연"), (PH, v_p2), (PER, "석준호"), (PER, "석미란"), (PH, v_p3), (PER, "용다인"), (PER, "용재광"), (PH, v_p4)],
)

st = [("한소율", rr("090314", 4)), ("표지안", rr("081122", 4)), ("방유찬", rr("090706", 3))]
v_ph = mob()
add(
    "ko",
    P,
    lines(
        "수학여행 여행자보험 가입 명단인데 보험사 양식(성명/주민번호/성별)으로 바꿔줘. 성별은 주민번호 뒷자리 첫 숫자로 판단.",
        f"1. {st[0][0]} {st[0][1]}",
        f"2. {st[1][0]} {st[1][1]}",
        f"3. {st[2][0]} {st[2][1]}",
        f"인솔교사 도경선 (비상연락 {v_ph})",
    ),
    [(PER, st[0][0]), (RRN, st[0][1]), (PER, st[1][0]), (RRN, st[1][1]), (PER, st[2][0]), (RRN, st[2][1]), (PER, "도경선"), (PH, v_ph)],
)

v_rrn, v_ph, v_acc = rr("880419", 2), mob(), acct("국민")
add(
    "ko",
    P,
    lines(
        "방과후학교 강사 서류 검토 중인데 빠진 서류 있는지 체크리스트로 알려줘.",
        "",
        "○ 지원 분야: 코딩(초3~6)",
        "○ 성명: 길수아",
        "○ 생년월일/주민등록번호: " + v_rrn + " (성범죄경력 조회 동의서 서명 완료)",
        "○ 연락처: " + v_ph + " / 이메일: suagil.coding@gmail.com",
        "○ 강사료 입금계좌: KB국민 " + v_acc + " (길수아)",
        "○ 제출: 이력서, 자격증 사본, 통장 사본 (※ 아동학대 범죄경력 조회 동의서 미제출)",
    ),
    [(PER, "길수아"), (RRN, v_rrn), (PH, v_ph), (MAIL, "suagil.coding@gmail.com"), (ACC, v_acc), (PER, "길수아")],
)

v_ph = mob()
add(
    "ko",
    P,
    lines(
        "학부모 민원 메시지에 대한 답장 초안 부탁해. 생기부 정정은 학업성적관리위원회 심의를 거친다는 점을 설명해야 해.",
        "",
        f"[문자] 2학년 6반 어윤서 엄마입니다. 윤서 생활기록부 봉사활동 시간이 12시간 빠져 있어요. 담임 선생님(신혜진 선생님)께 말씀드렸는데 아직 안 고쳐졌네요. 확인 부탁드립니다. {v_ph}",
    ),
    [(PER, "어윤서"), (PER, "윤서"), (PER, "신혜진"), (PH, v_ph)],
)

v_acc, v_loc, v_ph = acct("농협"), "충청북도 청주시 흥덕구 2순환로 1188, 105동 603호", mob()
add(
    "ko",
    P,
    lines(
        "교복 구입비 지원 신청서 내용이야. 지원 대상 요건(관내 중학교 신입생) 충족하는지 판단해주고 처리 메모 써줘.",
        "학생: 변하율 (흥덕중 1학년 입학 예정)",
        "보호자: 변상철",
        f"주소: {v_loc}",
        f"연락처: {v_ph}",
        f"지원금 입금 계좌: NH농협 {v_acc}",
    ),
    [(PER, "변하율"), (PER, "변상철"), (LOC, v_loc), (PH, v_ph), (ACC, v_acc)],
)

v_ph1, v_ph2, v_ip = mob(), mob(), priv_ip()
kid_log = js(
    [
        {"ts": "2025-03-17T08:41:09+09:00", "event": "CHECK_IN", "child": "남궁라온", "class": "햇살반", "guardian_phone": v_ph1, "device_ip": v_ip},
        {"ts": "2025-03-17T16:02:55+09:00", "event": "CHECK_OUT", "child": "남궁라온", "pickup_by": "외할머니(진옥분)", "guardian_phone": v_ph2, "device_ip": v_ip},
    ]
)
add(
    "ko",
    P,
    "어린이집 등하원 알림 앱에서 하원 푸시가 두 번 나갔다는 민원이 왔어. 로그 보고 원인 추정해줘.\n" + kid_log,
    [(PER, "남궁라온"), (PH, v_ph1), (IP, v_ip), (PER, "남궁라온"), (PER, "진옥분"), (PH, v_ph2), (IP, v_ip)],
)

k1, k2, k3 = rn("201214", 4), rn("210305", 3), rr("200611", 4)
add(
    "ko",
    P,
    lines(
        "처음학교로 추첨 대기자 명단이야. 출생일 순으로 정렬하고 만 나이 같이 적어줘 (기준일 2025.3.1).",
        f"대기1 | 권이솔 | {k1} | 보호자 권태훈",
        f"대기2 | 엄도하 | {k2} | 보호자 서미정",
        f"대기3 | 공세아 | {k3} | 보호자 공진호",
    ),
    [(PER, "권이솔"), (RRN, k1), (PER, "권태훈"), (PER, "엄도하"), (RRN, k2), (PER, "서미정"), (PER, "공세아"), (RRN, k3), (PER, "공진호")],
)

v_arn, v_ph = ar("910817", 6), mob()
add(
    "en",
    P,
    lines(
        "Can you make this email more concise and polite? It goes to the district education office HR team.",
        "",
        "Hi Ms. Yoo,",
        f"I'm Bethany Carmichael, the new native English teacher at Gwangmyeong Elementary. I received my alien registration card yesterday: {v_arn}. "
        "I still haven't received the housing allowance for March and I think it's because my registration number wasn't in the system yet.",
        f"My phone number is {v_ph} and my address is 21 Cheolsan-ro 13beon-gil, Gwangmyeong-si, Gyeonggi-do 14234.",
        "Could you please check this for me?",
        "Thanks,",
        "Bethany",
    ),
    [(PER, "Yoo"), (PER, "Bethany Carmichael"), (ARN, v_arn), (PH, v_ph), (LOC, "21 Cheolsan-ro 13beon-gil, Gwangmyeong-si, Gyeonggi-do 14234"), (PER, "Bethany")],
)

v_dl, v_ph = dl("인천", named=True), mob()
add(
    "ko",
    P,
    f"학원 셔틀 기사 등록하려는데 도로교통법상 어린이통학버스 안전교육 이수 여부 확인해야 할 항목 알려줘. 기사 정보: 하동규, 1종 대형 {v_dl}, 연락처 {v_ph}, 안전교육 이수일 2024.08.20",
    [(PER, "하동규"), (DLIC, v_dl), (PH, v_ph)],
)

rv = [("심준택", acct("신한"), "jtshim@kookmin.ac.kr"), ("Dr. Lena Hofmann", acct("하나"), "lena.hofmann@kit.edu")]
v_rrn = rr("720905", 1)
add(
    "mixed",
    P,
    lines(
        "박사학위 논문 심사위원 사례비 지급 내역이야. 외부 위원 원천징수(기타소득 8.8%) 계산해서 표로 만들어줘.",
        "",
        f"1) 심준택 교수 (국민대) — 주민번호 {v_rrn}, 신한 {rv[0][1]}, {rv[0][2]}, 500,000원",
        f"2) Lena Hofmann (Karlsruhe Institute of Technology) — passport on file, 하나 {rv[1][1]}, {rv[1][2]}, 500,000원",
        "   * Prof. Hofmann is paid in KRW to her Korean account (visiting researcher)",
        "심사위원장: 금동하 교수 (내부 위원, 사례비 없음)",
    ),
    [(PER, "심준택"), (RRN, v_rrn), (ACC, rv[0][1]), (MAIL, rv[0][2]), (PER, "Lena Hofmann"), (ACC, rv[1][1]), (MAIL, rv[1][2]), (PER, "Hofmann"), (PER, "금동하")],
)

v_rrn, v_acc, v_ph = rr("010227", 4), acct("카카오뱅크"), mob()
add(
    "ko",
    P,
    lines(
        "학자금 대출 상환유예 상담 녹취 STT야. 상담 결과를 상담이력 메모 형식으로 정리해줘.",
        "상담원: 네 한국장학재단입니다. 본인 확인 위해 성함이랑 주민번호 말씀해 주세요.",
        f"고객: 소예린이고요, {v_rrn} 입니다.",
        "상담원: 네 소예린 고객님 확인됐습니다. 어떤 일로 전화 주셨어요?",
        "고객: 제가 지금 실직 상태라서 상환 유예 신청하려고요. 자동이체 계좌도 바꾸고 싶은데요.",
        f"고객: 카카오뱅크 {v_acc} 로요.",
        f"상담원: 변경 완료되면 문자 드릴게요. 연락처 {v_ph} 맞으시죠?",
        "고객: 네 맞아요.",
    ),
    [(PER, "소예린"), (RRN, v_rrn), (PER, "소예린"), (ACC, v_acc), (PH, v_ph)],
)

lib = [("탁보영", mob(), "『작별하지 않는다』"), ("제갈현우", mob(), "『Clean Code』"), ("은지민", mob(), "『총 균 쇠』")]
add(
    "ko",
    P,
    lines(
        "상호대차 연체자 문자 발송 CSV야. 각 행마다 연체 안내 문자(80자 이내) 문구 만들어줘.",
        "이름,휴대폰,도서명,연체일수",
        *[f"{n},{p},{b},{d}" for (n, p, b), d in zip(lib, (3, 12, 27), strict=True)],
    ),
    [x for n, p, _ in lib for x in ((PER, n), (PH, p))],
)

# ---------------------------------------------------------------- 시·군·구청 생활 민원
v_dl, v_ph, v_loc = dl("서울"), mob(), "서울특별시 성북구 보문로34길 17, 201호"
add(
    "ko",
    P,
    lines(
        "주정차 위반 의견진술서 스캔본 OCR이야. 감경 사유(긴급 의료)에 해당하는지 판단 근거와 함께 검토 의견 써줘.",
        "",
        "■ 의견진술인",
        "  성명 : 윤슬기",
        f"  주소 : {v_loc}",
        f"  전화 : {v_ph}        운전면허번호 : {v_dl}",
        "■ 위반 내용 : 2025.01.09 14:22 성북구 보문로 버스정류장 앞 (차량 12가3456)",
        "■ 진술 내용 : 동승한 아이가 열성경련을 일으켜 인근 소아과에 급히 내려주느라 3분간 정차했습니다. 진료확인서 첨부합니다.",
    ),
    [(PER, "윤슬기"), (LOC, v_loc), (PH, v_ph), (DLIC, v_dl)],
)

v_acc, v_ph = acct("새마을금고"), mob()
add(
    "ko",
    P,
    f"쓰레기 무단투기 신고 포상금 지급 결재 올릴 건데 기안문 본문 써줘. 신고인 봉미경(연락처 {v_ph}), 신고일 2/3, 과태료 부과 확정 50만원, 포상금은 부과액의 10%, 지급계좌 MG새마을금고 {v_acc}.",
    [(PER, "봉미경"), (PH, v_ph), (ACC, v_acc)],
)

v_rrn, v_rrn2, v_acc, v_loc, v_hi = rr("670215", 1), rr("120930", 4), acct("기업"), "인천광역시 미추홀구 경인로 229번길 42, 지하1층", hi()
add(
    "ko",
    P,
    lines(
        "긴급복지 상담일지를 사례회의 보고용으로 요약해줘. 지원 필요도 높은 순으로 우선순위도 제안해주고.",
        "",
        "[상담일지] 2025-02-26 / 상담자: 주무관 우정란",
        f"대상자: 모창식 ({v_rrn}) / 건강보험증번호 {v_hi}",
        f"주소: {v_loc}",
        "가구: 본인, 딸 모서현(중1)",
        f"  └ 모서현 {v_rrn2}",
        "위기사유: 실직(2024.12. 물류센터 계약만료) 후 소득 없음, 월세 3개월 체납, 딸 치과 치료 필요",
        f"생계지원금 입금: IBK기업 {v_acc} (모창식)",
        "특이: 모창식 씨 허리디스크로 구직활동 어려움",
    ),
    [(PER, "우정란"), (PER, "모창식"), (RRN, v_rrn), (HINS, v_hi), (LOC, v_loc), (PER, "모서현"), (PER, "모서현"), (RRN, v_rrn2), (ACC, v_acc), (PER, "모창식"), (PER, "모창식")],
)

v_rrn, v_ph, v_loc = rr("590808", 2), land("054"), "경상북도 영천시 화북면 자천리 311-2"
add(
    "ko",
    P,
    lines(
        "기초연금 신청 전화 상담 STT야. 신청에 필요한 서류 목록을 어르신께 문자로 보낼 수 있게 쉽게 써줘.",
        "[상담원] 네 영천시청 노인복지팀입니다.",
        "[민원인] 아 예 내가 기초연금을 신청할라꼬 하는데요",
        "[상담원] 네 어르신 성함이 어떻게 되세요?",
        f"[민원인] 석말순이요. 주민번호는 {v_rrn}",
        f"[상담원] 주소는 {v_loc} 맞으세요?",
        f"[민원인] 예 맞심더. 전화는 집전화 {v_ph} 로 하이소",
    ),
    [(PER, "석말순"), (RRN, v_rrn), (LOC, v_loc), (PH, v_ph)],
)

ap = [("피승준", rr("930604", 1), hi()), ("하은솔", rr("950113", 2), hi())]
v_acc = acct("우리")
add(
    "ko",
    P,
    lines(
        "행복주택 신혼부부 입주자 서류 검토 메모야. 자격 검증 결과를 LH 통보 양식 문장으로 정리해줘.",
        f"- 신청자 {ap[0][0]} ({ap[0][1]}), 건강보험 자격득실확인서상 증번호 {ap[0][2]}, 직장가입자",
        f"- 배우자 {ap[1][0]} ({ap[1][1]}), 증번호 {ap[1][2]}, 지역가입자 전환 이력 있음(2023.07)",
        "- 혼인신고 2024.10.19, 무주택 확인 완료",
        f"- 임대보증금 환불 계좌: 우리은행 {v_acc} 예금주 {ap[0][0]}",
    ),
    [(PER, ap[0][0]), (RRN, ap[0][1]), (HINS, ap[0][2]), (PER, ap[1][0]), (RRN, ap[1][1]), (HINS, ap[1][2]), (ACC, v_acc), (PER, ap[0][0])],
)

v_ph, v_loc = mob(), "광주광역시 북구 설죽로 518, 114동 1501호"
add(
    "ko",
    P,
    lines(
        "주민참여예산 위원 신청서야. 신청 동기를 200자 내로 줄여줘.",
        "성명: 국하람 / 성별: 여 / 연령대: 30대",
        f"주소: {v_loc} (일곡동, 일곡한국아델리움)",
        f"휴대전화: {v_ph}  이메일: haram.kook@kakao.com",
        "신청동기: 아이 키우는 입장에서 일곡공원 놀이터 그늘막과 야간 조명이 너무 부족하다고 느꼈습니다. 동네 엄마들 의견을 모아서 예산 제안하고 싶고 ...",
    ),
    [(PER, "국하람"), (LOC, v_loc), (PH, v_ph), (MAIL, "haram.kook@kakao.com")],
)

vol = [("봉채윤", mob(), "bong.cy@naver.com"), ("성지훈", mob(), "jhsung02@gmail.com"), ("안다온", mob(), "daon_ahn@daum.net")]
add(
    "ko",
    P,
    "1365 봉사시간 누락 확인 요청 온 것들이야. 답변할 때 쓸 공통 안내 문구 하나 만들어주고, 각자 누락 시간 합계 표로 줘.\n"
    + js({"center": "마포구자원봉사센터", "requests": [{"name": n, "phone": p, "email": e, "missing_hours": h} for (n, p, e), h in zip(vol, (4, 6, 2), strict=True)]}),
    [x for n, p, e in vol for x in ((PER, n), (PH, p), (MAIL, e))],
)

v_ph, v_ph2 = land("061"), mob()
add(
    "ko",
    P,
    lines(
        "빈집 정비사업 소유자 동의서 내용 확인해줘. 철거 후 10년간 공공용지 활용 조건에 동의한 게 맞는지.",
        "",
        "소유자: 채병섭 (서울 거주, 상속 지분 2/3)",
        "공동소유자: 채윤희 (지분 1/3)",
        "대상 주택: 전라남도 고흥군 도양읍 봉암리 887-1",
        f"연락처: {v_ph2} / 현지 관리인(이장) {v_ph}",
        "동의 내용: 철거 및 10년간 주차장·쉼터 조성 사용에 동의함 (서명)",
    ),
    [(PER, "채병섭"), (PER, "채윤희"), (LOC, "전라남도 고흥군 도양읍 봉암리 887-1"), (PH, v_ph2), (PH, v_ph)],
)

v_acc, v_ph = acct("신협"), land("033")
add(
    "ko",
    P,
    f"경로당 냉난방비 지원 지급 요청 공문 초안 써줘. 대상: 홍천군 화촌면 구성포2리 경로당, 회장 견만수 (경로당 전화 {v_ph}), 지급액 월 15만원 x 3개월, 입금계좌 신협 {v_acc} (예금주 구성포2리경로당).",
    [(PER, "견만수"), (PH, v_ph), (ACC, v_acc)],
)

rows_flood = [
    ("도윤재", "서울특별시 관악구 신림로 59가길 8, B01호", mob()),
    ("명주희", "서울특별시 관악구 난곡로 240-3, 지층 1호", mob()),
    ("Nguyen Thi Lan", "서울특별시 관악구 봉천로 13길 31, 반지하", mob()),
]
add(
    "ko",
    P,
    lines(
        "침수방지시설(물막이판) 설치 신청 엑셀 복사한 거야. 주소 기준으로 동별 집계하고 현장조사 순서 짜줘.",
        "신청인\t주소\t연락처\t시설",
        *[f"{n}\t{a}\t{p}\t물막이판" for n, a, p in rows_flood],
    ),
    [x for n, a, p in rows_flood for x in ((PER, n), (LOC, a), (PH, p))],
)

v_rrn, v_loc = rr("710630", 2), "부산광역시 사하구 다대로 170번길 26, 3층"
add(
    "ko",
    P,
    lines(
        "[통장 위촉 추천서 – 한글 파일 복사] 공문 형식에 맞게 표 부분만 정리해줘",
        "행정동\t다대1동",
        "통\t17통",
        "성명\t마경희",
        f"주민등록번호\t{v_rrn}",
        f"주소\t{v_loc}",
        "추천 사유\t15년 거주, 부녀회 총무 경력, 주민 신망 두터움",
        "추천인\t다대1동장 인",
    ),
    [(PER, "마경희"), (RRN, v_rrn), (LOC, v_loc)],
)

v_rrn, v_ph, v_voip = rr("081017", 4), mob(), voip()
add(
    "ko",
    P,
    f"청소년 쉼터 입소 상담 요약 부탁. 내용: 선하늘(여, {v_rrn}) 가출 2일째 경찰 인계로 입소. 보호자(모) 연락처 {v_ph} 연락 안 됨. 학교 상담교사 직통 {v_voip}로 연락해서 학교 출결 처리 협조 요청함. 하늘이는 귀가 거부 의사 강함.",
    [(PER, "선하늘"), (RRN, v_rrn), (PH, v_ph), (PH, v_voip), (PER, "하늘")],
)

sel = [("옥수빈", bz(), mob(), acct("토스뱅크"), "@soobin_handmade"), ("Claire Dubois", bz(), mob(), acct("케이뱅크"), "@clairebakes.kr")]
add(
    "mixed",
    P,
    lines(
        "플리마켓 셀러 확정 명단이야. 셀러들한테 보낼 확정 안내 문자 한 통씩 써줘. 참가비 환급 계좌도 확인해야 해.",
        "",
        "| 셀러 | 사업자번호 | 연락처 | 환급 계좌 | 인스타 |",
        "|---|---|---|---|---|",
        *[f"| {n} | {b} | {p} | {a} | {h} |" for n, b, p, a, h in sel],
        "",
        "* Claire runs a French bakery pop-up, please write her message in English.",
    ),
    [x for n, b, p, a, _ in sel for x in ((PER, n), (BRN, b), (PH, p), (ACC, a))] + [(PER, "Claire")],
)

v_card, v_ph = cc("9430"), mob()
add(
    "ko",
    P,
    lines(
        "공영주차장 월정기권 결제 오류 건이야. 고객한테 보낼 사과 및 재결제 안내 문자 써줘.",
        "----- 결제 실패 로그 -----",
        f"2025-03-01 00:00:12 AUTO_RENEW FAIL code=51(잔액부족) user=진태양 tel={v_ph} card={v_card} lot=상계역 제2공영주차장",
    ),
    [(PER, "진태양"), (PH, v_ph), (CARD, v_card)],
)

ks = [("Tran Van Hung", ar("880402", 5), mob()), ("Batbayar Enkhjargal", ar("930918", 6), mob()), ("Cho Mi-yeon", ar("850121", 6), mob())]
add(
    "mixed",
    P,
    lines(
        "구립 평생학습관 외국인 주민 한국어교실 수강생 명단이야. 출석부 양식으로 바꾸고 외국인등록번호는 뒤 6자리 마스킹해줘.",
        "Name / 외국인등록번호 / 연락처 / 반",
        f"{ks[0][0]} / {ks[0][1]} / {ks[0][2]} / 초급1",
        f"{ks[1][0]} / {ks[1][1]} / {ks[1][2]} / 초급2",
        f"{ks[2][0]} (曺美娟) / {ks[2][1]} / {ks[2][2]} / 중급",
    ),
    [(PER, ks[0][0]), (ARN, ks[0][1]), (PH, ks[0][2]), (PER, ks[1][0]), (ARN, ks[1][1]), (PH, ks[1][2]), (PER, ks[2][0]), (PER, "曺美娟"), (ARN, ks[2][1]), (PH, ks[2][2])],
)

# ---------------------------------------------------------------- 법원 경매 · 개인회생 · 공탁 · 지급명령 · 가사조정 · 법률구조
v_rrn, v_acc, v_loc = rr("840912", 1), acct("하나"), "경기도 안산시 단원구 원곡로 45, 302호"
add(
    "ko",
    P,
    lines(
        "경매 임차인 권리신고 겸 배당요구 신청서 초안이야. 법원 제출용 문체로 다듬고 빠진 기재사항 있으면 알려줘.",
        "",
        "사건: 2024타경51234 부동산강제경매",
        f"임차인: 염현철 (주민등록번호 {v_rrn})",
        f"임차 목적물: {v_loc}",
        "임대차 기간: 2022.05.01 ~ 2024.04.30 (묵시적 갱신), 보증금 9,000만원",
        "전입일 2022.05.02 / 확정일자 2022.05.02",
        f"배당금 수령 계좌: 하나은행 {v_acc} (염현철)",
    ),
    [(PER, "염현철"), (RRN, v_rrn), (LOC, v_loc), (ACC, v_acc), (PER, "염현철")],
)

v_crn1, v_crn2, v_acc1, v_ph1 = cr("110111"), cr("134811"), acct("부산"), mob()
add(
    "ko",
    P,
    lines(
        "개인회생 채권자목록 엑셀이야. 채권 원금 합계 내주고 법인/개인 채권자 구분해서 정리해줘.",
        "번호,채권자,법인등록번호/생년월일,채권원금,채권자 연락처,비고",
        f"1,㈜케이머니대부,{v_crn1},18500000,1544-0000,",
        f"2,한빛캐피탈 주식회사,{v_crn2},7320000,1588-0000,",
        f"3,허경태,1966.03.02,5000000,{v_ph1},개인 차용 (부산 {v_acc1}로 상환 중)",
    ),
    [(CRN, v_crn1), (CRN, v_crn2), (PER, "허경태"), (PH, v_ph1), (ACC, v_acc1)],
)

v_rrn, v_acc = rr("770124", 2), acct("SC제일")
add(
    "ko",
    P,
    f"공탁금 출급청구서 작성 도와줘. 공탁번호 2024금제3178호, 피공탁자 인지혜(주민등록번호 {v_rrn}), 출급 청구 금액 12,450,000원, 입금 희망 계좌 SC제일은행 {v_acc}. 첨부서류 목록도 같이 알려줘.",
    [(PER, "인지혜"), (RRN, v_rrn), (ACC, v_acc)],
)

v_ph1, v_ph2 = mob(), mob()
loc1, loc2 = "대전광역시 서구 둔산북로 90, 1203호", "충청남도 천안시 동남구 신부7길 14-6"
add(
    "ko",
    P,
    lines(
        "지급명령 신청서 당사자 표시 부분이야. 법원 양식 순서(채권자→채무자)로 정리하고 청구취지 문장도 써줘.",
        f"채권자 봉수정 / {loc1} / {v_ph1}",
        f"채무자 갈민호 / {loc2} / {v_ph2}",
        "대여금 3,000,000원 (2024.06.01 대여, 변제기 2024.12.31), 지연손해금 연 12%",
    ),
    [(PER, "봉수정"), (LOC, loc1), (PH, v_ph1), (PER, "갈민호"), (LOC, loc2), (PH, v_ph2)],
)

add(
    "ko",
    P,
    lines(
        "가사조정 기일 관련 단톡 내용이야. 조정위원님께 보낼 기일변경 요청 요지만 정리해줘.",
        "[오후 2:03] 편재훈: 위원님 4/11 조정기일에 제가 출석이 어렵습니다",
        "[오후 2:05] 조정위원 노성애: 편재훈 님, 사유를 서면으로 내주셔야 해요",
        "[오후 2:06] 편재훈: 네 지방 발령이 나서요. 상대방 위소라 씨도 동의했습니다",
        "[오후 2:09] 위소라: 네 저도 4월 말이면 괜찮아요",
    ),
    [(PER, "편재훈"), (PER, "노성애"), (PER, "편재훈"), (PER, "편재훈"), (PER, "위소라"), (PER, "위소라")],
)

v_arn, v_brn, v_ph, v_tel = ar("950607", 5), bz(), mob(), land("031")
add(
    "mixed",
    P,
    lines(
        "Translate this intake note into simple English so I can read it back to the client, and list the documents he should bring.",
        "",
        "[대한법률구조공단 외국인 근로자 상담]",
        f"의뢰인: Rahim Uddin (방글라데시, E-9), 외국인등록번호 {v_arn}, 연락처 {v_ph}",
        f"사업장: 대성금속 (사업자등록번호 {v_brn}), 경기도 시흥시 소재, 사장 표만식 ({v_tel})",
        "내용: 2024년 9월~12월 임금 1,120만원 체불, 퇴직금 미지급. 노동청 진정 후 체불임금확인서 발급받음.",
        "Rahim 씨는 한국어 의사소통 가능하나 서류는 영어 설명 원함.",
    ),
    [(PER, "Rahim Uddin"), (ARN, v_arn), (PH, v_ph), (BRN, v_brn), (PER, "표만식"), (PH, v_tel), (PER, "Rahim")],
)

v_ph, v_ph2 = "+82 10-" + fmt("MNNN-NNNN"), land("02")
add(
    "en",
    P,
    lines(
        "Please proofread this reply to a foreign plaintiff before I send it.",
        "",
        "Dear Mr. Haddad,",
        "Your small-claims complaint against your former landlord (deposit of KRW 4,000,000) has been accepted by the",
        "Seoul Central District Court, Civil Small Claims Division 7. The first hearing is on 17 April at 10:00, courtroom 458.",
        "Because you registered for electronic service, all documents will be sent through the e-court system.",
        f"Please bring your ARC and the lease contract. Questions: the clerk, Ms. Jeon Hae-in, at {v_ph2}.",
        f"We have your mobile as {v_ph} and e-mail as karim.haddad.seoul@outlook.com.",
        "Kind regards,",
        "Civil Small Claims Section",
        "smallclaims7@scourt.go.kr",
    ),
    [(PER, "Haddad"), (PER, "Jeon Hae-in"), (PH, v_ph2), (PH, v_ph), (MAIL, "karim.haddad.seoul@outlook.com"), (MAIL, "smallclaims7@scourt.go.kr")],
)

# ---------------------------------------------------------------- 병·의원 · 약국 · 조리원 · 간병
pt = [("선우재희", mob(), cc("52", sep=" ")), ("감나래", mob(), ""), ("옥태민", mob(), cc("4", sep=" "))]
add(
    "ko",
    P,
    lines(
        "치과 교정 상담 CRM 내보내기야. 분납 카드 등록된 환자만 골라서 다음 달 자동결제 예정 목록 만들어줘.",
        "환자명|연락처|상담일|진행|분납카드",
        f"{pt[0][0]}|{pt[0][1]}|2025-02-11|투명교정 계약|{pt[0][2]}",
        f"{pt[1][0]}|{pt[1][1]}|2025-02-13|보류|",
        f"{pt[2][0]}|{pt[2][1]}|2025-02-20|메탈 계약|{pt[2][2]}",
    ),
    [(PER, pt[0][0]), (PH, pt[0][1]), (CARD, pt[0][2]), (PER, pt[1][0]), (PH, pt[1][1]), (PER, pt[2][0]), (PH, pt[2][1]), (CARD, pt[2][2])],
)

v_rrn, v_tel, v_hi = rr("530918", 1), land("055"), hi()
add(
    "ko",
    P,
    lines(
        "처방전 OCR 텍스트야. 약 이름이랑 용법 표로 정리해서 복약지도문 만들어줘.",
        "",
        "처  방  전",
        "의료보험  [√]건강보험  증번호 " + v_hi,
        f"환자 성명  정용구    주민등록번호  {v_rrn}",
        f"의료기관  창원 ○○내과의원   전화 {v_tel}",
        "처방 의약품: 아모잘탄정5/50mg 1T qd 30일 / 리피토정10mg 1T hs 30일 / 가스모틴정 1T tid 7일",
    ),
    [(HINS, v_hi), (PER, "정용구"), (RRN, v_rrn), (PH, v_tel)],
)

v_rrn, v_baby, v_acc, v_ph = rr("930227", 2), rn("250311", 4), acct("국민"), mob()
add(
    "ko",
    P,
    lines(
        "산후조리원 중도 퇴소 환불 요청 건이야. 약관상 환불액(2주 중 5일 이용, 총액 420만원, 위약금 10%) 계산하고 안내문 써줘.",
        f"산모: 계다현 / {v_rrn} / {v_ph}",
        f"신생아: 계다현 아기(여) / 출생신고 완료 {v_baby}",
        f"환불 계좌: 국민 {v_acc} (남편 육성진 명의)",
    ),
    [(PER, "계다현"), (RRN, v_rrn), (PH, v_ph), (PER, "계다현"), (RRN, v_baby), (ACC, v_acc), (PER, "육성진")],
)

v_arn, v_ph, v_acc = ar("690514", 6), mob(), acct("농협")
add(
    "ko",
    P,
    lines(
        "간병인 매칭 플랫폼 간병인 등록 심사 메모야. 승인 가능 여부와 추가로 받아야 할 서류 알려줘.",
        "- 성명: 진춘화 (중국 국적, 조선족, F-4)",
        f"- 외국인등록번호: {v_arn}",
        f"- 연락처: {v_ph}",
        "- 경력: 요양병원 간병 7년, 치매 환자 경험 다수",
        f"- 정산 계좌: NH농협 {v_acc}",
        "- 결핵검사 결과지 미제출 → 진 여사님께 보건소 검사 안내 필요",
    ),
    [(PER, "진춘화"), (ARN, v_arn), (PH, v_ph), (ACC, v_acc), (PER, "진")],
)

v_rrn, v_ph, v_loc = rr("960730", 1), mob(), "경기도 용인시 수지구 포은대로 435, 208동 1804호"
add(
    "ko",
    P,
    f"라식 수술 동의서 전자서명본에서 추출한 텍스트야: '환자 성명 마준기 / 주민번호 {v_rrn} / 주소 {v_loc} / 보호자 연락처 {v_ph} (모 김선옥) / 수술일 2025-03-22 / 본인은 각막 절편 관련 합병증 설명을 들었음'. 누락된 필수 항목 있는지 봐줘.",
    [(PER, "마준기"), (RRN, v_rrn), (LOC, v_loc), (PH, v_ph), (PER, "김선옥")],
)

v_ph, v_loc = mob(), "강원특별자치도 원주시 단구로 170, 2층"
add(
    "ko",
    P,
    lines(
        "사례관리 회의 자료로 쓸 거라 아래 메모를 SOAP 형식으로 바꿔줘.",
        f"내담자 구은호(34세, 남). 주소 {v_loc}. 연락처 {v_ph}.",
        "2/18 가정방문: 은호 씨 최근 2주 불면, 식사량 감소. 모친 사망 후 6개월 경과.",
        "약물 복용 순응도 낮음(주치의 정신건강의학과 모현주 원장). 자살 위험성 평가 중간.",
    ),
    [(PER, "구은호"), (LOC, v_loc), (PH, v_ph), (PER, "은호"), (PER, "모현주")],
)

v_ph = "+1 (415) " + fmt("MNN-NNNN")
add(
    "en",
    P,
    lines(
        "Write a short, calm e-mail to the US Embassy consular section summarising this ER case. Keep medical details minimal.",
        "",
        "Patient: Gregory Alan Whitfield, 67, US citizen, tourist",
        "Arrived by 119 ambulance 03:40 from his hotel at 120 Namdaemun-ro, Jung-gu, Seoul 04533 after collapsing in the lobby.",
        f"Wife (Margaret Whitfield) reachable at {v_ph}; she is staying at the same hotel.",
        "Travel insurance card shows policy no. TRV-88213-US (not verified). Mr. Whitfield is stable in the cardiac ICU.",
    ),
    [(PER, "Gregory Alan Whitfield"), (LOC, "120 Namdaemun-ro, Jung-gu, Seoul 04533"), (PER, "Margaret Whitfield"), (PH, v_ph), (PER, "Whitfield")],
)

v_rrn, v_ph = rr("011105", 3), mob()
add(
    "ko",
    P,
    f"자동차보험 진료비 청구 반려 사유 설명해줘. 청구 내역: 수진자 도건희({v_rrn}), 사고일 2025.01.27, 보험사 접수번호 2501-27-88431, 상병 요추 염좌, 침·약침·추나. 반려 사유는 '추나 횟수 초과'라고만 왔어. 환자한테 전화({v_ph})로 설명해야 해서 쉬운 말로.",
    [(PER, "도건희"), (RRN, v_rrn), (PH, v_ph)],
)

gd = [("예수진", mob()), ("예동혁", mob())]
add(
    "ko",
    P,
    lines(
        "#재활병동-간호 슬랙 스레드야. 보호자 상주 등록 변경사항만 뽑아서 인수인계 메모로.",
        "간호사 하윤정  10:14",
        f"  512호 예정남 환자 보호자 상주 딸 → 아들로 교대 요청 들어왔어요. 딸 {gd[0][0]} {gd[0][1]}, 아들 {gd[1][0]} {gd[1][1]}",
        "수간호사 노명자  10:20",
        "  PCR 음성 확인서 받고 출입증 재발급 해주세요. 예수진 님 출입증은 회수하고요.",
    ),
    [(PER, "하윤정"), (PER, "예정남"), (PER, gd[0][0]), (PH, gd[0][1]), (PER, gd[1][0]), (PH, gd[1][1]), (PER, "노명자"), (PER, "예수진")],
)

v_kid, v_ph = rn("230409", 3), mob()
add(
    "ko",
    P,
    f"영유아검진 예약 문자 보내야 하는데 4차(18~24개월) 검진 시기 맞는지 계산해서 문자 써줘. 아이: 맹시우 ({v_kid}), 보호자 휴대폰 {v_ph}, 희망일 3월 넷째 주 오전.",
    [(PER, "맹시우"), (RRN, v_kid), (PH, v_ph)],
)

emr = [("석영호", rr("480311", 1), hid()), ("양복례", rr("520928", 2), hid())]
add(
    "mixed",
    P,
    lines(
        "This Oracle query returns duplicate rows for inpatients with two insurance records. Fix the query and explain why.",
        "",
        "SELECT p.pt_nm, p.jumin_no, i.ins_card_no, a.adm_dt",
        "  FROM emr.patient p JOIN emr.insurance i ON i.pt_id = p.pt_id JOIN emr.admission a ON a.pt_id = p.pt_id",
        " WHERE a.ward_cd = 'W05' AND a.dsch_dt IS NULL;",
        "",
        "PT_NM     JUMIN_NO         INS_CARD_NO    ADM_DT",
        f"{emr[0][0]}    {emr[0][1]}   {emr[0][2]}   2025-03-02",
        f"{emr[0][0]}    {emr[0][1]}   {emr[0][2]}   2025-03-02",
        f"{emr[1][0]}    {emr[1][1]}   {emr[1][2]}   2025-03-05",
    ),
    [(PER, emr[0][0]), (RRN, emr[0][1]), (HINS, emr[0][2]), (PER, emr[0][0]), (RRN, emr[0][1]), (HINS, emr[0][2]), (PER, emr[1][0]), (RRN, emr[1][1]), (HINS, emr[1][2])],
)

# ---------------------------------------------------------------- 은행 · 송금 · 대출 · 연금 · 상조
v_pp, v_acc, v_ph = pp("M"), acct("신한"), mob()
add(
    "mixed",
    P,
    lines(
        "해외송금 신청서 내용인데 영문 송금 사유(Purpose of remittance) 문장 자연스럽게 써줘.",
        "",
        "송금인: 방지원 / BANG JIWON",
        f"여권번호: {v_pp}",
        f"출금계좌: 신한 {v_acc}",
        f"연락처: {v_ph}",
        "수취인: Emily Bang (딸, 유학생) / Bank of Montreal, Toronto / SWIFT BOFMCAM2",
        "송금액: CAD 18,000 / 사유: 유학생 학비 및 체재비",
    ),
    [(PER, "방지원"), (PER, "BANG JIWON"), (PASS, v_pp), (ACC, v_acc), (PH, v_ph), (PER, "Emily Bang")],
)

v_rrn1, v_rrn2, v_loan, v_loc = rr("900515", 1), rr("920802", 2), fmt("NNN-NNN-NNNNNN"), "서울특별시 강서구 공항대로 247, 7동 903호"
add(
    "ko",
    P,
    lines(
        "전세자금대출 연장 심사 메모야. 고객에게 보낼 보완서류 요청 문자 써줘 (확정일자 받은 갱신계약서, 소득증빙).",
        f"차주: 온재민 ({v_rrn1}) / 배우자: 전하윤 ({v_rrn2})",
        f"목적물: {v_loc}",
        f"대출계좌: {v_loan} (버팀목 전세자금, 잔액 1억 2천)",
        "HUG 보증 연장 승인 대기, 만기 2025.05.14",
    ),
    [(PER, "온재민"), (RRN, v_rrn1), (PER, "전하윤"), (RRN, v_rrn2), (LOC, v_loc), (ACC, v_loan)],
)

v_rrn, v_irp1, v_irp2 = rr("780130", 1), fmt("NNNN-NNNN-NN"), fmt("NNN-NN-NNNNNN-N")
add(
    "ko",
    P,
    f"IRP 계좌 이전 신청 받았는데 이전 절차 안내문 써줘. 가입자 태성욱({v_rrn}), 이전 전 IRP 계좌 {v_irp1}(○○증권), 이전 후 IRP 계좌 {v_irp2}(△△은행). 이전 사유: 수수료 절감.",
    [(PER, "태성욱"), (RRN, v_rrn), (ACC, v_irp1), (ACC, v_irp2)],
)

v_acc, v_ph = acct("새마을금고"), mob()
add(
    "ko",
    P,
    f"조합원 탈퇴 시 출자금 환급 안내 문자 좀 다듬어줘: [OO새마을금고] 지말자 조합원님, 탈퇴 및 출자금 환급(52,000원) 신청이 접수되었습니다. 환급은 다음 회계연도 결산 후 {v_acc} 계좌로 입금됩니다. 문의 {v_ph}(담당 권대리)",
    [(PER, "지말자"), (ACC, v_acc), (PH, v_ph), (PER, "권")],
)

v_brn, v_acc = bz(), acct("대구")
add(
    "ko",
    P,
    lines(
        "가맹점 정산 불일치 건이야. 원인 추정해주고 가맹점주한테 보낼 설명 메일 초안 써줘.",
        "[가맹점 정보]",
        "상호: GS25 수성범어점 / 대표자: 설창호",
        f"사업자등록번호: {v_brn}",
        f"정산계좌: 대구은행 {v_acc}",
        "[불일치] 2/14 카드매출 3,482,100원 vs 정산 3,401,800원 (차액 80,300원)",
    ),
    [(PER, "설창호"), (BRN, v_brn), (ACC, v_acc)],
)

v_arn, v_ph, v_ip, v_ip6 = ar("970224", 5), "+82-10-" + fmt("MNNN-NNNN"), pub_ip(), ip6()
add(
    "mixed",
    P,
    lines(
        "KYC 재심사 로그인데 왜 'NAME_MISMATCH'로 떨어졌는지 분석해줘.",
        "",
        f"2025-03-11 21:04:55 INFO  kyc.submit uid=880213 name=\"SHRESTHA RAJESH KUMAR\" arc={v_arn} phone={v_ph} ip={v_ip}",
        "2025-03-11 21:04:57 INFO  kyc.ocr   arc_name=\"SHRESTHA RAJESH\" arc_expiry=2027-08-30",
        "2025-03-11 21:04:58 WARN  kyc.match result=NAME_MISMATCH score=0.71",
        f"2025-03-11 21:06:12 INFO  kyc.resubmit uid=880213 ip={v_ip6}",
    ),
    [(PER, "SHRESTHA RAJESH KUMAR"), (ARN, v_arn), (PH, v_ph), (IP, v_ip), (PER, "SHRESTHA RAJESH"), (IP, v_ip6)],
)

v_acc, v_ip = acct("케이뱅크"), pub_ip()
add(
    "en",
    P,
    lines(
        "Summarise this AML alert for the compliance committee in three bullet points.",
        "",
        "Alert ID: AML-2025-0412-117 | Rule: R-17 rapid in/out",
        f"Customer: Dmitri Volkov (resident, F-2) | Account: K bank {v_acc}",
        "Pattern: 14 inbound transfers from unrelated individuals (KRW 0.9-1.9m each) within 48h, followed by crypto exchange withdrawals.",
        f"Login IP for all sessions: {v_ip} (VPN provider range). Contact email on file: d.volkov1988@proton.me",
        "Analyst: Park Seo-yeon",
    ),
    [(PER, "Dmitri Volkov"), (ACC, v_acc), (IP, v_ip), (MAIL, "d.volkov1988@proton.me"), (PER, "Park Seo-yeon")],
)

v_rrn, v_acc = rr("620411", 2), acct("수협")
add(
    "ko",
    P,
    f"상조 해약환급금 민원 답변 써줘. 가입자 임순애님({v_rrn}) 120회 중 87회 납입, 해약 환급률 표에 따라 계산한 금액과 환급 계좌(수협 {v_acc}) 입금 예정일 3영업일 이내 안내.",
    [(PER, "임순애"), (RRN, v_rrn), (ACC, v_acc)],
)

v_brn, v_crn, v_loc = bz(), cr("284411"), "경상남도 김해시 주촌면 골든루트로 80-16"
add(
    "ko",
    P,
    lines(
        "주택담보대출 심사 의견서 초안이야. 근무처 재직 확인 결과 반영해서 결론 문단을 다시 써줘.",
        "신청인 소재광 (45세), 근무처 ㈜한울정밀 생산관리팀 차장",
        f"근무처 사업자등록번호 {v_brn}, 법인등록번호 {v_crn}",
        f"담보물건 {v_loc} 단독주택",
        "재직 확인: 4대보험 가입내역상 2011.03~ 계속 재직. 소 차장 연소득 7,200만원.",
    ),
    [(PER, "소재광"), (BRN, v_brn), (CRN, v_crn), (LOC, v_loc), (PER, "소")],
)

v_arn, v_ph = ar("820719", 5), mob()
add(
    "en",
    P,
    lines(
        "Can you turn this into a checklist for my client?",
        "",
        f"Hi Tom, to proceed with the mortgage pre-approval for the apartment at 38 Hangang-daero 21na-gil, Yongsan-gu, Seoul 04377 we still need: "
        f"(1) a copy of your residence card (ARC no. {v_arn}), (2) last 12 months of payslips from Samsung SDS, (3) your Korean tax return.",
        f"Please call me on {v_ph} if anything is unclear. Best, Jisoo (Hana Bank, Yongsan branch)",
        "",
        "Client: Thomas Reinholt",
    ),
    [(PER, "Tom"), (LOC, "38 Hangang-daero 21na-gil, Yongsan-gu, Seoul 04377"), (ARN, v_arn), (PH, v_ph), (PER, "Jisoo"), (PER, "Thomas Reinholt")],
)

v_rrn, v_acc = rr("450120", 1), acct("우체국")
add(
    "ko",
    P,
    lines(
        "휴면예금 찾기 상담 녹취야. 상담 결과만 한 줄로.",
        "상담사: 서민금융진흥원입니다, 무엇을 도와드릴까요",
        "고객: 우리 영감 앞으로 된 옛날 통장이 있는데 돈이 남았는지 알아볼라고",
        "상담사: 예금주분 성함하고 주민번호 불러주시겠어요?",
        f"고객: 남궁철수, {v_rrn}. 우체국 통장이고 번호는 {v_acc}",
        "상담사: 확인해보니 휴면예금 31만 2천원 있으시고요, 상속인 확인서류 필요합니다",
    ),
    [(PER, "남궁철수"), (RRN, v_rrn), (ACC, v_acc)],
)

# ---------------------------------------------------------------- 편의점 · 배달 · 홈쇼핑 · 꽃 · 가구 · 웨딩 · 중고거래 · 리셀 · 구독 · 헬스장
v_rrn, v_acc, v_ph, v_loc = rr("040618", 4), acct("토스뱅크"), mob(), "경기도 부천시 원미구 길주로 262, 4층 402호"
add(
    "ko",
    P,
    lines(
        "편의점 아르바이트 근로계약서 초안이야. 2025년 최저임금 반영됐는지, 주휴수당 조항 빠진 거 있는지 봐줘.",
        "근로자: 함유나",
        f"주민등록번호: {v_rrn}",
        f"주소: {v_loc}",
        f"연락처: {v_ph}",
        "근무: 평일 18:00~23:00 (주 25시간), 시급 10,030원",
        f"급여계좌: 토스뱅크 {v_acc}",
    ),
    [(PER, "함유나"), (RRN, v_rrn), (LOC, v_loc), (PH, v_ph), (ACC, v_acc)],
)

v_dl, v_ph = dl("대전", named=True), mob()
add(
    "ko",
    P,
    lines(
        "라이더 사고 보고 슬랙인데 보험사 접수용 사고경위서로 정리해줘.",
        "운영매니저 남현수  22:41",
        f"  유성구 봉명동 사거리에서 라이더 탁준영님 접촉사고. 상대 차량 우회전 중 충돌. 라이더 연락처 {v_ph}",
        f"  운전면허 {v_dl} (2종 소형 확인됨), 오토바이 파손, 본인은 무릎 찰과상",
        "운영매니저 남현수  22:47",
        "  탁준영님 병원 이동 중, 음식은 고객 환불 처리했어요",
    ),
    [(PER, "남현수"), (PER, "탁준영"), (PH, v_ph), (DLIC, v_dl), (PER, "남현수"), (PER, "탁준영")],
)

v_ph, v_card, v_loc = mob(), cc("4"), "울산광역시 남구 삼산로 318, 101동 2204호"
add(
    "ko",
    P,
    lines(
        "홈쇼핑 주문 상담 STT인데 주문서 필드(주문자/연락처/배송지/결제)로 뽑아줘.",
        "상담원: 네 주문 도와드리겠습니다. 주문자 성함이요?",
        "고객: 봉숙희요",
        f"고객: 전화번호는 {v_ph}",
        f"고객: 주소는 {v_loc}요",
        "상담원: 결제는 어떻게 하시겠어요?",
        f"고객: 카드로 할게요. 카드번호 {v_card}, 유효기간 08/28",
        "상담원: 네 봉숙희 고객님 3개월 무이자로 결제 도와드렸습니다",
    ),
    [(PER, "봉숙희"), (PH, v_ph), (LOC, v_loc), (CARD, v_card), (PER, "봉숙희")],
)

v_ph1, v_ph2, v_loc = mob(), mob(), "세종특별자치시 한누리대로 2150, 정부세종청사 6동 3층"
add(
    "ko",
    P,
    f"꽃배달 주문 카드 문구 좀 더 정중하게 바꿔줘. 주문 정보: 보내는 분 석재용({v_ph1}), 받는 분 옥윤정 주무관({v_ph2}), 배송지 {v_loc}, 카드 문구 '승진 축하해요 윤정씨 앞으로도 화이팅'",
    [(PER, "석재용"), (PH, v_ph1), (PER, "옥윤정"), (PH, v_ph2), (LOC, v_loc), (PER, "윤정")],
)

fur = [("하태윤", mob(), "경기도 화성시 동탄대로 537, 1402동 1701호"), ("모다정", mob(), "경기도 오산시 수청로 199, 303동 502호"), ("나현승", mob(), "경기도 평택시 고덕면 고덕국제대로 280, 2204호")]
add(
    "ko",
    P,
    lines(
        "내일 가구 배송·설치 기사 배차표야. 동선 최적화해서 오전/오후 나눠줘.",
        "고객명\t연락처\t주소\t품목",
        f"{fur[0][0]}\t{fur[0][1]}\t{fur[0][2]}\t4인 식탁",
        f"{fur[1][0]}\t{fur[1][1]}\t{fur[1][2]}\t붙박이장 3쪽",
        f"{fur[2][0]}\t{fur[2][1]}\t{fur[2][2]}\t리클라이너 소파",
    ),
    [x for n, p, a in fur for x in ((PER, n), (PH, p), (LOC, a))],
)

v_ph = mob()
add(
    "ko",
    P,
    f"안경원 고객카드 메모를 다음 방문 때 볼 수 있게 정리해줘. '제갈은주 고객 (연락처 {v_ph}) / 근시 -4.25, 난시 -0.75 / 누진 다초점 상담 원함 / 은주 님 딸 제갈수아도 다음 주 방문 예약'",
    [(PER, "제갈은주"), (PH, v_ph), (PER, "은주"), (PER, "제갈수아")],
)

v_ph1, v_ph2, v_acc, v_card = mob(), mob(), acct("하나"), cc("55")
add(
    "ko",
    P,
    lines(
        "웨딩홀 계약서 특약사항 검토해줘. 계약금 환불 조항이 소비자분쟁해결기준이랑 맞는지.",
        f"신랑 육지환 ({v_ph1}) / 신부 모예린 ({v_ph2})",
        "예식일: 2025.10.18 (토) 12:30 그랜드홀",
        f"계약금 300만원 결제: 카드 {v_card} (신랑 명의)",
        f"잔금 환불 시 입금계좌: 하나 {v_acc} (모예린)",
        "특약: 예식 90일 전 이후 취소 시 계약금 전액 위약금",
    ),
    [(PER, "육지환"), (PH, v_ph1), (PER, "모예린"), (PH, v_ph2), (CARD, v_card), (ACC, v_acc), (PER, "모예린")],
)

v_acc, v_ph = acct("카카오뱅크"), mob()
add(
    "ko",
    P,
    lines(
        "중고거래 사기 피해 진술서 초안인데 경찰청 사이버범죄 신고 양식에 맞게 재구성해줘.",
        "3월 4일 중고나라에서 아이패드 프로 거래. 판매자 닉네임 '애플정리중', 본명이라며 알려준 이름 편도훈.",
        f"판매자 연락처 {v_ph}, 입금 계좌 카카오뱅크 {v_acc} (예금주 편도훈)로 85만원 입금 후 연락두절.",
        "택배 송장번호라고 보낸 번호는 조회 안 됨 (6892-1145-0027).",
    ),
    [(PER, "편도훈"), (PH, v_ph), (ACC, v_acc), (PER, "편도훈")],
)

v_card = cc("37", groups=(4, 6, 5))
add(
    "en",
    P,
    lines(
        "Draft a reply to this customer: we accept the return but the refund goes back to the original card in 5-7 business days.",
        "",
        "From: Samantha Ortiz <sam.ortiz84@yahoo.com>",
        "Subject: Return for order #KR-558120",
        "",
        "Hi, I ordered the Korean skincare set but it arrived with a broken bottle. I'd like a refund to my Amex ending " + v_card[-4:] + " "
        f"(full number {v_card}, since your form asked for it). Ship-to address was 4410 Larkspur Ct, Apt 12, Fort Collins, CO 80525, USA.",
        "Thanks, Sam",
    ),
    [(PER, "Samantha Ortiz"), (MAIL, "sam.ortiz84@yahoo.com"), (CARD, v_card), (LOC, "4410 Larkspur Ct, Apt 12, Fort Collins, CO 80525"), (PER, "Sam")],
)

v_ph, v_acc = mob(), acct("경남")
add(
    "ko",
    P,
    f"명품 리셀 검수 결과 판매자 안내 문자 만들어줘. 판매자 어승민님({v_ph}), 상품 샤넬 클래식 미디움, 검수 결과 가품 의심(시리얼 스티커 폰트 불일치)으로 반송. 보증금 10만원은 경남은행 {v_acc}로 환불.",
    [(PER, "어승민"), (PH, v_ph), (ACC, v_acc)],
)

v_ph, v_card = mob(""), cc("4", sep="")
sub = js({"subscriber": {"name": "인서하", "mobile": v_ph, "address": {"road": "서울특별시 송파구 올림픽로 300", "detail": "롯데월드타워 오피스 28층"}}, "plan": "반찬 정기배송 주3회", "billing": {"card_no": v_card, "exp": "11/27"}})
add(
    "ko",
    P,
    "구독 결제 실패 재시도 API 요청 바디야. card_no 평문 저장 문제를 지적하고 토큰화하는 구조로 바꾼 예시 JSON 보여줘.\n" + sub,
    [(PER, "인서하"), (PH, v_ph), (LOC, "서울특별시 송파구 올림픽로 300"), (CARD, v_card)],
)

v_ph, v_card, v_acc = mob(), cc("4"), acct("광주")
add(
    "ko",
    P,
    lines(
        "PT 환불 요청 카톡이야. 공정위 표준약관 기준 환불액 계산해줘 (30회 중 9회 사용, 총 180만원).",
        "[헬스장] 회원 정보 확인 부탁드립니다",
        f"[회원] 금하람이고요 {v_ph} 입니다",
        f"[회원] 결제는 카드 {v_card}로 했는데 취소가 안 되면 광주은행 {v_acc}로 받을게요",
        "[헬스장] 네 금하람 회원님 확인 후 연락드리겠습니다",
    ),
    [(PER, "금하람"), (PH, v_ph), (CARD, v_card), (ACC, v_acc), (PER, "금하람")],
)

# ---------------------------------------------------------------- 제조 현장 (부품 공장 · 식품 · 조선 · 화학 · 건설)
tr = [("피상훈", "", mob()), ("Aung Kyaw Moe", ar("960312", 5), mob()), ("Nurlan Seitkali", ar("940828", 5), mob())]
add(
    "mixed",
    P,
    lines(
        "산업안전보건교육 이수 명단이야. 미이수자만 골라서 팀장님께 보낼 메일 써줘. Aung and Nurlan need the notice in English.",
        "",
        "성명 | 외국인등록번호 | 휴대폰 | 정기교육(상반기 12h) | 특별교육(프레스)",
        f"{tr[0][0]} | - | {tr[0][2]} | 12h | 완료",
        f"{tr[1][0]} | {tr[1][1]} | {tr[1][2]} | 8h | 미이수",
        f"{tr[2][0]} | {tr[2][1]} | {tr[2][2]} | 12h | 미이수",
    ),
    [(PER, "Aung"), (PER, "Nurlan"), (PER, tr[0][0]), (PH, tr[0][2]), (PER, tr[1][0]), (ARN, tr[1][1]), (PH, tr[1][2]), (PER, tr[2][0]), (ARN, tr[2][1]), (PH, tr[2][2])],
)

hc = [("경미숙", rr("690224", 2)), ("차영수", rr("740611", 1)), ("표은정", rr("860902", 2))]
add(
    "ko",
    P,
    lines(
        "HACCP 위생교육·보건증 관리대장이야. 보건증 만료 30일 이내인 사람 뽑아서 갱신 안내문 써줘 (오늘 2025-03-15).",
        "성명 / 주민등록번호 / 보건증 발급일 / 만료일",
        *[f"{n} / {r} / {d1} / {d2}" for (n, r), d1, d2 in zip(hc, ("2024-04-02", "2024-09-10", "2024-03-29"), ("2025-04-01", "2025-09-09", "2025-03-28"), strict=True)],
    ),
    [x for n, r in hc for x in ((PER, n), (RRN, r))],
)

dorm = [("Nguyen Van Thanh", ar("990105", 5), mob()), ("Pham Duc Anh", ar("010716", 7), mob())]
v_loc = "울산광역시 동구 방어진순환도로 1040, 외국인기숙사 B동 305호"
add(
    "mixed",
    P,
    lines(
        "Please write a bilingual (Korean/English) room assignment notice from this memo.",
        "",
        "협력사 외국인 용접공 숙소 배정 (3/20 입주)",
        f"- {dorm[0][0]} / ARC {dorm[0][1]} / {dorm[0][2]}",
        f"- {dorm[1][0]} / ARC {dorm[1][1]} / {dorm[1][2]}",
        f"배정 호실: {v_loc}",
        "사감: 위동철 반장 (Thanh 씨가 반장 역할, 통역 가능)",
    ),
    [(PER, dorm[0][0]), (ARN, dorm[0][1]), (PH, dorm[0][2]), (PER, dorm[1][0]), (ARN, dorm[1][1]), (PH, dorm[1][2]), (LOC, v_loc), (PER, "위동철"), (PER, "Thanh")],
)

v_rrn, v_ph, v_crn = rr("830517", 1), mob(), cr("204811")
add(
    "ko",
    P,
    lines(
        "중대재해 보고 초안인데 고용노동부 보고 양식 항목 순서대로 재배열해줘.",
        "일시: 2025.03.06 14:35 / 장소: 여수 공장 2공정 반응기 구역",
        f"재해자: 편태식 (협력사 ㈜남해플랜트 소속, 법인등록번호 {v_crn}), 주민등록번호 {v_rrn}",
        "재해 내용: 배관 플랜지 해체 중 잔류 가스 누출로 안면부 화상 2도, 전남대병원 이송",
        f"가족 연락: 배우자 {v_ph} (14:50 통화 완료)",
        "조치: 공정 정지, 작업허가서(PTW) 확인 중 – 편 씨 작업 전 가스검지 기록 누락",
    ),
    [(PER, "편태식"), (CRN, v_crn), (RRN, v_rrn), (PH, v_ph), (PER, "편")],
)

v_ph1, v_ph2 = "+82 31-" + fmt("MNN-NNNN"), "+82 10-" + fmt("MNNN-NNNN")
add(
    "en",
    P,
    lines(
        "Tighten the D4 root-cause section of this 8D report and fix the grammar.",
        "",
        "8D Report – Customer complaint CC-25-0193 (bracket weld crack)",
        "D1 Team: Hyunwoo Baek (QA lead, hyunwoo.baek@dongshin-metal.co.kr, " + v_ph1 + "), Minji Seo (process eng.), Carlos Mendes (customer SQE, cmendes@autoparts-global.com)",
        "D4 Root cause: the welding robot #3 wire feed is unstable when the wire spool less than 20%, operator not check it because no alarm.",
        "Escalation contact after hours: Hyunwoo Baek " + v_ph2,
    ),
    [(PER, "Hyunwoo Baek"), (MAIL, "hyunwoo.baek@dongshin-metal.co.kr"), (PH, v_ph1), (PER, "Minji Seo"), (PER, "Carlos Mendes"), (MAIL, "cmendes@autoparts-global.com"), (PER, "Hyunwoo Baek"), (PH, v_ph2)],
)

cw = [("방대호", rr("680119", 1), acct("농협")), ("추용석", rr("750823", 1), acct("기업")), ("Li Jianguo", ar("710402", 5), acct("우리"))]
add(
    "ko",
    P,
    lines(
        "건설근로자 전자카드 출역 기록이랑 노무비 지급 명단 대조해줘. 출역일수 안 맞는 사람 있으면 표시.",
        "[출역] 방대호 18일, 추용석 21일, Li Jianguo 20일",
        "[노무비 지급 명단]",
        *[f"{n}\t{r}\t{a}\t{d}일" for (n, r, a), d in zip(cw, (18, 20, 20), strict=True)],
    ),
    [(PER, "방대호"), (PER, "추용석"), (PER, "Li Jianguo")] + [x for n, r, a in cw for x in ((PER, n), (RRN if r[7] in "12" else ARN, r), (ACC, a))],
)

v_ip1, v_ip2 = priv_ip(), priv_ip()
add(
    "mixed",
    P,
    lines(
        "MES 로그에서 라인 정지 원인 추적해줘. 누가 어떤 단말에서 레시피를 바꿨는지 시간순으로 정리.",
        f"[2025-03-12 02:11:40] LINE=SMT-3 EVT=RECIPE_CHANGE user=\"곽민철\" term={v_ip1} recipe=PCB-A77 rev 12->13",
        "[2025-03-12 02:12:05] LINE=SMT-3 EVT=REFLOW_TEMP_ALARM zone=6 temp=268C",
        f"[2025-03-12 02:14:51] LINE=SMT-3 EVT=LINE_STOP user=\"Dilnoza Karimova\" term={v_ip2} reason=\"temp alarm\"",
        f"[2025-03-12 02:30:17] LINE=SMT-3 EVT=RECIPE_ROLLBACK user=\"곽민철\" term={v_ip1} rev 13->12",
    ),
    [(PER, "곽민철"), (IP, v_ip1), (PER, "Dilnoza Karimova"), (IP, v_ip2), (PER, "곽민철"), (IP, v_ip1)],
)

# ---------------------------------------------------------------- 방송 · 신문 · 다큐 · 크리에이터 · 웹툰 · 보도사진
v_ph, v_loc = mob(), "전북특별자치도 전주시 완산구 효자로 225, 511동 1203호"
add(
    "ko",
    P,
    f"라디오 사연 채택자 경품 발송 목록에 넣을 거야. 아래 사연 메시지에서 받는 사람/연락처/주소만 뽑아줘. — '안녕하세요 DJ님 저는 전주 사는 애청자 경하늘입니다. 퇴근길에 늘 듣고 있어요… 경품 주시면 {v_loc}로 보내주세요. 연락처 {v_ph} 입니다'",
    [(PER, "경하늘"), (LOC, v_loc), (PH, v_ph)],
)

v_ph = mob()
add(
    "ko",
    P,
    lines(
        "정정보도 청구 메일이야. 언론중재법상 요건 갖췄는지 보고, 편집국 회신 초안 써줘.",
        "",
        "수신: 사회부 데스크",
        "발신: 곽도윤 (ghkdy.law@gmail.com)",
        "",
        "3월 5일자 「○○시 공무원, 업체서 수백만원 받아」 기사에서 실명은 없으나 '도시계획과 곽모 팀장'으로 특정되어 제가 지목되었습니다.",
        f"해당 업체와 금전 거래 사실이 없으며 경찰 내사도 종결되었습니다. 정정보도를 청구합니다. 연락처 {v_ph}",
    ),
    [(PER, "곽도윤"), (MAIL, "ghkdy.law@gmail.com"), (PH, v_ph)],
)

v_rrn, v_ph, v_acc = rr("510306", 1), mob(), acct("우체국")
add(
    "ko",
    P,
    lines(
        "다큐 출연자 초상권 이용 동의서 내용이야. 동의 범위에 해외 OTT 재판매까지 들어가 있는지, 철회 방법이 적혀 있는지 검토해줘.",
        "프로그램: <바다를 건넌 사람들> 3부",
        f"출연자: 어판석 (주민등록번호 {v_rrn}, 통영 욕지도 거주 어민)",
        f"연락처: {v_ph} (아들 어진우 대리 연락)",
        f"사례비 입금: 우체국 {v_acc}",
        "동의 범위: 방송, 재방송, OTT, 해외 판매 (10년)",
    ),
    [(PER, "어판석"), (RRN, v_rrn), (PH, v_ph), (PER, "어진우"), (ACC, v_acc)],
)

v_brn, v_acc, v_crn = bz(), acct("신한"), cr("110111")
add(
    "mixed",
    P,
    lines(
        "Review this sponsorship contract summary and flag anything that conflicts with the Fair Trade Commission's endorsement guidelines.",
        "",
        f"광고주: ㈜마린코스메틱 (법인등록번호 {v_crn}) / 크리에이터: 채널 '하루한끼' 운영자 남궁소희",
        f"크리에이터 사업자등록번호 {v_brn} (개인사업자), 정산 계좌 신한 {v_acc}",
        "담당자 이메일: sohee.namkung@haruhankki.kr / 광고주 담당: marketing@marinecos.co.kr",
        "의무: 영상 2편, '유료광고 포함' 표시, 부정적 리뷰 금지 조항 (⚠)",
    ),
    [(CRN, v_crn), (PER, "남궁소희"), (BRN, v_brn), (ACC, v_acc), (MAIL, "sohee.namkung@haruhankki.kr"), (MAIL, "marketing@marinecos.co.kr")],
)

v_rrn, v_acc = rr("970815", 2), acct("카카오뱅크")
add(
    "ko",
    P,
    f"웹툰 연재 계약서 인적사항 부분 표로 정리해줘: 작가(필명 '밤하늘') 본명 제하온, 주민등록번호 {v_rrn}, 이메일 bamhaneul.toon@naver.com, 원고료 입금 카카오뱅크 {v_acc}, 계약기간 2025.04~2026.03, RS 비율 5:5.",
    [(PER, "제하온"), (RRN, v_rrn), (MAIL, "bamhaneul.toon@naver.com"), (ACC, v_acc)],
)

v_ph = "+82 10 " + fmt("MNNN NNNN")
add(
    "en",
    P,
    lines(
        "Reply to this licensing request: we grant one-time editorial use, credit line required, fee USD 250.",
        "",
        "Hello,",
        "I'm Ingrid Solberg, picture editor at Aftenposten. We'd like to license the photo of the Gangneung wildfire (your ID KP-2025-0442)",
        "taken by your staff photographer Moon Jae-hyuk. Could you confirm the price for web + print?",
        f"Best, Ingrid | ingrid.solberg@aftenposten.no | Seoul correspondent desk: {v_ph}",
    ),
    [(PER, "Ingrid Solberg"), (PER, "Moon Jae-hyuk"), (PER, "Ingrid"), (MAIL, "ingrid.solberg@aftenposten.no"), (PH, v_ph)],
)

# ---------------------------------------------------------------- 통신 · 인터넷 설치 · 상수도 · 알뜰폰 · 지역난방
v_rrn, v_ph1, v_ph2, v_ip = rr("880101", 2), mob(), mob(), pub_ip()
add(
    "ko",
    P,
    lines(
        "명의도용 개통 신고 접수 내용이야. 수사기관 제출용 사실확인서 형식으로 바꿔줘.",
        f"신고인: 하슬아 ({v_rrn}), 본인 회선 {v_ph1}",
        f"도용 회선: {v_ph2} (2025.02.27 온라인 셀프개통, 알뜰폰 ○○모바일)",
        f"개통 시 접속 IP: {v_ip}, 본인인증은 유출된 신분증 사본으로 진행된 것으로 추정",
        "피해: 소액결제 47만원, 해당 회선으로 카카오 계정 생성",
    ),
    [(PER, "하슬아"), (RRN, v_rrn), (PH, v_ph1), (PH, v_ph2), (IP, v_ip)],
)

ins = [("나영진", mob(), "경기도 의정부시 민락로 220, 1103동 805호"), ("함소윤", mob(), "경기도 양주시 옥정로 134, 207동 1903호")]
add(
    "ko",
    P,
    lines(
        "인터넷 설치 기사님 배정 메시지 초안 써줘. 고객별 방문 시간은 오전 10시, 오후 2시.",
        *[f"- {n} / {p} / {a} / 기가 500M + IPTV" for n, p, a in ins],
    ),
    [x for n, p, a in ins for x in ((PER, n), (PH, p), (LOC, a))],
)

v_acc, v_loc = acct("부산"), "부산광역시 영도구 태종로 541-7"
add(
    "ko",
    P,
    f"누수 감면 신청 건 검토 의견 써줘. 신청인 천말임, 급수지 {v_loc} (단독주택), 2월 검침 사용량 87톤(평월 12톤), 지하 배관 누수로 수리업체 확인서 첨부. 감면액 환급 계좌 부산은행 {v_acc}.",
    [(PER, "천말임"), (LOC, v_loc), (ACC, v_acc)],
)

v_rrn, v_dl, v_acc = rr("000722", 3), dl("경북"), acct("국민")
add(
    "mixed",
    P,
    lines(
        "알뜰폰 셀프개통 실패 로그야. 신분증 진위확인 단계에서 왜 실패했는지 설명해줘.",
        "[IDV] step=ocr doc_type=DRIVER_LICENSE",
        f"[IDV] ocr.name=노건우 ocr.jumin={v_rrn} ocr.license_no={v_dl} issue_date=2019-08-14",
        "[IDV] step=verify provider=police_api result=FAIL reason=\"issue_date mismatch (latest reissue 2023-11-02)\"",
        f"[BILL] autopay account=KB {v_acc} holder=노건우 status=PENDING",
    ),
    [(PER, "노건우"), (RRN, v_rrn), (DLIC, v_dl), (ACC, v_acc), (PER, "노건우")],
)

v_card, v_loc = cc("4", sep=" "), "경기도 성남시 분당구 불정로 6, 1302동 402호"
add(
    "ko",
    P,
    f"지역난방 요금 카드 자동납부 신청서 OCR이야. 필드별로 나눠서 JSON으로 만들어줘.\n신청인 성명: 위영자   납부자 관계: 본인\n사용장소: {v_loc}\n카드번호: {v_card}   유효기간: 09/29\n신청일: 2025. 3. 4.",
    [(PER, "위영자"), (LOC, v_loc), (CARD, v_card)],
)

# ---------------------------------------------------------------- 선관위 · 국세 · 고용 · 연금 · 산재 · 보조금 · 우편 · 기부금
po = [("금세영", rr("910226", 2), acct("농협"), mob()), ("허준휘", rr("970503", 1), acct("신한"), mob())]
add(
    "ko",
    P,
    lines(
        "투표사무원 위촉 명단이야. 수당 지급 명세(사전투표 1일 + 본투표 1일) 표로 만들어줘.",
        "성명,주민등록번호,계좌,연락처,배치",
        *[f"{n},{r},{a},{p},{b}" for (n, r, a, p), b in zip(po, ("사전 관양1동", "본 관양2동 제3투"), strict=True)],
    ),
    [x for n, r, a, p in po for x in ((PER, n), (RRN, r), (ACC, a), (PH, p))],
)

v_rrn, v_loc = rr("640918", 1), "서울특별시 영등포구 여의대방로 43나길 11, 503호"
add(
    "ko",
    P,
    f"정치후원금 영수증 재발급 요청이야. 처리 안내 회신 써줘: 후원인 권순택, 주민등록번호 {v_rrn}, 주소 {v_loc}, 2024년 10만원 후원, 연말정산용 영수증 분실.",
    [(PER, "권순택"), (RRN, v_rrn), (LOC, v_loc)],
)

fam = [("인동혁", rr("850412", 1)), ("배소연", rr("870730", 2)), ("인하준", rr("160221", 3)), ("인서아", rn("211108", 4))]
add(
    "ko",
    P,
    lines(
        "연말정산 부양가족 등록 메일이야. 인적공제·자녀세액공제 대상 정리해줘.",
        "",
        "인사팀 담당자님, 올해 부양가족 변경사항 보냅니다.",
        *[f"- {rel}: {n} {r}" for rel, (n, r) in zip(("본인", "배우자(맞벌이, 공제 안 받음)", "자녀", "자녀(2021년 출생)"), fam, strict=True)],
        "인동혁 드림",
    ),
    [x for n, r in fam for x in ((PER, n), (RRN, r))] + [(PER, "인동혁")],
)

v_rrn, v_acc = rr("790609", 2), acct("우리")
add(
    "ko",
    P,
    f"실업인정 상담 메모를 고용24 처리 메모 형식으로 정리해줘. 수급자 주윤미({v_rrn}), 3차 실업인정일 3/14, 구직활동 2회(온라인 입사지원, 직업훈련 상담), 구직급여 입금계좌 우리 {v_acc} 변경 요청. 주 씨는 다음 차수부터 대면 출석 필요.",
    [(PER, "주윤미"), (RRN, v_rrn), (ACC, v_acc), (PER, "주")],
)

v_arn, v_acc = ar("860915", 5), acct("하나")
add(
    "mixed",
    P,
    lines(
        "Explain to this client in plain English whether he can get a lump-sum refund, based on the note below.",
        "",
        "국민연금 반환일시금 상담",
        f"- Name: Daniel Okonkwo (Nigeria), ARC {v_arn}, E-7 체류 종료 예정 2025.06.30",
        "- 나이지리아는 사회보장협정 미체결 + 상호주의 해당 여부 확인 필요",
        f"- 지급 희망 계좌: 하나 {v_acc} (출국 전 수령)",
        "- Mr. Okonkwo asked if payment is possible after departure (여권 사본, 출국 항공권 제출 예정)",
    ),
    [(PER, "Daniel Okonkwo"), (ARN, v_arn), (ACC, v_acc), (PER, "Okonkwo")],
)

v_rrn, v_hi, v_brn = rr("710204", 1), hid(), bz()
add(
    "ko",
    P,
    lines(
        "산재 요양급여 신청서 검토해줘. 업무상 재해 인정 가능성 판단 포인트 정리.",
        f"재해자: 변기호 / {v_rrn} / 건강보험증 {v_hi}",
        f"사업장: 성원물류 (사업자 {v_brn}), 지게차 상차 작업 중 낙상",
        "진단: 우측 종골 골절, 요양기간 12주 예상",
    ),
    [(PER, "변기호"), (RRN, v_rrn), (HINS, v_hi), (BRN, v_brn)],
)

v_rrn, v_dl, v_loc = rr("820317", 2), dl("전남", named=True), "전라남도 순천시 해룡면 향매로 91, 304동 1102호"
add(
    "ko",
    P,
    lines(
        "전기차 구매보조금 신청서 내용이야. 거주요건(90일 이상 관내 거주) 충족 여부 판단해줘.",
        "신청자 하미경",
        f"주민등록번호 {v_rrn}",
        f"운전면허 {v_dl}",
        f"주소 {v_loc} (전입일 2024.12.20)",
        "차종 아이오닉 5, 출고 예정 2025.03.25",
    ),
    [(PER, "하미경"), (RRN, v_rrn), (DLIC, v_dl), (LOC, v_loc)],
)

loc1, loc2 = "경기도 고양시 일산동구 중앙로 1275번길 38-10, 2층", "서울특별시 마포구 성미산로 17길 52, 101호"
add(
    "ko",
    P,
    lines(
        "내용증명 초안이야. 감정적인 표현 빼고 법적으로 깔끔하게 다듬어줘.",
        "",
        f"발신인: 성하진 ({loc1})",
        f"수신인: 위태호 ({loc2})",
        "제목: 임대차보증금 반환 최고",
        "귀하는 2025.01.31 계약 만료에도 보증금 5천만원을 돌려주지 않고 있으며 연락도 피하고 있습니다. 위태호 씨 정말 양심이 있으면 이번 달 안에 돌려주십시오.",
    ),
    [(PER, "성하진"), (LOC, loc1), (PER, "위태호"), (LOC, loc2), (PER, "위태호")],
)

v_brn, dn = bz(), [("감은혜", rr("680811", 2)), ("피광수", rr("550102", 1))]
add(
    "ko",
    P,
    lines(
        "교회 기부금 영수증 발급대장이야. 홈택스 일괄 제출 양식(기부자 성명, 주민번호, 금액) CSV로 바꿔줘.",
        f"단체: 대한예수교장로회 새빛교회 (고유번호 {v_brn})",
        f"1. {dn[0][0]} {dn[0][1]} 2,400,000원",
        f"2. {dn[1][0]} {dn[1][1]} 1,200,000원",
    ),
    [(BRN, v_brn)] + [x for n, r in dn for x in ((PER, n), (RRN, r))],
)

# ---------------------------------------------------------------- IT 운영 (English)
v_ip, v_ph = priv_ip(), "+82-2-" + fmt("MNNN-NNNN")
add(
    "en",
    P,
    lines(
        "Our staging pod can't reach the DB. Here's the rendered .env from the failing pod - what's wrong?",
        "",
        "APP_ENV=staging",
        f"DB_HOST={v_ip}",
        "DB_PORT=5433",
        "DB_USER=svc_payroll",
        "SMTP_USER=payroll-noti@hanbitsoft.co.kr",
        "ADMIN_CONTACT_EMAIL=jaehee.oh@hanbitsoft.co.kr",
        f"ADMIN_CONTACT_PHONE={v_ph}",
        "FEATURE_NEW_TAX_TABLE=true",
    ),
    [(IP, v_ip), (MAIL, "payroll-noti@hanbitsoft.co.kr"), (MAIL, "jaehee.oh@hanbitsoft.co.kr"), (PH, v_ph)],
)

v_ip1, v_ip2 = pub_ip(), priv_ip()
add(
    "en",
    P,
    lines(
        "Terraform keeps wanting to replace this instance. Which attribute forces replacement?",
        "",
        '# aws_instance.bastion must be replaced',
        '-/+ resource "aws_instance" "bastion" {',
        '      ami                    = "ami-0c9c942bd7bf113a2"',
        f'    ~ public_ip              = "{v_ip1}" -> (known after apply)',
        f'      private_ip             = "{v_ip2}"',
        '    ~ user_data              = "3f1e0a..." -> "9b77c2..." # forces replacement',
        '      tags                   = {',
        '          "Owner"   = "Sunghoon Yang"',
        '          "Contact" = "sunghoon.yang@ridgeline-infra.com"',
        '        }',
    ),
    [(IP, v_ip1), (IP, v_ip2), (PER, "Sunghoon Yang"), (MAIL, "sunghoon.yang@ridgeline-infra.com")],
)

v_ip = pub_ip()
sentry = js(
    {
        "event_id": "c41f0e92b7d84e0f9a3e5d1c2b6a7f80",
        "level": "error",
        "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'zipCode')"}]},
        "user": {"id": "u_58201", "email": "clara.whitmore@gmail.com", "ip_address": v_ip, "username": "Clara Whitmore"},
        "request": {"url": "https://shop.example-kmall.com/checkout/address"},
    }
)
add(
    "en",
    P,
    "Explain this Sentry event and suggest a null-safe fix for the checkout address form.\n\n" + sentry,
    [(MAIL, "clara.whitmore@gmail.com"), (IP, v_ip), (PER, "Clara Whitmore")],
)

add(
    "en",
    P,
    lines(
        "git shortlog shows the same people twice. Write a .mailmap that merges these identities.",
        "",
        "  142  Jiyeon Kwak <jiyeon.kwak@corp-mail.io>",
        "   37  jykwak <kwakjy91@gmail.com>",
        "   88  Mateus Albuquerque <mateus@corp-mail.io>",
        "   12  Mateus A. <m.albuquerque@users.noreply.github.com>",
    ),
    [(PER, "Jiyeon Kwak"), (MAIL, "jiyeon.kwak@corp-mail.io"), (MAIL, "kwakjy91@gmail.com"), (PER, "Mateus Albuquerque"), (MAIL, "mateus@corp-mail.io"), (PER, "Mateus A"), (MAIL, "m.albuquerque@users.noreply.github.com")],
)

v_ph, v_ip = mob(""), priv_ip()
add(
    "en",
    P,
    lines(
        "Why is this session key being written on every request? Output of redis-cli MONITOR:",
        "",
        f'1741762811.204120 [0 {v_ip}:53122] "HSET" "sess:8f2c1a" "email" "yuna.ko@hotmail.com" "phone" "{v_ph}" "last_seen" "1741762811"',
        f'1741762811.377902 [0 {v_ip}:53122] "EXPIRE" "sess:8f2c1a" "1800"',
        f'1741762812.015633 [0 {v_ip}:53122] "HSET" "sess:8f2c1a" "email" "yuna.ko@hotmail.com" "phone" "{v_ph}" "last_seen" "1741762812"',
    ),
    [(IP, v_ip), (MAIL, "yuna.ko@hotmail.com"), (PH, v_ph), (IP, v_ip), (IP, v_ip), (MAIL, "yuna.ko@hotmail.com"), (PH, v_ph)],
)

v_card = cc("4", sep="")
add(
    "en",
    P,
    lines(
        "The nightly DAG failed on one row. What does the error mean and how do I make the task skip bad rows instead of failing?",
        "",
        "[2025-03-13, 02:00:41 KST] {taskinstance.py:2698} ERROR - Task failed with exception",
        "Traceback (most recent call last):",
        '  File "/opt/airflow/dags/billing_sync.py", line 88, in transform',
        "    amount = Decimal(row['amount'])",
        "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]",
        f"[2025-03-13, 02:00:41 KST] {{billing_sync.py:91}} WARNING - bad row: {{'customer': 'Olivia Brennan', 'email': 'obrennan@fastmail.com', 'card': '{v_card}', 'amount': '12,900'}}",
    ),
    [(PER, "Olivia Brennan"), (MAIL, "obrennan@fastmail.com"), (CARD, v_card)],
)

v_ip, v_ip6 = pub_ip(), ip6()
add(
    "en",
    P,
    lines(
        "Is this Okta log a real account takeover or just the user travelling? Give me a verdict and next steps.",
        "",
        f"2025-03-10T23:58:02Z user.session.start SUCCESS actor=hyejin.moon@lumen-bio.com client.ip={v_ip} geo=Seoul,KR",
        f"2025-03-11T00:03:47Z user.session.start SUCCESS actor=hyejin.moon@lumen-bio.com client.ip={v_ip6} geo=Seoul,KR",
        "2025-03-11T00:04:10Z user.mfa.factor.deactivate SUCCESS actor=hyejin.moon@lumen-bio.com factor=okta_verify",
        "2025-03-11T00:05:31Z user.session.start SUCCESS actor=hyejin.moon@lumen-bio.com client.ip=185.220.101.47 geo=Frankfurt,DE",
    ),
    [(MAIL, "hyejin.moon@lumen-bio.com"), (IP, v_ip), (MAIL, "hyejin.moon@lumen-bio.com"), (IP, v_ip6), (MAIL, "hyejin.moon@lumen-bio.com"), (MAIL, "hyejin.moon@lumen-bio.com"), (IP, "185.220.101.47")],
)

r1, r2, v1, v2 = pub_ip(), pub_ip(), "10.8.0." + str(random.randint(2, 250)), "10.8.0." + str(random.randint(2, 250))
add(
    "en",
    P,
    lines(
        "Parse this OpenVPN status file into a table (user, real address, virtual address, connected since).",
        "",
        "OpenVPN CLIENT LIST",
        "Updated,2025-03-14 09:12:44",
        "Common Name,Real Address,Bytes Received,Bytes Sent,Connected Since",
        f"seojun.ha,{r1}:61822,18233410,99120334,2025-03-14 08:02:11",
        f"priya.raman,{r2}:50311,2230911,8122093,2025-03-14 08:47:39",
        "ROUTING TABLE",
        "Virtual Address,Common Name,Real Address,Last Ref",
        f"{v1},seojun.ha,{r1}:61822,2025-03-14 09:12:40",
        f"{v2},priya.raman,{r2}:50311,2025-03-14 09:12:41",
    ),
    [(IP, r1), (IP, r2), (IP, v1), (IP, r1), (IP, v2), (IP, r2)],
)

v_ph = "+82 2 " + fmt("MNNN NNNN")
add(
    "en",
    P,
    lines(
        "Convert this LDIF entry into a JSON object for the new directory API.",
        "",
        "dn: uid=emartinez,ou=people,dc=apacsales,dc=com",
        "objectClass: inetOrgPerson",
        "cn: Elena Martinez",
        "sn: Martinez",
        "givenName: Elena",
        "mail: elena.martinez@apacsales.com",
        f"telephoneNumber: {v_ph}",
        "postalAddress: 152 Teheran-ro, 14F, Gangnam-gu, Seoul 06236",
    ),
    [(PER, "Elena Martinez"), (PER, "Martinez"), (PER, "Elena"), (MAIL, "elena.martinez@apacsales.com"), (PH, v_ph), (LOC, "152 Teheran-ro, 14F, Gangnam-gu, Seoul 06236")],
)

v_ip, v_ph = priv_ip(), mob()
add(
    "en",
    P,
    lines(
        "Write a short incident summary for #infra from this alert and the on-call note.",
        "",
        "[FIRING:1] NodeDiskFull (severity=critical)",
        f"  instance: {v_ip}:9100",
        "  mountpoint: /var/lib/postgresql",
        "  value: 97.3%",
        "",
        f"On-call this week: Donghyun Pyo ({v_ph}), backup Aisha Rahman. Donghyun acked at 03:12 and started vacuuming old WAL files.",
    ),
    [(IP, v_ip), (PER, "Donghyun Pyo"), (PH, v_ph), (PER, "Aisha Rahman"), (PER, "Donghyun")],
)

cdr1, cdr2, cdr3, v_ip = mob(""), land("02").replace("-", ""), "+1415" + fmt("MNNNNNN"), pub_ip()
add(
    "en",
    P,
    lines(
        "These Asterisk CDR rows show calls with billsec 0 but disposition ANSWERED. Explain what could cause that.",
        "",
        '"accountcode","src","dst","dcontext","clid","channel","dstchannel","start","answer","end","duration","billsec","disposition"',
        f'"cs-team","{cdr1}","{cdr2}","from-trunk","""Hwang Boram"" <{cdr1}>","SIP/{v_ip}-0000a1","SIP/agent12-0000a2","2025-03-12 10:14:02","2025-03-12 10:14:09","2025-03-12 10:14:09","7","0","ANSWERED"',
        f'"cs-team","{cdr3}","{cdr2}","from-trunk","""Lucas Meyer"" <{cdr3}>","SIP/{v_ip}-0000a5","SIP/agent07-0000a6","2025-03-12 10:31:55","2025-03-12 10:32:01","2025-03-12 10:32:01","6","0","ANSWERED"',
    ),
    [(PH, cdr1), (PH, cdr2), (PER, "Hwang Boram"), (PH, cdr1), (IP, v_ip), (PH, cdr3), (PH, cdr2), (PER, "Lucas Meyer"), (PH, cdr3), (IP, v_ip)],
)

v_ip1, v_ip2 = pub_ip(), priv_ip()
add(
    "en",
    P,
    lines(
        "Why was this message deferred and then bounced? Postfix log:",
        "",
        f"Mar 13 11:02:17 mx1 postfix/smtpd[20211]: connect from unknown[{v_ip1}]",
        "Mar 13 11:02:18 mx1 postfix/cleanup[20215]: 4Z8kLm1xQz: message-id=<20250313020217.1182@mail.hansol-edu.kr>",
        "Mar 13 11:02:18 mx1 postfix/qmgr[1120]: 4Z8kLm1xQz: from=<minseo.baek@hansol-edu.kr>, size=48213, nrcpt=1 (queue active)",
        f"Mar 13 11:02:19 mx1 postfix/smtp[20220]: 4Z8kLm1xQz: to=<r.okafor@globalmail.ng>, relay=none, delay=1.4, status=deferred (connect to {v_ip2}[{v_ip2}]:25: Connection timed out)",
        "Mar 15 11:02:31 mx1 postfix/bounce[8812]: 4Z8kLm1xQz: sender non-delivery notification: 4Z9aaB2yQx",
    ),
    [(IP, v_ip1), (MAIL, "minseo.baek@hansol-edu.kr"), (MAIL, "r.okafor@globalmail.ng"), (IP, v_ip2), (IP, v_ip2)],
)

v_ph = "+82." + fmt("10MNNNNNNN")
add(
    "en",
    P,
    lines(
        "Is this domain registration private or is the registrant's data exposed? Summarise the WHOIS.",
        "",
        "Domain Name: jeju-slowtrip.com",
        "Registrant Name: Kang Minhee",
        "Registrant Address: 27 Nohyeong-ro 11-gil, Jeju-si, Jeju-do 63123",
        "Registrant Country: KR",
        f"Registrant Phone: {v_ph}",
        "Registrant Email: minhee.kang.jeju@gmail.com",
    ),
    [(PER, "Kang Minhee"), (LOC, "27 Nohyeong-ro 11-gil, Jeju-si, Jeju-do 63123"), (PH, v_ph), (MAIL, "minhee.kang.jeju@gmail.com")],
)

# ---------------------------------------------------------------- foreign visitors and residents (English)
v_ph = "+44 7" + fmt("NNN NNNNNN")
add(
    "en",
    P,
    lines(
        "Please reply to this booking email: airport pickup is available for 35,000 won, and check-in is from 3 pm.",
        "",
        "Hi! I booked a twin room at your guesthouse in Bukchon for 2-6 May (booking ref BKN-771203).",
        "We land at Incheon at 06:40 on the 2nd. Is early check-in or an airport pickup possible?",
        f"My WhatsApp is {v_ph}. Cheers, Fiona MacLeod (fiona.macleod@btinternet.com)",
    ),
    [(PH, v_ph), (PER, "Fiona MacLeod"), (MAIL, "fiona.macleod@btinternet.com")],
)

v_arn, v_acc = ar("900226", 6), acct("SC제일")
add(
    "en",
    P,
    lines(
        "Check this lease summary for anything unusual before my client signs. Keep the answer short.",
        "",
        "Tenant: Ana Lucía Ferreira (ARC " + v_arn + ")",
        "Landlord: Mr. Choi Byung-gil",
        "Property: 302, 18 Itaewon-ro 45-gil, Yongsan-gu, Seoul 04348",
        "Jeonse deposit: KRW 280,000,000, paid to landlord's SC First Bank account " + v_acc,
        "Term: 2025-04-01 to 2027-03-31. Landlord may enter the unit without notice for inspections.",
    ),
    [(PER, "Ana Lucía Ferreira"), (ARN, v_arn), (PER, "Choi Byung-gil"), (LOC, "302, 18 Itaewon-ro 45-gil, Yongsan-gu, Seoul 04348"), (ACC, v_acc)],
)

v_ph, v_card = "+61 4" + fmt("NN NNN NNN"), cc("52")
add(
    "en",
    P,
    lines(
        "Turn this police-box note into a lost-property report in English for the tourist.",
        "",
        "Reported 22:10 at Myeongdong police box. Ms. Chloe Nguyen (Australian tourist) lost a brown wallet near exit 6.",
        f"Contents: AUD 200, KRW 150,000, Mastercard {v_card}, driver licence (NSW).",
        f"Staying at 37 Toegye-ro 20-gil, Jung-gu, Seoul 04629. Mobile {v_ph}. Card already cancelled by Ms. Nguyen.",
    ),
    [(PER, "Chloe Nguyen"), (CARD, v_card), (LOC, "37 Toegye-ro 20-gil, Jung-gu, Seoul 04629"), (PH, v_ph), (PER, "Nguyen")],
)

# ---------------------------------------------------------------- IT 운영 · 데이터 (mixed)
es = [("맹지우", mob(), "jiwoo.maeng@naver.com"), ("Olga Petrova", mob(), "olga.p@mail.ru")]
hits = js({"hits": {"total": {"value": 2}, "hits": [{"_index": "members-2025.03", "_source": {"name": n, "mobile": p, "email": e, "grade": g}} for (n, p, e), g in zip(es, ("GOLD", "SILVER"), strict=True)]}})
add(
    "mixed",
    P,
    "회원 검색 API에서 이름으로 검색하면 엉뚱한 회원까지 같이 나와. match 쿼리 때문인 것 같은데 term/keyword로 바꾼 쿼리 예시 줘.\nResponse:\n" + hits,
    [(PER, es[0][0]), (PH, es[0][1]), (MAIL, es[0][2]), (PER, es[1][0]), (PH, es[1][1]), (MAIL, es[1][2])],
)

dump = [("1001", "염보람", mob(), rr("890913", 2, dash=False)), ("1002", "추재원", mob(), rr("940217", 1, dash=False))]
add(
    "mixed",
    P,
    lines(
        "pg_dump 복원하다가 아래 COPY 블록에서 'extra data after last expected column' 에러가 나. 원인 찾아줘.",
        "",
        "COPY public.members (member_id, name, mobile, rrn, memo) FROM stdin;",
        f"{dump[0][0]}\t{dump[0][1]}\t{dump[0][2]}\t{dump[0][3]}\t재가입 회원",
        f"{dump[1][0]}\t{dump[1][1]}\t{dump[1][2]}\t{dump[1][3]}\t주소 변경\t요청 (3/2)",
        "\\.",
    ),
    [x for _, n, p, r in dump for x in ((PER, n), (PH, p), (RRN, r))],
)

v_ph = mob()
kmsg = js({"topic": "order.created", "partition": 3, "offset": 1882019, "value": {"orderId": "ORD-20250314-00912", "receiver": {"name": "허다은", "phone": v_ph, "addr1": "대구광역시 수성구 달구벌대로 2435", "addr2": "109동 1201호"}, "items": [{"sku": "BK-0193", "qty": 2}]}})
add(
    "mixed",
    P,
    "Kafka consumer가 이 메시지에서 NPE를 던져. addr2가 null일 때도 처리되게 Java 코드 수정 예시 보여줘.\n" + kmsg,
    [(PER, "허다은"), (PH, v_ph), (LOC, "대구광역시 수성구 달구벌대로 2435")],
)

v_ip = priv_ip()
add(
    "mixed",
    P,
    lines(
        "젠킨스 배포 승인 단계에서 타임아웃 났어. 콘솔 로그 보고 누가 승인 대기 중이었는지, 어떻게 고칠지 알려줘.",
        "",
        "[Pipeline] input",
        "Deploy to production? Approve or Abort",
        "Approvers: 원태희 (taehee.won@hyperflow.kr), Rajesh Iyer (rajesh.iyer@hyperflow.kr)",
        "Timeout set to expire in 30 min",
        "Cancelling nested steps due to timeout",
        f"Sending e-mail to: taehee.won@hyperflow.kr via smtp relay {v_ip}",
        "Finished: ABORTED",
    ),
    [(PER, "원태희"), (MAIL, "taehee.won@hyperflow.kr"), (PER, "Rajesh Iyer"), (MAIL, "rajesh.iyer@hyperflow.kr"), (MAIL, "taehee.won@hyperflow.kr"), (IP, v_ip)],
)

add(
    "mixed",
    P,
    lines(
        "이 젠데스크 티켓에 대한 답변을 한국어와 영어 둘 다로 써줘. 환불은 불가, 다음 달 크레딧 제공.",
        "",
        "Ticket #48213 | Requester: Hannah Schmidt <hannah.schmidt@web.de>",
        "CC: 담당 AM 편지혜 <jihye.pyeon@cloudnest.co.kr>",
        "Subject: Service outage on 3/9 – refund request",
        "We lost 6 hours of sales during your outage. Ms. Pyeon told us a refund might be possible.",
    ),
    [(PER, "Hannah Schmidt"), (MAIL, "hannah.schmidt@web.de"), (PER, "편지혜"), (MAIL, "jihye.pyeon@cloudnest.co.kr"), (PER, "Pyeon")],
)

sf = [("Joon-ho Seo", "서준호", mob(), "jh.seo@daewon-tech.com", bz()), ("Megan O'Neill", "", "+1 646 " + fmt("MNN NNNN"), "moneill@brightpath.io", "")]
add(
    "mixed",
    P,
    lines(
        "Zoom 웨비나 등록자 export CSV야. 국내/해외 참석자 나눠서 후속 연락 담당 배정표 만들어줘.",
        "Full Name,Korean Name,Mobile,Email,Company BRN,Attended",
        f"{sf[0][0]},{sf[0][1]},{sf[0][2]},{sf[0][3]},{sf[0][4]},Yes",
        f"\"{sf[1][0]}\",,{sf[1][2]},{sf[1][3]},,No",
    ),
    [(PER, sf[0][0]), (PER, sf[0][1]), (PH, sf[0][2]), (MAIL, sf[0][3]), (BRN, sf[0][4]), (PER, sf[1][0]), (PH, sf[1][2]), (MAIL, sf[1][3])],
)

add(
    "mixed",
    P,
    lines(
        "SSO 로그인 후 이름이 깨져서 나와. SAML assertion 보고 어떤 attribute를 매핑해야 하는지 알려줘.",
        "",
        '<saml:AttributeStatement>',
        '  <saml:Attribute Name="email"><saml:AttributeValue>seoyun.gong@medilink.co.kr</saml:AttributeValue></saml:Attribute>',
        '  <saml:Attribute Name="displayName"><saml:AttributeValue>공서윤</saml:AttributeValue></saml:Attribute>',
        '  <saml:Attribute Name="givenName"><saml:AttributeValue>Seoyun</saml:AttributeValue></saml:Attribute>',
        '  <saml:Attribute Name="sn"><saml:AttributeValue>Gong</saml:AttributeValue></saml:Attribute>',
        '</saml:AttributeStatement>',
    ),
    [(MAIL, "seoyun.gong@medilink.co.kr"), (PER, "공서윤"), (PER, "Seoyun"), (PER, "Gong")],
)

v_brn1, v_brn2 = bz(), bz()
add(
    "mixed",
    P,
    lines(
        "전자세금계산서 XML인데 국세청 전송에서 '공급받는자 이메일 형식 오류'가 났어. 어디가 틀렸는지 찾아줘.",
        "<TaxInvoice>",
        "  <InvoicerParty>",
        f"    <ID>{digits(v_brn1)}</ID><NameText>㈜새온인테리어</NameText><SpecifiedPerson><NameText>차윤석</NameText></SpecifiedPerson>",
        "    <SpecifiedAddress><LineOneText>경기도 김포시 대곶면 대명항로 312-4</LineOneText></SpecifiedAddress>",
        "    <DefinedContact><URICommunication>tax@saeon-interior.co.kr</URICommunication></DefinedContact>",
        "  </InvoicerParty>",
        "  <InvoiceeParty>",
        f"    <ID>{digits(v_brn2)}</ID><NameText>하나로카페</NameText><SpecifiedPerson><NameText>모수경</NameText></SpecifiedPerson>",
        "    <PrimaryDefinedContact><URICommunication>soo.kyung.mo@gmail.com;hanaro.cafe@daum.net</URICommunication></PrimaryDefinedContact>",
        "  </InvoiceeParty>",
        "</TaxInvoice>",
    ),
    [(BRN, digits(v_brn1)), (PER, "차윤석"), (LOC, "경기도 김포시 대곶면 대명항로 312-4"), (MAIL, "tax@saeon-interior.co.kr"), (BRN, digits(v_brn2)), (PER, "모수경"), (MAIL, "soo.kyung.mo@gmail.com"), (MAIL, "hanaro.cafe@daum.net")],
)

add(
    "mixed",
    P,
    lines(
        "이 Apps Script가 메일을 두 번 보내. 원인 찾고 고쳐줘.",
        "```javascript",
        "const RECIPIENTS = [",
        "  ['이수민', 'sumin.lee.design@gmail.com', '3월 세금계산서'],",
        "  ['Tobias Krüger', 'tobias.krueger@kruegerdesign.de', 'March invoice'],",
        "];",
        "function sendAll() {",
        "  RECIPIENTS.forEach(r => { GmailApp.sendEmail(r[1], r[2], `Dear ${r[0]}, please find attached.`); });",
        "  RECIPIENTS.forEach(r => GmailApp.sendEmail(r[1], r[2], 'Reminder'));",
        "}",
        "```",
    ),
    [(PER, "이수민"), (MAIL, "sumin.lee.design@gmail.com"), (PER, "Tobias Krüger"), (MAIL, "tobias.krueger@kruegerdesign.de")],
)

org = [("경영지원팀", "탁미란", "팀장", land("02"), "miran.tak@hanwool.co.kr"), ("경영지원팀", "Ethan Cole", "매니저", land("02"), "ethan.cole@hanwool.co.kr"), ("보안팀", "감재형", "선임", voip(), "jh.gam@hanwool.co.kr")]
add(
    "mixed",
    P,
    lines(
        "그룹웨어 조직도 export야. 신규 입사자 안내 페이지용으로 부서별 연락처 표 만들어줘 (English version too).",
        "dept,name,title,direct_line,email",
        *[",".join(r) for r in org],
    ),
    [x for _, n, _, p, e in org for x in ((PER, n), (PH, p), (MAIL, e))],
)

v_ph = mob()
add(
    "mixed",
    P,
    lines(
        "protobuf text format으로 찍힌 디버그 출력이야. 어떤 필드가 비어서 검증에 실패했는지 알려줘.",
        "",
        "user_profile {",
        '  display_name: "육채원"',
        '  romanized_name: "Yook Chaewon"',
        f'  phone: "{v_ph}"',
        '  email: "chaewon.yook@kakao.com"',
        '  birth_date: ""',
        "  consent { marketing: false terms_version: 7 }",
        "}",
    ),
    [(PER, "육채원"), (PER, "Yook Chaewon"), (PH, v_ph), (MAIL, "chaewon.yook@kakao.com")],
)

# ---------------------------------------------------------------- 외국인 방문객 · 거주자 (mixed)
g_pp1, g_pp2, g_ph1 = pp_new("M"), pp("S"), mob()
add(
    "mixed",
    P,
    lines(
        "숙박업 외국인 투숙객 명부 양식으로 바꿔줘 (내국인은 여권번호 필요 없으니 지워도 돼). Also note which guests are foreign.",
        "Room | Guest | Nationality | Passport | Phone",
        f"1205 | 남경태 | KOR | {g_pp1} | {g_ph1}",
        f"1205 | 남윤지 | KOR | {g_pp2} | -",
        "1207 | Sakura Ishikawa | JPN | TZ1184093 | +81 90-4172-8830",
    ),
    [(PER, "남경태"), (PASS, g_pp1), (PH, g_ph1), (PER, "남윤지"), (PASS, g_pp2), (PER, "Sakura Ishikawa"), (PH, "+81 90-4172-8830")],
)

sw = [("Bayarsaikhan Tumur", ar("850707", 5), mob()), ("Oyunchimeg Davaa", ar("880315", 6), mob()), ("Ganzorig Bat-Erdene", ar("920611", 5), mob())]
add(
    "mixed",
    P,
    lines(
        "농촌 계절근로자(E-8) 입국 명단이야. 농가별로 배정 표 만들고 몽골어 통역 필요 여부 표시해줘.",
        "Name | ARC | Phone | 배정 농가",
        *[f"{n} | {a} | {p} | {f}" for (n, a, p), f in zip(sw, ("괴산 송씨농장", "괴산 송씨농장", "음성 하늘버섯"), strict=True)],
        "※ 배정 농가주 송기철 010-****-2281",
    ),
    [x for n, a, p in sw for x in ((PER, n), (ARN, a), (PH, p))] + [(PER, "송기철")],
)

v_arn, v_ph = ar("910120", 5), mob()
add(
    "mixed",
    P,
    lines(
        "난민 신청자 지원 상담 기록이야. 필요 서비스(법률, 주거, 의료) 기준으로 분류해서 영어 요약도 붙여줘.",
        f"- 성명: Abdi Hassan Warsame (소말리아), 외국인등록번호 {v_arn} (G-1-5)",
        f"- 연락처 {v_ph}, 현재 인천 중구 소재 쉼터 거주",
        "- Abdi 씨는 이의신청 기각 후 행정소송 준비 중, 치과 치료 필요, 쉼터 퇴소 예정(4월)",
    ),
    [(PER, "Abdi Hassan Warsame"), (ARN, v_arn), (PH, v_ph), (PER, "Abdi")],
)

v_arn, v_kid, v_ph = ar("930405", 6), rr("180922", 4), mob()
add(
    "mixed",
    P,
    lines(
        "초등학교 입학 안내를 베트남 어머니께 쉬운 한국어+영어로 써줘.",
        f"학생: 도하은 ({v_kid}) / 모: Le Thi Thu Ha (외국인등록번호 {v_arn}) / 연락처 {v_ph}",
        "예비소집일 1/8, 입학식 3/4, 방과후 돌봄교실 신청 희망",
    ),
    [(PER, "도하은"), (RRN, v_kid), (PER, "Le Thi Thu Ha"), (ARN, v_arn), (PH, v_ph)],
)

c_pp1, c_pp2, c_ph = pp_new("M"), pp_new("M"), "+82 10 " + fmt("MNNN NNNN")
add(
    "mixed",
    P,
    lines(
        "Prepare the crew list in the port authority format (name, rank, nationality, passport). Korean crew first.",
        "",
        "MV HANBADA STAR – crew changes at Busan New Port",
        f"Master: 석진호 (SEOK JINHO), KOR, passport {c_pp1}",
        f"Chief Engineer: 명재우 (MYEONG JAEWOO), KOR, passport {c_pp2}",
        "AB: Reynaldo Santos, PHL, passport P4418203B",
        f"Agent contact (Busan): {c_ph}",
    ),
    [(PER, "석진호"), (PER, "SEOK JINHO"), (PASS, c_pp1), (PER, "명재우"), (PER, "MYEONG JAEWOO"), (PASS, c_pp2), (PER, "Reynaldo Santos"), (PH, c_ph)],
)

tp = [("탁윤호", "TAK YUNHO", pp_new("M")), ("권세린", "KWON SERIN", pp("M")), ("Javier Morales", "", "")]
add(
    "mixed",
    P,
    lines(
        "크루즈 상품 승선객 명단이야. 선사 제출용(영문명/여권번호) 리스트로 정리해줘.",
        "성명\t영문명\t여권번호\t비고",
        f"{tp[0][0]}\t{tp[0][1]}\t{tp[0][2]}\t",
        f"{tp[1][0]}\t{tp[1][1]}\t{tp[1][2]}\t여권 만료 2025.09 (승선일 기준 6개월 미만, 갱신 필요)",
        f"{tp[2][0]}\t{tp[2][0]}\t(Spanish passport)\t바르셀로나 승선, 선사 직접 접수",
    ),
    [(PER, tp[0][0]), (PER, tp[0][1]), (PASS, tp[0][2]), (PER, tp[1][0]), (PER, tp[1][1]), (PASS, tp[1][2]), (PER, tp[2][0]), (PER, tp[2][0])],
)

fx_rrn, fx_ph, fx_card = rr("951012", 1), mob(), cc("4")
add(
    "mixed",
    P,
    lines(
        "외부 공개용 OpenAPI 문서의 example 값이 실제 고객 데이터로 채워져 있어. 가짜 값으로 바꾼 버전 만들어줘.",
        "```yaml",
        "components:",
        "  schemas:",
        "    Member:",
        "      type: object",
        "      example:",
        "        name: 구태민",
        f"        rrn: \"{fx_rrn}\"",
        f"        phone: \"{fx_ph}\"",
        f"        card: \"{fx_card}\"",
        "        email: taemin.koo@gmail.com",
        "```",
    ),
    [(PER, "구태민"), (RRN, fx_rrn), (PH, fx_ph), (CARD, fx_card), (MAIL, "taemin.koo@gmail.com")],
)

pc_ph, pc_ph2 = mob(), "+1 312 " + fmt("MNN NNNN")
add(
    "mixed",
    P,
    lines(
        "Refactor this so the customer data comes from the DB instead of being hard-coded. 주석은 한국어로.",
        "```python",
        "VIP_CUSTOMERS = {",
        f'    "C-1029": {{"name": "황보세진", "phone": "{pc_ph}", "email": "sejin.hwangbo@naver.com"}},',
        f'    "C-1030": {{"name": "Isabel Turner", "phone": "{pc_ph2}", "email": "isabel.turner@outlook.com"}},',
        "}",
        "",
        "def notify(cid: str, msg: str) -> None:",
        "    c = VIP_CUSTOMERS[cid]",
        "    send_sms(c['phone'], msg)",
        "```",
    ),
    [(PER, "황보세진"), (PH, pc_ph), (MAIL, "sejin.hwangbo@naver.com"), (PER, "Isabel Turner"), (PH, pc_ph2), (MAIL, "isabel.turner@outlook.com")],
)

ro_ph = "+82 10-" + fmt("MNNN-NNNN")
add(
    "mixed",
    P,
    lines(
        "로밍 고객센터 통화 STT야. 처리 결과를 상담 이력에 남길 한 문단으로 요약해줘.",
        "상담사: 안녕하세요 로밍센터입니다.",
        "Customer: Hi, my name is Oliver Grant, I'm using a Korean prepaid SIM and it stopped working in Busan.",
        f"상담사: Could you tell me the phone number? / Customer: Yes, it's {ro_ph}.",
        "Customer: And my email for the receipt is oliver.grant.travels@gmail.com.",
        "상담사: Thank you, Mr. Grant. 데이터 한도 초과로 차단된 상태라 충전 안내 드렸습니다.",
    ),
    [(PER, "Oliver Grant"), (PH, ro_ph), (MAIL, "oliver.grant.travels@gmail.com"), (PER, "Grant")],
)

sl_ph = mob()
add(
    "mixed",
    P,
    lines(
        "이 슬랙 DM 내용을 정중한 영어로 바꿔서 Priya한테 보내줘.",
        f"나: 프리야, 내일 축하 꽃 보내려고 하는데 주소 좀 알려줄 수 있어? 그리고 혹시 연락처가 {sl_ph} 맞아?",
        "Priya Sharma: yes that's my number! address is 88 Seongsu-iro 7-gil, Unit 503, Seongdong-gu, Seoul 04782",
    ),
    [(PER, "Priya"), (PER, "프리야"), (PH, sl_ph), (PER, "Priya Sharma"), (LOC, "88 Seongsu-iro 7-gil, Unit 503, Seongdong-gu, Seoul 04782")],
)


# ================================================================ hard negatives
cas_list = [("에탄올", cas("6417")), ("아세톤", cas("6764")), ("톨루엔", cas("10888")), ("수산화나트륨", cas("131073")), ("황산", cas("766493"))]
add(
    "ko",
    N,
    lines(
        "MSDS 목록 엑셀이야. 유해화학물질(사고대비물질) 해당 여부 표시해서 다시 정리해줘.",
        "물질명\tCAS No.\tUN No.\t보관 위치",
        *[f"{n}\t{c}\tUN{u}\t{loc}" for (n, c), u, loc in zip(cas_list, ("1170", "1090", "1294", "1823", "1830"), ("B동 위험물 창고 2열", "B동 위험물 창고 2열", "B동 위험물 창고 3열", "C동 산·알칼리 캐비닛", "C동 산·알칼리 캐비닛"), strict=True)],
        f"비상시 119 신고 후 화학물질 사고 신고센터(대표) 1588-{dg(4)} 연락",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "수입 품목 HS 코드 분류가 맞는지 검토해줘. 특히 노트북 도킹스테이션이 8471인지 8473인지 애매해.",
        "| 품목 | 신고 HS | 기본세율 | FTA 세율(KORUS) |",
        "|---|---|---|---|",
        "| 노트북 도킹스테이션 | 8473.30-1000 | 0% | 0% |",
        "| 27인치 모니터 | 8528.52-1000 | 8% | 0% |",
        "| USB-C 케이블 1m | 8544.42-9000 | 8% | 0% |",
        "| 무선 마우스 | 8471.60-2020 | 0% | 0% |",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "법정동코드 파일에서 폐지된 코드 걸러내는 파이썬 코드 짜줘. 샘플은 이래.",
        "법정동코드\t법정동명\t폐지여부",
        "1168010100\t서울특별시 강남구 역삼동\t존재",
        "1168010300\t서울특별시 강남구 개포동\t존재",
        "4113510900\t경기도 성남시 분당구 구미동\t존재",
        "4281025021\t강원도 양양군 양양읍 조산리\t폐지",
        "5183025021\t강원특별자치도 양양군 양양읍 조산리\t존재",
    ),
    [],
)

add(
    "ko",
    N,
    "등산로 안전 안내판 문구 검수해줘: '조난 시 가까운 국가지점번호 표지판(예: 다사 6841 4927, 다사 6853 4911)을 확인하여 119에 번호를 알려주십시오. 현재 위치: 북한산 백운대 탐방로 3.2km 지점, 해발 612m, 위도 37.6583 경도 126.9779.'",
    [],
)

v_card_mask = "9410-61**-****-" + dg(4)
add(
    "ko",
    N,
    lines(
        "법인카드 영수증 OCR인데 경비 정산 시스템 필드(일시/가맹점/금액/승인번호)로 나눠줘.",
        "[카드 매출전표]",
        f"카드번호  {v_card_mask}",
        "거래일시  2025/03/12 12:41:07",
        "가맹점명  ○○한정식 세종점   가맹점번호 00912837",
        f"사업자번호 {dg(3, '123456789')}-{dg(1)}*-*****",
        "승인번호  30418821   할부 일시불",
        "합계      186,000원",
        "전자세금계산서 승인번호 20250312-41000038-7a2c91f0",
    ),
    [],
)

drugs = [("아모잘탄정5/50mg", ean13("880649801" + dg(3)), "A2401234"), ("리피토정10mg", ean13("880665000" + dg(3)), "B1122871"), ("타이레놀정500mg", ean13("880602101" + dg(3)), "C0099014")]
add(
    "ko",
    N,
    lines(
        "원내 약품 마스터 파일 정합성 체크해줘. 표준코드(바코드) 체크디지트 틀린 게 있는지, 상병코드 매핑이 이상한 게 있는지.",
        "약품명,표준코드,보험코드,주상병(KCD),EDI 수가코드",
        f"{drugs[0][0]},{drugs[0][1]},649801240,I10,AA154",
        f"{drugs[1][0]},{drugs[1][1]},665000270,E78.5,AA154",
        f"{drugs[2][0]},{drugs[2][1]},602101090,R50.9,AA157",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "내년 예산서 세부사업 코드 체계 설명 자료 만들어줘. 초임 주무관 교육용이야.",
        "회계: 일반회계(01) / 분야: 사회복지(080) / 부문: 노인(084)",
        "정책사업 2026-0841-01 어르신 일자리 확대",
        "  단위사업 2026-0841-01-03 노인일자리 및 사회활동 지원",
        "    세부사업 2026-0841-01-03-002 공익활동형 (예산 12,480,000천원)",
        "    세부사업 2026-0841-01-03-005 시장형 사업단 (예산 3,115,000천원)",
        "통계목 201-01 사무관리비 / 307-02 민간경상사업보조 / 308-10 자치단체등이전",
    ),
    [],
)

add(
    "ko",
    N,
    "R&D 과제 협약 변경 공문 제목 좀 다듬어줘: '과제번호 RS-2024-00412873 (협약번호 20240412-C-0173) 연구개발기관 변경 승인 요청의 건 – 연구개발비 관리계좌 변경 없음, 참여기관 2→3개'",
    [],
)

add(
    "ko",
    N,
    lines(
        "희귀질환 통계 보도자료 초안인데 문장 좀 매끄럽게 다듬어줘.",
        "2024년 산정특례 등록 환자 중 파킨슨병이 12만 8천 명으로 가장 많았고, 크론병(2만 9천 명), 베체트병(1만 1천 명),",
        "길랭-바레 증후군(2,140명), 쇼그렌 증후군(1만 6천 명) 순이었다. 알츠하이머병 치매는 별도 통계로 집계되며,",
        "하시모토 갑상선염과 레이노 증후군은 산정특례 대상이 아니다.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "중2 과학 수행평가 문항 검토해줘. 정답이 맞는지, 단위 표기 틀린 데 없는지.",
        "1. 질량 2kg인 물체에 3m/s²의 가속도가 생겼다. 작용한 힘은 몇 뉴턴(N)인가?",
        "2. 넓이 0.5m²에 100N의 힘이 작용할 때 압력은 몇 파스칼(Pa)인가?",
        "3. 저항이 10옴(Ω)인 전구에 2암페어의 전류가 흐를 때 전압은 몇 볼트인가? (옴의 법칙)",
        "4. 섭씨 27도는 몇 켈빈(K)인가?",
        "5. 220볼트에서 5암페어가 흐르는 전열기의 전력은 몇 와트인가?",
    ),
    [],
)

add(
    "ko",
    N,
    "초3 수학 문장제 해설 좀 써줘: '철수는 사과를 12개, 영희는 철수보다 5개 적게 가지고 있습니다. 민수가 두 사람에게 사과를 3개씩 더 주면 영희가 가진 사과는 모두 몇 개일까요?' 아이들이 헷갈리는 부분 위주로.",
    [],
)

add(
    "ko",
    N,
    lines(
        "서울 국제마라톤 교통통제 안내 문자 80자 이내로 줄여줘.",
        "3월 16일(일) 07:00~14:00 세종대로, 을지로, 퇴계로, 충무로 일대 전면 통제. 율곡로와 다산로는 부분 통제(편도 1차로).",
        "광화문·시청 방면 버스는 우회 운행하며 지하철 1·2호선은 30분 일찍 첫차 운행.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "설 선물세트 매출 보고서야. 브랜드별 전년 대비 증감률 계산해서 표로 만들어줘.",
        "정관장 홍삼정 에브리타임: 올해 4,120세트 / 작년 3,880세트",
        "박카스D 선물박스: 2,300 / 2,650",
        "김정문알로에 큐어 세트: 910 / 1,040",
        "송월타월 호텔컬렉션: 1,780 / 1,520",
        "한샘 주방수납 기프트: 340 / 410",
        "이삭토스트 모바일 교환권: 5,600 / 4,900",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "냉동기 정기점검 보고서 문장 다듬어줘.",
        "- 1호기: 이상 없음. 정상 가동 중이며 냉매 압력 표준 범위.",
        "- 2호기: 조정 필요. 팬 벨트 장력 강화 후 임시 운전, 장기적으로 전기 배선 교체 우선 검토.",
        "- 3호기: 한정 운전(주간만). 신규 부품 입고 시 고정 브래킷 교체 예정.",
        "- 공통: 방문 점검 시 안전모 착용 양호, 하단 배수구 최소 월 1회 청소.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "다음 주 지방 출장 동선 짜줘. 렌터카 하루 기준으로 이동시간 최소화해서.",
        "월: 김포공항 도착 → 하남 → 이천 물류센터",
        "화: 홍천 → 정선 → 문경",
        "수: 남원 → 강진 → 장성",
        "목: 고성(강원) → 양주 → 안성 공장",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "캐릭터 라이선스 로열티 정산표 요약해줘. 분기별 합계랑 상위 3개 캐릭터만.",
        "| 캐릭터 | 1분기 | 2분기 |",
        "|---|---|---|",
        "| 뽀로로 | 182,400,000 | 201,100,000 |",
        "| 아기상어 | 140,000,000 | 133,900,000 |",
        "| 둘리·고길동 굿즈 | 31,200,000 | 44,800,000 |",
        "| 짱구 콜라보 | 98,700,000 | 121,500,000 |",
        "| 달려라 하니 복각판 | 8,400,000 | 12,100,000 |",
    ),
    [],
)

add(
    "ko",
    N,
    "어린이 경제교실 자료야. 초등 3학년 눈높이로 다시 써줘: '천 원권에는 퇴계 이황, 오천 원권에는 율곡 이이, 만 원권에는 세종대왕, 오만 원권에는 신사임당이 그려져 있어요. 백 원짜리 동전에는 이순신 장군이 있답니다.'",
    [],
)

add(
    "ko",
    N,
    lines(
        "사내 체육대회 공지 문구 다듬어줘.",
        "- 족구 결승: 재무팀 2 : 1 생산2팀 (15-13, 12-15, 15-9)",
        "- 행운권 추첨 번호: 7, 13, 22, 31, 38, 42 (보너스 19)",
        "- 계주 기록 4분 12초 38 (대회 신기록)",
        "- 경품 수령: 3월 21일 18:00까지 총무팀",
    ),
    [],
)

add(
    "ko",
    N,
    "주보 편집 좀 도와줘. 순서 맞추고 오탈자 봐줘: '예배로의 부름 – 시편 121:1~8 / 찬송 – 305장, 412장 / 성경봉독 – 요한복음 3:16~21, 로마서 8:28 / 헌금 – 50장 / 축도. 다음 주 성가대 연습 토 오후 4시 교육관 201호.'",
    [],
)

add(
    "ko",
    N,
    lines(
        "운항 지연 안내 문자 세 가지 버전(짧게/보통/자세히)으로 써줘.",
        "KE1203 김포→제주 09:10 출발 예정편이 기체 교체(HL8316 → HL8052)로 10:25 출발 예정입니다.",
        "탑승구 변경: 12번 → 15번. 연결편 KE1830 제주→김해 탑승객은 환승 데스크(1층 3번 카운터)로 와 주세요.",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "우리 회사 인증 현황표야. 갱신 일정 다가오는 것 위주로 정리해줘.",
        "ISO 9001:2015 – 인증번호 QMS-KR-2019-0418, 유효기간 2025.06.30",
        "ISO/IEC 27001:2022 – ISMS-2021-0173, 유효기간 2026.02.14",
        "KS C IEC 61000-4-2 시험성적서 – 2024.11 발행",
        "KC 전자파적합 R-R-HWS-ABC1200 / 안전인증 HU07123-24001",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "지역 산업 통계 메모인데 표로 정리하고 시사점 2줄 써줘.",
        "C26110 전자집적회로 제조업: 사업체 412개, 종사자 28,931명",
        "C29271 자동차 차체용 신품 부품 제조업: 1,033개, 19,204명",
        "J58221 시스템 소프트웨어 개발 및 공급업: 2,871개, 31,550명",
        "G47111 체인화 편의점: 3,902개, 14,811명",
    ),
    [],
)

hosp = [("○○대학교병원", dg(8, "1")), ("△△의료원", dg(8, "3")), ("□□요양병원", dg(8, "4"))]
add(
    "ko",
    N,
    lines(
        "협력병원 목록 홈페이지 게시용으로 정리해줘. 요양기관기호는 빼고.",
        *[f"- {n} (요양기관기호 {c}) 대표전화 {t}" for (n, c), t in zip(hosp, ("1588-" + dg(4), "1577-" + dg(4), "1661-" + dg(4)), strict=True)],
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "외국인 주민용 생활안내 리플릿에 들어갈 번호 안내 문구 다듬어줘.",
        "- 관광 통역 안내: 1330 (24시간, 영·중·일·베트남어 등)",
        "- 외국인 종합안내센터: 1345",
        "- 경찰 민원 상담: 182 / 긴급 신고: 112",
        "- 정부 민원 안내: 110 / 고용노동 상담: 1350 / 보건복지 상담: 129",
        "- 화재·구급: 119 (통역 3자 통화 지원)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "회의실 예약표 정리해서 충돌 나는 예약 있는지 알려줘.",
        "대회의실 | 2025-0317 | 09:00-10:30 | 주간업무회의",
        "대회의실 | 2025-0317 | 10:00-11:00 | 협력사 미팅",
        "소회의실A | 2025-0317 | 14:00-15:30 | 채용 면접(2차)",
        "소회의실A | 2025-0318 | 0930-1100 | 예산 검토",
    ),
    [],
)

add(
    "ko",
    N,
    "재난방송 안내 문구 다듬어줘: '정전 시 휴대용 라디오로 KBS 1라디오 FM 97.3MHz(수도권) 또는 AM 711kHz를 청취하세요. TV는 KBS1 채널 9-1, 케이블 9번. 재난문자 수신이 안 되면 안전디딤돌 앱을 확인하세요.'",
    [],
)

add(
    "ko",
    N,
    lines(
        "조례 개정 신구조문 대비표 만들어줘.",
        "「○○시 청년 기본 조례」(조례 제1873호) 제5조제2항 → 개정안 제5조의2 신설",
        "근거: 「청년기본법」(법률 제17285호) 제8조, 「지방자치법」 제28조제1항",
        "관련 고시: 행정안전부고시 제2024-51호, 보건복지부고시 제2023-212호",
    ),
    [],
)

gtin, sscc = gs1("1880" + dg(9)), gs1("0880" + dg(13))
add(
    "ko",
    N,
    lines(
        "물류 라벨 스캔이 안 된다는데 GS1-128 데이터 구조가 맞는지 봐줘.",
        f"(00){sscc}",
        f"(01){gtin}(17)260930(10)LOT2503A(37)48",
        "출고일 2025-03-14 / 팔레트 1/6 / 총중량 412.5kg",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "학교 급식 식재료 발주서야. 품목별 단가 합계 계산해줘.",
        "김(조미김) 20봉 x 1,200원",
        "배 3박스 x 32,000원",
        "감(단감) 2박스 x 18,500원",
        "밤(깐밤) 5kg x 9,800원",
        "조(차조) 2kg x 7,400원",
        "유자청 3병 x 8,900원",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "주민센터 신청서 서식 개선안 검토해줘. 칸이 너무 좁다는 민원이 많았어.",
        "성    명: ____________   주민등록번호: ______-_______",
        "주    소: ________________________________________",
        "연 락 처: ___-____-____   이메일: __________@__________",
        "※ 대리 신청 시 위임장(별지 제3호 서식) 첨부",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "통신요금 모바일 청구서 화면 시안 검수해줘. 화면에 나오는 값이 전부 마스킹 규칙대로인지 봐줘.",
        "[3월 청구서 – 시안 v2]",
        "김*수 고객님 (결합 회선 남궁** 고객님 포함)",
        "회선번호 010-****-1234 / 명의자 900101-1******",
        "자동이체 ○○은행 ***-***-**7890 (매월 25일)",
        "청구서 수신 이메일 abc****@*****.com",
        "당월 청구금액 68,420원 (기기 할부 22,500원 포함)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "버스 노선 개편 공지문 다듬어줘.",
        "7016번: 정류장 '상명대입구'(ARS 01-225) 경유 추가",
        "6411번: 첫차 04:00 → 03:50, 배차간격 8~12분",
        "마을버스 종로09: 노선 단축(혜화역 1번 출구 ↔ 낙산공원)",
        "N62 심야버스: 금·토 01:30~04:00 증회",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "이번 주 접수 공문 목록인데 처리기한 순으로 정렬해줘.",
        "기획예산과-4821 (2025.03.10) 2026년도 예산 편성 지침 통보 / 기한 3.28",
        "안전총괄과-1177 (2025.03.11) 해빙기 안전점검 결과 제출 / 기한 3.21",
        "문서번호 교육청-초등교육과-7720 (2025.03.12) 늘봄학교 운영 현황 조사 / 기한 3.19",
    ),
    [],
)

add(
    "ko",
    N,
    "지진 발생 보고 문구 다듬어줘: '3월 9일 04:27 경북 경주시 남남서쪽 12km 지역(북위 35.77, 동경 129.18)에서 규모 3.1 지진 발생. 진원 깊이 14km. 최대 진도 경북 IV, 울산 III. 기상청 지점 143(대구)·152(울산) 관측값 기준.'",
    [],
)

add(
    "ko",
    N,
    lines(
        "앱스토어 심사 반려 대응 메모야. 재심사 요청 문구 써주고 어떤 빌드를 올렸는지 요약해줘.",
        "Android 3.14.2.117 (versionCode 31402117) / iOS 3.14.2 (build 4417)",
        "commit 9f3c2e1a7b → a81d44c0f2 (main), docker image sha256:5c0a3e77d1b94f2e8a6c0d13f9b7e4a2c1d8f6b3e0a9c7d5b4f2e1a0c9d8b7a6",
        "- 결제 화면 렌더링 속도 개선, 다크모드 버그 수정, 최소 지원 버전 Android 8.0 → 9.0",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "실거래가 동향 요약해줘. 지역 기자 브리핑용이야.",
        "마포구 아현동 ○○래미안푸르지오 84㎡ 18억 2천 (3/2) – 직전 대비 +4,000만",
        "노원구 상계동 △△주공7단지 58㎡ 6억 1,500 (3/5) – 직전 대비 -1,200만",
        "수원 영통구 망포동 □□힐스테이트 101㎡ 9억 3천 (3/8) – 보합",
    ),
    [],
)

add(
    "ko",
    N,
    "공공와이파이 안내 스티커 문구 검수해줘: 'SSID: Public WiFi Free / 보안접속: Public WiFi Secure (ID·비밀번호 wifi) / 장애 신고: 다산콜재단 120 또는 통신사 대표번호. 접속 IP가 10.0.0.0/8 대역으로 바뀌면 재접속하세요.'",
    [],
)

add(
    "ko",
    N,
    lines(
        "판례 요약 자료인데 사건번호 형식 맞는지 확인하고 한 줄 요약을 붙여줘.",
        "대법원 2019다272855 판결 – 전세보증금 반환과 임차권등기",
        "대법원 2021도11126 전원합의체 판결 – 업무상 배임",
        "서울고등법원 2023나2041187 – 손해배상(기)",
        "헌법재판소 2020헌마1605 – 개인정보자기결정권",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "고객센터 FAQ 답변 다듬어줘.",
        "Q. 상담 전화번호가 뭔가요?",
        f"A. 고객센터 1588-{dg(4)} (평일 09:00~18:00), 분실·도난 신고는 24시간 080-{dg(3)}-{dg(4)}(수신자부담)로 연락 주세요.",
        "Q. 해외에서는요? A. +82-2-3449-xxxx(유료) 또는 카카오톡 채널 '○○카드 고객센터'.",
    ),
    [],
)

add(
    "ko",
    N,
    "부대 창설 기념행사 식순 정리해줘: '제7보병사단 창설 75주년 기념식 – 국민의례, 사단장 기념사, 표창 수여(모범장병 12명), 제3기갑여단 축하 공연, 오찬. 장소: 사단 연병장, 일시 2025.04.25 10:00'",
    [],
)

add(
    "ko",
    N,
    lines(
        "상품명 검수 좀. 오픈마켓에서 '사람 이름 같다'고 검수 반려됐는데 사유 소명서 써줘.",
        "- 상품명: 한결 무선청소기 HK-700 (한결 = 당사 브랜드)",
        "- 상품명: 다온 아기 물티슈 80매 (다온 = 브랜드명, 상표등록 제40-1893321호)",
        "- 상품명: 하람 유기농 쌀 10kg (하람 = 영농조합 브랜드)",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "옛날 가요 가사 인용해서 축사 써줘. 가사 출처도 적어줘.",
        "인용 후보: '아빠의 청춘'(1966), '님과 함께'(1972), '독도는 우리 땅'(1982), '광화문 연가'(1988)",
        "행사: 경로당 개소식, 참석 어르신 약 80명",
    ),
    [],
)

add(
    "ko",
    N,
    lines(
        "택배 분실 조회 결과 요약해서 고객 안내문 써줘 (안내문에는 운송장 번호만 넣어).",
        "운송장 6890-2214-5573 / 집하 3/10 군포HUB → 3/11 대전HUB 간선 하차 이후 스캔 없음",
        "주문번호 202503091122-0041 / 상품 무선이어폰 / 결제 129,000원",
        "사고접수번호 CL-25-031118",
    ),
    [],
)

add(
    "ko",
    N,
    "엑셀 수식 고쳐줘: =VLOOKUP(A2,'2025 단가표'!$B$3:$F$1200,5,FALSE) 가 #N/A가 떠. 품번은 'P-010-2345-678' 형식이고 단가표 쪽은 'P0102345678'로 하이픈이 없어.",
    [],
)

add(
    "ko",
    N,
    "가습기 사용설명서 번역 감수해줘: '모델명 HM-2025K, 정격 220V~ 60Hz 35W, 제조번호 2503-11-0087, 인증번호 XU100231-25011. 물통 용량 4.5L, 연속 가습 최대 20시간.'",
    [],
)

add(
    "ko",
    N,
    lines(
        "신입 교육용으로 우리 회사 시스템 포트/주소 규칙 설명 문서 써줘.",
        "- 개발망: 10.20.0.0/16, 운영망: 10.10.0.0/16 (호스트 주소는 CMDB 참조)",
        "- 게이트웨이는 항상 .1, 브로드캐스트 .255",
        "- 로컬 테스트는 127.0.0.1:8080, 문서 예시 주소는 192.0.2.10 / 2001:db8::10 사용",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Turn these retro notes into three action items.",
        "- Jenkins was down for 40 min on Tuesday; nightly builds for Ada (our flight-control module) and Julia notebooks piled up.",
        "- Alexa skill certification failed again because of the privacy-policy link.",
        "- Ruby 3.3 upgrade blocked by the Hadoop connector gem; Sidekiq and Puma fine.",
        "- Copilot suggestions disabled for the Rust crate until the licence review is done.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Write the 'Testing payments' section of our developer docs from these notes.",
        "- Use Stripe test card 4242 4242 4242 4242 with any future expiry and any CVC for a successful charge.",
        "- 4000 0000 0000 9995 simulates insufficient funds; 4000 0025 0000 3155 triggers 3-D Secure.",
        "- Never paste live card numbers into tickets; the sandbox rejects them anyway.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Proofread this help-centre article about international payouts.",
        "Enter the IBAN exactly as printed by your bank, without spaces. For example, a German IBAN looks like",
        "DE89 3704 0044 0532 0130 00 and a UK one like GB29 NWBK 6016 1331 9268 19 (these are the standard documentation examples).",
        "The SWIFT/BIC code has 8 or 11 characters, e.g. DEUTDEFF or NWBKGB2L. Payouts settle in 2-3 business days.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Summarise this stock count by brand and flag anything below the reorder point of 20.",
        "Ralph Lauren polo (M) 34 | Tommy Hilfiger cap 12 | Calvin Klein briefs 3-pack 51",
        "Jack Daniel's gift set 18 | Johnnie Walker Black 1L 27 | Dr. Pepper 355ml case 9",
        "Dell 27\" monitor 22 | Ford Ranger floor mats 6",
    ),
    [],
)

bk = [("Harry Potter and the Philosopher's Stone", isbn13("978-0-7475-3269-")), ("The Adventures of Sherlock Holmes", isbn13("978-0-14-043771-")), ("The Tale of Peter Rabbit", isbn13("978-0-7232-4770-")), ("A Bear Called Paddington", isbn13("978-0-00-727438-"))]
add(
    "en",
    N,
    lines(
        "Write shelf-talker cards (one line each) for our bookshop's 'Wizards & Detectives' window display.",
        *[f"- {t} (ISBN {i})" for t, i in bk],
        f"Also on the table: Aquila children's magazine, ISSN {issn('1364801')}",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Our sign-up form must show a localised placeholder name in each market. Check these are the conventional ones.",
        "DE: Max Mustermann / Erika Mustermann",
        "JP: 山田太郎 (Yamada Taro)",
        "ES/LatAm: Juan Pérez / Fulano de Tal",
        "UK: Joe Bloggs",
        "KR: 홍길동",
        "Placeholder e-mail field text: name@company.com",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Prioritise these advisories for our patch window and say which ones affect us (we run OpenSSH 9.6p1, xz 5.4.6, nginx 1.24.0).",
        "CVE-2024-6387 regreSSHion, OpenSSH 8.5p1-9.7p1, CVSS 8.1",
        "CVE-2024-3094 xz/liblzma backdoor, 5.6.0-5.6.1, CVSS 10.0",
        "CVE-2023-44487 HTTP/2 Rapid Reset, nginx < 1.25.3 with http2 on, CVSS 7.5",
        "GHSA-9wx4-h78v-vm56 requests < 2.32.0",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Simplify this paragraph from an anonymised genetics report for a patient leaflet.",
        "Carrier screening found a heterozygous MTHFR variant (rs1801133, c.665C>T) and no pathogenic BRCA1/BRCA2 variants.",
        "TP53 and APOE (e3/e4) results are reported separately. APOE e4 is associated with a higher risk of Alzheimer's disease,",
        "and the panel also screens for variants linked to Parkinson's disease, Crohn's disease and Hodgkin lymphoma.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Make this university press-release paragraph punchier.",
        "Our alumni include two Nobel laureates, a Pulitzer Prize finalist and five Fulbright and Rhodes scholars.",
        "This year the School of Computing signed research MOUs with Johns Hopkins, Carnegie Mellon and Stanford,",
        "and a faculty member received an ACM Turing Award nomination.",
    ),
    [],
)

add(
    "en",
    N,
    lines(
        "Format these references in APA 7 style (titles only are given; authors will be added later).",
        "1. Attention is all you need – arXiv:1706.03762",
        "2. Deep residual learning for image recognition – doi:10.1109/CVPR.2016.90",
        "3. Language models are few-shot learners – arXiv:2005.14165v4",
        "4. Korean Journal of Applied Statistics 37(2), 141-158 – doi:10.5351/KJAS.2024.37.2.141",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "출장자 안내문에 들어갈 시차·국가번호 표 만들어줘. English headings please.",
        "ICN (RKSI) UTC+9, 국가번호 +82",
        "FRA (EDDF) UTC+1 / 서머타임 UTC+2, +49",
        "SFO (KSFO) UTC-8 / PDT UTC-7, +1",
        "HAN (VVNB) UTC+7, +84",
        "편명: KE905 ICN-FRA 13:05, OZ212 SFO-ICN 11:30",
    ),
    [],
)

add(
    "mixed",
    N,
    "이 GeoJSON에서 좌표 순서가 뒤집힌 것 같아 (지도에 바다 한가운데 찍혀). 고쳐줘.\n"
    + js({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "무더위쉼터 – 행복경로당", "capacity": 40}, "geometry": {"type": "Point", "coordinates": [37.5172, 127.0473]}},
        {"type": "Feature", "properties": {"name": "무더위쉼터 – 구립도서관", "capacity": 120}, "geometry": {"type": "Point", "coordinates": [127.0396, 37.5013]}},
    ]}),
    [],
)

add(
    "mixed",
    N,
    lines(
        "CI 실패 원인 알려줘.",
        "Run actions/checkout@v4 (b4ffde65f46336ab88eb53be808477a3936bae11)",
        "Pulling ghcr.io/acme/api:1.8.0-rc.2@sha256:7b1f3e0c9a8d2e4f6b5c3a1d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f",
        "Starting test server on [::1]:8080 and 127.0.0.1:8080",
        "curl http://[2001:db8:85a3::8a2e:370:7334]/health -> Connection refused",
        "FAILED tests/test_health.py::test_ipv6_listen - assert 503 == 200",
    ),
    [],
)

add(
    "mixed",
    N,
    lines(
        "상병코드 매핑표 검토해줘. 한글명이 영문명이랑 안 맞는 게 있는지.",
        "J06.9 | 급성 상기도감염 | Acute upper respiratory infection, unspecified",
        "K29.7 | 위염 | Gastritis, unspecified",
        "M54.5 | 요통 | Low back pain",
        "G20 | 파킨슨병 | Parkinson's disease",
        "F00.1 | 만발성 알츠하이머병에서의 치매 | Dementia in Alzheimer's disease with late onset",
    ),
    [],
)


# ================================================================ obfuscated cases
# ---------------------------------------------------------------- common disguises (20)
o_rrn = rr("830714", 1)
o_val = fullwidth(o_rrn)
add(
    "ko",
    OB,
    f"한글 문서에서 복사한 재직증명서 내용이야. 발급 용도를 '금융기관 제출용'으로 바꾼 문장만 다시 써줘.\n성　명 : 하정민\n주민등록번호 : {o_val}\n소　속 : 재무회계팀 / 직위 : 과장\n재직기간 : 2016.03.02 ~ 현재",
    [(PER, "하정민"), (RRN, o_val)],
)

o_card = cc("4")
o_val = between(o_card, ZW)
add(
    "ko",
    OB,
    f"쇼핑몰 결제 페이지에서 복사한 건데 카드번호 입력칸에 붙여넣으면 '유효하지 않은 번호'래. 왜 그런지 알려줘: {o_val}",
    [(CARD, o_val)],
)

o_ph = mob()
o_val = between(o_ph, SHY)
add(
    "ko",
    OB,
    f"동창회 회비 안내 문자 다듬어줘: '총무 변상우입니다. 회비 5만원은 월말까지 보내주시고 문의는 {o_val} 로 주세요.'",
    [(PER, "변상우"), (PH, o_val)],
)

o_brn = bz()
o_val = dash_like(o_brn, "en")
add(
    "ko",
    OB,
    f"거래처 등록 요청서에 적힌 사업자번호가 국세청 조회에서 안 나온대: {o_val} (상호 ㈜다올푸드). 형식 문제인지 봐줘.",
    [(BRN, o_val)],
)

o_acc = acct("국민")
o_val = spaced_digits(o_acc)
add(
    "ko",
    OB,
    f"부녀회 김장 나눔 후원금 계좌 안내문 좀 예쁘게 써줘. 계좌: 국민 {o_val} (예금주 부녀회장 소정애)",
    [(ACC, o_val), (PER, "소정애")],
)

o_hi = hi()
o_val = ".".join(o_hi)
add(
    "ko",
    OB,
    f"보험 청구서 양식에 건강보험증 번호를 이렇게 적어 보냈는데 전산에서 반려됐어. 이유 추정해줘: 피보험자 남궁태오, 증번호 {o_val}",
    [(PER, "남궁태오"), (HINS, o_val)],
)

o_ph = mob()
o_val = o_ph.replace("-", "\n")
add(
    "ko",
    OB,
    f"카톡 대화 복사한 건데 거래처 담당자 연락처만 정리해줘.\n[오후 3:12] 우정아: 담당자 번호요\n[오후 3:12] 우정아: {o_val}\n[오후 3:13] 우정아: 평일 오전에만 통화 가능하대요",
    [(PER, "우정아"), (PER, "우정아"), (PH, o_val), (PER, "우정아")],
)

o_arn = ar("880916", 6)
o_val = sino(o_arn).replace("-", " 다시 ")
add(
    "ko",
    OB,
    f"외국인 고객 상담 STT야. 상담 요지 정리해줘.\n상담원: 외국인등록번호 불러주시겠어요?\n고객: 네, {o_val} 이요.\n상담원: 네 Nguyen Thi Mai 고객님 확인됐습니다. 체류기간 연장 후 카드 재발급 건이시죠?",
    [(ARN, o_val), (PER, "Nguyen Thi Mai")],
)

o_mail = "h.delacroix@orange.fr"
o_val = b64(o_mail)
add(
    "en",
    OB,
    f"Why does our newsletter job skip this subscriber? Log line:\n2025-03-12T07:00:03Z WARN newsletter.send recipient_b64={o_val} reason=DOMAIN_THROTTLED retry_in=3600",
    [(MAIL, o_val)],
)

o_name = "변서하"
o_val = pct(o_name)
add(
    "ko",
    OB,
    f"접수 시스템 접근로그에서 이 요청이 왜 400이 났는지 봐줘.\nGET /apply/confirm?name={o_val}&birth=19990413&type=A HTTP/1.1\" 400 512 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\"",
    [(PER, o_val)],
)

o_ph = mob()
o_val = hexa(o_ph)
add(
    "mixed",
    OB,
    f"패킷 캡처에서 SMS 게이트웨이로 나간 payload 일부야. 어떤 필드가 잘못 인코딩됐는지 봐줘.\n0000  7b 22 74 6f 22 3a 22 ...\nto(hex)={o_val}\nmsg=\"[Web발신] Your verification code is 482913\"",
    [(PH, o_val)],
)

o_name = "마예슬"
o_val = between(o_name, " ")
add(
    "ko",
    OB,
    f"학부모 단톡방 공지 문구 다듬어줘: '3반 반대표 {o_val} 입니다~ 현장학습 동의서 금요일까지 제출 부탁드려요. 미제출 시 담임선생님께 개별 연락 갑니다.'",
    [(PER, o_val)],
)

o_val = "tomasz.wojcik (at) onet (dot) pl"
add(
    "en",
    OB,
    f"Rewrite this forum post so it sounds professional: 'looking for a Korean-Polish translator for a 20-page contract, deadline next Fri. DM me or mail {o_val}. - Tomasz'",
    [(MAIL, o_val), (PER, "Tomasz")],
)

o_val = "gangsan77 골뱅이 naver 닷 com"
add(
    "ko",
    OB,
    f"당근마켓 채팅 캡처 옮긴 건데 사기 의심 정황 있는지 봐줘: '입금은 선입금만 받아요. 계약서 보내드릴테니 메일 주소 적어주세요 저는 {o_val} 입니다. 급하니 오늘 중으로요'",
    [(MAIL, o_val)],
)

o_pp = pp_new("M")
o_val = fullwidth(o_pp)
add(
    "mixed",
    OB,
    f"Please translate this HWP-copied line for the visa agency: '신청인 여권번호 {o_val} (발급 2023.05.11, 만료 2033.05.11), 성명 채도연 / CHAE DOYEON'",
    [(PASS, o_val), (PER, "채도연"), (PER, "CHAE DOYEON")],
)

o_rrn = rr("910305", 2)
o_val = between(o_rrn, WJ)
add(
    "ko",
    OB,
    f"이 텍스트를 DB에 넣으면 주민번호 길이 검증에서 튕겨. 보이지 않는 문자 있는지 확인하고 정리하는 파이썬 코드 줘: \"{o_val}\"",
    [(RRN, o_val)],
)

o_card = cc("52")
o_val = " ".join(sino(g) for g in o_card.split("-"))
add(
    "ko",
    OB,
    f"카드 분실 신고 콜 STT야. 요약해줘.\n고객: 카드번호는 {o_val} 이고요\n상담원: 네 확인됐습니다. 즉시 정지 처리해 드릴게요. 재발급 카드는 등록 주소로 발송됩니다.",
    [(CARD, o_val)],
)

o_name = "탁서윤"
o_val = "\n".join(o_name)
add(
    "ko",
    OB,
    f"인스타 프로필 소개글을 세로로 써놨는데 이걸 가로 한 줄로 바꾸고 더 깔끔하게 다듬어줘.\n{o_val}\n필라테스 강사 / 부산 서면\n수업 문의 DM",
    [(PER, o_val)],
)

o_loc = "대전광역시 유성구 대학로 291, 304동 1107호"
o_val = fw_digits(o_loc)
add(
    "ko",
    OB,
    f"한글 파일에서 옮긴 배송지야. 택배사 시스템에 숫자가 안 먹는대. 정상 주소로 바꿔줘: 받는 분 은하늘 / 주소 {o_val}",
    [(PER, "은하늘"), (LOC, o_val)],
)

o_ip = pub_ip()
o_val = dot_words(o_ip)
add(
    "en",
    OB,
    f"A user sent this in chat to get around our link filter. Can you tell me what they were pointing to and whether to block it? 'pls whitelist my home IP {o_val} so I can reach the staging admin'",
    [(IP, o_val)],
)

# ---------------------------------------------------------------- disguises new to this set (20)
o_ph = mob()
o_val = keycap(o_ph)
add(
    "ko",
    OB,
    f"동아리 홍보 카톡 문구야. 이모지 너무 많은 거 정리해서 깔끔하게 바꿔줘: '🎸 밴드 동아리 신입 모집 🎸 보컬·드럼 환영! 문의는 회장 📱 {o_val} 로 ✨'",
    [(PH, o_val)],
)

o_card = cc("4", sep=" ")
o_val = math_bold(o_card)
add(
    "mixed",
    OB,
    f"Instagram DM에서 받은 결제 요청인데 사기 같아. 판단해주고 고객한테 보낼 주의 안내문 써줘.\n'hi this is the shop owner, pls send card no. for the deposit like this: {o_val} exp 04/27 - so the system doesnt block it'",
    [(CARD, o_val)],
)

o_rrn = rr("560920", 1)
o_val = hanja_digits(o_rrn)
add(
    "ko",
    OB,
    f"족보 정리 중인데 할아버지 기록 카드 내용을 현대식 표기로 바꿔줘: '성명 溫泰植(온태식), 住民登錄番號 {o_val}, 本貫 金溝'",
    [(PER, "溫泰植"), (PER, "온태식"), (RRN, o_val)],
)

o_acc = acct("농협")
o_val = gatjja(o_acc)
add(
    "ko",
    OB,
    f"문중 계약서 문구를 한글로 풀어줘: '위 금원은 本 門中 總務 명의 農協 口座 {o_val} 로 入金함. 總務 추경호 (印)'",
    [(ACC, o_val), (PER, "추경호")],
)

o_name = "옥채린"
o_val = mime_q(o_name)
add(
    "mixed",
    OB,
    f"메일 헤더 원문인데 발신자 이름이 깨져 보여. 디코딩하면 뭔지랑 왜 이렇게 보이는지 설명해줘.\nReturn-Path: <chaerin.ok@kakao.com>\nFrom: {o_val} <chaerin.ok@kakao.com>\nSubject: =?UTF-8?Q?=EA=B2=AC=EC=A0=81_=EB=AC=B8=EC=9D=98?=\nDate: Wed, 12 Mar 2025 09:14:22 +0900",
    [(MAIL, "chaerin.ok@kakao.com"), (PER, o_val), (MAIL, "chaerin.ok@kakao.com")],
)

o_loc = "경기도 파주시 문발로 242, 2층 203호"
o_val = json_u(o_loc)
add(
    "ko",
    OB,
    "주문 로그에 주소가 이렇게 찍혀서 CS팀이 못 읽겠대. 읽을 수 있게 바꾸고 로깅 설정 어떻게 고치는지 알려줘.\n"
    + f'2025-03-12 14:02:11 INFO order.saved id=88123 ship_to="{o_val}" recv="\\uad6c\\uc790\\uc548"',
    [(LOC, o_val), (PER, json_u("구자안"))],
)

o_crn = cr("110111")
o_val = qp_break(o_crn, 9)
add(
    "ko",
    OB,
    lines(
        "메일 원문 소스 보기로 복사한 건데 본문을 사람이 읽을 수 있게 디코딩해줘.",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp("안녕하세요, 주식회사 누리엔지니어링 재무팀입니다. 요청하신 법인 정보 보내드립니다."),
        qp("법인등록번호: ") + o_val,
        qp("담당: 재무팀 대리"),
    ),
    [(CRN, o_val)],
)

o_ph = mob("")
o_val = o_ph[1:]
add(
    "ko",
    OB,
    f"설문 응답 엑셀을 CSV로 저장했더니 전화번호가 이렇게 됐어. 원래 형식(010-0000-0000)으로 복구하는 수식 알려줘.\n응답자,연락처,만족도\n허윤하,{o_val},5\n(나머지 행 생략)",
    [(PER, "허윤하"), (PH, o_val)],
)

o_ip = pub_ip()
o_val = octal_ip(o_ip)
add(
    "en",
    OB,
    f"Our WAF let this request through. Is the host in the URL an IP address in disguise, and which one? Suggest a rule.\nGET /fetch?url=http://{o_val}/admin/export.csv HTTP/1.1",
    [(IP, o_val)],
)

o_ip = pub_ip()
o_val = sino_ip(o_ip)
add(
    "ko",
    OB,
    f"원격지원 요청 통화 STT야. 작업 내용 요약해줘.\n고객: 저희 사무실 공인 아이피가 {o_val} 이거든요, 이걸 방화벽에 허용해 주셔야 된대요.\n상담원: 네 허용 등록해 드리겠습니다.",
    [(IP, o_val)],
)

o_mail = "jiwoo.han92@daum.net"
o_val = ime_ko(o_mail)
add(
    "ko",
    OB,
    f"고객이 문의 폼에 이메일을 이렇게 적었어 (한/영 전환 안 하고 친 듯). 원래 주소가 뭔지 추정해서 회신 메일 써줘. 이름: 한지우, 이메일: {o_val}",
    [(PER, "한지우"), (MAIL, o_val)],
)

o_val = spell_ko("seol.daon") + " 골뱅이 지메일 닷컴"
add(
    "ko",
    OB,
    f"상담 통화 STT인데 고객 이메일 주소를 제대로 받아 적은 건지 확인해줘.\n상담원: 이메일 주소 불러주시겠어요?\n고객: {o_val} 이요.\n상담원: 네 설다온 고객님 견적서 그쪽으로 보내드릴게요.",
    [(MAIL, o_val), (PER, "설다온")],
)

o_ph = mob_nz()
o_val = sino_groups(o_ph)
add(
    "ko",
    OB,
    f"AS 접수 통화 STT야. 접수증 형식으로 정리해줘.\n상담원: 연락받으실 번호요?\n고객: {o_val}요.\n상담원: 네 내일 오후에 기사님 방문 전 연락드립니다. 제품은 드럼세탁기 21kg 맞으시죠?",
    [(PH, o_val)],
)

o_mail = "elaine.ashworth@northfield-clinic.co.uk"
o_val = named_refs(o_mail)
add(
    "en",
    OB,
    lines(
        "Our web agency 'scrape-proofed' the staff page like this. Will screen readers and mail clients still handle the link? Suggest a better way.",
        f'<p>Practice manager: Elaine Ashworth &ndash; <a href="mailto:{o_val}">{o_val}</a></p>',
    ),
    [(PER, "Elaine Ashworth"), (MAIL, o_val), (MAIL, o_val)],
)

o_arn = ar("940612", 5)
o_val = low_line(o_arn)
add(
    "mixed",
    OB,
    f"워드 문서에서 밑줄 친 부분을 복사했더니 이렇게 붙었어. Clean this up and tell me if the number format is valid: 'Applicant: Farrukh Tashkentov, ARC No. {o_val}, visa E-7'",
    [(PER, "Farrukh Tashkentov"), (ARN, o_val)],
)

o_mail = "mpetrenko.dev@gmail.com"
o_val = homoglyph(o_mail)
add(
    "en",
    OB,
    f"Our signup dedupe didn't catch this as the same person as an existing user. Explain why and how to normalise it:\nexisting user #44120, same name and phone\nnew signup email: {o_val}\nname: Maksym Petrenko",
    [(MAIL, o_val), (PER, "Maksym Petrenko")],
)

o_name = "감도윤"
o_val = between(o_name, HF)
add(
    "ko",
    OB,
    f"게임 길드 가입 신청서야. 닉네임 칸이랑 실명 칸이 헷갈린 것 같은데 정리해줘: 닉네임 '도도한도윤', 실명 '{o_val}', 나이 24, 활동 시간 평일 밤",
    [(PER, o_val)],
)

o_pp = pp("M")
o_val = rlo(o_pp)
add(
    "mixed",
    OB,
    f"이 텍스트를 비자 신청 폼에 붙여넣으면 여권번호가 거꾸로 입력돼. Why? 원문: 'Passport No.: {o_val} / Name: SEO JIAN (서지안)'",
    [(PASS, o_val), (PER, "SEO JIAN"), (PER, "서지안")],
)

o_dl = dl("부산")
o_arr = js(o_dl.split("-"))
o_val = o_arr[2:-2]
add(
    "ko",
    OB,
    f"렌터카 예약 API 요청 바디인데 면허번호를 배열로 쪼개서 보내고 있어. 서버 쪽에서 합치는 코드 짜줘.\n{{\"driver\": \"추하윤\", \"license_parts\": {o_arr}, \"class\": \"1종보통\"}}",
    [(PER, "추하윤"), (DLIC, o_val)],
)

o_name = "표나래"
o_val = dpct(o_name)
add(
    "mixed",
    OB,
    f"Reverse proxy 로그에서 검색어가 이상하게 찍혀. 왜 두 번 인코딩됐는지 설명해줘.\n10.0.3.17 - - [12/Mar/2025:10:44:01 +0900] \"GET /members/search?kw={o_val} HTTP/1.1\" 200 1834",
    [(IP, "10.0.3.17"), (PER, o_val)],
)


# ================================================================ build and check
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "twentieth")


def self_check(rows: list[dict[str, object]], sample_every: int = 8) -> None:
    """Print a sample of spans with their covered text and stop on an empty, padded or mis-typed span; warn where a
    labelled string occurs more often in the text than it was labelled (a missed mention or a wrongly placed one)."""
    assert len(rows) == 240, len(rows)
    want = {
        ("positive", "ko"): 81,
        ("positive", "mixed"): 35,
        ("positive", "en"): 24,
        ("negative", "ko"): 46,
        ("negative", "en"): 10,
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
            if s["entity"] == BRN and row["kind"] == "positive":  # dashed, or ten bare digits in the tax-invoice XML
                assert brn(digits(cov)[:9]) in (cov, grp(cov, (3, 2, 5))), (row["id"], cov)
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
    write_heldout(Path(__file__).with_name("heldout_twentieth.jsonl"), rows)


if __name__ == "__main__":
    main()
