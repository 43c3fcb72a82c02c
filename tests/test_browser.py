"""The web page end to end in a real headless browser: Debian's chromium driven by selenium
through chromium-driver (both installed by `make system-deps`), against `transcoder serve` on
127.0.0.1 with real workers and the sandbox. Screenshots are kept under
``.cache/test-artifacts/`` (or ``$TRANSCODER_TEST_ARTIFACTS``)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_service import CPP_DOUBLE, CPP_UNSIGNED, JAVA_STRING_IDENTITY, Running, serve, signed64
from transcoder.service.app import ServiceSettings

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = Path(
    os.environ.get("TRANSCODER_TEST_ARTIFACTS", Path(__file__).parents[1] / ".cache" / "test-artifacts")
)
# A closed network: nothing may be fetched, no background traffic, no first-run UI.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # the tests run as root in CI; chromium refuses its own sandbox there
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
]


@pytest.fixture(scope="module")
def service() -> Iterator[Running]:
    yield from serve(ServiceSettings(workers=2))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        pytest.skip("chromium and chromium-driver are not installed (make system-deps installs them as root)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def open_page(driver: object, service: Running) -> None:
    driver.get(service.url + "/")  # type: ignore[attr-defined]
    wait_for_state(driver, "ready")


def wait_for_state(driver: object, state: str) -> None:
    WebDriverWait(driver, 120).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") == state
    )


def enter(driver: object, source: str, target: str, code: str, *, verify: bool) -> None:
    Select(driver.find_element(By.ID, "source-language")).select_by_value(source)  # type: ignore[attr-defined]
    Select(driver.find_element(By.ID, "target-language")).select_by_value(target)  # type: ignore[attr-defined]
    editor = driver.find_element(By.ID, "source-code")  # type: ignore[attr-defined]
    editor.clear()
    editor.send_keys(code)
    checkbox = driver.find_element(By.ID, "verify")  # type: ignore[attr-defined]
    if checkbox.is_selected() != verify:
        checkbox.click()


def translate(driver: object) -> None:
    driver.find_element(By.ID, "translate").click()  # type: ignore[attr-defined]
    wait_for_state(driver, "done")


def text(driver: object, element_id: str) -> str:
    return str(driver.execute_script(f"return document.getElementById('{element_id}').textContent"))  # type: ignore[attr-defined]


def screenshot(driver: object, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    assert path.stat().st_size > 10_000  # a real picture, not an empty page
    return path


def test_failing_inputs_of_a_wrong_translation_are_shown(browser: object, service: Running) -> None:
    open_page(browser, service)
    enter(browser, "cpp", "java", CPP_UNSIGNED, verify=True)
    translate(browser)
    assert text(browser, "translation") == (
        "public class Scale {\n    static long scale(long a) {\n        return a * 3;\n    }\n}\n"
    )
    # The translation is highlighted: `public`, `class`, `static` and `return` are keywords.
    keywords = browser.find_elements(By.CSS_SELECTOR, "#translation .tok-keyword")  # type: ignore[attr-defined]
    assert [k.text for k in keywords] == ["public", "class", "static", "return"]
    verdict = browser.find_element(By.ID, "verdict")  # type: ignore[attr-defined]
    assert verdict.get_attribute("class") == "unverified" and verdict.get_attribute("data-status") == "failed"
    assert "UNVERIFIED: failed, passes" in verdict.text
    rows = browser.find_elements(By.CSS_SELECTOR, "#failures tbody tr")  # type: ignore[attr-defined]
    assert rows
    call, expected, got = (cell.text for cell in rows[0].find_elements(By.TAG_NAME, "td"))
    argument = int(call.split("(")[1].split(")")[0])
    assert (int(expected), int(got)) == (argument * 3 % 2**64, signed64(argument * 3))
    screenshot(browser, "page-failing-inputs.png")


def test_a_verified_translation_shows_its_verdict(browser: object, service: Running) -> None:
    open_page(browser, service)
    enter(browser, "cpp", "java", CPP_DOUBLE, verify=True)
    translate(browser)
    # Whole-file output: the Java translation is a class around the function.
    translation = text(browser, "translation")
    assert (
        translation.startswith("public class Twice {\n") and "    static int twice(int a) {\n" in translation
    )
    verdict = browser.find_element(By.ID, "verdict")  # type: ignore[attr-defined]
    assert verdict.get_attribute("class") == "passed"
    assert verdict.text.startswith("verified: passes ") and "generated tests of twice" in verdict.text
    assert not browser.find_element(By.ID, "failures").is_displayed()  # type: ignore[attr-defined]


def test_a_refusal_is_marked_at_its_line_and_column(browser: object, service: Running) -> None:
    open_page(browser, service)
    enter(browser, "java", "python", JAVA_STRING_IDENTITY, verify=False)
    translate(browser)
    error = browser.find_element(By.ID, "error")  # type: ignore[attr-defined]
    assert error.is_displayed() and error.get_attribute("data-type") == "unsupported_construct"
    assert "line 2, column 12" in error.text and "string comparison with ==" in error.text
    marked = browser.find_elements(By.CSS_SELECTOR, "#source-highlight .error-line")  # type: ignore[attr-defined]
    assert [line.get_attribute("data-line") for line in marked] == ["2"]
    # The marker sits under the 12th character of line 2 (where `a == b` starts), on screen.
    offset = browser.execute_script(  # type: ignore[attr-defined]
        """
        const line = document.querySelector('#source-highlight .line[data-line="2"]');
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let remaining = 11, node;
        while ((node = walker.nextNode()) && node.length <= remaining) remaining -= node.length;
        const range = document.createRange();
        range.setStart(node, remaining);
        range.setEnd(node, remaining + 1);
        const character = range.getBoundingClientRect();
        const marker = document.getElementById('error-marker').getBoundingClientRect();
        return [marker.left - character.left, marker.top - character.bottom, range.toString()];
        """
    )
    horizontal, vertical, character = offset
    assert character == "a" and abs(horizontal) < 1.5 and -6 < vertical < 3
    assert text(browser, "translation") == ""
    screenshot(browser, "page-refusal.png")
