#!/usr/bin/env python3
"""Writes a dataset COPIES times the bundled one: each company, and every row naming one,
copied with a new slug, id and name ("Moore Threads 07", "摩尔线程07"). Copy 01 is the bundled
data itself, so its links still work. Every source but the dataset's own (GPW) is copied too,
each company citing its own copy's sources; rows about the market as a whole stay single.

    bench/scale-data.py data target/scale-data 20
"""
import csv
import pathlib
import sys

SHARED_SOURCES = {"GPW"}


def read(folder, name):
    path = folder / name
    if not path.exists():
        return None, []
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def write(folder, name, header, rows):
    with (folder / name).open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows([row[c] for c in header] for row in rows)


def main(source, target, copies):
    source, target = pathlib.Path(source), pathlib.Path(target)
    target.mkdir(parents=True, exist_ok=True)
    tables = {p.name: read(source, p.name) for p in sorted(source.glob("*.csv"))}
    slugs = {row["slug"] for row in tables["companies.csv"][1]}
    figure_ids = {row["id"] for row in tables["figures.csv"][1] if row["company"]}

    def suffix(value, n):
        return value if n == 1 or not value else f"{value}-{n:02d}"

    def source_id(value, n):
        return value if value in SHARED_SOURCES else suffix(value, n)

    def copy(row, n):
        """The row as copy n: its own keys, and references to copy n of what it names."""
        row = dict(row)
        for column in ("id", "slug", "company", "variants"):
            if column in row:
                row[column] = suffix(row[column], n)
        if "source" in row:
            row["source"] = source_id(row["source"], n)
        if "figure" in row and row["figure"] in figure_ids:
            row["figure"] = suffix(row["figure"], n)
        if "sources" in row:
            row["sources"] = " ".join(source_id(s, n) for s in row["sources"].split())
        if n > 1 and "name_en" in row:
            row["name_en"] += f" {n:02d}"
            row["name_zh"] += f"{n:02d}"
        return row

    def about_a_company(name, row):
        if name == "companies.csv":
            return True
        if name == "changes.csv":
            return row.get("figure") in figure_ids
        return row.get("company") in slugs

    for name, (header, rows) in tables.items():
        if name == "sources.csv":
            out = [copy(r, n) for n in range(1, copies + 1) for r in rows if n == 1 or r["id"] not in SHARED_SOURCES]
        elif header and ("company" in header or "slug" in header or name == "changes.csv"):
            # Copy by copy, so the companies keep the bundled order within each copy
            out = [r for r in rows if not about_a_company(name, r)]
            out += [copy(r, n) for n in range(1, copies + 1) for r in rows if about_a_company(name, r)]
        else:
            out = rows
        write(target, name, header, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
