"""A signed-in person changes their own password (members appointed from outside the city keep otherwise for
ever the one the operator sent). Django's own form checks the old password and the configured validators;
the session stays signed in and API tokens made with the old password stop working (api/tokens.py)."""
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import redirect, render


@login_required
def password_change(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = form.save()
            update_session_auth_hash(request, user)
            messages.success(request, "パスワードを変更しました。")
            return redirect("councils:dashboard")
        return render(request, "registration/password_change.html", {"form": form}, status=400)
    return render(request, "registration/password_change.html", {"form": form})
