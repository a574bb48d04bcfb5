"""The command line: parse files, folders and stdin; clear errors; formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dipstate import __version__
from dipstate.cli import main

STATEMENT = "Joint Statement on Trade\nJune 3, 2023\n\nWe will trade more.\n"


def test_parse_json_and_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbf" + STATEMENT.encode())
    assert main(["parse", str(f)]) == 0
    (out,) = json.loads(capsys.readouterr().out)
    assert out["header"]["title"] == "Joint Statement on Trade"
    assert out["document"] == str(f)


def test_bad_files_are_reported_and_others_still_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STATEMENT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    code = main(["parse", "--format", "jsonl", str(bad), str(tmp_path / "missing.txt"), str(good)])
    captured = capsys.readouterr()
    assert code == 1
    assert "bad.txt: not UTF-8" in captured.err
    assert "missing.txt: no such file" in captured.err
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["document"] for r in rows] == [str(good)]


def test_stdin_and_text_format(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STATEMENT.encode())))
    assert main(["parse", "--format", "text", "-"]) == 0
    out = capsys.readouterr().out
    assert "title:       Joint Statement on Trade" in out
    assert "kind:        joint_statement" in out


def test_directory_is_searched_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(STATEMENT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STATEMENT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert main(["parse", "--format", "jsonl", str(tmp_path)]) == 0
    docs = [json.loads(line)["document"] for line in capsys.readouterr().out.splitlines()]
    assert docs == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_example_prints_bundled_statement(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "--format", "json"]) == 0
    (out,) = json.loads(capsys.readouterr().out)
    assert out["header"]["kind"] == "joint_statement"


def _corpus(tmp_path: Path) -> list[Path]:
    paths = []
    for i, country in enumerate(["Japan", "Canada", "Kenya"]):
        p = tmp_path / f"s{i}.txt"
        p.write_text(f"Joint Statement of {country} and the United States\nJune 3, 2023\n\n"
                     f"We will expand trade by 2030. We condemn the launch.\n", encoding="utf-8")
        paths.append(p)
    return paths


def test_csv_select_pledges_has_header_and_one_row_per_pledge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _corpus(tmp_path)
    assert main(["parse", "--format", "csv", "--select", "pledges", str(tmp_path)]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["document"] for r in table] == [str(p) for p in paths]
    first = table[0]
    assert first["text"] == "We will expand trade by 2030."
    assert first["actors"] == "JPN;USA"
    assert first["deadline"] == "2030-12-31"
    text = paths[0].read_text(encoding="utf-8")
    assert text[int(first["start"]) : int(first["end"])] == first["text"]


def test_output_file_and_jobs_keep_input_order(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["parse", "--format", "jsonl", "--jobs", "2", "--output", str(out), *map(str, paths)]) == 0
    docs = [json.loads(line)["document"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs == [str(p) for p in paths]


def test_json_of_several_documents_is_one_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _corpus(tmp_path)
    assert main(["parse", *map(str, paths)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["document"] for d in data] == [str(p) for p in paths]
    assert data[0]["header"]["kind"] == "joint_statement"


def test_select_parties_jsonl_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _corpus(tmp_path)
    assert main(["parse", "--format", "jsonl", "--select", "parties", str(paths[0])]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["code"] for r in rows] == ["JPN", "USA"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path)
    assert main(["parse", "--format", "jsonl", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_bad_jobs_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--jobs", "0", "x.txt"])
    assert exc.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"s{i:02}.txt").write_text(STATEMENT * 20, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dipstate", "parse", "--format", "jsonl", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait()
    assert "Traceback" not in err
    assert proc.returncode in (0, 141)
