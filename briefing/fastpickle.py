"""Quick pickling for frozen, slotted dataclasses: the build cache and page fingerprints pickle
hundreds of thousands of them.

On Python 3.11 a slotted dataclass pickles through `dataclasses`' own `__getstate__`, which calls
`fields()` for every object; these read the slots directly, and set them through the slots' own
descriptors in straight-line code (made once per class, as `dataclasses` makes `__init__`): loading
10,000 cached articles takes half the time of a loop over the fields with `object.__setattr__`.
"""

from __future__ import annotations

import dataclasses
import operator
from typing import TypeVar

T = TypeVar("T", bound=type)


def fast_pickle(cls: T) -> T:
    """Give a frozen, slotted dataclass a __getstate__/__setstate__ that skip dataclasses.fields()."""
    names = tuple(field.name for field in dataclasses.fields(cls))
    read = operator.attrgetter(*names) if names else lambda _: ()

    def __getstate__(self: object) -> tuple:
        return (read(self),) if len(names) == 1 else read(self)

    cls.__getstate__ = __getstate__
    cls.__setstate__ = _state_setter(cls, names)
    return cls


def _state_setter(cls: type, names: tuple[str, ...]) -> object:
    """Return a __setstate__ that sets each slot from the state tuple, one statement per field."""
    # A slot's member descriptor sets it without the frozen class's __setattr__ (which refuses).
    setters = {f"_set{index}": getattr(cls, name).__set__ for index, name in enumerate(names)}
    body = "\n".join(f"    _set{index}(self, state[{index}])" for index in range(len(names))) or "    pass"
    namespace = dict(setters)
    exec(f"def __setstate__(self, state):\n{body}\n", namespace)  # noqa: S102 - code made from field indexes only
    return namespace["__setstate__"]
