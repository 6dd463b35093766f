"""Reading a PDF's pages: the parsers (lean and pdfminer's), passwords, damaged
streams, form fields."""
