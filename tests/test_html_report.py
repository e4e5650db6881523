"""The HTML report, opened in a real headless browser (Debian's chromium,
driven by selenium): it loads without console errors, the highlights sit on
the findings' words (Hindi included), article text runs nothing, the filters
work, and the run saves a screenshot in test-artifacts/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
HOSTILE = ("date 2021-07-01 Defence Minister Narendra Modi <script>window.pwned = 1</script> "
           'visited <img src=x onerror="window.pwned = 2"> Hanoi. He met the the press '
           "</textarea></div><b onmouseover=alert(1)>x</b>.\n")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("no browser: install Debian's chromium and chromium-driver (.ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1600",
                     "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver_path),
                              options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def report_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    (folder / '<img src=y onerror="window.pwned=3">.txt').write_text(HOSTILE, encoding="utf-8")
    page, data = folder / "report.html", folder / "report.json"
    main(["check", str(folder), "--format", "html", "--output", str(page),
          "--format", "json", "--output", str(data)])
    return page, json.loads(data.read_text(encoding="utf-8"))["findings"]


def test_the_page_loads_runs_no_article_text_and_marks_every_finding(browser, report_page):
    page, findings = report_page
    browser.get(page.as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "html-report.png"))
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('script').length") == 1
    assert browser.execute_script("return document.querySelectorAll('img, b[onmouseover]').length") == 0
    assert browser.title == "factcheck report"
    marked = browser.execute_script("""
        var out = [];
        document.querySelectorAll('.card').forEach(function (card) {
          var id = card.dataset.finding, text = '';
          card.closest('section').querySelectorAll('.text mark').forEach(function (mark) {
            if (mark.dataset.findings.split(' ').indexOf(id) >= 0) { text += mark.textContent; }
          });
          out.push(text);
        });
        return out;""")
    assert marked == [f["text"] for f in findings]
    assert "प्रमुख प्रमुख" in marked and "Narendra Modi" in marked
    rects = browser.execute_script("""
        var mark = document.querySelector('mark[data-first]');
        var r = mark.getBoundingClientRect();
        return [r.width, r.height];""")
    assert rects[0] > 0 and rects[1] > 0


def test_filters_hide_cards_and_their_highlights(browser, report_page):
    page, findings = report_page
    browser.get(page.as_uri())
    warnings = sum(1 for f in findings if f["severity"] == "warning")
    assert warnings > 0
    browser.find_element("css selector", ".filters input[name=severity][value=warning]").click()
    hidden = browser.execute_script("return document.querySelectorAll('.card.hidden').length")
    assert hidden == warnings
    assert browser.execute_script("""
        return Array.from(document.querySelectorAll('mark.off')).every(function (mark) {
          return mark.classList.contains('warning'); })""")
    browser.find_element("css selector", ".filters input[name=rule][value=office-holder]").click()
    shown = browser.execute_script(
        "return Array.from(document.querySelectorAll('.card:not(.hidden)')).map(c => c.dataset.rule)")
    assert "office-holder" not in shown and "warning" not in shown
