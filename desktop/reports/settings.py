"""What an office chooses for one report: layout, header, signature and content options.

Kept as plain data with a JSON form, so the app and the CLI (`--settings FILE`) can remember
the last report an office made and start the next one from it.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args

Layout = Literal["party", "state", "bulletin"]
Grouping = Literal["none", "month", "outlet", "tag", "unit"]
ArticleText = Literal["full", "lead", "none"]
Statistics = Literal["none", "outlet_month", "unit"]
# `chosen`: as selected or ranked by the search; the others sort before grouping.
Order = Literal["chosen", "oldest", "newest", "title", "outlet"]

LAYOUTS: tuple[str, ...] = get_args(Layout)
GROUPINGS: tuple[str, ...] = get_args(Grouping)
ARTICLE_TEXTS: tuple[str, ...] = get_args(ArticleText)
STATISTICS: tuple[str, ...] = get_args(Statistics)
ORDERS: tuple[str, ...] = get_args(Order)

# The filing line that closes `Nơi nhận:` when the user leaves it out.
DEFAULT_FILING = {"party": "Lưu Văn phòng", "state": "Lưu: VT", "bulletin": "Lưu Văn phòng"}
DEFAULT_TITLE = {"party": "BÁO CÁO", "state": "BÁO CÁO", "bulletin": "ĐIỂM TIN"}


class SettingsError(ValueError):
    """Settings that cannot make a report (unknown layout, bad date, unreadable file)."""


@dataclass
class ReportSettings:
    """Everything a report writer needs besides the articles.

    Empty `title` and `filing` mean the layout's usual wording (`BÁO CÁO` or `ĐIỂM TIN`;
    `Lưu Văn phòng` or `Lưu: VT`).
    """

    layout: Layout = "party"
    parent_body: str = ""
    issuing_body: str = ""
    number_symbol: str = ""
    place: str = "Hà Nội"
    date: datetime.date = field(default_factory=datetime.date.today)
    title: str = ""
    subject: str = ""
    opening: str = ""
    sections: list[tuple[str, str]] = field(default_factory=list)
    articles_heading: str = "Các tin, bài đã thu thập"
    recipients: list[str] = field(default_factory=list)
    filing: str = ""
    signing_prefix: str = "T/M"
    signing_authority: str = ""
    position: str = ""
    signer: str = ""
    grouping: Grouping = "none"
    order: Order = "oldest"
    article_text: ArticleText = "full"
    appendix_list: bool = True
    statistics: Statistics = "outlet_month"
    captions_and_notes: bool = True
    entity_index: bool = False
    appendix_landscape: bool = True
    template: Path | None = None

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        for name, allowed in (
            ("layout", LAYOUTS),
            ("grouping", GROUPINGS),
            ("article_text", ARTICLE_TEXTS),
            ("statistics", STATISTICS),
            ("order", ORDERS),
        ):
            if getattr(self, name) not in allowed:
                raise SettingsError(f"{name} phải là một trong {', '.join(allowed)}")
        if not isinstance(self.date, datetime.date):
            raise SettingsError("Ngày báo cáo không hợp lệ")

    @property
    def resolved_title(self) -> str:
        return self.title.strip() or DEFAULT_TITLE[self.layout]

    @property
    def resolved_filing(self) -> str:
        return self.filing.strip() or DEFAULT_FILING[self.layout]

    @property
    def has_appendix(self) -> bool:
        return self.appendix_list or self.statistics != "none"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["sections"] = [list(pair) for pair in self.sections]
        data["template"] = str(self.template) if self.template else None
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReportSettings:
        known = {f.name for f in fields(cls)}
        # Unknown keys come from newer versions of the app; ignoring them keeps old apps working.
        values = {key: value for key, value in data.items() if key in known}
        try:
            if "date" in values:
                values["date"] = datetime.date.fromisoformat(values["date"])
            if "sections" in values:
                values["sections"] = [(str(h), str(t)) for h, t in values["sections"]]
            if values.get("template"):
                values["template"] = Path(values["template"])
            for name in ("recipients",):
                if name in values:
                    values[name] = [str(item) for item in values[name]]
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"Thiết lập báo cáo không đọc được: {exc}") from exc
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> ReportSettings:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SettingsError(f"Tệp thiết lập không phải JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise SettingsError("Tệp thiết lập phải là một đối tượng JSON")
        return cls.from_dict(data)

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ReportSettings:
        return cls.from_json(path.read_text(encoding="utf-8"))
