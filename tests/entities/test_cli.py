"""`tulieu entities` and the mentions in `tulieu show --json`, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys


def tulieu(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, check=True, timeout=120,
    )


def test_entities_and_mentions_from_the_command_line(tmp_path, seed_files):
    data = tmp_path / "data"
    # A user word list in the data folder extends the built-in places.
    (data / "gazetteers").mkdir(parents=True)
    (data / "gazetteers" / "places.txt").write_text("Làng Thử Nghiệm\n", encoding="utf-8")
    article = tmp_path / "bai.txt"
    article.write_text("Tin ở Làng Thử Nghiệm\n\nHôm qua, đoàn công tác về Làng Thử Nghiệm "
                       "làm việc với bà con.\n", encoding="utf-8")
    tulieu(data, "import", *map(str, seed_files), str(article))

    people = json.loads(tulieu(data, "entities", "--type", "person", "--json").stdout)
    by_name = {p["name"]: p for p in people}
    assert {"type", "aliases", "article_count", "id"} <= set(by_name["Vũ Trọng Hà"])
    assert by_name["Vũ Trọng Hà"]["article_count"] >= 2
    assert {p["type"] for p in people} == {"person"}
    places = json.loads(tulieu(data, "entities", "--type", "place", "--json").stdout)
    assert "Làng Thử Nghiệm" in {p["name"] for p in places}

    listed = json.loads(tulieu(data, "list", "--json").stdout)
    for item in listed[:2]:  # every seed's offsets are checked in test_services
        shown = json.loads(tulieu(data, "show", str(item["id"]), "--json").stdout)
        assert shown["title"] == item["title"] and "body" in shown
        for mention in shown["mentions"]:
            assert shown["body"][mention["start"]:mention["end"]] == mention["surface"]
            assert mention["status"] == "suggested"
            assert mention["type"] in {"person", "organization", "place", "document"}
    plain = tulieu(data, "entities", "--search", "vu trong ha").stdout
    assert "Vũ Trọng Hà" in plain and "người" in plain
