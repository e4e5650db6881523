from __future__ import annotations

import pytest

from .conftest import findings, texts_of


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        ("सहयोग प्रमुख प्रमुख स्तंभ की पुष्टि", "प्रमुख प्रमुख"),
        ("He said the the talks went well.", "the the"),
        ("India and and Vietnam", "and and"),
    ],
)
def test_repeated_word_is_a_warning(rules, text, repeated):
    found = findings(rules, text, "repetition")
    assert texts_of(found) == [repeated]
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    "text",
    ["धीरे धीरे आगे बढ़ें", "अलग-अलग देशों", "He had had enough.", "very, very good",
     "the 10 10 rule", "the end\nend of it", "Boutros Boutros-Ghali spoke", "समय समय पर"],
)
def test_intended_doubles_are_clean(rules, text):
    assert findings(rules, text, "repetition") == []
