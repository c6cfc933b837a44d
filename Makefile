# The front door: `make run` to try the site, `make test` to check it.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Django 6 needs Python 3.12+; pyenv shims may exist without the version being active.
PYTHON ?= $(shell for p in python3.13 python3.12 $$(ls -d /root/.pyenv/versions/3.1[3-9]*/bin/python3 /root/.pyenv/versions/3.12*/bin/python3 2>/dev/null); do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo $$p; break; }; done)
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/sonoivu
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help run test guide-screenshots fuzz lint format bench bench-deps loadtest demo-data venv postgres browser-deps speech-deps messages check clean audit audit-deps

help:
	@echo "make run        – cài đặt, nạp nội dung mẫu và chạy các trang tại http://localhost:$(PORT) và *.localhost:$(PORT)"
	@echo "make test       – cài đặt và chạy toàn bộ kiểm thử trên PostgreSQL"
	@echo "make lint       – ruff và djhtml"
	@echo "make bench      – đo hiệu năng (xem docs/benchmarks.md)"
	@echo "make loadtest   – 200 kết nối trong 60 giây, máy chủ thư treo (xem docs/benchmarks.md)"
	@echo "make demo-data  – nạp nội dung mẫu vào cơ sở dữ liệu hiện tại"
	@echo "make audit      – Lighthouse, kiểm tra HTML (Nu) và axe trên mọi loại trang công khai (cần mạng lần đầu)"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -n "$(PYTHON)" || { echo "Cần Python 3.12 trở lên (python3.13 hoặc python3.12)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

# Django's compilemessages needs GNU gettext's msgfmt.
messages: venv
	@command -v msgfmt >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }
	test ! -d locale || $(PY) manage.py compilemessages --ignore=.venv -v0

# The demo's addresses and accounts are the last lines printed before the server starts. The
# platform's sites answer on localhost and *.localhost, which browsers resolve to 127.0.0.1.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py create_dev_admin
	$(PY) manage.py load_demo_content
	$(PY) manage.py runserver $(HOST):$(PORT)

demo-data: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content

postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 || { \
		echo "PostgreSQL chưa chạy: khởi động..."; \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start; \
		for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; }
	@pg_isready -h 127.0.0.1 -p 5432

# Browser journeys use Debian's Chromium and ChromeDriver, never a downloaded browser.
browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

# The CAPTCHA's spoken alternative (feedback/spam.py) uses Debian's espeak-ng; without it the
# CAPTCHA simply has no audio player.
speech-deps:
	@command -v espeak-ng >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng >/dev/null; }

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

check: messages postgres
	DATABASE_URL=$(TEST_DATABASE_URL) DJANGO_SETTINGS_MODULE=site_home.settings.test $(PY) manage.py check
	DATABASE_URL=$(TEST_DATABASE_URL) DJANGO_SETTINGS_MODULE=site_home.settings.test $(PY) manage.py makemigrations --check --dry-run

test: lint check browser-deps speech-deps
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest $(PYTEST_ARGS)

# Redraw the editor's guide screenshots (static/huong-dan/) from the journeys that walk those screens.
guide-screenshots: messages postgres browser-deps
	GUIDE_SCREENSHOTS=1 DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest -q -p no:randomly \
		tests/browser/test_editorial_journey.py tests/browser/test_admin_language_journey.py

# The fuzz test at length, with a new seed each run (the suite runs 600 requests, seeded).
fuzz: venv
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-40000} FUZZ_RANDOM=1 DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest tests/core/test_fuzz.py -q

# The load generator and the front cache measured by `make bench`, from Debian.
bench-deps:
	@command -v wrk >/dev/null && command -v nginx >/dev/null && test -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light libnginx-mod-http-cache-purge >/dev/null; }

# BENCH_ARGS="run --scale 100k", or "generate --scale 10k" for the data only.
bench: messages postgres bench-deps
	$(PY) -m bench $(BENCH_ARGS)

# 200 connections for 60 s on the production configuration with the mail server hung (issue 20);
# LOAD_ARGS="--duration 20 --connections 50" for a short try.
loadtest: messages postgres bench-deps
	$(PY) -m bench load $(LOAD_ARGS)

# Lighthouse, axe and the Nu HTML validator at the versions pinned in audit/package-lock.json, in
# audit/node_modules (no install scripts: axe drives Debian's chromedriver, not a downloaded one).
audit/node_modules/.installed: audit/package.json audit/package-lock.json
	@command -v npm >/dev/null && command -v java >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm default-jre-headless >/dev/null; }
	cd audit && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# nginx fronts the audited site as in production (gzip, images from MEDIA_ROOT).
audit-deps: browser-deps audit/node_modules/.installed
	@command -v nginx >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }

# The demo content served as in production (gunicorn behind nginx), checked page kind by page kind
# (AUDIT_ARGS="--page library").
# Not part of `make test`: the first run downloads the tools.
audit: messages audit-deps
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content >/dev/null
	$(PY) -m audit $(AUDIT_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected audit/node_modules audit-results
