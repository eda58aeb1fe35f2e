"""DealerDesk 车商渠道工作台 — the dealer-channel workbench of a motor insurer's branch office."""

__version__ = "0.1.0"
APP_NAME = "DealerDesk"
ORG_NAME = "DealerDesk"
