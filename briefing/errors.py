"""Build errors that name the file, line and column, and what to do about them."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.fastpickle import fast_pickle


@fast_pickle
@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input, located as precisely as we can."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class BuildError(Exception):
    """A build stopped by bad input; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[BuildError], tuple[tuple[Problem, ...]]]:
        # Raised in a worker process, it comes back through pickle with its problems, not its message.
        return BuildError, (self.problems,)


def fail(path: str, message: str, line: int | None = None, column: int | None = None) -> BuildError:
    """Return a BuildError holding a single problem, ready to raise."""
    return BuildError([Problem(path, message, line, column)])
