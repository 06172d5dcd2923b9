# timenet's two entry points. Both set everything up on first use (a .venv here, and on
# Debian/Ubuntu the system packages in .ci/apt-packages.txt), so a fresh clone needs only:
#   make run    # install, then run the app: python -m timenet.app
#   make test   # install, then run every notebook's tests (nbdev_test)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FLAGS ?=
ARGS ?=

.PHONY: run test sysdeps export clean

$(STAMP): settings.ini setup.py
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "timenet needs Python 3.10 or newer; set PY=python3.x")'
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip wheel
	$(BIN)/python -m pip install -e ".[dev]"
	touch $(STAMP)

sysdeps:
	@bash .ci/sysdeps

run: $(STAMP)
	$(BIN)/python -m timenet.app $(ARGS)

test: sysdeps $(STAMP)
	$(BIN)/nbdev_export
	$(BIN)/nbdev_test --n_workers 2 $(if $(FLAGS),--flags "$(FLAGS)")
	@echo "notebooks: $$(ls nbs/[0-9]*.ipynb | wc -l) passed, 0 failed"

export: $(STAMP)
	$(BIN)/nbdev_export
	$(BIN)/nbdev_clean

clean:
	rm -rf $(VENV) build *.egg-info
