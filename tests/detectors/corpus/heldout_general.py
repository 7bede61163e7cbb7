# ruff: noqa: E501  (case texts are data; long lines keep each case readable)
"""Held-out general cases: all entity types, wrappers, obfuscations and hard negatives.

Written by an independent tester from the issue text, the entity table in docs/detection.md and the corpus
format only, without reading detectors/ or the tuned corpus, and never tuned on. Identifiers carry real check
digits (tests/detectors/corpus/check_digits.py); every value (names, numbers, addresses, e-mails) is synthetic.

`python -m tests.detectors.corpus.heldout_general` writes heldout_general.jsonl (same shape as corpus.jsonl);
`bench/evaluate_detection.py --corpus tests/detectors/corpus/heldout_general.jsonl` scores it.
Cases are (lang, kind, text, [(entity, exact substring), ...]); kind is positive, obfuscated or negative.
A labelled substring is placed at its first occurrence that does not overlap a span already placed.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.detectors.corpus.check_digits import (
    arn,
    brn,
    card,
    crn,
    digit_list,
    ean13,
    isbn13,
    rrn,
    rrn_check,
    rrn_new,
    valid_date,
)
from tests.detectors.corpus.jsonl import write_jsonl

OUT = Path(__file__).with_name("heldout_general.jsonl")


# --- check digits: tests/detectors/corpus/check_digits.py -------------------------------------------------------


def brn_valid(ten: str) -> bool:
    d = digit_list(ten)
    return len(d) == 10 and brn("".join(map(str, d[:9]))).replace("-", "") == "".join(map(str, d))


def bad_rrn13(s: str) -> str:
    """A 13-digit number shaped like an RRN with an impossible date and a failing checksum."""
    d = "".join(c for c in s if c.isdigit())
    assert len(d) == 13 and not valid_date(d[:6], int(d[6])) and rrn_check(d[:12]) != int(d[12])
    return s


# --- obfuscation helpers -------------------------------------------------------------------------------------

FW = str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)}, "-": "\uff0d", "@": "\uff20", ".": "\uff0e"})
HANGUL = dict(zip("0123456789", ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], strict=True))


def fullwidth(s: str) -> str:
    return s.translate(FW)


def spaced(s: str) -> str:
    return " ".join(s)


def hangul(s: str) -> str:
    return "".join(HANGUL.get(c, c) for c in s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def hexenc(s: str) -> str:
    return s.encode().hex()


def pct_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


ZW = "\u200b"

# --- synthetic identifiers -----------------------------------------------------------------------------------

RRN_A = rrn("850317", 1, "02345")
RRN_B = rrn("920725", 2, "14817")
RRN_C = rrn("011104", 3, "05126")
RRN_D = rrn("780912", 2, "23451")
RRN_E = rrn("000229", 4, "09913")
RRN_F = rrn("691201", 1, "54321")
RRN_G = rrn("990530", 2, "38102")
RRN_H = rrn("150808", 3, "11234")
RRN_I = rrn("630414", 1, "47720")
RRN_J = rrn("870102", 2, "60215")
RRN_K = rrn("520911", 2, "31408")
RRN_D_PLAIN = RRN_D.replace("-", "")
RRN_N1 = rrn_new("210415", 3, "913572")
RRN_N2 = rrn_new("221130", 4, "288014")
RRN_N3 = rrn_new("230102", 3, "760431")
RRN_N4 = rrn_new("880614", 2, "417305")
RRN_N5 = rrn_new("240917", 4, "052968")

ARN_A = arn("900815", 6, "24061")
ARN_B = arn("951203", 5, "18052")
ARN_C = arn("030611", 7, "20174")
ARN_D = arn("881009", 6, "12033")
ARN_E = arn("760228", 5, "40318")

BRN_1 = brn("214861234")
BRN_2 = brn("105876543")
BRN_3 = brn("220810917")
BRN_4 = brn("124810059")
BRN_5 = brn("617123456")
BRN_6 = brn("314822468")

CRN_1 = crn("110111456789")
CRN_2 = crn("134511012345")
CRN_3 = crn("284411001234")
CRN_4 = crn("110111287736", dash=False)

VISA_1 = card("451844123456789")
VISA_2 = card("401288812345678", sep=" ")
MC_1 = card("536510123456789")
MC_2 = card("222100123456789")
AMEX_1 = card("37712345678901", (4, 6, 5), " ")
AMEX_2 = card("34561239876543", (4, 6, 5), "-")
JCB_1 = card("356212345678901")
DINERS_1 = card("3056930902590", (4, 6, 4), " ")
UP_1 = card("624303123456789", sep="")
BC_1 = card("941012345678901")
DISC_1 = card("601100099013942", sep=" ")
VISA_3 = card("455678901234567", sep="")

PASS_OLD_1 = "M70689421"
PASS_OLD_2 = "S48271036"
PASS_NEW_1 = "M482K1937"
PASS_NEW_2 = "M095B3822"
PASS_NEW_3 = "M317T0562"

DL_1 = "11-21-038294-70"
DL_2 = "13-09-452871-31"
DL_3 = "22-15-667302-12"
DL_OLD = "서울 98-203417-55"
DL_4 = "26-19-104582-43"

EAN_1 = ean13("880104301234")
ISBN_1 = isbn13("978-89-5460-123")

# --- cases ---------------------------------------------------------------------------------------------------

POS, OBF, NEG = "positive", "obfuscated", "negative"

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # ---------------- complaint letters (민원) ----------------
    (
        "ko",
        POS,
        "안녕하세요. 아래 민원 내용 정리해서 답변 초안 써 줘.\n\n민원인: 정하늘\n연락처: 010-4827-1935\n"
        "주소: 서울특별시 마포구 월드컵북로 396, 102동 1504호\n내용: 지난달 신청한 등본 발급이 지연되고 있습니다.",
        [
            ("PERSON", "정하늘"),
            ("PHONE_NUMBER", "010-4827-1935"),
            ("LOCATION", "서울특별시 마포구 월드컵북로 396, 102동 1504호"),
        ],
    ),
    (
        "ko",
        POS,
        f"민원 접수 내용입니다. 성명 최윤호, 주민등록번호 {RRN_A}, 휴대폰 010 3391 0284. "
        "기초연금 수급 자격 문의하셨어요. 답변 문구 다듬어 줘.",
        [("PERSON", "최윤호"), ("KR_RRN", RRN_A), ("PHONE_NUMBER", "010 3391 0284")],
    ),
    (
        "ko",
        POS,
        "[국민신문고 민원] 저는 부산광역시 해운대구 센텀중앙로 97, 1203호에 사는 강다인입니다. 아파트 앞 불법 주차 "
        "때문에 통행이 어렵습니다. 회신은 dain.kang92@naver.com 으로 부탁드립니다. 이 민원 요약해 줘.",
        [
            ("LOCATION", "부산광역시 해운대구 센텀중앙로 97, 1203호"),
            ("PERSON", "강다인"),
            ("EMAIL_ADDRESS", "dain.kang92@naver.com"),
        ],
    ),
    (
        "ko",
        POS,
        "과오납 환급 민원: 환급금은 제 명의 계좌(국민은행 123401-04-567890, 예금주 윤재희)로 보내 주세요. "
        "처리 결과는 02-2100-3399로 알려 주시면 됩니다.",
        [("BANK_ACCOUNT", "123401-04-567890"), ("PERSON", "윤재희"), ("PHONE_NUMBER", "02-2100-3399")],
    ),
    (
        "mixed",
        POS,
        f"외국인 민원인 Nguyen Thi Lan (외국인등록번호 {ARN_A}) 체류기간 연장 문의. 연락처 010-7712-4408. "
        "영어로 안내문 작성해 줘.",
        [("PERSON", "Nguyen Thi Lan"), ("KR_ALIEN_REG", ARN_A), ("PHONE_NUMBER", "010-7712-4408")],
    ),
    (
        "ko",
        POS,
        "민원 회신문 검토 부탁드려요.\n\n수신: 오세진 귀하 (경기도 수원시 영통구 광교중앙로 145, 3201동 802호)\n"
        "귀하께서 제기하신 소음 민원에 대하여 다음과 같이 회신합니다.",
        [("PERSON", "오세진"), ("LOCATION", "경기도 수원시 영통구 광교중앙로 145, 3201동 802호")],
    ),
    (
        "ko",
        POS,
        "전화 민원 메모: 서유림 님(010-2956-3318)이 건강보험료 고지서를 못 받았다고 함. 건강보험증번호 51203948576. "
        "콜백 스크립트 써 줘.",
        [("PERSON", "서유림"), ("PHONE_NUMBER", "010-2956-3318"), ("KR_HEALTH_INSURANCE", "51203948576")],
    ),
    (
        "en",
        POS,
        "Complaint received via the English portal: 'My name is Laura Kessler, I live at 1458 Maple Avenue, Apt 3B, "
        "Portland, OR 97205 and my refund has not arrived.' Draft a polite reply.",
        [("PERSON", "Laura Kessler"), ("LOCATION", "1458 Maple Avenue, Apt 3B, Portland, OR 97205")],
    ),
    # ---------------- HR forms ----------------
    (
        "ko",
        POS,
        f"[인사기록카드]\n성명: 임소연\n주민등록번호: {RRN_B}\n주소: 경기도 성남시 분당구 판교역로 235, 에이동 701호\n"
        "비상연락처: 031-8008-4412\n급여계좌: 신한은행 110-482-937561",
        [
            ("PERSON", "임소연"),
            ("KR_RRN", RRN_B),
            ("LOCATION", "경기도 성남시 분당구 판교역로 235, 에이동 701호"),
            ("PHONE_NUMBER", "031-8008-4412"),
            ("BANK_ACCOUNT", "110-482-937561"),
        ],
    ),
    (
        "ko",
        POS,
        f"신규 입사자 정보 정리해 줘: 장민석 / 1963-04-14 / {RRN_I} / 우리은행 1002-384-920117 / "
        "minseok.jang@corp-example.co.kr",
        [
            ("PERSON", "장민석"),
            ("KR_RRN", RRN_I),
            ("BANK_ACCOUNT", "1002-384-920117"),
            ("EMAIL_ADDRESS", "minseok.jang@corp-example.co.kr"),
        ],
    ),
    (
        "ko",
        POS,
        f"연말정산 부양가족 공제 대상 확인해 줘. 배우자 송미경({RRN_D}), 자녀 전하윤({RRN_H}), 모친 권보람({RRN_K})",
        [
            ("PERSON", "송미경"),
            ("KR_RRN", RRN_D),
            ("PERSON", "전하윤"),
            ("KR_RRN", RRN_H),
            ("PERSON", "권보람"),
            ("KR_RRN", RRN_K),
        ],
    ),
    (
        "ko",
        POS,
        f"출생신고 후 받은 아이 주민등록번호가 {RRN_N1} 인데 보육료 신청서 어느 칸에 적어야 해?",
        [("KR_RRN", RRN_N1)],
    ),
    (
        "ko",
        POS,
        f"주민번호 변경 후 새 번호 {RRN_N4} 로 인사시스템 정보 업데이트 요청드립니다. - 양혜진 드림",
        [("KR_RRN", RRN_N4), ("PERSON", "양혜진")],
    ),
    (
        "ko",
        POS,
        f"아동수당 신청 명단 엑셀로 바꿔 줘\n이름,생년월일,주민등록번호\n손하은,2022-11-30,{RRN_N2}\n배지호,2023-01-02,{RRN_N3}",
        [("PERSON", "손하은"), ("KR_RRN", RRN_N2), ("PERSON", "배지호"), ("KR_RRN", RRN_N3)],
    ),
    (
        "en",
        POS,
        f"Onboarding form — Name: Kim Ha-eun, Date of birth: 1992-07-25, Resident registration no.: {RRN_J}, "
        "Mobile: +82 10-3345-9921. Please turn this into a welcome email.",
        [("PERSON", "Kim Ha-eun"), ("KR_RRN", RRN_J), ("PHONE_NUMBER", "+82 10-3345-9921")],
    ),
    (
        "ko",
        POS,
        f"휴직 신청서\n- 신청인: 신동혁 (기획조정실 사무관)\n- 생년월일/주민번호: {RRN_F}\n- 휴직 사유: 육아\n"
        "- 연락처: 010-6120-4493\n위 신청서 결재 올릴 문구 써 줘.",
        [("PERSON", "신동혁"), ("KR_RRN", RRN_F), ("PHONE_NUMBER", "010-6120-4493")],
    ),
    (
        "ko",
        POS,
        f"아이 출생 2024년 9월이라 주민번호가 {RRN_N5} 로 나왔는데 뒷자리 검증이 안 된다고 시스템이 튕겨요. 왜 그래?",
        [("KR_RRN", RRN_N5)],
    ),
    (
        "ko",
        POS,
        f"경력증명서 발급 대상: 황지수, 주민등록번호 {RRN_G}, 재직기간 2019.03.02~2024.10.31",
        [("PERSON", "황지수"), ("KR_RRN", RRN_G)],
    ),
    # ---------------- CSV / customer data ----------------
    (
        "ko",
        POS,
        "아래 CSV에서 중복 고객 찾아 줘\nname,phone,email\n김태현,010-5521-8843,th.kim@gmail.com\n"
        "이수빈,010-2284-7730,subin.lee@daum.net\n김태현,01055218843,th.kim@gmail.com",
        [
            ("PERSON", "김태현"),
            ("PHONE_NUMBER", "010-5521-8843"),
            ("EMAIL_ADDRESS", "th.kim@gmail.com"),
            ("PERSON", "이수빈"),
            ("PHONE_NUMBER", "010-2284-7730"),
            ("EMAIL_ADDRESS", "subin.lee@daum.net"),
            ("PERSON", "김태현"),
            ("PHONE_NUMBER", "01055218843"),
            ("EMAIL_ADDRESS", "th.kim@gmail.com"),
        ],
    ),
    (
        "en",
        POS,
        f"customer_id,full_name,card_number,expiry\n10293,Rachel Nguyen,{VISA_1},09/27\n10294,Michael Brandt,{MC_1},11/26\n"
        "Which rows have expired cards?",
        [("PERSON", "Rachel Nguyen"), ("CREDIT_CARD", VISA_1), ("PERSON", "Michael Brandt"), ("CREDIT_CARD", MC_1)],
    ),
    (
        "ko",
        POS,
        f"회원ID,성명,카드번호,주소\nu8812,안태민,{BC_1},대전광역시 서구 둔산동 1420번지\n이 데이터 마스킹 규칙 제안해 줘",
        [("PERSON", "안태민"), ("CREDIT_CARD", BC_1), ("LOCATION", "대전광역시 서구 둔산동 1420번지")],
    ),
    (
        "ko",
        POS,
        f"거래처명\t사업자등록번호\t대표자\n(주)가람데이터\t{BRN_1}\t홍다은\n청솔상사\t{BRN_5}\t유채원\n위 표 정렬해 줘",
        [("KR_BRN", BRN_1), ("PERSON", "홍다은"), ("KR_BRN", BRN_5), ("PERSON", "유채원")],
    ),
    (
        "ko",
        POS,
        f"법인 정보 요약: 주식회사 누리테크, 법인등록번호 {CRN_1}, 사업자등록번호 {BRN_2}, 대표이사 문재성",
        [("KR_CRN", CRN_1), ("KR_BRN", BRN_2), ("PERSON", "문재성")],
    ),
    (
        "ko",
        POS,
        "근로자명,국적,외국인등록번호,휴대폰\n"
        f"Siti Rahma,인도네시아,{ARN_D},010-3120-7745\nTRAN VAN MINH,베트남,{ARN_B},010-9904-1286",
        [
            ("PERSON", "Siti Rahma"),
            ("KR_ALIEN_REG", ARN_D),
            ("PHONE_NUMBER", "010-3120-7745"),
            ("PERSON", "TRAN VAN MINH"),
            ("KR_ALIEN_REG", ARN_B),
            ("PHONE_NUMBER", "010-9904-1286"),
        ],
    ),
    (
        "en",
        POS,
        "name,email,ip_last_login\nDaniel Park,daniel.park@example.com,203.248.31.77\nSophie Laurent,s.laurent@example.fr,10.20.30.40",
        [
            ("PERSON", "Daniel Park"),
            ("EMAIL_ADDRESS", "daniel.park@example.com"),
            ("IP_ADDRESS", "203.248.31.77"),
            ("PERSON", "Sophie Laurent"),
            ("EMAIL_ADDRESS", "s.laurent@example.fr"),
            ("IP_ADDRESS", "10.20.30.40"),
        ],
    ),
    (
        "ko",
        POS,
        "배송지 목록 정리\n1) 경상북도 안동시 풍천면 갈전리 1104번지\n2) 전라남도 나주시 빛가람동 356-12\n3) 강원특별자치도 춘천시 중앙로 12, 3층",
        [
            ("LOCATION", "경상북도 안동시 풍천면 갈전리 1104번지"),
            ("LOCATION", "전라남도 나주시 빛가람동 356-12"),
            ("LOCATION", "강원특별자치도 춘천시 중앙로 12, 3층"),
        ],
    ),
    # ---------------- JSON / SQL / code / logs ----------------
    (
        "ko",
        POS,
        "이 JSON 스키마 검증 코드 짜 줘: "
        + json.dumps(
            {
                "user": {
                    "name": "백지원",
                    "mobile": "010-9038-2271",
                    "rrn": RRN_C,
                    "addr": "세종특별자치시 한누리대로 2130",
                }
            },
            ensure_ascii=False,
        ),
        [
            ("PERSON", "백지원"),
            ("PHONE_NUMBER", "010-9038-2271"),
            ("KR_RRN", RRN_C),
            ("LOCATION", "세종특별자치시 한누리대로 2130"),
        ],
    ),
    (
        "mixed",
        POS,
        "이 쿼리 왜 에러 나?\nINSERT INTO customers (name, email, phone, card_no) VALUES "
        f"('허준영', 'jy.heo@example.com', '010-6634-2190', '{AMEX_1}');",
        [
            ("PERSON", "허준영"),
            ("EMAIL_ADDRESS", "jy.heo@example.com"),
            ("PHONE_NUMBER", "010-6634-2190"),
            ("CREDIT_CARD", AMEX_1),
        ],
    ),
    (
        "en",
        POS,
        f'test_user = {{"name": "Emily Carter", "kr_rrn": "{RRN_F}", "last_ip": "172.16.254.3"}}\n# refactor this fixture into a factory',
        [("PERSON", "Emily Carter"), ("KR_RRN", RRN_F), ("IP_ADDRESS", "172.16.254.3")],
    ),
    (
        "en",
        POS,
        "2024-11-20 14:02:11 WARN auth login failed user=nam.kt@corp-example.co.kr src=10.12.7.201 attempts=5\n"
        "Why is this account locked?",
        [("EMAIL_ADDRESS", "nam.kt@corp-example.co.kr"), ("IP_ADDRESS", "10.12.7.201")],
    ),
    (
        "en",
        POS,
        '211.234.56.78 - - [20/Nov/2024:10:15:32 +0900] "GET /api/v1/orders?page=2 HTTP/1.1" 200 5123\nparse this log line',
        [("IP_ADDRESS", "211.234.56.78")],
    ),
    (
        "ko",
        POS,
        "방화벽 예외 요청서 써 줘: 출발지 2001:db8:3c4d:15::1a2f, 목적지 172.16.254.30 포트 443",
        [("IP_ADDRESS", "2001:db8:3c4d:15::1a2f"), ("IP_ADDRESS", "172.16.254.30")],
    ),
    (
        "ko",
        POS,
        "서버 접속이 안 돼. 내 PC 주소는 fe80::a00:27ff:fe4e:66a1 이고 게이트웨이는 192.168.0.1이야.",
        [("IP_ADDRESS", "fe80::a00:27ff:fe4e:66a1"), ("IP_ADDRESS", "192.168.0.1")],
    ),
    (
        "mixed",
        POS,
        f'Traveler t = new Traveler("노은서", "{PASS_NEW_2}", LocalDate.of(1995, 3, 14)); // 이 생성자 테스트 코드 만들어 줘',
        [("PERSON", "노은서"), ("KR_PASSPORT", PASS_NEW_2)],
    ),
    (
        "en",
        POS,
        'contact:\n  name: 하성민\n  phone: "+82 10-4471-2290"\n  email: sungmin.ha@example.kr\nconvert this YAML to JSON',
        [("PERSON", "하성민"), ("PHONE_NUMBER", "+82 10-4471-2290"), ("EMAIL_ADDRESS", "sungmin.ha@example.kr")],
    ),
    (
        "en",
        POS,
        'curl -X POST https://api.example.com/v2/payments -d \'{"card": "' + VISA_3 + '", "cvc": "123"}\'\nwhy 402?',
        [("CREDIT_CARD", VISA_3)],
    ),
    (
        "en",
        POS,
        "Nginx upstream keeps failing over to [2404:6800:4004:81b::200e]:443 — is that IPv6 block reachable from Seoul?",
        [("IP_ADDRESS", "2404:6800:4004:81b::200e")],
    ),
    (
        "ko",
        POS,
        f'pytest 픽스처에 이 값 넣었는데 괜찮아? brn = "{BRN_6}"  # 테스트용 사업자번호',
        [("KR_BRN", BRN_6)],
    ),
    # ---------------- meeting notes ----------------
    (
        "ko",
        POS,
        "회의록 (11/21)\n참석: 곽민지 주무관, 성유진 사무관, 차도현 과장\n- 곽민지 주무관이 민원 처리 현황 보고\n"
        "- 차도현 과장 연락처 044-205-1234 공유\n회의록 요약해 줘",
        [
            ("PERSON", "곽민지"),
            ("PERSON", "성유진"),
            ("PERSON", "차도현"),
            ("PERSON", "곽민지"),
            ("PERSON", "차도현"),
            ("PHONE_NUMBER", "044-205-1234"),
        ],
    ),
    (
        "en",
        POS,
        "Minutes — attendees: Laura Kessler (legal), Aisha Mensah (finance), Jacob Feldman.\n"
        "Action: Aisha to send the signed NDA to the vendor at 77 Harbor View Road, Unit 12, Seattle, WA 98121.",
        [
            ("PERSON", "Laura Kessler"),
            ("PERSON", "Aisha Mensah"),
            ("PERSON", "Jacob Feldman"),
            ("PERSON", "Aisha"),
            ("LOCATION", "77 Harbor View Road, Unit 12, Seattle, WA 98121"),
        ],
    ),
    (
        "mixed",
        POS,
        "오늘 call에서 Daniel Park이 말한 내용 정리해 줘: 견적서는 daniel.park@example.com 으로, 급하면 +1 (415) 555-0134",
        [
            ("PERSON", "Daniel Park"),
            ("EMAIL_ADDRESS", "daniel.park@example.com"),
            ("PHONE_NUMBER", "+1 (415) 555-0134"),
        ],
    ),
    (
        "ko",
        POS,
        "주간회의 메모 - 주예지 대리 휴가(11/25~11/27), 대체 담당 우상철 주임 (내선 3412, 휴대폰 010-8812-0937)",
        [("PERSON", "주예지"), ("PERSON", "우상철"), ("PHONE_NUMBER", "010-8812-0937")],
    ),
    (
        "ko",
        POS,
        "TF 회의 결과: 개인정보 영향평가는 남경태 서기관이 맡고, 외부 자문은 심보영 교수님께 요청하기로 함.",
        [("PERSON", "남경태"), ("PERSON", "심보영")],
    ),
    (
        "en",
        POS,
        "Notes from the vendor call: Jihoon Park and Lee Min-jun confirmed the go-live date; Dr. Rachel Nguyen will sign off.",
        [("PERSON", "Jihoon Park"), ("PERSON", "Lee Min-jun"), ("PERSON", "Rachel Nguyen")],
    ),
    # ---------------- e-mail threads ----------------
    (
        "ko",
        POS,
        "From: 구본희 <bonhee.koo@corp-example.co.kr>\nTo: 민지아 <jia.min@corp-example.co.kr>\nSubject: RE: 출장비 정산\n\n"
        f"민지아님, 법인카드 {MC_2} 사용분은 제외하고 정산해 주세요.\n\n이 메일 영어로 번역해 줘",
        [
            ("PERSON", "구본희"),
            ("EMAIL_ADDRESS", "bonhee.koo@corp-example.co.kr"),
            ("PERSON", "민지아"),
            ("EMAIL_ADDRESS", "jia.min@corp-example.co.kr"),
            ("PERSON", "민지아"),
            ("CREDIT_CARD", MC_2),
        ],
    ),
    (
        "en",
        POS,
        "Hi Sophie,\n\nPlease wire the deposit to our account at Woori Bank 1002-771-304592 (account holder: Kevin O'Connell). "
        "Call me on +82 10 4471 2290 if anything is unclear.\n\nBest,\nKevin\n\n-- make this sound more formal",
        [
            ("PERSON", "Sophie"),
            ("BANK_ACCOUNT", "1002-771-304592"),
            ("PERSON", "Kevin O'Connell"),
            ("PHONE_NUMBER", "+82 10 4471 2290"),
            ("PERSON", "Kevin"),
        ],
    ),
    (
        "mixed",
        POS,
        "-----Original Message-----\nFrom: Sophie Laurent\nSent: Tuesday, November 19, 2024 9:14 AM\nTo: 진수정\n"
        f"Subject: passport copy\n\nPassport number is {PASS_OLD_1}, expiry 2031-05-02.",
        [("PERSON", "Sophie Laurent"), ("PERSON", "진수정"), ("KR_PASSPORT", PASS_OLD_1)],
    ),
    (
        "ko",
        POS,
        "보도자료 초안인데 개인정보 빠졌는지 봐 줘: '…자세한 사항은 담당 엄태식 주무관(044-205-2241, ts.um@korea.kr)에게 문의'",
        [("PERSON", "엄태식"), ("PHONE_NUMBER", "044-205-2241"), ("EMAIL_ADDRESS", "ts.um@korea.kr")],
    ),
    (
        "en",
        POS,
        "Dear Mr. Brandt,\n\nThank you for your application. We will contact you at m.brandt@example.de.\n\nKind regards,\nAnna Schmidt",
        [("PERSON", "Brandt"), ("EMAIL_ADDRESS", "m.brandt@example.de"), ("PERSON", "Anna Schmidt")],
    ),
    # ---------------- identity documents ----------------
    (
        "ko",
        POS,
        f"운전면허 행정처분 대상자: 채윤아, 면허번호 {DL_1}, 주소 인천광역시 연수구 송도동 24-5 203호",
        [("PERSON", "채윤아"), ("KR_DRIVER_LICENSE", DL_1), ("LOCATION", "인천광역시 연수구 송도동 24-5 203호")],
    ),
    (
        "ko",
        POS,
        f"운전면허증 번호가 {DL_OLD} 인데 적성검사 기간 어떻게 확인해?",
        [("KR_DRIVER_LICENSE", DL_OLD)],
    ),
    (
        "en",
        POS,
        f"Driver's licence no. {DL_2} (Gyeonggi), issued to Won Jong-hoon — fill in the rental form.",
        [("KR_DRIVER_LICENSE", DL_2), ("PERSON", "Won Jong-hoon")],
    ),
    (
        "ko",
        POS,
        f"렌터카 예약자 정보: 면허번호 {DL_3} / 이름 천서영 / 010-4102-8837",
        [("KR_DRIVER_LICENSE", DL_3), ("PERSON", "천서영"), ("PHONE_NUMBER", "010-4102-8837")],
    ),
    (
        "ko",
        POS,
        f"공용차량 운행일지 서식에 운전자 면허번호({DL_4}) 칸 추가해 줘",
        [("KR_DRIVER_LICENSE", DL_4)],
    ),
    (
        "ko",
        POS,
        "장기요양인정번호 L1402938475 어르신(방지훈 님, 1941년생) 방문요양 일정표 만들어 줘",
        [("KR_HEALTH_INSURANCE", "L1402938475"), ("PERSON", "방지훈")],
    ),
    (
        "en",
        POS,
        "Her NHIS health insurance card no. is 20485736291 — can you fill in the claim form?",
        [("KR_HEALTH_INSURANCE", "20485736291")],
    ),
    (
        "ko",
        POS,
        "피부양자 등록 신청: 가입자 건강보험증 번호 7102384956, 피부양자 공현주",
        [("KR_HEALTH_INSURANCE", "7102384956"), ("PERSON", "공현주")],
    ),
    (
        "ko",
        POS,
        f"여권번호 {PASS_NEW_1} / 영문성명 KONG HYUNJU / 만료일 2033.04.11 — 비자 신청서 양식에 옮겨 줘",
        [("KR_PASSPORT", PASS_NEW_1), ("PERSON", "KONG HYUNJU")],
    ),
    (
        "ko",
        POS,
        f"국외출장 관용여권 정보: 현승우 사무관, 여권번호 {PASS_OLD_2}",
        [("PERSON", "현승우"), ("KR_PASSPORT", PASS_OLD_2)],
    ),
    (
        "en",
        POS,
        f"Passport: {PASS_NEW_3}, nationality Republic of Korea. Is this the new passport format?",
        [("KR_PASSPORT", PASS_NEW_3)],
    ),
    (
        "en",
        POS,
        f"The applicant's resident registration number is {RRN_E}; please redact it before forwarding.",
        [("KR_RRN", RRN_E)],
    ),
    (
        "ko",
        POS,
        f"주민번호 {RRN_D_PLAIN} 맞게 입력된 건지 확인해 줘",
        [("KR_RRN", RRN_D_PLAIN)],
    ),
    (
        "en",
        POS,
        f"Korean RRN issued after the 2020 reform: {RRN_N3}. Can the old checksum still validate it?",
        [("KR_RRN", RRN_N3)],
    ),
    (
        "ko",
        POS,
        f"외국인등록번호 {ARN_C} 인 유학생 체류자격 D-2 연장 서류 목록 알려줘",
        [("KR_ALIEN_REG", ARN_C)],
    ),
    (
        "en",
        POS,
        f"Alien registration card number {ARN_E}, holder Maria Santos — please check the visa expiry.",
        [("KR_ALIEN_REG", ARN_E), ("PERSON", "Maria Santos")],
    ),
    # ---------------- business / corporate ----------------
    (
        "ko",
        POS,
        f"사업자등록번호 {BRN_3} 인 업체 휴폐업 조회하는 방법 알려줘",
        [("KR_BRN", BRN_3)],
    ),
    (
        "en",
        POS,
        f"Vendor business registration no. {BRN_4}; please validate it before we release the payment.",
        [("KR_BRN", BRN_4)],
    ),
    (
        "en",
        POS,
        f"Corporate registration number {CRN_2} (Korea) belongs to our subsidiary; add it to the KYC sheet.",
        [("KR_CRN", CRN_2)],
    ),
    (
        "ko",
        POS,
        f"등기부등본상 법인등록번호 {CRN_4} 확인했고, 세금계산서 발행 부탁드려요.",
        [("KR_CRN", CRN_4)],
    ),
    (
        "ko",
        POS,
        f"계약 상대방: (주)다온물류 (법인번호 {CRN_3}, 사업자번호 {BRN_6}) 계약서 당사자 조항 써 줘",
        [("KR_CRN", CRN_3), ("KR_BRN", BRN_6)],
    ),
    # ---------------- cards ----------------
    (
        "ko",
        POS,
        f"카드번호 {MC_1} 결제 취소가 안 돼서 고객이 항의 중이에요. 고객명 함소희, 연락처 010-2956-3381.",
        [("CREDIT_CARD", MC_1), ("PERSON", "함소희"), ("PHONE_NUMBER", "010-2956-3381")],
    ),
    (
        "en",
        POS,
        f"Customer says card {AMEX_2} was charged twice; cardholder Emily Carter. Draft the dispute letter.",
        [("CREDIT_CARD", AMEX_2), ("PERSON", "Emily Carter")],
    ),
    (
        "ko",
        POS,
        f"일본 출장 때 쓴 JCB {JCB_1} 영수증 정리해 줘",
        [("CREDIT_CARD", JCB_1)],
    ),
    (
        "en",
        POS,
        f"Diners Club {DINERS_1} expired last month, which form do I need?",
        [("CREDIT_CARD", DINERS_1)],
    ),
    (
        "mixed",
        POS,
        f"중국 출장비 은련카드 {UP_1} 로 결제했어요. 환율 적용 방법 알려줘",
        [("CREDIT_CARD", UP_1)],
    ),
    (
        "en",
        POS,
        f"Test payment with Discover {DISC_1} failed with code 05.",
        [("CREDIT_CARD", DISC_1)],
    ),
    (
        "mixed",
        POS,
        f"고객 Lee Ji-woo (이지우), RRN {RRN_C}, card {VISA_2}, IP 10.20.30.41 — 이 레코드로 더미 데이터 5개 만들어 줘",
        [
            ("PERSON", "Lee Ji-woo"),
            ("PERSON", "이지우"),
            ("KR_RRN", RRN_C),
            ("CREDIT_CARD", VISA_2),
            ("IP_ADDRESS", "10.20.30.41"),
        ],
    ),
    # ---------------- bank accounts ----------------
    (
        "ko",
        POS,
        "환불 계좌: 하나 391-910372-84507 (예금주 변정우) 로 처리해 달라는 민원 답변 써 줘",
        [("BANK_ACCOUNT", "391-910372-84507"), ("PERSON", "변정우")],
    ),
    (
        "ko",
        POS,
        "농협 302-1034-5589-21 로 입금했습니다. 입금자명 염다희. 확인 부탁드려요.",
        [("BANK_ACCOUNT", "302-1034-5589-21"), ("PERSON", "염다희")],
    ),
    (
        "ko",
        POS,
        "용역대금 지급 계좌는 IBK기업은행 010-482913-01-017 입니다. 지급 요청 공문 써 줘",
        [("BANK_ACCOUNT", "010-482913-01-017")],
    ),
    (
        "ko",
        POS,
        "동호회 회비는 카카오뱅크 3333-05-8829104 로 보내주세요 (총무 여민규)",
        [("BANK_ACCOUNT", "3333-05-8829104"), ("PERSON", "여민규")],
    ),
    (
        "ko",
        POS,
        "토스뱅크 1000-2847-3910 으로 정산금 보내 달래. 안내 문자 써 줘",
        [("BANK_ACCOUNT", "1000-2847-3910")],
    ),
    (
        "en",
        POS,
        "Please transfer to Kookmin Bank account 123401-04-567891, beneficiary Choo Kyung-ah.",
        [("BANK_ACCOUNT", "123401-04-567891"), ("PERSON", "Choo Kyung-ah")],
    ),
    (
        "ko",
        POS,
        "입금 계좌: 356-0912-4471-13 (농협) 예금주 도은혜",
        [("BANK_ACCOUNT", "356-0912-4471-13"), ("PERSON", "도은혜")],
    ),
    # ---------------- phones / e-mail / people ----------------
    (
        "ko",
        POS,
        "대표번호 말고 담당자 직통 070-4412-9087 로 연락 달라고 하셨어요.",
        [("PHONE_NUMBER", "070-4412-9087")],
    ),
    (
        "ko",
        POS,
        "고객센터 콜백 요청 목록: 064-710-2233 (제주), 051-760-4012 (부산)",
        [("PHONE_NUMBER", "064-710-2233"), ("PHONE_NUMBER", "051-760-4012")],
    ),
    (
        "en",
        POS,
        "Tokyo office: +81 3-4578-1234; Beijing contact: +86 138 1234 5678; London: +44 20 7946 0321.",
        [
            ("PHONE_NUMBER", "+81 3-4578-1234"),
            ("PHONE_NUMBER", "+86 138 1234 5678"),
            ("PHONE_NUMBER", "+44 20 7946 0321"),
        ],
    ),
    (
        "ko",
        POS,
        "제 번호 01057724118 로 결과 문자 주세요.",
        [("PHONE_NUMBER", "01057724118")],
    ),
    (
        "en",
        POS,
        "You can reach me at +82-2-3703-1234 ext. 55 during office hours.",
        [("PHONE_NUMBER", "+82-2-3703-1234")],
    ),
    (
        "ko",
        POS,
        "연락처 010.6634.2190 으로 변경됐어요. 주소록 업데이트 해 줘",
        [("PHONE_NUMBER", "010.6634.2190")],
    ),
    (
        "ko",
        POS,
        "메일링 리스트에 sy_lim82@gmail.com 이랑 admin+billing@corp-example.co.kr 추가해 줘",
        [("EMAIL_ADDRESS", "sy_lim82@gmail.com"), ("EMAIL_ADDRESS", "admin+billing@corp-example.co.kr")],
    ),
    (
        "ko",
        POS,
        "내일 10시에 소재현 팀장님이랑 석지혜 선임 면담 일정 잡아 줘",
        [("PERSON", "소재현"), ("PERSON", "석지혜")],
    ),
    (
        "ko",
        POS,
        "제갈민준 씨가 제출한 보고서 검토 의견 정리해 줘",
        [("PERSON", "제갈민준")],
    ),
    (
        "ko",
        POS,
        "담당자: 추경아 (정보보호팀) / 예금주: 도은혜 / 작성자: 민경훈",
        [("PERSON", "추경아"), ("PERSON", "도은혜"), ("PERSON", "민경훈")],
    ),
    (
        "en",
        POS,
        "Ship to: Kim Seo-yeon, 15 Sejong-daero 23-gil, Jongno-gu, Seoul 03184",
        [("PERSON", "Kim Seo-yeon"), ("LOCATION", "15 Sejong-daero 23-gil, Jongno-gu, Seoul 03184")],
    ),
    (
        "en",
        POS,
        "Mailing address for the contract: 2210 Westlake Drive, Suite 400, Austin, TX 78746. Attention: Thomas Reid.",
        [("LOCATION", "2210 Westlake Drive, Suite 400, Austin, TX 78746"), ("PERSON", "Thomas Reid")],
    ),
    (
        "ko",
        POS,
        "이사 간 주소로 고지서 보내 주세요: 대구광역시 수성구 달구벌대로 2435 (범어동), 주소 변경 안내문 써 줘",
        [("LOCATION", "대구광역시 수성구 달구벌대로 2435 (범어동)")],
    ),
    (
        "ko",
        POS,
        "광주 북구 용봉동 300-7번지 2층 사무실 임대차 계약서 작성 부탁 (임차인 원종훈)",
        [("LOCATION", "광주 북구 용봉동 300-7번지 2층"), ("PERSON", "원종훈")],
    ),
    # ---------------- obfuscated ----------------
    (
        "ko",
        OBF,
        f"주민등록번호 {fullwidth(RRN_A)} 로 조회가 안 돼요",
        [("KR_RRN", fullwidth(RRN_A))],
    ),
    (
        "ko",
        OBF,
        f"연락처：{fullwidth('010-4827-1935')} (문자 가능)",
        [("PHONE_NUMBER", fullwidth("010-4827-1935"))],
    ),
    (
        "ko",
        OBF,
        f"주민번호 {RRN_B[:3]}{ZW}{RRN_B[3:6]}{ZW}-{RRN_B[7:10]}{ZW}{RRN_B[10:]} 입니다",
        [("KR_RRN", f"{RRN_B[:3]}{ZW}{RRN_B[3:6]}{ZW}-{RRN_B[7:10]}{ZW}{RRN_B[10:]}")],
    ),
    (
        "en",
        OBF,
        "card: " + VISA_1.replace("-", "\u200c-\u2060"),
        [("CREDIT_CARD", VISA_1.replace("-", "\u200c-\u2060"))],
    ),
    (
        "ko",
        OBF,
        f"주민번호 {spaced(RRN_G)} 로 신청했어요",
        [("KR_RRN", spaced(RRN_G))],
    ),
    (
        "ko",
        OBF,
        f"제 휴대폰 {spaced('01048271935')} 입니다",
        [("PHONE_NUMBER", spaced("01048271935"))],
    ),
    (
        "ko",
        OBF,
        "카드 " + ".".join(VISA_3) + " 로 결제",
        [("CREDIT_CARD", ".".join(VISA_3))],
    ),
    (
        "ko",
        OBF,
        "전화번호 알려드릴게요\n010\n4827\n1935\n저녁에 연락 주세요",
        [("PHONE_NUMBER", "010\n4827\n1935")],
    ),
    (
        "ko",
        OBF,
        "휴대폰: 010\u20133391\u20130284 (en dash로 적힘)",
        [("PHONE_NUMBER", "010\u20133391\u20130284")],
    ),
    (
        "ko",
        OBF,
        "주민등록번호 " + RRN_D.replace("-", "\u2014"),
        [("KR_RRN", RRN_D.replace("-", "\u2014"))],
    ),
    (
        "en",
        OBF,
        "Card number " + MC_1.replace("-", "\u2212") + " exp 11/26",
        [("CREDIT_CARD", MC_1.replace("-", "\u2212"))],
    ),
    (
        "ko",
        OBF,
        "연락처 010ㅡ5521ㅡ8843 로 회신 부탁",
        [("PHONE_NUMBER", "010ㅡ5521ㅡ8843")],
    ),
    (
        "ko",
        OBF,
        "사업자등록번호 " + BRN_1.replace("-", "\u2010"),
        [("KR_BRN", BRN_1.replace("-", "\u2010"))],
    ),
    (
        "ko",
        OBF,
        "주민번호: " + RRN_N4.replace("-", "\u00ad"),
        [("KR_RRN", RRN_N4.replace("-", "\u00ad"))],
    ),
    (
        "ko",
        OBF,
        "제 번호는 공일공 팔팔일이 공구삼칠 이에요",
        [("PHONE_NUMBER", "공일공 팔팔일이 공구삼칠")],
    ),
    (
        "ko",
        OBF,
        f"주민번호 불러드릴게요 {hangul(RRN_I[:6])} 다시 {hangul(RRN_I[7:])}",
        [("KR_RRN", f"{hangul(RRN_I[:6])} 다시 {hangul(RRN_I[7:])}")],
    ),
    (
        "ko",
        OBF,
        "연락처는 공일공-육육삼사-이일구공 입니다",
        [("PHONE_NUMBER", "공일공-육육삼사-이일구공")],
    ),
    (
        "en",
        OBF,
        f"decode this for me: {b64('kim.taehyun@gmail.com')}",
        [("EMAIL_ADDRESS", b64("kim.taehyun@gmail.com"))],
    ),
    (
        "mixed",
        OBF,
        f'로그에 이런 값이 찍혀: {{"payload": "{b64(json.dumps({"rrn": RRN_J}))}"}} 뭐지?',
        [("KR_RRN", b64(json.dumps({"rrn": RRN_J})))],
    ),
    (
        "en",
        OBF,
        f"GET /apply?email=subin.lee%40daum.net&rrn={pct_all(RRN_E)} HTTP/1.1",
        [("EMAIL_ADDRESS", "subin.lee%40daum.net"), ("KR_RRN", pct_all(RRN_E))],
    ),
    (
        "en",
        OBF,
        f"hexdump field card_no=0x{hexenc(VISA_1.replace('-', ''))}",
        [("CREDIT_CARD", hexenc(VISA_1.replace("-", "")))],
    ),
    (
        "ko",
        OBF,
        f"여권번호 {PASS_NEW_1[:4]}{ZW}{PASS_NEW_1[4:]} 로 항공권 예약해 줘",
        [("KR_PASSPORT", f"{PASS_NEW_1[:4]}{ZW}{PASS_NEW_1[4:]}")],
    ),
    (
        "ko",
        OBF,
        f"국민은행 계좌 {fullwidth('123401-04-567890')} 로 입금 바랍니다",
        [("BANK_ACCOUNT", fullwidth("123401-04-567890"))],
    ),
    (
        "ko",
        OBF,
        "회신 메일 dain.kang92＠naver．com 으로 부탁해요",
        [("EMAIL_ADDRESS", "dain.kang92＠naver．com")],
    ),
    (
        "ko",
        OBF,
        f"사업자번호 {spaced(BRN_5)}",
        [("KR_BRN", spaced(BRN_5))],
    ),
    (
        "ko",
        OBF,
        "외국인등록번호 " + ARN_A.replace("-", "\u2013") + " 체류 연장",
        [("KR_ALIEN_REG", ARN_A.replace("-", "\u2013"))],
    ),
    (
        "ko",
        OBF,
        f"면허번호 {fullwidth(DL_1)} 갱신 대상인가요?",
        [("KR_DRIVER_LICENSE", fullwidth(DL_1))],
    ),
    (
        "en",
        OBF,
        f"Amex {AMEX_1.replace(' ', '  ' + ZW)} on file",
        [("CREDIT_CARD", AMEX_1.replace(" ", "  " + ZW))],
    ),
    (
        "ko",
        OBF,
        f"주민번호 앞뒤 붙여서 {fullwidth(RRN_F[:6])}{ZW}{RRN_F[7:]} 이렇게 적었어요",
        [("KR_RRN", f"{fullwidth(RRN_F[:6])}{ZW}{RRN_F[7:]}")],
    ),
    (
        "en",
        OBF,
        "mobile=%2B82%2010%204471%202290&name=test",
        [("PHONE_NUMBER", "%2B82%2010%204471%202290")],
    ),
    (
        "ko",
        OBF,
        f"계좌번호 {b64('110-482-937561')} (base64) 신한은행",
        [("BANK_ACCOUNT", b64("110-482-937561"))],
    ),
    # ---------------- hard negatives ----------------
    ("ko", NEG, "주문번호 2024112358471902 배송 조회해 줘", []),
    ("ko", NEG, "CJ대한통운 운송장번호 6012-3456-7890 조회 부탁드려요", []),
    ("ko", NEG, "송장번호 512345678901 로 반품 접수했습니다", []),
    ("en", NEG, "Invoice INV-2024-000187, amount USD 12,450.00, due 2024-12-31.", []),
    ("ko", NEG, "접수번호 2AA-2411-0123456 민원 처리 기한이 언제야?", []),
    ("ko", NEG, "사건번호 2023가합123456 판결 요지를 요약해 줘", []),
    ("ko", NEG, "서울행정법원 2024구합51234 사건 진행 상황 정리", []),
    ("ko", NEG, "개인정보 보호법 제24조의2 제1항과 같은 법 시행령 제21조의2를 비교해 줘", []),
    ("ko", NEG, "제12조 제3항 단서 조항의 취지를 설명해 줘", []),
    ("ko", NEG, f"도서 ISBN {ISBN_1} 구매 요청서 작성", []),
    ("en", NEG, "Please order ISBN 0-306-40615-2 and ISBN 978-0-306-40615-7 for the library.", []),
    ("ko", NEG, "공모 기간은 2024년 11월 23일부터 2025. 1. 31.까지이며 결과 발표는 2025-02-14입니다.", []),
    ("en", NEG, "Python 3.11.4, numpy 1.26.4, Windows 10.0.19045.3803 — why does the import fail?", []),
    ("ko", NEG, "보안 패치 버전 4.2.10.1 배포 일정 공지문 써 줘", []),
    ("ko", NEG, "총사업비 1,234,567,890원 중 국비 617,283,945원, 지방비 617,283,945원", []),
    ("ko", NEG, f"상품코드 KR-88-0123-4567, 바코드 {EAN_1} 재고 확인", []),
    ("en", NEG, "Model SM-S928N, serial R3CW70ABCDE, warranty until 2026-03-01.", []),
    ("ko", NEG, "전자결재 문서번호 기획재정부-2024-01012, 과제번호 2024-0312-1234", []),
    ("ko", NEG, "고시 제2024-123호와 법률 제18583호, 대통령령 제33004호 개정 내용 비교", []),
    ("ko", NEG, f"관리번호 {bad_rrn13('9913451234567')} 항목 누락 확인", []),
    ("ko", NEG, f"일련번호 {bad_rrn13('851332-1234560')} 재고 실사표", []),
    ("ko", NEG, f"자산번호 {bad_rrn13('000000-0000007')} 폐기 처리", []),
    ("en", NEG, "Please Review The Attached Quarterly Budget Summary Before Friday's Steering Committee.", []),
    ("en", NEG, "Chase Bank and Wells Fargo statements are due; the Jordan Valley Water Project report too.", []),
    ("en", NEG, "The Austin Convention Center and Victoria Station are both on the itinerary.", []),
    ("en", NEG, "Grant Writing Workshop hosted by Hope Foundation, Carter Center partners welcome.", []),
    ("ko", NEG, "이번 달 정산 결과를 박물관 운영팀에 공유해 줘", []),
    ("ko", NEG, "김장철 나눔 행사 안내문 작성해 줘", []),
    ("ko", NEG, "최고정보보호책임자 지정 요건을 정리해 줘", []),
    ("ko", NEG, "강원도 산불 대응 상황 보고서 요약", []),
    ("ko", NEG, "조달청 입찰 공고문과 한국은행 기준금리 발표 자료 비교", []),
    ("ko", NEG, "서울역 광장에서 캠페인 진행, 국립중앙박물관 견학 일정 포함", []),
    ("ko", NEG, "정책을 신속하게 집행하려면 윤리강령을 먼저 개정해야 한다는 의견이 있었음", []),
    ("ko", NEG, "임대차 계약서를 검토해 주시고 장기요양 등급 기준도 설명해 주세요", []),
    ("ko", NEG, "신청자에게 안내 문자를 보내고 유지보수 계약을 연장해 줘", []),
    ("en", NEG, "commit 3f9a2b7c1e04d5a6b8c9 fixed UUID 550e8400-e29b-41d4-a716-446655440000 parsing", []),
    ("ko", NEG, "전화번호는 010-XXXX-XXXX 형식으로, 주민번호는 ******-******* 형식으로 안내", []),
    ("ko", NEG, "[Web발신] 신한카드(5365-10**-****-7890) 승인 12,000원 일시불 — 이 문자 형식 설명해 줘", []),
    ("ko", NEG, "목차 1.2.3.4절과 OID 1.2.840.113549.1.1.11 설명 부탁", []),
    ("en", NEG, "Order #4478-2291-0056, tracking 1Z999AA10123456784, ships Monday.", []),
    ("ko", NEG, "KTX 101열차 3호차 12A석, 서울역 09:30 출발, 요금 59,800원", []),
    ("ko", NEG, "계좌 개설 절차를 안내하는 문구 만들어 줘. 여권이나 운전면허증 중 하나 필요.", []),
    ("ko", NEG, "우편번호 04524, 인구 51,325,329명, 증가율 -0.12%", []),
    ("en", NEG, "Error code 0x80070005 when installing KB5032189 on build 22631.2715.", []),
    ("ko", NEG, "회의는 11:30-12:30, 예산 코드 3120-0456-7788, 회계연도 2024-2025", []),
    ("ko", NEG, "통계표 ID DT_1B04005N, 좌표 37.5665, 126.9780", []),
    ("en", NEG, "May and June figures grew; Will mark the draft final after Bill Payment Service review.", []),
    ("ko", NEG, "신청번호 20241031153 처리 완료 안내 문자 써 줘", []),
]


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, (lang, kind, text, labelled) in enumerate(CASES):
        spans: list[dict[str, object]] = []
        taken: list[tuple[int, int]] = []
        for entity, value in labelled:
            pos = text.find(value)
            while pos >= 0 and any(pos < e and s < pos + len(value) for s, e in taken):
                pos = text.find(value, pos + 1)
            if pos < 0:
                raise ValueError(f"case {i}: {value!r} not found free in {text!r}")
            taken.append((pos, pos + len(value)))
            spans.append({"entity": entity, "start": pos, "end": pos + len(value)})
        assert kind in ("positive", "obfuscated", "negative")
        assert (kind == "negative") == (not spans), i
        out.append({"id": f"heldg-{i:03d}", "lang": lang, "kind": kind, "text": text, "spans": spans})
    return out


def main() -> None:
    write_jsonl(OUT, build())


if __name__ == "__main__":
    main()
