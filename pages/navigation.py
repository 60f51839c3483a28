"""The page list and the navigation: which pages exist, their URL paths, titles, sections and who may
open them (least privilege unless a page says otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import streamlit as st

from loaders.schema import ADMIN, EDITOR, VIEWER
from peserta.i18n import N_, t

PAGE_CONFIG: Final[dict[str, Any]] = {
    "page_title": "Dasbor Peserta Pelatihan",
    "page_icon": ":bar_chart:",
    "layout": "wide",
}


EDITOR_ROLES: Final = frozenset({EDITOR, ADMIN})


ADMIN_ROLES: Final = frozenset({ADMIN})


ALL_ROLES: Final = frozenset({VIEWER, EDITOR, ADMIN})


text = t  # the pages' short name for peserta.i18n.t


@dataclass(frozen=True)
class PageSpec:
    """One page of the navigation: its script, URL path, title, section and who may open it."""

    script: str
    url_path: str
    title_key: str
    icon: str
    section_key: str
    roles: frozenset[str] = ADMIN_ROLES  # least privilege unless the page says who else may open it
    default: bool = False


# url_path equals the file stem on purpose: in the legacy mode described above Streamlit derives a
# page's URL path (and so its id) from the file name, and page_context()'s rerun must land on the same id.
DASHBOARDS, DATA = N_("nav.dashboards"), N_("nav.data")  # the navigation's sections
PAGES: Final[tuple[PageSpec, ...]] = (
    PageSpec("pages/ringkasan.py", "ringkasan", N_("page.ringkasan"), ":material/dashboard:", DASHBOARDS, ALL_ROLES,
             default=True),
    PageSpec("pages/tren.py", "tren", N_("page.tren"), ":material/trending_up:", DASHBOARDS, ALL_ROLES),
    PageSpec("pages/peserta.py", "peserta", N_("page.peserta"), ":material/group:", DASHBOARDS, ALL_ROLES),
    PageSpec("pages/kualitas.py", "kualitas", N_("page.kualitas"), ":material/fact_check:", DASHBOARDS, ALL_ROLES),
    PageSpec("pages/presentasi.py", "presentasi", N_("page.presentasi"), ":material/slideshow:", DASHBOARDS, ALL_ROLES),
    PageSpec("pages/unggah.py", "unggah", N_("page.unggah"), ":material/upload_file:", DATA, EDITOR_ROLES),
    PageSpec("pages/kelola.py", "kelola", N_("page.kelola"), ":material/database:", DATA, EDITOR_ROLES),
    PageSpec("pages/pengguna.py", "pengguna", N_("page.pengguna"), ":material/manage_accounts:", DATA, ADMIN_ROLES),
)  # fmt: skip


# Internal URL path of the default page: Streamlit serves the default page at "/" whatever its url_path,
# so its own path ("ringkasan") is registered separately as a hidden page that forwards to "/".
HOME_PATH: Final = "beranda"


def navigation(lang: str, role: str | None, *, position: Literal["sidebar", "hidden"] = "sidebar") -> Any:
    """Register the pages (titles and sections in `lang`, only those `role` may open, all for None); the
    page to run. The URL of a page `role` may not open holds only a hidden hop to the home page (Streamlit's
    own "Page not found" notice would be English), never the page's script."""
    sections: dict[str, list[Any]] = {}
    refused: list[PageSpec] = []
    home: Any = None
    for spec in PAGES:
        if role is not None and role not in spec.roles:
            refused.append(spec)
            continue
        title = text(spec.title_key, lang)
        page = st.Page(
            spec.script,
            title=title,
            icon=spec.icon,
            url_path=HOME_PATH if spec.default else spec.url_path,
            default=spec.default,
        )
        section = sections.setdefault(text(spec.section_key, lang), [])
        section.append(page)
        if spec.default:
            home = page
            section.append(st.Page(_forward(page), title=title, url_path=spec.url_path, visibility="hidden"))
    if home is not None and sections:
        hops = next(iter(sections.values()))
        for spec in refused:
            title = text(spec.title_key, lang)
            hops.append(st.Page(_forward(home), title=title, url_path=spec.url_path, visibility="hidden"))
    return st.navigation(sections, position=position)


def page_spec(script: str | Path) -> PageSpec | None:
    """The PageSpec of a page script (by file name), None for a script that is not a page."""
    name = Path(script).name
    return next((spec for spec in PAGES if Path(spec.script).name == name), None)


def spec_for_url(url_path: str) -> PageSpec | None:
    """The PageSpec behind a navigation page's URL path (the home page's too)."""
    for spec in PAGES:
        if url_path == spec.url_path or (spec.default and url_path in (HOME_PATH, "")):
            return spec
    return None


def _forward(home: Any) -> Callable[[], None]:
    """A page body that switches to `home` (served at "/") keeping the URL query (filters, language)."""

    def forward_to_home() -> None:
        st.switch_page(home, query_params={key: st.query_params.get_all(key) for key in st.query_params})

    return forward_to_home
