"""Classification markings, CLASSIFICATION_MARKING: Korean government and corporate labels, English ones.

Korean: Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀 (also I급, 2급, 이급, with or without spaces), 대외비, 비공개 (above all with its
legal basis, 「공공기관의 정보공개에 관한 법률」 제9조), 내부용, 취급주의, 사내한정, 외부유출금지, 기밀, 극비, and as
stamps only, 비밀 and 보안. English: TOP SECRET, SECRET, CONFIDENTIAL, RESTRICTED, FOUO / FOR OFFICIAL USE ONLY,
CUI, INTERNAL ONLY, DO NOT DISTRIBUTE, NOFORN. References: 보안업무규정 (Presidential Decree) art. 4 on grades of
secrets; 공공기관의 정보공개에 관한 법률 art. 9; US EO 13526 and 32 CFR 2002 (CUI).

Scored by structure, not by the word: a marking that is a line of its own (a banner, header or footer),
or stands in brackets or after a stamp sign, scores high; the same word inside ordinary prose ("비밀번호 재설정",
"the secret to good kimchi", "this is confidential between us") stays below the blocking threshold.
Input is NFKC-normalised by the engine, so Ⅱ arrives as II and full-width letters as ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

import re2

from detectors.base import Document, line_bounds
from detectors.types import Entity, Finding

__all__ = [
    "ClassificationMarkingRecognizer",
    "is_banner",
    "is_bracketed",
    "is_self_declaration",
    "is_tagged",
    "near_edge",
]

# re2 (linear, one DFA pass each: a scan of ordinary text costs a few microseconds). re2 has no lookaround:
# words that follow a match and undo it (기밀성, 비밀번호, secretary) are checked by the *_AFTER patterns, and
# an English word start is `^` or a non-letter, with the marking in group 1.
# Between the syllables of a marking: nothing, a space, or a dot, middle dot, dash, underscore or star (대·외·비).
# Up to three of them: 대외   비, 대 - 외 - 비; the Hangul middle dot ㆍ (U+318D) is what Korean keyboards type for ·.
_GAP_CHARS = r"·ㆍ・‧∙•.\-_*/"
_SEP = rf"[\s{_GAP_CHARS}]{{0,3}}"
KOREAN_STRONG = re2.compile(
    (
        r"(?:III|II|I|[123]|[일이삼])\s?급\s?비\s?밀|[대對]\s?[외外]\s?[비秘祕]|[극極]\s?[비秘祕]|취급\s?주의|사내\s?한정|외부\s?유출\s?금지|"
        r"대외\s?주의|내부\s?용|내부\s?한정|비\s?공\s?개|[기機]\s?[밀密]|사\s?외\s?비|비\s?밀\s?(?:III|II|I|[123])\s?급|"
    ).replace(r"\s?", _SEP)
    # the same markings in hanja, as older documents and stamps write them (對外秘, Ⅱ級秘密, 極秘, 機密)
    + r"對\s?外\s?[秘祕]|極\s?[秘祕]|機\s?密|(?:III|II|I|[123]|[一二三])\s?級\s?[秘祕]\s?密"
    # Japanese and Chinese forms a pasted document may carry: 社外秘, 対外秘, 部外秘, 極秘, 取扱注意; 机密, 绝密
    + r"|[社対部]\s?外\s?[秘祕]|取\s?扱\s?注\s?意|[机]\s?密|[绝絕]\s?密"
)
_SEPARATORS = re.compile(rf"[\s{_GAP_CHARS}]")
_SPELLED_GAP = re.compile(rf"[{_GAP_CHARS}]")
NOT_SECRECY_AFTER = re.compile(r"\s?(?:성|유지\s?계약)")  # 기밀성, 기밀유지계약: about secrecy, not a marking
KOREAN_STAMP_ONLY = re2.compile(r"비\s?밀|보\s?안")
NOT_STAMP_AFTER = {
    "비밀": re.compile(r"\s?번호|글|리|스럽|로|이야기|번|의"),
    "보안": re.compile(r"\s?(?:점검|패치|업데이트|교육)"),
}
# Digits for letters (C0NFIDENTIAL, S3CRET, T0P SECRET) are read as the letters; a word spelled so is deliberate.
_O, _E, _I = "[o0]", "[e3]", "[i1l]"
_SECRET = f"[s$5]{_E}cr{_E}t"
# The footers of company documents: Company Confidential, Private & Confidential, Highly Confidential ...
_QUALIFIED = r"(?:strictly|highly|company|business|private\s*(?:&|and)|proprietary\s*(?:&|and)|privileged\s*(?:&|and))"
_QUALIFIER_GAP = r"[\s\-_]+"  # Company Confidential, Company-Confidential (red-team #8), Company_Confidential
ENGLISH = re2.compile(
    rf"(?i)(?:^|[^A-Za-z$])(t{_O}p[\s\-_]*{_SECRET}|{_QUALIFIED}{_QUALIFIER_GAP}c{_O}nf{_I}d{_E}nt{_I}al|c{_O}nf{_I}d{_E}nt{_I}al|{_SECRET}|"
    rf"r{_E}str{_I}ct{_E}d|fouo|for\s+internal\s+use\s+only|"
    r"for\s+official\s+use\s+only|controlled\s+unclassified\s+information|cui|internal\s+(?:use\s+)?only|"
    r"do\s+not\s+(?:distribute|forward|copy)|not\s+for\s+distribution|noforn)"
)
# A US portion mark at the start of a paragraph: (S//NF), (TS//SI), (U//FOUO), (TS), (S); (U) alone marks nothing,
# and (C) alone is a copyright sign more often than Confidential.
# A US control marking written bare (TS//SCI, S//NF, TOP SECRET//NOFORN is ENGLISH's): upper case, two slashes.
CONTROL_MARK = re2.compile(r"(?:^|[^A-Za-z/])((?:TS|S)//[A-Z]{2,}(?:/[A-Z]+)*)")
PORTION_MARK = re2.compile(r"(?m)^[ \t]*(\((?:TS|S|C|U)//[A-Z][A-Z/ ]{0,20}\)|\((?:TS|S)\))")
# What may stand beside a marking on a banner line: upper-case qualifiers (//NOFORN, REL TO KOR) or a
# bracketed note ("(2026.12.31까지)").
BANNER_EXTRA = re.compile(r"[A-Z0-9/\-\s().,:]*|[(\[【〔][^)\]】〕]{0,20}[)\]】〕]")
SELF_DECLARATION_BEFORE = re.compile(
    r"(?:(?:이|본|해당|아래|다음|위|첨부(?:한|된)?)\s?(?:문서|자료|보고서|문건|파일|내용|글)[은는이가]|이건|이거|이것은|이게)\s?$"
)
_NOUN = r"(?:\s?(?:문서|자료|보고서|문건|파일|내용|사항|정보))"
_COPULA = r"(?:입니다|이고|임|이다|이며|이니|이라서|이므로|이에요|이야|예요|라서|라)"
SELF_DECLARATION_AFTER = re.compile(rf"{_NOUN}?\s?(?:{_COPULA}|(?:으)?로\s?(?:분류|지정|관리|취급))|\s?문서")
# Said of the text at hand without a demonstrative: "대외비 문서입니다", "대외비 자료임".
DECLARED_AFTER = re.compile(rf"{_NOUN}\s?{_COPULA}")
# The marking as a stamp on the document: "'대외비' 표시가 된 보고서", "대외비 도장이 찍힌 문서".
STAMPED_AFTER = re.compile(r"[\"'”’」』]?\s?(?:표시|표기|도장|스탬프|직인)\s?(?:가|이|된|됨|돼)")
# Markings, and 공개, before a separator: `공개 / 비공개` lists the options of a form, it marks nothing.
DOCUMENT_NOUN_AFTER = re.compile(r"\s?(?:문서|자료|보고서|문건|사항)")
OPTION_BEFORE = re.compile(r"(?:공개|비공개|대외비|내부용|일반)\s?[/|·,]\s?$")
LINE_END_SEPARATORS = "/|-–—·"
# An English document that declares itself: "This document is confidential.", "The attached report is SECRET".
EN_DECLARATION_BEFORE = re.compile(
    r"(?i)\b(?:this|the\s+(?:attached|following|enclosed))\s+"
    r"(?:document|report|memo|briefing|file|material|presentation|deck|draft)\s+is\s+(?:strictly\s+|classified\s+)?$"
)
EN_DECLARATION_AFTER = re.compile(r"\s*(?:[.!;]|$|\n|and\s+(?:must|should|may)\s+not\b)")
# A marking spelled one letter at a time (S.E.C.R.E.T., S-E-C-R-E-T, C O N F ...): nothing ordinary is written so.
_LS = r"[ .\-_*·]"
SPELLED_OUT = re2.compile(
    r"(?i)(?:^|[^A-Za-z])("
    + "|".join(_LS.join(word) for word in ("TOPSECRET", "SECRET", "CONFIDENTIAL", "RESTRICTED"))
    + r")"
)
LINE_START_SEPARATORS = ":|-–—"
# A file's name that carries the marking: 사업계획_대외비_v3.pptx, Budget-CONFIDENTIAL.pdf, (대외비)인사안.hwp.
FILE_TOKEN_END = re.compile(
    r"[^\s\"'<>]{0,80}?\.(?i:pptx?|docx?|xlsx?|hwpx?|hwp|pdf|txt|csv|zip|md|key|pages|numbers|odt|ods|odp)(?![A-Za-z0-9])"
)
# The prompt says the material it holds is marked: "아래 대외비 자료 요약해줘", "첨부한 대외비 보고서",
# "summarize this CONFIDENTIAL report", "the following secret memo".
HELD_BEFORE = re.compile(r"(?:아래|다음|위|첨부(?:한|된|하는)?|붙여\s?넣은|복사한)\s?(?:의\s?)?$")
# The marking may take a copula or a classification verb before the noun (아래 대외비인 계획서, 첨부한 대외비로 분류된
# 자료; red-team #8).
HELD_NOUN_AFTER = re.compile(
    r"(?:인|로 분류된|로 지정된|로 표시된|등급)?\s?(?:문서|자료|보고서|문건|파일|내용|초안|보고|메모|회의록|계획서?)"
)
# The prompt asks for work on the marked material, without a demonstrative (red-team #8 F2): the marking names the
# material and a request verb follows ("대외비 보고서 요약해줘", "대외비 자료를 영어로 번역 부탁"), or the marking is
# the reason given for a request about the text at hand ("대외비라서 외부 유출 금지인데 요약만 해줘"). Writing about the
# scheme ("대외비 문서 관리 규정에 대해 설명해줘", "대외비는 어떤 뜻인가요?") asks for no work on held material.
_REQUEST = (
    r"(?:요약|정리|번역|검토|분석|수정|교정|다듬|윤문|보완|요점|핵심만|재구성|줄여|옮겨|바꿔|풀어|편집|첨삭|퇴고|영역|"
    r"(?i:summari[sz]e|translate|proofread|rewrite|review|analy[sz]e|edit|shorten|tl;?dr))"
)
REQUESTED_NOUN_AFTER = re.compile(
    r"(?:인|로 분류된|로 지정된|등급의?)?\s?(?:문서|자료|보고서|문건|파일|내용|초안|메모|회의록|계획서?|공문|보고)"
    r"\s?(?:을|를|은|는|도|의 내용을|내용을)?\s?(?:좀\s?|간단히\s?|짧게\s?|[가-힣A-Za-z0-9]{1,6}(?:로|으로)\s?)?"
    + _REQUEST
)
REQUEST_WORD = re.compile(_REQUEST)
REASON_AFTER = re.compile(r"(?:이)?(?:라서|인데|이지만|지만|이긴 한데|이니까|니까|이라도|라도|이어도|여도)\s")
REASON_REQUEST_CHARS = 60
EN_HELD_BEFORE = re.compile(r"(?i)\b(?:this|these|the\s+(?:following|attached|enclosed|below)|attached|below)\s+$")
EN_HELD_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:document|report|memo|briefing|file|material|presentation|deck|draft|minutes|plan|email|text)s?\b"
)
# Code that names the level as a constant, not a mark on the text: SECRET = 3, Level.SECRET, SecurityLevel::SECRET.
CODE_AFTER = re.compile(r"\s*(?:=(?!=)|:\s*[0-9]{1,2}\s*(?:[,;}\n]|$))")
CODE_BEFORE = (".", "::", "->")
_QUALIFIED_WORD = re.compile(rf"(?i){_QUALIFIED}{_QUALIFIER_GAP}c{_O}nf{_I}d{_E}nt{_I}al")
# The levels listed as the options of a scheme (1. 공개 2. 대외비 3. 비밀; enum { PUBLIC, SECRET }; <option>대외비
# </option>): the line names two other levels as well, or the marking is a form's option.
LEVEL_NAMES = re.compile(
    r"공개|비공개|일반|내부용|대외비|극비|기밀|(?:III|II|I|[123])\s?급|비밀|"
    r"(?i:public|internal|unclassified|confidential|secret|top\s?secret|restricted|sensitive)"
)
LEVEL_LINE_MAX = 200
OPTION_TAG_BEFORE = re.compile(r"<option\b[^<>]{0,60}>\s*$", re.IGNORECASE)
LEGAL_BASIS = re.compile(r"정보\s?공개에\s?관한\s?법률|정보공개법|공공기관의\s?정보공개")
STAMP_SIGNS = "※■□▣◆◇●○▶▷★☆◎"
OPENERS = "[【〔<《(「『{〈⟨"
CLOSERS = "]】〕>》)」』}〉⟩"
PLAIN_DECORATION = " \t-=*#_~·•|/:.,'\"" + STAMP_SIGNS
DECORATION = PLAIN_DECORATION + OPENERS + CLOSERS
EDGE_LINES = 3
LINE_LOOK = 512  # characters read either side of a marking for the line it stands in
MAX_BANNER_EXTRA = 16  # e.g. "SECRET//NOFORN", "대외비 (2026.12.31까지)"
LEGAL_WINDOW = 80
# A field that holds the classification: `보안등급: 대외비`, `"문서등급": "대외비"`, `| 보안등급 | 대외비 |`,
# `classification: CONFIDENTIAL`, `<classification>SECRET`. The label ends right before the marking.
FIELD_LABEL = re.compile(
    r"(?i:(?:보안|비밀|문서|자료)\s?(?:등급|분류|구분)|분류|등급|classification|security\s?(?:level|class|marking)|"
    r"sensitivity|protective\s?marking|marking|handling|caveat)\s*[\"']?\s*[:=|：>,\t]\s*[\"'<]?\s*$"
)
LABEL_WINDOW = 32
# Inside an HTML or XML element: <b>대외비</b>, <h1>CONFIDENTIAL</h1>.
TAG_BEFORE = re.compile(r"<[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,80})?>\s*$")
TAG_AFTER = re.compile(r"\s*</[A-Za-z][A-Za-z0-9]{0,15}>")
SCORE_FIELD = 0.9
SCORE_HANJA = 0.85

SCORE_BANNER = 0.95
SCORE_BRACKET = 0.9
SCORE_LEGAL = 0.95
SCORE_LINE_START_EDGE = 0.8
SCORE_SELF_DECLARED = 0.85
SCORE_PROSE_STRONG_KO = 0.35
SCORE_PROSE_UPPER_EN = 0.4
SCORE_PROSE = 0.1
SCORE_LEET = 0.6
SCORE_TITLE_CASE = 0.6
SCORE_TITLE_CASE_COMMON = 0.45
COMMON_WORDS = frozenset({"secret", "restricted"})  # ordinary words, written so, unless in upper case or brackets


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around [start, end), cut to LINE_LOOK characters either side (base.line_bounds): a marking in a line
    longer than that is no banner nor at a line's edge."""
    return line_bounds(text, start, end, LINE_LOOK)


def is_banner(text: str, start: int, end: int) -> bool:
    """The marking is all its line holds once decoration is stripped, but for an upper-case qualifier
    (SECRET//NOFORN) or a bracketed note; a line of prose that happens to be short is not a banner."""
    ls, le = _line_bounds(text, start, end)
    # the marking repeated on its line (`대외비 대외비`, `SECRET SECRET`) is still all the line holds
    around = (text[ls:start] + " " + text[end:le]).replace(text[start:end], " ")
    rest = around.strip(DECORATION)
    if not rest or (len(rest) <= MAX_BANNER_EXTRA and BANNER_EXTRA.fullmatch(rest) is not None):
        return True
    note = around.strip(PLAIN_DECORATION)
    return len(note) <= MAX_BANNER_EXTRA + 2 and BANNER_EXTRA.fullmatch(note) is not None


def is_self_declaration(text: str, start: int, end: int) -> bool:
    """ "이 문서는 대외비입니다", "본 자료는 내부용임": the text declares its own classification."""
    ls, le = _line_bounds(text, start, end)
    return bool(SELF_DECLARATION_BEFORE.search(text[max(ls, start - 20) : start])) and bool(
        SELF_DECLARATION_AFTER.match(text, end, le)
    )


def is_bracketed(text: str, start: int, end: int) -> bool:
    """Enclosed in brackets, or right after a stamp sign such as ※ or ■."""
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    if before and before[-1] in OPENERS and after and after[0] in CLOSERS:
        return True
    return bool(before) and before[-1] in STAMP_SIGNS


def is_tagged(text: str, start: int, end: int) -> bool:
    """The whole content of an HTML or XML element (<b>대외비</b>)."""
    return bool(TAG_BEFORE.search(text, max(0, start - 100), start)) and TAG_AFTER.match(text, end) is not None


def near_edge(text: str, start: int) -> bool:
    """In the first or last lines of the text: where headers and footers sit."""
    return _fewer_newlines(text, 0, start) or _fewer_newlines(text, start, len(text))


def _fewer_newlines(text: str, lo: int, hi: int) -> bool:
    """Fewer than EDGE_LINES line breaks in text[lo:hi], found one at a time (a count would read the whole span)."""
    pos = lo
    for _ in range(EDGE_LINES):
        i = text.find("\n", pos, hi)
        if i < 0:
            return True
        pos = i + 1
    return False


def _labelled_line_start(text: str, start: int, end: int, separators: str = LINE_START_SEPARATORS) -> bool:
    """At the start of a line and followed by a separator: "대외비: 2026 예산안", "CONFIDENTIAL - draft". (`!` is
    one only after a Korean marking, `대외비!`: "Top Secret! is a 1984 film" names a film.)"""
    ls, _ = _line_bounds(text, start, end)
    if (ls > 0 and text[ls - 1] != "\n") or text[ls:start].strip(DECORATION):
        return False
    after = text[end : end + 3].lstrip(" ")
    return bool(after) and after[0] in separators


def _spelled_apart(found: str) -> bool:
    """Three syllables or more with a dot, middle dot, dash, underscore or star in every gap (대·외·비, 비-공-개): a
    list written with middle dots (공기·밀도, 내부·용역) puts one inside a word pair and is not this."""
    pos = [i for i, c in enumerate(found) if "\uac00" <= c <= "\ud7a3"]
    return len(pos) >= 3 and all(_SPELLED_GAP.search(found, a + 1, b) for a, b in pairwise(pos))


def _declared_ko(text: str, start: int, end: int) -> bool:
    """ "대외비 문서입니다", "이건 대외비 자료라서", "'대외비' 표시가 된 보고서": the text says it is marked."""
    return (
        is_self_declaration(text, start, end)
        or DECLARED_AFTER.match(text, end) is not None
        or STAMPED_AFTER.match(text, end) is not None
    )


def _declared_en(text: str, start: int, end: int) -> bool:
    """ "This document is confidential.", "The attached report is SECRET and must not ...". A mail's disclaimer
    ("This e-mail ... is confidential and intended ...") names no document and does not count."""
    before = EN_DECLARATION_BEFORE.search(text, max(0, start - 80), start)
    return before is not None and EN_DECLARATION_AFTER.match(text, end) is not None


def _labelled_line_end(text: str, start: int, end: int) -> bool:
    """At the end of a line after a separator: "2026 업무계획 / 대외비", "인사안 - 대외비". The options of a form
    ("공개 / 비공개") are not a marking."""
    ls, le = _line_bounds(text, start, end)
    if text[end:le].strip(DECORATION):
        return False
    before = text[ls:start].rstrip(" \t")
    if not before or before[-1] not in LINE_END_SEPARATORS or not before[:-1].strip(DECORATION):
        return False
    return OPTION_BEFORE.search(text, max(ls, start - 12), start) is None


def _in_file_name(text: str, start: int, end: int) -> bool:
    """Part of a file's name, delimited in it (`사업계획_대외비_v3.pptx`): a file named so was stamped so."""
    head, tail = text[start - 1 : start], text[end : end + 1]
    return not head.isalnum() and not tail.isalnum() and FILE_TOKEN_END.match(text, end) is not None


def _held_material(text: str, start: int, end: int, korean: bool) -> bool:
    """The prompt calls what it holds marked: 아래 대외비 자료, this CONFIDENTIAL report."""
    if korean:
        return HELD_BEFORE.search(text, max(0, start - 12), start) is not None and (
            HELD_NOUN_AFTER.match(text, end) is not None
        )
    return EN_HELD_BEFORE.search(text, max(0, start - 24), start) is not None and (
        EN_HELD_NOUN_AFTER.match(text, end) is not None
    )


def _requested(text: str, start: int, end: int) -> bool:
    """Work asked for on the marked material: "대외비 보고서 요약해줘", "대외비라서 외부 유출 금지인데 요약만 해줘"."""
    if REQUESTED_NOUN_AFTER.match(text, end) is not None:
        return True
    reason = REASON_AFTER.match(text, end)
    if reason is None:
        return False
    _, le = _line_bounds(text, start, end)
    return REQUEST_WORD.search(text, reason.end(), min(le, reason.end() + REASON_REQUEST_CHARS)) is not None


def _names_a_level(text: str, start: int, end: int) -> bool:
    """Code or a scheme's list naming the level, not marking the text: `SECRET = 3`, `Level.SECRET`,
    `1. 공개 2. 대외비 3. 비밀`, `<option value="2">대외비</option>`, `enum Level { PUBLIC, INTERNAL, SECRET }`."""
    if CODE_AFTER.match(text, end) is not None or text[max(0, start - 2) : start].endswith(CODE_BEFORE):
        return True
    if OPTION_TAG_BEFORE.search(text, max(0, start - 70), start) is not None:
        return True
    ls, le = _line_bounds(text, start, end)
    if le - ls > LEVEL_LINE_MAX:
        ls, le = max(ls, start - LEVEL_LINE_MAX // 2), min(le, end + LEVEL_LINE_MAX // 2)
    own = _SEPARATORS.sub("", text[start:end]).lower()
    others = {_SEPARATORS.sub("", m.group()).lower() for m in LEVEL_NAMES.finditer(text, ls, le)}
    others.discard(own)
    return len(others) >= 2


class ClassificationMarkingRecognizer:
    entity: ClassVar[Entity] = Entity.CLASSIFICATION_MARKING

    def validate(self, value: str) -> bool | None:
        return None

    def _structural(self, text: str, start: int, end: int) -> float | None:
        if is_banner(text, start, end):
            return SCORE_BANNER
        if is_bracketed(text, start, end) or is_tagged(text, start, end):
            return SCORE_BRACKET
        if FIELD_LABEL.search(text, max(0, start - LABEL_WINDOW), start):
            return SCORE_FIELD
        if _labelled_line_start(text, start, end):
            return SCORE_LINE_START_EDGE if near_edge(text, start) else SCORE_LINE_START_EDGE - 0.1
        return None

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        name = type(self).__name__
        for m in doc.finditer(KOREAN_STRONG):
            s, e = m.start(), m.end()
            word = _SEPARATORS.sub("", m.group(0))
            if word == "기밀" and NOT_SECRECY_AFTER.match(text, e):
                continue
            if word == "비공개" and LEGAL_BASIS.search(text, e, e + LEGAL_WINDOW):
                score: float | None = SCORE_LEGAL
            else:
                score = self._structural(text, s, e)
            if score is None and word[-1] in "秘祕密":
                score = SCORE_HANJA  # modern prose does not write 對外秘 or 二級秘密: it is copied off a stamp
            if score is None and (noun := DOCUMENT_NOUN_AFTER.match(text, e)) is not None:
                score = self._structural(text, s, noun.end())  # 대외비 문서 (a title line), [대외비 문서]
            if score is None and text[e : e + 1] == "!" and _labelled_line_start(text, s, e, separators="!"):
                score = SCORE_LINE_START_EDGE  # 대외비! 외부 공유 금지
            if score is None and _declared_ko(text, s, e):
                score = SCORE_SELF_DECLARED
            if score is None and _labelled_line_end(text, s, e):
                score = SCORE_LINE_START_EDGE - 0.1
            if score is None and _spelled_apart(m.group(0)):
                score = SCORE_SELF_DECLARED  # 대·외·비, 대-외-비: spelled apart on purpose
            if score is None and (_in_file_name(text, s, e) or _held_material(text, s, e, korean=True)):
                score = SCORE_SELF_DECLARED  # 사업계획_대외비_v3.pptx, 아래 대외비 자료 (red-team #7)
            if score is None and _requested(text, s, e):
                score = SCORE_SELF_DECLARED  # 대외비 보고서 요약해줘 (red-team #8)
            if score is not None and score != SCORE_LEGAL and _names_a_level(text, s, e):
                score = None  # 1. 공개 2. 대외비 3. 비밀, <option>대외비</option>: the scheme, not a mark
            yield Finding(self.entity, s, e, score if score is not None else SCORE_PROSE_STRONG_KO, name, None)
        for m in doc.finditer(KOREAN_STAMP_ONLY):
            s, e = m.start(), m.end()
            if NOT_STAMP_AFTER[m.group(0).replace(" ", "")].match(text, e):
                continue
            if text[max(0, s - 2) : s].endswith("급") or text[max(0, s - 3) : s].replace(" ", "").endswith("급"):
                continue  # part of "II급 비밀", reported above
            if (is_banner(text, s, e) or is_bracketed(text, s, e) or is_tagged(text, s, e)) and not _names_a_level(
                text, s, e
            ):
                yield Finding(self.entity, s, e, SCORE_BRACKET, name, None)
        for m in doc.finditer(CONTROL_MARK):
            s, e = m.start(1), m.end(1)
            yield Finding(self.entity, s, e, self._structural(text, s, e) or SCORE_SELF_DECLARED, name, None)
        for m in doc.finditer(PORTION_MARK):
            yield Finding(self.entity, m.start(1), m.end(1), SCORE_BRACKET, name, None)
        for m in doc.finditer(ENGLISH):
            s, e = m.start(1), m.end(1)
            if e < len(text) and ("a" <= text[e] <= "z" or "A" <= text[e] <= "Z"):
                continue  # secretary, confidentiality
            score = self._structural(text, s, e)
            word = m.group(1)
            if score is None and _declared_en(text, s, e):
                score = SCORE_SELF_DECLARED
            if score is None and any(c.isdigit() for c in word):
                score = SCORE_LEET  # C0NFIDENTIAL: digits for letters, on purpose
            if score is None and (_in_file_name(text, s, e) or _held_material(text, s, e, korean=False)):
                score = SCORE_SELF_DECLARED  # Budget_CONFIDENTIAL.pdf, this CONFIDENTIAL report (red-team #7)
            if score is None and _QUALIFIED_WORD.fullmatch(word) and (word.isupper() or word.istitle() or "&" in word):
                score = SCORE_SELF_DECLARED  # Company Confidential, PRIVATE & CONFIDENTIAL: a footer's words
            if score is not None and _names_a_level(text, s, e):
                score = SCORE_PROSE  # SECRET = 3, enum Level { PUBLIC, INTERNAL, SECRET }: code, not a mark
            if score is None:
                score = SCORE_PROSE_UPPER_EN if word.isupper() and len(word) > 3 else SCORE_PROSE
            elif not m.group(1).isupper() and not is_bracketed(text, s, e):
                # "Confidential" as a heading is likelier a title than a stamp; "Secret." or "## Restricted" on a line
                # of its own, a line of dialogue or a section of API documentation
                score = min(score, SCORE_TITLE_CASE_COMMON if word.lower() in COMMON_WORDS else SCORE_TITLE_CASE)
            yield Finding(self.entity, s, e, score, name, None)
        for m in doc.finditer(SPELLED_OUT):
            s, e = m.start(1), m.end(1)
            if e < len(text) and text[e].isalpha():
                continue
            score = SCORE_BANNER if is_banner(text, s, e) else SCORE_SELF_DECLARED
            yield Finding(self.entity, s, e, score, name, None)
