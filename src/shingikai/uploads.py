"""Attached files are what their names say. A file whose content contradicts its extension (a PNG
renamed .pdf) would be stored and then silently left out of the members' materials, so it is refused
when it is uploaded, with the reason in Japanese."""
from shingikai.errors import ActionRefused

_ZIP = b"PK\x03\x04"
# extension: (what a person calls it, the bytes it starts with)
KINDS = {
    ".pdf": ("PDF", b"%PDF-"),
    ".docx": ("Word (.docx)", _ZIP), ".xlsx": ("Excel (.xlsx)", _ZIP), ".pptx": ("PowerPoint (.pptx)", _ZIP),
    ".png": ("PNG 画像", b"\x89PNG\r\n\x1a\n"), ".jpg": ("JPEG 画像", b"\xff\xd8\xff"),
    ".jpeg": ("JPEG 画像", b"\xff\xd8\xff"),
}


def check_upload(file):
    """Refuse an empty file, or one of a known extension that does not start as that kind of file does."""
    name = file.name.rsplit("/", 1)[-1]
    if not file.size:
        raise ActionRefused(f"{name}: ファイルが空です。")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in KINDS:
        return
    label, magic = KINDS[suffix]
    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    # A PDF may carry a few bytes before its header; the others start at byte 0.
    found = magic in head if suffix == ".pdf" else head.startswith(magic)
    if not found:
        raise ActionRefused(f"{name}: 拡張子は {suffix} ですが、中身が {label} ではありません。"
                            "元のファイルを選び直してください。")
