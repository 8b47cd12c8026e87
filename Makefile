# The two quick-start commands (see README.md). Each sets itself up first.
.PHONY: serve test setup setup-dev lint

serve: setup
	.venv/bin/aiclass serve

test: setup-dev
	. .venv/bin/activate && ruff check . && aiclass check && pytest -n 2 --dist loadgroup --durations=30

setup:
	bash scripts/setup.sh

setup-dev:
	bash scripts/setup.sh --dev

lint: setup-dev
	. .venv/bin/activate && ruff check . && ruff format --check .
