"""Reading a PDF's pages: the parsers (PDFium's and pdfminer's), passwords, damaged
streams, form fields."""
