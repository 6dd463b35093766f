"""Scanned pages: OCR (OCRmyPDF and Tesseract), levelling, rulings and fills seen in
the image."""
