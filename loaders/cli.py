"""Command line: `python -m loaders FILE [FILE ...] [--json] [-o OUT]` (the JSON form is a public interface).

Each file is read in a child process, as uploads are (a reader that aborts takes only the child down), and
the child also renders that file's output (loaders/render.py): only text crosses the process boundary,
never the participants frame. This module starts light (no pandas, no Arrow): the child begins parsing the
workbook before it imports the intake, so the imports run while the parser works without the GIL.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import gc
import json
import multiprocessing as mp
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, cast

from loaders.errors import RosterError
from loaders.settings import DEFAULT_LIMITS, Limits, confine_reader, overrides_path

if TYPE_CHECKING:
    from loaders.roster import RosterColumns

JSON_VERSION: Final = 1
RenderName = Literal["json_entry", "summary_text"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loaders", description="Baca roster peserta pelatihan dan laporkan hasilnya."
    )
    parser.add_argument("files", nargs="+", type=Path, help="file .xlsx/.xlsm/.xls/.ods/.csv")
    parser.add_argument("--json", action="store_true", help="cetak satu dokumen JSON (antarmuka stabil)")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="tulis hasil ke FILE (UTF-8), bukan ke layar",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="JUDUL=KOLOM",
        help="pemetaan kolom eksplisit, mis. --map 'Asal Kantor=instansi' (boleh berulang)",
    )
    parser.add_argument(
        "--instansi",
        default=None,
        metavar="TEKS",
        help="semua peserta berasal dari instansi TEKS, mis. --instansi 'Kantor SAR Padang'; hanya untuk file "
        "yang tidak punya kolom instansi (file yang punya kolom instansi tetap memakai kolomnya, dengan catatan)",
    )
    parser.add_argument(
        "--overrides",
        type=Path,
        default=None,
        metavar="CSV",
        help="tabel koreksi instansi (bawaan: $DASBOR_DATA_DIR/agency_overrides.csv)",
    )
    return parser


def indented(value: Any, depth: int) -> str:
    """json.dump's indent=1 text of a value whose key sits `depth` spaces in (JSON text has no raw
    newlines inside strings, so indenting every line is exact)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


def _error_json(name: str, exc: RosterError, depth: int = 2) -> bytes:
    return indented({"file": name, "error": exc.to_dict()}, depth).encode()


def _error_text(name: str, exc: RosterError) -> bytes:
    return f"== {name}\n   GAGAL: {exc.message}\n".encode()


# --- reading each file in a child process ---------------------------------------------------------------


def _fork_context() -> Any:
    """multiprocessing's fork context on Linux, else None.

    The server reads uploads through the sandbox's forkserver because forking a threaded server is unsafe.
    This process runs no threads and has imported little (argparse, multiprocessing), so forking it is
    safe and costs almost nothing."""
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return None


def warm_intake() -> None:
    """Import the intake and build the classifier's indexes in this process, as the sandbox's forkserver
    does (loaders/preload.py): every child forked afterwards starts with them ready. No Python thread is
    started (pyarrow's import starts its native allocator threads, as in the forkserver, whose children
    have read every upload so far), and pandas stays unimported (arrow_without_pandas)."""
    arrow_without_pandas()
    import loaders.preload  # noqa: F401 - imported for its side effect: the intake imported and warmed up
    import loaders.render  # noqa: F401 - the same: ready in every later child


def _render(name: RenderName, result: RosterColumns) -> Iterator[bytes]:
    from loaders import render

    return cast("Callable[[RosterColumns], Iterator[bytes]]", getattr(render, name))(result)


class _NoPandas:
    """An import hook under which `import pandas` raises ImportError."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> None:
        if name == "pandas":
            raise ImportError("pandas is not used by the command line's reading child")


def arrow_without_pandas() -> None:
    """Tell pyarrow that pandas is absent. pyarrow imports pandas the first time it builds an array (to
    recognise pandas objects), and the reading child never holds one (it writes from roster.RosterColumns):
    pandas' import is about 0.45 s of CPU and 40 MB. `import pandas` works again afterwards."""
    import pyarrow as pa

    hook = _NoPandas()
    sys.meta_path.insert(0, hook)
    try:
        pa.array([])  # pyarrow tries pandas now, once, and remembers that it is absent
    finally:
        sys.meta_path.remove(hook)


class OutputError(OSError):
    """Writing the command's output failed (in the reading child, which writes -o FILE itself)."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _child(
    conn: Any, path: Path, options: dict[str, Any], render: RenderName, limits: Limits, out_fd: int | None = None
) -> None:
    """Body of the child: limit memory, start parsing the file, import the intake while the parser runs,
    read, send the rendered output (or write it to `out_fd` itself), or the error; then None."""
    os.environ["RUST_BACKTRACE"] = "0"  # an aborting reader should not flood the terminal
    gc.disable()  # while reading (as read_roster does): cyclic GC passes over millions of new objects
    confine_reader(limits.memory_bytes)
    try:
        from loaders.grid import Prefetch

        prefetched = Prefetch(path, limits)
        prefetched.wait_parsing()
        arrow_without_pandas()
        from loaders.agencies import warm_up
        from loaders.render import OUTPUT_COLUMNS
        from loaders.roster import read_roster_columns

        warm_up()  # the classifier's indexes, also while the parser runs
        result = read_roster_columns(
            path, limits=limits, prefetched=prefetched, columns=OUTPUT_COLUMNS, **options
        )
        # GC stays off while rendering too: it makes no cycles (Arrow and text, no pandas objects), and a
        # pass would walk every issue and value of the roster. The child ends when the file is written.
        for chunk in _render(render, result):
            if out_fd is None:
                conn.send(chunk)
            else:
                _write_all(out_fd, chunk)
        conn.send(None)
    except RosterError as exc:
        conn.send(exc)
    except OSError as exc:  # writing the output failed (a full disk): the parent says so, not "unreadable"
        conn.send(OutputError(exc.errno, exc.strerror))
    except MemoryError:
        conn.send(RosterError("too_large", "Hasil pembacaan file terlalu besar untuk diproses."))
    except BaseException as exc:  # noqa: BLE001 - report, never hang the parent
        conn.send(RosterError("unreadable", f"File tidak dapat dibaca ({type(exc).__name__})."))
    finally:
        conn.close()


def _stop(process: Any) -> None:
    if process.is_alive():
        process.join(1)
    if process.is_alive():
        os.kill(process.pid, signal.SIGKILL)
    process.join()


def render_file(
    path: Path,
    options: dict[str, Any],
    render: RenderName,
    limits: Limits = DEFAULT_LIMITS,
    out_fd: int | None = None,
    *,
    warm_while_waiting: bool = False,
) -> bytes:
    """One file's output (`render` names a function of loaders/render.py), read in a bounded child
    process; raises RosterError.

    With `warm_while_waiting` (more files follow), this process imports the intake while the child reads
    (warm_intake), so the next files' children start with it ready instead of each importing it again.

    With `out_fd` (a regular file open for writing, at the position the output goes), the child writes the
    output there itself and b"" is returned: a 100k-row JSON entry (about 40 MB) is not pickled through the
    pipe, joined and written again. If the child fails, the file is cut back to where it started."""
    ctx = _fork_context()
    if ctx is None:  # no fork here: the sandbox reads it and sends the whole result back
        return _from_sandbox(path, options, render, limits)
    start = os.lseek(out_fd, 0, os.SEEK_CUR) if out_fd is not None else 0
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, path, options, render, limits, out_fd), daemon=True)
    process.start()
    sender.close()
    chunks: list[bytes] = []
    deadline = time.monotonic() + limits.timeout_seconds
    done = False
    try:
        if warm_while_waiting:
            try:
                warm_intake()
            except Exception:  # noqa: BLE001 - only a head start: each child imports what it lacks itself
                pass
        while True:
            if not receiver.poll(max(deadline - time.monotonic(), 0)):
                raise RosterError(
                    "timeout",
                    f"Pembacaan file melebihi batas waktu {limits.timeout_seconds:.0f} detik dan dihentikan. "
                    "Pecah roster menjadi file yang lebih kecil.",
                    file=path.name,
                )
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                break  # the child died (a reader that aborts the process): the sandbox says why, below
            if message is None:
                done = True
                return b"".join(chunks)
            if isinstance(message, RosterError):
                raise message.with_file(path.name)
            if isinstance(message, OutputError):
                raise message
            chunks.append(message)
    finally:
        receiver.close()
        _stop(process)
        if out_fd is not None and not done:  # nothing of a failed file's output stays in the file
            os.ftruncate(out_fd, start)
            os.lseek(out_fd, start, os.SEEK_SET)
    return _from_sandbox(path, options, render, limits)


def _from_sandbox(path: Path, options: dict[str, Any], render: RenderName, limits: Limits) -> bytes:
    """Read and render the file in the upload sandbox (bounded reader after a crash)."""
    from loaders.sandbox import sandboxed_read

    rendered: bytes = sandboxed_read(partial(_rendered, render), path, limits=limits, **options)
    return rendered


def _rendered(render: RenderName, path: str, kwargs: dict[str, Any]) -> bytes:
    """What the sandbox runs for the command line: the file read and rendered, only text sent back."""
    from loaders.render import OUTPUT_COLUMNS
    from loaders.roster import read_roster_columns

    return b"".join(_render(render, read_roster_columns(path, columns=OUTPUT_COLUMNS, **kwargs)))


# --- entry point ----------------------------------------------------------------------------------------


def _writer(output: Path | None) -> tuple[Callable[[bytes], Any], Callable[[], None], int | None]:
    """Write UTF-8 pieces to the output file, or to stdout as print() would (its encoding and newlines);
    the third value is the descriptor a reading child may write to itself (a regular output file, written
    unbuffered so that the two processes' writes follow each other), else None."""
    if output is not None:
        handle = output.open("wb", buffering=0)
        regular = stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
        return partial(_write_all, handle.fileno()), handle.close, handle.fileno() if regular else None
    out = sys.stdout
    if os.linesep == "\n" and codecs.lookup(out.encoding).name == "utf-8" and hasattr(out, "buffer"):
        out.flush()
        return out.buffer.write, out.buffer.flush, None
    return (lambda data: out.write(data.decode("utf-8"))), out.flush, None


def main(argv: list[str] | None = None) -> int:
    """Entry point; exit status 0 when every file loaded, 2 when any was rejected."""
    args = _parser().parse_args(argv)
    mapping: dict[str, str] = {}
    for item in args.map:
        header, _, field = item.partition("=")
        mapping[header] = field
    overrides: Mapping[str, Any] = {}
    overrides_file = args.overrides or overrides_path()
    if overrides_file.exists():  # a missing table is an empty one: no need to import the classifier
        from loaders.overrides import load_overrides

        try:
            overrides = load_overrides(overrides_file)
        except RosterError as exc:
            print(exc.message, file=sys.stderr)
            return 2
    options: dict[str, Any] = {"column_mapping": mapping or None, "overrides": dict(overrides) or None}
    if args.instansi and args.instansi.strip():
        options["instansi_for_all"] = args.instansi
    try:
        write, close, out_fd = _writer(args.output)
    except OSError as exc:
        print(f"Tidak dapat menulis ke {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        return _write_files(args, options, write, out_fd)
    except OSError as exc:  # the output (a file or a closed pipe) cannot take more
        print(f"Tidak dapat menulis ke {args.output or 'layar'}: {exc.strerror}", file=sys.stderr)
        return 2
    finally:
        with contextlib.suppress(OSError):  # a closed pipe cannot be flushed either
            close()


def _write_files(
    args: argparse.Namespace, options: dict[str, Any], write: Callable[[bytes], Any], out_fd: int | None
) -> int:
    """Every file's output in turn (the JSON document around them); 2 when any file was rejected."""
    failed = False
    render: RenderName = "json_entry" if args.json else "summary_text"
    if args.json:
        write(f'{{\n "version": {JSON_VERSION},\n "files": ['.encode())
    for k, path in enumerate(args.files):
        if args.json:
            write(b"," if k else b"")
            write(b"\n  ")
        try:
            # The first of several files: the intake is imported here while it is read, once for all.
            warm = k == 0 and len(args.files) > 1
            write(render_file(path, options, render, out_fd=out_fd, warm_while_waiting=warm))
        except RosterError as exc:
            failed = True
            write(_error_json(path.name, exc) if args.json else _error_text(path.name, exc))
    if args.json:
        write(b"\n ]\n}\n")
    return 2 if failed else 0
