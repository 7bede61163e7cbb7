"""Classification markings, CLASSIFICATION_MARKING: Korean government and corporate labels, English ones.

Korean: Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀 (also I급, 2급, 이급, 비밀등급 II급, with or without spaces), 대외비,
비공개 (above all with its legal basis, 「공공기관의 정보공개에 관한 법률」 제9조), 내부용, 취급주의, 사내한정,
외부유출금지, 기밀, 극비, 秘密; 비밀 in a grade field or column or said of a document (비밀 문서를 요약해줘); as
stamps or headings only, 보안, 공개불가, 배포 금지, 열람 제한. English: TOP SECRET, SECRET, CONFIDENTIAL, RESTRICTED,
FOUO / FOR OFFICIAL USE ONLY, CUI, INTERNAL ONLY, DO NOT DISTRIBUTE, NOT FOR PUBLIC RELEASE, NOFORN,
OFFICIAL-SENSITIVE (UK), TLP:RED and TLP:AMBER. References: 보안업무규정 (Presidential Decree) art. 4 on grades of
secrets; 공공기관의 정보공개에 관한 법률 art. 9; US EO 13526 and 32 CFR 2002 (CUI); the UK Government Security
Classifications; FIRST Traffic Light Protocol 2.0 (https://www.first.org/tlp/).

Scored by structure, not by the word: a marking that is a line of its own (a banner, header or footer),
or stands in brackets or after a stamp sign, scores high; the same word inside ordinary prose ("비밀번호 재설정",
"the secret to good kimchi", "this is confidential between us") stays below the blocking threshold.
Input is NFKC-normalised by the engine, so Ⅱ arrives as II and full-width letters as ASCII.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

import re2

from detectors import base
from detectors.base import Document, line_bounds, looks_like_header
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
# Emoji and pictographs count as gaps too (대❤외❤비; red-team #9): the engine has already dropped their variation
# selectors and joiners.
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_GAP_CHARS = r"·ㆍ・‧∙•.\-_*/" + _EMOJI
_SEP = rf"[\s{_GAP_CHARS}]{{0,3}}"
KOREAN_STRONG = re2.compile(
    (
        r"(?:III|II|I|[123]|[일이삼])\s?급\s?비\s?밀|[대對]\s?[외外]\s?[비秘祕]|[극極]\s?[비秘祕]|취급\s?주의|사내\s?한정|외부\s?유출\s?금지|"
        r"대외\s?주의|내부\s?용|내부\s?한정|비\s?공\s?개|[기機]\s?[밀密]|사\s?외\s?비|비\s?밀\s?(?:III|II|I|[123])\s?급|"
        r"비\s?밀\s?등\s?급\s?[:：]?\s?(?:III|II|I|[123])\s?급|"
    ).replace(r"\s?", _SEP)
    # the same markings in hanja, as older documents and stamps write them (對外秘, Ⅱ級秘密, 極秘, 機密, 秘密)
    + r"對\s?外\s?[秘祕]|極\s?[秘祕]|機\s?密|(?:III|II|I|[123]|[一二三])\s?級\s?[秘祕]\s?密|[秘祕]\s?密"
    # Japanese and Chinese forms a pasted document may carry: 社外秘, 対外秘, 部外秘, 極秘, 取扱注意; 机密, 绝密
    + r"|[社対部]\s?外\s?[秘祕]|取\s?扱\s?注\s?意|[机]\s?密|[绝絕]\s?密"
)
_SEPARATORS = re.compile(rf"[\s{_GAP_CHARS}]")
_SPELLED_GAP = re.compile(rf"[{_GAP_CHARS}]")
NOT_SECRECY_AFTER = re.compile(r"\s?(?:성|유지\s?계약)")  # 기밀성, 기밀유지계약: about secrecy, not a marking
KOREAN_STAMP_ONLY = re2.compile(r"비\s?밀|보\s?안")
NOT_STAMP_AFTER = {
    "비밀": re.compile(r"\s?번호|글|리|스럽|로|이야기|번|의|\s?등급"),
    "보안": re.compile(r"\s?(?:점검|패치|업데이트|교육)"),
}
# Digits for letters (C0NFIDENTIAL, S3CRET, T0P SECRET) are read as the letters; a word spelled so is deliberate.
_O, _E, _I, _A = "[o0]", "[e3]", "[i1l]", "[a4@]"
_SECRET = f"[s$5]{_E}cr{_E}t"
_CONFIDENTIAL = f"c{_O}nf{_I}d{_E}nt{_I}{_A}l"  # also C0NF1D3NT14L, every letter that has a digit written as one
# The footers of company documents: Company Confidential, Private & Confidential, Highly Confidential ...
_QUALIFIED = r"(?:strictly|highly|company|business|private\s*(?:&|and)|proprietary\s*(?:&|and)|privileged\s*(?:&|and))"
_QUALIFIER_GAP = r"[\s\-_]+"  # Company Confidential, Company-Confidential (red-team #8), Company_Confidential
_QUALIFIED_AFTER = r"\s*(?:&|and)\s*(?:proprietary|privileged)"  # Confidential & Proprietary (red-team #9)
ENGLISH = re2.compile(
    rf"(?i)(?:^|[^A-Za-z$])(t{_O}p[\s\-_]*{_SECRET}|{_QUALIFIED}{_QUALIFIER_GAP}{_CONFIDENTIAL}|"
    rf"{_CONFIDENTIAL}{_QUALIFIED_AFTER}|{_CONFIDENTIAL}|{_SECRET}|"
    rf"r{_E}str{_I}ct{_E}d|fouo|for\s+internal\s+use\s+only|"
    r"for\s+official\s+use\s+only|controlled\s+unclassified\s+information|cui|internal\s+(?:use\s+)?only|"
    # the UK's OFFICIAL-SENSITIVE (Government Security Classifications); OFFICIAL alone marks nothing sensitive
    r"official[\s\-_]+sensitive|"
    r"do\s+not\s+(?:distribute|forward|copy)|not\s+for\s+(?:public\s+)?(?:distribution|release)|noforn)"
)
# The Traffic Light Protocol's restricted levels (FIRST TLP 2.0, used by KISA and national CERTs for shared threat
# information): TLP:RED, TLP:AMBER, TLP:AMBER+STRICT. TLP:GREEN and TLP:CLEAR allow sharing and mark nothing here.
TLP = re2.compile(r"(?i)(?:^|[^A-Za-z0-9])(tlp\s?:\s?(?:red|amber(?:\s?\+\s?strict)?))")
TLP_LEVEL = re2.compile(r"(?i)tlp\s?:\s?(red|amber|green|clear|white)")
TLP_SCHEME_LEVELS = 3  # three colours or more near each other: the scheme explained, not a document marked
TLP_SCHEME_WINDOW = 300
# Asked about, not marking the text: "What does TLP:RED mean?", "TLP:AMBER의 뜻". A cue on the line and a question
# mark after the label, or a Korean word for meaning right after it.
ASKED_CUE = re.compile(
    r"(?i)\bwhat\s+(?:does|do|is|are)\b|\bwhat's\b|\bmeaning\b|\bmeans?\b|\bstand\s+for\b|\bdifference\b|\bdefin"
)
ASKED_AFTER_KO = re.compile(r"\s?(?:은|는|이|가|의)?\s?(?:뜻|의미|정의|차이|무엇|뭐|어떤|란|이란)")
ASKED_WINDOW = 60
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
_COPULA = r"(?:입니다|이고|임|이다|이며|이니|이라서|이므로|이에요|이야|예요|라서|라|야(?![가-힣]))"
SELF_DECLARATION_AFTER = re.compile(rf"{_NOUN}?\s?(?:{_COPULA}|(?:으)?로\s?(?:분류|지정|관리|취급))|\s?문서")
# Said of the text at hand without a demonstrative: "대외비 문서입니다", "대외비 자료임".
DECLARED_AFTER = re.compile(rf"{_NOUN}\s?{_COPULA}")
# The marking as a stamp on the document: "'대외비' 표시가 된 보고서", "대외비 도장이 찍힌 문서", "대외비 도장
# 찍혀있는데" (red-team #9), "대외비라고 적힌 문서". Not what a notice says of any such document ("대외비 표시가 있는
# 문서는 입력하지 마세요": a document noun with a topic particle after the stamp is every such document).
STAMPED_AFTER = re.compile(
    r"[\"'”’」』]?\s?(?:(?:이)?라고\s?(?:적힌|적혀|쓰인|쓰여|찍힌|찍혀|표시된|표시돼|표기된|되어)|"
    r"(?:표시|표기|도장|스탬프|직인|마크|딱지|라벨|워터마크)\s?(?:가|이|을|를)?"
    r"\s?(?:된|됨|돼|되어|찍힌|찍혀|찍혔|박힌|박혀|붙은|붙어|있는|있어|있음|있고|있습))"
)
STAMPED_NOTICE_AFTER = re.compile(r"[^\n.?!]{0,6}?\s?(?:문서|자료|보고서|파일|문건|공문)\s?(?:은|는)(?![가-힣])")
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
# Between the marking and the noun: a copula or a classification verb (대외비인 계획서, 대외비로 관리되는 자료).
_QUALIFIER = r"(?:인|(?:으)?로\s?(?:분류|지정|관리|취급|표시)\s?(?:된|되는|되어\s?있는|돼\s?있는)|등급의?)"
_REQUEST_NOUN = r"(?:문서|자료|보고서|문건|파일|내용|초안|메모|회의록|계획서?|공문|보고)"
# 비밀 is an everyday word (비밀 이야기, 비밀 메모, 비밀 파일): only the nouns of official paper make it a marking.
_PAPER_NOUN = r"(?:문서|자료|보고서|문건|공문|기록물|계획서|회의록|서류)"
# How such work is done is asked about the kind, not the material at hand: 대외비 자료를 정리하는 방법.
_NOT_HOW = r"(?!\s?(?:하는|할|하려면|하기|되는|된|방법|요령|법\b))"
_REQUEST_TAIL = (
    r"\s?(?:을|를|은|는|도|의 내용을|내용을)?\s?(?:좀\s?|간단히\s?|짧게\s?|[가-힣A-Za-z0-9]{1,6}(?:로|으로)\s?)?"
    + _REQUEST
    + _NOT_HOW
)
REQUESTED_NOUN_AFTER = re.compile(rf"{_QUALIFIER}?\s?{_REQUEST_NOUN}{_REQUEST_TAIL}")
REQUEST_WORD = re.compile(_REQUEST)
_REASON = r"(?:이)?(?:라서|인데|이지만|지만|이긴 한데|이니까|니까|이라도|라도|이어도|여도)\s"
REASON_AFTER = re.compile(rf"(?:{_QUALIFIER}?\s?{_REQUEST_NOUN})?{_REASON}")
# 비밀 said of a document: 비밀 문서를 요약해줘, 이건 비밀 자료라서, 비밀로 분류된 문서야 (red-team #9).
# Not 비밀 이야기, 비밀로 해줘, 비밀 문서는 어떻게 관리하나요.
_STRICT_COPULA = (
    r"(?:입니다|이에요|예요|이라서|라서|인데|이지만|이니까|이므로|이며|이고|이다|(?:이야|야|임)(?![가-힣]))"
)
_SECRET_QUALIFIER = rf"(?:{_QUALIFIER}\s?|\s?)"
SECRET_DECLARED_AFTER = re.compile(rf"{_SECRET_QUALIFIER}{_PAPER_NOUN}\s?{_STRICT_COPULA}")
SECRET_REQUESTED_AFTER = re.compile(rf"{_SECRET_QUALIFIER}{_PAPER_NOUN}{_REQUEST_TAIL}")
SECRET_CLASSIFIED_AFTER = re.compile(r"(?:으)?로\s?(?:분류|지정|관리|취급|표시)")
PAPER_NOUN_AFTER = re.compile(r"\s?" + _PAPER_NOUN)
# "이 문서는 비밀입니다": the document itself, named (이건 비밀이야 says nothing of a document).
SECRET_SELF_BEFORE = re.compile(r"(?:이|본|해당|아래|다음|위|첨부(?:한|된)?)\s?" + _PAPER_NOUN + r"[은는이가]\s?$")
SECRET_SELF_AFTER = re.compile(rf"{_STRICT_COPULA}|(?:으)?로\s?(?:분류|지정)")
# A graded secret (Ⅱ급 비밀, 3급 비밀, 비밀등급 II급) is a marking wherever it stands (red-team #9), unless the
# sentence is about the scheme: its handling, clearance, definition or rules. 1급 and 일급 are left out: 일급비밀 is
# everyday Korean for "top secret" (우리 가게 일급비밀 레시피).
GRADED = re.compile(r"(?:III|II|I|[23])급비밀|비밀(?:등급[:：]?)?(?:III|II|I|[123])급")
SCHEME_AFTER = re.compile(
    r"\s?(?:(?:의|은|는|이|가|을|를|과|와|에\s?대한|에\s?관한)\s?)?"
    r"(?:취급|인가|보호\s?기간|분류|지정|기준|정의|뜻|의미|차이|란|이란|개념|관리\s?(?:규정|방법|절차|요령)|"
    r"작성\s?(?:요령|방법)|보관|파기|해제|열람\s?권한|종류|예시|무엇|뭐|어떤|어떻게|관련|까지|이상|이하|수준|체계|"
    r"에\s?(?:대해|관해))"
    # another grade in a list beside it: I급 비밀과 II급 비밀, 2급 또는 3급 비밀
    r"|\s?(?:과|와|및|,|/|이나|또는)\s?(?:III|II|I|[123]|[일이삼])\s?급"
)
SCHEME_WINDOW = 16  # characters read before a marking for the words that lead up to it
SCHEME_BEFORE = re.compile(r"(?:보안업무규정|규정|시행규칙|법령|지침)\s?(?:상|에서|의|에\s?따른|에\s?따라|에는)?\s?$")
# Headings and stamps in Korean beside the grades: 공개불가, 배포 금지 (외부 배포 금지), 열람 제한. The news's
# "무단 전재 및 재배포 금지" is a copyright line, not a marking.
KOREAN_HEADING = re2.compile(r"(?:(?:외부|대외)\s?)?배\s?포\s?금\s?지|열\s?람\s?제\s?한|공\s?개\s?불\s?가")
COPYRIGHT_BEFORE = re.compile(r"무단|전재|복제|저작권|재$")
COPYRIGHT_WINDOW = 16
# English: the memo at hand said to be marked ("This memo is marked CONFIDENTIAL", "The following memo is classified
# Secret."; red-team #9). A definition ("A document is classified SECRET if ...") is not: it names no document held.
_EN_DOC = (
    r"(?:document|report|memo|briefing|file|material|presentation|deck|draft|letter|email|e-mail|page|cable|annex)"
)
EN_MARKED_BEFORE = re.compile(
    r"(?i)\b(?:(?:this|that|the|my|our|your|these|those|attached|enclosed)\s+"
    rf"(?:(?:attached|enclosed|following|below|above)\s+)?{_EN_DOC}s?|it|which)"
    r"(?:\s+(?:is|was|are|were|has\s+been|have\s+been)|'s)?\s+(?:marked|classified|stamped|label(?:l)?ed|designated)"
    r"\s+(?:as\s+)?[\"'“‘(\[]?$"
)
EN_DEFINITION_AFTER = re.compile(r"(?i)[\"'”’)\]]?\s+(?:if|when|unless|where)\b")
# ... or an instruction or a condition: "make sure this memo is marked CONFIDENTIAL", "if the file is marked SECRET".
EN_CONDITION_BEFORE = re.compile(r"(?i)\b(?:make\s+sure|ensure|check|verify|whether|if|how|should|must|need)\b")
EN_MARKED_WINDOW = 100
# An upper-case marking that names the paper it stands on ("CONFIDENTIAL memo", "TOP SECRET report"): a stamp's
# words, or a marking spelled out letter by letter that the engine has joined (C O N F I D E N T I A L memo).
EN_STAMPED_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:document|report|memo|briefing|file|dossier|cable|annex|attachment|minutes)s?\b"
)
# A CSV or Markdown table whose header names a classification column: the value in that column is the marking of the
# row's document (`문서번호,보안등급,제목` then `17,비밀,...`; `doc_id,grade,title` then `17,대외비,...`; red-team #9).
# A table that explains the levels (a description or criteria column beside the level) marks nothing.
GRADE_COLUMN = re.compile(
    r"(?:보안|비밀|문서|자료)?등급|(?:보안|비밀)(?:분류|구분)|(?:doc|document|security|data|info|information)?"
    r"(?:classification|grade)|(?:doc|document|security|data|info|information)(?:level|class|marking)|"
    r"sensitivity|protectivemarking|marking|tlp"
)
SCHEME_COLUMN = re.compile(r"설명|정의|의미|기준|예시|(?i:description|definition|meaning|criteria|example|explanation)")
TABLE_DELIMITERS = (",", "\t", "|", ";")
_CELL_STRIP = " \t\"'`*"
_QUOTED = re.compile(r'"[^"\n]*"')
MAX_TABLE_ROWS = 200  # lines walked up from a row to its header
MAX_TABLE_LINE = 1000
# Other markings a heading line may hold beside this one ("Restricted - do not distribute", "배포 금지 - 내부 검토용").
OTHER_MARKINGS = re.compile(
    r"(?i)\b(?:top\s*secret|secret|confidential|restricted|proprietary|privileged|internal(?:\s+use)?\s+only|"
    r"do\s+not\s+(?:distribute|forward|copy)|not\s+for\s+(?:public\s+)?(?:distribution|release)|"
    r"official[\s\-_]*sensitive|noforn|fouo|tlp\s?:\s?(?:red|amber)(?:\s?\+\s?strict)?|and)\b|&|"
    r"대외비|비밀|극비|기밀|(?:외부\s?|대외\s?)?배포\s?금지|열람\s?제한|공개\s?불가|내부\s?(?:검토\s?)?용|취급\s?주의|"
    r"사내\s?한정|외부\s?유출\s?금지"
)
MAX_HEADING_REST = 80
REASON_REQUEST_CHARS = 60
EN_HELD_BEFORE = re.compile(r"(?i)\b(?:this|these|the\s+(?:following|attached|enclosed|below)|attached|below)\s+$")
EN_HELD_NOUN_AFTER = re.compile(
    r"(?i)\s+(?:document|report|memo|briefing|file|material|presentation|deck|draft|minutes|plan|email|text)s?\b"
)
# Code that names the level as a constant, not a mark on the text: SECRET = 3, Level.SECRET, SecurityLevel::SECRET.
CODE_AFTER = re.compile(r"\s*(?:=(?!=)|:\s*[0-9]{1,2}\s*(?:[,;}\n]|$))")
CODE_BEFORE = (".", "::", "->")
_QUALIFIED_WORD = re.compile(rf"(?i){_QUALIFIED}{_QUALIFIER_GAP}{_CONFIDENTIAL}|{_CONFIDENTIAL}{_QUALIFIED_AFTER}")
# The levels listed as the options of a scheme (1. 공개 2. 대외비 3. 비밀; enum { PUBLIC, SECRET }; <option>대외비
# </option>): the line names two other levels as well, or the marking is a form's option.
LEVEL_NAMES = re2.compile(
    r"공개|비공개|일반|내부용|대외비|극비|기밀|(?:III|II|I|[123])\s?급\s?비밀|(?:III|II|I|[123])\s?급|비밀|"
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
    r"(?i:(?:보안|비밀|문서|자료)\s?(?:등급|분류|구분)|분류|등급|classification|security[\s_\-]?(?:level|class|marking)|"
    r"sensitivity|protective\s?marking|marking|handling|caveat)\s*[\"']?\s*[:=|：>,\t]\s*[\"'<]?\s*$"
)
LABEL_WINDOW = 32
# The narrower labels that make 비밀 a marking: a grade (보안등급: 비밀, "grade": "비밀"), not a category
# (구분: 비밀 is a private post on a board).
GRADE_LABEL = re.compile(
    r"(?i:(?:보안|비밀|문서|자료)\s?등급|등급|classification|security[\s_\-]?(?:level|class|marking|grade)|grade|"
    r"protective\s?marking)\s*[\"']?\s*[:=|：>,\t]\s*[\"'<]?\s*$"
)
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
    if len(note) <= MAX_BANNER_EXTRA + 2 and BANNER_EXTRA.fullmatch(note) is not None:
        return True
    # a heading of several markings: "Restricted - do not distribute", "배포 금지 - 내부 검토용"
    return len(rest) <= MAX_HEADING_REST and not OTHER_MARKINGS.sub(" ", rest).strip(DECORATION)


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
    return is_self_declaration(text, start, end) or DECLARED_AFTER.match(text, end) is not None or _stamped(text, end)


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


def _level_index(doc: Document) -> tuple[list[int], list[int], list[str]]:
    """Every level name in the text (starts, ends, the name without separators, lower-cased): one re2 pass, read by
    `_names_a_level` for each marking's line window."""
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str] = []
    for m in doc.finditer(LEVEL_NAMES):
        found = m.group(0)
        starts.append(m.start())
        ends.append(m.end())
        keys.append((found if found.isalnum() else _SEPARATORS.sub("", found)).lower())
    return starts, ends, keys


def _names_a_level(doc: Document, start: int, end: int) -> bool:
    """Code or a scheme's list naming the level, not marking the text: `SECRET = 3`, `Level.SECRET`,
    `1. 공개 2. 대외비 3. 비밀`, `<option value="2">대외비</option>`, `enum Level { PUBLIC, INTERNAL, SECRET }`."""
    text = doc.text
    if CODE_AFTER.match(text, end) is not None or text[max(0, start - 2) : start].endswith(CODE_BEFORE):
        return True
    if OPTION_TAG_BEFORE.search(text, max(0, start - 70), start) is not None:
        return True
    ls, le = _line_bounds(text, start, end)
    if le - ls > LEVEL_LINE_MAX:
        ls, le = max(ls, start - LEVEL_LINE_MAX // 2), min(le, end + LEVEL_LINE_MAX // 2)
    own = _SEPARATORS.sub("", text[start:end]).lower()
    starts, ends, keys = doc.memo("marking_levels", _level_index)
    others: set[str] = set()
    for i in range(bisect_left(starts, ls), len(starts)):
        if ends[i] > le:
            break
        if ends[i] <= start or starts[i] >= end:  # the words inside the marking are not others (2급 비밀)
            others.add(keys[i])
            others.discard(own)
            if len(others) >= 2:
                return True
    return False


def _level_scheme(text: str, start: int, end: int) -> bool:
    """About a graded secret, the scheme's own terms follow or precede it: "3급 비밀 취급 인가 절차", "II급 비밀의
    보호기간", "보안업무규정상 II급 비밀은"."""
    if SCHEME_AFTER.match(text, end) is not None:
        return True
    return SCHEME_BEFORE.search(text, max(0, start - SCHEME_WINDOW), start) is not None


def _asked_about(text: str, start: int, end: int) -> bool:
    """The label asked about rather than marking the text: "What does TLP:RED mean?", "TLP:AMBER의 뜻은?"."""
    if ASKED_AFTER_KO.match(text, end) is not None:
        return True
    ls, le = _line_bounds(text, start, end)
    window = text[max(ls, start - ASKED_WINDOW) : min(le, end + ASKED_WINDOW)]
    return "?" in text[end : min(le, end + ASKED_WINDOW)] and ASKED_CUE.search(window) is not None


def _tlp_index(doc: Document) -> tuple[list[int], list[str]]:
    """Every TLP label in the text (starts, colours): one re2 pass, read by `_tlp_scheme` for each label's window."""
    labels = [(m.start(), m.group(1).lower()) for m in doc.finditer(TLP_LEVEL)]
    return [start for start, _ in labels], [colour for _, colour in labels]


def _tlp_scheme(doc: Document, start: int, end: int) -> bool:
    """Three TLP colours or more near each other: the protocol explained (TLP:RED, TLP:AMBER, TLP:GREEN, TLP:CLEAR)."""
    starts, colours = doc.memo("marking_tlp", _tlp_index)
    seen: set[str] = set()
    for i in range(bisect_left(starts, start - TLP_SCHEME_WINDOW), len(starts)):
        if starts[i] > end + TLP_SCHEME_WINDOW:
            break
        seen.add(colours[i])
        if len(seen) >= TLP_SCHEME_LEVELS:
            return True
    return False


def _marked_en(text: str, start: int, end: int) -> bool:
    """ "This memo is marked CONFIDENTIAL", "The following memo is classified Secret.": the document at hand is
    said to carry the marking. "A document is classified SECRET if ..." defines the level instead."""
    ls, _ = _line_bounds(text, start, end)
    lo = max(ls, start - EN_MARKED_WINDOW)
    before = EN_MARKED_BEFORE.search(text, lo, start)
    if before is None or EN_DEFINITION_AFTER.match(text, end) is not None:
        return False
    sentence = max(lo, *(text.rfind(c, lo, before.start()) + 1 for c in ".!?;"))
    return EN_CONDITION_BEFORE.search(text, sentence, before.start()) is None


def _stamped(text: str, end: int) -> bool:
    """ "대외비 도장 찍혀있는데", "'대외비' 표시가 된 보고서": the stamp described on the document at hand."""
    stamp = STAMPED_AFTER.match(text, end)
    return stamp is not None and STAMPED_NOTICE_AFTER.match(text, stamp.end()) is None


def _declared_secret(text: str, start: int, end: int) -> bool:
    """비밀 said of a document: 비밀 문서를 요약해줘, 이건 비밀 자료라서, 비밀로 분류된 문서야, 이 문서는 비밀입니다,
    아래 비밀 문서, '비밀' 도장이 찍힌."""
    if SECRET_DECLARED_AFTER.match(text, end) or SECRET_REQUESTED_AFTER.match(text, end) or _stamped(text, end):
        return True
    if SECRET_SELF_BEFORE.search(text, max(0, start - SCHEME_WINDOW), start) and SECRET_SELF_AFTER.match(text, end):
        return True
    held = HELD_BEFORE.search(text, max(0, start - 12), start) is not None
    return held and PAPER_NOUN_AFTER.match(text, end) is not None


def _table_header(doc: Document, line_start: int) -> str:
    """The header line of the table the row at `line_start` belongs to, when it names a classification column."""
    return base.table_header_above(
        doc, line_start, "marking_table_header", _grade_header, rows=MAX_TABLE_ROWS, reach=MAX_TABLE_LINE
    )


def _grade_header(line: str) -> bool:
    return looks_like_header(line) and any(GRADE_COLUMN.fullmatch(n) for n in _cell_names(line))


def _cell_names(header: str, delimiter: str | None = None) -> list[str]:
    """A header's column names, lower-cased, without spaces, underscores or dashes (`Security Level` is
    `securitylevel`); split at `delimiter`, or at the first of TABLE_DELIMITERS the header holds."""
    if delimiter is None:
        delimiter = next((d for d in TABLE_DELIMITERS if d in header), ",")
    cells = _QUOTED.sub(lambda m: m.group().replace(delimiter, " "), header).split(delimiter)
    return [c.strip(_CELL_STRIP).lower().replace(" ", "").replace("_", "").replace("-", "") for c in cells]


def _in_grade_column(doc: Document, start: int, end: int) -> bool:
    """The whole cell of a table row under a classification column: `문서번호,보안등급,제목` then `17,비밀,...`. A
    table that explains the levels (a description or criteria column) is not a register of marked documents."""
    text = doc.text
    ls, le = _line_bounds(text, start, end)
    if ls == 0 or text[ls - 1] != "\n" or le - ls > MAX_TABLE_LINE:
        return False
    for d in TABLE_DELIMITERS:
        before, after = text[ls:start], text[end:le]
        cell_start = before.rfind(d)
        cell_end = after.find(d)
        if cell_start < 0 and cell_end < 0:
            continue
        own = before[cell_start + 1 :] + after[: cell_end if cell_end >= 0 else len(after)]
        if own.strip(_CELL_STRIP):
            continue  # more than the marking in the cell
        header = _table_header(doc, ls)
        if d not in header:
            continue
        names = _cell_names(header, d)
        column = _QUOTED.sub("", before).count(d)
        if any(SCHEME_COLUMN.search(n) for n in names):
            return False
        return column < len(names) and GRADE_COLUMN.fullmatch(names[column]) is not None
    return False


class ClassificationMarkingRecognizer:
    entity: ClassVar[Entity] = Entity.CLASSIFICATION_MARKING

    def validate(self, value: str) -> bool | None:
        return None

    def _structural(self, text: str, start: int, end: int, line_start: bool = True) -> float | None:
        """A banner, brackets or a tag, a field's label, or (unless `line_start` is False) the start of a line with a
        separator after it."""
        if is_banner(text, start, end):
            return SCORE_BANNER
        if is_bracketed(text, start, end) or is_tagged(text, start, end):
            return SCORE_BRACKET
        if FIELD_LABEL.search(text, max(0, start - LABEL_WINDOW), start):
            return SCORE_FIELD
        if line_start and _labelled_line_start(text, start, end):
            return SCORE_LINE_START_EDGE if near_edge(text, start) else SCORE_LINE_START_EDGE - 0.1
        return None

    def find(self, doc: Document) -> Iterator[Finding]:
        yield from self._korean(doc)
        yield from self._secret_and_headings(doc)
        text = doc.text
        name = type(self).__name__
        for m in doc.finditer(CONTROL_MARK):
            s, e = m.start(1), m.end(1)
            yield Finding(self.entity, s, e, self._structural(text, s, e) or SCORE_SELF_DECLARED, name, None)
        for m in doc.finditer(PORTION_MARK):
            yield Finding(self.entity, m.start(1), m.end(1), SCORE_BRACKET, name, None)
        yield from self._english(doc)
        yield from self._tlp(doc)
        for m in doc.finditer(SPELLED_OUT):
            s, e = m.start(1), m.end(1)
            if e < len(text) and text[e].isalpha():
                continue
            score = SCORE_BANNER if is_banner(text, s, e) else SCORE_SELF_DECLARED
            yield Finding(self.entity, s, e, score, name, None)

    def _korean(self, doc: Document) -> Iterator[Finding]:
        """The Korean (and hanja) markings of KOREAN_STRONG."""
        text = doc.text
        name = type(self).__name__
        for m in doc.finditer(KOREAN_STRONG):
            s, e = m.start(), m.end()
            word = _SEPARATORS.sub("", m.group(0))
            if word == "기밀" and NOT_SECRECY_AFTER.match(text, e):
                continue
            column = False
            if word == "비공개" and LEGAL_BASIS.search(text, e, e + LEGAL_WINDOW):
                score: float | None = SCORE_LEGAL
            else:
                score = self._structural(text, s, e)
            if score is None and _in_grade_column(doc, s, e):
                score, column = SCORE_FIELD, True  # doc_id,grade,title / 17,대외비,... (red-team #9)
            if score is None and word[-1] in "秘祕密" and word not in ("秘密", "祕密"):
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
                score = SCORE_SELF_DECLARED  # 대·외·비, 대-외-비, 대❤외❤비: spelled apart on purpose
            if score is None and (_in_file_name(text, s, e) or _held_material(text, s, e, korean=True)):
                score = SCORE_SELF_DECLARED  # 사업계획_대외비_v3.pptx, 아래 대외비 자료 (red-team #7)
            if score is None and _requested(text, s, e):
                score = SCORE_SELF_DECLARED  # 대외비 보고서 요약해줘 (red-team #8)
            if score is None and GRADED.fullmatch(word) and not _level_scheme(text, s, e):
                score = SCORE_SELF_DECLARED  # Ⅱ급 비밀 문서야 (red-team #9)
            if score is not None and score != SCORE_LEGAL and not column and _names_a_level(doc, s, e):
                score = None  # 1. 공개 2. 대외비 3. 비밀, <option>대외비</option>: the scheme, not a mark
            yield Finding(self.entity, s, e, score if score is not None else SCORE_PROSE_STRONG_KO, name, None)

    def _secret_and_headings(self, doc: Document) -> Iterator[Finding]:
        """비밀 and 보안, markings only as stamps (비밀 also in a grade field or column, or said of a document), and
        the headings 공개불가, 배포 금지, 열람 제한."""
        text = doc.text
        name = type(self).__name__
        for m in doc.finditer(KOREAN_STAMP_ONLY):
            s, e = m.start(), m.end()
            word = m.group(0).replace(" ", "")
            if text[max(0, s - 2) : s].endswith("급") or text[max(0, s - 3) : s].replace(" ", "").endswith("급"):
                continue  # part of "II급 비밀", reported above
            score: float | None = None
            if word == "비밀":
                score = self._secret_score(doc, s, e)
            elif NOT_STAMP_AFTER[word].match(text, e):
                continue
            if score is None and NOT_STAMP_AFTER[word].match(text, e):
                continue
            if score is None and (is_banner(text, s, e) or is_bracketed(text, s, e) or is_tagged(text, s, e)):
                score = SCORE_BRACKET
            if score is not None and not _names_a_level(doc, s, e):
                yield Finding(self.entity, s, e, score, name, None)
        for m in doc.finditer(KOREAN_HEADING):
            s, e = m.start(), m.end()
            if text[s - 1 : s].isalpha() or COPYRIGHT_BEFORE.search(text, max(0, s - COPYRIGHT_WINDOW), s):
                continue  # 재배포 금지, 정보공개불가, 무단 전재 및 배포 금지
            # "배포 금지 - 내부 검토용" heads a document; "열람 제한: 관리자만" and "공개불가 - 개인정보 포함" say
            # what a setting or a decision is
            score = self._structural(text, s, e, line_start="배" in m.group(0))
            if score is None and (noun := DOCUMENT_NOUN_AFTER.match(text, e)) is not None:
                score = self._structural(text, s, noun.end())  # 배포 금지 문서 (a title line)
            if score is None and _labelled_line_end(text, s, e):
                score = SCORE_LINE_START_EDGE - 0.1  # 2026 업무계획 / 공개불가
            if score is None and _declared_ko(text, s, e):
                score = SCORE_SELF_DECLARED  # 이 자료는 외부 배포 금지입니다
            if score is not None and not _names_a_level(doc, s, e):
                yield Finding(self.entity, s, e, score, name, None)

    def _secret_score(self, doc: Document, s: int, e: int) -> float | None:
        """비밀 in a grade field (보안등급: 비밀) or a grade column, or said of a document (비밀 문서를 요약해줘):
        red-team #9. None leaves it to the stamp rules."""
        text = doc.text
        if GRADE_LABEL.search(text, max(0, s - LABEL_WINDOW), s) or _in_grade_column(doc, s, e):
            return SCORE_FIELD
        if NOT_STAMP_AFTER["비밀"].match(text, e) and not SECRET_CLASSIFIED_AFTER.match(text, e):
            return None  # 비밀번호, 비밀로 해줘, 비밀 이야기; 비밀로 분류된 문서 reads on
        return SCORE_SELF_DECLARED if _declared_secret(text, s, e) else None

    def _english(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        name = type(self).__name__
        for m in doc.finditer(ENGLISH):
            s, e = m.start(1), m.end(1)
            if e < len(text) and ("a" <= text[e] <= "z" or "A" <= text[e] <= "Z"):
                continue  # secretary, confidentiality
            score = self._structural(text, s, e)
            word = m.group(1)
            if score is None and _in_grade_column(doc, s, e):
                score = SCORE_FIELD
            if score is None and _declared_en(text, s, e):
                score = SCORE_SELF_DECLARED
            if score is None and any(c.isdigit() for c in word):
                score = SCORE_LEET  # C0NFIDENTIAL: digits for letters, on purpose
            if score is None and (_in_file_name(text, s, e) or _held_material(text, s, e, korean=False)):
                score = SCORE_SELF_DECLARED  # Budget_CONFIDENTIAL.pdf, this CONFIDENTIAL report (red-team #7)
            if score is None and _QUALIFIED_WORD.fullmatch(word) and (word.isupper() or word.istitle() or "&" in word):
                score = SCORE_SELF_DECLARED  # Company Confidential, PRIVATE & CONFIDENTIAL: a footer's words
            if score is None and (noun := EN_STAMPED_NOUN_AFTER.match(text, e)) is not None:
                if word.isupper() and len(word) > 3:
                    score = SCORE_SELF_DECLARED  # CONFIDENTIAL memo, TOP SECRET report (red-team #9)
                else:
                    score = self._structural(text, s, noun.end())  # Confidential memo (a title line)
            if score is None and _stamped(text, e):
                score = SCORE_SELF_DECLARED  # CONFIDENTIAL 도장이 찍힌 보고서
            if score is not None and _names_a_level(doc, s, e):
                score = SCORE_PROSE  # SECRET = 3, enum Level { PUBLIC, INTERNAL, SECRET }: code, not a mark
            if score is None:
                score = SCORE_PROSE_UPPER_EN if word.isupper() and len(word) > 3 else SCORE_PROSE
            elif not m.group(1).isupper() and not is_bracketed(text, s, e):
                # "Confidential" as a heading is likelier a title than a stamp; "Secret." or "## Restricted" on a line
                # of its own, a line of dialogue or a section of API documentation
                score = min(score, SCORE_TITLE_CASE_COMMON if word.lower() in COMMON_WORDS else SCORE_TITLE_CASE)
            if score < SCORE_SELF_DECLARED and _marked_en(text, s, e) and not _names_a_level(doc, s, e):
                score = SCORE_SELF_DECLARED  # marked CONFIDENTIAL, classified Secret: said, in any case
            yield Finding(self.entity, s, e, score, name, None)

    def _tlp(self, doc: Document) -> Iterator[Finding]:
        """TLP:RED, TLP:AMBER, TLP:AMBER+STRICT: a label of the protocol marks the text wherever it stands, unless
        the protocol is explained (three colours or more) or the label is asked about ("What does TLP:RED mean?")."""
        text = doc.text
        name = type(self).__name__
        for m in doc.finditer(TLP):
            s, e = m.start(1), m.end(1)
            if e < len(text) and text[e].isalnum():
                continue  # TLP:REDACTED, TLP:AMBERLY
            if _tlp_scheme(doc, s, e) or _asked_about(text, s, e):
                continue
            yield Finding(self.entity, s, e, self._structural(text, s, e) or SCORE_SELF_DECLARED, name, None)
