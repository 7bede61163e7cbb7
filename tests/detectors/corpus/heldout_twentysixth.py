# ruff: noqa: E501
"""Twenty-sixth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full; the [tool.ruff] section of
pyproject.toml; of heldout_twentyfifth.py lines 1-838 (module docstring with the labelling conventions and the
previous domains, hard-negative kinds and obfuscation kinds, imports, constants, seed, WANT, add(), value makers up to
ipv4_int), lines 1065-1109 (MARK/TAG/put) and lines 2019-2086 (build(), self_check(), main()), all with `sed -n`, plus
a `grep -n` of def/constant lines over the `sed -n 1,838p` output to copy the value makers by line range. One slip: a
copy of put() was taken with `sed -n 1063,1106p`, so lines 1063-1064 (a blank line and a one-line section comment
above MARK) were also seen; they were dropped and nothing else outside the ranges above was read. None of the
twenty-fifth's disguise helpers or cases (lines 839-1062 and 1110-2018) was read. Other looks: `wc -l` of those files,
an `ls` of tests/detectors/corpus/ (names only), `ruff --version` / `mypy --version`, this file's own .jsonl output read
back to check span placement, ruff check and mypy on this file (mypy's one complaint is in spans.py line 70, not
here; with --follow-imports=silent it reports none). No git log, git diff, git show, git status or git
rev-parse was run. The engine and the evaluation script were neither read nor run on these cases; nothing here was
tuned to the engine. WANT is the twenty-fifth's (140 positive: 60 ko, 40 en, 40 mixed; 60 hard negative: 25/20/15;
40 obfuscated: 16/12/12); build(), self_check() and main() are the twenty-fifth's (its lines 2019-2086) with only the
row prefix and output file name changed and one added call, negative_check() (no hard negative may hold a digit run
that passes as an old-scheme resident number or a 15/16-digit Luhn card number). Seed 26_2026_1125_5307.

Value makers copied unchanged from the twenty-fifth (its lines 188-836; only the four section comment lines are
reworded): dg/fmt/rr/rn/ar/bz/cr/cc/mob/land/voip/BANK/acct/pp/pp_new/REGION/dl/hi/hid/priv_ip/pub_ip/grp/digits/
issn/ip6/luhn_digit/pick_mob, KSUR/KGIV/kname, EFIRST/ELAST/ROMA_GIVEN/ROMA_SUR/ename/rname, FGN/fname, ROADS/kaddr,
JIBUN/jibun, EADDR/eaddr, MAILDOM/LOCALS/email, birth/rrx/arx, GIV1/KSUR_RARE/kname2/krare, HFGN/hfname, RR_HYPH/
MR_SUR/MR_GIV/ALT_SUR/rstyle, intl, US_AREA/usnum, ROADS2/kaddr2, JIBUN2/jibun2, LOCALS2/MAILDOM2/email2, mail_of,
AREA/area_of, bad_rrn13, ean_not_rrn, KGIV2/kname3, COMMON_WORDS/kn/kn2, HFGN2/hfname2, EFIRST2/ELAST2/ename2,
ROADS3/kaddr3, LOCALS3/MAILDOM3/email3, EADDR2/eaddr2, ipv4_int. New here: KGIV3/kname4 (a third list of given names,
redrawn while the full name is an everyday word), anyk (any Korean-name maker), KTITLE/titled, HFGN3/hfname3 (Uzbek,
Pakistani, Bangladeshi, Lao, Kyrgyz and Timorese names in Hangul), FGN2/fname2 (passport-order Latin names of the same
nationalities and more), EFIRST3/ELAST3/ename3/anye, ROADS4/kaddr4 (a fourth road list, sometimes a 번길 road),
anyaddr, JIBUN3/jibun3, ENG_KADDR/kaddr_en (Korean addresses in English order, unit first, through the postcode),
EADDR3/eaddr3 (UK, Canadian and US addresses through the postcode), anyea, LOCALS4/MAILDOM4/email4/anymail, CORPDOM/
cmail, ukmob (UK mobiles outside 07700 900xxx), CRN_HEADS/crx, anycard (Visa 4, Mastercard 52/54, Amex 37 4-6-5,
JCB 3562, UnionPay 6250, domestic 9410), anyacct, anyphone, HANJA_NAMES, non_luhn16. Every disguise helper (military,
sino_digits, sino_number, keycaps, letter_o, compat_jamo, at_dot_hangul, emoji_sep, cyrillic, nospam, html_comment,
spaced_mail, math_bold, leet, spelled, nato, underline, nnbsp, odd_dashes, defang, char_codes, sql_concat_inner,
mime_b, mime_q, pct, utf16_hex, int_literal, ip_hexint, ip_arpa, ip_hexoct, b32, hangul_hyphen,
thousands) is written for this set without looking at any earlier set's helpers. Resident, alien, business and
corporate numbers and card numbers carry real check digits (check_digits.py); the one child born in 2022 carries a
post-October-2020 number; people born 2000-2009 carry the old checksum with gender digit 3/4.

Domains (none in the twenty-fifth's list). Korean: 국세청 근로장려금 반기 신청 검토, 주민등록 사실조사 거주불명,
병무청 사회복무요원 소집통지 반송, 육아휴직 급여 사후지급금, 보건소 결핵 접촉자 조사, 차량등록사업소 이전등록,
경찰 유실물 반환, 119 구급활동일지, 관세청 해외직구 통관 보류, 출입국 체류기간 연장 서류 대조, 선관위 거소투표신고인
명부, 한전 복지할인, 건강보험 임의계속가입, 재난지원금 이의신청, 검정고시 응시원서, 공익직불금 계좌 오류, 어업용
면세유 카드 재발급, 예술인 창작준비금, 양육비 감치명령, 법률구조공단 무료법률상담, 특허청 출원인코드, 소상공인
정책자금 대리대출, 수의계약 대금 청구, 국민신문고 민원 이송, 가계동향조사 방문 일정, 미납 통행료 이중납부 환불,
전세임대 권리분석, 햇살론 보증, 소비자원 피해구제, 인감증명 대리발급 위임장, 주정차 과태료 의견진술, 고령운전자
면허 자진반납, 국립공원 대피소 환불, 재외국민 특별전형 서류, 아포스티유 대행, 실종 신고, 지역사랑상품권 부정유통,
스포츠강좌이용권 부정수급, 근로지원인 서비스, 예방접종 이상반응 신고, EMS 분실 손해배상, 에너지바우처, 청년도약계좌
소득확인, 자연휴양림 중복 예약 환불, 문화누리카드 재발급, 자동차세 연납 환급, 근로장학생 근무일지, 기초연금 상담,
지급명령 신청서, 범죄피해자 구조금, 수상레저 조종면허 갱신 문자, 국민연금 추후납부, 공무원 퇴직연금 수령계좌, 신규
임용예정자 신원조사, 국민취업지원제도 상담일지, 옥외광고물 표시허가, 개명허가 신청, 외국인 계절근로자 등록 명단,
다문화가족 방문교육, 외국인 지역가입자 보험료 체납. English: third-party risk questionnaire, expense audit exception,
SOC 2 access review, churn retention offer, M&A data-room census, relocation brief, board minutes, CRM lead note,
warranty approval, travel agency booking, vendor bank-change fraud check, legal hold notice, whistleblower hotline
intake, 401(k) beneficiary change, parking permit waitlist, summit badges, support macro, franchise application,
loan hardship note, clinical trial agreement notices, recruiting agency submission, performance calibration,
equipment lease, first notice of loss, port-call crew list, irregular-operations rebooking, hotel folio dispute, gym
cancellation, utility service start, number port-out failure, laptop return, customs broker POA, alumni pledge,
Korean donation receipt, dealership credit application, maintenance ticket, bill of lading consignee, NHIS dental
claim, subpoena response, expatriate Korean payroll set-up. Mixed formats: Django admin LogEntry, Rails console, Elasticsearch hit, Redis
MONITOR, kcat Kafka record, nginx access log, journalctl, Windows Security event 4625 XML, Terraform plan, Ansible
inventory, .env, Helm values, GitHub Actions log, Sentry user context, Datadog JSON log, Splunk result table, AWS
Lambda API Gateway event, S3 server access log, BigQuery result grid, pandas to_string, R tibble, Spark show(), Java
exception with a DTO toString, Rust Debug, Swift dump(), protobuf text format, SAML AttributeStatement, LDIF, vCard,
Slack export JSON, KakaoTalk export, Notion table, Airtable CSV, SQL INSERT with Korean column names, psql result,
MySQL \\G output, Firebase RTDB export, PowerShell Get-ADUser | Format-List, Logstash rubydebug, Sidekiq dead job.

Hard-negative kinds (60, none in the twenty-fifth's list). Korean (25): 벼·과일 품종명 (신동진·홍로·금실), 성씨로
시작하는 외식 브랜드 (김가네·이삭토스트·박가부대), 로펌 상호 (김앤장·율촌·화우), 법원 사건번호, 의안번호와 법률
공포번호, 관용차량 번호판·차대번호, 버스 노선·정류장 ARS 번호, 열차번호와 역 이름 (진영·정읍), 지진 통보문의 진앙
표현, 값이 빈 민원 서식, 고전소설 등장인물 (성춘향·이몽룡·심학규), 정부 민원 단축번호 (110·1350·1345), 의약품
보험코드·표준코드, 날짜처럼 보이는 13자리 로트번호, ISBN과 청구기호, 편명·항공기 등록부호 (HL8083), 상장 종목코드,
예산 세부사업 코드·전표번호, 조달 물품분류·식별번호, KS·ISO 규격번호, 지명 들어간 지역축제 (문경·하동·남원),
이름 없는 직제·정원표, 우편번호 구간, 가계조사 조사구번호, 국가유산 명칭 (정이품송). English (20): brands named
after people (Ben & Jerry's, Marie Callender's, Tim Hortons), eponymous diseases, eponymous awards (Pulitzer, Turing
Award, Fields Medal), meeting rooms named after scientists, tickers with ISIN/CUSIP, carrier tracking and
Luhn-failing 16-digit shipment IDs, version strings shaped like IPv4, SNMP OIDs, CAS and UN numbers, NAICS codes,
call numbers and DOIs, spreadsheet formulas, invoice and PO numbers, venues named after people (Carnegie Hall,
Lincoln Center), IMO/MMSI/call sign, MAC addresses and device serials, netmasks and 0.0.0.0 bind addresses, financial
ratios, firms named after founders (Morgan Stanley, Ernst & Young, John Hancock), fare basis codes and flight numbers.
Mixed (15): pinned package versions shaped like IPv4, trace IDs, CSS design tokens, dubeolsik keymap table, Unicode
code-point table, time-zone map, exchange-rate JSON, bot-only git log, HTTP status table, Korean lorem-ipsum mock-up,
syllable frequency Counter with surname syllables, CalVer release table with IP-shaped build numbers, emoji
shortcodes, feature-flag YAML with region codes, IoT sensor CSV.

Obfuscation kinds (40, each used once). Korean (16): mobile number read in Korean military radio digits (하나 둘 삼
넷 ... 공), mobile number with the letter O for every zero, mobile number with its middle group in Hangul digits
(010-칠삼이일-5678), mobile number as emoji keycaps, resident number with the Hangul vowel ㅡ for the hyphen, alien
registration number in markdown strikethrough (~~ ~~), alien registration number in Discord spoiler bars (|| ||),
Korean name in Hanja (제적등본), Korean name with interpuncts between syllables, Korean name written vertically one
syllable per line (HWP table cell), Korean name spelled in Hangul Compatibility Jamo (ㄱㅣㅁ...), e-mail read out with
앳/닷, road-name address with the building number spelled as a Sino-Korean cardinal (112 STT), account number with
emoji separators, driving licence number in a scan file name with underscores, corporate number turned into an
Excel value with thousands separators. English (12): e-mail with Cyrillic look-alike letters, e-mail with NOSPAM
inserted, e-mail with HTML comments inside, e-mail with spaces around @ and dots, name in Unicode mathematical bold
letters, leetspeak name, surname spelled letter by letter (T-A-N-A-K-A), passport number in the NATO phonetic
alphabet, card number with U+0332 combining low line on every character, card number grouped with U+202F narrow
no-break spaces, phone number with U+2011/U+2013/U+2212 for the hyphens, defanged IPv4 ([.]). Mixed (12): e-mail as
String.fromCharCode codes, e-mail assembled by SQL CONCAT, Korean name as an RFC 2047 B-encoded word, Korean name as
an RFC 2047 Q-encoded word, Korean name percent-encoded in a search URL, phone number as a UTF-16LE hex dump,
resident number as a Python int literal with underscores, IPv4 as one hex integer in a URL, IPv4 in in-addr.arpa
reverse order, IPv4 as hex octets, business number carried as a pandas float (.0), health insurance number in Base32.

Labelling decisions: the twenty-fifth set's rules (as its docstring states them, carrying the earlier sets' forward)
apply unchanged. Made explicit here:
- PERSON: the name only, never a title or honorific (주무관, 과장, 님, 씨, 어르신, MD, VP) or a particle; every
  mention is labelled; a lone given name in a salutation or a forum signature is labelled; passport-order capitals,
  foreign names in Hangul and a name typed before and after a 개명 are labelled. Fictional characters (성춘향,
  이몽룡), brand, firm, venue, room, award and disease names that carry a person's name, 김앤장 and the like are never
  labelled, nor are user names (hr.intern03, jkim) or bot accounts.
- LOCATION: a Korean road-name or lot-number address from its first character through the building number and any
  unit detail; an English-order Korean address from the unit (Apt ...) through the postcode; UK, Canadian and US
  addresses through the postcode. Festival towns, stations, 진앙 descriptions and postcode ranges are not addresses.
- PHONE_NUMBER: with its +82/+1/+44 prefix and a US area code's parentheses; government short numbers (110, 1350) are
  not phone numbers. IP_ADDRESS: without a :port or /32 suffix; netmasks and 0.0.0.0 are not labelled.
- KR_DRIVER_LICENSE: with the region name when the region is written as a word (서울 22-...); a licence number
  written without hyphens in an object key is labelled on its twelve digits. KR_PASSPORT: only Korean passports (M/S
  and eight digits, or the newer M123A4567 form); no foreign passport number appears in this set. BANK_ACCOUNT: a US
  checking account number is labelled.
- Disguise spans (this set): a value read aloud word by word (military digits, NATO) from its first word to its last;
  keycap, underlined (U+0332) and Hanja values whole, the trailing combining mark inside; a vertical name from its
  first syllable to its last with the line breaks inside; interpunct and jamo names whole; markdown/Discord markers
  (~~, ||) outside the span; an e-mail with 앳/닷, spaces, HTML comments or NOSPAM from its first character to its
  last with the insertions inside; String.fromCharCode codes from the first number to the last (parentheses
  outside); a SQL CONCAT e-mail from the first character of the local part to the last of the domain, the ', ' glue
  inside (outer quotes outside); RFC 2047 words from =? to ?=; a percent-encoded name on its encoded token; a UTF-16
  hex dump from its first byte to its last (quotes outside); an int literal with its underscores; IPv4 forms (hex
  integer, hex octets, defanged) on the token as written, the in-addr.arpa form on the reversed octets only; a pandas
  float business number on its digits (the trailing .0 outside); Base32 with its padding; a file-name licence number
  between the underscores that separate it from the rest of the file name, its own underscores inside."""

from __future__ import annotations

import base64
import random
import re
import urllib.parse
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import (
    arn,
    brn,
    card,
    crn,
    ean13,
    isbn13,
    luhn_ok,
    rrn,
    rrn_check,
    rrn_new,
    valid_date,
)
from tests.detectors.corpus.spans import heldout_rows, place, write_heldout

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

random.seed(26_2026_1125_5307)

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []

WANT = {
    (P, "ko"): 60,
    (P, "en"): 40,
    (P, "mixed"): 40,
    (N, "ko"): 25,
    (N, "en"): 20,
    (N, "mixed"): 15,
    (OB, "ko"): 16,
    (OB, "en"): 12,
    (OB, "mixed"): 12,
}


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))

# ---------------------------------------------------------------- value makers copied unchanged from the twenty-fifth set (its lines 188-359)
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


# ---------------------------------------------------------------- (still copied: its lines 361-522)
KSUR = (
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 "
    "구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 "
    "탁 국 어 은 편 용 예 경 봉 황보 남궁 제갈 선우 독고"
).split()
KGIV = (
    "민준 서연 지호 하은 도윤 수아 예준 지우 시우 서윤 주원 하린 지훈 채원 건우 윤서 현우 다은 예린 준서 수빈 유준 "
    "소율 정우 지아 승현 가은 태윤 나연 동현 혜진 성민 은지 재훈 미경 영수 순자 말순 경자 상철 광호 정희 옥순 병철 "
    "종민 기석 현숙 명숙 영길 춘자 덕수 용만 보경 세훈 혜원 진영 창호 태식 경아 수정 정란 대성 희철 석진 연경 두리"
).split()


def kname() -> str:
    """A Korean full name: surname (one or two syllables) plus a given name (mostly two syllables)."""
    sur = random.choice(KSUR)
    giv = random.choice(KGIV) if random.random() < 0.93 else random.choice("솔 별 훈 결 윤 찬 란 혁 빈".split())
    return sur + giv


EFIRST = (
    "Olivia Marcus Priya Daniel Hannah Tomasz Aisha Connor Rafael Ingrid Samuel Leila Patrick Yuki Grace Nikolai "
    "Fatima Ethan Chloe Diego Amara Lucas Sofia Oliver Nadia Victor Elena Kwame Isabel Brendan Maeve Anders Lucia"
).split()
ELAST = (
    "Hartley Okafor Lindqvist Moreno Whitfield Nakamura Kowalski Brennan Castellanos Abernathy Delacroix Haddad "
    "Iwasaki Jablonski Kerrigan Lombardi Novak Ortega Pemberton Quinlan Rasmussen Sutherland Thorne Valdez Wexler "
    "Yilmaz Zimmerman Ashworth Fairbanks Gallagher"
).split()
ROMA_GIVEN = (
    "Minjun Seoyeon Jiho Haeun Doyun Jiwoo Siwoo Hyunwoo Yerin Junseo Subin Jeongwoo Seunghyun Taeyoon Nayeon "
    "Donghyun Hyejin Sungmin Eunji Jaehoon Sehun Hyewon Changho Kyunga Sujeong"
).split()
ROMA_SUR = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Jeon Hong Ko Moon".split()


def ename() -> str:
    return f"{random.choice(EFIRST)} {random.choice(ELAST)}"


def rname(order: str = "given-first") -> str:
    """A romanised Korean name, given name first (Western order) or surname first in capitals (passport order)."""
    g, s = random.choice(ROMA_GIVEN), random.choice(ROMA_SUR)
    return f"{g} {s}" if order == "given-first" else f"{s.upper()} {g.upper()}"


FGN = (
    "NGUYEN VAN HUNG|TRAN THI LAN|PHAM MINH TUAN|BATBAYAR GANBOLD|DORJ ENKHJARGAL|RAHMAN MOHAMMAD ABDUR|"
    "KHURSHIDA AKTER|IVANOV ALEKSEI PETROVICH|ZHANG WEIMIN|LIU XIAOYAN|SOK CHANTHA|RATNAYAKE KUMARI|"
    "SANTOS MARIA LOURDES|ABDULLAEV BOBUR|WIJAYA DEWI ANGGRAINI|THAPA BIKASH|HTET AUNG KYAW|OKONKWO CHIDI"
).split("|")


def fname() -> str:
    return random.choice(FGN)


ROADS = [
    ("서울특별시", "노원구", "동일로", "상계동"),
    ("서울특별시", "은평구", "통일로", "불광동"),
    ("서울특별시", "관악구", "남부순환로", "봉천동"),
    ("부산광역시", "사하구", "낙동대로", "하단동"),
    ("대구광역시", "수성구", "달구벌대로", "범어동"),
    ("인천광역시", "연수구", "컨벤시아대로", "송도동"),
    ("광주광역시", "북구", "설죽로", "일곡동"),
    ("대전광역시", "유성구", "대학로", "궁동"),
    ("울산광역시", "남구", "삼산로", "달동"),
    ("세종특별자치시", "", "한누리대로", "보람동"),
    ("경기도", "고양시 일산동구", "중앙로", "장항동"),
    ("경기도", "용인시 수지구", "포은대로", "풍덕천동"),
    ("강원특별자치도", "춘천시", "공지로", "효자동"),
    ("충청북도", "청주시 상당구", "상당로", "북문로2가"),
    ("충청남도", "천안시 동남구", "충절로", "신부동"),
    ("전북특별자치도", "전주시 완산구", "팔달로", "중앙동"),
    ("전라남도", "여수시", "시청로", "학동"),
    ("경상북도", "포항시 북구", "중흥로", "죽도동"),
    ("경상남도", "창원시 의창구", "원이대로", "용호동"),
    ("제주특별자치도", "서귀포시", "중정로", "서귀동"),
]


def kaddr(detail: str = "random", short: bool = False) -> str:
    """A Korean road-name address (labelled whole: province through building number and any unit detail that follows,
    a parenthesised reference dong included)."""
    sido, sgg, road, dong = random.choice(ROADS)
    if short:
        sido = sido.replace("특별자치시", "").replace("특별자치도", "").replace("특별시", "").replace("광역시", "")
        sido = {"경기도": "경기", "충청북도": "충북", "충청남도": "충남", "전라남도": "전남", "경상북도": "경북", "경상남도": "경남"}.get(sido, sido)
    head = " ".join(x for x in (sido, sgg, road) if x)
    num = f"{random.randint(1, 480)}" + (f"-{random.randint(1, 30)}" if random.random() < 0.25 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 115)}동 {random.randint(1, 25)}0{random.randint(1, 6)}호"
    if mode == "floor":
        return f"{head} {num} {random.randint(2, 9)}층"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


JIBUN = [
    ("경상북도 영덕군 강구면", "강구리"),
    ("전라남도 신안군 증도면", "대초리"),
    ("강원특별자치도 평창군 진부면", "하진부리"),
    ("충청남도 태안군 근흥면", "신진도리"),
    ("경기도 양평군 서종면", "문호리"),
    ("전북특별자치도 고창군 심원면", "하전리"),
]


def jibun() -> str:
    a, b = random.choice(JIBUN)
    return f"{a} {b} {random.randint(1, 999)}-{random.randint(1, 12)}"


EADDR = [
    ("Maple Ridge Dr", "Columbus, OH", "43215"),
    ("Harbor View Rd", "Tacoma, WA", "98402"),
    ("Willow Creek Ln", "Raleigh, NC", "27603"),
    ("Larkspur Ave", "Boulder, CO", "80302"),
    ("Chestnut St", "Burlington, VT", "05401"),
    ("Prospect Hill Rd", "Lexington, MA", "02421"),
]


def eaddr(zip_code: bool = True) -> str:
    street, city, z = random.choice(EADDR)
    base = f"{random.randint(12, 4890)} {street}, {city}"
    return f"{base} {z}" if zip_code else base.rsplit(",", 1)[0]


MAILDOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "korea.kr", "outlook.com"]
LOCALS = (
    "jh.seo mj_park0412 haneul.kim sy1987 dkchoi yoon.gs ksh7731 leejw.dev moonbi88 hwang.tk rlawjdgh "
    "parkjisoo.k shin_hr joo.mk93 cyk2002 ohsj kwon.minho ryu.dg hongjy.work yeon77"
).split()


def email(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS)}@{domain or random.choice(MAILDOM)}"


def birth(y_lo: int, y_hi: int) -> tuple[int, str]:
    """A birth year between y_lo and y_hi and the date as YYMMDD."""
    y = random.randint(y_lo, y_hi)
    return y, f"{y % 100:02d}{random.randint(1, 12):02d}{random.randint(1, 28):02d}"


def rrx(y_lo: int = 1950, y_hi: int = 1999, female: bool | None = None, dash: bool = True) -> str:
    """An old-scheme resident number for someone born between y_lo and y_hi (gender digit 1/2, or 3/4 from 2000)."""
    y, b = birth(y_lo, y_hi)
    fem = random.random() < 0.5 if female is None else female
    g = (4 if fem else 3) if y >= 2000 else (2 if fem else 1)
    return rr(b, g, dash=dash)


def arx(y_lo: int = 1965, y_hi: int = 1999) -> str:
    """An alien registration number for someone born between y_lo and y_hi (5/6, or 7/8 from 2000)."""
    y, b = birth(y_lo, y_hi)
    g = random.choice((7, 8)) if y >= 2000 else random.choice((5, 6))
    return ar(b, g)


# ---------------------------------------------------------------- (still copied: its lines 524-697)
GIV1 = "솔 별 훈 결 찬 란 혁 빈 슬 담 율 건 현 완 늘".split()
KSUR_RARE = "즙 견 탄 빙 옹 묵 뇌 편 팽 승 판 초 낭 내 사공 서문".split()


def kname2() -> str:
    """A two-syllable Korean name: one-syllable surname and one-syllable given name."""
    return random.choice([s for s in KSUR if len(s) == 1]) + random.choice(GIV1)


def krare() -> str:
    """A Korean name with a rare surname."""
    return random.choice(KSUR_RARE) + random.choice(KGIV)


HFGN = {
    "vn": ["응우옌 반 훙", "쩐 티 란", "팜 민 뚜언", "레 티 투 하", "호앙 반 남", "부 티 흐엉"],
    "cn": ["장웨이민", "류샤오옌", "왕리핑", "천젠궈", "자오메이링"],
    "jp": ["사토 하루카", "다나카 유이치", "야마모토 아야", "스즈키 겐타"],
    "ca": ["압둘라예프 보부르", "카리모바 딜노자", "유수포바 마디나", "토흐타로프 아자마트"],
    "mn": ["바트바야르 간볼드", "도르지 엥흐자르갈", "어트겅바야르 솔롱고"],
    "ph": ["마리아 로사 산토스", "제프리 델라크루스", "크리스틴 레예스"],
    "th": ["솜차이 분마", "니빠폰 삭다", "와랏 분쏨"],
    "np": ["비카스 타파", "수닐 구룽", "람 바하두르 라이", "사비타 마가르"],
}


def hfname(origin: str) -> str:
    """A foreign national's name as written in Hangul (Vietnamese, Chinese, Japanese, Central Asian, Mongolian,
    Filipino, Thai, Nepali)."""
    return random.choice(HFGN[origin])


RR_HYPH = (
    "Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Hyun-woo Ye-rin Jun-seo Su-bin Jeong-woo Seung-hyun Tae-yoon "
    "Na-yeon Dong-hyun Hye-jin Sung-min Eun-ji Jae-hoon Hye-won Chang-ho Kyung-a"
).split()
MR_SUR = "Pak Yi Kim Ch'oe Chŏng Kang Cho Yun Chang Im Han O Sŏ Sin Kwŏn Hwang An Song Yu Chŏn Hong Ko Mun".split()
MR_GIV = "Sŏng-ho Hyŏn-suk Kyŏng-a Yŏng-su Myŏng-suk Chŏng-min Sŭng-hyŏn Tŏk-su Ch'un-ja Chae-hun Hye-wŏn Tong-hyŏn".split()
ALT_SUR = "Rhee Chung Choe Yi Pak Gim Kang Yun Ko Noh Yoo Bae".split()


def rstyle(style: str) -> str:
    """A romanised Korean name in one of several styles: 'rr-hyphen' (Kim Min-jun), 'western-hyphen' (Min-jun Kim),
    'mr' (McCune-Reischauer with breves), 'alt' (older surname spellings, Rhee Jiho) or 'caps' (KIM MIN JUN)."""
    if style == "rr-hyphen":
        return f"{random.choice(ROMA_SUR)} {random.choice(RR_HYPH)}"
    if style == "western-hyphen":
        return f"{random.choice(RR_HYPH)} {random.choice(ROMA_SUR)}"
    if style == "mr":
        return f"{random.choice(MR_SUR)} {random.choice(MR_GIV)}"
    if style == "alt":
        return f"{random.choice(ALT_SUR)} {random.choice(ROMA_GIVEN)}"
    return f"{random.choice(ROMA_SUR).upper()} {random.choice(RR_HYPH).upper().replace('-', ' ')}"


def intl(sep: str = "-") -> str:
    """A Korean mobile number with the +82 prefix (leading 0 dropped)."""
    m = pick_mob()
    return f"+82{sep}10{sep}{m[4:8]}{sep}{m[9:]}"


US_AREA = ["206", "312", "415", "503", "614", "617", "702", "718", "919", "971", "404", "512"]


def usnum(style: str = "paren") -> str:
    """A North American number outside the 555 range: 'paren' (206) 438-1190, 'dash', 'dot' or 'e164'."""
    a = random.choice(US_AREA)
    ex = fmt("MNN")
    while ex == "555":
        ex = fmt("MNN")
    line = dg(4)
    if style == "paren":
        return f"({a}) {ex}-{line}"
    if style == "dash":
        return f"{a}-{ex}-{line}"
    if style == "dot":
        return f"{a}.{ex}.{line}"
    return f"+1 {a} {ex} {line}"


ROADS2 = [
    ("강원특별자치도", "강릉시", "경강로", "임당동"),
    ("경상북도", "안동시", "경동로", "안기동"),
    ("전라남도", "목포시", "영산로", "용당동"),
    ("제주특별자치도", "제주시", "연북로", "노형동"),
    ("충청남도", "공주시", "웅진로", "웅진동"),
    ("인천광역시", "강화군", "강화대로", "강화읍"),
    ("경기도", "파주시", "문산역로", "문산읍"),
    ("서울특별시", "중랑구", "망우로", "상봉동"),
    ("부산광역시", "영도구", "태종로", "영선동"),
    ("울산광역시", "동구", "방어진순환도로", "방어동"),
    ("전북특별자치도", "군산시", "대학로", "미룡동"),
    ("경상남도", "통영시", "통영해안로", "항남동"),
    ("충청북도", "충주시", "중원대로", "연수동"),
    ("대구광역시", "달서구", "월배로", "진천동"),
]


def kaddr2(detail: str = "random") -> str:
    """A road-name address from a second list of roads (same labelling as kaddr)."""
    sido, sgg, road, dong = random.choice(ROADS2)
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(2, 390)}" + (f"-{random.randint(2, 19)}" if random.random() < 0.3 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 112)}동 {random.randint(2, 19)}0{random.randint(1, 4)}호"
    if mode == "floor":
        return f"{head} {num}, {random.randint(2, 6)}층"
    if mode == "ref":
        return f"{head} {num}({dong})"
    return f"{head} {num}"


JIBUN2 = [
    ("전라남도 완도군 노화읍", "이포리"),
    ("경상남도 남해군 창선면", "지족리"),
    ("충청북도 괴산군 청천면", "사담리"),
    ("강원특별자치도 양구군 해안면", "현리"),
    ("경기도 연천군 미산면", "백석리"),
    ("전북특별자치도 부안군 변산면", "격포리"),
    ("경상북도 의성군 단밀면", "낙정리"),
    ("충청남도 서천군 한산면", "지현리"),
]


def jibun2() -> str:
    a, b = random.choice(JIBUN2)
    return f"{a} {b} {random.randint(11, 880)}" + (f"-{random.randint(1, 9)}" if random.random() < 0.6 else "")


LOCALS2 = (
    "tkdwls0917 yeonhee.b gold_moon kjs1203 hyunah.lee sunny_oh dbswl22 mjpark.work cheolsu.k nari0505 "
    "b.hyejin wldms99 sj.baek hoon_0316 a.yoon"
).split()
MAILDOM2 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "korea.kr", "icloud.com", "hanmail.net", "yahoo.co.kr"]


def email2(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS2)}@{domain or random.choice(MAILDOM2)}"


def mail_of(name: str, domain: str, sep: str = ".") -> str:
    """An e-mail address built from an English or romanised name (first.last@domain)."""
    parts = name.lower().replace("-", "").split()
    return f"{parts[0]}{sep}{parts[-1]}@{domain}"


AREA = {
    "서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042", "울산": "052",
    "세종": "044", "경기": "031", "강원": "033", "충청북도": "043", "충북": "043", "충청남도": "041", "충남": "041",
    "전북": "063", "전라남도": "061", "전남": "061", "경상북도": "054", "경북": "054", "경상남도": "055", "경남": "055",
    "제주": "064",
}


def area_of(addr: str) -> str:
    """The landline area code of the province an address starts with."""
    return next(v for k, v in AREA.items() if addr.startswith(k))


def bad_rrn13() -> str:
    """Thirteen digits that cannot be a resident number (month 13-19), for tracking-number negatives."""
    return f"6{random.randint(0, 9)}{random.randint(13, 19)}{dg(9)}"


def ean_not_rrn() -> str:
    """A Korean EAN-13 (prefix 880) whose thirteen digits do not also pass as a resident number."""
    while True:
        e = ean13("880" + dg(9))
        if not (valid_date(e[:6], int(e[6])) and rrn_check(e[:12]) == int(e[12])):
            return e



# ---------------------------------------------------------------- (still copied: the makers the twenty-fifth added, its lines 699-836)
KGIV2 = (
    "하준 서아 은우 지안 로운 이서 시윤 아린 유찬 채은 도현 소윤 민재 예서 준혁 다인 승우 지유 태민 수연 "
    "영자 복순 판석 금례 칠성 용팔 점례 봉춘 갑수 순남 기순 만복 원석 향숙 인호 미옥 경태 은희 상욱 선영"
).split()


def kname3() -> str:
    """A Korean full name from a second list of given names (young and old generations)."""
    return random.choice(KSUR) + random.choice(KGIV2)


COMMON_WORDS = frozenset(
    (
        "연결 정결 표결 선결 공결 한결 성별 차별 구별 이별 송별 고별 석별 기별 선별 조율 배율 선율 전율 조건 여건 "
        "안건 용건 인건 강건 문건 표현 구현 오찬 성찬 정찬 예찬 반찬 하늘 마늘 오늘 구슬 이슬 서슬 경솔 반란 전란 "
        "문란 정담 한담 방담 민담 차담 우완 국빈 주빈 구빈 공훈 변혁 이윤"
    ).split()
)


def kn() -> str:
    """kname() redrawn while the name is also an everyday word (연결, 이별, 오늘, 조건...)."""
    while True:
        n = kname()
        if n not in COMMON_WORDS:
            return n


def kn2() -> str:
    """kname2() redrawn while the name is also an everyday word."""
    while True:
        n = kname2()
        if n not in COMMON_WORDS:
            return n


HFGN2 = {
    "ru": ["이바노프 세르게이", "스미르노바 올가", "쿠즈네초프 드미트리", "페트로바 안나"],
    "kh": ["속 찬타", "찬 소피아", "스레이 네앗"],
    "id": ["데위 앙그라이니", "리스키 프라타마", "와휴 헤르만토"],
    "mm": ["흐테 아웅 쪼", "뚜자 윈", "민 뚜 라"],
    "lk": ["쿠마리 라트나야케", "니산 페레라"],
    "kz": ["누르술탄 세이트칼리", "아이게림 베코바"],
}


def hfname2(origin: str) -> str:
    """A foreign national's name written in Hangul (Russian, Cambodian, Indonesian, Myanmar, Sri Lankan, Kazakh)."""
    return random.choice(HFGN2[origin])


EFIRST2 = (
    "Harriet Desmond Marisol Teodor Imogen Rashid Celeste Augustin Wren Bartholomew Ximena Florian Odessa Malik "
    "Genevieve Callum Beatriz Leopold Saoirse Emeka Thandiwe Dmitri Rosalind Ignacio Henrietta"
).split()
ELAST2 = (
    "Featherstone Oyelaran Szymanski Castellano Blackwood Van der Berg Mbeki Achterberg Lindgren Papadopoulos "
    "Drummond Kaczmarek Ferreira Holloway Nwachukwu Thibodeaux Esposito Radcliffe Montgomery Petrossian"
).split()


def ename2() -> str:
    """An English-language full name from a second list (the 'Van der Berg' surname keeps its internal spaces)."""
    last = random.choice(ELAST2)
    if last == "Van":
        last = "Van der Berg"
    while last in ("der", "Berg"):
        last = random.choice(ELAST2)
    return f"{random.choice(EFIRST2)} {last}"


ROADS3 = [
    ("서울특별시", "성북구", "보문로", "삼선동"),
    ("서울특별시", "강서구", "공항대로", "마곡동"),
    ("부산광역시", "금정구", "중앙대로", "구서동"),
    ("인천광역시", "부평구", "부평대로", "부평동"),
    ("대전광역시", "서구", "둔산로", "둔산동"),
    ("광주광역시", "남구", "봉선로", "봉선동"),
    ("경기도", "수원시 팔달구", "효원로", "인계동"),
    ("경기도", "안산시 단원구", "광덕대로", "고잔동"),
    ("경기도", "김해시", "가야로", "삼계동"),
    ("충청남도", "아산시", "번영로", "배방읍"),
    ("전라남도", "순천시", "연향번영길", "연향동"),
    ("경상북도", "구미시", "송정대로", "송정동"),
    ("강원특별자치도", "원주시", "원일로", "중앙동"),
    ("전북특별자치도", "익산시", "인북로", "모현동"),
]


def kaddr3(detail: str = "random") -> str:
    """A road-name address from a third list of roads, labelled like kaddr (the 김해시 row is a deliberate slip of
    the province, left as staff type it)."""
    sido, sgg, road, dong = random.choice(ROADS3)
    if sgg == "김해시":
        sido = "경상남도"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(3, 420)}" + (f"-{random.randint(1, 24)}" if random.random() < 0.3 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 120)}동 {random.randint(3, 22)}0{random.randint(1, 5)}호"
    if mode == "floor":
        return f"{head} {num} {random.randint(1, 5)}층 {random.randint(1, 9)}0{random.randint(1, 4)}호"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


LOCALS3 = (
    "hyeri.jang sm.kwak0630 ujin_lee bora2580 jkpyo.work seulgi.ok yh_cha77 minseo.gong dahye1124 taek.bang "
    "jwham.office sunwoo.eom gaon_do1 eunbi.seok hj.nam2019 kyungsu.ryu"
).split()
MAILDOM3 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "korea.kr", "hanmail.net", "nate.com", "hotmail.com"]


def email3(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS3)}@{domain or random.choice(MAILDOM3)}"


EADDR2 = [
    ("Juniper Hollow Ct", "Sacramento, CA", "95822"),
    ("Bellwether Pkwy", "Madison, WI", "53711"),
    ("Tamarack Ln", "Duluth, MN", "55803"),
    ("Quarry Bend Rd", "Asheville, NC", "28806"),
    ("Saltmarsh Ave", "Savannah, GA", "31405"),
    ("Orchard Terrace", "Spokane, WA", "99203"),
]


def eaddr2(unit: bool = False) -> str:
    street, city, z = random.choice(EADDR2)
    u = f" Apt {random.randint(2, 40)}{random.choice('ABCD')}" if unit else ""
    return f"{random.randint(7, 9870)} {street}{u}, {city} {z}"


def ipv4_int(ip: str) -> int:
    a, b, c, d = (int(x) for x in ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d



# ---------------------------------------------------------------- value makers new for this set
KGIV3 = (
    "서진 유나 건희 예나 준우 시아 태오 하람 지성 나은 도하 린아 재윤 세아 우진 연우 보민 채윤 "
    "정숙 말자 영철 순덕 복남 기남 명자 봉수 금순 창수 재석 옥자 두식 해숙 길례 만식"
).split()


def kname4() -> str:
    """A Korean full name from a third list of given names, redrawn while it is also an everyday word."""
    while True:
        n = random.choice(KSUR) + random.choice(KGIV3)
        if n not in COMMON_WORDS:
            return n


def anyk() -> str:
    """A Korean full name drawn from any of the name makers (old and young generations, rare surnames)."""
    return random.choice((kn, kname3, kname4, kname4, kname3, krare))()


KTITLE = "주무관 사무관 서기관 팀장 과장 주임 실무관 조사관 상담사 담당".split()


def titled() -> tuple[str, str]:
    """A Korean name and a job title that follows it (the title is never part of the label)."""
    return anyk(), random.choice(KTITLE)


HFGN3 = {
    "uz": ["라히모프 자수르", "유수포프 샤흐조드", "카리모바 니고라"],
    "pk": ["무함마드 아르살란", "아이샤 비비", "알리 하이데르"],
    "bd": ["모하마드 라킵 하산", "누스랏 자한"],
    "la": ["분미 시사무트", "캄폰 폼마찬"],
    "kg": ["아시말리에프 에를란", "누르벡 우울루"],
    "tl": ["주앙 다 코스타", "마리아 소아레스"],
}


def hfname3(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Uzbek, Pakistani, Bangladeshi, Lao, Kyrgyz, Timorese)."""
    return random.choice(HFGN3[origin or random.choice(list(HFGN3))])


FGN2 = (
    "RAKHIMOV JASUR|MUHAMMAD ARSALAN|HASAN MD RAKIB|SISAMOUTH BOUNMY|ASYMALIEV ERLAN|DA COSTA JOAO|"
    "NGUYEN THI MAI ANH|TRAN DUC THANH|GONZALES MARIA CRISTINA|SHRESTHA ANIL|BAKIROVA AIZADA|SAYED NUSRAT JAHAN"
).split("|")


def fname2() -> str:
    return random.choice(FGN2)


EFIRST3 = (
    "Marguerite Cornelius Anouk Ravi Siobhan Tobias Esperanza Lachlan Ngozi Hamish Priyanka Ezekiel Mireille "
    "Otto Yasmin Declan Annika Kofi Rosalie Benedikt Juniper Thaddeus Soledad Arjun"
).split()
ELAST3 = (
    "Ellingsworth Adeyemi Marchetti Lundqvist Okonjo Beaumont Fitzgerald Halvorsen Chaudhry Vasquez Underwood "
    "Kirkpatrick Sandoval Whitcombe Oduya Brandt Delgado Ashby Novotny Prescott MacLeod Tanaka-Reid"
).split()


def ename3() -> str:
    return f"{random.choice(EFIRST3)} {random.choice(ELAST3)}"


def anye() -> str:
    """An English-language full name from any of the three lists."""
    return random.choice((ename, ename2, ename3, ename3))()


ROADS4 = [
    ("서울특별시", "마포구", "월드컵북로", "상암동"),
    ("서울특별시", "송파구", "오금로", "방이동"),
    ("서울특별시", "동작구", "상도로", "상도동"),
    ("부산광역시", "해운대구", "좌동순환로", "좌동"),
    ("대구광역시", "북구", "칠곡중앙대로", "읍내동"),
    ("인천광역시", "남동구", "인주대로", "구월동"),
    ("광주광역시", "광산구", "수완로", "수완동"),
    ("대전광역시", "대덕구", "한밭대로", "오정동"),
    ("경기도", "성남시 분당구", "황새울로", "서현동"),
    ("경기도", "화성시", "동탄대로", "청계동"),
    ("경기도", "의정부시", "평화로", "의정부동"),
    ("충청북도", "제천시", "의림대로", "중앙로1가"),
    ("전라남도", "나주시", "빛가람로", "빛가람동"),
    ("경상남도", "진주시", "진양호로", "신안동"),
    ("경상북도", "경주시", "태종로", "성건동"),
    ("제주특별자치도", "제주시", "노형로", "노형동"),
]


def kaddr4(detail: str = "random") -> str:
    """A road-name address from a fourth list of roads, labelled like kaddr (a 번길 road now and then)."""
    sido, sgg, road, dong = random.choice(ROADS4)
    if random.random() < 0.25:
        road = f"{road}{random.randint(1, 9) * 10 + random.choice((0, 5))}번길"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(2, 310)}" + (f"-{random.randint(1, 15)}" if random.random() < 0.2 else "")
    mode = random.choice(["apt", "floor", "ref", "none"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 118)}동 {random.randint(2, 24)}0{random.randint(1, 4)}호"
    if mode == "floor":
        return f"{head} {num}, {random.randint(1, 7)}층 {random.randint(1, 7)}0{random.randint(1, 9)}호"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def anyaddr() -> str:
    return random.choice((kaddr, kaddr2, kaddr3, kaddr4, kaddr4))()


JIBUN3 = [
    ("경상북도 청송군 진보면", "진안리"),
    ("전라남도 보성군 벌교읍", "회정리"),
    ("강원특별자치도 정선군 사북읍", "사북리"),
    ("충청남도 예산군 덕산면", "사동리"),
    ("경상남도 하동군 악양면", "정서리"),
    ("전북특별자치도 진안군 마령면", "평지리"),
]


def jibun3() -> str:
    a, b = random.choice(JIBUN3)
    return f"{a} {b} {random.randint(21, 760)}" + (f"-{random.randint(1, 6)}" if random.random() < 0.5 else "")


ENG_KADDR = [
    ("Hwangsaeul-ro", "Bundang-gu, Seongnam-si, Gyeonggi-do", "13595"),
    ("Teheran-ro", "Gangnam-gu, Seoul", "06236"),
    ("Centum jungang-ro", "Haeundae-gu, Busan", "48059"),
    ("Songdogwahak-ro", "Yeonsu-gu, Incheon", "21984"),
    ("Dunsan-ro", "Seo-gu, Daejeon", "35242"),
    ("Itaewon-ro", "Yongsan-gu, Seoul", "04349"),
]


def kaddr_en(unit: bool = False) -> str:
    """A Korean road-name address written in English order (unit first when there is one), through the postcode."""
    road, rest, z = random.choice(ENG_KADDR)
    u = f"Apt {random.randint(1, 25)}0{random.randint(1, 6)}, " if unit else ""
    return f"{u}{random.randint(3, 520)}, {road}, {rest} {z}"


EADDR3 = [
    ("Wexford Gardens", "Bristol", "BS6 7TH", "uk"),
    ("Ashgrove Crescent", "Leeds", "LS6 3PJ", "uk"),
    ("Rue Saint-Denis", "Montréal, QC", "H2X 3K8", "ca"),
    ("Kingsway Ave", "Vancouver, BC", "V5N 2S4", "ca"),
    ("Pelham Lane", "Bethesda, MD", "20814", "us"),
    ("Cedar Bluff Dr", "Knoxville, TN", "37923", "us"),
]


def eaddr3() -> str:
    """A UK, Canadian or US street address through its postcode (UK: no comma before the postcode)."""
    street, city, z, _country = random.choice(EADDR3)
    n = random.randint(2, 4890)
    return f"{n} {street}, {city} {z}"


def anyea() -> str:
    return random.choice((eaddr, eaddr2, eaddr3, eaddr3))()


LOCALS4 = (
    "dayeon.k2 jisub_94 mh.cho.work hyeonjin88 sora.baek0211 gyuri_lee yjh1130 wonbin.p chaeyoung.s taeho_y01 "
    "nuri.kang93 soyeon_ham dj.min.office seorin0707 bk.pyo"
).split()
MAILDOM4 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "nate.com", "hanmail.net", "korea.kr", "icloud.com"]


def email4(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS4)}@{domain or random.choice(MAILDOM4)}"


def anymail() -> str:
    return random.choice((email, email2, email3, email4, email4))()


CORPDOM = [
    "northwind-logistics.com", "brightpath.io", "kestrel-capital.com", "orcaline.co.uk", "meridianhealth.org",
    "hallmarkpartners.com", "tidewater-energy.com", "lumen-bio.com",
]


def cmail(name: str) -> str:
    """A corporate e-mail address built from an English-language name."""
    return mail_of(name, random.choice(CORPDOM), random.choice((".", "_", ".")))


def ukmob() -> str:
    """A UK mobile number outside the 07700 900xxx drama range."""
    return f"+44 7{random.choice('45789')}{dg(2)} {dg(6)}"


CRN_HEADS = ["110111", "131111", "134511", "180111", "160111", "170111", "200111", "284411", "110115"]


def crx() -> str:
    return cr(random.choice(CRN_HEADS))


def anycard() -> str:
    """A Luhn-valid card number: Visa, Mastercard, Amex (4-6-5), JCB, UnionPay or a domestic 9410 card."""
    kind = random.choice(["visa", "mc", "amex", "jcb", "cup", "dom", "mc2"])
    sep = random.choice(["-", " ", "-"])
    if kind == "amex":
        return cc("37", (4, 6, 5), sep)
    return cc({"visa": "4", "mc": "52", "mc2": "54", "jcb": "3562", "cup": "6250", "dom": "9410"}[kind], sep=sep)


def anyacct() -> tuple[str, str]:
    b = random.choice(list(BANK))
    return b, acct(b)


def anyphone() -> str:
    r = random.random()
    if r < 0.55:
        return mob()
    if r < 0.65:
        return mob(".")
    if r < 0.72:
        return mob("")
    if r < 0.85:
        return land(random.choice(["02", "031", "051", "053", "062", "042", "064", "033"]))
    if r < 0.92:
        return voip()
    return intl()


HANJA_NAMES = [
    ("김영수", "金英洙"),
    ("이정희", "李貞姬"),
    ("박상철", "朴相哲"),
    ("최순자", "崔順子"),
    ("정광호", "鄭光浩"),
    ("윤명숙", "尹明淑"),
    ("오병철", "吳炳哲"),
    ("조현숙", "趙賢淑"),
]


# ---------------------------------------------------------------- disguise helpers, all written for this set
MIL_DIGIT = dict(zip("0123456789", "공 하나 둘 삼 넷 오 여섯 칠 팔 아홉".split(), strict=True))
SINO_DIGIT = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))


def military(num: str) -> str:
    """Digits read the way Korean radio operators do (하나 둘 삼 넷 오 여섯 칠 팔 아홉 공), groups split by ' / '."""
    return " / ".join(" ".join(MIL_DIGIT[c] for c in g) for g in re.split(r"[-. ]", num))


def sino_digits(s: str) -> str:
    return "".join(SINO_DIGIT[c] for c in s)


def sino_number(n: int) -> str:
    """A cardinal read in Sino-Korean (1234 -> 천이백삼십사), as a speech-to-text engine writes a building number."""
    units = [(1000, "천"), (100, "백"), (10, "십")]
    out = ""
    for v, u in units:
        q, n = divmod(n, v)
        if q:
            out += ("" if q == 1 else SINO_DIGIT[str(q)]) + u
    return out + (SINO_DIGIT[str(n)] if n else "")


def keycaps(s: str) -> str:
    """Digits as emoji keycaps (digit + U+FE0F + U+20E3), other characters kept."""
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def letter_o(s: str) -> str:
    return s.replace("0", "O")


CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]


def compat_jamo(s: str) -> str:
    """Hangul syllables spelled out as Hangul Compatibility Jamo (김 -> ㄱㅣㅁ), as a chat filter-dodger types."""
    out = []
    for ch in s:
        i = ord(ch) - 0xAC00
        if 0 <= i < 11172:
            out.append(CHO[i // 588] + JUNG[(i % 588) // 28] + JONG[i % 28])
        else:
            out.append(ch)
    return "".join(out)


def at_dot_hangul(addr: str) -> str:
    """An e-mail address with @ and . read out in Hangul (앳, 닷)."""
    local, dom = addr.split("@")
    return f"{local} 앳 {dom.replace('.', ' 닷 ')}"


def emoji_sep(s: str, sep: str = "🔸") -> str:
    return s.replace("-", sep)


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445", "y": "\u0443"}


def cyrillic(s: str) -> str:
    """Latin letters swapped for Cyrillic look-alikes (а е о с р х у)."""
    return "".join(CYR.get(c, c) for c in s)


def nospam(addr: str) -> str:
    local, dom = addr.split("@")
    return f"{local}NOSPAM@{dom}"


def html_comment(addr: str) -> str:
    local, dom = addr.split("@")
    return f"{local}<!-- -->@<!-- x -->{dom}"


def spaced_mail(addr: str) -> str:
    return addr.replace("@", " @ ").replace(".", " . ")


def math_bold(s: str) -> str:
    """Latin letters as Unicode MATHEMATICAL BOLD letters (the 'fancy text' generators)."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "O": "0"})


def leet(s: str) -> str:
    return s.translate(LEET)


def spelled(word: str) -> str:
    return "-".join(word.upper())


NATO = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec "
        "Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split(),
        strict=True,
    )
)
EN_DIGIT = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(), strict=True))


def nato(s: str) -> str:
    return " ".join(NATO.get(c, EN_DIGIT.get(c, c)) for c in s)


def underline(s: str) -> str:
    """Every character followed by U+0332 COMBINING LOW LINE (underlined text pasted from a rich-text editor)."""
    return "".join(c + "\u0332" for c in s)


def nnbsp(s: str) -> str:
    return re.sub(r"[- ]", "\u202f", s)


def odd_dashes(s: str) -> str:
    """Hyphens swapped for U+2011 NON-BREAKING HYPHEN, U+2013 EN DASH and U+2212 MINUS SIGN in turn."""
    marks = iter("\u2011\u2013\u2212\u2011\u2013")
    return "".join(next(marks) if c == "-" else c for c in s)


def defang(ip: str) -> str:
    return ip.replace(".", "[.]")


def char_codes(s: str) -> str:
    return ",".join(str(ord(c)) for c in s)


def sql_concat_inner(addr: str) -> str:
    local, dom = addr.split("@")
    return f"{local}', '@', '{dom}"


def mime_b(s: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def mime_q(s: str) -> str:
    return "=?UTF-8?Q?" + "".join(f"={b:02X}" for b in s.encode()) + "?="


def pct(s: str) -> str:
    return urllib.parse.quote(s)


def utf16_hex(s: str) -> str:
    return s.encode("utf-16-le").hex(" ")


def int_literal(rrn_dashed: str) -> str:
    return rrn_dashed.replace("-", "_")


def ip_hexint(ip: str) -> str:
    return f"0x{ipv4_int(ip):08X}"


def ip_arpa(ip: str) -> str:
    return ".".join(reversed(ip.split(".")))


def ip_hexoct(ip: str) -> str:
    return ".".join(f"0x{int(o):x}" for o in ip.split("."))


def b32(s: str) -> str:
    return base64.b32encode(s.encode()).decode()


def hangul_hyphen(s: str) -> str:
    """The hyphen typed as the Hangul vowel ㅡ (U+3161), which sits where a Korean keyboard user expects '-'."""
    return s.replace("-", "ㅡ")


def thousands(s: str) -> str:
    """A number Excel turned into a value and formatted with thousands separators."""
    return f"{int(digits(s)):,}"


# ---------------------------------------------------------------- the inline-mark case writer (copied from the twenty-fifth, its lines 1065-1106)
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.DOTALL)
TAG = {
    "RRN": RRN,
    "ARN": ARN,
    "PASS": PASS,
    "DLIC": DLIC,
    "BRN": BRN,
    "CRN": CRN,
    "HINS": HINS,
    "PH": PH,
    "ACC": ACC,
    "CARD": CARD,
    "MAIL": MAIL,
    "IP": IP,
    "PER": PER,
    "LOC": LOC,
}


def put(lang: str, kind: str, marked: str) -> None:
    """Add a case written with ⟦TAG:value⟧ marks: the marks are stripped, each value becomes a label, and the spans
    place() will compute are checked against where the marks stood."""
    labels: list[tuple[str, str]] = []
    where: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = last = 0
    for m in MARK.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        value = m.group(2)
        parts.append(value)
        labels.append((TAG[m.group(1)], value))
        where.append((pos, pos + len(value)))
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    assert "⟦" not in text and "⟧" not in text, text
    got = sorted((int(str(s["start"])), int(str(s["end"]))) for s in place(text, labels))
    assert got == sorted(where), (got, where, text)
    add(lang, kind, text, labels)


# ---------------------------------------------------------------- positives, Korean (60): ministry and public-agency staff prompts
def positives_ko() -> None:
    L = "ko"
    # 1 국세청 근로장려금 반기 신청 검토
    a, b = anyk(), anyk()
    bank, ac = anyacct()
    put(L, P, f"근로장려금 반기 신청분 검토 메모 요약해 줘. 신청인 ⟦PER:{a}⟧(⟦RRN:{rrx(1978, 1992)}⟧), 배우자 ⟦PER:{b}⟧, "
        f"주소 ⟦LOC:{kaddr4()}⟧, 환급계좌 {bank} ⟦ACC:{ac}⟧. 배우자 사업소득이 총소득 기준을 넘는지만 봐 주면 돼.")
    # 2 주민등록 사실조사
    a, t = titled()
    put(L, P, f"주민등록 사실조사 거주불명 의심 세대 공문 초안 써 줘.\n세대주: ⟦PER:{anyk()}⟧ / ⟦RRN:{rrx(1960, 1985)}⟧\n"
        f"등록 주소: ⟦LOC:{kaddr2('apt')}⟧\n연락처: ⟦PH:{mob()}⟧\n통장 확인 결과 3개월 이상 미거주. 조사 담당 ⟦PER:{a}⟧ {t}.")
    # 3 병무청 사회복무요원 소집통지 재발송
    a = kname3()
    put(L, P, f"사회복무요원 소집통지서가 '수취인 부재'로 반송됐습니다. 대상 ⟦PER:{a}⟧(⟦RRN:{rrx(2002, 2005, female=False)}⟧), "
        f"주민등록상 주소 ⟦LOC:{kaddr3('apt')}⟧, 본인 휴대폰 ⟦PH:{mob()}⟧. 재통지 문자 문구를 정중하게 다듬어 주세요.")
    # 4 고용노동부 육아휴직 급여 (post-2020 child number)
    a, c = anyk(), kname4()
    put(L, P, f"육아휴직 급여 사후지급금 안내 문자 만들어줘. 근로자 ⟦PER:{a}⟧, 사업장 관리번호 대신 사업자등록번호 ⟦BRN:{bz()}⟧로 조회됨, "
        f"급여 입금계좌 국민 ⟦ACC:{acct('국민')}⟧, 대상 자녀 ⟦PER:{c}⟧(⟦RRN:{rn('220' + str(random.randint(1, 9)) + '1' + str(random.randint(0, 2)), random.choice((3, 4)))}⟧).")
    # 5 보건소 결핵 접촉자 조사
    f, w = hfname3("uz"), anyk()
    put(L, P, f"결핵 접촉자 조사표 정리 부탁해요. 지표환자 ⟦PER:{f}⟧ (외국인등록번호 ⟦ARN:{arx(1988, 1999)}⟧), "
        f"같은 라인 동료 ⟦PER:{w}⟧ ⟦PH:{mob()}⟧, 회사 기숙사 ⟦LOC:{kaddr4('floor')}⟧. 잠복결핵 검사 안내문도 같이.")
    # 6 차량등록사업소 이전등록
    a, b = anyk(), anyk()
    put(L, P, f"자동차 이전등록 신청서 누락항목 체크해줘 — 양도인 ⟦PER:{a}⟧ ⟦RRN:{rrx(1955, 1975)}⟧, 양수인 ⟦PER:{b}⟧, "
        f"양수인 운전면허번호 ⟦DLIC:{dl()}⟧, 양수인 주소 ⟦LOC:{kaddr()}⟧. 인감증명 첨부 여부 표시해 줘.")
    # 7 경찰 유실물 반환
    a = anyk()
    put(L, P, f"유실물 습득물 처리: 지갑 내용물 — 신용카드 1매(⟦CARD:{anycard()}⟧), 운전면허증(⟦DLIC:{dl(named=True)}⟧, "
        f"성명 ⟦PER:{a}⟧), 현금 없음. 면허증 주소 ⟦LOC:{kaddr2()}⟧로 보낼 반환 안내 우편 초안 부탁.")
    # 8 119 구급활동일지
    a, d = anyk(), anyk()
    put(L, P, f"구급활동일지 요약해줘. 환자 ⟦PER:{a}⟧ (남, 78세, 의식 저하), 건강보험증 ⟦HINS:{hi()}⟧, 보호자 딸 ⟦PER:{d}⟧ "
        f"⟦PH:{mob()}⟧, 출동 장소 ⟦LOC:{kaddr('apt')}⟧ 현관. 이송 병원은 권역응급센터.")
    # 9 관세청 해외직구 통관 보류
    a = kname4()
    m = email4()
    put(L, P, f"통관 보류 안내 문자랑 메일 둘 다 써 줘. 수취인 ⟦PER:{a}⟧, 연락처 ⟦PH:{mob()}⟧, 배송지 ⟦LOC:{kaddr4('apt')}⟧, "
        f"이메일 ⟦MAIL:{m}⟧. 사유: 자가사용 인정 수량 초과(영양제 7병).")
    # 10 출입국 체류기간 연장
    f = fname2()
    put(L, P, f"체류기간 연장허가 서류 대조 결과 정리: 신청인 ⟦PER:{f}⟧, "
        f"외국인등록번호 ⟦ARN:{arx(1985, 2001)}⟧, 체류지 ⟦LOC:{kaddr3()}⟧, 고용업체 사업자번호 ⟦BRN:{bz()}⟧. 표준근로계약서 사본 누락.")
    # 11 선관위 거소투표 신고
    a, b = anyk(), anyk()
    put(L, P, f"거소투표신고인 명부 입력값 확인 부탁드립니다.\n1) ⟦PER:{a}⟧ ⟦RRN:{rrx(1931, 1945)}⟧ 거소: ⟦LOC:{kaddr4('floor')}⟧ ○○요양원\n"
        f"2) 신고 대리인: ⟦PER:{b}⟧ (자녀) ⟦PH:{mob()}⟧\n요양원 거소 주소가 주민등록지와 다른데 문제 되나요?")
    # 12 한전 복지할인
    a = anyk()
    put(L, P, f"한전 복지할인(장애인 세대) 적용 안내문 써 줘. 고객 ⟦PER:{a}⟧, 주민번호 ⟦RRN:{rrx(1962, 1980)}⟧, "
        f"전기요금 자동납부 카드 ⟦CARD:{anycard()}⟧. 검침용 고객번호는 안내문에 넣지 말고.")
    # 13 건보 임의계속가입
    a = anyk()
    put(L, P, f"임의계속가입 신청 처리 메일 초안: 퇴직자 ⟦PER:{a}⟧님, 건강보험증 번호 ⟦HINS:{hid()}⟧, 자택 ⟦LOC:{kaddr2()}⟧, "
        f"회신 메일 ⟦MAIL:{email3()}⟧. 보험료는 직장가입자 때 본인부담분 기준이라고 안내.")
    # 14 재난지원금 이의신청
    a, b, c = anyk(), anyk(), kn2()
    put(L, P, f"재난지원금 이의신청 내용 한 단락으로 정리. 신청인 ⟦PER:{a}⟧(⟦PH:{mob()}⟧), 가구원 ⟦PER:{b}⟧·⟦PER:{c}⟧, "
        f"지급계좌 카카오뱅크 ⟦ACC:{acct('카카오뱅크')}⟧. 건강보험료 기준일 이후 세대 분리됐다는 주장.")
    # 15 검정고시 응시원서
    a, g = kname3(), anyk()
    put(L, P, f"검정고시 응시원서 접수확인서 내용 점검: 응시자 ⟦PER:{a}⟧ (⟦RRN:{rrx(2007, 2009, female=True)}⟧), 보호자 ⟦PER:{g}⟧ "
        f"⟦PH:{mob()}⟧, 주소 ⟦LOC:{kaddr4()}⟧, 수험표 수신 메일 ⟦MAIL:{email4()}⟧.")
    # 16 공익직불금 계좌 오류
    a = anyk()
    put(L, P, f"공익직불금 지급 오류 건: 농업인 ⟦PER:{a}⟧, 농지 소재지 ⟦LOC:{jibun3()}⟧, 등록계좌 농협 ⟦ACC:{acct('농협')}⟧ → 예금주 불일치로 반송. "
        f"주민번호 ⟦RRN:{rrx(1948, 1966)}⟧로 본인 계좌 재확인 요청 공문 작성.")
    # 17 어업용 면세유 카드 재발급
    a = anyk()
    ad = jibun2()
    put(L, P, f"어업용 면세유 구입카드 재발급 신청서 검토: 선주 ⟦PER:{a}⟧, 어선 제7해성호(9.77톤), 기존 카드 ⟦CARD:{cc('9410')}⟧ 분실, "
        f"주소 ⟦LOC:{ad}⟧, 집 전화 ⟦PH:{land(area_of(ad))}⟧.")
    # 18 예술인 창작준비금
    a = anyk()
    put(L, P, f"창작준비금 선정 통보 메일 다듬어 줘. 수신 ⟦PER:{a}⟧ 작가님 ⟦MAIL:{email2()}⟧, 지원금 300만원 입금계좌 신한 ⟦ACC:{acct('신한')}⟧, "
        f"정산 문의는 예술인복지재단 대표전화로.")
    # 19 양육비 이행 감치명령
    a = anyk()
    put(L, P, f"양육비 감치명령 신청서 초안 작성. 채무자 ⟦PER:{a}⟧(⟦RRN:{rrx(1980, 1990, female=False)}⟧), 주소 ⟦LOC:{kaddr()}⟧, "
        f"현 직장 ㈜한빛물류 사업자등록번호 ⟦BRN:{bz()}⟧. 미지급 양육비 14개월분.")
    # 20 법률구조공단 상담 신청
    a, b = anyk(), anyk()
    put(L, P, f"무료법률상담 신청서 내용 정리해 줘 — 신청인 ⟦PER:{a}⟧ ⟦PH:{mob()}⟧ ⟦MAIL:{email()}⟧ / 상대방(임대인) ⟦PER:{b}⟧ / "
        f"임차 목적물 ⟦LOC:{kaddr3('apt')}⟧ / 쟁점: 보증금 반환 지연.")
    # 21 특허청 출원인코드
    rep, st = anyk(), kname4()
    put(L, P, f"출원인코드 부여 신청서 확인: ㈜하람바이오 법인등록번호 ⟦CRN:{crx()}⟧, 사업자등록번호 ⟦BRN:{bz()}⟧, "
        f"대표이사 ⟦PER:{rep}⟧, 실무 담당 ⟦PER:{st}⟧ 대리 ⟦MAIL:{email4(domain='harambio.co.kr')}⟧. 인감 날인 누락 여부 봐 줘.")
    # 22 소상공인 정책자금
    a = anyk()
    put(L, P, f"소상공인 정책자금 대리대출 확인서 발급용 요약: 상호 다온분식, 사업자 ⟦BRN:{bz()}⟧, 대표자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1970, 1988)}⟧, "
        f"사업장 ⟦LOC:{kaddr4('floor')}⟧, 휴대폰 ⟦PH:{mob()}⟧.")
    # 23 수의계약 대금 청구
    a = anyk()
    put(L, P, f"대금 청구서 검토 부탁드립니다. 계약상대자 ㈜정담이엔씨(법인 ⟦CRN:{crx()}⟧ / 사업자 ⟦BRN:{bz()}⟧), 입금계좌 기업 ⟦ACC:{acct('기업')}⟧, "
        f"담당 ⟦PER:{a}⟧ 과장 ⟦PH:{land('031')}⟧. 검수조서 일자와 청구일이 맞는지도요.")
    # 24 국민신문고 민원 이송
    a = anyk()
    put(L, P, f"국민신문고 민원 이송 공문 작성해줘. 민원인 ⟦PER:{a}⟧, 주소 ⟦LOC:{anyaddr()}⟧, 전화 ⟦PH:{anyphone()}⟧, 이메일 ⟦MAIL:{anymail()}⟧. "
        f"내용: 버스정류장 안전펜스 파손 — 소관 기관인 구청 건설과로 이송.")
    # 25 가계동향조사 방문 일정
    a, b = anyk(), anyk()
    put(L, P, f"가계동향조사 표본가구 방문 일정표로 만들어줘.\n- ⟦PER:{a}⟧, ⟦LOC:{kaddr4('apt')}⟧, ⟦PH:{mob()}⟧, 평일 19시 이후\n"
        f"- ⟦PER:{b}⟧, ⟦LOC:{kaddr2('apt')}⟧, ⟦PH:{mob()}⟧, 토요일 오전만")
    # 26 하이패스 미납 통행료 환불
    a = anyk()
    put(L, P, f"미납 통행료 이중납부 환불 요청 회신 써줘. 차량 소유자 ⟦PER:{a}⟧, 주소 ⟦LOC:{kaddr()}⟧, 환불받을 본인 계좌 우리 ⟦ACC:{acct('우리')}⟧. "
        f"가상계좌로 한 번, 휴게소 수납기로 한 번 납부했다고 함.")
    # 27 전세임대 입주자
    a, b = anyk(), anyk()
    put(L, P, f"전세임대 권리분석 의뢰 메일: 입주대상자 ⟦PER:{a}⟧ (⟦RRN:{rrx(1994, 2001)}⟧), 희망 주택 ⟦LOC:{kaddr4('apt')}⟧, "
        f"임대인 ⟦PER:{b}⟧ 계좌 하나 ⟦ACC:{acct('하나')}⟧. 선순위 근저당 있는지 확인 요청.")
    # 28 햇살론 보증 신청
    a = anyk()
    put(L, P, f"햇살론 보증 신청서 검토해줘: ⟦PER:{a}⟧ ⟦RRN:{rrx(1985, 1996)}⟧, 직장가입 건강보험증 ⟦HINS:{hi()}⟧, 급여 이체 계좌 토스뱅크 ⟦ACC:{acct('토스뱅크')}⟧, "
        f"재직 6개월.")
    # 29 한국소비자원 피해구제
    a = anyk()
    put(L, P, f"피해구제 신청 접수 요지 정리: 소비자 ⟦PER:{a}⟧ ⟦PH:{mob()}⟧, 헬스장 12개월 이용권 결제 카드 ⟦CARD:{anycard()}⟧, "
        f"사업자 바디웍스짐 ⟦BRN:{bz()}⟧ — 중도해지 위약금 과다.")
    # 30 인감증명 대리발급
    a, b = anyk(), anyk()
    put(L, P, f"인감증명서 대리발급 위임장 확인 부탁. 위임자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1944, 1960)}⟧, 수임자 ⟦PER:{b}⟧ ⟦RRN:{rrx(1970, 1990)}⟧, "
        f"수임자 신분증 운전면허 ⟦DLIC:{dl()}⟧. 위임자 자필 서명이 맞는지 비교해야 함.")
    # 31 주정차 위반 의견진술
    a, b = anyk(), anyk()
    put(L, P, f"주정차 위반 과태료 의견진술서 요약: 차주 ⟦PER:{a}⟧, 당시 실제 운전자 ⟦PER:{b}⟧ (면허번호 ⟦DLIC:{dl(named=True)}⟧), "
        f"연락처 ⟦PH:{mob()}⟧. 운전자 변경 요청.")
    # 32 고령운전자 면허 자진반납
    a, b = anyk(), anyk()
    put(L, P, f"고령운전자 면허 자진반납 인센티브 지급 명단 표로 정리.\n⟦PER:{b}⟧ 1947년생 면허 ⟦DLIC:{dl('경북')}⟧ 계좌 ⟦ACC:{acct('우체국')}⟧\n"
        f"⟦PER:{a}⟧ 1949년생 면허 ⟦DLIC:{dl('경북')}⟧ 계좌 ⟦ACC:{acct('농협')}⟧")
    # 33 국립공원 대피소 예약 환불
    a = anyk()
    put(L, P, f"대피소 예약 환불 민원 답변 써 줘. 예약자 ⟦PER:{a}⟧ ⟦MAIL:{email2()}⟧ ⟦PH:{mob()}⟧, 결제 카드 ⟦CARD:{cc('37', (4, 6, 5))}⟧. "
        f"기상특보로 입산 통제된 날이라 전액 환불 대상.")
    # 34 재외국민 특별전형
    a, fa = anyk(), anyk()
    put(L, P, f"재외국민 특별전형 지원자 서류 대조: ⟦PER:{a}⟧, 현 여권 ⟦PASS:{pp_new()}⟧, 구여권 ⟦PASS:{pp()}⟧, 부 ⟦PER:{fa}⟧ 해외 주재 기간 4년 2개월, "
        f"연락 메일 ⟦MAIL:{email3()}⟧. 출입국사실증명과 재학기간 겹치는지 봐줘.")
    # 35 아포스티유 대행
    a = anyk()
    put(L, P, f"아포스티유 발급 대행 신청서 작성: 신청인 ⟦PER:{a}⟧, 여권번호 ⟦PASS:{pp_new('M')}⟧, 국내 연락처 ⟦PH:{mob()}⟧, 대상 문서 가족관계증명서 2부.")
    # 36 실종 신고 요약
    a, s = anyk(), anyk()
    put(L, P, f"실종 신고 접수 내용 요약: 실종자 ⟦PER:{a}⟧(⟦RRN:{rrx(1938, 1950)}⟧, 치매 진단), 최종 목격 ⟦LOC:{kaddr2('none')}⟧ 앞 편의점, "
        f"신고자 아들 ⟦PER:{s}⟧ ⟦PH:{mob()}⟧. 배회감지기 미착용.")
    # 37 지역사랑상품권 부정유통
    a = anyk()
    put(L, P, f"지역사랑상품권 부정유통 의심 가맹점 보고서 초안: 상호 행복마트, 사업자 ⟦BRN:{bz()}⟧, 대표 ⟦PER:{a}⟧, 환전 입금 계좌 새마을금고 ⟦ACC:{acct('새마을금고')}⟧, "
        f"가맹점 결제 단말 접속 IP ⟦IP:{pub_ip()}⟧. 월 환전액이 매출의 4배.")
    # 38 스포츠강좌이용권
    a = kname3()
    put(L, P, f"스포츠강좌이용권 부정수급 확인 요청: 이용자 ⟦PER:{a}⟧ (바우처 카드 ⟦CARD:{cc('9410', sep=' ')}⟧), 가맹 체육시설 사업자 ⟦BRN:{bz()}⟧, "
        f"시설 주소 ⟦LOC:{kaddr4('floor')}⟧. 출석 없는 결제 반복.")
    # 39 근로지원인 서비스
    a, h = anyk(), kname4()
    put(L, P, f"근로지원인 서비스 신청 접수 안내 메일: 장애인 근로자 ⟦PER:{a}⟧ ⟦PH:{mob()}⟧, 사업장 사업자번호 ⟦BRN:{bz()}⟧ 소재지 ⟦LOC:{kaddr3('floor')}⟧, "
        f"인사담당 ⟦PER:{h}⟧ ⟦MAIL:{email4()}⟧.")
    # 40 예방접종 이상반응 신고
    a = kname3()
    put(L, P, f"예방접종 이상반응 신고서 검토: 피접종자 ⟦PER:{a}⟧ ⟦RRN:{rrx(2000, 2006)}⟧, 건강보험 ⟦HINS:{hi()}⟧, 보호자 연락처 ⟦PH:{mob()}⟧. "
        f"접종 후 38.9도 발열, 이틀 지속.")
    # 41 EMS 분실 손해배상
    a, r = anyk(), anye()
    put(L, P, f"EMS 분실 손해배상 청구서 정리: 발송인 ⟦PER:{a}⟧ ⟦LOC:{kaddr()}⟧ ⟦PH:{mob()}⟧, 수취인 ⟦PER:{r}⟧ (미국), 배상금 입금 우체국 ⟦ACC:{acct('우체국')}⟧.")
    # 42 에너지바우처
    a = anyk()
    put(L, P, f"에너지바우처 카드 발급 대상 안내문: ⟦PER:{a}⟧ 어르신(⟦RRN:{rrx(1940, 1952)}⟧), 국민행복카드 ⟦CARD:{cc('52')}⟧로 하절기 바우처 자동 충전. "
        f"주소 ⟦LOC:{jibun()}⟧.")
    # 43 청년도약계좌 소득확인
    a = kname3()
    put(L, P, f"청년도약계좌 개인소득 확인 서류 누락 안내: 신청인 ⟦PER:{a}⟧ (⟦RRN:{rrx(2000, 2003)}⟧), 건강보험 자격득실 확인용 증번호 ⟦HINS:{hi()}⟧, "
        f"회신 메일 ⟦MAIL:{email4()}⟧.")
    # 44 자연휴양림 예약 환불
    a = anyk()
    put(L, P, f"자연휴양림 중복 예약 환불 처리: 예약자 ⟦PER:{a}⟧, 결제 카드 ⟦CARD:{cc('4')}⟧, 환불 계좌 경남 ⟦ACC:{acct('경남')}⟧, "
        f"예약 접속 IP ⟦IP:{pub_ip()}⟧ — 같은 IP로 3건 연속 예약.")
    # 45 문화누리카드 분실
    a = kname4()
    put(L, P, f"문화누리카드 분실 재발급 처리 문자: ⟦PER:{a}⟧님(⟦RRN:{rrx(1958, 1972)}⟧) 기존 카드 ⟦CARD:{cc('54')}⟧ 정지 완료, 새 카드는 ⟦LOC:{kaddr4()}⟧로 등기 발송.")
    # 46 자동차세 연납 환급
    a = anyk()
    put(L, P, f"자동차세 연납 환급금 지급 안내: 납세자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1966, 1984)}⟧, 환급계좌 대구 ⟦ACC:{acct('대구')}⟧. 차량 말소에 따른 일할 환급 43,210원.")
    # 47 근로장학생 근무일지
    a = kname3()
    put(L, P, f"근로장학생 근무일지 이상 건 확인해줘. 학생 ⟦PER:{a}⟧ ⟦PH:{mob()}⟧ ⟦MAIL:{email2()}⟧, 근무부서 학생지원팀, 출근 체크 IP ⟦IP:{pub_ip()}⟧ (교외 IP), "
        f"퇴근 체크 IP ⟦IP:{priv_ip()}⟧.")
    # 48 기초연금 상담
    a, b = anyk(), anyk()
    put(L, P, f"기초연금 신청 상담기록 정리: 어르신 ⟦PER:{a}⟧ ⟦RRN:{rrx(1950, 1958)}⟧, 배우자 ⟦PER:{b}⟧, 주소 ⟦LOC:{jibun3()}⟧, 수급계좌 농협 ⟦ACC:{acct('농협')}⟧. "
        f"자녀 부양 여부는 기준 아님을 설명함.")
    # 49 지급명령 신청서
    a, b = anyk(), anyk()
    put(L, P, f"지급명령 신청서 당사자 표시 부분 작성해 줘.\n채권자 ⟦PER:{a}⟧ ⟦LOC:{kaddr()}⟧\n채무자 ⟦PER:{b}⟧ (⟦RRN:{rrx(1975, 1989)}⟧) ⟦LOC:{kaddr2()}⟧ 휴대전화 ⟦PH:{mob()}⟧\n"
        f"청구금액 1,850만원(대여금).")
    # 50 범죄피해자 구조금
    a, v = anyk(), kname3()
    put(L, P, f"범죄피해자 구조금 지급 결정 통지서 작성: 신청인 ⟦PER:{a}⟧(피해자의 모), 피해자 ⟦PER:{v}⟧, 구조금 입금계좌 부산 ⟦ACC:{acct('부산')}⟧, 연락처 ⟦PH:{mob()}⟧.")
    # 51 수상레저 조종면허 갱신
    a, b, c = anyk(), anyk(), kn2()
    put(L, P, f"수상레저 조종면허 갱신 대상자 문자 발송 목록 확인:\n⟦PER:{a}⟧ ⟦PH:{mob()}⟧\n⟦PER:{b}⟧ ⟦PH:{mob('.')}⟧\n⟦PER:{c}⟧ ⟦PH:{mob('')}⟧\n"
        f"갱신 기한은 면허증 유효기간 만료일 기준.")
    # 52 국민연금 추후납부
    a = anyk()
    put(L, P, f"국민연금 추후납부 분할납부 신청 처리: 가입자 ⟦PER:{a}⟧ ⟦RRN:{rrx(1972, 1985)}⟧, 카드 자동이체 ⟦CARD:{anycard()}⟧, 60회 분할. 안내문 써 줘.")
    # 53 공무원연금 수령계좌 변경
    a = anyk()
    put(L, P, f"퇴직연금 수령계좌 변경 신청 확인: 퇴직공무원 ⟦PER:{a}⟧, 새 계좌 수협 ⟦ACC:{acct('수협')}⟧, 주소 ⟦LOC:{kaddr3()}⟧, 전화 ⟦PH:{land('061')}⟧. 본인 명의 통장 사본 첨부됨.")
    # 54 신원조사 회보
    a = anyk()
    put(L, P, f"신규 임용예정자 신원조사 회보서 요약해 줘. ⟦PER:{a}⟧ ⟦RRN:{rrx(1994, 1999)}⟧, 현주소 ⟦LOC:{kaddr4()}⟧, 여권 ⟦PASS:{pp_new()}⟧ — 최근 5년 해외체류 2회.")
    # 55 국민취업지원제도 상담일지
    a = anyk()
    put(L, P, f"국민취업지원제도 2유형 참여자 상담일지 정리: ⟦PER:{a}⟧ ⟦PH:{mob()}⟧ ⟦MAIL:{email3()}⟧, 구직촉진수당 계좌 케이뱅크 ⟦ACC:{acct('케이뱅크')}⟧. 다음 상담 2주 후.")
    # 56 옥외광고물 표시허가
    a = anyk()
    put(L, P, f"옥외광고물 표시허가 신청 검토: 광고주 ㈜누리온 법인등록번호 ⟦CRN:{crx()}⟧, 설치장소 ⟦LOC:{kaddr4('none')}⟧ 건물 옥상, 시공업체 사업자 ⟦BRN:{bz()}⟧, "
        f"현장소장 ⟦PER:{a}⟧ ⟦PH:{mob()}⟧.")
    # 57 개명허가 신청
    old, new = kname4(), kname3()
    put(L, P, f"개명허가 신청서 초안: 사건본인 ⟦PER:{old}⟧ → 개명할 이름 ⟦PER:{new}⟧, 주민등록번호 ⟦RRN:{rrx(1983, 1995, female=True)}⟧, "
        f"등록기준지 ⟦LOC:{kaddr2('none')}⟧. 개명 사유: 놀림과 업무상 불편.")
    # 58 계절근로자 입국 명단
    f1, f2, farmer = fname2(), fname2(), anyk()
    ad = jibun2()
    put(L, P, f"외국인 계절근로자 외국인등록 완료 명단 확인해 주세요.\n⟦PER:{f1}⟧ ⟦ARN:{arx(1984, 1999)}⟧\n⟦PER:{f2}⟧ ⟦ARN:{arx(1984, 1999)}⟧\n"
        f"고용 농가: ⟦PER:{farmer}⟧, ⟦LOC:{ad}⟧, ⟦PH:{mob()}⟧")
    # 59 다문화가족 방문교육
    w, h = hfname3(), anyk()
    put(L, P, f"다문화가족 방문교육 지도사 배정 요청: 결혼이민자 ⟦PER:{w}⟧ (⟦ARN:{arx(1990, 2000)}⟧), 배우자 ⟦PER:{h}⟧ ⟦PH:{mob()}⟧, 주소 ⟦LOC:{kaddr4('apt')}⟧.")
    # 60 외국인 지역가입자 보험료 체납
    f = hfname3()
    put(L, P, f"외국인 지역가입자 보험료 체납 안내문(쉬운 한국어로): ⟦PER:{f}⟧님, 외국인등록번호 ⟦ARN:{arx(1980, 1998)}⟧, 건강보험 ⟦HINS:{hid()}⟧, "
        f"주소 ⟦LOC:{kaddr()}⟧. 체납 시 체류기간 연장 제한될 수 있음.")


# ---------------------------------------------------------------- positives, English (40): corporate prompts
def positives_en() -> None:
    L = "en"
    # 1 vendor risk assessment of a Korean supplier
    c = anyk()
    r = rname()
    put(L, P, f"Summarise this third-party risk questionnaire for the procurement committee. Supplier: Daeil Precision Co., Ltd., "
        f"business registration no. ⟦BRN:{bz()}⟧, corporate registration no. ⟦CRN:{crx()}⟧. Security contact: ⟦PER:{r}⟧ "
        f"(⟦MAIL:{mail_of(r, 'daeilprecision.co.kr')}⟧, ⟦PH:{intl(' ')}⟧). Flag anything missing from the ISO 27001 section. Legal rep on file: ⟦PER:{c}⟧.")
    # 2 expense report audit
    n = anye()
    put(L, P, f"Expense audit exception — please draft a note to the employee. Employee: ⟦PER:{n}⟧, cost centre 4410. Corporate card "
        f"⟦CARD:{cc('4')}⟧ was used for a personal purchase at an electronics store on 14 March; the receipt was submitted under 'client gifts'.")
    # 3 SOC 2 access review
    a, b = anye(), anye()
    put(L, P, f"For the SOC 2 access review, explain why these two admin logins are anomalous:\n"
        f"- ⟦PER:{a}⟧ <⟦MAIL:{cmail(a)}⟧> signed in from ⟦IP:{pub_ip()}⟧ at 03:12 UTC\n"
        f"- ⟦PER:{b}⟧ <⟦MAIL:{cmail(b)}⟧> signed in from ⟦IP:{pub_ip()}⟧ and ⟦IP:{priv_ip()}⟧ within four minutes")
    # 4 churn escalation
    n = anye()
    put(L, P, f"Write a retention offer for an escalated churn risk. Customer ⟦PER:{n}⟧, ⟦MAIL:{anymail()}⟧, mobile ⟦PH:{usnum('dash')}⟧, "
        f"billing address ⟦LOC:{eaddr2(unit=True)}⟧. Three outages in 60 days; contract renews 1 July.")
    # 5 M&A data room employee census (Korean subsidiary)
    a, b = anyk(), anyk()
    put(L, P, f"We are cleaning the data-room census for the Korean subsidiary before the buyer sees it. Tell me which columns must come out.\n"
        f"Row 17: ⟦PER:{a}⟧, Senior Engineer, RRN ⟦RRN:{rrx(1982, 1992)}⟧, salary account Shinhan ⟦ACC:{acct('신한')}⟧\n"
        f"Row 18: ⟦PER:{b}⟧, Team Lead, RRN ⟦RRN:{rrx(1976, 1986)}⟧, salary account Woori ⟦ACC:{acct('우리')}⟧")
    # 6 relocation package to Seoul
    n = rname()
    put(L, P, f"Relocation brief for ⟦PER:{n}⟧ (Korean passport no. ⟦PASS:{pp_new()}⟧) moving back to Seoul from our London office on 3 Feb. "
        f"Temporary housing: ⟦LOC:{kaddr_en(unit=True)}⟧. Local SIM: ⟦PH:{intl()}⟧. Please turn this into a welcome e-mail.")
    # 7 board minutes
    a, b, c = anye(), anye(), anye()
    put(L, P, f"Tidy these board minutes: Present — ⟦PER:{a}⟧ (Chair), ⟦PER:{b}⟧, ⟦PER:{c}⟧. Apologies — none. "
        f"⟦PER:{b}⟧ declared an interest in item 4 and left the room. The Chair thanked ⟦PER:{c}⟧ for the audit committee report.")
    # 8 Salesforce lead note
    n = anye()
    put(L, P, f"Rewrite this CRM note so it's readable: 'spoke w/ ⟦PER:{n}⟧ (VP Ops) — wants pilot in Q3, call back on ⟦PH:{usnum('paren')}⟧ "
        f"or email ⟦MAIL:{cmail(n)}⟧, budget approved, competitor is incumbent'.")
    # 9 warranty claim
    n = anye()
    put(L, P, f"Draft a warranty approval letter. Claimant ⟦PER:{n}⟧, ⟦LOC:{anyea()}⟧, phone ⟦PH:{usnum('dot')}⟧. Dishwasher model DW-600, "
        f"serial on the unit matches the registration card.")
    # 10 travel booking
    n = rstyle("caps")
    put(L, P, f"The travel agency needs a corrected booking request. Traveller name as in passport: ⟦PER:{n}⟧, passport ⟦PASS:{pp_new()}⟧, "
        f"pay with corporate card ⟦CARD:{cc('54')}⟧. Seoul–Frankfurt, return 19 May, aisle seat.")
    # 11 procurement vendor banking change
    n = rname("passport")
    put(L, P, f"Is this vendor bank-change request suspicious? Vendor: Hanul Packaging (BRN ⟦BRN:{bz()}⟧). New account: KB Kookmin ⟦ACC:{acct('국민')}⟧, "
        f"requested by ⟦PER:{n}⟧ from ⟦MAIL:{email4()}⟧ — a free-mail address, not the domain on file.")
    # 12 legal hold custodians
    a, b, c = anye(), anye(), anye()
    put(L, P, f"Format a legal hold notice for these custodians: ⟦PER:{a}⟧ (⟦MAIL:{cmail(a)}⟧), ⟦PER:{b}⟧ (⟦MAIL:{cmail(b)}⟧), "
        f"⟦PER:{c}⟧ (⟦MAIL:{cmail(c)}⟧). Preservation covers Slack, e-mail and OneDrive from 1 Jan 2023.")
    # 13 whistleblower intake
    a, b = anye(), anye()
    put(L, P, f"Summarise this hotline intake without losing facts: The reporter, ⟦PER:{a}⟧, says their manager ⟦PER:{b}⟧ asked them to back-date "
        f"shipping documents. The reporter prefers a call on ⟦PH:{ukmob()}⟧ after 6 pm.")
    # 14 401(k) beneficiary change
    a, b = anye(), anye()
    put(L, P, f"Check this 401(k) beneficiary change form for completeness: Participant ⟦PER:{a}⟧, home ⟦LOC:{eaddr()}⟧. "
        f"Primary beneficiary ⟦PER:{b}⟧ (spouse) 100%. Contingent beneficiary left blank.")
    # 15 parking permit roster
    a, b, c = anye(), anye(), rname()
    put(L, P, f"Sort this parking permit waitlist by date:\n2024-02-11  ⟦PER:{a}⟧  ⟦PH:{usnum('dash')}⟧\n2024-01-29  ⟦PER:{b}⟧  ⟦PH:{usnum('paren')}⟧\n"
        f"2024-02-03  ⟦PER:{c}⟧  ⟦PH:{usnum('e164')}⟧")
    # 16 event badge list
    a, b = anye(), rstyle("western-hyphen")
    put(L, P, f"Generate badge text for our summit: ⟦PER:{a}⟧ — Kestrel Capital — ⟦MAIL:{cmail(a)}⟧; ⟦PER:{b}⟧ — Hanbit Mobility — "
        f"⟦MAIL:{mail_of(b, 'hanbitmobility.kr', '_')}⟧. Badges show first name large.")
    # 17 support macro, disputed card
    n = anye()
    put(L, P, f"Personalise this support macro: Hi ⟦PER:{n.split()[0]}⟧, we've opened a dispute for the charge on "
        f"the card you gave us, ⟦CARD:{anycard()}⟧. We'll e-mail updates to ⟦MAIL:{anymail()}⟧.")
    # 18 franchise application in Korea
    a = anyk()
    put(L, P, f"Translate and summarise this franchise application for the US head office. Applicant ⟦PER:{a}⟧, resident registration no. "
        f"⟦RRN:{rrx(1970, 1990)}⟧, proposed store ⟦LOC:{kaddr_en()}⟧, existing business registration ⟦BRN:{bz()}⟧, mobile ⟦PH:{intl()}⟧.")
    # 19 loan servicing hardship note
    n = anye()
    put(L, P, f"Clean up this hardship note for the servicing file: borrower ⟦PER:{n}⟧ lost job in Jan; autopay from checking account "
        f"⟦ACC:{dg(12, '123456789')}⟧ to be paused; reach borrower at ⟦PH:{usnum('dash')}⟧.")
    # 20 clinical trial site contract
    n = anye()
    put(L, P, f"Extract the notice details from this clinical trial agreement: Principal Investigator ⟦PER:{n}⟧, MD, ⟦MAIL:{mail_of(n, 'meridianhealth.org')}⟧, "
        f"site address ⟦LOC:{anyea()}⟧.")
    # 21 recruiting agency submission
    n = rstyle("western-hyphen")
    put(L, P, f"Agency submitted a candidate — is the profile complete? ⟦PER:{n}⟧, ⟦MAIL:{mail_of(n, 'gmail.com')}⟧, ⟦PH:{intl()}⟧, "
        f"currently living at ⟦LOC:{kaddr_en(unit=True)}⟧, notice period 30 days.")
    # 22 performance calibration
    a, b, c = anye(), anye(), rstyle("alt")
    put(L, P, f"Make this calibration summary more neutral: ⟦PER:{a}⟧ exceeded, ⟦PER:{b}⟧ met most, ⟦PER:{c}⟧ needs improvement on "
        f"stakeholder management. ⟦PER:{a}⟧ is a promotion candidate.")
    # 23 equipment lease
    s = anyk()
    put(L, P, f"Review the lessee block of this equipment lease: Lessee Seorin Logistics Co., Ltd., corporate registration ⟦CRN:{crx()}⟧, "
        f"business registration ⟦BRN:{bz()}⟧, authorised signatory ⟦PER:{s}⟧, notices to ⟦LOC:{kaddr_en()}⟧.")
    # 24 insurance FNOL (Korean licence)
    n = rstyle("rr-hyphen")
    put(L, P, f"First notice of loss, please structure it: driver ⟦PER:{n}⟧, Korean driver's licence ⟦DLIC:{dl()}⟧, phone ⟦PH:{intl()}⟧, "
        f"rear-ended at a red light near the hotel; driver's address ⟦LOC:{kaddr_en()}⟧.")
    # 25 crew list
    a, b, c = rname("passport"), rstyle("caps"), rname("passport")
    put(L, P, f"Check the Korean crew on this list for the Busan port call against their passports:\n1. ⟦PER:{a}⟧  passport ⟦PASS:{pp('M')}⟧  Bosun\n"
        f"2. ⟦PER:{b}⟧  passport ⟦PASS:{pp_new('M')}⟧  Oiler\n3. ⟦PER:{c}⟧  passport ⟦PASS:{pp('S')}⟧  2nd Officer")
    # 26 irregular ops rebooking
    n = anye()
    put(L, P, f"Write the rebooking message: passenger ⟦PER:{n}⟧, contact ⟦MAIL:{anymail()}⟧ / ⟦PH:{ukmob()}⟧, originally on the cancelled "
        f"19:40 ICN–LHR, now protected on the next morning's flight.")
    # 27 hotel folio
    n = anye()
    put(L, P, f"Guest disputes a minibar charge. Folio: guest ⟦PER:{n}⟧, home address ⟦LOC:{eaddr3()}⟧, card on file ⟦CARD:{cc('37', (4, 6, 5), ' ')}⟧. "
        f"Draft a polite reply waiving the charge.")
    # 28 gym cancellation
    n = anye()
    put(L, P, f"Member cancellation: ⟦PER:{n}⟧ (⟦MAIL:{anymail()}⟧) asks us to stop billing card ⟦CARD:{cc('4', sep=' ')}⟧. "
        f"Confirm cancellation effective end of month.")
    # 29 utility service start
    n = anye()
    put(L, P, f"New service start order: customer ⟦PER:{n}⟧, service address ⟦LOC:{eaddr2(unit=True)}⟧, contact ⟦PH:{usnum('e164')}⟧, "
        f"meter read requested for move-in date.")
    # 30 telecom port-out
    n = rname()
    put(L, P, f"Explain to the customer why the port-out failed: ⟦PER:{n}⟧, Korean number ⟦PH:{mob()}⟧, the name on the donor carrier "
        f"account did not match, and the alien registration number given was ⟦ARN:{arx(1985, 1998)}⟧.")
    # 31 IT asset return
    n = anye()
    put(L, P, f"Send a laptop-return label request: leaver ⟦PER:{n}⟧, ship to home ⟦LOC:{anyea()}⟧, personal e-mail ⟦MAIL:{anymail()}⟧ "
        f"since the corporate account is disabled.")
    # 32 customs broker power of attorney
    s = anyk()
    put(L, P, f"Fill in the customs broker POA summary: importer Minwoo Foods Co., Ltd., BRN ⟦BRN:{bz()}⟧, CRN ⟦CRN:{crx()}⟧, "
        f"signed by ⟦PER:{s}⟧, contact ⟦MAIL:{email()}⟧.")
    # 33 alumni donation
    n = anye()
    put(L, P, f"Thank-you letter for a pledge: donor ⟦PER:{n}⟧, ⟦LOC:{anyea()}⟧, monthly gift charged to ⟦CARD:{cc('52')}⟧.")
    # 34 Korean donation receipt
    a = anyk()
    put(L, P, f"Our Seoul office must issue a donation receipt for tax. Donor ⟦PER:{a}⟧, RRN ⟦RRN:{rrx(1960, 1990)}⟧, address ⟦LOC:{kaddr_en()}⟧. "
        f"Is the RRN really required for the NTS year-end settlement upload?")
    # 35 dealership credit application
    n = anye()
    put(L, P, f"Summarise the credit application: applicant ⟦PER:{n}⟧, ⟦LOC:{eaddr()}⟧, cell ⟦PH:{usnum('paren')}⟧, employer Tidewater Energy, "
        f"3 years; also lists a Korean driver's licence ⟦DLIC:{dl()}⟧ from a prior posting.")
    # 36 maintenance request
    n = anye()
    put(L, P, f"Triage this maintenance ticket: tenant ⟦PER:{n}⟧ at ⟦LOC:{eaddr2(unit=True)}⟧ reports no hot water since Sunday; "
        f"best number ⟦PH:{usnum('dot')}⟧; permission to enter granted.")
    # 37 bill of lading consignee
    n = rstyle("caps")
    put(L, P, f"Check the consignee block of this bill of lading: CONSIGNEE ⟦PER:{n}⟧, ⟦LOC:{kaddr_en(unit=True)}⟧, TEL ⟦PH:{intl()}⟧, "
        f"NOTIFY PARTY same as consignee.")
    # 38 Korean NHIS dental claim
    a = anyk()
    put(L, P, f"Help the expat employee file a dental claim. Patient ⟦PER:{a}⟧ (dependant), NHIS card no. ⟦HINS:{hi()}⟧, employee's "
        f"alien registration no. ⟦ARN:{arx(1980, 1995)}⟧. Clinic receipt attached.")
    # 39 law enforcement request response
    n = anye()
    put(L, P, f"Draft our response letter to the subpoena. Subscriber ⟦PER:{n}⟧, account e-mail ⟦MAIL:{anymail()}⟧, "
        f"login IPs ⟦IP:{pub_ip()}⟧ (2024-03-02) and ⟦IP:{ip6()}⟧ (2024-03-05).")
    # 40 expat payroll setup
    n = anye()
    put(L, P, f"Set up Korean payroll for ⟦PER:{n}⟧: alien registration no. ⟦ARN:{arx(1975, 1996)}⟧, NHIS no. ⟦HINS:{hid()}⟧, salary to "
        f"Hana Bank ⟦ACC:{acct('하나')}⟧. What's still missing for the four social insurances?")


# ---------------------------------------------------------------- positives, mixed (40): code, log and data pastes
def positives_mixed() -> None:
    L = "mixed"
    # 1 Django admin LogEntry
    a = anyk()
    put(L, P, f"장고 어드민 변경 이력인데 누가 뭘 바꿨는지 한국어로 설명해줘:\n<LogEntry: Changed \"⟦PER:{a}⟧\" — Changed phone and address.>\n"
        f"change_message: [{{\"changed\": {{\"fields\": [\"phone\", \"address\"]}}}}]\nobject_repr: ⟦PER:{a}⟧ | ⟦PH:{mob()}⟧ | ⟦LOC:{kaddr4()}⟧")
    # 2 Rails console
    a = anyk()
    m = email4()
    put(L, P, f"irb(main):004> Member.find_by(email: \"⟦MAIL:{m}⟧\")\n=> #<Member id: 88213, name: \"⟦PER:{a}⟧\", rrn_enc: nil, "
        f"rrn_plain: \"⟦RRN:{rrx(1980, 1995)}⟧\", created_at: \"2024-04-02 10:11:09\">\nrrn_plain 컬럼이 왜 아직 채워져 있는지 마이그레이션 확인 좀.")
    # 3 Elasticsearch hit
    a = anyk()
    put(L, P, f"검색 결과 하나가 이상하게 매칭돼. 이유 좀:\n{{\"_index\": \"civil-2024\", \"_id\": \"Qm3x\", \"_source\": {{\"applicant\": \"⟦PER:{a}⟧\", "
        f"\"tel\": \"⟦PH:{mob()}⟧\", \"addr\": \"⟦LOC:{kaddr2()}⟧\", \"category\": \"도로파손\"}}}}")
    # 4 Redis MONITOR
    a = kname3()
    put(L, P, f"redis MONITOR 떠 봤는데 세션에 개인정보가 그대로 들어가:\n1712030411.221 [0 ⟦IP:{priv_ip()}⟧:51422] \"HSET\" \"sess:9f2c\" \"name\" \"⟦PER:{a}⟧\" "
        f"\"card\" \"⟦CARD:{cc('4', sep='')}⟧\" \"ip\" \"⟦IP:{pub_ip()}⟧\"")
    # 5 kcat Kafka record
    a = anyk()
    put(L, P, f"kcat -C -t member.signup -o -1 -e 결과:\nKey: m-20931 | Partition: 3 | Offset: 118220\n{{\"name\":\"⟦PER:{a}⟧\",\"email\":\"⟦MAIL:{anymail()}⟧\","
        f"\"phone\":\"⟦PH:{mob('')}⟧\",\"marketing\":false}}\n컨슈머 쪽에서 마스킹 누락된 듯.")
    # 6 nginx access log
    ip = pub_ip()
    put(L, P, f"이 로그에서 비밀번호 재설정 남용 패턴 보여?\n⟦IP:{ip}⟧ - - [02/Apr/2024:09:14:03 +0900] \"GET /auth/reset?email=⟦MAIL:{anymail()}⟧ HTTP/1.1\" 200 512\n"
        f"⟦IP:{ip}⟧ - - [02/Apr/2024:09:14:05 +0900] \"POST /auth/reset HTTP/1.1\" 429 88 \"-\" \"python-requests/2.31\" xff=\"⟦IP:{pub_ip()}⟧\"")
    # 7 journalctl
    a = anyk()
    put(L, P, f"journalctl -u minwon-api --since today | tail -3\nApr 02 10:21:44 was-01 minwon-api[3121]: INFO 접수 완료 applicant=⟦PER:{a}⟧ hp=⟦PH:{mob()}⟧\n"
        f"Apr 02 10:21:44 was-01 minwon-api[3121]: WARN 본인확인 재시도 rrn=⟦RRN:{rrx(1960, 1999)}⟧ from ⟦IP:{pub_ip()}⟧\n"
        f"Apr 02 10:21:45 was-01 minwon-api[3121]: INFO done in 812ms")
    # 8 Windows Event 4625
    a = anyk()
    put(L, P, f"보안 로그 4625 이벤트 해석 부탁:\n<Event><System><EventID>4625</EventID><Computer>HR-PC-031</Computer></System><EventData>"
        f"<Data Name=\"TargetUserName\">hr.intern03</Data><Data Name=\"TargetDisplayName\">⟦PER:{a}⟧</Data>"
        f"<Data Name=\"IpAddress\">⟦IP:{priv_ip()}⟧</Data><Data Name=\"LogonType\">10</Data></EventData></Event>")
    # 9 Terraform plan
    n = anye()
    put(L, P, f"terraform plan 결과 리뷰해줘, 태그에 담당자 정보 넣는 게 맞는지도.\n  + resource \"aws_instance\" \"batch\" {{\n      + private_ip = \"⟦IP:{priv_ip()}⟧\"\n"
        f"      + tags       = {{\n          + \"Owner\"      = \"⟦PER:{n}⟧\"\n          + \"OwnerEmail\" = \"⟦MAIL:{cmail(n)}⟧\"\n        }}\n    }}")
    # 10 Ansible inventory
    a = anyk()
    put(L, P, f"인벤토리 파일 정리해줘:\n[db]\ndb-primary ansible_host=⟦IP:{priv_ip()}⟧\ndb-replica ansible_host=⟦IP:{priv_ip()}⟧\n"
        f"[db:vars]\noncall_name=\"⟦PER:{a}⟧\"\noncall_phone=\"⟦PH:{mob()}⟧\"")
    # 11 .env
    a = anyk()
    put(L, P, f".env 커밋돼 버렸어. 어떤 값부터 교체해야 해?\nAPP_ENV=prod\nADMIN_NAME=⟦PER:{a}⟧\nADMIN_EMAIL=⟦MAIL:{email4(domain='korea.kr')}⟧\n"
        f"SETTLE_ACCOUNT=⟦ACC:{acct('기업')}⟧\nSETTLE_BRN=⟦BRN:{bz()}⟧\nSETTLE_CRN=⟦CRN:{crx()}⟧\nSMTP_PASS=********")
    # 12 Helm values
    a = anyk()
    put(L, P, f"values-prod.yaml 리뷰:\nreplicaCount: 3\nnotify:\n  smsTo: \"⟦PH:{mob()}⟧\"\n  ownerName: ⟦PER:{a}⟧\n"
        f"ingress:\n  allowlist:\n    - ⟦IP:{pub_ip()}⟧/32\n    - ⟦IP:{pub_ip()}⟧/32")
    # 13 GitHub Actions log
    a = anyk()
    put(L, P, f"Actions 로그에 이게 찍혔는데 시크릿 마스킹이 왜 안 됐지?\nRun python scripts/seed.py\n  seed user: ⟦PER:{a}⟧ <⟦MAIL:{email2()}⟧>\n"
        f"  seed card: ⟦CARD:{cc('52')}⟧\n##[group]Post job cleanup.")
    # 14 Sentry event
    a = anyk()
    put(L, P, f"Sentry 이벤트에 user 컨텍스트가 너무 많이 들어가. 필터 설정 제안해줘.\n\"user\": {{\"id\": \"31877\", \"email\": \"⟦MAIL:{anymail()}⟧\", "
        f"\"ip_address\": \"⟦IP:{pub_ip()}⟧\", \"name\": \"⟦PER:{a}⟧\"}}, \"exception\": \"KeyError: 'hins_no'\"")
    # 15 Datadog log
    a = anyk()
    put(L, P, f"Datadog에서 뽑은 로그야. 오류 원인 분석해줘.\n{{\"service\":\"nhis-bridge\",\"status\":\"error\",\"msg\":\"자격 조회 실패\",\"attrs\":{{\"name\":\"⟦PER:{a}⟧\","
        f"\"hins\":\"⟦HINS:{hi()}⟧\",\"client_ip\":\"⟦IP:{pub_ip()}⟧\"}}}}")
    # 16 Splunk table
    a, b = anyk(), anyk()
    put(L, P, f"Splunk 결과 표 해석 부탁:\n_time                 src_ip           user_name   action\n2024-04-02 08:01:12   ⟦IP:{pub_ip()}⟧   ⟦PER:{a}⟧      login_fail\n"
        f"2024-04-02 08:01:19   ⟦IP:{pub_ip()}⟧   ⟦PER:{b}⟧      login_ok")
    # 17 Lambda API Gateway event
    a = anyk()
    put(L, P, f"Lambda 테스트 이벤트인데 body 파싱이 깨져:\n{{\"httpMethod\": \"POST\", \"requestContext\": {{\"identity\": {{\"sourceIp\": \"⟦IP:{pub_ip()}⟧\"}}}}, "
        f"\"body\": \"{{\\\"name\\\":\\\"⟦PER:{a}⟧\\\",\\\"dl\\\":\\\"⟦DLIC:{dl()}⟧\\\"}}\"}}")
    # 18 S3 server access log
    put(L, P, f"S3 액세스 로그 한 줄, 누가 면허증 스캔을 받아갔는지 알려줘:\n79a5 minwon-scan [02/Apr/2024:11:02:33 +0000] ⟦IP:{pub_ip()}⟧ - 3E57 REST.GET.OBJECT "
        f"license/⟦DLIC:{dl().replace('-', '')}⟧.jpg \"GET /minwon-scan/license HTTP/1.1\" 200 - 182331")
    # 19 BigQuery result
    a, b = anyk(), anyk()
    put(L, P, f"BigQuery 결과인데 중복 가입 판단 기준 세워줘.\n+-----------+-----------------+------------------+\n| name      | phone           | rrn_front_back   |\n"
        f"+-----------+-----------------+------------------+\n| ⟦PER:{a}⟧ | ⟦PH:{mob()}⟧ | ⟦RRN:{rrx(1970, 1999)}⟧ |\n| ⟦PER:{b}⟧ | ⟦PH:{mob()}⟧ | ⟦RRN:{rrx(1970, 1999)}⟧ |")
    # 20 pandas to_string
    a, b = hfname3(), fname2()
    put(L, P, f"df.to_string() 출력. 체류자격 만료 임박 순으로 정렬하는 코드 짜줘.\n      name              arn                visa\n0  ⟦PER:{a}⟧  ⟦ARN:{arx(1988, 1999)}⟧   E-9\n"
        f"1  ⟦PER:{b}⟧  ⟦ARN:{arx(1990, 2002)}⟧   H-2")
    # 21 R tibble
    a, b = anyk(), anyk()
    put(L, P, f"R에서 tibble 찍은 거야, 연령대별 집계하고 원본은 지워줘.\n# A tibble: 2 × 3\n  name     rrn              region\n  <chr>    <chr>            <chr>\n"
        f"1 ⟦PER:{a}⟧ ⟦RRN:{rrx(1955, 1999)}⟧ 서울\n2 ⟦PER:{b}⟧ ⟦RRN:{rrx(1955, 1999)}⟧ 경기")
    # 22 Spark show()
    a = anyk()
    put(L, P, f"spark df.show(truncate=False) 결과에서 passport 컬럼 hash 처리하는 코드:\n+---------+----------+-----------+\n|name     |passport  |nationality|\n+---------+----------+-----------+\n"
        f"|⟦PER:{a}⟧|⟦PASS:{pp()}⟧ |KOR        |\n|⟦PER:{rname('passport')}⟧|⟦PASS:{pp_new()}⟧ |KOR        |")
    # 23 Java stack trace with toString
    a = anyk()
    put(L, P, f"이 예외 원인 좀 봐줘.\njava.lang.IllegalStateException: 중복 법인 등록 시도: CorpDto(name=㈜새솔테크, crn=⟦CRN:{crx()}⟧, brn=⟦BRN:{bz()}⟧, ceo=⟦PER:{a}⟧)\n"
        f"\tat kr.go.biz.CorpService.register(CorpService.java:142)")
    # 24 Rust Debug
    a = anyk()
    put(L, P, f"러스트 디버그 출력인데 Display 구현에서 마스킹하게 바꿔줘:\nApplicant {{\n    name: \"⟦PER:{a}⟧\",\n    hins: \"⟦HINS:{hid()}⟧\",\n"
        f"    phone: Some(\"⟦PH:{mob()}⟧\"),\n}}")
    # 25 Swift dump
    a = anyk()
    put(L, P, f"Swift dump() 결과, Codable 디코딩 실패 원인?\n▿ Patient\n  - name: \"⟦PER:{a}⟧\"\n  - insuranceNo: \"⟦HINS:{hi()}⟧\"\n  - address: \"⟦LOC:{kaddr3()}⟧\"")
    # 26 protobuf text
    a = anyk()
    put(L, P, f"protobuf text format 메시지야, 필드 번호 충돌 같은데:\nholder {{\n  name: \"⟦PER:{a}⟧\"\n  license_no: \"⟦DLIC:{dl()}⟧\"\n  contact {{ email: \"⟦MAIL:{anymail()}⟧\" }}\n}}")
    # 27 SAML assertion
    n = anye()
    put(L, P, f"SAML 응답에서 속성 매핑이 안 돼. 어떤 Attribute 이름을 써야 해?\n<saml:AttributeStatement><saml:Attribute Name=\"displayName\"><saml:AttributeValue>⟦PER:{n}⟧</saml:AttributeValue>"
        f"</saml:Attribute><saml:Attribute Name=\"mail\"><saml:AttributeValue>⟦MAIL:{cmail(n)}⟧</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>")
    # 28 LDIF
    a = anyk()
    put(L, P, f"LDIF import가 실패해. 문법 오류 찾아줘.\ndn: uid=hs0412,ou=people,dc=agency,dc=go,dc=kr\nobjectClass: inetOrgPerson\ncn: ⟦PER:{a}⟧\n"
        f"mail: ⟦MAIL:{email4(domain='korea.kr')}⟧\ntelephoneNumber: ⟦PH:{land('044')}⟧\nmobile: ⟦PH:{mob()}⟧")
    # 29 vCard
    a = anyk()
    ad = kaddr4("none")
    put(L, P, f"이 vCard를 CSV 한 줄로 바꿔줘:\nBEGIN:VCARD\nVERSION:3.0\nFN:⟦PER:{a}⟧\nTEL;TYPE=CELL:⟦PH:{mob()}⟧\nEMAIL:⟦MAIL:{email3()}⟧\n"
        f"ADR;TYPE=HOME:;;⟦LOC:{ad}⟧;;;;\nEND:VCARD")
    # 30 Slack export
    a = anyk()
    put(L, P, f"슬랙 export JSON에서 개인정보 있는 메시지만 골라줘:\n[{{\"user\": \"U03KQ\", \"text\": \"환불 계좌 ⟦ACC:{acct('신한')}⟧ 예금주 ⟦PER:{a}⟧ 입니다\", \"ts\": \"1712031012.0031\"}}, "
        f"{{\"user\": \"U07ZX\", \"text\": \"넵 확인했습니다\", \"ts\": \"1712031050.0044\"}}]")
    # 31 KakaoTalk export
    a, b = anyk(), anyk()
    put(L, P, f"카톡 대화 내보내기 파일 일부야. 민원 처리 경과만 정리해줘.\n2024년 4월 2일 오전 9:12, ⟦PER:{a}⟧ : 주사무소 주소 바뀌었어요 ⟦LOC:{kaddr4('floor')}⟧\n"
        f"2024년 4월 2일 오전 9:14, ⟦PER:{b}⟧ 주무관 : 사업자등록번호 알려주시면 반영할게요\n2024년 4월 2일 오전 9:15, ⟦PER:{a}⟧ : ⟦BRN:{bz()}⟧ 입니다")
    # 32 Notion markdown table
    a, b = anyk(), rname("passport")
    put(L, P, f"노션 표 붙여넣기, 출장자 명단 정리:\n| 이름 | 여권번호 | 연락처 |\n|---|---|---|\n| ⟦PER:{a}⟧ | ⟦PASS:{pp_new()}⟧ | ⟦PH:{mob()}⟧ |\n"
        f"| ⟦PER:{b}⟧ | ⟦PASS:{pp()}⟧ | ⟦PH:{intl()}⟧ (영국 체류 중) |")
    # 33 Airtable CSV
    a, b = anyk(), anyk()
    put(L, P, f"Airtable에서 내보낸 CSV, 중복 제거해 줘:\nName,Email,Card,Created\n⟦PER:{a}⟧,⟦MAIL:{anymail()}⟧,⟦CARD:{cc('4', sep=' ')}⟧,2024-03-30\n"
        f"⟦PER:{b}⟧,⟦MAIL:{anymail()}⟧,⟦CARD:{cc('54', sep=' ')}⟧,2024-03-31")
    # 34 SQL INSERT
    a = anyk()
    put(L, P, f"이 INSERT문 문법 오류 찾아줘:\nINSERT INTO 위탁업체 (상호, 법인등록번호, 사업자등록번호, 대표자, 주소) VALUES ('㈜도담케어', '⟦CRN:{crx()}⟧', "
        f"'⟦BRN:{bz()}⟧', '⟦PER:{a}⟧', '⟦LOC:{kaddr2()}⟧')")
    # 35 psql output
    a, b = anyk(), anyk()
    put(L, P, f"psql 결과야. 탈퇴 회원인데 왜 남아 있지?\n  id  |  name  |     hins      | deleted\n------+--------+---------------+---------\n 1021 | ⟦PER:{a}⟧ | ⟦HINS:{hi()}⟧ | t\n"
        f" 1044 | ⟦PER:{b}⟧ | ⟦HINS:{hi()}⟧ | t\n(2 rows)")
    # 36 MySQL \G
    a = anyk()
    put(L, P, f"mysql> SELECT * FROM corp_contact WHERE id=77\\G\n*************************** 1. row ***************************\n     id: 77\n   corp: ㈜온빛에너지\n"
        f"    crn: ⟦CRN:{crx()}⟧\n manager: ⟦PER:{a}⟧\n   email: ⟦MAIL:{email4()}⟧\n1 row in set (0.00 sec)\n담당자 변경 UPDATE문 만들어줘.")
    # 37 Firebase RTDB export
    a = anyk()
    put(L, P, f"Firebase 실시간 DB export인데 보안 규칙 어떻게 걸어야 해?\n{{\"reservations\": {{\"-NuA3\": {{\"guest\": \"⟦PER:{a}⟧\", \"phone\": \"⟦PH:{mob()}⟧\", "
        f"\"passport\": \"⟦PASS:{pp()}⟧\", \"room\": \"1204\"}}}}}}")
    # 38 PowerShell Get-ADUser
    n = rstyle("western-hyphen")
    put(L, P, f"PS> Get-ADUser jkim -Properties * | Format-List DisplayName,EmailAddress,MobilePhone,LastLogonIP\n\nDisplayName  : ⟦PER:{n}⟧\n"
        f"EmailAddress : ⟦MAIL:{mail_of(n, 'agency.go.kr')}⟧\nMobilePhone  : ⟦PH:{intl()}⟧\nLastLogonIP  : ⟦IP:{priv_ip()}⟧\n계정 잠금 해제 스크립트 써줘.")
    # 39 Logstash rubydebug
    a = anyk()
    put(L, P, f"logstash stdout rubydebug 출력, 필터에서 카드번호 지우는 grok 써줘:\n{{\n    \"@timestamp\" => 2024-04-02T01:12:44.000Z,\n       \"payer\" => \"⟦PER:{a}⟧\",\n"
        f"        \"card\" => \"⟦CARD:{cc('9410')}⟧\",\n    \"clientip\" => \"⟦IP:{pub_ip()}⟧\"\n}}")
    # 40 Sidekiq job
    a = anyk()
    put(L, P, f"사이드킥 Dead 큐에 이 잡이 쌓여. 재시도 전략 알려줘.\n{{\"class\":\"RefundJob\",\"args\":[{{\"holder\":\"⟦PER:{a}⟧\",\"bank\":\"농협\",\"account\":\"⟦ACC:{acct('농협')}⟧\","
        f"\"rrn\":\"⟦RRN:{rrx(1965, 1995)}⟧\"}}],\"error_class\":\"Timeout::Error\",\"retry_count\":25}}")


# ---------------------------------------------------------------- hard negatives (60): no personal data, shaped to look like it
def non_luhn16() -> str:
    """Sixteen digits in 4-4-4-4 that fail the Luhn check (a shipment ID, not a card)."""
    while True:
        d = dg(16, "123456789")
        if not luhn_ok(d):
            return grp(d, (4, 4, 4, 4))


def negatives() -> None:
    ko, en, mx = "ko", "en", "mixed"
    # ---- Korean (25)
    add(ko, N, "농촌진흥청 보도자료 문장 다듬어 줘: 올해 벼 보급종은 신동진·새청무·삼광·영호진미 순으로 공급량이 많고, 사과는 홍로·감홍·"
        "시나노골드, 딸기는 설향·금실·매향 재배면적이 늘었다. 신동진은 2030년까지 단계적으로 대체된다.", [])
    add(ko, N, "청사 구내식당 위탁 입찰 참가 업체 위생점검 결과 요약해줘. 김가네(적합), 이삭토스트(적합), 박가부대(경미 지적 2건), "
        "원할머니보쌈(적합), 조마루감자탕(보완 후 적합). 업체명만 표로 정리하면 돼.", [])
    add(ko, N, "법률자문 용역 제안서 접수 현황 회의자료로 만들어 줘: 김앤장, 율촌, 화우, 세종, 광장, 태평양 총 6개 법인 접수, "
        "기술평가 80점·가격평가 20점, 평가위원 7인(외부 5, 내부 2).", [])
    add(ko, N, f"소송 진행 현황표 기일 순으로 정렬: 2024가단{random.randint(50000, 59999)} 손해배상(기) 5/14, 2023나{random.randint(20000, 29999)} "
        f"부당이득금 4/30, 2024구합{random.randint(60000, 69999)} 정보공개거부처분취소 6/2. 당사자 표시는 빼고 사건명만.", [])
    add(ko, N, f"의안번호 22{dg(5)} ○○법 일부개정법률안이 본회의 통과 후 법률 제{random.randint(19000, 20500)}호로 공포됐어. "
        f"부칙에 '공포 후 6개월이 경과한 날부터 시행'이면 시행일이 언제인지 계산해줘(공포일 2024. 3. 26.).", [])
    add(ko, N, f"관용차량 정기점검 일정표에 넣어줘: {random.randint(10, 99)}가 {dg(4, '123456789')}(쏘나타, 총무과), "
        f"{random.randint(100, 399)}나 {dg(4, '123456789')}(스타리아, 민원실), 차대번호 KMHL341CBNA{dg(6)} 엔진오일 교환 예정.", [])
    add(ko, N, "버스 우회운행 공지문 써 줘. 대상 노선 470, 7016, N37 / 임시 폐쇄 정류장 ARS 22-183, 22-184 / 기간 4.6.(토) 06:00~4.7.(일) 24:00 "
        "/ 사유 마라톤 대회 교통통제.", [])
    add(ko, N, "열차 운행 조정 안내문 초안: KTX-산천 401 열차(서울→진영→창원중앙)는 4월 12일 진영역 무정차, ITX-마음 1141 열차는 "
        "정읍 경유 후 익산 종착. 승차권 반환 수수료 면제.", [])
    add(ko, N, "지진 발생 보도자료 초안: 4월 2일 08시 26분 전북 부안군 남남서쪽 4km 지역에서 규모 4.1 지진 발생(진원 깊이 8km). "
        "계기진도 최대 Ⅴ, 현재까지 인명 피해 없음. 여진 대비 행동요령 포함해 줘.", [])
    add(ko, N, "민원 신청서 서식에 개인정보 수집·이용 동의 문구가 빠졌는지 봐 줘.\n성명(            )  주민등록번호(       -        )\n"
        "주소(                              )  전화번호(    -     -     )\n위 본인은 ○○ 신청서를 제출합니다.  20  .   .   .  신청인        (서명)", [])
    add(ko, N, "청소년 독서교실 활동지 만들어 줘. 춘향전의 성춘향·이몽룡·변학도, 심청전의 심청·심학규, 흥부전의 흥부·놀부 인물 관계도를 "
        "그리고 '내가 ○○라면?' 질문 3개씩.", [])
    add(ko, N, "민원실 안내 스티커 문구: 정부민원안내 110 / 고용노동 1350 / 보건복지상담 129 / 외국인종합안내 1345 / 경찰 민원 182. "
        "글자 크기 큰 버전도 하나.", [])
    add(ko, N, f"보건소 의약품 재고표 정리: 보험코드 6{dg(8)} 아세트아미노펜정 500mg, 표준코드 {ean_not_rrn()}; "
        f"보험코드 6{dg(8)} 세티리진정 10mg, 표준코드 {ean_not_rrn()}. 유효기간 임박 순으로.", [])
    add(ko, N, f"어린이 급식 식재료 회수 공문: 대상 제품 로트번호 {bad_rrn13()}, {bad_rrn13()} (제조일 표기 아님, 생산라인 코드). "
        f"해당 로트 보유 시 즉시 사용 중지.", [])
    add(ko, N, f"작은도서관 신착도서 목록을 안내문으로: ISBN {isbn13('979-11-' + dg(4) + '-' + dg(3))} 청구기호 813.7-ㄱ64ㅎ, "
        f"ISBN {isbn13('978-89-' + dg(3) + '-' + dg(4))} 청구기호 911.05-ㅂ123ㅈ. 저자명은 빼고 서명만.", [])
    add(ko, N, "공무 국외출장 항공편 정리: KE017 인천→로스앤젤레스 4/21 14:30 (기체 HL8083), 귀국 OZ201 4/26 (기체 HL7634). "
        "출장 인원 3명, 좌석 등급 일반석.", [])
    add(ko, N, "기금운용 보유 종목 공시 초안 문장 다듬기: 005930 삼성전자 4.2%, 000660 SK하이닉스 1.9%, 035420 NAVER 0.7%, "
        "373220 LG에너지솔루션 0.6%.", [])
    add(ko, N, f"예산 집행 점검표: 세부사업 코드 {random.randint(1000, 9999)}-{random.randint(300, 399)} 지역일자리, 전표번호 2024-{dg(7)}, "
        f"집행률 63.4%. 이월 사유 작성해 줘.", [])
    add(ko, N, f"조달 물품 구매요청서 확인: 물품분류번호 {dg(8, '1234')}, 물품식별번호 {dg(8, '2')}, 규격 A4 80g 2,500매/박스, "
        f"단가 24,300원, 수량 40.", [])
    add(ko, N, "보안 요구사항 정의서 참조 규격 표 만들어줘: KS X ISO/IEC 27001:2023, KS X ISO/IEC 27701, KS X 6101, "
        "KS C IEC 62443-3-3. 각 규격의 적용 범위 한 줄씩.", [])
    add(ko, N, "봄 지역축제 일정 보도자료: 문경 찻사발축제(4.27~5.6), 하동 야생차문화축제(5.2~5.6), 남원 춘향제(5.10~5.14), "
        "김해 가야문화축제(4.25~4.28), 진해 군항제(3.22~4.1).", [])
    add(ko, N, "조직 개편안 설명자료: 기획조정실 아래 기획재정담당관·혁신행정담당관·규제개혁법무담당관 3개 과, 과별 정원은 과장 1, "
        "사무관 3, 주무관 12. 정원 증원 사유 써줘.", [])
    add(ko, N, f"집배구역 조정 공지: 우편번호 0452{random.randint(0, 4)}~0454{random.randint(0, 9)} → 중구 1구, 0623{random.randint(0, 9)}~0625{random.randint(0, 9)} → "
        f"강남 3구. 도로명 단위 변경 없음.", [])
    add(ko, N, f"가계동향조사 표본 대체 규칙 설명: 조사구번호 {dg(5, '123')}-{dg(3)}-{dg(3)}의 응답 거부 가구는 같은 조사구 내 "
        f"다음 순번 가구로 대체, 대체율 15% 초과 시 조사구 교체.", [])
    add(ko, N, "국가유산 안내판 문안 교정: 천연기념물 속리산 정이품송, 보물 흥인지문, 사적 수원 화성. 지정번호는 2021년 "
        "지정번호 폐지에 따라 표기하지 않음.", [])
    # ---- English (20)
    add(en, N, "Rank these grocery brands by Q1 shelf sales: Ben & Jerry's, Jack Daniel's (sauce line), Marie Callender's, "
        "Tim Hortons coffee, Dr. Martens is not grocery — drop it. Keep Wendy's frozen range separate.", [])
    add(en, N, "Reword this benefits FAQ for plain English: coverage includes treatment for Parkinson's disease, Alzheimer's, "
        "Crohn's disease, Hodgkin lymphoma and Tourette syndrome, subject to the standard deductible.", [])
    add(en, N, "Our press release lists the awards the research team won: a Pulitzer finalist citation, two Grammy nominations "
        "for the sound team, the Turing Award lecture invitation and a Fields Medal panel seat. Tighten it to 80 words.", [])
    add(en, N, "Room booking clash: Turing (8 seats) and Hopper (12 seats) are double-booked at 10:00; Curie is free; "
        "Lovelace is closed for AV repair. Suggest a swap.", [])
    add(en, N, "Explain these holdings to a new analyst: AAPL (ISIN US0378331005), MSFT (ISIN US5949181045), "
        "CUSIP 594918104, 12,400 shares, weight 3.1%.", [])
    add(en, N, f"Customer asked where the pallet is. Carrier tracking 1Z{dg(4)}W{dg(11)}; our internal shipment ID {non_luhn16()}; "
        f"warehouse batch {non_luhn16()}. Draft a status reply.", [])
    add(en, N, f"Which of these builds are still supported? kernel {random.randint(4, 6)}.{random.randint(1, 19)}.{random.randint(100, 180)}.{random.randint(1, 9)}, "
        f"Windows 10.0.19045.{dg(4, '3')}, agent 7.52.1.{random.randint(2, 9)}, firmware 2.4.11.{random.randint(10, 99)}.", [])
    add(en, N, "Decode these SNMP OIDs for the runbook: 1.3.6.1.2.1.1.3.0 (sysUpTime), 1.3.6.1.2.1.2.2.1.10 (ifInOctets), "
        "1.3.6.1.4.1.9.9.109.1.1.1.1.7 (CPU 1-min).", [])
    add(en, N, "Summarise the safety data sheet section 14: UN1993 flammable liquid n.o.s., CAS 67-64-1 (acetone), CAS 64-17-5 "
        "(ethanol), CAS 7732-18-5 (water), packing group II.", [])
    add(en, N, "Map our suppliers to NAICS codes: 541511 custom programming, 561612 security guards, 238220 plumbing and HVAC, "
        "484121 long-distance trucking. SIC equivalents in a second column.", [])
    add(en, N, "Fix the citation list: call number QA76.73.P98 L868 2023, DOI 10.1145/3597503.3639187, DOI 10.1038/s41586-021-03819-2, "
        "ISBN 978-0-262-04630-5.", [])
    add(en, N, "Why does this spreadsheet formula return #N/A? =VLOOKUP(A2,Rates!$B$2:$F$400,3,FALSE)*IFERROR(C2/D2,0) — "
        "column B on Rates holds codes like R-1042.", [])
    add(en, N, f"Draft a payment reminder: invoice INV-2024-{dg(5)} against PO 45000{dg(5)}, net-30 due 28 March, amount "
        f"USD 18,420.00, remit per the vendor master.", [])
    add(en, N, "Plan the client gala shortlist: Carnegie Hall, Lincoln Center, Royal Albert Hall or Rockefeller Center's Rainbow Room. "
        "Compare capacity and catering rules.", [])
    add(en, N, f"Charter party check: vessel MV Ocean Grace, IMO 9{dg(6)}, call sign 3E{random.choice('ABCDEFG')}{dg(2)}, MMSI 3{dg(8)}, "
        f"flag Panama, 58,000 DWT.", [])
    add(en, N, "Asset inventory cleanup — dedupe by MAC: 3C:22:FB:1A:09:7E (SN C02FK1ZXMD6T), 3C:22:FB:1A:09:7E (SN C02FK1ZXMD6T), "
        "A4:83:E7:44:10:B2 (SN DMPX7Q2KJ1GC).", [])
    add(en, N, "Review this network runbook: office VLAN 120 uses netmask 255.255.255.0, the lab uses 255.255.240.0; services bind "
        "to 0.0.0.0 on port 8443; DNS TTL 300.", [])
    add(en, N, "Turn this into three bullets for the earnings deck: gross margin 41.2% (+180 bps), EBITDA margin 17.9%, "
        "net debt/EBITDA 1.4x, DSO 52 days, free cash flow conversion 88%.", [])
    add(en, N, "Compare bank panel fees: Morgan Stanley, Goldman Sachs, Lazard; audit firms Ernst & Young and Deloitte; "
        "insurer John Hancock. Table of fee ranges only.", [])
    add(en, N, "Fare rules question: fare basis YLXP3KR on KE081 vs. QLE14NKR on OZ222 — which allows a free date change "
        "before departure from ICN?", [])
    # ---- mixed (15)
    add(mx, N, "requirements.txt 버전 충돌 해결해줘:\nurllib3==1.26.18\nbotocore==1.34.69.1\nnumpy==1.26.4\nprotobuf==4.25.3\n"
        "# 사내 미러: pkgs.internal/simple", [])
    add(mx, N, f"trace 로그에서 느린 구간 찾아줘:\ntrace_id={dg(8)}-{dg(4)}-4{dg(3)}-a{dg(3)}-{dg(12)} span=db.query 812ms\n"
        f"trace_id={dg(8)}-{dg(4)}-4{dg(3)}-b{dg(3)}-{dg(12)} span=http.get 1290ms", [])
    add(mx, N, "디자인 토큰 정리: --primary: #1A73E8; --danger: #D93025; --bg-muted: #F1F3F4; z-index 1040(모달), 1070(토스트). "
        "다크모드 대응 값 추천.", [])
    add(mx, N, "두벌식 자판 매핑 테이블 검증해줘:\nKEYMAP = {'q': 'ㅂ', 'w': 'ㅈ', 'e': 'ㄷ', 'r': 'ㄱ', 't': 'ㅅ', 'y': 'ㅛ', 'u': 'ㅕ', 'i': 'ㅑ', "
        "'o': 'ㅐ', 'p': 'ㅔ'}\n# shift: Q->ㅃ, W->ㅉ", [])
    add(mx, N, "유니코드 표 맞는지 확인: U+AC00 가, U+AC01 각, U+D7A3 힣, U+3131 ㄱ, U+318E ㆎ. 완성형 11,172자 계산식도.", [])
    add(mx, N, "스케줄러 타임존 설정 검토:\nTZ_MAP = {'KR': 'Asia/Seoul', 'US-E': 'America/New_York', 'UK': 'Europe/London', 'VN': 'Asia/Ho_Chi_Minh'}\n"
        "# 서머타임 있는 곳만 주석", [])
    add(mx, N, "환율 API 응답 파싱 코드 짜줘:\n{\"base\": \"KRW\", \"date\": \"2024-04-02\", \"rates\": {\"USD\": 0.000741, \"JPY\": 0.1123, "
        "\"EUR\": 0.000686, \"VND\": 18.42}}", [])
    add(mx, N, "git log --format='%an %s' 요약:\ndependabot[bot] Bump axios from 1.6.7 to 1.6.8\nrenovate[bot] Update dependency eslint to v8.57.0\n"
        "github-actions[bot] chore(release): 3.14.0", [])
    add(mx, N, "HTTP 상태코드 안내문 한국어로:\n| code | meaning |\n|---|---|\n| 401 | 인증 필요 |\n| 403 | 권한 없음 |\n| 429 | 요청 과다 |\n"
        "| 503 | 점검 중 |", [])
    add(mx, N, "시안 placeholder 문구 교체해줘: <h2>한글 입숨 제목입니다</h2><p>동해물과 백두산이 마르고 닳도록 — 이 문단은 레이아웃 확인용 "
        "더미 텍스트입니다. Lorem ipsum dolor sit amet.</p>", [])
    add(mx, N, "음절 빈도 Counter 결과 해석:\nCounter({'다': 4812, '이': 3920, '는': 3377, '의': 2950, '김': 611, '박': 402, '정': 388})\n"
        "성씨 음절이 상위권인 이유?", [])
    add(mx, N, "릴리스 표 정리:\n| version | date | build |\n|---|---|---|\n| 24.4.0 | 2024-04-02 | 10.4.2.118 |\n| 24.3.2 | 2024-03-19 | 10.3.9.207 |\n"
        "CalVer로 바꾼 이유 설명.", [])
    add(mx, N, "슬랙 이모지 단축코드 목록 정리: :white_check_mark: 완료, :eyes: 확인중, :rotating_light: 장애, :tada: 배포 완료, "
        ":kr: 한국 리전.", [])
    add(mx, N, "feature flag 설정 리뷰:\nflags:\n  new_checkout:\n    rollout: 25\n    regions: [KR, JP]\n  dark_mode:\n    rollout: 100\n"
        "    regions: [ALL]", [])
    add(mx, N, f"IoT 센서 CSV 이상치 찾아줘:\ndevice_id,ts,temp_c,hum\nTH-{dg(4)},2024-04-02T09:00,21.4,41\nTH-{dg(4)},2024-04-02T09:00,68.9,12\n"
        f"TH-{dg(4)},2024-04-02T09:00,22.0,40", [])


# ---------------------------------------------------------------- obfuscated (40): forty different disguises
def obfuscated() -> None:
    k, e, m = "ko", "en", "mixed"
    # ---- Korean (16)
    # 1 mobile number read in military radio digits
    a = anyk()
    put(k, OB, f"무전 녹취 STT 결과 정리: \"상황실, 여기 3초소. 민원인 ⟦PER:{a}⟧ 씨 연락처 불러드림, ⟦PH:{military(pick_mob())}⟧, 이상.\" 통화 기록부에 옮겨 줘.")
    # 2 mobile number with the letter O for every zero
    put(k, OB, f"중고거래 사기 신고 내용 요약해 줘. 판매자가 채팅창 필터 피하려고 번호를 ⟦PH:{letter_o(mob())}⟧ 이렇게 보냈고, 입금 계좌는 "
        f"⟦ACC:{acct('토스뱅크')}⟧ 라고 함.")
    # 3 mobile number with the middle group in Hangul digits
    mm = pick_mob()
    put(k, OB, f"당근 거래글 신고 접수: 본문에 '문자 주세요 ⟦PH:{mm[:4]}{sino_digits(mm[4:8])}{mm[8:]}⟧' — 연락처 게시 금지 위반인지 판단해 줘.")
    # 4 mobile number as emoji keycaps
    a = kname3()
    put(k, OB, f"청소년 상담 채팅 기록 요약: 내담자 ⟦PER:{a}⟧가 '제 번호 ⟦PH:{keycaps(mob())}⟧ 로 연락 주세요'라고 남김. 긴급연락 필요 여부 판단.")
    # 5 resident number with the Hangul vowel ㅡ for the hyphen
    a = anyk()
    put(k, OB, f"모바일 민원 입력값 검증 실패 건: 성명 ⟦PER:{a}⟧, 주민번호 입력란 '⟦RRN:{hangul_hyphen(rrx(1960, 1995))}⟧' — 하이픈 대신 ㅡ가 들어감. 정규식 수정 방향?")
    # 6 alien registration number in markdown strikethrough
    f = hfname3()
    put(k, OB, f"사내 위키에 이렇게 올라왔는데 취소선이면 가린 거 맞아?\n외국인 근로자 ⟦PER:{f}⟧ 등록번호 ~~⟦ARN:{arx(1988, 2000)}⟧~~ (삭제 처리함)")
    # 7 alien registration number in spoiler bars
    f = hfname2(random.choice(list(HFGN2)))
    put(k, OB, f"디스코드 통역 봉사 채널 메시지 검토: \"⟦PER:{f}⟧ 씨 체류 연장 서류요, 번호는 스포일러로 ||⟦ARN:{arx(1985, 1999)}⟧|| 입니다\"")
    # 8 Korean name in Hanja
    _hangul, hj = random.choice(HANJA_NAMES)
    put(k, OB, f"제적등본 한자 판독 부탁: 호주 ⟦PER:{hj}⟧, 본적 ⟦LOC:{jibun3()}⟧. 현대 한글 표기로 바꿔서 상속인 조회 공문에 넣을 거야.")
    # 9 Korean name with interpuncts between syllables
    a = anyk()
    put(k, OB, f"보도자료 실명 노출 검토: 본문에 '수상자 ⟦PER:{'·'.join(a)}⟧ 주무관(민원봉사과)'로 적혀 있는데 가운뎃점 넣으면 실명 아닌 걸로 봐도 돼?")
    # 10 Korean name written vertically, one syllable per line
    a = anyk()
    put(k, OB, f"HWP 표에서 세로쓰기 칸을 복사했더니 이렇게 나와:\n담당\n⟦PER:{chr(10).join(a)}⟧\n(인)\n결재란 텍스트로 다시 정리해 줘.")
    # 11 Korean name as compatibility jamo
    a = kname4()
    put(k, OB, f"민원 게시판 필터 우회 글 신고: '⟦PER:{compat_jamo(a)}⟧ 공무원 갑질 신고합니다' — 특정인 지칭인지 판단 부탁.")
    # 12 e-mail with 앳/닷 read in Hangul
    ad = email4()
    put(k, OB, f"전화 상담 녹취 받아쓴 거야: \"메일은 ⟦MAIL:{at_dot_hangul(ad)}⟧ 으로 보내 주세요.\" 회신 메일 주소 형식으로 바꿔 줘.")
    # 13 address with the building number spelled in Hangul (STT)
    sido, sgg, road, _dong = random.choice(ROADS4)
    bno = random.randint(12, 280)
    put(k, OB, f"112 신고 STT 원문: \"여기 ⟦LOC:{sido} {sgg} {road} {sino_number(bno)}⟧ 앞인데요, 사람이 쓰러져 있어요.\" 출동 지령서 주소란에 맞게 정리.")
    # 14 account number with emoji separators
    a = anyk()
    put(k, OB, f"단체 채팅방 회비 공지 확인: '입금은 ⟦PER:{a}⟧ 총무 계좌 국민 ⟦ACC:{emoji_sep(acct('국민'))}⟧ 로 부탁드려요 🙏' — 개인정보 게시 여부 점검.")
    # 15 driving licence in a scan file name with underscores
    a = anyk()
    put(k, OB, f"공유폴더에 이런 파일명이 있어: 운전면허증_⟦PER:{a}⟧_⟦DLIC:{dl().replace('-', '_')}⟧.jpg — 파일명 규칙 새로 정해 줘.")
    # 16 corporate number turned into an Excel value with thousands separators
    put(k, OB, f"엑셀에서 법인등록번호 열이 숫자로 바뀌어 이렇게 보여: ⟦CRN:{thousands(crx())}⟧ — 텍스트 서식으로 복구하는 방법?")
    # ---- English (12)
    # 17 e-mail with Cyrillic look-alike letters
    n = anye()
    put(e, OB, f"Phishing triage: the reply-to on the invoice e-mail was ⟦MAIL:{cyrillic(cmail(n))}⟧, which looks like our colleague "
        f"⟦PER:{n}⟧'s address but isn't. Explain the homoglyph trick for the awareness newsletter.")
    # 18 e-mail with NOSPAM inserted
    n = anye()
    put(e, OB, f"Clean up this forum signature before we quote it: '⟦PER:{n.split()[0]}⟧ — write to ⟦MAIL:{nospam(mail_of(n, 'gmail.com'))}⟧ "
        f"(remove NOSPAM)'. Keep the tone friendly.")
    # 19 e-mail with an HTML comment inside
    n = anye()
    put(e, OB, f"The careers page hides the recruiter's address from scrapers like this: <p>Contact ⟦PER:{n}⟧ at "
        f"⟦MAIL:{html_comment(cmail(n))}⟧</p>. Does that still work against modern crawlers?")
    # 20 e-mail with spaces around @ and dots
    n = anye()
    put(e, OB, f"Conference chat log: '⟦PER:{n}⟧ here, ping me at ⟦MAIL:{spaced_mail(mail_of(n, 'outlook.com', '_'))}⟧ for the slides'. Extract action items.")
    # 21 English name in mathematical bold letters
    n = anye()
    put(e, OB, f"A vendor's LinkedIn-style bio came through as: '⟦PER:{math_bold(n)}⟧ | Head of Partnerships'. Rewrite the intro paragraph normally.")
    # 22 leetspeak name
    n = anye()
    put(e, OB, f"Moderation queue: a user posted 'everyone go harass ⟦PER:{leet(n)}⟧ at the Bristol depot'. Is this targeted harassment of an employee?")
    # 23 surname spelled letter by letter
    fn, ln = random.choice(EFIRST3), random.choice(ELAST3).split("-")[0]
    put(e, OB, f"Call transcript: 'First name ⟦PER:{fn}⟧, last name ⟦PER:{spelled(ln)}⟧, that's my surname, and my callback is ⟦PH:{usnum('dash')}⟧.' "
        f"Fill in the CRM fields.")
    # 24 passport number in the NATO phonetic alphabet
    n = rname()
    put(e, OB, f"From the travel desk call notes: traveller ⟦PER:{n}⟧ read the passport number as ⟦PASS:{nato(pp_new())}⟧. Convert to normal form for the visa form.")
    # 25 card number with combining underline on every character
    put(e, OB, f"Copied from the finance wiki (it was underlined): corporate card ⟦CARD:{underline(cc('4'))}⟧ for SaaS renewals. Should this be on the wiki?")
    # 26 card number grouped with narrow no-break spaces
    n = anye()
    put(e, OB, f"French-locale export from the booking tool: titulaire ⟦PER:{n}⟧, carte ⟦CARD:{nnbsp(cc('52', sep=' '))}⟧, exp. 09/27. Translate the row headers to English.")
    # 27 phone number with non-breaking hyphen, en dash and minus sign
    n = anye()
    put(e, OB, f"Word auto-formatted the contact sheet: ⟦PER:{n}⟧, Seoul office mobile ⟦PH:{odd_dashes(intl())}⟧. Why doesn't our dialler accept it?")
    # 28 defanged IPv4 in a threat-intel note
    put(e, OB, f"Write an incident summary: the phishing kit posted harvested credentials from the victim workstation ⟦IP:{defang(pub_ip())}⟧ to "
        f"hxxps://login-verify[.]top/gate.php; the victim's home router ⟦IP:{defang(pub_ip())}⟧ also appears in the kit logs.")
    # ---- mixed (12)
    # 29 e-mail through String.fromCharCode
    ad = email2()
    put(m, OB, f"홈페이지 소스에 이런 코드가 있는데 스팸봇 방지 효과 있어?\n<script>document.write(String.fromCharCode(⟦MAIL:{char_codes(ad)}⟧));</script>")
    # 30 e-mail assembled by SQL CONCAT
    ad = email3()
    put(m, OB, f"이 쿼리 결과가 뭐가 나오는지 설명해줘:\nUPDATE members SET email = CONCAT('⟦MAIL:{sql_concat_inner(ad)}⟧') WHERE member_id = 40211;")
    # 31 Korean name as an RFC 2047 B-encoded word
    a = anyk()
    put(m, OB, f"메일 원문 헤더가 깨져 보여. 보낸 사람 누구야?\nFrom: ⟦PER:{mime_b(a)}⟧ <⟦MAIL:{email4()}⟧>\nSubject: =?UTF-8?B?{base64.b64encode('민원 회신'.encode()).decode()}?=")
    # 32 Korean name as an RFC 2047 Q-encoded word
    a = kname3()
    put(m, OB, f"스팸 필터 로그의 표시 이름 디코딩해 줘:\nX-Original-From: ⟦PER:{mime_q(a)}⟧\nX-Spam-Score: 6.2")
    # 33 Korean name percent-encoded in a search URL
    a = anyk()
    put(m, OB, f"웹 로그 분석: GET /search?q={pct('민원 처리')}&writer=⟦PER:{pct(a)}⟧&page=2 — 작성자 검색이 왜 이렇게 많은지.")
    # 34 phone number as a UTF-16LE hex dump
    put(m, OB, f"앱 로컬 DB 파일 hex로 보면 이 부분이 전화번호 필드래. 확인해줘:\n>>> blob[0x40:0x5a].hex(' ')\n'⟦PH:{utf16_hex(mob())}⟧'")
    # 35 resident number typed as a Python int literal with underscores
    put(m, OB, f"테스트 코드 리뷰: 픽스처에 실제 번호가 들어간 것 같아.\nSAMPLE_RRN = ⟦RRN:{int_literal(rrx(1955, 1999))}⟧  # 하이픈 대신 밑줄\nassert mask(SAMPLE_RRN)")
    # 36 IPv4 as a single hex integer in a URL
    put(m, OB, f"SSRF 차단 우회 시도 로그야. 실제로 어디로 가는 요청이야?\nGET /proxy?url=http://⟦IP:{ip_hexint(pub_ip())}⟧/admin HTTP/1.1 — 차단 규칙 보강안 제시.")
    # 37 IPv4 in reverse-DNS form
    put(m, OB, f"dig -x 결과 해석해줘:\n;; QUESTION SECTION:\n;⟦IP:{ip_arpa(pub_ip())}⟧.in-addr.arpa. IN PTR\n;; ANSWER SECTION: (none)\n어느 가입자 회선인지 통신사에 조회 요청하는 공문 초안도.")
    # 38 IPv4 as hex octets
    put(m, OB, f"WAF 로그에 이런 Host 헤더가 찍혔어: Host: ⟦IP:{ip_hexoct(pub_ip())}⟧ — 정규화하면 어떤 주소인지.")
    # 39 business number carried as a pandas float
    d = digits(bz())
    put(m, OB, f"pandas로 읽었더니 사업자번호가 float이 돼 버렸어:\n   brn            name\n0  ⟦BRN:{d}⟧.0  다온상사\ndtype 지정해서 다시 읽는 코드?")
    # 40 health insurance number in Base32
    put(m, OB, f"연계 시스템에서 넘어온 값이 이렇게 인코딩돼 있어. 디코딩 결과 검증 로직 짜줘:\n{{\"hins_b32\": \"⟦HINS:{b32(hi())}⟧\", \"alg\": \"base32\"}}")


def negative_check(text: str) -> None:
    """A hard negative must not hold, by accident, a digit run that passes as a resident number or a card number."""
    for run in re.findall(r"\d[\d -]{11,22}\d", text):
        d = digits(run)
        if len(d) == 13 and valid_date(d[:6], int(d[6])) and d[6] in "1234":
            assert rrn_check(d[:12]) != int(d[12]), (run, text)
        if 15 <= len(d) <= 16 and d[0] in "3456":
            assert not luhn_ok(d), (run, text)


# ---------------------------------------------------------------- build(), self_check(), main(): the twenty-fifth's (its lines 2019-2086), prefix and file name changed, negative_check() added
def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentysixth")


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
        if row["kind"] == "negative":
            negative_check(text)
        if n % sample_every == 0:
            shown = ", ".join(f"{s['entity']}={text[s['start'] : s['end']]!r}" for s in row["spans"])  # type: ignore[attr-defined]
            print(f"  {row['id']} {row['kind']}/{row['lang']}: {shown or '(no spans)'}")


def main() -> None:
    rows = build()
    self_check(rows)
    write_heldout(Path(__file__).with_name("heldout_twentysixth.jsonl"), rows)


if __name__ == "__main__":
    main()
