"""Whether the OCR tools are installed, and what to install when they are not."""

from __future__ import annotations

import functools
import importlib.util
import shutil
import subprocess

INSTALL_HINT = (
    "install the OCR tools: apt-get install tesseract-ocr tesseract-ocr-eng ghostscript, "
    "and pip install 'actionplan[ocr]'"
)
PYTHON_PACKAGES = {"ocrmypdf": "ocrmypdf", "cv2": "opencv-python-headless"}
"""The [ocr] extra: module -> the package that provides it (pikepdf, which OCR uses too, is a
core dependency)."""


@functools.cache
def missing_tools() -> tuple[str, ...]:
    """Names of the packages OCR needs that this machine lacks (empty when OCR can run)."""
    missing = [
        f"{package} (PyPI)"
        for module, package in PYTHON_PACKAGES.items()
        if importlib.util.find_spec(module) is None
    ]
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        missing.append("tesseract-ocr")
    elif "eng" not in tesseract_languages(tesseract):
        missing.append("tesseract-ocr-eng")
    if shutil.which("gs") is None:
        missing.append("ghostscript")
    return tuple(missing)


def tesseract_languages(tesseract: str) -> set[str]:
    """The languages tesseract has trained data for."""
    try:
        done = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in done.stdout.splitlines()[1:] if line.strip()}


def unavailable_reason() -> str | None:
    """One line saying what to install, or None when the OCR tools are all here."""
    missing = missing_tools()
    if not missing:
        return None
    return f"OCR tools missing ({', '.join(missing)}): {INSTALL_HINT}"
