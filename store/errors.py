"""The store's one error family: a stable code for the program, an Indonesian message for the user."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation that could not be done; ``message`` tells a training officer what to do next."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps the code when the error crosses the sandbox's process boundary (a backup is parsed there).
        return (StoreError, (self.code, self.message))
