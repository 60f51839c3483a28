"""The form that classifies one instansi text (Unggah, Kualitas data)."""

from __future__ import annotations

import streamlit as st

from loaders.schema import SECTOR_LEVELS
from pages.context import AppContext
from pages.guards import require_role
from pages.navigation import EDITOR_ROLES
from pages.widgets import md_escape


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
