"""Paragraph layout decided per block, and page structure kept apart."""

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.article import from_text
from claimcheck.article.layout import is_writer_bio, segment, split_blocks, structure_kind

LINES = [
    "The ferry service resumed on Monday after a week of storms.",
    "Harbour officials said the crossings would run hourly.",
    "Tickets bought for cancelled sailings will be refunded.",
]


def test_title_blank_line_then_one_paragraph_per_line():
    text = "Ferries Return\n\n" + "\n".join(LINES) + "\n"
    document = from_text(text, path="a.txt")
    assert document.meta.title == "Ferries Return"
    assert document.paragraphs == LINES
    assert any("one paragraph per line" in w for w in document.meta.warnings)


WRAPPED = (
    "The ferry service resumed on Monday after a week of storms that kept\n"
    "the boats in harbour, and officials said the crossings would run every\n"
    "hour until the backlog of passengers and freight had been cleared from\n"
    "both terminals.\n"
    "Tickets for cancelled sailings will be refunded in full by the operator,\n"
    "which has set up a desk at each terminal.\n"
)


def test_hard_wrapped_lines_are_joined_and_short_sentence_ends_close_a_paragraph():
    layout = split_blocks(WRAPPED)
    assert layout.wrapped_blocks == 1
    assert len(layout.paragraphs) == 2
    assert layout.paragraphs[0].startswith("The ferry service") and layout.paragraphs[0].endswith("terminals.")
    assert "kept the boats" in layout.paragraphs[0]
    assert "hard-wrapped" in layout.note


def test_a_line_broken_mid_sentence_reads_on():
    assert split_blocks("The ferry ran\nlate again today.\nNobody was hurt.").paragraphs == [
        "The ferry ran late again today.", "Nobody was hurt."]


@pytest.mark.parametrize("line,kind", [
    ("Internal memo: guards skipped the night rounds", "teaser"),
    ("3. The missing logbooks", "heading"),
    ('"We were never told"', "heading"),
    ("Harbour reopens after storm", "heading"),
    ("___", "rule"),
    ("* * *", "rule"),
    ("Contributing: Lena Ortiz", "credit"),
    ("Omar Reyes contributed reporting from Dover.", "credit"),
    ("Follow Lena Ortiz on Twitter: @lenaortiz", "social"),
    ("Twitter: @lenaortiz.", "social"),
    ("On Instagram: @lenaortiz and @dailytide", "social"),
    ("Read more: Ferry strike ends after two weeks", "read_more"),
    ("Video: Waves batter the harbour wall", "video"),
    ("Photo: A ferry leaves the harbour on Monday.", "caption"),
    ("A ferry leaves the harbour on Monday. (Photo: Lena Ortiz/Daily Tide)", "caption"),
    ("Updated 5:32 PM ET, Tue November 12, 2019", "timestamp"),
    ("Published: 12/11/2019 08:00", "timestamp"),
    ("Posted on Nov. 3, 2019 at 5:00 p.m.", "timestamp"),
    ("Copyright 2019 Daily Tide. All rights reserved.", "copyright"),
    ("© 2019 Harbour Media Group", "copyright"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
    ("Editor's note: This story has been updated to include comment from the ferry company.", "note"),
    ("Correction: An earlier version of this story misstated the length of the strike.", "note"),
    ("This article has been updated with comments from the union.", "note"),
    ("An earlier version of this story misspelled Lena Ortiz's name.", "note"),
    ("Email Lena Ortiz at lortiz@dailytide.example", "credit"),
    ("This article originally appeared on Harbour Weekly.", "note"),
    ("This story was produced in partnership with the Coast Desk.", "note"),
    ("Click here to read more.", "prompt"),
    ("Please enable JavaScript to view the comments.", "prompt"),
    ("Loading...", "prompt"),
    ("We use cookies to improve your experience.", "prompt"),
    ("Get the latest ferry news delivered to your inbox.", "prompt"),
    ("Want more stories like this? Sign up here.", "prompt"),
    # what real pages carry around a story (unseen-news check, session 11)
    ("Posted at 9:14 AM, Mar 3, 2021 and last updated 2021-03-03 10:02:11-05", "timestamp"),
    ("This week, save 60% on digital access.", "prompt"),
    ("How to submit a letter: The Harbour Weekly accepts letters of up to 300 words.", "prompt"),
    ("- Ferry fares to rise in spring - March 2, 2021", "read_more"),
    ("• Council approves the harbour budget – 12 May 2020", "read_more"),
    ("Share:", "social"),
    ("Share this article", "social"),
    ("3 comments:", "comments"),
    ("No comments:", "comments"),
    ("Post a Comment", "comments"),
    ("Leave a reply", "comments"),
    ("Be the first to comment", "comments"),
    ("Please enter your comment!", "comments"),
    # session 13, shapes of unseen real pages (invented lines)
    ("Advertisement", "advert"),
    ("ADVERTISEMENT", "advert"),
    ("Story continues below advertisement", "advert"),
    ("Scroll to continue with content", "advert"),
    ("Skip to main content", "prompt"),
    ("hide caption", "prompt"),
    ("toggle caption", "prompt"),
    ("Load More", "prompt"),
    ("Continue reading >", "prompt"),
    ("Jump to comments ↓", "comments"),
    ("No comments yet! Be the first.", "comments"),
    ("Comments are closed.", "comments"),
    ("Commenting is no longer permitted on this story.", "comments"),
    ("Share your thoughts with the community.", "comments"),
    ("BE PART OF THE CONVERSATION", "comments"),
    ("This is a developing story. Check back for updates.", "note"),
    ("This story will be updated.", "note"),
    ("Read the full ruling here.", "prompt"),
    ("Watch the ferry video below:", "prompt"),
    ("If you have a tip about the harbour, please send it here.", "prompt"),
    ("Got a tip? Email us at tips@dailytide.example.", "prompt"),
    ("- Harbour Wire - Sunday, March 1, 2020", "credit"),
    ("Lena Ortiz | March 4, 2021", "credit"),
    ("This article was created by AI from the meeting's video. Please report errors.", "note"),
    ("This story was translated from Spanish by Lena Ortiz.", "note"),
    ("Lena Ortiz/AP", "caption"),
    ("REUTERS/Lena Ortiz", "caption"),
    ("(Lena Ortiz/AFP via Getty Images)", "caption"),
])
def test_structure_lines(line, kind):
    assert structure_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The ferry service resumed on Monday.",
    "Here are the changes:",  # a lead-in, not a heading
    '"We were never told," said Rosa Lind.',
    "Is the harbour safe? Officials say it is.",
    "Updated figures were published on Monday.",
    "Published in 2019, the study found 12 cases.",
    "The report may not be published until after the vote, officials said.",
    "The recordings may not be published or distributed, the judge ruled.",
    "Update: Police said the ferry's captain was arrested.",  # a live update is news
    "Correctional officers said the jail was full.",
    "The union emailed members at 6 a.m. to call off the strike.",
    "Loading of the ferries resumed on Monday.",
    "Click-through rates rose 5 percent, the company said.",
    "Manage expectations, the captain told her crew.",
    '"Check your inbox," the union told members.',  # a quote is never the page's prompt
    "This report was published by the port authority in May.",  # the story's document, not the story
    "Share prices rose 5 percent on Monday.",
    "Comments from residents were mixed, the mayor said.",
    "No comment, the harbour master told reporters.",
    "Shoppers can save 30% on subscriptions this week, the retailer said.",
    "Posted guards kept the pier closed until 10 p.m.",
    "- the fares rise in spring, officials said",
    # an embedded post's text and signature: the author's words, though shaped like a teaser
    "Ferry strike is over. Back to work Monday! — Lena Ortiz (@lenaortiz) November 12, 2019",
    "You could see the smoke from here, a neighbour said.",  # "from here" is a place, not a link
    '"Read the ruling here," the judge told the clerk.',
    "Pause.",  # one word with a stop may be the story's
    "Show trials resumed in the capital.",  # a control's word, then the story's
    "Anyone with information can call police at 555-0100.",
    "Sponsors of the bill said it would pass.",
    "Fares rose 5%/year, the ferry company said.",
    "This report was compiled by the port authority in May.",  # the story's document, not the story
])
def test_article_lines_are_not_structure(line):
    assert structure_kind(line) is None


def test_structure_is_kept_in_the_report_and_out_of_the_paragraphs():
    text = "\n".join([LINES[0], "Refunds promised", LINES[1], "___", LINES[2], "Contributing: Lena Ortiz"])
    document = from_text(text, path="a.txt")
    assert document.paragraphs == LINES
    assert [(s.kind, s.text, s.before_paragraph) for s in document.meta.structure] == [
        ("heading", "Refunds promised", 2), ("rule", "___", 3), ("credit", "Contributing: Lena Ortiz", 4)]


def test_a_note_on_the_writer_is_a_credit_only_at_the_end():
    bio = "Lena Ortiz is a reporter for the Daily Tide covering transport."
    document = from_text("\n\n".join([LINES[0], bio, LINES[1], bio, "Sign up for our newsletter"]), path="a.txt")
    # mid-story it is a sentence of the story (a reporter can be news); closing it, with only structure
    # after, it is about the byline
    assert document.paragraphs == [LINES[0], bio, LINES[1]]
    assert [s.kind for s in document.meta.structure] == ["credit", "prompt"]


def test_readers_comments_are_structure_to_the_end_of_the_page():
    comments = ["2 comments:", "The ferry was late again this morning, nobody told us anything!",
                "Tickets cost $40 now. Shameful.", "Post a Comment"]
    document = from_text("\n\n".join(LINES + comments), path="a.txt")
    # what readers wrote under the story is no claim of the story's, numbers and all
    assert document.paragraphs == LINES
    assert [s.kind for s in document.meta.structure] == ["comments"] * 4


def test_a_comments_line_opening_the_text_is_no_comment_section():
    document = from_text("\n\n".join(["No comments:", *LINES]), path="a.txt")
    assert document.paragraphs[-3:] == LINES  # the story after it stays the story's


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("signature", [
    "— Lena Ortiz (@lenaortiz) November 12, 2019",
    "- Lena Ortiz (@lenaortiz) Nov. 12, 2019",
    "A post shared by Lena Ortiz (@lenaortiz) on Nov 12, 2019 at 5:03pm PST",
])
def test_an_embedded_posts_signature_joins_its_text(gap, signature):
    post = "Ferry strike is over. Back to work Monday! #harbour"
    document = from_text("\n\n".join([LINES[0], post + gap + signature, LINES[1]]), path="a.txt")
    assert document.paragraphs == [LINES[0], post + " " + signature, LINES[1]]
    assert document.meta.structure == []


_WORDS = st.text(alphabet=string.ascii_letters + "'’\"“”.,:;!?_-*()@ ", min_size=0, max_size=40)
_LINE = st.one_of(_WORDS, st.sampled_from(LINES + ["", "   ", "___", "Contributing: Lena Ortiz", "Refunds promised",
                                                   "19:37 Ferries resume", "The count is slow. 11:11 PM: Lee leads."]))


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=12), st.lists(st.sampled_from(["\n", "\n\n", "\n \n", "\r\n"]),
                                                          min_size=12, max_size=12))
def test_segmentation_keeps_every_character_in_exactly_one_piece(lines, breaks):
    text = "".join(line + brk for line, brk in zip(lines, breaks)).replace("\r", "")
    layout = segment(text)
    assert all(piece.text for piece in layout.pieces)
    assert all(piece.kind == "paragraph" or piece.kind == structure_kind(piece.text)
               or piece.kind == "credit" and is_writer_bio(piece.text) for piece in layout.pieces)
    # the pieces, in order, hold exactly the input's characters (whitespace aside)
    assert "".join("".join(p.text.split()) for p in layout.pieces) == "".join(text.split())


def test_an_advert_dropped_into_a_sentence_is_taken_out_and_the_sentence_joined():
    for gap in ("\n", "\n\n"):
        text = "Ferries Return\n\n" + gap.join(["The council voted on Monday to", "Advertisement",
                                                 "approve the harbour budget.", LINES[1]])
        document = from_text(text, path="a.txt")
        assert document.paragraphs == ["The council voted on Monday to approve the harbour budget.", LINES[1]]
        assert [(s.kind, s.text, s.before_paragraph) for s in document.meta.structure] == [
            ("advert", "Advertisement", 2)]


def test_an_advert_between_whole_sentences_stays_where_it_stood():
    document = from_text("\n".join([LINES[0], "Advertisement", LINES[1]]), path="a.txt")
    assert document.paragraphs == LINES[:2]
    assert [(s.kind, s.before_paragraph) for s in document.meta.structure] == [("advert", 2)]


@pytest.mark.parametrize("deck,kind", [("Crossings to run hourly from Monday", "heading"),
                                       ("Skip to main content", "prompt")])
def test_a_heading_under_a_title_is_a_deck_not_a_paragraph(deck, kind):
    document = from_text("Ferries Return\n\n" + deck + "\n\n" + "\n\n".join(LINES), path="a.txt")
    assert document.meta.title == "Ferries Return"
    assert document.paragraphs == LINES
    assert [(s.kind, s.text) for s in document.meta.structure] == [(kind, deck)]


def test_page_furniture_before_the_title_is_no_title():
    document = from_text("Skip to main content\n\nFerries Return\n\n" + "\n\n".join(LINES), path="a.txt")
    assert document.meta.title == "Ferries Return"
    assert [(s.kind, s.text) for s in document.meta.structure] == [("prompt", "Skip to main content")]
    assert document.paragraphs == LINES


@pytest.mark.parametrize("line", ["Lena Ortiz can be reached at lortiz@dailytide.example. Follow her @lenaortiz.",
                                  "@lenaortiz Lena Ortiz is co-editor of Harbour Weekly."])
def test_how_to_reach_the_writer_closing_the_story_is_a_credit(line):
    document = from_text("\n\n".join(LINES + [line]), path="a.txt")
    assert document.paragraphs == LINES
    assert [s.kind for s in document.meta.structure] == ["credit"]


@pytest.mark.parametrize("line", [", by Lena Ortiz", "by Lena Ortiz"])
def test_a_byline_left_with_its_separator_or_in_lower_case_is_the_byline(line):
    document = from_text("\n\n".join([line] + LINES), path="a.txt")
    assert document.meta.byline == "by Lena Ortiz"
    assert document.paragraphs == LINES


def test_an_agencys_file_photo_label_is_no_dateline():
    document = from_text("FILE - A ferry leaves the harbour in 2015. (AP Photo/Lena Ortiz)\n\n" + "\n\n".join(LINES),
                         path="a.txt")
    assert document.meta.dateline is None
    assert document.paragraphs == LINES


_PAGE_LINES = LINES + ["Advertisement", "Skip to main content", "hide caption", "The council voted on Monday to",
                       "approve the harbour budget.", "By Lena Ortiz", "Ferries Return", "Read the full ruling here.",
                       "This story will be updated.", "WASHINGTON (AP) — The ferry resumed.", "2 comments:",
                       "19:37 Ferries resume", "10:03 PM:", "The count is slow. 11:11 PM: Lee leads.",
                       "Thank you for reading!", "9:52PMLee said so."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.sampled_from(_PAGE_LINES)), min_size=1, max_size=12),
       st.lists(st.sampled_from(["\n", "\n\n"]), min_size=12, max_size=12))
def test_ingest_never_drops_text(lines, breaks):
    """Every non-blank character of the input is in a paragraph, a structure line, or the title, byline,
    dateline or date lifted into the metadata (a dateline's dash and a byline's brackets and separators are
    the only marks that may go)."""
    from collections import Counter

    from claimcheck.errors import InputError
    text = "".join(line + brk for line, brk in zip(lines, breaks))
    try:
        document = from_text(text, path="a.txt")
    except InputError:
        return  # nothing to analyse: refused, not dropped
    meta = document.meta
    kept = Counter("".join(document.paragraphs + [s.text for s in meta.structure]
                           + [meta.title or "", meta.byline or "", meta.dateline or ""]).replace(" ", ""))
    given_chars = Counter("".join(text.split()))
    missing = given_chars - kept
    if missing and meta.date:
        missing -= Counter(meta.date + "0123456789JanFebMarAprMayJunJulAugSepOctNovDec.,")
    assert set(missing) <= set("—–-_()(,;|·•:") | (set("APU") if meta.dateline else set()), (text, missing)


@pytest.mark.parametrize("marker", ["Lena Ortiz/AP", "hide caption"])
def test_the_line_a_photo_credit_or_caption_button_follows_is_a_caption(marker):
    caption = "The mayor speaks at the harbour on Tuesday."
    document = from_text("\n".join([LINES[0], caption, marker, LINES[1]]), path="a.txt")
    assert document.paragraphs == [LINES[0], LINES[1]]
    assert [s.kind for s in document.meta.structure] == ["caption", "caption" if "/" in marker else "prompt"]


def test_a_quote_before_a_photo_credit_is_no_caption():
    quote = '"The harbour is safe," the mayor said.'
    document = from_text("\n".join([LINES[0], quote, "Lena Ortiz/AP", LINES[1]]), path="a.txt")
    assert document.paragraphs == [LINES[0], quote, LINES[1]]
