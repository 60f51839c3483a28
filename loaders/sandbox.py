"""Run the intake of an untrusted file in a separate, memory- and time-bounded process.

Some readers abort the whole process instead of raising (python-calamine on a cell at XFD1048576,
tafia/calamine#693) or allocate gigabytes for absurd sheet dimensions, so the server never parses an
uploaded file in its own process. A forkserver is used because forking a threaded server is unsafe.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from loaders.errors import RosterError
from loaders.roster import LoadResult, read_roster
from loaders.settings import DEFAULT_LIMITS, Limits

_CONTEXT: Any = None


def _context() -> Any:
    """The forkserver context, created once with the intake modules and indexes preloaded."""
    global _CONTEXT
    if _CONTEXT is None:
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        _CONTEXT = mp.get_context(method)
        if method == "forkserver":
            _CONTEXT.set_forkserver_preload(["loaders.preload"])
    return _CONTEXT


def prepare_sandbox() -> None:
    """Start the sandbox's forkserver now (idempotent, returns at once), so that the first upload after a
    server start does not wait for it to start and load the intake (about 0.5 s)."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _child(conn: Any, path: str, kwargs: dict[str, Any], memory_bytes: int) -> None:
    """Body of the sandbox process: limit memory, read, send the result or the error back."""
    os.environ["RUST_BACKTRACE"] = "0"  # an aborting reader should not flood the server log
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # not on this OS: the timeout still applies
        pass
    try:
        result: Any = read_roster(path, **kwargs)
    except RosterError as exc:
        result = exc
    except BaseException as exc:  # noqa: BLE001 - report, never hang the parent
        result = RosterError("unreadable", f"File tidak dapat dibaca ({type(exc).__name__}).")
    try:
        conn.send(result)
    except BaseException:  # noqa: BLE001 - e.g. MemoryError while pickling a huge result
        conn.send(RosterError("too_large", "Hasil pembacaan file terlalu besar untuk diproses."))
    finally:
        conn.close()


def load_roster(
    path: str | Path,
    *,
    column_mapping: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    display_name: str | None = None,
    keep_duplicates: bool = False,
) -> LoadResult:
    """Read a roster in a sandbox process; raises RosterError for every failure, including crashes."""
    path = Path(path)
    name = display_name or path.name
    kwargs = {
        "column_mapping": dict(column_mapping) if column_mapping else None,
        "overrides": dict(overrides) if overrides else None,
        "limits": limits,
        "display_name": name,
        "keep_duplicates": keep_duplicates,
    }
    try:
        result = _run(path, kwargs, limits, name)
    except RosterError as exc:
        if exc.code != "crashed":
            raise
        # The parser gave up on the file (a cell far outside the table it was not told about): read
        # again with every sheet streamed and bounded first.
        result = _run(path, {**kwargs, "bounded": True}, limits, name)
    if isinstance(result, RosterError):
        raise result.with_file(name)
    return result


def _run(path: Path, kwargs: dict[str, Any], limits: Limits, name: str) -> LoadResult | RosterError:
    """One read in a fresh sandbox process: the result, the reader's error, or a crash raised."""
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, str(path), kwargs, limits.memory_bytes), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(limits.timeout_seconds):
            raise RosterError(
                "timeout",
                f"Pembacaan file melebihi batas waktu {limits.timeout_seconds:.0f} detik dan dihentikan. "
                "Pecah roster menjadi file yang lebih kecil.",
                file=name,
            )
        try:
            result = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            raise RosterError(
                "crashed",
                "File ini membuat pembaca spreadsheet berhenti (misalnya sel terisi jauh di luar tabel, "
                "seperti XFD1048576, atau ukuran lembar yang tidak wajar). Hapus baris/kolom kosong di luar "
                "tabel, simpan ulang, lalu unggah lagi.",
                file=name,
            ) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.join(1)
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
            process.join()
    return result


def load_rosters(paths: list[Path], **options: Any) -> list[LoadResult | RosterError]:
    """Load several files; one bad file never loses the others."""
    results: list[LoadResult | RosterError] = []
    for path in paths:
        try:
            results.append(load_roster(path, **options))
        except RosterError as exc:
            results.append(exc)
    return results
