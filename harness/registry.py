"""Recipes (YAML files shipped in `harness/recipes/`) and tasks (packages under `tasks/`) by name."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from harness.config import RunConfig, apply_overrides, from_dict, load_yaml
from harness.errors import HarnessError

DEFAULT_RECIPE = "smollm2-135m"


def list_recipes() -> list[str]:
    """Names of the recipes shipped with the package."""
    root = resources.files("harness") / "recipes"
    return sorted(p.name[: -len(".yaml")] for p in root.iterdir() if p.name.endswith(".yaml"))


def recipe_text(name: str) -> tuple[str, str]:
    """(YAML text, source) of a shipped recipe name or a path to a YAML file."""
    path = Path(name)
    if name.endswith((".yaml", ".yml")) or path.is_file():
        if not path.is_file():
            raise HarnessError(f"recipe file not found: {name}")
        return path.read_text(), str(path)
    if name not in list_recipes():
        raise HarnessError(f"unknown recipe '{name}'; available: {', '.join(list_recipes())} "
                           "(or pass a path to a YAML file)")
    return (resources.files("harness") / "recipes" / f"{name}.yaml").read_text(), f"recipe {name}"


def load_recipe(name: str = DEFAULT_RECIPE, overrides: list[str] | None = None) -> RunConfig:
    """Load a recipe, apply `--set` overrides, validate."""
    text, source = recipe_text(name)
    data = load_yaml(text, source)
    data.setdefault("recipe", Path(name).stem if source != f"recipe {name}" else name)
    return from_dict(apply_overrides(data, overrides or []))


def recipe_description(name: str) -> str:
    """First line of a recipe's description."""
    text, source = recipe_text(name)
    lines = str(load_yaml(text, source).get("description", "")).strip().splitlines()
    return lines[0] if lines else ""
