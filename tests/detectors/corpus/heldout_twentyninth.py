# ruff: noqa: E501
"""Twenty-ninth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/, scripts/, any other held-out generator or .jsonl, corpus.jsonl, build_corpus.py,
handwritten.py or any test file). Read: check_digits.py, spans.py and jsonl.py in full (`cat`); an `ls` of
tests/detectors/corpus/ (names only) and of .venv/bin/python; of pyproject.toml a `sed -n '/\\[tool.ruff/,/^\\[tool\\.[^r]/p'`
(it printed the [tool.ruff], [tool.ruff.lint] and [tool.ruff.lint.per-file-ignores] sections, which run to the end of
the file, and nothing else); the module docstrings only of heldout_twentysixth.py (`sed -n 1,132p`) and
heldout_twentyseventh.py (`sed -n 1,134p`); of heldout_twentyeighth.py, with `sed -n`, lines 1-125 (module docstring:
labelling conventions, domains, hard-negative kinds, obfuscation kinds), lines 126-1597 read as 126-525, 526-925,
926-1325 and 1326-1597 (imports, constants, seed, WANT, add() and every value maker), lines 1817-1862 (MARK/TAG/put)
and lines 2581-2662 (negative_check, build(), self_check(), main()), plus a `wc -l` of it. The copies were taken with
`sed -n 126,1597p`, `sed -n 1818,1859p` and `sed -n 2582,2662p` into scratch files, and only those scratch files were
then looked at again (`head`, `tail`, `sed` and `cat -A` on them and a `grep -n` for their import and seed lines). No slip: nothing
outside those ranges was read; none of the twenty-eighth's disguise helpers (lines 1598-1816) or cases (lines
1863-2580) was seen, and nothing of the twenty-sixth or twenty-seventh beyond their docstrings. Other looks: this
file's own .jsonl read back with the spans marked inline to check their placement, ruff check and mypy
(--follow-imports=silent) on this file. No git command was run except the final `git add`/`git commit` of these two
files. The engine and the evaluation script were neither read nor run on these cases; nothing here was tuned to the
engine. WANT is the twenty-eighth's (140 positive: 60 ko, 40 en, 40 mixed; 60 hard negative: 25/20/15; 40 obfuscated:
16/12/12). negative_check(), build(), self_check() and main() are the twenty-eighth's (its lines 2582-2662) with only
the row prefix and output file name changed; MARK/TAG/put() are its lines 1818-1859 unchanged. Seed 29_2026_1125_5113.

Value makers copied unchanged from the twenty-eighth (its lines 126-1597: imports, constants, seed line, WANT, add()
and every maker from dg to KATAKANA_NAMES, with the twenty-eighth's own section comments left as they were); only the
seed and the import list (urllib.parse dropped as unused, base64 added) are changed. New here: KGIV6/KSUR_RARE3/kname7
(a sixth given-name list and rarer surnames: 궉, 좌, 범, 피, 필, 곡, 뢰, 화, 후, 부, 근, 형, 망절, 장곡), kr/krs (any
Korean name of three or more syllables; several with no shared given name or surname+first syllable), HFGN6/hfname6/
anyhf3 (Ghanaian, Iranian, Colombian, Italian, Taiwanese and Afghan names in Hangul), FGN5/fname5, EFIRST6/ELAST6/
ename6/eq/eqs, ROADS7/kaddr7 (a seventh road list; unit detail may carry a parenthesised dong and apartment name) and
kb, JIBUN6/jibun6/jc, EADDR6/eaddr6/eb (US, UK and Canadian), ENG_KADDR3/kaddr_en3, LOCALS7/MAILDOM6/email7/km2,
KCORP2/kwork2, CORPDOM4/cmail4, US_AREA2/usnum2, member_no (member and policy numbers, never labelled), rrn_adult,
crn_nz and fill (replaces «key» placeholders in brace-heavy texts). Every disguise helper (sino_group/mob_cardinal,
THAI, GAJEUN, SHIFTED, MONO, YAMIN, YEONEUM, BACK_TRANSLIT, YALE, KONTSEVICH, ars_keys, card_pairs, ligate,
disemvowel, pnr_name, mock_case, wrap35, ip_octal, spanish_digits, trunk_zero, comp3, ebcdic_hex, proc_net_hex,
float_sci, cfemail, srs0, imap_utf7, regional, html_inputs, shell_split, dotted_rrn, courier_short,
english_order_hangul) is written for this set without looking at any earlier set's helpers. Resident, alien, business
and corporate numbers and card numbers carry real check digits (check_digits.py); the one child (born 2016) carries
the old checksum with gender digit 3/4, as do adults born 2000 and later.

Domains (none in the twenty-sixth's, twenty-seventh's or twenty-eighth's lists). Korean: HUG 전세보증금 반환보증
이행청구, 아파트 관리비 자동이체 변경, 입주민 등록카드, 택배 배송완료 미수령 상담, 중고거래 사기 진정서, 렌터카 면책금 분쟁,
결혼정보회사 중도해지, 산후조리원 예약 취소, 부고 문자·조의금 계좌, 동창회 회비 명단, 교회 새가족 등록카드, 대학
해외봉사단 여권정보 취합, 골프장 회원권 명의개서, 요양보호사 자격증 발급, 어린이통학버스 신고, 산소발생기 렌탈,
보청기 급여, 치과 임플란트 분납, 약국 조제 오류 민원 회신, 휴대폰 명의도용 신고, 알뜰폰 외국인 개통 서류, 인터넷
설치 작업지시, 도시가스 전입 안전점검, 정수기 렌탈 명의이전, 이사 파손 배상, 부동산 매도 의뢰, 경매 입찰 대리
위임장, 등기필정보 분실 확인서면, 상가 권리금 계약, 자동차보험 대물 합의서, 안전신문고 공익신고, 대리운전 사고 접수,
전동킥보드 사고 합의, 학원 강사 채용(성범죄경력 조회), 유학원 비자 서류, 대학원 추천서 요청 메일, 연구과제
참여연구원 인건비, 학회 연회비 이중 납부, 세미나 연사 사례비, 프리랜서 사업소득 지급 명단, 근로내용확인신고, 건설현장
출입 등록, 택배 위탁계약, 배달 라이더 보험 명단, 퇴직금 중간정산, 사내 주택자금 대출, 경조사비 지급, 명함 제작,
사원증 재발급, 입주사 주차 등록, 마라톤 참가 신청, 웨딩홀 계약 변경, 종신보험 청약서 검토, 실손보험 청구, 펀드 환매,
가상자산 거래소 출금 보류 안내, 배송대행 신청서, 사과 산지 직거래 주문, 주택 태양광 보조금, 재건축 조합원 명부 정정.
English: security-deposit itemization, HOA second notice, travel-clinic consult, vet new-client form, daycare
enrollment, summer-camp medical form, field-trip chaperone roster, university roommate request, study-abroad emergency
sheet (Seoul), library card application, mobile notary booking, small-claims form, self-storage lien notice,
dealership service appointment, auto-loan payoff letter, credit-union joint membership, balance transfer request,
lawn-care ACH authorization, W-9 vendor onboarding, interior-design retainer, funeral arrangement summary,
cemetery plot deed transfer, out-of-network vision claim, hearing-aid fitting note, home-health timesheet dispute,
fishing licence renewal, marina slip rental, RV park reservation, timeshare exit letter, heat-pump utility rebate,
ISP outage credit, coworking Wi-Fi login dispute, home-office stipend, W-7 ITIN prep for a Korean spouse, unmatched
tuition wire from Korea, Korean-American church directory, certified translation of a Korean family certificate,
adoptee birth-family search letter, K-beauty wholesale application, LCL freight booking to Busan. Mixed formats:
MyBatis debug log, Hibernate BasicBinder trace, Debezium change event, Liquibase changelog YAML, Stripe
customer.updated webhook, Twilio inbound SMS in a Flask log, SendGrid event webhook, HubSpot contact API response,
Salesforce `sf data query` table, Excel VBA immediate window, .ipynb cell JSON with outputs, Polars DataFrame print,
DuckDB box output, ClickHouse FORMAT Vertical, Neo4j Cypher CREATE, redis-cli HGETALL, Envoy JSON access log, AWS WAF
log, GCP Cloud Logging entry, `vault kv get`, rich traceback locals panel, Elixir IEx inspect, Scala case class in a
Spark log, C struct initializer fixture, kafka-avro-console-consumer record, Android SharedPreferences XML, iOS
UserDefaults plist, Windows .reg export, sqlcmd result, EDI X12 834 segments, 펌뱅킹 이체 전문 log, 카카오 알림톡 API
request, NCP SENS SMS request, 우체국 택배 접수 API JSON, 오픈마켓 주문 CSV, 배달 주문 중계 POS log, tcpdump -A capture,
gdb struct print, fine-tuning chat JSONL, LLM run trace JSON.

Hard-negative kinds (60, none in the earlier three sets' lists). Korean (25): 바둑 기보 수순 좌표, 콜센터 ARS 메뉴
트리, 가전 모델명·에너지효율 등급표, 승강기 고유번호·검사 게시문, 소방시설 작동기능점검표, 수도계량기 기물번호 검침표,
택배 운임표, 주유소 유가 비교, 골프 스코어카드, 뜨개질 도안, 금융기관 점포코드표, 도로명주소 부여 원칙 해설, 복약
안내문, 헬스 운동 루틴, 건설 공정표 공종 코드, 교차로 신호 현시 주기표, 개표 상황표(정당 기호만), 절기·음력 대조표,
지하철 빠른 환승 위치, 게임 쿠폰 코드 공지, 국가지점번호 위치표지 점검, 표준 발음법 연음·경음화 예시, 성씨·본관
인구 통계, 아파트 실거래가(단지명·층·면적만), 주식 호가창. English (20): crossword clues with grid numbers,
bowling league sheet, guitar chord chart, Form 1040 line instructions, building-code excerpt, AWG ampacity table,
mortgage amortization schedule, fantasy-football scoring rules, lab buffer recipe, moonrise/moonset ephemeris, horse
race card (horses only), Rubik's cube algorithms, tabletop-RPG stat block of a fictional NPC, postage rate table, tire
size codes, GS1-128 application identifiers, resistor colour codes, botanical names with eponymous epithets, towns
named after people with populations, lumber dimensions and board feet. Mixed (15): Mecab morpheme output, Korean
romanization unit test of common nouns (김치, 이불, 최고, 정자), webpack build stats, Lighthouse report JSON, `openssl
ciphers -v`, `kubectl top nodes`, JVM G1 GC log, dmesg boot log, git bisect log, Jest failure output of a number/date
formatter, Prometheus /metrics exposition, Locust stats table, game save JSON with fictional characters, Excel date
serial table, Redis INFO output.

Obfuscation kinds (40, each used once, none in the twenty-sixth's, twenty-seventh's or twenty-eighth's lists). Korean
(16): mobile number read group by group as Sino-Korean cardinals (공일공 칠천삼백이십일 ...), mobile number in Thai
digits, mobile number with the 010 prefix left out, account number in 갖은자 financial numerals (壹貳參), resident
number with dots in the birth-date half (85.03.12-...), alien registration number typed with Shift held (!@#...),
Korean name in 야민정음 (명 → 띵, 대 → 머, 유 → 윾), Korean name spelled as heard by speech-to-text (연음: 바근지),
Korean name back-transliterated from its romanisation (하은 킴, 서준 파크), e-mail given as a portal ID plus the
portal's Korean name (아이디 네이버), road-name address in a courier's shorthand (경기 시흥 정왕대로 294 108-1004),
road-name address in Hangul but English order (unit first, province last), passport number with the Roman numeral Ⅿ
(U+216F) for its letter, health-insurance number between Code 39 start/stop asterisks, business number split across
three tab-separated spreadsheet cells, driving licence number keyed into an ARS menu with # between groups. English
(12): card number read as two-digit English number words, e-mail split by a line wrap inside a quoted reply (> marker),
e-mail copied from a PDF with fi/ff/fl ligature characters, name disemvowelled, name as an airline ticket's
SURNAME/GIVEN element, Korean name in Yale romanization, name in alternating (mocking) case, US address hard-wrapped
into 35-character SWIFT MT103 field-59 lines, IPv4 in dotted octal, US account number in mathematical monospace
digits, US phone number dictated in Spanish digit words, Korean mobile with the trunk zero kept in brackets
(+82 (0)10-...). Mixed (12): resident number as COBOL packed decimal (COMP-3) bytes, phone number as EBCDIC hex, IPv4
as /proc/net/tcp little-endian hex, corporate number printed as a BigQuery FLOAT64 (1.101111234567E12), e-mail behind
Cloudflare's data-cfemail XOR hex, e-mail inside an SRS0 rewritten sender, Korean name as an IMAP modified UTF-7
mailbox name, name inside an LDAP DN with an escaped comma, name in Unicode regional indicator letters, driving licence
number split across four HTML input boxes, card number broken by a shell line continuation, Korean name in Cyrillic
(Kontsevich transliteration).

Labelling decisions: the twenty-eighth set's rules (as its docstring states them, carrying the earlier sets' forward)
apply unchanged: PERSON on the name only, never a title, honorific or particle, every mention labelled (a lone given
name too); brand, firm, venue, street, disease, paint and ship names that carry a person's name are never labelled,
nor are user names; LOCATION from the first character through the building number and unit detail (a parenthesised
reference dong included), English-order Korean addresses from the unit through the postcode, US/UK/Canadian addresses
from the house number through the postcode; PHONE_NUMBER with its +82/+1/+44 prefix and a US area code's parentheses;
IP_ADDRESS without a :port or /32 suffix; BANK_ACCOUNT for Korean and US accounts, never routing or SWIFT codes;
KR_DRIVER_LICENSE with the region name when written as a word; KR_PASSPORT only for Korean passports; birth dates (a
resident number's front half alone), member, case, order and docket numbers are never labelled. Applied here: the
surname and given-name fields of an EDI NM1 segment are two PERSON spans (each a mention); children's and pets' first
names follow the rules above (children labelled, pets not); fictional characters and horses are never labelled.
Disguise spans (this set): Thai-digit, 갖은자, dotted, Shift-typed, Roman-numeral, 야민정음, liaison-spelled,
back-transliterated, Yale, Cyrillic, disemvowelled, mocking-case, ligature, monospace, dotted-octal, EBCDIC,
/proc/net/tcp, FLOAT64, cfemail, UTF-7 and regional-indicator values on the token as written (the UTF-7 name from & to
the closing -); values read out (Sino-Korean cardinals, two-digit English words, Spanish digits) from the first word
to the last, the group commas inside; the 010-less mobile on its eight digits (the hyphen between them inside); the portal-ID e-mail from the ID
through the portal name (the particle 요 outside); the courier shorthand and the English-order Hangul address whole;
the Code 39 number on its digits (asterisks outside); the tab-split business number, the ARS licence number (trailing
# outside), the HTML-input licence number (from the first value to the last, the markup between inside), the line-wrapped
e-mail (> marker inside), the MT103 address (line breaks inside) and the shell-split card number (backslash and line
break inside) from their first character to their last; the airline name element on SURNAME/GIVEN (the title
outside); the +82 (0) mobile from the + through the last digit; the COMP-3 number from its first byte through the sign
byte (the EBCDIC padding after it outside); the /proc/net/tcp address on the hex host part (:port outside); the SRS0
sender on domain=local only (SRS0=hash=tt= and @forwarder outside); the LDAP name from the surname through the given
name, the escaped comma inside (CN= outside)."""

from __future__ import annotations

import base64
import random
import re
from collections import Counter
from pathlib import Path

from tests.detectors.corpus.check_digits import (
    arn,
    brn,
    card,
    crn,
    ean13,
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

random.seed(29_2026_1125_5113)

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

# ---------------------------------------------------------------- value makers copied unchanged from the twenty-seventh set (its lines 200-372)
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


# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 373-535)
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


# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 536-710)
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



# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 711-851)
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



# ---------------------------------------------------------------- (still copied from the twenty-seventh: its lines 852-1096)
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


# ---------------------------------------------------------------- (still copied from the twenty-seventh: the makers it added, its lines 1097-1338)
KGIV4 = (
    "시온 라희 준영 서하 윤호 다온 은채 현서 지완 소은 태현 예지 민혁 가윤 성훈 하율 "
    "순임 영숙 종철 복희 정남 귀순 만수 말년 동춘 옥희 춘식 삼순 경순 병호"
).split()


def kname5() -> str:
    """A Korean full name from a fourth list of given names, redrawn while it is also an everyday word."""
    while True:
        n = random.choice(KSUR) + random.choice(KGIV4)
        if n not in COMMON_WORDS:
            return n


FAMOUS = frozenset(
    "왕건 김구 이순신 안중근 유관순 박종철 박정희 유재석 이병철 안창호 이순자 김정숙 김건희 이건희 현빈 원빈".split()
)


def kp() -> str:
    """Any Korean full name (every list, rare surnames and two-syllable names included), never a famous person's."""
    while True:
        n = random.choice((kn, kname3, kname4, kname5, kname5, krare, kn2, kname5))()
        if n not in FAMOUS:
            return n


def kps(n: int) -> list[str]:
    """n different Korean names, none contained in another (so every mention can be labelled unambiguously)."""
    out: list[str] = []
    while len(out) < n:
        v = kp()
        if all(v not in o and o not in v for o in out):
            out.append(v)
    return out


KGIV_KID = "서준 하준 도윤 시우 은우 지호 예준 유준 서아 하윤 지안 이서 아린 시아 나은 채아 로운 이안 유나 하린".split()


def kid(avoid: tuple[str, ...] = ()) -> str:
    """A child's name (given names popular since the 2010s), distinct from the names in `avoid`."""
    while True:
        n = random.choice(KSUR) + random.choice(KGIV_KID)
        if n not in FAMOUS and n not in COMMON_WORDS and all(n not in o and o not in n and n[1:] != o[1:] for o in avoid):
            return n


HFGN4 = {
    "tr": ["메흐메트 일디즈", "아이셰 카야"],
    "ua": ["올렉산드르 코발렌코", "나탈리야 본다렌코"],
    "in": ["라훌 샤르마", "프리야 나이르"],
    "fr": ["카미유 르페브르", "앙투안 모로"],
    "us": ["제니퍼 콜린스", "마이클 하워드"],
    "eg": ["아흐메드 하산", "파티마 엘사예드"],
    "br": ["가브리엘 소자", "아나 페헤이라"],
}


def hfname4(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Turkish, Ukrainian, Indian, French, American, Egyptian, Brazilian)."""
    return random.choice(HFGN4[origin or random.choice(list(HFGN4))])


def anyhf() -> str:
    """A foreign name in Hangul from any of the lists."""
    pick = random.random()
    if pick < 0.3:
        return hfname(random.choice(list(HFGN)))
    if pick < 0.5:
        return hfname2(random.choice(list(HFGN2)))
    if pick < 0.7:
        return hfname3()
    return hfname4()


FGN3 = "KAYA AYSE|KOVALENKO OLEKSANDR|SHARMA RAHUL|LEFEBVRE CAMILLE|SOUZA GABRIEL|HASSAN AHMED|NAIR PRIYA|BONDARENKO NATALIIA".split("|")


def fname3() -> str:
    return random.choice(FGN3)


ROADS5 = [
    ("서울특별시", "종로구", "자하문로", "청운동"),
    ("서울특별시", "강동구", "천호대로", "성내동"),
    ("서울특별시", "영등포구", "국제금융로", "여의도동"),
    ("부산광역시", "동래구", "충렬대로", "온천동"),
    ("부산광역시", "북구", "만덕대로", "덕천동"),
    ("대구광역시", "동구", "아양로", "신암동"),
    ("인천광역시", "서구", "청라대로", "청라동"),
    ("광주광역시", "서구", "상무중앙로", "치평동"),
    ("대전광역시", "중구", "계룡로", "용두동"),
    ("울산광역시", "중구", "번영로", "성남동"),
    ("경기도", "안양시 동안구", "시민대로", "관양동"),
    ("경기도", "부천시", "길주로", "중동"),
    ("경기도", "평택시", "평택로", "평택동"),
    ("충청북도", "청주시 흥덕구", "직지대로", "복대동"),
    ("전라남도", "광양시", "중마로", "중동"),
    ("경상남도", "양산시", "양산대로", "중부동"),
    ("경상북도", "김천시", "시청로", "신음동"),
    ("강원특별자치도", "속초시", "중앙로", "금호동"),
]


def kaddr5(detail: str = "random") -> str:
    """A road-name address from a fifth list of roads (a 번길 road now and then), labelled like kaddr."""
    sido, sgg, road, dong = random.choice(ROADS5)
    if random.random() < 0.2:
        road = f"{road}{random.randint(1, 12) * 10 + random.choice((0, 5))}번길"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(2, 350)}" + (f"-{random.randint(1, 20)}" if random.random() < 0.25 else "")
    mode = random.choice(["apt", "floor", "ref", "none", "apt"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 125)}동 {random.randint(2, 28)}0{random.randint(1, 6)}호"
    if mode == "floor":
        return f"{head} {num}, {random.randint(1, 8)}층"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def kaddr_any() -> str:
    return random.choice((kaddr, kaddr2, kaddr3, kaddr4, kaddr5, kaddr5, kaddr5))()


JIBUN4 = [
    ("경상북도 울릉군 울릉읍", "도동리"),
    ("전라남도 진도군 임회면", "남동리"),
    ("충청북도 단양군 가곡면", "사평리"),
    ("경기도 가평군 설악면", "신천리"),
    ("강원특별자치도 인제군 북면", "원통리"),
    ("경상남도 합천군 가야면", "치인리"),
]


def jibun4() -> str:
    a, b = random.choice(JIBUN4)
    return f"{a} {b} {random.randint(15, 640)}" + (f"-{random.randint(1, 8)}" if random.random() < 0.5 else "")


EADDR4 = [
    ("Brookline Ave", "Boston, MA", "02215"),
    ("Sycamore Grove Ln", "Plano, TX", "75024"),
    ("Old Mill Rd", "Portland, ME", "04103"),
    ("Fenwick Road", "Manchester", "M20 2LL"),
    ("Marlborough St", "Halifax, NS", "B3H 2C5"),
    ("Linden Row", "Ann Arbor, MI", "48104"),
]


def eaddr4(unit: bool = False) -> str:
    """A US, UK or Canadian street address through its postcode, sometimes with a unit after the street."""
    street, city, z = random.choice(EADDR4)
    u = f" {random.choice(['Apt', 'Unit', 'Suite'])} {random.randint(2, 48)}{random.choice('ABC')}" if unit else ""
    return f"{random.randint(3, 9400)} {street}{u}, {city} {z}"


def ea_any() -> str:
    return random.choice((eaddr, eaddr2, eaddr3, eaddr4, eaddr4))()


LOCALS5 = (
    "sohee.jin minsu_kang85 yj.heo0303 dohyun.nam hanbit2000 eunseo.work kbs_jun yerim.ch jaewon0821 "
    "seungah.lim gyeol.k mirae_oh"
).split()
MAILDOM5 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net", "nate.com", "korea.kr", "hotmail.com"]


def email5(local: str | None = None, domain: str | None = None) -> str:
    return f"{local or random.choice(LOCALS5)}@{domain or random.choice(MAILDOM5)}"


def km() -> str:
    """Any Korean personal e-mail address, from every local-part list."""
    return random.choice((email, email2, email3, email4, email5, email5))()


EFIRST4 = (
    "Beatrix Cormac Delphine Everett Faustina Gideon Hollis Isadora Jasper Kenji Lorelei Magnus Nerys Osric "
    "Quentin Rowena Silas Tamsin Ulrich Viola Winston Zara"
).split()
ELAST4 = (
    "Abbington Blackburn Carrow Dunmore Eastwood Farrow Greaves Hawthorne Ingram Jessup Kingsley Langford "
    "Merriweather Northcott Pryce Redgrave Stainton Tremaine Vickery Whitlock"
).split()


def ename4() -> str:
    return f"{random.choice(EFIRST4)} {random.choice(ELAST4)}"


def en() -> str:
    """An English-language full name from any of the four lists."""
    return random.choice((anye, ename4, ename4))()


def ens(n: int) -> list[str]:
    """n English names with different first and last names (so a lone first name points to one person)."""
    out: list[str] = []
    while len(out) < n:
        v = en()
        if all(v.split()[0] != o.split()[0] and v.split()[-1] != o.split()[-1] for o in out):
            out.append(v)
    return out


CORPDOM2 = ["harborlane.com", "quillfinch.io", "stonebridge-law.com", "ferncastle.org", "apexmoor.co", "veldtcare.com"]


def cmail2(name: str) -> str:
    return mail_of(name, random.choice(CORPDOM2), random.choice((".", "_", "")))


def us_acct() -> str:
    """A US checking account number (labelled as a bank account)."""
    return dg(random.choice((10, 11, 12)), "123456789")


ROUTING = ["021000021", "026009593", "121000248", "011401533", "071000013"]


def non_luhn(n: int, head: str) -> str:
    """n digits starting with head that fail the Luhn check (for negatives)."""
    while True:
        v = head + dg(n - len(head))
        if not luhn_ok(v):
            return v


def card16() -> str:
    """A Luhn-valid sixteen-digit card number without separators (Visa, Mastercard or domestic 9410)."""
    return cc(random.choice(["4", "52", "54", "9410"]), sep="")


def kids_rrn(year: int) -> str:
    """A resident number for a child born in `year`: old checksum before 2020, the post-October-2020 scheme after."""
    _, b = birth(year, year)
    g = random.choice((3, 4))
    return rn(b, g) if year >= 2021 else rr(b, g)



# ---------------------------------------------------------------- value makers new for this set
KGIV5 = (
    "로아 이준 세린 하온 주안 예솔 도담 지율 서후 은솔 라온 시율 한별 채린 "
    "옥분 순례 갑순 덕자 만길 상만 봉남 용순 복만 칠순 정배 귀남 삼례 무송"
).split()
KSUR_RARE2 = "어 돈 묘 섭 순 시 음 빈 평 간 동방 강전".split()


def kname6() -> str:
    """A Korean full name from a fifth list of given names, now and then with a rare surname (어, 묘, 동방...)."""
    while True:
        sur = random.choice(KSUR_RARE2) if random.random() < 0.3 else random.choice(KSUR)
        n = sur + random.choice(KGIV5)
        if n not in COMMON_WORDS and n not in FAMOUS:
            return n


def kq() -> str:
    """Any Korean full name of three or more syllables (so that a given name can be cut off safely)."""
    while True:
        n = random.choice((kname6, kname6, kp, kname5, kname4, kname3))()
        if len(n) >= 3:
            return n


def kqs(n: int) -> list[str]:
    """n different Korean names (three or more syllables), none inside another and no two sharing a given name."""
    out: list[str] = []
    while len(out) < n:
        v = kq()
        if all(v not in o and o not in v and giv(v) != giv(o) for o in out):
            out.append(v)
    return out


COMPOUND_SUR = ("황보", "남궁", "제갈", "선우", "독고", "사공", "서문", "동방", "강전")


def giv(name: str) -> str:
    """The given name of a Korean full name."""
    return name[2:] if name[:2] in COMPOUND_SUR else name[1:]


HFGN5 = {
    "ng": ["치네두 오코리", "아데볼라 오군레예"],
    "pe": ["루이스 알베르토 키스페", "로사 마마니 차라"],
    "de": ["클라우스 베버", "자비네 호프만"],
    "pl": ["마그달레나 노바크", "카롤 비슈니에프스키"],
    "mx": ["알레한드로 에르난데스", "과달루페 로페스"],
    "ke": ["와지루 카마우", "오티에노 오미노"],
}


def hfname5(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Nigerian, Peruvian, German, Polish, Mexican, Kenyan)."""
    return random.choice(HFGN5[origin or random.choice(list(HFGN5))])


def anyhf2() -> str:
    return random.choice((anyhf, hfname5, hfname5))()


FGN4 = "OKORIE CHINEDU|QUISPE LUIS ALBERTO|WEBER KLAUS|NOWAK MAGDALENA|HERNANDEZ ALEJANDRO|KAMAU WANJIRU".split("|")


def fname4() -> str:
    return random.choice(FGN4)


EFIRST5 = (
    "Anneliese Barnaby Clementine Dashiell Eloise Fitzroy Guinevere Horatio Iona Jethro Kalinda Lysander "
    "Marisela Niamh Percival Quilla Rhiannon Sebastian Tallulah Vaughn"
).split()
ELAST5 = (
    "Ackerley Brightwater Cresswell Dunleavy Ellerby Fairweather Goodhew Hollingsworth Inglewood Jardine "
    "Kettering Lockwood Mayhew Nethercott Oakes Penhaligon Ravenscroft Stirling Tolliver Wainwright"
).split()


def ename5() -> str:
    return f"{random.choice(EFIRST5)} {random.choice(ELAST5)}"


def ep() -> str:
    """An English-language full name from any list, the fifth included."""
    return random.choice((en, ename5, ename5))()


def eps(n: int) -> list[str]:
    """n English names with different first and last names."""
    out: list[str] = []
    while len(out) < n:
        v = ep()
        if all(v.split()[0] != o.split()[0] and v.split()[-1] != o.split()[-1] for o in out):
            out.append(v)
    return out


ROADS6 = [
    ("서울특별시", "서대문구", "연희로", "연희동"),
    ("서울특별시", "광진구", "능동로", "화양동"),
    ("서울특별시", "금천구", "시흥대로", "독산동"),
    ("부산광역시", "연제구", "월드컵대로", "연산동"),
    ("부산광역시", "기장군", "기장대로", "기장읍"),
    ("대구광역시", "중구", "국채보상로", "동인동"),
    ("인천광역시", "미추홀구", "인하로", "용현동"),
    ("광주광역시", "동구", "필문대로", "지산동"),
    ("대전광역시", "동구", "대전로", "삼성동"),
    ("경기도", "남양주시", "경춘로", "금곡동"),
    ("경기도", "김포시", "김포한강로", "장기동"),
    ("경기도", "이천시", "경충대로", "창전동"),
    ("충청남도", "서산시", "중앙로", "읍내동"),
    ("전북특별자치도", "남원시", "춘향로", "도통동"),
    ("경상북도", "영주시", "대학로", "휴천동"),
    ("경상남도", "거제시", "거제중앙로", "고현동"),
    ("강원특별자치도", "동해시", "천곡로", "천곡동"),
    ("제주특별자치도", "서귀포시", "일주동로", "남원읍"),
]


def kaddr6(detail: str = "random") -> str:
    """A road-name address from a sixth list of roads (a 번길 road now and then; an officetel room or a floor and
    room as unit detail), labelled like kaddr."""
    sido, sgg, road, dong = random.choice(ROADS6)
    if random.random() < 0.2:
        road = f"{road}{random.randint(1, 15) * 10 + random.choice((0, 5))}번길"
    head = f"{sido} {sgg} {road}"
    num = f"{random.randint(3, 460)}" + (f"-{random.randint(1, 18)}" if random.random() < 0.25 else "")
    mode = random.choice(["apt", "room", "ref", "none", "apt", "floorroom"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 130)}동 {random.randint(2, 29)}0{random.randint(1, 6)}호"
    if mode == "room":
        return f"{head} {num}, {random.randint(2, 19)}{random.randint(0, 2)}{random.randint(1, 9)}호"
    if mode == "floorroom":
        return f"{head} {num} {random.randint(2, 6)}층 {random.randint(1, 3)}호"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def ka() -> str:
    """A road-name address from any list, the sixth weighted up."""
    return random.choice((kaddr_any, kaddr6, kaddr6))()


JIBUN5 = [
    ("충청남도 청양군 정산면", "서정리"),
    ("경상북도 봉화군 춘양면", "의양리"),
    ("전라남도 해남군 송지면", "송호리"),
    ("강원특별자치도 홍천군 내촌면", "물걸리"),
    ("경상남도 산청군 시천면", "사리"),
    ("전북특별자치도 무주군 설천면", "소천리"),
]


def jibun5() -> str:
    a, b = random.choice(JIBUN5)
    return f"{a} {b} {random.randint(12, 870)}" + (f"-{random.randint(1, 9)}" if random.random() < 0.5 else "")


def jb() -> str:
    return random.choice((jibun, jibun2, jibun3, jibun4, jibun5, jibun5))()


EADDR5 = [
    ("Gable Point Rd", "Kennewick, WA", "99336"),
    ("Briarcliff Ln", "Decatur, GA", "30033"),
    ("Rosemont Ave", "Pasadena, CA", "91103"),
    ("Thistle Way", "Edinburgh", "EH10 5QG"),
    ("Birchmount Rd", "Toronto, ON", "M1N 3J7"),
    ("Hollins Mill Rd", "Lynchburg, VA", "24503"),
    ("Kestrel Court", "Cardiff", "CF14 2LP"),
]


def eaddr5(unit: bool = False) -> str:
    """A US, UK or Canadian street address (a fifth list), through its postcode, sometimes with a unit."""
    street, city, z = random.choice(EADDR5)
    u = random.choice((f" Apt {random.randint(2, 60)}", f" Unit {random.randint(2, 60)}", f" #{random.randint(2, 60)}")) if unit else ""
    return f"{random.randint(5, 9800)} {street}{u}, {city} {z}"


def eadr() -> str:
    return random.choice((ea_any, eaddr5, eaddr5))()


ENG_KADDR2 = [
    ("Jong-ro", "Jongno-gu, Seoul", "03154"),
    ("Gwangbok-ro", "Jung-gu, Busan", "48953"),
    ("Sangmu-daero", "Seo-gu, Gwangju", "61963"),
    ("Gukchaebosang-ro", "Jung-gu, Daegu", "41911"),
    ("Gyeongin-ro", "Guro-gu, Seoul", "08215"),
    ("Yeonhui-ro", "Seodaemun-gu, Seoul", "03722"),
]


def kaddr_en2(unit: bool = False) -> str:
    """A Korean road-name address in English order from a second list (unit first when there is one)."""
    road, rest, z = random.choice(ENG_KADDR2)
    u = f"#{random.randint(2, 19)}0{random.randint(1, 8)}, " if unit else ""
    return f"{u}{random.randint(4, 380)} {road}, {rest} {z}"


LOCALS6 = "dahee.woo seojun_kr jinah0915 hwan.k.kim yeji.b2 minkyu_p ara.seol0704 gunwoo1988 soyul.t jihye_han.work".split()


def email6(local: str | None = None) -> str:
    return f"{local or random.choice(LOCALS6)}@{random.choice(MAILDOM5)}"


def kmail() -> str:
    """Any Korean personal e-mail address, the sixth local-part list included."""
    return random.choice((km, email6, email6))()


KCORP = ["hanbit-logis.co.kr", "daon-soft.kr", "mirae-fnc.co.kr", "saerom-med.or.kr", "gaon-edu.kr", "nuri-tech.io"]


def kwork(local: str | None = None) -> str:
    """A work e-mail address at a Korean company."""
    return f"{local or random.choice(LOCALS6 + LOCALS5)}@{random.choice(KCORP)}"


CORPDOM3 = ["pinecrest-mutual.com", "lodestar-health.org", "copperleaf.law", "ambergate.co.uk", "wildfern-hr.com", "bluepeak-insure.com"]


def cmail3(name: str) -> str:
    return mail_of(name, random.choice(CORPDOM3), random.choice((".", "_", "")))


def anymob() -> str:
    """A mobile number in any everyday Korean style."""
    r = random.random()
    if r < 0.6:
        return mob()
    if r < 0.75:
        return mob(" ")
    if r < 0.85:
        return mob("")
    if r < 0.93:
        return mob(".")
    return intl(random.choice(("-", " ")))


def card_any() -> str:
    return random.choice((anycard, anycard, card16))()


def hi_ok() -> str:
    """A health-insurance card number whose four-digit groups have no leading zero."""
    while True:
        h = hi()
        if h[3] != "0" and h[7] != "0":
            return h


KATAKANA_NAMES = [
    ("김민준", "キム・ミンジュン"),
    ("이서연", "イ・ソヨン"),
    ("박지호", "パク・チホ"),
    ("최하은", "チェ・ハウン"),
    ("정도윤", "チョン・ドユン"),
    ("강수아", "カン・スア"),
    ("윤재훈", "ユン・ジェフン"),
    ("한예린", "ハン・イェリン"),
]


# ---------------------------------------------------------------- value makers new for this set
KGIV6 = (
    "시헌 윤슬 다현 재희 수호 은결 태린 하진 이로 서율 주하 연재 단비 온유 동건 리원 "
    "순옥 영남 말례 기숙 점순 태수 판례 용태 분이 재만 상순 복례 철규 금옥"
).split()
KSUR_RARE3 = "궉 좌 범 피 필 곡 뢰 화 후 부 근 형 망절 장곡".split()


def kname7() -> str:
    """A Korean full name from a sixth list of given names, now and then with a rarer surname (궉, 좌, 망절...)."""
    while True:
        sur = random.choice(KSUR_RARE3) if random.random() < 0.3 else random.choice(KSUR)
        n = sur + random.choice(KGIV6)
        if n not in COMMON_WORDS and n not in FAMOUS:
            return n


def kr() -> str:
    """Any Korean full name of three or more syllables, the sixth list included."""
    while True:
        n = random.choice((kq, kq, kname7))()
        if len(n) >= 3:
            return n


def krs(n: int) -> list[str]:
    """n Korean names (three or more syllables), none inside another, no two sharing a given name or a surname+given
    prefix."""
    out: list[str] = []
    while len(out) < n:
        v = kr()
        if all(v not in o and o not in v and giv(v) != giv(o) and v[:2] != o[:2] for o in out):
            out.append(v)
    return out


HFGN6 = {
    "gh": ["쿠아메 아산테", "아마 보아텡"],
    "ir": ["레자 호세이니", "마리얌 카리미"],
    "co": ["카밀라 로드리게스", "안드레스 모랄레스"],
    "it": ["줄리아 로시", "마테오 콜롬보"],
    "tw": ["린즈웨이", "천야팅"],
    "af": ["아마드 자히르 사피", "파리다 누리"],
}


def hfname6(origin: str | None = None) -> str:
    """A foreign national's name in Hangul (Ghanaian, Iranian, Colombian, Italian, Taiwanese, Afghan)."""
    return random.choice(HFGN6[origin or random.choice(list(HFGN6))])


def anyhf3() -> str:
    return random.choice((anyhf2, hfname6, hfname6))()


FGN5 = "ASANTE KWAME|HOSSEINI REZA|RODRIGUEZ CAMILA|ROSSI GIULIA|LIN CHIH-WEI|SAFI AHMAD ZAHIR|NURI FARIDA".split("|")


def fname5() -> str:
    return random.choice(FGN5)


EFIRST6 = (
    "Ambrose Bettina Caspian Dorothea Emrys Felicity Gareth Honora Ivo Juliet Kasimir Linnea Mordecai Noor "
    "Ottilie Peregrine Rosamund Sterling Theodora Ulysses"
).split()
ELAST6 = (
    "Aldridge Bancroft Chadwick Dewhurst Elsworth Fenwick Grantham Hatherley Islington Jellicoe Kilbride "
    "Lowther Mortimer Nettleship Ormsby Pendergast Quarrington Rushworth Selwyn Trelawney"
).split()


def ename6() -> str:
    return f"{random.choice(EFIRST6)} {random.choice(ELAST6)}"


def eq() -> str:
    """An English-language full name from any list, the sixth included."""
    return random.choice((ep, ep, ename6))()


def eqs(n: int) -> list[str]:
    """n English names with different first and last names."""
    out: list[str] = []
    while len(out) < n:
        v = eq()
        if all(v.split()[0] != o.split()[0] and v.split()[-1] != o.split()[-1] for o in out):
            out.append(v)
    return out


ROADS7 = [
    ("서울특별시", "도봉구", "도봉로", "창동"),
    ("서울특별시", "양천구", "목동동로", "목동"),
    ("서울특별시", "구로구", "디지털로", "구로동"),
    ("부산광역시", "수영구", "광안해변로", "광안동"),
    ("부산광역시", "사상구", "사상로", "괘법동"),
    ("대구광역시", "서구", "국채보상로", "평리동"),
    ("인천광역시", "계양구", "계양대로", "계산동"),
    ("광주광역시", "북구", "우치로", "용봉동"),
    ("대전광역시", "유성구", "온천로", "봉명동"),
    ("울산광역시", "북구", "산업로", "연암동"),
    ("세종특별자치시", "", "갈매로", "어진동"),
    ("경기도", "광명시", "오리로", "철산동"),
    ("경기도", "시흥시", "정왕대로", "정왕동"),
    ("경기도", "하남시", "미사강변대로", "망월동"),
    ("충청북도", "음성군", "음성로", "음성읍"),
    ("충청남도", "당진시", "당진중앙1로", "읍내동"),
    ("전라남도", "무안군", "남악로", "삼향읍"),
    ("경상북도", "경산시", "대학로", "조영동"),
    ("경상남도", "김해시", "김해대로", "부원동"),
    ("강원특별자치도", "삼척시", "척주로", "남양동"),
]


def kaddr7(detail: str = "random") -> str:
    """A road-name address from a seventh list of roads (a 번길 road now and then; apartment, floor, room or a
    parenthesised reference dong with an apartment name), labelled like kaddr."""
    sido, sgg, road, dong = random.choice(ROADS7)
    if random.random() < 0.2:
        road = f"{road}{random.randint(1, 14) * 10 + random.choice((0, 5))}번길"
    head = " ".join(x for x in (sido, sgg, road) if x)
    num = f"{random.randint(4, 440)}" + (f"-{random.randint(1, 16)}" if random.random() < 0.2 else "")
    mode = random.choice(["apt", "room", "ref", "none", "apt", "refapt"]) if detail == "random" else detail
    if mode == "apt":
        return f"{head} {num}, {random.randint(101, 128)}동 {random.randint(2, 27)}0{random.randint(1, 6)}호"
    if mode == "room":
        return f"{head} {num}, {random.randint(2, 15)}0{random.randint(1, 9)}호"
    if mode == "refapt":
        apt = random.choice(("푸른마을", "한빛", "새솔", "드림빌", "청솔", "느티마을"))
        return f"{head} {num}, {random.randint(101, 109)}동 {random.randint(1, 15)}0{random.randint(1, 4)}호 ({dong}, {apt}아파트)"
    if mode == "ref":
        return f"{head} {num} ({dong})"
    return f"{head} {num}"


def kb() -> str:
    """A road-name address from any list, the seventh weighted up."""
    return random.choice((ka, kaddr7, kaddr7))()


JIBUN6 = [
    ("경상북도 예천군 용궁면", "향석리"),
    ("전라남도 곡성군 오곡면", "압록리"),
    ("충청북도 보은군 속리산면", "사내리"),
    ("강원특별자치도 영월군 김삿갓면", "와석리"),
    ("경상남도 거창군 위천면", "상천리"),
    ("전북특별자치도 순창군 쌍치면", "금평리"),
]


def jibun6() -> str:
    a, b = random.choice(JIBUN6)
    return f"{a} {b} {random.randint(14, 905)}" + (f"-{random.randint(1, 7)}" if random.random() < 0.5 else "")


def jc() -> str:
    return random.choice((jb, jibun6, jibun6))()


EADDR6 = [
    ("Wintergreen Way", "Missoula, MT", "59801"),
    ("Copperfield Dr", "Tulsa, OK", "74133"),
    ("Heron Bay Blvd", "Naples, FL", "34108"),
    ("Alder Crest Rd", "Eugene, OR", "97405"),
    ("Pembroke Road", "Bath", "BA2 6EH"),
    ("Rue Sherbrooke Ouest", "Montréal, QC", "H3A 1G1"),
    ("Quail Run Ct", "Overland Park, KS", "66213"),
]


def eaddr6(unit: bool = False) -> str:
    """A US, UK or Canadian street address (a sixth list) through its postcode, sometimes with a unit."""
    street, city, z = random.choice(EADDR6)
    u = random.choice((f" Apt {random.randint(2, 45)}", f" Suite {random.randint(100, 420)}")) if unit else ""
    return f"{random.randint(6, 9600)} {street}{u}, {city} {z}"


def eb() -> str:
    return random.choice((eadr, eadr, eaddr6))()


ENG_KADDR3 = [
    ("Gangnam-daero", "Seocho-gu, Seoul", "06611"),
    ("Haeundaehaebyeon-ro", "Haeundae-gu, Busan", "48099"),
    ("Dongtan-daero", "Hwaseong-si, Gyeonggi-do", "18464"),
    ("Jungang-ro", "Jeju-si, Jeju-do", "63165"),
    ("Eulji-ro", "Jung-gu, Seoul", "04533"),
    ("Dalgubeol-daero", "Suseong-gu, Daegu", "42020"),
]


def kaddr_en3(unit: bool = False) -> str:
    """A Korean road-name address in English order from a third list (unit first when there is one)."""
    road, rest, z = random.choice(ENG_KADDR3)
    u = f"{random.choice(('Apt', 'Unit', 'Rm'))} {random.randint(1, 22)}0{random.randint(1, 6)}, " if unit else ""
    return f"{u}{random.randint(5, 610)} {road}, {rest} {z}"


LOCALS7 = "jiwon.seok92 haram_lee yunseul.b taerin0412 dabin.k77 sihun.pyo hjin_nam0808 ohyun.c ddubi.mom ari.song21".split()
MAILDOM6 = ["naver.com", "daum.net", "gmail.com", "kakao.com", "nate.com", "hanmail.net", "icloud.com", "outlook.kr"]


def email7(local: str | None = None) -> str:
    return f"{local or random.choice(LOCALS7)}@{random.choice(MAILDOM6)}"


def km2() -> str:
    """Any Korean personal e-mail address, the seventh local-part list weighted up."""
    return random.choice((kmail, email7, email7))()


KCORP2 = ["seorin-ent.co.kr", "bomnal-care.kr", "dasom-pharm.co.kr", "hangang-rnd.com", "onnuri-logi.kr"]


def kwork2(local: str | None = None) -> str:
    return f"{local or random.choice(LOCALS7 + LOCALS6)}@{random.choice(KCORP2)}"


CORPDOM4 = ["larchmont-dental.com", "saltire-freight.co.uk", "northgate-cu.org", "redfern-realty.com", "bellhaven.edu"]


def cmail4(name: str) -> str:
    return mail_of(name, random.choice(CORPDOM4), random.choice((".", "_", "")))


US_AREA2 = ["240", "303", "347", "410", "480", "608", "651", "720", "801", "832", "909", "980"]


def usnum2(style: str = "paren") -> str:
    """A North American number from a second area-code list, outside the 555 exchange."""
    a = random.choice(US_AREA2)
    ex = fmt("MNN")
    while ex == "555":
        ex = fmt("MNN")
    line = dg(4)
    return {"paren": f"({a}) {ex}-{line}", "dash": f"{a}-{ex}-{line}", "dot": f"{a}.{ex}.{line}"}.get(style, f"+1 {a} {ex} {line}")


def member_no() -> str:
    """A member or policy number (never labelled): letters and digits."""
    return f"{random.choice('ABCDHKMRW')}{random.choice('ABCDHKMRW')}{dg(7)}"


def rrn_adult(y_lo: int = 1950, y_hi: int = 2004, female: bool | None = None, dash: bool = True) -> str:
    """rrx() with the birth-year range used most in this set."""
    return rrx(y_lo, y_hi, female, dash)


def crn_nz() -> str:
    """A corporate registration number whose last digit is not 0 (so a float print keeps all thirteen digits)."""
    while True:
        v = crx()
        if v[-1] != "0":
            return v


def fill(template: str, **kw: str) -> str:
    """Replace «key» placeholders (for texts full of braces, where f-strings would be awkward)."""
    for k, v in kw.items():
        template = template.replace(f"«{k}»", v)
    assert "«" not in template, template
    return template


# ---------------------------------------------------------------- disguise helpers, written for this set
SINO_DIGIT = dict(zip("123456789", "일이삼사오육칠팔구", strict=True))


def sino_group(group: str) -> str:
    """A digit group read as one Sino-Korean cardinal (7321 → 칠천삼백이십일; a leading 1 before 천/백/십 is not read)."""
    n = int(group)
    assert 0 < n < 10000
    out = ""
    for value, unit in ((1000, "천"), (100, "백"), (10, "십")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else SINO_DIGIT[str(q)]) + unit
    return out + (SINO_DIGIT[str(n)] if n else "")


def mob_cardinal(m: str) -> str:
    """010-7321-5678 read group by group: 공일공 칠천삼백이십일 오천육백칠십팔."""
    return f"공일공 {sino_group(m[4:8])} {sino_group(m[9:13])}"


THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
GAJEUN = str.maketrans("0123456789", "零壹貳參肆伍陸柒捌玖")
SHIFTED = str.maketrans("1234567890-", "!@#$%^&*()_")
MONO = str.maketrans("0123456789", "".join(chr(0x1D7F6 + i) for i in range(10)))

YAMIN = [("유대성", "윾머성"), ("박명수", "박띵수"), ("정명숙", "정띵숙"), ("이귀남", "이커남"), ("유명자", "윾띵자")]
YEONEUM = [("박은지", "바근지"), ("김은희", "기믄희"), ("국유진", "구규진"), ("석영호", "서경호"), ("곽은정", "과근정")]
BACK_TRANSLIT = [("김하은", "하은 킴"), ("박서준", "서준 파크"), ("이지우", "지우 리"), ("최예린", "예린 초이"), ("강도윤", "도윤 캉")]
YALE = [("김민준", "Kim Mincwun"), ("박서연", "Pak Seyen"), ("정하은", "Ceng Haun"), ("최지우", "Choy Ciwu"), ("윤서준", "Yun Secwun")]
KONTSEVICH = [
    ("김민준", "Ким Минджун"),
    ("박서연", "Пак Соён"),
    ("이지호", "Ли Джихо"),
    ("최하은", "Чхве Хаын"),
    ("정도윤", "Чон Доюн"),
    ("한예린", "Хан Ерин"),
]


def ars_keys(licence: str) -> str:
    """A licence number keyed into an ARS menu: # after every group (11#22#123456#78#)."""
    return licence.replace("-", "#") + "#"


EN_ONES = "zero one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def two_digit_words(pair: str) -> str:
    """A digit pair as people read card numbers aloud: 45 → forty-five, 07 → oh-seven, 00 → double-oh, 30 → thirty."""
    a, b = int(pair[0]), int(pair[1])
    if a == 0:
        return "double-oh" if b == 0 else f"oh-{EN_ONES[b]}"
    if a == 1:
        return EN_TEENS[b]
    return EN_TENS[a] if b == 0 else f"{EN_TENS[a]}-{EN_ONES[b]}"


def card_pairs(num: str) -> str:
    d = digits(num)
    return " ".join(two_digit_words(d[i : i + 2]) for i in range(0, len(d), 2))


LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"))


def ligate(s: str) -> str:
    for plain, lig in LIGATURES:
        s = s.replace(plain, lig)
    return s


def disemvowel(s: str) -> str:
    return "".join(c for c in s if c not in "aeiouAEIOU")


def pnr_name(name: str) -> str:
    """Olivia Hartley → HARTLEY/OLIVIA (the name element of an airline booking)."""
    first, last = name.split(" ", 1)
    return f"{last.upper().replace(' ', '')}/{first.upper()}"


def mock_case(s: str) -> str:
    out, up = [], False
    for c in s:
        if c.isalpha():
            out.append(c.upper() if up else c.lower())
            up = not up
        else:
            out.append(c)
    return "".join(out)


def wrap35(s: str) -> str:
    """A SWIFT free-text field: upper case, cut every 35 characters whatever the word."""
    s = s.upper()
    return "\n".join(s[i : i + 35] for i in range(0, len(s), 35))


def ip_octal(ip: str) -> str:
    return ".".join(f"0{int(o):o}" for o in ip.split("."))


SPANISH = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()


def spanish_digits(num: str) -> str:
    """A number dictated in Spanish, digit by digit, a comma between groups."""
    groups = [g for g in re.split(r"\D+", num) if g]
    return ", ".join(" ".join(SPANISH[int(c)] for c in g) for g in groups)


def trunk_zero(m: str) -> str:
    """010-7321-5678 → +82 (0)10-7321-5678 (the UK habit of bracketing the trunk zero)."""
    return f"+82 (0){m[1:]}"


def comp3(num: str) -> str:
    """Thirteen digits as COBOL packed decimal (COMP-3), sign nibble C, bytes separated by spaces."""
    nib = digits(num) + "C"
    assert len(nib) % 2 == 0
    return " ".join(nib[i : i + 2] for i in range(0, len(nib), 2))


def ebcdic_hex(s: str) -> str:
    """A string of digits, hyphens and spaces as EBCDIC (code page 037) bytes in hex."""
    table = {**{c: f"F{c}" for c in "0123456789"}, "-": "60", " ": "40"}
    return "".join(table[c] for c in s)


def proc_net_hex(ip: str) -> str:
    """IPv4 as /proc/net/tcp prints it: the four bytes in host (little-endian) order, upper-case hex."""
    a, b, c, d = (int(x) for x in ip.split("."))
    return f"{d:02X}{c:02X}{b:02X}{a:02X}"


def float_sci(num: str) -> str:
    """Thirteen digits as a BigQuery FLOAT64 prints them: 1.101111234567E12."""
    d = digits(num)
    return f"{d[0]}.{d[1:]}E{len(d) - 1}"


def cfemail(addr: str) -> str:
    """Cloudflare's e-mail protection: a key byte, then every character XOR the key, in hex."""
    key = random.randint(0x11, 0xEE)
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in addr)


def srs0(addr: str, forwarder: str) -> tuple[str, str]:
    """An SRS0 rewritten sender: SRS0=hash=tt=domain=local@forwarder; returns (whole, 'domain=local')."""
    local, dom = addr.split("@")
    h = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(4))
    t = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(2))
    inner = f"{dom}={local}"
    return f"SRS0={h}={t}={inner}@{forwarder}", inner


def imap_utf7(s: str) -> str:
    """A non-ASCII mailbox name in IMAP modified UTF-7 (RFC 3501): &base64(UTF-16BE) with , for /, then -."""
    b = base64.b64encode(s.encode("utf-16-be")).decode().rstrip("=").replace("/", ",")
    return f"&{b}-"


def regional(s: str) -> str:
    """Letters as Unicode regional indicator symbols (the letters flags are made of)."""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) if c.isalpha() else c for c in s.upper())


def html_inputs(licence: str) -> str:
    """A licence number typed into four input boxes, as the page's HTML holds it (from the first value to the last)."""
    g = licence.split("-")
    sep = '"> - <input type="text" name="licNo{}" maxlength="{}" value="'
    inner = g[0]
    for i, part in enumerate(g[1:], start=2):
        inner += sep.format(i, len(part)) + part
    return inner


def shell_split(num: str, at: int) -> str:
    """A card number broken by a shell line continuation after `at` characters."""
    return num[:at] + "\\\n" + num[at:]


def dotted_rrn(v: str) -> str:
    """850312-1234567 → 85.03.12-1234567."""
    return f"{v[:2]}.{v[2:4]}.{v[4:6]}{v[6:]}"


SIDO_SHORT = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천", "광주광역시": "광주",
    "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종", "경기도": "경기", "충청북도": "충북",
    "충청남도": "충남", "전라남도": "전남", "경상북도": "경북", "경상남도": "경남", "강원특별자치도": "강원",
    "전북특별자치도": "전북", "제주특별자치도": "제주",
}


def courier_short() -> str:
    """A road-name address in a courier's shorthand: province and city cut short, 동-호 run together (101-1203)."""
    sido, sgg, road, _ = random.choice([r for r in ROADS7 if r[1]])
    city = sgg.split()[0]
    city = city[:-1] if len(city) > 2 else city
    return f"{SIDO_SHORT[sido]} {city} {road} {random.randint(4, 440)} {random.randint(101, 128)}-{random.randint(2, 27)}0{random.randint(1, 6)}"


def english_order_hangul() -> str:
    """A road-name address written in Hangul but in English order: unit, building number and road, district, city."""
    sido, sgg, road, _ = random.choice([r for r in ROADS6 if r[1]])
    return f"{random.randint(101, 130)}동 {random.randint(2, 29)}0{random.randint(1, 6)}호, {random.randint(3, 460)} {road}, {sgg}, {sido}"


# ---------------------------------------------------------------- the inline-mark case writer (copied unchanged from the twenty-eighth, its lines 1818-1859)
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


# ---------------------------------------------------------------- positives: Korean (60)
def positives_ko() -> None:
    # 1 전세보증금 반환보증 이행청구
    a, b = krs(2)
    bank, ac = anyacct()
    put("ko", P, f"""[HUG 이행청구 접수 체크] 보증채권자 ⟦PER:{a}⟧ / 주민번호 ⟦RRN:{rrn_adult(1975, 1996)}⟧
임차주택: ⟦LOC:{kaddr7('apt')}⟧
임대인(보증의뢰인): ⟦PER:{b}⟧, 연락 두절 상태 (최종 통화 ⟦PH:{mob()}⟧)
보증이행 대금 수령계좌: {bank}은행 ⟦ACC:{ac}⟧ (예금주 본인)
누락 서류: 임차권등기 완료된 등기사항증명서, 명도확인서. ⟦PER:{giv(a)}⟧ 님께 보완 요청 문자 발송 예정.""")

    # 2 아파트 관리비 자동이체 변경
    n = kr()
    bank, ac = anyacct()
    put("ko", P, f"""관리사무소입니다. 아래 세대 관리비 자동이체 계좌를 변경 처리해 주세요.
- 세대: ⟦LOC:{kaddr6('apt')}⟧
- 신청인(세대주): ⟦PER:{n}⟧ / ⟦PH:{mob()}⟧
- 변경 후: {bank} ⟦ACC:{ac}⟧
- 변경 전 카드이체 해지: ⟦CARD:{cc('9410')}⟧
10월분부터 적용, 9월분은 기존 카드로 이미 청구되었습니다.""")

    # 3 입주민 등록카드
    a, b, c = krs(3)
    put("ko", P, f"""[입주민 등록카드 - 신규 입주]
동/호수: ⟦LOC:{kaddr5('apt')}⟧
입주일: 2025.11.08 / 자가
세대원
 1) ⟦PER:{a}⟧ (세대주) ⟦PH:{mob()}⟧
 2) ⟦PER:{b}⟧ (배우자) ⟦PH:{mob(' ')}⟧
 3) ⟦PER:{c}⟧ (자녀, 초등 3학년)
차량: 12가 3456 (주차 스티커 발급 완료)
비상연락 이메일: ⟦MAIL:{km2()}⟧""")

    # 4 택배 분실 배상 접수
    n = kr()
    put("ko", P, f"""상담메모) 운송장 6012-4473-9918 분실 건. 고객 ⟦PER:{n}⟧님 통화(⟦PH:{anymob()}⟧).
수하인 주소 ⟦LOC:{kb()}⟧ 로 11/3 배송완료 처리됐으나 미수령 주장. 현관 사진 없음.
물품가 189,000원, 영수증 메일로 받음(⟦MAIL:{km2()}⟧). 배상금 입금계좌 ⟦ACC:{acct('카카오뱅크')}⟧ (카카오뱅크, 본인 명의)
→ 기사 확인 후 3영업일 내 회신 안내함.""")

    # 5 중고거래 사기 피해 진정서
    me, sus = krs(2)
    bank, ac = anyacct()
    put("ko", P, f"""진정서 초안 좀 다듬어 주세요.

진정인: ⟦PER:{me}⟧ (⟦RRN:{rrn_adult(1988, 2003)}⟧)
주소: ⟦LOC:{kb()}⟧
피진정인: 중고거래 앱 닉네임 '쿨거래맨', 본인이 밝힌 이름 ⟦PER:{sus}⟧, 연락처 ⟦PH:{mob()}⟧
내용: 2025. 10. 21. 아이패드 판매 글을 보고 {bank}은행 ⟦ACC:{ac}⟧(예금주 {sus[0]}**)로 62만 원을 송금하였으나 물건을 받지 못했습니다.
같은 계좌로 피해를 입은 사람이 단톡방에 11명 있습니다.""")

    # 6 렌터카 면책금 분쟁
    n = kr()
    put("ko", P, f"""렌터카 사고 면책금 이의 건 정리입니다.
임차인 ⟦PER:{n}⟧, 운전면허 ⟦DLIC:{dl()}⟧, 생년월일 92.04.17
결제카드 ⟦CARD:{anycard()}⟧ 로 자차면책금 50만 원 승인됨
고객 주장: 반납 시 직원 확인 때 스크래치 없다고 했음. 반납 사진 요청.
회신은 ⟦MAIL:{km2()}⟧ 또는 ⟦PH:{mob()}⟧ 로.""")

    # 7 결혼정보회사 중도해지
    n = kr()
    put("ko", P, f"""안녕하세요, 결혼정보회사 회원관리팀입니다. 아래 회원 중도해지 환불액 계산 부탁드립니다.
회원명: ⟦PER:{n}⟧ (골드 6회 중 2회 진행)
가입비 3,300,000원 / 카드 결제 ⟦CARD:{cc('54')}⟧ 일시불
본인 요청 환불계좌: ⟦ACC:{acct('신한')}⟧ 신한
자택: ⟦LOC:{ka()}⟧
공정위 표준약관 기준으로 얼마인지, 위약금 10% 맞는지요?""")

    # 8 산후조리원 예약 취소
    mom, dad = krs(2)
    put("ko", P, f"""조리원 실장님께 보낼 취소 요청 문자인데 정중하게 바꿔줘.
"예약자 ⟦PER:{mom}⟧입니다. 출산 예정일이 12월 2일이었는데 병원 권유로 다른 지역에서 출산하게 되어 예약(2주, 스위트)을 취소하려고 합니다.
계약금 100만 원은 배우자 ⟦PER:{dad}⟧ 명의 ⟦ACC:{acct('국민')}⟧(국민)으로 돌려받고 싶어요. 연락은 ⟦PH:{mob()}⟧ 로 주세요." """)

    # 9 부고 문자
    dec, chief, s2 = krs(3)
    put("ko", P, f"""부고 문자 다듬어줘

[부고] ⟦PER:{dec}⟧님께서 별세하셨기에 삼가 알려드립니다.
상주: ⟦PER:{chief}⟧, ⟦PER:{s2}⟧
빈소: ⟦LOC:{kaddr2('floor')}⟧ 장례식장 3호실
발인: 11월 27일 오전 7시
마음 전하실 곳: 농협 ⟦ACC:{acct('농협')}⟧ (예금주 ⟦PER:{chief}⟧)
연락처 ⟦PH:{mob()}⟧""")

    # 10 동창회 회비 명단
    names = krs(4)
    ph = [mob() for _ in range(4)]
    put("ko", P, f"""동창회 총무인데 회비 납부 현황 표로 만들어 줘.
⟦PER:{names[0]}⟧ 5만 ⟦PH:{ph[0]}⟧ 납부
⟦PER:{names[1]}⟧ 미납 ⟦PH:{ph[1]}⟧
⟦PER:{names[2]}⟧ 5만 ⟦PH:{ph[2]}⟧ 납부(10/30)
⟦PER:{names[3]}⟧ 10만 (후원 포함) ⟦PH:{ph[3]}⟧
회비 통장: 카카오뱅크 ⟦ACC:{acct('카카오뱅크')}⟧ 총무 명의""")

    # 11 교회 새가족 등록카드
    h, w = krs(2)
    put("ko", P, f"""새가족 등록카드 입력 부탁드립니다 (사진 보고 옮겨 적었어요)
성명: ⟦PER:{h}⟧ / 배우자 ⟦PER:{w}⟧
주소: ⟦LOC:{jc()}⟧
휴대폰: ⟦PH:{mob()}⟧, 배우자 ⟦PH:{mob()}⟧
이메일: ⟦MAIL:{km2()}⟧
인도자: 3교구 구역장님 / 희망 부서: 찬양대""")

    # 12 해외봉사단 여권 취합
    s = krs(3)
    put("ko", P, f"""[봉사센터] 캄보디아 동계 해외봉사 항공 발권용 여권정보 취합 (영문명은 여권과 동일하게)
1. ⟦PER:{s[0]}⟧ ⟦PASS:{pp()}⟧ 만료 2031-03-14
2. ⟦PER:{s[1]}⟧ ⟦PASS:{pp_new()}⟧ 만료 2034-08-02
3. ⟦PER:{s[2]}⟧ ⟦PASS:{pp()}⟧ 만료 2029-12-20 ← 잔여 6개월 이상 확인
인솔: 학생지원팀 ⟦PH:{land('02')}⟧""")

    # 13 골프장 회원권 명의개서
    seller, buyer = krs(2)
    put("ko", P, f"""골프장 회원권 명의개서 신청 서류 점검
양도인: ⟦PER:{seller}⟧ (⟦RRN:{rrn_adult(1950, 1970)}⟧)
양수인: (주)한결물산 대표이사 ⟦PER:{buyer}⟧, 법인등록번호 ⟦CRN:{crx()}⟧, 사업자등록번호 ⟦BRN:{bz()}⟧
명의개서료 입금 확인, 양도인 인감증명서 유효기간 내.
양수인 등록 주소: ⟦LOC:{ka()}⟧""")

    # 14 요양보호사 자격증 발급
    n = kr()
    put("ko", P, f"""요양보호사 자격증 발급 신청 대행 명단 (교육원 → 시·도)
성명 ⟦PER:{n}⟧
주민등록번호 ⟦RRN:{rrn_adult(1960, 1980, female=True)}⟧
주소 ⟦LOC:{kb()}⟧
연락처 ⟦PH:{mob()}⟧
이론 80h / 실기 80h / 실습 80h 이수, 시험 합격 2025-10-18""")

    # 15 어린이 통학버스 신고
    drv, helper = krs(2)
    put("ko", P, f"""어린이통학버스 신고서 작성 중입니다. 운전자/동승보호자 정보 확인해 주세요.
운전자 ⟦PER:{drv}⟧ 면허번호 ⟦DLIC:{dl(named=True)}⟧ (1종 대형)
동승보호자 ⟦PER:{helper}⟧ ⟦PH:{mob()}⟧
차고지: ⟦LOC:{kaddr4('none')}⟧
안전교육 이수 2025-09-03 (도로교통공단)""")

    # 16 산소발생기 렌탈
    pt, guard = krs(2)
    put("ko", P, f"""산소발생기 렌탈 계약서 작성 요청
환자: ⟦PER:{pt}⟧ / 건강보험증 번호 ⟦HINS:{hi()}⟧
보호자: ⟦PER:{guard}⟧ (자녀) ⟦PH:{mob()}⟧
설치 주소: ⟦LOC:{kb()}⟧
월 렌탈료 자동이체: ⟦ACC:{acct('우체국')}⟧ 우체국
가정산소치료 처방전 첨부 완료""")

    # 17 보청기 급여
    n = kr()
    put("ko", P, f"""보청기 급여 청구 서류 체크리스트 만들어 주세요. 대상자 정보:
- ⟦PER:{n}⟧ (청각장애 심하지 않은 장애), ⟦RRN:{rrn_adult(1942, 1955)}⟧
- 건강보험 ⟦HINS:{hid()}⟧
- 주소 ⟦LOC:{jc()}⟧
- 판매업소 사업자번호 ⟦BRN:{bz()}⟧
- 입금받을 계좌 ⟦ACC:{acct('농협')}⟧ (농협, 본인)""")

    # 18 치과 임플란트 분납
    n = kr()
    put("ko", P, f"""상담실장 메모 정리 부탁해요.
⟦PER:{n}⟧ 환자(⟦PH:{mob()}⟧) 임플란트 3개 + 뼈이식, 총 480만.
6개월 분납 원함, 첫 결제 ⟦CARD:{anycard()}⟧ 로 80만 승인. 나머지는 매월 15일 ⟦ACC:{acct('하나')}⟧(하나)에서 출금 동의서 받음.
건강보험 임플란트 적용(65세 이상) 아님 - 생년 1971.""")

    # 19 약국 조제 오류 민원 회신
    n = kr()
    put("ko", P, f"""약국 조제 오류 민원 회신문 써야 해요. 정중하고 사실 위주로.
민원인: ⟦PER:{n}⟧님 (⟦MAIL:{km2()}⟧)
내용: 11월 14일 처방 조제 시 암로디핀 5mg 대신 10mg 30정 교부. 약사 확인 누락.
조치: 전화 사과(⟦PH:{mob()}⟧), 약 회수 및 재조제, 진료비 환불.
우편 회신 주소: ⟦LOC:{kb()}⟧""")

    # 20 휴대폰 명의도용 신고
    n = kr()
    put("ko", P, f"""명의도용 신고 접수 내용
신고인 ⟦PER:{n}⟧ ⟦RRN:{rrn_adult(1960, 1990)}⟧
본인 사용 번호: ⟦PH:{mob()}⟧
도용 개통 번호: ⟦PH:{mob()}⟧ (2025.09 개통, 알뜰폰), ⟦PH:{mob()}⟧ (2025.10 개통)
분실 신분증: 운전면허증 ⟦DLIC:{dl()}⟧ - 9월 초 분실, 재발급 완료
요청: 해당 회선 해지 및 미납금 채무부존재 확인""")

    # 21 알뜰폰 개통 서류 검수
    n = hfname6()
    put("ko", P, f"""알뜰폰 외국인 개통 서류 검수 결과
가입자: ⟦PER:{n}⟧ / 외국인등록번호 ⟦ARN:{arx(1988, 2001)}⟧
여권 영문명 ⟦PER:{fname5()}⟧ — 외국인등록증 영문명과 일치 확인
요금제 자동납부: ⟦ACC:{acct('우리')}⟧ (우리은행)
배송지 ⟦LOC:{kb()}⟧
개통 희망 번호 뒷자리 0312""")

    # 22 인터넷 설치 작업지시
    n = kr()
    put("ko", P, f"""[작업지시서] 신규 설치 / 기가 인터넷 + IPTV
고객: ⟦PER:{n}⟧ ⟦PH:{mob()}⟧
주소: ⟦LOC:{kaddr7('refapt')}⟧
희망일 11/29(토) 오전, 방문 전 30분 전화 요망
모뎀 고정 IP 할당: ⟦IP:{pub_ip()}⟧ (재택 서버 용도, 고객 요청)
기사 배정: 북부센터 2팀""")

    # 23 도시가스 안전점검 예약
    n = kr()
    put("ko", P, f"""도시가스 전입 안전점검 예약 문자 확인 부탁드립니다.
⟦PER:{n}⟧ 고객님, ⟦LOC:{ka()}⟧ 전입 안전점검이 11월 26일 14~16시로 예약되었습니다.
변경은 고객센터 ARS 2번 또는 담당 점검원 ⟦PH:{mob()}⟧ 로 연락 주세요.
자동이체 신청 카드: ⟦CARD:{cc('4')}⟧""")

    # 24 정수기 렌탈 명의 이전
    old, new = krs(2)
    put("ko", P, f"""정수기 렌탈 명의이전 신청
양도자 ⟦PER:{old}⟧ ⟦PH:{mob()}⟧
양수자 ⟦PER:{new}⟧ ⟦PH:{mob()}⟧ / 생년월일 1990-06-21
설치처: ⟦LOC:{kaddr6('room')}⟧ (변경 없음)
양수자 납부 카드 ⟦CARD:{card16()}⟧ 유효기간 08/29
잔여 약정 22개월 승계""")

    # 25 이사업체 파손 배상
    n = kr()
    put("ko", P, f"""이사 파손 배상 요청서 초안입니다. 문장만 다듬어 주세요.
의뢰인: ⟦PER:{n}⟧ (⟦PH:{mob()}⟧)
출발지: ⟦LOC:{kb()}⟧
도착지: ⟦LOC:{kaddr7('apt')}⟧
파손 품목: 원목 식탁 상판 균열, 55인치 TV 패널 파손
견적 계약 업체: 사업자번호 ⟦BRN:{bz()}⟧
배상금 받을 계좌: ⟦ACC:{acct('토스뱅크')}⟧ (토스뱅크)""")

    # 26 부동산 매도 의뢰
    n = kr()
    put("ko", P, f"""매물 접수 카드 (공인중개사사무소)
의뢰인 ⟦PER:{n}⟧ / ⟦PH:{mob()}⟧ / 소유자 본인
물건지 ⟦LOC:{kaddr5('apt')}⟧ 전용 84.97㎡
희망가 7억 8천 (조정 가능), 입주 협의
특이사항: 세입자 거주 중, 만기 2026.04 / 방문은 평일 저녁만
의뢰인 메일 ⟦MAIL:{km2()}⟧ 로 등기부 발송""")

    # 27 경매 입찰 대리
    owner, agent = krs(2)
    put("ko", P, f"""경매 입찰 대리 위임장 내용 확인 부탁드립니다.
위임인: ⟦PER:{owner}⟧ 주민등록번호 ⟦RRN:{rrn_adult(1968, 1985)}⟧ 주소 ⟦LOC:{kb()}⟧
수임인: ⟦PER:{agent}⟧ 주민등록번호 ⟦RRN:{rrn_adult(1975, 1992)}⟧ 연락처 ⟦PH:{mob()}⟧
사건: 2025타경11872 / 물건번호 1
입찰보증금 반환계좌 ⟦ACC:{acct('기업')}⟧(기업)""")

    # 28 등기필정보 분실 확인서면
    n = kr()
    put("ko", P, f"""법무사 사무실입니다. 등기필정보 분실로 확인서면 작성 예정인 의뢰인 정보 정리해 주세요.
등기의무자 ⟦PER:{n}⟧, ⟦RRN:{rrn_adult(1955, 1975)}⟧
부동산 소재지 ⟦LOC:{jc()}⟧ 답 1,230㎡
본인확인: 주민등록증 진위확인 완료, 운전면허 ⟦DLIC:{dl(named=True)}⟧ 추가 확인
연락처 ⟦PH:{land(area_of('서울'))}⟧ (자택)""")

    # 29 상가 권리금 계약
    out_, in_ = krs(2)
    put("ko", P, f"""권리금 계약서 특약 문구 검토 부탁드립니다.
양도인(기존 임차인) ⟦PER:{out_}⟧ 사업자등록번호 ⟦BRN:{bz()}⟧
양수인(신규 임차인) ⟦PER:{in_}⟧ 연락처 ⟦PH:{mob()}⟧
점포: ⟦LOC:{kaddr6('floorroom')}⟧
권리금 4,500만 원 중 계약금 450만 원은 양도인 계좌 ⟦ACC:{acct('SC제일')}⟧(SC제일)로 지급""")

    # 30 자동차보험 대물 합의서
    victim, insured = krs(2)
    put("ko", P, f"""대물 합의서 내용 점검 요청
피해자 ⟦PER:{victim}⟧ (차량 34나 5821) ⟦PH:{mob()}⟧
가해 차량 운전자 ⟦PER:{insured}⟧ 면허 ⟦DLIC:{dl()}⟧
사고 장소: ⟦LOC:{kaddr4('none')}⟧ 앞 교차로
합의금 1,870,000원을 피해자 명의 ⟦ACC:{acct('경남')}⟧(경남은행)로 지급하며 향후 이의 제기하지 않음""")

    # 31 공익신고 (블랙박스)
    n = kr()
    put("ko", P, f"""안전신문고 공익신고 내용 작성 도와주세요.
신고인 ⟦PER:{n}⟧ / ⟦PH:{mob()}⟧ / ⟦MAIL:{km2()}⟧
위반 장소: ⟦LOC:{kb()}⟧ 앞 횡단보도
위반 내용: 11.19 08:12 보행자 통행 중 우회전 진행 (블랙박스 영상 첨부)
위반 차량 번호는 영상에 나옵니다.""")

    # 32 대리운전 사고 접수
    cust, drv = krs(2)
    put("ko", P, f"""대리운전 사고 접수 (콜센터 메모)
고객 ⟦PER:{cust}⟧ ⟦PH:{mob()}⟧, 차량 소유자 본인
기사 ⟦PER:{drv}⟧ ⟦PH:{mob()}⟧ 면허 ⟦DLIC:{dl(named=True)}⟧
출발 ⟦LOC:{kaddr7('none')}⟧ → 도착 ⟦LOC:{ka()}⟧
주차장 진입 중 기둥 접촉, 범퍼 파손. 대리운전 보험사 접수번호 DR-25-448102""")

    # 33 전동킥보드 사고 합의
    rider, ped = krs(2)
    put("ko", P, f"""전동킥보드 사고 합의서 써야 하는데 양식 좀 만들어 줘.
가해자(이용자) ⟦PER:{rider}⟧ ⟦RRN:{rrn_adult(2000, 2005)}⟧ ⟦PH:{mob()}⟧
피해자 ⟦PER:{ped}⟧ ⟦PH:{mob()}⟧ 주소 ⟦LOC:{kb()}⟧
치료비 및 위자료 120만 원을 ⟦ACC:{acct('케이뱅크')}⟧(케이뱅크, 피해자 명의)로 지급""")

    # 34 학원 강사 채용
    n = kr()
    put("ko", P, f"""학원 강사 채용 서류 정리 (교육청 성범죄경력 조회용)
성명 ⟦PER:{n}⟧
주민등록번호 ⟦RRN:{rrn_adult(1990, 2001)}⟧
주소 ⟦LOC:{kb()}⟧
과목: 중등 수학 / 근무 시작 12.01
급여 계좌 ⟦ACC:{acct('신한')}⟧ 신한
이메일 ⟦MAIL:{km2()}⟧ 로 근로계약서 전자서명 요청""")

    # 35 유학원 비자 서류
    st, par = krs(2)
    put("ko", P, f"""유학원 비자 서류 대행 - 학생 정보 확인
학생 ⟦PER:{st}⟧, 여권 ⟦PASS:{pp_new()}⟧, 생년 2006
부모(재정보증) ⟦PER:{par}⟧, 재직 중, 연락처 ⟦PH:{mob()}⟧
잔고증명 계좌 ⟦ACC:{acct('하나')}⟧ (하나은행, USD 환산 4만 달러 이상)
현 주소 ⟦LOC:{kb()}⟧""")

    # 36 대학원 추천서 요청 메일
    stu, prof = krs(2)
    put("ko", P, f"""교수님께 추천서 부탁드리는 메일인데 예의 바르게 고쳐 주세요.

⟦PER:{prof}⟧ 교수님께,
안녕하세요. 2023년 2학기 데이터마이닝 수업을 들었던 ⟦PER:{stu}⟧입니다.
대학원 지원 마감이 12월 5일이라 추천서 부탁드리고자 연락드렸습니다.
추천서 링크는 ⟦MAIL:{km2()}⟧ 로 받으신 메일에 있고, 궁금하신 점은 ⟦PH:{mob()}⟧ 로 연락 주세요.""")

    # 37 참여연구원 인건비 등록
    a, b = krs(2)
    put("ko", P, f"""연구비 관리시스템 참여연구원 등록 요청
과제번호 RS-2025-00318842
1) ⟦PER:{a}⟧ 박사과정 ⟦RRN:{rrn_adult(1994, 1999)}⟧ 인건비 계좌 ⟦ACC:{acct('국민')}⟧(국민)
2) ⟦PER:{b}⟧ 석사과정 ⟦RRN:{rrn_adult(1999, 2002)}⟧ 인건비 계좌 ⟦ACC:{acct('우리')}⟧(우리)
참여율 각 50%, 11월부터""")

    # 38 학회 연회비
    n = kr()
    put("ko", P, f"""학회 사무국입니다. 연회비 이중 납부 환불 건 처리 메모.
회원 ⟦PER:{n}⟧ (정회원, 소속 ○○대 산학협력단)
10/2 카드 ⟦CARD:{anycard()}⟧ 10만 원, 10/5 계좌이체 10만 원 중복
환불 계좌: ⟦ACC:{acct('대구')}⟧ (대구은행)
회원 이메일 ⟦MAIL:{km2()}⟧""")

    # 39 세미나 연사 사례비
    sp = kr()
    put("ko", P, f"""세미나 연사 사례비 지급 품의 (기타소득 8.8% 원천징수)
연사 ⟦PER:{sp}⟧ / 주민등록번호 ⟦RRN:{rrn_adult(1970, 1988)}⟧
주소 ⟦LOC:{kb()}⟧
지급액 500,000원, 실지급 456,000원
입금 계좌 ⟦ACC:{acct('부산')}⟧ (부산은행)
연락처 ⟦PH:{mob()}⟧""")

    # 40 프리랜서 3.3% 명단
    fl = krs(3)
    put("ko", P, f"""이번 달 프리랜서 사업소득 지급 명단이에요. 원천세 계산해서 표로 정리해 주세요.
⟦PER:{fl[0]}⟧ ⟦RRN:{rrn_adult(1985, 1999, dash=False)}⟧ 1,200,000 ⟦ACC:{acct('카카오뱅크')}⟧
⟦PER:{fl[1]}⟧ ⟦RRN:{rrn_adult(1985, 1999)}⟧ 850,000 ⟦ACC:{acct('신협')}⟧
⟦PER:{fl[2]}⟧ ⟦RRN:{rrn_adult(1985, 1999)}⟧ 2,300,000 ⟦ACC:{acct('새마을금고')}⟧""")

    # 41 일용직 근로내용확인신고
    w = kr()
    fw = anyhf3()
    put("ko", P, f"""근로내용확인신고 누락자 추가
현장: 물류센터 신축공사 2공구 (본사 사업자번호 ⟦BRN:{bz()}⟧)
① ⟦PER:{w}⟧ ⟦RRN:{rrn_adult(1965, 1985, female=False)}⟧ 11월 근로일수 14일
② ⟦PER:{fw}⟧ 외국인등록번호 ⟦ARN:{arx(1990, 2000)}⟧ 근로일수 9일
보험료 징수 계좌 변경 없음""")

    # 42 건설현장 출입 등록
    w = kr()
    put("ko", P, f"""현장 출입 등록 신청 (기초안전보건교육 이수증 첨부)
성명 ⟦PER:{w}⟧ / 생년월일 1979-02-11 / 직종 형틀목공
휴대폰 ⟦PH:{mob()}⟧
비상연락 가족 ⟦PH:{mob()}⟧
숙소 ⟦LOC:{kaddr6('room')}⟧
같은 팀 외국인 근로자 ⟦PER:{anyhf3()}⟧ (외국인등록번호 ⟦ARN:{arx(1992, 2003)}⟧) 함께 등록 요청
안면인식 단말 등록 완료, 출입카드 발급 대기""")

    # 43 택배기사 위탁계약
    n = kr()
    put("ko", P, f"""택배 대리점 위탁계약서 인적사항 확인
수탁자 ⟦PER:{n}⟧ 사업자등록번호 ⟦BRN:{bz()}⟧ (개인사업자)
운전면허 ⟦DLIC:{dl()}⟧ / 화물운송 종사자격 보유
수수료 입금 ⟦ACC:{acct('농협')}⟧
주소 ⟦LOC:{kb()}⟧ 연락처 ⟦PH:{mob()}⟧""")

    # 44 배달 라이더 보험
    r1, r2 = krs(2)
    put("ko", P, f"""라이더 시간제 보험 가입 명단 (보험사 제출용)
⟦PER:{r1}⟧ ⟦RRN:{rrn_adult(1996, 2004)}⟧ 면허 ⟦DLIC:{dl()}⟧ 이륜
⟦PER:{r2}⟧ ⟦RRN:{rrn_adult(1980, 1995)}⟧ 면허 ⟦DLIC:{dl(named=True)}⟧ 이륜
보험료는 법인카드 ⟦CARD:{cc('4')}⟧ 로 월 결제""")

    # 45 퇴직금 중간정산
    n = kr()
    put("ko", P, f"""퇴직금 중간정산 신청서 (무주택자 주택 구입)
신청인 ⟦PER:{n}⟧ / 사번 20140233 / 입사일 2014.03.02
구입 주택 ⟦LOC:{kaddr7('apt')}⟧
매매계약일 2025.10.30, 잔금일 2025.12.22
지급 계좌 ⟦ACC:{acct('하나')}⟧
첨부: 매매계약서, 무주택 확인서, 주민등록등본""")

    # 46 사내 주택자금 대출
    n = kr()
    put("ko", P, f"""사내 주택자금 대출 심사표 작성 부탁해요.
신청자 ⟦PER:{n}⟧ (재직 9년) ⟦RRN:{rrn_adult(1982, 1990)}⟧
임차 주택 ⟦LOC:{kb()}⟧ 전세 3억 2천
대출 희망 5천만 원, 상환 60개월 급여공제
보증금 입금은 임대인 계좌 ⟦ACC:{acct('신한')}⟧ 로 직접""")

    # 47 경조사비 지급
    emp, fam = krs(2)
    put("ko", P, f"""경조사비 지급 신청 - 본인 결혼
신청자: 영업2팀 ⟦PER:{emp}⟧ 대리
배우자: ⟦PER:{fam}⟧
예식: 12월 13일 ⟦LOC:{kaddr5('floor')}⟧ 그랜드홀
경조금 30만 원 + 화환 발송 (예식장 주소로)
지급계좌 급여계좌 동일 ⟦ACC:{acct('국민')}⟧""")

    # 48 명함 제작 요청
    n = kr()
    put("ko", P, f"""명함 제작 요청서
국문: ⟦PER:{n}⟧ / 책임연구원 / 플랫폼개발실
영문: ⟦PER:{rname()}⟧ / Senior Researcher
M ⟦PH:{mob('.')}⟧  T ⟦PH:{land('031')}⟧
E ⟦MAIL:{kwork2()}⟧
주소(회사): ⟦LOC:{kaddr4('floor')}⟧
200매, 양면""")

    # 49 사원증 재발급
    n = kr()
    put("ko", P, f"""사원증 분실 재발급 신청
성명 ⟦PER:{n}⟧ / 사번 A23-0918
분실 일시 11/20 퇴근길 지하철
출입 로그 확인 요청: 11/20 22:40 이후 ⟦IP:{priv_ip()}⟧ 게이트웨이에서 해당 카드 태그 기록 있는지
재발급 비용 1만 원 급여공제 동의
연락처 ⟦PH:{mob()}⟧""")

    # 50 입주사 직원 차량 주차 등록
    names = krs(3)
    put("ko", P, f"""빌딩 관리실 주차 등록 요청 (입주사: 7층 ㈜누리테크)
⟦PER:{names[0]}⟧ 12가3456 ⟦PH:{mob()}⟧
⟦PER:{names[1]}⟧ 345나6789 ⟦PH:{mob()}⟧
⟦PER:{names[2]}⟧ 78다9012 ⟦PH:{mob()}⟧
월 정기권 요금은 법인카드 ⟦CARD:{cc('52')}⟧ 자동결제""")

    # 51 마라톤 참가 신청
    n = kr()
    put("ko", P, f"""마라톤 대회 참가신청 정보 확인 (기록칩·배번 택배 발송용)
이름 ⟦PER:{n}⟧ / 하프 / 기념티 L
주소 ⟦LOC:{kb()}⟧
휴대폰 ⟦PH:{mob()}⟧ 비상연락 ⟦PH:{mob()}⟧
참가비 결제 ⟦CARD:{anycard()}⟧""")

    # 52 웨딩홀 계약 변경
    groom, bride = krs(2)
    put("ko", P, f"""웨딩홀 계약 변경 요청 메일 써 주세요.
계약자 ⟦PER:{groom}⟧ ⟦PH:{mob()}⟧ / 공동계약자 ⟦PER:{bride}⟧ ⟦PH:{mob()}⟧
기존 2026.4.18 13시 → 2026.5.9 12시 변경 희망
계약금 200만 원은 ⟦CARD:{anycard()}⟧ 로 결제했었음
견적서는 ⟦MAIL:{km2()}⟧ 로 다시 받고 싶어요""")

    # 53 종신보험 청약서 검토
    ins, ben = krs(2)
    put("ko", P, f"""청약서 입력값 검토 (설계사 → 언더라이팅)
피보험자 ⟦PER:{ins}⟧ ⟦RRN:{rrn_adult(1978, 1990)}⟧
수익자 ⟦PER:{ben}⟧ (배우자) ⟦RRN:{rrn_adult(1978, 1992)}⟧
보험료 자동이체 ⟦ACC:{acct('우체국')}⟧ 우체국
직업: 사무직 / 고지사항: 고혈압 약 복용(2020~)
우편물 수령지 ⟦LOC:{kb()}⟧""")

    # 54 실손보험 청구
    n, kid_ = krs(2)
    put("ko", P, f"""실손보험 청구서 대신 써 주세요.
피보험자(자녀) ⟦PER:{kid_}⟧ ⟦RRN:{kids_rrn(2016)}⟧
청구인(보호자) ⟦PER:{n}⟧ ⟦PH:{mob()}⟧
진료: 11/10~11/12 폐렴 입원, 본인부담 412,300원
건강보험증 번호 ⟦HINS:{hi()}⟧
보험금 수령 ⟦ACC:{acct('카카오뱅크')}⟧ (카카오뱅크, 청구인)""")

    # 55 펀드 환매 신청
    n = kr()
    put("ko", P, f"""펀드 환매 신청 처리 메모 (지점 → 운용지원)
고객 ⟦PER:{n}⟧ ⟦RRN:{rrn_adult(1955, 1965)}⟧
환매 대상: 글로벌배당인컴 C-e 전량
입금 계좌: ⟦ACC:{acct('하나', plain=True)}⟧ (하나, 본인)
고객 연락처 ⟦PH:{land('031')}⟧ / 휴대폰 ⟦PH:{mob()}⟧
환매 기준가 적용일 T+2 안내함""")

    # 56 가상자산 거래소 출금 지연
    n = kr()
    ip1, ip2 = pub_ip(), pub_ip()
    put("ko", P, f"""거래소 고객센터 답변 초안 검토 부탁합니다.
⟦PER:{n}⟧ 회원님(⟦MAIL:{km2()}⟧), 출금 지연 관련 안내드립니다.
11월 21일 03:14 평소와 다른 접속(⟦IP:{ip1}⟧, 해외)이 확인되어 출금이 24시간 보류되었습니다.
평소 접속 IP는 ⟦IP:{ip2}⟧ 입니다. 본인 접속이 맞으시면 등록된 휴대폰 ⟦PH:{mob()}⟧ 로 본인인증 후 해제 가능합니다.
원화 출금 계좌: ⟦ACC:{acct('케이뱅크')}⟧""")

    # 57 배송대행 신청서
    n = kr()
    put("ko", P, f"""배대지 신청서 작성 중인데 빠진 거 있는지 봐 주세요.
수취인 ⟦PER:{n}⟧ / 개인통관고유부호 P230012345678
수취 주소 ⟦LOC:{kb()}⟧
연락처 ⟦PH:{mob()}⟧
품목: 러닝화 2켤레 $148.00, 쇼핑몰 주문번호 112-5583910-2231746
결제 카드 ⟦CARD:{cc('4')}⟧""")

    # 58 사과 직거래 주문
    buyers = krs(3)
    put("ko", P, f"""사과 주문 정리해서 송장 엑셀 만들어 주세요~
⟦PER:{buyers[0]}⟧ 5kg 2박스 ⟦LOC:{kb()}⟧ ⟦PH:{mob()}⟧
⟦PER:{buyers[1]}⟧ 10kg 1박스 ⟦LOC:{jc()}⟧ ⟦PH:{mob()}⟧
⟦PER:{buyers[2]}⟧ 5kg 1박스 ⟦LOC:{kb()}⟧ ⟦PH:{mob()}⟧
입금 확인 계좌 ⟦ACC:{acct('농협')}⟧ (농협, 과수원 명의)""")

    # 59 태양광 보조금
    n = kr()
    put("ko", P, f"""주택 태양광 보조금 신청서 대리 작성
신청인 ⟦PER:{n}⟧ ⟦RRN:{rrn_adult(1958, 1972)}⟧
설치 장소 ⟦LOC:{jc()}⟧ (단독주택 지붕)
시공업체 ⟦BRN:{bz()}⟧ / 법인 ⟦CRN:{crx()}⟧
보조금 지급 계좌 ⟦ACC:{acct('농협')}⟧
연락처 ⟦PH:{land(area_of('경북'))}⟧""")

    # 60 재건축 조합원 명부 정정
    a, heir = krs(2)
    put("ko", P, f"""조합원 명부 정정 요청 (상속)
기존 조합원 ⟦PER:{a}⟧ (2025.08 사망)
상속 조합원 ⟦PER:{heir}⟧ ⟦RRN:{rrn_adult(1970, 1985)}⟧
소유 부동산 ⟦LOC:{kaddr6('apt')}⟧
우편물 주소 ⟦LOC:{kb()}⟧
연락처 ⟦PH:{mob()}⟧ 이메일 ⟦MAIL:{km2()}⟧""")


# ---------------------------------------------------------------- positives: English (40)
def positives_en() -> None:
    # 1 move-out deposit itemization
    t = eq()
    put("en", P, f"""Can you turn this into a polite security-deposit itemization letter?
Tenant: ⟦PER:{t}⟧
Unit vacated: ⟦LOC:{eaddr6(unit=True)}⟧
Forwarding address: ⟦LOC:{eb()}⟧
Deductions: carpet cleaning $180, two missing blind slats $42, wall patch in bedroom 2 $95.
Refund of $1,433 goes by ACH to the account on file ending 4471; call ⟦PER:{t.split()[0]}⟧ at ⟦PH:{usnum2()}⟧ if anything is unclear.""")

    # 2 HOA violation notice
    h = eq()
    put("en", P, f"""Draft a second-notice letter from the HOA. Homeowner ⟦PER:{h}⟧, property ⟦LOC:{eb()}⟧.
Violation: trash bins visible from the street on 10/14, 10/21 and 11/04 (photos attached). First notice was emailed to ⟦MAIL:{cmail4(h)}⟧ on 10/15.
Fine schedule: $50 after this notice, $100 per week after the hearing. Board contact is the management office, not the homeowner's cell ⟦PH:{usnum()}⟧.""")

    # 3 travel clinic consult
    p = eq()
    put("en", P, f"""Travel clinic consult summary — please rewrite for the patient portal.
Patient: ⟦PER:{p}⟧, DOB 1986-07-30, phone ⟦PH:{usnum('dash')}⟧
Destination: Seoul and Jeju, then Hanoi; 6 weeks, teaching English.
Given today: Typhoid (Vivotif Rx), Hep A booster. Yellow fever not required.
In-country contact: host family ⟦PER:{kr()}⟧, ⟦PH:{intl()}⟧, ⟦LOC:{kaddr_en3(unit=True)}⟧""")

    # 4 vet intake
    o = eq()
    put("en", P, f"""New-client form from the vet front desk, please summarise for the chart.
Owner: ⟦PER:{o}⟧ — ⟦LOC:{eb()}⟧ — ⟦PH:{usnum2('dot')}⟧ — ⟦MAIL:{cmail2(o)}⟧
Pet: "Biscuit", 4 y/o neutered male beagle, microchip 985141002763390
Payment on file: ⟦CARD:{cc('4')}⟧, exp 03/28
Reason for visit: itchy ears, shaking head for 3 days.""")

    # 5 daycare enrollment
    m, d = eqs(2)
    put("en", P, f"""Daycare enrollment packet — check for missing fields.
Child: ⟦PER:Ava⟧, age 2 (first name only on file)
Parent 1: ⟦PER:{m}⟧, ⟦PH:{usnum()}⟧, ⟦MAIL:{cmail3(m)}⟧
Parent 2: ⟦PER:{d}⟧, ⟦PH:{usnum2()}⟧
Home: ⟦LOC:{eb()}⟧
Authorized pickup: grandmother ⟦PER:{eq()}⟧
Tuition autopay: checking ⟦ACC:{us_acct()}⟧, routing {random.choice(ROUTING)}""")

    # 6 summer camp medical form
    par = eq()
    put("en", P, f"""Summer camp medical form for my son — can you list what the nurse will ask that I left blank?
Camper: ⟦PER:Leo⟧, 10
Guardian: ⟦PER:{par}⟧, ⟦PH:{usnum()}⟧, alt ⟦PH:{usnum2('dash')}⟧
Address: ⟦LOC:{eb()}⟧
Allergies: peanuts (EpiPen), amoxicillin
Insurance: member ID {member_no()}, group 77120""")

    # 7 field-trip permission slip
    a, b = eqs(2)
    put("en", P, f"""Field trip roster for the aquarium, grade 4 — format as a table please.
Chaperones: ⟦PER:{a}⟧ (⟦PH:{usnum()}⟧), ⟦PER:{b}⟧ (⟦PH:{usnum2()}⟧)
Emergency contact for the bus: ⟦PER:{a.split()[0]}⟧ again.
Bus company billing: card ⟦CARD:{cc('54')}⟧, PO 22-0413.""")

    # 8 university housing roommate request
    s1 = eq()
    put("en", P, f"""Housing office: roommate pairing request, please reply to both students.
Student A: ⟦PER:{s1}⟧, ⟦MAIL:{cmail4(s1)}⟧, ⟦PH:{usnum()}⟧
Student B: exchange student ⟦PER:{kr()}⟧ from Korea, Korean mobile ⟦PH:{intl(' ')}⟧, home ⟦LOC:{kaddr_en2(unit=True)}⟧
Both want a double in Hollis Hall, non-smoking, early risers.""")

    # 9 study-abroad emergency sheet
    st = eq()
    put("en", P, f"""Study-abroad emergency info sheet (Seoul spring program) — make it a one-pager.
Student: ⟦PER:{st}⟧
Korean alien registration no.: ⟦ARN:{arx(2002, 2005)}⟧
Local phone: ⟦PH:{mob()}⟧
Dorm: ⟦LOC:{kaddr_en3(unit=True)}⟧
US emergency contact: ⟦PER:{eq()}⟧, ⟦PH:{usnum()}⟧
Korean bank for stipend: Woori ⟦ACC:{acct('우리')}⟧""")

    # 10 library card application
    a = eq()
    put("en", P, f"""Library card application received by email — can you check it's complete?
Name: ⟦PER:{a}⟧
Address: ⟦LOC:{eb()}⟧
Phone: ⟦PH:{usnum2()}⟧
Email: ⟦MAIL:{cmail(a)}⟧
ID shown: state driver's license (number not recorded per policy)""")

    # 11 mobile notary booking
    s = eq()
    k = kr()
    put("en", P, f"""Mobile notary booking confirmation — tidy this up.
Signer 1: ⟦PER:{s}⟧, ⟦PH:{usnum()}⟧
Signer 2: ⟦PER:{k}⟧ (Korean passport ⟦PASS:{pp()}⟧ as ID)
Meeting at ⟦LOC:{eb()}⟧, Sat 10:30
Documents: power of attorney for a Seoul apartment sale, 2 copies.
Fee $150 via card ⟦CARD:{anycard()}⟧.""")

    # 12 small claims filing
    pl, df = eqs(2)
    put("en", P, f"""Help me fill out a small-claims form.
Plaintiff: ⟦PER:{pl}⟧, ⟦LOC:{eb()}⟧, ⟦PH:{usnum()}⟧
Defendant: ⟦PER:{df}⟧, d/b/a Sparkle Auto Detail, ⟦LOC:{eb()}⟧
Claim: $2,150 — paint damage from a pressure washer on 9/2. I paid by card ⟦CARD:{cc('52')}⟧ and have the receipt.""")

    # 13 storage lien notice
    t = eq()
    put("en", P, f"""Preliminary lien notice for a self-storage unit, please check the tone is compliant.
Occupant: ⟦PER:{t}⟧
Last known address: ⟦LOC:{eb()}⟧
Alternate contact named on lease: ⟦PER:{eq()}⟧ ⟦PH:{usnum2()}⟧
Unit C-114, rent unpaid since Aug 1, balance $486. Autopay card ⟦CARD:{cc('4')}⟧ declined three times.""")

    # 14 dealership service appointment
    c = eq()
    put("en", P, f"""Service drive appointment notes:
Customer ⟦PER:{c}⟧, cell ⟦PH:{usnum()}⟧, email ⟦MAIL:{cmail3(c)}⟧
2021 Tucson, VIN on file, 41,300 mi. Recall 24V-118 + oil change.
Loaner requested; DL copied at desk. Pickup/drop-off at ⟦LOC:{eb()}⟧.""")

    # 15 auto loan payoff letter
    b = eq()
    put("en", P, f"""Payoff letter request — draft the reply.
Borrower: ⟦PER:{b}⟧, ⟦LOC:{eb()}⟧
Loan ending 0932; 10-day payoff $11,482.60 good through 12/05.
Borrower asks to pay from checking ⟦ACC:{us_acct()}⟧ (routing {random.choice(ROUTING)}) and to mail the title to the address above.""")

    # 16 credit union membership application
    a, j = eqs(2)
    put("en", P, f"""Membership application — joint. Flag anything that blocks account opening.
Primary: ⟦PER:{a}⟧, ⟦PH:{usnum()}⟧, ⟦MAIL:{cmail4(a)}⟧
Joint: ⟦PER:{j}⟧ (spouse), Korean national, passport ⟦PASS:{pp_new()}⟧
Address: ⟦LOC:{eb()}⟧
Initial deposit $25 from external account ⟦ACC:{us_acct()}⟧""")

    # 17 balance transfer
    c = eq()
    put("en", P, f"""Balance transfer request from cardholder ⟦PER:{c}⟧ — confirm the amounts add up.
Transfer to card ⟦CARD:{cc('4')}⟧
From: store card ⟦CARD:{cc('6250')}⟧ $2,310.55 and ⟦CARD:{cc('37', (4, 6, 5))}⟧ $940.00
Callback number ⟦PH:{usnum('dash')}⟧""")

    # 18 ACH authorization landscaping
    c = eq()
    put("en", P, f"""ACH debit authorization for our lawn-care subscription — make it a form the customer can sign.
Customer: ⟦PER:{c}⟧
Service address: ⟦LOC:{eb()}⟧
Bank account: ⟦ACC:{us_acct()}⟧, routing {random.choice(ROUTING)}
Amount: $129 on the 1st, April through October.""")

    # 19 W-9 collection
    v1, v2 = eqs(2)
    put("en", P, f"""Vendor onboarding for the property manager — which of these still owe a W-9?
1. ⟦PER:{v1}⟧ (handyman, sole prop) ⟦PH:{usnum()}⟧ ⟦MAIL:{cmail(v1)}⟧
2. ⟦PER:{v2}⟧ (locksmith) ⟦LOC:{eb()}⟧
3. Pro Gutter LLC — W-9 received 10/03
Pay ⟦PER:{v1.split()[0]}⟧ to checking ⟦ACC:{us_acct()}⟧ once the W-9 arrives.""")

    # 20 interior design retainer
    c1, c2 = eqs(2)
    put("en", P, f"""Interior design retainer agreement — client section, please check it reads well:
Clients: ⟦PER:{c1}⟧ & ⟦PER:{c2}⟧
Contact: ⟦PH:{usnum2()}⟧, ⟦MAIL:{cmail3(c1)}⟧
Project address: ⟦LOC:{eb()}⟧ (kitchen and two baths)
Retainer $1,200 paid with ⟦CARD:{anycard()}⟧; applied to the final invoice.""")

    # 21 funeral home arrangement
    dec, nok = eqs(2)
    put("en", P, f"""Funeral arrangement summary for the family — gentle wording please.
Deceased: ⟦PER:{dec}⟧, late of ⟦LOC:{eb()}⟧
Next of kin: ⟦PER:{nok}⟧, ⟦PH:{usnum()}⟧
Visitation Friday 5–7 pm, service Saturday 11 am.
Deposit received by card ⟦CARD:{cc('54')}⟧.""")

    # 22 cemetery plot deed transfer
    a, b = eqs(2)
    put("en", P, f"""Plot deed transfer — summarise for the cemetery office.
Current owner: ⟦PER:{a}⟧, ⟦LOC:{eb()}⟧
New owner (their child): ⟦PER:{b}⟧, ⟦PH:{usnum2()}⟧, ⟦MAIL:{cmail4(b)}⟧
Section 12, Lot 44, graves 1–2. Transfer fee $75 paid by check.""")

    # 23 vision claim
    m = eq()
    put("en", P, f"""Out-of-network vision claim — fill in the form fields from this:
Member: ⟦PER:{m}⟧, ID {member_no()}
Provider: Bright Eyes Optical, receipt 11/08, frames $210, lenses $165
Reimburse by direct deposit to ⟦ACC:{us_acct()}⟧
Mailing address: ⟦LOC:{eb()}⟧""")

    # 24 hearing aid fitting
    p = eq()
    put("en", P, f"""Hearing aid fitting note — rewrite for the referring physician.
Patient ⟦PER:{p}⟧, 74, seen with a family member, ⟦PER:{eq()}⟧ (⟦PH:{usnum()}⟧).
Bilateral RIC fitted; real-ear verified. Follow-up in 2 weeks.
Balance $1,280 charged to ⟦CARD:{cc('4')}⟧.""")

    # 25 home health aide timesheet
    aide, cl = eqs(2)
    put("en", P, f"""Timesheet dispute for home health — list the discrepancies.
Aide: ⟦PER:{aide}⟧, ⟦PH:{usnum2()}⟧
Client: ⟦PER:{cl}⟧, ⟦LOC:{eb()}⟧
EVV shows clock-in 08:02 from ⟦IP:{pub_ip()}⟧ on 11/12, but the client's family says ⟦PER:{aide.split()[0]}⟧ arrived at 9:15.""")

    # 26 fishing license renewal
    a = eq()
    put("en", P, f"""Fishing license renewal — customer called, notes:
⟦PER:{a}⟧, ⟦LOC:{eb()}⟧, ⟦PH:{usnum()}⟧
Annual resident + trout stamp, paid ⟦CARD:{cc('52')}⟧.
Email receipt to ⟦MAIL:{cmail(a)}⟧.""")

    # 27 boat slip rental
    a = eq()
    put("en", P, f"""Marina slip rental agreement — summarise the key terms.
Lessee: ⟦PER:{a}⟧, ⟦LOC:{eb()}⟧, ⟦PH:{usnum2('dash')}⟧
Vessel: 24' center console, reg. FL 4471 KM
Slip B-17, Nov 1 – Apr 30, $2,940, autopay ⟦ACC:{us_acct()}⟧.""")

    # 28 RV park reservation
    a = eq()
    put("en", P, f"""RV park reservation change:
Guest ⟦PER:{a}⟧, ⟦PH:{usnum()}⟧, ⟦MAIL:{cmail2(a)}⟧
Move from site 41 (back-in) to a pull-through, Dec 12–19.
Card on file ⟦CARD:{cc('4')}⟧; charge the $15/night difference.""")

    # 29 timeshare exit
    a, b = eqs(2)
    put("en", P, f"""Timeshare exit request letter — make it firm.
Owners: ⟦PER:{a}⟧ and ⟦PER:{b}⟧
Address: ⟦LOC:{eb()}⟧
Contract 88-31174, maintenance fees autopaid from ⟦ACC:{us_acct()}⟧ — please stop the debit.
Phone ⟦PH:{usnum()}⟧.""")

    # 30 heat pump rebate
    a = eq()
    put("en", P, f"""Utility rebate application for a heat pump install:
Account holder ⟦PER:{a}⟧, service address ⟦LOC:{eb()}⟧
Contractor invoice 5531, AHRI cert attached.
Rebate by direct deposit: ⟦ACC:{us_acct()}⟧ (routing {random.choice(ROUTING)}).
Contact ⟦MAIL:{cmail4(a)}⟧""")

    # 31 ISP outage credit
    a = eq()
    put("en", P, f"""Outage credit request — write the reply to the customer.
Customer ⟦PER:{a}⟧, ⟦LOC:{eb()}⟧
Static IP ⟦IP:{pub_ip()}⟧ was unreachable Nov 3 14:00 – Nov 5 09:30 (43.5 h).
Credit 2 days of service; confirm via ⟦PH:{usnum2()}⟧.""")

    # 32 coworking access log
    a, b = eqs(2)
    put("en", P, f"""Coworking space: member says someone used their login. Summarise:
Member ⟦PER:{a}⟧ (⟦MAIL:{cmail3(a)}⟧)
Wi-Fi portal logins on 11/18: 09:12 from ⟦IP:{priv_ip()}⟧ (their laptop), 21:47 from ⟦IP:{priv_ip()}⟧ (unknown device).
Front desk saw guest ⟦PER:{b}⟧ sign in at 21:30 under that membership.""")

    # 33 home-office stipend
    e = eq()
    put("en", P, f"""Home-office stipend request, please check against the policy:
Employee ⟦PER:{e}⟧, remote, ⟦LOC:{eb()}⟧
Items: chair $329, monitor arm $89. Reimburse to payroll account ⟦ACC:{us_acct()}⟧.
Manager approval from ⟦PER:{eq()}⟧ attached.""")

    # 34 ITIN (W-7) for Korean spouse
    sp = kr()
    hus = eq()
    put("en", P, f"""W-7 ITIN application prep for a client's spouse.
Applicant: ⟦PER:{sp}⟧ (Korean citizen), passport ⟦PASS:{pp()}⟧
Korean resident registration no. (for the foreign tax ID line): ⟦RRN:{rrn_adult(1985, 1995, female=True)}⟧
Spouse: ⟦PER:{hus}⟧, US citizen, ⟦PH:{usnum()}⟧
Mailing address: ⟦LOC:{eb()}⟧
Foreign address: ⟦LOC:{kaddr_en(unit=True)}⟧""")

    # 35 tuition wire from Korea
    stu, par = krs(2)
    put("en", P, f"""Bursar: an incoming tuition wire can't be matched. Details from the parent's email:
Student ⟦PER:{stu}⟧, student ID 2093317
Remitter ⟦PER:{par}⟧, Shinhan ⟦ACC:{acct('신한')}⟧, ⟦PH:{intl()}⟧
Amount USD 21,480 sent 11/14; parent email ⟦MAIL:{km2()}⟧""")

    # 36 church directory update
    a, b = krs(2)
    put("en", P, f"""Korean-American church directory update — merge into the list:
⟦PER:{a}⟧ & ⟦PER:{b}⟧, ⟦LOC:{eb()}⟧, ⟦PH:{usnum()}⟧
Kids: ⟦PER:Daniel⟧ (7), ⟦PER:Grace⟧ (4)
Email ⟦MAIL:{kmail()}⟧; moved from ⟦LOC:{kaddr_en2()}⟧ in August.""")

    # 37 translation order: family register
    a, b = krs(2)
    put("en", P, f"""Translation order: Korean family relation certificate → English (certified).
Subject: ⟦PER:{a}⟧, RRN ⟦RRN:{rrn_adult(1980, 1992)}⟧
Mother: ⟦PER:{b}⟧, RRN ⟦RRN:{rrn_adult(1950, 1962, female=True)}⟧
Registered base address: ⟦LOC:{kb()}⟧
Deliver PDF to ⟦MAIL:{cmail(eq())}⟧""")

    # 38 adoptee birth search
    mum = kr()
    ad = eq()
    put("en", P, f"""I'm helping an adoptee write to the Korean adoption agency. Please make this clear and kind.
Adoptee: ⟦PER:{ad}⟧ (Korean name at birth ⟦PER:{kr()}⟧), born 1984
Birth parent's name as on the intake card: ⟦PER:{mum}⟧
Last known address of the birth family: ⟦LOC:{jc()}⟧
Adoptee contact: ⟦MAIL:{cmail4(ad)}⟧, ⟦PH:{usnum2()}⟧""")

    # 39 K-beauty wholesale application
    rep = kr()
    put("en", P, f"""Wholesale account application from a Korean brand — verify the company details.
Company: Dasom Cosmetics Co., Ltd.
Business registration no. ⟦BRN:{bz()}⟧, corporate registration no. ⟦CRN:{crx()}⟧
Representative: ⟦PER:{rep}⟧
HQ: ⟦LOC:{kaddr_en3()}⟧
Export contact: ⟦MAIL:{kwork2()}⟧, ⟦PH:{land('031')}⟧""")

    # 40 freight forwarder booking
    cons = kr()
    put("en", P, f"""Booking request — LCL Los Angeles → Busan.
Shipper: ⟦PER:{eq()}⟧, ⟦LOC:{eb()}⟧, ⟦PH:{usnum()}⟧
Consignee: ⟦PER:{cons}⟧, ⟦LOC:{kaddr_en3(unit=True)}⟧, ⟦PH:{intl()}⟧
Consignee business no. ⟦BRN:{bz()}⟧; consignee's NHIS no. ⟦HINS:{hi()}⟧ (returning-resident duty exemption form)
Cargo: household goods, 3.2 CBM.""")


# ---------------------------------------------------------------- positives: mixed Korean-English developer material (40)
def positives_mixed() -> None:
    # 1 MyBatis debug log
    n = kr()
    put("mixed", P, f"""회원 수정 API에서 UPDATE가 0건으로 나와요. MyBatis 로그 봐주세요.
DEBUG [http-nio-8080-exec-7] c.h.m.MemberMapper.updateMember - ==>  Preparing: UPDATE TB_MEMBER SET MBR_NM = ?, HP_NO = ?, EMAIL = ?, ADDR = ? WHERE MBR_NO = ? AND DEL_YN = 'N'
DEBUG [http-nio-8080-exec-7] c.h.m.MemberMapper.updateMember - ==> Parameters: ⟦PER:{n}⟧(String), ⟦PH:{mob('')}⟧(String), ⟦MAIL:{km2()}⟧(String), ⟦LOC:{kb()}⟧(String), 20250011873(Long)
DEBUG [http-nio-8080-exec-7] c.h.m.MemberMapper.updateMember - <==    Updates: 0""")

    # 2 Hibernate bind log
    n = kr()
    put("mixed", P, f"""JPA insert 시 외국인등록번호 컬럼이 잘려서 들어가는 것 같습니다.
Hibernate: insert into foreign_worker (name, arn, passport_name, phone, employer_brn, id) values (?, ?, ?, ?, ?, ?)
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [⟦PER:{n}⟧]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [VARCHAR] - [⟦ARN:{arx(1985, 2001)}⟧]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [⟦PER:{fname5()}⟧]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [4] as [VARCHAR] - [⟦PH:{mob()}⟧]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [5] as [VARCHAR] - [⟦BRN:{bz()}⟧]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [6] as [BIGINT] - [88213]
컬럼 길이는 arn VARCHAR(13)이에요.""")

    # 3 Debezium change event
    a, b = kr(), kr()
    put("mixed", P, fill("""CDC 이벤트에서 before/after가 바뀐 필드만 뽑는 jq 필터 만들어 주세요.
{"payload":{"before":{"cust_id":5512,"cust_nm":"⟦PER:«a»⟧","mobile":"⟦PH:«p1»⟧","hins_no":"⟦HINS:«h»⟧","addr":"⟦LOC:«l1»⟧"},
"after":{"cust_id":5512,"cust_nm":"⟦PER:«b»⟧","mobile":"⟦PH:«p2»⟧","hins_no":"⟦HINS:«h2»⟧","addr":"⟦LOC:«l2»⟧"},
"source":{"connector":"mysql","db":"crm","table":"customer"},"op":"u","ts_ms":1732512233871}}""",
        a=a, b=b, p1=mob(), p2=mob(), h=hi(), h2=hi(), l1=kb(), l2=kb()))

    # 4 Liquibase changelog YAML
    n = kr()
    put("mixed", P, f"""로컬 테스트 데이터용 changelog인데 validate에서 실패합니다.
databaseChangeLog:
  - changeSet:
      id: 20251125-seed-corp
      author: dev.seorin
      changes:
        - insert:
            tableName: corp_customer
            columns:
              - column: {{name: corp_nm, value: "㈜한빛로지스"}}
              - column: {{name: crn, value: "⟦CRN:{crx()}⟧"}}
              - column: {{name: brn, value: "⟦BRN:{bz()}⟧"}}
              - column: {{name: ceo_nm, value: "⟦PER:{n}⟧"}}
              - column: {{name: ceo_hp, value: "⟦PH:{mob()}⟧"}}""")

    # 5 Stripe webhook
    c = eq()
    put("mixed", P, fill("""Stripe customer.updated 웹훅 처리하는데 address가 null로 저장돼요.
{
  "id": "evt_1QOk2vLx9",
  "type": "customer.updated",
  "data": {"object": {
    "id": "cus_R8v1nT0k",
    "name": "⟦PER:«c»⟧",
    "email": "⟦MAIL:«m»⟧",
    "phone": "⟦PH:«p»⟧",
    "address": {"line1": "⟦LOC:«l»⟧", "country": "US"},
    "metadata": {"kr_contact": "⟦PH:«kp»⟧"}
  }}
}""", c=c, m=cmail3(c), p=usnum("e164"), l=eb(), kp=intl()))

    # 6 Twilio inbound SMS in Flask log
    put("mixed", P, f"""Twilio inbound webhook 로그입니다. 답장 로직이 한국 번호에서만 실패해요.
[2025-11-25 10:22:41,118] INFO in sms: ImmutableMultiDict([('From', '⟦PH:{intl('')}⟧'), ('MessagingServiceSid', 'MG4f1c0e7a'), ('Body', '예약 변경해주세요 ⟦PER:{kr()}⟧입니다'), ('FromCountry', 'KR')])
[2025-11-25 10:22:41,302] ERROR in sms: reply failed: 21211 Invalid 'To' Phone Number""")

    # 7 SendGrid event webhook
    a, b = eqs(2)
    put("mixed", P, fill("""SendGrid 이벤트 웹훅 bounce 처리 코드 리뷰해 주세요. payload 예시:
[
 {"email":"⟦MAIL:«m1»⟧","event":"bounce","reason":"550 5.1.1 user unknown","ip":"⟦IP:«ip1»⟧","sg_message_id":"x9Q.filter0001"},
 {"email":"⟦MAIL:«m2»⟧","event":"open","useragent":"Mozilla/5.0","ip":"⟦IP:«ip2»⟧"},
 {"email":"⟦MAIL:«m3»⟧","event":"delivered","ip":"⟦IP:«ip3»⟧"}
]""", m1=cmail4(a), m2=cmail(b), m3=km2(), ip1=pub_ip(), ip2=pub_ip(), ip3=pub_ip()))

    # 8 HubSpot contact API
    k = kr()
    put("mixed", P, fill("""HubSpot 연락처 동기화 시 한글 이름이 firstname에 통째로 들어가고 lastname은 비어요. 매핑 규칙 제안 부탁해요.
GET /crm/v3/objects/contacts/90311?properties=firstname,lastname,phone,email,address
{"id":"90311","properties":{"firstname":"⟦PER:«k»⟧","lastname":"","phone":"⟦PH:«p»⟧","email":"⟦MAIL:«m»⟧","address":"⟦LOC:«l»⟧","hs_object_id":"90311"}}""",
        k=k, p=intl(), m=km2(), l=kb()))

    # 9 Salesforce SOQL result
    rows = krs(3)
    put("mixed", P, f"""sf data query 결과인데, Korean_RRN__c가 암호화 필드인데 평문으로 나옵니다. 권한 설정 문제일까요?
$ sf data query -q "SELECT Name, Phone, Korean_RRN__c, MailingStreet FROM Contact WHERE Branch__c = 'Seoul'"
 NAME     PHONE          KOREAN_RRN__C    MAILINGSTREET
 ──────── ────────────── ──────────────── ─────────────────────────────────────
 ⟦PER:{rows[0]}⟧   ⟦PH:{mob()}⟧  ⟦RRN:{rrn_adult()}⟧   ⟦LOC:{kb()}⟧
 ⟦PER:{rows[1]}⟧   ⟦PH:{mob()}⟧  ⟦RRN:{rrn_adult()}⟧   ⟦LOC:{kb()}⟧
 ⟦PER:{rows[2]}⟧   ⟦PH:{mob()}⟧  ⟦RRN:{rrn_adult()}⟧   ⟦LOC:{kb()}⟧
Total number of records retrieved: 3.""")

    # 10 Excel VBA immediate window
    a, b = krs(2)
    put("mixed", P, f"""엑셀 매크로로 건강보험 자격득실 파일 만들고 있는데 Debug.Print 결과가 한 줄씩 밀립니다.
직접 실행 창:
1   ⟦PER:{a}⟧   ⟦RRN:{rrn_adult(1970, 1995)}⟧   ⟦HINS:{hi()}⟧   취득 2025-11-01
2   ⟦PER:{b}⟧   ⟦RRN:{rrn_adult(1970, 1995)}⟧   ⟦HINS:{hi()}⟧   상실 2025-10-31
For i = 2 To lastRow: Debug.Print i - 1, ws.Cells(i, 1), ws.Cells(i, 3), ws.Cells(i, 5): Next""")

    # 11 ipynb cell JSON
    n = kr()
    put("mixed", P, fill("""노트북 파일을 git에 올리기 전에 output을 지워야 하는데, nbstripout 없이 하는 방법 있을까요? 문제 셀:
{
 "cell_type": "code",
 "execution_count": 14,
 "source": ["df[df['cust_no'] == 'C-20931']"],
 "outputs": [{"output_type": "execute_result", "data": {"text/plain": [
   "   cust_no   name    mobile          card_no               ip\\n",
   "0  C-20931   ⟦PER:«n»⟧  ⟦PH:«p»⟧  ⟦CARD:«c»⟧  ⟦IP:«ip»⟧"
 ]}}]
}""", n=n, p=mob(), c=cc("4"), ip=pub_ip()))

    # 12 Polars print
    a, b, c = krs(3)
    put("mixed", P, f"""polars로 바꾼 뒤 group_by 결과 순서가 매번 달라져요.
shape: (3, 4)
┌──────────┬──────────────────┬─────────────────┬──────────┐
│ name     ┆ passport         ┆ arn             ┆ visa     │
│ ---      ┆ ---              ┆ ---             ┆ ---      │
│ str      ┆ str              ┆ str             ┆ str      │
╞══════════╪══════════════════╪═════════════════╪══════════╡
│ ⟦PER:{a}⟧   ┆ ⟦PASS:{pp()}⟧        ┆ -               ┆ F-4      │
│ ⟦PER:{hfname6()}⟧ ┆ -                ┆ ⟦ARN:{arx(1990, 2003)}⟧  ┆ E-9      │
│ ⟦PER:{b}⟧   ┆ ⟦PASS:{pp_new()}⟧        ┆ -               ┆ F-4      │
└──────────┴──────────────────┴─────────────────┴──────────┘
(⟦PER:{c}⟧ 님 행은 필터에서 빠졌습니다)""")

    # 13 DuckDB box output
    put("mixed", P, f"""duckdb로 CSV 읽었는데 사업자번호가 숫자로 인식돼서 하이픈이 사라질까 봐 걱정이에요. 지금 결과:
D SELECT corp_nm, brn, crn, ceo FROM read_csv_auto('vendors.csv') LIMIT 2;
┌──────────────┬──────────────┬────────────────┬────────┐
│   corp_nm    │     brn      │      crn       │  ceo   │
│   varchar    │   varchar    │    varchar     │ varchar│
├──────────────┼──────────────┼────────────────┼────────┤
│ 새솔유통     │ ⟦BRN:{bz()}⟧ │ ⟦CRN:{crx()}⟧ │ ⟦PER:{kr()}⟧ │
│ 온누리식품   │ ⟦BRN:{bz()}⟧ │ ⟦CRN:{crx()}⟧ │ ⟦PER:{kr()}⟧ │
└──────────────┴──────────────┴────────────────┴────────┘""")

    # 14 ClickHouse Vertical
    n = kr()
    put("mixed", P, f"""ClickHouse에서 로그인 이력 조회하는데 FORMAT Vertical 결과 보시고 인덱스 제안 부탁드려요.
Row 1:
──────
event_time:  2025-11-24 23:51:07
user_name:   ⟦PER:{n}⟧
login_id:    shyun77
client_ip:   ⟦IP:{pub_ip()}⟧
device:      iPhone15,3
result:      FAIL_OTP

Row 2:
──────
event_time:  2025-11-24 23:52:30
user_name:   ⟦PER:{n}⟧
login_id:    shyun77
client_ip:   ⟦IP:{pub_ip()}⟧
device:      SM-S928N
result:      OK""")

    # 15 Neo4j Cypher
    a, b = krs(2)
    put("mixed", P, f"""보험사기 네트워크 분석용 그래프 초기 데이터입니다. 계좌 공유 관계 쿼리 짜 주세요.
CREATE (p1:Person {{name:'⟦PER:{a}⟧', rrn:'⟦RRN:{rrn_adult()}⟧', phone:'⟦PH:{mob()}⟧'}})
CREATE (p2:Person {{name:'⟦PER:{b}⟧', rrn:'⟦RRN:{rrn_adult()}⟧', phone:'⟦PH:{mob()}⟧'}})
CREATE (acc:Account {{bank:'농협', no:'⟦ACC:{acct('농협')}⟧'}})
CREATE (p1)-[:RECEIVED_CLAIM_TO]->(acc), (p2)-[:RECEIVED_CLAIM_TO]->(acc)""")

    # 16 redis-cli HGETALL
    n = kr()
    put("mixed", P, f"""세션 해시에 개인정보가 너무 많이 들어가 있는 것 같아요. 줄일 필드 골라주세요.
redis-sess-02:6379> HGETALL sess:7f3ab9c2
 1) "uid"
 2) "302118"
 3) "name"
 4) "⟦PER:{n}⟧"
 5) "mobile"
 6) "⟦PH:{mob()}⟧"
 7) "last_ip"
 8) "⟦IP:{pub_ip()}⟧"
 9) "dl_no"
10) "⟦DLIC:{dl()}⟧"
11) "grade"
12) "VIP" """)

    # 17 Envoy access log
    put("mixed", P, fill("""envoy access log 포맷에 x-forwarded-for가 두 번 찍혀요. 설정 어디 보면 될까요?
{"start_time":"2025-11-25T01:12:09.331Z","method":"POST","path":"/api/v2/claims","response_code":201,"downstream_remote_address":"⟦IP:«a»⟧:51234","x_forwarded_for":"⟦IP:«b»⟧, ⟦IP:«a2»⟧","user_agent":"okhttp/4.12.0","request_id":"7e1c0a4b-19f2-4d55-9e0d-3a2f6e0c8b11"}""",
        a=(ip_a := pub_ip()), b=pub_ip(), a2=ip_a))

    # 18 AWS WAF log
    n = eq()
    put("mixed", P, fill("""WAF가 이 요청을 SQLi로 차단했는데 오탐 같아요. body에 이름에 작은따옴표가 있어서요.
{"timestamp":1732500000123,"action":"BLOCK","terminatingRuleId":"AWS-AWSManagedRulesSQLiRuleSet","httpRequest":{"clientIp":"⟦IP:«ip»⟧","country":"US","uri":"/signup","args":"","httpMethod":"POST"},"requestBodySample":"{\\"name\\":\\"⟦PER:«n»⟧\\",\\"email\\":\\"⟦MAIL:«m»⟧\\",\\"note\\":\\"O'Brien's referral\\"}"}""",
        ip=pub_ip(), n=n, m=cmail4(n)))

    # 19 GCP Cloud Logging
    n = kr()
    put("mixed", P, fill("""Cloud Logging 쿼리로 특정 고객 요청만 뽑고 싶어요. 로그 엔트리 예:
{
  "insertId": "1x9k2f3g4h",
  "jsonPayload": {"msg": "identity verified", "cust_name": "⟦PER:«n»⟧", "rrn_masked": false, "rrn": "⟦RRN:«r»⟧"},
  "httpRequest": {"requestMethod": "POST", "requestUrl": "/v1/kyc", "remoteIp": "⟦IP:«ip»⟧", "status": 200},
  "severity": "INFO",
  "logName": "projects/kyc-prod/logs/run.googleapis.com%2Fstdout"
}""", n=n, r=rrn_adult(), ip=pub_ip()))

    # 20 Vault kv get
    put("mixed", P, f"""Vault에 테스트 계정 정보를 넣어놨는데 다른 팀이 읽을 수 있는지 policy 점검해 주세요.
$ vault kv get secret/qa/kyc-fixture
====== Data ======
Key              Value
---              -----
test_name        ⟦PER:{kr()}⟧
test_rrn         ⟦RRN:{rrn_adult(1990, 2000)}⟧
test_passport    ⟦PASS:{pp()}⟧
test_dl          ⟦DLIC:{dl()}⟧
test_arn         ⟦ARN:{arx(1995, 2003)}⟧
test_account     ⟦ACC:{acct('기업')}⟧""")

    # 21 rich traceback locals
    n = kr()
    put("mixed", P, f"""배치가 죽었는데 rich traceback 보면 원인이 뭘까요?
╭──────────────────── locals ────────────────────╮
│    row = {{'name': '⟦PER:{n}⟧', 'hins': '⟦HINS:{hi()}⟧', 'rrn': '⟦RRN:{rrn_adult()}⟧', 'grade': None}} │
│   line = 1842                                    │
│ writer = <csv.writer object at 0x7f1c2e0b9d80>   │
╰──────────────────────────────────────────────────╯
TypeError: '<' not supported between instances of 'NoneType' and 'int'""")

    # 22 Elixir IEx
    n = kr()
    put("mixed", P, f"""Phoenix 앱에서 Ecto changeset이 valid?: false인데 errors가 비어 있어요.
iex(3)> Repo.get!(Customer, 1207) |> IO.inspect()
%MyApp.Customer{{
  __meta__: #Ecto.Schema.Metadata<:loaded, "customers">,
  id: 1207,
  name: "⟦PER:{n}⟧",
  phone: "⟦PH:{mob()}⟧",
  email: "⟦MAIL:{km2()}⟧",
  alien_reg_no: "⟦ARN:{arx()}⟧",
  inserted_at: ~N[2025-11-02 08:14:11]
}}""")

    # 23 Scala case class in Spark log
    put("mixed", P, f"""Spark 잡 로그에 case class가 그대로 찍히는데 이거 마스킹하려면 toString을 override 해야 하나요?
25/11/25 03:12:44 WARN DedupJob: duplicate key -> Member(⟦PER:{kr()}⟧,⟦RRN:{rrn_adult()}⟧,⟦PH:{mob()}⟧,⟦LOC:{kb()}⟧,GOLD)
25/11/25 03:12:44 WARN DedupJob: duplicate key -> Member(⟦PER:{kr()}⟧,⟦RRN:{rrn_adult()}⟧,⟦PH:{mob()}⟧,⟦LOC:{kb()}⟧,SILVER)""")

    # 24 C struct initializer
    put("mixed", P, f"""키오스크 펌웨어 단위테스트 fixture인데 실제 고객 데이터가 들어간 것 같아서 교체하려고요. 형식 유지한 가짜 값으로 바꿔주세요.
static const member_t k_fixture[] = {{
    {{ .name = "⟦PER:{kr()}⟧", .card = "⟦CARD:{card16()}⟧", .phone = "⟦PH:{mob('')}⟧" }},
    {{ .name = "⟦PER:{kr()}⟧", .card = "⟦CARD:{card16()}⟧", .phone = "⟦PH:{mob('')}⟧" }},
}};""")

    # 25 Avro console consumer
    n = kr()
    put("mixed", P, f"""kafka-avro-console-consumer 출력입니다. 스키마 진화하면서 address가 union 타입이 됐는데 파싱이 안 돼요.
{{"claim_id":"CL-2025-004418","insured":{{"name":"⟦PER:{n}⟧","rrn":"⟦RRN:{rrn_adult()}⟧","hins_no":{{"string":"⟦HINS:{hi()}⟧"}}}},"address":{{"string":"⟦LOC:{kb()}⟧"}},"payout_account":{{"string":"⟦ACC:{acct('신한')}⟧"}}}}""")

    # 26 Android SharedPreferences XML
    put("mixed", P, f"""QA 폰에서 뽑은 SharedPreferences인데 민감정보를 EncryptedSharedPreferences로 옮겨야 할 키 골라주세요.
$ adb shell run-as com.example.wallet cat shared_prefs/user.xml
<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="user_name">⟦PER:{kr()}⟧</string>
    <string name="user_phone">⟦PH:{mob()}⟧</string>
    <string name="last_card">⟦CARD:{cc('9410')}⟧</string>
    <string name="refund_account">⟦ACC:{acct('토스뱅크')}⟧</string>
    <boolean name="push_agree" value="true" />
</map>""")

    # 27 iOS plist
    put("mixed", P, f"""시뮬레이터 UserDefaults plist 입니다. 로그아웃 시 어떤 키를 지워야 할지 정리해주세요.
<dict>
  <key>profile.name</key><string>⟦PER:{kr()}⟧</string>
  <key>profile.email</key><string>⟦MAIL:{km2()}⟧</string>
  <key>profile.passport</key><string>⟦PASS:{pp_new()}⟧</string>
  <key>booking.lastSearch</key><string>ICN-NRT</string>
</dict>""")

    # 28 Windows .reg export
    put("mixed", P, f"""매장 POS PC 레지스트리 export인데 점주 정보가 평문으로 있어요. 보안 점검 의견 부탁드립니다.
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\PosAgent\\Store]
"OwnerName"="⟦PER:{kr()}⟧"
"BizRegNo"="⟦BRN:{bz()}⟧"
"OwnerPhone"="⟦PH:{mob()}⟧"
"SettleAccount"="⟦ACC:{acct('국민')}⟧"
"AgentVersion"="3.2.1" """)

    # 29 sqlcmd output
    a, b = krs(2)
    put("mixed", P, f"""sqlcmd 결과가 잘려서 나오는데 -W 옵션 말고 방법 있나요?
1> SELECT emp_nm, rrn, dl_no FROM dbo.Drivers WHERE dept = N'배송';
2> GO
emp_nm     rrn               dl_no
---------- ----------------- ------------------
⟦PER:{a}⟧     ⟦RRN:{rrn_adult(1975, 1998)}⟧    ⟦DLIC:{dl()}⟧
⟦PER:{b}⟧     ⟦RRN:{rrn_adult(1975, 1998)}⟧    ⟦DLIC:{dl()}⟧

(2 rows affected)""")

    # 30 EDI X12 834
    m = eq()
    last, first = m.split(" ", 1)[1], m.split(" ", 1)[0]
    put("mixed", P, f"""834 파일 파싱하는데 N3/N4 세그먼트에서 주소가 두 줄로 나뉘어요. 세그먼트 구조 설명해 주세요 (한국 지사 파견자 포함).
INS*Y*18*021*28*A***FT~
REF*0F*A77120334~
NM1*IL*1*⟦PER:{last.upper()}⟧*⟦PER:{first.upper()}⟧****34*XXXXX1234~
PER*IP**TE*⟦PH:{usnum('dash').replace('-', '')}⟧*EM*⟦MAIL:{cmail4(m)}⟧~
N3*⟦LOC:{kaddr_en3(unit=True)}⟧~
DMG*D8*19850412*M~""")

    # 31 펌뱅킹 전문 로그
    put("mixed", P, f"""펌뱅킹 이체 전문 로그인데 응답코드 0012가 무슨 뜻인지, 그리고 로그에서 어떤 필드를 마스킹해야 하는지 알려주세요.
[REQ] 0200|TR=4100|SEQ=000318|BANK=088|ACCT=⟦ACC:{acct('신한', plain=True)}⟧|NAME=⟦PER:{kr()}⟧|AMT=000001250000|MEMO=11월급여
[RES] 0210|TR=4100|SEQ=000318|RC=0012|RNAME=|BAL=
[REQ] 0200|TR=4100|SEQ=000319|BANK=004|ACCT=⟦ACC:{acct('국민', plain=True)}⟧|NAME=⟦PER:{kr()}⟧|AMT=000000980000|MEMO=11월급여""")

    # 32 카카오 알림톡 API request
    n = kr()
    put("mixed", P, fill("""알림톡 템플릿 변수 치환이 안 되고 #{고객명}이 그대로 나가요. 요청 바디 봐주세요.
POST /v2/sender/send
{"senderKey":"a1b2c3d4","templateCode":"ORDER_SHIPPED_02","recipientList":[{"recipientNo":"⟦PH:«p»⟧","templateParameter":{"고객명":"⟦PER:«n»⟧","배송지":"⟦LOC:«l»⟧","송장번호":"6012 4477 1930"}}]}""",
        p=mob(""), n=n, l=kb()))

    # 33 NCP SENS SMS request
    put("mixed", P, fill("""SENS SMS 발송 시 from 값이 빈 문자열로 들어가서 400이 납니다.
{"type":"LMS","from":"","subject":"[본인확인]","content":"⟦PER:«n»⟧님, 외국인등록번호 ⟦ARN:«a»⟧ 확인이 완료되었습니다.","messages":[{"to":"⟦PH:«p»⟧"}]}
응답: {"status":"400","errorMessage":"from is required"}""",
        n=anyhf3(), a=arx(1980, 2002), p=mob("")))

    # 34 우체국 택배 API
    s, r = krs(2)
    put("mixed", P, fill("""우체국 택배 접수 API 호출 시 수취인 주소가 40자 넘으면 잘립니다. 분리하는 로직 제안 부탁.
{"custNo":"0012345678","apprNo":"2025112500077","ordNm":"⟦PER:«s»⟧","ordTel":"⟦PH:«p1»⟧","recNm":"⟦PER:«r»⟧","recTel":"⟦PH:«p2»⟧","recAddr":"⟦LOC:«l»⟧","goodsNm":"건어물 선물세트","weight":"3"}""",
        s=s, r=r, p1=mob(), p2=mob(), l=kaddr7("refapt")))

    # 35 쿠팡 Wing 주문 CSV
    a, b = krs(2)
    put("mixed", P, f"""오픈마켓 주문 엑셀을 CSV로 받았는데 pandas로 읽으면 전화번호 앞 0이 사라져요. dtype 지정 코드 부탁.
주문번호,수취인이름,수취인전화번호,수취인주소,배송메세지,구매자이메일
31000184420031,⟦PER:{a}⟧,⟦PH:{mob()}⟧,"⟦LOC:{kb()}⟧",문 앞,⟦MAIL:{km2()}⟧
31000184420032,⟦PER:{b}⟧,⟦PH:{mob()}⟧,"⟦LOC:{kb()}⟧",경비실,⟦MAIL:{km2()}⟧""")

    # 36 배민 POS 접수 로그
    put("mixed", P, f"""주문 중계 POS 로그입니다. 안심번호가 아니라 실제 번호가 찍히는 케이스가 있어요. 조건 찾아주세요.
2025-11-25 19:02:11 [ORDER] id=B1A2-77310 type=DELIVERY tel=SAFE_PENDING addr="⟦LOC:{kb()}⟧" req="벨 누르지 마세요"
2025-11-25 19:05:47 [ORDER] id=B1A2-77311 type=DELIVERY tel=⟦PH:{mob()}⟧ addr="⟦LOC:{kb()}⟧" req="수저 X" name=⟦PER:{kr()}⟧
2025-11-25 19:05:47 [WARN ] safe_number_fallback reason=TIMEOUT""")

    # 37 tcpdump -A
    n = kr()
    put("mixed", P, fill("""내부망에서 평문 HTTP로 개인정보가 오가는지 점검 중입니다. tcpdump 결과 해석 부탁해요.
# tcpdump -A -i eth0 'tcp port 8080'
10:41:02.118223 IP ⟦IP:«src»⟧.53122 > member-api.corp.local.8080: Flags [P.], seq 1:389, ack 1, win 502, length 388
POST /api/member/verify HTTP/1.1
Host: member-api.corp.local:8080
Content-Type: application/json

{"name":"⟦PER:«n»⟧","rrn":"⟦RRN:«r»⟧","hins":"⟦HINS:«h»⟧"}""", src=priv_ip(), n=n, r=rrn_adult(), h=hi()))

    # 38 gdb print
    corp = crx()
    put("mixed", P, f"""코어덤프 분석 중인데 구조체 값이 깨진 건지 봐주세요.
(gdb) p *req
$1 = {{type = 3, corp_no = "⟦CRN:{corp}⟧", biz_no = "⟦BRN:{bz()}⟧", ceo = "⟦PER:{kr()}⟧", '\\000' <repeats 11 times>, amount = 4400000, status = 0 '\\000'}}
(gdb) p req->corp_no
$2 = "⟦CRN:{corp}⟧" """)

    # 39 fine-tuning JSONL
    put("mixed", P, fill("""상담 챗봇 파인튜닝 데이터셋 샘플인데 개인정보 비식별화가 덜 된 것 같아요. 어떤 줄이 문제인지 봐주세요.
{"messages":[{"role":"user","content":"건강보험 피부양자 등록하려는데 제 번호는 ⟦HINS:«h»⟧이고 어머니는 ⟦PER:«m»⟧이에요"},{"role":"assistant","content":"피부양자 취득신고는 직장에서 하셔야 합니다."}]}
{"messages":[{"role":"user","content":"법인 등록번호 ⟦CRN:«c»⟧로 조회가 안 돼요"},{"role":"assistant","content":"등기소 코드를 확인해 주세요."}]}""",
        h=hi(), m=kr(), c=crx()))

    # 40 LLM trace
    n = kr()
    put("mixed", P, fill("""LLM 호출 트레이스에 원문 프롬프트가 그대로 저장되고 있어요. 트레이스 저장 전에 마스킹하는 훅 예시 코드 부탁.
{"run_id":"b3f1...","name":"ChatOpenAI","inputs":{"messages":[["system","너는 보험 심사 보조야"],["user","피보험자 ⟦PER:«n»⟧, 법인 ⟦CRN:«c»⟧ 소속, 건보 ⟦HINS:«h»⟧, 외국인 배우자 ⟦ARN:«a»⟧ — 가족수당 대상인지 판단해줘"]]},"outputs":{"generations":[["대상입니다."]]},"extra":{"client_ip":"⟦IP:«ip»⟧"}}""",
        n=n, c=crx(), h=hi(), a=arx(1988, 2000), ip=priv_ip()))


# ---------------------------------------------------------------- hard negatives (60): no personal data, no labels
def negatives() -> None:
    ko = [
        # 바둑 기보 수순
        """바둑 복기 정리 부탁해요. 흑 선, 덤 6집 반.
1 흑 R16 2 백 D4 3 흑 Q3 4 백 D16 5 흑 C3 6 백 D3 7 흑 C4 8 백 D5 9 흑 C6 10 백 F3
11 흑 C16 12 백 C17 13 흑 B17 14 백 D17 15 흑 C15 16 백 R4 17 흑 P4 18 백 Q5 19 흑 P5 20 백 Q6
47수째 백 K10이 패착 같은데, 대신 L11 붙임이 나았을까요? 최종 결과: 흑 3집 반 승 (237수).""",
        # ARS 메뉴 트리
        """콜센터 ARS 메뉴 트리 문서 정리 좀 해주세요.
[0] 인사 멘트 (8초)
 ├ 1 카드 분실·도난 신고 → 1-1 본인 / 1-2 가족 → 상담원 연결(대기 평균 42초)
 ├ 2 결제 대금 조회 → 2-1 이번 달 / 2-2 다음 달 / 2-9 이전 메뉴
 ├ 3 한도 상향 → 3-1 일시 / 3-2 영구 (본인 인증: 카드 뒷면 CVC 3자리 입력 안내)
 ├ 4 포인트 → 4-1 잔여 / 4-2 소멸 예정
 └ * 이전 메뉴 / # 처음으로
평일 09:00~18:00 외에는 1번만 운영합니다.""",
        # 가전 모델명·효율 등급
        """매장 POP 만들게 아래 제품 정리해 줘요.
- 양문형 냉장고 RS84B5041M9 / 1등급 / 월간 소비전력량 31.2kWh / 845L
- 드럼세탁기 F24VDD / 1등급 / 세탁 24kg / 표준코스 소비전력 128Wh/kg
- 스탠드 에어컨 AF19C7934GZS / 1등급 / 냉방능력 7,200W / CSPF 6.12
- 김치냉장고 Z492MEE / 2등급 / 490L
모델명 뒤 두 자리는 색상 코드(M9 메탈, GZ 그레이)입니다.""",
        # 승강기 고유번호·검사
        """승강기 정기검사 결과 게시문 문구 검토 부탁드립니다.
승강기 고유번호: 2113-051 (1호기), 2113-052 (2호기)
검사 종류: 정기검사 / 검사일: 2025.10.28 / 유효기간: 2026.10.27
정격하중 1,150kg (17인승), 정격속도 150m/min, 운행층 B2~25
검사기관: 한국승강기안전공단 / 결과: 합격(조건부: 비상통화장치 음량 보완)""",
        # 소방시설 자체점검
        """소방시설 작동기능점검표 중 이상 항목만 골라서 보고서 문장으로 써줘.
경계구역 03 (지상 3층): 연기감지기 12개 중 회로 3-07 감지기 1개 미작동
경계구역 07 (지상 7층): 차동식 감지기 정상, 발신기 표시등 불량 1
옥내소화전 함 5F-2: 호스 결속 불량, 방수압 0.21MPa (기준 0.17MPa 이상)
유도등 B1-04, B1-05 예비전원 20분 미달
스프링클러 알람밸브 2번 압력스위치 정상""",
        # 수도계량기 검침
        """검침 데이터인데 이상 사용량 판단 기준 만들어 주세요.
기물번호 | 구경 | 전월지침 | 당월지침 | 사용량(㎥)
K15-2207741 | 15mm | 01822 | 01841 | 19
K15-2207742 | 15mm | 00931 | 00934 | 3
K20-1903318 | 20mm | 12044 | 12171 | 127
K15-2207745 | 15mm | 02210 | 02210 | 0
K20-1903320 | 20mm | 08817 | 08859 | 42""",
        # 택배 운임표
        """택배 운임표 보기 좋게 표로 바꿔 주세요.
극소(~2kg, 세 변 합 80cm) 동일권 3,500 / 타권 4,000 / 제주 7,000
소(~5kg, 100cm) 4,000 / 4,500 / 7,500
중(~10kg, 120cm) 5,000 / 6,000 / 9,000
대(~20kg, 160cm) 7,000 / 8,000 / 12,000
도서산간 추가 3,000~5,000, 반품 시 편도 운임 동일 적용""",
        # 주유소 유가
        """이번 주 주변 주유소 가격 비교표 요약해 주세요 (원/L).
A주유소 휘발유 1,684 / 경유 1,552 / 셀프
B주유소 휘발유 1,659 / 경유 1,529 / 셀프, 세차 할인 1,000원
C주유소 휘발유 1,712 / 경유 1,581 / 풀서비스
전국 평균 휘발유 1,671.35 / 경유 1,544.20 (전주 대비 +4.12 / +3.87)""",
        # 골프 스코어카드
        """스코어카드 집계 좀 해주세요. 화이트티 기준.
홀   1  2  3  4  5  6  7  8  9  OUT
파   4  4  3  5  4  4  3  4  5  36
나   5  4  4  6  5  4  3  5  6  42
홀  10 11 12 13 14 15 16 17 18  IN
파   4  3  5  4  4  3  4  5  4  36
나   6  3  5  5  4  4  5  6  5  43
퍼팅 수는 전반 17, 후반 18.""",
        # 뜨개질 도안
        """뜨개질 도안 해석 부탁해요. 바늘 4.5mm, 게이지 20코 28단(10cm).
1단: 코 잡기 88코
2~12단: 2코 고무뜨기 (겉2, 안2 반복)
13단: 겉뜨기하며 8코 늘림 → 96코
14~60단: 메리야스뜨기, 25단마다 양끝 1코씩 줄임
61단: 12코마다 2코 모아뜨기 → 88코
마무리: 덮어씌워 코막음, 돗바늘로 옆선 잇기""",
        # 금융기관 점포코드
        """내부 시스템 점포코드 매핑표 정리 부탁드립니다 (계좌번호 아님).
은행코드 004 / 점포 0123 본점영업부 / 0456 여의도지점
은행코드 088 / 점포 0701 광화문 / 0702 종로
은행코드 020 / 점포 1002 본점 / 1031 을지로
은행코드 011 / 점포 3010 중앙회 / 3021 강남
코드 체계: 은행코드 3자리 + 점포코드 4자리, 7자리 조합으로 사용""",
        # 도로명주소 부여 규칙
        """도로명주소 부여 원칙 설명 자료를 쉬운 말로 바꿔 주세요.
- 도로 시작점에서 끝점 방향으로 20m 간격마다 기초번호를 부여합니다.
- 왼쪽은 홀수, 오른쪽은 짝수입니다. 예: 시작점에서 60m 지점 오른쪽 건물은 건물번호 6.
- 한 기초구간에 건물이 두 개 이상이면 가지번호를 붙입니다 (6-1, 6-2).
- 도로 폭 40m 이상 또는 8차로 이상은 '대로', 2~7차로는 '로', 그 밖은 '길'.
- '길'은 분기 지점의 기초번호를 따서 '○○로12번길'처럼 부릅니다.""",
        # 복약 안내문
        """약국 복약 안내문 쉽게 고쳐 주세요.
아목시실린 500mg 1캡슐 1일 3회 (8시간 간격) 7일분
이부프로펜 200mg 1정 1일 3회 식후 30분, 통증 시에만
알마게이트 500mg 1정 1일 3회 식후
주의: 이부프로펜은 공복 복용 금지, 1일 최대 1,200mg 초과 금지
보관: 실온(1~30℃), 어린이 손에 닿지 않게""",
        # 헬스 루틴
        """헬스 루틴 주 4회 분할로 다시 짜 줘요. 지금 기록:
월(가슴/삼두) 벤치프레스 60kg 5×5, 인클라인 덤벨 20kg 4×10, 케이블 푸시다운 25kg 3×12
화(등/이두) 데드리프트 100kg 5×3, 랫풀다운 55kg 4×10, 바벨컬 30kg 3×10
목(하체) 스쿼트 90kg 5×5, 레그프레스 160kg 4×12, 런지 16kg 3×10
금(어깨) OHP 40kg 5×5, 사이드 레터럴 8kg 4×15
1RM 추정: 벤치 72, 스쿼트 108, 데드 125""",
        # 공정표 공종 코드
        """공정표 공종 코드 설명 부탁드려요.
W-01-002 가설울타리 설치 2025-12-01 ~ 2025-12-05
W-02-014 터파기 (1차) 2025-12-08 ~ 2025-12-24
W-03-101 기초 철근 배근 2026-01-05 ~ 2026-01-16
W-03-108 기초 콘크리트 타설 2026-01-19 (24m³ × 6대)
W-05-220 골조 3F 2026-03-02 ~ 2026-03-13
선행관계: W-03-108 → 양생 7일 → W-04-001""",
        # 신호 현시 주기
        """교차로 신호 현시 주기표 검토 의견 써 주세요.
주기 160초 / 4현시
1현시 동서 직진 52초 (황색 3초)
2현시 동서 좌회전 28초 (황색 3초)
3현시 남북 직진 46초 (황색 3초)
4현시 남북 좌회전 25초 (황색 3초), 전적색 1초씩
보행 신호 최소 녹색시간 = 7초 + 횡단거리 25m ÷ 1.0m/s = 32초""",
        # 개표 상황표
        """개표 상황표 엑셀 정리 부탁해요 (정당별만).
투표구 | 선거인수 | 투표수 | 기호1 | 기호2 | 기호3 | 무효
제1투표구 | 4,812 | 3,377 | 1,502 | 1,611 | 208 | 56
제2투표구 | 5,104 | 3,598 | 1,688 | 1,630 | 231 | 49
관외사전 | - | 1,204 | 590 | 511 | 87 | 16
투표율 70.2% / 70.5%""",
        # 절기·음양력
        """절기와 음력 날짜 대조표 만들어 주세요 (2026년).
입춘 2월 4일 (음 12월 17일)
우수 2월 19일 (음 1월 3일)
경칩 3월 5일 (음 1월 17일)
춘분 3월 20일 (음 2월 2일)
청명 4월 5일 (음 2월 18일)
설날 2월 17일, 정월대보름 3월 3일, 한식 4월 6일""",
        # 빠른 환승 위치
        """지하철 빠른 환승 위치 안내 문구 만들어 주세요.
2호선 → 3호선 환승: 3-2, 7-3 칸 (하차 후 계단 바로 앞)
3호선 → 9호선 환승: 1-1 칸, 도보 약 4분
출구 가까운 칸: 5-4 (4번 출구 엘리베이터), 10-1 (7번 출구 에스컬레이터)
휠체어 전용칸: 1-1, 10-4 / 임산부 배려석은 각 칸 4번 좌석""",
        # 게임 쿠폰 코드
        """게임 공지 초안 다듬어 주세요.
[11월 업데이트 기념 쿠폰]
쿠폰 1: WINTER2025GIFT (다이아 300)
쿠폰 2: 7KQ9-MX4P-2LZD (강화석 50개)
쿠폰 3: NOVEMBER-LUCKY-77 (소환권 1장)
사용 기한: 2025.12.31 23:59 / 계정당 1회
입력 경로: 설정 → 계정 → 쿠폰 입력 (버전 3.18.2 이상)""",
        # 국가지점번호
        """등산로 위치표지 점검 결과 정리해 주세요 (국가지점번호).
표지 01: 다사 5841 3912 (정상 주능선 갈림길, 해발 612m) — 양호
표지 02: 다사 5866 3950 — 표면 훼손, 재도색 필요
표지 03: 다사 5903 3987 — 양호
표지 04: 다사 5921 4035 (대피소 앞) — 지주 기울어짐
※ 국가지점번호는 10m 격자 좌표이며 주소가 아닙니다.""",
        # 표준 발음법 예시
        """국어 수업 자료인데 예시 설명을 더 쉽게 써 주세요.
연음: 국어[구거], 먹이[머기], 옷이[오시], 밭에[바테], 앉아[안자]
경음화: 국밥[국빱], 책상[책쌍], 옆집[엽찝], 닭장[닥짱]
비음화: 국물[궁물], 앞니[암니], 꽃잎[꼰닙]
구개음화: 굳이[구지], 같이[가치], 해돋이[해도지]
유음화: 신라[실라], 칼날[칼랄], 난로[날로]""",
        # 성씨·본관 통계
        """인구주택총조사 성씨·본관 통계로 상위 5개 그래프 만들어 주세요.
김해 김씨 4,456,700
밀양 박씨 3,103,942
전주 이씨 2,609,890
경주 김씨 1,800,853
경주 이씨 1,424,866
성씨 수 5,582개, 본관 수 36,744개 (2015년 기준)""",
        # 아파트 실거래가
        """실거래가 공개 자료 정리해 주세요 (단지명·층·면적·금액만 있어요).
느티마을 3단지 | 전용 84.96㎡ | 12층 | 2025.10.14 | 15억 2,000만
느티마을 3단지 | 전용 59.94㎡ | 4층 | 2025.10.21 | 10억 8,500만
청솔 1차 | 전용 84.72㎡ | 19층 | 2025.11.02 | 13억 9,000만 (직거래)
청솔 1차 | 전용 114.8㎡ | 7층 | 2025.11.09 | 18억
해제 여부: 없음""",
        # 주식 호가창
        """호가창 캡처를 글로 옮겼는데 매수·매도 잔량 불균형을 분석해 주세요.
매도 5호가 72,400 잔량 18,221
매도 4호가 72,300 잔량 9,870
매도 3호가 72,200 잔량 12,004
매도 2호가 72,100 잔량 6,553
매도 1호가 72,000 잔량 31,902
매수 1호가 71,900 잔량 4,118
매수 2호가 71,800 잔량 15,760
매수 3호가 71,700 잔량 22,345
총 매도잔량 78,550 / 총 매수잔량 42,223 / 체결강도 87.4%""",
    ]
    en = [
        """Can you check these crossword clues against the grid numbering?
ACROSS 1 Capital of Peru (4) 5 Chess piece that moves in an L (6) 9 ___ Carlo (5) 14 Opposite of ebb (4)
DOWN 1 Unit of electrical resistance (3) 2 "Moby-Dick" captain (4) 3 Fictional submarine captain (4) 8 Roman 1,001 (4)
Grid is 15×15, 78 words, 38 black squares; 17-Across and 58-Across are the theme entries.""",
        """League night sheet — please total the frames.
Lane 7, Bowler A: X | 7/ | 9- | X | X | 8/ | 72 | X | 9/ | X X 8
Lane 7, Bowler B: 81 | 9/ | X | 63 | 7/ | X | 9- | 8/ | X | 7/ 9
Handicap 90% of 220; game 2 averages 188 and 161.""",
        """Turn this into a printable chord chart:
Verse: G  D/F#  Em  C  (x2)
Chorus: C  G  D  Em | C  G  D  D
Bridge: Am7  D7sus4  G/B  C
Capo 2. Strumming D-DU-UDU at 92 bpm. Fingering Em = 022000, C = x32010, G = 320003.""",
        """Explain these Form 1040 line instructions in plain English:
Line 1a wages from W-2 box 1; line 2b taxable interest; line 3a qualified dividends
Line 11 adjusted gross income; line 12 standard deduction $14,600 (single, 2024)
Line 19 child tax credit from Schedule 8812; line 27 earned income credit
Line 35a refund; 35b routing and 35d account are left blank if you want a paper check.""",
        """Summarise this building-code excerpt for the site crew:
IBC 1011.5.2 Riser height 7 in. max, 4 in. min; tread depth 11 in. min.
IBC 1011.5.4 Dimensional uniformity: max 3/8 in. variation.
IBC 1014.2 Handrail height 34–38 in. above stair tread nosings.
IBC 1015.3 Guard height 42 in. min where drop exceeds 30 in.
Local amendment 2024-07 adds 4 in. sphere rule to all guards.""",
        """Reformat the ampacity table (copper, 75°C column):
14 AWG 20 A | 12 AWG 25 A | 10 AWG 35 A | 8 AWG 50 A | 6 AWG 65 A
4 AWG 85 A | 3 AWG 100 A | 2 AWG 115 A | 1 AWG 130 A | 1/0 150 A
Apply 80% continuous-load factor; 3% voltage drop at 120 V over 100 ft needs one size up for 20 A.""",
        """Check my amortization schedule math: $320,000 at 6.25% over 30 years.
Pmt 1: payment 1,970.30 | interest 1,666.67 | principal 303.63 | balance 319,696.37
Pmt 2: payment 1,970.30 | interest 1,665.09 | principal 305.21 | balance 319,391.16
Pmt 3: payment 1,970.30 | interest 1,663.50 | principal 306.80 | balance 319,084.36
Pmt 360: payment 1,970.30 | interest 10.21 | principal 1,960.09 | balance 0.00""",
        """Write these fantasy football scoring rules as a league constitution section:
Passing: 1 pt / 25 yds, 4 pts / TD, -2 per INT
Rushing/receiving: 1 pt / 10 yds, 6 pts / TD, 0.5 PPR
Kicking: FG 0-39 yds 3 pts, 40-49 yds 4 pts, 50+ 5 pts; missed PAT -1
Defense: sack 1, INT 2, fumble recovery 2, safety 2, shutout 10
Roster: QB, 2 RB, 2 WR, TE, FLEX, K, DST, 6 bench; waiver budget $100.""",
        """Scale this buffer recipe to 2.5 L:
1× PBS (1 L): NaCl 8.00 g, KCl 0.20 g, Na2HPO4 1.44 g, KH2PO4 0.24 g, pH 7.4
Tris-HCl 1 M stock: 121.14 g/L, adjust pH 8.0 with ~42 mL conc. HCl
Working buffer: 50 mM Tris, 150 mM NaCl, 0.05% Tween-20.""",
        """Make a viewing-night handout from this ephemeris (local time):
Nov 27 moonrise 13:42, moonset 00:18 (+1), illumination 41%
Nov 28 moonrise 14:15, moonset 01:31 (+1), illumination 52%
Nov 29 moonrise 14:44, moonset 02:43 (+1), illumination 63%
Saturn transit 18:56 at altitude 38°, Jupiter rises 19:27.""",
        """Tidy up the race card for the program printer (horses only):
Race 5 — 6 furlongs, allowance, purse $62,000
1 Midnight Ledger 8-1 | 2 Captain Sprinkles 5-2 | 3 Dolly's Gambit 12-1
4 Sir Rocket Pants 3-1 | 5 Miss Tuesday 6-1 | 6 Ironbark Lane 20-1
Scratches: 7 Mister Biscotti. Post time 3:14 pm, track fast.""",
        """Explain these Rubik's cube algorithms for a beginner handout:
Sune: R U R' U R U2 R'
T-perm: R U R' U' R' F R2 U' R' U' R U R' F'
Sexy move: R U R' U' (repeat 6x returns to solved)
Average solve 38.4 s; best 24.91 s; ao5 31.02.""",
        """Proofread this stat block for our homebrew campaign:
Captain Vela Stormwright (fictional NPC), Medium humanoid, lawful neutral
AC 16 (breastplate), HP 58 (9d8+18), Speed 30 ft.
STR 14 DEX 16 CON 14 INT 12 WIS 13 CHA 17
Multiattack: two rapier attacks +6 to hit, 1d8+3 piercing. Challenge 4 (1,100 XP).""",
        """Put this postage rate table into a clean grid:
First-Class letter 1 oz $0.73, each additional oz $0.28
Postcard $0.56 · Large envelope 1 oz $1.50
Ground Advantage 4 oz $5.40, 8 oz $6.25, 12 oz $7.15, 15.99 oz $8.85
Priority Mail Flat Rate: small $10.85, medium $18.40, large $24.75""",
        """Write a customer-friendly explainer of tire size codes:
225/45R17 94W — width 225 mm, aspect 45%, radial, 17-in rim, load index 94 (670 kg), speed W (270 km/h)
LT265/70R17 121/118S — light truck, dual load index
DOT code 4B2C 3124 = made in week 31 of 2024.""",
        """Decode this GS1-128 label string for the warehouse team:
(01)08801234567893(17)270331(10)LOT4471B(21)SN009912
(00)388012340000012347 is the SSCC on the pallet label.
AI 01 = GTIN, 17 = expiry YYMMDD, 10 = batch, 21 = serial, 00 = SSCC.""",
        """Make a quick reference card for resistor markings:
Brown-Black-Red-Gold = 1 kΩ ±5%
Yellow-Violet-Orange-Gold = 47 kΩ ±5%
Red-Red-Black-Brown-Brown = 2.2 kΩ ±1% (5-band)
SMD: 103 = 10 kΩ, 4R7 = 4.7 Ω, 01C (EIA-96) = 10 kΩ""",
        """Format these plant labels for the botanical garden (Latin names only):
Rafflesia arnoldii — Sumatra, bloom up to 1 m
Magnolia sieboldii 'Colossus' — Korean mountain magnolia
Abies koreana — Korean fir, zone 5
Davidia involucrata — dove tree
Fuchsia magellanica var. molinae""",
        """Turn this into a trivia round about towns named after people:
Lincoln, NE — pop. 291,082
Houston, TX — pop. 2,304,580
Jackson, MS — pop. 153,701
Madison, WI — pop. 269,840
Washington, PA — pop. 13,176
Bonus: how many US counties are named Washington? (31)""",
        """Reformat the lumber table:
Nominal 2×4 = actual 1½ × 3½ in.
Nominal 2×6 = 1½ × 5½ in.
Nominal 4×4 = 3½ × 3½ in.
Board feet = thickness (in) × width (in) × length (ft) ÷ 12
Twelve 2×6×10 ft = 120 board feet at $0.92/bf = $110.40""",
    ]
    mixed = [
        """Mecab 분석 결과가 이상해요. '공급'이 왜 '공'과 '급' 두 개의 NNG로 쪼개지죠?
오늘	MAG,성분부사|시간부사,F,오늘,*,*,*,*
회의	NNG,행위,F,회의,*,*,*,*
는	JX,*,T,는,*,*,*,*
3	SN,*,*,*,*,*,*,*
시	NNBC,단위,F,시,*,*,*,*
에	JKB,*,F,에,*,*,*,*
공	NNG,*,T,공,*,*,*,*
급	NNG,*,T,급,*,*,*,*
EOS""",
        """로마자 변환 라이브러리 테스트 실패 원인 봐주세요.
def test_romanize_common_nouns():
    assert romanize("김치") == "gimchi"
    assert romanize("박물관") == "bangmulgwan"
    assert romanize("이불") == "ibul"
    assert romanize("최고") == "choego"
    assert romanize("정자") == "jeongja"
    assert romanize("같이") == "gachi"   # FAILED: got 'gati'""",
        """webpack 빌드 결과에서 vendor 청크가 너무 커요.
asset vendors.8f3a2c1e.js 1.42 MiB [emitted] [immutable] [big] (name: vendors)
asset main.4b7d09aa.js 212 KiB [emitted] [immutable] (name: main)
asset 721.c0ffee12.js 48.3 KiB [emitted] [immutable]
orphan modules 3.1 MiB [orphan] 1204 modules
webpack 5.94.0 compiled with 2 warnings in 18412 ms""",
        """Lighthouse 점수 떨어진 원인 분석 부탁해요.
{"categories":{"performance":{"score":0.61},"accessibility":{"score":0.93}},
 "audits":{"largest-contentful-paint":{"numericValue":4123.7},"total-blocking-time":{"numericValue":612.4},
 "cumulative-layout-shift":{"numericValue":0.182},"speed-index":{"numericValue":3890.2}},
 "lighthouseVersion":"12.2.1","fetchTime":"2025-11-25T02:11:08.441Z"}""",
        """TLS 설정 점검 결과인데 약한 cipher 있나요?
$ openssl ciphers -v 'HIGH:!aNULL:!MD5'
TLS_AES_256_GCM_SHA384  TLSv1.3 Kx=any  Au=any  Enc=AESGCM(256) Mac=AEAD
TLS_CHACHA20_POLY1305_SHA256 TLSv1.3 Kx=any Au=any Enc=CHACHA20/POLY1305(256) Mac=AEAD
ECDHE-RSA-AES256-GCM-SHA384 TLSv1.2 Kx=ECDH Au=RSA Enc=AESGCM(256) Mac=AEAD
DHE-RSA-AES256-SHA256   TLSv1.2 Kx=DH   Au=RSA  Enc=AES(256)  Mac=SHA256""",
        """노드 리소스가 부족해 보이는데 HPA 기준 조정 의견 주세요.
$ kubectl top nodes
NAME                                  CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%
gke-prod-pool-1-8f2c4a1d-x7kq         1874m        47%    11204Mi         78%
gke-prod-pool-1-8f2c4a1d-q2mn         3512m        88%    13981Mi         97%
gke-prod-pool-2-1b9e7c30-zz41         602m         15%    4410Mi          31%""",
        """GC 로그 보고 힙 크기 추천해 주세요.
[2025-11-25T10:12:33.118+0900][info][gc] GC(1234) Pause Young (Normal) (G1 Evacuation Pause) 1536M->412M(4096M) 18.331ms
[2025-11-25T10:12:41.902+0900][info][gc] GC(1235) Pause Young (Concurrent Start) (G1 Humongous Allocation) 1720M->466M(4096M) 21.004ms
[2025-11-25T10:12:42.377+0900][info][gc] GC(1236) Concurrent Mark Cycle 474.112ms
[2025-11-25T10:13:02.551+0900][info][gc] GC(1237) Pause Full (G1 Compaction Pause) 3981M->2102M(4096M) 1422.870ms""",
        """부팅이 느린데 dmesg 어디가 문제일까요?
[    0.000000] Linux version 6.8.0-48-generic (gcc 13.2.0, GNU ld 2.42) #48-Ubuntu SMP PREEMPT_DYNAMIC
[    0.004512] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff] usable
[    1.283114] nvme nvme0: 8/0/0 default/read/poll queues
[    9.881230] EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode
[   31.442001] systemd[1]: Startup finished in 4.112s (kernel) + 27.330s (userspace) = 31.442s""",
        """git bisect로 찾은 커밋인데 원인 설명 부탁해요.
git bisect start
# bad: [9c1e4f2] chore: bump axios to 1.7.7
git bisect bad 9c1e4f2
# good: [a03b7d1] release 2.14.0
git bisect good a03b7d1
# bad: [5e88c20] refactor(date): use Intl.DateTimeFormat
git bisect bad 5e88c20
# first bad commit: [5e88c20] refactor(date): use Intl.DateTimeFormat""",
        """Jest 실패 결과입니다. 로케일 문제일까요?
 FAIL  src/utils/format.test.ts
  ● formatKRW › adds thousands separators
    Expected: "1,234,567원"
    Received: "1.234.567원"
  ● formatDate › renders yyyy.MM.dd
    Expected: "2025.11.25"
    Received: "25/11/2025"
Tests: 2 failed, 37 passed, 39 total""",
        """/metrics 출력인데 알람 기준 잡아 주세요.
# HELP http_requests_total Total HTTP requests.
# TYPE http_requests_total counter
http_requests_total{method="GET",code="200",handler="/api/orders"} 1027334
http_requests_total{method="POST",code="500",handler="/api/orders"} 412
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.1"} 981220
http_request_duration_seconds_bucket{le="0.5"} 1019876
process_resident_memory_bytes 4.81230848e+08""",
        """Locust 부하테스트 결과 요약해 주세요.
Type   Name              # reqs   # fails |  Avg   Min   Max  Med |  req/s
GET    /api/products      48213   12(0.02%) |  142    18  3011  110 |  401.8
POST   /api/cart          12077   81(0.67%) |  388    42  9120  290 |  100.6
GET    /api/search        30552    0(0.00%) |  211    25  4402  180 |  254.6
Aggregated                90842   93(0.10%) |  208    18  9120  150 |  757.0""",
        """세이브 파일 포맷 문서화 도와주세요 (게임 캐릭터는 가상 인물).
{"slot":2,"hero":{"name":"Aria Stormvale","class":"Ranger","level":42,"hp":1180,"pos":{"map":"Frostreach","x":1024.5,"y":-33.0,"z":388.25}},
 "companions":["Brother Tamsk","Old Gorran"],"playtime_sec":218833,"version":"1.9.4"}""",
        """엑셀 날짜 시리얼 변환표 검증해 주세요.
45292 → 2024-01-01
45413 → 2024-05-01
45621 → 2024-11-25
45658 → 2025-01-01
60 → 1900-02-29 (엑셀 윤년 버그)
=TEXT(45621,"yyyy-mm-dd") 결과 확인""",
        """Redis INFO 보고 메모리 정책 조언 부탁합니다.
# Server
redis_version:7.2.4
redis_mode:standalone
tcp_port:6379
uptime_in_days:41
# Memory
used_memory_human:3.12G
maxmemory_human:4.00G
maxmemory_policy:noeviction
mem_fragmentation_ratio:1.37
# Stats
evicted_keys:0
keyspace_hits:918223401
keyspace_misses:22871903""",
    ]
    assert len(ko) == 25 and len(en) == 20 and len(mixed) == 15
    for lang, texts in (("ko", ko), ("en", en), ("mixed", mixed)):
        for text in texts:
            add(lang, N, text, [])


# ---------------------------------------------------------------- obfuscated (40): each disguise kind once
def obfuscated() -> None:
    # ---- Korean (16)
    # K1 mobile number read group by group as Sino-Korean cardinals
    m = pick_mob()
    put("ko", OB, f"""통화 녹취 STT 결과인데 요약해 주세요.
상담사: 연락 가능한 번호 다시 한번 확인하겠습니다. ⟦PH:{mob_cardinal(m)}⟧ 맞으실까요?
고객: 네 맞아요. 저녁 여섯 시 이후에 전화 주세요.
상담사: 네, 보험금 지급 심사 끝나면 그 번호로 문자 드리겠습니다.""")

    # K2 mobile number in Thai digits
    put("ko", OB, f"""외국인 근로자 상담센터 메모 정리 부탁합니다 (태국 국적, 통역 동석).
- 상담 내용: 사업장 변경 신청 가능 여부, 숙소비 공제 과다 문의
- 근로자가 직접 적어 준 연락처: ⟦PH:{pick_mob().translate(THAI)}⟧ (태국 숫자로 적어 줌, 통역사 확인)
- 다음 상담: 12월 첫째 주 일요일 오후""")

    # K3 mobile number with the 010 prefix left out
    m = pick_mob()
    put("ko", OB, f"""택배 기사님한테 보낼 메모인데 짧게 정리해줘.
"302호 고객님 부재 시 경비실 말고 문 앞에 놔 달라고 하셨고, 휴대폰은 앞자리 빼고 ⟦PH:{m[4:]}⟧ 로 적어 주셨어요. 도착 전에 문자 부탁드려요." """)

    # K4 account number in 갖은자 financial numerals
    put("ko", OB, f"""할머니가 손으로 쓰신 송금 메모를 옮겼는데 은행 창구에 낼 수 있게 정리해 주세요.
받는 분: 손녀 대학 등록금
은행: 신한
계좌: ⟦ACC:{acct('신한').translate(GAJEUN)}⟧ (할머니가 갖은자로 쓰심)
금액: 금 參百萬원整""")

    # K5 resident number with dots in the birth-date half
    put("ko", OB, f"""민원 접수 내용인데 개인정보 표기 규칙에 맞게 고쳐 주세요.
신청인이 양식에 적은 주민번호: ⟦RRN:{dotted_rrn(rrn_adult(1960, 1979))}⟧
주소 변경 사유: 자녀 집으로 합가
처리 희망일: 이번 주 금요일""")

    # K6 alien registration number typed with Shift held
    while True:
        a = arx(2000, 2004)
        if a[-1] != "0":
            break
    put("ko", OB, f"""외국인 직원이 메신저로 보낸 건데 무슨 뜻인지 모르겠어요. 4대보험 취득신고에 외국인등록번호가 필요하다고 했더니 이렇게 왔어요.
"My registration number is ⟦ARN:{a.translate(SHIFTED)}⟧ sorry my keyboard is strange today" """)

    # K7 Korean name in 야민정음
    _, mangled = random.choice(YAMIN)
    put("ko", OB, f"""사내 메신저 대화를 회의록에 옮겨야 하는데 말투를 정리해 주세요.
[14:02] 선임: ㅋㅋ 이번 분기 최우수 사원 ⟦PER:{mangled}⟧ 선배래
[14:03] 주임: 헐 머박 ㅋㅋ 축하 회식 언제 함?
[14:03] 선임: 다음 주 목요일 7시, 장소는 미정""")

    # K8 Korean name spelled as pronounced (STT liaison)
    _, heard = random.choice(YEONEUM)
    put("ko", OB, f"""콜센터 음성인식 결과입니다. 요약해서 상담 이력에 넣어 주세요.
상담사: 네 고객님, 성함 말씀해 주시겠어요?
고객: ⟦PER:{heard}⟧이요.
상담사: 네 ⟦PER:{heard}⟧ 고객님, 지난달 요금이 두 번 출금된 건 맞으시죠? 확인 후 환불해 드리겠습니다.""")

    # K9 Korean name back-transliterated from its romanisation
    _, back = random.choice(BACK_TRANSLIT)
    put("ko", OB, f"""미국 지사에서 온 영문 명단을 번역기로 돌렸더니 이름이 이렇게 나왔어요. 환영 문구에 넣게 자연스럽게 써 줘.
- 신규 입사자: ⟦PER:{back}⟧ (마케팅, 1월 5일 입사)
- 온보딩 버디: 인사팀에서 배정 예정""")

    # K10 e-mail given as a portal ID and the portal's Korean name
    local = random.choice(LOCALS7)
    put("ko", OB, f"""동호회 가입 신청 문자 받은 걸 명단 엑셀에 넣으려고요. 형식 맞춰 주세요.
"안녕하세요~ 토요일 배드민턴 가입하고 싶어요! 연락은 이메일이 편해요. 아이디 ⟦MAIL:{local} 네이버⟧요. 라켓은 있어요!" """)

    # K11 road-name address in a courier's shorthand
    put("ko", OB, f"""배송 메모를 정식 주소로 바꿔 주세요.
⟦LOC:{courier_short()}⟧ 문앞, 부재시 연락X""")

    # K12 road-name address in Hangul, English order
    put("ko", OB, f"""해외 쇼핑몰 주소 입력칸에 맞춰 쓴다고 순서를 뒤집어서 적었는데, 국내 택배사용 주소로 다시 써 주세요.
받는 주소: ⟦LOC:{english_order_hangul()}⟧
우편번호는 모르겠어요.""")

    # K13 passport number with the Roman numeral Ⅿ
    put("ko", OB, f"""항공권 예약 정보에 여권번호가 이상하게 들어가 있다고 항공사에서 연락이 왔어요. 뭐가 문제인지 봐 주세요.
여권번호 입력값: ⟦PASS:Ⅿ{dg(8)}⟧
만료일: 2032-07-19
(한글 자판 특수문자 표에서 M을 골라 넣은 것 같아요)""")

    # K14 health insurance number between Code 39 start/stop asterisks
    put("ko", OB, f"""바코드 리더기로 읽은 값이 아래처럼 찍혀요. 별표는 왜 붙는 건가요?
자격확인 스캔: *⟦HINS:{hi()}⟧*
스캔 시간 09:12:44 / 접수창구 2번""")

    # K15 business number split across three tab-separated cells
    b = bz()
    put("ko", OB, "거래처 목록을 엑셀에서 복사했는데 사업자번호가 칸마다 나뉘어 붙었어요. 한 칸으로 합쳐 주세요.\n상호\t대표\t사업자번호(앞)\t(중)\t(뒤)\n"
        f"온누리식자재\t-\t⟦BRN:{b.replace('-', chr(9))}⟧\n")

    # K16 driving licence number keyed into an ARS menu
    put("ko", OB, f"""ARS 본인확인 로그인데 면허번호 검증이 실패로 나와요. 입력값이 맞는 형식인지 봐주세요.
[ARS] step=3 prompt=면허번호_입력 dtmf=⟦DLIC:{ars_keys(dl())[:-1]}⟧# result=FAIL(NOT_FOUND)""")

    # ---- English (12)
    # E1 card number read as two-digit English number words
    put("en", OB, f"""Summarise this call transcript for the dispute file.
Agent: Can you read me the card number on the front?
Caller: Sure, it's ⟦CARD:{card_pairs(card16())}⟧.
Agent: Thank you. And the charge you don't recognise is the $412 one on the 14th?
Caller: Yes, I've never shopped there.""")

    # E2 e-mail split by a line wrap inside a quoted reply
    n = eq()
    local = n.lower().replace(" ", ".") + ".home"
    put("en", OB, f"""Pull the contact details out of this forwarded thread:
> On Tue, Nov 18, the applicant wrote:
> Please send the signed lease to my personal address ⟦MAIL:{local}@
> gmail.com⟧ rather than my work one.
> Thanks!""")

    # E3 e-mail copied from a PDF with fi/fl/ff ligatures
    first, last = random.choice((("raffaella", "whitfield"), ("griffin", "fleming"), ("tiffany", "clifford"), ("fiona", "duffield")))
    put("en", OB, f"""I copied this from the signed PDF and the email bounces. Can you spot why?
Oﬃce use only — Conﬁdential
Tenant contact: ⟦MAIL:{ligate(f'{first}.{last}@bluepeak-insure.com')}⟧
Please ﬁle with the lease.""")

    # E4 name disemvowelled
    n = random.choice(("Desmond Featherstone", "Bartholomew Blackwood", "Peregrine Pendergast", "Sterling Grantham"))
    put("en", OB, f"""Our team chat has a rule about not typing customers' names in full, so people drop the vowels. Rewrite this handover note properly (keep the name as it is):
"⟦PER:{disemvowel(n)}⟧ called again re: the refund. Promised a callback Thursday."
""")

    # E5 name in an airline booking's SURNAME/GIVEN element
    n = eq()
    put("en", OB, f"""Draft an apology email for this rebooked passenger.
E-ticket receipt
Passenger: ⟦PER:{pnr_name(n)}⟧ MS
Booking ref: Q7KX2M   Ticket: 016 2391847730
Original: UA 893 SFO-ICN 22NOV; Rebooked: UA 805 SFO-ICN 23NOV""")

    # E6 Korean name in Yale romanization
    _, yale = random.choice(YALE)
    put("en", OB, f"""Linguistics department: format this visiting-scholar entry for the newsletter (our house style uses Yale romanization for Korean names).
Visiting scholar: ⟦PER:{yale}⟧, Seoul National University, spring term
Research: evidentiality markers in Gyeongsang dialects""")

    # E7 name in alternating (mocking) case
    n = eq()
    put("en", OB, f"""Moderation log from our customer forum — summarise what happened.
User post (removed): "lol look who's running the support desk now: ⟦PER:{mock_case(n)}⟧"
Action: post hidden, user warned for targeting staff.""")

    # E8 US address wrapped into 35-character SWIFT field lines
    n = eq()
    addr = wrap35(eb())
    while "\n" not in addr:
        addr = wrap35(eaddr6(unit=True))
    put("en", OB, f"""Check this incoming MT103 beneficiary block before we credit it:
:59:/⟦ACC:{us_acct()}⟧
⟦PER:{n.upper()}⟧
⟦LOC:{addr}⟧
:70:TUITION REFUND FALL 2025""")

    # E9 IPv4 in dotted octal
    put("en", OB, f"""Fraud analyst note — tidy for the case file.
Account takeover attempt on 11/19. The attacker's script logged into the member portal, then called the password-reset endpoint with the member's home IP written as ⟦IP:{ip_octal(pub_ip())}⟧ in the X-Forwarded-For header to look like the member.
Reset was blocked by the device check.""")

    # E10 US account number in mathematical monospace digits
    put("en", OB, f"""Vendor sent their bank details in our chat tool and the numbers look odd when I paste them into the ACH form. Can you help?
Bank: First Harbor Credit Union
Routing: {random.choice(ROUTING)}
Account: ⟦ACC:{us_acct().translate(MONO)}⟧""")

    # E11 US phone number dictated in Spanish
    num = usnum2("dash")
    put("en", OB, f"""Translate and summarise this Spanish voicemail transcript for the English-speaking claims adjuster:
"Hola, llamo por el reclamo del choque del lunes. Por favor llámeme al ⟦PH:{spanish_digits(num)}⟧ después de las cinco. Gracias." """)

    # E12 Korean mobile with the trunk zero kept in brackets
    put("en", OB, f"""Our CRM rejects this phone format from the UK office's spreadsheet. What should it be?
Contact: Seoul branch liaison
Mobile: ⟦PH:{trunk_zero(pick_mob())}⟧""")

    # ---- Mixed (12)
    # M1 resident number as COBOL packed decimal
    put("mixed", OB, f"""메인프레임 덤프에서 회원 레코드를 뽑았는데 주민번호 필드가 COMP-3라서 해석이 안 돼요. 디코딩 방법 알려주세요.
MBR-REC OFFSET 0040: ⟦RRN:{comp3(rrn_adult())}⟧ 40 40 40 40
copybook: 05 MBR-RRN PIC S9(13) COMP-3.""")

    # M2 phone number as EBCDIC hex
    put("mixed", OB, f"""EBCDIC 파일을 hex로 떠 봤는데 전화번호 필드를 ASCII로 바꾸는 파이썬 코드 짜 주세요.
FIELD CUST-TEL (offset 120, len 13): ⟦PH:{ebcdic_hex(mob())}⟧
codepage: IBM-037""")

    # M3 IPv4 as /proc/net/tcp little-endian hex
    put("mixed", OB, f"""고객 PC 원격 점검 중 /proc/net/tcp 결과입니다. 외부 연결이 어디인지 알려주세요 (고객 공인 IP 대역 확인용).
  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0F02000A:9C4E ⟦IP:{proc_net_hex(pub_ip())}⟧:01BB 01 00000000:00000000 00:00000000 00000000  1000        0 482211""")

    # M4 corporate number printed as a BigQuery FLOAT64
    put("mixed", OB, f"""BigQuery에서 법인등록번호 컬럼을 FLOAT64로 잘못 만들었어요. 결과가 이렇게 나와요. STRING으로 복구하는 쿼리 부탁해요.
Row | corp_nm      | corp_reg_no
1   | 한빛로지스   | ⟦CRN:{float_sci(crn_nz())}⟧""")

    # M5 e-mail behind Cloudflare's e-mail protection
    put("mixed", OB, f"""크롤링한 업체 페이지에 담당자 메일이 이렇게 들어가 있어요. 원래 주소로 복원하는 함수 작성해 주세요.
<p>견적 문의: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="⟦MAIL:{cfemail(km2())}⟧">[email&#160;protected]</a></p>""")

    # M6 e-mail inside an SRS0 rewritten sender
    whole, inner = srs0(km2(), "fwd.hangang-rnd.com")
    put("mixed", OB, "포워딩 메일이 SPF 실패로 반송됩니다. postfix 로그 해석 부탁해요.\n"
        f"Nov 25 09:14:02 mx1 postfix/qmgr[1123]: 4Y2kQd0xZ: from=<{whole.replace(inner, '⟦MAIL:' + inner + '⟧')}>, size=48213, nrcpt=1 (queue active)")

    # M7 Korean name as an IMAP modified UTF-7 mailbox name
    put("mixed", OB, f"""Dovecot 로그에서 고객별 폴더 이름이 깨져 보여요. 어떤 인코딩인가요?
Nov 25 10:02:17 mail dovecot: imap(cs-team)<31822><kX9p2>: Mailbox created: INBOX/고객/⟦PER:{imap_utf7(kr())}⟧""")

    # M8 name inside an LDAP DN with an escaped comma
    n = eq()
    first, last = n.split(" ", 1)
    put("mixed", OB, f"""AD 동기화 로그인데 이 DN만 파싱 에러가 나요.
ERROR ldapsync: cannot parse DN "CN=⟦PER:{last}\\, {first}⟧,OU=Seoul,OU=Staff,DC=corp,DC=example" (unexpected ',')""")

    # M9 name in regional indicator letters
    n = eq()
    put("mixed", OB, fill("""Slack export에서 사용자 표시명이 깃발 이모지로 나와요. 검색이 안 되는데 정규화 방법 있을까요?
{"id":"U07Q2M1AB","profile":{"display_name":"⟦PER:«d»⟧","title":"CS lead","tz":"Asia/Seoul"}}""", d=regional(n)))

    # M10 driving licence number split across four HTML input boxes
    put("mixed", OB, f"""면허 진위확인 폼 HTML을 저장해 왔는데 서버로 값이 안 넘어가요. 어디가 문제일까요?
<label>운전면허번호</label>
<input type="text" name="licNo1" maxlength="2" value="⟦DLIC:{html_inputs(dl())}⟧">
<button type="submit">확인</button>""")

    # M11 card number broken by a shell line continuation
    num = card16()
    put("mixed", OB, f"""결제 테스트 스크립트를 위키에서 복사했더니 줄바꿈이 섞였어요. 실행해도 되는 형태로 고쳐 주세요.
curl -X POST https://pg-sandbox.example.com/v1/approve \\
  -d amount=15000 \\
  -d card_no=⟦CARD:{shell_split(num, 10)}⟧ \\
  -d expiry=2812""")

    # M12 Korean name in Cyrillic (Kontsevich)
    _, cyr = random.choice(KONTSEVICH)
    put("mixed", OB, fill("""카자흐스탄 지사 CRM에서 내보낸 JSON인데 한국 본사 시스템에 넣으려면 이름 필드를 어떻게 매핑해야 할까요?
{"client_id":7731,"ФИО":"⟦PER:«c»⟧","город":"Алматы","статус":"VIP"}""", c=cyr))


# ---------------------------------------------------------------- negative_check(): the twenty-eighth's (its lines 2582-2589), unchanged
def negative_check(text: str) -> None:
    """A hard negative must not hold, by accident, a digit run that passes as a resident number or a card number."""
    for run in re.findall(r"\d[\d -]{11,22}\d", text):
        d = digits(run)
        if len(d) == 13 and valid_date(d[:6], int(d[6])) and d[6] in "1234":
            assert rrn_check(d[:12]) != int(d[12]), (run, text)
        if 15 <= len(d) <= 16 and d[0] in "3456":
            assert not luhn_ok(d), (run, text)


# ---------------------------------------------------------------- build(), self_check(), main(): the twenty-eighth's (its lines 2592-2662), prefix and file name changed
def build() -> list[dict[str, object]]:
    positives_ko()
    positives_en()
    positives_mixed()
    negatives()
    obfuscated()
    return heldout_rows(CASES, "twentyninth")


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
    write_heldout(Path(__file__).with_name("heldout_twentyninth.jsonl"), rows)


if __name__ == "__main__":
    main()
