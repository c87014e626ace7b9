from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "shingikai.councils"
    verbose_name = "審議会"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.core import validators

        from shingikai import accounts, sessionstore

        # A sign-in with a temporary password is sent to the password change until it is replaced.
        user_logged_in.connect(accounts.mark_temporary_sign_in, dispatch_uid="shingikai.temporary_password")
        # A session's idle and absolute limits count from its sign-in.
        user_logged_in.connect(sessionstore.mark_sign_in, dispatch_uid="shingikai.session_limits")

        # Django's Japanese catalogue renders "Null characters are not allowed." as 「何か文字を入力してください。」
        # ("enter some characters"), which tells someone who pasted text holding a NUL byte, usually copied
        # from a PDF, the opposite of what is wrong. Every text field of every form gets this message instead.
        validators.ProhibitNullCharactersValidator.message = (
            "見えない制御文字（NUL）が含まれています。PDF などから貼り付けた文字を確かめて、入力し直してください。")
