"""Signed-in sessions in the database (shared by every server on it): a browser stays signed in across
reloads and tabs through an HttpOnly cookie holding a random token whose hash is stored here (issue 16).

Revision ID: 0005_user_sessions
Revises: 0004_sign_in_limits
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_user_sessions"
down_revision: str | None = "0004_sign_in_limits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "user_sessions",
        sa.Column("session_id", BigId, primary_key=True, autoincrement=True),
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("token_hash", sa.Text),
        sa.Column("handoff_hash", sa.Text),
        sa.Column("handoff_expires_at", sa.DateTime(timezone=True)),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("signed_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("session_id", name="pk_user_sessions"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.user_id"], name="fk_user_sessions_user_id_users", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("token_hash", name="uq_user_sessions_token_hash"),
        sa.UniqueConstraint("handoff_hash", name="uq_user_sessions_handoff_hash"),
    )
    op.create_index("ix_user_sessions_user_id", "user_sessions", ["user_id"])
    op.create_index("ix_user_sessions_expires_at", "user_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_user_sessions_expires_at", table_name="user_sessions")
    op.drop_index("ix_user_sessions_user_id", table_name="user_sessions")
    op.drop_table("user_sessions")
