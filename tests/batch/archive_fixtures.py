"""Small invented archives for the archive and Dask tests: the same handful
of news items as JSONL, CSV, Parquet and a gzipped WARC, plus the broken
records each reader must turn into a named failure row.

``python tests/batch/archive_fixtures.py DIR`` writes them to DIR, to try
``claimcheck batch DIR/archive.parquet --text-field body --out out/`` by hand.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

ITEMS = [
    {"id": "a1", "date": "2021-03-04", "outlet": "Harbour Times", "url": "https://harbourtimes.example/a1",
     "title": "Ferry service cut",
     "body": "Two officials familiar with the plan said the ferry would stop running in April.\n\n"
             "The mayor, Ana Ruiz, said the council had not been told."},
    {"id": "a2", "date": "2021-03-19", "outlet": "Harbour Times", "url": "https://harbourtimes.example/a2",
     "title": "Port budget rises",
     "body": "The port authority said in a statement that its budget would rise by a tenth.\n\n"
             "Critics argued the money may never reach the docks."},
    {"id": "b1", "date": "2021-04-02", "outlet": "Valley Courier", "url": "https://www.valleycourier.example/b1",
     "title": "School roof repaired",
     "body": "The roof of the north school was repaired over the weekend, according to a district report.\n\n"
             "A teacher, Li Wen, said classes would resume on Monday."},
    {"id": "b2", "date": "2021-04-20", "outlet": "Valley Courier", "url": "https://www.valleycourier.example/b2",
     "title": "Bridge inspection delayed",
     "body": "An engineer who asked not to be named because she was not authorised to speak said the "
             "inspection had been put off.\n\nThe county did not respond to a request for comment."},
]


def write_jsonl(path: Path, *, broken: bool = False) -> Path:
    lines = [json.dumps(item) for item in ITEMS]
    if broken:
        lines.insert(1, '{"id": "x1", "body": "an unterminated')  # a malformed row
        lines.insert(3, json.dumps({"id": "x2", "title": "No body here"}))  # a missing text field
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_csv(path: Path, *, broken: bool = False) -> Path:
    columns = ["id", "date", "outlet", "url", "title", "body"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for number, item in enumerate(ITEMS):
        writer.writerow([item[c] for c in columns])
        if broken and number == 0:
            writer.writerow(["x1", "2021-03-05", "Harbour Times", "", "Too many", "cells", "here"])  # malformed
            writer.writerow(["x2", "2021-03-06", "Harbour Times", "", "Empty body", ""])  # missing text
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def write_parquet(path: Path, *, row_group_size: int = 2) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{**item, "date": item["date"]} for item in ITEMS])
    pq.write_table(table, path, row_group_size=row_group_size)
    return path


def _html(item: dict) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in item["body"].split("\n\n"))
    return (f"<!DOCTYPE html><html><head><title>{item['title']}</title>"
            f'<meta property="article:published_time" content="{item["date"]}T09:00:00Z"></head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{item['title']}</h1>{paragraphs}</article>"
            "<footer>Copyright</footer></body></html>").encode("utf-8")


def write_warc(path: Path, *, truncate: bool = False) -> Path:
    """A gzipped WARC: a warcinfo record, a request and an HTML response per item, and an image.
    ``truncate`` cuts the file inside the last response's body."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "claimcheck tests"}))
    for item in ITEMS:
        request = StatusAndHeaders(f"GET /{item['id']} HTTP/1.1", [("Host", "example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(item["url"], "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(item["url"], "response", payload=io.BytesIO(_html(item)),
                                                      http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://harbourtimes.example/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG fake"), http_headers=image))
    data = buffer.getvalue()
    if truncate:
        # Re-write without the image, then cut into the last response's body.
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
        for item in ITEMS:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(item["url"], "response", payload=io.BytesIO(_html(item)),
                                                          http_headers=headers))
            if item is ITEMS[-2]:
                kept = len(buffer.getvalue())
        data = buffer.getvalue()
        data = data[: kept + (len(data) - kept) // 2]
    path.write_bytes(data)
    return path


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "jsonl": write_jsonl(folder / "archive.jsonl"),
        "csv": write_csv(folder / "archive.csv"),
        "parquet": write_parquet(folder / "archive.parquet"),
        "warc": write_warc(folder / "crawl.warc.gz"),
    }


if __name__ == "__main__":
    for kind, written in write_all(Path(sys.argv[1])).items():
        print(f"{kind}: {written}")


# ------------------------------------------------------------ an engine that loses its worker


class DiesOnceEngine:
    """The rules engine, except that the first article mentioning a ferry kills
    the process analysing it (a worker lost mid-run), once: ``marker`` records that it happened."""

    def __init__(self, marker: str) -> None:
        from claimcheck.engines.rules import RulesEngine

        self.inner = RulesEngine()
        self.info = self.inner.info
        self.marker = Path(marker)

    def usage(self):  # type: ignore[no-untyped-def]
        return self.inner.usage()

    def analyse(self, document):  # type: ignore[no-untyped-def]
        if "ferry" in document.text and not self.marker.exists():
            self.marker.write_text(str(os.getpid()))
            os._exit(1)
        return self.inner.analyse(document)


def dies_once_engine(marker: str) -> DiesOnceEngine:
    return DiesOnceEngine(marker)
