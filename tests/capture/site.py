"""A small news site on 127.0.0.1 for the capture tests: pages, redirects and failures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from desktop.core.legacy_tables import encode_cp1258

TITLE = "Quảng Nam khởi công tuyến đường ven biển nối Hội An với Núi Thành"
CANONICAL = "https://baoquangnam.vn/thoi-su/khoi-cong-tuyen-duong-ven-bien-3150001.html"
OUTLET = "Báo Quảng Nam"
BODY = [
    "Sáng 12/3, UBND tỉnh Quảng Nam tổ chức lễ khởi công tuyến đường ven biển dài 38 km nối "
    "thành phố Hội An với huyện Núi Thành, tổng vốn đầu tư hơn 2.500 tỷ đồng.",
    "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Lê Văn Dũng yêu cầu các nhà thầu bảo đảm chất "
    "lượng, tiến độ và an toàn lao động, hoàn thành công trình trong năm 2026.",
    "Theo Sở Giao thông vận tải, tuyến đường sẽ giúp kết nối các khu du lịch ven biển, giảm tải "
    "cho Quốc lộ 1 và mở ra quỹ đất mới cho phát triển đô thị ở vùng Đông của tỉnh.",
    "Người dân các xã Tam Tiến, Tam Hòa đã bàn giao mặt bằng sớm, nhiều hộ chủ động tháo dỡ "
    "công trình để nhà thầu kịp thi công trong mùa khô.",
]
MENU = ["Trang chủ", "Thời sự", "Kinh tế", "Văn hóa", "Thể thao", "Bạn đọc"]
RELATED = [
    "Giá vàng hôm nay tăng mạnh", "Đọc nhiều: Lịch cúp điện tuần tới",
    "Tin liên quan: Quảng Nam đấu giá đất ven biển",
]


def news_page(canonical: bool = True, charset: str = "utf-8", title: str = TITLE) -> str:
    """A page laid out like a Vietnamese news site: menu, article, related links, footer."""
    link = f'<link rel="canonical" href="{CANONICAL}">' if canonical else ""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="{charset}">
<title>{title} | Báo Quảng Nam Online</title>
<meta property="og:site_name" content="{OUTLET}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-12T02:30:00Z">
<meta name="author" content="Hoàng Liên">
{link}
</head><body>
<header><nav><ul>{"".join(f'<li><a href="/">{m}</a></li>' for m in MENU)}</ul></nav></header>
<main><article>
<h1>{title}</h1>
<div class="sapo">Công trình được kỳ vọng tạo động lực phát triển du lịch và đô thị cho vùng
ven biển phía Đông của tỉnh.</div>
{paragraphs}
<p class="author">HOÀNG LIÊN</p>
</article>
<aside><h3>Tin liên quan</h3><ul>{"".join(f'<li><a href="/">{r}</a></li>' for r in RELATED)}
</ul></aside>
<div class="binh-luan"><h3>Bình luận</h3><textarea></textarea></div>
</main>
<footer>Cơ quan chủ quản: UBND tỉnh Quảng Nam. Bản quyền thuộc Báo Quảng Nam.</footer>
</body></html>"""


OLD_TITLE = "Hội An đón hơn một triệu lượt khách trong quý đầu năm"


def cp1258_page(meta: bool = True) -> bytes:
    """An old page in Windows-1258 (tones as combining marks), charset in a meta tag or not."""
    page = news_page(canonical=False, title=OLD_TITLE)
    if not meta:
        page = page.replace('<meta charset="utf-8">', "")
    else:
        page = page.replace('charset="utf-8"', 'charset="windows-1258"')
    return encode_cp1258(page)


PLAIN = (
    "Đà Nẵng tổ chức Lễ hội pháo hoa quốc tế năm 2024\n\n"
    "Tối 8/6, tại hai bờ sông Hàn, Đà Nẵng khai mạc Lễ hội pháo hoa quốc tế với sự tham gia "
    "của các đội đến từ nhiều quốc gia, thu hút hàng chục nghìn người dân và du khách.\n"
)


class Site(BaseHTTPRequestHandler):
    # Set per test run by serve(): slow responses wait on it so shutdown is immediate.
    stop = threading.Event()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        """Quiet: the tests assert on outcomes, not on the access log."""

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's handler name
        route = ROUTES.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self)

    def reply(self, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size limit, as it should

    def redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _slow(handler: Site) -> None:
    handler.stop.wait(5)  # far longer than the 1 s timeout the tests pass
    if not handler.stop.is_set():
        handler.reply(news_page().encode(), "text/html; charset=utf-8")


def _large(handler: Site) -> None:
    # No Content-Length: the limit must hold while streaming, not only from the header.
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65_000 + b"</p>\n"
    try:
        for _ in range(40):  # ~2.6 MB
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up at its limit, as it should


ROUTES = {
    "/thoi-su/khoi-cong-tuyen-duong.html":
        lambda h: h.reply(news_page().encode(), "text/html; charset=utf-8"),
    "/chuyen": lambda h: h.redirect("/thoi-su/khoi-cong-tuyen-duong.html"),
    "/chuyen-cu": lambda h: h.redirect("/du-lich/hoi-an-1258.htm"),
    "/vong": lambda h: h.redirect("/vong"),
    "/du-lich/hoi-an-1258.htm": lambda h: h.reply(cp1258_page(), "text/html"),
    "/du-lich/hoi-an-header.htm":
        lambda h: h.reply(cp1258_page(meta=False), "text/html; charset=windows-1258"),
    "/ban-tin.txt": lambda h: h.reply(PLAIN.encode(), "text/plain; charset=utf-8"),
    "/tai-lieu.zip": lambda h: h.reply(b"PK\x03\x04" + b"\0" * 200, "application/zip"),
    "/cham": _slow,
    "/lon": _large,
    "/lon-khai-bao": lambda h: h.reply(b"<html>" + b"y" * 2_000_000, "text/html"),
}


@contextmanager
def serve() -> Iterator[str]:
    """Run the site on a free loopback port; yields its base address."""
    Site.stop = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        Site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
