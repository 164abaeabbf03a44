"""The chat page in headless Chromium (Debian's chromium and chromium-driver, driven by
Selenium): what a person sees and can do with the keyboard alone. One server and one
browser for the module; each test opens the page afresh (a new conversation) and saves a
screenshot into a temporary folder (``AMEXSIM_SCREENSHOTS=DIR`` keeps them in DIR)."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import httpx2 as httpx
import pytest

from amexsim.web.app import create_app
from amexsim.web.conversations import Conversations, chats, queue_clock
from amexsim.web.server import running

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER) and os.environ.get("AMEXSIM_REQUIRE_BROWSER"):
    pytest.fail("AMEXSIM_REQUIRE_BROWSER is set but chromium or chromedriver is missing", pytrace=False)
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does)",
)

selenium = pytest.importorskip("selenium", reason="selenium is in the test extra: pip install -e '.[test]'")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

NOW = datetime(2026, 11, 29, 10, 0)
CARD = "3782 822463 10005"
CHROMIUM_FLAGS = (  # headless on a closed network, as root (see the README's Development section)
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=480,820",
)


class Server(NamedTuple):
    url: str
    conversations: Conversations
    queue_moves: threading.Event  # the queue clock runs only once a test sets it


@pytest.fixture
def server(shipped_assistant) -> Iterator[Server]:
    """A server for each test (cheap; the browser is the module's): conversations on their own
    databases, the n-th with seed 6 + n, so each test's first conversation waits in line, 4th."""
    moves = threading.Event()
    clock = queue_clock(120)  # two simulated minutes a second: the wait of four places takes about two seconds

    def tick(live):
        return clock(live) if moves.is_set() else []

    conversations = Conversations(chats(shipped_assistant, None, lambda: NOW, seed=6), tick=tick, tick_seconds=0.05)
    with running(create_app(conversations), on_stop=conversations.close_all) as url:
        yield Server(url, conversations, moves)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="amexsim-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def shots(tmp_path) -> Path:
    kept = os.environ.get("AMEXSIM_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_chat(browser, server: Server, *, width: int = 480) -> str:
    """A fresh page (a new conversation) at ``width`` CSS pixels; returns its conversation id."""
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": 820, "deviceScaleFactor": 1, "mobile": width < 400}
    )
    browser.get(server.url)
    wait(browser, lambda d: d.find_element(By.ID, "message").is_enabled())
    return browser.find_element(By.ID, "save").get_attribute("href").split("/")[-2]


def wait(browser, condition, seconds: float = 10):
    return WebDriverWait(browser, seconds, poll_frequency=0.05).until(condition)


def texts(browser, css: str) -> list[str]:
    return [element.text for element in browser.find_elements(By.CSS_SELECTOR, css)]


def send(browser, text: str) -> None:
    """Type and press Enter, as a person would, then wait until the page shows the answer."""
    before = len(texts(browser, ".msg.assistant, .msg.note"))
    browser.find_element(By.ID, "message").send_keys(text, Keys.ENTER)
    wait(browser, lambda d: len(texts(d, ".msg.assistant, .msg.note")) > before and not texts(d, ".msg.pending"))


def test_a_message_gets_its_reply_and_the_page_reads_at_320_px(browser, server, shots):
    open_chat(browser, server, width=320)
    assert "virtual assistant" in texts(browser, ".msg.assistant")[0]
    send(browser, "I lost my card")
    assert texts(browser, ".msg.user")[-1] == "You:\nI lost my card"
    assert "last 4 digits" in texts(browser, ".msg.assistant")[-1]
    log = browser.find_element(By.ID, "log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    assert browser.find_element(By.CSS_SELECTOR, "label[for=message]").text == "Your message"
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 320, "nothing scrolls sideways at 320 px"
    browser.save_screenshot(str(shots / "reply-320px.png"))


def test_a_hand_off_shows_the_place_in_line_and_it_moves_with_the_queue(browser, server, shots):
    open_chat(browser, server)  # the module's first conversation: seed 6, 4th in line
    send(browser, "let me talk to a person")
    send(browser, "a charge I want to dispute")
    queue = browser.find_element(By.ID, "queue")
    assert "you're number 4 in the queue" in texts(browser, ".msg.assistant")[-1]
    assert queue.is_displayed() and queue.text == "You're number 4 in line for the disputes team (about 4 minutes to go)."
    assert "Handing you to the disputes team" in texts(browser, ".msg.system")[-1]
    browser.save_screenshot(str(shots / "handoff.png"))
    server.queue_moves.set()  # the live queue moves; the page follows from the event stream
    seen = [queue.text]
    try:
        while not any("joined the chat" in text for text in texts(browser, ".msg.system")):
            text = browser.find_element(By.ID, "queue").text
            if text and text != seen[-1]:
                seen.append(text)
            wait(browser, lambda d: True)
    finally:
        server.queue_moves.clear()
    places = [int(text.split("number ")[1].split(" ")[0]) for text in seen]
    assert places == sorted(places, reverse=True) and len(places) > 1 and places[-1] < 4, seen
    assert not browser.find_element(By.ID, "queue").is_displayed()
    wait(browser, lambda d: texts(d, ".msg.agent"))
    assert texts(browser, ".msg.agent")[-1].startswith("Agent Dana (disputes):\nHi, I'm Dana from the disputes team.")


def test_a_typed_card_number_is_refused_and_never_shown_stored_or_saved(browser, server, shots):
    cid = open_chat(browser, server)
    send(browser, f"my card number is {CARD}, is that safe?")
    notice = browser.find_element(By.ID, "notice")
    assert notice.is_displayed() and "card number" in notice.text
    assert texts(browser, ".msg.user")[-1] == "You:\nmy card number is [card number removed], is that safe?"
    assert "removed the full card number" in texts(browser, ".msg.assistant")[-1]
    digits = CARD.replace(" ", "")
    page = browser.page_source + browser.find_element(By.TAG_NAME, "body").text
    assert CARD not in page and digits not in page and "822463" not in page
    assert browser.find_element(By.ID, "message").get_attribute("value") == ""
    stored = browser.execute_script("return [localStorage.length, sessionStorage.length, document.cookie]")
    assert stored == [0, 0, ""]
    transcript = httpx.get(f"{server.url}api/conversations/{cid}/transcript.yaml").text
    assert "[card number removed]" in transcript and digits not in transcript and CARD not in transcript
    browser.save_screenshot(str(shots / "card-refused.png"))


def test_keyboard_only_sends_messages_and_approves_the_security_prompt(browser, server, shots):
    open_chat(browser, server)
    assert browser.switch_to.active_element.get_attribute("id") == "message", "the message box has the focus"
    for text in ("change my phone number", "last 4 is 1005, zip 10285", "(212) 555-0100", "yes"):
        send(browser, text)
    assert browser.find_element(By.ID, "prompt").is_displayed()
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert browser.switch_to.active_element.get_attribute("id") == "send"
    ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB, Keys.TAB, Keys.TAB).key_up(Keys.SHIFT).perform()
    focused = browser.switch_to.active_element
    assert focused.get_attribute("id") == "approve" and focused.text == "Approve"
    assert focused.value_of_css_property("outline-style") != "none", "the focus is visible"
    browser.save_screenshot(str(shots / "prompt-keyboard.png"))
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    wait(browser, lambda d: "your phone number is now (212) 555-0100" in texts(d, ".msg.assistant")[-1])
    assert "the prompt was approved" in texts(browser, ".msg.assistant")[-2]
    assert not browser.find_element(By.ID, "prompt").is_displayed()
    assert browser.switch_to.active_element.get_attribute("id") == "message", "the focus goes back to the message box"
    # the Summary and Why buttons
    browser.find_element(By.ID, "summary").click()
    wait(browser, lambda d: "Changed the phone number to (212) 555-0100." in texts(d, ".msg.assistant")[-1])
    assert texts(browser, ".msg.user")[-1] == "You:\nCan I have a summary of this chat?"
    browser.find_element(By.ID, "why").click()
    wait(browser, lambda d: "intent: case_reference" in (texts(d, ".msg.note") or [""])[-1])
