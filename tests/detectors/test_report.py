from __future__ import annotations

from detectors import Engine, findings_to_json, render_text


def test_render_text_brackets(engine: Engine) -> None:
    text = "연락처 010-1234-5678 입니다"
    assert render_text(text, engine.scan(text)) == "연락처 [PHONE_NUMBER:010-1234-5678] 입니다"


def test_render_text_color(engine: Engine) -> None:
    text = "연락처 010-1234-5678"
    out = render_text(text, engine.scan(text), color=True)
    assert "\x1b[" in out
    assert "010-1234-5678" in out


def test_json_never_holds_values(engine: Engine) -> None:
    text = "주민번호 900101-1234567, 메일 hong@korea.kr"
    out = findings_to_json(text, engine.scan(text))
    assert "900101" not in repr(out)
    assert "hong@" not in repr(out)
    assert out["redacted_excerpt"] == "주민번호 <KR_RRN>, 메일 <EMAIL_ADDRESS>"
    findings = out["findings"]
    assert isinstance(findings, list)
    assert {f["entity"] for f in findings} == {"KR_RRN", "EMAIL_ADDRESS"}
    assert set(findings[0]) == {"entity", "category", "start", "end", "score", "recognizer", "validated"}
