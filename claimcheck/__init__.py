"""claimcheck: read a news article and show, claim by claim, who says so and how firmly."""

__version__ = "0.1.0"
