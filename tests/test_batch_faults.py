"""Batch runs that lose nothing: one bad document, a dead worker, broken links, output errors, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dipstate
from dipstate.cli import main

GOOD = "Joint Statement on Trade\nJune 3, 2023\n\nWe will trade more.\n"


def test_parse_many_reports_a_bad_item_by_position_and_yields_the_rest() -> None:
    got = []
    with pytest.raises(dipstate.BatchError) as info:
        for statement in dipstate.parse_many([GOOD, b"bytes", GOOD]):  # type: ignore[list-item]
            got.append(statement)
    assert len(got) == 2
    assert [(i, type(e)) for i, e in info.value.failures] == [(1, TypeError)]
    assert "#1: TypeError" in str(info.value)


def test_parse_many_passes_hints_to_every_text() -> None:
    (statement,) = dipstate.parse_many(["We will act next year."], home="GBR", date="2024-11-18")
    assert statement.header.date is not None and statement.pledges[0].actors == ("GBR",)


def test_parse_many_without_main_guard_raises_instead_of_hanging(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text("import dipstate\nprint(len(list(dipstate.parse_many(['We will act.'] * 4, processes=2))))\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False)
    assert done.returncode != 0
    assert "__main__" in done.stderr


def test_cli_reports_an_unparseable_file_by_name_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM", encoding="utf-8")
    (tmp_path / "c.TXT").write_text(GOOD, encoding="utf-8")
    real = dipstate.cli.parse

    def parse(text: str, **hints: object) -> dipstate.Statement:
        if text == "BOOM":
            raise RuntimeError("a bug")
        return real(text, **hints)  # type: ignore[arg-type]

    monkeypatch.setattr(dipstate.cli, "parse", parse)
    code = main(["parse", str(tmp_path), "--format", "jsonl"])
    captured = capsys.readouterr()
    assert code == 1
    assert "b.txt: could not be parsed (RuntimeError: a bug)" in captured.err
    assert len(captured.out.splitlines()) == 2  # a.txt and c.TXT (upper-case extension found)


def test_cli_reports_broken_links(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    assert main(["parse", str(tmp_path), "--format", "jsonl"]) == 1
    assert "link.txt: broken link" in capsys.readouterr().err


def test_cli_output_into_a_missing_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "out.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dipstate: cannot write") and err.count("\n") == 1


def test_cli_encoding_option_and_its_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "cp.txt"
    f.write_bytes("Joint Statement on Caf\u00e9s\nJune 3, 2023\n\nWe will act.\n".encode("cp1252"))
    assert main(["parse", str(f)]) == 1
    assert "try --encoding cp1252" in capsys.readouterr().err
    assert main(["parse", str(f), "--encoding", "cp1252", "--format", "jsonl"]) == 0
    assert "Caf\u00e9s" in capsys.readouterr().out


def test_cli_hints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "r.txt"
    f.write_text("We will act next year.\n", encoding="utf-8")
    assert main(["parse", str(f), "--home", "GBR", "--date", "2024-11-18", "--select", "pledges", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert '"GBR"' in out and "2025-12-31" in out
    with pytest.raises(SystemExit) as info:
        main(["parse", str(f), "--home", "XX"])
    assert info.value.code == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_cli_interrupted_run_keeps_the_old_output_and_exits_130(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i:03}.txt").write_text(GOOD, encoding="utf-8")
    stuck = tmp_path / "stuck.txt"
    os.mkfifo(stuck)  # the run blocks opening it (nobody writes): interrupted mid-run, whatever the speed
    out = tmp_path / "out.jsonl"
    out.write_text("complete\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dipstate", "parse", str(folder), str(stuck), "--format", "jsonl", "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(600):  # interrupt once the run is writing its temporary output
        if list(tmp_path.glob(".dipstate-*")) or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert list(tmp_path.glob(".dipstate-*")) and proc.poll() is None
    time.sleep(0.2)  # and is waiting on the pipe
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "complete\n"
    assert not list(tmp_path.glob(".dipstate-*"))
