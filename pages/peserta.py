"""Peserta: the participants the filters select, searchable and paged; NIPs masked except for roster managers.

The download leaves names out and masks NIPs unless a roster manager asks for the full list; every
download is written to the audit log."""

from typing import Final, Literal

import streamlit as st

from loaders.schema import XLSX_MIME
from pages.context import page_context
from pages.guards import audited_download, require_page
from pages.navigation import ALL_ROLES, EDITOR_ROLES
from pages.reads import Query, cohort_labels, cohort_scope, participant_count
from pages.widgets import md_escape, page_number, sample_banner, table, text_key
from peserta.exports import participants_xlsx
from peserta.i18n import N_, level_label, sector_short_label
from peserta.stats import format_count, program_abbreviations
from peserta.tables import with_cohort

PAGE_SIZE: Final = 100
# Shown columns, in order; viewers see no names (privacy: counts, not people).
# The recognised agency and its sector come before the free text (jabatan, instansi as written): the table is
# wider than the page, and these are what the dashboard is about.
COLUMNS: Final = (
    "cohort_id", "name", "nip", "gender", "golongan", "agency", "sector", "level", "province", "jabatan",
    "instansi",
)  # fmt: skip
# Px or Streamlit's sizes: the columns a reader needs fit the page; the rest scroll into view.
COHORT_WIDTH: Final = 190  # 'Coaching Mentoring IV/2023'
COLUMN_WIDTHS: Final[dict[str, Literal["small", "medium", "large"] | int]] = {
    "name": "medium", "nip": 150, "gender": 100, "golongan": 85, "agency": "medium", "province": 140,
    "jabatan": "medium", "instansi": "medium",
}  # fmt: skip
LABEL_KEYS: Final = {
    "cohort_id": N_("col.cohort"),
    "name": N_("col.name"),
    "nip": N_("col.nip"),
    "gender": N_("col.gender"),
    "golongan": N_("col.golongan"),
    "jabatan": N_("col.jabatan"),
    "instansi": N_("col.instansi"),
    "agency": N_("col.agency"),
    "sector": N_("col.sector"),
    "level": N_("col.level"),
    "province": N_("col.province"),
}

ctx = page_context()
require_page(ctx, __file__)  # every role (pages.PAGES)
lang = ctx.lang
filters = ctx.filters

st.title(ctx.t("page.peserta"))
sample_banner(ctx)
if not ctx.can_edit:
    st.caption(ctx.t("peserta.nip_masked"))

# Viewers see no names and only masked NIPs, so their search looks at agencies only: matching names or
# NIPs would let the count and the rows reveal who took part, or recover a NIP digit by digit.
search = st.text_input(
    ctx.t("peserta.search" if ctx.can_edit else "peserta.search_agency"),
    key="peserta.search",
    max_chars=100,
    help=None if ctx.can_edit else ctx.t("peserta.search_agency_help"),
)
query = Query(
    sectors=filters.sectors,
    levels=filters.levels,
    provinces=filters.provinces,
    agencies=filters.agencies,
    search=search.strip(),
    personal=ctx.can_edit,
)
scope = cohort_scope(ctx)  # None when every cohort is selected: no IN list of them all
total = participant_count(ctx, query)
st.caption(ctx.nt("peserta.count", total, count=format_count(total, lang)))
if not total:
    st.info(ctx.t("empty.no_participants"), icon=":material/filter_alt_off:")
    st.stop()

page_no = page_number(
    ctx, total, PAGE_SIZE, f"peserta.page.{text_key(repr((filters, query)))}"
)  # new: page 1
rows = ctx.store.participant_page(scope, **query._asdict(), limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
names, short_names = cohort_labels(ctx)
# Only the cohorts of the rows shown are offered to the cohort column ('PCM IV/2023': the full name would fill
# every row): every cohort's name would be sent to the browser on every change (1.5 MB at 33,000 cohorts).
shown_ids = sorted({int(i) for i in rows["cohort_id"]})
programs = program_abbreviations(ctx.cohorts.loc[ctx.cohorts["cohort_id"].isin(shown_ids), "program"])
labels = {c: ctx.t(key) for c, key in LABEL_KEYS.items()}
table(
    rows,
    "peserta.table",
    columns=COLUMNS,
    personal=ctx.can_edit,  # viewers: no names, NIPs masked, nothing of either sent
    labels=labels,
    formats={
        "sector": lambda code: sector_short_label(code, lang),
        "level": lambda code: level_label(code, lang),
    },
    config={
        "cohort_id": st.column_config.SelectboxColumn(
            labels["cohort_id"],
            options=shown_ids,
            format_func=lambda i: short_names.get(int(i), f"#{i}"),
            width=COHORT_WIDTH,
            help=ctx.t(
                "chart.program_legend",
                items="; ".join(f"{short} = {md_escape(full)}" for short, full in programs.items()),
            ),
        ),
        **{
            column: st.column_config.Column(labels[column], width=width)
            for column, width in COLUMN_WIDTHS.items()
        },
    },
)


# Names and full NIPs only when a roster manager asks for them (off by default).
full = ctx.can_edit and st.checkbox(
    ctx.t("peserta.export_full"),
    value=False,
    key="peserta.export_full",
    help=ctx.t("peserta.export_full_help"),
)


def _xlsx() -> bytes:
    """Every participant of the selection (not only this page), built when the button is clicked."""
    everything = ctx.store.participant_page(scope, **query._asdict(), limit=None)
    frame = with_cohort(everything, names)
    if not full:
        frame = frame.drop(columns=["name"])
    return participants_xlsx(frame, lang, mask=not full)


audited_download(
    ctx,
    ctx.t("peserta.download_xlsx"),
    _xlsx,
    roles=EDITOR_ROLES if full else ALL_ROLES,
    action="unduh_peserta",
    detail=(
        f"Daftar peserta: {total} baris dari {len(ctx.selected)} angkatan, "
        + ("dengan nama dan NIP lengkap." if full else "tanpa nama, NIP disamarkan.")
    ),
    file_name="peserta.xlsx",
    mime=XLSX_MIME,
    key="peserta.download",
)
