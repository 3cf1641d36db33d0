<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu Tư liệu</source>
        <translation>About Tư liệu</translation>
    </message>
    <message>
        <source>Tư liệu</source>
        <translation>Tư liệu</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Kho lưu trữ tin, bài báo chí cho cơ quan Đảng, Nhà nước.</source>
        <translation>An archive of news articles for Party and State offices.</translation>
    </message>
    <message>
        <source>Phần mềm tự do theo giấy phép {0}.</source>
        <translation>Free software under the {0} licence.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu: {0}</source>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Dùng Qt {0}, PySide6 {1}.</source>
        <translation>Built with Qt {0} and PySide6 {1}.</translation>
    </message>
</context>
<context>
    <name>ArchiveSettingsDialog</name>
    <message>
        <source>Kho tư liệu</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Kho trên máy này</source>
        <translation>Archive on this computer</translation>
    </message>
    <message>
        <source>Kho dùng chung (máy chủ PostgreSQL)</source>
        <translation>Shared archive (PostgreSQL server)</translation>
    </message>
    <message>
        <source>để trống nếu dùng tệp .pgpass</source>
        <translation>leave empty to use a .pgpass file</translation>
    </message>
    <message>
        <source>tên dịch vụ libpq (thay cho các ô trên)</source>
        <translation>libpq service name (instead of the fields above)</translation>
    </message>
    <message>
        <source>Kiểm tra kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Cổng</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Mã hoá (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <source>Mật khẩu được giữ trong kho mật khẩu của hệ thống, không ghi ra tệp. Đổi kho sẽ mở lại cửa sổ.</source>
        <translation>The password is kept in the system keyring, never written to a file. Switching archives reopens the window.</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ngày đăng</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Cơ quan báo chí</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Trích đoạn</source>
        <translation>Excerpt</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Sửa hàng loạt {0} bài</source>
        <translation>Edit {0} articles at once</translation>
    </message>
    <message>
        <source>để trống để xoá</source>
        <translation>leave empty to clear</translation>
    </message>
    <message>
        <source>nhãn thêm vào, cách nhau bởi ;</source>
        <translation>tags to add, separated by ;</translation>
    </message>
    <message>
        <source>nhãn gỡ ra, cách nhau bởi ;</source>
        <translation>tags to remove, separated by ;</translation>
    </message>
    <message>
        <source>Thêm nhãn</source>
        <translation>Add tags</translation>
    </message>
    <message>
        <source>Gỡ nhãn</source>
        <translation>Remove tags</translation>
    </message>
    <message>
        <source>Bài viết</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Hiện tại</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Sẽ thành</source>
        <translation>Will become</translation>
    </message>
    <message>
        <source>Xem trước thay đổi:</source>
        <translation>Preview of the changes:</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chép ảnh</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Lưu ảnh…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Thêm vào báo cáo</source>
        <translation>Add to report</translation>
    </message>
    <message>
        <source>Đã chép biểu đồ «{0}».</source>
        <translation>Copied the chart “{0}”.</translation>
    </message>
    <message>
        <source>Lưu biểu đồ</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Không lưu được {0}</source>
        <translation>Could not save {0}</translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Đã thêm vào báo cáo ({0} biểu đồ); chọn trong Xuất báo cáo.</source>
        <translation>Added to the report ({0} charts); choose them in Export report.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Bài viết vừa được lưu ở nơi khác</source>
        <translation>The article was just saved elsewhere</translation>
    </message>
    <message>
        <source>Trong lúc bạn sửa, bài này đã được lưu ở nơi khác. Chọn giá trị giữ lại cho mỗi trường; không có gì bị ghi đè cho tới khi bạn bấm Lưu.</source>
        <translation>While you were editing, this article was saved elsewhere. Choose the value to keep for each field; nothing is overwritten until you press Save.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trường&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản của bạn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản đã lưu&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved version&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ContentOptions</name>
    <message>
        <source>Kết quả tìm kiếm hiện tại ({0} bài)</source>
        <translation>Current search results ({0} articles)</translation>
    </message>
    <message>
        <source>Danh sách đang hiển thị ({0} bài)</source>
        <translation>The list on screen ({0} articles)</translation>
    </message>
    <message>
        <source>Các bài đang chọn ({0} bài)</source>
        <translation>Selected articles ({0})</translation>
    </message>
    <message>
        <source>Một tìm kiếm đã lưu</source>
        <translation>A saved search</translation>
    </message>
    <message>
        <source>Tất cả bài trong kho</source>
        <translation>Every article in the archive</translation>
    </message>
    <message>
        <source>Chỉ bài đăng từ</source>
        <translation>Only articles published from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Không nhóm</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>Theo tháng</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Theo cơ quan báo chí</source>
        <translation>By outlet</translation>
    </message>
    <message>
        <source>Theo nhãn</source>
        <translation>By tag</translation>
    </message>
    <message>
        <source>Theo đơn vị tổ chức</source>
        <translation>By organising unit</translation>
    </message>
    <message>
        <source>Cũ trước</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Mới trước</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Theo tên bài (A–Z)</source>
        <translation>By title (A–Z)</translation>
    </message>
    <message>
        <source>Như đã chọn / mức liên quan</source>
        <translation>As selected / by relevance</translation>
    </message>
    <message>
        <source>Toàn văn</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>Sa-pô</source>
        <translation>Lead paragraph</translation>
    </message>
    <message>
        <source>Chỉ tên bài</source>
        <translation>Title only</translation>
    </message>
    <message>
        <source>Theo nguồn và tháng</source>
        <translation>By source and month</translation>
    </message>
    <message>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Phụ lục danh sách tin, bài</source>
        <translation>Appendix: list of articles</translation>
    </message>
    <message>
        <source>Phụ lục khổ ngang</source>
        <translation>Landscape appendix</translation>
    </message>
    <message>
        <source>Chỉ mục người, tổ chức, văn bản</source>
        <translation>Index of people, organisations and documents</translation>
    </message>
    <message>
        <source>Chú thích ảnh và ghi chú</source>
        <translation>Photo captions and notes</translation>
    </message>
    <message>
        <source>(Chưa có — thêm từ cửa sổ Thống kê)</source>
        <translation>(None yet — add them from the Statistics window)</translation>
    </message>
    <message>
        <source>Không dùng mẫu</source>
        <translation>No template</translation>
    </message>
    <message>
        <source>Chọn tệp mẫu…</source>
        <translation>Choose a template file…</translation>
    </message>
    <message>
        <source>Bài đưa vào</source>
        <translation>Articles to include</translation>
    </message>
    <message>
        <source>Tìm kiếm đã lưu</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Nội dung mỗi bài</source>
        <translation>Content of each article</translation>
    </message>
    <message>
        <source>Bảng thống kê</source>
        <translation>Statistics table</translation>
    </message>
    <message>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Mẫu (.docx)</source>
        <translation>Template (.docx)</translation>
    </message>
    <message>
        <source>Chọn mẫu báo cáo</source>
        <translation>Choose a report template</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Sửa hàng loạt…</source>
        <translation>Edit several…</translation>
    </message>
    <message>
        <source>Chuyển vào thùng rác</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Khôi phục khỏi thùng rác</source>
        <translation>Restore from trash</translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <source>Nhãn mới…</source>
        <translation>New tag…</translation>
    </message>
    <message>
        <source>Trích xuất lại</source>
        <translation>Extract again</translation>
    </message>
    <message>
        <source>Lịch sử sửa…</source>
        <translation>Edit history…</translation>
    </message>
    <message>
        <source>bài này vừa được lưu ở nơi khác; chưa ghi đè.</source>
        <translation>this article was just saved elsewhere; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Sửa bài</source>
        <translation>Edit article</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sửa hàng loạt {0} bài</source>
        <translation>Edit {0} articles at once</translation>
    </message>
    <message>
        <source>Gắn nhãn {0}</source>
        <translation>Tag with {0}</translation>
    </message>
    <message>
        <source>Đang trích xuất lại</source>
        <translation>Extracting again</translation>
    </message>
    <message>
        <source>Đã trích xuất lại: {0} bài thay đổi, {1} bài giữ nguyên.</source>
        <translation>Extracted again: {0} articles changed, {1} unchanged.</translation>
    </message>
    <message>
        <source>Không đọc được:</source>
        <translation>Could not read:</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <source>Xoá vĩnh viễn {0} bài trong thùng rác, kể cả tệp gốc? Không thể hoàn tác.</source>
        <translation>Permanently delete the {0} articles in the trash, original files included? This cannot be undone.</translation>
    </message>
    <message>
        <source>Xoá nhãn</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <source>Gỡ nhãn &apos;{0}&apos; (và các nhãn con) khỏi mọi bài? Các bài viết vẫn giữ nguyên.</source>
        <translation>Remove the tag &apos;{0}&apos; (and its subtags) from every article? The articles themselves are kept.</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lọc theo ngày</source>
        <translation>Filter by date</translation>
    </message>
    <message>
        <source>Cơ quan báo chí</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Nhãn</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Chào mừng đến với Tư liệu</source>
        <translation>Welcome to Tư liệu</translation>
    </message>
    <message>
        <source>Làm việc với kho chỉ có ba bước:</source>
        <translation>Working with the archive takes three steps:</translation>
    </message>
    <message>
        <source>1. Đưa bài vào kho</source>
        <translation>1. Bring articles in</translation>
    </message>
    <message>
        <source>Kéo thả tệp bài viết, hoặc cả thư mục, vào cửa sổ này. Hoặc bấm Nhập tệp… (Ctrl+O).</source>
        <translation>Drag article files, or whole folders, onto this window. Or click Import files… (Ctrl+O).</translation>
    </message>
    <message>
        <source>2. Gắn nhãn</source>
        <translation>2. Tag them</translation>
    </message>
    <message>
        <source>Chọn bài, sửa tên bài, ngày, nguồn nếu cần, rồi gắn nhãn để sau này tìm lại theo chủ đề.</source>
        <translation>Select an article, correct its title, date or source if needed, then tag it so you can find it again by topic.</translation>
    </message>
    <message>
        <source>3. Xuất báo cáo</source>
        <translation>3. Export a report</translation>
    </message>
    <message>
        <source>Chọn các bài cần gửi và bấm Xuất báo cáo… để có ngay tệp Word đúng thể thức.</source>
        <translation>Select the articles to send and click Export report… to get a properly laid-out Word file.</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>Đóng phần hướng dẫn này; không hiện lại nữa</source>
        <translation>Close this guide; it will not be shown again</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử sửa: {0}</source>
        <translation>Edit history: {0}</translation>
    </message>
    <message>
        <source>Lúc</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Edited by</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Kết quả nhập</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Trùng</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tư liệu — kho tin, bài</source>
        <translation>Tư liệu — news archive</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kho chưa có bài viết nào&lt;/h2&gt;&lt;p&gt;Kéo thả tệp bài viết (hoặc cả thư mục) vào đây,&lt;br&gt;hoặc bấm &lt;b&gt;Nhập tệp…&lt;/b&gt; (Ctrl+O).&lt;/p&gt;&lt;p style=&apos;color:#777&apos;&gt;Drop article files or folders here to import them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The archive has no articles yet&lt;/h2&gt;&lt;p&gt;Drag article files (or whole folders) here,&lt;br&gt;or click &lt;b&gt;Import files…&lt;/b&gt; (Ctrl+O).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nhập tệp…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Nhập tệp bài viết vào kho</source>
        <translation>Import article files into the archive</translation>
    </message>
    <message>
        <source>Nhập thư mục…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Xuất báo cáo…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Xuất báo cáo Word, điểm tin, CSV hoặc JSON</source>
        <translation>Export a Word report, news digest, CSV or JSON</translation>
    </message>
    <message>
        <source>Thống kê…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>Biểu đồ tin, bài theo tháng, nguồn, nhãn</source>
        <translation>Charts of articles by month, source and tag</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kho tư liệu…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Dùng kho trên máy này hay kho dùng chung</source>
        <translation>Use the archive on this computer or a shared one</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Không kiểm tra được kho: {0}</source>
        <translation>Could not check the archive: {0}</translation>
    </message>
    <message>
        <source>Gắn nhãn</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Nhãn mới…</source>
        <translation>New tag…</translation>
    </message>
    <message>
        <source>Đọc lại với bảng mã</source>
        <translation>Reread with encoding</translation>
    </message>
    <message>
        <source>Nhãn mới</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>Tên nhãn:</source>
        <translation>Tag name:</translation>
    </message>
    <message>
        <source>Tư liệu</source>
        <translation>Tư liệu</translation>
    </message>
    <message>
        <source>{0} bài viết</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Bài đang sửa có thay đổi chưa lưu. Lưu lại?</source>
        <translation>The article you are editing has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Nhập tệp bài viết</source>
        <translation>Import article files</translation>
    </message>
    <message>
        <source>Bài viết (*.txt);;Mọi tệp (*)</source>
        <translation>Articles (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nhập cả thư mục</source>
        <translation>Import a whole folder</translation>
    </message>
    <message>
        <source>Đang nhập</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Đang xuất</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Đã xuất ra {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>ngày/tháng/năm [giờ:phút], vd. 31/03/2023 20:40</source>
        <translation>day/month/year [hour:minute], e.g. 31/03/2023 20:40</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>nhiều tác giả cách nhau bởi dấu ;</source>
        <translation>separate several authors with ;</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mở đường link trong trình duyệt</source>
        <translation>Open the link in the browser</translation>
    </message>
    <message>
        <source>nhãn, cách nhau bởi dấu ; — nhãn con: Hội nghị/Tập huấn</source>
        <translation>tags separated by ; — subtags: Conference/Training</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu thay đổi (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ngày đăng</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Ngày sự kiện</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Cơ quan báo chí</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Đường link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Chuyên mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organising unit</translation>
    </message>
    <message>
        <source>Nhãn</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>đến phút</source>
        <translation>to the minute</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to the day</translation>
    </message>
    <message>
        <source>không rõ năm</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>chỉ tháng</source>
        <translation>month only</translation>
    </message>
    <message>
        <source>chỉ năm</source>
        <translation>year only</translation>
    </message>
    <message>
        <source>Tiêu đề không được để trống</source>
        <translation>The title cannot be empty</translation>
    </message>
    <message>
        <source>Chưa lưu được: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Đang chuẩn bị xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Không đọc được bản xem trước.</source>
        <translation>Could not read the preview.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Chọn một bài để đọc.</source>
        <translation>Select an article to read it.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Văn bản của Đảng</source>
        <translation>Party document</translation>
    </message>
    <message>
        <source>Văn bản hành chính Nhà nước</source>
        <translation>State administrative document</translation>
    </message>
    <message>
        <source>Điểm tin</source>
        <translation>News digest</translation>
    </message>
    <message>
        <source>Bảng CSV (Excel)</source>
        <translation>CSV table (Excel)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Thể thức:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Mở tệp khi xong</source>
        <translation>Open the file when done</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Ghi báo cáo…</source>
        <translation>Write report…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang dựng bản xem trước…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Xem trước tối đa {0} bài đầu; báo cáo ghi ra có đủ các bài đã chọn.</source>
        <translation>The preview shows at most the first {0} articles; the written report has all the chosen ones.</translation>
    </message>
    <message>
        <source>Chưa xem trước được: {0}</source>
        <translation>No preview yet: {0}</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Ghi báo cáo</source>
        <translation>Write report</translation>
    </message>
    <message>
        <source>Đang ghi báo cáo</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Không ghi được: {0}</source>
        <translation>Could not write: {0}</translation>
    </message>
    <message>
        <source>Đã dừng, chưa ghi tệp.</source>
        <translation>Stopped; no file written.</translation>
    </message>
    <message>
        <source>Đang ghi…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Đã ghi {0}</source>
        <translation>Wrote {0}</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and code</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tên loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Mục tin, bài</source>
        <translation>Article section heading</translation>
    </message>
    <message>
        <source>Dòng lưu</source>
        <translation>Filing line</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Tư pháp</source>
        <translation>Party Committee of the Ministry of Justice</translation>
    </message>
    <message>
        <source>Ban Chỉ đạo 35</source>
        <translation>Steering Committee 35</translation>
    </message>
    <message>
        <source>12-BC/BCĐ35 hoặc 12/BC-UBND</source>
        <translation>12-BC/BCĐ35 or 12/BC-UBND</translation>
    </message>
    <message>
        <source>BÁO CÁO (mặc định)</source>
        <translation>BÁO CÁO (REPORT, the default)</translation>
    </message>
    <message>
        <source>về kết quả …</source>
        <translation>on the results of …</translation>
    </message>
    <message>
        <source>Lưu Văn phòng / Lưu: VT (mặc định)</source>
        <translation>Lưu Văn phòng / Lưu: VT (filing line, the default)</translation>
    </message>
    <message>
        <source>Ban Chỉ đạo</source>
        <translation>Steering Committee</translation>
    </message>
    <message>
        <source>Trưởng ban</source>
        <translation>Head of committee</translation>
    </message>
    <message>
        <source>Thực hiện Kế hoạch số … , … báo cáo như sau:</source>
        <translation>Pursuant to Plan No. …, … reports as follows:</translation>
    </message>
    <message>
        <source># Tình hình chung
Nội dung…

# Kết quả
Nội dung…</source>
        <translation># General situation
Content…

# Results
Content…</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Căn cứ (mở đầu)</source>
        <translation>Basis (opening)</translation>
    </message>
    <message>
        <source>Các mục (# tiêu đề)</source>
        <translation>Sections (# heading)</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Ký thay mặt</source>
        <translation>Signing on behalf of</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Chỗ khớp tiếp theo</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Chỗ khớp trước</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Lưu tìm kiếm</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Tên thư mục tìm kiếm:</source>
        <translation>Name of the saved search:</translation>
    </message>
    <message>
        <source>Cách viết câu tìm kiếm</source>
        <translation>How to write a search</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Tìm (Ctrl+F): bo tu phap · &quot;nghị quyết 35&quot; · nguon:&quot;Tổ Quốc&quot; · nam:2024 · -tin</source>
        <translation>Search (Ctrl+F): bo tu phap · &quot;nghị quyết 35&quot; · nguon:&quot;Tổ Quốc&quot; · nam:2024 · -tin</translation>
    </message>
    <message>
        <source>Lưu tìm kiếm</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Cách viết câu tìm kiếm</source>
        <translation>How to write a search</translation>
    </message>
    <message>
        <source>Câu tìm kiếm chưa đúng: {0}</source>
        <translation>The search is not well formed: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Phím tắt</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Lọc theo tên lệnh hoặc phím…</source>
        <translation>Filter by command or key…</translation>
    </message>
    <message>
        <source>Các phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Lệnh</source>
        <translation>Command</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Tất cả bài viết</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Thùng rác</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Nhãn</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tìm kiếm đã lưu</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Tất cả bài viết ({0})</source>
        <translation>All articles ({0})</translation>
    </message>
    <message>
        <source>Thùng rác ({0})</source>
        <translation>Trash ({0})</translation>
    </message>
    <message>
        <source>Xoá tìm kiếm đã lưu</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <source>Nhãn mới…</source>
        <translation>New tag…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Đổi màu…</source>
        <translation>Change colour…</translation>
    </message>
    <message>
        <source>Xoá nhãn</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <source>Nhãn mới</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>Tên nhãn (nhãn con: Cha/Con):</source>
        <translation>Tag name (subtag: Parent/Child):</translation>
    </message>
    <message>
        <source>Đổi tên nhãn</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Màu của nhãn</source>
        <translation>Tag colour</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Thống kê tin, bài</source>
        <translation>Article statistics</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Số tin, bài theo tháng</source>
        <translation>Articles per month</translation>
    </message>
    <message>
        <source>Số tin, bài theo cơ quan báo chí</source>
        <translation>Articles per outlet</translation>
    </message>
    <message>
        <source>Số tin, bài theo nhãn</source>
        <translation>Articles per tag</translation>
    </message>
    <message>
        <source>Số tin, bài nhắc đến tổ chức</source>
        <translation>Articles mentioning each organisation</translation>
    </message>
    <message>
        <source>Kết quả tìm «{0}»</source>
        <translation>Results for “{0}”</translation>
    </message>
    <message>
        <source>Danh sách đang hiển thị</source>
        <translation>The list on screen</translation>
    </message>
    <message>
        <source>{0}: {1} bài</source>
        <translation>{0}: {1} articles</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ngày đăng</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Ngày sự kiện</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Cơ quan báo chí</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Đường link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Chuyên mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organising unit</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nhãn</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Đã nhập {0} bài, {1} bài trùng, {2} tệp lỗi.</source>
        <translation>Imported {0} articles, {1} duplicates, {2} files failed.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; các tệp còn lại chưa được nhập.</source>
        <translation>Stopped as asked; the remaining files were not imported.</translation>
    </message>
</context>
</TS>
