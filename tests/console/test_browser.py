"""End to end in a real browser: Playwright for Python driving Debian's Chromium (/usr/bin/chromium), headless,
pointed only at the gateway on 127.0.0.1. In CI the browser must be there; elsewhere the tests skip without it.

Set DLPGATE_SCREENSHOTS=docs/screenshots to save the main pages as PNG files (that is how the README's were made).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import openai
import pytest

from tests.conftest import IN_CI, Gateway
from tests.console.helpers import RRN, make_records

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = os.environ.get("DLPGATE_SCREENSHOTS")


@pytest.fixture
def browser(gateway: Gateway) -> Iterator[Browser]:
    """After the gateway: Playwright's sync API runs an event loop, and the gateway fixture uses asyncio.run."""
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail(f"{CHROMIUM} is missing in CI; .ci/run installs the chromium and chromium-driver packages")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _shot(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _page(browser: Browser, gw: Gateway, **kw: Any) -> Page:
    context = browser.new_context(base_url=gw.url, viewport={"width": 1360, "height": 820}, **kw)
    # Nothing but the gateway on loopback: any other request is aborted (and would fail the assertion below).
    stray: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(gw.url + "/"):
            route.continue_()
        else:
            stray.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.stray = stray  # type: ignore[attr-defined]
    return page


def _sign_in(page: Page, key: str, lang: str = "ko") -> None:
    page.goto(f"/admin/signin?lang={lang}")
    page.fill("#key", key)
    page.click("button[type=submit]")


def _more_traffic(gw: Gateway) -> None:
    """A few departments and decisions, so the pages (and screenshots) show more than one row."""
    for user, dept, texts in (
        ("park", "tax", ["연락처 010-2345-6789 로 회신", "hello", "카드번호 4111-1111-1111-1111 결제"]),
        ("choi", "welfare", ["환자 이메일 choi.patient@example.com", "요약해 주세요"]),
    ):
        r = httpx.post(
            gw.url + "/admin/api/keys",
            headers=gw.headers("admin"),
            json={"user": user, "role": "staff", "department": dept},
        )
        client = gw.client(api_key=r.json()["key"])
        for text in texts:
            try:
                client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
            except openai.PermissionDeniedError:
                pass


def test_auditor_filters_blocked_and_sees_highlights_but_no_value(browser: Browser, gateway: Gateway) -> None:
    blocked, masked, _ = make_records(gateway)
    _more_traffic(gateway)
    page = _page(browser, gateway)
    _sign_in(page, gateway.keys["auditor"])
    page.wait_for_url("**/admin/review")
    _shot(page, "review")
    page.select_option("select[name=decision]", "blocked")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**decision=blocked**")
    ids = page.locator("a.rid").all_inner_texts()
    assert blocked in ids and masked not in ids
    assert set(page.locator("td span.badge").all_inner_texts()) == {"차단"}
    page.click(f"a.rid:text('{blocked}')")
    page.wait_for_url(f"**/admin/review/{blocked}")
    mark = page.locator("p.excerpt mark.span[data-entity=KR_RRN]")
    assert mark.count() == 1 and mark.is_visible()
    assert "entities.KR_RRN:block" in page.inner_text("code.rule")
    html = page.content()
    assert RRN not in html and RRN.replace("-", "") not in html
    _shot(page, "record")
    page.check("input[value=confirmed]")
    page.fill("textarea[name=comment]", "실제 주민등록번호로 확인")
    page.click("form.review button[type=submit]")
    page.wait_for_url("**saved=1")
    assert page.locator("strong.verdict").inner_text() == "정탐 확인"
    page.goto("/admin/overview?lang=en")
    assert page.locator("svg.chart rect").count() > 2
    _shot(page, "overview")
    assert page.stray == []  # type: ignore[attr-defined]
    page.context.close()


def test_admin_switches_the_provider_off_and_staff_are_refused(browser: Browser, gateway: Gateway) -> None:
    staff = gateway.client()
    assert staff.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    page = _page(browser, gateway)
    _sign_in(page, gateway.keys["admin"])
    page.wait_for_url("**/admin/overview")
    page.goto("/admin/providers")
    row = page.locator("#provider-mock-openai")
    assert row.get_attribute("data-state") == "on"
    _shot(page, "providers")
    row.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/providers?done=1")
    assert page.locator("#provider-mock-openai").get_attribute("data-state") == "off"
    assert "admin-user" in page.locator("#provider-mock-openai").inner_text()
    with pytest.raises(openai.PermissionDeniedError) as exc:
        staff.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.code == "provider_disabled"
    page.goto("/admin/keys?lang=en")
    page.fill("input[name=user]", "kang")
    page.fill("input[name=department]", "audit")
    page.click("form.filters button[type=submit]")
    assert page.locator("#new-key").inner_text().startswith("dlp_")
    _shot(page, "keys")
    assert page.stray == []  # type: ignore[attr-defined]
    page.context.close()


def test_staff_key_cannot_sign_in(browser: Browser, gateway: Gateway) -> None:
    page = _page(browser, gateway)
    _sign_in(page, gateway.keys["staff"], lang="en")
    assert page.locator("p.error").inner_text() == "Invalid key, or the key may not use the console."
    assert page.url.endswith("/admin/signin")
    _shot(page, "signin")
    page.goto("/admin/review")
    assert page.url.endswith("/admin/signin")
    assert not [c for c in page.context.cookies() if c["name"] == "dlpgate_console"]
    page.context.close()
