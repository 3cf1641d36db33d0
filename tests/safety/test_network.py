"""Network shares are recognised from the mount table; local disks are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.network import NETWORK_WARNING, filesystem_type, is_network_path

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
//nas/tailieu /mnt/phong\\040hanh\\040chinh cifs rw,vers=3.0 0 0
nas:/export/kho /srv/kho nfs4 rw,relatime 0 0
/dev/sdb1 /srv/kho/local ext4 rw 0 0
user@host:/data /home/a/sshkho fuse.sshfs rw,nosuid 0 0
server:/vol /mnt/nfs3 nfs rw 0 0
share /mnt/vm 9p rw 0 0
//pc/share /mnt/smb smb3 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/a/tulieu.sqlite3", False),
        ("/mnt/phong hanh chinh/tulieu.sqlite3", True),  # \040 in the table is a space
        ("/srv/kho/tulieu.sqlite3", True),
        ("/srv/kho/local/tulieu.sqlite3", False),  # a local disk mounted inside the share
        ("/srv/khoX/tulieu.sqlite3", False),  # a prefix of the name is not the mount
        ("/home/a/sshkho/x/tulieu.sqlite3", True),
        ("/mnt/nfs3/tulieu.sqlite3", True),
        ("/mnt/vm/tulieu.sqlite3", True),
        ("/mnt/smb/tulieu.sqlite3", True),
        ("/run/user/tulieu.sqlite3", False),
    ],
)
def test_filesystem_from_mount_table(path, expected):
    assert is_network_path(Path(path), MOUNTS) is expected


def test_the_mount_point_itself_and_its_type():
    assert filesystem_type(Path("/srv/kho"), MOUNTS) == "nfs4"
    assert filesystem_type(Path("/srv/kho/local"), MOUNTS) == "ext4"


def test_a_symlink_into_a_share_counts_as_the_share(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    link = tmp_path / "link"
    link.symlink_to(share)
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//nas/x {share} cifs rw 0 0\n"
    assert is_network_path(link / "tulieu.sqlite3", mounts)
    assert not is_network_path(tmp_path / "tulieu.sqlite3", mounts)


def test_this_machines_temporary_folder_is_local(tmp_path):
    # Reads the real /proc/mounts: pytest's temporary folder is not on a share here.
    assert not is_network_path(tmp_path / "tulieu.sqlite3")


def test_the_warning_recommends_the_shared_archive():
    assert "PostgreSQL" in NETWORK_WARNING and "hỏng" in NETWORK_WARNING
