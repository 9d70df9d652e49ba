"""Direct quotes and their speakers on PolNeAR (dev split), crosscheck vs textacy.

usage:
    .venv/bin/pip install textacy          # benchmark only, not a package dependency
    .venv/bin/python benchmarks/polnear_quotes.py [--corpus /work/shared/corpora/polnear] [--split dev]

Gold: PolNeAR attributions whose content contains quotation marks
(``content_has_quote_marks``, which looks at double marks only); with
``--gold-marks any``, also those whose content holds a single-quoted stretch
(‘…’ or '…', as headlines and British-style copy write quotes). For articles
annotated by several people, the first annotator listed in
``data/metadata.tsv`` that has annotations.

Matching rule (overlap of content spans):
* a predicted quote is correct when at least half of its quoted characters
  lie inside the content spans of one gold attribution; quote precision =
  correct predictions / predictions;
* a gold attribution is found when at least one prediction is correct for it;
  quote recall = found gold / gold;
* speaker: for each correct prediction, the speaker is right when the last
  word of the predicted speaker mention, or of the resolved speaker name,
  occurs among the words of the gold Source span ("he" ~ "he",
  "Pat Caddell" ~ "Caddell"; a few gold records swap the Source and Cue
  spans, so words of the Cue span count too, except common reporting verbs); speaker precision = right / correct predictions
  that name a speaker; speaker recall = right / correct predictions whose gold
  attribution has a Source.

Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from crosscheck.extract.context import DocContext
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.quotes import extract_quotes

WORD = re.compile(r"\w+")
CUE_WORDS = {"said", "says", "say", "told", "added", "asked", "according", "to", "wrote", "stated"}


def read_first_annotators(corpus: Path) -> dict[str, list[str]]:
    with open(corpus / "data" / "metadata.tsv", encoding="utf-8") as fh:
        return {row["filename"]: row["annotators"].split("|") for row in csv.DictReader(fh, delimiter="\t")}


SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013]))['\u2018]\w[^\n]*?\S['\u2019](?![\w])")


def has_quote_marks(attribution: dict, marks: str) -> bool:
    """Does the content hold quotation marks: double only (PolNeAR's own flag), or any."""
    if attribution["content_has_quote_marks"]:
        return True
    return marks == "any" and any(SINGLE_QUOTED.search(part["text"]) for part in attribution["content"])


def load_gold(corpus: Path, split: str, marks: str = "double") -> dict[str, list[dict]]:
    """Quote-mark attributions per article, one annotator per article."""
    annotators = read_first_annotators(corpus)
    rows = []
    for path in sorted((corpus / "attributions_jsonl").glob(f"{split}-*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_article[row["article"]][row["annotator"]].append(row)
    gold = {}
    for article, per_annotator in by_article.items():
        order = annotators.get(article, []) + sorted(per_annotator)
        chosen = next(a for a in order if a in per_annotator)
        gold[article] = [r for r in per_annotator[chosen] if has_quote_marks(r, marks)]
    return gold


def content_spans(attribution: dict) -> list[tuple[int, int]]:
    return [tuple(s) for part in attribution["content"] for s in part["spans"]]


def source_words(attribution: dict) -> set[str]:
    """Words of the gold Source span (and of the Cue span: a few records have the two swapped)."""
    parts = (attribution.get("source") or []) + (attribution.get("cue") or [])
    return {w.lower() for part in parts for w in WORD.findall(part["text"])} - CUE_WORDS


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_gold(span: tuple[int, int], gold: list[dict]) -> int | None:
    """Index of the gold attribution holding at least half of ``span``."""
    length = max(1, span[1] - span[0])
    best, best_overlap = None, 0
    for i, g in enumerate(gold):
        inside = sum(overlap(span, s) for s in content_spans(g))
        if inside * 2 >= length and inside > best_overlap:
            best, best_overlap = i, inside
    return best


def last_word(text: str | None) -> str | None:
    words = WORD.findall(text or "")
    return words[-1].lower() if words else None


def is_speaker_right(mention: str | None, name: str | None, gold: dict) -> bool:
    words = source_words(gold)
    return any(w is not None and w in words for w in (last_word(mention), last_word(name)))


def predict_crosscheck(doc, article: str, statements_only: bool) -> list[dict]:
    quotes = extract_quotes(doc, DocContext(document_id=article, path=article + ".txt"))
    return [{"span": (q.char_start, q.char_end), "mention": q.speaker_mention, "name": q.speaker}
            for q in quotes if not (statements_only and q.is_label)]


def predict_textacy(doc) -> list[dict] | None:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quotation marks
        return None
    for triple in triples:
        content = triple.content
        mention = " ".join(t.text for t in triple.speaker) if triple.speaker else None
        out.append({"span": (content.start_char, content.end_char), "mention": mention, "name": mention})
    return out


class Tally:
    def __init__(self):
        self.predicted = self.correct = self.gold = self.found = 0
        self.named = self.named_right = self.sourced = self.sourced_right = 0

    def add(self, predictions: list[dict], gold: list[dict]) -> None:
        self.predicted += len(predictions)
        self.gold += len(gold)
        found = set()
        for p in predictions:
            i = match_gold(p["span"], gold)
            if i is None:
                continue
            self.correct += 1
            found.add(i)
            right = is_speaker_right(p["mention"], p["name"], gold[i])
            if p["mention"] or p["name"]:
                self.named += 1
                self.named_right += right
            if gold[i].get("source"):
                self.sourced += 1
                self.sourced_right += right
        self.found += len(found)

    def row(self, name: str) -> str:
        def pct(a, b):
            return f"{a / b:.3f}" if b else "-"
        p, r = (self.correct / self.predicted if self.predicted else 0), (self.found / self.gold if self.gold else 0)
        f = 2 * p * r / (p + r) if p + r else 0
        return (f"| {name} | {self.predicted} | {pct(self.correct, self.predicted)} | {pct(self.found, self.gold)} | "
                f"{f:.3f} | {pct(self.named_right, self.named)} | {pct(self.sourced_right, self.sourced)} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="/work/shared/corpora/polnear", type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--gold-marks", choices=("double", "any"), default="double",
                    help="gold quotes: double marks only (PolNeAR's flag) or single-quoted stretches too")
    args = ap.parse_args()
    gold = load_gold(args.corpus, args.split, args.gold_marks)
    articles = sorted(gold)[: args.limit or None]
    try:
        import textacy  # noqa: F401
        have_textacy = True
    except ImportError:
        have_textacy = False
    nlp = load_nlp()
    tallies = {"crosscheck (all quotes)": Tally(), "crosscheck (statements, is_label=False)": Tally()}
    if have_textacy:
        tallies["textacy direct_quotations"] = Tally()
    subset = {"crosscheck (all quotes)": Tally(), "textacy direct_quotations": Tally()}
    started = time.perf_counter()
    bailed = 0
    for article in articles:
        text = (args.corpus / "data" / args.split / "text" / f"{article}.txt").read_text(encoding="utf-8")
        doc = nlp(text)
        tallies["crosscheck (all quotes)"].add(predict_crosscheck(doc, article, False), gold[article])
        tallies["crosscheck (statements, is_label=False)"].add(predict_crosscheck(doc, article, True), gold[article])
        if have_textacy:
            predicted = predict_textacy(doc)
            if predicted is None:
                bailed += 1
            else:
                subset["crosscheck (all quotes)"].add(predict_crosscheck(doc, article, False), gold[article])
                subset["textacy direct_quotations"].add(predicted, gold[article])
            tallies["textacy direct_quotations"].add(predicted or [], gold[article])
    elapsed = time.perf_counter() - started
    total_gold = sum(len(gold[a]) for a in articles)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {total_gold} gold attributions with quote marks "
          f"({args.gold_marks}), "
          f"{elapsed:.0f} s\n")
    print("| system | predicted | quote precision | quote recall | quote F1 | speaker precision | speaker recall |")
    print("|---|---|---|---|---|---|---|")
    for name, tally in tallies.items():
        print(tally.row(name))
    if have_textacy:
        print(f"\nOnly the {len(articles) - bailed} articles where textacy runs "
              f"({subset['textacy direct_quotations'].gold} gold attributions):\n")
        print("| system | predicted | quote precision | quote recall | quote F1 | speaker precision | speaker recall |")
        print("|---|---|---|---|---|---|---|")
        for name, tally in subset.items():
            print(tally.row(name))
        print(f"\ntextacy raised ValueError (unbalanced quotation marks) on {bailed} of {len(articles)} articles; "
              "they count as articles with no textacy predictions.")
    else:
        print("\ntextacy is not installed: `pip install textacy` to compare.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
