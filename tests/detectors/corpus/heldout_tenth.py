# ruff: noqa: E501
"""Tenth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring, first lines and build()/main() of heldout_ninth.py, whose schema and conventions it copies). The
evaluation script was only run, never read. Values are made up with a fresh seed; resident, alien, business and
corporate numbers and card numbers carry real check digits (check_digits.py); resident numbers of children born
after October 2020 (and of one adult who was re-issued a number) are post-2020 numbers with a random last digit
that fails the old checksum, carried by context.

New domains: 병무청 and 예비군/민방위 notices (연기 신청, 병역판정검사 재검, 사회복무요원 재지정), 어린이집 and
유치원 enrolment (post-2020 children's numbers), 산업재해 claims to 근로복지공단 (요양·휴업급여, 사업장 성립신고),
국가유공자 and 보훈 letters, 출입국·외국인청 work (E-9 연장, D-2 시간제취업, F-6, 체류지 변경, EPS 명단),
학교생활기록부 and 학부모 상담 notes, 전세 사기 피해 상담 and HUG claims, 당근마켓/번개장터 chats, delivery-app
rider disputes, hospital discharge summaries (Korean and Canadian), 국민신문고 민원, 112 report summaries,
해외직구 customs (개인통관고유부호 as a hard negative beside real data), English HR e-mails, US, Canadian and
Australian addresses and phones, GitHub issues with stack traces and config dumps, SQL INSERT statements,
YAML/JSON payloads, log lines, CSV with Korean headers, Slack threads, voice-to-text transcripts (digits spoken
in Sino-Korean, native Korean and English words) and e-mails quoted with '>' prefixes.

Labelling decisions (same as the ninth set):
- PERSON: the name only (no title, honorific, particle or label); every mention, surname-only and given-name-only
  ones included. Names inside e-mail local parts are not separately labelled. Placeholders (홍길동 in a form
  example) and masked names (김**, 김○○, 피고인 A) are not labelled; public figures and historical persons in
  ordinary prose are not labelled.
- LOCATION: from the first administrative unit present through the building number, plus unit detail (동/호/층)
  directly following. English-order addresses: from the unit/street number through the city/province/postcode,
  without the country. Bare city, district or facility names are not labelled.
- PHONE_NUMBER: full numbers; 15xx/16xx/18xx representative numbers and short service numbers (112, 119, 120,
  1345, 1355) are not labelled.
- BANK_ACCOUNT: the number only. Order numbers, waybills, 사번, 수험번호, case numbers and ticket keys are never
  labelled.
- Masked values, loopback/unspecified IPs, CIDR blocks and documentation placeholders (example.com, 4111-1111-...,
  4242 4242 ..., 000000-0000000, 2001:db8::) are not labelled; private host IPs are.
- Obfuscated values: the span covers the disguised form from the first to the last character of the value,
  including words, separators, markup, invisible characters, line breaks, quotes/concatenation operators or table
  cells in between (markup wrapping the whole value is outside the span). Encoded values (base64, hex, percent
  encoding, a digit shift explained in the text) are labelled with the entity they encode, on the encoded token.
  Defanged IPs and e-mails are labelled IP_ADDRESS / EMAIL_ADDRESS.
- Hospital patient numbers, policy and claim numbers and foreign passport numbers are not labelled; a 건강보험증
  번호 is KR_HEALTH_INSURANCE. Vehicle numbers, member numbers, 보훈번호 and 접수번호 are not labelled.
- A value whose halves are given in different places of one message is labelled as one span from the first
  character of the first half to the last character of the second half.
Added for this set:
- 개인통관고유부호 (P + 12 digits), 사업장관리번호, 산재 사건/접수번호, 국민신문고 신청번호, 라이더/회원 코드,
  학번, 병록번호 (MRN), 법정동코드 and 통신판매업 신고번호 are never labelled, even beside a person's data.
- Nicknames and handles (당근마켓 nicknames, @github handles, login names such as user=tlindqvist) are not PERSON;
  a Slack or chat display name that is a real name ("Kim Minji") is. A chat paste whose halves of one value sit in
  two messages is one span even though the sender's nickname lies inside it (nicknames are never labelled).
- A spoken number in a voice-to-text transcript (Sino-Korean 공일공, native 하나 둘, English "oh four one two") is
  one span from its first to its last spoken digit, including the spaces, commas and filler between the groups
  ("다시", "에") but not trailing particles (요, 이요, 입니다).
- A percent-encoded Korean name in a URL query is PERSON on the encoded token; an IP written as one hex or decimal
  integer with a note saying so is IP_ADDRESS on that token.
- A name written with separators inserted ("변/재/혁", "변 재 혁") is PERSON as written, separators included; an
  address whose parts are split with " / " is one LOCATION span as written.
- A romanised Korean address in English order ("88 Sejong-daero, Jung-gu, Seoul 04524") follows the English
  rule (street number through postcode); Australian "5/18 Wattle Street" starts at the unit number.
- A name given both romanised and in Hangul ("PARK JIHO (박지호)", "CHOI EUNJI (최은지)") is two PERSON spans.
- A value pieced together in code or a formula ("850315" + "-" + "1234566", CONCAT('010-', '4829', '-3371'),
  ="790228"&"-"&"2755263") starts at the first character of the value inside the first quote and ends at the last
  character inside the last quote, as the obfuscation rule says.
- An Excel/CSV cell pair or a chat message pair holding the two halves of one value is one span across the cell
  separator or the message header in between.
- A 16-digit courier tracking number that fails the Luhn check and is labelled as a tracking number is a hard
  negative.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

random.seed(10_2025_1108_77)

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


def bz(no_zero: bool = False) -> str:
    while True:
        v = brn(dg(9, "123456789"))
        if not no_zero or "0" not in v:
            return v


def cr(head: str = "110111") -> str:
    return crn(head + dg(6))


def cc(prefix: str = "4", groups: tuple[int, ...] = (4, 4, 4, 4), sep: str = "-") -> str:
    return card(prefix + dg(sum(groups) - 1 - len(prefix)), groups, sep)


def mob(sep: str = "-") -> str:
    return fmt(f"010{sep}MNNN{sep}NNNN")


BANK = {
    "신한": "110-NNN-NNNNNN",
    "국민": "NNNNNN-NN-NNNNNN",
    "우리": "1002-NNN-NNNNNN",
    "하나": "NNN-NNNNNN-NNNNN",
    "농협": "351-NNNN-NNNN-NN",
    "기업": "NNN-NNNNNN-NN-NNN",
    "카카오뱅크": "3333-NN-NNNNNNN",
    "토스뱅크": "1000-NNNN-NNNN",
    "우체국": "NNNNNN-NN-NNNNNN",
    "새마을금고": "9002-NNNN-NNNN-N",
}


def acct(bank: str) -> str:
    return fmt(BANK[bank])


def pp() -> str:
    return "M" + dg(8)


def pp_new() -> str:
    return f"M{dg(3)}{random.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{dg(4)}"


def dl() -> str:
    return f"{random.choice(['11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '28'])}-{dg(2)}-{dg(6)}-{dg(2)}"


def hi() -> str:
    return dg(11, "123456789")


def priv_ip() -> str:
    return random.choice([f"10.{random.randint(0, 60)}.{random.randint(0, 254)}.{random.randint(2, 250)}", f"172.{random.randint(16, 31)}.{random.randint(0, 254)}.{random.randint(2, 250)}", f"192.168.{random.randint(0, 99)}.{random.randint(2, 250)}"])


def pub_ip() -> str:
    return f"{random.choice([211, 175, 121, 58, 112, 203, 61, 118, 222, 49])}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(2, 250)}"


def not_luhn(n: int) -> str:
    while True:
        v = dg(n, "123456789")
        if not luhn_ok(v):
            return v


# ---------------------------------------------------------------- disguises
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SINO = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
NATIVE = dict(zip("0123456789", ["공", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"], strict=True))
EN_WORD = dict(zip("0123456789", ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
SUPER = dict(zip("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻", strict=True))
ROMAN = dict(zip("123456789", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ", strict=True))


def fw(s: str) -> str:
    return s.translate(FW)


def between(s: str, sep: str) -> str:
    """Put `sep` between every two characters of `s` (never before the first or after the last)."""
    return sep.join(s)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def sino(s: str, zero: str = "공") -> str:
    """Digits as Sino-Korean syllables; other characters kept."""
    return "".join((zero if c == "0" else SINO[c]) if c.isdigit() else c for c in s)


def native(s: str, sep: str = " ") -> str:
    return sep.join(NATIVE[c] for c in s if c.isdigit())


def en_words(group: str) -> str:
    return " ".join(EN_WORD[c] for c in group)


def mapd(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pct(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def hx(s: str) -> str:
    return s.encode().hex()


def homo(s: str) -> str:
    return s.replace("0", "O").replace("1", "l")


def js(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


RRN, ALN, PASS, DLIC, BRN, CRN, HI = "KR_RRN", "KR_ALIEN_REG", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE"
PH, ACC, CARD, EM, IP, PER, LOC = "PHONE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS", "IP_ADDRESS", "PERSON", "LOCATION"

# ================================================================ positive
# --- 병무청 / 예비군 / 민방위
r1, p1 = rr("910412", 1), mob()
add("ko", P, f"""[예비군 훈련 연기 신청 대리 접수]
성명: 변재혁 / 주민등록번호: {r1}
주소: 경기도 화성시 동탄대로 537 1203동 802호
연락처: {p1}
사유: 해외출장(6/10~6/21), 출장명령서 첨부. 동대 담당자님께 전달 부탁드립니다.""",
    [(PER, "변재혁"), (RRN, r1), (LOC, "경기도 화성시 동탄대로 537 1203동 802호"), (PH, p1)])

r1, p1, p2 = rr("020917", 3), mob(), mob()
add("ko", P, f"""사회복무요원 복무기관 재지정 요청 건 공유드립니다.
요원: 탁민규 (주민등록번호 {r1})
현 복무기관: 노원구 소재 장애인복지관 / 희망 기관: 의정부시 보건소
본인 {p1}, 어머니 여승희 님 {p2}
탁민규 요원이 허리디스크 진단(진단서 첨부)으로 장거리 출퇴근이 어렵다고 합니다. 지방병무청 양식으로 옮겨 주세요.""",
    [(PER, "탁민규"), (RRN, r1), (PH, p1), (PER, "여승희"), (PH, p2), (PER, "탁민규")])

r1, r2, p1, p2 = rr("030215", 3), rr("040730", 3), mob(), mob()
add("ko", P, f"""병역판정검사 재검 대상자 명단 (지방병무청 제출 전 확인용)
1. 함승우 | {r1} | 부산광역시 사하구 낙동대로 398 | {p1}
2. 왕지후 | {r2} | 부산광역시 북구 금곡대로 303 1동 204호 | {p2}
두 명 모두 시력 재측정 대상입니다. 검사일 12/3(화) 09:00.""",
    [(PER, "함승우"), (RRN, r1), (LOC, "부산광역시 사하구 낙동대로 398"), (PH, p1), (PER, "왕지후"), (RRN, r2), (LOC, "부산광역시 북구 금곡대로 303 1동 204호"), (PH, p2)])

r1, p1 = rr("840621", 1), fmt("042-MNN-NNNN")
add("ko", P, f"""민방위 교육 미참석자 보충교육 안내문 초안 검토해줘.
"염준식 대원님(주민등록번호 {r1}), 2024년 민방위 기본교육에 미참석하셨습니다. 12월 14일까지 사이버교육을 이수하지 않으면 과태료가 부과될 수 있습니다. 문의: 유성구청 민방위팀 {p1}"
너무 딱딱하면 부드럽게 바꿔주고.""",
    [(PER, "염준식"), (RRN, r1), (PH, p1)])

# --- 어린이집 / 유치원
n1, p1, h1 = rn("220514", 4), mob(), hi()
add("ko", P, f"""[2025학년도 신입 원아 정보 - 원장님 보고용]
원아명: 옥채린 (만 2세반) / 주민등록번호: {n1}
보호자(부): 옥진호 {p1}
주소: 인천광역시 연수구 송도과학로 58 A동 2304호
건강보험증번호: {h1}
※ 2022년생이라 주민번호 뒷자리가 새 체계(지역번호 없음)로 되어 있습니다. 예방접종증명서 미제출, 3/4까지 보완 요청.""",
    [(PER, "옥채린"), (RRN, n1), (PER, "옥진호"), (PH, p1), (LOC, "인천광역시 연수구 송도과학로 58 A동 2304호"), (HI, h1)])

n1, n2, p1, e1 = rn("210103", 3), rn("201122", 4), mob(), "seoyun.mom0412@naver.com"
add("ko", P, f"""유치원 방과후 과정 신청서 취합했어요. 엑셀에 옮겨주세요.
1) 도하람 / {n1} / 보호자 도경필 {p1}
2) 반서윤 / {n2} / 보호자 이메일 {e1}
둘 다 2020년 10월 이후 출생이라 주민번호 뒷자리 체크가 안 맞는다고 시스템에서 경고가 뜨는데 정상 번호 맞습니다.""",
    [(PER, "도하람"), (RRN, n1), (PER, "도경필"), (PH, p1), (PER, "반서윤"), (RRN, n2), (EM, e1)])

n1, p1, p2 = rn("230902", 3), mob(), mob()
add("ko", P, f"""어린이집 투약의뢰서 사진 텍스트로 옮긴 거예요.
원아: 선우준 (0세반) 생년월일 2023.09.02 주민번호 {n1}
증상: 콧물, 미열 / 약: 해열제 5ml, 13:00
의뢰자: 엄마 양하늘 ({p1}) — 연락 안 되면 아빠 {p2}""",
    [(PER, "선우준"), (RRN, n1), (PER, "양하늘"), (PH, p1), (PH, p2)])

p1, p2, p3 = mob(), mob(), mob()
add("ko", P, f"""유치원 차량 탑승 명단 (해님반, 하원 2호차)
- 길예준 | 하차: 경기도 고양시 일산서구 주엽로 120 앞 | 보호자 {p1}
- 남궁다인 | 하차: 경기도 고양시 일산동구 호수로 606 2단지 정문 | 보호자 {p2}
- 표시우 | 하차: 원에서 직접 인계 | 보호자 {p3}
기사님께 오늘 중으로 전달 부탁드려요.""",
    [(PER, "길예준"), (LOC, "경기도 고양시 일산서구 주엽로 120"), (PH, p1), (PER, "남궁다인"), (LOC, "경기도 고양시 일산동구 호수로 606"), (PH, p2), (PER, "표시우"), (PH, p3)])

# --- 산재 / 근로복지공단
r1, b1, a1 = rr("680227", 1), bz(), acct("농협")
add("ko", P, f"""산재 요양급여신청서 초안 검토 부탁드립니다.
재해자: 마동철 (주민등록번호 {r1})
소속 사업장: (주)한결정밀, 사업자등록번호 {b1}
재해 발생: 2024-03-18 14:20경, 경기도 시흥시 공단1대로 259 2층 프레스 라인
재해 경위: 금형 교체 중 좌측 검지 협착
휴업급여 입금 계좌: 농협 {a1} (예금주 마동철)""",
    [(PER, "마동철"), (RRN, r1), (BRN, b1), (LOC, "경기도 시흥시 공단1대로 259 2층"), (ACC, a1), (PER, "마동철")])

r1, r2, r3, a1, a2, a3, p1 = rr("680227", 1), rr("790914", 1), ar("880305", 5), acct("농협"), acct("국민"), acct("우리"), mob()
add("mixed", P, f"""아래 명단 엑셀로 변환해주세요 (산재 휴업급여 지급 대상, 11월분)
성명,주민등록번호,은행,계좌번호,비고
마동철,{r1},농협,{a1},
국윤재,{r2},국민,{a2},통원치료
Le Thi Hoa,{r3},우리,{a3},외국인 근로자 / 통역 필요 {p1}""",
    [(PER, "마동철"), (RRN, r1), (ACC, a1), (PER, "국윤재"), (RRN, r2), (ACC, a2), (PER, "Le Thi Hoa"), (ALN, r3), (ACC, a3), (PH, p1)])

b1, c1, p1 = bz(), cr("134811"), fmt("031-MNN-NNNN")
add("ko", P, f"""근로복지공단 사업장 성립신고서 작성 중인데 빈칸 확인 좀 해줘.
사업장명: 주식회사 누리테크 / 사업자등록번호 {b1} / 법인등록번호 {c1}
대표자: 어태준 / 소재지: 경기도 안산시 단원구 산단로 163 3층
사업장관리번호: 발급 전 / 업종코드 28999
담당자 연락처: 총무팀 {p1}""",
    [(BRN, b1), (CRN, c1), (PER, "어태준"), (LOC, "경기도 안산시 단원구 산단로 163 3층"), (PH, p1)])

r1, p1 = rr("860108", 1), mob()
add("ko", P, f"""배달 라이더 산재 신청 도와주세요. 특고 종사자로 적용된대요.
성명 길상훈, 주민번호 {r1}, 연락처 {p1}
사고: 2024.10.29 21:40 서울특별시 관악구 남부순환로 1820 앞 교차로에서 택시와 충돌, 쇄골 골절
플랫폼: 배달앱 A사 (라이더코드 RD-552910)""",
    [(PER, "길상훈"), (RRN, r1), (PH, p1), (LOC, "서울특별시 관악구 남부순환로 1820")])

# --- 국가유공자 / 보훈
r1, a1, p1 = rr("370805", 1), acct("우리"), fmt("053-MNN-NNNN")
add("ko", P, f"""[국가보훈부 ○○보훈지청] 국가유공자 유족 등록 안내
수신: 함도경 귀하
고 함석주(주민등록번호 {r1}) 님의 유족 등록 신청이 접수되었습니다(보훈번호 21-0483170).
보상금 지급 계좌: 우리은행 {a1}
문의: 보상과 {p1}
위 안내문에서 고인 주민번호 빼고 다시 써 줄 수 있어?""",
    [(PER, "함도경"), (PER, "함석주"), (RRN, r1), (ACC, a1), (PH, p1)])

r1, r2, a1 = rr("050311", 4), rr("550127", 1), acct("신한")
add("ko", P, f"""보훈 대학 수업료 면제 신청 서류 정리
- 대상자(자녀): 모가은, {r1}, 한국외대 2학년 (학번 202312094)
- 국가유공자: 부 모재석, {r2} (보훈번호 93-117204)
- 학자금 환급 계좌: 신한 {a1}
모가은 학생 재학증명서만 추가로 받으면 됩니다.""",
    [(PER, "모가은"), (RRN, r1), (PER, "모재석"), (RRN, r2), (ACC, a1), (PER, "모가은")])

p1, e1 = mob(), "kwonsr1951@hanmail.net"
add("ko", P, f"""6·25 참전유공자 위문 방문 일정 조율 메모
대상: 권순례 어르신 (1951년생, 배우자 고 권영달 참전유공자)
주소: 강원특별자치도 춘천시 후석로 462 201동 1102호
연락: 딸 {p1} / 이메일 {e1}
방문 희망일 11/20 오후 2시, 보훈병원 진료 일정 피해서.""",
    [(PER, "권순례"), (PER, "권영달"), (LOC, "강원특별자치도 춘천시 후석로 462 201동 1102호"), (PH, p1), (EM, e1)])

# --- 출입국 / 외국인
a1, b1, p1 = ar("930611", 5), bz(), mob()
add("mixed", P, f"""E-9 체류기간 연장 신청 대행 (하이코리아 방문예약 완료)
성명: PHAM VAN KHOA
외국인등록번호: {a1}
여권번호: C8821934 (베트남 여권)
고용 사업장: 대성주물 / 사업자등록번호 {b1}
체류지: 경상남도 김해시 진영읍 본산리 412-7
본인 연락처 {p1}, 통역은 Ms. Tran 께 부탁드릴게요.""",
    [(PER, "PHAM VAN KHOA"), (ALN, a1), (BRN, b1), (LOC, "경상남도 김해시 진영읍 본산리 412-7"), (PH, p1), (PER, "Tran")])

a1 = ar("010923", 7)
add("en", P, f"""Dear Immigration Officer,

I am writing on behalf of our student Bahodir Tursunov (D-2, ARC No. {a1}), who is applying for a part-time work permit. He is enrolled full-time in the Department of Mechanical Engineering and holds TOPIK level 4. Please contact me or the student directly at b.tursunov@stu.kmu.ac.kr if further documents are required.

Kind regards,
Seo-yeon Ahn
International Student Office""",
    [(PER, "Bahodir Tursunov"), (ALN, a1), (EM, "b.tursunov@stu.kmu.ac.kr"), (PER, "Seo-yeon Ahn")])

a1, p1 = ar("990218", 8), mob()
add("ko", P, f"""D-2 유학생 시간제취업 허가 추천서 요청 메일 다듬어줘.
"교수님 안녕하세요. 국제교류팀입니다. 지도학생 아지자 카리모바(외국인등록번호 {a1}) 학생이 편의점 아르바이트(주 20시간) 허가를 신청하려 합니다. 추천서 서명 부탁드리며, 학생 연락처는 {p1}입니다."
교수님 성함은 석진우 교수님이야.""",
    [(PER, "아지자 카리모바"), (ALN, a1), (PH, p1), (PER, "석진우")])

a1, r1, p1 = ar("940722", 6), rr("810130", 1), mob()
add("ko", P, f"""F-6 결혼이민 체류연장 서류 체크리스트 부탁해요.
신청인: 응우옌 티 투 (외국인등록번호 {a1})
배우자: 편상철 (주민등록번호 {r1})
주소: 전라남도 나주시 빛가람로 640 109동 601호
배우자 재직증명서, 가족관계증명서 준비됨. 연락은 남편 휴대폰 {p1}로.""",
    [(PER, "응우옌 티 투"), (ALN, a1), (PER, "편상철"), (RRN, r1), (LOC, "전라남도 나주시 빛가람로 640 109동 601호"), (PH, p1)])

a1, a2, a3 = ar("950412", 5), ar("970130", 5), ar("000816", 7)
b1 = bz()
add("mixed", P, f"""EPS 고용변동신고 대상 명단 (사업자등록번호 {b1})
No | Name | ARC | 변동사유
1 | Sokha Chea | {a1} | 사업장 변경
2 | Rahmat Hidayat | {a2} | 근로계약 만료
3 | Aung Ko Ko | {a3} | 이탈 (11/04부터 무단결근)
고용센터 제출은 김포 지사로.""",
    [(BRN, b1), (PER, "Sokha Chea"), (ALN, a1), (PER, "Rahmat Hidayat"), (ALN, a2), (PER, "Aung Ko Ko"), (ALN, a3)])

a1 = ar("920905", 6)
add("ko", P, f"""외국인 체류지 변경신고 문구 확인 부탁드립니다.
"외국인등록번호 {a1} 사르다나 이브라기모바는 2024년 11월 1일 대구광역시 달서구 월배로 223 304호로 이사하였음을 신고합니다." 14일 이내 신고라 기한은 괜찮아요.""",
    [(ALN, a1), (PER, "사르다나 이브라기모바"), (LOC, "대구광역시 달서구 월배로 223 304호")])

a1, p1 = ar("870519", 5), mob()
add("en", P, f"""Hi, I'm a foreign resident in Korea. My ARC number is {a1} and my Korean mobile is {p1}. The bank says my name on the ARC (DUBOIS JULIEN MARC) doesn't match the passport order. What should I bring to the immigration office in Mokdong?""",
    [(ALN, a1), (PH, p1), (PER, "DUBOIS JULIEN MARC")])

# --- 학교생활기록부 / 학부모 상담
p1 = mob()
add("ko", P, f"""3학년 2반 생활기록부 행동특성 및 종합의견 초안입니다. 문장만 다듬어 주세요.
17번 국서하: 학급 부반장으로서 급식 질서 지도를 자발적으로 맡았으며, 서하는 친구들의 갈등을 차분히 중재함.
22번 편도윤: 과학 탐구 동아리에서 미세먼지 측정 프로젝트를 주도함.
※ 국서하 어머니({p1})가 학기말 상담 요청하셨음.""",
    [(PER, "국서하"), (PER, "서하"), (PER, "편도윤"), (PER, "국서하"), (PH, p1)])

p1 = mob()
add("ko", P, f"""[학부모 상담 기록] 2024.11.06(수) 16:30, 전화상담
학생: 2학년 4반 경태오
상담자: 모 인다혜 ({p1})
내용: 최근 태오가 아침마다 복통을 호소하며 등교를 거부. 어머니께서 이사로 주소가 바뀌었다고 알려주심 → 대구광역시 수성구 달구벌대로 2435 105동 1101호. 학적 담당에게 주소 변경 전달 예정.""",
    [(PER, "경태오"), (PER, "인다혜"), (PH, p1), (PER, "태오"), (LOC, "대구광역시 수성구 달구벌대로 2435 105동 1101호")])

e1 = "yoonmi.bae77@gmail.com"
add("ko", P, f"""학부모님께 보낼 생활기록부 정정 불가 안내 메일 초안 써줘.
받는 사람: 배윤미 학부모님 ({e1})
학생: 1학년 6반 봉지안
요청 내용: 봉사활동 시간 12시간 누락 → 학교 시스템상 마감 후 정정은 학업성적관리위원회 심의 필요.""",
    [(PER, "배윤미"), (EM, e1), (PER, "봉지안")])

# --- 전세 사기 / HUG
r1, r2, p1, a1 = rr("750319", 1), rr("940822", 2), mob(), acct("하나")
add("ko", P, f"""전세사기 피해 상담 접수 (피해지원센터)
피해 임차인: 석유나 / {r2} / {p1}
임대인: 봉태식 ({r1}), 연락두절 상태
목적물: 서울특별시 강서구 화곡로61길 24 301호
보증금 2억 1천만원, 계약 2022.09.14, 만기 2024.09.13
보증금 송금 계좌(임대인 명의): 하나은행 {a1}
등기부상 근저당 채권최고액 2억 6천만원, 피해자 결정 신청 안내함.""",
    [(PER, "석유나"), (RRN, r2), (PH, p1), (PER, "봉태식"), (RRN, r1), (LOC, "서울특별시 강서구 화곡로61길 24 301호"), (ACC, a1)])

r1, a1, p1 = rr("910226", 2), acct("토스뱅크"), mob()
add("ko", P, f"""HUG 전세보증금반환보증 이행청구 서류 목록 확인 부탁해요.
청구인 표은서, 주민번호 {r1}, 휴대폰 {p1}
보증 대상 주택: 인천광역시 미추홀구 주안로 102 501호 (빌라)
임대인 사망으로 상속인 미확정, 임차권등기 완료.
보증금 반환 받을 계좌: 토스뱅크 {a1}""",
    [(PER, "표은서"), (RRN, r1), (PH, p1), (LOC, "인천광역시 미추홀구 주안로 102 501호"), (ACC, a1)])

p1 = mob()
add("ko", P, f"""전세 계약 전에 이 중개사 믿어도 되는지 봐줘. 중개사무소 대표 탁영호 ({p1}), 사무소는 경기도 수원시 팔달구 매산로 45 1층. 집주인은 법인이라는데 법인 대표 이름은 안 알려주네.""",
    [(PER, "탁영호"), (PH, p1), (LOC, "경기도 수원시 팔달구 매산로 45 1층")])

# --- 중고거래
a1, p1 = acct("카카오뱅크"), mob()
add("ko", P, f"""[당근 채팅 - 캠핑의자 2개]
따끈한호떡: 혹시 내일 저녁 7시에 거래 가능하세요?
나: 네 가능해요. 입금은 카카오뱅크 {a1} 예금주 선우현 으로 해주세요
따끈한호떡: 넵 직거래 장소는요?
나: 경기도 성남시 분당구 정자일로 95 앞이요. 도착하시면 {p1} 로 문자주세요
이 채팅 캡처해서 신고하려는데 내 개인정보 가려야 할 부분 알려줘""",
    [(ACC, a1), (PER, "선우현"), (LOC, "경기도 성남시 분당구 정자일로 95"), (PH, p1)])

a1, p1 = acct("새마을금고"), mob()
add("ko", P, f"""번개장터 사기 같은데 경찰 신고서 작성 도와줘.
판매자 닉네임: 굿딜마켓22 / 판매자가 알려준 이름: 엄태규 / 연락처 {p1}
입금 계좌: 새마을금고 {a1} (예금주 엄태규)
물품: 닌텐도 스위치 OLED, 28만원 입금 후 연락 두절 (2024.11.03)""",
    [(PER, "엄태규"), (PH, p1), (ACC, a1), (PER, "엄태규")])

# --- 배달앱
p1, p2 = mob(), mob()
add("ko", P, f"""[배달앱 고객센터 에스컬레이션] 주문번호 B2K4-0931-7781
라이더: 함정우 (라이더코드 RD-771204) {p1}
고객: 제윤아 {p2}
배달지: 광주광역시 북구 설죽로 518 1동 703호
쟁점: 라이더는 문 앞 사진 전송 완료 주장, 고객은 미수령 주장. 함정우 라이더 정산 보류 여부 판단 요청.""",
    [(PER, "함정우"), (PH, p1), (PER, "제윤아"), (PH, p2), (LOC, "광주광역시 북구 설죽로 518 1동 703호"), (PER, "함정우")])

p1 = mob(" ")
add("ko", P, f"""라이더인데 고객 요청사항 번역 좀. "문 앞에 두고 벨 누르지 마세요. 공동현관 비번 #1357*. 경기도 부천시 원미구 길주로 210 1402호, 010 말고 이 번호로 연락: {p1}" """,
    [(LOC, "경기도 부천시 원미구 길주로 210 1402호"), (PH, p1)])

# --- 병원
r1, p1 = rr("410930", 2), mob()
add("ko", P, f"""퇴원요약지 (외래 예약 연계용)
환자명: 인소희 / 병록번호 10482913 / 주민번호 {r1}
진단명: 우측 대퇴골 경부 골절, 인공관절 치환술 후 상태
주소: 충청북도 청주시 흥덕구 오송읍 오송생명로 187
보호자: 딸 어경민 {p1}
퇴원 후 재활병원 전원 예정. 인소희 님 보호자 동의서 스캔 필요.""",
    [(PER, "인소희"), (RRN, r1), (LOC, "충청북도 청주시 흥덕구 오송읍 오송생명로 187"), (PER, "어경민"), (PH, p1), (PER, "인소희")])

add("en", P, """DISCHARGE SUMMARY (draft for billing)
Patient: Hannah Whitfield   DOB: 1958-02-11   MRN: 00482913
Address: 2214 Larch Street, Vancouver, BC V6K 3N8
Home phone: (604) 738-2291
Admitted 2024-10-02 with community-acquired pneumonia; treated with IV ceftriaxone, switched to oral amoxicillin on day 3.
Attending: Dr. Anil Mehta. Emergency contact: Tobias Whitfield (son), +1 778 991 4027.""",
    [(PER, "Hannah Whitfield"), (LOC, "2214 Larch Street, Vancouver, BC V6K 3N8"), (PH, "(604) 738-2291"), (PER, "Anil Mehta"), (PER, "Tobias Whitfield"), (PH, "+1 778 991 4027")])

r1, h1, p1 = rr("670412", 1), hi(), mob()
add("ko", P, f"""응급실 진료기록 요약 (보험사 제출용으로 필요한 것만 남겨줘)
내원 2024-11-02 03:12, 119 이송
환자: 옥만수, {r1}, 건강보험증번호 {h1}
주호소: 흉통, 식은땀 / 진단: 급성 심근경색, PCI 시행
담당의: 순환기내과 남기현
보호자: 배우자 {p1}""",
    [(PER, "옥만수"), (RRN, r1), (HI, h1), (PER, "남기현"), (PH, p1)])

n1, p1 = rn("240309", 4), mob()
add("ko", P, f"""출생신고 끝났어요! 아기 주민번호 나왔는데 {n1} 이래요. 산후조리원 정부지원 바우처 신청서에 아기 이름 용하린, 엄마 기서영, 연락처 {p1} 넣으면 되는 거죠?""",
    [(RRN, n1), (PER, "용하린"), (PER, "기서영"), (PH, p1)])

# --- 국민신문고 / 112
e1, p1 = "taesu.ok@kakao.com", mob()
add("ko", P, f"""국민신문고 민원 (신청번호 1AA-2410-0381921) 답변 초안 작성 요청
민원인: 옥태수 / 이메일 {e1} / 휴대전화 {p1}
민원 요지: ○○초등학교 정문 앞 불법 주정차 단속 요청
답변 시 민원인 주소(전북특별자치도 전주시 완산구 서원로 77 202동 1504호)로 우편 발송 희망""",
    [(PER, "옥태수"), (EM, e1), (PH, p1), (LOC, "전북특별자치도 전주시 완산구 서원로 77 202동 1504호")])

a1, p1 = ar("850317", 5), mob()
add("mixed", P, f"""국민신문고 외국어 민원 번역 요청 (영→한)
Name: SULTANOV JAMSHID / ARC {a1} / Tel {p1}
"My employer has not paid my salary for three months. The factory is at 경기도 포천시 가산면 마전리 211-3. I already called 1345 but nobody helped."
답변은 고용노동부 이관 안내로.""",
    [(PER, "SULTANOV JAMSHID"), (ALN, a1), (PH, p1), (LOC, "경기도 포천시 가산면 마전리 211-3")])

r1, p1 = rr("890104", 1), mob()
add("ko", P, f"""[112 신고 처리 요약] 접수 2024-12-21 23:47 / 코드 1
신고자: 반지율 (여, 31세) {p1}
발생지: 부산광역시 해운대구 우동 1408 (오피스텔 17층)
내용: 옆집 남성이 문을 두드리며 욕설. 피신고자 권혁찬(주민등록번호 {r1}) 현장 확인 후 임의동행.
조치: 신고자 반지율에게 스마트워치 지급 안내.""",
    [(PER, "반지율"), (PH, p1), (LOC, "부산광역시 해운대구 우동 1408"), (PER, "권혁찬"), (RRN, r1), (PER, "반지율")])

p1, d1 = mob(), dl()
add("ko", P, f"""교통사고 사실확인원 신청하려는데 사고 정보 정리해봤어.
일시: 2024.11.05 08:15 / 장소: 세종특별자치시 한누리대로 2130 앞 사거리
상대 운전자: 기민철, 운전면허번호 {d1}, 연락처 {p1}
내 차량 157하3842, 상대 차량 28루7710. 담당 조사관은 세종남부서 교통조사팀이래.""",
    [(LOC, "세종특별자치시 한누리대로 2130"), (PER, "기민철"), (DLIC, d1), (PH, p1)])

# --- 통관 / 해외직구
p1 = mob()
add("ko", P, f"""해외직구 통관 보류 건 문의 드립니다.
수취인: 남궁소연 / 개인통관고유부호 P{dg(12)}
연락처: {p1}
배송지: 서울특별시 송파구 올림픽로 300 B동 1803호 (우편번호 05551)
운송장번호 6829 1034 5518 / 관세 14,200원 납부했는데 계속 '반출 보류'로 떠요.""",
    [(PER, "남궁소연"), (PH, p1), (LOC, "서울특별시 송파구 올림픽로 300 B동 1803호")])

p1 = "+82 10-" + fmt("MNNN-NNNN")
add("mixed", P, f"""Hi seller, please update the shipping label for order #113-4820193-5571022:
Recipient: Yoon Da-eun
88 Sejong-daero, Jung-gu, Seoul 04524
Phone: {p1}
Customs code (개인통관고유부호): P{dg(12)}
통관고유부호 틀리면 반송된대서 꼭 확인 부탁드려요.""",
    [(PER, "Yoon Da-eun"), (LOC, "88 Sejong-daero, Jung-gu, Seoul 04524"), (PH, p1)])
# --- English HR / North America / Australia
add("en", P, """Subject: Onboarding - Mateo Alvarez (starts Mon)

Hi Priya,

Mateo Alvarez accepted the offer for the Austin warehouse lead role. For payroll and the badge, his details:
- Personal email: mateo.alvarez.tx@gmail.com
- Mobile: (512) 849-3307
- Home address: 4417 Avenue F, Austin, TX 78751
Direct deposit form is attached (numbers redacted). Please don't forward this thread outside HR.

Thanks,
Declan""",
    [(PER, "Mateo Alvarez"), (PER, "Priya"), (PER, "Mateo Alvarez"), (EM, "mateo.alvarez.tx@gmail.com"), (PH, "(512) 849-3307"), (LOC, "4417 Avenue F, Austin, TX 78751"), (PER, "Declan")])

add("en", P, """Tenancy application - property manager notes
Applicant: Siobhan Kerr, currently at 5/18 Wattle Street, Fitzroy VIC 3065
Phone 0412 738 915, email skerr.designs@outlook.com.au
Previous landlord: Graham Pike, 03 9417 2280 (reference given, positive)
Co-applicant: Wei-Lun Chen (partner), mobile +61 431 552 078
Combined income verified; bond to be lodged with the RTBA.""",
    [(PER, "Siobhan Kerr"), (LOC, "5/18 Wattle Street, Fitzroy VIC 3065"), (PH, "0412 738 915"), (EM, "skerr.designs@outlook.com.au"), (PER, "Graham Pike"), (PH, "03 9417 2280"), (PER, "Wei-Lun Chen"), (PH, "+61 431 552 078")])

add("en", P, """Can you rewrite this reference request more politely?

"Hi Ms. Okafor, Jordan Reyes listed you as a referee for the payroll specialist role. Could you call me at 416-823-5590 or reply to hr-recruit@maplecrest.ca? Jordan's current address on the application is 77 Harbord Street, Toronto, ON M5S 1G4 - please confirm if that matches your records." """,
    [(PER, "Okafor"), (PER, "Jordan Reyes"), (PH, "416-823-5590"), (EM, "hr-recruit@maplecrest.ca"), (PER, "Jordan"), (LOC, "77 Harbord Street, Toronto, ON M5S 1G4")])

add("en", P, """Lease summary for the file:
Tenant: Marcus Oyelaran, 1318 N Damen Ave Apt 2, Chicago, IL 60622
Tenant phone: (773) 904-6618
Guarantor: Folake Oyelaran, 2650 Cobb Pkwy SE, Smyrna, GA 30080, (770) 335-1209
Term 12 months from Dec 1; security deposit $2,150 held at First Midwest.""",
    [(PER, "Marcus Oyelaran"), (LOC, "1318 N Damen Ave Apt 2, Chicago, IL 60622"), (PH, "(773) 904-6618"), (PER, "Folake Oyelaran"), (LOC, "2650 Cobb Pkwy SE, Smyrna, GA 30080"), (PH, "(770) 335-1209")])

add("en", P, """WorkSafe incident report - please tidy the wording
Worker: Liam Tuipulotu, forklift operator
Incident: 14 Nov 2024, 06:40, loading dock B, 41 Kororo Road, Dandenong South VIC 3175
Injury: crush injury to left foot, taken to Monash Medical Centre
Supervisor on shift: Renee Castellano (0407 551 239)
Liam's partner was notified on 0433 818 402.""",
    [(PER, "Liam Tuipulotu"), (LOC, "41 Kororo Road, Dandenong South VIC 3175"), (PER, "Renee Castellano"), (PH, "0407 551 239"), (PER, "Liam"), (PH, "0433 818 402")])

add("en", P, """Thanks - answers inline below.

> Can you confirm the shipping address for the replacement unit?
Yes: 907 Maple Grove Road, Halifax, NS B3H 2Y4

> And a phone number the courier can reach?
(902) 488-1736, or my wife Aisling at (902) 488-1042.

> On Tue, Nov 5, 2024 at 9:14 AM Ronan Gallagher <r.gallagher@fieldbridge.ca> wrote:
>> Hi Liam, thanks for reporting the fault with your heat pump.

Liam Doherty""",
    [(LOC, "907 Maple Grove Road, Halifax, NS B3H 2Y4"), (PH, "(902) 488-1736"), (PER, "Aisling"), (PH, "(902) 488-1042"), (PER, "Ronan Gallagher"), (EM, "r.gallagher@fieldbridge.ca"), (PER, "Liam"), (PER, "Liam Doherty")])

a1 = acct("국민")
add("ko", P, f"""> 안녕하세요 조합원님, 출자금 환급 계좌를 회신 부탁드립니다.
> - 조합원지원팀 드림
>
> 조합원 번호: 2019-04821
> 성명: 명태윤

회신합니다. 환급 계좌는 국민은행 {a1}, 예금주 명태윤입니다.""",
    [(PER, "명태윤"), (ACC, a1), (PER, "명태윤")])

e1, p1 = "dh.kang@seorin-ent.co.kr", mob()
add("mixed", P, f"""Please translate my reply into English for the client:

강동희 드림
> On 2024-11-06, Emily Carter <emily.carter@brookfieldmedia.com> wrote:
> > Could you send the talent manager's direct line?
담당 매니저는 변하율 실장이고 직통은 {p1}, 메일은 {e1} 입니다.""",
    [(PER, "강동희"), (PER, "Emily Carter"), (EM, "emily.carter@brookfieldmedia.com"), (PER, "변하율"), (PH, p1), (EM, e1)])

# --- developer material
ip1, ip2 = priv_ip(), priv_ip()
add("en", P, f"""### Bug: sync worker crashes on reconnect

**Environment**: v2.14.3, Python 3.11, Ubuntu 22.04

```
Traceback (most recent call last):
  File "/srv/app/worker/sync.py", line 212, in reconnect
    conn = psycopg.connect(dsn, connect_timeout=5)
psycopg.OperationalError: connection to server at "{ip1}", port 5432 failed: timeout expired
```

Config dump (`config.yaml`):
```yaml
db:
  host: {ip1}
  replica: {ip2}
smtp:
  alert_to: hyejin.oh@hanbit-logis.co.kr
```
cc @jmkim-dev - happens every night around 02:10 KST.""",
    [(IP, ip1), (IP, ip1), (IP, ip2), (EM, "hyejin.oh@hanbit-logis.co.kr")])

r1, r2, p1, p2 = rr("880612", 2), rr("930405", 1, dash=False), mob(), mob("")
add("mixed", P, f"""이 INSERT문 왜 에러나는지 봐주세요 (ORA-01722: invalid number)
INSERT INTO TB_MEMBER (MBR_NM, RRN, HP_NO, EMAIL, ADDR, REG_DT) VALUES
('제갈윤', '{r1}', '{p1}', 'jegal.yoon@daum.net', '울산광역시 남구 삼산로 282 1204호', SYSDATE),
('어수빈', {r2}, {p2}, 'eosubin_93@gmail.com', '제주특별자치도 제주시 연동 291-4', SYSDATE);""",
    [(PER, "제갈윤"), (RRN, r1), (PH, p1), (EM, "jegal.yoon@daum.net"), (LOC, "울산광역시 남구 삼산로 282 1204호"), (PER, "어수빈"), (RRN, r2), (PH, p2), (EM, "eosubin_93@gmail.com"), (LOC, "제주특별자치도 제주시 연동 291-4")])

c1, p1 = cc("5" + random.choice("12345")), "+82-10-" + fmt("MNNN-NNNN")
add("mixed", P, f"""웹훅 payload를 yaml로 찍어봤는데 card_number가 마스킹 안 된 채로 들어와요. 로그에서 지워야 할까요?
event: payment.approved
order_id: ORD-20241107-000913
customer:
  name: 선우하진
  phone: '{p1}'
  email: hajin.sw@kakao.com
payment:
  card_number: '{c1}'
  approved_at: '2024-11-07T13:22:41+09:00'
  amount: 128000""",
    [(PER, "선우하진"), (PH, p1), (EM, "hajin.sw@kakao.com"), (CARD, c1)])

a1, a2, ip1 = acct("신한"), acct("기업"), pub_ip()
payload = js({"type": "transfer", "sender": {"name": "탁은비", "account": a1, "bank": "신한"}, "receiver": {"name": "Rahmat Hidayat", "account": a2, "bank": "IBK기업"}, "memo": "10월 급여", "amount": 2350000, "client_ip": ip1})
add("mixed", P, f"""이 JSON 스키마 검증에서 memo 필드가 왜 걸리는지 모르겠어요.
{payload}""",
    [(PER, "탁은비"), (ACC, a1), (PER, "Rahmat Hidayat"), (ACC, a2), (IP, ip1)])

ip1, ip2, ip3, ip4 = pub_ip(), priv_ip(), priv_ip(), priv_ip()
add("en", P, f"""Can you explain these auth log lines? Looks like brute force.
2024-11-08T02:14:07Z WARN  auth  login failed user=s.kerr@brightpath.io src={ip1} attempts=5
2024-11-08T02:14:09Z INFO  auth  account locked user=s.kerr@brightpath.io
2024-11-08T02:15:31Z INFO  vpn   session start user=tlindqvist src={ip2} assigned={ip3}
2024-11-08T02:16:02Z ERROR api   upstream {ip4}:8443 reset by peer (req_id=7f3c9e1a)""",
    [(EM, "s.kerr@brightpath.io"), (IP, ip1), (EM, "s.kerr@brightpath.io"), (IP, ip2), (IP, ip3), (IP, ip4)])

ip1, ip2 = pub_ip(), pub_ip()
add("en", P, f"""nginx access log excerpt, why are these 499s?
{ip1} - - [07/Nov/2024:22:41:09 +0900] "POST /api/v1/orders HTTP/1.1" 499 0 "-" "okhttp/4.12.0" rt=60.001
{ip2} - - [07/Nov/2024:22:41:12 +0900] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.002
127.0.0.1 - - [07/Nov/2024:22:41:15 +0900] "GET /metrics HTTP/1.1" 200 8812 "-" "Prometheus/2.51" rt=0.011""",
    [(IP, ip1), (IP, ip2)])

ip1, ip2, ip3 = pub_ip(), priv_ip(), priv_ip()
add("mixed", P, f""".env 파일 통째로 붙여넣을게요. 뭐가 잘못됐는지 봐주세요
APP_ENV=production
DB_HOST={ip2}
DB_PORT=3306
REDIS_URL=redis://{ip3}:6379/0
ADMIN_EMAIL=jiwoo.seok@dalbit-pay.kr
ALLOWED_ORIGIN_IP={ip1}
JWT_EXPIRES_IN=3600
SENTRY_RELEASE=2024.11.07-rc2""",
    [(IP, ip2), (IP, ip3), (EM, "jiwoo.seok@dalbit-pay.kr"), (IP, ip1)])

ip1, ip2 = pub_ip(), priv_ip()
add("en", P, f"""Firewall change request FCR-2291
Requester: Tobias Lindqvist (tobias.lindqvist@nordvik-freight.se)
Allow TCP 443 from vendor egress {ip1} to internal API gateway {ip2}
Existing rule 0.0.0.0/0 -> 10.0.0.0/8 deny stays in place. Window: Sat 01:00-03:00 CET.""",
    [(PER, "Tobias Lindqvist"), (EM, "tobias.lindqvist@nordvik-freight.se"), (IP, ip1), (IP, ip2)])

c1, p1 = cc("4"), mob()
add("mixed", P, f"""#cs-escalations
[10:02] Kim Minji: 고객이 카드 이중결제 됐다고 연락 왔어요. 카드번호 {c1} 로 두 번 승인 났대요
[10:04] Jake Morrow: can you share the customer's contact? I'll call the PG
[10:05] Kim Minji: 여정민 고객님, {p1}, 이메일 jm.yeo@naver.com
[10:07] Jake Morrow: 👍 calling now""",
    [(PER, "Kim Minji"), (CARD, c1), (PER, "Jake Morrow"), (PER, "Kim Minji"), (PER, "여정민"), (PH, p1), (EM, "jm.yeo@naver.com"), (PER, "Jake Morrow")])

ip1 = priv_ip()
add("mixed", P, f"""#infra 스레드 요약해줘
[09:12] 왕서준: prod-db-03 ({ip1}) 디스크 92% 찼어요
[09:13] Ines Duarte: I'll rotate the binlogs, anyone on the call?
[09:15] 왕서준: 저요. 서준이라고 부르세요 ㅋㅋ
[09:20] Ines Duarte: done, 61% now""",
    [(PER, "왕서준"), (IP, ip1), (PER, "Ines Duarte"), (PER, "왕서준"), (PER, "서준"), (PER, "Ines Duarte")])

r1, r2, p1, p2 = rr("901111", 1), rr("920303", 2), mob(), mob()
add("ko", P, f"""회원 데이터 CSV 인코딩이 깨져서 다시 붙여요. UTF-8로 정리해줘.
회원명,주민번호,휴대폰,주소,가입일
길현우,{r1},{p1},경기도 용인시 수지구 포은대로 435 101동 1203호,2023-04-11
소예린,{r2},{p2},광주광역시 서구 상무중앙로 61 2304호,2024-01-29""",
    [(PER, "길현우"), (RRN, r1), (PH, p1), (LOC, "경기도 용인시 수지구 포은대로 435 101동 1203호"), (PER, "소예린"), (RRN, r2), (PH, p2), (LOC, "광주광역시 서구 상무중앙로 61 2304호")])

# --- voice-to-text with digits already written as digits
p1 = mob(" ")
add("ko", P, f"""[콜센터 STT 원문 - 자동 변환]
상담사: 네 본인 확인을 위해 성함 말씀해 주시겠어요
고객: 네 변수아 요
상담사: 변수아 고객님 연락 받으실 번호 불러주시겠어요
고객: {p1} 이요
상담사: 확인됐습니다 주소지는 그대로 인천광역시 남동구 인하로 501 맞으실까요""",
    [(PER, "변수아"), (PER, "변수아"), (PH, p1), (LOC, "인천광역시 남동구 인하로 501")])

add("en", P, """[Zoom auto-transcript 00:14:22]
Grace Oduya: so for the reimbursement just send it to my personal address, grace.oduya@protonmail.com
Daniel Brandt: got it, and the mailing address is still 1550 Bellevue Avenue, Seattle, WA 98122?
Grace Oduya: yes that's right""",
    [(PER, "Grace Oduya"), (EM, "grace.oduya@protonmail.com"), (PER, "Daniel Brandt"), (LOC, "1550 Bellevue Avenue, Seattle, WA 98122"), (PER, "Grace Oduya")])

# --- IDs: passports, licences, corporations, tax invoices, cards
p1, pa1 = mob(), pp_new()
add("ko", P, f"""여권 분실 신고 접수 메모
신고인: 구민혁 / 연락처 {p1}
분실 여권번호: {pa1} (2023년 발급, 차세대 전자여권)
분실 장소: 인천공항 제1터미널 3층 출국장 추정
재발급 신청 시 신분증 지참 안내.""",
    [(PER, "구민혁"), (PH, p1), (PASS, pa1)])

pa1, d1, c1 = pp(), dl(), cc("37", (4, 6, 5), " ")
add("mixed", P, f"""Rental agreement check - please confirm these are filled in correctly
Renter: PARK JIHO (박지호)
Korean driver licence: {d1}
Passport: {pa1}
Card on file (Amex): {c1}
Pick-up LAX, drop-off SFO. Additional driver: none.""",
    [(PER, "PARK JIHO"), (PER, "박지호"), (DLIC, d1), (PASS, pa1), (CARD, c1)])

d1 = f"서울 {dg(2)}-{dg(6)}-{dg(2)}"
add("ko", P, f"""아버지 운전면허증이 옛날 거라 면허번호가 "{d1}" 처럼 지역명이 앞에 붙어 있는데, 적성검사 온라인 신청할 때 지역명 빼고 숫자로 넣으면 되나요? 아버지 성함은 명승호예요.""",
    [(DLIC, d1), (PER, "명승호")])

r1, c1, b1 = rr("720503", 1), cr("110111"), bz()
add("ko", P, f"""법인 설립 등기 완료 보고
상호: 주식회사 한빛로지스
법인등록번호: {c1}
사업자등록번호: {b1}
대표이사: 제갈민성 (주민등록번호 {r1})
본점: 서울특별시 중구 세종대로 110 12층
정관 사본과 주주명부는 공유 드라이브에 올렸습니다.""",
    [(CRN, c1), (BRN, b1), (PER, "제갈민성"), (RRN, r1), (LOC, "서울특별시 중구 세종대로 110 12층")])

b1, b2 = bz(), bz()
add("ko", P, f"""세금계산서 발행 요청드립니다.
공급자: (주)새솔푸드 {b1}
공급받는자: 누리상사 {b2} / 대표 탁정란
담당자 메일: tax@nurisangsa.co.kr, 담당 육지성 과장
품목: 11월 식자재 납품분 / 공급가액 4,820,000원 / 세액 482,000원""",
    [(BRN, b1), (BRN, b2), (PER, "탁정란"), (EM, "tax@nurisangsa.co.kr"), (PER, "육지성")])

c1 = cr("284411")
add("ko", P, f"법인등록번호 {c1} 인 회사 등기사항전부증명서를 인터넷등기소에서 떼려면 수수료가 얼마예요?",
    [(CRN, c1)])

b1 = bz()
add("ko", P, f"사업자번호 {b1} 휴폐업 조회했더니 '간이과세자'로 나오는데 세금계산서 받을 수 있나요?",
    [(BRN, b1)])

c1 = cc("37", (4, 6, 5))
add("en", P, f"""Chargeback dispute - ticket #CB-88213
Cardholder: Colleen Brennan
Card: {c1} (Amex), exp 08/27
Disputed charge: $1,249.00 on 2024-10-30, merchant "SKYWAY ELECTRONICS LLC"
Cardholder says she never received the item; tracking shows delivered to 3120 Pine Ridge Drive, Boise, ID 83705, which is her old address.""",
    [(PER, "Colleen Brennan"), (CARD, c1), (LOC, "3120 Pine Ridge Drive, Boise, ID 83705")])

c1 = cc("9410")
add("ko", P, f"카드번호 {c1} 유효기간 09/27 로 결제하려는데 '해외결제 차단 카드'라고 떠요. 국내 쇼핑몰인데 왜 그럴까요?",
    [(CARD, c1)])

r1, a1, h1 = rr("810726", 2), acct("우체국"), hi()
add("ko", P, f"""실손보험 청구서 빈칸 채워줘.
피보험자: 소미경 / 주민등록번호 {r1}
건강보험증번호 {h1}
진료기관: ○○정형외과, 진료일 2024.10.21~10.25 (도수치료 5회)
보험금 수령 계좌: 우체국 {a1}""",
    [(PER, "소미경"), (RRN, r1), (HI, h1), (ACC, a1)])

r1, r2, p1, p2 = rr("670923", 1), rr("990105", 2), mob(), mob()
add("ko", P, f"""휴대폰 명의변경(양도) 신청서 작성 예시 만들어줘. 실제 정보로:
양도인: 육성환 ({r1}) 현재 번호 {p1}
양수인: 육다은 ({r2}) — 딸, 번호는 그대로 {p1} 유지
양수인 연락 가능한 다른 번호: {p2}""",
    [(PER, "육성환"), (RRN, r1), (PH, p1), (PER, "육다은"), (RRN, r2), (PH, p1), (PH, p2)])

r1, c1, p1 = rr("950918", 1), cc("4"), mob()
add("ko", P, f"""헬스장 환불 내용증명 초안 검토해줘.
발신인: 봉준우 (주민등록번호 {r1}), 서울특별시 마포구 성암로 189 1503호
수신인: ○○피트니스 대표
결제 카드: {c1} (2024.05.02, 12개월 1,080,000원)
휴대폰: {p1}""",
    [(PER, "봉준우"), (RRN, r1), (LOC, "서울특별시 마포구 성암로 189 1503호"), (CARD, c1), (PH, p1)])

# --- short one-liners
p1 = mob()
add("ko", P, f"이 번호로 문자 보내줘: {p1} 편주희 님께 내일 오전 10시 상담 확인 부탁드린다고", [(PH, p1), (PER, "편주희")])

add("en", P, "Translate to Korean: 'Please send the signed contract to rosa.mendes84@gmail.com by Friday.'", [(EM, "rosa.mendes84@gmail.com")])

ip1 = pub_ip()
add("en", P, f"Who owns {ip1}? It keeps hitting our login page every 3 seconds since last night.", [(IP, ip1)])

d1 = dl()
add("ko", P, f"운전면허번호 {d1} 로 쏘카 가입하려는데 '면허 진위 확인 실패'가 떠요. 갱신은 작년에 했어요.", [(DLIC, d1)])

pa1 = pp()
add("mixed", P, f"여권번호 {pa1} 만료일 2029.03.14 인데 ESTA 신청할 때 passport issuing country 는 KOR로 선택하면 되죠?", [(PASS, pa1)])

r1 = rr("770814", 2)
add("ko", P, f"엄마 주민번호 {r1} 로 정부24에서 등본 떼려는데 공동인증서가 제 거라서 안 돼요. 대리발급 방법 있나요?", [(RRN, r1)])

n1 = rn("880219", 1)
add("ko", P, f"""주민등록번호 변경위원회에서 번호 변경 결정 받았어요(보이스피싱 피해). 새 번호는 {n1} 인데, 은행에 등록된 옛 번호를 바꾸려면 뭘 가져가야 하나요? 새 번호는 뒷자리가 예전 방식이 아니라 은행 앱에서 오류가 난대요.""",
    [(RRN, n1)])

h1 = hi()
add("ko", P, f"건강보험증번호 {h1} 로 피부양자 등록 조회하니 '자격 상실'이라는데 무슨 뜻이에요?", [(HI, h1)])

a1 = acct("하나")
add("ko", P, f"하나은행 {a1} 으로 월세 보냈는데 이체한도 초과라고 반만 갔어요. 나머지 어떻게 보내요?", [(ACC, a1)])

p1 = fmt("02-MNNN-NNNN")
add("ko", P, f"회의록 마지막 줄 정리: 다음 회의는 11/21(목) 14시, 장소 변경 시 총무 담당 육소정 대리({p1})에게 연락.",
    [(PER, "육소정"), (PH, p1)])

add("en", P, "Reminder for Friday: the courier will pick up the samples from Dr. Harriet Voss at 62 Queen Street, Auckland 1010; her mobile is +64 21 884 3092.",
    [(PER, "Harriet Voss"), (LOC, "62 Queen Street, Auckland 1010"), (PH, "+64 21 884 3092")])

e1 = "wonbin.ahn@kbstar-mail.com"
add("mixed", P, f"""팀장님이 아래 연락처로 외부 감사인에게 자료 보내라고 하셨어요. 메일 제목 영어로 써줘.
받는 사람: Ms. Clara Jung (Deloitte) clara.jung@audit-partners.kr
참조: 안원빈 {e1}""",
    [(PER, "Clara Jung"), (EM, "clara.jung@audit-partners.kr"), (PER, "안원빈"), (EM, e1)])

r1, p1 = rr("000229", 4), mob()
add("ko", P, f"""학생 장학금 신청자 정보 확인. 국윤서 (주민번호 {r1}) 학생은 2000년 2월 29일생이라 생일 검증에서 자꾸 오류가 난대요. 연락처 {p1}.""",
    [(PER, "국윤서"), (RRN, r1), (PH, p1)])

add("en", P, """Meeting notes - vendor onboarding
Attendees: Chloe Nakamura (procurement), Rafael Quintero (IT security)
Action: Rafael to whitelist the vendor's SFTP host 203.0.113.5? No - the real host is 52.78.143.201, port 22.
Chloe will send the NDA to the vendor contact, p.hartmann@kleinwerk.de.""",
    [(PER, "Chloe Nakamura"), (PER, "Rafael Quintero"), (PER, "Rafael"), (IP, "52.78.143.201"), (PER, "Chloe"), (EM, "p.hartmann@kleinwerk.de")])

pa1, c1 = pp_new(), cc("5" + random.choice("12345"))
add("mixed", P, f"""호텔 프런트 인수인계 (영문 예약 시스템 메모 그대로 복사)
Guest: CHOI EUNJI (최은지), Korean passport {pa1}
Guarantee card: {c1}, exp 04/28
Req: late check-in ~01:00, non-smoking twin. 최은지 고객님이 영수증은 회사 메일 eunji.choi@hanwool-mat.com 으로 달라고 하셨어요.""",
    [(PER, "CHOI EUNJI"), (PER, "최은지"), (PASS, pa1), (CARD, c1), (PER, "최은지"), (EM, "eunji.choi@hanwool-mat.com")])

r1, r2 = rr("860304", 2), rr("150921", 3)
add("mixed", P, f"""Hi Joon-ho, for the year-end tax settlement (연말정산) please register my dependants:
- spouse: Lee Hye-won, resident registration no. {r1}
- son: Kim Do-yun, {r2}
My employee ID is HR-20871 (not needed on the form I think). Thanks, Kim Seung-woo""",
    [(PER, "Joon-ho"), (PER, "Lee Hye-won"), (RRN, r1), (PER, "Kim Do-yun"), (RRN, r2), (PER, "Kim Seung-woo")])

a1, h1, p1 = ar("960814", 6), hi(), mob()
add("mixed", P, f"""Discharge note (bilingual, for the patient's employer)
Patient: Shahnoza Yusupova / 외국인등록번호 {a1}
건강보험증번호 {h1} (직장가입자)
Diagnosis: 급성 충수염, laparoscopic appendectomy on 11/03, discharged 11/06.
Sick leave recommended until 11/13. Contact the ward nurse 편서진 or the patient at {p1}.""",
    [(PER, "Shahnoza Yusupova"), (ALN, a1), (HI, h1), (PER, "편서진"), (PH, p1)])

ip1 = pub_ip()
add("mixed", P, f"""깃허브 이슈 올리기 전에 개인정보 빠졌는지 봐주세요.
**재현 방법**: 관리자 계정(taeyang.gil@ondam-care.kr)으로 로그인 후 /admin/export 호출
```
ERROR 2024-11-07 18:40:02 [export] PermissionDenied: user=taeyang.gil@ondam-care.kr ip={ip1} role=viewer
  at ExportService.run(ExportService.java:88)
```
길태양 님 계정 권한은 어제 viewer로 바뀌었습니다.""",
    [(EM, "taeyang.gil@ondam-care.kr"), (EM, "taeyang.gil@ondam-care.kr"), (IP, ip1), (PER, "길태양")])

r1, h1, p1 = rr("970512", 2), hi(), mob()
add("ko", P, f"""어린이집 보육교사 채용 서류 정리 (원장 보고)
지원자: 함소율 / 주민등록번호 {r1} / 보육교사 2급 자격 (자격번호 2-2019-118204)
건강보험증번호 {h1} — 4대보험 취득신고용
주소: 충청남도 아산시 배방읍 희망로 46 1102동 402호
연락처 {p1}, 첫 출근 12/2(월).""",
    [(PER, "함소율"), (RRN, r1), (HI, h1), (LOC, "충청남도 아산시 배방읍 희망로 46 1102동 402호"), (PH, p1)])

c1, b1 = cr("160111"), bz()
add("mixed", P, f"""#vendor-onboarding
[11:20] Hanna Berg: do we have the Korean supplier's registration numbers?
[11:22] 옥지성: 법인등록번호 {c1}, 사업자등록번호 {b1} 입니다. 대표는 진경수 님이에요
[11:23] Hanna Berg: perfect, adding to SAP now""",
    [(PER, "Hanna Berg"), (PER, "옥지성"), (CRN, c1), (BRN, b1), (PER, "진경수"), (PER, "Hanna Berg")])
# ================================================================ obfuscated
ZWSP, ZWNJ, ZWJ, WJ = "\u200b", "\u200c", "\u200d", "\u2060"

# --- full-width
r1 = rr("950714", 1)
x1 = fw(r1)
add("ko", OB, f"""예비군 편성 정정 신청 건입니다. 성명 왕도윤, 주민번호 {x1} (모바일에서 전각으로 입력된 것 같아요), 전입 주소 충청남도 천안시 서북구 불당대로 180 805동 1201호. 동대 편성 바꿔주세요.""",
    [(PER, "왕도윤"), (RRN, x1), (LOC, "충청남도 천안시 서북구 불당대로 180 805동 1201호")])

p1 = mob()
x1 = fw(p1)
add("ko", OB, f"""[당근 채팅 - 아기 카시트]
봄날의곰: 필터 때문에 번호가 안 보내져서 이렇게 보내요 {x1}
봄날의곰: 내일 오후 2시 가능하세요?
나: 넵 그때 뵐게요""",
    [(PH, x1)])

c1 = cc("4", sep=" ")
x1 = fw(c1)
add("en", OB, f"""Support ticket #58812 (customer pasted from a Japanese IME, so it's full-width):
"Please refund to the same card: {x1}, name on card Noriko Hayes."
Can you normalise this for the refund form?""",
    [(CARD, x1), (PER, "Noriko Hayes")])

b1 = bz()
x1 = fw(b1)
add("mixed", OB, f"""Vendor registration form rejected the business number. The supplier typed it like this: {x1} (주식회사 태림산업, 대표 채규헌). What's wrong with it?""",
    [(BRN, x1), (PER, "채규헌")])

# --- zero-width characters
n1 = rn("221130", 3)
x1 = between(n1, ZWSP)
add("ko", OB, f"""어린이집 시스템에 원아 주민번호 붙여넣기 하니까 '형식 오류'가 나요. 복사한 원본: {x1} (원아 육시온, 2022년 11월생). 눈으로 보기엔 멀쩡한데 왜 그럴까요?""",
    [(RRN, x1), (PER, "육시온")])

a1 = acct("국민")
x1 = a1[:4] + ZWNJ + a1[4:9] + ZWNJ + a1[9:]
add("ko", OB, f"""전세보증금 일부 반환받기로 했어요. 집주인 탁순영 씨가 보내준 계좌 {x1} 로 확인차 1원 송금해보려고요. 이 계좌 맞게 적힌 거죠?""",
    [(PER, "탁순영"), (ACC, x1)])

e1 = "mateo.alvarez.tx@gmail.com"
x1 = e1[:5] + ZWSP + e1[5:16] + ZWSP + e1[16:]
add("en", OB, f"""HR bot keeps saying the personal email for Mateo Alvarez is invalid: {x1}. Can you spot the problem? It looks normal to me.""",
    [(PER, "Mateo Alvarez"), (EM, x1)])

a1 = ar("910228", 6)
x1 = between(a1, WJ)
add("ko", OB, f"""체류기간 연장 온라인 신청서에 외국인등록번호 {x1} 를 넣었는데 계속 불일치래요. 신청인은 필리핀 국적 제니 바우티스타 (E-9, 김해 공장 근무).""",
    [(ALN, x1), (PER, "제니 바우티스타")])

# --- separators between digits
r1 = rr("860502", 2)
x1 = between(r1, " ")
add("ko", OB, f"""병원 원무과에 보낼 메시지인데 번호 필터에 걸려서 띄어썼어요. "입원 환자 석다인 주민번호 {x1} 입니다. 보호자 동의서는 내일 제출할게요." 이렇게 보내도 되나요?""",
    [(PER, "석다인"), (RRN, x1)])

p1 = mob("")
x1 = between(p1, ".")
add("ko", OB, f"""라이더 공지 단톡방 규칙 때문에 번호를 점으로 끊어 씁니다. 고객(주문자 명수진) 번호 {x1} 문 앞 도착하면 전화 주세요.""",
    [(PER, "명수진"), (PH, x1)])

c1 = cc("5" + random.choice("12345"), sep="/")
add("en", OB, f"""My card keeps getting declined on your checkout page: {c1} exp 11/26. Name: Declan Murphy. Is it because I used slashes?""",
    [(CARD, c1), (PER, "Declan Murphy")])

a1 = acct("신한")
x1 = a1.replace("-", "_")
add("ko", OB, f"""노션 표에서 하이픈이 마크다운으로 깨져서 밑줄로 바꿔 적었어요: 산재 대체지급 계좌 신한 {x1} (예금주 국윤재). 근로복지공단 양식에는 하이픈으로 다시 넣어주세요.""",
    [(ACC, x1), (PER, "국윤재")])

r1 = rr("930615", 2)
x1 = r1[:6] + "\n" + r1[6:]
add("ko", OB, f"""보훈 대상자 교육비 지원 신청서 OCR 결과인데 줄바꿈이 이상하게 들어갔어요.
신청인 성명: 여채원
주민등록번호: {x1}
주소: 경상북도 포항시 남구 지곡로 80""",
    [(PER, "여채원"), (RRN, x1), (LOC, "경상북도 포항시 남구 지곡로 80")])

a1 = acct("우리")
x1 = a1[:9] + "\n" + a1[9:]
add("ko", OB, f"""카톡으로 받은 계좌가 두 줄로 나뉘어 왔어요. 당근 판매자(닉네임 느린거북이)가 보낸 그대로:
우리 {x1}
예금주 제상민
이거 합쳐서 한 계좌 맞죠?""",
    [(ACC, x1), (PER, "제상민")])

# --- Hangul-spelled digits (voice-to-text)
p1 = mob()
x1 = " ".join(sino(g) for g in p1.split("-"))
add("ko", OB, f"""[콜센터 STT - 자동 변환, 교정 전]
상담사: 회신 받으실 연락처 말씀해 주세요
고객: 네 {x1} 이요
상담사: 성함이 어떻게 되실까요
고객: 반 서 윤 이요 반서윤""",
    [(PH, x1), (PER, "반 서 윤"), (PER, "반서윤")])

r1 = rr("890130", 1)
x1 = f"{sino(r1[:6])} 다시 {sino(r1[7:])}"
add("ko", OB, f"""[병무청 민원 상담 녹취 STT]
상담원: 본인 확인 위해 주민등록번호 불러주세요
민원인: {x1} 입니다
상담원: 네 권도현 님 예비군 8년차 마지막 훈련 연기 건 맞으시죠""",
    [(RRN, x1), (PER, "권도현")])

r1 = rr("020406", 4)
x1 = f"{sino(r1[:6], zero='영')}에 {sino(r1[7:], zero='영')}"
add("ko", OB, f"""대학 행정실 통화 녹취 STT: "네 학생 이름은 편가윤이고요 주민번호는 {x1} 이에요 장학금 입금은 본인 계좌로 해주세요" 여기서 개인정보 마스킹해서 회의록에 넣어줘.""",
    [(PER, "편가윤"), (RRN, x1)])

p1 = mob()
x1 = " ".join(native(g, "") for g in p1.split("-"))
add("ko", OB, f"""어르신 음성메모 받아쓰기 결과예요(사투리 인식 불량). "우리 아들 번호가 {x1} 이여 거기로 보훈 위문품 연락 줘" 보훈지청 담당자에게 전달할 메모로 정리해줘. 어르신 성함은 권말순.""",
    [(PH, x1), (PER, "권말순")])

a1 = acct("카카오뱅크")
x1 = " ".join(native(g, " ") for g in a1.split("-"))
add("ko", OB, f"""유치원 학부모 단톡 공지 음성입력이 이렇게 들어갔어요: "체험학습비 입금 계좌는 카카오뱅크 {x1} 예금주 길수정입니다" 숫자로 바꿔서 공지문 만들어줘.""",
    [(ACC, x1), (PER, "길수정")])

p1 = mob()
g = p1.split("-")
x1 = f"{g[0]}-{sino(g[1][:2])}{g[1][2:]}-{g[2][:2]}{sino(g[2][2])}{g[2][3]}"
add("ko", OB, f"""중고나라 판매자가 번호를 이렇게 줬어요: {x1} ㅋㅋ 필터 피하려고 한 건가봐요. 판매자 이름은 왕규리라고 했고요.""",
    [(PH, x1), (PER, "왕규리")])

d1 = dl()
x1 = "-".join(sino(part) for part in d1.split("-"))
add("ko", OB, f"""렌터카 예약 통화 STT 교정 부탁: "운전면허번호는 {x1} 고요 예약자 이름은 도민서입니다" 숫자로 바꿔서 예약 메모에 넣어줘.""",
    [(DLIC, x1), (PER, "도민서")])

add("en", OB, """[Voicemail transcript]
"Hi it's Siobhan calling back about the lease, you can reach me on oh four one two, seven three eight, nine one five, any time after three. Thanks!"
Please log this in the CRM as a callback request.""",
    [(PER, "Siobhan"), (PH, "oh four one two, seven three eight, nine one five")])

p1 = "(" + fmt("MNN") + ") " + fmt("MNN-NNNN")
x1 = f"{en_words(p1[1:4])}, {en_words(p1[6:9])}, {en_words(p1[10:])}"
add("en", OB, f"""[Call transcript - support line]
Agent: and the best number to reach you?
Caller: {x1}
Agent: thanks Mr. Fairbanks, I'll have Priyanka from billing call you back.""",
    [(PH, x1), (PER, "Fairbanks"), (PER, "Priyanka")])

# --- homoglyphs
x1 = homo("(512) 849-3307")
add("en", OB, f"""The new hire form has "Mobile: {x1}" for Mateo - looks like he typed letters for some digits. Fix before payroll import?""",
    [(PH, x1), (PER, "Mateo")])

r1 = rr("910112", 1)
x1 = homo(r1)
add("ko", OB, f"""스캔본 OCR이 이상하게 읽었어요: "성명 변재혁 / 주민등록번호 {x1}". 숫자 1이랑 0이 영문자로 들어간 것 같은데 예비군 명부에 올릴 때 고쳐줘.""",
    [(PER, "변재혁"), (RRN, x1)])

pa1 = pp()
x1 = pa1[0] + homo(pa1[1:]).replace("8", "B")
add("mixed", OB, f"""호텔 체크인 명부 엑셀 보는데 passport no. 칸에 {x1} 이렇게 적혀 있어요 (투숙객 KANG SEORA, 대한민국 여권). 알파벳이 섞여 있어서 확인이 필요할 듯.""",
    [(PASS, x1), (PER, "KANG SEORA")])

c1 = cc("4")
x1 = c1.replace("5", "S").replace("0", "O").replace("1", "I")
add("en", OB, f"""Fraud review: customer note field contains "card {x1} pls charge this one instead" - account holder Owen Prescott. Flag it?""",
    [(CARD, x1), (PER, "Owen Prescott")])

# --- encodings
r1 = rr("830927", 2)
x1 = b64(r1)
add("ko", OB, f"""개발팀에서 로그에 주민번호를 base64로만 바꿔서 남기고 있어요. 예: "applicant=남궁혜린 rrn_b64={x1}". 이거 암호화로 인정되나요?""",
    [(PER, "남궁혜린"), (RRN, x1)])

e1 = "ines.duarte@portovia.pt"
x1 = b64(e1)
add("en", OB, f"""The webhook sends `reply_to` base64-encoded: {x1} - decode it and tell me which domain it is. (Contact: Ines Duarte.)""",
    [(EM, x1), (PER, "Ines Duarte")])

c1 = cc("5" + random.choice("12345"), sep="")
x1 = b64(c1)
add("mixed", OB, f"""결제 서버 로그 한 줄인데 pan 필드가 base64예요. 이거 PCI 위반이죠?
2024-11-07 13:22:41.337 INFO [pay-gw] approve ok order=ORD-20241107-000914 pan={x1} amt=59000 member=10482""",
    [(CARD, x1)])

e1 = "jiwoo.seok@dalbit-pay.kr"
x1 = e1.replace("@", "%40")
add("en", OB, f"""Unsubscribe link from the campaign tool: https://mail.dalbit-pay.kr/unsub?e={x1}&list=promo-2024q4&sig=9f3c2ab1 - why does it 404?""",
    [(EM, x1)])

r1 = rr("770101", 1)
x1 = pct(r1)
add("ko", OB, f"""고객센터 조회 URL에 이렇게 찍혀 있어요: https://cs.example-bank.co.kr/lookup?rrn={x1}&type=2 — 주민번호가 URL에 들어가면 안 되지 않나요?""",
    [(RRN, x1)])

nm, p1 = "변재혁", mob("")
x1 = pct(nm)
add("mixed", OB, f"""Referer 로그에 이 URL이 남아 있어요. 개인정보 포함인가요?
https://rider.deliver-app.kr/dispatch?driver={x1}&tel={p1}&zone=GN-04&ts=1730959201""",
    [(PER, x1), (PH, p1)])

c1 = cc("4", sep="")
x1 = hx(c1)
add("en", OB, f"""Found this hex blob in the crash dump next to the cardholder field ("Tobias Whitfield"): {x1}. Is that a PAN in ASCII hex?""",
    [(PER, "Tobias Whitfield"), (CARD, x1)])

e1 = "hyejin.oh@hanbit-logis.co.kr"
x1 = hx(e1)
add("ko", OB, f"""레거시 DB에 이메일이 hex로 저장돼 있어요: {x1} — 디코딩해서 담당자 오혜진 과장 메일 맞는지 확인해줘.""",
    [(EM, x1), (PER, "오혜진")])

# --- split across cells / messages / code
p1 = mob()
x1 = f"{p1[:8]} | {p1[9:]}"
add("ko", OB, f"""표가 깨져서 번호가 두 칸으로 나뉘었어요. 합쳐서 다시 정리해줘.
| 이름 | 연락처(앞) | 연락처(뒤) | 비고 |
| 남궁다인 보호자 | {x1} | 하원 2호차 |""",
    [(PER, "남궁다인"), (PH, x1)])

p1 = mob()
x1 = f"{p1[:8]}\n[오후 3:12] 달빛산책: {p1[9:]}"
add("ko", OB, f"""당근 채팅 캡처 텍스트예요. 번호를 두 번에 나눠 보냈네요.
[오후 3:12] 달빛산책: 문자로 주세요 {x1}
[오후 3:13] 달빛산책: 이렇게 보내야 안 막히더라고요""",
    [(PH, x1)])

r1 = rr("800808", 2)
x1 = f"{r1[:6]}\n[21:04] 가을하늘: 뒤는 {r1[7:]}"
add("ko", OB, f"""단톡방에서 전세사기 피해자 모임 회원이 주민번호를 나눠 올렸어요. 지워야 할 메시지 알려주세요.
[21:03] 가을하늘: 피해자 결정 신청서 대리 제출 부탁드려요 앞자리 {x1}
[21:05] 가을하늘: 이름은 마은숙입니다""",
    [(RRN, x1), (PER, "마은숙")])

r1 = rr("850315", 1)
x1 = f'{r1[:6]}" + "-" + "{r1[7:]}'
add("mixed", OB, f"""이 테스트 코드 리뷰해줘. 실데이터 아닌가요?
```js
const applicant = {{ name: "소재형", rrn: "{x1}", phone: null }};
expect(validateRrn(applicant.rrn)).toBe(true);
```""",
    [(PER, "소재형"), (RRN, x1)])

p1 = mob()
g = p1.split("-")
x1 = f"{g[0]}-', '{g[1]}', '-{g[2]}"
add("mixed", OB, f"""SELECT 결과가 이상해요.
UPDATE TB_RIDER SET HP_NO = CONCAT('{x1}') WHERE RIDER_NM = '길상훈';""",
    [(PH, x1), (PER, "길상훈")])

c1 = cc("4", sep="")
x1 = f"{c1[:4]}', '{c1[4:8]}', '{c1[8:12]}', '{c1[12:]}"
add("en", OB, f"""Is this test fixture OK to commit?
```python
PAN = "".join(['{x1}'])  # Olivia's card, works in staging
```""",
    [(CARD, x1), (PER, "Olivia")])

r1 = rr("790228", 2)
x1 = f'{r1[:6]}"&"-"&"{r1[7:]}'
add("ko", OB, f"""엑셀 수식 칸에 이게 들어 있는데 결과가 주민번호로 보여요: ="{x1}"  (B열 이름: 옥현정) 수식 지우면 되나요?""",
    [(RRN, x1), (PER, "옥현정")])

r1 = rr("960606", 1)
x1 = f"{r1[:6]} | {r1[7:]}"
add("mixed", OB, f"""주민번호를 앞/뒤 두 열로 나눠 받았는데 하나로 합치는 엑셀 수식 알려줘.
| 성명 | RRN_앞 | RRN_뒤 | 부대 |
| 함승우 | {x1} | 7사단 |""",
    [(PER, "함승우"), (RRN, x1)])

r1 = rr("881212", 2)
x1 = f"{r1[:6]}이고 뒷자리는 {r1[7:]}"
add("ko", OB, f"""산재 신청 대행 고객이 문자로 보낸 내용이에요: "생년월일은 {x1}예요. 이름은 채민아고 병원은 안산에 있어요." 신청서에 옮겨 적어줘.""",
    [(RRN, x1), (PER, "채민아")])

a1 = ar("900520", 5)
x1 = f"{a1[:6]} (생년월일), 등록번호 뒷자리 {a1[7:]}"
add("ko", OB, f"""외국인 근로자 출국만기보험 청구: 근로자 라흐맛 히다얏, {x1}. 귀국 예정일 12/15, 청구 서류 뭐가 필요한지 정리해줘.""",
    [(PER, "라흐맛 히다얏"), (ALN, x1)])

# --- markup inside values
p1 = mob()
g = p1.split("-")
x1 = f"{g[0]}</b>-<b>{g[1]}</b>-<span>{g[2]}"
add("mixed", OB, f"""알림톡 템플릿 HTML 미리보기에서 번호가 이렇게 나와요: <b>{x1}</span> — 고객 편주희 님 번호인데 태그를 왜 이렇게 넣었을까요?""",
    [(PH, x1), (PER, "편주희")])

r1 = rr("930722", 2)
x1 = f"{r1[:4]}**{r1[4:]}"
add("ko", OB, f"""노션에 붙였더니 굵게 표시가 반쯤 먹었어요: **{x1} (학생 봉지안 어머니 배윤미). 학생부 상담기록에 주민번호가 왜 들어갔는지 확인 필요.""",
    [(RRN, x1), (PER, "봉지안"), (PER, "배윤미")])

e1 = "skerr.designs@outlook.com.au"
x1 = e1.replace("@", "</span>@<span>")
add("en", OB, f"""The CRM export wraps parts of the email in spans: <span>{x1}</span> - Siobhan Kerr's record. Strip the tags please.""",
    [(EM, x1), (PER, "Siobhan Kerr")])

# --- reversed
r1 = rr("720919", 1)
x1 = r1[::-1]
add("ko", OB, f"""보안상 거꾸로 적어 보냅니다(뒤에서부터 읽으세요): {x1} — 전세 계약 임대인 용태섭 씨 주민번호예요. 등기부랑 대조해 주세요.""",
    [(RRN, x1), (PER, "용태섭")])

add("en", OB, """Weird note in the rider app: "call me, number is reversed: 7033-948 )215(" - that's the customer Marcus at the Damen Ave drop. Should we allow this in chat?""",
    [(PH, "7033-948 )215("), (PER, "Marcus")])

# --- e-mails and IPs written out / defanged / lookalikes
add("en", OB, """Hi, please reach me at yoonhee dot park at gmail dot com - the form wouldn't accept my address. - Yoonhee Park""",
    [(EM, "yoonhee dot park at gmail dot com"), (PER, "Yoonhee Park")])

add("ko", OB, """국민신문고 답변 받을 메일 주소: taesu.ok[at]kakao[.]com (옥태수). 시스템이 @를 막아서 이렇게 씁니다.""",
    [(EM, "taesu.ok[at]kakao[.]com"), (PER, "옥태수")])

ip1, ip2 = pub_ip(), priv_ip()
x1, x2 = ip1.replace(".", "[.]"), ip2.replace(".", "[.]")
add("en", OB, f"""IOC list for the SOC channel (defanged): C2 {x1} on 8443/tcp, lateral movement seen from workstation {x2} (user: r.quintero). Owner of the workstation is Rafael Quintero.""",
    [(IP, x1), (IP, x2), (PER, "Rafael Quintero")])

ip1, p1 = pub_ip(), mob()
x1 = ip1.replace(".", "[.]")
add("mixed", OB, f"""피싱 문자 신고합니다. 링크: hxxp://{x1}/kakaobank/login (발신번호 {p1}) — 보안팀 공유용으로 defang 했어요.""",
    [(IP, x1), (PH, p1)])

x1 = "j\u0435sse.kim@gmail.com"  # Cyrillic е
add("en", OB, f"""Please add {x1} to the Slack guest list - it's Jesse Kim from the agency.""",
    [(EM, x1), (PER, "Jesse Kim")])

x1 = "\u03bfps.lead@brightpath.io"  # Greek omicron
add("en", OB, f"""Forwarding rule set to {x1} (Greek keyboard, sorry). Owner: Tomasz Wójcik.""",
    [(EM, x1), (PER, "Tomasz Wójcik")])

e1 = "hajin.sw@kakao.com"
x1 = between(e1, " ")
add("en", OB, f"""Customer spelled out her email on the chat because links are blocked: {x1}. Name: Ha-jin Sunwoo.""",
    [(EM, x1), (PER, "Ha-jin Sunwoo")])

x1 = "eosubin_93\n[오전 11:02] 초코라떼: @gmail.com"
add("ko", OB, f"""고객 어수빈 님이 카톡으로 보낸 거예요(닉네임 초코라떼).
[오전 11:01] 초코라떼: 영수증 받을 메일은 {x1} 이요
[오전 11:02] 초코라떼: 메일 주소 합쳐서 보내주세요""",
    [(PER, "어수빈"), (EM, x1)])

ip1 = priv_ip()
x1 = ip1.replace(".", " . ")
add("ko", OB, f"""메신저가 IP를 링크로 바꿔서 띄어 씁니다: DB 서버 {x1} 포트 5432. 접속 계정은 석지우 님께 받으세요.""",
    [(IP, x1), (PER, "석지우")])

ip1 = pub_ip()
o = [int(t) for t in ip1.split(".")]
x1 = "0x" + "".join(f"{t:02X}" for t in o)
add("en", OB, f"""The WAF log stores the client address as a 32-bit hex integer: client={x1} (that's the dotted IPv4 address packed). Can you convert it and check the geolocation?""",
    [(IP, x1)])

# --- emoji, circled, Roman, superscript
p1 = mob()
x1 = p1.replace("-", "🙂")
add("ko", OB, f"""배달 요청사항에 고객이 이렇게 썼어요: "도착하면 {x1} 로 연락주세요 💕 (명수진)" 라이더 앱에서 전화 버튼이 안 생겨요.""",
    [(PH, x1), (PER, "명수진")])

a1 = acct("토스뱅크")
x1 = between(digits(a1), "✨")
add("ko", OB, f"""인스타 공구 공지에 계좌를 이모지 사이사이 넣어서 올렸어요: 토스뱅크 {x1} (예금주 소예린) 이거 숫자만 뽑아줘.""",
    [(ACC, x1), (PER, "소예린")])

p1 = mob()
x1 = mapd(p1, CIRCLED)
add("ko", OB, f"""학부모 상담 신청서 연락처 칸에 특수문자 숫자로 적으셨어요: {x1} (학생 경태오 어머니). 문자 발송 시스템에 숫자로 넣어주세요.""",
    [(PH, x1), (PER, "경태오")])

b1 = bz(no_zero=True)
x1 = mapd(b1, ROMAN)
add("ko", OB, f"""거래처가 사업자번호를 로마숫자 기호로 보냈어요(복사 방지라나): {x1}. 세금계산서 발행용으로 아라비아 숫자로 바꿔줘. 대표자는 진보라.""",
    [(BRN, x1), (PER, "진보라")])

a1 = acct("우리")
x1 = mapd(a1, SUPER)
add("ko", OB, f"""보훈 위탁병원 진료비 환급 계좌가 위첨자로 복사됐어요: 우리은행 {x1} 예금주 함도경. 이거 그대로 붙이면 이체가 안 되죠?""",
    [(ACC, x1), (PER, "함도경")])

# --- digit shift, spaced names, split address, misc
c1 = cc("4", sep="-")
x1 = "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in c1)
add("ko", OB, f"""팀 공용 메모에 법인카드 번호를 "각 자리 +1"로 바꿔 적어뒀어요: {x1} (복원하려면 각 자리에서 1 빼기, 9 다음은 0). 담당 육지성 과장 카드예요. 이거 괜찮은 방식인가요?""",
    [(CARD, x1), (PER, "육지성")])

r1 = rr("870417", 1)
add("ko", OB, f"""112 신고 녹취 요약 중 가해자 인적사항: 성명 권/혁/찬, 주민번호 {r1}. 이름을 슬래시로 끊어 쓴 건 내부 검색 방지용이래요. 보고서 양식에 맞게 고쳐줘.""",
    [(PER, "권/혁/찬"), (RRN, r1)])

x1 = "서울특별시 / 강서구 / 화곡로61길 / 24 / 301호"
add("ko", OB, f"""전세피해 지원센터 신청서 주소 칸이 이렇게 적혔어요: {x1} (신청인 석유나). 슬래시 빼고 정상 주소로 고쳐줘.""",
    [(LOC, x1), (PER, "석유나")])

c1 = cc("4", sep=" ")
g = c1.split(" ")
x1 = f"{g[0]} {g[1]}\n(이어서) {g[2]} {g[3]}"
add("ko", OB, f"""헬스장 환불 신청서에 카드번호 칸이 좁아서 두 줄로 적었어요.
결제카드: {x1}
회원명: 봉준우""",
    [(CARD, x1), (PER, "봉준우")])

c2 = crn("110111" + dg(6), dash=False)
x1 = "_".join([c2[:3], c2[3:6], c2[6:9], c2[9:]])
add("ko", OB, f"""등기 서류 파일명에 법인등록번호가 들어가 있어요: 등기부_{x1}_한빛로지스.pdf — 파일명에서 지워야 하나요?""",
    [(CRN, x1)])

h1 = hi()
x1 = between(h1, ".")
add("ko", OB, f"""어린이집 입소 서류에 건강보험증번호를 점 찍어서 적으셨어요: {x1} (원아 길예준). 전산 입력할 때 숫자만 넣으면 되죠?""",
    [(HI, x1), (PER, "길예준")])

c1 = cc("4", sep=" ")
g = c1.split(" ")
x1 = f"{en_words(g[0]).replace('oh', 'zero')} • {g[1]} • {g[2]} • {en_words(g[3]).replace('oh', 'zero')}"
add("en", OB, f"""Customer typed this in the chat widget because digits get blocked: "{x1}" - cardholder Grace Oduya. Can we process it by phone instead?""",
    [(CARD, x1), (PER, "Grace Oduya")])

p1 = mob()
g = p1.split("-")
x1 = f"{fw(g[0])}-{sino(g[1])}-{fw(g[2])}"
add("ko", OB, f"""국민신문고 민원 본문에 민원인이 번호를 이렇게 적었어요: {x1}. 담당자 회신용으로 숫자로 바꿔줘. 민원인은 어경민.""",
    [(PH, x1), (PER, "어경민")])

a1 = ar("981103", 8)
x1 = between(a1.replace("-", ""), " ")
add("mixed", OB, f"""D-2 student Aziza Karimova wrote her ARC number with spaces on the housing form: {x1}. 기숙사 시스템에 넣을 형식(하이픈)으로 바꿔줘.""",
    [(PER, "Aziza Karimova"), (ALN, x1)])

r1 = rn("210817", 4)
x1 = r1.replace("-", " — ")
add("ko", OB, f"""유치원 원아 응급연락 카드 사진을 옮긴 건데 대시가 길게 들어갔어요: 원아 반서아 주민번호 {x1} (2021년생이라 새 번호 체계). 양식에 맞게 정리해줘.""",
    [(PER, "반서아"), (RRN, x1)])

pa1 = pp_new()
x1 = between(pa1, "-")
add("ko", OB, f"""출장자 명단에 여권번호를 글자마다 하이픈으로 적었네요: 봉태민 {x1}. 항공사 APIS 입력용으로 붙여줘.""",
    [(PER, "봉태민"), (PASS, x1)])

e1 = "kwonsr1951@hanmail.net"
x1 = e1.replace("@", " (골뱅이) ").replace(".", " (점) ")
add("ko", OB, f"""보훈 위문 대상 어르신 따님 메일을 전화로 받아 적었어요: {x1}. 메일 주소 형태로 바꿔줘.""",
    [(EM, x1)])
# ================================================================ negative
isbn_a, isbn_b = isbn13("978-89-6626-287"), isbn13("979-11-92107-04")
ean_a = ean13("880" + dg(9))
track16 = not_luhn(16)
track16_fmt = " ".join(track16[i : i + 4] for i in range(0, 16, 4))
NEG = [
    ("ko", f"""해외직구 관세 계산 좀 해줘. 개인통관고유부호 P{dg(12)} 로 조회하면 물품가격 $187.40, 배송비 $22, 환율 1,392.5원 기준이에요. 운송장 {dg(12)} 은 아직 '입항 전'이래요."""),
    ("ko", """개인통관고유부호가 뭐예요? P로 시작하고 숫자 12자리라는데(예: P000000000000) 주민번호 대신 쓰는 거라고 들었어요. 유효기간이나 재발급 방법도 알려주세요."""),
    ("ko", """판결 요지 정리: 서울중앙지방법원 2024가단12345 손해배상(기) 사건, 민법 제750조 및 주택임대차보호법 제3조의2 제2항 적용. 항소심은 2024나67890으로 계속 중."""),
    ("ko", """개인정보 보호법 제24조의2(주민등록번호 처리의 제한) 제1항 각 호와 같은 법 시행령 제21조의2를 비교해서 표로 정리해줘. 2023.9.15. 시행 개정 내용 포함."""),
    ("mixed", f"""Reading list for the onboarding cohort:
1. Designing Data-Intensive Applications - ISBN {isbn13("978-1-4493-7332")}
2. 데이터 중심 애플리케이션 설계 (한국어판) - ISBN {isbn_a}
3. 파이썬 코딩의 기술 - ISBN {isbn_b}
Order 3 copies each by 11/29; budget code OPS-2024-117."""),
    ("mixed", """릴리즈 노트 초안: v3.12.4 (build 20241107.1843) — commit 9f3c2ab7e41d0c58b2a6f0e13d9c774a2b5e8f01
- 로그인 세션 만료 시간 3600s → 7200s
- Android minSdk 24 → 26, iOS 15.0 이상
- 결제 모듈 pg-sdk 2.8.11 → 2.9.0"""),
    ("ko", """2024년 11월 7일(목) 14:30~16:00 회의 결과: 4분기 예산 1,250,000,000원 중 집행 872,340,000원(69.8%). 다음 회의 2024-11-21 10:00, 3층 대회의실."""),
    ("ko", """우편번호 06236 이 역삼동 쪽 맞나요? 택배 송장 출력할 때 5자리 우편번호만 넣으면 주소가 자동으로 안 채워지네요."""),
    ("ko", f"""상품코드 {ean_a} (바코드 EAN-13) 재고가 안 맞아요. 창고 로케이션 B-12-03, 입고 수량 1,440개, 출고 1,382개."""),
    ("ko", f"""사업장관리번호 {dg(11, "123456789")} 인 사업장의 2024년 고용보험 요율 알려줘. 업종은 제조업(28999), 상시근로자 42명."""),
    ("ko", """뉴스 요약: 손흥민 선수가 토트넘과 재계약 협상 중이라는 보도가 나왔다. 한편 봉준호 감독의 신작 '미키 17'은 내년 3월 개봉을 확정했다."""),
    ("ko", """[작성 예시] 성명: 홍길동 / 주민등록번호: 000000-0000000 / 연락처: 010-0000-0000 / 주소: ○○시 ○○구 ○○로 00
위 예시처럼 빈칸 없이 작성하세요. 예시의 홍길동 대신 본인 이름을 쓰면 됩니다."""),
    ("ko", """마스킹 검수 결과: 김** / 010-****-1234 / 910412-1****** / 서울시 강남구 ****** / kim***@naver.com — 모두 정상 마스킹되었습니다."""),
    ("en", """Payment integration docs: use test card 4111 1111 1111 1111 (Visa) or 4242 4242 4242 4242, any future expiry, CVC 123. Test users: user@example.com / 2001:db8::1 as the sample client address."""),
    ("mixed", """배포 대상 목록:
- request_id: 3f2b9c1e-7a4d-4e8b-9c0f-2d6a1b8e5f73
- trace_id: 0af7651916cd43dd8448eb211c80319c
- git sha: e83c5163316f89bfbd7d9ab23ca2e25604af2908
이 중 trace_id 포맷이 W3C 규격에 맞는지 봐줘."""),
    ("ko", """측정 지점 좌표: 37.566535, 126.977969 (서울광장), 35.179554, 129.075641 (부산시청). 두 지점 간 직선거리 계산해줘."""),
    ("ko", """장비 시리얼 번호(S/N): 0102-4839-2210 / 모델명 KX-T7730 / 펌웨어 4.1.0. 라벨 사진 첨부했어요. AS 접수 가능한가요?"""),
    ("ko", """엑셀에서 10482행부터 10499행까지 지우면 합계가 1,048,576원으로 바뀌어요. A1048576 셀이 마지막 행이라는데 그 아래로는 못 쓰나요?"""),
    ("ko", """다음 주에 사무실 이사 일정 정리 한번 해보자. 조사 결과 강남 쪽 임대료가 판교보다 18% 비싸고, 이사 업체 견적은 세 곳 받았어."""),
    ("en", f"""Where is my package? FedEx tracking {dg(12, "7")}, UPS 1Z4E82W90312884511, Canada Post {track16_fmt} (tracking number, not a card). Ordered 2024-10-28, invoice INV-2024-000913, PO 4500128833."""),
    ("en", """Summarise this article: Taylor Swift closed the Eras Tour in Vancouver on December 8 after 149 shows, while Elon Musk said Starship's next test flight would launch from Boca Chica."""),
    ("en", """Form instructions: enter your name as it appears on your passport (e.g., John Doe), street address (e.g., 123 Main St, Anytown, ST 12345) and a contact number (e.g., 555-0100)."""),
    ("mixed", """보안그룹 규칙 정리: 0.0.0.0/0 → 443 허용, 10.0.0.0/8 → 5432 허용, 127.0.0.1 헬스체크, 169.254.169.254 메타데이터 차단. ::1 도 loopback으로 처리해줘."""),
    ("ko", """[병무청 안내] 2025년 예비군 훈련 일정: 동원훈련 3월~11월, 작계훈련 연 2회. 훈련 연기는 훈련 1일 전까지 신청, 문의 1588-9090. 1~4년차 2박3일 기준 보상비 82,000원."""),
    ("ko", """어린이집 공지: 12월 20일(금)은 교직원 연수로 휴원합니다. 긴급보육 필요 가정은 12/13까지 신청서 제출. 2025년 보육료 지원 단가 만 0세 584,000원, 만 1세 514,000원."""),
    ("ko", """산재 통계 요약해줘: 2023년 업무상 사고 사망자 812명, 그 중 건설업 356명, 제조업 170명. 떨어짐 251명, 끼임 90명. 전년 대비 62명 감소."""),
    ("ko", """보훈 소식: 11월 17일 순국선열의 날 기념식이 오전 10시 서대문독립공원에서 열립니다. 독립유공자 후손 초청 대상은 242명, 셔틀버스는 9시 20분 출발."""),
    ("en", """Quick question on visa categories: E-9 (non-professional employment) allows up to 4 years 10 months; D-2 students can work 20-25 hours/week during term with TOPIK 4 or higher. Does D-10 allow part-time work too?"""),
    ("ko", """생활기록부 기재요령: 행동특성 및 종합의견은 500자 이내, 특정 학생 이름·연락처는 다른 학생 기록에 쓰지 않음. 수상경력은 교내상만, 학기당 1건 대입 반영."""),
    ("ko", """전세사기피해자법 제3조 요건 4가지 정리: 대항력, 보증금 5억원 이하, 다수 피해, 임대인의 기망 의도. 특별법 시행 2023.6.1., 유효기간 2년 연장 논의 중."""),
    ("ko", """[당근 채팅 - 아이폰 13 미니]
포근한고양이: 아직 판매중이신가요?
나: 네 35만원이에요, 배터리 성능 87%
포근한고양이: 강남역 11번 출구에서 내일 저녁 8시 어때요?
나: 좋아요 그때 봬요"""),
    ("ko", """배달앱 정산 내역 확인: 주문번호 B2K4-0931-7781, B2K4-0931-7802 두 건 배달비 3,300원씩 중복 차감. 11월 1주차 정산액 412,800원 → 406,200원."""),
    ("en", """Discharge instructions (generic template): amoxicillin 500 mg every 8 hours for 7 days; return to ED if temperature above 38.5 °C or SpO2 below 92%. Follow-up in 10-14 days."""),
    ("ko", """국민신문고 처리 현황: 10월 접수 1,482건, 처리기한 내 완료 1,401건(94.5%). 신청번호 1AA-2410-0381921 외 12건은 타 기관 이송. 평균 처리일 6.2일."""),
    ("ko", """112 신고 통계: 2024년 3분기 코드0 1,204건, 코드1 48,392건, 평균 출동 시간 4분 31초. 전년 동기 대비 2.1% 단축."""),
    ("en", """### Bug: CSV export fails for large files
```
Traceback (most recent call last):
  File "/usr/lib/python3.11/csv.py", line 149, in writerow
    return self.writer.writerow(self._dict_to_list(rowdict))
MemoryError
```
Reproduced on 2.14.3 with 1,048,576 rows; works on 2.13.9. Running on 127.0.0.1:8000 (dev server)."""),
    ("mixed", """회원 테이블 DDL 리뷰해줘. 주민번호 컬럼을 암호화 컬럼으로 바꾸려고요.
CREATE TABLE TB_MEMBER (
  MBR_ID NUMBER(12) PRIMARY KEY,
  MBR_NM VARCHAR2(50) NOT NULL,
  RRN_ENC RAW(256),
  HP_NO VARCHAR2(20),
  REG_DT DATE DEFAULT SYSDATE
);"""),
    ("en", """Deployment manifest looks off - replicas never scale above 3:
spec:
  replicas: 3
  template:
    spec:
      containers:
        - image: registry.internal/api:2024.11.07-rc2
          ports:
            - containerPort: 8080
          resources:
            limits: {cpu: "1500m", memory: "2Gi"}"""),
    ("mixed", """상품 API 응답 JSON이 이상해요: {"sku": "KR-8801234-BLK-270", "price": 129000, "stock": 48, "updated_at": "2024-11-07T09:12:44+09:00", "barcode": "8809123456781"} price 필드가 문자열이어야 한대요."""),
    ("en", """2024-11-08T03:01:12Z INFO  scheduler job=nightly-export run_id=88213 duration=412.7s rows=2,391,044
2024-11-08T03:01:13Z WARN  scheduler job=nightly-export retry=1 backoff=30s host=localhost
2024-11-08T03:02:40Z INFO  scheduler job=nightly-export status=ok checksum=sha256:6f1c0e9b"""),
    ("ko", """월별 판매 실적 CSV를 피벗으로 바꿔줘.
월,지점코드,품목코드,수량,매출액
2024-09,GN-001,P-20931,1204,48160000
2024-10,GN-001,P-20931,1388,55520000
2024-10,BS-014,P-20932,402,16080000"""),
    ("mixed", """#deploy 스레드
[14:02] release-bot: build #4821 passed (12m 31s)
[14:05] release-bot: canary 5% → 25% (error rate 0.03%)
[14:20] release-bot: promoted v3.12.4 to prod, rollback tag v3.12.3"""),
    ("ko", """[매장 주문 STT] 아메리카노 아이스 두 잔이랑 라떼 하나요 이만 오천 원 나왔습니다 포인트 적립 번호 말씀해 주세요 아 괜찮아요 영수증은 버려주세요"""),
    ("en", """> Can we move the review to Thursday?
Sure, 3:30 pm KST works. Room 12B, dial-in code 884 219 771#.
>> Original agenda: Q4 roadmap, 2025 budget (USD 1.2M), hiring plan (4 FTE)"""),
    ("ko", """주민등록번호 구조 설명: 앞 6자리는 생년월일(YYMMDD), 뒤 7자리 중 첫 자리는 성별·세기 구분(1~4 내국인, 5~8 외국인), 2020년 10월 이후 발급분은 뒷자리 6자리가 임의번호. 예: YYMMDD-GNNNNNN."""),
    ("ko", """계좌번호 입력란 안내 문구 다듬어줘: "숫자만 입력하세요(하이픈 제외). 예: 1234567890123. 가상계좌는 14자리까지 입력 가능합니다." """),
    ("ko", """올해 누적 매출 ₩1,048,293,371, 목표 대비 87.4%. 4분기 예상 매출 312,004,118원을 더하면 ₩1,360,297,489 예상."""),
    ("ko", """법정동코드 1168010100 (서울특별시 강남구 역삼동) 기준으로 아파트 실거래가 API 호출하는 파이썬 예제 만들어줘. 행정표준코드 최신본은 2024-10-31 버전."""),
    ("ko", """통신판매업 신고번호 제2024-서울강남-01234호, 의료기기판매업 신고번호 제1234호 — 쇼핑몰 하단 표기 순서가 법적으로 정해져 있나요?"""),
    ("en", """Flight KE082 ICN→JFK departs 10:30, arrives 10:55 same day; seat 41C, PNR 6XK2QD, e-ticket 180-2394018823. Baggage allowance 2 x 23 kg."""),
    ("ko", """강남 3구 아파트값 상승률이 0.21%로 전주 대비 확대됐다. 강남, 서초, 송파 모두 올랐고 노원·도봉·강북은 보합이었다."""),
    ("ko", """역사 과제: 세종대왕이 훈민정음을 반포한 1446년과 이순신 장군의 명량해전(1597년) 사이의 시대적 배경을 비교해서 3문단으로 써줘."""),
    ("en", """Can someone review PR #4821? @jmkim-dev and @ines-d already approved; CI run 88213 failed on test_upload_large (timeout 300s). Rebased onto main at 4b825dc."""),
    ("ko", """전화번호 안내: 외국인종합안내센터 1345, 정부민원안내 110, 학교폭력 신고 117, 근로복지공단 1588-0075, 국민연금 1355. 모두 국번 없이."""),
    ("ko", f"""CJ대한통운 운송장 {dg(4, "5")}-{dg(4)}-{dg(4)} 조회하면 '집화처리' 이후 3일째 변동이 없어요. 주문번호 20241107-0001293, 결제금액 38,900원."""),
    ("ko", """공문 번호 체계 확인: 교육행정과-12345 (2024.11.07.), 시행 학생지원과-8821. 붙임 2부. 끝."""),
    ("en", """Regex help: I need to match Korean mobile numbers like 010-XXXX-XXXX and reject landlines like 02-XXX-XXXX. Also business numbers in the form XXX-XX-XXXXX. No real data here, just patterns."""),
    ("mixed", """버전 비교표: Node 18.20.4 vs 20.18.0, OpenSSL 3.0.13, glibc 2.35, 커널 5.15.0-124-generic. 10.5.2 마이그레이션 가이드 링크도 같이 줘."""),
    ("ko", """우리 팀 이번 주 정리: 이사님 보고 자료 수정, 조사 보고서 한번 더 검토, 정리 안 된 영수증 증빙 처리. 한번에 끝내고 금요일엔 일찍 퇴근하자."""),
    ("ko", """건강보험 자격득실 확인서 발급 방법 알려줘. 홈페이지에서 공동인증서로 로그인하면 되고, 피부양자도 같이 나오나요? 보험료율은 2024년 7.09%라고 들었어요."""),
    ("en", """Our Australian office moved: the new postcode is 3000 (Melbourne CBD). Opening hours 8:30-17:30 AEDT; reception line is 13 00 00 (general enquiries)."""),
    ("ko", """외국인등록증 재발급 수수료가 얼마예요? 체류기간 연장 수수료 6만원, 등록증 재발급 3만원이라는데 2025년에 바뀐다는 기사도 봤어요. 하이코리아 방문예약은 평일만 가능한가요?"""),
    ("mixed", f"""Excel 파일 행 번호 정리: Sheet1!A2:A1048576 중 실제 데이터는 2~38412행. 품번 예시 SKU-{dg(6)}-KR, LOT 24K07-{dg(4)}. 중복 제거 후 31,207행."""),
    ("mixed", """API 문서 예시 payload 검토해줘. 실제 값은 하나도 없어요.
{"name": "홍길동", "rrn": "YYMMDD-XXXXXXX", "phone": "010-0000-0000", "email": "user@example.com", "address": "서울특별시 ○○구 ○○로 00", "ip": "192.0.2.10"}
필드 설명에 'rrn은 전송 전 암호화' 문구 추가하고 싶어요."""),
    ("ko", """학교 행정실 업무: 2학기 방과후 수강료 환불 기준 1/3 경과 전 2/3 환불. 신청 인원 1학년 87명, 2학년 64명, 3학년 41명. 강사료 시간당 40,000원."""),
]
for _lang, _text in NEG:
    add(_lang, N, _text, [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "tenth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_tenth.jsonl"), build())


if __name__ == "__main__":
    main()
