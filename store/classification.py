"""Agency classification of what is stored: the corrections table, and re-classifying stored participants.

A correction (an officer's classification of one instansi text) lives in the database, so every server on
the same database uses it, the full backup carries it and the audit log records it. Saving one re-classifies
every stored participant whose instansi normalises to the same text, in the same transaction, and rewrites
the facts of the cohorts it touches: the overview changes at once, without a re-upload. When the reference
tables change (a new release, a cabinet change) the whole store can be re-classified the same way, after a
plan that shows what would change per cohort.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import pandas as pd
import sqlalchemy as sa

from loaders.agencies import AgencyClass, classify_many, in_context, override_key
from loaders.report import make_issue
from loaders.roster import REVIEW_SIDES
from loaders.schema import SECTORS
from store import facts as facts_sql
from store.bulk import IN_CHUNK, chunks, insert_rows
from store.schema import agency_corrections, cohorts, load_issues, participants

# load-report codes that follow the classification (written as the intake writes them: loaders.roster)
AGENCY_CODES: Final = ("agency_unknown", "agency_other", "agency_review")
CLASS_COLUMNS: Final = ("agency", "sector", "level", "province")


def _agency_code(cls: AgencyClass) -> str | None:
    """The load-report code the intake gives a row of this class (None: nothing to report)."""
    if cls.sector in REVIEW_SIDES and cls.review:
        return "agency_review"
    if cls.sector in ("unknown", "other"):
        return f"agency_{cls.sector}"
    return None


def _class_tuple(cls: AgencyClass) -> tuple[str | None, str, str | None, str | None]:
    return (cls.agency, cls.sector, cls.level, cls.province)


def _placed_as(cls: AgencyClass, agency: str | None, governments: dict[str, AgencyClass]) -> AgencyClass:
    """The class a row of this text keeps when it is stored in `agency`: a regional unit that names no region
    ("Dinas Sosial") was placed by its roster's title or other rows (loaders.agencies.in_context), which the
    text alone cannot tell again, so it stays in that government when the government fits the unit; any other
    class is the text's own. `governments` caches the classes of the government names."""
    if agency is None or cls.sector != "regional" or cls.agency:
        return cls
    if agency not in governments:
        governments[agency] = classify_many([agency])[agency]
    pemda = governments[agency]
    if pemda.sector != "regional" or pemda.agency != agency:
        return cls
    return in_context(cls, pemda, "angkatan tersimpan")


@dataclass(frozen=True)
class Reclassification:
    """What re-classifying would change: the new class of each instansi text whose stored class differs,
    and per cohort the participants by sector before and after (only cohorts that change)."""

    changes: dict[str, AgencyClass] = field(default_factory=dict)
    cohorts: pd.DataFrame = field(default_factory=lambda: _cohort_frame([]))
    n_participants: int = 0

    @property
    def empty(self) -> bool:
        """Nothing would change."""
        return not self.changes


def _cohort_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = ["cohort_id", *(f"{s}_{w}" for w in ("before", "after") for s in SECTORS)]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({c: "int64" for c in columns})


# --- corrections --------------------------------------------------------------------------------------------


def read_corrections(conn: sa.Connection) -> dict[str, AgencyClass]:
    """Every correction: instansi text -> its classification (confidence 1)."""
    c = agency_corrections.c
    rows = conn.execute(
        sa.select(c.instansi, c.sector, c.level, c.agency, c.province, c.reason).order_by(c.instansi_key)
    ).all()
    return {r[0]: AgencyClass(r[1], r[2], r[3], r[4], 1.0, r[5]) for r in rows}


def write_correction(conn: sa.Connection, instansi: str, cls: AgencyClass, user: str) -> None:
    """Insert or replace the correction of one text (matched by its normalised key)."""
    key = override_key(instansi)
    conn.execute(sa.delete(agency_corrections).where(agency_corrections.c.instansi_key == key))
    conn.execute(
        sa.insert(agency_corrections).values(
            instansi_key=key,
            instansi=instansi,
            sector=cls.sector,
            level=cls.level,
            agency=cls.agency,
            province=cls.province,
            reason=cls.reason,
            updated_by=user,
            updated_at=datetime.now(UTC),
        )
    )


# --- re-classifying stored participants -----------------------------------------------------------------


def _stored_classes(conn: sa.Connection) -> dict[str, set[tuple[Any, ...]]]:
    """instansi text -> the distinct (agency, sector, level, province) stored for it."""
    p = participants.c
    rows = conn.execute(
        sa.select(p.instansi, p.agency, p.sector, p.level, p.province)
        .where(p.instansi.is_not(None))
        .distinct()
    ).all()
    out: dict[str, set[tuple[Any, ...]]] = {}
    for text, *cls in rows:
        out.setdefault(text, set()).add(tuple(cls))
    return out


def plan_changes(
    conn: sa.Connection, corrections: Mapping[str, AgencyClass], *, keys: Iterable[str] | None = None
) -> dict[str, AgencyClass]:
    """The instansi texts whose stored class differs from what the classifier (with `corrections`) says now;
    with `keys`, only texts whose normalised key is one of them."""
    stored = _stored_classes(conn)
    if keys is not None:
        wanted = set(keys)
        stored = {t: v for t, v in stored.items() if override_key(t) in wanted}
    now = classify_many(stored, corrections)
    governments: dict[str, AgencyClass] = {}
    return {
        t: now[t]
        for t, classes in stored.items()
        if any(c != _class_tuple(_placed_as(now[t], c[0], governments)) for c in classes)
    }


def cohort_counts(conn: sa.Connection, changes: Mapping[str, AgencyClass]) -> tuple[pd.DataFrame, int]:
    """Per cohort touched by `changes`: participants by sector before and after; and the rows that change."""
    p = participants.c
    texts = sorted(changes)
    touched: set[int] = set()
    moved: dict[tuple[int, str, str], int] = {}
    n_rows = 0
    for chunk in chunks(texts, IN_CHUNK):
        sector = sa.func.coalesce(p.sector, "unknown")
        for cohort_id, text, old_sector, count in conn.execute(
            sa.select(p.cohort_id, p.instansi, sector, sa.func.count())
            .where(p.instansi.in_(chunk))
            .group_by(p.cohort_id, p.instansi, sector)
        ).all():
            key = (int(cohort_id), str(old_sector), changes[text].sector)
            touched.add(key[0])
            if key[1] != key[2]:
                moved[key] = moved.get(key, 0) + int(count)
            n_rows += int(count)
    if not touched:
        return _cohort_frame([]), 0
    # Each cohort's participants by sector, from the facts written with them (one scan, no IN lists).
    totals: dict[int, dict[str, int]] = {i: dict.fromkeys(SECTORS, 0) for i in touched}
    f = facts_sql.facts.c
    for cohort_id, name, count in conn.execute(
        sa.select(f.cohort_id, f.sector, sa.func.sum(f.n))
        .where(f.dimension == "total")
        .group_by(f.cohort_id, f.sector)
    ).all():
        if int(cohort_id) in totals:
            totals[int(cohort_id)][str(name)] = int(count)
    by_cohort: dict[int, list[tuple[str, str, int]]] = {}
    for (cohort_id, old, new), count in moved.items():
        by_cohort.setdefault(cohort_id, []).append((old, new, count))
    rows: list[dict[str, Any]] = []
    for cohort_id in sorted(by_cohort):
        was = totals[cohort_id]
        now = dict(was)
        for old, new, count in by_cohort[cohort_id]:
            now[old] -= count
            now[new] += count
        if was != now:
            rows.append(
                {"cohort_id": cohort_id, **{f"{s}_before": was[s] for s in SECTORS},
                 **{f"{s}_after": now[s] for s in SECTORS}}
            )  # fmt: skip
    return _cohort_frame(rows), n_rows


def apply_changes(
    conn: sa.Connection,
    changes: Mapping[str, AgencyClass],
    corrections: Mapping[str, AgencyClass] | None = None,
) -> tuple[list[int], int]:
    """Write the new classes into every stored participant with these instansi texts, refresh the agency
    lines of the load report and the rows' issue codes, and rewrite the facts of the cohorts touched; returns
    those cohort ids and the participants changed. Set-based: a statement per text and per (text, issue
    codes), not per participant."""
    if not changes:
        return [], 0
    p = participants.c
    # Per (text, stored government): a unit its roster placed stays placed (_placed_as).
    governments: dict[str, AgencyClass] = {}
    updates = []
    for chunk in chunks(sorted(changes), IN_CHUNK):
        for text, agency in conn.execute(
            sa.select(p.instansi, p.agency).where(p.instansi.in_(chunk)).distinct()
        ).all():
            new = _class_tuple(_placed_as(changes[text], agency, governments))
            updates.append(
                {"text": text, "old_agency": agency,
                 **{f"new_{c}": v for c, v in zip(CLASS_COLUMNS, new, strict=True)}}
            )  # fmt: skip
    if updates:
        conn.execute(
            sa.update(participants)
            .where(p.instansi == sa.bindparam("text"), p.agency.is_not_distinct_from(sa.bindparam("old_agency")))
            .values({c: sa.bindparam(f"new_{c}") for c in CLASS_COLUMNS}),
            updates,
        )
    touched: set[int] = set()
    combos: set[tuple[str, str | None]] = set()
    n_rows = 0
    for chunk in chunks(sorted(changes), IN_CHUNK):
        for cohort_id, text, codes, count in conn.execute(
            sa.select(p.cohort_id, p.instansi, p.issue_codes, sa.func.count())
            .where(p.instansi.in_(chunk))
            .group_by(p.cohort_id, p.instansi, p.issue_codes)
        ).all():
            touched.add(int(cohort_id))
            combos.add((text, codes))
            n_rows += int(count)
    _refresh_issue_codes(conn, combos, changes)
    ids = sorted(touched)
    _refresh_agency_issues(conn, ids, changes, corrections or {})
    n_cohorts = int(conn.scalar(sa.select(sa.func.count()).select_from(cohorts)) or 0)
    facts_sql.rewrite_facts(conn, ids, n_cohorts)
    return ids, n_rows


def _refresh_issue_codes(
    conn: sa.Connection, combos: Iterable[tuple[str, str | None]], changes: Mapping[str, AgencyClass]
) -> None:
    """Each row's issue codes with the agency code the new class calls for (one statement per distinct
    (text, old codes) whose codes change)."""
    p = participants.c
    updates = []
    for text, codes in combos:
        old = [c for c in (codes or "").split(",") if c]
        new = [c for c in old if c not in AGENCY_CODES]
        code = _agency_code(changes[text])
        if code is not None:
            new.append(code)
        if new != old:
            updates.append({"text": text, "old": codes, "new": ",".join(new) or None})
    if updates:
        conn.execute(
            sa.update(participants)
            .where(
                p.instansi == sa.bindparam("text"), p.issue_codes.is_not_distinct_from(sa.bindparam("old"))
            )
            .values(issue_codes=sa.bindparam("new")),
            updates,
        )


def _refresh_agency_issues(
    conn: sa.Connection,
    cohort_ids: Sequence[int],
    changes: Mapping[str, AgencyClass],
    corrections: Mapping[str, AgencyClass],
) -> None:
    """The agency lines of these cohorts' load reports, written again from their participants as the intake
    writes them: a line per row whose instansi is unknown, not a government body, or to be reviewed."""
    p, i = participants.c, load_issues.c
    for chunk in chunks(cohort_ids, IN_CHUNK):
        conn.execute(sa.delete(load_issues).where(i.cohort_id.in_(chunk), i.code.in_(AGENCY_CODES)))
        texts = [
            t
            for (t,) in conn.execute(
                sa.select(p.instansi).where(p.cohort_id.in_(chunk), p.instansi.is_not(None)).distinct()
            )
        ]
        classes = {**classify_many(texts, corrections), **changes}
        flagged = sorted(t for t in texts if _agency_code(classes[t]) is not None)
        issues = []
        for texts_chunk in chunks(flagged, IN_CHUNK):
            for cohort_id, sheet, row, text in conn.execute(
                sa.select(p.cohort_id, p.sheet, p.row, p.instansi)
                .where(p.cohort_id.in_(chunk), p.instansi.in_(texts_chunk))
                .order_by(p.cohort_id, p.participant_id)
            ).all():
                cls = classes[text]
                code = _agency_code(cls)
                if code == "agency_review":
                    issue = make_issue(code, sheet=sheet, row=row, instansi=text, side=REVIEW_SIDES[cls.sector],
                                       review=cls.review)  # fmt: skip
                elif code == "agency_other":
                    issue = make_issue(code, sheet=sheet, row=row, instansi=text, reason=cls.reason)
                else:
                    issue = make_issue("agency_unknown", sheet=sheet, row=row, instansi=text)
                issues.append(
                    {"cohort_id": cohort_id, "sheet": sheet, "row": row, "code": issue.code,
                     "severity": issue.severity, "message": issue.message}
                )  # fmt: skip
        insert_rows(conn, load_issues, issues)
