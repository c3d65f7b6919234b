"""The command line as a user runs it: a real subprocess, real files, real model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fetch.pages import article_page
from tests.localserver import LocalServer, send

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bot" / "samples" / "harbour-fire.txt"


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        env={**os.environ, **(env or {})},
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


def test_link_is_fetched_checked_and_has_its_source():
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as server:
        result = run(
            "check", server.url("/story"), "--json", env={"FETCH_ALLOW_NETWORKS": "127.0.0.0/8"}
        )
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert report["source"]["url"] == server.url("/story")
    assert report["source"]["site"] == "Portwell Gazette"
    assert report["published"] == "2026-03-12"  # the page's date feeds the date checks
    assert "weekday-date" in {f["check"] for f in report["flags"]}


def test_extract_prints_what_would_be_checked_and_failures_per_line():
    page = article_page().encode()
    with LocalServer({"/story": lambda h: send(h, 200, page)}) as server:
        result = run(
            "extract", server.url("/story"), server.url("/gone"), "--json",
            env={"FETCH_ALLOW_NETWORKS": "127.0.0.0/8"},
        )  # fmt: skip
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["input"] for r in rows] == [server.url("/story"), server.url("/gone")]
    assert {"url", "final_url", "title", "author", "site", "published", "text"} <= rows[0].keys()
    assert "Abernathy" in rows[0]["text"]
    assert "not found" in rows[1]["error"]
    assert result.returncode == 1


def test_link_to_a_local_address_is_refused_without_allowance():
    result = run("check", "http://127.0.0.1:9/")
    assert result.returncode == 1
    assert b"private or local address" in result.stderr
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
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize(
    ("path", "message"),
    [("/empty", b"no article text"), ("/binary", b"article"), ("/gone", b"not found")],
    ids=["empty-page", "binary-as-html", "404"],
)
def test_a_link_that_fails_gets_one_clear_line(path: str, message: bytes):
    """Not the log's warning beside it, nor the extractor's own complaints."""
    pages = {
        "/empty": lambda h: send(h, 200, b"", content_type="text/html"),
        "/binary": lambda h: send(h, 200, bytes(range(256)) * 64, content_type="text/html"),
    }
    with LocalServer(pages) as server:
        result = run("check", server.url(path), env={"FETCH_ALLOW_NETWORKS": "127.0.0.0/8"})
    assert result.returncode == 1
    assert message in result.stderr.lower()
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    refused = run("check", "http://10.0.0.1/story")
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr


def test_a_text_over_the_read_cap_is_not_given_a_made_up_length():
    # "That text is 400,001 characters" was said of 5 MB: the length read, not the text's
    result = run("check", "-", stdin=b"word " * (1024 * 1024))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "longer than the limit of" in err and "400,001" not in err


def test_a_text_within_the_limit_is_not_refused_for_the_spaces_put_into_long_runs():
    # prose and a 1,000-character run of one mark, two characters within the limit as
    # pasted, over it once prepared twice (each 100 characters of the run get a space)
    prose = "The council met on Monday to agree its budget for the coming year. " * 29
    text = prose + "”" * 1_000 + " Smith said."
    limit = str(len(text) + 2)
    result = run("check", "-", "--json", stdin=text.encode(), env={"MAX_TEXT_CHARS": limit})
    assert result.returncode == 0, result.stderr.decode()
    assert "flags" in json.loads(result.stdout)


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


def test_check_a_draft_against_its_source(tmp_path: Path):
    draft = tmp_path / "draft.txt"
    draft.write_text(SAMPLE.read_text(encoding="utf-8").replace("14 homes", "19 homes"))
    result = run("check", str(draft), "--source", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    mismatches = [f for f in report["flags"] if f["check"] == "source-mismatch"]
    assert [f["kind"] for f in mismatches if f["severity"] == "high"] == ["figure"]
    assert {e["side"] for e in mismatches[0]["evidence"]} == {"draft", "source"}


def test_a_text_made_of_conflicts_shows_the_cap_and_how_many_more():
    names = [f"Anna {chr(65 + i // 26)}{chr(97 + i % 26)}ster" for i in range(200)]
    text = " ".join(f"Prime Minister {n} said it was over." for n in names)
    result = run("check", "-", stdin=text.encode())
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    shown = int(out.split("Flagged issues (")[1].split(")")[0])
    assert 20 <= shown <= 60
    more = next(line for line in out.splitlines() if "more not shown" in line)
    assert "role-conflict" in more


def test_a_text_too_slow_to_check_gets_one_line_and_no_traceback():
    text = " ".join(f"Chancellor Ed Mor{i} met Mayor Jo Lin{i} on Monday." for i in range(300))
    result = run("check", "-", stdin=text.encode(), env={"ANALYSIS_TIMEOUT": "0.01"})
    err = result.stderr.decode()
    assert result.returncode != 0
    assert "too complex to check in time" in err and "Traceback" not in err


def test_links_of_other_schemes_are_refused_not_read_as_files():
    result = run("check", "file:///etc/passwd", "ftp://example.com/a")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert err.count("Only http and https links can be checked.") >= 2
    assert "root:" not in result.stdout.decode()


def test_a_reader_that_goes_away_gets_no_traceback():
    head = subprocess.Popen(["head", "-c", "100"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    check = subprocess.run(
        [sys.executable, "-m", "bot", "check", *[str(SAMPLE)] * 12, "--json"],
        stdout=head.stdin, capture_output=False, stderr=subprocess.PIPE, cwd=ROOT, timeout=120,
        check=False,
    )  # fmt: skip
    assert head.stdin is not None
    head.stdin.close()
    head.wait(10)
    assert "Traceback" not in check.stderr.decode()


def test_a_publication_date_off_the_calendar_is_one_clear_line():
    # date arithmetic from 0001-01-01 ("last year", "on Tuesday") once left the calendar
    result = run("check", str(SAMPLE), "--published", "0001-01-01")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "expected a date from 1800-01-01 to 2200-12-31" in err and "Traceback" not in err
