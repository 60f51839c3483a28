"""Kualitas data: unrecognised agencies, damaged or invalid NIPs, duplicates, and the full load report."""

from typing import Final

import streamlit as st

from loaders.report import ISSUE_TYPES
from loaders.schema import XLSX_MIME
from pages.context import flash, page_context, show_flash
from pages.forms import classify_form
from pages.guards import audited_download, require_page
from pages.navigation import ALL_ROLES
from pages.reads import cohort_labels, quality_reads, repeat_people
from pages.widgets import repeat_table, sample_banner, shown_of, table, text_key
from peserta.exports import issues_xlsx
from peserta.i18n import N_, issue_label, sector_short_label
from peserta.stats import format_count
from peserta.tables import cohort_lists, issues_with, masked_messages, messages_in, with_cohort

NIP_CODES: Final = tuple(code for code in ISSUE_TYPES if code.startswith("nip_")) + ("gender_mismatch",)
DUPLICATE_CODES: Final = ("duplicate_in_file",)
ISSUE_COLUMNS: Final = ("cohort_id", "sheet", "row", "code", "message")
MAX_CLASSIFY_FORMS: Final = 20  # the most frequent unrecognised texts first
UNCOUNTED_ROWS: Final = 500  # rows listed (all are counted)
COHORTS_PER_ROW: Final = 5  # cohorts named per unrecognised text (then "+N")

ctx = page_context()
require_page(ctx, __file__)  # every role (pages.PAGES)
lang = ctx.lang
names = cohort_labels(ctx)[0]
labels = {
    "cohort_id": ctx.t("col.cohort"),
    "sheet": ctx.t("col.sheet"),
    "row": ctx.t("col.row"),
    "code": ctx.t("col.issue"),
    "message": ctx.t("col.message"),
    "instansi": ctx.t("col.instansi"),
    "n": ctx.t("col.participants"),
    "cohorts": ctx.t("col.cohorts"),
    "sector": ctx.t("col.sector"),
}
formats = {"cohort_id": lambda i: names.get(int(i), f"#{i}"), "code": lambda code: issue_label(code, lang)}

st.title(ctx.t("page.kualitas"))
show_flash()
sample_banner(ctx)
if ctx.selected.empty:
    st.info(
        ctx.t("empty.no_participants") if len(ctx.cohorts) else ctx.t("empty.no_data"),
        icon=":material/inbox:",
    )
    st.stop()

issues, unknown, uncounted, n_uncounted = quality_reads(ctx, UNCOUNTED_ROWS)
if not ctx.can_edit:  # messages may quote a NIP or the birth date in it
    issues = masked_messages(issues)
issues = messages_in(issues, lang)
nip_issues = issues_with(issues, NIP_CODES)
duplicates = issues_with(issues, DUPLICATE_CODES)
n_repeat, repeat = repeat_people(ctx)

cards = st.columns(4)
cards[0].metric(ctx.t("quality.unclassified"), format_count(len(unknown), lang))
cards[1].metric(ctx.t("quality.nip_problems"), format_count(len(nip_issues), lang))
cards[2].metric(
    ctx.t("quality.duplicates_in_file_short"),  # the long label was cut off in a quarter-width card
    format_count(len(duplicates), lang),
    help=ctx.t("quality.duplicates_in_file_help"),
)
cards[3].metric(ctx.t("trend.repeat_count"), format_count(n_repeat, lang))

st.subheader(ctx.t("quality.unclassified"))
if unknown.empty:
    st.caption(ctx.t("quality.no_issues"))
else:
    shown = unknown.assign(cohorts=cohort_lists(unknown["cohort_ids"], names, most=COHORTS_PER_ROW))
    table(shown, "kualitas.unknown", columns=["instansi", "n", "cohorts"], labels=labels)
    if ctx.can_edit:
        st.caption(ctx.t("quality.unknown_hint"))
        for text in unknown["instansi"].head(MAX_CLASSIFY_FORMS):
            changed = classify_form(ctx, str(text), f"kualitas.classify.{text_key(str(text))}")
            if changed is not None:  # run again: the counts, the lists and the forms above and below change
                flash(ctx.nt("classify.saved", changed, count=format_count(changed, lang)))
                st.rerun()

# The same rows the overview counts as neither K/L nor Pemda, each with its cohort, sheet and row.
st.subheader(ctx.t("quality.uncounted"))
if not n_uncounted:
    st.caption(ctx.t("quality.no_issues"))  # never "0 peserta: ..."
else:
    st.caption(ctx.nt("quality.uncounted_count", n_uncounted, count=format_count(n_uncounted, lang)))
    table(
        uncounted,
        "kualitas.uncounted",
        columns=["cohort_id", "sheet", "row", "instansi", "sector"],
        labels=labels,
        formats={**formats, "sector": lambda code: sector_short_label(code, lang)},
    )
    shown_of(ctx, N_("shown.first_rows"), len(uncounted), n_uncounted)

st.subheader(ctx.t("quality.nip_problems"))
if nip_issues.empty:
    st.caption(ctx.t("quality.no_issues"))
else:
    table(nip_issues, "kualitas.nip", columns=ISSUE_COLUMNS, labels=labels, formats=formats)

st.subheader(ctx.t("quality.duplicates"))
st.markdown(f"**{ctx.t('quality.duplicates_in_file')}**")
if duplicates.empty:
    st.caption(ctx.t("quality.no_issues"))
else:
    table(duplicates, "kualitas.duplicates", columns=ISSUE_COLUMNS, labels=labels, formats=formats)
st.markdown(f"**{ctx.t('trend.repeat_people')}**")
if repeat.empty:  # a heading always has something under it
    st.caption(ctx.t("quality.no_repeat"))
repeat_table(ctx, repeat, "kualitas.repeat", count=False)
shown_of(ctx, N_("shown.first_rows"), len(repeat), n_repeat)

st.subheader(ctx.t("quality.issues"))
st.caption(ctx.nt("quality.issue_count", len(issues), count=format_count(len(issues), lang)))
table(issues, "kualitas.issues", columns=ISSUE_COLUMNS, labels=labels, formats=formats, height=400)
audited_download(
    ctx,
    ctx.t("quality.download"),
    lambda: issues_xlsx(with_cohort(issues, names), lang),
    roles=ALL_ROLES,
    action="unduh_catatan",
    detail=f"Catatan kualitas data: {len(issues)} baris dari {len(ctx.selected)} angkatan.",
    file_name="catatan-kualitas-data.xlsx",
    mime=XLSX_MIME,
    key="kualitas.download",
)
