"""actionplan: action-plan PDF tables as structured data.

    import actionplan
    doc = actionplan.read_pdf("plan.pdf")
    recs = doc.recommendations_df()

The API is imported on first use, so `import actionplan` stays light (the PDF readers load
only when a file is read).
"""

from __future__ import annotations

from importlib import import_module, metadata
from typing import TYPE_CHECKING, Any

try:
    __version__ = metadata.version("actionplan")
except metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from actionplan.errors import (
        ActionplanError,
        CorruptPdf,
        EncryptedPdf,
        NeedsOcr,
        NoPages,
        NotAPdf,
        OcrFailed,
        OutOfMemory,
        PdfNotFound,
    )
    from actionplan.extract.settings import ExtractSettings
    from actionplan.many import read_many
    from actionplan.normalise.models import Document
    from actionplan.reader import read_pdf

__all__ = [
    "ActionplanError",
    "CorruptPdf",
    "Document",
    "EncryptedPdf",
    "ExtractSettings",
    "NeedsOcr",
    "NoPages",
    "NotAPdf",
    "OcrFailed",
    "OutOfMemory",
    "PdfNotFound",
    "__version__",
    "read_many",
    "read_pdf",
]

# Public name -> the module that defines it (the errors' module unless said).
HOMES = {
    "read_pdf": "actionplan.reader",
    "read_many": "actionplan.many",
    "Document": "actionplan.normalise.models",
    "ExtractSettings": "actionplan.extract.settings",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use."""
    if name not in __all__:
        raise AttributeError(f"module 'actionplan' has no attribute {name!r}")
    value = getattr(import_module(HOMES.get(name, "actionplan.errors")), name)
    globals()[name] = value
    return value
