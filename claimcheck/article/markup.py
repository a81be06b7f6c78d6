"""HTML and Markdown to plain text: one paragraph per blank-line-separated block.

HTML goes through trafilatura, which finds the main text and the title, date
and author while leaving out navigation, footers, scripts and styles.
Markdown goes through markdown-it, keeping only readable prose, so offsets
into the result refer to what a reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

PARAGRAPH_SEPARATOR: Final = "\n\n"

_EXTENSIONS: Final = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html"}
_HTML_DOCUMENT: Final = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_TAGS: Final = re.compile(r"<(?:body|head|p|div|article|section|span|a\s+href|br|h[1-6]|script|meta)[\s/>]", re.I)
_MARKDOWN_SIGNS: Final = re.compile(r"^#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*]\s+\S.*\n\s*[-*]\s+\S", re.M)


def detect_format(text: str, path: str | None) -> tuple[str, str | None]:
    """The format to read ``text`` as, and a warning when content overrode the extension."""
    suffix = Path(path).suffix.lower() if path and path != "-" else ""
    by_extension = _EXTENSIONS.get(suffix)
    head = text[:8192]
    if by_extension in ("html", "md"):
        return by_extension, None
    if _HTML_DOCUMENT.match(head):
        if by_extension == "txt":
            return "html", f"read as HTML despite its {suffix} name"
        return "html", None
    if by_extension == "txt":
        return "txt", None
    if len(_HTML_TAGS.findall(head)) >= 2:
        return "html", None
    if _MARKDOWN_SIGNS.search(head):
        return "md", None
    return "txt", None


@dataclass
class MarkupBody:
    """Plain text, one paragraph per blank-line-separated block, and what the markup said."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    # the text of each list item (a Markdown list's): the story's lines, never headings (claimcheck.article.layout)
    list_items: frozenset[str] = frozenset()


def html_body(text: str) -> MarkupBody:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    blocks: list[str] = []
    if extracted is not None and extracted.body is not None:  # type: ignore[union-attr]
        for line_break in extracted.body.iter("lb"):  # type: ignore[union-attr]
            line_break.tail = _LINE_BREAK + (line_break.tail or "")
        # a <br> is a line of its block: the layout decides, as for a text's lines, whether the block is one
        # paragraph per line (a CMS's "<br><br>" between paragraphs) or one read on (claimcheck.article.layout)
        blocks = [_lines(block) for block in _html_paragraphs(extracted.body)]  # type: ignore[union-attr]
        if _only_furniture(text, blocks):
            blocks = []  # a page that is only a menu has no article: its links are no text (see below)
    title = getattr(extracted, "title", None) if extracted is not None else None
    if blocks and title and " ".join(blocks[0].split()) == " ".join(title.split()):
        blocks = blocks[1:]
    body = MarkupBody(
        PARAGRAPH_SEPARATOR.join(b for b in blocks if b.strip()),
        title=title,
        date=getattr(extracted, "date", None) if extracted is not None else None,
        author=getattr(extracted, "author", None) if extracted is not None else None,
        # The page's canonical URL (<link rel="canonical">, else og:url), as trafilatura reads it.
        url=_web_url(getattr(extracted, "url", None) if extracted is not None else None),
    )
    if not body.text.strip():
        # trafilatura found no main text (very short pages): take all visible text instead,
        # but never the page's furniture: a page that is only a menu has no article.
        _tree, fallback, _length = trafilatura.baseline(_without_furniture(text))
        body.text = PARAGRAPH_SEPARATOR.join(line for line in fallback.split("\n") if line.strip())
        if body.text.strip():
            body.warnings.append("no main article text found in the HTML; read all of its visible text")
    elif left_out := _left_out(text):
        body.warnings.append(f"left out of the HTML's text and not analysed: {left_out}")
    return body


# Where a <br> stood in a block, until the block's spaces are made one (a character no page holds: private use).
_LINE_BREAK: Final = "\ue000"


def _lines(block: str) -> str:
    """A block's text with each run of whitespace one space, and a line break where each <br> stood."""
    if _LINE_BREAK not in block:
        return block
    lines = (" ".join(line.split()) for line in block.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _page_tree(text: str):  # type: ignore[no-untyped-def]
    """The page as an lxml tree, or None when it does not parse."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(text)
    except (ValueError, etree.ParserError):
        return None


def _only_furniture(text: str, blocks: list[str]) -> bool:
    """Whether the main text trafilatura found is only words of the page's furniture (a page that is only a menu:
    "Home", "News"), with no visible text outside the furniture."""
    words = [word for block in blocks for word in block.split()]
    if not words or len(words) > 60:
        return False
    tree = _page_tree(text)
    if tree is None:
        return False
    furniture = {word for element in tree.xpath(_FURNITURE) for word in " ".join(element.itertext()).split()}
    if not furniture.issuperset(words):
        return False
    for element in tree.xpath(_FURNITURE):
        if element.getparent() is not None:
            element.drop_tree()
    body = tree.find("body")
    return body is None or not "".join(body.itertext()).strip()


def _left_out(text: str) -> str:
    """What of a page's article the main text leaves out and the report should say: tables, figure captions."""
    if "<table" not in text and "<figcaption" not in text:
        return ""
    tree = _page_tree(text)
    if tree is None:
        return ""
    for element in tree.xpath(_FURNITURE):
        if element.getparent() is not None:
            element.drop_tree()
    counts = []
    for tag, one, many in (("table", "table", "tables"), ("figcaption", "figure caption", "figure captions")):
        found = sum(1 for element in tree.iter(tag) if "".join(element.itertext()).strip())
        if found:
            counts.append(f"{found} {one if found == 1 else many}")
    return ", ".join(counts)


def _web_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


# Page furniture: navigation, banners, footers, forms and hidden parts are never article text.
_FURNITURE: Final = (
    "//nav|//header|//footer|//aside|//menu|//form|//script|//style|//noscript|//template|"
    "//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='menu' or @aria-hidden='true' "
    "or @hidden]"
)


def _without_furniture(text: str):  # type: ignore[no-untyped-def]
    """The page as an lxml tree with its furniture dropped (the text itself if it does not parse)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(text)
    except (ValueError, etree.ParserError):
        return text
    for element in tree.xpath(_FURNITURE):
        if element.getparent() is not None:
            element.drop_tree()
    return tree


_HTML_BLOCK_TAGS: Final = frozenset({"p", "head", "item", "quote", "cell", "code", "list", "table", "row", "div", "section"})


def _html_paragraphs(root):  # type: ignore[no-untyped-def]
    """The text of the innermost block elements of trafilatura's body tree, in reading order."""
    for child in root:
        if not isinstance(child.tag, str):
            continue
        if any(isinstance(g.tag, str) and g.tag in _HTML_BLOCK_TAGS for g in child):
            if child.text and child.text.strip():
                yield " ".join(child.text.split())
            yield from _html_paragraphs(child)
        else:
            yield " ".join("".join(child.itertext()).split())
        if child.tail and child.tail.strip():
            yield " ".join(child.tail.split())


# YAML front matter, as static-site and CMS exports put before the Markdown.
_FRONT_MATTER: Final = re.compile(r"\A\ufeff?---[ \t]*\n(?P<fields>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_MATTER_FIELD: Final = re.compile(r"^(?P<key>title|date|author|byline)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", re.M | re.I)
_ISO_DATE_PREFIX: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Title, date and author from YAML front matter, and the Markdown after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {
        m.group("key").lower(): m.group("value").strip("\"'")
        for m in _FRONT_MATTER_FIELD.finditer(match.group("fields") or "")
    }
    date = _ISO_DATE_PREFIX.match(fields.get("date", ""))
    fields["date"] = date.group(0) if date else ""
    return fields, text[match.end() :]


# Markdown whose only markup is an ATX heading on its first line reads the same
# as plain blocks: no character that opens inline markup, an entity, HTML or a
# table cell, and no line that opens a list, quote, heading, rule or code block.
# Three patterns, each of a shape re scans for quickly (a character class; a literal first
# character), rather than one alternation tried at every position.
_MARKUP_CHARACTERS: Final = re.compile(r"[*`\\<>|~\x00]")
_ENTITY: Final = re.compile(r"&#?\w+;")  # a lone "&" (AT&T) is a letter
# Square brackets are text ("[sic]", "that [he] knew") unless they make a link: an
# inline link needs "](", and a reference link needs a definition, which needs "]:".
_LINK: Final = re.compile(r"\][(:]")
# A run of underscores between two letters or digits ("Fred_945") can neither open nor close
# emphasis; any other run may, but emphasis needs two runs in one block, an opener and a closer.
# So a block with at most one such run reads as written: "___." between the items of a live blog.
_UNDERSCORE_RUN: Final = re.compile(r"_+")
# ... unless the run is a line of its own: three or more underscores make a thematic break.
_UNDERSCORE_RULE: Final = re.compile(r"^ {0,3}_[ \t]*_[ \t]*_[ \t_]*$", re.M)
# A "-", "+" or "=" (or a run of them) opens a list item, a rule or a heading underline only when
# space, the end of the line or more of them follows; "--additional reporting" is text.
_BLOCK_OPENER: Final = re.compile(r"^(?: {0,3}(?:[-+=](?![-+=]*[^-+=\s])|[#>\t]|\d{1,9}[.)])| {4})", re.M)
_ATX_HEADING: Final = re.compile(r" {0,3}(#{1,6})[ \t]+(.*)$")
_BLANK_LINES: Final = re.compile(r"\n[ \t]*\n")


def _plain_markdown(text: str) -> tuple[str | None, list[str]] | None:
    """The title and blocks markdown-it would find in ``text``, found without it (it costs
    about a quarter of a millisecond per paragraph), or None when ``text`` holds any markup
    beyond a first-line heading."""
    if _MARKUP_CHARACTERS.search(text) or "&" in text and _ENTITY.search(text) or _LINK.search(text):
        return None
    first, newline, rest = text.lstrip("\n").partition("\n")
    heading = _ATX_HEADING.match(first)
    if (heading is None and "#" in first[:4]) or (heading is not None and first.count("#") != len(heading.group(1))):
        return None  # "#" that is not a plain heading's opening run: closing sequences, "#5"
    if _BLOCK_OPENER.search(rest if heading else text) or "_" in text and _UNDERSCORE_RULE.search(rest if heading else text):
        return None
    title = None
    blocks: list[str] = []
    if heading is not None:
        content = " ".join(heading.group(2).split())
        if not content or "_" in content and _may_emphasise(content):
            return None
        if len(heading.group(1)) == 1:
            title = content
        else:
            blocks.append(content)
    else:
        rest = text
    for block in _BLANK_LINES.split(rest):
        plain = _one_spaced_lines(block)
        if "_" in plain and _may_emphasise(plain):
            return None
        if plain:
            blocks.append(plain)
    return title, blocks


def _one_spaced(block: str) -> str:
    """``" ".join(block.split())``: each run of whitespace made one space, none at the ends. Most blocks are
    like that already: printable (the space is the one whitespace character that is printable), with no double
    space and no space at an end; those checks cost far less than the split and join."""
    if block.isprintable() and "  " not in block and block[:1] != " " and block[-1:] != " ":
        return block
    return " ".join(block.split())


def _one_spaced_lines(block: str) -> str:
    """Each line of ``block`` one-spaced (:func:`_one_spaced`), blank lines dropped, the line breaks kept: a
    paragraph's lines are the layout's to join or keep apart, as a text's are (claimcheck.article.layout: a
    hard-wrapped paragraph is joined, a file of one paragraph per line is read so)."""
    if "\n" not in block:
        return _one_spaced(block)
    return "\n".join(line for line in map(_one_spaced, block.split("\n")) if line)


def _may_emphasise(block: str) -> bool:
    """Whether a block holds two runs of underscores that are not inside a word: an opener and a closer."""
    outside_words = 0
    for run in _UNDERSCORE_RUN.finditer(block):
        start, end = run.span()
        if not (start > 0 and block[start - 1].isalnum() and end < len(block) and block[end].isalnum()):
            outside_words += 1
    return outside_words > 1


_MARKDOWN_PARSER: Optional[MarkdownIt] = None


def _markdown_parser() -> MarkdownIt:
    """One parser per process: building one costs more than a short article's parse."""
    global _MARKDOWN_PARSER
    if _MARKDOWN_PARSER is None:
        from markdown_it import MarkdownIt

        _MARKDOWN_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return _MARKDOWN_PARSER


def markdown_body(text: str) -> MarkupBody:
    fields, text = _front_matter(text)
    read_plain = _plain_markdown(text)
    if read_plain is not None:
        title, blocks = read_plain
        return MarkupBody(PARAGRAPH_SEPARATOR.join(blocks), title=fields.get("title") or title,
                          date=fields.get("date") or None,
                          author=fields.get("author") or fields.get("byline") or None)
    tokens = _markdown_parser().parse(text)
    blocks = []
    list_items: set[str] = set()
    title = None
    skipped = 0
    first_block = True
    for index, token in enumerate(tokens):
        if token.type in ("fence", "code_block", "html_block"):
            skipped += 1
            first_block = False
        if token.type != "inline":
            continue
        opener = tokens[index - 1] if index else None
        plain = _one_spaced_lines(_markdown_inline_text(token))
        item = tokens[index - 2] if index >= 2 and opener is not None and opener.type == "paragraph_open" else None
        if plain and item is not None and item.type == "list_item_open":
            list_items.add(" ".join(plain.split()))  # an item of a list is the story's, never a heading
        if first_block and opener is not None and opener.type == "heading_open" and opener.tag == "h1":
            title = plain or None
        elif plain:
            blocks.append(plain)
        first_block = False
    body = MarkupBody(
        PARAGRAPH_SEPARATOR.join(blocks),
        title=fields.get("title") or title,
        date=fields.get("date") or None,
        author=fields.get("author") or fields.get("byline") or None,
        list_items=frozenset(list_items),
    )
    if skipped:
        body.warnings.append(f"{skipped} code or raw-HTML block(s) in the Markdown were left out of the analysis")
    return body


def _markdown_inline_text(token) -> str:  # type: ignore[no-untyped-def]
    pieces: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append("\n")
        elif child.type == "image":
            pieces.append(child.content)
    return "".join(pieces)
