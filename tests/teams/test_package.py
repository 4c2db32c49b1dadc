"""The Teams app package: manifest with the bot id, both scopes, commands, valid icons."""

from __future__ import annotations

import importlib.util
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOT_ID = "11111111-2222-3333-4444-555555555555"


def png_size_and_mode(data: bytes) -> tuple[int, int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, _depth, color_type = struct.unpack(">IIBB", data[16:26])
    return width, height, color_type


def test_package_zips_manifest_and_icons(tmp_path):
    out = tmp_path / "app.zip"
    command = [sys.executable, "deploy/teams/package.py", "--bot-id", BOT_ID, "--out", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    with zipfile.ZipFile(out) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(package.read("manifest.json"))
        color, outline = package.read("color.png"), package.read("outline.png")
    assert manifest["id"] == BOT_ID and manifest["bots"][0]["botId"] == BOT_ID
    assert "{{" not in json.dumps(manifest)
    assert manifest["bots"][0]["scopes"] == ["personal", "team"]
    commands = {c["title"] for c in manifest["bots"][0]["commandLists"][0]["commands"]}
    assert {"help", "status", "suggest", "plan", "log"} <= commands
    assert png_size_and_mode(color) == (192, 192, 6)
    assert png_size_and_mode(outline) == (32, 32, 6)  # RGBA: transparency is allowed


def test_outline_icon_is_white_on_transparent():
    spec = importlib.util.spec_from_file_location("teams_package", ROOT / "deploy/teams/package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    outline_icon, png = module.outline_icon, module.png

    assert outline_icon() == (ROOT / "deploy/teams/outline.png").read_bytes()
    assert png(1, lambda x, y, s: (0, 0, 0, 0)) != png(1, lambda x, y, s: (255, 255, 255, 255))


def test_a_bot_id_that_is_not_a_guid_is_refused(tmp_path):
    command = [sys.executable, "deploy/teams/package.py", "--bot-id", "my-bot"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "GUID" in result.stderr
