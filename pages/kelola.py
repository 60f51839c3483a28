"""Kelola Data: the stored cohorts, deleting a cohort or one person's data, backup and restore, audit log."""

from datetime import date
from typing import Final

import streamlit as st

from loaders.nip import normalise_nip
from pages import EDITOR_ROLES, flash, page_context, require_role, show_flash, table, when
from peserta.stats import format_count
from peserta.tables import cohort_names, masked
from store import StoreError

XLSX_MIME: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COHORT_COLUMNS: Final = (
    "cohort_id", "start_date", "end_date", "n_participants", "source_file", "sheet", "uploaded_by", "uploaded_at",
    "is_sample",
)  # fmt: skip

ctx = page_context()
require_role(ctx, EDITOR_ROLES)
lang = ctx.lang
store = ctx.store
names = cohort_names(ctx.cohorts)

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
    table(
        ctx.cohorts,
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
        formats={"cohort_id": lambda i: names.get(int(i), f"#{i}")},
        config={"uploaded_at": when(ctx.t("col.uploaded_at"))},
    )

if not ctx.is_admin:
    st.info(ctx.t("manage.admin_only"), icon=":material/lock:")
    st.stop()

# --- delete a cohort --------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.delete_cohort"))
if not ctx.cohorts.empty:
    with st.form("kelola.delete_cohort"):
        cohort_id = st.selectbox(
            ctx.t("col.cohort"), list(names), format_func=lambda i: names[i], key="kelola.delete_cohort.id"
        )
        word = st.text_input(ctx.t("manage.confirm"), key="kelola.delete_cohort.confirm")
        if st.form_submit_button(ctx.t("manage.delete_cohort"), type="primary", icon=":material/delete:"):
            if confirmed(word):
                try:
                    deleted = store.delete_cohort(int(cohort_id), user=ctx.user)
                except StoreError as exc:
                    st.error(exc.message)
                else:
                    flash(ctx.t("manage.deleted", what=f"{names[cohort_id]} ({format_count(deleted, lang)})"))
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
    st.caption(ctx.t("manage.person_rows", count=format_count(len(rows), lang)))
    if rows.empty:
        st.info(ctx.t("manage.nothing_found"))
    else:
        table(
            masked(rows) if not ctx.can_edit else rows,
            "kelola.person.rows",
            columns=["cohort_id", "name", "nip", "instansi"],
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
                    try:
                        deleted = store.delete_person(nip, user=ctx.user)
                    except StoreError as exc:
                        st.error(exc.message)
                    else:
                        flash(ctx.t("manage.person_deleted", count=format_count(deleted, lang)))
                        st.rerun()

# --- sample data ------------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.samples"))
samples = [
    int(i) for i, sample in zip(ctx.cohorts["cohort_id"], ctx.cohorts["is_sample"], strict=True) if sample
]
if not samples:
    st.caption(ctx.t("manage.samples_none"))
else:
    st.caption(ctx.t("manage.samples_count", count=format_count(len(samples), lang)))
    with st.form("kelola.remove_samples"):
        word = st.text_input(ctx.t("manage.confirm"), key="kelola.remove_samples.confirm")
        if st.form_submit_button(ctx.t("manage.remove_samples"), icon=":material/delete_sweep:"):
            if confirmed(word):
                try:
                    for cohort_id in samples:
                        store.delete_cohort(cohort_id, user=ctx.user)
                except StoreError as exc:
                    st.error(exc.message)
                else:
                    flash(ctx.t("manage.deleted", what=ctx.t("manage.samples")))
                    st.rerun()

# --- backup and restore -----------------------------------------------------------------------------------
st.subheader(ctx.t("manage.backup"))
st.download_button(
    ctx.t("manage.backup_download"),
    data=store.export_backup,
    file_name=f"dasbor-cadangan-{date.today():%Y%m%d}.xlsx",
    mime=XLSX_MIME,
    icon=":material/download:",
    on_click="ignore",
    key="kelola.backup",
)
st.markdown(f"**{ctx.t('manage.restore')}**")
st.warning(ctx.t("manage.restore_warning"), icon=":material/warning:")
with st.form("kelola.restore", clear_on_submit=True):
    backup = st.file_uploader(ctx.t("manage.restore_file"), type=["xlsx"], key="kelola.restore.file")
    word = st.text_input(ctx.t("manage.confirm"), key="kelola.restore.confirm")
    if st.form_submit_button(ctx.t("manage.restore"), type="primary", icon=":material/restore:"):
        if backup is None:
            st.error(ctx.t("manage.restore_missing"))
        elif confirmed(word):
            try:
                restored = store.restore_backup(backup.getvalue(), user=ctx.user)
            except StoreError as exc:
                st.error(exc.message)
            else:
                flash(
                    ctx.t(
                        "manage.restored",
                        what=ctx.t("manage.restored_count", count=format_count(restored, lang)),
                    )
                )
                st.rerun()

# --- audit log --------------------------------------------------------------------------------------------
st.subheader(ctx.t("manage.audit"))
table(
    store.audit_log(200),
    "kelola.audit",
    labels={"user": ctx.t("col.user"), "action": ctx.t("col.action"), "detail": ctx.t("col.message")},
    config={"at": when(ctx.t("col.at"))},
)
st.text(f"{ctx.t('manage.storage')}: {store.display_url}")
