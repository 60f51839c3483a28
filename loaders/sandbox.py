"""Run the intake of an untrusted file (a roster, or a backup through ``run_sandboxed``) in a separate,
memory- and time-bounded process.

Some readers abort the whole process instead of raising (python-calamine on a cell at XFD1048576,
tafia/calamine#693) or allocate gigabytes for absurd sheet dimensions, so the server never parses an
uploaded file in its own process. A forkserver is used because forking a threaded server is unsafe.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from loaders.errors import RosterError
from loaders.roster import LoadResult, read_roster
from loaders.settings import DEFAULT_LIMITS, Limits, confine_reader

_CONTEXT: Any = None
T = TypeVar("T")


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


_MAIN_LOCK = threading.Lock()


@contextmanager
def _main_script_hidden() -> Iterator[None]:
    """multiprocessing runs the __main__ module's file again in every forkserver/spawn child it starts. While a
    Streamlit page runs, __main__ is Streamlit's module for the dashboard's script (dashboard.py, or the page
    under AppTest): the sandbox would run the dashboard, in bare mode, before reading the file, and a page
    that stops its run (st.rerun, st.stop) ends the child as a crash. So a child is started with a plain
    __main__ (put back at once, unless a script run replaced it meanwhile)."""
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__file__", None) is None:
        yield
        return
    plain = types.ModuleType("__main__")
    with _MAIN_LOCK:
        sys.modules["__main__"] = plain
        try:
            yield
        finally:
            if sys.modules.get("__main__") is plain:
                sys.modules["__main__"] = main


class SandboxFailure(Exception):
    """The sandboxed call never returned: ``reason`` is "crashed" (aborted, killed, out of memory),
    "timeout" or "too_large" (its result could not be sent back)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _child(conn: Any, function: Callable[..., Any], args: tuple[Any, ...], memory_bytes: int) -> None:
    """Body of the sandbox process: limit memory, call, send the result or the raised error back."""
    os.environ["RUST_BACKTRACE"] = "0"  # an aborting reader should not flood the server log
    confine_reader(memory_bytes)
    try:
        outcome: tuple[str, Any] = ("returned", function(*args))
    except BaseException as exc:  # noqa: BLE001 - report, never hang the parent
        outcome = ("raised", exc)
    try:
        conn.send(outcome)
    except BaseException:  # noqa: BLE001 - e.g. MemoryError while pickling a huge result, or an unpicklable error
        if outcome[0] == "raised":
            conn.send(("raised", RuntimeError(type(outcome[1]).__name__)))
        else:
            conn.send(("too_large", None))
    finally:
        conn.close()


def run_sandboxed(function: Callable[..., Any], *args: Any, timeout_seconds: float, memory_bytes: int) -> Any:
    """Call a module-level function in a sandbox process (address space and wall time bounded) and return
    what it returns; an exception it raises is raised here; a crash or timeout raises SandboxFailure, and
    this process lives on either way."""
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, function, args, memory_bytes), daemon=True)
    with _main_script_hidden():
        process.start()
    sender.close()
    try:
        if not receiver.poll(timeout_seconds):
            raise SandboxFailure("timeout")
        try:
            kind, value = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            logging.getLogger(__name__).warning("Proses sandbox berhenti tanpa hasil (kode keluar %s).", process.exitcode)
            raise SandboxFailure("crashed") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.join(1)
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
            process.join()
    if kind == "too_large":
        raise SandboxFailure("too_large")
    if kind == "raised":
        raise value
    return value


def _read(path: str, kwargs: dict[str, Any]) -> LoadResult:
    """What the sandbox runs for a roster."""
    return read_roster(path, **kwargs)


def _guarded(reader: Callable[[str, dict[str, Any]], T], path: str, kwargs: dict[str, Any]) -> T:
    """A reader in the sandbox: every failure becomes a RosterError."""
    try:
        return reader(path, kwargs)
    except RosterError:
        raise
    except BaseException as exc:  # noqa: BLE001
        raise RosterError("unreadable", f"File tidak dapat dibaca ({type(exc).__name__}).") from None


def load_roster(
    path: str | Path,
    *,
    column_mapping: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    display_name: str | None = None,
    keep_duplicates: bool = False,
    instansi_for_all: str | None = None,
) -> LoadResult:
    """Read a roster in a sandbox process; raises RosterError for every failure, including crashes."""
    result: LoadResult = sandboxed_read(
        _read,
        path,
        column_mapping=column_mapping,
        overrides=overrides,
        limits=limits,
        display_name=display_name,
        keep_duplicates=keep_duplicates,
        instansi_for_all=instansi_for_all,
    )
    return result


def sandboxed_read(reader: Callable[[str, dict[str, Any]], T], path: str | Path, **options: Any) -> T:
    """load_roster (the same options) with another `reader(path, read_roster's options)` run in the
    sandbox: a picklable callable (the command line's reads and renders, so that only text comes back)."""
    path = Path(path)
    name = options.get("display_name") or path.name
    mapping, overrides = options.get("column_mapping"), options.get("overrides")
    limits: Limits = options.get("limits", DEFAULT_LIMITS)
    kwargs = {
        "column_mapping": dict(mapping) if mapping else None,
        "overrides": dict(overrides) if overrides else None,
        "limits": limits,
        "display_name": name,
        "keep_duplicates": options.get("keep_duplicates", False),
        "instansi_for_all": options.get("instansi_for_all"),
    }
    try:
        return _run(reader, path, kwargs, limits, name)
    except RosterError as exc:
        if exc.code != "crashed":
            raise
        # The parser gave up on the file (a cell far outside the table it was not told about): read
        # again with every sheet streamed and bounded first.
        return _run(reader, path, {**kwargs, "bounded": True}, limits, name)


def _run(
    reader: Callable[[str, dict[str, Any]], T], path: Path, kwargs: dict[str, Any], limits: Limits, name: str
) -> T:
    """One read in a sandbox process: the result, or a RosterError naming the file (crashes included)."""
    try:
        result: T = run_sandboxed(
            _guarded,
            reader,
            str(path),
            kwargs,
            timeout_seconds=limits.timeout_seconds,
            memory_bytes=limits.memory_bytes,
        )
    except SandboxFailure as failure:
        raise _roster_failure(failure.reason, limits, name) from None
    except RosterError as exc:
        raise exc.with_file(name) from None
    except Exception as exc:  # noqa: BLE001 - an error that could not cross the boundary as itself
        raise RosterError("unreadable", f"File tidak dapat dibaca ({exc}).", file=name) from None
    return result


def _roster_failure(reason: str, limits: Limits, name: str) -> RosterError:
    if reason == "timeout":
        return RosterError(
            "timeout",
            f"Pembacaan file melebihi batas waktu {limits.timeout_seconds:.0f} detik dan dihentikan. "
            "Pecah roster menjadi file yang lebih kecil.",
            file=name,
        )
    if reason == "too_large":
        return RosterError("too_large", "Hasil pembacaan file terlalu besar untuk diproses.", file=name)
    return RosterError(
        "crashed",
        "File ini membuat pembaca spreadsheet berhenti (misalnya sel terisi jauh di luar tabel, "
        "seperti XFD1048576, atau ukuran lembar yang tidak wajar). Hapus baris/kolom kosong di luar "
        "tabel, simpan ulang, lalu unggah lagi.",
        file=name,
    )


def load_rosters(paths: list[Path], **options: Any) -> list[LoadResult | RosterError]:
    """Load several files; one bad file never loses the others."""
    results: list[LoadResult | RosterError] = []
    for path in paths:
        try:
            results.append(load_roster(path, **options))
        except RosterError as exc:
            results.append(exc)
    return results
