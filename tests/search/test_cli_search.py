"""`tulieu search` and `tulieu reindex`, run as a user would."""

import json
import subprocess
import sys


def tulieu(data_dir, *args, check=True):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, check=check, timeout=120,
    )


def test_search_prints_matches_with_snippets_and_reindex_keeps_them(tmp_path, seed_files):
    data = tmp_path / "data"
    tulieu(data, "import", *map(str, seed_files))
    found = json.loads(tulieu(data, "search", "bo tu phap", "--json").stdout)
    assert len(found) == 5
    first = found[0]
    assert first["title"].startswith("Bộ Tư pháp tập huấn")
    assert "«Bộ Tư pháp»" in first["snippet"]
    listed = {item["id"]: item for item in json.loads(tulieu(data, "list", "--json").stdout)}
    assert {k: v for k, v in first.items() if k != "snippet"} == listed[first["id"]]

    dated = json.loads(tulieu(data, "search", "dang", "--sort", "published", "--ascending",
                              "--json").stdout)
    assert [d["published"]["value"][:4] for d in dated if d["published"]][:1] == ["2023"]

    assert "Đã lập chỉ mục 5 bài." in tulieu(data, "reindex").stdout
    plain = tulieu(data, "search", '"Bộ Tư pháp"').stdout
    assert "1 bài." in plain and "«Bộ Tư pháp»" in plain


def test_a_malformed_query_exits_2_with_the_reason(tmp_path):
    result = tulieu(tmp_path / "data", "search", '"bo tu', check=False)
    assert result.returncode == 2
    assert "Thiếu dấu" in result.stderr and "vị trí 1" in result.stderr
