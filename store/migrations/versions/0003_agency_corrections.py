"""Agency corrections in the database (shared by every server on it), and an index to re-classify by text.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agency_corrections",
        sa.Column("instansi_key", sa.Text, nullable=False),
        sa.Column("instansi", sa.Text, nullable=False),
        sa.Column("sector", sa.Text, nullable=False),
        sa.Column("level", sa.Text),
        sa.Column("agency", sa.Text),
        sa.Column("province", sa.Text),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("updated_by", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("instansi_key", name="pk_agency_corrections"),
    )
    op.create_index("ix_participants_instansi", "participants", ["instansi"])


def downgrade() -> None:
    op.drop_index("ix_participants_instansi", table_name="participants")
    op.drop_table("agency_corrections")
