"""`actionplan inspect`: what was extracted from a PDF, drawn over its pages."""

from actionplan.inspect.page_images import inspect_pdf

__all__ = ["inspect_pdf"]
