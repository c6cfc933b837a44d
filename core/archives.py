"""ZIP archives (DOCX, XLSX, imported attachment bundles) read with size and ratio limits.

A few hundred kilobytes of ZIP can expand to gigabytes. Before anything is decompressed, the
archive's directory is checked: member count, each member's size and compression ratio, the
total. Members are then read in chunks that stop at the limit, because the sizes a directory
declares can lie.
"""

import zipfile

MAX_MEMBERS = 10_000
MAX_MEMBER_SIZE = 100 * 1024 * 1024  # a very large real document.xml is a few tens of MB
MAX_TOTAL_SIZE = 250 * 1024 * 1024
MAX_RATIO = 200  # real XML compresses 5-30 times; bombs compress a thousand times or more
RATIO_APPLIES_ABOVE = 1024 * 1024  # tiny parts may compress very well and harm no one
CHUNK = 64 * 1024


class ArchiveTooLarge(Exception):
    """The archive expands beyond what the site agrees to read."""


def check_archive(package):
    """Raise ArchiveTooLarge when the directory of `package` (a ZipFile) announces a bomb."""
    members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise ArchiveTooLarge(f"{len(members)} members")
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > MAX_MEMBER_SIZE or total > MAX_TOTAL_SIZE:
            raise ArchiveTooLarge(f"{info.filename} expands to {info.file_size} bytes")
        if info.file_size > RATIO_APPLIES_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveTooLarge(f"{info.filename} compressed {info.file_size // max(info.compress_size, 1)}:1")


def read_member(package, name, limit=MAX_MEMBER_SIZE):
    """The bytes of member `name` of a ZipFile from open_checked, refusing (ArchiveTooLarge) to
    decompress more than `limit`."""
    chunks, size = [], 0
    with package.open(name) as member:
        while chunk := member.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise ArchiveTooLarge(f"{name} is larger than {limit} bytes")
            chunks.append(chunk)
    return b"".join(chunks)


def open_checked(fileobj):
    """A ZipFile over `fileobj` whose directory passed check_archive (BadZipFile if it is no ZIP)."""
    package = zipfile.ZipFile(fileobj)
    try:
        check_archive(package)
    except ArchiveTooLarge:
        package.close()
        raise
    return package
