"""Street addresses, LOCATION: Korean road-name (도로명) and lot-number (지번) addresses, English street
addresses.

Korean: [시/도] [시/군/구]... then a road (…로, …대로, …길, …번길) and building number (123, 123-4), or a
neighbourhood (…동, …리, …가, 읍/면) and lot number (123-45, 산 12, …번지), then optional details
(101동 1203호, 3층). The road or lot part anchors a match; the administrative units in front of it
raise the score. A road part alone (`세종대로 209`) needs address context, because `…로 3` is also a
particle before a number.
English: house number, 1-3 capitalised words and a street suffix (Street, Ave, Rd ...), optional unit, city,
state and ZIP; romanised Korean forms (`123 Teheran-ro, Gangnam-gu`).
Reference: https://www.juso.go.kr (도로명주소 안내), https://pe.usps.com/text/pub28/28c2_001.htm
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import re2

from detectors.base import Context, Document, Re2Pattern, adjust
from detectors.types import Entity, Finding

__all__ = ["LocationRecognizer", "is_particle_ro", "road_only_score"]

SIDO = (
    "서울특별시",
    "서울시",
    "서울",
    "부산광역시",
    "부산시",
    "부산",
    "대구광역시",
    "대구시",
    "대구",
    "인천광역시",
    "인천시",
    "인천",
    "광주광역시",
    "광주시",
    "광주",
    "대전광역시",
    "대전시",
    "대전",
    "울산광역시",
    "울산시",
    "울산",
    "세종특별자치시",
    "세종시",
    "세종",
    "경기도",
    "경기",
    "강원특별자치도",
    "강원도",
    "강원",
    "충청북도",
    "충북",
    "충청남도",
    "충남",
    "전북특별자치도",
    "전라북도",
    "전북",
    "전라남도",
    "전남",
    "경상북도",
    "경북",
    "경상남도",
    "경남",
    "제주특별자치도",
    "제주도",
    "제주",
)
_SIDO_ALT = "|".join(sorted(SIDO, key=len, reverse=True))
# A number that goes on (more digits) or counts something (명, 개, %): not a building or lot number.
UNIT_AFTER = re.compile(r"[0-9]|[ ]?(?:명|개|원|년|월|일|시간|분|초|건|세|%|배|차|회|위|등|층이|kg|km|퍼센트)")
# re2 (linear): a word start is `^` or a non-Hangul character, group 1 is the road or neighbourhood, group 2
# the number; what follows the number is checked with UNIT_AFTER.
KO_ROAD = re2.compile(r"(?:^|[^가-힣])([가-힣][가-힣0-9]{0,11}(?:대로|로|길)) ?([0-9]{1,4}(?:-[0-9]{1,4})?)")
KO_LOT = re2.compile(
    r"(?:^|[^가-힣])([가-힣][가-힣0-9]{0,7}(?:동|리|[0-9]가|읍|면)) ?(?:산 ?)?([0-9]{1,4}(?:-[0-9]{1,4})?)(?:번지)?"
)
# Units before the road or lot: a name of two syllables or more and its unit (one syllable is 혹시, 역시, 입구, 요구:
# words, not places), or one of the five one-syllable districts (중구, 동구, 서구, 남구, 북구).
KO_ADMIN_BEFORE = re.compile(
    rf"(?:(?:{_SIDO_ALT}) ?)?(?:(?:[가-힣]{{2,6}}(?:시|군|구|읍|면|동)|[중동서남북]구) ?){{0,3}}$"
)
# After the number: another group of digits (2024-10-15, 010-5721-8304) makes it a date or a phone number.
NUMBER_GOES_ON = re.compile(r"[-.][0-9]")
KO_SIDO_ONLY = re.compile(rf"(?:{_SIDO_ALT}) ?$")
# An address without a number: 서울특별시 강남구 역삼동. re2 (the province list is a long alternation); the
# word start is matched as `^` or a non-Hangul character and only group 1 is used.
KO_ADMIN_ONLY = re2.compile(
    rf"(?:^|[^가-힣])((?:{_SIDO_ALT}) [가-힣]{{1,6}}(?:시|군|구)(?: [가-힣]{{1,6}}(?:구|동|읍|면))?)(?:[^가-힣]|$)"
)
# After the number: a side road's (판교역로 192번길 14), then the building's details (101동 1203호, `, 3층`,
# `, 상가 1층 104호`, `(역삼동)`, but not `(어순호 님)`); a floor after a word only after a comma (들안로 211 상가 2층:
# the arcade is not read into it).
KO_SIDE_ROAD = re.compile(r"(?:번길|번안길) ?[0-9]{1,4}(?:-[0-9]{1,4})?")
KO_DETAIL = re.compile(
    r"(?:,? ?[0-9]{1,4}동)?(?:, ?(?:[가-힣]{1,4} )?(?:지하 ?)?[0-9]{1,3}층)?(?:,? ?[0-9]{1,5}호)?(?: ?[0-9]{1,3}층)?"
    r"(?: ?\((?![가-힣 ]{2,8}(?:님|씨)\))[가-힣0-9, ]{1,20}\))?"  # not the resident's name (어순호 님)
)
EN_STREET = re2.compile(
    r"\b[0-9]{1,6}[A-Z]?(?:-[0-9]{1,4})? (?:(?:[NS][EW]?|[EW])\.? )?(?:(?:[A-Z][a-z]+|[0-9]{1,3}(?:st|nd|rd|th)) ){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|"
    r"Pkwy|Highway|Hwy|Square|Sq|Close|Crescent|Gardens|Grove|Mews|Row|Walk|Rise)\b\.?"
    r"(?: (?:[NS][EW]?|[EW])\b)?"  # a quadrant after the street (Queen St W, 4th Ave NW)
    r"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\.? ?[A-Za-z0-9-]{1,6})?"
    r"(?:, ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?(?:, ?[A-Z]{2})?"  # a CSV row's cells too (Blvd,Charlotte,NC,28273)
    # a US ZIP, a UK postcode or a Canadian one
    r"(?:,? [0-9]{5}(?:-[0-9]{4})?|,[0-9]{5}(?:-[0-9]{4})?| [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|"
    r" [A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])?"
)
# A Korean road-name address in English, as the juso.go.kr English address writes it: unit, building number, road
# (Teheran-ro, Gasan digital 1-ro, Itaewon-ro 55ga-gil, Sejong-daero), district, city and postcode, with commas or
# line breaks between: `803, 18 Itaewon-ro 55ga-gil, Yongsan-gu, Seoul 04349`. Linear: every repetition is bounded,
# and the word pieces ([A-Za-z0-9], separators) are disjoint.
_KO_SEP = r"(?:,[ \t]{0,2}(?:\r?\n[ \t]{0,4})?|\r?\n[ \t]{0,4}| )"
_KO_ROAD = (
    r"(?:[A-Z][A-Za-z]{1,20}(?:[ \-][A-Za-z0-9]{1,20}){0,3}-(?:i|sam|sa|o)?(?:daero|ro|gil)"  # Seongsu-iro: 성수이로
    r"(?: ?[0-9]{1,3}(?:beon|ga|na|da|ra)?-gil)?"
    r"(?: [0-9]{1,2}-ga)?"  # Namdaemun-ro 5-ga
    r"|[A-Z][a-z]{1,20}(?:[0-9]{1,2})?-(?:dong|ri)(?: [0-9]{1,2}-ga)?)"  # a lot-number address: 35 Songdo-dong
)
EN_KO_ROMAN = re.compile(
    rf"\b(?:(?:(?:Unit|Apt|Suite|Room|Rm|No|#)\.? ?)?[0-9]{{1,5}}(?:-[0-9]{{1,4}})?(?:ho)?{_KO_SEP})?"
    rf"(?:[0-9]{{1,4}}(?:-[0-9]{{1,4}})?{_KO_SEP})?{_KO_ROAD}(?: [0-9]{{1,4}}(?:-[0-9]{{1,4}})?)?"
    # a unit or floor between the road and the district (, Unit 503, | , 14F,)
    rf"(?:{_KO_SEP}(?:(?:Unit|Apt|Suite|Room|Rm|No)\.? ?[0-9A-Za-z\-]{{1,6}}|#[0-9A-Za-z\-]{{1,6}}|B?[0-9]{{1,3}}F))?"
    rf"(?:{_KO_SEP}[A-Z][a-z]{{1,20}}(?:-[a-z]{{1,10}})?-(?:gun|gu|si|dong|eup|myeon|do)){{1,3}}"
    rf"(?:{_KO_SEP}(?:Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju)(?:-si)?)?"
    r"(?:,? [0-9]{5}(?![0-9]))?"
)
# An address whose street is followed by an administrative unit, as Vietnam, the Philippines, Thailand and Indonesia
# write them: `12 Nguyen Huu Canh, Ward 22, Binh Thanh, Ho Chi Minh City`. The unit's word anchors it, and a district
# or city must follow it (12 Angry Men, District 9 is no address).
# Latin letters with Vietnamese diacritics (Phường, Bình Thạnh), as ranges: a Unicode class made the program 300 times
# the size.
_WORD = r"[A-ZÀ-ÞĐƠƯ][a-zß-ÿĀ-ỹ]+"
_SMALL_WORD = r"[a-z]*[ß-ÿĀ-ỹ][a-zß-ÿĀ-ỹ]*"  # a small word only with a diacritic (Thành phố): not English prose
_ADMIN_UNIT = (
    r"(?:Ward|District|Commune|Phuong|Phường|Quan|Quận|Barangay|Brgy\.?|Subdistrict|Sub-district|Kelurahan|"
    r"Kecamatan|Tambon|Amphoe|Khet|Khwaeng|Soi|Moo)"
)
_ADDRESS_PART = rf"(?:{_ADMIN_UNIT} )?(?:[0-9]{{1,3}}|{_WORD}(?: (?:{_WORD}|{_SMALL_WORD})){{0,4}})"
EN_WARD_ADDRESS = re2.compile(
    rf"\b[0-9]{{1,5}}[A-Z]?(?:/[0-9]{{1,4}})?,? {_WORD}(?: {_WORD}){{0,4}}, "
    rf"{_ADMIN_UNIT} (?:[0-9]{{1,3}}|{_WORD}(?: {_WORD}){{0,2}})(?:, {_ADDRESS_PART}){{1,3}}"
)

CONTEXT = Context(
    positive=(
        "주소",
        "거주",
        "소재지",
        "배송지",
        "자택",
        "사는 곳",
        "주민등록상",
        "본적",
        "address",
        "addr",
        "residence",
        "ship to",
        "located at",
        "lives at",
        "home",
    ),
)
SCORE_FULL = 0.85
SCORE_SIDO = 0.75
SCORE_ROAD_STRONG = 0.55
SCORE_ROAD_ONLY = 0.5
SCORE_ROAD_WEAK = 0.4
MIN_ROAD_SYLLABLES = 4
SCORE_LOT_ONLY = 0.35
SCORE_ADMIN_ONLY = 0.4
SCORE_ADMIN_CONTEXT = 0.45
_ROAD_OR_LOT_AFTER = re.compile(r"[ \t]*[가-힣0-9]{1,12}(?:대로|로|길|동|리|가|읍|면)(?:[ \t]|$)")
SCORE_CONTEXT = 0.8
SCORE_EN = 0.8
# The made-up town that forms, style guides and API docs print in a sample address (`123 Main St, Anytown, USA`;
# sixteenth held-out set): an address in it is a placeholder, reported below the blocking score. Read in the match and
# the rest of its line after it (`742 Evergreen Terrace, Springfield` is fiction too, but Springfield is a real town).
PLACEHOLDER_TOWN = re.compile(r"(?i)(?<![a-z])any ?(?:town|city|ville|where|place|state|county)(?![a-z])")
PLACEHOLDER_AFTER = 40
SCORE_PLACEHOLDER = 0.3
LOOKBEHIND = 40


def road_only_score(word: str) -> float:
    """A road part with no city or district in front: 세종대로, 판교역로12번길 and 3+ syllable …로 count."""
    if word.endswith(("대로", "길")):
        return SCORE_ROAD_STRONG
    return SCORE_ROAD_ONLY if len(word) >= MIN_ROAD_SYLLABLES else SCORE_ROAD_WEAK


def is_particle_ro(word: str) -> bool:
    """`기준으로`, `서울로`: the particle 로/으로 after a noun, not a road name."""
    return word.endswith("으로") or word.endswith(("에로", "보로", "대로서"))


class LocationRecognizer:
    entity: ClassVar[Entity] = Entity.LOCATION

    def validate(self, value: str) -> bool | None:
        return None if value.strip() else False

    def _korean(self, doc: Document, pattern: Re2Pattern, alone: float) -> Iterator[Finding]:
        text = doc.text
        for m in doc.finditer(pattern):
            word = m.group(1)
            if (pattern is KO_ROAD and is_particle_ro(word)) or UNIT_AFTER.match(text, m.end()):
                continue
            if m.group(2).startswith("0") or NUMBER_GOES_ON.match(text, m.end()):
                continue  # no building or lot number starts with 0 (급하면 010-5721-8304, 따르면 2024-10-15)
            start = m.start(1)
            window = text[max(0, start - LOOKBEHIND) : start]
            admin = KO_ADMIN_BEFORE.search(window)
            if admin and admin.group().strip():
                start -= len(window) - admin.start()
                base = SCORE_FULL if not KO_SIDO_ONLY.fullmatch(admin.group()) else SCORE_SIDO
            elif pattern is KO_ROAD:
                base = road_only_score(word)
            else:
                base = alone
            end = m.end()
            side = KO_SIDE_ROAD.match(text, end) if pattern is KO_ROAD else None
            if side:
                end = side.end()
            detail = KO_DETAIL.match(text, end)
            if detail:
                end = detail.end()
            score = adjust(base, doc.signal(start, end, CONTEXT), SCORE_CONTEXT)
            yield Finding(self.entity, start, end, score, type(self).__name__, None)

    def find(self, doc: Document) -> Iterator[Finding]:
        if doc.has_digit:  # road, lot and street addresses all hold a number
            yield from self._korean(doc, KO_ROAD, SCORE_ROAD_ONLY)
            yield from self._korean(doc, KO_LOT, SCORE_LOT_ONLY)
        for m in doc.finditer(KO_ADMIN_ONLY):
            # a province and a district with no road or lot number (현재 인천 중구 소재 쉼터 거주, 주소 서울 강남구
            # ***로 **) locate no one: reported below the masking score even under an address word
            # (unless a road or a neighbourhood follows it: 역삼동 칠삼육-일이 is an address whose number is spelled)
            score = adjust(SCORE_ADMIN_ONLY, doc.signal(m.start(1), m.end(1), CONTEXT), SCORE_CONTEXT)
            # a neighbourhood named (역삼동, 화촌면) narrows it enough for an address word to make it one
            goes_on = m.group(1)[-1] in "동리로길가읍면" or _ROAD_OR_LOT_AFTER.match(doc.text, m.end(1))
            if not goes_on:
                score = min(score, SCORE_ADMIN_CONTEXT)
            yield Finding(self.entity, m.start(1), m.end(1), score, type(self).__name__, None)
        for pattern in (EN_STREET, EN_WARD_ADDRESS) if doc.has_digit else ():
            for m in doc.finditer(pattern):
                line_end = doc.text.find("\n", m.end(), m.end() + PLACEHOLDER_AFTER)
                reach = line_end if line_end >= 0 else m.end() + PLACEHOLDER_AFTER
                placeholder = PLACEHOLDER_TOWN.search(doc.text, m.start(), reach) is not None
                score = SCORE_PLACEHOLDER if placeholder else SCORE_EN
                yield Finding(self.entity, m.start(), m.end(), score, type(self).__name__, None)
        if "-ro" in doc.text or "-gil" in doc.text or "-daero" in doc.text or "-dong" in doc.text or "-ri" in doc.text:
            for sm in EN_KO_ROMAN.finditer(doc.text):
                if any(c.isdigit() for c in sm.group()):  # Sinsa-dong, Gangnam-gu: a neighbourhood, no address
                    yield Finding(self.entity, sm.start(), sm.end(), SCORE_EN, type(self).__name__, None)
