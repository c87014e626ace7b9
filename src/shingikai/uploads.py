"""Attached files are what their names say. A file whose content contradicts its extension (a PNG
renamed .pdf) would be stored and then silently left out of the members' materials, so it is refused
when it is uploaded, with the reason in Japanese. A .docx, .xlsx or .pptx must also be a whole package
within the bounds (officefiles.py): a ZIP archive renamed .docx, a truncated download or a zip bomb
starts like a real one."""
from shingikai import filetypes, officefiles
from shingikai.errors import ActionRefused

# extension: (what a person calls it, the signature its content starts with; see filetypes.py)
KINDS = {
    ".pdf": ("PDF", "pdf"),
    **{suffix: (label, "zip") for suffix, (label, _) in officefiles.MAIN_PARTS.items()},
    ".png": ("PNG 画像", "png"), ".jpg": ("JPEG 画像", "jpeg"), ".jpeg": ("JPEG 画像", "jpeg"),
    ".gif": ("GIF 画像", "gif"),
}


def check_upload(file):
    """Refuse an empty file, or one of a known extension that does not start as that kind of file does."""
    name = file.name.rsplit("/", 1)[-1]
    if not file.size:
        raise ActionRefused(f"{name}: ファイルが空です。")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in KINDS:
        return
    label, kind = KINDS[suffix]
    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    if not filetypes.starts_as(head, kind):
        raise ActionRefused(f"{name}: 拡張子は {suffix} ですが、中身が {label} ではありません。"
                            "元のファイルを選び直してください。")
    if suffix in officefiles.MAIN_PARTS:
        try:
            officefiles.check_package(file, suffix)
        except officefiles.PackageRefused as refused:
            raise ActionRefused(f"{name}: {refused.reason}。元のファイルを選び直してください。") from None
        finally:
            file.seek(0)
