"""Settings come from defaults < config file < environment < flags, and each one is documented."""

from __future__ import annotations

import pytest

from akhbar.config import Settings, load_settings
from akhbar.errors import ConfigError


def test_every_setting_has_help_text():
    for name, text in Settings.help().items():
        assert len(text) > 20, f"setting {name} needs a real help text"


def test_layers_override_in_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "akhbar.toml").write_text('search_k = 7\npassage_words = 40\narchive = "from-file"\n')
    env = {"AKHBAR_PASSAGE_WORDS": "50", "AKHBAR_ARCHIVE": "from-env"}
    s = load_settings({"archive": "from-flag"}, env=env)
    assert (s.search_k, s.passage_words, s.archive) == (7, 50, "from-flag")
    assert load_settings(env={}).archive == "from-file"


def test_bad_values_say_what_to_fix(tmp_path):
    with pytest.raises(ConfigError, match="passage_words.*int"):
        load_settings(env={"AKHBAR_PASSAGE_WORDS": "many"})
    bad = tmp_path / "bad.toml"
    bad.write_text("search_k = = 3")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(env={"AKHBAR_CONFIG": str(bad)})
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("serch_k = 3")
    with pytest.raises(ConfigError, match="unknown settings.*serch_k"):
        load_settings(env={"AKHBAR_CONFIG": str(unknown)})
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(env={"AKHBAR_CONFIG": str(tmp_path / "missing.toml")})
