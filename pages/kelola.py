"""Kelola Data: the stored cohorts, deleting a cohort or one person's data, the retention setting, backup
and restore, audit log. Every change re-checks the admin role at the moment it is made."""

from datetime import date
from typing import Final

import streamlit as st

from loaders.nip import normalise_nip
from loaders.schema import SECTORS, XLSX_MIME
from loaders.settings import setting
from pages.context import flash, page_context, show_flash
from pages.guards import audited_download, require_page, require_role
from pages.navigation import ADMIN_ROLES
from pages.reads import cohort_labels
from pages.widgets import md_escape, page_number, table, when
from peserta.i18n import N_, audit_label, sector_short_label
from peserta.stats import format_count, program_abbreviations
from peserta.tables import reclassification_rows
from store import StoreError
from store.backup import export_backup, restore_backup
from store.retention import (
    MAX_DAYS,
    RETENTION_ENV,
    expired_cohorts,
    purge_expired,
    retention_days,
    set_retention_days,
)

COHORT_COLUMNS: Final = (
    "cohort_id", "start_date", "end_date", "n_participants", "source_file", "sheet", "uploaded_by", "uploaded_at",
    "is_sample",
)  # fmt: skip

COHORT_PAGE: Final = 100  # cohorts listed per page
MAX_CHOICES: Final = 200  # cohorts offered at once for deletion (more: search first)
# Column -> (label key, px): with the short cohort label the whole list fits the page.
COHORT_WIDTHS: Final = {
    "start_date": (N_("upload.start_date"), 97), "end_date": (N_("upload.end_date"), 97),
    "n_participants": (N_("col.participants"), 60), "source_file": (N_("col.source_file"), 170),
    "sheet": (N_("col.sheet"), 105), "uploaded_by": (N_("col.uploaded_by"), 95), "is_sample": (N_("col.is_sample"), 85),
}  # fmt: skip

ctx = page_context()
require_page(ctx, __file__)  # editors and admins (pages.PAGES)
lang = ctx.lang
store = ctx.store
names, short_names = cohort_labels(ctx)

st.title(ctx.t("page.kelola"))
show_flash()


def confirmed(word: str) -> bool:
    """Whether the typed confirmation is the confirmation word (case and spaces ignored)."""
    if word.strip().upper() == ctx.t("manage.confirm_word"):
        return True
    st.error(ctx.t("manage.confirm_mismatch"))
    return False


# --- cohorts ----------------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.cohorts"))
if ctx.cohorts.empty:
    st.info(ctx.t("empty.no_cohorts"))
else:
    # One page of the list at a time: the whole list of tens of thousands of cohorts was 12 MB per view.
    page_no = page_number(ctx, len(ctx.cohorts), COHORT_PAGE, "kelola.cohorts.page")
    shown = ctx.cohorts.iloc[(page_no - 1) * COHORT_PAGE : page_no * COHORT_PAGE]
    programs = program_abbreviations(shown["program"].unique()) if "program" in shown else {}
    table(
        shown,
        "kelola.cohorts",
        columns=COHORT_COLUMNS,
        labels={
            "cohort_id": ctx.t("col.cohort"),
            "start_date": ctx.t("upload.start_date"),
            "end_date": ctx.t("upload.end_date"),
            "n_participants": ctx.t("col.participants"),
            "source_file": ctx.t("col.source_file"),
            "sheet": ctx.t("col.sheet"),
            "uploaded_by": ctx.t("col.uploaded_by"),
            "is_sample": ctx.t("col.is_sample"),
        },
        config={
            # 'PKA I/2024' with the programs spelt out in the header's help: the full names filled the table
            "cohort_id": st.column_config.SelectboxColumn(
                ctx.t("col.cohort"),
                options=[int(i) for i in shown["cohort_id"]],
                format_func=lambda i: short_names.get(int(i), f"#{i}"),
                width=190,  # 'Coaching Mentoring IV/2023'
                help=ctx.t(
                    "chart.program_legend",
                    items="; ".join(f"{short} = {md_escape(full)}" for short, full in programs.items()),
                ),
            ),
            "uploaded_at": when(ctx.t("col.uploaded_at")),
            **{
                column: st.column_config.Column(ctx.t(key), width=width)
                for column, (key, width) in COHORT_WIDTHS.items()
            },
            **{  # as numbers like the upload time beside them (05/09/2023), not 2023-09-05
                column: st.column_config.DateColumn(ctx.t(COHORT_WIDTHS[column][0]), format="DD/MM/YYYY",
                                                    width=COHORT_WIDTHS[column][1])  # fmt: skip
                for column in ("start_date", "end_date")
            },
        },
    )

if not ctx.is_admin:
    st.info(ctx.t("manage.admin_only"), icon=":material/lock:")
    st.stop()

# --- delete a cohort --------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.delete_cohort"))
if not ctx.cohorts.empty:
    choices = list(names)
    if len(choices) > MAX_CHOICES:  # a list of every cohort would be sent with every view: search first
        wanted = st.text_input(
            ctx.t("manage.cohort_search"), key="kelola.delete_cohort.search", max_chars=100
        )
        words = wanted.casefold().split()
        # Nothing typed yet: every cohort matches (not tens of thousands of labels folded on every filter change).
        matching = [i for i in choices if all(w in names[i].casefold() for w in words)] if words else choices
        choices = matching[:MAX_CHOICES]
        if len(matching) > len(choices):
            st.caption(
                ctx.t(
                    "manage.cohort_matches",
                    shown=format_count(len(choices), lang),
                    total=format_count(len(matching), lang),
                )
            )
    with st.form("kelola.delete_cohort"):
        cohort_id = st.selectbox(
            ctx.t("col.cohort"),
            choices,
            index=None,  # nothing chosen at first: a deletion names its cohort on purpose
            placeholder=ctx.t("manage.choose_cohort"),
            format_func=lambda i: names[i],
            key="kelola.delete_cohort.id",
        )
        word = st.text_input(ctx.t("manage.confirm"), key="kelola.delete_cohort.confirm")
        if st.form_submit_button(ctx.t("manage.delete_cohort"), type="primary", icon=":material/delete:"):
            if cohort_id is None:
                st.error(ctx.t("manage.no_cohort_chosen"))
            elif confirmed(word):
                require_role(ctx, ADMIN_ROLES)
                try:
                    deleted = store.delete_cohort(int(cohort_id), user=ctx.user)
                except StoreError as exc:
                    st.error(md_escape(exc.message))
                else:
                    what = f"{md_escape(names[cohort_id])} ({format_count(deleted, lang)})"
                    flash(ctx.t("manage.deleted", what=what))
                    st.rerun()

# --- delete one person's data -----------------------------------------------------------------------------
st.subheader(ctx.t("manage.delete_person"))
nip_text = st.text_input(ctx.t("col.nip"), key="kelola.person.nip", max_chars=40)
nip = normalise_nip(nip_text) if nip_text.strip() else ""
if nip_text.strip() and not nip.isdigit():
    st.error(ctx.t("manage.nip_digits"))
elif nip:
    rows, _ = store.participants(None, search=nip, limit=None)
    rows = rows[rows["nip"] == nip]
    st.caption(ctx.nt("manage.person_rows", len(rows), count=format_count(len(rows), lang)))
    if rows.empty:
        st.info(ctx.t("manage.nothing_found"))
    else:
        table(
            rows,
            "kelola.person.rows",
            columns=["cohort_id", "name", "nip", "instansi"],
            personal=ctx.can_edit,
            labels={"cohort_id": ctx.t("col.cohort"), "name": ctx.t("col.name"), "nip": ctx.t("col.nip"),
                    "instansi": ctx.t("col.instansi")},
            formats={"cohort_id": lambda i: names.get(int(i), f"#{i}")},
        )  # fmt: skip
        with st.form("kelola.delete_person"):
            word = st.text_input(ctx.t("manage.confirm"), key="kelola.delete_person.confirm")
            if st.form_submit_button(
                ctx.t("manage.delete_person"), type="primary", icon=":material/person_remove:"
            ):
                if confirmed(word):
                    require_role(ctx, ADMIN_ROLES)
                    try:
                        deleted = store.delete_person(nip, user=ctx.user)
                    except StoreError as exc:
                        st.error(md_escape(exc.message))
                    else:
                        flash(ctx.nt("manage.person_deleted", deleted, count=format_count(deleted, lang)))
                        st.rerun()

# --- sample data ------------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.samples"))
samples = [int(i) for i in ctx.cohorts.loc[ctx.cohorts["is_sample"].astype(bool), "cohort_id"]]
if not samples:
    st.caption(ctx.t("manage.samples_none"))
else:
    st.caption(ctx.nt("manage.samples_count", len(samples), count=format_count(len(samples), lang)))
    with st.form("kelola.remove_samples"):
        word = st.text_input(ctx.t("manage.confirm"), key="kelola.remove_samples.confirm")
        if st.form_submit_button(ctx.t("manage.remove_samples"), icon=":material/delete_sweep:"):
            if confirmed(word):
                require_role(ctx, ADMIN_ROLES)
                try:
                    store.delete_cohorts(samples, user=ctx.user)  # all or none, in one transaction
                except StoreError as exc:
                    st.error(md_escape(exc.message))
                else:
                    flash(ctx.t("manage.deleted", what=ctx.t("manage.samples")))
                    st.rerun()

# --- retention --------------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.retention"))
days = retention_days(store)
if setting(RETENTION_ENV):
    st.caption(ctx.t("manage.retention_env", env=RETENTION_ENV))
else:
    with st.form("kelola.retention"):
        chosen = st.number_input(
            ctx.t("manage.retention_days"),
            min_value=0,
            max_value=MAX_DAYS,
            value=days or 0,
            step=30,
            help=ctx.t("manage.retention_help"),
            key="kelola.retention.days",
        )
        if st.form_submit_button(ctx.t("common.save"), icon=":material/save:"):
            require_role(ctx, ADMIN_ROLES)
            try:
                set_retention_days(store, int(chosen) or None, user=ctx.user)
            except StoreError as exc:
                st.error(md_escape(exc.message))
            else:
                flash(ctx.t("manage.retention_saved"))
                st.rerun()
if days is None:
    st.caption(ctx.t("manage.retention_off"))
else:
    expired = expired_cohorts(store, days)
    st.caption(
        ctx.nt(
            "manage.retention_on",
            len(expired),
            days=format_count(days, lang),
            count=format_count(len(expired), lang),
        )
    )
    if len(expired):
        with st.form("kelola.purge"):
            word = st.text_input(ctx.t("manage.confirm"), key="kelola.purge.confirm")
            if st.form_submit_button(ctx.t("manage.retention_purge"), icon=":material/auto_delete:"):
                if confirmed(word):
                    require_role(ctx, ADMIN_ROLES)
                    try:
                        n_cohorts, n_people = purge_expired(store, days, user=ctx.user)
                    except StoreError as exc:
                        st.error(md_escape(exc.message))
                    else:
                        flash(
                            ctx.t(
                                "manage.deleted",
                                what=ctx.t(
                                    "manage.retention_purged",
                                    cohorts=format_count(n_cohorts, lang),
                                    count=format_count(n_people, lang),
                                ),
                            )
                        )
                        st.rerun()

# --- re-classify every stored cohort ------------------------------------------------------------------------
st.subheader(ctx.t("manage.reclassify"))
st.caption(ctx.t("manage.reclassify_help"))
PLAN_KEY = "kelola.reclassify.plan"
if st.button(ctx.t("manage.reclassify_preview"), icon=":material/preview:", key="kelola.reclassify.preview"):
    require_role(ctx, ADMIN_ROLES)
    st.session_state[PLAN_KEY] = store.plan_reclassification()
plan = st.session_state.get(PLAN_KEY)
if plan is not None and plan.empty:
    st.success(ctx.t("manage.reclassify_none"))
elif plan is not None:
    st.info(
        ctx.t(
            "manage.reclassify_summary",
            texts=format_count(len(plan.changes), lang),
            count=format_count(plan.n_participants, lang),
            cohorts=format_count(len(plan.cohorts), lang),
        )
    )
    rows = reclassification_rows(plan.cohorts, names)
    table(
        rows,
        "kelola.reclassify.table",
        columns=list(rows.columns),
        labels={"cohort": ctx.t("col.cohort"), **{s: sector_short_label(s, lang) for s in SECTORS}},
    )
    apply, cancel = st.columns(2)
    if apply.button(ctx.t("manage.reclassify_apply"), type="primary", key="kelola.reclassify.apply"):
        require_role(ctx, ADMIN_ROLES)
        try:
            changed = store.reclassify(plan, user=ctx.user)
        except StoreError as exc:
            st.error(md_escape(exc.message))
        else:
            del st.session_state[PLAN_KEY]
            flash(ctx.nt("manage.reclassify_done", changed, count=format_count(changed, lang)))
            st.rerun()
    if cancel.button(ctx.t("common.cancel"), key="kelola.reclassify.cancel"):
        del st.session_state[PLAN_KEY]
        st.rerun()

# --- backup and restore -----------------------------------------------------------------------------------
st.subheader(ctx.t("manage.backup"))
audited_download(
    ctx,
    ctx.t("manage.backup_download"),
    lambda: export_backup(store),
    roles=ADMIN_ROLES,
    action="unduh_cadangan",
    detail=f"Cadangan lengkap (berisi nama dan NIP): {len(ctx.cohorts)} angkatan.",
    file_name=f"dasbor-cadangan-{date.today():%Y%m%d}.xlsx",
    mime=XLSX_MIME,
    key="kelola.backup",
)
audited_download(
    ctx,
    ctx.t("manage.backup_download_compact"),
    lambda: export_backup(store, compact=True),
    roles=ADMIN_ROLES,
    action="unduh_cadangan",
    detail=f"Cadangan lengkap ringkas (.zip, berisi nama dan NIP): {len(ctx.cohorts)} angkatan.",
    file_name=f"dasbor-cadangan-{date.today():%Y%m%d}.zip",
    mime="application/zip",
    key="kelola.backup_compact",
)
st.markdown(f"**{ctx.t('manage.restore')}**")
st.warning(ctx.t("manage.restore_warning"), icon=":material/warning:")
with st.form("kelola.restore", clear_on_submit=True):
    backup = st.file_uploader(ctx.t("manage.restore_file"), type=["xlsx", "zip"], key="kelola.restore.file")
    st.caption(ctx.t("upload.limit", mb=st.get_option("server.maxUploadSize")))
    word = st.text_input(ctx.t("manage.confirm"), key="kelola.restore.confirm")
    if st.form_submit_button(ctx.t("manage.restore"), type="primary", icon=":material/restore:"):
        if backup is None:
            st.error(ctx.t("manage.restore_missing"))
        elif confirmed(word):
            require_role(ctx, ADMIN_ROLES)
            try:
                restored = restore_backup(store, backup.getvalue(), user=ctx.user)
            except StoreError as exc:
                st.error(md_escape(exc.message))
            else:
                flash(
                    ctx.t(
                        "manage.restored",
                        what=ctx.nt("manage.restored_count", restored, count=format_count(restored, lang)),
                    )
                )
                st.rerun()

# --- audit log --------------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.audit"))
table(
    store.audit_log(200),
    "kelola.audit",
    columns=["at", "user", "action", "detail"],
    formats={"action": lambda action: audit_label(action, lang)},
    labels={"user": ctx.t("col.user"), "action": ctx.t("col.action"), "detail": ctx.t("col.message")},
    config={"at": when(ctx.t("col.at"))},
)
st.text(f"{ctx.t('manage.storage')}: {store.display_url}")
