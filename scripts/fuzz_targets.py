"""Fuzz targets beyond the scorer (issue #17): the corpus reader and the row writer, and the command line.

Each target takes bytes and raises ``Crash`` (or lets another exception out) when a contract breaks:

* ``corpus_one``: the bytes as a JSONL and as a CSV corpus, through the scoring reader
  (``records.read_stream``), the strict training reader (``dataset.read_records``) and the row
  writer: every record is an item or an error item naming its line, the training reader raises
  only ``DataError``, and every row written (JSONL and CSV, error rows and summary rows with the
  records' ids) is valid UTF-8 and reads back for ``--resume`` with its id, in order.
* ``corpus_inputs``/``cli_inputs``: hypothesis strategies of bytes for each.
* ``cli_one``: a command line built from the bytes (options, odd values, inputs that are JSONL,
  CSV, text, stdin, folders, special files), run in-process: it returns an exit status of the
  README (0-4), or argparse's usage exit (2); never another exception, never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXIT_STATUSES = {0, 1, 2, 3, 4}


class Crash(Exception):
    """An input broke a contract: the message says how."""


def corpus_one(data: bytes) -> None:
    """The bytes as JSONL and CSV corpora: read, validated, written as rows and read back for resume."""
    from sourcescore.scoring.corpus import CSV_COLUMNS, Outcome, RowWriter, read_earlier
    from sourcescore.scoring.corpus.rows import render_error
    from sourcescore.scoring.corpus.sink import open_output, scrub
    from sourcescore.scoring.dataset import DataError, read_records
    from sourcescore.scoring.records import read_stream

    with tempfile.TemporaryDirectory(prefix="sourcescore-fuzz-corpus-") as tmp:
        for fmt in ("jsonl", "csv"):
            items = list(read_stream("in." + fmt, io.BytesIO(data), fmt))
            for item in items:
                if (item.text is None) == (item.error is None):
                    raise Crash(f"{fmt}: an item with neither or both of text and error: {item!r}"[:500])
                if item.error is not None and not item.error.startswith("in." + fmt):
                    raise Crash(f"{fmt}: an error that does not name the record: {item.error!r}"[:500])
            path = Path(tmp) / f"train.{fmt}"
            path.write_bytes(data)
            try:
                read_records(path)
            except DataError:
                pass
            for kind in ("jsonl", "csv"):
                out = str(Path(tmp) / f"rows-{fmt}.{kind}")
                stream = open_output(out, "w")
                with stream:
                    writer = RowWriter(stream, kind)
                    for item in items:
                        error = item.error or "fuzz"
                        writer.write(Outcome(item.id, render_error(kind, item.id, error), error=error))
                ids = [None if item.id is None else scrub(item.id) for item in items]
                Path(out).read_bytes().decode("utf-8")  # valid UTF-8, whatever the ids held
                earlier = read_earlier(out, kind)
                if earlier.rows != len(items) or list(earlier.ids()) != (ids if kind == "jsonl" else [i or "" for i in ids]):
                    raise Crash(f"{fmt} -> {kind}: the rows written do not read back with their ids ({earlier.rows} of {len(items)})")
                assert CSV_COLUMNS[0] == "id"


# ----------------------------------------------------------------------------------------- cli

_VALUES = ("", "0", "-1", "1", "2", "60", "100", "101", "nan", "1e400", "99999999999999999999", "2025-03-28",
           "2025-03-28T09:00:00Z", "20250101", "2025-W01-1", "2025-02-30", "SRC1", "SRC999", "\udc80", "x\ny", "*.txt", "**", "/")
_OPTIONS = (("--published", True), ("--title", True), ("--ignore", True), ("--fail-under", True), ("--format", True),
            ("--input-format", True), ("--output-format", True), ("--jobs", True), ("--glob", True), ("--text-column", True),
            ("--id-column", True), ("--published-column", True), ("--resume", False), ("--force", False), ("-q", False),
            ("--no-config", False), ("--model", True), ("-o", True))
_COMMANDS = ("score", "score", "score", "explain", "compare", "rules", "schema", "config")


def _inputs(tmp: Path, payload: bytes) -> list[str]:
    """Input files made from the payload: JSONL, CSV, text, a folder with a FIFO and a link to a device."""
    (tmp / "a.jsonl").write_bytes(payload)
    (tmp / "a.csv").write_bytes(payload)
    (tmp / "a.txt").write_bytes(payload)
    folder = tmp / "dir"
    folder.mkdir(exist_ok=True)
    (folder / "b.txt").write_bytes(payload[::-1])
    if hasattr(os, "mkfifo") and not (folder / "f.txt").exists():
        os.mkfifo(folder / "f.txt")
    if os.path.exists("/dev/zero") and not (folder / "z.txt").exists():
        os.symlink("/dev/zero", folder / "z.txt")
    return ["a.jsonl", "a.csv", "a.txt", "dir", "-", "missing.txt", "/dev/null", "/dev/zero"]  # a FIFO named is read: it would wait


def argv_of(data: bytes, inputs: list[str]) -> list[str]:
    """A command line chosen by the bytes."""
    picks = iter(data)

    def pick(options: tuple | list) -> object:  # type: ignore[type-arg]
        return options[next(picks, 0) % len(options)]

    command = str(pick(_COMMANDS))
    argv = [command]
    if command == "schema":
        return argv + [str(pick(("report", "compare", "other")))]
    if command in ("rules", "config"):
        return argv + (["--format", "json"] if next(picks, 0) % 2 else [])
    for _ in range(1 + next(picks, 0) % 3):
        argv.append(str(pick(inputs)))
    for _ in range(next(picks, 0) % 5):
        option, takes = pick(_OPTIONS)  # type: ignore[misc]
        argv.append(option)
        if takes:
            if option == "-o":
                argv.append(str(pick(("out.jsonl", "out.csv", "dir/out.txt", "dir", "a.txt", "/dev/full", "nodir/x.jsonl", "-"))))
            elif option == "--jobs":
                argv.append(str(pick(("0", "1", "-3", "99999999999999999999", "x"))))  # a pool per input would cost seconds
            elif option == "--model":
                argv.append(str(pick(("a.txt", "dir", "missing", str(ROOT / "models" / "default")))))
            else:
                argv.append(str(pick(_VALUES)))
    if command == "score" and "--jobs" not in argv:
        argv += ["--jobs", "1"]
    return argv


def cli_one(data: bytes) -> None:
    """A command line from the bytes, run in-process in a scratch folder: an exit status of the README, never an exception."""
    from sourcescore import cli

    payload = data[8:]
    with tempfile.TemporaryDirectory(prefix="sourcescore-fuzz-cli-") as tmp:
        inputs = _inputs(Path(tmp), payload)
        argv = argv_of(data[:8], inputs)
        here = os.getcwd()
        stdin = io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        os.chdir(tmp)
        saved_stdin = sys.stdin
        try:
            sys.stdin = stdin
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    status = cli.main(argv)
                except SystemExit as exc:  # argparse: --help, a usage error
                    status = exc.code if isinstance(exc.code, int) else 2
        finally:
            sys.stdin = saved_stdin
            os.chdir(here)
        if status not in EXIT_STATUSES:
            raise Crash(f"exit status {status} for {argv!r}: {err.getvalue()[-500:]}")
        if "Traceback" in err.getvalue():
            raise Crash(f"a traceback for {argv!r}: {err.getvalue()[-1500:]}")


# ---------------------------------------------------------------------------------- strategies


def corpus_inputs(max_len: int):  # type: ignore[no-untyped-def]
    """Bytes for ``corpus_one``: random bytes, JSON lines of odd records, CSV text with odd quoting."""
    import json

    from hypothesis import strategies as st

    keys = st.sampled_from(["id", "text", "title", "published", "label", "pair_id", "source", "body", ""])
    scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30), st.floats(), st.text(max_size=40),
                        st.sampled_from(["\udc80", "\ud800x", "a\rb", "2025-03-28", "20250101", "2025-W01-1", "x" * 300]))
    values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)), max_leaves=8)
    records = st.dictionaries(keys, values, max_size=6)
    lines = st.one_of(records.map(json.dumps), st.text(max_size=60), st.just("9" * 5000), st.just("[" * 3000 + "]" * 3000),
                      st.just('{"text": "' + "x" * 50 + '", "n": ' + "1" * 4400 + "}"))
    jsonl = st.lists(lines, max_size=8).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass"))
    cells = st.one_of(st.text(max_size=30), st.sampled_from(['"', '""', '"open', "a\rb", "a\nb", ",", "\x00"]))
    rows = st.lists(st.lists(cells, min_size=1, max_size=4).map(",".join), max_size=6)
    csv_text = rows.map(lambda rs: "\n".join(["id,text,label", *rs])).flatmap(
        lambda text: st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]).map(lambda codec: text.encode(codec, "surrogatepass" if codec == "utf-8" else "replace")))
    return st.one_of(st.binary(max_size=max_len), jsonl, csv_text).map(lambda b: b[:max_len])


def cli_inputs(max_len: int):  # type: ignore[no-untyped-def]
    """Bytes for ``cli_one``: eight bytes choosing the command line, then the inputs' content."""
    from hypothesis import strategies as st

    article = st.sampled_from([b"", b"Police said 3 people died on Monday, according to the mayor.\n",
                               (ROOT / "examples" / "wire_report.txt").read_bytes()[:1500]])
    return st.tuples(st.binary(min_size=8, max_size=8), st.one_of(article, corpus_inputs(max_len))).map(lambda t: t[0] + t[1])
