"""Login throttling (django-axes): the backend that counts and refuses, and the answer to a locked-out login."""
from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpResponse


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' check, for logins that come with a request. Logins without one (the test client's
    `login()`, scripts calling `authenticate`) have no address to throttle and pass on to the password check."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request, credentials=None, *args, **kwargs):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return HttpResponse(
        f"ログインに続けて失敗したため、このユーザー名でのログインを{minutes}分間停止しています。"
        "時間をおいてから再度お試しください。",
        status=429, content_type="text/plain; charset=utf-8",
    )
