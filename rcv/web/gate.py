"""The answer server's front door for plain HTTP: only the event's own pages are served."""

from __future__ import annotations

import time
from http import HTTPStatus

from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from rcv.web.limits import Limits, RateLimit
from rcv.web.pages import HEADERS, Page
from rcv.web.wire import dump


class PageGate:
    """Answers the server's plain HTTP requests: the event's pages and their words, nothing
    else; requests over the rate limit wait (429). ``answer`` returns None to let a WebSocket
    handshake on /ws go on."""

    def __init__(self, pages: dict[str, Page], texts: dict[str, dict[str, str]], limits: Limits):
        self.pages = pages
        self.texts = texts
        self._http = RateLimit(limits.http_burst, limits.http_per_s)

    def answer(self, peer: str, request: Request, busy: bool) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path == "/ws":
            if busy:
                return response(HTTPStatus.TOO_MANY_REQUESTS, b"busy", "text/plain")
            return None  # the WebSocket handshake goes on
        if not self._http.allow(peer, time.monotonic()):
            return response(HTTPStatus.TOO_MANY_REQUESTS, b"slow down", "text/plain")
        if request.headers.get("Upgrade"):
            return response(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        if path == "/words.json":
            lang = "en" if "lang=en" in request.path else "vi"
            body = dump(self.texts.get(lang) or next(iter(self.texts.values()), {}))
            return response(HTTPStatus.OK, body.encode(), "application/json; charset=utf-8")
        page = self.pages.get(path)
        if page is None:
            return response(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        return response(HTTPStatus.OK, page.body, page.content_type)


def response(status: HTTPStatus, body: bytes, content_type: str) -> Response:
    """A complete HTTP response with the pages' security headers."""
    headers = Headers(HEADERS)
    headers["Content-Type"] = content_type
    headers["Content-Length"] = str(len(body))
    return Response(status.value, status.phrase, headers, body)
