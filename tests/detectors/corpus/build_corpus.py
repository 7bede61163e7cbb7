"""Build the labelled detection corpus: `python -m tests.detectors.corpus.build_corpus` -> corpus.jsonl.

Deterministic (seed 20261123): realistic staff prompts in Korean, English and both (complaint letters, CSV rows,
code with customer records, meeting notes, e-mails), hard negatives (order, invoice, case and statute numbers,
ISBNs, versions, dates, amounts) and an obfuscated subset (full-width, zero-width, spaced, dotted and
line-broken digits, Hangul-spelled digits, look-alike dashes, base64, hex, percent-encoding). Every value is
synthetic: identifiers are generated with valid structure (and checksums where the format has one).
Hand-written cases from `handwritten.py` are appended. Each line: id, lang, kind, text, spans[entity,start,end].
"""

from __future__ import annotations

import base64
import random
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from tests.detectors.corpus.handwritten import HANDWRITTEN
from tests.detectors.corpus.jsonl import write_jsonl

SEED = 20261123
OUT = Path(__file__).with_name("corpus.jsonl")

SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노".split()
GIVEN = (
    "민준 서연 지훈 수빈 예은 도윤 하은 준호 지민 현우 서윤 지아 승민 유진 동현 은지 재원 혜진 성훈 미영 "
    "영희 철수 길동 정호 수진 태희 경민 상우 진영 나연 윤서 건우 소희 하준 채원"
).split()
TITLES = "님 씨 과장 주무관 사무관 팀장 대리 부장 교수 선생님 주무관님 과장님 국장 실장 연구원 고객님".split()
EN_FIRST = "James Mary Robert Jennifer Michael Linda David Sarah Daniel Emily Thomas Laura Kevin Grace".split()
EN_LAST = "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Martin Clark".split()
SIDO_SGG = [
    ("서울특별시", "종로구"),
    ("서울특별시", "강남구"),
    ("서울시", "마포구"),
    ("부산광역시", "해운대구"),
    ("경기도", "수원시 팔달구"),
    ("경기도", "성남시 분당구"),
    ("대전광역시", "유성구"),
    ("인천광역시", "연수구"),
    ("광주광역시", "북구"),
    ("세종특별자치시", ""),
    ("경상남도", "창원시 의창구"),
    ("제주특별자치도", "제주시"),
]
ROADS = (
    "세종대로 테헤란로 월드컵북로 센텀중앙로 효원로 판교역로 대학로 가정로 첨단과기로 한누리대로 중앙로 연동로".split()
)
LOTS = "역삼동 삼성동 서교동 우동 인계동 정자동 봉명동 송도동 용봉동 나성동 연동".split()
EN_STREETS = "Main Street|Oak Avenue|Maple Road|Park Lane|Sunset Boulevard|Elm Street|Washington Ave".split("|")
EN_CITIES = ["Springfield, IL 62704", "Austin, TX 78701", "Portland, OR 97201", "Boston, MA 02108"]
BANKS = [
    ("국민은행", (6, 2, 6)),
    ("신한은행", (3, 3, 6)),
    ("우리은행", (4, 3, 6)),
    ("하나은행", (3, 6, 5)),
    ("농협", (3, 4, 4, 2)),
    ("기업은행", (3, 6, 2, 3)),
    ("카카오뱅크", (4, 2, 7)),
    ("토스뱅크", (4, 4, 4)),
]
DL_REGIONS = ["11", "12", "13", "14", "15", "16", "22", "23", "24", "25", "26", "28"]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _birth(r: random.Random, lo: int, hi: int) -> tuple[str, int]:
    year = r.randint(lo, hi)
    return f"{year % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", year


def rrn(r: random.Random, foreign: bool = False, post2020: bool | None = None) -> str:
    post = r.random() < 0.3 if post2020 is None else post2020
    if post:
        date, year = _birth(r, 2020, 2024)
        date = date[:2] + f"{r.randint(10, 12):02d}" + date[4:] if year == 2020 else date
        g = r.choice("78" if foreign else "34")
        return f"{date}-{g}{_digits(r, 6)}"
    date, year = _birth(r, 1940, 2015)
    g = (("7", "8") if year >= 2000 else ("5", "6")) if foreign else (("3", "4") if year >= 2000 else ("1", "2"))
    body = date + r.choice(g) + _digits(r, 5)
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    check = ((13 if foreign else 11) - total % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def brn(r: random.Random) -> str:
    while True:
        body = str(r.randint(1, 9)) + _digits(r, 8)
        w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
        total = sum(int(d) * k for d, k in zip(body, w, strict=True)) + int(body[8]) * 5 // 10
        d = body + str((10 - total % 10) % 10)
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def crn(r: random.Random) -> str:
    body = _digits(r, 12)
    total = sum(int(d) * w for d, w in zip(body, (1, 2) * 6, strict=True))
    d = body + str((10 - total % 10) % 10)
    return f"{d[:6]}-{d[6:]}"


def card(r: random.Random) -> str:
    prefix = r.choice(["4", "51", "53", "55", "2221", "3530", "6011", "9410", "62"])
    body = prefix + _digits(r, 15 - len(prefix))
    for check in "0123456789":
        cand = body + check
        total = 0
        for i, ch in enumerate(reversed(cand)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return (
                " ".join(cand[i : i + 4] for i in range(0, 16, 4))
                if r.random() < 0.3
                else "-".join(cand[i : i + 4] for i in range(0, 16, 4))
            )
    raise AssertionError("unreachable")


def phone(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.55:
        return f"010-{r.randint(2000, 9999)}-{_digits(r, 4)}"
    if kind < 0.7:
        return f"02-{r.randint(200, 9999)}-{_digits(r, 4)}"
    if kind < 0.8:
        return f"0{r.choice(['31', '51', '42', '62', '64'])}-{r.randint(200, 999)}-{_digits(r, 4)}"
    if kind < 0.88:
        return f"070-{_digits(r, 4)}-{_digits(r, 4)}"
    if kind < 0.95:
        return f"+82 10-{_digits(r, 4)}-{_digits(r, 4)}"
    return f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{_digits(r, 4)}"


def bank(r: random.Random) -> tuple[str, str]:
    name, shape = r.choice(BANKS)
    return name, "-".join(_digits(r, n) for n in shape)


def passport(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"M{_digits(r, 3)}{r.choice('ABCDEFGHJK')}{_digits(r, 4)}"
    return r.choice("MSRO") + _digits(r, 8)


def license_no(r: random.Random) -> str:
    return f"{r.choice(DL_REGIONS)}-{_digits(r, 2)}-{_digits(r, 6)}-{_digits(r, 2)}"


def email(r: random.Random) -> str:
    user = r.choice(["hong", "kim.minjun", "j.smith", "sylee", "park_jh", "choi2024", "admin.team"])
    return f"{user}{r.randint(1, 99)}@{r.choice(['korea.kr', 'gmail.com', 'naver.com', 'example.org', 'moef.go.kr'])}"


def ipv4(r: random.Random) -> str:
    return r.choice(
        [
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        ]
    )


def ko_name(r: random.Random) -> str:
    return r.choice(SURNAMES) + r.choice(GIVEN)


def en_name(r: random.Random) -> str:
    return f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}"


def ko_address(r: random.Random) -> str:
    sido, sgg = r.choice(SIDO_SGG)
    head = f"{sido} {sgg}".strip()
    if r.random() < 0.7:
        return f"{head} {r.choice(ROADS)} {r.randint(1, 300)}" + (
            f", {r.randint(101, 120)}동 {r.randint(101, 2004)}호" if r.random() < 0.4 else ""
        )
    return f"{head} {r.choice(LOTS)} {r.randint(1, 999)}-{r.randint(1, 99)}"


def en_address(r: random.Random) -> str:
    return f"{r.randint(10, 9999)} {r.choice(EN_STREETS)}, {r.choice(EN_CITIES)}"


# A template is text with {slots}; each slot names a generator and the entity it carries (None: unlabelled).
Slot = tuple[str | None, Callable[[random.Random], str]]
SLOTS: dict[str, Slot] = {
    "rrn": ("KR_RRN", rrn),
    "rrn_new": ("KR_RRN", lambda r: rrn(r, post2020=True)),
    "arc": ("KR_ALIEN_REG", lambda r: rrn(r, foreign=True)),
    "brn": ("KR_BRN", brn),
    "crn": ("KR_CRN", crn),
    "card": ("CREDIT_CARD", card),
    "phone": ("PHONE_NUMBER", phone),
    "mobile": ("PHONE_NUMBER", lambda r: f"010-{r.randint(2000, 9999)}-{_digits(r, 4)}"),
    "acct": ("BANK_ACCOUNT", lambda r: bank(r)[1]),
    "passport": ("KR_PASSPORT", passport),
    "dl": ("KR_DRIVER_LICENSE", license_no),
    "hi": ("KR_HEALTH_INSURANCE", lambda r: _digits(r, 1) + "-" + _digits(r, 10)),
    "email": ("EMAIL_ADDRESS", email),
    "ip": ("IP_ADDRESS", ipv4),
    "ipv6": ("IP_ADDRESS", lambda r: f"2001:db8:{r.randint(1, 9999):x}::{r.randint(1, 65535):x}"),
    "name": ("PERSON", ko_name),
    "en_name": ("PERSON", en_name),
    "addr": ("LOCATION", ko_address),
    "en_addr": ("LOCATION", en_address),
    "bank": (None, lambda r: bank(r)[0]),
    "title": (None, lambda r: r.choice(TITLES)),
}

POSITIVE_TEMPLATES: list[tuple[str, str]] = [
    ("ko", "민원인 {name} {title}의 주민등록번호는 {rrn}이고 연락처는 {phone}입니다. 회신 부탁드립니다."),
    ("ko", "아래 민원 내용을 요약해 주세요.\n성명: {name}\n주민번호: {rrn}\n주소: {addr}\n휴대폰: {mobile}"),
    ("ko", "{name} {title} 계좌로 환불 요청: {bank} {acct} (예금주 {name})"),
    ("ko", "이름,주민등록번호,연락처\n{name},{rrn},{mobile}\n{name},{rrn},{mobile}"),
    ("ko", "외국인 근로자 {name} 씨 외국인등록번호 {arc}, 여권번호 {passport} 확인 바랍니다."),
    ("ko", "사업자등록번호 {brn} 업체 대표 {name} {title}, 법인등록번호 {crn} 기준으로 계약서를 검토해줘."),
    ("ko", "카드번호 {card} 로 결제한 내역 취소 요청 드립니다. 담당자 {name}"),
    ("ko", "운전면허번호 {dl} 소지자 {name} 님의 면허 갱신 안내문을 작성해 주세요."),
    ("ko", "건강보험증 번호 {hi} 로 조회한 결과를 정리해 줘. 환자 {name}"),
    ("ko", "회의록: 참석자 {name} 과장, {name} 주무관. 문의는 {email} 또는 {phone}로."),
    ("ko", "서버 접속 로그에 {ip} 에서 {name} 계정으로 로그인 시도가 있었습니다."),
    ("ko", "신생아 {name} 주민등록번호 {rrn_new} 출생신고 건 처리 부탁드립니다."),
    ("ko", "배송지 주소: {addr}, 받는 분 {name}, 연락처 {mobile}"),
    ("en", "Customer {en_name} (phone {phone}, email {email}) lives at {en_addr}. Draft a reply."),
    ("en", "Please summarise: Mr. {en_name} paid with card {card} and asked for a refund."),
    ("en", "Dear {en_name},\nYour passport number {passport} has been recorded. Contact {email} for changes."),
    ("en", "server log: failed login from {ip} and {ipv6} for user {email}"),
    ("mixed", "고객 {en_name} 님 resident registration number {rrn}, mobile {mobile} 확인 부탁"),
    (
        "mixed",
        '```python\ncustomers = [\n    {{"name": "{name}", "rrn": "{rrn}", "phone": "{mobile}"}},\n]\n```\n'
        "이 코드 리팩터링해줘",
    ),
    ("mixed", "Translate to English: {name} 주무관 ({email}, {phone}) 님이 {addr} 현장 점검 예정"),
    ("mixed", "Wire transfer to {bank} account {acct}, holder {name}, for invoice settlement"),
    ("mixed", "user_id,name,email,ip\n1021,{name},{email},{ip}\n1022,{en_name},{email},{ip}"),
]

NEGATIVE_TEXTS: list[tuple[str, str]] = [
    ("ko", "주문번호 {d13} 상품 배송 현황을 알려줘."),
    ("ko", "송장번호 {d12} 택배가 아직 도착하지 않았습니다."),
    ("ko", "개인정보 보호법 제{n2}조 제{n1}항에 따른 안전조치 의무를 설명해 줘."),
    ("ko", "2024년 {n1}월 {n2}일 회의는 오후 {n1}시에 시작합니다. 예산은 {amount}원입니다."),
    ("ko", "사건번호 2023가합{d5} 판결 요지를 정리해 주세요."),
    ("ko", "접수번호 {d10} 민원 처리 기한은 {date} 입니다."),
    ("ko", "문서번호 행정안전부-{d4} ({date}) 공문 내용을 요약해줘."),
    ("ko", "이번 과장 회의에서 정부 과제 추진 현황을 보고했습니다."),
    ("ko", "도서 ISBN 978-89-{d4}-{d3}-{n1} 의 서지 정보를 찾아줘."),
    ("ko", "버전 {n1}.{n1}.{n2}.{n1} 패치노트를 작성해 주세요."),
    ("ko", "전년 대비 {n2}%로 {n1}명 증가했으며 총 {amount}원이 집행되었습니다."),
    ("ko", "승인번호 {d8} 거래 영수증 재발행 요청"),
    ("en", "Order {d13} shipped on {date}; tracking number {d12}."),
    ("en", "ISBN 978-0-{d3}-{d5}-{n1} is out of print."),
    ("en", "Upgrade the agent from version {n1}.{n2}.{n1}.{d3} to the latest build."),
    ("en", "Invoice INV-{d8} totals ${amount} and is due {date}."),
    ("en", "See section 1.2.3.4 of the spec and RFC 7231 for details."),
    ("en", "The meeting is at 10:30:00 on {date}; dial-in code {d6}#."),
    ("mixed", "commit {hex40} 에서 build {d5} 실패 원인 분석해줘"),
    ("mixed", "timestamp {d14} 로그를 UTC로 변환해 주세요"),
    ("mixed", "상품 SKU {d13}, 가격 {amount}원, 재고 {n2}개"),
    ("ko", "김치찌개 맛집 추천해줘. 정부 청사 근처로."),
    ("en", "The Department of Health and the University of Seoul published the report."),
    ("ko", "제{n2}조(개인정보의 수집) 및 대통령령 제{d5}호 개정 사항"),
]


def _fill_negative(template: str, r: random.Random) -> str:
    vals = {
        "d3": _digits(r, 3),
        "d4": _digits(r, 4),
        "d5": _digits(r, 5),
        "d6": _digits(r, 6),
        "d8": _digits(r, 8),
        "d10": _digits(r, 10),
        "d12": _digits(r, 12),
        "d13": _digits(r, 13),
        "d14": "2024" + _digits(r, 10),
        "n1": str(r.randint(1, 9)),
        "n2": str(r.randint(10, 99)),
        "amount": f"{r.randint(1000, 9_999_999):,}",
        "date": f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "hex40": "".join(r.choice("0123456789abcdef") for _ in range(40)),
    }
    return template.format(**vals)


def _fill(template: str, r: random.Random) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    i = 0
    while i < len(template):
        if template.startswith("{{", i) or template.startswith("}}", i):
            out.append(template[i])
            pos += 1
            i += 2
            continue
        if template[i] == "{":
            j = template.index("}", i)
            entity, gen = SLOTS[template[i + 1 : j]]
            value = gen(r)
            if entity:
                spans.append({"entity": entity, "start": pos, "end": pos + len(value)})
            out.append(value)
            pos += len(value)
            i = j + 1
            continue
        out.append(template[i])
        pos += 1
        i += 1
    return "".join(out), spans


HANGUL = "공일이삼사오육칠팔구"


def obfuscate(value: str, how: str) -> str:
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)
    if how == "zwsp":
        return "\u200b".join(value)
    if how == "spaced":
        return " ".join(c for c in value if c != "-")
    if how == "dotted":
        return ".".join(c for c in value if c.isdigit())
    if how == "newline":
        mid = len(value) // 2
        return value[:mid] + "\n" + value[mid:]
    if how == "hangul":
        return "".join(HANGUL[int(c)] if c.isdigit() else c for c in value).replace("-", " ")
    if how == "dash":
        return value.replace("-", "\u2013")
    if how == "minus":
        return value.replace("-", "\u2212")
    if how == "softhyphen":
        return "\u00ad".join(value)
    if how == "base64":
        return base64.b64encode(value.encode()).decode()
    if how == "hex":
        return value.encode().hex()
    if how == "percent":
        return urllib.parse.quote(value, safe="")
    if how == "percent_all":
        return "".join(f"%{b:02X}" for b in value.encode())
    raise ValueError(how)


OBFUSCATIONS = [
    "fullwidth",
    "zwsp",
    "spaced",
    "dotted",
    "newline",
    "hangul",
    "dash",
    "minus",
    "softhyphen",
    "base64",
    "hex",
    "percent_all",
]
OBF_TEMPLATES = [
    ("ko", "주민등록번호 {v} 조회해줘", "rrn", "KR_RRN"),
    ("ko", "연락처: {v}", "mobile", "PHONE_NUMBER"),
    ("ko", "카드번호 {v} 결제 취소", "card", "CREDIT_CARD"),
    ("en", "my card is {v} thanks", "card", "CREDIT_CARD"),
    ("mixed", "RRN {v} 확인 부탁", "rrn", "KR_RRN"),
    ("ko", "외국인등록번호 {v}", "arc", "KR_ALIEN_REG"),
    ("en", "call me at {v}", "mobile", "PHONE_NUMBER"),
    ("ko", "{bank} 계좌 {v} 로 입금", "acct", "BANK_ACCOUNT"),
]


def build(seed: int = SEED) -> list[dict[str, object]]:
    r = random.Random(seed)
    cases: list[dict[str, object]] = []

    def add(lang: str, kind: str, text: str, spans: list[dict[str, object]]) -> None:
        cases.append({"id": f"{kind[:3]}-{len(cases):04d}", "lang": lang, "kind": kind, "text": text, "spans": spans})

    for _ in range(11):
        for lang, template in POSITIVE_TEMPLATES:
            text, spans = _fill(template, r)
            add(lang, "positive", text, spans)
    for _ in range(6):
        for lang, template in NEGATIVE_TEXTS:
            add(lang, "negative", _fill_negative(template, r), [])
    for how in OBFUSCATIONS:
        for lang, template, slot, entity in OBF_TEMPLATES:
            if how in ("dotted", "spaced") and slot == "acct":
                continue  # a bank account spelled digit by digit has no layout left to recognise
            raw = SLOTS[slot][1](r)
            value = obfuscate(raw, how)
            text = template.replace("{bank}", SLOTS["bank"][1](r))
            start = text.index("{v}")
            text = text.replace("{v}", value)
            add(lang, "obfuscated", text, [{"entity": entity, "start": start, "end": start + len(value)}])
    for lang, kind, text, labelled in HANDWRITTEN:
        spans = []
        for entity, value in labelled:
            start = text.index(value)
            spans.append({"entity": entity, "start": start, "end": start + len(value)})
        add(lang, kind, text, spans)
    return cases


def main() -> None:
    cases = build()
    write_jsonl(OUT, cases)


if __name__ == "__main__":
    main()
