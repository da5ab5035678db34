"""Quick pickling for frozen, slotted dataclasses: the build cache and page fingerprints pickle
hundreds of thousands of them.

On Python 3.11 a slotted dataclass pickles through `dataclasses`' own `__getstate__`, which calls
`fields()` for every object; these read and set the slots directly, about 2x faster (measured on
10,000 prepared articles).
"""

from __future__ import annotations

import dataclasses
import operator
from typing import TypeVar

T = TypeVar("T", bound=type)


def fast_pickle(cls: T) -> T:
    """Give a frozen, slotted dataclass a __getstate__/__setstate__ that skip dataclasses.fields()."""
    names = tuple(field.name for field in dataclasses.fields(cls))
    read = operator.attrgetter(*names)

    def __getstate__(self: object) -> tuple:
        return (read(self),) if len(names) == 1 else read(self)

    def __setstate__(self: object, state: tuple) -> None:
        for name, value in zip(names, state):
            object.__setattr__(self, name, value)

    cls.__getstate__ = __getstate__
    cls.__setstate__ = __setstate__
    return cls
