"""The dashboard's read of the store kept on disk: the cohorts and facts frames of one store generation as
Arrow IPC (Feather v2) files, so a fresh server process has a million participants' facts in a fraction of
a second instead of reading millions of rows from the database.

Files live in ``$DASBOR_DATA_DIR/cache/`` (default ``var/cache/``), two per snapshot, named by a hash of
the database URL and the generation: ``dasbor-<hash>-g<generation>.facts.arrow`` and ``...cohorts.arrow``.
Text columns of the facts are dictionary-encoded, so they come back as pandas categoricals. A snapshot is
used only when its format, generation and the cohorts' fingerprint (see ``Store.read_frames``) equal the
database's in the reading transaction; a write bumps the generation, so an older snapshot is never used
again, and writing a snapshot removes the database's others. Any error reading one is logged and reported
as "no snapshot" (the caller reads the database); any error writing one is logged and otherwise ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pandas as pd
import pyarrow as pa

from loaders.schema import FACT_COLUMNS, FACT_TEXT_COLUMNS
from loaders.settings import data_dir
from store.facts import facts_frame
from store.files import FILE_MODE, private_folder, write_private

log = logging.getLogger(__name__)

# Bump when the frames' columns, encoding or row order change: older files are then ignored.
FORMAT: Final = "2"
CACHE_FOLDER: Final = "cache"
PARTS: Final = ("cohorts", "facts")
DIGESTS: Final = "sha256"  # the file holding each part's digest
_GENERATION: Final = re.compile(r"-g(\d+)\.")


@dataclass(frozen=True)
class SnapshotKey:
    """Which store state a snapshot holds: database URL, generation, and a fingerprint of the cohorts."""

    url: str
    generation: int
    fingerprint: str

    @property
    def prefix(self) -> str:
        """The file-name prefix shared by every snapshot of this database (the URL hashed: no password)."""
        return "dasbor-" + hashlib.sha256(self.url.encode("utf-8")).hexdigest()[:16]

    def path(self, part: str) -> Path:
        """The file of one part ('cohorts' or 'facts') of this snapshot."""
        return cache_dir() / f"{self.prefix}-g{self.generation}.{part}.arrow"

    @property
    def digests_path(self) -> Path:
        """The file holding the SHA-256 of both parts (sha256sum's format)."""
        return cache_dir() / f"{self.prefix}-g{self.generation}.{DIGESTS}"

    def metadata(self, rows: int) -> dict[bytes, bytes]:
        """What a snapshot file says about itself (checked on reading)."""
        return {
            b"dasbor.format": FORMAT.encode(),
            b"dasbor.generation": str(self.generation).encode(),
            b"dasbor.fingerprint": self.fingerprint.encode("utf-8"),
            b"dasbor.rows": str(rows).encode(),
        }


def cache_dir() -> Path:
    """$DASBOR_DATA_DIR/cache (default var/cache)."""
    return data_dir() / CACHE_FOLDER


# ------------------------------------------------------------------------------------------------ reading


def read_snapshot(key: SnapshotKey) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(cohorts, facts) of this store state, or None when there is no usable snapshot of it."""
    cohorts_path, facts_path = key.path("cohorts"), key.path("facts")
    if not (cohorts_path.exists() and facts_path.exists() and key.digests_path.exists()):
        return None
    try:
        digests = _read_digests(key)
        # The small cohorts file is read into memory (its strings are used in place); the facts file is
        # memory-mapped and copied out once, straight into categorical codes. Each is hashed as read.
        with pa.OSFile(str(cohorts_path)) as source:
            data = _verified(source.read_buffer(), digests, cohorts_path)
            cohorts = _checked(pa.ipc.open_file(data).read_all(), key).to_pandas()
        with pa.memory_map(str(facts_path)) as source:
            data = _verified(source.read_buffer(), digests, facts_path)
            facts = facts_frame(_checked(_facts_schema_checked(pa.ipc.open_file(data).read_all()), key))
    except Exception as exc:  # a damaged or foreign file must never break the dashboard
        log.warning("Snapshot %s tidak terbaca (%s: %s); data dibaca dari basis data dan snapshot dibuang.",
                    facts_path.name, type(exc).__name__, exc)  # fmt: skip
        remove(key)
        return None
    return cohorts, facts


def _read_digests(key: SnapshotKey) -> dict[str, str]:
    """File name -> SHA-256 hex digest, from the snapshot's digests file."""
    found = {}
    for line in key.digests_path.read_text(encoding="ascii").splitlines():
        digest, _, name = line.partition("  ")
        found[name] = digest
    return found


def _verified(data: pa.Buffer, digests: dict[str, str], path: Path) -> pa.Buffer:
    if hashlib.sha256(memoryview(data)).hexdigest() != digests.get(path.name):
        raise ValueError("checksum mismatch: the file changed after it was written")
    return data


def _checked(table: pa.Table, key: SnapshotKey) -> pa.Table:
    found = table.schema.metadata or {}
    wanted = key.metadata(table.num_rows)
    if any(found.get(name) != value for name, value in wanted.items()):
        raise ValueError("snapshot of another store state or format")
    return table


def _facts_schema_checked(table: pa.Table) -> pa.Table:
    if tuple(table.column_names) != FACT_COLUMNS:
        raise ValueError(f"facts columns {table.column_names}")
    for name in FACT_COLUMNS:
        kind = table.schema.field(name).type
        text = pa.types.is_dictionary(kind) and (
            pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type)
        )
        if (name in FACT_TEXT_COLUMNS and not text) or (name not in FACT_TEXT_COLUMNS and kind != pa.int64()):
            raise ValueError(f"facts column {name} is {kind}")
    return table


# ------------------------------------------------------------------------------------------------ writing


def write_snapshot(key: SnapshotKey, cohorts: pd.DataFrame, facts: pd.DataFrame) -> None:
    """Keep (cohorts, facts) of this store state on disk, then remove this database's other snapshots.

    Each file is written under a temporary name and renamed into place (atomic), so a reader sees a whole
    file or none; the facts file goes last, and a reader wants both."""
    try:
        private_folder(cache_dir())
        lines = []
        for part, frame in zip(PARTS, (cohorts, facts), strict=True):
            digest = _write_atomically(key, part, pa.Table.from_pandas(frame, preserve_index=False))
            lines.append(f"{digest}  {key.path(part).name}\n")
        write_private(key.digests_path, "".join(lines).encode("ascii"))
    except Exception as exc:  # a read-only or full disk costs speed, never the page
        log.warning(
            "Snapshot %s tidak dapat ditulis (%s: %s).", key.path("facts").name, type(exc).__name__, exc
        )
        return
    remove_others(key)


def _write_atomically(key: SnapshotKey, part: str, table: pa.Table) -> str:
    """Write one part under a temporary name, rename it into place; returns the file's SHA-256."""
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), **key.metadata(table.num_rows)})
    final = key.path(part)
    temporary = final.with_name(f"{final.name}.{uuid.uuid4().hex}.tmp")
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))  # owner only
        with pa.OSFile(str(temporary), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
        with temporary.open("rb") as written:
            digest = hashlib.file_digest(written, "sha256").hexdigest()
        os.replace(temporary, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return digest


def _generations(key: SnapshotKey) -> list[tuple[int, Path]]:
    """This database's snapshot files (and leftover temporary files) with their generation."""
    found = []
    for path in cache_dir().glob(f"{key.prefix}-g*"):
        match = _GENERATION.match(path.name[len(key.prefix) :])
        if match:
            found.append((int(match.group(1)), path))
    return found


def remove(key: SnapshotKey) -> None:
    """Delete this snapshot's files (a damaged snapshot is never tried again)."""
    for path in (*(key.path(part) for part in PARTS), key.digests_path):
        with contextlib.suppress(OSError):
            path.unlink()


def remove_others(key: SnapshotKey) -> None:
    """Delete this database's snapshot files (and leftover temporary files) of every other generation.

    Newer ones too: they can only be a store deleted and created anew at the same URL (its generations
    start again), or a reader of a newer generation that finished first (the next reader writes it again).
    """
    for generation, path in _generations(key):
        if generation != key.generation:
            with contextlib.suppress(OSError):  # another process may have removed it first
                path.unlink()
