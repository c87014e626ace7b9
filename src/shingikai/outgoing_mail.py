"""Whether this server's mail reaches anyone.

settings.py falls back to Django's console backend, which prints each mail to the server's log: right for a
laptop, wrong for a city whose env file forgot EMAIL_BACKEND, where the secretariat would be told a 招集通知 went
to the members while it went to the journal. With such a backend the screens say that no mail goes out, the
login page offers no reset by mail, and `send-notices` refuses (docs/deploy.md, "Mail").
"""
from django.conf import settings

NOT_SENDING_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
MAIL_OFF = ("このサーバーはメールを送信しません (環境変数 EMAIL_BACKEND が設定されていないため、"
            "メールはサーバーのログに書き出されるだけです)。")


def mail_goes_out():
    return settings.EMAIL_BACKEND not in NOT_SENDING_BACKENDS


def mail_state(request):
    """Context processor: signed-in pages warn while no mail goes out."""
    return {"mail_off_notice": "" if mail_goes_out() else MAIL_OFF}
