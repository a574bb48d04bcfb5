"""Write src/dipstate/record.schema.json: one record of ``dipstate parse --format json|jsonl``,
the statement schema with its ``document`` (the input's path, or "-"). Run after editing schema.json;
tests/test_output.py checks the two agree."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "dipstate"


def record_schema(statement: dict[str, object]) -> dict[str, object]:
    record = dict(statement)
    record["$id"] = "https://dipstate.readthedocs.io/schema/record-1.json"
    record["title"] = "dipstate CLI record: a Statement (schema_version 1) with its document"
    properties = {"document": {"type": "string", "description": "the input's path, or - for stdin"}}
    properties.update(statement["properties"])  # type: ignore[arg-type]
    properties["text"] = {
        "type": "string",
        "description": "for an HTML input only: the page text read from it, which every span indexes",
    }
    record["properties"] = properties
    record["required"] = ["document", *statement["required"]]  # type: ignore[misc]
    return record


def main() -> None:
    statement = json.loads((ROOT / "schema.json").read_text(encoding="utf-8"))
    text = json.dumps(record_schema(statement), indent=2, ensure_ascii=False) + "\n"
    (ROOT / "record.schema.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
