"""The quick making and pickling of frozen records: made as the dataclass makes them, a round trip
gives back equal, still frozen objects."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from briefing.fastpickle import fast_pickle, replaced


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


@fast_pickle
@dataclasses.dataclass(frozen=True, slots=True)
class _WithFactory:
    items: list[int] = dataclasses.field(default_factory=list)


def test_a_record_is_made_as_its_dataclass_makes_it():
    assert _Pair("a") == _Pair(left="a", right=()) and _Pair("a", (1,)).right == (1,)
    assert _Pair.__init__.__qualname__ == "_Pair.__init__"
    with pytest.raises(TypeError, match="left"):
        _Pair()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Pair("a", (), "extra")  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Pair("a").left = "b"  # type: ignore[misc]


def test_a_record_with_a_default_factory_keeps_its_own_init():
    first, second = _WithFactory(), _WithFactory()
    assert first.items == [] and first.items is not second.items


@pytest.mark.parametrize("value, changes", [
    (_Pair("a", (1,)), {"right": (2,)}), (_Pair("a"), {"left": "b", "right": ()}),
    (_Single(_Pair("b")), {"only": _Pair("c")}), (_Empty(), {})])
def test_a_replaced_copy_is_what_dataclasses_replace_makes(value: object, changes: dict) -> None:
    assert replaced(value, **changes) == dataclasses.replace(value, **changes)


def test_replacing_an_unknown_field_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        replaced(_Pair("a"), middle=1)
