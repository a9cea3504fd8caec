# The README's commands. `make run` and `make test` do all the set-up on a fresh
# Debian/Ubuntu machine with Python 3.11+.
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	>/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-stress bench lint typecheck screenshots build clean system-deps-run system-deps-test \
	installer installer-check

$(STAMP): pyproject.toml setup.py
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (python3.11, python3.12 or python3.13)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
		echo "Could not make a virtual environment: install python3-venv (apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install -q --upgrade pip
	@# sqlcipher3-binary, used before, installs the same module as sqlcipher3: take it out of an
	@# older environment first, so that only one of them owns sqlcipher3/.
	@if $(PY) -m pip show -q sqlcipher3-binary >/dev/null 2>&1; then $(PY) -m pip uninstall -q -y sqlcipher3-binary; fi
	$(PY) -m pip install -q -e '.[hub,dev]'
	@touch $(STAMP)

system-deps-run:
	@.ci/system-deps run

system-deps-test:
	@.ci/system-deps test

build: $(STAMP)
	$(PY) -m directwork.build

run: system-deps-run build
	$(PY) -m directwork

# The tests run in two processes (pytest-xdist), each file's tests in one of them, so the
# suite keeps under 10 minutes on 2 cores; each process starts its own PostgreSQL and CUPS.
# A process that crashes is not replaced: the run stops there and names the test it was in
# (a replaced one could wait for ever on the crashed one's share).
test: system-deps-test build
	$(PY) -m ruff check src tests benchmarks tools
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n 2 --dist loadfile --max-worker-restart=0

# `make test-stress`: the GUI tests while two CPU hogs keep both cores busy, as on a laptop
# doing something else or a shared build machine. The hogs are stopped however pytest ends.
test-stress: system-deps-test build
	@hogs=""; trap 'kill $$hogs 2>/dev/null' EXIT INT TERM; \
	for n in 1 2; do $(PY) -c 'while 1: pass' & hogs="$$hogs $$!"; done; \
	echo "test-stress: CPU hogs running (pids$$hogs)"; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/gui

bench: system-deps-test build
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

lint: $(STAMP)
	$(PY) -m ruff check src tests benchmarks tools

# mypy with the settings in pyproject.toml: strict for all but gui/, which is checked.
typecheck: $(STAMP)
	$(PY) -m mypy

screenshots: system-deps-test build
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

# `make installer`: the desktop bundle for the platform this runs on (dist/directwork, one
# folder, by PyInstaller); on Linux also the .deb and .tar.gz, and an AppImage when
# appimagetool is present. On Windows, Inno Setup then makes the setup .exe
# (installer/windows/BUILDING.md).
INSTALLER_STAMP := $(VENV)/.installer-installed

$(INSTALLER_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[installer]'
	@touch $(INSTALLER_STAMP)

installer: system-deps-run build $(INSTALLER_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/directwork.spec
	@case "$$(uname -s)" in \
	  Linux) installer/linux/build-appimage.sh ;; \
	  *) echo "installer: bundle in dist/directwork; compile installer/windows/directwork.iss with Inno Setup (installer/windows/BUILDING.md)" ;; \
	esac

# `make installer-check`: what is committed, cloned into a temporary folder, built into the
# Linux bundle there, and the bundle's own self-test run offscreen. Exit 0 only when all pass.
# Slow (a fresh venv and a PyInstaller build), so it is not part of `make test`.
installer-check:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	git clone -q . "$$tmp/directwork"; \
	echo "installer-check: building $$(git rev-parse --short HEAD) in $$tmp/directwork"; \
	$(MAKE) --no-print-directory -C "$$tmp/directwork" installer; \
	echo "installer-check: the bundle's self-test"; \
	cd /; QT_QPA_PLATFORM=offscreen "$$tmp/directwork/dist/directwork/directwork" self-test

clean:
	rm -rf $(VENV) build dist src/*.egg-info
