"""The first-run panel: shown on an empty archive until dismissed, and remembered."""

from __future__ import annotations

from desktop.ui.first_run import FirstRunPanel, should_show


def test_shown_only_on_an_empty_archive_until_dismissed(qtbot, settings_file):
    settings = settings_file()
    assert should_show(settings, 0)
    assert not should_show(settings, 3)
    panel = FirstRunPanel(settings)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.dismissed, timeout=1000):
        panel.start_button.click()
    assert not panel.isVisible()
    assert not should_show(settings, 0)


def test_dismissal_survives_a_restart(qtbot, settings_file):
    panel = FirstRunPanel(settings_file())
    qtbot.addWidget(panel)
    panel.dismiss()
    del panel
    # A new QSettings on the same file, as the next start of the app would read it.
    assert not FirstRunPanel(settings_file()).wanted(0)


def test_explains_three_steps_with_icons(qtbot, settings_file):
    panel = FirstRunPanel(settings_file())
    qtbot.addWidget(panel)
    texts = [label.text() for label in panel.step_labels]
    assert len(texts) == 3
    assert "Kéo thả" in texts[0] and "nhãn" in texts[1] and "Word" in texts[2]
    pictures = [w.pixmap() for w in panel.findChildren(type(panel.step_labels[0]))
                if not w.pixmap().isNull()]
    assert len(pictures) == 3
