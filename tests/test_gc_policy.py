"""Garbage collection is tuned only in processes claimcheck owns (claimcheck.gc_policy): the library leaves a
caller's collector as it was."""

import gc

from claimcheck import analyse
from claimcheck.gc_policy import ANALYSIS_GEN0_THRESHOLD, tune_for_analysis

TEXT = "The mayor said the ferry would stop in May.\n\nCouncil members, who asked not to be named, said it would not.\n"


def test_the_library_leaves_the_callers_collector_alone():
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    report = analyse(TEXT)
    assert report.paragraphs and gc.isenabled()
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)


def test_tuning_freezes_what_is_loaded_and_collects_less_often_but_still_collects():
    threshold = gc.get_threshold()
    try:
        tune_for_analysis()
        assert gc.isenabled()
        assert gc.get_threshold() == (ANALYSIS_GEN0_THRESHOLD, *threshold[1:])
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
