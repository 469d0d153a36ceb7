#!/usr/bin/env python3
"""Builds the demo corpus bundled with `corroborate demo` from the MUC-3/4 texts (public domain, CC0 via Dstl).

It keeps messages of the development splits only (DEV, TST1, TST2) that report incidents covered by several
outlets: those of the six incidents with the most publishers in derived/multi_report_incidents.csv, and the
reports that mention the Jesuits from the week after the murder of six Jesuit priests at the Central American
University in San Salvador (16 November 1989), the corpus's best-known case of competing figures. Output: one JSON object per line (id, outlet, published, dateline, text).

Usage: scripts/make-demo-corpus.py [../shared/data/muc34-terrorism] > app/src/main/resources/org/corroborate/demo/muc4-multi-source.jsonl
"""
import csv
import json
import sys
from pathlib import Path

DEVELOPMENT = ("DEV-", "TST1-", "TST2-")
INCIDENTS = 6
JESUIT_WEEK = ("1989-11-16", "1989-11-23")

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/muc34-terrorism")
if not (data / "derived" / "articles.jsonl").exists():
    sys.exit(f"make-demo-corpus: {data}/derived/articles.jsonl not found; give the muc34-terrorism folder")

rows = list(csv.DictReader(open(data / "derived" / "multi_report_incidents.csv", encoding="utf-8")))
rows.sort(key=lambda r: -int(r["n_publishers"]))
wanted = set()
for row in rows[:INCIDENTS]:
    wanted.update(m for m in row["message_ids"].split() if m.startswith(DEVELOPMENT))

articles = [json.loads(line) for line in open(data / "derived" / "articles.jsonl", encoding="utf-8")]
articles = [a for a in articles if a["id"].startswith(DEVELOPMENT)]
wanted.update(a["id"] for a in articles
              if "JESUIT" in a["text"] and JESUIT_WEEK[0] <= (a.get("date") or "") <= JESUIT_WEEK[1])

for a in articles:
    if a["id"] in wanted:
        out = {"id": a["id"], "outlet": a.get("publisher"), "published": a.get("date"),
               "dateline": a.get("dateline"), "text": a["text"]}
        print(json.dumps({k: v for k, v in out.items() if v is not None}, ensure_ascii=False))
