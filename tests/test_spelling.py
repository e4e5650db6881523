from __future__ import annotations

import pytest

from .conftest import findings, texts_of

DATELINE = "date 2021-07-01 "


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ("Defence Minister Rajnat Singh spoke.", "Rajnat Singh", "Rajnath Singh"),
        ("It was Narendra Mody who spoke.", "Narendra Mody", "Narendra Modi"),
        ("He thanked Sr Lt Gen Phan Van Giangfor for inviting him.", "Giangfor", "Giang for"),
        ("PM Naren dra Modi spoke.", "Naren dra Modi", "Narendra Modi"),
        ("He met Nguyen Xuan Phucc in Hanoi.", "Nguyen Xuan Phucc", "Nguyen Xuan Phuc"),
    ],
)
def test_english_misspellings(rules, text, wrong, suggestion):
    found = findings(rules, DATELINE + text, "spelling")
    assert texts_of(found) == [wrong]
    assert found[0].suggestion == suggestion
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ('प्रधान मंत्री के "अत्मा निर्भार भारत" के दृष्टिकोण पर', "अत्मा निर्भार भारत", "आत्मनिर्भर भारत"),
        ("रक्षा मंत्री राजनथ सिंह ने कहा", "राजनथ सिंह", "राजनाथ सिंह"),
        ("उन्होंने राजनाथ सिंहने कहा", "सिंहने", "सिंह ने"),
    ],
)
def test_hindi_misspellings(rules, text, wrong, suggestion):
    found = findings(rules, text, "spelling")
    assert texts_of(found) == [wrong]
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Rajnath Singh met Sr Lt Gen Phan Van Giang and Phan Văn Giang.",
        "Nguyễn Xuân Phúc, Nguyen Xuan Phuc, Ngô Xuân Lịch and Ngo Xuan Lich met.",
        "PM Narendra Modi and PM Modi spoke of Atmanirbhar Bharat and the Indo-Pacific Oceans' Initiative.",
        "Both Defence Ministers and the Prime Ministers of India and Vietnam met the Vietnamese side.",
        "Mohan Singh and Manmohan Singh are different people.",
        "Anup Kumar Singh is not Arun Kumar Singh, and Mansukh Mandaviya is Mansukh L. Mandaviya.",
        "Nitin Gadakari and Thaawarchand Gehlot are transliteration variants.",
        "The Video Conferencing on Monday, in Indiana, with Indians and the Ministry of Defence.",
        "भारतीयों ने वीडियो कॉन्फ्रेंस के बाद और को वीडियो कॉन्फ्रेंसिंग की।",
        "The last word is a first name: Rajnath",
        "राजनाथ सिंह ने आत्मनिर्भर भारत और आत्म निर्भर भारत की बात की। वियतनाम के समाजवादी गणराज्य के मंत्री।",
        "उन्होंने आत्मनिर्भरता बढ़ाने पर जोर दिया। न्गो जुआन लिच और नरेंद्र मोदी ने बात की।",
    ],
)
def test_correct_names_are_not_flagged(rules, text):
    assert findings(rules, DATELINE + text, "spelling") == []
