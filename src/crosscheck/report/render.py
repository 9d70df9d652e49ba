"""The standalone report (HTML or Markdown), built from one context dict.

``build_context(store)`` gathers everything the report shows; the templates
``templates/report.html`` and ``templates/report.md`` only lay it out.
"""
from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..reconcile.framing import build_framing
from ..records import Conflict, Document, Entity, Event, Figure, Label, Quantity, Quote

TEMPLATES = Path(__file__).parent / "templates"
MEASURE_ORDER = ["killed", "injured", "missing", "displaced", "abducted", "detained", "other"]


def format_number(v) -> str:
    if v is None:
        return ""
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


def describe_value(f: Figure) -> str:
    """"at least 42", "hundreds (200–999)", "5–10"."""
    q = f.qualifier
    if q == "vague":
        return f"{f.number_text or 'vague'} ({format_number(f.low)}–{format_number(f.high)})"
    if q == "range":
        return f"{format_number(f.low)}–{format_number(f.high)}"
    words = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "nearly": "nearly ", "up_to": "up to "}
    return words.get(q, "") + format_number(f.value)


def highlight(sentence: str, sentence_start: int | None, start: int | None, end: int | None) -> Markup:
    """The sentence with the span [start, end) (document offsets) marked."""
    if sentence_start is None or start is None or end is None:
        return Markup(html.escape(sentence))
    a, b = start - sentence_start, end - sentence_start
    if not (0 <= a <= b <= len(sentence)):
        return Markup(html.escape(sentence))
    return Markup(html.escape(sentence[:a]) + "<mark>" + html.escape(sentence[a:b]) + "</mark>" + html.escape(sentence[b:]))


def build_context(store) -> dict:
    docs = store.load(Document, order="published, path")
    by_id = {d.id: d for d in docs}
    by_path = {d.path: d for d in docs}
    sent_start = {(r["document_id"], r["idx"]): r["char_start"] for r in store.query("SELECT document_id, idx, char_start FROM sentences")}
    figures = store.load(Figure, order="document, char_start")
    fig_by_id = {f.id: f for f in figures}

    def fig_view(f: Figure) -> dict:
        d = by_id.get(f.document_id)
        return {
            "id": f.id, "document": f.document, "outlet": d.outlet if d else None,
            "published": d.published if d else None, "value": describe_value(f), "measure": f.measure,
            "subject": f.subject, "group": f.group, "location": ", ".join(f.location or []),
            "period": f.period_text or "", "period_start": f.period_start, "period_end": f.period_end,
            "source": f.source or "(outlet's own voice)", "hedges": ", ".join(f.hedges or []),
            "reported_on": f.reported_on, "sentence": f.sentence,
            "sentence_html": highlight(f.sentence, sent_start.get((f.document_id, f.sentence_idx)), f.char_start, f.char_end),
        }

    grouped: dict[str, list] = defaultdict(list)
    for f in figures:
        grouped[f.measure].append(fig_view(f))
    figure_sections = [(m, grouped[m]) for m in MEASURE_ORDER if grouped.get(m)]

    quantities = []
    for q in store.load(Quantity, order="label"):
        rows = []
        for s in q.series:
            f = fig_by_id.get(s.get("figure"))
            rows.append({**s, "view": fig_view(f) if f else None})
        quantities.append({"q": q, "rows": rows, "low": format_number(q.low), "best": format_number(q.best), "high": format_number(q.high)})
    quantities.sort(key=lambda x: (MEASURE_ORDER.index(x["q"].measure) if x["q"].measure in MEASURE_ORDER else 99, -len(x["rows"])))

    conflicts = []
    for c in store.load(Conflict, order="kind, id"):
        conflicts.append({"c": c, "figures": [fig_view(fig_by_id[i]) for i in c.figures if i in fig_by_id]})

    quotes = store.load(Quote, order="document, char_start")
    clusters: dict[str, list] = defaultdict(list)
    for q in quotes:
        clusters[q.cluster or q.id].append({"q": q, "outlet": (by_path.get(q.document).outlet if by_path.get(q.document) else None)})
    quote_clusters = sorted(clusters.values(), key=lambda v: (-len({x["q"].document for x in v}), v[0]["q"].document))
    statements = [c for c in quote_clusters if not all(x["q"].is_label for x in c)]
    scare = [c for c in quote_clusters if all(x["q"].is_label for x in c)]

    framing = build_framing(store.load(Label, order="entity, document"), quotes, figures, docs)
    # only outlets that label something get a column in the framing table
    label_outlets = sorted({o for by_outlet in framing["labels"].values() for o in by_outlet})

    return {
        "documents": docs,
        "figure_sections": figure_sections,
        "n_figures": len(figures),
        "quantities": quantities,
        "conflicts": conflicts,
        "statements": statements,
        "scare_quotes": scare,
        "entities": store.load(Entity, order="mentions DESC, name"),
        "events": store.load(Event, order="date, id"),
        "framing": framing["labels"],
        "outlets": label_outlets,
        "cites": framing["sources"],
    }


def render_report(store, fmt: str = "html") -> str:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = format_number
    env.filters["basename"] = lambda p: Path(str(p)).name
    return env.get_template(f"report.{fmt}").render(**build_context(store))


def write_report(store, target: Path, fmt: str = "html") -> None:
    text = render_report(store, fmt)
    tmp = Path(str(target) + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
