"""What the command writes is what a spreadsheet, a shell and the shipped schemas expect."""

from __future__ import annotations

import csv
import io
import json
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from dipstate.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from make_record_schema import record_schema

WRAPPED = (
    "Joint Statement of Japan and Canada\nJune 3, 2023\n\n"
    "Japan and Canada will\nexpand their cooperation\non clean energy by 2030.\n\n"
    "The two countries reaffirm\ntheir commitment to the partnership.\n"
)


def schema(name: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(resources.files("dipstate").joinpath(name).read_text(encoding="utf-8"))
    return loaded


def write(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        p = tmp_path / f"s{i}.txt"
        p.write_text(WRAPPED, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_record_schema_is_the_statement_schema_with_its_document() -> None:
    assert schema("record.schema.json") == record_schema(schema("schema.json"))


@pytest.mark.parametrize("count", [1, 2])
def test_json_has_one_shape_for_any_number_of_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], count: int
) -> None:
    assert main(["parse", *write(tmp_path, count)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert isinstance(records, list) and len(records) == count
    for record in records:
        jsonschema.validate(record, schema("record.schema.json"))


def test_jsonl_records_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *write(tmp_path, 2), "--format", "jsonl"]) == 0
    for line in capsys.readouterr().out.splitlines():
        jsonschema.validate(json.loads(line), schema("record.schema.json"))


def test_csv_pledges_one_row_each_and_no_line_breaks_in_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", *write(tmp_path, 2), "--select", "pledges", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 4
    assert all("\n" not in cell and "\r" not in cell for row in table for cell in row.values())
    assert table[0]["actors"] == "CAN;JPN"
    assert table[0]["text"] == "Japan and Canada will expand their cooperation on clean energy by 2030."


def test_text_rows_stay_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *write(tmp_path, 1), "--select", "pledges", "--format", "text"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_selected_json_rows_keep_lists_as_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *write(tmp_path, 1), "--select", "pledges", "--format", "jsonl"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["actors"] == ["CAN", "JPN"]
