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

from tests.conftest import IN_CI, Gateway, GatewayFactory, Upstream, mock_provider
from tests.console.helpers import EMAIL, RRN, make_records

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
def short_idle_gateway(make_gateway: GatewayFactory, upstream: Upstream) -> Gateway:
    """A gateway whose console sessions end after 2 idle seconds (made before the browser: see below)."""
    return make_gateway({"providers": [mock_provider(upstream)], "console": {"idle_timeout_s": 2}})


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


def _no_raw_value(page: Page) -> None:
    """The planted values appear nowhere in the page's HTML, in any form the detector would have caught."""
    html = page.content()
    for value in (RRN, RRN.replace("-", ""), EMAIL):
        assert value not in html, page.url


def test_auditor_filters_blocked_and_sees_highlights_but_no_value(browser: Browser, gateway: Gateway) -> None:
    blocked, masked, _ = make_records(gateway)  # the blocked prompt carries a valid resident registration number
    _more_traffic(gateway)
    page = _page(browser, gateway)
    _sign_in(page, gateway.keys["auditor"])
    page.wait_for_url("**/admin/review")
    _no_raw_value(page)
    _shot(page, "review")
    page.select_option("select[name=decision]", "blocked")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**decision=blocked**")
    ids = page.locator("a.rid").all_inner_texts()
    assert blocked in ids and masked not in ids
    assert set(page.locator("td span.badge").all_inner_texts()) == {"차단"}
    _no_raw_value(page)
    page.click(f"a.rid:text('{blocked}')")
    page.wait_for_url(f"**/admin/review/{blocked}")
    mark = page.locator("p.excerpt mark.span[data-entity=KR_RRN]")
    assert mark.count() == 1 and mark.is_visible() and mark.inner_text() == "KR_RRN"
    # The highlight sits in the skeleton excerpt next to the context word, where the value was.
    assert "주민등록번호" in page.inner_text("p.excerpt")
    assert "entities.KR_RRN:block" in page.inner_text("code.rule")
    _no_raw_value(page)
    _shot(page, "record")
    page.check("input[value=confirmed]")
    page.fill("textarea[name=comment]", "실제 주민등록번호로 확인")
    page.click("form.review button[type=submit]")
    page.wait_for_url("**saved=1")
    assert page.locator("strong.verdict").inner_text() == "정탐 확인"
    page.goto(f"/admin/review/{masked}")
    assert page.locator("p.excerpt mark.span[data-entity=EMAIL_ADDRESS]").count() == 1
    _no_raw_value(page)
    page.goto("/admin/review?entity=KR_RRN")
    assert page.locator("a.rid").all_inner_texts() == [blocked]
    page.goto("/admin/overview?lang=en")
    assert page.locator("svg.chart rect").count() > 2
    _no_raw_value(page)
    _shot(page, "overview")
    assert page.stray == []  # type: ignore[attr-defined]
    page.context.close()


def test_admin_switches_the_provider_off_and_staff_are_refused(
    browser: Browser, gateway: Gateway, upstream: Upstream
) -> None:
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
    forwarded = len(upstream.mock.received)
    with pytest.raises(openai.PermissionDeniedError) as exc:
        staff.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert exc.value.code == "provider_disabled"
    assert len(upstream.mock.received) == forwarded  # the refused request never reached the provider
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


def _provider_enabled(gw: Gateway) -> bool:
    r = httpx.get(gw.url + "/admin/api/providers", headers=gw.headers("admin"))
    return bool(r.json()["data"][0]["enabled"])


def test_forms_without_the_right_csrf_token_are_refused(browser: Browser, gateway: Gateway) -> None:
    page = _page(browser, gateway)
    page.goto("/admin/signin?lang=en")
    page.locator("form input[name=csrf]").evaluate("e => e.value = 'forged'")
    page.fill("#key", gateway.keys["admin"])
    page.click("button[type=submit]")
    assert page.locator("p.error").inner_text() == "The form expired. Reload the page and try again."
    assert not [c for c in page.context.cookies() if c["name"] == "dlpgate_console"]
    _sign_in(page, gateway.keys["admin"], lang="en")
    page.wait_for_url("**/admin/overview")
    for tamper in ("e => e.value = 'forged'", "e => e.remove()"):
        page.goto("/admin/providers")
        page.locator("#provider-mock-openai input[name=csrf]").evaluate(tamper)
        page.locator("#provider-mock-openai button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator("p.error").inner_text() == "The form expired. Reload the page and try again."
        assert _provider_enabled(gateway)
    page.goto("/admin/providers")
    page.locator("#provider-mock-openai button[type=submit]").click()  # the untouched form works
    page.wait_for_url("**/admin/providers?done=1")
    assert not _provider_enabled(gateway)
    page.context.close()


def test_sign_out_ends_the_session(browser: Browser, gateway: Gateway) -> None:
    page = _page(browser, gateway)
    _sign_in(page, gateway.keys["auditor"], lang="en")
    page.wait_for_url("**/admin/review")
    cookie = next(c for c in page.context.cookies() if c["name"] == "dlpgate_console")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/admin"
    page.click("header form button[type=submit]")
    page.wait_for_url("**/admin/signin")
    assert not [c for c in page.context.cookies() if c["name"] == "dlpgate_console"]
    page.goto("/admin/review")
    assert page.url.endswith("/admin/signin")
    # The old session id is dead on the server, not only forgotten by this browser.
    other = _page(browser, gateway)
    other.context.add_cookies([{**cookie, "expires": -1}])  # type: ignore[list-item]
    other.goto("/admin/review")
    assert "/admin/signin" in other.url
    other.context.close()
    page.context.close()


def test_an_idle_session_expires(short_idle_gateway: Gateway, browser: Browser) -> None:
    # short_idle_gateway first: gateways are built before Playwright starts its event loop.
    gw = short_idle_gateway
    page = _page(browser, gw)
    _sign_in(page, gw.keys["auditor"], lang="en")
    page.wait_for_url("**/admin/review")
    page.wait_for_timeout(1000)
    page.goto("/admin/overview")  # in use: still signed in
    assert page.url.endswith("/admin/overview")
    page.wait_for_timeout(2500)  # idle for longer than console.idle_timeout_s
    page.goto("/admin/overview")
    assert page.url.endswith("/admin/signin?ended=1")
    assert page.locator("p.note").inner_text() == "Your session ended. Sign in again."
    assert not [c for c in page.context.cookies() if c["name"] == "dlpgate_console"]
    page.context.close()
