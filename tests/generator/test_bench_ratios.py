"""The bench's ratio estimators (generator/bench/_common.py): what each one reads from the samples."""

from __future__ import annotations

import pytest

from generator.bench._common import Summary, paired_ratio, summarise


def _min_over_min(value: Summary, floor: Summary) -> float:
    return round(value["min"] / floor["min"], 2)  # the estimator paired_ratio replaced


def test_paired_ratio_reads_each_round_so_drift_between_rounds_cancels() -> None:
    # The floor's least sample came from a quiet round, ours from busy ones: min over min reads a superset of
    # the floor as cheaper than the floor (what the cold-import row once showed); each round's ratio does not.
    floor = summarise([80.0, 120.0, 121.0, 119.0, 118.0])
    ours = summarise([95.0, 130.0, 131.0, 129.0, 128.0])
    assert _min_over_min(ours, floor) == pytest.approx(1.19)
    assert paired_ratio(ours, floor) == pytest.approx(1.08)
    busy_floor = summarise([100.0, 120.0, 121.0, 119.0, 118.0])
    assert _min_over_min(summarise([95.0, 130.0, 131.0, 129.0, 128.0]), busy_floor) < 1
    assert paired_ratio(summarise([95.0, 130.0, 131.0, 129.0, 128.0]), busy_floor) > 1


def test_paired_ratio_discards_one_disturbed_round() -> None:
    floor = summarise([100.0, 100.0, 100.0, 100.0, 100.0])
    assert paired_ratio(summarise([120.0, 120.0, 300.0, 120.0, 120.0]), floor) == pytest.approx(1.2)


def test_paired_ratio_needs_rounds_of_equal_length() -> None:
    with pytest.raises(ValueError):
        paired_ratio(summarise([1.0, 2.0]), summarise([1.0]))
