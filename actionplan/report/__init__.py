"""`actionplan report`: what many converted plans say together, as one self-contained HTML page
with the CSV of every figure beside it.

records (the current version of every plan, one row per recommendation) -> tables (the
figures' data, pure pandas) -> charts (inline SVG) -> page (report.html) -> write (the folder).
"""
