"""Initial store: cohorts, participants, load_issues, facts, store_state, audit_log.

Revision ID: 0001
Revises:
Create Date: 2025-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "cohorts",
        sa.Column("cohort_id", BigId, primary_key=True, autoincrement=True),
        sa.Column("cohort_key", sa.Text, nullable=False),
        sa.Column("program", sa.Text),
        sa.Column("angkatan", sa.Text),
        sa.Column("year", sa.Integer),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("venue", sa.Text),
        sa.Column("sheet", sa.Text, nullable=False),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("file_sha256", sa.Text, nullable=False),
        sa.Column("uploaded_by", sa.Text, nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("n_participants", sa.Integer, nullable=False),
        sa.Column("is_sample", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("cohort_id", name="pk_cohorts"),
        sa.UniqueConstraint("cohort_key", name="uq_cohorts_cohort_key"),
    )
    op.create_index("ix_cohorts_file_sha256", "cohorts", ["file_sha256"])

    op.create_table(
        "participants",
        sa.Column("participant_id", BigId, primary_key=True, autoincrement=True),
        sa.Column("cohort_id", BigId, nullable=False),
        sa.Column("sheet", sa.Text),
        sa.Column("row", sa.Integer),
        sa.Column("name", sa.Text),
        sa.Column("nip", sa.Text),
        sa.Column("nip_status", sa.Text),
        sa.Column("gender", sa.Text),
        sa.Column("birth_date", sa.Date),
        sa.Column("appointment_date", sa.Date),
        sa.Column("birth_place", sa.Text),
        sa.Column("pangkat", sa.Text),
        sa.Column("golongan", sa.Text),
        sa.Column("jabatan", sa.Text),
        sa.Column("unit_kerja", sa.Text),
        sa.Column("instansi", sa.Text),
        sa.Column("province_stated", sa.Text),
        sa.Column("city_stated", sa.Text),
        sa.Column("status", sa.Text),
        sa.Column("score", sa.Float),
        sa.Column("agency", sa.Text),
        sa.Column("sector", sa.Text),
        sa.Column("level", sa.Text),
        sa.Column("province", sa.Text),
        sa.Column("issue_codes", sa.Text),
        sa.Column("golongan_group", sa.Text),
        sa.Column("age_band", sa.Text),
        sa.Column("person_key", sa.Text),
        sa.PrimaryKeyConstraint("participant_id", name="pk_participants"),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohorts.cohort_id"], ondelete="CASCADE", name="fk_participants_cohort_id_cohorts"
        ),
    )
    op.create_index("ix_participants_cohort_id", "participants", ["cohort_id", "participant_id"])
    op.create_index("ix_participants_nip", "participants", ["nip"])
    op.create_index("ix_participants_person_key", "participants", ["person_key", "cohort_id"])

    op.create_table(
        "load_issues",
        sa.Column("issue_id", BigId, primary_key=True, autoincrement=True),
        sa.Column("cohort_id", BigId, nullable=False),
        sa.Column("sheet", sa.Text),
        sa.Column("row", sa.Integer),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("severity", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("issue_id", name="pk_load_issues"),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohorts.cohort_id"], ondelete="CASCADE", name="fk_load_issues_cohort_id_cohorts"
        ),
    )
    op.create_index("ix_load_issues_cohort_id", "load_issues", ["cohort_id"])

    op.create_table(
        "facts",
        sa.Column("cohort_id", BigId, nullable=False),
        sa.Column("sector", sa.Text, nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("province", sa.Text, nullable=False),
        sa.Column("dimension", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint(
            "cohort_id", "sector", "level", "province", "dimension", "value", name="pk_facts"
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohorts.cohort_id"], ondelete="CASCADE", name="fk_facts_cohort_id_cohorts"
        ),
    )
    op.create_index("ix_facts_cohort_id", "facts", ["cohort_id"])

    state = op.create_table(
        "store_state",
        sa.Column("state_id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("generation", sa.BigInteger, nullable=False),
        sa.Column("samples_seeded", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("state_id", name="pk_store_state"),
    )
    op.bulk_insert(state, [{"state_id": 1, "generation": 0, "samples_seeded": False}])

    op.create_table(
        "audit_log",
        sa.Column("audit_id", BigId, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("audit_id", name="pk_audit_log"),
    )


def downgrade() -> None:
    for table in ("audit_log", "store_state", "facts", "load_issues", "participants", "cohorts"):
        op.drop_table(table)
