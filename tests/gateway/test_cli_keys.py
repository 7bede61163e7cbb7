"""`dlpgate keys` against the storage a running gateway uses: new keys work at once, revoked ones stop."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import openai
import pytest

from tests.conftest import Gateway, Upstream

REPO = Path(__file__).resolve().parents[2]


def test_create_list_revoke_against_running_gateway(gateway: Gateway, upstream: Upstream, tmp_path: Path) -> None:
    proc = gateway.cli(tmp_path, "keys", "create", "--user", "kim", "--role", "staff", "--department", "tax")
    assert proc.returncode == 0, proc.stderr
    key = proc.stdout.strip().splitlines()[-1]
    assert key.startswith("dlp_") and len(key) > 40
    client = gateway.client(api_key=key)
    assert client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])

    listing = gateway.cli(tmp_path, "keys", "list")
    assert listing.returncode == 0 and "kim" in listing.stdout and "tax" in listing.stdout
    assert key not in listing.stdout
    key_id = next(line.split("\t")[0] for line in listing.stdout.splitlines() if "\tkim\t" in line)

    assert gateway.cli(tmp_path, "keys", "revoke", key_id).returncode == 0
    time.sleep(0.6)  # the verified-key cache lives 0.5 s
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert gateway.cli(tmp_path, "keys", "revoke", key_id).returncode == 2


def test_only_hash_of_key_is_stored(gateway: Gateway, tmp_path: Path) -> None:
    key = gateway.cli(tmp_path, "keys", "create", "--user", "lee", "--role", "admin").stdout.strip().splitlines()[-1]
    assert gateway.db_path is not None
    for f in gateway.db_path.parent.glob(gateway.db_path.name + "*"):
        assert key.encode() not in f.read_bytes()
        assert key[10:].encode() not in f.read_bytes()


def test_admin_api_keys(gateway: Gateway) -> None:
    r = httpx.post(
        gateway.url + "/admin/api/keys",
        headers=gateway.headers("admin"),
        json={"user": "park", "role": "auditor", "department": "audit"},
    )
    assert r.status_code == 201
    new = r.json()
    assert (
        httpx.get(gateway.url + "/admin/api/audit", headers={"Authorization": f"Bearer {new['key']}"}).status_code
        == 200
    )
    assert (
        httpx.post(
            gateway.url + "/admin/api/keys", headers=gateway.headers("auditor"), json={"user": "x", "role": "admin"}
        ).status_code
        == 403
    )
    listed = httpx.get(gateway.url + "/admin/api/keys", headers=gateway.headers("admin")).json()["data"]
    assert any(k["user"] == "park" for k in listed) and all("key" not in k for k in listed)
    assert (
        httpx.delete(f"{gateway.url}/admin/api/keys/{new['id']}", headers=gateway.headers("admin")).status_code == 200
    )
    time.sleep(0.6)
    assert (
        httpx.get(gateway.url + "/admin/api/audit", headers={"Authorization": f"Bearer {new['key']}"}).status_code
        == 401
    )


# What the admin API refuses in a name (gateway/unsafe_chars.py), as an operator could type or paste it: a
# right-to-left override, an isolate, C1 controls (NEL, CSI), a tag character, and a byte that is not UTF-8
# (Python reads it from argv as a lone surrogate, which no database text can hold).
UNSAFE_NAMES = {
    "bidi override": "kim\u202eadmin",
    "bidi isolate": "\u2067kim",
    "C1 NEL": "kim\u0085lee",
    "C1 CSI": "kim\u009b31m",
    "tag character": "kim\U000e0041",
    "lone surrogate": "kim\udcff",
    "C0 escape": "kim\x1b[31m",
}


@pytest.mark.parametrize("field", ["--user", "--department"])
@pytest.mark.parametrize("name", UNSAFE_NAMES.values(), ids=UNSAFE_NAMES.keys())
def test_keys_create_refuses_unsafe_characters_in_names(
    gateway: Gateway, tmp_path: Path, field: str, name: str
) -> None:
    args = {"--user": "kim", "--department": "tax", field: name}
    proc = gateway.cli(tmp_path, "keys", "create", "--role", "staff", *(x for kv in args.items() for x in kv))
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    what = field.removeprefix("--")
    assert proc.stderr.startswith(f"dlpgate keys create: {what} must not contain control characters"), proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "dlp_" not in proc.stdout
    listing = gateway.cli(tmp_path, "keys", "list")
    assert listing.returncode == 0 and "\tkim\t" not in listing.stdout  # nothing was stored


def test_docs_register_refuses_an_unsafe_title(gateway: Gateway, tmp_path: Path) -> None:
    from tests.gateway.test_documents import DOC

    path = tmp_path / "plan.txt"
    path.write_text(DOC, encoding="utf-8")
    proc = gateway.cli(tmp_path, "docs", "register", str(path), "--title", "조직 개편안\u202e")
    assert proc.returncode == 2 and "document title must not contain control characters" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert gateway.cli(tmp_path, "docs", "list").stdout.strip() == ""
