"""Settings from the environment (or a .env file)."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting CE Mentor reads; names match the environment variables."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///ce_mentor.db"
    port: int = 3978
    # Seconds an acknowledged message stays with the replica that took it; past this, another
    # replica (or this one after a restart) answers it from the inbox.
    inbox_lease_seconds: float = 60.0
    # Adds the labelled, made-up sample courses to a new database's catalog (demonstrations
    # only: never suggested as real, never matched when a course is logged).
    demo_catalog: bool = False
    log_level: str = "INFO"
    public_base_url: str = "http://localhost:3978"  # where members reach `serve` (calendar links)
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_client_id: str = ""
    slack_client_secret: str = ""
    slack_api_url: str = "https://slack.com/api/"
    microsoft_app_id: str = ""
    microsoft_app_password: str = ""
    microsoft_app_tenant_id: str = ""
    microsoft_app_type: str = "MultiTenant"
    # Teams without MICROSOFT_APP_ID, for the Agents Playground only: the server then listens
    # on loopback, takes Teams requests from this machine alone, and replies only to loopback.
    teams_local_unauthenticated: bool = False
    # When set, GET /metrics needs "Authorization: Bearer <this>"; unset, anyone who can reach
    # the server reads it (then bind it privately or firewall it).
    metrics_token: str = ""
    # Fernet keys (comma-separated; the first encrypts, every one decrypts) for the Slack
    # tokens an OAuth install stores. Unset, they are stored in clear.
    slack_token_key: str = ""
