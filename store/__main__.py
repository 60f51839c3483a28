"""Command line for the server's operator: accounts, the retention setting, re-classifying stored agencies,
backup and restore (for stores whose backup is larger than the page's upload limit).

    python -m store users add NAMA --role admin [--display-name "Nama Lengkap"] [--password-stdin]
    python -m store users list
    python -m store users set-role NAMA editor
    python -m store users passwd NAMA [--password-stdin]
    python -m store users disable NAMA | enable NAMA | delete NAMA
    python -m store users unlock NAMA      (after wrong passwords: lifts the sign-in locks of all clients)
    python -m store retention [--days N] [--apply]
    python -m store reclassify [--apply]
    python -m store scrub                  # the files cleaned of deleted rows again (after a warning)
    python -m store backup [FILE]          # FILE.zip (compact, default) or FILE.xlsx; written as 0600
    python -m store restore FILE [--apply] # .zip or .xlsx; without --apply only validated

The database is the dashboard's ($DASBOR_DB_URL, .streamlit/secrets.toml, else var/dasbor.sqlite3), or
--db URL. Passwords are asked twice without echo, or read from the first line of standard input.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

import pandas as pd

from loaders.schema import ROLES
from store.audit import audit_event
from store.auth.accounts import Accounts, check_password
from store.backup import MAX_BYTES, check_backup, export_backup, restore_backup
from store.classification import Reclassification
from store.database import Store, open_store
from store.errors import StoreError
from store.files import write_private
from store.retention import expired_cohorts, parse_days, purge_expired, retention_days
from store.uploads import cohort_label

CLI_USER = "baris-perintah"  # the audit log's name for changes made here


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m store",
        description="Kelola akun, masa simpan, klasifikasi, cadangan dan pemulihan data dasbor.",
    )
    parser.add_argument("--db", metavar="URL", help="alamat basis data (bawaan: seperti dasbor)")
    commands = parser.add_subparsers(dest="command", required=True)

    users = commands.add_parser("users", help="akun pengguna").add_subparsers(dest="action", required=True)
    add = users.add_parser("add", help="buat akun")
    add.add_argument("name", help="nama pengguna (huruf kecil, angka, . _ - @)")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", help="nama yang ditampilkan (bawaan: nama pengguna)")
    add.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari baris pertama stdin")
    users.add_parser("list", help="daftar akun")
    set_role = users.add_parser("set-role", help="ganti peran")
    set_role.add_argument("name")
    set_role.add_argument("role", choices=ROLES)
    passwd = users.add_parser("passwd", help="ganti kata sandi (juga membuka kunci)")
    passwd.add_argument("name")
    passwd.add_argument(
        "--password-stdin", action="store_true", help="baca kata sandi dari baris pertama stdin"
    )
    for action, text in (
        ("unlock", "buka kunci masuk akun (dari semua perangkat) setelah kata sandi salah berulang"),
        ("disable", "nonaktifkan"),
        ("enable", "aktifkan kembali"),
        ("delete", "hapus akun"),
    ):
        users.add_parser(action, help=text).add_argument("name")

    retention = commands.add_parser("retention", help="hapus angkatan yang melewati masa simpan")
    retention.add_argument("--days", help="masa simpan dalam hari (bawaan: pengaturan dasbor)")
    retention.add_argument("--apply", action="store_true", help="benar-benar hapus (tanpa ini: hanya daftar)")

    reclassify = commands.add_parser(
        "reclassify",
        help="klasifikasikan ulang instansi semua angkatan tersimpan (setelah data acuan berubah)",
    )
    reclassify.add_argument(
        "--apply", action="store_true", help="benar-benar simpan (tanpa ini: hanya pratinjau per angkatan)"
    )

    commands.add_parser(
        "scrub", help="bersihkan lagi berkas basis data dari baris orang/angkatan yang sudah dihapus"
    )
    backup = commands.add_parser(
        "backup", help="tulis cadangan seluruh data (berisi nama dan NIP) ke berkas di server"
    )
    backup.add_argument(
        "file",
        nargs="?",
        help="berkas tujuan: .zip (ringkas, bawaan) atau .xlsx (bawaan: dasbor-cadangan-TANGGAL-JAM.zip)",
    )
    restore = commands.add_parser("restore", help="ganti SELURUH data dengan isi berkas cadangan")
    restore.add_argument("file", help="berkas cadangan .zip atau .xlsx")
    restore.add_argument(
        "--apply", action="store_true", help="benar-benar ganti (tanpa ini: hanya diperiksa)"
    )
    return parser


def read_password(stdin: TextIO, from_stdin: bool, ask: Callable[[str], str] = getpass.getpass) -> str:
    """The new password: first line of stdin, else asked twice without echo (must match)."""
    if from_stdin:
        password = stdin.readline().rstrip("\r\n")
    else:
        password = ask("Kata sandi baru: ")
        if ask("Ulangi kata sandi: ") != password:
            raise StoreError("mismatch", "Kedua kata sandi tidak sama. Tidak ada yang diubah.")
    check_password(password)
    return password


def _users(store: Store, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> None:
    accounts = Accounts(store)
    if args.action == "add":
        password = read_password(stdin, args.password_stdin)
        account = accounts.create_user(
            args.name, password, args.role, display_name=args.display_name, by=CLI_USER
        )
        print(f"Akun {account.username} dibuat (peran {account.role}).", file=out)
    elif args.action == "list":
        frame = accounts.list_users()
        if frame.empty:
            print("Belum ada akun. Buat admin pertama: python -m store users add NAMA --role admin", file=out)
        for row in frame.itertuples():
            state = "nonaktif" if row.disabled else "aktif"
            last = (
                "belum pernah"
                if pd.isna(row.last_sign_in_at)
                else f"{row.last_sign_in_at:%Y-%m-%d %H:%M} UTC"
            )
            print(
                f"{row.username}\t{row.role}\t{state}\tterakhir masuk: {last}\t{row.display_name}", file=out
            )
    elif args.action == "set-role":
        accounts.set_role(args.name, args.role, by=CLI_USER)
        print(f"Peran {args.name} menjadi {args.role}.", file=out)
    elif args.action == "passwd":
        if accounts.get(args.name) is None:
            raise StoreError("no_user", f"Akun '{args.name}' tidak ada.")
        accounts.set_password(args.name, read_password(stdin, args.password_stdin), by=CLI_USER)
        print(f"Kata sandi {args.name} diganti.", file=out)
    elif args.action in ("disable", "enable"):
        accounts.set_disabled(args.name, args.action == "disable", by=CLI_USER)
        print(f"Akun {args.name} {'dinonaktifkan' if args.action == 'disable' else 'diaktifkan'}.", file=out)
    elif args.action == "unlock":
        accounts.unlock(args.name, by=CLI_USER)
        print(f"Kunci masuk akun {args.name} dibuka (semua perangkat).", file=out)
    elif args.action == "delete":
        accounts.delete_user(args.name, by=CLI_USER)
        print(f"Akun {args.name} dihapus.", file=out)


def _retention(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    days = parse_days(args.days, "--days") if args.days is not None else retention_days(store)
    if days is None:
        print(
            "Masa simpan mati: tidak ada yang dihapus. Pakai --days N atau atur DASBOR_RETENTION_DAYS.",
            file=out,
        )
        return
    expired = expired_cohorts(store, days)
    if expired.empty:
        print(f"Tidak ada angkatan yang melewati masa simpan {days} hari.", file=out)
        return
    for row in expired.itertuples():
        ended = row.end_date or f"diunggah {row.uploaded_at:%Y-%m-%d}"
        print(f"{row.cohort_id}\t{row.program} {row.angkatan or ''} {row.year or ''}\tselesai: {ended}"
              f"\t{row.n_participants} peserta", file=out)  # fmt: skip
    if not args.apply:
        print(
            f"{len(expired)} angkatan melewati masa simpan {days} hari. Tambahkan --apply untuk menghapus.",
            file=out,
        )
        return
    n_cohorts, n_people = purge_expired(store, days, user=CLI_USER)
    print(f"Dihapus: {n_cohorts} angkatan, {n_people} peserta.", file=out)


def _reclassify(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    plan = store.plan_reclassification()
    if plan.empty:
        print("Klasifikasi semua angkatan tersimpan sudah sesuai data acuan dan koreksi; tidak ada yang berubah.",
              file=out)  # fmt: skip
        return
    names = store.cohorts().set_index("cohort_id")
    for line in plan_lines(plan, names):
        print(line, file=out)
    print(f"{len(plan.changes)} teks instansi, {plan.n_participants} peserta, {len(plan.cohorts)} angkatan berubah.",
          file=out)  # fmt: skip
    if not args.apply:
        print("Tambahkan --apply untuk menyimpan perubahan ini.", file=out)
        return
    changed = store.reclassify(plan, user=CLI_USER)
    print(f"Disimpan: {changed} peserta diklasifikasikan ulang.", file=out)


def _backup(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    path = Path(args.file or f"dasbor-cadangan-{datetime.now():%Y%m%d-%H%M%S}.zip")
    kind = path.suffix.lower()
    if kind not in (".zip", ".xlsx"):
        raise StoreError(
            "bad_file", f"Nama berkas cadangan harus berakhiran .zip atau .xlsx, bukan '{path.name}'."
        )
    if path.exists():
        raise StoreError("exists", f"Berkas {path} sudah ada; pilih nama lain (tidak ada yang ditimpa).")
    n_cohorts = len(store.cohorts())
    audit_event(
        store,
        CLI_USER,
        "unduh_cadangan",
        f"Cadangan lengkap (berisi nama dan NIP) ditulis ke berkas {path.name} di server: {n_cohorts} angkatan.",
    )
    data = export_backup(store, compact=kind == ".zip")
    try:
        write_private(path, data, overwrite=False)
    except FileExistsError:
        raise StoreError(
            "exists", f"Berkas {path} sudah ada; pilih nama lain (tidak ada yang ditimpa)."
        ) from None
    except OSError as exc:
        raise StoreError("unwritable", f"Berkas {path} tidak dapat ditulis ({exc.strerror}).") from exc
    print(f"Cadangan ditulis ke {path} ({len(data) / 2**20:.1f} MB, {n_cohorts} angkatan). Berisi nama dan NIP: "
          "simpan di tempat aman.", file=out)  # fmt: skip


def _restore(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise StoreError(
                "bad_backup", f"Berkas {path} lebih dari {MAX_BYTES // 2**20} MB; bukan cadangan dasbor."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise StoreError("unreadable", f"Berkas {path} tidak dapat dibaca ({exc.strerror}).") from exc
    if not args.apply:
        n_cohorts, n_people = check_backup(data)
        print(f"Berkas cadangan valid: {n_cohorts} angkatan, {n_people} peserta. Tambahkan --apply untuk "
              "mengganti SELURUH data tersimpan dengan isinya.", file=out)  # fmt: skip
        return
    restored = restore_backup(store, data, user=CLI_USER)
    print(f"Data dipulihkan dari {path.name}: {restored} angkatan.", file=out)


def plan_lines(plan: Reclassification, cohorts: pd.DataFrame) -> list[str]:
    """One line per cohort: its name and K/L, Pemda, other, unknown before -> after."""
    labels = {"central": "K/L", "regional": "Pemda", "other": "lainnya", "unknown": "tak dikenali"}
    lines = []
    for row in plan.cohorts.itertuples(index=False):
        cohort = cohorts.loc[row.cohort_id] if row.cohort_id in cohorts.index else None
        name = (
            cohort_label(
                cohort["program"],
                cohort["angkatan"],
                int(cohort["year"]) if pd.notna(cohort["year"]) else None,
            )
            if cohort is not None
            else f"#{row.cohort_id}"
        )
        counts = ", ".join(
            f"{label} {getattr(row, f'{s}_before')} -> {getattr(row, f'{s}_after')}"
            for s, label in labels.items()
            if getattr(row, f"{s}_before") or getattr(row, f"{s}_after")
        )
        lines.append(f"{row.cohort_id}\t{name}\t{counts}")
    return lines


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, stdin: TextIO | None = None) -> int:
    """Run one command; 0 on success, 1 with an Indonesian message on stderr when it could not be done."""
    args = _parser().parse_args(argv)
    out = out or sys.stdout
    try:
        store = open_store(args.db)
        try:
            if args.command == "users":
                _users(store, args, out, stdin or sys.stdin)
            elif args.command == "reclassify":
                _reclassify(store, args, out)
            elif args.command == "scrub":
                if not store.scrub_deleted():
                    print("Gagal: berkas basis data belum bersih (ada transaksi atau pembaca yang lebih lama); "
                          "coba lagi nanti.", file=sys.stderr)  # fmt: skip
                    return 1
                print("Berkas basis data sudah dibersihkan dari baris yang dihapus.", file=out)
            elif args.command == "backup":
                _backup(store, args, out)
            elif args.command == "restore":
                _restore(store, args, out)
            else:
                _retention(store, args, out)
        finally:
            store.close()
    except StoreError as exc:
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, EOFError):
        print("Dibatalkan.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
