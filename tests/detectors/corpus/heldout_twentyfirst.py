# ruff: noqa: E501
"""Twenty-first blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; of heldout_twentieth.py lines
1-597 (its module docstring, whose labelling conventions this file applies unchanged, its imports, constants, seed,
add(), value makers and disguise helpers; nothing of its cases, lines 598-3686, was read) and lines 3687-3755 (build(),
self_check(), main()), both with `sed -n`; a `grep -n` over the `sed -n 1,597p` output to find the helpers' line
numbers, and `sed -n` of ranges inside lines 1-597 to copy the helpers. Other looks: `wc -l` of the files above, an
`ls` of tests/detectors/corpus/ (file names only), the version of .venv/bin/python, the [tool.ruff] section of
pyproject.toml, this file's own .jsonl output (read back to review every span with its context), and ruff and mypy on
this file (mypy also reports spans.py's own pre-existing error at line 70; this file adds none). One `git status
--short` was run by mistake together with the Python version check (it printed nothing); no git log or git diff was
read. The engine and the evaluation script were neither read nor run against these cases; nothing here was tuned to
the engine. The value makers dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/acct/pp/pp_new/dl/hi/hid/priv_ip/pub_ip/grp/
digits/issn/ip6 and the disguises mapd/sino/b64/js/lines/fullwidth/pct/between/hexa/dash_like/spaced_digits (with
their tables SINO, ZW, DASHES, SHY, CHO, JUNG, JONG) are copied from the twentieth unchanged, as are gs1, FW_DIGITS,
SINO_UNIT, fw_digits and sino_num; pick_mob, iso6346, imo, awb, s10, luhn_digit, isin, lei, imei, hexs, nmea and the
disguises below them are new. Values are made up with a fresh seed (21_2026_1124_5087); resident, alien, business and
corporate numbers and card numbers carry real check digits (check_digits.py), cards in Visa 4, Mastercard 53/54/55, a
15-digit 4-6-5 layout (37), UnionPay 62 and a domestic 9 prefix; among the hard negatives the IMEIs pass the Luhn
check, and the ISINs, LEIs, ISO 6346 container numbers, IMO numbers, air waybills, UPU S10 mail numbers, the UPC and
the NMEA sentences carry their check digits or checksums. Post-October-2020 resident numbers (random last digit failing
the old checksum) appear only for children born since then (출산지원금 2025년생 둘, 수해 재난지원금 2021년생 자녀,
종합소득세 부양가족 2022년생 자녀); a soldier-applicant born 2004, students born 2001-2002 and all older people carry
the old checksum.

New domains (none in the twentieth's list): 구청 여권민원실 분실 재발급, 주민센터 전입신고·세대분리, 장애인
활동지원 신청, 동물등록 대행, 출산지원금 지급, 청년월세 지원, 재산세 체납 안내, 차량등록사업소 이전등록, 운전면허
적성검사 콜센터, 지역공동체일자리 급여, 마을변호사, 농지취득자격증명, 어업인 면세유, 공설 봉안당, 노인일자리 교체,
국민취업지원제도 상담, 지역화폐 가맹점, 대형폐기물 배출, 인감증명 위임장, 수해 재난지원금, 보청기 급여비, 어르신
교통카드; 유학생 체류기간 연장 (영문), 결혼이민자 상담 (베트남어 번역), 유학생 시간제취업 허가, 고용허가제 사업장
변경, 외국 운전면허 교환, 외국인투자 법인 설립, 관광객 택스리펀드, 유학생 건강보험, 출국만기보험, 의료관광
코디네이터, 한복 대여 예약; 대학 수시 면접 대기실, 교원 임용, 대학 기숙사 입사, 교환학생 (영문), 교내장학금 이체,
학교 CCTV 열람 민원, 운동부 전지훈련, 학부모 상담주간; 종합검진센터 예약, 인공신장실, 호스피스 가족 면담, 요양원
입소 계약, 장기기증 희망등록 폼, 독감 예진표, 백내장 실손 청구, 치매안심센터 사례회의, HL7 ADT, FHIR Patient,
DICOM 헤더; 형사 합의서, 피해자보호명령, 성년후견 청구, 상속 한정승인, 소유권이전등기 신청, 교정시설 접견, 국선변호인
선정청구 (외국인 피고인); 부사관 지원서, 장병 휴가 복귀 지연 보고, 군 급식 납품 계약, 함정 비상연락망, 전역예정 장병
취업 연계; 도시가스 전입 점검, 전기요금 복지할인, 케이블TV 해지, 태양광 발전사업 허가; 카드 부정사용 이의제기
(영문), 자동차 할부 심사, 증권 비대면 계좌개설 진위확인 로그, 전세계약 특약 검토, 카드 가맹점 심사, 세무사
종합소득세, 노무사 4대보험 취득신고, 급여 이체 고정길이 파일, 캐피탈 리스, 채권추심 위임; 백화점 VIP 행사, 시내
면세점, 제주 렌터카, 전동킥보드 면허 인증, 이사 견적, 인테리어 계약, 골프 부킹 (영문), 미용실 고객관리, 정수기
렌탈, 중고차 매입; 반도체 클린룸 협력사 출입, 임상시험 식별코드표, 철강 협력사 계좌 변경, 배터리 공장 특수건강진단,
통근버스 운수사, 관세사 수출신고, 화기작업 허가·TBM; 화물 배차, 퀵서비스, 해외직구 통관 보류, 선하증권 (영문),
해외이사 (영문); 템플스테이, 리조트 회원권 명의변경, 단체 패키지 APIS 명단, 항공 수하물 PIR (영문), 워킹홀리데이
대행; 방송 출연자 섭외, 인세 정산, 퀴즈쇼 상금, 드라마 보조출연, 시청자 제보, 사진 공모전, 팟캐스트 게스트 (영문);
English and mixed IT work (Kubernetes ConfigMap, nginx access log, GitHub Actions, Firebase Auth export, Stripe
webhook, mongosh, Splunk, CloudTrail, Jira, Salesforce CSV, Twilio, dhcpd.leases, sshd auth.log, Django fixture,
Spring Boot stack trace, GraphQL, pandas, Excel VBA, SAP vendor master, Windows event 4625, Get-ADUser, Ansible
inventory, Android logcat, curl, MySQL slow log, Loki, 카카오 알림톡 API, ERP 거래처 등록). Hard negatives from 특허
포트폴리오, 자동차 리콜 (VIN), 법인폰 자산대장 (IMEI, MAC), 증권 리서치 (ISIN), 해외송금 FAQ (SWIFT/BIC, ABA), 국가유산
안내판, 나라장터 입찰공고, 컨테이너 선적, 선박 제원 (IMO, MMSI), 항공화물 AWB, 방화벽 변경 요청서 (서브넷·와일드카드
마스크, 멀티캐스트, 브로드캐스트, 윈도우 빌드, SNMP OID), epoch 밀리초 이벤트, 주민번호 검증 정규식 코드 리뷰,
개인정보처리방침, 태풍 이름 카드뉴스, 허리케인 재보험 브리핑, 유기동물 입양 공고, 음성비서 스마트홈 가이드, 호텔
채용 공고 (baker, mason, porter ...), 웨딩 꽃 주문 ('Juliet', 'Grace', iris, sweet william), 관리비 안내 (성씨로
시작하는 세 글자 일반명사: 임대료, 송금액, 최저가, 조회수, 신청서 ...), 고유어 활동지 (보람, 슬기, 나래, 한별, 가람,
누리), 전래동화 인형극, 이름처럼 읽히는 건설사, 미국 드라마의 555-01xx 번호, 우편번호 권역표, 복권 당첨번호, LEI,
음원 UPC·ISRC, 라이선스 키, 컨테이너 레지스트리 정리 (다이제스트, 커밋 해시, UUID), 디자인 색상 코드, 검사 참고치,
열차 운행 조정, DART 원시 금액 (13자리), NSN 국방 조달, 가명처리 토큰·해시, AES-GCM 암호문 컬럼, 카드 BIN 표,
시군구 통계, 환율표, 공연장 좌석, 국제우편 S10, 해외 출장자 국제전화 위키, 건축허가, WMS 로케이션, BOM, 야구 기록
(등번호), 도서 분류기호, 이름 같은 역명 (서현, 수진, 정자, 미금), 아파트 브랜드 선호도, 내선번호표, 건강기능식품
품목제조신고번호, 모델·일련번호, NMEA GPS, Plus Code·what3words, TOPIK 조사 문제, 행사 체크인 통계, 수강정정 공지,
체력검정 기준표. Formats: KakaoTalk, Slack-like messenger and SMS copies, STT call transcripts, HWP and OCR'd forms
(box-drawn records, 신청서, 위임장, 예진표, 렌터카 계약서, 팩스), e-mails, CSV, TSV, fixed-width bank files, pipe tables,
markdown tables, SQL-ish logs, JSON (API bodies, FHIR, Firebase, Stripe, GraphQL, Django fixtures, CloudTrail, Loki),
YAML (ConfigMap), INI (Ansible), HL7 v2, DICOM dumps, mongosh output, Splunk and PowerShell tables, Windows event text,
dhcpd.leases, sshd and nginx logs, GitHub Actions and Spring Boot logs with stack traces, Android logcat, curl, VBA,
SAP exports, an ASP access log, B/L and PIR forms, meeting and consultation notes, 공문·계약서 drafts, job ads, scripts, card news.

Labelling decisions: the twentieth set's rules (its docstring, which carried the nineteenth's and earlier sets') apply
unchanged: PERSON is the name only, every mention (surname-only and given-name-only mentions included), not names inside
e-mail local parts, handles or placeholders, masked names or public/historical figures; a rank or title before a name
stays outside the span; LOCATION runs from the first administrative unit through the building number plus directly
following unit detail, English-order addresses from the unit/street number through the postcode without the country;
representative and short service numbers are not PHONE_NUMBER; masked values, CIDR blocks, loopback/unspecified and
documentation IPs are not labelled, private host IPs are; foreign passport numbers are never labelled; a driver's
licence written with the region name is one span including it; obfuscated values are one span from the first to the
last character of the disguised value, encoded values are labelled with the entity they encode on the encoded token;
placeholders are never labelled; a surname and given name in separate fields are two PERSON spans; a Korean name and its
romanisation are two spans; a Hanzi name is PERSON as written; every e-mail address is EMAIL_ADDRESS, role addresses
included; a team's or office's direct line is PHONE_NUMBER; an account held by a company or an institution is
BANK_ACCOUNT; a real name used as a chat speaker label is PERSON; foreign numbers with their country code are
PHONE_NUMBER with the "+" inside; numbers with their separators stripped by a system are labelled as written; an
English-order address with the floor or unit first starts at the unit ("3F, 27 ...", "Flat 14, 2 ...",
"1203, 45 ...", "2207-1155 ..."); a second address field holding only the unit (detail) stays outside. Added or made
explicit for this set:
- An address split into JSON fields (FHIR line, Stripe line1, GraphQL road): the street field with its number is the
  LOCATION span; city, state and postcode fields stay outside.
- An HL7 or DICOM person name with its components joined by "^" (PARK^JIHOON) is one PERSON span, without the empty
  trailing components; an airline-style SURNAME/GIVEN name (FERGUSON/AMELIA) is one span without the MS/MR title.
- A stage name and the legal name given with it are two PERSON spans.
- Never labelled (hard negatives or unlabelled fields, beyond the twentieth's list): 수험번호, 학번, 수용번호, 임상시험
  스크리닝번호, 장기요양인정번호, 개인통관고유부호, 동물등록번호 and pets' names, hospital patient IDs, AD account and
  Windows logon names, host names, MAC addresses, IMEIs, VINs, ISINs and stock codes, LEIs, SWIFT/BIC and ABA routing
  numbers, IMO and MMSI numbers, container and seal numbers, air waybills, UPU S10 numbers, NATO stock numbers, patent
  and design application numbers, 입찰공고번호, 건축허가번호, 품목제조신고번호, ISRC and UPC codes, licence keys, image
  digests, commit hashes and UUIDs, epoch timestamps, raw 13-digit DART amounts, 4-digit internal extensions, US
  555-01xx fictional numbers, card BIN ranges, salted hashes, pseudonym tokens and ciphertexts, subnet and wildcard
  masks, multicast and limited-broadcast addresses, Windows build numbers and SNMP OIDs, NMEA sentences, Plus Codes and
  what3words addresses; typhoon and hurricane names, voice-assistant names (빅스비, 클로바, 누구, Siri), folk-tale
  characters (콩쥐, 팥쥐, 흥부, 놀부, 심청), rose cultivars ('Juliet', 'Grace', 'Mary Rose'), occupational words that are
  surnames (baker, mason, porter, carpenter, tailor, cook), native Korean words that are given names (보람, 슬기, 나래,
  한별, 가람, 누리), subway stations named like given names (서현, 수진, 정자, 미금), apartment brands (래미안, 자이,
  힐스테이트, 푸르지오), construction companies that read like names (서희건설, 유진기업, 태영건설, 정우건설) and
  common nouns whose first syllable is a surname (임대료, 송금액, 최저가, 조회수, 신청서, 이 사람).
- Disguise spans: a phone number split by HTML tags runs from its first to its last digit with the tags inside; a boxed OCR field runs
  from the first to the last character inside the outer box borders ("|" separators inside); a defanged IPv4 keeps "[.]" inside and the port outside; a
  corporate number wrapped across two lines keeps the line break inside; an address whose building number was read out
  in Sino-Korean is LOCATION through the read-out; English number words and NATO spelling run from the first to the last
  word (commas inside); a reversed, ROT13, base32, %uXXXX-escaped, mojibake, NFD-decomposed or jamo-spelt value is
  labelled with its entity on the disguised token; an e-mail with Markdown backslash escapes keeps the backslashes
  inside; a phone number with every digit shifted by one (the shift announced in the text) is PHONE_NUMBER on the
  shifted digits; an IPv4 stored as its INET_ATON integer is IP_ADDRESS.

Obfuscation kinds used (40 cases). Common ones a staff member would try (20): fullwidth card number (HWP copy),
zero-width spaces inside a resident number, soft hyphens inside an account number, em-dash phone number, resident
number digits separated by spaces, phone digits separated by dots, corporate number wrapped across two lines (OCR),
Hangul-read phone number (STT), base64 resident number and name in a JSON log, percent-encoded e-mail in a tracking URL,
hex-encoded name in a debug log, spaced name syllables, [at]/[dot] e-mail, 골뱅이/점 e-mail, fullwidth driver's
licence, zero-width joiners inside a passport number, Hangul-read health insurance digits (STT), name syllables
separated by middle dots, fullwidth e-mail (Japanese IME), defanged IPv4 with [.]. Kinds not in the twentieth's list
(20): circled-digit phone number, superscript-digit account number, ROT13 e-mail, plainly reversed e-mail, OCR letter
confusions (O for 0, l for 1) in a resident number, phone number in English number words (voicemail transcript),
passport number in the NATO spelling alphabet, name in JavaScript escape() %uXXXX form, base32 e-mail,
Devanagari-digit alien number (Nepali keyboard), Thai-digit phone number, phone number split by HTML tags,
NFD-decomposed Hangul name in a macOS file name, name spelt out in compatibility jamo, phone number with every digit
shifted by one (announced), UTF-8-read-as-CP1252 mojibake name, IPv4 as a MySQL INET_ATON integer, e-mail with
Markdown backslash escapes, address with the building number read in Sino-Korean (STT), resident number in a boxed form field read by OCR
with "|" borders."""

from __future__ import annotations

import base64
import codecs
import json
import random
import unicodedata
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, luhn_ok, rrn, rrn_check, rrn_new
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

random.seed(21_2026_1124_5087)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ---------------------------------------------------------------- value makers (copied from the twentieth set unchanged)
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


# ---------------------------------------------------------------- disguises (copied from the twentieth set unchanged)
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


# ---------------------------------------------------------------- disguise tables (copied from the twentieth set unchanged)
SHY = "\u00ad"
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]  # fmt: skip


# ---------------------------------------------------------------- value makers and disguises copied from the twentieth set
def gs1(body: str) -> str:
    """A GS1 number (GTIN-14, SSCC-18, GLN) with its mod-10 check digit (weights 3,1 from the right)."""
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


FW_DIGITS = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
SINO_UNIT = dict(zip("0123456789", ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], strict=True))


def fw_digits(s: str) -> str:
    """Only the digits in their fullwidth forms, as a word processor's 'fullwidth numbers' setting leaves them."""
    return mapd(s, FW_DIGITS)


def sino_num(n: int) -> str:
    """A number below 10,000 read in Sino-Korean (사천팔백이십일; 일 dropped before 십/백/천 as spoken)."""
    assert 0 < n < 10000
    out = ""
    for unit, p in (("천", 1000), ("백", 100), ("십", 10)):
        d = n // p % 10
        if d:
            out += ("" if d == 1 else SINO_UNIT[str(d)]) + unit
    return out + SINO_UNIT[str(n % 10)]


# ---------------------------------------------------------------- value makers new for this set
def pick_mob() -> str:
    """A mobile number whose groups have no leading zero and no repeated block (reads naturally aloud)."""
    while True:
        v = mob()
        if v[4] != "0" and v[9] != "0" and v[4:8] != v[9:13]:
            return v


def iso6346(owner: str, serial6: str) -> str:
    """A freight container number: owner code + 'U', six-digit serial and its ISO 6346 check digit."""
    vals: dict[str, int] = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = owner + "U" + serial6
    s = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return code + str(s % 11 % 10)


def imo(first6: str) -> str:
    """An IMO ship identification number (weights 7..2, sum mod 10)."""
    return "IMO " + first6 + str(sum(int(d) * w for d, w in zip(first6, range(7, 1, -1), strict=True)) % 10)


def awb(prefix: str, first7: str) -> str:
    """An air waybill number: airline prefix, seven-digit serial and its mod-7 check digit."""
    return f"{prefix}-{first7}{int(first7) % 7}"


def s10(service: str, first8: str, country: str = "KR") -> str:
    """A UPU S10 item identifier (international registered mail) with its check digit."""
    s = sum(int(d) * w for d, w in zip(first8, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{service}{first8}{c}{country}"


def luhn_digit(body: str) -> str:
    return next(c for c in "0123456789" if luhn_ok(body + c))


def isin(body11: str) -> str:
    """An ISIN (KR7 + stock code + issue code) with its check digit (letters to numbers, then Luhn)."""
    return body11 + luhn_digit("".join(str(int(c, 36)) for c in body11))


def lei(body18: str) -> str:
    """An LEI with its ISO 17442 mod-97 check digits."""
    n = int("".join(str(int(c, 36)) for c in body18 + "00"))
    return f"{body18}{98 - n % 97:02d}"


def imei(tac8: str) -> str:
    body = tac8 + dg(6)
    return body + luhn_digit(body)


def hexs(n: int) -> str:
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def nmea(body: str) -> str:
    """An NMEA 0183 sentence with its XOR checksum."""
    c = 0
    for ch in body:
        c ^= ord(ch)
    return f"${body}*{c:02X}"


# ---------------------------------------------------------------- disguises new for this set
CIRCLED = {"0": "\u24ea", **{str(d): chr(0x2460 + d - 1) for d in range(1, 10)}}
SUPER = dict(zip("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", strict=True))
EN_DIGITS = dict(
    zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True)
)
NATO = {
    "M": "Mike",
    "S": "Sierra",
    "R": "Romeo",
    "K": "Kilo",
    "T": "Tango",
    "P": "Papa",
    "B": "Bravo",
    "C": "Charlie",
    "D": "Delta",
    "G": "Golf",
    "H": "Hotel",
    "J": "Juliett",
    "L": "Lima",
    "N": "November",
}
DEVANAGARI = {str(d): chr(0x0966 + d) for d in range(10)}
THAI = {str(d): chr(0x0E50 + d) for d in range(10)}
OCR_CONFUSE = {"0": "O", "1": "l"}


def circled(s: str) -> str:
    """Digits as circled numbers (①②③, ⓪), as a word processor's 'enclosed characters' menu writes them."""
    return mapd(s, CIRCLED)


def superscript(s: str) -> str:
    """Digits as superscript characters (¹²³), as a rich-text 'superscript' style pasted as plain text leaves them."""
    return mapd(s, SUPER)


def rot13(s: str) -> str:
    out = codecs.encode(s, "rot_13")
    assert out != s
    return out


def en_words(s: str, sep: str = " ") -> str:
    """Digits spelt as English words (zero one ...); a hyphen becomes a comma pause."""
    return sep.join("," if c == "-" else EN_DIGITS[c] for c in s).replace(" ,", ",")


def nato(s: str) -> str:
    """A passport number read over the phone in the NATO spelling alphabet, digits as English words."""
    return " ".join(NATO[c] if c.isalpha() else EN_DIGITS[c] for c in s)


def js_escape(s: str) -> str:
    """JavaScript's legacy escape(): every character above U+00FF as %uXXXX, as old ASP/IIS query strings carry it."""
    out = "".join(f"%u{ord(c):04X}" if ord(c) > 0xFF else c for c in s)
    assert out != s
    return out


def b32(s: str) -> str:
    return base64.b32encode(s.encode()).decode()


def devanagari(s: str) -> str:
    """Digits typed on a Nepali keyboard (Devanagari digits ०१२)."""
    return mapd(s, DEVANAGARI)


def thai(s: str) -> str:
    """Digits typed on a Thai keyboard (Thai digits ๐๑๒)."""
    return mapd(s, THAI)


def nfd(s: str) -> str:
    """Hangul in canonical decomposition (conjoining jamo), as a macOS file name carries it."""
    out = unicodedata.normalize("NFD", s)
    assert out != s
    return out


def jamo(s: str) -> str:
    """Each Hangul syllable spelt out in compatibility jamo (ㄱㅣㅁ), as a person dodging a name filter types it."""
    out: list[str] = []
    for ch in s:
        i = ord(ch) - 0xAC00
        assert 0 <= i < 11172, ch
        out.append(CHO[i // 588] + JUNG[i % 588 // 28] + JONG[i % 28])
    return "".join(out)


def shift_digits(s: str, k: int = 1) -> str:
    """Every digit moved up by k (9 wraps to 0), a home-made cipher announced with a note so the reader can undo it."""
    return "".join(str((int(c) + k) % 10) if c.isdigit() else c for c in s)


def mojibake(s: str) -> str:
    """UTF-8 bytes decoded as Windows-1252 (the classic mojibake of a Korean name in a CSV opened wrongly)."""
    out = s.encode("utf-8").decode("cp1252")
    assert out.encode("cp1252").decode("utf-8") == s
    return out


def inet_aton(ip: str) -> str:
    """An IPv4 address as the unsigned integer MySQL INET_ATON() stores."""
    a, b, c, d = (int(o) for o in ip.split("."))
    return str((a << 24) | (b << 16) | (c << 8) | d)


def md_escape(s: str) -> str:
    """Backslashes a Markdown exporter puts before '_', '@' and '.' in plain text."""
    return s.replace("_", "\\_").replace("@", "\\@").replace(".", "\\.")


def boxed(s: str) -> str:
    """A boxed form field read by OCR: each character with the box border '|' between."""
    return "|".join(s)


def reversed_text(s: str) -> str:
    return s[::-1]


# ================================================================ positives: 지자체·주민센터·공공 민원
# 구청 여권민원실 업무방 카톡 — 분실 재발급 보류 건, 인수인계 요약
v1, v2, v3 = pp(), pp_new(), mob()
add(
    "ko",
    P,
    f"""아래 카톡 내용 인수인계 메모로 3줄 요약해줘. 내일 오전 민원대는 신규 주무관이 봐.

[여권민원실 업무방]
[오전 9:02] 3번창구: 어제 오후 분실 재발급 접수 건 하나 보류해뒀어요
[오전 9:03] 3번창구: 신청인 추경민 님, 분실 여권 {v1} (경찰서 분실신고 완료), 긴급 출국 예정이라 신규 {v2} 발급 들어갔습니다
[오전 9:05] 3번창구: 수령은 본인이 못 와서 배우자 여하린 님이 대리수령 예정. 위임장은 받았고 신분증 사본만 남음
[오전 9:06] 팀장: 추경민 님 연락처 메모에 같이 남겨줘요
[오전 9:06] 3번창구: {v3} 입니다. 오후 2시 이후 통화 가능하대요""",
    [(PER, "추경민"), (PASS, v1), (PASS, v2), (PER, "여하린"), (PER, "추경민"), (PH, v3)],
)

# 주민센터 전입신고(세대분리) 상담기록 HWP 복사 — 결과 통보 문자로
v1, v2, v3, v4 = rr("961107", 1), rr("640322", 1), rr("670915", 2), mob()
add(
    "ko",
    P,
    f"""이 상담기록을 민원처리 결과 안내 문자(90자 이내)로 바꿔줘. 개인정보는 빼고.

┌ 상담기록 (전입신고-세대분리) ─────────────
│ 방문일: 2025. 3. 17.(월)   담당: 민원팀 주무관
│ 전입자: 봉세진  ({v1})
│ 종전 주소: 대전광역시 유성구 어은로 57, 나동 403호
│ 전입 주소: 대전광역시 서구 둔산남로 118, 1204동 702호
│ 종전 세대원: 부 봉태식({v2}), 모 음순례({v3})
│ 요청: 부모 세대에서 분리하여 단독 세대주로 전입. 임대차계약서 원본 지참.
│ 처리: 확정일자 동시 부여 완료, 세대주 변경 반영
│ 연락처: {v4} (봉세진)
└──────────────────────────""",
    [
        (PER, "봉세진"),
        (RRN, v1),
        (LOC, "대전광역시 유성구 어은로 57, 나동 403호"),
        (LOC, "대전광역시 서구 둔산남로 118, 1204동 702호"),
        (PER, "봉태식"),
        (RRN, v2),
        (PER, "음순례"),
        (RRN, v3),
        (PH, v4),
        (PER, "봉세진"),
    ],
)

# 장애인 활동지원 신청서 OCR — 빈칸·형식 오류 검토
v1, v2, v3 = rr("880521", 1), hi(), mob()
add(
    "ko",
    P,
    f"""스캔한 신청서 OCR 결과야. 빈 칸이나 형식이 이상한 칸 있으면 표시해줘.

장애인활동지원급여 신청서
신청인 성명  용태준         주민등록번호  {v1}
주      소  전북특별자치도 익산시 금마면 서고도리 412-3
건강보험증번호  {v2}         장애정도  심한 장애
보호자 성명  용미선 (관계: 모)   연락처  {v3}
신청 급여  ☑ 활동보조  ☐ 방문목욕  ☐ 방문간호
신청일  2025 년 4 월 2 일      신청인  용태준 (서명 또는 인)""",
    [
        (PER, "용태준"),
        (RRN, v1),
        (LOC, "전북특별자치도 익산시 금마면 서고도리 412-3"),
        (HINS, v2),
        (PER, "용미선"),
        (PH, v3),
        (PER, "용태준"),
    ],
)

# 동물등록 대행업체 명단 메일 — 엑셀 붙여넣기, 미등록 건만 골라달라
v1, v2, v3 = mob(), mob(), land("031")
add(
    "ko",
    P,
    f"""동물병원에서 보내온 동물등록 대행 명단이에요. 등록번호 칸이 비어 있는 것만 골라서 다시 표로 만들어 주세요.

소유자\t연락처\t주소\t동물명\t품종\t등록번호
남궁예슬\t{v1}\t경기도 남양주시 다산중앙로 82, 1503호\t보리\t믹스견\t410100012345678
피도현\t{v2}\t경기도 구리시 검배로 31\t치즈\t코리안숏헤어\t
편승아\t{v3}\t경기도 남양주시 화도읍 마석중앙로 27-5\t두부\t말티즈\t""",
    [
        (PER, "남궁예슬"),
        (PH, v1),
        (LOC, "경기도 남양주시 다산중앙로 82, 1503호"),
        (PER, "피도현"),
        (PH, v2),
        (LOC, "경기도 구리시 검배로 31"),
        (PER, "편승아"),
        (PH, v3),
        (LOC, "경기도 남양주시 화도읍 마석중앙로 27-5"),
    ],
)

# 출산지원금 지급 대상 — 2025년생 신생아(2020.10. 이후 번호), 엑셀 변환 요청
v1, v2, v3, v4 = rn("250813", 4), rr("930212", 2), acct("농협"), rn("250609", 3)
v5, v6 = rr("900430", 2), acct("카카오뱅크")
add(
    "ko",
    P,
    f"""출산지원금 2차 지급 대상자야. 아래를 엑셀에 붙여넣기 좋게 쉼표 구분으로 바꿔줘 (열: 아기, 아기 주민번호, 신청인, 신청인 주민번호, 은행, 계좌).

1) 어다온(여) {v1} / 신청인 모 탁은비 {v2} / 농협 {v3}
2) 마시우(남) {v4} / 신청인 모 원채령 {v5} / 카카오뱅크 {v6}
※ 2번은 부 마준기 명의로 변경 요청 들어와 있음, 확인 후 반영""",
    [
        (PER, "어다온"),
        (RRN, v1),
        (PER, "탁은비"),
        (RRN, v2),
        (ACC, v3),
        (PER, "마시우"),
        (RRN, v4),
        (PER, "원채령"),
        (RRN, v5),
        (ACC, v6),
        (PER, "마준기"),
    ],
)

# 청년월세 특별지원 — 임대인 계좌 확인 요청 메일 (한 줄짜리에 가까운 짧은 요청)
v1, v2 = acct("신한"), mob()
add(
    "ko",
    P,
    f"청년월세 신청자 국현우 님 임대인(방소율) 입금계좌가 신한 {v1}로 들어왔는데 계약서상 임대인 이름이랑 예금주가 같은지 확인하는 안내 문자 초안 써줘. 신청인 번호 {v2}.",
    [(PER, "국현우"), (PER, "방소율"), (ACC, v1), (PH, v2)],
)

# 재산세 체납 안내 — 법인·개인 체납자 표, 안내문 작성
v1, v2, v3, v4 = cr("110111"), bz(), rr("710618", 1), land("02")
add(
    "ko",
    P,
    f"""체납 안내문 초안 만들어 줘. 법인은 대표자 앞으로, 개인은 본인 앞으로 보내는 두 가지 버전.

| 구분 | 체납자 | 식별번호 | 세목 | 체납액 | 비고 |
|---|---|---|---|---|---|
| 법인 | (주)해온물산 | 법인등록번호 {v1} / 사업자 {v2} | 재산세(건축물) | 4,182,300원 | 대표 석준기 |
| 개인 | 길나윤 | {v3} | 재산세(주택) | 612,540원 | 분납 약정 2회 불이행 |
| 개인 | 하○겸 | 7*****-1****** | 자동차세 | 98,000원 | 주소 불명 |

담당 징수팀 직통 {v4}""",
    [(CRN, v1), (BRN, v2), (PER, "석준기"), (PER, "길나윤"), (RRN, v3), (PH, v4)],
)

# 차량등록사업소 — 법인 명의 이전등록 서류 보완 요청 메일
v1, v2, v3 = cr("131111"), rr("820904", 2), mob()
add(
    "ko",
    P,
    f"""다음 메일에 답장 써줘. 양수인이 법인이면 법인인감증명서가 필요하다는 내용으로 정중하게.

---
보낸사람: 인수빈
제목: 이전등록 서류 문의

안녕하세요. 중고 화물차를 회사 명의로 이전하려고 합니다.
양도인: 표하준 ({v2})
양수인: 주식회사 다솔로지스 (법인등록번호 {v1})
사용본거지: 경기도 평택시 포승읍 평택항로 184
제가 회사 총무 담당이고 연락은 {v3}으로 주시면 됩니다.
인수빈 드림
---""",
    [
        (PER, "인수빈"),
        (PER, "표하준"),
        (RRN, v2),
        (CRN, v1),
        (LOC, "경기도 평택시 포승읍 평택항로 184"),
        (PH, v3),
        (PER, "인수빈"),
    ],
)

# 운전면허 적성검사 콜센터 STT — 상담 요약
v1, v2 = dl("경북"), mob()
add(
    "ko",
    P,
    f"""상담 녹취 STT야. 상담 이력에 남길 요약 써줘 (문의 유형, 처리 결과, 후속 조치).

상담사: 네 운전면허 적성검사 안내입니다.
고객: 네 제가 갱신 기간을 놓친 거 같아서요. 설가온이라고 하고요.
상담사: 설가온 고객님 면허번호 불러주시겠어요?
고객: {v1} 이요.
상담사: 확인됐습니다. 갱신 기간이 지난달 말로 끝나서 과태료 삼만 원이 부과되세요. 검사는 가까운 시험장이나 경찰서에서 하시면 되고요.
고객: 문자로도 좀 보내주세요. {v2}요.
상담사: 네 발송해 드리겠습니다.""",
    [(PER, "설가온"), (PER, "설가온"), (DLIC, v1), (PH, v2)],
)

# 지역공동체 일자리 참여자 명단 TSV — 급여 계좌 오류 검사
rows = [
    ("반지혁", rr("581203", 1), "농협", acct("농협"), mob()),
    ("모윤아", rr("620717", 2), "새마을금고", acct("새마을금고"), mob()),
    ("은시후", rr("991026", 1), "국민", acct("국민"), mob()),
]
add(
    "ko",
    P,
    "지역공동체일자리 2분기 참여자 급여 이체 명단이야. 은행별 계좌번호 자릿수가 맞는지 검사하는 파이썬 코드 짜줘.\n\n성명\t주민등록번호\t은행\t계좌번호\t휴대전화\n"
    + "\n".join("\t".join(r) for r in rows),
    [x for r in rows for x in ((PER, r[0]), (RRN, r[1]), (ACC, r[3]), (PH, r[4]))],
)

# 마을변호사 상담 신청 — 한 문단 민원
v1, v2 = mob(), land("063")
add(
    "ko",
    P,
    f"""마을변호사 상담 신청 들어온 거 요지만 정리해줘.

"안녕하세요 저는 전북 완주군 봉동읍 둔산로 45에 사는 위서진입니다. 옆집 계다인 씨가 담장을 허물고 제 땅으로 창고를 넓혀서 측량을 다시 했는데 인정을 안 합니다. 변호사님 상담 받고 싶어요. 전화는 {v1}, 낮에는 가게 번호 {v2}로 주세요." """,
    [(LOC, "전북 완주군 봉동읍 둔산로 45"), (PER, "위서진"), (PER, "계다인"), (PH, v1), (PH, v2)],
)

# 농지취득자격증명 신청 검토 — 지번 주소
v1, v2 = rr("750214", 1), mob()
add(
    "ko",
    P,
    f"""농지취득자격증명 신청 건 검토의견 초안 작성 부탁. 농업경영계획서상 통작거리가 문제 될지 봐줘.

신청인: 옥지호 ({v1})
신청인 주소: 충청남도 천안시 서북구 불당대로 210, 806호
취득 농지: 충청남도 아산시 음봉면 산동리 533-2 (답, 1,652㎡)
영농 계획: 주말 농장이 아닌 벼 재배, 이앙·수확은 위탁
연락처: {v2}""",
    [
        (PER, "옥지호"),
        (RRN, v1),
        (LOC, "충청남도 천안시 서북구 불당대로 210, 806호"),
        (LOC, "충청남도 아산시 음봉면 산동리 533-2"),
        (PH, v2),
    ],
)

# 어업인 면세유 배정 — 수협 계좌, 선주 명단 (짧은 CSV)
rows2 = [("경태민", rr("680111", 1), acct("수협"), "제3해성호"), ("공서하", rr("710903", 2), acct("수협"), "대복호")]
add(
    "ko",
    P,
    "면세유 보조금 환급 명단인데 선박명 기준으로 정렬하고 합계 행 추가해줘.\n선주,주민등록번호,수협계좌,선박명,배정량(L)\n"
    + "\n".join(f"{a},{b},{c},{d},{n}" for (a, b, c, d), n in zip(rows2, ("4200", "2950"), strict=True)),
    [x for r in rows2 for x in ((PER, r[0]), (RRN, r[1]), (ACC, r[2]))],
)

# 공설 봉안당 안치 신청 — 고인과 신청인, 접수 확인 문자
v1, v2, v3 = rr("380506", 2), rr("660827", 1), mob()
add(
    "ko",
    P,
    f"""봉안당 안치 신청 접수됐다는 확인 문자 써줘. 아래 정보 참고하되 주민번호는 문자에 넣지 마.
고인: 류복순 ({v1}), 2025.5.9. 별세
신청인: 장남 사공재호 ({v2}), 경상남도 김해시 가야로 405번길 12-1
연락처: {v3}
안치 희망일: 5월 13일 오전""",
    [(PER, "류복순"), (RRN, v1), (PER, "사공재호"), (RRN, v2), (LOC, "경상남도 김해시 가야로 405번길 12-1"), (PH, v3)],
)

# 시니어클럽 노인일자리 — 참여자 변경 공문 초안 (전화·계좌)
v1, v2, v3 = rr("470829", 1), acct("우체국"), mob()
add(
    "ko",
    P,
    f"""노인일자리 참여자 교체 보고 공문 본문 써줘.
- 기존 참여자 천세아 님: 건강 사유로 4월 30일 자 중도 포기
- 신규 참여자: 견우진 (1947년생, {v1}), 공익활동형 '학교 급식 도우미'
- 활동비 입금: 우체국 {v2} (본인 명의)
- 비상연락: 자녀 견다은 {v3}""",
    [(PER, "천세아"), (PER, "견우진"), (RRN, v1), (ACC, v2), (PER, "견다은"), (PH, v3)],
)

# 국민취업지원제도 상담일지 — 이메일·전화, 다음 상담 일정 메일
v1, v2 = "jw.seonu" + dg(2) + "@naver.com", mob()
add(
    "ko",
    P,
    f"""상담일지 보고 참여자한테 보낼 다음 상담 안내 메일 써줘.

[상담일지 3회차] 참여자 선우재희 / 연락 {v2} / {v1}
- 희망 직무: 물류 사무(재고관리), 지게차 자격 취득 희망
- 구직활동: 3건 (면접 1건 불합격)
- 다음 상담: 6/12(목) 14:00, 이력서 첨삭 예정
- 특이사항: 선우재희 님 야간 근무 불가(자녀 돌봄)""",
    [(PER, "선우재희"), (PH, v2), (MAIL, v1), (PER, "선우재희")],
)

# 지역화폐 가맹점 신청 — 사업자·대표자·정산계좌
v1, v2, v3, v4 = bz(), acct("대구"), land("053"), mob()
add(
    "ko",
    P,
    f"""지역화폐 가맹점 신청서 내용이야. 업종이 제한업종(유흥·사행)인지 확인하는 체크리스트로 바꿔줘.
상호: 달빛분식  / 사업자등록번호: {v1}
대표자: 변예준
사업장: 대구광역시 달서구 월배로 94, 1층
정산계좌: 대구은행 {v2} (예금주 변예준)
매장 전화 {v3} / 대표 휴대폰 {v4}""",
    [
        (BRN, v1),
        (PER, "변예준"),
        (LOC, "대구광역시 달서구 월배로 94, 1층"),
        (ACC, v2),
        (PER, "변예준"),
        (PH, v3),
        (PH, v4),
    ],
)

# 대형폐기물 배출 신고 문자 — 한 줄
v1 = mob()
add(
    "ko",
    P,
    f'이 문자 답장 정중하게 써줘: "냉장고 1대 배출 신고했는데 수거가 안 됐어요. 인천 부평구 부흥로 301, 101동 1102호 함도율입니다 {v1}"',
    [(LOC, "인천 부평구 부흥로 301, 101동 1102호"), (PER, "함도율"), (PH, v1)],
)

# 인감증명 위임장 — 위임자·수임자, 검토 요청
v1, v2 = rr("520315", 2), rr("790101", 1)
add(
    "ko",
    P,
    f"""인감증명서 발급 위임장이야. 위임자 본인 서명 칸하고 수임자 신분 확인에서 빠진 거 있으면 알려줘.

위 임 장
위임자  성명: 곽나연   주민등록번호: {v1}
        주소: 강원특별자치도 춘천시 퇴계농공로 16, 3동 201호
수임자  성명: 엄지환   주민등록번호: {v2}   위임자와의 관계: 사위
위임 내용: 인감증명서(부동산 매도용) 1통 발급
매수자: 나은솔 / 주소: 강원특별자치도 원주시 단구로 170""",
    [
        (PER, "곽나연"),
        (RRN, v1),
        (LOC, "강원특별자치도 춘천시 퇴계농공로 16, 3동 201호"),
        (PER, "엄지환"),
        (RRN, v2),
        (PER, "나은솔"),
        (LOC, "강원특별자치도 원주시 단구로 170"),
    ],
)

# 수해 재난지원금 — 세대원 중 2021년생 자녀 (2020.10. 이후 번호)
v1, v2, v3, v4 = rr("850726", 1), rr("870310", 2), rn("210405", 3), acct("경남")
add(
    "ko",
    P,
    f"""재난지원금 지급 결의서에 붙일 세대 현황 요약표 만들어줘.

피해주소: 경상남도 합천군 율곡면 임북리 221-4 (주택 침수, 반파)
세대주: 채민혁 {v1}
배우자: 라윤희 {v2}
자녀: 채도윤 {v3} (2021년생)
지급계좌: 경남은행 {v4} (채민혁)""",
    [
        (LOC, "경상남도 합천군 율곡면 임북리 221-4"),
        (PER, "채민혁"),
        (RRN, v1),
        (PER, "라윤희"),
        (RRN, v2),
        (PER, "채도윤"),
        (RRN, v3),
        (ACC, v4),
        (PER, "채민혁"),
    ],
)

# 보청기(보장구) 급여비 청구 — 건강보험증번호 하이픈형, 청구서 확인
v1, v2, v3 = hid(), acct("기업"), mob()
add(
    "ko",
    P,
    f"""보청기 급여비 지급청구서인데 빠진 서류가 뭔지 봐줘 (검수확인서? 처방전?).
수급자: 빈소원 / 건강보험증 번호 {v1}
청구 금액: 1,310,000원 / 구입처: ○○보청기 수원점
지급 계좌: IBK기업 {v2} (빈소원)
연락처: {v3}""",
    [(PER, "빈소원"), (HINS, v1), (ACC, v2), (PER, "빈소원"), (PH, v3)],
)

# 어르신 교통카드 발급 대장 — 짧은 표
v1, v2 = rr("560902", 1), rr("580119", 2)
add(
    "ko",
    P,
    f"""어르신 교통카드 발급 대장인데 만 65세 미만이 섞였는지 확인해줘. 기준일은 2025-06-01.
| 성명 | 주민번호 | 발급일 |
|---|---|---|
| 탁지성 | {v1} | 2025-05-28 |
| 성하윤 | {v2} | 2025-05-30 |""",
    [(PER, "탁지성"), (RRN, v1), (PER, "성하윤"), (RRN, v2)],
)


# ================================================================ positives: 외국인 주민·방문객
# 출입국 체류기간 연장 — 유학생 영문 메일 (외국 여권번호는 라벨 없음)
v1, v2 = ar("000917", 6), mob()
add(
    "en",
    P,
    f"""Can you help me reply to this student? Tell her which documents she still needs for the D-2 extension.

From: Dilnoza Karimova
Subject: visa extension - missing documents?

Dear International Office,
My residence card number is {v1} and my passport is FA4418203 (Uzbekistan). My current address is 3F, 27 Jahamun-ro 24-gil, Jongno-gu, Seoul 03042. I submitted the enrollment certificate but the immigration office asked for a tuberculosis test too. My phone is {v2}.
Best regards,
Dilnoza""",
    [
        (PER, "Dilnoza Karimova"),
        (ARN, v1),
        (LOC, "3F, 27 Jahamun-ro 24-gil, Jongno-gu, Seoul 03042"),
        (PH, v2),
        (PER, "Dilnoza"),
    ],
)

# 결혼이민자 F-6 체류 상담 메모 — 베트남어 이름, 배우자 주민번호
v1, v2, v3 = ar("970304", 6), rr("830519", 1), mob()
add(
    "mixed",
    P,
    f"""다문화센터 상담 메모인데 베트남어로 번역해서 본인에게 보내줘 (Tiếng Việt).

- 내담자: Nguyen Thi Thu Ha (응우옌 티 투 하), 외국인등록번호 {v1}
- 배우자: 지태겸 ({v2})
- 상담 내용: 혼인 3년 차, 영주(F-5) 전환 요건 문의. 기본소양 사전평가 점수 미달.
- 안내: 사회통합프로그램 4단계 이수 후 재신청 권장
- 연락처: {v3} (투 하 씨 본인)""",
    [
        (PER, "Nguyen Thi Thu Ha"),
        (PER, "응우옌 티 투 하"),
        (ARN, v1),
        (PER, "지태겸"),
        (RRN, v2),
        (PH, v3),
        (PER, "투 하"),
    ],
)

# 유학생 시간제취업 허가 — 대학 국제처와 고용주 (영문 표)
v1, v2, v3, v4 = ar("020611", 5), bz(), land("042"), "hr." + dg(3) + "@hanbitbakery.co.kr"
add(
    "en",
    P,
    f"""Please check this part-time work permit request against the D-2 rules (max 25 hours/week during semester) and draft a short approval note.

| Field | Value |
|---|---|
| Student | Tran Van Khoa |
| ARC No. | {v1} |
| Employer | Hanbit Bakery (BRN {v2}) |
| Workplace | 45 Eoeun-ro, Yuseong-gu, Daejeon 34140 |
| Employer contact | Ms. Oh Seung-hee, {v3}, {v4} |
| Hours | Sat-Sun 10:00-18:00 (16 h/week) |""",
    [
        (PER, "Tran Van Khoa"),
        (ARN, v1),
        (BRN, v2),
        (LOC, "45 Eoeun-ro, Yuseong-gu, Daejeon 34140"),
        (PER, "Oh Seung-hee"),
        (PH, v3),
        (MAIL, v4),
    ],
)

# 고용허가제 사업장 변경 — 네팔 근로자, 고용센터 메모
v1, v2, v3, v4 = ar("960128", 5), cr("134811"), bz(), land("031")
add(
    "mixed",
    P,
    f"""고용센터 메모를 영어로 옮겨줘. 근로자 본인에게 설명할 거라 쉬운 영어로.

사업장 변경 신청 (E-9)
근로자: Ram Prasad Adhikari / 외국인등록번호 {v1}
현 사업장: 주식회사 동진플라텍 (법인 {v2}, 사업자 {v3})
변경 사유: 임금 체불 2개월 (사업주 귀책), 진정 접수번호 2025-경기남부-1187
담당: 고용허가팀 {v4}
Ram 씨는 현재 기숙사 퇴거 상태, 지인 숙소 체류 중""",
    [(PER, "Ram Prasad Adhikari"), (ARN, v1), (CRN, v2), (BRN, v3), (PH, v4), (PER, "Ram")],
)

# 외국 운전면허 교환 발급 — 영문 안내 메일 (국내 면허번호 발급 후)
v1, v2 = dl("인천"), ar("881130", 7)
add(
    "en",
    P,
    f"""Rewrite this e-mail so it sounds friendlier, keep all facts.

Dear Mr. Lachlan Reid,
Your Australian licence has been exchanged. Your Korean driver's licence number is {v1} (Class 2 ordinary). It is linked to your alien registration number {v2}. Please collect the card at the Incheon test centre with your passport. The Australian licence stays with us and will be returned through the embassy.
Licence Exchange Desk""",
    [(PER, "Lachlan Reid"), (DLIC, v1), (ARN, v2)],
)

# 외국인 투자 법인 설립 — FDI 신고 후 법인등기, 영문 요약
v1, v2 = cr("110111"), bz()
add(
    "en",
    P,
    f"""Summarise the incorporation status for our client in three bullet points.

Notes from the registry visit:
- Company: Lumen Harbor Korea Co., Ltd. - corporate registration no. {v1}, business registration no. {v2}
- Registered office: 14F, 152 Teheran-ro, Gangnam-gu, Seoul 06236
- Representative director: Freya Lindqvist (Swedish national); inside director: Ko Min-jae
- Auditor: vacant - client to nominate before the first AGM
- FDI report filed with KOTRA on 3 March; capital KRW 120,000,000 paid in""",
    [
        (CRN, v1),
        (BRN, v2),
        (LOC, "14F, 152 Teheran-ro, Gangnam-gu, Seoul 06236"),
        (PER, "Freya Lindqvist"),
        (PER, "Ko Min-jae"),
    ],
)

# 택스리펀드 — 외국인 관광객 환급 지연 CS 메일, 카드 환급
v1, v2 = cc("4"), "camille.dufresne" + dg(2) + "@orange.fr"
add(
    "en",
    P,
    f"""Draft a polite reply to this tax refund complaint. Say the refund to the card will arrive within 10 business days.

> Hello, I am Camille Dufresne. I left Korea on 2 May and used the kiosk at Incheon T1 to claim my tax refund of KRW 87,400, paid to my Visa card {v1}. Nothing has arrived yet. Please answer to {v2}. Thank you.""",
    [(PER, "Camille Dufresne"), (CARD, v1), (MAIL, v2)],
)

# 외국인 유학생 건강보험 지역가입 — 보험료 고지 문의 (혼합)
v1, v2 = hi(), ar("031205", 8)
add(
    "mixed",
    P,
    f"""아래 유학생 문의에 한국어·영어 병기로 답변 만들어줘.

"Hi, I got a bill from NHIS for 74,000 won. My name is Bat-Erdene Ganbold, NHIS number {v1}, ARC {v2}. I already have private insurance from Mongolia. Can I cancel?"
참고: 유학생(D-2)은 2021.3.부터 당연가입, 외국 보험 증빙 시 가입 제외 신청 가능(요건 있음)""",
    [(PER, "Bat-Erdene Ganbold"), (HINS, v1), (ARN, v2)],
)

# 출국만기보험 청구 — 외국인 근로자, 송금 계좌 (혼합 카톡)
v1, v2, v3 = ar("940617", 5), acct("우리"), mob()
add(
    "mixed",
    P,
    f"""카톡 내용 보고 출국만기보험금 청구 서류 체크리스트 만들어줘.

[Somsak Wongsuwan] hello teacher, I go Thailand 6/20
[Somsak Wongsuwan] my card {v1}
[Somsak Wongsuwan] bank 우리 {v2}
[센터 통역 원서진] 쏨삭 씨 출국 예정 항공권도 보내주세요
[Somsak Wongsuwan] ok. phone {v3}""",
    [
        (PER, "Somsak Wongsuwan"),
        (PER, "Somsak Wongsuwan"),
        (ARN, v1),
        (PER, "Somsak Wongsuwan"),
        (ACC, v2),
        (PER, "원서진"),
        (PER, "쏨삭"),
        (PER, "Somsak Wongsuwan"),
        (PH, v3),
    ],
)

# 의료관광 코디네이터 — 몽골/카자흐 환자 입국 일정 (외국 여권번호 라벨 없음)
v1, v2 = mob(), "+7 701 " + fmt("MNN NN NN")
add(
    "mixed",
    P,
    f"""의료관광 환자 픽업 일정표를 영어로 만들어줘.

환자: Aigerim Seitkali (카자흐스탄, 여권 N14492087), 보호자 남편 Nurlan Seitkali
입국: 6/3 KC909 알마티→인천 07:10
진료: 6/4 갑상선 외래, 6/5 수술
코디네이터: 함지유 {v1}
환자 현지 연락처: {v2}""",
    [(PER, "Aigerim Seitkali"), (PER, "Nurlan Seitkali"), (PER, "함지유"), (PH, v1), (PH, v2)],
)

# ================================================================ positives: 학교·대학
# 대학 수시 면접 대기실 배정 — 수험생 명단 (수험번호는 라벨 없음)
v1, v2, v3 = mob(), mob(), mob()
add(
    "ko",
    P,
    f"""면접 대기실 배정표를 대기실별로 묶어서 다시 써줘. 각 대기실 진행요원한테 보낼 거야.

수험번호, 성명, 대기실, 비상연락
2026-31-0412, 독고준, 공학관 201, {v1}
2026-31-0413, 봉수아, 공학관 201, {v2}
2026-31-0420, 라윤호, 공학관 203, {v3}""",
    [(PER, "독고준"), (PH, v1), (PER, "봉수아"), (PH, v2), (PER, "라윤호"), (PH, v3)],
)

# 교원 임용 최종 합격자 — 인사기록 입력 요청, 이메일·주소
v1, v2, v3 = rr("990304", 2), "ys.ha" + dg(4) + "@gmail.com", mob()
add(
    "ko",
    P,
    f"""신규 임용 교사 인사기록카드 입력용으로 아래를 키:값 형태로 정리해줘.

하예슬 선생님 (초등, 2025. 3. 1. 임용)
주민등록번호 {v1}
주소 광주광역시 북구 설죽로 214, 105동 1401호
연락처 {v3} / 메일 {v2}
발령: 광주○○초등학교, 담임 희망 2학년""",
    [(PER, "하예슬"), (RRN, v1), (LOC, "광주광역시 북구 설죽로 214, 105동 1401호"), (PH, v3), (MAIL, v2)],
)

# 대학 기숙사 입사 CSV — 보호자 연락처 누락 확인
v1, v2, v3, v4 = mob(), mob(), mob(), "s2025" + dg(4) + "@stu.hnu.ac.kr"
add(
    "ko",
    P,
    f"""기숙사 입사자 CSV에서 보호자 연락처 없는 행을 찾고, 그 학생들한테 보낼 메일 문구도 써줘.

학번,이름,호실,본인연락처,보호자연락처,학교메일
2025104417,표지안,B-512,{v1},{v2},
2025108820,한유찬,B-514,{v3},,{v4}""",
    [(PER, "표지안"), (PH, v1), (PH, v2), (PER, "한유찬"), (PH, v3), (MAIL, v4)],
)

# 교환학생 파견 — 해외 파트너 대학 영문 메일, 한국 여권
v1, v2 = pp_new(), "+82 10-" + fmt("MNNN-NNNN")
add(
    "en",
    P,
    f"""Translate this into Korean for the student, and list what she has to do before August.

Dear Ms. Yoon Tae-hee,
Welcome to the Fall 2025 exchange programme at the University of Leeds. We have your passport number as {v1} - please check it matches your CAS. Your accommodation is Flat 14, 2 Clarendon Place, Leeds LS2 9JY. If your Korean mobile ({v2}) will not work in the UK, send us a UK number on arrival.
Kind regards,
Harriet Okafor, Study Abroad Office""",
    [
        (PER, "Yoon Tae-hee"),
        (PASS, v1),
        (LOC, "Flat 14, 2 Clarendon Place, Leeds LS2 9JY"),
        (PH, v2),
        (PER, "Harriet Okafor"),
    ],
)

# 장학금 지급 명단 — 은행 일괄이체 파일 변환
rows3 = [
    ("진서율", "하나", acct("하나")),
    ("고하민", "토스뱅크", acct("토스뱅크")),
    ("유다현", "케이뱅크", acct("케이뱅크")),
]
add(
    "ko",
    P,
    "교내장학금 일괄이체 파일(은행명|계좌|예금주|금액) 형식으로 바꿔줘. 금액은 모두 1,500,000원.\n"
    + "\n".join(f"{n} - {b}은행 {a}" if b == "하나" else f"{n} - {b} {a}" for n, b, a in rows3),
    [x for n, _b, a in rows3 for x in ((PER, n), (ACC, a))],
)

# 학교 CCTV 열람 요청 민원 — 학부모 메일
v1, v2 = mob(), "mom.of.jiwoo" + dg(2) + "@daum.net"
add(
    "ko",
    P,
    f"""학부모 민원에 대한 답변 초안 부탁해요. 개인정보보호법상 제3자 모자이크 처리 비용 안내 포함.

"3학년 2반 석지우 엄마 은미란입니다. 5월 14일 점심시간 운동장에서 우리 아이가 다쳤는데 CCTV 열람하고 싶습니다. 가해 학생이 누군지 선생님도 모른다고 하시네요. 연락 {v1}, 메일 {v2}로 부탁드려요." """,
    [(PER, "석지우"), (PER, "은미란"), (PH, v1), (MAIL, v2)],
)

# 학교 운동부 전지훈련 — 전세버스 기사 면허, 숙소 (짧은 공문)
v1, v2 = dl("전남", named=True), mob()
add(
    "ko",
    P,
    f"""전지훈련 계획 공문에 붙일 차량 운행 정보 표로 정리해줘.
- 버스: 45인승, 운전기사 모성철 (면허 {v1}, 대형 1종), 연락 {v2}
- 숙소: 전라남도 해남군 해남읍 중앙1로 330
- 인솔: 코치 편재우""",
    [(PER, "모성철"), (DLIC, v1), (PH, v2), (LOC, "전라남도 해남군 해남읍 중앙1로 330"), (PER, "편재우")],
)

# 학부모 상담주간 신청 — e알리미 엑셀 내보내기 → 시간표
v1, v2, v3 = mob(), land("032"), voip()
add(
    "ko",
    P,
    f"""상담 신청 결과를 시간대별 표로 만들어 줘.
번호\t학생\t신청자\t희망일시\t방법\t연락처
1\t위하랑\t위성민(부)\t5/20 16:00\t대면\t{v1}
2\t소예린\t소정애(모)\t5/20 16:30\t전화\t{v2}
3\t차도하\t구민정(이모)\t5/21 17:00\t전화\t{v3}""",
    [
        (PER, "위하랑"),
        (PER, "위성민"),
        (PH, v1),
        (PER, "소예린"),
        (PER, "소정애"),
        (PH, v2),
        (PER, "차도하"),
        (PER, "구민정"),
        (PH, v3),
    ],
)


# ================================================================ positives: 병원·보건
# 종합검진센터 예약 CSV — 중복 예약 찾기
v1, v2, v3, v4 = rr("770812", 1), hi(), mob(), "kyh" + dg(4) + "@hanmail.net"
v5, v6, v7 = rr("810227", 2), hi(), mob()
add(
    "ko",
    P,
    f"""검진 예약 CSV에서 같은 사람이 두 번 잡힌 건 있는지, 위내시경 수면 선택했는데 보호자 동반 체크 안 된 건 있는지 봐줘.

예약일,성명,주민번호,건강보험증번호,연락처,이메일,검사,수면,보호자
2025-07-02,국영호,{v1},{v2},{v3},{v4},종합A+위내시경,Y,N
2025-07-02,원미정,{v5},{v6},{v7},,종합B,N,N
2025-07-09,국영호,{v1},{v2},{v3},{v4},대장내시경,Y,Y""",
    [
        (PER, "국영호"),
        (RRN, v1),
        (HINS, v2),
        (PH, v3),
        (MAIL, v4),
        (PER, "원미정"),
        (RRN, v5),
        (HINS, v6),
        (PH, v7),
        (PER, "국영호"),
        (RRN, v1),
        (HINS, v2),
        (PH, v3),
        (MAIL, v4),
    ],
)

# 인공신장실 투석 환자 명단 — 요일별 스케줄표로
v1, v2, v3, v4, v5 = hi(), hi(), hi(), mob(), mob()
add(
    "ko",
    P,
    f"""인공신장실 환자 명단이야. 월수금/화목토 반으로 나눠서 표 다시 만들어줘.

| 환자 | 보험증번호 | 투석 요일 | 보호자 연락처 |
|---|---|---|---|
| 남기순 | {v1} | 월수금 오전 | 딸 {v4} |
| 도영철 | {v2} | 화목토 오후 | - |
| 함옥자 | {v3} | 월수금 오후 | 아들 {v5} |""",
    [(PER, "남기순"), (HINS, v1), (PH, v4), (PER, "도영철"), (HINS, v2), (PER, "함옥자"), (HINS, v3), (PH, v5)],
)

# 호스피스 입원 상담 — 가족 면담 기록, 사회복지사 요약
v1, v2 = mob(), land("051")
add(
    "ko",
    P,
    f"""가족 면담 기록을 팀 회의용으로 5줄 요약해줘.

환자 정말순 님(82세, 췌장암 4기). 주 보호자 장녀 하수정 님이 면담 참석. 자택은 부산광역시 영도구 태종로 588, 2층이며 계단이 많아 재택 호스피스는 어렵다고 함. 차녀 하수빈 님은 미국 거주로 화상 참여 원함. 하수정 님 연락처 {v1}, 집 전화 {v2}. 종교적 돌봄(불교) 희망.""",
    [
        (PER, "정말순"),
        (PER, "하수정"),
        (LOC, "부산광역시 영도구 태종로 588, 2층"),
        (PER, "하수빈"),
        (PER, "하수정"),
        (PH, v1),
        (PH, v2),
    ],
)

# 요양원 입소 계약 — CMS 자동이체, 장기요양 (인정번호는 라벨 없음)
v1, v2, v3, v4 = rr("391105", 2), hid(), acct("국민"), rr("650308", 1)
add(
    "ko",
    P,
    f"""입소 계약서 초안의 빈칸 채워줘. 본인부담금은 월 62만 원, 매월 25일 출금.

입소자: 석말례 ({v1}) / 건강보험 {v2} / 장기요양인정번호 L1203345561 (3등급)
보호자(계약자): 석동훈 ({v4}), 아들
주소: 경기도 화성시 봉담읍 동화길 41
CMS 출금계좌: KB국민 {v3} (예금주 석동훈)""",
    [
        (PER, "석말례"),
        (RRN, v1),
        (HINS, v2),
        (PER, "석동훈"),
        (RRN, v4),
        (LOC, "경기도 화성시 봉담읍 동화길 41"),
        (ACC, v3),
        (PER, "석동훈"),
    ],
)

# 장기기증 희망등록 웹폼 로그 JSON — 필드 검증 오류 원인
v1, v2, v3 = rr("940906", 2), mob(sep=""), "dayoung.k" + dg(2) + "@kakao.com"
add(
    "mixed",
    P,
    """희망등록 폼 제출이 400 에러로 실패했대. 아래 요청 바디 보고 어떤 필드가 문제인지 알려줘 (우리 API는 phone에 하이픈 필수).

POST /api/v2/pledge
"""
    + js(
        {
            "name": "권다영",
            "rrn": v1,
            "phone": v2,
            "email": v3,
            "organs": ["kidney", "liver", "cornea"],
            "consent_family": True,
        }
    ),
    [(PER, "권다영"), (RRN, v1), (PH, v2), (MAIL, v3)],
)

# 성인 독감 예방접종 예진표 OCR — 한 장
v1, v2 = rr("520617", 1), mob()
add(
    "ko",
    P,
    f"""예진표 OCR 결과를 전산 입력 항목별로 정리해줘.

예방접종 예진표 (인플루엔자)
성명: 어태식    주민등록번호: {v1}
전화번호: {v2}
오늘 아픈 곳이 있습니까? □예 ■아니오
달걀 알레르기 □있음 ■없음    과거 접종 후 이상반응 ■없음
의사 소견: 접종 가능   서명: 어태식""",
    [(PER, "어태식"), (RRN, v1), (PH, v2), (PER, "어태식")],
)

# 실손보험 청구 — 백내장 수술, 보험사 앱 업로드 실패 메일
v1, v2, v3 = rr("601019", 2), acct("SC제일"), hid()
add(
    "ko",
    P,
    f"""보험사에 보낼 청구 서류 안내 메일 다듬어줘.

안녕하세요, 안과 원무과입니다. 피보험자 금예순 님({v1}) 백내장 수술(5/22) 실손 청구 서류 보내드립니다.
- 진료비 영수증, 세부내역서, 진단서(H25.1)
- 건강보험 자격: {v3}
- 보험금 수령 계좌: SC제일 {v2} (금예순)
담당 원무과 여수민 드림""",
    [(PER, "금예순"), (RRN, v1), (HINS, v3), (ACC, v2), (PER, "금예순"), (PER, "여수민")],
)

# 치매안심센터 사례회의 — 회의록
v1, v2 = mob(), mob()
add(
    "ko",
    P,
    f"""사례회의 회의록을 결정사항 중심으로 정리해줘.

일시: 6/3(화) 15:00 / 참석: 간호사 2, 사회복지사 1, 작업치료사 1
대상자 1: 차순덕(84) — 배회 2회, 경찰 신고 이력. 배회감지기(GPS) 신청. 아들 차용만 {v1}
대상자 2: 봉판례(79) — 독거, 식사 거름. 도시락 배달 연계, 쉼터 주3회.
  주소 울산광역시 중구 성안로 75-12. 조카 권영훈 {v2}
결정: 차순덕 님 실종 예방 지문 사전등록 안내, 봉판례 님 방문간호 월 2회""",
    [
        (PER, "차순덕"),
        (PER, "차용만"),
        (PH, v1),
        (PER, "봉판례"),
        (LOC, "울산광역시 중구 성안로 75-12"),
        (PER, "권영훈"),
        (PH, v2),
        (PER, "차순덕"),
        (PER, "봉판례"),
    ],
)

# HL7 v2 ADT 메시지 — 인터페이스 오류 (PID 필드 위치)
v1, v2, v3 = rr("870423", 1), mob(), mob()
add(
    "mixed",
    P,
    f"""LIS 인터페이스에서 이 ADT^A04 메시지 파싱이 실패해. PID-19에 주민번호가 들어가는데 필드 개수가 맞는지 봐줘.

MSH|^~\\&|EMR|HOSP01|LIS|LAB01|20250611083012||ADT^A04|MSG00231|P|2.5.1
PID|1||00419233^^^HOSP01^MR||PARK^JIHOON^^^^^L||19870423|M|||서울특별시 송파구 오금로 132^^서울^^05548^KR||{v2}^PRN^CP|||||{v1}
NK1|1|KANG^SEOHYUN|SPO||{v3}^PRN^CP
PV1|1|O|IM^^^HOSP01||||1023^LEE^DONGWOOK""",
    [
        (PER, "PARK^JIHOON"),
        (LOC, "서울특별시 송파구 오금로 132"),
        (PH, v2),
        (RRN, v1),
        (PER, "KANG^SEOHYUN"),
        (PH, v3),
        (PER, "LEE^DONGWOOK"),
    ],
)

# FHIR Patient 리소스 — 테스트 서버에 실제 환자 데이터가 올라감 (영문)
v1, v2, v3 = hi(), mob(), "seoyeon.lee" + dg(2) + "@naver.com"
add(
    "en",
    P,
    """Our FHIR sandbox has what looks like a real patient record. Rewrite it as a synthetic test patient with the same structure.

"""
    + json.dumps(
        {
            "resourceType": "Patient",
            "id": "pt-88120",
            "identifier": [{"system": "urn:kr:nhis", "value": v1}],
            "name": [{"family": "Lee", "given": ["Seoyeon"]}],
            "telecom": [{"system": "phone", "value": v2}, {"system": "email", "value": v3}],
            "gender": "female",
            "birthDate": "1992-08-14",
            "address": [{"line": ["38 Gwangnaru-ro 56-gil"], "city": "Seoul", "postalCode": "05116"}],
        },
        indent=2,
        ensure_ascii=False,
    ),
    [(HINS, v1), (PER, "Lee"), (PER, "Seoyeon"), (PH, v2), (MAIL, v3), (LOC, "38 Gwangnaru-ro 56-gil")],
)

# DICOM 헤더 덤프 — 익명화 누락 확인 (영문)
add(
    "en",
    P,
    """Which tags below still need anonymising before we send the study to the research PACS?

(0008,0020) DA [20250418]                    # StudyDate
(0008,0090) PN [CHOI^YOUNGSOO]               # ReferringPhysicianName
(0010,0010) PN [MOON^HAEUN]                  # PatientName
(0010,0020) LO [H2025-004481]                # PatientID
(0010,0030) DA [19650302]                    # PatientBirthDate
(0010,1040) LO [Daegu Suseong-gu Dongdaegu-ro 23]  # PatientAddress
(0020,000d) UI [1.2.410.200013.1.215.1.20250418113200001]""",
    [(PER, "CHOI^YOUNGSOO"), (PER, "MOON^HAEUN"), (LOC, "Daegu Suseong-gu Dongdaegu-ro 23")],
)

# ================================================================ positives: 법원·법무
# 형사 합의서 — 합의금 계좌, 문장 다듬기
v1, v2, v3, v4 = rr("930815", 1), rr("010307", 3), acct("하나"), mob()
add(
    "ko",
    P,
    f"""합의서 문구를 법률 문서답게 다듬어줘. 처벌불원 문구 꼭 넣고.

합 의 서
피해자: 구태현 ({v1}), 연락처 {v4}
가해자: 김도율 ({v2})
사건: 2025. 4. 12. 23시경 서울 마포구 소재 주점 앞 폭행
합의금: 금 삼백만 원, 2025. 6. 10.까지 피해자 명의 하나은행 {v3}로 입금
피해자 구태현은 가해자 김도율의 처벌을 원하지 않습니다.""",
    [(PER, "구태현"), (RRN, v1), (PH, v4), (PER, "김도율"), (RRN, v2), (ACC, v3), (PER, "구태현"), (PER, "김도율")],
)

# 가정폭력 피해자보호명령 청구 — 주소 비공개 요청 (짧은 메모)
add(
    "ko",
    P,
    "피해자보호명령 청구서에 피해자 현 거주지(충청북도 청주시 흥덕구 2순환로 1170, 608호)를 적지 않고 송달장소를 상담소로 하는 방법이 있는지, 청구인 진하늘 씨에게 설명할 문장으로 써줘. 상대방은 배우자 선대호.",
    [(LOC, "충청북도 청주시 흥덕구 2순환로 1170, 608호"), (PER, "진하늘"), (PER, "선대호")],
)

# 성년후견개시 심판청구 — 당사자 표시
v1, v2 = rr("410928", 1), rr("710504", 2)
add(
    "ko",
    P,
    f"""성년후견개시 심판청구서의 '당사자의 표시' 부분을 법원 양식에 맞게 써줘.
청구인: 옥은정 ({v2}), 사건본인의 딸, 주소 서울특별시 강동구 천호대로 1095, 5층 502호
사건본인: 옥만석 ({v1}), 주소 같은 곳, 현재 요양병원 입원
후견인 후보자: 청구인""",
    [(PER, "옥은정"), (RRN, v2), (LOC, "서울특별시 강동구 천호대로 1095, 5층 502호"), (PER, "옥만석"), (RRN, v1)],
)

# 상속 한정승인 심판청구 — 상속인 표 (markdown)
v1, v2, v3, v4 = rr("480312", 1), rr("750620", 2), rr("770911", 1), rr("811130", 1)
add(
    "ko",
    P,
    f"""한정승인 청구서 첨부용 상속인 목록이야. 표를 '피상속인과의 관계' 순서(배우자-자녀)로 다시 정렬해줘.

| 성명 | 주민등록번호 | 관계 |
|---|---|---|
| 변지훈 | {v3} | 자녀 |
| 변수경 | {v2} | 자녀 |
| 변민호 | {v4} | 자녀 |

피상속인: 변상철 ({v1}), 2025. 2. 3. 사망, 배우자 선사망""",
    [(PER, "변지훈"), (RRN, v3), (PER, "변수경"), (RRN, v2), (PER, "변민호"), (RRN, v4), (PER, "변상철"), (RRN, v1)],
)

# 법무사 사무소 — 소유권이전등기 신청정보 (지번 주소)
v1, v2 = rr("690222", 1), rr("880707", 2)
add(
    "ko",
    P,
    f"""등기신청서 초안이야. 부동산 표시랑 등기의무자/권리자 표시가 양식에 맞는지 봐줘.

부동산의 표시: 경기도 양평군 서종면 문호리 651-7 대 412㎡
등기원인: 2025년 5월 30일 매매
등기의무자: 탁영길 ({v1}) 서울특별시 성북구 보문로 168, 1102호
등기권리자: 노하은 ({v2}) 경기도 하남시 미사강변한강로 220, 2103동 1504호""",
    [
        (LOC, "경기도 양평군 서종면 문호리 651-7"),
        (PER, "탁영길"),
        (RRN, v1),
        (LOC, "서울특별시 성북구 보문로 168, 1102호"),
        (PER, "노하은"),
        (RRN, v2),
        (LOC, "경기도 하남시 미사강변한강로 220, 2103동 1504호"),
    ],
)

# 교정시설 접견 예약 — 카톡 대화 (가족)
v1, v2 = mob(), rr("970125", 2)
add(
    "ko",
    P,
    f"""접견 예약 문의 카톡인데 답변 정리해줘 (스마트접견 vs 일반접견 차이 포함).

[변호사사무실 사무장] 안녕하세요 접견 예약 도와드릴게요
[지예나] 네 동생 지민혁 면회 가려구요. 수용번호는 2814 입니다
[지예나] 제 주민번호 {v2} 필요하다고 해서 보내요
[지예나] 연락처는 {v1}""",
    [(PER, "지예나"), (PER, "지민혁"), (PER, "지예나"), (RRN, v2), (PER, "지예나"), (PH, v1)],
)

# 국선변호인 선정청구서 — 영문 번역 (외국인 피고인)
v1, v2 = ar("860514", 5), mob()
add(
    "mixed",
    P,
    f"""다음 국선변호인 선정청구서를 영어로 번역해서 피고인에게 설명해줘.

사건: 2025고단1432 사기
피고인: Rustam Yusupov (외국인등록번호 {v1})
주거: 경기도 안산시 단원구 원곡로 54, 302호
청구 사유: 통역 필요, 경제적 사정으로 변호인 선임 불가
피고인 연락처: {v2}""",
    [(PER, "Rustam Yusupov"), (ARN, v1), (LOC, "경기도 안산시 단원구 원곡로 54, 302호"), (PH, v2)],
)


# ================================================================ positives: 군
# 부사관 지원서 — 지원서 검토 (이메일·주소·주민번호)
v1, v2, v3 = rr("040812", 3), mob(), "dh.kang" + dg(4) + "@naver.com"
add(
    "ko",
    P,
    f"""부사관 지원서 인적사항인데 오타 있는지 확인하고 면접 안내 문자 써줘.

지원자: 강도훈 / 생년월일 2004.08.12 / 주민등록번호 {v1}
주소: 경상북도 포항시 북구 양덕로 41, 107동 803호
연락처: {v2} / 이메일: {v3}
지원 병과: 정보통신  / 자격: 정보처리기능사""",
    [(PER, "강도훈"), (RRN, v1), (LOC, "경상북도 포항시 북구 양덕로 41, 107동 803호"), (PH, v2), (MAIL, v3)],
)

# 장병 휴가 복귀 지연 보고 — 계급은 스팬 밖
v1 = mob()
add(
    "ko",
    P,
    f"""당직 보고서 문장 다듬어줘.
"금일 21:00 복귀 예정이던 상병 남궁현 휴가 복귀 지연. 21:20 부친 남궁태섭 씨({v1})와 통화, 본인 KTX 지연(대전역 선로 장애)으로 23:00 도착 예정. 남궁 상병 본인 통화 완료. 중대장 보고 21:25." """,
    [(PER, "남궁현"), (PER, "남궁태섭"), (PH, v1), (PER, "남궁")],
)

# 군 급식 납품업체 계약 — 계약 상대방 표시 (법인·사업자·계좌)
v1, v2, v3, v4 = cr("171211"), bz(), acct("기업"), land("054")
add(
    "ko",
    P,
    f"""부식 납품 계약서 '계약상대자' 란을 채워줘.
상호: 농업회사법인 주식회사 청송푸드
법인등록번호: {v1} / 사업자등록번호: {v2}
대표이사: 경두식
소재지: 경상북도 청송군 청송읍 금월로 236
대금 입금계좌: IBK기업은행 {v3}
담당 연락처: {v4}""",
    [(CRN, v1), (BRN, v2), (PER, "경두식"), (LOC, "경상북도 청송군 청송읍 금월로 236"), (ACC, v3), (PH, v4)],
)

# 함정 비상연락망 — 엑셀 붙여넣기, 부서별로
v1, v2, v3, v4 = mob(), mob(), mob(), mob()
add(
    "ko",
    P,
    f"""비상연락망 부서별로 다시 묶어줘 (갑판/기관/전투정보).
직책	계급	성명	휴대폰
갑판장	상사	모재형	{v1}
기관장	대위	탁성은	{v2}
전투정보관	중위	은가람	{v3}
갑판부	하사	인태웅	{v4}""",
    [(PER, "모재형"), (PH, v1), (PER, "탁성은"), (PH, v2), (PER, "은가람"), (PH, v3), (PER, "인태웅"), (PH, v4)],
)

# 전역예정 장병 취업지원 — 기업 매칭 메일 (혼합)
v1, v2 = "hyunwoo.pyo" + dg(2) + "@gmail.com", mob()
add(
    "mixed",
    P,
    f"""Please turn these notes into a short English intro e-mail to the hiring manager at Hanwha Ocean.

전역예정: 2025.9. / 표현우 중사 (장기복무 7년, 함정 기관 정비)
자격: 가스터빈 정비 경력, 기관정비기능사
희망: 거제 조선소 시운전팀
contact: {v1}, {v2}""",
    [(PER, "표현우"), (MAIL, v1), (PH, v2)],
)

# ================================================================ positives: 공공요금·유틸리티
# 도시가스 전입 안전점검 예약 — 문자 답장 (짧음)
v1 = mob()
add(
    "ko",
    P,
    f'고객 문자에 답장 써줘: "세종특별자치시 한누리대로 2130, 1708호로 이사 왔어요. 가스 개통 점검 토요일 오전 되나요? 설다희 {v1}"',
    [(LOC, "세종특별자치시 한누리대로 2130, 1708호"), (PER, "설다희"), (PH, v1)],
)

# 한전 전기요금 복지할인 — 대가족 할인 신청 (가족관계)
v1, v2, v3 = rr("800129", 1), rr("821215", 2), land("061")
add(
    "ko",
    P,
    f"""복지할인 신청 내용 보고 어떤 할인(대가족/출산가구/다자녀) 대상인지 판단해줘.
신청인(세대주): 방준혁 {v1}
배우자: 엄소라 {v2}
자녀: 2011년생, 2014년생, 2019년생
설치장소: 전라남도 순천시 연향번영길 62
연락: {v3}""",
    [(PER, "방준혁"), (RRN, v1), (PER, "엄소라"), (RRN, v2), (LOC, "전라남도 순천시 연향번영길 62"), (PH, v3)],
)

# 케이블TV 해지 상담 STT — 위약금, 환불 계좌
v1, v2 = mob(), acct("부산")
add(
    "ko",
    P,
    f"""STT 원문 정리해서 해지 처리 요청 티켓으로 만들어줘.

[상담원] 네 해지 접수 도와드리겠습니다. 가입자 성함이요?
[고객] 윤슬기요. 윤슬기.
[상담원] 등록된 번호로 본인 확인할게요.
[고객] {v1}
[상담원] 네 확인됐습니다. 약정이 4개월 남아서 위약금 이만 삼천 원 나오고요, 선납 요금 환불은 계좌로 해드려요.
[고객] 부산은행 {v2}로 주세요.""",
    [(PER, "윤슬기"), (PER, "윤슬기"), (PH, v1), (ACC, v2)],
)

# 태양광 발전사업 허가 신청 — 법인 표시, 설치 지번 (짧은 표)
v1, v2 = cr("160111"), bz()
add(
    "ko",
    P,
    f"""발전사업 허가신청서 요약표를 만들어줘.
신청인: (주)솔바람에너지, 법인등록번호 {v1}, 사업자 {v2}, 대표 위태섭
설비 위치: 충청남도 서산시 대산읍 화곡리 188-3 외 2필지
설비 용량: 2,980kW (지붕형 아님, 지상형)""",
    [(CRN, v1), (BRN, v2), (PER, "위태섭"), (LOC, "충청남도 서산시 대산읍 화곡리 188-3")],
)

# ================================================================ positives: 금융
# 신용카드 부정사용 이의제기 — 영문 고객 메일
v1, v2, v3 = cc("54"), "+1 415-" + fmt("MNN-NNNN"), "ethan.marchetti" + dg(2) + "@outlook.com"
add(
    "en",
    P,
    f"""Summarise this dispute for the fraud team ticket (date, amounts, card, what the customer wants).

Hi, I'm Ethan Marchetti. While travelling in Busan last week my Mastercard {v1} was charged three times at an online electronics store I have never used (KRW 1,290,000 each, 28 May). I still have the card with me. Please block it and send a replacement to my US address, 2150 Lombard St Apt 4, San Francisco, CA 94123. Call me on {v2} or write to {v3}.""",
    [
        (PER, "Ethan Marchetti"),
        (CARD, v1),
        (LOC, "2150 Lombard St Apt 4, San Francisco, CA 94123"),
        (PH, v2),
        (MAIL, v3),
    ],
)

# 자동차 할부금융 심사 — 운전면허 진위확인, 주민번호, 자동이체
v1, v2, v3 = rr("910603", 1), dl("대전"), acct("신협")
add(
    "ko",
    P,
    f"""할부 심사 메모를 심사역 의견서 문장으로 바꿔줘.
신청인 도현준 ({v1}), 재직 4년(중소 제조), 연소득 4,100만.
운전면허 {v2} 진위확인 일치. 차량: 신차 SUV, 차량가 3,980만, 선수금 20%.
자동이체: 신협 {v3}. 기존 대출 카드론 1건 (잔액 320만).""",
    [(PER, "도현준"), (RRN, v1), (DLIC, v2), (ACC, v3)],
)

# 증권사 비대면 계좌개설 — 신분증 진위확인 API 로그 (운전면허 2건)
v1, v2, v3, v4 = dl("경기"), dl("부산"), pub_ip(), pub_ip()
add(
    "mixed",
    P,
    f"""비대면 계좌개설 실패 로그야. 두 건 다 진위확인에서 막혔는데 원인이 뭔지 설명해줘.

2025-06-02T10:14:08.331+09:00 INFO  [idv] req_id=8f2c1 type=DRIVER_LICENSE name=채나래 license_no={v1} issue_date=2019-11-04 client_ip={v3}
2025-06-02T10:14:09.902+09:00 WARN  [idv] req_id=8f2c1 result=MISMATCH field=issue_date code=E102
2025-06-02T10:21:44.017+09:00 INFO  [idv] req_id=90ab4 type=DRIVER_LICENSE name=여준서 license_no={v2} issue_date=2024-02-19 client_ip={v4}
2025-06-02T10:21:45.120+09:00 WARN  [idv] req_id=90ab4 result=LOST_OR_STOLEN code=E207""",
    [(PER, "채나래"), (DLIC, v1), (IP, v3), (PER, "여준서"), (DLIC, v2), (IP, v4)],
)

# 전월세 계약서 — 공인중개사, 임대인·임차인·보증금 계좌
v1, v2, v3, v4 = rr("620403", 1), rr("970819", 2), acct("우리"), bz()
add(
    "ko",
    P,
    f"""전세계약서 특약사항 초안 검토해줘. 임차인에게 불리한 문구 있으면 고쳐줘.

소재지: 서울특별시 관악구 봉천로 477, 3층 302호
임대인: 공태수 ({v1}) / 임차인: 라서연 ({v2})
보증금: 금 이억삼천만 원 — 잔금은 임대인 명의 우리은행 {v3}로 송금
중개사무소: 햇살공인중개사사무소 (사업자 {v4}), 대표 공인중개사 경미란
특약: 1. 임대인은 잔금일 익일까지 근저당을 말소한다. 2. 도배는 임차인 부담으로 한다.""",
    [
        (LOC, "서울특별시 관악구 봉천로 477, 3층 302호"),
        (PER, "공태수"),
        (RRN, v1),
        (PER, "라서연"),
        (RRN, v2),
        (ACC, v3),
        (BRN, v4),
        (PER, "경미란"),
    ],
)

# 카드 가맹점 신청 — 심사 반려 사유 안내 (짧음)
v1, v2 = bz(), mob()
add(
    "ko",
    P,
    f"가맹점 심사 반려 안내 문자 써줘. 사업자 {v1} (꽃길플라워, 대표 하은결), 반려 사유는 사업장 실사 시 간판 미부착. 대표 번호 {v2}.",
    [(BRN, v1), (PER, "하은결"), (PH, v2)],
)

# 세무사 사무소 종합소득세 — 부양가족 자녀(2022년생, 2020.10. 이후 번호)
v1, v2, v3, v4, v5 = rr("840917", 1), bz(), rn("220131", 4), rr("860205", 2), acct("국민")
add(
    "ko",
    P,
    f"""종소세 신고 고객 자료 정리해서 누락 확인 체크리스트 만들어줘.

고객: 노승철 ({v1}), 개인사업자 {v2} (인테리어 시공)
부양가족: 배우자 구하영 ({v4}), 자녀 노아린 ({v3})
환급 계좌: 국민 {v5}
기타: 노란우산공제 납입액 확인 필요, 사업용 카드 등록 여부 확인""",
    [(PER, "노승철"), (RRN, v1), (BRN, v2), (PER, "구하영"), (RRN, v4), (PER, "노아린"), (RRN, v3), (ACC, v5)],
)

# 노무사 사무소 4대보험 취득신고 — EDI 업로드 CSV
rows4 = [("사재윤", rr("000523", 3), "2025-06-01"), ("표나경", rr("980714", 2), "2025-06-09")]
v1 = bz()
add(
    "ko",
    P,
    f"사업장 {v1} 4대보험 취득신고 EDI 업로드 파일이야. 취득일이 월중인 사람 건강보험료 첫 달 부과 여부 설명해줘.\n성명,주민등록번호,취득일,월보수\n"
    + "\n".join(f"{a},{b},{c},2650000" for a, b, c in rows4),
    [(BRN, v1)] + [x for a, b, _c in rows4 for x in ((PER, a), (RRN, b))],
)

# 급여 이체 고정길이 파일 — 파싱 코드 요청
rows5 = [
    ("고은별", "004", acct("국민", plain=True)),
    ("반태호", "088", acct("신한", plain=True)),
    ("여소민", "020", acct("우리", plain=True)),
]
add(
    "mixed",
    P,
    "급여 이체 파일(고정길이)인데 이걸 pandas로 읽는 코드 짜줘. 성명 10바이트(EUC-KR), 은행코드 3, 공백 1, 계좌 16, 금액 13.\n\n"
    + "\n".join(f"{n}    {b} {a:<16}{'0000003412000'}" for n, b, a in rows5),
    [x for n, _b, a in rows5 for x in ((PER, n), (ACC, a))],
)

# 캐피탈 리스 계약 — 법인 고객 (짧은 영문 요약 요청)
v1, v2, v3 = cr("194211"), bz(), "finance@sejin-precision.co.kr"
add(
    "mixed",
    P,
    f"""리스 계약 정보 영어 요약해서 본사(홍콩) 보고용으로 써줘.
리스이용자: 세진정밀 주식회사 (법인 {v1} / 사업자 {v2})
대표이사 소재영, 담당 재무팀 {v3}
물건: 5축 머시닝센터 2대, 리스기간 48개월, 월 리스료 6,840,000원""",
    [(CRN, v1), (BRN, v2), (PER, "소재영"), (MAIL, v3)],
)

# 채권추심 위임 — 채무자 정보 (주소·전화)
v1, v2 = mob(), rr("790712", 1)
add(
    "ko",
    P,
    f"""추심 위임 건 요약해서 현장 담당자한테 보낼 메모로 써줘. 공정채권추심법상 야간(21시~8시) 방문 금지도 같이 적어줘.
채무자: 천동규 ({v2})
주소: 제주특별자치도 제주시 연북로 355, 201호
연락처: {v1}
채권: 물품대금 1,870만 원, 지급명령 확정""",
    [(PER, "천동규"), (RRN, v2), (LOC, "제주특별자치도 제주시 연북로 355, 201호"), (PH, v1)],
)


# ================================================================ positives: 유통·서비스
# 백화점 VIP 라운지 — 초청 명단, 카드 (결제수단 등록)
v1, v2, v3, v4 = mob(), cc("4", sep=" "), mob(), cc("53", sep=" ")
add(
    "ko",
    P,
    f"""VIP 초청 행사 명단이야. 발레파킹 필요한 사람만 뽑아서 주차팀 전달용 목록 만들어줘 (카드번호는 빼고).

1. 선혜린 님 / {v1} / 등록카드 {v2} / 발레파킹 O / 동반 1
2. 도준영 님 / {v3} / 등록카드 {v4} / 발레파킹 X / 동반 2""",
    [(PER, "선혜린"), (PH, v1), (CARD, v2), (PER, "도준영"), (PH, v3), (CARD, v4)],
)

# 시내 면세점 — 출국 정보 오류 (한국 여권, 편명은 라벨 없음)
v1, v2 = pp(), mob()
add(
    "ko",
    P,
    f"""고객 문의 답변 써줘. 출국정보 수정은 출국 3시간 전까지 가능하다는 내용.
"면세점에서 산 물건 인도장 수령하려는데 여권번호를 잘못 입력했어요. 제대로 된 번호는 {v1}이고 이름은 추서윤입니다. 출국은 6/18 OZ742 인천 출발이에요. 연락은 {v2}" """,
    [(PASS, v1), (PER, "추서윤"), (PH, v2)],
)

# 제주 렌터카 — 계약서 스캔 OCR (면허번호 지역명 포함형)
v1, v2, v3 = dl("서울", named=True), mob(), cc("9", sep="-")
add(
    "ko",
    P,
    f"""렌터카 계약서 OCR 결과야. 제2운전자 면허 정보가 빠졌는지 봐주고, 반납 안내 문자 써줘.

[자동차 대여 계약서]
제1운전자  성명: 봉하진   면허번호: {v1}   종별: 1종 보통
           연락처: {v2}
제2운전자  성명: 국지호   면허번호: (미기재)
결제  카드: {v3}  승인번호 30127744
대여기간 2025.07.11 09:00 ~ 07.14 18:00 / 차종: 아반떼 CN7 (번호판 하허 1284)""",
    [(PER, "봉하진"), (DLIC, v1), (PH, v2), (PER, "국지호"), (CARD, v3)],
)

# 전동킥보드 공유 앱 — 면허 인증 실패 CS 메일
v1, v2 = dl("충남"), "minjae_j" + dg(3) + "@naver.com"
add(
    "ko",
    P,
    f"""이 CS 메일에 답장 써줘. 원동기 면허 이상 필요하고, 진위확인 실패 시 재촬영 방법 안내.

> 면허 인증이 계속 실패합니다. 면허번호 {v1} 제 이름은 제갈민재예요. 회신은 {v2}로 주세요.""",
    [(DLIC, v1), (PER, "제갈민재"), (MAIL, v2)],
)

# 이사 견적 카톡 — 출발지/도착지, 날짜
v1 = mob()
add(
    "ko",
    P,
    f"""카톡 대화 보고 견적서 항목(출발지, 도착지, 층수, 사다리차 여부) 뽑아줘.

[고객 어지완] 안녕하세요 7월 5일 이사 견적 부탁드려요
[고객 어지완] 출발: 서울특별시 노원구 동일로 1414, 9동 504호 (엘리베이터 없음 5층)
[고객 어지완] 도착: 경기도 의정부시 민락로 220, 3205동 1102호
[사장님] 네 사다리차 필요하겠네요. 방문견적 가능하실까요?
[고객 어지완] 네 {v1} 로 연락 주세요""",
    [
        (PER, "어지완"),
        (PER, "어지완"),
        (LOC, "서울특별시 노원구 동일로 1414, 9동 504호"),
        (PER, "어지완"),
        (LOC, "경기도 의정부시 민락로 220, 3205동 1102호"),
        (PER, "어지완"),
        (PH, v1),
    ],
)

# 인테리어 시공 계약 — 계약금 계좌, 사업자, 현장 주소
v1, v2, v3 = bz(), acct("케이뱅크"), mob()
add(
    "ko",
    P,
    f"""인테리어 공사 계약서 빠진 조항 있는지 봐줘 (하자보수 기간, 지체상금 등).
시공사: 온결디자인 (사업자 {v1}) 대표 마태준 {v3}
현장: 경기도 고양시 일산동구 장항로 305, 704동 2101호
계약금 10%: 케이뱅크 {v2} (예금주 마태준)
공사기간: 8/1~8/24, 총액 4,620만 원""",
    [
        (BRN, v1),
        (PER, "마태준"),
        (PH, v3),
        (LOC, "경기도 고양시 일산동구 장항로 305, 704동 2101호"),
        (ACC, v2),
        (PER, "마태준"),
    ],
)

# 골프장 예약 — 외국인 주재원 그룹 (영문 메일)
v1, v2 = mob(), "+44 7700 " + fmt("NNNNNN")
add(
    "en",
    P,
    f"""Confirm this tee-time booking in a short reply and mention the caddie fee is paid on site in cash or card.

Booking for Sat 14 June, 07:20, 4 players:
- Matteo Ferraro (host) - mobile {v1}
- Ingrid Solberg
- Declan Whitcombe - UK mobile {v2}
- Cha Jun-seo (our Seoul colleague)
Carts x1, caddie x1. Please invoice Matteo.""",
    [
        (PER, "Matteo Ferraro"),
        (PH, v1),
        (PER, "Ingrid Solberg"),
        (PER, "Declan Whitcombe"),
        (PH, v2),
        (PER, "Cha Jun-seo"),
        (PER, "Matteo"),
    ],
)

# 미용실 고객관리 — 예약 앱 메모 내보내기
v1, v2, v3 = mob(), mob(), mob()
add(
    "ko",
    P,
    f"""고객 메모 보고 이번 주 재방문 알림 문자 대상만 뽑아줘 (지난 시술 6주 지난 사람).

고객명 | 연락처 | 마지막 방문 | 메모
나윤서 | {v1} | 2025-04-19 | 뿌리염색, 두피 민감
공하람 | {v2} | 2025-05-24 | 펌 (매직셋팅)
탁예준 | {v3} | 2025-04-26 | 커트, 아이(탁서우) 같이 옴""",
    [(PER, "나윤서"), (PH, v1), (PER, "공하람"), (PH, v2), (PER, "탁예준"), (PH, v3), (PER, "탁서우")],
)

# 정수기 렌탈 — 설치 주소, 카드 자동납부, 상담 메모
v1, v2 = cc("37", (4, 6, 5)), mob()
add(
    "ko",
    P,
    f"""렌탈 접수 메모를 설치기사 배정용 요약으로 바꿔줘.
고객 변소희, {v2}, 광주광역시 서구 상무중앙로 110, 1203호
제품: 냉온정수기 (직수형), 36개월 약정
자동납부: 아멕스 {v1}
방문 희망: 평일 19시 이후""",
    [(PER, "변소희"), (PH, v2), (LOC, "광주광역시 서구 상무중앙로 110, 1203호"), (CARD, v1)],
)

# 중고차 매매상사 — 매도인 서류, 대금 계좌
v1, v2, v3 = rr("760330", 1), acct("광주"), mob()
add(
    "ko",
    P,
    f"""매입 서류 체크리스트 만들어줘 (인감증명서 용도 '자동차 매도용' 확인 포함).
매도인: 편상훈 ({v1}), {v3}
차량: 2019 그랜저 IG, 주행 8.4만 km
매입대금 입금: 광주은행 {v2} (편상훈)""",
    [(PER, "편상훈"), (RRN, v1), (PH, v3), (ACC, v2), (PER, "편상훈")],
)

# 한복 대여점 예약 — 일본인 관광객 영문 문자 (혼합)
v1, v2 = "+81 90-" + fmt("NNNN-NNNN"), mob()
add(
    "mixed",
    P,
    f"""아래 예약 문자를 한국어로 번역하고 예약 확인 답장(영어)도 써줘.
"Hello, this is Yuki Tanabe. I'd like to book hanbok rental for two people on 21 June, 10am, at your Bukchon shop, with hair styling. My Japanese number is {v1}. My Korean friend Jang Hye-rin will pay the deposit, her number is {v2}." """,
    [(PER, "Yuki Tanabe"), (PH, v1), (PER, "Jang Hye-rin"), (PH, v2)],
)

# ================================================================ positives: 제조
# 반도체 클린룸 협력사 출입 신청 — 명단 표
v1, v2, v3, v4 = bz(), mob(), mob(), mob()
add(
    "ko",
    P,
    f"""출입 신청 명단 보고 방진복 사이즈별 수량 집계해줘.
협력사: 대일클린텍 (사업자 {v1})
| 성명 | 연락처 | 방진복 | 작업 |
|---|---|---|---|
| 원태식 | {v2} | L | FFU 필터 교체 |
| 계승민 | {v3} | XL | 덕트 점검 |
| 옥하늘 | {v4} | M | 입자 측정 |""",
    [(BRN, v1), (PER, "원태식"), (PH, v2), (PER, "계승민"), (PH, v3), (PER, "옥하늘"), (PH, v4)],
)

# 임상시험 동의서 — 피험자 연락처·건강보험 (스크리닝 번호는 라벨 없음)
v1, v2 = hi(), mob()
add(
    "ko",
    P,
    f"""동의서 사본 정보를 eCRF가 아니라 별도 식별코드표(연구자 보관용)에만 남기려고 해. 표 양식 만들어줘.
스크리닝번호 S-017 / 피험자 성명 인은주 / 건강보험 {v1} / 연락처 {v2}
동의 취득자: 연구간호사 반예지 / 취득일 2025-05-27""",
    [(PER, "인은주"), (HINS, v1), (PH, v2), (PER, "반예지")],
)

# 철강 협력사 대금 지급 — 법인·사업자·계좌 (메일)
v1, v2, v3, v4 = cr("284411"), bz(), acct("농협"), "ar@hyosungsteel-sub.kr"
add(
    "ko",
    P,
    f"""협력사 메일에 답장 써줘. 지급계좌 변경은 통장 사본과 법인인감 날인 공문이 필요하다고.

보낸사람: {v4}
협력사 (주)한결스틸 (법인 {v1}, 사업자 {v2}) 입니다. 6월분 대금부터 지급계좌를 농협 {v3}로 변경 요청드립니다. 담당 재무팀 옥세린.""",
    [(MAIL, v4), (CRN, v1), (BRN, v2), (ACC, v3), (PER, "옥세린")],
)

# 배터리 공장 특수건강진단 — 외국인 근로자 대상자 명단 (혼합)
v1, v2, v3 = ar("990812", 5), ar("010405", 7), ar("970223", 6)
add(
    "mixed",
    P,
    f"""특수건강진단(유기용제·NMP) 대상자 명단이야. 검진일별로 묶고, 공복 유지 안내를 쉬운 영어로 써줘.
6/24(화) 08:30 전극 2공정: Akmal Tursunov ({v1}), Jasur Ergashev ({v2})
6/25(수) 08:30 조립 1공정: Maria Cristina Dela Cruz ({v3})
담당: 보건관리자 위정숙 (내선 4417)""",
    [
        (PER, "Akmal Tursunov"),
        (ARN, v1),
        (PER, "Jasur Ergashev"),
        (ARN, v2),
        (PER, "Maria Cristina Dela Cruz"),
        (ARN, v3),
        (PER, "위정숙"),
    ],
)

# 공장 통근버스 운수사 — 기사 변경 통보 (면허번호)
v1, v2 = dl("울산"), mob()
add(
    "ko",
    P,
    f"통근버스 2호차 기사 변경 통보 공문 써줘. 신규 기사 류강석(대형면허 {v1}, 연락처 {v2}), 7월 1일부터, 운수사는 태화관광.",
    [(PER, "류강석"), (DLIC, v1), (PH, v2)],
)

# 관세사 사무소 — 수출신고 위임 (법인, 담당자 이메일)
v1, v2, v3, v4 = cr("110114"), bz(), "export." + dg(2) + "@greenmotion.kr", land("02")
add(
    "mixed",
    P,
    f"""수출신고 위임 정보를 영문 commercial invoice 상단(Shipper 칸)용으로 바꿔줘.
수출자: 그린모션 유한회사 (Green Motion Ltd.) 법인 {v1} / 사업자 {v2}
주소: 서울특별시 금천구 가산디지털1로 168, A동 1107호
담당: 해외영업팀 차윤지 {v4} / {v3}""",
    [
        (CRN, v1),
        (BRN, v2),
        (LOC, "서울특별시 금천구 가산디지털1로 168, A동 1107호"),
        (PER, "차윤지"),
        (PH, v4),
        (MAIL, v3),
    ],
)

# 설비 작업허가서 — 화기작업, 감시인
v1, v2 = mob(), mob()
add(
    "ko",
    P,
    f"""화기작업 허가서 내용으로 TBM(작업 전 안전회의) 멘트 써줘.
작업: 2라인 배관 용접 (6/19 13:00~17:00)
작업자: 소병철(용접), 감시인: 하태원
비상연락: 안전관리자 길수아 {v1}, 협력사 현장소장 소병철 {v2}""",
    [(PER, "소병철"), (PER, "하태원"), (PER, "길수아"), (PH, v1), (PER, "소병철"), (PH, v2)],
)

# ================================================================ positives: 물류
# 화물 배차 — 기사 면허·연락처 (배차표)
v1, v2, v3, v4 = dl("전북"), mob(), dl("경기북부"), mob()
add(
    "ko",
    P,
    f"""내일 배차표 시간순으로 정렬해줘.
05:30 평택항 → 전주 산단 / 25톤 윙바디 / 기사 석용진 / 면허 {v1} / {v2}
04:50 의왕ICD → 파주 물류센터 / 11톤 / 기사 국대현 / 면허 {v3} / {v4}""",
    [(PER, "석용진"), (DLIC, v1), (PH, v2), (PER, "국대현"), (DLIC, v3), (PH, v4)],
)

# 퀵서비스 — 접수 내역 (출발/도착)
v1, v2 = land("02"), mob()
add(
    "ko",
    P,
    f"""퀵 접수 내역을 기사님 전달 문자로 짧게.
픽업: 서울특별시 중구 세종대로 136, 12층 (법무팀 진다현 {v1})
도착: 서울특별시 서초구 서초중앙로 157, 3층 (수령 모세훈 {v2})
물품: 서류 봉투 1, 오토바이""",
    [
        (LOC, "서울특별시 중구 세종대로 136, 12층"),
        (PER, "진다현"),
        (PH, v1),
        (LOC, "서울특별시 서초구 서초중앙로 157, 3층"),
        (PER, "모세훈"),
        (PH, v2),
    ],
)

# 해외직구 통관 보류 — 수취인 정보 (통관고유부호·운송장은 라벨 없음)
v1 = mob()
add(
    "ko",
    P,
    f"""통관 보류 안내 문자 써줘 (목록통관 → 일반수입신고 전환, 관부가세 예상액 포함).
운송장 6891 2033 4471 / 수취인 엄세아 / 개인통관고유부호 P240011837265 / {v1}
주소 인천광역시 연수구 송도과학로 85, 1803호
품목: 캠핑용 가스랜턴 (USD 212.00)""",
    [(PER, "엄세아"), (PH, v1), (LOC, "인천광역시 연수구 송도과학로 85, 1803호")],
)

# 선하증권 B/L 초안 (영문) — shipper/consignee 연락처
v1, v2 = "+82-51-" + fmt("MNN-NNNN"), "+1-562-" + fmt("MNN-NNNN")
add(
    "en",
    P,
    f"""Check this draft B/L for typos before we release it.

SHIPPER: DAEHWA MARINE PARTS CO., LTD.
  88 Noksansaneop-jungro, Gangseo-gu, Busan 46752, KOREA
  ATTN: MS. SO YE-JIN  TEL {v1}
CONSIGNEE: PACIFIC HARBOR SUPPLY INC.
  1420 W Anaheim St, Long Beach, CA 90813, USA
  ATTN: MR. RAFAEL OROZCO  TEL {v2}
NOTIFY PARTY: SAME AS CONSIGNEE
PORT OF LOADING: BUSAN, KOREA   PORT OF DISCHARGE: LONG BEACH, CA""",
    [
        (LOC, "88 Noksansaneop-jungro, Gangseo-gu, Busan 46752"),
        (PER, "SO YE-JIN"),
        (PH, v1),
        (LOC, "1420 W Anaheim St, Long Beach, CA 90813"),
        (PER, "RAFAEL OROZCO"),
        (PH, v2),
    ],
)

# 해외이사 — 영문 인벤토리 커버 메일 (한국 여권, 두 나라 주소)
v1, v2 = pp("M"), "hyejin.won" + dg(2) + "@gmail.com"
add(
    "en",
    P,
    f"""Polish this cover note for the customs broker in Vancouver.

Shipper: Won Hye-jin (Korean passport {v1}), moving from 1203, 45 Seongsuil-ro, Seongdong-gu, Seoul 04779 to 2207-1155 Seymour St, Vancouver, BC V6B 0G1. Used household goods only, no alcohol. Please contact her at {v2}.""",
    [
        (PER, "Won Hye-jin"),
        (PASS, v1),
        (LOC, "1203, 45 Seongsuil-ro, Seongdong-gu, Seoul 04779"),
        (LOC, "2207-1155 Seymour St, Vancouver, BC V6B 0G1"),
        (MAIL, v2),
    ],
)


# ================================================================ positives: 관광·여행
# 템플스테이 참가자 — 여행자보험 가입용 명단 (짧은 표)
v1, v2, v3 = rr("950130", 2), rr("930708", 1), mob()
add(
    "ko",
    P,
    f"""템플스테이 1박2일 참가자 보험 가입 명단이야. 보험사 양식(성명/주민번호/연락처) 순서로 바꿔줘.
- 신도윤, 연락처 {v3}, 주민 {v2}
- 함서아, 주민 {v1} (연락처는 신도윤과 동일)""",
    [(PER, "신도윤"), (PH, v3), (RRN, v2), (PER, "함서아"), (RRN, v1), (PER, "신도윤")],
)

# 리조트 회원권 명의변경 — 개인 → 법인
v1, v2, v3 = rr("681215", 1), cr("110111"), acct("신한")
add(
    "ko",
    P,
    f"""회원권 명의변경 신청서 검토해줘. 양수 법인 쪽 서류(등기부등본, 사용자 지정서) 빠진 게 있는지.
양도인: 은기철 ({v1})
양수인: 주식회사 푸른솔산업 (법인등록번호 {v2}), 지정 사용자 대표이사 은민채
명의변경 수수료 입금: 신한 {v3}""",
    [(PER, "은기철"), (RRN, v1), (CRN, v2), (PER, "은민채"), (ACC, v3)],
)

# 여행사 단체 패키지 — 여권 명단 (구형·신형 여권번호 혼재)
pps = [
    ("KOOK JIYUL", "국지율", pp()),
    ("PYO SEOYOON", "표서윤", pp_new()),
    ("MO JAEHYUK", "모재혁", pp_new()),
    ("MO HAEUN", "모하은", pp()),
    ("WI DOYEON", "위도연", pp_new()),
]
add(
    "mixed",
    P,
    "항공사 단체 PNR에 넣을 APIS 명단이야. 여권 영문명이랑 한글명 대조해서 순서대로 SURNAME/GIVEN 형식으로 바꿔줘.\n\nNo | 영문명 | 한글명 | 여권번호 | 만료일\n"
    + "\n".join(f"{i + 1} | {e} | {k} | {p} | 20{30 + i}-0{i + 3}-15" for i, (e, k, p) in enumerate(pps)),
    [x for e, k, p in pps for x in ((PER, e), (PER, k), (PASS, p))],
)

# 항공 수하물 지연 — PIR 요약 (영문)
v1, v2 = mob(), "+61 4" + fmt("NN NNN NNN")
add(
    "en",
    P,
    f"""Turn this Property Irregularity Report into a short update e-mail to the passenger.

PIR: ICNKE48211  Pax: FERGUSON/AMELIA MS  Flight: KE123 SYD-ICN
Bag: black hard-shell, tag KE 318274
Hotel: Lotte Hotel Seoul, room 1412
Delivery address: 30 Eulji-ro, Jung-gu, Seoul 04533
Contact: local {v1}, Australian mobile {v2}
Status: located in SYD, forwarding on KE122 tomorrow""",
    [(PER, "FERGUSON/AMELIA"), (LOC, "30 Eulji-ro, Jung-gu, Seoul 04533"), (PH, v1), (PH, v2)],
)

# 워킹홀리데이 유학원 — 비자 신청 대행 메일 (한국 여권)
v1, v2 = pp("M"), "jw.hong" + dg(3) + "@kakao.com"
add(
    "mixed",
    P,
    f"""워홀 비자 신청 대행 진행 상황을 고객에게 보낼 메일로 써줘. ImmiAccount 신청 완료, 건강검진 예약 필요.
고객: 홍재원 (Hong Jae-won) / 여권 {v1} / {v2}
신청국: Australia (subclass 417) / 신청일 2025-06-03""",
    [(PER, "홍재원"), (PER, "Hong Jae-won"), (PASS, v1), (MAIL, v2)],
)

# ================================================================ positives: 방송·출판·미디어
# 방송 출연자 섭외 — 작가 카톡 (혼합)
v1, v2 = mob(), "booking.ellarose" + "@gmail.com"
add(
    "mixed",
    P,
    f"""섭외 현황 카톡인데 PD님 보고용으로 정리해줘.

[막내작가] 일반인 출연자 두 분 확정됐어요
[막내작가] 1) 반찬가게 사장님 용금자 님 {v1}
[막내작가] 2) 유튜버 Ella Rose (본명 엘라 로즈 케이시, 호주) 매니저 메일 {v2}
[메인작가] 용금자 님 촬영일 6/25 오전으로 확정해줘""",
    [(PER, "용금자"), (PH, v1), (PER, "Ella Rose"), (PER, "엘라 로즈 케이시"), (MAIL, v2), (PER, "용금자")],
)

# 출판사 인세 정산 — 원천징수용 주민번호, 계좌
v1, v2 = rr("730917", 2), acct("우리")
add(
    "ko",
    P,
    f"""인세 정산서 메일 본문 써줘. 상반기 판매 1,842부, 정가 18,000원, 인세율 10%, 사업소득 3.3% 원천징수.
저자: 소하경 ({v1})
지급 계좌: 우리 {v2}""",
    [(PER, "소하경"), (RRN, v1), (ACC, v2)],
)

# 퀴즈쇼 상금 지급 — 기타소득 원천징수
v1, v2, v3 = rr("011120", 4), acct("토스뱅크"), mob()
add(
    "ko",
    P,
    f"""상금 지급 품의서에 들어갈 수령자 정보 표 만들어줘. 기타소득세 22% 공제 후 금액도 계산해줘 (상금 500만 원).
우승자: 계나연 / {v1} / 토스뱅크 {v2} / {v3}""",
    [(PER, "계나연"), (RRN, v1), (ACC, v2), (PH, v3)],
)

# 드라마 보조출연자 명단 — 촬영일 출석부
rows6 = [("봉은호", rr("850303", 1), mob()), ("하미진", rr("990607", 2), mob()), ("인동하", rr("780829", 1), mob())]
add(
    "ko",
    P,
    "보조출연 출석부야. 출연료 일당 9만 원 기준으로 지급 명세 만들어줘 (사업소득 3.3%).\n"
    + "\n".join(f"{n} {r} {p} 출석" for n, r, p in rows6),
    [x for n, r, p in rows6 for x in ((PER, n), (RRN, r), (PH, p))],
)

# 시청자 제보 — 뉴스 제보 게시판 (주소·연락처)
v1 = mob()
add(
    "ko",
    P,
    f"""제보 내용 기사화 가능한지 데스크 보고용으로 요약해줘.
제목: 아파트 옆 공사장 소음, 밤 11시까지
내용: 경기도 김포시 김포한강8로 301, 505동 1204호 사는 주민입니다. 옆 물류센터 공사가 밤늦게까지 해서 아이가 잠을 못 자요. 시청에 민원 넣어도 답이 없어요.
제보자: 모서진 / {v1}""",
    [(LOC, "경기도 김포시 김포한강8로 301, 505동 1204호"), (PER, "모서진"), (PH, v1)],
)

# 사진 공모전 수상자 — 상금 계좌, 연락처 (혼합 메일)
v1, v2, v3 = "jinwoo.photo" + dg(2) + "@naver.com", acct("카카오뱅크"), "aisha.bello" + dg(2) + "@yahoo.com"
add(
    "mixed",
    P,
    f"""수상자 안내 메일을 두 버전(한국어, 영어)으로 써줘.
대상: 탁진우 ({v1}) — 상금 300만 원, 카카오뱅크 {v2}
외국인 특별상: Aisha Bello ({v3}) — 상금 50만 원, 해외송금 정보 미수령""",
    [(PER, "탁진우"), (MAIL, v1), (ACC, v2), (PER, "Aisha Bello"), (MAIL, v3)],
)

# 팟캐스트 게스트 섭외 — 영문 (짧음)
v1 = "priya.r" + dg(2) + "@protonmail.com"
add(
    "en",
    P,
    f"Write a short follow-up to Dr. Priya Ramanathan ({v1}) confirming the recording on 9 July at 3 pm KST over Riverside, and ask for a 50-word bio.",
    [(PER, "Priya Ramanathan"), (MAIL, v1)],
)


# ================================================================ positives: IT·개발·운영
# Kubernetes ConfigMap — 알림 설정에 운영자 연락처 (혼합)
v1, v2, v3 = "ops-alert@hanseom.io", mob(), priv_ip()
add(
    "mixed",
    P,
    f"""이 ConfigMap을 Secret이랑 분리하는 게 맞는지 리뷰해줘. 개인 연락처가 평문으로 들어가 있어서.

apiVersion: v1
kind: ConfigMap
metadata:
  name: alert-router
  namespace: billing
data:
  SMTP_FROM: "{v1}"
  ONCALL_PRIMARY_NAME: "반도훈"
  ONCALL_PRIMARY_PHONE: "{v2}"
  LEGACY_SMS_GATEWAY: "http://{v3}:8085/send"
  LOG_LEVEL: "info\"""",
    [(MAIL, v1), (PER, "반도훈"), (PH, v2), (IP, v3)],
)

# nginx access log — 스캐너 찾기 (영문, IPv4·IPv6)
v1, v2, v3 = pub_ip(), ip6(), pub_ip()
add(
    "en",
    P,
    f"""Which of these clients looks like a vulnerability scanner? Suggest an nginx rule to block it.

{v1} - - [12/Jun/2025:03:14:07 +0900] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"
{v1} - - [12/Jun/2025:03:14:07 +0900] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"
{v2} - - [12/Jun/2025:03:14:09 +0900] "GET /api/v1/orders?page=2 HTTP/2.0" 200 8812 "https://shop.example.kr/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
{v3} - - [12/Jun/2025:03:14:11 +0900] "POST /login HTTP/1.1" 302 0 "-" "python-requests/2.31.0\"""",
    [(IP, v1), (IP, v1), (IP, v2), (IP, v3)],
)

# GitHub Actions 로그 — 커밋 작성자 메일, 셀프호스트 러너 IP (영문)
v1, v2 = "yerin.pyo" + dg(2) + "@gmail.com", priv_ip()
add(
    "en",
    P,
    f"""Why did this deploy job fail? Keep the answer short.

2025-06-09T05:41:02.118Z Runner name: 'build-01' (self-hosted, {v2})
2025-06-09T05:41:03.552Z HEAD is now at 4e1f9ab fix: retry on 429 (Author: Pyo Yerin <{v1}>)
2025-06-09T05:42:15.907Z npm ERR! code ERESOLVE
2025-06-09T05:42:15.907Z npm ERR! ERESOLVE could not resolve
2025-06-09T05:42:15.908Z npm ERR! peer react@"^17.0.0" from react-beautiful-dnd@13.1.1
2025-06-09T05:42:16.004Z ##[error]Process completed with exit code 1.""",
    [(IP, v2), (PER, "Pyo Yerin"), (MAIL, v1)],
)

# Firebase Auth 사용자 export — 테스트 프로젝트로 옮기기 전 (혼합)
users = [
    ("황보세린", "serin.hb" + dg(2) + "@naver.com", "+8210" + fmt("MNNNNNNN")),
    ("Rosa Villanueva", "rosa.v" + dg(3) + "@gmail.com", "+63 917 " + fmt("NNN NNNN")),
]
add(
    "mixed",
    P,
    "Firebase 사용자 export인데 스테이징에 넣기 전에 가명처리하는 스크립트 짜줘 (displayName, email, phoneNumber).\n\n"
    + json.dumps(
        {
            "users": [
                {"localId": f"u{i}x9Qe", "displayName": n, "email": e, "phoneNumber": p, "emailVerified": True}
                for i, (n, e, p) in enumerate(users)
            ]
        },
        ensure_ascii=False,
        indent=1,
    ),
    [x for n, e, p in users for x in ((PER, n), (MAIL, e), (PH, p))],
)

# Stripe webhook 이벤트 — 영문 주소, 고객 메일 (카드는 last4만)
v1, v2 = "declan.w" + dg(2) + "@icloud.com", "+1 646-" + fmt("MNN-NNNN")
add(
    "en",
    P,
    """Our webhook handler crashes on this event with KeyError: 'line2'. Fix the handler code (Python) so optional address fields are safe.

"""
    + json.dumps(
        {
            "type": "checkout.session.completed",
            "data": {
                "object": {
                    "customer_details": {
                        "name": "Declan Whitcombe",
                        "email": v1,
                        "phone": v2,
                        "address": {
                            "line1": "311 W 43rd St",
                            "city": "New York",
                            "state": "NY",
                            "postal_code": "10036",
                            "country": "US",
                        },
                    },
                    "payment_method_details": {"card": {"brand": "visa", "last4": "4417"}},
                }
            },
        },
        indent=2,
    ),
    [(PER, "Declan Whitcombe"), (MAIL, v1), (PH, v2), (LOC, "311 W 43rd St")],
)

# MongoDB 셸 — 회원 컬렉션 조회 결과 (혼합)
v1, v2, v3, v4 = rr("900815", 1), mob(), rr("921103", 2), mob()
add(
    "mixed",
    P,
    f"""이 두 document의 스키마가 다른데 마이그레이션 스크립트(mongosh) 짜줘. rrn 필드는 암호화 필드로 옮길 거야.

rs0 [primary] members> db.members.find({{grade: "gold"}}).limit(2)
[
  {{ _id: ObjectId('665f1c2e9a1b4c0012ab34cd'), name: '유태건', rrn: '{v1}', phone: '{v2}', grade: 'gold' }},
  {{ _id: ObjectId('665f1c2e9a1b4c0012ab34ce'), profile: {{ name: '석가윤', mobile: '{v4}' }}, rrn: '{v3}', grade: 'gold' }}
]""",
    [(PER, "유태건"), (RRN, v1), (PH, v2), (PER, "석가윤"), (PH, v4), (RRN, v3)],
)

# Splunk 검색 결과 — 계정 잠금 분석 (영문)
v1, v2, v3 = pub_ip(), pub_ip(), "t.wieczorek@northgate-logistics.com"
add(
    "en",
    P,
    f"""Explain what happened here in plain English for the incident ticket.

_time                user                                  src_ip           action   reason
2025-06-10 02:11:05  {v3}    {v1}    failure  bad_password
2025-06-10 02:11:09  {v3}    {v1}    failure  bad_password
2025-06-10 02:11:14  {v3}    {v1}    failure  locked_out
2025-06-10 08:47:51  {v3}    {v2}    success  mfa_push_approved""",
    [(MAIL, v3), (IP, v1), (MAIL, v3), (IP, v1), (MAIL, v3), (IP, v1), (MAIL, v3), (IP, v2)],
)

# AWS CloudTrail — 콘솔 로그인 이벤트 (영문)
v1, v2 = "aisha.okonkwo" + "@brightpath.dev", pub_ip()
add(
    "en",
    P,
    """Is this console login suspicious? The user normally works from Seoul.

"""
    + json.dumps(
        {
            "eventName": "ConsoleLogin",
            "eventTime": "2025-06-11T19:02:44Z",
            "userIdentity": {"type": "IAMUser", "userName": v1, "accountId": "481237750912"},
            "sourceIPAddress": v2,
            "userAgent": "Mozilla/5.0 (X11; Linux x86_64)",
            "responseElements": {"ConsoleLogin": "Success"},
            "additionalEventData": {"MFAUsed": "No"},
        },
        indent=2,
    ),
    [(MAIL, v1), (IP, v2)],
)

# Jira 티켓 — 고객 환불 처리 (혼합)
v1, v2 = mob(), acct("하나")
add(
    "mixed",
    P,
    f"""Jira 티켓 내용을 영어로 번역해서 해외 개발팀에 넘겨줘.

[PAY-2291] 중복 결제 환불 건
Reporter: 옥다인 (CS팀)
고객: 설민기 / {v1}
현상: 6/7 정기결제가 두 번 승인됨 (PG 거래 2건)
요청: 한 건 취소. 카드 취소가 안 되면 고객 계좌(하나 {v2})로 환불
Priority: High""",
    [(PER, "옥다인"), (PER, "설민기"), (PH, v1), (ACC, v2)],
)

# Salesforce 리드 CSV — 중복 병합 (영문)
v1, v2, v3, v4 = (
    "kwon.mira" + dg(2) + "@samil-bio.co.kr",
    land("02"),
    "jmorales@atlasfoods.mx",
    "+52 55 " + fmt("NNNN NNNN"),
)
add(
    "en",
    P,
    f"""Find duplicates in this lead export and propose a merge rule.

FirstName,LastName,Company,Email,Phone
Mira,Kwon,Samil Bio,{v1},{v2}
Mira,Kwon,"Samil Bio Co., Ltd.",{v1},
Javier,Morales,Atlas Foods,{v3},{v4}""",
    [
        (PER, "Mira"),
        (PER, "Kwon"),
        (MAIL, v1),
        (PH, v2),
        (PER, "Mira"),
        (PER, "Kwon"),
        (MAIL, v1),
        (PER, "Javier"),
        (PER, "Morales"),
        (MAIL, v3),
        (PH, v4),
    ],
)

# Twilio SMS 발송 로그 — 실패 원인 (영문)
v1, v2, v3 = "+8210" + fmt("MNNNNNNN"), "+8210" + fmt("MNNNNNNN"), "+1 213 " + fmt("MNN NNNN")
add(
    "en",
    P,
    f"""Explain error 30007 and 21610 to the marketing team in two sentences each.

sid,to,from,status,error_code,date_sent
SM8a1f..,{v1},{v3},delivered,,2025-06-12 10:00:03
SM8a20..,{v2},{v3},undelivered,30007,2025-06-12 10:00:04
SM8a21..,{v1},{v3},failed,21610,2025-06-12 10:05:11""",
    [(PH, v1), (PH, v3), (PH, v2), (PH, v3), (PH, v1), (PH, v3)],
)

# dhcpd.leases — 사내망 IP 할당 (호스트명은 라벨 없음)
v1, v2 = (
    "10.20." + str(random.randint(1, 200)) + "." + str(random.randint(2, 250)),
    "10.20." + str(random.randint(1, 200)) + "." + str(random.randint(2, 250)),
)
add(
    "en",
    P,
    f"""Two laptops keep getting the same address. What is wrong in this leases file?

lease {v1} {{
  starts 3 2025/06/11 00:41:12;
  ends 3 2025/06/11 12:41:12;
  hardware ethernet 3c:22:fb:1a:07:9e;
  client-hostname "sales-nb-014";
}}
lease {v2} {{
  starts 3 2025/06/11 00:43:55;
  hardware ethernet 3c:22:fb:1a:07:9e;
  client-hostname "sales-nb-022";
}}""",
    [(IP, v1), (IP, v2)],
)

# sshd auth.log — 무차별 대입 (영문)
v1, v2 = pub_ip(), pub_ip()
add(
    "en",
    P,
    f"""Write a fail2ban jail for this pattern.

Jun 12 04:11:52 bastion sshd[21877]: Invalid user admin from {v1} port 51244
Jun 12 04:11:53 bastion sshd[21877]: Failed password for invalid user admin from {v1} port 51244 ssh2
Jun 12 04:11:58 bastion sshd[21881]: Failed password for root from {v2} port 40118 ssh2
Jun 12 04:12:01 bastion sshd[21881]: Connection closed by authenticating user root {v2} port 40118 [preauth]""",
    [(IP, v1), (IP, v1), (IP, v2), (IP, v2)],
)

# Django fixture — 시드 데이터에 실데이터 (혼합)
v1, v2, v3 = "eunji.gong" + dg(2) + "@hanmail.net", mob(), "b.gurung" + dg(2) + "@gmail.com"
add(
    "mixed",
    P,
    """시드 데이터 fixture에 실제 고객 정보가 들어가 있어. faker로 바꾸는 management command 짜줘.

"""
    + json.dumps(
        [
            {
                "model": "crm.customer",
                "pk": 1,
                "fields": {"last_name": "공", "first_name": "은지", "email": v1, "phone": v2},
            },
            {
                "model": "crm.customer",
                "pk": 2,
                "fields": {"last_name": "Gurung", "first_name": "Bishnu Maya", "email": v3, "phone": ""},
            },
        ],
        ensure_ascii=False,
        indent=2,
    ),
    [(PER, "공"), (PER, "은지"), (MAIL, v1), (PH, v2), (PER, "Gurung"), (PER, "Bishnu Maya"), (MAIL, v3)],
)

# Spring Boot 스택트레이스 — 예외 메시지에 주민번호 (혼합)
v1, v2 = rr("860227", 2), "hy.nam" + dg(2) + "@lgcnsmail.com"
add(
    "mixed",
    P,
    f"""이 예외 원인 찾아주고, 로그에 개인정보가 찍히지 않게 고치는 방법도 알려줘.

2025-06-12 14:03:22.417 ERROR 1 --- [nio-8080-exec-7] c.h.m.service.MemberService : 본인확인 실패 rrn={v1}, email={v2}
java.lang.IllegalStateException: duplicated member: {v2}
\tat com.hanil.member.service.MemberService.register(MemberService.java:142)
\tat com.hanil.member.web.MemberController.join(MemberController.java:58)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)""",
    [(RRN, v1), (MAIL, v2), (MAIL, v2)],
)

# GraphQL 응답 — 배송지 목록 (혼합)
v1, v2 = mob(), mob()
add(
    "mixed",
    P,
    """이 GraphQL 응답에서 기본 배송지(isDefault)만 뽑는 TypeScript 타입이랑 selector 함수 짜줘.

"""
    + json.dumps(
        {
            "data": {
                "me": {
                    "addresses": [
                        {
                            "id": "ad_1",
                            "recipient": "지서영",
                            "phone": v1,
                            "road": "경기도 성남시 분당구 판교역로 235",
                            "detail": "에이치스퀘어 N동 7층",
                            "isDefault": True,
                        },
                        {
                            "id": "ad_2",
                            "recipient": "지만석",
                            "phone": v2,
                            "road": "강원특별자치도 강릉시 경강로 2021",
                            "detail": "",
                            "isDefault": False,
                        },
                    ]
                }
            }
        },
        ensure_ascii=False,
        indent=2,
    ),
    [
        (PER, "지서영"),
        (PH, v1),
        (LOC, "경기도 성남시 분당구 판교역로 235"),
        (PER, "지만석"),
        (PH, v2),
        (LOC, "강원특별자치도 강릉시 경강로 2021"),
    ],
)

# pandas DataFrame 출력 — 카드 결제 데이터 정제 (혼합)
v1, v2, v3 = cc("4", sep=""), cc("55", sep=""), cc("62", sep="")
add(
    "mixed",
    P,
    f"""카드번호 컬럼이 float로 읽혀서 깨진 행이 있어. dtype 지정해서 다시 읽는 코드 알려줘.

>>> df.head(3)
   order_id  buyer        card_no            amount
0  A250611-01  도은서    {v1}   45000
1  A250611-02  함정우    {v2}   12900
2  A250611-03  Liu Xiaoyan  {v3}   88000""",
    [(PER, "도은서"), (CARD, v1), (PER, "함정우"), (CARD, v2), (PER, "Liu Xiaoyan"), (CARD, v3)],
)

# Excel VBA — 하드코딩된 담당자 명단 (혼합)
v1, v2, v3, v4 = "kh.yeo" + dg(2) + "@daeyang.co.kr", mob(), "sy.cheon" + dg(2) + "@daeyang.co.kr", mob()
add(
    "mixed",
    P,
    f"""이 VBA 매크로에서 담당자 정보를 별도 시트에서 읽어오게 리팩터링해줘.

Sub SendWeeklyReport()
    Dim owners(1, 2) As String
    owners(0, 0) = "여경호": owners(0, 1) = "{v1}": owners(0, 2) = "{v2}"
    owners(1, 0) = "천소영": owners(1, 1) = "{v3}": owners(1, 2) = "{v4}"
    ' TODO: 담당자 바뀌면 여기 직접 수정
    Call MailMerge(owners)
End Sub""",
    [(PER, "여경호"), (MAIL, v1), (PH, v2), (PER, "천소영"), (MAIL, v3), (PH, v4)],
)

# SAP 거래처 마스터 export — 법인·사업자·계좌 (혼합)
v1, v2, v3, v4, v5 = bz(), cr("134611"), acct("기업"), bz(), acct("국민")
add(
    "mixed",
    P,
    f"""SAP 거래처 마스터(LFA1/LFBK) export 데이터야. 사업자번호 중복이나 은행키 누락 찾아줘.

LIFNR     | NAME1              | STCD1          | STCD2           | BANKS | BANKN            | KOINH
100004417 | 태성기계(주)        | {v1}   | {v2}  | KR    | {v3} | 태성기계(주)
100004420 | 새롬포장            | {v4}   |                 | KR    | {v5}  | 마은혜""",
    [(BRN, v1), (CRN, v2), (ACC, v3), (BRN, v4), (ACC, v5), (PER, "마은혜")],
)

# Windows 보안 로그 4625 — 로그온 실패 (영문)
v1 = pub_ip()
add(
    "en",
    P,
    f"""Summarise this event for the SOC shift report.

An account failed to log on.
Subject: Security ID: NULL SID
Account For Which Logon Failed:
    Account Name: k.yoon
    Account Domain: HQ
Failure Information:
    Failure Reason: Unknown user name or bad password.
    Status: 0xC000006D
Network Information:
    Workstation Name: -
    Source Network Address: {v1}
    Source Port: 0""",
    [(IP, v1)],
)

# Get-ADUser 출력 — 퇴사자 계정 정리 (혼합)
v1, v2, v3 = "jh.eom@corp.sunmi.kr", land("02"), "tw.bong@corp.sunmi.kr"
add(
    "mixed",
    P,
    f"""퇴사자 계정 비활성화 PowerShell 스크립트 짜줘. 아래 두 계정이 대상이야.

PS> Get-ADUser -Filter {{Department -eq "Sales"}} -Properties DisplayName,Mail,OfficePhone | ft
DisplayName  SamAccountName Mail                    OfficePhone
-----------  -------------- ----                    -----------
엄지호       jh.eom         {v1}    {v2}
봉태웅       tw.bong        {v3}""",
    [(PER, "엄지호"), (MAIL, v1), (PH, v2), (PER, "봉태웅"), (MAIL, v3)],
)

# Ansible 인벤토리 — 호스트 그룹 분리 (영문)
v1, v2, v3 = priv_ip(), priv_ip(), pub_ip()
add(
    "en",
    P,
    f"""Split this inventory so the DB hosts get their own group and vars. Keep it INI format.

[web]
web-01 ansible_host={v1} ansible_user=deploy
web-02 ansible_host={v2} ansible_user=deploy

[bastion]
jump-01 ansible_host={v3} ansible_port=2222

[all:vars]
ansible_python_interpreter=/usr/bin/python3""",
    [(IP, v1), (IP, v2), (IP, v3)],
)

# Android logcat — 앱이 로그에 회원정보 출력 (혼합)
v1, v2 = mob(), "jiyul.kook" + dg(2) + "@gmail.com"
add(
    "mixed",
    P,
    f"""로그캣에 회원정보가 찍혀. 릴리즈 빌드에서 Log.d 제거하는 ProGuard/R8 설정 알려줘.

06-12 15:22:07.441 12044 12101 D SignupVM: submit name=국지율 phone={v1} email={v2}
06-12 15:22:07.902 12044 12101 D OkHttp  : --> POST https://api.hanmaum.app/v1/signup
06-12 15:22:08.315 12044 12101 E SignupVM: 409 CONFLICT already_registered""",
    [(PER, "국지율"), (PH, v1), (MAIL, v2)],
)

# curl 명령 — 본인인증 API 재현 (혼합)
v1, v2 = rr("020930", 4), mob()
add(
    "mixed",
    P,
    f"""이 curl을 Python requests 코드로 바꿔줘.

curl -X POST https://auth-gw.internal/v1/verify \\
  -H 'Content-Type: application/json' \\
  -d '{{"name":"소예나","rrn":"{v1}","mobile":"{v2}","carrier":"SKT"}}'""",
    [(PER, "소예나"), (RRN, v1), (PH, v2)],
)

# MySQL slow query log — 쿼리에 고객 데이터 (영문)
v1, v2 = "minho.byun" + dg(2) + "@naver.com", mob()
add(
    "en",
    P,
    f"""Why is this query slow and what index would help?

# Time: 2025-06-12T06:41:03.221408Z
# User@Host: app[app] @ [10.0.3.17]
# Query_time: 4.812330  Lock_time: 0.000121 Rows_sent: 1  Rows_examined: 2841773
SET timestamp=1749710463;
SELECT * FROM customers WHERE LOWER(email) = '{v1}' OR REPLACE(phone, '-', '') = '{digits(v2)}';""",
    [(IP, "10.0.3.17"), (MAIL, v1), (PH, digits(v2))],
)

# Grafana Loki — JSON 로그 (IPv6 클라이언트, 영문)
v1, v2 = ip6(), ip6()
add(
    "en",
    P,
    f"""Write a LogQL query that counts 5xx responses per client_ip from these logs.

{{"ts":"2025-06-12T07:00:01Z","level":"warn","status":502,"client_ip":"{v1}","path":"/checkout"}}
{{"ts":"2025-06-12T07:00:02Z","level":"info","status":200,"client_ip":"{v2}","path":"/"}}
{{"ts":"2025-06-12T07:00:04Z","level":"warn","status":504,"client_ip":"{v1}","path":"/checkout"}}""",
    [(IP, v1), (IP, v2), (IP, v1)],
)

# 카카오 알림톡 발송 API 결과 — 실패 건 재발송 (혼합)
v1, v2 = mob(sep=""), mob(sep="")
add(
    "mixed",
    P,
    """알림톡 실패 건만 SMS로 대체 발송하는 배치 로직 짜줘 (3018은 카톡 미사용자).

"""
    + json.dumps(
        {
            "results": [
                {"phone": v1, "name": "마윤재", "code": "0000", "msg": "success"},
                {"phone": v2, "name": "인채원", "code": "3018", "msg": "NoSendAvailableException"},
            ]
        },
        ensure_ascii=False,
    ),
    [(PH, v1), (PER, "마윤재"), (PH, v2), (PER, "인채원")],
)

# ERP 거래처 등록 요청 — 한 줄 메시지 (한국어)
v1, v2 = bz(), acct("SC제일")
add(
    "ko",
    P,
    f"구매팀 메신저: 신규 거래처 '다올상사' 사업자번호 {v1}, 대표 류지안, 결제계좌 SC제일 {v2} 등록해주세요 — 이 요청을 ERP 등록 요청서 양식으로 바꿔줘.",
    [(BRN, v1), (PER, "류지안"), (ACC, v2)],
)


# ================================================================ hard negatives
# 특허팀 — 출원·등록번호 정리 (출원번호는 주민번호처럼 보이는 하이픈 숫자)
add(
    "ko",
    N,
    """특허 포트폴리오 현황을 표로 정리해줘 (출원번호 / 상태 / 다음 기한).
- 10-2024-0123456 배터리 셀 냉각 구조 — 심사청구 완료, 의견제출통지 대응 기한 2025-08-14
- 10-2023-0187722 전극 코팅 장치 — 등록결정, 등록번호 10-2614471
- PCT/KR2024/012345 — 국내단계 진입 기한 2026-01-12 (US, EP, CN)
- 30-2025-0004417 디자인 출원 (충전기 외관) — 방식심사 중""",
    [],
)

# 자동차 리콜 공지 — 차대번호(VIN) 범위
add(
    "ko",
    N,
    """리콜 공지문을 고객 안내 문자(장문) 버전으로 줄여줘.
[리콜 대상] 2023년 3월 2일 ~ 2023년 9월 18일 생산 중형 SUV 1만 2,418대
차대번호 범위: KMHL341CBPA012001 ~ KMHL341CBPA063418 (일부 제외)
결함 내용: 2열 시트벨트 버클 센서 접촉 불량으로 경고등 미점등 가능
시정 방법: 버클 센서 교환 (약 40분 소요), 2025년 7월 1일부터 전국 서비스센터""",
    [],
)

# 법인폰 자산대장 — IMEI(룬 검사 통과 15자리), MAC 주소 (혼합)
im = [imei("35" + dg(6)), imei("35" + dg(6)), imei("86" + dg(6))]
add(
    "mixed",
    N,
    f"""법인폰 자산대장을 부서별 수량표로 요약해줘. 분실 처리된 건 빼고.

Asset ID | Model | IMEI | Wi-Fi MAC | Dept | Status
MB-0412 | Galaxy S24 (SM-S921N) | {im[0]} | 8c:79:f5:2a:41:0e | 영업1팀 공용 | 사용중
MB-0413 | Galaxy S24 (SM-S921N) | {im[1]} | 8c:79:f5:2a:41:3b | 영업1팀 공용 | 분실처리
MB-0419 | Galaxy Tab A9 (SM-X110) | {im[2]} | d4:11:a3:90:7c:22 | 물류센터 검수대 | 사용중""",
    [],
)

# 증권 리서치 — ISIN·종목코드 (체크 디지트 포함)
add(
    "ko",
    N,
    f"""아래 종목 표를 ISIN 기준으로 정렬하고, 종목코드 6자리만 따로 뽑은 목록도 줘.
{isin("KR7005930" + "00")} 삼성전자 보통주 (005930)
{isin("KR7000660" + "00")} SK하이닉스 (000660)
{isin("KR7035420" + "00")} NAVER (035420)
{isin("KR7005935" + "00")} 삼성전자 우선주 (005935)
※ 기준가는 2025-06-13 종가, 외국인 보유율은 한국거래소 정보데이터시스템 기준""",
    [],
)

# 해외송금 안내문 — SWIFT/BIC, ABA 라우팅 번호 (은행 공개 정보, 영문)
add(
    "en",
    N,
    """Tidy up this outbound wire instruction template for our FAQ page. Keep the placeholders.

Beneficiary bank: JPMorgan Chase Bank, N.A., New York
SWIFT/BIC: CHASUS33   ABA routing (Fedwire): 021000021
Intermediary for KRW-funded transfers: none required
Sending bank SWIFT codes (Korea): KOEXKRSE (Hana), SHBKKRSE (Shinhan), CZNBKRSE (Kookmin), HVBKKRSE (Woori)
Beneficiary name: [FULL NAME AS ON ACCOUNT]
Beneficiary account: [ACCOUNT NUMBER]
Purpose code: [e.g. tuition, family support]""",
    [],
)

# 국가유산 안내판 문안 — 지정번호
add(
    "ko",
    N,
    "국가유산 안내판 문안을 초등학생 눈높이로 바꿔줘: '보물 제1634호로 지정되었던 이 석탑은 고려 전기 양식을 따르며, 1964년 해체 수리 때 사리장엄구가 발견되었다. 2021년 지정번호 제도 폐지 이후 공식 명칭은 번호 없이 쓴다.'",
    [],
)

# 나라장터 입찰공고 — 공고번호·예산
add(
    "ko",
    N,
    """입찰공고 요약해줘 (공고명, 예산, 마감, 참가자격).
공고번호: R25BK00812345-000
공고명: 2025년 공공도서관 통합 자료관리시스템 고도화 용역
배정예산: 412,000,000원 (부가세 포함)
입찰마감: 2025-07-08 10:00 / 개찰: 2025-07-08 11:00
참가자격: 소프트웨어사업자(컴퓨터관련서비스사업, 업종코드 1468) 등록 업체, 중소기업자 간 경쟁
계약방법: 제한경쟁(협상에 의한 계약)""",
    [],
)

# 수출 선적 — 컨테이너 번호(ISO 6346 체크), 봉인번호, 선박 IMO (혼합)
add(
    "mixed",
    N,
    f"""선적 정보를 영문 shipping advice로 만들어줘.
컨테이너: {iso6346("HDM", dg(6))} (40HC), {iso6346("SEG", dg(6))} (40HC)
봉인번호: KR{dg(7)}, KR{dg(7)}
본선: HMM ALGECIRAS ({imo("951600")}) / 항차 0027W
선적항 KRPUS → 양하항 NLRTM, ETD 2025-06-20""",
    [],
)

# 선박 정보 — IMO·MMSI·호출부호 (영문)
add(
    "en",
    N,
    f"""Format these vessel particulars as a table for the port agent.
- Vessel A: {imo("940718")}, MMSI 440{dg(6)}, call sign DSRH7, flag Korea, GT 9,520
- Vessel B: {imo("981223")}, MMSI 538{dg(6)}, call sign V7AB4, flag Marshall Islands, GT 61,870
ETA Gwangyang anchorage 2025-06-22 0600 LT, pilot boarding station P1""",
    [],
)

# 항공화물 운송장(AWB) — 화물 추적
add(
    "ko",
    N,
    f"""항공화물 추적 현황 표로 정리해줘.
MAWB {awb("180", dg(7))} (ICN→FRA) — 6/11 출발, 6/12 도착, 통관 대기
MAWB {awb("988", dg(7))} (ICN→LAX) — 6/12 보세창고 반입
HAWB ICNA25060441 — 위 MAWB 하위 3건 중 1건
총 중량 1,284kg / 부피중량 1,410kg""",
    [],
)

# 방화벽 정책 변경 요청서 — 서브넷 마스크·멀티캐스트·윈도우 빌드·SNMP OID (혼합)
add(
    "mixed",
    N,
    """방화벽 정책 변경 요청서에 적힌 값들이야. 각각 무엇인지 한 줄씩 설명하고, 호스트 주소로 잘못 적은 게 있는지 봐줘.
1) 255.255.255.0 / 255.255.240.0 (subnet mask), 0.0.0.255 (ACL wildcard mask)
2) 224.0.0.251 (mDNS), 239.255.255.250 (SSDP), 255.255.255.255 (limited broadcast)
3) Windows build 10.0.19045.4291 vs 10.0.22631.3737
4) SNMP OID 1.3.6.1.2.1.1.3.0 (sysUpTime), 1.3.6.1.4.1.2021.10.1.3.1
5) 127.0.0.1, 0.0.0.0/0, ::1""",
    [],
)

# 이벤트 스트림 — 13자리 epoch 밀리초 (영문)
add(
    "en",
    N,
    """Convert these epoch-millisecond timestamps to KST and tell me the gap between the first and last event.

event,ts_ms,latency_ms
cart_add,1749712403218,42
checkout_start,1749712461905,37
payment_auth,1749712463377,812
order_confirmed,1749712464012,55""",
    [],
)

# 코드 리뷰 — 주민번호 검증 정규식과 가중치 (값 없음, 혼합)
add(
    "mixed",
    N,
    """이 검증 함수 코드 리뷰해줘. 2020년 10월 이후 발급분은 체크디지트 검증을 건너뛰어야 하는데 그게 빠진 것 같아.

RRN_PATTERN = re.compile(r"^(\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-?([1-8])\\d{6}$")
WEIGHTS = "234567892345"  # 앞 12자리 가중치

def is_valid_rrn(value: str) -> bool:
    m = RRN_PATTERN.match(value)
    if not m:
        return False
    digits = value.replace("-", "")
    total = sum(int(d) * int(w) for d, w in zip(digits[:12], WEIGHTS))
    return (11 - total % 11) % 10 == int(digits[12])

# 형식: YYMMDD-GNNNNNN (G: 1~4 내국인, 5~8 외국인)""",
    [],
)

# 개인정보처리방침 — 수집 항목 목록 (값 없음)
add(
    "ko",
    N,
    """개인정보처리방침의 '수집하는 개인정보 항목' 조항을 쉬운 말로 다시 써줘.
제2조(수집 항목) ① 회원가입 시: 성명, 생년월일, 휴대전화번호, 이메일 주소, 아이디, 비밀번호
② 상품 구매 시: 수령인 성명, 배송지 주소, 연락처, 결제수단 정보(카드사명, 카드번호 일부)
③ 본인확인이 필요한 경우: 주민등록번호(법령에 근거가 있는 경우에 한함), 외국인등록번호, 여권번호
④ 서비스 이용 과정에서 자동 수집: 접속 IP 주소, 쿠키, 서비스 이용 기록, 기기 정보""",
    [],
)

# 태풍 이름 카드뉴스 — 한국이 제출한 태풍 이름(나리, 미리내, 노루)이 사람 이름처럼 보임
add(
    "ko",
    N,
    """기상 홍보 카드뉴스 문구 다듬어줘 (장당 두 줄 이내).
1장: 태풍 이름은 누가 지을까? 아시아·태평양 14개국이 10개씩 제출한 140개 이름을 돌려 씁니다.
2장: 한국이 낸 이름은 개미, 나리, 장미, 미리내, 노루, 제비, 너구리, 고니, 메기, 독수리!
3장: 큰 피해를 남긴 이름은 퇴출돼요. 매미와 나비가 빠지고 그 자리에 무지개와 독수리가 들어왔죠.
4장: 다음에 '나리'가 올라오면 우리가 지은 이름이라는 걸 기억해 주세요.""",
    [],
)

# 허리케인 이름 — 사람 이름 (영문)
add(
    "en",
    N,
    """Summarise this insurance bulletin in three bullets for our Korean reinsurance team.

The 2024 Atlantic season produced Hurricane Beryl (the earliest Category 5 on record), Hurricane Helene, which caused catastrophic inland flooding in western North Carolina, and Hurricane Milton, which made landfall near Siesta Key two weeks later. Tropical Storm Debby stalled over the Southeast. Claims from Helene and Milton are expected to exceed USD 50 billion combined.""",
    [],
)

# 유기동물 입양 공고 — 동물 이름
add(
    "ko",
    N,
    """입양 공고 문구를 인스타그램 게시물용으로 귀엽게 바꿔줘 (해시태그 포함).
① 보리 — 2살 추정, 믹스견, 수컷(중성화 완료), 사람을 아주 좋아함
② 두부 — 1살, 코리안숏헤어, 암컷, 처음엔 낯가리지만 간식에 약함
③ 콩이와 밤이 — 형제 고양이, 함께 입양 희망
입양 문의는 보호센터 누리집 '입양 상담 신청' 게시판으로""",
    [],
)

# 스마트홈 가이드 — 음성비서 이름
add(
    "ko",
    N,
    "스마트홈 사용 가이드 한 문단 영어로 번역해줘: \"거실 조명은 '빅스비, 거실 불 켜줘'나 '클로바, 조명 꺼줘'로 제어할 수 있습니다. 에이닷 앱에서는 '누구' 스피커 연동이 종료되었으니 루틴을 다시 등록하세요. 시리와 구글 어시스턴트는 매터(Matter) 허브를 통해 연결됩니다.\"",
    [],
)

# 채용 공고 — 직업명이 영어 성씨와 같음 (영문)
add(
    "en",
    N,
    """Shorten this job ad to 80 words for a Korean job board.

Seoul Grand Hotel is hiring for its new bakery and banquet wing: a head baker (sourdough and viennoiserie), two pastry cooks, a stone mason for the terrace restoration, a night porter, a carpenter for set-building, and a tailor for staff uniforms. All roles require weekend availability. Apply through the careers page; no phone enquiries.""",
    [],
)

# 꽃집 주문 — 꽃 품종이 영어 이름 (영문)
add(
    "en",
    N,
    """Convert this florist order into a checklist.

Wedding order #W-0614: bridal bouquet of 'Juliet' garden roses and white calla lilies; 12 boutonnieres with 'Grace' spray roses; centrepieces mixing iris, sweet william, daisy and baby's breath. Arch: eucalyptus and 'Mary Rose' roses. Delivery window 08:00-09:00, grace period 30 min. Invoice to the venue, not the couple.""",
    [],
)

# 관리비 안내문 — 성씨로 시작하는 세 글자 일반명사 (조회수, 임대료, 송금액 ...)
add(
    "ko",
    N,
    """관리비 안내문을 더 짧게 다듬어줘.
이번 달 관리비 고지서는 장기수선충당금 인상분이 반영되었습니다. 임대료 및 관리비 송금액이 고지액과 다르면 정산서를 확인해 주세요. 전기료 한도액 초과 세대는 별도 안내됩니다. 최저가 입찰로 선정된 방수공사 업체의 하자보수 기간은 3년이며, 공사 진행 상황은 게시판 조회수와 상관없이 매주 게시합니다. 신청서는 관리사무소에 비치되어 있습니다. 김 서림 방지를 위해 지하주차장 환기팬을 24시간 가동합니다.""",
    [],
)

# 국어 수업 자료 — 고유어 낱말(보람, 슬기, 나래 ...)이 흔한 이름과 같음
add(
    "ko",
    N,
    """초등 4학년 국어 '고유어' 활동지 만들어줘. 아래 낱말로 빈칸 문제 5개.
보람: 어떤 일을 한 뒤에 얻는 좋은 결과나 만족감
슬기: 사리를 바르게 판단하는 재능
나래: '날개'를 문학적으로 이르는 말
한별: 크고 밝은 별
가람: 강을 뜻하는 옛말
누리: 세상을 예스럽게 이르는 말""",
    [],
)

# 어린이 인형극 공지 — 전래동화 등장인물
add(
    "ko",
    N,
    "도서관 어린이 인형극 공지를 학부모 단톡방용으로 짧게 써줘: 7월 둘째 주 토요일 오전 11시, 다목적실, '콩쥐 팥쥐'와 '흥부와 놀부' 2편 연속 공연, 심청이 이야기는 8월 예정, 선착순 40명, 신발 벗고 입장.",
    [],
)

# 건설 수주 현황 — 사람 이름처럼 읽히는 회사명
add(
    "ko",
    N,
    """상반기 공공 건설 수주 현황을 업체별 합계 표로 만들어줘.
- 서희건설: 행복주택 2개 단지 (1,420억)
- 태영건설: 하수처리장 증설 (860억)
- 유진기업: 레미콘 단가계약 (연간 310억)
- 동원건설산업 / 정우건설 공동도급: 국도 확장 1공구 (1,170억)
- 계룡건설: 청사 리모델링 (540억)""",
    [],
)

# 시나리오 — 미국 드라마의 가상 555 번호 (영문)
add(
    "en",
    N,
    """Translate this scene into Korean subtitles (max 2 lines each).

INT. DINER - NIGHT
The WAITRESS slides a napkin across the counter. On it: 555-0142.
WAITRESS: Call that number if the car shows up again. Ask for the night manager.
DETECTIVE (reading): Five-five-five, oh-one-four-two. That's a payphone on Route 9.
WAITRESS: Was. They ripped it out in '98.""",
    [],
)

# 택배 권역표 — 우편번호 범위만
add(
    "ko",
    N,
    """도서산간 추가운임 권역표를 엑셀용 CSV로 바꿔줘.
권역,우편번호 범위,추가운임
제주,63000~63644,3000
제주 도서,63000~63001 및 63365,6000
울릉,40200~40240,5000
인천 옹진 도서,23004~23010 및 23100~23116,5000""",
    [],
)

# 복권 — 당첨번호와 연금복권 조·번호
add(
    "ko",
    N,
    "사내 소식지 '이번 주 소소한 뉴스' 코너용으로 한 줄 요약: 로또 1177회 당첨번호 4, 11, 15, 29, 38, 44 보너스 7 / 연금복권720+ 263회 1등 3조 482917, 2등 각 조 482917 / 스피또1000 87회 1등 잔여 2매.",
    [],
)

# LEI 코드 — 거래 상대방 법인 식별 (영문)
add(
    "en",
    N,
    f"""Check these Legal Entity Identifiers have valid check digits and tell me which counterparty lapsed.
- {lei("9884007L1G2WKH8VQ3")} Hanbit Asset Management Co., Ltd. - ISSUED, next renewal 2025-11-30
- {lei("549300QH7ZP4N2B1KX")} Harborline Capital LLC - LAPSED since 2024-12-01
- {lei("2138006F8KJ4D7X0LM")} Northfield Pension Trustees Ltd - ISSUED""",
    [],
)

# 음원 유통 — ISRC·UPC (혼합)
add(
    "mixed",
    N,
    f"""음원 유통사에 보낼 메타데이터를 표로 정리해줘.
앨범 UPC: {ean13("0" + dg(11))[1:]}
트랙 1 '여름밤' ISRC KR-A40-25-00117 (3:42)
트랙 2 '여름밤 (Inst.)' ISRC KR-A40-25-00118 (3:40)
발매일 2025-07-18 / 레이블: Dalbit Records / 장르: Indie Pop""",
    [],
)

# 소프트웨어 라이선스 키 (영문)
add(
    "en",
    N,
    """Put these licence keys into a YAML inventory (product, seats, key, expiry).

CAD Suite 2025 — 10 seats — 7H3KQ-9XWPD-M2RTV-8YBCF-4GJ6N — expires 2026-03-31
PDF Studio Pro — 25 seats — PDFS-25-9Q4M-KX7A-2LRT — perpetual
Endpoint AV — 140 seats — EAV1-0K7Z-44TR-PL19-ZQ2M-77BW — expires 2025-12-31""",
    [],
)

# 컨테이너 레지스트리 정리 — 이미지 다이제스트, 커밋 해시, UUID (영문)
add(
    "en",
    N,
    """Which of these images can our cleanup policy delete (keep the last 2 tags per service and anything referenced by a running job)?

api:1.42.0   sha256:4f1d9c0e2b7a6358e1c4d9f0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d  git 9c1e4b7f2a03d5e8b6c4a1f09d2e7b3c5a8f0e61
api:1.41.3   sha256:0b7d4e192c6f4a839e15d8f0c2b6a4713f6c2a8e91b44d7abf026e1d5c9a7b30  git 7a2d0c9e11f04b2a8c6d5e3f1a0b9c8d7e6f5a4b
api:1.41.2   sha256:91b44d7abf026e1d5c9a7b300b7d4e192c6f4a839e15d8f0c2b6a4713f6c2a8e  git 3e5f7a9b1c2d4e6f8a0b2c4d6e8f0a1b3c5d7e9f
running job 3f6c2a8e-91b4-4d7a-bf02-6e1d5c9a7b30 pins api:1.41.2""",
    [],
)

# 디자인 가이드 — 색상 코드·크기
add(
    "ko",
    N,
    """디자인 가이드를 개발자용 CSS 변수로 바꿔줘.
주색상 #1A4FD6, 보조색 #F2B705, 경고 #D93025, 본문 #202124
본문 폰트 16px/1.6, 제목 28px/1.3, 버튼 높이 48px, 모서리 반경 12px
그림자: 0 2px 8px rgba(0,0,0,.12)""",
    [],
)

# 진단검사 참고치 — 검사명과 범위만
add(
    "ko",
    N,
    """보호자 안내용으로 아래 검사 참고치를 쉬운 말로 설명해줘.
AST 0-40 U/L, ALT 0-41 U/L, 크레아티닌 0.7-1.2 mg/dL, eGFR ≥90 mL/min/1.73㎡
HbA1c 4.0-5.6 %, 공복혈당 70-99 mg/dL, TSH 0.35-4.94 μIU/mL
혈색소 남 13.0-17.0 g/dL / 여 12.0-16.0 g/dL""",
    [],
)

# 열차 운행 조정 공지 — 열차번호, 호차·좌석번호
add(
    "ko",
    N,
    "열차 운행 조정 공지를 역사 안내방송 문안으로 바꿔줘: 6/19 KTX 101 서울 05:30 → 부산 08:15 열차는 12호차 8A~8D 좌석 판매 중지, KTX-산천 276 부산 17:40 → 용산 20:28 열차는 5호차 대신 15호차 연결, ITX-마음 1101 운행 시각 10분 조정. 승차권 변경은 코레일톡 예약번호 8720-3310-4471 형식으로 조회.",
    [],
)

# DART 재무제표 원시값 — 13자리 금액(주민번호 자릿수와 같음)
add(
    "ko",
    N,
    """DART에서 받은 재무제표 원시 데이터야. 단위가 원이라 억 원 단위로 환산한 표 만들어줘.
계정,당기,전기
매출액,2841027736512,2519930418207
영업이익,318450227104,276604338815
당기순이익,251773019336,201445870021
자산총계,5120338447790,4876221094417""",
    [],
)

# 국방 조달 — NATO 재고번호(NSN, 13자리)와 품목 정보
add(
    "ko",
    N,
    """방산 부품 조달 요청 목록을 품목별 표로 정리해줘.
NSN 2530-01-498-7721 / 브레이크 패드 세트 / 단가 184,000원 / 40세트
NSN 5340-01-622-1093 / 장착 브래킷 / 단가 23,500원 / 200개
NSN 6140-01-457-3366 / 축전지 24V / 단가 412,000원 / 12개
납품 기한 2025-09-30, 규격서 번호 KDS 2530-1012""",
    [],
)

# 데이터 웨어하우스 — 가명처리 결과(토큰, 해시)
add(
    "ko",
    N,
    f"""가명처리 결과 샘플이야. 재식별 위험 관점에서 결합키 관리가 적절한지 의견 줘.
member_token | phone_hash (SHA-256, salt v3) | age_band | sido
tok_7Qx2mP9aL | {hexs(64)} | 30대 | 경기
tok_K3vN8wR1z | {hexs(64)} | 50대 | 부산
tok_b81TqZ0sD | {hexs(64)} | 20대 | 서울""",
    [],
)

# 암호화 컬럼 — AES-GCM 암호문 base64 (혼합)
add(
    "mixed",
    N,
    """DB에 주민번호를 AES-256-GCM으로 암호화해서 넣었는데 복호화가 안 돼. 아래 값 포맷(iv:tag:ciphertext)이 코드랑 맞는지 봐줘.

SELECT id, rrn_enc FROM member_secure LIMIT 2;
 1 | q1V0Wg2mZ8c3Yb1T:H7mS1p9xJ0kQ2wL4vN6rUg==:N3Jk9xQ2mL8vB1cT6yW0hA4=
 2 | 9Xf2Lk0pQ7aW3nZe:Pz4kM8qR2vX1tB6nL0yJcA==:Ue7Wq1Zx9mN3kL5vT8bR2s0=
키는 KMS에서 가져오고, AAD는 'member_secure.rrn_enc'로 넣고 있어.""",
    [],
)

# 카드 BIN 표 — 6·8자리 발급사 식별번호 (혼합)
add(
    "mixed",
    N,
    """결제 라우팅용 BIN 테이블을 JSON으로 바꿔줘.
BIN(6/8) | 브랜드 | 발급사 | 구분
455437 | VISA | 국내 A카드 | 신용
53781400 | Mastercard | 국내 B카드 | 체크
625904 | UnionPay | 국내 C카드 | 신용
94101234 | BC (국내전용) | 국내 D은행 | 체크""",
    [],
)

# 인구 통계표 — 시군구별 (주소 아님)
add(
    "ko",
    N,
    """시군구별 외국인 주민 수 표를 보고 상위 3곳을 문장으로 써줘.
시군구 | 외국인 주민 | 전년 대비
경기 안산시 | 104,522 | +3.1%
경기 화성시 | 71,840 | +6.4%
서울 영등포구 | 52,117 | -1.2%
경기 시흥시 | 49,208 | +2.7%""",
    [],
)

# 환율 고시표
add(
    "ko",
    N,
    "환율 고시표를 보고 1,000달러를 원화로 송금(보낼 때) 할 때 금액 계산해줘: USD 매매기준율 1,385.20 / 송금 보낼 때 1,398.70 / 받을 때 1,371.70, JPY(100) 912.44, EUR 1,498.31, CNY 190.84.",
    [],
)

# 공연장 좌석 배치 — 좌석번호
add(
    "ko",
    N,
    "초대권 좌석 배정표를 열별로 다시 정리해줘: 1층 B구역 7열 11~18번(8석), 1층 C구역 3열 1~4번(4석), 2층 A구역 1열 22~25번(4석), 휠체어석 1층 D구역 W1·W2. 객석 오픈 18:30, 공연 19:30.",
    [],
)

# 국제우편 등기번호 — UPU S10 (체크 디지트 포함)
add(
    "ko",
    N,
    f"""해외 발송 내역을 고객센터 답변용으로 정리해줘 (배송조회는 우체국 국제우편 조회 이용).
1) 국제등기 {s10("RR", dg(8))} — 일본, 6/10 접수
2) EMS {s10("EE", dg(8))} — 미국, 6/11 접수, 통관 보류
3) K-Packet {s10("LK", dg(8))} — 베트남, 6/12 접수""",
    [],
)

# 해외 출장자 사내 위키 — 국가번호·대표번호·긴급번호
add(
    "ko",
    N,
    "해외 출장자용 사내 위키 문단 다듬어줘: 한국으로 전화할 때는 국가번호 82를 붙이고 지역번호 맨 앞 0은 빼세요. 한국에서 해외로 걸 때는 001/002 + 국가번호(미국 1, 중국 86, 베트남 84, 필리핀 63, 네팔 977). 현지 긴급번호는 미국 911, 중국 110·120, 베트남 113·115. 귀국 후 분실 신고는 경찰 112, 영사콜센터 안내는 외교부 누리집 참고.",
    [],
)

# 건축 인허가 — 허가번호, 면적, 층수
add(
    "ko",
    N,
    """건축허가 현황 요약해줘.
허가번호 2025-건축과-신축허가-0312 / 용도: 제2종 근린생활시설 및 업무시설
대지면적 1,204.50㎡, 건축면적 712.33㎡, 연면적 8,415.62㎡
규모: 지하 2층, 지상 9층 / 높이 38.4m / 주차 62대
착공 예정 2025년 9월, 사용승인 예정 2027년 3월""",
    [],
)

# 물류창고 로케이션 코드 — 하이픈 숫자 (전화번호처럼 보임)
add(
    "ko",
    N,
    """WMS 로케이션 이동 지시서야. 피킹 동선 짧은 순서로 정렬해줘.
품목 A-1180 (박스 12) : A02-114-07 → A02-011-02
품목 B-0442 (박스 4)  : C031-22-04 → C010-04-12
품목 C-7713 (팔레트 1): F051-08-01 → F051-08-03
※ 로케이션 = 구역-열-단""",
    [],
)

# 도면·부품 BOM
add(
    "ko",
    N,
    "BOM을 부품번호 순으로 정렬하고 수량 합계 내줘: 1) 서포트 브래킷 P/N 10-4417-02, 4ea / 2) 볼트 M8×25 KS B 1002, 16ea / 3) 가스켓 P/N 33-0912-11, 2ea / 4) 하우징 DWG-2025-0611-R3, 1ea / 5) 브래킷 P/N 10-4417-02, 2ea",
    [],
)

# 야구 기록 — 팀명과 등번호만
add(
    "ko",
    N,
    "어제 경기 기록으로 사내 게시판용 한 줄 요약 써줘: 한화 이글스 5 : 3 LG 트윈스, 결승타 등번호 52번 4회 2타점 2루타, 선발 등번호 30번 6이닝 2실점, 마무리 등번호 35번 세이브. 관중 17,000명 매진.",
    [],
)

# 도서 분류기호 — KDC/DDC
add(
    "ko",
    N,
    "신간 분류 좀 확인해줘: 『파이썬 데이터 분석』 KDC 005.133 / DDC 005.133, 『한국 현대 소설선』 KDC 813.7, 『세계사 연표』 KDC 909, 『수학의 즐거움』 KDC 410.2. 청구기호는 분류기호+저자기호(저자기호표 기준)로.",
    [],
)

# 지하철 안내 — 사람 이름 같은 역명(서현, 수진, 정자, 미금)
add(
    "ko",
    N,
    "행사장 오시는 길 문구 다듬어줘: 수인분당선 서현역 3번 출구 도보 5분, 또는 8호선 수진역에서 버스 환승. 신분당선 이용 시 정자역에서 갈아타고 미금역 하차 후 마을버스. 역 번호는 노선도 기준으로 표기.",
    [],
)

# 아파트 브랜드 선호도 조사 — 브랜드명
add(
    "ko",
    N,
    "아파트 브랜드 선호도 조사 결과를 보도자료 첫 문단으로 써줘: 1위 래미안(24.1%), 2위 힐스테이트(17.8%), 3위 자이(15.2%), 4위 푸르지오(11.6%), 5위 e편한세상(9.3%). 수도권 응답자는 자이, 비수도권은 푸르지오 선호가 상대적으로 높음.",
    [],
)

# 사내 내선번호표 — 4자리 내선 (외부 번호 없음)
add(
    "ko",
    N,
    """내선번호표를 층별로 정리해줘.
총무팀 4410 / 인사팀 4420 / 재무팀 4431~4433 / 보안실 4400 / 3층 회의실 A 4301, B 4302
대표번호 안내는 고객센터 1588 안내멘트로 대체""",
    [],
)

# 건강기능식품 표시 — 품목제조신고번호 13자리
add(
    "ko",
    N,
    "상세페이지 표시사항 문구 검수해줘: 제품명 데일리 멀티비타민 / 품목제조신고번호 2024001234567 / 유통기한 제조일로부터 24개월 / 1일 섭취량 1정(1,000mg) / 비타민C 100mg(100%), 비타민D 10μg(100%) / 섭취 시 주의사항: 알레르기 체질 개인차 있음.",
    [],
)

# 제품 모델·시리얼 — 서비스 접수 화면 (고객 정보 없음)
add(
    "ko",
    N,
    "서비스 접수 화면 필드 설명서 만들어줘. 예시는 다음 값 그대로 써: 모델명 SM-S928N, 일련번호 R3CX40LJ7QW, 펌웨어 S928NKSU3BYE1, 제조일자 2024-11, 보증 만료 2026-11-30, 접수 채널 '방문'.",
    [],
)

# GPS NMEA — 시험 주행 로그 (공공도로 좌표, 영문)
add(
    "en",
    N,
    f"""Parse these NMEA sentences and give me lat/lon in decimal degrees plus the fix quality.

{nmea("GPGGA,031512.00,3733.2451,N,12658.8127,E,1,10,0.9,38.2,M,18.4,M,,")}
{nmea("GPRMC,031512.00,A,3733.2451,N,12658.8127,E,22.4,87.1,120625,,,A")}
{nmea("GPGGA,031522.00,3733.2498,N,12658.9034,E,2,12,0.7,38.6,M,18.4,M,,")}""",
    [],
)

# Plus Code·what3words — 공공시설 위치 (영문)
add(
    "en",
    N,
    "For the festival map legend, turn these into a neat list: main stage 8Q99G2VM+7X, first-aid tent 8Q99G2VP+2C, lost & found ///index.home.raft, shuttle stop ///spins.cheek.ocean, coordinates of the river gate 37.5283, 126.9346.",
    [],
)

# TOPIK 문법 문제 출제 — 조사 예문 (이/가, 은/는)
add(
    "ko",
    N,
    "TOPIK I 대비 조사 문제 5개 출제해줘. 예문 그대로 쓰고 빈칸만 바꿔: '이 사람이 선생님입니다', '배가 아파요', '감이 익었어요', '장을 보러 가요', '문을 닫아 주세요', '신발을 벗으세요'.",
    [],
)

# 행사 운영 — QR 체크인 통계 (집계만)
add(
    "ko",
    N,
    "행사 체크인 통계 요약해줘: 사전등록 1,284명, QR 체크인 1,012명(78.8%), 현장등록 143명, 시간대별 최대 10:00~10:30 412명, 게이트 3번 대기 최장 14분, 노쇼 272명.",
    [],
)

# 학사 공지 — 강의실 번호, 학수번호
add(
    "ko",
    N,
    "수강정정 공지를 짧게: 학수번호 CSE2014-01 자료구조 강의실 공학관 301호 → 공학관 B104호 변경, CSE3022-02 운영체제 정원 60→80명 증원, 정정 기간 9/4 09:00~9/6 17:00, 폐강 과목은 포털 공지사항 참고.",
    [],
)

# 스포츠 교육 — 운동 기록 (개인 식별 없음)
add(
    "ko",
    N,
    "체력검정 기준표를 남녀 구분 표로 만들어줘: 3km 달리기 1등급 12:30 이내(남) / 15:00 이내(여), 팔굽혀펴기 2분 72회 / 35회, 윗몸일으키기 2분 86회 / 76회. 5등급 미만은 재측정.",
    [],
)


# ================================================================ obfuscated: common kinds (20)
# 1 전각 숫자 카드번호 — 카드사 민원 HWP 복사
v1 = cc("4")
o = fullwidth(v1)
add(
    "ko",
    OB,
    f"""민원 답변서 HWP에서 복사한 거야. 문장만 공손하게 다듬어줘.
민원인 황지호 님께서 해외 온라인 가맹점 결제(카드번호 {o})에 대해 이의를 제기하신 건으로, 당사는 가맹점에 거래 증빙을 요청하였으며 결과는 15영업일 이내에 안내드릴 예정입니다.""",
    [(PER, "황지호"), (CARD, o)],
)

# 2 주민번호 사이 zero-width space — 연말정산 메신저
v1 = rr("890611", 2)
o = between(v1, ZW)
add(
    "ko",
    OB,
    f"연말정산 부양가족 추가하려는데 어머니 주민번호 {o} 이거 맞게 들어간 건지, 기본공제 요건(연소득 100만 원 이하)도 같이 설명해줘. 어머니 성함은 임소연.",
    [(RRN, o), (PER, "임소연")],
)

# 3 계좌번호 사이 soft hyphen — 메일 본문 HTML 복사
v1 = acct("국민")
o = between(v1, SHY)
add(
    "ko",
    OB,
    f'거래처가 보낸 메일 그대로야. 입금 요청 정리해줘: "견적 승인 감사합니다. 선금 30%(1,254,000원)는 국민은행 {o} (예금주 안세린)으로 부탁드립니다."',
    [(ACC, o), (PER, "안세린")],
)

# 4 전화번호 하이픈을 em dash로 — 중고거래 게시글
v1 = mob()
o = dash_like(v1, "em")
add(
    "ko",
    OB,
    f'중고거래 글 제목이랑 본문 더 잘 팔리게 고쳐줘: "아이 유모차 팝니다. 사용감 적음, 직거래만. 연락은 {o} 문자 주세요. 오세훈"',
    [(PH, o), (PER, "오세훈")],
)

# 5 주민번호 숫자 띄어쓰기 — 보험설계사 카톡
v1 = rr("720418", 1)
o = spaced_digits(v1)
add(
    "ko",
    OB,
    f"""카톡 대화 보고 청약서 입력할 피보험자 정보 정리해줘.
[고객] 필터 걸린다고 해서 띄어서 보내요
[고객] 남편 정우진 {o}
[고객] 직업은 택시기사예요""",
    [(PER, "정우진"), (RRN, o)],
)

# 6 전화번호 숫자마다 점 — 동호회 카페 댓글
v1 = mob()
o = spaced_digits(v1, ".")
add(
    "ko",
    OB,
    f"카페 댓글 모아서 참가자 명단 만들어줘.\n└ 토요일 등산 참가요! 강하율 {o}\n└ 저도요 (연락처는 쪽지로)",
    [(PER, "강하율"), (PH, o)],
)

# 7 법인등록번호가 좁은 표 칸에서 줄바꿈 — OCR
v1 = cr("110111")
o = v1.replace("-", "-\n")
add(
    "ko",
    OB,
    f"""사업자 정보 확인서 OCR 결과인데 표가 깨졌어. 항목별로 다시 정리해줘.
상호        (주)라온테크
법인등록번호 {o}
대표자      최유나
업태/종목   서비스 / 소프트웨어 개발""",
    [(CRN, o), (PER, "최유나")],
)

# 8 휴대폰 번호를 한글 숫자로 (STT)
v1 = mob()
o = " ".join(sino(g) for g in v1.split("-"))
add(
    "ko",
    OB,
    f"""콜 녹취 STT 정리해서 회신 요청 메모 남겨줘.
고객: 네 박서진이고요 번호는 {o} 입니다
상담원: 네 박서진 고객님 오후에 담당자가 전화드릴게요""",
    [(PER, "박서진"), (PH, o), (PER, "박서진")],
)

# 9 base64로 인코딩된 주민번호 — 애플리케이션 로그 (혼합)
v1 = rr("950922", 1)
o = b64(v1)
add(
    "mixed",
    OB,
    f"""이 로그가 왜 보안 점검에서 걸렸는지 설명하고, 마스킹 로직 제안해줘.
2025-06-13 09:12:44 INFO  KycService - verify request user=u_88213 payload={{"name_b64":"{b64("서지안")}","rrn_b64":"{o}"}}""",
    [(PER, b64("서지안")), (RRN, o)],
)

# 10 URL 인코딩된 이메일 — 광고 추적 링크 (영문)
v1 = "chaeyoon.moon" + dg(2) + "@gmail.com"
o = pct(v1)
add(
    "en",
    OB,
    f"Is it a problem that our newsletter links look like this? https://click.mailer.kr/t?cid=2291&email={o}&utm_source=newsletter — suggest a safer tracking design.",
    [(MAIL, o)],
)

# 11 hex 인코딩된 이름 — 결제 모듈 디버그 로그 (혼합)
o = hexa("조은호")
add(
    "mixed",
    OB,
    f"PG 모듈 디버그 로그에 buyer_name={o}&amount=38000&pay_method=card 이렇게 찍혀. 이게 뭘 인코딩한 건지, 로그 레벨 어떻게 조정할지 알려줘.",
    [(PER, o)],
)

# 12 이름 음절 띄어쓰기 — 카톡
o = between("배다인", " ")
v1 = mob()
add(
    "ko",
    OB,
    f'이 카톡에 답장해줘: "예약자 이름 {o} 이에요 (이름이 자꾸 가려져서 띄어 씀). 토요일 저녁 7시 4명, 번호는 {v1}"',
    [(PER, o), (PH, v1)],
)

# 13 [at]/[dot] 이메일 — 영문 포럼 글
o = "noel.ashford" + dg(2) + "[at]proton[dot]me"
add(
    "en",
    OB,
    f'Rewrite this forum post to sound more professional: "selling my old mechanical keyboard, barely used, DM or mail me at {o} - Noel"',
    [(MAIL, o), (PER, "Noel")],
)

# 14 골뱅이·점으로 읽은 이메일 — 전화 상담 메모
o = "hyun.noh" + dg(2) + " 골뱅이 naver 점 com"
add(
    "ko",
    OB,
    f"상담 메모 정리해서 회신 메일 주소 제대로 적어줘: 고객 노현석님, 견적서 받을 메일 {o} (고객이 불러준 그대로).",
    [(PER, "노현석"), (MAIL, o)],
)

# 15 전각 운전면허번호 — 렌터카 예약 메모 (HWP)
v1 = dl("제주")
o = fullwidth(v1)
add(
    "ko",
    OB,
    f"렌터카 예약 확인 문자 써줘: 예약자 문채윤, 면허번호 {o}, 7/21 10시 제주공항 픽업, 경차.",
    [(PER, "문채윤"), (DLIC, o)],
)

# 16 여권번호 사이 zero-width joiner — 여행사 메일
v1 = pp_new()
o = between(v1, ZWJ)
add(
    "ko",
    OB,
    f'항공권 발권 요청 메일 다듬어줘: "이름 CHOI YUNA / 여권번호 {o} / 6월 30일 인천-다낭 왕복, 수하물 추가 15kg"',
    [(PER, "CHOI YUNA"), (PASS, o)],
)

# 17 건강보험증 번호를 한글로 읽음 (STT)
v1 = hi()
o = between(sino(v1), " ")
add(
    "ko",
    OB,
    f"""STT 결과를 접수 양식으로 정리해줘.
상담원: 건강보험증 번호 불러주세요
고객: {o} 이요
상담원: 네 성함은요
고객: 이재희요""",
    [(HINS, o), (PER, "이재희")],
)

# 18 이름 음절 사이 가운뎃점 — SNS 댓글
o = between("한도윤", "·")
add(
    "ko",
    OB,
    f"이벤트 당첨자 댓글 정리해줘: '{o} 입니다! 경품 배송지는 DM으로 보냈어요 ㅎㅎ' — 당첨 안내 답글 써줘.",
    [(PER, o)],
)

# 19 전각 이메일 — 일본어 IME로 입력된 신청서 (혼합)
v1 = "ayaka.mori" + dg(2) + "@yahoo.co.jp"
o = fullwidth(v1)
add(
    "mixed",
    OB,
    f"일본인 참가자 신청서야. 이메일이 전각으로 입력돼서 발송이 실패했어. 정상 주소로 바꿔주고 확인 메일도 일본어로 써줘: 氏名 森 彩花 (Mori Ayaka), メール {o}",
    [(PER, "森 彩花"), (PER, "Mori Ayaka"), (MAIL, o)],
)

# 20 디팽(defang)된 IPv4 — 보안 공유 (혼합)
v1, v2 = pub_ip(), pub_ip()
o1, o2 = v1.replace(".", "[.]"), v2.replace(".", "[.]")
add(
    "mixed",
    OB,
    f"TI 공유방에 올라온 IOC야. 방화벽 차단 목록(CSV) 형식으로 바꿔줘: C2 {o1}:8443, 스캐너 {o2}, 피싱 도메인 hxxps://login-kbstar[.]help",
    [(IP, o1), (IP, o2)],
)


# ================================================================ obfuscated: kinds not in the twentieth's list (20)
# 21 원문자 숫자 전화번호 — 워드 '특수문자' 메뉴
v1 = mob()
o = circled(v1)
add(
    "ko",
    OB,
    f'전단지 문구 교정해줘: "소형 이사·용달 전문! 친절 상담 {o} (사장 황보진)"',
    [(PH, o), (PER, "황보진")],
)

# 22 위첨자 숫자 계좌번호 — 리치텍스트 붙여넣기
v1 = acct("우리")
o = superscript(v1)
add(
    "ko",
    OB,
    f"회비 안내문에서 복사했더니 계좌가 이상하게 나와. 정상 숫자로 고쳐서 안내문 다시 써줘: 동창회 회비 3만 원, 우리은행 {o} (총무 편지수).",
    [(ACC, o), (PER, "편지수")],
)

# 23 ROT13 이메일 — 개발자 커뮤니티 (영문)
v1 = "tomasz.wieczorek" + dg(2) + "@fastmail.com"
o = rot13(v1)
add(
    "en",
    OB,
    f'Draft a reply to this GitHub issue comment: "Happy to share the crash dump privately, my mail is {o} (rot13, to dodge scrapers). - Tomasz"',
    [(MAIL, o), (PER, "Tomasz")],
)

# 24 거꾸로 쓴 이메일 — 중고거래 (메모 동봉)
v1 = "jiho.hwang" + dg(2) + "@naver.com"
o = reversed_text(v1)
add(
    "ko",
    OB,
    f'당근 채팅에 온 메시지인데 무슨 뜻인지, 답장도 써줘: "메일 주소 거꾸로 적을게요 {o} 여기로 택배 송장 보내주세요"',
    [(MAIL, o)],
)

# 25 OCR이 0을 O, 1을 l로 읽은 주민번호 — 팩스 스캔
v1 = rr("801015", 1)
o = mapd(v1, OCR_CONFUSE)
add(
    "ko",
    OB,
    f"""팩스로 받은 위임장 OCR 결과야. 글자 깨진 거 고쳐서 항목별로 써줘.
위임인 성 명: 노태준
주민등록번호: {o}
위임 사항: 자동차 말소등록 신청 일체""",
    [(PER, "노태준"), (RRN, o)],
)

# 26 영어 단어로 읽은 전화번호 — 음성비서 전사 (영문)
v1 = pick_mob()
o = en_words(v1)
add(
    "en",
    OB,
    f"""Clean up this voicemail transcript into a callback note.

"Hi, this is Gemma Holloway from the Itaewon flat viewing. Could you call me back on {o}? Thanks, bye.\"""",
    [(PER, "Gemma Holloway"), (PH, o)],
)

# 27 NATO 음성 알파벳으로 부른 여권번호 — 항공사 콜 (영문)
v1 = pp("M")
o = nato(v1)
add(
    "en",
    OB,
    f"""Summarise this call for the booking record.

Agent: Can you spell the passport number?
Caller: Sure, {o}. It's a Korean passport, name Seo Jian.
Agent: Thank you, Ms. Seo, I've updated the APIS data.""",
    [(PASS, o), (PER, "Seo Jian"), (PER, "Seo")],
)

# 28 JavaScript escape()의 %uXXXX로 인코딩된 이름 — 구형 ASP 접근 로그 (혼합)
o = js_escape("서지안")
v1 = pub_ip()
add(
    "mixed",
    OB,
    f"""구형 ASP 게시판 접근 로그인데 name 파라미터가 이상하게 찍혀. 어떤 인코딩인지, 서버에서 UTF-8로 받게 하려면 뭘 고쳐야 하는지 알려줘.
2025-06-13 11:02:41 {v1} GET /board/write.asp name={o}&cat=qna&title=%uBB38%uC758 200""",
    [(IP, v1), (PER, o)],
)

# 29 base32로 인코딩된 이메일 — 설정 파일 (영문)
v1 = "ops.freya" + dg(2) + "@lindqvist.se"
o = b32(v1)
add(
    "en",
    OB,
    f"What encoding is this and what does it decode to? We found it in a config: ALERT_CONTACT_B32={o}",
    [(MAIL, o)],
)

# 30 네팔 키보드(데바나가리 숫자)로 쓴 외국인등록번호 (혼합)
v1 = ar("930306", 5)
o = devanagari(v1)
add(
    "mixed",
    OB,
    f"네팔 근로자가 메신저로 보낸 외국인등록번호야. 아라비아 숫자로 바꿔서 근로계약서에 적어줘: 'sir my card number {o}, name Bishal Tamang'",
    [(ARN, o), (PER, "Bishal Tamang")],
)

# 31 태국 숫자로 쓴 전화번호 (혼합)
v1 = mob()
o = thai(v1)
add(
    "mixed",
    OB,
    f"태국인 직원 Kanokwan 씨가 보낸 비상연락처인데 번호가 태국 숫자야. 변환해서 인사카드에 넣어줘: เบอร์โทร {o}",
    [(PER, "Kanokwan"), (PH, o)],
)

# 32 HTML 태그로 쪼개진 전화번호 — 웹 페이지 소스
v1 = mob()
a, b, c = v1.split("-")
o = f"{a}</b>-<b>{b}</b>-<b>{c}"
add(
    "ko",
    OB,
    f'크롤링한 HTML인데 연락처만 뽑는 정규식 만들어줘: <div class="seller">판매자 정아름 <b>{o}</b></div>',
    [(PER, "정아름"), (PH, o)],
)

# 33 NFD로 분해된 한글 이름 — macOS 파일명
o = nfd("김민수")
add(
    "ko",
    OB,
    f"맥에서 올린 파일명이 윈도우에서 자모가 분리돼 보여. 파일 목록 정리하고 원인 설명해줘: 계약서_{o}_서명본.pdf, 근로계약_2025.hwp",
    [(PER, o)],
)

# 34 호환 자모로 풀어 쓴 이름 — 커뮤니티 글
o = jamo("안세린")
add(
    "ko",
    OB,
    f'이 커뮤니티 글 요약해줘: "학원 강사 {o} 쌤 이번 달에 그만두신대요. 후임 누가 오는지 아시는 분?"',
    [(PER, o)],
)

# 35 숫자마다 1씩 더한 전화번호 (메모 동봉, 영문)
v1 = mob()
o = shift_digits(v1)
add(
    "en",
    OB,
    f"""A customer sent this in our support chat. Work out the real number and write a short callback note.

"my number, every digit +1 so the bots can't read it: {o} - Harriet\"""",
    [(PH, o), (PER, "Harriet")],
)

# 36 UTF-8을 CP1252로 잘못 연 모지바케 이름 — 엑셀 CSV (혼합)
o = mojibake("문채윤")
v1 = mob()
add(
    "mixed",
    OB,
    f"CSV를 엑셀로 열었더니 이름이 깨져. 원래 값 복원하고 인코딩 설정 방법 알려줘.\n고객명,연락처,등급\n{o},{v1},VIP",
    [(PER, o), (PH, v1)],
)

# 37 INET_ATON 정수로 저장된 IPv4 — MySQL (혼합)
v1 = pub_ip()
o = inet_aton(v1)
add(
    "mixed",
    OB,
    f"login_history 테이블의 ip 컬럼이 INT UNSIGNED야. 차단 대상 세션: user_id=88213, ip={o}, login_at='2025-06-13 02:14:07'. 이걸 사람이 읽는 IP로 보여주는 SELECT 문 짜줘.",
    [(IP, o)],
)

# 38 마크다운 내보내기가 역슬래시를 끼워 넣은 이메일
v1 = "seo_jian_" + dg(2) + "@naver.com"
o = md_escape(v1)
add(
    "ko",
    OB,
    f"노션 페이지를 마크다운으로 내보냈더니 담당자 메일이 {o} 이렇게 나와. 원래 주소로 고쳐서 담당자 연락처 표(담당 서지안 매니저) 다시 만들어줘.",
    [(MAIL, o), (PER, "서지안")],
)

# 39 건물번호를 한글 수사로 읽은 주소 (STT)
o = "부산광역시 해운대구 센텀중앙로 " + sino_num(79)
v1 = mob()
add(
    "ko",
    OB,
    f"""STT 받아쓴 배송지야. 주소 표기법에 맞게 고쳐줘.
고객: 주소는 {o} 이고요, 받는 사람 황인성, 번호 {v1}""",
    [(LOC, o), (PER, "황인성"), (PH, v1)],
)

# 40 칸 테두리가 |로 읽힌 주민번호 — 칸 있는 서식 OCR
v1 = rr("670903", 2)
o = boxed(v1)
add(
    "ko",
    OB,
    f"""칸마다 숫자 쓰는 신청서를 OCR 했더니 이렇게 나왔어. 정리해서 전산 입력용으로 바꿔줘.
성명 |강|미|숙|
주민등록번호 |{o}|""",
    [(PER, "강|미|숙"), (RRN, o)],
)


WANT = {
    ("positive", "ko"): 80,
    ("positive", "mixed"): 33,
    ("positive", "en"): 27,
    ("negative", "ko"): 41,
    ("negative", "en"): 12,
    ("negative", "mixed"): 7,
}


def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "twentyfirst")


def self_check(rows: list[dict[str, object]], sample_every: int = 8) -> None:
    """Print a sample of spans with their covered text and stop on an empty, padded or mis-typed span; warn where a
    labelled string occurs more often in the text than it was labelled (a missed mention or a wrongly placed one)."""
    assert len(rows) == 240, len(rows)
    want = WANT
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
    write_heldout(Path(__file__).with_name("heldout_twentyfirst.jsonl"), rows)


if __name__ == "__main__":
    main()
