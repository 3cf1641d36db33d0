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
    <name>ArchiveKeeper</name>
    <message>
        <source>Không mở được kho tư liệu:
{0}</source>
        <translation>Could not open the archive:
{0}</translation>
    </message>
    <message>
        <source>Kho tư liệu nằm trên ổ mạng</source>
        <translation>The archive is on a network drive</translation>
    </message>
    <message>
        <source>Vẫn mở</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>một chương trình khác</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>Kho tư liệu đang được mở ở nơi khác</source>
        <translation>The archive is already open elsewhere</translation>
    </message>
    <message>
        <source>Mở chỉ đọc</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Một bản Tư liệu khác ({0}) đang mở kho này. Hai bản cùng sửa một kho có thể làm hỏng nó, nên bản này chỉ có thể mở để xem và tìm kiếm, không sửa được. Muốn sửa, hãy đóng bản kia rồi mở lại.</source>
        <translation>Another copy of Tư liệu ({0}) has this archive open. Two copies editing the same archive can damage it, so this copy can only open it for reading and searching, not for editing. To edit, close the other copy and open the archive again.</translation>
    </message>
    <message>
        <source>Kho tư liệu bị hỏng</source>
        <translation>The archive is damaged</translation>
    </message>
    <message>
        <source>Hãy đóng bản Tư liệu kia rồi mở lại để khôi phục kho từ bản sao lưu.

Chi tiết lỗi: {0}</source>
        <translation>Close the other copy of Tư liệu, then open the archive again to restore it from a backup.

Error details: {0}</translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được. Tệp kho được để nguyên tại {1}; đừng xoá nó, hãy nhờ người quản trị máy xem giúp.

Chi tiết lỗi: {0}</source>
        <translation>There is no usable backup. The archive file has been left untouched at {1}; do not delete it, and ask your computer administrator to look at it.

Error details: {0}</translation>
    </message>
    <message>
        <source>Có thể khôi phục kho từ bản sao lưu tốt mới nhất, lúc {1} ({2}). Những gì thay đổi sau lúc đó sẽ không có trong kho khôi phục. Kho hỏng được giữ lại bên cạnh, không bị xoá.

Chi tiết lỗi: {0}</source>
        <translation>The archive can be restored from the newest good backup, made at {1} ({2}). Changes made after that time will not be in the restored archive. The damaged archive is kept alongside it, not deleted.

Error details: {0}</translation>
    </message>
    <message>
        <source>Không khôi phục được: {0}
Kho hiện tại không bị thay đổi.</source>
        <translation>Could not restore: {0}
The current archive has not been changed.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>không rõ số bài</source>
        <translation>number of articles unknown</translation>
    </message>
    <message>
        <source>{0} bài</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <source>Không sao lưu được kho khi đóng:
{0}
Kho tư liệu vẫn nguyên vẹn; hãy dùng Kho → Sao lưu ngay khi mở lại.</source>
        <translation>Could not back up the archive on closing:
{0}
The archive itself is intact; use Archive → Back up now when you next open it.</translation>
    </message>
    <message>
        <source>Không khôi phục được.</source>
        <translation>Could not restore the archive.</translation>
    </message>
    <message>
        <source>Kho hiện tại không bị thay đổi.

Chi tiết lỗi: {0}</source>
        <translation>The current archive has not been changed.

Error details: {0}</translation>
    </message>
    <message>
        <source>Đã khôi phục kho từ bản sao lưu {0}.</source>
        <translation>Restored the archive from the backup {0}.</translation>
    </message>
    <message>
        <source>Kho trước đó được giữ tại {0}.</source>
        <translation>The previous archive has been kept at {0}.</translation>
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
    <name>Capture</name>
    <message>
        <source>Dán bài viết</source>
        <translation>Paste article</translation>
    </message>
    <message>
        <source>Tạo bài viết từ nội dung đã sao chép trong trình duyệt</source>
        <translation>Create an article from content copied in a web browser</translation>
    </message>
    <message>
        <source>Nhập từ đường dẫn…</source>
        <translation>Import from links…</translation>
    </message>
    <message>
        <source>Tải các trang web từ đường dẫn và nhập vào kho</source>
        <translation>Download web pages from their links and import them into the archive</translation>
    </message>
    <message>
        <source>Bộ nhớ tạm không có bài viết hay đường dẫn nào để dán.</source>
        <translation>The clipboard holds no article or link to paste.</translation>
    </message>
    <message>
        <source>Không đọc được bài viết đã dán: {0}</source>
        <translation>Could not read the pasted article: {0}</translation>
    </message>
    <message>
        <source>Đang lưu bài</source>
        <translation>Saving the article</translation>
    </message>
    <message>
        <source>Không lưu được bài: {0}</source>
        <translation>Could not save the article: {0}</translation>
    </message>
    <message>
        <source>Bài này đã có trong kho (bài số {0}); không lưu thêm.</source>
        <translation>This article is already in the archive (article no. {0}); it was not saved again.</translation>
    </message>
    <message>
        <source>Đã lưu bài vào kho.</source>
        <translation>Saved the article to the archive.</translation>
    </message>
    <message>
        <source>Đang tải trang</source>
        <translation>Downloading web pages</translation>
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
    <name>DuplicatesDialog</name>
    <message>
        <source>Thực thể có thể trùng nhau</source>
        <translation>Possible duplicate entities</translation>
    </message>
    <message>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Gộp vào bên trái</source>
        <translation>Merge into the left one</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gộp cặp đã chọn</source>
        <translation>Merge the selected pair</translation>
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
    <name>EntityBrowser</name>
    <message>
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tìm tên hoặc tên khác…</source>
        <translation>Search names or aliases…</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Số bài</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>Trùng lặp…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <source>Tên khác: {0}</source>
        <translation>Aliases: {0}</translation>
    </message>
    <message>
        <source>Trang thực thể…</source>
        <translation>Entity page…</translation>
    </message>
    <message>
        <source>Gộp hai thực thể làm một</source>
        <translation>Merge the two entities into one</translation>
    </message>
</context>
<context>
    <name>EntityPageDialog</name>
    <message>
        <source>Ghi chú về thực thể này</source>
        <translation>Notes on this entity</translation>
    </message>
    <message>
        <source>Lưu ghi chú</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Ngày bài</source>
        <translation>Article date</translation>
    </message>
    <message>
        <source>Chức danh ghi trong bài</source>
        <translation>Position as given in the article</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số lần</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Bài viết</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Tách các bài đã chọn thành thực thể khác…</source>
        <translation>Split the selected articles off into another entity…</translation>
    </message>
    <message>
        <source>Tên khác:</source>
        <translation>Aliases:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chức danh theo thời gian&lt;/b&gt;</source>
        <translation>&lt;b&gt;Positions over time&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bài viết nhắc đến&lt;/b&gt; (nhấp đúp để mở)</source>
        <translation>&lt;b&gt;Articles mentioning it&lt;/b&gt; (double-click to open)</translation>
    </message>
    <message>
        <source>{0} bài</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <source>Tách thực thể</source>
        <translation>Split entity</translation>
    </message>
    <message>
        <source>Tên thực thể mới cho các bài đã chọn:</source>
        <translation>Name of the new entity for the selected articles:</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Người, tổ chức, địa danh, văn bản</source>
        <translation>People, organisations, places, documents</translation>
    </message>
    <message>
        <source>Bảng thực thể</source>
        <translation>Entities panel</translation>
    </message>
    <message>
        <source>Gộp {0} vào {1}</source>
        <translation>Merge {0} into {1}</translation>
    </message>
</context>
<context>
    <name>EntityTagDialog</name>
    <message>
        <source>Gắn thẻ</source>
        <translation>Tag entity</translation>
    </message>
    <message>
        <source>Tên đầy đủ của người, tổ chức, …</source>
        <translation>Full name of the person, organisation, …</translation>
    </message>
    <message>
        <source>Chức danh ghi trong bài (nếu có)</source>
        <translation>Position as given in the article (if any)</translation>
    </message>
    <message>
        <source>Chỉ chỗ này</source>
        <translation>Only this occurrence</translation>
    </message>
    <message>
        <source>Mọi chỗ khác trong bài này</source>
        <translation>Every other occurrence in this article</translation>
    </message>
    <message>
        <source>Mọi chỗ khác trong cả kho</source>
        <translation>Every other occurrence in the whole archive</translation>
    </message>
    <message>
        <source>Chữ đã chọn:</source>
        <translation>Selected text:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Thực thể:</source>
        <translation>Entity:</translation>
    </message>
    <message>
        <source>Chức danh:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Gắn thẻ thêm:</source>
        <translation>Also tag:</translation>
    </message>
    <message>
        <source>Gắn vào: {0} ({1} bài)</source>
        <translation>Existing entity: {0} ({1} articles)</translation>
    </message>
    <message>
        <source>Thực thể mới</source>
        <translation>New entity</translation>
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
    <name>FolderWatcher</name>
    <message>
        <source>Thư mục theo dõi…</source>
        <translation>Watched folders…</translation>
    </message>
    <message>
        <source>Tự nhập tệp bài viết mới trong các thư mục bạn chọn</source>
        <translation>Automatically import new article files from folders you choose</translation>
    </message>
    <message>
        <source>Xem nhật ký nhập</source>
        <translation>View import log</translation>
    </message>
    <message>
        <source>Nhập từ thư mục theo dõi</source>
        <translation>Importing from watched folders</translation>
    </message>
    <message>
        <source>Thư mục theo dõi: {0}</source>
        <translation>Watched folders: {0}</translation>
    </message>
    <message>
        <source>Tư liệu</source>
        <translation>Tư liệu</translation>
    </message>
    <message>
        <source>Không nhập được từ thư mục theo dõi: {0}</source>
        <translation>Could not import from the watched folders: {0}</translation>
    </message>
    <message>
        <source>Thư mục theo dõi</source>
        <translation>Watched folders</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Cách viết câu tìm kiếm</source>
        <translation>How to write a search</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Giới thiệu Tư liệu</source>
        <translation>About Tư liệu</translation>
    </message>
    <message>
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
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
    <name>ImportLogDialog</name>
    <message>
        <source>Nhật ký nhập từ thư mục theo dõi</source>
        <translation>Import log of the watched folders</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
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
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} tệp gần nhất, mới nhất ở trên.</source>
        <translation>The {0} most recent files, newest first.</translation>
    </message>
    <message>
        <source>Chưa có tệp nào được nhập từ thư mục theo dõi.</source>
        <translation>No files have been imported from the watched folders yet.</translation>
    </message>
    <message>
        <source>Mở tệp nhật ký</source>
        <translation>Open log file</translation>
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
        <source>Gần trùng</source>
        <translation>Near duplicate</translation>
    </message>
    <message>
        <source>Chưa đọc được</source>
        <translation>Not readable yet</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Chép danh sách để dán vào bảng tính</source>
        <translation>Copy the list to paste into a spreadsheet</translation>
    </message>
    <message>
        <source>Lưu…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Lưu danh sách thành tệp .csv hoặc .txt</source>
        <translation>Save the list as a .csv or .txt file</translation>
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
    <message>
        <source>Mã bài</source>
        <translation>Article ID</translation>
    </message>
    <message>
        <source>Lưu kết quả nhập</source>
        <translation>Save import results</translation>
    </message>
    <message>
        <source>Bảng CSV (*.csv);;Văn bản (*.txt)</source>
        <translation>CSV table (*.csv);;Plain text (*.txt)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Đã nhập {0} bài, {1} bài trùng, {2} tệp lỗi.</source>
        <translation>Articles imported: {0}; duplicates: {1}; files failed: {2}.</translation>
    </message>
    <message>
        <source>{0} bài gần trùng với bài đã có (đã nhập, có liên kết).</source>
        <translation>{0} articles are near duplicates of ones already in the archive (imported and linked).</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; các tệp còn lại chưa được nhập.</source>
        <translation>Stopped as asked; the remaining files were not imported.</translation>
    </message>
    <message>
        <source>{0} tệp chưa nhận ra bảng mã (đã giữ tệp gốc).</source>
        <translation>{0} files in an unrecognised encoding (originals kept).</translation>
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
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Kho</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Chuẩn bị tìm kiếm</source>
        <translation>Preparing search</translation>
    </message>
    <message>
        <source>Không đọc được kho: {0}</source>
        <translation>Could not read the archive: {0}</translation>
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
        <source>Bài viết ({0});;Mọi tệp (*)</source>
        <translation>Articles ({0});;All files (*)</translation>
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
    <name>MentionActions</name>
    <message>
        <source>Chấp nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Bỏ gợi ý này</source>
        <translation>Reject this suggestion</translation>
    </message>
    <message>
        <source>Chấp nhận mọi chỗ của {0} trong bài</source>
        <translation>Accept every mention of {0} in the article</translation>
    </message>
    <message>
        <source>Bỏ mọi chỗ của {0} trong bài</source>
        <translation>Reject every mention of {0} in the article</translation>
    </message>
    <message>
        <source>Đổi loại thành</source>
        <translation>Change type to</translation>
    </message>
    <message>
        <source>Gỡ thẻ</source>
        <translation>Remove entity tag</translation>
    </message>
    <message>
        <source>Gắn thẻ mọi chỗ khác</source>
        <translation>Tag every other occurrence</translation>
    </message>
    <message>
        <source>Trong bài này</source>
        <translation>In this article</translation>
    </message>
    <message>
        <source>Trong cả kho</source>
        <translation>In the whole archive</translation>
    </message>
    <message>
        <source>Trang thực thể…</source>
        <translation>Entity page…</translation>
    </message>
    <message>
        <source>Đã gắn thẻ thêm {0} chỗ.</source>
        <translation>Tagged {0} more occurrences.</translation>
    </message>
    <message>
        <source>Gắn thẻ</source>
        <translation>Tag entity</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Theo ngôn ngữ của hệ thống</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</source>
        <translation>A new language takes effect when the application is restarted.</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sao lưu kho khi đóng ứng dụng</source>
        <translation>Back up the archive when the application closes</translation>
    </message>
    <message>
        <source> bản</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Giữ lại bản sao lưu gần nhất:</source>
        <translation>Keep the most recent:</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Không lưu được cài đặt:
{0}</source>
        <translation>Could not save the settings:
{0}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Xem trước bài viết</source>
        <translation>Article preview</translation>
    </message>
    <message>
        <source>ngày/tháng/năm [giờ:phút], vd. 31/03/2023 20:40</source>
        <translation>day/month/year [hour:minute], e.g. 31/03/2023 20:40</translation>
    </message>
    <message>
        <source>nhiều tác giả cách nhau bởi dấu ;</source>
        <translation>separate several authors with ;</translation>
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
        <source>Kiểm tra và sửa các trường nếu cần, rồi bấm Lưu vào kho.</source>
        <translation>Check the fields and correct them if needed, then click Save to archive.</translation>
    </message>
    <message>
        <source>Lưu vào kho</source>
        <translation>Save to archive</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Ngày đăng không hợp lệ: {0}</source>
        <translation>Invalid publication date: {0}</translation>
    </message>
    <message>
        <source>Bài viết cần có tiêu đề.</source>
        <translation>The article needs a title.</translation>
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
    <message>
        <source>nền nhạt, gạch đứt: gợi ý chưa xác nhận</source>
        <translation>pale background, dashed underline: suggestion not yet confirmed</translation>
    </message>
    <message>
        <source>Chức danh: {0}</source>
        <translation>Position: {0}</translation>
    </message>
    <message>
        <source>(gợi ý, chưa xác nhận)</source>
        <translation>(suggestion, not confirmed)</translation>
    </message>
    <message>
        <source>Chú thích ảnh</source>
        <translation>Photo captions</translation>
    </message>
</context>
<context>
    <name>RecentArchives</name>
    <message>
        <source>Kho đã dùng gần đây</source>
        <translation>Recent archives</translation>
    </message>
    <message>
        <source>Kho trên máy này</source>
        <translation>Archive on this computer</translation>
    </message>
    <message>
        <source>Máy chủ (dịch vụ {0})</source>
        <translation>Server (service {0})</translation>
    </message>
    <message>
        <source>Máy chủ {0}@{1}:{2}/{3}</source>
        <translation>Server {0}@{1}:{2}/{3}</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục kho từ bản sao lưu</source>
        <translation>Restore the archive from a backup</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu để đưa kho về đúng như lúc đó. Bản sao lưu được kiểm tra trước; kho hiện tại được giữ lại bên cạnh, không bị xoá.</source>
        <translation>Choose a backup to return the archive to exactly how it was at that time. The backup is checked first; the current archive is kept alongside, not deleted.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Số bài</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Kiểm tra kho</source>
        <translation>Check archive</translation>
    </message>
    <message>
        <source>Kho dùng chung được kiểm tra trên máy chủ PostgreSQL, do người quản trị máy chủ làm.</source>
        <translation>A shared archive is checked on the PostgreSQL server, by the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>Kho đang mở chỉ đọc: bản Tư liệu đang mở kho để sửa sẽ sao lưu và khôi phục nó.</source>
        <translation>The archive is open read-only: the copy of Tư liệu that has it open for editing backs it up and restores it.</translation>
    </message>
    <message>
        <source>Kiểm tra tính toàn vẹn của kho (chỉ đọc).</source>
        <translation>Check the integrity of the archive (read-only).</translation>
    </message>
    <message>
        <source>Chép kho vào thư mục backups ngay bây giờ.</source>
        <translation>Copy the archive into the backups folder now.</translation>
    </message>
    <message>
        <source>Đưa kho về một bản sao lưu đã có.</source>
        <translation>Return the archive to an existing backup.</translation>
    </message>
    <message>
        <source>Kiểm tra tính toàn vẹn của kho.</source>
        <translation>Check the integrity of the archive.</translation>
    </message>
    <message>
        <source>Đang sao lưu</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Đã sao lưu kho: {0}</source>
        <translation>Archive backed up: {0}</translation>
    </message>
    <message>
        <source>Kho → Sao lưu ngay để tạo một bản.</source>
        <translation>Use Archive → Back up now to make one.</translation>
    </message>
    <message>
        <source>Bản sao lưu này bị lỗi, không dùng được.</source>
        <translation>This backup is damaged and cannot be used.</translation>
    </message>
    <message>
        <source>Hãy chọn bản khác.

Chi tiết lỗi: {0}</source>
        <translation>Please choose another one.

Error details: {0}</translation>
    </message>
    <message>
        <source>Kho tư liệu có lỗi.</source>
        <translation>The archive has errors.</translation>
    </message>
    <message>
        <source>Đừng nhập thêm bài; hãy dùng Kho → Khôi phục… để đưa kho về bản sao lưu tốt mới nhất.

Chi tiết lỗi:
{0}</source>
        <translation>Do not import any more articles; use Archive → Restore… to return the archive to the newest good backup.

Error details:
{0}</translation>
    </message>
    <message>
        <source>Khôi phục kho về lúc {0} ({1} bài)?</source>
        <translation>Restore the archive to how it was at {0} ({1} articles)?</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bản sao lưu đã được kiểm tra và tốt. Những gì thay đổi sau lúc đó sẽ không có trong kho khôi phục; kho hiện tại được giữ lại nguyên vẹn trong thư mục dữ liệu. Cửa sổ sẽ đóng và mở lại.</source>
        <translation>The backup has been checked and is good. Changes made after that time will not be in the restored archive; the current archive is kept intact in the data folder. The window will close and reopen.</translation>
    </message>
    <message>
        <source>Đang kiểm tra kho</source>
        <translation>Checking the archive</translation>
    </message>
    <message>
        <source>Kho tư liệu tốt: không tìm thấy lỗi nào.</source>
        <translation>The archive is in good order: no errors found.</translation>
    </message>
    <message>
        <source>Có {0} bản sao lưu, mới nhất lúc {1}.</source>
        <translation>There are {0} backups; the newest was made at {1}.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>There are no backups yet.</translation>
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
        <source>{0} (tìm: {1})</source>
        <translation>{0} (search: {1})</translation>
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
    <name>UrlDialog</name>
    <message>
        <source>Nhập từ đường dẫn</source>
        <translation>Import from links</translation>
    </message>
    <message>
        <source>Dán đường dẫn của các bài báo, mỗi dòng một đường dẫn. Tư liệu tải từng trang (tối đa 15 giây và 10 MB mỗi trang) rồi nhập như một trang đã lưu, kèm đường dẫn.</source>
        <translation>Paste the links of the articles, one per line. Tư liệu downloads each page (at most 15 seconds and 10 MB per page) and imports it as a saved web page, along with its link.</translation>
    </message>
    <message>
        <source>Tải và nhập</source>
        <translation>Download and import</translation>
    </message>
    <message>
        <source>Mỗi dòng cần là một đường dẫn trang web (http:// hoặc https://).</source>
        <translation>Each line must be a web address (http:// or https://).</translation>
    </message>
</context>
<context>
    <name>WatchFoldersPage</name>
    <message>
        <source>Khi Tư liệu đang mở, tệp bài viết mới trong các thư mục này (ví dụ thư mục Tải về) được tự nhập khi đã tải xong. Tệp đã nhập không bị nhập lại.</source>
        <translation>While Tư liệu is open, new article files in these folders (the Downloads folder, for example) are imported automatically once they have finished downloading. Files already imported are not imported again.</translation>
    </message>
    <message>
        <source>Thêm thư mục…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Bỏ theo dõi</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>Để nguyên tệp gốc</source>
        <translation>Leave the original file where it is</translation>
    </message>
    <message>
        <source>Chuyển tệp gốc vào thư mục:</source>
        <translation>Move the original file to the folder:</translation>
    </message>
    <message>
        <source>Xóa tệp gốc (bài đã có trong kho)</source>
        <translation>Delete the original file (the article is in the archive)</translation>
    </message>
    <message>
        <source>để trống: thư mục “{0}” cạnh mỗi tệp</source>
        <translation>leave empty: a “{0}” folder next to each file</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tệp lỗi luôn được để nguyên. Mỗi tệp được ghi vào nhật ký nhập (Kho → Xem nhật ký nhập).</source>
        <translation>Files that fail to import are always left where they are. Every file is recorded in the import log (Archive → View import log).</translation>
    </message>
    <message>
        <source>Sau khi nhập:</source>
        <translation>After importing:</translation>
    </message>
    <message>
        <source>Thư mục theo dõi</source>
        <translation>Folder to watch</translation>
    </message>
    <message>
        <source>Chuyển tệp đã nhập vào</source>
        <translation>Move imported files to</translation>
    </message>
</context>
<context>
    <name>_OutcomeModel</name>
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
    <name>entities</name>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Gắn thẻ người…</source>
        <translation>Tag as person…</translation>
    </message>
    <message>
        <source>Gắn thẻ tổ chức…</source>
        <translation>Tag as organisation…</translation>
    </message>
    <message>
        <source>Gắn thẻ địa danh…</source>
        <translation>Tag as place…</translation>
    </message>
    <message>
        <source>Gắn thẻ văn bản…</source>
        <translation>Tag as document…</translation>
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
</TS>
