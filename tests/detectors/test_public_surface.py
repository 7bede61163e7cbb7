from __future__ import annotations

import pkgutil
import subprocess
import sys

import detectors
import detectors.engine
import detectors.report
import detectors.types


def test_all_matches_public_surface() -> None:
    public = {name for name in vars(detectors) if not name.startswith("_")}
    modules = {m.name for m in pkgutil.iter_modules(detectors.__path__)}
    assert set(detectors.__all__) == public - modules
    assert sorted(detectors.__all__) == detectors.__all__


def test_each_module_all_names_exist() -> None:
    for module in (detectors.engine, detectors.report, detectors.types):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def test_engine_construction_loads_no_nlp_library() -> None:
    code = (
        "import sys; from detectors import Engine; Engine().scan('홍길동 010-1234-5678 a@b.com');"
        "bad = [m for m in ('presidio_analyzer', 'spacy', 'tldextract') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
