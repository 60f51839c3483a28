"""Each page's own address served without Streamlit's wrong first guess (issue 16, first load of a page).

Opened at a page's address (``/tren``, a shared link, a reload), Streamlit's frontend does not know where the
server's root is: it asks ``/tren/_stcore/health`` first, gets a 404, waits and only then connects at ``/``.
On every first load and reload of a page other than the home page that is a wasted round trip plus a pause
(0.1-0.2 s, measured in Chromium). The frontend reads the server's root from ``window.__streamlit``
(``BACKEND_BASE_URL``, the setting Streamlit's bundle reads for hosts that serve the page elsewhere) when it is
set before the bundle runs. So the page addresses get Streamlit's own index.html with one line in front that
sets it: the root of this server (under ``server.baseUrlPath``), taken from the address bar. Everything else
(the home page, static files, ``/_stcore/``) is Streamlit's own handling, untouched.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Final

import streamlit
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from pages.navigation import HOME_PATH, PAGES

INDEX_HTML: Final = Path(streamlit.__file__).parent / "static" / "index.html"
HEAD: Final = "<head>"


def _base(base_path: str) -> str:
    """server.baseUrlPath as "/", or "/prefix/"."""
    stripped = base_path.strip("/")
    return f"/{stripped}/" if stripped else "/"


def page_paths(base_path: str = "") -> list[str]:
    """The addresses of the navigation's pages under server.baseUrlPath (not the home page's own "/")."""
    base = _base(base_path)
    return [f"{base}{path}" for path in (*(spec.url_path for spec in PAGES), HOME_PATH)]


def base_script(base: str) -> str:
    """The line that tells Streamlit's frontend where this server's root is (`base` is a path on this site)."""
    # json.dumps gives a JS string literal; "</" escaped so no value can close the script element.
    literal = json.dumps(base).replace("</", "<\\/")
    return (
        "<script>window.__streamlit=Object.assign(window.__streamlit||{},"
        f"{{BACKEND_BASE_URL:window.location.origin+{literal}}})</script>"
    )


@cache
def index_html(base: str) -> bytes:
    """Streamlit's index.html with the base line as the first thing in <head> (before its module scripts)."""
    html = INDEX_HTML.read_text(encoding="utf-8")
    if HEAD not in html:  # another Streamlit's page: serve it as it is (the frontend then guesses, as before)
        return html.encode("utf-8")
    return html.replace(HEAD, HEAD + base_script(base), 1).encode("utf-8")


def page_routes(base_path: str = "") -> list[Any]:
    """Routes for st.App: every page address answers with index.html that names the server's root."""
    base = _base(base_path)
    body = index_html(base)

    def _page(_request: Request) -> Response:
        # Same caching as Streamlit's own index.html: always revalidated, never stored stale.
        return HTMLResponse(body, headers={"Cache-Control": "no-cache"})

    return [Route(path, _page, methods=["GET"]) for path in page_paths(base_path)]
