"""What every page shares: the page list, the context the router builds, role checks, chart and text helpers.

This file is not a page: Streamlit's legacy ``pages/`` auto-discovery skips ``__init__.py``.

Why ``page_context()`` may rerun: a folder named ``pages/`` next to the entry script puts a freshly
started Streamlit server in its legacy multipage mode until the first ``st.navigation`` call. In that
mode a direct link such as ``/tren`` runs ``pages/tren.py`` on its own (no router, legacy page list in
the sidebar). The router clears the context after every run, so a page that finds none knows the router
did not run: it calls the real ``st.navigation`` (which ends the legacy mode for the process and sends
the proper navigation) and reruns, and the rerun goes through ``dashboard.py`` to the same URL path.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from loaders.schema import ADMIN, EDITOR, VIEWER
from peserta.figures import on_screen
from peserta.filters import Filters
from peserta.i18n import N_, nt, t
from peserta.stats import cohort_short_names, format_count
from peserta.stats import participant_count as participant_total
from peserta.tables import cohort_lists, cohort_names, shown_columns
from store.database import Store
from store.sessions import SessionPolicy, SignIn

CONTEXT_KEY: Final = "dasbor.context"
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


@dataclass(frozen=True)
class AppContext:
    """What the router hands the pages for one run: the store, language, role, filters and the data."""

    store: Store
    lang: str
    role: str
    user: str  # the name written into the audit log
    filters: Filters
    cohorts: pd.DataFrame  # every cohort (Store.cohorts())
    facts: pd.DataFrame  # every cohort's facts (Store.facts())
    selected: pd.DataFrame  # the cohorts the filters select
    filtered: pd.DataFrame  # the facts the filters select
    sign_in: SignIn | None = None  # None: a context built without the router (tests)
    policy: SessionPolicy = SessionPolicy()
    generation: int | None = None  # the store generation cohorts and facts are of (None: not known, tests)

    def t(self, key: str, /, **fmt: object) -> str:
        """A UI text in the current language."""
        return text(key, self.lang, **fmt)

    def nt(self, key: str, n: int, **fmt: object) -> str:
        """A UI text about `n` things in the current language ('1 cohort' / '2 cohorts')."""
        return nt(key, n, self.lang, **fmt)

    @property
    def cohort_ids(self) -> list[int]:
        """Ids of the selected cohorts."""
        return [int(i) for i in self.selected["cohort_id"]]

    @property
    def can_edit(self) -> bool:
        """May upload, correct and see names and NIPs in full."""
        return self.role in EDITOR_ROLES

    @property
    def is_admin(self) -> bool:
        """May delete and restore."""
        return self.role in ADMIN_ROLES

    def may(self, roles: Iterable[str]) -> bool:
        """Whether the user holds one of `roles` and is still signed in, checked now (at the action)."""
        if self.role not in set(roles):
            return False
        return self.sign_in is None or self.sign_in.active(time.time(), self.policy)


def set_context(ctx: AppContext | None) -> None:
    """The router's hand-over (None after the page ran, so a page run without the router is noticed)."""
    if ctx is None:
        st.session_state.pop(CONTEXT_KEY, None)
    else:
        st.session_state[CONTEXT_KEY] = ctx


def page_context() -> AppContext:
    """The context the router built for this run; without one (legacy mode), hand over to the router."""
    ctx = st.session_state.get(CONTEXT_KEY)
    if isinstance(ctx, AppContext):
        return ctx
    lang = "en" if st.query_params.get("lang") == "en" else "id"
    # Without a page config the browser takes the page's icon as favicon and fetches it from Google's
    # font CDN; the dashboard's own icon keeps this first request on the machine too.
    st.set_page_config(**PAGE_CONFIG)
    navigation(lang, None)  # every page, so this URL path resolves; the router applies the role
    st.rerun()
    raise AssertionError("unreachable")  # st.rerun() raises


FLASH_KEY: Final = "dasbor.flash"


def flash(message: str, kind: str = "success") -> None:
    """Keep a message for the next run (shown by show_flash after an st.rerun that refreshes the data)."""
    st.session_state[FLASH_KEY] = (kind, message)


def show_flash() -> None:
    """Show and forget the message flash() kept, if any."""
    kept = st.session_state.pop(FLASH_KEY, None)
    if kept:
        kind, message = kept
        (st.success if kind == "success" else st.warning)(message)


def require_role(ctx: AppContext, roles: Iterable[str]) -> None:
    """Stop the page (or the action) with an explanation unless the user, still signed in, holds one of
    `roles`. Pages call it at their top, action handlers again right before they change anything."""
    roles = frozenset(roles)
    if not ctx.may(roles):
        logging.getLogger("dasbor.access").warning("refused: role %s, needs %s", ctx.role, sorted(roles))
        if ctx.role in roles:  # the role fits, the sign-in does not (expired or signed out meanwhile)
            key = N_("auth.session_over")
        else:
            key = N_("auth.forbidden_admin") if roles <= ADMIN_ROLES else N_("auth.forbidden")
        st.warning(ctx.t(key), icon=":material/lock:")
        st.stop()


def require_page(ctx: AppContext, script: str) -> None:
    """A page's first check: the roles its PageSpec names (a script that is no page: nobody)."""
    spec = page_spec(script)
    require_role(ctx, spec.roles if spec is not None else ())


def still_allowed(ctx: AppContext, roles: frozenset[str]) -> bool:
    """ctx.may(roles), and for a local account also its role and state as stored now (for checks that run
    later than the page, e.g. when a download button is clicked)."""
    if not ctx.may(roles):
        return False
    if ctx.sign_in is None or ctx.sign_in.method != "password":
        return True
    from store.accounts import Accounts

    account = Accounts(ctx.store).get(ctx.sign_in.username)
    return account is not None and not account.disabled and account.role in roles


def audited_download(
    ctx: AppContext,
    label: str,
    build: Callable[[], bytes],
    *,
    roles: Iterable[str],
    action: str,
    detail: str,
    file_name: str,
    mime: str,
    key: str,
    icon: str = ":material/download:",
) -> None:
    """A download button for data that leaves the server: shown only to `roles`, and when clicked the role
    and the sign-in are checked again and the download is written to the audit log (`detail`: counts or
    cohort names, never a person) before the file is built. The file is built only when clicked."""
    allowed = frozenset(roles)
    if not ctx.may(allowed):
        return

    def checked() -> bytes:
        # Runs when the button is clicked, outside the script run: no Streamlit calls here.
        if not still_allowed(ctx, allowed):
            raise PermissionError("sign-in expired or role changed since the page was drawn")
        from store.accounts import audit_event

        audit_event(ctx.store, ctx.user, action, detail)
        return build()

    st.download_button(
        label, data=checked, file_name=file_name, mime=mime, icon=icon, on_click="ignore", key=key
    )


def sample_banner(ctx: AppContext, cohorts: pd.DataFrame | None = None) -> None:
    """The 'Data contoh' notice when any of the shown cohorts is sample data."""
    frame = ctx.selected if cohorts is None else cohorts
    if len(frame) and bool(frame["is_sample"].any()):
        st.info(ctx.t("banner.sample"), icon=":material/science:")


def chart(
    figure: Any,
    key: str,
    *,
    filter_field: str | None = None,
    to_filters: Callable[[list[str]], Mapping[str, list[Any]]] | None = None,
) -> None:
    """A plotly figure without plotly's toolbar: its buttons speak English whatever the page's language
    ("Download plot as a PNG", "Fullscreen") and cover chart titles on narrow screens. Pictures for meetings
    come from Presentasi (PowerPoint, PDF). With `filter_field` (a Filters field), clicking a bar or tile
    filters the dashboard by it; `to_filters` instead turns the clicked keys into several filters (a cohort:
    its program, year and angkatan). The new filter shows as a removable chip and the URL follows."""
    config = {"displayModeBar": False, "displaylogo": False}
    figure = on_screen(figure) if isinstance(figure, go.Figure) else figure  # light or dark, as the page
    if filter_field is None and to_filters is None:
        st.plotly_chart(figure, key=key, width="stretch", config=config)
        return
    st.plotly_chart(
        figure,
        key=key,
        width="stretch",
        config=config,
        on_select=functools.partial(_filter_by_click, key, filter_field, to_filters),
        selection_mode="points",
    )


def _filter_by_click(
    key: str, field: str | None, to_filters: Callable[[list[str]], Mapping[str, list[Any]]] | None
) -> None:
    """on_select of a clickable chart: the clicked marks' keys become the filter of `field` (drill down), or
    the filters `to_filters` makes of them."""
    from peserta.figures import clicked_keys

    event = st.session_state.get(key) or {}
    keys = clicked_keys(((event.get("selection") or {}).get("points")) or [])
    if not keys:
        return
    chosen = dict(to_filters(keys)) if to_filters is not None else {field: keys} if field else {}
    for name, values in chosen.items():
        st.session_state[f"filter.{name}"] = list(values)  # the router's filter state for this field


def table(
    frame: pd.DataFrame,
    key: str,
    *,
    columns: Sequence[str],
    personal: bool = False,
    labels: Mapping[str, str] | None = None,
    formats: Mapping[str, Callable[[Any], str]] | None = None,
    config: Mapping[str, Any] | None = None,
    height: int | None = None,
) -> None:
    """A read-only table of `columns` only, cells shown literally (never as Markdown or HTML); `labels` name
    the columns in the current language and `formats` show coded values (sector, level, cohort id) as text.

    Only `columns` are sent to the browser, and names, NIPs and birth dates only with `personal` (pass
    `ctx.can_edit`): Streamlit sends the whole frame it is given, hidden columns included."""
    frame = shown_columns(frame, columns, personal=personal)
    # A coded column's empty value gets a visible code ("-"), which its format names ("Tidak diketahui"):
    # an empty choice would be drawn as "None".
    coded = [c for c in (formats or {}) if c in frame.columns and frame[c].dtype == object]
    if coded:
        frame = frame.assign(**{c: frame[c].where(frame[c] != "", "-") for c in coded})
    column_config: dict[str, Any] = {}
    for column, label in (labels or {}).items():
        column_config[column] = st.column_config.Column(label)
    for column, show in (formats or {}).items():
        unique = pd.unique(frame[column].to_numpy()) if column in frame else []
        values = [v.item() if hasattr(v, "item") else v for v in unique if pd.notna(v)]
        column_config[column] = st.column_config.SelectboxColumn(
            (labels or {}).get(column),
            options=values,
            format_func=show,
            width="large" if column == "cohort_id" else None,  # cohort names are long
        )
    column_config.update(config or {})
    kwargs: dict[str, Any] = {
        "hide_index": True,
        "width": "stretch",
        "key": key,
        "column_config": {c: v for c, v in column_config.items() if c in frame.columns},
    }
    if height is not None:
        kwargs["height"] = height
    st.dataframe(frame, **kwargs)


_MARKDOWN_SPECIAL: Final = frozenset("\\`*_{}[]()<>#+-.!|~$:=^&")


def md_escape(value: object) -> str:
    """User text (file, program, agency names) made literal inside a Markdown string: every character
    Markdown, Streamlit's directives (:red[...], :material/...:) or LaTeX ($) could read is escaped."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(value))


def text_key(value: str) -> str:
    """A short stable widget-key part for a user text (a header, an instansi), independent of its position."""
    return hashlib.blake2s(value.encode("utf-8"), digest_size=6).hexdigest()


def when(label: str) -> Any:
    """A table column of UTC timestamps shown in Jakarta time, as numbers (06/12/2026 14:03): the table
    writes month names in English ("6 Dec 2026") whatever the page's language."""
    return st.column_config.DatetimeColumn(label, format="DD/MM/YYYY HH:mm", timezone="Asia/Jakarta")


REPEAT_ROWS: Final = (
    100  # people in several cohorts: counted in full, listed up to this many (500 rows: 230 kB)
)


@st.cache_data(max_entries=8, show_spinner=False)
def _repeat(_store: Any, url: str, generation: int, ids: tuple[int, ...] | None) -> tuple[int, Any]:
    """(count, first REPEAT_ROWS rows) of Store.repeat_people, per store generation and selection."""
    return _store.repeat_people_count(ids), _store.repeat_people(ids, limit=REPEAT_ROWS)


@st.cache_resource(max_entries=2, show_spinner=False)
def _cohort_labels(
    url: str, generation: int, _cohorts: pd.DataFrame
) -> tuple[dict[int, str], dict[int, str]]:
    """Full and short names of every cohort, made once per store generation and shared read-only by every
    session like the data they name (tens of thousands of cohorts: 0.2-0.8 s a run to rebuild). No person
    in them."""
    return cohort_names(_cohorts), cohort_short_names(_cohorts)


def cohort_labels(ctx: AppContext) -> tuple[dict[int, str], dict[int, str]]:
    """cohort_id -> full name, cohort_id -> short name ('PCM IV/2023') of every cohort; read-only."""
    if ctx.generation is None:
        return cohort_names(ctx.cohorts), cohort_short_names(ctx.cohorts)
    return _cohort_labels(ctx.store.url, ctx.generation, ctx.cohorts)


@st.cache_data(max_entries=64, show_spinner=False)
def _searched_count(_store: Any, url: str, generation: int, ids: tuple[int, ...] | None, query: Query) -> int:
    """Store.count_participants, per store generation, selection and query."""
    return int(_store.count_participants(ids, **query._asdict()))


class Query(NamedTuple):
    """What the Peserta list asks the store for besides the cohorts (Store.participants' keywords)."""

    sectors: tuple[str, ...]
    levels: tuple[str, ...]
    provinces: tuple[str, ...]
    agencies: tuple[str, ...]  # agency names as classified (a click on an agency's bar)
    search: str
    personal: bool  # roster managers: the search also looks at names and NIPs


def participant_count(ctx: AppContext, query: Query) -> int:
    """Participants of the selection matching `query`: without a search from the facts already in memory
    (the same count as in SQL), with one counted in SQL once per store generation, selection and query.
    A number only; `personal` (which columns the search looks at) is part of the cache key."""
    if not query.search:
        return participant_total(ctx.filtered)
    scope = cohort_scope(ctx)
    ids = None if scope is None else tuple(scope)
    if ctx.generation is None:
        return int(ctx.store.count_participants(ids, **query._asdict()))
    return _searched_count(ctx.store, ctx.store.url, ctx.generation, ids, query)


@st.cache_data(max_entries=16, show_spinner=False)
def _quality(
    _store: Any, url: str, generation: int, ids: tuple[int, ...] | None, limit: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """(load issues, unknown agencies, first `limit` uncounted rows, their number), per store generation and
    selection: every cohort's unknown agencies are one scan of a million participants (seconds)."""
    return _read_quality(_store, ids, limit)


def _read_quality(
    store: Any, ids: tuple[int, ...] | None, limit: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    uncounted, n_uncounted = store.uncounted_rows(ids, limit=limit)
    return store.load_issues(ids), store.unknown_agencies(ids), uncounted, n_uncounted


def quality_reads(ctx: AppContext, limit: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """What Kualitas data reads from the store for the selection: load issues (messages unmasked: mask them
    for viewers), unknown agencies, the first `limit` uncounted rows and how many there are."""
    scope = cohort_scope(ctx)
    ids = None if scope is None else tuple(scope)
    if ctx.generation is None:
        return _read_quality(ctx.store, ids, limit)
    return _quality(ctx.store, ctx.store.url, ctx.generation, ids, limit)


def cohort_scope(ctx: AppContext) -> list[int] | None:
    """The selected cohort ids for a store query, None when every cohort is selected (no IN list of them all)."""
    return None if len(ctx.selected) == len(ctx.cohorts) else ctx.cohort_ids


def repeat_people(ctx: AppContext) -> tuple[int, pd.DataFrame]:
    """How many people of the selection took part in several cohorts, and the first REPEAT_ROWS of them."""
    scope = cohort_scope(ctx)
    generation = ctx.store.generation() if ctx.generation is None else ctx.generation  # read once per run
    return _repeat(ctx.store, ctx.store.url, generation, None if scope is None else tuple(scope))


def page_number(ctx: AppContext, n_rows: int, page_size: int, key: str) -> int:
    """The page of a long list to show (1 when it fits on one page): a number box beside the list."""
    n_pages = (n_rows + page_size - 1) // page_size
    if n_pages <= 1:
        return 1
    box = st.columns([1, 4])[0]
    label = ctx.t("peserta.page", pages=format_count(n_pages, ctx.lang))
    return int(box.number_input(label, min_value=1, max_value=n_pages, value=1, key=key))


def shown_of(ctx: AppContext, key: str, shown: int, total: int) -> None:
    """'Showing the first 500 of 80.000' under a table or chart that shows only part of the rows."""
    if total > shown:
        st.caption(ctx.t(key, shown=format_count(shown, ctx.lang), total=format_count(total, ctx.lang)))


def repeat_table(ctx: AppContext, repeat: pd.DataFrame, key: str, *, count: bool = True) -> None:
    """People found in several cohorts (Store.repeat_people): count, then a table; names and full NIPs
    only for roster managers."""
    if count:
        st.metric(ctx.t("trend.repeat_count"), format_count(len(repeat), ctx.lang))
    if repeat.empty:
        return
    shown = repeat.assign(cohorts=cohort_lists(repeat["cohort_ids"], cohort_labels(ctx)[0]))
    labels = {
        "name": ctx.t("col.name"),
        "nip": ctx.t("col.nip"),
        "n_cohorts": ctx.t("col.n_cohorts"),
        "cohorts": ctx.t("col.cohorts"),
    }
    table(shown, key, columns=["name", "nip", "n_cohorts", "cohorts"], personal=ctx.can_edit, labels=labels)
    if not ctx.can_edit:
        st.caption(ctx.t("peserta.nip_masked"))


# Sector -> the levels a user may choose for it when classifying an instansi.
SECTOR_LEVELS: Final[dict[str, tuple[str, ...]]] = {
    "central": ("ministry", "agency"),
    "regional": ("province", "regency", "city"),
    "other": ("other",),
}


def classify_form(ctx: AppContext, instansi: str, key: str, *, reason: str | None = None) -> int | None:
    """A small form that classifies one instansi text. Nothing is chosen at first; the levels offered follow
    the chosen sector. Saving stores the correction in the database and re-classifies every stored cohort
    with that text at once; returns the participants changed (None while not saved)."""
    from loaders.agencies import all_provinces
    from loaders.errors import RosterError
    from loaders.overrides import make_override
    from peserta.i18n import level_label, sector_label
    from store import StoreError

    with st.container(border=True):
        st.text(instansi)
        if reason:
            st.caption(md_escape(reason))
        left, middle, right = st.columns(3)
        sector = left.selectbox(
            ctx.t("col.sector"),
            list(SECTOR_LEVELS),
            index=None,
            placeholder=ctx.t("classify.choose"),
            format_func=lambda c: sector_label(c, ctx.lang),
            key=f"{key}.sector",
        )
        levels = SECTOR_LEVELS.get(sector or "", ())
        level = middle.selectbox(
            ctx.t("col.level"),
            list(levels),
            index=0 if len(levels) == 1 else None,
            placeholder=ctx.t("classify.choose"),
            format_func=lambda c: level_label(c, ctx.lang),
            key=f"{key}.level.{sector}",  # a new sector starts a new choice of level
            disabled=sector is None,
            help=ctx.t("classify.level_help"),
        )
        province = right.selectbox(
            ctx.t("col.province"),
            ["", *all_provinces()],
            key=f"{key}.province",
            format_func=lambda p: p or ctx.t("value.unknown"),
        )
        agency = st.text_input(ctx.t("col.agency"), value=instansi, key=f"{key}.agency", max_chars=200)
        if not st.button(
            ctx.t("common.save"),
            icon=":material/save:",
            key=f"{key}.save",
            disabled=sector is None or level is None,
        ):
            return None
    require_role(ctx, EDITOR_ROLES)  # again, at the moment of saving
    if sector is None or level not in SECTOR_LEVELS[sector]:
        st.error(ctx.t("classify.level_mismatch"))
        return None
    try:
        cls = make_override(instansi, sector, level, agency.strip() or instansi, province or None)
        return int(ctx.store.save_correction(instansi, cls, user=ctx.user))
    except (RosterError, StoreError) as exc:
        st.error(md_escape(exc.message))
        return None
