"""The calendar's words as news writes them, whole and abbreviated: one list of months and weekdays, which ingest
(a dateline's date, a page's clock, a sentence's end after a time) and the rules engine (``lexicon``) read."""

from __future__ import annotations

from typing import Final

# Each month's forms in lower case, abbreviations first and the whole name last, in the calendar's order.
MONTHS: Final = (
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"),
)
# Each weekday's forms, the same way.
WEEKDAYS: Final = (
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"), ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday"),
)
MONTH_WORDS: Final = frozenset(form for forms in MONTHS for form in forms)
WEEKDAY_WORDS: Final = frozenset(form for forms in WEEKDAYS for form in forms)
WHOLE_WEEKDAYS: Final = frozenset(forms[-1] for forms in WEEKDAYS)
