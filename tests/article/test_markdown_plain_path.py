"""Markdown with no markup beyond a first-line heading skips markdown-it (a
quarter of a millisecond per paragraph); what it reads must be exactly what
markdown-it reads, for any text the shortcut accepts."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.article import markup

PIECES = ["# ", "## ", "#", "  ", "\n", "\n\n", "\n \n", "word", "Said", ".", ",", "-", "- ", "1. ", "1)", "2016.",
          "=", "+", ">", "    ", "\t", "*", "_", "[a](b)", "&amp;", "&", "amp", ";", "&#39;", "AT&T", "<b>", "|",
          "~~", "\\", "'", '"', "“", "é", " # ", "###", "x #", "---", "[", "]", "[sic]", "(", ")", "]:", "[a]: b",
          "[b]", "[]", "!", " /url", "--x", "-x", "+x", "=x", "-=x", "-- x", "a_b", "__", "x__y", "_x", "é_1", "3_",
          "___", "___.", "_ _ _", " _", "_.", "©_", "word_", "\n___\n", "   ___"]


def _through_markdown_it(text, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(markup, "_plain_markdown", lambda _text: None)
        return markup.markdown_body(text)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_the_shortcut_reads_what_markdown_it_reads(monkeypatch, parts):
    text = "".join(parts)
    if markup._plain_markdown(text) is None:
        return
    fast, slow = markup.markdown_body(text), _through_markdown_it(text, monkeypatch)
    assert (fast.text, fast.title, fast.warnings) == (slow.text, slow.title, slow.warnings)


def test_plain_news_markdown_takes_the_shortcut_and_markup_does_not():
    article = "# Ferry service cut\n\nThe mayor said the ferry\nwould stop.\n\nAT&T said [sic] nothing.\n"
    # a paragraph's lines are kept for the layout to join or keep apart (session 18)
    assert markup._plain_markdown(article) == ("Ferry service cut", ["The mayor said the ferry\nwould stop.",
                                                                      "AT&T said [sic] nothing."])
    for marked in ("The *mayor* said so.", "- a list\n- of two", "> a quote", "[a link](https://x.example)",
                   "Title\n=====", "    code", "Fish &amp; chips", "[a]: https://x.example\n\nSee [a].",
                   "[a] [b](c)", "_emphasis_", "a\n- b", "a\n---", "Fred__ and _Ann", "x\n+ y", "a\n\n___\n\nb",
                   "# _a_", "a _b\nc_ d"):
        assert markup._plain_markdown(marked) is None, marked


def test_one_run_of_underscores_in_a_block_is_text():
    # emphasis needs an opener and a closer in one block: a live blog's "___." separator is text
    article = "# The latest\n\nThe mayor spoke.\n\n___.\n\nThe council voted, 5_000 to 3.\n"
    assert markup._plain_markdown(article) == ("The latest", ["The mayor spoke.", "___.",
                                                              "The council voted, 5_000 to 3."])


# --- a block's spaces made single without a split and join when it is one-spaced already ----------------------

@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "  ", "\t", "\u00a0", "\u2028", "\u3000", "\x85", "é", ".", "\v"]),
                max_size=12).map("".join))
def test_one_spaced_is_the_split_and_join(block):
    from claimcheck.article.markup import _one_spaced

    assert _one_spaced(block) == " ".join(block.split())
