"""Sign-in limits in the database (shared by every server on it): wrong passwords per client, per account and
per (account, client), checked before any password hash is computed (issue 12 items 7 and 13).

Revision ID: 0004_sign_in_limits
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_sign_in_limits"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_limits",
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("client", sa.Text, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account", "client", name="pk_sign_in_limits"),
    )
    op.create_index("ix_sign_in_limits_expires_at", "sign_in_limits", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_sign_in_limits_expires_at", table_name="sign_in_limits")
    op.drop_table("sign_in_limits")
