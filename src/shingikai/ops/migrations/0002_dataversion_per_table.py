"""A token per table instead of one for the whole database; the existing token becomes GLOBAL ("*")."""
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("ops", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="dataversion",
            name="name",
            field=models.CharField(default="*", max_length=100, unique=True, verbose_name="テーブル"),
            preserve_default=False,
        ),
    ]
