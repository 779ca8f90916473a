"""Copy schemas/report.schema.json into compare.schema.json's ``$defs.report_schema`` after editing it.

Run: python scripts/sync_schemas.py   (tests/test_json_schema.py fails while the copy differs)
"""

from __future__ import annotations

import json
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def main() -> None:
    """Rewrite compare.schema.json with the current report schema inside it."""
    report = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    path = SCHEMAS / "compare.schema.json"
    compare = json.loads(path.read_text(encoding="utf-8"))
    compare["$defs"]["report_schema"] = report
    path.write_text(json.dumps(compare, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path}: report schema copied in")


if __name__ == "__main__":
    main()
