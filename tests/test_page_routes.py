"""pages.page_routes: every page address answers with Streamlit's index.html naming the server's root.

The browser side (no request to /<page>/_stcore/ before connecting; every page opens at its own address) is in
tests/browser/test_direct_links.py; here the routes themselves, through Starlette's test client."""

from __future__ import annotations

import re

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from pages.navigation import HOME_PATH, PAGES
from pages.page_routes import INDEX_HTML, base_script, page_paths, page_routes

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
        assert f'BACKEND_BASE_URL:window.location.origin+"{root}"' in found.group(1)
        # The rest is Streamlit's page as it is: its module script and assets still follow.
        assert response.text.replace(found.group(0), "<head>") == INDEX_HTML.read_text(encoding="utf-8")


def test_only_the_pages_are_taken_over() -> None:
    """The home page, static files and Streamlit's own endpoints stay Streamlit's."""
    client = _client()
    for other in ("/", "/_stcore/health", "/static/js/x.js", "/favicon.png", "/tren/x", "/trend"):
        assert client.get(other).status_code == 404, other  # no route here: Streamlit's handler answers
    assert len(page_paths()) == len(PAGES) + 1


def test_the_root_cannot_close_the_script() -> None:
    script = base_script('/x</script><script>alert(1)//"/')
    assert script.count("</script>") == 1 and script.endswith("</script>")
    assert "<\\/script>" in script
