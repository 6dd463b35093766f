# Every target sets up .venv on first use, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench fuzz lint format samples clean

$(STAMP): pyproject.toml tools/system-packages.sh
	sh tools/system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,ocr]'
	touch $(STAMP)

run: $(STAMP)  ## convert samples/ into out/
	$(VENV)/bin/actionplan convert samples --out out

test: $(STAMP)  ## the whole suite
	$(PY) -m pytest -q

# bench byte-compiles the sources first, as pip compiles an installed wheel: under
# PYTHONDONTWRITEBYTECODE the editable install's sources are compiled again by every process.
bench: $(STAMP)  ## accuracy (samples, then scanned and office-scanned samples by OCR); rows of real plans and structure samples; batch throughput and memory; memory on 300- to 3,000-page plans; report time, recurring groups and themes; speed on samples and real plans against PDFium text, pdfplumber and camelot
	$(PY) -m compileall -q actionplan extract normalise output
	$(PY) bench/accuracy.py
	$(PY) bench/rows.py
	$(PY) bench/ocr_accuracy.py
	$(PY) bench/batch.py
	$(PY) bench/memory.py
	$(PY) bench/report.py
	$(PY) bench/speed.py

fuzz: $(STAMP)  ## the batch under faults, then mutated sample PDFs, thousands of cases; figures into docs/robustness.md
	$(PY) -m tests.robustness.batch_faults --copies 3
	$(PY) -m tests.robustness.fuzz --cases 2000 --seconds-per-case 10

lint: $(STAMP)  ## ruff, then mypy over the installed layout
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	sh tools/typecheck.sh

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

samples: $(STAMP)  ## rebuild samples/ (needs LibreOffice and, for samples/structure, Chromium: apt-get install libreoffice-writer-nogui chromium)
	$(PY) samples/build/build_samples.py
	$(PY) samples/build/build_scans.py
	$(PY) samples/build/build_office_scans.py
	$(PY) samples/build/build_structure.py

clean:
	rm -rf $(VENV) out
