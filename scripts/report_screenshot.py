"""Render the seed article's HTML report and save the README's screenshot of it (docs/report.png).

The shot hovers the later "Knights" mention, so it shows the roster entry the
tooltip resolves it to. Needs Debian's chromium + chromium-driver and the
test extra (selenium):

    python scripts/report_screenshot.py [--out docs/report.png]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import claimcheck
from claimcheck.render.chromium import find_binaries, headless_chromium
from claimcheck.render.html import render

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=str(ROOT / "seeds" / "article.txt"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "report.png"))
    parser.add_argument("--hover", default="Knights", help="hover the shortest mention of the source with this name")
    args = parser.parse_args()

    binaries = find_binaries()
    if binaries is None:
        print("report_screenshot: chromium and chromedriver are not on PATH", file=sys.stderr)
        return 1
    report = claimcheck.analyse(Path(args.article))
    source = next((s for s in report.sources if args.hover in s.name), None)

    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    with tempfile.TemporaryDirectory() as tmp, headless_chromium(binaries, width=1400, height=1000) as driver:
        page = Path(tmp) / "report.html"
        page.write_text(render(report), encoding="utf-8")
        driver.get(page.as_uri())
        if source and source.mentions:
            mention = min(source.mentions, key=lambda m: len(m.text))
            mark = driver.find_element(By.ID, f"attr-{mention.attribution_id}")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); window.scrollBy(0, 180);", mark)
            ActionChains(driver).move_to_element(mark).perform()
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(args.out)
    print(f"report_screenshot: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
