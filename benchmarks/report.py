#!/usr/bin/env python3
"""Turns a JMH JSON result file into the Markdown tables of BENCHMARKS.md.

    python3 benchmarks/report.py results.json

One table per benchmark class and parameter value; each row is a peer with its median time
(JMH's 50th percentile of the iteration scores) and its ratio to nestql's median in the same run
(the typed peers against typedNestql, the JSON peers against jsonNestql, the writeJson peers against
writeJsonNestql). Standard library only.
"""
import json
import sys
from collections import defaultdict


def baseline_for(method, methods):
    for prefix, base in (("typed", "typedNestql"), ("json", "jsonNestql"), ("writeJson", "writeJsonNestql")):
        if method.startswith(prefix) and base in methods:
            return base
    return None


def main(path):
    with open(path) as f:
        results = json.load(f)
    groups = defaultdict(dict)
    for result in results:
        cls, method = result["benchmark"].rsplit(".", 1)
        params = ", ".join(f"{k}={v}" for k, v in sorted(result.get("params", {}).items()))
        metric = result["primaryMetric"]
        median = metric["scorePercentiles"]["50.0"]
        groups[(cls.rsplit(".", 1)[1], params)][method] = (median, metric["scoreUnit"], len(metric["rawData"][0]) if metric.get("rawData") else 0)
    for (cls, params), methods in sorted(groups.items()):
        print(f"#### {cls}{' (' + params + ')' if params else ''}\n")
        print("| Peer | Median | vs nestql |")
        print("|---|---:|---:|")
        for method, (median, unit, _) in sorted(methods.items(), key=lambda kv: kv[1][0]):
            base = baseline_for(method, methods)
            ratio = f"{median / methods[base][0]:.2f}x" if base else ""
            print(f"| `{method}` | {median:,.3f} {unit} | {ratio} |")
        print()


if __name__ == "__main__":
    main(sys.argv[1])
