"""The package build's one custom step (Picard's `build_ui` habit): the wheel carries the
top-level resources/ folder as `directwork/resources`, the Qt Designer forms compiled from
ui/*.ui, and the .qm translations compiled from their .ts sources. Everything else about the
package is declared in pyproject.toml."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _build_module():
    # Loaded by path: the package is being built, not installed, so it cannot be imported.
    spec = importlib.util.spec_from_file_location("_directwork_build",
                                                  ROOT / "src" / "directwork" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithGenerated(build_py):
    """build_py, then resources, forms and translations into the build folder."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            # An editable install reads resources/ and src/.../forms in place
            # (`python -m directwork.build` makes them).
            return
        package = Path(self.build_lib) / "directwork"
        resources = package / "resources"
        shutil.rmtree(resources, ignore_errors=True)
        shutil.copytree(ROOT / "resources", resources,
                        ignore=shutil.ignore_patterns("*.ts", "*.qm", "__pycache__", "*.md"))
        build = _build_module()
        build.build_translations(ROOT / "resources" / "translations", resources / "translations")
        forms = package / "gui" / "forms"
        shutil.rmtree(forms, ignore_errors=True)
        build.build_forms(ROOT / "ui", forms)


setup(cmdclass={"build_py": BuildWithGenerated})
