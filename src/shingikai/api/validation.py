"""Validation errors of the API in Japanese: the same structure as django-ninja's, with `msg` translated."""

MESSAGES = {
    "missing": "必須の項目です。",
    "int_parsing": "整数を入力してください。",
    "int_type": "整数を入力してください。",
    "float_parsing": "数値を入力してください。",
    "bool_parsing": "true または false を入力してください。",
    "date_parsing": "日付を YYYY-MM-DD の形で入力してください。",
    "date_from_datetime_parsing": "日付を YYYY-MM-DD の形で入力してください。",
    "date_from_datetime_inexact": "日付を YYYY-MM-DD の形で入力してください。",
    "datetime_parsing": "日時を ISO 8601 の形で入力してください。",
    "string_type": "文字列を入力してください。",
    "greater_than_equal": "{ge} 以上の値を入力してください。",
    "greater_than": "{gt} より大きい値を入力してください。",
    "less_than_equal": "{le} 以下の値を入力してください。",
    "less_than": "{lt} より小さい値を入力してください。",
    "string_too_long": "{max_length} 文字以内で入力してください。",
    "string_too_short": "{min_length} 文字以上で入力してください。",
    "enum": "次のいずれかを入力してください: {expected}",
    "literal_error": "次のいずれかを入力してください: {expected}",
    "json_invalid": "JSON の形が正しくありません。",
}
DEFAULT = "値が正しくありません。"


def japanese(errors):
    """django-ninja's error list with each message in Japanese (the English one stays out of the reply)."""
    out = []
    for error in errors:
        template = MESSAGES.get(error.get("type"), DEFAULT)
        try:
            message = template.format(**(error.get("ctx") or {}))
        except (KeyError, IndexError):
            message = DEFAULT
        out.append({"type": error.get("type"), "loc": list(error.get("loc", ())), "msg": message})
    return out
