"""The highlighted HTML report: one self-contained page with the article and its evidence (``--format html``).

    >>> from sourcescore.scoring.htmlreport import report_page
    >>> open("report.html", "w").write(report_page(report, "article.txt"))

Modules: ``marks`` (evidence as highlight marks by kind, nested or split into the article), ``style``
(the inline stylesheet), ``page`` (the report and compare pages), ``command`` (the CLI's ``--format html``).
"""

from .marks import KINDS, Highlights, Kind, Mark, article_html, highlights
from .page import compare_page, report_page

__all__ = ["KINDS", "Highlights", "Kind", "Mark", "article_html", "compare_page", "highlights", "report_page"]
