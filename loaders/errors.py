"""The one error family the intake raises: every message is Indonesian and actionable."""

from __future__ import annotations


class RosterError(Exception):
    """A roster file that cannot be loaded; `code` is stable, `message` is for the training officer."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        headers: tuple[str, ...] = (),
        missing: str | None = None,
    ) -> None:
        self.code = code
        self.file = file
        self.sheet = sheet
        self.row = row
        self.headers = headers  # column titles read, for a caller offering a column mapping (no table found)
        self.missing = missing  # the field a table of people lacks ("instansi"), for a caller offering it
        self.detail = message
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The full message, naming the file, sheet and row where known."""
        where = []
        if self.file:
            where.append(f"File '{self.file}'")
        if self.sheet:
            where.append(f"lembar '{self.sheet}'")
        if self.row:
            where.append(f"baris {self.row}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.detail}" if prefix else self.detail

    def with_file(self, file: str) -> RosterError:
        """Return this error with the file name filled in."""
        if not self.file:
            self.file = file
            self.args = (self.message,)
        return self

    def to_dict(self) -> dict[str, str]:
        """The CLI's JSON form."""
        return {"code": self.code, "message": self.message}

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps keyword arguments when the error crosses the sandbox's process boundary.
        return (
            _rebuild,
            (self.code, self.detail, self.file, self.sheet, self.row, self.headers, self.missing),
        )


def _rebuild(
    code: str,
    detail: str,
    file: str | None,
    sheet: str | None,
    row: int | None,
    headers: tuple[str, ...] = (),
    missing: str | None = None,
) -> RosterError:
    return RosterError(code, detail, file=file, sheet=sheet, row=row, headers=headers, missing=missing)


def id_int(number: int) -> str:
    """An integer the Indonesian way: 1.234.567."""
    return f"{number:,}".replace(",", ".")
