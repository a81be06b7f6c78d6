"""The genres claimcheck tells apart. A module of its own so the CLI can offer them without importing the schema.

News is scored as reporting; in the others the author's own assertions are the author's argument
(see :mod:`claimcheck.scoring.genre`).
"""

GENRES: tuple[str, ...] = ("news", "opinion", "editorial", "analysis", "column", "review")
