"""Drive a headless Chromium to look at rendered reports: the browser tests and the README screenshot.

Uses the distribution's ``chromium`` and ``chromium-driver`` packages through
selenium (in the ``test`` extra), with explicit binary paths so selenium never
tries to download a driver. The flags keep the browser offline and stateless:
no sandbox (CI runs as root), no GPU, no background traffic, a fresh profile.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


@dataclass(frozen=True)
class Binaries:
    browser: str
    driver: str


def find_binaries() -> Optional[Binaries]:
    """Chromium and its driver on PATH, or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return Binaries(browser, driver) if browser and driver else None


@contextmanager
def headless_chromium(binaries: Binaries, width: int = 1400, height: int = 1000) -> Iterator["WebDriver"]:  # noqa: F821
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="claimcheck-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = binaries.browser
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument(f"--window-size={width},{height}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(executable_path=binaries.driver))
        try:
            yield driver
        finally:
            driver.quit()


def console_errors(driver) -> list[str]:
    """Console messages at error level since the last call (the log drains as it is read)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
