"""Office Open XML packages (.docx, .xlsx, .pptx) are ZIP files holding named parts. Their signature
alone (``PK``) is shared by every ZIP file, so a renamed archive, a truncated download or a zip bomb
would pass it. One check serves attachments (uploads.py) and the minutes and 答申 importers
(minutes/importer/decode.py): the archive opens, its required parts are there, and neither a part nor
the whole inflates past the bounds below."""
import zipfile
import zlib
from xml.parsers import expat

# Bounds on what a package may expand to. Real minutes are far below them: a 190 KB minutes text is a
# document.xml of a few MB. Memory when parsing XML runs to ~40 times the part, so these cap it.
MAX_PART_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_PARTS = 2000

# extension: (what a person calls it, the part that makes the package that kind of document)
MAIN_PARTS = {
    ".docx": ("Word (.docx)", "word/document.xml"),
    ".xlsx": ("Excel (.xlsx)", "xl/workbook.xml"),
    ".pptx": ("PowerPoint (.pptx)", "ppt/presentation.xml"),
}
CONTENT_TYPES = "[Content_Types].xml"
#: The root element of a package's content types (ECMA-376 Part 2), as expat names it with namespaces on.
TYPES_ROOT = "http://schemas.openxmlformats.org/package/2006/content-types Types"


class PackageRefused(ValueError):
    """The file is not a sound package of its kind; ``reason`` says why, in Japanese. ``wrong_kind``:
    a sound ZIP file that is some other thing (an archive renamed .docx), not a damaged package."""

    def __init__(self, reason, *, wrong_kind=False):
        super().__init__(reason)
        self.reason = reason
        self.wrong_kind = wrong_kind


def check_package(source, suffix):
    """Refuse ``source`` (a path or a seekable binary file) unless it is a whole ``suffix`` package
    within the bounds. Every part is inflated in chunks, so a header that lies about a size is caught."""
    label, main_part = MAIN_PARTS[suffix]
    damaged = f"ZIP 形式が壊れていて、{label} として読めません"
    try:
        archive = zipfile.ZipFile(source)
    # NotImplementedError: a damaged header that declares a ZIP version zipfile does not read (zip file version 6.4).
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise PackageRefused(damaged) from None
    with archive:
        try:
            infos = archive.infolist()
        except (zipfile.BadZipFile, ValueError, OSError):
            raise PackageRefused(damaged) from None
        names = {info.filename for info in infos}
        for part in (main_part, CONTENT_TYPES):
            if part not in names:
                raise PackageRefused(f"{part} のない ZIP 圧縮ファイルで、{label} ではありません", wrong_kind=True)
        _check_sizes(archive, infos, label)
        _check_content_types(archive, label)


def _check_sizes(archive, infos, label):
    bomb = f"{label} ファイルの中身が展開すると大きすぎます (ZIP 爆弾の疑い)"
    if len(infos) > MAX_PARTS:
        raise PackageRefused(f"{label} ファイルの部品が多すぎます ({len(infos):,} 個)")
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES or any(
            info.file_size > MAX_PART_BYTES for info in infos):
        raise PackageRefused(bomb)
    total = 0
    try:
        for info in infos:
            part = 0
            # zipfile stops at the declared size and checks the CRC, so a header that lies
            # about the size ends as a damaged file rather than as an unbounded inflation.
            with archive.open(info) as stream:
                while chunk := stream.read(1 << 20):
                    part += len(chunk)
                    total += len(chunk)
                    if part > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
                        raise PackageRefused(bomb)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise PackageRefused(f"{label} ファイルが壊れています ({type(exc).__name__})") from None


def _check_content_types(archive, label):
    """Every program that opens the package reads its content types first: a part that is not that XML
    makes the file unreadable however sound the ZIP around it. Read after the size check, so it is bounded;
    a DOCTYPE is refused outright, as no package has one and entity expansion needs one."""
    refused = PackageRefused(f"{CONTENT_TYPES} が正しい XML ではないため、{label} として読めません")
    roots = []

    def start(name, _attributes):
        roots.append(name)

    def doctype(*_args):
        raise refused

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = doctype
    try:
        parser.Parse(archive.read(CONTENT_TYPES), True)
    except expat.ExpatError:
        raise refused from None
    if not roots or roots[0] != TYPES_ROOT:
        raise refused
