"""The JSON report: the schema's model dump, the format people script against."""

from __future__ import annotations

from claimcheck.schema import Report


def render(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"
