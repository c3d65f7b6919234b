"""The command line as a user runs it: a real subprocess, real files, real model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bot" / "samples" / "harbour-fire.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_sample_report_for_a_person():
    result = run("check", str(SAMPLE), "--published", "2026-03-12")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "Summary" in out and "Key figures" in out
    for check in ("role-conflict", "weekday-date", "age-conflict", "arithmetic"):
        assert check in out
    assert b"Traceback" not in result.stderr


def test_json_has_the_documented_fields():
    result = run("check", str(SAMPLE), "--json", "--published", "2026-03-12")
    report = json.loads(result.stdout)
    assert {"input", "summary", "figures", "people", "flags", "timings_ms"} <= report.keys()
    assert len(report["summary"]) == 3
    assert all({"value", "context", "sentence_index"} <= f.keys() for f in report["figures"])
    assert all({"name", "titles", "mentions"} <= p.keys() for p in report["people"])
    text = SAMPLE.read_text(encoding="utf-8")
    for flag in report["flags"]:
        assert flag["severity"] in {"high", "medium", "low"}
        for e in flag["evidence"]:
            assert text[e["start"] : e["end"]] == e["quote"]


def test_several_inputs_give_json_lines_in_order(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = run(
        "check", str(SAMPLE), str(empty), "-", "--json", stdin=b"The council met on Monday."
    )
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["input"] for line in lines] == [str(SAMPLE), str(empty), "-"]
    assert "error" in lines[1] and "empty" in lines[1]["error"]
    assert "summary" in lines[2]
    assert result.returncode == 1  # one input failed


def test_url_is_not_supported_yet():
    result = run("check", "https://example.com/news/story")
    assert result.returncode == 1
    assert b"not supported yet" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", b"empty"),
        (b" \n\t \n", b"empty"),
        (bytes(range(256)) * 40, b"binary"),
        (b"x" * (5 * 1024 * 1024), b"limit"),
        (
            "Le conseil municipal s'est réuni mardi pour débattre du budget de la ville et des "
            "nouvelles pistes cyclables prévues dans le centre historique.".encode(),
            b"English",
        ),
    ],
    ids=["empty", "whitespace", "binary", "5MB", "french"],
)
def test_bad_input_gets_one_clear_line(data: bytes, message: bytes):
    result = run("check", "-", stdin=data)
    assert result.returncode == 1
    assert message in result.stderr
    assert b"Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2  # the message, and its log line


def test_html_pasted_as_text_is_read_as_its_text():
    html = (
        "<html><body><article><h1>Bridge closed</h1>"
        "<p>The Tyne crossing was closed on Sunday after engineers found cracks in two of its "
        "supports, the council said.</p><p>Council leader Ann Black, 52, said repairs would "
        "take six weeks and cost about £2m.</p></article></body></html>"
    )
    result = run("check", "-", "--json", stdin=html.encode())
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert not any("<p>" in s for s in report["summary"])
    assert any(p["name"] == "Ann Black" for p in report["people"])
