"""Command line: `python -m loaders FILE [FILE ...] [--json]` (the JSON form is a public interface)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from loaders.errors import RosterError
from loaders.overrides import load_overrides
from loaders.roster import LoadResult
from loaders.sandbox import load_roster

JSON_VERSION = 1
SECTOR_LABELS = {
    "central": "Kementerian/Lembaga",
    "regional": "Pemerintah Daerah",
    "other": "Non-pemerintah",
    "unknown": "Belum dikenali",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loaders", description="Baca roster peserta pelatihan dan laporkan hasilnya."
    )
    parser.add_argument("files", nargs="+", type=Path, help="file .xlsx/.xlsm/.xls/.ods/.csv")
    parser.add_argument("--json", action="store_true", help="cetak satu dokumen JSON (antarmuka stabil)")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="JUDUL=KOLOM",
        help="pemetaan kolom eksplisit, mis. --map 'Asal Kantor=instansi' (boleh berulang)",
    )
    parser.add_argument(
        "--overrides",
        type=Path,
        default=None,
        metavar="CSV",
        help="tabel koreksi instansi (bawaan: $DASBOR_DATA_DIR/agency_overrides.csv)",
    )
    return parser


def file_entry(
    path: Path, mapping: dict[str, str], overrides: dict[str, Any] | None = None
) -> tuple[dict[str, Any], LoadResult | None]:
    """Load one file into its JSON entry; errors become an `error` entry."""
    try:
        result = load_roster(path, column_mapping=mapping or None, overrides=overrides)
    except RosterError as exc:
        return {"file": path.name, "error": exc.to_dict()}, None
    return result.to_dict(), result


def _print_text(entry: dict[str, Any]) -> None:
    print(f"== {entry['file']}")
    if "error" in entry:
        print(f"   GAGAL: {entry['error']['message']}")
        return
    for cohort in entry["cohorts"]:
        label = " ".join(
            str(x)
            for x in (
                cohort["program"] or "(program?)",
                f"Angkatan {cohort['angkatan']}" if cohort["angkatan"] else "",
                f"Tahun {cohort['year']}" if cohort["year"] else "",
            )
            if x
        )
        print(f"   Lembar '{cohort['sheet']}': {label}")
    summary = entry["summary"]
    print(f"   Peserta: {summary['participants']}")
    for sector, count in summary["by_sector"].items():
        print(f"     {SECTOR_LABELS.get(sector, sector)}: {count}")
    problems = [i for i in entry["issues"] if i["severity"] != "info"]
    print(f"   Masalah: {len(problems)} (catatan: {len(entry['issues']) - len(problems)})")
    for issue in problems[:30]:
        where = f"{issue['sheet']}!{issue['row']}" if issue["row"] else issue["sheet"] or ""
        print(f"     [{where}] {issue['message']}")
    if len(problems) > 30:
        print(f"     ... dan {len(problems) - 30} lainnya (gunakan --json untuk daftar lengkap)")


def main(argv: list[str] | None = None) -> int:
    """Entry point; exit status 0 when every file loaded, 2 when any was rejected."""
    args = _parser().parse_args(argv)
    mapping: dict[str, str] = {}
    for item in args.map:
        header, _, field = item.partition("=")
        mapping[header] = field
    try:
        overrides = load_overrides(args.overrides)
    except RosterError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    entries = [file_entry(path, mapping, dict(overrides))[0] for path in args.files]
    if args.json:
        json.dump({"version": JSON_VERSION, "files": entries}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for entry in entries:
            _print_text(entry)
    return 2 if any("error" in e for e in entries) else 0
