"""The ``sourcescore`` command: a thin layer that reads input, calls the library and prints.

Exit status: 0 every article scored; 1 an article scored below ``--fail-under``; 2 a usage
error; 3 some article could not be scored (the others still are).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from scoring import RULES, InputError, Report, Scorer
from scoring.report import DISCLAIMER, RELIABLE_AT, UNRELIABLE_AT
from scoring.scorer import parse_published

EXIT_OK, EXIT_BELOW, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
TOP_FINDINGS = 8


@dataclass(frozen=True, slots=True)
class Article:
    """An article read from the command line: where it came from, its text, decoding notes."""

    name: str
    text: str
    warnings: tuple[str, ...] = ()


def read_article(path: str) -> Article:
    """Read a file (or ``-`` for stdin) as text; raise InputError for what cannot be an article."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    name = "<stdin>" if path == "-" else path
    return Article(name, *decode(data))


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else UTF-8 with replacement."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError("the file has a UTF-16 byte-order mark but is not valid UTF-16") from None
    if b"\x00" in data:
        raise InputError("the file looks binary (it contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text, (f"the file is not valid UTF-8 (first bad byte at offset {exc.start}); undecodable bytes were replaced",)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sourcescore",
        description="Score how well a news article's claims are sourced (0-100). " + DISCLAIMER,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def article_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (date checks are weaker without it)")
        p.add_argument("--title", help="the article's headline")
        p.add_argument("--ignore", metavar="CODE[,CODE]", action="append", default=[], help="skip these rule codes")

    score = sub.add_parser("score", help="score articles (files, or - for stdin)")
    score.add_argument("files", nargs="+", metavar="FILE")
    article_options(score)
    score.add_argument("--format", choices=("text", "json"), default="text", help="json: one report per line")
    score.add_argument("--fail-under", type=float, metavar="N", help="exit 1 if any article scores below N")

    explain = sub.add_parser("explain", help="explain one article's findings, with evidence and why each matters")
    explain.add_argument("file", metavar="FILE")
    article_options(explain)

    rules = sub.add_parser("rules", help="list the rules: code, name, severity, points, rationale")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sourcescore`` command; returns the exit status."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (`sourcescore score ... | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _run(argv: Sequence[str] | None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command == "rules":
        print(format_rules(args.format))
        return EXIT_OK
    try:
        ignore = [code.strip().upper() for item in args.ignore for code in item.split(",") if code.strip()]
        scorer = Scorer(ignore=ignore)
        published = parse_published(args.published)
    except InputError as exc:
        parser.error(str(exc))
    files = [args.file] if args.command == "explain" else args.files
    status = EXIT_OK
    for path in files:
        try:
            article = read_article(path)
            report = scorer.score(article.text, title=args.title, published=published)
        except InputError as exc:
            print(f"sourcescore: {path}: {exc}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        report.warnings.extend(article.warnings)
        if args.command == "explain":
            print(format_explanation(article.name, report))
        elif args.format == "json":
            print(json.dumps({"id": article.name, **report.to_dict()}, ensure_ascii=False))
        else:
            print(format_summary(article.name, report))
        if args.command == "score" and args.fail_under is not None and report.score < args.fail_under and status == EXIT_OK:
            status = EXIT_BELOW
    return status


def _evidence_line(report: Report, finding_evidence: tuple, width: int = 100) -> list[str]:  # type: ignore[type-arg]
    lines = []
    for span in finding_evidence[:3]:
        text = " ".join(report.text[span.start : span.end].split())
        if len(text) > width:
            text = text[: width - 1] + "\u2026"
        lines.append(f'      > "{text}"  [{span.start}:{span.end}]')
    return lines


def format_summary(name: str, report: Report) -> str:
    """Editor-facing summary: score, band, the strongest findings first."""
    model = report.contributions[0]
    rules = round(report.score - model.points, 2)
    head = f"{name}: {report.score:.0f}/100  {report.band.upper()}  ({model.part} {model.points:+.1f}, rules {rules:+.1f})"
    lines = [head]
    for f in [f for f in report.findings if f.points][:TOP_FINDINGS]:
        lines.append(f"  {f.code} {f.rule:<26} {f.points:+6.1f}  {f.message}")
        lines.extend(_evidence_line(report, f.evidence))
    hidden = sum(1 for f in report.findings if f.points) - TOP_FINDINGS
    if hidden > 0:
        lines.append(f"  ... {hidden} more findings (sourcescore explain {name})")
    sources = report.extraction.sourcing.sources
    kinds: dict[str, int] = {}
    for s in sources:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    lines.append("  sources: " + (", ".join(f"{n} {k}" for k, n in kinds.items()) or "none found"))
    for w in report.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


def format_explanation(name: str, report: Report) -> str:
    """Every finding with its quoted evidence and the reporting practice behind it."""
    rules = {r.code: r for r in RULES}
    out = [format_summary(name, report).splitlines()[0], "", DISCLAIMER, ""]
    out.append("How the score adds up:")
    out.extend(f"  {c.points:+7.2f}  {c.part}" for c in report.contributions)
    out.append(f"  = {report.score:.2f}  (reliable >= {RELIABLE_AT:.0f}, unreliable <= {UNRELIABLE_AT:.0f})")
    out.append("")
    for f in report.findings:
        out.append(f"{f.code} {f.rule} [{f.severity}] {f.points:+.1f}")
        out.append(textwrap.indent(textwrap.fill(f.message, 96), "  "))
        out.extend(_evidence_line(report, f.evidence, width=160))
        out.append(textwrap.indent(textwrap.fill("Why it matters: " + rules[f.code].rationale, 96), "  "))
        out.append("")
    out.append("Sources:")
    for s in report.extraction.sourcing.sources:
        role = f" ({s.role})" if s.role else ""
        out.append(f"  {s.kind:<12} {s.best.text}{role}  x{len(s.cue_spans)}")
    for w in report.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out)


def format_rules(fmt: str) -> str:
    """The rule table, as text or JSON."""
    if fmt == "json":
        return json.dumps(
            [
                {"code": r.code, "name": r.name, "severity": r.severity, "points": r.points, "cap": r.cap, "rationale": r.rationale}
                for r in RULES
            ],
            indent=2,
        )
    lines = [f"{'code':<7} {'name':<26} {'severity':<8} {'points':>7} {'cap':>5}  rationale"]
    for r in RULES:
        lines.append(f"{r.code:<7} {r.name:<26} {r.severity:<8} {r.points:>+7.1f} {r.cap:>5.0f}  {r.rationale}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
