# Date ranges as readers write them (issue 14, item 6): `7–8 December 2021`.
from __future__ import annotations

import pytest

from generators.dates import display_range


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2021-12-07", "2021-12-08", "7–8 December 2021"),
        ("2021-11-30", "2021-12-02", "30 November – 2 December 2021"),
        ("2021-12-30", "2022-01-02", "30 December 2021 – 2 January 2022"),
        ("2022-02", "2022-03", "February–March 2022"),
        ("2021-12", "2022-01", "December 2021 – January 2022"),
        ("1969", "1972", "1969–1972"),
        ("2021-12-15", None, "15 December 2021"),
        ("2021-12-15", "2021-12-15", "15 December 2021"),
    ],
)
def test_ranges_name_what_they_share_once(start: str, end: str | None, expected: str) -> None:
    assert display_range(start, end) == expected
