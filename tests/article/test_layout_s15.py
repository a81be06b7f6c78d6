"""Page furniture read on unseen real news in session 15 (article/layout.py): a link's label that points at the link
or the page, browser notifications, a photo desk's address as a caption's credit, a long caption ending in its
credit, the page's clock labels with no values."""

import pytest

from claimcheck.article.layout import structure_kind


@pytest.mark.parametrize("line,kind", [
    ("Get additional safety tips at this link.", "prompt"),
    ("You can keep up with the current radar at this link.", "prompt"),
    ("The official budget cuts are posted here.", "prompt"),
    ("Get browser notifications for breaking news, live events, and exclusive reporting.", "prompt"),
    ("Lee watches ballots get counted during a recount. The count came out the same. - Jane Doe/photodesk@tide.com",
     "caption"),
    ("FILE – MAY 5: A sign is posted outside the plant. " + "The plant employs 400 people in the valley. " * 10
     + "(Photo by Jane Doe/Getty Images)", "caption"),
    ("PUBLISHED: | UPDATED:", "timestamp"),
])
def test_furniture_is_structure(line, kind):
    assert structure_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The link between the two cases was never proven.",
    "Officials said the results are posted online.",
    "\"The tips are at this link,\" Lee said.",
    "The council published its budget on Monday.",
])
def test_story_lines_stay_paragraphs(line):
    assert structure_kind(line) is None
