"""The quick pickling of frozen records: a round trip gives back equal, still frozen objects."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from briefing.fastpickle import fast_pickle


@fast_pickle
@dataclasses.dataclass(frozen=True, slots=True)
class _Pair:
    left: str
    right: tuple[int, ...] = ()


@fast_pickle
@dataclasses.dataclass(frozen=True, slots=True)
class _Single:
    only: _Pair


@fast_pickle
@dataclasses.dataclass(frozen=True, slots=True)
class _Empty:
    pass


@pytest.mark.parametrize("value", [_Pair("a", (1, 2)), _Single(_Pair("b")), _Empty(), [_Pair("c"), _Pair("d", (3,))]])
def test_a_round_trip_gives_back_an_equal_object(value: object) -> None:
    assert pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) == value


def test_each_field_gets_its_own_value_and_the_copy_stays_frozen() -> None:
    copy = pickle.loads(pickle.dumps(_Pair("x", (7,))))
    assert (copy.left, copy.right) == ("x", (7,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.left = "y"  # type: ignore[misc]
