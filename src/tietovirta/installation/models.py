"""This database's identity: a random token made when the database is created (migration 0001)."""

from django.db import models


class Installation(models.Model):
    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.token
