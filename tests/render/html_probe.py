"""Read a rendered page back with the standard library's HTML parser, for assertions.

``Page`` records every element (so tests can prove no ``<img>`` or extra
``<script>`` got in) and, for each article paragraph, its visible text and
the text offsets each mark covers (so tests can prove the markup nests and
every span lands on the right words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "link", "br", "img", "input", "hr", "col", "source", "area", "base", "wbr", "embed", "track"}
# Text inside these belongs to the page, not the article.
_NOT_ARTICLE_TEXT = {"pnum", "p-error-note"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    start: int = 0
    end: int = 0

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


@dataclass
class Paragraph:
    index: int
    text: str = ""
    marks: list[Element] = field(default_factory=list)


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.nesting_errors: list[str] = []
        self.paragraphs: dict[int, Paragraph] = {}
        self._stack: list[Element] = []
        self._raw: list[str] | None = None
        self._current: Paragraph | None = None
        self._skip_depth = 0
        self.feed(html)
        self.close()
        if self._stack:
            self.nesting_errors.append(f"unclosed: {[e.tag for e in self._stack]}")

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if "id" in element.attrs:
            self.ids.add(element.attrs["id"])
        if tag in ("script", "style"):
            self._raw = []
        if tag in VOID:
            return
        self._stack.append(element)
        paragraph_id = element.attrs.get("id", "")
        if tag == "p" and paragraph_id[1:].isdigit() and paragraph_id.startswith("p"):
            self._current = self.paragraphs.setdefault(int(paragraph_id[1:]), Paragraph(int(paragraph_id[1:])))
        elif self._current is not None:
            if element.classes & _NOT_ARTICLE_TEXT or self._skip_depth:
                self._skip_depth += 1
            elif tag == "span":
                element.start = len(self._current.text)
                self._current.marks.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self._stack or self._stack[-1].tag != tag:
            self.nesting_errors.append(f"</{tag}> closes {self._stack[-1].tag if self._stack else 'nothing'}")
            return
        element = self._stack.pop()
        if tag == "script" and self._raw is not None:
            self.scripts.append("".join(self._raw))
            self._raw = None
        elif tag == "style" and self._raw is not None:
            self.styles.append("".join(self._raw))
            self._raw = None
        if self._current is None:
            return
        if self._skip_depth:
            self._skip_depth -= 1
        elif tag == "p":
            self._current = None
        else:
            element.end = len(self._current.text)

    def handle_data(self, data):
        if self._raw is not None:
            self._raw.append(data)
        elif self._current is not None and not self._skip_depth:
            self._current.text += data

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        return [
            e for e in self.elements
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def marks(self, cls: str) -> list[tuple[int, Element]]:
        """(paragraph index, element) for every article mark with this class."""
        return [(p.index, m) for p in self.paragraphs.values() for m in p.marks if cls in m.classes]


def covered(pieces: list[Element]) -> list[tuple[int, int]]:
    """The pieces' offset ranges, merged where they touch."""
    merged: list[list[int]] = []
    for e in sorted(pieces, key=lambda e: e.start):
        if merged and e.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e.end)
        else:
            merged.append([e.start, e.end])
    return [tuple(r) for r in merged]
