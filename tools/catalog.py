"""The text catalog's tools (Babel): extract the text ids from the code, update and compile the .po files,
check that code and catalogs agree.

    python -m tools.catalog update   # new ids added (empty, to translate), unused ones removed, .mo compiled
    python -m tools.catalog check    # exit 1 listing every problem (make check runs it)

The check fails when the code uses an id that a .po lacks (or as singular where the .po has a plural, or
the reverse), when an entry is untranslated or fuzzy, when a .po holds an id no code uses, when the
placeholders of a text differ between the languages, and when a compiled .mo is not the .po's.
Extraction is a Babel extraction method over Python's AST: the first argument of t/nt (pages' ctx.t and
text too) and of the no-op markers N_/Nn_ (both branches of `a if c else b`); ids built at run time are
listed with the markers where their table lives (loaders/catalog.py).
"""

from __future__ import annotations

import ast
import io
import string
import sys
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, cast

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from loaders.catalog import DOMAIN, LANGS, LOCALE_DIR, mo_path

ROOT: Final = Path(__file__).resolve().parents[1]
SOURCES: Final = ("dashboard.py", "pages", "peserta", "store", "loaders")
# Function name -> Babel keyword spec (argument positions of the id; two positions: a plural id).
KEYWORDS: Final[dict[str, tuple[int, ...]]] = {
    "t": (1,),
    "text": (1,),  # pages' short name for t
    "N_": (1,),
    "nt": (1, 1),
    "Nn_": (1, 1),
}
ATTRIBUTE_KEYWORDS: Final = frozenset({"t", "nt"})  # also called as methods (the pages' ctx.t, ctx.nt)
PO_WIDTH: Final = 110


@dataclass(frozen=True)
class Use:
    """One use of a text id in the code."""

    key: str
    plural: bool
    where: str  # file:line


# --- extraction --------------------------------------------------------------------------------------------


def _literals(node: ast.expr) -> list[str] | None:
    """The ids an argument can be: a string literal, or both branches of a conditional of literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        return None if body is None or orelse is None else body + orelse
    return None


def _single(found: list[str] | None) -> str | None:
    return found[0] if found and len(found) == 1 else None


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def extract_ids(
    fileobj: IO[bytes], keywords: Mapping[str, Any], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[tuple[int, str, tuple[str | None, ...], list[str]]]:
    """A Babel extraction method: (line, function, arguments, comments) of every keyword call; an argument
    that is not a literal is None (Babel skips a message whose id is not literal)."""
    calls = [node for node in ast.walk(ast.parse(fileobj.read())) if isinstance(node, ast.Call)]
    for node in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
        name = _call_name(node)
        if name is None or name not in keywords or not node.args:
            continue
        if isinstance(node.func, ast.Attribute) and name not in ATTRIBUTE_KEYWORDS:
            continue  # sa.text("SELECT ...") is not a UI text
        rest = tuple(_single(_literals(a)) for a in node.args[1:])
        found = _literals(node.args[0])
        keys: list[str | None] = [None] if found is None else list(found)
        for key in keys:
            yield node.lineno, name, (key, *rest), []


def source_files(root: Path = ROOT) -> list[Path]:
    """The product's Python files (tests, tools and benchmarks do not show texts)."""
    files: list[Path] = []
    for name in SOURCES:
        path = root / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def extract_uses(files: list[Path], root: Path = ROOT) -> list[Use]:
    """Every literal text id the files use, through Babel's extract() with extract_ids."""
    uses = []
    for path in files:
        with path.open("rb") as handle:
            for line, message, _comments, _context in extract(
                cast(Any, extract_ids), handle, keywords=KEYWORDS
            ):
                plural = isinstance(message, tuple)
                key = message[0] if isinstance(message, tuple) else message
                where = f"{path.relative_to(root) if path.is_relative_to(root) else path}:{line}"
                uses.append(Use(key, plural, where))
    return uses


# --- catalogs ----------------------------------------------------------------------------------------------


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Where the editable catalog of a language lives."""
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(lang: str, locale_dir: Path = LOCALE_DIR) -> Catalog:
    """A language's .po as a Babel catalog."""
    with po_path(lang, locale_dir).open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    """The .mo bytes of a catalog (fuzzy entries left out)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def _fields(text: str) -> set[str]:
    """The str.format fields of a text ('{count} of {total}' -> {'count', 'total'})."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<not a valid format string>"}


def _forms(string_: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """The translation's forms (one, or one per plural form)."""
    if string_ is None:
        return ("",)
    return (string_,) if isinstance(string_, str) else tuple(string_)


def _entry_problems(lang: str, catalog: Catalog) -> list[str]:
    problems = []
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if message.fuzzy:
            problems.append(f"{lang}: '{key}' is fuzzy")
        if not all(_forms(message.string)) or len(_forms(message.string)) < (
            catalog.num_plurals if message.pluralizable else 1
        ):
            problems.append(f"{lang}: '{key}' is not translated")
    problems.extend(f"{lang}: '{m.id}' is obsolete (#~); remove it" for m in catalog.obsolete.values())
    return problems


def _placeholder_problems(catalogs: dict[str, Catalog]) -> list[str]:
    problems = []
    reference_lang, reference = LANGS[0], catalogs[LANGS[0]]
    for message in reference:
        if not message.id:
            continue
        expected = set().union(*map(_fields, _forms(message.string)))
        for lang in LANGS[1:]:
            other = catalogs[lang].get(message.id)
            if other is None:
                continue
            for form in _forms(other.string):
                if form and _fields(form) != expected:
                    key = message.id[0] if isinstance(message.id, tuple) else message.id
                    problems.append(
                        f"{lang}: '{key}' has fields {sorted(_fields(form))}, {reference_lang} has {sorted(expected)}"
                    )
    return problems


def _use_problems(lang: str, catalog: Catalog, uses: list[Use]) -> list[str]:
    problems: list[str] = []
    used: dict[str, Use] = {}
    for use in uses:
        used.setdefault(use.key, use)
        message = catalog.get((use.key, use.key) if use.plural else use.key)
        if message is None:
            message = catalog.get(use.key)
        if message is None:
            problems.append(f"{lang}: '{use.key}' is missing (used at {use.where})")
        elif message.pluralizable != use.plural:
            kind = "plural (nt/Nn_)" if use.plural else "singular (t/N_)"
            problems.append(f"{lang}: '{use.key}' is used as {kind} at {use.where}, the .po disagrees")
    for message in catalog:
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if key and key not in used:
            problems.append(
                f"{lang}: '{key}' is not used by the code; remove it (python -m tools.catalog update)"
            )
    return problems


def problems(files: list[Path] | None = None, locale_dir: Path = LOCALE_DIR, root: Path = ROOT) -> list[str]:
    """Everything wrong between the code and the catalogs; [] when they agree."""
    uses = extract_uses(source_files(root) if files is None else files, root)
    catalogs = {lang: read_catalog(lang, locale_dir) for lang in LANGS}
    found = []
    for lang, catalog in catalogs.items():
        found.extend(_use_problems(lang, catalog, uses))
        found.extend(_entry_problems(lang, catalog))
        mo = mo_path(lang, locale_dir)
        if not mo.exists() or mo.read_bytes() != compiled(catalog):
            found.append(
                f"{lang}: {mo.name} is not compiled from {po_path(lang, locale_dir).name}; run make catalog"
            )
    found.extend(_placeholder_problems(catalogs))
    return found


def write_catalog(lang: str, catalog: Catalog, locale_dir: Path = LOCALE_DIR) -> None:
    """Write a language's .po (sorted, without source locations: ids are symbolic) and its .mo."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=PO_WIDTH, no_location=True, sort_output=True)
    po_path(lang, locale_dir).write_bytes(buffer.getvalue())
    mo_path(lang, locale_dir).write_bytes(compiled(catalog))


def update(files: list[Path] | None = None, locale_dir: Path = LOCALE_DIR, root: Path = ROOT) -> list[str]:
    """Bring the .po files in line with the code (new ids added untranslated, unused ids and obsolete
    entries removed) and compile them; returns what changed."""
    uses = extract_uses(source_files(root) if files is None else files, root)
    wanted = {use.key: use.plural for use in uses}
    changes = []
    for lang in LANGS:
        catalog = read_catalog(lang, locale_dir)
        catalog.obsolete.clear()
        for message in list(catalog):
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            if key and (key not in wanted or wanted[key] != message.pluralizable):
                catalog.delete(message.id)
                changes.append(f"{lang}: removed '{key}'")
        for key, plural in sorted(wanted.items()):
            if catalog.get((key, key) if plural else key) is None:
                catalog.add((key, key) if plural else key, ("",) * catalog.num_plurals if plural else "")
                changes.append(f"{lang}: added '{key}' (translate it)")
        write_catalog(lang, catalog, locale_dir)
    return changes


def main(argv: list[str] | None = None) -> int:
    """`update` or `check`; 1 when the check finds problems."""
    command = (argv if argv is not None else sys.argv[1:]) or ["check"]
    if command == ["update"]:
        print("\n".join(update()) or "Catalogs already match the code.")
        found = problems()
    elif command == ["check"]:
        found = problems()
    else:
        print("usage: python -m tools.catalog [update|check]", file=sys.stderr)
        return 2
    print("\n".join(found) or "Text catalog OK.", file=sys.stderr if found else sys.stdout)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
