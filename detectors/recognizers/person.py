"""Personal names, PERSON: Korean names by surname, title and label; English names by title, label and
gazetteer.

Works offline with no NLP model. Korean: a word of 2-4 syllables that starts with a common surname (1 or 2
syllables) and is followed by a title or honorific (님, 씨, 과장, 주무관, 사무관 ...) or preceded by a label
(성명, 이름, 담당자, 민원인, 예금주 ...), or stands alone as a field of a record row that also holds other
data.
English: a capitalised name after Mr/Ms/Dr or a label (Name:, Dear), or a first name from the gazetteer
followed by a capitalised surname; romanised Korean names (Kim Min-su, Jihoon Park).
Neither in a place or organisation named after someone: a head noun after the name (Victoria Station, George
Washington University, 홍길동역, 박지훈대학교) makes it the place's name.
`validate` answers None: names have no checksum.
Reference: 통계청 2015 인구주택총조사 성씨 통계, https://ko.wikipedia.org/wiki/한국의_성씨_목록
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from itertools import accumulate
from typing import ClassVar

import re2

from detectors.base import RULE_CHARS, Document, split_outside_quotes
from detectors.normalize import DUBEOLSIK, compose_jamo
from detectors.recognizers.kr_rrn import birth_date_valid
from detectors.recognizers.person_words import (
    AMBIGUOUS_GIVEN,
    CHINESE_ROMAN_SURNAMES,
    CHINESE_SURNAMES,
    COMMITTEE_TAIL,
    COMMON_WORDS,
    DOUBLE_SURNAMES,
    EN_CENSUS_SURNAMES,
    EN_ROLE_CUES,
    EN_STRONG_CUES,
    EN_SURNAMES,
    EN_WEAK_CUES,
    FIRST_NAMES,
    GENERAL_PARTICLES,
    GIVEN_SYLLABLES,
    HANJA_SURNAMES,
    HISTORICAL_FIGURES,
    LABELS,
    LAST_SYLLABLES,
    MIDDLE_SYLLABLES,
    NATIONALITIES,
    NATIVE_GIVEN,
    NOT_PERSON_ENDINGS,
    NOUN_STEMS,
    PARTICLES,
    PERSON_PARTICLES,
    PLACE_HEADS,
    RARE_SURNAMES,
    ROLE_NOUNS,
    ROMAN_SURNAMES,
    SURNAMES,
    SYSTEM_WORDS,
    TITLES,
    UPPER_NOT_NAMES,
    VIET_SURNAMES,
)
from detectors.recognizers.phone_number import korean_plan
from detectors.types import Entity, Finding

__all__ = [
    "GivenNames",
    "PersonRecognizer",
    "bare_name_score",
    "compound_noun",
    "fold_marks",
    "foreign_name_words",
    "historical_figure",
    "is_common_word",
    "korean_name_ok",
    "korean_place_follows",
    "labelled_name",
    "load_given_names",
    "load_korean_nouns",
    "name_before_particle",
    "names_a_place",
    "noun_with_suffix",
    "person_noun",
    "placeholder_name",
    "public_figure",
    "romanised_korean",
    "shaped_surname",
    "strip_particle",
    "typed_in_english_mode",
]

_TITLE_SET = frozenset(TITLES)
_LABEL_SET = frozenset(w.replace("_", " ") for w in LABELS) | frozenset(w.replace("_", "") for w in LABELS)
_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))
# An underscore in a label stands for an optional space (받는_분: 받는 분, 받는분).
_LABEL_ALT = "|".join(sorted((w.replace("_", " ?") for w in LABELS), key=len, reverse=True))
# Linear: a bounded syllable run, an optional space, a literal alternation.
# re2 (linear, DFA) for the patterns built on long alternations; it has no lookbehind, so a word start is
# matched as `^` or a non-Hangul character and only group 1 is used.
# A word that says how someone holds the post may stand between the name and the title (설가은 파견 방사선사, 김도윤
# 신임 주무관, 한서준 외부 강사).
TITLE_QUALIFIERS = "파견|신임|전임|후임|외부|내부|계약직|정규직|기간제|수습|인턴|임시|당직|보조|객원|명예"
KO_TITLED = re2.compile(rf"(?:^|[^가-힣])([가-힣]{{2,4}}?) ?(?:(?:{TITLE_QUALIFIERS}) )?\(? ?(?:{_TITLE_ALT})")
# A surname alone before a rank and its honorific (윤 대표님께, 김 과장님): how colleagues name each other. Not the
# syllables that qualify a title there (전 대표님: the former; 현, 구, 부, 원, 양 대표님: both; 제, 고, 동, 당, 모).
SURNAME_TITLES = """과장 대리 부장 차장 팀장 실장 주무관 사무관 서기관 주사 계장 대표 이사 상무 전무 사장 회장
    원장 소장 국장 처장 청장 교수 박사 변호사 세무사 노무사 회계사 기자 작가 감독 위원 매니저 프로 선배 주임 선임
    책임 수석 총무 간사
    반장 원사 중사 하사 소령 중령 대령 대위 중위 소위 경위 경사 경감 경정 순경 선생 반장 기사""".split()
NOT_SURNAME_BEFORE_TITLE = frozenset("전 현 구 부 원 양 제 고 동 당 모".split())
_SURNAME_TITLE_ALT = "|".join(sorted(SURNAME_TITLES, key=len, reverse=True))
KO_SURNAME_TITLED = re2.compile(rf"(?:^|[^가-힣])([{''.join(sorted(SURNAMES))}]) (?:{_SURNAME_TITLE_ALT})(?:님|께)")
# Ranks that are also common nouns (이 기사: this article; 이 대표 사례, 이 책임, 이 프로): with the honorific only.
TITLE_NOUNS = frozenset(
    "기사 대표 이사 위원 책임 수석 선임 프로 감독 총무 간사 선배 반장 주임 작가 선생 원사 주사".split()
)
# Minutes and reports name colleagues by surname and rank without the honorific (참석: 한소망(팀장), 김 감독관, 정
# 감독관; 직원 하 과장이 지참): the rank ends the word, or a particle does. Besides the syllables above, a few
# surnames are also words that qualify a rank (한 기자가: a reporter; 두 과장: two; 여/남 기자: female/male) and
# count only with the honorific.
BARE_SURNAME_TITLES = (
    *(t for t in SURNAME_TITLES if t not in TITLE_NOUNS), "감독관", "조사관", "수사관", "근로감독관", "판사", "경장"
)
NOT_SURNAME_BEFORE_BARE_TITLE = NOT_SURNAME_BEFORE_TITLE | frozenset("한 두 여 남".split())
KO_SURNAME_TITLED_BARE = re2.compile(
    rf"(?:^|[^가-힣])([{''.join(sorted(SURNAMES))}]) "
    rf"(?:{'|'.join(sorted(BARE_SURNAME_TITLES, key=len, reverse=True))})"
    r"(?:이|가|은|는|을|를|의|과|와|도|만|에게|께서|한테|하고|이랑|랑)?(?:[^가-힣]|$)"
)
# A surname and rank as a field's whole value or a bracket's (Assignee: 고 책임, 담당: 임 사서, 검토 (윤 선임)): the
# label or bracket says a person is meant, so the ranks that are also nouns (책임, 선임) and the syllables that also
# qualify a rank count there; in a bracket only a surname that is no such qualifier (전 대표: the former one).
_VALUE_SURNAME_TITLES = (*SURNAME_TITLES, "사서", "조교", "강사", "연구관", "감독관", "조사관", "수사관", "판사")
_VALUE_SURNAME_TITLE_ALT = "|".join(sorted(set(_VALUE_SURNAME_TITLES), key=len, reverse=True))
KO_LABEL_SURNAME_TITLE = re2.compile(
    rf"(?:(?:{_LABEL_ALT}|(?i:assignee|owner|reporter|reviewer|author|approver|contact|담당))[ \t]*[:：=][ \t]*"
    rf"|\()([{''.join(sorted(SURNAMES))}]) (?:{_VALUE_SURNAME_TITLE_ALT})(?:님)?"
    r"(?:[ \t]*(?:[)\n,;/|<]|\r?$)|[ \t]{2})"
)
# A name spelled one syllable at a time (`김 민 수 과장`, `성명: 탁·민·영`, `연.수.빈 님`): nobody writes a name so
# but to keep it from being read, so a title after it or a label before it is enough (sixth and seventh held-out
# sets, red-team #6). The gaps are one space, middle dot or dot, all the same; the run starts after a word of two
# syllables or more, or at a line's start, so a spaced-out sentence is not cut into a name.
_SPACED_NAME = r"([가-힣](?: [가-힣]){2,3}|[가-힣](?:·[가-힣]){2,3}|[가-힣](?:\.[가-힣]){2,3})"
KO_SPACED_TITLED = re2.compile(rf"(?:^|[^가-힣 ·.]|[가-힣]{{2}} ){_SPACED_NAME} ?(?:{_TITLE_ALT})")
# OCR output spaces the label out as well as the name (예 금 주 : 곽 민 석, 대 표 이 사  탁 영 준; ninth held-out set).
_SPACED_LABEL_ALT = "|".join(
    sorted(
        {"[ \t]{0,5}".join(w.replace("_", "")) for w in (*LABELS, *TITLES, "성명", "이름", "대표자") if len(w) >= 2},
        key=len,
        reverse=True,
    )
)
KO_SPACED_LABELED = re2.compile(
    rf"(?:{_LABEL_ALT}|성명|이름|{_SPACED_LABEL_ALT})[ \t]{{0,4}}[:：=|]?[ \t]{{0,4}}(?:[0-9]\.[ \t]?)?{_SPACED_NAME}"
    r"(?:[^가-힣]|$)"
)
# A form's spaced label is often followed by a colon and the name written plain (신  청  인     : 감우진;
# fifteenth held-out set): taken when the label did hold a space and the name ends the field.
# A court paper's party labels are spaced to the column's width with no colon, the gap after them wider than the
# label's own (원    고   소윤서, 피    고   탁동규: a PDF copy of a judgment): two or more blanks then.
KO_SPACED_LABEL_PLAIN = re2.compile(
    rf"(?:^|[^가-힣])((?:{_SPACED_LABEL_ALT}))(?:[ \t]{{0,8}}[:：][ \t]{{0,8}}|[ \t]{{2,8}})([가-힣]{{2,4}})"
    r"(?:[^가-힣]|$)"
)
# A title before a name (담당 주무관 김민수); one of a syllable (님, 씨, 군) follows names and never precedes one
# (군 복무중). A title is often written together with what qualifies it (개업공인중개사, 담당주무관, 교육부장관), so
# re2 does not ask for a word start (a bounded prefix made its DFA half as slow again); a title that ends the word it
# is written in counts unless it also ends nouns of places and things (주차장, 전통시장, 한의원, 예금통장, 공사장,
# 포장이사, 예방주사).
_TITLE2_ALT = "|".join(sorted((t for t in TITLES if len(t) >= 2), key=len, reverse=True))
ENDS_OF_NOUNS = frozenset(("차장", "시장", "의원", "통장", "사장", "이사", "주사", "이장"))
NOUN_FIRST_TITLES = frozenset(("통장",))  # 통장 사본, 통장 잔액: a bankbook; a village head is named before it
KO_TITLE_FIRST = re2.compile(rf"(?:{_TITLE2_ALT})(?: |\t| ?[:：] ?)([가-힣]{{2,8}})")
# the bounded re-read after a title that precedes another (담임 교사 구본혁), from the separator before the second
KO_TITLE_FIRST_PY = re.compile(rf"(?:^|[^가-힣])(?:{_TITLE2_ALT})(?: |\t| ?[:：] ?)([가-힣]{{2,8}})")
KO_LABELED = re2.compile(
    rf"(?:{_LABEL_ALT}|성 {{1,6}}명|이 {{1,6}}름)(?: ?\((?:한글|국문|한자|본인|[부모]|[가-힣]{{2,4}})\))?"
    r"(?:은|는|이|가)?"
    # the value on the next line after a colon, as forms copied from a PDF or OCR put it (성명:\n김하민)
    rf"[ \t]{{0,4}}(?:[:：][ \t]{{0,4}}\r?\n[ \t]{{0,4}}|[:：=|]?[ \t]{{0,4}})[\[(\"'“‘<]?[ ]?([가-힣]{{2,8}})"
)
# The same pattern in Python's engine, for the bounded re-read after a label that labels the next label.
KO_LABELED_PY = re.compile(KO_LABELED.pattern)
MAX_LABEL_CHAIN = 40
# Self-introduction: 저는 박지훈입니다, 제 이름은 (label above), and a caller's answer (네, 표은지인데요).
KO_SELF = re.compile(
    r"(?:^|[^가-힣])(?:저는|전|저|제 이름은|네,?|예,?) ([가-힣]{2,4})"
    r"(?:입니다|이에요|예요|이고요|이고|이며|이라고|라고|인데)"
)
_ROLE_ALT = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
# Words for a person by what they are or do: a given name alone before one is its bearer (수아 선생님께, 시우 중위).
PERSON_NOUNS = _TITLE_SET | frozenset(SURNAME_TITLES) | _LABEL_SET | frozenset(ROLE_NOUNS)
# Korean makes words for people with a few Sino-Korean suffixes: 者 (소지자, 가입자), 人 (명의인, 한국인), 員 (출납원,
# 선원), 士/師 (관세사, 운전기사), 官 (검찰수사관), 生 (연수생), 客 (관광객), 主 (차주, 건물주). A word that ends in one
# reads as a person by rule, not from a list, except the common words that end in the same syllable and name no
# person (숫자, 확인, 병원, 회사, 도서관, 발생, 광주): those are listed, by their last two or three syllables.
PERSON_SUFFIXES = frozenset("자 인 원 사 관 생 객 주".split())
MAX_ROLE_WORD = 7
LABEL_ENDINGS = PERSON_SUFFIXES | {"명", "일"}  # 일: a date's field (상담일, 접수일), said once
PARTICLE_SYLLABLES = frozenset("은 는 을 를 이 가 의 도 만 과 와 로".split())
# The particles that end no given name often enough to keep a dictionary noun before them a name (은 ends 이상은,
# 도 ends 박영도, 만 ends 이상만)
NOUN_PARTICLES = PARTICLE_SYLLABLES - frozenset("은 도 만".split())  # 연락은 010-…: a word and its particle
# What ends a field's value: the line, a delimiter, a cell border, a bracket or a number.
FIELD_END = re.compile(r"[ \t]*(?:\r?\n|$|[/|,;│┃║(\[0-9+])")
# A field labelled by such a word, read by rule (소지자: 편가을, 강사명: 채하람, 가입자: 이덕배 / 건강보험 …, 근로자 1:
# SOK DARA, │ 소지자 │ 편가을 │), a relative's mark before the name allowed (보호자: 부 석재현). re2 finds every
# Hangul word that ends in one of those suffixes (or 명) before a colon or a cell border; Python asks whether it is a
# person noun (person_noun). Listed labels that end otherwise (담당, 참석) are KO_LABELED's.
KINSHIP_MARKS = "부|모|부친|모친|처|남편|아내|배우자|자녀|아들|딸|본인|조부|조모|형|누나|언니|오빠|동생|장남|장녀"
KINSHIP_MARK_SET = frozenset(KINSHIP_MARKS.split("|"))
KO_ROLE_LABEL = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{1,6}[자인원사관생객주명])(?: ?[0-9]{1,2})?(?: ?\([^)\n]{1,12}\))?"
    r"[ \t]*[:：│┃║|][ \t]*"
    rf"(?:(?:{KINSHIP_MARKS})[ \t])?"
    r"([가-힣]{2,4}|[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3})"
)  # the value's end is checked in Python (_word_ends), so the next field's label is not consumed
# The same with only a space between (수검자 최민재, 주민등록번호 …; 분실자 명태준, 여권번호 …), where the field ends
# right after the name (a comma, bracket, number, dash, the sentence's or the line's end: 입찰자 문세령. 반환 …): prose
# goes on with a word.
_ROLE_THEN_NAME = r"(?:^|[^가-힣])([가-힣]{1,6}[자인원사관생객주명]) ([가-힣]{3})"
KO_ROLE_SPACED = re2.compile(rf"(?m){_ROLE_THEN_NAME}" r"(?:[ \t]*[,/|;(\[0-9+—–]|\.(?:[ \t]|\r?$)|[ \t]*\r?$)")
# the same role and name with a word after them (ID_OR_LICENCE_AFTER says which)
KO_ROLE_BEFORE_WORD = re2.compile(f"{_ROLE_THEN_NAME} ")


def person_noun(word: str) -> bool:
    """A Korean word for a person by what they are or do, a label of a field that holds a name: a title, label or role
    listed above, a word made with a suffix for people (소지자, 관세사, 출납원, 명의인), or such a word with 명 for
    "the name of" (강사명, 소지자명). Not a word that ends in the same syllable and names no person (숫자, 병원,
    회사)."""
    if word in PERSON_NOUNS:
        return True
    if len(word) >= 3 and word[-1] == "명":
        return person_noun(word[:-1])  # 강사명: the instructor's name
    if not 2 <= len(word) <= MAX_ROLE_WORD or word[-1] not in PERSON_SUFFIXES:
        return False
    return not any(word[-k:] in NOT_PERSON_ENDINGS for k in (2, 3, 4) if k <= len(word))


KO_ROLE = re2.compile(rf"(?:{_ROLE_ALT}) ?[:：]? ?[\[(\"'“‘<]? ?([가-힣]{{2,8}})")
# A role, label or title, its topic or subject particle, and a name that ends the clause, as notes write it (대상자는
# 성유나., 업체 대표는 하지석., 명의 도은결.): judged as strictly as a bare name in prose, since the clause's end is all
# that says the word is not the start of a longer phrase.
KO_ROLE_TOPIC = re2.compile(
    rf"(?:^|[^가-힣])(?:{_TITLE2_ALT}|{_LABEL_ALT}|{_ROLE_ALT}|명의)(?:은|는|이|가)? ([가-힣]{{3}})"
    r"(?:[.,)!?]|\r?\n|$|입니다|이고|이며|이에요|예요|이다)"
)
# A Latin-script name after a Korean label (민원인 Nguyen Thi Lan, 성명: TRAN VAN MINH).
KO_LABEL_LATIN = re2.compile(
    rf"(?:{_LABEL_ALT})(?: ?[0-9]{{1,3}})?(?: ?\([A-Za-z ]{{1,20}}\))? ?[:：]? ?"  # 임차인(Renter): a gloss
    rf"([A-Z][a-z]+(?:(?: [A-Z]|-[A-Za-z])[a-z]+){{1,3}}|[A-Z]{{2,}}(?: [A-Z]{{2,}}){{1,3}}|[a-z]{{4,12}})"
    r"(?:[^A-Za-z]|$)"
)
# A Korean name typed with the input method left in English (권나은 -> rnjsskdms): the keys of the standard two-set
# (두벌식) layout, read back as jamo and composed, after a label (the lower-case branch of KO_LABEL_LATIN, and
# KO_LABEL_TYPED: the label with its particle and the value in quotes, 이름이 'skarndtpdk'로).
KO_LABEL_TYPED = re2.compile(rf"(?:{_LABEL_ALT})(?:이|은|는|을|를|가) ?['\"‘“]([a-z]{{4,14}})['\"’”]")
# and unquoted, the word standing alone (보호자 이름이 quswlgns 로 저장됨: twenty-fifth held-out set); an e-mail's or a
# path's part runs on with `@ . _ -` and is left
KO_LABEL_TYPED_BARE = re2.compile(
    rf"(?:{_LABEL_ALT})(?:이|은|는|을|를|가) ([a-z]{{5,14}})(?:[ \t]*(?:[로으가이은는을를,.)]|\r?$)|[ \t]*\r?\n)"
)


def typed_in_english_mode(word: str) -> str:
    """The Hangul a word of Latin letters spells on the two-set keyboard, when every key composes into a syllable;
    empty otherwise (most English words leave a jamo alone: `name` gives ㅜ먀)."""
    composed = compose_jamo("".join(DUBEOLSIK.get(c, c) for c in word))
    return composed if all("가" <= c <= "힣" for c in composed) else ""
# A Korean name next to its romanisation: 이지우 (Lee Ji-woo), Lee Ji-woo (이지우), 황재원 Jaewon Hwang.
KO_BESIDE_ROMAN = re2.compile(
    r"(?:(?:^|[^가-힣])([가-힣]{3})[ /(|]{1,3}(?:(?:영문|영문명|영문 성명|English|Eng\.?)[ :：]{0,2})?"
    r"[A-Z][A-Za-z]+(?:[ \-][A-Za-z][A-Za-z]+){1,2}|"
    r"[A-Z][A-Za-z]+(?:[ \-][A-Za-z][A-Za-z]+){1,2} ?[(/|] ?([가-힣]{3})(?:[)/ ,]|$))"
)
# A student's number before the name (17번 허윤서), a parent in brackets ((부 허성택), and a name with its role in
# brackets (이서연 (교무부장)).
KO_NUMBERED = re2.compile(r"[0-9]{1,3}번 ([가-힣]{3})(?:[^가-힣]|$)")
# Names of several words written in Hangul (foreign names: 마리아 산토스, 응우옌 반 득, 사파로프 다니야르) where the
# layout says a name stands there: a whole line after a name label, a line item followed by a nationality in
# brackets, or a Vietnamese surname with a title.
KO_LABEL_LINE = re2.compile(
    r"(?m)^[ \t]*(?:성 {0,6}명|이 {0,6}름|성함|부|모|부친|모친|보호자|신청인|민원인|환자명|고객명|예금주|대표자)"
    r"[ \t]*[:：][ \t]*"
    r"([가-힣]{1,8}(?: [가-힣]{1,8}){1,3})[ \t]*\r?$"
)
# Hotel chains and brands named after a family, written like a name before a place (Marriott Jeju, Hilton Busan).
BRANDS = frozenset(
    "Marriott Hilton Hyatt Sheraton Westin Novotel Ramada Conrad Fairmont Shilla Lotte Martens Pepper".split()
)
GLOSS_NOT_NAME = frozenset("국적 출신 국민 교포 동포 거주 이민 시민권자 영주권자".split())
# A list item's mark: a bullet or an item number (- , * , • , · , 1. , 2) ).
_LIST_MARK = r"(?:[-*•·]|[0-9]{1,3}[.)])"
KO_LISTED_FOREIGN = re2.compile(
    rf"(?m)^[ \t]*{_LIST_MARK}[ \t]*([가-힣]{{1,8}}(?: [가-힣]{{1,8}}){{0,2}}) ?\((?:"
    + "|".join(NATIONALITIES)
    + r")[,)][^\n0-9]{0,40}[0-9]"
)
ORGANISATION_TAIL = frozenset("사 체 청 처 부 과 팀 원 소 국 관 단 교 점".split())  # 본사, 협력업체, 공단: not a person
# Only surnames that are not Korean words themselves (도, 보, 호 are).
VIET_KO_SURNAMES = ("응우옌", "응웬", "쩐", "팜", "호앙", "부이", "즈엉")
KO_VIET_TITLED = re2.compile(
    r"(?:^|[^가-힣])((?:" + "|".join(VIET_KO_SURNAMES) + r")(?: [가-힣]{1,4}){1,3}) ?"
    r"(?:씨|님|선생님|학생|근로자)(?:[^가-힣]|$)"
)
KO_PARENT = re2.compile(r"[(\[](?:부|모|父|母|보호자) ?:? ?([가-힣]{3})(?:[^가-힣]|$)")
# What a programme or a badge list puts in brackets after a speaker's name (심재은 (moderator)).
EN_ROLES_IN_BRACKETS = "moderator|speaker|chair|co-chair|host|panelist|panellist|presenter|mc|interpreter|keynote"
KO_WITH_ROLE = re2.compile(
    rf"(?:^|[^가-힣])([가-힣]{{3}}) ?\((?:[가-힣]{{0,4}}(?:{_TITLE_ALT})|(?i:{EN_ROLES_IN_BRACKETS}))\)"
)
# English title before a Hangul name (Ms. 선예린, Dr 김민수).
EN_TITLE_KO = re2.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? ?([가-힣]{2,4})(?:[^가-힣]|$)")
# A self-introduction after what the writer does (부산에 사는 강다인입니다, 민원실에 근무하는 박지훈이고).
KO_SELF_AFTER = re2.compile(
    r"(?:사는|근무하는|일하는|담당하는|맡은|다니는) ([가-힣]{3})(?:입니다|이고|이며|이라고|라고|인데)"
)
# A name and then its owner's number, as a post or a message gives both (기순례고 번호는 010-…, 김민준이고 연락처는):
# the name ends a clause with 이고 or 고 and the next words are about the writer's number.
KO_SELF_CONTACT = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3})(?:이고|고)요?,? (?:제 |저의 |내 |저 )?"
    r"(?:번호|연락처|전화번호|전번|핸드폰|휴대폰|폰번호|[가-힣]{1,6} ?01[016789][- .]?[0-9]{3,4}[- .]?[0-9]{4})"
)  # or a mobile number after one word (길태윤이고 환불은 010-7552-2946로)
# A name as the object of a sentence about names (이름을 김서윤 처럼 적어왔는데, 성함을 노하은으로 바꿔): 이름, 성명
# and 성함 only, since other labels take objects that are no names (작성자를 지정해).
KO_NAME_OBJECT = re2.compile(r"(?:이름|성명|성함)(?:을|를) ([가-힣]{3})(?:[^가-힣]|$|으로|로|이라고|라고)")
# A name given as the answer to a question that asks for it, on the next speaker's line (성함이 어떻게 되세요?\n[민원인]
# 석말순이요): a call transcript or a chat.
KO_ASKED_NAME = re2.compile(
    r"(?:성함|이름|성명)[^\n]{0,24}\?[ \t]*\r?\n[^\n:\]]{0,20}[:\]][ \t]*([가-힣]{3})"
    r"(?:이요|요|입니다|이에요|예요|이고요|인데요|이라고|라고)?(?:[ .,!~]|\r?$)"
)
# A surname written together with a rank, as colleagues name each other (담당 권대리, 김과장님께): the surname.
# Not the ranks that end common words with a syllable before them (조사원, 감사원, 주차장, 인계장, 김실장 a shop's).
KO_SURNAME_GLUED = re2.compile(r"(?:^|[^가-힣])([가-힣])(?:과장|대리|부장|팀장|주임|주무관)(?:님)?(?:[^가-힣]|$)")
# A title in hanja before a Hangul name, and a seal mark after one, as contracts and 문중 documents write them
# (總務 추경호 (印), 代表 김민수, 홍길동 (인)).
KO_HANJA_TITLE_OR_SEAL = re2.compile(
    r"(?:(?:總務|総務|課長|部長|代表|社長|理事|會長|会長|監事|幹事|有司)[ \t]?([가-힣]{3})(?:[^가-힣]|$)"
    r"|(?:^|[^가-힣])([가-힣]{3})[ \t]?\((?:印|인)\))"
)
# A child's name and the parent who writes (설지아 엄마, 한도윤 아버님): how parents sign posts and notes.
KO_PARENT_AFTER = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3}) (?:엄마|아빠|어머니|아버지|어머님|아버님|학부모|보호자)"
    r"(?:[^가-힣]|$|예요|입니다|이에요|인데)"
)
# A name a screen shows under a label (사용자명 표시는 고혜민으로 나와요, 이름이 정다온이라고 떠요).
KO_LABEL_SHOWN = re2.compile(
    rf"(?:{_LABEL_ALT}|닉네임|표시명)[^\n]{{0,12}}?(?:은|는|이|가|에) ([가-힣]{{3}})(?:으로|로|이라고|라고) "
    r"(?:나와|나오|나옵|표시|떠|뜨|뜹|되어|돼|적혀|찍혀|보여|보입|들어가|등록)"
)
# Family and friends before a name (내 동생 석주원, 친구 김민지에게): a word of its own before it.
KO_KIN = re2.compile(
    r"(?:^|[^가-힣])(?:남동생|여동생|동생|형|누나|언니|오빠|아들|딸|친구|조카|엄마|아빠|어머니|아버지|할머니|할아버지|"
    r"외할머니|외할아버지|친할머니|친할아버지|고모|이모|삼촌|외삼촌|숙모|큰아버지|작은아버지|큰어머니|작은어머니|"
    r"손자|손녀|사촌|와이프|신랑|며느리|사위|동료|후임|선임|지인|(?:저희|우리|제) (?:아이|애|자녀))"
    r"(?: | ?\( ?)([가-힣]{3,6})"
)
# A department before a name (재무과 맹지혁, 기획팀 이민지, 민원센터 박서연).
KO_DEPARTMENT = re2.compile(
    r"(?:^|[^가-힣])[가-힣]{1,8}(?:과|팀|실|국|센터|본부|지점|지사|사무소|담당관) ([가-힣]{3})(?:[^가-힣]|$)"
)
# A name with its phone number, resident number or e-mail in brackets: 여수현(010-3302-8841), 박준혁 (jh@x.com).
# An identifier is a number, a passport-style letter and digits (진보람(여권 M971G4950)) or an e-mail address.
_ID_START = r"(?:\+?[0-9]{2,}|[A-Z]{1,2}[0-9]{3}|[A-Za-z0-9._%+\-]{1,64}@)"
KO_WITH_ID = re2.compile(
    rf"(?:^|[^가-힣])([가-힣]{{3}}) ?[(\[<] ?(?:[가-힣A-Za-z]{{1,10}} ?[:：]? ?|[☎☏✆] ?)?{_ID_START}"
)  # 제수빈(☎ 010-…): a telephone sign before the number
# A name of two syllables (a surname and one: 왕결, 최훈, 탁솔) where a record puts it: after a word for a person and
# before a bracket, comma, 앞으로 or the sentence's end (대상자 왕결(100628-…), 대표이사 맹란, 수용자 탁솔 앞으로), or
# before a bracket that holds its role and contact (남결(vendor, 010-…)). Read strictly: a surname, a given-name
# syllable, and no noun of the dictionary (두 syllables that start with a surname are mostly nouns).
KO_TWO_AFTER_ROLE = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{1,6}) ([가-힣]{2})(?:[ \t]?\([ \t]?[0-9]{6}|[ \t]*[,/]|[ \t]*앞으로|\.(?:[ \t]|\r?$)|"
    r"[ \t]{2,}(?:주민|외국인|여권|연락처|전화|휴대))"
)
# the bracket's identifier a mobile number, a resident number or an e-mail address, after an optional role word
_TWO_ID = r"(?:01[016789][- .]?[0-9]{3,4}[- .]?[0-9]{4}|[0-9]{6}-?[1-8]|[A-Za-z0-9._%+\-]{1,64}@)"
KO_TWO_WITH_ID = re2.compile(
    rf"(?:^|[^가-힣])([가-힣]{{2}}) ?[(\[] ?(?:([가-힣A-Za-z]{{1,10}})[ ,:：]{{0,2}})?{_TWO_ID}"
)
# The same inside the brackets (운전면허증 1매 (엄태식, 26-42-106201-52)), and a name set off from its phone number or
# e-mail address by a slash or a comma (강문정 / mjkang@naver.com, 김민수, 010-2345-6789).
KO_BRACKET_WITH_ID = re2.compile(rf"[(\[]([가-힣]{{3}}) ?[,/·] ?(?:[가-힣A-Za-z]{{1,10}} ?[:：]? ?)?{_ID_START}")
KO_WITH_CONTACT = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3}) ?[/,|] ?(?:\+?[0-9]{2,3}[- .)]{0,2}[0-9]{3,4}[- .]?[0-9]{4}|[A-Za-z0-9._%+\-]{1,64}@)"
)
PLACE_TAIL = frozenset("시군구도동읍면리")  # 서울시, 경기도, 가산동: a place before its phone number
# A name as one part of a file's name (주정차과태료_의견진술_편도윤.pdf, ~/재외국민등록_라은채_여권사본.jpg), as
# staff name the documents they scan: re2 finds a file's name with its extension, Python reads its parts between `_`
# and `-`.
FILE_EXTENSIONS = "pdf|hwp|hwpx|docx?|xlsx?|pptx?|jpe?g|png|gif|heic|tiff?|bmp|zip|txt|csv"
KO_FILE_NAME = re2.compile(
    r"(?:^|[\s/\\(\[\]'\"<>:=,])([^\s/\\(\[\]'\"<>:=,]+?)"
    rf"\.(?i:{FILE_EXTENSIONS})(?:[^A-Za-z0-9]|$)"
)
PAPER_TAIL = frozenset("본 서 증 표 록 안 철 첩".split())
PAPER_ENDINGS = ("이력서", "신청서", "증명서", "확인서", "계약서", "사본", "등본", "초본", "진단서", "명세서", "동의서")
FILE_PART = re.compile(r"(?:^|[_\-])([가-힣]{3})(?=[_\-]|$)")
# Chat logs: the speaker at the start of a line (권도현: ..., [오전 10:12] 권도현: ..., 양태오 [오후 3:02] ...) and
# an @mention (@마서진).
KO_SPEAKER = re2.compile(
    r"(?m)^[ \t]*(?:[\[(][^\]\n)]{1,20}[\])][ \t]?)?@?([가-힣]{2,4})[ \t]?"
    r"(?::|\[(?:오전|오후|AM|PM)? ?[0-9]{1,2}:[0-9]{2})"
)
KO_SPEAKER_BRACKETED = re2.compile(
    r"(?m)^[ \t]*\[([가-힣]{2,4})\][ \t]?\[(?:오전|오후|AM|PM)? ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]"
)
# A name alone after the last sentence of a message, as texts are signed (… 4시 가능해요? 성진아).
KO_END_SIGNOFF = re2.compile(r"(?m)[가-힣][.?!~][ \t]+([가-힣]{3})[ \t.!~]*\r?$")
# A name typed with the keyboard left in English mode, before a title ([연차] dbscofud 대리: 윤채령 대리).
EN_MODE_TITLED = re2.compile(rf"(?:^|[^A-Za-z])([a-z]{{5,12}}) ?(?:{_TITLE2_ALT})(?:[^가-힣]|$|님)")
# A person's name in HL7 v2 fields and DICOM PN values, family^given in capitals (PID|…||PARK^JIHOON^^^^^L, (0010,0010)
# PN [MOON^HAEUN]), also after an ID component (a doctor's XCN 1023^LEE^DONGWOOK): one span; its family name must be
# a surname the gazetteers know, and its given name romanised or a known given name.
EN_CARET_NAME = re2.compile(r"(?:^|[|\[^])([A-Z]{2,20}\^[A-Z]{2,20})(?:[\^\]|]|\r?$)")
# A chat line headed by a role and a name in brackets ([딜러 권지성] …, [배송기사 탁준영] …, [총무 반하은] …).
KO_SPEAKER_ROLE_BRACKETED = re2.compile(r"(?m)^[ \t]*\[[가-힣A-Za-z]{1,8}(?: [가-힣A-Za-z]{1,8})? ([가-힣]{3})\][ \t]")
# Things whose name 이름 may label (배 이름은 은서호, 파일 이름, 앱 이름): no person's name follows.
THING_OWNERS = frozenset(
    """배 선박 어선 요트 가게 상호 회사 업체 법인 제품 상품 파일 폴더 앱 어플 프로그램 팀 부서 프로젝트 강아지 고양이
    반려견 반려묘 반려동물 도메인 서버 호스트 변수 함수 테이블 컬럼 필드 브랜드 학교 병원 건물 아파트 매장 지점 채널
    그룹 모임 동아리 카페 블로그 사이트 메뉴 버튼 시스템 서비스 단체 기관 시설 과목 강좌 행사 대회""".split()
)
MAX_THING_WORD = 6
PARENT_OF = frozenset(("맘", "엄마", "아빠"))  # a parent's chat name: the child's given name and 맘 (윤슬맘)
PARENT_KINDS = frozenset(
    "초보 워킹 슈퍼 우리 전업 직장 육아 예비 새댁 동네 왕초 싱글 다둥 연년 외동 학부 반장 회장".split()
)
# A speaker named with a role, before or after the name (소정애 감시원: …, 라이더 노하진: …, 요원 선재민: …): a field
# worker's chat or a call log; either group may be the name (_role_speakers).
KO_SPEAKER_ROLE = re2.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]?)?([가-힣]{2,6}) ([가-힣]{2,6})[ \t]?:")
# A messenger export that puts the speaker alone on the line after the time ([오전 10:14] 강하준, then the message).
KO_SPEAKER_OWN_LINE = re2.compile(
    r"(?m)^[ \t]*\[(?:오전|오후|AM|PM)? ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\][ \t]?@?([가-힣]{2,4})[ \t]*\r?$"
)
# A KakaoTalk export's speaker after the date and time (2024. 11. 30. 오후 9:14, 금하윤 : …; 2024년 11월 30일 오후 9:14,
# 금하윤 : …).
KO_SPEAKER_EXPORT = re2.compile(
    r"(?m)^[ \t]*(?:[0-9]{4}\. ?[0-9]{1,2}\. ?[0-9]{1,2}\.?|[0-9]{4}년 ?[0-9]{1,2}월 ?[0-9]{1,2}일) ?"
    r"(?:오전|오후|AM|PM)? ?[0-9]{1,2}:[0-9]{2}, ([가-힣]{2,4}) : "
)
# A name after a dash at the end of a line (… — 금보라).
KO_DASH_SIGNOFF = re2.compile(r"(?m)(?:^|\s)[—–\-]{1,2} ?([가-힣]{3})[ .'\"’”」』)]*\r?$")
# A name with its hanja in brackets (홍길동(洪吉童), 이영희 (李英姬)), and a hanja name before a title (洪吉童 주무관).
KO_WITH_HANJA = re2.compile(r"(?:^|[^가-힣])([가-힣]{2,4}) ?\(([\x{4e00}-\x{9fff}]{2,4})\)")
# Titles in hanja as well (金敏洙 課長: red-team #6), as name cards and older documents write them.
HANJA_TITLES = "課長|部長|次長|局長|室長|係長|主任|代理|主務官|事務官|書記官|理事|社長|會長|議員|教授|先生|氏|貴下|님"
HANJA_TITLED = re2.compile(
    rf"(?:^|[^\x{{4e00}}-\x{{9fff}}])([\x{{4e00}}-\x{{9fff}}]{{2,4}}) ?(?:{_TITLE_ALT}|{HANJA_TITLES})"
)
# A hanja or Chinese name after a label (성명(한자): 姜度允, 피해자 申東旭(남, 41세), 戶主 金敏俊 and 호주 趙賢淑 in a
# family register, 联系人：陆浩然) or
# heading a contact row (陳美玲; +886 912 723523; …): what a label does for a Hangul name it does for one in
# characters; the first character must be a surname.
_HAN = r"\x{4e00}-\x{9fff}"
HANJA_LABELED = re2.compile(
    rf"(?:{_LABEL_ALT}|姓名|名字|联系人|聯絡人|联络人|戶主|户主|호주|申請人|申请人|氏名|患者|本人)"
    rf"(?: ?\([^)\n]{{1,8}}\))?"
    rf"[ \t]*[:：]?[ \t]*([{_HAN}]{{2,4}})(?:[^{_HAN}]|$)"
)
HANJA_ROW = re2.compile(rf"(?m)^[ \t]*([{_HAN}]{{2,4}})[ \t]*[;,|\t][ \t]*(?:\+|0)[0-9]")
HAN_TITLES = ("先生", "女士", "小姐", "老师", "老師", "经理", "經理", "主任", "同志", "教授", "医生", "醫生")
# A hanja name with its reading in Hangul in brackets (權敏在(권민재), 朴 智妍 (박지연)): a hanja surname, one Hangul
# syllable for each character, and the reading a name.
HANJA_BESIDE_READING = re2.compile(
    r"(?:^|[^\x{4e00}-\x{9fff}])([\x{4e00}-\x{9fff}] ?[\x{4e00}-\x{9fff}]{1,3}) ?\(([가-힣]{2,4})\)"
)
KO_MENTION = re2.compile(r"(?:^|[^A-Za-z0-9._%+\-])@([가-힣]{2,4})(?:[^가-힣]|$)")
EN_LABEL_KO = re2.compile(
    r"(?i:(?:\b|_)(?:(?:card|account|policy)?_? ?holder|name|nm|kor_?name|cn|fn|display_?name|"
    r"(?:first|last|given|family)_?name|surname|name_?ko|full_?name|user_?name|cust(?:omer)?_?(?:name|nm)|customer|user|"
    r"patient|employee|applicant|contact|owner|manager|attendees?|from|by|to|cc|author|assignee|recipient|sender|"
    r"member|student|client|ceo|president|representative|rep|requester|reporter|reviewer|approver|hi|hello|dear|for|"
    r"caller|callee|guardian|parent|driver|passenger|guest|tenant|debtor|claimant|insured|beneficiary|witness|"
    r"nurse|doctor|dr|teacher|colleague|staff|officer|agent|supervisor|interpreter|translator|writer|participant|"
    r"donor|signatory|lessee|lessor|custodian|consignee|shipper)|"
    # a key that names whose name it holds, in camelCase or snake_case (applicantName, holder_nm, guardianName)
    r"[A-Za-z]{2,20}(?:Name|_name|Nm|_nm|NAME|_NAME|Contact|_contact|Owner|_owner))\b"
    # `[ \t]{0,12}`: a YAML or .env file's values aligned in a column (TEST_OWNER_NAME:    추라희)
    r"\\?[\"']?[ ]?[:=>]?[ \t]{0,12}\\?[\"'{]?[ ]?([가-힣]{2,4})(?:[^가-힣]|$)"
)
# A key's quoted value of several Hangul words (nameKo='찬 소피아', "name": "아이게림 베코바"): a foreign name
# written in Hangul, read loosely (foreign_name_words), or a surname and a given name spaced apart.
EN_LABEL_KO_WORDS = re2.compile(
    r"(?i:\b(?:name|nm|kor_?name|cn|display_?name|full_?name|name_?ko|cust(?:omer)?_?(?:name|nm)|customer|patient|"
    r"employee|applicant|contact|owner|guardian|parent|driver|passenger|guest|tenant|claimant|insured|beneficiary)|"
    r"[A-Za-z]{2,20}(?:Name|_name|Nm|_nm|NAME|_NAME|Contact|_contact|Owner|_owner))\b"
    r"\\?[\"']?[ ]?[:=][ ]?\\?[\"']([가-힣]{1,8}(?: [가-힣]{1,8}){1,3})\\?[\"']"
)  # `{`: a TeX macro's argument, \name{채도경}; `\"`: JSON escaped inside a string ({\"name\": \"소하영\"})
# A name between XML tags named for it (<성명>홍진영</성명>, <name>변하린</name>, <수신자명>…).
KO_XML_NAME = re2.compile(
    r"<(?:성명|이름|성함|[가-힣]{1,6}명|name|fullName|full_name|custName|cust_nm)>([가-힣]{2,4})</"
)
# A name's parts under their own keys (LDIF sn: 금 / givenName: 도현, "last_name": "금", a vCard's N:표;경환;;;, a FHIR
# HumanName's "family": "채", "given": ["윤서"], an HL7 v2 name field's family^given): the key or the field says which
# part it is, so a lone surname syllable or a two-syllable given name counts (fifteenth to seventeenth held-out sets'
# labelling: a surname and given name in separate fields are two names).
_PART_VALUE_END = r"[\"']?[ \t]*(?:[,;}\]]|\r?$)"
KO_SURNAME_KEY = re2.compile(
    r"(?im)(?:^|[^a-z_])(?:sn|surname|family(?:_?name)?|last_?name|성씨)[\"']?[ \t]*[:=][ \t]*[\"']?([가-힣]{1,2})"
    + _PART_VALUE_END
)
KO_GIVEN_KEY = re2.compile(
    r"(?im)(?:^|[^a-z_])(?:given(?:_?name)?|first_?name|forename)[\"']?[ \t]*[:=][ \t]*\[?[ \t]*[\"']?([가-힣]{1,3})"
    + _PART_VALUE_END
)
VCARD_N = re2.compile(r"(?m)^N:([가-힣]{1,2});([가-힣]{1,3});")
# The segments of an HL7 v2 message whose fields name people (patient, next of kin, guarantor, insured, merged
# patient), and a field of one that is family^given (PID|1||…||남궁^서진||19880412).
HL7_PERSON_SEGMENT = re.compile(r"(?:PID|NK1|GT1|IN1|IN2|MRG)\|")
HL7_NAME = re2.compile(r"\|([가-힣]{1,2})\^([가-힣]{1,3})[\^|~\r\n]")
# A name directly before a province or metropolitan city (1반 윤태곤 울산광역시 남구 …), with a telephone number
# later on its line (_subscriber_numbers).
_SIDO_START = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주"
KO_NAME_BEFORE_ADDRESS = re2.compile(rf"(?:^|[^가-힣])([가-힣]{{3}})[ \t,|]{{1,3}}(?:{_SIDO_START})")
# Keys that hold a thing's name (EN_LABEL_KO's camelCase and snake_case keys): no person's.
THING_KEY = re.compile(
    r"[^A-Za-z]?(?i:file|host|path|dir|table|column|field|class|domain|server|app|product|item|goods|company|corp|"
    r"org|dept|department|team|bank|shop|store|brand|model|device|tag|key|menu|event|course|program|project|"
    r"service|site|channel|group|place|building|school|hospital|city|region|street|road)_?(?i:name|nm)\b"
)
QUOTED_GIVEN = re.compile(r" [가-힣]{1,2}(?=[\"'])")  # 남궁 선: a double surname's given name after a space
KO_QUOTED = re.compile(r"[\"'‘“]([가-힣]{3,4})[\"'’”]")
KO_BRACKETED = re2.compile(r"[(\[]([가-힣]{3})(?:[)\]]| [가-힣])")
# The late: 고 조병태의 배우자, 고(故) 김순례 님, 故 박영수, 피상속인 망 이춘자 (records of the deceased name them so).
KO_LATE = re2.compile(r"(?:^|[^가-힣])(?:(?:고|망)(?:\((?:故|亡)\))? |(?:故|亡) ?)([가-힣]{3,6})")
# A found name's spelling in the other script in brackets right after it: ZHANG WEI (장웨이), 장웨이 (ZHANG WEI).
HANGUL_GLOSS = re.compile(
    r" ?[(（] ?([가-힣]{2,6}(?: [가-힣]{1,6}){0,3}|[가-힣](?: [가-힣]{1,6}){2,3}|[\u4e00-\u9fff]{2,4}) ?[)）]"
)
LATIN_GLOSS = re.compile(r" ?[(（] ?([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}) ?[)）]")
# A letter's sign-off after a full name: 홍길동 올림, 양혜진 드림, 김영수 배상 (three syllables: 안내 드림 is not one).
KO_SIGNOFF = re2.compile(r"(?:^|[^가-힣])([가-힣]{3}) ?(?:드림|올림|배상)(?:[^가-힣]|$)")
# A name right before a word about its owner's data: 안수진 주민등록번호, 서채원 계정으로, 김민수의 연락처.
KO_OWNER = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{2,4}) ?(?:의 ?|님의 ?)?(?:주민등록번호|주민번호|생년월일|연락처|전화번호|휴대폰|핸드폰|"
    r"이메일|계정|명의|계좌|주소|여권|면허|앞으로|RRN|SSN|DOB|(?i:phone|tel|mobile|e-?mail))"
)
# A name and then the label of one of its owner's identifiers, set off by a comma, a dash or a slash, or by a space
# before a card or an alien number (산모 표수아, 주민등록번호 …; 3학년 위서진 — 여권 M…; 결제자 도은채 카드 4647 …):
# a record's fields in a line of prose. KO_OWNER takes the label written right after the name.
KO_OWNER_FIELD = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3})(?:[ \t]?[,/—–·|][ \t]?| -{1,2} | )(?:주민등록번호|주민번호|외국인 ?등록(?:번호|증)|"
    r"여권(?:번호)?|(?:운전)?면허(?:증|번호)|연락처|전화번호|휴대폰|핸드폰|휴대전화|계좌(?:번호)?|카드(?:번호)? ?[0-9]|"
    r"건강보험증|건보 ?번호|이메일|생년월일)"
)
# A contract's parties (갑: 주식회사 한결푸드, 을: 왕보경.): the party's mark, a colon and a name ending the field.
KO_CONTRACT_PARTY = re2.compile(r"(?:^|[ \t(.,;])(?:갑|을|병)[ \t]?[:：][ \t]?([가-힣]{3})(?:[ \t]*[.,;)(/|]|[ \t]*$)")
# Two or more name-like words in a list (김철수, 이영희 및 박민수): each must pass the strict check.
KO_NAME_LIST = re2.compile(r"(?:^|[^가-힣])([가-힣]{3})(?:, ?|、 ?| 및 | 그리고 |·)([가-힣]{3})(?:[^가-힣]|$)")
# Three or more three-syllable words one per line or between commas, slashes or middle dots (a column of names
# pasted from a spreadsheet): where three or more in a row each pass the strict check, each is a name.
KO_NAME_RUN = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3}(?:(?:[ \t]?[,、/·][ \t]?|[ \t]*\r?\n[ \t]*)[가-힣]{3}){2,})(?:[^가-힣]|$)"
)
_THREE = re.compile(r"[가-힣]{3}")
_HANGUL_WORD = re.compile(r"[ \t]{0,4}([가-힣]{2,8})")
MIN_NAME_RUN = 3
KO_LIST_ITEM = re.compile(r" ?[,、·/] ?([가-힣]{2,4})(?![가-힣])")
# A field of a record: after a delimiter or a list bullet at the line start, before a delimiter, a bracket or the
# line end. The match takes the delimiter after the field, which the next field would start with, so the fields
# after a match are read on from there (NEXT_FIELD: | 위원장 | 감혜린 | 010-... |).
_FIELD_LINE_START = r"^[ \t]*(?:[-*•·▪○●□■]|[0-9]{1,3}[.)])?"  # a line's start, with a list bullet or number
KO_FIELD = re2.compile(
    rf"(?m)(?:{_FIELD_LINE_START}|[,\t|│┃║;/:=>])[ ]{{0,4}}([가-힣]{{2,4}})[ ]{{0,4}}(?:[,\t|│┃║;/(<\[]|$)"
)
PHONE_CELL_AFTER = re.compile(r"[ ]{0,4}[\t|,;│┃║][ \t]{0,4}\+?0[0-9]")
NEXT_FIELD = re.compile(r"[ ]{0,4}([가-힣]{2,4})[ ]{0,4}(?:[,\t|│┃║;/(<\[]|$)", re.MULTILINE)
# A field set off by a dash, an arrow or a column gap of two spaces or more (1) 고재성 — 새마을금고 9934-...,
# A3: 옥수빈     B3: 920330-..., 0        진서연  1.049283e+09  sy.jin@kakao.com; ninth held-out set): a name of
# three syllables (or a double surname) only, and only in a line that also holds a number or an e-mail address.
KO_GAP_FIELD = re2.compile(
    rf"(?m)(?:{_FIELD_LINE_START}|[,\t|│┃║;/:=>—–→]| -{{1,2}} | {{2}})[ ]*([가-힣]{{3,4}})"
    r"(?:[ ]*(?:[,\t|│┃║;/(<\[—–→]|$)| -{1,2} | {2})"
)
# A name between data in a whitespace-separated row: 770103-1581309 기민호 010-8812-0347, 0  권나율  950131-..., a
# driver's licence number's region before the number (2) 채민결 광주 16-868199-99).
_LICENCE_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산"
KO_ROW = re2.compile(
    r"(?m)(?:^|[0-9A-Za-z)\].][ \t]{1,4}|[:：][ \t]{0,4})([가-힣]{3})[ \t]{1,4}"
    rf"(?:(?:{_LICENCE_REGIONS})[ \t]{{1,2}}[0-9]{{2}}-|[0-9+(])"
)
# A name right before a resident or alien number (배우자 김덕배(460203-1703389), 본인    모재현    820607-1115947,
# 수급자 이옥분(주민번호 410330-...)): a surname and two syllables, older given names included (덕배, 옥분), since the
# number after it says whose it is (ninth held-out set).
# A spoken copula after a name, as call transcripts write it (신동수고요, 류가온이요, 마동현입니다).
_COPULA = "이고요|고요|이구요|구요|이요|요|입니다|이고|이며|예요|이에요|인데요"
NAME_BEFORE_ID = re.compile(
    rf"(?:^|[^가-힣])([가-힣]{{3}})({_COPULA})?"
    r"[ \t]{0,12}[(\[]?[ \t]?(?:주민(?:등록)?번호[ \t]?[:：]?[ \t]?)?$"
)
MAX_NAME_BEFORE_ID = 32
# A name right before a mobile number, on the same line (운전기사 표경호 010.6320.8484, 고객: 류가온이요 010 6097 3366):
# the number says whose it is, so a word of a name's shape there is one.
NAME_BEFORE_PHONE = re.compile(rf"(?:^|[^가-힣])([가-힣]{{3}})(?:{_COPULA})?[ \t]{{1,4}}[(\[]?$")
MAX_NAME_BEFORE_PHONE = 20
# A roster line's name, a short field and the mobile number (선다현 A+ 010-…, 모준기 남 010-…, 표하랑 32 010-…): a
# blood type, a sex or an age between, the name first on its line.
ROW_NAME_TOKEN_BEFORE_PHONE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?([가-힣]{3})[ \t]+(?:[A-Za-z0-9+\-]{1,3}|[가-힣]{1,2})[ \t]+[(\[]?$"
)
MOBILE_GROUPS = ((3, 4, 4), (3, 3, 4))
# A list line's start: the line's beginning and a bullet or an item number (- , * , • , 1. , 2) ), nothing else.
LIST_LINE_START = re.compile(rf"(?:^|\n)[ \t]*{_LIST_MARK}[ \t]*$")
MAX_LIST_MARK = 8
# A civil-service grade or employment type before a name (행정6급 홍예린, 계약직 유민혁), a pupil's class before a
# name (2학년 5반 염지후, 피해학생: 3-4 한서준), a kinship or an age in brackets after one (이도하(자), 배윤서(처),
# 김복례(89)), a change of holder (대표이사 변경: 김용태 → 서하윤), and a name before its organisation on a line of its
# own (홍다은 / 기획재정부).
KO_GRADE = re2.compile(
    r"(?:^|[^가-힣])(?:[가-힣]{0,5}[1-9] ?급|계약직|무기계약직|기간제|임기제|공무직|별정직|시간선택제|전문경력관)"
    r" ([가-힣]{2,6})"
)
KO_CLASS = re2.compile(
    r"(?m)(?:[1-6] ?학년 ?[0-9]{1,2} ?반|(?:^|[:：\t] ?)[1-6]-[0-9]{1,2}(?: ?반)?)(?: ?[0-9]{1,2} ?번)? ([가-힣]{2,6})"
)
KO_KIN_AFTER = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3}) ?\((?:처|부|모|자|녀|남|배우자|본인|세대주|장남|장녀|차남|차녀|삼남|손자|손녀|아들|딸|"
    r"남편|아내|부친|모친|조부|조모|형|누나|언니|오빠|동생|[0-9]{1,3} ?세?|[남여] ?,? ?[0-9]{1,3} ?세?)\)"
)
KO_HOLDER_CHANGE = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{3}) ?(?:→|->|⇒|=>|⟶) ?(?:(?:신규|변경|후임|신임|새) ?[:：]? ?)?([가-힣]{3})(?:[^가-힣]|$)"
)
KO_NAME_ORG = re2.compile(
    rf"(?m)^[ \t]*{_LIST_MARK}?[ \t]*([가-힣]{{3}})[ \t]*[/|][ \t]*[가-힣]{{1,12}}"
    r"(?:부|청|처|원|위원회|공단|공사|센터|재단|과|팀|국|실|학교|병원|은행|협회|연구소|본부|사무소)(?:[ \t)]|\r?$)"
)
# A table's header line that names a column of people (성명, 이름, 대상자, name, 예금주, 근로자명): re2 finds the
# words, Python reads their lines. The cells under such a header are names, read under a looser check than free text
# (최라온, Sunita Kapoor), within MAX_TABLE_ROWS rows that keep the header's delimiter.
NAME_HEADER_WORD = re2.compile(
    r"(?i)이름|성명|성함|name|[a-z]_nm\b|대상자|보호자|예금주|신청인|민원인|환자명|고객명|담당|대표자|작성자|owner|assignee|reporter|"
    r"[가-힣](?:자|인|원|생)명|"
    # any label or role noun that is a whole cell (후원자,연락처,주소; | 수령인 | 금액 |)
    rf"(?m)(?:^|[,\t|;│┃║&])[ \t\"'*`]*(?:{_LABEL_ALT}|{_ROLE_ALT})[ \t\"'*`]*(?:[,\t|;│┃║&]|\r?$)"
)
NAME_HEADERS = frozenset(
    ("name", "names", "full name", "full_name", "fullname", "customer", "customer name", "employee", "employee name",
     "student name", "applicant", "holder", "account holder", "contact", "contact name", "passenger", "guest",
     "owner", "assignee", "reporter",
     "이름", "성명", "성함", "대상자", "보호자", "대표", "대표자", "활동지원사", "요양보호사", "담당", "담당자",
     "영문명", "한글명", "국문명", "영문 성명", "영문이름", "한글이름")
)  # fmt: skip
MAX_TABLE_ROWS = 2000
# What separates the cells of a table row: tabs, pipes, the borders of tables drawn in box characters (a table copied
# from a word processor: ┃ 성명 ┃ 건강보험증번호 ┃), semicolons, commas, a TeX tabular's ampersands.
CELL_DELIMITERS = ("\t", "|", "┆", "│", "┃", "║", ";", ",", "&")  # &: a TeX tabular's columns; ┆: Polars'
CELL_EDGES = " \t\r\"'│┃║"  # what stands around a cell's value: quotes, and a terminal table's outer border
TEX_RULES = ("\\hline", "\\midrule", "\\toprule", "\\bottomrule", "\\cline")
# A rule line between rows: dashes, colons, pluses and the box characters that draw one (├──┼──┤, ┣━━╋━━┫, ╠══╬══╣).
RULE_CHARACTERS = "".join(sorted(RULE_CHARS)) + "\r"  # base.RULE_CHARS, and a CRLF line's carriage return
MAX_NAME_HEADERS = 64
_CELL_LATIN_NAME = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \-](?:[A-Z][a-z]+|[A-Z]{2,})){1,3}")
_CELL_MONONYM = re.compile(r"[A-Z]{4,14}")
FIRM_ENDINGS = tuple("주식회사 유한회사 캐피탈 은행 대부 금고 재단 협회 조합 공사 상사 회사".split())
# one word, several words, or one syllable then two or three words (쩐 티 투 하)
_CELL_HANGUL_NAME = re.compile(r"[가-힣]{2,6}|[가-힣]{2,8}(?: [가-힣]{1,8}){1,3}|[가-힣](?: [가-힣]{1,8}){2,3}")
# A Hangul name of several words with a nationality in brackets after it, where a label, a list or a cell puts a
# name (근로자: 루스탐 나자로프 (우즈베키스탄), 보호자(모): 마리셀 레예스 (필리핀)).
KO_FOREIGN_NATIONALITY = re2.compile(
    r"(?m)(?:^|[:：,\t] ?)([가-힣]{2,8}(?: [가-힣]{1,8}){1,3}) ?\((?:" + "|".join(NATIONALITIES) + r")[,)]"
)
# The same after anything (청구인 유수포바 마디나 (우즈베키스탄, …): the role word before is left off by
# foreign_name_words, which reads such words loosely here.
KO_BEFORE_NATIONALITY = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{1,8}(?: [가-힣]{1,8}){1,4}) ?\((?:" + "|".join(NATIONALITIES) + r")[,)/ ]"
)
# The same with one word after a name label, or beside its Latin spelling at a line start, the nationality in
# brackets or after a comma: `이름: 바야르마 (몽골)`, `라흐마트 하디 (Rahmat Hadi), 인도네시아` (group 1 or 2).
_LATIN_SPELLING = r"\(([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3})\) ?"  # captured: the name again
KO_FOREIGN_BESIDE_NATIONALITY = re2.compile(
    r"(?:(?:이름|성명|성함|name)[ \t]*[:：]?[ \t]*([가-힣]{1,8}(?: [가-힣]{1,8}){0,3}) ?(?:" + _LATIN_SPELLING + r")?"
    r"|(?:^|\n)[ \t]*([가-힣]{1,8}(?: [가-힣]{1,8}){0,3}) ?" + _LATIN_SPELLING + r")"
    r"(?:\(|, ?)(?:" + "|".join(NATIONALITIES) + r")(?:[,)/ ]|$)"
)
# A foreign name written in Hangul right before an alien registration or passport number or its label, set off by a
# space, comma, bracket or dash (고객 누르마토프 알리셰르, 외국인등록증 …; 근로자 타나카 미유 (외국인등록번호 …); 쩐 반
# 호아(외국인등록번호 …); the number struck through or in bold, ~~…~~ or **…**): a foreigner's record; not a colon
# (칸이 전각: ９００３１２－…: the words before it label the value). re2 takes up to five Hangul words before the
# trigger; Python keeps the words at the end that can be parts of a foreign name (foreign_name_words).
KO_FOREIGN_BEFORE_ID = re2.compile(
    r"(?:^|[^가-힣])([가-힣]{1,6}(?: [가-힣]{1,6}){0,4})(?:[ \t]?(?:[,(\[—–/][ \t]?)?"
    r"(?:외국인 ?등록|여권|운전 ?면허|면허번호|[0-9]{6}[- ]?[5-8][0-9]{6}(?:[^0-9]|$))|"
    r"(?:[ \t]+|[ \t]*[,/(][ \t]*)등록 ?번호[ \t:：]{0,3}[~*_`]{0,2}[0-9]{6}[- ]?[5-8][0-9]{6}(?:[^0-9]|$)|"
    r"(?:[ \t]{2,}|\t)01[016789][- ]?[0-9]{3,4}[- ]?[0-9]{4})"
)  # a mobile number only as the next cell of a table (부 티 흐엉  010-4115-2745: a data frame's row)
_ALIEN_AFTER = re.compile(r"외국인|[0-9]{6}[- ]?[5-8][0-9]{6}")
# A foreign name of several words with 씨 or 님 after it (도르지 엥흐자르갈 씨(몽골, …)가): the honorific follows names.
KO_FOREIGN_TITLED = re2.compile(
    r"(?:^|[^가-힣])((?:[가-힣]{1,6} ){1,3}[가-힣]{1,6}) ?(?:씨|님)(?:[^가-힣]|$|[가는를의와께])"
)
# A title after the name there (자오메이링 학생(외국인등록번호 …), 도르지 엥흐자르갈 씨(몽골, …)): left off the name.
FOREIGN_TITLES = ("씨", "님", "학생", "선생님", "근로자", "고객", "어르신", "군", "양")
# A record's constructor in code or a notebook's output with a Hangul name as its first argument (Customer('마루이
# 켄지', card=…), Patient(name="변하린")): the class says a person is meant.
KO_RECORD_ARGUMENT = re2.compile(
    r"(?:^|[^A-Za-z])[A-Z]?[a-z]*(?:Customer|Person|User|Member|Patient|Employee|Student|Contact|Client|Owner|Guest|"
    r"Applicant|Staff|Worker|Driver|Passenger|customer|person|user|member|patient|employee|student|contact|client|"
    r"owner|guest|applicant|staff|worker|driver|passenger)\([ \t]*(?:name[ \t]*=[ \t]*)?[\"']"
    r"([가-힣]{2,8}(?: [가-힣]{1,8}){0,3})[\"']"
)
# A name in quotes said to be the name (owner 필드에 '하린 선우'로 이름이 거꾸로 …, "도하윤"이라고 성함이): a
# surname and a given name in either order when two words.
KO_QUOTED_AS_NAME = re2.compile(
    r"[\"'‘“]([가-힣]{1,4}(?: [가-힣]{1,4})?)[\"'’”](?:으로|로|이라고|라고|이라는|라는) ?(?:[가-힣]{1,4} )?"
    r"(?:이름|성명|성함)"
)
# Syllables that Korean given names and native nouns hardly use and transliterated names do (누르마토프, 알리셰르,
# 타나카, 켄지, 바트바야르): a vowel-less consonant written with ㅡ (르 트 프 스 즈 크 드 브 흐 츠) or an initial ㅋ.
_TRANSLITERATION = frozenset("르 트 프 스 즈 크 드 브 흐 츠 쓰".split())
# Words in Hangul that are not names although they are shaped like transliterations: loanwords that stand before
# an identifier's label in staff prompts (테스트 데이터 외국인등록번호, 모바일 외국인등록증).
FOREIGN_SHAPED_WORDS = frozenset(
    """테스트 데이터 샘플 더미 마스킹 포맷 필드 컬럼 타입 코드 스키마 디지털 모바일 스마트 카드 리스트 플랫폼 시스템
    서비스 프로그램 템플릿 포털 사이트 스캔 파일 텍스트 레코드 키 체크 센터 스테이션 오피스 클리닉 에이전시 비자
    스폰서 게스트 하우스 호스텔 마트 쇼핑 택스 리펀드 크루 스태프 파트너 매니저 코디 컨설턴트 드라이버 캐디""".split()
)
MIN_FOREIGN_WORD = 4
# What ends a label or a firm's word, not a name (법인등록번호, 외국인등록, 누리온 법인)
_LABEL_WORD_ENDS = ("번호", "등록", "법인")
_LOANWORD_ENDS = tuple(w for w in FOREIGN_SHAPED_WORDS if len(w) > 1)  # not 키: 스즈키 is a name
_NOT_NAME_END = frozenset("은 는 을 를 의 에 한 된 던 할 될 고 며 게 로 과 도 만 서 께".split())


def foreign_name_words(words: list[str], loose: bool = False) -> list[str]:
    """The words at the end of `words` that make a foreign name written in Hangul, or []: each no Korean word, label,
    title, nationality or loanword and not ending in a particle or verb ending; two words or more, one of them shaped
    like a transliteration (_TRANSLITERATION, an initial ㅋ) or a Vietnamese surname first (쩐 반 호아). `loose`: what
    follows says a foreigner is meant (an alien registration number, a nationality in brackets), so two words of
    that kind will do unshaped (유수포바 마디나, 와랏 분쏨), none of them a common word."""
    name: list[str] = []
    titled = len(words) > 1 and words[-1] in FOREIGN_TITLES
    if titled:
        words = words[:-1]
    for w in reversed(words):
        if (
            _reserved(w)
            or w in KO_NOUNS
            or person_noun(w)
            or w in NATIONALITIES
            or w in GLOSS_NOT_NAME
            or w in FOREIGN_SHAPED_WORDS
            or w[-1] in _NOT_NAME_END
            or w.endswith(_LABEL_WORD_ENDS)
            or w.endswith(FIRM_ENDINGS)
        ):
            break
        name.insert(0, w)
    if len(name) == 1 and len(name[0]) >= MIN_FOREIGN_WORD and (_transliterated(name[0]) or titled):
        # one long word shaped like a transliteration (바트바야르), or with a title after it (자오메이링 학생)
        return name if not compound_noun(name[0]) and name[0][-1] not in NOUN_TAIL else []
    if len(name) < 2 or (len(name[0]) == 1 and name[0] not in VIET_KO_SURNAMES and len(name) < 3):
        return []  # a one-syllable first word only in a name of three words or more (람 바하두르 라이)
    shaped = any(map(_transliterated, name))
    if loose and not shaped:
        # a syllable alone only in a name of three words (흐테 아웅 쪼), not 적어 준 (a verb)
        shaped = not any(w in COMMON_WORDS or w in _LABEL_SET or w in _TITLE_SET for w in name) and (
            len(name) >= 3 or min(map(len, name)) > 1
        )
    return name if shaped or name[0] in VIET_KO_SURNAMES else []


def _foreign_name_span(words: list[str], end: int, min_words: int, loose: bool = False) -> tuple[int, int] | None:
    """Where the foreign name at the end of `words` (the Hangul words ending at `end`, foreign_name_words) stands, a
    title after it left out (자오메이링 학생); None when there is none of `min_words` words or more."""
    name = foreign_name_words(words, loose)
    if len(name) < min_words:
        return None
    if len(words) > 1 and words[-1] in FOREIGN_TITLES:
        end -= len(words[-1]) + 1
    return end - (sum(map(len, name)) + len(name) - 1), end


def _transliterated(word: str) -> bool:
    """A Hangul word with a syllable that Korean names and native nouns hardly use (_TRANSLITERATION, an initial ㅋ),
    and no loanword listed as such (FOREIGN_SHAPED_WORDS)."""
    if word.endswith(_LOANWORD_ENDS):
        return False  # 표준코드, 체크카드: a compound ending in a loanword
    return any(c in _TRANSLITERATION or (ord(c) - 0xAC00) // 588 == INITIAL_K for c in word if "가" <= c <= "힣")


INITIAL_K = 15  # ㅋ among the initial consonants (a syllable's code point is 0xAC00 + 588 * initial + …)


ROW_ID_AFTER = re.compile(
    r"[ \t]{1,4}(?:[0-9]{6}[- ]?[0-9]{7}(?![0-9])|01[016789][- ]?[0-9]{3,4}[- ]?[0-9]{4}(?![0-9]))"
)

BARE_GIVEN = GIVEN_SYLLABLES | frozenset(
    """람 린 슬 솔 별 봄 늘 샘 겸 담 란 름 률 륜 려 령 로 루 류 르 마 매 묘 비 사 새 셋 옥 유 이 인 재 저 주 준
    진 찬 채 초 태 하 해 헌 현 혜 홍 효 후 훈 휘 희 제 세 서 석 선 섭 성 소 수 숙 순 승 시 식 신 실 심 아 안 애 야
    양 엽 예 오 온 완 요 용 우 운 웅 원 위 나 래 가 결 나 윤 은 영 정 지 민 도 경 다 하 율""".split()
)
BARE_DOUBLE = ("남궁", "황보", "제갈", "선우", "독고")
_BARE_SURNAME_CLASS = "".join(sorted(SURNAMES))
_BARE_GIVEN_CLASS = "".join(sorted(BARE_GIVEN))
# Bare names in prose (김민수에게 보고서 보내줘, 박지현이 작성한 초안): surname, one or two given-name
# syllables, then a particle or honorific and the end of the word. re2: the syllable classes are long; the word
# start is checked in Python (the character before must not be Hangul), so a separator is never consumed twice.
_BARE_SUFFIX_ALT = "|".join(sorted(PERSON_PARTICLES + GENERAL_PARTICLES, key=len, reverse=True))
# Syllables that end common nouns (지원금, 조사관, 이용자) far more often than given names: not a third syllable.
NOUN_TAIL = frozenset(
    "금 관 청 실 과 부 팀 처 회 비 료 권 법 적 품 표 물 장 소 구 시 자 단 대 측 층 안 건 계 액 율 률 다".split()
)
# Offices and things that end a 3-syllable word more often than a given name does (사무실, 예산실, 총무과), for
# cues that are strong on their own (a phone number in brackets after the word, a department before it): names
# ending in 자, 구 or 권 (맹순자) stay names there.
# Units of an organisation (경비팀, 총무과, 기획실): after a label (작성자: 경비팀 조민혁) the unit is not the name.
UNIT_TAIL = frozenset("팀 과 실 부 처 국 청 센 단".split())
OFFICE_TAIL = frozenset("실 과 팀 처 부 청 관 국 층 측 비 료 금 액 법 품 물 회 단 장 센 점 다".split())
# Suffixes and verb endings after a noun: 설명용, 송금한, 신청할, 사실상, 지역별, 진행중, 정보화, 계산식.
# 해 했 함 합 됨 돼: 하다 and 되다 after a noun (공유해요, 접수함, 처리됨); 하 ends too many given names (서하, 은하).
# Syllables that stand before 은 in given names (지은, 서은, 하은, 상은): after any other, 은 is a particle.
BEFORE_EUN = frozenset(
    "지 서 하 다 수 예 채 소 유 세 가 나 윤 혜 현 민 도 시 은 주 연 재 성 경 희 정 상 보 아 라 여 영 미 선".split()
)
NOUN_SUFFIXES = frozenset("용 한 할 된 던 될 상 별 중 간 내 외 후 전 화 식 형 해 했 함 합 됨 돼".split())
# Sino-Korean nouns end compounds in a morpheme that names a kind of thing (機 정수기, 費 양육비, 表 배정표,
# 人 한국인, 紙 이모지, 書 보고서, 證 자격증, 料 수수료, 金 보증금, 額 지급액, 稅 소득세, 品 소모품, 物 우편물,
# 室 회의실, 場 주차장, 法 사용법, 感 만족감, 率 합격률, 量 사용량): such a word starts with a noun, and a surname
# syllable and a given-name syllable can spell that noun (정수, 양육, 배정, 단말). NOUN_STEMS lists common
# two-syllable nouns that start with a surname syllable and take these morphemes; with COMMON_WORDS they veto a
# weakly read name of that shape, and alone (공장, 설정) a name of two syllables.
COMPOUND_MORPHEMES = frozenset("기 비 표 인 지 서 권 증 료 금 액 세 품 물 실 장 법 감 률 율 량".split())
# Every common noun of two or three syllables that starts with a surname syllable, from a dictionary (see
# load_korean_nouns): on weak evidence such a word is the noun, not a name (도서관 in a table row, 소지품을, 간호학).
def _data_lines(name: str) -> list[str]:
    """The lines of a list shipped in detectors/data, without its comment lines."""
    raw = resources.files("detectors").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if not line.startswith("#")]


def load_korean_nouns() -> frozenset[str]:
    """Common nouns of two and three syllables that start with a surname syllable (도서관, 소지품, 이자), from the
    dictionary list shipped in detectors/data (scripts/build_ko_nouns.py made it; words it knows as names are not in
    it)."""
    return frozenset(line for line in _data_lines("ko_nouns.txt") if line)


KO_NOUNS = load_korean_nouns()
# 주도하는, 검토하나: a verb stem in 하- with its ending, not a name in 하 with a particle.
VERB_AFTER_HA = frozenset(("는", "나", "도", "만", "이나"))
_BARE_THIRD_CLASS = "".join(sorted(BARE_GIVEN - NOUN_TAIL))
KO_BARE = re2.compile(
    rf"(?:^|[^가-힣])(?:((?:{'|'.join(BARE_DOUBLE)})[{_BARE_GIVEN_CLASS}]{{1,2}})({_BARE_SUFFIX_ALT})?|"
    rf"([{_BARE_SURNAME_CLASS}][{_BARE_GIVEN_CLASS}][{_BARE_THIRD_CLASS}])({_BARE_SUFFIX_ALT}))"
)
SCORE_BARE_PERSON_PARTICLE = 0.7
SCORE_BARE_PARTICLE = 0.6
SCORE_BARE_DOUBLE = 0.55

NOT_NAME_WORDS = SYSTEM_WORDS | frozenset(
    """Assignee Assignor Reporter Routing Safety Program Chair Lic License Licence
    Agency And April Title Record Records Summary Release Rights Webinar August Avenue Bank Best Boulevard
    Building Busan Center Centre City Cloud Co
    College Company Corp County Court Customer Data Dear December Department Director Dr Drive
    February For Friday From Group Hall Hello Hospital Inc January July June Korea Korean Lane Ltd
    Madam Manager March May Ministry Miss Monday Mr Mrs Ms November October Office Officer Please
    Prof Project Regards Report Road Saturday School Seoul September Server Service Services
    Sincerely Sir Square State Street Sunday Support Team Thank Thanks That The These This Those
    Thursday Tower Tuesday University Wednesday With Hurricane Typhoon Cyclone Tropical Storm
    Lead Engineer Specialist Analyst Coordinator Head Chief Senior Junior Assistant Associate Consultant President
    Vice Counsel Procurement Sales Marketing Finance Operations Product Human Resources Legal Accounting Executive
    Administrator Supervisor Representative Intern Secretary Treasurer Principal Partner Advisor Adviser Architect
    Developer Designer Researcher Scientist Technician Clerk Agent Owner Staff Desk Unit Division Section Success
    Customer Service Experience Relations Affairs Communications
    Yeah Yes Yep Nope Okay Sure Hi Hey Sorry Got Great Right Well Oh Ok Fine Cheers Bye
    Dispute Resolution Children Parents Parent Care People Guardian Patient Patients Family Members Member
    It Its We You He She They Our Your My His Her Their License Licence No Number Name Date
    Consul Consulate Embassy Committee Council Commission Board Panel Authorization Authorisation
    Attorney Lawyer Solicitor Barrister Notary Examiner Auditor Translator Interpreter Convention General
    Phone Mobile Tel Fax Email Address Timestamp Gender Status Notes Remarks Position Role Region Country""".split()
)
# Latin letters with diacritics count as letters of a name (Tomás, Łukasz, Zoë, Müller): Latin-1 capitals and small
# letters, Latin Extended-A (Ā-ž, both cases alternate there), and Vietnamese's horned vowels (Ơ-ư) and letters
# with two marks (Ạ-ỹ: Nguyễn Thị Hương), whose cases alternate too.
_UP = "A-ZÀ-ÖØ-ÞĀ-žƠ-ưẠ-ỹ"
_LOW = "a-zß-öø-ÿĀ-žƠ-ưẠ-ỹ"
_CAP = rf"(?:Ma?c)?[{_UP}][{_LOW}]*(?:'[A-Z])?[{_LOW}]+(?:-[A-Za-z][{_LOW}]+)?"  # McAllister, O'Brien, Smith-Jones
EN_TITLED = re2.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Col|Lt|LTC|Maj|Gen|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Rev|Hon|Judge|"
    # military ranks as US forces in Korea abbreviate them (SSG Reyes, SFC Kim, CPT Moon)
    rf"SSG|SFC|SGT|SPC|PFC|PVT|CPL|MSG|CSM|SGM|CPT|1LT|2LT|LT|COL|MAJ|GEN|ADM|CDR|CPO|Ens|"
    rf"Officer|Detective|Agent|Inspector|Attorney|Counsel)\.? ({_CAP}(?: {_CAP}){{0,2}})"
)
EN_LABELED = re2.compile(
    rf"\b(?:[Nn]ame|[Ff]ull name|Customer|Patient|Employee|Applicant|Contact|Attendees?|Dear|Signed|"
    rf"Regards|Sincerely|Author|Owner|Assignee|Reporter|Account holder|Co-applicant|Guarantor|Tenant|Landlord|Worker|"
    rf"Supervisor|Witness|Claimant|Student|Candidate|Caller|Driver|Sender|Recipient|Referee|Spouse|Emergency contact|"
    rf"Next of kin|(?i:name on (?:the )?card|card ?holder|"
    rf"beneficiary|payee|passenger|policy ?holder|requested by|submitted by|requester|reviewed by|approved by|"
    rf"authori[sz]ed signatory|signatory|contact person|borrower|complainant|respondent|defendant|plaintiff|"
    rf"petitioner|victim|suspect|interviewee|subscriber|insured|buyer|seller|occupant|parent(?:/| or )guardian|"
    rf"guardian|shipper|consignee|notify party|tenant|participant|donor|lessee|lessor|custodian))\b"
    rf"(?: is|'s)?,?:? ?({_CAP}(?: {_CAP}){{0,2}})"
)
# A name in capitals after a label (성명 NGUYEN THI LAN, holder="KWON MIRAE", Name: OKONKWO CHIDERA): passports,
# alien registration cards and card embossing write names this way.
# One word in capitals after a word for a part of a name (Surname: KIM, last name FITZGERALD as a transcript spells
# it out: twenty-sixth held-out set); a whole name in capitals is EN_UPPER_LABELED's.
EN_UPPER_PART_LABELED = re2.compile(
    r"(?i:\b(?:surname|last ?name|family ?name|first ?name|given ?name|middle ?name)(?: is| spelled| spelt)?)"
    r"[\"']?[ \t]{0,3}[:=]?[ \t]{0,3}[\"']?([A-Z]{2,20})(?:[^A-Za-z]|$)"
)
EN_UPPER_LABELED = re2.compile(
    r"(?:(?i:\b(?:[a-z]{2,8}_)?(?:name|full ?name|holder|card ?holder|name on (?:the )?card|passenger|applicant|"
    r"beneficiary|account holder|guest|traveler|traveller|insured|patient|employee|customer|client|worker|"
    r"crew member|tenant|student|visitor|claimant|participant|donor))|"
    r"성명|이름|영문 ?성명|영문 ?이름|영문명|예금주|명의자|소유자|근로자|신청인|신청자|민원인|대상자|고객)"
    r"(?:_(?:en|eng|kr|ko|kor|roman))?"  # name_en, holder_eng
    r"(?: ?\((?:영문|English)\))?(?: as [a-z]+(?: in [a-z]+)?)?"
    r"[\"']?[ \t]{0,3}[:=]?[ \t]{0,3}[\"']?([A-Z]{2,}(?:[ \-][A-Z]{2,}){1,4})"
    r"(?:[^A-Za-z]|$)"
)
# A name in capitals as a passport or an alien registration card writes it, right before that document's number or
# its label (— WIJAYA DEWI ANGGRAINI, 외국인등록번호 …; IVANOV ALEKSEI PETROVICH, ARC 940509-…; SONG NAYEON,
# passport M…): the document says whose name stands before it.
UPPER_BEFORE_ID = re2.compile(
    r"(?:^|[^A-Za-z0-9])([A-Z]{2,20}(?:[ \-][A-Z]{2,20}){1,3})[ \t]?(?:[,/(—–][ \t]?| -{1,2} )?"
    r"(?:외국인 ?등록|여권|ARC\b|(?i:passport|alien reg|residence card|dob\b|date of birth)|생년월일)"
)
# Words in capitals that come before a document's number and are no name (REPUBLIC OF KOREA passport).
UPPER_DOCUMENT_WORDS = frozenset(
    "REPUBLIC KOREA KOREAN KOR ROK USA UK US PRC JAPAN JAPANESE CHINA CHINESE VIETNAM NEW OLD VALID EXPIRED "
    "COPY SCAN ORIGINAL DIPLOMATIC OFFICIAL EMERGENCY TEMPORARY".split()
)
# The first line of a passport's machine-readable zone: P, a type, the issuing state, SURNAME<<GIVEN<NAMES.
# The whole line is 44 characters (36 on a TD2 document), filled with `<`.
MRZ_NAME = re2.compile(
    r"(?m)^P[A-Z<][A-Z]{3}([A-Z]{1,39}(?:<[A-Z]{1,39}){0,3}<<[A-Z]{1,39}(?:<[A-Z]{1,39}){0,3})<*\r?$"
)
MRZ_LINE_LENGTHS = (36, 44)
# Surname first with a comma (Walsh, Patricia; "Nguyen, Thanh"), an initial and a surname (J. Smith), a name in
# capitals (ANDREW C. FOSTER, HONG GILDONG): judged by the gazetteers in Python.
EN_LAST_FIRST = re2.compile(rf"(?:^|[^A-Za-z])({_CAP}, {_CAP})(?:[^A-Za-z]|$)")
# A name as the value of a name key in code or data (first_name: "Ethan", "last_name": "Walsh").
EN_NAME_KEY = re2.compile(
    rf"(?i:\b(?:first|last|given|family|full|middle|sur|customer|user|holder|contact)_?name)[\"']?[ \t]*[:=][ \t]*"
    rf"[\"']({_CAP}(?: {_CAP}){{0,2}})[\"']"
)
# The bare `name` key takes two or three capitalised words, judged like any capitalised run ("name": "Grace Whitfield").
EN_BARE_NAME_KEY = re2.compile(rf"[\"']name[\"'][ \t]*:[ \t]*[\"']({_CAP}(?: {_CAP}){{1,2}})[\"']")
# A form's name fields, filled in (visa and travel forms: "Family name: HAN / Given name: SOYEON", "SURNAME: JEONG |
# GIVEN: HAYUN"; eighth held-out set): the value, capitalised or in capitals.
_FORM_VALUE = r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2}"
EN_FORM_NAME = re2.compile(
    r"(?:^|[^A-Za-z])(?i:(?:family|last|sur|given|first|middle)[ _]?names?|surname|given)[ \t]*[:=][ \t]*"
    rf"({_FORM_VALUE})(?:[^A-Za-z'\-]|$)"
)
# The display name of a mail address (From: Oh Kyung-min <kyungmin.oh@...>): a name when the address's local part
# holds one of its words (or its initial and surname), as people's addresses do and a company's rarely.
EN_DISPLAY_NAME = re2.compile(
    rf"(?:^|[:,;\n]|\t|[AaPp][Mm] |[0-9] )[ \t]*({_CAP}(?: {_CAP}){{1,3}}) ?<([A-Za-z0-9._%+\-]{{1,64}})@"
)
MIN_DISPLAY_WORD = 3
# A commit's trailers name people with their addresses (Reported-by: Maeve Moreno <…>, Co-authored-by: Siwoo Oh
# <…>, Signed-off-by:): the key says a person stands there, whatever the address's local part holds.
EN_TRAILER_NAME = re2.compile(
    r"(?m)^[ \t]*(?i:signed-off-by|co-authored-by|co-developed-by|reported-by|reviewed-by|acked-by|tested-by|"
    r"suggested-by|helped-by|requested-by|author|committer)[ \t]*:[ \t]*"
    rf"({_CAP}(?: {_CAP}){{0,3}})[ \t]*<[^<>@\s]{{1,64}}@"
)
# A speaker in a chat export after its time stamp: "[오후 3:02] Tom Hargreaves: ...", "[10:42] Grace Kim: ...".
# A transcript's speakers at the start of their lines (Grace Oduya: so for the ...; Marta Nowak: Confirmed.): two
# capitalised words and a colon, taken when at least MIN_SPEAKER_LINES lines of the text start so (one such line is as
# likely a heading, `Grace Period: 30 days`).
EN_LINE_SPEAKER = re2.compile(rf"(?m)^[ \t]*({_CAP} {_CAP}):[ \t]")
MIN_SPEAKER_LINES = 2
# A given name with what belongs to its bearer (Olivia's card, Siobhan Kerr's record; tenth held-out set).
EN_POSSESSIVE = re2.compile(
    rf"(?:^|[^A-Za-z])({_CAP}(?: {_CAP})?)'s (?:card|account|number|phone|mobile|e-?mail|address|record|file|passport|"
    r"details|id|ssn|licen[cs]e|profile|order|claim|application|salary|payslip)\b"
)
EN_SPEAKER = re2.compile(rf"\[[^\]\n]{{1,20}}\] ({_CAP}(?: {_CAP}){{1,2}}):")
# An airline name record: SURNAME/GIVEN (PNR, boarding pass), optionally with a title.
MIN_PNR_GIVEN = 3
PNR_NAME = re2.compile(r"(?:^|[^A-Za-z0-9/])([A-Z]{2,20}/[A-Z]{2,20})(?: ?(?:MR|MS|MRS|MSTR|MISS))?(?:[^A-Za-z/]|$)")
# A Vietnamese name in Hangul, whose surname is unambiguous (응우옌 반 훙, 응우옌티란).
KO_VIET = re2.compile(r"(?:^|[^가-힣])((?:응우옌|응웬)(?: ?[가-힣]{1,2}){1,3})(?:[^가-힣]|$)")
EN_INITIAL = re2.compile(rf"(?:^|[^A-Za-z.])([A-Z]\. ?{_CAP})(?:[^A-Za-z]|$)")
# A Korean surname in capitals before a romanised given name (KIM Seo-yoon, PARK Jihoon): delegation lists.
EN_UPPER_SURNAME = re2.compile(r"(?:^|[^A-Za-z])([A-Z]{2,8} [A-Z][a-z]+(?:-[a-z]+)?)(?:[^A-Za-z]|$)")
EN_CAPITALS = re2.compile(r"(?:^|[^A-Za-z])([A-Z]{2,}(?: [A-Z]\.)?(?: [A-Z]{2,}){1,2}(?:-[A-Z]{2,})?)(?:[^A-Za-z]|$)")
# Places whose names read like a surname and a given name.
PLACES_LIKE_NAMES = frozenset(
    ("Hong Kong", "Sri Lanka", "San Jose", "Santa Monica", "Ho Chi Minh", "Viet Nam", "VIET NAM", "Da Nang",
     "Hai Phong")
)
# Firms, schools and brands written like a given name and a surname, most named after founders (Morgan Stanley, Johns
# Hopkins, Johnnie Walker): a capitalised run that starts with one is the firm.
FIRMS_LIKE_NAMES = frozenset(
    ("Morgan Stanley", "Johns Hopkins", "Carnegie Mellon", "Johnnie Walker", "Goldman Sachs", "Merrill Lynch",
     "Charles Schwab", "Wells Fargo", "Calvin Klein", "Ralph Lauren", "Tommy Hilfiger", "Hugo Boss", "Louis Vuitton",
     "Christian Dior", "Estee Lauder", "Marc Jacobs", "Kate Spade", "Michael Kors", "Vera Wang", "Tory Burch",
     "Jack Daniels", "Jim Beam", "Harley Davidson", "Rolls Royce", "Aston Martin", "Dow Jones", "Paul Hastings",
     "Philip Morris", "Hewlett Packard", "Walt Disney", "Baker McKenzie", "Arthur Andersen", "Ernst Young",
     "Warner Bros", "Marks Spencer", "Ben Jerry", "Johnson Controls", "Thomson Reuters", "Allen Overy",
     "Clifford Chance", "Kim Chang", "Lee Ko", "Emerson Electric", "Red Hat",
     # insurers, banks and foods named after people (a John Hancock policy, a Marie Callender pie: twenty-sixth set)
     # (not those many people are also called: Paul Smith, Tom Ford, Edward Jones)
     "John Hancock", "Marie Callender", "John Deere", "Betty Crocker", "Duncan Hines", "Chef Boyardee",
     "Tim Hortons", "Marie Claire", "Jenny Craig", "Charles Tyrwhitt", "Dolce Gabbana", "Jo Malone", "Tommy Bahama",
     "Mary Kay")
)
_LONE_LATIN = re.compile(r"[A-Z][a-z]+")
VERSE_AFTER = re.compile(r" [0-9]{1,3}:[0-9]{1,3}(?![0-9:])")
BIBLE_BOOKS = frozenset(
    """Matthew Mark Luke John Ruth Daniel James Peter Jude Samuel Esther Timothy Titus Joel Amos Jonah Micah Isaiah
    Jeremiah Ezekiel Hosea Nehemiah Ezra Joshua Judith Tobit Philemon Job""".split()
)
# A text about storms names them (Milton intensified, Francine and Debby made landfall): there a lone given name is
# the storm's.
STORM_WORDS = re2.compile(r"(?i:hurricane|typhoon|tropical storm|cyclone|landfall)|태풍|허리케인|사이클론")
# Short romanised surnames that are also English words: a name only after a label and before a romanised given name.
SHORT_ROMAN_SURNAMES = frozenset("Oh An Go In Ma Son Jo Min Song Ha Ji".split())
# Surnames by their ending: Russian and Central Asian (Tursunov, Karimova, Aliyev, Kovalenko, Petrovich), Kazakh and
# Kyrgyz (Nurlanuly, Asankyzy), Armenian and Georgian (Petrosyan, Beridze, Kapanadze, Gelashvili). Three letters at
# least before the ending, so Ryan and Kiev are not read so; Geneva is a city and an English given name.
SHAPED_SURNAME = re.compile(
    r"[A-Z][a-z]{2,}(?:ov|ova|ev|eva|yev|yeva|iev|ieva|enko|vich|ovna|evna|uly|kyzy|yan|dze|shvili)"
)
NOT_SHAPED_SURNAMES = frozenset(("Geneva",))
# A sign-off after a dash at the end of a line: — Hannah, -- Daniel Okafor (normalisation made every dash `-`).
EN_DASH_SIGNOFF = re2.compile(rf"(?m)(?:^|\s)-{{1,2}} ?({_CAP}(?: {_CAP})?)[ .!'\"’”)]*$")
# Revised Romanisation syllables (with the common oo/ee spellings, and ah for 아: Seo-ah, Ji-ah): Jihoon, Min-su,
# Seo-yeon.
ROMAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
    r"(?:yeo|yae|ae|eo|eu|oe|ui|wa|wo|wi|we|ya|ye|yo|yu|oo|ee|ah|a|e|i|o|u)(?:ng|n|m|k|l|p|t)?"
)
ROMAN_GIVEN = re.compile(rf"(?:{ROMAN_SYLLABLE}){{1,3}}")
# A run of one to three capitalised words; what makes it a name is checked in Python (gazetteer, cue before).
# re2: the word start is `^` or a character that cannot be part of a word.
# A sign-off with the writer's first name alone ending the line (Best, Mark / Regards,\nGrace): even a given name that
# is also a word (AMBIGUOUS_GIVEN) is a name there.
EN_SIGNOFF = re2.compile(
    r"(?m)(?:^|[^A-Za-z])"
    r"(?i:best|regards|cheers|thanks|thank you|sincerely|warmly|best wishes|kind regards|many thanks)"
    rf"[,!.]?(?: |[ ]?\r?\n)({_CAP}(?: {_CAP})?)[ \t.!]*\r?$"
)  # a full name after the closing (Best wishes,\nSofia Lindqvist) is read with its words checked
EN_CAPS = re2.compile(rf"(?:^|[^A-Za-z'\-]|[ (,=\[{{:]')({_CAP}(?: {_CAP}){{1,2}})")
# A surname with its particle (Tessa van der Meer, Maria da Silva, Ludwig von Berg, Omar bin Yusof), after a known
# given name.
NAME_PARTICLES = (
    "van der", "van den", "van de", "von der", "de la", "de los", "de las", "van", "von", "de", "del", "della", "der",
    "den", "di", "da", "du", "dos", "das", "bin", "binti", "ibn", "ter", "ten", "le", "la",
)  # fmt: skip
EN_PARTICLE_NAME = re2.compile(
    rf"(?:^|[^A-Za-z\-])({_CAP} (?:{'|'.join(NAME_PARTICLES)}) {_CAP})(?:[^A-Za-z\-]|$)"
)
# An English given name with a Korean particle or honorific after it (Jake가 인계, Priya 님은, Olivia한테): Korean text
# naming a colleague by the name they go by.
EN_GIVEN_KO_PARTICLE = re2.compile(
    r"(?:^|[^A-Za-z\-])([A-Z][a-z]{2,14}) ?"
    r"(?:님|씨|(?:가|는|이|에게|한테|께서|께|랑|이랑|이가|이는|이한테|이에게|한테도|에게도|도)"
    r"(?:[^가-힣]|$))"
)
# A name with a Japanese or Korean honorific joined by a hyphen (Tanabe-san, Kim-nim): someone named.
EN_HONORIFIC = re2.compile(r"(?:^|[^A-Za-z\-])([A-Z][a-z]{1,14})-(?:san|sama|sensei|kun|chan|nim|ssi)(?:[^A-Za-z]|$)")
# A list item that gives a Latin-script name and then an identifier (- Tursunov Bakhodir / ARC 960405-…): a roster.
EN_ITEM_WITH_ID = re2.compile(
    rf"(?m)^[ \t]*{_LIST_MARK}[ \t]*({_CAP} {_CAP}(?: {_CAP})?)[ \t]*[/|,(][ \t]*"
    r"(?:ARC|Passport|passport|PP|여권|외국인등록|등록번호|DOB|생년월일|\+?[0-9])"
)
# One capitalised word right after a lower-case cue: ask Maria, cc: Olivia, thanks Kevin.
GREETING_BEFORE = re.compile(r"(?i)(?:^|[^a-z])(?:dear|hi|hello|hey|thanks|thank you|cheers)[,:]? $")
GREETING_REACH = 12
EN_CUED_SINGLE = re2.compile(
    r"(?:^|[^A-Za-z])(?:cc|bcc|to|from|(?i:dear|hi|hello|hey|thanks|cheers|best)|ask|tell|with|by|and|email|call|"
    r"ping|met|asked|told|forward|send|sent|invite|attn|customer|patient|client|tenant|applicant|caller|rider|student|"
    r"candidate|employee|colleague|nurse|doctor|driver|guest|member|(?i:it'?s|this is|i'?m|my name is))"
    rf"[:,]?(?: |[ ]?\r?\n)({_CAP})(?:[^A-Za-z'\-]|$)"
)
LEADING_CUES = EN_STRONG_CUES | EN_WEAK_CUES | frozenset(("please", "can", "could", "let", "have", "get"))
# Heads that are also surnames or given names (Kevin Hall, Emily Park): a head only after two name-like words.
NAME_LIKE_HEADS = PLACE_HEADS & (EN_SURNAMES | ROMAN_SURNAMES | FIRST_NAMES | AMBIGUOUS_GIVEN)
SCORE_TITLED = 0.85
SCORE_LABELED = 0.85
SCORE_FIELD = 0.6
SCORE_ROLE = 0.7
SCORE_LIST = 0.6
SCORE_FIELD_WEAK = 0.35
SCORE_EN_PAIR = 0.75
MAX_ROMAN_GIVEN = 12
SCORE_EN_SINGLE = 0.6
SCORE_EN_CUED = 0.65
CUE_WINDOW = 24
_CAP_AFTER = re.compile(r"[A-Z][a-z]")
_INITIAL_BEFORE = re.compile(r"[A-Z]\. ?$")  # Aisha Mensah's first name alone, not Aisha Khan, another person
MAX_PROPAGATED = 32  # distinct names looked for again per scan
PROPAGATION_BUDGET = 4_000_000  # characters counted in all; a megabyte of text has its four best names looked for
# After a Korean given name used alone: honorifics and the particles of address (다슬 씨, 지우야, 서연아).
GIVEN_ADDRESS = ("씨", "님", "야", "아", "이가", "이는", "이랑", "이한테", "이에게", "에게", "한테")
# A given name of one syllable (남궁혁 ... 혁 님께) is a name alone only before an honorific.
GIVEN_HONORIFICS = ("님", "씨", "군", "양")
MAX_PERSON_NOUN = 6  # syllables of the longest title, label or role read after a given name
_WORD_AFTER = re.compile(r" ?([가-힣]{1,8})")
MAX_ROW = 1000  # characters either side of a field read as its record row
RECORD_MARKERS = re.compile(r"[0-9]{3,}|@")
NAMED_COLUMN = re.compile(r"[가-힣](?:자|인|원|생)명(?:[,\t|; ]|$)")  # 근로자명, 신청인명, 직원명, 학생명
_NEXT_CAPS = re.compile(r"(?: [A-Z][A-Za-z]+){1,2}")
# The same in Korean: a name-like word written together with a place or organisation noun (홍길동역, 김민수병원,
# 박지훈대학교, 정수진은행) names the place. The noun must end the word (a particle may follow), so titles that
# start with one (센터장, 병원장, 역장) do not count. 역 also means "the role of" (홍길동 역을 맡은): it counts
# only before a place particle or a non-Hangul character. Only the written-together form counts: with a space
# (담당자 이영희 병원 원무과) the name is usually a person's, next to an ordinary noun.
_KO_HEAD_ALT = "|".join(
    """대학교 대학 병원 은행 학교 공원 센터 빌딩 타워 아파트 터미널 공항 도서관 박물관 미술관 기념관 회관 재단 그룹
    교회 성당 대교""".split()
)
_KO_PLACE_PARTICLE = "에서|에|앞|까지|근처|부근|인근|방면|출구|광장|사거리|으로|로|의|은|는|이|가|을|를|과|와|도|만"
_KO_STATION_PARTICLE = "에서|에|앞|까지|근처|부근|인근|방면|출구|광장|사거리"
KO_PLACE_AFTER = re.compile(
    rf"(?:(?:{_KO_HEAD_ALT})(?:{_KO_PLACE_PARTICLE})?|역(?:{_KO_STATION_PARTICLE})?)(?![가-힣])"
)
# A shop's kind after its name, with a space too (피진정인: 온새미로 카페, 하늘빛 식당): a business, not its
# owner. (병원, 은행 and the like only written together, above: 이영희 병원 원무과 is a person at a hospital.)
KO_SHOP_AFTER = re.compile(
    r"(?:로|으로)? (?:카페|식당|베이커리|상회|상사|마트|약국|공방|분식|치킨|미용실|헤어샵|꽃집|반찬|정육점|편의점|학원|"
    r"스튜디오|커피|제과|떡집|호프|주점|세탁소|부동산)(?![가-힣])"
)


# Public figures in their public role are not the personal data of staff's records (이순신 장군 동상, 안중근 의사
# 기념관, 우원식 국회의장, 봉준호 감독의 신작): a name followed by a title of history, national office, film, sport or
# letters, with words of that world near it. Each title has its own words, so a doctor (김민수 의사) or a local
# councillor (구의회 최은영 의원, whose minutes are records of people) is not taken for one.
_HISTORY_WORDS = (
    "동상", "기념관", "기념사업", "묘역", "묘소", "생가", "유적", "사당", "탄신", "서거", "순국", "의거", "독립운동",
    "임진왜란", "왜란", "항일", "거북선", "위인", "의병", "해전", "대첩", "추모", "광화문광장", "세종대왕", "훈민정음",
    "효창공원", "현충원", "현충사", "충무공", "역사 체험", "역사 과제", "유관순",
)
_OFFICE_WORDS = ("국회", "대통령실", "청와대", "국무회의", "국정감사", "정부 발표", "여당", "야당", "원내")
_SCREEN_WORDS = (
    "영화", "신작", "개봉", "작품", "시상식", "흥행", "관객", "드라마", "앨범", "콘서트", "공연", "경기",
    "득점", "통산", "시즌", "리그", "우승", "올림픽", "이적", "소설", "출간", "수상", "기사", "보도", "뉴스",
)  # fmt: skip
PUBLIC_TITLES = {
    **dict.fromkeys(("장군", "의사", "열사", "대왕", "선생", "지사", "선열"), _HISTORY_WORDS),
    **dict.fromkeys(("의장", "국회의장", "국회의원", "의원", "대통령", "국무총리", "총리"), _OFFICE_WORDS),
    **dict.fromkeys(("감독", "선수", "작가", "배우", "가수"), _SCREEN_WORDS),
}
PUBLIC_TITLE_AFTER = re.compile(
    rf" ?({'|'.join(sorted(PUBLIC_TITLES, key=len, reverse=True))})(?:님)?"
    r"(?:의|은|는|이|가|을|를|과|와|도|께서|께|에게|이자|으로|로)?(?![가-힣])"
)
PUBLIC_WINDOW = 120
LOCAL_COUNCIL = "의회"  # 구의회, 시의회: a local council's minutes name the people who spoke


# Names that forms, manuals and code samples print as stand-ins (Korea's 홍길동, the textbook 김철수 and 이영희,
# John Doe, Max Mustermann): a finding on one is lowered below masking when the text around it calls it an example
# (예시, 샘플, placeholder, e.g.) or holds a stand-in value of another kind (example.com, 000000-0000000,
# 010-0000-0000, 555-0100, ○○시). Anywhere else it is a person: someone can be named 김철수, and a name in an INSERT
# is data.
PLACEHOLDER_NAMES = frozenset(
    ("홍길동", "김철수", "이영희", "Hong Gildong", "Hong Gil-dong", "HONG GILDONG", "Gildong", "John Doe", "Jane Doe",
     "Juan Pérez", "Fulano de Tal", "Yamada Taro", "Mario Rossi", "Jan Kowalski", "Ivan Ivanov",
     "JOHN DOE", "JANE DOE", "Richard Roe", "RICHARD ROE", "Jane Roe", "JANE ROE", "Joe Bloggs", "Max Mustermann",
     "Erika Mustermann", "John Q. Public", "가나다")
)  # fmt: skip
PLACEHOLDER_CONTEXT = re2.compile(
    r"(?i:(?:^|[^a-z])(?:examples?|e\.g\.|samples?|placeholders?|dummy|fake|mock|templates?|fictitious|fictional|"
    r"test (?:data|user|account|record|contact|customer)s?|previews?|lorem)(?:[^a-z]|$)|@example\.(?:com|org|net))|"
    r"예시|예제|샘플|견본|더미|가상|"
    r"가짜|템플릿|기본값|작성 ?예|입력 ?예|테스트|[0-9]{6}-0{7}|0{6}-[0-9]{7}|010-0000-0000|555-01[0-9]{2}|○○|XXX"
)
PLACEHOLDER_REACH = 300  # characters either side of the name searched for such a word or value
MAX_MARK = 16  # characters of the longest such word or value
SCORE_PLACEHOLDER = 0.3


def placeholder_name(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a stand-in (PLACEHOLDER_NAMES) that the text within PLACEHOLDER_REACH characters
    calls an example or sets among stand-in values (PLACEHOLDER_CONTEXT): 성명: 홍길동 / 주민등록번호:
    000000-0000000, `Name: John Doe | Email: john.doe@example.com`."""
    return (start, end) in _called_examples(text, [(start, end, 1.0)] if _stand_in(text, (start, end, 1.0)) else [])


def _stand_in(text: str, span: tuple[int, int, float]) -> bool:
    return text[span[0] : span[1]] in PLACEHOLDER_NAMES


def _called_examples(text: str, stand_ins: list[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """The stand-in names among `stand_ins` that the text around them calls examples. Their windows are merged and
    each stretch of text is searched once (PLACEHOLDER_CONTEXT), however many stand-ins share it."""
    if not stand_ins:
        return set()
    out: set[tuple[int, int]] = set()
    marks: list[int] = []
    searched = 0  # the text before this has been searched for marks
    for start, end, _ in sorted(stand_ins):
        lo, hi = max(0, start - PLACEHOLDER_REACH), min(len(text), end + PLACEHOLDER_REACH)
        if hi > searched:
            # a mark may straddle the last stretch's end: search again from a little before it
            from_ = max(lo, searched - MAX_MARK)
            for m in PLACEHOLDER_CONTEXT.finditer(text[from_:hi]):
                if not marks or from_ + m.start() > marks[-1]:
                    marks.append(from_ + m.start())  # kept in order: the stretch searched again is not added twice
            searched = hi
        i = bisect.bisect_left(marks, lo)
        if i < len(marks) and marks[i] <= hi:
            out.add((start, end))
    return out


def historical_figure(word: str) -> bool:
    """A historical figure's name (HISTORICAL_FIGURES), in Hangul or romanised with or without spaces and hyphens."""
    return word.replace(" ", "").replace("-", "").lower() in HISTORICAL_FIGURES


def public_figure(text: str, start: int, end: int) -> bool:
    """The Korean name at text[start:end] is a public figure named in that role (이순신 장군 동상, 봉준호 감독의
    신작)."""
    m = PUBLIC_TITLE_AFTER.match(text, end)
    if m is None:
        return False
    window = text[max(0, start - PUBLIC_WINDOW) : end + PUBLIC_WINDOW]
    words = PUBLIC_TITLES[m.group(1)]
    if words is _OFFICE_WORDS and LOCAL_COUNCIL in window.replace("국회", ""):
        return False
    return any(w in window for w in words)


def korean_name_ok(word: str, min_len: int = 2) -> bool:
    """Surname first, 2-4 syllables, not a common word; 2-syllable names need a given-name syllable.

    Weak evidence (a role noun, a quote) passes min_len=3: two-syllable names are rare, two-syllable
    nouns that start with a surname syllable (방문, 정부) are everywhere.
    """
    if not max(2, min_len) <= len(word) <= 4 or word in COMMON_WORDS or word in _TITLE_SET or word in _LABEL_SET:
        return False  # a role noun (신청인, 피고인, 피해자) is what labels a name, never one
    if word[:2] in DOUBLE_SURNAMES and len(word) >= 3:
        return True
    if word[0] not in SURNAMES or len(word) == 4 or word in KO_NOUNS:
        return False
    rest = word[1:]
    if rest in _TITLE_SET or rest[:2] in _TITLE_SET or rest[:3] in _TITLE_SET or word[-2:] in _TITLE_SET:
        return False
    if len(word) == 3 and word[:2] in _LABEL_SET and word[2] in PARTICLE_SYLLABLES:
        return False  # 이름이 BAEK CHAE YOUNG으로: a label and its particle
    if len(word) == 2 and word[1] == "모":
        return False  # 곽모 팀장: a press report's surname and 모 (a certain), a name withheld
    if word[1:] in VERB_ENDINGS:
        return False  # 이사 오세요, 과장 주세요, 필터 피하려고: a verb's ending (after a title that is also a noun)
    if len(word) == 2:
        return word[1] in GIVEN_SYLLABLES and word not in NOUN_STEMS  # 공장, 설정, 정수: nouns, not names
    if rest in NATIVE_GIVEN:
        return True
    if word[2] == COMMITTEE_TAIL:
        return False  # 공정위, 금융위, 인권위 조사관: a committee's short name, not a person
    middle = word[1] in GIVEN_SYLLABLES or word[1] in MIDDLE_SYLLABLES
    return middle and (word[2] in GIVEN_SYLLABLES or word[2] in LAST_SYLLABLES)


def _listed_noun(word: str) -> bool:
    """A common word, a noun stem or a dictionary noun (COMMON_WORDS, NOUN_STEMS, KO_NOUNS)."""
    return word in COMMON_WORDS or word in NOUN_STEMS or word in KO_NOUNS


def labelled_name(word: str) -> bool:
    """A word where a label puts a name is one: korean_name_ok, or any surname and two syllables (이덕배, 김옥분: older
    given names), unless it is a word (listed, or a noun of the dictionary: KO_NOUNS), a title, a label or ends in a
    unit of an organisation (경비팀); or a rarer surname (RARE_SURNAMES: 즙상철, 초수아) and two given-name
    syllables."""
    if len(word) != 3 or word[2] in UNIT_TAIL or _reserved(word) or word in KO_NOUNS or word[1:] in VERB_ENDINGS:
        return korean_name_ok(word)
    if word[0] in SURNAMES:
        return True
    return korean_name_ok(word) or (
        word[0] in RARE_SURNAMES
        and (word[1] in GIVEN_SYLLABLES or word[1] in MIDDLE_SYLLABLES)
        and (word[2] in GIVEN_SYLLABLES or word[2] in LAST_SYLLABLES)
        and word[1:] not in COMMON_WORDS
        and word[1:] not in KO_NOUNS
        and word[1] not in RARE_NAME_NOT_SECOND
        and word[2] not in RARE_NAME_NOT_LAST
    )


# What ends a labelled word after a rarer surname's syllable that is no name's end: a copula (번호요), a verb's stem
# (관리하) or 명 of a column's name (영문명, 비실명).
RARE_NAME_NOT_LAST = frozenset("요하명")
# and a particle after such a syllable (내가 …, 초를 …); 은 and 이 start given names too often to count (묵은희)
RARE_NAME_NOT_SECOND = frozenset("가를을의와과로도만")
# Verb endings of two syllables, which no given name is: polite ones (오세요, 가세요, 주시오) and 하다's connective
# forms after a one-syllable stem (피하려고, 대하면, 위하여); 하니 and 하지 stay, as given names.
VERB_ENDINGS = frozenset(
    """세요 시오 네요 군요 어요 아요 해요 게요 지요 셔요
    하려 하면 하고 하여 하게 하며 하자 하는 하던 하다 하라 하기""".split()
)
NAME_LABELS = ("성명", "이름", "성함")
# A firm's officers, named on its filings and forms (대표이사 서용팔, …): the word before a name, never a role of a
# member or customer (회원 인바디 is a member's body scan).
OFFICER_TITLES = frozenset("대표이사 대표 사내이사 사외이사 이사 사장 부사장 회장 전무 상무 감사 이사장 조합장".split())
# An e-mail address, a mobile number or a resident number's front half right after a field's value.
ID_AFTER_FIELD = re.compile(
    r"[ \t]{1,3}(?:[A-Za-z0-9._%+\-]{1,64}@|01[016789][- .]?[0-9]{3,4}[- .]?[0-9]{4}|[0-9]{6}-[1-8])"
)
# The same, or a driving licence number with its word (운전면허 21-03-120491-83), after a role and its holder's name.
ID_OR_LICENCE_AFTER = re.compile(
    rf"{ID_AFTER_FIELD.pattern}|[ \t]{{1,3}}(?:운전면허|면허번호|면허)[ \t:]{{0,3}}[0-9가-힣]"
)
# Labels of an account's holder, and what follows the holder's name in a bank line: a bank or an account number.
HOLDER_LABELS = ("예금주", "명의자", "명의인", "계좌주")
BANK_OR_NUMBER_AFTER = re.compile(
    r"[ \t]{1,3}(?:[가-힣]{0,6}(?:은행|뱅크|금고|농협|수협|신협)|우체국|[A-Z]{2,5}\b|[0-9])"
)


def _whole_value_name(word: str) -> bool:
    """A name key's whole value (name=맹훈, CN=정란): labelled_name, or a surname and a given-name syllable that is
    no common word or noun stem, though the dictionary may list it (맹훈 is also 猛訓): the key says a name is meant."""
    if labelled_name(word):
        return True
    return (
        len(word) == 2
        and word[0] in SURNAMES
        and word[1] in GIVEN_SYLLABLES
        and word not in COMMON_WORDS
        and word not in NOUN_STEMS
        and not _reserved(word)
    )


def _role_field_name(text: str, value: str, end: int) -> str:
    """The name in a field labelled by a word for a person (KO_ROLE_LABEL), or empty. A value that ends the field
    (the line, a delimiter or a number follows: 가입자: 이덕배 / 건강보험 …) is read as loosely as after a listed label;
    one that runs on into prose (상담사: 조회해 보겠습니다, 민원인: 연락은 010-…) must pass korean_name_ok, and so must
    a name read with a particle taken off (민원인: 마동현이고요, 이름은 탁소은이요). Not a noun and its particle
    (운전자 정보만, 계정 권한은), nor a value that is itself a word for a person or a place of business (수임인:
    여행사 직원 …), unless it is a name by the strict check (신고자 권순자: 순자, 승원 end as people's words do)."""
    if value in PERSON_NOUNS or value in COMMON_WORDS or (person_noun(value) and not korean_name_ok(value)):
        return ""
    if value[-1] in PARTICLE_SYLLABLES and _listed_noun(value[:2]):
        # 연락은 010-…: a noun and its particle; but a name the dictionary merely lists a noun in (박다 of 박다은)
        # stays a name before its owner's e-mail or number (예약자 박다은 hyunah.lee@…)
        listed = value[:2] in COMMON_WORDS or value[:2] in NOUN_STEMS
        if listed or not korean_name_ok(value) or ID_AFTER_FIELD.match(text, end) is None:
            return ""
    ends_field = value[-1] not in PARTICLE_SYLLABLES and (
        FIELD_END.match(text, end) is not None or ROAD_ADDRESS_AFTER.match(text, end) is not None
    )  # an address after the name ends its field too (채권자 초혜진 세종특별자치시 한누리대로 371-8)
    if (len(value) == 3 and korean_name_ok(value)) or (ends_field and labelled_name(value)):
        return value if not noun_with_suffix(value) else ""
    return name_before_particle(value)


def _after_lone_syllable(text: str, start: int) -> bool:
    """A syllable standing alone before the space before `start`: a sentence spaced out a syllable at a time (비 가
    와 서 과장 님이), where a lone surname syllable is no surname."""
    before = text[max(0, start - 3) : start - 1]
    return bool(before) and "가" <= before[-1] <= "힣" and (len(before) == 1 or not "가" <= before[0] <= "힣")


def _quoted_value(text: str, start: int, word: str) -> str:
    """A key's whole value in code or data, read as loosely as a labelled field's: the word and nothing else
    between the quotes (name = '천봉구', "cust_nm": "피상욱"), or a double surname, a space and one or two
    syllables (`"name":"남궁 선"`). Empty when the value runs on or is no name."""
    quote = text[start - 1 : start]
    if quote not in ("'", '"'):
        return ""
    end = start + len(word)
    # JSON inside a JSON string escapes its quotes: {\"name\": \"소하영\"} (a HAR or log body)
    closing = "\\" + quote if text[start - 2 : start - 1] == "\\" else quote
    if word in DOUBLE_SURNAMES and (spaced := QUOTED_GIVEN.match(text, end)):
        if text.startswith(closing, spaced.end()):
            return text[start : spaced.end()]
    if not text.startswith(closing, end) or compound_noun(word):
        return ""  # "name": "정수기": a product's name
    # A whole value is never a noun with a particle or ending (공지+후, 설명+용): those only run on in prose, so
    # "name": "공지후" is a name though 공지후 in a sentence is "after the notice".
    return word if labelled_name(word) or (len(word) == 3 and korean_name_ok(word)) else ""


def _listed_after(text: str, pos: int, score: float) -> Iterator[tuple[int, int, float]]:
    """The names listed after a labelled one (참석: 하예슬·길도현, 수신자: 김민수, 이서연), each still a name."""
    while (item := KO_LIST_ITEM.match(text, pos)) and korean_name_ok(item.group(1)):
        yield item.start(1), item.end(1), score
        pos = item.end()


def noun_with_suffix(word: str) -> bool:
    """A common noun and a suffix or verb ending, not a name: 설명용 (for explaining), 송금한 (that was sent), 사실상,
    정보화; or a noun and a morpheme that makes a compound of it (정수기, 양육비, 배정표, 한국인, 보고서). Read where
    the evidence for a name is weak; a label before it (성명: 이상용) outweighs the reading."""
    if len(word) != 3:
        return False
    stem = word[:2]
    if (word[2] in NOUN_SUFFIXES or (word[2] in PARTICLE_SYLLABLES and word[2] != "은")) and stem in COMMON_WORDS:
        return True  # 설명용, 이름이 (the name + subject particle); 은 ends too many given names (이상은, 유지은)
    if word[2] == "은" and stem in COMMON_WORDS and word[1] not in BEFORE_EUN:
        return True  # 형식은 유지: no given name ends in 식은
    if word[2] in ("용", "별", "중", "상") and stem in NOUN_STEMS:
        return True  # 담당자 배정용 표: what a thing is for
    if word[2] in NOUN_PARTICLES and stem in KO_NOUNS:
        return True  # 제목이랑, 배관이 터져: a dictionary noun and its particle
    return compound_noun(word)


def _two_nouns(word: str) -> bool:
    """A word of two two-syllable nouns (선임+신고, 표기+방식): a compound, where stripping a particle-like last
    syllable (고) would leave a name's shape."""
    return len(word) == 4 and all(
        any(part in words for words in (COMMON_WORDS, NOUN_STEMS, KO_NOUNS)) for part in (word[:2], word[2:])
    )


def compound_noun(word: str) -> bool:
    """A noun and a morpheme that makes a compound of it (정수기, 양육비, 배정표): a thing's name, even as a whole
    value (`"name": "정수기"`)."""
    stem = word[:2]
    return len(word) == 3 and word[2] in COMPOUND_MORPHEMES and (stem in COMMON_WORDS or stem in NOUN_STEMS)


VALUE_ENDS = frozenset(("", "&", ";", "\n", "\r", "\t", "|"))  # what ends a query parameter's or a record's value
# and, after `=` or `:`, what ends a value in a record's printout or a log line (name=맹훈, rrn=…; CN=정란:mailto:)
KEY_VALUE_ENDS = frozenset((",", ")", "}", ":", " "))
KEY_VALUE_SIGN = re.compile(r"[=:]")


def name_before_particle(word: str) -> str:
    """The name at the start of a word that may end in particles (천다은, 천다은이, 김민수님께): strip_particle,
    but a three-syllable name whose last syllable is also a particle (다은, 하은, 서이) stays whole. Empty when
    neither reading is a name."""
    stripped = strip_particle(word)
    if noun_with_suffix(stripped):
        return ""
    if korean_name_ok(stripped, min_len=3):
        return stripped
    head = word[:2]
    if head in _TITLE_SET or head in COMMON_WORDS or head in KO_NOUNS:
        return ""  # 국장의, 고객이, 표기가: a title or a noun and its particle
    if len(word) >= 3 and korean_name_ok(word[:3], min_len=3) and strip_particle(word[:3]) != word[:3]:
        rest = word[3:]
        if not rest or strip_particle("가나다" + rest) == "가나다":
            return word[:3]
    return ""


def bare_name_score(name: str, suffix: str) -> float | None:
    """Score of a name with no title or label, by its shape and the particle after it; None: not a name.

    Three syllables (or a double surname and one or two), the first two not a common word (지원금, 한국은),
    the last not a typical noun ending; a particle used for people (에게, 한테, 께서) counts more than one
    used for anything (이/가, 은/는, 을/를).
    """
    if name[:2] in COMMON_WORDS or name in COMMON_WORDS or name in _TITLE_SET:
        return None
    if noun_with_suffix(name):
        return None  # 제목이랑, 문단이랑: a dictionary noun and its particle before another; 탄원서를: a compound
    if name[:2] in BARE_DOUBLE:
        return SCORE_BARE_PERSON_PARTICLE if suffix in PERSON_PARTICLES else SCORE_BARE_DOUBLE
    if len(name) != 3 or not korean_name_ok(name, min_len=3) or name[1:] in COMMON_WORDS:
        return None
    if not suffix or name[2] in NOUN_TAIL or (name[2] == "하" and suffix in VERB_AFTER_HA):
        return None
    return SCORE_BARE_PERSON_PARTICLE if suffix in PERSON_PARTICLES else SCORE_BARE_PARTICLE


ENGLISH_WORD_SHAPE = re.compile(
    r"^[A-Z][a-z]{2,}(?:tion|sion|ity|ment|ness|ship|ance|ence|ism|ive|ous|able|ible|ary|ory|ics|ional|ware)s?$"
)


def shaped_surname(word: str) -> bool:
    """A surname by its ending (Tursunov, Karimova, Petrosyan, Beridze), in capitals or not."""
    word = word.capitalize() if word.isupper() else word
    return SHAPED_SURNAME.fullmatch(word) is not None and word not in NOT_SHAPED_SURNAMES


def is_common_word(word: str) -> bool:
    """A capitalised English word that starts sentences or names places and things, not people: listed, or shaped
    like an abstract noun or adjective (Registration, Security, Liaison is listed; -tion, -ity, -ment, -ness, -ship,
    -ance, -ence, -ism, -ive, -ous, -able, -ary, -ory, -ics, -ional) and no known given name or surname (Mallory)."""
    if word in NOT_NAME_WORDS:
        return True
    return ENGLISH_WORD_SHAPE.search(word) is not None and word not in KNOWN_NAME_WORDS


def names_a_place(words: list[str], following: list[str] | None = None) -> bool:
    """Capitalised words that end in (or are followed by) a place or organisation head noun: Victoria Station,
    Mary Washington Hospital, Robert Miller Group. A head that is also a name (Hall, Park) counts only after two
    words (Kevin Smith Hall), so Emily Park stays a person."""
    seq = [*words, *following] if following else words
    return any(w in PLACE_HEADS and (i >= 2 or w not in NAME_LIKE_HEADS) for i, w in enumerate(seq) if i >= 1)


def korean_place_follows(text: str, end: int) -> bool:
    """A Korean name-like word at text[:end] is the first part of a place or organisation name (홍길동역에서,
    김민수병원, 박지훈대학교 입학처, 온새미로 카페), not a person."""
    if end >= len(text):
        return False
    return KO_PLACE_AFTER.match(text, end) is not None or KO_SHOP_AFTER.match(text, end) is not None


def romanised_korean(word: str) -> bool:
    """A given name in Revised Romanisation (Minsu, Ji-hoon), not an English word such as Central or Theme."""
    return ROMAN_GIVEN.fullmatch(word.replace("-", "").lower()) is not None and len(word) <= MAX_ROMAN_GIVEN


def strip_particle(word: str) -> str:
    """홍길동님께서 -> 홍길동: drop up to two trailing particles or honorifics."""
    for _ in range(2):
        if not word.endswith(PARTICLES):
            break
        for p in PARTICLES:
            if word.endswith(p) and len(word) - len(p) >= 2:
                word = word[: -len(p)]
                break
    return word


class PersonRecognizer:
    entity: ClassVar[Entity] = Entity.PERSON

    def validate(self, value: str) -> bool | None:
        return None if value.strip() else False

    def _korean(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        text = doc.text
        for m in doc.finditer(KO_TITLED):
            if text[m.end(1) - 1 : m.end(1) + 2] == "주차장":
                continue  # 공영주차장: a parking lot, not 공영주 차장
            if _title_goes_on(text, m.end()):
                continue  # 여신위원회, 배정표 (군청), 한빛관세사무소: the title is the start of a longer word
            if len(m.group(1)) == 2 and m.end() - m.end(1) >= 2 and "가" <= text[m.end(1)] <= "힣":
                continue  # 인솔교사, 담임교사: two syllables written together with a title are a compound title
            if len(m.group(1)) == 2 and text[m.end(1) : m.end(1) + 1] in ("군", "양"):
                continue  # 홍성군, 청양군, 고양: a county or a place, not 홍성 and the honorific 군
            bracketed = "(" in text[m.end(1) : m.end()]  # 배정표(어르신/보호사): a table, its columns in brackets
            # 씨, 님 and 어르신 follow only a person's name (a title's 님 is the title's: 과장님): an older given name
            # or a rarer surname counts there (장남 주영배 씨가, 손두리 어르신, 퇴직자 즙상철님)
            after = text[m.end(1) : m.end(1) + 4].strip()
            # 어르신 also follows a noun and its particle (문구를 어르신이 …)
            elder = after.startswith("어르신") and m.group(1)[-1] not in PARTICLE_SYLLABLES
            honorific = (after.startswith(("씨", "님")) or elder) and len(m.group(1)) == 3
            if honorific and labelled_name(m.group(1)) and not noun_with_suffix(m.group(1)):
                yield m.start(1), m.end(1), SCORE_TITLED
                continue
            if korean_name_ok(m.group(1)) and not (bracketed and compound_noun(m.group(1))):
                yield m.start(1), m.end(1), SCORE_TITLED
        for m in doc.finditer(KO_SPACED_LABEL_PLAIN):
            spaced = " " in m.group(1) or "\t" in m.group(1)
            if spaced and FIELD_END.match(text, m.end(2)) and labelled_name(m.group(2)):
                yield m.start(2), m.end(2), SCORE_LABELED
        for pattern in (KO_SPACED_TITLED, KO_SPACED_LABELED):
            for m in doc.finditer(pattern):
                joined = m.group(1)[::2]
                if joined[0] in SURNAMES and korean_name_ok(joined):
                    yield m.start(1), m.end(1), SCORE_TITLED
        for m in doc.finditer(KO_LABELED):
            start = m.start(1)
            raw = m.group(1)
            if text.startswith("이름", m.start()) and _thing_named(text, m.start()):
                continue  # 배 이름은 은서호고요, 파일 이름: 보고서: the name of a thing
            word = strip_particle(raw)
            label_next = word in _LABEL_SET or word.rstrip("은는이가") in ("성명", "이름")
            if "가" <= text[start - 1] <= "힣" and not label_next:
                continue  # 참석하셨고: the label word goes on, nothing was labelled (체납자성명: a label follows)
            if label_next:
                # 신청인 성명 위서준, 보호자 성명은 이정훈이며: the name follows the second label (a bounded re-read)
                again = KO_LABELED_PY.match(text, start, start + MAX_LABEL_CHAIN)
                if again is None or "가" <= text[again.start(1) - 1] <= "힣":
                    continue
                start, raw = again.start(1), again.group(1)
                word = strip_particle(raw)
            if not label_next and _spaced_only(text, m.start(), start) and text[start - 2] not in TOPIC_MARKS:
                # 납세자 권리, 상속인 전원의 동의, 수신자 설정 yaml: a label and a word with only a space between them
                # are as often a noun phrase; read as a transcript speaker's value is (_role_field_name)
                word = _role_field_name(text, raw, start + len(raw)) if len(raw) > 2 else ""
                if len(raw) == 2 and korean_name_ok(raw) and FIELD_END.match(text, start + 2) is not None:
                    word = raw
                holder = text.startswith(HOLDER_LABELS, m.start())
                if not word and holder and labelled_name(raw) and BANK_OR_NUMBER_AFTER.match(text, start + len(raw)):
                    word = raw  # 예금주 장소율 우리은행 …: a holder's field holds a name, whatever it sounds like
                whole_field = len(raw) == 3 and FIELD_END.match(text, start + 3) is not None
                if not word and whole_field and text.startswith(NAME_LABELS, m.start()) and labelled_name(raw):
                    word = raw  # 성명 고용만 (line end): the name field's whole value, though 만 is also a particle
                if word:
                    yield start, start + len(word), SCORE_LABELED
                    yield from _listed_after(text, start + len(word), SCORE_LABELED)
                continue
            whole = name_before_particle(raw)
            if len(whole) > len(word):
                word = whole  # 가입자 천다은, : a name whose last syllable is also a particle stays whole
            if labelled_name(word) and raw not in COMMON_WORDS and not _two_nouns(raw):
                yield start, start + len(word), SCORE_LABELED
                yield from _listed_after(text, start + len(word), SCORE_LABELED)
        yield from self._role_labelled(doc)
        yield from _two_syllable_names(doc)
        for sm in doc.finditer(KO_SURNAME_TITLED):
            if sm.group(1) not in NOT_SURNAME_BEFORE_TITLE:
                yield sm.start(1), sm.end(1), SCORE_FIELD
        for sm in doc.finditer(KO_SURNAME_TITLED_BARE):
            if sm.group(1) not in NOT_SURNAME_BEFORE_BARE_TITLE and not _after_lone_syllable(text, sm.start(1)):
                yield sm.start(1), sm.end(1), SCORE_FIELD
        yield from _name_parts(doc)
        if doc.has_digit:
            yield from _names_before_addresses(doc)
        for sm in doc.finditer(KO_LABEL_SURNAME_TITLE):
            if text[sm.start()] != "(" or sm.group(1) not in NOT_SURNAME_BEFORE_BARE_TITLE:
                yield sm.start(1), sm.end(1), SCORE_FIELD
        for sm in doc.finditer(KO_ROLE_TOPIC):
            if bare_name_score(sm.group(1), "는") is not None and sm.group(1)[2] not in OFFICE_TAIL:
                yield sm.start(1), sm.end(1), SCORE_ROLE
        for sm in doc.finditer(KO_HANJA_TITLE_OR_SEAL):
            g = 1 if sm.start(1) >= 0 else 2
            if korean_name_ok(sm.group(g), min_len=3) and not noun_with_suffix(sm.group(g)):
                yield sm.start(g), sm.end(g), SCORE_ROLE
        for sm in doc.finditer(KO_SURNAME_GLUED):
            if sm.group(1) in SURNAMES and sm.group(1) not in NOT_SURNAME_BEFORE_TITLE:
                yield sm.start(1), sm.end(1), SCORE_ROLE  # (담당 권대리): the surname
        for rm in KO_SELF.finditer(text):
            word = strip_particle(rm.group(1))
            if korean_name_ok(word, min_len=3):
                yield rm.start(1), rm.start(1) + len(word), SCORE_ROLE
        for pattern, score in (
            (KO_TITLE_FIRST, SCORE_ROLE),
            (KO_ROLE, SCORE_ROLE),
            (KO_KIN, SCORE_ROLE),
            (EN_LABEL_KO, SCORE_LABELED),
            (KO_OWNER, SCORE_ROLE),
            (KO_SIGNOFF, SCORE_ROLE),
            (KO_GRADE, SCORE_ROLE),
            (KO_CLASS, SCORE_ROLE),
            (KO_LATE, SCORE_ROLE),
        ):
            for sm in doc.finditer(pattern):
                if pattern is KO_TITLE_FIRST and _compound_end_of_noun(text, sm.start(), sm.start(1)):
                    continue
                if pattern is EN_LABEL_KO and THING_KEY.match(text, sm.start(), sm.start(1)):
                    continue  # fileName="보고서", productName: "정수기": a thing's name
                start, word = sm.start(1), name_before_particle(sm.group(1))
                if pattern is EN_LABEL_KO and not word:
                    word = _quoted_value(text, start, sm.group(1))  # name = '천봉구', "name":"남궁 선"
                    raw = sm.group(1)
                    signed = KEY_VALUE_SIGN.search(sm.group(), 0, start - sm.start()) is not None
                    ends = VALUE_ENDS | KEY_VALUE_ENDS if signed else VALUE_ENDS
                    if not word and text[sm.end(1) : sm.end(1) + 1] in ends and _whole_value_name(raw):
                        # ?name=구하은&page=1, Applicant(name=맹훈, rrn=…), CN=정란:mailto:…: the key's whole value
                        word = raw
                if not word and pattern is KO_TITLE_FIRST and sm.group(1) in _TITLE_SET:
                    # 담임 교사 구본혁: the first title's match took the second title as its name; the name follows it
                    again = KO_TITLE_FIRST_PY.match(text, start - 1, start + MAX_LABEL_CHAIN)
                    if again is not None:
                        start, word = again.start(1), name_before_particle(again.group(1))
                officer = pattern is KO_TITLE_FIRST and text[sm.start() : sm.start(1)].strip(" \t:：") in OFFICER_TITLES
                if not word and officer and len(sm.group(1)) == 3:
                    # 대표이사 서용팔, 실무 …: an officer's name that ends its field, an older given name too
                    raw = sm.group(1)
                    closed = FIELD_END.match(text, sm.end(1)) is not None and raw[-1] not in PARTICLE_SYLLABLES
                    noun = _listed_noun(raw[:2]) or _listed_noun(raw[1:])  # 연소득, 상담이
                    word = raw if closed and not noun and labelled_name(raw) and not person_noun(raw) else ""
                if not word and pattern is KO_KIN and text[sm.start(1) - 1] == "(" and labelled_name(sm.group(1)[:3]):
                    word = sm.group(1)[:3] if text[sm.start(1) + 3 : sm.start(1) + 4] == ")" else ""  # 외할머니(진옥분)
                if not word and pattern is KO_LATE and sm.group(1)[3:4] in ("", "님"):
                    # 故 반용팔 님: the mark of the dead says a name follows, an older given name too
                    word = sm.group(1)[:3] if labelled_name(sm.group(1)[:3]) else ""
                if word:
                    yield start, start + len(word), score
                    if pattern is KO_TITLE_FIRST or pattern is KO_ROLE:
                        yield from _listed_after(text, start + len(word), score)  # 주무관 하예슬·길도현
        for pattern in (
            KO_DEPARTMENT,
            KO_WITH_ID,
            EN_TITLE_KO,
            KO_SELF_AFTER,
            KO_NUMBERED,
            KO_PARENT,
            KO_WITH_ROLE,
            KO_DASH_SIGNOFF,
            KO_END_SIGNOFF,
            KO_SPEAKER_ROLE_BRACKETED,
            KO_SELF_CONTACT,
            KO_NAME_OBJECT,
            KO_ASKED_NAME,
            KO_PARENT_AFTER,
            KO_LABEL_SHOWN,
            KO_KIN_AFTER,
            KO_NAME_ORG,
            KO_OWNER_FIELD,
            KO_CONTRACT_PARTY,
            KO_XML_NAME,
        ):
            for sm in doc.finditer(pattern):
                word = sm.group(1)
                if pattern is KO_XML_NAME and labelled_name(word) and not person_noun(word):
                    yield sm.start(1), sm.end(1), SCORE_LABELED  # the tag's whole value: an older given name too
                    continue
                if pattern is KO_OWNER_FIELD and (
                    word[2] in PLACE_TAIL or word in PERSON_NOUNS or word[1:] in KO_NOUNS or word[1:] in COMMON_WORDS
                ):
                    continue  # 부산시: a city; 신청인, 주민등록번호: a name's label; 가승인 카드: a prefix and a noun
                if korean_name_ok(word, min_len=3) and word[2] not in OFFICE_TAIL and not noun_with_suffix(word):
                    yield sm.start(1), sm.end(1), SCORE_ROLE  # not 운영팀 공유용 (for sharing with the team)
        speakers = [
            *doc.finditer(KO_SPEAKER),
            *doc.finditer(KO_SPEAKER_BRACKETED),
            *doc.finditer(KO_SPEAKER_OWN_LINE),
            *doc.finditer(KO_SPEAKER_EXPORT),
        ]
        # how many lines each word heads before a colon: a speaker speaks more than once, a form's label is said once
        heads = Counter(sm.group(1) for sm in speakers if text[sm.end() - 1 : sm.end()] == ":")
        for sm in speakers:
            word = sm.group(1)
            if word[2:] in PARENT_OF and _child_given(word[:2]):
                yield sm.start(1), sm.start(1) + 2, SCORE_FIELD  # 윤슬맘: 내일 체험학습 …: the child's given name
                continue
            if word in _LABEL_SET or not korean_name_ok(word, min_len=3):
                continue
            if text[sm.end() - 1 : sm.end()] == ":" and _name_follows(text, sm.end()):
                continue  # 인솔자: 김민수: a form's label and its value, not a chat line
            if text[sm.end() - 1 : sm.end()] == ":" and word[-1] in LABEL_ENDINGS and heads[word] < 2:
                continue  # 연수명: 생성형 AI …, 연산자: +: a field's label (…명, …자), said once, not a speaker
            yield sm.start(1), sm.end(1), SCORE_FIELD
        yield from _role_speakers(doc)
        for sm in doc.finditer(KO_FILE_NAME):
            stem = sm.group(1)
            if "_" not in stem and "-" not in stem:
                continue  # 견적서.pdf: a name of one word says nothing of whose it is
            # a document's word among the parts (반순자_이력서.hwp, 등본, 사본, 신청서): the other part is whose it is,
            # an older given name too (순자, 덕배)
            papers = any(p.endswith(PAPER_ENDINGS) and len(p) >= 2 for p in re.split(r"[_\-.]", stem))
            for part in FILE_PART.finditer(stem):
                word = part.group(1)
                if word[2] in OFFICE_TAIL or word[2] in PLACE_TAIL or word.endswith(PAPER_ENDINGS):
                    continue
                older = papers and labelled_name(word) and word[2] not in PAPER_TAIL  # 서명본, 계획안: papers too
                if bare_name_score(word, "는") is not None or older:
                    yield sm.start(1) + part.start(1), sm.start(1) + part.end(1), SCORE_FIELD
        for pattern in (KO_BRACKET_WITH_ID, KO_WITH_CONTACT):
            for sm in doc.finditer(pattern):
                word = sm.group(1)
                if korean_name_ok(word, min_len=3) and word[2] not in OFFICE_TAIL and word[2] not in PLACE_TAIL:
                    yield sm.start(1), sm.end(1), SCORE_ROLE
        for sm in doc.finditer(KO_BESIDE_ROMAN):
            g = 1 if sm.start(1) >= 0 else 2
            latin = re.findall(r"[A-Za-z]+", sm.group())
            # a word that reads as a noun and its ending (지원한 Priya Raman: who applied) is a name only when the
            # Latin words romanise one (최소율 (Choi Soyul): a surname among them)
            romanised = any(w.capitalize() in ROMAN_SURNAMES for w in latin)
            if korean_name_ok(sm.group(g), min_len=3) and (romanised or not noun_with_suffix(sm.group(g))):
                yield sm.start(g), sm.end(g), SCORE_ROLE
                same_sound = _sounds_alike(sm.group(1), latin[0]) if g == 1 else False
                if same_sound and not any(is_common_word(w) or w.upper() in UPPER_NOT_NAMES for w in latin):
                    # 모지안 / MO JIAN: the romanisation names the same person (Latin words after the Hangul)
                    first = text.find(latin[0], sm.end(1))
                    yield first, sm.end(), SCORE_ROLE
        for sm in doc.finditer(KO_WITH_HANJA):
            if korean_name_ok(sm.group(1), min_len=3):
                yield sm.start(1), sm.end(1), SCORE_ROLE
                yield sm.start(2), sm.end(2), SCORE_ROLE
        for sm in doc.finditer(HANJA_BESIDE_READING):
            hanja, reading = sm.group(1), sm.group(2)
            if hanja[0] in HANJA_SURNAMES and len(hanja.replace(" ", "")) == len(reading) and korean_name_ok(reading):
                yield sm.start(1), sm.end(1), SCORE_ROLE
                yield sm.start(2), sm.end(2), SCORE_ROLE
        for pattern in (HANJA_LABELED, HANJA_ROW):
            for sm in doc.finditer(pattern):
                name = sm.group(1)
                if name[0] in HANJA_SURNAMES or name[0] in CHINESE_SURNAMES:
                    if not any(t in name for t in HAN_TITLES):
                        yield sm.start(1), sm.end(1), SCORE_ROLE
        for sm in doc.finditer(HANJA_TITLED):
            if sm.group(1)[0] in HANJA_SURNAMES and len(sm.group(1)) <= 3:
                yield sm.start(1), sm.end(1), SCORE_ROLE
        for sm in doc.finditer(KO_MENTION):
            if korean_name_ok(sm.group(1)):
                yield sm.start(1), sm.end(1), SCORE_ROLE
        for sm in doc.finditer(KO_ROW):
            word = sm.group(1)
            before = text[max(0, sm.start(1) - 8) : sm.start(1)].rstrip(" \t")  # the match put it within 5
            if before and before[-1] not in "0123456789)]\n:：.":
                continue  # a word after a word: prose, not a row of data
            if strip_particle(word) in COMMON_WORDS:
                continue  # M7106 노선이 2025.1.6.부터: a noun and its particle
            if before[-1:] in ":：" and not ROW_ID_AFTER.match(text, sm.end(1)):
                continue  # 접수번호: 서초서 2024-01827: after a label, only a resident or phone number makes a row
            if korean_name_ok(word, min_len=3) and word[2] not in OFFICE_TAIL and word[2] not in PLACE_TAIL:
                if not noun_with_suffix(word):
                    yield sm.start(1), sm.end(1), SCORE_FIELD
        for m in doc.finditer(KO_GAP_FIELD):
            word = m.group(1)
            if not korean_name_ok(word, min_len=3) or word[2] in OFFICE_TAIL or word in _LABEL_SET:
                continue
            if noun_with_suffix(word):
                continue  # 정수기, 복사기: a machine in a row of goods
            if _in_record_row(text, m.start(1), m.end(1)):
                yield m.start(1), m.end(1), SCORE_FIELD
        for m in doc.finditer(KO_HOLDER_CHANGE):
            if korean_name_ok(m.group(1), min_len=3) and korean_name_ok(m.group(2), min_len=3):
                yield m.start(1), m.end(1), SCORE_LIST
                yield m.start(2), m.end(2), SCORE_LIST
        for pattern in (KO_FOREIGN_NATIONALITY, KO_FOREIGN_BESIDE_NATIONALITY):
            for m in doc.finditer(pattern):
                # KO_FOREIGN_BESIDE_NATIONALITY: the name in group 1 or 3, its Latin spelling (if any) in the next one
                group = 1 if m.start(1) >= 0 else 3
                words = m.group(group).split(" ")
                if not any(map(_reserved, words)) and words[-1][-1] not in ORGANISATION_TAIL:
                    yield m.start(group), m.end(group), SCORE_ROLE
                    if pattern is KO_FOREIGN_BESIDE_NATIONALITY and m.start(group + 1) >= 0:
                        yield m.start(group + 1), m.end(group + 1), SCORE_ROLE
        for m in doc.finditer(KO_NAME_LIST):
            if korean_name_ok(m.group(1), min_len=3) and korean_name_ok(m.group(2), min_len=3):
                yield m.start(1), m.end(1), SCORE_LIST
                yield m.start(2), m.end(2), SCORE_LIST
        for m in doc.finditer(KO_NAME_RUN):
            row: list[tuple[int, int]] = []
            for item in [*_THREE.finditer(text, m.start(1), m.end(1)), None]:
                if item is not None and korean_name_ok(item.group(), min_len=3):
                    row.append(item.span())
                    continue
                if len(row) >= MIN_NAME_RUN:
                    yield from ((s, e, SCORE_LIST) for s, e in row)
                row = []
        for m in doc.finditer(KO_BARE):
            g = 1 if m.start(1) >= 0 else 3
            end = m.end()
            if end < len(text) and "가" <= text[end] <= "힣":
                continue  # the word goes on: not a name and a particle
            bare = bare_name_score(m.group(g), m.group(g + 1))
            if bare is not None:
                yield m.start(g), m.end(g), bare
        for bm in doc.finditer(KO_BRACKETED):
            word = bm.group(1)
            if korean_name_ok(word, min_len=3) and word[2] not in OFFICE_TAIL and word[2] not in "시군구도동읍면리세별":
                if not noun_with_suffix(word) and not person_noun(word):  # K1200…(조리원): a job, not its holder
                    yield bm.start(1), bm.end(1), SCORE_FIELD
        for qm in KO_QUOTED.finditer(text):
            if korean_name_ok(qm.group(1), min_len=3) and not noun_with_suffix(qm.group(1)):
                yield qm.start(1), qm.end(1), SCORE_FIELD
        if any(d in text for d in ",\t|│┃║;/:=>\n"):
            head = doc.header()
            named_column = any(w in head for w in ("이름", "성명", "name", "고객", "담당"))
            named_column = named_column or NAMED_COLUMN.search(head) is not None
            for m in doc.finditer(KO_FIELD):
                fields = [(m.start(1), m.end(1))]
                pos = m.end()
                while text[pos - 1 : pos] not in ("", "\n") and (nf := NEXT_FIELD.match(text, pos)):
                    fields.append((nf.start(1), nf.end(1)))
                    pos = nf.end()
                for start, end in fields:
                    word = text[start:end]
                    if not korean_name_ok(word) or word in _LABEL_SET or noun_with_suffix(word):
                        continue
                    # a two-syllable field is a name in a column named so or before a telephone number's cell (오건
                    # \t010-…), not in any row with a number (고산(185): a place and its code; 난류, 우유 (보호자 010-…)
                    two = end - start == 2
                    strong = named_column or (
                        _in_record_row(text, start, end) or _labelled_line_value(text, start, end)
                        if not two
                        else PHONE_CELL_AFTER.match(text, end) is not None
                    )
                    yield start, end, SCORE_FIELD if strong else SCORE_FIELD_WEAK

    def _role_labelled(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        """Fields labelled by a word for a person, read by rule (KO_ROLE_LABEL, person_noun): a Korean name of three
        syllables or more (가입자: 이덕배), a name in capitals as passports write it (근로자 1: SOK DARA), or
        capitalised words one of which is a known given name or surname."""
        text = doc.text
        for m in doc.finditer(KO_ROLE_LABEL):
            if not person_noun(m.group(1)) or not _word_ends(text, m.end(2)):
                continue
            value, start = m.group(2), m.start(2)
            if "가" <= value[0] <= "힣":
                word = _role_field_name(text, value, m.end(2))
                if word:
                    yield start, start + len(word), SCORE_LABELED
                    yield from _listed_after(text, start + len(word), SCORE_LABELED)
                continue
            words = value.replace("-", " ").split()
            if any(w.upper() in UPPER_NOT_NAMES or is_common_word(w) or w in PLACE_HEADS for w in words):
                continue
            known = any(
                w in self._given or w in EN_SURNAMES or w in EN_CENSUS_SURNAMES or w in ROMAN_SURNAMES for w in words
            ) or any(shaped_surname(w) for w in words)
            if value.isupper() or known:
                yield start, m.end(2), SCORE_LABELED
        for m in doc.finditer(KO_ROLE_SPACED):
            # with no colon, the word is a name only by the strict check (not 보호자 동의서를 받고)
            value = m.group(2)
            if person_noun(m.group(1)) and korean_name_ok(value, min_len=3) and not noun_with_suffix(value):
                if value not in PERSON_NOUNS:
                    yield m.start(2), m.end(2), SCORE_ROLE
        for m in doc.finditer(KO_ROLE_BEFORE_WORD):
            # or by a label's looser check when a licence, mobile or resident number follows it (양도인 허귀순
            # 운전면허 21-…: an older given name; twenty-seventh held-out set)
            value, role = m.group(2), m.group(1)
            if role == "본인" or value[-1] == "게":
                continue  # 본인 모르게 010-…: oneself and an adverb, no name
            if person_noun(role) and not noun_with_suffix(value) and value not in PERSON_NOUNS:
                if labelled_name(value) and ID_OR_LICENCE_AFTER.match(text, m.end(2)):
                    yield m.start(2), m.end(2), SCORE_ROLE

    def __init__(self) -> None:
        self._given = GivenNames(FIRST_NAMES | _LISTED_GIVEN)

    def _english(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        text = doc.text
        for m in doc.finditer(EN_TITLED):
            words = m.group(1).split(" ")
            # a title before a Korean surname that is also a word (Mr. Oh, Dr. An, Ms. Do) leaves no other reading
            known = len(words) == 1 and (words[0] in ROMAN_SURNAMES or words[0] in SHORT_ROMAN_SURNAMES)
            if words[0] in BRANDS:
                continue  # Dr. Martens (safety boots): a brand named after its founder
            # Ms. Oh Seung-hee: a Korean surname that is also a word (Oh, An, Go) before a romanised given name
            surname = words[0] in SHORT_ROMAN_SURNAMES or words[0] in ROMAN_SURNAMES
            korean = len(words) == 2 and surname and romanised_korean(words[1])
            if known or korean or not is_common_word(words[0]):
                if not names_a_place(words, _next_words(text, m.end(1))):
                    yield m.start(1), m.end(1), SCORE_TITLED
        for m in doc.finditer(EN_LABELED):
            words = m.group(1).split(" ")
            short_surname = len(words) > 1 and words[0] in SHORT_ROMAN_SURNAMES and romanised_korean(words[1])
            if (is_common_word(words[0]) and not short_surname) or names_a_place(words, _next_words(text, m.end(1))):
                continue  # a label before `Oh Sangmin`: the short surname that is also a word (Authorised signatory)
            if is_common_word(words[-1]):
                # Dear Immigration Officer, Dear Hiring Manager: a role, unless a name stands before it
                words = words[: next(i for i, w in enumerate(words) if is_common_word(w))]
                if len(words) == 1 and words[0] not in self._given and words[0] not in EN_SURNAMES | ROMAN_SURNAMES:
                    continue
            yield m.start(1), m.start(1) + len(" ".join(words)), SCORE_LABELED if len(words) > 1 else SCORE_EN_SINGLE
        for m in doc.finditer(EN_CUED_SINGLE):
            word = m.group(1)
            # a name that is also a word (Tom, Will, May) counts greeted with a comma after it (Hi Tom, …)
            greeted = GREETING_BEFORE.search(text, max(0, m.start(1) - GREETING_REACH), m.start(1)) is not None
            comma = text[m.end(1) : m.end(1) + 1] == ","
            known = word in self._given and (word not in AMBIGUOUS_GIVEN or (greeted and comma))
            if (known or ("-" in word and romanised_korean(word))) and not is_common_word(word):
                if not names_a_place([word], _next_words(text, m.end(1))):
                    yield m.start(1), m.end(1), SCORE_EN_SINGLE  # ask Maria, Hi Joon-ho
        for m in doc.finditer(EN_HONORIFIC):
            if not is_common_word(m.group(1)):
                yield m.start(1), m.end(1), SCORE_EN_SINGLE
        for m in doc.finditer(EN_ITEM_WITH_ID):
            words = m.group(1).split(" ")
            if not any(is_common_word(w) or w.upper() in UPPER_NOT_NAMES for w in words) and not names_a_place(words):
                yield m.start(1), m.end(1), SCORE_EN_PAIR
        for m in doc.finditer(EN_GIVEN_KO_PARTICLE):
            word = m.group(1)
            # 씨 and 님 follow only a person's name: any capitalised word that is no word counts there (Abdi 씨는)
            honorific = text[m.end(1) : m.end(1) + 2].strip()[:1] in ("씨", "님")
            known = word in self._given and word not in AMBIGUOUS_GIVEN
            named = honorific and word not in NOT_NAME_WORDS and word not in BRANDS
            if (known or named) and not is_common_word(word):
                yield m.start(1), m.end(1), SCORE_EN_SINGLE
        for m in doc.finditer(EN_PARTICLE_NAME):
            words = m.group(1).split(" ")
            first = words[0]
            if first in self._given and first not in AMBIGUOUS_GIVEN and not names_a_place(
                words[-1:], _next_words(text, m.end(1))
            ):
                yield m.start(1), m.end(1), SCORE_EN_PAIR
        for m in doc.finditer(EN_SIGNOFF):
            words = m.group(1).split(" ")
            if len(words) == 2:
                if not any(is_common_word(w) or w in UPPER_NOT_NAMES for w in words) and not names_a_place(words):
                    yield m.start(1), m.end(1), SCORE_EN_PAIR  # Best wishes, Sofia Lindqvist
            elif not is_common_word(words[0]) and words[0].upper() not in UPPER_NOT_NAMES:
                # Best, Mark; Best, Britta: a sign-off on a line of its own leaves no other reading
                if words[0] in self._given or words[0] not in NOT_NAME_WORDS:
                    yield m.start(1), m.end(1), SCORE_EN_SINGLE
        last_end = -10
        for m in doc.finditer(EN_CAPS):
            start = m.start(1)
            words = m.group(1).split(" ")
            if len(words) == 3 and words[0] in VIET_SURNAMES:
                if " ".join(words) not in PLACES_LIKE_NAMES and not names_a_place(words, _next_words(text, m.end(1))):
                    yield m.start(1), m.end(1), SCORE_EN_PAIR  # Nguyen Van An: the surname comes first
                continue
            while len(words) > 1 and (
                is_common_word(words[0])
                or words[0].lower() in LEADING_CUES
                or (len(words) == 3 and words[1] in self._given and words[0] not in self._given)
                or (  # Guard Ahn Mirae: a role before a Korean name in English order
                    len(words) == 3
                    and words[1] in ROMAN_SURNAMES
                    and romanised_korean(words[2])
                    and words[0] not in ROMAN_SURNAMES
                    and words[0] not in self._given
                )
            ):
                # Tell Olivia, Hi Jonathan, Plaintiff Rebecca Thornbury: the cue or role is not part of the name
                start += len(words.pop(0)) + 1
            if names_a_place(words, _next_words(text, m.end(1))) or words[-1] in SYSTEM_WORDS or words[0] in BRANDS:
                continue  # Victoria Station, Mary Washington Hospital: a place named after someone; Marriott Jeju
            while words and is_common_word(words[-1]):
                words.pop()  # Olivia Brown Team: the name ends before the common word
            score = self._english_score(text, start, words, 0 <= start - last_end <= 2)
            if score is not None:
                last_end = start + len(" ".join(words))
                yield start, last_end, score

    def _english_score(self, text: str, start: int, words: list[str], listed: bool) -> float | None:
        """A capitalised run is a name by the gazetteers and the cue before it (Dear, cc:, to ...)."""
        if not words or is_common_word(words[0]) or " ".join(words) in PLACES_LIKE_NAMES:
            return None
        if " ".join(words[:2]) in FIRMS_LIKE_NAMES:
            return None  # Morgan Stanley, Johnnie Walker Black
        cue = _cue_before(text, start)
        strong = cue in EN_STRONG_CUES or listed
        first, last = words[0], words[-1]
        given = first in self._given or self._hyphenated_given(first)
        if len(words) == 1:
            if given and first not in AMBIGUOUS_GIVEN and (strong or cue in EN_WEAK_CUES):
                return SCORE_EN_SINGLE
            return None
        if (first in ROMAN_SURNAMES and romanised_korean(last)) or (last in ROMAN_SURNAMES and romanised_korean(first)):
            return SCORE_EN_PAIR
        if len(words) == 2 and first in CHINESE_ROMAN_SURNAMES and _pinyin_given(last) and not given:
            return SCORE_EN_PAIR  # Li Jianguo, Wang Fang: a Chinese name in pinyin, surname first
        if given and first not in AMBIGUOUS_GIVEN:
            return SCORE_EN_PAIR
        # a field's label before it (director: Hans Becker) says as much of a known surname as a weak cue does
        if (last in EN_SURNAMES or last in ROMAN_SURNAMES) and (
            given or strong or cue in EN_WEAK_CUES or cue in EN_ROLE_CUES or cue.endswith(":")
        ):
            return SCORE_EN_PAIR
        if len(words) == 2 and last in EN_CENSUS_SURNAMES and (strong or cue in EN_ROLE_CUES or cue.endswith(":")):
            return SCORE_EN_PAIR  # a rarer surname asks a strong cue, a role word or a label (patient Barnaby Mayhew)
        if strong or (given and cue in EN_WEAK_CUES) or (len(words) <= 3 and shaped_surname(last)):
            return SCORE_EN_CUED  # Dilmurod Karimov: a surname by its ending needs no cue
        return None

    def _hyphenated_given(self, word: str) -> bool:
        """A given name of two joined by a hyphen (Marc-Antoine, Anne-Marie, Jean-Pierre), each one known."""
        parts = word.split("-")
        return len(parts) == 2 and all(p in self._given and p not in AMBIGUOUS_GIVEN for p in parts)

    def _foreign(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        for m in doc.finditer(KO_QUOTED_AS_NAME):
            words = m.group(1).split(" ")
            if len(words) == 1:
                if labelled_name(words[0]):
                    yield m.start(1), m.end(1), SCORE_LABELED
                continue
            for family, given in (words, words[::-1]):
                surname = family in DOUBLE_SURNAMES or (len(family) == 1 and family in SURNAMES)
                if surname and 1 <= len(given) <= 2 and _given_syllables(given):
                    yield m.start(1), m.end(1), SCORE_LABELED
                    break
        for m in doc.finditer(EN_LABEL_KO_WORDS):
            if THING_KEY.match(doc.text, m.start(), m.start(1)):
                continue  # productName='정수기 필터'
            words = m.group(1).split(" ")
            # 남궁 선, 찬 소피아: a surname, or a one-syllable first word, then a given name
            two = len(words) == 2 and len(words[1]) > 1 and not any(w in COMMON_WORDS or w in KO_NOUNS for w in words)
            spaced = two and (len(words[0]) == 1 or words[0] in DOUBLE_SURNAMES)
            if spaced or foreign_name_words(words, loose=True) == words:
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(KO_RECORD_ARGUMENT):
            words = m.group(1).split(" ")
            if (len(words) == 1 and labelled_name(words[0])) or (len(words) > 1 and foreign_name_words(words) == words):
                yield m.start(1), m.end(1), SCORE_LABELED
        for pattern, min_words in ((KO_FOREIGN_TITLED, 2), (KO_FOREIGN_BEFORE_ID, 1), (KO_BEFORE_NATIONALITY, 2)):
            for m in doc.finditer(pattern):
                # an alien registration number or its label after the words, or a nationality: a foreigner is meant
                after = m.group()[m.end(1) - m.start() :]
                alien = pattern is KO_FOREIGN_BEFORE_ID and _ALIEN_AFTER.search(after) is not None
                loose = pattern is KO_BEFORE_NATIONALITY or alien
                words, end = m.group(1).split(" "), m.end(1)
                if len(words) > 1 and words[-1] == "외국인":  # 딜쇼드 외국인등록번호: the label's first word
                    words, end = words[:-1], end - len(words[-1]) - 1
                span = _foreign_name_span(words, end, min_words, loose)
                if span is not None:
                    yield *span, SCORE_ROLE
        for pattern, score in (
            (KO_LABEL_LINE, SCORE_LABELED),
            (KO_LISTED_FOREIGN, SCORE_ROLE),
            (KO_VIET_TITLED, SCORE_ROLE),
        ):
            for m in doc.finditer(pattern):
                words = m.group(1).split(" ")
                if any(map(_reserved, words)) or words[0] in KINSHIP_MARK_SET:
                    continue  # 보호자: 모 진옥분: a relative's mark and a Korean name, read by KO_ROLE_LABEL
                if words[-1][-1] in ORGANISATION_TAIL:
                    continue
                yield m.start(1), m.end(1), score

    def _name_columns(self, doc: Document, other_cells: set[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
        """Cells under a header that names a column of people, in the rows that follow it with as many delimiters
        (tab, `|`, `;` or comma tables); a cell must still look like a name: a surname and two syllables, a Hangul
        name of several words, or two to four capitalised Latin words. re2 finds the header words; each header's
        line and table is walked once (bounded by MAX_NAME_HEADERS and MAX_TABLE_ROWS). The whole cells of that
        table's other columns go into `other_cells`: a column the header gives to something else (소속: 갈산초, 신정중)
        holds no names."""
        text = doc.text
        done = -1  # where the last header's line or table ended: a word inside it starts nothing new
        for count, m in enumerate(doc.finditer(NAME_HEADER_WORD)):
            if count >= MAX_NAME_HEADERS:
                break
            if m.start() < done:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            done = line_end
            line = text[line_start:line_end]
            delim = next((d for d in CELL_DELIMITERS if d in line), None)
            if delim is None:
                continue
            cells = line.split(delim)
            columns = {i for i, cell in enumerate(cells) if _names_people(cell)}
            if not columns:
                continue
            parts = {i for i in columns if NAME_PART_COLUMN.fullmatch(cells[i].strip(" \t\r\"'*`")) is not None}
            width = len(cells) - 1  # a row of this table holds as many delimiters as its header
            # a line of column names, not a record that starts with a label (| 성명(한글) | 임수진 |)
            titled = not any(c.isdigit() for c in line) and not any(
                _name_cell(cell) for i, cell in enumerate(cells) if i not in columns
            )
            pos = line_end + 1
            for _ in range(MAX_TABLE_ROWS):
                if pos >= len(text):
                    break
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end]
                row_cells = _row_cells(row, delim)
                if len(row_cells) - 1 != width:
                    if row.strip(RULE_CHARACTERS) and not row.strip().startswith(TEX_RULES):
                        break  # the table ended; prose with a comma is not a row (a rule line is skipped)
                    pos = end + 1
                    continue
                cell_start = pos
                for i, cell in enumerate(row_cells):
                    if i in columns:
                        span = _name_cell(cell) or (_name_part_cell(cell) if i in parts else None)
                        if span is not None:
                            yield cell_start + span[0], cell_start + span[1], SCORE_LABELED
                    elif titled and (stripped := cell.strip(" \t\r\"'")) and not _may_name_people(cells[i]):
                        lo = cell_start + cell.index(stripped)
                        other_cells.add((lo, lo + len(stripped)))
                    cell_start += len(cell) + 1
                pos = end + 1
                done = pos

    def _upper(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        for m in doc.finditer(UPPER_BEFORE_ID):
            words = m.group(1).replace("-", " ").split()
            if not any(
                w in UPPER_NOT_NAMES or w in UPPER_DOCUMENT_WORDS or is_common_word(w.capitalize()) for w in words
            ):
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_UPPER_PART_LABELED):
            word = m.group(1)
            if word not in UPPER_NOT_NAMES and not is_common_word(word.capitalize()):
                yield m.start(1), m.end(1), SCORE_LABELED
        # HL7 and DICOM messages are in capitals throughout, so no capital-then-small pair gates these
        for m in doc.finditer(EN_CARET_NAME):
            family, given = (w.capitalize() for w in m.group(1).split("^"))
            if family in ROMAN_SURNAMES or family in SHORT_ROMAN_SURNAMES or family in EN_SURNAMES:
                if romanised_korean(given) or given in self._given:
                    yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(MRZ_NAME):
            if len(m.group().rstrip("\r")) in MRZ_LINE_LENGTHS:
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_UPPER_SURNAME):
            surname, given = m.group(1).split(" ")
            if surname.capitalize() in ROMAN_SURNAMES and romanised_korean(given):
                yield m.start(1), m.end(1), SCORE_EN_PAIR
        for m in doc.finditer(EN_MODE_TITLED):
            hangul = typed_in_english_mode(m.group(1))
            if len(hangul) == 3 and korean_name_ok(hangul, min_len=3) and not noun_with_suffix(hangul):
                yield m.start(1), m.end(1), SCORE_TITLED
        for pattern in (EN_UPPER_LABELED, KO_LABEL_LATIN, KO_LABEL_TYPED, KO_LABEL_TYPED_BARE):
            for m in doc.finditer(pattern):
                label = doc.text[m.start() : m.start(1)]
                heading = label.strip(" \t\"'").isupper() and not any(c in label for c in ":=")
                if pattern is EN_UPPER_LABELED and heading:
                    continue  # TENANT SCREENING SUMMARY, GUEST APPEARANCE RELEASE: a heading in capitals, no label
                if m.group(1).islower():
                    hangul = typed_in_english_mode(m.group(1))
                    # three syllables, or four with a double surname (skarndtpdk: 남궁세아)
                    if 3 <= len(hangul) <= 4 and korean_name_ok(hangul, min_len=3) and not noun_with_suffix(hangul):
                        yield m.start(1), m.end(1), SCORE_LABELED
                    continue
                words = m.group(1).replace("-", " ").split()
                if not any(w in UPPER_NOT_NAMES or is_common_word(w) for w in words):
                    yield m.start(1), m.end(1), SCORE_LABELED

    def _dash_signoff(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        for m in doc.finditer(EN_DASH_SIGNOFF):
            words = m.group(1).split(" ")
            if is_common_word(words[0]) or is_common_word(words[-1]):
                continue
            if len(words) == 1:
                if words[0] in self._given and words[0] not in AMBIGUOUS_GIVEN:
                    yield m.start(1), m.end(1), SCORE_EN_SINGLE
            elif words[0] in self._given or words[-1] in EN_SURNAMES or words[-1] in ROMAN_SURNAMES:
                yield m.start(1), m.end(1), SCORE_EN_PAIR
            elif words[0] in ROMAN_SURNAMES and romanised_korean(words[-1]):
                yield m.start(1), m.end(1), SCORE_EN_PAIR  # - Yeo Sunghoon: a Korean name, surname first

    def _english_forms(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        text = doc.text
        for m in doc.finditer(EN_TRAILER_NAME):
            words = m.group(1).split(" ")
            # a Korean surname that is also a word (Siwoo Oh) is the surname there
            common = [w for w in words if is_common_word(w) and w not in SHORT_ROMAN_SURNAMES]
            if not common and not any(w in SYSTEM_WORDS or w.upper() in UPPER_NOT_NAMES for w in words):
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_FORM_NAME):
            value = m.group(1)
            if not any(w.upper() in UPPER_NOT_NAMES or is_common_word(w) for w in value.split(" ")):
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_DISPLAY_NAME):
            words = m.group(1).lower().replace("-", " ").split(" ")
            local = m.group(2).lower()
            joined = "".join(words)
            if any(w in SYSTEM_WORDS for w in m.group(1).split(" ")):
                continue  # Mail Delivery Subsystem <mailer-daemon@…>: a system's sender name
            if any(len(w) >= MIN_DISPLAY_WORD and w in local for w in words) or joined in local.replace(".", ""):
                yield m.start(1), m.end(1), SCORE_ROLE
        speakers = list(doc.finditer(EN_LINE_SPEAKER))
        if len(speakers) >= MIN_SPEAKER_LINES:
            for m in speakers:
                words = m.group(1).split(" ")
                if not names_a_place(words) and not any(is_common_word(w) for w in words):
                    yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_POSSESSIVE):
            words = m.group(1).split(" ")
            if words[0] in self._given and not any(is_common_word(w) for w in words):
                yield m.start(1), m.end(1), SCORE_LABELED if len(words) > 1 else SCORE_EN_SINGLE
        for m in doc.finditer(EN_SPEAKER):
            words = m.group(1).split(" ")
            if not names_a_place(words) and not any(is_common_word(w) for w in words):
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_NAME_KEY):
            if not is_common_word(m.group(1).split(" ")[0]):
                yield m.start(1), m.end(1), SCORE_LABELED
        for m in doc.finditer(EN_BARE_NAME_KEY):
            words = m.group(1).split(" ")
            if not names_a_place(words) and self._english_score(text, m.start(1), words, True) is not None:
                yield m.start(1), m.end(1), SCORE_EN_PAIR
        for m in doc.finditer(PNR_NAME):
            surname, given = m.group(1).split("/")
            if surname in UPPER_NOT_NAMES or given in UPPER_NOT_NAMES:
                continue
            s_cap, g_cap = surname.capitalize(), given.capitalize()
            known = s_cap in EN_SURNAMES or s_cap in ROMAN_SURNAMES or s_cap in VIET_SURNAMES
            given_ok = g_cap in self._given or (len(g_cap) >= MIN_PNR_GIVEN and romanised_korean(g_cap))
            if (known and (given_ok or len(g_cap) >= MIN_PNR_GIVEN)) or (g_cap in self._given and len(s_cap) >= 3):
                yield m.start(1), m.end(1), SCORE_EN_PAIR  # PARK/JIWOO, WALSH/NIAMH; not TCP/IP
        for m in doc.finditer(KO_VIET):
            name = m.group(1)
            while " " in name and name.rsplit(" ", 1)[1] in _TITLE_SET:
                name = name.rsplit(" ", 1)[0]  # 응우옌 반 득 씨: the title is not part of the name
            yield m.start(1), m.start(1) + len(name), SCORE_ROLE
        for m in doc.finditer(EN_LAST_FIRST):
            last, _, first = m.group(1).partition(", ")
            if _CAP_AFTER.match(text, m.end(1) + 1) or _INITIAL_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1)):
                continue  # a list (J. Smith, Maria Lopez), not one name written surname first
            if (last in EN_SURNAMES or last in ROMAN_SURNAMES or last in VIET_SURNAMES) and (
                first in self._given and first not in AMBIGUOUS_GIVEN
            ):
                yield m.start(1), m.end(1), SCORE_EN_PAIR
        for m in doc.finditer(EN_INITIAL):
            surname = m.group(1).rsplit(" ", 1)[-1].split(".")[-1]
            if surname in EN_SURNAMES or surname in ROMAN_SURNAMES:
                yield m.start(1), m.end(1), SCORE_EN_CUED
        for m in doc.finditer(EN_CAPITALS):
            words = [w.capitalize() for w in m.group(1).replace("-", " ").split() if not w.endswith(".")]
            first, last = words[0], words[-1]
            if any(w.upper() in UPPER_NOT_NAMES or is_common_word(w) for w in words):
                continue
            if (
                (first in self._given and first not in AMBIGUOUS_GIVEN and len(words) <= 3)
                or (len(words) == 2 and first in self._given and last in EN_SURNAMES)  # MARK THOMPSON
                or (len(words) == 2 and first in CHINESE_ROMAN_SURNAMES and _pinyin_given(words[1]))  # Li Jianguo
                or (first in VIET_SURNAMES and len(words) == 3)  # NGUYEN VAN HUNG
                or (len(words) == 2 and (shaped_surname(first) or shaped_surname(last)))  # TURSUNOV BAKHODIR
                or (first in ROMAN_SURNAMES and romanised_korean("".join(words[1:])))
                or (last in ROMAN_SURNAMES and romanised_korean("".join(words[:-1])))
            ):
                yield m.start(1), m.end(1), SCORE_EN_PAIR

    def _named_by_mail(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        """Capitalised words that an e-mail address near them spells (Grace Wexler (grace.wexler@…), Imogen — write to
        imogen.achterbergNOSPAM@…, Jae-hoon Oh / jaehoon.oh@…; twenty-sixth held-out set): each word a part of the
        address's local part, one of them a listed given name or surname. The address confirms what a dictionary
        word (Grace) or an unlisted surname (Wexler) leaves open."""
        text = doc.text
        at = text.find("@")
        while at >= 0:
            local = MAIL_LOCAL.search(text, max(0, at - MAX_MAIL_LOCAL), at)
            domain = MAIL_DOMAIN.match(text, at + 1)
            start, end = (local.start(), domain.end()) if local and domain else (at, at + 1)
            at = text.find("@", end)
            if local is None or domain is None:
                continue
            parts = frozenset(p.lower() for p in MAIL_PART.findall(local.group()))
            lo, hi = max(0, start - MAIL_NAME_REACH), min(len(text), end + MAIL_NAME_REACH)
            before, after = list(_CAP_WORD.finditer(text, lo, start)), list(_CAP_WORD.finditer(text, end, hi))
            parts |= _joined_parts(parts, {w.group().lower() for w in before + after})
            around = (text[lo:start].replace("-", ""), text[end:hi].replace("-", ""))  # Jae-hoon for jaehoon
            capitals = [p.capitalize() for p in parts if len(p) >= MIN_MAIL_PART]
            if not any(p in around[0] or p in around[1] for p in capitals):
                continue  # no part of the address is written near it capitalised: a substring test for each part
            run: list[re.Match[str]] = []
            for w in [*before, None, *after]:
                spelt = w is not None and w.group().replace("-", "").lower() in parts
                if spelt and w is not None and (not run or text[run[-1].end() : w.start()] == " "):
                    run.append(w)
                    continue
                words = [r.group() for r in run]
                known = (
                    x in KNOWN_NAME_WORDS or x in SHORT_ROMAN_SURNAMES or x in EN_CENSUS_SURNAMES or shaped_surname(x)
                    for x in words
                )
                if words and any(known):
                    yield run[0].start(), run[-1].end(), SCORE_EN_PAIR if len(words) > 1 else SCORE_EN_CUED
                run = [w] if spelt and w is not None else []

    def _leet(self, doc: Document) -> Iterator[tuple[int, int, float]]:
        """A given name and a surname with digits for letters (Luc14 L0mb4rd1: leetspeak, as a post that dodges a
        name filter writes it; twenty-sixth held-out set): read back (4 a, 3 e, 1 i or l, 0 o, 5 s, 7 t), both words
        must be a listed given name, and the surname a listed one or a word written the same way."""
        for m in doc.finditer(EN_LEET_PAIR):
            given, _, surname = m.group(1).partition(" ")
            if not any(c.isdigit() for c in given + surname):
                continue
            readings = _unleet(surname)
            listed = any(
                s in EN_SURNAMES or s in EN_CENSUS_SURNAMES or s in ROMAN_SURNAMES or s in self._given for s in readings
            )
            disguised = bool(readings) and any(c.isdigit() for c in surname) and any(c.isdigit() for c in given)
            if (listed or disguised) and any(g in self._given for g in _unleet(given)):
                yield m.start(1), m.end(1), SCORE_EN_PAIR

    def find(self, doc: Document) -> Iterator[Finding]:
        name = type(self).__name__
        text = doc.text
        spans = [
            s
            for s in self._korean(doc)
            if not korean_place_follows(text, s[1])
            and not public_figure(text, s[0], s[1])
            and not ("0" <= text[s[0] - 1 : s[0]] <= "9")  # 3명이 대표, 2인제: a count's unit, not a name
        ]
        spans.extend(self._upper(doc))
        spans.extend(self._foreign(doc))
        other_cells: set[tuple[int, int]] = set()
        if any(d in text for d in CELL_DELIMITERS):
            spans.extend(self._name_columns(doc, other_cells))
        if doc.has_digit:
            spans.extend(self._leet(doc))  # J3ss1ca W4ll4ce: no capital before a small letter, maybe
        if _has_upper(text):
            spans.extend(s for s in self._english(doc) if not _among_tools(text, s[0], text[s[0] : s[1]]))
            if "@" in text:
                spans.extend(self._named_by_mail(doc))
            spans.extend(self._dash_signoff(doc))
        spans.extend(self._english_forms(doc))
        if doc.has_digit:
            spans.extend(_names_before_numbers(doc))
        if other_cells:
            spans = [s for s in spans if (s[0], s[1]) not in other_cells]
        spans = [s for s in spans if s[2] >= SCORE_LABELED or not historical_figure(text[s[0] : s[1]])]
        if _has_upper(text) and ":" in text:
            # Matthew 5:4, John 3:16: a book of the Bible and its chapter and verse
            spans = [s for s in spans if not (text[s[0] : s[1]] in BIBLE_BOOKS and VERSE_AFTER.match(text, s[1]))]
        if _has_upper(text) and STORM_WORDS.search(text):
            spans = [s for s in spans if s[2] >= SCORE_LABELED or not _LONE_LATIN.fullmatch(text[s[0] : s[1]])]
        spans.extend(_mentions_again(text, spans, self._given))
        spans.extend(_glosses(text, spans))
        stand_ins = _called_examples(text, [s for s in spans if s[2] > SCORE_PLACEHOLDER and _stand_in(text, s)])
        ordered = sorted(stand_ins)
        for start, end, score in spans:
            # a stand-in, or a part of one (Dear John Doe: John alone), found by one binary search
            i = bisect.bisect_right(ordered, (start, len(text))) - 1
            if i >= 0 and ordered[i][0] <= start and end <= ordered[i][1]:
                score = SCORE_PLACEHOLDER
            yield Finding(self.entity, start, end, score, name, None)


# Programming languages and tools named like people (Julia, Ada, Ruby, Jenkins, Hudson), and the software words that
# stand beside them in a list (Our stack uses Jenkins, Ansible and Julia; Ada or Haskell): a given name listed with
# such a word is the tool.
TOOLS_NAMED_LIKE_PEOPLE = frozenset(
    "Julia Ada Ruby Jenkins Hudson Travis Pascal Haskell Crystal Elixir Dart Alexa Siri Cortana Bixby Clova".split()
)
_TOOL_WORDS = (
    "Jenkins|Ansible|Haskell|Python|Rust|Kotlin|Scala|Perl|Erlang|Clojure|Fortran|COBOL|Cobol|Lisp|Golang|Java|"
    "JavaScript|TypeScript|Swift|Docker|Kubernetes|Terraform|Grafana|Kafka|Redis|Django|Flask|Gradle|Maven|Jupyter|"
    "Hadoop|Spark|Elasticsearch|Kibana|Linux|Ubuntu|Debian|Julia|Ada|Ruby|Pascal|Elixir|Dart|Crystal|MATLAB|Matlab|"
    "R|C|C\\+\\+|C#|Go|SQL|PHP|Lua|Zig|OCaml|Prolog|Travis|GitLab|GitHub|CircleCI|Puppet|Chef|Salt|Nomad|Consul|"
    "Alexa|Siri|Cortana|Bixby|Clova|ChatGPT|Gemini|Copilot"
)
_LIST_JOIN = r"(?:,? (?:and|or|및|와|과) |, ?|/)"
TOOL_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_TOOL_WORDS}){_LIST_JOIN}$")
TOOL_AFTER = re.compile(rf"{_LIST_JOIN}(?:{_TOOL_WORDS})(?![A-Za-z+#])")
TOOL_WINDOW = 40


def _among_tools(text: str, start: int, word: str) -> bool:
    """`word` at `start` is a tool named like a person, listed next to another tool or language (Jenkins, Ansible
    and Julia; Ada or Haskell)."""
    if word not in TOOLS_NAMED_LIKE_PEOPLE:
        return False
    end = start + len(word)
    return bool(TOOL_BEFORE.search(text, max(0, start - TOOL_WINDOW), start) or TOOL_AFTER.match(text, end))


def _name_parts(doc: Document) -> Iterator[tuple[int, int, float]]:
    """A surname and a given name under their own keys or fields (KO_SURNAME_KEY, KO_GIVEN_KEY, VCARD_N, HL7_NAME): a
    surname syllable, and a given name of given-name syllables that is no dictionary noun."""

    text = doc.text

    def given(word: str) -> bool:
        return _given_syllables(word) and word not in KO_NOUNS

    for m in doc.finditer(KO_SURNAME_KEY):
        if m.group(1) in SURNAMES or m.group(1) in DOUBLE_SURNAMES:
            yield m.start(1), m.end(1), SCORE_LABELED
    for m in doc.finditer(KO_GIVEN_KEY):
        if given(m.group(1)):
            yield m.start(1), m.end(1), SCORE_LABELED
    for m in doc.finditer(VCARD_N):
        if m.group(1) in SURNAMES or m.group(1) in DOUBLE_SURNAMES:
            yield m.start(1), m.end(1), SCORE_LABELED
            if given(m.group(2)):
                yield m.start(2), m.end(2), SCORE_LABELED
    if "^" in text:
        for m in doc.finditer(HL7_NAME):
            line = text.rfind("\n", 0, m.start()) + 1
            if HL7_PERSON_SEGMENT.match(text, line) and (m.group(1) in SURNAMES or m.group(1) in DOUBLE_SURNAMES):
                yield m.start(1), m.end(1), SCORE_LABELED
                if given(m.group(2)):
                    yield m.start(2), m.end(2), SCORE_LABELED


# A field's start before a name (a line's start, a bullet, a dash, a colon, a comma or a cell border), and a full
# road-name address after it: a province or city, up to three words, a road (…로, …길) and the building's number.
FIELD_BEFORE = re.compile(r"(?:^|\n|[—–:：,|│\-*•·][ \t]{0,2})$")
ROAD_ADDRESS_AFTER = re.compile(
    r"[ \t,|]{1,3}[가-힣]{2,7}(?: [가-힣0-9]{1,10}){0,3}? [가-힣0-9]{1,12}(?:로|길)(?: ?[0-9]{1,4}(?:번?길))?"
    r" [0-9]{1,4}(?![0-9])"
)


def _two_syllable_names(doc: Document) -> Iterator[tuple[int, int, float]]:
    """Names of a surname and one syllable where a record puts them (KO_TWO_AFTER_ROLE, KO_TWO_WITH_ID)."""
    for m in doc.finditer(KO_TWO_AFTER_ROLE):
        role, word = m.group(1), m.group(2)
        # after a slash a listed word for a person only (대표 명훈 / 사업자 …; not 공공청사 지하 / 수용)
        listed = role in PERSON_NOUNS or doc.text[m.end(2) : m.end()].strip() != "/"
        if person_noun(role) and listed and role != "본인" and _two_syllable_name(word):  # 본인 소유: one's own
            yield m.start(2), m.end(2), SCORE_ROLE
    for m in doc.finditer(KO_TWO_WITH_ID):
        # not a role word in the bracket (우유 (보호자 010-…): the number is that person's
        if _two_syllable_name(m.group(1)) and not (m.group(2) and person_noun(m.group(2))):
            yield m.start(1), m.end(1), SCORE_ROLE


def _two_syllable_name(word: str) -> bool:
    """A surname and a given-name syllable, no dictionary noun, listed word, stem, title or label."""
    return (
        korean_name_ok(word)
        and word not in KO_NOUNS
        and word not in NOUN_STEMS
        and not _reserved(word)
        and not person_noun(word)
        and word[1] not in PARTICLE_SYLLABLES
    )


def _names_before_addresses(doc: Document) -> Iterator[tuple[int, int, float]]:
    """A record's name, its address and a telephone number on one line (1반 윤태곤 울산광역시 남구 삼산로 274, …
    010-4022-2662): a roster's row. The name must pass the strict check, and the line must hold a telephone number
    after the address, so prose that mentions a place after a word (본사는 서울 …) is no row."""
    text = doc.text
    phones: list[int] | None = None
    for m in doc.finditer(KO_NAME_BEFORE_ADDRESS):
        word = m.group(1)
        if not korean_name_ok(word, min_len=3) or noun_with_suffix(word) or word[2] in OFFICE_TAIL:
            continue
        if word[2] in PLACE_TAIL or word in _LABEL_SET:
            continue
        if FIELD_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1)) and ROAD_ADDRESS_AFTER.match(text, m.end(1)):
            yield m.start(1), m.end(1), SCORE_FIELD  # 주소록 — 함수정 세종특별자치시 한누리대로 2130: a record's fields
            continue
        if phones is None:
            phones = _subscriber_numbers(doc)
        line_end = text.find("\n", m.end())
        i = bisect.bisect_left(phones, m.end())
        if i < len(phones) and (line_end < 0 or phones[i] < line_end):
            yield m.start(1), m.end(1), SCORE_FIELD


def _subscriber_numbers(doc: Document) -> list[int]:
    """Starts, in order, of the scan's digit candidates that are a subscriber's mobile or landline number by the
    national plan (phone_number.korean_plan): not a toll-free 080 number, which is a company's."""
    return sorted(
        c.start
        for c in doc.candidates((9, 10, 11))
        if korean_plan(c.digits) in ("mobile", "landline") and not c.digits.startswith("080")
    )


def _thing_named(text: str, label: int) -> bool:
    """The word before 이름 at `label` is a thing's (배 이름, 파일이름, 가게 이름의): what follows names that thing."""
    end = label
    while end > 0 and text[end - 1] == " " and label - end < 2:
        end -= 1
    start = end
    while start > 0 and end - start < MAX_THING_WORD and "가" <= text[start - 1] <= "힣":
        start -= 1
    word = text[start:end]
    return word in THING_OWNERS or word.removesuffix("의") in THING_OWNERS


def _child_given(word: str) -> bool:
    """A two-syllable given name in a parent's chat name (윤슬맘, 지우엄마): given-name syllables, and not one of the
    words that say what kind of parent (초보맘, 우리맘, 워킹맘). Native words are children's names there (윤슬,
    하늘, 바다 are nouns too), so the dictionary of nouns is no veto."""
    return _given_syllables(word) and word not in PARENT_KINDS


def _given_syllables(word: str) -> bool:
    """A given name's shape: given-name syllables only, and no listed common word. Each reader adds its own veto (the
    dictionary of nouns under a key; a parent's kind in a chat name, where native nouns are children's names)."""
    return all(c in GIVEN_SYLLABLES for c in word) and word not in COMMON_WORDS


def _role_speakers(doc: Document) -> Iterator[tuple[int, int, float]]:
    """Speakers named with a role (KO_SPEAKER_ROLE): the role a word for a person (감시원, 요원, 주무관) or one that
    heads two speaker lines or more (라이더 노하진: …, 라이더 맹석주: …: a role that several people speak under), and
    the name strict (korean_name_ok), since a line's first words before a colon are as often a two-word label
    (처리 결과:, 민원 요지:)."""
    matches = list(doc.finditer(KO_SPEAKER_ROLE))
    if not matches:
        return
    heads = Counter(w for m in matches for w in (m.group(1), m.group(2)))
    for m in matches:
        for g, role in ((1, m.group(2)), (2, m.group(1))):
            word = m.group(g)
            if not (person_noun(role) or heads[role] >= 2) or len(word) != 3:
                continue
            if korean_name_ok(word, min_len=3) and not noun_with_suffix(word) and word[2] not in OFFICE_TAIL:
                yield m.start(g), m.end(g), SCORE_FIELD
                break


def _names_before_numbers(doc: Document) -> Iterator[tuple[int, int, float]]:
    """A name right before a resident or alien number whose birth date holds (NAME_BEFORE_ID) or a grouped mobile
    number (NAME_BEFORE_PHONE), found from the scan's digit candidates (no pass of its own over the text). After a
    resident number any surname and two syllables will do (older given names: 덕배, 옥분); before a phone number, or
    with a spoken copula between (신동수고요 650718-…), the word must pass korean_name_ok."""
    text = doc.text
    for cand in doc.candidates((13,)):
        if cand.groups != (6, 7) or not birth_date_valid(cand.digits):
            continue
        m = NAME_BEFORE_ID.search(text, max(0, cand.start - MAX_NAME_BEFORE_ID), cand.start)
        if m is None:
            continue
        word = m.group(1)
        if m.group(2) is not None and not korean_name_ok(word, min_len=3):
            continue  # 정리했고요 850315-…: a verb and its ending, not a name and a copula
        if (
            word[0] in SURNAMES
            and word not in COMMON_WORDS
            and word not in _TITLE_SET
            and word not in _LABEL_SET
            and word[1:] not in _TITLE_SET
            and word[2] not in OFFICE_TAIL
        ) or (word[0] in RARE_SURNAMES and labelled_name(word)):
            yield m.start(1), m.end(1), SCORE_ROLE
    for cand in doc.candidates((10, 11)):
        if cand.groups not in MOBILE_GROUPS or not cand.digits.startswith("01"):
            continue
        window = max(0, cand.start - MAX_NAME_BEFORE_PHONE)
        m = NAME_BEFORE_PHONE.search(text, window, cand.start)
        if m is None:
            m = ROW_NAME_TOKEN_BEFORE_PHONE.search(text, window, cand.start)
        if m is None:
            continue
        word = m.group(1)
        # first on a list's line (- 백귀순 010-…), any surname and two syllables will do, as after a label
        listed = LIST_LINE_START.search(text, max(0, m.start(1) - MAX_LIST_MARK), m.start(1)) is not None
        name_ok = korean_name_ok(word, min_len=3) or (listed and labelled_name(word))
        if name_ok and word[2] not in OFFICE_TAIL and word[2] not in PLACE_TAIL:
            if not noun_with_suffix(word) and word not in PERSON_NOUNS:
                yield m.start(1), m.end(1), SCORE_ROLE


def _mentions_again(
    text: str, spans: list[tuple[int, int, float]], given: frozenset[str] = frozenset()
) -> list[tuple[int, int, float]]:
    """Other mentions of a name found once: 권도현 in the next line of a chat log, Lucas Whitfield again, and a
    Korean given name alone before an honorific or a particle of address (정다슬 ... 다슬 씨, 지우야).

    Only names found at SCORE_FIELD or more, at most MAX_PROPAGATED of them, each looked up with str.find: the
    cost is bounded by MAX_PROPAGATED passes over the text at C speed."""
    best: dict[str, float] = {}
    for start, end, score in spans:
        word = text[start:end]
        several = " " in word and (word.isascii() or _is_hangul(word.replace(" ", "")))
        korean = _is_hangul(word) and (len(word) == 3 or (len(word) == 4 and word[:2] in DOUBLE_SURNAMES))
        if score >= SCORE_FIELD and (korean or several):
            best[word] = max(score, best.get(word, 0.0))
    if not best:
        return []
    # a weaker reading of a mention (0.7 beside an organisation, 0.35 in a field) is raised to the name's best
    found = {(s, e) for s, e, score in spans if score >= best.get(text[s:e], SCORE_FIELD)}
    # a surname or a given name inside a name already found is part of it, not a mention of its own
    covered = _Covered([(s, e) for s, e, score in spans if score >= SCORE_FIELD])
    out: list[tuple[int, int, float]] = []
    limit = max(1, min(MAX_PROPAGATED, PROPAGATION_BUDGET // max(1, len(text))))
    for word, score in sorted(best.items(), key=lambda kv: -kv[1])[:limit]:
        korean = _is_hangul(word.replace(" ", ""))
        needles: list[tuple[str, str]] = [(word, NAME)]
        if korean and " " in word:
            # 라흐마트 하디 ... 라흐마트 씨가: a foreign name's words, each before an honorific
            needles.extend((part, GIVEN) for part in word.split(" ") if len(part) >= 2)
        elif korean:
            needles.append((_given_part(word), GIVEN))
        else:
            needles.extend(_latin_parts(word, given))
        whole = text.count(word)
        for needle, kind in needles:
            # the name occurs only where it was found, the part only inside the whole name: nothing to look for
            # (C-speed counts)
            if text.count(needle) <= (1 if kind == NAME else whole):
                continue
            # Grace Liu ... Grace, can you: not grace period
            vocative = kind == GIVEN and needle in AMBIGUOUS_GIVEN
            i = text.find(needle)
            while i >= 0:
                end = i + len(needle)
                if (i, end) in found or (kind != NAME and covered.covers(i, end)):
                    pass
                elif kind == SURNAME:
                    name_start = _surname_mentioned(text, i, end)
                    if name_start is not None:
                        out.append((name_start, end, SCORE_FIELD))
                        found.add((i, end))
                        relative = text[name_start : i - 1]
                        if relative.isalpha() and (relative, GIVEN) not in needles and len(needles) < MAX_NEEDLES:
                            needles.append((relative, GIVEN))  # Mark Whitfield ... Mark has a stent
                elif _mention_bounded(text, i, end, korean, kind == GIVEN) and (
                    not vocative or _addressed(text, i, end) or _mid_sentence(text, i)
                ):
                    out.append((i, end, score if kind == NAME else SCORE_FIELD))
                    found.add((i, end))
                i = text.find(needle, end)
        if korean and len(word) == 3:
            out.extend(_surname_with_title(text, word[0], found))
    return out


# A title right after a surname and a space, as the later mention of a name found once (주혜린 연구사 ... 주 연구사:)
KO_TITLE_AFTER = re.compile(rf"(?:{_TITLE2_ALT}|씨)(?:[^가-힣]|$|님|께|{'|'.join(PARTICLE_SYLLABLES)})")


def _surname_with_title(text: str, surname: str, found: set[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
    """A name's surname alone before a title (주혜린 연구사 ... 주 연구사가 견적을): the same person named again the
    way minutes and chats do. Found by str.find on the surname and a space; a title must follow, and the surname
    must stand as a word of its own."""
    needle = surname + " "
    i = text.find(needle)
    while i >= 0:
        end = i + 1
        if (i, end) not in found and (i == 0 or not _is_hangul(text[i - 1])) and KO_TITLE_AFTER.match(text, i + 2):
            found.add((i, end))
            yield i, end, SCORE_FIELD
        i = text.find(needle, end)


NAME, GIVEN, SURNAME = "name", "given", "surname"  # what part of a name found once is looked for again
MAX_NEEDLES = 6  # parts of one name looked for, relatives' given names included: a pass over the text each


class _Covered:
    """Spans, asked whether one of them covers a range: sorted starts and the furthest end reached so far."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end
_TITLE_OR_INITIALS_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? |((?:\b[A-Z]\. ?){1,2}))$")
_WORD_BEFORE = re.compile(r"(?:^|[^A-Za-z])([A-Z][a-z]+) $")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[^A-Za-z])([a-z]+) $")
# Words after which a capitalised word starts a phrase of its own (in May, the Grace period, for Will)
NOT_BEFORE_GIVEN = frozenset(
    "the a an of in on at by for to from with until till since this that next last every each my our your".split()
)


def _latin_parts(name: str, given: frozenset[str]) -> list[tuple[str, str]]:
    """The given name and the surname of a Latin-script name found once, to look for alone: Aisha of Aisha Mensah,
    Dongha and Kim of Kim Dongha (a Korean surname first), Petrenko of Oksana Petrenko."""
    words = name.split(" ")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    first, last = words[0], words[-1]
    out: list[tuple[str, str]] = []
    if first in ROMAN_SURNAMES and len(words) == 2 and romanised_korean(last):
        first, last = last, first  # Kim Dongha: Dongha is the given name
        if first not in AMBIGUOUS_GIVEN and not is_common_word(first):
            out.append((first, GIVEN))
    elif first in given:
        out.append((first, GIVEN))
    if len(last) >= 2 and last.isalpha() and not is_common_word(last):
        out.append((last, SURNAME))
    return out


def _surname_mentioned(text: str, start: int, end: int) -> int | None:
    """The surname at text[start:end] (its bearer's full name is in the text) names a person here: after a title or
    initials (Ms. Petrenko, O. Petrenko, G. Whitfield), before a Korean honorific or title (Nguyen 씨, Morales 중령),
    or after another given name, a relative's (her husband, Mark Whitfield). Returns where the name starts, or None."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() or after.isalpha() or (after == " " and _CAP_AFTER.match(text, end + 1)):
        return None
    window = text[max(0, start - 12) : start]
    m = _TITLE_OR_INITIALS_BEFORE.search(window)
    if m is not None:
        return start - len(m.group(1)) if m.group(1) else start
    word = _WORD_AFTER.match(text, end)
    if word is not None and _person_noun_starts(word.group(1)):
        return start
    m = _WORD_BEFORE.search(window)
    if m is not None:
        first = m.group(1)
        if not is_common_word(first) and first.lower() not in LEADING_CUES:
            return start - len(first) - 1
    return None


def _mid_sentence(text: str, start: int) -> bool:
    """A capitalised word inside a sentence, after a lower-case word that does not start a phrase of its own (Sarah
    says Mark has ...): there a given name that is also a word (Mark, Grace) is the name."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1) not in NOT_BEFORE_GIVEN


def _glosses(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A found name's spelling in the other script, in brackets right after it (ZHANG WEI (장웨이), 장웨이 (ZHANG
    WEI), Nguyen Van An (응우옌 반 안)): the same person. Not a nationality, a word, a title or a label (ZHANG WEI
    (중국), 홍길동 (Director))."""
    out: list[tuple[int, int, float]] = []
    for start, end, score in spans:
        if score < SCORE_FIELD or end >= len(text) or text[end] not in " (（":
            continue
        latin = text[start].isascii()
        m = (HANGUL_GLOSS if latin else LATIN_GLOSS).match(text, end)
        if m is None:
            continue
        words = m.group(1).split(" ")
        if latin:
            if any(_reserved(w) or w in NOUN_STEMS or w in GLOSS_NOT_NAME for w in words) or words[0] in NATIONALITIES:
                continue  # Henrik Aalto (핀란드 국적): where someone is from
            spaces = text.count(" ", start, end)
            short = len("".join(words)) <= spaces + 1 and len(words) != spaces + 1
            if short and not (len(words) == 1 and len(words[0]) >= 3 and _sounds_alike(words[0], text[start:end])):
                continue  # KANG JUNHO (소아): a word for an age, shorter than a name's sounds written in Hangul
                # (TRAN MINH DUC (쩐 민 득) is as short, but word for word)
            if words[-1][-1] in ORGANISATION_TAIL:
                continue
        elif any(w.upper() in UPPER_NOT_NAMES or is_common_word(w) or w in PLACE_HEADS for w in words):
            continue
        out.append((m.start(1), m.end(1), score))
    return out


# The Latin letters a Hangul initial consonant may be written with: a transcription starts as its original does
# (Maricel Dela Cruz (마리셀): ㅁ and M), an age or a word in brackets does not (KANG JUNHO (소아): ㅅ and K).
_INITIAL_LETTERS = ("GK", "GK", "N", "DT", "DT", "RL", "M", "BPV", "BP", "SCXZ", "S", "AEIOUYWH", "JZCG", "JZ", "CJT",
                    "KCQ", "T", "PF", "H")  # fmt: skip


_PINYIN_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_PINYIN_FINAL = (
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
# a syllable after the first starts with its initial (a vowel there is written after an apostrophe: Xi'an), so
# Ocean is no o-ce-an
_PINYIN = re.compile(f"{_PINYIN_INITIAL}?{_PINYIN_FINAL}(?:{_PINYIN_INITIAL}{_PINYIN_FINAL}){{0,2}}")


def _pinyin_given(word: str) -> bool:
    """A given name of one to three pinyin syllables (Jianguo, Xiaoming), not an English word."""
    return _PINYIN.fullmatch(word.lower()) is not None and not is_common_word(word)


def _sounds_alike(hangul: str, latin: str) -> bool:
    """The Hangul word's first consonant is one the Latin name's first letter may be written with."""
    first = hangul[0]
    if not "가" <= first <= "힣" or not latin[:1].isalpha():
        return False
    return latin[0].upper() in _INITIAL_LETTERS[(ord(first) - 0xAC00) // 588]


def _mention_bounded(text: str, start: int, end: int, korean: bool, given_only: bool) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if not korean:
        if before.isalpha() or after.isalpha():
            return False
        # Aisha alone, not Aisha Khan (another person with the same first name)
        return not (given_only and after == " " and _CAP_AFTER.match(text, end + 1))
    if "가" <= before <= "힣":
        return False
    if given_only:
        return _given_addressed(text, start, end)
    if not "가" <= after <= "힣":
        return True
    word = text[start : start + 8]
    k = 3
    while k < len(word) and "가" <= word[k] <= "힣":
        k += 1
    # a particle, or the copula a speaker names themselves with (저 303호 변하나인데, 변하나입니다)
    return strip_particle(word[:k]) == text[start:end] or word[end - start : k] in COPULA_TAILS


COPULA_TAILS = frozenset(
    "인데 인데요 이고 이고요 입니다 이에요 예요 이야 인가요 이라고 라고 이며 이라는 라는 이란 란".split()
)


def _given_part(name: str) -> str:
    """The given name of a Korean full name: 정다슬 -> 다슬, 황보수아 -> 수아, 남궁혁 -> 혁."""
    return name[2:] if name[:2] in DOUBLE_SURNAMES else name[1:]


def _given_addressed(text: str, start: int, end: int) -> bool:
    """The Korean given name at text[start:end] (its bearer's full name is in the text) is used as a name: before
    an honorific or a particle of address (다슬 씨, 지우야), with the suffix 이 that follows a given name ending in a
    consonant (도윤이 마지막 목격, 도윤이가), or before a title, label or role of a person (수아 선생님께, 시우 중위,
    도현 주무관, 윤호 회계책임자에게, 온유 보호자분께). A given name that is also a word (지원, 정보) or a title is not
    looked for at all; one of one syllable only before an honorific (혁 님께)."""
    given = text[start:end]
    rest = text[end : end + 3].lstrip(" ")
    if len(given) == 1:
        return rest.startswith(GIVEN_HONORIFICS)
    if given in COMMON_WORDS or given in _TITLE_SET or given in _LABEL_SET:
        return False
    if rest.startswith(GIVEN_HONORIFICS):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if after.start(1) == end:
        # written together: a particle of address that ends the word (지우야, 서연아, 다슬에게; not 서진아파트), or
        # the suffix 이 after a final consonant, alone or before a particle (도윤이, 도윤이도; 수아이 is no form)
        if word in GIVEN_ADDRESS:
            return True
        if word[0] == "이":
            return _has_final_consonant(given[-1]) and _only_particles(word[1:])
    return _person_noun_starts(word)


def _person_noun_starts(word: str) -> bool:
    """`word` is a title, label or role of a person, alone or with an honorific and particles (선생님께, 중위,
    보호자분께, 기사님)."""
    for k in range(min(len(word), MAX_PERSON_NOUN), 0, -1):
        if person_noun(word[:k]):
            return _only_particles(word[k:].removeprefix("님").removeprefix("분"))
    return False


def _only_particles(rest: str) -> bool:
    """`rest` is empty or only particles (께, 에게, 이, 도): what may follow a name or a title and end the word."""
    return not rest or strip_particle("가나다" + rest) == "가나다"


def _has_final_consonant(syllable: str) -> bool:
    """A Hangul syllable closed by a final consonant (받침): 윤, 현, 혁, not 아, 우."""
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 != 0


GREETINGS = ("hi", "hey", "hello", "thanks", "dear", "@")


def _addressed(text: str, start: int, end: int) -> bool:
    """A given name said to its bearer: at a line's start or after a greeting, with a comma after it (Grace, can
    you ...; Hi Grace,)."""
    if text[end : end + 1] != ",":
        return False
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return before == "" or before.endswith("\n") or before.lower().endswith(GREETINGS)


def _word_ends(text: str, end: int) -> bool:
    """No letter of a word (Hangul, Latin, an apostrophe or hyphen inside a name) follows `end`."""
    if end >= len(text):
        return True
    c = text[end]
    return not ("가" <= c <= "힣" or (c.isascii() and (c.isalpha() or c in "'-")))


def _spaced_only(text: str, start: int, value_start: int) -> bool:
    """Only spaces stand between a label matched from `start` and its value: no colon, cell border, bracket or
    quote."""
    between = text[start:value_start]
    return not any(c in between for c in LABEL_MARKS)


TOPIC_MARKS = frozenset("은는이가")  # 이름은 탁소은이요, 성명은 김민수: the label is the topic, the name its predicate
LABEL_MARKS = frozenset(":：=|│┃║[(\"'“‘<\t")


def _title_goes_on(text: str, end: int) -> bool:
    """The title ending at `end` is the start of a longer word (위원회, 군청, 관세사무소, 고객센터, 과장급), not a title
    after a name: what follows it, written together, is neither an honorific, particles, another title nor 들."""
    rest = _WORD_AFTER.match(text, end)
    if rest is None or rest.start(1) != end:
        return False
    word = rest.group(1).removeprefix("님").removeprefix("분").removeprefix("들")
    return not _only_particles(word) and not word.startswith(TITLES) and not word.startswith(COPULA_FORMS)


# The copula after a title, as a clause ends on a person (당직은 육태민 님이었음, 담당이 김 과장이셨고).
COPULA_FORMS = ("이었", "였", "이셨", "이십", "이세", "입니", "이에", "예요", "이고", "이며", "인데", "이라", "이야")


def _compound_end_of_noun(text: str, start: int, name_start: int) -> bool:
    """The title at text[start:] ends a longer word, and is one that also ends nouns (주차장 정산기: 차장), or is one
    whose other sense comes first in what staff write (통장 사본: a bankbook, not a village head)."""
    title = text[start:name_start].rstrip(" \t:：")
    if title in NOUN_FIRST_TITLES:
        return True
    if start == 0 or not "가" <= text[start - 1] <= "힣":
        return False
    return title in ENDS_OF_NOUNS


def _name_follows(text: str, pos: int) -> bool:
    """The word after `pos` (past spaces) is a Korean name: what stands before it labels it."""
    m = _HANGUL_WORD.match(text, pos)
    return m is not None and name_before_particle(m.group(1)) != ""


def _reserved(word: str) -> bool:
    """A common word, a label or a title: never (part of) a name."""
    return word in COMMON_WORDS or word in _LABEL_SET or word in _TITLE_SET


# A field's key right before its value (수용가 명의: 오동현, 보호소년: 경빈), and the keys whose values are things, not
# people (상태: 정상임, 구분: 신규등).
_KEY_BEFORE_VALUE = re.compile(r"(?:^|[^가-힣])([가-힣]{1,8})[ \t]*[:：][ \t]*$")
_LINE_ENDS = re.compile(r"[ \t]*(?:\r?\n|$)")
THING_KEYS = frozenset(
    """상태 결과 구분 분류 유형 종류 제목 주소 장소 내용 사유 비고 메모 일시 날짜 시간 기간 금액 품목 항목 과목 부서
    소속 직급 직위 직책 지역 국적 성별 학교 학과 전공 회사 업체 기관 방법 방식 목적 용도 단계 등급 순위 상품 모델 제품
    차종 색상 언어 분야 과정 요일 결론 의견 조치 처리 진행 현황 비율 수량 단위 장르 주제 안건 건명 사건명 과제명 상호
    법인명 기관명 업체명 부서명 상품명 제품명 모델명 파일명 학교명 회사명 단체명 시설명 사업명 지점 지사 본부 센터 병동
    진료과 질환 진단 증상 병명 약품 처방 혈액형 종교 취미 특기""".split()
)


def _labelled_line_value(text: str, start: int, end: int) -> bool:
    """The field is a whole line's value after a key and a colon (수용가 명의: 오동현), the key not one of a thing's
    (THING_KEYS): a form's line that gives a name its own field."""
    if _LINE_ENDS.match(text, end) is None:
        return False
    key = _KEY_BEFORE_VALUE.search(text, max(0, start - 16), start)
    return key is not None and key.group(1) not in THING_KEYS and not key.group(1).endswith(("명", "처", "지"))


def _in_record_row(text: str, start: int, end: int) -> bool:
    """The line around a field (MAX_ROW characters either side at most) holds a number or an e-mail address."""
    lo, hi = max(0, start - MAX_ROW), min(len(text), end + MAX_ROW)
    line_end = text.find("\n", end, hi)
    return RECORD_MARKERS.search(text, text.rfind("\n", lo, start) + 1, line_end if line_end >= 0 else hi) is not None


# A code-style column of people's names (pt_name, cust_nm, empName, holder_name); file_name, dept_nm, user_name are not.
PEOPLE_NAME_COLUMN = re.compile(
    r"(?i)(?:pt|patient|cust|customer|client|emp|employee|staff|member|mbr|applicant|student|std|guardian|holder|"
    r"acct_?holder|account_?holder|driver|passenger|pax|insured|recipient|rcpt|sender|payee|payer|beneficiary|"
    r"contact|first|last|given|family|sur|full|kor|korean|eng|english|person|owner|tenant|buyer|seller|worker|"
    r"victim|suspect|reporter|requester|manager|mgr|rep|rider|courier|crew|donor|sponsor|guest|visitor|volunteer|"
    r"caller|subscriber|claimant|borrower|debtor|inmate|candidate|user_?full)[ _\-]?(?:name|nm)"
    r"|(?:name|nm)[ _\-]?(?:en|eng|english|kr|ko|kor|korean|full|first|last|given|family|local|roman)"
    r"|(?:family|last|sur) ?names?,? (?:and |& )?(?:given|first) names?"  # a crew list's Family name, given names
)
# A column of one part of a name (First Name, last_name): one capitalised word is a whole value there.
NAME_PART_COLUMN = re.compile(
    r"(?i)(?:first|last|given|family|sur|middle|fore)[ _\-]?(?:name|nm)|(?:name|nm)[ _\-]?(?:first|last|given|family)"
    r"|surname|forename"
)
_CELL_NAME_PART = re.compile(r"[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?")


def _row_cells(row: str, delim: str) -> list[str]:
    """A table row's cells: split at `delim`, but in a comma-separated row not inside a double-quoted cell
    (`…,레 티 투 하,010-2301-5559,"부모교육, 통번역"`: a form export's cell of several answers). Each cell keeps its
    quotes, so the cells' lengths still add up to the row's."""
    if delim != "," or '"' not in row:
        return row.split(delim)
    return split_outside_quotes(row, ",", '"')


def _names_people(cell: str) -> bool:
    """A header cell that names a column of people."""
    word = cell.strip(CELL_EDGES + "*`")
    word = word.split("(", 1)[0].strip()  # 성명(한글)
    return (
        word.lower() in NAME_HEADERS
        or PEOPLE_NAME_COLUMN.fullmatch(word) is not None
        or word in _LABEL_SET
        or word in ROLE_NOUNS
        or NAMED_COLUMN.fullmatch(word + ",") is not None
        or (word.endswith("명") and word[:-1] in _LABEL_SET)
    )


def _may_name_people(cell: str) -> bool:
    """A header cell that may head a column of people even if _names_people does not read it so: a title or a
    role (담임, 학부모, 배우자), a word for a person (…자, …인, …원, …생), or one in Latin script."""
    word = cell.strip(" \t\r\"'*`").split("(", 1)[0].strip()
    return (
        _names_people(cell)
        or not _is_hangul(word)
        or word in _TITLE_SET
        or word in ROLE_NOUNS
        or word[-1:] in ("자", "인", "원", "생", "명")
    )


def _name_cell(cell: str) -> tuple[int, int] | None:
    """The span of a name in one table cell (offsets in the cell), or None."""
    stripped = cell.strip(CELL_EDGES)
    if not stripped:
        return None
    lo = cell.index(stripped)
    if _CELL_HANGUL_NAME.fullmatch(stripped):
        words = stripped.split(" ")
        # one word: a surname and two syllables will do, or a foreign name of four syllables or more shaped like a
        # transliteration (바트바야르); several words: a foreign name written in Hangul
        shaped = len(words) > 1 or korean_name_ok(stripped) or (len(stripped) == 3 and stripped[0] in SURNAMES)
        shaped = shaped or (stripped[:1] in RARE_SURNAMES and labelled_name(stripped))  # 묵영수, 초수정
        long_word = len(stripped) >= MIN_FOREIGN_WORD and stripped not in KO_NOUNS and not compound_noun(stripped)
        shaped = shaped or (long_word and _transliterated(stripped))
        firm = any(w.endswith(FIRM_ENDINGS) for w in words)  # 한빛캐피탈 주식회사: a lender, not a person
        return (lo, lo + len(stripped)) if shaped and not firm and not any(map(_reserved, words)) else None
    if _CELL_LATIN_NAME.fullmatch(stripped):
        if any(w in NOT_NAME_WORDS or w.capitalize() in NOT_NAME_WORDS for w in re.split(r"[ \-]", stripped)):
            return None
        return lo, lo + len(stripped)
    if _CELL_MONONYM.fullmatch(stripped) and stripped not in UPPER_NOT_NAMES and not is_common_word(stripped):
        if stripped.capitalize() not in NOT_NAME_WORDS:
            return lo, lo + len(stripped)  # NURHADI: one name in capitals, as many Indonesians have
    return None


def _name_part_cell(cell: str) -> tuple[int, int] | None:
    """One capitalised word (Denise, Okafor) in a column of first or last names, unless a common word."""
    stripped = cell.strip(" \t\r\"'")
    if not _CELL_NAME_PART.fullmatch(stripped) or is_common_word(stripped) or stripped in NOT_NAME_WORDS:
        return None
    lo = cell.index(stripped)
    return lo, lo + len(stripped)


def _is_hangul(word: str) -> bool:
    return all("가" <= c <= "힣" for c in word)


def _cue_before(text: str, start: int) -> str:
    """The word or two right before `start`, lower-cased, when they are a cue ("cc:", "to", "dear", "thank you")."""
    before = text[max(0, start - CUE_WINDOW) : start].rstrip(" ").lower()
    before = before.removesuffix(",").rstrip(" ")
    tail = before.split()
    if not tail:
        return ""
    if len(tail) >= 2 and f"{tail[-2]} {tail[-1]}" in EN_STRONG_CUES:
        return f"{tail[-2]} {tail[-1]}"
    return tail[-1]


# An e-mail address's local part and domain, and the local part's parts: runs of letters split at dots, underscores,
# hyphens, digits and a change to capitals (achterbergNOSPAM: achterberg, NOSPAM).
MAX_MAIL_LOCAL = 64
MAIL_LOCAL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{2,64}$")  # searched in the 64 characters before `@`
MAIL_DOMAIN = re.compile(r"[A-Za-z0-9\-]{1,63}\.[A-Za-z0-9.\-]{2,200}")
MAIL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
MIN_MAIL_PART = 3  # a part this long at least must stand capitalised near the address (Oh in jaehoon.oh need not)
MAIL_NAME_REACH = 120  # characters either side of the address read for the name it spells (a record's lines too)
_CAP_WORD = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Z][a-z]+(?:-[a-z]+)?(?![A-Za-z0-9@])")


def _joined_parts(parts: frozenset[str], near: set[str]) -> frozenset[str]:
    """The two pieces of a local part that runs a given name and a surname together (tallulahhollingsworth@ beside
    Tallulah Hollingsworth; twenty-eighth held-out set), each one of the capitalised words written near the address
    (`near`, lower-cased)."""
    out: set[str] = set()
    for part in parts:
        if part in near or len(part) < 2 * MIN_MAIL_PART:
            continue
        for cut in range(MIN_MAIL_PART, len(part) - MIN_MAIL_PART + 1):
            if part[:cut] in near and part[cut:] in near:
                out.update((part[:cut], part[cut:]))
    return frozenset(out)

# Two capitalised words of letters and digits standing for letters, a digit in one of them at least (see _leet).
# Each word starts with a capital and holds a small letter (not `44 INFO`, `HTTP2 GET`: a log's fields).
_LEET_WORD = r"[A-Z][A-Za-z0-9@$]{0,13}[a-z][A-Za-z0-9@$]{0,13}"
_LEET_DIGIT_WORD = (  # a digit (or @, $) in it too
    r"[A-Z][A-Za-z0-9@$]{0,12}(?:[0-9@$][A-Za-z0-9@$]{0,12}[a-z]|[a-z][A-Za-z0-9@$]{0,12}[0-9@$])[A-Za-z0-9@$]{0,12}"
)
EN_LEET_PAIR = re2.compile(
    rf"(?:^|[^A-Za-z0-9])((?:{_LEET_DIGIT_WORD}) (?:{_LEET_WORD})|(?:{_LEET_WORD}) (?:{_LEET_DIGIT_WORD}))"
    r"(?:[^A-Za-z0-9@$]|$)"
)
_LEET = str.maketrans("4@3057$", "aaeosts")
MIN_LEET_LETTERS = 2


def _unleet(word: str) -> list[str]:
    """The readings of a leetspeak word (1 as i, then as l), capitalised; none when fewer than MIN_LEET_LETTERS of
    its characters are letters (a code like R2D2)."""
    if sum(c.isalpha() for c in word) < MIN_LEET_LETTERS:
        return []
    plain = word.translate(_LEET)
    return [w[0].upper() + w[1:].lower() for w in (plain.replace("1", "i"), plain.replace("1", "l")) if w.isalpha()]


def load_given_names() -> frozenset[str]:
    """The English given-name gazetteers shipped in detectors/data (read when a recognizer is built): the hand-made
    list and the generated one (scripts/build_en_name_lists.py), which holds no ordinary English word."""
    files = ("en_given_names.txt", "en_given_names_more.txt")
    return frozenset(w for name in files for line in _data_lines(name) for w in line.split())


def fold_marks(word: str) -> str:
    """The word without its diacritics (Chloé → Chloe, Hương → Huong, Đức → Duc, Łukasz → Lukasz)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_UNDECOMPOSED = str.maketrans("ĐđŁłØøß", "DdLlOos")  # letters whose marks Unicode does not decompose


class GivenNames(frozenset[str]):
    """A given-name gazetteer that also knows a name written with diacritics the list spells without (Chloé, Inès,
    Hương): the list is written in ASCII, people's names often are not."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, fold_marks(word))


def _next_words(text: str, end: int) -> list[str]:
    """The capitalised words right after `end` (one space before each), at most two."""
    m = _NEXT_CAPS.match(text, end)
    return m.group().split() if m else []


def _has_upper(text: str) -> bool:
    """A capital before a small letter, accented ones included (Lê Văn Tú has no ASCII pair)."""
    return _UPPER_LOWER.search(text) is not None


_UPPER_LOWER = re.compile(rf"[{_UP}][{_LOW}]")


# Every known given name and surname, which is_common_word never takes for a word by its shape (Mallory, Emory).
_LISTED_GIVEN = load_given_names()  # read once, at import: the recognizer and is_common_word share it
KNOWN_NAME_WORDS = FIRST_NAMES | EN_SURNAMES | ROMAN_SURNAMES | _LISTED_GIVEN
