"""Small display-shaping steps the pages share: cohort names, masked NIPs, load-report frames. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import pandas as pd

from loaders.agencies import classify_many
from loaders.nip import mask_nip
from loaders.schema import SECTORS
from peserta.facts import prepare_facts
from peserta.i18n import issue_message, sector_short_label, t
from peserta.stats import cohort_label, format_count, kpis


def cohort_names(cohorts: pd.DataFrame) -> dict[int, str]:
    """cohort_id -> 'Pelatihan ... Angkatan IV Tahun 2023' (column-wise: tens of thousands of cohorts)."""
    columns = [cohorts[c].tolist() for c in ("cohort_id", "program", "angkatan", "year")]
    return {
        int(i): cohort_label(program, angkatan, year) or f"#{i}"
        for i, program, angkatan, year in zip(*columns, strict=True)
    }


# Columns that identify a person. Only roster managers (personal=True) are sent them; "nip" is sent to others
# masked (the 3-digit serial left), never whole.
PERSONAL_COLUMNS: Final = frozenset({"name", "person_key", "birth_date", "birth_place", "appointment_date"})


def shown_columns(frame: pd.DataFrame, columns: Sequence[str], *, personal: bool) -> pd.DataFrame:
    """The frame cut down to `columns` (in that order, those it has) before it leaves the server: without
    `personal`, no column of PERSONAL_COLUMNS and NIPs masked. Streamlit sends a table's whole frame to the
    browser, where hidden columns can be shown again, so what a role may not see must not be in it."""
    keep = [
        c for c in dict.fromkeys(columns) if c in frame.columns and (personal or c not in PERSONAL_COLUMNS)
    ]
    shown = frame.loc[:, keep]
    shown = shown if personal else masked(shown)
    # A missing text shows as an empty cell, not as "None"; so does a missing whole number (Streamlit draws a
    # nullable integer's NA as a grey "None": such a column is sent as text). Dates keep their own empty cells.
    texts = [
        c
        for c in shown.columns
        if pd.api.types.is_object_dtype(shown[c]) or pd.api.types.is_string_dtype(shown[c])
    ]
    numbers = [
        c
        for c in shown.columns
        if isinstance(shown[c].dtype, pd.api.extensions.ExtensionDtype)
        and pd.api.types.is_integer_dtype(shown[c])
        and bool(shown[c].isna().any())
    ]
    if not texts and not numbers:
        return shown
    return shown.assign(
        **{c: shown[c].astype(object).where(shown[c].notna(), "") for c in texts},
        **{c: ["" if pd.isna(v) else str(int(v)) for v in shown[c]] for c in numbers},
    )


def masked(frame: pd.DataFrame, column: str = "nip") -> pd.DataFrame:
    """The frame with `column` NIPs masked (only the 3-digit serial left)."""
    if column not in frame.columns:
        return frame
    return frame.assign(**{column: [mask_nip(v) if isinstance(v, str) else "" for v in frame[column]]})


def with_cohort(frame: pd.DataFrame, names: Mapping[int, str]) -> pd.DataFrame:
    """The frame with a 'cohort' column naming each row's cohort_id (for downloads)."""
    return frame.assign(cohort=[names.get(int(i), f"#{i}") for i in frame["cohort_id"]])


def cohort_lists(ids: pd.Series, names: Mapping[int, str], most: int | None = None) -> list[str]:
    """Each row's list of cohort ids as one text: 'Angkatan I ... | Angkatan II ...'; with `most`, at most
    that many names and then '+N' for the rest (an instansi text can occur in thousands of cohorts)."""
    texts = []
    for row in ids:
        shown = row if most is None else row[:most]
        text = " | ".join(names.get(int(i), f"#{i}") for i in shown)
        texts.append(text if len(shown) == len(row) else f"{text} | +{len(row) - len(shown)}")
    return texts


def issues_frame(issues: Iterable[Any]) -> pd.DataFrame:
    """A load report (loaders.report.Issue list) as a frame: sheet, row, code, severity, message."""
    columns = ["sheet", "row", "code", "severity", "message"]
    rows = [{c: getattr(i, c) for c in columns} for i in issues]
    return pd.DataFrame(rows, columns=columns).astype({"row": "Int64"})


INFO_SEVERITY: Final = "info"  # loaders.report: a note for information (a skipped footer), nothing to do


def count_notes(issues: Iterable[Any]) -> tuple[int, int]:
    """(notes that need action, notes for information) of a load report (loaders.report.Issue list)."""
    severities = [getattr(issue, "severity", "") for issue in issues]
    info = sum(1 for severity in severities if severity == INFO_SEVERITY)
    return len(severities) - info, info


def sector_counts(participants: pd.DataFrame) -> dict[str, int]:
    """Participants of a freshly read roster per sector (SECTORS order; no sector counts as unknown)."""
    sectors = participants["sector"].astype(object).fillna("unknown").value_counts()
    return {s: int(sectors.get(s, 0)) for s in SECTORS}


REVIEW_COLUMNS: Final = ("instansi", "n", "sector", "level", "agency", "province", "confidence", "reason")


def instansi_review(participants: pd.DataFrame, corrections: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Every distinct instansi text of a roster with its participants and classification (with the officers'
    `corrections`), least certain first, then the most frequent."""
    counts = participants["instansi"].dropna().astype(str).value_counts()
    classes = classify_many([str(t) for t in counts.index], corrections)
    rows = []
    for text, n in counts.items():
        cls = classes[str(text)]
        rows.append(
            {"instansi": str(text), "n": int(n), "sector": cls.sector, "level": cls.level, "agency": cls.agency,
             "province": cls.province, "confidence": float(cls.confidence), "reason": cls.reason}
        )  # fmt: skip
    frame = pd.DataFrame(rows, columns=list(REVIEW_COLUMNS))
    if frame.empty:
        return frame
    return frame.sort_values(
        ["confidence", "n", "instansi"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)


def issues_with(issues: pd.DataFrame, codes: Iterable[str]) -> pd.DataFrame:
    """The load-report rows whose code is one of `codes`."""
    return issues[issues["code"].isin(list(codes))]


_DIGIT_RUN = re.compile(r"\d{5,}")


def mask_digit_runs(text: str) -> str:
    """Every run of 5 or more digits replaced by '*' (a NIP, a birth date or a number a load-report message
    quotes); shorter numbers such as row numbers and years stay readable."""
    return _DIGIT_RUN.sub(lambda m: "*" * len(m.group()), text)


def masked_messages(issues: pd.DataFrame, column: str = "message") -> pd.DataFrame:
    """The load report with digit runs masked in its messages (for viewers: NIPs masked everywhere)."""
    if column not in issues.columns:
        return issues
    return issues.assign(
        **{column: [mask_digit_runs(str(v)) if isinstance(v, str) else v for v in issues[column]]}
    )


def messages_in(issues: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The load report with its messages (stored in Indonesian) in `lang`, each distinct message once."""
    if issues.empty or not {"code", "message"} <= set(issues.columns) or lang != "en":
        return issues
    pairs = list(zip(issues["code"].astype(str), issues["message"].astype(str), strict=True))
    said = {pair: issue_message(*pair, lang) for pair in set(pairs)}
    return issues.assign(message=[said[pair] for pair in pairs])


def reclassification_rows(plan: pd.DataFrame, names: Mapping[int, str]) -> pd.DataFrame:
    """A re-classification plan's per-cohort counts (store.classification.Reclassification.cohorts) as text:
    cohort, then one 'before -> after' column per sector."""
    data: dict[str, list[str]] = {"cohort": [names.get(int(i), f"#{i}") for i in plan["cohort_id"]]}
    for sector in SECTORS:
        data[sector] = [
            f"{int(b)} → {int(a)}" if b != a else str(int(b))
            for b, a in zip(plan[f"{sector}_before"], plan[f"{sector}_after"], strict=True)
        ]
    return pd.DataFrame(data, columns=["cohort", *SECTORS])


def replacement_totals(
    facts: pd.DataFrame, cohort_id: int, participants: pd.DataFrame, lang: str = "id"
) -> pd.DataFrame:
    """How replacing a stored cohort with a freshly read roster changes the counts: one row per group (K/L,
    Pemda, then other and unknown when either side has any, then all participants), columns group, cohort
    and total, each 'before → after' ('14' when unchanged); `facts` are every stored cohort's facts."""
    facts = prepare_facts(facts)
    everyone = kpis(facts)
    before = kpis(facts[facts["cohort_id"].to_numpy() == int(cohort_id)])
    after = sector_counts(participants)
    keys = [s for s in SECTORS if s in ("central", "regional") or before.count(s) or after[s]]
    rows: list[dict[str, str]] = []
    for key, old, new, label in [
        *((s, before.count(s), after[s], sector_short_label(s, lang)) for s in keys),
        ("participants", before.participants, sum(after.values()), t("kpi.participants", lang)),
    ]:
        total = everyone.participants if key == "participants" else everyone.count(key)
        rows.append(
            {
                "group": label,
                "cohort": _before_after(old, new, lang),
                "total": _before_after(total, total - old + new, lang),
            }
        )
    return pd.DataFrame(rows, columns=["group", "cohort", "total"])


def _before_after(old: int, new: int, lang: str) -> str:
    return format_count(old, lang) if old == new else f"{format_count(old, lang)} → {format_count(new, lang)}"
