import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.article.sentences import split_sentences


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


SPLITS = [
    ("titles and initials", "Lt. Gen. Robert P. White wrote the memo. He sent it.",
     ["Lt. Gen. Robert P. White wrote the memo.", "He sent it."]),
    ("courtesy titles", "Mr. and Mrs. Smith arrived. Dr. Jones left.", ["Mr. and Mrs. Smith arrived.", "Dr. Jones left."]),
    ("a district's title", "She called Dist. Atty. Ana Ruiz at noon. Ruiz left.",
     ["She called Dist. Atty. Ana Ruiz at noon.", "Ruiz left."]),
    ("acronym reads on", "U.S. officials said so. The talks ended.", ["U.S. officials said so.", "The talks ended."]),
    ("acronym ends a sentence", "Troops left the U.S. The talks ended.", ["Troops left the U.S.", "The talks ended."]),
    ("suffix reads on", "Kenneth F. McKenzie Jr. said so. Others agreed.",
     ["Kenneth F. McKenzie Jr. said so.", "Others agreed."]),
    ("suffix before a comma", "Gen. Kenneth F. McKenzie Jr., the head, spoke.", ["Gen. Kenneth F. McKenzie Jr., the head, spoke."]),
    ("number abbreviation", "It was No. 5 on the list. Then it fell.", ["It was No. 5 on the list.", "Then it fell."]),
    ("a road's number", "One man died on Rt. 85 near Salem. Hwy. 9 was shut.",
     ["One man died on Rt. 85 near Salem.", "Hwy. 9 was shut."]),
    ("times of day", "The vote began at 10 a.m. Tuesday. It ended at 5 p.m. The count followed.",
     ["The vote began at 10 a.m. Tuesday.", "It ended at 5 p.m.", "The count followed."]),
    ("month and decimal", "On Jan. 5 the law passed. Prices rose 3.5 percent in 2019. In 2020 they fell.",
     ["On Jan. 5 the law passed.", "Prices rose 3.5 percent in 2019.", "In 2020 they fell."]),
    ("quote then said", '"We will win," she said. He disagreed.', ['"We will win," she said.', "He disagreed."]),
    ("quote ends sentence", '"We will win." He disagreed.', ['"We will win."', "He disagreed."]),
    ("curly quote ends sentence", "“We will win.” He disagreed.", ["“We will win.”", "He disagreed."]),
    ("question inside quote", "“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]),
    ("initials of a name", "J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
    ("damaged break is not split", "It was the mission. there: training troops.", ["It was the mission. there: training troops."]),
    ("e.g. reads on", "Some groups, e.g. the militia, attacked. Others waited.",
     ["Some groups, e.g. the militia, attacked.", "Others waited."]),
    ("ellipsis", "He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("spaced ellipsis", "The window . . . is closing. It is.", ["The window . . . is closing.", "It is."]),
    ("exclamation and question", "What now? Nobody knows! Really.", ["What now?", "Nobody knows!", "Really."]),
    ("parenthesised sentence", "(The vote was close.) It passed.", ["(The vote was close.)", "It passed."]),
    ("next sentence opens with a quote", 'He left. "It is over," he said.', ["He left.", '"It is over," he said.']),
    ("state abbreviation", "The Portland, Ore. council voted. It was ill. Doctors came.",
     ["The Portland, Ore. council voted.", "It was ill.", "Doctors came."]),
    ("saint and street", "They met in St. Louis on Main St. The talks ended.",
     ["They met in St. Louis on Main St.", "The talks ended."]),
    # a clock time before a capitalised word that is no day, month or zone, and a street's abbreviation after its
    # name after a preposition or a house number, end a sentence
    ("a clock time before a name", "The fire began at 3 a.m. Officials said it spread. Ruiz left at 9 p.m. EST.",
     ["The fire began at 3 a.m.", "Officials said it spread.", "Ruiz left at 9 p.m. EST."]),
    ("a street before a name", "The crash was on Elm St. Police said two cars collided.",
     ["The crash was on Elm St.", "Police said two cars collided."]),
    ("a house number's avenue", "It was at 1200 Harbor Ave. Officers came.", ["It was at 1200 Harbor Ave.", "Officers came."]),
    ("a quadrant reads on", "It is at 1600 Harbor Ave. NW in the city.", ["It is at 1600 Harbor Ave. NW in the city."]),
    ("a saint's name reads on", "Jo St. Martin and the SS St. Louis left Port St. Lucie at dawn.",
     ["Jo St. Martin and the SS St. Louis left Port St. Lucie at dawn."]),
    ("a saint's hospital reads on", "Police arrived at St. Mary's at 9 a.m. Ruiz said the man was hurt.",
     ["Police arrived at St. Mary's at 9 a.m.", "Ruiz said the man was hurt."]),
    ("company abbreviation", "Acme Inc. said profits rose. The shares fell.", ["Acme Inc. said profits rose.", "The shares fell."]),
    ("no final punctuation", "He left. Then nothing", ["He left.", "Then nothing"]),
    ("outer whitespace", "  He left.   She stayed.  ", ["He left.", "She stayed."]),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in SPLITS], ids=[name for name, _, _ in SPLITS])
def test_splits_where_a_reader_would(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_blank_text_has_no_sentences(text):
    assert split_sentences(text) == []


PROSE = st.text(alphabet=st.sampled_from(list("abcXYZ .!?\"'“”’(),;:0123456789-\n…")), max_size=200)


@given(st.one_of(PROSE, st.text(max_size=200)))
def test_spans_are_verbatim_ordered_and_cover_every_non_space_character(text):
    spans = split_sentences(text)
    covered = 0
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        covered += sum(1 for c in piece if not c.isspace())
        previous_end = end
    assert covered == sum(1 for c in text if not c.isspace())


def test_an_embedded_posts_signature_is_a_sentence_of_its_own():
    text = "Back to work Monday! #harbour — Lena Ortiz (@lenaortiz) November 12, 2019"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Back to work Monday!", "#harbour", "— Lena Ortiz (@lenaortiz) November 12, 2019"]
