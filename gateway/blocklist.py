"""The block list: model names, provider kinds and hosts that are never reached, whatever the config enables.

Matching is done on folded text (NFKC, invisible and combining characters removed, look-alike letters of
other scripts mapped to Latin, hiragana read as katakana, middle dots read as spaces, case folded) and also on a
compact form with every separator removed, so `DeepSeek`, `deep-seek`, `deep・seek`, `ｄｅｅｐｓｅｅｋ`,
`deep\u200bseek` and `dееpseek` (Cyrillic е) all fold to the same name, as do `ディープ・シーク`, `ディープシーク`
and `でぃーぷしーく`, or `딥 시크` and `딥시크`. A name one typing slip from `deepseek` (`deepsek`, `deepseeek`,
`deespeek`) is caught by NEAR_NAMES, DeepSeek's model lines written short as whole tokens of a name (DSR1, DS-V3,
R1T2: `Zhi-Create-DSR1-14B`, `R1T2-Chimera`) by LINEAGE_TOKENS, Korean mixed into a Latin name (`딥seek`) by reading
its syllables as Latin, and the aggregator routers that pick a model or provider only when the request arrives
(`openrouter/auto`, `:floor`, `:nitro`) by ROUTER_PATTERNS. The built-in rules always apply; the
config's `blocked` section adds to them and cannot remove them.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from gateway.config import BlockedSettings

__all__ = [
    "BUILTIN_HOSTS",
    "BUILTIN_KINDS",
    "BUILTIN_MODEL_PATTERNS",
    "LINEAGE_TOKENS",
    "NEAR_NAMES",
    "ROUTER_PATTERNS",
    "BlockList",
    "compact",
    "fold",
    "read_korean",
]

# DeepSeek and every route to its models: the name itself under any provider prefix, its Chinese company name,
# its Korean and Japanese transliterations (딥시크, 딥씨크, ディープシーク; spaced, dotted or hyphenated forms fold to
# these), and derivatives published under other names (Perplexity's R1-1776 and sonar-reasoning, Microsoft's MAI-DS-R1,
# Agentica's DeepScaleR and DeepCoder, Skywork-OR1, Light-R1's -DS models, R1-Distill redistributions). The list of
# derivatives is a judgement kept current by hand: a model trained *from* DeepSeek weights is on it; one only trained
# on DeepSeek outputs (OpenThinker, Bespoke-Stratos) is not.
BUILTIN_MODEL_PATTERNS = (
    "*deepseek*",
    "*深度求索*",
    "*딥시크*",
    "*딥씨크*",
    "*ディープシーク*",
    "*r1-1776*",
    "*mai-ds-r1*",
    "*deepscaler*",  # Agentica's fine-tunes of DeepSeek-R1-Distill-Qwen (DeepScaleR-1.5B, DeepCoder-14B)
    "*deepcoder*",
    "*r1-distill*",  # DeepSeek's distilled models redistributed without the prefix (R1-Distill-Qwen-7B)
    "*skywork-or1*",  # Skywork-OR1-7B/32B: trained from DeepSeek-R1-Distill-Qwen
    "*light-r1*-ds*",  # Light-R1-7B-DS, -14B-DS, -32B-DS: from DeepSeek-R1-Distill-Qwen (Light-R1-32B itself is Qwen)
    "*sonar-reasoning*",  # Perplexity's sonar-reasoning(-pro): described by Perplexity as built on DeepSeek-R1
    # RL fine-tunes of DeepSeek-R1-Distill-Qwen, per their model cards (red-team #9). Written per model where a family
    # name also covers models of other weights: AceReason-Nemotron-1.1-7B is Qwen2.5-Math-7B trained on R1 outputs,
    # TinyR1-Safety-8B is Qwen3; both stay allowed.
    "*acereason-nemotron-7b*",  # nvidia/AceReason-Nemotron-7B and -14B (1.0): from R1-Distill-Qwen-7B / -14B
    "*acereason-nemotron-14b*",
    "*acereason-nemotron-1.0-*",
    "*tinyr1-32b*",  # qihoo360/TinyR1-32B-Preview: branch-merge distillation into R1-Distill-Qwen-32B
    "*fairyr1*",  # PKU-DS-LAB/FairyR1-32B and -14B-Preview: from R1-Distill-Qwen-32B / -14B
    "*nemotron-research-reasoning*",  # nvidia/Nemotron-Research-Reasoning-Qwen-1.5B (ProRL): R1-Distill-Qwen-1.5B
    "*open-rs*",  # knoveleng/Open-RS1, -RS2, -RS3: from R1-Distill-Qwen-1.5B
    "*still-3*",  # RUC-AIBOX/STILL-3-1.5B-preview: from R1-Distill-Qwen-1.5B
    "*zr1-*",  # Zyphra/ZR1-1.5B: from R1-Distill-Qwen-1.5B
    # red-team #10, each model card checked: inclusionAI/AReaL-boba-RL-7B (the AReaL v0.2 blog names R1-Distill-Qwen-7B
    # its foundation model), arcee-ai/Arcee-Maestro-7B-Preview (its card: R1-Distill-Qwen-7B with further GRPO), and
    # l3lab/L1-Qwen-1.5B-Max and -Exact (the L1 paper trains DeepScaleR-1.5B-Preview, itself from R1-Distill-Qwen-1.5B).
    # Not on the list: AReaL-boba-SFT-32B, whose card does not name its base, and AReaL-boba-2 (Qwen3).
    "*areal-boba-rl*",
    "*arcee-maestro*",
    "*l1-qwen-1.5b*",
    "*r1-0528*",  # DeepSeek-R1-0528 and its DeepSeek-R1-0528-Qwen3-8B distillation, without the prefix
    # DeepSeek spelled by ear: the romanised Korean 딥시크 (dipsikeu) and Russian дипсик; `deepsik` and `dipseek` are
    # two edits from the name, beyond NEAR_NAMES
    "*dipsik*",
    "*dipseek*",
    "*deepsik*",
)
# DeepSeek's model lines written short, matched as whole tokens of the folded name (between separators or at its
# ends), so that a word ending in `ds` before `-r1` (`words-r1`) or a name that only begins with `r1t` is not caught:
# DSR1 and DS-R1 (Zhihu's Zhi-Create-DSR1-14B and Zhi-writing-dsr1-14b: fine-tunes of R1-Distill-Qwen-14B; MAI-DS-R1),
# DSV2/DSV3 and DS-Coder (the short forms papers and in-house aliases use), dpsk (a common shorthand of the name), and
# R1T / R1T2 (TNG's Chimera models, merged from DeepSeek R1 and V3 weights, also published without the DeepSeek
# prefix: tngtech/R1T2-Chimera). `ds` alone or `ds-chat` is not enough: DeepSpeed-Chat goes by ds-chat.
LINEAGE_TOKENS = re.compile(r"(?<![a-z0-9])(?:ds[ _.\-]?(?:r1|v2|v3|coder)|dpsk|r1t2?)(?![a-z0-9])")
# Korean syllables read as the Latin they spell, for names that mix the two scripts (딥seek, deep시크, 딥쉬크) or
# shorten the Korean (딥식 is deepsik, a pattern below): the compact form is read this way too.
_KO_READINGS = (("딥", "deep"), ("시크", "seek"), ("씨크", "seek"), ("쉬크", "seek"), ("식", "sik"))
# Names whose one-edit misspellings are blocked too: a letter dropped, added or changed, or two neighbours swapped
# (`deepsek`, `deepseeek`, `deepseck`, `deespeek`), anywhere in the compact form, also with digit look-alikes. No
# real model name we know of is one edit from `deepseek`; the tests keep real names and the neighbours two edits
# away (deepspeed, deepset, deepsearch) allowed. A short name here would catch real ones: keep to long, rare names.
NEAR_NAMES = ("deepseek",)
# Aggregator routers that choose the model or the provider when the request arrives, so no name in the config says
# where a prompt goes: OpenRouter's auto router (it may pick a DeepSeek model) and its `:floor` (cheapest provider)
# and `:nitro` (fastest provider) variants. Matched on the folded name only, not the compact form, since `floor` and
# `nitro` are words a model name may hold.
ROUTER_PATTERNS = ("*openrouter/auto", "*openrouter/auto:*", "*:floor", "*:floor:*", "*:nitro", "*:nitro:*")
BUILTIN_HOSTS = ("deepseek.com", "*.deepseek.com", "deepseek.ai", "*.deepseek.ai")
BUILTIN_KINDS = ("deepseek",)
MAX_NAME_CHARS = 512
MAX_CACHED_NAMES = 4096  # model names seen; bounded so hostile clients cannot grow it
_MISS = object()

# Letters that render like Latin ones (Unicode confusables, the subset that matters for model names).
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ј": "j",
        "һ": "h",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ɗ": "d",
        "ɖ": "d",
        "ꝑ": "p",
        # letters drawn like d, e, p, s and k, the letters of deepseek, that NFKD leaves alone: stroke, hook and
        # tail forms, and letters of other scripts (red-team #9: ꓒeepseek, đeepseek, deeⲣseek). Keys are lower case,
        # or the upper case that casefold gives for Cherokee.
        "đ": "d",
        "ð": "d",
        "ƌ": "d",
        "ȡ": "d",
        "ᵭ": "d",
        "ᶁ": "d",
        "ᶑ": "d",
        "ꝺ": "d",
        "ꓒ": "d",
        "ᗞ": "d",
        "Ꮷ": "d",
        "ɇ": "e",
        "ɛ": "e",
        "ᶒ": "e",
        "ⱸ": "e",
        "ꬲ": "e",
        "ҽ": "e",
        "℮": "e",
        "ⴹ": "e",
        "ᵽ": "p",
        "ƥ": "p",
        "ᵱ": "p",
        "ᶈ": "p",
        "ꝓ": "p",
        "ꝕ": "p",
        "þ": "p",
        "ⲣ": "p",
        "⍴": "p",
        "ᑭ": "p",
        "ʂ": "s",
        "ᶊ": "s",
        "ȿ": "s",
        "ᵴ": "s",
        "ꞩ": "s",
        "ƽ": "s",
        "Ꮥ": "s",
        "ⱪ": "k",
        "ᶄ": "k",
        "ꝁ": "k",
        "ꝃ": "k",
        "ꝅ": "k",
        "ꞣ": "k",
        "ⲕ": "k",
        "ᛕ": "k",
        "ӄ": "k",
        "ҝ": "k",
        "ҟ": "k",
        "ҡ": "k",
        "ı": "i",
        "ȷ": "j",
        # letters of other scripts drawn like Latin ones (red-team #8: ꓓeepseek, Ꭰeepseek, ᑯeepseek, deepseeƙ)
        "ꓓ": "d",
        "Ꭰ": "d",
        "ꭰ": "d",
        "ᗪ": "d",
        "ᑯ": "d",
        "ᑲ": "b",
        "ƙ": "k",
        "ĸ": "k",
        "ꓗ": "k",
        "Ꮶ": "k",
        "ꮶ": "k",
        "ꓰ": "e",
        "Ꭼ": "e",
        "ꭼ": "e",
        "ꓑ": "p",
        "Ꮲ": "p",
        "ꮲ": "p",
        "ꓢ": "s",
        "Ꮪ": "s",
        "ꮪ": "s",
        # small capitals (ᴅᴇᴇᴘsᴇᴇᴋ): lower-case letters to Unicode, so case folding keeps them
        "ᴀ": "a",
        "ʙ": "b",
        "ᴄ": "c",
        "ᴅ": "d",
        "ᴇ": "e",
        "ꜰ": "f",
        "ɢ": "g",
        "ʜ": "h",
        "ɪ": "i",
        "ᴊ": "j",
        "ᴋ": "k",
        "ʟ": "l",
        "ᴍ": "m",
        "ɴ": "n",
        "ᴏ": "o",
        "ᴘ": "p",
        "ǫ": "q",
        "ʀ": "r",
        "ꜱ": "s",
        "ᴛ": "t",
        "ᴜ": "u",
        "ᴠ": "v",
        "ᴡ": "w",
        "ʏ": "y",
        "ᴢ": "z",
    }
)
# Hiragana read as katakana (でぃーぷしーく is ディープシーク): unicodedata has no such mapping, and the two
# blocks are laid out alike, U+3041-3096 and the iteration marks U+309D-309E each 0x60 below their katakana.
_HIRAGANA = {cp: cp + 0x60 for cp in (*range(0x3041, 0x3097), 0x309D, 0x309E)}
_LOOKALIKES = {**_CONFUSABLES, **_HIRAGANA}
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e"})
# Middle dots separate words in Japanese and Korean (ディープ・シーク) and are used as such in Latin names too:
# middle dot, katakana middle dot, its half-width form, hyphenation point, bullet.
_MIDDLE_DOTS = str.maketrans(dict.fromkeys("\u00b7\u30fb\uff65\u2027\u2022\u2219\u22c5\u0387", " "))
# Kept in the compact form: Latin letters and digits, kana (without the katakana middle dot U+30FB), CJK, Hangul.
# The katakana long-vowel mark ー (U+30FC) goes too: ディープシーク and ディ-プシ-ク compact alike.
_SEPARATORS = re.compile(r"[^0-9a-z*\u3040-\u30fa\u30fd-\u30ff\u3400-\u9fff\uac00-\ud7a3]+")


def fold(text: str) -> str:
    """NFKC, drop invisible/format and combining characters, case fold, map look-alikes and hiragana, middle dots
    to spaces, trim."""
    text = unicodedata.normalize("NFKC", text[:MAX_NAME_CHARS])
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [
        ch
        for ch in decomposed
        if unicodedata.category(ch) not in ("Cf", "Mn", "Me", "Cc", "Co", "Cn") and ch not in "\u115f\u1160\u3164\uffa0"
    ]
    folded = unicodedata.normalize("NFC", "".join(kept)).casefold().translate(_LOOKALIKES).translate(_MIDDLE_DOTS)
    return " ".join(folded.split())


def compact(folded: str) -> str:
    """The folded name without separators: `deep-seek r1` -> `deepseekr1`."""
    return _SEPARATORS.sub("", folded)


@dataclass(frozen=True, slots=True)
class _Rule:
    text: str
    folded: re.Pattern[str]
    compacted: re.Pattern[str]
    leet: bool

    def matches(self, folded: str, compacted: str, leet: str, read: str) -> bool:
        if self.folded.fullmatch(folded) or self.compacted.fullmatch(compacted) or self.compacted.fullmatch(read):
            return True
        return self.leet and bool(self.compacted.fullmatch(leet))


def _rule(pattern: str, *, leet: bool) -> _Rule:
    f = fold(pattern)
    return _Rule(
        text=pattern,
        folded=re.compile(fnmatch.translate(f)),
        compacted=re.compile(fnmatch.translate(compact(f))),
        leet=leet,
    )


def read_korean(compacted: str) -> str:
    """The compact form with the Korean syllables of _KO_READINGS read as Latin: `딥seek` -> `deepseek`."""
    if not any("\uac00" <= ch <= "\ud7a3" for ch in compacted):
        return compacted
    for korean, latin in _KO_READINGS:
        compacted = compacted.replace(korean, latin)
    return compacted


def _one_edit(word: str) -> re.Pattern[str]:
    """Every spelling at most one edit from `word` (a letter dropped, added or changed, two neighbours swapped), as one
    pattern to search for: a fixed alternation, so the search stays linear in the name's length."""
    letters = [re.escape(ch) for ch in word]
    spellings = set()
    for i in range(len(letters)):
        spellings.add("".join(letters[:i] + letters[i + 1 :]))
        spellings.add("".join([*letters[:i], ".", *letters[i + 1 :]]))
    for i in range(len(letters) + 1):
        spellings.add("".join([*letters[:i], ".", *letters[i:]]))
    for i in range(len(letters) - 1):
        spellings.add("".join([*letters[:i], letters[i + 1], letters[i], *letters[i + 2 :]]))
    return re.compile("|".join(sorted(spellings)))


def _host_matches(pattern: str, host: str) -> bool:
    p = fold(_unpunycode(pattern)).rstrip(".")
    h = fold(_unpunycode(host)).rstrip(".")
    if p.startswith("*."):
        return h.endswith(p[1:])
    return h == p


def _unpunycode(host: str) -> str:
    """A host's `xn--` labels in Unicode (api.xn--dpseek-3ofa.com is api.dеepseek.com with a Cyrillic е: red-team #8),
    so the look-alike folding sees what a browser would show; a label that does not decode stays as it is."""
    if "xn--" not in host.lower():
        return host
    labels = []
    for label in host.split("."):
        if label.lower().startswith("xn--"):
            try:
                label = label[4:].encode("ascii").decode("punycode")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return ".".join(labels)


class BlockList:
    """Answers "which rule blocks this?" for a model name, a provider kind or a host; None when none does."""

    def __init__(self, settings: BlockedSettings | None = None) -> None:
        settings = settings or BlockedSettings()
        self._models = tuple(
            [_rule(p, leet=True) for p in BUILTIN_MODEL_PATTERNS]
            + [_rule(p, leet=False) for p in settings.model_patterns]
        )
        self._near = tuple((name, _one_edit(compact(fold(name)))) for name in NEAR_NAMES)
        self._routers = tuple((p, re.compile(fnmatch.translate(fold(p)))) for p in ROUTER_PATTERNS)
        self._hosts = tuple(BUILTIN_HOSTS) + tuple(settings.hosts)
        self._kinds = frozenset(fold(k) for k in (*BUILTIN_KINDS, *settings.kinds))
        self._cache: dict[str, str | None] = {}

    def model_rule(self, name: str) -> str | None:
        hit = self._cache.get(name, _MISS)
        if hit is not _MISS:
            return hit  # type: ignore[return-value]
        folded = fold(name)
        compacted = compact(folded)
        leet = compacted.translate(_LEET)
        rule = self._rule_for(folded, compacted, leet, read_korean(compacted))
        if len(self._cache) >= MAX_CACHED_NAMES:
            self._cache.clear()
        self._cache[name] = rule
        return rule

    def _rule_for(self, folded: str, compacted: str, leet: str, read: str) -> str | None:
        for r in self._models:
            if r.matches(folded, compacted, leet, read):
                return f"model_patterns:{r.text}"
        if token := LINEAGE_TOKENS.search(folded):
            return f"model_lineage:{compact(token.group(0))}"
        for name, near in self._near:
            if near.search(compacted) or near.search(leet) or near.search(read):
                return f"model_near:{name}"
        for pattern, router in self._routers:
            if router.fullmatch(folded):
                return f"routers:{pattern}"
        return None

    def kind_rule(self, kind: str) -> str | None:
        return f"kinds:{kind}" if fold(kind) in self._kinds else None

    def host_rule(self, host: str | None) -> str | None:
        if not host:
            return None
        for pattern in self._hosts:
            if _host_matches(pattern, host):
                return f"hosts:{pattern}"
        return None

    def first_rule(
        self, *, models: Iterable[str] = (), kind: str | None = None, hosts: Iterable[str] = ()
    ) -> str | None:
        if kind is not None and (r := self.kind_rule(kind)):
            return r
        for h in hosts:
            if r := self.host_rule(h):
                return r
        for m in models:
            if r := self.model_rule(m):
                return r
        return None
