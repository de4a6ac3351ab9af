"""The phone page in a real browser: headless Chromium (Debian's ``chromium``) opens the seat's
join link, the page joins over its WebSocket, shows the armed question, and a tap on C lands in
the show's log as that seat's answer. Driven with the DevTools protocol over a WebSocket."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
import time
import urllib.request

import pytest
from websockets.sync.client import connect

from rcv.core.events import AnswerReceived
from tests.app.test_phones import hub  # noqa: F401 - the fixture: a show with its server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="no headless Chromium here (Debian: apt-get install chromium)"
    ),
]


class Page:
    def __init__(self, ws) -> None:
        self.ws = ws
        self.n = 0

    def call(self, method: str, **params: object) -> dict:
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=10))
            if message.get("id") == self.n:
                return message.get("result", {})

    def js(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


def test_a_phone_joins_in_chromium_and_its_answer_lands_in_the_log(hub, qtbot, tmp_path):  # noqa: F811
    controller, phones, _ = hub
    controller.show_question("LONG")
    controller.start_timer()
    url = phones.address.seat(phones.join_token(4))
    browser = subprocess.Popen(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--remote-debugging-port=0",
            "--window-size=412,915", url,
        ],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    with contextlib.ExitStack() as stack:
        stack.callback(browser.wait, 10)
        stack.callback(browser.terminate)
        port = None
        end = time.monotonic() + 30
        while port is None and time.monotonic() < end:
            line = browser.stderr.readline()
            found = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            port = int(found.group(1)) if found else None
        assert port is not None, "Chromium did not open its DevTools port"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            target = next(t for t in json.loads(r.read()) if t["type"] == "page")
        devtools = connect(target["webSocketDebuggerUrl"], max_size=2**24, open_timeout=10)
        stack.enter_context(devtools)
        page = Page(devtools)
        ready = (
            "(function(){var b=document.querySelector('[data-key=\"C\"]');"
            "return !!b&&!b.disabled})()"
        )
        qtbot.waitUntil(lambda: page.js(ready) is True, timeout=20000)
        assert "4" in page.js("document.getElementById('seatline').textContent")
        assert page.js("location.hash") == ""  # the token is gone from the address bar
        page.js("document.querySelector('[data-key=\"C\"]').click()")

        def logged() -> bool:
            controller.flush_presses()
            return any(
                isinstance(e.event, AnswerReceived)
                and e.event.seat == 4
                and e.event.hub == "phones"
                for e in controller.show.log
            )

        qtbot.waitUntil(logged, timeout=10000)
        answer = next(e.event for e in controller.show.log if isinstance(e.event, AnswerReceived))
        assert answer.answer == "C"
        status = "document.getElementById('status').className"
        qtbot.waitUntil(lambda: "answered" in str(page.js(status)), timeout=5000)
