"""The context the router builds for one run and hands to the page (store, language, role, filters, data),
and messages kept across a rerun.

Why ``page_context()`` may rerun: a folder named ``pages/`` next to the entry script puts a freshly
started Streamlit server in its legacy multipage mode until the first ``st.navigation`` call. In that
mode a direct link such as ``/tren`` runs ``pages/tren.py`` on its own (no router, legacy page list in
the sidebar). The router clears the context after every run, so a page that finds none knows the router
did not run: it calls the real ``st.navigation`` (which ends the legacy mode for the process and sends
the proper navigation) and reruns, and the rerun goes through ``dashboard.py`` to the same URL path.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import pandas as pd
import streamlit as st

from pages.navigation import ADMIN_ROLES, EDITOR_ROLES, PAGE_CONFIG, navigation, text
from peserta.filters import Filters
from peserta.i18n import nt
from store.auth.sessions import SessionPolicy, SignIn
from store.database import Store

CONTEXT_KEY: Final = "dasbor.context"


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
    # the facts the filters select; when they pick no cohorts, rows other than 'total' are summed over the
    # cohorts (cohort_id 0, peserta.facts.summed_over_cohorts): every statistic reads the same
    filtered: pd.DataFrame
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
