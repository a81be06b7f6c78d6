"""Embedded social-media posts: the signature line a page carries under a post's text.

Pages embed posts (tweets, Instagram posts) as the post's text followed by a signature naming its author,
handle and date: "— Jane Doe (@janedoe) November 12, 2019" or "A post shared by Jane Doe (@janedoe) on
Nov 12, 2019 at 5:03pm PST". Scraped, the text and the signature often land on lines of their own. The layout
joins a signature line to the text before it (:mod:`claimcheck.article.layout`), so the post is one
paragraph and never a heading or teaser; the rules engine reads the signature as the post's attribution, its
author the source and the text above it the author's own words
(:func:`claimcheck.engines.rules.attributions._shapes.posted_embeds`). The pattern lives here, for both.
"""

from __future__ import annotations

import re
from typing import Final, Optional

_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE: Final = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:\s+at\s+\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{{2,4}})?)?"
# the signature's lead: a dash (the embed code's own, or a hyphen a scrape made of it), or Instagram's words
_LEAD: Final = r"(?:[—–―]|-{1,2})\s*|A post shared by\s+"
POST_SIGNATURE: Final = re.compile(
    rf"(?:^|(?<=\s))(?P<lead>{_LEAD})(?P<name>[^\s()@—–―][^()@\n]{{0,80}}?)\s*\((?P<handle>@\w{{1,30}})\)\s*"
    rf"(?:on\s+)?(?P<date>{_DATE})\s*$")


def post_signature(text: str) -> Optional[re.Match[str]]:
    """The post signature that ends ``text``, if one does."""
    if "(@" not in text:  # every signature has its handle in brackets: most paragraphs need no scan
        return None
    return POST_SIGNATURE.search(text)


def is_post_signature(line: str) -> bool:
    """Whether ``line`` is a signature and nothing else (the post's text is on an earlier line)."""
    found = post_signature(line)
    return found is not None and found.start() == 0
