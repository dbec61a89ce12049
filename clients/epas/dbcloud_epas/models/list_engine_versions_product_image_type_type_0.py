# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from enum import StrEnum
from typing import Any


class ListEngineVersionsProductImageTypeType0(StrEnum):
    ELASTICSEARCH_ENTERPRISE = "Elasticsearch Enterprise"
    EPAS = "EPAS"
    KAFKA = "Kafka"
    MARIADB_COMMUNITY = "MariaDB Community"
    MICROSOFT_SQL_SERVER_ENTERPRISE = "Microsoft SQL Server Enterprise"
    MICROSOFT_SQL_SERVER_STANDARD = "Microsoft SQL Server Standard"
    MYSQL_COMMUNITY = "MySQL Community"
    OPENSEARCH = "OpenSearch"
    POSTGRESQL_COMMUNITY = "PostgreSQL Community"
    REDIS_OSS_SENTINEL = "Redis OSS Sentinel"
    SCALABLE_DB_MARIADB_COMMUNITY = "Scalable DB MariaDB Community"
    VALKEY_SENTINEL = "Valkey Sentinel"
    VERTICA_COMMUNITY = "Vertica Community"
    VERTICA_ENTERPRISE = "Vertica Enterprise"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ListEngineVersionsProductImageTypeType0 | None":
        # Open enum: a value the spec does not list yet (services add them) parses instead of
        # raising; requests are still checked strictly by the pydantic models in schemas.py.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
