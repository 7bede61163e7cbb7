# ruff: noqa: E501
"""Eleventh blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus generators' cases, apart from check_digits.py, spans.py, jsonl.py and
the docstring, value makers and build()/main() of heldout_tenth.py, whose schema and conventions it copies). The
evaluation script and the detectors were neither read nor run against these cases; nothing here was tuned to the
engine. Values are made up with a fresh seed; resident, alien, business and corporate numbers and card numbers
carry real check digits (check_digits.py). Post-October-2020 resident numbers (random last digit that fails the
old checksum) appear for children born since then and for an identity-theft victim whose number was changed,
carried by context.

New domains: 국세청 연말정산 (부양가족·의료비 명세) and 현금영수증 민원, 국민건강보험공단 피부양자 취득/상실,
지방세 체납 and 환급, 주민센터 전입신고·세대분리, 선거관리위원회 (투표사무원 위촉, 후보자 회계책임자), 법원 공탁 and
법인 등기 변경, 소방 구급활동일지, 국립대 장학금, LH 공공임대 입주, 우체국 택배 반송·등기, 통신사 명의도용 and
번호 변경, 실손보험 청구, 코레일/항공 예약 (PNR, e-ticket), 카드사 이의제기 (chargeback), 운전면허 갱신 and
렌터카 계약, 외국인 근로자 기숙사 and 국민연금 반환일시금, 기초생활수급·장애인 활동지원, 조달청 입찰 and 세금계산서,
임금체불 진정, 주택청약, 정보공개청구, 한전 복지할인, 압류 해제; English-language embassy and visa letters,
US/UK/Canadian/Australian HR, tenancy, medical and payroll records; Jira and Confluence exports, Terraform and
Kubernetes manifests, nginx configs, pandas DataFrame prints, Excel formulas, git logs, Postman/cURL requests,
ERP TSV exports and OCR'd scans with broken spacing.

Labelling decisions: the ninth/tenth sets' rules (copied from heldout_tenth.py's docstring) apply unchanged:
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
Added for this set:
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
- Jira/Confluence user keys (mkim, jdoe2) are handles, not PERSON; display names that are real names are.
- A value written with HTML tags, JSON \\u escapes or HTML character references between or instead of its
  characters is one span from the first character of the first tag/escape belonging to it to the last character
  of the last one; tags wrapping the whole value stay outside.
- An IP in dotted-hex or as one integer with a note saying so is IP_ADDRESS on that token; a ROT13 or
  digit-shifted value explained in the text is labelled with the entity it encodes on the shifted token.
- The 국세청 현금영수증 자진발급 code 010-000-1234 is a designated code, not a phone number: a hard negative.
- Version strings with four parts (15.0.4385.2), OIDs and 4-part build numbers are hard negatives.
"""

from __future__ import annotations

import base64
import codecs
import json
import random
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

random.seed(11_2025_1121_4139)

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


BANK = {
    "신한": "110-NNN-NNNNNN",
    "국민": "NNNNNN-NN-NNNNNN",
    "우리": "1002-NNN-NNNNNN",
    "하나": "NNN-NNNNNN-NNNNN",
    "농협": "3NN-NNNN-NNNN-NN",
    "기업": "NNN-NNNNNN-NN-NNN",
    "카카오뱅크": "3333-NN-NNNNNNN",
    "토스뱅크": "1000-NNNN-NNNN",
    "우체국": "NNNNNN-NN-NNNNNN",
    "새마을금고": "9002-NNNN-NNNN-N",
    "수협": "NNNN-NNNN-NNNN",
    "대구": "NNN-NN-NNNNNN-N",
    "부산": "NNN-NNNN-NNNN-NN",
    "SC제일": "NNN-NN-NNNNNN",
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
    return f"{random.choice([211, 175, 121, 58, 112, 203, 61, 118, 222, 49, 14, 27, 106, 125])}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(2, 250)}"


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
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
MATH_BOLD = dict(zip("0123456789", [chr(0x1D7CE + i) for i in range(10)], strict=True))
DOUBLE = dict(zip("0123456789", [chr(0x1D7D8 + i) for i in range(10)], strict=True))
SANS = dict(zip("0123456789", [chr(0x1D7E2 + i) for i in range(10)], strict=True))
SUPER = dict(zip("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻", strict=True))
SUB = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True))
ZW, ZWJ, ZWNJ, WJ, SHY, NBSP, BOM = "\u200b", "\u200d", "\u200c", "\u2060", "\u00ad", "\u00a0", "\ufeff"


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


def homo(s: str) -> str:
    return s.replace("0", "O").replace("1", "l")


def ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def uesc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def shift(s: str, k: int) -> str:
    return "".join(str((int(c) + k) % 10) if c.isdigit() else c for c in s)


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def js(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


RRN, ALN, PASS, DLIC, BRN, CRN, HI = "KR_RRN", "KR_ALIEN_REG", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE"
PH, ACC, CARD, EM, IP, PER, LOC = "PHONE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "EMAIL_ADDRESS", "IP_ADDRESS", "PERSON", "LOCATION"

# ================================================================ positive
# --- 국세청 연말정산 / 현금영수증
_n1, _n2, _n3 = "윤태섭", "최혜린", "윤서아"
_r1, _r2, _r3 = rr("790412", 1), rr("820927", 2), rn("210315", 4)
add("ko", P, f"""연말정산 부양가족 공제 명세 확인 부탁해요. 홈택스 간소화 자료랑 안 맞는 것 같아서요.

근로자: {_n1} ({_r1}) 총무과 주무관
배우자: {_n2} {_r2} - 소득 없음, 기본공제 대상
자녀: {_n3} {_r3} (2021년 3월생, 출생신고가 늦어서 간소화 자료에 안 뜸)

자녀세액공제랑 출산·입양 공제가 같이 되는지, 의료비는 {_n3} 앞으로 된 것만 따로 빼야 하는지 알려줘.""", [(PER, _n1), (RRN, _r1), (PER, _n2), (RRN, _r2), (PER, _n3), (RRN, _r3), (PER, _n3)])

_n1, _p1, _b1 = "마동현", mob(), bz()
add("ko", P, f"""현금영수증 미발급 신고 민원 답변 초안 써줘.

신고인: {_n1} / 연락처 {_p1}
피신고 사업자: ○○헬스클럽 (사업자등록번호 {_b1})
거래일 2025.09.14, 금액 660,000원 (6개월 회원권), 현금 결제 후 발급 요청했으나 거절
신고인이 현금영수증 발급번호로 본인 휴대폰 {_p1}을 불러줬다고 함. 승인번호 없음.
포상금 지급 요건(건당 10만원 이상) 충족 여부도 문단에 넣어줘. 문의는 126 국세상담센터로 안내.""", [(PER, _n1), (PH, _p1), (BRN, _b1), (PH, _p1)])

_n1, _b1, _p1, _e1 = "구혜정", bz(), land("031"), "tax.gu@daonsoft.co.kr"
add("ko", P, f"""의료비 세액공제 누락분 경정청구 안내 메일 다듬어줘.

받는 사람: 재무팀 {_n1} 과장
병원 사업자번호 {_b1} 로 조회했더니 간소화 자료에 안 올라온 의료비가 1,240,000원 있습니다.
병원 원무과 담당자 전화 {_p1}, 회신은 {_e1} 로 받기로 했습니다.
전자납부번호나 홈택스 접수번호는 메일에 넣지 않아도 됩니다.""", [(PER, _n1), (BRN, _b1), (PH, _p1), (EM, _e1)])

# --- 건강보험 피부양자
_n1, _n2, _n3 = "송재윤", "김옥례", "송하람"
_h1, _r2, _r3 = hi(), rr("480203", 2), rn("230708", 3)
add("ko", P, f"""건강보험 피부양자 자격취득 신고서 내용 검토 좀 해줘.

직장가입자: {_n1}, 건강보험증 번호 {_h1}, 사업장 ○○물산 (사업장관리번호 생략)
피부양자 1: 모 {_n2} {_r2} - 연금소득 연 1,680만원 (기준 2,000만원 이하)
피부양자 2: 자 {_n3} {_r3} (2023년생)

재산세 과세표준 확인이 필요하면 어떤 서류를 받아야 하는지도 알려줘.""", [(PER, _n1), (HI, _h1), (PER, _n2), (RRN, _r2), (PER, _n3), (RRN, _r3)])

_n1, _h1, _r1, _p1 = "차영길", hi(), rr("610918", 1), mob()
add("ko", P, f"""공단 지사 민원 상담 기록 정리
- 민원인 {_n1}({_r1}), 건강보험증 {_h1}
- 자녀 회사 피부양자에서 상실 처리됨 → 지역가입자 전환 후 보험료 월 21만원 고지
- 임의계속가입 신청 가능 여부 문의, 회신 연락처 {_p1}
- 상실 사유: 사업소득 발생(연 500만원 초과)""", [(PER, _n1), (RRN, _r1), (HI, _h1), (PH, _p1)])

# --- 지방세
_n1, _l1, _a1, _p1 = "엄기태", "경상남도 김해시 김해대로2401번길 17, 303동 1104호", acct("농협"), land("055")
add("ko", P, f"""지방세 과오납 환급 안내문 만들어줘.

납세자: {_n1}
주소: {_l1} (삼계동, 푸른마을아파트)
세목: 자동차세 2025년 1기분 중복납부 132,400원
납부번호: 4804-1-25-06-0018827
환급계좌: 농협 {_a1} (예금주 {_n1})
문의: 세정과 {_p1}""", [(PER, _n1), (LOC, _l1), (ACC, _a1), (PER, _n1), (PH, _p1)])

_n1, _l1, _p1 = "피상철", "울산광역시 남구 삼산로 274 1203호", mob()
add("ko", P, f"""체납자 실태조사 결과 보고서 문장 다듬어 주세요.

체납자 {_n1}은 주민세·재산세 합계 4,815,200원을 3년째 체납 중이며, 등록 주소지({_l1})를 방문한 결과 실거주는 확인되었으나 부재중이었음. 휴대전화({_p1})로 연락 시 분납 의사를 밝혔음. 관허사업 제한 대상 아님.""", [(PER, _n1), (LOC, _l1), (PH, _p1)])

# --- 주민센터 전입신고
_n1, _n2, _r1, _p1 = "표민혁", "표정근", rr("950630", 1), mob()
_l1, _l2 = "대구광역시 수성구 범어천로 71 2층", "대구광역시 달서구 월배로 148 107동 1502호"
add("ko", P, f"""전입신고 처리 메모 정리해줘 (세대분리 건)

신고인 {_n1} {_r1}, 연락처 {_p1}
전 주소: {_l1}
새 주소: {_l2}
세대주: 부 {_n2}은 기존 세대 유지, 신고인 본인이 신규 세대주
확정일자 같이 받음, 전입세대 열람은 안 함.""", [(PER, _n1), (RRN, _r1), (PH, _p1), (LOC, _l1), (LOC, _l2), (PER, _n2)])

# --- 선거관리위원회
_ns = ["지은호", "방수연", "석진우"]
_ps = [mob(), mob(), mob()]
_as = [acct("국민"), acct("카카오뱅크"), acct("신한")]
add("ko", P, f"""재보궐선거 사전투표소 투표사무원 위촉 명단이에요. 수당 지급용으로 표 정리해줘.

연번,성명,소속,연락처,수당 입금계좌
1,{_ns[0]},○○초등학교 교사,{_ps[0]},국민 {_as[0]}
2,{_ns[1]},행정복지센터 주무관,{_ps[1]},카카오뱅크 {_as[1]}
3,{_ns[2]},구청 세무과,{_ps[2]},신한 {_as[2]}

※ 선거인명부 등재번호(예: 제3투-0412)는 명단에 넣지 말 것""", [x for i in range(3) for x in ((PER, _ns[i]), (PH, _ps[i]), (ACC, _as[i]))])

_n1, _n2, _r1, _a1, _e1 = "금태윤", "반지성", rr("711103", 1), acct("농협"), "geum.ty71@hanmail.net"
add("ko", P, f"""후보자 회계책임자 선임신고서 검토 요청

후보자: {_n2}
회계책임자: {_n1} (생년월일 포함 주민등록번호 {_r1})
정치자금 수입·지출 전용계좌: 농협 {_a1} (예금주: 후보자 {_n2})
회계책임자 이메일 {_e1}
관할 선관위 제출 전 누락 항목 있는지 봐줘.""", [(PER, _n2), (PER, _n1), (RRN, _r1), (ACC, _a1), (PER, _n2), (EM, _e1)])

# --- 법원 공탁 / 법인 등기
_c1, _n1, _n2, _r2 = cr("134111"), "유창민", "어윤정", rr("870522", 2)
_l1, _l2 = "경기도 화성시 동탄대로 636-3", "서울특별시 강서구 양천로 551-17 5층"
add("ko", P, f"""변제공탁 신청서 작성 도와줘.

공탁자: 주식회사 한결건설 (법인등록번호 {_c1}, 대표이사 {_n1})
공탁자 주소: {_l1}
피공탁자: {_n2} (주민등록번호 {_r2})
피공탁자 주소: {_l2}
공탁원인: 임대차보증금 반환채무, 피공탁자의 수령 거절
관련 사건: 수원지방법원 2025가단51833, 공탁금 48,000,000원""", [(CRN, _c1), (PER, _n1), (LOC, _l1), (PER, _n2), (RRN, _r2), (LOC, _l2)])

_c1, _b1, _n1, _n2, _r1 = cr("131111"), bz(), "계수정", "편경호", rr("760211", 2)
_l1 = "경기도 성남시 분당구 판교역로192번길 14 4층"
add("ko", P, f"""임원 변경등기 신청 서류 체크리스트 만들어줘.

법인명: 주식회사 다온바이오
법인등록번호 {_c1} / 사업자등록번호 {_b1}
본점: {_l1}
신임 사내이사: {_n1} (주민등록번호 {_r1}) - 취임승낙서, 인감증명서
퇴임 감사: {_n2} - 사임서
등기신청수수료, 등록면허세 금액도 같이 적어줘.""", [(CRN, _c1), (BRN, _b1), (LOC, _l1), (PER, _n1), (RRN, _r1), (PER, _n2)])

# --- 소방 구급
_n1, _n2, _p1, _l1 = "용미자", "채경민", mob(), "전라남도 순천시 연향번영길 57 102동 904호"
add("ko", P, f"""구급활동일지 서술 부분 문장 좀 다듬어줘.

출동일시 2025-10-03 02:17 / 접수 경로 119 신고
환자: {_n1}(여, 81세)
발생장소: {_l1}
보호자: 아들 {_n2} {_p1}
내용: 자택 화장실에서 낙상, 의식 명료, 우측 고관절 부위 통증 호소. 혈압 152/88, 맥박 94. 부목 고정 후 순천 시내 응급의료기관 이송. 보호자 {_n2} 동승.""", [(PER, _n1), (LOC, _l1), (PER, _n2), (PH, _p1), (PER, _n2)])

# --- 국립대 장학금
_n1, _p1, _e1, _a1 = "봉지환", mob(), "jhbong02@stu.jnu.ac.kr", acct("우리")
add("ko", P, f"""국가장학금 2유형 추가 지급 대상자 안내 메일 초안 써줘.

학번 20231487 / 성명 {_n1} / 해양생명과학과 3학년
연락처 {_p1}, 이메일 {_e1}
지급계좌: 우리은행 {_a1}
지급 예정일 11월 28일, 등록금 차액 412,000원 환급. 계좌가 본인 명의가 아니면 지급 불가라는 문장 넣어줘.""", [(PER, _n1), (PH, _p1), (EM, _e1), (ACC, _a1)])

# --- LH 공공임대
_n1, _r1, _p1 = "하태연", rr("000519", 3), mob()
_l1, _l2 = "인천광역시 미추홀구 경인로229번길 12 302호", "세종특별자치시 보듬3로 114 508동 1201호"
add("ko", P, f"""행복주택 입주자격 검증 결과 통보문 양식에 맞춰서 채워줘.

신청인: {_n1} ({_r1})
현 거주지: {_l1}
공급 주택: {_l2} (전용 36㎡)
소득·자산 검증: 적격 / 무주택 검증: 적격
계약 안내 문자 받을 번호 {_p1}
청약 접수번호 2025-세종-0081452는 통보문 하단에만 표기""", [(PER, _n1), (RRN, _r1), (LOC, _l1), (LOC, _l2), (PH, _p1)])

# --- 우체국 택배 반송
_n1, _n2, _p1, _p2 = "모현주", "빈승우", mob(), mob()
_l1, _l2 = "충청남도 천안시 서북구 불당21로 67 1506호", "강원특별자치도 원주시 단계로 203 3층"
add("ko", P, f"""반송 택배 처리 요청 (수취인 불명)

등기번호 6894012377185
보내는 분: {_n1} / {_l1} / {_p1}
받는 분: {_n2} / {_l2} / {_p2}
반송 사유: 폐문부재 3회, 수취인 연락 두절
발송인에게 반송 안내 문자 보내는 문구 만들어줘.""", [(PER, _n1), (LOC, _l1), (PH, _p1), (PER, _n2), (LOC, _l2), (PH, _p2)])

# --- 통신사 명의도용
_n1, _r_old, _r_new = "성다인", rr("880214", 2), rn("880214", 2)
_p1, _p2, _p3, _i1 = mob(), mob(), mob(), pub_ip()
add("ko", P, f"""명의도용 피해 접수 건 요약해줘 (주민등록번호 변경자).

피해자: {_n1}
주민등록번호: 변경 전 {_r_old} → 변경 후 {_r_new} (2023년 변경위원회 인용)
도용 개통 회선: {_p1}, {_p2} (알뜰폰, 온라인 셀프개통)
개통 당시 접속 IP: {_i1}
피해자 본인 회선: {_p3}
명의도용 방지 서비스 가입 안내 및 M-Safer 조회 결과 첨부 예정""", [(PER, _n1), (RRN, _r_old), (RRN, _r_new), (PH, _p1), (PH, _p2), (IP, _i1), (PH, _p3)])

# --- 실손보험
_n1, _r1, _a1 = "탁은서", rr("930815", 2), acct("하나")
add("ko", P, f"""실손의료보험 청구서 대신 작성해줘.

피보험자: {_n1} / 주민등록번호 {_r1}
증권번호 2024-11-0038472
진료: 정형외과 도수치료 10회, 진단코드 M54.5, 총 본인부담 580,000원
보험금 수령계좌: 하나은행 {_a1} (예금주 {_n1})
청구 사유 한 줄로 써주고, 필요한 첨부서류 목록도.""", [(PER, _n1), (RRN, _r1), (ACC, _a1), (PER, _n1)])

# --- 카드사 이의제기
_n1, _c1, _p1 = "인상우", cc("5"), mob()
add("ko", P, f"""해외 가맹점 부정사용 이의제기 접수 메모 정리

회원명: {_n1}
카드번호: {_c1}
연락처: {_p1}
거래: 2025-10-18 AMZN Mktp US, USD 389.99, 승인번호 30418822
회원 진술: 해당 일자 국내 체류, 해외 사이트 결제 이력 없음. 카드 실물 소지 중.
카드 정지 및 재발급 처리함. 차지백 사유코드 선택 도와줘.""", [(PER, _n1), (CARD, _c1), (PH, _p1)])

# --- 코레일
_n1, _n2, _p1, _p2 = "도상혁", "여민지", mob(), mob()
add("ko", P, f"""코레일 단체 승차권 예약 변경 요청 메일 써줘.

워크숍 참석자 중 2명 일정 변경:
1) {_n1} {_p1} - KTX 101 서울→부산 11/21 07:00 → 11/21 09:00
2) {_n2} {_p2} - 귀경 11/22 18:30 취소
승차권번호 82014-1121-10422-07, 82014-1121-10422-08
환불 수수료 부담 주체도 물어봐줘.""", [(PER, _n1), (PH, _p1), (PER, _n2), (PH, _p2)])

# --- 운전면허 / 렌터카
_n1, _n2, _d1, _p1, _p2 = "구자현", "라승희", dl(), mob(), mob()
_d2 = f"서울 {dg(2)}-{dg(6)}-{dg(2)}"
add("ko", P, f"""적성검사 기간 경과 안내 문자 발송 대상 정리해줘.

{_n1} / 면허번호 {_d1} / 만료 2025-06-30 / {_p1}
{_n2} / 면허번호 {_d2} (구 면허증 표기) / 만료 2025-08-31 / {_p2}

과태료(1종 3만원) 안내 문구 포함해서 SMS 90바이트 이내로.""", [(PER, _n1), (DLIC, _d1), (PH, _p1), (PER, _n2), (DLIC, _d2), (PH, _p2)])

_n1, _d1, _p1, _c1 = "왕보람", dl(), mob(), cc("9410")
add("ko", P, f"""제주 렌터카 계약서 내용 옮겨 적은 거예요. 누락된 항목 있는지 봐주세요.

임차인: {_n1} / 운전면허 {_d1} (1종 보통)
연락처 {_p1}
차량: 아반떼 CN7 (차량번호 128허 4471)
보증금 결제 카드: {_c1} (국내 전용)
대여 11/02 10:00 ~ 11/05 10:00, 자차 완전면책 포함""", [(PER, _n1), (DLIC, _d1), (PH, _p1), (CARD, _c1)])

_n1, _n2, _d1, _p1 = "옥준서", "선우하진", dl(), mob()
add("ko", P, f"""자동차보험 사고접수 녹취 요약본이야. 보고서 형식으로 바꿔줘.

사고일시 10/29 08:40, 경기 광명시 철산동 교차로
피보험자(운전자): {_n1}, 운전면허 {_d1}, 연락처 {_p1}
상대 차량 운전자: {_n2} (연락처 미확보, 경찰 접수번호 2025-004821)
과실 비율 미정, 대물 접수. 대인 접수는 상대측 요청 시.""", [(PER, _n1), (DLIC, _d1), (PH, _p1), (PER, _n2)])

# --- 외국인 근로자 / 국민연금
_n1, _n2 = "NGUYEN VAN TUAN", "Bold Batbayar"
_f1, _f2, _p1 = ar("960304", 5), ar("911120", 5), mob()
_l1 = "경기도 안산시 단원구 원시로 35 기숙사동 204호"
add("ko", P, f"""외국인 근로자 기숙사 입실자 정보 신고서 채워줘 (고용노동부 양식).

기숙사 소재지: {_l1}
입실자 1: {_n1} (베트남), 외국인등록번호 {_f1}
입실자 2: {_n2} (몽골), 외국인등록번호 {_f2}
기숙사 관리 책임자 연락처 {_p1}
1인당 면적 6.2㎡, 화재감지기 설치 완료""", [(LOC, _l1), (PER, _n1), (ALN, _f1), (PER, _n2), (ALN, _f2), (PH, _p1)])

_n1, _f1, _a1 = "Siti Rahmawati", ar("940617", 6), acct("우리")
add("ko", P, f"""국민연금 반환일시금 청구 안내 내용 쉽게 정리해줘 (인도네시아 근로자용).

청구인: {_n1}
외국인등록번호: {_f1}
출국 예정일: 2025-12-14 (E-9 체류기간 만료)
지급 계좌: 우리은행 {_a1} (출국 전 해지하지 말 것)
출국만기보험이랑 헷갈리지 않게 표로 비교해줘.""", [(PER, _n1), (ALN, _f1), (ACC, _a1)])

# --- 기초생활 / 장애인
_n1, _n2, _r1, _r2, _a1 = "곽순임", "곽민재", rr("570830", 2), rr("090311", 3), acct("우체국")
_l1 = "광주광역시 북구 서암대로 275 2층"
add("ko", P, f"""기초생활수급 신규 신청 상담 기록 요약해줘.

신청인: {_n1} {_r1}
가구원: 손자 {_n2} {_r2} (중학생, 조손가구)
주소: {_l1}
소득: 기초연금 외 없음 / 부양의무자: 아들(연락 두절, 가족관계 해체 소명 필요)
급여 입금 계좌: 우체국 {_a1}
긴급복지 병행 검토 필요""", [(PER, _n1), (RRN, _r1), (PER, _n2), (RRN, _r2), (LOC, _l1), (ACC, _a1)])

_n1, _n2, _r1, _p1 = "남궁은채", "남궁혁", rr("130422", 4), mob()
add("ko", P, f"""장애인 활동지원 서비스 변경 신청 내용 확인해줘.

수급자: {_n1} ({_r1}), 뇌병변 심한 장애
보호자: 부 {_n2}, {_p1}
변경 내용: 활동지원기관 변경 (○○자립생활센터 → △△복지관), 월 120시간 유지
이전 기관 종료일 11/30, 신규 기관 개시일 12/01""", [(PER, _n1), (RRN, _r1), (PER, _n2), (PH, _p1)])

# --- 경찰 / 노동청 / 조달
_n1, _n2, _p1, _a1 = "현수아", "강도윤", mob(), acct("토스뱅크")
add("ko", P, f"""중고거래 사기 피해 진술 내용을 고소장 '범죄사실' 항목으로 정리해줘.

피해자 {_n1}(연락처 {_p1})는 2025. 9. 27. 중고 노트북 판매글을 보고 판매자라는 사람과 문자로 대화한 뒤, 판매자가 알려준 토스뱅크 {_a1} (예금주 {_n2}) 계좌로 1,150,000원을 송금하였으나 물건을 받지 못하였음. 이후 판매자 연락 두절.""", [(PER, _n1), (PH, _p1), (ACC, _a1), (PER, _n2)])

_n1, _n2, _b1, _p1, _l1 = "소재민", "길현숙", bz(), mob(), "부산광역시 사상구 학장로 112 3층"
add("ko", P, f"""임금체불 진정서 작성 도와주세요.

진정인: {_n1} (연락처 {_p1})
피진정인: 사업주 {_n2}, 상호 ○○정밀 (사업자등록번호 {_b1})
사업장 소재지: {_l1}
근무기간 2024.03.02 ~ 2025.08.31, 미지급 임금 3개월분 8,460,000원 및 퇴직금
관할 부산북부지청으로 접수 예정""", [(PER, _n1), (PH, _p1), (PER, _n2), (BRN, _b1), (LOC, _l1)])

_b1, _c1, _n1, _p1, _e1 = bz(), cr("110111"), "맹철호", land("02"), "bid@seoulsafetech.co.kr"
add("ko", P, f"""나라장터 입찰 참가자격 등록 정보 검토

업체명: (주)서울세이프텍
사업자등록번호: {_b1}
법인등록번호: {_c1}
대표자: {_n1}
입찰 담당 연락처: {_p1} / {_e1}
공고번호 R25BK01034567-000, 물품분류번호 46171610은 등록정보와 무관하니 빼고 정리해줘.""", [(BRN, _b1), (CRN, _c1), (PER, _n1), (PH, _p1), (EM, _e1)])

_b1, _b2, _n1, _e1 = bz(), bz(), "연하은", "hayeon@greenpack.kr"
add("ko", P, f"""전자세금계산서 수정발행 요청 메일 써줘.

공급자 등록번호 {_b1} (그린팩)
공급받는자 등록번호 {_b2} (우리 회사)
작성일자 2025-10-31, 공급가액 12,500,000 → 11,250,000 (단가 오류)
공급자 담당 {_n1} 님 앞으로 {_e1}
승인번호 20251031-41000012-7c3f9a21 건 취소 후 재발행 요청""", [(BRN, _b1), (BRN, _b2), (PER, _n1), (EM, _e1)])

# --- 병원 / 보험 / 건보
_n1, _r1, _h1 = "어경수", rr("660109", 1), hi()
add("ko", P, f"""진료비 세부산정내역서 내용 표로 정리해줘.

환자명 {_n1} / 주민번호 {_r1} / 건강보험증번호 {_h1}
병록번호 00482917 (표에는 넣지 마)
입원 2025-10-02 ~ 10-09, 급여 본인부담 1,284,300원, 비급여 642,000원
상급병실료 차액, 선택진료비 항목 따로 구분해줘.""", [(PER, _n1), (RRN, _r1), (HI, _h1)])

# --- 메신저 / 생활
_n1, _a1, _p1 = "육태현", acct("새마을금고"), mob()
add("ko", P, f"""[카카오톡 대화 붙여넣기]
[오전 10:12] 이사짐센터 실장님: 견적 확정됐습니다. 계약금 10만원만 먼저 부탁드려요
[오전 10:13] 이사짐센터 실장님: 새마을금고 {_a1} 예금주 {_n1}(행복이사)
[오전 10:15] 나: 네 보낼게요. 당일 연락은 어디로 드리면 돼요?
[오전 10:15] 이사짐센터 실장님: {_p1} 제 폰입니다

→ 이 대화 기준으로 계약 내용 메모 만들어줘""", [(ACC, _a1), (PER, _n1), (PH, _p1)])

_n1, _n2, _a1, _p1 = "백승철", "백지우", acct("국민"), mob()
add("ko", P, f"""[부고] 총무팀 {_n1} 차장 부친상 공지 문구 다듬어줘.

고인: 故 백○○ 님
상주: {_n1}(총무팀), {_n2}
빈소: ○○대학교병원 장례식장 5호실
발인: 11월 14일 오전 7시
마음 전하실 곳: 국민은행 {_a1} (상주 {_n1})
연락처: {_p1}""", [(PER, _n1), (PER, _n1), (PER, _n2), (ACC, _a1), (PER, _n1), (PH, _p1)])

_n1, _r1, _a_old, _a_new = "함유진", rr("910227", 2), acct("신한"), acct("하나")
add("ko", P, f"""급여 지급계좌 변경 신청 처리 부탁드립니다.

사번 A240318 / 성명 {_n1} / 주민등록번호 {_r1}
기존: 신한 {_a_old}
변경: 하나 {_a_new}
적용 시점: 11월 급여부터. 변경 사실 본인 확인 완료(내선 4471)""", [(PER, _n1), (RRN, _r1), (ACC, _a_old), (ACC, _a_new)])

# --- 여권 / 청약 / 도서관 / 한전 / 정보공개
_n1, _r1, _pp1, _pp2, _p1 = "진세영", rr("840719", 2), pp(), pp_new(), mob()
add("ko", P, f"""여권 재발급 민원 처리 메모

신청인 {_n1} ({_r1}), 연락처 {_p1}
분실 여권: {_pp1} (2019년 발급, 분실신고 완료)
신규 여권: {_pp2} (차세대 전자여권, 11/20 교부 예정)
분실 2회 이상이라 유효기간 제한 여부 확인 필요""", [(PER, _n1), (RRN, _r1), (PH, _p1), (PASS, _pp1), (PASS, _pp2)])

_n1, _n2, _r1, _r2 = "심규현", "위수빈", rr("890102", 1), rr("910814", 2)
_l1 = "경기도 하남시 미사강변대로 95 811동 2203호"
add("ko", P, f"""신혼부부 특별공급 당첨자 서류 검증 체크 부탁해요.

당첨자: {_n1} {_r1}
배우자: {_n2} {_r2} (혼인신고 2024.05.18)
현 거주지: {_l1}
무주택 기간, 소득 기준(도시근로자 월평균 140%) 충족 여부만 봐줘. 청약 접수번호 2025-0041882는 빼고.""", [(PER, _n1), (RRN, _r1), (PER, _n2), (RRN, _r2), (LOC, _l1)])

_n1, _p1, _e1 = "제갈윤", mob(), "jegalyoon@naver.com"
add("ko", P, f"""도서관 장기연체자 안내 메일 작성해줘.

회원: {_n1} (회원번호 2019-00412)
연체 도서: 『데이터 과학을 위한 통계』 외 2권, 연체 94일
연락처: {_p1} / {_e1}
대출정지 해제 조건이랑 분실 시 변상 절차도 넣어줘.""", [(PER, _n1), (PH, _p1), (EM, _e1)])

_n1, _l1, _p1 = "탁영숙", "전북특별자치도 익산시 무왕로 1189 2동 105호", land("063")
add("ko", P, f"""한전 복지할인(기초생활수급자) 신청 대리 접수 내용

고객번호 06-1234-5678-01 (한전 고객번호, 개인정보 아님)
명의자: {_n1}
사용 장소: {_l1}
연락처(자택): {_p1}
할인 적용 월부터 소급되는지 확인해서 답변 초안 써줘.""", [(PER, _n1), (LOC, _l1), (PH, _p1)])

_n1, _l1, _e1 = "노승범", "충청북도 청주시 흥덕구 가로수로 1164 201호", "nsb.records@gmail.com"
add("ko", P, f"""정보공개청구 접수 내용 요약

청구인: {_n1}
주소: {_l1}
전자우편: {_e1}
청구 내용: 2024년도 ○○천 정비사업 설계용역 계약서 및 과업지시서 사본
공개 방법: 전자파일, 수수료 면제 신청 없음""", [(PER, _n1), (LOC, _l1), (EM, _e1)])

# --- 압류 / IRP / 강사 / 사업자 정정 / 어학당 / 다문화
_n1, _a1, _p1 = "우태민", acct("기업"), mob()
add("ko", P, f"""압류금지채권 범위 변경 신청서 사유 작성 도와줘.

채무자: {_n1}, 연락처 {_p1}
압류된 계좌: 기업은행 {_a1} (급여 및 장애수당 입금 계좌)
사건: 서울중앙지방법원 2025타채108842
생계비 185만원 이하 금액은 압류 금지라는 점 강조해줘.""", [(PER, _n1), (PH, _p1), (ACC, _a1)])

_n1, _r1, _a1 = "도민서", rr("770905", 2), acct("부산")
add("ko", P, f"""퇴직금 IRP 이전 신청 확인 메일

수신: 인사팀
퇴직자 {_n1}(주민등록번호 {_r1}) 퇴직금은 본인 IRP 계좌 부산은행 {_a1} 로 이전해 주세요.
퇴직일 2025-10-31, 퇴직소득세 과세이연 적용 부탁드립니다.""", [(PER, _n1), (RRN, _r1), (ACC, _a1)])

_n1, _n2, _r1, _r2, _a1, _a2 = "원가온", "탁세진", rr("880312", 2), rr("920117", 1), acct("수협"), acct("대구")
add("ko", P, f"""방과후 강사 10월분 강사료 원천징수(3.3%) 내역 정리해줘.

강사 | 주민등록번호 | 지급계좌 | 지급액
{_n1} | {_r1} | 수협 {_a1} | 1,320,000
{_n2} | {_r2} | 대구은행 {_a2} | 880,000

지급명세서 제출용이라 세액 계산까지 해줘.""", [(PER, _n1), (RRN, _r1), (ACC, _a1), (PER, _n2), (RRN, _r2), (ACC, _a2)])

_n1, _r1, _b1, _l1 = "방준혁", rr("810529", 1), bz(), "제주특별자치도 제주시 연삼로 473 1층"
add("ko", P, f"""사업자등록 정정신고(사업장 이전) 서류 작성해줘.

대표자: {_n1} ({_r1})
사업자등록번호: {_b1}
신규 사업장: {_l1}
업태/종목: 음식점업/커피전문점
임대차계약서 사본은 첨부 예정. 관할 세무서 변경되는지도 알려줘.""", [(PER, _n1), (RRN, _r1), (BRN, _b1), (LOC, _l1)])

_n1, _f1, _p1 = "Aziz Karimov", ar("030728", 7), mob()
add("ko", P, f"""어학당 재학생 체류기간 연장 서류 안내 문자 보내야 해요.

학생: {_n1} (우즈베키스탄, D-4)
외국인등록번호: {_f1}
연락처: {_p1}
출석률 92%, 연장 신청 기한 11/30까지. 하이코리아 방문예약 방법도 짧게 넣어줘.""", [(PER, _n1), (ALN, _f1), (PH, _p1)])

_n1, _n2, _f1, _r2 = "TRAN THI MAI", "엄태준", ar("980211", 6), rr("850904", 1)
add("ko", P, f"""다문화가족지원센터 방문교육 신청서 확인

결혼이민자: {_n1} (베트남), 외국인등록번호 {_f1}
배우자: {_n2} ({_r2})
자녀 1명(만 2세), 한국어교육 1단계 희망, 주 2회 오전
배우자 {_n2} 씨 동의서 서명 누락 여부 확인해줘.""", [(PER, _n1), (ALN, _f1), (PER, _n2), (RRN, _r2), (PER, _n2)])

# --- English: embassy / visa correspondence
_n1, _pp1, _p1, _e1 = "Yoon Jae-won", pp(), "+82 10-" + fmt("MNNN-NNNN"), "jaewon.yoon@kakao.com"
_l1 = "27 Eonju-ro 146-gil, Gangnam-gu, Seoul 06053"
add("en", P, f"""Please proofread this cover letter for a UK Standard Visitor visa before I send it.

To the Entry Clearance Officer,
I, {_n1} (passport no. {_pp1}, Republic of Korea), intend to visit London from 3 to 17 February 2026 to attend my sister's graduation. I will stay at her rented flat and return to my job at the Ministry of Environment on 19 February.
My residential address is {_l1}. I can be reached at {_p1} or {_e1}.
Yours faithfully,
{_n1}""", [(PER, _n1), (PASS, _pp1), (LOC, _l1), (PH, _p1), (EM, _e1), (PER, _n1)])

_n1, _n2, _pp1, _e1 = "Han Seo-yeon", "Michael Brandt", pp_new(), "visa.section@kr-embassy-ottawa.org"
add("en", P, f"""Draft a polite reply to this e-mail from the embassy:

From: {_e1}
Subject: Re: Supporting documents - {_n1}
Dear Ms. Han,
We acknowledge receipt of your study permit supporting letter. The passport number on your application ({_pp1}) does not match the copy you submitted. Please upload a clear scan of the data page within 10 business days.
Regards,
{_n2}
Consular Assistant""", [(EM, _e1), (PER, _n1), (PER, "Han"), (PASS, _pp1), (PER, _n2)])

_n1, _n2, _pp1, _l1, _p1 = "PARK MINHO", "박민호", pp(), "1204 Dongil-ro, Nowon-gu, Seoul 01743", fmt("+82-2-MNNN-NNNN")
add("en", P, f"""Invitation letter for a Schengen business visa — check grammar only.

We hereby invite Mr. {_n1} ({_n2}), born 14 May 1983, passport {_pp1}, Senior Researcher at Korea Water Resources Corporation, to attend the IWA Digital Water Summit in Bilbao. Our company will cover accommodation. His office address is {_l1}; office telephone {_p1}.""", [(PER, _n1), (PER, _n2), (PASS, _pp1), (LOC, _l1), (PH, _p1)])

# --- English: US / UK / CA / AU records
_n1, _p1, _e1, _l1 = "Danielle Okafor", fmt("(617) MNN-NNNN"), "d.okafor@brightlineanalytics.com", "48 Crescent Ave, Apt 3B, Quincy, MA 02169"
add("en", P, f"""Turn this into a new-hire checklist row for our Boston office:

Employee: {_n1}
Start date: Dec 1, 2025
Home address: {_l1}
Mobile: {_p1}
Personal email: {_e1}
Laptop: MacBook Pro 14" (asset tag BL-00731), badge pickup at reception.""", [(PER, _n1), (LOC, _l1), (PH, _p1), (EM, _e1)])

_n1, _n2, _p1, _l1 = "Thomas Whitfield", "Priya Raman", fmt("07MNN NNN NNN"), "Flat 2, 19 Harcourt Road, Sheffield S10 1DH"
add("en", P, f"""Tenant reference request — summarise in three bullet points.

Applicant: {_n1}
Current address: {_l1}
Landlord/agent contact: {_n2}, {_p1}
Tenancy: 14 months, rent £925 pcm, always paid on time, deposit protected with DPS.
{_n2} confirms she would rent to {_n1} again.""", [(PER, _n1), (LOC, _l1), (PER, _n2), (PH, _p1), (PER, _n2), (PER, _n1)])

_n1, _n2, _p1, _l1 = "Marc-André Gagnon", "Dr. Helen Zhou", fmt("(604) MNN-NNNN"), "3310 West 4th Avenue, Vancouver, BC V6R 1N6"
add("en", P, f"""Referral letter — please make the tone more formal.

Patient: {_n1}, 57
Address: {_l1}
Phone: {_p1}
Referred to: {_n2}, cardiology
Reason: exertional chest pain, abnormal stress ECG. Patient prefers morning appointments.""", [(PER, _n1), (LOC, _l1), (PH, _p1), (PER, "Helen Zhou")])

_n1, _p1, _a1, _l1 = "Jessica Nguyen", fmt("04MN NNN NNN"), fmt("NNNN NNNN"), "5/22 Bayview Terrace, Claremont WA 6010"
add("en", P, f"""Please format this as a payroll change form for our Perth contractor.

Name: {_n1}
Address: {_l1}
Mobile: {_p1}
Bank: Westpac, BSB 036-114, Account {_a1}
Effective from the pay run of 14 November. Superannuation fund unchanged.""", [(PER, _n1), (LOC, _l1), (PH, _p1), (ACC, _a1)])

_n1, _a1, _e1 = "Oliver Hastings", fmt("NNNNNNNN"), "o.hastings@hastingsjoinery.co.uk"
add("en", P, f"""Supplier bank detail change — is this e-mail suspicious? Explain why or why not.

From: {_n1} <{_e1}>
Hi, please update our remittance details with immediate effect:
Sort code 20-45-77, account number {_a1}, Barclays.
The old account is being closed. Please confirm once done.
{_n1}, Hastings Joinery Ltd""", [(PER, _n1), (EM, _e1), (ACC, _a1), (PER, _n1)])

_n1, _n2, _p1, _l1 = "Rosa Delgado", "Kevin Tran", fmt("(312) MNN-NNNN"), "2215 N Milwaukee Ave, Chicago, IL 60647"
add("en", P, f"""Summarize this small-claims intake note for the paralegal.

Claimant {_n1} ({_p1}) says her former landlord, {_n2}, kept the full $1,800 security deposit after she moved out of {_l1} on Aug 31. She has photos from move-out day. {_n2} has not provided an itemized list within 30 days.""", [(PER, _n1), (PH, _p1), (PER, _n2), (LOC, _l1), (PER, _n2)])

_n1, _c1, _p1 = "Grace Liu", cc("37", (4, 6, 5)), fmt("(415) MNN-NNNN")
add("en", P, f"""Chargeback dispute — fill in the template.

Cardholder: {_n1}
Card: {_c1} (Amex)
Contact: {_p1}
Transaction: 10/07/2025, SFO Parking Garage, $212.00 (duplicate charge, same ticket)
Requested outcome: refund of the duplicate amount.""", [(PER, _n1), (CARD, _c1), (PH, _p1)])

# --- English: IT / ops
_n1, _e1, _i1, _i2 = "Sarah Kim", "sarah.kim@hanbitpay.com", pub_ip(), priv_ip()
add("en", P, f"""Rewrite this Jira ticket description so it is clearer.

SEC-2291  Suspicious login on admin console
Reporter: {_n1} ({_e1})
Assignee: jdoe2
Description: Between 02:10 and 02:25 KST there were 41 failed logins for user "ops-admin" from {_i1}, followed by one success. The session then queried the internal reporting DB at {_i2}. Please confirm whether this was the scheduled pentest.
Labels: security, incident""", [(PER, _n1), (EM, _e1), (IP, _i1), (IP, _i2)])

_n1, _n2, _n3, _e1, _p1 = "Daniel Cho", "Emily Park", "Lee Hyun-woo", "emily.park@kmedi.co.kr", fmt("+82 10 MNNN NNNN")
add("en", P, f"""Confluence page export — clean up the meeting minutes.

h2. Weekly sync — Claims Platform
*Attendees:* {_n1}, {_n2}, {_n3}
*Notes:*
* {_n3} will own the migration runbook.
* Vendor contact for the OCR engine: {_n2} ({_e1}, {_p1})
* {_n1} to confirm the DR test date with infra.""", [(PER, _n1), (PER, _n2), (PER, _n3), (PER, _n3), (PER, _n2), (EM, _e1), (PH, _p1), (PER, _n1)])

_i1, _i2, _e1 = priv_ip(), priv_ip(), "platform-oncall@gyeongnam-data.kr"
add("en", P, f"""Review this Terraform for obvious mistakes:

resource "aws_instance" "batch_worker" {{
  ami           = "ami-0c9c942bd7bf113a2"
  instance_type = "m6i.large"
  private_ip    = "{_i1}"
  subnet_id     = aws_subnet.private_a.id
  tags = {{
    Owner   = "{_e1}"
    CostCtr = "DX-4410"
  }}
}}

resource "aws_security_group_rule" "db_from_batch" {{
  cidr_blocks = ["10.0.0.0/16"]  # only the old batch host {_i2} needs this, tighten later
}}""", [(IP, _i1), (EM, _e1), (IP, _i2)])

_i1, _i2, _e1 = priv_ip(), priv_ip(), "jiwoo.seo@kbfin-it.com"
add("en", P, f"""Why does this pod fail to connect to the database?

apiVersion: v1
kind: ConfigMap
metadata:
  name: settlement-api
  annotations:
    owner: "{_e1}"
data:
  DB_HOST: "{_i1}"
  DB_PORT: "5432"
  REDIS_HOST: "{_i2}"
  LOG_LEVEL: "info"
---
Error: dial tcp {_i1}:5432: i/o timeout""", [(EM, _e1), (IP, _i1), (IP, _i2), (IP, _i1)])

_i1, _i2, _i3 = pub_ip(), pub_ip(), priv_ip()
add("en", P, f"""Explain what this nginx block does and whether the allow list is right:

server {{
    listen 443 ssl;
    server_name admin.portal.internal;
    allow {_i1};
    allow {_i2};
    allow 10.20.0.0/16;
    deny all;
    location / {{
        proxy_pass http://{_i3}:8080;
    }}
}}""", [(IP, _i1), (IP, _i2), (IP, _i3)])

_n1, _n2, _n3 = "Chloe Bennett", "Arjun Mehta", "Kim Dohyun"
_e1, _e2, _e3 = "chloe.bennett@gmail.com", "arjun.m@outlook.com", "dohyun.kim@yonsei.ac.kr"
_p1, _p2, _p3 = fmt("(202) MNN-NNNN"), fmt("+1 646 MNN NNNN"), mob()
add("en", P, f"""Here's a DataFrame print of our alumni mentor sign-ups; which rows are missing a phone?

   mentor_id           name                    email              phone
0       M031  {_n1}  {_e1}   {_p1}
1       M032    {_n2}       {_e2}  {_p2}
2       M033     {_n3}   {_e3}   {_p3}
3       M034   Laura Sims                     NaN                NaN""", [(PER, _n1), (EM, _e1), (PH, _p1), (PER, _n2), (EM, _e2), (PH, _p2), (PER, _n3), (EM, _e3), (PH, _p3), (PER, "Laura Sims")])

_n1, _n2, _e1, _e2 = "Minseo Jang", "Ethan Ross", "minseo.jang@lotte-ds.com", "ethan.ross@lotte-ds.com"
add("en", P, f"""Summarise what changed in these commits:

commit 8f3e2a1c9d7b4f6e0a2c5d8b1e4f7a0c3d6b9e2f
Author: {_n1} <{_e1}>
Date:   Tue Nov 4 16:22:09 2025 +0900

    fix(settlement): round KRW amounts before VAT split

commit 1a4d7e0b3c6f9a2d5e8b1c4f7a0d3e6b9c2f5a8d
Author: {_n2} <{_e2}>
Date:   Mon Nov 3 11:05:41 2025 +0000

    chore: bump pandas to 2.2.3""", [(PER, _n1), (EM, _e1), (PER, _n2), (EM, _e2)])

_n1, _e1, _p1 = "Hannah Schultz", "hannah.schultz@posteo.de", fmt("+49 151 NNNN NNNN")
add("en", P, f"""Customer support ticket #48213 — draft a reply.

Requester: {_n1} <{_e1}>
Phone: {_p1}
Message: I ordered a Korean language textbook set (order KR-20251102-7731) and was charged twice. Please refund one of the charges. I am in Munich, so e-mail is best.""", [(PER, _n1), (EM, _e1), (PH, _p1)])

_n1, _pp1, _p1, _e1 = "CHOI YUNA", pp(), fmt("+82-10-MNNN-NNNN"), "yuna.choi88@naver.com"
add("en", P, f"""Check this airline name-change request for errors:

Booking ref: K7QX2M / E-ticket 180-2419837765
Passenger as booked: CHOI YUNAH
Correct name as in passport: {_n1}
Passport number: {_pp1} (Republic of Korea)
Contact: {_p1}, {_e1}
Please correct the one-letter typo without reissuing the ticket.""", [(PER, "CHOI YUNAH"), (PER, _n1), (PASS, _pp1), (PH, _p1), (EM, _e1)])

_n1, _a1, _l1 = "William Carter", iban("GB", "HBUK" + fmt("40NNNN") + fmt("NNNNNNNN")), "88 Kingsway, Manchester M19 2LW"
add("en", P, f"""Draft a wire instruction for the Seoul office finance team.

Beneficiary: {_n1}
Beneficiary address: {_l1}
IBAN: {_a1}
BIC: HBUKGB4B
Amount: GBP 4,250.00 (consulting fee, invoice INV-2025-0187)""", [(PER, _n1), (LOC, _l1), (ACC, _a1)])

_n1, _f1, _e1, _p1 = "Lucas Moreau", ar("010909", 7), "lucas.moreau@etu.univ-lyon.fr", mob()
add("en", P, f"""Exchange student housing form — fill the missing fields from these details:

Student: {_n1} (France), exchange semester Spring 2026
Korean alien registration no.: {_f1}
Korean mobile: {_p1}
Home university e-mail: {_e1}
Dorm preference: International House, single room""", [(PER, _n1), (ALN, _f1), (PH, _p1), (EM, _e1)])

_n1, _p1, _l1 = "Ahmed Al-Farsi", mob(), "Room 1407, 36 Toegye-ro, Jung-gu, Seoul 04637"
add("en", P, f"""Tourist police report — translate to Korean afterwards.

Reporter: {_n1}, Omani national, passport no. 09A887214 (foreign passport)
Staying at: {_l1}
Korean SIM: {_p1}
Incident: wallet stolen on a Line 4 subway train near Myeong-dong station around 21:30 on Nov 9. Contained two credit cards and 300,000 won in cash.""", [(PER, _n1), (LOC, _l1), (PH, _p1)])

_c1, _b1, _n1 = cr("110111"), bz(), "Jung Tae-hoon"
add("en", P, f"""Certificate of employment for a US visa — is anything missing?

This is to certify that {_n1} has been employed by Hanul Semiconductor Co., Ltd. (Corporate Registration No. {_c1}; Business Registration No. {_b1}) as a Process Engineer since March 2, 2019, with an annual salary of KRW 72,000,000.""", [(PER, _n1), (CRN, _c1), (BRN, _b1)])

_n1, _n2, _p1 = "Megan O'Brien", "Liam O'Brien", fmt("(08) MNNN NNNN")
_l1 = "14 Rundle Street, Kent Town SA 5067"
add("en", P, f"""Lease renewal notice — shorten it.

Dear {_n1} and {_n2},
Your lease for {_l1} ends on 31 January 2026. The new weekly rent will be $545. Please call our office on {_p1} to arrange signing.""", [(PER, _n1), (PER, _n2), (LOC, _l1), (PH, _p1)])

_ips = [pub_ip(), pub_ip(), priv_ip()]
_e1 = "noreply-audit@kwater.or.kr"
add("en", P, f"""Parse these auth log lines into a table (time, user, ip, result):

Nov 12 03:14:07 bastion sshd[28114]: Failed password for root from {_ips[0]} port 51822 ssh2
Nov 12 03:14:09 bastion sshd[28114]: Failed password for root from {_ips[0]} port 51822 ssh2
Nov 12 03:15:41 bastion sshd[28120]: Accepted publickey for deploy from {_ips[2]} port 40122 ssh2
Nov 12 03:17:02 bastion sshd[28131]: Invalid user admin from {_ips[1]} port 60311
Nov 12 03:20:00 bastion audit-mailer: report sent to {_e1}""", [(IP, _ips[0]), (IP, _ips[0]), (IP, _ips[2]), (IP, _ips[1]), (EM, _e1)])

_n1, _n2, _p1 = "Sophie Turner-Hale", "Jamal Wright", fmt("07MNN NNNNNN")
add("en", P, f"""Meeting notes from our London partner call — make action items.

- {_n1} (procurement) needs the signed NDA by Friday.
- {_n2} asked for the API rate-limit figures; he can be reached on {_p1} while travelling.
- Next call: 20 Nov, 09:00 GMT.""", [(PER, _n1), (PER, _n2), (PH, _p1)])

_n1, _e1, _p1, _l1 = "Brian Kowalski", "bkowalski@lakeshoremed.org", fmt("(716) MNN-NNNN"), "901 Delaware Ave, Buffalo, NY 14209"
add("en", P, f"""Shorten this e-mail signature block for our vendor list:

--
{_n1}, MBA
Director of Revenue Cycle | Lakeshore Medical Group
{_l1}
T {_p1} | {_e1}
CONFIDENTIALITY NOTICE: This e-mail may contain protected health information.""", [(PER, _n1), (LOC, _l1), (PH, _p1), (EM, _e1)])

_n1, _n2, _a1, _a2 = "Kenji Watanabe", "Ana Souza", fmt("NNNNNNNNNN"), fmt("NNNNNNNN")
add("en", P, f"""Payroll export (tab-separated) — compute the total net pay:

emp_no\tname\tbank\taccount\tnet_pay
E1042\t{_n1}\tHSBC Korea\t{_a1}\t4,812,300
E1043\t{_n2}\tCitibank Korea\t{_a2}\t3,977,450""", [(PER, _n1), (ACC, _a1), (PER, _n2), (ACC, _a2)])

# --- mixed: code, exports, translations
_rows = [("변하윤", rr("020614", 4), mob()), ("탁민규", rr("990101", 1), mob()), ("현지아", rr("051130", 4), mob())]
add("mixed", P, f"""이 쿼리 결과에서 만 19세 미만만 골라내는 WHERE 조건 짜줘.

SELECT cust_nm, rrn, hp_no FROM tb_scholar_applicant WHERE apply_yy = '2025';

 cust_nm |      rrn       |     hp_no
---------+----------------+---------------
 {_rows[0][0]}  | {_rows[0][1]} | {_rows[0][2]}
 {_rows[1][0]}  | {_rows[1][1]} | {_rows[1][2]}
 {_rows[2][0]}  | {_rows[2][1]} | {_rows[2][2]}
(3 rows)""", [x for r in _rows for x in ((PER, r[0]), (RRN, r[1]), (PH, r[2]))])

_n1, _n2, _e1, _e2, _p1, _p2 = "임도경", "서윤호", "dokyung.lim@kcomwel.kr", "yunho.seo@kcomwel.kr", mob(), mob()
add("mixed", P, f"""df.head() 결과인데 email 도메인별로 groupby 하는 코드 알려줘.

   사번    이름                  email          휴대폰
0  K2011  {_n1}  {_e1}  {_p1}
1  K2012  {_n2}    {_e2}  {_p2}
2  K2013  NaN                       NaN            NaN""", [(PER, _n1), (EM, _e1), (PH, _p1), (PER, _n2), (EM, _e2), (PH, _p2)])

_n1, _n2, _p1, _p2 = "채다온", "곽태성", mob(), mob()
add("mixed", P, f"""엑셀에서 이 수식이 #VALUE! 에러 나요. 왜 그런지 알려주세요.

A2: {_n1}    B2: {_p1}    C2: =IF(LEN(B2)=13, "정상", "확인필요")
A3: {_n2}    B3: {_p2}    C3: =IF(LEN(B3)=13, "정상", "확인필요")
D1: =VLOOKUP("{_n1}", A2:B3, 2, FALSE)""", [(PER, _n1), (PH, _p1), (PER, _n2), (PH, _p2), (PER, _n1)])

_i1, _i2, _e1 = pub_ip(), priv_ip(), "infra-sec@mois.go.kr"
add("mixed", P, f"""이 Terraform 보안그룹에서 관리자 IP만 SSH 허용하도록 고쳐줘.

# 관리자 PC 고정 IP (정보화담당관실)
variable "admin_ip" {{
  default = "{_i1}"
}}

resource "aws_security_group" "bastion" {{
  name = "bastion-sg"
  tags = {{ contact = "{_e1}" }}
  ingress {{
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]   # TODO: 좁히기
  }}
}}
# 내부 점프호스트: {_i2}""", [(IP, _i1), (EM, _e1), (IP, _i2)])

_i1, _e1, _n1 = priv_ip(), "sunwoo.baek@hdfire.co.kr", "백선우"
add("mixed", P, f"""k8s Secret 만들 때 아래 값 그대로 써도 되는지 봐줘 (담당자 {_n1} 대리가 준 값).

apiVersion: v1
kind: Secret
metadata:
  name: claims-db
  labels:
    team: claims
    maintainer: "{_e1}"
stringData:
  host: "{_i1}"
  user: "claims_app"
  password: "<채워넣기>"
""", [(PER, _n1), (EM, _e1), (IP, _i1)])

_n1, _n2, _i1 = "Jeon Soyeon", "전소연", pub_ip()
add("mixed", P, f"""Jira 이슈 내용 한국어로 요약해줘.

[CS-8812] 고객 본인인증 반복 실패
Reporter: {_n1} ({_n2}, 고객센터 2팀)
Component: auth-gateway
Description: Customer reports PASS authentication fails at step 3. Gateway logs show requests from {_i1} returning 429 Too Many Requests. Customer has retried 11 times since 09:00.
Priority: Major""", [(PER, _n1), (PER, _n2), (IP, _i1)])

_n1, _r1, _p1, _l1 = "류나래", rr("900723", 2), mob(), "서울특별시 관악구 남부순환로 1820 6층"
add("mixed", P, f"""이 파이썬 dict를 pydantic 모델로 바꿔줘. 필드 검증도.

applicant = {{
    "name": "{_n1}",
    "rrn": "{_r1}",
    "phone": "{_p1}",
    "address": "{_l1}",
    "benefit_type": "청년월세지원",
    "monthly_rent": 450000,
}}""", [(PER, _n1), (RRN, _r1), (PH, _p1), (LOC, _l1)])

_n1, _c1, _p1 = "서재희", cc("4"), mob()
add("mixed", P, "카드사 API 응답인데 왜 status가 DECLINED인지 추정해줘.\n\n" + js({"resultCode": "D051", "status": "DECLINED", "member": {"name": _n1, "cardNo": _c1, "mobile": _p1}, "merchant": {"name": "스타벅스 강남R점", "mcc": "5814"}, "amount": 6300, "approvalNo": None}), [(PER, _n1), (CARD, _c1), (PH, _p1)])

_e1, _e2, _i1 = "hyejin.moon@kepco-kdn.com", "bot-alert@kepco-kdn.com", pub_ip()
add("mixed", P, f"""메일 서버 로그에서 스팸 발송 의심 계정 찾아줘.

2025-11-10T08:12:44+09:00 postfix/smtpd[2281]: client=unknown[{_i1}], sasl_username={_e1}
2025-11-10T08:12:45+09:00 postfix/qmgr[991]: 4F2A21C0: from=<{_e1}>, size=2231, nrcpt=480
2025-11-10T08:13:02+09:00 postfix/smtp[2290]: alert forwarded to <{_e2}>""", [(IP, _i1), (EM, _e1), (EM, _e1), (EM, _e2)])

_n1, _n2, _p1, _l1 = "Seo-hyun Baek", "백서현", fmt("(213) MNN-NNNN"), "3450 Wilshire Blvd, Suite 1200, Los Angeles, CA 90010"
add("mixed", P, f"""LA 총영사관에 보낼 영문 이메일인데 한국어로 번역해줘.

Dear Consul,
My name is {_n1} ({_n2}). I work at {_l1} and would like to apply for a Korean passport renewal by mail. My phone number is {_p1}. Could you tell me whether I need to visit in person for fingerprint registration?""", [(PER, _n1), (PER, _n2), (LOC, _l1), (PH, _p1)])

_n1, _n2, _pp1, _p1 = "KANG JIHOON", "강지훈", pp_new(), mob()
add("mixed", P, f"""항공권 PNR 메모 정리해줘 (출장자 여권정보 확인용)

RP/SELK1394Z/
  1.{_n1} MR
  2  KE 901 Y 15DEC ICNCDG HK1  1320 1850
  SRDOCS KE HK1-P-KOR-{_pp1}-KOR-12MAR88-M-11AUG33-{_n1}
  APM {_p1}
출장자 {_n2} 과장, 여권 만료일 2033-08-11""", [(PER, _n1), (PASS, _pp1), (PER, _n1), (PH, _p1), (PER, _n2)])

_n1, _n2, _pp1, _l1 = "LIM SUJIN", "임수진", pp(), "서울특별시 송파구 올림픽로 300 4201호"
add("mixed", P, f"""비자 신청서 영문 번역 중이에요. 아래 표 영어로 옮겨줘.

| 항목 | 내용 |
|---|---|
| 성명(한글) | {_n2} |
| 성명(영문) | {_n1} |
| 여권번호 | {_pp1} |
| 자택 주소 | {_l1} |
| 직업 | 공무원 (국토교통부) |""", [(PER, _n2), (PER, _n1), (PASS, _pp1), (LOC, _l1)])

_n1, _n2, _e1, _e2 = "Park Jiyeon", "Choi Woojin", "jiyeon.park@kr.lgcns.com", "woojin.choi@kr.lgcns.com"
add("mixed", P, f"""git log 보고 이번 스프린트 변경사항 한국어 릴리스노트로 만들어줘.

* 3f1c2d9 (HEAD -> release/2.8) 주민번호 마스킹 유틸 추가 - {_n1} <{_e1}>
* a77e0b1 배치 재시도 로직 수정 - {_n2} <{_e2}>
* 0c9d4e2 Merge branch 'feature/otp' - {_n1} <{_e1}>""", [(PER, _n1), (EM, _e1), (PER, _n2), (EM, _e2), (PER, _n1), (EM, _e1)])

_n1, _p1, _e1, _r1 = "국현철", mob(), "hcguk@daum.net", rr("680315", 1)
add("mixed", P, f"""Postman에서 이 요청 보내면 400 나와요. body 어디가 틀렸나요?

POST https://api.welfare-portal.kr/v2/applicants
Content-Type: application/json

{{
  "applicantName": "{_n1}",
  "residentNo": "{_r1}",
  "contact": {{ "mobile": "{_p1}", "email": "{_e1}" }},
  "consent": "Y",
}}""", [(PER, _n1), (RRN, _r1), (PH, _p1), (EM, _e1)])

_ns = ["Pham Thi Lan", "Rahim Uddin", "Zhang Wei"]
_fs = [ar("970512", 6), ar("900228", 5), ar("851017", 5)]
_ps = [mob(), mob(), mob()]
add("mixed", P, "ERP에서 내보낸 TSV예요. 외국인 근로자 체류만료 임박자 표로 만들어줘.\n\nemp_id\tname\tARC_no\tmobile\tvisa_exp\n" + "\n".join(f"F30{i + 1}\t{_ns[i]}\t{_fs[i]}\t{_ps[i]}\t2026-0{i + 1}-15" for i in range(3)), [x for i in range(3) for x in ((PER, _ns[i]), (ALN, _fs[i]), (PH, _ps[i]))])

_n1, _h1, _r1 = "모은비", hi(), rr("970304", 2)
add("mixed", P, f"""HL7 메시지 PID 세그먼트에서 환자 정보 파싱하는 정규식 짜줘.

MSH|^~\\&|EMR|SNUH|LIS|SNUH|20251112093011||ADT^A04|MSG00418|P|2.5
PID|1||00928471^^^SNUH^MR||{_n1}||19970304|F|||||||||||{_r1}
IN1|1|NHIS|||||||||||||||||||||||||||||||||{_h1}""", [(PER, _n1), (RRN, _r1), (HI, _h1)])

_n1, _n2, _p1, _e1 = "Kim Hyejin", "김혜진", fmt("+82-10-MNNN-NNNN"), "hyejin.kim@molit.go.kr"
add("mixed", P, f"""아래 영문 서명 블록이 너무 길어요. 한 줄로 줄여줘.

Best regards,
{_n1} ({_n2})
Deputy Director, International Cooperation Division
Ministry of Land, Infrastructure and Transport
Mobile {_p1} | {_e1}""", [(PER, _n1), (PER, _n2), (PH, _p1), (EM, _e1)])

_n1, _n2, _p1, _p2 = "Lee Junho", "이준호", mob(), fmt("+1 (647) MNN-NNNN")
add("mixed", P, f"""Teams 채팅 내용 요약해줘.

[오후 2:03] {_n1}: 토론토 파견 일정 확정됐어요. 현지 번호 개통 전까지는 {_p1}로 연락 주세요.
[오후 2:05] Olivia Grant: Great, I'll add you to the onboarding list. Once you land, text me at {_p2}.
[오후 2:06] {_n1}: Thanks! 현지 도착하면 바로 연락드릴게요.
→ {_n2} 책임 출장 준비 항목만 뽑아줘.""", [(PER, _n1), (PH, _p1), (PER, "Olivia Grant"), (PH, _p2), (PER, _n1), (PER, _n2)])

_n1, _p1, _l1 = "Chen Mei", mob(), "부산광역시 해운대구 센텀동로 45 1402호"
add("mixed", P, f"""유학생 상담 내용 정리 (English 상담)

Student {_n1} said her landlord has not returned the 5,000,000 KRW deposit. She moved out of {_l1} on Oct 31. Contact: {_p1}.
→ 법률구조공단 연계 필요 여부 판단해줘.""", [(PER, _n1), (LOC, _l1), (PH, _p1)])

_b1, _c1, _n1, _e1 = bz(), cr("110111"), "Oh Sangmin", "sm.oh@dongbangship.com"
add("mixed", P, f"""해외 바이어 KYC 요청서에 답변해야 해요. 영어로 작성해줘.

- Company legal name: Dongbang Shipping Co., Ltd.
- 사업자등록번호 (Business Registration No.): {_b1}
- 법인등록번호 (Corporate Registration No.): {_c1}
- Authorised signatory: {_n1}, CFO ({_e1})""", [(BRN, _b1), (CRN, _c1), (PER, _n1), (EM, _e1)])

_n1, _a1, _a2 = "황보슬기", acct("SC제일"), acct("하나")
add("mixed", P, f"""환불 API 호출 로그에서 실패 원인 알려줘.

[INFO ] RefundService - request refundId=RF-20251109-00321 holder={_n1} bank=SC제일 account={_a1}
[ERROR] RefundService - BANK_RESP=E117 (예금주 불일치) holder={_n1}
[INFO ] RefundService - retry with alt account={_a2} bank=하나""", [(PER, _n1), (ACC, _a1), (PER, _n1), (ACC, _a2)])

_n1, _n2, _d1, _p1 = "Yoo Seungwoo", "유승우", dl(), mob()
add("mixed", P, f"""International Driving Permit 신청 안내 메일을 영어로 써줘.

신청인: {_n2} ({_n1})
Korean driver's licence no.: {_d1}
Mobile: {_p1}
발급처: 경찰서 민원실 또는 운전면허시험장, 여권·사진 1매 지참""", [(PER, _n2), (PER, _n1), (DLIC, _d1), (PH, _p1)])

_i1, _i2, _i3 = pub_ip(), priv_ip(), f"2406:5900:{random.randint(4096, 65535):x}:{random.randint(16, 255):x}::{random.randint(2, 250):x}"
_e1 = "soc@nhis.or.kr"
add("mixed", P, f"""방화벽 차단 요청서 써줘. 아래 탐지 내역 기준으로.

Src IP: {_i1}, {_i3} (해외, 브루트포스 의심)
Dst IP: {_i2}:443 (민원포털 WAS)
탐지 시각: 2025-11-12 04:21 ~ 04:39 KST, 1,204건
보고: {_e1}""", [(IP, _i1), (IP, _i3), (IP, _i2), (EM, _e1)])

_n1, _n2, _p1, _e1 = "Isabella Rossi", "로시 이사벨라", fmt("+39 3MN NNN NNNN"), "i.rossi@unibo.it"
add("mixed", P, f"""초청 연구자 숙소 예약 확인 메일 한국어로 번역해줘.

Dear Prof. Rossi,
Your room at the guest house is confirmed for 2–16 December. A driver will meet you at Incheon. If your flight changes, call {_p1} or write to {_e1}.
(숙소 명부에는 '{_n2}'로 기재, 정식 성명 {_n1})""", [(PER, "Rossi"), (PH, _p1), (EM, _e1), (PER, _n2), (PER, _n1)])

_n1, _r1, _p1 = "남궁민서", rr("040830", 4), mob()
add("mixed", P, f"""장학생 선발 결과 CSV 파싱 코드 Python으로 짜줘. 한글 깨짐 주의.

학번,성명,주민등록번호,연락처,장학구분
20240318,{_n1},{_r1},{_p1},성적우수(A)
20240402,(미선발),,,""", [(PER, _n1), (RRN, _r1), (PH, _p1)])

_n1, _e1, _i1 = "Song Dahye", "dahye.song@hanwha-ls.com", priv_ip()
add("mixed", P, f"""VPN 접속 기록 보고서 양식에 맞춰 정리해줘.

User: {_n1} ({_e1})
Assigned IP: {_i1}
Login: 2025-11-08 23:41:10, Logout: 2025-11-09 03:02:55
특이사항: 휴일 야간 접속, 사전 승인 없음""", [(PER, _n1), (EM, _e1), (IP, _i1)])

_n1, _n2, _c1, _p1 = "Jung Minji", "정민지", cc("5"), mob()
add("mixed", P, f"""해외 호텔 no-show 요금 분쟁 메일(영문)을 카드사 이의제기 신청서 한국어로 옮겨줘.

Dear {_n1}, your card ending as below was charged EUR 240 for a no-show on 3 Nov:
Card: {_c1}
Guest phone on file: {_p1}
→ 회원 {_n2} 님은 10/28에 예약 취소 메일을 받았다고 함.""", [(PER, _n1), (CARD, _c1), (PH, _p1), (PER, _n2)])

_n1, _p1, _r1 = "윤하람", mob(), rn("220915", 3)
add("mixed", P, f"""어린이 국가예방접종 문자 발송 API payload 검토해줘.

{{"to": "{_p1}", "template": "VACC_REMIND", "vars": {{"child_name": "{_n1}", "child_rrn": "{_r1}", "vaccine": "DTaP 4차"}}}}
(2022년생이라 주민번호 뒷자리는 검증식 안 맞아도 정상)""", [(PH, _p1), (PER, _n1), (RRN, _r1)])

_n1, _n2, _l1, _p1 = "Noah Fischer", "피셔 노아", "서울특별시 용산구 이태원로 211 3층", mob()
add("mixed", P, f"""외국인 민원인 통화 메모 (영어로 통화)

Caller: {_n1} ({_n2}), German national, says noise from the bar downstairs at {_l1} continues past 2 a.m. Callback number {_p1}.
→ 소음 민원 처리 절차 안내 답변 한국어/영어로 작성""", [(PER, _n1), (PER, _n2), (LOC, _l1), (PH, _p1)])

_n1, _h1, _r1 = "기나연", hi(), rr("830607", 2)
add("mixed", P, f"""SQL INSERT 문 문법 체크만 해줘.

INSERT INTO nhis_dependent (insured_card_no, dep_name, dep_rrn, rel_cd, acq_dt)
VALUES ('{_h1}', '{_n1}', '{_r1}', 'SPOUSE', DATE '2025-11-01');""", [(HI, _h1), (PER, _n1), (RRN, _r1)])

_n1, _e1, _p1 = "Yerin Baek", "yerin.baek@sejong.ac.kr", mob()
add("mixed", P, f"""Write a Korean summary of this scholarship appeal:

Dear Committee, I am {_n1}, a junior in Architecture. My GPA fell to 2.9 last semester because I was hospitalised for five weeks (medical certificate attached). I ask that you reconsider my national university scholarship. Email {_e1} / phone {_p1}.""", [(PER, _n1), (EM, _e1), (PH, _p1)])

# ================================================================ obfuscated
# --- Korean
_n1, _r1 = "경하윤", rr("860918", 2)
_o1 = between(_r1, " ")
add("ko", OB, f"""연말정산 서류 대신 올려야 하는데 배우자 주민번호 이렇게 받았어요. 간소화 자료 동의 신청서에 어디 넣으면 돼요?

배우자 {_n1}
주민번호 {_o1}""", [(PER, _n1), (RRN, _o1)])

_n1, _r1 = "표은지", rr("580104", 2)
_o1 = between(_r1, ZW)
add("ko", OB, f"""피부양자 등록 신청서 PDF에서 복사한 내용인데 글자가 이상하게 붙어요. 정리해줘.
피부양자 성명: {_n1} / 관계: 모 / 주민등록번호: {_o1} / 동거 여부: 비동거""", [(PER, _n1), (RRN, _o1)])

_n1, _r1 = "선예준", rr("990827", 1)
_o1 = fw(_r1)
add("ko", OB, f"""장학금 신청서 스캔본 텍스트 변환 결과 (전각 문자로 나옴)
성명：{_n1}　주민등록번호：{_o1}　학과：토목공학과""", [(PER, _n1), (RRN, _o1)])

_p1 = mob()
_o1 = sino(_p1.replace("-", " "))
_n1 = "옥순례"
add("ko", OB, f"""구급 신고 녹취 STT 결과 정리해줘.

신고자: 여기 할머니가 쓰러지셨어요. 이름은 {_n1}이고요, 저는 옆집 사람이에요.
상황요원: 신고자분 연락처 불러주세요.
신고자: {_o1}이요.
상황요원: 네 구급차 출동했습니다.""", [(PER, _n1), (PH, _o1)])

_a1 = acct("카카오뱅크")
_o1 = native(_a1)
add("ko", OB, f"""콜센터 상담 녹취 전사본인데 환불 계좌 부분만 숫자로 바꿔줘.

고객: 환불은 카카오뱅크로 해주세요. 계좌번호 {_o1} 이에요.
상담원: 예금주 본인 맞으시죠?
고객: 네.""", [(ACC, _o1)])

_n1, _r1 = "곽도현", rr("750306", 1)
_o1 = _r1[::-1]
add("ko", OB, f"""보안 때문에 거꾸로 적어둔 거예요. 원래대로 돌려서 공탁서 '공탁자 주민등록번호' 칸에 넣어주세요.
공탁자 {_n1} : {_o1} (뒤에서부터 읽기)""", [(PER, _n1), (RRN, _o1)])

_p1 = mob()
_h, _t = _p1[:8], _p1[9:]
_o1 = f"{_h}\n[오후 3:42] 민원인: {_t}"
add("ko", OB, f"""[카카오톡 상담 채널 대화]
[오후 3:41] 민원인: 전입신고 확인 문자는 이 번호로 주세요
[오후 3:41] 민원인: {_o1}
[오후 3:42] 민원인: 끝자리요
[오후 3:43] 상담원: 확인했습니다.
→ 이 상담 요약해줘""", [(PH, _o1)])

_n1, _p1 = "설민기", mob()
_o1 = between(_n1, ".")
add("ko", OB, f"""필터 때문에 이름을 점으로 끊어서 보냅니다. 장학금 환수 통지서 수신인: {_o1} (연락처 {_p1})""", [(PER, _o1), (PH, _p1)])

_n1, _r1 = "변성구", rr("690221", 1)
_nm = " ".join(_n1)
_o1 = _r1[:3] + " " + _r1[3:8] + " " + _r1[8:]
_l1 = "경 상 남 도 김 해 시 김 해 대 로 2401 번 길 17"
add("ko", OB, f"""OCR 결과가 띄어쓰기가 엉망이에요. 체납처분 통지서 내용 정상 문장으로 복원해줘.

체 납 자 성 명 : {_nm}
주 민 등 록 번 호 : {_o1}
주 소 : {_l1}
체 납 액 : 4 , 815 , 200 원""", [(PER, _nm), (RRN, _o1), (LOC, _l1)])

_p1 = mob()
_o1 = mapd(_p1, CIRCLED)
add("ko", OB, f"""우체국 반송 안내 스티커에 적힌 연락처예요. 받는 분 번호: {_o1} — 여기로 재배송 일정 문자 보내는 문구 써줘.""", [(PH, _o1)])

_p1 = mob()
_o1 = f"{_p1[:4]}****{_p1[8:]} (가운데 네 자리는 {_p1[4:8]}"
add("ko", OB, f"""LH 입주 안내 문자 발송 대상 번호가 마스킹돼서 왔는데, 담당자가 따로 알려줬어요: {_o1}) — 합쳐서 발송 리스트에 넣어줘.""", [(PH, _o1)])

_n1, _r1 = "추예린", rr("010315", 3)
_o1 = f"{_r1[:6]}\n(중략: 신청 동기 · 거주 기간 · 소득 구간)\n주민등록번호 뒷자리: {_r1[7:]}"
add("ko", OB, f"""청년 전세임대 신청서 항목을 붙여넣었어요. 빠진 항목 알려줘.

성명: {_n1}
생년월일(주민번호 앞자리): {_o1}
희망 지역: 세종""", [(PER, _n1), (RRN, _o1)])

_c1 = cc("5")
_o1 = sino(_c1)
add("ko", OB, f"""카드사 이의제기 녹취 STT에서 카드번호가 한글로 나왔어요. 숫자로 바꿔서 접수 양식에 넣어줘: 카드번호 {_o1}, 유효기간 칠공 이팔은 아니고 08/28.""", [(CARD, _o1)])

_h1 = hi()
_o1 = between(_h1, ".")
_n1 = "성미란"
add("ko", OB, f"""건강보험증 번호를 점 찍어서 적어 보냈네요: {_o1} ({_n1} 님). 자격득실 확인서 발급 요청서에 옮겨줘.""", [(HI, _o1), (PER, _n1)])

_pp1 = pp()
_o1 = f"엠 {_pp1[1:5]} {_pp1[5:]}"
_n1 = "권나윤"
add("ko", OB, f"""여권 분실신고 전화 메모: 신고인 {_n1}, 여권번호 {_o1}, 분실 장소 공항철도 열차 안. 분실신고서 초안 작성해줘.""", [(PER, _n1), (PASS, _o1)])

_d1 = dl()
_o1 = _d1.replace("-", "/")
add("ko", OB, f"""렌터카 예약 메모: 운전자 면허번호 {_o1} (슬래시로 적음), 2종 보통 아니고 1종 보통. 계약서에 옮길 때 형식 맞춰줘.""", [(DLIC, _o1)])

_b1 = bz()
_o1 = _b1.replace("-", "·")
add("ko", OB, f"""세금계산서 발행처 정보 메모가 이렇게 왔어요: 상호 미래설비, 등록번호 {_o1}, 업태 건설업. 형식 바꿔서 ERP 거래처 등록해줘.""", [(BRN, _o1)])

_e1 = "nayoon.kwon84"
_o1 = f"{_e1} 골뱅이 naver 점 com"
add("ko", OB, f"""민원 회신 받을 메일 주소를 이렇게 불러줬어요: {_o1}. 정보공개 결정통지서 발송 메일 주소 칸에 넣어줘.""", [(EM, _o1)])

_i1 = pub_ip()
_o1 = _i1.replace(".", "[.]")
add("ko", OB, f"""침해사고 보고서 초안이에요. 공격자 IP는 규정대로 디팽해서 적었어요: {_o1}. 이 IP 평판 조회 방법이랑 차단 조치 문장 추가해줘.""", [(IP, _o1)])

_n1, _f1 = "Rahim Uddin", ar("880503", 5)
_o1 = _f1[:7] + "\n" + _f1[7:]
add("ko", OB, f"""고용허가 연장 신청서 칸이 좁아서 외국인등록번호가 두 줄로 나뉘어 들어갔어요.
성명 {_n1}
외국인등록번호 {_o1}
이걸 한 줄짜리 데이터로 정리해줘.""", [(PER, _n1), (ALN, _o1)])

_p1 = mob()
_o1 = homo(_p1)
_n1 = "양은숙"
add("ko", OB, f"""택배 송장 손글씨를 옮겨 적은 거라 숫자/영문 섞였어요. 보내는 분 {_n1}, 연락처 {_o1}. 숫자로 정리해줘.""", [(PER, _n1), (PH, _o1)])

_a1 = acct("신한")
_parts = _a1.split("-")
_o1 = " 다시 ".join(sino(x) for x in _parts)
add("ko", OB, f"""ARS 상담 음성 인식 결과예요. 계좌 부분만 숫자로: "신한은행 {_o1} 으로 보험금 넣어주세요" """, [(ACC, _o1)])

_c1 = cr("110111")
_o1 = fw(_c1)
add("ko", OB, f"""등기부등본 복사한 텍스트예요. 등기번호는 빼고 법인등록번호만 반각으로 바꿔줘.
등기번호 012345 / 법인등록번호 {_o1} / 상호 주식회사 새빛에너지""", [(CRN, _o1)])

_n1, _r1 = "석하준", rr("950630", 1)
_o1 = f"{_r1[:6]}ㅡ{_r1[7:]}"
add("ko", OB, f"""전입신고 위임장 문자로 받은 내용: 위임자 {_n1} 주민번호 {_o1} 입니다 (하이픈 대신 ㅡ로 씀). 위임장 양식에 옮겨줘.""", [(PER, _n1), (RRN, _o1)])

# --- English
_n1, _e1 = "Rebecca Lindgren", "rebecca.lindgren@protonmail.com"
_o1 = _e1.replace("@", " at ").replace(".", " dot ")
add("en", OB, f"""A constituent wrote her address like this to avoid spam bots: "{_o1}". Draft a reply to {_n1} confirming we received her FOI request.""", [(EM, _o1), (PER, _n1)])

_e1 = "m.okonkwo@lagosmail.ng"
_o1 = _e1.replace("@", "[at]").replace(".", "[dot]")
add("en", OB, f"""Visa applicant contact from the embassy web form (auto-obfuscated): {_o1} — please put it in the normal format for the mailing list.""", [(EM, _o1)])

_e1 = "t.whitfield"
_o1 = f"{_e1} (at) outlook (dot) co (dot) uk"
_n1 = "Tom Whitfield"
add("en", OB, f"""From the tenant forum: "{_n1} here, if the landlord ignores you too, e-mail me: {_o1}". Is it OK to copy this contact into our case file?""", [(PER, _n1), (EM, _o1)])

_p1 = fmt("617MNNNNNN")
_o1 = f"{en_words(_p1[:3])}, {en_words(_p1[3:6])}, {en_words(_p1[6:])}"
add("en", OB, f"""Voicemail transcript (auto):
"Hi, this is about the housing voucher. Please call me back at {_o1}. Thanks."
Pull out the callback number and format it.""", [(PH, _o1)])

_c1 = cc("4")
_o1 = en_words(_c1, zero="oh")
add("en", OB, f"""Call-centre transcript for a lost-card report — the ASR wrote the card out in words:
Agent: Could you read me the card number?
Customer: Sure, {_o1}.
Agent: Thank you. I've blocked it.""", [(CARD, _o1)])

_c1 = cc("5")
_o1 = _c1.replace("-", "/")
_n1 = "Derek Mills"
add("en", OB, f"""Chargeback form filled by {_n1} — he typed the card with slashes: {_o1}. Reformat for the processor.""", [(PER, _n1), (CARD, _o1)])

_i1 = pub_ip()
_o1 = "hxxp://" + _i1.replace(".", "[.]") + ":8081/upd.bin"
_o2 = _i1.replace(".", "[.]")
add("en", OB, f"""Threat intel note (defanged as per policy): payload staged at {_o1}, beacon every 300s. Write a one-paragraph summary for the CISO.""", [(IP, _o2)])

_i1 = pub_ip()
_int = sum(int(x) << (8 * (3 - k)) for k, x in enumerate(_i1.split(".")))
add("en", OB, f"""The legacy geo table stores IPs as unsigned 32-bit integers. Convert this row back to dotted form: client_ip = {_int}, country = KR, first_seen = 2025-11-03.""", [(IP, str(_int))])

_i1 = priv_ip()
_o1 = ".".join(f"0x{int(x):02X}" for x in _i1.split("."))
add("en", OB, f"""Someone wrote the printer's address in dotted hex in the wiki ({_o1}). Is that even valid for ping on Windows?""", [(IP, _o1)])

_e1 = "hr.payroll@nambu-logis.co.kr"
_o1 = b64(_e1)
add("en", OB, f"""Decode this setting and tell me where the payroll alerts go:
ALERT_RECIPIENT_B64={_o1}
ALERT_LEVEL=warn""", [(EM, _o1)])

_p1 = fmt("+44 7MNN NNNNNN")
_o1 = hx(_p1)
add("en", OB, f"""The CRM export hex-encoded the phone column for some reason. Row 17: customer_id=CU-88120, phone_hex={_o1}. What number is it?""", [(PH, _o1)])

_e1 = "jenna.marsh@fastmail.com"
_o1 = _e1[::-1]
add("en", OB, f"""My colleague sent the reference's e-mail reversed "so the filter doesn't eat it": {_o1} (read backwards). Please put it back and draft the reference request.""", [(EM, _o1)])

_e1 = "kwabena.asante@gmail.com"
_o1 = rot13(_e1)
add("en", OB, f"""Puzzle from our security awareness quiz: the contact below is ROT13-encoded, decode it — {_o1}""", [(EM, _o1)])

_p1 = fmt("(415) MNN-NNNN")
_o1 = between(_p1, ZWJ)
_n1 = "Harriet Cole"
add("en", OB, f"""Pasted from the CRM (there seem to be hidden characters): {_n1}, cell {_o1}, prefers texts after 6 pm.""", [(PER, _n1), (PH, _o1)])

_p1 = fmt("07MNN NNNNNN")
_o1 = _p1[:5] + "\n" + _p1[6:]
add("en", OB, f"""OCR of a handwritten GP registration form, the number wrapped:
Patient phone: {_o1}
Next of kin: see over
Clean this up please.""", [(PH, _o1)])

_e1 = "aoife.brennan@tcd.ie"
_o1 = ent(_e1)
add("en", OB, f"""Why does our HTML signature show weird code in plain-text e-mails?
<p>Contact: <a href="mailto:x">{_o1}</a></p>""", [(EM, _o1)])

_pp1 = pp()
_o1 = "M" + homo(_pp1[1:])
_n1 = "LEE SOOAH"
add("en", OB, f"""Hotel check-in record typed by the night clerk: guest {_n1}, Korean passport {_o1} (clerk used letters for some digits). Correct it for the police registration form.""", [(PER, _n1), (PASS, _o1)])

_a1 = fmt("NNNNNNNN")
_o1 = f"{_a1[:4]} | {_a1[4:]}"
add("en", OB, f"""Markdown table from the finance wiki — the account got split into two columns by mistake:

| Supplier | Sort code | Acct (1) | Acct (2) |
|---|---|---|---|
| Whitcombe Print Ltd | 40-11-62 | {_o1} |""", [(ACC, _o1)])

_e1 = "priya.nair@zohomail.in"
_o1 = _e1.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz.@", "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ．＠"))
add("en", OB, f"""The applicant typed her e-mail on a Japanese IME so it came out full-width: {_o1}. Convert to normal ASCII.""", [(EM, _o1)])

_c1 = cc("4")
_o1 = mapd(_c1, MATH_BOLD)
add("en", OB, f"""Someone posted this in the team chat with fancy bold digits — is this a real card number? {_o1} (exp 11/27)""", [(CARD, _o1)])

_e1 = "d4n.kr0ger"
_o1 = f"{_e1} at yahoo dot com"
add("en", OB, f"""Found in a scraped forum post: "DM me or mail {_o1} for the leaked roster". Classify the risk.""", [(EM, _o1)])

# --- mixed
_r1 = rr("850315", 1)
_o1 = f'{_r1[:6]}" + "-" + "{_r1[7:]}'
_n1 = "양재석"
add("mixed", OB, f"""테스트 코드에 실데이터가 들어갔는지 봐줘.

def test_mask_rrn():
    owner = "{_n1}"
    rrn = "{_o1}"
    assert mask(rrn).endswith("******")""", [(PER, _n1), (RRN, _o1)])

_p1 = mob()
_a, _b, _c = _p1.split("-")
_o1 = f"{_a}', '-', '{_b}', '-', '{_c}"
add("mixed", OB, f"""이 MySQL 쿼리 왜 결과가 안 나와요?

SELECT * FROM tb_voter_worker
 WHERE hp_no = CONCAT('{_o1}')
   AND elect_cd = '2025-REEL-03';""", [(PH, _o1)])

_c1 = cc("4")
_g = _c1.split("-")
_o1 = '", "'.join(_g)
add("mixed", OB, f"""프론트에서 카드번호 조립하는 코드인데 리뷰해줘.

const parts = ["{_o1}"];
const cardNo = parts.join("-");  // 결제 모듈 디버깅하다가 넣은 값""", [(CARD, _o1)])

_r1 = rr("770109", 2)
_o1 = b64(_r1)
add("mixed", OB, f"""레거시 시스템 설정파일에 이런 값이 있어요. 뭔지 알려주고 지워도 되는지 판단해줘.

[batch.nhis]
owner_rrn_b64 = {_o1}
schedule = 0 3 * * *""", [(RRN, _o1)])

_n1 = "윤태섭"
_o1 = pct(_n1)
_p1 = mob()
add("mixed", OB, f"""웹 방화벽 로그에 이 URL이 찍혔어요. 파라미터 디코딩해서 어떤 요청인지 알려줘.

GET /yearend/dependents/search?name={_o1}&hp={_p1}&year=2025 HTTP/1.1""", [(PER, _o1), (PH, _p1)])

_r1 = rr("910502", 2, dash=False)
add("mixed", OB, f"""이 레거시 URL 보안 이슈 정리해줘 (주민번호가 쿼리스트링에 그대로 노출됨).

https://minwon.haeun-gu.go.kr/jeonip/status.do?jumin={_r1}&seq=88312""", [(RRN, _r1)])

_p1 = mob()
_a, _b, _c = _p1.split("-")
_o1 = f'{_a}", "hp2": "{_b}", "hp3": "{_c}'
add("mixed", OB, f"""API 명세랑 실제 요청이 달라요. 휴대폰 필드 3개로 쪼개진 거 하나로 합치는 변환 코드 짜줘.

{{"applicant": "추민경", "hp1": "{_o1}", "agree": true}}""", [(PER, "추민경"), (PH, _o1)])

_p1 = mob()
_a, _b, _c = _p1.split("-")
_o1 = f"{_a}</span>-<span>{_b}</span>-<span>{_c}"
add("mixed", OB, f"""크롤링한 HTML에서 연락처 추출하는 BeautifulSoup 코드 짜줘.

<td class="tel"><span>{_o1}</span></td>
<td class="name">허준범</td>""", [(PH, _o1), (PER, "허준범")])

_n1 = "석하윤"
_o1 = uesc(_n1)
_e1 = "hayoon.seok@kyobo-life.co.kr"
add("mixed", OB, f"""로그에 한글이 유니코드 이스케이프로 찍혀요. 원래 글자로 보이게 하는 방법?

{{"event":"claim_submit","insured":"{_o1}","email":"{_e1}","ts":1731380012}}""", [(PER, _o1), (EM, _e1)])

_r1 = rr("830219", 1)
_o1 = ent(_r1)
add("mixed", OB, f"""게시판 HTML 소스에서 발견한 문자열이에요. 디코딩하면 뭔지, 개인정보 노출 신고 대상인지 알려줘.

<div class="hidden-field">&#51452;&#48124;&#48264;&#54840;: {_o1}</div>""", [(RRN, _o1)])

_c1 = cc("5")
_g = _c1.split("-")
_o1 = " | ".join(_g)
add("mixed", OB, f"""이의제기 접수 현황 표인데 카드번호가 칸마다 쪼개졌어요. 합쳐서 다시 표 만들어줘.

| 접수번호 | 회원 | 카드1 | 카드2 | 카드3 | 카드4 | 금액 |
|---|---|---|---|---|---|---|
| DS-25110042 | 인하영 | {_o1} | USD 129.00 |""", [(PER, "인하영"), (CARD, _o1)])

_a1 = acct("국민")
_a, _b, _c = _a1.split("-")
_o1 = f'{_a}","-","{_b}","-","{_c}'
add("mixed", OB, f"""엑셀 수식 결과가 숫자로 바뀌어 버려요. 텍스트로 유지하려면?

=CONCATENATE("{_o1}")   ← 환급계좌 (국민은행, 예금주 조윤성)""", [(ACC, _o1), (PER, "조윤성")])

_p1 = mob()
_o1 = shift(_p1, 3)
add("mixed", OB, f"""팀장님이 메신저 필터 때문에 번호를 각 자리 +3 해서 보냈대요 (9 다음은 0으로 돌아감). 원래 번호로 바꿔서 구급일지 보호자 연락처에 적어줘: {_o1}""", [(PH, _o1)])

_r1 = rr("041106", 3)
_o1 = mapd(_r1, MATH_BOLD)
add("mixed", OB, f"""SNS 캡처 텍스트에서 이런 글자가 나왔는데 주민번호 맞아요? 신고 양식에 넣어야 해서요: {_o1}""", [(RRN, _o1)])

_c1 = cc("4", sep=" ")
_o1 = mapd(_c1, DOUBLE)
add("mixed", OB, f"""카드사 피싱 문자 캡처 본문: "고객님 카드 {_o1} 해외결제 승인 $1,920. 본인 아닐 시 연락" — 이 문자 분석해줘.""", [(CARD, _o1)])

_f1 = ar("920814", 5)
_o1 = mapd(_f1, SANS)
add("mixed", OB, f"""Foreign worker registry PDF에서 복사하니까 숫자가 이상한 폰트로 붙어요: 외국인등록번호 {_o1} — 일반 숫자로 바꿔줘.""", [(ALN, _o1)])

_p1 = mob()
_o1 = _p1[:4] + sino(_p1[4:8]) + _p1[8:]
add("mixed", OB, f"""Delivery rider가 남긴 메모: "수취인 연락처 {_o1}, 문 앞 배송 요청". 번호 숫자로 바꿔서 반송 시스템에 입력해줘.""", [(PH, _o1)])

_r1 = rr("790604", 1)
_o1 = en_words(_r1[:6]) + " dash " + en_words(_r1[7:])
add("mixed", OB, f"""외국인 상담원이 영어로 받아 적은 민원인 주민번호예요: {_o1}. 숫자로 바꿔서 민원 시스템에 입력해줘.""", [(RRN, _o1)])

_e1 = "hana.yoo@gov-mail.kr"
_o1 = _e1.replace("@", ZWJ + "@" + ZWJ).replace(".", ZWNJ + "." + ZWNJ)
add("mixed", OB, f"""메일 발송이 계속 실패해요. 주소 복사한 건데 이상한 거 있나요? To: {_o1}""", [(EM, _o1)])

_i1 = pub_ip()
_o1 = _i1.replace(".", "(.)")
add("mixed", OB, f"""보안관제 일일보고 초안. 탐지 IP: {_o1} (defanged) — C2 통신 의심, 내부 PC 2대 접속 이력 있음. 문장 다듬어줘.""", [(IP, _o1)])

_n1, _n2 = "백선우", "Baek Sunwoo"
_o1 = between(_n1, "-")
add("mixed", OB, f"""외부 메신저로 보낸 출장자 명단(필터 회피용 하이픈): {_o1} ({_n2}), 항공권 발권 요청 영어 메일 써줘.""", [(PER, _o1), (PER, _n2)])

_pp1 = pp()
_o1 = f"{_pp1[:5]}\n{_pp1[5:]}"
add("mixed", OB, f"""Visa form OCR — passport number field wrapped:
Passport No.
{_o1}
Surname / Given names: SEO / JIAN
정리해서 한 줄로 써줘.""", [(PASS, _o1), (PER, "SEO / JIAN")])

_r1 = rr("880725", 2)
_o1 = f"{_r1[:6]},{_r1[7:]}"
add("mixed", OB, f"""CSV에서 주민번호가 앞/뒤 컬럼으로 나뉘어 있어요. pandas로 합치는 코드 짜줘.

name,rrn_front,rrn_back,plan
연수민,{_o1},basic""", [(PER, "연수민"), (RRN, _o1)])

_r1 = rr("660412", 1)
_o1 = f"{_r1[:6]}&jumin2={_r1[7:]}"
add("mixed", OB, f"""Access log 한 줄인데 어떤 개인정보가 노출됐는지 정리해줘.

{pub_ip()} - - [12/Nov/2025:10:14:22 +0900] "GET /welfare/apply.jsp?jumin1={_o1}&type=A HTTP/1.1" 200 5120""", [(RRN, _o1)])

_c1 = cc("4")
_o1 = f"{_c1[:7]}**-****-{_c1[15:]} (가려진 부분 {_c1[7:9]} {_c1[10:14]}"
add("mixed", OB, f"""Chargeback form: card masked as below, but the member gave the hidden digits on the phone → {_o1}). 전체 번호로 합쳐서 접수해줘.""", [(CARD, _o1)])

_e1 = "minji.kim"
_o1 = f"{_e1} 앳 gmail 닷컴"
add("mixed", OB, f"""Voice-to-text로 받은 외국인 민원인 이메일: "{_o1}" 이라고 적혔어요. 정상 이메일 형식으로 바꿔줘.""", [(EM, _o1)])

_b1 = bz()
_o1 = pct(_b1)
add("mixed", OB, f"""세금계산서 조회 API 호출 URL인데 파라미터가 인코딩돼 있어요.
GET /etax/v1/invoices?supplierBizNo={_o1}&from=20251001&to=20251031
디코딩 결과랑 응답 예시 만들어줘.""", [(BRN, _o1)])

_d1 = dl()
_o1 = fw(_d1)
add("mixed", OB, f"""Rental car contract scan (full-width OCR): Driver licence {_o1}, class 1 ordinary. 면허번호 형식 검증 정규식도 같이 줘.""", [(DLIC, _o1)])

_c1 = cr("110111")
_o1 = homo(_c1)
add("mixed", OB, f"""KYC 서류 손글씨 옮긴 거예요. Corporate Registration No. {_o1} (l/O가 섞였음) — 숫자로 고쳐줘.""", [(CRN, _o1)])

_h1 = hi()
_o1 = sino(_h1)
add("mixed", OB, f"""Patient call transcript: 건강보험증 번호가 {_o1} 라고 불러줬어요 (STT). 숫자로 바꿔서 자격조회 해줘.""", [(HI, _o1)])

# ================================================================ negative
_isbn1, _isbn2 = isbn13("978-89-6848-" + dg(3)), isbn13("979-11-92107-" + dg(2))
_ean1, _ean2 = ean13("880" + dg(9)), ean13("880" + dg(9))
_track16 = not_luhn(16)
_order16 = not_luhn(16)
NEG: list[tuple[str, str]] = [
    # --- Korean
    ("ko", f"""택배 분실 건 정리해줘. 운송장번호 {dg(12, '56')}, 주문번호 {_order16}, 반품 회수 접수번호 RT-20251108-0042. 환불 계좌는 아직 못 받았고 고객센터 1588-1255로 다시 연락 예정."""),
    ("ko", """개인정보 보호법 제24조의2(주민등록번호 처리의 제한) 제1항 제1호와 같은 법 시행령 제21조의2를 근거로, 전입신고 민원 화면에서 주민등록번호 뒷자리를 수집하지 않도록 개선하는 검토보고서 목차를 잡아줘."""),
    ("ko", """해외직구 통관 보류 안내: 개인통관고유부호 P250381947216 불일치. 수취인 성명·전화번호가 고유부호 등록정보와 같아야 하며, 관세청 고객지원센터 125로 문의 가능. 이 안내문 쉽게 다시 써줘."""),
    ("ko", """연말정산 결과 요약: 총급여 58,400,000원, 근로소득공제 12,670,000원, 결정세액 2,183,440원, 기납부세액 2,904,120원, 차감징수세액 -720,680원(환급). 환급금은 12월 급여와 함께 지급. 이걸 직원 공지문으로 바꿔줘."""),
    ("ko", """주민등록번호 입력란 예시: 900101-1******  / 휴대폰 예시: 010-****-1234 / 카드 예시: 5412-****-****-0071. 마스킹 규칙 설명하는 안내 문구 써줘."""),
    ("ko", """현금영수증 자진발급 건은 국세청 지정코드 010-000-1234로 발급되고, 승인번호 T58231907 처럼 나와요. 나중에 소비자가 홈택스에서 본인 번호로 등록하는 절차를 설명해줘."""),
    ("ko", """법원 사건 진행 메모: 서울중앙지방법원 2025가합512345 손해배상(기), 2025카단80931 가압류. 다음 변론기일 2025. 12. 4. 14:30 제358호 법정. 공탁번호 2025금제4412호. 일정표로 정리해줘."""),
    ("ko", """국립대 장학금 지급 기준표: 학자금 지원구간 1~3구간 등록금 전액, 4~6구간 390만원, 7~8구간 350만원. 직전학기 12학점 이상, 성적 B0(80점) 이상. 학번 20231487~20231560 재학생 대상 일괄 안내문 초안."""),
    ("ko", """주차 위반 과태료 부과 내역: 차량번호 128허4471, 152가 3308, 서울88바1234. 위반일시 2025-10-21 08:12, 과태료 40,000원(의견진술 기한 내 납부 시 20% 감경). 공문 형태로 정리해줘."""),
    ("ko", f"""도서 구매 요청 목록: 『행정법 강의』 ISBN {_isbn1}, 『데이터 거버넌스 실무』 ISBN {_isbn2}. 수량 각 3권, 부서 예산 코드 2025-정보-117."""),
    ("ko", """LH 공공임대 입주자 모집 공고 요약: 공고번호 제2025-112호, 접수기간 11.17~11.21, 임대보증금 14,820,000원 / 월임대료 198,000원, 전용 26㎡·36㎡. 문의 LH 콜센터 1600-1004."""),
    ("ko", """선거관리위원회 개표 결과 집계표: 선거인수 184,221명, 투표수 92,804명(투표율 50.4%), 기호 1번 41,203표, 기호 2번 38,977표, 무효 1,042표. 보도자료 문장으로 바꿔줘."""),
    ("ko", """구급활동 통계: 10월 출동 1,284건, 이송 902건, 평균 현장 도착 7분 42초, 심정지 23건(자발순환 회복 5건). 전월 대비 증감률 표로 만들어줘."""),
    ("ko", """카드사 이의제기 처리 기준: 해외 가맹점 부정사용은 거래일로부터 60일 이내 신고, 차지백 사유코드 10.4(Other Fraud – Card Absent), 4837(No Cardholder Authorization). 상담 매뉴얼 문장으로 다듬어줘."""),
    ("ko", f"""물품 바코드 정리: 생수 2L {_ean1}, 복사용지 A4 {_ean2}. 조달청 물품식별번호 24112345, 세부품명번호 4410310101. 재고표 양식 만들어줘."""),
    ("ko", """지방세 납부 안내: 전자납부번호 11680-2-25-07-0038291, 가상계좌는 고지서 참고, 납기 2025.11.30. 카드 납부 시 수수료 없음. 위택스 납부 방법 안내문 써줘."""),
    ("ko", """건강보험료 산정 예시: 보수월액 3,500,000원 × 건강보험료율 7.09% = 248,150원, 근로자 부담 124,070원. 장기요양보험료는 건강보험료의 12.95%. 계산 과정 표로 보여줘."""),
    ("ko", """계좌번호 형식 검증 규칙 정리: 은행코드 004(국민) 14자리, 088(신한) 12자리, 020(우리) 13자리, 081(하나) 14자리. 하이픈 위치는 은행마다 다름. 예시값 없이 규칙만 표로."""),
    ("ko", """주민센터 전입신고 처리 현황(11월 2주차): 접수 412건, 온라인 287건, 방문 125건, 세대분리 38건, 확정일자 동시신청 96건. 행정동별 막대그래프 만드는 엑셀 방법 알려줘."""),
    ("ko", """우체국 등기 조회: 등기번호 1234567890123은 13자리, 국제특송 EMS는 EE123456789KR 형식이에요. 반송 사유 코드 01 수취인불명, 02 폐문부재, 03 수취거절. 코드표로 정리해줘."""),
    ("ko", """사업자 상태조회 API 응답 코드 설명해줘: b_stt_cd 01 계속사업자, 02 휴업자, 03 폐업자, tax_type_cd 01 부가가치세 일반과세자. 요청 건수 한도는 1회 100건."""),
    ("ko", """통신사 명의도용 예방 안내: 엠세이퍼(www.msafer.or.kr)에서 가입 현황 조회, 명의도용 방지 서비스 신청. 피해 신고 118(한국인터넷진흥원), 경찰청 182. 어르신 대상으로 쉽게 써줘."""),
    # --- English
    ("en", """Please explain these identifiers in our incident report: request_id 6f1c2a7e-93b4-4d0e-8a51-2c7f0b9d1e34, commit a3f9c21, image digest sha256:9b2e7c41d0a85f3e6c1b47d29e08a5f3c6d1b29e4f7a0c38d5e91b2c4a7f06d3."""),
    ("en", """Our DB server reports Microsoft SQL Server 15.0.4385.2 and the client runs Chrome 131.0.6778.86 on Windows build 10.0.19045.5131. Which cumulative update are we on?"""),
    ("en", """The TLS certificate uses sha256WithRSAEncryption (OID 1.2.840.113549.1.1.11) and the key usage extension OID is 2.5.29.15. Explain what these OIDs mean."""),
    ("en", """Security group rules: allow 10.0.0.0/8 and 172.16.0.0/12 on 5432, health checks from 127.0.0.1, bind 0.0.0.0:8080, IPv6 loopback ::1. Are these too permissive?"""),
    ("en", """Payment docs example: use test card 4242 4242 4242 4242 with any future expiry and CVC 123, or 4000 0000 0000 9995 to simulate insufficient funds. Write a QA checklist."""),
    ("en", """Documentation placeholders we use in templates: {{first_name}}, {{email}} (e.g. jane.doe@example.com), {{phone}} (e.g. +1-XXX-XXX-XXXX), {{ssn_last4}}. Suggest a better naming scheme."""),
    ("en", """Invoice INV-2025-00418 dated 2025-11-03: 12 x Dell P2723QE @ $489.99, subtotal $5,879.88, tax 8.875% = $521.84, total $6,401.72. PO 4500188231, net 30."""),
    ("en", """US court docket: Case No. 2:24-cv-01187-JLR (W.D. Wash.), Dkt. 42, hearing set for 12/09/2025 at 10:00 a.m. Summarise what 'Dkt. 42' refers to and how to cite it."""),
    ("en", """HIPAA de-identification: the Safe Harbor method at 45 CFR 164.514(b)(2) lists 18 identifiers; GDPR Art. 4(1) and Art. 9 cover special categories. Compare them in a table."""),
    ("en", f"""Shipment status: UPS 1Z999AA10123456784 delivered; our internal tracking number {_track16} (16 digits, not a card) still shows 'in transit'. Which system is stale?"""),
    ("en", """Flight schedule for the delegation: OZ 521 ICN–LHR departs 13:10, arrives 18:40 local; seats 31A–31F; fare basis YLE0ZRKS; baggage 2PC. Put it in an itinerary table."""),
    ("en", """Reading list for the onboarding cohort: 'Designing Data-Intensive Applications' (ISBN 978-1-4493-7332-0) and 'Site Reliability Engineering' (ISBN 978-1-4919-2912-4). Order 6 copies each."""),
    ("en", """Network inventory: switch MAC 00:1A:2B:3C:4D:5E, VLAN 210, port Gi1/0/24, firmware 17.9.4a, serial FOC2231X0QZ. Flag anything out of support."""),
    ("en", """The regex for Korean resident numbers we use in DLP is \\d{6}-[1-4]\\d{6}; for alien numbers [5-8] instead of [1-4]. Why does it match 000000-0000000 and how do we add a date check?"""),
    ("en", """Quarterly KPIs: 1,284 visa applications processed, median turnaround 6.5 days, 3.2% rejected, 18 appeals. Produce a short paragraph for the board pack."""),
    ("en", """Cron schedule review: '0 3 * * 1-5' runs the payroll export, '*/15 * * * *' polls the bank API, '30 23 L * *' closes the month. Are the expressions valid in Quartz?"""),
    ("en", """ICD-10 codes on the claim: M54.5 (low back pain), S83.2 (meniscus tear), Z96.651; CPT 29881 with modifier RT. Explain why the payer denied line 2."""),
    ("en", """Compare these amounts in the audit sample: £12,480.00 on 2025-03-31, €9,990.50 on 2025-06-30, ¥1,250,000 on 2025-09-30; exchange rates 1,842.13 / 1,482.65 / 9.14 KRW per unit. Which quarter had the largest KRW value?"""),
    ("en", """Our Jira keys follow PROJ-1234 and Confluence page IDs look like 2417983521. Write a regex that catches Jira keys but not page IDs."""),
    # --- mixed
    ("mixed", """이 DDL 정규화 검토해줘.

CREATE TABLE tb_dependent (
  dep_id      BIGINT PRIMARY KEY,
  insured_no  CHAR(11) NOT NULL,   -- 건강보험증번호
  rrn_enc     VARBINARY(256),      -- 주민등록번호 (AES-256 암호화)
  hp_no_enc   VARBINARY(128),
  created_at  TIMESTAMP DEFAULT now()
);"""),
    ("mixed", """pandas로 집계한 결과인데 그래프로 그려줘.

        지역   전입건수   전출건수   순이동
0     서울   12,481   13,902   -1,421
1     경기   18,330   16,775    1,555
2     인천    4,102    3,988      114"""),
    ("mixed", """k8s NetworkPolicy에서 이 부분 의미가 뭐예요?

spec:
  podSelector:
    matchLabels: {app: claims-api}
  ingress:
  - from:
    - ipBlock:
        cidr: 10.42.0.0/16
        except: [10.42.8.0/24]
    ports: [{protocol: TCP, port: 8443}]"""),
    ("mixed", """Terraform 변수 파일 템플릿이에요. 값은 비워두고 설명만 달아줘.

variable "admin_email" {}       # 관리자 이메일 (e.g. admin@example.com)
variable "allowed_cidr" { default = "0.0.0.0/0" }
variable "db_password" { sensitive = true }"""),
    ("mixed", """엑셀 수식 설명해줘: =IF(AND(LEN(C2)=14, MID(C2,7,1)="-"), "형식OK", "오류") 그리고 =TEXT(D2,"000000-0000000"). C열은 주민번호 칸인데 지금은 비어 있어요."""),
    ("mixed", """Git 태그 정리: v2.14.3 (2025-10-30), v2.15.0-rc.1 (2025-11-07), hotfix/2.14.4. semver 규칙상 다음 버전 번호 뭐가 맞는지 알려줘."""),
    ("mixed", """코레일 예약 API 응답 필드 설명 부탁: pnrNo "K7QX2M", tkRetPwd 마스킹, trnNo "00101", psgCnt 2, rcvdAmt 119,600, seatNo "07-12A". 어떤 게 개인정보인지 분류만."""),
    ("mixed", """Postman 환경변수 예시:
{{baseUrl}} = https://api.sandbox.local
{{token}} = <YOUR_TOKEN_HERE>
{{rrn}} = 000000-0000000
{{card}} = 4111-1111-1111-1111
이 중 실제 값으로 바꿔야 하는 것만 알려줘."""),
    ("mixed", """장애 보고서 타임라인 정리 (KST):
14:02 alert fired (trace_id 4bf92f3577b34da6a3ce929d0e0e4736)
14:05 on-call ack
14:19 rollback to build 2025.11.12-rc3
14:31 error rate < 0.1%
영문 postmortem 형식으로 바꿔줘."""),
    ("mixed", """카드 BIN 테이블 검토: 9410-xx 국내전용, 4518-xx VISA, 5361-xx Mastercard, 3560-xx JCB. 앞 6자리만으로 카드사 분류하는 SQL CASE 문 짜줘."""),
    ("mixed", """통계청 행정구역 코드 매핑: 법정동코드 2635010500 (우동), 2635010600 (중동), 행정동코드 2635052000. pandas merge할 때 dtype 문제 해결법?"""),
    ("mixed", """보험 청구 심사 결과 코드: CLM-2025-1108-004417 지급, CLM-2025-1108-004418 부지급(면책기간), 증권번호 2024-11-0038472 갱신. 영어 요약도 같이 써줘."""),
    ("mixed", """HS code 분류 도와줘: 8471.30 (노트북), 8517.13 (스마트폰), 관세율 0%, 부가세 10%. 해외직구 면세 한도 USD 150 (미국 USD 200). 개인통관고유부호 형식은 P로 시작하는 13자리."""),
    ("mixed", """주식 종목코드 005930, ISIN KR7005930003, 채권 KR6005931E92. 이 세 식별자 차이 한국어로 설명해줘 (for 신입사원 교육)."""),
    ("mixed", """Airflow DAG 스케줄 문제: schedule='0 18 * * *' 인데 UTC 기준이라 한국시간 03:00에 돌아요. start_date=datetime(2025, 11, 1), catchup=False. 타임존 설정 방법?"""),
    ("mixed", """대표번호 목록 정리: 국민건강보험공단 1577-1000, 국민연금 1355, 국세상담 126, 정부민원안내 110, 카드 분실신고 1588-8100. 영문 안내문용 표로 만들어줘."""),
    ("mixed", """JSON Schema 리뷰: {"type":"object","properties":{"rrn":{"type":"string","pattern":"^\\\\d{6}-\\\\d{7}$"},"phone":{"type":"string","format":"phone"}},"required":["rrn"]}  ← pattern escape 맞나요?"""),
    ("mixed", """OCR 품질 리포트: 문서 1,204건 중 인식률 97.3%, 숫자 오인식(O↔0, l↔1) 412건, 전각문자 88건, 띄어쓰기 오류 1,031건. 개선 방안 영어로 요약."""),
    ("mixed", """UUID v4 vs v7 비교해줘. 예: 0192f0c2-8e3a-7b41-9f0e-5d2c7a1b3e66 (v7), c1a4e9d2-6b37-4f80-a2d5-98e1f0b7c344 (v4). DB PK로 뭐가 나아요?"""),
]
for _lang, _text in NEG:
    add(_lang, N, _text, [])


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "eleventh")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_eleventh.jsonl"), build())


if __name__ == "__main__":
    main()
