"""The publishing gate and the files around it (issue 16, items 6 and 7).

An honest gate: no article scored is exit 3 with a message; every article below ``--fail-under`` is
named; ``--fail-under`` outside 0-100 is a usage error; the summary line states the exit status.
Files: ``-o`` refuses an existing file unless ``--force`` or ``--resume``; folders take only article
files (or ``--glob``); ``--text-column``, ``--id-column``, ``--published-column`` read other fields.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from conftest import run
from sourcescore.scoring.corpus import CorpusRun, score_corpus
from sourcescore.scoring.records import Fields, InputError, glob_match, is_article_file, read_inputs

ROOT = Path(__file__).resolve().parents[1]
GOOD_TEXT = (ROOT / "examples" / "wire_report.txt").read_text(encoding="utf-8")
BAD_TEXT = (ROOT / "examples" / "vague_rewrite.txt").read_text(encoding="utf-8")
EXISTS = "the output file {} exists; give --force to overwrite it, or --resume to finish an interrupted run"
NO_ARTICLE_FILES = "no article files (.txt, .md, .html or .htm, not README, CHANGELOG, LICENSE; --glob chooses others)"




def write(root: Path, files: dict[str, str]) -> Path:
    """Write files (relative path -> text) under root; return root."""
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    return root


def usage_error(err: str) -> str:
    """The message of an argparse usage error (its last line)."""
    last = err.strip().splitlines()[-1]
    assert last.startswith("sourcescore score: error: "), err  # the command's own usage error
    return last.removeprefix("sourcescore score: error: ")


def summary(err: str) -> str:
    """The summary line: the last line on stderr."""
    line = err.strip().splitlines()[-1]
    assert line.startswith("sourcescore: ") and " scored, " in line, err
    return line


def scores(capsys: pytest.CaptureFixture[str], *inputs: Path) -> dict[str, float]:
    """Each article's score, by id, as `score --format json` gives them."""
    status, out, _ = run(capsys, "score", *inputs, "--format", "json", "-q")
    assert status == 0
    return {row["id"]: row["score"] for row in map(json.loads, out.splitlines())}


# ----------------------------------------------------------------------------------- 6. an honest gate


def test_an_empty_folder_is_an_error_not_a_pass(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = write(tmp_path / "drafts", {})
    status, out, err = run(capsys, "score", empty, "--fail-under", "60")
    assert status == 3 and out == ""
    lines = err.splitlines()
    assert lines[:2] == [
        f"sourcescore: warning: {empty}: {NO_ARTICLE_FILES}",
        "sourcescore: no article scored: the inputs hold no articles",
    ]
    assert summary(err).endswith("; exit status 3: no article scored") and len(lines) == 3


# .html and .htm files were here until they were read as pages (issue #16 item 1): tests/test_pages.py scores a folder of them.
@pytest.mark.parametrize("names", [["README.md", "LICENSE", "CHANGELOG.txt", "README.html"], ["notes.pdf", ".hidden.txt", ".draft.html"]])
def test_a_folder_without_article_files_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, names: list[str]) -> None:
    folder = write(tmp_path / "site", {name: GOOD_TEXT for name in names})
    status, out, err = run(capsys, "score", folder, "-o", tmp_path / "scores.jsonl")
    assert status == 3 and out == ""
    assert "sourcescore: no article scored: the inputs hold no articles\n" in err
    assert not (tmp_path / "scores.jsonl").exists()  # no empty output left to be refused when the command is run again


def test_no_article_message_is_printed_even_when_quiet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n\n", encoding="utf-8")  # a corpus of blank lines: no record
    status, out, err = run(capsys, "score", empty, "-q")
    assert (status, out, err) == (3, "", "sourcescore: no article scored: the inputs hold no articles\n")


def test_every_input_failing_is_an_error_with_a_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = write(tmp_path / "f", {"a.txt": "", "b.txt": "   \n"})
    status, out, err = run(capsys, "score", folder, "-o", tmp_path / "o.jsonl", "-q")
    assert status == 3 and out == ""
    assert err == f"sourcescore: no article scored: every record failed (2); the error rows are in {tmp_path / 'o.jsonl'}\n"
    status, _, err = run(capsys, "score", folder)
    assert status == 3
    assert err.splitlines()[:3] == [
        f"sourcescore: {folder / 'a.txt'}: the article is empty",
        f"sourcescore: {folder / 'b.txt'}: the article is empty",
        "sourcescore: no article scored: every record failed (2)",
    ]
    assert summary(err).endswith("; exit status 3: 2 records could not be scored")


def test_every_article_below_the_gate_is_named_with_its_score(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = write(tmp_path / "drafts", {"a.txt": BAD_TEXT, "b.txt": GOOD_TEXT, "c.md": BAD_TEXT})
    got = scores(capsys, folder)
    a, b, c = (str(folder / n) for n in ("a.txt", "b.txt", "c.md"))
    assert got[a] < 50 <= got[b] and got[c] < 50
    status, out, err = run(capsys, "score", folder, "--fail-under", "50", "--format", "json")
    assert status == 1 and len(out.splitlines()) == 3
    assert err.splitlines() == [
        f"sourcescore: {a}: scored {got[a]:g}, below --fail-under 50",
        f"sourcescore: {c}: scored {got[c]:g}, below --fail-under 50",
        summary(err),
    ]
    assert summary(err).endswith("; exit status 1: 2 articles below --fail-under 50")
    # Named even with --quiet, which only drops the summary; the gate of 100 takes every article but one at 100.
    status, _, err = run(capsys, "score", folder, "--fail-under", "100", "-q", "-o", tmp_path / "o.csv")
    assert status == 1 and err.splitlines() == [
        f"sourcescore: {a}: scored {got[a]:g}, below --fail-under 100",
        f"sourcescore: {b}: scored {got[b]:g}, below --fail-under 100",
        f"sourcescore: {c}: scored {got[c]:g}, below --fail-under 100",
    ]


def test_corpus_records_below_the_gate_are_named_by_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "c.jsonl"
    data.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("g1", GOOD_TEXT), ("b1", BAD_TEXT))), encoding="utf-8")
    low = scores(capsys, data)["b1"]
    status, _, err = run(capsys, "score", data, "--fail-under", "40.5", "-q")
    assert (status, err) == (1, f"sourcescore: b1: scored {low:g}, below --fail-under 40.5\n")


def test_resume_names_the_earlier_rows_below_the_gate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "c.jsonl"
    data.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("g1", GOOD_TEXT), ("b1", BAD_TEXT))), encoding="utf-8")
    low = scores(capsys, data)["b1"]
    for suffix in (".jsonl", ".csv"):
        out = tmp_path / f"out{suffix}"
        assert run(capsys, "score", data, "-o", out)[0] == 0
        status, _, err = run(capsys, "score", data, "-o", out, "--resume", "--fail-under", "50")
        assert status == 1
        assert err.splitlines() == [
            f"sourcescore: b1: scored {low:g}, below --fail-under 50 (already in {out})",
            f"sourcescore: 0 articles scored, 0 failed, 2 skipped (already in {out}) in " + summary(err).split(" in ", 2)[2],
        ]
        assert summary(err).endswith(f"; exit status 1: 1 article below --fail-under 50 (1 already in {out})")


@pytest.mark.parametrize("value", ["160", "100.01", "-1", "nan", "inf"])
def test_fail_under_outside_0_to_100_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str) -> None:
    out = tmp_path / "o.jsonl"
    status, stdout, err = run(capsys, "score", ROOT / "examples" / "wire_report.txt", "--fail-under", value, "-o", out)
    assert status == 2 and stdout == "" and not out.exists()
    assert usage_error(err) == f"--fail-under must be a score from 0 to 100, not {float(value):g}"


def test_fail_under_bounds_are_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    good = ROOT / "examples" / "wire_report.txt"
    assert run(capsys, "score", good, "--fail-under", "0")[0] == 0
    status, _, err = run(capsys, "score", good, "--fail-under", "100")
    assert status == 1 and "below --fail-under 100" in err


@pytest.mark.parametrize(
    ("extra", "status", "ending"),
    [
        ((), 0, "exit status 0: every article scored"),
        (("--fail-under", "0"), 0, "exit status 0: none below --fail-under 0"),
        (("--fail-under", "100"), 1, "exit status 1: 2 articles below --fail-under 100"),
    ],
)
def test_the_summary_line_states_the_exit_status(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, extra: tuple[str, ...], status: int, ending: str
) -> None:
    folder = write(tmp_path / "d", {"a.txt": GOOD_TEXT, "b.txt": BAD_TEXT})
    got, _, err = run(capsys, "score", folder, "-o", tmp_path / "o.jsonl", *extra)
    assert got == status and summary(err).endswith("; " + ending)


def test_a_failed_record_outranks_the_gate_in_status_and_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = write(tmp_path / "d", {"a.txt": BAD_TEXT, "b.txt": ""})
    status, _, err = run(capsys, "score", folder, "--fail-under", "50", "-o", tmp_path / "o.jsonl")
    assert status == 3 and summary(err).endswith("; exit status 3: 1 record could not be scored")
    assert f"sourcescore: {folder / 'a.txt'}: scored " in err


def test_explain_on_a_folder_explains_its_one_article_or_asks_for_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Issue #16 item 5: explain takes one record of a corpus or folder (it used to refuse every folder, exit 3).
    folder = write(tmp_path / "d", {"a.txt": GOOD_TEXT})
    status, out, err = run(capsys, "explain", folder)
    assert status == 0 and out.startswith(f"{folder / 'a.txt'}: ") and err == ""
    write(folder, {"b.txt": BAD_TEXT})
    status, out, err = run(capsys, "explain", folder)
    assert (status, out) == (2, "")
    assert err.endswith(f"sourcescore explain: error: {folder} holds several articles; give --id ID to explain one "
                        f"(ids: {folder / 'a.txt'}, {folder / 'b.txt'}), or `sourcescore score` for all\n")
    status, out, _ = run(capsys, "explain", folder, "--id", "b.txt")
    assert status == 0 and out.startswith(f"{folder / 'b.txt'}: ") and "UNRELIABLE" in out.splitlines()[0]


# ------------------------------------------------------------------------------------- 7. files: -o


def test_an_existing_output_file_is_refused_and_left_as_it_was(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = write(tmp_path / "d", {"a.txt": GOOD_TEXT})
    for name in ("scores.jsonl", "scores.csv", "empty.jsonl"):
        out = tmp_path / name
        content = "" if name.startswith("empty") else "3,000 rows of an earlier run\n"
        out.write_text(content, encoding="utf-8")
        os.utime(out, (1_000_000, 1_000_000))
        status, stdout, err = run(capsys, "score", data, "-o", out)
        assert (status, stdout) == (2, "") and usage_error(err) == EXISTS.format(out)
        assert out.read_text(encoding="utf-8") == content and out.stat().st_mtime == 1_000_000


def test_force_overwrites_and_resume_appends(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = write(tmp_path / "d", {"a.txt": GOOD_TEXT, "b.txt": BAD_TEXT})
    out = tmp_path / "scores.jsonl"
    out.write_text("old\n", encoding="utf-8")
    assert run(capsys, "score", data, "-o", out, "--force")[0] == 0
    rows = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [str(data / "a.txt"), str(data / "b.txt")]
    write(data, {"c.txt": GOOD_TEXT})
    status, _, err = run(capsys, "score", data, "-o", out, "--resume")
    assert status == 0 and "1 article scored, 0 failed, 2 skipped" in err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [*rows, str(data / "c.txt")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("-o", "{out}", "--force", "--resume"), "--force overwrites the output file and --resume appends to it: give one of them"),
        (("--force",), "--force goes with an output file (-o FILE)"),
        (("-o", "-", "--force"), "--force goes with an output file (-o FILE)"),
        (("-o", "{tmp}"), "the output {tmp} is a folder; -o takes a file"),
        (("-o", "{tmp}/no/such/folder.jsonl"), "cannot write the output file {tmp}/no/such/folder.jsonl: No such file or directory"),
    ],
)
def test_output_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...], message: str) -> None:
    article = write(tmp_path / "d", {"a.txt": GOOD_TEXT}) / "a.txt"
    subst = {"out": tmp_path / "o.jsonl", "tmp": tmp_path}
    status, stdout, err = run(capsys, "score", article, *(a.format(**subst) for a in argv))
    assert (status, stdout) == (2, "") and usage_error(err) == message.format(**subst)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]


def test_output_to_a_device_is_not_an_existing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = write(tmp_path / "d", {"a.txt": GOOD_TEXT}) / "a.txt"
    assert run(capsys, "score", article, "-o", os.devnull)[0] == 0


def test_the_library_refuses_an_existing_output_too(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("keep\n", encoding="utf-8")
    with pytest.raises(InputError, match="exists; give --force"):
        score_corpus(CorpusRun(paths=(str(ROOT / "examples" / "wire_report.txt"),), output=str(out), jobs=1))
    assert out.read_text(encoding="utf-8") == "keep\n"


# -------------------------------------------------------------------------------- 7. files: folders


def test_folders_take_only_article_files(tmp_path: Path) -> None:
    root = write(tmp_path / "news", {
        name: GOOD_TEXT
        for name in (
            "a.txt", "b.MD", "README.md", "readme.txt", "Readme", "CHANGELOG.md", "changelog", "LICENSE", "License.txt",
            "LICENCE.md", "README.de.md", "page.html", "page.HTM", "notes.pdf", "sub/README.md", "sub/c.md", "sub/readme_notes.txt",
        )
    })
    ids = [item.id for item in read_inputs([str(root)])]
    assert ids == [str(root / p) for p in ("a.txt", "b.MD", "page.HTM", "page.html", "sub/c.md", "sub/readme_notes.txt")]


def test_a_readme_named_on_the_command_line_is_scored(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    readme = write(tmp_path / "d", {"README.md": GOOD_TEXT}) / "README.md"
    status, out, _ = run(capsys, "score", readme, "--format", "json")
    assert status == 0 and json.loads(out)["id"] == str(readme)


@pytest.mark.parametrize(
    ("relative", "pattern", "expected"),
    [
        ("a.text", "*.text", True),
        ("deep/er/a.text", "*.text", True),
        ("archive/b.txt", "a*.txt", False),  # a pattern without / is a file name: * does not cross folders
        ("2025/a.md", "2025/*.md", True),
        ("x/2025/a.md", "2025/*.md", False),  # a pattern with / starts at the folder
        ("2025/03/a.md", "2025/*.md", False),
        ("2025/03/a.md", "2025/**/*.md", True),
        ("2025/a.md", "2025/**/*.md", True),
        ("a.md", "**/*.md", True),
        ("x/y/drafts/a.txt", "**/drafts/*.txt", True),
        ("a.TXT", "*.txt", False),  # case-sensitive, as a shell's glob
    ],
)
def test_glob_match(relative: str, pattern: str, expected: bool) -> None:
    assert glob_match(relative, pattern) is expected


def test_glob_chooses_a_folders_files_but_never_readme_license_changelog(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = write(tmp_path / "cms", {n: GOOD_TEXT for n in ("a.txt", "b.text", "2025/c.text", "2025/d.txt", "README", "LICENSE.text")})
    assert not is_article_file("README", ["*"]) and not is_article_file(".x.text", ["*.text"])
    ids = [i.id for i in read_inputs([str(root)], globs=["*.text"])]
    assert ids == [str(root / "b.text"), str(root / "2025" / "c.text")]  # a folder's own files first, then its subfolders
    ids = [i.id for i in read_inputs([str(root)], globs=["*"])]
    assert ids == [str(root / p) for p in ("a.txt", "b.text", "2025/c.text", "2025/d.txt")]
    status, out, _ = run(capsys, "score", root, "--glob", "2025/*", "--glob", "a.txt", "--format", "json")
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [str(root / p) for p in ("a.txt", "2025/c.text", "2025/d.txt")]
    status, out, err = run(capsys, "score", root, "--glob", "*.html")
    assert (status, out) == (3, "") and err.startswith(f"sourcescore: warning: {root}: no file matches --glob *.html\n")


def test_an_empty_folder_beside_articles_is_a_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = write(tmp_path / "empty", {})
    article = write(tmp_path / "d", {"a.txt": GOOD_TEXT}) / "a.txt"
    status, out, err = run(capsys, "score", empty, article, "-q")
    assert status == 0 and out.startswith(f"{article}: ")
    assert err == f"sourcescore: warning: {empty}: {NO_ARTICLE_FILES}\n"


# -------------------------------------------------------------------------------- 7. files: columns


def test_columns_name_a_corpus_fields(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "cms.jsonl"
    records = [
        {"story_id": "s1", "body": GOOD_TEXT, "date": "2025-03-28T09:00:00Z"},
        {"story_id": "s2", "body": "", "date": "2025-03-28"},
        {"story_id": 3, "body": BAD_TEXT, "date": 20250328},
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    status, out, err = run(capsys, "score", data, "--format", "json", "-q")
    assert status == 3 and [json.loads(line)["error"] for line in out.splitlines()] == [
        f"{data}:{n}: field 'text' is missing (the record has story_id, body, date; on the command line, --text-column names the field that holds the text)"
        for n in (1, 2, 3)
    ]
    assert err.endswith("sourcescore: no article scored: every record failed (3)\n")
    argv = ("--text-column", "body", "--id-column", "story_id", "--published-column", "date", "--format", "json", "-q")
    status, out, _ = run(capsys, "score", data, *argv)
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 3 and [r["id"] for r in rows] == ["s1", "s2", "3"]
    assert rows[0]["reference_date"] == {"date": "2025-03-28", "inferred": False}
    _, same, _ = run(capsys, "score", ROOT / "examples" / "wire_report.txt", "--published", "2025-03-28", "--format", "json", "-q")
    assert rows[0]["score"] == json.loads(same)["score"]
    assert rows[1]["error"] == f"{data}:2: field 'body' is missing or empty"
    assert rows[2]["error"].startswith(f"{data}:3: field 'date' must be a string (")


def test_published_column_is_the_publication_date(tmp_path: Path) -> None:
    data = tmp_path / "cms.jsonl"
    data.write_text(json.dumps({"body": GOOD_TEXT, "date": "2025-03-28T23:30:00-05:00", "published": "1999-01-01"}) + "\n", encoding="utf-8")
    (item,) = read_inputs([str(data)], fields=Fields(text="body", published="date"))
    assert (item.text, str(item.published), item.id) == (GOOD_TEXT, "2025-03-28", f"{data}:1")


def test_columns_in_a_csv_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "cms.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["story_id", "body"])
        writer.writerows([["s1", GOOD_TEXT], ["s2", BAD_TEXT]])
    status, _, err = run(capsys, "score", data, "-q")
    assert status == 3 and err.splitlines()[0] == f"sourcescore: {data}: the CSV header has no 'text' column (found: story_id, body)"
    status, out, _ = run(capsys, "score", data, "--text-column", "body", "--id-column", "story_id", "--format", "json", "-q")
    assert status == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["s1", "s2"]


@pytest.mark.parametrize("option", ["--text-column", "--id-column", "--published-column"])
def test_an_empty_column_name_is_a_usage_error(capsys: pytest.CaptureFixture[str], option: str) -> None:
    status, out, err = run(capsys, "score", ROOT / "examples" / "wire_report.txt", option, " ")
    assert (status, out) == (2, "") and usage_error(err) == f"{option} needs a field name, not ' '"
