"""Each page's own address served without Streamlit's wrong first guess (issue 16, first load of a page).

Opened at a page's address (``/tren``, a shared link, a reload), Streamlit's frontend does not know where the
server's root is: it asks ``/tren/_stcore/health`` first, gets a 404, waits and only then connects at ``/``.
On every first load and reload of a page other than the home page that is a wasted round trip plus a pause
(0.1-0.2 s, measured in Chromium). The frontend reads the server's root from ``window.__streamlit``
(``BACKEND_BASE_URL``, the setting Streamlit's bundle reads for hosts that serve the page elsewhere) when it is
set before the bundle runs. So the page addresses get Streamlit's own index.html with one line in front that
sets it: the address bar without its last segment (every page address is one segment under the root). Taken
from the address bar, not from ``server.baseUrlPath``, it is also right behind a reverse proxy that serves the
dashboard under a prefix of its own (``/dasbor/tren`` -> ``/dasbor/``). Everything else (the home page, static
files, ``/_stcore/``) is Streamlit's own handling, untouched.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Final

import streamlit
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from pages.navigation import HOME_PATH, PAGES
from store.auth.session_routes import base_prefix

INDEX_HTML: Final = Path(streamlit.__file__).parent / "static" / "index.html"
HEAD: Final = "<head>"


def page_paths(base_path: str = "") -> list[str]:
    """The addresses of the navigation's pages under server.baseUrlPath (not the home page's own "/")."""
    base = base_prefix(base_path)
    return [f"{base}{path}" for path in (*(spec.url_path for spec in PAGES), HOME_PATH)]


# The root: the address without its last segment ("/tren" -> "/", "/dasbor/tren?tahun=2023" -> "/dasbor/").
BASE_SCRIPT: Final = (
    "<script>window.__streamlit=Object.assign(window.__streamlit||{},{BACKEND_BASE_URL:"
    'window.location.origin+window.location.pathname.replace(/[^/]*\\/?$/,"")})</script>'
)


@cache
def index_html() -> bytes:
    """Streamlit's index.html with the base line as the first thing in <head> (before its module scripts)."""
    html = INDEX_HTML.read_text(encoding="utf-8")
    if HEAD not in html:  # another Streamlit's page: serve it as it is (the frontend then guesses, as before)
        return html.encode("utf-8")
    return html.replace(HEAD, HEAD + BASE_SCRIPT, 1).encode("utf-8")


def page_routes(base_path: str = "") -> list[Any]:
    """Routes for st.App: every page address answers with index.html that names the server's root."""
    body = index_html()

    def _page(_request: Request) -> Response:
        # Same caching as Streamlit's own index.html: always revalidated, never stored stale.
        return HTMLResponse(body, headers={"Cache-Control": "no-cache"})

    return [Route(path, _page, methods=["GET"]) for path in page_paths(base_path)]
