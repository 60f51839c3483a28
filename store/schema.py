"""The store's tables (SQLAlchemy Core). Migrations in store/migrations/ create exactly these."""

from __future__ import annotations

from typing import Final

import sqlalchemy as sa

# BIGINT keys on PostgreSQL; SQLite needs INTEGER PRIMARY KEY to alias the rowid.
BigId: Final = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

cohorts = sa.Table(
    "cohorts",
    metadata,
    sa.Column("cohort_id", BigId, primary_key=True, autoincrement=True),
    # casefolded, space-collapsed "program|angkatan|year": one cohort per key
    sa.Column("cohort_key", sa.Text, nullable=False, unique=True),
    sa.Column("program", sa.Text),
    sa.Column("angkatan", sa.Text),
    sa.Column("year", sa.Integer),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("venue", sa.Text),
    sa.Column("sheet", sa.Text, nullable=False),
    sa.Column("source_file", sa.Text, nullable=False),
    sa.Column("file_sha256", sa.Text, nullable=False, index=True),
    sa.Column("uploaded_by", sa.Text, nullable=False),
    sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("n_participants", sa.Integer, nullable=False),
    sa.Column("is_sample", sa.Boolean, nullable=False),
)

participants = sa.Table(
    "participants",
    metadata,
    sa.Column("participant_id", BigId, primary_key=True, autoincrement=True),
    sa.Column("cohort_id", BigId, sa.ForeignKey("cohorts.cohort_id", ondelete="CASCADE"), nullable=False),
    sa.Column("sheet", sa.Text),
    sa.Column("row", sa.Integer),
    sa.Column("name", sa.Text),
    sa.Column("nip", sa.Text, index=True),
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
    sa.Column("issue_codes", sa.Text),  # the row's issue codes joined with ","
    sa.Column("golongan_group", sa.Text),
    sa.Column("age_band", sa.Text),
    sa.Column("person_key", sa.Text),
    # (cohort_id, participant_id): a cohort's rows in upload order, straight from the index
    sa.Index("ix_participants_cohort_id", "cohort_id", "participant_id"),
    # (person_key, cohort_id): people in several cohorts found from the index alone
    sa.Index("ix_participants_person_key", "person_key", "cohort_id"),
    # (instansi): a correction or a re-classification updates the rows of one text from the index
    sa.Index("ix_participants_instansi", "instansi"),
    # (cohort_id) of the rows neither K/L nor Pemda only: Kualitas data finds them per selection without a
    # scan of every participant (PostgreSQL chose one for a year's 1,640 cohorts). Migration 0006.
    sa.Index(
        "ix_participants_uncounted",
        "cohort_id",
        postgresql_where=sa.text("coalesce(sector, 'unknown') IN ('other', 'unknown')"),
        sqlite_where=sa.text("coalesce(sector, 'unknown') IN ('other', 'unknown')"),
    ),
)

load_issues = sa.Table(
    "load_issues",
    metadata,
    sa.Column("issue_id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "cohort_id", BigId, sa.ForeignKey("cohorts.cohort_id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("sheet", sa.Text),
    sa.Column("row", sa.Integer),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("severity", sa.Text, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column(
        "cohort_id", BigId, sa.ForeignKey("cohorts.cohort_id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("sector", sa.Text, nullable=False),
    sa.Column("level", sa.Text, nullable=False),
    sa.Column("province", sa.Text, nullable=False),
    sa.Column("dimension", sa.Text, nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
    sa.PrimaryKeyConstraint("cohort_id", "sector", "level", "province", "dimension", "value"),
)

store_state = sa.Table(
    "store_state",
    metadata,
    sa.Column("state_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("generation", sa.BigInteger, nullable=False),
    sa.Column("samples_seeded", sa.Boolean, nullable=False),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("audit_id", BigId, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("user", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)

STATE_ID: Final = 1

# --- accounts and settings (migration 0002) -----------------------------------------------------------------

users = sa.Table(
    "users",
    metadata,
    sa.Column("user_id", BigId, primary_key=True, autoincrement=True),
    # casefolded (store.auth.accounts.normalise_username): one account per name whatever its case
    sa.Column("username", sa.Text, nullable=False, unique=True),
    sa.Column("display_name", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),  # viewer / editor / admin
    sa.Column("password_hash", sa.Text, nullable=False),  # argon2id, PHC string
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_sign_in_at", sa.DateTime(timezone=True)),
    sa.Column("disabled", sa.Boolean, nullable=False),
    # These two are unused since migration 0004_sign_in_limits (the lockout is per account and client there);
    # kept so a server still on the previous version keeps working during an upgrade.
    sa.Column("failed_sign_ins", sa.Integer, nullable=False),
    sa.Column("locked_until", sa.DateTime(timezone=True)),
)

settings = sa.Table(
    "settings",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_by", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# --- agency corrections (migration 0003) ---------------------------------------------------------------------

agency_corrections = sa.Table(
    "agency_corrections",
    metadata,
    # loaders.agencies.override_key of the text: one correction for every spelling that normalises the same
    sa.Column("instansi_key", sa.Text, primary_key=True),
    sa.Column("instansi", sa.Text, nullable=False),  # the text as the officer corrected it
    sa.Column("sector", sa.Text, nullable=False),
    sa.Column("level", sa.Text),
    sa.Column("agency", sa.Text),
    sa.Column("province", sa.Text),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("updated_by", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# --- sign-in limits (migration 0004_sign_in_limits) ---------------------------------------------------------

sign_in_limits = sa.Table(
    "sign_in_limits",
    metadata,
    # One row per (account, client) pair, per client (account "") and per account (client ""); see
    # store.auth.sign_in_limits. account: the normalised name typed (known or not); client: an IP address.
    sa.Column("account", sa.Text, primary_key=True),
    sa.Column("client", sa.Text, primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),  # wrong (or still being verified) since window_start
    sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
    sa.Column("locked_until", sa.DateTime(timezone=True)),
    sa.Column(
        "expires_at", sa.DateTime(timezone=True), nullable=False, index=True
    ),  # then the row is dropped
)

# --- signed-in sessions (migration 0005_user_sessions) ------------------------------------------------------

user_sessions = sa.Table(
    "user_sessions",
    metadata,
    # One row per signed-in browser (store.auth.user_sessions). The browser's cookie holds a random token; only its
    # SHA-256 is kept here. A row is first "pending": it holds the hash of a one-time hand-off code the sign-in
    # form made, which the cookie endpoint redeems once (then token_hash is set and the code is gone).
    sa.Column("session_id", BigId, primary_key=True, autoincrement=True),
    sa.Column(
        "user_id", BigId, sa.ForeignKey("users.user_id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("token_hash", sa.Text, unique=True),
    sa.Column("handoff_hash", sa.Text, unique=True),
    sa.Column("handoff_expires_at", sa.DateTime(timezone=True)),
    sa.Column("role", sa.Text, nullable=False),  # the account's role when the token was issued
    sa.Column("signed_in_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),  # absolute expiry
)
