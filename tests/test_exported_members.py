"""Every module states its public surface in __all__, and keeps it honest."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import detectors
import gateway

SKIP = {"gateway.__main__", "gateway.storage.migrations.env"}


def _modules() -> list[str]:
    names = []
    for pkg in (gateway, detectors):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if info.name in SKIP or ".migrations." in info.name:
                continue
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules())
def test_all_is_complete_and_resolvable(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        assert not [
            n
            for n, o in vars(module).items()
            if not n.startswith("_")
            and getattr(o, "__module__", None) == name
            and (inspect.isclass(o) or inspect.isfunction(o))
        ], f"{name} defines public names but no __all__"
        return
    for attr in exported:
        assert hasattr(module, attr), f"{name}.__all__ names missing {attr}"
    router = getattr(module, "router", None)
    endpoints = {id(getattr(r, "endpoint", None)) for r in getattr(router, "routes", [])}
    defined = {
        n
        for n, o in vars(module).items()
        if id(o) not in endpoints
        and not n.startswith("_")
        and (inspect.isclass(o) or inspect.isfunction(o))
        and getattr(o, "__module__", None) == name
    }
    assert defined <= set(exported), f"{name}: public but not in __all__: {sorted(defined - set(exported))}"
