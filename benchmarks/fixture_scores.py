"""Score every gold-annotated set of reports at once: the seeds and each set in tests/fixtures.

usage: python benchmarks/fixture_scores.py [--out FILE.json] [--base FILE.json] [--jobs N] [SET ...]

Each set is ingested into a fresh SQLite database with this checkout's code (its ``src`` goes first
on PYTHONPATH) through the real CLI (``crosscheck add``,
``crosscheck export``) and scored with ../shared/tools/score.py, the same path as
tests/test_other_events.py and tests/test_seeds.py. Prints one row per set for the headline
metrics, with the change against ``--base`` (an earlier ``--out`` file) when given, a MEAN row,
and the metrics that fell below their floor in tests/test_other_events.py. A development aid:
it measures, it does not gate (the tests do).
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = Path(os.environ.get("CROSSCHECK_SHARED", ROOT.parent / "shared"))
COLUMNS = [
    ("figure.f1", "fig"), ("figure.source_acc", "src"), ("figure.period_start_acc", "per"),
    ("figure.group_acc", "grp"), ("figure.location_acc", "loc"), ("conflict.recall", "cR"),
    ("conflict.precision", "cP"), ("quote.f1", "q"), ("alias.f1", "alias"), ("label.recall", "lab"),
    ("label.entity_acc", "labE"),
]


def set_sources() -> dict[str, tuple[Path, Path]]:
    """set name -> (folder of reports, gold file)."""
    sets = {"seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl")}
    for folder in sorted(FIXTURES.iterdir()):
        if (folder / "gold.jsonl").exists():
            sets[folder.name] = (folder, folder / "gold.jsonl")
    return sets


def cli() -> list[str]:
    script = Path(sys.executable).with_name("crosscheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "crosscheck"]


def score_set(name: str, folder: Path, gold: Path, keep: Path | None) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"cc-{name}-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name not in ("gold.jsonl", "README.md", "make_gold.py"):
                shutil.copy(path, corpus / path.name)
        db, out = Path(tmp) / "cc.db", Path(tmp) / "export.jsonl"
        env = {k: v for k, v in os.environ.items() if k != "CROSSCHECK_LEXICONS"}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src")] + [p for p in [os.environ.get("PYTHONPATH")] if p])
        for args in (["add", str(corpus), "--db", str(db)], ["export", "--db", str(db), "-o", str(out)]):
            proc = subprocess.run(cli() + args, capture_output=True, text=True, env=env)
            if proc.returncode != 0:
                return {"error": f"{' '.join(args[:1])} failed: {proc.stderr.strip()[-300:]}"}
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(out, keep / f"{name}.jsonl")
        proc = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(out), "--json"],
                              capture_output=True, text=True)
        return json.loads(proc.stdout) if proc.returncode == 0 else {"error": proc.stderr.strip()[-300:]}


def floors() -> dict[str, dict[str, float]]:
    """FLOORS as written in tests/test_other_events.py (read, not imported: no pytest needed)."""
    tree = ast.parse((ROOT / "tests" / "test_other_events.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "FLOORS" for t in node.targets):
            return ast.literal_eval(node.value)
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--out", type=Path, help="write all metrics per set to this JSON file")
    parser.add_argument("--base", type=Path, help="an earlier --out file to compare against")
    parser.add_argument("--keep", type=Path, help="copy each set's export to FOLDER/SET.jsonl")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    sources = set_sources()
    names = args.sets or list(sources)
    unknown = [n for n in names if n not in sources]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = dict(zip(names, pool.map(lambda n: score_set(n, *sources[n], args.keep), names)))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, sort_keys=True), encoding="utf-8")
    base = json.loads(args.base.read_text(encoding="utf-8")) if args.base else {}
    width = max(len(n) for n in names) + 1
    print("set".ljust(width) + "".join(f"{short:>13}" for _, short in COLUMNS))
    sums: dict[str, list[float]] = {}
    for name in names:
        row = results[name]
        if "error" in row:
            print(name.ljust(width) + "  ERROR " + row["error"])
            continue
        cells = []
        for metric, _ in COLUMNS:
            value = row.get(metric)
            if value is None:
                cells.append(f"{'-':>13}")
                continue
            sums.setdefault(metric, []).append(value)
            old = base.get(name, {}).get(metric)
            delta = f"({value - old:+.2f})" if old is not None and abs(value - old) >= 0.005 else ""
            cells.append(f"{value:>6.3f}{delta:>7}")
        print(name.ljust(width) + "".join(cells))
    print("MEAN".ljust(width) + "".join(
        f"{sum(sums[m]) / len(sums[m]):>6.3f}{'':>7}" if sums.get(m) else f"{'-':>13}" for m, _ in COLUMNS))
    below = [(name, metric, results[name].get(metric), floor)
             for name, metrics in floors().items() if name in results and "error" not in results[name]
             for metric, floor in metrics.items()
             if results[name].get(metric) is None or results[name][metric] < floor - 1e-9]
    for name, metric, value, floor in below:
        print(f"BELOW FLOOR {name} {metric}: {value} < {floor}")
    return 1 if below or any("error" in r for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
