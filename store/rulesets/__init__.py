"""Board rule sets as data: one YAML file per jurisdiction + license (e.g. CA-LCSW.yaml)."""

from pathlib import Path

RULESETS_DIR = Path(__file__).parent
