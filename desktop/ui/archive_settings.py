"""Settings → Archive: this computer's local archive, or a shared one on a PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.connection import (
    SSL_MODES,
    ArchiveChoice,
    store_password,
    test_connection,
)


class ArchiveSettingsDialog(QDialog):
    def __init__(self, current: ArchiveChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kho tư liệu"))
        self.local = QRadioButton(self.tr("Kho trên máy này"))
        self.shared = QRadioButton(self.tr("Kho dùng chung (máy chủ PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        self.host = QLineEdit(current.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.database = QLineEdit(current.database)
        self.user = QLineEdit(current.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("để trống nếu dùng tệp .pgpass"))
        self.service = QLineEdit(current.service)
        self.service.setPlaceholderText(self.tr("tên dịch vụ libpq (thay cho các ô trên)"))
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText(current.sslmode)
        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Máy chủ"), self.host)
        form.addRow(self.tr("Cổng"), self.port)
        form.addRow(self.tr("Cơ sở dữ liệu"), self.database)
        form.addRow(self.tr("Người dùng"), self.user)
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow(self.tr("Dịch vụ"), self.service)
        form.addRow(self.tr("Mã hoá (TLS)"), self.sslmode)
        form.addRow(self.test_button, self.status)
        self.server_box = QGroupBox(self.tr("Máy chủ"))
        self.server_box.setLayout(form)
        note = QLabel(self.tr("Mật khẩu được giữ trong kho mật khẩu của hệ thống, không ghi ra "
                              "tệp. Đổi kho sẽ mở lại cửa sổ."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.local, self.shared, self.server_box, note, buttons):
            layout.addWidget(widget)
        self.shared.toggled.connect(self.server_box.setEnabled)
        (self.shared if current.shared else self.local).setChecked(True)
        self.server_box.setEnabled(current.shared)
        self.test_button.clicked.connect(self.run_test)

    def choice(self) -> ArchiveChoice:
        return ArchiveChoice(
            shared=self.shared.isChecked(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            service=self.service.text().strip(),
            sslmode=self.sslmode.currentText(),
        )

    def run_test(self) -> bool:
        ok, message = test_connection(self.choice(), self.password.text() or None)
        self.status.setText(message)
        self.status.setStyleSheet("color: #1e7b34;" if ok else "color: #c0392b;")
        return ok

    def _save(self) -> None:
        choice = self.choice()
        if choice.shared and self.password.text():
            try:
                store_password(choice, self.password.text())
            except RuntimeError as exc:
                self.status.setText(str(exc))
                self.status.setStyleSheet("color: #c0392b;")
                return
        self.accept()
