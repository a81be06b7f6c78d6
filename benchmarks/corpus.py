"""Articles for the benchmarks: the PolNeAR dev articles when
``../shared/data/polnear_dev.jsonl`` is there (read at run time, never
copied into the repository), else generated news-like text.

``python benchmarks/corpus.py DIR`` writes the articles out as Markdown
files (``# title``, a ``date YYYY-MM-DD`` dateline, the paragraphs), the
form ``claimcheck batch`` reads from an archive. Markdown because a
heading is always read as the title, where a plain-text first line ending
in a quotation mark or a question mark is not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

REPO = Path(__file__).resolve().parents[1]
# ``../shared`` from the main checkout; a worktree one level deeper finds it one folder further up.
# CLAIMCHECK_BENCH_CORPUS names the file for a checkout that has no ``shared`` folder above it.
POLNEAR = Path(os.environ["CLAIMCHECK_BENCH_CORPUS"]) if os.environ.get("CLAIMCHECK_BENCH_CORPUS") else next(
    (folder / "shared" / "data" / "polnear_dev.jsonl" for folder in REPO.parents
     if (folder / "shared" / "data" / "polnear_dev.jsonl").is_file()),
    REPO.parent / "shared" / "data" / "polnear_dev.jsonl")


@dataclass(frozen=True)
class Article:
    name: str
    title: str
    date: Optional[str]
    paragraphs: list[str]

    def text(self) -> str:
        body = list(self.paragraphs)
        if self.date and body:
            body[0] = f"date {self.date} {body[0]}"
        return f"# {self.title}\n\n" + "\n\n".join(body) + "\n"


def polnear_articles(path: Path = POLNEAR) -> list[Article]:
    articles = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record["text"]
            title = (record.get("title") or "").strip().rstrip(".")
            paragraphs = [text[s:e].strip() for s, e in record["paragraphs"]]
            if paragraphs and paragraphs[0].rstrip(".") == title:
                paragraphs = paragraphs[1:]  # the text repeats the title as its first line
            name = record["id"].rsplit("/", 1)[-1]
            articles.append(Article(name, title or name, record.get("publication_date"), [p for p in paragraphs if p]))
    return articles


_NAMES = ["Maria Lopez", "John Carter", "Aisha Rahman", "Wei Chen", "Peter Novak", "Fatima Haddad", "Tom Becker"]
_ROLES = ["a spokesman for the ministry", "the provincial governor", "an analyst at the Brookings Institution",
          "the defence minister", "a senior commander"]
_ANONYMOUS = ["two officials familiar with the plan", "a senior administration official", "people briefed on the talks",
              "a source who asked not to be named because the talks are private"]
_ORGS = ["the Pentagon", "the United Nations", "the Interior Ministry", "Reuters", "the World Bank"]
_FACTS = ["the convoy was attacked near the border on Tuesday", "about 3,000 troops would be withdrawn by March",
          "the budget had been cut by 12 percent", "the talks could resume next week",
          "the agreement was likely to be signed before the election", "at least 40 people were killed in the blast",
          "the plant had been closed since 2019", "prices rose sharply after the announcement"]
_CUES = ["said", "told reporters", "said on Monday", "added", "according to"]


def _sentence(rng: random.Random) -> str:
    fact = rng.choice(_FACTS)
    kind = rng.random()
    if kind < 0.3:
        return f"{rng.choice(_NAMES)}, {rng.choice(_ROLES)}, said {fact}."
    if kind < 0.5:
        return f"{fact[0].upper()}{fact[1:]}, according to {rng.choice(_ANONYMOUS)}."
    if kind < 0.7:
        return f'"{fact[0].upper()}{fact[1:]}," {rng.choice(_ORGS)} said in a statement.'
    if kind < 0.85:
        return f"{rng.choice(_NAMES).split()[-1]} {rng.choice(_CUES[:3])} that {fact}."
    return f"{fact[0].upper()}{fact[1:]}."


def generated_articles(count: int, *, seed: int = 7, paragraphs: int = 12) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        body = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(paragraphs)]
        date = f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles.append(Article(f"generated-{n:05d}", f"Generated report {n}", date, body))
    return articles


def benchmark_articles(count: Optional[int] = None) -> tuple[str, list[Article]]:
    """(where they came from, the articles), repeated cyclically to ``count`` when given."""
    if POLNEAR.is_file():
        source, articles = f"PolNeAR dev ({POLNEAR})", polnear_articles()
    else:
        # Said on stderr as well as in the figures' label: numbers from generated text are not comparable
        # with PolNeAR ones, and a copy of the checkout elsewhere lands here without anyone asking.
        print(f"benchmarks: {POLNEAR} not found, so these figures are on generated text, not PolNeAR dev "
              "(set CLAIMCHECK_BENCH_CORPUS to the polnear_dev.jsonl to measure on it)", file=sys.stderr)
        source, articles = "generated text", generated_articles(100)
    if count is not None:
        articles = [articles[i % len(articles)] for i in range(count)]
    return source, articles


def write_articles(folder: Path, articles: list[Article]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, article in enumerate(articles):
        path = folder / f"{n:05d}-{article.name[:60]}.md"
        path.write_text(article.text(), encoding="utf-8")
        paths.append(path)
    return paths


def iter_paragraphs(articles: list[Article]) -> Iterator[str]:
    for article in articles:
        yield from article.paragraphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, help="repeat the articles up to this many")
    args = parser.parse_args()
    source, articles = benchmark_articles(args.count)
    paths = write_articles(args.folder, articles)
    print(f"wrote {len(paths)} articles from {source} to {args.folder}")


if __name__ == "__main__":
    main()
