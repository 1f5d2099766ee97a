"""Errors the library raises; cli.py turns them into one-line messages and exit codes."""


class CleanerError(Exception):
    """Base class of every error the cleaner raises on purpose."""


class UnknownPassError(CleanerError):
    """--only/--skip named a pass that does not exist."""


class InputError(CleanerError):
    """An input could not be read."""


class SkippedInput(InputError):
    """An input that is not a regular file (FIFO, device, socket, folder): left alone."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind
