"""The ``sourcescore`` command: a thin layer that reads input, calls the library and prints.

``compare ORIGINAL DERIVED`` aligns a derivative's figures, sources, quotations and dates with its
original's (scoring/compare/); its exit status follows ``explain``'s: 0 compared, 2 a usage error, 3
an input that could not be read or is empty.

``score`` takes files, folders (their article files, recursively: .txt, .md, .html and .htm but not
README, CHANGELOG, LICENSE; or those ``--glob`` chooses), ``-`` for stdin, and JSONL or CSV corpora
(``text`` or ``html`` required; ``id``, ``title``, ``published`` optional; ``--text-column`` and the
like name other fields). A page (.html, .htm, an ``html`` field, ``--input-format html``) is scored
on its main text (scoring/pages.py); the publication date is the record's own, else
``--published``, else the page's, else inferred from the text. With ``-o FILE`` it writes JSONL (a full report a line) or CSV (a summary row an
article) as it goes, in input order, over ``--jobs`` processes; an existing FILE is refused unless
``--force`` (overwrite) or ``--resume`` (skip the ids already in FILE; see scoring/corpus/).

``schema report|compare`` prints the bundled JSON Schema (draft 2020-12) of the JSON output (schemas/).

``serve`` runs the HTTP service (service/, the ``serve`` extra) until interrupted: exit 0 on a clean stop, 2 for a usage
error (a bad option or model, FastAPI or uvicorn not installed, the port taken).

Exit status: 0 every article scored; 1 an article scored below ``--fail-under`` (each is named on
stderr); 2 a usage error; 3 some record could not be read or scored (it is an error row naming the
record and the reason; the others are still scored), or no article was scored at all (an empty
folder); 4 the output could not be written (disk full, a closed pipe); 128 + the signal after
Ctrl-C or SIGTERM. With ``--resume``, rows written by the earlier run count too. The summary line
ends with the exit status and its reason.
"""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import signal
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from . import __version__, schemas, service
from .scoring import RULES, InputError, training_options
from .scoring import config as configfile
from .scoring.corpus import OUTPUT_FORMATS, CorpusRun, score_corpus
from .scoring.corpus.sink import (
    EXIT_OUTPUT,
    OutputError,
    output_error,
    safe_streams,
    warner,
)
from .scoring.corpus.work import Terminated, worker_count
from .scoring.dataset import DataError
from .scoring.model import ModelError
from .scoring.pages import mark_compared, read_page, score_text_or_page
from .scoring.records import (
    INPUT_FORMATS,
    PAGE_SUFFIXES,
    STDIN,
    STDIN_NAME,
    Fields,
    Item,
    parse_published,
    read_file,
    read_text,
)
from .scoring.report import DISCLAIMER
from .scoring.scorer import Scorer, ScorerOptions, rule_codes
from .scoring.text_report import (  # the text output (re-exported: scripts and tests use it here)
    format_explanation,
    format_summary,
)

if TYPE_CHECKING:
    from .scoring.training.progress import StepProgress

EXIT_OK, EXIT_BELOW, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
WRITE_ERRNOS = (errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # an OSError of these is a failed write: exit 4


def read_article(path: str) -> Item:
    """One article from a file (a page if .html/.htm) or ``-`` for stdin, read as the corpus run reads them; ``error`` says why not."""
    if path == STDIN:
        return read_text(STDIN_NAME, sys.stdin.buffer)
    return next(read_file(path, "html" if path.lower().endswith(PAGE_SUFFIXES) else "text"))


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sourcescore",
        description="Score how well a news article's claims are sourced (0-100). " + DISCLAIMER,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def article_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--published", metavar="DATE", help="publication date, YYYY-MM-DD or an ISO 8601 date-time (2025-03-28T09:00:00Z: its own calendar day); "
                       "a page's own date is used without it, a corpus record's own date wins over it; date checks are weaker without one")
        p.add_argument("--title", help="the article's headline")
        p.add_argument("--ignore", metavar="CODE[,CODE]", action="append", default=[], help="skip these rules: codes or prefixes (SRC3: every date rule)")
        p.add_argument("--model", metavar="PATH", help="a model directory written by `sourcescore train` (default: the bundled one)")

    score = sub.add_parser("score", help="score articles: files, folders, - for stdin, JSONL or CSV corpora")
    score.add_argument("files", nargs="+", metavar="INPUT", help="a file (.html/.htm: a page), a folder (its .txt/.md/.html/.htm files but README, CHANGELOG, LICENSE; recursively), - (stdin), a .jsonl or .csv corpus")
    article_options(score)
    score.add_argument("--format", choices=("text", "json", "html"), default="text", help="without -o: text, or json (one report per line); "
                       "html: one article's highlighted report page, on stdout or in -o FILE")
    score.add_argument("--fail-under", type=float, metavar="N", help="exit 1 if any article scores below N (0-100); each is named on stderr")
    score.add_argument("--input-format", choices=INPUT_FORMATS, default="auto", help="how to read inputs (auto: by extension; - is text; html: a saved page)")
    score.add_argument("-o", "--output", metavar="FILE", help="write rows to FILE as they come: JSONL (full reports) or CSV (a summary row)")
    score.add_argument("--output-format", choices=OUTPUT_FORMATS, help="format of -o FILE (default: csv for .csv, else jsonl)")
    score.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (default: every core; 1: no pool)")
    score.add_argument("--resume", action="store_true", help="skip ids already in the -o FILE (of a killed run) and append the rest")
    score.add_argument("--force", action="store_true", help="overwrite the -o FILE if it exists (else an existing file is refused)")
    score.add_argument("--glob", metavar="PATTERN", action="append", default=[], help="in folders, score the files matching PATTERN "
                       "instead of .txt/.md: a name ('*.text') or a path under the folder ('2025/**/*.md'); repeatable")
    score.add_argument("--text-column", metavar="NAME", default="text", help="the JSONL/CSV field holding the article text (default: text)")
    score.add_argument("--id-column", metavar="NAME", default="id", help="the JSONL/CSV field holding the id (default: id)")
    score.add_argument("--published-column", metavar="NAME", default="published", help="the JSONL/CSV field holding the publication date (default: published)")
    score.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")

    explain = sub.add_parser("explain", help="explain one article's findings, with evidence and why each matters")
    explain.add_argument("file", metavar="INPUT", help="an article file, - (stdin), or a JSONL/CSV corpus or folder with --id")
    explain.add_argument("--id", metavar="ID", help="the record of a JSONL/CSV corpus (its id) or folder (its file) to explain")
    explain.add_argument("--format", choices=("text", "html"), default="text", help="html: the highlighted report page, with each rule's rationale")
    explain.add_argument("--input-format", choices=INPUT_FORMATS, default="auto", help="how to read INPUT, as score reads it (html: a saved page)")
    article_options(explain)

    compare = sub.add_parser("compare", help="compare a derivative (rewrite, summary) with its original: what it added, changed or dropped")
    compare.add_argument("original", metavar="ORIGINAL", nargs="?", help="the original article: a file, or - for stdin")
    compare.add_argument("derived", metavar="DERIVED", nargs="?", help="the derivative: a file, or - for stdin")
    compare.add_argument("--pairs", metavar="JSONL", help="compare every pair of a JSONL file (id, original, derived, published?, "
                         "published_original?, published_derived?), - for stdin, instead of ORIGINAL DERIVED")
    compare.add_argument("-o", "--output", metavar="FILE", help="with --pairs: write a JSON line a pair to FILE as they come")
    compare.add_argument("-j", "--jobs", type=int, metavar="N", help="with --pairs: worker processes (default: every core; 1: no pool)")
    compare.add_argument("--resume", action="store_true", help="with --pairs: skip the ids already in the -o FILE and append the rest")
    compare.add_argument("--force", action="store_true", help="with --pairs: overwrite the -o FILE if it exists (else an existing file is refused)")
    compare.add_argument("-q", "--quiet", action="store_true", help="with --pairs: no summary line on stderr")
    compare.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of both")
    compare.add_argument("--published-original", metavar="YYYY-MM-DD", help="publication date of the original (overrides --published)")
    compare.add_argument("--published-derived", metavar="YYYY-MM-DD", help="publication date of the derivative (overrides --published)")
    compare.add_argument("--format", choices=("text", "json", "html"), default="text", help="html (not with --pairs): both articles highlighted side by side, with the changes")
    compare.add_argument("--ignore", metavar="CODE[,CODE]", action="append", default=[], help="skip these rules in both reports")
    compare.add_argument("--model", metavar="PATH", help="a model directory written by `sourcescore train` (default: the bundled one)")

    serve = sub.add_parser("serve", help=f"an HTTP service: POST /v1/score, /v1/compare; GET /v1/rules, /healthz ({service.INSTALL_HINT})")
    service.add_options(serve)  # the service and its runner: service/

    for p in (score, explain, compare, serve):  # settings from pyproject.toml [tool.sourcescore]: scoring/config.py
        configfile.add_options(p)
    configfile.add_options(sub.add_parser("config", help="show the settings read from the nearest pyproject.toml's [tool.sourcescore] (or --config FILE)"))

    rules = sub.add_parser("rules", help="list the rules: code, name, severity, points, rationale")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    schema = sub.add_parser("schema", help="print the JSON Schema (draft 2020-12) of the report or the comparison")
    schema.add_argument("name", choices=schemas.NAMES, help="report: sourcescore.report/1; compare: sourcescore.compare/1")

    def data_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("data", nargs="*", metavar="DATA", help="labelled JSONL or CSV files (id, text, label, ...)")
        p.add_argument("--include-default", action="store_true", help="add the default corpus' saved feature vectors")
        p.add_argument("--seed", type=int, default=training_options.DEFAULT_SEED)
        p.add_argument("--folds", type=int, default=training_options.DEFAULT_FOLDS)
        p.add_argument("-j", "--jobs", type=int, metavar="N", help="processes for feature extraction (default: every core; 1: no pool)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
        p.add_argument("--progress", action="store_true", help="show progress on stderr even when it is not a terminal")

    train = sub.add_parser("train", help="train a model on labelled articles and write it with its model card")
    data_options(train)
    train.add_argument("-o", "--output", required=True, metavar="DIR", help="model directory to write, e.g. models/mine")
    train.add_argument("--kind", choices=training_options.KINDS, default=training_options.DEFAULT_KIND, help="the model to fit")
    train.add_argument("--compare", action="store_true", help="evaluate both kinds, for the model card")

    evaluate = sub.add_parser("evaluate", help="evaluate on labelled articles: a given model, or grouped cross-validation")
    data_options(evaluate)
    evaluate.add_argument("--model", metavar="PATH", help="evaluate this trained model (else: cross-validate training)")
    evaluate.add_argument("--lodo", action="store_true", help="also train on all datasets but one, test on that one")
    evaluate.add_argument("--format", choices=("text", "json"), default="text")
    for command in sub.choices.values():  # a usage error shows its own command's usage, not the list of commands
        command.set_defaults(command_parser=command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sourcescore`` command; returns the exit status."""
    safe_streams()  # lone surrogates are written as U+FFFD everywhere (scoring/corpus/sink.py)
    try:
        status = _run(argv)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, while it can still be reported
        return status
    except OutputError as exc:
        return _output_failed(str(exc))
    except OSError as exc:
        if exc.errno not in WRITE_ERRNOS:
            raise
        return _output_failed(str(output_error("stdout", exc)))
    except (KeyboardInterrupt, Terminated) as exc:
        return _stopped(exc)


def _stopped(exc: BaseException) -> int:
    """Ctrl-C, or SIGTERM/SIGHUP during a pooled run (its workers already reaped): one line, the signal's exit status, no traceback."""
    signum = exc.signum if isinstance(exc, Terminated) else signal.SIGINT
    try:  # the command is ending: another Ctrl-C from here to the exit would only end in a traceback (or exit -2)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        pass
    print(f"sourcescore: stopped by {signal.Signals(signum).name}; an output file keeps the rows written so far (--resume finishes it)",
          file=sys.stderr)
    return 128 + signum


def _output_failed(message: str) -> int:
    """Report an output that could not be written (exit 4); stdout, if it is the broken one, is silenced for the exit."""
    print(f"sourcescore: {message}", file=sys.stderr)
    try:
        sys.stdout.flush()
    except OSError:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
    return EXIT_OUTPUT


def _run(argv: Sequence[str] | None) -> int:
    args = _build_parser().parse_args(argv)
    parser: argparse.ArgumentParser = args.command_parser
    if args.command == "rules":
        print(format_rules(args.format))
        return EXIT_OK
    if args.command == "schema":
        sys.stdout.write(schemas.text(args.name))
        return EXIT_OK
    if args.command in ("train", "evaluate"):
        try:
            return _train(args) if args.command == "train" else _evaluate(args)
        except (DataError, ModelError, InputError) as exc:
            print(f"sourcescore: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        config, origins = (configfile.resolve(args), []) if args.command == "config" else configfile.apply(args)
    except configfile.ConfigError as exc:
        parser.error(str(exc))
    if args.command == "config":
        print(configfile.show(config, args))
        return EXIT_OK
    line = configfile.note(config, origins)
    if line and not getattr(args, "quiet", False):
        print(line, file=sys.stderr)
    if args.command == "serve":
        return service.main(args)
    try:
        options = ScorerOptions(model=args.model, ignore=rule_codes(args.ignore))
        scorer = options.build() if args.command in ("explain", "compare") else None  # the score command builds its own, once
        published = parse_published(args.published)
        if args.command == "compare":
            dates = (parse_published(args.published_original) or published, parse_published(args.published_derived) or published)
    except (InputError, ModelError) as exc:
        parser.error(str(exc))
    if args.command == "compare":
        assert scorer is not None
        return _compare(parser, scorer, args, dates)
    if scorer is None:
        return _score(parser, args, options, published)
    return _explain(parser, scorer, args, published)


def _explain(parser: argparse.ArgumentParser, scorer: Scorer, args: argparse.Namespace, published: date | None) -> int:
    """The explain command: one article's findings (a corpus' record chosen by --id), with evidence and why each matters."""
    from .scoring.explain_input import article_to_explain

    try:
        article = article_to_explain(args.file, args.id, args.input_format)
    except InputError as exc:
        parser.error(str(exc))
    if article.error is not None:
        print(f"sourcescore: {article.error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        # As the corpus run: a record's own title and date, else the command line's, else a page's own, else inferred.
        title = article.title if article.title is not None else args.title
        when, origin = (article.published, "record") if article.published else (published, "command line")
        report = score_text_or_page(scorer, article.text, article.html, title=title, published=when, published_from=origin)
    except InputError as exc:
        print(f"sourcescore: {article.where}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    report.warnings.extend(article.warnings)
    name = article.where if article.id in (None, article.where) else f"{article.where} (id {article.id})"
    if args.format == "html":
        from .scoring.htmlreport import report_page

        sys.stdout.write(report_page(report, name, explain=True))
        return EXIT_OK
    print(format_explanation(name, report))
    return EXIT_OK


def _compare(parser: argparse.ArgumentParser, scorer: Scorer, args: argparse.Namespace, dates: tuple[date | None, date | None]) -> int:
    """The compare command: a derivative against its original, changes most serious first."""
    from .scoring.compare import compare

    if args.pairs is not None:
        return _compare_pairs(parser, args, dates[0] if dates[0] == dates[1] else None)
    if args.original is None or args.derived is None:
        parser.error("compare needs ORIGINAL and DERIVED (or --pairs JSONL)")
    if args.output or args.resume or args.force or args.jobs is not None:
        parser.error("-o, --jobs, --resume and --force go with --pairs")
    if args.original == STDIN and args.derived == STDIN:
        parser.error("only one of ORIGINAL and DERIVED can be - (stdin)")
    articles = [read_article(args.original), read_article(args.derived)]
    for article in articles:
        if article.error is not None:
            print(f"sourcescore: {article.error}", file=sys.stderr)
            return EXIT_FAILED
    original, derived = articles
    try:  # a page is compared on its main text, with its own date unless one is given
        pages = (*(read_page(a.html, name=a.where) if a.html is not None else None for a in articles),)
        texts, titles = [p.text if p else a.text for a, p in zip(articles, pages)], [p and p.title for p in pages]
        given = (dates[0] is not None, dates[1] is not None)
        dates = (dates[0] or (pages[0] and pages[0].published), dates[1] or (pages[1] and pages[1].published))
        result = compare(texts[0], texts[1], published_original=dates[0], published_derived=dates[1],  # type: ignore[arg-type]
                         title_original=titles[0], title_derived=titles[1], scorer=scorer)
    except InputError as exc:
        print(f"sourcescore: {exc}", file=sys.stderr)
        return EXIT_FAILED
    mark_compared(result, pages, given, "command line", (original.warnings, derived.warnings))  # type: ignore[arg-type]
    if args.format == "json":
        print(result.to_json())
    elif args.format == "html":
        from .scoring.htmlreport import compare_page

        sys.stdout.write(compare_page(result, original.where, derived.where))
    else:
        print(result.to_text(original.where, derived.where))
    return EXIT_OK


def _compare_pairs(parser: argparse.ArgumentParser, args: argparse.Namespace, published: date | None) -> int:
    """The compare command over a JSONL of pairs, through the score command's corpus machinery."""
    from .scoring.compare.corpus import PairRun, compare_corpus

    if args.original is not None:
        parser.error("give either ORIGINAL DERIVED or --pairs JSONL, not both")
    if args.format == "html":
        parser.error("--format html compares one pair (ORIGINAL DERIVED), not --pairs")
    ignore = rule_codes(args.ignore)
    run = PairRun(args.pairs, args.output, args.format == "text" and args.output is None, ScorerOptions(model=args.model, ignore=ignore), published,
                  args.jobs, args.resume, args.quiet, args.force)
    try:
        result = compare_corpus(run)
    except (InputError, ModelError) as exc:
        parser.error(str(exc))
    return EXIT_FAILED if result.failed or result.aborted else EXIT_OK


def _score(parser: argparse.ArgumentParser, args: argparse.Namespace, options: ScorerOptions, published: date | None) -> int:
    """The score command: articles and corpora through scoring.corpus, rows in input order."""
    try:
        fields = Fields(args.text_column, args.id_column, args.published_column)
    except InputError as exc:
        parser.error(str(exc))
    run = CorpusRun(
        paths=tuple(args.files),
        input_format=args.input_format,
        output=args.output,
        output_format=args.output_format,
        stdout_format="jsonl" if args.format == "json" else "text",
        text_formatter=format_summary,
        options=options,
        title=args.title,
        published=published,
        jobs=args.jobs,
        resume=args.resume,
        quiet=args.quiet,
        fail_under=args.fail_under,
        force=args.force,
        globs=tuple(args.glob),
        fields=fields,
    )
    try:
        if args.format == "html":
            from .scoring.htmlreport.command import score_html

            return score_html(run)
        result = score_corpus(run)
    except (InputError, ModelError) as exc:
        parser.error(str(exc))
    return result.status  # EXIT_FAILED, EXIT_BELOW or EXIT_OK, as the summary line says


def _training_run(args: argparse.Namespace) -> tuple[int, StepProgress]:
    """The worker processes (--jobs, default every core) and the progress display (-q, --progress) of train and evaluate."""
    from .scoring.training.progress import StepProgress

    try:
        jobs = worker_count(args.jobs, warner(sys.stderr))
    except InputError as exc:
        raise DataError(str(exc)) from None
    return jobs, StepProgress(sys.stderr, enabled=StepProgress.wanted(sys.stderr, quiet=args.quiet, force=args.progress))


def _train(args: argparse.Namespace) -> int:
    from .scoring import training

    jobs, shown = _training_run(args)
    result = training.train(
        args.data, args.output, kind=args.kind, include_default=args.include_default, seed=args.seed, folds=args.folds,
        jobs=jobs, compare=args.compare, progress=shown.count, log=shown.step,
    )
    print(f"wrote {result.path}/ (model.json, model_card.json, MODEL_CARD.md)")
    evaluation = result.card["evaluation"][args.kind]  # type: ignore[index]
    print(training.metrics_table(evaluation["cross_validation"]))
    if "leave_one_dataset_out" in evaluation:
        print("\nLeave one dataset out:\n" + training.metrics_table(evaluation["leave_one_dataset_out"]))
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from .scoring import training
    from .scoring.training.overlap import overlap_warning

    jobs, shown = _training_run(args)
    rows = training.evaluate(
        args.data, model=args.model, include_default=args.include_default, lodo=args.lodo, seed=args.seed,
        folds=args.folds, jobs=jobs, progress=shown.count, log=shown.step,
    )
    overlap = rows.get("training_overlap")
    warning = overlap_warning(overlap, args.model) if overlap else None
    if warning:
        print(warning, file=sys.stderr)  # told whatever -q says: it changes what the figures mean
    if args.format == "json":
        print(json.dumps(rows, indent=1))
    else:
        titles = {"held out": "not held out (see the warning)"} if warning else {}  # the figures are not what the heading says
        print("\n\n".join(f"{titles.get(t, t)}:\n{training.metrics_table(r)}" for t, r in rows.items() if t != "training_overlap"))
    return EXIT_OK


def format_rules(fmt: str) -> str:
    """The rule table, as text or JSON."""
    if fmt == "json":
        return json.dumps(
            [
                {
                    "code": r.code, "name": r.name, "severity": r.severity, "points": r.points, "cap": r.cap,
                    "rationale": r.rationale, "practice": r.practice, "thresholds": dict(r.thresholds),
                    "module": r.check.__module__,
                }
                for r in RULES
            ],
            indent=2,
        )
    lines = [f"{'code':<7} {'name':<26} {'severity':<8} {'points':>7} {'cap':>5}  rationale"]
    for r in RULES:
        lines.append(f"{r.code:<7} {r.name:<26} {r.severity:<8} {r.points:>+7.1f} {r.cap:>5.0f}  {r.rationale}")
    lines.append("Points and caps are unweighted: a report's findings carry them times its model's rule weight (model.rule_weight).")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
