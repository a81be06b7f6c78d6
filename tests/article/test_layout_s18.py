"""Page furniture read on invented damaged pages in session 18 (article/layout.py): the page's clock with two labels
or none, a player still loading, a newsletter's box, where to learn more, a press release's contact, who reported
from where, who posted an entry, a broadcaster's caption labels, a caption by its credit in capitals or in words, a
site's menu, the writer's beat closing the story."""

import pytest

from claimcheck.article import from_text
from claimcheck.article.layout import structure_kind

STORY = [
    "The harbor board voted on Monday to delay the dredging plan.",
    "Harbor master Luis Ferreira said the channel had lost three feet of depth.",
    "The board will take up the plan again in March.",
]


@pytest.mark.parametrize("line,kind", [
    ("PUBLISHED: March 4, 2024 at 6:12 p.m. | UPDATED: March 5, 2024 at 9:40 a.m.", "timestamp"),
    ("Published", "timestamp"),
    ("22 January 2024", "timestamp"),
    ("Friday, August 9th 2024", "timestamp"),
    ("Tue 12 Mar 2024 18.04 GMT", "timestamp"),
    ("Video player loading...", "prompt"),
    ("Loading ...", "prompt"),
    ("WATCH LIVE", "prompt"),
    ("By signing up you agree to our Terms of Use and Privacy Policy.", "prompt"),
    ("Enter your email", "prompt"),
    ("Get the day's top stories from Harbor County every weekday morning.", "prompt"),
    ("For more information, visit www.harborhealth.example.", "prompt"),
    ("Our Standards: The Harbor Wire Trust Principles.", "note"),
    ("Media Contact:", "credit"),
    ("Lena Fischer reported from Washington. Omar Haddad reported from New Orleans and Julia Park from Houston.",
     "credit"),
    ("Fischer reported from Tallinn, Estonia.", "credit"),
    ("Posted by Tara Lindqvist", "credit"),
    ("Image source, Harbor Media", "caption"),
    ("Image caption,", "caption"),
    ("Media caption,", "caption"),
    ("Nurses at the harbor clinic. The union says shortages drive delays. Photograph: Jane Doe/The Tide", "caption"),
    ("JANE MORROW / LINDEN DAILY", "caption"),
    ("Home | News | Sports | Weather | Obituaries", "prompt"),
    ("FOR IMMEDIATE RELEASE", "note"),
    ("Correction appended", "note"),
    ("SOURCE Lakeshore Health System", "credit"),
    ("Follow the Tide's coverage of the storm at https://tide.example/storm", "read_more"),
])
def test_furniture_is_structure(line, kind):
    assert structure_kind(line) == kind


@pytest.mark.parametrize("line", [
    "On May 5, 2024, the board met again.",
    "March 2024 was the wettest month on record",
    "The loading dock was closed for a week.",
    "Get out and vote every day, officials urged.",
    "Police reported from the scene that two people were hurt.",
    "Smith reported from Kyiv that the talks had stalled.",
    '"For more information, visit the clinic," Ferreira said.',
    "By signing up, members get a discount, the club said.",
    "Democrats | Republicans",
    "Source: county records show the same.",
    "Source said the mayor would resign.",
    "For immediate release of the hostages, the group demanded money.",
    '"Follow the money at https://tide.example," Ruiz said.',
])
def test_story_lines_stay_paragraphs(line):
    assert structure_kind(line) in (None, "heading")


@pytest.mark.parametrize("credit", ["JANE MORROW / LINDEN DAILY", "Photo courtesy of Amy Tran"])
def test_the_line_above_a_photos_credit_is_its_caption(credit):
    caption = "Apple blossoms damaged by frost at a farm near Linden on Wednesday."
    document = from_text("\n".join([STORY[0], caption, credit, STORY[1], STORY[2]]), path="a.txt")
    assert document.paragraphs == STORY
    assert [(s.kind, s.text) for s in document.meta.structure] == [("caption", caption), ("caption", credit)]


def test_a_caption_under_its_label_is_a_caption():
    text = "\n".join([STORY[0], "Image caption,", "Fallen trees blocked roads across the county", STORY[1], STORY[2]])
    document = from_text(text, path="a.txt")
    assert document.paragraphs == STORY
    assert [s.kind for s in document.meta.structure] == ["caption", "caption"]


def test_a_press_releases_label_is_no_title():
    document = from_text("FOR IMMEDIATE RELEASE\n\nHarbor clinic opens\n\n" + "\n\n".join(STORY), path="a.txt")
    assert document.meta.title == "Harbor clinic opens"
    assert document.paragraphs == STORY


def test_the_writers_beat_closing_the_story_is_a_credit():
    bio = "Sam Okafor covers city hall for the Riverton Ledger. Reach him at sokafor@ledger.example."
    document = from_text("\n\n".join(STORY + [bio]), path="a.txt")
    assert document.paragraphs == STORY
    assert [(s.kind, s.text) for s in document.meta.structure] == [("credit", bio)]
    # mid-story, a person's beat can be the news
    document = from_text("\n\n".join([STORY[0], bio, STORY[1]]), path="a.txt")
    assert bio in document.paragraphs
