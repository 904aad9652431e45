"""Errors raised by gapcheck. Every one is a :class:`GapcheckError`.

Each error carries the file it is about (``path``) and a message that says what to do, so that the CLI
can print it as one line. Where a builtin exception means the same thing, the error subclasses it too
(``except FileNotFoundError`` keeps working).
"""

from __future__ import annotations

from pathlib import Path


class GapcheckError(Exception):
    """Base class of every error gapcheck raises on purpose."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.path}: {self.message}"

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (the isolated reader): keep class, message, path and extra fields.
        return (_restore, (type(self), self.message, self.path), self.__dict__)


def _restore(cls: type[GapcheckError], message: str, path: str | None) -> GapcheckError:
    error = cls.__new__(cls)
    GapcheckError.__init__(error, message, path=path)
    return error


class InputError(GapcheckError):
    """A resume (or posting) file could not be read."""


class InputNotFound(InputError, FileNotFoundError):
    """The path does not exist."""


class NotAFile(InputError, IsADirectoryError):
    """The path is a directory or something else that is not a regular file."""


class InputPermissionError(InputError, PermissionError):
    """The file exists but cannot be read."""


class EmptyInput(InputError, ValueError):
    """The file has no bytes, or no text at all."""


class UnsupportedFormat(InputError, ValueError):
    """The file is not a PDF or a text file gapcheck can read."""


class CorruptPDF(InputError, ValueError):
    """The PDF is damaged or truncated."""


class EncryptedPDF(InputError, PermissionError):
    """The PDF needs a password to be opened."""


class NoTextLayer(InputError, ValueError):
    """The PDF has pages but no extractable text: it looks scanned."""


class InputTooLarge(InputError, ValueError):
    """The file is over a size or page limit."""


class InputTimeout(InputError, TimeoutError):
    """Reading the file took longer than the time limit."""


class ReaderKilled(InputError, ChildProcessError):
    """The process reading the file was stopped from outside gapcheck (a signal gapcheck did not send)."""


class MissingExtra(GapcheckError, ImportError):
    """An optional part of gapcheck is needed but not installed; the message names the pip extra."""


class OutputError(GapcheckError, OSError):
    """An output file could not be written."""


class TaxonomyError(GapcheckError, ValueError):
    """A taxonomy file is missing, malformed or inconsistent."""

    def __init__(self, message: str, *, path: str | Path | None = None, skill: str | None = None) -> None:
        if skill is not None:
            message = f"skill {skill!r}: {message}"
        super().__init__(message, path=path)
        self.skill = skill


class UnknownSkill(GapcheckError, KeyError):
    """A skill id was asked for that the taxonomy does not have."""

    def __str__(self) -> str:
        return GapcheckError.__str__(self)


class UnknownRole(GapcheckError, KeyError):
    """A role id was asked for that the taxonomy does not have."""

    def __str__(self) -> str:
        return GapcheckError.__str__(self)
