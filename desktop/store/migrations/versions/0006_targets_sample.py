"""targets: 婚育证明编号 of a person; 核对抽查, the monthly verification sample and its results;
the pregnancies by outcome date

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ITEMS = ("name", "id_number", "marital", "children", "contraception", "address", "phone")


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("marriage_cert_no", sa.String(length=50), nullable=False,
                                   server_default=""))
    op.create_index("ix_pregnancy_outcome", "pregnancy", ["outcome_date"], unique=False)
    op.create_table(
        "verification_sample",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("drawn_on", sa.Date(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_verification_sample_month", "verification_sample",
                    ["month", "replaced_at"], unique=False)
    op.create_table(
        "verification_sample_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *[sa.Column(f"item_{item}", sa.Boolean(), nullable=True) for item in ITEMS],
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["sample_id"], ["verification_sample.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_verification_sample_person", "verification_sample_person",
                    ["sample_id", "position"], unique=False)
    op.create_index("ix_verification_sample_person_person_id", "verification_sample_person",
                    ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_verification_sample_person_person_id",
                  table_name="verification_sample_person")
    op.drop_index("ix_verification_sample_person", table_name="verification_sample_person")
    op.drop_table("verification_sample_person")
    op.drop_index("ix_verification_sample_month", table_name="verification_sample")
    op.drop_table("verification_sample")
    op.drop_index("ix_pregnancy_outcome", table_name="pregnancy")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("marriage_cert_no")
