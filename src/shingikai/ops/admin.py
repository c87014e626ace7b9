"""The operator's admin for the records of who did what (docs/audit.md): the 閲覧・出力の記録, the sign-in records under
Japanese names, the 復元の記録 of restores, the 個人情報の消去の記録, and the users, who are stopped rather than
deleted once they acted on a record."""
from axes.admin import AccessAttemptAdmin
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from shingikai.admin_rules import authored_records
from shingikai.jp.templatetags import wareki_hm

from .models import AccessRecord, ErasureRecord, RestoreRecord, SignIn, SignInFailure, SignInLock


class ReadOnly(admin.ModelAdmin):
    """A record of what happened: read, filtered, never written or changed by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the daily run removes rows past their period (docs/audit.md), nobody by hand


@admin.register(AccessRecord)
class AccessRecordAdmin(ReadOnly):
    list_display = ["when", "user_name", "username", "action", "channel", "what", "label", "address", "council"]
    # By period rather than Django's date drill-down, which names the years in 西暦 (‹ 2026).
    list_filter = ["at", "action", "channel", "what", "council"]
    search_fields = ["user_name", "username", "label", "path", "address"]

    @admin.display(description="日時", ordering="at")
    def when(self, obj):
        return wareki_hm(obj.at)


@admin.register(RestoreRecord)
class RestoreRecordAdmin(ReadOnly):
    """Written by `shingikai restore` and by nothing else."""

    list_display = ("when", "backup_file", "created", "restored_by", "orphan_files", "orphans_pruned")

    @admin.display(description="復元日時", ordering="restored_at")
    def when(self, obj):
        return wareki_hm(obj.restored_at)

    @admin.display(description="バックアップの作成日時", ordering="backup_created")
    def created(self, obj):
        return wareki_hm(obj.backup_created)


@admin.register(ErasureRecord)
class ErasureRecordAdmin(ReadOnly):
    """Written by the actions that erase a person's data (history.erase): the only trace of what was erased."""

    list_display = ("when", "kind", "record_id", "fields", "reason", "erased_by")

    @admin.display(description="消去日時", ordering="erased_at")
    def when(self, obj):
        return wareki_hm(obj.erased_at)


class SignInColumns(ReadOnly):
    search_fields = ["username", "ip_address", "user_agent"]
    list_filter = ["attempt_time"]

    @admin.display(description="日時", ordering="attempt_time")
    def when(self, obj):
        return wareki_hm(obj.attempt_time)

    @admin.display(description="ユーザー名", ordering="username")
    def login(self, obj):
        return obj.username

    @admin.display(description="接続元", ordering="ip_address")
    def address(self, obj):
        return obj.ip_address

    @admin.display(description="ブラウザ")
    def browser(self, obj):
        return obj.user_agent


@admin.register(SignIn)
class SignInAdmin(SignInColumns):
    list_display = ["when", "login", "address", "logged_out", "browser"]

    @admin.display(description="ログアウト", ordering="logout_time")
    def logged_out(self, obj):
        return wareki_hm(obj.logout_time)


@admin.register(SignInFailure)
class SignInFailureAdmin(SignInColumns):
    list_display = ["when", "login", "address", "locked", "browser"]
    list_filter = ["attempt_time", "locked_out"]

    @admin.display(description="ロック中", boolean=True, ordering="locked_out")
    def locked(self, obj):
        return obj.locked_out


# The lockout counters: deleting a row unlocks a login before its cool-off ends (docs/deploy.md).
admin.site.register(SignInLock, AccessAttemptAdmin)
for model in ("AccessLog", "AccessFailureLog", "AccessAttempt"):
    from axes import models as axes_models

    if admin.site.is_registered(getattr(axes_models, model)):
        admin.site.unregister(getattr(axes_models, model))


class KeptUserAdmin(UserAdmin):
    """A user who acted on a record is not deleted: the history would name 「システム」 instead of them, and their
    temporary-password rows would go. The admin lists what names them and says to stop the login instead.
    Its last sign-in and its making are shown, in 和暦, not offered as 西暦 date fields to edit."""

    fieldsets = [*(part for part in UserAdmin.fieldsets if "last_login" not in part[1]["fields"]),
                 ("重要な日程", {"fields": ("last_sign_in", "joined")})]
    readonly_fields = ("last_sign_in", "joined")

    @admin.display(description="最終ログイン")
    def last_sign_in(self, obj):
        return wareki_hm(obj.last_login) or "なし"

    @admin.display(description="登録日時")
    def joined(self, obj):
        return wareki_hm(obj.date_joined)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        protected = list(protected)
        for user in objs:
            kept = authored_records(user)
            if kept:
                listed = "、".join(f"{what} {count}件" for what, count in kept)
                protected.append(
                    f"{user.get_username()} は記録に作成者・変更者として残っています ({listed})。削除すると記録の名前が"
                    "「システム」に変わるため削除できません。ユーザーの「有効」のチェックを外してログインを停止してください。")
        return deleted, counts, perms_needed, protected


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, KeptUserAdmin)
