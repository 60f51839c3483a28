"""The cookie endpoint: the one place that sets the sign-in cookie, on the same server as the dashboard.

A Streamlit script talks to the browser over a WebSocket and cannot set an HttpOnly cookie. So dashboard.py
serves itself as ``st.App("dashboard.py", routes=session_routes(...))`` (``streamlit run dashboard.py`` finds
that App and serves it), and after a right password sends the browser here with a one-time hand-off code
(store.auth.user_sessions.start). This endpoint redeems the code for a fresh random token, sets it as a cookie that
page JavaScript cannot read (HttpOnly), only sent to this site (SameSite=Strict), only over HTTPS when the page
came over HTTPS (Secure), and redirects back to the page and filters the browser came from.

Starlette only, no Streamlit: the handler is a plain (threaded) function around store.auth.user_sessions.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import cache
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from store.auth.sessions import session_policy
from store.auth.user_sessions import COOKIE_NAME, UserSessions
from store.database import Store, open_store
from store.engine import resolve_url

HANDOFF_PATH: Final = "_dasbor/sesi"  # under server.baseUrlPath; outside Streamlit's reserved /_stcore/ etc.
CODE_PARAM: Final = "kode"
NEXT_PARAM: Final = "lanjut"
log = logging.getLogger(__name__)
_mounted: dict[str, str] = {}  # "base" -> the base path, once session_routes() made the route in this process


def mounted() -> bool:
    """Whether this process serves the cookie endpoint (False under AppTest or a bare script run: the
    dashboard then keeps a sign-in in the browser connection only, as before)."""
    return "base" in _mounted


def base_prefix(base_path: str) -> str:
    """server.baseUrlPath as "/", or "/prefix/"."""
    stripped = base_path.strip("/")
    return f"/{stripped}/" if stripped else "/"


def handoff_url(code: str, back_to: str) -> str:
    """The endpoint's address for a hand-off code, returning to `back_to` (a path and query on this site)."""
    base = _mounted.get("base", "/")
    return f"{base}{HANDOFF_PATH}?{urlencode({CODE_PARAM: code, NEXT_PARAM: back_to})}"


def safe_next(value: str | None, base: str = "/") -> str:
    """A redirect target on this site only: a path starting with one "/" (no scheme, no host, no "//" or
    backslash that a browser would read as another site); anything else is the dashboard's home."""
    text = (value or "").strip()
    parts = urlsplit(text)
    if (
        not text.startswith("/")
        or text.startswith("//")
        or "\\" in text
        or parts.scheme
        or parts.netloc
        or any(ord(c) < 32 for c in text)
    ):
        return base
    return text


def served_over_https(request: Request) -> bool:
    """Whether the browser reached us over HTTPS: directly, or through the reverse proxy in front (Caddy and
    the nginx example set X-Forwarded-Proto)."""
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().casefold()
    return request.url.scheme == "https" or forwarded == "https"


@cache
def _store() -> Store:
    return open_store(resolve_url())


def _handoff(request: Request) -> Response:
    """Redeem ?kode= for a session cookie and go back to ?lanjut= (without a cookie when the code is bad)."""
    base = _mounted.get("base", "/")
    response = RedirectResponse(safe_next(request.query_params.get(NEXT_PARAM), base), status_code=303)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    code = request.query_params.get(CODE_PARAM, "")
    redeemed = UserSessions(_store(), session_policy()).redeem(code) if code else None
    if redeemed is None:
        log.info("session hand-off code refused (unknown, used or expired)")
        return response
    token, expires = redeemed
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=max(0, int((expires - datetime.now(UTC)).total_seconds())),
        path=base,
        secure=served_over_https(request),
        httponly=True,
        samesite="strict",
    )
    return response


def session_routes(base_path: str = "") -> list[Any]:
    """The cookie endpoint's route for st.App (under server.baseUrlPath `base_path`)."""
    base = base_prefix(base_path)
    _mounted["base"] = base
    return [Route(f"{base}{HANDOFF_PATH}", _handoff, methods=["GET"])]
