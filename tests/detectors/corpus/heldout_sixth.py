# ruff: noqa: E501
"""Sixth blind held-out set for the personal-data detectors (written without reading detectors/, gateway/,
policies/, docs/, bench/ or the other corpus files, apart from check_digits.py, jsonl.py and the docstring and
place()/build()/main() of heldout_fifth.py, whose schema and conventions it copies).

New domains: welfare case files (기초생활수급자, 긴급복지), school parent contact lists, 119 dispatch logs, public
hospital discharge summaries, parcel return forms, personnel transfers (인사발령), audit findings (감사원), procurement
bid results (나라장터), SQL INSERTs and log lines, YAML/TOML configs, e-mail threads with signatures, payroll slips,
English visa/consular letters, US/UK support chats, Slack exports, OCR'd scans with broken spacing, translation and
summarisation requests, tab-separated spreadsheets.

Labelling decisions (same as the fifth set, plus):
- PERSON: the name only (no title, honorific, particle or label); every mention, surname-only ("Mr. Choi" -> Choi)
  and given-name-only ones included. Names inside e-mail local parts are not separately labelled. Placeholders
  (홍길동 in a form example) and masked names (김**) are not labelled.
- LOCATION: from the first administrative unit present through the building number, plus unit detail (동/호/층)
  directly following. English-order addresses: from the unit/street number through the city/state/postcode,
  without the country. Bare city, district or facility names are not labelled.
- PHONE_NUMBER: full numbers; 15xx/16xx/18xx representative numbers and short service numbers are not labelled.
- BANK_ACCOUNT: the number only. Parcel waybills, order numbers, MRNs (hospital patient numbers), 사번 and case
  numbers are not personal-data entities here and are never labelled.
- Masked values, loopback/unspecified IPs and CIDR blocks are not labelled; private host IPs are.
- Obfuscated values: the span covers the disguised form from its first to its last character, including words,
  separators, invisible characters, line breaks or table cells in between. Encoded values (base64, hex, percent,
  HTML/JSON escapes) are labelled with the entity they encode, on the encoded token. Defanged IPs (1[.]2[.]3[.]4)
  are labelled IP_ADDRESS.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, isbn13, luhn_ok, rrn, rrn_check, rrn_new
from tests.detectors.corpus.spans import heldout_rows, write_heldout

P, N, OB = "positive", "negative", "obfuscated"

# ---------------------------------------------------------------- identifiers (synthetic, real check digits)
R1 = rrn("620915", 2, "38417")
R2 = rrn("781203", 1, "20561")
R3 = rrn("150522", 3, "48210")
R4 = rrn("170808", 4, "10374")
R5 = rrn("530119", 1, "62908")
R6 = rrn("890730", 2, "15426")
R7 = rrn("041111", 3, "27583")
R8 = rrn("710405", 1, "44019")
R9 = rrn("950926", 2, "30867")
R10 = rrn("830617", 1, "51290")
R11 = rrn("470302", 2, "81536")
R12 = rrn("000101", 3, "11942")
R13 = rrn("660824", 1, "73051")
R14 = rrn("910115", 2, "26784")
R15 = rrn("580611", 1, "90437")
R16 = rrn("860222", 2, "47120")
R17 = rrn("640309", 1, "58214")
RN1 = rrn_new("211203", 4, "395017")
RN2 = rrn_new("760918", 1, "842630")

A1 = arn("900312", 6, "11234")
A2 = arn("870725", 5, "40218")
A3 = arn("020214", 8, "31947")
A4 = arn("951030", 5, "27716")
A5 = arn("990607", 6, "08532")
A6 = arn("880419", 6, "52071")

B1 = brn("214810937")
B2 = brn("608862014")
B3 = brn("131275408")
B4 = brn("504390216")
B5 = brn("220871563")
B6 = brn("305164728")

C1 = crn("110111582043")
C2 = crn("134811209657")
C3 = crn("284411003915")
C4 = crn("160111740268")

K1 = card("457972410385216")
K2 = card("540926183307451")
K3 = card("37612450893172", groups=(4, 6, 5))
K4 = card("943520117608342")
K5 = card("625904731180526")
K6 = card("356901284477305")
K7 = card("510737264019883", sep=" ")

PP1, PP2, PP3, PP4, PP5 = "M47028391", "M853K2047", "M29173654", "M602A9183", "M71845520"
PP6, PP7 = "M38512907", "M194C6305"
DL1, DL2, DL3, DL4 = "11-17-284305-62", "13-09-551870-21", "26-12-730945-80", "28-20-118364-47"
DL5 = "12-22-409163-58"
HI1, HI2, HI3 = "40917258301", "71284059316", "5-2039184756"
HI4 = "3-1750284619"


# ---------------------------------------------------------------- obfuscation helpers
KO_DIGIT = "공일이삼사오육칠팔구"


def fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def bold(s: str) -> str:
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def arabic(s: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def sup(s: str) -> str:
    table = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
    return "".join(table.get(c, c) for c in s)


def circ(s: str) -> str:
    return "".join(("⓪" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in s)


def kow(s: str, every: int = 2) -> str:
    """Every `every`-th digit written as a Korean word (공/일/이...)."""
    out, k = [], 0
    for c in s:
        if c.isdigit():
            out.append(KO_DIGIT[int(c)] if k % every == 0 else c)
            k += 1
        else:
            out.append(c)
    return "".join(out)


def between(s: str, ch: str) -> str:
    return ch.join(s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def html_ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def json_esc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def luhn_fail(s: str) -> str:
    last = int(s[-1])
    out = s[:-1] + str((last + 3) % 10)
    assert not luhn_ok(out)
    return out


# ---------------------------------------------------------------- cases
CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def add(lang: str, kind: str, text: str, labels: list[tuple[str, str]]) -> None:
    CASES.append((lang, kind, text, labels))


# ================================================================ POSITIVE
add(
    "ko",
    P,
    f"[기초생활수급자 사례관리 기록지]\n대상자: 권순자 ({R1}), 독거\n주소: 서울특별시 노원구 상계로 118, 5동 402호\n"
    "연락처: 010-3847-2291 (본인) / 딸 박미경 010-9120-4478\n급여: 생계·의료·주거\n상담내용: 권순자 님은 무릎 수술 이후 거동이 불편하여 "
    "수급비 입금계좌를 농협 352-0917-4483-21 로 변경 요청함. 다음 방문 12/10.\n→ 위 기록 바탕으로 방문계획서 초안 써줘",
    [
        ("PERSON", "권순자"),
        ("KR_RRN", R1),
        ("LOCATION", "서울특별시 노원구 상계로 118, 5동 402호"),
        ("PHONE_NUMBER", "010-3847-2291"),
        ("PERSON", "박미경"),
        ("PHONE_NUMBER", "010-9120-4478"),
        ("PERSON", "권순자"),
        ("BANK_ACCOUNT", "352-0917-4483-21"),
    ],
)

add(
    "ko",
    P,
    "3학년 2반 학부모 비상연락망 (담임 노재훈)\n번호\t학생\t보호자\t관계\t휴대전화\t이메일\n"
    "1\t강하린\t강동석\t부\t010-2741-8830\tds.kang77@naver.com\n"
    "2\t김도율\t이수정\t모\t010-5528-0193\tsujung.lee@daum.net\n"
    "3\t나예서\t나종혁\t부\t010-7302-6614\t-\n"
    "위 명단으로 현장체험학습 동의서 안내 문자 문구 만들어 주세요.",
    [
        ("PERSON", "노재훈"),
        ("PERSON", "강하린"),
        ("PERSON", "강동석"),
        ("PHONE_NUMBER", "010-2741-8830"),
        ("EMAIL_ADDRESS", "ds.kang77@naver.com"),
        ("PERSON", "김도율"),
        ("PERSON", "이수정"),
        ("PHONE_NUMBER", "010-5528-0193"),
        ("EMAIL_ADDRESS", "sujung.lee@daum.net"),
        ("PERSON", "나예서"),
        ("PERSON", "나종혁"),
        ("PHONE_NUMBER", "010-7302-6614"),
    ],
)

add(
    "ko",
    P,
    "[119 구급출동일지] 2024-11-27 02:14 신고접수\n신고자: 최영호 (010-6612-0937, 아들)\n"
    "출동장소: 경기도 고양시 일산동구 중앙로1275번길 38, 201동 1102호\n환자: 최옥순(여/81) 의식저하, 당뇨 병력\n"
    "처치: 혈당측정 42mg/dL, 포도당 투여 후 의식 회복\n이송: 국민건강보험 일산병원 응급실 02:51 도착\n구급대원: 류건우, 진서아\n"
    "이 일지를 보고서 양식 문장으로 다듬어줘.",
    [
        ("PERSON", "최영호"),
        ("PHONE_NUMBER", "010-6612-0937"),
        ("LOCATION", "경기도 고양시 일산동구 중앙로1275번길 38, 201동 1102호"),
        ("PERSON", "최옥순"),
        ("PERSON", "류건우"),
        ("PERSON", "진서아"),
    ],
)

add(
    "ko",
    P,
    f"퇴원요약지 (Discharge Summary)\n환자: 탁성훈 / M / 53세\n병록번호: 00482917\n주민등록번호: {R8}\n건강보험증번호: {HI1}\n"
    "입원일 2024-11-02 / 퇴원일 2024-11-15\n주진단: I63.9 뇌경색\n퇴원 후 계획: 외래 추적(신경과), 보호자 탁민지 010-4471-3385 에게 복약 교육함.\n"
    "환자용 쉬운 말 안내문으로 바꿔줘",
    [
        ("PERSON", "탁성훈"),
        ("KR_RRN", R8),
        ("KR_HEALTH_INSURANCE", HI1),
        ("PERSON", "탁민지"),
        ("PHONE_NUMBER", "010-4471-3385"),
    ],
)

add(
    "ko",
    P,
    "반품 접수증\n보내는 분: 송하람 / 010-4419-2076\n주소: 대전광역시 유성구 대학로291번길 14, 302호\n"
    "받는 분: (주)온누리몰 반품센터 / 1588-3344\n주소: 경기도 이천시 마장면 덕평로 811\n운송장번호: 6894-2210-5573\n반품사유: 단순변심\n"
    "이거 보고 반품 안내 메일 써줘",
    [
        ("PERSON", "송하람"),
        ("PHONE_NUMBER", "010-4419-2076"),
        ("LOCATION", "대전광역시 유성구 대학로291번길 14, 302호"),
        ("LOCATION", "경기도 이천시 마장면 덕평로 811"),
    ],
)

add(
    "ko",
    P,
    "인 사 발 령\n2025. 1. 1.자\n○ 전보\n- 행정6급 홍예린: 총무과 → 복지정책과\n- 행정7급 오승민: 민원여권과 → 세무과\n- 사회복지7급 구민서: 상계2동 → 희망복지지원단\n"
    "○ 승진\n- 행정5급 주하늘 (도시계획과장 직무대리)\n위 발령 사항을 내부 게시판 공지문 형식으로 정리해줘.",
    [("PERSON", "홍예린"), ("PERSON", "오승민"), ("PERSON", "구민서"), ("PERSON", "주하늘")],
)

add(
    "ko",
    P,
    f"감사원 감사결과 처분요구서 (발췌)\n○○시는 2023년 지역아동센터 운영보조금을 집행하면서 '한빛돌봄센터'(사업자등록번호 {B1}) 대표 서지안이 "
    "종사자 인건비를 허위로 청구한 사실을 확인하지 못하였다. 서지안은 허위 종사자 명의 계좌(기업 123-456789-01-012)로 인건비 2,840만원을 "
    "지급한 뒤 되돌려 받았다.\n→ 처분요구 주요내용만 표로 정리",
    [("KR_BRN", B1), ("PERSON", "서지안"), ("PERSON", "서지안"), ("BANK_ACCOUNT", "123-456789-01-012")],
)

add(
    "ko",
    P,
    f"나라장터 개찰결과\n공고번호: R24BK01234567-000 / 청사 통합유지관리 용역\n순위\t업체명\t사업자등록번호\t대표자\t투찰금액\t투찰률\n"
    f"1\t(주)세진정보기술\t{B2}\t안지율\t412,380,000\t87.745%\n2\t한결시스템(주)\t{B3}\t도예준\t415,010,000\t88.305%\n"
    "낙찰하한율 적용해서 적격심사 대상 업체 설명해줘",
    [("KR_BRN", B2), ("PERSON", "안지율"), ("KR_BRN", B3), ("PERSON", "도예준")],
)

add(
    "mixed",
    P,
    "긴급복지 신청자 DB 이관 스크립트 검토 부탁합니다.\n```sql\nINSERT INTO welfare_applicant (name, rrn, phone, addr) VALUES\n"
    f"  ('유하준', '{R7}', '010-3391-5802', '전북특별자치도 전주시 완산구 효자로 225, 1203동 704호'),\n"
    f"  ('석민호', '{R13}', '063-272-4418', '전북특별자치도 익산시 인북로 32길 9');\n```\n컬럼 암호화 빠진 거 없나요?",
    [
        ("PERSON", "유하준"),
        ("KR_RRN", R7),
        ("PHONE_NUMBER", "010-3391-5802"),
        ("LOCATION", "전북특별자치도 전주시 완산구 효자로 225, 1203동 704호"),
        ("PERSON", "석민호"),
        ("KR_RRN", R13),
        ("PHONE_NUMBER", "063-272-4418"),
        ("LOCATION", "전북특별자치도 익산시 인북로 32길 9"),
    ],
)

add(
    "en",
    P,
    '2024-11-28T09:12:44+09:00 INFO  auth.login ok user=jiwon.pyeon@korea.kr src=211.58.102.37 ua="Mozilla/5.0"\n'
    "2024-11-28T09:12:51+09:00 WARN  auth.mfa retry user=jiwon.pyeon@korea.kr src=211.58.102.37\n"
    "2024-11-28T09:13:02+09:00 ERROR db.pool timeout host=10.41.7.212:5432\nwhy is the pool timing out right after login?",
    [
        ("EMAIL_ADDRESS", "jiwon.pyeon@korea.kr"),
        ("IP_ADDRESS", "211.58.102.37"),
        ("EMAIL_ADDRESS", "jiwon.pyeon@korea.kr"),
        ("IP_ADDRESS", "211.58.102.37"),
        ("IP_ADDRESS", "10.41.7.212"),
    ],
)

add(
    "mixed",
    P,
    '알림 설정 yaml인데 들여쓰기 오류 좀 봐줘\n```yaml\nnotify:\n  oncall:\n    - name: 백도윤\n      phone: "+82-10-4827-1153"\n'
    '      email: doyun.baek@mois.go.kr\n    - name: 허윤아\n      phone: "010-6038-2914"\n   email: yuna.heo@mois.go.kr\ndb:\n  host: 172.16.30.5\n  port: 5432\n```',
    [
        ("PERSON", "백도윤"),
        ("PHONE_NUMBER", "+82-10-4827-1153"),
        ("EMAIL_ADDRESS", "doyun.baek@mois.go.kr"),
        ("PERSON", "허윤아"),
        ("PHONE_NUMBER", "010-6038-2914"),
        ("EMAIL_ADDRESS", "yuna.heo@mois.go.kr"),
        ("IP_ADDRESS", "172.16.30.5"),
    ],
)

add(
    "en",
    P,
    'pyproject-style config for the SMS relay, why does tomllib reject it?\n[relay]\nupstream = "192.168.40.17"\nbind = "0.0.0.0"\n'
    '[relay.test_recipient]\nname = "Tomasz Kowalczyk"\nmsisdn = "+44 7700 900418"\nemail = "t.kowalczyk@outlook.com"\nretries = 3,',
    [
        ("IP_ADDRESS", "192.168.40.17"),
        ("PERSON", "Tomasz Kowalczyk"),
        ("PHONE_NUMBER", "+44 7700 900418"),
        ("EMAIL_ADDRESS", "t.kowalczyk@outlook.com"),
    ],
)

add(
    "ko",
    P,
    "아래 메일에 회신 초안 써줘.\n-----Original Message-----\nFrom: 엄태린 <taerin.eom@gyeonggi.go.kr>\nTo: 복지정책과 공용 <welfare@gyeonggi.go.kr>\n"
    "Subject: 노인일자리 참여자 명단 재송부\n\n첨부 명단 중 변수빈 어르신 연락처가 바뀌어 다시 보냅니다 (010-5173-6402).\n\n엄태린 드림\n"
    "경기도청 노인복지과 주무관\nT. 031-8008-2417 | M. 010-2294-7730",
    [
        ("PERSON", "엄태린"),
        ("EMAIL_ADDRESS", "taerin.eom@gyeonggi.go.kr"),
        ("EMAIL_ADDRESS", "welfare@gyeonggi.go.kr"),
        ("PERSON", "변수빈"),
        ("PHONE_NUMBER", "010-5173-6402"),
        ("PERSON", "엄태린"),
        ("PHONE_NUMBER", "031-8008-2417"),
        ("PHONE_NUMBER", "010-2294-7730"),
    ],
)

add(
    "ko",
    P,
    f"2024년 11월 급여명세서\n성명: 심가은   사번: 20190314   소속: 재무과\n주민등록번호: {R9}\n지급계좌: 국민은행 482301-01-557219\n"
    "기본급 2,874,300 / 정액급식비 140,000 / 소득세 61,820 / 실지급액 3,412,870원\n→ 연말정산 때 필요한 항목만 뽑아줘",
    [("PERSON", "심가은"), ("KR_RRN", R9), ("BANK_ACCOUNT", "482301-01-557219")],
)

add(
    "en",
    P,
    f"Please proofread this letter before I send it to the embassy.\n\nTo the Consular Section,\nRe: Visa application for Mr. Minjae Choi (passport no. {PP1})\n"
    "I confirm that Mr. Choi is employed as a Deputy Director at our Ministry and will attend the OECD workshop in Paris from 3 to 7 February. "
    "All costs will be borne by the Ministry. Mr. Choi's contact number is +82-10-3928-5510.\nSincerely,\nSeo-yeon Jang, Director of International Cooperation",
    [
        ("PERSON", "Minjae Choi"),
        ("KR_PASSPORT", PP1),
        ("PERSON", "Choi"),
        ("PERSON", "Choi"),
        ("PHONE_NUMBER", "+82-10-3928-5510"),
        ("PERSON", "Seo-yeon Jang"),
    ],
)

add(
    "en",
    P,
    f"Support transcript, summarise for the ticket:\nAgent: Thanks for holding. Can you confirm the card on the account?\nCustomer: Yeah it's {K1}, exp 08/27.\n"
    "Agent: Thank you, Mr. Fitzgerald. And the shipping address?\nCustomer: 1847 Maple Ridge Dr, Apt 12B, Columbus, OH 43215. Name's Daniel Fitzgerald.\n"
    "Agent: Got it, I'll reissue the refund to that card.",
    [
        ("CREDIT_CARD", K1),
        ("PERSON", "Fitzgerald"),
        ("LOCATION", "1847 Maple Ridge Dr, Apt 12B, Columbus, OH 43215"),
        ("PERSON", "Daniel Fitzgerald"),
    ],
)

add(
    "mixed",
    P,
    "Slack export에서 개인정보 있는 메시지만 골라줘:\n"
    + json.dumps(
        [
            {
                "ts": "1732755101.000200",
                "user": "U04K2M9",
                "real_name": "Priya Raman",
                "text": f"can someone call the claimant back at 010-8834-2091? RRN on the form is {R6}",
            },
            {"ts": "1732755188.000310", "user": "U05QX11", "real_name": "전다온", "text": "제가 할게요"},
        ],
        ensure_ascii=False,
    ),
    [("PERSON", "Priya Raman"), ("PHONE_NUMBER", "010-8834-2091"), ("KR_RRN", R6), ("PERSON", "전다온")],
)

add(
    "ko",
    P,
    f'다음 편지를 영어로 번역해 주세요.\n"존경하는 담당자님께, 저는 베트남 호치민 출신 응우옌 티 란이라고 합니다. 외국인등록번호는 {A1}이고, '
    '현재 경상남도 김해시 분성로 335, 3층에 살고 있습니다. 체류기간 연장 서류가 늦어진 사정을 설명드리고자 합니다. 연락은 010-2958-7741로 부탁드립니다."',
    [
        ("PERSON", "응우옌 티 란"),
        ("KR_ALIEN_REG", A1),
        ("LOCATION", "경상남도 김해시 분성로 335, 3층"),
        ("PHONE_NUMBER", "010-2958-7741"),
    ],
)

add(
    "ko",
    P,
    "아래 민원 처리결과 보고서를 3줄로 요약해줘.\n---\n민원인 양시우(010-3305-9127)는 2024.11.4. 인천광역시 남동구 구월로 203, 5층 502호 거주지 앞 "
    "불법주정차 단속을 요청함. 11.6. 현장 확인 결과 상습 정차 구간으로 확인되어 CCTV 설치를 검토하기로 함. 양시우 민원인에게 11.8. 유선 회신 완료.",
    [
        ("PERSON", "양시우"),
        ("PHONE_NUMBER", "010-3305-9127"),
        ("LOCATION", "인천광역시 남동구 구월로 203, 5층 502호"),
        ("PERSON", "양시우"),
    ],
)

add(
    "ko",
    P,
    "긴급복지 생계지원 지급명단 (엑셀 복사)\n연번\t성명\t생년월일\t은행\t계좌번호\t지원액\n"
    "1\t고유찬\t1968-04-12\t신한\t110-482-739105\t1,830,000\n2\t추수빈\t1991-09-30\t우리\t1002-847-316520\t1,183,000\n"
    "3\t나윤슬\t1985-01-22\t하나\t287-910384-21507\t1,830,000\n합계 맞는지 확인해줘",
    [
        ("PERSON", "고유찬"),
        ("BANK_ACCOUNT", "110-482-739105"),
        ("PERSON", "추수빈"),
        ("BANK_ACCOUNT", "1002-847-316520"),
        ("PERSON", "나윤슬"),
        ("BANK_ACCOUNT", "287-910384-21507"),
    ],
)

add(
    "ko",
    P,
    f"어린이 통학버스 운전자 신고서 검토\n운전자: 마동균 / 운전면허번호 {DL1} (1종 대형)\n안전교육 이수: 2024.03.14\n"
    "동승보호자: 차은결 010-7719-0452\n빠진 서류 있는지 알려줘",
    [("PERSON", "마동균"), ("KR_DRIVER_LICENSE", DL1), ("PERSON", "차은결"), ("PHONE_NUMBER", "010-7719-0452")],
)

add(
    "ko",
    P,
    f"관용차량 운행 신청 — 운전자 면허 확인 요청\n신청자: 편지원 주무관 (운전면허 {DL2}, 2종 보통)\n운행일: 12월 3일 / 목적지: 세종청사\n"
    "면허 유효기간 조회 절차를 알려줘.",
    [("PERSON", "편지원"), ("KR_DRIVER_LICENSE", DL2)],
)

add(
    "en",
    P,
    "Can you make this Slack message more polite?\n\"@here the vendor still hasn't fixed the SFTP allowlist. Our egress is 58.229.14.190 and the DR site is 121.160.88.3. "
    "If it's not done by Friday I'm escalating to Luis Ferreira directly (luis.ferreira@datanova.io).\"",
    [
        ("IP_ADDRESS", "58.229.14.190"),
        ("IP_ADDRESS", "121.160.88.3"),
        ("PERSON", "Luis Ferreira"),
        ("EMAIL_ADDRESS", "luis.ferreira@datanova.io"),
    ],
)

add(
    "ko",
    P,
    f"법인 등기부 요약해서 계약 담당자한테 보낼 메모 써줘.\n상호: 주식회사 다온케어\n법인등록번호: {C2}\n사업자등록번호: {B4}\n대표이사: 황보경민\n"
    "본점: 부산광역시 해운대구 센텀중앙로 79, 11층 1104호\n목적: 노인장기요양 방문요양업",
    [
        ("KR_CRN", C2),
        ("KR_BRN", B4),
        ("PERSON", "황보경민"),
        ("LOCATION", "부산광역시 해운대구 센텀중앙로 79, 11층 1104호"),
    ],
)

add(
    "ko",
    P,
    f"외국인근로자 고용변동 신고 (E-9)\n근로자: 루스탐 나자로프 (우즈베키스탄) / 외국인등록번호 {A2}\n사업장: 성진금속 (사업자 {B5})\n"
    "변동사유: 근로계약 해지 2024.11.20\n사업주 연락처 055-361-2087\n이 신고서 내용 검토 의견 써줘",
    [("PERSON", "루스탐 나자로프"), ("KR_ALIEN_REG", A2), ("KR_BRN", B5), ("PHONE_NUMBER", "055-361-2087")],
)

add(
    "ko",
    P,
    f"의료급여 자격 확인 결과 문의\n수급권자: 백순례 ({R11})\n의료급여증 대신 건강보험증번호 {HI2} 로 조회됨 — 자격 변동(수급 → 건강보험 직장가입자 피부양자)이 맞는지 설명해줘. "
    "보호자: 백정훈 010-8204-1163",
    [
        ("PERSON", "백순례"),
        ("KR_RRN", R11),
        ("KR_HEALTH_INSURANCE", HI2),
        ("PERSON", "백정훈"),
        ("PHONE_NUMBER", "010-8204-1163"),
    ],
)

add(
    "en",
    P,
    "Customer chat (UK), please draft the follow-up email:\n[14:02] Hannah Whitlock: Hi, my council tax direct debit failed again.\n"
    "[14:03] Agent Sam: Sorry about that Hannah, can you confirm the account?\n[14:04] Hannah Whitlock: sort code 20-45-77, account 53108846, "
    "address Flat 3, 27 Ashgrove Road, Leeds LS6 2DX\n[14:05] Agent Sam: Thanks, I'll re-submit it today.",
    [
        ("PERSON", "Hannah Whitlock"),
        ("PERSON", "Sam"),
        ("PERSON", "Hannah"),
        ("PERSON", "Hannah Whitlock"),
        ("BANK_ACCOUNT", "53108846"),
        ("LOCATION", "Flat 3, 27 Ashgrove Road, Leeds LS6 2DX"),
        ("PERSON", "Sam"),
    ],
)

add(
    "ko",
    P,
    "학교 방과후 강사 위촉 명단 (교육청 제출용)\n성명\t과목\t연락처\t이메일\n문서율\t로봇코딩\t010-4418-2703\tseoyul.moon@gmail.com\n"
    "김태오\t바이올린\t010-9937-1025\ttaeo.violin@naver.com\n표 형식 맞춰서 공문 붙임으로 바꿔줘",
    [
        ("PERSON", "문서율"),
        ("PHONE_NUMBER", "010-4418-2703"),
        ("EMAIL_ADDRESS", "seoyul.moon@gmail.com"),
        ("PERSON", "김태오"),
        ("PHONE_NUMBER", "010-9937-1025"),
        ("EMAIL_ADDRESS", "taeo.violin@naver.com"),
    ],
)

add(
    "ko",
    P,
    f"출생신고 후 아동수당 신청서 자동입력 결과야. 맞는지 확인해줘.\n아동: 정하람 ({R3})\n신청인(모): 이유진 ({R16})\n"
    "수당 입금 계좌: 카카오뱅크 3333-04-7719285\n주소: 세종특별자치시 한누리대로 2130, 408동 1201호",
    [
        ("PERSON", "정하람"),
        ("KR_RRN", R3),
        ("PERSON", "이유진"),
        ("KR_RRN", R16),
        ("BANK_ACCOUNT", "3333-04-7719285"),
        ("LOCATION", "세종특별자치시 한누리대로 2130, 408동 1201호"),
    ],
)

add(
    "ko",
    P,
    f"2021년생 아동 주민등록번호가 체크디지트 검증에서 자꾸 실패한다는 민원이야. 대상 번호 {RN1}, 보호자 윤지호. 2020년 10월 이후 부여된 번호는 "
    "검증번호 규칙이 없어졌다는 걸 쉽게 설명하는 회신문 써줘.",
    [("KR_RRN", RN1), ("PERSON", "윤지호")],
)

add(
    "ko",
    P,
    f"주민등록번호 변경 결정 통지 (변경위원회)\n신청인: 안태성\n변경 전: {R2}\n변경 후: {RN2}\n사유: 보이스피싱 피해로 인한 유출\n"
    "이 통지 내용을 본인에게 안내하는 문자(80자 이내)로 줄여줘",
    [("PERSON", "안태성"), ("KR_RRN", R2), ("KR_RRN", RN2)],
)

add(
    "en",
    P,
    f'Translate into Korean for the applicant file:\n"This is to certify that Ms. Aiko Tanabe, holder of alien registration no. {A5}, has been enrolled as a full-time '
    'graduate student at our university since March 2023. Her current address is 12, Anam-ro 145-gil, Seongbuk-gu, Seoul."',
    [("PERSON", "Aiko Tanabe"), ("KR_ALIEN_REG", A5), ("LOCATION", "12, Anam-ro 145-gil, Seongbuk-gu, Seoul")],
)

add(
    "ko",
    P,
    "공무원 재해보상 청구 첨부 진단서 OCR 결과인데 오탈자 좀 고쳐줘\n환 자 성 명 : 장서연     성별: 여\n주 소 : 충청북도 청주시 상당구 상당로 155, 2층\n"
    "병 명 : 우측 손목 골절 (S62.5)\n발 행 일 : 2024 년 11 월 21 일\n의 사 : 이정환 (면허번호 제 84213 호)",
    [("PERSON", "장서연"), ("LOCATION", "충청북도 청주시 상당구 상당로 155, 2층"), ("PERSON", "이정환")],
)

add(
    "ko",
    P,
    f"카드 분실신고 접수 기록 정리해줘.\n신고인: 조은비 / 010-2047-8813\n분실카드: {K2} (법인카드, 회계과)\n분실일시: 11/26 19시경 세종청사 구내식당",
    [("PERSON", "조은비"), ("PHONE_NUMBER", "010-2047-8813"), ("CREDIT_CARD", K2)],
)

add(
    "en",
    P,
    f"Expense claim rejected, help me write an appeal.\nClaimant: Ryu Geon-woo, Deputy Director\nCorporate Amex: {K3}\nHotel: 3 nights, Geneva, CHF 840\n"
    "Reason given: receipt missing. Finance contact: finance-helpdesk@mofa.go.kr",
    [("PERSON", "Ryu Geon-woo"), ("CREDIT_CARD", K3), ("EMAIL_ADDRESS", "finance-helpdesk@mofa.go.kr")],
)

add(
    "ko",
    P,
    f"여권 재발급 신청서 입력값 확인\n성명(한글): 권나래 / 영문: KWON NARAE\n구여권번호: {PP2} (분실)\n연락처: 010-6629-3017\n"
    "주소: 강원특별자치도 춘천시 후석로 440, 105동 703호\n분실 경위서 문장 다듬어줘",
    [
        ("PERSON", "권나래"),
        ("PERSON", "KWON NARAE"),
        ("KR_PASSPORT", PP2),
        ("PHONE_NUMBER", "010-6629-3017"),
        ("LOCATION", "강원특별자치도 춘천시 후석로 440, 105동 703호"),
    ],
)

add(
    "mixed",
    P,
    "nginx access log에서 관리자 페이지 접근한 IP 정리 좀\n"
    '10.20.31.44 - - [28/Nov/2024:10:02:11 +0900] "GET /admin/users HTTP/1.1" 200 5120\n'
    '203.246.71.9 - - [28/Nov/2024:10:02:19 +0900] "GET /admin/users?q=010 HTTP/1.1" 403 162\n'
    '127.0.0.1 - - [28/Nov/2024:10:03:00 +0900] "GET /healthz HTTP/1.1" 200 2',
    [("IP_ADDRESS", "10.20.31.44"), ("IP_ADDRESS", "203.246.71.9")],
)

add(
    "ko",
    P,
    "주민센터 전입신고 처리 메모\n세대주: 이석진 / 전입지: 광주광역시 북구 용봉동 1234-5 / 전 주소: 전라남도 순천시 연향동 1422-7\n"
    "세대원: 배윤서(처), 이도하(자)\n확정일자 부여 완료. 이 메모로 처리 결과 알림톡 문구 만들어줘.",
    [
        ("PERSON", "이석진"),
        ("LOCATION", "광주광역시 북구 용봉동 1234-5"),
        ("LOCATION", "전라남도 순천시 연향동 1422-7"),
        ("PERSON", "배윤서"),
        ("PERSON", "이도하"),
    ],
)

add(
    "en",
    P,
    'Summarise this complaint in two lines for the dashboard:\n"My name is Bolormaa Ganbat. I called 1345 three times but nobody told me why my visa extension '
    'was refused. Please email me at bolormaa.g@gmail.com or call 010-7462-0381."',
    [("PERSON", "Bolormaa Ganbat"), ("EMAIL_ADDRESS", "bolormaa.g@gmail.com"), ("PHONE_NUMBER", "010-7462-0381")],
)

add(
    "ko",
    P,
    f"국민연금 반환일시금 청구 (출국 외국인)\n청구인: 천지아 (중국) / 외국인등록번호 {A3}\n반환금 수령계좌: 우리은행 1002-965-204718 (해외송금 불가로 국내계좌 지정)\n출국예정일: 2025.01.09\n필요서류 안내문 작성",
    [("PERSON", "천지아"), ("KR_ALIEN_REG", A3), ("BANK_ACCOUNT", "1002-965-204718")],
)

add(
    "ko",
    P,
    "재난지원금 이의신청 전화 메모\n- 11/25 15:20 민원인 최민재 (010-3928-5510) 전화\n- 가구원 수 산정 오류 주장 (배우자 정다인 별도세대)\n"
    "- 회신 요청: 이메일 minjae.c@hanmail.net\n회신 공문 초안",
    [
        ("PERSON", "최민재"),
        ("PHONE_NUMBER", "010-3928-5510"),
        ("PERSON", "정다인"),
        ("EMAIL_ADDRESS", "minjae.c@hanmail.net"),
    ],
)

add(
    "ko",
    P,
    f"위탁계약 업체 정보 대조표\n항목\t계약서\t등기부\n상호\t(주)누리환경\t주식회사 누리환경\n법인등록번호\t{C3}\t{C3}\n사업자등록번호\t{B6}\t{B6}\n"
    "대표\t허성민\t허성민\n불일치 항목 있는지 확인해줘",
    [("KR_CRN", C3), ("KR_CRN", C3), ("KR_BRN", B6), ("KR_BRN", B6), ("PERSON", "허성민"), ("PERSON", "허성민")],
)

add(
    "mixed",
    P,
    'Python 예외 로그 봐줘\nTraceback (most recent call last):\n  File "batch/pension.py", line 88, in transfer\n    bank.send(acct, amount)\n'
    f"BankError: rejected account='302-1184-5529-71' holder='남궁현우' rrn='{R15}'\n어디서 잘못된 거야?",
    [("BANK_ACCOUNT", "302-1184-5529-71"), ("PERSON", "남궁현우"), ("KR_RRN", R15)],
)

add(
    "ko",
    P,
    "소방 화재조사 보고서 일부 요약\n발화지점: 경상북도 포항시 북구 중앙로 311, 지하1층 식당 주방\n관계인: 업주 진태호(010-5502-8137), 건물주 오미란(054-241-7730)\n"
    "추정원인: 튀김기 과열. 인명피해 없음.",
    [
        ("LOCATION", "경상북도 포항시 북구 중앙로 311, 지하1층"),
        ("PERSON", "진태호"),
        ("PHONE_NUMBER", "010-5502-8137"),
        ("PERSON", "오미란"),
        ("PHONE_NUMBER", "054-241-7730"),
    ],
)

add(
    "en",
    P,
    'Draft a reply to this consular e-mail:\nFrom: Margaret Oyelaran <m.oyelaran@fco.gov.uk>\n"Dear colleagues, we are assisting a Korean national, Ms. Ha-eun Lee, '
    'who lost her passport (M29173654) in Manchester. Could you confirm her identity? Her mother in Korea can be reached on +82 2 3471 5268."',
    [
        ("PERSON", "Margaret Oyelaran"),
        ("EMAIL_ADDRESS", "m.oyelaran@fco.gov.uk"),
        ("PERSON", "Ha-eun Lee"),
        ("KR_PASSPORT", PP3),
        ("PHONE_NUMBER", "+82 2 3471 5268"),
    ],
)

add(
    "ko",
    P,
    "장애인 활동지원 급여 변경 통지 대상\n대상자\t주소\t활동지원사\n한지성\t대구광역시 수성구 달구벌대로 2450, 104동 901호\t엄경숙\n"
    "오세린\t대구광역시 달서구 월배로 88길 17\t류정민\n통지문 개별 작성해줘",
    [
        ("PERSON", "한지성"),
        ("LOCATION", "대구광역시 수성구 달구벌대로 2450, 104동 901호"),
        ("PERSON", "엄경숙"),
        ("PERSON", "오세린"),
        ("LOCATION", "대구광역시 달서구 월배로 88길 17"),
        ("PERSON", "류정민"),
    ],
)

add(
    "mixed",
    P,
    f"CSV 인코딩 깨짐 확인 부탁 (UTF-8 BOM?)\nname,card_no,limit\n도윤,{K6},3000000\n임태윤,{K5},5000000\n",
    [("PERSON", "도윤"), ("CREDIT_CARD", K6), ("PERSON", "임태윤"), ("CREDIT_CARD", K5)],
)

add(
    "ko",
    P,
    "우편물 반송 사유서 (등기)\n수취인: 김서윤 / 서울특별시 강서구 공항대로 247, 702동 1503호\n반송사유: 수취인 부재 3회, 폐문\n발송기관: 강서구청 세무1과 (02-2600-6124)\n"
    "재발송 안내문 써줘",
    [
        ("PERSON", "김서윤"),
        ("LOCATION", "서울특별시 강서구 공항대로 247, 702동 1503호"),
        ("PHONE_NUMBER", "02-2600-6124"),
    ],
)

add(
    "ko",
    P,
    "택배 분실 신고 대행 요청 — 고객정보: 전다혜, 010-8841-2263, 울산광역시 남구 삼산로 282, 1동 204호. 접수번호 CS-20241128-0045. 분실 경위 정리해줘",
    [("PERSON", "전다혜"), ("PHONE_NUMBER", "010-8841-2263"), ("LOCATION", "울산광역시 남구 삼산로 282, 1동 204호")],
)

add(
    "ko",
    P,
    f"보조금 환수 고지 대상자\n성명: 윤상철\n주민등록번호: {R5}\n환수금액: 4,120,000원\n가상계좌 대신 반납계좌: 농협 301-0284-7719-31 (○○군 세입세출외현금)\n"
    "고지서 문구 만들어줘",
    [("PERSON", "윤상철"), ("KR_RRN", R5), ("BANK_ACCOUNT", "301-0284-7719-31")],
)

add(
    "en",
    P,
    "Zendesk ticket #88213, write a refund reply.\nRequester: Chen Jiahui <jiahui.chen@163.com>\nPhone: +86 138 0013 4726\n"
    "Message: I paid the visa fee twice with the same card ending 4471. Please refund one payment.",
    [("PERSON", "Chen Jiahui"), ("EMAIL_ADDRESS", "jiahui.chen@163.com"), ("PHONE_NUMBER", "+86 138 0013 4726")],
)

add(
    "ko",
    P,
    f"법인카드 사용내역 소명 요청\n카드번호: {K4}\n사용자: 임태윤 (정보화담당관실)\n사용일: 2024.11.14 / 가맹점: ○○한우 / 금액 482,000원\n소명서 초안 작성해줘",
    [("CREDIT_CARD", K4), ("PERSON", "임태윤")],
)

add(
    "ko",
    P,
    "감사 지적사항 회신\n지적내용: 계약직 근로자 인건비 지급 시 타인 명의 계좌로 이체\n대상: 계약직 유민혁 (본인 계좌 신한 110-327-558410 대신 모친 계좌 국민 620201-04-338172 로 입금)\n"
    "조치계획 작성 부탁",
    [("PERSON", "유민혁"), ("BANK_ACCOUNT", "110-327-558410"), ("BANK_ACCOUNT", "620201-04-338172")],
)

add(
    "mixed",
    P,
    "CloudWatch 로그 필터 패턴 만들어줘. 아래 같은 줄만 잡히게.\n"
    "[WARN] login failure user=admin_hs from 115.91.208.64 (3/5)\n[WARN] login failure user=admin_hs from 115.91.208.64 (4/5)\n[INFO] locked user=admin_hs",
    [("IP_ADDRESS", "115.91.208.64"), ("IP_ADDRESS", "115.91.208.64")],
)

add(
    "en",
    P,
    "IPv6 allowlist for the portal, check the syntax:\nallow 2001:db8:3c4d:15::1a2f;\nallow 2001:db8:3c4d:15::1a30;\ndeny all;",
    [("IP_ADDRESS", "2001:db8:3c4d:15::1a2f"), ("IP_ADDRESS", "2001:db8:3c4d:15::1a30")],
)

add(
    "ko",
    P,
    "학교폭력 사안 접수 보고 (요약 요청)\n피해학생: 3-4 한서준 / 보호자 한지민 010-6623-9104\n가해학생: 3-1 오태민 / 보호자 오경수 010-2289-4570\n"
    "발생장소: 학교 후문 / 일시: 11.22(금) 16:10\n보고서 2쪽 분량으로 요약",
    [
        ("PERSON", "한서준"),
        ("PERSON", "한지민"),
        ("PHONE_NUMBER", "010-6623-9104"),
        ("PERSON", "오태민"),
        ("PERSON", "오경수"),
        ("PHONE_NUMBER", "010-2289-4570"),
    ],
)

add(
    "ko",
    P,
    f"[행정정보공동이용 조회 결과 붙여넣기]\n성명 : 신동욱\n주민등록번호 : {R10}\n주소 : 경기도 수원시 팔달구 매산로 12-3, 4층\n세대구성 : 1인\n"
    "→ 주거급여 자격 판단 근거 정리",
    [("PERSON", "신동욱"), ("KR_RRN", R10), ("LOCATION", "경기도 수원시 팔달구 매산로 12-3, 4층")],
)

add(
    "en",
    P,
    f'Please fill the template with these values and return JSON.\nTemplate: {{"holder": "", "passport": "", "email": ""}}\nValues: holder Yoo Ha-jun, passport {PP4}, email hajun.yoo@korea.kr',
    [("PERSON", "Yoo Ha-jun"), ("KR_PASSPORT", PP4), ("EMAIL_ADDRESS", "hajun.yoo@korea.kr")],
)

add(
    "ko",
    P,
    "보건소 결핵 접촉자 조사 명단\n연번\t성명\t관계\t연락처\n1\t이경희\t동거가족\t010-3102-8849\n2\t박준서\t직장동료\t010-9561-2207\n3\t최라온\t직장동료\t031-456-7721\n"
    "검진 안내 문자 작성",
    [
        ("PERSON", "이경희"),
        ("PHONE_NUMBER", "010-3102-8849"),
        ("PERSON", "박준서"),
        ("PHONE_NUMBER", "010-9561-2207"),
        ("PERSON", "최라온"),
        ("PHONE_NUMBER", "031-456-7721"),
    ],
)

add(
    "ko",
    P,
    "행사 참가자 명찰 출력용 목록 정렬해줘 (가나다순)\n홍다은 / 기획재정부\n권태준 / 행정안전부\n안소율 / 국토교통부\n배지훈 / 보건복지부",
    [("PERSON", "홍다은"), ("PERSON", "권태준"), ("PERSON", "안소율"), ("PERSON", "배지훈")],
)

add(
    "ko",
    P,
    f"시설물 파손 손해배상 청구서 검토\n청구인: 노하윤 ({R14})\n사고장소: 강원특별자치도 원주시 시청로 1 앞 보도\n피해: 보도블록 파손으로 인한 발목 염좌\n"
    "배상금 입금계좌: 하나은행 391-910255-73107\n검토의견 써줘",
    [
        ("PERSON", "노하윤"),
        ("KR_RRN", R14),
        ("LOCATION", "강원특별자치도 원주시 시청로 1"),
        ("BANK_ACCOUNT", "391-910255-73107"),
    ],
)

add(
    "en",
    P,
    "Write a short LinkedIn-style thank-you note. Context: our intern Maria Santos (maria.santos@up.edu.ph) finished her 8-week placement; "
    "her supervisor was Jeong Yu-jin.",
    [("PERSON", "Maria Santos"), ("EMAIL_ADDRESS", "maria.santos@up.edu.ph"), ("PERSON", "Jeong Yu-jin")],
)

add(
    "ko",
    P,
    f"사업자 휴·폐업 조회 결과 표로 만들어줘\n{B1} 한빛돌봄센터 계속사업자\n{B5} 성진금속 휴업자(2024.10.01)\n{B3} 한결시스템(주) 계속사업자",
    [("KR_BRN", B1), ("KR_BRN", B5), ("KR_BRN", B3)],
)

add(
    "ko",
    P,
    "교육청 민원 회신 메일 작성 요청\n받는 사람: 학부모 정세아 <sea.jung@kakao.com>\n내용: 통학버스 노선 변경 요청에 대한 검토 결과 (불가, 대체 정류장 안내)",
    [("PERSON", "정세아"), ("EMAIL_ADDRESS", "sea.jung@kakao.com")],
)

add(
    "mixed",
    P,
    '이 Kotlin 테스트 fixture에서 실데이터 같은 거 다 가짜로 바꿔줘\n```kotlin\nval citizen = Citizen(\n    name = "방예준",\n'
    f'    rrn = "{R12}",\n    phone = "010-4729-1806",\n    address = "제주특별자치도 제주시 연북로 154, 3층"\n)\n```',
    [
        ("PERSON", "방예준"),
        ("KR_RRN", R12),
        ("PHONE_NUMBER", "010-4729-1806"),
        ("LOCATION", "제주특별자치도 제주시 연북로 154, 3층"),
    ],
)

add(
    "ko",
    P,
    "기초연금 신청 상담 녹취 요약해줘.\n상담사: 어르신 성함이 어떻게 되세요?\n민원인: 김말순이요. 주소는 전라남도 여수시 좌수영로 203, 101동 305호고요.\n"
    "상담사: 연락처는요?\n민원인: 집전화 061-682-3307, 아들 핸드폰은 010-4096-2281.",
    [
        ("PERSON", "김말순"),
        ("LOCATION", "전라남도 여수시 좌수영로 203, 101동 305호"),
        ("PHONE_NUMBER", "061-682-3307"),
        ("PHONE_NUMBER", "010-4096-2281"),
    ],
)

add(
    "en",
    P,
    "Consular case note, turn into a formal report:\nCitizen: PARK JIHOON (DOB 1994-05-17), passport M71845520, detained at Heathrow on 26 Nov.\n"
    "Next of kin: Park Mi-ok, +82-10-5527-3194. Lawyer: Rachel Okafor (rokafor@okaforlegal.co.uk).",
    [
        ("PERSON", "PARK JIHOON"),
        ("KR_PASSPORT", PP5),
        ("PERSON", "Park Mi-ok"),
        ("PHONE_NUMBER", "+82-10-5527-3194"),
        ("PERSON", "Rachel Okafor"),
        ("EMAIL_ADDRESS", "rokafor@okaforlegal.co.uk"),
    ],
)

add(
    "ko",
    P,
    "청년월세 지원 신청 반려 사유 설명문 작성\n신청인: 서민규 (만 27세)\n임차주택: 서울특별시 관악구 신림로 23길 16, 201호\n"
    "반려사유: 임대인 오정숙과 직계혈족 관계(모자)로 지원 제외",
    [("PERSON", "서민규"), ("LOCATION", "서울특별시 관악구 신림로 23길 16, 201호"), ("PERSON", "오정숙")],
)

add(
    "ko",
    P,
    f"건강보험 피부양자 등록 신청서 — 자동입력 확인\n직장가입자: 최준혁 / 건강보험증번호 {HI3}\n피부양자: 최하린(자녀) {R4}\n빠진 칸 있나?",
    [("PERSON", "최준혁"), ("KR_HEALTH_INSURANCE", HI3), ("PERSON", "최하린"), ("KR_RRN", R4)],
)

add(
    "ko",
    P,
    "협약기관 담당자 연락처 업데이트\n기관\t담당자\t전화\t팩스\n○○복지관\t김은호 팀장\t042-861-3390\t042-861-3391\n△△지역아동센터\t황선영 센터장\t070-4412-8803\t-\n"
    "이 표를 주소록 vCard 형식으로 변환",
    [
        ("PERSON", "김은호"),
        ("PHONE_NUMBER", "042-861-3390"),
        ("PHONE_NUMBER", "042-861-3391"),
        ("PERSON", "황선영"),
        ("PHONE_NUMBER", "070-4412-8803"),
    ],
)

add(
    "en",
    P,
    "Clean up this CRM export (tab-separated) and dedupe:\nName\tEmail\tPhone\nOliver Bennett\toliver.bennett@btinternet.com\t+44 20 7946 0321\n"
    "Oliver Bennett\tOLIVER.BENNETT@BTINTERNET.COM\t020 7946 0321\nSunita Kapoor\tsunita.k@rediffmail.com\t+91 98201 44731",
    [
        ("PERSON", "Oliver Bennett"),
        ("EMAIL_ADDRESS", "oliver.bennett@btinternet.com"),
        ("PHONE_NUMBER", "+44 20 7946 0321"),
        ("PERSON", "Oliver Bennett"),
        ("EMAIL_ADDRESS", "OLIVER.BENNETT@BTINTERNET.COM"),
        ("PHONE_NUMBER", "020 7946 0321"),
        ("PERSON", "Sunita Kapoor"),
        ("EMAIL_ADDRESS", "sunita.k@rediffmail.com"),
        ("PHONE_NUMBER", "+91 98201 44731"),
    ],
)

add(
    "ko",
    P,
    f"체납자 재산조회 결과 (세무과)\n체납자: 도경환 ({R17})\n예금: 국민 046-21-0738-119 잔액 1,240,330원 / 카카오뱅크 3333-12-4480917 잔액 0원\n"
    "압류 통지서 초안",
    [("PERSON", "도경환"), ("KR_RRN", R17), ("BANK_ACCOUNT", "046-21-0738-119"), ("BANK_ACCOUNT", "3333-12-4480917")],
)

add(
    "ko",
    P,
    "원격지원 요청 — 자리 PC IP 10.140.22.87, 내선 02-2100-4417, 사용자 한승우 주무관. 프린터 드라이버 재설치 요청 메시지 작성",
    [("IP_ADDRESS", "10.140.22.87"), ("PHONE_NUMBER", "02-2100-4417"), ("PERSON", "한승우")],
)

add(
    "ko",
    P,
    f"외국인 주민 생활안내 통역 요청\n대상: 누르벡 아실베코프(키르기스스탄), 외국인등록번호 {A4}\n주소: 경기도 안산시 단원구 원곡로 45, 지하1층\n"
    "러시아어로 쓰레기 분리배출 안내문 번역해줘",
    [("PERSON", "누르벡 아실베코프"), ("KR_ALIEN_REG", A4), ("LOCATION", "경기도 안산시 단원구 원곡로 45, 지하1층")],
)

add(
    "ko",
    P,
    '119 상황실 무전 녹취 정리\n"구급 3, 요구조자 이름 박정례, 81세, 주소 충청남도 천안시 동남구 충절로 610, 205동 1404호, 보호자 번호 공일공... 아니 010-6284-1937 입니다"',
    [
        ("PERSON", "박정례"),
        ("LOCATION", "충청남도 천안시 동남구 충절로 610, 205동 1404호"),
        ("PHONE_NUMBER", "010-6284-1937"),
    ],
)

add(
    "ko",
    P,
    f"공공기관 입찰참가자격 등록증 대조\n업체: (주)그린로드 / 법인등록번호 {C4} / 사업자등록번호 {B2}\n대표: 채도현 / 담당자 메일 bid@greenroad.co.kr\n일치여부 판단해줘",
    [("KR_CRN", C4), ("KR_BRN", B2), ("PERSON", "채도현"), ("EMAIL_ADDRESS", "bid@greenroad.co.kr")],
)

add(
    "mixed",
    P,
    "문자 발송 API 요청 바디 검토\n"
    + json.dumps(
        {
            "sender": "0262080114",
            "receivers": [{"name": "전미숙", "phone": "01073382954"}, {"name": "노승현", "phone": "01049921508"}],
            "msg": "[구청] 건강검진 안내",
        },
        ensure_ascii=False,
    ),
    [
        ("PHONE_NUMBER", "0262080114"),
        ("PERSON", "전미숙"),
        ("PHONE_NUMBER", "01073382954"),
        ("PERSON", "노승현"),
        ("PHONE_NUMBER", "01049921508"),
    ],
)

add(
    "ko",
    P,
    "수업 중 다친 학생 보험 청구 안내 (학교안전공제회)\n학생: 2학년 5반 염지후\n보호자: 염태식, 계좌 새마을금고 9002-1947-3381-5\n사고 일시: 11.19 체육시간 농구 중 손가락 탈구\n청구 안내문 작성",
    [("PERSON", "염지후"), ("PERSON", "염태식"), ("BANK_ACCOUNT", "9002-1947-3381-5")],
)

add(
    "ko",
    P,
    "리모델링 공사 민원 — 아랫집 주민 정승희(010-3390-7115) 소음·누수 피해 주장. 공사 세대: 경기도 성남시 분당구 불정로 90, 608동 1202호. 중재 회의 안건 정리",
    [
        ("PERSON", "정승희"),
        ("PHONE_NUMBER", "010-3390-7115"),
        ("LOCATION", "경기도 성남시 분당구 불정로 90, 608동 1202호"),
    ],
)

add(
    "en",
    P,
    "Check this scholarship payment file before upload:\nstudent_id,name,bank,account,amount\n2024-01187,Nguyen Van Duc,Shinhan,110-561-284937,1500000\n"
    "2024-01203,Aigerim Sadykova,KB,810201-04-119283,1500000",
    [
        ("PERSON", "Nguyen Van Duc"),
        ("BANK_ACCOUNT", "110-561-284937"),
        ("PERSON", "Aigerim Sadykova"),
        ("BANK_ACCOUNT", "810201-04-119283"),
    ],
)

add(
    "ko",
    P,
    "퇴직공무원 연금 수령계좌 변경 신청\n성명: 남기춘 (전 ○○군청 지방행정주사)\n변경 전: 농협 351-0447-2918-63\n변경 후: 우체국 012345-02-417729\n접수 확인 문자",
    [("PERSON", "남기춘"), ("BANK_ACCOUNT", "351-0447-2918-63"), ("BANK_ACCOUNT", "012345-02-417729")],
)

add(
    "en",
    P,
    "Incident timeline for the post-mortem, tighten the wording:\n09:41 WAF blocked 4,200 requests from 45.133.172.19 and 45.133.172.20\n"
    "09:55 on-call (Daniel Park) added both to the deny list\n10:20 scan resumed from 185.220.101.47",
    [
        ("IP_ADDRESS", "45.133.172.19"),
        ("IP_ADDRESS", "45.133.172.20"),
        ("PERSON", "Daniel Park"),
        ("IP_ADDRESS", "185.220.101.47"),
    ],
)

add(
    "ko",
    P,
    "정보공개청구 처리 — 청구인 안도윤 (dy.ahn@gmail.com, 010-7718-4402) 청구내용: 2023년 업무추진비 집행내역. 부분공개 결정 통지서 작성",
    [("PERSON", "안도윤"), ("EMAIL_ADDRESS", "dy.ahn@gmail.com"), ("PHONE_NUMBER", "010-7718-4402")],
)

add(
    "ko",
    P,
    f"산불감시원 채용 서류 — 운전면허 사본 OCR\n자동차운전면허증\n{DL3}\n성명 황정구\n주소 경상남도 하동군 하동읍 섬진강대로 2240\n적성검사 2025.12.31",
    [("KR_DRIVER_LICENSE", DL3), ("PERSON", "황정구"), ("LOCATION", "경상남도 하동군 하동읍 섬진강대로 2240")],
)

add(
    "en",
    P,
    'Write a polite chaser to the hotel.\n"Dear Ms. Ito, we have not yet received the invoice for our delegation (Kim Do-hyun, Lee Ha-eun, Choi Min-jae). '
    'Please send it to budget.intl@moel.go.kr. Best, Park Seo-jun"',
    [
        ("PERSON", "Ito"),
        ("PERSON", "Kim Do-hyun"),
        ("PERSON", "Lee Ha-eun"),
        ("PERSON", "Choi Min-jae"),
        ("EMAIL_ADDRESS", "budget.intl@moel.go.kr"),
        ("PERSON", "Park Seo-jun"),
    ],
)

add(
    "ko",
    P,
    f"공유차량 운전자 인증 실패 CS 기록\n회원: 이채윤 / 면허번호 {DL4} / 휴대폰 010-2210-4583\n실패사유: 면허 갱신 후 정보 불일치\n답변 매크로 작성",
    [("PERSON", "이채윤"), ("KR_DRIVER_LICENSE", DL4), ("PHONE_NUMBER", "010-2210-4583")],
)

add(
    "ko",
    P,
    "지역사회보장협의체 회의록 요약\n참석: 위원장 강명수, 간사 윤다인, 위원 최병철·임수경\n안건 1. 위기가구 발굴: 독거 어르신 문정자(동구 거주) 사례 공유 — 단전 3개월",
    [("PERSON", "강명수"), ("PERSON", "윤다인"), ("PERSON", "최병철"), ("PERSON", "임수경"), ("PERSON", "문정자")],
)

add(
    "en",
    P,
    f"Our vendor needs a W-8BEN-E style summary. Entity: Hanbit Care Center, Korean BRN {B1}, contact Seo Ji-an, +82 31-945-2207.",
    [("KR_BRN", B1), ("PERSON", "Seo Ji-an"), ("PHONE_NUMBER", "+82 31-945-2207")],
)

add(
    "ko",
    P,
    f"카드사 민원 이첩 — 부정사용 의심 거래\n카드: {K7}\n명의자: 조현우\n거래: 11/27 03:12 해외 온라인 USD 899.00\n이첩 공문 작성",
    [("CREDIT_CARD", K7), ("PERSON", "조현우")],
)

add(
    "ko",
    P,
    "요양원 입소 대기자 명단 정리해줘\n1. 김복례(89) 보호자 김상훈 010-4420-7751\n2. 이순임(92) 보호자 이미정 010-8813-0296\n3. 한덕희? → 동명이인 확인 필요, 보호자 연락처 미기재",
    [
        ("PERSON", "김복례"),
        ("PERSON", "김상훈"),
        ("PHONE_NUMBER", "010-4420-7751"),
        ("PERSON", "이순임"),
        ("PERSON", "이미정"),
        ("PHONE_NUMBER", "010-8813-0296"),
        ("PERSON", "한덕희"),
    ],
)

add(
    "mixed",
    P,
    "Jira 이슈 설명 다듬어줘: [BUG] 민원인 조회 API가 마스킹 없이 반환됨. 재현: GET /api/v2/citizens/8812 → 마스킹(임**)을 기대했는데 실제 응답은 "
    f"name=임하은, rrn={R6}, mobile=010-3384-2019",
    [("PERSON", "임하은"), ("KR_RRN", R6), ("PHONE_NUMBER", "010-3384-2019")],
)

add(
    "ko",
    P,
    "국외출장 결과보고서 인적사항란\n성명: 송재원 / 직급: 서기관 / 여권번호: M853K2047 아님 — 신여권 M602A9183 기재\n출장지: 제네바",
    [("PERSON", "송재원"), ("KR_PASSPORT", PP2), ("KR_PASSPORT", PP4)],
)

add(
    "en",
    P,
    "Summarise the attached résumé in 5 bullets:\nJOANNA MERCER\n42 Kingsley Court, Bristol BS8 1TH | joanna.mercer@protonmail.com | 07700 900287\n"
    "Policy analyst, 9 years, digital government...",
    [
        ("PERSON", "JOANNA MERCER"),
        ("LOCATION", "42 Kingsley Court, Bristol BS8 1TH"),
        ("EMAIL_ADDRESS", "joanna.mercer@protonmail.com"),
        ("PHONE_NUMBER", "07700 900287"),
    ],
)


add(
    "ko",
    P,
    f"건강보험 자격득실 확인서 내용 정리\n가입자: 오현석 / 건강보험증번호 {HI4}\n취득일: 2019.03.02 (직장가입자, ○○시청)\n상실일: -\n"
    "→ 공무원 채용 서류 제출용으로 필요한 항목만 뽑아줘",
    [("PERSON", "오현석"), ("KR_HEALTH_INSURANCE", HI4)],
)

add(
    "ko",
    P,
    f"감사 지적: 보조사업자 법인 변경 미신고\n사업자: 사회복지법인 늘봄 (법인등록번호 {C4})\n대표이사 변경: 김용태 → 서하윤 (2024.06.)\n시정요구문 작성",
    [("KR_CRN", C4), ("PERSON", "김용태"), ("PERSON", "서하윤")],
)

add(
    "ko",
    P,
    f"공영주차장 장애인 정기권 신청 검토\n신청인: 배성진 / 운전면허 {DL5} / 차량 소유주 동일\n주소: 경기도 의정부시 시민로 1, 101동 1207호\n승인 안내문 작성",
    [("PERSON", "배성진"), ("KR_DRIVER_LICENSE", DL5), ("LOCATION", "경기도 의정부시 시민로 1, 101동 1207호")],
)

add(
    "ko",
    P,
    f"다문화가정 학부모 상담 예약표\n학생: 1학년 3반 박리나\n보호자(모): 마리셀 레예스 (필리핀) 외국인등록번호 {A6}\n통역 필요: 영어/타갈로그어\n연락처 010-9216-4480\n상담 안내 가정통신문 써줘",
    [("PERSON", "박리나"), ("PERSON", "마리셀 레예스"), ("KR_ALIEN_REG", A6), ("PHONE_NUMBER", "010-9216-4480")],
)

add(
    "en",
    P,
    f"Delegation list for the Jakarta smart-city forum, please format as a table:\n1. KIM Seo-yoon, Director, passport {PP7}\n2. RYU Geon-woo, Deputy Director, passport {PP6}\n"
    "3. One interpreter TBD",
    [("PERSON", "KIM Seo-yoon"), ("KR_PASSPORT", PP7), ("PERSON", "RYU Geon-woo"), ("KR_PASSPORT", PP6)],
)

add(
    "en",
    P,
    'Please simplify this benefits letter for a non-native reader:\n"Dear Mr. Nazarov, we write regarding your housing benefit claim for 21, Wongok-ro 45beon-gil, Danwon-gu, Ansan-si, Gyeonggi-do. '
    'We need a copy of your tenancy agreement by 13 December."',
    [("PERSON", "Nazarov"), ("LOCATION", "21, Wongok-ro 45beon-gil, Danwon-gu, Ansan-si, Gyeonggi-do")],
)

add(
    "mixed",
    P,
    'TOML 설정 검토 (메일 발송 모듈)\n[smtp]\nhost = "10.52.3.18"\nport = 587\n[alert]\nto = ["jaewon.song@moel.go.kr", "security-ops@moel.go.kr"]\n담당: 송재원',
    [
        ("IP_ADDRESS", "10.52.3.18"),
        ("EMAIL_ADDRESS", "jaewon.song@moel.go.kr"),
        ("EMAIL_ADDRESS", "security-ops@moel.go.kr"),
        ("PERSON", "송재원"),
    ],
)

add(
    "ko",
    P,
    "인사발령 후 관사 배정 명단\n성명\t발령지\t관사 주소\n함지우\t울릉군청\t경상북도 울릉군 울릉읍 도동길 81, 203호\n여태준\t흑산면사무소\t전라남도 신안군 흑산면 예리길 12\n입주 안내 문자",
    [
        ("PERSON", "함지우"),
        ("LOCATION", "경상북도 울릉군 울릉읍 도동길 81, 203호"),
        ("PERSON", "여태준"),
        ("LOCATION", "전라남도 신안군 흑산면 예리길 12"),
    ],
)


# ================================================================ OBFUSCATED
def ko_all(s: str, zero: str = "공") -> str:
    return "".join((zero if c == "0" else KO_DIGIT[int(c)]) if c.isdigit() else c for c in s)


def hanja(s: str) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] if c.isdigit() else c for c in s)


def persian(s: str) -> str:
    return "".join(chr(0x06F0 + int(c)) if c.isdigit() else c for c in s)


EN_WORD = "zero one two three four five six seven eight nine".split()

o = kow("010-3847-2291")
add(
    "ko",
    OB,
    f"119 신고 접수 메모 (음성인식 변환)\n신고자 권순자, 회신번호 {o}, 호흡곤란 호소\n→ 표준 출동지령 문구로 바꿔줘",
    [("PERSON", "권순자"), ("PHONE_NUMBER", o)],
)

o = f"{R2[:6]} |\n| 뒷자리 | {R2[7:]}"
add(
    "ko",
    OB,
    f"스캔한 신청서 표를 텍스트로 옮겼는데 정리해줘\n| 성명 | 안태성 |\n| 앞자리 | {o} |\n| 연락처 | 010-5819-2270 |",
    [("PERSON", "안태성"), ("KR_RRN", o), ("PHONE_NUMBER", "010-5819-2270")],
)

o = f"{R5[7:]}-{R5[:6]}"
add(
    "ko",
    OB,
    f"(보안상 뒷자리-앞자리 순서로 바꿔 적음) 윤상철 주민번호 {o} — 환수 고지 대상 맞는지 확인",
    [("PERSON", "윤상철"), ("KR_RRN", o)],
)

o = R9.replace("-", "/")
add(
    "ko",
    OB,
    f"급여 담당자 메모: 심가은 주민번호 {o} (슬래시로 적음) 연말정산 부양가족 확인 요청",
    [("PERSON", "심가은"), ("KR_RRN", o)],
)

o = "010_4419_2076"
add(
    "ko",
    OB,
    f"택배 기사님 메모: 송하람 고객 {o} 로 연락 후 문앞 배송. 반송 처리 문구 써줘",
    [("PERSON", "송하람"), ("PHONE_NUMBER", o)],
)

o = "110~482~739105"
add(
    "ko",
    OB,
    f"긴급지원금 계좌 (물결표 구분) 신한 {o} 예금주 고유찬 — 지급 확인 문자 써줘",
    [("BANK_ACCOUNT", o), ("PERSON", "고유찬")],
)

o = K1.replace("-", "·")
add("ko", OB, f"환불 받을 카드번호가 {o} 이래요. 고객 안내 멘트 다듬어줘", [("CREDIT_CARD", o)])

o = "010∙6038∙2914"
add("ko", OB, f"당직 연락처 (허윤아) {o} — 비상연락망 표에 넣어줘", [("PERSON", "허윤아"), ("PHONE_NUMBER", o)])

o = B4.replace("-", "‧")
add(
    "ko",
    OB,
    f"세금계산서 공급받는자 등록번호가 {o} 처럼 가운데점으로 찍혀 나옴. 시스템 오류 문의 메일 써줘",
    [("KR_BRN", o)],
)

o = arabic("010-2958-7741")
add(
    "mixed",
    OB,
    f'아랍어 안내문 검수 부탁. 숫자가 아랍 숫자로 바뀌었는지 봐줘: "للاستفسار اتصل بالمكتب على الرقم {o}"',
    [("PHONE_NUMBER", o)],
)

o = bold(K6)
add(
    "mixed",
    OB,
    f'인스타 DM 캡처 텍스트인데 사기 의심 맞지? "결제 오류나서 카드번호 {o} 로 다시 보내주세요"',
    [("CREDIT_CARD", o)],
)

o = sup("010-4419-2076")
add(
    "ko",
    OB,
    f"워드에서 복사하니 위첨자로 바뀌었어요: 담당 송하람 {o}. 원래대로 고쳐줘",
    [("PERSON", "송하람"), ("PHONE_NUMBER", o)],
)

o = "seoyul.moon(at)gmail[dot]com"
add(
    "ko",
    OB,
    f"방과후 강사 문서율 선생님 메일은 {o} 입니다. 위촉장 발송 메일 써줘",
    [("PERSON", "문서율"), ("EMAIL_ADDRESS", o)],
)

o = "taerin dot eom at gyeonggi dot go dot kr"
add(
    "en",
    OB,
    f'Voice memo transcript: "send the final list to {o} before Friday" — turn this into a to-do item.',
    [("EMAIL_ADDRESS", o)],
)

o = "ds.kang77 골뱅이 naver 닷컴"
add(
    "ko",
    OB,
    f"학부모 강동석 님이 메일 주소를 {o} 이라고 불러주셨어. 안내문 보낼 주소 형식으로 바꿔줘",
    [("PERSON", "강동석"), ("EMAIL_ADDRESS", o)],
)

o = b64(R6)
add(
    "mixed",
    OB,
    f'API 응답 디코딩해서 필드 설명해줘\n{{"id": 8812, "nm": "임하은", "rrn_b64": "{o}"}}',
    [("PERSON", "임하은"), ("KR_RRN", o)],
)

o = b"010-7302-6614".hex()
add(
    "mixed",
    OB,
    f"MQ 메시지 덤프: recipient_hex={o} template=SCHOOL_TRIP_01 — 어떤 값인지 해석해줘",
    [("PHONE_NUMBER", o)],
)

o = urllib.parse.quote("jiwon.pyeon@korea.kr", safe="")
add(
    "en",
    OB,
    f"Why does this unsubscribe link 404? https://mail.example.go.kr/unsub?addr={o}&list=weekly",
    [("EMAIL_ADDRESS", o)],
)

o = between(R10, "\u200b")
add(
    "ko",
    OB,
    f"주거급여 조회 대상: 신동욱 {o} (복붙하니 이상한 공백이 섞임) 조회 화면에 안 들어가는데 왜 그래?",
    [("PERSON", "신동욱"), ("KR_RRN", o)],
)

o = between(K4, "\u00ad")
add(
    "ko",
    OB,
    f"법인카드 번호 {o} 로 결제 취소 요청 공문 써줘 (사용자 임태윤)",
    [("CREDIT_CARD", o), ("PERSON", "임태윤")],
)

o = between("010-2047-8813", "\u200c")
add(
    "ko",
    OB,
    f"분실신고자 조은비 연락처 {o} 로 회신 문자 보내기 전에 문구 검토",
    [("PERSON", "조은비"), ("PHONE_NUMBER", o)],
)

o = fw(R14)
add(
    "ko",
    OB,
    f"손해배상 청구서(한글파일) 주민번호가 전각으로 입력됨: {o} — 청구인 노하윤. 반각으로 바꿔줘",
    [("KR_RRN", o), ("PERSON", "노하윤")],
)

o = fw("010-8841-2263")
add(
    "ko", OB, f"분실 신고 고객 전다혜 님 번호 {o} 로 접수 완료 알림톡 작성", [("PERSON", "전다혜"), ("PHONE_NUMBER", o)]
)

o = " ".join("010-5528-0193")
add(
    "ko",
    OB,
    f"보호자 이수정 님 전화번호(띄어쓰기 입력): {o}. 명단에 정리해서 넣어줘",
    [("PERSON", "이수정"), ("PHONE_NUMBER", o)],
)

o_loc = " ".join("서울특별시") + " " + " ".join("강서구") + " " + " ".join("공항대로") + " 2 4 7 , 7 0 2 동 1 5 0 3 호"
o_per = " ".join("김서윤")
add(
    "ko",
    OB,
    f"OCR 결과 띄어쓰기가 다 깨졌어. 정상 문장으로 복원해줘\n수 취 인 : {o_per}\n주 소 : {o_loc}\n반 송 사 유 : 수 취 인 부 재",
    [("PERSON", o_per), ("LOCATION", o_loc)],
)

o = ko_all("010-7719-0452")
add(
    "ko",
    OB,
    f"동승보호자 차은결 선생님 번호 받아 적은 거: {o}. 숫자로 바꿔서 명단에 넣어줘",
    [("PERSON", "차은결"), ("PHONE_NUMBER", o)],
)

o = hanja("010-6629-3017")
add(
    "ko",
    OB,
    f"옛날 서식에 한자 숫자로 적힌 연락처 {o} (권나래) — 여권 재발급 안내 문자 보낼 때 쓸 거야",
    [("PHONE_NUMBER", o), ("PERSON", "권나래")],
)

o = "O1O-4827-1l53"
add(
    "ko",
    OB,
    f"당직자 백도윤 번호가 {o} 로 적혀 있음 (알파벳 섞임). 비상연락망 갱신 메일 써줘",
    [("PERSON", "백도윤"), ("PHONE_NUMBER", o)],
)

o = "jiwon . pyeon @ korea . kr"
add(
    "ko",
    OB,
    f"회의록에 편지원 주무관 메일이 {o} 로 띄어져 있어. 참석자 명단 표로 만들어줘",
    [("PERSON", "편지원"), ("EMAIL_ADDRESS", o)],
)

o = "211[.]58[.]102[.]37"
add(
    "en",
    OB,
    f"IOC list for the CERT bulletin, keep it defanged: {o} (brute force), hxxp://login-mois[.]com (phishing). Write the summary.",
    [("IP_ADDRESS", o)],
)

o = "10.41.7(.)212"
add(
    "en",
    OB,
    f"Threat intel note says the beacon went to {o} inside our network. Is that one of our DB hosts? Draft the question to infra.",
    [("IP_ADDRESS", o)],
)

o = "1002-847\n(다음 줄에 계속) -316520"
add(
    "ko",
    OB,
    f"지급명단 엑셀에서 셀이 줄바꿈돼서 계좌가 이렇게 복사됨: 우리 {o} / 예금주 추수빈. 한 줄로 합쳐줘",
    [("BANK_ACCOUNT", o), ("PERSON", "추수빈")],
)

o = "5409 이육일팔 3307 " + K2.split("-")[3]
add("ko", OB, f"전화로 불러준 카드번호를 받아쓴 거예요: {o}. 분실신고 접수 기록에 정리해줘", [("CREDIT_CARD", o)])

o = json_esc("010-4729-1806")
add("mixed", OB, f'로그에 이스케이프된 문자열이 찍혀: "phone":"{o}" — 디코딩하면 뭐야?', [("PHONE_NUMBER", o)])

o = html_ent(R12)
add(
    "mixed",
    OB,
    f"HTML 소스에 이렇게 박혀 있어요 <td>방예준</td><td>{o}</td> 화면에 뭐로 보이는지 알려줘",
    [("PERSON", "방예준"), ("KR_RRN", o)],
)

o = R15.replace("-", ".")
add(
    "ko",
    OB,
    f"연금 이체 오류 대상자 남궁현우, 번호 {o} (점으로 구분된 걸로 받음)",
    [("PERSON", "남궁현우"), ("KR_RRN", o)],
)

o = circ("010-3305-9127")
add(
    "ko",
    OB,
    f"민원인 양시우 연락처가 원문자로 입력됨 {o} — 회신 전에 정상 번호로 변환해줘",
    [("PERSON", "양시우"), ("PHONE_NUMBER", o)],
)

o = fw(K5[:10]) + K5[10:]
add(
    "ko",
    OB,
    f"카드번호 일부만 전각인 채로 붙여넣음: {o} (임태윤 한도증액 신청)",
    [("CREDIT_CARD", o), ("PERSON", "임태윤")],
)

o = "김.서.윤"
add("ko", OB, f"수취인 이름을 {o} 처럼 점 찍어서 적어왔는데, 반송 안내문에 넣을 때 어떻게 써?", [("PERSON", o)])

o = "zero one zero, eight eight three four, two zero nine one"
add(
    "en",
    OB,
    f'Call transcript: "yeah my number\'s {o}" — caller Priya Raman. Please log this as a callback task.',
    [("PHONE_NUMBER", o), ("PERSON", "Priya Raman")],
)

o = " ".join(PP1)
add(
    "ko",
    OB,
    f"출장자 최민재 여권번호가 칸마다 한 글자씩: {o}. 비자 신청서에 붙여넣을 수 있게 합쳐줘",
    [("PERSON", "최민재"), ("KR_PASSPORT", o)],
)

o = "농협 삼오이-공구일칠-사사팔삼-이일"
add(
    "ko",
    OB,
    f"수급비 입금계좌를 말로 불러주심: {o}. 어르신 권순자 님 계좌 변경 처리",
    [("BANK_ACCOUNT", "삼오이-공구일칠-사사팔삼-이일"), ("PERSON", "권순자")],
)

o = between("sujung.lee@daum.net", "\u00ad")
add(
    "ko",
    OB,
    f"이 메일 주소가 발송 실패해: {o} (보호자 이수정) 원인이 뭘까?",
    [("EMAIL_ADDRESS", o), ("PERSON", "이수정")],
)

o = "211 . 58 . 102 . 37"
add(
    "ko",
    OB,
    f"방화벽 차단 요청서 (메신저로 받은 그대로): 출발지 {o}, 목적지 내부 포털. 요청서 양식으로 써줘",
    [("IP_ADDRESS", o)],
)

o = B5.replace("-", "_")
add("ko", OB, f"파일명에서 뽑은 사업자번호: 성진금속_{o}_휴업신고.pdf — 어느 업체인지 표시해줘", [("KR_BRN", o)])

o = C1.replace("-", " / ")
add("ko", OB, f"법인등록번호를 {o} 로 나눠 적었는데 등기 조회용으로 합쳐줘 ((주)세진정보기술)", [("KR_CRN", o)])

o = fw(A1)
add(
    "ko",
    OB,
    f"체류기간 연장 신청서 외국인등록번호 칸이 전각: {o} (응우옌 티 란)",
    [("KR_ALIEN_REG", o), ("PERSON", "응우옌 티 란")],
)

o = "일일-17-284305-62"
add(
    "ko",
    OB,
    f"운전자 마동균 면허번호를 받아 적음: {o} (앞 두 자리는 한글로 적힘) — 통학버스 신고서에 기재",
    [("PERSON", "마동균"), ("KR_DRIVER_LICENSE", o)],
)

o = between(HI2, "\u200b")
add(
    "ko",
    OB,
    f"건강보험증번호 {o} 복붙했더니 조회가 안 돼요 (백순례 어르신)",
    [("KR_HEALTH_INSURANCE", o), ("PERSON", "백순례")],
)

o = "010 (하이픈) 7719 (하이픈) 0452"
add("ko", OB, f"음성 메모 받아쓰기: 차은결 선생님 번호 {o}", [("PERSON", "차은결"), ("PHONE_NUMBER", o)])

o = "sujung.lee 골뱅이 daum 쩜 net"
add("ko", OB, f"전화로 받은 이메일: {o}. 주소 형식으로 고쳐서 안내문 보내줘", [("EMAIL_ADDRESS", o)])

o = R9.replace("-", "%2D")
add(
    "en",
    OB,
    f"This GET request leaks data in the access log, explain why: GET /payroll/lookup?rrn={o}&y=2024 HTTP/1.1",
    [("KR_RRN", o)],
)

o = b64(K3.replace("-", ""))
add(
    "mixed",
    OB,
    f"결제 로그 payload 필드가 base64야: card={o} — 디코딩해서 어떤 카드사인지 알려줘",
    [("CREDIT_CARD", o)],
)

o = b"yuna.heo@mois.go.kr".hex()
add(
    "en",
    OB,
    f"The audit table stores the requester as hex: requester={o}. Decode it and tell me who requested the export.",
    [("EMAIL_ADDRESS", o)],
)

o = ko_all(R17[:6]) + R17[6:]
add(
    "ko",
    OB,
    f"체납자 도경환 주민번호를 앞자리만 한글로 적어 옴: {o}. 압류 통지서에 숫자로 넣어줘",
    [("PERSON", "도경환"), ("KR_RRN", o)],
)

o = "010 | 6612 | 0937"
add(
    "ko",
    OB,
    f"출동일지 표가 칸으로 쪼개짐\n| 신고자 | 최영호 | {o} |\n정리 부탁",
    [("PERSON", "최영호"), ("PHONE_NUMBER", o)],
)

o = "M47O28391"
add(
    "ko",
    OB,
    f"여권번호 입력 오류: {o} (숫자 0 자리에 알파벳 O) — 최민재 출장자 비자서류 수정",
    [("KR_PASSPORT", o), ("PERSON", "최민재")],
)

o = "211。58。102。37"
add("ko", OB, f"중국어 입력기로 적어서 점이 이상해짐: 접속 IP {o}, 차단 요청서 작성", [("IP_ADDRESS", o)])

o = "t.kowalczyk＠outlook.com"
add(
    "en",
    OB,
    f"The form rejects this address (full-width at sign): {o}. Tomasz says it's his only email — how do I fix it?",
    [("EMAIL_ADDRESS", o), ("PERSON", "Tomasz")],
)

o = bold(A2)
add(
    "ko",
    OB,
    f"홍보물 폰트가 수학 굵은 글씨로 바뀌면서 외국인등록번호 {o} 가 들어감 (루스탐 나자로프). 파기 요청 공문 작성",
    [("KR_ALIEN_REG", o), ("PERSON", "루스탐 나자로프")],
)

o = "010ㅡ2741ㅡ8830"
add(
    "ko",
    OB,
    f"학부모 강동석 님이 문자로 보낸 번호: {o} (하이픈 대신 ㅡ) 연락망에 넣어줘",
    [("PERSON", "강동석"), ("PHONE_NUMBER", o)],
)

o = R1.replace("-", "ㅡ")
add(
    "ko",
    OB,
    f"수급자 권순자 주민번호 {o} 로 입력돼 있어 조회가 안 됨. 원인 설명",
    [("PERSON", "권순자"), ("KR_RRN", o)],
)

o = persian("010-3928-5510")
add(
    "mixed",
    OB,
    f'페르시아어 안내문 번역 확인: "با آقای Choi Min-jae به شماره {o} تماس بگیرید"',
    [("PERSON", "Choi Min-jae"), ("PHONE_NUMBER", o)],
)

o = "010·5173·6402번"
add(
    "ko",
    OB,
    f"변수빈 어르신 새 번호 {o}으로 바뀜. 노인일자리 명단 수정 요청 메일",
    [("PERSON", "변수빈"), ("PHONE_NUMBER", "010·5173·6402")],
)

o = "4579 7241\n0385 2164"
assert o.replace("\n", "-").replace(" ", "-") == K1
add("ko", OB, f"카드 앞면 OCR 결과 두 줄로 나옴:\n{o}\nVALID THRU 08/27\n환불 처리 메모 작성", [("CREDIT_CARD", o)])


# ================================================================ NEGATIVE (no personal data)
def rrn_like_fails(d13: str) -> str:
    assert len(d13) == 13 and rrn_check(d13[:12]) != int(d13[12])
    return d13


def issn(first7: str) -> str:
    s = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if c == 10 else c}"


EANS = [rrn_like_fails(ean13(x)) for x in ("880110203948", "880100437716", "880123418806", "880109955102")]
ORDER16 = luhn_fail("2024112815372046")
ORDER16B = luhn_fail("5310427788104936")

add(
    "ko",
    N,
    "판결 요지 정리해줘. 사건번호 2024가합12345 손해배상(기). 원고는 피고 지방자치단체가 관리하는 보도의 하자로 상해를 입었다고 주장하나, "
    "제출된 증거만으로는 설치·관리상 하자를 인정하기 부족하다. 원고의 청구를 기각한다. 소송비용은 원고가 부담한다. (선고 2024. 11. 21.)",
    [],
)

add(
    "ko",
    N,
    "나라장터 공고 요약 부탁\n공고번호: 20241128745-00\n공고명: 2025년 청사 통합유지관리 용역\n추정가격: 412,380,000원 (부가세 별도)\n"
    "낙찰하한율: 87.745%\n입찰마감: 2024-12-02 10:00 / 개찰: 2024-12-02 11:00\n지역제한: 세종·대전·충남",
    [],
)

add(
    "ko",
    N,
    f"도서관 희망도서 구매 목록 ISBN 중복 확인해줘\n1. {isbn13('979-11-5839-123')}\n2. {isbn13('978-89-364-7841')}\n3. {isbn13('979-11-6224-005')}\n"
    f"4. {isbn13('978-89-364-7841')}",
    [],
)

add(
    "ko",
    N,
    f"학술지 구독 갱신 목록\n- 한국행정학보 ISSN {issn('1226010')}\n- 정보화정책 ISSN {issn('1598193')}\n- Government Information Quarterly ISSN {issn('0740624')}\n"
    "연간 구독료 합계 계산해줘",
    [],
)

add(
    "en",
    N,
    "Group these errors by request id:\n2024-11-28T10:14:02Z ERROR req=3f2b9c4e-8d71-4a0b-9e55-1c7f2a6d8e90 upstream timeout\n"
    "2024-11-28T10:14:05Z ERROR req=3f2b9c4e-8d71-4a0b-9e55-1c7f2a6d8e90 retry 1/3\n2024-11-28T10:14:09Z ERROR req=a81d04f7-2c3e-4f19-b6d0-77e9c5b21f03 502 from 127.0.0.1:8080",
    [],
)

add(
    "en",
    N,
    "Write release notes from these commits:\n9c1e4f7a2b8d3e6f0a5c1b9d8e7f6a5b4c3d2e1f fix: mask phone numbers in export\n"
    "4a7b2c9d1e8f3a6b5c0d9e8f7a6b5c4d3e2f1a0b feat: add audit log retention (365d)\nimage: registry.internal/portal@sha256:7d3f9a1c0b8e2d4f6a5c9b1e3d7f2a8c4b6e0d9f1a3c5e7b9d2f4a6c8e0b1d3f",
    [],
)

add(
    "ko",
    N,
    "보안 점검 결과 보고서 문장 다듬어줘: 업무용 PC 브라우저 버전 Chrome 120.0.6099.109 및 네트워크 장비 펌웨어 4.2.10.118 이 구버전으로 확인되어 "
    "최신 버전(131.0.6778.86, 4.2.12.3)으로 업데이트를 권고함.",
    [],
)

add(
    "ko",
    N,
    f"민원: 온라인 몰 주문번호 {ORDER16} 결제가 두 번 됐다고 함. 소비자원 안내(1372) 포함해서 답변 문구 써줘",
    [],
)

add(
    "ko",
    N,
    f"공공비축 물품 바코드 재고 대조\n{EANS[0]}\t생수 2L\t1,200\n{EANS[1]}\t즉석밥\t3,400\n{EANS[2]}\t담요\t450\n{EANS[3]}\t핫팩\t9,000\n수량 합계 내줘",
    [],
)

add(
    "en",
    N,
    "Convert these epoch-millisecond timestamps to KST: 1732781702123, 1732785302456, 1732788902789. They are from the batch scheduler.",
    [],
)

add(
    "ko",
    N,
    "개인정보 보호법 제23조제1항, 제24조의2제1항 및 같은 법 시행령 제19조를 근거로 한 고유식별정보 처리 제한 조항을 쉬운 말로 설명해줘. "
    "(법률 제19234호, 2023. 3. 14. 일부개정)",
    [],
)

add("ko", N, "CCTV 설치 후보지 좌표 지도에 찍어줘: 37.5665, 126.9780 / 37.4979, 127.0276 / 35.1796, 129.0756", [])

add(
    "ko",
    N,
    "2025년 본예산 요약: 일반회계 1,234,567,890,000원, 특별회계 98,765,432,100원. 전년 대비 증감률(%) 계산해줘. 사회복지 분야는 412,300,000,000원.",
    [],
)

add(
    "ko",
    N,
    "공문 문서번호 형식 통일해줘: 정보화담당관-4821(2024.11.28.), 복지정책과-12034, 총무과-887(2024.11.29.)",
    [],
)

add(
    "ko",
    N,
    "주민 안내문 하단 문의처 문구 다듬어줘: 기초연금 문의 국민연금공단 1355, 복지 상담 보건복지상담센터 129, 긴급 상황 119·112, 정부민원안내 110, 카드사 분실신고 1588-8100",
    [],
)

add(
    "ko",
    N,
    "개인정보 마스킹이 제대로 됐는지 확인: 성명 김**, 주민번호 850314-1******, 연락처 010-****-5521, 계좌 110-***-****05, 카드 9410-****-****-1234. 더 가려야 할 부분 있어?",
    [],
)

add(
    "ko",
    N,
    "신청서 작성 예시 문구 검토: 성명: 홍길동 / 주민등록번호: 000000-0000000 / 연락처: 010-0000-0000 / 주소: ○○시 ○○구 ○○로 00. 예시라는 표시가 충분해?",
    [],
)

add(
    "en",
    N,
    "Review this nginx snippet:\nlisten 0.0.0.0:443 ssl;\nset_real_ip_from 10.0.0.0/8;\nset_real_ip_from 172.16.0.0/12;\nallow 192.168.0.0/16;\nproxy_pass http://127.0.0.1:8080;",
    [],
)

add(
    "ko",
    N,
    "전자세금계산서 승인번호 20241128-41000012-71c8a2f5 와 20241129-41000012-8d03e6b1 의 발급일자 차이 알려줘. 공급가액 각 1,500,000원.",
    [],
)

add(
    "ko",
    N,
    "예산과목 코드 엑셀 정렬: 1031-301-210-01 일반수용비, 1031-301-220-02 공공운영비, 1031-302-240-01 국내여비, 1032-305-430-03 민간경상보조",
    [],
)

add(
    "ko",
    N,
    "정보보호 관리체계 문서에 인용할 표준번호 정확히 적어줘: KS X ISO/IEC 27001:2023, KS X ISO/IEC 27701:2019, ISO/IEC 29100:2024, NIST SP 800-122",
    [],
)

add(
    "ko",
    N,
    "특허 현황 표 만들어줘: 출원번호 10-2023-0123456 (공공데이터 가명처리 방법), 10-2024-0087123 (민원 자동분류), 등록번호 10-2687451",
    [],
)

add(
    "ko",
    N,
    f"등기우편 배달조회 결과 정리: 등기번호 {rrn_like_fails('6070123456789')} 배달완료, {rrn_like_fails('6070123456791')} 반송, {rrn_like_fails('6070123456805')} 배달중",
    [],
)

add(
    "ko",
    N,
    "해외 송금 안내문 검토: 수취은행 SWIFT 코드는 CZNBKRSE(국민), SHBKKRSE(신한), HVBKKRSE(우리). 중계은행 수수료는 건당 USD 15.",
    [],
)

add(
    "en",
    N,
    "Why does this fail behind the proxy?\ngit clone git@github.com:gov-portal/minwon-gw.git\nnpm install @gov-portal/ui-kit@2.4.1 @types/node@20.11.5",
    [],
)

add("ko", N, "수입 통관 HS코드 확인: 노트북 8471.30-0000, 모니터 8528.52-1000, 서버랙 9403.20-9000. 관세율 알려줘", [])

add(
    "ko",
    N,
    "실험실 화학물질 목록 MSDS 정리: 에탄올 CAS 64-17-5, 아세톤 67-64-1, 수산화나트륨 1310-73-2, 염산 7647-01-0",
    [],
)

add(
    "en",
    N,
    "Format these references in APA: doi:10.1016/j.giq.2023.101234; doi:10.1080/14719037.2022.2045032; doi:10.1111/puar.13561",
    [],
)

add(
    "ko",
    N,
    "다음 주 일정 표로: 12/2(월) 10:00-11:30 주간업무회의, 12/3(화) 14:00~16:00 정보보호 교육, 12/5(목) 09:30-10:10 국장 보고, 12/6(금) 17:00 종무",
    [],
)

add(
    "ko",
    N,
    "구별 인구 통계 (2024.10.)\n구\t세대수\t인구\n종로구\t72,418\t139,417\n중구\t63,022\t121,312\n용산구\t107,455\t213,151\n비율 계산해줘",
    [],
)

add(
    "ko",
    N,
    "비품 구매 목록 정리: SKU 010-2210-88 (A4 복사지), 모델 KT-1588-2024 (무선전화기), 품번 0314-1234-567 (토너). 단가 합계 부탁",
    [],
)

add(
    "en",
    N,
    "Fix this Excel formula: =IFERROR(VLOOKUP(A2,'2024_roster'!$B$2:$F$1048,5,FALSE),\"\") returns #REF! after I deleted column C.",
    [],
)

add(
    "mixed",
    N,
    "주민번호 검증 정규식 리뷰: ^\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-[1-8]\\d{6}$ — 2020년 10월 이후 번호도 통과하는지?",
    [],
)

add(
    "ko",
    N,
    "도로명주소 체계 설명문 작성: 시·도 + 시·군·구 + 읍·면 + 도로명 + 건물번호 + 상세주소(동·층·호) 순서로 적는다는 걸 어르신용으로 쉽게.",
    [],
)

add(
    "ko",
    N,
    "형사 사건 진행 현황 표: 2023고단4567 (1심 선고), 2024노1234 (항소심 계속), 2024도9876 (상고 기각). 각 단계 의미 설명해줘",
    [],
)

add(
    "ko",
    N,
    "SNMP 모니터링 OID 정리: 1.3.6.1.2.1.1.3.0 (sysUpTime), 1.3.6.1.2.1.2.2.1.10 (ifInOctets), 1.3.6.1.4.1.9.9.109.1.1.1.1.7 (CPU). 설명 붙여줘",
    [],
)

add(
    "ko", N, "회의실 예약 안내: 정부세종청사 6동 301호 대회의실, 12/4 14:00. 화상회의 링크는 당일 공지. 공지문 써줘", []
)

add(
    "ko",
    N,
    "재난안전 예산 집행률 보고: 1분기 23.4%, 2분기 48.1%, 3분기 71.9%, 4분기(11월말) 86.2%. 그래프 설명 문구",
    [],
)

add(
    "ko",
    N,
    "버스 노선 조정 공고문 검토: 간선 470, 지선 7016·7022, 광역 M7106 노선이 2025.1.6.부터 변경. 배차간격 8~12분",
    [],
)

add(
    "ko",
    N,
    "방수 등급 문의 답변: 현장용 태블릿은 IP67, 무전기는 IP54 등급입니다. IPv4 주소 부족 문제와는 무관하다고 설명해줘",
    [],
)

add(
    "en",
    N,
    "Customer asked where their parcel is. Tracking 1Z 999 AA1 01 2345 6784, order #A-20241128-0045, shipped 26 Nov. Write a short status reply.",
    [],
)

add("ko", N, "행정구역코드 매핑: 1111051500 청운효자동, 1111053000 사직동, 1168010100 역삼동. 코드 체계 설명해줘", [])

add("ko", N, "기금 운용 보고: 국고채 10년물 금리 3.12%, 회사채 AA- 3.68%, 운용수익률 4.07%. 전년 대비 코멘트", [])

add("ko", N, "세출 결산 금액을 한글로 써줘: 금 일억이천삼백사십오만육천칠백팔십구원정 (₩123,456,789)", [])

add(
    "en",
    N,
    "Invoice reconciliation: INV-2024-000482-17 (KRW 3,300,000), INV-2024-000483-02 (KRW 1,650,000), PO 4500123456. Which ones are unpaid?",
    [],
)

add(
    "mixed",
    N,
    "전화번호 형식 검증 로직 리뷰: if not re.match(r'^01[016789]-\\d{3,4}-\\d{4}$', phone): raise ValueError('invalid') — 국제번호 +82도 받게 고쳐줘",
    [],
)

add(
    "ko",
    N,
    f"재고관리 시스템 관리번호 오류 확인: {rrn_like_fails('9512203847562')}, {rrn_like_fails('8703154102938')} 두 건이 중복 등록됨. 중복 제거 절차 알려줘",
    [],
)

add(
    "ko",
    N,
    f"결제 대행사 거래번호 {ORDER16B} 로 환불 상태 조회했더니 '처리중'. 대행사에 보낼 문의 메일 써줘 (거래일 11/27, 금액 39,000원)",
    [],
)

add(
    "en",
    N,
    "Postgres schema review, no data yet:\nCREATE TABLE applicant (id bigserial PRIMARY KEY, name text NOT NULL, rrn_enc bytea, phone_enc bytea, created_at timestamptz DEFAULT now());",
    [],
)

add(
    "en",
    N,
    'Is this docker-compose safe to commit?\nservices:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_HOST: ${DB_HOST}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_pw\n    ports: ["127.0.0.1:5432:5432"]',
    [],
)

add(
    "ko",
    N,
    "주민등록번호 구성 설명: 앞 6자리 생년월일(YYMMDD), 뒤 첫자리 성별·세기 구분, 2020년 10월 이후는 나머지 6자리 임의번호. 민원 답변용으로 정리",
    [],
)

add(
    "ko",
    N,
    "건축 인허가 번호 목록 정리: 2024-건축과-신축허가-123, 2024-건축과-용도변경-045, 2024-주택과-사업승인-007",
    [],
)

add(
    "ko",
    N,
    "기상 자료 요약: 11/27 최저 -3.2℃ 최고 6.8℃ 강수량 12.5mm, 11/28 최저 -5.1℃ 최고 2.4℃ 적설 3.0cm. 한파 대비 공지 써줘",
    [],
)

add(
    "en",
    N,
    "Our API rate-limit doc says 1.2.3.4 is the minimum client version and 3.1.0.7 the server build. Rewrite that paragraph so nobody mistakes them for IP addresses.",
    [],
)

add("ko", N, "통계표 소수점 정리: 0.0153, 0.2871, 1.0042, 12.3456 → 소수 둘째 자리 반올림", [])

add(
    "ko",
    N,
    "공공데이터 개방 목록 파일명 규칙 만들어줘: 2024_11_복지시설현황_v1.2.csv, 2024_11_CCTV위치_v3.0.1.csv, 2024_10_버스정류장_v2.csv",
    [],
)

add(
    "en",
    N,
    "Parse this MRZ-like test string from the vendor's spec sheet and tell me which fields are placeholders: P<KORHONG<<GILDONG<<<<<<<<<<<<<<<<<<<<<<<<<< and M00000000<0KOR0001011M3001015<<<<<<<<<<<<<<00",
    [],
)

add(
    "ko",
    N,
    "보조금 교부 결정 통지 공문 틀 작성: 수신 ○○복지관장, 교부액 금 25,000,000원, 교부조건 제1호~제7호, 정산 보고 기한 2025. 1. 31.",
    [],
)

add(
    "ko",
    N,
    "계약서 조항 번호 다시 매겨줘: 제3조(계약기간) 2025.1.1.~2025.12.31., 제7조의2(하자담보) 24개월, 제12조(지체상금) 1일 0.125%",
    [],
)

add(
    "en",
    N,
    'Slack export, just count reactions per message: [{"ts":"1732755101.000200","text":"deploy done :tada:","reactions":[{"name":"+1","count":7}]},'
    '{"ts":"1732755188.000310","text":"rollback at 14:05","reactions":[{"name":"eyes","count":2}]}]',
    [],
)

add(
    "ko",
    N,
    "교육 이수 현황 (부서별 집계)\n부서\t대상\t이수\t이수율\n총무과\t42\t40\t95.2%\n복지정책과\t58\t51\t87.9%\n정보화담당관\t23\t23\t100%\n미이수자 독려 공지 써줘",
    [],
)

add(
    "ko",
    N,
    "민원 접수번호 형식 질문: 1AA-2411-0284517, 2AB-2411-0284530 은 국민신문고 번호인가요? 처리기한 계산법도 알려줘",
    [],
)

add(
    "en",
    N,
    "Hex dump from the card reader firmware, which bytes are the header? 02 00 35 A1 9F 26 08 3C 4E 71 2B 00 00 00 00 03",
    [],
)


add(
    "mixed",
    N,
    "이 로그 포맷 설명해줘: [2024-11-28 09:00:01] job=payroll_batch v2.3.1.0 rows=1,842 masked_fields=rrn,phone,acct status=OK elapsed=00:04:12",
    [],
)

add(
    "mixed",
    N,
    "Kubernetes 리소스 정리: pod minwon-api-7c9d5b6f4-x2kq8 restartCount 14, node worker-03 (pod CIDR 10.0.0.0/16), image tag 2024.11.28-rc3",
    [],
)


# ---------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    return heldout_rows(CASES, "sixth")


def main() -> None:
    write_heldout(Path(__file__).with_name("heldout_sixth.jsonl"), build())


if __name__ == "__main__":
    main()
