"""OCRmyPDF, imported without its change to pdfminer.

Importing OCRmyPDF patches pdfminer for the whole process (ocrmypdf.pdfinfo.layout): a simple
font with neither /Encoding nor /ToUnicode, as the standard 14 fonts of hand-written and older
PDFs are, gets no character map, so every later file read in that process loses that font's
text as "(cid:82)(cid:101)..." without an error. A batch reads one file per worker, but a
worker that OCRs a scan and the Python API that reads many files in one process would not.
Importing it through here puts pdfminer's own behaviour back; OCRmyPDF only uses the patch to
decide whether a page already has text, which is decided here before it is called.
"""

from __future__ import annotations

import ocrmypdf
from ocrmypdf.pdfinfo import layout
from pdfminer.pdffont import PDFSimpleFont

PDFSimpleFont.__init__ = layout.original_pdfsimplefont_init  # type: ignore[method-assign]

__all__ = ["ocrmypdf"]
