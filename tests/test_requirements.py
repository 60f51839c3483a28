"""requirements.txt: the web server stack Streamlit brings along is pinned past its known advisories."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent

# Package -> the first version past every advisory we know of (requirements.txt names them).
ADVISORY_FLOORS = {
    "starlette": Version("0.49.1"),  # CVE-2025-62727 (Range header DoS), CVE-2025-54121, CVE-2024-47874
    "python-multipart": Version("0.0.27"),  # CVE-2026-42561, CVE-2026-24486, CVE-2024-53981
}


def pins() -> dict[str, Requirement]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    parsed = [Requirement(line.split("#", 1)[0]) for line in lines if line.split("#", 1)[0].strip()]
    return {req.name.casefold(): req for req in parsed}


@pytest.mark.parametrize(("package", "floor"), ADVISORY_FLOORS.items())
def test_server_stack_is_pinned_past_its_advisories(package: str, floor: Version) -> None:
    requirement = pins().get(package)
    assert requirement is not None, f"{package} is not pinned in requirements.txt"
    (spec,) = requirement.specifier
    assert spec.operator == "==", f"{package} must be pinned exactly, not {spec}"
    assert Version(spec.version) >= floor
    assert metadata.version(package) == spec.version  # the pin is what is installed (and runs)
