"""Unggah Roster: read roster files in the sandbox, check and correct them, then save each cohort.

Per file (kept in session state under its SHA-256, so reruns never read it twice): whether it was uploaded
before, the column mapping (correctable, then re-read), for a file without an instansi column the one agency
every participant is from (named by the officer, then re-read), unrecognised agencies (classify, then re-read), and
per cohort its metadata form, a preview with masked NIPs, the load report, and save; a cohort that exists
already shows what replacing it would change and asks Ganti / Batal.
"""

from __future__ import annotations

import dataclasses
import hashlib
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, Final

import streamlit as st

from loaders import RosterError, load_roster, prepare_sandbox
from loaders.columns import KEEP_FIELDS, field_for_header
from loaders.metadata import match_program
from loaders.report import count_by_code
from loaders.schema import XLSX_MIME
from loaders.template import roster_template_xlsx
from pages.context import flash, page_context, show_flash
from pages.forms import classify_form
from pages.guards import audited_download, require_page, require_role
from pages.navigation import EDITOR_ROLES
from pages.widgets import md_escape, table, text_key
from peserta.exports import issues_xlsx
from peserta.i18n import N_, dimension_value_label, issue_label, level_label, sector_label, sector_short_label
from peserta.stats import format_count
from peserta.tables import (
    REVIEW_COLUMNS,
    cohort_names,
    count_notes,
    instansi_review,
    issues_frame,
    issues_with,
    masked,
    messages_in,
    replacement_totals,
    sector_counts,
)
from store import CohortUpload, StoreError, cohort_uploads

STATE_KEY: Final = "unggah.state"  # SHA-256 -> the file's state
HASHES_KEY: Final = "unggah.hashes"  # uploader file id -> SHA-256 (hash each upload once)
UPLOAD_TYPES: Final = ["xlsx", "xlsm", "xls", "ods", "csv"]
YEAR_RANGE: Final = (1945, 2100)
REVIEW_CONFIDENCE: Final = 0.9  # below this an instansi's classification is worth a look (review opens)
REVIEW_LABELS: Final = {
    "instansi": N_("col.instansi"), "n": N_("col.participants"), "sector": N_("col.sector"), "level": N_("col.level"),
    "agency": N_("col.agency"), "province": N_("col.province"),
}  # fmt: skip
PREVIEW_ROWS: Final = 500  # rows sent to the browser in the preview (the whole roster is still saved)
SEVERITY_ORDER: Final = {"error": 0, "warning": 1, "info": 2}
SEVERITY_ICONS: Final = {
    "error": ":material/error:",
    "warning": ":material/warning:",
    "info": ":material/info:",
}
# Notes of a file read without an instansi column: the officer may name (or correct) every participant's agency.
ALL_FROM_CODES: Final = frozenset({"instansi_from_title", "instansi_from_officer"})
META_FIELDS: Final = ("program", "angkatan", "year", "start_date", "end_date", "venue")
PREVIEW_COLUMNS: Final = (
    "row", "name", "nip", "nip_status", "gender", "golongan", "jabatan", "instansi", "agency", "sector", "level",
    "province",
)  # fmt: skip
PREVIEW_LABELS: Final = {
    "row": N_("col.row"), "name": N_("col.name"), "nip": N_("col.nip"), "nip_status": N_("col.nip_status"),
    "gender": N_("col.gender"), "golongan": N_("col.golongan"), "jabatan": N_("col.jabatan"),
    "instansi": N_("col.instansi"), "agency": N_("col.agency"),
    "sector": N_("col.sector"), "level": N_("col.level"), "province": N_("col.province"),
}  # fmt: skip
# Canonical field -> text key of its name in the column-mapping selectboxes ("" = ignore the column).
FIELD_LABELS: Final = {
    "": N_("field.ignore"), "no": N_("col.no"), "name": N_("col.name"), "nip": N_("col.nip"),
    "name_nip": N_("field.name_nip"), "gender": N_("col.gender"),
    "pangkat": N_("col.pangkat"), "golongan": N_("col.golongan"), "pangkat_golongan": N_("field.pangkat_golongan"),
    "jabatan": N_("col.jabatan"), "unit_kerja": N_("col.unit_kerja"), "instansi": N_("col.instansi"),
    "province": N_("col.province"), "city": N_("field.city"), "birth_place": N_("field.birth_place"),
    "birth_date": N_("col.birth_date"), "birth_place_date": N_("field.birth_place_date"), "status": N_("col.status"),
    "score": N_("col.score"), "program": N_("upload.program"), "angkatan": N_("upload.angkatan"), "year": N_("upload.year"),
    "start_date": N_("upload.start_date"), "end_date": N_("upload.end_date"), "period": N_("field.period"),
}  # fmt: skip
FIELD_OPTIONS: Final = ["", *sorted(KEEP_FIELDS, key=list(FIELD_LABELS).index)]

ctx = page_context()
require_page(ctx, __file__)  # editors and admins (pages.PAGES)
prepare_sandbox()  # while the officer picks files, so the first read does not wait for the sandbox to start
lang = ctx.lang
store = ctx.store


# --- reading ----------------------------------------------------------------------------------------------


def read_file(state: dict[str, Any]) -> None:
    """Read the upload in the sandbox (through a private temporary file) into state: result or error."""
    suffix = Path(state["name"]).suffix.lower()
    suffix = suffix if suffix.lstrip(".") in UPLOAD_TYPES else ""
    with st.status(ctx.t("upload.reading"), expanded=False) as status:
        with tempfile.TemporaryDirectory(prefix="dasbor-unggah-") as folder:
            path = Path(folder) / f"roster{suffix}"
            path.write_bytes(state["data"])
            try:
                state["result"] = load_roster(
                    path,
                    column_mapping=state["mapping"] or None,
                    overrides=store.corrections(),
                    display_name=state["name"],
                    keep_duplicates=state["keep_duplicates"],
                    instansi_for_all=state["instansi_for_all"],
                )
                state["error"] = state["reread_error"] = None
            except RosterError as exc:
                if state["result"] is None:
                    state["error"] = exc.message
                    state["error_headers"] = list(exc.headers)  # offered in the column mapping
                    state["error_missing"] = exc.missing  # "instansi": every participant's agency offered
                else:  # a correction made it worse: keep the last good reading, say why
                    state["reread_error"] = exc.message
        if state["error"] or state["reread_error"]:
            status.update(label=ctx.t("upload.read_failed"), state="error")
        else:
            status.update(label=ctx.t("upload.read_done"), state="complete")


def file_state(upload: Any) -> dict[str, Any]:
    """The state of one uploaded file (an st.file_uploader UploadedFile), hashed and read once."""
    hashes: dict[str, str] = st.session_state.setdefault(HASHES_KEY, {})
    if upload.file_id not in hashes:
        hashes[upload.file_id] = hashlib.sha256(upload.getvalue()).hexdigest()
    sha = hashes[upload.file_id]
    states: dict[str, dict[str, Any]] = st.session_state.setdefault(STATE_KEY, {})
    if sha not in states:
        states[sha] = {
            "sha": sha,
            "id": sha[:16],
            "name": upload.name,
            "data": upload.getvalue(),
            "mapping": {},  # header text -> field, as corrected by the user
            "keep_duplicates": False,  # count both rows of a person listed twice (two people, one name)
            "instansi_for_all": None,  # the officer's "every participant is from ..." (no instansi column)
            "result": None,
            "error": None,  # the file cannot be read at all
            "reread_error": None,  # reading again with the user's corrections failed
            "meta": {},  # sheet -> metadata as edited and submitted
            "pending": {},  # sheet -> id of the stored cohort the user may replace
            "saved": {},  # sheet -> id of the cohort saved from it
        }
        read_file(states[sha])
    return states[sha]


# --- saving -----------------------------------------------------------------------------------------------


def edited(state: dict[str, Any], upload: CohortUpload) -> CohortUpload:
    """The cohort with the metadata the user submitted; before that, the program as already stored
    when the detected one names it ('PKA' -> 'Pelatihan Kepemimpinan Administrator')."""
    if upload.key in state["meta"]:
        return dataclasses.replace(upload, **state["meta"][upload.key])
    stored = match_program(upload.program, stored_programs())
    return dataclasses.replace(upload, program=stored) if stored else upload


def stored_programs() -> list[str]:
    """The programs of the stored cohorts, for the metadata form's list."""
    return sorted({str(p) for p in ctx.cohorts["program"].dropna()}) if len(ctx.cohorts) else []


def save(state: dict[str, Any], upload: CohortUpload, *, replace: bool) -> None:
    """Save (or replace) one cohort; on success remember it, keep a message and rerun so every page
    reads the new store generation."""
    require_role(ctx, EDITOR_ROLES)  # again, at the moment of saving
    cohort = md_escape(upload.label)
    with st.status(ctx.t("upload.saving", cohort=cohort), expanded=False) as status:

        def waiting(seconds: float) -> None:  # another save holds the database: this one waits its turn
            status.update(
                label=ctx.t("upload.waiting_turn", cohort=cohort, seconds=format_count(int(seconds), lang))
            )

        try:
            cohort_id = store.save_cohort(upload, user=ctx.user, replace=replace, on_wait=waiting)
        except StoreError as exc:
            status.update(label=ctx.t("upload.save_failed", cohort=cohort), state="error")
            failed: StoreError | None = exc
        else:
            failed = None
            status.update(state="complete")
    if failed is not None:  # the reviewed upload stays in this page's state: saving again retries it
        existing = store.find_cohort(upload.program, upload.angkatan, upload.year)
        if failed.code == "exists" and existing is not None:
            state["pending"][upload.key] = existing
            st.rerun()
        st.error(md_escape(failed.message))
        if failed.code == "busy":
            st.caption(ctx.t("upload.retry_kept"))
        return
    state["saved"][upload.key] = cohort_id
    state["pending"].pop(upload.key, None)
    flash(
        ctx.nt(
            "upload.saved",
            len(upload.participants),
            cohort=md_escape(upload.label),
            count=format_count(len(upload.participants), lang),
        )
    )
    st.rerun()


# --- one file ---------------------------------------------------------------------------------------------


def field_label(field: str) -> str:
    return ctx.t(FIELD_LABELS.get(field, N_("field.ignore"))) if field in FIELD_LABELS else field


def mapping_section(state: dict[str, Any]) -> None:
    """Every header of every sheet with the field it feeds; a changed mapping re-reads the file. A file
    refused for want of a column (no instansi) offers the headers the refusal read."""
    refused = state["result"] is None
    if not refused:
        sheets = state["result"].columns
    else:  # each header with the field the intake reads it as (none when it is not kept)
        read_as = [(h, field_for_header(h)) for h in state.get("error_headers") or []]
        sheets = {"": {"mapped": {}, "read_as": [(h, f if f in KEEP_FIELDS else "") for h, f in read_as]}}
    with st.expander(ctx.t("upload.mapping"), expanded=refused):
        st.caption(ctx.t("upload.mapping_help"))
        with st.form(f"unggah.{state['id']}.mapping", border=False):
            choices: dict[str, str] = {}
            for s, (sheet, facts) in enumerate(sheets.items()):
                if sheet:
                    st.text(f"{ctx.t('col.sheet')}: {sheet}")
                headers = [(h, f) for f, h in facts.get("mapped", {}).items()]
                headers += [(h, "") for h in facts.get("ignored", [])]
                headers += facts.get("read_as", [])
                # Offered too: a column dropped as an ID card number may hold the NIP ("NUPTK/PTK ID/KTP").
                sensitive = facts.get("sensitive_dropped", [])
                headers += [(h, "") for h in sensitive]
                # A mapping is by header text: a label written twice (a merged "Tanda Tangan" over two columns)
                # gets one choice.
                headers = [(h, f) for i, (h, f) in enumerate(headers) if h not in {g for g, _ in headers[:i]}]
                for header, current in headers:
                    current = state["mapping"].get(header, current)
                    choice = st.selectbox(
                        md_escape(header),
                        FIELD_OPTIONS,
                        index=FIELD_OPTIONS.index(current) if current in FIELD_OPTIONS else 0,
                        format_func=field_label,
                        key=f"unggah.{state['id']}.map.{s}.{text_key(header)}",
                    )
                    # A sensitive column left alone stays dropped as such; a refused file's columns left
                    # empty are read as the intake reads them (an explicit "" would ignore a Nama column).
                    if choice or (header not in sensitive and not refused):
                        choices[header] = choice
                if facts.get("sensitive_dropped"):
                    st.caption(ctx.t("upload.sensitive_dropped"))
                    st.text(", ".join(facts["sensitive_dropped"]))
            if st.form_submit_button(ctx.t("upload.reread"), icon=":material/refresh:"):
                require_role(ctx, EDITOR_ROLES)
                state["mapping"] = choices
                read_file(state)
                st.rerun()


def all_from_section(state: dict[str, Any]) -> None:
    """A file without an instansi column: the officer names the one agency every participant is from, and
    the file is read again with it (the cohorts' counts then show before saving)."""
    with st.container(border=True):
        with st.form(f"unggah.{state['id']}.all_from", border=False):
            text = st.text_input(
                ctx.t("upload.all_from"),
                value=state["instansi_for_all"] or "",
                help=ctx.t("upload.all_from_help"),
                max_chars=200,
                key=f"unggah.{state['id']}.all_from.text",
            )
            if st.form_submit_button(ctx.t("upload.all_from_read"), icon=":material/refresh:"):
                require_role(ctx, EDITOR_ROLES)
                state["instansi_for_all"] = " ".join(text.split()) or None
                read_file(state)
                st.rerun()


def offers_all_from(state: dict[str, Any]) -> bool:
    """Whether the file has no instansi column: refused for it, or read with one agency for everyone."""
    if state["result"] is None:
        return bool(state["error"]) and state.get("error_missing") == "instansi"
    return bool(state["instansi_for_all"]) or any(i.code in ALL_FROM_CODES for i in state["result"].issues)


def review_section(state: dict[str, Any]) -> None:
    """Every distinct instansi of the file with its classification, confidence and reason, least certain
    first; any of them can be corrected (the correction also re-classifies the stored cohorts)."""
    review = instansi_review(state["result"].participants, store.corrections())
    if review.empty:
        return
    doubtful = int((review["confidence"] < REVIEW_CONFIDENCE).sum())
    title = ctx.nt(
        "upload.review", len(review), count=format_count(len(review), lang), doubtful=format_count(doubtful, lang)
    )
    with st.expander(title, expanded=doubtful > 0):
        st.caption(ctx.t("upload.review_help"))
        table(
            review,
            f"unggah.{state['id']}.review",
            columns=REVIEW_COLUMNS,
            labels={c: ctx.t(k) for c, k in REVIEW_LABELS.items()},
            formats={
                "sector": lambda c: sector_label(c, lang),
                "level": lambda c: level_label(c or "", lang),
            },
            config={
                "confidence": st.column_config.ProgressColumn(
                    ctx.t("col.confidence"), min_value=0.0, max_value=1.0, format="percent", width="small"
                ),
                "reason": st.column_config.Column(ctx.t("col.reason"), width="large"),
            },
            height=min(420, 38 + 35 * len(review)),
        )
        choice = st.selectbox(
            ctx.t("upload.correct_which"),
            review["instansi"].tolist(),
            index=None,
            placeholder=ctx.t("classify.choose"),
            key=f"unggah.{state['id']}.correct",
        )
        if choice is None:
            return
        reason = str(review.loc[review["instansi"] == choice, "reason"].iloc[0])
        changed = classify_form(
            ctx, choice, f"unggah.{state['id']}.classify.{text_key(choice)}", reason=reason
        )
        if changed is not None:
            read_file(state)
            flash(ctx.nt("classify.saved", changed, count=format_count(changed, lang)))
            st.rerun()


def report_section(upload: CohortUpload, key: str) -> None:
    """The load report of one cohort, grouped by code (errors first), each with its rows; downloadable."""
    if not upload.issues:
        st.caption(ctx.t("quality.no_issues"))
        return
    frame = messages_in(issues_frame(upload.issues), lang)
    severity = {i.code: i.severity for i in upload.issues}
    counts = count_by_code(upload.issues)
    for code in sorted(counts, key=lambda c: (SEVERITY_ORDER.get(severity[c], 3), c)):
        rows = issues_with(frame, [code])
        with st.expander(
            f"{issue_label(code, lang)} ({format_count(counts[code], lang)})",
            icon=SEVERITY_ICONS.get(severity[code]),
        ):
            table(
                rows,
                f"{key}.{code}",
                columns=["sheet", "row", "message"],
                labels={
                    "sheet": ctx.t("col.sheet"),
                    "row": ctx.t("col.row"),
                    "message": ctx.t("col.message"),
                },
            )
    audited_download(
        ctx,
        ctx.t("quality.download"),
        lambda: issues_xlsx(frame, lang),
        roles=EDITOR_ROLES,
        action="unduh_catatan",
        detail=f"Catatan pembacaan {upload.source_file} (lembar {upload.sheet}): {len(frame)} baris.",
        file_name=f"laporan-{Path(upload.source_file).stem}-{upload.sheet}.xlsx"[:120],
        mime=XLSX_MIME,
        key=f"{key}.download",
    )


def metadata_form(state: dict[str, Any], upload: CohortUpload, meta: Any, key: str) -> dict[str, Any] | None:
    """The cohort's program, angkatan, year, dates and venue, prefilled from the file; the values on submit."""
    sources = meta.sources if meta is not None else {}

    def source(field: str) -> str | None:
        return ctx.t("upload.source", source=md_escape(sources[field])) if field in sources else None

    with st.form(f"{key}.meta"):
        st.markdown(f"**{ctx.t('upload.metadata')}**")
        left, middle, right = st.columns([3, 1, 1])
        program = left.text_input(
            ctx.t("upload.program"), value=upload.program or "", help=source("program"), key=f"{key}.program"
        )
        known = stored_programs()
        chosen = left.selectbox(
            ctx.t("upload.program_stored"),
            ["", *known],
            index=known.index(upload.program) + 1 if upload.program in known else 0,
            help=ctx.t("upload.program_stored_help"),
            key=f"{key}.program_stored",
        )
        angkatan = middle.text_input(
            ctx.t("upload.angkatan"),
            value=upload.angkatan or "",
            help=source("angkatan"),
            key=f"{key}.angkatan",
        )
        year = right.number_input(
            ctx.t("upload.year"), min_value=YEAR_RANGE[0], max_value=YEAR_RANGE[1], value=upload.year,
            step=1, help=source("year"), key=f"{key}.year",
        )  # fmt: skip
        left, middle, right = st.columns([1, 1, 3])
        start = left.date_input(
            ctx.t("upload.start_date"), value=upload.start_date, help=source("start_date"), key=f"{key}.start",
            format="DD/MM/YYYY",
        )  # fmt: skip
        end = middle.date_input(
            ctx.t("upload.end_date"), value=upload.end_date, help=source("end_date"), key=f"{key}.end",
            format="DD/MM/YYYY",
        )  # fmt: skip
        venue = right.text_input(
            ctx.t("upload.venue"), value=upload.venue or "", help=source("venue"), key=f"{key}.venue"
        )
        if sources:
            st.caption(ctx.t("upload.sources_note"))
        if not st.form_submit_button(
            ctx.t("upload.save"), type="primary", icon=":material/save:", key=f"{key}.save"
        ):
            return None
    if chosen and chosen != upload.program:  # picked from the stored programs: that name wins
        program = chosen
    if not program.strip() or year is None:
        st.error(ctx.t("upload.meta_required"))
        return None
    if isinstance(start, date) and isinstance(end, date) and end < start:
        st.error(ctx.t("upload.dates_order"))
        return None
    return {
        "program": " ".join(program.split()),
        "angkatan": " ".join(angkatan.split()).upper() or None,
        "year": int(year),
        "start_date": start if isinstance(start, date) else None,
        "end_date": end if isinstance(end, date) else None,
        "venue": " ".join(venue.split()) or None,
    }


def replace_section(state: dict[str, Any], upload: CohortUpload, existing: int, key: str) -> None:
    """What replacing the stored cohort would change, and the Ganti / Batal choice."""
    diff = store.diff_cohort(existing, upload.participants)
    st.warning(ctx.t("upload.duplicate", cohort=md_escape(upload.label)), icon=":material/difference:")
    stored = ctx.cohorts[ctx.cohorts["cohort_id"] == existing]
    if len(stored) and bool(stored["is_sample"].iloc[0]):
        st.info(ctx.t("upload.replace_sample"), icon=":material/science:")
    st.markdown(f"**{ctx.t('upload.replace_totals')}**")
    totals = replacement_totals(ctx.facts, existing, upload.participants, lang)
    heads = {
        "group": ctx.t("col.group"),
        "cohort": ctx.t("col.this_cohort"),
        "total": ctx.t("col.all_cohorts"),
    }
    table(totals, f"{key}.totals", columns=list(totals.columns), labels=heads)
    cards = st.columns(4)
    cards[0].metric(ctx.t("diff.added"), format_count(diff.n_added, lang))
    cards[1].metric(ctx.t("diff.removed"), format_count(diff.n_removed, lang))
    cards[2].metric(ctx.t("diff.changed"), format_count(diff.n_changed, lang))
    cards[3].metric(ctx.t("diff.same"), format_count(diff.n_same, lang))
    labels = {"name": ctx.t("col.name"), "nip": ctx.t("col.nip"), "instansi": ctx.t("col.instansi"),
              "change": ctx.t("diff.change")}  # fmt: skip
    for part, title in (
        (diff.added, N_("diff.added")),
        (diff.removed, N_("diff.removed")),
        (diff.changed, N_("diff.changed")),
    ):
        if len(part):
            with st.expander(f"{ctx.t(title)} ({format_count(len(part), lang)})"):
                table(part, f"{key}.diff.{title}", columns=list(labels), personal=True, labels=labels)
    yes, no = st.columns(2)
    if yes.button(
        ctx.t("upload.replace"),
        type="primary",
        icon=":material/published_with_changes:",
        key=f"{key}.replace",
    ):
        save(state, upload, replace=True)
    if no.button(ctx.t("common.cancel"), key=f"{key}.cancel"):
        state["pending"].pop(upload.key, None)
        st.rerun()


def keep_duplicates_option(state: dict[str, Any]) -> None:
    """Count a person listed twice once (default), or keep both rows when they are two people."""
    result = state["result"]
    if not len(result.duplicates) and not state["keep_duplicates"]:
        return
    keep = st.checkbox(
        ctx.t("upload.keep_duplicates"),
        value=state["keep_duplicates"],
        help=ctx.t("upload.keep_duplicates_help"),
        key=f"unggah.{state['id']}.keep_duplicates",
    )
    if keep != state["keep_duplicates"]:
        require_role(ctx, EDITOR_ROLES)
        state["keep_duplicates"] = keep
        read_file(state)
        st.rerun()


def cohort_section(state: dict[str, Any], upload: CohortUpload, meta: Any, number: int, total: int) -> None:
    """One cohort of the file: saved already, awaiting a replace decision, or preview + metadata + save."""
    key = f"unggah.{state['id']}.{number}"
    st.markdown(f"**{ctx.t('upload.cohort_n', n=number + 1, total=total)}**")
    upload = edited(state, upload)
    st.text(f"{upload.label} ({ctx.t('col.sheet')}: {upload.sheet})")
    if upload.part:
        st.caption(ctx.t("upload.part_of_sheet"))
    st.caption(ctx.nt("upload.rows_read", len(upload.participants), count=format_count(len(upload.participants), lang)))
    counts = sector_counts(upload.participants)  # what saving adds to the overview, before saving
    for card, (sector, n) in zip(st.columns(len(counts)), counts.items(), strict=True):
        card.metric(sector_short_label(sector, lang), format_count(n, lang))
    if upload.key in state["saved"]:
        st.success(ctx.t("upload.saved_short"), icon=":material/check_circle:")
        return
    existing = state["pending"].get(upload.key)
    if existing is not None:
        replace_section(state, upload, existing, key)
        return
    # Coded columns of the preview and duplicates tables as words ('Rusak oleh Excel', not 'damaged').
    preview_formats = {
        "sector": lambda c: sector_label(c, lang),
        "level": lambda c: level_label(c or "", lang),
        "nip_status": lambda c: dimension_value_label("nip_status", c if c != "-" else "", lang),
    }
    with st.expander(ctx.t("upload.preview")):
        if len(upload.participants) > PREVIEW_ROWS:
            st.caption(
                ctx.t(
                    "upload.preview_rows",
                    shown=format_count(PREVIEW_ROWS, lang),
                    total=format_count(len(upload.participants), lang),
                )
            )
        table(
            masked(upload.participants.head(PREVIEW_ROWS)),
            f"{key}.preview",
            columns=PREVIEW_COLUMNS,
            personal=True,  # an editor's page; NIPs masked all the same
            labels={c: ctx.t(k) for c, k in PREVIEW_LABELS.items()},
            formats=preview_formats,
        )
    duplicates = upload.duplicates
    if len(duplicates):
        with st.expander(
            ctx.t("upload.duplicates", count=format_count(len(duplicates), lang)), expanded=True
        ):
            st.caption(ctx.t("upload.duplicates_help"))
            table(
                masked(duplicates),
                f"{key}.duplicates",
                columns=PREVIEW_COLUMNS,
                personal=True,
                labels={c: ctx.t(k) for c, k in PREVIEW_LABELS.items()},
                formats=preview_formats,
            )
    with st.expander(ctx.nt("upload.report", len(upload.issues), count=format_count(len(upload.issues), lang))):
        report_section(upload, f"{key}.report")
    values = metadata_form(state, upload, meta, key)
    if values is None:
        return
    state["meta"][upload.key] = values
    upload = dataclasses.replace(upload, **values)
    found = store.find_cohort(upload.program, upload.angkatan, upload.year)
    if found is not None:
        state["pending"][upload.key] = found
        st.rerun()
    save(state, upload, replace=False)


def file_section(state: dict[str, Any]) -> None:
    """Everything about one uploaded file."""
    with st.container(border=True):
        st.caption(ctx.t("upload.file_label"))
        st.text(state["name"])
        if state["error"]:
            st.error(md_escape(state["error"]), icon=":material/error:")
            st.caption(ctx.t("upload.nothing_saved"))
            if state.get("error_headers"):
                mapping_section(state)
            if offers_all_from(state):
                all_from_section(state)
            return
        if state["reread_error"]:
            st.error(md_escape(state["reread_error"]), icon=":material/error:")
        result = state["result"]
        known = [i for i in store.find_by_hash(state["sha"]) if i not in state["saved"].values()]
        if known:
            names = cohort_names(ctx.cohorts)
            st.info(ctx.t("upload.known_file"), icon=":material/history:")
            st.text("; ".join(names.get(i, f"#{i}") for i in known))
        uploads = cohort_uploads(result, state["sha"])
        to_review, info = count_notes(result.issues)  # "perlu diperiksa" only for notes that need action
        summary = [
            ctx.nt("upload.cohorts_found", len(uploads), count=format_count(len(uploads), lang)),
            ctx.nt("upload.rows_read", len(result.participants), count=format_count(len(result.participants), lang)),
        ]
        if to_review:
            summary.append(ctx.nt("upload.issues_found", to_review, count=format_count(to_review, lang)))
        if info:
            summary.append(ctx.nt("upload.notes_info", info, count=format_count(info, lang)))
        st.caption(" · ".join(summary))
        mapping_section(state)
        if offers_all_from(state):
            all_from_section(state)
        review_section(state)
        keep_duplicates_option(state)
        for number, (upload, meta) in enumerate(zip(uploads, result.cohorts, strict=True)):
            st.divider()
            cohort_section(state, upload, meta, number, len(uploads))


# --- the page ---------------------------------------------------------------------------------------------

st.title(ctx.t("page.unggah"))
show_flash()
st.caption(f"{ctx.t('upload.help')} {ctx.t('upload.limit', mb=st.get_option('server.maxUploadSize'))}")
st.download_button(
    ctx.t("upload.template"),
    data=lambda: roster_template_xlsx(lang),
    file_name="templat-roster-peserta.xlsx",
    mime=XLSX_MIME,
    icon=":material/download:",
    on_click="ignore",
    key="unggah.template",
)
files = st.file_uploader(
    ctx.t("upload.file"), type=UPLOAD_TYPES, accept_multiple_files=True, key="unggah.files"
)
current = [file_state(f) for f in files or []]
# Forget files no longer in the uploader (their bytes live in the session state).
kept = {state["sha"] for state in current}
states = st.session_state.get(STATE_KEY, {})
for sha in [s for s in states if s not in kept]:
    del states[sha]
for state in current:
    file_section(state)
