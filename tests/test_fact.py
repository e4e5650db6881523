from __future__ import annotations

import pytest

from .conftest import findings, texts_of

D = "date 2021-07-01 "


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        (D + "India and Vietnam became Comprehensive Strategic Partners in 2015.", "2015", "2016"),
        (D + "In 2017, India and Vietnam upgraded ties to a Comprehensive Strategic Partnership.",
         "2017", "2016"),
        (D + "the India-Vietnam Comprehensive Strategic Partnership (2018) matters.", "2018", "2016"),
        (D + "India and Vietnam became Strategic Partners in 2016.", "2016", "2007"),
        (D + "the Joint Vision Statement of 2016-20 on defence with Vietnam.", "2016-20", "2015-20"),
        ("भारत और वियतनाम ने 2015 में व्यापक रणनीतिक साझेदारी की।", "2015", "2016"),
        ("भारत और वियतनाम के बीच व्यापक रणनीतिक साझेदारी (2017) है।", "2017", "2016"),
    ],
)
def test_wrong_year_for_a_fact_is_an_error(rules, text, wrong, suggestion):
    found = findings(rules, text, "fact")
    assert texts_of(found) == [wrong]
    assert found[0].severity == "error"
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        D + "India and Vietnam became Comprehensive Strategic Partners in 2016.",
        D + "India and Vietnam became Strategic Partners in 2007 and Comprehensive Strategic "
            "Partners in 2016.",
        D + "the Joint Vision Statement of 2015-20 and the Joint Vision Statement of 2021-25 "
            "with Vietnam.",
        "भारत और वियतनाम ने 2016 में व्यापक रणनीतिक साझेदारी की। 2007 में रणनीतिक साझेदारी।",
        # Without Vietnam in the article, the India-Vietnam facts are not recognised.
        D + "India and Australia became Comprehensive Strategic Partners in 2020.",
    ],
)
def test_right_values_and_other_subjects_are_clean(rules, text):
    assert findings(rules, text, "fact") == []
