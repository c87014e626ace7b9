"""Attached files are what their names say. Only the kinds a council hands out are accepted (PDF, Word,
Excel and PowerPoint packages, images, plain text and CSV): a program (.exe) or any other extension is
refused. A file whose content contradicts its extension (a PNG renamed .pdf or .txt) would be stored and
then silently left out of the members' materials, so it is refused when it is uploaded, with the reason
in Japanese. A .docx, .xlsx or .pptx must also be a whole package within the bounds (officefiles.py): a
ZIP archive renamed .docx, a truncated download or a zip bomb starts like a real one. A PDF must open as the
materials builder opens it (bind_pdf): a password-protected or damaged one starts right and is then left out."""
import io

from django.conf import settings
from pypdf import PdfReader, PdfWriter
from pypdf.errors import FileNotDecryptedError

from shingikai import filetypes, officefiles
from shingikai.errors import ActionRefused

# extension: (what a person calls it, the signature its content starts with; see filetypes.py). TEXT: no
# signature at all (text carries none), so the content must not start as any kind filetypes knows.
TEXT = "text"
KINDS = {
    ".pdf": ("PDF", "pdf"),
    **{suffix: (label, "zip") for suffix, (label, _) in officefiles.MAIN_PARTS.items()},
    ".png": ("PNG 画像", "png"), ".jpg": ("JPEG 画像", "jpeg"), ".jpeg": ("JPEG 画像", "jpeg"),
    ".gif": ("GIF 画像", "gif"),
    ".txt": ("テキスト", TEXT), ".csv": ("CSV (テキスト)", TEXT),
}
# For the file inputs' accept attribute.
ACCEPT = ",".join(KINDS)
ALLOWED_NAMES = "PDF、Word・Excel・PowerPoint (.docx .xlsx .pptx)、画像 (.png .jpg .gif)、テキスト (.txt .csv)"
# Text in UTF-16 holds NUL bytes; its byte order mark says so, or it reads as UTF-16 without control bytes.
UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def _is_utf16(head):
    if head.startswith(UTF16_MARKS):
        return True
    even = head[:len(head) // 2 * 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = even.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and sum(map(_is_common, text)) >= 0.9 * len(text):
            return True
    return False


def _is_common(char):
    """A character of an ordinary Japanese or English text: ASCII, kana, kanji, full-width forms."""
    code = ord(char)
    return (32 <= code < 127 or char in "\t\r\n" or 0x3000 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF
            or 0xFF00 <= code <= 0xFFEF)


def _is_text(head):
    """Content that may be a .txt or .csv: no kind filetypes knows, and no NUL byte unless it is UTF-16."""
    if filetypes.sniff(head) is not None:
        return False
    return b"\x00" not in head or _is_utf16(head)


PASSWORD_PROTECTED = "パスワード付きの PDF は会議資料にまとめられません。パスワードを外して保存し直してください。"
UNREADABLE_PDF = "PDF として読み込めません (壊れているか、途中までしか保存されていません)。元のファイルを選び直してください。"


class UnreadablePdf(Exception):
    def __init__(self, reason, password=False):
        super().__init__(reason)
        self.reason = reason
        self.password = password


def bind_pdf(writer, data, label=None):
    """Append the PDF ``data`` to the pypdf ``writer`` under the outline item ``label``, or raise UnreadablePdf
    with the reason in Japanese. One way for the materials and for the check at upload, so that what an upload
    accepts the materials bind."""
    try:
        writer.append(PdfReader(io.BytesIO(data)), outline_item=label)
    except FileNotDecryptedError:
        # A PDF with only an owner password (printing or copying restricted) opens and binds; one that asks
        # for a password to open does not.
        raise UnreadablePdf(PASSWORD_PROTECTED, password=True) from None
    except Exception:  # noqa: BLE001 - pypdf raises many kinds (KeyError, TypeError, RecursionError …) on damaged files
        raise UnreadablePdf(UNREADABLE_PDF) from None


def is_pdf(field):
    """Whether a stored file is a PDF, which the members' materials bind (its content was checked on upload)."""
    return field.name.lower().endswith(".pdf")


def check_upload(file, *, for_materials=True):
    """Refuse an empty file, one of an extension not accepted, or one that does not start as that kind of
    file does, or a PDF that cannot be opened whole. ``for_materials``: the file is bound into the members'
    materials (a follow-up's evidence is not, and its refusal says so)."""
    name = file.name.rsplit("/", 1)[-1]
    if not file.size:
        raise ActionRefused(f"{name}: ファイルが空です。")
    limit = settings.SHINGIKAI_ATTACHMENT_MAX_BYTES
    if file.size > limit:
        raise ActionRefused(f"{name}: ファイルが大きすぎます ({file.size / 1048576:.1f} MB)。"
                            f"添付できるのは {limit / 1048576:.0f} MB までです。分割するか、解像度を下げて保存し直してください。")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in KINDS:
        kind = f"拡張子 {suffix} の" if suffix else "拡張子のない"
        raise ActionRefused(f"{name}: {kind}ファイルは添付できません。添付できるのは {ALLOWED_NAMES} です。")
    label, kind = KINDS[suffix]
    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    if not (_is_text(head) if kind == TEXT else filetypes.starts_as(head, kind)):
        raise ActionRefused(f"{name}: 拡張子は {suffix} ですが、中身が {label} ではありません。"
                            "元のファイルを選び直してください。")
    if suffix in officefiles.MAIN_PARTS:
        try:
            officefiles.check_package(file, suffix)
        except officefiles.PackageRefused as refused:
            raise ActionRefused(f"{name}: {refused.reason}。元のファイルを選び直してください。") from None
        finally:
            file.seek(0)
    if suffix == ".pdf":
        _check_pdf(file, name, for_materials)


def _check_pdf(file, name, for_materials):
    try:
        bind_pdf(PdfWriter(), file.read())
    except UnreadablePdf as unreadable:
        reason = unreadable.reason
        if unreadable.password and not for_materials:
            reason = "パスワード付きの PDF は開けないため添付できません。パスワードを外して保存し直してください。"
        raise ActionRefused(f"{name}: {reason}") from None
    finally:
        file.seek(0)
