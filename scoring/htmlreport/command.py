"""``sourcescore score --format html``: one article to one self-contained page, on stdout or in ``-o FILE``.

A page holds one article, so the input is one file or ``-`` (stdin); a folder, a JSONL or CSV
corpus or several inputs are a usage error (score those to JSONL with ``-o``, then render an article
at a time). ``-o FILE`` is refused when FILE exists unless ``--force``, as for a corpus; ``--resume``
and ``--output-format`` go with a corpus and are refused; ``--jobs`` (one article) is ignored.
Exit status as for ``score``: 0 scored, 1 below ``--fail-under`` (named on stderr), 2 a usage error,
3 an input that could not be read or scored.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from ..corpus.progress import below_line
from ..corpus.run import CorpusRun, open_output
from ..corpus.sink import close_quietly, output_error
from ..pages import score_text_or_page
from ..records import STDIN, InputError, input_format, read_inputs
from .page import report_page

EXIT_OK, EXIT_BELOW, EXIT_FAILED = 0, 1, 3
ONE_ARTICLE = "--format html renders one article"


def check(run: CorpusRun) -> str:
    """The one input of an html run; raises InputError for what a single page cannot take."""
    if len(run.paths) != 1:
        raise InputError(f"{ONE_ARTICLE}: give one file or - (stdin), not {len(run.paths)} inputs; for many articles, -o FILE.jsonl")
    path = run.paths[0]
    if path != STDIN and os.path.isdir(path):
        raise InputError(f"{ONE_ARTICLE}: {path} is a folder; give one of its files, or score the folder with -o FILE.jsonl")
    fmt = input_format(path, run.input_format) if path != STDIN else ("text" if run.input_format == "auto" else run.input_format)
    if fmt in ("jsonl", "csv"):
        raise InputError(f"{ONE_ARTICLE}: {path} is a {fmt.upper()} corpus; score it with -o FILE.jsonl, or give one article's file")
    if run.resume or run.output_format is not None or run.globs:
        raise InputError("--resume, --output-format and --glob go with a corpus, not with --format html")
    if run.output not in (None, STDIN) and os.path.exists(run.output) and path != STDIN and os.path.samefile(path, run.output):
        raise InputError(f"the output file {run.output} is also the input")
    if run.output not in (None, STDIN) and os.path.isfile(run.output) and not run.force:
        raise InputError(f"the output file {run.output} exists; give --force to overwrite it")
    run.check()  # --fail-under in range, --force with -o
    return path


def score_html(run: CorpusRun, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Score the run's one article and write its page; raises InputError for a usage error, before any work."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    path = check(run)
    scorer = run.options.build()
    item = next(read_inputs([path], run.input_format, fields=run.fields), None)
    if item is None or item.error is not None or (item.text is None and item.html is None):
        print(f"sourcescore: {item.error if item is not None else f'{path}: nothing to read'}", file=stderr)
        return EXIT_FAILED
    try:
        # As the corpus run (corpus/work.py): the command line's title and date, else a page's own, else inferred.
        report = score_text_or_page(scorer, item.text, item.html, title=run.title or item.title,
                                    published=run.published or item.published, published_from="command line")
    except InputError as exc:
        print(f"sourcescore: {item.where}: {exc}", file=stderr)
        return EXIT_FAILED
    report.warnings.extend(item.warnings)
    page = report_page(report, item.where)
    if run.output in (None, STDIN):
        stdout.write(page)
        stdout.flush()
    else:
        out = open_output(run.output, force=run.force, resume=False)  # as score -o opens its file
        try:
            out.write(page)
        except OSError as exc:
            close_quietly(out)
            raise output_error(f"the output file {run.output}", exc) from None
        failed = close_quietly(out)
        if failed is not None:
            raise output_error(f"the output file {run.output}", failed)
        if not run.quiet:
            print(f"sourcescore: wrote {run.output} ({item.where}: {report.score:.0f}/100 {report.band})", file=stderr)
    if run.fail_under is not None and report.score < run.fail_under:
        print(below_line(item.where, report.score, run.fail_under), file=stderr)
        return EXIT_BELOW
    return EXIT_OK
