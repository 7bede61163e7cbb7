# ruff: noqa: E501  (case texts are data; long lines and look-alike characters are deliberate)
"""Third held-out set: document layouts (HR mail, tickets, CRM/SQL/YAML/log dumps, Korean forms), red-team
obfuscations and hard negatives.

Written by an independent tester who did not read detectors/, gateway/, policies/, the tuned corpus or the
other held-out sets' cases (only the check-digit helpers of heldout_general.py were copied). Every value is
synthetic; identifiers carry real check digits where the format has them.

`python -m tests.detectors.corpus.heldout_third` writes heldout_third.jsonl;
`bench/evaluate_detection.py --corpus tests/detectors/corpus/heldout_third.jsonl` scores it.
Cases are (lang, kind, text, [(entity, exact substring), ...]). A labelled substring is placed at its first
occurrence that does not overlap a span of the same entity already placed (so one encoded segment can carry
two entities); every placed span is checked to equal its labelled substring.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.detectors.corpus.check_digits import arn, brn, card, crn, ean13, luhn_ok, rrn, valid_date
from tests.detectors.corpus.jsonl import write_jsonl

OUT = Path(__file__).with_name("heldout_third.jsonl")


# --- check digits (copied from heldout_general.py) ------------------------------------------------------------


# --- obfuscation helpers (own) -------------------------------------------------------------------------------

FWD = {str(i): chr(0xFF10 + i) for i in range(10)}
KO_READ = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
EN_WORD = dict(
    zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], strict=True)
)
HANJA = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))


def fw_alt(s: str) -> str:
    """Every other digit full-width, the rest ASCII."""
    out, n = [], 0
    for c in s:
        if c.isdigit():
            out.append(FWD[c] if n % 2 == 0 else c)
            n += 1
        else:
            out.append(c)
    return "".join(out)


def fw_all(s: str) -> str:
    return s.translate(
        str.maketrans({**FWD, "-": "\uff0d", "@": "\uff20", ".": "\uff0e", "+": "\uff0b", " ": "\u3000"})
    )


def each(s: str, sep: str) -> str:
    """Digits (and letters) with sep between every character, dashes dropped."""
    return sep.join(c for c in s if c != "-")


def regroup(s: str, sep: str) -> str:
    """Keep the groups, replace the dash with sep."""
    return s.replace("-", sep)


def en_words(s: str, group_sep: str = ", ") -> str:
    return group_sep.join(" ".join(EN_WORD[c] for c in g) for g in s.split("-"))


def ko_read(s: str) -> str:
    return "".join(KO_READ.get(c, c) for c in s)


def map_digits(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def html_dec(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def html_hex(s: str) -> str:
    return "".join(f"&#x{ord(c):x};" for c in s)


def u_esc(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def x_esc(s: str) -> str:
    return "".join(f"\\x{b:02x}" for b in s.encode())


def keycap(s: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def combining(s: str, mark: str = "\u0301") -> str:
    return "".join(c + mark if c.isdigit() else c for c in s)


def circled(s: str) -> str:
    return "".join(("\u24ea" if c == "0" else chr(0x245F + int(c))) if c.isdigit() else c for c in s)


def math_bold(s: str) -> str:
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def arabic_indic(s: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def zw_between(s: str, ch: str = "\u200b") -> str:
    return ch.join(s)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pct_all(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def qp(s: str) -> str:
    return "".join(f"={b:02X}" for b in s.encode())


# --- synthetic identifiers -----------------------------------------------------------------------------------

R1 = rrn("850312", 1, "23456")
R2 = rrn("920724", 2, "10384")
R3 = rrn("780115", 1, "04721")
R4 = rrn("461203", 2, "51938")
R5 = rrn("010509", 3, "21847")
R6 = rrn("880914", 1, "44102")
R7 = rrn("930417", 2, "38210")
R8 = rrn("670830", 1, "19283")
R9 = rrn("990101", 2, "27364")
R10 = rrn("750606", 2, "40918")
R11 = rrn("031122", 4, "12745")
R12 = rrn("821019", 1, "55821")
R13 = rrn("560228", 2, "30417")
R14 = rrn("940630", 1, "62093")

A1 = arn("900215", 5, "12345")
A2 = arn("951103", 6, "20931")
A3 = arn("020730", 7, "48102")
A4 = arn("870419", 5, "73026")

B1 = brn("214860512")
B2 = brn("107813924")
B3 = brn("312880417")
B4 = brn("605812930")
B5 = brn("220871346")

C1 = crn("110111482736")
C2 = crn("134811029384")
C3 = crn("284211730915", dash=False)

VISA1 = card("453201512345678")
VISA2 = card("471638204719305", sep=" ")
VISA3 = card("448015937260418", sep="")
MC1 = card("542523343010990", sep=" ")
MC2 = card("531074829103847")
AMEX1 = card("37828224631000", (4, 6, 5), sep=" ")
JCB1 = card("352894102837465")
BC1 = card("941012348765123")
MC3 = card("222300418273645", sep=" ")

KB = "482910-04-173625"
SHINHAN = "110-482-937615"
WOORI = "1002-384-772915"
HANA = "391-910384-27518"
NH = "352-0981-2746-13"
IBK = "010-482913-01-027"
KAKAO = "3333-08-4927153"
TOSS = "1000-2847-1930"
SHINHAN2 = "110-519-204873"
KB2 = "731402-01-558190"

PP1, PP2, PP3, PP4, PP5 = "M48213759", "M517K8204", "M23918475", "M804B3312", "M902C1478"

DL1, DL2, DL3, DL4 = "11-19-482613-52", "서울 19-731204-61", "26-08-193847-21", "13-15-660392-18"

HI1, HI2, HI3, HI4 = "5123048769", "51203948176", "L2109384756", "1-2048395716"

# hard-negative helpers
SERIAL_BAD_LUHN = "4532 0151 2345 6782"
assert not luhn_ok(SERIAL_BAD_LUHN)
DOC_BAD_RRN = "991345-1234567"
assert not valid_date("991345", 1)
EAN_DRUG = ean13("880646900731")

POS, OBF, NEG = "positive", "obfuscated", "negative"

# --- positive: English-only ----------------------------------------------------------------------------------

EN_POS = [
    (
        "en",
        POS,
        "From: Rachel Kim <rachel.kim@northwind-hr.com>\nTo: Payroll Team\nSubject: Bank change for Daniel Ortiz\n\n"
        f"Hi team, Daniel Ortiz asked us to move his salary to his new Shinhan Bank account {SHINHAN} starting next cycle. "
        "His mobile is +82 10-3381-7204 if you need to confirm.\n\nThanks,\nRachel",
        [
            ("PERSON", "Rachel Kim"),
            ("EMAIL_ADDRESS", "rachel.kim@northwind-hr.com"),
            ("PERSON", "Daniel Ortiz"),
            ("PERSON", "Daniel Ortiz"),
            ("BANK_ACCOUNT", SHINHAN),
            ("PHONE_NUMBER", "+82 10-3381-7204"),
            ("PERSON", "Rachel"),
        ],
    ),
    (
        "en",
        POS,
        "Ticket #58213 | Priority: High | Channel: web\nCustomer: Smith, John\nEmail: jsmith1984@mailbox.org\nPhone: (312) 555-0147\n"
        f"Description: customer says card {VISA1} was charged twice for the same order.",
        [
            ("PERSON", "Smith, John"),
            ("EMAIL_ADDRESS", "jsmith1984@mailbox.org"),
            ("PHONE_NUMBER", "(312) 555-0147"),
            ("CREDIT_CARD", VISA1),
        ],
    ),
    (
        "en",
        POS,
        "id,full_name,email,phone\n1041,Emily Carter,emily.carter@brightmail.net,+1 646-555-0182\n"
        '1042,"Nguyen, Thanh",thanh.nguyen@fastpost.io,+44 20 7946 0321\n1043,Marco Bellini,m.bellini@posta-veloce.it,+39 02 8734 5521',
        [
            ("PERSON", "Emily Carter"),
            ("EMAIL_ADDRESS", "emily.carter@brightmail.net"),
            ("PHONE_NUMBER", "+1 646-555-0182"),
            ("PERSON", "Nguyen, Thanh"),
            ("EMAIL_ADDRESS", "thanh.nguyen@fastpost.io"),
            ("PHONE_NUMBER", "+44 20 7946 0321"),
            ("PERSON", "Marco Bellini"),
            ("EMAIL_ADDRESS", "m.bellini@posta-veloce.it"),
            ("PHONE_NUMBER", "+39 02 8734 5521"),
        ],
    ),
    (
        "en",
        POS,
        "commit 9f2c1ab4e7d0835b6a1c2e3f4d5a6b7c8d9e0f1a\nAuthor: Park Ji-hoon <jihoon.park@devmail.kr>\nDate:   Tue Mar 5 14:22:10 2024 +0900\n\n"
        "    Fix null check in billing export\n\n    Reviewed-by: Sandra Lopez <slopez@devmail.kr>",
        [
            ("PERSON", "Park Ji-hoon"),
            ("EMAIL_ADDRESS", "jihoon.park@devmail.kr"),
            ("PERSON", "Sandra Lopez"),
            ("EMAIL_ADDRESS", "slopez@devmail.kr"),
        ],
    ),
    (
        "en",
        POS,
        'service: invoice-api\nowners:\n  - name: Jihoon PARK\n    email: jpark@acme-cloud.io\n    oncall: "+82 10-7720-4419"\n'
        "  - name: Laura Bennett\n    email: l.bennett@acme-cloud.io\nreplicas: 3",
        [
            ("PERSON", "Jihoon PARK"),
            ("EMAIL_ADDRESS", "jpark@acme-cloud.io"),
            ("PHONE_NUMBER", "+82 10-7720-4419"),
            ("PERSON", "Laura Bennett"),
            ("EMAIL_ADDRESS", "l.bennett@acme-cloud.io"),
        ],
    ),
    (
        "en",
        POS,
        '2024-06-11T08:14:03Z INFO auth.login ok user=megan.brooks@contoso-mail.com src=203.0.113.57 ua="Mozilla/5.0" latency_ms=41',
        [("EMAIL_ADDRESS", "megan.brooks@contoso-mail.com"), ("IP_ADDRESS", "203.0.113.57")],
    ),
    (
        "en",
        POS,
        "mysql> SELECT name, phone, card_no FROM customers WHERE id = 77;\n"
        "+---------------+----------------+---------------------+\n| name          | phone          | card_no             |\n"
        "+---------------+----------------+---------------------+\n"
        f"| Olivia Martin | (213) 555-0176 | {MC1} |\n"
        "+---------------+----------------+---------------------+\n1 row in set (0.00 sec)",
        [("PERSON", "Olivia Martin"), ("PHONE_NUMBER", "(213) 555-0176"), ("CREDIT_CARD", MC1)],
    ),
    (
        "en",
        POS,
        "ANDREW C. FOSTER\nSenior Account Manager\nBluewave Logistics Ltd.\n14 Harrow Lane, Leeds LS6 2QA\n"
        "T +44 113 496 0274 | M +44 7700 900318\nandrew.foster@bluewave-logistics.co.uk",
        [
            ("PERSON", "ANDREW C. FOSTER"),
            ("LOCATION", "14 Harrow Lane, Leeds LS6 2QA"),
            ("PHONE_NUMBER", "+44 113 496 0274"),
            ("PHONE_NUMBER", "+44 7700 900318"),
            ("EMAIL_ADDRESS", "andrew.foster@bluewave-logistics.co.uk"),
        ],
    ),
    (
        "en",
        POS,
        "RESUME\nName: Min-seo Choi\nDate of birth: 1993-04-17\nEmail: minseo.choi93@gmail.com\nPhone: 010-5529-8813\n"
        "Address: 27, Teheran-ro 4-gil, Gangnam-gu, Seoul\nEducation: B.S. Computer Science, 2016",
        [
            ("PERSON", "Min-seo Choi"),
            ("EMAIL_ADDRESS", "minseo.choi93@gmail.com"),
            ("PHONE_NUMBER", "010-5529-8813"),
            ("LOCATION", "27, Teheran-ro 4-gil, Gangnam-gu, Seoul"),
        ],
    ),
    (
        "en",
        POS,
        "Agent: Thank you for calling, may I have your full name?\nCaller: It's Robert Hayes, H-A-Y-E-S.\n"
        f"Agent: And the card on file?\nCaller: {AMEX1}.\nAgent: Thanks, Mr. Hayes, one moment.",
        [("PERSON", "Robert Hayes"), ("CREDIT_CARD", AMEX1), ("PERSON", "Hayes")],
    ),
    (
        "en",
        POS,
        "Minutes - Vendor Review, 12 March\nAttendees: J. Smith, L. Okafor, Sarah O'Neil, Min-jun Lee\n"
        "Action: Sarah to send the signed contract to the vendor contact peter.lang@ferrotech.de by Friday.",
        [
            ("PERSON", "J. Smith"),
            ("PERSON", "L. Okafor"),
            ("PERSON", "Sarah O'Neil"),
            ("PERSON", "Min-jun Lee"),
            ("PERSON", "Sarah"),
            ("EMAIL_ADDRESS", "peter.lang@ferrotech.de"),
        ],
    ),
    (
        "en",
        POS,
        "Please add William Harris III to the March payroll run; his offer letter lists 88 Cedar Street, Apt 4, Cambridge, MA 02139 "
        "as his home address and will.harris3@outlook.com as his personal e-mail.",
        [
            ("PERSON", "William Harris III"),
            ("LOCATION", "88 Cedar Street, Apt 4, Cambridge, MA 02139"),
            ("EMAIL_ADDRESS", "will.harris3@outlook.com"),
        ],
    ),
    (
        "en",
        POS,
        "Dear Mr. Thomas Reed Jr., your access badge has been reissued. Questions go to your HR partner at 02-3456-7812.",
        [("PERSON", "Thomas Reed Jr."), ("PHONE_NUMBER", "02-3456-7812")],
    ),
    (
        "en",
        POS,
        f"Hi, I'm flying to Seoul next week and need the booking under Seo-yeon Han corrected. My passport number is {PP1}.",
        [("PERSON", "Seo-yeon Han"), ("KR_PASSPORT", PP1)],
    ),
    (
        "en",
        POS,
        "| Employee | Dept | Mobile | Email |\n|---|---|---|---|\n| Grace Liu | Finance | 010-2284-6613 | grace.liu@hanbit-corp.com |\n"
        "| Omar Haddad | IT | 010-9917-3052 | o.haddad@hanbit-corp.com |",
        [
            ("PERSON", "Grace Liu"),
            ("PHONE_NUMBER", "010-2284-6613"),
            ("EMAIL_ADDRESS", "grace.liu@hanbit-corp.com"),
            ("PERSON", "Omar Haddad"),
            ("PHONE_NUMBER", "010-9917-3052"),
            ("EMAIL_ADDRESS", "o.haddad@hanbit-corp.com"),
        ],
    ),
    (
        "en",
        POS,
        "Jul 02 10:41:07 gw01 sshd[2231]: Accepted publickey for deploy from 2001:db8:4f2a::1c7 port 50122 ssh2\n"
        "Jul 02 10:41:09 gw01 sshd[2240]: Failed password for invalid user admin from 198.51.100.23 port 41822 ssh2",
        [("IP_ADDRESS", "2001:db8:4f2a::1c7"), ("IP_ADDRESS", "198.51.100.23")],
    ),
    (
        "en",
        POS,
        f"Lead owner: Hannah Schmidt. Spoke with Yoon Seok-jin (purchasing director, Daeil Trading, business registration no. {B1}) "
        "on +82 2 555 0193; follow-up demo booked.",
        [("PERSON", "Hannah Schmidt"), ("PERSON", "Yoon Seok-jin"), ("KR_BRN", B1), ("PHONE_NUMBER", "+82 2 555 0193")],
    ),
    (
        "en",
        POS,
        f"EMP_ID,NAME,RRN,BANK,ACCOUNT\nE1024,Lee Su-jin,{R2},Woori,{WOORI}\nE1025,Choi Dong-wook,{R3},KB Kookmin,{KB}",
        [
            ("PERSON", "Lee Su-jin"),
            ("KR_RRN", R2),
            ("BANK_ACCOUNT", WOORI),
            ("PERSON", "Choi Dong-wook"),
            ("KR_RRN", R3),
            ("BANK_ACCOUNT", KB),
        ],
    ),
    (
        "en",
        POS,
        f"Rental agreement, additional driver: Jae-won Kang, Korean driver's licence {DL1}, contact jwkang@naver.com.",
        [("PERSON", "Jae-won Kang"), ("KR_DRIVER_LICENSE", DL1), ("EMAIL_ADDRESS", "jwkang@naver.com")],
    ),
    (
        "en",
        POS,
        "Incident summary: at approx. 22:40 the guard on duty, Marcus Bell, found the loading-bay door open. "
        "The visitor log showed the last badge swipe by Yuna Seo; she can be reached on 010-8124-3390.",
        [("PERSON", "Marcus Bell"), ("PERSON", "Yuna Seo"), ("PHONE_NUMBER", "010-8124-3390")],
    ),
    (
        "en",
        POS,
        "Asset LT-0931 is assigned to Chris Morgan; last seen at 10.20.31.144 (VPN) and 172.16.8.9 (office).",
        [("PERSON", "Chris Morgan"), ("IP_ADDRESS", "10.20.31.144"), ("IP_ADDRESS", "172.16.8.9")],
    ),
    (
        "en",
        POS,
        f"Referral: Ms. Ji-yeon Baek, NHIS health insurance card no. {HI2}, referred by Dr. Alan Price for an MRI.",
        [("PERSON", "Ji-yeon Baek"), ("KR_HEALTH_INSURANCE", HI2), ("PERSON", "Alan Price")],
    ),
    (
        "en",
        POS,
        "Best regards,\nNatalie Brooks | Customer Success\nM: +1 (415) 555-0134\nnatalie@quillsoft.com",
        [
            ("PERSON", "Natalie Brooks"),
            ("PHONE_NUMBER", "+1 (415) 555-0134"),
            ("EMAIL_ADDRESS", "natalie@quillsoft.com"),
        ],
    ),
    (
        "en",
        POS,
        "Hi, my parcel still hasn't arrived. Ship to: Ethan Cole, 2150 Oak Ridge Drive, Austin, TX 78704. Phone 512-555-0119.",
        [
            ("PERSON", "Ethan Cole"),
            ("LOCATION", "2150 Oak Ridge Drive, Austin, TX 78704"),
            ("PHONE_NUMBER", "512-555-0119"),
        ],
    ),
    (
        "en",
        POS,
        f"Please refund the deposit to Hana Bank {HANA}, account holder Sophia Yang.",
        [("BANK_ACCOUNT", HANA), ("PERSON", "Sophia Yang")],
    ),
    (
        "en",
        POS,
        f"Counterparty: Hanul Systems Co., Ltd., corporate registration number {C1}, business registration number {B2}.",
        [("KR_CRN", C1), ("KR_BRN", B2)],
    ),
    (
        "en",
        POS,
        f"Foreign worker Nguyen Van An, alien registration card {A1}, visa E-9, dormitory phone 031-8042-5517.",
        [("PERSON", "Nguyen Van An"), ("KR_ALIEN_REG", A1), ("PHONE_NUMBER", "031-8042-5517")],
    ),
    (
        "en",
        POS,
        f"can u send the wire to KakaoBank {KAKAO}? name on it is Tyler Jung",
        [("BANK_ACCOUNT", KAKAO), ("PERSON", "Tyler Jung")],
    ),
    (
        "en",
        POS,
        '{"user": {"full_name": "Ava Morales", "email": "ava.morales@pinecrest.edu", "last_ip": "192.0.2.88", "role": "student"}}',
        [("PERSON", "Ava Morales"), ("EMAIL_ADDRESS", "ava.morales@pinecrest.edu"), ("IP_ADDRESS", "192.0.2.88")],
    ),
    (
        "en",
        POS,
        "WITNESS STATEMENT\nI, Jonathan Pryce-Walker, of 45 Elm Grove, Bristol BS8 1QU, make this statement believing it to be true.",
        [("PERSON", "Jonathan Pryce-Walker"), ("LOCATION", "45 Elm Grove, Bristol BS8 1QU")],
    ),
    (
        "en",
        POS,
        f"Onboarding checklist - Kim Do-hyun: resident registration number {R1} received, ID copy verified, locker 14 assigned.",
        [("PERSON", "Kim Do-hyun"), ("KR_RRN", R1)],
    ),
    (
        "en",
        POS,
        f"2024-05-30 12:01:55 WARN payment declined pan={VISA3} exp=09/27 holder=LAUREN WEBB reason=do_not_honor",
        [("CREDIT_CARD", VISA3), ("PERSON", "LAUREN WEBB")],
    ),
    (
        "en",
        POS,
        "Call me back at 010 4472 9031 after 6pm - Jason",
        [("PHONE_NUMBER", "010 4472 9031"), ("PERSON", "Jason")],
    ),
    (
        "en",
        POS,
        "Intake note: Ms. Priya Raman, 34F, lives at 3F, 12 Itaewon-ro 27-gil, Yongsan-gu, Seoul. Emergency contact: husband Arjun Raman, 010-6620-1187.",
        [
            ("PERSON", "Priya Raman"),
            ("LOCATION", "3F, 12 Itaewon-ro 27-gil, Yongsan-gu, Seoul"),
            ("PERSON", "Arjun Raman"),
            ("PHONE_NUMBER", "010-6620-1187"),
        ],
    ),
    (
        "en",
        POS,
        "Name\tCompany\tEmail\nDr. Helen Zhao\tMedix Labs\thzhao@medix-labs.com\nProf. Samuel Okoye\tLagos Research Park\ts.okoye@lrp-research.org",
        [
            ("PERSON", "Helen Zhao"),
            ("EMAIL_ADDRESS", "hzhao@medix-labs.com"),
            ("PERSON", "Samuel Okoye"),
            ("EMAIL_ADDRESS", "s.okoye@lrp-research.org"),
        ],
    ),
    (
        "en",
        POS,
        f"Visa application for Lee Ha-eun: passport {PP2}, issued 2022-08-19, valid for ten years.",
        [("PERSON", "Lee Ha-eun"), ("KR_PASSPORT", PP2)],
    ),
    (
        "en",
        POS,
        "Reviewer: Walsh, Patricia (p.walsh@harborlaw.com); second reviewer: D. Fitzgerald.",
        [("PERSON", "Walsh, Patricia"), ("EMAIL_ADDRESS", "p.walsh@harborlaw.com"), ("PERSON", "D. Fitzgerald")],
    ),
    (
        "en",
        POS,
        "heads up: Brian Kowalski's laptop had IP 10.0.4.213 when the EDR alert fired at 03:12.",
        [("PERSON", "Brian Kowalski"), ("IP_ADDRESS", "10.0.4.213")],
    ),
    (
        "en",
        POS,
        f"Payroll exception: Ms. Chloe Anderson's salary bounced. New details on file - Shinhan {SHINHAN2}. "
        "Her manager, Victor Ramos, approved the change by e-mail (v.ramos@tidewater.co).",
        [
            ("PERSON", "Chloe Anderson"),
            ("BANK_ACCOUNT", SHINHAN2),
            ("PERSON", "Victor Ramos"),
            ("EMAIL_ADDRESS", "v.ramos@tidewater.co"),
        ],
    ),
    (
        "en",
        POS,
        f"Support chat transcript\n[10:02] Bot: Please confirm the card you'd like to remove.\n[10:03] Kevin O'Brien: it's the JCB one {JCB1}\n"
        "[10:03] Bot: Thank you, Kevin.",
        [("PERSON", "Kevin O'Brien"), ("CREDIT_CARD", JCB1), ("PERSON", "Kevin")],
    ),
    (
        "en",
        POS,
        "Emergency contacts (staff retreat):\n- Daniel Wu: +1 917 555 0148\n- Fatima Al-Sayed: +971 50 123 4567\n- Hyun-woo Jang: +82 10 2947 6615",
        [
            ("PERSON", "Daniel Wu"),
            ("PHONE_NUMBER", "+1 917 555 0148"),
            ("PERSON", "Fatima Al-Sayed"),
            ("PHONE_NUMBER", "+971 50 123 4567"),
            ("PERSON", "Hyun-woo Jang"),
            ("PHONE_NUMBER", "+82 10 2947 6615"),
        ],
    ),
    (
        "en",
        POS,
        "Tenant: Mr. George Patel. Premises: Flat 7, 19 Kingsley Road, Manchester M14 5BN. Rent is due on the 1st of each month.",
        [("PERSON", "George Patel"), ("LOCATION", "Flat 7, 19 Kingsley Road, Manchester M14 5BN")],
    ),
]

# --- positive: Korean-only -----------------------------------------------------------------------------------

KO_POS = [
    (
        "ko",
        POS,
        "사건 경위서\n작성자: 경비팀 조민혁\n2024. 3. 14.(목) 23시 10분경 서울특별시 송파구 중대로 148 지하 2층 주차장에서 차량 접촉 사고가 발생함. "
        "피해 차량 소유주 윤서진(010-2719-4486)에게 즉시 연락하였음.",
        [
            ("PERSON", "조민혁"),
            ("LOCATION", "서울특별시 송파구 중대로 148"),
            ("PERSON", "윤서진"),
            ("PHONE_NUMBER", "010-2719-4486"),
        ],
    ),
    (
        "ko",
        POS,
        f"진 술 서\n성    명: 박정훈\n주민등록번호: {R8}\n주    소: 경기도 성남시 분당구 판교역로 235, 7층\n연 락 처: 010-8834-2019\n"
        "위 본인은 2024년 5월 2일 발생한 사건에 관하여 다음과 같이 진술합니다.",
        [
            ("PERSON", "박정훈"),
            ("KR_RRN", R8),
            ("LOCATION", "경기도 성남시 분당구 판교역로 235, 7층"),
            ("PHONE_NUMBER", "010-8834-2019"),
        ],
    ),
    (
        "ko",
        POS,
        "[상담일지] 2024-04-08 / 담당: 사회복지사 임수빈\n내담자 강옥순(78세, 독거)은 기초연금 수급 중이며 주거지는 부산광역시 사하구 낙동대로398번길 12. "
        f"자녀 연락처 010-3948-2271로 연락 요망. 긴급생계비 입금 계좌: 농협 {NH}",
        [
            ("PERSON", "임수빈"),
            ("PERSON", "강옥순"),
            ("LOCATION", "부산광역시 사하구 낙동대로398번길 12"),
            ("PHONE_NUMBER", "010-3948-2271"),
            ("BANK_ACCOUNT", NH),
        ],
    ),
    (
        "ko",
        POS,
        "행동특성 및 종합의견: 최예린 학생은 학급 부반장으로서 책임감이 강하며, 같은 반 김도윤과 함께 환경 동아리를 이끎. 보호자(모) 연락처 010-7716-3390.",
        [("PERSON", "최예린"), ("PERSON", "김도윤"), ("PHONE_NUMBER", "010-7716-3390")],
    ),
    (
        "ko",
        POS,
        f"접수 메모) 환자명 장하준 / 생년월일 880914 / 건강보험증번호 {HI1} / 보호자 배수연 010-4402-7718 / 특이사항: 페니실린 알러지",
        [("PERSON", "장하준"), ("KR_HEALTH_INSURANCE", HI1), ("PERSON", "배수연"), ("PHONE_NUMBER", "010-4402-7718")],
    ),
    (
        "ko",
        POS,
        "배송 문의드립니다. 받는 분: 정다은 / 주소: 대구광역시 수성구 달구벌대로 2450, 105동 803호 / 연락처 010-5583-1104 / "
        "운송장번호 6892-0417-3321 인데 3일째 조회가 안 돼요.",
        [
            ("PERSON", "정다은"),
            ("LOCATION", "대구광역시 수성구 달구벌대로 2450, 105동 803호"),
            ("PHONE_NUMBER", "010-5583-1104"),
        ],
    ),
    (
        "ko",
        POS,
        f"제1조(목적물) 임대인 한상철(주민등록번호 {R12})은 아래 표시 부동산을 임차인 오지민에게 임대한다.\n"
        f"소재지: 서울특별시 관악구 봉천동 1602-14, 3층 301호\n제2조(보증금) 보증금 금 오천만원정(₩50,000,000)은 임대인 명의 국민은행 계좌 {KB2}로 입금한다.",
        [
            ("PERSON", "한상철"),
            ("KR_RRN", R12),
            ("PERSON", "오지민"),
            ("LOCATION", "서울특별시 관악구 봉천동 1602-14, 3층 301호"),
            ("BANK_ACCOUNT", KB2),
        ],
    ),
    (
        "ko",
        POS,
        "수신  경기도교육청 학교지원과장\n(경유)\n참조  주무관 신예지\n제목  개인정보 처리 현황 제출\n\n1. 관련: 학교지원과-4127(2024. 5. 3.)\n"
        "2. 위 호와 관련하여 본교의 개인정보 처리 현황을 붙임과 같이 제출합니다.\n\n한빛초등학교장\n담당 교무행정사 권태윤 ☎ 031-920-4417, kwon.ty@hanbit-es.kr",
        [
            ("PERSON", "신예지"),
            ("PERSON", "권태윤"),
            ("PHONE_NUMBER", "031-920-4417"),
            ("EMAIL_ADDRESS", "kwon.ty@hanbit-es.kr"),
        ],
    ),
    (
        "ko",
        POS,
        "■ 2분기 운영위원회 회의록\n- 일시: 2024. 6. 20.(목) 14:00\n- 참석: 이정민 팀장 · 한소연 대리 · 문재석 과장 · 유하늘 사원\n"
        "- 결정사항: 고객 DB 이관은 문재석 과장이 7월 첫 주까지 완료",
        [("PERSON", "이정민"), ("PERSON", "한소연"), ("PERSON", "문재석"), ("PERSON", "유하늘"), ("PERSON", "문재석")],
    ),
    (
        "ko",
        POS,
        "| 이름 | 부서 | 휴대폰 | 이메일 |\n|---|---|---|---|\n| 노승현 | 영업1팀 | 010-3120-8847 | shnoh@daehan-ind.co.kr |\n"
        "| 서지우 | 재무팀 | 010-6674-0285 | jiwoo.seo@daehan-ind.co.kr |",
        [
            ("PERSON", "노승현"),
            ("PHONE_NUMBER", "010-3120-8847"),
            ("EMAIL_ADDRESS", "shnoh@daehan-ind.co.kr"),
            ("PERSON", "서지우"),
            ("PHONE_NUMBER", "010-6674-0285"),
            ("EMAIL_ADDRESS", "jiwoo.seo@daehan-ind.co.kr"),
        ],
    ),
    (
        "ko",
        POS,
        "상담원: 네, 본인 확인을 위해 성함 말씀해 주시겠어요?\n고객: 남궁현서요.\n상담원: 주민번호 열세 자리 말씀 부탁드립니다.\n"
        f"고객: {R14} 이요.\n상담원: 확인됐습니다. 등록된 번호가 010-2290-4471 맞으신가요?",
        [("PERSON", "남궁현서"), ("KR_RRN", R14), ("PHONE_NUMBER", "010-2290-4471")],
    ),
    (
        "ko",
        POS,
        "이 력 서\n성명: 황보준영 (皇甫俊英)\n생년월일: 1991년 7월 3일\n주소: 인천광역시 연수구 센트럴로 123, 1201동 2004호\n"
        "휴대전화: 010-4187-5523\nE-mail: hwangbo.jy@hanmail.net\n경력: (주)미래로지스 물류기획팀 대리 (2017~2022)",
        [
            ("PERSON", "황보준영"),
            ("PERSON", "皇甫俊英"),
            ("LOCATION", "인천광역시 연수구 센트럴로 123, 1201동 2004호"),
            ("PHONE_NUMBER", "010-4187-5523"),
            ("EMAIL_ADDRESS", "hwangbo.jy@hanmail.net"),
        ],
    ),
    (
        "ko",
        POS,
        "㈜세린바이오\n연구개발본부 수석연구원\n송 민 재\nT. 02-6925-1840   F. 02-6925-1841\nM. 010-2275-9013\nE. mjsong@serinbio.com\n"
        "서울특별시 금천구 가산디지털1로 168, B동 1105호",
        [
            ("PERSON", "송 민 재"),
            ("PHONE_NUMBER", "02-6925-1840"),
            ("PHONE_NUMBER", "02-6925-1841"),
            ("PHONE_NUMBER", "010-2275-9013"),
            ("EMAIL_ADDRESS", "mjsong@serinbio.com"),
            ("LOCATION", "서울특별시 금천구 가산디지털1로 168, B동 1105호"),
        ],
    ),
    (
        "ko",
        POS,
        '[2024-07-01 09:12:44] login_success uid=8812 name="배준호" ip=211.36.148.77 phone=01038274410',
        [("PERSON", "배준호"), ("IP_ADDRESS", "211.36.148.77"), ("PHONE_NUMBER", "01038274410")],
    ),
    (
        "ko",
        POS,
        "김지훈 선임님, 어제 말씀하신 고객 주소가 '광주광역시 서구 상무중앙로 110, 2층'으로 변경되었습니다. 새 연락처는 062-385-1920입니다.",
        [("PERSON", "김지훈"), ("LOCATION", "광주광역시 서구 상무중앙로 110, 2층"), ("PHONE_NUMBER", "062-385-1920")],
    ),
    (
        "ko",
        POS,
        "안녕하세요 이상규 교수님, 대학원 입학 서류 관련해서 연락드립니다. 제 이메일은 yoonji.lab@snu-mail.kr 이고 번호는 010-9921-3384입니다.\n윤지아 올림",
        [
            ("PERSON", "이상규"),
            ("EMAIL_ADDRESS", "yoonji.lab@snu-mail.kr"),
            ("PHONE_NUMBER", "010-9921-3384"),
            ("PERSON", "윤지아"),
        ],
    ),
    (
        "ko",
        POS,
        f"정미옥 원장님, 요청하신 신규 직원 4대보험 취득 명단입니다.\n1) 하승우 {R6}\n2) 전소라 {R7}",
        [("PERSON", "정미옥"), ("PERSON", "하승우"), ("KR_RRN", R6), ("PERSON", "전소라"), ("KR_RRN", R7)],
    ),
    (
        "ko",
        POS,
        "독감 예방접종 대상자(3차): 임채원、구본희、탁민서、여승철 — 보건실 내선으로 회신 바람.",
        [("PERSON", "임채원"), ("PERSON", "구본희"), ("PERSON", "탁민서"), ("PERSON", "여승철")],
    ),
    (
        "ko",
        POS,
        f"SELECT 고객명, 계좌번호, 은행 FROM refund WHERE status='대기';\n 고객명 | 계좌번호          | 은행\n--------+-------------------+------\n"
        f" 천수아 | {WOORI}   | 우리\n 맹지호 | {HANA}  | 하나\n(2 rows)",
        [("PERSON", "천수아"), ("BANK_ACCOUNT", WOORI), ("PERSON", "맹지호"), ("BANK_ACCOUNT", HANA)],
    ),
    (
        "ko",
        POS,
        "alerts:\n  channel: '#ops-결제'\n  owner: 변성민\n  contact: '010-4471-2208'\n  escalation:\n    - 도하린 <harin.do@koreatech.kr>",
        [
            ("PERSON", "변성민"),
            ("PHONE_NUMBER", "010-4471-2208"),
            ("PERSON", "도하린"),
            ("EMAIL_ADDRESS", "harin.do@koreatech.kr"),
        ],
    ),
    (
        "ko",
        POS,
        "commit 1a7e03c9\nAuthor: 현우진 <woojin.hyun@gitcorp.kr>\n\n    fix: 주소 검증 로직 수정\n\n    재현 데이터: 대전광역시 유성구 대학로 99, 고객 응답 메일 지연 건",
        [
            ("PERSON", "현우진"),
            ("EMAIL_ADDRESS", "woojin.hyun@gitcorp.kr"),
            ("LOCATION", "대전광역시 유성구 대학로 99"),
        ],
    ),
    (
        "ko",
        POS,
        f"체류기간 연장 신청서 — 신청인 응우옌티란, 외국인등록번호 {A2}, 근무처 경상남도 김해시 김해대로 2232.",
        [("PERSON", "응우옌티란"), ("KR_ALIEN_REG", A2), ("LOCATION", "경상남도 김해시 김해대로 2232")],
    ),
    (
        "ko",
        POS,
        f"거래처 등록 요청\n상호: 주식회사 한결테크\n법인등록번호: {C2}\n사업자등록번호: {B3}\n대표이사: 엄태식\n담당자 메일: biz@hangyeol-tech.co.kr",
        [("KR_CRN", C2), ("KR_BRN", B3), ("PERSON", "엄태식"), ("EMAIL_ADDRESS", "biz@hangyeol-tech.co.kr")],
    ),
    (
        "ko",
        POS,
        f"렌터카 추가운전자 등록: 소유정님, 운전면허번호 {DL2}, 면허 종류 1종 보통.",
        [("PERSON", "소유정"), ("KR_DRIVER_LICENSE", DL2)],
    ),
    (
        "ko",
        POS,
        f"출장자 여권 정보\n방성훈 / {PP3} / 만료 2027.04.11\n피지은 / {PP4} / 만료 2033.09.02",
        [("PERSON", "방성훈"), ("KR_PASSPORT", PP3), ("PERSON", "피지은"), ("KR_PASSPORT", PP4)],
    ),
    (
        "ko",
        POS,
        f"법인카드 분실 신고합니다. 비씨카드 {BC1} 이고, 같이 쓰던 삼성카드 {MC2}도 정지 부탁드립니다. 신고자 재무팀 연동희.",
        [("CREDIT_CARD", BC1), ("CREDIT_CARD", MC2), ("PERSON", "연동희")],
    ),
    (
        "ko",
        POS,
        f"방문요양 신청 건 — 어르신 성함 옥순례, 장기요양인정번호 {HI3}(3등급), 주민등록번호 {R13}.",
        [("PERSON", "옥순례"), ("KR_HEALTH_INSURANCE", HI3), ("KR_RRN", R13)],
    ),
    (
        "ko",
        POS,
        "[택배] 홍길순 고객님, 주문하신 상품이 경기도 고양시 일산동구 중앙로1275번길 38-10 경비실에 보관되었습니다.",
        [("PERSON", "홍길순"), ("LOCATION", "경기도 고양시 일산동구 중앙로1275번길 38-10")],
    ),
    (
        "ko",
        POS,
        f"환불 계좌 확인 부탁드려요. 입금자명 석지환, IBK기업은행 {IBK} 입니다.",
        [("PERSON", "석지환"), ("BANK_ACCOUNT", IBK)],
    ),
    (
        "ko",
        POS,
        f"토스뱅크 {TOSS}로 회비 3만원 보내 주세요. 받는 사람 길민아(총무).",
        [("BANK_ACCOUNT", TOSS), ("PERSON", "길민아")],
    ),
    (
        "ko",
        POS,
        "대표번호 말고 담당자 직통 02-2188-7734로 연락 주세요. 담당 육지원 주임.",
        [("PHONE_NUMBER", "02-2188-7734"), ("PERSON", "육지원")],
    ),
    (
        "ko",
        POS,
        "관리자 페이지 접속 허용 목록: 121.134.77.201(본사), 2001:0db8:85a3:0000:0000:8a2e:0370:7334(재택 VPN)",
        [("IP_ADDRESS", "121.134.77.201"), ("IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")],
    ),
    (
        "ko",
        POS,
        "참조: 나예슬 <yeseul.na@hanulsoft.co.kr>; 봉준혁 <jhbong@hanulsoft.co.kr>",
        [
            ("PERSON", "나예슬"),
            ("EMAIL_ADDRESS", "yeseul.na@hanulsoft.co.kr"),
            ("PERSON", "봉준혁"),
            ("EMAIL_ADDRESS", "jhbong@hanulsoft.co.kr"),
        ],
    ),
    (
        "ko",
        POS,
        "3학년 2반 17번 허윤서: 수학 교과에서 탐구 보고서를 주도적으로 작성함. 담임 의견 — 학부모 상담 희망(부 허성택, 010-5120-6634).",
        [("PERSON", "허윤서"), ("PERSON", "허성택"), ("PHONE_NUMBER", "010-5120-6634")],
    ),
    (
        "ko",
        POS,
        f"진술인 주민번호 {rrn('780115', 1, '04721', dash=False)}, 현주소 충청북도 청주시 상당구 용암동 2145-3 (자택)",
        [("KR_RRN", rrn("780115", 1, "04721", dash=False)), ("LOCATION", "충청북도 청주시 상당구 용암동 2145-3")],
    ),
    (
        "ko",
        POS,
        f"긴급지원 대상자 모은정 씨(주민등록번호 {R10}), 거주지 전라남도 순천시 연향번영길 55, 101동 302호, 휴대폰 번호 없음, 자택 061-745-2219",
        [
            ("PERSON", "모은정"),
            ("KR_RRN", R10),
            ("LOCATION", "전라남도 순천시 연향번영길 55, 101동 302호"),
            ("PHONE_NUMBER", "061-745-2219"),
        ],
    ),
    (
        "ko",
        POS,
        "회의 참석자 명단: 경영지원실 차윤석 실장, 개발팀 성하진 책임, 품질팀 주다인 선임 (외부: 법무법인 담솔 우태현 변호사)",
        [("PERSON", "차윤석"), ("PERSON", "성하진"), ("PERSON", "주다인"), ("PERSON", "우태현")],
    ),
    (
        "ko",
        POS,
        f"학생 인적사항 변경: 보호자 주민등록번호 {R9}, 학생 주민등록번호 {R11}, 주소 세종특별자치시 한누리대로 2130, 1403동 904호",
        [("KR_RRN", R9), ("KR_RRN", R11), ("LOCATION", "세종특별자치시 한누리대로 2130, 1403동 904호")],
    ),
    (
        "ko",
        POS,
        f"사업자 정보 — 상호 달빛베이커리 / 사업자번호 {B4} / 대표자 표은서 / 사업장 강원특별자치도 춘천시 중앙로 67",
        [("KR_BRN", B4), ("PERSON", "표은서"), ("LOCATION", "강원특별자치도 춘천시 중앙로 67")],
    ),
    (
        "ko",
        POS,
        f"운전면허증 사본 확인 완료(면허번호 {DL3}), 계약자 염다혜, 연락처 010-3347-9021",
        [("KR_DRIVER_LICENSE", DL3), ("PERSON", "염다혜"), ("PHONE_NUMBER", "010-3347-9021")],
    ),
    (
        "ko",
        POS,
        f"수험생 확인용: 성명 장서준, 여권번호 {PP5}(2022년 발급), 비상연락 보호자 장미숙 010-9024-1183",
        [("PERSON", "장서준"), ("KR_PASSPORT", PP5), ("PERSON", "장미숙"), ("PHONE_NUMBER", "010-9024-1183")],
    ),
    (
        "ko",
        POS,
        f"의료급여 전환 상담: 대상자 추경희, 건강보험 번호 {HI4}, 세대주 추상민, 주소 경상북도 포항시 남구 포스코대로 421번길 8",
        [
            ("PERSON", "추경희"),
            ("KR_HEALTH_INSURANCE", HI4),
            ("PERSON", "추상민"),
            ("LOCATION", "경상북도 포항시 남구 포스코대로 421번길 8"),
        ],
    ),
]

# --- positive: mixed Korean/English --------------------------------------------------------------------------

MIX_POS = [
    (
        "mixed",
        POS,
        f"Hi 김예준 님, please send us your 통장 사본 for the 국민은행 account {KB} by Friday so payroll can verify it.",
        [("PERSON", "김예준"), ("BANK_ACCOUNT", KB)],
    ),
    (
        "mixed",
        POS,
        "Attendees: Park Ji-hoon (PM), 이서연 (디자인), Tom Becker (QA), 백승민 (인프라)",
        [("PERSON", "Park Ji-hoon"), ("PERSON", "이서연"), ("PERSON", "Tom Becker"), ("PERSON", "백승민")],
    ),
    (
        "mixed",
        POS,
        "고객 Ms. Laura Chen의 배송지: 서울특별시 용산구 한강대로 92, 12층 / phone +82-10-5581-2043",
        [
            ("PERSON", "Laura Chen"),
            ("LOCATION", "서울특별시 용산구 한강대로 92, 12층"),
            ("PHONE_NUMBER", "+82-10-5581-2043"),
        ],
    ),
    (
        "mixed",
        POS,
        "[Jira] DLP-482 Reporter: 최민준 / Assignee: Anna Kowalczyk — 고객 이메일 cs.sunny@kakao.com 로 반송되는 문제",
        [("PERSON", "최민준"), ("PERSON", "Anna Kowalczyk"), ("EMAIL_ADDRESS", "cs.sunny@kakao.com")],
    ),
    (
        "mixed",
        POS,
        "감사합니다.\n--\nJung Seo-yun | 정서윤\nMarketing Lead, Orbit Studio\n+82 10 6612 0934 | seoyun@orbitstudio.kr",
        [
            ("PERSON", "Jung Seo-yun"),
            ("PERSON", "정서윤"),
            ("PHONE_NUMBER", "+82 10 6612 0934"),
            ("EMAIL_ADDRESS", "seoyun@orbitstudio.kr"),
        ],
    ),
    (
        "mixed",
        POS,
        "VPN 신청 — 사번 A2031, 이름 Jihoon PARK (박지훈), 접속 IP 175.223.14.9",
        [("PERSON", "Jihoon PARK"), ("PERSON", "박지훈"), ("IP_ADDRESS", "175.223.14.9")],
    ),
    (
        "mixed",
        POS,
        "배송지 변경 요청 from Emma Wilson: 부산광역시 해운대구 센텀중앙로 97, 3204호, 연락처 010-7723-0941",
        [
            ("PERSON", "Emma Wilson"),
            ("LOCATION", "부산광역시 해운대구 센텀중앙로 97, 3204호"),
            ("PHONE_NUMBER", "010-7723-0941"),
        ],
    ),
    (
        "mixed",
        POS,
        f"Contract party B: 주식회사 누리솔루션 (사업자등록번호 {B5}), represented by 대표 윤재혁.",
        [("KR_BRN", B5), ("PERSON", "윤재혁")],
    ),
    (
        "mixed",
        POS,
        "On-call rotation: 1주차 Jake Morrison (+1 206-555-0162), 2주차 한지수 (010-3391-5547)",
        [
            ("PERSON", "Jake Morrison"),
            ("PHONE_NUMBER", "+1 206-555-0162"),
            ("PERSON", "한지수"),
            ("PHONE_NUMBER", "010-3391-5547"),
        ],
    ),
    (
        "mixed",
        POS,
        f"Customer 구태오 paid with Mastercard {MC3}; 영수증은 tao.koo@gmail.com 으로 발송.",
        [("PERSON", "구태오"), ("CREDIT_CARD", MC3), ("EMAIL_ADDRESS", "tao.koo@gmail.com")],
    ),
    (
        "mixed",
        POS,
        f"E-7 visa holder Ivanova Elena (외국인등록번호 {A4}), employer address 경기도 화성시 삼성1로 5길 31",
        [("PERSON", "Ivanova Elena"), ("KR_ALIEN_REG", A4), ("LOCATION", "경기도 화성시 삼성1로 5길 31")],
    ),
    (
        "mixed",
        POS,
        f"Please register the entity: 법인명 ㈜그린웨이브, 법인등록번호 {C3}, contact person 류지성 (jisung.ryu@greenwave.kr)",
        [("KR_CRN", C3), ("PERSON", "류지성"), ("EMAIL_ADDRESS", "jisung.ryu@greenwave.kr")],
    ),
    (
        "mixed",
        POS,
        f"Driver on record: 신동현, license {DL4}, vehicle 12가 3456, phone 010-2739-8810",
        [("PERSON", "신동현"), ("KR_DRIVER_LICENSE", DL4), ("PHONE_NUMBER", "010-2739-8810")],
    ),
]

# --- obfuscated / bypass attempts ----------------------------------------------------------------------------

RO1 = rrn("760924", 1, "38412")
RO2 = rrn("830205", 2, "19475")
RO3 = rrn("911130", 1, "02638")
RO4 = rrn("690417", 2, "73901")
RO5 = rrn("000816", 4, "55120")
RO6 = rrn("580722", 1, "40093")
RO7 = rrn("870311", 2, "61847")
RO8 = rrn("940101", 1, "28570")
RO9 = rrn("050603", 3, "90214")
RO10 = rrn("720918", 2, "11362")
RO11 = rrn("810527", 1, "70428")
RO12 = rrn("960812", 2, "34069")
AO1 = arn("930308", 6, "51824")

PO1, PO2, PO3, PO4, PO5 = "010-6293-4718", "010-5512-8803", "010-7735-5681", "010-8372-9041", "010-3081-7426"
PO6, PO7, PO8, PO9, PO10 = "010-9154-2360", "010-4706-3192", "010-2593-8614", "010-6840-1725", "010-7208-4936"
PO11, PO12 = "010-5937-2084", "010-8461-0573"

VISA4 = card("455673019283746")
VISA5 = card("402400718293641")
MC4 = card("510510293847561")
MC5 = card("558741029384756")
AMEX2 = card("34128374650192", (4, 6, 5), sep=" ")
VISA6 = card("492938104756283")

PPO1, PPO2 = "M36027194", "M415D2093"
DLO1 = "12-17-390482-64"
HIO1 = "5-2093847162"
BRNO1 = brn("138810294")

OBF = [
    ("ko", OBF, f"주민번호 {fw_alt(RO1)} 입니다", [("KR_RRN", fw_alt(RO1))]),
    ("ko", OBF, f"연락처는 {regroup(PO1, '•')} 로 부탁해요", [("PHONE_NUMBER", regroup(PO1, "•"))]),
    ("ko", OBF, f"번호 남겨요 {each(PO2, '|')} 문자 주세요", [("PHONE_NUMBER", each(PO2, "|"))]),
    ("en", OBF, f"txt me: {each(PO4, '~')} thx", [("PHONE_NUMBER", each(PO4, "~"))]),
    ("ko", OBF, f"카드 {regroup(VISA4, '*')} 유효기간 08/28", [("CREDIT_CARD", regroup(VISA4, "*"))]),
    ("ko", OBF, f"고객 주민번호는 {RO2[:6]} 다시 {RO2[7:]} 입니다.", [("KR_RRN", f"{RO2[:6]} 다시 {RO2[7:]}")]),
    ("ko", OBF, f"주민번호 {RO3[:6]}대시{RO3[7:]} 확인 부탁", [("KR_RRN", f"{RO3[:6]}대시{RO3[7:]}")]),
    ("ko", OBF, f"등록번호 {RO4[:6]} 하이픈 {RO4[7:]} 로 조회해 주세요", [("KR_RRN", f"{RO4[:6]} 하이픈 {RO4[7:]}")]),
    ("ko", OBF, "제 폰 번호 공10-7735-오육81 이에요", [("PHONE_NUMBER", "공10-7735-오육81")]),
    (
        "ko",
        OBF,
        f"연락처 {ko_read(PO5).replace('-', ' ')} 로 전화 주세요",
        [("PHONE_NUMBER", ko_read(PO5).replace("-", " "))],
    ),
    ("ko", OBF, f"주민번호 {ko_read(RO5)} 이고 이름은 정하윤이에요", [("KR_RRN", ko_read(RO5)), ("PERSON", "정하윤")]),
    ("en", OBF, f"my cell is {en_words(PO6)} if the form blocks digits", [("PHONE_NUMBER", en_words(PO6))]),
    (
        "en",
        OBF,
        "reach me on plus eight two, one zero, four seven zero six, three one nine two",
        [("PHONE_NUMBER", "plus eight two, one zero, four seven zero six, three one nine two")],
    ),
    ("en", OBF, "new number: O1O-259З-86l4 (letters on purpose lol)", [("PHONE_NUMBER", "O1O-259З-86l4")]),
    (
        "ko",
        OBF,
        f"주민번호 {RO6.replace('0', 'O').replace('1', 'l')} (숫자 대신 영문자)",
        [("KR_RRN", RO6.replace("0", "O").replace("1", "l"))],
    ),
    ("ko", OBF, f"주민등록번호: {zw_between(RO7)}", [("KR_RRN", zw_between(RO7))]),
    (
        "en",
        OBF,
        f"Phone: {PO8.replace('-', chr(0x2060) + '-' + chr(0x2060))}",
        [("PHONE_NUMBER", PO8.replace("-", chr(0x2060) + "-" + chr(0x2060)))],
    ),
    ("ko", OBF, f"휴대폰 {combining(PO9)} 로 연락 바랍니다", [("PHONE_NUMBER", combining(PO9))]),
    ("ko", OBF, f"전번 {keycap(PO10)} 📞", [("PHONE_NUMBER", keycap(PO10))]),
    ("en", OBF, f"<p>Call {html_dec(PO11)} for the refund.</p>", [("PHONE_NUMBER", html_dec(PO11))]),
    (
        "en",
        OBF,
        f"<td>contact</td><td>{html_hex('nari.oh@kakao.com')}</td>",
        [("EMAIL_ADDRESS", html_hex("nari.oh@kakao.com"))],
    ),
    ("en", OBF, '{"customer": {"rrn": "' + u_esc(RO8) + '"}}', [("KR_RRN", u_esc(RO8))]),
    ("en", OBF, f'card_bytes = b"{x_esc(MC4)}"', [("CREDIT_CARD", x_esc(MC4))]),
    (
        "en",
        OBF,
        "debug payload: " + b64(json.dumps({"name": "이수민", "rrn": RO9}, ensure_ascii=False)),
        [
            ("KR_RRN", b64(json.dumps({"name": "이수민", "rrn": RO9}, ensure_ascii=False))),
            ("PERSON", b64(json.dumps({"name": "이수민", "rrn": RO9}, ensure_ascii=False))),
        ],
    ),
    (
        "ko",
        OBF,
        f"이거 디코딩하면 메일 주소야: {b64('hyejin.moon@naver.com')}",
        [("EMAIL_ADDRESS", b64("hyejin.moon@naver.com"))],
    ),
    ("en", OBF, f"token={b64(b64('tel:' + PO12))}", [("PHONE_NUMBER", b64(b64("tel:" + PO12)))]),
    (
        "en",
        OBF,
        f"GET /crm/lookup?ssn={RO10.replace('-', '%2D')}&email=jane.doe%40gmail.com&lang=ko HTTP/1.1",
        [("KR_RRN", RO10.replace("-", "%2D")), ("EMAIL_ADDRESS", "jane.doe%40gmail.com")],
    ),
    ("en", OBF, f"https://forms.example.net/submit?tel={pct_all(PO3)}&ok=1", [("PHONE_NUMBER", pct_all(PO3))]),
    ("ko", OBF, f"로그 원문(hex): {RO11.encode().hex()}", [("KR_RRN", RO11.encode().hex())]),
    (
        "en",
        OBF,
        "00000000  " + " ".join(f"{b:02x}" for b in PO7.encode()) + "  |................|",
        [("PHONE_NUMBER", " ".join(f"{b:02x}" for b in PO7.encode()))],
    ),
    ("en", OBF, "send it to minji.kang at naver dot com please", [("EMAIL_ADDRESS", "minji.kang at naver dot com")]),
    ("en", OBF, "Contact: seungho.lim(at)daum(dot)net", [("EMAIL_ADDRESS", "seungho.lim(at)daum(dot)net")]),
    ("ko", OBF, "메일은 yerin.baek@naver。com 으로 보내 주세요", [("EMAIL_ADDRESS", "yerin.baek@naver。com")]),
    (
        "en",
        OBF,
        "forward the statement to dkwon@gmаil.com (that a is Cyrillic)",
        [("EMAIL_ADDRESS", "dkwon@gmаil.com")],
    ),
    ("en", OBF, "cc: аlex.shin@outlook.com", [("EMAIL_ADDRESS", "аlex.shin@outlook.com")]),
    (
        "en",
        OBF,
        "my email: j o o n . h w a n g 9 1 @ g m a i l . c o m",
        [("EMAIL_ADDRESS", "j o o n . h w a n g 9 1 @ g m a i l . c o m")],
    ),
    ("ko", OBF, "회신 주소 suah.kim [at] hanmail [dot] net", [("EMAIL_ADDRESS", "suah.kim [at] hanmail [dot] net")]),
    ("ko", OBF, "이메일은 dohee.seo 골뱅이 gmail 점 com 입니다", [("EMAIL_ADDRESS", "dohee.seo 골뱅이 gmail 점 com")]),
    (
        "ko",
        OBF,
        f"메일 {fw_all('taemin.yoo@kakao.com').translate(str.maketrans({c: chr(ord(c) + 0xFEE0) for c in 'abcdefghijklmnopqrstuvwxyz'}))} 로 회신",
        [
            (
                "EMAIL_ADDRESS",
                fw_all("taemin.yoo@kakao.com").translate(
                    str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz"})
                ),
            )
        ],
    ),
    ("en", OBF, "<a>gayoung.ha&#64;naver&#46;com</a>", [("EMAIL_ADDRESS", "gayoung.ha&#64;naver&#46;com")]),
    (
        "ko",
        OBF,
        f"주민번호 앞자리 {RO12[:7]}\n{RO12[7:]} 이렇게 두 줄로 보낼게요",
        [("KR_RRN", f"{RO12[:7]}\n{RO12[7:]}")],
    ),
    ("ko", OBF, "연락처 010-6293\n-4718 (줄바꿈 주의)", [("PHONE_NUMBER", "010-6293\n-4718")]),
    ("ko", OBF, f"주민번호 {' '.join(RO1)} 입니다", [("KR_RRN", " ".join(RO1))]),
    ("en", OBF, f"card number:\n{VISA5[:9]}\n{VISA5[10:]}", [("CREDIT_CARD", f"{VISA5[:9]}\n{VISA5[10:]}")]),
    ("ko", OBF, f"번호 {circled(PO5)} 로 연락", [("PHONE_NUMBER", circled(PO5))]),
    ("ko", OBF, f"주민번호 {math_bold(RO3)}", [("KR_RRN", math_bold(RO3))]),
    ("en", OBF, f"whatsapp {arabic_indic(PO2)}", [("PHONE_NUMBER", arabic_indic(PO2))]),
    ("ko", OBF, f"전화 {map_digits(PO4, HANJA)} 로 주세요", [("PHONE_NUMBER", map_digits(PO4, HANJA))]),
    ("ko", OBF, f"폰 {PO6.replace('-', 'ㅡ')} 으로 연락 바람", [("PHONE_NUMBER", PO6.replace("-", "ㅡ"))]),
    ("ko", OBF, f"해외에서 걸 때는 {fw_all('+82 10-9154-2360')} 로", [("PHONE_NUMBER", fw_all("+82 10-9154-2360"))]),
    ("en", OBF, "IOC: beacon to 192[.]168[.]10[.]45 from host of j.cho", [("IP_ADDRESS", "192[.]168[.]10[.]45")]),
    (
        "en",
        OBF,
        "my home ip is 121 dot 167 dot 40 dot 18, whitelist it pls",
        [("IP_ADDRESS", "121 dot 167 dot 40 dot 18")],
    ),
    (
        "ko",
        OBF,
        f"국민은행 {ko_read(KB).replace('-', ' 다시 ')} 으로 입금 부탁",
        [("BANK_ACCOUNT", ko_read(KB).replace("-", " 다시 "))],
    ),
    ("ko", OBF, f"신한 {SHINHAN2.replace('-', '/')} 예금주 본인", [("BANK_ACCOUNT", SHINHAN2.replace("-", "/"))]),
    ("ko", OBF, f"여권번호 {' '.join(PPO1)} 입니다", [("KR_PASSPORT", " ".join(PPO1))]),
    ("en", OBF, f"passport {zw_between(PPO2, chr(0x200C))}", [("KR_PASSPORT", zw_between(PPO2, chr(0x200C)))]),
    ("ko", OBF, f"운전면허 {DLO1.replace('-', '.')} (점으로 구분)", [("KR_DRIVER_LICENSE", DLO1.replace("-", "."))]),
    ("ko", OBF, f"건강보험증 번호 {fw_all(HIO1)}", [("KR_HEALTH_INSURANCE", fw_all(HIO1))]),
    ("ko", OBF, f"외국인등록번호 {AO1[:6]} 다시 {AO1[7:]}", [("KR_ALIEN_REG", f"{AO1[:6]} 다시 {AO1[7:]}")]),
    ("en", OBF, f"card: {en_words(MC5, ' / ')}", [("CREDIT_CARD", en_words(MC5, " / "))]),
    (
        "en",
        OBF,
        f"Subject: =?utf-8?Q?contact?=\n\nreply-to {qp('hanbyul.ok@daum.net')}",
        [("EMAIL_ADDRESS", qp("hanbyul.ok@daum.net"))],
    ),
    ("ko", OBF, f"결제 카드 {AMEX2.replace(' ', ' 🔒 ')} 입니다", [("CREDIT_CARD", AMEX2.replace(" ", " 🔒 "))]),
    (
        "ko",
        OBF,
        f"주민번호 앞 여섯 자리는 {RO9[:6]}, 뒤 일곱 자리는 {RO9[7:]} 입니다",
        [("KR_RRN", f"{RO9[:6]}, 뒤 일곱 자리는 {RO9[7:]}")],
    ),
    ("ko", OBF, "고객명 김\u200b하\u200b늘 (검색 안 되게 띄움)", [("PERSON", "김\u200b하\u200b늘")]),
    (
        "ko",
        OBF,
        "상담 대상자 " + __import__("unicodedata").normalize("NFD", "정하윤") + " 님 자료",
        [("PERSON", __import__("unicodedata").normalize("NFD", "정하윤"))],
    ),
    ("en", OBF, "mail: so\u00adyeon.jin@gmail\u00ad.com", [("EMAIL_ADDRESS", "so\u00adyeon.jin@gmail\u00ad.com")]),
    (
        "en",
        OBF,
        "backup.csv (base64): " + b64(f"name,card\nAiden Lee,{VISA6}\n"),
        [("CREDIT_CARD", b64(f"name,card\nAiden Lee,{VISA6}\n")), ("PERSON", b64(f"name,card\nAiden Lee,{VISA6}\n"))],
    ),
    ("ko", OBF, f"사업자번호 {each(BRNO1, '·')} 로 세금계산서 발행", [("KR_BRN", each(BRNO1, "·"))]),
    (
        "ko",
        OBF,
        f"계좌 {regroup(TOSS, ' - ').replace('0', '０')} 토스뱅크",
        [("BANK_ACCOUNT", regroup(TOSS, " - ").replace("0", "０"))],
    ),
]

# --- hard negatives (no personal data) -----------------------------------------------------------------------

NEG_CASES = [
    ("ko", NEG, "주문번호 202406-1187-3349 결제 완료, 배송 예정일 6/14(금)", []),
    ("ko", NEG, "송장번호 5678 1234 9012 (대한통운) 조회 결과: 간선상차 완료", []),
    ("en", NEG, "Invoice INV-2024-004817 is due 2024-07-31; amount USD 12,480.00 net 30.", []),
    ("en", NEG, "Receipt no. 0042-118-77310 - thank you for shopping at Greenleaf Market.", []),
    ("ko", NEG, "사건번호 2023가합104827 손해배상(기) 사건의 선고기일은 2024. 9. 12. 10:00입니다.", []),
    ("ko", NEG, "개인정보 보호법 제29조 및 같은 법 시행령 제30조제1항제2호에 따른 안전조치 의무 점검표", []),
    (
        "en",
        NEG,
        f"Cited as ISBN {ean13('979116224031')[:3]}-{ean13('979116224031')[3:5]}-{ean13('979116224031')[5:9]}-{ean13('979116224031')[9:12]}-{ean13('979116224031')[12]}, ISSN 1229-8220, pp. 45-67.",
        [],
    ),
    ("en", NEG, "Release 24.1.0.3317 ships with v3.12.4-rc2; upgrade from 23.9.x is required.", []),
    ("en", NEG, "git rebase --onto a3f9c21e0b7d 5d02e7f main  # fixes #1842 and #1907", []),
    ("en", NEG, "request-id: 9b2d4e71-0c3a-4f8e-b6d1-72a5c0e9f413, span 00f067aa0ba902b7", []),
    ("ko", NEG, "측정 지점 위도 35.1796, 경도 129.0756, 고도 41.3m", []),
    ("ko", NEG, "총액 ₩1,250,000 (부가세 113,636원 포함), 할부 3개월 무이자", []),
    ("en", NEG, "SKU HX-2290-BLK-L, model QN65S95D, batch 7741-A", []),
    ("ko", NEG, "시스템 장애 시 내선 2345 또는 내선 2346으로 연락 바랍니다.", []),
    ("ko", NEG, "우편번호 06236 지역 배송은 하루 더 걸립니다.", []),
    ("ko", NEG, "2019~2024년 누적 매출, 1998-2003 구간은 제외", []),
    ("en", NEG, "(3x + 7)(2x - 5) = 6x^2 - x - 35 and 12 * 34 = 408; 1/3 + 1/6 = 0.5", []),
    ("en", NEG, "C6H12O6 + 6O2 -> 6CO2 + 6H2O; H2SO4 98%, NaCl 0.9% saline", []),
    ("ko", NEG, "어제 경기 결과 7-4, 9회말 2사 만루에서 끝내기. 시즌 전적 58승 3무 41패", []),
    ("en", NEG, "Final score 2-1 after extra time; possession 54% to 46%, 17 shots to 9.", []),
    ("ko", NEG, "올해 김장은 11월 셋째 주 토요일에 하기로 했어요.", []),
    ("ko", NEG, "이사회 결의로 국제 박람회 참가가 확정되었다.", []),
    ("ko", NEG, "정보보호 조사관 양성 교육 과정 모집 공고", []),
    ("ko", NEG, "강남역 11번 출구 앞에서 오후 2시에 모여요.", []),
    ("en", NEG, "Project Falcon kicks off with the Blue Team right after the Q3 Review.", []),
    ("en", NEG, "Nimbus Pro X2 and AuroraDesk 5 both ship with FluxOS 2.3 out of the box.", []),
    ("en", NEG, "Timestamps: 2024-03-05T09:30:00+09:00, 05/03/2024, 3 Mar 2024, 1709598600 (epoch).", []),
    ("ko", NEG, "2024년 3월 5일(화) 14시 30분 59초, 2024.03.05, 24/03/05 모두 같은 날짜 표기", []),
    ("en", NEG, "Ticket CS-20240611-0042 closed as duplicate of CS-20240610-0977.", []),
    ("ko", NEG, "민원 접수번호 1AA-2406-0012345 처리 기한은 7일입니다.", []),
    ("ko", NEG, "카드 승인번호 30918472, 가맹점번호 00123456789, 할부개월 00", []),
    ("ko", NEG, "계좌이체 수수료 500원, 자동이체 출금일 매월 25일", []),
    ("ko", NEG, "간이과세자 부가세 신고 기한은 7월 25일이고, 예정고지 세액은 1,320,000원입니다.", []),
    ("ko", NEG, "부품번호 PN-010-2345-6789-A 재고 12개", []),
    ("en", NEG, "Certified to ISO/IEC 27001:2022 and ISO/IEC 27701:2019; audit ref 2024-ISMS-031.", []),
    ("en", NEG, "User agent: Chrome 126.0.6478.127 on Windows NT 10.0; Win64; x64", []),
    ("en", NEG, "SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", []),
    ("ko", NEG, "표준산업분류코드 62010, 업태 서비스, 종목 소프트웨어 개발", []),
    ("ko", NEG, f"의약품 표준코드 {EAN_DRUG}, 포장 단위 30정", []),
    ("ko", NEG, "전자세금계산서 승인번호 20240611-41000012-31ab45cd 발행 완료", []),
    ("ko", NEG, "법률 제19234호로 개정된 조항은 부칙 제3조에 따라 시행한다.", []),
    ("ko", NEG, "회의실 예약: 대회의실 B, 14:00–15:30, 인원 12명, 빔프로젝터 필요", []),
    ("ko", NEG, "최고 기온 33.4도, 습도 78%, 강수확률 60%, 미세먼지 보통", []),
    ("en", NEG, "Lot No. 23-0417-B, EXP 2026-02, store below 25 C.", []),
    ("ko", NEG, "문의는 고객센터 채팅으로만 받습니다. 전화 상담은 운영하지 않습니다.", []),
    ("en", NEG, "PO# 4500018231 for vendor code V-002931, cost center 7710-220.", []),
    ("en", NEG, "Flight KE081 ICN to JFK departs 10:00, gate 23, seat 42K, baggage belt 7.", []),
    ("ko", NEG, "1,234,567번째 방문자 이벤트 당첨 확률은 0.0001%입니다.", []),
    ("ko", NEG, "표 3-12 참조, 그림 4.2.1 및 부록 B-7 확인", []),
    ("ko", NEG, "2025학년도 수시 모집 요강 p.132-145 참고", []),
    ("en", NEG, "Accent color RGB(255, 128, 0), hex #FF8000, hsl(30, 100%, 50%).", []),
    ("en", NEG, "Stack: nginx 1.25.3, OpenSSL 3.0.13, kernel 6.8.0-35-generic, PostgreSQL 16.2", []),
    ("ko", NEG, "좌석 배치: A열 1~20번, B열 21~40번, 통로석 12·13번", []),
    ("en", NEG, "Fibonacci: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610", []),
    ("ko", NEG, "정산 기준은 매월 1일~말일, 지급일은 익월 10일입니다.", []),
    ("en", NEG, "Green Valley Initiative, Silver Line Express and the Northstar Protocol were all approved.", []),
    ("ko", NEG, "조사관 3명과 강사 2명이 윤독회에 참석하고, 장학금 심사는 최종 단계입니다.", []),
    ("ko", NEG, f"제품 시리얼 SN {SERIAL_BAD_LUHN}, 보증기간 2년", []),
    ("ko", NEG, f"문서번호 {DOC_BAD_RRN} 기안 완료", []),
    ("en", NEG, "Port map: 8080->80, 8443->443, 5432 internal; retry after 3000 ms.", []),
    ("ko", NEG, "박스 규격 600x400x350mm, 중량 12.5kg, 적재 5단", []),
    ("en", NEG, "Morning Star Bakery opens at 7:00; Ocean View Cafe closes at 22:00.", []),
    ("ko", NEG, "임상시험 등록번호 KCT0009123, 프로토콜 v2.1 (2024-02-01)", []),
    ("ko", NEG, "정기 점검: 매주 화요일 02:00~04:00 (KST), 점검 ID MNT-0412", []),
]


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    cases = EN_POS + KO_POS + MIX_POS + OBF + NEG_CASES
    for i, (lang, kind, text, labelled) in enumerate(cases):
        spans: list[dict[str, object]] = []
        taken: list[tuple[str, int, int]] = []
        for entity, value in labelled:
            pos = text.find(value)
            while pos >= 0 and any(ent == entity and pos < e and s < pos + len(value) for ent, s, e in taken):
                pos = text.find(value, pos + 1)
            if pos < 0:
                raise ValueError(f"case {i}: {value!r} not found free in {text!r}")
            assert text[pos : pos + len(value)] == value
            taken.append((entity, pos, pos + len(value)))
            spans.append({"entity": entity, "start": pos, "end": pos + len(value)})
        assert lang in ("ko", "en", "mixed"), i
        assert kind in ("positive", "obfuscated", "negative"), i
        assert (kind == "negative") == (not spans), i
        out.append({"id": f"third-{i:03d}", "lang": lang, "kind": kind, "text": text, "spans": spans})
    return out


def main() -> None:
    cases = build()
    for case in cases:
        for sp in case["spans"]:
            assert isinstance(sp, dict)
    write_jsonl(OUT, cases)


if __name__ == "__main__":
    main()
