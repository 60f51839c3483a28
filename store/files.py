"""Files and folders that hold personal data are created readable by their owner only (0600, folders 0700),
whatever the process's umask: the database, its snapshots and backups written on the server."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Final

FILE_MODE: Final = 0o600
FOLDER_MODE: Final = 0o700


def private_folder(path: Path) -> Path:
    """Create the folder (and any missing parents) as 0700; an existing folder is left as it is."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it first
            folder.mkdir(mode=FOLDER_MODE)
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is reduced by the umask
    return path


def create_private(path: Path) -> None:
    """Create an empty file as 0600 if it does not exist, and make an existing one 0600. The mode is set
    through the open descriptor: SQLite may delete its -wal/-shm file between the open and a chmod by name
    (the last connection closing), which made a session opening the store at that moment fail."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        else:  # pragma: no cover - Windows before Python 3.13 (no POSIX modes to speak of)
            os.chmod(path, FILE_MODE)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write a whole file as 0600 under a temporary name, then rename it into place (a reader never sees
    half a file). Without overwrite, an existing file raises FileExistsError."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        if overwrite:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # fails if path exists, never replaces it
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
