from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("councils", "0004_membership_history"),
    ]

    operations = [
        migrations.AddField(
            model_name=model,
            name="updated_at",
            field=models.DateTimeField(auto_now=True, null=True, verbose_name="更新日時"),
        )
        for model in ("department", "person", "staff")
    ]
