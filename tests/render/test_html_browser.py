"""The HTML report in a real, headless Chromium: live DOM, hover, keyboard, print, and injected script."""

import base64
import json
from pathlib import Path

import pytest
from conftest import INJECTED_IMG, INJECTED_SCRIPT, build_report

import claimcheck
from claimcheck.render.chromium import console_errors, find_binaries, headless_chromium
from claimcheck.render.html import render, write_batch_index
from claimcheck.render.json import render as render_json

BINARIES = find_binaries()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(BINARIES is None, reason="no chromium + chromedriver on PATH (Debian: chromium chromium-driver)"),
]
selenium = pytest.importorskip("selenium")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "seeds" / "article.txt"
ARTICLE_TEXT_JS = """
const p = document.getElementById(arguments[0]).cloneNode(true);
p.querySelectorAll('.pnum, .p-error-note').forEach(n => n.remove());
return p.textContent;
"""


def analyse(path):
    return claimcheck.analyse(Path(path))


@pytest.fixture(scope="module")
def browser():
    with headless_chromium(BINARIES) as driver:
        yield driver


@pytest.fixture(scope="module")
def seed_report():
    return analyse(SEED)


@pytest.fixture(params=["fixture", "seed"])
def report(request):
    return build_report() if request.param == "fixture" else request.getfixturevalue("seed_report")


def load(browser, report, tmp_path):
    """Open the rendered report and return the console errors it raised while loading."""
    page = tmp_path / "report.html"
    page.write_text(render(report), encoding="utf-8")
    console_errors(browser)  # drain what an earlier page left
    browser.get(page.as_uri())
    return console_errors(browser)


def tooltip_text(browser) -> str:
    tip = browser.find_element(By.ID, "cc-tip")
    WebDriverWait(browser, 5).until(lambda _: tip.is_displayed())
    return tip.text


def knights(report):
    return next(s for s in report.sources if "Knights" in s.name)


def test_the_report_opens_with_no_console_errors(browser, report, tmp_path):
    assert load(browser, report, tmp_path) == []
    assert browser.find_elements(By.CSS_SELECTOR, "#article .mk")


def test_highlighted_attributions_equal_the_json_count(browser, report, tmp_path):
    load(browser, report, tmp_path)
    marked = browser.execute_script("""
        const ids = sel => [...document.querySelectorAll(sel)].flatMap(e => e.dataset.attrs.split(' '));
        return {sources: ids('#article .mk-source:not(.no-comment)'), asked: ids('#article .mk-source.no-comment')};
    """)
    data = json.loads(render_json(report))
    # The summary counts sources; "declined to comment" is counted apart, and is highlighted struck through.
    assert len(set(marked["sources"])) == data["summary"]["attributions"]
    assert len(set(marked["asked"])) == data["summary"]["no_comment"]
    listed = [a["id"] for p in data["paragraphs"] for a in p["attributions"]]
    assert sorted(set(marked["sources"]) | set(marked["asked"])) == sorted(listed)


def test_hovering_knights_shows_his_roster_entry_and_the_claim(browser, report, tmp_path):
    load(browser, report, tmp_path)
    source = knights(report)
    assert source.name.startswith("Michael Knights")
    shortest = min(source.mentions, key=lambda m: len(m.text))  # "Knights", resolved to the full entry
    mark = browser.find_element(By.ID, f"attr-{shortest.attribution_id}")
    ActionChains(browser).move_to_element(mark).perform()
    text = tooltip_text(browser)
    assert source.name in text
    assert source.description and source.description in text
    for mention in source.mentions:
        assert f"¶{mention.paragraph} “{mention.text}”" in text
    claims = [c for p in report.paragraphs for c in p.claims if shortest.attribution_id in c.attribution_ids]
    for claim in claims:
        assert f"{claim.score:.0f}/100" in text
        assert all(reason in text for reason in claim.reasons)


def test_the_page_works_from_the_keyboard(browser, report, tmp_path):
    load(browser, report, tmp_path)
    stops = []
    for _ in range(5):  # the skip link and the header's links come first
        ActionChains(browser).send_keys(Keys.TAB).perform()
        stops.append(browser.switch_to.active_element)
        if stops[-1].get_attribute("data-tip"):
            break
    assert stops[0].get_attribute("class") == "skip"
    assert stops[-1].get_attribute("data-tip"), "Tab reaches the article's marks"
    assert tooltip_text(browser)

    source = knights(report)
    first = browser.find_element(By.ID, f"attr-{source.mentions[0].attribution_id}")
    browser.execute_script("arguments[0].focus()", first)
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    selected = browser.execute_script(
        "return [...document.querySelectorAll('#article .mk-source.is-selected')]"
        ".flatMap(e => e.dataset.attrs.split(' '));")
    assert sorted(set(selected)) == sorted(m.attribution_id for m in source.mentions)
    assert first.get_attribute("aria-pressed") == "true"
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not browser.find_element(By.ID, "cc-tip").is_displayed()


def test_clicking_a_roster_name_highlights_every_mention(browser, report, tmp_path):
    load(browser, report, tmp_path)
    for source in report.sources:
        button = browser.find_element(By.CSS_SELECTOR, f'button.roster-name[data-select="s-{source.id}"]')
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        selected = browser.execute_script(
            "return [...document.querySelectorAll('#article .mk-source.is-selected')]"
            ".flatMap(e => e.dataset.attrs.split(' '));")
        assert sorted(set(selected)) == sorted({m.attribution_id for m in source.mentions}), source.name
        assert button.get_attribute("aria-pressed") == "true"
    button.click()
    assert not browser.find_elements(By.CSS_SELECTOR, ".is-selected")


INJECTED_ARTICLE = (
    "The council approved the budget on Monday, the mayor said.\n\n"
    f"Protesters posted {INJECTED_SCRIPT} and {INJECTED_IMG} online, two officials said.\n"
)


@pytest.mark.parametrize("origin", ["fixture", "pipeline"])
def test_injected_script_in_the_article_does_not_run(browser, tmp_path, origin):
    if origin == "fixture":
        injected = build_report()
    else:
        article = tmp_path / "injected.txt"
        article.write_text(INJECTED_ARTICLE, encoding="utf-8")
        injected = analyse(article)
    assert load(browser, injected, tmp_path) == []
    assert browser.execute_script("return window.__ccInjected") is None
    assert browser.find_elements(By.CSS_SELECTOR, "#article img, #article script") == []
    for paragraph in injected.paragraphs:
        assert browser.execute_script(ARTICLE_TEXT_JS, f"p{paragraph.index}") == paragraph.text
    assert any(INJECTED_SCRIPT in p.text for p in injected.paragraphs)


def test_the_report_prints_cleanly(browser, tmp_path):
    load(browser, build_report(), tmp_path)
    mark = browser.find_element(By.CSS_SELECTOR, "#article .mk-source")
    ActionChains(browser).move_to_element(mark).perform()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        layout = browser.execute_script("""return {
            tip: getComputedStyle(document.getElementById('cc-tip')).display,
            sidebar: getComputedStyle(document.querySelector('.sidebar')).position,
            claims: getComputedStyle(document.querySelector('.claims-table')).display,
        };""")
        assert layout == {"tip": "none", "sidebar": "static", "claims": "block"}
        pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"])
        assert pdf.startswith(b"%PDF")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_batch_index_opens_with_no_console_errors(browser, tmp_path):
    report = build_report()
    (tmp_path / "a.html").write_text(render(report), encoding="utf-8")
    rows = [{"path": "a.txt", "title": report.article.title, "date": report.article.date, "report_href": "a.html",
             "score": report.summary.score, "claims": report.summary.claims,
             "anonymous_only_share": report.summary.anonymous_only_share}]
    months = [{"month": report.article.date[:7], "articles": 1,
               "anonymous_only_share": report.summary.anonymous_only_share, "mean_score": report.summary.score}]
    index = write_batch_index(rows, tmp_path, months)
    console_errors(browser)
    browser.get(index.as_uri())
    assert console_errors(browser) == []
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    assert len(bars) == 2 and all(bar.size["height"] > 0 for bar in bars)
    browser.find_element(By.LINK_TEXT, report.article.title).click()
    assert browser.find_element(By.ID, "article").is_displayed()
    assert console_errors(browser) == []
