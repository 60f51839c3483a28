"""pages.page_routes: every page address answers with Streamlit's index.html naming the server's root.

The browser side (no request to /<page>/_stcore/ before connecting; every page opens at its own address) is in
tests/browser/test_direct_links.py; here the routes themselves, through Starlette's test client."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from pages.navigation import HOME_PATH, PAGES
from pages.page_routes import BASE_SCRIPT, INDEX_HTML, page_paths, page_routes

SCRIPT = re.compile(r"<head><script>(.*?)</script>", re.S)


def _client(base_path: str = "") -> TestClient:
    return TestClient(Starlette(routes=page_routes(base_path)))


@pytest.mark.parametrize(("base_path", "root"), [("", "/"), ("dasbor", "/dasbor/"), ("/a/b/", "/a/b/")])
def test_every_page_address_names_the_servers_root(base_path: str, root: str) -> None:
    client = _client(base_path)
    paths = [spec.url_path for spec in PAGES] + [HOME_PATH]
    for path in paths:
        response = client.get(f"{root}{path}?tahun=2023")
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["cache-control"] == "no-cache"  # as Streamlit serves its own index.html
        found = SCRIPT.search(response.text)
        assert found, f"{path}: no script first in <head>"
        assert found.group(0) == "<head>" + BASE_SCRIPT
        # The rest is Streamlit's page as it is: its module script and assets still follow.
        assert response.text.replace(found.group(0), "<head>") == INDEX_HTML.read_text(encoding="utf-8")


def test_only_the_pages_are_taken_over() -> None:
    """The home page, static files and Streamlit's own endpoints stay Streamlit's."""
    client = _client()
    for other in ("/", "/_stcore/health", "/static/js/x.js", "/favicon.png", "/tren/x", "/trend"):
        assert client.get(other).status_code == 404, other  # no route here: Streamlit's handler answers
    assert len(page_paths()) == len(PAGES) + 1


@pytest.mark.parametrize(
    ("address", "root"),
    [("/tren", "/"), ("/peserta", "/"), ("/dasbor/tren", "/dasbor/"), ("/a/b/kelola", "/a/b/"), ("/tren/", "/")],
)
def test_the_root_is_the_address_without_its_page(address: str, root: str) -> None:
    """The script's root is the address bar without its last segment: right under server.baseUrlPath and behind a
    proxy that serves the dashboard under a prefix of its own (review s15: the server's own base path sent such a
    proxy's browsers to the proxy's root). The pattern is read out of the script and applied as JavaScript's replace
    does (first match, same syntax for this pattern)."""
    pattern = re.search(r"replace\(/(.+)/,\"\"\)", BASE_SCRIPT)
    assert pattern
    assert re.sub(pattern.group(1), "", address, count=1) == root
