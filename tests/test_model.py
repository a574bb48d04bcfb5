"""The data model: JSON shape, round trip, schema, input types."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import dipstate
from dipstate import Span, Statement

FIXTURES = Path(__file__).parent / "fixtures"


def schema() -> dict[str, object]:
    text = resources.files("dipstate").joinpath("schema.json").read_text(encoding="utf-8")
    loaded: dict[str, object] = json.loads(text)
    return loaded


@pytest.mark.parametrize("name", ["d01.txt", "d02.txt"])
def test_real_output_validates_against_shipped_schema(name: str) -> None:
    st = dipstate.parse((FIXTURES / name).read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(st.to_json()), schema())


@pytest.mark.parametrize("name", ["d01.txt", "d02.txt"])
def test_round_trip_is_identity(name: str) -> None:
    st = dipstate.parse((FIXTURES / name).read_text(encoding="utf-8"))
    assert Statement.from_dict(st.to_dict()) == st
    assert Statement.from_json(st.to_json()) == st


def test_empty_text_gives_empty_statement() -> None:
    st = dipstate.parse("   \n\n\t ")
    assert st.to_dict() == {
        "schema_version": 1,
        "header": {"title": None, "date": None, "kind": "other", "location": None,
                   "issuer": None, "attribution": None, "languages": []},
        "parties": [], "participants": [], "sections": [], "pledges": [],
    }


@pytest.mark.parametrize("value", [None, b"bytes", 3, ["a"]])
def test_non_str_raises_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        dipstate.parse(value)  # type: ignore[arg-type]


def test_span_rejects_inverted_range() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 2)


def test_from_dict_rejects_other_schema_versions() -> None:
    with pytest.raises(ValueError, match="schema_version"):
        Statement.from_dict({"schema_version": 2})


def test_statement_is_frozen() -> None:
    st = dipstate.parse("x")
    with pytest.raises(AttributeError):
        st.header = st.header  # type: ignore[misc]
