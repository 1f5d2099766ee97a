"""A progress bar on stderr for batch runs; rich is imported only when a bar is really shown."""

from __future__ import annotations

from types import TracebackType
from typing import Any


class NoProgress:
    """Stands in when stderr is not a terminal or -q was given: does nothing, imports nothing."""

    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def advance(self, count: int = 1) -> None:
        return None


class BarProgress:
    """files done / total (when known), files/s and ETA, drawn by rich on stderr."""

    def __init__(self, total: int | None, color: bool | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        console = Console(stderr=True, no_color=color is False or None,
                          force_terminal=True if color else None)
        columns: list[Any] = [TextColumn("cleaning"), BarColumn(), MofNCompleteColumn()]
        if total is not None:
            columns += [TaskProgressColumn(), TimeRemainingColumn()]
        columns += [TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        self._progress = Progress(*columns, console=console, transient=True)
        self._task = self._progress.add_task("clean", total=total, rate="")
        self._pending = 0  # files done but not yet drawn: redrawing per file costs too much

    def __enter__(self) -> BarProgress:
        self._progress.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._progress.__exit__(kind, value, traceback)

    def advance(self, count: int = 1) -> None:
        self._pending += count
        if self._pending >= 50:
            task = self._progress.tasks[0]
            speed = f"{task.speed:,.0f} files/s" if task.speed else ""
            self._progress.update(self._task, advance=self._pending, rate=speed)
            self._pending = 0


def make_progress(enabled: bool, total: int | None, color: bool | None) -> NoProgress | BarProgress:
    return BarProgress(total, color) if enabled else NoProgress()
